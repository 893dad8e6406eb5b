"""Libraries and borrowed books, both ways, written whole by rule: borrowing a book from the library, taking books back
to it, a book overdue, renewing it, a library card, how many books one may borrow, and going to the library. v8
(rules on) reads "trả" as pay, "quá hạn" and "gia hạn" as limits, "overdue" as overwritten: "Tôi phải trả sách cho
thư viện." → "I must pay the library.", "Tôi đã trả sách cho thư viện rồi." → "I've paid the library.", "Cuốn sách
này quá hạn rồi." → "This book is too limited.", "Tôi có thể gia hạn cuốn sách này không?" → "Can I limit this
book?", "Tôi cần làm thẻ thư viện." → "I need to do my library card.", "Tôi được mượn bao nhiêu cuốn sách?" → "How
many books are I borrowed?", "Bạn có hay đi thư viện không?" → "Do you or go to the library?"; "This book is
overdue." → "Quyển sách này đã vượt quá.", "These books are overdue." → "Những cuốn sách này được ghi đè.", "Can I
renew this book?" → "Tôi có thể đổi mới cuốn sách này không?", "I have to take the books back to the library." →
"Tôi phải lấy sách trở lại thư viện.", "How many books can I borrow?" → "Tôi có thể mượn bao nhiêu sách không?",
"She goes to the library every weekend." → "Cô ấy đến thư viện mỗi tuần.", "I'm going to the library tomorrow." →
"Tôi sẽ thư viện ngày mai.".

Taken: books of _BOOKS ("cuốn sách này", this book; "những cuốn sách này", these books; "ba cuốn sách", three
books; "cuốn sách", the book; "sách", the books; "nó", it) borrowed from the library (done, will be, would like to
be), taken back to it (have to, need to, forgot to, done, already, just, not yet, asked, will; a day by
mt.free_time.when), overdue or not (said, asked), renewed (can, would like to, need to); in Vietnamese, a library card
needed, wanted, had or not (yet), asked, or lost; how many books who may borrow (at a time), asked or said; who going
to the library every day, week, weekend or weekday, often or sometimes (asked), on a day behind (went, did) or ahead
(is going), by who of mt.hobbies.WHO, WHO_EN. Left: the library card in English (v8 says it right: "I need a library
card." → "Tôi cần một thẻ thư viện."), when the library is open or closed (mt/opening_hours.py), borrowing and
lending between people (mt/loans.py), reading books (mt/books_films.py), returns to shops (mt/returns.py), "sách"
alone borrowed (a book or books), a tense not told ("Tôi đi thư viện."), "anh", "chị", "em" alone saying it, fines,
and English whose verb does not agree with who.
mt.phrasebook.translate tries these after mt/visas.py.

    >>> translate("Tôi phải trả sách cho thư viện.", "vi", "en"), translate("This book is overdue.", "en", "vi")
    ('I have to take the books back to the library.', 'Cuốn sách này quá hạn rồi.')
"""
from __future__ import annotations

import re

from . import dates, tense
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, be_of, his_her_of, often_said, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed,
                   present, progressive)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thư\s+viện|quá\s+hạn|gia\s+hạn|mượn\s+(?:bao|mấy|tối|\d|một|hai|ba|bốn|năm|sáu))"),
         "en": lazy(r"(?i:librar|overdue|renew|books?\s+can|can\s+borrow)")}
_NUMBER, _NUMBER_EN = rf"(?:\d+|{alternatives(VI_TO_EN)})", rf"(?:\d+|{alternatives(EN_TO_VI)})"
# the books: these, this, a number of, the one, the ones ("sách" alone, after a verb), it
_BOOK = r"(?:cuốn|quyển)\s+sách"
_BOOKS = (rf"(?i:(?P<these>(?:những|mấy|các)\s+{_BOOK}\s+này)|(?P<this>{_BOOK}\s+này)|(?P<n>{_NUMBER})\s+{_BOOK}|"
          rf"(?P<the>{_BOOK})|(?P<all>sách)|(?P<it>nó))")
