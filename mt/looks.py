"""How someone looks now (tired, happy, worried, well …), said or asked, both ways, written whole by rule. v8 drops
"trông" (looks) and says how they are, or reads "look" as see: "Trông bạn mệt quá." → "You're tired.", "Trông cô ấy
rất vui." → "She's very happy.", "Trông mẹ tôi hơi mệt." → "My mother was slightly tired.", "Trông Lan rất hạnh
phúc." → "The Land is happy.", "Nhìn bạn có vẻ mệt." → "Looking at you seem tired.", "Sao trông bạn buồn thế?" →
"Why look so sad?"; "She looks happy today." → "Cô ấy nhìn thấy hạnh phúc hôm nay." (sees happiness), "They look
worried." → "Họ nhìn thấy lo lắng.", "You don't look well." → "Bạn không nhìn được tốt.", "Do I look all right?" →
"Nhìn tôi tất cả đều đúng không?", "Lan looks very tired." → "Có vẻ rất mệt mỏi." (Lan lost).

Taken: "Trông" and who (mt.hobbies.WHO, WHO_EN), or who and "trông", or "Nhìn" and who with "có vẻ", then how they
look: a feeling of mt.feelings (not "rảnh", free; "ốm" only as "bị ốm": in the south "ốm" is thin), or great, okay,
young; how much (mt.weather.DEGREE, EN_DEGREE) or not ("không được khỏe": "don't look well"); today, this morning,
this afternoon or tonight; said, asked ("Trông tôi có ổn không?", "Does she look tired?"), asked why ("Sao trông bạn
buồn thế?") or how ("Trông tôi thế nào?"); and "You look great in that." ("Bạn mặc cái đó trông đẹp lắm."). Left:
"anh", "chị", "em" … alone saying it (the speaker?); how someone feels said plainly (mt/feelings.py), what someone
is like (mt/traits.py), clothes that suit someone (mt/outfits.py), "seem" ("You seem tired.": v8's right), looks in
the past or ahead, "trông như" (looks like), beautiful said in Vietnamese ("đẹp": of a man, handsome), and the rest.
mt.phrasebook.translate tries these after mt/cooking.py.

    >>> translate("Trông bạn mệt quá.", "vi", "en"), translate("She looks happy today.", "en", "vi")
    ('You look so tired.', 'Hôm nay trông cô ấy có vẻ vui.')
"""
from __future__ import annotations

import re

from .feelings import FEELINGS
from .free_time import when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, alternatives, capitalised, keyed
from .weather import DEGREE, EN_DEGREE

# how someone looks: mt.feelings' feelings ("ốm" said as "bị ốm" only) and a few said of looks (the first
# Vietnamese of each English is written back)
LOOKS = {vi: en for vi, en in FEELINGS.items() if en != "free" and vi != "ốm"} | {
    "bị ốm": "sick", "tuyệt": "great", "tuyệt vời": "great", "ổn": "okay", "trẻ": "young"}
LOOKS_VI = {en: vi for vi, en in reversed(LOOKS.items())} | {
    "ill": "bị ốm", "exhausted": "mệt mỏi", "fine": "ổn", "ok": "ổn", "all right": "ổn", "alright": "ổn",
    "beautiful": "đẹp", "lovely": "đẹp", "unwell": "không được khỏe"}
_PLAIN = {"great": "tuyệt lắm", "beautiful": "đẹp lắm", "lovely": "đẹp lắm"}  # said without "có vẻ" ("seems")
_UNMEASURED = {"great", "okay", "well", "fine", "ok", "all right", "alright", "unwell"}  # not "very okay"
_DEGREES_EN = {en: vi for en, vi in EN_DEGREE.items() if en not in ("still", "too")}
_NOW = {"today", "this morning", "this afternoon", "this evening", "tonight"}  # days that "look" (now) is said of
_KEYS = {"vi": lazy(r"(?i:trông|nhìn)"), "en": lazy(r"(?i:\blooks?\b)")}

