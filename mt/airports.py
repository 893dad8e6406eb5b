"""At the airport, both ways, written whole by rule: which gate a flight leaves from, checking in, boarding and when it
starts, the boarding pass, and going through security. v8 with every other rule reads "cửa" as a store, "làm thủ tục"
as doing it, "check in" as inspecting, "boarding" as planning, "security" as data security: "Cửa ra máy bay số mấy?"
→ "What about the plane?", "Chuyến bay của tôi ở cửa số mấy?" → "What are my flight in the store?", "Tôi cần làm thủ
tục lên máy bay." → "I need to do it on the plane.", "Bạn đã làm thủ tục lên máy bay chưa?" → "Have you done the
plane yet?", "Bắt đầu lên máy bay lúc 9 giờ." → "It began to plane at 9:00.", "Mấy giờ chúng ta lên máy bay?" → "Now
we're on plane?", "Tôi phải qua cửa an ninh." → "I have to pass the security door."; "Which gate is it?" → "Gần đây
là gì?", "Where's gate 12?" → "Gate 12 tuổi ở đâu?", "Where do I check in?" → "Tôi kiểm tra ở đâu?", "What time does
boarding start?" → "Thời gian bắt đầu bảng cờ là gì?", "We're boarding now." → "Bây giờ chúng tôi đang lên kế
hoạch.", "We've been through security." → "Chúng tôi đã qua đời an ninh." (died).

Taken: the gate ("cửa ra máy bay", "cổng"; "cửa" only with a flight) asked ("Cổng số mấy?"), where gate N is, the gate a
flight (whose, or to a place by its name: mt.people.named_place) leaves from or is at, asked or said, a flight boarding
(at gate N); who (mt.hobbies.WHO, WHO_EN) needs to, has to, can, did, has (just), has not yet or is checking in (online)
or going through security, where, asked or said; boarding starting at a time (mt.dates.clock), boarding time, asked
when, who is boarding now, time to board; whose boarding pass asked where ("… đâu?"), and "Can I see your boarding
pass?". Vietnamese "làm thủ tục" is taken only with "lên máy bay" or as "check-in" (alone, or "trực tuyến" alone,
it is any paperwork); English "check in" is written "làm thủ tục" (the airport's and the hotel's). Left: "Quầy làm thủ
tục ở đâu?", "Thẻ lên máy bay của tôi ở đâu?", "Where's his boarding pass?", "I'd like to check in." (earlier rules'
and the phrasebook's), checking in early or late and hotels (mt/hotels.py), flights delayed, cancelled or missed
(mt/delays.py, mt/mishaps.py), leaving at a time (mt/timetables.py), luggage (mt/luggage.py), seats (mt/seats.py),
printing a boarding pass (mt/printing.py), one lost and "Cho tôi xem thẻ lên máy bay của bạn được không?" (v8 gets
them right), "anh", "chị", "em" alone saying it, "muốn", a gate in words.
mt.phrasebook.translate tries these after mt/library.py.

    >>> translate("Cửa ra máy bay số mấy?", "vi", "en"), translate("Where do I check in?", "en", "vi")
    ('Which gate is it?', 'Tôi làm thủ tục ở đâu?')
"""
from __future__ import annotations

import re

from . import dates
from .hobbies import WHO, WHO_EN, be_agrees, who, who_vi
from .lazy_re import lazy
from .matches import CAPITALS
from .people import named_place
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, SOFTENED_QUESTION, alternatives, be, capitalised, contracted, keyed, third_person

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bay|cổng|cửa\s+số|thủ\s+tục|check|an\s+ninh)"),
         "en": lazy(r"(?i:gate|check|board|security)")}

