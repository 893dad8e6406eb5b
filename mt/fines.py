"""Fines and the traffic police, both ways, written whole by rule: who was fined (how much, by the police, for
speeding, a red light, parking, no helmet …), got a speeding or a parking ticket, will be fined if they park here,
how much the fine was, who was stopped by the police, who has to pay or has paid the fine. v8 (rules on) reads "phạt"
as punished and "fine" as good: "Anh ấy bị phạt vì chạy quá tốc độ." → "He was punished for running too speed.",
"Tôi bị cảnh sát phạt." → "I was punished by police.", "Tôi bị phạt vì đỗ xe ở đây." → "I was punished by the
station here.", "Anh ấy bị phạt vì không đội mũ bảo hiểm." → "He was punished because of no insurance hat.", "Bạn bị
phạt bao nhiêu tiền?" → "How much money do you punish?", "Bạn sẽ bị phạt nếu đỗ xe ở đây." → "You'll be punished if
your car is here.", "Tôi bị cảnh sát dừng lại." → "I was police stopped.", "Tôi phải nộp phạt." → "I must
surrender."; "He got a speeding ticket." → "Anh ta có vé xe tốc độ.", "I got fined for parking here." → "Tôi đã tốt
để đậu xe ở đây.", "She was fined 500,000 dong." → "Cô ấy bình thường 500.000 đồng.", "How much was the fine?" →
"Cái tốt đẹp bao nhiêu?", "He was fined for not wearing a helmet." → "Anh ta bình thường không mặc một chiếc áo
khoác.", "The police stopped me." → "Cảnh sát dừng lại cho tôi.", "I have to pay a fine." → "Tôi phải trả một cái
tốt.".

Taken: who (mt.hobbies.WHO, WHO_EN) fined ("bị phạt", "bị phạt tiền", "bị cảnh sát/công an/CSGT phạt"), a sum
(mt.amounts.sum_said), for a reason of REASONS, on a day behind (mt.free_time.when, mt.dates.LAST), just ("vừa"),
will or may be ("sẽ", "có thể"; "if you park here"), asked ("có … không?", "đã bao giờ … chưa?", "bao nhiêu tiền?");
"got a speeding/parking ticket", "a ticket for …"; a reason that will be fined ("Đỗ xe ở đây sẽ bị phạt."), how much
it is ("Chạy quá tốc độ bị phạt bao nhiêu tiền?"), how much the fine is, the fine's sum; who stopped by the police
(pulled over), "The police stopped me."; who has to, needs to or has paid the fine, asked with "chưa". Left: "bị
phạt" with no money, police or traffic reason said (a child punished?), "anh", "chị", "em" alone saying it, "He got a
ticket." (mt/tickets.py), calling or telling the police (mt/theft.py), the police fining someone ("Cảnh sát phạt anh
ấy 500 nghìn."), sums not of đồng, "Cảnh sát dừng tôi lại." (v8 has it right).
mt.phrasebook.translate tries these after mt/floods.py.

    >>> translate("Anh ấy bị phạt vì chạy quá tốc độ.", "vi", "en"), translate("He got a speeding ticket.", "en", "vi")
    ('He was fined for speeding.', 'Anh ấy bị phạt vì chạy quá tốc độ.')
"""
from __future__ import annotations

import re

from . import amounts
from .dates import AHEAD, LAST
from .ever import PRONOUNS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .terms import WHOSE_VI
from .text import ASKED_END, PAST_BE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop

# what one is fined for (the first Vietnamese of each English is written back), and English after "if you …"
REASONS = {"chạy quá tốc độ": "speeding", "lái xe quá tốc độ": "speeding", "chạy xe quá tốc độ": "speeding",
           "vượt đèn đỏ": "running a red light", "chạy đèn đỏ": "running a red light",
           "đỗ xe sai chỗ": "parking in the wrong place", "đậu xe sai chỗ": "parking in the wrong place",
           "đỗ xe ở đây": "parking here", "đậu xe ở đây": "parking here", "đỗ xe sai quy định": "parking illegally",
           "không đội mũ bảo hiểm": "not wearing a helmet", "lái xe khi say rượu": "drink-driving",
           "uống rượu lái xe": "drink-driving", "lái xe không có bằng lái": "driving without a licence",
           "không có bằng lái": "driving without a licence",
           "dùng điện thoại khi lái xe": "using a phone while driving",
           "nghe điện thoại khi lái xe": "talking on the phone while driving"}
