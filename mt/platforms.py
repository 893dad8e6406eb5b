"""Trains at the station: which platform a train leaves from, the platform or carriage someone is at, changing trains,
whether this is the right platform or train, and a train on time, both ways, written whole by rule. v8 with every
other rule reads "sân ga" as an airport or a gadget, "toa" as a prescription, "tàu" as a ship, "platform" as a
software platform, "carriage" as a horse cart: "Tàu đi từ sân ga nào?" → "Which station do you go from the
airport?", "Tàu đi Huế ở sân ga số mấy?" → "How much are you going to Hue in the gamb?", "Tàu đi Huế khởi hành từ sân
ga số 3." → "Dandemic to Hue started from gabble.", "Tôi có phải đổi tàu không?" → "Do I have to change the boat?",
"Chúng ta phải chuyển tàu ở Đà Nẵng." → "We have to ship in Da Nang.", "Chúng ta ở toa số mấy?" → "What are we in the
prescription?", "Tàu có đúng giờ không?" → "Are you time?", "Sân ga số 3 ở đâu?" → "Where are the station 3?";
"Which platform does the train leave from?" → "Nền tảng nào làm xe lửa từ?", "The train to Hue leaves from platform
3." → "Chiếc xe lửa để Huế rời khỏi nền tảng 3.", "Is this the right platform for Saigon?" → "Có phải đây là nền tảng
bên phải cho Sài Gòn không?" (the right-hand side), "Do I have to change trains?" → "Có phải tôi phải thay đổi xe lửa
không?", "Which carriage are we in?" → "Chúng ta đang ở trong xe ngựa nào?", "Where is carriage 5?" → "Sẩy thai 5 ở
đâu?" (a miscarriage), "Is the train on time?" → "Có xe lửa có đúng giờ không?".

Taken: the train ("tàu", "tàu hỏa", "tàu lửa", "xe lửa", "chuyến tàu"; "the train"), to a place by its name
(mt.people.named_place: "tàu đi Huế", "the train to Hue") or not: which platform it leaves from or is at, asked
("Tàu đi Huế ở sân ga số mấy?"), the platform it leaves from, will leave from or is at, said ("sân ga số 3", "platform
3"); where platform or carriage N is; this is (not) the (right) platform or train for a place, asked or said; who
(mt.hobbies.WHO, WHO_EN) has to or needs to change trains ("đổi tàu", "chuyển tàu"), at a place, here, or where,
asked or said, changed trains (past), "Change trains at Da Nang.", "No need to change trains."; which carriage who is
in, asked or said; the train on time, asked, said, still, not or running. Left: "Tàu này có đi Huế không?", "Does
this train stop at …?", "Where do I have to change?" (mt/patterns.py's and the phrasebook's), "Which train goes to
…?" (mt/patterns.py), delays, cancellations and the next train (mt/delays.py), a train leaving at a time
(mt/timetables.py), seats (mt/seats.py), tickets (mt/tickets.py), how long the journey takes (mt/journeys.py);
"anh", "chị", "em" alone saying it; "Tàu chạy đúng giờ." (now, or as a rule?), "Tôi đổi tàu ở Huế." (when?), a
bare "change" with no trains and no place ("Do I have to change?": clothes?), a place v8's tables do not name.
mt.phrasebook.translate tries these after mt/printing.py.

    >>> translate("Tàu đi từ sân ga nào?", "vi", "en"), translate("Do I have to change trains?", "en", "vi")
    ('Which platform does the train leave from?', 'Tôi có phải đổi tàu không?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .matches import CAPITALS
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS
from .people import named_place
from .rule_keys import agreement_checked
from .text import ASKED_END, BE_EN, SOFTENED_END, SOFTENER, be_said, capitalised, contracted, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sân\s+ga|toa|tàu|xe\s+lửa)"), "en": lazy(r"(?i:platform|carriage|train|change\s+at)")}

# the train ("chuyến tàu", "tàu hỏa", "xe lửa"), to a place by its name or not ("tàu đi Huế")
_TRAIN = r"(?:[Cc]huyến\s+)?(?:[Tt]àu(?:\s+(?:hỏa|lửa))?|[Xx]e\s+lửa)"
_PLACE = rf"(?P<place>[{CAPITALS}][^\W\d_]*(?:\s+[{CAPITALS}][^\W\d_]*){{0,2}})"
_TO = rf"(?:\s+đi\s+{_PLACE})?"
# a platform's or a carriage's number: a figure, or a word after "số" ("sân ga số ba", "sân ga 3")
_N = rf"(?:số\s+(?P<n>[1-9]\d?|{'|'.join(VI_NUMBER_WORDS[1:])})|(?P<n2>[1-9]\d?))(?!\w)"
_LEAVES = r"(?:đi|khởi\s+hành|xuất\s+phát|chạy)"
# which platform it leaves from or is at ("Tàu đi Huế khởi hành từ sân ga nào?", "Tàu đi Huế ở sân ga số mấy?")
_WHICH = lazy(rf"{_TRAIN}{_TO}(?:\s+(?P<verb>{_LEAVES}))?\s+(?P<prep>từ|ở)\s+sân\s+ga\s+(?:nào|số\s+mấy)"
              rf"{SOFTENER}\s*\?+")
# ... said ("Tàu đi Huế khởi hành từ sân ga số 3.", "Tàu đi Đà Nẵng ở sân ga số 2.")
_SAID = lazy(rf"{_TRAIN}{_TO}(?:\s+(?P<will>sẽ))?\s+(?:(?P<verb>{_LEAVES})\s+từ|(?:đang\s+)?ở)\s+sân\s+ga\s+{_N}"
             r"\s*(?P<end>[.!]*)")
# where platform or carriage N is ("Sân ga số 3 ở đâu?", "Toa số 5 ở đâu?")
_WHERE = lazy(rf"(?P<what>(?i:sân\s+ga|toa))\s+{_N}\s+(?:nằm\s+)?ở\s+đâu{SOFTENER}\s*\?+")
# this is (not) the (right) platform or train for a place ("Đây có phải sân ga đi Sài Gòn không?", "Đây có đúng là
# tàu đi Huế không?", "Có phải đây là tàu đi Huế không?")
_WHAT = (rf"(?:(?P<platform>sân\s+ga)(?:\s+(?:(?:của|cho)\s+)?(?:chuyến\s+)?tàu(?:\s+(?:hỏa|lửa))?)?|"
         rf"(?:chuyến\s+)?tàu(?:\s+(?:hỏa|lửa))?|xe\s+lửa)\s+đi\s+{_PLACE}")
_RIGHT = lazy(rf"(?:(?P<q0>[Cc]ó\s+phải)\s+đây\s+là|[Đđ]ây\s+(?:(?P<q>có\s+phải)(?:\s+là)?|(?P<q2>có\s+đúng)\s+là|"
              rf"(?P<not>không\s+phải)(?:\s+là)?|là))(?:\s+(?P<right>đúng))?\s+{_WHAT}{ASKED_END}")
# who has to, needs to or did change trains, at a place, here, or where ("Tôi có phải đổi tàu không?", "Bạn phải đổi
# tàu ở Đà Nẵng.", "Tôi phải đổi tàu ở đâu?"), told to ("Đổi tàu ở Đà Nẵng."), no need to ("Không cần đổi tàu.")
_AT = rf"(?:\s+(?:ở|tại)\s+(?:{_PLACE}|(?P<here>đây)|(?P<where>đâu)))?"
_CHANGE = lazy(rf"(?:{WHO}\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>(?i:không))\s+)?(?:(?P<must>phải|cần)\s+|(?P<did>đã)\s+)?"
               rf"(?P<change>(?i:đổi|chuyển))\s+tàu{_AT}{ASKED_END}")
# which carriage who is in, or carriage N ("Chúng ta ở toa số mấy?", "Mẹ tôi ở toa số 7.")
_CARRIAGE = lazy(rf"{WHO}\s+(?:đang\s+)?(?:ngồi\s+)?ở\s+toa\s+(?:{_N}|(?P<q>số\s+mấy|nào)){SOFTENED_END}")
# the train on time ("Tàu có đúng giờ không?", "Tàu vẫn chạy đúng giờ.")
_ON_TIME = lazy(rf"{_TRAIN}{_TO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<still>vẫn)\s+)?(?P<run>(?:đang\s+)?chạy\s+)?"
                rf"đúng\s+giờ{ASKED_END}")

# ... and in English ("the train to Hue", "platform 3", "platform three")
_PLACE_EN = r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
_TO_EN = rf"(?:\s+(?:to|for)\s+{_PLACE_EN})?"
_N_EN = rf"(?P<n>[1-9]\d?|(?i:{'|'.join(EN_NUMBER_WORDS[1:11])}))(?!\w)"
_WHICH_EN = lazy(rf"(?:Which|What)\s+platform\s+(?:(?P<does>does)|is)\s+the\s+train{_TO_EN}"
                 r"(?(does)\s+(?:leave|go|depart)\s+from|(?:\s+(?:on|at))?)\s*\?+")
_SAID_EN = lazy(rf"[Tt]he\s+train{_TO_EN}\s+(?:(?P<verb>leaves|departs|goes|(?P<will>will)\s+(?:leave|depart))\s+from|"
                rf"(?:is|(?P<will2>will)\s+be)\s+(?:on|at))\s+platform\s+{_N_EN}\s*(?P<end>[.!]*)")
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+(?P<what>platform|carriage)\s+{_N_EN}\s*\?+")
_RIGHT_EN = lazy(rf"(?:(?P<q>Is)\s+this|This(?:\s+is|['’]s)(?P<not>\s+not)?|This\s+(?P<isnt>isn['’]t))\s+the\s+"
                 rf"(?:(?P<right>right|correct)\s+)?(?:(?P<platform>platform)\s+for(?:\s+the\s+train\s+to)?|"
                 rf"train\s+(?:to|for))\s+{_PLACE_EN}\s*(?P<end>[.!?]*)")
_AT_EN = rf"(?:\s+at\s+{_PLACE_EN}|\s+(?P<here>here))?"
_CHANGE_EN = lazy(rf"(?:(?P<where>Where)\s+)?(?:(?P<do>[Dd]o|[Dd]oes)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|"
                  rf"do\s+not|does\s+not))?\s+(?P<must>have|has|need|needs)\s+to\s+change(?P<trains>\s+trains)?"
                  rf"{_AT_EN}\s*(?P<end>[.!?]*)")
_CHANGED_EN = lazy(rf"{WHO_EN}\s+changed\s+trains{_AT_EN}\s*[.!]*")
_TOLD_EN = lazy(rf"(?:(?P<change>Change)(?:\s+trains)?\s+at\s+{_PLACE_EN}|(?:There['’]s\s+|There\s+is\s+)?"
                r"[Nn]o\s+need\s+to\s+change\s+trains)\s*[.!]*")
_CARRIAGE_EN = [lazy(rf"(?:Which|What)\s+carriage\s+(?P<be>am|is|are)\s+{WHO_EN}\s+in\s*\?+"),
                lazy(rf"{WHO_EN}{BE_EN}\s+in\s+carriage\s+{_N_EN}\s*[.!]*")]
_ON_TIME_EN = lazy(rf"(?:(?P<q>Is)\s+the|[Tt]he)\s+train{_TO_EN}(?(q)|(?:(?:\s+is|['’]s)(?P<not>\s+not)?|"
                   r"(?P<isnt>\s+isn['’]t))(?P<still>\s+still)?)(?P<run>\s+running)?\s+on\s+time\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a train's platform, changing trains, a carriage, the right platform or
    train, or a train on time; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _which(text) or _said(text) or _where(text) or _right(text) or _change(text) or _carriage(text) or \
            _on_time(text)
    return _which_vi(text) or _said_vi(text) or _where_vi(text) or _right_vi(text) or _change_vi(text) or \
        _carriage_vi(text) or _on_time_vi(text)


def _place(m: re.Match, src: str) -> str | None:
    """The place of a match in the other language ("Huế" as "Hue", "Da Nang" as "Đà Nẵng"); "" where none is said,
    None for one mt.people.named_place does not know."""
    return named_place(m["place"], src) if m["place"] else ""


def _number(m: re.Match) -> str:
    """A platform's or a carriage's number as a figure: "3" for "3", "ba" or "three"."""
    said = (m["n"] or m.groupdict().get("n2")).lower()
    if said.isdigit():
        return said
    return str(VI_NUMBER_WORDS.index(said) if said in VI_NUMBER_WORDS else EN_NUMBER_WORDS.index(said))


def _train(place: str) -> str:
    """The train, to a place or not: "the train", "the train to Hue"."""
    return f"the train to {place}" if place else "the train"


def _which(text: str) -> str | None:
    """"Tàu đi từ sân ga nào?" as "Which platform does the train leave from?", "Tàu đi Huế ở sân ga số mấy?" as
    "Which platform is the train to Hue on?" (_WHICH); None for anything else."""
    m = _WHICH.fullmatch(text)
    if not m or (place := _place(m, "vi")) is None:
        return None
    if m["verb"] or m["prep"] == "từ":
        return f"Which platform does {_train(place)} leave from?"
    return f"Which platform is {_train(place)} on?"


def _said(text: str) -> str | None:
    """"Tàu đi Huế khởi hành từ sân ga số 3." as "The train to Hue leaves from platform 3.", "Tàu sẽ ở sân ga số 2."
    as "The train will be on platform 2." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or (place := _place(m, "vi")) is None:
        return None
    said = ("will leave from" if m["will"] else "leaves from") if m["verb"] else "will be on" if m["will"] else "is on"
    return capitalised(f"{_train(place)} {said} platform {_number(m)}{m['end'] or '.'}")


