"""Spelling and spelling mistakes, both ways, written whole by rule: who often misspells or spells correctly, who is
good or bad at spelling, a piece of writing with spelling mistakes, whose spelling mistakes someone corrected, checking
the spelling told, a word or a name spelt wrong. v8 (the rules on) reads "viết sai chính tả" as "write misspelled",
"lỗi" as an error and loses whose mistakes: "Tôi hay viết sai chính tả." → "I usually write misspelled.", "Con tôi
viết đúng chính tả." → "My child wrote the right spelling.", "Anh ấy hay mắc lỗi chính tả." → "He or have a precise
error.", "Cô giáo sửa lỗi chính tả cho tôi." → "The teacher corrected me.", "Bạn viết sai tên tôi rồi." → "You write
your name wrong.", "Tôi kém chính tả." → "I'm poorly described."; "The teacher corrected my spelling mistakes." →
"Thầy giáo viên đã sửa sai lầm chính tả của tôi.", "You've spelt my name wrong." → "Bạn đã vỗ tên tôi sai.", "Is this
word spelt right?" → "Từ này có phải không?", "This word is misspelt." → "Từ này bị bỏ sót.".

Taken: who (mt.hobbies.WHO, WHO_EN) often, always, never … (mt.hobbies.SELDOM, HABIT_VI) makes spelling mistakes
("viết sai chính tả", "mắc lỗi chính tả"), a lot of them, or spells correctly: said, denied ("không hay") or asked;
who is (very, so, not) good or bad at spelling, said or asked; an essay ("bài", "bài văn", "bài luận"), an article, a
letter, an email, a message or a report (this, that, whose) with a lot of, a few, too many, one to ten spelling
mistakes, none or full of them, any or how many asked ("There are … in this essay." too); the teacher ("cô giáo",
"thầy giáo", "giáo viên") or who correcting whose spelling mistakes ("cho tôi": mine): bare (not "bạn", "tôi",
"chúng tôi") or "đã" (the brief's past "corrected"), just, now, will, often, "rồi"; the spelling to check ("Kiểm tra
chính tả trước khi nộp nhé.", "Nhớ …"); this word spelt wrong or correctly, said or asked; whose name spelt wrong, who
has spelt whose name wrong. Left: a plain "Tôi viết sai chính tả." (now, done, or a habit?), asked or denied so too
("Bạn có viết sai chính tả không?": did you, in this one?), "Bạn sửa lỗi chính tả cho tôi." (a request), "Tôi sửa …
cho bạn." (an offer?), a statement ended by "thế", "vậy" (so good, so many: mt.text.STRESSED_SAID), a count with a
leading zero, "có lỗi chính tả" said uncounted (one, or more?), "Chữ này …" without "chính tả" (mt/handwriting.py's),
who checked the spelling ("Bạn đã kiểm tra chính tả chưa?": v8 is right both ways), asking to spell a name ("Bạn đánh
vần tên bạn được không?", "How do you spell …?": mt/repeats.py's), mistakes and fault (mt/mistakes.py), homework
(mt/homework.py), a pet as who, "anh", "chị", "em" alone saying it, "I" asked, and anything else.
mt.phrasebook.translate tries these after mt/rice_cookers.py.

    >>> translate("Tôi hay viết sai chính tả.", "vi", "en"), translate("This essay has a lot of spelling mistakes.",
    ...     "en", "vi")
    ('I often make spelling mistakes.', 'Bài văn này có nhiều lỗi chính tả.')
"""
from __future__ import annotations

import re

from .ever import OBJECTS
from .hobbies import (HABIT_VI, SELDOM, SOMEONE, SOMEONE_EN, WHO, WHO_EN, asked_of, be_agrees, em_speaking, person_of,
                      someone)
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, contracted,
                   keyed, present, stop)

_KEYS = {"vi": lazy(r"(?i:chính\s+tả|viết\s+sai|viết\s+đúng|viết\s+có\s+đúng)"), "en": lazy(r"(?i:spel)")}
# pieces of writing (the first Vietnamese of each English is written back)
_WRITINGS = {"bài văn": "essay", "bài": "essay", "bài luận": "essay", "bài viết": "article", "lá thư": "letter",
             "bức thư": "letter", "thư": "letter", "email": "email", "tin nhắn": "message", "bản báo cáo": "report",
             "báo cáo": "report"}
