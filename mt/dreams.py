"""Dreams while asleep, said or asked, both ways, written whole by rule. v8 reads "mơ thấy" as "dream" with no
"about", loses who and the tense, and reads "dream" back as a wish ("mơ ước") or as vague ("mơ hồ"): "Tối qua tôi mơ
thấy bạn." → "Last night, I dream you.", "Mẹ tôi mơ thấy bà tôi." → "My mother dreamed me.", "Tối qua con tôi gặp
ác mộng." → "Last night, I had nightmares.", "Con tôi hay gặp ác mộng." → "I usually have nightmares.", "Tôi hay mơ
thấy mình bị ngã." → "I'm going to dream I'm falling.", "Tối qua bạn mơ thấy gì?" → "Last night, what do you
dream?", "Chúc ngủ ngon và mơ đẹp nhé." → "Have a good sleep and dream.", "Mơ đẹp nhé!" → "It's beautiful!"; "Sweet
dreams!" → "Hãy mơ hồ đi nhé!", "My son had a bad dream." → "Con trai tôi có giấc mơ xấu.", "I had a strange dream
last night." → "Tôi ước mơ lạ tối qua.", "What did you dream about?" → "Cậu ước mơ đã làm gì?", "I often dream of
falling." → "Tôi thường mơ thấy giấc ngủ.", "He had a bad dream last night." → "Anh ta ước mơ xấu tối qua.".

Taken: who (mt.hobbies.WHO, WHO_EN) dreamed, or often dreams, about someone (a pronoun, kin and whose, a name: WHOM)
or of falling, flying … (DOINGS), last night or every night (NIGHTS), and that asked ("Tối qua bạn có mơ thấy tôi
không?", "Bạn mơ thấy gì?"); a nightmare or a bad dream had last night, just had, or had often, said or asked; a
dream of a kind (KINDS: strange, nice, sad …) had; and "Sweet dreams!", with "Good night" before it or not. Left:
dreams as wishes for life ("ước mơ", "my dream is …"), a statement with no tense said ("Tôi gặp ác mộng.", "I dream
about you."), "anh", "em" … alone as who in a statement (the speaker or "you"), "hôm qua", sleep itself
(mt/sleep.py) and "Chúc ngủ ngon" alone (the phrasebook's).
mt.phrasebook.translate tries these after mt/fears.py.

    >>> translate("Tối qua tôi mơ thấy bạn.", "vi", "en"), translate("My son had a bad dream.", "en", "vi")
    ('I dreamed about you last night.', 'Con trai tôi gặp ác mộng.')
"""
from __future__ import annotations

import re

from .ever import YOU
from .free_time import placed
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .sleep import WHEN_SLEPT
from .text import (
    ASKED_END,
    EN_OBJECT,
    SOFTENED_END,
    alternatives,
    capitalised,
    contracted,
    keyed,
    stop,
)

# when one dreams: last night (past) or every night (a habit); the first Vietnamese of each is written back
NIGHTS = {vi: en for vi, en in WHEN_SLEPT.items() if en == "last night"} | {
    "mỗi đêm": "every night", "hằng đêm": "every night", "hàng đêm": "every night"}
NIGHTS_VI = {en: vi for vi, en in reversed(NIGHTS.items())}
# what one dreams of doing, after "mình" (oneself: "mơ thấy mình bị ngã"); the first Vietnamese of each written back
DOINGS = {"bị ngã": "falling", "ngã": "falling", "bị rơi": "falling", "rơi": "falling", "té": "falling",
          "bay": "flying", "bị rượt đuổi": "being chased", "bị đuổi": "being chased", "bị lạc": "getting lost",
          "lạc đường": "getting lost"}
DOINGS_VI = {en: vi for vi, en in reversed(DOINGS.items())}
# a dream of a kind ("một giấc mơ kỳ lạ"); "a bad dream" back is a nightmare ("gặp ác mộng", as Vietnamese says it)
KINDS = {"đẹp": "nice", "kỳ lạ": "strange", "kì lạ": "strange", "lạ": "strange", "kỳ quặc": "weird",
         "kì quặc": "weird", "buồn": "sad", "đáng sợ": "scary", "xấu": "bad"}
