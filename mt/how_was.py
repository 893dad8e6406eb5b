"""How something went, asked, and how it was, said, both ways, written whole by rule: someone's day, a trip, the
weekend, a holiday, a party, a film, an interview … asked about ("Chuyến đi thế nào?", "How was your weekend?", "How
did the interview go?"), and the answers ("Bữa tiệc vui lắm.", "It was really fun.", "The interview went well."). v8
with every rule before this one: "Hôm nay của bạn thế nào?" → "How today's your friends?", "Chuyến đi thế nào?" →
"How is the trip?", "Cuối tuần của bạn thế nào?" → "How does your week end?", "Kỳ nghỉ của bạn thế nào?" → "How do
your period breaks?", "Vui lắm." → "You're very good.", "Bộ phim hay lắm." → "It's very good to movies.", "Chuyến
đi tuyệt lắm." → "It's great to go."; "How was the trip?" → "Chuyến đi này là bao
nhiêu?" (how much), "How was your weekend?" → "Cuối tuần của bạn là gì?" (what), "How was the wedding?" → "Món cưới là
bao nhiêu?", "How was your vacation?" → "Sự biến chứng của bạn như thế nào?" (a complication), "It was tiring." → "Nó
gắn bó.", "The party was great." → "Đảng này rất tuyệt." (the political party), "Not bad." → "Không xấu." (not ugly).

Taken: how an event of EVENTS was, or how it went ("diễn ra", "go"), asked, with whose ("của bạn", "your", "của mẹ
tôi", "my mother's"), a place by its name for a trip ("Chuyến đi Đà Lạt", "the trip to Da Lat") and a day behind or
today ("tối qua", "last night"); how it was, said (one of HOW_IT_WAS, with "rất", "khá", "hơi" …, or not) or asked
("Bữa tiệc có vui không?", "Was the party fun?"); that it went well or not; and, said alone, "Vui lắm." (It was
really fun.), "Không tệ." (Not bad.) and in English "It was great." …, "It went well.", "How did it go?". The past
is English's: what is asked is over. Left: "Bài thi thế nào?" and how hard an exam was (mt/exams.py's), a match
(mt/matches.py's), "How was your day?" and "Bạn có khỏe không?" (the phrasebook's), how someone feels ("Tôi mệt
quá.", mt/feelings.py), "Chán lắm.", "Mệt lắm.", "Rất vui.", "Tuyệt lắm.", "Tệ lắm." alone (I'm bored? nice to
meet you? well done? that's terrible?), a word alone after the event ("Kỳ nghỉ tuyệt vời": a heading?), a film asked
good or not (seen or not: "Is it good?"), "day" without whose ("Hôm nay thế nào?"), "thế nào rồi" (how is it
going), "cũng" before a word but "ổn" and "không tệ" (also?), a day ahead, "How was it?", and anything else.
mt.phrasebook.translate tries these after mt/recommendations.py.

    >>> translate("Chuyến đi thế nào?", "vi", "en"), translate("How was your weekend?", "en", "vi")
    ('How was the trip?', 'Cuối tuần của bạn thế nào?')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .free_time import when
from .hobbies import SOMEONE, SOMEONE_EN, WHO_EN, someone, who_vi
from .lazy_re import lazy
from .matches import CAPITALS
from .people import named_place
from .rule_keys import agreement_checked
from .terms import WHOSE_VI
from .text import EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed
from .weather import EN_DEGREE

# what went, and how English says it (the first Vietnamese of each is written back)
EVENTS = {"chuyến đi": "trip", "chuyến du lịch": "trip", "chuyến công tác": "business trip", "chuyến bay": "flight",
          "cuối tuần": "weekend", "cuối tuần vừa rồi": "weekend", "cuối tuần vừa qua": "weekend",
          "cuối tuần qua": "weekend", "cuối tuần trước": "weekend", "kỳ nghỉ": "holiday", "kì nghỉ": "holiday",
          "kỳ nghỉ hè": "summer holiday", "kì nghỉ hè": "summer holiday", "bữa tiệc": "party", "buổi tiệc": "party",
          "tiệc": "party", "bữa tiệc sinh nhật": "birthday party", "tiệc sinh nhật": "birthday party",
          "bộ phim": "film", "phim": "film", "buổi phỏng vấn": "interview", "cuộc phỏng vấn": "interview",
          "buổi hòa nhạc": "concert", "buổi hoà nhạc": "concert", "đám cưới": "wedding", "buổi hẹn hò": "date",
          "buổi học": "class", "cuộc họp": "meeting", "buổi họp": "meeting", "bài thuyết trình": "presentation",
          "buổi thuyết trình": "presentation", "bài thi": "exam", "kỳ thi": "exam", "bài kiểm tra": "test",
          "hôm nay": "day", "ngày hôm nay": "day", "một ngày": "day", "ngày đầu tiên": "first day",
          "ngày đầu tiên đi làm": "first day at work", "ngày đầu đi làm": "first day at work",
          "ngày đầu tiên đi học": "first day at school", "ngày đầu đi học": "first day at school"}
EVENTS_VI = {en: vi for vi, en in reversed(EVENTS.items())} | {
    "journey": "chuyến đi", "vacation": "kỳ nghỉ", "summer vacation": "kỳ nghỉ hè", "movie": "bộ phim",
    "job interview": "buổi phỏng vấn", "lesson": "buổi học", "first day of school": "ngày đầu tiên đi học"}
_LAST_WEEKEND = {"cuối tuần vừa rồi", "cuối tuần vừa qua", "cuối tuần qua", "cuối tuần trước"}
_TRIPS = {"trip", "business trip", "journey"}  # (the only ones with a place: "the trip to Da Lat")
_NO_DAY = {"day", "weekend", "first day", "first day at work", "first day at school", "first day of school"}
_ASKED_ONLY = {"exam", "test"}  # (how hard, or passed: mt/exams.py's)
# how it was (the first Vietnamese of each is written back; "good" by what was good: _GOOD_VI)
HOW_IT_WAS = {"vui": "fun", "vui vẻ": "fun", "tuyệt": "great", "tuyệt vời": "great", "chán": "boring",
              "nhàm chán": "boring", "mệt": "tiring", "mệt mỏi": "tiring", "tệ": "bad", "tồi tệ": "terrible",
              "kinh khủng": "awful", "hay": "good", "tốt": "good", "ổn": "OK", "dài": "long", "thú vị": "interesting",
              "thư giãn": "relaxing", "căng thẳng": "stressful"}
HOW_IT_WAS_VI = {en.lower(): vi for vi, en in reversed(HOW_IT_WAS.items())} | {
    "amazing": "tuyệt vời", "wonderful": "tuyệt vời", "fantastic": "tuyệt vời", "exhausting": "mệt", "okay": "ổn",
    "fine": "ổn", "alright": "ổn", "all right": "ổn", "terrible": "tệ", "a lot of fun": "vui", "so much fun": "vui"}
_DOWNS = {"boring", "tiring", "bad", "long", "stressful"}  # (only these "a bit": not "a bit fun")
_DEGREE = {"rất": "really", "thật": "really", "thật sự": "really", "thật là": "really", "lắm": "really",
           "quá": "really", "khá": "quite", "hơi": "a bit", "cực kỳ": "extremely", "cực kì": "extremely"}
_GOOD_VI = {"film": "hay", "movie": "hay", "concert": "hay", "class": "hay", "lesson": "hay", "presentation": "hay",
            "interview": "tốt", "job interview": "tốt", "meeting": "tốt"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(rf"(?i:{alternatives(EVENTS)}|vui\s+lắm|không\s+tệ)"),
         "en": lazy(r"(?i:\bhow\b|\bwas|\bwent\b|\bgo\b|\bdid\b|not\s+(?:too\s+)?bad)")}

# the event, a place for a trip ("Chuyến đi Đà Lạt"), a day behind it, whose ("của bạn", "của mẹ tôi")
_DAYS = (r"(?:(?:sáng|chiều|tối)\s+)?hôm\s+qua|(?:sáng|chiều|tối|đêm)\s+qua|(?:hôm|sáng|chiều)\s+nay|"
         r"cuối\s+tuần\s+trước|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s+tuần\s+trước")
_SUBJECT = (rf"(?P<event>(?i:{alternatives(EVENTS)}))(?:\s+(?:đến\s+|tới\s+)?(?P<place>(?=[{CAPITALS}])[^\W\d_]+"
            rf"(?:\s+[^\W\d_]+){{0,2}}?))?(?:\s+(?P<day>(?i:{_DAYS})))?(?:\s+của\s+(?P<whose>(?i:"
            rf"{alternatives(PRONOUNS)})|{SOMEONE}))?(?:\s+(?P<day2>(?i:{_DAYS})))?")
_HOW = lazy(rf"{_SUBJECT}\s+(?P<go>diễn\s+ra\s+)?(?:như\s+)?(?:thế\s+nào|ra\s+sao){SOFTENED_END}")
_SAID = lazy(rf"{_SUBJECT}(?:\s+(?P<did>đã))?\s+(?P<also>cũng\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
             rf"(?:(?P<before>{alternatives(_DEGREE.keys() - {'lắm', 'quá'})})\s+)?"
             rf"(?P<word>(?i:{alternatives(HOW_IT_WAS)}))(?:\s+(?P<after>lắm|quá))?(?:\s+(?P<asked>không))?"
             rf"{SOFTENED_END}")
_WENT = lazy(rf"{_SUBJECT}(?:\s+đã)?\s+diễn\s+ra\s+(?:(?P<not>không)\s+(?:được\s+)?)?(?:(?P<very>rất)\s+)?"
             rf"(?:suôn\s+sẻ|tốt\s+đẹp|tốt)(?:\s+(?P<much>lắm))?{SOFTENED_END}")
# said alone, as an answer ("Vui lắm!", "Cũng không tệ.")
_ALONE = lazy(rf"(?:(?P<fun>[Vv]ui\s+lắm)|(?:[Cc]ũng\s+)?[Kk]hông\s+tệ(?P<much>\s+lắm)?){SOFTENED_END}")

# ... and in English ("your trip to Japan", "the party last night", "my mother's weekend", "last weekend")
_DAYS_EN = (r"yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+(?:night|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|"
            r"Satur|Sun)day)|today|this\s+(?:morning|afternoon)")
_SUBJECT_EN = (rf"(?:(?:(?P<the>(?i:the))|(?P<whose>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
               rf"(?P<event>(?i:{alternatives(EVENTS_VI)}))(?:\s+to\s+(?P<place>[A-Z]\w*(?:\s+[A-Z]\w*){{0,2}}))?"
               rf"(?:\s+(?P<day>(?i:{_DAYS_EN})))?|(?P<last>(?i:last\s+weekend)))")
_HOW_EN = lazy(rf"How\s+(?:was|(?P<go>did))\s+(?:{_SUBJECT_EN}|(?P<it>it))(?(go)\s+go)\s*\?+")
_WORD_EN = rf"(?P<word>(?i:{alternatives(HOW_IT_WAS_VI)}))"
_SAID_EN = lazy(rf"(?:(?P<it>(?i:it|that))|{_SUBJECT_EN})\s+was(?P<not>\s+not|n['’]t)?"
                rf"(?:\s+(?P<d>{alternatives((EN_DEGREE.keys() - {'still'}) | {'much'})}))?\s+{_WORD_EN}"
                r"\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"Was\s+{_SUBJECT_EN}\s+{_WORD_EN}\s*\?+")
_WENT_EN = lazy(rf"(?:(?P<it>(?i:it))|{_SUBJECT_EN})\s+(?:went(?:\s+(?P<very>really|very))?|"
                r"(?P<not>didn['’]t|did\s+not)\s+go(?:\s+(?P<much>very|too))?)\s+well\s*(?P<end>[.!]*)")
_GOOD_TIME_EN = lazy(rf"Did\s+{WHO_EN}\s+have\s+a\s+(?:good|nice|great)\s+"
                     r"(?P<event>weekend|trip|holiday|vacation|day)\s*\?+")
_NOT_BAD_EN = lazy(r"Not\s+(?P<too>too\s+)?bad\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks how an event went, or says how it was; None for any other."""
    text = text.strip()
    # (what is asked or said is short; on a long line the regexes only backtrack: 58 µs a FLORES line without this)
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or len(text) > 100 or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _how(text) or _said(text) or _went(text) or _alone(text)
    return _how_vi(text) or _said_vi(text) or _went_vi(text) or _good_time_vi(text) or _not_bad_vi(text)