# a flight, whose or to a place by its name ("chuyến bay của tôi", "chuyến bay đi Hà Nội"; "the flight to Hanoi")
_OWNER = rf"(?P<owner>(?i:{alternatives(OWNERS)}))"
_PLACE = rf"(?P<place>[{CAPITALS}][^\W\d_]*(?:\s+[{CAPITALS}][^\W\d_]*){{0,2}})"
_FLIGHT = rf"[Cc]huyến\s+bay(?:\s+(?:đi|đến|tới)\s+{_PLACE})?(?:\s+của\s+{_OWNER})?"
_FLIGHT_EN = rf"(?P<whose>(?i:the|{WHOSE_WORDS}))\s+flight(?:\s+to\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))?"
# a gate and its number ("cửa ra máy bay", "cửa số 12", "cổng 5"; "gate 12")
_GATE = r"(?:cửa(?:\s+ra\s+máy\s+bay)?|cổng)"
_N = r"(?P<n>[A-Z]?[1-9]\d{0,2}[A-Z]?)(?!\w)"
_LEAVES = r"(?:khởi\s+hành|cất\s+cánh|bay|đi)"
_GATE_ASKED = lazy(rf"(?:[Cc]ửa\s+ra\s+máy\s+bay|[Cc]ổng)(?:\s+của\s+{_OWNER})?\s+(?:là\s+)?số\s+mấy"
                   rf"{SOFTENED_QUESTION}")
_WHICH = lazy(rf"{_FLIGHT}(?:\s+(?P<leaves>{_LEAVES}))?\s+(?P<prep>từ|ở|tại)\s+{_GATE}\s+(?:số\s+mấy|nào)"
              rf"{SOFTENED_QUESTION}")
_SAID = lazy(rf"{_FLIGHT}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<leaves>{_LEAVES})\s+từ|ở|tại)\s+{_GATE}\s+(?:số\s+)?{_N}"
             r"\s*(?P<end>[.!]*)")
_BOARDING = lazy(rf"{_FLIGHT}\s+(?:bây\s+giờ\s+)?đang\s+(?:cho\s+(?:hành\s+)?khách\s+)?lên\s+máy\s+bay"
                 rf"(?:\s+(?:ở|tại)\s+{_GATE}\s+(?:số\s+)?{_N})?\s*(?P<end>[.!]*)")
_WHERE = lazy(rf"(?:[Cc]ửa(?:\s+ra\s+máy\s+bay)?\s+số|[Cc]ổng(?:\s+số)?)\s+{_N}\s+(?:nằm\s+)?ở\s+đâu"
              rf"{SOFTENED_QUESTION}")
# checking in and going through security, and what who does about it: English's base, past participle, past and
# "-ing" forms, and Vietnamese
_ACTS = {"check": r"(?:(?i:làm)\s+thủ\s+tục(?P<board>\s+lên\s+máy\s+bay)?|(?P<loan>(?i:check[\s-]?in)))"
                  r"(?P<online>\s+(?:trực\s+tuyến|online|qua\s+mạng))?",
         "security": r"(?:đi\s+)?qua\s+(?:cửa\s+an\s+ninh|(?:khu\s+|khâu\s+)?(?:soi\s+chiếu|kiểm\s+tra)\s+an\s+ninh)"}
_FORMS = {"check": ("check in", "checked in", "checked in", "checking in"),
          "security": ("go through security", "been through security", "went through security",
                       "going through security")}
_SAID_VI = {"check": "làm thủ tục", "security": "qua cửa an ninh"}
_DOES = {act: lazy(rf"(?:{WHO}\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<mode>cần|phải|có\s+thể|đã|chưa|vừa|"
                   rf"đang)\s+)?{said}(?P<here>\s+ở\s+đây)?(?:\s+(?P<xong>xong))?(?:\s+(?P<where>ở\s+đâu)|\s+"
                   rf"(?P<tail>rồi|chưa|được\s+không))?{ASKED_END}") for act, said in _ACTS.items()}
