"""Homework, both ways, written whole by rule: doing it, done it or not yet, having to, forgetting it, how much there
is, helping someone with it, and when it is due. v8 (rules on) reads "bài tập" as a song or an exercise, "nộp" as
filing, and "homework" as housework: "Tôi đang làm bài tập." → "I'm doing a song.", "Bạn đã làm bài tập chưa?" →
"Have you done the song yet?", "Tôi chưa làm bài tập." → "I'm not doing a song.", "Tôi có nhiều bài tập quá." → "I
have too many exercises.", "Bài tập phải nộp vào ngày mai." → "The assignment must be filed tomorrow.", "Con làm bài
tập đi!" → "I do the song!"; "Have you done your homework?" → "Bạn đã làm việc nhà của mình chưa?" (housework), "I
have a lot of homework." → "Tôi có rất nhiều công việc nhà.", "I forgot to do my homework." → "Tôi quên làm việc
nhà.", "The homework is due tomorrow." → "Công việc nhà là do ngày mai.", "When is the homework due?" → "Khi nào ở
nhà?".

Taken: who (mt.hobbies.WHO, WHO_EN; "Con" alone asking or told: the child spoken to) is doing, has done or finished,
has not yet done, has just done, did (a day behind), will do, has to do, does every day … (mt.hobbies.EVERY), forgot to
do or has handed in ("nộp") their homework ("bài tập", "bài tập về nhà", of a subject of mt.studies.SUBJECTS), said or
asked ("… chưa?", "… có phải … không?"); "Làm bài tập đi!"; who has homework (a lot, so much, none), said or asked;
who is helping, helps, helped, can help someone with their homework; who forgot to bring it or left it at home; when
it is due, said ("Bài tập phải nộp vào ngày mai.", "Hạn nộp bài tập là thứ Hai.") or asked. Whose homework it is must
be known in English (mt.terms.his_her: not "bạn tôi", "em tôi", "Lan") and agree in English ("I'm doing your
homework" is left). Left: "làm bài" alone (an exam too: mt/exams.py), "bài tập thể dục", a plain "làm bài tập" or
"giúp … làm bài tập" (a habit, now, or done?), "anh", "chị", "em" alone saying it (the speaker or "you"), how hard
it is, chores ("việc nhà": mt/chores.py), studies and exams (mt/studies.py, mt/exams.py).
mt.phrasebook.translate tries these after mt/telling.py.

    >>> translate("Tôi đang làm bài tập.", "vi", "en"), translate("Have you done your homework?", "en", "vi")
    ("I'm doing my homework.", 'Bạn đã làm bài tập về nhà chưa?')
"""
from __future__ import annotations

import re

from .free_time import DAY_OPENING, OPENS, placed, when
from .hobbies import EVERY, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .studies import SUBJECTS
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (
    EN_OBJECT,
    EN_WHOSE,
    SOFTENED_END,
    WHOSE_OF,
    alternatives,
    be,
    capitalised,
    contracted,
    keyed,
)

# the subjects homework is set in (mt.studies'; at school "toán" is "maths"), and back
_SUBJECTS = {vi: SUBJECTS[vi] for vi in ("tiếng Anh", "vật lý", "hóa học", "sinh học", "lịch sử")} | {
    "toán": "maths", "toán học": "maths", "hóa": "chemistry", "lý": "physics"}
_SUBJECTS_KEYED = {keyed(vi): en for vi, en in _SUBJECTS.items()}
_SUBJECTS_VI = {en.lower(): vi for vi, en in reversed(_SUBJECTS.items())} | {"math": "toán"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bài\s+tập)"), "en": lazy(r"(?i:homework)")}
# the verbs done to homework, by Vietnamese, and their English forms ("xong": "làm xong", finished)
_KINDS = ("base", "s", "past", "part", "ing")
_FORMS = {"làm": ("do", "does", "did", "done", "doing"), "xong": ("finish", "finishes", "finished", "finished",
                                                                   "finishing"),
          "nộp": ("hand in", "hands in", "handed in", "handed in", "handing in")}
