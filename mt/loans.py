"""Borrowing, lending, owing and paying back, money or a thing, said or asked, both ways, written whole by rule. v7
gets the lending and the owing wrong: "Bạn có thể cho tôi mượn tiền không?" → "Can you borrow me?", "Tôi cho anh ấy
mượn xe máy." → "I gave him borrowing a motorcycle.", "Tôi nợ bạn 100 nghìn." → "I debt you 100 thousand.", "Tôi
không nợ ai cả." → "I don't debt anyone.", "Khi nào bạn trả lại tiền cho tôi?" → "When did you pay for me?"; "Can you
lend me some money?" → "Bạn có thể cho tôi một số tiền không?" (the lending lost), "I lent him my car." → "Tôi cho con
biết xe của tôi.", "I owe you 100,000 dong." → "Tôi owe bạn 100.000 đồng.", "Do I owe you anything?" → "Tôi có phải
là điều gì không?".

What is money ("tiền", "some money", or a sum as mt.patterns reads a price: "100 nghìn", "100,000 dong") or one of
THINGS; who as in mt/hobbies.py (a pronoun, kin and whose, someone by name), whom a pronoun of mt.ever.OBJECTS or
someone by kin or by name (mt.hobbies.SOMEONE: "mẹ tôi", "Lan"; "anh", "chị" … alone are left: the speaker or
"you"); when a day mt.free_time.when reads. Taken: asking to borrow or to be lent ("Cho tôi mượn cái bút được
không?", "Can you lend me …?"), who borrowed or lent what, will or did not; who owes whom how much, asked, or owes no
one; paying back and giving a thing back, when, and whether yet. Left to the model: a thing borrowed of no one said
("Tôi mượn sách.": a book, the book or books), a thing lent by someone by name alone ("Lan cho tôi mượn xe máy.":
his or hers), "xe" alone (a car or a motorbike), and a tense the Vietnamese does not tell ("Tôi trả lại bạn vào thứ
Sáu.": paid or will pay). mt.phrasebook.translate tries these after mt/weight.py.

    >>> translate("Tôi nợ bạn 100 nghìn.", "vi", "en"), translate("Can you lend me some money?", "en", "vi")
    ('I owe you 100,000 dong.', 'Bạn có thể cho tôi mượn tiền không?')
"""
from __future__ import annotations

import re

from . import broken, dates, tense
from .articles import a_or_an
from .ever import OBJECTS, PRONOUNS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, as_whom, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .patterns import SUM_EN, SUM_VI, sum_said
from .rule_keys import agreement_checked
from .terms import CARRIED_EN, WHOSE_VI
from .text import EN_OBJECT_VI, EN_WHOSE, alternatives, capitalised, contracted, keyed

# what is lent: those of mt.broken's things and of mt.terms' things one carries that one lends, and a few more
# ("máy tính", a computer when it breaks, is most often a laptop when lent; not "chìa khóa", keys in mt.terms)
_LENDABLE = {"phone", "laptop", "motorbike", "bicycle", "car", "camera", "watch", "umbrella", "charger", "backpack",
         "suitcase", "bag", "hair dryer"}
THINGS = {vi: en for vi, en in (broken.THINGS | CARRIED_EN).items() if en in _LENDABLE} | {
    "máy tính": "laptop", "bút": "pen", "bút bi": "pen", "sách": "book", "từ điển": "dictionary", "vở": "notebook"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"motorcycle": "xe máy", "scooter": "xe máy",
                                                                "bike": "xe đạp", "mobile phone": "điện thoại"}
_THINGS_KEYED = {keyed(vi): en for vi, en in THINGS.items()}
_THINGS_VI_KEYED = {keyed(en): vi for en, vi in THINGS_VI.items()}
# the speaker, said as who or whom: one does not lend to oneself ("Tôi cho tôi mượn …", "We lent me …")
_SPEAKER = {"I", "me", "we", "us", "tôi", "chúng tôi"}
# each tense `_tense_said` reads in English, as Vietnamese says it before the verb
_TENSES_VI = {"past": "đã ", "will": "sẽ ", "not": "không ", "wont": "sẽ không ", "yet": "chưa ",
              "just": "vừa "}

