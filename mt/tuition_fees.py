"""School and university fees (học phí), both ways, written whole by rule: fees gone up, dear or cheap, how much a
year or a term, who pays whose, paid or not yet, to pay by a day, the deadline for paying, and fees waived or reduced.
v8 (the rules on) reads "học phí" as learning, "đóng" as closing, "miễn" as free: "Học phí đắt quá." → "It's too
expensive to learn.", "Bố mẹ tôi đóng học phí cho tôi." → "My parents were free to learn me.", "Học phí một năm bao
nhiêu?" → "How much does it take a year study?", "Bạn đã đóng học phí chưa?" → "Are you closed a fees?", "Tôi chưa
đóng học phí." → "I'm not going to close school.", "Tôi được miễn học phí." → "I'm free to learn."; "Tuition fees have
gone up this year." → "Những khoản phí lao động đã tăng lên trong năm nay." (labour), "I haven't paid my tuition fees
yet." → "Tôi chưa trả phí theo dõi của tôi.", "My parents pay my tuition fees." → "Cha mẹ tôi trả phí cho con.".

Taken: "học phí", "tiền học phí" ("tuition fees", "school fees", "tuition"; here, at this school) gone up (rồi, đã,
lại, vừa, sắp, sẽ; last, this, next year), dear, high or cheap (rất, hơi, khá, quá, lắm; asked, denied); how much a
year, a term, a month, or a sum (mt.amounts; "mười triệu" too); who (mt.hobbies.WHO, mt.people.PARENTS_WHOSE; "Ai"
asking) pays whose ("cho tôi", "cho mẹ tôi", "cho con"; "tự": their own; asked, denied, vẫn); paid (just, rồi, not
yet, "… chưa?"); has to, needs to or will pay (by, on a day of mt.free_time.when); need not pay (asked); the deadline
("hạn đóng học phí") on a day, or asked; who is exempt ("được miễn") or gets reduced fees ("được giảm"). One's own fees
are "my", "your" … for a pronoun, "the" for anyone else ("Mẹ tôi chưa đóng học phí.": hers, or her child's?). Left: a
plain "Tôi đóng học phí." (pays, or paid?), a bare "Học phí tăng.", a course's or a tutor's fees (mt/tutoring.py,
mt/enrolment.py), a per cent off, "rẻ quá" (so cheap, or too cheap?), scholarships (mt/scholarships.py), "I" asked,
pets, "anh", "chị", "em" alone saying it, a day behind with what is to come, "fees" alone in English (a gym's?),
"My fees are waived.", "đắt thế" (so dear), fees paid "cho" him, her or a name (theirs, or paid to a teacher?),
"trả … cho" one not kin but by one's own kin (paid to you?), "cho" or whose taking who in ("I pay our …"), and
anything else. No module before this one takes these.
mt.phrasebook.translate tries these after mt/unpaid_wages.py.

    >>> translate("Học phí đắt quá.", "vi", "en"), translate("My parents pay my tuition fees.", "en", "vi")
    ('The tuition fees are too expensive.', 'Bố mẹ tôi đóng học phí cho tôi.')
"""
from __future__ import annotations

import re

from .amounts import SUM_WORDS, sum_said, words_in_digits
from .dates import NEAR_SPANS, NEAR_WAY, near_days
from .ever import OBJECTS
from .free_time import OPENS, when
from .hobbies import SOMEONE_EN, WHO, WHO_EN, WHOM, asked_of, own_thing, person_of, someone
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .tense import BEHIND
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop)