# ... in English, by what comes before the verb and after it ("có cần" … "không": "Do … need to …?")
_SAID_EN_OF = {("", "where"): "Where {do} {who} {base}?", ("cần", "where"): "Where {do} {who} need to {base}?",
               ("phải", "where"): "Where {do} {who} have to {base}?", ("có thể", "where"): "Where can {who} {base}?",
               ("có thể", "không"): "Can {who} {base}{here}?", ("", "được không"): "Can {who} {base}{here}?",
               ("có cần", "không"): "{Do} {who} need to {base}?", ("cần", "không"): "{Do} {who} need to {base}?",
               ("có phải", "không"): "{Do} {who} have to {base}?", ("cần", ""): "{who} {need} to {base}.",
               ("phải", ""): "{who} {have} to {base}.", ("không cần", ""): "{who} {do}n't need to {base}.",
               ("không phải", ""): "{who} {do}n't have to {base}.", ("", "chưa"): "{Have} {who} {pp} yet?",
               ("đã", "chưa"): "{Have} {who} {pp} yet?", ("chưa", ""): "{who} {have}n't {pp} yet.",
               ("đã", ""): "{who} {past}.", ("đang", ""): "{who} {be} {ing}."}
_SAID_EN_OF |= {(mode, end): f"{{who}} {{have}}{' just' * (mode == 'vừa')} {{pp}}." for mode in ("", "đã", "vừa")
                for end in ("rồi", "xong", "xong rồi")} | {("vừa", ""): "{who} {have} just {pp}."}
# boarding: when it starts, asked or said, who is boarding, time to board, the boarding pass
_STARTS = lazy(rf"(?P<flight>{_FLIGHT}\s+)?(?:(?P<will>(?i:sẽ))\s+)?(?i:bắt)\s+đầu\s+(?:cho\s+(?:hành\s+)?"
               r"khách\s+)?lên\s+máy\s+bay\s+(?:vào\s+)?lúc\s+(?P<time>[^.!?]+?)\s*(?P<end>[.!]*)|"
               r"(?P<is>[Gg]iờ)\s+lên\s+máy\s+bay\s+là\s+(?P<time2>[^.!?]+?)\s*(?P<end2>[.!]*)")
_WHEN = [lazy(rf"(?:(?P<what>[Mm]ấy\s+giờ)|[Kk]hi\s+nào)\s+(?:thì\s+)?(?:(?P<start>bắt\s+đầu)\s+|{WHO}\s+"
              rf"(?:(?P<must>phải|cần)\s+)?)lên\s+máy\s+bay{SOFTENED_QUESTION}"),
         lazy(rf"{WHO}\s+(?P<must>phải|cần)\s+lên\s+máy\s+bay\s+lúc\s+mấy\s+giờ{SOFTENED_QUESTION}"),
         lazy(rf"[Gg]iờ\s+lên\s+máy\s+bay\s+là\s+mấy\s+giờ{SOFTENED_QUESTION}")]
_NOW = lazy(rf"{WHO}\s+(?:(?P<now>(?:bây\s+)?giờ)\s+)?đang\s+lên\s+máy\s+bay(?:\s+(?P<now2>rồi|bây\s+giờ|đây))?"
            r"\s*(?P<end>[.!]*)")
_TIME_TO = lazy(r"(?:(?P<nearly>[Ss]ắp)\s+đến|[Đđ]ã\s+đến|[Đđ]ến|[Tt]ới)\s+giờ\s+lên\s+máy\s+bay(?:\s+rồi)?"
                r"\s*(?P<end>[.!]*)")
_PASS = lazy(rf"[Tt]hẻ\s+lên\s+máy\s+bay\s+của\s+{_OWNER}\s+(?:(?:nằm\s+)?ở\s+)?đâu(?:\s+rồi)?{SOFTENED_QUESTION}")

# ... and in English
_WHICH_EN = lazy(rf"(?:Which|What)\s+gate\s+(?:(?P<it>is\s+it)|(?P<verb>does|is)\s+{_FLIGHT_EN}(?:\s+(?P<how>leave|"
                 r"depart|go|leaving|departing)\s+from|\s+(?P<at>at))?)\s*\?+")
