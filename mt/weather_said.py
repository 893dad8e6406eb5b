"""The weather said in English in a sentence of its own, written whole in Vietnamese by rule, the day first as
Vietnamese says it: "It's very cold today." → "Hôm nay trời rất lạnh.", "It's raining again." → "Trời lại mưa rồi.",
"It's going to rain tomorrow." → "Ngày mai trời sẽ mưa.". mt/weather.py gives the model the clause "trời rất lạnh"
as a term, which v7 then writes after the day ("Trời rất lạnh hôm nay.", "Trời đang mưa lần nữa."), and takes "It's
a bit cold." without a day as said of a thing (it may be the soup), which v7 writes "Đó là một chút lạnh.". A
sentence of its own that says only how cold or hot it is says it of the weather; "warm", "cool", "nice" or "dark"
only with a day or a place (said of a thing as often).

The weather a word of mt.weather.EN_LIKE or rain, how much one of mt.weather.EN_DEGREE, the day one mt.free_time.when
reads, a place one mt.people.named_place knows. Vietnamese to English is mt/weather.py's. mt.phrasebook.translate tries
these after mt/arrivals.py.

    >>> translate("It's very cold today.", "en", "vi"), translate("It's raining again.", "en", "vi")
    ('Hôm nay trời rất lạnh.', 'Trời lại mưa rồi.')
"""
from __future__ import annotations

import re

from .free_time import when
from .lazy_re import lazy
from .people import named_place
from .text import alternatives, capitalised
from .weather import EN_DEGREE, EN_LIKE, EN_WEATHER_ONLY

# the English verb, and what Vietnamese says before the weather for it ("sẽ": will; a day behind says the past itself)
_BE = {"'s": "", "is": "", "was": "", "will be": "sẽ", "'ll be": "sẽ", "'s going to be": "sẽ",
       "is going to be": "sẽ", "'s getting": "đang trở", "is getting": "đang trở"}
_BE_SAID = (r"(?P<be>'s(?:\s+going\s+to\s+be|\s+getting)?|'ll\s+be|\s+is(?:\s+going\s+to\s+be|\s+getting)?|\s+was|"
            r"\s+will\s+be)")
_DAY = r"(?P<day>today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|weekend)|last\s+night)"
_PLACE = r"in\s+(?P<place>[A-Z][\w']*(?:\s+[A-Z][\w']*){0,2})"
_AFTER = rf"(?:\s+{_PLACE})?(?:\s+{_DAY})?(?:\s+(?P<again>again))?\s*(?P<end>[.!]*)"
_SAID = lazy(rf"It{_BE_SAID}(?:\s+(?P<d>{alternatives(EN_DEGREE)}))?\s+(?P<w>{alternatives(EN_LIKE)}){_AFTER}")
# said alone, what is said only of the weather (mt.weather.EN_WEATHER_ONLY) and how cold or hot it is; anything else
# ("warm", "nice") is said of a thing as often, and a day or a place must show it is the weather (IWSLT tst2013: "So we
# still have the specimen here. It's quite warm.")
_ALONE = EN_WEATHER_ONLY | {"cold", "hot"}
# rain: now (and what is coming), will, or did
_RAIN = {"raining": "đang mưa", "going to rain": "sẽ mưa", "starting to rain": "bắt đầu mưa",
         "snowing": "đang có tuyết"}
_GAP = r"\s+"
_HOW = {"hard": "to", "heavily": "to", "a lot": "nhiều", "all day": "cả ngày"}
_RAINING = lazy(rf"It(?:(?:'s|\s+is)\s+(?P<rain>{alternatives(_RAIN).replace(' ', _GAP)})|"
                rf"(?P<will>'ll|\s+will)\s+rain|\s+(?P<past>rained))(?:\s+(?P<how>{alternatives(_HOW)}))?"
                rf"{_AFTER}")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of an English sentence that says the weather; None for any other (and from Vietnamese)."""
    if (src, tgt) != ("en", "vi"):
        return None
    text = " ".join(text.replace("’", "'").split())
    return _said(text) or _raining(text)


def _where_when(m: re.Match) -> tuple[str, str] | None:
    """The place ("ở Huế") and the day ("hôm nay") of a match in Vietnamese ("" for none); None for one not known."""
    place = m["place"] and named_place(m["place"], "en")
    day = when(m["day"], "en")
    return None if m["place"] and not place or day is None else (f"ở {place}" if place else "", day)


def _said(text: str) -> str | None:
    """"It's very cold today." as "Hôm nay trời rất lạnh.", "It was so hot in Hue yesterday." as "Hôm qua ở Huế trời
    nóng quá.", "It's a bit cold." as "Trời hơi lạnh." (_SAID); None for anything else, and for the past or the future
    without a day ("It was cold.": when is not said) or with a day that does not go with it."""
    if not (m := _SAID.fullmatch(text)) or not (where := _where_when(m)) or \
            m["w"] not in _ALONE and not (m["day"] or m["place"]):
        return None
    be = " ".join(m["be"].split())
    behind, ahead = m["day"] in ("yesterday", "last night"), m["day"] == "tomorrow"
    if (be == "was") != behind or ahead and _BE[be] != "sẽ" or m["d"] and m["w"] == "foggy":
        return None  # (a degree before "foggy": mt/murky_weather.py says how thick the fog is)
    before, after = EN_DEGREE.get(m["d"] or "", ("", ""))
    said = " ".join(w for w in (where[1], where[0], "trời", "lại" if m["again"] else "", _BE[be], before,
                                EN_LIKE[m["w"]], after, "rồi" if m["again"] else "") if w)
    return capitalised(said + (m["end"] or "."))


def _raining(text: str) -> str | None:
    """"It's raining again." as "Trời lại mưa rồi.", "It rained all day yesterday." as "Hôm qua trời mưa cả ngày.",
    "It's going to rain tomorrow." as "Ngày mai trời sẽ mưa." (_RAINING); None for anything else, and where the tense
    and the day do not go together."""
    if not (m := _RAINING.fullmatch(text)) or not (where := _where_when(m)):
        return None
    behind, ahead = m["day"] in ("yesterday", "last night"), m["day"] == "tomorrow"
    verb = "sẽ mưa" if m["will"] else "mưa" if m["past"] else _RAIN[" ".join(m["rain"].split())]
    if behind != bool(m["past"]) or ahead and "sẽ" not in verb:
        return None  # ("It rained." says no day; "It's raining yesterday.")
    if m["again"]:  # ("lại": again, before the verb; "rồi" ends it)
        verb = "lại " + verb.removeprefix("đang ")
    said = " ".join(w for w in (where[1], where[0], "trời", verb, _HOW.get(m["how"] or "", ""),
                                "rồi" if m["again"] and verb == "lại mưa" else "") if w)
    return capitalised(said + (m["end"] or "."))
