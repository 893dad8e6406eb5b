"""Reports at work ("báo cáo"), both ways, written whole by rule: who is doing, writing or redoing the weekly, monthly
or annual report, has finished it, hands it in to the boss, the boss telling someone to redo it or not having read it
yet. v8 (the rules on) reads "báo cáo tháng" as "a report of month", "làm lại" as "do", "nộp" as filing, and "hand
in", "redo" word by word: "Tôi đang làm báo cáo tháng." → "I'm doing a report of month.", "Sếp bảo tôi làm lại báo
cáo." → "The boss told me to do the report.", "Báo cáo của bạn xong chưa?" → "Your report is finished?", "Tôi viết
xong báo cáo rồi." → "I'm finished a report.", "Tôi phải nộp báo cáo cho sếp trước thứ sáu." → "I have to file a
report for my boss before Friday.", "Sếp đọc báo cáo của bạn chưa?" → "Will you read your report?"; "My boss told me
to redo the report." → "Sếp tôi bảo tôi đỏ báo cáo." (red), "I have to hand in my report to the boss before Friday."
→ "Tôi phải tay trong báo cáo của tôi cho Sếp trước khi thứ Sáu.", "Has your boss read your report yet?" → "Có sếp
đọc báo cáo của bạn vẫn chưa?".

Taken: a report ("báo cáo", "bản báo cáo"; weekly, monthly, quarterly, annual; "này", or whose after "của") that who
(mt.hobbies.WHO, WHO_EN; not a pet) is doing or writing ("đang"), has to ("phải", asked "có phải … không?", "không
phải"), needs to ("cần") or will ("sẽ") do, write, redo or rewrite; who has finished doing or writing it ("… xong …
rồi", "đã", "vừa"), has not yet ("chưa", "vẫn chưa"), asked ("… chưa?"); the report (someone's) finished, not yet,
asked ("Báo cáo của bạn xong chưa?"); the boss ("sếp", bare of me or us, or with whose) telling, asking or making whom
redo or rewrite it; who has to, needs to or will hand it in to the boss ("nộp … cho sếp", by a weekday or tomorrow),
has (just) handed it in, not yet, asked; the boss having read someone's report, not yet, still not, asked. Left:
handing in with no boss, deadlines and things due (mt/deadlines.py), printing a report (mt/printing.py), meetings
(mt/meetings.py), being told off (mt/told_off.py), school reports (mt/school_reports.py), reporting to the police
(mt/theft.py), the news (mt/news.py); a plain verb with no word of tense ("Tôi làm báo cáo tháng.": a habit, or
now?), "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the speaker), "I" asked, a bare boss of someone
other than me or us, a bare boss asked of my or our report with "ạ" (asked of the boss?), "his", "her", "their" that
may be someone else's, "mới" after the boss (the new boss?), a day behind, and anything else.
mt.phrasebook.translate tries these after mt/goosebumps.py.

    >>> translate("Sếp bảo tôi làm lại báo cáo.", "vi", "en"), translate("I'm doing the monthly report.", "en", "vi")
    ('My boss told me to redo the report.', 'Tôi đang làm báo cáo tháng.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (POLITE, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, em_speaking, person_of,
                      who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_DAYS, SOFTENED_END, VI_DAYS, WHOSE_OF, alternatives, be, capitalised,
                   contracted, keyed, present)

_KEYS = {"vi": lazy(r"(?i:báo\s+cáo)"), "en": lazy(r"(?i:report)")}
# kinds of report (the first Vietnamese of each is written back)
_KINDS = {"tháng": "monthly", "hằng tháng": "monthly", "hàng tháng": "monthly", "tuần": "weekly",
          "hằng tuần": "weekly", "hàng tuần": "weekly", "quý": "quarterly", "năm": "annual", "hằng năm": "annual",
          "hàng năm": "annual", "thường niên": "annual"}
_KINDS_VI = {en: vi for vi, en in reversed(_KINDS.items())} | {"yearly": "năm"}
# the days a report is handed in by: the weekdays, and tomorrow
_BY = {keyed(vi): en for vi, en in zip(VI_DAYS, EN_DAYS)} | near_days("ngày mai")
_BY_VI = {en.lower(): vi for vi, en in zip(VI_DAYS, EN_DAYS)} | {"tomorrow": "ngày mai"}
_VERBS = {"làm": ("do", "doing"), "viết": ("write", "writing"), "làm lại": ("redo", "redoing"),
          "viết lại": ("rewrite", "rewriting")}
_VERBS_VI = {en: vi for vi, ens in _VERBS.items() for en in ens}
_OBJECT_WHOSE = {"me": "my", "us": "our", "you": "your", "him": "his", "her": "her", "them": "their"}
_OWNER = rf"(?i:{alternatives(set(OWNERS) - {'mình'})})"  # ("của mình": whose own, whoever it is: left)
_KIND = rf"(?:\s+(?P<kind>(?i:{alternatives(_KINDS)}))(?!\s+này))?"  # ("báo cáo tháng này": this month's)
_BARE = rf"(?i:(?:bản\s+)?báo\s+cáo){_KIND}"
_REPORT = rf"{_BARE}(?:\s+(?P<this>này)|\s+của\s+(?P<owner>{_OWNER}))?"
_BOSS = rf"(?P<boss>[Ss]ếp)(?:\s+(?:của\s+)?(?P<bwhose>{_OWNER}))?"
_ASK = r"(?:(?P<ask>có)\s+)?"
# doing or writing it ("Tôi đang làm báo cáo tháng.", "Bạn có phải viết báo cáo tuần không?")
_DOING = lazy(rf"{WHO}\s+{_ASK}(?P<aux>đang|phải|cần|sẽ|không\s+phải)\s+(?P<verb>làm|viết)(?P<again>\s+lại)?\s+"
              rf"{_REPORT}{ASKED_END}")
# finished doing or writing it ("Tôi viết xong báo cáo rồi.", "Bạn làm xong báo cáo chưa?")
_FINISHED = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|chưa|vẫn\s+chưa)\s+)?(?P<verb>làm|viết)\s+xong\s+"
                 rf"{_REPORT}(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# the report finished ("Báo cáo của bạn xong chưa?", "Báo cáo tháng xong rồi.")
_READY = lazy(rf"{_BARE}(?:\s+(?P<this>này)|\s+của\s+{WHO})?\s+(?:(?P<tense>đã|chưa|vẫn\s+chưa)\s+)?xong"
              rf"(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# the boss telling whom to redo it ("Sếp bảo tôi làm lại báo cáo.", "Sếp bắt chúng tôi viết lại báo cáo tháng.")
_REDO = lazy(rf"{_BOSS}\s+(?:(?P<tense>đã|vừa)\s+)?(?P<verb>bảo|bắt|yêu\s+cầu)\s+{WHOM}\s+(?:phải\s+)?"
             rf"(?P<do>làm|viết)\s+lại\s+{_REPORT}{SOFTENED_END}")
# handing it in to the boss ("Tôi phải nộp báo cáo cho sếp trước thứ sáu.", "Bạn nộp báo cáo cho sếp chưa?")
_HAND = lazy(rf"{WHO}\s+(?:(?P<tense>phải|cần|sẽ|đã|vừa|chưa|vẫn\s+chưa)\s+)?nộp\s+{_REPORT}\s+cho\s+{_BOSS}"
             rf"(?:\s+trước\s+(?P<day>(?i:{alternatives(_BY)})))?(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# the boss having read it ("Sếp chưa đọc báo cáo của tôi.", "Sếp đọc báo cáo của bạn chưa?")
_READ = lazy(rf"{_BOSS}\s+(?:(?P<tense>đã|chưa|vẫn\s+chưa)\s+)?đọc\s+{_REPORT}(?:\s+(?P<done>rồi|chưa))?"
             rf"{SOFTENED_END}")

# ... and in English
_END = r"\s*(?P<end>[.!?]*)"
_REPORT_EN = rf"(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+(?:(?P<kind>(?i:{alternatives(_KINDS_VI)}))\s+)?report"
_BOSS_EN = rf"(?P<bdet>(?i:the|{WHOSE_WORDS}))\s+boss"
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+am|\s+is|\s+are|['’]m|['’]s|['’]re|\s+will|['’]ll|"
                 r"\s+(?:has|have|need|needs)\s+to|\s+(?:don|doesn)['’]t\s+have\s+to|\s+(?:do|does)\s+not\s+have\s+to)"
                 rf"\s+(?P<verb>{alternatives(_VERBS_VI)})\s+{_REPORT_EN}{_END}")
_FINISHED_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?:\s+(?P<still>still))?(?P<aux>['’]ve|['’]s|\s+have|\s+has)?"
                    r"(?P<nt>n['’]t|\s+not)?(?:\s+(?P<adv>just|already))?\s+finished(?P<writing>\s+writing)?\s+"
                    rf"{_REPORT_EN}(?:\s+(?P<yet>yet))?{_END}")
_READY_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_REPORT_EN}(?P<be>\s+is|['’]s)?(?P<nt>n['’]t|\s+not)?\s+finished"
                 rf"(?:\s+(?P<yet>yet))?{_END}")
_REDO_EN = lazy(rf"{_BOSS_EN}(?P<just>\s+has\s+just|['’]s\s+just|\s+just)?\s+(?P<verb>told|asked|made)\s+{WHOM_EN}"
                rf"\s+(?P<to>to\s+)?(?P<do>redo|rewrite)\s+{_REPORT_EN}{_END}")
_HAND_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?:\s+(?P<still>still))?(?P<aux>\s+(?:has|have|need|needs)\s+to|"
                r"\s+will|['’]ll|['’]ve|['’]s|\s+have|\s+has)?(?P<nt>n['’]t|\s+not)?(?:\s+(?P<adv>just|already))?\s+"
                rf"(?P<verb>hand\s+in|handed\s+in|submit|submitted)\s+{_REPORT_EN}\s+to\s+{_BOSS_EN}"
                rf"(?:\s+(?:by|before)\s+(?P<day>(?i:{alternatives(_BY_VI)})))?(?:\s+(?P<yet>yet))?{_END}")
_READ_EN = lazy(rf"(?:(?P<q>Has)\s+)?{_BOSS_EN}(?:\s+(?P<still>still))?(?P<aux>\s+has|['’]s)?(?P<nt>n['’]t|\s+not)?"
                rf"(?:\s+(?P<adv>just|already))?\s+read\s+{_REPORT_EN}(?:\s+(?P<yet>yet))?{_END}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who doing, writing, redoing, finishing or handing in a report at work, the
    boss telling someone to redo it or having read it; None for any other."""
    if src == "vi":
        said = _doing(text) or _finished(text) or _ready(text) or _redo(text) or _hand(text) or _read(text)
    else:
        text = text.replace("’", "'")
        said = _doing_vi(text) or _finished_vi(text) or _ready_vi(text) or _redo_vi(text) or _hand_vi(text) or \
            _read_vi(text)
    # (a statement's "!" kept as the source has it)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said