_SAID_EN = lazy(rf"{_FLIGHT_EN}\s+(?:(?P<leaves>leaves|departs|goes|(?P<will>will)\s+(?:leave|depart|go))\s+from|"
                rf"(?:is|['’]s)\s+(?P<board>(?:now\s+)?boarding(?:\s+now)?\s+)?at|(?P<will2>will)\s+be\s+at)\s+gate\s+"
                rf"{_N}\s*(?P<end>[.!]*)")
_BOARDING_EN = lazy(rf"{_FLIGHT_EN}(?:\s+is|['’]s)\s+(?:now\s+)?boarding(?:\s+now)?\s*(?P<end>[.!]*)")
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+gate\s+{_N}\s*\?+")
_FORMS_EN = {act: [r"\s+".join(form.split()) + (r"(?P<online>\s+online)?" if act == "check" else "")
                   for form in forms] for act, forms in _FORMS.items()}
_FORMS_EN["security"][1] = r"(?:been|gone|got|gotten)\s+through\s+security"
_FORMS_EN["security"][2] = r"(?:went|got)\s+through\s+security"
_NOT = r"(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))"
_FRAMES = {"must_q": r"(?P<do>Do|Does)\s+{who}\s+(?P<must>need|have)\s+to\s+{0}\s*\?+",
           "must": r"{who}{not}?\s+(?P<must>needs?|ha(?:ve|s))\s+to\s+{0}\s*[.!]*",
           "where": r"Where\s+(?P<do>do|does|can)\s+{who}\s+(?:(?P<must>need|have)\s+to\s+)?{0}\s*\?+",
           "yet": r"(?P<have>Have|Has)\s+{who}\s+(?:already\s+)?{1}(?:\s+yet)?\s*\?+",
           "done": r"{who}(?P<have>['’]ve|['’]s|\s+have|\s+has)(?:\s+(?P<adv>already|just))?\s+{1}\s*[.!]*",
           "not_yet": r"{who}\s+(?P<have>haven['’]t|hasn['’]t|have\s+not|has\s+not)\s+{1}(?:\s+yet)?\s*[.!]*",
           "past": r"{who}\s+(?:already\s+)?{2}\s*[.!]*",
           "ing": r"{who}{be}\s+{3}(?:\s+now)?\s*[.!]*",
           "can": r"(?:Can|Could)\s+{who}\s+{0}(?P<here>\s+here)?\s*\?+",
           "did": r"Did\s+{who}\s+{0}\s*\?+"}
_DOES_EN = {(act, frame): lazy(said.format(*_FORMS_EN[act], who=WHO_EN, be=BE_EN, **{"not": _NOT}))
            for act in _FORMS for frame, said in _FRAMES.items()}
_STARTS_EN = lazy(rf"(?:[Bb]oarding\s+(?P<verb>starts|begins|will\s+start|will\s+begin)|{_FLIGHT_EN}\s+"
                  r"(?P<fverb>starts|begins|will\s+start|will\s+begin)\s+boarding)\s+at\s+(?P<time>[^.!?]+?)"
                  r"\s*(?P<end>[.!]*)|[Bb]oarding\s+time\s+is\s+(?P<time2>[^.!?]+?)\s*(?P<end2>[.!]*)")
_WHEN_EN = lazy(rf"(?:(?P<what>What\s+time)|When)\s+(?:does\s+boarding\s+(?:start|begin)|(?P<is>is\s+boarding)|"
                rf"(?P<do>do|does)\s+{WHO_EN}\s+(?:(?P<must>have|need)\s+to\s+)?board)\s*\?+")
