"""Procrastination, both ways, written whole by rule: who puts things off (a habit, now, all week, never again, over
and over), what they put off, leaving things to the last minute, and "Stop putting it off!". v8 (rules on) reads
"hay" (often) as "or", "trì hoãn" as delaying, and "procrastinate" as imitating, pronouncing or hesitating, "put off"
as dropping: "Anh ấy hay trì hoãn." → "He or delayed.", "Tôi hay trì hoãn việc học." → "I delay school.", "Tôi đã trì
hoãn bài tập cả tuần." → "I delayed the exercise week.", "Bạn có hay trì hoãn không?" → "Are you delayed?", "Bố tôi
hay trì hoãn việc đi khám bác sĩ." → "My father or delayed the doctor.", "Anh ấy luôn để đến phút cuối mới làm." →
"He always lets the last minute to do.", "Em trai tôi luôn để nước đến chân mới nhảy." → "My younger brother always let
water go to the new leg jumps."; "He often procrastinates." → "Anh ấy thường bắt chước." (imitates), "Stop
procrastinating!" → "Dừng phát âm!" (pronouncing), "I often put off studying." → "Tôi thường bỏ học." (drop out), "I
put off my homework all week." → "Tôi bỏ bài tập ở nhà mỗi tuần.", "Do you often procrastinate?" → "Bạn có nên chủng
ngừa thường không?", "He keeps putting it off." → "Anh ấy giữ nó ra khỏi.", "Stop putting it off!" → "Hãy dừng lại!".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) procrastinating ("trì hoãn" ↔ "procrastinate") or putting off one of
THINGS ("việc học" ↔ "studying", "bài tập" ↔ "my homework", "việc đi khám bác sĩ" ↔ "going to the doctor" …; whose
the subject's own, known in English): as a habit (mt.hobbies.SELDOM: "hay", "luôn", "không bao giờ" ↔ "often",
"always", "never" …), not often, asked ("có hay … không?", "có bao giờ … không?" ↔ "Do you often …?", "Do you ever
…?"), now ("đang" ↔ "is procrastinating", "Are you …?"), past over a whole span ("đã … cả tuần" ↔ "all week": of
mt.dates.WHOLE_SPANS), no more ("sẽ không … nữa" ↔ "won't … any more"), over and over ("cứ … mãi" ↔ "keeps putting
it off"); in English also "don't procrastinate" and "have been procrastinating all week"; leaving things (or homework,
housework, work, studying) to the last minute ("để đến phút cuối mới làm", "để nước đến chân mới nhảy" ↔ "leaves things
to the last minute") as a habit, not often or asked; and told: "Đừng trì hoãn (nữa)!" ↔ "Don't put it off!", "Stop
putting it off!", "Stop procrastinating!", "Đừng để đến phút cuối mới làm!" ↔ "Don't leave things to the last
minute!". Left: a bare "Tôi trì hoãn việc học." and "đã trì hoãn" without a span (a habit, or done once?), "trì hoãn"
of events ("Cuộc họp bị trì hoãn.": postponed, mt/meetings.py, mt/delays.py), things outside THINGS, "hoãn" alone,
"put off" as disgust ("I was put off by the smell."), "put it off" but kept, told or no more, "anh", "chị", "em"
alone saying it, asked of oneself (and "we" in English: "chúng tôi" or "chúng ta"?), a name's homework (his or hers?),
another's ("I put off her homework"), a reason or a second clause, and anything else.
mt.phrasebook.translate tries these after mt/blushing.py.

    >>> translate("Anh ấy hay trì hoãn.", "vi", "en"), translate("Stop putting it off!", "en", "vi")
    ('He often procrastinates.', 'Đừng trì hoãn nữa!')
"""
from __future__ import annotations

import re

from .dates import WHOLE_SPANS, WHOLE_SPANS_EN
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, his_her
from .text import ASKED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed, stop