# the parts of a sentence in Vietnamese: money or a thing ("tiền", "100 nghìn", "cái bút"), whom ("anh ấy", "mẹ
# tôi"), whose or from whom after it ("xe máy của tôi", "tiền của bố tôi"), a while ("một chút"), the tense, a day,
# and asked
_MONEY = rf"(?:(?P<money>(?:(?:một\s+)?(?:ít|chút)\s+)?tiền)|{SUM_VI})"
_THING = rf"(?:(?:một\s+)?(?i:cái|chiếc|quyển|cuốn|cây)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
_WHAT = rf"(?:{_MONEY}|{_THING})"


def _whom_re(name: str) -> str:
    """A regex for whom, in a group called `name`: a pronoun of mt.ever.OBJECTS or someone (mt.hobbies.SOMEONE)."""
    return rf"(?P<{name}>(?i:{alternatives(OBJECTS)})|{SOMEONE})"


_OF = rf"(?:\s+(?:của\s+)?{_whom_re('of')})?"
_MOMENT = r"(?:\s+(?P<moment>(?:một\s+)?(?:chút|lát|lúc)))?"
_TENSE = tense.TENSE_VI + r"(?:(?P<can>có\s+thể)\s+)?"
_ASKED = (r"(?:\s+(?P<can2>được))?(?:\s+(?P<asked>không|chưa))?(?:\s+(?P<done>rồi))?(?:\s+(?:ạ|nhé|vậy|thế))?"
          r"\s*(?P<end>[.!?]*)")
# a statement closed by "nhé", and a word that says it is done or to come
_REQUESTED = lazy(r"\bnhé\s*[.!]*$")
_TENSE_SAID = lazy(r"(?i:\b(?:đã|vừa|sẽ|đang|rồi|mới)\b)")
# someone lends someone something, or is asked to ("Bạn có thể cho tôi mượn tiền không?"; "Cho tôi mượn cái bút được
# không?", with no one said, asks to borrow it)
_LEND = lazy(rf"{DAY_OPENING}(?:{WHO}\s+)?{_TENSE}[Cc]ho\s+{_whom_re('to')}\s+(?P<verb>mượn|vay)\s+{_WHAT}{_OF}"
             rf"{_MOMENT}{DAY_AFTER}{_ASKED}")
# someone borrows something, of someone or from them ("mượn tiền của bố tôi", "mượn anh ấy 200 nghìn")
_BORROW = lazy(rf"{DAY_OPENING}{WHO}\s+{_TENSE}(?P<verb>mượn|vay)\s+(?:{_whom_re('from')}\s+)?{_WHAT}{_OF}"
               rf"{_MOMENT}{DAY_AFTER}{_ASKED}")
# someone pays someone back ("trả lại bạn", "trả lại tiền cho anh ấy", "trả tiền lại cho tôi") or gives a thing back
# ("trả lại sách cho cô ấy"), and when ("Khi nào bạn trả lại tiền cho tôi?"; "khi nào" after it asks when one did)
_PAY = lazy(rf"{DAY_OPENING}(?:(?P<when>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+{_TENSE}trả\s+"
            r"(?:lại\s+(?:(?P<money>tiền)\s+)?|(?P<money2>tiền)\s+lại\s+)"
            rf"(?:(?:cho\s+)?{_whom_re('to')}(?:\s+{SUM_VI})?|{_THING}{_OF}(?:\s+cho\s+{_whom_re('to2')})?)"
            rf"{DAY_AFTER}{_ASKED}")
# someone owes someone, how much, asked, or owes no one ("Tôi không nợ ai cả.")
_OWE = lazy(rf"{WHO}\s+(?:(?P<still>còn)\s+|(?P<not>không)\s+|(?P<ask>có)\s+)?nợ\s+(?:(?P<anyone>ai)|"
            rf"{_whom_re('to')})(?:\s+(?:{SUM_VI}|(?P<money>tiền)|(?P<what>gì)|"
            r"(?P<much>bao\s+nhiêu(?:\s+tiền)?)))?"
            r"(?:\s+(?P<all>cả|hết))?(?:\s+(?P<asked>không))?(?:\s+(?:vậy|thế|ạ|nhỉ))?\s*(?P<end>[.!?]*)")

