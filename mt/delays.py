"""A bus, a train or a flight missed, delayed or cancelled, and when the next or the last one goes, both ways, written
whole by rule. v8 with every other rule: "Tôi bị lỡ chuyến xe buýt cuối cùng." → "I'm miss the last bus.", "Bố tôi bị
lỡ chuyến tàu cuối cùng." → "My father was missed the last train.", "Họ bị lỡ chuyến bay vì kẹt xe." → "They were
missile for traffic jam.", "Nếu không nhanh lên, chúng ta sẽ lỡ tàu." → "Without faster, we will miss the train.",
"Chuyến bay của họ bị hủy vì bão." → "Their flight was destroyed by storm.", "Chuyến tàu bị hủy." → "The ship was
cancelled.", "Chuyến bay có bị hoãn không?" → "Are the flight delayed?", "Xe buýt tiếp theo mấy giờ đến?" → "How many
hours of the bus next time?"; "If we don't hurry, we'll miss the train." → "Nếu chúng ta không ôm ấp, …" (cuddle),
"You'll miss your flight if you don't hurry." → "… nếu không bị hói." (bald), "She missed her train." → "Cô ấy bỏ lỡ
xe lửa của mình.", "Did you miss your flight?" → "Bạn có nhớ chuyến bay của mình không?" (remember), "What time does
the next bus come?" → "Xe buýt tiếp theo là gì?", "The next bus is in twenty minutes." → "… nằm trong vòng hai mươi
phút.".

Taken: who (mt.hobbies.WHO, WHO_EN) missed, just missed, almost missed or will miss a ride of mt.mishaps.RIDES that is
the last, the next or the first one, or for a reason (REASONS: "vì bão", "because of the storm"), or asked ("Bạn có bị
lỡ chuyến bay không?", "Did you miss your flight?"), English whose agreeing with who ("She missed her train."); we, you
or they will miss it if they do not hurry or leave now ("Nếu không nhanh lên, chúng ta sẽ lỡ tàu.", "We'll miss the
bus if we don't hurry.", "Hurry up, or we'll miss the train."); a ride (or all of them) cancelled, said or asked, and
delayed where asked, for a reason, the last or the next, or whose is another's ("Chuyến bay của họ bị hoãn vì bão.");
when the next, the last or the first one comes, leaves, takes off or lands ("Xe buýt tiếp theo mấy giờ đến?", "When
does the next flight leave?", "Khi nào có chuyến xe buýt tiếp theo?"), and the next one in a span ("Hai mươi phút nữa
có chuyến xe buýt tiếp theo."). Left: a ride missed, delayed or going to be missed, plain ("Tôi bị lỡ xe buýt.",
"My flight was delayed.": mt/mishaps.py), "What time is the next bus?" and "When is the next bus?" (the phrasebook's),
a ride leaving at a time (mt/timetables.py), hurrying and late (mt/hurry.py), "anh", "chị", "em" alone saying it,
someone by kin or name in an "if" (his or hers), whose in Vietnamese ("lỡ chuyến bay của tôi"), "vé máy bay".
mt.phrasebook.translate tries these after mt/decisions.py.

    >>> translate("Chuyến bay của họ bị hủy vì bão.", "vi", "en"), translate("She missed her train.", "en", "vi")
    ('Their flight was cancelled because of the storm.', 'Cô ấy bị lỡ tàu.')
"""
from __future__ import annotations

import re

from . import spans
from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .mishaps import RIDES
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, his_her
from .text import (
    ASKED_END,
    SOFTENED_END,
    WHOSE_OF,
    alternatives,
    capitalised,
    contracted,
    keyed,
    regular_plural,
)

_RIDES = {vi: en for vi, en in RIDES}
_RIDES_VI = {en: vi for vi, en in reversed(RIDES)}  # (the first wins: "xe buýt", "tàu", "chuyến bay")
_MANY = {regular_plural(en): en for en in _RIDES_VI}  # ("all flights")
WHICH = {"cuối cùng": "last", "cuối": "last", "tiếp theo": "next", "kế tiếp": "next", "đầu tiên": "first"}
WHICH_VI = {en: vi for vi, en in reversed(WHICH.items())}
# why it was missed, delayed or cancelled (the first Vietnamese of each is written back)
REASONS = {"bão": "the storm", "cơn bão": "the storm", "thời tiết xấu": "bad weather", "sương mù": "fog",
           "kẹt xe": "the traffic", "tắc đường": "the traffic", "mưa lớn": "heavy rain", "mưa to": "heavy rain",
           "sự cố kỹ thuật": "a technical problem", "đình công": "a strike"}