_KEYS = {"vi": lazy(r"(?i:học\s+phí)"), "en": lazy(r"(?i:tuition|school\s+fees)")}
_YEARS = near_days("năm ngoái", "năm trước", "năm nay", "năm sau", "năm tới")
_YEARS_VI = {en: vi for vi, en in reversed(_YEARS.items())}
_PER = {"năm": "year", "kỳ": "term", "kì": "term", "học kỳ": "term", "học kì": "term", "tháng": "month"}
_PER_VI = {"year": "năm", "term": "kỳ", "semester": "kỳ", "month": "tháng"}
_AT = {"trường này": "at this school", "ở trường này": "at this school", "ở đây": "here"}
_AT_VI = {en: vi for vi, en in reversed(_AT.items())}
_LIKE = {"đắt": "expensive", "mắc": "expensive", "cao": "high", "rẻ": "cheap"}
_LIKE_VI = {"expensive": "đắt", "high": "cao", "cheap": "rẻ"}
_HOW = {"rất": "very", "hơi": "a bit", "khá": "quite", "quá": "too", "cực kỳ": "extremely"}
_HOW_VI = {en: vi for vi, en in reversed(_HOW.items())}
_JUST = ("vừa", "mới", "vừa mới")
_POSSESSIVE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
# whose fees, written back as whom ("my tuition fees" paid by another: "cho tôi")
_OBJECTS_VI = {"my": "tôi", "your": "bạn", "his": "anh ấy", "her": "cô ấy", "our": "chúng tôi", "their": "họ"}
_MUST_VI = {"have to": "phải", "has to": "phải", "need to": "cần", "needs to": "cần", "will": "sẽ", "'ll": "sẽ"}
_TAKES_IN = {("I", "our"), ("we", "my"), ("tôi", "our"), ("chúng tôi", "my")}  # one of whom pays for all: left
_BARE = {("do", "have to"), ("does", "have to"), ("", "don't have to"), ("", "doesn't have to"),
         ("", "do not have to"), ("", "does not have to")}  # "have to" asked ("Do you …?") or denied, no one's fees

# the fees ("học phí", "tiền học phí"), and where ("Học phí trường này …")
_FEES = rf"(?:(?i:tiền\s+)?(?i:học\s+phí))(?:\s+(?P<at>{alternatives(_AT)}))?"
_WHO = rf"(?:{PARENTS_WHOSE}|{WHO})"
_SUM = rf"(?:(?P<words>{SUM_WORDS})|(?P<sum>\d[\d.,]*(?:\s*[^\W\d_]+){{0,3}}?))"  # (mt.amounts: whether of đồng)
# (in words, one to ten thousand or million, small letters: "mười triệu", not "năm trăm nghìn", "Mười tỷ")
_WORDS_TAKEN = lazy(r"[^\W\d_]+\s+(?:nghìn|ngàn|triệu)(?:\s+đồng)?")
_PER_SAID = rf"(?:một|mỗi|1)\s+(?:{alternatives(_PER)})"
_RISE = lazy(rf"(?:(?P<day0>(?i:{alternatives(_YEARS)}))\s+)?{_FEES}(?:\s+(?P<day>{alternatives(_YEARS)}))?\s+"
             r"(?:(?P<aux>lại|đã|vừa\s+mới|vừa|mới|sắp|sẽ)\s+)?tăng(?:\s+lên)?(?:\s+(?P<done>rồi))?" + SOFTENED_END)
_DEAR = lazy(rf"{_FEES}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<how>{alternatives(_HOW)})\s+)?"
             rf"(?P<like>{alternatives(_LIKE)})(?:\s+(?P<after>quá|lắm))?{ASKED_END}")
_HOW_MUCH = lazy(rf"{_FEES}(?:\s+(?P<per0>{_PER_SAID}))?\s+(?:là\s+|hết\s+|mất\s+)?(?:(?P<how>bao\s+nhiêu)"
                 rf"(?:\s+tiền)?|{_SUM})(?:\s+(?P<per>{_PER_SAID}))?{SOFTENED_END}")
_PAY = lazy(rf"(?:(?P<ai>[Aa]i)|{_WHO})\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|chưa|phải|cần|vừa\s+mới|vừa|mới|sẽ|vẫn|"
            r"không\s+phải|không)\s+)?(?P<own>tự\s+)?(?P<verb>đóng|nộp|trả)\s+(?i:tiền\s+)?(?i:học\s+phí)"
            rf"(?:\s+cho\s+(?:{WHOM}|(?P<child>con)))?(?:\s+(?:(?P<by>trước)\s+)?(?P<day>{OPENS}[^,.!?]*?))?"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
_TERM = r"(?i:hạn(?:\s+chót|\s+cuối)?\s+(?:đóng|nộp)\s+(?:tiền\s+)?học\s+phí)"
_DEADLINE = lazy(rf"(?:{_TERM}\s+là\s+(?:(?P<asked>khi\s+nào|bao\s+giờ|ngày\s+nào)|(?P<day>[^,.!?]+?))|"
                 rf"(?P<asked0>(?i:khi\s+nào|bao\s+giờ))\s+là\s+{_TERM}){SOFTENED_END}")
_SO = lazy(r"(?:thế|vậy)\W*")  # ending how dear: "so" ("Học phí đắt thế."), SOFTENED_END passing them over
_WAIVED = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?được\s+(?P<how>miễn|giảm)\s+(?i:học\s+phí)"
               rf"{ASKED_END}")