def _subject(m: re.Match, asked: bool) -> str | None:
    """The event of a match of _SUBJECT in English: "chuyến đi Đà Lạt" as "the trip to Da Lat", "bữa tiệc tối qua"
    as "the party last night", "cuối tuần của bạn" as "your weekend", "cuối tuần vừa rồi" as "last weekend"; None
    for a place or a day it does not go with, "hôm nay" without whose, and "của anh" … said (the speaker?)."""
    said, event = keyed(m["event"]), EVENTS[keyed(m["event"])]
    place = m["place"] and named_place(m["place"], "vi")
    day = m["day"] or m["day2"]
    day_en = day and when(day, "vi")
    if m["place"] and not (place and event in _TRIPS) or day and (
            m["day"] and m["day2"] or not day_en or event in _NO_DAY):
        return None
    if not m["whose"]:
        whose = None if event == "day" else "" if said in _LAST_WEEKEND else "the"
    elif (pronoun := PRONOUNS.get(keyed(m["whose"]))) is not None:
        whose = None if pronoun == "you" and keyed(m["whose"]) != "bạn" and not asked else EN_WHOSE[pronoun]
    else:
        whose = (found := someone(m["whose"], "vi")) and f"{found}'s"
    if whose is None:
        return None
    event = "last weekend" if whose == "" else event
    return " ".join(w for w in (whose, event, place and f"to {place}", day_en) if w)


