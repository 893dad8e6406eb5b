"""A job interview, both ways, written whole by rule: failed, passed or got through, called or invited for one,
nervous about it, a second (third, final) round or an online one had, how badly it went, the job got after it, and
which company it is with. v8 (rules on) reads "trượt" as skiing, "hồi hộp" as a box, "gọi" as a plea: "Tôi trượt
phỏng vấn rồi." → "I skied an interview.", "Tôi qua vòng phỏng vấn rồi." → "I'm going through the interview.", "Tôi
hồi hộp trước buổi phỏng vấn." → "I'm getting the box before the interview.", "Bạn phỏng vấn ở công ty nào?" → "What
do you interview in the company?", "Bạn có đỗ phỏng vấn không?" → "Do you interview?", "Buổi phỏng vấn diễn ra rất
tệ." → "The interview took place very bad.", "Tôi được nhận vào làm sau buổi phỏng vấn." → "I was received in the
following interview."; "I failed the interview." → "Tôi đã thất bại cuộc phỏng vấn.", "They called me for an
interview." → "Họ kêu gọi tôi phỏng vấn.", "I haven't been called for an interview yet." → "Tôi chưa kêu gọi phỏng
vấn.", "Which company is your interview with?" → "Công ty nào của bạn đang phỏng vấn với?".

Taken: who (mt.hobbies.WHO, WHO_EN) failed ("trượt", "rớt"), passed ("đỗ", "đậu") or got through ("qua vòng",
"qua được", "vượt qua") the interview, the job interview or its second, third or final round: said, just, denied,
asked, on a day behind; "họ" or "công ty" called or invited someone (mt.hobbies.WHOM) for an interview, or who was
called or invited: said, just, denied, not yet, asked; who is nervous, worried or stressed (mt.feelings.NERVES) about
the interview, on a day ahead or not, said, denied, asked; who has, had or will have a second, third or final round or
an online interview, on a day of mt.dates.near_days or none; the interview went badly or terribly; who got the job
after the interview, or not, or asked; which company someone's interview is with. Left: an interview had on a day
(mt/careers.py's "Tôi có buổi phỏng vấn xin việc vào ngày mai.", "I have a job interview tomorrow."), when it is
(mt/careers.py), how it went or was ("Buổi phỏng vấn diễn ra suôn sẻ.", "Buổi phỏng vấn thế nào?": mt/how_was.py),
what to wear to it (mt/outfits.py), good luck with it (mt/wishes.py), "phỏng vấn" of anyone (a journalist's: "Tôi
phỏng vấn anh ấy."), "qua phỏng vấn" without "vòng" or "được" (came over?), "chưa" asked, "I" asked, a pet as who,
"anh", "chị", "em" alone saying it, "whose" not who's own ("I failed her interview"), "thứ hai", "thứ ba" without
"vòng" ("buổi phỏng vấn thứ hai": the second, or Monday's?), a round of a job interview had ("a second job
interview": another one?), an article not agreeing ("a interview"), and anything else. mt.phrasebook.translate tries
these after mt/scans.py.

    >>> translate("Tôi trượt phỏng vấn rồi.", "vi", "en"), translate("They called me for an interview.", "en", "vi")
    ('I failed the interview.', 'Họ gọi tôi đi phỏng vấn.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .feelings import NERVES, NERVES_EN
from .hobbies import SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, person_of, someone
from .lazy_re import lazy
from .numbers import VI_NUMBER_WORDS, en_nth
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, be, capitalised,
                   contracted, keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phỏng\s+vấn)"), "en": lazy(r"(?i:interview)")}
# days behind (a result, a call), and today or ahead (nerves); a round had takes both
_BEHIND = near_days("hôm qua", "hôm kia", "tuần trước")
_AHEAD = near_days("hôm nay", "chiều nay", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "tuần sau", "tuần tới")
_BEHIND_EN, _AHEAD_EN = ({en: vi for vi, en in reversed(d.items())} for d in (_BEHIND, _AHEAD))
# the result (English base, and past), and its Vietnamese written back
_RESULTS = {"trượt": "fail", "rớt": "fail", "đỗ": "pass", "đậu": "pass", "qua": "get through",
            "vượt qua": "get through"}
_PAST = {"fail": "failed", "pass": "passed", "get through": "got through"}
_RESULTS_VI = {"fail": "trượt", "pass": "đỗ", "get through": "qua"}
_CALLERS = {"họ": "they", "công ty": "the company"}
_CALLS = {"gọi": ("call", "called"), "mời": ("invite", "invited")}
_DEGREE = {"rất": "really", "khá": "quite", "hơi": "a bit", "quá": "so", "lắm": "really"}
_DEGREE_VI = {"really": "rất", "very": "rất", "quite": "khá", "a bit": "hơi", "a little": "hơi", "so": "quá"}
_BAD = {"tệ": "badly", "tồi tệ": "terribly"}
_CALLERS_VI = {"they": "họ", "the company": "công ty"}
_CALLS_VI = {en: vi for vi, ens in _CALLS.items() for en in ens}
# a day opening a Vietnamese sentence, as group day0 ("Hôm qua, tôi …"): behind, or any
_DAY0, _DAY0_ANY = (rf"(?:(?P<day0>(?i:{alternatives(d)}))\s*,?\s+)?" for d in (_BEHIND, _BEHIND | _AHEAD))

# a round ("vòng hai", "vòng thứ ba", "vòng cuối"), after "phỏng vấn" ("cuối tuần" is a weekend, not the last round)
_NTH = (r"(?P<nth>\s+vòng\s+(?:thứ\s+)?(?P<n>hai|ba|bốn|[234])|\s+thứ\s+(?P<n2>hai|ba|bốn)|"
        r"\s+(?:vòng\s+)?(?P<last>cuối)(?!\s+tuần)(?:\s+cùng)?)")
_NTH_EN = r"(?P<nth>second|third|fourth|final)"
_WHOSE = rf"(?i:the|{WHOSE_WORDS})"
# failed, passed, got through ("Tôi trượt phỏng vấn rồi.", "Bạn có qua được vòng phỏng vấn không?")
_RESULT = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?"
               rf"(?P<bi>bị\s+)?(?P<verb>{alternatives(_RESULTS)})(?P<could>\s+được)?\s+(?P<round>vòng\s+)?phỏng\s+vấn"
               rf"(?P<job>\s+xin\s+việc)?(?:{_NTH})?(?:\s+(?P<done>rồi))?{ASKED_END}")
_RESULT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+didn['’]t|\s+did\s+not|\s+just)?\s+(?P<verb>failed|passed|"
                  rf"got\s+through|fail|pass|get\s+through)\s+(?P<owner>{_WHOSE})\s+(?:{_NTH_EN}\s+)?(?P<job>job\s+)?"
                  rf"interview(?:\s+(?P<day>{alternatives(_BEHIND_EN)}))?\s*(?P<end>[.!?]*)")
# called or invited ("Họ gọi tôi đi phỏng vấn.", "Tôi được mời phỏng vấn."); English "an interview", "a job interview"
_CALLED = lazy(rf"{_DAY0}(?:(?P<caller>(?i:{alternatives(_CALLERS)}))\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)"
               rf"\s+)?(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?P<verb>gọi|mời)\s+{WHOM}|{WHO}\s+(?:(?P<ask2>có)\s+|"
               r"(?P<not2>không|chưa)\s+)?(?:(?P<tense2>đã|vừa\s+mới|vừa|mới)\s+)?được\s+(?P<verb2>gọi|mời))"
               rf"(?:\s+(?:đi|đến))?\s+phỏng\s+vấn(?P<job>\s+xin\s+việc)?(?:\s+(?P<done>rồi))?{ASKED_END}")
_CALLED_EN = lazy(r"(?:(?P<q>Did|Have|Has)\s+)?(?P<caller>(?i:they|the\s+company))(?P<aux>\s+didn['’]t|\s+did\s+not|"
                  r"\s+just|\s+haven['’]t|\s+hasn['’]t)?\s+(?P<verb>called|invited|call|invite)\s+"
                  rf"{WHOM_EN}(?:\s+in)?\s+(?:for|to)\s+(?:an|a\s+(?P<job>job))\s+interview(?:\s+(?P<yet>yet))?"
                  rf"(?:\s+(?P<day>{alternatives(_BEHIND_EN)}))?\s*(?P<end>[.!?]*)")
_BEEN_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{WHO_EN}(?P<aux>\s+(?:was|were)(?:n['’]t|\s+not)?|\s+got|"
                r"(?:\s+have|\s+has|['’]ve|['’]s)\s+(?P<just>just\s+)?been|\s+(?:have|has)n['’]t\s+been)?"
                r"(?:\s+(?P<just2>just))?\s+(?P<verb>called|invited)(?:\s+in)?\s+(?:for|to)\s+(?:an|a\s+(?P<job>job))"
                r"\s+interview(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# nervous about it ("Tôi hồi hộp trước buổi phỏng vấn.")
_NERVOUS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<deg>rất|hơi|khá)\s+)?(?P<feel>"
                rf"{alternatives(NERVES)})(?:\s+(?P<much>quá|lắm))?\s+(?:trước|về)\s+(?:buổi|cuộc)\s+phỏng\s+vấn"
                rf"(?P<job>\s+xin\s+việc)?(?:\s+(?P<day>{alternatives(_AHEAD)}))?{ASKED_END}")
_NERVOUS_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?(?:\s+(?P<deg>"
                   rf"{alternatives(_DEGREE_VI)}))?\s+(?P<feel>{alternatives(NERVES_EN)})\s+about\s+(?P<owner>{_WHOSE})"
                   rf"\s+(?P<job>job\s+)?interview(?:\s+(?P<day>{alternatives(_AHEAD_EN)}))?\s*(?P<end>[.!?]*)")
# a round or an online interview had ("Tuần sau tôi có buổi phỏng vấn vòng hai.")
_DAYS = _BEHIND | _AHEAD
_HAVE = lazy(rf"{_DAY0_ANY}{WHO}\s+(?:(?P<will>sẽ)\s+)?có\s+(?:một\s+)?(?:buổi|cuộc)\s+phỏng\s+vấn(?P<job>\s+xin\s+"
             rf"việc)?(?:{_NTH}|\s+(?P<online>trực\s+tuyến|online))(?:\s+(?:vào\s+)?(?P<day>"
             rf"{alternatives(_DAYS)}))?{ASKED_END}")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?P<have>\s+have|\s+has|\s+had|\s+will\s+have|['’]ll\s+have)\s+"
                rf"(?P<a>an?)\s+(?:{_NTH_EN}(?:[\s-]+round)?|(?P<online>online))\s+(?P<job>job\s+)?interview"
                rf"(?:\s+(?P<day>{alternatives(_BEHIND_EN | _AHEAD_EN)}))?\s*(?P<end>[.!?]*)")
# how badly it went ("Buổi phỏng vấn diễn ra rất tệ.": "went well" is mt/how_was.py's)
_WENT = lazy(rf"(?:[Bb]uổi|[Cc]uộc)\s+phỏng\s+vấn(?P<job>\s+xin\s+việc)?(?:\s+(?:của\s+)?(?P<owner>(?i:"
             rf"{alternatives(OWNERS)})))?\s+(?:đã\s+)?diễn\s+ra\s+(?:(?P<deg>rất|khá)\s+)?"
             rf"(?P<bad>{alternatives(_BAD)})(?:\s+(?P<much>lắm))?{SOFTENED_END}")
_WENT_EN = lazy(rf"(?P<owner>{_WHOSE})\s+(?P<job>job\s+)?interview\s+went\s+(?:(?P<deg>really|very|quite)\s+)?"
                r"(?P<bad>badly|terribly)\s*(?P<end>[.!]*)")
# the job got after it ("Tôi được nhận vào làm sau buổi phỏng vấn.")
_AFTER = r"(?:buổi|cuộc)\s+phỏng\s+vấn"
_GOT = lazy(rf"(?:(?P<after0>[Ss]au\s+{_AFTER})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|đã\s+)?được\s+"
            rf"nhận(?:\s+vào\s+làm|\s+việc)?(?:\s+(?P<after>sau\s+{_AFTER}))?{ASKED_END}")
_GOT_EN = lazy(rf"(?:(?P<after0>After\s+(?P<owner0>{_WHOSE})\s+interview)\s*,?\s+)?(?:(?P<q>[Dd]id)\s+)?{WHO_EN}"
               r"(?P<not>\s+didn['’]t|\s+did\s+not)?\s+(?P<verb>got|get)\s+the\s+job(?:\s+(?P<after>after\s+"
               rf"(?P<owner>{_WHOSE})\s+interview))?\s*(?P<end>[.!?]*)")
# which company it is with ("Bạn phỏng vấn ở công ty nào?")
_WHICH = lazy(rf"{WHO}\s+(?:đi\s+)?phỏng\s+vấn\s+(?:ở|tại|với)\s+công\s+ty\s+nào{SOFTENER}\s*\?+")
_WHICH_EN = lazy(rf"Which\s+company\s+(?:(?:is|['’]s)\s+(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
                 rf"\s+(?:job\s+)?interview\s+(?:with|at)|(?P<be>are|is|am)\s+{WHO_EN}\s+interviewing\s+(?:with|at))"
                 r"\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a job interview (the module's docstring); None for any other."""
    if src == "vi":
        return _result(text) or _called(text) or _nervous(text) or _have(text) or _went(text) or _got(text) or \
            _which(text)
    text = text.replace("’", "'")
    return _result_vi(text) or _called_vi(text) or _been_vi(text) or _nervous_vi(text) or _have_vi(text) or \
        _went_vi(text) or _got_vi(text) or _which_vi(text)