def _report(m: re.Match) -> str:
    """The report of a match of _REPORT in English: "the report", "the monthly report", "this report", "my report"."""
    kind = f"{_KINDS[keyed(m['kind'])]} " if m["kind"] else ""
    det = OWNERS[keyed(m["owner"])] if m.groupdict().get("owner") else "this" if m["this"] else "the"
    return f"{det} {kind}report"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks: "?" with "… chưa?" (group done), or "có … không?" (groups ask, asked); None
    for a "?" on a statement, "có" or "không?" alone."""
    groups = m.groupdict()
    asked = keyed(groups.get("done") or "") == "chưa" or bool(groups.get("asked"))
    return None if asked != ("?" in m["end"]) or bool(groups.get("ask")) != bool(groups.get("asked")) else asked


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she has"); None for a pet, "I" asked, "anh" saying it, and
    "em" with "ạ" (the speaker, mt.hobbies.em_speaking: "Em có phải làm lại báo cáo không ạ?" asks "Do I …?")."""
    return None if animal(m) or em_speaking(m) else person_of(m, asked)


def _pet(said: str, pattern: str) -> bool:
    """Whether whom `said` (of WHOM, or WHOM_EN with `pattern` WHO_EN) is a pet ("con chó của tôi", "my dog")."""
    m = re.fullmatch(pattern, " ".join(said.split()))
    return bool(m) and animal(m)


