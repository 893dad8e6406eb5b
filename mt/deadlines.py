"""Deadlines and handing work in, both ways, written whole by rule. v8 (rules on) reads "hạn chót" as a dog, "nộp" as
filing, "bài luận" as a song, "gia hạn" as a limit; "deadline" as a dead line, "hand in" word by word, "extension" as
a part added: "Hạn chót là thứ Sáu." → "The deadline was Friday.", "Khi nào là hạn chót?" → "When is the dog limit?",
"Bạn nộp bài luận chưa?" → "Did you file the song?", "Tôi chưa nộp báo cáo." → "I'm not reported.", "Tôi bị lỡ hạn
chót." → "I'm miss the dog.", "Tôi có thể xin gia hạn không?" → "Can I ask for limited?"; "The deadline is Friday." →
"Dòng chết là thứ Sáu.", "I have to hand in the report by Monday." → "Tôi phải tay trong báo cáo trước thứ Hai.",
"Have you handed in your essay yet?" → "Bạn vẫn chưa có bàn luận nào?", "Can I have an extension?" → "Tôi có thể có
phần mở rộng không?", "The report is due tomorrow." → "Báo cáo này là do ngày mai.".

Taken: the deadline ("hạn chót", "hạn nộp", "hạn cuối"; for a thing of THINGS) on a day (mt.free_time.when with
mt.dates.NEAR_SPANS; "was" for a day behind), or asked when; a thing due on or by a day, or asked when; who
(mt.hobbies.WHO, WHO_EN) has or needs to hand in a thing (by, on a day); who has handed it in (just, not yet, asked
"… chưa?", on a day behind); who missed the deadline (for a thing), asked; who can, needs or would like to ask for or
have an extension, asked for or got one, "Can you give me an extension?"; who finished or handed in a thing (or it)
just before the deadline, or on time. Left: homework (mt/homework.py), "nộp đơn xin việc" (the phrasebook's), "gia
hạn" with neither "xin" nor "được" (a visa too: mt/papers.py), "anh", "chị", "em" alone saying it or asking for an
extension (the student, or the teacher?), whose not the subject's own ("I handed in her essay"), "quá hạn"
(overdue), the deadline passed or coming up, days `when` does not read.
mt.phrasebook.translate tries these after mt/naps.py.

    >>> translate("Hạn chót là thứ Sáu.", "vi", "en"), translate("I have to hand in the report by Monday.", "en", "vi")
    ('The deadline is Friday.', 'Tôi phải nộp báo cáo trước thứ Hai.')
"""
from __future__ import annotations

import re

from . import text
from .dates import NEAR_SPANS
from .free_time import DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, own_thing, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed

# what is handed in (the first Vietnamese of each is written back); homework is mt/homework.py's
THINGS = {"báo cáo": "report", "bản báo cáo": "report", "bài luận": "essay", "bài tiểu luận": "essay",
          "tiểu luận": "essay", "luận văn": "thesis", "luận án": "thesis", "dự án": "project", "đơn": "application"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"dissertation": "luận văn"}
_OWN = {"essay", "thesis", "application"}  # one's own, said with whose after "I", "you" … ("your essay")
# a cheap look before the regexes: each sentence of every text comes here ("hạn", not "hạnh")
_KEYS = {"vi": lazy(r"(?i:hạn(?!h)|nộp)"),
         "en": lazy(r"(?i:deadline|extension|\bdue\b|\bhand|\bturn|submit)")}

# ("của mình" is the subject's own, whoever it is: left)
_THING = rf"(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+của\s+(?P<owner>(?i:{alternatives(set(OWNERS) - {'mình'})})))?"
_TERM = r"(?i:hạn\s+(?:chót|cuối|nộp)|thời\s+hạn\s+(?:chót|cuối|nộp))"
_DAY = r"(?P<day>[^,.!?]+?)"
_WHEN_ASKED = r"(?i:khi\s+nào|bao\s+giờ|ngày\s+nào|hôm\s+nào)"
# the deadline ("Hạn chót là thứ Sáu.", "Hạn nộp báo cáo là khi nào?", "Khi nào là hạn chót?")
_DEADLINE = [lazy(rf"{_TERM}(?:\s+(?:nộp\s+)?{_THING})?\s+là\s+(?:(?P<asked>{_WHEN_ASKED})|{_DAY})"
                  rf"{SOFTENED_END}"),
             lazy(rf"(?P<asked>{_WHEN_ASKED})\s+là\s+{_TERM}(?:\s+(?:nộp\s+)?{_THING})?{SOFTENED_END}")]