_VERBS_VI = {form: "làm xong" if vi == "xong" else vi for vi, forms in _FORMS.items() for form in forms}
_MORE = EVERY | {"sau": "later", "lát nữa": "later"}  # (days `when` reads besides its own)
_HW = (rf"[Bb]ài\s+tập(?:\s+về\s+nhà)?(?:\s+(?:môn\s+)?(?P<subject>(?i:{alternatives(_SUBJECTS)})))?")
_WHO = rf"(?:{WHO}|(?P<con>[Cc]on))"  # ("Con" alone: the child spoken to, asking or telling)
_DAY = rf"(?:\s+(?P<day>(?:{OPENS}|(?i:mỗi|hằng|hàng|sau|lát)(?!\w))[^,.!?]*?))?"
# who does it ("Tôi đang làm bài tập.", "Bạn đã làm bài tập chưa?", "Tôi phải nộp bài tập vào ngày mai.")
_DO = lazy(rf"{DAY_OPENING}{_WHO}\s+(?:(?P<aux>đang|đã|vừa\s+mới|vừa|sẽ|phải|chưa|có\s+phải)\s+)?"
           rf"(?P<forgot>quên\s+)?(?P<verb>làm|nộp)(?P<xong0>\s+xong)?\s+{_HW}(?P<xong>\s+xong)?{_DAY}"
           rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}")
_TOLD = lazy(rf"(?:(?:[Cc]on|[Bb]ạn)\s+)?(?i:làm)(?P<xong>\s+xong)?\s+{_HW}\s+đi{SOFTENED_END}")
# how much there is ("Tôi có nhiều bài tập quá.", "Bạn có bài tập về nhà không?")
_MUCH = lazy(rf"{DAY_OPENING}{_WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:(?P<much>(?:rất\s+)?nhiều)\s+)?{_HW}"
             rf"(?:\s+(?P<so>quá|lắm))?{_DAY}(?:\s+(?P<asked>không))?{SOFTENED_END}")
_SO_MUCH = lazy(r"[Nn]hiều\s+bài\s+tập(?:\s+về\s+nhà)?\s+quá\s*(?P<end>!*)")
# helping ("Tôi đang giúp con trai tôi làm bài tập.", "Bạn có thể giúp tôi làm bài tập không?")
_HELP = lazy(rf"{WHO}\s+(?:(?P<aux>đang|thường|hay|luôn|đã|sẽ|có\s+thể)\s+)?giúp\s+{WHOM}\s+làm\s+{_HW}"
             rf"(?:\s+(?P<ok>được))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# forgotten ("Tôi quên mang bài tập.", "Tôi để quên bài tập ở nhà.")
_LEFT = lazy(rf"{WHO}\s+(?:đã\s+)?(?:(?P<left>để\s+quên)|quên(?P<bring>\s+mang(?:\s+theo)?)?)\s+{_HW}"
             rf"(?P<home>\s+ở\s+nhà)?(?:\s+rồi)?{SOFTENED_END}")
# when it is due ("Bài tập phải nộp vào ngày mai.", "Hạn nộp bài tập là thứ Hai.", "Khi nào phải nộp bài tập?")
_OF = rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
_DUE = lazy(rf"(?P<term>[Hh]ạn\s+nộp\s+)?{_HW}{_OF}\s+(?(term)là|phải\s+nộp)\s+(?P<day>[^,.!?]+?)"
            rf"{SOFTENED_END}")
_DUE_ASKED = lazy(rf"(?:(?P<ask0>(?i:khi\s+nào|bao\s+giờ))\s+phải\s+nộp\s+)?{_HW}{_OF}(?:\s+(?P<ask1>"
                  r"(?:khi\s+nào|bao\s+giờ)\s+phải\s+nộp|phải\s+nộp\s+(?:khi\s+nào|bao\s+giờ|hôm\s+nào)))?"
                  rf"{SOFTENED_END}")

# ... and in English: whose homework ("my maths homework"), then who does it
_HW_EN = (rf"(?P<of>(?i:{WHOSE_WORDS}))\s+(?:(?P<subject>(?i:{alternatives(_SUBJECTS_VI)}))\s+)?homework")
_DAY_EN = r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)"
_DO_EN = lazy(rf"(?:(?P<aux0>Have|Has|Did|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has|will|is|am|are)|"
              r"['’](?:ve|s|ll|m|re))?(?P<not>\s+not|n['’]t)?(?:\s+(?P<adv>already|just))?"
              r"(?:\s+(?P<must>have|has)\s+to)?(?P<forgot>\s+forgot\s+to)?\s+(?P<verb>(?i:"
              rf"{alternatives(_VERBS_VI)}))\s+{_HW_EN}(?:\s+(?P<yet>yet))?{_DAY_EN}")