# what is put off, and English for it ("{}" whose: the subject's own); the first Vietnamese of each is written back
THINGS = {"việc học": "studying", "việc học hành": "studying", "việc học bài": "studying", "học bài": "studying",
          "bài tập": "{} homework", "bài tập về nhà": "{} homework", "làm bài tập": "doing {} homework",
          "làm bài tập về nhà": "doing {} homework", "việc nhà": "the housework", "làm việc nhà": "doing the housework",
          "công việc": "{} work", "việc ôn thi": "studying for {} exams", "ôn thi": "studying for {} exams",
          "việc dọn dẹp": "tidying up", "dọn dẹp": "tidying up", "việc đi khám bác sĩ": "going to the doctor",
          "đi khám bác sĩ": "going to the doctor", "việc tập thể dục": "exercising", "tập thể dục": "exercising"}
THINGS_EN = {en: vi for vi, en in reversed(THINGS.items())} | {
    "housework": "việc nhà", "doing housework": "làm việc nhà", "{} chores": "việc nhà", "the chores": "việc nhà",
    "studying for exams": "việc ôn thi", "revising for {} exams": "việc ôn thi", "revising for exams": "việc ôn thi",
    "seeing a doctor": "việc đi khám bác sĩ", "seeing the doctor": "việc đi khám bác sĩ", "cleaning up": "việc dọn dẹp"}
# ... those left to the last minute ("để bài tập đến phút cuối", not "để đi khám bác sĩ đến phút cuối")
_LEFT = ("việc học", "bài tập về nhà", "bài tập", "việc nhà", "công việc", "việc ôn thi")
_LEFT_EN = ("studying", "{} homework", "housework", "the housework", "{} work", "studying for {} exams",
            "studying for exams")
# a whole span of the day or the week put off (mt.dates)
_SPANS = {vi: WHOLE_SPANS[vi] for vi in ("cả ngày", "cả buổi sáng", "cả buổi chiều", "cả buổi tối", "cả tuần")}
_SPANS_EN = {en: WHOLE_SPANS_EN[en] for en in _SPANS.values()}
# how often, as English says it ("hay": often, as the brief's "Bạn có hay trì hoãn không?"), and back
_WHOSE = "my|your|his|her|our|their"


def _modes() -> dict[str, tuple[str, str]]:
    """The words between who and "trì hoãn" (or "để"), each as a kind and English's word for how often: "hay" a habit
    ("often"), "có hay" asked, "không hay" not often, "đang" now, "đã" past, "sẽ không" no more, "cứ" over and over."""
    modes = {}
    for vi, en in SELDOM.items():
        modes[vi] = ("habit", en)
        if en in ("often", "always"):
            modes[f"có {vi}"] = ("asked", en)
        if en == "often":
            modes[f"không {vi}"] = ("not", en)
    return modes | {"có bao giờ": ("asked", "ever"), "đang": ("now", ""), "có đang": ("asked", "now"),
                    "đã": ("past", ""), "sẽ không": ("won't", ""), "cứ": ("keep", "")}


_MODES = _modes()
_LEAVE_MODES = {vi: mode for vi, mode in _MODES.items() if mode[0] in ("habit", "asked", "not") and mode[1] != "now"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trì\s+hoãn|phút\s+cuối|phút\s+chót|nước\s+đến\s+chân)"),
         "en": lazy(r"(?i:procrastinat|put\w*\s+(?:it\s+|things\s+)?off|last\s+minute)")}

_THING = rf"(?P<thing>(?i:{alternatives(THINGS)}))"
_SPAN = rf"(?P<span>(?i:{alternatives(_SPANS)}))"
# who puts off ("Anh ấy hay trì hoãn.", "Tôi đã trì hoãn bài tập cả tuần.", "Bạn có hay trì hoãn không?")
_PUT_OFF = lazy(rf"{WHO}\s+(?:(?P<mode>(?i:{alternatives(_MODES)}))\s+)?trì\s+hoãn(?:\s+{_THING})?"
                rf"(?:\s+(?:suốt\s+)?{_SPAN})?(?:\s+(?P<more>nữa|mãi))?{ASKED_END}")