# ... and in English ("some money", "100,000 dong", "your pen", "Lan's book")
_MONEY_EN = rf"(?:(?P<money>(?:(?P<any>some|any)\s+)?money)|{SUM_EN})"
_THING_EN = (rf"(?:(?P<det>(?i:a|an|the|{alternatives(WHOSE_VI)}))\s+|(?P<named>{SOMEONE_EN})['’]s\s+)"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_WHAT_EN = rf"(?:{_MONEY_EN}|{_THING_EN})"


def _whom_re_en(name: str) -> str:
    """A regex for whom in English, in a group called `name`: "me", "him" … (mt.text.EN_OBJECT_VI) or someone
    (mt.hobbies.SOMEONE_EN)."""
    return rf"(?P<{name}>(?i:{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN})"


_MOMENT_EN = r"(?:\s+(?P<moment>for\s+a\s+(?:minute|moment|second|bit)))?"
_PLEASE = r"(?:,?\s+please)?"
_AUX_EN = (r"(?:(?P<will>\s+will|['’]ll)|(?P<wont>\s+won['’]t|\s+will\s+not)|(?P<didnt>\s+didn['’]t|\s+did\s+not)|"
           r"(?P<havent>\s+haven['’]t|\s+have\s+not)|(?P<hasnt>\s+hasn['’]t|\s+has\s+not)|"
           r"(?P<have>['’]ve|\s+have|['’]s|\s+has)(?:\s+(?P<just>just|already))?)?")
_BACK_EN = (rf"(?:(?P<pay>pay|paid)\s+{_whom_re_en('to')}\s+back(?:\s+{SUM_EN})?|(?P<give>give|gave|given)\s+"
            rf"{_THING_EN}\s+back(?:\s+to\s+{_whom_re_en('to2')})?)")
_END_EN = r"(?P<yet>\s+yet)?" + DAY_AFTER_EN + r"\s*(?P<end>[.!]*)"
# said, by the verb's base: borrowed (from someone), lent (someone something), paid back or given back
_SAID_EN = {"borrow": lazy(rf"{WHO_EN}{_AUX_EN}\s+(?P<verb>borrowed|borrow)\s+{_WHAT_EN}"
                           rf"(?:\s+from\s+{_whom_re_en('from')})?{_END_EN}"),
            "lend": lazy(rf"{WHO_EN}{_AUX_EN}\s+(?P<verb>lent|lend)\s+{_whom_re_en('to')}\s+{_WHAT_EN}{_END_EN}"),
            "back": lazy(rf"{WHO_EN}{_AUX_EN}\s+{_BACK_EN}{_END_EN}")}
# asked: to be lent, to borrow, to pay back; when, whether yet
_LEND_ASKED_EN = lazy(rf"(?:Can|Could|Would|Will)\s+{WHO_EN}\s+(?:please\s+)?lend\s+{_whom_re_en('to')}\s+"
                      rf"{_WHAT_EN}{_MOMENT_EN}{DAY_AFTER_EN}{_PLEASE}\s*\?+")
_BORROW_ASKED_EN = lazy(rf"(?:Can|Could|May)\s+(?P<i>I|we)\s+(?:please\s+)?borrow\s+{_WHAT_EN}"
                        rf"(?:\s+from\s+{_whom_re_en('from')})?{_MOMENT_EN}{DAY_AFTER_EN}{_PLEASE}\s*\?+")
_BACK_ASKED_EN = lazy(rf"(?:(?P<when>When\s+will)|(?P<can>Can|Could)|(?P<have>Have|Has))\s+{WHO_EN}\s+"
                      rf"{_BACK_EN}(?P<yet>\s+yet)?{DAY_AFTER_EN}\s*\?+")
_OWE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<still>still))?(?:\s+(?P<not>don['’]t|doesn['’]t|"
               r"do\s+not|does\s+not))?\s+(?P<owe>owes|owe)\s+(?:(?P<anyone>anyone|anybody)|"
               rf"{_whom_re_en('to')})(?:\s+(?:{SUM_EN}|(?P<money>(?:(?P<any>any|some)\s+)?money)|"
               r"(?P<what>anything)))?\s*(?P<end>[.!?]*)")
_HOW_MUCH_EN = lazy(rf"How\s+much\s+(?:money\s+)?(?P<do>do|does)\s+{WHO_EN}\s+owe\s+{_whom_re_en('to')}\s*\?+")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who borrows, lends, owes or pays back money or a thing; None
    for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):  # ("Bạn cho tôi mượn ô nhé.", with no tense said, asks: not "You lent me …")
        if _REQUESTED.search(text) and not _TENSE_SAID.search(text):
            return None
        return _lent(text) or _borrowed(text) or _paid(text) or _owed(text)
    if (src, tgt) == ("en", "vi"):
        return _asked_vi(text) or _said_vi(text) or _owed_vi(text)
    return None