def _asked(m: re.Match, ask: str = "ask") -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"); None for "có" or "không?" alone, or a "?" said."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or bool(m[ask]) != asked else asked


def _nth(m: re.Match) -> str:
    """The round of a match of _NTH in English ("second", "final"); "" for none."""
    n = m["n"] or m["n2"]
    return "final" if m["last"] else en_nth(int(n) if n.isdigit() else VI_NUMBER_WORDS.index(keyed(n))) if n else ""


def _nth_vi(nth: str, lead: str = "vòng ") -> str:
    """A round of _NTH_EN in Vietnamese: "second" as "vòng hai" ("thứ hai" after `lead` "thứ "), "final"."""
    if nth == "final":
        return "vòng cuối" if lead == "vòng " else "cuối"
    return f"{lead}{next(VI_NUMBER_WORDS[n] for n in range(2, 5) if en_nth(n) == nth)}"


def _own(m: re.Match, who_: str, one: bool, owner: str | None) -> bool:
    """Whether whose (`owner`: "the", "my" …) of a match of WHO_EN is who's own ("I … my", "Lan … her")."""
    owner = (owner or "the").lower()
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    return owner in ("the", own) or own is None and one and owner in ("his", "her")


def _day_vi(said: str, day: str | None, end: str) -> str:
    """A Vietnamese sentence with its day, if any, before it ("Hôm qua tôi …")."""
    return capitalised(f"{_BEHIND_EN.get(day or '') or _AHEAD_EN.get(day or '', '')} {said}".strip() + end)


