"""Hurrying and being late, said in conversation, both ways, written whole by rule: hurry up, we're going to be late or
running late, we'll miss the film, there's no rush, take your time, slow down, plenty of time or not much, who is in a
hurry, how much time is left, time's up. v8 with every other rule: "Nhanh lên," → "Nhanh up,", "Mau lên!" → "Bring!",
"Mau lên nào!" → "How to Mau!", "Khẩn trương lên!" → "Shop up!", "Mẹ tôi sắp muộn rồi." → "My mother was late.",
"Chúng ta đang bị muộn." → "We're going to be late.", "Cứ từ từ." → "Every word.", "Không vội đâu." → "No one was
rushed.", "Chậm lại đi." → "Even walking.", "Chúng ta còn bao nhiêu thời gian?" → "How many times do we have?", "Tôi
đang rất vội." → "I'm very rushing.", "Sắp hết giờ rồi." → "It's all time."; "There's no hurry." → "Không có chuyện
ôm ấp." (cuddling), "She's in a hurry." → "Cô ấy rất ôm ấp.", "How much time do we have left?" → "Chúng tôi đã rời
khỏi bao nhiêu thời gian?" (left a place), "She's going to be late." → "Nó sẽ muộn." (it), "We're running late." →
"Chúng tôi đang chạy trễ.", "Time's up!" → "Thời gian lên!".

Taken: "Nhanh lên!", "Mau lên!", "Khẩn trương lên!" (also as a clause ending with a comma, "Nhanh lên," before the rest,
which mt.phrasebook.clauses sets apart when a rule takes the rest; so "Cứ từ từ," and "Chậm lại đi,") and "Hurry up!",
"Quick!"; who (mt.hobbies.WHO, WHO_EN) going to be late ("sắp muộn") or running late ("đang bị muộn"), going to miss a
ride (mishaps' rides) or missing a film or a concert; no need to rush, take your time, don't rush; slow down (a bit);
who has plenty of time, does not have much (left), and how much time they have left; time's (almost) up; who is in a
hurry, said, denied or asked. "We" is "chúng ta" where the time is shared (late, missing, time left) and "chúng tôi" in
a hurry (said to someone else). Left: late, "sẽ muộn", "muộn rồi" and rides missed with "sẽ" (mt/mishaps.py), "Từ từ
thôi.", "Chậm lại!", "Take your time.", "Slow down.", "I'm in a hurry.", "I'm running late." (the phrasebook's),
speaking slowly, "Chúng ta còn bao lâu?" (how long until, or how long left), "anh", "chị", "em" alone in statements,
arrival (mt/arrivals.py), waiting (mt/waiting.py), timetables (mt/timetables.py). mt.phrasebook.translate tries these
after mt/accounts.py.

    >>> translate("Nhanh lên,", "vi", "en"), translate("We're going to be late!", "en", "vi")
    ('Hurry up,', 'Chúng ta sắp muộn rồi!')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .mishaps import RIDES
from .rule_keys import key_checked
from .text import (
    BE_EN,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhanh|mau|khẩn|muộn|trễ|lỡ|nhỡ|vội|từ\s+từ|thong\s+thả|chậm|thời\s+gian|giờ)"),
         "en": lazy(r"(?i:hurry|quick|\blate|miss|\brush|slow|\btime)")}
# what one misses: a ride (mt/mishaps.py's, which takes it missed with "sẽ", not "sắp"), a film or a concert
MISSED = {vi: f"the {en}" for vi, en in RIDES} | {"phim": "the film", "bộ phim": "the film",
                                                    "buổi hòa nhạc": "the concert"}
MISSED_VI = {"film": "bộ phim", "movie": "bộ phim", "concert": "buổi hòa nhạc"}  # (rides missed are mishaps')
_END = r"(?:\s+(?:rồi|mất(?:\s+rồi)?))?" + SOFTENED_END  # ("Chúng ta sắp muộn mất rồi!")

# hurry up ("Nhanh lên!", "Mau lên nào!", "Làm ơn nhanh lên.", and "Nhanh lên," opening a sentence)
_HURRY = lazy(r"(?:(?P<please>(?i:làm\s+ơn))\s+|(?i:bạn|các\s+bạn)\s+)?(?i:nhanh(?:\s+nhanh)?|mau|khẩn\s+trương|"
              r"làm\s+nhanh)\s+lên(?:\s+(?:nào|đi|nhé|đi\s+nào))?\s*(?P<end>[.!,]*)")
# who is going to be late ("sắp") or running late ("đang"), or going to miss something
_LATE = lazy(rf"{WHO}\s+(?:(?P<soon>sắp)|(?P<now>đang))\s+(?:bị\s+)?(?:muộn|trễ)(?:\s+giờ)?{_END}")
_MISSED = lazy(rf"{WHO}\s+(?:(?P<soon>sắp)|(?P<will>sẽ))\s+(?:bị\s+)?(?:bỏ\s+)?(?:lỡ|nhỡ)\s+(?:mất\s+)?"
               rf"(?P<what>(?i:{alternatives(MISSED)})){_END}")
# no rush ("Không cần vội đâu.", "Bạn không cần phải vội."), take your time ("Cứ từ từ."), don't rush ("Đừng vội.")
_NO_RUSH = lazy(r"(?:(?P<you>(?i:bạn|các\s+bạn))\s+)?(?i:không|chẳng)\s+(?:(?:cần|phải|có\s+gì\s+phải)"
                rf"(?:\s+phải)?\s+vội(?:\s+vàng)?(?:\s+(?:đâu|cả))?|(?P<bare>vội\s+đâu)){SOFTENED_END}")
_YOUR_TIME = lazy(r"(?:(?i:bạn)\s+)?(?i:cứ)\s+(?:từ\s+từ|thong\s+thả)(?:\s+(?:thôi|nhé|đi))?\s*(?P<end>[.!,]*)")
_DONT_RUSH = lazy(r"(?i:đừng)\s+vội(?:\s+vàng)?(?:\s+(?:thế|quá|nhé))?\s*(?P<end>[.!]*)")
# slow down ("Chậm lại đi.", "Lái chậm lại!", "Làm ơn chạy chậm lại một chút."; speaking slowly is the phrasebook's)
_SLOW = lazy(r"(?:(?P<please>(?i:làm\s+ơn))\s+)?(?:(?i:đi|lái|chạy)(?:\s+xe)?\s+)?(?i:chậm)\s+lại"
             r"(?:\s+(?P<bit>(?:một\s+)?chút|tí))?(?:\s+(?:đi|nào|nhé))?\s*(?P<end>[.!,]*)")
# time: plenty ("Chúng ta còn nhiều thời gian."), not much ("… không còn nhiều thời gian nữa."), how much is left
_TIME = lazy(rf"(?:{WHO}\s+)?(?:(?P<not>(?i:không))\s+|(?P<still>(?i:vẫn))\s+)?(?P<left>(?i:còn|có))\s+"
             rf"(?:rất\s+)?nhiều\s+thời\s+gian(?:\s+(?P<more>nữa)|\s+mà)?{SOFTENED_END}")
_HOW_MUCH = lazy(rf"(?:{WHO}\s+)?(?i:còn)\s+bao\s+nhiêu\s+thời\s+gian(?:\s+nữa)?{SOFTENED_END}")
_UP = lazy(r"(?P<soon>(?i:sắp)\s+)?(?i:hết)\s+(?:giờ|thời\s+gian)\s+rồi\s*(?P<end>[.!]*)")
# who is in a hurry ("Tôi đang rất vội.", "Mẹ tôi không vội.", "Bạn có vội không?", "Anh đang vội à?")
_HURRIED = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?(?:(?P<very>rất)\s+)?vội"
                r"(?:\s+(?P<much>lắm|quá))?(?:\s+(?P<asked>không|à)|\s+(?P<dau>đâu))?" + SOFTENED_END)

# ... and in English
_HURRY_EN = lazy(r"(?:(?P<please>Please)\s+)?(?i:hurry(?:\s+up)?|quick|be\s+quick)(?:,?\s+(?P<please2>please))?"
                 r"\s*(?P<end>[.!,]*)")
_LATE_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN})?\s+(?:(?P<soon>going\s+to\s+be)|"
                r"(?P<now>running))\s+late\s*(?P<end>[.!?]*)")
_MISSED_EN = lazy(rf"{WHO_EN}(?:\s+will|['’]ll|{BE_EN}\s+going\s+to)\s+miss\s+the\s+"
                  rf"(?P<what>{alternatives(MISSED_VI)})\s*(?P<end>[.!]*)")
_NO_RUSH_EN = lazy(r"(?:There['’]s\s+|There\s+is\s+)?(?:[Nn]o|[Nn]o\s+need\s+to)\s+(?:rush|hurry)"
                   r"\s*(?P<end>[.!]*)|(?P<dont>Don['’]t|Do\s+not)\s+(?:rush|hurry)\s*(?P<end2>[.!]*)")
_NEED_NOT_EN = lazy(rf"{WHO_EN}\s+(?P<do>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?:have|need)\s+to\s+"
                    r"(?:rush|hurry)\s*(?P<end>[.!]*)")
_SLOW_EN = lazy(r"(?:(?P<please>Please)\s+)?(?i:slow)\s+down(?:\s+(?P<bit>a\s+(?:bit|little)))?"
                r"(?:,?\s+(?P<please2>please))?\s*(?P<end>[.!]*)")
_TIME_EN = lazy(rf"{WHO_EN}(?:\s+(?P<still>still))?(?:(?P<have>\s+have|\s+has|['’]ve\s+got|['’]s\s+got|"
                r"\s+have\s+got|\s+has\s+got)|\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+have|"
                r"\s+(?P<nogot>haven['’]t|hasn['’]t)\s+got)\s+(?:(?P<plenty>plenty\s+of|lots\s+of|a\s+lot\s+of)|"
                r"(?P<much>much))\s+time(?P<left>\s+left)?\s*(?P<end>[.!]*)")
_THERE_EN = lazy(r"There(?:['’]s|\s+is)\s+(?P<still>still\s+)?(?:plenty\s+of|lots\s+of)\s+time\s*(?P<end>[.!]*)|"
                 r"There(?:\s+isn['’]t|['’]s\s+not|\s+is\s+not)\s+much\s+time(?P<left>\s+left)?\s*"
                 r"(?P<end2>[.!]*)")
_HOW_MUCH_EN = lazy(rf"How\s+much\s+time\s+(?:(?P<is>is)|(?P<do>do|does|have|has)\s+{WHO_EN}\s+"
                    r"(?P<verb>have|got))(?P<left>\s+left)?\s*\?+")
_UP_EN = lazy(r"Time['’]s\s+(?P<soon>almost\s+)?up\s*(?P<end>[.!]*)|Time\s+is\s+(?P<soon2>almost\s+)?up\s*"
              r"(?P<end2>[.!]*)")
_HURRIED_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?\s+in\s+a\s+"
                   r"(?P<big>big\s+|real\s+)?hurry\s*(?P<end>[.!?]*)")
# "we" where the time is shared ("Chúng ta sắp muộn rồi!"); in a hurry it is said to someone else ("chúng tôi")
_SHARED = {"chúng tôi": "chúng ta"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that hurries someone, says who is or will be late, or in a hurry, that there is
    no rush, or how much time there is; None for any other."""
    if src == "vi":
        return _hurry(text) or _late(text) or _no_rush(text) or _slow(text) or _time(text) or _hurried(text)
    return _hurry_vi(text) or _late_vi(text) or _no_rush_vi(text) or _slow_vi(text) or _time_vi(text) or \
        _hurried_vi(text)


