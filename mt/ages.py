"""Someone's age with a when (this year, next month, last year …), asked with a when, two people the same age, and
"when I was ten," and "at my age," opening a sentence, both ways, written whole by rule. v8 (rules on) reads the
when as the speaker's, loses who, the tense or the number: "Năm nay bà tôi tám mươi tuổi." → "This year, my
grandmother was eighty years old.", "Tháng sau con tôi tròn ba tuổi." → "Next month, I'll be three years old.",
"Năm ngoái ông tôi chín mươi tuổi." → "Last year, I was ninety years old.", "Năm nay bố tôi bảy mươi tuổi rồi." →
"This year, Dad forty-year-old.", "Năm sau bạn sẽ bao nhiêu tuổi?" → "Next year, how old do you?", "Chúng tôi bằng
tuổi nhau." → "We're aged.", "Tôi bằng tuổi anh ấy." → "I'm your age.", "Bố tôi sắp sáu mươi tuổi." → "I'm about
sixty years old.", "Ở tuổi của tôi," → "In my age,"; "My grandmother is eighty this year." → "Bà tôi là tám mươi bảy
năm nay.", "She's eighty this year." → "Cô ấy tám tuổi vào năm nay.", "I'll be thirty next year." → "Tôi sẽ là ba
mươi năm tới.", "My father turns sixty next month." → "Cha tôi biến thành 6ty tháng tới.", "She turned eighteen last
week." → "Cô ấy quay lại támeen vào tuần trước.", "How old will you be next year?" → "Bạn sẽ bao nhiêu tuổi?" (the
when lost), "We're the same age." → "Chúng tôi cũng là tuổi tác.", "When I was ten," → "Khi tôi căng thẳng,".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) is, was, will be or turns an age (1 to 120,
in words or digits: "tám mươi lăm", "eighty-five") with a when of mt.dates.NEAR_SPANS ("tuần sau", "sang năm" too),
the tense agreeing with it; is almost an age ("sắp"); how old who is, was or will be with such a when, asked; who the
same age as someone ("bằng tuổi", "cùng tuổi"), or we, they the same age ("bằng tuổi nhau"), said or asked; and the
clauses "Hồi tôi mười tuổi," ("Khi" may be ahead: left), "When I was ten,", "Ở tuổi tôi," / "At my age," (this, that,
whose of mt.terms.OWNERS), which mt.phrasebook.clauses sets off. Left: an age without a when or with it after who and
a number up to ten, turning one, asked without a when (mt/people.py's _aged, _turning, _asked), older or younger
than someone (people's _age_gap), birthdays (mt/birthdays.py), two people joined ("Tôi và vợ tôi"), "đều" (both),
"Khi …", "We'll be five next week." (five of us?) and anything else.
mt.phrasebook.translate tries these after mt/left_behind.py.

    >>> translate("Năm nay bà tôi tám mươi tuổi.", "vi", "en"), translate("I'll be thirty next year.", "en", "vi")
    ('My grandmother is eighty this year.', 'Năm sau tôi sẽ tròn ba mươi tuổi.')
"""
from __future__ import annotations

import re

from .dates import LAST, NEAR_SPANS
from .hobbies import SOMEONE_EN, WHO, WHO_EN, WHOM, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, EN_TENS, en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import EN_OBJECT, EN_OBJECT_VI, SOFTENER, alternatives, be, capitalised, contracted, keyed


# ages in words, 1 to 100 (and "hai mươi tư", "twenty five": as typed), read both ways
_AGES_VI = {vi_word(n): n for n in range(1, 101)} | {f"{vi_word(n - 4)} tư": n for n in range(24, 95, 10)}
_AGES_EN = {en_word(n): n for n in range(1, 101)} | {en_word(n).replace("-", " "): n for n in range(21, 100)} | {
    "one hundred": 100}
_N_VI = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(_AGES_VI)}))(?!\w)"
_N_EN = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(_AGES_EN)}))(?![\w-])"
# when, near this year (v8 read "tháng sau" … opening a sentence as the speaker's: "Next month, I'll be …")
SPANS = NEAR_SPANS | {"tuần sau": "next week", "sang năm": "next year"}
SPANS_VI = {en: vi for vi, en in reversed(NEAR_SPANS.items())}
_SPAN = rf"(?i:{alternatives(SPANS)})"
_SPAN_EN = alternatives(SPANS_VI)
_KEYS = {"vi": lazy(r"(?i:tuổi|tròn|lên)"),
         "en": lazy(rf"(?i:\bage|\bold|\bturn|\d|\b(?:{alternatives(EN_NUMBER_WORDS[1:] + EN_TENS)})|hundred)")}