KINDS_VI = {"nice": "đẹp", "good": "đẹp", "lovely": "đẹp", "beautiful": "đẹp", "sweet": "đẹp", "strange": "kỳ lạ",
            "weird": "kỳ quặc", "sad": "buồn", "scary": "đáng sợ"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mơ|mộng)"), "en": lazy(r"(?i:dream|nightmare)")}

_NIGHT = rf"(?i:{alternatives(NIGHTS)})"
_W0 = rf"(?:(?P<when0>{_NIGHT})\s*,?\s+)?"
_W1 = rf"(?:(?P<when1>{_NIGHT})\s+)?"  # ("Con tôi tối qua gặp ác mộng.")
_W2 = rf"(?:\s+(?P<when2>{_NIGHT}))?"
# not, asked, the tense, how often ("có hay", "không bao giờ": SELDOM); "đều" after every night ("Mỗi đêm tôi đều …")
_HOW = (r"(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<tense>đã|vừa|mới)\s+)?"
        rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<all>đều)\s+)?")
_DREAMT = lazy(rf"{_W0}{WHO}\s+{_W1}{_HOW}(?:nằm\s+)?mơ(?:\s+(?:thấy|về)\s+(?:mình\s+(?:đang\s+)?"
               rf"(?P<doing>{alternatives(DOINGS)})|{WHOM}|(?P<what>gì)))?{_W2}{ASKED_END}")
_NIGHTMARE = lazy(rf"{_W0}{WHO}\s+{_W1}{_HOW}(?:gặp|bị|mơ\s+thấy|có)\s+(?:(?:một|những)\s+)?"
                  rf"(?:(?:cơn|giấc)\s+)?ác\s+mộng{_W2}{ASKED_END}")
_KIND = lazy(rf"{_W0}{WHO}\s+{_W1}(?:(?P<tense>đã|vừa|mới)\s+)?(?:có|(?:nằm\s+)?mơ|gặp)\s+(?:một\s+)?giấc\s+mơ"
             rf"(?:\s+(?P<very>rất))?(?:\s+(?P<kind>{alternatives(KINDS)}))?(?:\s+về\s+{WHOM})?{_W2}"
             rf"{SOFTENED_END}")
_WISHED = rf"(?:chúc\s+(?:(?:{YOU})\s+)?)?"
_WISH = lazy(rf"(?i:(?P<night>{_WISHED}ngủ\s+ngon)\s*(?:,|\s+và)\s*)?"
             rf"(?i:{_WISHED}mơ\s+đẹp|chúc\s+(?:(?:{YOU})\s+)?có\s+(?:những\s+)?giấc\s+mơ\s+đẹp)"
             r"(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")

# ... and in English
_NIGHT_EN = r"(?i:last\s+night|every\s+night)"
_T0 = rf"(?:(?P<when0>{_NIGHT_EN})\s*,?\s+)?"
_T2 = rf"(?:\s+(?P<when2>{_NIGHT_EN}))?"
_ABOUT_EN = rf"\s+(?:about|of)\s+(?:(?P<doing>{alternatives(DOINGS_VI)})|{WHOM_EN})"
_SELDOM_EN = rf"(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?(?:\s+(?P<just>just))?"
_DREAMT_EN = lazy(rf"{_T0}{WHO_EN}{_SELDOM_EN}\s+(?P<verb>dreamed|dreamt|dreams|dream|"
                  rf"(?P<not>didn['’]t|did\s+not)\s+dream)(?:{_ABOUT_EN})?{_T2}\s*(?P<end>[.!]*)")