_TOLD_EN = lazy(rf"(?P<verb>Do|Finish)\s+your\s+(?:(?P<subject>(?i:{alternatives(_SUBJECTS_VI)}))\s+)?"
                r"homework\s*(?P<end>[.!]*)")
_MUCH_EN = lazy(rf"(?:(?P<do0>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<do>do|does)(?P<not>\s+not|n['’]t))?"
                r"(?P<got>\s+(?:have|has)\s+got|['’](?:ve|s)\s+got)?(?:\s+(?P<have>have|has))?\s+(?:(?P<much>"
                rf"a\s+lot\s+of|lots\s+of|so\s+much|too\s+much|much|any|no)\s+)?homework{_DAY_EN}")
_SO_MUCH_EN = lazy(r"(?:So|Too)\s+much\s+homework\s*(?P<end>!*)")
_HELP_EN = lazy(rf"(?:(?P<can>Can|Could)\s+)?{WHO_EN}(?P<aux>['’](?:m|s|re|ll)|\s+(?:is|am|are|will))?"
                r"(?:\s+(?P<adv>usually|often|always))?\s+(?P<verb>helping|helps|help|helped)\s+"
                rf"{WHOM_EN}\s+with\s+{_HW_EN}\s*(?P<end>[.!?]*)")
_LEFT_EN = lazy(rf"{WHO_EN}\s+(?:(?P<left>left)|forgot(?:\s+to\s+(?P<bring>bring))?)\s+{_HW_EN}"
                r"(?P<home>\s+at\s+home)?\s*(?P<end>[.!]*)")
_DUE_EN = lazy(rf"(?:(?P<asked>When)\s+is\s+)?(?P<of>(?i:the|{WHOSE_WORDS}))\s+(?:(?P<subject>(?i:"
               rf"{alternatives(_SUBJECTS_VI)}))\s+)?homework(?(asked)\s+due|\s+is\s+due\s+(?P<day>[^,.!?]+?))"
               r"\s*(?P<end>[.!?]*)")
# whose homework after whom ("help me with my homework"), and the words English says of one
_WHOSE_OBJECT = {EN_OBJECT[w]: whose for w, whose in EN_WHOSE.items()}
_SHORT = {"'ve": "have", "'ll": "will", "'m": "am", "'re": "are", "'s": "is"}
# helping, by the word before the verb ("be": "is" agreeing with who; "can" before who) and the verb ("s": agreeing)
_HELPS = {("can", "help"): "có thể giúp", ("be", "helping"): "đang giúp", ("will", "help"): "sẽ giúp",
          ("", "helped"): "đã giúp", ("", "s"): "giúp"}