# ... and in English
_TUITION_EN = r"(?:tuition\s+fees|school\s+fees|tuition)"
_FEES_EN = rf"(?:(?P<the>[Tt]he)\s+)?(?P<fees>(?i:{_TUITION_EN}))(?:\s+(?P<at>{alternatives(_AT_VI)}))?"
_WHO_EN = rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
_RISE_EN = lazy(rf"{_FEES_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s|\s+are|\s+is|['’]re)?(?:\s+(?P<just>just))?\s+"
                r"(?P<verb>went|gone|going|about\s+to\s+go)\s+up(?:\s+(?P<again>again))?"
                rf"(?:\s+(?P<day>{alternatives(_YEARS_VI)}))?\s*(?P<end>[.!]*)")
_DEAR_EN = lazy(rf"(?:(?P<q>Are|Is)\s+)?{_FEES_EN}(?P<be>\s+are|\s+is|['’]re|['’]s)?(?P<not>\s+not|n['’]t)?"
                rf"(?:\s+(?P<how>{alternatives(_HOW_VI)}))?\s+(?P<like>{alternatives(_LIKE_VI)})\s*(?P<end>[.!?]*)")
_PER_EN = rf"(?:\s+(?:a|per)\s+(?P<per>{alternatives(_PER_VI)}))?"
_HOW_MUCH_EN = lazy(rf"How\s+much\s+(?P<be>are|is)\s+{_FEES_EN}{_PER_EN}\s*\?+")
_SUM_EN = lazy(rf"{_FEES_EN}\s+(?P<be>are|is)\s+(?P<sum>(?:VND\s?)?\d[\d.,]*(?:\s+(?:thousand|million))?"
               rf"(?:\s+(?:dong|VND))?){_PER_EN}\s*(?P<end>[.!]*)")
_DO_EN = (r"(?P<aux>\s+(?:(?:do|does)\s+not|(?:don|doesn)['’]t)(?:\s+have\s+to)?|\s+(?:have|has)(?:\s+not)?"
          r"|\s+(?:haven|hasn)['’]t|['’]ve|['’]s|\s+(?:have|has|need|needs)\s+to|\s+will|['’]ll|\s+still)?")