def _result(text: str) -> str | None:
    """"Tôi trượt phỏng vấn rồi." as "I failed the interview." (_RESULT); None for anything else."""
    m = _RESULT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or not (said := person_of(m, asked)):
        return None
    verb, tense = _RESULTS[keyed(m["verb"])], keyed(m["tense"] or "")
    if m["bi"] and verb != "fail" or m["could"] and verb == "fail" or verb == "get through" and not (
            m["round"] or m["could"] or keyed(m["verb"]) != "qua") or m["job"] and m["nth"] or m["round"] and (
            m["nth"] or "").strip().startswith("vòng") or (m["not"] or asked) and (tense or m["done"]) or (
            tense not in ("", "đã") or m["day0"]) and m["done"] or m["day0"] and tense not in ("", "đã") or \
            m["n2"] and not m["round"]:
        return None  # ("vừa … rồi", "vừa" on a day: the tense said twice; "phỏng vấn thứ hai": Monday's?)
    who_ = said[0]
    what = f"the {_nth(m) + ' ' if m['nth'] else ''}{'job ' if m['job'] else ''}interview"
    day = f" {_BEHIND[keyed(m['day0'])]}" if m["day0"] else ""
    if asked:
        return f"Did {who_} {verb} {what}{day}?"
    done = f"didn't {verb}" if m["not"] else f"just {_PAST[verb]}" if tense not in ("", "đã") else _PAST[verb]
    return capitalised(f"{who_} {done} {what}{day}{stop(m['end'])}")