_SELDOM_VI = {"usually": "thường", "often": "hay", "always": "luôn"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who does their homework, how much there is, who helps with it,
    who forgot it, or when it is due; None for any other."""
    if src == "vi":
        return _do(text) or _told(text) or _much(text) or _help(text) or _left(text) or _due(text)
    return _do_vi(text) or _told_vi(text) or _much_vi(text) or _help_vi(text) or _left_vi(text) or _due_vi(text)


def _hw(m: re.Match, whose: str) -> str:
    """Whose homework in English, of a school subject or not: "my homework", "his maths homework"."""
    subject = _SUBJECTS_KEYED[keyed(m["subject"])] + " " if m["subject"] else ""
    return f"{whose} {subject}homework"


def _hw_vi(m: re.Match, home: bool = True) -> str:
    """Homework in Vietnamese: "bài tập về nhà" ("bài tập" where `home` is not), "bài tập toán"."""
    return f"bài tập {_SUBJECTS_VI[m['subject'].lower()]}" if m["subject"] else "bài tập về nhà" * home or "bài tập"


def _who(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of _WHO in English, whether it takes "-s", and its whose ("my", "her": mt.terms.his_her); None
    for "Con" saying it, "anh", "em" … alone saying it, and one whose "his" or "her" is not known ("Lan")."""
    con = m.groupdict().get("con")
    said = ("you", False) if con and asked else None if con else who(m, asked)
    whose = said and (whose_own(m, said[0]))
    return (*said, whose) if whose else None




# what a match of _DO says, by its word before the verb ("vừa mới" as "vừa"), "rồi" and its asking word
_ASPECTS = {("", False, "chưa"): "asked", ("đã", False, "chưa"): "asked", ("có phải", False, "không"): "must asked",
            ("chưa", False, None): "not yet", ("", True, None): "done", ("đã", True, None): "done",
            ("đã", False, None): "done", ("vừa", False, None): "just", ("vừa", True, None): "just",
            ("đang", False, None): "doing", ("sẽ", False, None): "will", ("phải", False, None): "must",
            ("", False, None): "habit"}
# ... as Vietnamese says them, before the verb
_ASPECTS_VI = {"asked": "đã", "not yet": "chưa", "done": "đã", "just": "vừa", "past": "đã", "doing": "đang",
               "will": "sẽ", "must": "phải", "must asked": "có phải", "habit": "", "forgot": "quên"}
# ... and the days each takes: none (""), a day behind, every day …, or any other ("ahead": "tonight", "later")
_DAYS = {"past": ("behind", ""), "habit": ("every",), "will": ("ahead", ""), "must": ("ahead", ""),
         "must asked": ("ahead", "")}


def _aspect(m: re.Match, day: str) -> str | None:
    """What a match of _DO says (_ASPECTS; "past" for "đã" and a day behind) with its day (English:
    "behind", "every", "ahead" or none, _DAYS); None where the words or the day do not go together ("đang … rồi",
    "đang làm xong", "sẽ … hôm qua")."""
    aux = keyed(m["aux"] or "").replace("vừa mới", "vừa")
    aspect = "forgot" if m["forgot"] and aux in ("", "đã") and not m["asked"] else None if m["forgot"] else \
        _ASPECTS.get((aux, bool(m["done"]), m["asked"]))
    kind = _kind(day)
    if aspect == "done" and aux == "đã" and not m["done"] and kind == "behind":
        aspect = "past"
    xong = m["xong0"] or m["xong"]
    ok = kind in _DAYS.get(aspect, ("",)) and not (xong and aspect in ("doing", "habit", "forgot"))
    return aspect if ok else None


def _kind(day: str) -> str:
    """The kind of a day in English, as _DAYS has them: "behind" ("yesterday"), "every" ("every day"), "ahead" (any
    other: "tonight", "later"), "" for none."""
    return "behind" if BEHIND.match(day) else "every" if day.startswith("every") else "ahead" if day else ""


def _do(text: str) -> str | None:
    """"Tôi đang làm bài tập." as "I'm doing my homework.", "Bạn đã làm bài tập chưa?" as "Have you done your homework
    yet?", "Tôi làm xong bài tập rồi." as "I've finished my homework.", "Tôi phải nộp bài tập vào ngày mai." as "I have
    to hand in my homework tomorrow." (_DO); None for anything else, and for a plain "Tôi làm bài tập." (a habit, or
    now)."""
    m = _DO.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["asked"]) != ("?" in m["end"]) or m["xong0"] and m["xong"]:
        return None
    xong = m["xong0"] or m["xong"]
    if xong and m["verb"] == "nộp" or (day := when(m["day0"] or m["day"], "vi", _MORE)) is None:
        return None
    if (aspect := _aspect(m, day)) is None or (said := _who(m, bool(m["asked"]))) is None:
        return None
    who_, one, whose = said
    forms = dict(zip(_KINDS, _FORMS["xong" if xong else m["verb"]]))
    hw, day, end = _hw(m, whose), f" {day}" if day else "", m["end"] or "."
    have, do = ("has", "does") if one else ("have", "do")
    said = {"asked": f"{have.capitalize()} {who_} {forms['part']} {hw} yet?",
            "not yet": f"{who_} {have}n't {forms['part']} {hw} yet{end}",
            "done": contracted(who_, f"{have} {'already ' * bool(m['done'] and not xong)}{forms['part']} {hw}{end}"),
            "just": contracted(who_, f"{have} just {forms['part']} {hw}{end}"),
            "past": f"{who_} {forms['past']} {hw}{day}{end}",
            "doing": contracted(who_, f"{be(who_)} {forms['ing']} {hw}{end}"),
            "will": contracted(who_, f"will {forms['base']} {hw}{day}{end}"),
            "must": f"{who_} {have} to {forms['base']} {hw}{day}{end}",
            "must asked": f"{do.capitalize()} {who_} have to {forms['base']} {hw}{day}?",
            "habit": f"{who_} {forms['s' if one else 'base']} {hw}{day}{end}",
            "forgot": f"{who_} forgot to {forms['base']} {hw}{end}"}[aspect]
    return capitalised(said)


