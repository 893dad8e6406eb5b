"""How and where people work, both ways, written whole by rule: from home, part-time or full-time, shifts, weekends,
an internship, a part-time job looked for or had, and colleagues. v8 (with the other rules on) reads "bán thời gian"
as selling time, "làm thêm" as doing more, "thực tập" as practice, "internship" as intervening and "nice" as
beautiful: "Cô ấy làm bán thời gian." → "She makes time selling.", "Tôi đang tìm việc làm thêm." → "I'm looking for
more work.", "Cô ấy đang thực tập ở một công ty." → "She is working in a company.", "Em gái tôi đang thực tập ở ngân
hàng." → "My sister is executing at the bank.", "Cô ấy là thực tập sinh." → "She's a genuine.", "Tôi làm theo ca." →
"I did in the cave.", "Đồng nghiệp của tôi rất tốt." → "My colleague is very good.", "Hôm nay tôi làm việc ở nhà." →
"I work at home today."; "He works night shifts." → "Anh ấy làm việc thay đổi đêm.", "She works part-time." → "Cô ấy
làm việc một lúc.", "I'm looking for a part-time job." → "Tôi đang tìm kiếm một công việc thời gian.", "She's doing an
internship." → "Cô ta đang can thiệp.", "He's an intern." → "Anh ta không can thiệp.", "My colleagues are really
nice." → "Những đồng nghiệp của tôi thật đẹp.", "I'm working from home today." → "Tôi làm việc ở nhà hôm nay.", "I
work shifts." → "Tôi làm việc.".

Taken: who (mt.hobbies.WHO, WHO_EN) works in one of WAYS (from home, remotely, part-time, full-time, shifts, night
shifts, weekends; "làm thêm" only at a café, a shop, a supermarket or a restaurant, with no day) or does an
internship, at a workplace (mt.people's, cafés, shops) for part-time, full-time and internships; as a habit (how
often: mt.hobbies.SELDOM; "still"), now ("đang"), on a day mt.free_time.when reads (today, tomorrow, this or next
week or month: "is working"; yesterday, last week …: "worked"; "sẽ": "will"; every day …, not of an internship),
said, denied or asked; where someone is doing an internship, asked; someone an intern or some interns; who is
looking for, wants, has or has just found a part-time or full-time job; whose colleagues are nice ("tốt", "dễ chịu";
in English friendly, kind, lovely too). Left: "làm ca đêm" and "the night shift" (mt/workdays.py, first), "làm thêm"
alone, with a day or at a company, an office … (overtime? mt/workdays.py, mt/overtime.py), "không đang" (not
Vietnamese), colleagues friendly or kind in Vietnamese (mt/traits.py), shifts or weekends with a day, a weekday
without "every" (this Friday, or every Friday?), "đã" with no day, a workplace with whose, a word of kinship alone
saying it, a name's own internship ("his" or "her"?), getting on with colleagues, and anything else.
mt.phrasebook.translate tries these after mt/meetings.py.

    >>> translate("Tôi đang tìm việc làm thêm.", "vi", "en"), translate("He works night shifts.", "en", "vi")
    ("I'm looking for a part-time job.", 'Anh ấy làm ca đêm.')
"""
from __future__ import annotations

import re

from . import hobbies
from . import text as texts
from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, SELDOM_VI, WHO, WHO_EN, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .people import WORKPLACES
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, alternatives, be, capitalised, contracted, keyed

# how one works, each by a key (the first Vietnamese of each is written back); "làm thêm" alone may be overtime
WAYS = {"làm việc ở nhà": "home", "làm việc tại nhà": "home", "làm ở nhà": "home", "làm việc từ xa": "remote",
        "làm bán thời gian": "part", "làm việc bán thời gian": "part", "đi làm thêm": "part", "làm part-time": "part",
        "làm toàn thời gian": "full", "làm việc toàn thời gian": "full", "làm việc theo ca": "shifts",
        "làm theo ca": "shifts", "làm việc ca đêm": "nights", "làm việc vào cuối tuần": "weekends",
        "làm việc cuối tuần": "weekends", "làm vào cuối tuần": "weekends", "thực tập": "intern"}
WAYS_VI = {key: vi for vi, key in reversed(WAYS.items())} | {"nights": "làm ca đêm"}
_SAID = {"home": "work from home", "remote": "work remotely", "part": "work part-time", "full": "work full-time",
         "shifts": "work shifts", "nights": "work night shifts", "weekends": "work weekends",
         "intern": "do an internship"}