def _how(text: str) -> str | None:
    """"Chuyến đi thế nào?" as "How was the trip?", "Hôm nay của bạn thế nào?" as "How was your day?", "Buổi phỏng
    vấn diễn ra thế nào?" as "How did the interview go?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    if not m or "?" not in m["end"] or (subject := _subject(m, True)) is None:
        return None
    if m["go"]:
        return None if EVENTS[keyed(m["event"])] == "film" else f"How did {subject} go?"
    return f"How was {subject}?"


def _how_it_was(m: re.Match) -> str | None:
    """How it was of a match of _SAID in English: "rất vui" as "really fun", "hơi chán" as "a bit boring", "không
    hay lắm" as "not very good", "không tệ" as "not bad", "cũng ổn" as "OK"; None for "hơi vui", "rất ổn" …"""
    word = HOW_IT_WAS[keyed(m["word"])]
    degree = m["before"] or m["after"]
    if m["before"] and m["after"] or degree == "hơi" and word not in _DOWNS or m["asked"] and degree:
        return None
    if word == "OK" or m["also"]:
        return "OK" if word == "OK" and not (degree or m["not"]) or m["also"] and m["not"] and word == "bad" else None
    if m["not"]:
        if word in ("terrible", "awful") or m["before"] or m["after"] == "quá":
            return None
        much = "much" if word == "fun" else "too" if word == "bad" else "very"
        return f"not {much} {word}" if m["after"] else f"not {word}"
    return f"{_DEGREE[keyed(degree)]} {word}" if degree else word


