"""An appointment someone has, with whom, at what time and on what day, both ways, written whole by rule; with
someone by name or kin, or "you", "him", a meeting (Vietnamese to English). v7: "Tôi có hẹn với bác sĩ lúc 3 giờ." →
"I'm an appointment with your doctor at 3:00.", "Tôi có hẹn với Lan vào thứ Bảy." → ….

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); whom one of WHOM or someone as mt/hobbies.py
reads them; a time one mt.dates reads whole after "lúc" or "at" (`dates.clock`), a day one it reads whole
(`dates.whole`). mt.phrasebook.translate tries these after mt/rentals.py.

    >>> translate("Tôi có hẹn với bác sĩ lúc 3 giờ chiều.", "vi", "en")
    'I have an appointment with the doctor at 3 p.m.'
    >>> translate("She has an appointment with the dentist tomorrow.", "en", "vi")
    'Cô ấy có hẹn với nha sĩ ngày mai.'
"""
from __future__ import annotations

from . import dates
from .hobbies import WHO, WHO_EN, as_whom, someone, who, who_vi
from .lazy_re import lazy
from .text import EN_DAYS, EN_OBJECT_VI, be, capitalised, contracted, keyed

# whom one has an appointment with (the first Vietnamese of each is written back); anyone else, by a pronoun, kin or
# name, is met ("hẹn với Lan": meeting her)
WHOM = {"bác sĩ": "the doctor", "nha sĩ": "the dentist", "khách hàng": "a client", "sếp": "my boss",
        "giám đốc": "the director", "luật sư": "a lawyer", "thầy giáo": "my teacher", "cô giáo": "my teacher"}
WHOM_VI = {en: vi for vi, en in reversed(WHOM.items())} | {
    "my doctor": "bác sĩ", "a doctor": "bác sĩ", "my dentist": "nha sĩ", "a dentist": "nha sĩ",
    "the boss": "sếp", "my lawyer": "luật sư", "the lawyer": "luật sư"}
_DAY = r"(?:hôm\s+nay|ngày\s+mai|ngày\s+kia|sáng\s+nay|chiều\s+nay|tối\s+nay|sáng\s+mai|chiều\s+mai|tối\s+mai|" \
       r"(?:vào\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+tuần\s+sau)?)"
_SAID = lazy(rf"(?:(?P<day0>(?i:{_DAY}))\s+)?{WHO}\s+(?:(?P<will>sẽ)\s+)?có\s+(?:một\s+)?(?:cuộc\s+|buổi\s+|"
             r"lịch\s+)?hẹn(?:\s+với\s+(?P<whom>[^,.!?]+?))?(?:\s+(?:vào\s+)?lúc\s+(?P<time>[^,.!?]+?))?"
             rf"(?:\s+(?P<day>(?i:{_DAY})))?\s*(?P<end>[.!]*)")
_DAY_EN = (r"(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening)|"
           r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|next\s+(?:Monday|Tuesday|Wednesday|"
           r"Thursday|Friday|Saturday|Sunday|week))")
_SAID_EN = lazy(rf"{WHO_EN}\s*(?P<have>['’]ve\s+got|['’]s\s+got|\s+have\s+got|\s+has\s+got|\s+have|\s+has|"
                r"(?P<will>['’]ll|\s+will)\s+have)\s+an?\s+appointment(?:\s+with\s+(?P<whom>[^,.!?]+?))?"
                rf"(?:\s+at\s+(?P<time>[^,.!?]+?))?(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who has an appointment, with whom and when; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _appointment(text)
    return _appointment_vi(text) if (src, tgt) == ("en", "vi") else None


def _appointment(text: str) -> str | None:
    """"Tôi có hẹn với bác sĩ lúc 3 giờ chiều." as "I have an appointment with the doctor at 3 p.m.", "Ngày mai mẹ
    tôi có hẹn với nha sĩ." as "My mother has an appointment with the dentist tomorrow." (_SAID); None for anything
    else, and where whom, the time or the day is not read whole."""
    m = _SAID.fullmatch(text)
    if not m or m["day0"] and m["day"] or not (said := who(m, False)):
        return None
    who_, one = said
    said_day = m["day0"] or m["day"]
    whom = m["whom"] and (WHOM.get(keyed(m["whom"])) or as_whom(m["whom"], "vi"))
    time = m["time"] and dates.clock(m["time"], "vi", "en")
    day = said_day and dates.whole(said_day, "vi", "en")
    if m["whom"] and not whom or m["time"] and not time or said_day and not day:
        return None
    if day and day.split()[0] in EN_DAYS:  # ("thứ Bảy" without "vào": "on Saturday")
        day = f"on {day}"
    if m["whom"] and keyed(m["whom"]) not in WHOM:
        said = [contracted(who_, f"{be(who_)} meeting") if not m["will"] else f"{who_} will be meeting", whom]
    else:
        have = "will have" if m["will"] else "has" if one else "have"
        said = [who_, have, "an appointment", whom and f"with {whom}"]
    said = " ".join(w for w in (*said, time and f"at {time}", day) if w)
    return capitalised(said.removesuffix(".")) + (m["end"] or ".")


def _appointment_vi(text: str) -> str | None:
    """"She has an appointment with the dentist tomorrow." as "Cô ấy có hẹn với nha sĩ vào ngày mai." (_SAID_EN);
    None for anything else, where "have" does not agree with who, and where whom, the time or the day is not read
    whole."""
    m = _SAID_EN.fullmatch(text)
    if m is None:
        return None
    who_, one = who_vi(m)
    have = keyed(m["have"]).replace("’", "'")
    if not m["will"] and ("has" in have or "'s" in have) != one:
        return None
    whom = m["whom"] and (WHOM_VI.get(keyed(m["whom"])) or EN_OBJECT_VI.get(keyed(m["whom"])) or
                          someone(m["whom"], "en"))
    time = m["time"] and dates.clock(m["time"], "en", "vi")
    day = m["day"] and dates.whole(m["day"], "en", "vi")
    if m["whom"] and not whom or m["time"] and not time or m["day"] and not day:
        return None
    said = " ".join(w for w in (who_, "sẽ" if m["will"] else "", "có hẹn", whom and f"với {whom}",
                                time and f"lúc {time}", day) if w)
    return capitalised(said.removesuffix(".")) + (m["end"] or ".")
