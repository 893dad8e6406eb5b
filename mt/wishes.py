"""Wishes: congratulations on something, good luck with something, get well soon, have a nice weekend, day, holiday or
trip, both ways, written whole by rule. v8 reads "chúc" as "have" and "chúc mừng" as "he's good for", and "good luck"
and "congratulations" as anything: "Chúc mừng bạn thi đậu!" → "He's good for you to park!", "Chúc mừng bạn tốt
nghiệp!" → "He's good for you!", "Chúc mừng anh được thăng chức!" → "He congratulated him in his balance!", "Chúc bạn
phỏng vấn thành công!" → "Have you interviewed!", "Chúc bạn may mắn!" → "Have you luck!", "Chúc em thi tốt!" → "Have
you good!", "Chúc mẹ bạn mau khỏe!" → "Have your mother healthy!", "Chúc bạn kỳ nghỉ vui vẻ!" → "Have you a fun
holiday!"; "Congratulations on your new job!" → "Hãy kết hợp công việc mới của bạn!", "Congratulations on your
graduation!" → "Hãy kết hợp tốt nghiệp của bạn!", "Good luck with the interview!" → "Chúc mừng với cuộc phỏng vấn!",
"Have a good weekend!" → "Có một tuần tốt đẹp!", "I hope you get well soon." → "Hy vọng bạn càng sớm càng tốt.".

Taken: "Chúc mừng" and who is spoken to (YOU: "bạn", "anh", "chị", "em" … are the listener here; "hai bạn", "anh chị"
for a couple's news) with what they did, of OCCASIONS ("Chúc mừng bạn đã tốt nghiệp!", "Chúc mừng đám cưới của hai
bạn!"), and "Congratulations on …" back; "Chúc" and who with a wish of WISHES or a good time of TIMES ("Chúc em thi
tốt!", "Chúc bạn may mắn với buổi phỏng vấn!", "Chúc mọi người cuối tuần vui vẻ!" → "… weekend, everyone!"), and
"Good luck with …", "Have a nice …", "Enjoy your …", "(I) hope you feel better soon" back; a get-well wish to someone
else ("Chúc mẹ bạn mau khỏe!" → "I hope your mother gets well soon!": kin with whose, "anh ấy", "họ"). Left: the
phrasebook's listed wishes ("Chúc bạn thi tốt", "Have a nice weekend", "Congratulations!", "Good luck!"), birthdays
and the new year (the phrasebook, mt/birthdays.py), someone by name after "Chúc" (spoken to or spoken of?),
congratulations to someone else ("Congratulations to your sister!"), and any occasion or wish not in the tables.
mt.phrasebook.translate tries these after mt/neighbours.py.

    >>> translate("Chúc mừng bạn thi đậu!", "vi", "en"), translate("Good luck with the interview!", "en", "vi")
    ('Congratulations on passing your exam!', 'Chúc bạn phỏng vấn thành công!')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .people import KIN_WORDS, NAMED_WHO
from .rule_keys import key_checked
from .text import alternatives, keyed

# who is wished well, spoken to: one person, a couple (wished as one: "Have a nice trip!") or everyone
YOU = {"bạn", "anh", "chị", "em", "cậu", "con", "cháu", "cô", "chú", "bác", "ông", "bà"}
_COUPLE = {"hai bạn", "anh chị", "hai em", "hai anh chị", "hai con", "vợ chồng bạn"}
_EVERYONE = {"mọi người", "cả nhà", "các bạn", "các em", "các con"}
# what is congratulated: English after "Congratulations on", Vietnamese after "Chúc mừng", and whether a couple may
# share it ({you}: who, as Vietnamese calls them)
OCCASIONS = {"job": ("your new job", "{you} có công việc mới", False),
             "graduation": ("your graduation", "{you} tốt nghiệp", False),
             "exam": ("passing your exam", "{you} thi đậu", False),
             "university": ("getting into university", "{you} đậu đại học", False),
             "driving": ("passing your driving test", "{you} thi đậu bằng lái", False),
             "promotion": ("your promotion", "{you} được thăng chức", False),
             "married": ("getting married", "{you} kết hôn", True),
             "wedding": ("your wedding", "đám cưới của {you}", True),
             "engagement": ("your engagement", "{you} đính hôn", True),
             "baby": ("the new baby", "{you} có em bé", True),
             "house": ("your new house", "{you} có nhà mới", True)}
# ... said in Vietnamese as what was done ("Chúc mừng bạn đã thi đỗ"), or as the event ("Chúc mừng đám cưới của bạn")
_DEEDS = {"có công việc mới": "job", "có việc mới": "job", "có việc làm mới": "job", "tìm được việc mới": "job",
          "tìm được việc": "job", "tìm được công việc mới": "job", "được nhận việc": "job",
          "tốt nghiệp": "graduation", "ra trường": "graduation", "thi đậu": "exam", "thi đỗ": "exam",
          "đậu kỳ thi": "exam", "đỗ kỳ thi": "exam", "vượt qua kỳ thi": "exam", "đậu đại học": "university",
          "đỗ đại học": "university", "thi đậu đại học": "university", "thi đỗ đại học": "university",
          "thi đậu bằng lái": "driving", "thi đỗ bằng lái": "driving", "có bằng lái": "driving",
          "được thăng chức": "promotion", "được lên chức": "promotion", "thăng chức": "promotion",
          "kết hôn": "married", "lấy vợ": "married", "lấy chồng": "married", "đính hôn": "engagement",
          "có em bé": "baby", "sinh em bé": "baby", "có thêm em bé": "baby", "có nhà mới": "house",
          "mua nhà mới": "house", "mua được nhà mới": "house", "mua được nhà": "house"}
_EVENTS = {"đám cưới": "wedding", "lễ cưới": "wedding", "lễ tốt nghiệp": "graduation", "công việc mới": "job",
           "nhà mới": "house", "ngôi nhà mới": "house", "lễ đính hôn": "engagement"}
_OCCASIONS_EN = {en: key for key, (en, _, _) in OCCASIONS.items()} | {
    "the new job": "job", "getting the job": "job", "getting a new job": "job", "graduating": "graduation",
    "passing your exams": "exam", "passing the exam": "exam", "passing the exams": "exam",
    "getting into college": "university", "being promoted": "promotion", "getting promoted": "promotion",
    "the promotion": "promotion", "the wedding": "wedding", "getting engaged": "engagement",
    "the baby": "baby", "your new baby": "baby", "your baby": "baby", "the birth of your baby": "baby",
    "your new home": "house", "the new house": "house"}
# a wish after "Chúc" and who: English, Vietnamese, and whether it is said to many ("…, everyone!")
WISHES = {"luck": ("Good luck", "may mắn", True), "exam": ("Good luck with your exam", "thi tốt", False),
          "interview": ("Good luck with your interview", "phỏng vấn thành công", False),
          "presentation": ("Good luck with your presentation", "thuyết trình thành công", False),
          "job": ("Good luck with your new job", "thành công với công việc mới", False),
          "studies": ("Good luck with your studies", "học tốt", False),
          "success": ("Wishing you success", "thành công", False),
          "well": ("Get well soon", "mau khỏe", False), "night": ("Good night", "ngủ ngon", True),
          "safe": ("Have a safe trip", "thượng lộ bình an", True),
          "travel": ("Have a nice trip", "đi du lịch vui vẻ", True)}
_WISHES = {vi: key for key, (_, vi, _) in WISHES.items()} | {
    "thi thật tốt": "exam", "làm bài thi tốt": "exam", "thi đậu": "exam", "thi đỗ": "exam",
    "phỏng vấn tốt": "interview", "phỏng vấn suôn sẻ": "interview", "thuyết trình tốt": "presentation",
    "thành công trong công việc mới": "job", "mau khỏe lại": "well", "sớm khỏe lại": "well", "sớm khỏe": "well",
    "chóng khỏe": "well", "mau bình phục": "well", "sớm bình phục": "well", "lên đường bình an": "safe",
    "đi đường bình an": "safe", "thượng lộ bình an": "safe"}
# ... "may mắn" with what ("Chúc bạn may mắn với buổi phỏng vấn")
_LUCK_WITH = {"buổi phỏng vấn": "interview", "cuộc phỏng vấn": "interview", "kỳ thi": "exam", "kì thi": "exam",
              "bài thi": "exam", "công việc mới": "job", "buổi thuyết trình": "presentation", "việc học": "studies"}
_LUCK_WITH_EN = {"your exam": "exam", "the exam": "exam", "your exams": "exam", "the exams": "exam",
                 "your test": "exam", "the test": "exam", "your interview": "interview", "the interview": "interview",
                 "your job interview": "interview", "your new job": "job", "the new job": "job",
                 "your presentation": "presentation", "the presentation": "presentation", "your studies": "studies"}
# a good time wished ("Chúc bạn (có) (một) cuối tuần vui vẻ"): English after "Have a nice", Vietnamese after "Chúc bạn"
TIMES = {"weekend": "cuối tuần vui vẻ", "day": "một ngày tốt lành", "holiday": "kỳ nghỉ vui vẻ",
         "trip": "một chuyến đi vui vẻ", "evening": "buổi tối vui vẻ"}
_TIMES = {"cuối tuần vui vẻ": "weekend", "ngày tốt lành": "day", "ngày vui vẻ": "day", "ngày mới tốt lành": "day",
          "kỳ nghỉ vui vẻ": "holiday", "kì nghỉ vui vẻ": "holiday", "kỳ nghỉ lễ vui vẻ": "holiday",
          "chuyến đi vui vẻ": "trip", "buổi tối vui vẻ": "evening", "tối vui vẻ": "evening"}
_TIMES_EN = {t: t for t in TIMES} | {"vacation": "holiday", "holidays": "holiday", "journey": "trip"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chúc)"),
         "en": lazy(r"(?i:congrat|luck|soon|have\s+a|enjoy\s+your)")}

_YOU = rf"(?P<you>(?i:{alternatives(YOU | _COUPLE | _EVERYONE)}))(?!\s+(?:ấy|ta|tôi|mình|họ|của)(?!\w))"
_END = r"(?:\s+(?:nhé|nha|nhá|nhe|ạ))?\s*(?P<end>[.!]*)"
_OPEN = r"(?:(?i:xin)\s+)?"
_DEED = rf"{_YOU}\s+(?:đã\s+|vừa\s+)?(?P<deed>(?i:{alternatives(_DEEDS)}))"
_EVENT = rf"(?P<event>(?i:{alternatives(_EVENTS)}))\s+(?:của\s+)?(?P<you2>(?i:{alternatives(YOU | _COUPLE)}))"
_CONGRATS = lazy(rf"{_OPEN}(?i:chúc\s+mừng)\s+(?:{_DEED}|{_EVENT}){_END}")
_WISHED = (rf"(?P<wish>(?i:{alternatives(_WISHES)}))|(?i:may\s+mắn\s+(?:với|trong|cho))\s+"
           rf"(?P<with>(?i:{alternatives(_LUCK_WITH)}))|(?i:(?:có\s+)?(?:một\s+)?(?P<time>{alternatives(_TIMES)}))")
_WISH = lazy(rf"{_OPEN}(?i:chúc)\s+{_YOU}\s+(?:{_WISHED}){_END}")
_WELL = r"(?P<well>mau\s+khỏe(?:\s+lại)?|sớm\s+khỏe(?:\s+lại)?|chóng\s+khỏe|mau\s+bình\s+phục|sớm\s+bình\s+phục)"
_WELL_OF = lazy(rf"(?i:chúc)\s+{WHO}\s+{_WELL}{_END}")
# ... kin of the one spoken to ("Chúc mẹ anh mau khỏe!": wished to him, it is his mother, not the speaker's)
_WELL_OF_YOURS = lazy(rf"(?i:chúc)\s+(?P<kin>(?i:{KIN_WORDS}))\s+(?:của\s+)?"
                      rf"(?i:anh|chị|em|cậu)\s+{_WELL}{_END}")

_ALL_EN = r"(?P<all>,\s+(?:everyone|everybody))?"
_END_EN = r"\s*(?P<end>[.!]*)"
_CONGRATS_EN = lazy(rf"(?i:(?:many\s+)?congrat(?:ulation)?s)\s+on\s+(?P<on>(?i:{alternatives(_OCCASIONS_EN)}))"
                    rf"{_END_EN}")
_NICE = r"(?:nice|good|great|lovely|wonderful)"
_LUCK_EN = rf"(?i:good|best\s+of)\s+luck(?:\s+(?:with|on|in|for)\s+(?P<with>(?i:{alternatives(_LUCK_WITH_EN)})))?"
_TIME_EN = rf"(?:(?i:have)\s+a\s+{_NICE}|(?i:enjoy)\s+your)\s+(?P<time>(?i:{alternatives(_TIMES_EN)}))"
_WISH_EN = lazy(rf"(?:{_LUCK_EN}|{_TIME_EN}|(?i:have)\s+a\s+safe\s+(?P<safe>trip|journey|flight)|"
                rf"(?P<well>(?i:get|feel)\s+(?:well|better)\s+soon)){_ALL_EN}{_END_EN}")
_WELL_EN = lazy(rf"(?:I\s+)?[Hh]ope\s+{WHO_EN}\s+(?P<verb>gets?|feels?)\s+(?:well|better)\s+soon{_END_EN}")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that congratulates someone on something, or wishes them luck, a quick recovery
    or a good time; None for any other."""
    if src == "vi":
        return _congrats(text) or _wish(text) or _well_of(text)
    return _congrats_vi(text) or _wish_vi(text) or _well_vi(text)