REASONS_VI = {en: vi for vi, en in reversed(REASONS.items())} | {
    "a storm": "bão", "traffic": "kẹt xe", "the bad weather": "thời tiết xấu", "the fog": "sương mù",
    "technical problems": "sự cố kỹ thuật", "the strike": "đình công", "the heavy rain": "mưa lớn"}
# not hurrying, in an "if" ("nhanh lên", hurry; "đi ngay", leave now)
_HURRY = {"nhanh lên": "hurry", "nhanh": "hurry", "mau lên": "hurry", "khẩn trương lên": "hurry",
          "khẩn trương": "hurry", "đi ngay": "leave now", "đi ngay bây giờ": "leave now"}
_HURRY_VI = {"hurry": "nhanh lên", "hurry up": "nhanh lên", "leave now": "đi ngay bây giờ"}
# what the next one does, and its Vietnamese by the ride ("chạy" for a bus or a train, "khởi hành" for the rest)
_DOES = {"đến": "arrive", "tới": "arrive", "chạy": "leave", "khởi hành": "leave", "xuất phát": "leave", "đi": "leave",
         "cất cánh": "take off", "hạ cánh": "land"}
_DOES_VI = {"leave": "khởi hành", "depart": "khởi hành", "go": "khởi hành", "arrive": "đến", "come": "đến",
            "get here": "đến", "take off": "cất cánh", "land": "hạ cánh"}
_KEYS = {"vi": lazy(r"(?i:lỡ|nhỡ|h(?:ủy|uỷ)|hoãn|tiếp\s+theo|kế\s+tiếp|cuối|đầu\s+tiên)"),
         "en": lazy(r"(?i:miss|cancel|delay|next|last|first)")}

_RIDE = rf"(?P<ride>(?i:{alternatives(_RIDES)}))(?:\s+(?P<which>{alternatives(WHICH)}))?"
_WHY = rf"(?:\s+(?:vì|do|bởi\s+vì|tại)\s+(?P<why>(?i:{alternatives(REASONS)})))?"
_MISSED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<tense>đã|vừa|sẽ|suýt(?:\s+nữa)?(?:\s+thì)?)\s+)?(?:bị\s+)?"
               rf"(?:bỏ\s+)?(?:lỡ|nhỡ)\s+(?:mất\s+)?{_RIDE}{_WHY}(?:\s+(?P<done>rồi|mất))?{ASKED_END}")
_WILL_MISS = rf"{WHO}\s+sẽ\s+(?:bị\s+)?(?:bỏ\s+)?lỡ\s+(?:mất\s+)?{_RIDE}(?:\s+mất)?"
_UNLESS = rf"(?:(?P<who2>{alternatives(PRONOUNS)})\s+)?không\s+(?P<hurry>{alternatives(_HURRY)})"
_IF = [lazy(rf"(?i:nếu)\s+{_UNLESS}(?:\s+thì)?\s*,?\s+{_WILL_MISS}{SOFTENED_END}"),
       lazy(rf"{_WILL_MISS}\s+nếu\s+{_UNLESS}{SOFTENED_END}"),
       lazy(rf"(?P<hurry>(?i:nhanh|mau|khẩn\s+trương)\s+lên)\s*,?\s+(?:không\s+thì|kẻo)\s+{_WILL_MISS}"
            r"\s*(?P<end>[.!]*)")]