def _told(text: str) -> str | None:
    """"Làm bài tập đi!" and "Con làm bài tập về nhà đi." as "Do your homework!" ("Finish …" with "xong") (_TOLD)."""
    m = _TOLD.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    return f"{'Finish' if m['xong'] else 'Do'} {_hw(m, 'your')}{m['end'] or '.'}"


def _much(text: str) -> str | None:
    """"Tôi có nhiều bài tập quá." as "I have so much homework.", "Bạn có bài tập về nhà không?" as "Do you have any
    homework?", "Hôm nay tôi không có bài tập." as "I don't have any homework today." (_MUCH, _SO_MUCH); None for
    anything else, and for a day behind (had)."""
    if m := _SO_MUCH.fullmatch(text):
        return f"So much homework{m['end'] or '!'}"
    m = _MUCH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or m["day0"] and m["day"] or asked != ("?" in m["end"]) or asked and m["not"] or m["so"] and (
            asked or m["not"] or not m["much"]) or (said := _who(m, asked)) is None:
        return None
    if (day := when(m["day0"] or m["day"], "vi", _MORE)) is None or _kind(day) not in ("", "ahead"):
        return None
    (who_, one, _), so = said, keyed(m["so"] or "") == "quá"
    much = ("much" if m["not"] else "so much" if so else "a lot of") if m["much"] else \
        "any" if asked or m["not"] else ""
    hw = " ".join(w for w in (much, _hw(m, "").strip(), day) if w)
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have {hw}?"
    have = f"{'doesn' if one else 'don'}'t have" if m["not"] else "has" if one else "have"
    return capitalised(f"{who_} {have} {hw}{m['end'] or '.'}")


def _help(text: str) -> str | None:
    """"Tôi đang giúp con trai tôi làm bài tập." as "I'm helping my son with his homework.", "Bạn có thể giúp tôi làm
    bài tập không?" as "Can you help me with my homework?" (_HELP); None for anything else, and for a plain "giúp"."""
    m = _HELP.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    aux = keyed(m["aux"] or "")
    whom = as_whom(m["whom"], "vi")
    whose = whom and (_WHOSE_OBJECT.get(whom) or his_her(m["whom"]))
    if not whose or asked != (aux == "có thể" or bool(m["ok"])) or m["ok"] and aux or not (aux or m["ok"]):
        return None
    (who_, one), hw = said, f"{whom} with {_hw(m, whose)}"
    if asked:
        return f"Can {who_} help {hw}?"
    helps = f"{ {vi: en for en, vi in _SELDOM_VI.items()}.get(aux)} {'helps' if one else 'help'}"
    said = {"đang": f"{be(who_)} helping", "đã": "helped", "sẽ": "will help", "có thể": "can help"}.get(aux, helps)
    return capitalised(contracted(who_, f"{said} {hw}{m['end'] or '.'}"))


def _left(text: str) -> str | None:
    """"Tôi quên mang bài tập." as "I forgot to bring my homework.", "Tôi để quên bài tập ở nhà." as "I left my
    homework at home." (_LEFT); None for anything else ("quên bài tập" alone: forgot what it was?)."""
    m = _LEFT.fullmatch(text)
    if not m or "?" in m["end"] or not (m["bring"] or m["home"]) or (said := _who(m, False)) is None:
        return None
    who_, _, whose = said
    did = "left" if m["home"] else "forgot to bring"
    return capitalised(f"{who_} {did} {_hw(m, whose)}{' at home' * bool(m['home'])}{m['end'] or '.'}")


def _due(text: str) -> str | None:
    """"Bài tập phải nộp vào ngày mai." as "The homework is due tomorrow.", "Hạn nộp bài tập của tôi là thứ Hai." as
    "My homework is due on Monday.", "Khi nào phải nộp bài tập?" as "When is the homework due?" (_DUE, _DUE_ASKED);
    None for anything else, and for a day behind."""
    m = _DUE_ASKED.fullmatch(text)
    if m and bool(m["ask0"]) != bool(m["ask1"]) and "?" in m["end"]:
        return f"When is {_hw(m, OWNERS[keyed(m['owner'])] if m['owner'] else 'the')} due?"
    m = _DUE.fullmatch(text)
    if not m or "?" in m["end"] or not (day := when(m["day"], "vi", _MORE)) or _kind(day) != "ahead":
        return None
    return capitalised(f"{_hw(m, OWNERS[keyed(m['owner'])] if m['owner'] else 'the')} is due {day}{m['end'] or '.'}")