def _doing(text: str) -> str | None:
    """"Tôi đang làm báo cáo tháng." as "I'm doing the monthly report.", "Bạn có phải viết báo cáo tuần không?" as
    "Do you have to write the weekly report?", "Chúng tôi phải làm lại báo cáo." as "We have to redo the report."
    (_DOING); None for anything else, and asked but with "phải"."""
    m = _DOING.fullmatch(text)
    asked = m and _asked(m)
    aux = keyed(m["aux"]) if m else ""
    if not m or asked is None or asked and aux != "phải" or (said := _person(m, asked)) is None:
        return None
    (who_, one), (verb, ing) = said, _VERBS[keyed(m["verb"]) + " lại" * bool(m["again"])]
    report = _report(m)
    if aux == "đang":
        return capitalised(contracted(who_, f"{be(who_)} {ing} {report}") + ".")
    if aux in ("phải", "không phải"):
        return present(who_, one, f"have to {verb}", report, asked, aux == "không phải")
    if aux == "cần":
        return present(who_, one, f"need to {verb}", report)
    return capitalised(contracted(who_, f"will {verb} {report}") + ".")


def _perfect(who_: str, one: bool, said: str) -> str:
    """Who has done what, contracted as English says it: "I've finished …", "My mother has finished …"."""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {said}") + ".")