def _result_vi(text: str) -> str | None:
    """"I failed the interview." as "Tôi trượt phỏng vấn rồi." (_RESULT_EN); None for anything else."""
    m = _RESULT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["nth"] and m["job"] or not (
            said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    aux, verb = keyed(m["aux"] or ""), keyed(m["verb"])
    base = aux in ("didn't", "did not") or bool(m["q"])
    if (verb in _PAST) != base or not _own(m, who_, one, m["owner"]) or m["q"] and (aux or who_ == "tôi") or \
            aux == "just" and m["day"]:
        return None
    base_verb = verb if base else next(b for b, p in _PAST.items() if p == verb)
    vi, could = _RESULTS_VI[base_verb], " được" if base_verb == "get through" else ""
    what = f"vòng phỏng vấn {_nth_vi(m['nth'], 'thứ ')}" if m["nth"] else \
        f"{'vòng ' * bool(could)}phỏng vấn{' xin việc' * bool(m['job'])}"
    if m["q"]:
        return _day_vi(f"{who_} có {vi}{could} {what}", m["day"], " không?")
    if base:
        return _day_vi(f"{who_} không {vi}{could} {what}", m["day"], stop(m["end"]))
    if aux == "just":
        return capitalised(f"{who_} vừa {vi} {what}{stop(m['end'])}")
    return _day_vi(f"{who_} {vi} {what}{'' if m['day'] else ' rồi'}", m["day"], stop(m["end"]))


def _called(text: str) -> str | None:
    """"Họ gọi tôi đi phỏng vấn." as "They called me for an interview.", "Tôi chưa được gọi đi phỏng vấn." as "I
    haven't been called for an interview yet." (_CALLED); None for anything else."""
    m = _CALLED.fullmatch(text)
    passive = bool(m and m["verb2"])
    if not m or (asked := _asked(m, "ask2" if passive else "ask")) is None:
        return None
    not_, tense = keyed(m["not2" if passive else "not"] or ""), keyed(m["tense2" if passive else "tense"] or "")
    just = tense not in ("", "đã")
    if (not_ or asked) and (tense or m["done"]) or just and (m["done"] or m["day0"]) or m["day0"] and (
            not_ == "chưa" or m["done"]):
        return None
    base, past = _CALLS[keyed(m["verb2"] or m["verb"])]
    what = f"for {'a job' if m['job'] else 'an'} interview"
    day = f" {_BEHIND[keyed(m['day0'])]}" if m["day0"] else ""
    if passive:
        if not (said := person_of(m, asked)):
            return None
        who_, one = said
        was = "was" if one or who_ == "I" else "were"
        if asked:
            return f"{was.capitalize()} {who_} {past} {what}{day}?"
        done = {"không": f"{was}n't", "chưa": f"{'has' if one else 'have'}n't been"}.get(not_) or was
        head = contracted(who_, f"{'has' if one else 'have'} just been") if just else f"{who_} {done}"
        return capitalised(f"{head} {past} {what}{day}{' yet' * (not_ == 'chưa')}{stop(m['end'])}")
    caller, whom = _CALLERS[keyed(m["caller"])], as_whom(m["whom"], "vi")
    if whom is None:
        return None
    one = caller != "they"
    if asked:
        return f"Did {caller} {base} {whom} {what}{day}?"
    done = {"không": f"didn't {base}", "chưa": f"{'has' if one else 'have'}n't {past}"}.get(not_) or (
        f"just {past}" if just else past)
    return capitalised(f"{caller} {done} {whom} {what}{day}{' yet' * (not_ == 'chưa')}{stop(m['end'])}")


def _called_vi(text: str) -> str | None:
    """"They called me for an interview." as "Họ gọi tôi đi phỏng vấn." (_CALLED_EN); None for anything else."""
    m = _CALLED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (whom := as_whom(m["whom"], "en")) is None:
        return None
    caller, aux, q = keyed(m["caller"]), keyed(m["aux"] or ""), m["q"] or ""
    one, perfect = caller != "they", q in ("Have", "Has") or aux in ("haven't", "hasn't")
    # (the verb's form, past or not, and the Vietnamese tense) by the question's first word and the auxiliary
    form = {("Did", ""): (False, "có"), ("", "didn't"): (False, "không"), ("", "did not"): (False, "không"),
            ("Have", ""): (True, "đã"), ("Has", ""): (True, "đã"), ("", "haven't"): (True, "chưa"),
            ("", "hasn't"): (True, "chưa"), ("", "just"): (True, "vừa"), ("", ""): (True, "")}.get((q, aux))
    if form is None or form[0] != m["verb"].endswith("ed") or perfect and (
            (q or aux).lower().startswith("has") != one or m["day"]) or bool(m["yet"]) and not perfect or \
            q in ("Have", "Has") and not m["yet"] or aux == "just" and m["day"]:
        return None
    vi = form[1]
    said = f"{_CALLERS_VI[caller]} {vi + ' ' if vi else ''}{_CALLS_VI[m['verb']]} {whom} đi phỏng vấn" \
           f"{' xin việc' * bool(m['job'])}"
    return _day_vi(said, m["day"], " chưa?" if vi == "đã" else " không?" if vi == "có" else stop(m["end"]))


def _been_vi(text: str) -> str | None:
    """"I was called for an interview." as "Tôi được gọi đi phỏng vấn.", "I haven't been called for an interview
    yet." as "Tôi chưa được gọi đi phỏng vấn." (_BEEN_EN); None for anything else, and "was", "has" not agreeing."""
    m = _BEEN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]) or not (
            said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    aux, just = keyed(m["aux"] or ""), bool(m["just"] or m["just2"])
    first = (aux.split() or [""])[0]
    if first.startswith(("was", "were")):
        ok = be_agrees(m, first.removesuffix("n't"), True) and not (m["just2"] and ("n't" in aux or " not" in aux))
    elif first in ("has", "'s", "hasn't", "have", "'ve", "haven't"):
        ok = (first in ("has", "'s", "hasn't")) == one and not m["just2"]
    else:
        ok = first in ("", "got") and not (first and m["just2"])
    if not ok or m["q"] and (just or not be_agrees(m, m["q"], True)) or m["yet"] and first not in ("haven't", "hasn't"):
        return None
    what = f"{_CALLS_VI[m['verb']]} đi phỏng vấn{' xin việc' * bool(m['job'])}"
    if m["q"]:
        return capitalised(f"{who_} có được {what} không?")
    if "n't" in aux or "not" in aux:
        return capitalised(f"{who_} {'chưa' if 'been' in aux else 'không'} được {what}{stop(m['end'])}")
    if just:
        return capitalised(f"{who_} vừa được {what}{stop(m['end'])}")
    return capitalised(f"{who_} được {what}{' rồi' * aux.endswith('been')}{stop(m['end'])}")


def _nervous(text: str) -> str | None:
    """"Tôi hồi hộp trước buổi phỏng vấn." as "I'm nervous about the interview." (_NERVOUS); else None."""
    m = _NERVOUS.fullmatch(text)
    if not m or (asked := _asked(m)) is None or not (said := person_of(m, asked)):
        return None
    if m["deg"] and m["much"] or (asked or m["not"]) and (m["deg"] or m["much"]):
        return None
    who_, deg = said[0], _DEGREE.get(keyed(m["deg"] or m["much"] or ""), "")
    about = f"{deg + ' ' if deg else ''}{NERVES[keyed(m['feel'])]} about the {'job ' * bool(m['job'])}interview" + (
        f" {_AHEAD[keyed(m['day'])]}" if m["day"] else "")
    if asked:
        return f"{be(who_).capitalize()} {who_} {about}?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {about}") + stop(m["end"]))