_NIGHTMARE_EN = lazy(rf"{_T0}{WHO_EN}{_SELDOM_EN}\s+(?P<verb>had|has|have|"
                     r"(?P<not>didn['’]t|did\s+not)\s+have)\s+(?P<a>a\s+)?"
                     rf"(?:(?:bad|terrible|horrible|scary)\s+dream|nightmare)(?P<many>s)?{_T2}\s*(?P<end>[.!]*)")
_KIND_EN = lazy(rf"{_T0}{WHO_EN}(?:\s+(?P<just>just))?\s+had\s+a\s+(?:(?P<very>very|really)\s+)?"
                rf"(?:(?P<kind>{alternatives(KINDS_VI)})\s+)?dream(?:\s+about\s+{WHOM_EN})?{_T2}"
                r"\s*(?P<end>[.!]*)")
# "Did you dream about me?", "Do you often have nightmares?", "Did your son have a bad dream last night?"
_ASKED_EN = lazy(rf"(?P<aux>Did|Do|Does)\s+{WHO_EN}(?:\s+(?P<seldom>often|usually|sometimes|ever))?\s+"
                 rf"(?:dream(?:{_ABOUT_EN})?|have\s+(?P<a>a\s+)?(?P<nightmare>(?:bad|terrible|scary)\s+dream|"
                 rf"nightmare)(?P<many>s)?){_T2}\s*\?+")
_WHAT_EN = lazy(rf"What\s+(?P<aux>did|do|does)\s+{WHO_EN}(?:\s+(?P<seldom>usually|often))?\s+dream\s+"
                rf"(?:about|of){_T2}\s*\?+")
_WISH_EN = lazy(r"(?i:(?P<night>good\s*night|sleep\s+(?:well|tight))\s*(?:,|\s+and)\s*)?(?i:sweet\s+dreams)"
                r"\s*(?P<end>[.!]*)")
_ASKED_SELDOM = {"ever": "bao giờ"}  # ("Do you ever dream …?": "Bạn có bao giờ mơ …?")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone dreamed or dreams of, a nightmare had, or wishes
    sweet dreams; None for any other."""
    if src == "vi":
        return _wish(text) or _nightmare(text) or _kind(text) or _dreamt(text)
    return _wish_vi(text) or _nightmare_vi(text) or _kind_vi(text) or _dreamt_vi(text) or _asked_vi(text)


def _at(said: str, after: bool = False) -> str:
    """Words said with a space before them (" last night"), or after them (`after`: "often "); "" for none."""
    return "" if not said else f"{said} " if after else f" {said}"


def _night(m: re.Match, table: dict[str, str]) -> str | None:
    """When of a match (groups when0, when1, when2) in the other language (`table`: NIGHTS or NIGHTS_VI), "" for none;
    None where it is said twice."""
    said = [m[g] for g in ("when0", "when1", "when2") if m.re.groupindex.get(g) and m[g]]
    return None if len(said) > 1 else table[keyed(said[0])] if said else ""


def _tense(m: re.Match) -> tuple[str, str] | None:
    """How a Vietnamese match (_HOW, and when) is said in English: ("past", "last night"), ("just", ""), ("often",
    "every night"), ("", "every night") (a habit, how often not said), ("none", "") (no tense said); None where they
    do not go together ("Tối qua tôi hay …", "Tối qua tôi vừa …", "đều" without every night)."""
    night = _night(m, NIGHTS)
    tense, seldom = keyed(m["tense"] or ""), m["seldom"] and SELDOM[keyed(m["seldom"])]
    if night is None or (tense or night == "last night") and (seldom or night == "every night") or \
            tense in ("vừa", "mới") and night or m["all"] and night != "every night":
        return None
    if seldom or night == "every night":
        return seldom or "", night
    return "just" if tense in ("vừa", "mới") else "past" if tense or night else "none", night


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False where it says; None where it is neither ("có" without
    "không", a "?" after a statement)."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and asked:
        return None
    return asked


def _said(who_: str, one: bool, tense: str, past: str, habit: str, night: str) -> str:
    """What English says of who, by the tense (_tense): "I dreamed about you last night", "I've just had a
    nightmare", "she often has nightmares"; `past` and `habit` are what is said ("dreamed about you", "has
    nightmares")."""
    if tense in ("past", "none"):
        return f"{who_} {past}{_at(night)}"
    if tense == "just":
        return contracted(who_, f"{'has' if one else 'have'} just {past}")
    return f"{who_} {_at(tense, after=True)}{habit}{_at(night)}"


