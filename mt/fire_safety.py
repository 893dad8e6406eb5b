"""Fire safety at home, at school and at work, both ways, written whole by rule: fire and smoke alarms going off or
beeping, a fire extinguisher or a smoke alarm had or not, where the extinguisher is, a smoke alarm's dead battery, fire
drills, and having to (or whether to) call the fire brigade. v8 (the rules on) reads "chuông báo cháy" as the fire,
"kêu" as appealing, "bình chữa cháy" as burning, "diễn tập" as taking: "Chuông báo cháy kêu lúc nửa đêm." → "The fire
was brought at midnight.", "Chuông báo cháy đang kêu!" → "The fire is appealing!", "Máy báo khói cứ kêu bíp bíp." →
"Smoke journalists urge to be pumped.", "Nhà bạn có bình cứu hỏa không?" → "Do you save fire?", "Bình chữa cháy ở
đâu?" → "Where did the fire?", "Máy báo khói hết pin rồi." → "Reporter smoke out of battery.", "Hôm qua trường tôi
diễn tập phòng cháy." → "Yesterday, I took the fire department."; "The fire alarm just went off." → "Ngọn lửa vừa
tắt." (the fire went out), "Do you have a fire extinguisher at home?" → "Bạn có cháy ở nhà không?", "My company had a
fire drill today." → "Công ty của tôi có cháy khô hôm nay.", "I have to call the fire brigade." → "Tôi phải gọi lửa.".

Taken: the fire alarm or the smoke alarm of ALARMS (at a place of PLACES) going off now ("đang", "kìa"), just ("vừa"),
done ("rồi", "đã"), at midnight or on a day behind, not ("đã không", or with a day), again and again ("cứ … mãi"),
beeping, asked ("à?", "có … không?" with a day); who (mt.hobbies.WHO, WHO_EN; "nhà tôi": we, at home) has, hasn't or
hasn't yet got a fire extinguisher or a smoke alarm (at home, in the car, in the kitchen), asked; one here or not,
where it is; a smoke alarm's battery dead, running low, or a new one needed; a fire drill had by who or whose company
or school, done, just, now, ahead or on a day (mt.dates.near_days), not, not yet, asked; "có diễn tập" (there was, is,
will be) on a day; who has to, needs to or should call the fire brigade or 114 (now), not, asked. Left: "Chuông báo
cháy kêu." and "không kêu" with no tense word (now or then? broken?), "lại kêu" (now or then?), "Did … go off?" with
no day (reads "Does it go off?"), "hôm nay" and "sáng nay" drills with no tense word (done or ahead?), "đang … rồi",
"vừa … rồi" drills, "Tôi có … không?" (asked of oneself), "anh", "em" … asking whether to call (the speaker?), a pet to
call (the call is for it), the fire brigade on its way, alarm clocks (mt/alarms.py), the fire brigade called, will
call, can call, calling told, a house on fire and the numbers (mt/emergencies.py), phones' batteries
(mt/batteries.py), burning food (mt/kitchen_mishaps.py), fireworks (mt/fireworks.py), and anything else.
mt.phrasebook.translate tries these after mt/womens_day.py.

    >>> translate("Máy báo khói hết pin rồi.", "vi", "en"), translate("We don't have a fire extinguisher.", "en", "vi")
    ("The smoke alarm's battery is dead.", 'Chúng tôi không có bình chữa cháy.')
"""
from __future__ import annotations

import re

from .dates import NEAR_DAYS, NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:báo\s+cháy|báo\s+khói|cứu\s+hỏa|cứu\s+hoả|chữa\s+cháy|phòng\s+cháy|pccc|114)"),
         "en": lazy(r"(?i:fire\s+alarm|smoke\s+alarm|smoke\s+detector|extinguisher|fire\s+drill|fire\s+brigade|"
                    r"fire\s+department|fire\s+service|114)")}
# the alarms, and what a house has (the first Vietnamese of each English is written back; both tone styles read)
ALARMS = {"chuông báo cháy": "fire alarm", "còi báo cháy": "fire alarm", "máy báo khói": "smoke alarm",
          "thiết bị báo khói": "smoke alarm", "đầu báo khói": "smoke alarm"}