def _said(m: re.Match, asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether they take "-s", or None where there is none ("you" for "anh",
    "chị" … alone only asked)."""
    return who(m, asked) if m["who"] or m["kin"] or m["titled"] or m["given"] else None


def _stop(m: re.Match, asked: bool = False) -> str:
    """The end of the sentence in English: its own mark, "." where it has none ("?" asked)."""
    return m["end"] or ("?" if asked else ".")


def _hurry(text: str) -> str | None:
    """"Nhanh lên!" and "Mau lên nào!" as "Hurry up!", "Làm ơn nhanh lên." as "Please hurry up.", "Nhanh lên," as
    "Hurry up," (_HURRY); None for anything else."""
    m = _HURRY.fullmatch(text)
    return m and f"{'Please hurry' if m['please'] else 'Hurry'} up{m['end'] or '!'}"


def _late(text: str) -> str | None:
    """"Chúng ta sắp muộn rồi!" as "We're going to be late!", "Mẹ tôi đang bị muộn." as "My mother is running late.",
    "Chúng ta sắp lỡ xe buýt rồi." as "We're going to miss the bus.", "Chúng ta sẽ lỡ phim mất." as "We'll miss the
    film." (_LATE, _MISSED); None for anything else."""
    m = _LATE.fullmatch(text)
    missed = m is None
    m = m or _MISSED.fullmatch(text)
    if not m or "?" in m["end"] or (said := _said(m)) is None:
        return None
    who_ = said[0]
    if missed:
        what = MISSED[keyed(m["what"])]
        doing = f"will miss {what}" if m["will"] else f"{be(who_)} going to miss {what}"
    else:
        doing = f"{be(who_)} {'going to be' if m['soon'] else 'running'} late"
    return capitalised(contracted(who_, doing)) + _stop(m)


def _no_rush(text: str) -> str | None:
    """"Không cần vội đâu." as "There's no rush.", "Bạn không cần phải vội." as "You don't need to rush.", "Cứ từ
    từ." as "Take your time.", "Đừng vội." as "Don't rush." (_NO_RUSH, _YOUR_TIME, _DONT_RUSH); None for anything
    else."""
    if m := _NO_RUSH.fullmatch(text):
        if "?" in m["end"] or m["you"] and m["bare"]:  # ("Bạn không vội đâu.": not in a hurry, _hurried's)
            return None
        return ("You don't need to rush" if m["you"] else "There's no rush") + _stop(m)
    if m := _YOUR_TIME.fullmatch(text):
        return f"Take your time{_stop(m)}"
    m = _DONT_RUSH.fullmatch(text)
    return m and f"Don't rush{_stop(m)}"


def _slow(text: str) -> str | None:
    """"Chậm lại đi." as "Slow down.", "Lái chậm lại!" as "Slow down!", "Làm ơn chạy chậm lại một chút." as "Please
    slow down a bit." (_SLOW); None for anything else."""
    m = _SLOW.fullmatch(text)
    return m and f"{'Please slow' if m['please'] else 'Slow'} down{' a bit' * bool(m['bit'])}{_stop(m)}"


def _time(text: str) -> str | None:
    """"Chúng ta còn nhiều thời gian." as "We have plenty of time.", "Vẫn còn nhiều thời gian." as "There's still
    plenty of time.", "Chúng ta không còn nhiều thời gian nữa." as "We don't have much time left.", "Chúng ta còn bao
    nhiêu thời gian?" as "How much time do we have left?", "Hết giờ rồi!" as "Time's up!" (_TIME, _HOW_MUCH, _UP);
    None for anything else, and for "Có nhiều thời gian." (whose time, not said)."""
    if m := _UP.fullmatch(text):
        return f"Time's {'almost ' * bool(m['soon'])}up{_stop(m)}"
    if m := _HOW_MUCH.fullmatch(text):
        if "?" not in m["end"]:
            return None
        said = _said(m, True)
        if said is None:
            return None if m["who"] or m["kin"] else "How much time is left?"
        return f"How much time {'does' if said[1] else 'do'} {said[0]} have left?"
    m = _TIME.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    said = _said(m)
    left = keyed(m["left"]) == "còn"
    if said is None:
        if m["who"] or m["kin"] or not left:
            return None
        return (f"There isn't much time{' left' * bool(m['more'])}" if m["not"] else
                f"There's {'still ' * bool(m['still'])}plenty of time") + _stop(m)
    who_, one = said
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have much time{' left' * left}{_stop(m)}")
    if m["more"]:
        return None
    return capitalised(f"{who_}{' still' * bool(m['still'])} {'has' if one else 'have'} plenty of time{_stop(m)}")


def _hurried(text: str) -> str | None:
    """"Tôi đang vội." as "I'm in a hurry.", "Cô ấy đang rất vội." as "She's in a big hurry.", "Mẹ tôi không vội."
    as "My mother isn't in a hurry.", "Bạn có vội không?" and "Anh đang vội à?" as "Are you in a hurry?" (_HURRIED);
    None for anything else."""
    m = _HURRIED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != (keyed(m["asked"] or "") == "không") or \
            m["not"] and (asked or m["now"] or m["very"] or m["much"]) or (said := _said(m, asked)) is None or \
            said[0] == "you" and m["not"] and m["dau"] or m["dau"] and not m["not"]:
        return None  # ("Bạn không vội đâu.": you're not, or you needn't be, in a hurry; "Mẹ vội đâu.": not)
    who_ = said[0]
    big = "big " if m["very"] or m["much"] else ""
    if asked:
        return f"{be(who_).capitalize()} {who_} in a {big}hurry?"
    if m["not"]:
        return "I'm not in a hurry." if who_ == "I" else capitalised(f"{who_} {be(who_)}n't in a hurry.")
    return capitalised(contracted(who_, f"{be(who_)} in a {big}hurry")) + _stop(m)


def _who_vi(m: re.Match, shared: bool = True) -> tuple[str, str] | None:
    """Who of a match of WHO_EN in Vietnamese ("chúng ta" for "we" where `shared`), and "am", "is" or "are" as English
    says it after them; None for none."""
    if not (m["who"] or m["kin"] or m["given"]):
        return None
    said, _ = who_vi(m)
    english = m["who"].lower() if m["who"] else "he"
    return (_SHARED.get(said, said) if shared else said), be("I" if english == "i" else english)


def _hurry_vi(text: str) -> str | None:
    """"Hurry up!" and "Quick!" as "Nhanh lên!", "Please hurry up." as "Làm ơn nhanh lên.", "Hurry up," as "Nhanh
    lên," (_HURRY_EN); None for anything else."""
    m = _HURRY_EN.fullmatch(text)
    return m and f"{'Làm ơn nhanh' if m['please'] or m['please2'] else 'Nhanh'} lên{m['end'] or '!'}"


def _late_vi(text: str) -> str | None:
    """"We're going to be late!" as "Chúng ta sắp muộn rồi!", "My mother is running late." as "Mẹ tôi đang bị
    muộn.", "Are we going to be late?" as "Chúng ta có bị muộn không?", "We'll miss the film." as "Chúng ta sẽ lỡ mất
    bộ phim." (_LATE_EN, _MISSED_EN); None for anything else, and where "is", "are" does not agree with who."""
    if m := _MISSED_EN.fullmatch(text):
        said = _who_vi(m)
        what = MISSED_VI.get(m["what"].lower())
        if not said or not what or m["be"] and be_said(m["be"]) != said[1]:
            return None
        return capitalised(f"{said[0]} sẽ lỡ mất {what}{m['end'] or '.'}")
    m = _LATE_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["be0"]) == bool(m["be"]) or be_said(m["be0"] or m["be"]) != said[1] or \
            bool(m["be0"]) != ("?" in m["end"]):
        return None
    if m["be0"]:
        return capitalised(f"{said[0]} có bị muộn không?") if m["soon"] else None
    return capitalised(f"{said[0]} {'sắp muộn rồi' if m['soon'] else 'đang bị muộn'}{m['end'] or '.'}")