# left to the last minute ("để (bài tập) đến phút cuối mới làm"), or the idiom ("để nước đến chân mới nhảy")
_TO_LAST = (r"(?P<last>để\s+(?:(?P<idiom>nước\s+đến\s+chân\s+mới\s+nhảy)|(?:(?P<left>"
            rf"{alternatives(_LEFT)})\s+|mọi\s+(?:việc|thứ)\s+)?(?:đến|tới)\s+phút\s+(?:cuối(?:\s+cùng)?|chót)"
            r"(?:\s+mới\s+(?:bắt\s+đầu\s+)?làm)?))")
_LEAVE = lazy(rf"{WHO}\s+(?P<mode>(?i:{alternatives(_LEAVE_MODES)}))\s+{_TO_LAST}{ASKED_END}")
# told ("Đừng trì hoãn nữa!", "Con đừng trì hoãn bài tập nữa!", "Đừng để nước đến chân mới nhảy!")
_DONT = lazy(rf"(?:(?i:bạn|con|em|anh|chị|cậu)\s+)?(?i:đừng)\s+(?:trì\s+hoãn(?:\s+{_THING})?(?:\s+(?P<more>nữa))?|"
             rf"{_TO_LAST})(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")


def _thing_en(name: str, forms=THINGS_EN) -> str:
    """A regex group `name` for an English thing of `forms` ("{}" as any whose word: "my homework")."""
    return rf"(?P<{name}>(?i:{alternatives(forms).replace(re.escape('{}'), f'(?:{_WHOSE})')}))"


_HOW_EN = r"(?P<how>often|always|never|rarely|sometimes|usually|ever)"
_PUT_OFF_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|will)\s+not|\s+(?:have|has)\s+been|"
                   r"\s+(?:don|doesn|won)['’]t|\s+keeps?|\s+am|\s+is|\s+are|['’](?:m|re|s|ve\s+been|s\s+been))?"
                   rf"(?:\s+{_HOW_EN})?\s+(?P<verb>procrastinat(?:es|e|ing|ed)|(?P<put>puts|putting|put)\s+(?:off\s+"
                   rf"{_thing_en('thing')}|(?P<it>it|things)\s+off))"
                   rf"(?:\s+(?P<span>{alternatives(_SPANS_EN)}))?(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_LEFT_EN_RE = _thing_en("left", _LEFT_EN)
_LEAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+{_HOW_EN}"
                 rf"\s+(?P<verb>leaves|leave)\s+(?:things|everything|it|{_LEFT_EN_RE})\s+(?:to|until|till)\s+the\s+"
                 r"last\s+minute\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:(?P<stop>Stop)\s+(?:procrastinating|putting\s+(?:off\s+{_thing_en('thing')}|(?:it|things)\s+off))"
                r"|(?:Don['’]t|Do\s+not)\s+(?:(?:procrastinate|put\s+(?:off\s+"
                rf"{_thing_en('thing2')}|(?:it|things)\s+off))(?P<more>\s+any\s*more)?|(?P<leave>leave)\s+"
                rf"(?:things|everything|it|{_LEFT_EN_RE})\s+(?:to|until|till)\s+the\s+last\s+minute))\s*(?P<end>[.!]*)")