THINGS = ALARMS | dict.fromkeys(("bình chữa cháy", "bình cứu hỏa", "bình cứu hoả"), "fire extinguisher")
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"smoke detector": "máy báo khói"}
# where an alarm is, and where one has an extinguisher
PLACES = {"ở trường": "at school", "ở công ty": "at work", "trong tòa nhà": "in the building",
          "trong toà nhà": "in the building", "trong bếp": "in the kitchen"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
_WHERE = {"ở nhà": "at home", "trong nhà": "at home", "trong xe": "in the car", "trên xe": "in the car",
          "trong bếp": "in the kitchen"}
_WHERE_VI = {en: vi for vi, en in reversed(_WHERE.items())}
# days: behind for an alarm gone off; all near ones for a drill (its way said by NEAR_WAY)
_DAYS = near_days(*NEAR_DAYS["behind"], "hôm nay", "sáng nay", "chiều nay", "tuần này", *NEAR_DAYS["ahead"])
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# an alarm gone off "this morning" is said when it is over; a drill "sáng nay" (planned) may be ahead, as "hôm nay"
_ALARM_WAY = NEAR_WAY | {"sáng nay": "behind"}
_ORGS = {"công ty": "company", "trường": "school"}
_ORGS_VI = {en: vi for vi, en in _ORGS.items()}
_SERVICES = dict.fromkeys(("cứu hỏa", "cứu hoả", "xe cứu hỏa", "xe cứu hoả"), "the fire brigade") | {"114": "114"}
_SERVICES_EN = {"the fire brigade": "cứu hỏa", "the fire department": "cứu hỏa", "the fire service": "cứu hỏa",
                "114": "114"}

_ALARM = rf"(?P<alarm>(?i:{alternatives(ALARMS)}))(?:\s+(?P<place>{alternatives(PLACES)}))?"
_THING = rf"(?P<thing>(?i:{alternatives(THINGS)}))"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>{alternatives(_DAYS)}))?"
_DRILL = r"(?:(?:một\s+)?buổi\s+)?diễn\s+tập\s+(?:phòng\s+cháy(?:\s+chữa\s+cháy)?|chữa\s+cháy|(?i:pccc))"
# "Chuông báo cháy đang kêu!", "Đêm qua chuông báo cháy kêu.", "Máy báo khói cứ kêu bíp bíp mãi."
_OFF = lazy(rf"{_DAY0}{_ALARM}\s+(?:(?P<aux>đang|vừa\s+mới|vừa|đã|cứ|có)\s+)?(?P<not>không\s+)?(?:kêu|reo|hú)"
            r"(?P<beep>\s+bíp(?:\s+bíp)?)?(?:\s+(?P<mid>lúc\s+nửa\s+đêm|giữa\s+đêm))?(?P<more>\s+mãi)?"
            r"(?:\s+(?P<done>rồi|kìa))?(?:\s+(?P<asked>không|à))?" + SOFTENED_END)
# "Nhà bạn có bình cứu hỏa không?", "Nhà tôi không có bình chữa cháy.", "Tôi có bình chữa cháy trong xe."
_HAVE = lazy(rf"(?:(?P<fam>[Nn]hà)\s+(?:của\s+)?)?{WHO}\s+(?:(?P<not>không|chưa)\s+)?có\s+(?:(?:một|1)\s+)?"
             rf"(?:(?:cái|chiếc)\s+)?{_THING}(?:\s+(?P<where>{alternatives(_WHERE)}))?{ASKED_END}")
# "Ở đây có bình chữa cháy không?", "Ở đây không có máy báo khói.", "Bình chữa cháy ở đâu?"
_HERE = lazy(rf"(?:(?i:ở\s+đây)\s+(?:(?P<not>không)\s+)?có\s+{_THING}(?:\s+(?P<asked>không))?|"
             rf"{_THING.replace('thing', 'w')}\s+(?:để\s+)?ở\s+đâu){SOFTENED_END}")
# "Máy báo khói hết pin rồi.", "Máy báo khói sắp hết pin.", "Máy báo khói cần thay pin."
_BATTERY = lazy(r"(?i:máy|thiết\s+bị|đầu)\s+báo\s+khói\s+(?:(?P<soon>sắp)\s+|bị\s+)?(?:hết\s+pin|"
                r"(?P<need>cần\s+thay\s+pin(?:\s+mới)?))(?:\s+(?P<done>rồi))?" + SOFTENED_END)
