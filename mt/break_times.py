"""Break time at school and the Monday flag salute, both ways, written whole by rule: that it is break time (nearly,
over, asked), how long or short break is and when, the bell for break or for class, what who does at break, and
saluting the flag every Monday morning or on a near day. v8 (the rules on) reads "giờ ra chơi" as time to play or
"now", "chào cờ" as welcoming the flag, "reo" and "trống" as nothing: "Đến giờ ra chơi rồi." → "It's time to play.",
"Hết giờ ra chơi rồi." → "It's all time to play.", "Chuông ra chơi reo rồi." → "You're going to play a reo.", "Giờ
ra chơi bọn trẻ chơi đá cầu." → "Now that children play stones.", "Con trai tôi thường chơi bắn bi vào giờ ra chơi."
→ "My son often shot a bid at the time to play.", "Sáng thứ Hai nào chúng tôi cũng chào cờ." → "Monday morning we
welcome the flag."; and back, "It's break time." → "Thời gian nghỉ ngơi.", "Break time is over." → "Thời gian ngắt
quá.", "The bell has rung for break." → "Sẽ hết sức vi phạm.", "My son usually plays marbles at recess." → "Con trai
của tôi thường chơi những viên sỏi vào lúc tái thiết.", "We salute the flag every Monday morning." → "Chúng tôi phân
tích lá cờ mỗi sáng thứ Hai.".

Taken: "Đến giờ ra chơi rồi." (also "đã", "sắp": nearly; "chưa?": yet; "Hết …": over; "giờ giải lao" too) ↔ "It's
break time."; break time short ("ngắn quá": so, "quá ngắn": too, "rất", "lắm", "hơi") or N minutes ("chỉ … thôi":
only), how long, what time ("Mấy giờ thì ra chơi?"); the bell ("chuông", "trống": the bell) for break, for class
("vào lớp", "vào học") or the school's ("trống trường") rung ("đã", "rồi"), just rung, about to ring, asked ("chưa?");
who (mt.hobbies.WHO, WHO_EN; the kids of mt.noise.GROUPS ↔ "the children"; no pets) doing a thing of ACTS ("chơi đá
cầu" ↔ "play shuttlecock", "nhảy dây", "bắn bi", "nói chuyện" ↔ "chat" …) at break ("Giờ ra chơi …" opening, "… vào
giờ ra chơi" closing ↔ "at break time", "at recess"): as a habit, how often (mt.hobbies.SELDOM, HABIT_VI), denied,
asked, and what who does ("làm gì?"); who (also the whole school, the whole class, whose school) saluting the flag
every Monday morning ("Sáng thứ Hai nào … cũng", "mỗi sáng thứ Hai"), having to, asked ("có … không?", "à?"), or on
a near day (mt.dates.near_days): behind (did, didn't, had to), today (done, will, has to) and ahead (will, won't,
has to, planned). English "break time" alone is "giờ giải lao" (at work too); "giờ ra chơi" only where school is
sure: "recess", a child's game, the children or a child as who. Left: "Đến giờ ra chơi." with no "rồi" ("until break
time"?), "ra chơi" as a verb ("Bọn trẻ ra chơi": go out to play), the bell ringing now or as a habit, the bell
alone ("The bell has rung.": the door's? mt/doors.py), "đang" at break, a day with a habit, a plain "Chúng tôi chào
cờ." (now, or a habit?), denied every Monday (not every, or never?), "We chat at break time." (at work?), "chúng
ta", "mình" at break, asked too (we, or let's? shall we?), "anh", "chị", "em" alone saying it ("em … ạ" asking
leave), "I" asked (but "Do I have to …?"), "we" asked in English (chúng tôi, or chúng ta?), fewer than two minutes, a
pet as who, "thế", "vậy" ending a statement, "nhỉ", a "?" on a statement, "học sinh toàn trường" (not read); the games
with no break (mt/kids_games.py, mt/games.py), lunch breaks (mt/lunch_breaks.py), a short break taken
(mt/suggestions.py), the school day (mt/school_days.py), duty (mt/on_duty.py), playgrounds (mt/playgrounds.py), and
anything else.
mt.phrasebook.translate tries these after mt/rides.py.

    >>> translate("Đến giờ ra chơi rồi.", "vi", "en"), translate("We salute the flag every Monday morning.", "en", "vi")
    ("It's break time.", 'Sáng thứ Hai nào chúng tôi cũng chào cờ.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, em_speaking, first_agrees, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .numbers import en_word, vi_word
from .people import YOUNG_KIN_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (STRESSED_SAID, SOFTENED_END, alternatives, capitalised, contracted, keyed, present, stop,
                   third_person)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ra\s+chơi|giải\s+lao|chào\s+cờ|trống\s+trường|chuông\s+trường|trống\s+vào|chuông\s+vào)"),
         "en": lazy(r"(?i:break|recess|bell|salut)")}
# what is done at break, English's verb first (the first Vietnamese of each is written back)
ACTS = {"chơi đá cầu": "play shuttlecock", "đá cầu": "play shuttlecock", "nhảy dây": "skip rope",
        "chơi nhảy dây": "skip rope", "bắn bi": "play marbles", "chơi bắn bi": "play marbles",
        "chơi trốn tìm": "play hide and seek", "chơi đuổi bắt": "play tag", "chơi nhảy lò cò": "play hopscotch",
        "đá bóng": "play football", "chơi bóng đá": "play football", "chơi cầu lông": "play badminton",
        "đánh cầu lông": "play badminton", "nói chuyện": "chat", "tán gẫu": "chat", "trò chuyện": "chat",
        "ăn quà vặt": "eat snacks", "ăn quà": "eat snacks", "đọc sách": "read books",
        "đọc truyện tranh": "read comics", "ở trong lớp": "stay in the classroom",
        "xuống căng tin": "go to the canteen", "ra căng tin": "go to the canteen"}
ACTS_VI = {en: vi for vi, en in reversed(ACTS.items())} | {"jump rope": "nhảy dây", "play soccer": "đá bóng"}
# ... those only children play: school is sure where English says them at break
_GAMES_EN = {"play shuttlecock", "skip rope", "jump rope", "play marbles", "play hide and seek", "play tag",
             "play hopscotch"}
_ACT_FORMS = {f: base for base in ACTS_VI for f in (base, third_person(base))}  # ("plays shuttlecock", "goes …")
_MINUTES = {vi_word(n): n for n in range(2, 61)}
_MINUTES_EN = {en_word(n): n for n in range(2, 61)}
# the days a flag is saluted on, by their way from today (NEAR_WAY)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "tuần trước", "hôm nay", "sáng nay", "ngày mai", "sáng mai",
                  "tuần sau", "tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_KIDS = alternatives(k for k, (en, _) in GROUPS.items() if en == "the kids" and k != "trẻ con")  # (not kids at large)
_KIDS_EN = rf"(?P<kids>(?i:{alternatives(en for en, vi in GROUPS_VI.items() if vi == 'bọn trẻ')}))"
_SCHOOL = {"cả trường": "the whole school", "toàn trường": "the whole school", "cả lớp": "the whole class"}
_SCHOOL_VI = {en: vi for vi, en in reversed(_SCHOOL.items())}

# Vietnamese: break, and who ("bọn trẻ", WHO; for the flag the whole school, "trường tôi")
_BRK = r"(?P<brk>(?i:giờ\s+ra\s+chơi|giờ\s+giải\s+lao))"
_WHO = rf"(?:(?P<kids>(?i:{_KIDS}))|{WHO})"
_FWHO = (rf"(?:(?P<all>(?i:{alternatives(_SCHOOL)}))|(?P<school>(?i:trường))\s+(?:của\s+)?"
         rf"(?P<swhose>(?i:{alternatives(OWNERS)}))|{_WHO})")
_NOW = lazy(rf"(?:(?P<soon>(?i:sắp))\s+|(?P<did>(?i:đã))\s+)?(?i:đến|tới)\s+{_BRK}"
            rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")
_OVER = lazy(rf"(?i:hết)\s+{_BRK}\s+rồi{SOFTENED_END}")
_SHORT = lazy(rf"{_BRK}\s+(?:(?P<pre>rất|hơi|quá)\s+)?ngắn(?:\s+(?P<post>quá|lắm))?{SOFTENED_END}")
_LONG = lazy(rf"{_BRK}\s+(?:(?P<only>chỉ)\s+)?(?:(?:có|dài|kéo\s+dài)\s+)?(?P<n>\d{{1,2}}|"
             rf"{alternatives(_MINUTES)})\s+phút(?:\s+(?P<only2>thôi))?{SOFTENED_END}")
_HOW_LONG = lazy(rf"{_BRK}\s+(?:(?:dài|kéo\s+dài)\s+)?bao\s+lâu{SOFTENED_END}")
_WHEN = lazy(r"(?i:mấy\s+giờ\s+(?:thì\s+)?(?P<v>ra\s+chơi|giải\s+lao)|giờ\s+(?P<v2>ra\s+chơi|giải\s+lao)\s+(?:là\s+)?"
             rf"(?:vào\s+)?lúc\s+mấy\s+giờ){SOFTENED_END}")
_BELL = lazy(r"(?i:chuông|trống)\s+(?P<for>(?i:ra\s+chơi|vào\s+lớp|vào\s+học|trường))\s+"
             r"(?:(?P<aux>vừa\s+mới|vừa|đã|sắp)\s+)?(?:reo|điểm|kêu|vang|đánh|đổ)"
             r"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?" + SOFTENED_END)
_DOING = lazy(rf"(?P<open>(?:(?i:vào|trong)\s+)?(?i:giờ\s+ra\s+chơi)\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)"
              rf"\s+|(?P<often>{alternatives(SELDOM)})\s+)?(?:(?P<act>{alternatives(ACTS)})|(?P<what>làm\s+gì))"
              r"(?P<close>\s+(?:vào|trong)\s+giờ\s+ra\s+chơi)?(?:\s+(?P<asked>không))?" + SOFTENED_END)
_MONDAY = r"sáng\s+thứ\s+(?:[Hh]ai|2)"
_FLAG = lazy(rf"(?:(?:(?P<each>(?:(?i:vào)\s+)?(?i:mỗi|các)\s+{_MONDAY}(?:\s+hàng\s+tuần)?)|"
             rf"(?P<any>(?i:{_MONDAY})\s+nào)|(?P<day>(?i:{alternatives(_DAYS)})))\s*,?\s+)?{_FWHO}\s+"
             r"(?:(?P<also>cũng|đều)\s+)?(?:(?P<aux>có\s+phải|sẽ\s+không|có|không|phải|sẽ|đã)\s+)?chào\s+cờ"
             rf"(?P<each2>\s+(?:vào\s+)?(?:(?:mỗi|các)\s+{_MONDAY}(?:\s+hàng\s+tuần)?|{_MONDAY}\s+hàng\s+tuần))?"
             rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}")

# ... English
_BRK_EN = r"(?P<brk>(?i:break\s*time|recess(?:\s+time)?|break))"
_NOW_EN = lazy(r"(?:(?P<q>Is)\s+it|It['’]s|It\s+is)\s+(?:(?P<soon>nearly|almost)\s+)?(?:time\s+for\s+)?"
               r"(?P<brk>(?i:break\s*time|recess(?:\s+time)?|(?<=for\s)break))(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_OVER_EN = lazy(rf"{_BRK_EN}(?:\s+is|['’]s)\s+over\s*(?P<end>[.!]*)")
_SHORT_EN = lazy(rf"{_BRK_EN}(?:\s+is|['’]s)\s+(?:(?P<deg>so|very|too|a\s+bit|a\s+little)\s+)?short\s*(?P<end>[.!]*)")
_LONG_EN = lazy(rf"{_BRK_EN}\s+is\s+(?:(?P<only>only|just)\s+)?(?P<n>\d{{1,2}}|{alternatives(_MINUTES_EN)})\s+minutes"
                r"(?:\s+long)?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<how>How\s+long|What\s+time)\s+is\s+{_BRK_EN}\s*\?+")
_BELL_EN = lazy(r"(?:(?P<q>Has)\s+)?(?i:the)\s+(?P<school>school\s+)?bell(?:\s+for\s+(?P<for0>break|recess|class))?"
                r"(?P<aux>\s+has|['’]s|\s+is\s+about\s+to|['’]s\s+about\s+to)?(?:\s+(?P<just>just))?\s+"
                r"(?P<verb>rung|gone|ring)(?:\s+for\s+(?P<for1>break|recess|class))?(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_WHO_EN = rf"(?:{_KIDS_EN}|{WHO_EN})"
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|What\s+do|What\s+does)\s+)?{_WHO_EN}"
                 r"(?P<not>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                 rf"(?:\s+(?P<often>{alternatives(HABIT_VI)}))?\s+(?:(?P<act>{alternatives(_ACT_FORMS)})|(?P<what>do))"
                 rf"\s+(?:at|during)\s+{_BRK_EN}\s*(?P<end>[.!?]*)")
_FWHO_EN = (rf"(?:(?P<all>(?i:{alternatives(_SCHOOL_VI)}))|(?P<swhose>(?i:{WHOSE_WORDS}))\s+(?P<school>school)|"
            rf"{_WHO_EN})")
_FLAG_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Will)\s+)?{_FWHO_EN}(?P<aux>\s+(?:do|does|did|will)\s+not|\s+(?:don|doesn|didn|"
                r"won)['’]t|\s+will|['’]ll|\s+(?:has|have|had)\s+to|\s+(?:is|am|are)|['’](?:s|m|re))?"
                r"\s+(?P<verb>salute|salutes|saluted|saluting)\s+the\s+flag(?:\s+(?P<each>"
                rf"every\s+Monday\s+morning|on\s+Monday\s+mornings)|\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says it is break time, how long break is, that the bell has rung, what who
    does at break, or who salutes the flag; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("ngắn thế": so short, said more than English would)
        return _now(text) or _length(text) or _bell(text) or _doing(text) or _flag(text)
    text = text.replace("’", "'")
    return _now_vi(text) or _length_vi(text) or _bell_vi(text) or _doing_vi(text) or _flag_vi(text)


def _asked(m: re.Match, yes: str = "chưa") -> bool | None:
    """Whether a Vietnamese match asks (its group `yes` said, "?" at the end), False said; None where the two
    disagree."""
    asked = bool(m[yes])
    return None if asked != ("?" in m["end"]) else asked


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO or _FWHO in English, and whether one ("the children", False; "the whole school", "my
    school", True; mt.hobbies.who); None for a pet, "anh" saying, "em" with "ạ", or "I" asked."""
    groups = m.groupdict()
    if groups.get("all"):
        return _SCHOOL[keyed(m["all"])], True
    if groups.get("school"):
        return f"{OWNERS[keyed(m['swhose'])]} school", True
    if m["kids"]:
        return "the children", False
    said = None if animal(m) or em_speaking(m) else who(m, asked)  # ("em … ạ": the speaker, asking leave)
    return None if not said or asked and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN or _FWHO_EN in Vietnamese, and whether English says it with "-s"; None for a pet."""
    groups = m.groupdict()
    if groups.get("all"):
        return _SCHOOL_VI[keyed(m["all"])], True
    if groups.get("school"):
        return f"trường {WHOSE_VI[m['swhose'].lower()]}", True
    if m["kids"]:
        return "bọn trẻ", False
    return None if animal(m) else who_vi(m)


def _break(m: re.Match) -> str:
    """"giờ ra chơi" of a match of _BRK_EN said "recess", else "giờ giải lao" (a break at work too)."""
    return "giờ ra chơi" if m["brk"].lower().startswith("recess") else "giờ giải lao"


def _now(text: str) -> str | None:
    """"Đến giờ ra chơi rồi." as "It's break time.", "Sắp đến giờ ra chơi rồi." as "It's nearly break time.",
    "Đến giờ ra chơi chưa?" as "Is it break time yet?", "Hết giờ ra chơi rồi." as "Break time is over." (_NOW,
    _OVER); None for anything else, and "Đến giờ ra chơi." alone (until break time?)."""
    if m := _OVER.fullmatch(text):
        return None if "?" in m["end"] else f"Break time is over{stop(m['end'])}"
    m = _NOW.fullmatch(text)
    if not m or (asked := _asked(m, "yet")) is None or m["soon"] and m["did"]:
        return None
    if asked:
        return None if m["soon"] else "Is it break time yet?"
    if not (m["soon"] or m["did"] or m["done"]):
        return None
    return f"It's {'nearly ' if m['soon'] else ''}break time{stop(m['end'])}"


def _length(text: str) -> str | None:
    """"Giờ ra chơi ngắn quá." as "Break time is so short.", "Giờ ra chơi chỉ có mười lăm phút thôi." as "Break time
    is only fifteen minutes long.", "Giờ ra chơi dài bao lâu?" as "How long is break time?", "Mấy giờ thì ra chơi?"
    as "What time is break time?" (_SHORT, _LONG, _HOW_LONG, _WHEN); None for anything else."""
    if m := _HOW_LONG.fullmatch(text) or _WHEN.fullmatch(text):
        how = "How long" if m.re == _HOW_LONG else "What time"
        return f"{how} is break time?" if "?" in m["end"] else None
    m = _SHORT.fullmatch(text) or _LONG.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if m.re == _LONG:
        n = int(m["n"]) if m["n"].isdigit() else _MINUTES[keyed(m["n"])]
        if n < 2:
            return None
        said = m["n"] if m["n"].isdigit() else en_word(n)
        return f"Break time is {'only ' if m['only'] or m['only2'] else ''}{said} minutes long{stop(m['end'])}"
    if m["pre"] and m["post"]:
        return None
    how = {"quá": "too ", "rất": "very ", "hơi": "a bit "}.get(m["pre"] or "") or {"quá": "so ", "lắm": "very "}.get(
        m["post"] or "", "")
    return f"Break time is {how}short{stop(m['end'])}"


def _bell(text: str) -> str | None:
    """"Chuông ra chơi reo rồi." and "Trống ra chơi đã điểm." as "The bell has rung for break.", "Trống vào lớp vừa
    điểm." as "The bell has just rung for class.", "Trống trường sắp điểm." as "The school bell is about to ring.",
    "Chuông ra chơi reo chưa?" as "Has the bell rung for break yet?" (_BELL); None for anything else, and a bell
    ringing now or as a habit ("Chuông ra chơi reo.")."""
    m = _BELL.fullmatch(text)
    if not m or (asked := _asked(m, "yet")) is None:
        return None
    which = keyed(m["for"])
    bell, for_ = ("The school bell", "") if which == "trường" else (
        "The bell", " for break" if which == "ra chơi" else " for class")
    aux = keyed(m["aux"] or "")
    if asked:
        return f"Has {bell[0].lower()}{bell[1:]} rung{for_} yet?" if aux in ("", "đã") else None
    if aux == "sắp":
        return f"{bell} is about to ring{for_}{stop(m['end'])}"
    if aux in ("vừa", "vừa mới"):
        return f"{bell} has just rung{for_}{stop(m['end'])}"
    return f"{bell} has rung{for_}{stop(m['end'])}" if aux or m["done"] else None


def _doing(text: str) -> str | None:
    """"Giờ ra chơi bọn trẻ chơi đá cầu." as "The children play shuttlecock at break time.", "Con trai tôi thường
    chơi bắn bi vào giờ ra chơi." as "My son often plays marbles at break time.", "Giờ ra chơi bạn có chơi đá cầu
    không?" as "Do you play shuttlecock at break time?", "Giờ ra chơi bạn làm gì?" as "What do you do at break
    time?" (_DOING); None for anything else, and break said twice or not at all."""
    m = _DOING.fullmatch(text)
    if not m or bool(m["open"]) == bool(m["close"]) or keyed(m["who"] or "") in ("chúng ta", "mình"):
        return None  # ("Giờ ra chơi chúng ta chơi đá cầu.": we do, or let's? "… chúng ta làm gì?": shall we?)
    if m["what"]:
        said = "?" in m["end"] and not (m["ask"] or m["not"] or m["asked"]) and _who(m, True)
        if not said or m["often"] == "không bao giờ":
            return None
        often = f"{SELDOM[keyed(m['often'])]} " if m["often"] else ""
        return f"What {'does' if said[1] else 'do'} {said[0]} {often}do at break time?"
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or asked != bool(m["ask"]) or (said := _who(m, asked)) is None:
        return None
    often = f"{SELDOM[keyed(m['often'])]} " if m["often"] else ""
    return present(*said, ACTS[keyed(m["act"])], "at break time", asked, bool(m["not"]), m["end"], often)