# an age with a when ("Năm nay bà tôi tám mươi tuổi.", "Tháng sau con tôi tròn ba tuổi.", "Bố tôi sắp sáu mươi
# tuổi."): the when first, after who or last
_AGE = lazy(rf"(?:(?P<when0>{_SPAN})\s*,?\s+)?{WHO}(?:\s+(?P<when>{_SPAN}))?(?:\s+(?P<tense>sẽ|đã|sắp))?"
            rf"(?:\s+(?P<turn>tròn|lên)|\s+được)?\s+{_N_VI}(?P<years>\s+tuổi)?(?:\s+(?P<when2>{_SPAN}))?"
            r"(?P<done>\s+rồi)?\s*(?P<end>[.!]*)")
_ASKED = lazy(rf"(?:(?P<when0>{_SPAN})\s*,?\s+)?{WHO}(?:\s+(?P<when>{_SPAN}))?(?:\s+(?P<tense>sẽ))?"
              rf"\s+(?:bao\s+nhiêu|mấy)\s+tuổi(?:\s+(?:vào\s+)?(?P<when2>{_SPAN}))?(?P<done>\s+rồi)?"
              rf"{SOFTENER}\s*\?+")
# the same age as someone, or each other ("Tôi bằng tuổi anh ấy.", "Chúng tôi bằng tuổi nhau.")
_SAME = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:bằng|cùng)\s+tuổi(?:\s+(?:với\s+)?(?:(?P<each>nhau)|{WHOM}))?"
             rf"(?:\s+(?P<asked>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
# ... and the clauses that open a sentence ("Hồi tôi mười tuổi, …", "Ở tuổi của tôi, …")
_WHEN_AGED = lazy(rf"[Hh]ồi\s+{WHO}\s+{_N_VI}\s+tuổi\s*,")
_AT_AGE = lazy(rf"[Ởở]\s+(?:độ\s+)?tuổi\s+(?:của\s+)?(?:(?P<whose>(?i:{alternatives(OWNERS)}))|"
               r"(?P<this>này|đó|ấy))\s*,")

# ... in English ("My grandmother is eighty this year.", "I'll be thirty next year.", "She turned eighteen last week.")
_VERB_EN = (r"(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?P<turning>\s+turning)?|(?P<was>\s+was|\s+were)|"
            r"(?P<will>\s+will|['’]ll)\s+(?P<wverb>be|turn)|\s+(?P<turns>turns?|turned)")
_AGE_EN = lazy(rf"{WHO_EN}(?:{_VERB_EN})\s+(?:(?P<almost>almost|nearly)\s+)?{_N_EN}(?P<old>\s+years?\s+old)?"
               rf"(?:\s+(?P<when>{_SPAN_EN}))?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"How\s+old\s+(?:(?P<will>will)|(?P<be>is|am|are|was|were))\s+{WHO_EN}(?P<wbe>\s+be)?\s+"
                 rf"(?P<when>{_SPAN_EN})\s*\?+")
_SAME_EN = lazy(rf"(?:(?P<ask>Is|Am|Are)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)?\s+"
                rf"(?P<both>both\s+)?the\s+same\s+age(?:\s+as\s+(?P<whom>(?i:{alternatives(EN_OBJECT_VI)})|"
                rf"{SOMEONE_EN}))?\s*(?P<end>[.!?]*)")