# "Hôm qua trường tôi diễn tập phòng cháy.", "Công ty bạn đã diễn tập phòng cháy chưa?"
_DRILLED = lazy(rf"{_DAY0}(?:(?P<org>(?i:{alternatives(_ORGS)}))\s+(?:của\s+)?(?P<owhose>(?i:{alternatives(OWNERS)}))|"
                rf"{WHO})\s+(?:(?P<aux>đã|vừa\s+mới|vừa|sẽ|đang|có|chưa|không)\s+)?{_DRILL}(?:\s+(?P<done>rồi))?"
                rf"{_DAY}(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# "Ngày mai có diễn tập phòng cháy.", "Hôm qua ở trường có diễn tập phòng cháy không?"
_THERE = lazy(rf"{_DAY0}(?:(?P<place0>{alternatives(PLACES)})\s+)?(?:(?P<aux>đã|sẽ)\s+)?có\s+{_DRILL}"
              rf"(?:\s+(?P<place>{alternatives(PLACES)}))?{_DAY}{ASKED_END}")
# "Tôi phải gọi cứu hỏa.", "Chúng ta có nên gọi cứu hỏa không?" (called, will call: mt/emergencies.py)
_CALL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<not>không\s+)?(?P<modal>phải|cần|nên)\s+gọi\s+"
             rf"(?P<svc>(?i:{alternatives(_SERVICES)}))(?P<now>\s+ngay(?:\s+lập\s+tức)?)?{ASKED_END}")

# ... and in English
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_ALARM_EN = (r"[Tt]he\s+(?P<alarm>fire\s+alarm|smoke\s+alarm|smoke\s+detector)"
             rf"(?:\s+(?P<place>{alternatives(PLACES_VI)}))?")
_OFF_EN = lazy(rf"(?:(?P<q>Did|Is)\s+)?{_ALARM_EN}(?P<verb>(?:\s+(?:has|is|did)|['’]s)?(?:\s+not|n['’]t)?"
               r"(?:\s+just)?\s+(?:went|go|going|gone|keeps\s+going|beeping|keeps\s+beeping)(?:\s+off)?)"
               rf"(?:\s+(?P<mid>at\s+midnight|in\s+the\s+middle\s+of\s+the\s+night))?{_DAY_EN}\s*(?P<end>[.!?]*)")
_THING_EN = r"(?P<thing>fire\s+extinguisher|smoke\s+alarm|smoke\s+detector|fire\s+alarm)"
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                rf"(?P<verb>have|has)\s+a\s+{_THING_EN}(?:\s+(?P<where>{alternatives(_WHERE_VI)}))?"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HERE_EN = lazy(rf"(?:(?P<q>Is\s+there)\s+a|There(?:\s+is|['’]s)\s+(?P<no>no|a))\s+{_THING_EN}\s+here\s*"
                rf"(?P<end>[.!?]*)|Where(?:\s+is|['’]s)\s+the\s+{_THING_EN.replace('thing', 'w')}\s*(?P<wend>\?+)")
_BATTERY_EN = lazy(r"(?:The\s+(?P<alarm>smoke\s+(?:alarm|detector))['’]s\s+battery|The\s+battery\s+in\s+the\s+smoke\s+"
                   r"(?:alarm|detector))(?:\s+is|['’]s)\s+(?P<state>dead|flat|low|running\s+low)\s*(?P<end>[.!]*)|"
                   r"The\s+smoke\s+(?:alarm|detector)\s+needs\s+a\s+new\s+battery\s*(?P<nend>[.!]*)")
_HAD_EN = (r"(?P<verb>\s+had|\s+(?:has|have)(?:\s+just)?\s+had|['’](?:s|ve)(?:\s+just)?\s+had|\s+just\s+had|"
           r"\s+(?:is|are)\s+having|['’](?:s|re)\s+having|\s+will\s+have|['’]ll\s+have|\s+(?:didn['’]t|did\s+not)\s+"
           r"have|\s+(?:hasn['’]t|haven['’]t)\s+had)")
