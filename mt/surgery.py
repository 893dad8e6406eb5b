"""Operations, both ways, written whole by rule: who needs one (the doctor says so), who has just had one, had one
on a day behind, is having one on a day ahead, has ever or never had one; having to stay in hospital for a span; the
operation a success; recovering after it. v8 (rules on) reads "mổ" as a caesarean and "operation" as an activity:
"Bác sĩ bảo tôi phải mổ." → "The doctor told me to be cesarean section.", "Mẹ tôi mới mổ ruột thừa." → "My mother
was leftover cesarean.", "Bố tôi mổ tim năm ngoái." → "My father was cesarean section last year.", "Tôi phải nằm
viện ba ngày." → "I must lie in the hospital three days.", "Ca mổ thành công." → "Cesarean section cesarean section
success.", "Bạn đã bao giờ mổ chưa?" → "Never cesarean section?"; "The doctor says I need an operation." → "Bác sĩ
nói tôi cần một hoạt động.", "My mother has just had her appendix out." → "Mẹ tôi vừa mới có ruột thừa.", "I have to
stay in hospital for three days." → "Tôi phải ở lại bệnh viện được ba ngày rồi.", "The operation was a success." →
"Thao tác là thành công.", "Have you ever had an operation?" → "Bạn chưa từng có thao tác?".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) needs an operation or one of OPS ("cần mổ", "sẽ phải phẫu thuật
tim"), needs to, had to or will have to stay in hospital (for a span of mt.spans, after the operation), said, denied
or asked, alone or after "Bác sĩ bảo …" ("The doctor says …", "phải" too); who has just had one ("vừa", "mới"), has
had it ("đã", "rồi"), had it on a day behind, is having it on a day ahead or "sẽ", "sắp", has had it yet ("…
chưa?"), ever ("đã bao giờ … chưa?") or never; the operation (whose) a success, not, asked, gone well, how long it
took; who is recovering, has recovered, has not yet, asked. Left: "phải" with no tense, the doctor not saying it
("Tôi phải nằm viện ba ngày.", "Bạn có phải mổ không?": has to or had to, as mt/hospital.py leaves "Bố tôi phải nhập
viện."), "mổ xong" ("Tôi vừa mổ xong.": a surgeon done operating?), "nhỉ" said (asking to be agreed with), an
operation of many ("Chúng tôi vừa mổ.": surgeons?), an appendix out of a name alone (his or hers?), "anh", "chị",
"em" alone saying it, a pet, one's own "… chưa?" ("Tôi đã mổ chưa?"), "từng" said, a day today ("Hôm nay tôi mổ.":
done or ahead?), "mổ" with no tense ("Mẹ tôi mổ ruột thừa."), "mổ cá", "mổ lợn", "mổ xẻ" (other meanings), a
caesarean ("mổ đẻ": births), recovering "tốt" asked ("… hồi phục tốt sau mổ chưa?"), being in hospital now, for a span
so far or on a day, taken there, out of it, discharged (all mt/hospital.py's, which is tried first and takes "đã phải",
"sẽ phải nằm viện" too), and anything else.
mt.phrasebook.translate tries these after mt/elections.py.

    >>> translate("Mẹ tôi mới mổ ruột thừa.", "vi", "en"), translate("The doctor says I need an operation.", "en", "vi")
    ('My mother has just had her appendix out.', 'Bác sĩ bảo tôi phải mổ.')
"""
from __future__ import annotations

import re

from . import spans
from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mổ|phẫu\s+thuật|nằm\s+viện)"),
         "en": lazy(r"(?i:operation|surgery|appendix|tonsils|gallbladder|hospital)")}
# what is operated on, as English has it after "have" ("{whose}": who's own); the first Vietnamese is written back
OPS = {"tim": "heart surgery", "mắt": "eye surgery", "sỏi thận": "kidney stone surgery",
       "sỏi mật": "gallstone surgery", "đục thủy tinh thể": "cataract surgery", "đầu gối": "knee surgery",
       "cột sống": "spinal surgery", "lưng": "back surgery", "dạ dày": "stomach surgery", "não": "brain surgery",
       "vai": "shoulder surgery", "tuyến giáp": "thyroid surgery", "ruột thừa": "{whose} appendix out",
       "cắt ruột thừa": "{whose} appendix out", "túi mật": "{whose} gallbladder out",
       "cắt túi mật": "{whose} gallbladder out", "amidan": "{whose} tonsils out", "cắt amidan": "{whose} tonsils out"}