# English's auxiliaries after who, as a kind and whether said of one ("does"; None either; "I" for "am")
_AUX = {"": ("", None), "don't": ("not", False), "do not": ("not", False), "doesn't": ("not", True),
        "does not": ("not", True), "won't": ("won't", None), "will not": ("won't", None), "have been": ("been", False),
        "'ve been": ("been", False), "has been": ("been", True), "'s been": ("been", True), "keep": ("keep", False),
        "keeps": ("keep", True), "am": ("be", "I"), "'m": ("be", "I"), "is": ("be", True), "'s": ("be", True),
        "are": ("be", False), "'re": ("be", False)}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who procrastinates or puts something off, leaves things to the
    last minute, or tells someone not to; None for any other."""
    if src == "vi":
        return _put_off(text) or _leave(text) or _dont(text)
    text = text.replace("’", "'")
    return _put_off_vi(text) or _leave_vi(text) or _dont_vi(text)


def _said(m: re.Match) -> tuple[str, bool, str, str, bool] | None:
    """Who of a Vietnamese match of _PUT_OFF or _LEAVE in English, whether one ("he does"), the kind and English's
    word of its mode (_MODES), and whether it asks; None for a pet, "có" or "không?" alone, and asked of oneself."""
    kind, how = _MODES.get(keyed(m["mode"] or ""), ("", ""))
    asked = bool(m["asked"])
    if animal(m) or asked != ("?" in m["end"]) or asked != (kind == "asked"):
        return None
    said = who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    return said[0], said[1], kind, how, asked


def _thing(m: re.Match, group: str, who_: str) -> str | None:
    """The thing of `group` of a Vietnamese match in English, whose as who's (`who_`: "my homework", "his work"), with
    a space before it; "" for none; None where whose is not known ("Lan", "bạn tôi")."""
    if not m[group]:
        return ""
    said = THINGS[keyed(m[group])]
    if "{}" not in said:
        return f" {said}"
    whose = whose_own(m, who_)
    return whose and f" {said.format(whose)}"


def _put_off(text: str) -> str | None:
    """"Anh ấy hay trì hoãn." as "He often procrastinates.", "Tôi hay trì hoãn việc học." as "I often put off
    studying.", "Tôi đã trì hoãn bài tập cả tuần." as "I put off my homework all week.", "Bạn có đang trì hoãn
    không?" as "Are you procrastinating?", "Anh ấy cứ trì hoãn mãi." as "He keeps putting it off." (_PUT_OFF); None
    for anything else, and for a bare "trì hoãn" (a habit, or once?)."""
    m = _PUT_OFF.fullmatch(text)
    said = m and _said(m)
    if not said:
        return None
    who_, one, kind, how, asked = said
    thing, more = _thing(m, "thing", who_), keyed(m["more"] or "")
    if thing is None or bool(m["span"]) != (kind == "past") or (more == "nữa") != (kind == "won't") or (
            more == "mãi") != (kind == "keep"):
        return None
    base, ing = f"put off{thing}" if thing else "procrastinate", f"putting off{thing}" if thing else "procrastinating"
    end = stop(m["end"])
    if kind == "habit":
        verb = (f"puts off{thing}" if thing else "procrastinates") if one else base
        return capitalised(f"{who_} {how} {verb}{end}")
    if kind == "not":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t often {base}{end}")
    if kind == "asked":
        if how == "now":
            return f"{'Is' if one else 'Are'} {who_} {ing}?"
        return f"{'Does' if one else 'Do'} {who_} {how} {base}?"
    if kind == "now":
        return capitalised(contracted(who_, f"{be(who_)} {ing}{end}"))
    if kind == "past":
        return capitalised(f"{who_} {f'put off{thing}' if thing else 'procrastinated'} {_SPANS[keyed(m['span'])]}{end}")
    if kind == "won't":
        return capitalised(f"{who_} won't {base} any more{end}")
    if kind == "keep":
        return capitalised(f"{who_} {'keeps' if one else 'keep'} putting {f'off{thing}' if thing else 'it off'}{end}")
    return None


def _leave(text: str) -> str | None:
    """"Anh ấy luôn để đến phút cuối mới làm." and "… luôn để nước đến chân mới nhảy." as "He always leaves things to
    the last minute.", "Tôi hay để bài tập đến phút cuối mới làm." as "I often leave my homework to the last
    minute.", "Bạn có hay để đến phút cuối mới làm không?" as "Do you often leave things to the last minute?"
    (_LEAVE); None for anything else."""
    m = _LEAVE.fullmatch(text)
    said = m and _said(m)
    if not said:
        return None
    who_, one, kind, how, asked = said
    thing = _thing(m, "left", who_)
    if thing is None:
        return None
    what = f"{thing.strip() or 'things'} to the last minute"
    if kind == "asked":
        return f"{'Does' if one else 'Do'} {who_} {how} leave {what}?"
    if kind == "not":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t often leave {what}{stop(m['end'])}")
    return capitalised(f"{who_} {how} {'leaves' if one else 'leave'} {what}{stop(m['end'])}")


def _dont(text: str) -> str | None:
    """"Đừng trì hoãn nữa!" as "Stop putting it off!", "Đừng trì hoãn việc học!" as "Don't put off studying!",
    "Đừng để nước đến chân mới nhảy!" as "Don't leave things to the last minute!" (_DONT); None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    end = stop(m["end"])
    if m["last"]:
        left = _thing(m, "left", "you")
        return f"Don't leave {left.strip() or 'things'} to the last minute{end}"
    thing = _thing(m, "thing", "you")
    if m["more"]:
        return f"Stop putting {f'off{thing}' if thing else 'it off'}{end}"
    return f"Don't put {f'off{thing}' if thing else 'it off'}{end}"