_DAY_VI = r"(?i:(?:hôm|sáng|chiều|tối)\s+nay)"
# "Trông bạn mệt quá.", "Hôm nay trông cô ấy rất vui.", "Nhìn bạn có vẻ mệt.", "Trông tôi có ổn không?", "Sao trông
# bạn buồn thế?"
_LOOK = lazy(rf"(?:(?P<day0>{_DAY_VI})\s*,?\s+)?(?:(?P<why>(?i:tại\s+sao|sao))\s+)?"
             rf"(?:(?P<look>(?i:trông|nhìn))\s+)?{WHO}(?:\s+(?P<look2>trông))?(?:\s+(?P<seem>có\s+vẻ))?"
             r"(?:\s+(?P<ask>có))?(?:\s+(?P<not>không)(?:\s+(?P<duoc>được))?)?(?:\s+(?P<before>rất|hơi|khá))?"
             rf"\s+(?P<feel>{alternatives(LOOKS)})(?:\s+(?P<after>quá|lắm|ghê|thế))?(?:\s+(?P<day>{_DAY_VI}))?"
             r"(?:\s+(?P<asked>không))?(?:\s+(?P<soft>đấy|vậy|thế|nhỉ|ạ))?\s*(?P<end>[.!?]*)")
# "Trông tôi thế nào?", "Tôi trông thế nào?"
_HOW = lazy(rf"(?:(?P<look>(?i:trông))\s+)?{WHO}(?:\s+(?P<look2>trông))?\s+(?:như\s+)?thế\s+nào{SOFTENED_END}")
# "Bạn mặc cái đó trông đẹp lắm."
_IN_THAT = lazy(rf"{WHO}\s+mặc\s+(?:cái|bộ)\s+(?P<this>này|đó|ấy)\s+(?:trông\s+)?(?:đẹp|tuyệt)"
                r"(?:\s+(?:lắm|quá))?\s*(?P<end>[.!]*)")

