"""Asking leave to do something, and the answer, both ways, written whole by rule. v8 (with every other rule) reads
"con" asking a parent as "you", "vào" as enter, "về" as get back, "được chưa" as done yet, and "nghỉ" as a break:
"Con ra ngoài chơi được không?" → "Can you out of play?", "Tôi vào được không?" → "Can I enter?", "Tôi đi cùng được
không?" → "Can I get the same one?", "Tôi đi được chưa?" → "Have I gone yet?", "Ngày mai tôi nghỉ được không?" →
"Tomorrow, can I get a break?", "Mẹ tôi vào được không?" → "Can I enter my mother?", "Con không được ra ngoài." → "I'm
not out.", "Mời vào." → "Invite in.", "Tất nhiên là được." → "It's natural to be.", "Không, bạn không được." → "None,
you can't."; "May I leave early today?" → "Tôi có thể rời khỏi sớm hôm nay không?", "Is it okay if I sit here?" →
"Nếu tôi ngồi đây không?", "Can we come in?" → "Chúng ta có thể đến được không?", "Do you mind if I leave early?" →
"Bạn có nhớ nếu tôi rời khỏi sớm không?" (remember), "Can I take tomorrow off?" → "Tôi có thể mất ngày mai không?"
(lose), "You can come in." → "Bạn có thể đến.", "No, you may not." → "Không, bạn có thể không.", "Sure, go ahead." →
"Đương nhiên, đi phía trước.", "Come in." → "Thôi nào.".

Taken: who (mt.hobbies.WHO, WHO_EN) asking leave to do one of _ACTS (come in, go out to play, leave early, go home,
go to the toilet, watch TV, stay up late, come along, ask a question, take a day off …), with a day ahead or now
(mt.free_time.when) or not: "… được không?", "… được chưa?" (now), "có thể … không?", "xin phép … được không?" (May
I), "Cho tôi … được không?", "Bạn có phiền nếu tôi … không?"; "Can, May, Could I …?", "Is it okay if I …?", "Do you
mind if I …?"; "con" asking is the child speaking (I), and so are "em" and "cháu" with "ạ"; who is or is not allowed
to, or can or can't ("Bạn không được vào.", "You can't come in."; "can" in English only of "you"); the answers:
"Of course you can.", "No, you can't.", "Go ahead.", "Come in." and theirs. Left: "Can I come in?" and "Tôi xin
phép về trước." (the phrasebook's), asking leave to sit (mt/seats.py), to open a door or a window (mt/doors.py), to
take photos (mt/photos.py), to smoke, to borrow or use a thing (mt/loans.py); "anh", "chị", "em" alone, "bạn" asking
("Anh vào được không?": the speaker, or you?), "con" saying ("Con không được ra ngoài.": I, or you?), a bare "Không
được." (can't, or won't do), "Cứ tự nhiên." (go ahead, or make yourself at home), a day behind, "nhé?".
mt.phrasebook.translate tries these after mt/regards.py.

    >>> translate("Con ra ngoài chơi được không?", "vi", "en"), translate("May I leave early today?", "en", "vi")
    ('Can I go out to play?', 'Hôm nay tôi về sớm được không?')
"""
from __future__ import annotations

import re