_WRITINGS_VI = {en: vi for vi, en in reversed(_WRITINGS.items())}
_THIS = {"này": "this", "đó": "that", "ấy": "that"}
# how many mistakes (the first Vietnamese of each is written back; "mấy" left: "có mấy lỗi?" asks how many)
_MANY = {"nhiều": "a lot of", "rất nhiều": "a lot of", "quá nhiều": "too many", "vài": "a few", "một vài": "a few"}
_MANY_VI = {en: vi for vi, en in reversed(_MANY.items())} | {"lots of": "nhiều", "many": "nhiều"}
_OBJECT_WHOSE = {EN_OBJECT[en]: whose for en, whose in EN_WHOSE.items()}  # ("me": "my")
_MISTAKES = r"lỗi\s+chính\s+tả"
_SAID_OWNER = rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|\s+của\s+(?P<someone>{SOMEONE}))"

# who misspells, or spells correctly ("Tôi hay viết sai chính tả.", "Bạn có hay mắc lỗi chính tả không?")
_HABIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+(?!bao\s+giờ))?(?:(?P<how>{alternatives(SELDOM)})\s+)?"
              rf"(?:(?P<wrong>(?:bị\s+)?(?:viết\s+)?sai\s+chính\s+tả|mắc\s+{_MISTAKES})|(?P<right>viết\s+đúng\s+chính"
              rf"\s+tả))(?:\s+(?P<lots>nhiều\s+lắm|rất\s+nhiều|nhiều))?{ASKED_END}")
# who is good or bad at it ("Tôi kém chính tả.", "Con gái tôi rất giỏi chính tả.")
_GOOD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<very>rất\s+)?(?P<how>giỏi|kém)\s+(?:môn\s+)?chính"
             rf"\s+tả(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
# a piece of writing with mistakes ("Bài này có nhiều lỗi chính tả.", "Bài này có lỗi chính tả không?")
_ERRORS = lazy(rf"(?P<writing>(?i:{alternatives(_WRITINGS)}))(?:\s+(?P<this>{alternatives(_THIS)})|{_SAID_OWNER})\s+"
               rf"(?:(?P<full>đầy)|(?P<ask>có)|(?P<none>không\s+có))\s+(?:(?P<n>(?!0\d)\d{{1,2}}|(?i:"
               rf"{alternatives(VI_TO_EN)}|{alternatives(_MANY)}))\s+|(?P<how_many>bao\s+nhiêu|mấy)\s+)?{_MISTAKES}"
               rf"(?:\s+(?P<any>nào))?{ASKED_END}")
# whose mistakes someone corrected ("Cô giáo sửa lỗi chính tả cho tôi.")
_TEACHER = (r"(?P<teacher>(?i:cô\s+giáo|thầy\s+giáo|giáo\s+viên))(?:\s+(?:của\s+)?(?P<twhose>(?i:"
            rf"{alternatives(OWNERS)})))?")
_CORRECTED = lazy(rf"(?:{_TEACHER}|{WHO})\s+(?:(?P<tense>đã|vừa\s+mới|vừa|đang|sẽ|hay|thường)\s+)?sửa\s+{_MISTAKES}"
                  rf"\s+(?:cho|giúp)\s+(?P<whom>(?i:{alternatives(OBJECTS)})|{SOMEONE})(?:\s+(?P<done>rồi))?"
                  r"\s*(?P<end>[.!]*)")
# the spelling to check ("Kiểm tra chính tả trước khi nộp nhé.", "Nhớ kiểm tra chính tả nhé.")
_BEFORE = {"nộp": "hand it in", "nộp bài": "hand it in", "gửi": "send it", "gửi đi": "send it", "in": "print it"}
_CHECK = lazy(r"(?P<remember>(?i:nhớ|hãy|nhớ\s+là)\s+)?(?i:kiểm\s+tra)\s+(?:lại\s+)?chính\s+tả(?:\s+trước\s+khi\s+"
              rf"(?P<before>{alternatives(_BEFORE)}))?(?:\s+(?:nhé|đi))?\s*(?P<end>[.!]*)")