_WHOSE_EN = rf"(?:(?P<owner>(?i:the|my|your|his|her|our|their))|(?P<someone>{SOMEONE_EN})['’]s)"
_PAY_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?(?:(?P<ai>Who)|{_WHO_EN}){_DO_EN}(?:\s+(?P<just>just|already))?"
               rf"\s+(?P<verb>pay|pays|paid)\s+(?:{_WHOSE_EN}(?:\s+(?P<own>own))?\s+)?(?P<fees>(?i:{_TUITION_EN}))"
               r"(?:\s+(?:(?P<by>by|on)\s+)?(?P<day>(?!yet)[^,.!?]+?))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DEADLINE_EN = lazy(r"(?:(?P<q>When)\s+is\s+the\s+deadline|The\s+deadline)\s+for\s+paying\s+(?:the\s+)?"
                    rf"{_TUITION_EN}(?:\s+is\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_WAIVED_EN = lazy(rf"(?:(?P<q>Are|Is|Do|Does)\s+)?{_WHO_EN}(?P<aux>\s+am|\s+are|\s+is|['’]m|['’]re|['’]s)?"
                  r"(?P<not>\s+not|n['’]t)?(?:(?P<exempt>\s+exempt\s+from)|\s+(?P<get>get|gets)\s+reduced)"
                  rf"\s+{_TUITION_EN}\s*(?P<end>[.!?]*)")
# the verbs said of one (he, she, my mother) and of others
_ONE = {"does", "is", "'s", "doesn't", "does not", "has", "hasn't", "has not", "has to", "needs to", "pays", "gets",
        "doesn't have to", "does not have to"}
_MANY = {"do", "are", "'re", "don't", "do not", "have", "haven't", "have not", "'ve", "have to", "need to", "pay",
         "get", "don't have to", "do not have to"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of tuition fees as the module docstring takes; None for any other."""
    if src == "vi":
        return _rise(text) or _dear(text) or _how_much(text) or _pay(text) or _deadline(text) or _waived(text)
    text = text.replace("’", "'")
    return (_rise_vi(text) or _dear_vi(text) or _how_much_vi(text) or _pay_vi(text) or _deadline_vi(text)
            or _waived_vi(text))


def _who(m: re.Match, asked: bool, lang: str = "vi") -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, or of _WHO_EN (`lang` "en") in Vietnamese, and whether one ("she pays");
    None for a pet, "I" asked, or "anh" saying."""
    if m["parents"]:
        return parents_said(m, "en" if lang == "vi" else "vi"), False
    return person_of(m, asked, lang)


def _fees(m: re.Match, the: str = "the ") -> str:
    """The fees of a match in English: "the tuition fees", "the tuition fees at this school"."""
    return f"{the}tuition fees" + (f" {_AT[keyed(m['at'])]}" if m["at"] else "")


def _rise(text: str) -> str | None:
    """"Học phí năm nay tăng rồi." as "Tuition fees have gone up this year.", "Năm sau học phí sẽ tăng." as "Tuition
    fees are going up next year." (_RISE); None for anything else, and a bare "Học phí tăng." (gone, or going up?)."""
    m = _RISE.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"]:
        return None
    fees, aux, done, end = capitalised(_fees(m, "")), keyed(m["aux"] or ""), bool(m["done"]), stop(m["end"])
    day = keyed(m["day0"] or m["day"] or "")
    if day:
        way, on = NEAR_WAY[day], _YEARS[day]
        if way == "ahead" and aux in ("", "sẽ", "sắp") and not done or way == "today" and aux in ("sẽ", "sắp"):
            return f"{fees} are going up {on}{end}" if not done else None
        if way == "today" and aux in ("", "đã", "lại") and (done or aux):
            return f"{fees} have gone up{' again' * (aux == 'lại')} {on}{end}"
        if way == "behind" and aux in ("", "đã", "lại"):
            return f"{fees} went up{' again' * (aux == 'lại')} {on}{end}"
        return None
    said = {"lại": "have gone up again", "đã": "have gone up", "sắp": "are about to go up",
            "sẽ": "are going to go up"}.get(aux) or "have gone up" * done or "have just gone up" * (aux in _JUST)
    return f"{fees} {said}{end}" if said and not (done and aux in ("sắp", "sẽ", *_JUST)) else None


def _dear(text: str) -> str | None:
    """"Học phí đắt quá." as "The tuition fees are too expensive.", "Học phí có đắt không?" as "Are the tuition fees
    expensive?" (_DEAR); None for anything else, two words of how much, and "không đắt thế" (not that expensive)."""
    m = _DEAR.fullmatch(text)
    asked = asked_of(m) if m else None
    if asked is None or m["how"] and m["after"] or not (asked or m["after"]) and _SO.search(text[m.end("like"):]):
        return None
    like, how, after = _LIKE[keyed(m["like"])], keyed(m["how"] or ""), keyed(m["after"] or "")
    if like == "cheap" and (after == "quá" or how == "quá") or asked and (how or after):
        return None
    how = _HOW[how] + " " if how else "very " if after == "lắm" else "too " if after == "quá" else ""
    if asked:
        return f"Are {_fees(m)} {like}?"
    if m["not"]:  # ("không đắt lắm": not very; "không quá đắt": not too)
        return None if how and how not in ("very ", "too ") else capitalised(f"{_fees(m)} aren't {how}{like}.")
    return capitalised(f"{_fees(m)} are {how}{like}{stop(m['end'])}")


def _how_much(text: str) -> str | None:
    """"Học phí một năm bao nhiêu?" as "How much are the tuition fees a year?", "Học phí một kỳ là mười triệu." as
    "The tuition fees are VND10 million a term." (_HOW_MUCH); None for anything else, and a sum not of đồng."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["per0"] and m["per"]:
        return None
    per = m["per0"] or m["per"]
    per = f" a {_PER[keyed(per).split(' ', 1)[1]]}" if per else ""
    if m["how"]:
        return f"How much are {_fees(m)}{per}?"
    if m["words"] and not (m["words"].islower() and _WORDS_TAKEN.fullmatch(m["words"])):
        return None
    money = sum_said(words_in_digits(m["words"], "vi") if m["words"] else m["sum"], "vi")  # ("mười triệu": "10 triệu")
    return capitalised(f"{_fees(m)} are {money}{per}{stop(m['end'])}") if money else None


def _whose_for(m: re.Match, who_: str) -> str | None:
    """Whose fees are paid in a match of _PAY, in English: "my" ("cho tôi"), "my mother's" ("cho mẹ tôi"), "my
    child's" ("cho con", a pronoun's own); None where whom is who, for "con" after any but a pronoun, and for whom
    the module docstring leaves (him, her, a name; "trả … cho" one not kin; one taking who in)."""
    if m["child"]:
        return f"{EN_WHOSE[who_]} child's" if who_ in ("I", "you", "he", "she") else None
    whom = keyed(m["whom"])
    kin = whom not in OBJECTS and re.fullmatch(WHO, " ".join(m["whom"].split()))["kin"]
    payer = keyed(m["whose"] or m["pwhose"] or "") if m["kin"] or m["parents"] else None
    if not kin and (whom not in OBJECTS or keyed(m["verb"]) == "trả" and payer != whom):
        return None
    said = f"{someone(m['whom'], 'vi')}'s" if kin else _POSSESSIVE[OBJECTS[whom]]
    taken_in = said in ("his", "her", "their") or (who_, said) in _TAKES_IN or said == EN_WHOSE.get(who_)
    return None if taken_in else said  # (said == who's: "Tôi đóng học phí cho tôi.")


def _pay(text: str) -> str | None:
    """"Bố mẹ tôi đóng học phí cho tôi." as "My parents pay my tuition fees.", "Tôi chưa đóng học phí." as "I haven't
    paid my tuition fees yet.", "Bạn đã đóng học phí chưa?" as "Have you paid your tuition fees yet?", "Tôi phải đóng
    học phí trước thứ sáu." as "I have to pay my tuition fees by Friday." (_PAY); None for anything else."""
    m = _PAY.fullmatch(text)
    if not m:
        return None
    q, aux, done, yet, end = "?" in m["end"], keyed(m["aux"] or ""), bool(m["done"]), bool(m["yet"]), m["end"]
    said = ("who", True) if m["ai"] else _who(m, q)
    if not said or (m["ai"] or yet) and m["ask"] or bool(m["asked"]) != bool(m["ask"]) or done and yet or \
            m["asked"] and (yet or done) or yet and not q:
        return None
    who_, one = said
    whose = (_whose_for(m, who_) if m["whom"] or m["child"] else
             "the" if m["ai"] or who_ not in EN_WHOSE else EN_WHOSE[who_])
    day = when(m["day"], "vi", NEAR_SPANS) if m["day"] else ""
    if not whose or day is None or day and (BEHIND.search(day) or aux not in ("phải", "cần", "sẽ")) or \
            m["own"] and (whose == "the" or m["whom"] or m["child"] or aux not in ("", "vẫn", "phải")):
        return None
    day = f" {'by ' + day.removeprefix('on ') if m['by'] else day}" if day else ""
    fees, has = f"{whose}{' own' * bool(m['own'])} tuition fees", "has" if one else "have"
    if m["ai"]:
        return f"Who {'paid' if aux == 'đã' else 'pays'} {fees}?" if q and aux in ("", "đã") and not done else None
    if aux in ("phải", "cần", "sẽ", "không phải") and not (done or yet):
        if aux == "không phải" or q:  # (no fees to pay at all, or asked whether: whose not said)
            return None if m["whom"] or m["child"] or day or q and (aux != "phải" or not m["asked"]) else \
                present(who_, one, "have", f"to pay {fees if m['own'] else 'tuition fees'}", q, not q, end)
        verb = {"sẽ": "will pay", "cần": f"{'needs' if one else 'need'} to pay"}.get(aux, f"{has} to pay")
        return capitalised(contracted(who_, f"{verb} {fees}{day}") + stop(end))
    if day:
        return None
    if yet:  # ("… chưa?": asked whether yet)
        return f"{has.capitalize()} {who_} paid {fees} yet?" if aux in ("", "đã") else None
    if aux == "chưa":
        return None if done or q else capitalised(f"{who_} {has}n't paid {fees} yet{stop(end)}")
    if done or aux == "đã" or aux in _JUST:
        just = "just " if aux in _JUST else ""
        return None if q or just and done else capitalised(contracted(who_, f"{has} {just}paid {fees}") + stop(end))
    if not (m["whom"] or m["child"] or m["own"]) or aux not in ("", "vẫn", "không"):
        return None  # ("Tôi đóng học phí.": pays, or paid?)
    asked = asked_of(m)
    if asked is None or aux == "không" and asked:
        return None
    return present(who_, one, "pay", fees, asked, aux == "không", end, "still " * (aux == "vẫn"))


def _deadline(text: str) -> str | None:
    """"Hạn đóng học phí là thứ Sáu." as "The deadline for paying tuition fees is Friday.", "Khi nào là hạn đóng học
    phí?" as "When is the deadline for paying tuition fees?" (_DEADLINE); None for anything else."""
    m = _DEADLINE.fullmatch(text)
    asked = bool(m and (m["asked"] or m["asked0"]))
    if not m or asked != ("?" in m["end"]):
        return None
    if asked:
        return "When is the deadline for paying tuition fees?"
    day = when(m["day"], "vi", NEAR_SPANS)
    return f"The deadline for paying tuition fees {'was' if BEHIND.search(day) else 'is'} {day.removeprefix('on ')}." \
        if day else None


def _waived(text: str) -> str | None:
    """"Tôi được miễn học phí." as "I'm exempt from tuition fees.", "Con tôi được giảm học phí." as "My child gets
    reduced tuition fees." (_WAIVED); None for anything else."""
    m = _WAIVED.fullmatch(text)
    asked = asked_of(m) if m else None
    if asked is None or not (said := _who(m, asked)):
        return None
    (who_, one), not_ = said, bool(m["not"])
    if keyed(m["how"]) == "giảm":
        return present(who_, one, "get", "reduced tuition fees", asked, not_, m["end"])
    if asked:
        return f"{be(who_).capitalize()} {who_} exempt from tuition fees?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * not_} exempt from tuition fees") + stop(m["end"]))