def _no_rush_vi(text: str) -> str | None:
    """"There's no rush." and "No hurry." as "Không cần vội đâu.", "Don't rush." as "Đừng vội.", "You don't have to
    rush." as "Bạn không cần phải vội đâu." (_NO_RUSH_EN, _NEED_NOT_EN); None for anything else, and where "don't"
    does not agree with who."""
    if m := _NO_RUSH_EN.fullmatch(text):
        return f"Đừng vội{m['end2'] or '.'}" if m["dont"] else f"Không cần vội đâu{m['end'] or '.'}"
    m = _NEED_NOT_EN.fullmatch(text)
    said = m and _who_vi(m, shared=False)
    if not said or m["do"].lower().startswith("does") != (said[1] == "is"):
        return None
    return capitalised(f"{said[0]} không cần phải vội đâu{m['end'] or '.'}")


def _slow_vi(text: str) -> str | None:
    """"Slow down a bit." as "Chậm lại một chút.", "Please slow down." as "Làm ơn chậm lại." (_SLOW_EN); None for
    anything else."""
    m = _SLOW_EN.fullmatch(text)
    if not m:
        return None
    please = "Làm ơn chậm" if m["please"] or m["please2"] else "Chậm"
    return f"{please} lại{' một chút' * bool(m['bit'])}{m['end'] or '.'}"