_NOW_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?:now\s+)?boarding(?:\s+now)?\s*(?P<end>[.!]*)")
_TIME_TO_EN = lazy(r"It(?:['’]s|\s+is)\s+(?P<nearly>(?:nearly|almost)\s+)?time\s+to\s+board\s*(?P<end>[.!]*)")
_PASS_EN = lazy(r"(?:Can|Could|May)\s+I\s+see\s+your\s+boarding\s+pass(?:,?\s+please)?\s*\?+")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a gate, checking in, boarding, a boarding pass or security; None for any
    other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _gate(text) or _does(text) or _starts(text) or _when(text)
    return _gate_vi(text) or _does_vi(text) or _starts_vi(text) or _when_vi(text)


def _flight(m: re.Match) -> str | None:
    """The flight of a match of _FLIGHT in English: "the flight", "my flight", "the flight to Hanoi", "our flight to
    Hanoi"; None for a place mt.people.named_place does not know."""
    place = named_place(m["place"], "vi") if m["place"] else ""
    if place is None:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else "the"
    return f"{whose} flight{f' to {place}' * bool(place)}"


def _gate(text: str) -> str | None:
    """"Cửa ra máy bay số mấy?" as "Which gate is it?", "Chuyến bay của tôi ở cửa số mấy?" as "Which gate is my flight
    at?", "Chuyến bay khởi hành từ cửa số 12." as "The flight leaves from gate 12.", "Chuyến bay đang cho khách lên
    máy bay ở cửa số 12." as "The flight is boarding at gate 12.", "Cổng số 12 ở đâu?" as "Where's gate 12?"; None for
    anything else."""
    if m := _GATE_ASKED.fullmatch(text):
        return f"What's {OWNERS[keyed(m['owner'])]} gate?" if m["owner"] else "Which gate is it?"
    if m := _WHERE.fullmatch(text):
        return f"Where's gate {m['n']}?"
    m = _WHICH.fullmatch(text) or _SAID.fullmatch(text) or _BOARDING.fullmatch(text)
    if not m or (flight := _flight(m)) is None:
        return None
    if m.re == _WHICH:
        leaves = m["leaves"] or m["prep"] == "từ"
        return f"Which gate does {flight} leave from?" if leaves else f"Which gate is {flight} at?"
    at = f" at gate {m['n']}" if m.groupdict().get("n") else ""
    if m.re == _BOARDING:
        return capitalised(f"{flight} is boarding{at}{m['end'] or '.'}")
    will = "will " if m["will"] else ""
    said = f"{will}{'leave' if will else 'leaves'} from" if m["leaves"] else f"{'will be' if will else 'is'} at"
    return capitalised(f"{flight} {said} gate {m['n']}{m['end'] or '.'}")


def _agreed(who_: str, one: bool, verb: str) -> str:
    """"do", "have" or "be" as English says it after who: "does" after "she", "am" after "I"."""
    return be(who_) if verb == "be" else third_person(verb) if one else verb


def _does(text: str) -> str | None:
    """"Tôi cần làm thủ tục lên máy bay." as "I need to check in.", "Tôi làm thủ tục lên máy bay ở đâu?" as "Where do I
    check in?", "Bạn đã làm thủ tục lên máy bay chưa?" as "Have you checked in yet?", "Chúng tôi đã qua cửa an ninh
    rồi." as "We've been through security." (_DOES, _SAID_EN_OF); None for anything else, and for "làm thủ tục" alone
    or "trực tuyến" alone (any paperwork, done online).

    >>> _does("Tôi đã làm thủ tục trực tuyến rồi."), _does("Tôi đã làm thủ tục lên máy bay trực tuyến.")
    (None, 'I checked in online.')
    """
    act, m = next(((act, m) for act, p in _DOES.items() if (m := p.fullmatch(text))), (None, None))
    if not m or act == "check" and not (m["board"] or m["loan"]):
        return None
    base, pp, past, ing = (f"{form}{' online' * bool(m.groupdict().get('online'))}" for form in _FORMS[act])
    q, mode = "?" in m["end"], " ".join(" ".join(w for w in (m["ask"], m["not"], m["mode"]) if w).split())
    ending = "where" if m["where"] else " ".join(" ".join(w for w in (m["xong"], m["tail"], m["asked"]) if w).split())
    said = _SAID_EN_OF.get((mode, ending))
    if not any(m[g] for g in ("who", "kin", "titled", "given")):  # ("Làm thủ tục lên máy bay ở đâu?")
        return "Where's check-in?" if act == "check" and (mode, ending) == ("", "where") else None
    if not said or said.endswith("?") != q or m["here"] and "{here}" not in said or (found := who(m, q)) is None:
        return None
    who_, one = found
    words = {verb: _agreed(who_, one, verb) for verb in ("do", "have", "need")}
    said = said.format(who=who_, Do=words["do"].capitalize(), Have=words["have"].capitalize(), base=base, pp=pp,
                       past=past, ing=ing, here=" here" * bool(m["here"]), be=be(who_), **words)
    return said if q else capitalised(contracted(who_, said.removeprefix(f"{who_} ")))