def _nervous_vi(text: str) -> str | None:
    """"I'm nervous about the interview." as "Tôi hồi hộp trước buổi phỏng vấn." (_NERVOUS_EN); else None."""
    m = _NERVOUS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or not (
            said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    if not be_agrees(m, m["q"] or m["be"]) or not _own(m, who_, one, m["owner"]) or m["q"] and (
            m["not"] or m["deg"] or who_ == "tôi") or m["not"] and m["deg"]:
        return None
    feel = NERVES_EN[m["feel"].lower()]
    deg = _DEGREE_VI.get(keyed(m["deg"] or ""), "")
    said = f"{deg + ' ' if deg and deg != 'quá' else ''}{feel}{' quá' * (deg == 'quá')} " \
           f"{'về' if feel == 'lo lắng' else 'trước'} buổi phỏng vấn{' xin việc' * bool(m['job'])}" + (
               f" {_AHEAD_EN[m['day'].lower()]}" if m["day"] else "")
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{said}{stop(m['end'])}")


def _have(text: str) -> str | None:
    """"Tuần sau tôi có buổi phỏng vấn vòng hai." as "I have a second interview next week." (_HAVE); else None."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or m["n2"] or m["job"] and m["nth"] or not (
            said := person_of(m, asked)):
        return None  # ("buổi phỏng vấn thứ hai": the second, or Monday's? "a second job interview": another one?)
    who_, one = said
    day = keyed(m["day0"] or m["day"] or "")
    behind = NEAR_WAY.get(day) == "behind"
    if m["will"] and (behind or asked):
        return None
    what = f"{'an online' if m['online'] else 'a ' + _nth(m)} {'job ' * bool(m['job'])}interview" + (
        f" {_DAYS[day]}" if day else "")
    if asked:
        return f"{'Did' if behind else 'Does' if one else 'Do'} {who_} have {what}?"
    have = "will have" if m["will"] else "had" if behind else "has" if one else "have"
    return capitalised(f"{contracted(who_, have) if m['will'] else who_ + ' ' + have} {what}{stop(m['end'])}")


def _have_vi(text: str) -> str | None:
    """"I have a second interview next week." as "Tuần sau tôi có buổi phỏng vấn vòng hai." (_HAVE_EN); None for
    anything else, "has", "does", "a" not agreeing, and a tense the day does not take."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["a"].lower() == "an") != bool(m["online"]) or not (
            said := person_of(m, bool(m["q"]), "en")) or m["nth"] and m["job"]:
        return None  # ("a second job interview": another one, or a second round?)
    who_, one = said
    have, q, day = keyed(m["have"]), m["q"] or "", (m["day"] or "").lower()
    behind = day in _BEHIND_EN
    if q:
        ok = have == "have" and who_ != "tôi" and (q == "Did" if behind else q == ("Does" if one else "Do"))
    else:
        ok = have == "had" and not (day and not behind) or have in ("will have", "'ll have") and not behind or \
            have == ("has" if one else "have") and not behind
    if not ok:
        return None
    kind = "trực tuyến" if m["online"] else _nth_vi(m["nth"])
    will = "sẽ " if "will" in have or "'ll" in have else "đã " if have == "had" and not day else ""
    said = f"{who_} {will}có buổi phỏng vấn{' xin việc' * bool(m['job'])} {kind}"
    return _day_vi(said, day, " không?" if q else stop(m["end"]))