def _not_yet(who_: str, one: bool, said: str, still: bool) -> str:
    """Who has not done what yet: "I haven't finished … yet.", "She still hasn't finished …."."""
    have = "hasn't" if one else "haven't"
    return capitalised(f"{who_} still {have} {said}." if still else f"{who_} {have} {said} yet.")


def _have_done(m: re.Match, asked: bool, who_: str, one: bool, what: str) -> str | None:
    """Who has done what, by a Vietnamese match's tense and "rồi" or "chưa" after: "Have you … yet?", "I haven't …
    yet.", "I've just …", "I've …" (of _FINISHED, _HAND, _READ); None for a plain verb and a tense that does not fit."""
    tense, done = keyed(m["tense"] or ""), keyed(m["done"] or "")
    if asked:
        return f"{'Has' if one else 'Have'} {who_} {what} yet?" if tense in ("", "đã") else None
    if "chưa" in tense:
        return None if done else _not_yet(who_, one, what, tense == "vẫn chưa")
    if tense in ("vừa", "mới", "vừa mới"):  # ("… vừa viết xong báo cáo rồi": just, as without "rồi")
        return _perfect(who_, one, f"just {what}")
    return _perfect(who_, one, what) if done == "rồi" or tense == "đã" else None


def _finished(text: str) -> str | None:
    """"Tôi viết xong báo cáo rồi." as "I've finished writing the report.", "Tôi vừa làm xong báo cáo tháng." as
    "I've just finished the monthly report.", "Lan chưa viết xong báo cáo." as "Lan hasn't finished writing the
    report yet.", "Bạn làm xong báo cáo chưa?" as "Have you finished the report yet?" (_FINISHED); None for anything
    else, and a plain verb ("Tôi làm xong báo cáo.": done, or a story?)."""
    m = _FINISHED.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := _person(m, asked)) is None:
        return None
    what = f"finished {'writing ' if keyed(m['verb']) == 'viết' else ''}{_report(m)}"
    return _have_done(m, asked, *said, what)