def _where(text: str) -> str | None:
    """"Sân ga số 3 ở đâu?" as "Where's platform 3?", "Toa số 5 ở đâu?" as "Where's carriage 5?" (_WHERE); None for
    anything else."""
    m = _WHERE.fullmatch(text)
    if not m:
        return None
    return f"Where's {'carriage' if m['what'].lower() == 'toa' else 'platform'} {_number(m)}?"


def _right(text: str) -> str | None:
    """"Đây có phải sân ga đi Sài Gòn không?" as "Is this the platform for Saigon?", "Đây có đúng là tàu đi Huế
    không?" as "Is this the right train to Hue?", "Đây không phải là tàu đi Huế." as "This isn't the train to Hue."
    (_RIGHT); None for anything else, and for "có phải" with no "không" or "không" with no "có phải"."""
    m = _RIGHT.fullmatch(text)
    ask = bool(m and (m["q0"] or m["q"] or m["q2"]))
    if not m or ask != bool(m["asked"]) or ask != ("?" in m["end"]) or m["q2"] and m["right"]:
        return None
    place = _place(m, "vi")
    if not place:
        return None
    right = "right " if m["right"] or m["q2"] else ""
    what = f"{right}platform for {place}" if m["platform"] else f"{right}train to {place}"
    if ask:
        return f"Is this the {what}?"
    be = "isn't" if m["not"] else "is"
    return f"This {be} the {what}."


