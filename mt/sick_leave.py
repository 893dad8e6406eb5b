"""Sick leave, both ways, written whole by rule: who has been off sick for a span, or was; a boss giving someone days
of sick leave (or not letting them take it); a sick note or a doctor's note had, needed or to be got; having to take
sick leave, or to call in sick, and because of a cold or the flu; calling in sick on a day behind. v8 (rules on) reads
"nghỉ ốm" as being sick or a sick break, and "giấy" as papers: "Tôi nghỉ ốm ba ngày rồi." → "I'm sick three days.",
"Anh ấy đã nghỉ ốm cả tuần." → "He had a sick week.", "Sếp cho tôi nghỉ ốm hai ngày." → "My boss gave me a break of
sick two days.", "Bạn có giấy nghỉ ốm không?" → "Are you sick papers?", "Tôi phải xin giấy bác sĩ." → "I have to ask
your doctor.", "Tôi bị cảm nên phải nghỉ ốm." → "I have a cold should have a sick break.", "Hôm qua tôi gọi điện xin
nghỉ ốm." → "Yesterday, I called sickness."; and back, "I've been off sick for three days." → "Tôi bị ốm được ba ngày
rồi." (sick, not off), "My boss gave me two days of sick leave." → "Sếp tôi hai ngày bị ốm.", "Do you have a sick
note?" → "Bạn có một mẩu giấy bị bệnh không?", "I have to take sick leave." → "Tôi phải đi khỏi bệnh.", "I have to
call in sick." → "Tôi phải gọi trong bệnh.".

Taken: who (mt.hobbies.WHO, WHO_EN) off sick for a span of mt.spans (days or weeks), "cả tuần", "mấy ngày": up to now
("… rồi", "… nay": "has been off sick for"), asked how long or how many days ("bao lâu rồi?"), or past ("đã", "tuần
trước": "was off sick for"); whose boss ("Sếp", "sếp tôi") who gave whom a span of sick leave, or won't or didn't let
them take it; who has, needs or has to get a sick note ("giấy nghỉ ốm") or a doctor's note ("giấy bác sĩ"), said,
denied or asked; who has to take sick leave (a span of it) or call in sick, said, denied or asked; who has a cold,
the flu, a fever … (mt.terms.AILMENTS) so has to take sick leave, or has to because of it; who called in sick
("gọi điện xin nghỉ ốm") on a day behind or today, or has already. Left: off sick with no word of time ("Anh ấy nghỉ
ốm cả tuần.": was, is, or will be?), "xin nghỉ ốm" and "called in sick" with a day and "off sick" on a day or asked
(mt/workdays.py), a child off school sick (mt/school_days.py), a day off to look after the sick (mt/leave.py), an
ailment alone (mt/ailments.py), "I" asked how long, "anh", "chị", "em" alone saying it, a pet (who or whom), a boss
asked, "đã … được" a span with no other word of time ("Anh ấy đã nghỉ ốm được ba ngày.": was, or has been?), a child
("con", "con trai", "con gái") having to take it (off school, not leave), and anything else. mt.phrasebook.translate
tries these after mt/told_off.py.

    >>> translate("Tôi nghỉ ốm ba ngày rồi.", "vi", "en"), translate("Do you have a sick note?", "en", "vi")
    ("I've been off sick for three days.", 'Bạn có giấy nghỉ ốm không?')
"""
from __future__ import annotations

import re

from .ailments import AILMENTS_VI
from .dates import near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, his_her_of, pet, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .spans import EN as SPAN_EN, VI as SPAN_VI, said as span_said
from .terms import AILMENTS, OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nghỉ\s+ốm|giấy\s+bác\s+sĩ)"), "en": lazy(r"(?i:\bsick|doctor)")}
# the days behind a span of sick leave is told on, and those one calls in sick on (today too)
_BEHIND = near_days("tuần trước", "tháng trước", "năm ngoái")
_BEHIND_EN = {en: vi for vi, en in _BEHIND.items()}
_CALL_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "hôm kia", "hôm nay", "sáng nay")
# ailments that keep one off work (the first Vietnamese of each English is written back)
_ILLS = {vi: en for vi, en in AILMENTS.items() if vi in ("cảm", "cảm lạnh", "cúm", "cảm cúm", "sốt", "sốt cao",
                                                          "đau lưng", "tiêu chảy")}