def _thing_vi(said: str | None, who_: str = "bạn", one: bool = False, m: re.Match | None = None) -> str | None:
    """An English thing of THINGS_EN in Vietnamese, with a space before it ("my homework" as " bài tập"); "" for none;
    None where whose is not who's own (`who_`, `one` as mt.hobbies.who_vi gives them, of a match `m` of WHO_EN; "you"
    told, with no `m`)."""
    if not said:
        return ""
    words = keyed(said).split()
    whose = next((w for w in words if w in WHOSE_VI), None)
    if whose:
        own = (WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None) if m else "your"
        if whose != own and not (own is None and one and whose in ("his", "her")):
            return None  # ("I put off her homework", "my friend … their homework": whose?)
    return f" {THINGS_EN[' '.join('{}' if w in WHOSE_VI else w for w in words)]}"


def _agrees(said: str, who_: str, one: bool) -> bool:
    """Whether English's auxiliary `said` (a key of _AUX, or "do", "does", "is" … opening a question) agrees with who
    (`who_`, `one` as mt.hobbies.who_vi gives them): "she doesn't", "I'm", not "I is"."""
    if said in ("am", "'m", "is", "'s", "are", "'re"):
        return be_of(who_, one) == {"'m": "am", "'re": "are", "'s": "is"}.get(said, said)
    flag = {"do": False, "does": True}[said] if said in ("do", "does") else _AUX[said][1]
    return flag is None or flag == one