# a word or a name spelt wrong ("Từ này viết sai rồi.", "Tên tôi bị viết sai rồi.", "Bạn viết sai tên tôi rồi.")
_WRONG = lazy(rf"(?:(?P<word>(?i:từ|chữ))\s+(?P<this>{alternatives(_THIS)})|(?P<name>(?i:tên)){_SAID_OWNER})\s+"
              r"(?:bị\s+)?viết\s+(?:(?P<ask>có)\s+)?(?P<how>sai|đúng)(?P<cht>\s+chính\s+tả)?(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<q>à|không|chưa))?{SOFTENED_END}")
_MISSPELT = lazy(rf"{WHO}\s+(?:(?P<tense>đã)\s+)?viết\s+sai\s+tên\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))"
                 rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# ... in English
_NOT_EN = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_HABIT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_NOT_EN}(?:\s+(?P<how>{alternatives(HABIT_VI)}|ever))?\s+"
                 r"(?:(?P<make>makes?)\s+(?:(?P<lots>a\s+lot\s+of|lots\s+of)\s+)?spelling\s+mistakes|"
                 r"(?P<spell>spells?)\s+correctly)\s*(?P<end>[.!?]*)")
_GOOD_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)?"
                r"(?P<not>\s+not|n['’]t)?(?:\s+(?P<very>very|really|so))?\s+(?P<how>good|bad)\s+at\s+spelling"
                r"\s*(?P<end>[.!?]*)")
_DET_EN = rf"(?P<det>(?i:this|that|the|{WHOSE_WORDS})|(?P<someone>{SOMEONE_EN})['’]s)"
_COUNT_EN = rf"(?P<n>(?!0\d)\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}|{alternatives(_MANY_VI)}|an?|no|any))"
_WRITING_EN = rf"{_DET_EN}\s+(?P<writing>{alternatives(_WRITINGS_VI)})"
_ERRORS_EN = [lazy(rf"(?:(?P<q>Does)\s+)?{_WRITING_EN}\s+(?P<verb>has|have|is\s+full\s+of|doesn['’]t\s+have|"
                   rf"does\s+not\s+have)(?:\s+{_COUNT_EN})?\s+spelling\s+(?P<noun>mistakes?)\s*(?P<end>[.!?]*)"),
              lazy(rf"There(?P<there>\s+is|\s+are|['’]s)\s+{_COUNT_EN}\s+spelling\s+(?P<noun>mistakes?)\s+in\s+"
                   rf"{_WRITING_EN}\s*(?P<end>[.!]*)")]
_CORRECTED_EN = lazy(rf"(?:(?P<tdet>(?i:the|{WHOSE_WORDS}))\s+(?P<teacher>teacher)|{WHO_EN})"
                     r"(?P<aux>\s+(?:has|have)\s+just|\s+(?:just|is|are|am|will|has|have)|['’](?:s|re|m|ll|ve))?"
                     r"(?:\s+(?P<often>often))?\s+(?P<verb>corrected|correcting|corrects|correct)\s+(?P<mwhose>"
                     rf"(?i:{WHOSE_WORDS})|{SOMEONE_EN}['’]s)\s+spelling\s+mistakes\s*(?P<end>[.!]*)")
_CHECK_EN = lazy(r"(?P<remember>Remember\s+to\s+|Please\s+)?(?i:check)\s+your\s+spelling"
                 r"(?:\s+before\s+you\s+(?P<before>hand\s+it\s+in|send\s+it|print\s+it))?\s*(?P<end>[.!]*)")
