"""Classes held online, both ways, written whole by rule: online classes had on a day, a school moving its classes
online, the online class not joined, cameras and microphones in class, and teaching online. v8 (the rules on) reads
"cho học sinh" as "for students", "vào lớp" as entering a layer, and "camera", "microphone" in English as a photo
camera, a phone: "Hôm nay con tôi học online." → "My children studied online today.", "Ngày mai chúng tôi học trực
tuyến." → "Tomorrow, we'll learn online.", "Trường cho học sinh học trực tuyến." → "School for students online.",
"Mạng yếu nên tôi không vào được lớp online." → "The Web is weak, I can't enter the online class.", "Bạn có vào được
lớp online không?" → "Can you enter the online layer?", "Tôi quên bật micro." → "I forgot to turn micros."; "The
school has moved classes online." → "Trường đã chuyển hạng trực tuyến.", "The teacher asked us to turn our cameras
on." → "Thầy giáo viên yêu cầu chúng tôi bật máy ảnh.", "I forgot to turn my microphone on." → "Tôi quên bật điện
thoại.", "Please turn your camera on." → "Vui lòng bật máy ảnh.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked; "em" with "ạ" as I) has online classes ("học online", "học
trực tuyến") on a near day (mt.dates.near_days), said, denied, asked; has to ("phải") study online; is studying online
("đang"); the school (whose: "trường con tôi") has moved its students to online classes ("cho học sinh học trực tuyến")
or moved to online classes ("chuyển sang học online"): "đã", "vừa", "sẽ", "… chưa?", for a reason of _WHY; who cannot
join the online class ("không vào được lớp online"), could not on a day behind, the internet or the wifi too weak or
slow ("Mạng yếu nên …", "… vì mạng yếu"), asked ("có vào được … không?", "… chưa?"); the teacher (ours, or whom said)
asking, telling or making us or the students turn cameras or microphones on or off; who forgot to turn theirs on or off
(mt.hobbies.whose_own); "bạn", "các em" … told to turn theirs on ("… đi", "… nhé", "hãy", "vui lòng") or asked ("… được
không?"); who teaches (a subject of mt.tutoring.SUBJECTS_TUTORED) online. Left: "con" alone ("Hôm nay con học online.":
my child, or the child speaking?), "học online" with no day (classes, or a course?), asked with no day, "em" without
"ạ", "anh", "chị" alone saying it, "trường mình" (mine or ours?), "Trường" after a day (a name?), "có cho học sinh học
online không?" (lets them?), joining today (can't, or couldn't?), "Bật camera lên nhé." with no who (let me?), "cô"
alone, a name's camera (his or hers?), another's teacher with no whom (us?), "vậy", "thế" ending a statement,
"Could you …, please?", the wifi itself (mt/wifi.py), things broken (mt/broken.py), lessons and tutors (mt/lessons.py,
mt/tutoring.py), school off (mt/school_closures.py), and anything else. mt.phrasebook.translate tries these after
mt/the_bill.py.

    >>> translate("Tôi quên bật micro.", "vi", "en"), translate("She teaches English online.", "en", "vi")
    ('I forgot to turn my microphone on.', 'Cô ấy dạy tiếng Anh online.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (SOMEONE_EN, WHO, WHO_EN, asked_of, be_agrees, em_speaking, own_thing, person_of, someone,
                      whose_own)
from .lazy_re import lazy
from .people import CHILD_KIN, NAMED_WHO
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, his_her
from .text import (ASKED_END, BE_EN, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, keyed, present,
                   progressive, stop)
from .tutoring import SUBJECTS_TUTORED

_KEYS = {"vi": lazy(r"(?i:online|trực\s+tuyến|camera|mic)"), "en": lazy(r"(?i:online|camera|mic)")}
# the near days a class is had on (the first Vietnamese of each English is written back)
_DAYS = near_days("hôm nay", "sáng nay", "chiều nay", "tối nay", "tuần này", "hôm qua", "sáng hôm qua", "chiều hôm qua",
                  "tối qua", "tuần trước", "ngày mai", "sáng mai", "chiều mai", "tuần sau", "tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_SUBJECTS = {keyed(vi): en for vi, en in SUBJECTS_TUTORED.items()}
_SUBJECTS_VI = {en.lower(): vi for vi, en in reversed(SUBJECTS_TUTORED.items())} | {"math": "toán"}
# why a school moved online, and back
_WHY = {f"{by} {what}": en for by in ("vì", "do") for what, en in (
    ("dịch", "because of the epidemic"), ("dịch bệnh", "because of the epidemic"), ("Covid", "because of COVID"),
    ("dịch Covid", "because of COVID"), ("bão", "because of the storm"))}
_WHY_KEYED = {keyed(vi): en for vi, en in _WHY.items()}
_WHY_VI = {en.lower(): vi for vi, en in reversed(_WHY.items())} | {"because of the pandemic": "vì dịch"}
_DEVICES = {"camera": "camera", "micro": "microphone", "micrô": "microphone", "mic": "microphone"}
_DEVICES_VI = {en + many: vi for en, vi in (("camera", "camera"), ("microphone", "micro"), ("mic", "micro"))
               for many in ("", "s")}
_SWITCH = {"bật": "on", "mở": "on", "tắt": "off"}
_ASKS = {"yêu cầu": "asked", "bảo": "told", "bắt": "made"}
_ASKS_VI = {en: vi for vi, en in _ASKS.items()}
_NETS = {"mạng": "internet", "internet": "internet", "wifi": "wifi"}
_HOW = {"yếu": "weak", "chậm": "slow"}
_HOW_VI = {en: vi for vi, en in _HOW.items()}

_ONLINE = r"(?i:online|trực\s+tuyến)"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_OWN = rf"(?i:{alternatives(w for w in OWNERS if w != 'mình')})"  # ("trường mình": my school, or ours?)
# whose school or teacher: a pronoun, or a child of someone's ("trường con tôi")
_WHOSE = (rf"(?:\s+(?:của\s+)?(?:(?P<kin>(?i:{alternatives(CHILD_KIN)}))\s+(?:của\s+)?(?P<kwhose>{_OWN})|"
          rf"(?P<owner>{_OWN})))?")
_DEV = rf"(?i:{alternatives(_DEVICES)})(?!\w)"
_DEVS = rf"(?P<devs>{_DEV}(?:\s+và\s+{_DEV})?)"
_DEV_EN = rf"(?:{alternatives(_DEVICES_VI)})"
_DEVS_EN = rf"(?P<devs>{_DEV_EN}(?:\s+and\s+{_DEV_EN})?)"

# online classes on a day, had to, being had ("Hôm nay con tôi học online.", "Bạn có phải học trực tuyến không?")
_CLASSES = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<must>phải)\s+|"
                rf"(?P<ing>đang)\s+)?học\s+{_ONLINE}(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
# the school gone online ("Trường cho học sinh học trực tuyến.", "Trường con tôi đã chuyển sang học online.")
_SCHOOL = lazy(rf"(?:(?P<home>[Nn]hà\s+trường)|[Tt]rường{_WHOSE})\s+(?:(?P<aux>đã|vừa\s+mới|vừa|sẽ)\s+)?"
               r"(?:(?P<let>cho\s+(?:các\s+)?học\s+sinh\s+học)|chuyển\s+sang\s+(?:dạy\s+và\s+)?học)\s+"
               rf"{_ONLINE}(?:\s+(?P<why>(?i:{alternatives(_WHY)})))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?"
               rf"{SOFTENED_END}")
# not able to join ("Mạng yếu nên tôi không vào được lớp online.", "Bạn có vào được lớp online không?")
_NET = r"(?P<net>(?i:mạng|internet|wifi))\s+(?:bị\s+)?(?P<how>yếu|chậm)(?:\s+quá)?"
_JOIN = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?(?:{_NET}\s+nên\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?vào\s+"
             rf"(?:được\s+lớp(?:\s+học)?\s+{_ONLINE}|lớp(?:\s+học)?\s+{_ONLINE}\s+được)(?:\s+(?P<day>{_DAY}))?"
             r"(?:\s+vì\s+(?P<net2>(?i:mạng|internet|wifi))\s+(?:bị\s+)?(?P<how2>yếu|chậm)(?:\s+quá)?)?"
             rf"(?:\s+(?P<yet>chưa))?{ASKED_END}")
# the teacher asking for cameras ("Cô giáo yêu cầu bật camera.", "Thầy giáo bảo chúng tôi tắt micro.")
_TEACHER = rf"(?P<teacher>[Cc]ô\s+giáo|[Tt]hầy\s+giáo|[Gg]iáo\s+viên){_WHOSE}"
_WHOM = {"chúng tôi": ("us", "our"), "chúng em": ("us", "our"), "học sinh": ("the students", "their"),
         "các học sinh": ("the students", "their"), "cả lớp": ("the class", "their")}
_ASKED_TO = lazy(rf"{_TEACHER}\s+(?:đã\s+)?(?P<asks>{alternatives(_ASKS)})\s+(?:(?P<whom>{alternatives(_WHOM)})\s+)?"
                 rf"(?P<sw>bật|tắt|mở)\s+{_DEVS}(?P<up>\s+lên)?\s*(?P<end>[.!]*)")
# who forgot ("Tôi quên bật micro.")
_FORGOT = lazy(rf"{WHO}\s+(?:đã\s+)?quên\s+(?P<sw>bật|tắt|mở)\s+{_DEVS}(?P<up>\s+lên)?(?:\s+rồi)?{SOFTENED_END}")
# told or asked to ("Bạn bật camera lên nhé.", "Các em hãy tắt micro.", "Bạn bật camera lên được không?")
_YOU = {"bạn": False, "các bạn": True, "các em": True, "cả lớp": True}
_PLEASE = lazy(rf"(?:(?P<you>(?i:{alternatives(_YOU)}))\s+)?(?:(?P<please>(?i:hãy|vui\s+lòng))\s+|(?P<may>có\s+thể)"
               rf"\s+)?(?P<sw>(?i:bật|tắt|mở))\s+{_DEVS}(?P<up>\s+lên)?(?:\s+(?P<tell>đi|nhé|được\s+không))?"
               r"(?:\s+ạ)?\s*(?P<end>[.!?]*)")
# who teaches online ("Chị ấy dạy tiếng Anh online.", "Bạn có dạy online không?")
_TEACH = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<ing>đang)\s+)?dạy\s+(?:(?P<subj>(?i:"
              rf"{alternatives(SUBJECTS_TUTORED)}))\s+|học\s+)?{_ONLINE}{ASKED_END}")

# ... and in English
_CLASSES_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}\s+(?:(?P<neg>(?:do|does|did)(?:\s+not|n['’]t))\s+)?"
                   rf"(?P<verb>has|have|had)\s+(?:(?P<must>to\s+study\s+online)|online\s+classes)"
                   rf"(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_STUDYING_EN = lazy(rf"{WHO_EN}{BE_EN}\s+studying\s+online\s*(?P<end>[.!]*)")
_SCHOOL_EN = lazy(rf"(?:(?P<q>Has)\s+)?(?:(?P<the>[Tt]he)|(?P<whose>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>"
                  rf"{SOMEONE_EN})['’]s)\s+school(?:\s+(?P<aux>has|will)|(?P<short>['’]s))?(?:\s+(?P<just>just))?\s+"
                  r"(?P<verb>moved|move)\s+(?:(?P<let>its\s+students\s+to\s+online\s+classes)|classes\s+online|"
                  rf"to\s+online\s+classes)(?:\s+(?P<why>(?i:{alternatives(_WHY_VI)})))?(?:\s+(?P<yet>yet))?"
                  r"\s*(?P<end>[.!?]*)")
_NET_EN = r"The\s+(?P<net>internet|wifi)\s+(?P<be>is|was)\s+(?P<too>too\s+)?(?P<how>weak|slow)"
_JOIN_EN = lazy(rf"(?:{_NET_EN},?\s+so\s+)?{WHO_EN}\s+(?P<cant>can['’]t|cannot|couldn['’]t|could\s+not)\s+join\s+"
                rf"the\s+online\s+class(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!]*)")
_CAN_EN = lazy(rf"(?:Can|(?P<have>Have|Has))\s+{WHO_EN}\s+(?(have)been\s+able\s+to\s+)join\s+the\s+online\s+class"
               r"(?(have)\s+yet)\s*\?+")
_TURN_EN = (rf"(?:turn\s+(?:(?P<sw0>on|off)\s+)?|(?P<mute>mute|unmute)\s+)(?P<owner>\w+)\s+{_DEVS_EN}"
            r"(?:\s+(?P<sw>on|off))?")
_ASKED_TO_EN = lazy(rf"(?:(?P<the>The)|(?P<whose>(?i:{alternatives(WHOSE_VI)})))\s+teacher\s+(?P<asks>asked|told|"
                    rf"made)\s+(?P<whom>us|the\s+students|the\s+class)\s+(?P<to>to\s+)?{_TURN_EN}\s*(?P<end>[.!]*)")
_FORGOT_EN = lazy(rf"{WHO_EN}\s+forgot\s+to\s+{_TURN_EN}\s*(?P<end>[.!]*)")
_PLEASE_EN = lazy(rf"(?:(?P<please>Please)\s+|(?P<can>Can|Could)\s+you\s+)?(?i:{_TURN_EN})(?:,?\s+(?P<please2>please))?"
                  r"\s*(?P<end>[.!?]*)")
_TEACH_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<neg>do\s+not|does\s+not|don['’]t|doesn['’]t)|{BE_EN})?\s+"
                 rf"(?P<verb>teach|teaches|teaching)(?:\s+(?P<subj>(?i:{alternatives(_SUBJECTS_VI)})))?\s+online"
                 r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of online classes had, a school gone online, the class not joined, cameras and
    microphones in class, or teaching online; None for any other."""
    if src == "vi":  # (a statement ending "vậy", "thế" says more than English would: mt.text.STRESSED_SAID)
        rules = () if STRESSED_SAID.search(text) else (_classes, _school, _join, _asked_to, _forgot, _please, _teach)
    else:
        text, rules = text.replace("’", "'"), (_classes_vi, _school_vi, _join_vi, _asked_to_vi, _forgot_vi,
                                               _please_vi, _teach_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one, as mt.hobbies.person_of gives them; "em" with "ạ" saying it
    as "I" (mt.hobbies.em_speaking), and None for it asking."""
    if em_speaking(m):
        return None if asked else ("I", False)
    return person_of(m, asked)


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a match (before who or after the rest, not both) in English, and its way ("behind", "today",
    "ahead"); ("", "") for none; None for both."""
    if m["day0"] and m["day"]:
        return None
    said = keyed(m["day0"] or m["day"] or "")
    return (_DAYS[said], NEAR_WAY[said]) if said else ("", "")


def _classes(text: str) -> str | None:
    """"Hôm nay con tôi học online." as "My child has online classes today.", "Hôm qua bạn có học online không?" as
    "Did you have online classes yesterday?", "Tuần này con tôi phải học online." as "My child has to study online
    this week.", "Con tôi đang học online." as "My child is studying online." (_CLASSES); None for anything else, a
    plain "học online" with no day, and "đang" with a day."""
    m = _CLASSES.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (day := _day(m)) is None or not (said := _person(m, asked)) or \
            m["ing"] and (day[0] or asked or m["not"]) or not (day[0] or m["must"] or m["ing"]):
        return None
    (d, way), (who_, one) = day, said
    if m["ing"]:
        return progressive(who_, be(who_), "studying online", end=m["end"])
    what = ("to study online" if m["must"] else "online classes") + f" {d}" * bool(d)
    if way == "behind":
        had = "didn't have" if m["not"] else "had"
        return f"Did {who_} have {what}?" if asked else capitalised(f"{who_} {had} {what}{stop(m['end'])}")
    return present(who_, one, "have", what, asked, bool(m["not"]), m["end"])


def _school_name(m: re.Match) -> str | None:
    """The school of a match of _SCHOOL or _ASKED_TO's teacher, its whose in English: "the school", "my school", "my
    child's school" (`_WHOSE`)."""
    if m["kin"]:
        return f"{OWNERS[keyed(m['kwhose'])]} {NAMED_WHO[keyed(m['kin'])]}'s"
    return OWNERS[keyed(m["owner"])] if m["owner"] else "the"


def _school(text: str) -> str | None:
    """"Trường cho học sinh học trực tuyến." as "The school has moved its students to online classes.", "Trường con
    tôi sẽ chuyển sang học online." as "My child's school will move to online classes.", "Trường bạn đã cho học sinh
    học online chưa?" as "Has your school moved its students to online classes yet?" (_SCHOOL); None for anything
    else, "sẽ" asked or done."""
    m = _SCHOOL.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or m["aux"] == "sẽ" and (asked or m["done"]) or asked and m["done"] or \
            asked and m["aux"] and m["aux"] != "đã":
        return None
    school = f"{_school_name(m)} school"
    where = "its students to online classes" if m["let"] else "to online classes"
    why = f" {_WHY_KEYED[keyed(m['why'])]}" if m["why"] else ""
    if asked:
        return f"Has {school} moved {where}{why} yet?"
    how = "will move" if m["aux"] == "sẽ" else "has just moved" if m["aux"] in ("vừa", "vừa mới") else "has moved"
    return capitalised(f"{school} {how} {where}{why}{stop(m['end'])}")


def _join(text: str) -> str | None:
    """"Mạng yếu nên tôi không vào được lớp online." as "The internet is too weak, so I can't join the online class.",
    "Bạn có vào được lớp online không?" as "Can you join the online class?", "Bạn vào được lớp online chưa?" as "Have
    you been able to join the online class yet?" (_JOIN); None for anything else, a day but behind, a day asked."""
    m = _JOIN.fullmatch(text)
    if not m or (day := _day(m)) is None or m["net"] and m["net2"]:
        return None
    (d, way), yet = day, bool(m["yet"])
    # ("Bạn vào được lớp online chưa?": no "có", no "không")
    asked = ("?" in m["end"] and not (m["ask"] or m["not"] or m["asked"]) or None) if yet else asked_of(m)
    if asked is None or d and (way != "behind" or asked) or (m["net"] or m["net2"]) and not m["not"] or \
            not (m["not"] or asked) or not (said := _person(m, asked)):
        return None
    who_, one = said
    if yet:
        return f"{'Has' if one else 'Have'} {who_} been able to join the online class yet?"
    if asked:
        return f"Can {who_} join the online class?"
    past = way == "behind"
    cant = f"{who_} {'could' if past else 'ca'}n't join the online class" + f" {d}" * bool(d)
    if not (m["net"] or m["net2"]):
        return capitalised(f"{cant}{stop(m['end'])}")
    net = f"the {_NETS[keyed(m['net'] or m['net2'])]} {'was' if past else 'is'} too {_HOW[m['how'] or m['how2']]}"
    return capitalised(f"{net}, so {cant}." if m["net"] else f"{cant} because {net}.")


def _devices(said: str, many: bool) -> str:
    """The devices of _DEVS in English, one each or many: "camera", "cameras and microphones"."""
    return " and ".join(_DEVICES[keyed(d)] + "s" * many for d in re.split(r"\s+và\s+", said))


def _asked_to(text: str) -> str | None:
    """"Cô giáo yêu cầu bật camera." as "The teacher asked us to turn our cameras on.", "Thầy giáo bảo học sinh tắt
    micro." as "The teacher told the students to turn their microphones off." (_ASKED_TO); None for anything else,
    and "lên" after turning off."""
    m = _ASKED_TO.fullmatch(text)
    # (no whom: us, where the teacher is ours; "Cô giáo anh ấy yêu cầu bật camera.": asked them)
    if not m or m["up"] and m["sw"] == "tắt" or not m["whom"] and _school_name(m) not in ("the", "my", "our"):
        return None
    whom, whose = _WHOM[keyed(m["whom"] or "chúng tôi")]
    asks = _ASKS[keyed(m["asks"])]
    to = "" if asks == "made" else "to "
    return capitalised(f"{_school_name(m)} teacher {asks} {whom} {to}turn {whose} {_devices(m['devs'], True)} "
                       f"{_SWITCH[m['sw']]}{stop(m['end'])}")


def _forgot(text: str) -> str | None:
    """"Tôi quên bật micro." as "I forgot to turn my microphone on.", "Mẹ tôi quên tắt camera." as "My mother forgot
    to turn her camera off." (_FORGOT); None for anything else, a name alone (his or hers?), and asked."""
    m = _FORGOT.fullmatch(text)
    said = m and "?" not in m["end"] and not (m["up"] and m["sw"] == "tắt") and _person(m, False)
    if not said or not (whose := whose_own(m, said[0]) or (None if m["given"] or m["titled"] else "their")):
        return None
    who_ = said[0]
    devices = _devices(m["devs"], who_ in ("we", "they"))
    return capitalised(f"{who_} forgot to turn {whose} {devices} {_SWITCH[m['sw']]}{stop(m['end'])}")


def _please(text: str) -> str | None:
    """"Bạn bật camera lên nhé." as "Please turn your camera on.", "Các em hãy tắt micro." as "Please turn your
    microphones off.", "Bạn bật camera lên được không?" as "Can you turn your camera on?" (_PLEASE); None for anything
    else, and no who with "nhé" ("Bật camera lên nhé.": let me?)."""
    m = _PLEASE.fullmatch(text)
    if not m or m["up"] and keyed(m["sw"]) == "tắt":
        return None
    tell, asked = keyed(m["tell"] or ""), "?" in m["end"]
    if asked != (tell == "được không") or asked and (m["please"] or not m["you"]) or m["may"] and not asked or \
            not (m["please"] or tell) or tell == "nhé" and not m["you"]:
        return None
    many = _YOU[keyed(m["you"])] if m["you"] else False
    turn = f"turn your {_devices(m['devs'], many)} {_SWITCH[keyed(m['sw'])]}"
    return f"Can you {turn}?" if asked else f"Please {turn}{stop(m['end'])}"


def _teach(text: str) -> str | None:
    """"Chị ấy dạy tiếng Anh online." as "She teaches English online.", "Bạn có dạy online không?" as "Do you teach
    online?", "Anh ấy đang dạy trực tuyến." as "He's teaching online." (_TEACH); None for anything else."""
    m = _TEACH.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or m["ing"] and asked or not (said := _person(m, asked)):
        return None
    who_, one = said
    what = f"{_SUBJECTS[keyed(m['subj'])]} online" if m["subj"] else "online"
    if m["ing"]:
        return progressive(who_, be(who_), f"teaching {what}", end=m["end"])
    return present(who_, one, "teach", what, asked, bool(m["not"]), m["end"])


def _agrees(first: str, who_: str, one: bool) -> bool:
    """Whether a verb said first after who ("has", "does", "have", "do"; "had", "did" always) agrees with who."""
    first = first.split(" ")[0].lower()
    return first.startswith(("had", "did")) or (first in ("has", "does", "doesn't")) == one


def _classes_vi(text: str) -> str | None:
    """"My child has online classes today." as "Hôm nay con tôi học online.", "Did you have online classes
    yesterday?" as "Hôm qua bạn có học online không?", "She has to study online." as "Cô ấy phải học online."
    (_CLASSES_EN, _STUDYING_EN); None for anything else, the verb not agreeing, a day the tense does not fit, and "I"
    asked."""
    if m := _STUDYING_EN.fullmatch(text):
        said = be_agrees(m, m["be"]) and person_of(m, False, "en")
        return capitalised(f"{said[0]} đang học online{stop(m['end'])}") if said else None
    if not (m := _CLASSES_EN.fullmatch(text)):
        return None
    q, neg, verb = (m["q"] or "").lower(), " ".join((m["neg"] or "").lower().split()), m["verb"]
    if bool(q) != ("?" in m["end"]) or (q or neg) and verb != "have" or not (m["day"] or m["must"]) or q and neg or \
            not (said := person_of(m, bool(q), "en")):
        return None
    who_, one = said
    past = "did" in (q + neg) or verb == "had"
    way = NEAR_WAY[_DAYS_VI[m["day"].lower()]] if m["day"] else ""
    if not _agrees(q or neg or verb, who_, one) or way and (way == "behind") != past or \
            q and past and not way:  # ("Did you have to study online?": "đã có phải" is not Vietnamese)
        return None
    aux = "đã " * (past and not way) + ("có " if q else "không " if neg else "") + "phải " * bool(m["must"])
    said = f"{who_} {aux}học online{' không?' if q else stop(m['end'])}"
    return capitalised(f"{_DAYS_VI[m['day'].lower()]} {said}" if way else said)


def _school_vi(text: str) -> str | None:
    """"The school has moved its students to online classes." as "Trường đã cho học sinh học trực tuyến.", "My son's
    school will move to online classes." as "Trường con trai tôi sẽ chuyển sang học trực tuyến.", "Has your school
    moved classes online yet?" (_SCHOOL_EN); None for anything else, the verb not fitting its auxiliary."""
    if not (m := _SCHOOL_EN.fullmatch(text)):
        return None
    aux, asked = (m["aux"] or ("has" if m["short"] else "")).lower(), bool(m["q"])
    if asked != ("?" in m["end"]) or asked and (aux or not m["yet"]) or m["yet"] and not asked or \
            (m["verb"] == "move") != (aux == "will") or m["just"] and aux != "has":
        return None
    whose = "" if m["the"] else WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    if whose is None or whose == "mình":
        return None
    how = "sẽ" if aux == "will" else "vừa" if m["just"] else "đã"
    where = "cho học sinh học trực tuyến" if m["let"] else "chuyển sang học trực tuyến"
    why = f" {_WHY_VI[' '.join(m['why'].lower().split())]}" if m["why"] else ""
    school = f"Trường của {whose}" if whose[:1].isupper() else f"Trường {whose}".strip()  # ("Trường của Lan")
    return f"{school} đã {where}{why} chưa?" if asked else f"{school} {how} {where}{why}{stop(m['end'])}"


def _join_vi(text: str) -> str | None:
    """"The internet is too weak, so I can't join the online class." as "Mạng yếu quá nên tôi không vào được lớp
    online.", "My son couldn't join the online class yesterday." as "Hôm qua con trai tôi không vào được lớp online.",
    "Can you join the online class?" as "Bạn có vào được lớp online không?" (_JOIN_EN, _CAN_EN); None for anything
    else, and "I" asked."""
    if m := _CAN_EN.fullmatch(text):
        if not (said := person_of(m, True, "en")) or m["have"] and (m["have"] == "Has") != said[1]:
            return None
        return capitalised(f"{said[0]} {'vào được lớp online chưa' if m['have'] else 'có vào được lớp online không'}?")
    if not (m := _JOIN_EN.fullmatch(text)):
        return None
    past = m["cant"].startswith("could")
    way = NEAR_WAY[_DAYS_VI[m["day"].lower()]] if m["day"] else ""
    if way and (way != "behind" or not past) or m["net"] and (m["be"] == "was") != past or \
            not (said := person_of(m, False, "en")):
        return None
    said = f"{said[0]} {'đã ' * (past and not way)}không vào được lớp online"
    if m["net"]:
        said = f"{'mạng' if m['net'] == 'internet' else 'wifi'} {_HOW_VI[m['how']]}{' quá' * bool(m['too'])} nên {said}"
    return capitalised(f"{_DAYS_VI[m['day'].lower()]} {said}." if way else f"{said}{stop(m['end'])}")


def _turned(m: re.Match, whose: str, many: bool) -> tuple[str, str] | None:
    """Turning of _TURN_EN in Vietnamese ("bật", "camera và micro") where its whose is `whose` and its devices are
    many or one as `many` says; None for anything else (on or off said twice or never, "mute" a camera)."""
    devs = re.split(r"\s+and\s+", m["devs"].lower())
    if m["owner"].lower() != whose or any(d.endswith("s") != many for d in devs) or \
            m["mute"] and (m["sw0"] or m["sw"] or any(_DEVICES_VI[d] != "micro" for d in devs)):
        return None
    if m["mute"]:
        return ("tắt" if m["mute"].lower() == "mute" else "bật"), "micro"
    if bool(m["sw0"]) == bool(m["sw"]):
        return None
    return ("bật" if (m["sw0"] or m["sw"]).lower() == "on" else "tắt"), " và ".join(_DEVICES_VI[d] for d in devs)


def _asked_to_vi(text: str) -> str | None:
    """"The teacher asked us to turn our cameras on." as "Giáo viên yêu cầu chúng tôi bật camera.", "My teacher told
    the students to mute their microphones." as "Giáo viên của tôi bảo học sinh tắt micro." (_ASKED_TO_EN); None for
    anything else, whose not whom's ("us … their"), and "made … to"."""
    m = _ASKED_TO_EN.fullmatch(text)
    if not m or (m["asks"] == "made") == bool(m["to"]):  # ("asked us to turn", "made us turn")
        return None
    whom = " ".join(m["whom"].lower().split())
    if not (turned := _turned(m, "our" if whom == "us" else "their", True)):
        return None
    whom_vi = {"us": "chúng tôi", "the students": "học sinh", "the class": "cả lớp"}[whom]
    teacher = f"Giáo viên của {WHOSE_VI[m['whose'].lower()]}" if m["whose"] else "Giáo viên"
    return f"{teacher} {_ASKS_VI[m['asks']]} {whom_vi} {' '.join(turned)}{stop(m['end'])}"


def _forgot_vi(text: str) -> str | None:
    """"I forgot to turn my microphone on." as "Tôi quên bật micro.", "My mother forgot to turn her camera off." as
    "Mẹ tôi quên tắt camera." (_FORGOT_EN); None for anything else, and another's ("I forgot to turn your …")."""
    if not (m := _FORGOT_EN.fullmatch(text)) or not (said := person_of(m, False, "en")):
        return None
    who_, one = said
    whose = m["owner"].lower()
    # (one's own; "My son … their" too, where English cannot say his or hers)
    own = own_thing(m, who_, one) or whose == "their" and m["kin"] and his_her(who_) is None
    turned = own and _turned(m, whose, who_ in ("chúng tôi", "họ"))
    return capitalised(f"{who_} quên {' '.join(turned)}{stop(m['end'])}") if turned else None


def _please_vi(text: str) -> str | None:
    """"Please turn your camera on." as "Bạn vui lòng bật camera lên.", "Can you turn your camera on?" as "Bạn bật
    camera lên được không?", "Please turn your cameras off." as "Các bạn vui lòng tắt camera." (_PLEASE_EN); None for
    anything else, and "Could you …, please?" ("được không" alone does not say the "please")."""
    m = _PLEASE_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or sum(map(bool, (m["please"], m["please2"], m["can"]))) != 1:
        return None
    many = m["devs"].lower().endswith("s")
    if not (turned := _turned(m, "your", many)):
        return None
    you, up = "Các bạn" if many else "Bạn", " lên" if turned[0] == "bật" else ""
    return f"{you} {' '.join(turned)}{up} được không?" if m["can"] else \
        f"{you} vui lòng {' '.join(turned)}{up}{stop(m['end'])}"


def _teach_vi(text: str) -> str | None:
    """"She teaches English online." as "Cô ấy dạy tiếng Anh online.", "Does he teach online?" as "Anh ấy có dạy
    online không?", "I'm teaching online." as "Tôi đang dạy online." (_TEACH_EN); None for anything else, the verb
    not agreeing, and "I" asked."""
    m = _TEACH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not (said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    q, neg, verb = (m["q"] or "").lower(), " ".join((m["neg"] or "").lower().split()), m["verb"]
    if m["be"]:
        ok = verb == "teaching" and not q and be_agrees(m, m["be"])
    else:
        ok = verb != "teaching" and (verb == "teach" if q or neg else (verb == "teaches") == one) and \
            (not (q or neg) or _agrees(q or neg, who_, one))
    if not ok:
        return None
    subj = f"{_SUBJECTS_VI[m['subj'].lower()]} " if m["subj"] else ""
    aux = "đang " if m["be"] else "có " if q else "không " if neg else ""
    return capitalised(f"{who_} {aux}dạy {subj}online{' không?' if q else stop(m['end'])}")