_WAYS_EN = {"from home": "home", "remotely": "remote", "part-time": "part", "part time": "part", "full-time": "full",
            "full time": "full", "shifts": "shifts", "night shifts": "nights", "weekends": "weekends",
            "at weekends": "weekends", "on weekends": "weekends", "an internship": "intern"}
_FORMS = {"work": ("work", "works", "worked", "working"), "do": ("do", "does", "did", "doing")}
_DATED, _PLACED = {"home", "remote", "part", "full", "intern"}, {"part", "full", "intern"}  # (with a day, a place)
_PLACES = WORKPLACES | {"quán cà phê": "a café", "siêu thị": "a supermarket", "cửa hàng": "a shop"}
_PLACES_VI = {en.lower(): vi for vi, en in reversed(_PLACES.items())} | {"a cafe": "quán cà phê"}
# where "làm thêm" is a part-time job: at a company, an office, a factory … it is as likely overtime
_SIDE_JOBS = {"quán cà phê", "siêu thị", "cửa hàng", "nhà hàng"}
# days a way of working is said with: soon ("is working"), behind ("worked"), and every day … (a habit)
_SOON = {"today", "this morning", "this afternoon", "tomorrow", "the day after tomorrow", "this week", "next week",
         "this month", "next month", "this year", "next year"}
_BEHIND = {"yesterday", "the day before yesterday", "last week", "last month", "last year"}
_DAYS, _EVERY_EN = NEAR_SPANS | EVERY, set(EVERY.values())
# a part-time or full-time job, looked for, wanted, had, just found
JOBS = {"việc làm thêm": "part-time", "công việc làm thêm": "part-time", "việc bán thời gian": "part-time",
        "công việc bán thời gian": "part-time", "việc part-time": "part-time", "công việc toàn thời gian": "full-time",
        "việc toàn thời gian": "full-time"}
JOBS_VI = {en: vi for vi, en in reversed(JOBS.items())}
_SEEK = {"đang tìm": "looking", "đang tìm kiếm": "looking", "muốn tìm": "want", "có": "have", "vừa tìm được": "just",
         "mới tìm được": "just", "vừa mới tìm được": "just"}
_NICE = {"tốt": "nice", "dễ chịu": "nice"}
_NICE_VI = {"nice": "tốt", "friendly": "thân thiện", "kind": "tốt bụng", "lovely": "dễ thương"}
_VERY = {"rất": "really", "thật": "really", "khá": "quite"}
_VERY_VI = {"really": "rất", "very": "rất", "so": "rất", "quite": "khá"}
_KEYS = {"vi": lazy(r"(?i:(?:ở|tại)\s+nhà|từ\s+xa|thời\s+gian|làm\s+thêm|part-time|thực\s+tập|theo\s+ca|ca\s+đêm|"
                    r"cuối\s+tuần|đồng\s+nghiệp)"),
         "en": lazy(r"(?i:from\s+home|remotely|part[-\s]time|full[-\s]time|shifts|intern|weekends|colleague|"
                    r"co-?worker)")}

_PLACE = rf"(?:\s+(?:ở|tại)\s+(?:(?P<one>một)\s+)?(?:(?P<place>(?i:{alternatives(_PLACES)}))|(?P<where>đâu)))?"
_WAY = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
            rf"(?:(?P<seldom>{alternatives(hobbies.SELDOM)})\s+)?(?:(?P<still>vẫn)\s+)?"
            r"(?:(?P<is>đang)\s+|(?P<did>đã)\s+)?"
            rf"(?:(?P<way>(?i:{alternatives(WAYS)}))|(?P<side>làm\s+thêm)(?=\s+(?:ở|tại)\s))"
            rf"{_PLACE}{DAY_AFTER}(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?{ASKED_END}")
_INTERN = lazy(rf"{WHO}\s+là\s+thực\s+tập\s+sinh{_PLACE}\s*(?P<end>[.!]*)")
_JOB = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?P<seek>{alternatives(_SEEK)})\s+(?:một\s+)?"
            rf"(?P<job>{alternatives(JOBS)}){_PLACE}{ASKED_END}")
_COLLEAGUES = lazy(rf"(?:(?i:các|những)\s+)?(?i:đồng\s+nghiệp)\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))"
                   rf"\s+(?:(?P<ask>có)\s+|(?P<very>{alternatives(_VERY)})\s+)?(?P<nice>{alternatives(_NICE)})"
                   rf"(?:\s+(?P<much>lắm|quá))?{ASKED_END}")