def _flag(text: str) -> str | None:
    """"Sáng thứ Hai nào chúng tôi cũng chào cờ." as "We salute the flag every Monday morning.", "Bạn có phải chào cờ
    vào mỗi sáng thứ Hai không?" as "Do you have to salute the flag every Monday morning?", "Sáng mai chúng tôi phải
    chào cờ." as "We have to salute the flag tomorrow morning.", "Hôm qua cả trường không chào cờ." as "The whole
    school didn't salute the flag yesterday." (_FLAG); None for anything else."""
    m = _FLAG.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or [bool(m[g]) for g in ("each", "any", "day", "each2")].count(
            True) != 1 or (m["also"] == "cũng") != bool(m["any"]) or m["also"] == "đều" and not m["each"]:
        return None
    aux, asked = keyed(m["aux"] or ""), keyed(m["asked"] or "")
    if asked == "không" and not aux.startswith("có") or aux.startswith("có") and asked != "không" or \
            asked == "à" and (aux not in ("", "phải") or m["day"]):
        return None  # ("có" asks only with "không"; "à?" only of a habit)
    said = _who(m, bool(asked))
    if said is None:
        return None
    who_, one = said
    have = "have to " if "phải" in aux else ""
    if not m["day"]:
        if aux not in ("", "phải", "có", "có phải"):
            return None
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {have}salute the flag every Monday morning?"
        verb = f"{'has' if one else 'have'} to salute" if have else "salutes" if one else "salute"
        return capitalised(f"{who_} {verb} the flag every Monday morning{stop(m['end'])}")
    day, way = _DAYS[keyed(m["day"])], NEAR_WAY[keyed(m["day"])]
    if asked:
        q = {"behind": "Did", "ahead": "Will"}.get(way) if aux == "có" else {
            "behind": "Did", "ahead": "Does" if one else "Do"}.get(way) if aux == "có phải" else None
        return q and f"{q} {who_} {have}salute the flag {day}?"
    verbs = {"behind": {"": "saluted", "đã": "saluted", "không": "didn't salute", "phải": "had to salute"},
             "today": {"đã": "saluted", "sẽ": "will salute", "phải": f"{'has' if one else 'have'} to salute"},
             "ahead": {"sẽ": "will salute", "sẽ không": "won't salute", "không": "won't salute",
                       "phải": f"{'has' if one else 'have'} to salute",
                       "": f"{'am' if who_ == 'I' else 'is' if one else 'are'} saluting"}}[way]
    verb = verbs.get(aux)
    return verb and capitalised(contracted(who_, f"{verb} the flag {day}") + stop(m["end"]))