from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import said_of_one
from .text import (
    BE_EN,
    EN_DAYS,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# what leave is asked for, and how English says it (the first Vietnamese of each is written back); "nghỉ" is a day
# off only with a day said ("Tôi nghỉ được không?" may be a break)
_ACTS = {"vào": "come in", "vào trong": "come in", "vào đây": "come in here", "ra ngoài chơi": "go out to play",
         "đi ra ngoài chơi": "go out to play", "ra ngoài": "go out", "đi ra ngoài": "go out", "đi chơi": "go out",
         "về sớm": "leave early", "đi về sớm": "leave early", "về": "go home", "về nhà": "go home", "đi về": "go home",
         "đi": "go", "đi vệ sinh": "go to the toilet", "dùng nhà vệ sinh": "use the toilet",
         "sử dụng nhà vệ sinh": "use the toilet", "xem ti vi": "watch TV", "xem tivi": "watch TV", "xem TV": "watch TV",
         "đi ngủ": "go to bed", "thức khuya": "stay up late", "ở lại": "stay", "ở lại đây": "stay here",
         "ở đây": "stay here", "đi cùng": "come along", "đi cùng bạn": "come with you", "đi với bạn": "come with you",
         "đi cùng với bạn": "come with you", "hỏi một câu": "ask a question", "hỏi một câu hỏi": "ask a question",
         "hỏi bạn một câu": "ask you a question", "hỏi bạn một câu hỏi": "ask you a question",
         "nghỉ một ngày": "take a day off", "nghỉ làm một ngày": "take a day off", "nghỉ": "take the day off",
         "nghỉ làm": "take the day off"}
_ACTS_KEYED = {keyed(vi): en for vi, en in _ACTS.items()}
# ... and back ("sit here" only in English and after "Is it okay if": "Tôi ngồi đây được không?" is mt/seats.py's)
_ACTS_VI = {en: vi for vi, en in reversed(_ACTS.items())} | {
    "go outside": "ra ngoài", "go out and play": "ra ngoài chơi", "go outside to play": "ra ngoài chơi",
    "go and play outside": "ra ngoài chơi", "play outside": "ra ngoài chơi", "go home early": "về sớm", "leave": "về",
    "go to the bathroom": "đi vệ sinh", "use the bathroom": "đi vệ sinh", "use the toilet": "đi vệ sinh",
    "go with you": "đi cùng bạn", "come too": "đi cùng", "have a day off": "nghỉ một ngày",
    "have the day off": "nghỉ", "watch television": "xem ti vi", "sit here": "ngồi đây"}
_ACTS_VI_ONE = {said_of_one(en): vi for en, vi in _ACTS_VI.items()}  # ("if she leaves early")
_VI_KEYED, _VI_ONE_KEYED = ({keyed(en): vi for en, vi in table.items()} for table in (_ACTS_VI, _ACTS_VI_ONE))
_OFF = "take the day off"
# a child asking a parent says "con" for I ("Con ra ngoài chơi được không?"), and "đi chơi" is going out to play
_CHILD = {"go out": "go out to play"}
_DAYS_EN = alternatives(["tomorrow", "today", *EN_DAYS])
_BEHIND = ("yesterday", "last ", "the day before", "hôm qua", "hôm kia", "tuần trước", "tháng trước")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:được|thể|mời|vào\s+đi|phiền)"),
         "en": lazy(r"(?i:\b(?:can|may|could|okay|ok|all\s+right|alright|mind|allowed|course|ahead|come)\b)")}

_ACT = rf"(?P<act>(?i:{alternatives(_ACTS)}))"
# who asks ("con", "cháu" before WHO: "Con tôi …" is my child)
_ASKER = rf"(?:(?P<child>(?i:con|cháu))|{WHO})"
# asked: "Tôi về sớm được không?", "Hôm nay tôi có thể về sớm không?", "Cho con đi chơi được không?", "Tôi đi được
# chưa?", "Tôi xin phép về sớm được không?"
_ASKED = lazy(rf"{DAY_OPENING}(?:[Cc]ho\s+)?{_ASKER}\s+(?:(?P<can>có\s+thể)\s+|(?P<leave>xin\s+phép)\s+)?"
              rf"{_ACT}{DAY_AFTER}(?:\s+(?P<may>(?:có\s+)?được))?\s+(?P<q>không|chưa)(?:\s+(?P<a>ạ))?"
              rf"{SOFTENER}\s*\?+")
_MIND = lazy(rf"(?i:bạn)\s+có\s+phiền\s+(?:không\s+)?nếu\s+{DAY_OPENING}{WHO}\s+{_ACT}{DAY_AFTER}"
             r"(?:\s+không)?\s*\?+")
# said: "Bạn không được vào.", "Mẹ tôi được phép về sớm.", "Bạn có thể về."
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không\s+)?(?P<may>được)(?P<allowed>\s+phép)?|"
             rf"(?P<can>có\s+thể))\s+{_ACT}{DAY_AFTER}{SOFTENED_END}")
# the answers, and the door opened to someone (keyed, without their end)
_ANSWERS = {"được chứ": "Sure.", "tất nhiên là được": "Of course.", "tất nhiên là được rồi": "Of course.",
            "dĩ nhiên là được": "Of course.", "dĩ nhiên là được rồi": "Of course.", "đương nhiên là được": "Of course.",
            "không, bạn không được": "No, you can't.", "mời vào": "Come in.", "mời bạn vào": "Come in.",
            "mời vào trong": "Come in.", "mời bạn vào trong": "Come in.", "mời vào nhà": "Come in.",
            "mời bạn vào nhà": "Come in.", "vào đi": "Come in.", "bạn vào đi": "Come in."}
_ANSWERS_VI = {"of course you can": "Tất nhiên là được.", "of course you may": "Tất nhiên là được.",
               "sure you can": "Được chứ.", "sure, you can": "Được chứ.", "yes, you can": "Được chứ.",
               "yes, you may": "Được chứ.", "no, you can't": "Không, không được.",
               "no, you cannot": "Không, không được.", "no, you may not": "Không, không được.",
               "go ahead": "Cứ tự nhiên.", "please go ahead": "Cứ tự nhiên.", "sure, go ahead": "Được, cứ tự nhiên.",
               "yes, go ahead": "Được, cứ tự nhiên.", "come in": "Mời vào.", "please come in": "Mời vào.",
               "come in, please": "Mời vào.", "come on in": "Mời vào."}
