"""Wisdom teeth, both ways, written whole by rule: one hurting, coming through, growing crooked, sideways or
impacted, swollen gums after one is out, soft food after it, and whether having one out hurts. v8 (rules on) reads
"răng khôn" as dry teeth, "lợi" (gums) as gain, and "wisdom tooth" as wisdom, a necklace or nothing: "Tôi bị đau răng
khôn." → "I have dry teeth.", "Răng khôn của tôi mọc lệch." → "My dry teeth is skewed.", "Tôi đang mọc răng khôn." →
"I'm growing dry teeth.", "Lợi của tôi bị sưng sau khi nhổ răng khôn." → "My gain was swollen after a dry teeth.",
"Nhổ răng khôn có đau không?" → "Do you have dry teeth?"; "My wisdom tooth hurts." → "Tôi bị tổn thương quá mức.",
"My sister's wisdom tooth is impacted." → "Sự khôi ngoan của chị tôi bị ảnh hưởng.", "Is your wisdom tooth growing
crooked?" → "Có phải dây chuyền của bạn đang phát triển bị vẹo không?", "I have to eat soft food after having my
wisdom tooth out." → "Tôi phải ăn thức ăn mềm sau khi ăn khô khô khô.".

Taken: whose (mt.hobbies.WHO, WHO_EN; not a pet in either language, nor "we" in Vietnamese: one tooth each, or more?;
nor "our" or "their" of one tooth in English) wisdom tooth hurting ("bị đau răng khôn", "Răng khôn của … đau"): said,
now ("đang"), denied, asked; coming through ("đang mọc", "bắt đầu mọc"), said or asked, come through yet asked or not
("chưa", plural in English: none yet); growing crooked ("mọc lệch"), sideways ("mọc ngang") or impacted ("mọc ngầm"):
said, denied, asked, or who has one ("có một chiếc răng khôn mọc ngầm"); gums swollen after having it out ("Lợi … bị
sưng sau khi nhổ răng khôn"), and the gum around it swollen; soft food had to, should, needed to, or only could be eaten
after it, said or asked; having one out hurting a lot, not much, or asked. "răng khôn" alone is one tooth in English;
"wisdom teeth" where English said it. Left: having one out, had to, just, on a day, ahead (mt/dentist.py: "Tôi phải nhổ
răng khôn.", "I had my wisdom tooth out yesterday."), a toothache and teething (mt/teeth.py, mt/crying.py, mt/aches.py),
"đã mọc răng khôn rồi" (one or all?), "Tôi mọc răng khôn." (now or done?), "bị mọc răng khôn" with no "đang", "chỉ ăn đồ
mềm" (now, or back then?), soft food with no word of must or can, having one out hurting plainly ("Nhổ răng khôn đau.":
now, or always?), "anh", "chị", "em" alone saying it, "em" with "ạ" (the speaker, to a doctor?), a wisdom tooth of one
who asks of it hurting ("Tôi có bị đau răng khôn không?"), one asking of their own gums swelling after it ("Tôi có bị
sưng lợi sau khi nhổ răng khôn không?": will they?), and anything else. mt.phrasebook.translate tries these after
mt/registrations.py.

    >>> translate("Tôi bị đau răng khôn.", "vi", "en"), translate("My wisdom tooth is growing crooked.", "en", "vi")
    ('My wisdom tooth hurts.', 'Răng khôn của tôi mọc lệch.')
"""
from __future__ import annotations

import re

from .ears import whose_vi
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:răng\s+khôn)"), "en": lazy(r"(?i:wisdom)")}
# how a wisdom tooth grows, and English of it: as said of the tooth, and of one who has it
_HOW = {"lệch": ("is growing crooked", "a wisdom tooth growing crooked"),
        "ngang": ("is growing sideways", "a wisdom tooth growing sideways"),
        "ngầm": ("is impacted", "an impacted wisdom tooth")}