_WHEN_AGED_EN = lazy(rf"When\s+{WHO_EN}\s+(?P<be>is|am|are|was|were)\s+{_N_EN}(?:\s+years?\s+old)?\s*,")
_AT_AGE_EN = lazy(rf"At\s+(?:(?P<whose>{alternatives(WHOSE_VI)})|(?P<this>this|that))\s+age\s*,")
_THIS = {"này": "this", "đó": "that", "ấy": "that"}
_THIS_VI = {"this": "này", "that": "đó"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks someone's age with a when, says two are the same age, or of
    the clauses "Hồi tôi mười tuổi," and "Ở tuổi tôi,"; None for any other."""
    if src == "vi":
        return _age(text) or _asked(text) or _same(text) or _clause(text)
    return _age_vi(text) or _asked_vi(text) or _same_vi(text) or _clause_vi(text)


def _n_en(said: str) -> str | None:
    """An age of _N_VI in English, in words where it was in words ("tám mươi" "eighty", "80" "80"); None past 120."""
    n = _AGES_VI.get(keyed(said)) or int(said)
    return None if not 0 < n <= 120 else str(n) if said.isdigit() else en_word(n)


def _n_vi(said: str) -> str | None:
    """An age of _N_EN in Vietnamese, in words where it was ("eighty" "tám mươi", "80" "80"); None past 120."""
    n = _AGES_EN.get(keyed(said)) or int(said)
    return None if not 0 < n <= 120 else str(n) if said.isdigit() else vi_word(n)


def _span(m: re.Match) -> str | None:
    """The one when of a match of _AGE or _ASKED in English ("next month"); "" for none, None for two."""
    said = [s for s in (m["when0"], m["when"], m["when2"]) if s]
    return None if len(said) > 1 else SPANS[keyed(said[0])] if said else ""


def _age(text: str) -> str | None:
    """"Năm nay bà tôi tám mươi tuổi." as "My grandmother is eighty this year.", "Tháng sau con tôi tròn ba tuổi." as
    "My child turns three next month.", "Năm ngoái ông tôi chín mươi tuổi." as "My grandfather was ninety last
    year.", "Bố tôi sắp sáu mươi tuổi." as "My father is almost sixty." (_AGE); None for anything else, a tense
    that the when gainsays ("Năm sau tôi đã …"), and an age without "tuổi" nor "tròn", "lên"."""
    m = _AGE.fullmatch(text)
    span = m and _span(m)
    if not m or span is None or not (m["years"] or m["turn"]) or (said := who(m, False)) is None:
        return None
    who_, one = said
    n, tense, past = _n_en(m["n"]), m["tense"] or "", span in LAST.values()
    if n and who_ in ("we", "they") and not m["turn"]:
        n += " years old"  # ("We're thirty" may count us)
    ahead = span not in ("", "this year") and not past
    if n is None or (tense == "sắp") == bool(span) or m["done"] and (tense == "sẽ" or ahead):
        return None
    if tense == "sắp":
        said = f"about to turn {n}." if m["turn"] else f"almost {n}."
        return capitalised(contracted(who_, f"{be(who_)} {said}"))
    if past:
        verb = "turned" if m["turn"] else "was" if one or who_ == "I" else "were"
        return None if tense == "sẽ" else capitalised(f"{who_} {verb} {n} {span}.")
    if tense == "đã" and span != "this year":
        return None
    if tense == "sẽ" or span != "this year" and not m["turn"]:
        return capitalised(contracted(who_, f"will {'turn' if m['turn'] else 'be'} {n} {span}."))
    verb = ("turns" if one else "turn") if m["turn"] else be(who_)
    return capitalised(contracted(who_, f"{verb} {n} {span}.") if not m["turn"] else f"{who_} {verb} {n} {span}.")


def _asked(text: str) -> str | None:
    """"Năm sau bạn sẽ bao nhiêu tuổi?" as "How old will you be next year?", "Năm nay bà bạn bao nhiêu tuổi?" as
    "How old is your grandmother this year?" (_ASKED); None for anything else, no when, and the speaker."""
    m = _ASKED.fullmatch(text)
    span = m and _span(m)
    if not span or (said := who(m, True)) is None or said[0] == "I":
        return None
    who_, one = said
    past = span in LAST.values()
    if m["done"] and span != "this year" or m["tense"] and past:
        return None
    if m["tense"] or span != "this year" and not past:
        return f"How old will {who_} be {span}?"
    return f"How old {'was' if past and (one or who_ == 'I') else 'were' if past else be(who_)} {who_} {span}?"


def _same(text: str) -> str | None:
    """"Tôi bằng tuổi anh ấy." as "I'm the same age as him.", "Chúng tôi bằng tuổi nhau." as "We're the same age.",
    "Bạn có bằng tuổi chồng bạn không?" as "Are you the same age as your husband?" (_SAME); None for anything else,
    one alone the same age, and someone the same age as themselves."""
    m = _SAME.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if whom is None or whom in (who_, EN_OBJECT.get(who_)) or not whom and who_ not in ("we", "they"):
        return None  # (not "I'm the same age as me.")
    as_ = f" as {whom}" if whom else ""
    if asked:
        return f"{be(who_).capitalize()} {who_} the same age{as_}?"
    return capitalised(contracted(who_, f"{be(who_)} the same age{as_}."))


def _clause(text: str) -> str | None:
    """"Hồi tôi mười tuổi," as "When I was ten,", "Ở tuổi của tôi," as "At my age," (_WHEN_AGED, _AT_AGE); None for
    anything else ("Khi tôi mười tuổi," may say what is ahead)."""
    if m := _AT_AGE.fullmatch(text):
        return f"At {OWNERS[keyed(m['whose'])] if m['whose'] else _THIS[m['this']]} age,"
    m = _WHEN_AGED.fullmatch(text)
    said = m and who(m, False)
    n = said and _n_en(m["n"])
    if not n:
        return None
    return f"When {said[0]} {'was' if said[1] or said[0] == 'I' else 'were'} {n},"


def _be_agrees(said: str, who_vi_: str, one: bool) -> bool:
    """Whether "is", "'m", "were" … (`said`) agrees with who (`who_vi_`, `one` as mt.hobbies.who_vi gives them)."""
    said = {"'s": "is", "'m": "am", "'re": "are"}.get(said.strip().lower().replace("’", "'"), said.strip().lower())
    return said in (be_of(who_vi_, one), be_of(who_vi_, one, past=True))


def _age_vi(text: str) -> str | None:
    """"My grandmother is eighty this year." as "Năm nay bà tôi tám mươi tuổi.", "I'll be thirty next year." as "Năm
    sau tôi sẽ tròn ba mươi tuổi.", "She turned eighteen last week." as "Tuần trước cô ấy tròn mười tám tuổi.", "He's
    almost sixty." as "Anh ấy sắp sáu mươi tuổi." (_AGE_EN); None for anything else, a verb that does not agree
    with who, and a tense that the when gainsays ("She was eighty next year.")."""
    m = _AGE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    n, span = _n_vi(m["n"]), m["when"] and m["when"].lower()
    said, turns = m["be"] or m["was"] or "", (m["turns"] or "").lower()
    if n is None or said and not _be_agrees(said, who_, one) or turns in ("turn", "turns") and (turns != "turn") != one:
        return None
    if who_ in ("chúng tôi", "họ") and not (m["old"] or m["turns"] or m["turning"] or m["wverb"] == "turn"):
        return None  # ("We'll be five next week": five of us)
    if m["almost"]:
        return capitalised(f"{who_} sắp {n} tuổi.") if m["be"] and not (m["turning"] or span) else None
    ahead, past = span and span.startswith("next"), span in LAST.values()
    if not span or bool(m["was"] or turns == "turned") != past or m["be"] and not m["turning"] and span != "this year":
        return None
    will = "sẽ " if m["will"] or m["turning"] and ahead else ""
    turn = "tròn " if m["will"] or m["turning"] or turns else ""
    return capitalised(f"{SPANS_VI[span]} {who_} {will}{turn}{n} tuổi.")


def _asked_vi(text: str) -> str | None:
    """"How old will you be next year?" as "Năm sau bạn sẽ bao nhiêu tuổi?", "How old is your grandmother this
    year?" as "Năm nay bà bạn bao nhiêu tuổi?" (_ASKED_EN); None for anything else, and "is", "are" … that does not
    agree with who or the when."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    span = m["when"].lower()
    past = span in LAST.values()
    if m["will"] and (past or not m["wbe"]) or m["be"] and (m["wbe"] or not _be_agrees(m["be"], who_, one) or
                                                            (m["be"] in ("was", "were")) != past or
                                                            not past and span != "this year"):
        return None
    return capitalised(f"{SPANS_VI[span]} {who_} {'sẽ ' if m['will'] else ''}bao nhiêu tuổi?")


def _same_vi(text: str) -> str | None:
    """"I'm the same age as him." as "Tôi bằng tuổi anh ấy.", "We're the same age." as "Chúng tôi bằng tuổi nhau.",
    "Are you the same age as your husband?" as "Bạn có bằng tuổi chồng bạn không?" (_SAME_EN); None for anything
    else, and "is", "are" … that does not agree with who."""
    m = _SAME_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["ask"]) != asked or bool(m["be"]) == asked:
        return None
    who_, one = who_vi(m)
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    many = who_ in ("chúng tôi", "họ")
    if not _be_agrees(m["ask"] or m["be"], who_, one) or whom is None or whom == who_ or not (whom or many) or \
            m["both"] and (whom or not many):
        return None
    other = f" {whom}" if whom else " nhau"
    return capitalised(f"{who_} có bằng tuổi{other} không?" if asked else f"{who_} bằng tuổi{other}.")


def _clause_vi(text: str) -> str | None:
    """"When I was ten," as "Khi tôi mười tuổi,", "At my age," as "Ở tuổi tôi," (_WHEN_AGED_EN, _AT_AGE_EN); None for
    anything else, and "is", "was" … that does not agree with who."""
    if m := _AT_AGE_EN.fullmatch(text):
        return f"Ở tuổi {WHOSE_VI[m['whose'].lower()] if m['whose'] else _THIS_VI[m['this'].lower()]},"
    m = _WHEN_AGED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    n = _n_vi(m["n"])
    return f"Khi {who_} {n} tuổi," if n and _be_agrees(m["be"], who_, one) else None