# a thing due ("Báo cáo phải nộp vào ngày mai.", "Báo cáo đến hạn trước thứ Sáu.", "Khi nào phải nộp báo cáo?")
_DUE = [lazy(rf"{_THING}\s+(?:phải\s+nộp|đến\s+hạn(?:\s+nộp)?)\s+(?:(?P<asked>{_WHEN_ASKED})|"
             rf"(?:(?P<by>trước)\s+)?{_DAY}){SOFTENED_END}"),
        lazy(rf"(?P<asked>{_WHEN_ASKED})\s+phải\s+nộp\s+{_THING}{SOFTENED_END}")]
# who has to hand it in ("Tôi phải nộp báo cáo trước thứ Hai.")
_MUST = lazy(rf"{DAY_OPENING}{WHO}\s+(?P<must>phải|cần)\s+nộp\s+{_THING}"
             rf"(?:\s+(?:(?P<by>trước)\s+)?{_DAY})?{SOFTENED_END}")
# who has handed it in ("Bạn nộp bài luận chưa?", "Tôi nộp báo cáo rồi.", "Tôi chưa nộp báo cáo.")
_HANDED = lazy(rf"{WHO}\s+(?:(?P<not>chưa)\s+|(?P<did>đã)\s+)?(?:(?P<just>vừa|mới)\s+)?nộp\s+{_THING}"
               rf"(?:\s+xong)?(?:\s+(?P<day>(?!rồi|chưa)[^,.!?]+?))?(?:\s+(?P<done>rồi|chưa))?"
               rf"{SOFTENED_END}")
# who missed it ("Tôi lỡ hạn nộp rồi.", "Tôi bị trễ hạn.", "Bạn có bị lỡ hạn chót không?")
_MISSED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:đã\s+)?(?:bị\s+)?(?:lỡ|nhỡ|trễ)\s+(?:{_TERM}|hạn)"
               rf"(?:\s+(?:nộp\s+)?{_THING})?(?:\s+(?P<done>rồi))?{text.ASKED_END}")
# an extension ("Tôi có thể xin gia hạn không?", "Tôi cần được gia hạn thêm.", "Bạn có thể gia hạn cho tôi không?")
_EXTENSION = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+|(?P<need>cần)\s+|(?P<want>muốn)\s+|(?P<did>đã)\s+)?"
                  r"(?:(?P<ask>xin)\s+|(?P<get>được)\s+)?gia\s+hạn(?:\s+(?P<me>cho\s+(?:tôi|em)))?"
                  rf"(?P<more>\s+thêm)?(?:\s+(?P<can2>được))?{text.ASKED_END}")
# just before the deadline, or on time ("Tôi hoàn thành nó ngay trước hạn chót.", "Tôi đã nộp báo cáo đúng hạn.")
_BEFORE = lazy(rf"{WHO}\s+(?:đã\s+)?(?P<verb>nộp|hoàn\s+thành|làm\s+xong|viết\s+xong)(?:\s+xong)?"
               rf"(?:\s+(?:(?P<it>nó)|{_THING}))?\s+(?:(?P<just>ngay|sát|vừa\s+kịp)\s+trước\s+"
               rf"(?:{_TERM}|hạn)|(?P<before>trước\s+(?:{_TERM}|hạn))|(?P<on_time>đúng\s+hạn))"
               rf"{SOFTENED_END}")

# ... and in English ("the report", "my essay", "an essay", "it"; "hand it in" read as "hand in it")
_THING_EN = rf"(?P<owner>(?i:the|an?|{WHOSE_WORDS}))\s+(?P<thing>(?i:{alternatives(THINGS_VI)}))"
_HAND = r"(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?)\s+in|submit(?:ted|s|ting)?"
_PARTICLE = lazy(rf"\b((?:hand|turn)(?:ed|s|ing)?)\s+(it|{re.sub(r'[?]P<[a-z]+>', '?:', _THING_EN)})"
                 r"\s+in\b", re.IGNORECASE)