def _fits(word: str, who_: str, one: bool) -> bool:
    """Whether an English verb or auxiliary (`word`) agrees with who (as who_vi gives it): "I am", "she has"."""
    word = keyed(word)
    if word in ("am", "'m", "are", "'re"):
        return who_ == "tôi" if word in ("am", "'m") else not one and who_ != "tôi"
    return one if word in _ONE else not one if word in _MANY else True


def _fees_vi(m: re.Match) -> tuple[str, bool] | None:
    """The fees of a match of _FEES_EN in Vietnamese, and whether one ("tuition is"); None for "the tuition"."""
    one = keyed(m["fees"]) == "tuition"
    return None if one and m["the"] else ("học phí" + (f" {_AT_VI[keyed(m['at'])]}" if m["at"] else ""), one)


def _rise_vi(text: str) -> str | None:
    """"Tuition fees have gone up this year." as "Học phí năm nay tăng rồi.", "Tuition fees went up last year." as
    "Năm ngoái học phí đã tăng." (_RISE_EN); None for anything else, and a verb not agreeing ("fees has")."""
    m = _RISE_EN.fullmatch(text)
    said = m and _fees_vi(m)
    if not said:
        return None
    (fees, one), aux, verb, end = said, keyed(m["aux"] or ""), " ".join(m["verb"].split()), stop(m["end"])
    day, again = keyed(m["day"] or ""), "lại " if m["again"] else ""
    way = NEAR_WAY.get(_YEARS_VI.get(day, ""), "")
    if aux and not _fits(aux, "", one) or m["just"] and (again or day or verb != "gone"):
        return None
    if verb == "went" and not aux and way != "ahead":
        return capitalised(f"{_YEARS_VI[day] + ' ' if day else ''}{fees} {again or 'đã '}tăng{end}")
    if verb == "gone" and aux in ("have", "has", "'ve", "'s") and way in ("", "today"):
        day = f" {_YEARS_VI[day]}" if day else ""
        return capitalised(f"{fees}{day} vừa tăng{end}" if m["just"] else f"{fees}{day} {again}tăng rồi{end}")
    if aux in ("are", "is", "'re", "'s") and not again and (verb == "going" and way in ("ahead", "today")
                                                           or verb == "about to go" and not day):
        return capitalised(f"{_YEARS_VI[day]} {fees} sẽ tăng{end}" if day else f"{fees} sắp tăng{end}")
    return None


