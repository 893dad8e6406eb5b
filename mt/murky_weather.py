"""Murky weather, both ways, written whole by rule: fog (thick, cleared, driving in it, the road not seen for it), an
overcast or grey sky, muggy or stifling air, the "nồm" that leaves the house wet, and the northeast monsoon, a cold
spell or a cold front coming or come. v8 (rules on) reads "sương mù" as smog or blindness, "u ám" as implying, "gió
mùa đông bắc" as a winter boy, "đợt rét" as a brew, and "overcast" as overloaded, "muggy" as changing, "cold front" as
"before": "Sáng nay sương mù dày đặc." → "This morning, smog is dense.", "Sương mù dày đặc quá, tôi không nhìn thấy
đường." → "The blindness was too thick, I didn't see sugar.", "Hôm nay trời u ám." → "It was implying today.", "Trời
ngột ngạt quá." → "It's suddenly too much.", "Trời nồm quá, nhà ướt hết." → "It's too hard, wet.", "Gió mùa đông bắc
về rồi." → "The winter boy came home.", "Đợt rét mới sắp về." → "The brew is coming back."; "It's very foggy this
morning." → "Sáng nay trời rất có sương mù.", "The fog has cleared." → "Tình trạng đã rõ ràng.", "The cold front has
arrived." → "Trước khi đến.", "It's so humid, everything in the house is damp." → "… đều bị làm ăn.", "It's overcast
today." → "Hôm nay nó quá tải.", "It's so muggy." → "Thật là biến đổi.".

Taken: the whole clauses of _SAID and _SAID_VI, said ("." or "!"); those of fog, an overcast sky and muggy air also
with today, this morning or this afternoon (Vietnamese first, English last: "Sáng nay sương mù rất dày." ↔ "The fog
is very thick this morning."). Left: questions ("Hôm nay có sương mù không?"), any other day (tonight, tomorrow: will
it be?), the past ("Hôm qua sương mù dày đặc."), a bare "không nhìn thấy đường" (who cannot see it?), "gió mùa" without
"đông bắc" and "gió mùa đông bắc về" bare (has it, or will it?), "It's foggy (today)." and "It's so humid." alone
(mt/weather_said.py), "It's grey." and "It's stifling." with no day (a thing, a room?), "Trời âm u." and "Trời oi
(bức)." (mt/weather.py), "nồm" said of the house alone (mt/damp.py), "Sàn nhà ướt hết." alone (a spill?), smog and
haze (mt/air_pollution.py), "thế"/"vậy" statements, and anything else.
mt.phrasebook.translate tries these after mt/photocopies.py.

    >>> translate("Sáng nay sương mù dày đặc.", "vi", "en"), translate("It's overcast today.", "en", "vi")
    ("There's thick fog this morning.", 'Hôm nay trời âm u.')
"""
from __future__ import annotations

import re

from .lazy_re import lazy
from .rule_keys import key_checked
from .text import STRESSED_SAID, alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:sương\s+mù|u\s+ám|xám\s+xịt|ngột\s+ngạt|nồm|gió\s+mùa|đợt\s+rét|không\s+khí\s+lạnh)"),
         "en": lazy(r"(?i:fog|overcast|grey|gray|muggy|stifling|humid|monsoon|cold\s+spell|cold\s+front)")}
# the days of now that a fog, an overcast sky or muggy air is said on (tonight and tomorrow ask "will"; left)
_DAYS = {"hôm nay": "today", "sáng nay": "this morning", "chiều nay": "this afternoon"}
_DAYS_VI = {en: vi for vi, en in _DAYS.items()}

# Vietnamese clauses as English says them; those of _DAYLESS take no day
_FOG = {"có sương mù": "it's foggy", "trời có sương mù": "it's foggy", "trời nhiều sương mù": "it's very foggy",
        "trời nhiều sương mù quá": "it's so foggy", "sương mù dày đặc": "there's thick fog",
        "có sương mù dày đặc": "there's thick fog", "trời có sương mù dày đặc": "there's thick fog",
        "sương mù dày": "the fog is thick", "sương mù rất dày": "the fog is very thick",
        "sương mù khá dày": "the fog is quite thick", "sương mù dày quá": "the fog is so thick",
        "sương mù dày đặc quá": "the fog is so thick", "sương mù dày lắm": "the fog is really thick"}