OPS_VI = {en: vi for vi, en in reversed(OPS.items()) if "{" not in en} | {
    "a heart operation": "tim", "an eye operation": "mắt", "a knee operation": "đầu gối",
    "surgery for kidney stones": "sỏi thận", "a cataract operation": "đục thủy tinh thể", "spine surgery": "cột sống"}
_PARTS_VI = {"appendix": "ruột thừa", "gallbladder": "túi mật", "tonsils": "amidan"}
_MANY_EN = {"parents", "grandparents", "children", "kids"}  # (kin who are many: "my parents need")
# the verbs said of one (he, she, my mother) and of others, as _agrees reads them
_THIRD = {"has", "does", "is", "'s", "needs", "doesn't", "does not", "hasn't"}
_OTHER = {"have", "do", "are", "'re", "need", "don't", "do not", "'ve", "haven't"}
# the near days a shape says: behind with what was done, ahead with what will be
_BEHIND = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái")
_AHEAD = near_days("ngày mai", "sáng mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "tháng sau", "tháng tới")
_DAYS = _BEHIND | _AHEAD
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_CUT = r"(?:mổ|phẫu\s+thuật)"
_OP = rf"(?:\s+(?P<op>{alternatives(OPS)}))?"
_DAY_VI = rf"(?i:{alternatives(_DAYS)})"
# the doctor saying it ("Bác sĩ bảo tôi phải mổ."): what follows is read as a sentence of _NEED
_DOCTOR = lazy(r"[Bb]ác\s+sĩ\s+(?:bảo|nói)(?:\s+(?:là|rằng))?\s+(?P<rest>\S.*)")
# needs one, has to stay in hospital ("Tôi cần mổ.", "Bạn có cần nằm viện không?", "Tôi sẽ phải nằm viện ba ngày.")
_NEED = lazy(rf"{WHO}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<must>cần\s+phải|cần|phải)\s+"
             rf"(?:{_CUT}{_OP}|(?P<stay>nằm\s+viện)(?:\s+{spans.VI})?(?P<after>\s+sau\s+(?:khi\s+)?(?:ca\s+)?{_CUT})?)"
             rf"{ASKED_END}")
# had one, is having one ("Mẹ tôi mới mổ ruột thừa.", "Bố tôi mổ tim năm ngoái.", "Bạn đã bao giờ mổ chưa?"); not
# "mổ xong" ("Tôi vừa mổ xong.": a surgeon says it of operating)
_HAD = lazy(rf"(?:(?P<day0>{_DAY_VI})\s*,?\s+)?{WHO}\s+(?:(?P<tense>đã\s+bao\s+giờ|đã\s+từng|chưa\s+bao\s+giờ|"
            r"chưa\s+từng|vừa\s+mới|vừa|mới|đã|sẽ|sắp)\s+)?(?:được\s+)?"
            rf"{_CUT}{_OP}(?:\s+(?P<day>{_DAY_VI}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?"
            rf"{SOFTENED_END}")
# the operation a success, gone well, how long ("Ca mổ thành công.", "Ca mổ của mẹ tôi có thành công không?")
_WENT = lazy(rf"[Cc]a\s+{_CUT}(?:\s+(?:của\s+)?{OWNER})?\s+(?:(?P<aux>đã|rất|có|không|đã\s+rất)\s+)?"
             rf"(?:(?P<won>thành\s+công)|(?P<well>diễn\s+ra\s+(?:tốt\s+đẹp|suôn\s+sẻ))|kéo\s+dài\s+{spans.VI})"
             rf"{ASKED_END}")
# recovering ("Mẹ tôi đang hồi phục sau ca mổ.", "Bạn đã hồi phục sau mổ chưa?", "Tôi vẫn chưa hồi phục sau mổ.")
_HEAL = lazy(rf"{WHO}\s+(?:(?P<tense>vẫn\s+đang|vẫn\s+chưa|có\s+đang|đang|đã|chưa)\s+)?(?:hồi|bình)\s+phục"
             r"(?:\s+(?P<how>tốt|hoàn\s+toàn))?\s+sau\s+(?:khi\s+)?(?:ca\s+)?(?:mổ|phẫu\s+thuật)"
             r"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa|không))?" + SOFTENED_END)

# ... and in English
_OP_EN = (rf"(?:(?P<op>{alternatives(OPS_VI)})|(?P<owner>{WHOSE_WORDS})\s+(?P<part>{alternatives(_PARTS_VI)})\s+"
          r"(?:out|removed|taken\s+out)|(?P<bare>an\s+operation|surgery)|(?P<the>the\s+operation))")
_DOCTOR_EN = lazy(r"The\s+doctor\s+(?P<say>says|said|told\s+me|has\s+told\s+me)(?:\s+that)?\s+(?P<rest>\S.*)")
_NEED_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<chain>\s+(?:(?:don|doesn)['’]t|do\s+not|does\s+not|will)|['’]ll)?"
                r"\s+(?P<verb>needs|need|needed|has|have|had)\s+(?:to\s+(?P<stay>stay\s+in\s+(?:the\s+)?hospital)"
                rf"(?:\s+for\s+{spans.EN})?(?P<after>\s+after\s+(?:the\s+)?(?:operation|surgery))?|"
                rf"(?P<to>to\s+have\s+)?{_OP_EN})\s*(?P<end>[.!?]*)")