def _ready(text: str) -> str | None:
    """"Báo cáo của bạn xong chưa?" as "Have you finished your report?", "Báo cáo của tôi xong rồi." as "I've finished
    my report.", "Báo cáo tháng xong chưa?" as "Is the monthly report finished?", "Báo cáo chưa xong." as "The report
    isn't finished yet." (_READY); None for anything else, and whose a name alone ("his" or "her"?)."""
    m = _READY.fullmatch(text)
    asked = m and _asked(m)
    tense, done = (keyed(m["tense"] or ""), keyed(m["done"] or "")) if m else ("", "")
    if not m or asked is None or "chưa" in tense and (done or asked) or not (done or tense):
        return None
    kind = f"{_KINDS[keyed(m['kind'])]} " if m["kind"] else ""
    if not (m["who"] or m["kin"] or m["title"] or m["given"]):
        report = f"{'this' if m['this'] else 'the'} {kind}report"
        if asked:
            return f"Is {report} finished?"
        ends = {"vẫn chưa": " still isn't finished.", "chưa": " isn't finished yet."}
        return capitalised(report + ends.get(tense, " is finished."))
    said = _person(m, asked)
    whose = said and whose_own(m, said[0])
    if not whose:
        return None
    who_, one = said
    what = f"finished {whose} {kind}report"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} {what}?"
    return _not_yet(who_, one, what, tense == "vẫn chưa") if "chưa" in tense else _perfect(who_, one, what)


def _redo(text: str) -> str | None:
    """"Sếp bảo tôi làm lại báo cáo." as "My boss told me to redo the report.", "Sếp bắt chúng tôi viết lại báo cáo
    tháng." as "Our boss made us rewrite the monthly report.", "Sếp tôi vừa yêu cầu anh ấy làm lại báo cáo." as "My
    boss has just asked him to redo the report." (_REDO); None for anything else, and a bare boss but of me or us."""
    m = _REDO.fullmatch(text)
    if not m or "?" in m["end"] or _pet(m["whom"], WHO) or (whom := as_whom(m["whom"], "vi")) is None:
        return None
    boss = OWNERS[keyed(m["bwhose"])] if m["bwhose"] else {"me": "my", "us": "our"}.get(whom)
    if boss is None:
        return None
    verb = {"bảo": "told", "bắt": "made", "yêu cầu": "asked"}[keyed(m["verb"])]
    do = f"{'to ' if verb != 'made' else ''}{'redo' if keyed(m['do']) == 'làm' else 'rewrite'}"
    just = " has just" if m["tense"] and keyed(m["tense"]) == "vừa" else ""
    return capitalised(f"{boss} boss{just} {verb} {whom} {do} {_report(m)}.")


def _hand(text: str) -> str | None:
    """"Tôi phải nộp báo cáo cho sếp trước thứ sáu." as "I have to hand in the report to my boss by Friday.", "Tôi
    đã nộp báo cáo cho sếp rồi." as "I've handed in the report to my boss.", "Bạn nộp báo cáo cho sếp chưa?" as "Have
    you handed in the report to your boss yet?", "Mẹ tôi chưa nộp báo cáo cho sếp." as "My mother hasn't handed in
    the report to her boss yet." (_HAND); None for anything else, and a bare boss of a name alone (his, or hers?)."""
    m = _HAND.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    boss = OWNERS[keyed(m["bwhose"])] if m["bwhose"] else whose_own(m, who_)
    tense, done = keyed(m["tense"] or ""), keyed(m["done"] or "")
    if boss is None or m["day"] and tense not in ("phải", "cần", "sẽ"):
        return None
    what = f"{_report(m)} to {boss} boss"
    if asked or tense not in ("phải", "cần", "sẽ"):
        return _have_done(m, asked, who_, one, f"handed in {what}")
    by = f" by {_BY[keyed(m['day'])]}" if m["day"] else ""
    if tense == "sẽ":
        return None if done else capitalised(contracted(who_, f"will hand in {what}{by}") + ".")
    return None if done else present(who_, one, f"{'have' if tense == 'phải' else 'need'} to hand in", what + by)