_STATE = lazy(rf"(?:(?P<all>(?i:tất\s+cả))\s+(?:các\s+)?)?{_RIDE}(?:\s+của\s+(?P<whose>{alternatives(OWNERS)}))?"
              r"\s+(?:(?P<ask>có)\s+|(?P<did>đã)\s+)?(?:(?P<each>đều)\s+)?(?:đã\s+)?bị\s+"
              rf"(?:(?P<off>h(?:ủy|uỷ)(?:\s+bỏ)?)|hoãn(?:\s+lại)?(?:\s+(?:mất\s+)?{spans.VI})?){_WHY}"
              rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
_WHEN = [lazy(rf"{_RIDE}\s+(?:(?:vào\s+)?lúc\s+)?(?P<q>mấy\s+giờ|khi\s+nào)(?:\s+(?P<does>"
              rf"{alternatives(_DOES)}))?{SOFTENED_END}"),
         lazy(rf"{_RIDE}\s+(?P<does>{alternatives(_DOES)})\s+(?:vào\s+)?(?:lúc\s+)?(?P<q>mấy\s+giờ|khi\s+nào)"
              rf"{SOFTENED_END}"),
         lazy(rf"(?P<q>(?i:khi\s+nào|mấy\s+giờ))\s+(?P<be>có)\s+{_RIDE}{SOFTENED_END}")]
_IN = lazy(rf"(?i:{spans.VI})\s+nữa\s+(?:mới\s+)?có\s+{_RIDE}\s*[.!]*")

# ... and in English
_RIDE_EN = rf"(?:(?P<which>last|next|first)\s+)?(?P<ride>{alternatives(_RIDES_VI)})"
_WHOSE_EN = r"(?P<det>the|my|your|his|her|our|their)"
_WHY_EN = rf"(?:,?\s+(?:because\s+of|due\s+to)\s+(?P<why>(?i:{alternatives(REASONS_VI)})))?"
_MISSED_EN = lazy(rf"{WHO_EN}(?P<tense>\s+just|\s+almost|\s+nearly|['’]ll|\s+will)?\s+(?P<verb>missed|miss)\s+"
                  rf"{_WHOSE_EN}\s+{_RIDE_EN}{_WHY_EN}\s*(?P<end>[.!]*)")
_DID_EN = lazy(rf"Did\s+{WHO_EN}\s+miss\s+{_WHOSE_EN}\s+{_RIDE_EN}{_WHY_EN}\s*\?+")
_NOT_EN = r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)"
_UNLESS_EN = rf"(?P<who2>I|we|you|they|he|she)\s+{_NOT_EN}\s+(?P<hurry>hurry(?:\s+up)?|leave\s+now)"
_WILL_EN = rf"{WHO_EN}(?:['’]ll|\s+will)\s+miss\s+{_WHOSE_EN}\s+{_RIDE_EN}"
_IF_EN = [lazy(rf"If\s+{_UNLESS_EN},\s*{_WILL_EN}\s*(?P<end>[.!]*)"),
          lazy(rf"{_WILL_EN}\s+if\s+{_UNLESS_EN}\s*(?P<end>[.!]*)"),
          lazy(rf"Hurry(?:\s+up)?\s*[,!]?\s+or\s+{_WILL_EN}\s*(?P<end>[.!]*)")]
_BE_EN = r"(?P<be>was|is|['’]s|has\s+been|['’]s\s+been|were|are|have\s+been)"
_STATE_EN = lazy(rf"(?:(?P<all>All)(?:\s+the)?|(?P<det>[Tt]he|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir))\s+"
                 rf"(?:(?P<which>last|next|first)\s+)?(?P<ride>{alternatives(_RIDES_VI | _MANY)})\s+{_BE_EN}\s+"
                 rf"(?:(?P<off>cancell?ed|canceled)|delayed(?:\s+by\s+{spans.EN})?){_WHY_EN}\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<be>Was|Is|Has)\s+{_WHOSE_EN}\s+{_RIDE_EN}(?P<been>\s+been)?\s+"
                 rf"(?:(?P<off>cancell?ed|canceled)|delayed){_WHY_EN}\s*\?+")
_WHEN_EN = lazy(rf"(?P<q>What\s+time|When)(?:\s+does\s+the\s+{_RIDE_EN}\s+(?P<does>{alternatives(_DOES_VI)})|"
                rf"['’]s\s+the\s+{_RIDE_EN.replace('<which>', '<which2>').replace('<ride>', '<ride2>')})\s*\?+")