def _dreamt(text: str) -> str | None:
    """"Tối qua tôi mơ thấy bạn." as "I dreamed about you last night.", "Tôi hay mơ thấy mình bị ngã." as "I often
    dream of falling.", "Tối qua bạn có mơ thấy tôi không?" as "Did you dream about me last night?", "Bạn mơ thấy
    gì?" as "What did you dream about?" (_DREAMT); None for anything else, and "mơ" with nothing dreamed said."""
    m = _DREAMT.fullmatch(text)
    what = bool(m and m["what"])  # (asked without "có … không")
    if not m or (asked := what or _asked(m)) is None or (tense := _tense(m)) is None:
        return None
    (when, night), said = tense, who(m, asked)
    whom = m["whom"] and keyed(m["whom"]) != "mình" and as_whom(m["whom"], "vi")
    if said is None or m["whom"] and (not whom or whom == EN_OBJECT.get(said[0])):
        return None
    who_, one = said
    about = f" about {whom}" if whom else f" of {DOINGS[keyed(m['doing'])]}" if m["doing"] else ""
    if what:
        if "?" not in m["end"] or m["ask"] or m["asked"] or m["not"] or when not in ("past", "none"):
            return None
        return f"What did {who_} dream about{_at(night)}?"
    if asked:
        if when == "none" or when == "just" or not about and not night:
            return None
        if when == "past":
            return f"Did {who_} dream{about}{_at(night)}?"
        return f"{'Does' if one else 'Do'} {who_} {_at(when, after=True)}dream{about}{_at(night)}?"
    if not about or m["not"] and when not in ("past", "none"):
        return None
    past, habit = f"didn't dream{about}" if m["not"] else f"dreamed{about}", f"dream{'s' * one}{about}"
    return capitalised(f"{_said(who_, one, when, past, habit, night)}{stop(m['end'])}")


def _nightmare(text: str) -> str | None:
    """"Tối qua con tôi gặp ác mộng." as "My child had a nightmare last night.", "Con tôi hay gặp ác mộng." as "My
    child often has nightmares.", "Bạn có hay gặp ác mộng không?" as "Do you often have nightmares?" (_NIGHTMARE);
    None for anything else, and for no tense said ("Tôi gặp ác mộng.": had one, or has them?)."""
    m = _NIGHTMARE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (tense := _tense(m)) is None or (said := who(m, asked)) is None:
        return None
    (when, night), (who_, one) = tense, said
    if when == "none" or asked and when == "just" or m["not"] and when not in ("past", "just"):
        return None
    if asked:
        if when == "past":
            return f"Did {who_} have a nightmare{_at(night)}?"
        return f"{'Does' if one else 'Do'} {who_} {_at(when, after=True)}have nightmares{_at(night)}?"
    past = "didn't have a nightmare" if m["not"] else "had a nightmare"
    habit = f"{'has' if one else 'have'} nightmares"
    return capitalised(f"{_said(who_, one, when, past, habit, night)}{stop(m['end'])}")