def _put_off_vi(text: str) -> str | None:
    """"He often procrastinates." as "Anh ấy hay trì hoãn.", "I often put off studying." as "Tôi hay trì hoãn việc
    học.", "Do you often procrastinate?" as "Bạn có hay trì hoãn không?", "I'm putting off my homework." as "Tôi
    đang trì hoãn bài tập.", "I put off my homework all week." as "Tôi đã trì hoãn bài tập cả tuần.", "I won't
    procrastinate any more." as "Tôi sẽ không trì hoãn nữa.", "He keeps putting it off." as "Anh ấy cứ trì hoãn
    mãi." (_PUT_OFF_EN); None for anything else, and where a verb does not agree with who."""
    m = _PUT_OFF_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux, how = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["how"] or ""
    verb = (m["put"] or m["verb"]).lower()
    form = {"procrastinate": "base", "put": "base", "procrastinates": "s", "puts": "s", "procrastinating": "ing",
            "putting": "ing", "procrastinated": "past"}[verb]
    kind, it = _AUX[aux][0], (m["it"] or "").lower()
    thing = _thing_vi(m["thing"], who_, one, m)
    if thing is None or bool(q) != ("?" in m["end"]) or q and (aux or who_ in ("tôi", "chúng tôi")) or (
            not _agrees(q or aux, who_, one)) or it == "it" and kind not in ("won't", "keep") or (
            bool(m["more"]) != (kind == "won't")) or how == "ever" and q not in ("do", "does"):
        return None
    span = m["span"] and f" {_SPANS_EN[m['span'].lower()]}"
    if span:
        past = kind == "" and (form == "past" or verb == "put") or kind == "been" and form == "ing"
        return capitalised(f"{who_} đã trì hoãn{thing}{span}.") if past and not (q or how) else None
    if q in ("do", "does"):
        said = {"often": "hay", "always": "luôn", "ever": "bao giờ"}.get(how)
        return capitalised(f"{who_} có {said} trì hoãn{thing} không?") if said and form == "base" else None
    if q:
        return capitalised(f"{who_} có đang trì hoãn{thing} không?") if form == "ing" and not how else None
    if kind == "" and how and how != "ever" and form == ("s" if one else "base"):
        return capitalised(f"{who_} {HABIT_VI[how]} trì hoãn{thing}.")
    if kind == "not" and how in ("", "often") and form == "base":
        return capitalised(f"{who_} không {'hay ' * bool(how)}trì hoãn{thing}.")
    if kind == "be" and not how and form == "ing":
        return capitalised(f"{who_} đang trì hoãn{thing}.")
    if kind == "won't" and not how and form == "base":
        return capitalised(f"{who_} sẽ không trì hoãn{thing} nữa.")
    if kind == "keep" and not how and form == "ing":
        return capitalised(f"{who_} cứ trì hoãn{thing} mãi.")
    return None


def _leave_vi(text: str) -> str | None:
    """"He always leaves things to the last minute." as "Anh ấy luôn để đến phút cuối mới làm.", "I often leave my
    homework to the last minute." as "Tôi hay để bài tập đến phút cuối mới làm.", "Do you often leave things to the
    last minute?" as "Bạn có hay để đến phút cuối mới làm không?" (_LEAVE_EN); None for anything else."""
    m = _LEAVE_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux, how = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["how"]
    left = _thing_vi(m["left"], who_, one, m)
    # (a question with "don't" too, "Do you don't often …?", is not English: its "not" would be dropped)
    if left is None or bool(q) != ("?" in m["end"]) or q and aux or not _agrees(q or aux, who_, one):
        return None
    what = f"để{left} đến phút cuối mới làm"
    if q:
        said = {"often": "hay", "always": "luôn", "ever": "bao giờ"}.get(how)
        ok = said and m["verb"] == "leave" and who_ not in ("tôi", "chúng tôi")
        return capitalised(f"{who_} có {said} {what} không?") if ok else None
    if aux:
        return capitalised(f"{who_} không hay {what}.") if how == "often" and m["verb"] == "leave" else None
    if how == "ever" or (m["verb"] == "leaves") != one:
        return None
    return capitalised(f"{who_} {HABIT_VI[how]} {what}.")


def _dont_vi(text: str) -> str | None:
    """"Stop procrastinating!" and "Stop putting it off!" as "Đừng trì hoãn nữa!", "Don't put off your homework!" as
    "Đừng trì hoãn bài tập!", "Don't leave things to the last minute!" as "Đừng để đến phút cuối mới làm!"
    (_DONT_EN); None for anything else, and another's homework told ("Don't put off my homework!")."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    end = stop(m["end"])
    if m["leave"]:
        left = _thing_vi(m["left"])
        return left if left is None else f"Đừng để{left} đến phút cuối mới làm{end}"
    thing = _thing_vi(m["thing"] or m["thing2"])
    if thing is None:
        return None
    return f"Đừng trì hoãn{thing}{' nữa' if m['stop'] or m['more'] else ''}{end}"
