"""The weather said with "trời" (the sky) opening a clause, written by rule in English: "it's cold", "it was very
hot", "it's going to rain"; and "it" before the weather in English as Vietnamese says it ("trời lạnh").

Vietnamese says the weather with "trời" and a word for what it is like ("Trời lạnh quá.", it's so cold), and v6
translated the sky or lost the verb: "Trời lạnh quá." → "The cold is too cold.", "Hôm nay trời lạnh quá." → "The sky
is too cold today.", "Trời đang mưa." → "It's rain.", "Ngày mai trời sẽ nắng." → "Tomorrow, the sun will
sunshine.". The clause from "trời" to its weather word goes to the model as English (a term, mt/terms.py), in the
tense its words and the sentence's day say. Only where "trời" opens the clause, after a day or a place at most
("Hôm nay trời …", "Ở Hà Nội trời …") or "if" ("Nếu trời mưa", if it rains): not "mặt trời", "bầu trời" (the sun,
the sky), nor a question ("Trời có lạnh không?").
"""
from __future__ import annotations

import re

from .dates import VI_DAYS_BEHIND
from .glossary import Match
from .lazy_re import lazy
from .text import alternatives

LIKE = {"lạnh": "cold", "rét": "freezing", "nóng": "hot", "nóng bức": "hot and humid", "oi": "humid",
         "oi bức": "hot and humid", "mát": "cool", "ấm": "warm", "ấm áp": "warm", "đẹp": "nice", "nắng": "sunny",
         "nắng to": "very sunny", "âm u": "overcast", "nhiều mây": "cloudy", "có mây": "cloudy", "gió": "windy",
         "nhiều gió": "windy", "tối": "dark", "khô": "dry", "ẩm": "humid"}
_RAIN = {"mưa": "", "mưa to": "hard", "mưa lớn": "hard", "mưa nhỏ": "lightly", "mưa phùn": "lightly"}
# how much, before the weather word and after it (and how someone feels: mt/feelings.py)
DEGREE = {"rất": "very", "hơi": "a bit", "khá": "quite", "quá": "so", "lắm": "really", "ghê": "so", "thế": "so"}
_WHEN = ("đang", "sẽ", "sắp", "đã", "vẫn", "bắt đầu", "cũng", "lại")
_WORD = "|".join(sorted([*LIKE, *_RAIN], key=len, reverse=True))
_WEATHER = lazy(rf"(?<!\w)[Tt]rời(?P<when>(?:\s+(?:{'|'.join(_WHEN)}))*)(?:\s+(?P<before>rất|hơi|khá))?"
                rf"\s+(?P<w>{_WORD})(?:\s+(?P<after>quá|lắm|ghê|thế))?(?:\s+rồi)?"
                r"(?=\s*(?:[,.!…;]|$|(?:và|nhưng|nên)(?!\w)))")
# what may come before "trời" in its clause (and who, mt/feelings.py): a day or a part of one, "now", a place
OPENING = lazy(r"(?i:(?P<if>nếu|khi|hễ)\s+|(?:(?:hôm|ngày|sáng|trưa|chiều|tối|đêm|tuần|tháng|năm|mùa)\s+"
               r"(?:nay|qua|mai|kia|sau|tới|trước|ngoái|này|hè|đông|xuân|thu)|ngày\s+mai|mai|bây\s+giờ|"
               r"hiện\s+giờ|lúc\s+này|dạo\s+này)"
               r"(?:\s*,)?|ở\s+(?:đây|đó|[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*)(?:\s*,)?)?\s*")
PAST = lazy(rf"(?<!\w)(?:{VI_DAYS_BEHIND})(?!\w)", re.IGNORECASE)
AHEAD = lazy(r"(?<!\w)(?:ngày\s+mai|mai|sáng\s+mai|chiều\s+mai|tối\s+mai|tuần\s+sau|tuần\s+tới|ngày\s+kia)"
             r"(?!\w)", re.IGNORECASE)


# the other way: "it" and the weather after it, as Vietnamese says it with "trời" (v6: "It was very cold yesterday." →
# "Nó rất lạnh hôm qua." (it, a thing), "It will be sunny tomorrow." → "Đó sẽ là mặt trờiny …"); a word that is said
# of things too ("It's too hot" may be the soup) only with a day or "outside" in the sentence
EN_LIKE = {"cold": "lạnh", "freezing": "rét", "hot": "nóng", "warm": "ấm", "cool": "mát", "sunny": "nắng",
            "windy": "nhiều gió", "cloudy": "nhiều mây", "humid": "oi", "rainy": "mưa", "foggy": "có sương mù",
            "nice": "đẹp", "dark": "tối"}
EN_WEATHER_ONLY = {"sunny", "windy", "cloudy", "rainy", "foggy", "freezing", "humid"}
# "foggy" after a degree: "nhiều sương mù" ("rất có sương mù" is not said), and only after one that goes before it
_FOGGY_DEGREES = {"very", "really", "so", "too", "extremely"}
# (and mt.terms._used_to: "used to be very shy")
EN_DEGREE = {"very": ("rất", ""), "really": ("rất", ""), "so": ("", "quá"), "too": ("", "quá"), "quite": ("khá", ""),
             "a bit": ("hơi", ""), "a little": ("hơi", ""), "pretty": ("khá", ""), "rather": ("khá", ""),
             "extremely": ("cực kỳ", ""), "still": ("vẫn", "")}
