"""When a place opens or closes, or a train, a bus or a flight leaves or arrives, said (asked is mt.patterns'), the
days a place is closed, and how often a bus or a train runs, both ways, written whole by rule. v6: "Cửa hàng đóng cửa
lúc 10 giờ tối." → "The closing window at 10 p.m.", "Tàu chạy lúc 7 giờ sáng." → "It runs at 7 a.m.", "Cứ 15 phút
có một chuyến xe buýt." → "Every 15 minutes have a bus trip."; "The train leaves at 7 am." → "Chiếc xe lửa lúc 7 giờ
sáng." (the leaving lost), "The post office is closed at weekends." → "Bài viết này đã đóng cửa vào cuối tuần." (a
piece of writing), "How often does the bus come?" → "Xe buýt xảy ra bao nhiêu?".

What is one of the things of mt.patterns.TIMED (a class, a meeting, a party too) and its doing one of its doings; a
time or a weekday is one mt.dates reads whole (`dates.clock`, `dates.whole`). A vehicle may be the first, the last or
the next ("Chuyến tàu cuối cùng", the last train). mt.phrasebook.translate tries these after mt/mishaps.py.

    >>> translate("Ngân hàng đóng cửa lúc 5 giờ chiều.", "vi", "en")
    'The bank closes at 5 p.m.'
    >>> translate("There's a bus every 15 minutes.", "en", "vi")
    'Cứ 15 phút lại có một chuyến xe buýt.'
"""
from __future__ import annotations

import re

from . import dates, spans
from .lazy_re import lazy
from .patterns import TIMED
from .rule_keys import agreement_checked
from .tense import said_of_one
from .text import alternatives, capitalised, keyed

(_THINGS, _DOINGS), (_THINGS_VI, _DOINGS_VI) = TIMED["vi", "en"], TIMED["en", "vi"]
# the English verb after a thing ("leaves", "takes off") and the doing it is
_DOES = {said_of_one(do): do for do in _DOINGS_VI}
_DOES_SAID = {do: said for said, do in _DOES.items()}
# what goes by "chuyến" (a trip) in Vietnamese: the first, the last or the next of these is said
_VEHICLES = {"tàu": "train", "tàu hỏa": "train", "xe lửa": "train", "xe buýt": "bus", "phà": "ferry", "bay": "flight"}
_VEHICLES_VI = {en: vi for vi, en in reversed(_VEHICLES.items())}
_WHICH = {"đầu tiên": "first", "cuối cùng": "last", "cuối": "last", "tiếp theo": "next", "kế tiếp": "next"}
_WHICH_VI = {en: vi for vi, en in reversed(_WHICH.items())}
_END = r"(?:\s+(?:nhé|đấy|ạ))?\s*(?P<end>[.!]*)"
_DAILY = {"hằng ngày": "every day", "hàng ngày": "every day", "mỗi ngày": "every day"}
_DAILY_VI = {"every day": "hằng ngày", "daily": "hằng ngày"}
_THING = (rf"(?P<chuyen>[Cc]huyến\s+)?(?P<what>(?i:{alternatives(_THINGS)}))(?:\s+(?P<which>{alternatives(_WHICH)}))?"
          r"(?:\s+(?P<this>này))?")
_THING_EN = (rf"(?P<this>[Tt]he|[Tt]his)\s+(?:(?P<which>{alternatives(_WHICH_VI)})\s+)?"
             rf"(?P<what>{alternatives(_THINGS_VI)})")
# a time ("Ngân hàng đóng cửa lúc 5 giờ chiều.", "The bank closes at 5 pm.")
_AT = lazy(rf"{_THING}\s+(?P<will>sẽ\s+)?(?P<do>{alternatives(_DOINGS)})\s+(?:vào\s+)?lúc\s+(?P<time>[^.!?]+?)"
           rf"(?:\s+(?P<daily>{alternatives(_DAILY)}))?{_END}")