REASONS_VI = {en: vi for vi, en in reversed(REASONS.items())} | {
    "drunk driving": "lái xe khi say rượu", "drink driving": "lái xe khi say rượu",
    "driving without a license": "lái xe không có bằng lái", "running a red traffic light": "vượt đèn đỏ",
    "going through a red light": "vượt đèn đỏ"}
_IF = {"speeding": "speed", "running a red light": "run a red light", "parking here": "park here",
       "parking in the wrong place": "park in the wrong place", "parking illegally": "park illegally",
       "not wearing a helmet": "don't wear a helmet", "drink-driving": "drink and drive",
       "driving without a licence": "drive without a licence",
       "using a phone while driving": "use a phone while driving",
       "talking on the phone while driving": "talk on the phone while driving"}
_IF_VI = {en: REASONS_VI[ing] for ing, en in _IF.items()}
_TICKETS = {"speeding": "chạy quá tốc độ", "parking": "đỗ xe sai chỗ"}
POLICE = {"cảnh sát": "the police", "công an": "the police", "cảnh sát giao thông": "the traffic police",
          "csgt": "the traffic police"}
POLICE_VI = {"the police": "cảnh sát", "the traffic police": "cảnh sát giao thông"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phạt|cảnh\s+sát|công\s+an|csgt)"), "en": lazy(r"(?i:fine|ticket|police|pulled)")}

_REASON = rf"(?i:{alternatives(REASONS)})"
_POLICE = rf"(?P<police>(?i:{alternatives(POLICE)}))"
_SUM = r"(?P<sum>\d[\d.,]*(?:\s*[^\W\d_]+){0,3}?)"  # (mt.amounts says whether it is a sum of đồng)
_TENSE = (r"(?:(?P<ever>đã\s+(?:bao\s+giờ|từng)|từng)\s+|(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ|có\s+thể)\s+|"
          r"(?P<ask>có)\s+)?")
_TAIL = rf"{DAY_AFTER}(?:\s+(?P<done>chưa))?{ASKED_END}"
# "Anh ấy bị phạt vì chạy quá tốc độ.", "Cô ấy bị phạt 500.000 đồng.", "Bạn sẽ bị phạt nếu đỗ xe ở đây."
_FINED = lazy(rf"{DAY_OPENING}{WHO}\s+{_TENSE}bị\s+(?:{_POLICE}\s+)?phạt(?P<money>\s+tiền)?(?:\s+(?:(?P<how>bao"
              rf"\s+nhiêu)(?:\s+tiền)?|{_SUM}))?(?:\s+(?:vì|do)\s+(?P<reason>{_REASON}))?(?:\s*,?\s+nếu\s+(?:"
              rf"(?P<who2>{alternatives(PRONOUNS)})\s+)?(?P<if>{_REASON}))?{_TAIL}")
# "Tôi bị cảnh sát dừng lại.", "Anh ấy vừa bị CSGT dừng xe."
_STOPPED = lazy(rf"{DAY_OPENING}{WHO}\s+{_TENSE}bị\s+{_POLICE}\s+(?:dừng|chặn)(?P<car>\s+xe)?(?:\s+lại)?{_TAIL}")
# "Đỗ xe ở đây sẽ bị phạt đấy.", "Chạy quá tốc độ bị phạt bao nhiêu tiền?"
_FOR_IT = lazy(rf"(?P<reason>{_REASON})\s+(?:(?P<tense>sẽ|có\s+thể)\s+)?bị\s+phạt(?:\s+tiền)?(?:\s+(?P<how>bao\s+"
               rf"nhiêu)(?:\s+tiền)?)?(?:\s+(?:đấy|đó))?{SOFTENED_END}")