_IN_IT = lazy(r"(?i)\b(?:hand|turn)\w*\s+in\s+it\b")  # (as typed, not read so)
_END = r"\s*(?P<end>[.!?]*)"
_LAST = lazy(r"(?i)\blast\s")
_KIND = rf"(?:(?P<kind>(?i:{alternatives(THINGS_VI)}))\s+)?"  # ("the report deadline")
_DEADLINE_EN = [lazy(rf"The\s+{_KIND}deadline(?:\s+for\s+{_THING_EN})?\s+(?P<be>is|was|['’]s)\s+"
                     rf"(?!due\b){_DAY}{_END}"),
                lazy(rf"(?P<asked>When|What)(?:\s+is|['’]s)\s+the\s+{_KIND}deadline"
                     rf"(?:\s+for\s+{_THING_EN})?\s*\?+")]
_DUE_EN = [lazy(rf"{_THING_EN}\s+(?P<be>is|was|['’]s)\s+due\s+(?:(?P<by>by)\s+)?{_DAY}{_END}"),
           lazy(rf"(?P<asked>When)\s+is\s+{_THING_EN}\s+due\s*\?+")]
_MUST_EN = lazy(rf"{WHO_EN}\s+(?P<must>have\s+to|has\s+to|need\s+to|needs\s+to|must)\s+"
                rf"(?:hand\s+in|turn\s+in|submit)\s+{_THING_EN}(?:\s+(?:(?P<by>by|before)\s+)?{_DAY})?"
                rf"{_END}")
_HANDED_EN = [lazy(rf"(?P<aux>Have|Has|Did)\s+{WHO_EN}\s+(?:already\s+)?(?P<verb>{_HAND})\s+{_THING_EN}"
                   r"(?:\s+(?P<yet>yet))?\s*\?+"),
              lazy(rf"{WHO_EN}(?:(?P<have>['’]ve|\s+have|['’]s|\s+has)(?P<nt>n['’]t|\s+not)?)?"
                   rf"(?:\s+(?P<just>just|already))?\s+(?P<verb>{_HAND})\s+{_THING_EN}"
                   rf"(?:\s+(?P<yet>yet)|\s+{_DAY})?{_END}")]
_MISSED_EN = lazy(rf"(?:(?P<aux>Did|Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?"
                  rf"\s+(?P<verb>missed|miss)\s+the\s+deadline(?:\s+for\s+{_THING_EN})?{_END}")
_EXTENSION_EN = lazy(rf"(?:(?P<can>Can|Could|May)\s+)?{WHO_EN}(?P<verb>\s+needs?|['’]d\s+like|"
                     r"\s+would\s+like|\s+asked\s+for|\s+got)?\s+(?:(?P<get>have|get)\s+|"
                     r"(?P<ask>(?P<to>to\s+)?ask\s+for)\s+|(?P<me>give\s+me)\s+)?an(?P<more>other)?\s+"
                     rf"extension(?:,?\s+please)?{_END}")
_BEFORE_EN = lazy(rf"{WHO_EN}\s+(?P<verb>finished|completed|{_HAND})\s+(?:(?P<it>it)|{_THING_EN})\s+"
                  rf"(?:(?P<just>just|right)\s+before\s+the\s+deadline|(?P<before>before\s+the\s+deadline)|"
                  rf"(?P<on_time>on\s+time)){_END}")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks when a deadline is or a thing is due, who has to hand in, has
    handed in, missed the deadline, asks for an extension or finished just before the deadline; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":  # (a day may end with its own dot: "5 p.m.")
        said = _deadline(text) or _due(text) or _must(text) or _handed(text) or _missed(text) or _extension(
            text) or _before(text)
        return said and said.replace("..", ".")
    if _IN_IT.search(text):
        return None
    text = _PARTICLE.sub(r"\1 in \2", text)
    return _deadline_vi(text) or _due_vi(text) or _must_vi(text) or _handed_vi(text) or _missed_vi(text) or \
        _extension_vi(text) or _before_vi(text)