def _said(text: str) -> str | None:
    """"Bữa tiệc vui lắm." as "The party was really fun.", "Bộ phim không hay lắm." as "The film wasn't very good.",
    "Chuyến đi có vui không?" as "Was the trip fun?" (_SAID); None for anything else, a word said alone after the
    event ("Phim hay": good films, a heading?), a film asked (not yet seen?), and an exam (mt/exams.py's)."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and (m["not"] or m["did"] or m["also"]):
        return None
    event = EVENTS[keyed(m["event"])]
    plain = not (m["before"] or m["after"] or m["not"] or m["did"] or m["also"])  # ("Kỳ nghỉ tuyệt vời": a title?)
    if event in _ASKED_ONLY or asked and event == "film" or m["ask"] and not asked or plain and not asked:
        return None
    subject, how = _subject(m, asked), _how_it_was(m)
    if subject is None or how is None:
        return None
    if asked:
        return f"Was {subject} {how}?"
    was = "wasn't" if how.startswith("not ") else "was"
    return capitalised(f"{subject} {was} {how.removeprefix('not ')}{m['end'] or '.'}")


def _went(text: str) -> str | None:
    """"Buổi phỏng vấn diễn ra suôn sẻ." as "The interview went well.", "… không suôn sẻ lắm." as "… didn't go very
    well." (_WENT); None for anything else."""
    m = _WENT.fullmatch(text)
    if not m or "?" in m["end"] or m["very"] and (m["much"] or m["not"]) or (subject := _subject(m, False)) is None:
        return None
    if EVENTS[keyed(m["event"])] in ("film", "day"):
        return None
    if m["not"]:
        return capitalised(f"{subject} didn't go {'very ' * bool(m['much'])}well{m['end'] or '.'}")
    return capitalised(f"{subject} went {'really ' * bool(m['very'] or m['much'])}well{m['end'] or '.'}")