_ILLS_EN = {en: vi for en, vi in AILMENTS_VI.items() if vi in _ILLS}
# a note, and the verbs had of one ("phải xin": have to get)
_NOTES = {"nghỉ ốm": "a sick note", "bác sĩ": "a doctor's note"}
_NOTES_EN = {"sick note": "nghỉ ốm", "doctor's note": "bác sĩ"}
_HAVING = {"có": "have", "cần": "need", "phải xin": "have to get", "cần xin": "need to get"}
_HAVING_EN = {en: vi for vi, en in _HAVING.items()}
_WHOLE = {"tuần": "week", "tháng": "month"}
_PRONOUN = {"his": "he", "her": "she"}
# a child, whose "nghỉ ốm" to be done is staying off school (mt/school_days.py), not sick leave to take
_CHILDREN = {"con", "con trai", "con gái"}

# off sick for a span ("Tôi nghỉ ốm ba ngày rồi.", "Bạn nghỉ ốm bao lâu rồi?", "Anh ấy đã nghỉ ốm cả tuần.")
_OFF = lazy(rf"(?:(?P<day0>(?i:{alternatives(_BEHIND)}))\s*,?\s+)?{WHO}\s+(?:(?P<did>đã)\s+)?nghỉ\s+ốm\s+"
            rf"(?P<got>được\s+)?(?:{SPAN_VI}|cả\s+(?P<whole>tuần|tháng)|(?P<few>mấy)\s+(?P<funit>ngày|tuần)|"
            r"(?P<long>bao\s+lâu)|bao\s+nhiêu\s+(?P<hunit>ngày|tuần))(?:\s+(?P<now>nay|rồi|nay\s+rồi))?"
            + SOFTENED_END)
# whose boss gave whom sick leave, or would not ("Sếp cho tôi nghỉ ốm hai ngày.", "Sếp không cho tôi nghỉ ốm.")
_BOSS = lazy(rf"[Ss]ếp(?:\s+(?:của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)})))?\s+(?:(?P<did>đã)\s+)?"
             rf"(?:(?P<not>không)\s+)?cho\s+{WHOM}\s+nghỉ\s+ốm(?:\s+{SPAN_VI})?{SOFTENED_END}")
# a note ("Bạn có giấy nghỉ ốm không?", "Tôi phải xin giấy bác sĩ.", "Bạn có cần giấy nghỉ ốm không?")
_NOTE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+(?=cần|phải))?(?P<verb>{alternatives(_HAVING)})\s+"
             rf"(?:một\s+)?(?:tờ\s+)?giấy\s+(?P<note>{alternatives(_NOTES)}){ASKED_END}")
# sick leave, or calling in sick, to be taken ("Tôi phải nghỉ ốm ba ngày.", "Bạn có phải nghỉ ốm không?")
_MUST = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?phải\s+(?P<call>gọi\s+điện\s+xin\s+)?nghỉ\s+ốm"
             rf"(?:\s+{SPAN_VI})?{ASKED_END}")
# ... for an ailment ("Tôi bị cảm nên phải nghỉ ốm.", "Tôi bị cảm, tôi phải nghỉ ốm.", "Tôi phải nghỉ ốm vì bị sốt.")
_ILL = rf"(?P<ill>(?i:{alternatives(_ILLS)}))"
_SO = lazy(rf"(?P<subj>{WHO})\s+bị\s+{_ILL}\s*(?:,\s*(?:nên\s+)?|\s+nên\s+)(?:(?P<subj2>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
           r"\s+)??phải\s+nghỉ\s+ốm" + SOFTENED_END)
_BECAUSE = lazy(rf"(?P<subj>{WHO})\s+phải\s+nghỉ\s+ốm\s+vì\s+(?:(?P<subj2>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+)??bị\s+"
                rf"{_ILL}{SOFTENED_END}")