_EN_WEATHER = lazy(r"(?<!\w)[Ii]t(?P<be>['’]s|\s+is|\s+was|\s+will\s+be|['’]ll\s+be|['’]s\s+going\s+to\s+be|"
                   r"\s+is\s+going\s+to\s+be|\s+gets?|\s+got|['’]s\s+getting|\s+is\s+getting)"
                   rf"(?:\s+(?P<d>{'|'.join(EN_DEGREE)}))?\s+(?P<w>{'|'.join(EN_LIKE)})(?!\w)"
                   r"(?!\s+(?:to|for|of)\b)")
_EN_DAY = lazy(r"(?i:\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week)|"
               r"last\s+night|outside|out\s+there|"
               r"in\s+(?:winter|summer|the\s+(?:morning|evening|north|south|mountains))|"
               r"weather)\b)")


# en→vi: a storm by its name, as Vietnamese calls it ("Hurricane Katrina" → "bão Katrina"); v6 left the kind in
# English ("… sau khi Hurricane Katrina", "Tropical Storm Danielle, …", "… một hurricane"): the kind goes first in
# both languages, so the name stays where it is
_EN_STORMS = {"Hurricane": "bão", "Typhoon": "bão", "Cyclone": "bão", "Storm": "bão", "Super Typhoon": "siêu bão",
              "Tropical Storm": "bão nhiệt đới", "Tropical Cyclone": "bão nhiệt đới",
              "Subtropical Storm": "bão cận nhiệt đới", "Tropical Depression": "áp thấp nhiệt đới"}
_EN_NOT_A_NAME = {"Center", "Centre", "Season", "Scale", "Warning", "Watch", "Hunters", "Category", "Damage", "Relief"}
_IN_A_NAME = lazy(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*\s+$")  # ("Operation Desert Storm", "the National Hurricane")
_EN_STORM = lazy(rf"(?<![\w-])(?P<kind>{alternatives(_EN_STORMS)})\s+(?P<name>[A-Z][a-z]+)(?![\w-])")


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The weather clauses of a sentence in `src`, each in `tgt`, Vietnamese to English and back; in English, storms
    by their name."""
    if (src, tgt) == ("en", "vi"):
        return [Match(*m.span(), said, "term") for m in _EN_WEATHER.finditer(text)
                if (m.group("w") in EN_WEATHER_ONLY or _EN_DAY.search(text)) and (said := _en_said(m))] + \
            [Match(*m.span(), f"{_EN_STORMS[' '.join(m['kind'].split())]} {m['name']}", "term")
             for m in _EN_STORM.finditer(text)
             if m["name"] not in _EN_NOT_A_NAME and not _IN_A_NAME.search(text[:m.start()])]
    if (src, tgt) != ("vi", "en"):
        return []
    out = []
    for m in _WEATHER.finditer(text):
        clause = re.split(r"[,;:.!?]\s*", text[: m.start()])[-1]
        if not (opening := OPENING.fullmatch(clause)):
            continue
        sentence = re.split(r"[.!?]\s", text[: m.start()])[-1] + text[m.start():].split(".")[0]
        when = " ".join(m.group("when").split())
        time = "if" if opening.group("if") else "past" if "đã" in when or PAST.search(sentence) else (
            "going" if "sắp" in when else "will" if "sẽ" in when or AHEAD.search(sentence) else "now")
        out.append(Match(m.start(), m.end(), _said(m, when, time), "term"))
    return out


def _said(m: re.Match, when: str, time: str) -> str:
    """"it's so cold", "it was raining hard", "it will be sunny" … for a match of _WEATHER, whose words for when
    (`when`, "đang", "bắt đầu" …) are of no other tense than `time`."""
    degree = DEGREE.get(m.group("before") or m.group("after") or "", "")
    still, started = "still" if "vẫn" in when else "", "bắt đầu" in when
    word = " ".join(m.group("w").split())
    if word in _RAIN:
        how = _RAIN[word]
        said = {"past": "it rained", "going": "it's going to rain", "will": "it will rain", "now": "it's raining",
                "if": "it rains"}[time]
        if started:
            said = {"past": "it started to rain", "will": "it will start to rain"}.get(time, "it's starting to rain")
        if still:
            said = said.replace("it's", "it's still").replace("it was", "it was still")
        return " ".join(w for w in (said, how) if w)
    be = {"past": "it was", "going": "it's going to be", "will": "it will be", "now": "it's", "if": "it's"}[time]
    if started:
        be = {"past": "it got", "will": "it will get"}.get(time, "it's getting")
    return " ".join(w for w in (be, still, degree, LIKE[word]) if w)


def like_said(word: str, degree: str | None) -> str | None:
    """The Vietnamese of a word of EN_LIKE after `degree` (a word of EN_DEGREE, or None): "foggy" after "very" is
    "nhiều sương mù"; None for "foggy" after "a bit", "quite" …"""
    if word != "foggy" or not degree:
        return EN_LIKE[word]
    return "nhiều sương mù" if degree in _FOGGY_DEGREES else None


def _en_said(m: re.Match) -> str | None:
    """"trời rất lạnh", "trời sẽ nắng", "trời lạnh quá" … for a match of _EN_WEATHER; None where the degree does not
    go with the word (like_said)."""
    be = " ".join(m.group("be").replace("’", "'").split())
    when = "sẽ" if "will" in be or "'ll" in be or "going" in be else "bắt đầu" if "get" in be or "got" in be else ""
    before, after = EN_DEGREE.get(m.group("d") or "", ("", ""))
    like = like_said(m.group("w"), m.group("d"))
    return like and " ".join(w for w in ("trời", when, before, like, after) if w)