def _now_vi(text: str) -> str | None:
    """"It's break time." as "Đến giờ giải lao rồi.", "It's almost recess." as "Sắp đến giờ ra chơi rồi.", "Is it
    break time yet?" as "Đến giờ giải lao chưa?", "Break time is over." as "Hết giờ giải lao rồi." (_NOW_EN,
    _OVER_EN); None for anything else."""
    if m := _OVER_EN.fullmatch(text):
        return f"Hết {_break(m)} rồi{stop(m['end'])}"
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != bool(m["yet"]) or m["q"] and m["soon"]:
        return None
    if m["q"]:
        return f"Đến {_break(m)} chưa?"
    return f"{'Sắp đến' if m['soon'] else 'Đến'} {_break(m)} rồi{stop(m['end'])}"


def _length_vi(text: str) -> str | None:
    """"Break time is so short." as "Giờ giải lao ngắn quá.", "Recess is only fifteen minutes." as "Giờ ra chơi chỉ
    có mười lăm phút thôi.", "How long is break?" as "Giờ giải lao dài bao lâu?", "What time is recess?" as "Mấy giờ
    thì ra chơi?" (_SHORT_EN, _LONG_EN, _ASKED_EN); None for anything else."""
    if m := _ASKED_EN.fullmatch(text):
        brk = _break(m)
        return f"{capitalised(brk)} dài bao lâu?" if m["how"].startswith("How") else f"Mấy giờ thì {brk[4:]}?"
    if m := _SHORT_EN.fullmatch(text):
        deg = {"so": " quá", "very": " lắm"}.get(m["deg"] or "", "")
        pre = {"too": "quá ", "a bit": "hơi ", "a little": "hơi "}.get(" ".join((m["deg"] or "").split()), "")
        return f"{capitalised(_break(m))} {pre}ngắn{deg}{stop(m['end'])}"
    m = _LONG_EN.fullmatch(text)
    if not m or m["n"].isdigit() and int(m["n"]) < 2:
        return None  # ("1 minutes", "0 minutes": _length leaves them too)
    n = m["n"] if m["n"].isdigit() else vi_word(_MINUTES_EN[m["n"].lower()])
    only = ("chỉ ", " thôi") if m["only"] else ("", "")
    return f"{capitalised(_break(m))} {only[0]}có {n} phút{only[1]}{stop(m['end'])}"