def _went(text: str) -> str | None:
    """"Buổi phỏng vấn diễn ra rất tệ." as "The interview went really badly." (_WENT); None for anything else."""
    m = _WENT.fullmatch(text)
    if not m or "?" in m["end"] or m["deg"] and m["much"] or keyed(m["bad"]) == "tồi tệ" and (m["deg"] or m["much"]):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else "the"
    deg = _DEGREE.get(keyed(m["deg"] or m["much"] or ""), "")
    return capitalised(f"{whose} {'job ' * bool(m['job'])}interview went {deg + ' ' if deg else ''}"
                       f"{_BAD[keyed(m['bad'])]}{stop(m['end'])}")


def _went_vi(text: str) -> str | None:
    """"My interview went badly." as "Buổi phỏng vấn của tôi diễn ra tệ." (_WENT_EN); None for anything else."""
    m = _WENT_EN.fullmatch(text)
    if not m or m["deg"] and m["bad"] == "terribly":
        return None
    owner = m["owner"].lower()
    whose = "" if owner == "the" else f" của {WHOSE_VI[owner]}"
    bad = {"badly": "tệ", "terribly": "tồi tệ"}[m["bad"]]
    return f"Buổi phỏng vấn{' xin việc' * bool(m['job'])}{whose} diễn ra " \
           f"{_DEGREE_VI[m['deg'].lower()] + ' ' if m['deg'] else ''}{bad}{stop(m['end'])}"