def _dear_vi(text: str) -> str | None:
    """"The tuition fees are too expensive." as "Học phí đắt quá.", "Are the tuition fees expensive?" as "Học phí có
    đắt không?", "Tuition here isn't cheap." as "Học phí ở đây không rẻ." (_DEAR_EN); None for anything else."""
    m = _DEAR_EN.fullmatch(text)
    said, q, how = m and _fees_vi(m), m and bool(m["q"]), m and (m["how"] or "").lower()
    if not said or q != ("?" in m["end"]) or q == bool(m["be"]) or not _fits(m["q"] or m["be"], "", said[1]) or \
            m["like"] == "cheap" and how == "too":
        return None
    (fees, _), like = said, _LIKE_VI[m["like"].lower()]
    if q:
        return None if m["not"] or how else capitalised(f"{fees} có {like} không?")
    if m["not"]:
        return None if how not in ("", "very", "too") else \
            capitalised(f"{fees} không {'quá ' * (how == 'too')}{like}{' lắm' * (how == 'very')}{stop(m['end'])}")
    said = f"{like} quá" if how == "too" else f"{_HOW_VI[how]} {like}" if how else like
    return capitalised(f"{fees} {said}{stop(m['end'])}")


def _how_much_vi(text: str) -> str | None:
    """"How much are the tuition fees a year?" as "Học phí một năm bao nhiêu?", "The tuition fees are 10 million dong
    a term." as "Học phí một kỳ là 10 triệu đồng." (_HOW_MUCH_EN, _SUM_EN); None for anything else."""
    m = _HOW_MUCH_EN.fullmatch(text) or _SUM_EN.fullmatch(text)
    said = m and _fees_vi(m)
    if not said or (m["be"] == "is") != said[1]:
        return None
    fees, per = said[0], f" một {_PER_VI[m['per']]}" if m["per"] else ""
    if m.re == _HOW_MUCH_EN:
        return capitalised(f"{fees}{per} bao nhiêu?")
    money = sum_said(m["sum"], "en")
    return capitalised(f"{fees}{per} là {money}{stop(m['end'])}") if money else None


