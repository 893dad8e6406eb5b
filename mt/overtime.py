"""Working late and overtime, said or asked, both ways, written whole by rule. v8 (with the other rules on) reads
"làm thêm" as making or adding, "làm muộn" as being late, and "work late" as work in the weekend: "Anh ấy hay phải làm
thêm giờ." → "He or have to do an hour.", "Tuần này tôi phải làm thêm ba buổi tối." → "This week, I had to make three
evenings.", "Tối nay tôi phải làm muộn." → "Tonight, I have to be late.", "Cô ấy không bao giờ làm muộn." → "She never
did it.", "Bố tôi hay làm muộn." → "My dad is usually late.", "Mẹ tôi thường xuyên phải tăng ca." → "My mother regularly
has to increase hangs.", "Hôm qua tôi làm đến 10 giờ tối." → "Yesterday, I did until 10 p.m.", "Bạn có được trả tiền
làm thêm giờ không?" → "Can you pay for extra time?", "Sếp tôi bắt chúng tôi làm muộn." → "Our boss started us to get
late."; "I have to work late every day this week." → "Tôi phải làm việc cuối tuần này." (the weekend), "He often has
to work overtime." → "Anh ta thường phải làm việc suốt quá trình.", "I worked overtime three evenings this week." →
"Tôi làm việc suốt ba buổi tối vào tuần này.", "She works overtime every day." → "Cô ấy hoạt động suốt cả ngày.", "Do
you get paid for overtime?" → "Bạn có được trả tiền suốt thời gian không?", "My boss makes us work late." → "Sếp tôi
làm việc trễ.".

Taken: who (mt.hobbies.WHO, WHO_EN) working late ("làm muộn", "làm việc muộn", "làm trễ"), overtime ("làm thêm giờ",
"tăng ca", "làm ngoài giờ"; "làm thêm" only with "phải", a day or a count: alone it may be a job on the side) or until
a time (mt.dates.clock, "nửa đêm"), how often (mt.hobbies.SELDOM, "phải" too: "hay phải làm thêm giờ"), every day
(mt.hobbies.EVERY, "ngày nào … cũng"), on a day (mt.free_time.when with mt.dates.NEAR_SPANS: a day behind is the past,
"đã" too; "sẽ" is "will"; today, tonight or a day ahead "is working"), some evenings of a week or month ("ba buổi
tối tuần này"), said, denied or asked; who gets paid for overtime, or not, asked ("Is overtime paid?"); whose boss
makes (made) whom work late or overtime. Left: what mt/workdays.py takes first ("Tối nay tôi phải làm thêm giờ.", "He
often works overtime."), being late for work (mt/lateness.py), when one finishes work (mt/routines.py), "làm muộn" with
"đã" or "sẽ" and no day (doing it late?), a plain habit or time with no "how often", day or "phải" ("Tôi làm muộn."),
"anh", "chị", "em" alone saying it, "not" with how often, every day or some evenings, and anything else.
mt.phrasebook.translate tries these after mt/concerts.py.

    >>> translate("Anh ấy hay phải làm thêm giờ.", "vi", "en"), translate("My boss makes us work late.", "en", "vi")
    ('He often has to work overtime.', 'Sếp tôi bắt chúng tôi làm muộn.')
"""
from __future__ import annotations

from .dates import AHEAD, NEAR_SPANS, clock
from .free_time import DAY_AFTER, DAY_AFTER_EN, OPENS, placed, when
from .hobbies import (EVERY, EVERY_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, often_said, who,
                      who_vi)
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, SOFTENED_QUESTION, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:làm|tăng\s+ca)"), "en": lazy(r"(?i:\bwork|overtime)")}
# what is done, in English (the first Vietnamese of each is written back)
_DOINGS = {"làm muộn": "late", "làm việc muộn": "late", "làm trễ": "late", "làm việc trễ": "late",
           "làm thêm giờ": "overtime", "làm thêm": "overtime", "tăng ca": "overtime", "làm ngoài giờ": "overtime"}