_HOW_EN = {"growing crooked": "lệch", "growing in crooked": "lệch", "coming in crooked": "lệch",
           "growing at an angle": "lệch", "coming in at an angle": "lệch", "growing sideways": "ngang",
           "growing in sideways": "ngang", "coming in sideways": "ngang", "impacted": "ngầm",
           "coming in": "", "coming through": ""}  # ("": coming through, no trouble said)
# must, should, need, can only, and asked so: how soft food is eaten after it (the Vietnamese, group modal)
_MODALS = {"phải": "have to", "nên": "should", "cần": "need to", "chỉ có thể": "can only", "chỉ": "can only",
           "có phải": "have to?", "có nên": "should?", "có cần": "need to?"}
_MODALS_VI = {("", "have to"): "phải", ("", "has to"): "phải", ("", "should"): "nên", ("", "need to"): "cần",
              ("", "needs to"): "cần", ("", "can only"): "chỉ", ("do", "have to"): "có phải",
              ("do", "need to"): "có cần", ("should", ""): "có nên"}
# having one out hurting, in English, and in Vietnamese (after "Nhổ răng khôn")
_PAIN_VI = {("does", "hurt"): "có đau không?", ("does", "hurt a lot"): "có đau lắm không?",
            ("does", "hurt much"): "có đau lắm không?", ("is", "painful"): "có đau không?",
            ("is", "very painful"): "có đau lắm không?", ("", "hurts a lot"): "rất đau.",
            ("", "is very painful"): "rất đau.", ("", "doesn't hurt much"): "không đau lắm.",
            ("", "does not hurt much"): "không đau lắm.", ("", "isn't very painful"): "không đau lắm.",
            ("", "is not very painful"): "không đau lắm."}

_ISNT, _AREN, _NOT_HURT = "isn't", "aren't", "doesn't hurt"  # (denied, as English shortens it)
_TOOTH = r"(?i:răng\s+khôn)"
_GUM = r"(?i:lợi|nướu(?:\s+răng)?|chân\s+răng)"
_ASKED = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
_AFTER = r"sau\s+khi\s+(?:đi\s+)?nhổ\s+răng\s+khôn"
# a wisdom tooth hurting ("Tôi bị đau răng khôn.", "Răng khôn của mẹ tôi đang đau.", "Bạn có bị đau răng khôn không?")
_ACHE = lazy(rf"(?:(?P<tooth0>{_TOOTH})\s+(?:của\s+)?)?{WHO}\s+{_ASKED}(?:(?P<ing>đang)\s+)?(?:bị\s+)?đau"
             rf"(?P<tooth>\s+răng\s+khôn)?{ASKED_END}")
# ... growing ("Răng khôn của tôi mọc lệch.", "Tôi đang mọc răng khôn.", "Răng khôn của bạn có đang mọc không?")
_GROW = lazy(rf"(?:(?P<tooth0>{_TOOTH})\s+(?:của\s+)?)?{WHO}\s+{_ASKED}(?:(?P<ing>đang|bắt\s+đầu)\s+)?(?P<bi>bị\s+)?"
             rf"mọc(?P<tooth>\s+răng\s+khôn)?(?:\s+(?P<how>{alternatives(_HOW)}))?{ASKED_END}")
# ... had by who ("Tôi có một chiếc răng khôn mọc ngầm.")
_HAS = lazy(rf"{WHO}\s+có\s+(?:(?:một|1)\s+(?:(?:cái|chiếc)\s+)?|(?:cái|chiếc)\s+){_TOOTH}\s+(?:bị\s+)?mọc\s+"
            rf"(?P<how>{alternatives(_HOW)}){SOFTENED_END}")