def _pay_vi(text: str) -> str | None:
    """"My parents pay my tuition fees." as "Bố mẹ tôi đóng học phí cho tôi.", "I have to pay my tuition fees by
    Friday." as "Tôi phải đóng học phí trước thứ Sáu." (_PAY_EN); None for anything else, and for a verb or whose
    not agreeing."""
    m = _PAY_EN.fullmatch(text)
    if not m or bool(m["q"] or m["ai"]) != ("?" in m["end"]):
        return None
    q, aux, verb, end = (m["q"] or "").lower(), keyed(m["aux"] or ""), m["verb"], stop(m["end"])
    said = ("ai", True) if m["ai"] else _who(m, bool(q), "en")
    first = q or (aux if aux != "still" else "") or verb  # ("still pays": the verb agrees)
    if not said or q and aux not in ("", "have to") or m["ai"] and (q or aux) or not _fits(first, *said) \
            or verb == "pays" and first != verb or m["own"] and not m["owner"]:
        return None
    (who_, one), owner, day = said, (m["owner"] or "").lower(), _day_vi(m)
    if day is None or day and aux not in _MUST_VI or m["just"] and verb != "paid":
        return None
    who_ = capitalised(who_)
    if not (owner or m["someone"]):  # (no one's fees: fees at all, "have to" asked or denied)
        if m["ai"] or verb != "pay" or day or m["yet"] or (q, aux) not in _BARE:
            return None
        return f"{who_} có phải đóng học phí không?" if q else f"{who_} không phải đóng học phí{end}"
    if (q, aux) in _BARE:
        return None
    own = owner == "the" or not m["someone"] and not m["ai"] and own_thing(m, said[0], one)
    if own is None or owner == "the" and m["ai"] or m["own"] and not own or (said[0], owner) in _TAKES_IN:
        return None
    whom = f" cho {someone(m['someone'], 'en')}" if m["someone"] else "" if own else f" cho {_OBJECTS_VI[owner]}"
    fees = f"{'tự ' * bool(m['own'])}đóng học phí{whom}"
    if m["ai"]:
        return f"Ai {'đã ' * (verb == 'paid')}{fees}?" if verb != "pay" else None
    if aux in _MUST_VI:
        return None if verb != "pay" or m["yet"] or m["own"] and aux == "will" else \
            f"{who_} {_MUST_VI[aux]} {fees}{day}{end}"
    if verb == "paid":
        return None if m["own"] else _paid_vi(m, q, aux, who_, fees, end)
    if m["yet"] or aux not in ("", "do not", "does not", "don't", "doesn't", "still"):
        return None
    not_ = "không " if aux not in ("", "still") else ""
    return f"{who_} có {fees} không?" if q else f"{who_} {not_}{'vẫn ' * (aux == 'still')}{fees}{end}"