_WRONG_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?P<this>(?i:this|that))\s+word|{_DET_EN}\s+name)(?P<be>\s+is|['’]s)?\s+"
                 r"(?:(?P<mis>misspelt|misspelled)|(?:spelt|spelled)\s+(?P<how>wrong|wrongly|incorrectly|correctly|"
                 r"right))\s*(?P<end>[.!?]*)")
_MISSPELT_EN = lazy(rf"{WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?\s+"
                    rf"(?:misspelt|misspelled|(?P<spelt>spelt|spelled))\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+name"
                    r"(?(spelt)\s+wrong)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of misspelling, spelling well or badly, spelling mistakes in a piece of writing
    or corrected, the spelling checked, a word or a name spelt wrong, or learning to spell; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Bạn giỏi chính tả thế.": so good, said more than English would)
            return None
        return (_habit(text) or _good(text) or _errors(text) or _corrected(text) or _check(text) or _wrong(text)
                or _misspelt(text))
    text = text.replace("’", "'")
    return (_habit_vi(text) or _good_vi(text) or _errors_vi(text) or _corrected_vi(text) or _check_vi(text)
            or _wrong_vi(text) or _misspelt_vi(text))


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.person_of); None for a pet, "em" with "ạ" (the
    speaker), "I" asked, and "anh", "chị", "em" alone saying it."""
    return None if em_speaking(m) else person_of(m, asked)


def _agrees(said: str, who_: str, one: bool) -> bool:
    """Whether the English verb `said` first ("Does", "don't", "has just", "'m") agrees with who (`who_` in
    Vietnamese, `one` as who_vi gives it); True for one that does not tell ("will", "just", none)."""
    first = (said.lower().split() or [""])[0].replace("n't", "").replace("'", "")
    first = {"s": "is", "m": "am", "re": "are", "ve": "have", "doesn": "does", "don": "do", "hasn": "has",
             "haven": "have"}.get(first, first)
    if first in ("is", "has", "does"):
        return one
    if first in ("am", "are"):
        return not one and (first == "am") == (who_ == "tôi")
    return not one if first in ("have", "do") else True


def _habit(text: str) -> str | None:
    """"Tôi hay viết sai chính tả." as "I often make spelling mistakes.", "Con tôi viết đúng chính tả." as "My child
    spells correctly.", asked or denied too (_HABIT); None for anything else and a plain "viết sai chính tả"."""
    m = _HABIT.fullmatch(text)
    asked = m and asked_of(m)
    how = SELDOM.get(keyed(m["how"] or "")) if m else None
    if asked is None or not (said := _person(m, asked)) or m["lots"] and (how or asked or m["not"]) or \
            (m["not"] or asked) and how not in (None, "often"):
        return None
    if m["right"]:
        return None if m["not"] or m["lots"] or how not in (None, "always") else \
            present(*said, "spell", "correctly", asked, adverb=f"{how} " if how else "")
    if not (how or m["lots"]):
        return None  # (asked or denied as plain: "Bạn có viết sai chính tả không?" may ask of one piece: did you?)
    lots = "a lot of " if m["lots"] else ""
    return present(*said, "make", f"{lots}spelling mistakes", asked, bool(m["not"]), adverb=f"{how} " if how else "")


def _good(text: str) -> str | None:
    """"Tôi kém chính tả." as "I'm bad at spelling.", "Con gái tôi rất giỏi chính tả." as "My daughter is very good at
    spelling.", "Bạn có giỏi chính tả không?" as "Are you good at spelling?" (_GOOD); None for anything else."""
    m = _GOOD.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or not (said := _person(m, asked)) or (m["very"] or m["much"]) and (asked or m["not"]) or \
            m["not"] and m["how"] != "giỏi" or m["very"] and m["much"]:
        return None
    who_, one = said
    be_ = "is" if one else "am" if who_ == "I" else "are"
    how = "good" if keyed(m["how"]) == "giỏi" else "bad"
    very = "very " if m["very"] or keyed(m["much"] or "") == "lắm" else "so " if m["much"] else ""
    if asked:
        return f"{be_.capitalize()} {who_} {how} at spelling?"
    said = f"{be_} not" if m["not"] else be_
    return capitalised(f"{contracted(who_, f'{said} {very}{how}')} at spelling{stop(m['end'])}")


def _owned(m: re.Match) -> str | None:
    """Whose, in English, of a match with the groups owner and someone (_SAID_OWNER): "my", "my mother's"; None
    where neither is read."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    named = m["someone"] and someone(m["someone"], "vi")
    return named and f"{named}'s"


def _errors(text: str) -> str | None:
    """"Bài này có nhiều lỗi chính tả." as "This essay has a lot of spelling mistakes.", "Lá thư này có lỗi chính tả
    không?" as "Does this letter have any spelling mistakes?", "Email của bạn không có lỗi chính tả nào." as "Your
    email doesn't have any spelling mistakes." (_ERRORS); None for anything else, and mistakes uncounted said."""
    m = _ERRORS.fullmatch(text)
    whose = m and (_THIS[keyed(m["this"])] if m["this"] else _owned(m))
    if not whose:
        return None
    q, n, writing = "?" in m["end"], keyed(m["n"] or ""), capitalised(f"{whose} {_WRITINGS[keyed(m['writing'])]}")
    low = writing[0].lower() + writing[1:]
    if m["how_many"]:
        return f"How many spelling mistakes does {low} have?" if q and m["ask"] and not (m["asked"] or m["any"]) \
            else None
    if bool(m["asked"]) != q:
        return None
    if q:
        return f"Does {low} have any spelling mistakes?" if m["ask"] and not n else None
    if m["none"]:
        return None if n else f"{writing} doesn't have any spelling mistakes{stop(m['end'])}"
    if m["full"]:
        return None if n or m["any"] else f"{writing} is full of spelling mistakes{stop(m['end'])}"
    if m["any"] or not n:
        return None  # ("có lỗi chính tả": one, or more?)
    count = _MANY.get(n) or VI_TO_EN.get(n, n)
    said = "a spelling mistake" if count in ("one", "1") else f"{count} spelling mistakes"
    return f"{writing} has {said}{stop(m['end'])}"


def _whom(said: str) -> str | None:
    """Whose mistakes, in English, of whom they were corrected for ("tôi": "my", "mẹ tôi": "my mother's")."""
    pronoun = OBJECTS.get(keyed(said))
    if pronoun:
        return _OBJECT_WHOSE[pronoun]
    named = someone(said, "vi")
    return named and f"{named}'s"


def _corrected(text: str) -> str | None:
    """"Cô giáo sửa lỗi chính tả cho tôi." as "The teacher corrected my spelling mistakes.", "Mẹ tôi đang sửa lỗi
    chính tả cho con tôi." as "My mother is correcting my child's spelling mistakes." (_CORRECTED); None for anything
    else, one correcting their own, and "bạn", "tôi", "chúng tôi" correcting with no time said."""
    m = _CORRECTED.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    teacher = f"{OWNERS[keyed(m['twhose'])] if m['twhose'] else 'the'} teacher"
    if not (said := (teacher, True) if m["teacher"] else _person(m, False)):
        return None
    who_, one = said
    whose, tense = _whom(m["whom"]), keyed(m["tense"] or "")
    if not (tense or m["done"] or m["teacher"]) and who_ in ("you", "I", "we"):
        return None  # ("Bạn sửa lỗi chính tả cho tôi.": a request; "Tôi sửa … cho bạn.": an offer?)
    if whose is None or whose == EN_WHOSE.get(who_) or m["done"] and tense not in ("", "đã"):
        return None
    mistakes = f"{whose} spelling mistakes"
    if m["done"]:
        verb = f"{'has' if one else 'have'} corrected"
    elif tense in ("hay", "thường"):
        verb = f"often {'corrects' if one else 'correct'}"
    else:
        verb = {"": "corrected", "đã": "corrected", "vừa": "has just corrected", "vừa mới": "has just corrected",
                "đang": "is correcting", "sẽ": "will correct"}[tense]
        verb = verb if one else verb.replace("has ", "have ").replace("is ", "am " if who_ == "I" else "are ")
    return capitalised(f"{contracted(who_, verb)} {mistakes}{stop(m['end'])}")


def _check(text: str) -> str | None:
    """"Kiểm tra chính tả trước khi nộp nhé." as "Check your spelling before you hand it in.", "Nhớ kiểm tra chính tả
    nhé." as "Remember to check your spelling." (_CHECK); None for anything else."""
    m = _CHECK.fullmatch(text)
    if not m:
        return None
    remember = "remember to " if m["remember"] and keyed(m["remember"]).startswith("nhớ") else ""
    before = f" before you {_BEFORE[keyed(m['before'])]}" if m["before"] else ""
    return capitalised(f"{remember}check your spelling{before}{stop(m['end'])}")


def _wrong(text: str) -> str | None:
    """"Từ này viết sai rồi." as "This word is spelt wrong.", "Tên tôi bị viết sai rồi." as "My name is spelt wrong.",
    asked too (_WRONG); None for anything else, and "chữ" without "chính tả" (handwriting?)."""
    m = _WRONG.fullmatch(text)
    if not m or keyed(m["word"] or "") == "chữ" and not m["cht"]:
        return None
    q, wrong, asked = keyed(m["q"] or ""), m["how"] == "sai", "?" in m["end"]
    if asked != bool(q) or m["ask"] and q != "không" or m["done"] and asked or q == "chưa" and wrong or \
            q == "không" and wrong and not m["ask"] or q == "à" and not wrong or m["name"] and (asked or not wrong) or \
            (whose := _THIS[keyed(m["this"])] if m["word"] else _owned(m)) is None:
        return None
    thing, how = f"{whose} {'word' if m['word'] else 'name'}", "wrong" if wrong else "correctly"
    return f"Is {thing} spelt {how}?" if asked else capitalised(f"{thing} is spelt {how}{stop(m['end'])}")


def _misspelt(text: str) -> str | None:
    """"Bạn viết sai tên tôi rồi." as "You've spelt my name wrong.", "Họ đã viết sai tên tôi." as "They spelt my name
    wrong." (_MISSPELT); None for anything else, and neither "đã" nor "rồi" said."""
    m = _MISSPELT.fullmatch(text)
    if not m or "?" in m["end"] or not (m["tense"] or m["done"]) or not (said := _person(m, False)):
        return None
    who_, one = said
    verb = f"{'has' if one else 'have'} spelt" if m["done"] else "spelt"
    return capitalised(f"{contracted(who_, verb)} {OWNERS[keyed(m['owner'])]} name wrong{stop(m['end'])}")


def _ended(said: str, m: re.Match) -> str:
    """A Vietnamese statement ended as the English was ("!" or ".")."""
    return capitalised(f"{said}{stop(m['end'])}")


def _habit_vi(text: str) -> str | None:
    """"I often make spelling mistakes." as "Tôi hay viết sai chính tả.", "My son spells correctly." as "Con trai tôi
    viết đúng chính tả.", asked or denied too (_HABIT_EN); None for anything else, and a verb not agreeing with who."""
    m = _HABIT_EN.fullmatch(text)
    asked, how = bool(m and m["q"]), (m["how"] or "").lower() if m else ""
    if not m or asked != ("?" in m["end"]) or not (said := person_of(m, asked, "en")) or asked and m["not"]:
        return None
    who_, one = said
    verb = m["make"] or m["spell"]
    if (verb.endswith("s") and verb != "makes" or verb == "makes") != (one and not (asked or m["not"])) or \
            not _agrees(m["q"] or m["not"] or "", who_, one) or how == "ever" and not asked or \
            (asked or m["not"]) and how not in ("", "often", "ever") or m["lots"] and (how or asked or m["not"]):
        return None
    if m["spell"] and (m["not"] or how not in ("", "always")):
        return None
    doing = "viết đúng chính tả" if m["spell"] else "viết sai chính tả" + " rất nhiều" * bool(m["lots"])
    how_vi = "bao giờ" if how == "ever" else HABIT_VI[how] if how else ""
    if asked:
        return capitalised(f"{who_} có {how_vi + ' ' if how_vi else ''}{doing} không?")
    return _ended(f"{who_} {'không ' if m['not'] else ''}{how_vi + ' ' if how_vi else ''}{doing}", m)


def _good_vi(text: str) -> str | None:
    """"I'm bad at spelling." as "Tôi kém chính tả.", "My daughter is very good at spelling." as "Con gái tôi rất giỏi
    chính tả.", "Are you good at spelling?" as "Bạn có giỏi chính tả không?" (_GOOD_EN); None for anything else."""
    m = _GOOD_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or bool(m["be"]) == asked or not be_agrees(m, m["q"] or m["be"]) or \
            not (said := person_of(m, asked, "en")) or (m["not"] or asked) and (m["very"] or m["how"] != "good"):
        return None
    how = "giỏi" if m["how"] == "good" else "kém"
    if asked:
        return capitalised(f"{said[0]} có {how} chính tả không?")
    very = (m["very"] or "").lower()
    return _ended(f"{said[0]} {'không ' * bool(m['not'])}{'rất ' * (very in ('very', 'really'))}{how} chính tả"
                  f"{' quá' * (very == 'so')}", m)


def _writing_vi(m: re.Match) -> str | None:
    """The piece of writing of a match of _WRITING_EN in Vietnamese: "this essay" as "bài văn này", "my mother's
    letter" as "lá thư của mẹ tôi"."""
    det, writing = m["det"].lower(), _WRITINGS_VI[m["writing"].lower()]
    if m["someone"]:
        named = someone(m["someone"], "en")
        return named and f"{writing} của {named}"
    owned = {"this": " này", "that": " đó", "the": ""}.get(det)
    return writing + (owned if owned is not None else f" của {WHOSE_VI[det]}")


def _errors_vi(text: str) -> str | None:
    """"This essay has a lot of spelling mistakes." as "Bài văn này có nhiều lỗi chính tả.", "There are three spelling
    mistakes in my letter." as "Lá thư của tôi có ba lỗi chính tả.", "Does this essay have any spelling mistakes?" as
    "Bài văn này có lỗi chính tả nào không?" (_ERRORS_EN); None for anything else, and counts not agreeing."""
    m = next((m for p in _ERRORS_EN if (m := p.fullmatch(text))), None)
    if not m or bool(m.groupdict().get("q")) != ("?" in m["end"]) or (writing := _writing_vi(m)) is None:
        return None
    n, verb = (m["n"] or "").lower(), " ".join((m.groupdict().get("verb") or "").split())
    one, there = n in ("a", "one", "1"), (m.groupdict().get("there") or "").strip()
    if (verb == "have") != bool(m.groupdict().get("q")) or n == "an" or one != (m["noun"] == "mistake"):
        return None
    if there and ((there == "are") == one or n in ("no", "any")):
        return None
    if m.groupdict().get("q") or verb in ("doesn't have", "does not have"):
        return None if n != "any" else capitalised(
            f"{writing} {'có lỗi chính tả nào không?' if '?' in m['end'] else 'không có lỗi chính tả nào.'}")
    if verb == "is full of":
        return _ended(f"{writing} đầy lỗi chính tả", m) if not n else None
    if n == "no":
        return _ended(f"{writing} không có lỗi chính tả nào", m)
    count = "một" if one else _MANY_VI.get(n) or EN_TO_VI.get(n) or (n if n.isdigit() else None)
    return count and _ended(f"{writing} có {count} lỗi chính tả", m)


def _corrected_vi(text: str) -> str | None:
    """"The teacher corrected my spelling mistakes." as "Cô giáo đã sửa lỗi chính tả cho tôi.", "My mother is
    correcting our spelling mistakes." as "Mẹ tôi đang sửa lỗi chính tả cho chúng tôi." (_CORRECTED_EN); None for
    anything else, a verb not agreeing, and one's own mistakes ("I corrected my …")."""
    m = _CORRECTED_EN.fullmatch(text)
    if not m:
        return None
    tdet = (m["tdet"] or "the").lower()
    teacher = "cô giáo" + ("" if tdet == "the" else f" {WHOSE_VI[tdet]}")
    if not (said := (teacher, True) if m["teacher"] else person_of(m, False, "en")):
        return None
    who_, one = said
    whose = m["mwhose"].lower()
    whom = WHOSE_VI.get(whose) or someone(m["mwhose"][:-2], "en")
    own = EN_WHOSE.get({"tôi": "I", "chúng tôi": "we", "bạn": "you", "họ": "they"}.get(who_, ""))
    if whom is None or whose == own or not m["teacher"] and whose in ("his", "her", "their"):  # (their own?)
        return None
    aux, verb = " ".join((m["aux"] or "").split()).replace("’", "'"), m["verb"]
    aux = {"'s": "has" if verb == "corrected" else "is", "'re": "are", "'m": "am", "'ll": "will", "'ve": "have"}.get(
        aux, aux)
    if not _agrees(aux, who_, one):
        return None
    tense = {("", "corrected"): "đã", ("just", "corrected"): "vừa", ("has just", "corrected"): "vừa",
             ("have just", "corrected"): "vừa", ("has", "corrected"): "đã", ("have", "corrected"): "đã",
             ("is", "correcting"): "đang", ("are", "correcting"): "đang", ("am", "correcting"): "đang",
             ("will", "correct"): "sẽ", ("", "corrects"): "", ("", "correct"): ""}.get((aux, verb))
    if tense is None or m["often"] and (aux or verb not in ("corrects", "correct")) or \
            verb in ("corrects", "correct") and (verb == "corrects") != one and not aux:
        return None
    tense = "hay" if m["often"] else tense
    done = " rồi" if aux in ("has", "have") else ""
    return _ended(f"{who_} {tense + ' ' if tense else ''}sửa lỗi chính tả cho {whom}{done}", m)


def _check_vi(text: str) -> str | None:
    """"Check your spelling before you hand it in." as "Kiểm tra chính tả trước khi nộp nhé.", "Remember to check
    your spelling." as "Nhớ kiểm tra chính tả nhé." (_CHECK_EN); None for anything else."""
    m = _CHECK_EN.fullmatch(text)
    if not m:
        return None
    before = {"hand it in": " trước khi nộp", "send it": " trước khi gửi", "print it": " trước khi in"}
    said = f"{'nhớ ' if m['remember'] and m['remember'].startswith('R') else ''}kiểm tra chính tả" + (
        before[" ".join(m["before"].split())] if m["before"] else "")
    return capitalised(f"{said} đi!" if "!" in m["end"] else f"{said} nhé.")


def _wrong_vi(text: str) -> str | None:
    """"This word is spelt wrong." as "Từ này viết sai rồi.", "Is this word spelt correctly?" as "Từ này viết có đúng
    không?", "My name is misspelt." as "Tên tôi bị viết sai rồi." (_WRONG_EN); None for anything else, and a name
    asked or spelt correctly."""
    m = _WRONG_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or bool(m["be"]) == asked:
        return None
    wrong = bool(m["mis"]) or m["how"].lower() not in ("correctly", "right")
    if m["this"]:
        thing = f"từ {'này' if m['this'].lower() == 'this' else 'đó'}"
        if asked:
            return capitalised(f"{thing} viết {'sai à' if wrong else 'có đúng không'}?")
        return _ended(f"{thing} viết {'sai' if wrong else 'đúng'} rồi", m)
    if asked or not wrong or not m["someone"] and m["det"].lower() not in WHOSE_VI:
        return None  # ("the name", "this name": whose?)
    named = someone(m["someone"], "en") if m["someone"] else WHOSE_VI[m["det"].lower()]
    return named and _ended(f"tên {named} bị viết sai rồi", m)


def _misspelt_vi(text: str) -> str | None:
    """"You've spelt my name wrong." as "Bạn viết sai tên tôi rồi.", "They misspelt my name." as "Họ đã viết sai tên
    tôi." (_MISSPELT_EN); None for anything else, a verb not agreeing, and "his", "her", "their" name (whose?)."""
    m = _MISSPELT_EN.fullmatch(text)
    if not m or not (said := person_of(m, False, "en")):
        return None
    if not _agrees(m["aux"] or "", *said) or m["owner"].lower() in ("his", "her", "their"):
        return None  # ("He misspelt his name.": his own, or another's?)
    name = f"tên {WHOSE_VI[m['owner'].lower()]}"
    return _ended(f"{said[0]} viết sai {name} rồi" if m["aux"] else f"{said[0]} đã viết sai {name}", m)