# called in sick ("Hôm qua tôi gọi điện xin nghỉ ốm.", "Anh ấy đã gọi điện xin nghỉ ốm rồi.")
_CALLED = lazy(rf"(?:(?P<day0>(?i:{alternatives(_CALL_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<did>đã)\s+)?gọi\s+điện\s+xin\s+"
               rf"nghỉ\s+ốm(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... in English
_OFF_SICK_EN = r"(?:off\s+sick|on\s+sick\s+leave)"
_OFF_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve\s+been|['’]s\s+been|\s+(?:have|has)\s+been|\s+was|\s+were)\s+{_OFF_SICK_EN}"
               rf"\s+(?:for\s+{SPAN_EN}|all\s+(?P<whole>week|month))(?:\s+(?P<day>{alternatives(_BEHIND_EN)}))?"
               r"\s*(?P<end>[.!]*)")
_HOW_LONG_EN = lazy(rf"How\s+(?:(?P<long>long)|many\s+(?P<hunit>days|weeks))\s+(?P<aux>have|has)\s+{WHO_EN}\s+been\s+"
                    rf"{_OFF_SICK_EN}\s*\?+")
_BOSS_EN = lazy(rf"(?P<bwhose>(?i:{WHOSE_WORDS})|[Tt]he)\s+boss\s+(?:gave|(?P<aux>won['’]t|will\s+not|didn['’]t|"
                rf"did\s+not)\s+let)\s+{WHOM_EN}\s+(?:(?P<take>take)|{SPAN_EN}\s+of)\s+sick\s+leave\s*(?P<end>[.!]*)")
_NOTE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<neg>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                r"(?:\s+(?P<verb>has|have|needs?|(?:has|have|needs?)\s+to\s+get)|(?P<got>['’]ve|['’]s|\s+has|\s+have)"
                r"\s+got)\s+a\s+(?P<note>sick\s+note|doctor['’]s\s+note)\s*(?P<end>[.!?]*)")
_MUST_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<neg>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<verb>has|have)\s+to\s+(?:take\s+(?:{SPAN_EN}\s+of\s+)?sick\s+leave|(?P<call>call\s+in\s+sick))"
                r"\s*(?P<end>[.!?]*)")
_ILL_EN = rf"(?P<ill>(?i:{alternatives(_ILLS_EN)}))"
_HAS_EN = r"(?P<has>['’]ve\s+got|['’]s\s+got|\s+has(?:\s+got)?|\s+have(?:\s+got)?)"
_SO_EN = lazy(rf"{WHO_EN}{_HAS_EN}\s+{_ILL_EN}(?:,?\s+so\s+(?P<pron>he|she|they|I|you|we)|\s+and)\s+(?P<verb>has|have)"
              r"\s+to\s+take\s+sick\s+leave\s*(?P<end>[.!]*)")
_BECAUSE_EN = lazy(rf"{WHO_EN}\s+(?P<verb>has|have)\s+to\s+take\s+sick\s+leave\s+because\s+(?:of\s+{_ILL_EN}|"
                   rf"(?P<pron>he|she|they|I|you|we){_HAS_EN}\s+{_ILL_EN.replace('ill>', 'ill2>')})"
                   r"\s*(?P<end>[.!]*)")