# ... in English: "do", "am", "will" … before or after who, with "not" or "n't" or without
_AUX0 = r"(?:(?P<aux0>Do|Does|Did|Will|Am|Are|Is|Have|Has)\s+)?"
_AUX = (r"(?P<aux>\s+(?:do|does|did|will|am|are|is|have|has)(?:\s+not)?|\s+(?:don|doesn|didn|won|isn|aren|haven|"
        r"hasn)['’]t|['’](?:m|re|s|ll|ve)(?:\s+not)?)?")
_SHORT = {"'m": "am", "'re": "are", "'s": "is", "'ll": "will", "'ve": "have", "don": "do", "doesn": "does",
          "didn": "did", "won": "will", "isn": "is", "aren": "are", "haven": "have", "hasn": "has"}
_PLACE_EN = rf"(?:\s+at\s+(?P<place>(?i:{alternatives(_PLACES_VI)})))?"
_WAY_EN = lazy(rf"{_AUX0}{WHO_EN}{_AUX}(?:\s+(?P<still>still))?(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+"
               rf"(?P<verb>work|works|worked|working|do|does|did|doing)\s+(?P<way>{alternatives(_WAYS_EN)})"
               rf"{_PLACE_EN}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where\s+(?P<aux>is|are|am)\s+{WHO_EN}\s+doing\s+(?P<theirs>{WHOSE_WORDS})\s+internship\s*\?+")
_INTERN_EN = lazy(rf"{WHO_EN}{_AUX}\s+(?:an\s+intern|intern(?P<many>s)){_PLACE_EN}\s*(?P<end>[.!]*)")
_JOB_EN = lazy(rf"{_AUX0}{WHO_EN}{_AUX}(?:\s+(?P<just>just))?\s+(?P<verb>looking\s+for|wants?\s+to\s+find|have|has|"
               r"found)\s+an?\s+(?P<job>part[-\s]time|full[-\s]time)\s+job"
               rf"{_PLACE_EN}\s*(?P<end>[.!?]*)")