def _kind(text: str) -> str | None:
    """"Tối qua tôi mơ một giấc mơ kỳ lạ." as "I had a strange dream last night.", "Tôi đã có một giấc mơ đẹp." as
    "I had a nice dream." (_KIND); None for anything else, and for no tense said ("Tôi có một giấc mơ.": a hope)."""
    m = _KIND.fullmatch(text)
    night = m and _night(m, NIGHTS)
    if not m or night is None or "?" in m["end"] or not (m["kind"] or m["whom"]) or m["very"] and not m["kind"]:
        return None
    tense = keyed(m["tense"] or "")
    whom = m["whom"] and keyed(m["whom"]) != "mình" and as_whom(m["whom"], "vi")
    if night == "every night" or not (tense or night) or tense in ("vừa", "mới") and night or (
            said := who(m, False)) is None or m["whom"] and (not whom or whom == EN_OBJECT.get(said[0])):
        return None
    kind = f"{'very ' if m['very'] else ''}{KINDS[keyed(m['kind'])]} " if m["kind"] else ""
    had = f"had a {kind}dream{f' about {whom}' if whom else ''}"
    return capitalised(f"{_said(*said, 'just' if tense in ('vừa', 'mới') else 'past', had, '', night)}{stop(m['end'])}")


def _wish(text: str) -> str | None:
    """"Mơ đẹp nhé!" as "Sweet dreams!", "Chúc bạn ngủ ngon và mơ đẹp nhé." as "Good night and sweet dreams."
    (_WISH); None for anything else."""
    m = _WISH.fullmatch(text)
    return m and f"{'Good night and sweet' if m['night'] else 'Sweet'} dreams{stop(m['end'])}"


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether the English verb of a match agrees with who ("she dreams", "they have"; "had", "dreamed" with all)."""
    verb = m["verb"].lower()
    return verb not in ("dreams", "has", "dream", "have") or verb in ("dreams", "has") and one or \
        verb in ("dream", "have") and not one


def _when_vi(m: re.Match) -> tuple[str, str] | None:
    """When and how often of an English match in Vietnamese: ("tối qua", ""), ("", "thường"), ("mỗi đêm", ""); None
    where they do not go with the verb ("I dream about you.", "I often dreamed …", "I dreamed … every night")."""
    night = _night(m, NIGHTS_VI)
    verb = m["verb"].lower()
    habit = verb in ("dream", "dreams", "has", "have")
    if night is None or habit != bool(m["seldom"] or night == "mỗi đêm") or m["just"] and (habit or night):
        return None
    return night, m["seldom"] and SELDOM_VI[m["seldom"].lower()]


def _vi(m: re.Match, said: str) -> str:
    """A Vietnamese sentence of an English match (_when_vi said), who first, the night before it ("Tối qua tôi …")
    or after it ("… mỗi đêm.")."""
    night, seldom = _when_vi(m)
    who_ = who_vi(m)[0]
    said = f"{who_} {'vừa ' if m['just'] else ''}{f'{seldom} ' if seldom else ''}{said}"
    return capitalised(f"{said} {night}{stop(m['end'])}") if night == "mỗi đêm" else placed(said, night, stop(m['end']))


def _whom_vi(m: re.Match) -> str | None:
    """What is dreamed of in an English match, in Vietnamese: "bạn", "mẹ tôi", "mình bị ngã"; "" for nothing said,
    None for someone not read or who dreams of themself ("I dreamed about me")."""
    if m["doing"]:
        return f"mình {DOINGS_VI[m['doing'].lower()]}"
    whom = m["whom"] and as_whom(m["whom"], "en")
    return None if m["whom"] and (not whom or whom == who_vi(m)[0]) else whom or ""


def _dreamt_vi(text: str) -> str | None:
    """"I dreamed about you last night." as "Tối qua tôi mơ thấy bạn.", "I often dream of falling." as "Tôi thường mơ
    thấy mình bị ngã.", "I didn't dream last night." as "Tối qua tôi không nằm mơ." (_DREAMT_EN); None for anything
    else, and where the verb does not agree with who."""
    m = _DREAMT_EN.fullmatch(text)
    if not m or not _agrees(m, who_vi(m)[1]) or _when_vi(m) is None or (whom := _whom_vi(m)) is None:
        return None
    if m["not"]:
        return None if m["seldom"] or m["just"] else _vi(m, f"không mơ thấy {whom}" if whom else "không nằm mơ")
    return _vi(m, f"mơ thấy {whom}") if whom else None


def _nightmare_vi(text: str) -> str | None:
    """"My son had a bad dream." as "Con trai tôi gặp ác mộng.", "She often has nightmares." as "Cô ấy thường gặp ác
    mộng." (_NIGHTMARE_EN); None for anything else, "a" with "nightmares", and a verb that does not agree."""
    m = _NIGHTMARE_EN.fullmatch(text)
    if not m or not _agrees(m, who_vi(m)[1]) or _when_vi(m) is None or m["a"] and m["many"] or \
            m["verb"].lower() in ("has", "have") and not m["many"] or not (m["a"] or m["many"]) or \
            m["not"] and (m["many"] or m["just"]):
        return None
    return _vi(m, f"{'không ' if m['not'] else ''}gặp ác mộng")