def _got(text: str) -> str | None:
    """"Tôi được nhận vào làm sau buổi phỏng vấn." as "I got the job after the interview." (_GOT); else None."""
    m = _GOT.fullmatch(text)
    if not m or bool(m["after0"]) == bool(m["after"]) or (asked := _asked(m)) is None or asked and m["not"] or not (
            said := person_of(m, asked)):
        return None
    who_ = said[0]
    got = "get the job" if asked or m["not"] else "got the job"
    done = f"did {who_} {got}?" if asked else f"{who_} {'didn' + chr(39) + 't ' if m['not'] else ''}{got}"
    if m["after0"]:
        return f"After the interview, {done}" + ("" if asked else stop(m["end"]))
    return capitalised(f"{done[:-1]} after the interview?" if asked else f"{done} after the interview{stop(m['end'])}")


def _got_vi(text: str) -> str | None:
    """"I got the job after the interview." as "Tôi được nhận vào làm sau buổi phỏng vấn." (_GOT_EN); else None."""
    m = _GOT_EN.fullmatch(text)
    if not m or bool(m["after0"]) == bool(m["after"]) or bool(m["q"]) != ("?" in m["end"]) or not (
            said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    if m["q"] and (m["not"] or who_ == "tôi" or (m["q"] == "did") != bool(m["after0"])) or (
            m["verb"] == "get") != bool(m["q"] or m["not"]) or not _own(m, who_, one, m["owner"] or m["owner0"]):
        return None
    said = f"{who_} {'có ' * bool(m['q'])}{'không ' * bool(m['not'])}được nhận vào làm"
    end = " không?" if m["q"] else stop(m["end"])
    return f"Sau buổi phỏng vấn, {said}{end}" if m["after0"] else capitalised(f"{said} sau buổi phỏng vấn{end}")


def _which(text: str) -> str | None:
    """"Bạn phỏng vấn ở công ty nào?" as "Which company is your interview with?" (_WHICH); else None."""
    m = _WHICH.fullmatch(text)
    said = m and person_of(m, True)
    if not said:
        return None
    return f"Which company is {EN_WHOSE.get(said[0]) or said[0] + chr(39) + 's'} interview with?"


def _which_vi(text: str) -> str | None:
    """"Which company are you interviewing with?" as "Bạn phỏng vấn ở công ty nào?" (_WHICH_EN); else None."""
    m = _WHICH_EN.fullmatch(text)
    if not m:
        return None
    if m["be"]:
        said = person_of(m, True, "en") if be_agrees(m, m["be"]) else None
        who_ = said and said[0]
    else:
        who_ = WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")
    if who_ is None or who_ in ("tôi", "chúng tôi"):
        return None
    return capitalised(f"{who_} phỏng vấn ở công ty nào?")