def _read(text: str) -> str | None:
    """"Sếp chưa đọc báo cáo của tôi." as "My boss hasn't read my report yet.", "Sếp đọc báo cáo của bạn chưa?" as
    "Has your boss read your report yet?", "Sếp tôi đã đọc báo cáo rồi." as "My boss has read the report." (_READ);
    None for anything else, a bare boss but of my, your or our report, and one asked of my or our with "ạ" (POLITE)."""
    m = _READ.fullmatch(text)
    asked = m and _asked(m)
    owner = keyed(m["owner"] or "") if m else ""
    # ("ạ" is said up to the one asked: "Sếp đọc báo cáo của tôi chưa ạ?" may ask the boss: have you read it?)
    if not m or asked is None or asked and not m["bwhose"] and owner != "bạn" and POLITE.search(text):
        return None
    if not m["bwhose"] and owner not in ("tôi", "bạn", "chúng tôi"):
        return None
    boss = OWNERS[keyed(m["bwhose"])] if m["bwhose"] else OWNERS[owner]
    return _have_done(m, asked, f"{boss} boss", True, f"read {_report(m)}")


def _own_en(m: re.Match) -> str | None:
    """Whose who's own things are, of a match of WHO_EN: "my" for "I", "her" for "my mother"; None for a name."""
    if m["who"]:
        return WHOSE_OF[m["who"].lower()]
    return his_her(who_vi(m)[0]) if m["kin"] else None


def _report_vi(m: re.Match, own: str | None) -> str | None:
    """The report of a match of _REPORT_EN in Vietnamese, `own` being whose is the subject's own ("my" after "I"):
    "the monthly report" and one's own as "báo cáo tháng", "this report" as "báo cáo này", "your report" after
    "I" as "báo cáo của bạn"; None for "his", "her", "their" that may or may not be the subject's own."""
    det = m["det"].lower()
    base = f"báo cáo {_KINDS_VI[m['kind'].lower()]}" if m["kind"] else "báo cáo"
    if det in ("the", own):
        return base
    if det == "this":  # ("báo cáo tháng này" is this month's)
        return None if m["kind"] else f"{base} này"
    return None if det in ("his", "her", "their") and own is None else f"{base} của {WHOSE_VI[det]}"


def _agrees(m: re.Match, first: str, one: bool) -> bool:
    """Whether the first verb said (`first`: "is", "'m", "has", "doesn't", "needs" …) agrees with who of a match of
    WHO_EN (`one` as who_vi gives it); True for "will", "'ll"."""
    first = keyed(first)
    if first in ("am", "is", "are", "'m", "'s", "'re"):
        return be_agrees(m, first)
    if first in ("has", "does", "doesn't", "needs"):
        return one
    return not one if first in ("have", "do", "don't", "need", "'ve") else True


def _doing_vi(text: str) -> str | None:
    """"I'm doing the monthly report." as "Tôi đang làm báo cáo tháng.", "Do you have to write the weekly report?" as
    "Bạn có phải viết báo cáo tuần không?", "She'll redo the report." as "Cô ấy sẽ làm lại báo cáo." (_DOING_EN);
    None for anything else, a verb that does not agree, and "-ing" but after "is"."""
    m = _DOING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux, verb = keyed(m["aux"]), keyed(m["verb"])
    how = {"have to": "phải", "has to": "phải", "need to": "cần", "needs to": "cần", "will": "sẽ", "'ll": "sẽ"}.get(
        aux, "không phải" if aux.endswith("have to") else "đang")
    report = _report_vi(m, _own_en(m))
    if not _agrees(m, m["q"] or aux.split()[0], one) or (how == "đang") != verb.endswith("ing") or report is None:
        return None
    if m["q"]:
        return capitalised(f"{who_} có phải {_VERBS_VI[verb]} {report} không?") if how == "phải" and \
            who_ != "tôi" else None
    return capitalised(f"{who_} {how} {_VERBS_VI[verb]} {report}.")