_IN_EN = lazy(rf"The\s+next\s+(?P<ride>{alternatives(_RIDES_VI)})\s+(?:is|['’]s)\s+in\s+{spans.EN}\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who missed a ride, that it is delayed or cancelled, or when
    the next one goes; None for any other."""
    if src == "vi":
        return _missed(text) or _if(text) or _state(text) or _when(text)
    return _missed_vi(text) or _if_vi(text) or _state_vi(text) or _when_vi(text)


def _ride(m: re.Match) -> str:
    """The ride of a match of _RIDE in English, with which: "the last bus", "the flight"."""
    which = f"{WHICH[keyed(m['which'])]} " if m["which"] else ""
    return f"the {which}{_RIDES[keyed(m['ride'])]}"


def run_vi(ride: str, which: str | None, counted: bool = False) -> str | None:
    """A ride of English in Vietnamese: "tàu", with which or `counted` (a run, not a vehicle) "chuyến tàu cuối
    cùng"; None for a plane so ("máy bay" is a vehicle, not a run)."""
    vi = _RIDES_VI[ride.lower()]
    if not (which or counted):
        return vi
    if ride.lower() == "plane":
        return None
    run = vi if vi.startswith("chuyến") else f"chuyến {vi}"
    return f"{run} {WHICH_VI[which.lower()]}" if which else run


def _why(m: re.Match, tgt: str) -> str:
    """The reason of a match of _WHY (" because of the storm") or of _WHY_EN (" vì bão"); "" for none said."""
    if not m["why"]:
        return ""
    return f" because of {REASONS[keyed(m['why'])]}" if tgt == "en" else f" vì {REASONS_VI[keyed(m['why'])]}"


def _missed(text: str) -> str | None:
    """"Tôi bị lỡ chuyến xe buýt cuối cùng." as "I missed the last bus.", "Họ bị lỡ chuyến bay vì kẹt xe." as "They
    missed the flight because of the traffic.", "Bạn có bị lỡ chuyến bay không?" as "Did you miss the flight?";
    None for one plain (mt/mishaps.py's), and "sẽ … rồi"."""
    m = _MISSED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    tense = keyed(m["tense"] or "").split(" ")[0]
    if not (m["which"] or m["why"] or asked or tense == "vừa") or m["done"] and (tense == "sẽ") != (m["done"] == "mất"):
        return None
    ride = f"{_ride(m)}{_why(m, 'en')}"
    if asked:
        return f"Did {said[0]} miss {ride}?"
    if tense == "sẽ":
        return capitalised(contracted(said[0], f"will miss {ride}."))
    how = {"vừa": "just missed", "suýt": "almost missed"}.get(tense, "missed")
    return capitalised(f"{said[0]} {how} {ride}.")


def _if(text: str) -> str | None:
    """"Nếu không nhanh lên, chúng ta sẽ lỡ tàu." as "If we don't hurry, we'll miss the train.", "Chúng ta sẽ lỡ
    xe buýt nếu không đi ngay." as "We'll miss the bus if we don't leave now.", "Nhanh lên, không thì chúng ta sẽ lỡ
    tàu." as "Hurry up, or we'll miss the train."; None for who not a pronoun, or another in the "if"."""
    k, m = next(((k, m) for k, p in enumerate(_IF) if (m := p.fullmatch(text))), (None, None))
    if not m or "?" in m["end"] or not m["who"] or (said := who(m, False)) is None:
        return None
    if m.groupdict().get("who2") and keyed(m["who2"]) != keyed(m["who"]):
        return None
    who_, one = said
    will = capitalised(contracted(who_, f"will miss {_ride(m)}"))
    if k == 2:
        return f"Hurry up, or {will[0].lower() if who_ != 'I' else 'I'}{will[1:]}."
    unless = f"{who_} {'doesn' if one else 'don'}'t {_HURRY[keyed(m['hurry'])]}"
    return f"If {unless}, {will[0].lower() if who_ != 'I' else 'I'}{will[1:]}." if k == 0 else f"{will} if {unless}."


def _state(text: str) -> str | None:
    """"Chuyến bay của họ bị hủy vì bão." as "Their flight was cancelled because of the storm.", "Chuyến bay có bị
    hoãn không?" as "Is the flight delayed?", "Tất cả các chuyến bay đều bị hủy." as "All flights have been
    cancelled."; None for a delay plain (mt/mishaps.py's), a plane cancelled ("máy bay bị hủy": destroyed)."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or bool(m["each"]) and not m["all"]:
        return None
    ride, off, span = _RIDES[keyed(m["ride"])], bool(m["off"]), spans.said(m, "en")
    whose = OWNERS[keyed(m["whose"])] if m["whose"] else "the"
    if off and (ride == "plane" or span) or m["all"] and (asked or m["whose"] or m["which"]) or not off and not (
            asked or m["which"] or m["why"] or m["all"] or whose not in ("the", "my", "your", "our")):
        return None
    which = f"{WHICH[keyed(m['which'])]} " if m["which"] else ""
    done = f"{' by ' + span if span else ''}{_why(m, 'en')}"
    if m["all"]:
        return f"All {regular_plural(ride)} {'have been cancelled' if off else 'are delayed'}{done}."
    if asked:
        if off:  # ("Was it cancelled because of …?": the reason asked of what is done)
            return f"{'Was' if m['why'] else 'Has'} {whose} {which}{ride}{'' if m['why'] else ' been'} cancelled{done}?"
        return f"Is {whose} {which}{ride} delayed{done}?"
    be = "has been" if m["done"] else "was" if off or m["did"] else "is"
    return capitalised(f"{whose} {which}{ride} {be} {'cancelled' if off else 'delayed'}{done}.")


def _when(text: str) -> str | None:
    """"Xe buýt tiếp theo mấy giờ đến?" as "What time does the next bus come?", "Chuyến tàu cuối cùng khi nào chạy?"
    as "When does the last train leave?", "Khi nào có chuyến xe buýt tiếp theo?" as "When is the next bus?", "Hai
    mươi phút nữa có chuyến xe buýt tiếp theo." as "The next bus is in twenty minutes."; None for a ride not the
    next, the last or the first, and a bus taking off."""
    if (m := _IN.fullmatch(text)) and m["which"] and WHICH[keyed(m["which"])] == "next":
        return f"The next {_RIDES[keyed(m['ride'])]} is in {spans.said(m, 'en')}."
    m = next((m for p in _WHEN if (m := p.fullmatch(text))), None)
    if not m or not m["which"] or "?" not in m["end"]:
        return None
    ride, q = _ride(m), "What time" if keyed(m["q"]) == "mấy giờ" else "When"
    if m.groupdict().get("be") or not m["does"]:
        return f"{q} is {ride}?"
    does = _DOES[keyed(m["does"])]
    if does in ("take off", "land") and not ride.endswith(("flight", "plane")):
        return None
    return f"{q} does {ride} {'come' if does == 'arrive' and ride.endswith('bus') else does}?"


def _own(m: re.Match, who_: str) -> bool:
    """Whether whose of a match of _WHOSE_EN goes with who (`who_` as mt.hobbies.who_vi says it): "she … her",
    "my mother … her", "Lan … his" or "her"; not "she … his"."""
    det = m["det"].lower()
    if det == "the":
        return True
    if m["who"]:
        return det == WHOSE_OF[m["who"].lower()]
    return det == his_her(who_) if his_her(who_) else det in ("his", "her")


def _ride_vi(m: re.Match) -> str | None:
    """The ride of a match of _RIDE_EN in Vietnamese, with the reason: "chuyến xe buýt cuối cùng vì bão"."""
    run = run_vi(m["ride"], m["which"])
    return run and f"{run}{_why(m, 'vi')}"


def _missed_vi(text: str) -> str | None:
    """"I missed the last bus." as "Tôi bị lỡ chuyến xe buýt cuối cùng.", "She missed her train." as "Cô ấy bị lỡ
    chuyến tàu.", "Did you miss your flight?" as "Bạn có bị lỡ chuyến bay không?"; None for one plain (mt/mishaps.py's),
    whose not agreeing with who ("She missed his train."), and "I'll missed"."""
    m, asked = _MISSED_EN.fullmatch(text), False
    if not m:
        m, asked = _DID_EN.fullmatch(text), True
    if not m:
        return None
    tense = "" if asked else keyed((m["tense"] or "").replace("’", "'").replace("'ll", "will"))
    who_, _ = who_vi(m)
    if not _own(m, who_) or not asked and ((tense == "will") != (m["verb"] == "miss")):
        return None
    if not (m["which"] or m["why"] or asked or tense == "just" or m["det"] in ("his", "her", "their")):
        return None
    ride = _ride_vi(m)
    if ride is None:
        return None
    if asked:
        return capitalised(f"{who_} có bị lỡ {ride} không?")
    if tense == "will":
        who_ = "chúng ta" if who_ == "chúng tôi" else who_
    how = {"just": "vừa lỡ", "almost": "suýt lỡ", "nearly": "suýt lỡ", "will": "sẽ lỡ"}.get(tense, "bị lỡ")
    return capitalised(f"{who_} {how} {ride}.")


def _if_vi(text: str) -> str | None:
    """"If we don't hurry, we'll miss the train." as "Nếu không nhanh lên, chúng ta sẽ lỡ tàu.", "You'll miss your
    flight if you don't hurry." as "Bạn sẽ lỡ chuyến bay nếu không nhanh lên.", "Hurry up, or we'll miss the bus."
    as "Nhanh lên, không thì chúng ta sẽ lỡ xe buýt."; None where the two who differ, or "don't" disagrees."""
    k, m = next(((k, m) for k, p in enumerate(_IF_EN) if (m := p.fullmatch(text))), (None, None))
    if not m or not m["who"] or (who2 := m.groupdict().get("who2")) and who2.lower() != m["who"].lower():
        return None
    if who2 and m["not"].lower().startswith("does") != (who2.lower() in ("he", "she")) or not _own(m, ""):
        return None
    ride = run_vi(m["ride"], m["which"])
    who_ = who_vi(m)[0]
    will = f"{'chúng ta' if who_ == 'chúng tôi' else who_} sẽ lỡ {ride}"
    if k == 2:
        return f"Nhanh lên, không thì {will}{m['end'] or '.'}"
    unless = f"không {_HURRY_VI[keyed(m['hurry'])]}"
    return f"Nếu {unless}, {will}." if k == 0 else capitalised(f"{will} nếu {unless}.")


def _state_vi(text: str) -> str | None:
    """"Their flight was cancelled because of the storm." as "Chuyến bay của họ bị hủy vì bão.", "Was your flight
    cancelled?" as "Chuyến bay của bạn có bị hủy không?", "All flights have been cancelled." as "Tất cả các chuyến
    bay đều bị hủy."; None for a delay plain (mt/mishaps.py's), and "is" or "were" not agreeing ("All flights was")."""
    m, asked = _STATE_EN.fullmatch(text), False
    if not m:
        m, asked = _ASKED_EN.fullmatch(text), True
    if not m:
        return None
    be, off = keyed(m["be"].replace("’", "'")), bool(m["off"])
    many = m["ride"].lower() in _MANY
    det = "" if not asked and m["all"] else m["det"].lower()
    if many != (not asked and bool(m["all"])) or (be in ("were", "are", "have been")) != many:
        return None
    if asked and (be == "has") != bool(m["been"]) or asked and be == "has" and not off:
        return None
    if not off and not (asked or m["which"] or m["why"] or many or det in ("his", "her", "their")):
        return None
    ride = run_vi(_MANY.get(m["ride"].lower(), m["ride"]), m["which"], counted=True)
    if ride is None:
        return None
    whose = f" của {WHOSE_VI[det]}" if det not in ("", "the") else ""
    span = "" if asked else spans.said(m, "vi")
    done = f"bị {'hủy' if off else 'hoãn'}{' ' + span if span else ''}{_why(m, 'vi')}"
    if asked:
        return capitalised(f"{ride}{whose} có {done} không?")
    if many:
        return f"Tất cả các {ride} đều {done}."
    return capitalised(f"{ride}{whose} {'đã ' if 'been' in be and off else ''}{done}.")


def _when_vi(text: str) -> str | None:
    """"What time does the next bus come?" as "Chuyến xe buýt tiếp theo mấy giờ đến?", "When's the next train?" as
    "Khi nào có chuyến tàu tiếp theo?", "The next bus is in twenty minutes." as "Hai mươi phút nữa có chuyến xe buýt
    tiếp theo."; None for a bus taking off, and "the next plane"."""
    if m := _IN_EN.fullmatch(text):
        ride = run_vi(m["ride"], "next")
        return ride and capitalised(f"{spans.said(m, 'vi')} nữa có {ride}.")
    m = _WHEN_EN.fullmatch(text)
    if not m or not (m["which"] or m["which2"]):
        return None
    q = "mấy giờ" if m["q"].lower().startswith("what") else "khi nào"
    if m["ride2"]:
        ride = run_vi(m["ride2"], m["which2"])
        return ride and f"{capitalised(q)} có {ride}?"
    ride, does = run_vi(m["ride"], m["which"]), " ".join(m["does"].split())
    if ride is None or does in ("take off", "land") and m["ride"] != "flight":
        return None
    verb = "chạy" if does in ("leave", "depart", "go") and m["ride"] in ("bus", "train") else _DOES_VI[does]
    return capitalised(f"{ride} {q} {verb}?")