def _starts(text: str) -> str | None:
    """"Bắt đầu lên máy bay lúc 9 giờ." as "Boarding starts at 9:00.", "Chuyến bay của tôi sẽ bắt đầu lên máy bay lúc 9
    giờ 30." as "My flight will start boarding at 9:30.", "Giờ lên máy bay là 9 giờ." as "Boarding time is 9:00."
    (_STARTS), "Đến giờ lên máy bay rồi." as "It's time to board." (_TIME_TO); None for anything else."""
    if m := _TIME_TO.fullmatch(text):
        return f"It's {'nearly ' * bool(m['nearly'])}time to board{m['end'] or '.'}"
    m = _STARTS.fullmatch(text)
    if not m or (time := dates.clock(m["time"] or m["time2"], "vi", "en")) is None:
        return None
    start, end = "will start" if m["will"] else "starts", m["end"] or m["end2"] or "."
    flight = _flight(m) if m["flight"] else ""
    said = "Boarding time is" if m["is"] else f"Boarding {start} at" if not m["flight"] else flight and capitalised(
        f"{flight} {start} boarding at")
    return said and f"{said} {time}{end}".replace("..", ".")


def _when(text: str) -> str | None:
    """"Mấy giờ bắt đầu lên máy bay?" as "What time does boarding start?", "Chúng ta phải lên máy bay lúc mấy giờ?" as
    "What time do we have to board?", "Giờ lên máy bay là mấy giờ?" as "What time is boarding?" (_WHEN); "Chúng tôi
    đang lên máy bay đây." as "We're boarding now." (_NOW); "Thẻ lên máy bay của bạn đâu?" as "Where's your boarding
    pass?" (_PASS); None for anything else."""
    if m := _NOW.fullmatch(text):
        said, now = who(m, False), " now" * bool(m["now"] or m["now2"])
        return said and capitalised(contracted(said[0], f"{be(said[0])} boarding{now}{m['end'] or '.'}"))
    if m := _PASS.fullmatch(text):
        return f"Where's {OWNERS[keyed(m['owner'])]} boarding pass?"
    m = next((m for p in _WHEN if (m := p.fullmatch(text))), None)
    if not m or m.re == _WHEN[2]:
        return m and "What time is boarding?"
    asked = "When" if m.re == _WHEN[0] and not m["what"] else "What time"
    if m.re == _WHEN[0] and m["start"]:
        return f"{asked} does boarding start?"
    if (said := who(m, True)) is None:
        return None
    need = f"{'need' if m['must'] == 'cần' else 'have'} to board" if m["must"] else "board"
    return f"{asked} {_agreed(*said, 'do')} {said[0]} {need}?"