# ... and in English ("She looks happy today.", "You don't look well.", "Do I look okay?", "Why do you look so sad?")
_DAY_EN = rf"(?i:{alternatives(_NOW)})"
_LOOK_EN = lazy(rf"(?:(?P<why>Why)\s+(?P<do0>do|does)\s+|(?P<do>Do|Does)\s+)?{WHO_EN}"
                r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+(?P<look>looks?)"
                rf"(?:\s+(?P<degree>{alternatives(_DEGREES_EN)}))?\s+(?P<feel>(?i:{alternatives(LOOKS_VI)}))"
                rf"(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"How\s+(?P<do>do|does)\s+{WHO_EN}\s+look\s*\?+")
_IN_THAT_EN = lazy(rf"{WHO_EN}\s+(?P<look>looks?)\s+(?:great|lovely|beautiful|good|nice)\s+in\s+"
                   r"(?P<this>this|that|it)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how someone looks now; None for any other."""
    if src == "vi":
        return _look(text) or _how(text) or _in_that(text)
    return _look_vi(text) or _how_vi(text) or _in_that_vi(text)


def _day(m: re.Match) -> str | None:
    """The day of a match of _LOOK in English, after a space (" today", " tonight"); "" for none, None for two."""
    if m["day0"] and m["day"]:
        return None
    said = m["day0"] or m["day"]
    return f" {when(said, 'vi')}" if said else ""


def _look(text: str) -> str | None:
    """"Trông bạn mệt quá." as "You look so tired.", "Hôm nay trông cô ấy rất vui." as "She looks very happy
    today.", "Trông bạn không được khỏe." as "You don't look well.", "Trông tôi có ổn không?" as "Do I look okay?",
    "Sao trông bạn buồn thế?" as "Why do you look so sad?" (_LOOK); None for anything else."""
    m = _LOOK.fullmatch(text)
    if not m or bool(m["look"]) == bool(m["look2"]) or (day := _day(m)) is None or m["look"] and keyed(
            m["look"]) == "nhìn" and not m["seem"]:
        return None
    asked, why, yes_no = "?" in m["end"], bool(m["why"]), bool(m["asked"])
    feel = LOOKS[keyed(m["feel"])]
    degree = DEGREE[m["before"] or m["after"]] if m["before"] or m["after"] else ""
    if asked != (why or yes_no) or why and yes_no or m["ask"] and not yes_no or (m["seem"] or m["not"]) and asked \
            or m["soft"] == "đấy" and asked or m["before"] and m["after"] or m["duoc"] and feel != "well":
        return None
    if m["not"] and degree and m["after"] != "lắm" or feel in _UNMEASURED and degree and feel != "great":
        return None
    if (said := who(m, asked)) is None:
        return None
    who_, one = said
    how = f"{'' if feel == 'great' else degree + ' '}{feel}".strip()
    if why:
        so = "so " if m["after"] in ("thế", "quá") or m["soft"] in ("thế", "vậy") else ""
        return None if m["before"] else f"Why {'does' if one else 'do'} {who_} look {so}{feel}{day}?"
    if yes_no:
        return f"{'Does' if one else 'Do'} {who_} look {how}{day}?"
    if m["not"]:
        how = f"very {feel}" if degree else feel
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t look {how}{day}.")
    return capitalised(f"{who_} look{'s' * one} {how}{day}.")


def _how(text: str) -> str | None:
    """"Trông tôi thế nào?" as "How do I look?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    if not m or bool(m["look"]) == bool(m["look2"]) or "?" not in m["end"] or (said := who(m, True)) is None:
        return None
    return f"How {'does' if said[1] else 'do'} {said[0]} look?"


def _in_that(text: str) -> str | None:
    """"Bạn mặc cái đó trông đẹp lắm." as "You look great in that." (_IN_THAT); None for anything else."""
    m = _IN_THAT.fullmatch(text)
    if not m or (said := who(m, False)) is None:
        return None
    who_, one = said
    return capitalised(f"{who_} look{'s' * one} great in {'this' if m['this'] == 'này' else 'that'}.")


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether "do", "does", "don't" … and "look" or "looks" of a match of _LOOK_EN agree with who (`one`: he,
    she, my mother): not "She look", "Does she looks", "I doesn't look"."""
    aux = " ".join((m["do0"] or m["do"] or m["not"] or "").lower().split())
    if aux:
        return m["look"] == "look" and aux.startswith("does") == one
    return (m["look"] == "looks") == one


def _look_vi(text: str) -> str | None:
    """"She looks happy today." as "Hôm nay trông cô ấy có vẻ vui.", "You look so tired." as "Trông bạn mệt quá.",
    "You don't look well." as "Trông bạn không được khỏe.", "Do I look okay?" as "Trông tôi có ổn không?", "Why do
    you look so sad?" as "Sao trông bạn buồn thế?" (_LOOK_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _LOOK_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    asked, feel = "?" in m["end"], keyed(m["feel"])
    degree = keyed(m["degree"] or "")
    if not _agrees(m, one) or asked != bool(m["why"] or m["do"]) or m["not"] and (asked or degree not in ("", "very")):
        return None
    if degree and (feel in _UNMEASURED or feel == "sick") or feel == "unwell" and (m["not"] or asked):
        return None
    vi = LOOKS_VI[feel]
    day = when(m["day"], "en") if m["day"] else ""
    opening = capitalised(f"{day} trông {who_}" if day else f"Trông {who_}")
    before, after = _DEGREES_EN[degree] if degree else ("", "")
    if m["why"]:
        return None if degree not in ("", "so") else f"Sao {f'{day} ' if day else ''}trông {who_} {vi} thế?"
    if m["do"]:
        if degree not in ("", "very", "really", "a bit", "a little"):
            return None
        how = f"hơi {vi}" if before == "hơi" else f"{vi} lắm" if degree else vi
        return f"{opening} có {how} không?"
    if m["not"]:
        well = "được khỏe" if vi == "khỏe" else vi
        return f"{opening} không {well}{' lắm' * bool(degree)}."
    how = " ".join(w for w in (before, vi, after) if w) if degree else _PLAIN.get(feel) or (
        vi if vi.startswith("không") else f"có vẻ {vi}")
    return f"{opening} {how}."


def _how_vi(text: str) -> str | None:
    """"How do I look?" as "Trông tôi thế nào?" (_HOW_EN); None for anything else, and "How does I look?"."""
    m = _HOW_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    return f"Trông {who_} thế nào?" if (m["do"] == "does") == one else None


def _in_that_vi(text: str) -> str | None:
    """"You look great in that." as "Bạn mặc cái đó trông đẹp lắm." (_IN_THAT_EN); None for anything else."""
    m = _IN_THAT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if (m["look"] == "looks") != one:
        return None
    return capitalised(f"{who_} mặc cái {'này' if m['this'] == 'this' else 'đó'} trông đẹp lắm.")