def _oneself(who_: str, whom: str) -> bool:
    """Whether who and whom (in either language) are one: "I" and "me", "we" and "me", "you" and "you", "mẹ tôi"
    twice."""
    return who_.lower() == whom.lower() or who_ in _SPEAKER and whom in _SPEAKER


def _whom_said(said: str, who_: str = "") -> tuple[str, str] | None:
    """Whom of _whom_re in English, as the object and as whose: "anh ấy" → ("him", "his"), "mẹ tôi" → ("my mother",
    "my mother's"); None for someone not known, and for who (`who_`, in English) themselves."""
    if (k := keyed(said)) in OBJECTS:
        whom = OBJECTS[k], EN_WHOSE[PRONOUNS[k]]
    else:
        named = someone(said, "vi")
        whom = (named, f"{named}'s") if named else None
    return None if whom is None or _oneself(who_, whom[0]) else whom


def _what(m: re.Match, whose: str | None, who_: str = "") -> str | None:
    """What of _WHAT and _OF in English: "some money" ("tiền"), "100,000 dong" ("100 nghìn"), "my motorbike" ("xe
    máy của tôi"), "some money from my father" ("tiền của bố tôi", "mượn bố tôi tiền"); a thing of no one said as
    `whose` it is ("your pen" asking to borrow it), None where that is not known, and where it is of who borrows it
    (`who_`: "Tôi mượn xe máy của tôi.")."""
    said = m["of"] or m.groupdict().get("from")
    of = _whom_said(said, who_) if said else None
    if said and of is None:
        return None
    if m["thing"]:
        whose = of[1] if of else whose
        return f"{whose} {_THINGS_KEYED[keyed(m['thing'])]}" if whose else None
    money = f"{sum_said(m, 'en')} dong" if m["n"] else "some money"
    return f"{money} from {of[0]}" if of else money


def _day(m: re.Match) -> str | None:
    """The day of a match in English, with a space before it ("" for none); None for one not read, or said twice."""
    found = m.groupdict()
    if found.get("day0") and m["day"]:
        return None
    day = when(found.get("day0") or m["day"], "vi")
    return day and f" {day}" if day is not None else None


def _said(m: re.Match, who_: str, one: bool, base: str, rest: str) -> str | None:
    """Who doing it (`base`, to `rest`) in English, by the Vietnamese's tense and day: "I borrowed …" (said, "đã"),
    "I've already …" ("rồi"), "I'll pay you back …" ("sẽ", or a day ahead), "I didn't …" ("không"), "I haven't …
    yet" ("chưa"), "I've just …" ("vừa"); asked, as `_asked` says it; None where these do not agree ("sẽ" with a day
    behind, "chưa" with a day) or the tense is not told ("Tôi trả lại bạn vào thứ Sáu.": paid or will pay)."""
    day, found = _day(m), m.groupdict()
    if day is None or ("?" in m["end"]) != bool(m["asked"] or found.get("when")):
        return None
    if "?" in m["end"] or m["can"] or m["can2"] or found.get("moment"):
        return _asked(m, who_, one, base, rest, day)
    said, done, end = keyed(m["tense"] or ""), m["done"], m["end"] or "."
    behind, ahead = tense.BEHIND.match(day.strip()), dates.AHEAD.match(day.strip())
    if said in ("chưa", "không", "sẽ không"):  # ("I didn't borrow any money.")
        rest = rest.replace("some money", "any money")
    have = "has" if one else "have"
    if said in ("chưa", "vừa", "mới"):  # ("Anh ấy chưa trả lại tiền cho tôi.", "Tôi vừa trả lại tiền cho anh ấy.")
        if day or done:
            return None
        if said == "chưa":
            return capitalised(f"{who_} {have}n't {tense.participle(base)} {rest} yet{end}")
        return capitalised(contracted(who_, f"{have} just {tense.participle(base)} {rest}{end}"))
    if said in ("sẽ", "sẽ không") or not said and not done and ahead:
        verb = "won't" if said == "sẽ không" else "will"
        return None if behind or done else capitalised(contracted(who_, f"{verb} {base} {rest}{day}{end}"))
    if ahead or not (said or done or behind or not day) or said == "không" and done:
        return None  # (a day of the week and no tense: either way)
    if done and not day:  # ("Tôi đã trả lại tiền cho anh ấy rồi.": already)
        return capitalised(contracted(who_, f"{have} already {tense.participle(base)} {rest}{end}"))
    verb = f"didn't {base}" if said == "không" else tense.past(base)
    return capitalised(f"{who_} {verb} {rest}{day}{end}")