def _change(text: str) -> str | None:
    """"Tôi có phải đổi tàu không?" as "Do I have to change trains?", "Bạn phải đổi tàu ở Đà Nẵng." as "You have to
    change trains at Da Nang.", "Tôi phải đổi tàu ở đâu?" as "Where do I have to change trains?", "Chúng tôi đã đổi
    tàu ở Huế." as "We changed trains at Hue.", "Đổi tàu ở Đà Nẵng." as "Change trains at Da Nang.", "Không cần đổi
    tàu." as "There's no need to change trains." (_CHANGE); None for anything else."""
    m = _CHANGE.fullmatch(text)
    if not m or (place := _place(m, "vi")) is None:
        return None
    asked, q = bool(m["asked"]), "?" in m["end"]
    at = f" at {place}" if place else " here" if m["here"] else ""
    if not (m["who"] or m["kin"] or m["titled"] or m["given"]):
        if m["ask"] or asked or q or m["did"] or m["where"]:
            return None
        if m["not"]:
            return None if m["must"] != "cần" or at else "There's no need to change trains."
        return None if m["must"] or not place else f"Change trains at {place}."
    if m["change"][0].isupper() or asked != bool(m["ask"]) or q != (asked or bool(m["where"])) or m["not"] and (
            m["ask"] or m["did"] or m["where"]) or (said := who(m, q)) is None:
        return None
    who_, one = said
    need = "need" if m["must"] == "cần" else "have"
    if m["did"]:
        return None if q or asked else capitalised(f"{who_} changed trains{at}.")
    if not m["must"]:
        return None
    if m["where"]:
        return None if asked else f"Where {'does' if one else 'do'} {who_} {need} to change trains?"
    return present(who_, one, need, f"to change trains{at}", asked, bool(m["not"]))