_AT_EN = lazy(rf"{_THING_EN}\s+(?:(?P<will>will)\s+(?P<do_will>{alternatives(_DOINGS_VI)})|"
              rf"(?P<do>{alternatives(_DOES)}))\s+at\s+(?P<time>[^.!?]+?)"
              rf"(?:\s+(?P<daily>{alternatives(_DAILY_VI)}))?\s*(?P<end>[.!]*)")
# open from one time to another ("Chợ mở cửa từ 5 giờ sáng đến 6 giờ chiều.", "The market is open from 5 am to 6 pm.")
_FROM_TO = lazy(rf"{_THING}\s+mở(?:\s+cửa)?\s+từ\s+(?P<start>[^.!?]+?)\s+(?:đến|tới)\s+(?P<stop>[^.!?]+?)"
                rf"(?:\s+(?P<daily>{alternatives(_DAILY)}))?{_END}")
_FROM_TO_EN = lazy(rf"{_THING_EN}\s+is\s+open\s+from\s+(?P<start>[^.!?]+?)\s+(?:to|until|till)\s+"
                   rf"(?P<stop>[^.!?]+?)(?:\s+(?P<daily>{alternatives(_DAILY_VI)}))?\s*(?P<end>[.!]*)")
# closed on a day, open every day or all day and night
# (the days that are not a weekday; a weekday is read by mt.dates, and is "on Mondays" only where Vietnamese says
# every one: "vào các ngày thứ Hai"; "vào thứ Hai" may be the next one)
_DAYS_OFF = {"cuối tuần": "at weekends", "ngày lễ": "on public holidays", "các ngày lễ": "on public holidays",
             "hôm nay": "today", "ngày mai": "tomorrow"}
_DAYS_OFF_VI = {"at weekends": "vào cuối tuần", "on weekends": "vào cuối tuần", "at the weekend": "vào cuối tuần",
                "on public holidays": "vào các ngày lễ", "on holidays": "vào các ngày lễ", "today": "hôm nay",
                "tomorrow": "ngày mai"}
_CLOSED = lazy(rf"{_THING}\s+(?:đóng\s+cửa|nghỉ|không\s+mở\s+cửa|không\s+làm\s+việc)\s+(?:vào\s+)?"
               rf"(?:(?P<every>các|mỗi|hằng|hàng)\s+)?(?:ngày\s+(?=th|ch))?(?P<day>[^.!?]+?){_END}")
_CLOSED_EN = lazy(rf"{_THING_EN}\s+is\s+closed\s+(?P<day>[^.!?]+?)\s*(?P<end>[.!]*)")
ALWAYS = {"hằng ngày": "every day", "hàng ngày": "every day", "mỗi ngày": "every day", "cả tuần": "seven days a week",
           "tất cả các ngày trong tuần": "seven days a week", "7 ngày trong tuần": "seven days a week",
           "24/24": "24 hours a day", "24/7": "24 hours a day", "24 giờ": "24 hours a day",
           "suốt ngày đêm": "24 hours a day", "cả ngày lẫn đêm": "24 hours a day"}
ALWAYS_VI = {"every day": "hằng ngày", "daily": "hằng ngày", "seven days a week": "cả tuần",
              "7 days a week": "cả tuần", "24 hours a day": "24/24", "24 hours": "24/24", "24/7": "24/24",
              "around the clock": "24/24", "round the clock": "24/24"}
_OPEN_ALWAYS = lazy(rf"{_THING}\s+mở(?:\s+cửa)?\s+(?P<always>(?i:{alternatives(ALWAYS)})){_END}")
_OPEN_ALWAYS_EN = lazy(rf"{_THING_EN}\s+is\s+open\s+(?P<always>(?i:{alternatives(ALWAYS_VI)}))"
                       r"\s*(?P<end>[.!]*)")