def _time_vi(text: str) -> str | None:
    """"We have plenty of time." as "Chúng ta còn nhiều thời gian.", "There's still plenty of time." as "Vẫn còn nhiều
    thời gian.", "We don't have much time left." as "Chúng ta không còn nhiều thời gian nữa.", "How much time do we
    have left?" as "Chúng ta còn bao nhiêu thời gian?", "Time's up!" as "Hết giờ rồi!" (_TIME_EN, _THERE_EN,
    _HOW_MUCH_EN, _UP_EN); None for anything else, and where the verb does not agree with who."""
    if m := _UP_EN.fullmatch(text):
        return f"{'Sắp hết' if m['soon'] or m['soon2'] else 'Hết'} giờ rồi{m['end'] or m['end2'] or '.'}"
    if m := _HOW_MUCH_EN.fullmatch(text):
        return _how_much_vi(m)
    if m := _THERE_EN.fullmatch(text):
        if m["end2"] is not None:
            return f"Không còn nhiều thời gian{' nữa' * bool(m['left'])}{m['end2'] or '.'}"
        return f"{'Vẫn còn' if m['still'] else 'Còn'} nhiều thời gian{m['end'] or '.'}"
    m = _TIME_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said:
        return None
    end, left = m["end"] or ".", bool(m["left"])
    verb = " ".join((m["have"] or m["not"] or m["nogot"]).lower().replace("’", "'").split())
    if (verb in ("has", "'s got", "has got", "doesn't", "does not", "hasn't")) != (said[1] == "is") or \
            bool(m["plenty"]) != bool(m["have"]) or m["still"] and not m["plenty"]:
        return None
    if m["plenty"]:
        return None if left else capitalised(f"{said[0]} {'vẫn ' * bool(m['still'])}còn nhiều thời gian{end}")
    return capitalised(f"{said[0]} không {'còn' if left else 'có'} nhiều thời gian{' nữa' * left}{end}")