def _day_vi(m: re.Match) -> str | None:
    """The day of a match of _PAY_EN in Vietnamese, "trước" after "by" ("trước thứ Sáu"), "vào" on a weekday; ""
    for none, None for one `when` does not read or a day behind."""
    if not m["day"]:
        return ""
    day = when(m["day"], "en", NEAR_SPANS)
    if not day or BEHIND.search(m["day"]):
        return None
    day = day.removeprefix("vào ")
    return f" trước {day}" if m["by"] == "by" else f" vào {day}" if day.startswith("thứ") else \
        f" {day}" if not m["by"] else None


def _paid_vi(m: re.Match, q: str, aux: str, who_: str, fees: str, end: str) -> str | None:
    """Paid, just, not yet or asked yet, in Vietnamese, of a match of _PAY_EN: "Bạn đã đóng học phí chưa?", "Tôi
    chưa đóng học phí.", "Tôi vừa đóng học phí.", "Tôi đã đóng học phí rồi."; None for "yet" said otherwise."""
    if q:
        return f"{who_} đã {fees} chưa?" if m["yet"] and q in ("have", "has") and not m["just"] else None
    if aux in ("have not", "has not", "haven't", "hasn't"):
        return f"{who_} chưa {fees}{end}" if m["yet"] and not m["just"] else None
    if m["yet"] or aux not in ("", "have", "has", "'ve", "'s"):
        return None
    done = " rồi" * bool(aux or m["just"])
    return f"{who_} vừa {fees}{end}" if m["just"] == "just" else f"{who_} đã {fees}{done}{end}"


def _deadline_vi(text: str) -> str | None:
    """"The deadline for paying tuition fees is Friday." as "Hạn đóng học phí là thứ Sáu.", "When is the deadline
    for paying tuition fees?" as "Hạn đóng học phí là khi nào?" (_DEADLINE_EN); None for anything else."""
    m = _DEADLINE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["day"]):
        return None
    if m["q"]:
        return "Hạn đóng học phí là khi nào?"
    day = when(m["day"], "en", NEAR_SPANS)
    return f"Hạn đóng học phí là {day.removeprefix('vào ')}{stop(m['end'])}" if day else None


def _waived_vi(text: str) -> str | None:
    """"I'm exempt from tuition fees." as "Tôi được miễn học phí.", "Does she get reduced tuition fees?" as "Cô ấy
    có được giảm học phí không?" (_WAIVED_EN); None for anything else, and a verb not agreeing."""
    m = _WAIVED_EN.fullmatch(text)
    q = m and (m["q"] or "").lower()
    if not m or bool(q) != ("?" in m["end"]) or not (said := _who(m, bool(q), "en")):
        return None
    aux, get = keyed(m["aux"] or ""), m["get"]
    if bool(m["exempt"]) != bool(q in ("are", "is") or aux) or q and aux or m["not"] and not aux or get and (
            (get == "gets") != (said[1] and not q) or q and q not in ("do", "does")) or \
            not _fits(q or aux or get, *said):
        return None
    who_, how = capitalised(said[0]), "miễn" if m["exempt"] else "giảm"
    return f"{who_} có được {how} học phí không?" if q else \
        f"{who_} {'không ' * bool(m['not'])}được {how} học phí{stop(m['end'])}"