_BOOKS_EN = rf"(?:(?P<det>(?i:these|this|the|a|{_NUMBER_EN}))\s+(?P<book>books?)|(?P<it>(?i:it)))"
# ... in Vietnamese, by the word before and whether "books" ("the books": "sách")
_BOOKS_VI = {("this", False): "cuốn sách này", ("these", True): "những cuốn sách này", ("the", False): "cuốn sách",
             ("the", True): "sách", ("a", False): "một cuốn sách", ("one", False): "một cuốn sách",
             ("1", False): "một cuốn sách"}
_SELDOM = {"thường xuyên": "often", "thường": "often", "hay": "often", "thỉnh thoảng": "sometimes"}
_SELDOM_VI = {"often": "thường", "usually": "thường", "sometimes": "thỉnh thoảng", "": ""}
_WEEKDAY = r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"

_BORROW = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ)\s+|(?P<want>muốn)\s+)?mượn\s+{_BOOKS}\s+"
               rf"(?:ở|từ|của|tại)\s+thư\s+viện{DAY_AFTER}{SOFTENED_END}")
# taken back: "trả (lại) sách cho thư viện", "mang sách (đi) trả (lại) thư viện"
_RETURN = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ|chưa|vừa|mới)\s+)?(?:(?P<must>phải|cần|quên)\s+)?"
               rf"(?:(?P<carry>mang|đem)|trả(?:\s+lại)?)\s+{_BOOKS}\s+(?P<back>(?:đi\s+)?trả(?:\s+lại)?\s+|lại\s+)?"
               rf"(?:cho\s+)?thư\s+viện{DAY_AFTER}(?:\s+(?P<yet>chưa|rồi))?{SOFTENED_END}")
_OVERDUE = lazy(rf"{_BOOKS}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>chưa|không)\s+)?(?:(?:đã|bị)\s+)?quá\s+hạn"
                rf"(?:\s+rồi)?{ASKED_END}")
_RENEW = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+|(?P<want>muốn)\s+|(?P<need>cần)\s+)?gia\s+hạn\s+{_BOOKS}"
              rf"(?P<online>\s+(?:trực\s+tuyến|trên\s+mạng|online))?(?P<forme>\s+cho\s+tôi)?(?:\s+(?P<can2>được))?"
              rf"{ASKED_END}")
_CARD = r"(?:một\s+)?(?:cái\s+)?thẻ\s+thư\s+viện"
_CARD_WANTED = lazy(rf"{WHO}\s+(?P<verb>cần|muốn)\s+(?:(?P<make>làm|có)\s+)?{_CARD}{SOFTENED_END}")
_CARD_HAD = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<did>đã)\s+)?có\s+{_CARD}(?:\s+(?P<asked>không|chưa))?"
                 rf"{SOFTENED_END}")
_CARD_LOST = lazy(rf"{WHO}\s+(?:đã\s+)?(?:làm|bị|đánh)\s+mất\s+thẻ\s+thư\s+viện(?:\s+(?:của\s+)?"
                  rf"(?P<owner>(?i:{alternatives(OWNERS)})))?(?:\s+rồi)?{SOFTENED_END}")
_HOW_MANY = lazy(rf"(?:(?P<each0>[Mm]ỗi\s+lần)\s*,?\s+)?{WHO}\s+(?:được|có\s+thể)\s+mượn\s+(?:(?P<most>tối\s+đa)\s+)?"
                 rf"(?:(?P<many>bao\s+nhiêu|mấy)|(?P<n>{_NUMBER}))\s+(?:cuốn|quyển)(?:\s+sách)?"
                 rf"(?:\s+(?P<each>một\s+lần|mỗi\s+lần))?{SOFTENED_END}")
_GOING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(_SELDOM)})\s+)?"
              rf"(?:(?P<tense>đã|sẽ)\s+)?(?:đi|đến|tới)\s+(?:đến\s+|tới\s+)?thư\s+viện(?:\s+(?P<every>"
              rf"(?i:{alternatives(EVERY)})|(?i:mỗi)\s+{_WEEKDAY}))?{DAY_AFTER}{ASKED_END}")