_DOINGS_VI = {en: vi for vi, en in reversed(_DOINGS.items())}
_MIDNIGHT = {"nửa đêm": "midnight"}
_TIME = r"(?P<time>nửa\s+đêm|\d{1,2}(?:h|\s*giờ)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?)"
_TIME_EN = r"(?P<time>midnight|noon|\d{1,2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)"
# a day behind (the past), and the spans some evenings are counted in
_BEHIND = lazy(r"yesterday|last\s|the\s+day\s+before")
_SPANS = {"this week", "last week", "this month", "last month"}
# how often a habit is asked after ("Bạn có hay …", "Do you often …")
_ASKED_OFTEN = {"hay", "thường"}
_ONE = {"một", "1", "one"}  # ("one evenings")

# "Tuần này ngày nào tôi cũng phải làm muộn.", "Anh ấy hay phải làm thêm giờ.", "Hôm qua tôi làm đến 10 giờ tối."
_DAY0 = rf"(?:(?P<day0>(?!(?i:ngày|tối)\s+nào){OPENS}(?:(?!\s+nào(?!\w))[^,.!?])*?)\s*,?\s+)?"
_WORK = lazy(rf"{_DAY0}(?:(?P<each>(?i:ngày|tối|buổi\s+tối))\s+nào\s+)?{WHO}\s+(?:(?P<also>cũng)\s+)?"
             r"(?:(?P<aux>đã|sẽ)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
             rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<must>phải)\s+)?"
             rf"(?:(?P<doing>{alternatives(_DOINGS)})|làm(?:\s+việc)?\s+(?:đến|tới)\s+{_TIME})"
             rf"(?:\s+(?P<n>{alternatives(VI_TO_EN)}|\d)\s+(?:buổi\s+)?tối)?"
             rf"(?:\s+(?P<every>{alternatives(EVERY)}))?{DAY_AFTER}{ASKED_END}")
_WORK_EN = lazy(rf"(?:(?P<aux0>Do|Does|Did|Will|Am|Are|Is)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|did|will|am|are|is)"
                r"(?:\s+not)?|\s+(?:don|doesn|didn|won|isn|aren)['’]t|['’](?:m|re|s|ll|ve)(?:\s+not)?|"
                rf"\s+(?:have|has))?(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+"
                r"(?P<verb>(?:(?:have|has|had)\s+to\s+)?(?:work|works|worked|working))\s+"
                rf"(?:(?P<doing>late|overtime)|(?:until|till)\s+{_TIME_EN})"
                rf"(?:\s+(?P<n>{alternatives(EN_TO_VI)}|\d)\s+evenings)?"
                rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# paid for it ("Bạn có được trả tiền làm thêm giờ không?", "Làm thêm giờ có được trả tiền không?")
_OVERTIME = r"(?:làm\s+thêm\s+giờ|làm\s+thêm|tăng\s+ca|làm\s+ngoài\s+giờ)"
_PAID = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?được\s+trả\s+(?:tiền|lương)\s+(?:khi\s+|cho\s+)?"
             rf"{_OVERTIME}{ASKED_END}")