# how often a bus or a train runs ("Cứ 15 phút lại có một chuyến xe buýt.", "There's a bus every 15 minutes.")
_VEHICLE = rf"(?P<v>(?i:{alternatives(_VEHICLES)}))"
_EVERY = [lazy(rf"[Cc]ứ\s+(?:(?P<about>khoảng)\s+)?{spans.VI}\s+(?:lại\s+|thì\s+)?có\s+(?:một\s+)?chuyến\s+"
               rf"{_VEHICLE}{_END}"),
          lazy(rf"(?:[Cc]huyến\s+)?{_VEHICLE}\s+(?:chạy\s+)?(?:cứ\s+)?(?:(?P<about>khoảng)\s+)?{spans.VI}\s+"
               rf"(?:một|1)\s+chuyến{_END}")]
_HOW_OFTEN = [lazy(rf"(?:[Bb]ao\s+lâu|[Mm]ấy\s+(?:phút|tiếng))\s+(?:thì\s+|lại\s+)?có\s+(?:một\s+)?chuyến\s+"
                   rf"{_VEHICLE}(?:\s+(?:vậy|ạ|nhỉ|thế))?\s*\?+"),
              lazy(rf"(?:[Cc]huyến\s+)?{_VEHICLE}\s+(?:chạy\s+)?(?:bao\s+lâu|mấy\s+phút)\s+(?:thì\s+|lại\s+)?"
                   r"(?:có\s+)?(?:một|1)\s+chuyến(?:\s+(?:vậy|ạ|nhỉ|thế))?\s*\?+")]
_VEHICLE_EN = rf"(?P<v>(?i:{alternatives(_VEHICLES_VI)}))"
_EVERY_EN = [lazy(rf"There(?:['’]s|\s+is)\s+an?\s+{_VEHICLE_EN}\s+every\s+(?:(?P<hour>hour)|"
                  rf"(?P<half_hour_en>half\s+(?:an\s+)?hour)|{spans.EN})\s*(?P<end>[.!]*)"),
             lazy(rf"(?:The\s+)?{_VEHICLE_EN}(?:e?s)?\s+(?:runs?|comes?|goes|go|leaves?)\s+every\s+"
                  rf"(?:(?P<hour>hour)|(?P<half_hour_en>half\s+(?:an\s+)?hour)|{spans.EN})\s*(?P<end>[.!]*)")]
_HOW_OFTEN_EN = lazy(rf"How\s+often\s+(?:(?:does|do)\s+the\s+{_VEHICLE_EN}(?:e?s)?\s+(?:run|come|go|leave)|"
                     rf"is\s+there\s+an?\s+{_VEHICLE_EN.replace('?P<v>', '?P<v2>')})\s*\?+")

# a place open or closed now, said or asked (v7: "Cửa hàng đóng cửa rồi." → "The store closed the door.", "Siêu thị
# mở cửa chưa?" → "Is the open door?", "Siêu thị còn mở cửa không?" → "Is the open door?"; "Is the supermarket still
# open?" → "Siêu thị có mở không?" (still lost), "The shop is closed." → "Cửa hàng bị đóng."): by "rồi" (now so),
# "chưa" (yet), "còn" (still) or "có … không" (asked), on a day of _NOW at most
_PLACES = {vi: en for vi, en in _THINGS.items() if en in ("shop", "store", "museum", "restaurant", "supermarket",
                                                            "bank", "market", "post office", "pharmacy")}
_NOW = {"bây giờ": "now", "hôm nay": "today", "ngày mai": "tomorrow"}
_NOW_EN = {en: vi for vi, en in _NOW.items()}
_OPEN_NOW = lazy(rf"(?:(?P<day>(?i:{alternatives(_NOW)}))\s+)?(?P<what>(?i:{alternatives(_PLACES)}))"
                 r"(?:\s+(?P<this>này))?\s+(?:(?P<still>còn|vẫn\s+còn|vẫn)\s+|(?P<ask>có)\s+|(?P<did>đã)\s+)?"
                 r"(?P<state>mở|đóng)(?:\s+cửa)?(?:\s+(?P<tail>rồi|chưa|không))?(?:\s+(?:vậy|nhỉ|ạ))?"
                 r"\s*(?P<end>[.!?]*)")