def _how_much_vi(m: re.Match) -> str | None:
    """"How much time do we have left?" as "Chúng ta còn bao nhiêu thời gian?", "How much time is left?" as "Còn bao
    nhiêu thời gian nữa?"; None where "does", "has" does not agree with who, or "have … have"."""
    if m["is"]:
        return "Còn bao nhiêu thời gian nữa?" if m["left"] else None
    said = _who_vi(m)
    do = m["do"].lower()
    if not said or (do in ("does", "has")) != (said[1] == "is") or (do in ("do", "does")) != (m["verb"] == "have"):
        return None
    return capitalised(f"{said[0]} còn bao nhiêu thời gian?")


def _hurried_vi(text: str) -> str | None:
    """"She's in a hurry." as "Cô ấy đang vội.", "I'm in a big hurry." as "Tôi đang rất vội.", "He isn't in a hurry."
    as "Anh ấy không vội.", "Are you in a hurry?" as "Bạn có đang vội không?" (_HURRIED_EN); None for anything else,
    and where "is", "are" does not agree with who."""
    m = _HURRIED_EN.fullmatch(text)
    said = m and _who_vi(m, shared=False)
    if not said or bool(m["be0"]) == bool(m["be"]) or be_said(m["be0"] or m["be"]) != said[1] or \
            bool(m["be0"]) != ("?" in m["end"]):
        return None
    if m["be0"]:
        return capitalised(f"{said[0]} có đang vội không?")
    if m["not"]:
        return capitalised(f"{said[0]} không vội.")
    return capitalised(f"{said[0]} đang {'rất ' * bool(m['big'])}vội{m['end'] or '.'}")