_HAD_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|is|am|are|will)|['’](?:s|ve|re|m|ll))?"
               r"(?:\s+(?P<adv>just|never|ever))?\s+(?P<verb>had|having|have|going\s+to\s+have)\s+"
               rf"{_OP_EN}(?P<yet>\s+yet)?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_WENT_EN = lazy(rf"(?:(?P<q>Was|Did)\s+)?(?:(?P<the0>[Tt]he)|(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})"
                r"['’]s)\s+(?:operation|surgery)\s+(?:(?P<won>(?:was\s+)?(?:a\s+success|successful))|(?P<very>was\s+"
                r"very\s+successful)|(?P<lost>was\s+not\s+(?:a\s+success|successful)|wasn['’]t\s+(?:a\s+success|"
                rf"successful))|(?P<well>went\s+well|go\s+well)|(?:took|lasted)\s+{spans.EN})\s*(?P<end>[.!?]*)")
_HEAL_EN = lazy(rf"(?:(?P<q>Has|Have|Is|Are)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|is|am|are)(?:\s+not|n['’]t)?|"
                r"['’](?:s|ve|re|m))?(?:\s+(?P<still>still))?(?:\s+(?P<aux2>(?:has|have)n['’]t))?(?:\s+(?P<how>fully))?"
                r"\s+(?P<verb>recovered|recovering)(?:\s+(?P<well>well))?\s+from\s+(?:the|(?P<owner>"
                rf"{WHOSE_WORDS}))\s+(?:operation|surgery)(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)  # ("Tôi cần mổ nhỉ.": asks to be agreed with, not said)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who needs an operation, has had or is having one, has to stay in
    hospital, how it went or who is recovering from it; None for any other."""
    if src == "vi":
        return _doctor(text) or _need(text) or _had(text) or _went(text) or _heal(text)
    return _doctor_vi(text) or _need_vi(text) or _had_vi(text) or _went_vi(text) or _heal_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether English says it with "-s" ("my parents": not); None for a pet,
    and for "anh", "chị" … alone saying it (mt.hobbies.who)."""
    said = None if animal(m) else who(m, asked)
    return said and (said[0], said[1] and be(said[0]) == "is")


def _many(who_: str) -> bool:
    """Whether who in English is many ("we", "my parents"): an operation is one's own."""
    return be(who_) == "are" and who_ != "you"


def _op(m: re.Match, who_: str) -> str | None:
    """The operation of a match of WHO (group op) in English: "heart surgery", "her appendix out" ("their" for kin
    that does not tell: "con tôi"), "an operation" for none said; None where whose an organ is cannot be told (a name
    alone, many)."""
    said = OPS[keyed(m["op"])] if m["op"] else "an operation"
    if "{whose}" not in said:
        return said
    whose = None if _many(who_) else whose_own(m, who_) or ("their" if m["kin"] else None)  # ("con tôi": theirs)
    return whose and said.format(whose=whose)


def _doctor(text: str) -> str | None:
    """"Bác sĩ bảo tôi phải mổ." as "The doctor says I need an operation.", "Bác sĩ nói mẹ tôi phải nằm viện ba
    ngày." as "The doctor says my mother has to stay in hospital for three days." (_DOCTOR, _NEED); None for
    anything else, and for a question."""
    m = _DOCTOR.fullmatch(text)
    said = m and _need(m["rest"], doctor=True)
    return f"The doctor says {said}" if said else None


def _need(text: str, doctor: bool = False) -> str | None:
    """"Tôi cần mổ." as "I need an operation.", "Bạn có cần mổ tim không?" as "Do you need heart surgery?", "Tôi sẽ
    phải nằm viện ba ngày." as "I will have to stay in hospital for three days.", "Anh ấy đã phải mổ." as "He had to
    have an operation." (_NEED; `doctor` saying it: not asked, and who not capitalised); None for anything else."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or asked and (doctor or m["tense"]) or (
            m["not"] and m["tense"]) or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    tense, must = m["tense"] or "", not m["must"].startswith("cần")
    if must and not (tense or doctor):
        return None  # (as mt/hospital.py leaves "Bố tôi phải nhập viện."; the doctor's "phải" is ahead)
    if m["stay"]:
        span = spans.said(m, "en")
        what = f"stay in hospital{f' for {span}' * bool(span)}{' after the operation' * bool(m['after'])}"
        verb, rest = ("have", f"to {what}") if must else ("need", f"to {what}")
    else:
        if _many(who_) or (op := _op(m, who_)) is None or tense == "đã" and not must:
            return None
        what = f"have {op}"
        verb, rest = "need", (f"to {what}" if op.endswith(" out") else op)
    if tense == "đã":
        said = f"{who_} had to {what}{stop(m['end'])}"
    elif tense:
        said = f"{who_} will {verb} {rest}{stop(m['end'])}"
    else:
        said = present(who_, one, verb, rest, asked, bool(m["not"]), m["end"])
    return who_ + said[len(who_):] if doctor else capitalised(said)


def _had(text: str) -> str | None:
    """"Mẹ tôi mới mổ ruột thừa." as "My mother has just had her appendix out.", "Bố tôi mổ tim năm ngoái." as "My
    father had heart surgery last year.", "Tuần sau bà tôi sẽ mổ mắt." as "My grandmother is having eye surgery next
    week.", "Bạn đã bao giờ mổ chưa?" as "Have you ever had an operation?" (_HAD); None for anything else."""
    m = _HAD.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    if _many(who_) or asked and who_ == "I" or (op := _op(m, who_)) is None:
        return None
    day = _DAYS.get(keyed(m["day0"] or m["day"] or ""), "")
    ahead, tense, done = day in _AHEAD.values(), keyed(m["tense"] or ""), bool(m["done"])
    has, is_ = ("has" if one else "have"), be(who_)
    form = ("ever" if tense in ("đã bao giờ", "đã từng") and asked else "yet" if tense in ("", "đã") and asked else
            None if asked else "never" if tense in ("chưa bao giờ", "chưa từng") and not done else
            "just" if tense in ("vừa", "mới", "vừa mới") and not done else
            "ahead" if tense in ("", "sẽ") and ahead and not done else "going" if tense in ("sẽ", "sắp") and not day
            else "past" if tense in ("", "đã") and day and not ahead and not done else
            "done" if tense == "đã" or done and not tense else None)
    if form is None or day and form not in ("ahead", "past"):
        return None
    if form in ("yet", "done") and op == "an operation" and (form == "yet" or done):
        op = "the operation"  # ("Bạn đã mổ chưa?", "Tôi mổ rồi.": the one to be had)
    words = {"ever": f"{has.capitalize()} {who_} ever had {op}?", "yet": f"{has.capitalize()} {who_} had {op} yet?",
             "never": contracted(who_, f"{has} never had {op}."), "just": contracted(who_, f"{has} just had {op}."),
             "ahead": contracted(who_, f"{is_} having {op} {day}."),
             "going": contracted(who_, f"{is_} going to have {op}{' soon' * (tense == 'sắp')}."),
             "past": f"{who_} had {op} {day}.", "done": contracted(who_, f"{has} had {op}.")}[form]
    return capitalised(words[:-1] + stop(m["end"]) if words.endswith(".") else words)


def _went(text: str) -> str | None:
    """"Ca mổ thành công." as "The operation was a success.", "Ca mổ của mẹ tôi có thành công không?" as "Was my
    mother's operation a success?", "Ca mổ diễn ra suôn sẻ." as "The operation went well.", "Ca mổ kéo dài ba tiếng."
    as "The operation took three hours." (_WENT); None for anything else."""
    m = _WENT.fullmatch(text)
    asked = bool(m and m["asked"])
    aux = keyed(m["aux"] or "") if m else ""
    if not m or asked != ("?" in m["end"]) or asked != (aux == "có") or aux and not (m["won"] or m["well"]):
        return None
    named = m["someone"] and someone(m["someone"], "vi")
    if m["someone"] and not named:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{named}'s" if named else "the"
    op, end = f"{whose} operation", stop(m["end"])
    if m["well"]:
        went = "did not go" if aux == "không" else "went"
        return None if "rất" in aux else f"Did {op} go well?" if asked else capitalised(f"{op} {went} well{end}")
    if m["won"]:
        if asked:
            return f"Was {op} a success?"
        said = {"": "was a success", "đã": "was a success", "rất": "was very successful",
                "đã rất": "was very successful", "không": "was not a success"}[aux]
        return capitalised(f"{op} {said}{end}")
    return capitalised(f"{op} took {spans.said(m, 'en')}{end}")


def _heal(text: str) -> str | None:
    """"Mẹ tôi đang hồi phục sau ca mổ." as "My mother is recovering from the operation.", "Bạn đã hồi phục sau mổ
    chưa?" as "Have you recovered from the operation yet?", "Tôi vẫn chưa hồi phục sau mổ." as "I still haven't
    recovered from the operation." (_HEAL); None for anything else, and for a tense not said."""
    m = _HEAL.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := _who(m, asked)) is None or _many(said[0]):
        return None
    who_, one = said
    tense, yet, how = keyed(m["tense"] or ""), keyed(m["yet"] or ""), keyed(m["how"] or "")
    has, is_, end = ("has" if one else "have"), be(who_), stop(m["end"])
    well, fully, what = " well" * (how == "tốt"), " fully" * (how == "hoàn toàn"), "from the operation"
    if tense in ("đang", "vẫn đang") and not (m["done"] or yet) and how != "hoàn toàn":
        still = " still" * (tense == "vẫn đang")
        return capitalised(contracted(who_, f"{is_}{still} recovering{well} {what}{end}"))
    if tense == "có đang" and yet == "không" and how != "hoàn toàn":
        return f"{is_.capitalize()} {who_} recovering{well} {what}?"
    if yet == "chưa" and tense in ("", "đã") and not m["done"] and who_ != "I" and how != "tốt":  # ("tốt": well, lost)
        return f"{has.capitalize()} {who_}{fully} recovered {what} yet?"
    if yet or how == "tốt":
        return None
    if tense in ("chưa", "vẫn chưa") and not (m["done"] or how):
        return capitalised(f"{who_} still {has}n't recovered {what}{end}" if tense == "vẫn chưa" else
                           f"{who_} {has}n't recovered {what} yet{end}")
    if tense == "đã" or not tense and m["done"]:
        return capitalised(contracted(who_, f"{has}{fully} recovered {what}{end}"))
    return None


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether English says it with "-s" ("my parents": not); None for a
    pet."""
    if animal(m):
        return None
    who_, one = who_vi(m)
    return who_, one and keyed(m["kin"] or "") not in _MANY_EN


def _many_en(m: re.Match) -> bool:
    """Whether who of a match of WHO_EN is many ("we", "my parents")."""
    return keyed(m["who"] or "") in ("we", "they") or keyed(m["kin"] or "") in _MANY_EN


def _agrees(word: str | None, who_: str, one: bool) -> bool:
    """Whether a verb `word` said after who in English, or before it asking, agrees with who ("she needs", "do you",
    "I am"); True for one that does not tell ("had", "will")."""
    word = keyed((word or "").replace("’", "'"))
    if word in ("am", "'m"):
        return who_ == "tôi"
    if word in ("are", "'re"):
        return not one and who_ != "tôi"
    return one if word in _THIRD else not one if word in _OTHER else True


def _op_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """The operation of a match of _OP_EN in Vietnamese after "mổ" ("tim", "ruột thừa"; "" for one not named); None
    for "the operation", and for an organ not who's own ("I … her appendix")."""
    if m["op"]:
        return OPS_VI[keyed(m["op"])]
    if m["part"]:
        return _PARTS_VI[m["part"].lower()] if own_thing(m, who_, one) is True and not _many_en(m) else None
    return "" if m["bare"] else None