_OPEN_NOW_EN = lazy(rf"(?:(?P<is>Is|(?P<will>Will))\s+)?{_THING_EN}(?(will)\s+be)(?(is)|\s+is)"
                    r"(?:\s+(?P<still>still|already))?\s+(?P<state>open|closed)"
                    rf"(?:\s+(?P<when>yet|{alternatives(_NOW_EN)}))?\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says when a place opens or closes or a vehicle leaves or arrives, the days
    a place is closed, or how often a bus or a train runs; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _at(text) or _from_to(text) or _closed(text) or _every(text) or _open_now(text)
    if (src, tgt) == ("en", "vi"):
        return _at_vi(text) or _from_to_vi(text) or _closed_vi(text) or _every_vi(text) or _open_now_vi(text)
    return None


def _ended(said: str, end: str) -> str:
    """The sentence with the source's end, or a full stop; one full stop after "p.m."."""
    return said if said.endswith(".") and end in ("", ".") else said + (end or ".")


def _what(m: re.Match) -> str | None:
    """What, in English with "the" or "this" ("the last train"); None where "chuyến" or which goes with no vehicle."""
    what = _THINGS[keyed(m["what"])]
    vehicle = keyed(m["what"]) in _VEHICLES or keyed(m["what"]) == "chuyến bay"
    if (m["chuyen"] or m["which"]) and not vehicle:
        return None
    which = _WHICH[keyed(m["which"])] + " " if m["which"] else ""
    return f"{'this' if m['this'] else 'the'} {which}{what}"


def _what_vi(m: re.Match) -> str | None:
    """What, in Vietnamese ("Chuyến tàu cuối cùng", "Cửa hàng này"); None where which goes with no vehicle."""
    what = _THINGS_VI[keyed(m["what"])]
    if m["which"]:
        if m["what"] not in _VEHICLES_VI:
            return None
        what = f"{'' if what.startswith('chuyến') else 'chuyến '}{what} {_WHICH_VI[m['which']]}"
    return capitalised(what + " này" * (m["this"].lower() == "this"))


def _at(text: str) -> str | None:
    """"Ngân hàng đóng cửa lúc 5 giờ chiều." as "The bank closes at 5 p.m." (_AT); None for anything else."""
    m = _AT.fullmatch(text)
    if not m or not (what := _what(m)) or not (time := dates.clock(m["time"], "vi", "en")):
        return None
    do = _DOINGS[keyed(m["do"])]
    does = f"will {do}" if m["will"] else _DOES_SAID[do]
    daily = f" {_DAILY[keyed(m['daily'])]}" if m["daily"] else ""
    return _ended(capitalised(f"{what} {does} at {time}{daily}"), m["end"])


def _at_vi(text: str) -> str | None:
    """"The bank closes at 5 pm." as "Ngân hàng đóng cửa lúc 5 giờ chiều." (_AT_EN); None for anything else."""
    m = _AT_EN.fullmatch(text)
    if not m or not (what := _what_vi(m)) or not (time := dates.clock(m["time"], "en", "vi")):
        return None
    do = _DOINGS_VI[keyed(m["do_will"])] if m["will"] else _DOINGS_VI[_DOES[keyed(m["do"])]]
    daily = f" {_DAILY_VI[m['daily']]}" if m["daily"] else ""
    return _ended(f"{what} {'sẽ ' * bool(m['will'])}{do} lúc {time}{daily}", m["end"])


def _from_to(text: str) -> str | None:
    """"Chợ mở cửa từ 5 giờ sáng đến 6 giờ chiều." as "The market is open from 5 a.m. to 6 p.m." (_FROM_TO); None
    for anything else."""
    m = _FROM_TO.fullmatch(text)
    if not m or not (what := _what(m)):
        return None
    start, stop = dates.clock(m["start"], "vi", "en"), dates.clock(m["stop"], "vi", "en")
    daily = f" {_DAILY[keyed(m['daily'])]}" if m["daily"] else ""
    return start and stop and _ended(capitalised(f"{what} is open from {start} to {stop}{daily}"), m["end"])


def _from_to_vi(text: str) -> str | None:
    """"The market is open from 5 am to 6 pm." as "Chợ mở cửa từ 5 giờ sáng đến 6 giờ chiều." (_FROM_TO_EN); None
    for anything else."""
    m = _FROM_TO_EN.fullmatch(text)
    if not m or not (what := _what_vi(m)):
        return None
    start, stop = dates.clock(m["start"], "en", "vi"), dates.clock(m["stop"], "en", "vi")
    daily = f" {_DAILY_VI[m['daily']]}" if m["daily"] else ""
    return start and stop and _ended(f"{what} mở cửa từ {start} đến {stop}{daily}", m["end"])


def _closed(text: str) -> str | None:
    """"Bảo tàng đóng cửa vào thứ Hai." as "The museum is closed on Mondays.", "Siêu thị mở cửa hằng ngày." as "The
    supermarket is open every day." (_CLOSED, _OPEN_ALWAYS); None for anything else."""
    if m := _CLOSED.fullmatch(text):
        day = _DAYS_OFF.get(keyed(m["day"])) or dates.whole(f"vào {m['day']}", "vi", "en")
        if not day:
            return None
        said = f"is closed {day}{'s' if m['every'] and day.endswith('day') else ''}"
    elif m := _OPEN_ALWAYS.fullmatch(text):
        said = f"is open {ALWAYS[keyed(m['always'])]}"
    else:
        return None
    what = _what(m)
    return what and _ended(capitalised(f"{what} {said}"), m["end"])


def _closed_vi(text: str) -> str | None:
    """"The museum is closed on Mondays." as "Bảo tàng đóng cửa vào thứ Hai.", "The supermarket is open every day."
    as "Siêu thị mở cửa hằng ngày." (_CLOSED_EN, _OPEN_ALWAYS_EN); None for anything else."""
    if m := _CLOSED_EN.fullmatch(text):
        day = _DAYS_OFF_VI.get(keyed(m["day"])) or dates.whole(m["day"], "en", "vi")  # ("on Mondays": "vào thứ Hai")
        if not day:
            return None
        said = f"đóng cửa {day}"
    elif m := _OPEN_ALWAYS_EN.fullmatch(text):
        said = f"mở cửa {ALWAYS_VI[keyed(m['always'])]}"
    else:
        return None
    what = _what_vi(m)
    return what and _ended(f"{what} {said}", m["end"])


def _every(text: str) -> str | None:
    """"Cứ 15 phút lại có một chuyến xe buýt." as "There's a bus every 15 minutes.", "Bao lâu thì có một chuyến xe
    buýt?" as "How often is there a bus?" (_EVERY, _HOW_OFTEN); None for anything else."""
    if m := next((m for p in _HOW_OFTEN if (m := p.fullmatch(text))), None):
        return f"How often is there a {_VEHICLES[keyed(m['v'])]}?"
    m = next((m for p in _EVERY if (m := p.fullmatch(text))), None)
    if not m:
        return None
    every = spans.said(m, "en")
    every = "half hour" if every == "half an hour" else every.removeprefix("a ").removeprefix("an ")
    vehicle = _VEHICLES[keyed(m["v"])]
    about = "about " * bool(m["about"])
    return _ended(f"There's {'an' if vehicle[0] in 'aeiou' else 'a'} {vehicle} {about}every {every}", m["end"])


def _every_vi(text: str) -> str | None:
    """"There's a bus every 15 minutes." as "Cứ 15 phút lại có một chuyến xe buýt.", "How often does the bus come?"
    as "Bao lâu thì có một chuyến xe buýt?" (_EVERY_EN, _HOW_OFTEN_EN); None for anything else."""
    if m := _HOW_OFTEN_EN.fullmatch(text):
        return f"Bao lâu thì có một chuyến {_VEHICLES_VI[keyed(m['v'] or m['v2'])]}?"
    m = next((m for p in _EVERY_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    every = "một tiếng" if m["hour"] else "nửa tiếng" if m["half_hour_en"] else spans.said(m, "vi")
    return _ended(f"Cứ {every} lại có một chuyến {_VEHICLES_VI[keyed(m['v'])]}", m["end"])


def _open_now(text: str) -> str | None:
    """"Cửa hàng đóng cửa rồi." as "The shop is closed.", "Siêu thị mở cửa chưa?" as "Is the supermarket open yet?",
    "Siêu thị còn mở cửa không?" as "Is the supermarket still open?", "Hôm nay ngân hàng có mở cửa không?" as "Is the
    bank open today?" (_OPEN_NOW); None for anything else ("Siêu thị đóng cửa.": closes when?)."""
    m = _OPEN_NOW.fullmatch(text)
    asked = bool(m and m["tail"] in ("chưa", "không"))
    if not m or asked != ("?" in m["end"]) or m["tail"] == "không" and not (m["ask"] or m["still"]) or \
            m["ask"] and m["tail"] != "không" or not (m["tail"] or m["still"]) or m["did"] and m["tail"] != "rồi":
        return None
    what = f"{'this' if m['this'] else 'the'} {_PLACES[keyed(m['what'])]}"
    state = "open" if m["state"] == "mở" else "closed"
    day = _NOW[keyed(m["day"])] if m["day"] else ""
    still = "still " if m["still"] else ""
    if asked:
        be = "Will" if day == "tomorrow" else "Is"
        said = f"{be} {what}{' be' * (be == 'Will')} {still}{state}{' yet' * (m['tail'] == 'chưa')}"
        return f"{said}{' ' * bool(day)}{day}?"
    if day:
        return None  # ("Hôm nay ngân hàng đóng cửa rồi.": left to the model)
    return capitalised(f"{what} is {still}{state}{m['end'] or '.'}")


def _open_now_vi(text: str) -> str | None:
    """"The shop is closed." as "Cửa hàng đóng cửa rồi.", "Is the supermarket open yet?" as "Siêu thị mở cửa chưa?",
    "Is the supermarket still open?" as "Siêu thị còn mở cửa không?", "Is the bank open today?" as "Hôm nay ngân hàng
    có mở cửa không?" (_OPEN_NOW_EN); None for anything else."""
    m = _OPEN_NOW_EN.fullmatch(text)
    asked = bool(m and m["is"])
    if not m or asked != ("?" in m["end"]) or bool(m["will"]) != (m["when"] == "tomorrow") or \
            m["still"] == "already" and asked or m["which"] or m["what"] not in _PLACES.values():
        return None
    what = _THINGS_VI[m["what"]] + " này" * (m["this"].lower() == "this")
    state = "mở cửa" if m["state"] == "open" else "đóng cửa"
    day = _NOW_EN.get(m["when"] or "", "")
    if asked:
        asked_ = f"{what} còn {state} không?" if m["still"] else f"{what} {state} chưa?" if m["when"] == "yet" else \
            f"{what} có {state} không?"
        return capitalised(f"{day} {asked_}".strip())
    if day or m["when"]:
        return None
    said = f"{what} vẫn còn {state}" if m["still"] == "still" else f"{what} {'đã ' * bool(m['still'])}{state} rồi" \
        if state == "đóng cửa" else f"{what} đang {state}"
    return capitalised(said + (m["end"] or "."))