def _kind_vi(text: str) -> str | None:
    """"I had a strange dream last night." as "Tối qua tôi có một giấc mơ kỳ lạ.", "I had a dream about you." as "Tôi
    mơ thấy bạn." (_KIND_EN); None for anything else, and "had a dream." alone."""
    m = _KIND_EN.fullmatch(text)
    if not m or _night(m, NIGHTS_VI) not in ("", "tối qua") or not (m["kind"] or m["whom"]) or \
            m["very"] and not m["kind"] or (whom := as_whom(m["whom"], "en") if m["whom"] else "") is None or \
            whom == who_vi(m)[0]:
        return None
    night = _night(m, NIGHTS_VI)
    if not m["kind"]:
        said = f"mơ thấy {whom}"
    else:
        kind = f"{'rất ' if m['very'] else ''}{KINDS_VI[m['kind'].lower()]}"
        said = f"có một giấc mơ {kind}{f' về {whom}' if whom else ''}"
        said = f"đã {said}" if not (night or m["just"]) else said
    return placed(f"{who_vi(m)[0]} {'vừa ' if m['just'] else ''}{said}", night, stop(m['end']))


def _asked_vi(text: str) -> str | None:
    """"Did you dream about me last night?" as "Tối qua bạn có mơ thấy tôi không?", "Do you often have
    nightmares?" as "Bạn có thường gặp ác mộng không?", "What did you dream about?" as "Bạn mơ thấy gì?" (_ASKED_EN,
    _WHAT_EN); None for anything else, and where "does" does not agree with who."""
    m = _ASKED_EN.fullmatch(text) or _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, night = m["aux"].lower(), _night(m, NIGHTS_VI)
    habit = bool(m["seldom"] or night == "mỗi đêm")  # ("Did" asks once, "Do" of a habit)
    if night is None or aux != "did" and (aux == "does") != one or (aux == "did") == habit:
        return None
    seldom = m["seldom"] and (_ASKED_SELDOM | SELDOM_VI)[m["seldom"].lower()]
    how = f"{seldom} " if seldom else ""
    if m.re == _WHAT_EN:
        return placed(f"{who_} {how}mơ thấy gì", night, "?")
    if m.groupdict().get("nightmare") is not None:
        if bool(m["a"]) == bool(m["many"]) or (aux == "did") != bool(m["a"]):
            return None
        return placed(f"{who_} có {how}gặp ác mộng", night, " không?")
    if (whom := _whom_vi(m)) is None or aux == "did" and not (whom or night):
        return None
    return placed(f"{who_} có {how}{f'mơ thấy {whom}' if whom else 'nằm mơ'}", night, " không?")


def _wish_vi(text: str) -> str | None:
    """"Sweet dreams!" as "Mơ đẹp nhé!", "Good night and sweet dreams." as "Chúc ngủ ngon và mơ đẹp nhé." (_WISH_EN);
    None for anything else."""
    m = _WISH_EN.fullmatch(text)
    return m and f"{'Chúc ngủ ngon và mơ' if m['night'] else 'Mơ'} đẹp nhé{stop(m['end'])}"