# ... come through yet ("Bạn đã mọc răng khôn chưa?", "Tôi chưa mọc răng khôn.")
_YET = lazy(rf"{WHO}\s+(?:(?P<not>chưa)\s+|đã\s+)?mọc\s+{_TOOTH}(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# gums swollen after it is out ("Lợi của tôi bị sưng sau khi nhổ răng khôn.", "Tôi bị sưng lợi sau khi …")
_SWOLLEN = lazy(rf"(?:(?P<gum0>{_GUM})\s+(?:của\s+)?)?{WHO}\s+{_ASKED}bị\s+sưng(?:\s+(?P<gum>{_GUM}))?\s+{_AFTER}"
                rf"{ASKED_END}")
# ... the gum around it ("Lợi quanh răng khôn của tôi bị sưng.")
_AROUND = lazy(rf"{_GUM}\s+(?:ở\s+)?(?:xung\s+quanh|quanh|chỗ)\s+{_TOOTH}\s+(?:của\s+)?{WHO}\s+{_ASKED}bị\s+sưng"
               rf"{ASKED_END}")
# soft food after it ("Tôi phải ăn đồ mềm sau khi nhổ răng khôn.", "Sau khi nhổ răng khôn, tôi chỉ ăn được đồ mềm.")
_SOFT = lazy(rf"(?:(?P<after0>(?i:sau)\s+khi\s+(?:đi\s+)?nhổ\s+răng\s+khôn)\s*,?\s+)?{WHO}\s+(?P<modal>"
             rf"{alternatives(_MODALS)})\s+ăn(?P<can>\s+được)?\s+(?:đồ\s+ăn|đồ|thức\s+ăn|món\s+ăn)\s+mềm"
             rf"(?P<after>\s+{_AFTER})?(?:\s+(?P<asked>không)|\s+(?P<nhe>nhé|nha))?{SOFTENED_END}")
# having one out hurting ("Nhổ răng khôn có đau không?", "Nhổ răng khôn rất đau.")
_PAIN = lazy(r"(?:(?i:việc)\s+)?(?i:nhổ)\s+răng\s+khôn\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<very>rất\s+)?đau"
             rf"(?:\s+(?P<lot>lắm|nhiều))?{ASKED_END}")

# ... and in English: whose (group poss, or someone's), the tooth, what is said of it
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_OUT_EN = r"(?:out|removed|pulled(?:\s+out)?|taken\s+out)"
_ACHE_EN = lazy(rf"(?:(?P<q>Does|Do|Is|Are)\s+)?{_WHOSE_EN}\s+wisdom\s+(?P<teeth>tooth|teeth)"
                r"(?P<aux>\s+(?:is|are|does|do)(?:\s+not|n['’]t)?|['’](?:s|re))?\s+(?P<verb>hurts|hurt|hurting)"
                r"\s*(?P<end>[.!?]*)")
_GROW_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?{_WHOSE_EN}\s+wisdom\s+(?P<teeth>tooth|teeth)"
                rf"(?P<be>\s+(?:is|are)(?:\s+not|n['’]t)?|['’](?:s|re))?\s+(?P<how>{alternatives(_HOW_EN)})"
                r"\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<has>has|have)\s+(?:(?P<a>an?)\s+)?(?:(?P<adj>impacted|crooked)"
               r"\s+)?wisdom\s+(?P<teeth>tooth|teeth)(?:\s+(?P<how>growing\s+crooked|growing\s+sideways|coming\s+in\s+"
               r"sideways|coming\s+(?:in|through)))?\s*(?P<end>[.!?]*)")
_YET_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{_WHOSE_EN}\s+wisdom\s+(?P<teeth>tooth|teeth)"
               r"(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s)(?:\s+not)?)?\s+come\s+(?:in|through)"
               r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_SWOLLEN_EN = lazy(rf"(?:(?P<q>Are)\s+)?{_WHOSE_EN}\s+gums(?P<be>\s+are(?:\s+not|n['’]t)?|['’]re(?:\s+not)?)?\s+"
                   rf"swollen\s+after\s+having\s+(?P<own>(?i:{WHOSE_WORDS})|a)\s+wisdom\s+(?:tooth|teeth)\s+{_OUT_EN}"
                   r"\s*(?P<end>[.!?]*)")
_AROUND_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?i:the)\s+(?P<gum>gum|gums)\s+around\s+{_WHOSE_EN}\s+wisdom\s+tooth"
                  r"(?P<be>\s+(?:is|are)(?:\s+not|n['’]t)?)?\s+swollen\s*(?P<end>[.!?]*)")