def _finished_vi(text: str) -> str | None:
    """"I've finished writing the report." as "Tôi viết xong báo cáo rồi.", "Have you finished your report?" as
    "Báo cáo của bạn xong chưa?", "Have you finished the report yet?" as "Bạn đã làm xong báo cáo chưa?", "She
    hasn't finished the monthly report yet." as "Cô ấy chưa làm xong báo cáo tháng." (_FINISHED_EN); None for
    anything else, a plain past ("I finished the report.": when?), and a verb that does not agree."""
    m = _FINISHED_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    own, verb = _own_en(m), "viết" if m["writing"] else "làm"
    report = _report_vi(m, own)
    aux = {"'ve": "have", "'s": "has"}.get(keyed(m["aux"] or ""), keyed(m["aux"] or ""))
    if report is None or not _agrees(m, m["q"] or aux or "did", one) or m["q"] and (aux or m["nt"] or m["still"]):
        return None
    if m["q"]:
        if m["adv"] or who_ == "tôi":
            return None
        if m["det"].lower() == own and not (m["writing"] or m["yet"]):  # ("Have you finished your report?")
            return f"{capitalised(report)} của {who_} xong chưa?"
        return capitalised(f"{who_} đã {verb} xong {report} chưa?")
    if not aux or m["nt"] and m["adv"] or not m["nt"] and (m["still"] or m["yet"]):
        return None
    if m["nt"]:
        return capitalised(f"{who_} {'vẫn chưa' if m['still'] else 'chưa'} {verb} xong {report}.")
    said = {"just": "vừa {} xong {}.", "already": "đã {} xong {} rồi."}.get(m["adv"] or "", "{} xong {} rồi.")
    return capitalised(f"{who_} {said.format(verb, report)}")


def _ready_vi(text: str) -> str | None:
    """"Is the monthly report finished?" as "Báo cáo tháng xong chưa?", "Your report is finished." as "Báo cáo của
    bạn xong rồi.", "The report isn't finished yet." as "Báo cáo chưa xong." (_READY_EN); None for anything else, and
    a report "his", "her" or "their" (whose?)."""
    m = _READY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or m["q"] and m["nt"]:
        return None
    report = _report_vi(m, None)  # (None for "his", "her", "their": of no one said, whose is not known)
    if report is None:
        return None
    report = capitalised(report)
    if m["q"]:
        return f"{report} xong chưa?"
    if m["nt"]:
        return f"{report} chưa xong."
    return None if m["yet"] else f"{report} xong rồi."


def _redo_vi(text: str) -> str | None:
    """"My boss told me to redo the report." as "Sếp bảo tôi làm lại báo cáo.", "Our boss made us rewrite the
    monthly report." as "Sếp bắt chúng tôi viết lại báo cáo tháng.", "My boss asked him to redo his report." as "Sếp
    tôi yêu cầu anh ấy làm lại báo cáo." (_REDO_EN); None for anything else ("made … to redo", "told … redo")."""
    m = _REDO_EN.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["to"]) == (m["verb"] == "made") or _pet(m["whom"], WHO_EN):
        return None
    whom = as_whom(m["whom"], "en")
    bdet, obj = m["bdet"].lower(), m["whom"].lower()
    report = whom and _report_vi(m, _OBJECT_WHOSE.get(obj) or his_her(whom))
    if report is None:
        return None
    boss = "Sếp" if bdet == "the" or (bdet, obj) in (("my", "me"), ("our", "us")) else f"Sếp {WHOSE_VI[bdet]}"
    verb = {"told": "bảo", "asked": "yêu cầu", "made": "bắt"}[m["verb"]]
    do = "làm lại" if m["do"] == "redo" else "viết lại"
    return f"{boss} {'vừa ' if m['just'] else ''}{verb} {whom} {do} {report}."