# "Tiền phạt là bao nhiêu?", "Mức phạt là 500 nghìn."
_THE_FINE = lazy(rf"(?i:tiền|mức)\s+phạt\s+(?:là\s+)?(?:(?P<how>bao\s+nhiêu)(?:\s+tiền)?|{_SUM}){SOFTENED_END}")
# "Tôi phải nộp phạt.", "Tôi đã nộp phạt rồi.", "Bạn đã nộp phạt chưa?"
_PAY = lazy(rf"{WHO}\s+(?:(?P<must>phải|cần)\s+|(?P<did>đã)\s+)?(?:nộp|đóng|trả)\s+(?:tiền\s+)?phạt"
            rf"(?:\s+{_SUM})?(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")

# ... and in English
_REASON_EN = rf"(?P<reason>(?i:{alternatives(REASONS_VI)}))"
_SUM_EN = r"(?P<sum>(?:VND\s?)?\d(?:[\d.,]*\d)?(?:\s+(?:thousand|million|billion))?(?:\s+(?:dong|VND))?)"
_POLICE_EN = rf"(?P<police>(?i:{alternatives(POLICE_VI)}))"
_AUX_EN = (r"(?P<aux>\s+(?:was|were|got|get|just\s+got|(?:will|could|can|might|may)\s+(?:get|be)|ever\s+been|"
           r"(?:has|have)\s+just\s+been)|['’](?:ll\s+(?:get|be)|[sv]e?\s+just\s+been))?")
_DONE_EN = (rf"(?:(?P<fined>fined)(?:\s+{_SUM_EN})?|(?P<ticket>a\s+(?:(?P<kind>speeding|parking)\s+)?ticket)|"
            rf"(?P<stopped>stopped)|pulled\s+over)(?:\s+by\s+{_POLICE_EN})?")