def _flight_vi(m: re.Match, asked: bool) -> str | None:
    """The flight of a match of _FLIGHT_EN in Vietnamese: "chuyến bay", "chuyến bay của tôi", "chuyến bay đi Hà Nội",
    "our" asked as "của chúng ta" (the one asked flies too); None for a place mt.people.named_place does not know."""
    place = named_place(m["place"], "en") if m["place"] else ""
    whose = m["whose"].lower()
    if place is None:
        return None
    owner = "" if whose == "the" else "chúng ta" if whose == "our" and asked else WHOSE_VI[whose]
    return f"chuyến bay{f' đi {place}' * bool(place)}{f' của {owner}' * bool(owner)}"


def _gate_vi(text: str) -> str | None:
    """"Which gate is it?" as "Cổng số mấy?", "What gate does the flight leave from?" as "Chuyến bay khởi hành từ cửa
    số mấy?", "The flight is boarding at gate 12." as "Chuyến bay đang cho khách lên máy bay ở cửa số 12.", "Where's
    gate 12?" as "Cổng số 12 ở đâu?"; None for anything else, and for "does" and "is" that do not go with the verb."""
    if m := _WHERE_EN.fullmatch(text):
        return f"Cổng số {m['n']} ở đâu?"
    m = _WHICH_EN.fullmatch(text) or _SAID_EN.fullmatch(text) or _BOARDING_EN.fullmatch(text)
    if m and m.re == _WHICH_EN and m["it"]:
        return "Cổng số mấy?"
    if not m or (flight := _flight_vi(m, m.re == _WHICH_EN)) is None:
        return None
    if m.re == _WHICH_EN:
        if (m["verb"] == "does") != (m["how"] in ("leave", "depart", "go")):
            return None
        return capitalised(f"{flight} {'khởi hành từ' if m['how'] else 'ở'} cửa số mấy?")
    at = f" ở cửa số {m['n']}" if m.groupdict().get("n") else ""
    if m.re == _BOARDING_EN or m["board"]:
        return capitalised(f"{flight} đang cho khách lên máy bay{at}{m['end'] or '.'}")
    will = "sẽ " if m["will"] or m["will2"] else ""
    return capitalised(f"{flight} {will}{'khởi hành từ' if m['leaves'] else 'ở'} cửa số {m['n']}{m['end'] or '.'}")


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether the verbs of a match of _FRAMES agree with who (`one`: he, she, someone): "Does she", "she needs",
    "she doesn't", "Has he", "we've", "I'm"."""
    words = {g: " ".join(m[g].lower().replace("’", "'").split()) for g in ("do", "not", "must", "have", "be")
             if g in m.re.groupindex and m[g]}
    if "be" in words:
        return be_agrees(m, words["be"])
    if "do" in words and ((words["do"] == "does") != one if words["do"] != "can" else "must" in words):
        return False
    if "not" in words:
        return words["not"].startswith("does") == one and words.get("must") in ("need", "have")
    if "have" in words and words["have"].startswith(("has", "'s")) != one:
        return False
    return "do" in words or "must" not in words or words["must"] in (("needs", "has") if one else ("need", "have"))


def _does_vi(text: str) -> str | None:
    """"Where do I check in?" as "Tôi làm thủ tục ở đâu?", "I need to check in." as "Tôi cần làm thủ tục.", "Have you
    checked in yet?" as "Bạn đã làm thủ tục chưa?", "I checked in online." as "Tôi đã làm thủ tục trực tuyến.", "Do
    we have to go through security?" as "Chúng ta có phải qua cửa an ninh không?", "Did you check in?" as "Bạn đã làm
    thủ tục chưa?" (_DOES_EN); None for anything else, and where a verb does not agree with who."""
    key, m = next(((key, m) for key, p in _DOES_EN.items() if (m := p.fullmatch(text))), (None, None))
    if not m:
        return None
    (act, frame), (who_, one) = key, who_vi(m)
    if not _agrees(m, one):
        return None
    if who_ == "chúng tôi" and frame in ("must_q", "where", "yet", "can", "did"):
        who_ = "chúng ta"  # (the one asked goes too)
    said = f"{_SAID_VI[act]}{' trực tuyến' * bool(m.groupdict().get('online'))}"
    must = ("cần" if m["must"].startswith("need") else "phải") if "must" in m.re.groupindex and m["must"] else ""
    return capitalised({
        "must_q": f"{who_} có {must} {said} không?",
        "must": f"{who_} {'không ' * bool(m.groupdict().get('not'))}{must} {said}.",
        "where": f"{who_} {'có thể ' if m.groupdict().get('do') == 'can' else f'{must} ' if must else ''}{said} ở đâu?",
        "yet": f"{who_} đã {said} chưa?",
        "done": f"{who_} vừa {said} xong." if m.groupdict().get("adv") == "just" else f"{who_} đã {said} rồi.",
        "not_yet": f"{who_} chưa {said}.", "past": f"{who_} đã {said}.", "ing": f"{who_} đang {said}.",
        "can": f"{who_} có thể {said}{' ở đây' * bool(m.groupdict().get('here'))} không?",
        "did": f"{who_} đã {said} chưa?"}[frame])  # ("có … không?" asks of now or a habit)