_COLLEAGUES_EN = lazy(rf"(?:(?P<be0>Are|Is)\s+)?(?P<whose>(?i:{WHOSE_WORDS}))\s+(?:colleague|co-?worker)"
                      r"(?P<s>s)?(?:\s+(?P<be>are|is)|(?P<re>['’]re))?(?:\s+(?P<very>really|very|so|quite))?\s+"
                      rf"(?P<nice>{alternatives(_NICE_VI)})\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how or where someone works, of an internship or a part-time
    job, or of someone's colleagues; None for any other."""
    if src == "vi":
        return _way(text) or _intern(text) or _job(text) or _colleagues(text)
    return _way_vi(text) or _where_vi(text) or _intern_vi(text) or _job_vi(text) or _colleagues_vi(text)


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose own things are who's in English, by a match of WHO: "my" for "tôi", "her" for "mẹ tôi"; None for a
    name alone ("his" or "her"?)."""
    return EN_WHOSE.get(who_) or (None if m["given"] else his_her_of(m))


def _place_en(m: re.Match) -> str | None:
    """" at a company" for "ở (một) công ty" of a match of _PLACE; "" for none; None for "đâu"."""
    return None if m["where"] else f" at {_PLACES[keyed(m['place'])]}" if m["place"] else ""


def _way(text: str) -> str | None:
    """"Hôm nay tôi làm việc ở nhà." as "I'm working from home today.", "Cô ấy làm bán thời gian." as "She works
    part-time.", "Cô ấy đang thực tập ở một công ty." as "She's doing an internship at a company.", "Bạn thực tập ở
    đâu?" as "Where are you doing your internship?" (_WAY); None for anything else."""
    m = _WAY.fullmatch(text)
    asked = bool(m and m["asked"])
    days = [d for d in (m and (m["day0"], m["day"], m["every"])) or () if d]
    if not m or asked != ("?" in m["end"]) and not m["where"] or bool(m["ask"]) != asked or len(days) > 1 or \
            (said := who(m, asked or bool(m["where"]))) is None:
        return None
    key, day = "part" if m["side"] else WAYS[keyed(m["way"])], when(days[0] if days else "", "vi", _DAYS)
    if m["not"] and m["is"] or _overtime(m, bool(days)):  # ("không đang" is not said)
        return None
    if m["where"]:
        whose = _whose(m, said[0])
        ok = key == "intern" and "?" in m["end"] and not (day or asked or m["not"] or m["will"] or m["seldom"] or
                                                          m["still"] or m["did"] or m["side"] or m["one"])
        return f"Where {be(said[0])} {said[0]} doing {whose} internship?" if ok and whose else None
    if day is None or day and key not in _DATED or m["place"] and key not in _PLACED or m["side"] and not m["place"]:
        return None
    if key == "intern" and (m["seldom"] or day in EVERY.values()):  # ("He does an internship every day.")
        return None
    who_, one = said
    verb, rest = _SAID[key].split(" ", 1)
    base, s, did, ing = _FORMS[verb]
    timed, every = bool(day), day in EVERY.values()
    rest = f"{rest}{_place_en(m)}{' ' * timed}{day}"
    end = "!" if "!" in m["end"] else "."
    if day and day not in _SOON | _BEHIND and not every or m["did"] and day not in _BEHIND:
        return None
    if day in _BEHIND:  # ("Hôm qua tôi làm việc ở nhà.")
        if m["will"] or m["is"] or m["seldom"] or m["still"]:
            return None
        return f"Did {who_} {base} {rest}?" if asked else capitalised(
            f"{who_} didn't {base} {rest}{end}" if m["not"] else f"{who_} {did} {rest}{end}")
    if m["will"]:
        if m["is"] or m["seldom"] or m["still"] or every:
            return None
        return f"Will {who_} {base} {rest}?" if asked else capitalised(
            f"{who_} won't {base} {rest}{end}" if m["not"] else contracted(who_, f"will {base} {rest}{end}"))
    still = " still" * bool(m["still"])
    if m["is"] or day in _SOON or key == "intern" and not (m["seldom"] or every):
        if m["seldom"] or every or still and m["not"]:
            return None
        if asked:
            return f"{be(who_).capitalize()} {who_}{still} {ing} {rest}?"
        return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])}{still} {ing} {rest}{end}"))
    do, often = "does" if one else "do", m["seldom"] and hobbies.often_said(m["seldom"], timed)
    if asked:
        ok = not m["seldom"] or keyed(m["seldom"]) in ("thường", "hay")
        return f"{do.capitalize()} {who_}{still}{' often' * bool(often)} {base} {rest}?" if ok else None
    if m["not"]:
        return None if often or still else capitalised(f"{who_} {do}n't {base} {rest}{end}")
    return capitalised(f"{who_}{' ' * bool(often)}{often or ''}{still} {s if one else base} {rest}{end}")


def _overtime(m: re.Match, dated: bool) -> bool:
    """Whether "làm thêm" of a match of _WAY may be overtime, not a part-time job: with a day ("Hôm nay tôi làm thêm ở
    công ty."), or at a workplace not of _SIDE_JOBS ("Anh ấy làm thêm ở công ty.")."""
    side = m["side"] or keyed(m["way"]) == "đi làm thêm"
    return bool(side) and (dated or bool(m["place"]) and keyed(m["place"]) not in _SIDE_JOBS)


def _intern(text: str) -> str | None:
    """"Cô ấy là thực tập sinh." as "She's an intern.", "Tôi là thực tập sinh ở một công ty." as "I'm an intern at
    a company.", "Họ là thực tập sinh." as "They're interns." (_INTERN); None for anything else."""
    m = _INTERN.fullmatch(text)
    if not m or m["where"] or (said := who(m, False)) is None:
        return None
    intern = "interns" if said[0] in ("we", "they") else "an intern"
    return capitalised(contracted(said[0], f"{be(said[0])} {intern}{_place_en(m)}{m['end'][:1] or '.'}"))


