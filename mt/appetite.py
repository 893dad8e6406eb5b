"""Losing one's appetite, or one's sense of taste or smell, both ways, written whole by rule. v8 (every rule on) reads
"chán ăn" as tired of eating, "vị giác" and "khứu giác" as a sense or the past, "nhạt" as light, and English
"appetite" and "sense of taste" as eating or a smell: "Con tôi ăn không ngon miệng." → "My child eats no appetite.",
"Tôi bị chán ăn." → "I was tired of eating.", "Bạn có bị chán ăn không?" → "Are you depressed?", "Tôi bị mất vị
giác." → "I'm lost my sense.", "Lan bị mất khứu giác." → "Lan was lost to the past.", "Tôi ăn gì cũng thấy nhạt." →
"I eat something light.", "Vị giác của bạn đã trở lại chưa?" → "Are your taste back yet?"; "My son has lost his
appetite." → "Con trai tôi đã mất sự ăn uống của mình.", "I've lost my sense of taste." → "Tôi đã mất mùi vị.",
"Everything I eat tastes bland." → "Mọi thứ mà tôi ăn được mùi vị bắp.", "I can't taste anything." → "Tôi không thể
mùi vị gì cả.", "Has your sense of smell come back yet?" → "Có cảm giác của bạn bị mùi trở lại không?".

Taken: who (mt.hobbies.WHO, WHO_EN) has no appetite ("chán ăn", "bị chán ăn", "ăn không (thấy) ngon miệng", "không
thấy ngon miệng"), lately ("dạo này", "dạo gần đây"), for the past few days ("mấy hôm nay", "mấy ngày nay") or since
falling ill ("từ khi bị ốm"), and asked "có (bị) chán ăn không?" ("Have you lost your appetite?"); in English who has
lost their own appetite (said, asked), has had no appetite or hasn't had much of an appetite lately, for the past few
days or since falling ill; who has lost their sense of taste, smell or both ("mất vị giác", "mất khứu giác"), said,
asked, or after having Covid, a cold or the flu (in the past); who can't taste anything ("không cảm nhận được vị gì");
everything who eats tastes bland ("ăn gì cũng thấy nhạt"); whose (mt.hobbies.OWNER) sense of taste or smell has come
back ("đã trở lại", "đã hồi phục"), not yet, or asked "… chưa?". Whose sense English says by who (mt.hobbies.whose_own,
a name's by mt.names.named_his_her; none where neither tells). Left: "Tôi không muốn ăn gì.", "I have no appetite.",
"Tôi không ngửi thấy gì." and "I can't smell anything." (v8 writes them right; "Bạn có muốn ăn gì không?" is an
offer), a poor appetite and "biếng ăn", "lười ăn", "hasn't been eating well" (mt/picky_eating.py), hunger
(mt/hunger.py), "ăn không ngon miệng" asked (did you enjoy the meal?), "Tôi đã mất vị giác chưa?"-like "chưa" asked
of a loss, "I lost my appetite." without when (a moment's disgust?), "anh", "chị", "em" alone saying it, "I" asked,
a pet as who or whose, "thế"/"vậy" statements, "mất khẩu vị" (taste in things?), and anything else.
mt.phrasebook.translate tries these after mt/death_anniversaries.py.

    >>> translate("Tôi bị mất vị giác.", "vi", "en"), translate("My son has lost his appetite.", "en", "vi")
    ("I've lost my sense of taste.", 'Con trai tôi bị chán ăn.')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, asked_of, em_speaking, first_agrees, own_thing, owner_of,
                      person_of, pet, someone, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:chán\s+ăn|ngon\s+miệng|vị\s+giác|khứu\s+giác|ăn\s+gì\s+cũng|vị\s+gì)"),
         "en": lazy(r"(?i:appetite|sense\s+of\s+(?:taste|smell)|tastes\s+bland|taste\s+anything)")}
# how long, said first or last ("Dạo này tôi chán ăn.", "Bố tôi chán ăn từ khi bị ốm.")
_LATELY = {"dạo này": "lately", "dạo gần đây": "lately", "gần đây": "lately", "mấy hôm nay": "for the past few days",
           "mấy ngày nay": "for the past few days"}
_LATELY_VI = {"lately": "dạo này", "recently": "dạo này", "for the past few days": "mấy hôm nay"}
_SINCE = r"từ\s+(?:khi|lúc|hôm)\s+(?:bị\s+)?ốm"
_SENSES = {"vị giác": "taste", "khứu giác": "smell", "vị giác và khứu giác": "taste and smell",
           "cả vị giác lẫn khứu giác": "taste and smell", "cả vị giác và khứu giác": "taste and smell"}
_SENSES_VI = {"taste": "vị giác", "smell": "khứu giác", "taste and smell": "vị giác và khứu giác"}
# what it came after ("sau khi bị covid": "after having Covid")
_AFTER = {"covid": "having Covid", "cảm": "a cold", "cảm lạnh": "a cold", "cúm": "the flu"}
_AFTER_VI = {"having covid": "covid", "covid": "covid", "a cold": "cảm", "having a cold": "cảm", "the flu": "cúm",
             "having the flu": "cúm"}

# no appetite ("Con tôi ăn không ngon miệng.", "Mấy hôm nay con tôi chán ăn.", "Bạn có bị chán ăn không?")
_OFF = lazy(rf"(?:(?P<lead>(?i:{alternatives(_LATELY)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:bị\s+)?"
            rf"(?P<off>chán\s+ăn|ăn\s+không\s+(?:thấy\s+)?ngon\s+miệng|không\s+thấy\s+ngon\s+miệng)"
            rf"(?:\s+(?P<since>{_SINCE})|\s+(?P<trail>{alternatives(_LATELY)}))?{ASKED_END}")
# a sense lost ("Tôi bị mất vị giác.", "Mẹ tôi bị mất vị giác sau khi bị covid.", "Bạn có bị mất khứu giác không?")
_LOST = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã\s+bị|bị|đã)\s+)?mất\s+(?P<sense>{alternatives(_SENSES)})"
             rf"(?:\s+(?P<done>rồi))?(?:\s+sau\s+khi\s+(?:bị\s+|mắc\s+)?(?P<after>(?i:{alternatives(_AFTER)})))?"
             rf"{ASKED_END}")
# nothing tasted ("Tôi không cảm nhận được vị gì cả."), everything bland ("Tôi ăn gì cũng thấy nhạt.")
_CANT = lazy(rf"{WHO}\s+không\s+(?:cảm\s+nhận\s+được|nếm\s+được|nếm\s+thấy)\s+vị\s+gì(?:\s+cả)?\s*(?P<end>[.!]*)")
_BLAND = lazy(rf"(?:(?P<lead>(?i:{alternatives(_LATELY)}))\s*,?\s+)?{WHO}\s+ăn\s+gì\s+cũng\s+(?:thấy\s+)?nhạt"
              r"(?:\s+nhẽo)?\s*(?P<end>[.!]*)")
# a sense back ("Vị giác của tôi đã trở lại.", "Khứu giác của bạn đã hồi phục chưa?")
_BACK = lazy(rf"(?P<sense>[Vv]ị\s+giác|[Kk]hứu\s+giác)\s+(?:của\s+)?{OWNER}\s+(?:(?P<aux>đã|chưa)\s+)?(?:trở\s+lại|"
             rf"quay\s+lại|hồi\s+phục)(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")

# ... in English
_HAVE_EN = r"(?P<aux>\s+(?:have|has)|'ve|'s)"
_LOST_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_HAVE_EN}?\s+lost\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+(?:"
                r"(?P<app>appetite)|sense\s+of\s+(?P<sense>taste|smell|taste\s+and\s+smell))"
                rf"(?:\s+after\s+(?P<after>(?i:{alternatives(_AFTER_VI)})))?\s*(?P<end>[.!?]*)")
_NONE_EN = lazy(rf"{WHO_EN}(?:{_HAVE_EN}\s+had\s+no|(?P<neg>\s+(?:have|has)n't|\s+(?:have|has)\s+not)\s+had\s+much\s+"
                rf"of\s+an)\s+appetite\s+(?:(?P<when>{alternatives(_LATELY_VI)})|(?P<since>since\s+falling\s+ill))"
                r"\s*(?P<end>[.!]*)")
_CANT_EN = lazy(rf"{WHO_EN}\s+(?:can't|cannot|can\s+not)\s+taste\s+anything(?:\s+at\s+all)?\s*(?P<end>[.!]*)")
_BLAND_EN = lazy(rf"Everything\s+{WHO_EN}\s+(?P<eat>eats?)\s+tastes\s+bland(?P<days>\s+these\s+days)?\s*(?P<end>[.!]*)")
_BACK_EN = lazy(rf"(?:(?P<q>Has)\s+)?(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)\s+sense\s+of\s+"
                r"(?P<sense>taste|smell)(?:\s+(?P<aux>has|hasn't|has\s+not)|(?P<s>'s))?\s+come\s+back"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an appetite lost, or a sense of taste or smell lost or come back; None for
    any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _off(text) or _lost(text) or _cant(text) or _bland(text) or _back(text))
    text = text.replace("’", "'")
    return _lost_vi(text) or _none_vi(text) or _cant_vi(text) or _bland_vi(text) or _back_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of WHO in English and "have" or "has" agreeing; None where mt.hobbies.person_of reads none, and
    "em" speaking."""
    said = None if em_speaking(m) else person_of(m, asked)
    if said is None:
        return None
    return said[0], "has" if said[1] and be(said[0]) == "is" else "have"


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose own sense or appetite, in English, for who of a match of WHO (a name's by mt.names.named_his_her)."""
    return whose_own(m, who_) or (named_his_her(m["given"]) if m["given"] else None)


def _off(text: str) -> str | None:
    """"Con tôi ăn không ngon miệng." as "My child has no appetite.", "Mấy hôm nay con tôi chán ăn." as "My child has
    had no appetite for the past few days.", "Bạn có bị chán ăn không?" as "Have you lost your appetite?" (_OFF); None
    for anything else, and how long said twice or asked."""
    m = _OFF.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, have = said
    when = m["lead"] or m["trail"]
    if m["lead"] and (m["trail"] or m["since"]):
        return None
    if asked:
        whose = not when and not m["since"] and keyed(m["off"]) == "chán ăn" and _whose(m, who_)
        return whose and f"{have.capitalize()} {who_} lost {whose} appetite?"
    if when or m["since"]:
        since = _LATELY[keyed(when)] if when else "since falling ill"
        return capitalised(contracted(who_, f"{have} had no appetite {since}."))
    return capitalised(f"{who_} {have} no appetite.")


def _lost(text: str) -> str | None:
    """"Tôi bị mất vị giác." as "I've lost my sense of taste.", "Mẹ tôi bị mất vị giác sau khi bị covid." as "My mother
    lost her sense of taste after having Covid." (_LOST); None for anything else."""
    m = _LOST.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, have = said
    if (whose := _whose(m, who_)) is None or asked and (m["aux"] and keyed(m["aux"]) != "bị" or m["done"]):
        return None
    sense = f"{whose} sense of {_SENSES[keyed(m['sense'])]}"
    if m["after"]:
        after = _AFTER[keyed(m["after"])]
        return None if asked or m["done"] else capitalised(f"{who_} lost {sense} after {after}.")
    if asked:
        return f"{have.capitalize()} {who_} lost {sense}?"
    return capitalised(contracted(who_, f"{have} lost {sense}."))


def _cant(text: str) -> str | None:
    """"Tôi không cảm nhận được vị gì cả." as "I can't taste anything." (_CANT); None for anything else."""
    m = _CANT.fullmatch(text)
    said = m and _who(m, False)
    return said and capitalised(f"{said[0]} can't taste anything.")


def _bland(text: str) -> str | None:
    """"Tôi ăn gì cũng thấy nhạt." as "Everything I eat tastes bland.", "Mấy hôm nay tôi ăn gì cũng thấy nhạt." as
    "Everything I eat has tasted bland for the past few days." (_BLAND); None for anything else."""
    m = _BLAND.fullmatch(text)
    if not m or (said := _who(m, False)) is None:
        return None
    who_, have = said
    eats = "eats" if have == "has" else "eat"
    if not m["lead"]:
        return f"Everything {who_} {eats} tastes bland."
    when = _LATELY[keyed(m["lead"])]
    return f"Everything {who_} {eats} tastes bland these days." if when == "lately" else (
        f"Everything {who_} {eats} has tasted bland {when}.")


def _back(text: str) -> str | None:
    """"Vị giác của tôi đã trở lại." as "My sense of taste has come back.", "Khứu giác của bạn đã hồi phục chưa?" as
    "Has your sense of smell come back yet?" (_BACK); None for anything else, and one neither done nor asked."""
    m = _BACK.fullmatch(text)
    asked, aux = bool(m) and bool(m["asked"]), keyed(m and m["aux"] or "")
    if not m or asked != ("?" in m["end"]) or not (m["owner"] or m["someone"]) or pet(m["someone"], "vi"):
        return None
    whose = owner_of(m)
    if whose is None:
        return None
    sense = f"{whose} sense of {_SENSES[keyed(m['sense'])]}"
    if asked:
        return None if aux == "chưa" or m["done"] else f"Has {sense} come back yet?"
    if aux == "chưa":
        return None if m["done"] else capitalised(f"{sense} hasn't come back yet.")
    return capitalised(f"{sense} has come back.") if aux or m["done"] else None


def _who_vi(m: re.Match, first: str, asked: bool = False) -> str | None:
    """Who of a match of WHO_EN in Vietnamese, where `first` (the auxiliary, "" for none) agrees; None for a pet, "I"
    asked, and one not agreeing."""
    said = person_of(m, asked, "en")
    return said and (said[0] if first_agrees(first.lower().strip(), *said) else None)


def _lost_vi(text: str) -> str | None:
    """"My son has lost his appetite." as "Con trai tôi bị chán ăn.", "Have you lost your sense of smell?" as "Bạn có
    bị mất khứu giác không?" (_LOST_EN); None for anything else, and another's appetite ("I've lost her appetite.")."""
    m = _LOST_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    if not m or asked != ("?" in m["end"]) or asked and m["aux"] or m["owner"].lower() == "the":
        return None
    if own_thing(m, *who_vi(m)) is not True or m["given"] and named_his_her(m["given"]) not in (
            None, m["owner"].lower()):
        return None
    if (who_ := _who_vi(m, m["q"] or m["aux"] or "", asked)) is None or asked and who_.endswith("chúng tôi"):
        return None  # ("Have we …?", "Has our son …?": "chúng ta" or "chúng tôi", none sure)
    lost = "chán ăn" if m["app"] else f"mất {_SENSES_VI[' '.join(m['sense'].lower().split())]}"
    if m["after"]:  # (in the past: "I lost my sense of smell after a cold.")
        after = _AFTER_VI[" ".join(m["after"].lower().split())]
        return None if asked or m["aux"] or m["app"] else capitalised(f"{who_} bị {lost} sau khi bị {after}.")
    if not (m["aux"] or asked):
        return None  # ("I lost my appetite.": when?)
    return capitalised(f"{who_} có bị {lost} không?" if asked else f"{who_} bị {lost}.")


def _none_vi(text: str) -> str | None:
    """"I've had no appetite lately." as "Dạo này tôi chán ăn.", "My father has had no appetite since falling ill." as
    "Bố tôi chán ăn từ khi bị ốm." (_NONE_EN); None for anything else."""
    m = _NONE_EN.fullmatch(text)
    if not m or (who_ := _who_vi(m, (m["aux"] or m["neg"] or "").split("n't")[0].split(" not")[0])) is None:
        return None
    off = "ăn không ngon miệng" if m["neg"] else "chán ăn"
    if m["since"]:
        return capitalised(f"{who_} {off} từ khi bị ốm.")
    return f"{_LATELY_VI[' '.join(m['when'].lower().split())].capitalize()} {who_} {off}."


def _cant_vi(text: str) -> str | None:
    """"I can't taste anything." as "Tôi không cảm nhận được vị gì cả." (_CANT_EN); None for anything else."""
    m = _CANT_EN.fullmatch(text)
    who_ = m and _who_vi(m, "")
    return who_ and capitalised(f"{who_} không cảm nhận được vị gì cả.")


def _bland_vi(text: str) -> str | None:
    """"Everything I eat tastes bland." as "Tôi ăn gì cũng thấy nhạt." (_BLAND_EN); None for anything else, and "eat"
    not agreeing."""
    m = _BLAND_EN.fullmatch(text)
    if not m or (who_ := _who_vi(m, "")) is None or (m["eat"] == "eats") != who_vi(m)[1]:
        return None
    return f"{'Dạo này ' if m['days'] else ''}{who_ if m['days'] else capitalised(who_)} ăn gì cũng thấy nhạt."


def _back_vi(text: str) -> str | None:
    """"My sense of taste has come back." as "Vị giác của tôi đã trở lại.", "Has your sense of smell come back yet?" as
    "Khứu giác của bạn đã trở lại chưa?" (_BACK_EN); None for anything else."""
    m = _BACK_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["aux"] or m["s"]):
        return None
    if m["someone"]:
        whose = None if pet(m["someone"], "en") else someone(m["someone"], "en")
    else:
        whose = WHOSE_VI.get(m["owner"].lower())
    if not whose or asked and whose.endswith("chúng tôi"):  # ("Has our …?": "chúng ta" or "chúng tôi")
        return None
    sense = capitalised(f"{_SENSES_VI[m['sense']]} của {whose}")
    if asked:
        return f"{sense} đã trở lại chưa?" if m["yet"] else None
    if "n" in (m["aux"] or "").replace("has", ""):  # ("hasn't", "has not")
        return f"{sense} chưa trở lại." if m["yet"] else None
    return None if m["yet"] else f"{sense} đã trở lại."