def _bell_vi(text: str) -> str | None:
    """"The bell has rung for break." as "Chuông ra chơi reo rồi.", "The school bell has just rung." as "Chuông
    trường vừa reo.", "The bell for class is about to ring." as "Chuông vào lớp sắp reo.", "Has the bell rung for
    recess yet?" as "Chuông ra chơi reo chưa?" (_BELL_EN); None for anything else, and a bell of nothing said ("The
    bell has rung.": the door's?)."""
    m = _BELL_EN.fullmatch(text)
    if not m or [bool(m["school"]), bool(m["for0"]), bool(m["for1"])].count(True) != 1 or \
            bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != bool(m["yet"]):
        return None
    for_ = (m["for0"] or m["for1"] or "").lower()
    bell = "Chuông trường" if m["school"] else "Chuông vào lớp" if for_ == "class" else "Chuông ra chơi"
    aux = " ".join((m["aux"] or "").split())
    if m["q"]:
        return f"{bell} reo chưa?" if not (aux or m["just"]) and m["verb"] == "rung" else None
    if aux.endswith("about to"):
        return f"{bell} sắp reo{stop(m['end'])}" if m["verb"] == "ring" and not m["just"] else None
    if aux not in ("has", "'s") or m["verb"] == "ring":
        return None
    return f"{bell} vừa reo{stop(m['end'])}" if m["just"] else f"{bell} reo rồi{stop(m['end'])}"