_BORROW_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ll|\s+will|['’]d\s+like\s+to|\s+would\s+like\s+to|\s+wants?\s+to)?\s+"
                  rf"(?P<verb>borrowed|borrow)\s+{_BOOKS_EN}\s+from\s+the\s+library{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_RETURN_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)\s+to|\s+needs?\s+to|\s+must|"
                  rf"\s+forgot\s+to|['’]ll|\s+will|(?:['’]ve|['’]s|\s+have|\s+has)\s+(?:already|just)|"
                  rf"\s+(?:haven|hasn)['’]t|\s+(?:have|has)\s+not)?\s+(?P<verb>take|took|taken|return|returned)\s+"
                  rf"{_BOOKS_EN}(?P<back>\s+back)?\s+to\s+the\s+library(?P<yet>\s+yet)?{DAY_AFTER_EN}"
                  r"\s*(?P<end>[.!?]*)")
_OVERDUE_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_BOOKS_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)?(?P<not>\s+not|n['’]t)?"
                   r"\s+overdue\s*(?P<end>[.!?]*)")
_RENEW_ASKED_EN = lazy(rf"(?:Can|Could|May)\s+{WHO_EN}\s+(?:please\s+)?renew\s+{_BOOKS_EN}(?P<online>\s+online)?"
                       r"(?P<forme>\s+for\s+me)?(?:,?\s+please)?\s*\?+")
_RENEW_EN = lazy(rf"{WHO_EN}(?P<aux>['’]d\s+like\s+to|\s+would\s+like\s+to|\s+wants?\s+to|\s+needs?\s+to)\s+renew\s+"
                 rf"{_BOOKS_EN}(?P<online>\s+online)?\s*(?P<end>[.!]*)")
_HOW_MANY_EN = [lazy(rf"How\s+many\s+books\s+can\s+{WHO_EN}\s+(?:borrow|take\s+out)(?P<each>\s+at\s+(?:a\s+time|once))?"
                     r"\s*\?+"),
                lazy(rf"{WHO_EN}\s+can\s+(?:borrow|take\s+out)\s+(?P<most>up\s+to\s+)?(?P<n>{_NUMBER_EN})\s+"
                     r"(?P<book>books?)(?P<each>\s+at\s+(?:a\s+time|once))?\s*(?P<end>[.!]*)")]
_GOING_EN = lazy(rf"(?:(?P<do>Do|Does|Did|Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+will|['’]ll|\s+is|\s+am|\s+are|"
                 r"['’](?:s|m|re))?"
                 r"(?:\s+(?P<seldom>often|usually|sometimes))?\s+(?P<verb>go|goes|went|going)\s+to\s+the\s+library"
                 r"(?:\s+(?P<every>every\s+[A-Za-z]+))?" + DAY_AFTER_EN + r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about borrowing books from a library, taking them back, one overdue or renewed, a
    library card, how many books one may borrow, or going to the library; None for any other."""
    rules = (_borrowed, _returned, _overdue, _renewed, _card, _how_many, _going) if src == "vi" else \
        (_borrowed_vi, _returned_vi, _overdue_vi, _renewed_vi, _how_many_vi, _going_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _books(m: re.Match) -> tuple[str, bool]:
    """The books of a match of _BOOKS in English, and whether they are many: ("this book", False), ("these books",
    True), ("three books", True), ("a book", False), ("the book", False), ("the books", True; "sách"), ("it", False)."""
    said = next((en for group, en in (("these", "these books"), ("this", "this book"), ("the", "the book"),
                                      ("all", "the books"), ("it", "it")) if m[group]), None)
    n = keyed(m["n"] or "")
    said = said or ("a book" if n in ("một", "1") else f"{VI_TO_EN.get(n, n)} books")
    return said, said.endswith("books")


def _books_vi(m: re.Match) -> tuple[str, bool] | None:
    """The books of a match of _BOOKS_EN in Vietnamese, and whether they are many: "this book" ("cuốn sách này"),
    "these books" ("những cuốn sách này"), "the books" ("sách"), "three books" ("ba cuốn sách"), "it" ("nó"); None
    where the word before does not go with "book" or "books" ("these book", "a books")."""
    if m["it"]:
        return "nó", False
    det, many = m["det"].lower(), m["book"] == "books"
    said = _BOOKS_VI.get((det, many)) or many and det not in ("this", "a", "one", "1") and \
        f"{EN_TO_VI.get(det, det)} cuốn sách"
    return (said, many) if said else None


def _day(m: re.Match, src: str = "vi") -> tuple[str, bool, bool] | None:
    """The day of a match (said first or after) in the other language, with a space before it, and whether it is
    behind or ahead of today; ("", False, False) for none, None for one not read or said twice."""
    found = m.groupdict()
    day = None if found.get("day0") and m["day"] else when(found.get("day0") or m["day"], src)
    if day is None:
        return None
    en = day if src == "vi" else m["day"] or ""
    return f" {day}" * bool(day), bool(tense.BEHIND.match(en)), bool(dates.AHEAD.match(en))


def _likes(who_: str) -> str:
    """Who would like, contracted after a pronoun: "I'd like", "my mother would like"."""
    return f"{who_}'d like" if who_ in EN_WHOSE else f"{who_} would like"


def _has(who_: str, one: bool, said: str) -> str:
    """Who "has" or "have" done it, contracted after a pronoun: "I've already taken", "she's just taken"."""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {said}"))


def _borrowed(text: str) -> str | None:
    """"Tôi mượn cuốn sách này ở thư viện." as "I borrowed this book from the library.", "Ngày mai tôi sẽ mượn …" as
    "I'll borrow … tomorrow." (_BORROW); None for anything else, "sách" alone (a book or books), and a day ahead
    without "sẽ"."""
    m = _BORROW.fullmatch(text)
    if not m or m["all"] or m["the"] or "?" in m["end"] or not (said := who(m, False)) or not (day := _day(m)):
        return None
    (who_, _), books, (on, behind, ahead) = said, _books(m)[0], day
    if m["want"]:
        return None if on else capitalised(f"{_likes(who_)} to borrow {books} from the library.")
    if m["tense"] == "sẽ":
        return None if behind else capitalised(contracted(who_, f"will borrow {books} from the library{on}."))
    return None if ahead else capitalised(f"{who_} borrowed {books} from the library{on}.")


def _returned(text: str) -> str | None:
    """"Tôi phải trả sách cho thư viện." as "I have to take the books back to the library.", "Bạn đã trả sách cho
    thư viện chưa?" as "Have you taken the books back to the library yet?", "Tôi đã trả sách cho thư viện rồi." as
    "I've already taken …" (_RETURN); None for anything else, and for no tense, modal nor day ("trả sách": habit?)."""
    m = _RETURN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["carry"]) != bool(m["back"] and "trả" in m["back"]) or asked != (m["yet"] == "chưa") \
            or not (said := who(m, asked)) or not (day := _day(m)):
        return None
    (who_, one), (on, behind, ahead) = said, day
    done, must, back = keyed(m["tense"] or ""), keyed(m["must"] or ""), f"{_books(m)[0]} back to the library"
    if asked or m["yet"] or done in ("chưa", "vừa", "mới"):
        if on or must or asked and done not in ("", "đã") or m["yet"] and done in ("chưa", "vừa", "mới"):
            return None
        if asked or done == "chưa":
            return f"{'Has' if one else 'Have'} {who_} taken {back} yet?" if asked else \
                capitalised(f"{who_} {'has' if one else 'have'}n't taken {back} yet.")
        return _has(who_, one, f"{'just' if done in ('vừa', 'mới') else 'already'} taken {back}.")
    if must:
        if behind or done and not (done == "đã" and must == "quên") or must == "quên" and ahead:
            return None
        verb = {"phải": "has to" if one else "have to", "cần": "needs to" if one else "need to"}.get(must, "forgot to")
        return capitalised(f"{who_} {verb} take {back}{on}.")
    if done == "sẽ" or not done and ahead:
        return None if behind else capitalised(contracted(who_, f"will take {back}{on}."))
    return capitalised(f"{who_} took {back}{on}.") if (done or behind) and not ahead else None


def _overdue(text: str) -> str | None:
    """"Cuốn sách này quá hạn rồi." as "This book is overdue.", "Những cuốn sách này có quá hạn không?" as "Are these
    books overdue?", "Cuốn sách này chưa quá hạn." as "This book isn't overdue." (_OVERDUE); None for anything else,
    and for books of a number or "sách" alone."""
    m = _OVERDUE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or m["n"] or m["all"] or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["not"]:
        return None
    books, many = _books(m)
    be_ = "are" if many else "is"
    if asked:
        return f"{be_.capitalize()} {books} overdue?"
    return capitalised(f"{books} {be_}n't overdue." if m["not"] else contracted(books, f"{be_} overdue."))


def _renewed(text: str) -> str | None:
    """"Tôi có thể gia hạn cuốn sách này không?" as "Can I renew this book?", "Tôi muốn gia hạn sách." as "I'd like
    to renew the books.", "Cô ấy cần gia hạn …" as "She needs to renew …" (_RENEW); None for anything else."""
    m = _RENEW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    (who_, one), can = said, bool(m["can"]) + bool(m["can2"])
    rest = f"{_books(m)[0]}{' online' * bool(m['online'])}{' for me' * bool(m['forme'])}"
    if m["forme"] and (who_ in ("I", "we") or not asked) or asked != bool(can) or asked and (m["want"] or m["need"]):
        return None
    if asked:
        return f"Can {who_} renew {rest}?"
    wants = _likes(who_) if m["want"] else f"{who_} {'needs' if one else 'need'}"
    return capitalised(f"{wants} to renew {rest}.") if m["want"] or m["need"] else None


def _card(text: str) -> str | None:
    """"Tôi cần làm thẻ thư viện." as "I need to get a library card.", "Bạn có thẻ thư viện không?" as "Do you have a
    library card?", "Tôi chưa có thẻ thư viện." as "I don't have a library card yet.", "Tôi làm mất thẻ thư viện
    rồi." as "I've lost my library card." (_CARD_WANTED, _CARD_HAD, _CARD_LOST); None for anything else, and for a
    card lost by someone by name alone (his or hers)."""
    asked = "?" in text
    if (m := _CARD_WANTED.fullmatch(text)) and not asked and (said := who(m, False)):
        (who_, one), get = said, "to get " * (m["make"] == "làm")
        wants = _likes(who_) if m["verb"] == "muốn" else f"{who_} {'needs' if one else 'need'}"
        return capitalised(f"{wants} {get}a library card.")
    if (m := _CARD_HAD.fullmatch(text)) and bool(m["asked"]) == asked and (said := who(m, asked)):
        (who_, one), yet = said, " yet" if "chưa" in (m["not"], m["asked"]) else ""
        if asked:
            return None if m["not"] or m["did"] and not yet else \
                f"{'Does' if one else 'Do'} {who_} have a library card{yet}?"
        if m["not"]:
            return capitalised(f"{who_} {'doesn' if one else 'don'}'t have a library card{yet}.")
        return None if m["did"] else capitalised(f"{who_} {'has' if one else 'have'} a library card.")
    if (m := _CARD_LOST.fullmatch(text)) and not asked and (said := who(m, False)):
        who_, one = said
        whose = his_her_of(m) if m["kin"] or m["title"] else None if m["given"] else EN_WHOSE[who_]
        if whose is None or m["owner"] and OWNERS[keyed(m["owner"])] != whose:
            return None
        return _has(who_, one, f"lost {whose} library card.")
    return None


def _how_many(text: str) -> str | None:
    """"Tôi được mượn bao nhiêu cuốn sách?" as "How many books can I borrow?", "Mỗi lần bạn được mượn năm cuốn
    sách." as "You can borrow five books at a time." (_HOW_MANY); None for anything else."""
    m = _HOW_MANY.fullmatch(text)
    asked = bool(m and m["many"])
    if not m or asked != ("?" in m["end"]) or m["each0"] and m["each"] or not (said := who(m, asked)):
        return None
    each = " at a time" if m["each0"] or m["each"] else ""
    if asked:
        return None if m["most"] else f"How many books can {said[0]} borrow{each}?"
    n = keyed(m["n"])
    books = "one book" if n in ("một", "1") else f"{VI_TO_EN.get(n, n)} books"
    return capitalised(f"{said[0]} can borrow {'up to ' * bool(m['most'])}{books}{each}.")


def _going(text: str) -> str | None:
    """"Cô ấy đi thư viện mỗi cuối tuần." as "She goes to the library every weekend.", "Bạn có hay đi thư viện
    không?" as "Do you often go to the library?", "Hôm qua tôi đi thư viện." as "I went to the library yesterday.",
    "Ngày mai tôi sẽ đi thư viện." as "I'm going to the library tomorrow." (_GOING); None for anything else, and for
    no day, "how often" nor tense ("Tôi đi thư viện.")."""
    m = _GOING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (said := who(m, asked)) \
            or not (day := _day(m)):
        return None
    (who_, one), (on, behind, ahead), done = said, day, keyed(m["tense"] or "")
    if m["every"] or m["seldom"]:
        if done or on or asked and m["seldom"] and keyed(m["seldom"]) not in ("hay", "thường"):
            return None
        often = "" if not m["seldom"] else "often " if asked else f"{often_said(m['seldom'], bool(m['every']))} "
        every = m["every"] and (EVERY.get(keyed(m["every"])) or when(m["every"].split(None, 1)[1], "vi"))
        every = f" every {every.removeprefix('every ').removeprefix('on ')}" if every else ""
        return present(who_, one, "go", f"to the library{every}", asked, adverb=often)
    if done == "sẽ" or ahead and not done:
        if behind or not on and asked:
            return None
        if not on:  # ("Tôi sẽ đi thư viện.": "I'm going to the library." would be now)
            return capitalised(contracted(who_, "will go to the library."))
        return progressive(who_, be(who_), f"going to the library{on}", asked)
    if (done == "đã" or behind) and not ahead:
        return f"Did {who_} go to the library{on}?" if asked else capitalised(f"{who_} went to the library{on}.")
    return None


def _aux(said: str | None) -> str:
    """An auxiliary as said, small, one space apart, "’" as "'": " 'VE  already" → "'ve already"."""
    return " ".join((said or "").lower().replace("’", "'").split())


def _agrees(aux: str, one: bool) -> bool:
    """Whether the first word of `aux` agrees with who (`one`: he, she, my mother): "has", "'s", "needs", "wants",
    "hasn't" with one, "have", "'ve", "need", "want", "haven't" with others; True for a word that says neither."""
    first = aux.split(" ")[0] if aux else ""
    if first in ("has", "'s", "needs", "wants", "hasn't", "doesn't", "does", "goes"):
        return one
    return not one if first in ("have", "'ve", "need", "want", "haven't", "don't", "do", "go") else True


def _borrowed_vi(text: str) -> str | None:
    """"I borrowed this book from the library." as "Tôi đã mượn cuốn sách này ở thư viện.", "I'll borrow …
    tomorrow." as "Ngày mai tôi sẽ mượn …" (_BORROW_EN); None for anything else, and where the verb's form or
    "wants" does not go with who or the day."""
    m = _BORROW_EN.fullmatch(text)
    if not m or not (books := _books_vi(m)) or not (day := _day(m, "en")):
        return None
    (who_, one), aux, (on, behind, ahead) = who_vi(m), _aux(m["aux"]), day
    if not _agrees(aux, one) or (m["verb"] == "borrowed") != (not aux):
        return None
    said = "sẽ " if aux in ("'ll", "will") else "muốn " if aux else "đã "
    if on and said == "muốn " or behind and said == "sẽ " or ahead and said == "đã ":
        return None
    return placed(f"{who_} {said}mượn {books[0]} ở thư viện", on.strip(), m["end"] or ".")


# the Vietnamese of an auxiliary before taking books back, and the form of the verb after it (base, past, done)
_BACK_VI = {"have to": ("phải", "base"), "has to": ("phải", "base"), "must": ("phải", "base"),
            "need to": ("cần", "base"), "needs to": ("cần", "base"), "forgot to": ("quên", "base"),
            "'ll": ("sẽ", "base"), "will": ("sẽ", "base"), "": ("đã", "past"), "just": ("vừa", "done"),
            "already": ("đã", "done"), "not": ("chưa", "done"), "asked": ("đã", "done")}
_FORMS = {"take": ("base",), "return": ("base",), "took": ("past",), "taken": ("done",), "returned": ("past", "done")}


def _returned_vi(text: str) -> str | None:
    """"I have to take the books back to the library." as "Tôi phải trả sách cho thư viện.", "Have you returned the
    books to the library yet?" as "Bạn đã trả sách cho thư viện chưa?", "I've already taken it back to the library."
    as "Tôi đã trả nó cho thư viện rồi." (_RETURN_EN); None for anything else, "back" with "return" or not with
    "take", and where the verb's form or "has" does not go with who."""
    m = _RETURN_EN.fullmatch(text)
    if not m or bool(m["back"]) != m["verb"].startswith("t") or not (books := _books_vi(m)):
        return None
    (who_, one), aux, asked = who_vi(m), _aux(m["aux"]), "?" in m["end"]
    key = "asked" if asked else "not" if aux.endswith(("n't", "not")) else aux.split(" ")[-1] if aux.endswith(
        ("already", "just")) else aux
    word, form = _BACK_VI[key]
    if bool(m["have0"]) != asked or asked and (aux or (m["have0"] == "Has") != one) or form not in _FORMS[m["verb"]]:
        return None
    if not _agrees(aux, one) or m["yet"] and key not in ("not", "asked") or not (day := _day(m, "en")):
        return None
    on, behind, ahead = day
    if on and form == "done" or behind and word in ("phải", "cần", "sẽ") or ahead and word in ("đã", "quên"):
        return None
    if asked:
        return capitalised(f"{who_} đã trả {books[0]} cho thư viện chưa?")
    return placed(f"{who_} {word} trả {books[0]} cho thư viện{' rồi' * (key == 'already')}", on.strip(),
                  m["end"] or ".")


def _overdue_vi(text: str) -> str | None:
    """"This book is overdue." as "Cuốn sách này quá hạn rồi.", "Are these books overdue?" as "Những cuốn sách này
    có bị quá hạn không?", "It isn't overdue." as "Nó chưa quá hạn." (_OVERDUE_EN); None for anything else, and where
    "is" or "are" does not go with the books."""
    m = _OVERDUE_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"]:
        return None
    if not (books := _books_vi(m)) or (be_said(m["be0"] or m["be"]) == "are") != books[1]:
        return None
    said = "có bị quá hạn không?" if m["be0"] else "chưa quá hạn." if m["not"] else "quá hạn rồi."
    return capitalised(f"{books[0]} {said}")


def _renewed_vi(text: str) -> str | None:
    """"Can I renew this book?" as "Tôi có thể gia hạn cuốn sách này không?", "I'd like to renew these books online."
    as "Tôi muốn gia hạn những cuốn sách này trực tuyến." (_RENEW_ASKED_EN, _RENEW_EN); None for anything else, and
    where "wants", "needs" does not go with who."""
    asked = _RENEW_ASKED_EN.fullmatch(text)
    m = asked or _RENEW_EN.fullmatch(text)
    if not m or not (books := _books_vi(m)):
        return None
    (who_, one), aux = who_vi(m), _aux(None if asked else m["aux"])
    rest = f"{books[0]}{' trực tuyến' * bool(m['online'])}{' cho tôi' * bool(asked and m['forme'])}"
    if asked:
        mine = m["forme"] and who_ in ("tôi", "chúng tôi")
        return None if mine else capitalised(f"{who_} có thể gia hạn {rest} không?")
    word = "cần" if aux.startswith("need") else "muốn"
    return capitalised(f"{who_} {word} gia hạn {rest}{m['end'] or '.'}") if _agrees(aux, one) else None


def _how_many_vi(text: str) -> str | None:
    """"How many books can I borrow?" as "Tôi được mượn bao nhiêu cuốn sách?", "You can borrow up to five books at
    a time." as "Bạn được mượn tối đa năm cuốn sách một lần." (_HOW_MANY_EN); None for anything else, and "one
    books" or "five book"."""
    m = next((m for p in _HOW_MANY_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    who_, each = who_vi(m)[0], " một lần" if m["each"] else ""
    if m.re == _HOW_MANY_EN[0]:
        return capitalised(f"{who_} được mượn bao nhiêu cuốn sách{each}?")
    n = m["n"].lower()
    if (n in ("one", "1")) == (m["book"] == "books"):
        return None
    most = "tối đa " if m["most"] else ""
    return capitalised(f"{who_} được mượn {most}{EN_TO_VI.get(n, n)} cuốn sách{each}{m['end'] or '.'}")


def _every_vi(said: str) -> str | None:
    """How often of _GOING_EN's group "every" in Vietnamese, with a space before it: "every weekend" → " mỗi cuối
    tuần", "every Saturday" → " mỗi thứ Bảy"; None for anything else."""
    day = EVERY_VI.get(said.lower()) or when(f"on {said.split()[1]}", "en") or ""
    return f" mỗi {day.removeprefix('vào ')}" if day.startswith("vào ") else f" {day}" if day else None


def _going_vi(text: str) -> str | None:
    """"She goes to the library every weekend." as "Cô ấy đi thư viện mỗi cuối tuần.", "Do you often go to the
    library?" as "Bạn có hay đi thư viện không?", "He went to the library yesterday." as "Hôm qua anh ấy đi thư viện.",
    "I'm going to the library tomorrow." as "Ngày mai tôi sẽ đi thư viện." (_GOING_EN); None for anything else, where
    the verb's form does not go with who or the day, and "going" now."""
    m = _GOING_EN.fullmatch(text)
    asked, do = bool(m and "?" in m["end"]), m and (m["do"] or "").lower()
    if not m or bool(do) != asked or do and m["aux"] or not (day := _day(m, "en")):
        return None
    (who_, one), aux, verb, seldom = who_vi(m), _aux(m["aux"]), m["verb"], (m["seldom"] or "").lower()
    on, behind, ahead = day[0].strip(), day[1], day[2]
    if verb in ("go", "goes") and do in ("", "do", "does") and not aux:
        every = _every_vi(m["every"]) if m["every"] else ""
        if on or every is None or not (every or seldom) or not _agrees(do or verb, one) or do and verb == "goes":
            return None
        often = ("hay " if seldom == "often" else f"{_SELDOM_VI[seldom]} ") if seldom else ""
        return capitalised(f"{who_} có {often}đi thư viện{every} không?" if asked else
                           f"{who_} {often.replace('hay', 'thường')}đi thư viện{every}{m['end'] or '.'}")
    if m["every"] or seldom:
        return None
    if verb == "went" and not do and not aux or verb == "go" and do == "did" and behind:
        said = f"{who_} {'có ' * asked}{'đã ' * (not behind and not asked)}đi thư viện"
        return None if ahead else placed(said, on, " không?" if asked else m["end"] or ".")
    going = verb == "going" and ahead and be_said(do or aux) == be_of(who_, one)
    if going or verb == "go" and aux in ("'ll", "will") and not behind:
        return placed(f"{who_} {'có' if asked else 'sẽ'} đi thư viện", on, " không?" if asked else m["end"] or ".")
    return None