_ALREADY_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has)\s+already\s+called\s+in\s+sick\s*(?P<end>[.!]*)")
# the verbs said of one (he, she, my mother, a name), after _said reads them
_ONE = {"has", "'s", "needs", "does", "doesn't", "does not", "was", "has to get", "needs to get", "'s got", "has got",
        "'s been", "has been"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of time off sick, sick leave given, a sick note, sick leave or calling in sick to
    be done (for an ailment), or having called in sick; None for any other."""
    if src == "vi":
        return _off(text) or _boss(text) or _note(text) or _must(text) or _so(text) or _called(text)
    text = text.replace("’", "'")
    return _off_vi(text) or _boss_vi(text) or _note_vi(text) or _must_vi(text) or _so_vi(text) or _already_vi(text)


def _said(words: str | None) -> str:
    """Words of English as compared: small letters, one space apart, "'" for "’"."""
    return " ".join((words or "").lower().replace("’", "'").split())


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet, and for "I" asked."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _child(m: re.Match) -> bool:
    """Whether who of a match of WHO is a child ("Con tôi", "Con trai tôi"), who has no sick leave to take."""
    return keyed(m["kin"] or "") in _CHILDREN


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one (mt.hobbies.who_vi); None for a pet ("my dog")."""
    return None if animal(m) else who_vi(m)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match of ASKED_END asks with "có … không?" (the "có" as group ask or the verb "có"); None
    where "?" and "không" do not go together, or "có" asks nothing."""
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or groups.get("ask") and not asked or asked and groups.get("not"):
        return None
    if asked and not (groups.get("ask") or keyed(groups.get("verb") or "") == "có"):
        return None
    return asked


def _span(m: re.Match, tgt: str) -> str | None:
    """The span of a match of mt.spans.VI or EN in `tgt` ("ba ngày": "three days"); "" where none is said; None for
    one not of days or weeks, half an hour, or English whose "day" or "days" does not agree with its count."""
    if m["half_hour"]:
        return None
    if not m["n"]:
        return ""
    unit = keyed(m["unit"])
    if unit not in ("ngày", "tuần", "day", "week"):
        return None
    if tgt == "vi":
        many = m.string[m.end("unit"):m.end("unit") + 1] == "s"
        if many == (keyed(m["n"]) in ("a", "an", "one", "1")) and not m["half"]:
            return None
    return span_said(m, tgt)


def _off(text: str) -> str | None:
    """"Tôi nghỉ ốm ba ngày rồi." as "I've been off sick for three days.", "Bạn nghỉ ốm bao lâu rồi?" as "How long
    have you been off sick?", "Anh ấy đã nghỉ ốm cả tuần." as "He was off sick all week.", "Tuần trước anh ấy nghỉ ốm
    ba ngày." as "He was off sick for three days last week." (_OFF); None for anything else, and with no word of
    time ("Anh ấy nghỉ ốm cả tuần.": was, is or will be?; "Anh ấy đã nghỉ ốm được ba ngày.": was, or has been?)."""
    m = _OFF.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (said := _who(m, asked)) is None or (span := _span(m, "en")) is None:
        return None
    who_, one, now = *said, keyed(m["now"] or "")
    if asked:  # ("bao lâu rồi?", "mấy ngày rồi?"; "mấy ngày nay?" may be a few days, asked)
        unit = m["hunit"] or m["funit"]
        if now != "rồi" or m["day0"] or not (m["long"] or unit):
            return None
        how = "How long" if m["long"] else f"How many {_WHOLE.get(keyed(unit), 'day')}s"
        return f"{how} {'has' if one else 'have'} {who_} been off sick?"
    if m["long"] or m["hunit"] or m["few"] and not now:
        return None
    if m["whole"]:
        whole = _WHOLE[keyed(m["whole"])]
        span = f"all {whole}" if now == "nay" or not now else f"for a whole {whole}"
    else:
        few = f"a few {'days' if keyed(m['funit']) == 'ngày' else 'weeks'}" if m["few"] else ""
        span = f"for {few or span}"
    end = stop(m["end"])
    if now:  # (up to now)
        return None if m["day0"] else capitalised(contracted(who_, f"{'has' if one else 'have'} been off sick {span}"
                                                             f"{end}"))
    # ("Anh ấy đã nghỉ ốm được ba ngày.": "được" reads as up to now as often as in the past)
    if not (m["did"] or m["day0"]) or m["day0"] and m["whole"] or m["got"] and not m["day0"]:
        return None
    day = f" {_BEHIND[keyed(m['day0'])]}" if m["day0"] else ""
    return capitalised(f"{who_} {'was' if one or who_ == 'I' else 'were'} off sick {span}{day}{end}")


def _boss(text: str) -> str | None:
    """"Sếp cho tôi nghỉ ốm hai ngày." as "My boss gave me two days of sick leave.", "Sếp không cho tôi nghỉ ốm." as
    "My boss won't let me take sick leave.", with "đã" "didn't" (_BOSS); None for anything else: a question, leave
    given with no span ("cho tôi nghỉ ốm": let me?), denied with one, or given a pet."""
    m = _BOSS.fullmatch(text)
    if not m or "?" in m["end"] or not (whom := as_whom(m["whom"], "vi")) or (span := _span(m, "en")) is None or \
            bool(span) == bool(m["not"]) or pet(m["whom"], "vi"):
        return None
    whose = OWNERS[keyed(m["bwhose"])] if m["bwhose"] else {"me": "my", "us": "our"}.get(whom, "the")
    if m["not"]:
        said = f"{whose} boss {'didn' if m['did'] else 'won'}'t let {whom} take sick leave"
    else:
        said = f"{whose} boss gave {whom} {span} of sick leave"
    return capitalised(said + stop(m["end"]))


def _note(text: str) -> str | None:
    """"Bạn có giấy nghỉ ốm không?" as "Do you have a sick note?", "Tôi phải xin giấy bác sĩ." as "I have to get a
    doctor's note.", "Tôi không cần giấy nghỉ ốm." as "I don't need a sick note." (_NOTE); None for anything else."""
    m = _NOTE.fullmatch(text)
    asked = m and _asked(m)
    said = None if asked is None or animal(m) else who(m, asked)
    # ("Tôi có cần giấy nghỉ ốm không?" asks; "Tôi có giấy nghỉ ốm không?" is not "Do I have …?")
    if said is None or asked and said[0] == "I" and keyed(m["verb"]) == "có":
        return None
    verb, rest = _HAVING[keyed(m["verb"])].partition(" ")[::2]
    what = f"{rest} {_NOTES[keyed(m['note'])]}".lstrip()
    return present(*said, verb, what, asked, bool(m["not"]), m["end"])


def _must(text: str) -> str | None:
    """"Tôi phải nghỉ ốm." as "I have to take sick leave.", "Tôi phải nghỉ ốm ba ngày." as "I have to take three days
    of sick leave.", "Bạn có phải nghỉ ốm không?" as "Do you have to take sick leave?", "Tôi phải gọi điện xin nghỉ
    ốm." as "I have to call in sick." (_MUST); None for anything else, and for a child taking it ("Con tôi phải nghỉ
    ốm.": off school, not on leave)."""
    m = _MUST.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or (said := _who(m, asked)) is None or (span := _span(m, "en")) is None or span and m["call"] or \
            _child(m) and not m["call"]:
        return None
    rest = "to call in sick" if m["call"] else f"to take {span} of sick leave" if span else "to take sick leave"
    return present(*said, "have", rest, asked, bool(m["not"]), m["end"])


def _pronoun(m: re.Match, who_: str) -> str | None:
    """Who of a match of WHO said again as a pronoun in English ("I", "she" for "mẹ tôi"); None for a name alone."""
    if who_ in ("I", "you", "he", "she", "we", "they"):
        return who_
    return _PRONOUN.get(his_her_of(m) or "")


def _so(text: str) -> str | None:
    """"Tôi bị cảm nên phải nghỉ ốm." and "Tôi bị cảm, tôi phải nghỉ ốm." as "I've got a cold, so I have to take sick
    leave.", "Mẹ tôi phải nghỉ ốm vì bị cúm." as "My mother has to take sick leave because she's got the flu." (_SO,
    _BECAUSE); None for anything else, where who is said again as another ("Tôi bị cảm, mẹ tôi phải nghỉ ốm."), and
    for a child ("Con tôi bị cúm nên phải nghỉ ốm.": off school, not on leave)."""
    m = _SO.fullmatch(text) or _BECAUSE.fullmatch(text)
    if not m or "?" in m["end"] or m["subj2"] and keyed(m["subj2"]) != keyed(m["subj"]) or _child(m) or \
            (said := _who(m, False)) is None:
        return None
    (who_, one), ill, end = said, _ILLS[keyed(m["ill"])], stop(m["end"])
    pron, must = _pronoun(m, who_), "has to" if one else "have to"
    if m.re == _SO:
        has = f"{'has' if one else 'have'}{' got' * (pron == who_)}"  # ("I've got", "My mother has")
        has = contracted(who_, has) if pron == who_ else f"{who_} {has}"
        take = f", so {pron} {'has' if pron in ('he', 'she') else 'have'} to" if pron else f" and {must}"
        return capitalised(f"{has} {ill}{take} take sick leave{end}")
    why = contracted(pron, f"{'has' if pron in ('he', 'she') else 'have'} got {ill}") if pron else f"of {ill}"
    return capitalised(f"{who_} {must} take sick leave because {why}{end}")


def _called(text: str) -> str | None:
    """"Hôm qua tôi gọi điện xin nghỉ ốm." as "I called in sick yesterday.", "Anh ấy đã gọi điện xin nghỉ ốm." as "He
    called in sick.", "Tôi đã gọi điện xin nghỉ ốm rồi." as "I've already called in sick." (_CALLED); None for
    anything else, and with no word of time ("Tôi gọi điện xin nghỉ ốm.": now, or done?)."""
    m = _CALLED.fullmatch(text)
    if not m or "?" in m["end"] or not (m["day0"] or m["did"]) or (said := _who(m, False)) is None or \
            m["done"] and m["day0"]:
        return None
    (who_, one), end = said, stop(m["end"])
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} already called in sick{end}"))
    day = f" {_CALL_DAYS[keyed(m['day0'])]}" if m["day0"] else ""
    return capitalised(f"{who_} called in sick{day}{end}")