def _ended(said: str, end: str) -> str:
    """A wish with the source's "!" or "." ("!" where it had none)."""
    return f"{said}{'.' if end.startswith('.') else '!'}"


def _congrats(text: str) -> str | None:
    """"Chúc mừng bạn đã tốt nghiệp!" as "Congratulations on your graduation!", "Chúc mừng đám cưới của hai bạn!" as
    "Congratulations on your wedding!" (_CONGRATS); None for anything else, and for everyone ("mọi người") or a
    couple's congratulations on one's own news ("Chúc mừng hai bạn thi đậu")."""
    m = _CONGRATS.fullmatch(text)
    if not m:
        return None
    you = keyed(m["you"] or m["you2"])
    occasion = _DEEDS[keyed(m["deed"])] if m["deed"] else _EVENTS[keyed(m["event"])]
    if you in _EVERYONE or you in _COUPLE and not OCCASIONS[occasion][2]:
        return None
    return _ended(f"Congratulations on {OCCASIONS[occasion][0]}", m["end"])


def _wish(text: str) -> str | None:
    """"Chúc em thi tốt!" as "Good luck with your exam!", "Chúc bạn may mắn với buổi phỏng vấn!" as "Good luck with
    your interview!", "Chúc mọi người cuối tuần vui vẻ!" as "Have a nice weekend, everyone!" (_WISH); None for
    anything else, and for a wish of one's own said to everyone ("Chúc mọi người thi tốt")."""
    m = _WISH.fullmatch(text)
    if not m:
        return None
    you = keyed(m["you"])
    if m["time"]:
        said, many = f"Have a nice {_TIMES[keyed(m['time'])]}", True
    else:
        key = _WISHES[keyed(m["wish"])] if m["wish"] else _LUCK_WITH[keyed(m["with"])]
        said, _, many = WISHES[key]
    if you in _EVERYONE and not many or you in _COUPLE and not many:
        return None
    return _ended(f"{said}, everyone" if you in _EVERYONE else said, m["end"])