def _alone(text: str) -> str | None:
    """"Vui lắm." as "It was really fun.", "Không tệ." and "Cũng không tệ." as "Not bad.", "Không tệ lắm." as "Not
    too bad." (_ALONE); None for anything else."""
    m = _ALONE.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if m["fun"]:
        return f"It was really fun{m['end'] or '.'}"
    return f"Not {'too ' * bool(m['much'])}bad{m['end'] or '.'}"


def _subject_vi(m: re.Match, said: bool = False) -> str | None:
    """The event of a match of _SUBJECT_EN in Vietnamese: "the trip to Da Lat" as "chuyến đi Đà Lạt", "your weekend"
    as "cuối tuần của bạn", "my mother's trip" as "chuyến đi của mẹ tôi"; "ngày hôm nay" for a day `said` of; None
    for a place or a day it does not go with, and "the day"."""
    if m["last"]:
        return "cuối tuần vừa rồi"
    event = " ".join(m["event"].lower().split())
    place = m["place"] and named_place(m["place"], "en")
    day = m["day"] and when(m["day"], "en")
    if m["place"] and not (place and event in _TRIPS) or m["day"] and (not day or event in _NO_DAY) or (
            m["the"] and event == "day"):
        return None
    whose = someone(m["someone"], "en") if m["someone"] else m["whose"] and WHOSE_VI[m["whose"].lower()]
    if m["someone"] and not whose:
        return None
    said_vi = "ngày hôm nay" if said and event == "day" else EVENTS_VI[event]
    return " ".join(w for w in (said_vi, place, day, whose and f"của {whose}") if w)


def _how_vi(text: str) -> str | None:
    """"How was the trip?" as "Chuyến đi thế nào?", "How did your interview go?" as "Buổi phỏng vấn của bạn diễn ra
    thế nào?" (not a day, a weekend or an exam), "How did it go?" as "Mọi việc diễn ra thế nào?" (_HOW_EN); None for
    anything else, and "How was it?"."""
    m = _HOW_EN.fullmatch(text)
    if not m or m["it"] and not m["go"] or m["go"] and m["event"] and m["event"].lower() in ("film", "movie"):
        return None
    if m["it"]:
        return "Mọi việc diễn ra thế nào?"
    subject = _subject_vi(m)
    went = " diễn ra" * bool(m["go"] and m["event"] and m["event"].lower() not in _NO_DAY | _ASKED_ONLY)
    return subject and capitalised(f"{subject}{went} thế nào?")


