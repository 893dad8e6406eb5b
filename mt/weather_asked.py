"""The weather asked, somewhere or on a day, both ways, written whole by rule (mt/weather.py writes it said, not asked).
v7: "Đà Lạt có lạnh không?" → "Da Lat Is cold?", "Hà Nội bây giờ có nóng không?" → "Has it hot now?", "Ngày mai trời
có nắng không?" → "Tomorrow, will it sunshine?"; "Is it hot in Hanoi now?" → "Bây giờ nó nóng ở Hà Nội?" (it, a
thing), "Will it rain tomorrow?" → "Liệu nó có mưa ngày mai không?", "How's the weather today?" → "Hôm nay là thời
tiết như thế nào?".

The weather is a word of mt.weather.LIKE or rain; the place one by its name (mt.people.named_place); the day one of
_WHEN. mt.phrasebook.translate tries these after mt/visits.py.

    >>> translate("Đà Lạt có lạnh không?", "vi", "en"), translate("Will it rain tomorrow?", "en", "vi")
    ('Is it cold in Da Lat?', 'Ngày mai trời có mưa không?')
"""
from __future__ import annotations

from .ever import PRONOUNS
from .lazy_re import lazy
from .people import named_place
from .text import alternatives, capitalised, keyed
from .weather import EN_LIKE, LIKE

# when, and whether English asks it with "will"
_WHEN = {"bây giờ": ("now", False), "hiện giờ": ("now", False), "hôm nay": ("today", False),
         "tối nay": ("tonight", True), "ngày mai": ("tomorrow", True), "mai": ("tomorrow", True),
         "cuối tuần này": ("this weekend", True), "mùa này": ("this season", False)}
_WHEN_VI = {en: vi for vi, (en, _) in reversed(_WHEN.items())}
_WORDS = {**LIKE, "mưa": "rain"}
# (its name, not "trời" nor a day after it: "Ở Đà Lạt ngày mai trời …")
_PLACE = r"[^\W\d_]+(?:\s+(?!(?:trời|ngày|hôm|bây|hiện|tối|mai|cuối|mùa)(?!\w))[^\W\d_]+){0,2}"
_PLACE_EN = r"[A-Z][\w']*(?:\s+[A-Z][\w']*){0,2}"
_ASKED = lazy(rf"(?:(?P<when>(?i:{alternatives(_WHEN)}))\s+)?(?:(?P<at>[Ởở]\s+)?(?P<place>(?!(?:trời|sẽ)(?!\w))"
              rf"{_PLACE})\s+)?"
              rf"(?:(?P<when2>(?i:{alternatives(_WHEN)}))\s+)?(?:trời\s+)?(?:sẽ\s+)?có\s+"
              rf"(?P<w>{alternatives(_WORDS)})\s+không(?:\s+(?:vậy|nhỉ|ạ))?\s*\?+")
_ASKED_EN = lazy(rf"(?P<be>Is|Will)\s+it\s+(?:be\s+)?(?P<w>{alternatives(EN_LIKE)}|rain|raining)"
                 rf"(?:\s+in\s+(?P<place>{_PLACE_EN}))?(?:\s+(?P<when>{alternatives(_WHEN_VI)}))?\s*\?+")
_LIKE_EN = lazy(r"(?:What(?:['’]s|\s+is)\s+the\s+weather\s+like|How(?:['’]s|\s+is)\s+the\s+weather)"
                rf"(?:\s+in\s+(?P<place>{_PLACE_EN}))?(?:\s+(?P<when>today|now|this\s+season))?\s*\?+")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks the weather; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _asked(text)
    return _asked_vi(text) if (src, tgt) == ("en", "vi") else None


def _place(said: str | None, src: str) -> str | None:
    """A place by its name in the other language ("" for none); None for one not known."""
    return named_place(said, src) if said else ""


def _asked(text: str) -> str | None:
    """"Đà Lạt có lạnh không?" as "Is it cold in Da Lat?", "Ngày mai trời có mưa không?" as "Will it rain
    tomorrow?" (_ASKED); None for anything else."""
    m = _ASKED.fullmatch(text)
    if not m or m["when"] and m["when2"] or (place := _place(m["place"], "vi")) is None:
        return None
    if m["place"] and not m["at"] and keyed(m["place"]) in PRONOUNS:  # ("Anh có lạnh không?": are you cold, not the UK)
        return None
    when, will = _WHEN[keyed(m["when"] or m["when2"])] if (m["when"] or m["when2"]) else ("", False)
    word = _WORDS[keyed(m["w"])]
    if word == "rain":
        asked = "Will it rain" if will or when == "today" else "Is it raining"
    else:
        asked = f"Will it be {word}" if will else f"Is it {word}"
    return " ".join(w for w in (asked, f"in {place}" if place else "", when) if w) + "?"


def _asked_vi(text: str) -> str | None:
    """"Is it hot in Hanoi now?" as "Bây giờ ở Hà Nội trời có nóng không?", "Will it rain tomorrow?" as "Ngày mai
    trời có mưa không?", "What's the weather like in Hue?" as "Thời tiết ở Huế thế nào?" (_ASKED_EN, _LIKE_EN); None
    for anything else."""
    if m := _LIKE_EN.fullmatch(text):
        if (place := _place(m["place"], "en")) is None:
            return None
        when = _WHEN_VI[" ".join(m["when"].split())] if m["when"] else ""
        return capitalised(" ".join(w for w in ("thời tiết", f"ở {place}" if place else "", when, "thế nào?") if w))
    m = _ASKED_EN.fullmatch(text)
    if not m or (place := _place(m["place"], "en")) is None:
        return None
    when = _WHEN_VI[" ".join(m["when"].split())] if m["when"] else ""
    if m["w"].startswith("rain"):
        word = "đang mưa" if m["w"] == "raining" else "mưa"
    elif m["be"] == "Will" and "be" not in text.split()[2:3]:
        return None  # ("Will it cold?")
    else:
        word = EN_LIKE[m["w"]]
    return capitalised(" ".join(w for w in (when, f"ở {place}" if place else "", "trời có", word, "không?") if w))