_GREY = {"trời u ám": "it's overcast", "trời rất u ám": "it's very overcast", "trời u ám quá": "it's so overcast",
         "trời u ám lắm": "it's really overcast", "bầu trời u ám": "the sky is grey",
         "bầu trời xám xịt": "the sky is grey"}
_MUGGY = {"trời ngột ngạt": "it's stifling", "trời rất ngột ngạt": "it's very stifling",
          "trời ngột ngạt quá": "it's so stifling", "trời ngột ngạt lắm": "it's really stifling"}
# the "nồm" that leaves the house wet (the degree of "nồm", and what is wet)
_NOM = {"quá": "so", "lắm": "really"}
_WET = {"nhà ướt hết": "everything in the house is damp", "sàn nhà ướt hết": "the floor is all wet",
        "tường ướt hết": "the walls are all wet", "tường nhà ướt hết": "the walls are all wet"}
_DAYLESS = {
    f"trời nồm {d}, {wet}": f"it's {d_en} humid, {wet_en}" for d, d_en in _NOM.items() for wet, wet_en in _WET.items()
} | {"sương mù tan rồi": "the fog has cleared", "sương mù đã tan": "the fog has cleared",
     "sương mù đã tan rồi": "the fog has cleared", "trời u ám cả ngày": "it's been overcast all day",
     "lái xe cẩn thận khi có sương mù": "drive carefully in the fog",
     "lái xe cẩn thận khi có sương mù nhé": "drive carefully in the fog",
     "lái xe cẩn thận, sương mù dày lắm": "drive carefully, the fog is really thick",
     "sương mù dày quá, tôi không nhìn thấy đường": "the fog is so thick I can't see the road",
     "sương mù dày đặc quá, tôi không nhìn thấy đường": "the fog is so thick I can't see the road",
     "gió mùa đông bắc về rồi": "the northeast monsoon has arrived",
     "gió mùa đông bắc đã về": "the northeast monsoon has arrived",
     "gió mùa đông bắc đã về rồi": "the northeast monsoon has arrived",
     "gió mùa đông bắc sắp về": "the northeast monsoon is coming",
     "gió mùa đông bắc lại về rồi": "the northeast monsoon is back",
     "đợt rét sắp về": "a cold spell is coming", "sắp có đợt rét": "a cold spell is coming",
     "đợt rét mới sắp về": "a new cold spell is coming", "đợt rét đậm sắp về": "a severe cold spell is coming",
     "miền Bắc đang có đợt rét": "the north is having a cold spell",
     "miền Bắc đang có đợt rét đậm": "the north is having a severe cold spell",
     "không khí lạnh đã về": "the cold front has arrived", "không khí lạnh về rồi": "the cold front has arrived",
     "không khí lạnh đã về rồi": "the cold front has arrived", "không khí lạnh sắp về": "a cold front is coming"}
_SAID = {keyed(vi): en for vi, en in (_FOG | _GREY | _MUGGY | _DAYLESS).items()}  # ("miền Bắc" keyed)

# English clauses (keyed: small letters, "it's", "there's") as Vietnamese says them
_FOG_VI = {"it's very foggy": "sương mù rất dày", "it's really foggy": "sương mù rất dày",
           "it's so foggy": "trời nhiều sương mù quá", "there's thick fog": "sương mù dày đặc",
           "there's a thick fog": "sương mù dày đặc", "there's dense fog": "sương mù dày đặc",
           "the fog is thick": "sương mù dày", "the fog is very thick": "sương mù rất dày",
           "the fog is really thick": "sương mù dày lắm", "the fog is quite thick": "sương mù khá dày",
           "the fog is so thick": "sương mù dày quá"}