def _doing_vi(text: str) -> str | None:
    """"The children play shuttlecock at break time." as "Giờ ra chơi bọn trẻ chơi đá cầu.", "My son often plays
    marbles at recess." as "Giờ ra chơi con trai tôi hay bắn bi.", "Do you play shuttlecock at break?" as "Giờ ra
    chơi bạn có chơi đá cầu không?", "What does your daughter do at break time?" as "Giờ ra chơi con gái bạn làm
    gì?" (_DOING_EN); None for anything else, a verb that does not agree, and a break not surely at school ("We chat
    at break time.": at work?)."""
    m = _DOING_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    q, form = (m["q"] or "").lower(), keyed(m["act"] or "")
    if q and who_ in ("tôi", "chúng tôi"):
        return None  # ("Do I play marbles …?": of oneself; "Do we …?": "chúng tôi", or "chúng ta"?)
    act = _ACT_FORMS.get(form)
    if not (m["kids"] or keyed(m["kin"] or "") in YOUNG_KIN_EN or act in _GAMES_EN or _break(m) == "giờ ra chơi"):
        return None
    does = q.split()[-1] if q else keyed(m["not"] or "").replace("n't", "").split(" ")[0]
    if does and not first_agrees(does, who_, one) or bool(q) != ("?" in m["end"]) or m["not"] and (q or m["often"]):
        return None
    often = f"{HABIT_VI[m['often'].lower()]} " if m["often"] else ""
    if bool(m["what"]) != q.startswith("what") or q and m["often"] == "never":
        return None
    if m["what"]:
        return f"Giờ ra chơi {who_} {often}làm gì?"
    if (form != act) != (one and not does):
        return None  # ("She play …", "I plays …", "Does she plays …")
    if q:
        return f"Giờ ra chơi {who_} có {often}{ACTS_VI[act]} không?"
    return f"Giờ ra chơi {who_} {often}{'không ' if m['not'] else ''}{ACTS_VI[act]}{stop(m['end'])}"