def _agrees(verb: str, one: bool, who_: str = "") -> bool:
    """Whether an English verb said after who agrees with who ("has" of one, "have" of others; "was" of "I" too)."""
    verb = _said(verb)
    if verb in ("was", "were"):
        return (verb == "was") == (one or who_ == "tôi")
    return (verb in _ONE) == one


def _off_vi(text: str) -> str | None:
    """"I've been off sick for three days." as "Tôi nghỉ ốm ba ngày rồi.", "He was off sick all week." as "Anh ấy đã
    nghỉ ốm cả tuần.", "He was off sick for three days last week." as "Tuần trước anh ấy nghỉ ốm ba ngày.", "How long
    have you been off sick?" as "Bạn nghỉ ốm bao lâu rồi?" (_OFF_EN, _HOW_LONG_EN); None for anything else."""
    if m := _HOW_LONG_EN.fullmatch(text):
        if (said := _who_vi(m)) is None or not _agrees(m["aux"], said[1]) or said[0] == "tôi":
            return None
        who_ = said[0]
        how = "bao lâu" if m["long"] else f"mấy {'ngày' if m['hunit'] == 'days' else 'tuần'}"
        return capitalised(f"{who_} nghỉ ốm {how} rồi?")
    m = _OFF_EN.fullmatch(text)
    if not m or (span := _span(m, "vi")) is None or (said := _who_vi(m)) is None:
        return None
    (who_, one), aux, end = said, _said(m["aux"]), stop(m["end"])
    if not _agrees(aux, one, who_):
        return None
    span = span or f"cả {'tuần' if m['whole'] == 'week' else 'tháng'}"
    if "been" in aux:  # (up to now)
        return None if m["day"] else capitalised(f"{who_} nghỉ ốm {span} {'nay' if m['whole'] else 'rồi'}{end}")
    if m["day"]:
        return None if m["whole"] else capitalised(f"{_BEHIND_EN[keyed(m['day'])]} {who_} nghỉ ốm {span}{end}")
    return capitalised(f"{who_} đã nghỉ ốm {span}{end}")