def _well_of(text: str) -> str | None:
    """"Chúc mẹ bạn mau khỏe!" as "I hope your mother gets well soon!", "Chúc anh ấy sớm bình phục." as "I hope he
    gets well soon." (_WELL_OF); None for anyone but kin with whose and "he", "she", "they" (someone by name may be
    the one spoken to)."""
    if m := _WELL_OF_YOURS.fullmatch(text):
        return _ended(f"I hope your {NAMED_WHO[keyed(m['kin'])]} gets well soon", m["end"])
    m = _WELL_OF.fullmatch(text)
    if not m or not (m["kin"] or m["who"] and PRONOUNS[keyed(m["who"])] in ("he", "she", "they")):
        return None
    who_, one = who(m, False)
    return _ended(f"I hope {who_} {'gets' if one else 'get'} well soon", m["end"])


def _you_vi(m: re.Match) -> str:
    """Who is wished well in Vietnamese: "mọi người" for "…, everyone", else "bạn"."""
    return "mọi người" if m.groupdict().get("all") else "bạn"


def _congrats_vi(text: str) -> str | None:
    """"Congratulations on your new job!" as "Chúc mừng bạn có công việc mới!", "Congratulations on the wedding!" as
    "Chúc mừng đám cưới của bạn!" (_CONGRATS_EN); None for anything else."""
    m = _CONGRATS_EN.fullmatch(text)
    if not m:
        return None
    said = OCCASIONS[_OCCASIONS_EN[keyed(m["on"])]][1].format(you="bạn")
    return _ended(f"Chúc mừng {said}", m["end"])