def _starts_vi(text: str) -> str | None:
    """"Boarding starts at 9." as "Bắt đầu lên máy bay lúc 9 giờ.", "The flight starts boarding at 9:30." as
    "Chuyến bay bắt đầu cho khách lên máy bay lúc 9:30.", "Boarding time is 9:30." as "Giờ lên máy bay là 9:30."
    (_STARTS_EN); "It's time to board." as "Đến giờ lên máy bay rồi." (_TIME_TO_EN); None for anything else."""
    if m := _TIME_TO_EN.fullmatch(text):
        return f"{'Sắp đến' if m['nearly'] else 'Đến'} giờ lên máy bay rồi{m['end'] or '.'}"
    m = _STARTS_EN.fullmatch(text)
    if not m or (time := dates.clock(m["time"] or m["time2"], "en", "vi")) is None:
        return None
    if m["time2"]:
        return f"Giờ lên máy bay là {time}{m['end2'] or '.'}"
    will = "sẽ " if (m["verb"] or m["fverb"]).startswith("will") else ""
    if m["verb"]:
        return capitalised(f"{will}bắt đầu lên máy bay lúc {time}{m['end'] or '.'}")
    flight = _flight_vi(m, False)
    return flight and capitalised(f"{flight} {will}bắt đầu cho khách lên máy bay lúc {time}{m['end'] or '.'}")


def _when_vi(text: str) -> str | None:
    """"What time does boarding start?" as "Mấy giờ bắt đầu lên máy bay?", "When do we have to board?" as "Khi nào
    chúng ta phải lên máy bay?" (_WHEN_EN), "We're boarding now." as "Chúng tôi đang lên máy bay." (_NOW_EN), "Can I
    see your boarding pass?" as "Cho tôi xem thẻ lên máy bay của bạn được không?" (_PASS_EN, "Where's his boarding
    pass?" is an earlier rule's); None for anything else, and where "do" or "is" does not agree with who."""
    if _PASS_EN.fullmatch(text):
        return "Cho tôi xem thẻ lên máy bay của bạn được không?"
    if m := _NOW_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} đang lên máy bay{m['end'] or '.'}") if be_agrees(m, m["be"]) else None
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    asked = "Mấy giờ" if m["what"] else "Khi nào"
    if not m["do"]:
        return f"{asked} {'lên máy bay' if m['is'] else 'bắt đầu lên máy bay'}?"
    who_, one = who_vi(m)
    must = f"{'cần' if m['must'] == 'need' else 'phải'} " if m["must"] else ""
    we = "chúng ta" if who_ == "chúng tôi" else who_  # (the one asked flies too)
    return None if (m["do"] == "does") != one else f"{asked} {we} {must}lên máy bay?"