def _carriage(text: str) -> str | None:
    """"Chúng ta ở toa số mấy?" as "Which carriage are we in?", "Mẹ tôi ở toa số 7." as "My mother is in carriage 7."
    (_CARRIAGE); None for anything else, and for "anh", "chị", "em" alone saying it."""
    m = _CARRIAGE.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    be = "is" if one else "am" if who_ == "I" else "are"
    if asked:
        return f"Which carriage {be} {who_} in?"
    return capitalised(contracted(who_, f"{be} in carriage {_number(m)}{m['end'] or '.'}"))


def _on_time(text: str) -> str | None:
    """"Tàu có đúng giờ không?" as "Is the train on time?", "Tàu đi Huế vẫn chạy đúng giờ." as "The train to Hue is
    still running on time.", "Tàu không đúng giờ." as "The train isn't on time." (_ON_TIME); None for anything else,
    and for "Tàu chạy đúng giờ." (now, or as a rule?)."""
    m = _ON_TIME.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or (place := _place(m, "vi")) is None:
        return None
    running = " running" if m["run"] else ""
    if asked:
        return f"Is {_train(place)}{running} on time?"
    if m["run"] and not (m["still"] or "đang" in m["run"]) or m["not"] and m["run"]:
        return None
    be = "isn't" if m["not"] else "is still" if m["still"] else "is"
    return capitalised(f"{_train(place)} {be}{running} on time{m['end'] or '.'}")