def _wish_vi(text: str) -> str | None:
    """"Good luck with the interview!" as "Chúc bạn phỏng vấn thành công!", "Have a good weekend!" as "Chúc bạn cuối
    tuần vui vẻ!", "Feel better soon!" as "Chúc bạn mau khỏe!", "Good luck, everyone!" as "Chúc mọi người may mắn!"
    (_WISH_EN); None for anything else, and for a wish of one's own said to everyone."""
    m = _WISH_EN.fullmatch(text)
    if not m:
        return None
    if m["time"]:
        said, many = TIMES[_TIMES_EN[m["time"].lower()]], True
    else:
        key = "safe" if m["safe"] else "well" if m["well"] else _LUCK_WITH_EN[keyed(m["with"])] if m["with"] else "luck"
        _, said, many = WISHES[key]
    if m["all"] and not many:
        return None
    return _ended(f"Chúc {_you_vi(m)} {said}", m["end"])


def _well_vi(text: str) -> str | None:
    """"I hope your mother gets well soon." as "Chúc mẹ bạn mau khỏe.", "I hope you feel better soon!" as "Chúc bạn
    mau khỏe!" (_WELL_EN); None for anything else, for "I", "we", and where the verb does not agree with who ("I hope
    she get well soon")."""
    m = _WELL_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if who_ in ("tôi", "chúng tôi") or m["verb"].endswith("s") != one:
        return None
    return _ended(f"Chúc {who_} mau khỏe", m["end"])