def _asked(m: re.Match, who_: str, one: bool, base: str, rest: str, day: str) -> str | None:
    """Who doing it asked: "Can you …?" ("có thể … không?", "… được không?"; "… một chút": "for a minute"), "Have
    you … yet?" ("… chưa?"), "When will you …?" ("Khi nào …?"); None for anything else, and for a day behind."""
    said, can, done = keyed(m["tense"] or ""), m["can"] or m["can2"], m["done"]
    if done or tense.BEHIND.match(day.strip()) or m.groupdict().get("moment") and not (can and m["thing"]):
        return None  # (nor money "for a minute")
    if m.groupdict().get("when"):  # ("Khi nào bạn trả lại tiền cho tôi?")
        return None if m["asked"] or can or said not in ("", "sẽ") or day else f"When will {who_} {base} {rest}?"
    if can:  # ("Bạn có thể cho tôi mượn tiền không?", "Tôi mượn xe máy của bạn được không?")
        moment = " for a minute" if m.groupdict().get("moment") else ""
        return None if m["asked"] != "không" or said else f"Can {who_} {base} {rest}{moment}{day}?"
    if m["asked"] != "chưa" or said not in ("", "đã") or day:  # ("Bạn đã trả lại tiền cho anh ấy chưa?")
        return None
    rest = rest.replace("some money", "any money")  # ("Has he borrowed any money yet?")
    return f"{'Has' if one else 'Have'} {who_} {tense.participle(base)} {rest} yet?"


def _lender(m: re.Match, who_: str) -> str | None:
    """Whose a thing lent by who is, where no one else's is said: "my" (who "I"), "your", "her" ("mẹ tôi", by
    mt.terms.his_her); None for someone by name alone ("Lan": his or hers)."""
    if m["kin"] or m["title"]:
        return his_her_of(m)
    return None if m["given"] else EN_WHOSE[who_]


def _lent(text: str) -> str | None:
    """"Bạn có thể cho tôi mượn tiền không?" as "Can you lend me some money?", "Cho tôi mượn cái bút được không?" as
    "Can I borrow your pen?", "Tôi cho anh ấy mượn xe máy." as "I lent him my motorbike." (_LEND); None for anything
    else, for money of someone's, and for "vay" (a loan) of a thing."""
    m = _LEND.fullmatch(text)
    if not m or m["of"] and not m["thing"] or m["verb"] == "vay" and m["thing"]:
        return None
    if not (m["who"] or m["kin"] or m["title"] or m["given"]):  # asking to borrow it: "Cho tôi mượn … được không?"
        borrower = PRONOUNS.get(keyed(m["to"]))
        if borrower not in ("I", "we") or not (m["can"] or m["can2"]) or not (what := _what(m, "your", borrower)):
            return None
        return _said(m, borrower, False, "borrow", what)
    if not (said := who(m, "?" in m["end"])) or not (to := _whom_said(m["to"], said[0])):
        return None
    who_, one = said
    what = _what(m, _lender(m, who_))
    return what and _said(m, who_, one, "lend", f"{to[0]} {what}")


def _borrowed(text: str) -> str | None:
    """"Anh ấy mượn xe máy của tôi." as "He borrowed my motorbike.", "Tôi mượn anh ấy 200 nghìn." as "I borrowed
    200,000 dong from him.", "Tôi có thể mượn bút không?" as "Can I borrow your pen?" (_BORROW); None for anything
    else, and for a thing of no one said but asking to borrow it."""
    m = _BORROW.fullmatch(text)
    if not m or m["from"] and (m["thing"] or m["of"]) or m["verb"] == "vay" and m["thing"]:
        return None
    if not (said := who(m, "?" in m["end"])):
        return None
    who_, one = said
    what = _what(m, "your" if (m["can"] or m["can2"]) and who_ in ("I", "we") else None, who_)
    return what and _said(m, who_, one, "borrow", what)