def _boss_vi(text: str) -> str | None:
    """"My boss gave me two days of sick leave." as "Sếp cho tôi nghỉ ốm hai ngày.", "My boss gave him a week of sick
    leave." as "Sếp tôi cho anh ấy nghỉ ốm một tuần.", "My boss won't let me take sick leave." as "Sếp không cho tôi
    nghỉ ốm." (_BOSS_EN); None for anything else, and given a pet."""
    m = _BOSS_EN.fullmatch(text)
    if not m or bool(m["aux"]) != bool(m["take"]) or not (whom := as_whom(m["whom"], "en")) or \
            (span := _span(m, "vi")) is None or pet(m["whom"], "en"):
        return None
    whose = m["bwhose"].lower()
    # ("My boss … me": "Sếp … tôi", whose boss said by whom)
    boss = "sếp" if whose == "the" or WHOSE_VI.get(whose) == whom else f"sếp {WHOSE_VI[whose]}"
    if m["aux"]:
        did = "đã " if _said(m["aux"]).startswith("did") else ""
        return capitalised(f"{boss} {did}không cho {whom} nghỉ ốm{stop(m['end'])}")
    return capitalised(f"{boss} cho {whom} nghỉ ốm {span}{stop(m['end'])}")


def _note_vi(text: str) -> str | None:
    """"Do you have a sick note?" as "Bạn có giấy nghỉ ốm không?", "I have to get a doctor's note." as "Tôi phải xin
    giấy bác sĩ.", "She's got a sick note." as "Cô ấy có giấy nghỉ ốm." (_NOTE_EN); None for anything else, and where
    the verb does not agree with who."""
    m = _NOTE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["got"] and (m["q"] or m["neg"]) or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    verb = _said(m["verb"]) or "have"
    aux = _said(m["q"] or m["neg"] or m["got"] or m["verb"])
    if not _agrees(aux, one) or (m["q"] or m["neg"]) and verb.startswith(("has", "needs")) or \
            m["q"] and verb == "have" and who_ == "tôi":  # ("Do I have a sick note?": one's own is known)
        return None
    how = _HAVING_EN[verb.replace("has", "have").replace("needs", "need")]
    note = f"giấy {_NOTES_EN[_said(m['note'])]}"
    if m["q"]:
        return capitalised(f"{who_} có {how} {note} không?".replace("có có", "có"))
    return capitalised(f"{who_} {'không ' * bool(m['neg'])}{how} {note}{stop(m['end'])}")