def _train_vi(place: str) -> str:
    """The train in Vietnamese, to a place or not: "Tàu", "Tàu đi Huế"."""
    return f"Tàu đi {place}" if place else "Tàu"


def _which_vi(text: str) -> str | None:
    """"Which platform does the train leave from?" as "Tàu đi từ sân ga nào?", "Which platform does the train to Hue
    leave from?" as "Tàu đi Huế khởi hành từ sân ga nào?", "Which platform is the train to Hue on?" as "Tàu đi Huế ở
    sân ga nào?" (_WHICH_EN); None for anything else."""
    m = _WHICH_EN.fullmatch(text)
    if not m or (place := _place(m, "en")) is None:
        return None
    if m["does"]:
        return f"{_train_vi(place)} {'khởi hành' if place else 'đi'} từ sân ga nào?"
    return f"{_train_vi(place)} ở sân ga nào?"


def _said_vi(text: str) -> str | None:
    """"The train to Hue leaves from platform 3." as "Tàu đi Huế khởi hành từ sân ga số 3.", "The train is on platform
    two." as "Tàu ở sân ga số 2." (_SAID_EN); None for anything else."""
    m = _SAID_EN.fullmatch(text)
    if not m or (place := _place(m, "en")) is None:
        return None
    will = "sẽ " if m["will"] or m["will2"] else ""
    said = "khởi hành từ" if m["verb"] else "ở"
    return f"{_train_vi(place)} {will}{said} sân ga số {_number(m)}{m['end'] or '.'}"


def _where_vi(text: str) -> str | None:
    """"Where's platform 3?" as "Sân ga số 3 ở đâu?", "Where is carriage five?" as "Toa số 5 ở đâu?" (_WHERE_EN);
    None for anything else."""
    m = _WHERE_EN.fullmatch(text)
    return m and f"{'Toa' if m['what'] == 'carriage' else 'Sân ga'} số {_number(m)} ở đâu?"


def _right_vi(text: str) -> str | None:
    """"Is this the right platform for Saigon?" as "Đây có đúng là sân ga tàu đi Sài Gòn không?", "Is this the train
    to Hue?" as "Đây có phải là tàu đi Huế không?", "This isn't the platform for Hue." as "Đây không phải là sân ga
    tàu đi Huế." (_RIGHT_EN); None for anything else."""
    m = _RIGHT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not (place := _place(m, "en")):
        return None
    what = f"{'sân ga tàu' if m['platform'] else 'tàu'} đi {place}"
    if m["q"]:
        return f"Đây có {'đúng' if m['right'] else 'phải'} là {what} không?"
    if m["not"] or m["isnt"]:
        return f"Đây không phải là {what}."
    return f"Đây {'đúng' if m['right'] else ''} là {what}.".replace("  ", " ")