def _hand_vi(text: str) -> str | None:
    """"I have to hand in the report to my boss by Friday." as "Tôi phải nộp báo cáo cho sếp trước thứ Sáu.", "Have
    you handed in the report to your boss yet?" as "Bạn đã nộp báo cáo cho sếp chưa?" (_HAND_EN); None for anything
    else, a plain past, and a boss "his", "her", "their" that may be someone else's."""
    m = _HAND_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    own, bdet = _own_en(m), m["bdet"].lower()
    report = _report_vi(m, own)
    boss = "sếp" if bdet in ("the", own) else None if bdet in ("his", "her", "their") else f"sếp {WHOSE_VI[bdet]}"
    aux = {"'ve": "have", "'s": "has", "'ll": "will"}.get(keyed(m["aux"] or ""), keyed(m["aux"] or ""))
    base = keyed(m["verb"]) in ("hand in", "submit")
    if report is None or boss is None or not _agrees(m, m["q"] or aux or "did", one) or m["day"] and (
            m["q"] or aux.split(" ")[-1] not in ("to", "will")):
        return None
    what = f"nộp {report} cho {boss}"
    if m["q"]:
        bad = aux or m["nt"] or m["still"] or m["adv"] or base or who_ == "tôi"
        return None if bad else capitalised(f"{who_} đã {what} chưa?")
    if aux.split(" ")[-1] in ("to", "will"):
        if not base or m["nt"] or m["still"] or m["adv"] or m["yet"]:
            return None
        day = f" trước {_BY_VI[keyed(m['day'])]}" if m["day"] else ""
        return capitalised(f"{who_} {'sẽ' if aux == 'will' else 'cần' if 'need' in aux else 'phải'} {what}{day}.")
    if not aux or base or m["nt"] and m["adv"] or not m["nt"] and (m["still"] or m["yet"]):
        return None
    if m["nt"]:
        return capitalised(f"{who_} {'vẫn chưa' if m['still'] else 'chưa'} {what}.")
    return capitalised(f"{who_} vừa {what}." if m["adv"] == "just" else f"{who_} đã {what} rồi.")


def _read_vi(text: str) -> str | None:
    """"My boss hasn't read my report yet." as "Sếp chưa đọc báo cáo của tôi.", "Has your boss read your report
    yet?" as "Sếp đã đọc báo cáo của bạn chưa?", "My boss has read the report." as "Sếp tôi đã đọc báo cáo rồi."
    (_READ_EN); None for anything else."""
    m = _READ_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    bdet, det = m["bdet"].lower(), m["det"].lower()
    same = bdet == det and det in ("my", "your", "our")  # ("my boss … my report": "Sếp … báo cáo của tôi")
    boss = "Sếp" if bdet == "the" or same else f"Sếp {WHOSE_VI[bdet]}"
    report = _report_vi(m, "")
    aux = keyed(m["aux"] or "")
    if m["q"]:
        return None if aux or m["nt"] or m["still"] or m["adv"] else f"{boss} đã đọc {report} chưa?"
    if m["nt"]:
        return None if not aux or m["adv"] else f"{boss} {'vẫn chưa' if m['still'] else 'chưa'} đọc {report}."
    if m["still"] or m["yet"] or not aux and m["adv"] == "already":
        return None
    return f"{boss} vừa đọc {report}." if m["adv"] == "just" else f"{boss} đã đọc {report}{' rồi' * bool(aux)}."