def _must_vi(text: str) -> str | None:
    """"I have to take sick leave." as "Tôi phải nghỉ ốm.", "I have to take three days of sick leave." as "Tôi phải
    nghỉ ốm ba ngày.", "Do you have to take sick leave?" as "Bạn có phải nghỉ ốm không?", "I have to call in sick."
    as "Tôi phải gọi điện xin nghỉ ốm." (_MUST_EN); None for anything else."""
    m = _MUST_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (span := _span(m, "vi")) is None or (pair := _who_vi(m)) is None:
        return None
    who_, one = pair
    if not _agrees(m["q"] or m["neg"] or m["verb"], one) or (m["q"] or m["neg"]) and m["verb"] == "has":
        return None
    said = f"phải {'gọi điện xin ' * bool(m['call'])}nghỉ ốm{' ' * bool(span)}{span}"
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' * bool(m['neg'])}{said}{stop(m['end'])}")


def _so_vi(text: str) -> str | None:
    """"I've got a cold, so I have to take sick leave." as "Tôi bị cảm lạnh nên phải nghỉ ốm.", "I have to take sick
    leave because I have a fever." as "Tôi phải nghỉ ốm vì bị sốt." (_SO_EN, _BECAUSE_EN); None for anything else,
    where a verb does not agree, or where the pronoun is not who ("I've got a cold, so she has to …")."""
    m = _SO_EN.fullmatch(text) or _BECAUSE_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    pron = (m["pron"] or "").lower()
    p_one = pron in ("he", "she")
    # (who said again: the same pronoun, "she" of "my mother", "he" or "she" of a name or "my friend")
    own = m["who"].lower() if m["who"] else _PRONOUN.get(his_her(who_) or "")
    if pron and pron not in ({own} if own else {"he", "she"}):
        return None
    # whose verbs: in _SO_EN who has it and the pronoun (or who, "and has to") must; in _BECAUSE_EN the other way
    has_one, must_one = (one, p_one if pron else one) if m.re == _SO_EN else (p_one, one)
    if not _agrees(m["verb"], must_one) or m["has"] and not _agrees(m["has"], has_one):
        return None
    ill = _ILLS_EN[(m["ill"] or m["ill2"]).lower()]
    end = stop(m["end"])
    if m.re == _SO_EN:
        return capitalised(f"{who_} bị {ill} nên phải nghỉ ốm{end}")
    return capitalised(f"{who_} phải nghỉ ốm vì bị {ill}{end}")


def _already_vi(text: str) -> str | None:
    """"I've already called in sick." as "Tôi đã gọi điện xin nghỉ ốm rồi." (_ALREADY_EN); None for anything else."""
    m = _ALREADY_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    aux = _said(m["aux"])
    if not _agrees(aux, one):
        return None
    return capitalised(f"{who_} đã gọi điện xin nghỉ ốm rồi{stop(m['end'])}")