_DRILLED_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?:(?P<owhose>(?i:{WHOSE_WORDS}))\s+(?P<org>company|school)|{WHO_EN})"
                   rf"(?(q)\s+have|{_HAD_EN})\s+a\s+fire\s+drill{_DAY_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(r"(?:There\s+(?P<be>was|is|will\s+be)|There['’](?P<be2>s|ll\s+be)|(?P<q>Was|Is)\s+there)\s+a\s+fire\s+"
                 rf"drill(?:\s+(?P<place>at\s+school|at\s+work))?{_DAY_EN}\s*(?P<end>[.!?]*)")
_CALL_EN = lazy(rf"(?:(?P<q>Should|Do|Does)\s+)?{WHO_EN}(?P<modal>\s+(?:has|have|need|needs)\s+to|\s+should|"
                r"\s+shouldn['’]t|\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?:have|need)\s+to)?\s+call\s+"
                rf"(?P<svc>{alternatives(_SERVICES_EN)})(?P<now>\s+(?:now|right\s+now|right\s+away|immediately))?"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a fire or smoke alarm going off, an extinguisher or a smoke alarm had, a smoke
    alarm's battery, a fire drill, or the fire brigade to call; None for any other."""
    if src == "vi":
        return _off(text) or _have(text) or _here(text) or _battery(text) or _drilled(text) or _there(text) or \
            _call(text)
    text = text.replace("’", "'")
    return _off_vi(text) or _have_vi(text) or _here_vi(text) or _battery_vi(text) or _drilled_vi(text) or \
        _there_vi(text) or _call_vi(text)


def _words(said: str | None) -> str:
    """Words of a match in small letters, one space apart, "'" for "’"."""
    return keyed((said or "").replace("’", "'"))


def _off(text: str) -> str | None:
    """"Chuông báo cháy đang kêu!" as "The fire alarm is going off!", "Máy báo khói cứ kêu bíp bíp." as "The smoke
    alarm keeps beeping." (_OFF); None for anything else, and a bare "kêu" or "không kêu"."""
    m = _OFF.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    day, aux, asked, done = keyed(m["day0"] or ""), keyed(m["aux"] or ""), keyed(m["asked"] or ""), m["done"]
    if day and _ALARM_WAY[day] != "behind" or m["more"] and aux != "cứ" or (aux == "có") != (asked == "không"):
        return None
    alarm = f"the {ALARMS[keyed(m['alarm'])]}{' ' + PLACES[keyed(m['place'])] if m['place'] else ''}"
    when = " ".join(filter(None, (m["mid"] and ("at midnight" if "nửa" in m["mid"] else
                                                                   "in the middle of the night"), _DAYS.get(day))))
    beep, end = bool(m["beep"]), stop(m["end"])
    if aux == "đang" and not (m["not"] or when or done == "rồi"):
        going = "beeping" if beep else "going off"
        return f"Is {alarm} {going}?" if asked == "à" else capitalised(f"{alarm} is {going}{end}")
    if aux.startswith("vừa") and not (m["not"] or when or done):
        return f"Did {alarm} just {'beep' if beep else 'go off'}?" if asked == "à" else \
            capitalised(f"{alarm} just {'beeped' if beep else 'went off'}{end}")
    if aux == "cứ" and not (m["not"] or when or done or asked):
        return capitalised(f"{alarm} keeps {'beeping' if beep else 'going off'}{end}")
    if beep or asked == "à" or aux in ("đang", "cứ") or aux.startswith("vừa"):
        return None
    if aux == "có":
        return f"Did {alarm} go off {when}?" if day and not (m["not"] or done) else None
    if done == "kìa" and not (m["not"] or aux or when):
        return capitalised(f"{alarm} is going off{end}")
    if done == "rồi" and not (m["not"] or when):
        return capitalised(f"{alarm} has gone off{end}")
    went = "didn't go off" if m["not"] else "went off"  # (with no tense word, "không kêu" may be broken)
    return capitalised(f"{alarm} {went}{' ' * bool(when)}{when}{end}") if (aux or when) and not done else None


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("my mother": True); "we" for "nhà tôi" (group fam), and None
    for "I" asked (asked of oneself) and for "anh" … alone saying it (mt.hobbies.who)."""
    said = who(m, asked)
    if said and m.groupdict().get("fam") and said[0] == "I":
        return "we", False
    return None if said is None or asked and said[0] == "I" else said


def _have(text: str) -> str | None:
    """"Nhà bạn có bình cứu hỏa không?" as "Do you have a fire extinguisher at home?", "Nhà tôi chưa có máy báo khói."
    as "We don't have a smoke alarm at home yet." (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["not"]:
        return None
    where = _WHERE[keyed(m["where"])] if m["where"] else ""
    if m["fam"] and where not in ("", "in the kitchen") or (said := _who(m, bool(m["asked"]))) is None:
        return None  # ("Nhà tôi có bình chữa cháy ở nhà.", "… trong xe")
    where = where or ("at home" if m["fam"] else "")
    who_, one = said
    thing = f"a {THINGS[keyed(m['thing'])]}{' ' * bool(where)}{where}"
    if m["asked"]:
        return f"{'Does' if one else 'Do'} {who_} have {thing}?"
    if m["not"]:
        yet = " yet" if keyed(m["not"]) == "chưa" else ""
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {thing}{yet}{stop(m['end'])}")
    return capitalised(f"{who_} {'has' if one else 'have'} {thing}{stop(m['end'])}")


def _here(text: str) -> str | None:
    """"Ở đây có bình chữa cháy không?" as "Is there a fire extinguisher here?" (_HERE); None for anything else."""
    m = _HERE.fullmatch(text)
    if not m or bool(m["asked"] or m["w"]) != ("?" in m["end"]) or m["asked"] and m["not"]:
        return None
    if m["w"]:
        return f"Where's the {THINGS[keyed(m['w'])]}?"
    thing = THINGS[keyed(m["thing"])]
    if m["asked"]:
        return f"Is there a {thing} here?"
    return f"There's {'no' if m['not'] else 'a'} {thing} here{stop(m['end'])}"


def _battery(text: str) -> str | None:
    """"Máy báo khói sắp hết pin." as "The smoke alarm's battery is running low.", "Máy báo khói cần thay pin." as
    "The smoke alarm needs a new battery." (_BATTERY); None for anything else, and asked."""
    m = _BATTERY.fullmatch(text)
    if not m or "?" in m["end"] or m["need"] and (m["soon"] or m["done"]) or m["soon"] and m["done"]:
        return None
    if m["need"]:
        return f"The smoke alarm needs a new battery{stop(m['end'])}"
    return f"The smoke alarm's battery is {'running low' if m['soon'] else 'dead'}{stop(m['end'])}"


def _drilled(text: str) -> str | None:
    """"Hôm qua trường tôi diễn tập phòng cháy." as "My school had a fire drill yesterday.", "Công ty tôi đã diễn tập
    phòng cháy rồi." as "My company has had a fire drill." (_DRILLED); None for anything else, and "hôm nay" with no
    tense word (done, or ahead?)."""
    m = _DRILLED.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    aux, asked, way = keyed(m["aux"] or ""), keyed(m["asked"] or ""), NEAR_WAY.get(day, "")
    whose = "our" if asked and keyed(m["owhose"] or "") == "mình" else OWNERS.get(keyed(m["owhose"] or ""))
    said = (f"{whose} {_ORGS[keyed(m['org'])]}", True) if m["org"] else _who(m, bool(asked))  # ("công ty mình?": ours)
    if said is None:
        return None
    who_, one = said
    when, end = f" {_DAYS[day]}" if day else "", stop(m["end"])
    has = "has" if one else "have"
    if asked:  # ("… có … không?" of a day done, "… đã … chưa?")
        if aux == "có" and asked == "không" and way == "behind" and not m["done"]:
            return f"Did {who_} have a fire drill{when}?"
        return f"{capitalised(has)} {who_} had a fire drill yet?" if aux == "đã" and asked == "chưa" and not (
            day or m["done"]) else None
    if aux in ("có", "không") and way != "behind" or aux == "chưa" and (day or m["done"]):
        return None
    if aux == "không" or aux == "chưa":
        return capitalised(f"{who_} {'didn' if aux == 'không' else has + 'n'}'t "
                           f"{'have' if aux == 'không' else 'had'} a fire drill{when or ' yet'}{end}")
    if aux == "đang" and not (day or m["done"]):
        return capitalised(contracted(who_, f"{be(who_)} having a fire drill") + end)
    if aux.startswith("vừa") and not (day or m["done"]):
        return capitalised(f"{who_} just had a fire drill{end}")
    if (aux == "sẽ" or not aux) and way == "ahead" or aux == "sẽ" and way in ("", "today") and not m["done"]:
        return capitalised(f"{who_} will have a fire drill{when}{end}")
    if aux in ("đã", "") and (way == "behind" or way == "today" and (aux or m["done"])):
        return capitalised(f"{who_} had a fire drill{when}{end}")
    # (not "đang … rồi", under way, nor "vừa … rồi", just over)
    return capitalised(f"{who_} {has} had a fire drill{end}") if m["done"] and not day and aux in ("đã", "") else None


def _there(text: str) -> str | None:
    """"Ngày mai có diễn tập phòng cháy." as "There's a fire drill tomorrow.", "Tuần sau có diễn tập phòng cháy
    không?" as "Is there a fire drill next week?" (_THERE); None for anything else, and today's with no tense word."""
    m = _THERE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["day0"] and m["day"] or m["place0"] and m["place"]:
        return None
    day, aux = keyed(m["day0"] or m["day"] or ""), keyed(m["aux"] or "")
    way, place = NEAR_WAY.get(day, ""), m["place0"] or m["place"]
    rest = f"a fire drill{' ' + PLACES[keyed(place)] if place else ''}{' ' + _DAYS[day] if day else ''}"
    if way == "behind" and aux != "sẽ" or aux == "đã" and way in ("", "today"):
        return f"Was there {rest}?" if m["asked"] else f"There was {rest}{stop(m['end'])}"
    if way == "ahead" and aux != "đã" or aux == "sẽ" and way == "today":
        return f"Is there {rest}?" if m["asked"] else f"There's {rest}{stop(m['end'])}"
    return None


def _call(text: str) -> str | None:
    """"Tôi phải gọi cứu hỏa." as "I have to call the fire brigade." (_CALL); None for anything else."""
    m = _CALL.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or asked and m["not"] or animal(m) or \
            (said := who(m, asked)) is None:
        return None  # (a pet: "Con chó của tôi phải gọi cứu hỏa." is the dog the call is for)
    who_, one = said
    if asked and who_ == "you" and keyed(m["who"] or "") != "bạn":
        return None  # ("Anh có nên gọi cứu hỏa không?" may be the speaker asking: should I?)
    call = f"call {_SERVICES[keyed(m['svc'])]}{' right away' if m['now'] else ''}"
    verb = {"phải": "have to", "cần": "need to"}.get(keyed(m["modal"]))
    if asked:
        return f"Should {who_} {call}?" if verb is None else f"{'Does' if one else 'Do'} {who_} {verb} {call}?"
    if m["not"]:
        said = "shouldn't" if verb is None else f"{'doesn' if one else 'don'}'t {verb}"
    else:
        said = "should" if verb is None else verb.replace("have", "has").replace("need", "needs") if one else verb
    return capitalised(f"{who_} {said} {call}{stop(m['end'])}")


# ... to Vietnamese: an alarm's verb (asked: after "Did", "Is"); a day or "at midnight" only after the past ones
_OFF_VI = {"went off": "đã kêu", "just went off": "vừa kêu", "has just gone off": "vừa kêu",
           "'s just gone off": "vừa kêu", "is going off": "đang kêu", "'s going off": "đang kêu",
           "has gone off": "kêu rồi", "'s gone off": "kêu rồi", "keeps going off": "cứ kêu mãi",
           "keeps beeping": "cứ kêu bíp bíp", "is beeping": "đang kêu bíp bíp", "'s beeping": "đang kêu bíp bíp",
           "didn't go off": "đã không kêu", "did not go off": "đã không kêu",
           "? did go off": "có kêu{} không?", "? did just go off": "vừa kêu à?", "? is going off": "có đang kêu không?"}
_PAST = {"đã kêu", "đã không kêu", "có kêu{} không?"}


def _off_vi(text: str) -> str | None:
    """"The fire alarm is going off!" as "Chuông báo cháy đang kêu!" (_OFF_EN); None for anything else."""
    m = _OFF_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    said = _OFF_VI.get(f"? {_words(m['q'])} {_words(m['verb'])}" if m["q"] else _words(m["verb"]))
    day = _DAYS_VI[_words(m["day"])] if m["day"] else ""
    if said is None or (m["day"] or m["mid"]) and said not in _PAST or day and _ALARM_WAY[day] != "behind" or \
            said == "có kêu{} không?" and not day:
        return None  # ("Chuông báo cháy có kêu không?" with no day asks whether it goes off, works: left the other way)
    if day or m["mid"]:  # ("Đêm qua chuông báo cháy kêu.": the day says it is done)
        said = said.removeprefix("đã ")
    mid = (" lúc nửa đêm" if "midnight" in m["mid"] else " giữa đêm") if m["mid"] else ""
    said = said.format(mid) if "{}" in said else said + mid
    alarm = f"{THINGS_VI[keyed(m['alarm'])]}{' ' + PLACES_VI[keyed(m['place'])] if m['place'] else ''}"
    return capitalised(f"{day + ' ' if day else ''}{alarm} {said}{'' if m['q'] else stop(m['end'])}")


def _have_vi(text: str) -> str | None:
    """"Do you have a fire extinguisher at home?" as "Nhà bạn có bình chữa cháy không?" (_HAVE_EN); None for anything
    else, where the verb does not agree with who, and "I" asked."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or m["yet"] and not m["aux"]:
        return None
    who_, one = who_vi(m)
    first = _words(m["q"] or m["aux"] or m["verb"]).split()[0]
    if (first in ("does", "doesn't", "has")) != one or (m["q"] or m["aux"]) and m["verb"] == "has" or \
            m["q"] and who_ == "tôi":
        return None
    thing, where = THINGS_VI[_words(m["thing"])], _words(m["where"])
    if where == "at home":  # ("we" at home: "nhà tôi", asked "nhà mình")
        who_ = "nhà " + ({"chúng tôi": "mình" if m["q"] else "tôi"}.get(who_, who_))
    elif m["q"] and who_ == "chúng tôi":  # ("we" asking: of the hearer's too)
        who_ = "chúng ta"
    said = f"{'không' if m['aux'] and not m['yet'] else 'chưa' if m['yet'] else ''} có {thing}".strip()
    said += f" {_WHERE_VI[where]}" if where and where != "at home" else ""
    return capitalised(f"{who_} {said} không?" if m["q"] else f"{who_} {said}{stop(m['end'])}")


def _here_vi(text: str) -> str | None:
    """"There's no smoke alarm here." as "Ở đây không có máy báo khói." (_HERE_EN); None for anything else."""
    m = _HERE_EN.fullmatch(text)
    if not m or m["end"] is not None and bool(m["q"]) != ("?" in m["end"]):
        return None
    if m["w"]:
        return f"{capitalised(THINGS_VI[_words(m['w'])])} ở đâu?"
    thing = THINGS_VI[_words(m["thing"])]
    if m["q"]:
        return f"Ở đây có {thing} không?"
    return f"Ở đây {'không ' if m['no'] == 'no' else ''}có {thing}{stop(m['end'])}"


def _battery_vi(text: str) -> str | None:
    """"The smoke alarm's battery is low." as "Máy báo khói sắp hết pin." (_BATTERY_EN); None for anything else."""
    m = _BATTERY_EN.fullmatch(text)
    if not m:
        return None
    if m["nend"] is not None:
        return f"Máy báo khói cần thay pin{stop(m['nend'])}"
    dead = _words(m["state"]) in ("dead", "flat")
    return f"Máy báo khói {'hết pin rồi' if dead else 'sắp hết pin'}{stop(m['end'])}"


# the verb of a drill had, and the Vietnamese word of its tense ("rồi": "đã … rồi")
_HAD_VI = {"had": "đã", "has had": "rồi", "have had": "rồi", "'s had": "rồi", "'ve had": "rồi", "just had": "vừa",
           "has just had": "vừa", "have just had": "vừa", "'s just had": "vừa", "'ve just had": "vừa", "is having":
           "đang", "are having": "đang", "'s having": "đang", "'re having": "đang", "will have": "sẽ", "'ll have":
           "sẽ", "didn't have": "không", "did not have": "không", "hasn't had": "chưa", "haven't had": "chưa"}
_ONE_VERBS = {"has had", "'s had", "has just had", "'s just had", "is having", "'s having", "hasn't had"}
_MANY_VERBS = {"have had", "'ve had", "have just had", "'ve just had", "are having", "'re having", "haven't had"}


def _drilled_vi(text: str) -> str | None:
    """"My company had a fire drill today." as "Hôm nay công ty tôi đã diễn tập phòng cháy.", "We're having a fire
    drill." as "Chúng tôi đang diễn tập phòng cháy." (_DRILLED_EN); None for anything else, and where the verb or the
    day does not agree."""
    m = _DRILLED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    verb = _words(m["verb"])  # (none after "Did": "have")
    how, day = _HAD_VI.get(verb, "có" if m["q"] else None), _DAYS_VI[_words(m["day"])] if m["day"] else ""
    way = NEAR_WAY.get(day, "")
    who_, one = (f"{_ORGS_VI[m['org']]} {WHOSE_VI[m['owhose'].lower()]}", True) if m["org"] else who_vi(m)
    who_ = "chúng ta" if m["q"] and who_ == "chúng tôi" else who_  # ("we" asking: of the hearer's too)
    if how is None or verb in _ONE_VERBS and not one or verb in _MANY_VERBS and (one or who_ == "tôi" and "having"
                                                                                 in verb):
        return None  # (and "I are having", "I'm having": not said)
    ok = {"đã": way in ("behind", "today"), "rồi": not day, "vừa": not day, "đang": way in ("", "ahead"),
          "sẽ": way != "behind", "không": way != "ahead", "chưa": not day and bool(m["yet"]), "có": way == "behind"}
    if not ok[how] or m["yet"] and how != "chưa":
        return None
    how = "sẽ" if how == "đang" and day else how  # ("We're having a fire drill tomorrow.")
    how = "đã không" if how == "không" and not day else how  # ("không diễn tập" alone may be a habit)
    said = {"rồi": "đã diễn tập phòng cháy rồi", "có": "có diễn tập phòng cháy không"}.get(
        how, f"{how} diễn tập phòng cháy")
    return capitalised(f"{day + ' ' if day else ''}{who_} {said}{'?' if m['q'] else stop(m['end'])}")


def _there_vi(text: str) -> str | None:
    """"There's a fire drill tomorrow." as "Ngày mai có buổi diễn tập phòng cháy.", "Is there a fire drill next week?"
    as "Tuần sau có diễn tập phòng cháy không?" (_THERE_EN); None for anything else, and a tense the day does not
    say."""
    m = _THERE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    be = {"s": "is", "ll be": "will be"}.get(m["be2"] or "", m["be2"]) or _words(m["be"] or m["q"])
    day = _DAYS_VI.get(_words(m["day"])) if m["day"] else ""
    way = NEAR_WAY.get(day or "", "")
    if not {"was": way in ("behind", "today"), "is": way in ("ahead", "today"), "will be": way != "behind"}[be]:
        return None
    aux = "đã " if be == "was" and way == "today" else "sẽ " if be == "will be" and way in ("", "today") else ""
    place = PLACES_VI[_words(m["place"])] + " " if m["place"] else ""
    # (asked of a drill over today: "đã … chưa?", not "đã … không?")
    drill = f"diễn tập phòng cháy {'chưa' if aux == 'đã ' else 'không'}?" if m["q"] else \
        f"buổi diễn tập phòng cháy{stop(m['end'])}"
    return capitalised(f"{day + ' ' if day else ''}{place}{aux}có {drill}")


def _call_vi(text: str) -> str | None:
    """"I have to call the fire brigade." as "Tôi phải gọi cứu hỏa.", "You don't need to call 114." as "Bạn không cần
    gọi 114." (_CALL_EN); None for anything else, and where the verb does not agree with who."""
    m = _CALL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None  # ("Con mèo tôi phải gọi cứu hỏa." reads as the cat the call is for)
    who_, one = who_vi(m)
    modal, q = _words(m["modal"]), (m["q"] or "").lower()
    first, neg = (q or modal).split(" ")[0], "n't" in modal or " not " in modal
    agrees = {"has": one, "needs": one, "does": one, "doesn't": one, "have": not one, "need": not one,
              "do": not one, "don't": not one, "should": True, "shouldn't": True}.get(first)
    if not agrees or q == "should" and modal or q in ("do", "does") and modal not in ("have to", "need to") or \
            not (q or modal) or q and who_ == "tôi" and q != "should":
        return None
    need = "cần" if "need" in modal else "phải" if "to" in modal else "nên"
    who_ = "chúng ta" if who_ == "chúng tôi" else who_  # (calling for help: "we" are the speaker and the hearer)
    call = f"gọi {_SERVICES_EN[_words(m['svc'])]}{' ngay' if m['now'] else ''}"
    if q:
        return capitalised(f"{who_} có {need} {call} không?")
    return capitalised(f"{who_} {'không ' * neg}{need} {call}{stop(m['end'])}")