_ANSWERED = lazy(r"(?P<said>[^.!?]+?)\s*[.!]*")

# ... and in English ("go out to play", "take tomorrow off", with a day after or not)
_ACT_EN = (rf"(?:(?P<act>(?i:{alternatives(_ACTS_VI | _ACTS_VI_ONE)}))|(?P<take>take|takes|have|has)\s+"
           rf"(?P<off>{_DAYS_EN})\s+off)(?:\s+(?P<day>(?!please\b)[^,.!?]+?))?(?:,?\s+please)?\s*\?+")
_CAN_EN = lazy(rf"(?P<may>Can|May|Could)\s+{WHO_EN}\s+{_ACT_EN}")
_IF_EN = lazy(rf"(?:(?P<ok>Is\s+it\s+(?:okay|OK|ok|all\s+right|alright))|(?P<mind>Do\s+you\s+mind))\s+if\s+"
              rf"{WHO_EN}\s+{_ACT_EN}")
_SAID_EN = lazy(rf"{WHO_EN}(?:\s+(?P<modal>can|may|cannot|can['’]t|may\s+not)|{BE_EN}(?P<not>\s+not|n['’]t)?"
                rf"\s+allowed\s+to|\s+(?P<isnt>isn['’]t|aren['’]t)\s+allowed\s+to)\s+"
                rf"(?P<act>(?i:{alternatives(_ACTS_VI)}))(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks leave to do something, says who may or may not, or answers; None for
    any other."""
    if src == "vi":
        return _answer(text, _ANSWERS) or _asked(text) or _mind(text) or _said(text)
    return _answer(text, _ANSWERS_VI) or _asked_vi(text) or _said_vi(text)


def _answer(text: str, table: dict[str, str]) -> str | None:
    """"Tất nhiên là được." as "Of course.", "Mời vào." as "Come in.", "No, you can't." as "Không, không được."
    (_ANSWERS, _ANSWERS_VI); None for anything else."""
    m = _ANSWERED.fullmatch(text)
    return m and table.get(keyed(m["said"].replace("’", "'")))


def _day(said: str | None) -> str | None:
    """A day of mt.free_time.when in English, with a space before it ("today" → " today"); "" for none, None for one
    not read or behind ("hôm qua": leave is asked for what is ahead)."""
    day = when(said, "vi")
    return None if day is None or day.startswith(_BEHIND) else f" {day}" if day else ""


def _act_en(m: re.Match, child: bool) -> str | None:
    """What leave is asked for, in English, with its day: "leave early today", "take tomorrow off" ("nghỉ" with a
    day); None for a day not read, or "nghỉ" without one."""
    day = _day(m["day0"] or m["day"])
    act = _ACTS_KEYED[keyed(m["act"])]
    if day is None or m["day0"] and m["day"]:
        return None
    if act == _OFF:
        off = day.strip().removeprefix("on ")
        return f"take {off} off" if off == "tomorrow" or off in EN_DAYS else None
    return f"{_CHILD.get(act, act) if child else act}{day}"


def _asker(m: re.Match) -> tuple[str, bool] | None:
    """Who asks leave in English ("I" for "con", and for "em", "cháu" with "ạ"), and whether child says it; None for
    "you" (not leave asked), for "anh", "chị" … alone (the speaker, or you?) and "mình" (I, or we?)."""
    child = keyed(m["child"] or m["who"] or "")
    if child in ("con", "cháu", "em"):
        return ("I", True) if child == "con" or m["a"] else None
    said = who(m, True)
    return None if said is None or said[0] == "you" or child == "mình" else (said[0], False)


def _asked(text: str) -> str | None:
    """"Con ra ngoài chơi được không?" as "Can I go out to play?", "Hôm nay tôi về sớm được không?" as "Can I leave
    early today?", "Tôi đi được chưa?" as "Can I go now?", "Tôi xin phép về sớm được không?" as "May I leave early?"
    (_ASKED); None for anything else, and where neither "có thể" nor "được" asks leave."""
    m = _ASKED.fullmatch(text)
    if not m or not (m["can"] or m["may"]) or m["q"] == "chưa" and (m["can"] or m["day0"] or m["day"]) or m["leave"] \
            and not m["may"] or (asker := _asker(m)) is None or (act := _act_en(m, asker[1])) is None:
        return None
    now = " now" if m["q"] == "chưa" else ""
    return f"{'May' if m['leave'] else 'Can'} {asker[0]} {act}{now}?"


def _mind(text: str) -> str | None:
    """"Bạn có phiền nếu tôi về sớm không?" as "Do you mind if I leave early?" (_MIND); None for anything else."""
    m = _MIND.fullmatch(text)
    said = m and who(m, False)
    if not said or said[0] == "you" or (act := _act_en(m, False)) is None:
        return None
    verb, _, rest = act.partition(" ")
    return f"Do you mind if {said[0]} {said_of_one(verb) if said[1] else verb}{' ' * bool(rest)}{rest}?"


def _said(text: str) -> str | None:
    """"Bạn không được vào." as "You can't come in.", "Mẹ tôi được phép về sớm." as "My mother is allowed to leave
    early.", "Bạn có thể về." as "You can go home." (_SAID); None for anything else, for "được" alone ("Bạn được
    vào.": got to?) and for "con" ("Con không được ra ngoài.": I, or you?)."""
    m = _SAID.fullmatch(text)
    if not m or "?" in m["end"] or m["may"] and not (m["not"] or m["allowed"]) or (said := who(m, False)) is None \
            or (act := _act_en(m, False)) is None:
        return None
    who_ = said[0]
    if m["can"]:
        return capitalised(f"{who_} can {act}.")
    if m["not"] and not m["allowed"] and who_ == "you":
        return f"You can't {act}."
    return capitalised(contracted(who_, f"{be(who_)} {'not ' * bool(m['not'])}allowed to {act}."))


def _act_vi(m: re.Match, one: bool) -> tuple[str, str] | None:
    """What leave is asked for (_ACT_EN), in Vietnamese, and its day: ("về sớm", "hôm nay"), ("nghỉ", "ngày mai")
    for "take tomorrow off"; None where the verb does not agree with who ("if she leave"), a day not read, and a day
    off with no day said."""
    said = m["act"] or ""
    act = (_VI_ONE_KEYED if one else _VI_KEYED).get(keyed(said)) if said else "nghỉ"
    if act is None or m["take"] and (m["take"] in ("takes", "has")) != one or m["off"] and m["day"]:
        return None
    day = when(m["off"] or m["day"] or "", "en")
    if day is None or day.startswith(_BEHIND) or act == "nghỉ" and not day:
        return None  # ("Tôi nghỉ được không?" may be a break)
    return act, day


def _asked_vi(text: str) -> str | None:
    """"May I leave early today?" as "Hôm nay tôi về sớm được không?", "Is it okay if I sit here?" as "Tôi ngồi đây
    được không?", "Do you mind if I leave early?" as "Bạn có phiền nếu tôi về sớm không?" (_CAN_EN, _IF_EN); None
    for anything else, for "you" asking, and where the verb does not agree with who ("Is it okay if she leave?")."""
    m = _CAN_EN.fullmatch(text)
    asking = m is not None  # ("Can she …": the verb as it is)
    m = m or _IF_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said = _act_vi(m, one and not asking)
    if said is None or who_ == "bạn" or said[0] == "ngồi đây" and not m.groupdict().get("ok"):
        return None  # ("Do you mind if I sit here?" is mt/seats.py's; "Can I sit here?" v8 gets right)
    act, day = said
    if m.groupdict().get("mind"):
        asked = placed(f"{who_} {act}", day, " không?")
        return f"Bạn có phiền nếu {asked[0].lower()}{asked[1:]}"
    return placed(f"{who_} {act}", day, " được không?")


def _said_vi(text: str) -> str | None:
    """"You can't come in." as "Bạn không được vào.", "You're not allowed to go out." as "Bạn không được phép ra
    ngoài.", "My sister is allowed to stay up late." as "Em gái tôi được phép thức khuya." (_SAID_EN); None for
    anything else, for "can" of anyone but "you" (can't, or isn't able to?) and where "is" does not agree."""
    m = _SAID_EN.fullmatch(text)
    if not m or (act := _VI_KEYED.get(keyed(m["act"]))) is None:
        return None
    who_, one = who_vi(m)
    day = when(m["day"] or "", "en")
    modal = " ".join((m["modal"] or "").lower().replace("’", "'").split())
    if day is None or day.startswith(_BEHIND) or act == "nghỉ" or modal and who_ != "bạn":
        return None
    if not modal:
        said_be = be_said(m["be"] or m["isnt"].replace("’", "'").removesuffix("n't"))
        if said_be != ("is" if one else "am" if who_ == "tôi" else "are"):
            return None
        may = f"{'không ' * bool(m['not'] or m['isnt'])}được phép"
    else:
        may = "có thể" if modal in ("can", "may") else "không được"
    return placed(f"{who_} {may} {act}", day, ".")