def _agrees(of: str, m: re.Match, who_: str) -> bool:
    """Whether whose homework (`of`: "my", "his" …) is who's of a match of WHO_EN (`who_` in Vietnamese): "I … my",
    "my mother … her", "Lan … her"."""
    known = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_)
    return of.lower() == known if known else of.lower() in ("his", "her", "their")


def _read_en(m: re.Match, one: bool, be_: str) -> str | None:
    """What a match of _DO_EN says (as `_aspect`); None where "is", "has", "does" or the verb does not agree with who
    (`one`: he, she, a name …; `be_` its "is") or the words do not go together ("I have did", "Have you done … ago")."""
    aux0, verb = keyed(m["aux0"] or ""), keyed(m["verb"])
    aux = _SHORT.get(keyed(m["aux"] or "").replace("’", "'"), keyed(m["aux"] or ""))
    kinds = {kind for form in _FORMS.values() for kind, said in zip(_KINDS, form) if said == verb}
    have, do = ("has", "does") if one else ("have", "do")
    if aux == "is" and "part" in kinds and m["aux"].startswith(("'", "’")):
        aux = "has"  # ("She's finished her homework.")
    if m["forgot"]:
        return "forgot" if "base" in kinds and not (aux0 or aux or m["not"] or m["adv"] or m["must"]) else None
    if m["must"]:
        ok = "base" in kinds and not (aux or m["not"] or m["adv"] or m["yet"])
        return None if not ok else "must asked" if aux0 == do and m["must"] == "have" else "must" if \
            not aux0 and m["must"] == have else None
    if aux0:
        ok = not (aux or m["not"] or m["adv"]) and (
            aux0 == have and "part" in kinds or aux0 == "did" and "base" in kinds)
        return "asked" if ok else None
    if aux in ("has", "have"):
        if aux != have or "part" not in kinds or m["adv"] and (m["not"] or m["yet"]):
            return None
        return "not yet" if m["not"] else None if m["yet"] else "just" if m["adv"] == "just" else "done"
    if m["not"] or m["adv"] or m["yet"]:
        return None
    if aux in ("am", "is", "are"):
        return "doing" if aux == be_ and "ing" in kinds else None
    if aux == "will":
        return "will" if "base" in kinds else None
    return None if aux else "past" if "past" in kinds else "habit" if ("s" if one else "base") in kinds else None


def _do_vi(text: str) -> str | None:
    """"I'm doing my homework." as "Tôi đang làm bài tập về nhà.", "Have you done your homework?" as "Bạn đã làm bài
    tập về nhà chưa?", "She hasn't finished her homework yet." as "Cô ấy chưa làm xong bài tập về nhà." (_DO_EN);
    None for anything else, and where the verb or whose does not agree with who."""
    m = _DO_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if not _agrees(m["of"], m, who_) or (aspect := _read_en(m, one, be_of(who_, one))) is None:
        return None
    if (day := when(m["day"], "en", _MORE)) is None or _kind(keyed(m["day"] or "")) not in _DAYS.get(aspect, ("",)):
        return None
    said = (who_, _ASPECTS_VI[aspect], _VERBS_VI[keyed(m["verb"])], _hw_vi(m), "rồi" * (aspect == "done"))
    said, end = " ".join(w for w in said if w), {"asked": " chưa?", "must asked": " không?"}.get(aspect)
    end = end or m["end"] or "."
    if day.startswith(("mỗi ", "hằng ", "sau")):  # ("Tôi làm bài tập về nhà mỗi tối.", "… sau.": after what is said)
        return capitalised(f"{said} {day}{end}")
    return placed(said, day, end)


def _told_vi(text: str) -> str | None:
    """"Do your homework!" as "Làm bài tập về nhà đi!" (_TOLD_EN)."""
    m = _TOLD_EN.fullmatch(text)
    return m and f"Làm {'xong ' * (m['verb'] == 'Finish')}{_hw_vi(m)} đi{m['end'] or '.'}"