def _first(patterns: list[re.Pattern], text: str) -> re.Match | None:
    """The first of `patterns` that takes the whole text."""
    return next((m for p in patterns if (m := p.fullmatch(text))), None)


def _thing(m: re.Match, who_: str = "") -> str:
    """A thing of a match of _THING in English: "the report", "my essay" ("bài luận của tôi"); one's own (_OWN) with
    the whose of `who_` where none is said ("you": "your essay")."""
    en = THINGS[keyed(m["thing"])]
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {en}"
    return f"{EN_WHOSE.get(who_, 'the') if en in _OWN else 'the'} {en}"


def _behind(day: str) -> bool:
    """Whether an English day is behind today ("yesterday", "last week", "last Friday": mt.tense.BEHIND, and "last"
    before a weekday, which it leaves)."""
    return bool(BEHIND.search(day) or _LAST.search(day))


def _day(said: str | None, by: str | None = None) -> str | None:
    """A Vietnamese day in English: "thứ Sáu" → "on Friday" ("by Friday" after `by` "trước", "Friday" after `by`
    ""); "" for none said, None for one `when` does not read."""
    day = when(said, "vi", NEAR_SPANS)
    return day if not day or by is None else f"{'by ' if by else ''}{day.removeprefix('on ')}"


def _deadline(text: str) -> str | None:
    """"Hạn chót là thứ Sáu." as "The deadline is Friday.", "Hạn nộp báo cáo là thứ Hai." as "The deadline for the
    report is Monday.", "Khi nào là hạn chót?" as "When is the deadline?" (_DEADLINE); None for anything else."""
    m = _first(_DEADLINE, text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    of = f" for {_thing(m)}" if m["thing"] else ""
    if m["asked"]:
        return f"When is the deadline{of}?"
    day = _day(m["day"], "")
    return day and f"The deadline{of} {'was' if _behind(day) else 'is'} {day}."


def _due(text: str) -> str | None:
    """"Báo cáo phải nộp vào ngày mai." as "The report is due tomorrow.", "… trước thứ Sáu." as "… due by Friday.",
    "Khi nào phải nộp báo cáo?" as "When is the report due?" (_DUE); None for anything else, and a day behind."""
    m = _first(_DUE, text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    if m["asked"]:
        return f"When is {_thing(m)} due?"
    day = _day(m["day"], m["by"])
    return None if not day or _behind(day) else capitalised(f"{_thing(m)} is due {day}.")


def _must(text: str) -> str | None:
    """"Tôi phải nộp báo cáo trước thứ Hai." as "I have to hand in the report by Monday.", "Ngày mai mẹ tôi cần nộp
    luận văn." as "My mother needs to hand in the thesis tomorrow." (_MUST); None for anything else."""
    m = _MUST.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and (m["day"] or m["by"]) or not (said := who(m, False)):
        return None
    who_, one = said
    day = _day(m["day0"] or m["day"], m["by"])
    if day is None or _behind(day):
        return None
    must = ("needs" if one else "need") if keyed(m["must"]) == "cần" else "has" if one else "have"
    return capitalised(f"{who_} {must} to hand in {_thing(m, who_)}{' ' * bool(day)}{day}.")


def _handed(text: str) -> str | None:
    """"Bạn nộp bài luận chưa?" as "Have you handed in your essay yet?", "Tôi nộp báo cáo rồi." as "I've handed in
    the report.", "Tôi chưa nộp báo cáo." as "I haven't handed in the report yet.", "Tôi đã nộp bài luận hôm qua." as
    "I handed in my essay yesterday." (_HANDED); None for anything else ("Tôi nộp báo cáo.": done, or to do?)."""
    m = _HANDED.fullmatch(text)
    asked = bool(m and m["done"] == "chưa")
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None or m["not"] and (asked or m["done"]) \
            or asked and m["just"]:
        return None
    who_, one = said
    thing, has, day = _thing(m, who_), "has" if one else "have", _day(m["day"])
    if m["day"] and not (day and _behind(day) and not (asked or m["done"] or m["just"] or m["not"])):
        return None
    if asked:
        return f"{has.capitalize()} {who_} handed in {thing} yet?"
    if day or m["not"]:
        return capitalised(f"{who_} handed in {thing} {day}." if day else f"{who_} {has}n't handed in {thing} yet.")
    if not (m["did"] or m["done"] or m["just"]):
        return None
    return capitalised(contracted(who_, f"{has} {'just ' * bool(m['just'])}handed in {thing}."))


def _missed(text: str) -> str | None:
    """"Tôi bị lỡ hạn chót." as "I missed the deadline.", "Tôi lỡ hạn nộp rồi." as "I've missed the deadline.", "Bạn
    có bị lỡ hạn chót không?" as "Did you miss the deadline?", "Tôi trễ hạn nộp báo cáo." as "I missed the deadline
    for the report." (_MISSED); None for anything else."""
    m = _MISSED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m["done"] or not (
            said := who(m, asked)):
        return None
    who_, one = said
    of = f" for {_thing(m, who_)}" if m["thing"] else ""
    if asked:
        return f"Did {who_} miss the deadline{of}?"
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} missed the deadline{of}."))
    return capitalised(f"{who_} missed the deadline{of}.")


def _extension(text: str) -> str | None:
    """"Tôi có thể xin gia hạn không?" as "Can I ask for an extension?", "Tôi có thể được gia hạn không?" as "Can I
    have an extension?", "Tôi cần được gia hạn thêm." as "I need an extension.", "Bạn có thể gia hạn cho tôi không?"
    as "Can you give me an extension?" (_EXTENSION); None for anything else, a word of kinship alone asking (the
    student, or the teacher?), and "gia hạn" with neither "xin" nor "được" (a visa too: mt/papers.py)."""
    m = _EXTENSION.fullmatch(text)
    asked = bool(m and m["asked"])
    can = bool(m and (m["can"] or m["can2"]))
    if not m or asked != ("?" in m["end"]) or can != asked or bool(m["me"]) == bool(m["ask"] or m["get"]) or \
            m["me"] and not can or (said := who(m, asked)) is None:
        return None
    who_, one = said
    if m["who"] and who_ == "you" and keyed(m["who"]) != "bạn" or m["me"] and who_ in ("I", "we"):
        return None
    if can:
        return f"Can {who_} {'give me' if m['me'] else 'ask for' if m['ask'] else 'have'} an extension?"
    if m["need"]:
        return capitalised(f"{who_} {'needs' if one else 'need'} {'to ask for ' * bool(m['ask'])}an extension.")
    if m["want"]:
        likes = f"{who_}'d like" if who_ in EN_WHOSE else f"{who_} would like"
        return capitalised(f"{likes} {'to ask for ' * bool(m['ask'])}an extension.")
    return capitalised(f"{who_} {'asked for' if m['ask'] else 'got'} an extension.") if m["did"] else None


def _before(text: str) -> str | None:
    """"Tôi hoàn thành nó ngay trước hạn chót." as "I finished it just before the deadline.", "Tôi đã nộp báo cáo
    đúng hạn." as "I handed in the report on time." (_BEFORE); None for anything else."""
    m = _BEFORE.fullmatch(text)
    if not m or "?" in m["end"] or not (said := who(m, False)):
        return None
    handed = keyed(m["verb"]) == "nộp"
    thing = _thing(m, said[0]) if m["thing"] else "it" if m["it"] or handed else ""
    done = ("handed it in" if thing == "it" else f"handed in {thing}") if handed else f"finished {thing}".rstrip()
    at = "just before the deadline" if m["just"] else "before the deadline" if m["before"] else "on time"
    return capitalised(f"{said[0]} {done} {at}.")


def _thing_vi(m: re.Match, subject: bool = False) -> str | None:
    """A thing of a match of _THING_EN in Vietnamese: "báo cáo" for "the report", "bài luận của tôi" for "my essay"
    (without whose after who, `subject`, whose own it is: "I … my essay"; None for another's: "I … your essay")."""
    vi, owner = THINGS_VI[m["thing"].lower()], m["owner"].lower()
    if owner in ("the", "a", "an"):
        return vi
    if subject:
        return vi if own_thing(m, *who_vi(m)) else None
    return f"{vi} của {WHOSE_VI[owner]}"


def _day_vi(said: str | None) -> str | None:
    """An English day in Vietnamese without "vào" ("on Friday" → "thứ Sáu"); "" for none said, None for one `when`
    does not read."""
    day = when(said, "en", NEAR_SPANS)
    return day and day.removeprefix("vào ")


def _deadline_vi(text: str) -> str | None:
    """"The deadline is Friday." as "Hạn chót là thứ Sáu.", "The deadline for the report is Monday." as "Hạn nộp báo
    cáo là thứ Hai.", "When is the deadline?" as "Hạn chót là khi nào?" (_DEADLINE_EN); None for anything else, and
    "was" with a day not behind, "is" with one behind."""
    m = _first(_DEADLINE_EN, text)
    if not m or m["kind"] and m["thing"]:
        return None
    thing = THINGS_VI[m["kind"].lower()] if m["kind"] else m["thing"] and _thing_vi(m)
    term = f"Hạn nộp {thing}" if thing else "Hạn chót"
    if m.groupdict().get("asked"):
        return f"{term} là khi nào?"
    day = _day_vi(m["day"])
    if not day or "?" in m["end"] or _behind(m["day"]) != (m["be"] == "was"):
        return None
    return f"{term} là {day}."


def _due_vi(text: str) -> str | None:
    """"The report is due tomorrow." as "Hạn nộp báo cáo là ngày mai.", "The essay is due by Friday." as "Bài luận
    phải nộp trước thứ Sáu.", "When is the report due?" as "Khi nào phải nộp báo cáo?" (_DUE_EN); None for anything
    else."""
    m = _first(_DUE_EN, text)
    if not m or m["owner"].lower() in ("a", "an"):
        return None
    thing = _thing_vi(m)
    if m.groupdict().get("asked"):
        return f"Khi nào phải nộp {thing}?"
    day = _day_vi(m["day"])
    if not day or "?" in m["end"] or m["be"] == "was" or _behind(m["day"]):
        return None
    return capitalised(f"{thing} phải nộp trước {day}.") if m["by"] else f"Hạn nộp {thing} là {day}."


def _must_vi(text: str) -> str | None:
    """"I have to hand in the report by Monday." as "Tôi phải nộp báo cáo trước thứ Hai.", "She needs to submit her
    thesis tomorrow." as "Ngày mai cô ấy cần nộp luận văn." (_MUST_EN); None for anything else, and where "has" or
    "needs" does not agree with who."""
    m = _MUST_EN.fullmatch(text)
    if not m or "?" in m["end"] or (thing := _thing_vi(m, True)) is None:
        return None
    who_, one = who_vi(m)
    must, day = " ".join(m["must"].split()), _day_vi(m["day"])
    if must.startswith(("has", "needs")) != one and must != "must" or day is None or _behind(m["day"] or ""):
        return None
    said = f"{who_} {'cần' if must.startswith('need') else 'phải'} nộp {thing}"
    return capitalised(f"{said} trước {day}.") if m["by"] else placed(said, day, ".")


def _handed_vi(text: str) -> str | None:
    """"Have you handed in your essay yet?" as "Bạn đã nộp bài luận chưa?", "I've handed in my report." as "Tôi đã
    nộp báo cáo rồi.", "I haven't handed in my report yet." as "Tôi chưa nộp báo cáo.", "I handed in my essay
    yesterday." as "Hôm qua tôi đã nộp bài luận." (_HANDED_EN); None for anything else, and where the verb's form or
    "has" does not agree with who."""
    m = _first(_HANDED_EN, text)
    if not m or (thing := _thing_vi(m, True)) is None:
        return None
    who_, one = who_vi(m)
    g = m.groupdict()  # (the two patterns' groups differ)
    aux = (g.get("aux") or g.get("have") or "").strip().lower().replace("’", "'")
    if aux in ("has", "'s", "have", "'ve") and (aux in ("has", "'s")) != one or (aux == "did") == m["verb"].split(
            )[0].lower().endswith("ed"):
        return None  # ("Has you", "Did you handed", "I hand in")
    if g.get("aux"):
        return capitalised(f"{who_} đã nộp {thing} chưa?")
    nt, just, day = g.get("nt"), g.get("just"), g.get("day")
    if "?" in g["end"] or g.get("yet") and not nt or nt and just or day and (aux or just):
        return None
    if nt:
        return capitalised(f"{who_} chưa nộp {thing}.")
    if day:
        return placed(f"{who_} đã nộp {thing}", said, ".") if (said := _day_vi(day)) and _behind(day) else None
    if just and just.lower() == "just":
        return capitalised(f"{who_} vừa nộp {thing}.")
    return capitalised(f"{who_} đã nộp {thing}{' rồi' * bool(aux or just)}.")


def _missed_vi(text: str) -> str | None:
    """"I missed the deadline." as "Tôi đã lỡ hạn chót.", "I've missed the deadline." as "Tôi lỡ hạn chót rồi.", "Did
    you miss the deadline?" as "Bạn có bị lỡ hạn chót không?", "She missed the deadline for her essay." as "Cô ấy đã
    lỡ hạn nộp bài luận." (_MISSED_EN); None for anything else, and where "has" does not agree with who."""
    m = _MISSED_EN.fullmatch(text)
    if not m or bool(m["aux"]) != ("?" in m["end"]) or m["aux"] and m["have"] or m["thing"] and (
            thing := _thing_vi(m, True)) is None:
        return None
    who_, one = who_vi(m)
    aux = (m["aux"] or m["have"] or "").strip().lower().replace("’", "'")
    if aux not in ("", "did") and (aux in ("has", "'s")) != one or (m["verb"] == "miss") != (aux == "did"):
        return None
    term = f"hạn nộp {thing}" if m["thing"] else "hạn chót"
    if m["aux"]:
        return capitalised(f"{who_} có bị lỡ {term} không?" if aux == "did" else f"{who_} đã lỡ {term} chưa?")
    return capitalised(f"{who_} lỡ {term} rồi." if aux else f"{who_} đã lỡ {term}.")


def _extension_vi(text: str) -> str | None:
    """"Can I have an extension?" as "Tôi có thể được gia hạn không?", "Could you give me an extension?" as "Bạn có
    thể gia hạn cho tôi không?", "I need an extension." as "Tôi cần được gia hạn.", "I'd like to ask for an
    extension." as "Tôi muốn xin gia hạn." (_EXTENSION_EN); None for anything else, and "needs" not agreeing."""
    m = _EXTENSION_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or bool(m["can"]) == bool(m["verb"]):
        return None
    who_, one = who_vi(m)
    more, verb = " thêm" * bool(m["more"]), " ".join((m["verb"] or "").replace("’", "'").split())
    if m["can"]:
        if m["to"] or m["me"] and who_ in ("tôi", "chúng tôi") or not (m["get"] or m["ask"] or m["me"]):
            return None
        doing = "gia hạn cho tôi" if m["me"] else f"{'xin' if m['ask'] else 'được'} gia hạn"
        return capitalised(f"{who_} có thể {doing}{more} không?")
    like = "like" in verb
    if m["get"] or m["me"] or m["ask"] and not (like and m["to"]) or verb.startswith("need") and (
            verb == "needs") != one:
        return None
    said = {"asked for": "đã xin", "got": "đã được"}.get(verb) or (
        "muốn xin" if m["ask"] else "muốn được" if like else "cần được")
    return capitalised(f"{who_} {said} gia hạn{more}.")


def _before_vi(text: str) -> str | None:
    """"I finished it just before the deadline." as "Tôi đã làm xong nó ngay trước hạn chót.", "I handed in the
    report on time." as "Tôi đã nộp báo cáo đúng hạn." (_BEFORE_EN); None for anything else."""
    m = _BEFORE_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["thing"] and (thing := _thing_vi(m, True)) is None or \
            not m["verb"].split()[0].lower().endswith("ed"):
        return None
    finished = m["verb"].lower().startswith(("finish", "complet"))
    done = f"{'làm xong' if finished else 'nộp'} {'nó' if m['it'] else thing}"
    at = "ngay trước hạn chót" if m["just"] else "trước hạn chót" if m["before"] else "đúng hạn"
    return capitalised(f"{who_vi(m)[0]} đã {done} {at}.")