def _job(text: str) -> str | None:
    """"Tôi đang tìm việc làm thêm." as "I'm looking for a part-time job.", "Bạn có việc làm thêm không?" as "Do
    you have a part-time job?", "Cô ấy vừa tìm được việc làm thêm." as "She's just found a part-time job." (_JOB);
    None for anything else ("Anh ấy không đang tìm việc làm thêm.": not Vietnamese)."""
    m = _JOB.fullmatch(text)
    asked = bool(m and m["asked"])
    seek = m and _SEEK[keyed(m["seek"])]
    if not m or m["not"] and keyed(m["seek"]).startswith("đang"):
        return None
    if asked != ("?" in m["end"]) or asked and not (m["ask"] or seek == "have") or m["ask"] and (
            seek == "have" or not asked) or m["where"] or (said := who(m, asked)) is None or seek == "just" and (
            asked or m["not"]):
        return None
    who_, one = said
    job = f"a {JOBS[keyed(m['job'])]} job{_place_en(m)}"
    not_ = " not" * bool(m["not"])
    if seek == "looking":
        return f"{be(who_).capitalize()} {who_} looking for {job}?" if asked else capitalised(
            contracted(who_, f"{be(who_)}{not_} looking for {job}."))
    if seek == "just":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just found {job}."))
    do, verb = "does" if one else "do", "want to find" if seek == "want" else "have"
    if asked or m["not"]:
        return f"{do.capitalize()} {who_} {verb} {job}?" if asked else capitalised(f"{who_} {do}n't {verb} {job}.")
    return capitalised(f"{who_} {('wants to find' if seek == 'want' else 'has') if one else verb} {job}.")


def _colleagues(text: str) -> str | None:
    """"Đồng nghiệp của tôi rất tốt." as "My colleagues are really nice.", "Đồng nghiệp của bạn có tốt không?" as
    "Are your colleagues nice?" (_COLLEAGUES); None for anything else."""
    m = _COLLEAGUES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["much"] and (asked or m["very"]):
        return None
    whose, end = OWNERS[keyed(m["whose"])], "!" if "!" in m["end"] else "."
    very = {"lắm": "really ", "quá": "so "}.get(m["much"] or "") or m["very"] and f"{_VERY[keyed(m['very'])]} " or ""
    return f"Are {whose} colleagues nice?" if asked else capitalised(f"{whose} colleagues are {very}nice{end}")


def _aux(m: re.Match) -> tuple[str, bool]:
    """The word before or after who of a match of _AUX0, _AUX ("do", "is", "will" …; "'s" as "is"), and whether
    "not" or "n't" is with it."""
    said = " ".join((m.groupdict().get("aux0") or m["aux"] or "").lower().replace("’", "'").split())
    word = said.removesuffix(" not").removesuffix("n't")
    return _SHORT.get(word, word), word != said


def _place_vi(m: re.Match) -> str:
    """" ở một công ty" for "at a company" of a match of _PLACE_EN; "" for none."""
    if not m["place"]:
        return ""
    return f" ở {'một ' * keyed(m['place']).startswith('a')}{_PLACES_VI[keyed(m['place'])]}"


def _way_vi(text: str) -> str | None:
    """"I'm working from home today." as "Hôm nay tôi làm việc ở nhà.", "He works night shifts." as "Anh ấy làm ca
    đêm.", "She's doing an internship at a company." as "Cô ấy đang thực tập ở một công ty." (_WAY_EN); None for
    anything else, and where "do", "is" or the verb does not agree with who."""
    m = _WAY_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux, not_ = _aux(m)
    key, verb = _WAYS_EN[keyed(m["way"])], m["verb"].lower()
    day_en = keyed(m["day"] or "")
    day, seldom, still = when(day_en, "en", _DAYS), keyed(m["seldom"] or ""), bool(m["still"])
    base, s, did, ing = _FORMS[_SAID[key].split()[0]]
    if day is None or verb not in (base, s, did, ing) or day and key not in _DATED or m["place"] and key not in \
            _PLACED or day_en and day_en not in _SOON | _BEHIND | set(_EVERY_EN) or still and (not_ or m["aux0"]):
        return None
    past, habit = day_en in _BEHIND, not day or day_en in _EVERY_EN
    if verb == ing:
        ok = aux == be_of(who_, one) and not past and not seldom and day_en not in _EVERY_EN
    elif verb == s:
        ok, aux = not aux and one and habit, "do"
    elif verb == did:
        ok, aux = not aux and not seldom and (past or not day), "did"
    else:
        ok = aux in ("did", "will") and not seldom or aux == ("does" if one else "do") or not aux and not one
        ok = ok and (past if aux == "did" else not past) and (aux == "will" or habit or aux == "did")
        aux = aux or "do"
    if not ok or seldom and (not_ or m["aux0"] and seldom not in ("often", "usually")) or key == "intern" and \
            verb in (base, s) and aux != "will" or m["aux0"] and aux == "will" and not day:
        return None  # ("She does an internship.": when?; "Will you work from home?": "sẽ … chứ")
    way = f"{WAYS_VI[key]}{_place_vi(m)}"
    if m["aux0"]:
        how = "đang " if verb == ing and not day else "hay " if seldom == "often" else "thường " if seldom else ""
        return placed(f"{who_} có {how}{way}", day, " không?")
    how = [SELDOM_VI[seldom] if seldom else "", "vẫn" * still, "sẽ" * (aux == "will"), "không" * not_,
           "đang" * (verb == ing and not (day or not_)), "đã" * (verb == did and not day)]
    return placed(" ".join(w for w in (who_, *how, way) if w), day, "!" if "!" in m["end"] else ".")