_GREY_VI = {"it's overcast": "trời âm u", "it's very overcast": "trời rất âm u", "it's so overcast": "trời âm u quá",
            "it's really overcast": "trời âm u lắm", "it's grey": "trời u ám", "it's gray": "trời u ám",
            "it's so grey": "trời u ám quá", "it's so gray": "trời u ám quá", "the sky is grey": "bầu trời u ám",
            "the sky is gray": "bầu trời u ám"}
_MUGGY_VI = {"it's muggy": "trời oi", "it's very muggy": "trời rất oi", "it's so muggy": "trời oi quá",
             "it's really muggy": "trời oi lắm", "it's stifling": "trời ngột ngạt",
             "it's so stifling": "trời ngột ngạt quá", "it's very stifling": "trời rất ngột ngạt"}
_DAYLESS_VI = {en: vi for vi, en in reversed(_DAYLESS.items())} | {
    en.replace(", ", " that "): vi for vi, en in _DAYLESS.items() if vi.startswith("trời nồm")} | {
    "the fog has lifted": "sương mù tan rồi", "the fog has cleared up": "sương mù tan rồi",
    "the fog is so thick that i can't see the road": "sương mù dày quá, tôi không nhìn thấy đường",
    "the northeast monsoon has come": "gió mùa đông bắc về rồi",
    "the northeast monsoon is here": "gió mùa đông bắc về rồi",
    "the northeast monsoon is on its way": "gió mùa đông bắc sắp về", "a cold spell is on its way": "đợt rét sắp về",
    "a cold front has arrived": "không khí lạnh đã về", "a cold front is on its way": "không khí lạnh sắp về"}
_SAID_VI = {en.replace("i can't", "I can't"): vi for en, vi in (_FOG_VI | _GREY_VI | _MUGGY_VI | _DAYLESS_VI).items()}
_SAID_VI_KEYED = {keyed(en): vi for en, vi in _SAID_VI.items()}
_DAYFUL = set(_FOG) | set(_GREY) | set(_MUGGY)
_DAYFUL_EN = {keyed(en) for en in _FOG_VI | _GREY_VI | _MUGGY_VI}
# grey or stifling with no day: "it" may be a thing ("What colour is the car? It's grey.", a room, a job)
_DAY_NEEDED = {said for said in _DAYFUL_EN if said.startswith("it's") and ("gr" in said or "stifling" in said)}

_END = r"\s*(?P<end>[.!]*)"
_SAID_RE = lazy(rf"(?i:(?:(?P<day>{alternatives(_DAYS)})\s*,?\s+)?(?P<said>{alternatives(_SAID)})){_END}")
_SAID_EN = lazy(rf"(?i:(?P<said>{alternatives(_SAID_VI_KEYED)})(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?){_END}")
_BE = lazy(r"^(It|There)\s+is\b", re.IGNORECASE)  # ("It is foggy" as "It's foggy")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a fog, an overcast sky, muggy air, the "nồm" or the northeast monsoon
    or a cold spell coming; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _said(text)
    return _said_vi(_BE.sub(r"\1's", text.replace("’", "'")))


def _said(text: str) -> str | None:
    """"Sáng nay sương mù dày đặc." as "There's thick fog this morning." (_SAID_RE); None for anything else, a day
    with a clause of _DAYLESS, and a question."""
    m = _SAID_RE.fullmatch(text)
    if not m:
        return None
    said = keyed(m["said"])
    if m["day"] and said not in _DAYFUL:
        return None
    day = f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    return capitalised(f"{_SAID[said]}{day}{m['end'] or '.'}")


def _said_vi(text: str) -> str | None:
    """"The fog is very thick this morning." as "Sáng nay sương mù rất dày." (_SAID_EN); None for anything else, a
    day with a clause that takes none, no day with one of _DAY_NEEDED, and a question."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    said = keyed(m["said"])
    if (m["day"] and said not in _DAYFUL_EN) or (not m["day"] and said in _DAY_NEEDED):
        return None
    day = f"{_DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{_SAID_VI_KEYED[said]}{m['end'] or '.'}")