_IS_PAID = lazy(rf"(?i:{_OVERTIME})\s+có\s+được\s+trả\s+(?:tiền|lương)\s+không{SOFTENED_QUESTION}")
_PAID_EN = lazy(rf"(?:(?P<aux0>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                r"(?P<verb>get|gets)\s+paid\s+(?:for\s+)?overtime\s*(?P<end>[.!?]*)")
_IS_PAID_EN = lazy(r"Is\s+overtime\s+paid\s*\?+")
# whose boss makes whom work late ("Sếp tôi bắt chúng tôi làm muộn.", "My boss makes us work late.")
_BOSS = lazy(rf"{_DAY0}[Ss]ếp\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))\s+"
             rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?bắt\s+{WHOM}\s+(?P<doing>{alternatives(_DOINGS)})"
             rf"{DAY_AFTER}\s*(?P<end>[.!]*)")
_BOSS_EN = lazy(rf"(?P<owner>(?i:{alternatives(WHOSE_VI)}))\s+boss(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+"
                rf"(?P<verb>makes|made)\s+{WHOM_EN}\s+work\s+(?P<doing>late|overtime){DAY_AFTER_EN}"
                r"\s*(?P<end>[.!]*)")
# "do", "am", "will" … after who, as said in full (" don't" → "do", "'ll" → "will")
_AUX = {"don't": "do", "doesn't": "does", "didn't": "did", "won't": "will", "isn't": "is", "aren't": "are", "'m": "am",
        "'re": "are", "'s": "is", "'ll": "will", "'ve": "have"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who works late or overtime (how often, when, until when, how
    many evenings), who gets paid for overtime, or whose boss makes whom work late; None for any other."""
    if src == "vi":
        return _work(text) or _paid(text) or _boss(text)
    return _work_vi(text) or _paid_vi(text) or _boss_vi(text)


def _form(day: str, aux: str, must: bool, seldom: bool, every: bool, count: bool) -> str | None:
    """How English says it, by the day (in English), "đã" or "sẽ" (`aux`: "past", "will" or ""), "phải", how often,
    every day and some evenings: "past", "perfect" (đã with this week), "will", "habit" (and all said with "have
    to"), "now" ("is working": tonight, tomorrow); None where these do not go together, or nothing says which."""
    behind = bool(_BEHIND.match(day))
    if seldom and every or every and day and day not in _SPANS or count and (
            day not in _SPANS or not (must or aux == "past" or behind)):
        return None  # ("Tuần này tôi làm thêm giờ ba buổi tối.": done or to do?)
    if aux == "will":
        return None if behind or seldom or count else "will"
    if aux == "past":
        return None if AHEAD.match(day) or seldom else "perfect" if day.startswith("this ") else "past"
    if behind or seldom:
        return None if day and seldom else "past" if behind else "habit"
    return "habit" if must or every and not day else "now" if day else None


def _english(who_: str, one: bool, form: str, must: bool, work: str, how: dict, end: str) -> str:
    """The English of it: `work` ("work late every day this week"), said by `form` (`_form`) of who, with "have to"
    (`must`), and `how`: "often" (how often or ""), "not", "asked"."""
    often, not_, asked = how["often"], how["not"], how["asked"]
    do, have = "did" if form == "past" else "does" if one else "do", "have to " * must
    if form == "will":
        said = f"Will {who_} {have}{work}?" if asked else f"{who_} won't {have}{work}" if not_ else \
            contracted(who_, f"will {have}{work}")
    elif form == "perfect":
        said = contracted(who_, f"{'has' if one else 'have'} {'had to ' + work if must else 'worked' + work[4:]}")
    elif form == "now" and not must:
        working = f"working{work[4:]}"
        said = f"{be(who_).capitalize()} {who_} {working}?" if asked else contracted(
            who_, f"{be(who_)}{' not' * not_} {working}")
    elif asked:
        said = f"{do.capitalize()} {who_}{' often' * bool(often)} {have}{work}?"
    elif not_:
        said = f"{who_} {do}n't {have}{work}"
    elif form == "past":
        said = f"{who_} {'had to ' + work if must else 'worked' + work[4:]}"
    else:
        verb = ("has to work" if one else "have to work") if must else "works" if one else "work"
        said = " ".join(w for w in (who_, often, verb + work[4:]) if w)
    return capitalised(said if asked else f"{said}{end}".replace("..", "."))  # ("until 9 p.m.")


def _what(doing: str | None, time: str | None, src: str) -> str | None:
    """What is done, in the other language: "làm muộn" → "late", "until 10 p.m." → "làm đến 10 giờ tối"; None for a
    time not read."""
    if doing:
        return _DOINGS[keyed(doing)] if src == "vi" else _DOINGS_VI[doing.lower()]
    if src == "vi":
        said = _MIDNIGHT.get(keyed(time)) or clock(time, "vi", "en")
        return said and f"until {said}"
    said = clock(time.replace(".", ""), "en", "vi")
    return said and f"làm đến {said}"


def _work(text: str) -> str | None:
    """"Anh ấy hay phải làm thêm giờ." as "He often has to work overtime.", "Tuần này ngày nào tôi cũng phải làm
    muộn." as "I have to work late every day this week.", "Hôm qua tôi làm đến 10 giờ tối." as "I worked until 10 p.m.
    yesterday." (_WORK); None for anything else."""
    m = _WORK.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["each"]) != bool(m["also"]) or m["each"] and m["every"]:
        return None
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    day, what = when(m["day0"] or m["day"], "vi", NEAR_SPANS), _what(m["doing"], m["time"], "vi")
    seldom, must, not_, doing = keyed(m["seldom"] or ""), bool(m["must"]), bool(m["not"]), keyed(m["doing"] or "")
    every = EVERY[keyed(m["every"])] if m["every"] else "every day" if keyed(m["each"] or "") == "ngày" else \
        "every evening" if m["each"] else ""
    count = f"{VI_TO_EN.get(keyed(m['n']), m['n'])} evenings" if m["n"] else ""
    aux = {"đã": "past", "sẽ": "will"}.get(keyed(m["aux"] or ""), "")
    form = None if day is None or what is None else _form(day, aux, must, bool(seldom), bool(every), bool(count))
    if form is None or not_ and (seldom or every or count or form == "perfect") or keyed(m["n"] or "") in _ONE or \
            asked and (count or form == "perfect" or seldom not in ("", *_ASKED_OFTEN)) or \
            doing == "làm thêm" and not (must or day or count) or doing in ("làm muộn", "làm trễ") and aux and not day:
        return None  # ("Tôi đã làm muộn.": did it late?; "làm thêm" alone: a job on the side?)
    work = " ".join(w for w in ("work", what, count, every, day) if w)
    how = {"often": seldom and often_said(seldom, bool(m["time"])), "not": not_, "asked": asked}
    return _english(said[0], said[1], form, must, work, how, stop(m["end"]))


def _work_vi(text: str) -> str | None:
    """"I have to work late every day this week." as "Tuần này ngày nào tôi cũng phải làm muộn.", "He often has to
    work overtime." as "Anh ấy hay phải làm thêm giờ.", "I worked until 10 p.m. yesterday." as "Hôm qua tôi làm đến 10
    giờ tối." (_WORK_EN); None for anything else, and where "do", "has" or "is" does not agree with who."""
    m = _WORK_EN.fullmatch(text)
    asked = bool(m and m["aux0"])
    if not m or asked != ("?" in m["end"]) or asked and m["aux"] or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    said = keyed((m["aux0"] or m["aux"] or "").replace("’", "'"))
    aux, not_ = _AUX.get(said.removesuffix(" not"), said.removesuffix(" not")), said.endswith(("n't", " not"))
    words, seldom, day_en = keyed(m["verb"]).split(), keyed(m["seldom"] or ""), keyed(m["day"] or "")
    must, verb, do = len(words) > 1, words[-1], "does" if one else "do"
    past = aux == "did" or words[0] == "had" or verb == "worked"
    form = _form(day_en, "will" if aux == "will" else "past" if past else "", must, bool(seldom),
                 bool(m["every"]), bool(m["n"]))
    if must:  # ("I have to", "She doesn't have to", "Did you have to", "I had to")
        ok = words[0] == "have" and aux in (do, "did", "will") if aux else words[0] in ("had", "has" if one else "have")
    elif verb == "working":
        ok = aux == be_of(who_, one) and form == "now"
    elif verb == "worked":  # ("I worked", "She's worked", "I've worked … this week")
        ok = form in ("past", "perfect") if not aux else form == "perfect" and (
            aux == ("has" if one else "have") or one and said == "'s")
    else:
        ok = aux in (do, "did", "will") and verb == "work" if aux else verb == ("works" if one else "work") and \
            form != "past"
    what = _what(m["doing"], m["time"], "en")
    if not ok or form is None or what is None or not_ and (seldom or m["every"] or m["n"] or form == "perfect") or \
            asked and (m["n"] or form == "perfect" or seldom not in ("", "often", "usually")) or \
            keyed(m["n"] or "") in _ONE:
        return None
    often = {"often": "hay", "usually": "thường"}.get(seldom, "") if asked else SELDOM_VI.get(seldom, "")
    every = EVERY_VI[keyed(m["every"])] if m["every"] else ""
    rest = " ".join(w for w in (what, m["n"] and f"{EN_TO_VI.get(keyed(m['n']), m['n'])} buổi tối",
                                every if asked or every != "mỗi ngày" else "") if w)
    done = form == "perfect" or form == "past" and not (not_ or _BEHIND.match(day_en))  # ("I worked late on Saturday.")
    first = ["sẽ" if form == "will" and not asked else "", "không" if not_ else "có" if asked else "", often,
             "đã" if done and must else "", "phải" if must else "", "đã" if done and not must else ""]  # ("đã phải")
    said = " ".join(w for w in (*first, rest) if w)
    if every == "mỗi ngày" and not asked:  # ("ngày nào tôi cũng làm muộn": not "cũng đã")
        said = " ".join(w for w in (*[x for x in first if x != "đã"], rest) if w)
        return placed(f"ngày nào {who_} cũng {said}", day, stop(m["end"]))
    return placed(f"{who_} {said}", day, " không?" if asked else stop(m["end"]))


def _paid(text: str) -> str | None:
    """"Bạn có được trả tiền làm thêm giờ không?" as "Do you get paid for overtime?", "Tôi không được trả tiền làm
    thêm giờ." as "I don't get paid for overtime.", "Làm thêm giờ có được trả tiền không?" as "Is overtime paid?"
    (_PAID, _IS_PAID); None for anything else."""
    if _IS_PAID.fullmatch(text):
        return "Is overtime paid?"
    m = _PAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    do = "does" if one else "do"
    if asked:
        return f"{do.capitalize()} {who_} get paid for overtime?"
    get = f"{do}n't get" if m["not"] else "gets" if one else "get"
    return capitalised(f"{who_} {get} paid for overtime{stop(m['end'])}")


def _paid_vi(text: str) -> str | None:
    """"Do you get paid for overtime?" as "Bạn có được trả tiền làm thêm giờ không?", "She doesn't get paid overtime."
    as "Cô ấy không được trả tiền làm thêm giờ.", "Is overtime paid?" as "Làm thêm giờ có được trả tiền không?"
    (_PAID_EN, _IS_PAID_EN); None for anything else, and where "does" or "gets" does not agree with who."""
    if _IS_PAID_EN.fullmatch(text):
        return "Làm thêm giờ có được trả tiền không?"
    m = _PAID_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux = (m["aux0"] or m["aux"] or "").split()
    if (aux[0].lower().startswith("does") if aux else m["verb"] == "gets") != one or aux and m["verb"] != "get":
        return None
    how = "có " if m["aux0"] else "không " if m["aux"] else ""
    return capitalised(f"{who_} {how}được trả tiền làm thêm giờ{' không?' if m['aux0'] else stop(m['end'])}")


def _boss(text: str) -> str | None:
    """"Sếp tôi bắt chúng tôi làm muộn." as "My boss makes us work late.", "Hôm qua sếp tôi bắt tôi làm thêm giờ." as
    "My boss made me work overtime yesterday." (_BOSS); None for anything else, and a day not behind (made or
    making?)."""
    m = _BOSS.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None:
        return None
    whom, behind = as_whom(m["whom"], "vi"), bool(_BEHIND.match(day))
    if not whom or day and (not behind or m["seldom"]) or keyed(m["doing"]) == "làm thêm" and not day:
        return None  # ("làm thêm" alone: a job on the side?)
    often = f" {SELDOM[keyed(m['seldom'])]}" if m["seldom"] else ""
    doing = _DOINGS[keyed(m["doing"])]
    said = f"{OWNERS[keyed(m['owner'])]} boss{often} {'made' if day else 'makes'} {whom} work {doing}"
    return capitalised(f"{said}{' ' * bool(day)}{day}{stop(m['end'])}")


def _boss_vi(text: str) -> str | None:
    """"My boss makes us work late." as "Sếp tôi bắt chúng tôi làm muộn.", "My boss made me work overtime yesterday."
    as "Hôm qua sếp tôi bắt tôi làm thêm giờ." (_BOSS_EN); None for anything else, "makes" with a day, "made" with a
    day not behind."""
    m = _BOSS_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None or not (whom := as_whom(m["whom"], "en")):
        return None
    made = m["verb"] == "made"
    if m["day"] and not (made and _BEHIND.match(m["day"])) or made and m["seldom"]:
        return None
    often = f" {SELDOM_VI[m['seldom'].lower()]}" if m["seldom"] else ""
    did = " đã" if made and not day else ""
    return placed(f"sếp {WHOSE_VI[m['owner'].lower()]}{often}{did} bắt {whom} {_DOINGS_VI[m['doing']]}", day,
                  stop(m["end"]))