def _where_vi(text: str) -> str | None:
    """"Where are you doing your internship?" as "Bạn đang thực tập ở đâu?" (_WHERE_EN); None for anything else,
    and where "is" or whose does not agree with who."""
    m = _WHERE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    whose = m["theirs"].lower()
    own = texts.WHOSE_OF[m["who"].lower()] == whose if m["who"] else whose in ("his", "her")
    if m["aux"] != be_of(who_, one) or not own:
        return None
    return capitalised(f"{who_} đang thực tập ở đâu?")


def _intern_vi(text: str) -> str | None:
    """"She's an intern." as "Cô ấy là thực tập sinh.", "I'm an intern at a bank." as "Tôi là thực tập sinh ở một
    ngân hàng.", "They're interns." as "Họ là thực tập sinh." (_INTERN_EN); None for anything else, and where "is"
    or "interns" does not agree with who ("They're an intern.", "You're interns.": "bạn" is one)."""
    m = _INTERN_EN.fullmatch(text)
    if not m or not m["aux"]:
        return None
    who_, one = who_vi(m)
    aux, not_ = _aux(m)
    if not_ or aux != be_of(who_, one) or bool(m["many"]) != (who_ in ("chúng tôi", "họ")):
        return None
    return capitalised(f"{who_} là thực tập sinh{_place_vi(m)}{m['end'][:1] or '.'}")


def _job_vi(text: str) -> str | None:
    """"I'm looking for a part-time job." as "Tôi đang tìm việc làm thêm.", "Does she have a part-time job?" as "Cô ấy
    có việc làm thêm không?", "He's just found a full-time job." as "Anh ấy vừa tìm được việc toàn thời gian."
    (_JOB_EN); None for anything else, and where "do", "is" or "has" does not agree with who."""
    m = _JOB_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux, not_ = _aux(m)
    verb = " ".join(m["verb"].lower().split())
    do, has = "does" if one else "do", "has" if one else "have"
    if verb == "looking for":
        ok, said = aux == be_of(who_, one) and not m["just"], "tìm" if not_ else "đang tìm"
    elif verb == "found":  # ("She's just found", "I just found")
        ok = m["just"] and not (not_ or m["aux0"]) and (aux in ("", has) or aux == "is" and one and "'" in m["aux"])
        said = "vừa tìm được"
    elif verb.startswith("want"):
        ok, said = (aux == do and verb == "want to find" if aux else (verb == "wants to find") == one), "muốn tìm"
    else:
        ok, said = (aux == do and verb == "have" if aux else verb == has) and not m["just"], "có"
    if not ok:
        return None
    job = f"{JOBS_VI[m['job'].lower().replace(' ', '-')]}{_place_vi(m)}"
    if m["aux0"]:
        return capitalised(f"{who_} {'có ' * (said != 'có')}{said} {job} không?")
    return capitalised(f"{who_}{' không' * not_} {said} {job}{'!' if '!' in m['end'] else '.'}")


def _colleagues_vi(text: str) -> str | None:
    """"My colleagues are really nice." as "Đồng nghiệp của tôi rất tốt.", "Are your colleagues friendly?" as "Đồng
    nghiệp của bạn có thân thiện không?" (_COLLEAGUES_EN); None for anything else, and where "is" or "are" does not
    agree."""
    m = _COLLEAGUES_EN.fullmatch(text)
    if not m:
        return None
    be_ = "are" if m["re"] else (m["be0"] or m["be"] or "").lower()
    asked = bool(m["be0"])
    if be_ != ("are" if m["s"] else "is") or asked != ("?" in m["end"]) or m["be0"] and m["be"] or \
            asked and m["very"]:
        return None
    whose, nice = WHOSE_VI[m["whose"].lower()], _NICE_VI[m["nice"].lower()]
    if asked:
        return f"Đồng nghiệp của {whose} có {nice} không?"
    very = _VERY_VI[m["very"].lower()] + " " if m["very"] else ""
    return f"Đồng nghiệp của {whose} {very}{nice}{'!' if '!' in m['end'] else '.'}"