def _much_vi(text: str) -> str | None:
    """"I have a lot of homework." as "Tôi có nhiều bài tập về nhà.", "Do you have any homework?" as "Bạn có bài tập
    về nhà không?", "I don't have any homework today." as "Hôm nay tôi không có bài tập về nhà." (_MUCH_EN); None for
    anything else, and where "has", "does" does not agree with who."""
    if m := _SO_MUCH_EN.fullmatch(text):
        return f"Nhiều bài tập quá{m['end'] or '!'}"
    m = _MUCH_EN.fullmatch(text)
    if not m or bool(m["do0"]) != ("?" in m["end"]) or bool(m["got"]) == bool(m["have"]) or m["do0"] and m["do"]:
        return None
    who_, one = who_vi(m)
    have, do = ("has", "does") if one else ("have", "do")
    got = keyed(m["got"] or "").replace("’", "'")
    if got and (got.startswith(("has", "'s")) != one or m["do0"] or m["do"]) or m["have"] and m["have"] != (
            "have" if m["do0"] or m["do"] else have) or (m["do0"] or m["do"] or do).lower() != do:
        return None
    much = keyed(m["much"] or "")
    if (day := when(m["day"], "en", _MORE)) is None or BEHIND.match(keyed(m["day"] or "")) or day.startswith("sau"):
        return None
    if m["do0"] or m["not"]:
        if much not in ("", "any", "much", "a lot of", "lots of") or much == "much" and not m["not"]:
            return None
        many = "nhiều " * (much not in ("", "any"))
        said = f"{who_} có {many}bài tập về nhà" if m["do0"] else f"{who_} không có {many}bài tập về nhà"
        return placed(said, day, " không?" if m["do0"] else m["end"] or ".")
    if much in ("much", "any"):
        return None
    said = {"": "có", "no": "không có"}.get(much, "có nhiều")
    return placed(f"{who_} {said} bài tập về nhà{' quá' * much.endswith('much')}", day, m["end"] or ".")


def _help_vi(text: str) -> str | None:
    """"Can you help me with my homework?" as "Bạn có thể giúp tôi làm bài tập về nhà không?", "I'm helping my son
    with his homework." as "Tôi đang giúp con trai tôi làm bài tập về nhà." (_HELP_EN); None for anything else, and
    where the verb or whose does not agree."""
    m = _HELP_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or not (whom := as_whom(m["whom"], "en")):
        return None
    (who_, one), of = who_vi(m), m["of"].lower()
    known = _WHOSE_OBJECT.get(m["whom"].lower()) or his_her(whom)
    aux = _SHORT.get(keyed(m["aux"] or "").replace("’", "'"), keyed(m["aux"] or ""))
    aux = "can" + aux if m["can"] else "be" if aux == be_of(who_, one) else aux
    verb = "s" if not aux and m["verb"] == ("helps" if one else "help") else m["verb"]
    said = _HELPS.get((aux, verb))
    if not said or (of != known if known else of not in ("his", "her", "their")) or m["adv"] and verb != "s":
        return None
    said = f"{_SELDOM_VI[m['adv']]} giúp" if m["adv"] else said
    return capitalised(f"{who_} {said} {whom} làm {_hw_vi(m)}{' không?' if m['can'] else m['end'] or '.'}")


def _left_vi(text: str) -> str | None:
    """"I forgot to bring my homework." as "Tôi quên mang bài tập về nhà.", "I left my homework at home." as "Tôi để
    quên bài tập ở nhà." (_LEFT_EN); None for anything else, and where whose does not agree with who."""
    m = _LEFT_EN.fullmatch(text)
    if not m or m["left"] and not m["home"]:
        return None
    who_, _ = who_vi(m)
    if not _agrees(m["of"], m, who_):
        return None
    did = f"để quên {_hw_vi(m, home=False)} ở nhà" if m["home"] else f"quên mang {_hw_vi(m)}"
    return capitalised(f"{who_} {did}{m['end'] or '.'}")


def _due_vi(text: str) -> str | None:
    """"The homework is due tomorrow." as "Hạn nộp bài tập về nhà là ngày mai.", "When is the homework due?" as "Khi
    nào phải nộp bài tập về nhà?" (_DUE_EN); None for anything else ("due by Friday")."""
    m = _DUE_EN.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    of = m["of"].lower()
    whose = f" của {WHOSE_VI[of]}" if of != "the" else ""
    if m["asked"]:
        return f"Khi nào phải nộp {_hw_vi(m)}{whose}?"
    day = when(m["day"], "en", _MORE)
    if not day or BEHIND.match(keyed(m["day"])) or day.startswith(("trước", "mỗi", "sau")):
        return None
    return f"Hạn nộp {_hw_vi(m)}{whose} là {day.removeprefix('vào ')}{m['end'] or '.'}"