def _cut(op: str) -> str:
    """"mổ" and what is operated on ("mổ tim"; "mổ" alone)."""
    return f"mổ {op}".strip()


def _doctor_vi(text: str) -> str | None:
    """"The doctor says I need an operation." as "Bác sĩ bảo tôi phải mổ.", "The doctor told me I need to stay in
    hospital for a week." as "Bác sĩ bảo tôi phải nằm viện một tuần." (_DOCTOR_EN, _NEED_EN); None for anything else,
    for a question, and for "told me" of another ("The doctor told me she needs …")."""
    m = _DOCTOR_EN.fullmatch(text)
    said = m and _need_vi(m["rest"], doctor=keyed(m["say"]))
    if not said or "told me" in keyed(m["say"]) and not said.startswith("tôi "):
        return None
    return f"Bác sĩ bảo {said}"


def _need_vi(text: str, doctor: str = "") -> str | None:
    """"I need an operation." as "Tôi cần phải mổ.", "Does she need heart surgery?" as "Cô ấy có cần phải mổ tim
    không?", "I have to stay in hospital for three days." as "Tôi phải nằm viện ba ngày.", "He had to stay in
    hospital for a week." as "Anh ấy đã phải nằm viện một tuần." (_NEED_EN; `doctor` saying it, as said: "phải" for
    need, "needed" after "said", and who not capitalised); None for anything else, and where the verb does not agree
    with who."""
    m = _NEED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and doctor or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    chain, verb = keyed((m["chain"] or "").replace("’", "'")), m["verb"].lower()
    not_, will = chain in ("don't", "doesn't", "do not", "does not"), chain in ("will", "'ll")
    base = "need" if verb.startswith("need") else "have"
    if not _agrees(m["q"] or chain.split(" ")[0] or verb, who_, one) or (m["q"] or chain) and verb not in (
            "need", "have") or verb == "needed" and doctor not in ("said", "told me") or base == "have" and not (
            m["stay"] or m["to"]) or m["q"] and m["q"].lower() == "do" and one:
        return None
    if m["stay"]:
        span = spans.said(m, "vi")
        what = f"nằm viện{f' {span}' * bool(span)}{' sau mổ' * bool(m['after'])}"
    else:
        if (op := _op_vi(m, who_, one)) is None or _many_en(m):
            return None
        what = _cut(op)
    must = "phải" if base == "have" or doctor else "cần phải"
    if m["q"]:
        said = f"{who_} có {must} {what} không?"
    elif not_:
        said = f"{who_} không {'phải' if base == 'have' else 'cần phải'} {what}."
    else:
        said = f"{who_} {'đã ' * (verb == 'had') + 'sẽ ' * will}{must} {what}."
    return said if doctor else capitalised(said)