def _how_it_was_vi(m: re.Match, alone: bool) -> str | None:
    """How it was of a match of _SAID_EN in Vietnamese: "really fun" as "vui lắm" (`alone`, nothing before it) or
    "rất vui", "a bit boring" as "hơi chán", "not very good" (a film) as "không hay lắm", "OK" as "cũng ổn"; None
    for "a bit fun", "very OK", "good" said of what Vietnamese does not call "hay" or "tốt" …"""
    word, degree = m["word"].lower(), (m["d"] or "").lower()
    event = m.groupdict().get("event")
    vi = _GOOD_VI.get((event or "").lower()) if word == "good" else HOW_IT_WAS_VI[" ".join(word.split())]
    if vi is None or degree in ("a bit", "a little") and HOW_IT_WAS[vi] not in _DOWNS:
        return None
    if vi == "ổn":
        return None if degree or m["not"] else "cũng ổn"
    if m["not"]:
        lot = {"": "", "very": " lắm", "much": " lắm" * (vi == "vui"), "too": " lắm" * (vi == "tệ")}.get(degree)
        return None if not lot and degree or word in ("terrible", "awful") else f"không {vi}{lot}"
    if degree == "much":
        return None
    before, after = EN_DEGREE.get(degree, ("rất", ""))
    if alone and before == "rất":
        before, after = "", "lắm"
    return " ".join(w for w in (before, vi, after) if w)


def _said_vi(text: str) -> str | None:
    """"The party was really fun." as "Bữa tiệc rất vui.", "It was great." as "Tuyệt lắm.", "The film wasn't very
    good." as "Bộ phim không hay lắm.", "Was the party fun?" as "Bữa tiệc có vui không?" (_SAID_EN, _ASKED_EN);
    None for anything else, and an exam (mt/exams.py's)."""
    m = _SAID_EN.fullmatch(text)
    asked = m is None
    if asked and not (m := _ASKED_EN.fullmatch(text)):
        return None
    if m["event"] and m["event"].lower() in _ASKED_ONLY or asked and m["event"] and (
            m["event"].lower() in ("film", "movie") or m["word"].lower() == "good"):
        return None
    alone = not asked and bool(m["it"])
    subject = "" if alone else _subject_vi(m, said=True)
    how = _how_it_was_vi(m, alone) if asked is False else HOW_IT_WAS_VI[" ".join(m["word"].lower().split())]
    if subject is None or how is None:
        return None
    if asked:
        return capitalised(f"{subject} có {how.removeprefix('cũng ')} không?")
    return capitalised(f"{subject} {how}".strip() + (m["end"] or "."))


def _went_vi(text: str) -> str | None:
    """"The interview went well." as "Buổi phỏng vấn diễn ra suôn sẻ.", "It went really well." as "Mọi việc đều rất
    suôn sẻ.", "It didn't go very well." as "Mọi việc không suôn sẻ lắm." (_WENT_EN); None for anything else."""
    m = _WENT_EN.fullmatch(text)
    if not m or m["event"] and m["event"].lower() in ("film", "movie", "day"):
        return None
    subject = "Mọi việc" if m["it"] else _subject_vi(m)
    if subject is None:
        return None
    went = "" if m["it"] else " diễn ra"
    if m["not"]:
        much = " lắm" * bool(m["much"])
        return capitalised(f"{subject}{went} không{' được' * bool(went)} suôn sẻ{much}{m['end'] or '.'}")
    return capitalised(f"{subject}{' đều' if m['it'] else went} {'rất ' * bool(m['very'])}suôn sẻ{m['end'] or '.'}")


def _good_time_vi(text: str) -> str | None:
    """"Did you have a good weekend?" as "Cuối tuần của bạn có vui không?", "Did your mother have a nice trip?" as
    "Chuyến đi của mẹ tôi có vui không?" (_GOOD_TIME_EN); None for anything else."""
    m = _GOOD_TIME_EN.fullmatch(text)
    return m and capitalised(f"{EVENTS_VI[m['event']]} của {who_vi(m)[0]} có vui không?")


def _not_bad_vi(text: str) -> str | None:
    """"Not bad." as "Không tệ.", "Not too bad." as "Không tệ lắm." (_NOT_BAD_EN; "It wasn't bad." is _said_vi's);
    None for anything else."""
    m = _NOT_BAD_EN.fullmatch(text)
    return m and f"Không tệ{' lắm' * bool(m['too'])}{m['end'] or '.'}"
