"""Someone dying and what is said to the bereaved, both ways, written whole by rule: who (just) passed away or died,
when and of what; sorry for someone's loss, sorry to hear it; condolences; may he rest in peace; the funeral's day
and place. v8 (rules on) drops "vừa" (just), reads "mất" as lost and "yên nghỉ" as a holiday: "Ông của cô ấy vừa
mất." → "Her grandfather died.", "Bố anh ấy mất tuần trước." → "His father lost last week.", "Ông ấy mất khi nào?" →
"When did he lose?", "Tôi rất tiếc khi nghe tin ông bạn mất." → "I'm sorry to hear you're lost.", "Xin chia buồn cùng
bạn." → "Let's be sad at you.", "Cầu mong ông ấy yên nghỉ." → "The bridge expects him to rest.", "Tang lễ sẽ được tổ
chức vào thứ Bảy." → "The holidays will be held on Saturday.", "Đám tang của ông ấy là vào ngày mai." → "His funeral
was tomorrow."; "I'm sorry for your loss." → "Tôi xin lỗi mất mát của bạn.", "Her grandfather just passed away." →
"Ông ta đi ngang qua.", "My deepest condolences." → "Sự đồng thuận sâu sắc nhất của tôi.", "May he rest in peace." →
"May anh ấy nghỉ ngơi trong hòa bình.", "Rest in peace." → "Những người sống sót trong hòa bình.".

Taken: who of mt.hobbies.WHO, WHO_EN (kin and whose, a name, "Bác Hùng", he, she, they; not I, we, you, nor a pet)
"mất", "qua đời", "từ trần" (passed away; "died" with a cause: one of CAUSES, or an accident), with "vừa" (just), "đã"
or "rồi" (has), a day behind (mt.free_time.when, mt.dates.NEAR_SPANS) or a year, asked when, how or of what; "(Tôi) rất
tiếc về sự mất mát của bạn" (sorry for your loss) and "… khi nghe tin …" (sorry to hear about someone, that someone
passed away); "(Xin) (gửi lời) chia buồn (sâu sắc) cùng bạn, gia đình bạn" (condolences); "Cầu mong ông ấy yên nghỉ"
(may he rest in peace), "Xin hãy yên nghỉ"; the funeral ("đám tang", "tang lễ"), whose or not, on a day ahead, or asked
when or where. Left: "mất" of anything but a person ("Tôi mất ví.": mt/finding.py, mt/mishaps.py) or said of "anh",
"chị", "em" alone (the speaker or "you"); kin dying as mt/family.py says it ("Ông tôi mất năm 2015.", "… mất được 10 năm
rồi", "Ông tôi đã mất."); the phrasebook's ("Xin chia buồn.", "My condolences.", "I'm sorry to hear that."); someone
dying in the future; causes not plain; going to the funeral (v8: "Tôi sẽ đi dự đám tang của ông ấy." → "I'll go to his
funeral.", right).
mt.phrasebook.translate tries these after mt/clock.py.

    >>> translate("Ông của cô ấy vừa mất.", "vi", "en"), translate("I'm sorry for your loss.", "en", "vi")
    ('Her grandfather just passed away.', 'Tôi rất tiếc về sự mất mát của bạn.')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .ever import PRONOUNS, YOU
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, someone, who, who_vi
from .lazy_re import lazy
from .people import KIN_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI
from .text import EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed

# what someone died of, plainly (the first Vietnamese of each is written back)
CAUSES = {"ung thư": "cancer", "bệnh ung thư": "cancer", "ung thư phổi": "lung cancer", "đau tim": "a heart attack",
          "cơn đau tim": "a heart attack", "một cơn đau tim": "a heart attack", "nhồi máu cơ tim": "a heart attack",
          "bệnh tim": "heart disease", "đột quỵ": "a stroke", "tai biến": "a stroke", "tuổi già": "old age",
          "covid": "COVID", "bệnh covid": "COVID"}
CAUSES_VI = {en.lower(): vi for vi, en in reversed(CAUSES.items())} | {"heart attack": "đau tim", "stroke": "đột quỵ"}
_ACCIDENTS = {"tai nạn": "an accident", "tai nạn giao thông": "a traffic accident", "tai nạn xe hơi": "a car accident",
              "tai nạn ô tô": "a car accident", "tai nạn xe máy": "a motorbike accident"}
_ACCIDENTS_VI = {en: vi for vi, en in reversed(_ACCIDENTS.items())}
# he, she, they spoken of, and whose they are ("đám tang của ông ấy": his funeral); "ông", "anh" … alone are "you"
_THIRD = {vi: EN_WHOSE[en] for vi, en in PRONOUNS.items() if en in ("he", "she", "they")}
_KEYS = {"vi": lazy(r"(?i:mất|qua\s+đời|từ\s+trần|tiếc|chia\s+buồn|yên\s+nghỉ|an\s+nghỉ|tang)"),
         "en": lazy(r"(?i:pass(?:ed)?\s+away|died|\bdie\b|loss|sorry\s+to\s+hear|condolences|rest\s+in\s+peace|"
                    r"funeral)")}

_DYING = r"(?:mất|qua\s+đời|từ\s+trần)"
_CAUSE = (rf"(?:vì|do|bởi)\s+(?:bị\s+)?(?P<cause>(?i:{alternatives(CAUSES)}))|(?:trong|vì|do)\s+(?:một\s+)?"
          rf"(?:vụ\s+)?(?P<accident>{alternatives(_ACCIDENTS)})")
# who died, when and of what ("Bố anh ấy mất tuần trước.", "Ông tôi vừa qua đời vì ung thư.")
_DIED = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<has>đã)\s+)?{_DYING}"
             rf"(?:\s+(?:{_CAUSE}))?(?:\s+(?:vào\s+)?năm\s+(?P<year>(?:19|20)\d\d)|{DAY_AFTER})?"
             rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_DIED_ASKED = lazy(rf"{WHO}\s+(?:đã\s+)?{_DYING}\s+(?:(?P<when>khi\s+nào|lúc\s+nào|bao\s+giờ|hồi\s+nào)|"
                   r"(?P<what>vì\s+bệnh\s+gì)|(?P<how>vì\s+sao|tại\s+sao|như\s+thế\s+nào|thế\s+nào))"
                   r"(?:\s+(?:vậy|thế|ạ))?\s*\?+")
# sorry for someone's loss, or to hear it ("Tôi rất tiếc về sự mất mát của bạn.", "… khi nghe tin ông bạn mất.")
_VERY = {"rất": "", "vô cùng": "so ", "thật sự rất": "so ", "thật sự": "so ", "thành thật": "truly "}
_LOSS = rf"(?:sự|nỗi)\s+mất\s+mát(?:\s+(?:lớn|to\s+lớn))?(?:\s+của\s+(?P<whose>(?i:{YOU}|{alternatives(_THIRD)})))?"
_SORRY = lazy(rf"(?:(?i:tôi|mình|em|cháu)\s+)?(?:(?P<very>(?i:{alternatives(_VERY)}))\s+)?(?:lấy\s+làm\s+)?"
              rf"tiếc\s+(?:(?P<hear>khi\s+nghe\s+(?:tin\s+)?)?(?:về|vì|cho)\s+{_LOSS}|khi\s+nghe\s+"
              r"(?:(?P<that>tin\s+(?:đó|này)|điều\s+(?:đó|này)|chuyện\s+(?:đó|này))|(?:tin\s+)?về\s+"
              rf"(?P<about>{SOMEONE})|tin\s+(?P<news>.+?))){SOFTENED_END}")
# condolences ("Xin chia buồn cùng bạn.", "Chúng tôi xin gửi lời chia buồn sâu sắc tới gia đình anh.")
_CONDOLE = lazy(rf"(?:(?P<we>(?i:chúng\s+tôi))\s+|(?i:tôi|mình|em|cháu)\s+)?(?i:xin)\s+"
                r"(?P<sincere>thành\s+thật\s+|chân\s+thành\s+)?(?:gửi\s+(?:lời\s+)?)?chia\s+buồn"
                r"(?:\s+(?P<deep>sâu\s+sắc(?:\s+nhất)?)|\s+(?P<sincere2>chân\s+thành(?:\s+nhất)?))?"
                rf"(?:\s+(?:cùng|với|tới|đến)\s+(?:(?P<you>{YOU})(?:\s+và\s+(?P<and_family>gia\s+đình))?|"
                rf"gia\s+đình(?:\s+(?:của\s+)?(?P<whose>{alternatives(OWNERS)}))?))?{SOFTENED_END}")
_PEACE = lazy(rf"(?i:xin\s+)?(?i:cầu\s+mong|cầu\s+cho|nguyện\s+cầu\s+cho|mong)\s+{WHO}\s+(?:được\s+)?"
              rf"(?:yên|an)\s+nghỉ(?:\s+(?:nơi\s+chín\s+suối|thanh\s+thản))?{SOFTENED_END}|"
              r"(?P<bare>(?i:(?:xin\s+)?(?:hãy\s+)?yên\s+nghỉ(?:\s+nhé)?))\s*[.!]*")
# the funeral, whose, when, where ("Đám tang của ông ấy là vào ngày mai.", "Khi nào là đám tang?")
_FUNERAL = (rf"(?i:đám\s+tang|tang\s+lễ|lễ\s+tang)(?:\s+(?:của\s+)?(?P<dead>(?i:{alternatives(_THIRD)})|"
            rf"{SOMEONE}))?")
_HELD = r"(?:(?P<will>sẽ)\s+)?(?:(?P<held>là|diễn\s+ra|được\s+tổ\s+chức|tổ\s+chức)\s+)?"
_FUNERAL_ON = lazy(rf"{_FUNERAL}\s+{_HELD}(?P<day>(?:vào\s+)?[^,.!?]+?){SOFTENED_END}")
_FUNERAL_ASKED = lazy(rf"(?:{_FUNERAL}\s+{_HELD}(?:vào\s+)?(?:(?P<when>khi\s+nào|lúc\s+nào|bao\s+giờ|hôm\s+nào|"
                      rf"ngày\s+nào)|(?P<where>ở\s+đâu))|(?i:khi\s+nào|bao\s+giờ|hôm\s+nào)\s+"
                      rf"(?:là\s+|có\s+|diễn\s+ra\s+)?{_FUNERAL.replace('dead', 'dead2')})"
                      r"(?:\s+(?:vậy|thế|ạ))?\s*\?+")

# ... and in English
_WHO_DEAD_EN = rf"(?P<whose0>(?i:his|her|their|the)|{SOMEONE_EN}['’]s)"
_DIED_EN = lazy(rf"{WHO_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just))?\s+(?P<verb>passed\s+away|"
                rf"died)(?:\s+(?:of|from)\s+(?P<cause>(?i:{alternatives(CAUSES_VI)}))|\s+in\s+"
                rf"(?P<accident>{alternatives(_ACCIDENTS_VI)}))?{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_DIED_ASKED_EN = lazy(rf"(?P<ask>When|How|What)\s+did\s+{WHO_EN}\s+(?:(?P<pass>pass\s+away)|die(?P<of>\s+of)?)"
                      r"\s*\?+")
_SORRY_EN = lazy(r"(?:I(?:['’]m|\s+am)\s+)?(?P<very>(?i:so|very|truly|really|deeply)\s+)?(?i:sorry)\s+"
                 r"(?:(?P<hear>to\s+hear\s+)?(?:for|about)\s+(?P<whose>your|his|her|their)\s+loss|"
                 rf"to\s+hear\s+(?:about\s+(?P<about>{SOMEONE_EN})|(?:that\s+)?(?P<news>.+?)))\s*[.!]*")
_ADJ_VI = {"deepest": "sâu sắc nhất", "deep": "sâu sắc", "heartfelt": "sâu sắc nhất", "sincere": "chân thành",
           "sincerest": "chân thành nhất"}
_CONDOLE_EN = lazy(rf"(?:(?P<please>Please\s+accept)\s+|(?P<have>You\s+have)\s+)?(?P<our>(?i:my|our))\s+"
                   rf"(?:(?P<adj>{alternatives(_ADJ_VI)})\s+)?condolences(?:\s+to\s+(?:(?P<you>you)(?:\s+and\s+"
                   r"(?:your|the)\s+family)?|(?P<whose>your|his|her|their|the)\s+family))?\s*[.!]*")
_PEACE_EN = lazy(rf"(?:May\s+{WHO_EN}\s+rest|(?i:rest))\s+in\s+peace\s*[.!]*")
_FUNERAL_EN = lazy(rf"{_WHO_DEAD_EN}\s+funeral(?:\s+is|['’]s|\s+will\s+be)(?P<held>\s+held)?{DAY_AFTER_EN}"
                   r"\s*(?P<end>[.!]*)")
_FUNERAL_ASKED_EN = lazy(rf"(?P<ask>When|Where)(?:\s+is|['’]s|\s+will)\s+{_WHO_DEAD_EN}\s+funeral(?:\s+be)?"
                         rf"(?:\s+held)?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says someone died, or says sorry, condolences or may they rest in peace,
    or says or asks when or where the funeral is; None for any other."""
    if src == "vi":
        return _died(text) or _died_asked(text) or _sorry(text) or _condole(text) or _peace(text) or _funeral(text)
    return (_died_vi(text) or _died_asked_vi(text) or _sorry_vi(text) or _condole_vi(text) or _peace_vi(text)
            or _funeral_vi(text))