def _paid(text: str) -> str | None:
    """"Tôi sẽ trả lại bạn vào thứ Sáu." as "I'll pay you back on Friday.", "Tôi đã trả lại tiền cho anh ấy." as "I
    paid him back.", "Tôi đã trả lại sách cho cô ấy." as "I gave the book back to her." (_PAY); None for anything
    else, and for "tiền" said with a thing."""
    m = _PAY.fullmatch(text)
    if not m or not (said := who(m, "?" in m["end"])):
        return None
    who_, one = said
    if not m["thing"]:
        to = _whom_said(m["to"], who_)
        money = f" {sum_said(m, 'en')} dong" if m["n"] else ""
        return to and _said(m, who_, one, "pay", f"{to[0]} back{money}")
    of = _whom_said(m["of"], who_) if m["of"] else (None, "the")  # ("trả lại sách": the book)
    to = _whom_said(m["to2"], who_) if m["to2"] else ("",)
    if m["money"] or m["money2"] or of is None or to is None:
        return None
    thing = f"{of[1]} {_THINGS_KEYED[keyed(m['thing'])]}"
    return _said(m, who_, one, "give", f"{thing} back" + (f" to {to[0]}" if to[0] else ""))


def _owed(text: str) -> str | None:
    """"Tôi nợ bạn 100 nghìn." as "I owe you 100,000 dong.", "Tôi nợ bạn bao nhiêu?" as "How much do I owe you?",
    "Tôi có nợ bạn gì không?" as "Do I owe you anything?", "Tôi không nợ ai cả." as "I don't owe anyone anything."
    (_OWE); None for anything else ("Tôi nợ bạn.": a favour, maybe)."""
    m = _OWE.fullmatch(text)
    asked = bool(m and (m["asked"] or m["much"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    to = ("anyone",) if m["anyone"] else _whom_said(m["to"], who_)
    if to is None or m["anyone"] and not m["not"] or m["all"] and not m["not"]:
        return None
    do = "does" if one else "do"
    if m["much"]:
        return None if m["ask"] or m["not"] or m["still"] else f"How much {do} {who_} owe {to[0]}?"
    what = f"{sum_said(m, 'en')} dong" if m["n"] else "money" if m["money"] else "anything" if m["what"] else ""
    if m["ask"]:  # ("Tôi có nợ bạn 100 nghìn không?")
        what = "any money" if what == "money" else what or "anything"
        return None if m["still"] else f"{do.capitalize()} {who_} owe {to[0]} {what}?"
    if m["not"]:  # ("Tôi không nợ bạn gì cả.", "Tôi không nợ ai cả.": anything)
        what = "any money" if what == "money" else what or "anything"
        return None if m["all"] and m["n"] else capitalised(f"{who_} {do}n't owe {to[0]} {what}{m['end'] or '.'}")
    if what in ("", "anything"):
        return None
    owe = tense.third_person("owe") if one else "owe"
    return capitalised(f"{who_} {'still ' * bool(m['still'])}{owe} {to[0]} {what}{m['end'] or '.'}")


def _whom_vi(said: str, who_: str = "") -> str | None:
    """Whom of _whom_re_en in Vietnamese: "him" → "anh ấy", "my mother" → "mẹ tôi"; None for someone not known, and for
    who (`who_`, in Vietnamese) themselves ("We lent me …")."""
    whom = as_whom(said, "en")
    return None if whom is None or _oneself(who_, whom) else whom


def _what_vi(m: re.Match, mine: set[str] = frozenset()) -> str | None:
    """What of _WHAT_EN in Vietnamese: "tiền" ("some money"), "100.000 đồng" ("100,000 dong"), "xe máy của tôi" ("my
    motorbike"; "xe máy" where whose is of `mine`, the lender's: "I lent him my car." → "… cho anh ấy mượn ô tô.");
    None for "a" or "an" that does not go with the thing, and someone not known."""
    if not m["thing"]:
        return f"{sum_said(m, 'vi')} đồng" if m["n"] else "tiền"
    thing, det = _THINGS_VI_KEYED[keyed(m["thing"])], (m["det"] or "").lower()
    if det in ("a", "an") and a_or_an(m["thing"]) != det:
        return None
    if m["named"]:
        named = someone(m["named"], "en")
        return named and f"{thing} của {named}"
    return f"{thing} của {WHOSE_VI[det]}" if det in WHOSE_VI and det not in mine else thing


def _mine(m: re.Match) -> set[str]:
    """Whose a thing of who is, said in English: {"my"} for "I", {"his", "her"} for kin or a name."""
    return {EN_WHOSE[{"i": "I"}.get(m["who"].lower(), m["who"].lower())]} if m["who"] else {"his", "her"}


def _back_vi(m: re.Match, who_: str) -> str | None:
    """Paying or giving back of _BACK_EN in Vietnamese, after "trả lại": "tiền cho anh ấy" ("pay him back"), "anh ấy
    100.000 đồng" ("pay him back 100,000 dong"), "sách cho cô ấy" ("give the book back to her"); None for someone not
    known."""
    if m["pay"]:
        to = _whom_vi(m["to"], who_)
        return to and (f"{to} {sum_said(m, 'vi')} đồng" if m["n"] else f"tiền cho {to}")
    thing = _what_vi(m)
    to = _whom_vi(m["to2"], who_) if m["to2"] else ""
    return None if thing is None or to is None else f"{thing} cho {to}" if to else thing


def _borrowed_vi(m: re.Match, who_: str) -> str | None:
    """Borrowing of a match of _WHAT_EN and "from" someone in Vietnamese: "mượn tiền của bố tôi" ("borrow some money
    from my father"), "mượn sách của Lan" ("Lan's book"); None for someone not known, whose said twice ("Lan's book
    from him"), and who (`who_`) borrowing from themselves ("I borrowed my pen.")."""
    what, of = _what_vi(m), _whom_vi(m["from"], who_) if m["from"] else ""
    det = (m["det"] or "").lower()
    if what is None or of is None or of and m["thing"] and (m["named"] or det in WHOSE_VI) or \
            det in WHOSE_VI and _oneself(who_, WHOSE_VI[det]):
        return None
    return f"mượn {what}{f' của {of}' if of else ''}"


def _asked_vi(text: str) -> str | None:
    """"Can you lend me some money?" as "Bạn có thể cho tôi mượn tiền không?", "Can I borrow your pen?" as "Tôi có
    thể mượn bút của bạn không?", "Can you pay me back on Friday?" as "Bạn có thể trả lại tiền cho tôi vào thứ Sáu
    không?" (_LEND_ASKED_EN, _BORROW_ASKED_EN, _BACK_ASKED_EN); None for anything else."""
    if m := _LEND_ASKED_EN.fullmatch(text):
        who_ = who_vi(m)[0]
        to, what = _whom_vi(m["to"], who_), _what_vi(m, _mine(m))
        said = to and what and f"{who_} có thể cho {to} mượn {what}"
    elif m := _BORROW_ASKED_EN.fullmatch(text):
        who_ = "tôi" if m["i"] == "I" else "chúng tôi"
        said = (borrowed := _borrowed_vi(m, who_)) and f"{who_} có thể {borrowed}"
    elif m := _BACK_ASKED_EN.fullmatch(text):
        if m["when"] or m["have"]:
            return _back_asked_vi(m)
        who_ = who_vi(m)[0]
        back = _back_vi(m, who_)
        said = back and m["pay"] != "paid" and m["give"] in (None, "give") and not m["yet"] and \
            f"{who_} có thể trả lại {back}"
    else:
        return None
    day = when(m["day"], "en") if said and not tense.BEHIND.match(m["day"] or "") else None  # (not "yesterday")
    moment = " một chút" if m.groupdict().get("moment") else ""
    if moment and not m["thing"]:
        return None  # (not money "for a minute")
    return None if day is None else placed(f"{said}{moment}", day, " không?")


def _back_asked_vi(m: re.Match) -> str | None:
    """"When will you pay me back?" as "Khi nào bạn trả lại tiền cho tôi?", "Have you paid him back yet?" as "Bạn đã
    trả lại tiền cho anh ấy chưa?" (_BACK_ASKED_EN); None with a day, and where the verb's form or "has" does not go
    with who ("Have he paid you back?", "When will you paid me back?")."""
    who_, one = who_vi(m)
    back = _back_vi(m, who_)
    verb, base = (m["pay"], "pay") if m["pay"] else (m["give"], "give")
    if back is None or m["day"] or verb != (tense.participle(base) if m["have"] else base) or m["have"] and (
            (m["have"] == "Has") != one) or m["when"] and m["yet"]:
        return None
    return capitalised(f"Khi nào {who_} trả lại {back}?" if m["when"] else f"{who_} đã trả lại {back} chưa?")


def _tense_said(m: re.Match, verb: str, base: str, one: bool) -> str | None:
    """The tense of a match of _SAID_EN, as a key of _TENSES_VI: "past" ("borrowed", "have borrowed"), "will", "wont",
    "not" ("didn't borrow"), "yet" ("haven't borrowed"), "just" ("have just borrowed"); None where the verb's form
    does not go with it ("He will borrowed", "He borrow"), "has" not with who ("I has paid"), or "have" with a day
    ("I've paid him back yesterday.")."""
    done = "yet" if m["havent"] or m["hasnt"] else "will" if m["will"] else "wont" if m["wont"] else \
        "not" if m["didnt"] else "just" if m["just"] == "just" else "past"
    have = (m["have"] or "").strip().replace("’", "'")
    form = tense.participle(base) if done in ("yet", "just") or have else tense.past(base) if done == "past" else base
    has = bool(m["hasnt"] or have in ("has", "'s"))
    if verb != form or m["yet"] and done != "yet" or has != one and (have or done == "yet") or have and m["day"]:
        return None
    return done


def _said_vi(text: str) -> str | None:
    """"He borrowed my motorbike." as "Anh ấy đã mượn xe máy của tôi.", "I lent him my car." as "Tôi đã cho anh ấy
    mượn ô tô.", "I'll pay you back on Friday." as "Tôi sẽ trả lại tiền cho bạn vào thứ Sáu.", "He hasn't paid me
    back yet." as "Anh ấy chưa trả lại tiền cho tôi." (_SAID_EN); None for anything else, for a verb whose form does
    not go with its tense ("I will borrowed", "He borrow"), and a day that does not go with the tense."""
    base, m = next(((b, m) for b, p in _SAID_EN.items() if (m := p.fullmatch(text))), ("", None))
    if m is None:
        return None
    verb = m.groupdict().get("verb") or m["pay"] or m["give"]
    base = {"pay": "pay", "paid": "pay"}.get(verb, "give") if base == "back" else base
    who_, one = who_vi(m)
    if (done := _tense_said(m, verb, base, one)) is None:
        return None
    day = when(m["day"], "en")
    if day is None or done == "yet" and day or done in ("will", "wont") and tense.BEHIND.match(m["day"] or "") or \
            done in ("past", "not") and dates.AHEAD.match(m["day"] or ""):
        return None
    said = f"{who_} {_TENSES_VI[done]}"
    if base == "borrow":
        if (borrowed := _borrowed_vi(m, who_)) is None:
            return None
        said += borrowed
    elif base == "lend":
        to, what = _whom_vi(m["to"], who_), _what_vi(m, _mine(m))
        if to is None or what is None:
            return None
        said += f"cho {to} mượn {what}"
    else:
        if (back := _back_vi(m, who_)) is None:
            return None
        said += f"trả lại {back}"
    return placed(said + " rồi" * (m["just"] == "already"), day, m["end"] or ".")


def _owed_vi(text: str) -> str | None:
    """"I owe you 100,000 dong." as "Tôi nợ bạn 100.000 đồng.", "How much do I owe you?" as "Tôi nợ bạn bao nhiêu
    tiền?", "Do I owe you anything?" as "Tôi có nợ bạn gì không?", "I don't owe anyone anything." as "Tôi không nợ ai
    cả." (_OWE_EN, _HOW_MUCH_EN); None for anything else, and where "owe", "do" or "don't" do not agree with who."""
    if m := _HOW_MUCH_EN.fullmatch(text):
        who_, one = who_vi(m)
        to = _whom_vi(m["to"], who_)
        return None if to is None or (m["do"] == "does") != one else capitalised(f"{who_} nợ {to} bao nhiêu tiền?")
    m = _OWE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    to = "ai" if m["anyone"] else _whom_vi(m["to"], who_)
    does = (m["do"] or m["not"] or "").lower().startswith("does")
    if to is None or m["owe"] != ("owes" if one and not (m["do"] or m["not"]) else "owe") or (
            m["do"] or m["not"]) and does != one or m["do"] and (m["not"] or m["still"]):
        return None  # ("He owe me", "Does I owe you", "He don't owe")
    if (m["anyone"] or m["what"] or m["any"] == "any") and not (m["do"] or m["not"]) or m["anyone"] and m["do"]:
        return None  # ("I owe anyone.", "I owe you anything.")
    what = f"{sum_said(m, 'vi')} đồng" if m["n"] else "tiền" if m["money"] else "gì" if m["what"] else ""
    if m["do"]:
        return capitalised(f"{who_} có nợ {to} {what or 'gì'} không?")
    if m["not"]:  # ("I don't owe you anything.": "Tôi không nợ bạn gì cả."; "… anyone anything.": "… ai cả.")
        said = f"{to} {what}" if what not in ("", "gì") else f"{to} cả" if m["anyone"] else f"{to} gì cả"
        return capitalised(f"{who_} không nợ {said}{m['end'] or '.'}")
    if not what:
        return None
    return capitalised(f"{who_} {'còn ' * bool(m['still'])}nợ {to} {what}{m['end'] or '.'}")