# English's auxiliaries as _flag_vi keys them
_AUX_EN = {"do not": "don't", "does not": "don't", "don't": "don't", "doesn't": "don't", "did not": "didn't",
           "didn't": "didn't", "will not": "won't", "won't": "won't", "will": "will", "'ll": "will",
           "has to": "have to", "have to": "have to", "had to": "had to", "is": "be", "am": "be", "are": "be",
           "'s": "be", "'m": "be", "'re": "be"}
# how each is said in Vietnamese, by the day's way (asked, auxiliary, verb): "có " asks ("… không?")
_SALUTED = {"each": {("", "", "salute"): "", ("", "have to", "salute"): "phải ", ("do", "", "salute"): "có ",
                     ("do", "have to", "salute"): "có phải "},
            "behind": {("", "", "saluted"): "đã ", ("", "didn't", "salute"): "không ",
                       ("", "had to", "salute"): "phải ", ("did", "", "salute"): "có ",
                       ("did", "have to", "salute"): "có phải "},
            "today": {("", "", "saluted"): "đã ", ("", "will", "salute"): "sẽ ", ("", "have to", "salute"): "phải "},
            "ahead": {("", "will", "salute"): "sẽ ", ("", "won't", "salute"): "sẽ không ", ("", "have to", "salute"):
                      "phải ", ("", "be", "saluting"): "", ("will", "", "salute"): "có ",
                      ("do", "have to", "salute"): "có phải "}}