def _had_vi(text: str) -> str | None:
    """"My mother has just had her appendix out." as "Mẹ tôi vừa mổ ruột thừa.", "My father had heart surgery last
    year." as "Năm ngoái bố tôi mổ tim.", "Have you ever had an operation?" as "Bạn đã bao giờ mổ chưa?", "She's
    having eye surgery next week." as "Tuần sau cô ấy sẽ mổ mắt." (_HAD_EN); None for anything else, for many, and
    where the verb does not agree with who or the day with the tense."""
    m = _HAD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None or _many_en(m):
        return None
    who_, one = said
    aux, adv, verb = keyed((m["aux"] or "").replace("’", "'")), keyed(m["adv"] or ""), keyed(m["verb"])
    day = _DAYS_VI.get(keyed(m["day"] or ""), "")
    ahead = bool(day) and day in _AHEAD
    aux = {"'s": "has" if verb == "had" else "is", "'ll": "will"}.get(aux, aux)
    op = _op_vi(m, who_, one) if not m["the"] else "" if m["q"] and m["yet"] else None
    if op is None or not _agrees(m["q"] or aux, who_, one) or m["yet"] and not m["q"]:
        return None
    key = (bool(m["q"]), aux if aux in ("", "will") else "have" if aux in ("has", "have", "'ve") else "be",
           adv, verb, bool(m["yet"]), "ahead" if ahead else "behind" if day else "")
    said = {(True, "", "", "had", True, ""): "{who} đã {cut} chưa?", (True, "", "ever", "had", False, ""):
            "{who} đã bao giờ {cut} chưa?", (False, "have", "never", "had", False, ""): "{who} chưa bao giờ {cut}.",
            (False, "have", "just", "had", False, ""): "{who} vừa {cut}.",
            (False, "", "just", "had", False, ""): "{who} vừa {cut}.", (False, "have", "", "had", False, ""):
            "{who} đã {cut}.", (False, "", "", "had", False, ""): "{who} đã {cut}.",
            (False, "", "", "had", False, "behind"): "{day} {who} {cut}.",
            (False, "be", "", "having", False, "ahead"): "{day} {who} sẽ {cut}.",
            (False, "be", "", "going to have", False, ""): "{who} sẽ {cut}.",
            (False, "be", "", "going to have", False, "ahead"): "{day} {who} sẽ {cut}.",
            (False, "will", "", "have", False, ""): "{who} sẽ {cut}.",
            (False, "will", "", "have", False, "ahead"): "{day} {who} sẽ {cut}."}.get(key)
    if said is None or m["the"] and not m["yet"]:
        return None
    return capitalised(said.format(who=who_, cut=_cut(op), day=day).strip())