# "He was fined for speeding.", "He got a speeding ticket.", "Did you get fined?", "How much was he fined?"
_FINED_EN = lazy(rf"(?:(?P<q>Did|Was|Were|Have|Has|How\s+much\s+(?:was|were|did))\s+)?{WHO_EN}{_AUX_EN}\s+"
                 rf"{_DONE_EN}(?:\s+for\s+{_REASON_EN})?(?:,?\s+if\s+(?P<who2>you|I|we|they)\s+(?P<if>(?i:"
                 rf"{alternatives(_IF_VI)})))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# ... what is said after who, by the question's first word and the verb: the tense, and the word that must agree
_FORMS = {("", "was"): ("past", "was"), ("", "were"): ("past", "were"), ("", "got"): ("past", ""),
          ("", "just got"): ("just", ""), ("", "has just been"): ("just", "has"), ("", "'s just been"): ("just", "has"),
          ("", "have just been"): ("just", "have"), ("", "'ve just been"): ("just", "have"),
          ("did", "get"): ("ask", ""), ("was", ""): ("ask", "was"), ("were", ""): ("ask", "were"),
          ("have", "ever been"): ("ever", "have"), ("has", "ever been"): ("ever", "has"),
          ("how much was", ""): ("how", "was"), ("how much were", ""): ("how", "were"),
          ("how much did", "get"): ("how", "")} | {
    ("", f"{aux} {verb}"): ("may" if aux not in ("will", "'ll") else "will", "")
    for aux in ("will", "'ll", "could", "can", "might", "may") for verb in ("get", "be")}
_THE_FINE_EN = lazy(rf"(?:How\s+much\s+(?:is|was)\s+(?P<whose>(?i:the|{'|'.join(WHOSE_VI)}))\s+fine(?:\s+for\s+"
                    rf"{_REASON_EN})?\s*\?+|(?P<the>The)\s+fine\s+(?:is|was)\s+{_SUM_EN}\s*[.!]*)")
_STOP_EN = lazy(rf"{_POLICE_EN}\s+stopped\s+{WHOM_EN}{DAY_AFTER_EN}\s*(?P<end>[.!]*)", re.IGNORECASE)
_PAY_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?:\s+(?P<must>(?:have|has|need|needs)\s+to)|(?P<have>\s+has|"
               rf"\s+have|['’]s|['’]ve)?(?P<already>\s+already)?)\s+(?P<pay>pay|paid)\s+(?:a|the)\s+fine"
               rf"(?:\s+of\s+{_SUM_EN})?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who was fined or stopped by the police, how much the fine
    was, or who paid it; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _fined(text) or _for_it(text) or _the_fine(text) or _pay(text)
    return _fined_vi(text) or _the_fine_vi(text) or _stop_vi(text) or _pay_vi(text)


def _day(said: str | None, src: str, past: bool) -> str | None:
    """A day said in the other language ("hôm qua" "yesterday"), "" for none; None for one not read, or one where
    the tense does not take it (`past`: a day behind only; else none)."""
    day = when(said, src, LAST)
    if day and (not past or day in ("now", "bây giờ") or AHEAD.search(said if src == "en" else day)):
        return None
    return day


def _tense(m: re.Match) -> str | None:
    """How a match of _TENSE is said: "past", "just", "will", "may", "ask" ("có … không?"), "ever" ("đã bao giờ …
    chưa?"), "how" ("bao nhiêu?"); None where the end does not go with it."""
    asked, tense = "?" in m["end"], keyed(m["tense"] or "")
    kind = "ever" if m["ever"] else "ask" if m["ask"] else "how" if m.groupdict().get("how") else {
        "": "past", "đã": "past", "sẽ": "will", "có thể": "may"}.get(tense, "just")
    if bool(m["asked"]) != (kind == "ask") or bool(m["done"]) != (kind == "ever") or asked != (
            kind in ("ask", "ever", "how")) or kind == "how" and tense not in ("", "đã"):
        return None
    return kind


def _english(kind: str, who_: str, one: bool, done: str, end: str) -> str:
    """Who `done` ("fined for speeding", "stopped by the police") in English, as `kind` (_tense) says it."""
    have = "has" if one else "have"
    if kind == "how":
        return f"How much {PAST_BE[be(who_)]} {who_} {done}?"
    if kind in ("ask", "ever"):
        return f"Did {who_} get {done}?" if kind == "ask" else f"{have.capitalize()} {who_} ever been {done}?"
    said = {"past": f"{PAST_BE[be(who_)]} {done}", "just": f"{have} just been {done}", "will": f"will get {done}",
            "may": f"could get {done}"}[kind]
    return capitalised(contracted(who_, said) + stop(end))


def _fined(text: str) -> str | None:
    """"Anh ấy bị phạt vì chạy quá tốc độ." as "He was fined for speeding.", "Bạn bị phạt bao nhiêu tiền?" as "How
    much were you fined?", "Bạn sẽ bị phạt nếu đỗ xe ở đây." as "You'll get fined if you park here.", "Tôi bị cảnh
    sát dừng lại." as "I was stopped by the police." (_FINED, _STOPPED); None for anything else, and for "bị phạt"
    with no money, police or reason said."""
    m = _FINED.fullmatch(text) or _STOPPED.fullmatch(text)
    kind = m and _tense(m)
    said = kind and who(m, kind in ("ask", "ever", "how"))
    if not said or m["day0"] and m["day"]:
        return None
    day = _day(m["day0"] or m["day"], "vi", kind == "past")
    by = f" by {POLICE[keyed(m['police'])]}" if m["police"] else ""
    if m.re == _STOPPED:
        return None if day is None or kind in ("how", "will", "may") else _english(
            kind, *said, f"{'pulled over' if m['car'] else 'stopped'}{by}{' ' * bool(day)}{day}", m["end"])
    g = m.groupdict()
    fine = g["sum"] and amounts.sum_said(g["sum"], "vi")
    if day is None or g["sum"] and not fine or not (by or g["money"] or fine or g["how"] or g["reason"] or g["if"]):
        return None
    if g["if"] and (kind not in ("will", "may") or said[1] or g["who2"] and keyed(g["who2"]) != keyed(g["who"])):
        return None  # ("if he park": "nếu" is taken of "you", "I", "we", "they", said again or not)
    reason = f" for {REASONS[keyed(g['reason'])]}" if g["reason"] else ""
    if_ = f" if {said[0]} {_IF[REASONS[keyed(g['if'])]]}" if g["if"] else ""
    fined = f"fined{' ' + fine if fine else ''}{by}{reason}{if_}{' ' * bool(day)}{day}"
    return _english(kind, *said, fined, m["end"])


def _for_it(text: str) -> str | None:
    """"Đỗ xe ở đây sẽ bị phạt đấy." as "You'll get fined for parking here.", "Chạy quá tốc độ bị phạt bao nhiêu
    tiền?" as "How much is the fine for speeding?" (_FOR_IT); None for anything else."""
    m = _FOR_IT.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or bool(m["how"]) == bool(m["tense"]):
        return None
    reason = REASONS[keyed(m["reason"])]
    if m["how"]:
        return f"How much is the fine for {reason}?"
    return f"You{'’ll' if m['tense'] == 'sẽ' else ' could'} get fined for {reason}{stop(m['end'])}".replace("’", "'")


def _the_fine(text: str) -> str | None:
    """"Tiền phạt là bao nhiêu?" as "How much is the fine?", "Tiền phạt là 500 nghìn." as "The fine is VND500
    thousand." (_THE_FINE); None for anything else."""
    m = _THE_FINE.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    fine = m["sum"] and amounts.sum_said(m["sum"], "vi")
    return "How much is the fine?" if m["how"] else fine and f"The fine is {fine}{stop(m['end'])}"


def _pay(text: str) -> str | None:
    """"Tôi phải nộp phạt." as "I have to pay a fine.", "Tôi đã nộp phạt rồi." as "I've paid the fine.", "Bạn đã
    nộp phạt chưa?" as "Have you paid the fine yet?" (_PAY); None for anything else."""
    m = _PAY.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    done = keyed(m and m["done"] or "")
    if not m or asked != (done == "chưa") or (said := who(m, asked)) is None or m["sum"] and (
            done or not m["must"]) or m["must"] and (done or m["did"]) or not (m["must"] or done):
        return None
    who_, one = said
    if asked:
        return f"{'Has' if one else 'Have'} {who_} paid the fine yet?"
    if done:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} paid the fine{stop(m['end'])}"))
    fine = m["sum"] and amounts.sum_said(m["sum"], "vi")
    if m["sum"] and not fine:
        return None
    need = {"phải": "has to" if one else "have to", "cần": "needs to" if one else "need to"}[keyed(m["must"])]
    return capitalised(f"{who_} {need} pay a fine{' of ' + fine if fine else ''}{stop(m['end'])}")


def _agrees(word: str, m: re.Match, one: bool) -> bool:
    """Whether "was", "were", "has", "have", "needs" … (`word`, "" for none) agrees with who of a match of WHO_EN."""
    i = keyed(m["who"] or "") == "i"
    return {"was": i or one, "were": not (i or one), "has": one, "needs": one}.get(word, not one if word else True)


def _fined_vi(text: str) -> str | None:
    """"He was fined for speeding." as "Anh ấy bị phạt vì chạy quá tốc độ.", "He got a speeding ticket." as the same,
    "Did you get fined?" as "Bạn có bị phạt tiền không?", "How much was he fined?" as "Anh ấy bị phạt bao nhiêu
    tiền?", "I was stopped by the police." as "Tôi bị cảnh sát dừng lại." (_FINED_EN); None for anything else,
    where the verb does not agree with who, and for "a ticket" with no reason (mt/tickets.py's)."""
    m = _FINED_EN.fullmatch(text)
    if not m:
        return None
    aux = keyed((m["aux"] or "").replace("’", "'")).replace("' ", "'")
    kind, word = _FORMS.get((keyed(m["q"] or ""), aux), (None, None))
    who_, one = who_vi(m)
    if kind is None or ("?" in m["end"]) != (kind in ("ask", "ever", "how")) or not _agrees(word, m, one):
        return None
    if m["if"] and (kind not in ("will", "may") or one or keyed(m["who2"]) != keyed(m["who"] or "")):
        return None
    day = _day(m["day"], "en", kind == "past")
    police = POLICE_VI[keyed(m["police"])] if m["police"] else ""
    fine = m["sum"] and amounts.sum_said(m["sum"], "en")
    if day is None or m["sum"] and not fine:
        return None
    if m["fined"]:
        cue = fine or police or m["reason"] or m["if"] or kind == "how"
        said = f"bị {police} phạt" if police else f"bị phạt{'' if cue else ' tiền'}"
    elif m["ticket"]:
        if aux not in ("got", "get", "just got") or bool(m["kind"]) == bool(m["reason"]) or police:
            return None  # ("He got a ticket.": for a train?)
        said = f"bị phạt vì {_TICKETS[m['kind'].lower()]}" if m["kind"] else "bị phạt"
    elif m["reason"] or m["if"] or kind in ("will", "may", "how") or m["stopped"] and not police:
        return None  # ("I was stopped.": by whom?)
    else:
        said = f"bị {police or 'cảnh sát'} {'dừng lại' if m['stopped'] else 'dừng xe'}"
    reason = f" vì {REASONS_VI[keyed(m['reason'])]}" if m["reason"] else ""
    tail = f"{' ' + fine if fine else ''}{reason}{' nếu ' + _IF_VI[keyed(m['if'])] if m['if'] else ''}"
    if kind == "how":
        return None if fine or m["if"] else capitalised(f"{who_} {said} bao nhiêu tiền{reason}?")
    if kind in ("past", "ask"):
        return placed(f"{who_}{' có' * (kind == 'ask')} {said}{tail}", day, " không?" if kind == "ask" else stop(
            m["end"]))
    before = {"just": "vừa", "will": "sẽ", "may": "có thể", "ever": "đã bao giờ"}[kind]
    return capitalised(f"{who_} {before} {said}{tail}{' chưa?' if kind == 'ever' else stop(m['end'])}")


def _the_fine_vi(text: str) -> str | None:
    """"How much was the fine?" as "Tiền phạt là bao nhiêu?", "How much is the fine for speeding?" as "Chạy quá tốc
    độ bị phạt bao nhiêu tiền?", "How much was your fine?" as "Bạn bị phạt bao nhiêu tiền?", "The fine was VND500,000."
    as "Tiền phạt là 500.000 đồng." (_THE_FINE_EN); None for anything else."""
    m = _THE_FINE_EN.fullmatch(text)
    if not m:
        return None
    if m["the"]:
        return (fine := amounts.sum_said(m["sum"], "en")) and f"Tiền phạt là {fine}."
    reason = m["reason"] and REASONS_VI[keyed(m["reason"])]
    whose = keyed(m["whose"])
    if whose == "the":
        return capitalised(f"{reason} bị phạt bao nhiêu tiền?") if reason else "Tiền phạt là bao nhiêu?"
    return capitalised(f"{WHOSE_VI[whose]} bị phạt bao nhiêu tiền{' vì ' + reason if reason else ''}?")


def _stop_vi(text: str) -> str | None:
    """"The police stopped me." as "Cảnh sát dừng tôi lại.", "The traffic police stopped him yesterday." as "Hôm qua
    cảnh sát giao thông dừng anh ấy lại." (_STOP_EN); None for anything else."""
    m = _STOP_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    day = whom and _day(m["day"], "en", True)
    if day is None or not m["police"].startswith(("The", "the")):
        return None
    return placed(f"{POLICE_VI[keyed(m['police'])]} dừng {whom} lại", day, stop(m["end"]))


def _pay_vi(text: str) -> str | None:
    """"I have to pay a fine." as "Tôi phải nộp phạt.", "I've paid the fine." as "Tôi đã nộp phạt rồi.", "Have you
    paid the fine yet?" as "Bạn đã nộp phạt chưa?" (_PAY_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _PAY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    must = keyed(m["must"] or "").removesuffix(" to")
    have = {"'s": "has", "'ve": "have"}.get(keyed((m["have"] or "").replace("’", "'")), keyed(m["have"] or ""))
    asked, paid = "?" in m["end"], m["pay"] == "paid"
    if paid == bool(must) or asked != bool(m["q"]) or m["q"] and (have or m["already"]) or m["yet"] and not m["q"] or (
            m["sum"] and not must) or not _agrees(keyed(m["q"] or "") or must or have, m, one):
        return None
    if m["q"]:
        return capitalised(f"{who_} đã nộp phạt chưa?")
    if paid:
        return capitalised(f"{who_} đã nộp phạt{' rồi' if have or m['already'] else ''}{stop(m['end'])}")
    fine = m["sum"] and amounts.sum_said(m["sum"], "en")
    if m["sum"] and not fine:
        return None
    return capitalised(f"{who_} {'phải' if must.startswith('ha') else 'cần'} nộp phạt{' ' + fine if fine else ''}"
                       f"{stop(m['end'])}")