def _we(who_: str, asked: bool) -> str:
    """Who in Vietnamese, "we" asking as "chúng ta" (the one asked travels too: "Chúng ta có phải đổi tàu không?")."""
    return "chúng ta" if asked and who_ == "chúng tôi" else who_


def _change_vi(text: str) -> str | None:
    """"Do I have to change trains?" as "Tôi có phải đổi tàu không?", "She needs to change at Da Nang." as "Cô ấy cần
    đổi tàu ở Đà Nẵng.", "Where do we have to change trains?" as "Chúng ta phải đổi tàu ở đâu?", "We changed trains
    at Hue." as "Chúng tôi đã đổi tàu ở Huế.", "Change at Da Nang." as "Đổi tàu ở Đà Nẵng.", "There's no need to
    change trains." as "Không cần đổi tàu." (_CHANGE_EN, _CHANGED_EN, _TOLD_EN); None for anything else, where the verb
    does not agree with who, and for a bare "change" with no trains and no place (clothes?)."""
    if m := _TOLD_EN.fullmatch(text):
        place = _place(m, "en") if m["change"] else ""
        return None if place is None else f"Đổi tàu ở {place}." if place else "Không cần đổi tàu."
    m = _CHANGED_EN.fullmatch(text) or _CHANGE_EN.fullmatch(text)
    if not m or (place := _place(m, "en")) is None:
        return None
    who_, one = who_vi(m)
    at = f" ở {place}" if place else " ở đây" if m["here"] else ""
    if m.re == _CHANGED_EN:
        return capitalised(f"{who_} đã đổi tàu{at}.")
    asked, must = "?" in m["end"], m["must"]
    do, no = (m["do"] or "").lower(), (m["not"] or "").lower()
    if m["do"] and m["do"][0].isupper() == bool(m["where"]):  # ("Where do I …?", "Do I …?")
        return None
    agrees = do == ("does" if one else "do") and must in ("have", "need") if do else \
        no.startswith("does" if one else "do ") or no == ("doesn't" if one else "don't") if no else \
        must in (("has", "needs") if one else ("have", "need"))
    if not agrees or bool(do) != asked or bool(m["where"]) and (not m["trains"] or at) or do and no or not (
            m["trains"] or place):
        return None
    who_ = _we(who_, asked)
    need = "cần" if must.startswith("need") else "phải"
    if m["where"]:
        return capitalised(f"{who_} {need} đổi tàu ở đâu?")
    if asked:
        return capitalised(f"{who_} có {need} đổi tàu{at} không?")
    return capitalised(f"{who_} {'không ' * bool(no)}{need} đổi tàu{at}.")


def _carriage_vi(text: str) -> str | None:
    """"Which carriage are we in?" as "Chúng ta ở toa số mấy?", "My mother is in carriage 7." as "Mẹ tôi ở toa số 7."
    (_CARRIAGE_EN); None for anything else, and where "is", "am", "are" does not agree with who."""
    m = next((m for p in _CARRIAGE_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, one = who_vi(m)
    if be_said(m["be"]) != be_of(who_, one):
        return None
    if m.re == _CARRIAGE_EN[0]:
        return capitalised(f"{_we(who_, True)} ở toa số mấy?")
    return capitalised(f"{who_} ở toa số {_number(m)}.")


def _on_time_vi(text: str) -> str | None:
    """"Is the train on time?" as "Tàu có đúng giờ không?", "The train to Hue is still running on time." as "Tàu đi
    Huế vẫn chạy đúng giờ.", "The train isn't on time." as "Tàu không đúng giờ." (_ON_TIME_EN); None for anything
    else."""
    m = _ON_TIME_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (place := _place(m, "en")) is None:
        return None
    run = "chạy " if m["run"] else ""
    if m["q"]:
        return f"{_train_vi(place)} có {run}đúng giờ không?"
    if (m["not"] or m["isnt"]) and m["still"]:
        return None
    said = "không " if m["not"] or m["isnt"] else "vẫn " if m["still"] else "đang " if run else ""
    return f"{_train_vi(place)} {said}{run}đúng giờ{m['end'] or '.'}"