def _flag_vi(text: str) -> str | None:
    """"We salute the flag every Monday morning." as "Sáng thứ Hai nào chúng tôi cũng chào cờ.", "Do you have to
    salute the flag every Monday morning?" as "Bạn có phải chào cờ vào mỗi sáng thứ Hai không?", "We saluted the
    flag yesterday morning." as "Sáng hôm qua chúng tôi đã chào cờ.", "We will salute the flag tomorrow." as "Ngày
    mai chúng tôi sẽ chào cờ." (_FLAG_EN); None for anything else, a verb not agreeing, and no day said."""
    m = _FLAG_EN.fullmatch(text)
    if not m or not (m["each"] or m["day"]) or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    q, aux, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["verb"]
    first = q or aux.split(" ")[0]
    if first and not first_agrees(first, who_, one) or not first and verb in ("salute", "salutes") and (
            verb == "salutes") != one or first and verb == "salutes" or q and aux not in ("", "have to"):
        return None
    if q and (who_ == "chúng tôi" or who_ == "tôi" and (q, aux) != ("do", "have to")):
        return None  # ("Did I salute …?": of oneself; "Do we …?": "chúng tôi", or "chúng ta"?)
    key = (q.replace("does", "do"), _AUX_EN.get(aux, ""), verb.replace("salutes", "salute"))
    if m["each"]:
        how = _SALUTED["each"].get(key)
        if how is None:
            return None
        if q:
            return capitalised(f"{who_} {how}chào cờ vào mỗi sáng thứ Hai không?")
        return f"Sáng thứ Hai nào {who_} cũng {how}chào cờ{stop(m['end'])}"
    day_vi = _DAYS_VI[m["day"].lower()]
    how = _SALUTED[NEAR_WAY[day_vi]].get(key)
    if how is None:
        return None
    said = f"{capitalised(day_vi)} {who_} {how}chào cờ"
    return f"{said} không?" if q else f"{said}{stop(m['end'])}"