def _went_vi(text: str) -> str | None:
    """"The operation was a success." as "Ca mổ thành công.", "Was my mother's operation successful?" as "Ca mổ của
    mẹ tôi có thành công không?", "The operation went well." as "Ca mổ diễn ra tốt đẹp.", "The operation took three
    hours." as "Ca mổ kéo dài ba tiếng." (_WENT_EN); None for anything else."""
    m = _WENT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    named = m["someone"] and someone(m["someone"], "en")
    if m["someone"] and not named:
        return None
    op = f"Ca mổ của {named or WHOSE_VI[m['owner'].lower()]}" if named or m["owner"] else "Ca mổ"
    q, won, well = keyed(m["q"] or ""), keyed(m["won"] or ""), keyed(m["well"] or "")
    if q == "was" and won and not won.startswith("was"):
        return f"{op} có thành công không?"
    if q == "did" and well == "go well":
        return f"{op} có diễn ra tốt đẹp không?"
    if q or well == "go well" or won and not won.startswith("was"):
        return None
    said = ("thành công" if won else "rất thành công" if m["very"] else "không thành công" if m["lost"] else
            "diễn ra tốt đẹp" if well else f"kéo dài {spans.said(m, 'vi')}")
    return f"{op} {said}."


def _heal_vi(text: str) -> str | None:
    """"She is recovering from the operation." as "Cô ấy đang hồi phục sau mổ.", "Have you recovered from the
    operation yet?" as "Bạn đã hồi phục sau mổ chưa?", "I still haven't recovered from the operation." as "Tôi vẫn
    chưa hồi phục sau mổ." (_HEAL_EN); None for anything else, for another's operation, and where the verb does not
    agree with who."""
    m = _HEAL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None or _many_en(m):
        return None
    who_, one = said
    if m["owner"] and own_thing(m, who_, one) is not True:
        return None
    q, aux, aux2 = keyed(m["q"] or ""), keyed((m["aux"] or "").replace("’", "'")), keyed(m["aux2"] or "")
    verb, still, how, well, yet = m["verb"], bool(m["still"]), m["how"], m["well"], bool(m["yet"])
    not_ = "not" in aux or "n't" in aux
    head = "is" if verb == "recovering" and aux == "'s" else aux.split(" ")[0].removesuffix("n't")
    if not _agrees(q or head or aux2.removesuffix("n't"), who_, one) or (q or aux2) and aux or not (q or aux or aux2):
        return None
    fully, what = " hoàn toàn" * bool(how), "hồi phục"
    if verb == "recovering":
        if how or yet or not_ or aux2 or q and still or head not in ("is", "am", "are", "'m", "'re") and not q:
            return None
        well_ = " tốt" * bool(well)
        if q:
            return capitalised(f"{who_} có đang {what}{well_} sau mổ không?") if q in ("is", "are") else None
        return capitalised(f"{who_} {'vẫn ' * still}đang {what}{well_} sau mổ.")
    if well or q in ("is", "are") or head in ("is", "am", "are", "'m", "'re"):
        return None
    if q:
        return capitalised(f"{who_} đã {what}{fully} sau mổ chưa?") if not still and who_ != "tôi" else None
    if aux2 and still and not (yet or how):
        return capitalised(f"{who_} vẫn chưa {what} sau mổ.")
    if not_ and yet and not (still or how):
        return capitalised(f"{who_} chưa {what} sau mổ.")
    if not (not_ or aux2 or yet or still):
        return capitalised(f"{who_} đã {what}{fully} sau mổ.")
    return None