def _dead(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO who can die, in English, and whether English says "has": "her grandfather", "he";
    None for I, we, you (and "anh", "chị" … alone) and a pet."""
    said = who(m, False)
    if said is None or said[0] in ("I", "we", "you") or animal(m):
        return None
    return said


def _dead_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN who can die, in Vietnamese, "của" before whose but "tôi" ("ông của bạn": "ông bạn" is
    also a buddy, "bà cô ấy" a great-aunt), and whether English said "has"; None for I, we, you and a pet."""
    if m["who"] and m["who"].lower() in ("i", "we", "you") or animal(m):
        return None
    if m["kin"]:
        whose = WHOSE_VI[m["whose"].lower()]
        return f"{KIN_VI[m['kin'].lower()]}{' của' * (whose not in ('tôi', 'chúng tôi'))} {whose}", True
    return who_vi(m)


def _day(said: str | None, src: str, behind: bool) -> str | None:
    """A day (mt.free_time.when) in the other language, behind today (`behind`: a death) or not (a funeral): "on
    Saturday" and "today" are either; "" for none said, None for one not read or on the wrong side of today."""
    day = when(said, src, NEAR_SPANS)
    if not day:
        return day
    en = keyed(day if src == "vi" else said)
    past = bool(BEHIND.fullmatch(en)) or en == "this morning"
    return day if en.startswith("on ") or en == "today" or past == behind else None


def _died(text: str) -> str | None:
    """"Ông của cô ấy vừa mất." as "Her grandfather just passed away.", "Bố anh ấy mất tuần trước." as "His father
    passed away last week.", "Ông ấy mất vì ung thư." as "He died of cancer." (_DIED); None for anything else, and for
    what mt/family.py takes (it comes first in mt.phrasebook._RULES: a sentence it takes never reaches this one)."""
    m = _DIED.fullmatch(text)
    said = m and "?" not in m["end"] and _death(m)
    return capitalised(f"{said}.") if said else None


def _death(m: re.Match) -> str | None:
    """A match of _DIED in English, without its full stop: "her grandfather just passed away", "my grandmother
    passed away just last night", "he has passed away"; None for a day ahead or not read, and for who cannot die."""
    if m["day0"] and m["day"] or (said := _dead(m)) is None:
        return None
    day = _day(m["day"] or m["day0"], "vi", True) if not m["year"] else f"in {m['year']}"
    if day is None:
        return None
    who_, one = said
    verb = "died" if m["cause"] or m["accident"] else "passed away"
    if m["cause"]:
        verb += f" of {CAUSES[keyed(m['cause'])]}"
    elif m["accident"]:
        verb += f" in {_ACCIDENTS[keyed(m['accident'])]}"
    if m["just"]:
        if day and not day.startswith(("yesterday", "last ", "this morning")):
            return None  # ("passed away just last week", not "just on Saturday")
        return f"{who_} {verb} just {day}" if day else f"{who_} just {verb}"
    if (m["has"] or m["done"]) and not day and not (m["cause"] or m["accident"]):
        return f"{who_} {'has' if one else 'have'} passed away"
    return f"{who_} {verb}{' ' * bool(day)}{day}"


def _died_asked(text: str) -> str | None:
    """"Ông ấy mất khi nào?" as "When did he pass away?", "Ông ấy mất vì bệnh gì?" as "What did he die of?",
    "… như thế nào?" as "How did he die?" (_DIED_ASKED); None for anything else."""
    m = _DIED_ASKED.fullmatch(text)
    said = m and _dead(m)
    if not said:
        return None
    if m["when"]:
        return f"When did {said[0]} pass away?"
    return f"What did {said[0]} die of?" if m["what"] else f"How did {said[0]} die?"


def _sorry(text: str) -> str | None:
    """"Tôi rất tiếc về sự mất mát của bạn." as "I'm sorry for your loss.", "Tôi rất tiếc khi nghe tin ông bạn mất."
    as "I'm sorry to hear that your grandfather passed away." (_SORRY); None for anything else."""
    m = _SORRY.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    sorry = f"I'm {_VERY[keyed(m['very'])] if m['very'] else ''}sorry"
    if m["that"]:
        return f"{sorry} to hear that."
    if m["about"]:
        about = someone(m["about"], "vi")
        return about and f"{sorry} to hear about {about}."
    if m["news"]:
        news = (said := _DIED.fullmatch(m["news"])) and not said["day0"] and _death(said)
        return f"{sorry} to hear that {news}." if news else None
    hear = " to hear about" if m["hear"] else " for"
    return f"{sorry}{hear} {_THIRD.get(keyed(m['whose'] or ''), 'your')} loss."  # (any word for "you": "your")


def _condole(text: str) -> str | None:
    """"Xin chia buồn cùng bạn." as "You have my condolences.", "Xin gửi lời chia buồn sâu sắc tới gia đình anh." as
    "My deepest condolences to your family." (_CONDOLE); None for anything else."""
    m = _CONDOLE.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    adj = "sincere " if m["sincere"] or m["sincere2"] else "deepest " if m["deep"] else ""
    mine = "our" if m["we"] else "my"
    if m["you"] and not m["and_family"]:
        return f"You have {mine} {adj}condolences."
    whose = OWNERS.get(keyed(m["whose"] or ""), "the")
    to = " to you and your family" if m["you"] else f" to {whose} family" if "gia" in text.lower() else ""
    return capitalised(f"{mine} {adj}condolences{to}.")


def _peace(text: str) -> str | None:
    """"Cầu mong ông ấy yên nghỉ." as "May he rest in peace.", "Xin hãy yên nghỉ." as "Rest in peace." (_PEACE);
    None for anything else, and for "anh", "chị" … alone (whom?)."""
    m = _PEACE.fullmatch(text)
    if not m or m["end"] and "?" in m["end"]:
        return None
    if m["bare"]:
        return "Rest in peace." if re.search(r"(?i:xin|hãy|nhé)", m["bare"]) else None
    said = _dead(m)
    return f"May {said[0]} rest in peace." if said else None


def _funeral_whose(dead: str | None) -> str | None:
    """Whose funeral of _FUNERAL in English: "his", "my grandfather's", "Uncle Hung's"; "the" for none said, None for
    someone not read."""
    if not dead:
        return "the"
    if keyed(dead) in _THIRD:
        return _THIRD[keyed(dead)]
    said = someone(dead, "vi")
    return said and f"{said}'s"


def _funeral(text: str) -> str | None:
    """"Đám tang của ông ấy là vào ngày mai." as "His funeral is tomorrow.", "Tang lễ sẽ được tổ chức vào thứ Bảy."
    as "The funeral will be held on Saturday.", "Khi nào là đám tang?" as "When is the funeral?" (_FUNERAL_ON,
    _FUNERAL_ASKED); None for anything else, and for a day behind."""
    if m := _FUNERAL_ASKED.fullmatch(text):
        whose = _funeral_whose(m["dead"] or m["dead2"])
        return whose and f"{'Where' if m['where'] else 'When'} is {whose} funeral?"
    m = _FUNERAL_ON.fullmatch(text)
    if not m or "?" in m["end"] or (whose := _funeral_whose(m["dead"])) is None:
        return None
    day = _day(m["day"], "vi", False)
    if not day:
        return None
    held = m["held"] and "tổ" in m["held"]
    be = "will be held" if held and m["will"] else "will be" if m["will"] else "is"
    return capitalised(f"{whose} funeral {be} {day}.")


def _died_vi(text: str) -> str | None:
    """"Her grandfather just passed away." as "Ông của cô ấy vừa qua đời.", "His father died of cancer." as "Bố của
    anh ấy đã qua đời vì ung thư." (_DIED_EN); None for anything else, where "has" does not agree with who, and for
    "has" with a day."""
    m = _DIED_EN.fullmatch(text)
    said = m and _death_vi(m)
    return said and capitalised(f"{said[0]}{_after(said[1])}.")


def _death_vi(m: re.Match) -> tuple[str, str] | None:
    """A match of _DIED_EN in Vietnamese, without its day, and its day: ("ông của cô ấy vừa qua đời", "tuần
    trước"); None where it is not sure."""
    said = _dead_vi(m)
    day = _day(m["day"], "en", True)
    if said is None or day is None:
        return None
    who_, one = said
    has = (m["has"] or "").strip().lower().replace("’", "'")
    if has and (has in ("has", "'s")) != one or has and day:
        return None
    dying = "vừa" if m["just"] else "đã"
    cause = f" vì {CAUSES_VI[m['cause'].lower()]}" if m["cause"] else ""
    if m["accident"]:
        cause = f" trong một vụ {_ACCIDENTS_VI[m['accident'].lower()]}"
    return f"{who_} {dying} qua đời{cause}", day


def _after(day: str) -> str:
    """A day behind after "qua đời", "vào" before a week, month or year (as v8 writes it: "… đã qua đời vào tuần
    trước."): " hôm qua", " vào tuần trước", " cách đây hai năm"; "" for none."""
    return f" vào {day}" if day in NEAR_SPANS else f" {day}" if day else ""


def _died_asked_vi(text: str) -> str | None:
    """"When did her grandmother pass away?" as "Bà của cô ấy qua đời khi nào?", "How did he die?" as "Anh ấy qua
    đời như thế nào?", "What did he die of?" as "Anh ấy qua đời vì bệnh gì?" (_DIED_ASKED_EN); None for anything
    else."""
    m = _DIED_ASKED_EN.fullmatch(text)
    said = m and (m["ask"] == "What") == bool(m["of"]) and (m["ask"] == "When" or not m["pass"]) and _dead_vi(m)
    ask = said and {"When": "khi nào", "How": "như thế nào", "What": "vì bệnh gì"}[m["ask"]]
    return said and capitalised(f"{said[0]} qua đời {ask}?")


def _sorry_vi(text: str) -> str | None:
    """"I'm sorry for your loss." as "Tôi rất tiếc về sự mất mát của bạn.", "I'm sorry to hear that your grandfather
    passed away." as "Tôi rất tiếc khi nghe tin ông của bạn qua đời." (_SORRY_EN); None for anything else."""
    m = _SORRY_EN.fullmatch(text)
    if not m:
        return None
    sorry = "Tôi thật sự rất tiếc" if m["very"] and m["very"].strip().lower() != "very" else "Tôi rất tiếc"
    if m["whose"]:
        loss = f"sự mất mát của {WHOSE_VI[m['whose']]}"
        return f"{sorry} khi nghe về {loss}." if m["hear"] else f"{sorry} về {loss}."
    if m["about"]:
        about = _dead_vi(re.fullmatch(WHO_EN, m["about"]))
        return about and f"{sorry} khi nghe tin về {about[0]}."
    news = (said := _DIED_EN.fullmatch(m["news"])) and _death_vi(said)
    if not news:
        return None
    return f"{sorry} khi nghe tin {news[0].replace(' đã ', ' ')}{_after(news[1])}."


def _condole_vi(text: str) -> str | None:
    """"My deepest condolences." as "Xin gửi lời chia buồn sâu sắc nhất.", "You have my condolences." as "Xin chia
    buồn cùng bạn.", "My condolences to your family." as "Xin chia buồn cùng gia đình bạn." (_CONDOLE_EN); None for
    anything else."""
    m = _CONDOLE_EN.fullmatch(text)
    if not m or m["have"] and m["you"] or m["please"] and (m["you"] or m["whose"]):
        return None
    adj = _ADJ_VI[m["adj"].lower()] if m["adj"] else ""
    we = "Chúng tôi xin" if m["our"].lower() == "our" else "Xin"
    if m["please"]:
        return f"Xin hãy nhận lời chia buồn {adj}{' ' * bool(adj)}của {'chúng tôi' if we != 'Xin' else 'tôi'}."
    if m["whose"]:
        whose = "" if m["whose"] == "the" else f" {WHOSE_VI[m['whose']]}"
        to = f"gia đình{whose}"
    else:
        to = "bạn và gia đình" if "family" in text else "bạn" if m["you"] or m["have"] else ""
    if adj:
        return f"{we} gửi lời chia buồn {adj}{' tới ' * bool(to)}{to}."
    return f"{we} chia buồn{' cùng ' * bool(to)}{to}."


def _peace_vi(text: str) -> str | None:
    """"May he rest in peace." as "Cầu mong anh ấy được yên nghỉ.", "Rest in peace." as "Xin hãy yên nghỉ."
    (_PEACE_EN); None for anything else, and for I, we, you."""
    m = _PEACE_EN.fullmatch(text)
    if not m or not (m["who"] or m["kin"] or m["given"]):
        return m and "Xin hãy yên nghỉ."
    said = _dead_vi(m)
    return said and f"Cầu mong {said[0]} được yên nghỉ."


def _funeral_whose_vi(m: re.Match) -> str | None:
    """Whose funeral of _WHO_DEAD_EN in Vietnamese: "đám tang", "đám tang của anh ấy", "đám tang của ông tôi"; None
    for someone not read."""
    whose = m["whose0"]
    if whose.lower() == "the":
        return "đám tang"
    if whose.lower() in ("his", "her", "their"):
        return f"đám tang của {WHOSE_VI[whose.lower()]}"
    said = someone(re.sub(r"['’]s$", "", whose), "en")
    return said and f"đám tang của {said}"


def _funeral_vi(text: str) -> str | None:
    """"The funeral is tomorrow." as "Đám tang sẽ diễn ra vào ngày mai.", "His funeral will be held on Saturday." as
    "Đám tang của anh ấy sẽ được tổ chức vào thứ Bảy.", "When is the funeral?" as "Đám tang diễn ra khi nào?"
    (_FUNERAL_EN, _FUNERAL_ASKED_EN); None for anything else, and for a day behind."""
    if m := _FUNERAL_ASKED_EN.fullmatch(text):
        said = _funeral_whose_vi(m)
        return said and capitalised(f"{said} diễn ra {'ở đâu' if m['ask'] == 'Where' else 'khi nào'}?")
    m = _FUNERAL_EN.fullmatch(text)
    said = m and _funeral_whose_vi(m)
    day = m and _day(m["day"], "en", False)
    if not said or not day:
        return None
    on = "" if day.startswith(("vào ", "hôm nay", "tối nay", "chiều nay", "sáng nay")) else "vào "
    return capitalised(f"{said} sẽ {'được tổ chức' if m['held'] else 'diễn ra'} {on}{day}.")