_SOFT_EN = lazy(rf"(?:(?P<after0>(?i:after)\s+having\s+(?P<own0>(?i:{WHOSE_WORDS})|a)\s+wisdom\s+(?:tooth|teeth)\s+"
                rf"{_OUT_EN})\s*,\s*)?(?:(?P<q>Do|Does|Should)\s+)?{WHO_EN}\s+(?:(?P<modal>(?:has|have|needs?)\s+to|"
                r"should|can\s+only)\s+)?eat\s+soft\s+foods?(?:\s+(?P<after>after\s+having\s+(?P<own>"
                rf"(?i:{WHOSE_WORDS})|a)\s+wisdom\s+(?:tooth|teeth)\s+{_OUT_EN}))?\s*(?P<end>[.!?]*)")
_PAIN_EN = lazy(rf"(?:(?P<q>Does|Is)\s+)?(?i:having)\s+(?:a|your)\s+wisdom\s+(?:tooth|teeth)\s+{_OUT_EN}\s+"
                r"(?P<tail>[a-z'’ ]+?)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a wisdom tooth hurting, coming through or growing crooked, gums swollen or
    soft food after one is out, or having one out hurting; None for any other."""
    if src == "vi":
        return _ache(text) or _grow(text) or _has(text) or _yet(text) or _swollen(text) or _soft(text) or _pain(text)
    return (_ache_vi(text) or _grow_vi(text) or _has_vi(text) or _yet_vi(text) or _swollen_vi(text) or
            _soft_vi(text) or _pain_vi(text))


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?"), False said; None for "có" said, a "?" with no "không", or
    "không" both before and after."""
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or groups.get("ask") and not asked or asked and groups.get("not"):
        return None
    return asked


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("my mother", True); None for a pet, for "we", "they" or
    "my parents" (a wisdom tooth each, or more?), for "anh", "chị", "em" saying it, and for "em" with "ạ" ("Em có
    bị đau răng khôn không ạ?": said up to a doctor, the speaker; "you" only to a younger one)."""
    if em_speaking(m):
        return None
    said = None if animal(m) else who(m, asked)
    return None if said is None or be(said[0]) == "are" and said[0] != "you" else said


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _ache(text: str) -> str | None:
    """"Tôi bị đau răng khôn." as "My wisdom tooth hurts.", "Răng khôn của mẹ tôi đang đau." as "My mother's wisdom
    tooth is hurting.", "Bạn có bị đau răng khôn không?" as "Does your wisdom tooth hurt?" (_ACHE); None for anything
    else, where "răng khôn" is said twice or not at all, and asked of oneself."""
    m = _ACHE.fullmatch(text)
    if not m or bool(m["tooth0"]) == bool(m["tooth"]) or (asked := _asked(m)) is None or m["ing"] and m["not"]:
        return None
    said = _who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    tooth = f"{_whose(said[0])} wisdom tooth"
    if asked:
        return f"Is {tooth} hurting?" if m["ing"] else f"Does {tooth} hurt?"
    return capitalised(f"{tooth} {'is hurting' if m['ing'] else _NOT_HURT if m['not'] else 'hurts'}.")


def _grow(text: str) -> str | None:
    """"Răng khôn của tôi mọc lệch." as "My wisdom tooth is growing crooked.", "… mọc ngầm." as "… is impacted.",
    "Tôi đang mọc răng khôn." as "My wisdom tooth is coming through.", "Bạn có đang mọc răng khôn không?" as "Is your
    wisdom tooth coming through?" (_GROW); None for anything else: how it grows said after "răng khôn" of who's only,
    coming through only with "đang" or "bắt đầu", not denied, and not with "bị"."""
    m = _GROW.fullmatch(text)
    if not m or bool(m["tooth0"]) == bool(m["tooth"]) or (asked := _asked(m)) is None:
        return None
    ing = keyed(m["ing"] or "")
    if m["how"] and (not m["tooth0"] or ing == "bắt đầu") or not m["how"] and (not ing or m["bi"] or m["not"]):
        return None
    said = _who(m, asked)
    if said is None:
        return None
    tooth = f"{_whose(said[0])} wisdom tooth"
    if not m["how"]:
        if ing == "bắt đầu":
            return None if asked else capitalised(f"{tooth} has started coming through.")
        return f"Is {tooth} coming through?" if asked else capitalised(f"{tooth} is coming through.")
    how = _HOW[keyed(m["how"])][0]
    if asked:
        return f"Is {tooth} {how.removeprefix('is ')}?"
    return capitalised(f"{tooth} {how.replace('is ', _ISNT + ' ', 1) if m['not'] else how}.")


def _has(text: str) -> str | None:
    """"Tôi có một chiếc răng khôn mọc ngầm." as "I have an impacted wisdom tooth.", "Mẹ tôi có một cái răng khôn mọc
    lệch." as "My mother has a wisdom tooth growing crooked." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False)
    if not said:
        return None
    return capitalised(f"{said[0]} {'has' if said[1] else 'have'} {_HOW[keyed(m['how'])][1]}.")


def _yet(text: str) -> str | None:
    """"Bạn đã mọc răng khôn chưa?" as "Have your wisdom teeth come through yet?", "Tôi chưa mọc răng khôn." as "My
    wisdom teeth haven't come through yet." (_YET: none yet, so teeth); None for anything else, and for "đã" said
    (one come through, or all?)."""
    m = _YET.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["not"]) or (said := _who(m, asked)) is None:
        return None
    teeth = f"{_whose(said[0])} wisdom teeth"
    return f"Have {teeth} come through yet?" if asked else capitalised(f"{teeth} haven't come through yet.")


def _own(m: re.Match, who_: str) -> str:
    """Whose wisdom tooth, in English, was out, of who of a match of WHO: "my", "her" ("mẹ tôi"); "a" where English
    cannot tell his from hers (a name alone)."""
    return whose_own(m, who_) or "a"


def _swollen(text: str) -> str | None:
    """"Lợi của tôi bị sưng sau khi nhổ răng khôn." as "My gums are swollen after having my wisdom tooth out.", "Lợi
    quanh răng khôn của tôi bị sưng." as "The gum around my wisdom tooth is swollen.", asked and denied (_SWOLLEN,
    _AROUND); None for anything else, where the gums are said twice or not at all, and one asking of their own gums
    after it ("Tôi có bị sưng lợi sau khi nhổ răng khôn không?": will they swell, asked before?)."""
    m = _SWOLLEN.fullmatch(text) or _AROUND.fullmatch(text)
    if not m or m.re == _SWOLLEN and bool(m["gum0"]) == bool(m["gum"]) or (asked := _asked(m)) is None:
        return None
    said = _who(m, asked)
    if said is None or asked and m.re == _SWOLLEN and said[0] == "I":
        return None
    if m.re == _AROUND:
        gum = f"the gum around {_whose(said[0])} wisdom tooth"
        return f"Is {gum} swollen?" if asked else capitalised(f"{gum} {_ISNT if m['not'] else 'is'} swollen.")
    gums, after = f"{_whose(said[0])} gums", f"after having {_own(m, said[0])} wisdom tooth out"
    if asked:
        return f"Are {gums} swollen {after}?"
    return capitalised(f"{gums} {_AREN if m['not'] else 'are'} swollen {after}.")


def _soft(text: str) -> str | None:
    """"Tôi phải ăn đồ mềm sau khi nhổ răng khôn." as "I have to eat soft food after having my wisdom tooth out.",
    "Sau khi nhổ răng khôn, tôi chỉ ăn được đồ mềm." as "After having my wisdom tooth out, I can only eat soft food.",
    "Tôi có nên ăn đồ mềm sau khi nhổ răng khôn không?" as "Should I eat soft food after having my wisdom tooth out?"
    (_SOFT; "nhé" told to "bạn"); None for anything else, "chỉ" with no "được" (only eats, now or then?), and
    "được" after any but "chỉ"."""
    m = _SOFT.fullmatch(text)
    if not m or bool(m["after0"]) == bool(m["after"]):
        return None
    modal = _MODALS[keyed(m["modal"])]
    asked = bool(m["asked"])
    if asked != modal.endswith("?") or asked != ("?" in m["end"]) or (keyed(m["modal"]) == "chỉ") != bool(m["can"]):
        return None
    if m["can"] and modal != "can only" or (said := _who(m, asked)) is None or m["nhe"] and said[0] != "you":
        return None  # ("nhé" softens what one is told)
    who_, one = said
    having, verb = f"having {_own(m, who_)} wisdom tooth out", modal.removesuffix("?")
    if asked:
        clause = f"should {who_} eat" if verb == "should" else f"{'does' if one else 'do'} {who_} {verb} eat"
    else:  # ("has to", "needs to" of one)
        clause = f"{who_} {verb.replace('have', 'has').replace('need ', 'needs ') if one else verb} eat"
    end = "?" if asked else "."
    if m["after0"]:
        return f"After {having}, {clause} soft food{end}"
    return capitalised(f"{clause} soft food after {having}{end}")


def _pain(text: str) -> str | None:
    """"Nhổ răng khôn có đau không?" as "Does having a wisdom tooth out hurt?", "Nhổ răng khôn có đau lắm không?" as
    "… hurt a lot?", "Nhổ răng khôn rất đau." as "Having a wisdom tooth out hurts a lot.", "Nhổ răng khôn không đau
    lắm." as "… doesn't hurt much." (_PAIN); None for anything else, and for "Nhổ răng khôn đau." (now, or always?)."""
    m = _PAIN.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked and (m["very"] or not m["ask"]):
        return None
    if asked:
        return f"Does having a wisdom tooth out hurt{' a lot' if m['lot'] else ''}?"
    if m["not"]:
        return "Having a wisdom tooth out doesn't hurt much." if m["lot"] and not m["very"] else None
    return "Having a wisdom tooth out hurts a lot." if m["very"] or m["lot"] else None


def _words(*said: str | None) -> str:
    """Words of English, in small letters, "n't" as " not", one space apart ("Doesn’t" → "does not")."""
    return " ".join(" ".join(filter(None, said)).lower().replace("’", "'").replace("n't", " not").split())


def _ache_vi(text: str) -> str | None:
    """"My wisdom tooth hurts." as "Tôi bị đau răng khôn.", "Is her wisdom tooth hurting?" as "Cô ấy có đang bị đau
    răng khôn không?", "My mother's wisdom tooth doesn't hurt." as "Mẹ tôi không bị đau răng khôn." (_ACHE_EN); None
    for anything else, where a verb does not agree with the tooth or teeth, "our" or "their" of one tooth, and asked
    of one's own."""
    m = _ACHE_EN.fullmatch(text)
    who_ = m and whose_vi(m)
    if not who_ or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    one, words = m["teeth"] == "tooth", _words(m["q"], m["aux"])
    if (words.split()[0] if words else m["verb"]) not in ({"does", "is", "'s", "hurts"} if one else
                                                          {"do", "are", "'re", "hurt"}):
        return None  # ("My wisdom tooth hurt.": said of the past, or not agreeing)
    if who_ in ("chúng tôi", "họ") and one or m["q"] and who_ == "tôi":
        return None  # (one tooth between us?; asked of one's own)
    kind = {"is": "be", "are": "be", "'s": "be", "'re": "be", "does": "do", "do": "do", "does not": "not",
            "do not": "not"}.get(words, words)
    said = {(False, "", "hurts"): "bị", (False, "", "hurt"): "bị", (False, "be", "hurting"): "đang bị",
            (False, "not", "hurt"): "không bị", (True, "do", "hurt"): "có bị",
            (True, "be", "hurting"): "có đang bị"}.get((bool(m["q"]), kind, m["verb"]))
    return said and capitalised(f"{who_} {said} đau răng khôn{' không?' if m['q'] else '.'}")


def _grow_vi(text: str) -> str | None:
    """"My wisdom tooth is growing crooked." as "Răng khôn của tôi mọc lệch.", "My sister's wisdom tooth is
    impacted." as "Răng khôn của chị gái tôi mọc ngầm.", "My wisdom tooth is coming through." as "Tôi đang mọc răng
    khôn.", asked (_GROW_EN); None for anything else, where "is" does not agree, and coming through denied."""
    m = _GROW_EN.fullmatch(text)
    who_ = m and whose_vi(m)
    if not who_ or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    words, one = _words(m["q"], m["be"]).split(), m["teeth"] == "tooth"
    how, not_ = _HOW_EN[_words(m["how"])], "not" in words
    if (words[0] in ("is", "'s")) != one or who_ in ("chúng tôi", "họ") and one or not_ and not how:
        return None
    if not how:
        return capitalised(f"{who_} có đang mọc răng khôn không?" if m["q"] else f"{who_} đang mọc răng khôn.")
    if m["q"]:
        return f"Răng khôn của {who_} có mọc {how} không?"
    return f"Răng khôn của {who_} {'không ' * not_}mọc {how}."


def _has_vi(text: str) -> str | None:
    """"I have an impacted wisdom tooth." as "Tôi có một chiếc răng khôn mọc ngầm.", "She has a wisdom tooth coming
    through." as "Cô ấy đang mọc một chiếc răng khôn.", "Do you have impacted wisdom teeth?" as "Bạn có răng khôn mọc
    ngầm không?" (_HAS_EN); None for anything else, a pet, where "a" and the tooth do not agree, and where the verb
    does not agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["adj"]) == bool(m["how"]) or animal(m):
        return None
    who_, one = who_vi(m)
    a, tooth = (m["a"] or "").lower(), m["teeth"] == "tooth"
    if bool(a) != tooth or a and a != ("an" if m["adj"] == "impacted" else "a"):
        return None
    if tooth and who_ in ("chúng tôi", "họ"):
        return None  # ("We have an impacted wisdom tooth.": one between them?)
    if (m["q"] or m["has"]) not in (("Does", "has") if one else ("Do", "have")) or m["q"] and m["has"] != "have":
        return None
    how = {"impacted": "ngầm", "crooked": "lệch"}[m["adj"]] if m["adj"] else _HOW_EN[_words(m["how"])]
    one_tooth = "một chiếc răng khôn" if tooth else "răng khôn"
    if not how:
        return capitalised(f"{who_} có đang mọc răng khôn không?" if m["q"] else f"{who_} đang mọc {one_tooth}.")
    return capitalised(f"{who_} có răng khôn mọc {how} không?" if m["q"] else f"{who_} có {one_tooth} mọc {how}.")


def _yet_vi(text: str) -> str | None:
    """"Have your wisdom teeth come through yet?" as "Bạn đã mọc răng khôn chưa?", "My wisdom teeth haven't come in
    yet." as "Tôi chưa mọc răng khôn.", "My wisdom teeth have come through." as "Tôi đã mọc răng khôn rồi."
    (_YET_EN); None for anything else, where "has" does not agree, and "yet" where nothing asks or denies."""
    m = _YET_EN.fullmatch(text)
    who_ = m and whose_vi(m)
    if not who_ or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]):
        return None
    words, one = _words(m["q"], m["aux"]).split(), m["teeth"] == "tooth"
    not_ = "not" in words
    if (words[0] in ("has", "'s")) != one or bool(m["yet"]) != bool(m["q"] or not_) or who_ in ("chúng tôi", "họ") \
            and one:
        return None
    if m["q"]:
        return capitalised(f"{who_} đã mọc răng khôn chưa?")
    return capitalised(f"{who_} chưa mọc răng khôn." if not_ else f"{who_} đã mọc răng khôn rồi.")


def _fits(own: str, m: re.Match, who_: str) -> bool:
    """Whether `own` ("my", "her", "a") is whose wisdom tooth was out, for who in Vietnamese (`who_`, of a match with
    group poss or someone, or of WHO_EN): "a" for anyone, "her" for "my mother", "his" or "her" for a name."""
    own = own.lower()
    if own == "a":
        return True
    poss = (m.groupdict().get("poss") or "").lower() or WHOSE_OF.get((m.groupdict().get("who") or "").lower())
    expected = poss or his_her(who_)
    return own == expected if expected else own in ("his", "her")


def _swollen_vi(text: str) -> str | None:
    """"My gums are swollen after having my wisdom tooth out." as "Lợi của tôi bị sưng sau khi nhổ răng khôn.", "The
    gum around my wisdom tooth is swollen." as "Lợi quanh răng khôn của tôi bị sưng.", asked and denied (_SWOLLEN_EN,
    _AROUND_EN); None for anything else, where "is" does not agree, whose tooth not whose gums, and the gum around
    "our" or "their" one tooth (one between them?)."""
    m = _SWOLLEN_EN.fullmatch(text) or _AROUND_EN.fullmatch(text)
    who_ = m and whose_vi(m)
    if not who_ or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    if m.re == _AROUND_EN and who_ in ("chúng tôi", "họ"):
        return None  # ("The gum around our wisdom tooth is swollen.", as "Our wisdom tooth is impacted." is left)
    words = _words(m["q"], m["be"]).split()
    many = m.re == _SWOLLEN_EN or m["gum"] == "gums"
    if (words[0] in ("are", "'re")) != many or m.re == _SWOLLEN_EN and not _fits(m["own"], m, who_):
        return None
    gum = "Lợi của" if m.re == _SWOLLEN_EN else "Lợi quanh răng khôn của"
    after = " sau khi nhổ răng khôn" if m.re == _SWOLLEN_EN else ""
    if m["q"]:
        return f"{gum} {who_} có bị sưng{after} không?"
    return f"{gum} {who_} {'không ' * ('not' in words)}bị sưng{after}."


def _soft_vi(text: str) -> str | None:
    """"I have to eat soft food after having my wisdom tooth out." as "Tôi phải ăn đồ mềm sau khi nhổ răng khôn.",
    "After having my wisdom tooth out, I can only eat soft food." as "Sau khi nhổ răng khôn, tôi chỉ ăn được đồ
    mềm.", "Should I eat soft food after having my wisdom tooth out?" as "Tôi có nên ăn đồ mềm sau khi nhổ răng khôn
    không?" (_SOFT_EN); None for anything else, where a verb does not agree with who, and whose tooth not who's."""
    m = _SOFT_EN.fullmatch(text)
    if not m or bool(m["after0"]) == bool(m["after"]) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, modal = _words(m["q"]), _words(m["modal"])
    how = _MODALS_VI.get((q.replace("does", "do"), modal))
    if how is None or not _fits(m["own0"] or m["own"], m, who_):
        return None
    if q in ("do", "does") and (q == "does") != one or not q and modal in ("has to", "needs to", "have to", "need to") \
            and modal.startswith(("has", "needs")) != one:
        return None
    eat = f"{how} ăn được đồ mềm" if how == "chỉ" else f"{how} ăn đồ mềm"
    said = f"{who_} {eat}{' không' * bool(q)}"
    if m["after0"]:
        return f"Sau khi nhổ răng khôn, {said}{'?' if q else '.'}"
    return capitalised(f"{who_} {eat} sau khi nhổ răng khôn{' không?' if q else '.'}")


def _pain_vi(text: str) -> str | None:
    """"Does having a wisdom tooth out hurt?" as "Nhổ răng khôn có đau không?", "Is having your wisdom teeth out very
    painful?" as "Nhổ răng khôn có đau lắm không?", "Having a wisdom tooth out hurts a lot." as "Nhổ răng khôn rất
    đau." (_PAIN_EN); None for anything else, and for "… hurts." alone (now, or always?)."""
    m = _PAIN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    said = _PAIN_VI.get((_words(m["q"]), " ".join(m["tail"].replace("’", "'").split())))
    return said and f"Nhổ răng khôn {said}"
