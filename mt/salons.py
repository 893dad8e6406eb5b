"""Nails, massages, the spa and hair washed at the salon, both ways, written whole by rule: who went, goes, will go or
would like to go for a massage, to get their nails done, their hair washed at the salon or to the spa, and how often;
"let's"; what one costs; a nail technician; a back that needs a massage. v8 reads "đi làm" as going to work, "mát xa" as
cold and far away, "spa" as bed: "Tôi đi làm móng." → "I go to work nails.", "Cô ấy vừa đi làm móng." → "She was just
went to work nails.", "Tôi muốn đi mát xa." → "I'd like to get a cold away.", "Chúng tôi đi spa." → "We went to bed.",
"Chúng ta đi mát xa chân đi." → "Let's get away from the feet.", "Mát xa bao nhiêu tiền?" → "How far are it?", "Cô ấy là
thợ làm móng." → "She is a founder.", "Lưng tôi cần được mát xa." → "How long I need to be cool."; "She had her nails
done." → "Cô ta đã làm móng tay." (cold "cô ta"), "We went to the spa." → "Chúng tôi đi đến thư rác." (spam), "I had a
massage yesterday." → "Tôi có khối lượng hôm qua." (mass), "She had a pedicure." → "Cô ấy có một con tham lam.", "I'd
like a manicure." → "Tôi muốn một người đàn ông.", "Is she a nail technician?" → "Bé có phải là bác sĩ sơ sinh không?",
"Let's get our nails done." → "Chúng ta hãy lấy móng tay của chúng ta.", "I'd like a massage." → "Tôi muốn xoa bóp."
(stiff). Hair washed at the salon and habits: "Tôi đi gội đầu ở tiệm." → "I wash my head out.", "Mẹ tôi hay ra tiệm gội
đầu." → "My mother usually comes out of the shampoo.", "Chị ấy làm móng mỗi tháng." → "She nails every month.", "Mẹ tôi
hay đi spa." → "My mother usually goes to bed."; "I got my hair washed at the salon." → "Tôi có mái tóc của tôi giặt
giặt vào thiên văn.", "She gets her nails done every month." → "Cô ấy lấy móng tay của mình mỗi tháng.", "My mother
often goes to the salon to get her hair washed." → "Mẹ tôi thường đi đến túi tóc của mình để gội đầu.".

Taken: who (mt.hobbies.WHO, WHO_EN) goes for a massage (of a kind of KINDS: "mát xa chân", a foot massage), to get their
nails done or painted ("đi làm móng", "đi sơn móng tay"), for a pedicure ("đi làm móng chân") or to the spa ("đi spa"),
to get their hair washed at the salon ("đi gội đầu ở tiệm") or out to the salon for it or their nails ("ra tiệm gội
đầu", "ra tiệm làm móng"): just ("vừa", "mới"), then ("đã", a day behind), already ("đã … rồi"), going to ("sẽ", "định",
a day ahead, "đi" alone), would like or needs to ("muốn", "cần"; asked with "có … không?"), the day as mt.free_time.when
reads it; as a habit, how often (mt.hobbies.SELDOM; asked "có hay … không?") or a week or more apart (_EVERY: "mỗi
tháng", "hai tuần một lần"; "làm móng" without "đi" only so: "Chị ấy làm móng mỗi tháng."), or both ("hay", "thường" as
"usually", "luôn": _TIMED); "let's" ("Chúng ta đi spa đi."); how much a massage, a manicure or a pedicure is; who is a
nail technician or a massage therapist, said or asked; whose back, neck, shoulders or feet need a massage. His or her
nails are said only where who says which. Left: "anh", "chị", "em" alone saying it (mt.hobbies.who), "đang" (now, or on
the way?), "đi … rồi" without "đã" and "đã ra tiệm … rồi" (gone, or been?), any other how often with a period ("thỉnh
thoảng … mỗi tháng", "sometimes … every month"), "hôm nay" and the like with no word for the tense, habits at a time
("vào cuối tuần") or daily (a nail technician's work?), "làm móng" without "đi" and a period (oneself, or at the
salon?), "đi gội đầu" with no salon (mt/haircuts.py's; at home?), "gội đầu ở tiệm" without "đi" (one who works there?),
"ra tiệm … về" (back from the salon: why gone unsaid), a name alone or a pet with hair or nails (whose?), the plain
present ("I get my hair washed at the salon.": a habit, or this time?), "xoa bóp", "gội đầu dưỡng sinh"; "sẽ", "đang",
"muốn" and "cần" with "đi làm móng" and no day, "I'm getting my nails done.", "I'd like to get my nails done." and
painting one's own nails (mt/makeup.py's); haircuts and hair done (mt/haircuts.py), hair washed at home (mt/washing.py),
aches (mt/aches.py), prices of anything else (mt/prices.py).
mt.phrasebook.translate tries these after mt/taxes.py.

    >>> translate("Tôi muốn đi mát xa chân.", "vi", "en"), translate("She had her nails done.", "en", "vi")
    ("I'd like to go for a foot massage.", 'Cô ấy đã đi làm móng.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import (EVERY, EVERY_MONTH, HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_of, own_thing, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import BE_EN, EN_WHOSE, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:móng|nail|mát[\s-]?xa|massage|spa|gội\s+đầu)"),
         "en": lazy(r"(?i:nail|massage|manicur|pedicure|\bspa\b|masseu|hair\s+washed)")}

# a kind of massage (the first Vietnamese of each is written back)
KINDS = {"chân": "foot", "lưng": "back", "toàn thân": "full-body", "body": "full-body",
         "cổ vai gáy": "neck and shoulder", "đầu": "head", "kiểu thái": "Thai", "thái": "Thai"}
# ("Thái", a country, with a capital: KINDS keys small letters)
KINDS_VI = {en.lower(): vi for vi, en in reversed(KINDS.items())} | {"full body": "toàn thân", "thai": "kiểu Thái"}
# what is done in English, going and gone ("{n}": the massage, "{w}": whose nails); the rest `_forms` makes of these
_FORMS = {"massage": ("go for {n}", "had {n}"), "nails": ("get {w} nails done", "had {w} nails done"),
          "painted": ("get {w} nails painted", "had {w} nails painted"),
          "pedicure": ("get a pedicure", "had a pedicure"), "spa": ("go to the spa", "went to the spa"),
          "hair": ("get {w} hair washed at the salon", "had {w} hair washed at the salon"),
          "salon hair": ("go to the salon to get {w} hair washed", "went to the salon to get {w} hair washed"),
          "salon nails": ("go to the salon to get {w} nails done", "went to the salon to get {w} nails done")}
# how often, a week or longer apart (mt.hobbies.EVERY has no month; "mỗi ngày" may be a nail technician's work)
_EVERY = {vi: en for vi, en in EVERY.items() if en in ("every week", "every weekend")} | EVERY_MONTH | {
    "mỗi tuần một lần": "once a week", "mỗi tháng một lần": "once a month", "một tuần một lần": "once a week",
    "tuần một lần": "once a week", "một tháng một lần": "once a month", "tháng một lần": "once a month",
    "hai tuần một lần": "every two weeks"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
# how often, of SELDOM, with a period after it: "hay … mỗi tuần" is as a rule ("often … every week" says how often twice
# over); "thỉnh thoảng … mỗi tháng" (sometimes, or every month?), "thường xuyên … mỗi tháng" are left
_TIMED = {"hay": "usually", "thường": "usually", "thường thường": "usually", "luôn": "always", "luôn luôn": "always"}
# a nail technician, a massage therapist, and back (with whether English said more than one)
JOBS = {"thợ làm móng": "nail technician", "thợ làm nail": "nail technician", "thợ nail": "nail technician",
        "thợ mát xa": "massage therapist", "thợ mát-xa": "massage therapist", "nhân viên mát xa": "massage therapist"}
_JOBS_VI = {"nail technician": "thợ làm móng", "manicurist": "thợ làm móng", "nail artist": "thợ làm móng",
            "massage therapist": "thợ mát xa", "masseuse": "thợ mát xa", "masseur": "thợ mát xa"}
JOBS_VI = {f"{en}{s}": (vi, bool(s)) for en, vi in _JOBS_VI.items() for s in ("", "s")}
# what needs a massage, and whether English says it as many
PARTS = {"lưng": ("back", False), "cổ": ("neck", False), "vai": ("shoulders", True), "bàn chân": ("feet", True)}
PARTS_VI = {en: vi for vi, (en, _) in PARTS.items()}

_MASSAGE = r"(?i:mát[\s-]?xa|massage)"
# ("ra", out, only to the salon: "Mẹ tôi hay ra tiệm gội đầu.")
_ACT = (rf"(?:(?P<go>đi|ra(?=\s+(?:tiệm|gội)))\s+)?(?:(?P<nails>làm\s+(?:móng(?:\s+(?P<hand>tay|chân))?|nail))|"
        rf"(?P<painted>sơn\s+móng(?:\s+tay)?)|(?P<massage>{_MASSAGE})(?:\s+(?P<kind>(?i:{alternatives(KINDS)})))?|"
        r"(?P<spa>(?i:spa))|(?P<hair>gội\s+đầu\s+ở\s+tiệm)|tiệm\s+(?P<shop>gội\s+đầu|làm\s+(?:móng|nail)))")
# who goes, went, will go or would like to go ("Tôi vừa đi mát xa.", "Bạn có muốn đi spa không?")
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>vừa\s+mới|vừa|mới|đã|sẽ|định)\s+)?"
             rf"(?:(?P<want>muốn|cần)\s+)?{_ACT}{DAY_AFTER}(?:\s+(?P<back>về))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<q>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
# a habit: how often who goes ("Mẹ tôi hay ra tiệm gội đầu.", "Chị ấy làm móng mỗi tháng.", "Bạn có hay đi spa không?")
_HABIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?{_ACT}"
              rf"(?:\s+(?P<every>{alternatives(_EVERY)}))?(?:\s+(?P<q>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
# let's ("Chúng ta đi mát xa chân đi.", "Bọn mình đi spa nhé."; "mình" alone may be the speaker: with "đi" only)
_LETS = lazy(rf"(?:(?P<we>(?i:chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình))|(?i:mình))\s+(?:cùng\s+)?{_ACT}"
             r"\s+(?P<tail>đi|nhé|nha)\s*[.!]*")
# how much ("Mát xa chân bao nhiêu tiền?", "Làm móng giá bao nhiêu?")
_PRICE = lazy(rf"(?:(?P<massage>{_MASSAGE})(?:\s+(?P<kind>(?i:{alternatives(KINDS)})))?|(?i:làm)\s+(?:móng(?:\s+"
              rf"(?P<hand>tay|chân))?|nail))\s+(?:(?:giá|hết|là)\s+)?bao\s+nhiêu(?:\s+tiền)?{SOFTENER}\s*\?+")
_JOB = lazy(rf"{WHO}\s+(?:(?P<ask>có\s+phải\s+)?là|(?P<not>không\s+phải\s+là))\s+(?P<job>{alternatives(JOBS)})"
            rf"(?:\s+(?P<q>không|à|hả))?{SOFTENER}\s*(?P<end>[.!?]*)")
_BODY = lazy(rf"(?P<part>(?i:{alternatives(PARTS)}))\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))\s+cần\s+"
             rf"(?:được\s+)?{_MASSAGE}{SOFTENER}\s*[.!]*")

# ... in English: a massage, a manicure or pedicure, whose nails done or painted or hair washed at the salon, the spa
_OBJ_EN = (rf"(?:an?\s+(?:(?P<kind>(?i:{alternatives(KINDS_VI)}))\s+)?(?P<massage>massage)|a\s+(?P<noun>manicure|"
           rf"pedicure)|(?P<hw>{WHOSE_WORDS})\s+(?:nails\s+(?P<pp>done|painted)|(?P<hair>hair\s+washed\s+at\s+the\s+"
           rf"salon))|the\s+(?P<spa>spa))")
_DONE_EN = lazy(rf"{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)?(?:\s+(?P<just>just|already))?\s+(?P<v>had|got|"
                rf"went\s+for|went\s+to|been\s+for|been\s+to)\s+{_OBJ_EN}{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_GOING_EN = lazy(rf"{WHO_EN}(?:{BE_EN}\s+(?:going\s+(?P<v>to\s+get|to\s+have|for|to)|(?P<ing>getting|having))|"
                 rf"(?P<will>'ll|\s+will)\s+(?P<v2>get|have|go\s+for|go\s+to))\s+{_OBJ_EN}{DAY_AFTER_EN}\s*"
                 r"(?P<end>[.!]*)")
_WANTED_EN = lazy(rf"(?:(?P<aux>Would|Do|Does)\s+)?{WHO_EN}(?P<like>'d\s+like|\s+would\s+like|\s+like|\s+wants?|"
                  rf"\s+needs?)\s+(?:to\s+(?P<v>get|have|go\s+for|go\s+to)\s+)?{_OBJ_EN}(?:,?\s+please)?\s*"
                  r"(?P<end>[.!?]*)")
_LETS_EN = lazy(rf"Let's\s+(?P<v>get|have|go\s+for|go\s+to)\s+{_OBJ_EN}\s*[.!]*")
_PRICE_EN = lazy(rf"How\s+much\s+(?P<verb>is|for|does)\s+{_OBJ_EN}(?P<cost>\s+cost)?\s*\?+")
_JOB_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n't)?)?\s+(?P<a>an?\s+)?"
               rf"(?P<job>{alternatives(JOBS_VI)})\s*(?P<end>[.!?]*)")
_BODY_EN = lazy(rf"(?P<whose>(?i:{WHOSE_WORDS}))\s+(?P<part>{alternatives(PARTS_VI)})\s+(?P<needs>needs?)\s+a\s+"
                r"massage\s*[.!]*")
# ... a habit ("She gets her nails done every month.", "My mother often goes to the salon to get her hair washed.")
_HABIT_EN = lazy(rf"(?:(?P<aux>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<seldom>{alternatives(HABIT_VI)}))?\s+(?P<v>gets?|"
                 rf"has|have|go(?:es)?\s+for|go(?:es)?\s+to)\s+(?:{_OBJ_EN}|the\s+salon\s+to\s+get\s+(?P<shw>"
                 rf"{WHOSE_WORDS})\s+(?P<what>hair\s+washed|nails\s+done))(?:\s+(?P<every>"
                 rf"{alternatives(_EVERY_VI)}))?\s*(?P<end>[.!?]*)")
# which verb goes with which of _OBJ_EN ("get" for "get", "have", "had", "getting" …)
_VERBS = {"massage": {"get", "for"}, "noun": {"get"}, "nails": {"get"}, "spa": {"to"}}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says, asks or wants a massage, nails done or the spa, asks its price, says
    who does nails or massages, or what needs a massage; None for any other."""
    if src == "vi":
        return _said(text) or _habit(text) or _lets(text) or _price(text) or _job(text) or _body(text)
    text = text.replace("’", "'")
    return _done_vi(text) or _going_vi(text) or _wanted_vi(text) or _habit_vi(text) or _lets_vi(text) or \
        _price_vi(text) or _job_vi(text) or _body_vi(text)


def _act(m: re.Match) -> str:
    """What a match of _ACT or _PRICE says is done: "massage", "nails", "painted", "pedicure", "spa", "hair" (washed
    at the salon), "salon hair" or "salon nails" (to the salon to get them done)."""
    for act in ("massage", "hair", "painted", "spa"):  # (_PRICE has only "massage")
        if m.groupdict().get(act):
            return act
    if m.groupdict().get("shop"):
        return f"salon {'hair' if keyed(m['shop']) == 'gội đầu' else 'nails'}"
    return "pedicure" if keyed(m["hand"] or "") == "chân" else "nails"


def _forms(act: str, kind: str | None, whose: str | None) -> dict[str, str | None] | None:
    """The English of `act`, a massage of `kind` (a key of KINDS or None), nails of `whose`, as each frame says it:
    "base" ("go for a foot massage"), "past" ("had a foot massage"), "perfect" ("been to the spa"), "going" ("going
    to get her nails done"), "want" (after "muốn đi": "to go to the spa"), "here" (after "muốn" alone, where one is,
    and the price asked: "a massage", "a manicure"), "from" (after "got back from": "the spa", "a foot massage",
    "getting her nails done"); None where whose nails is needed and not known."""
    if "{w}" in _FORMS[act][0] and not whose:
        return None
    n = f"a {KINDS[keyed(kind)]} massage" if kind else "a massage"
    base, past = (f.format(n=n, w=whose) for f in _FORMS[act])
    return {"base": base, "past": past, "perfect": past.replace("went", "been"), "want": f"to {base}",
            "going": f"going {base[3:]}" if base.startswith("go ") else f"going to {base}",
            "here": {"massage": n, "nails": "a manicure", "pedicure": "a pedicure"}.get(act),
            "from": base.removeprefix("go for ").removeprefix("go to ").replace("get ", "getting ", 1)}


def _said(text: str) -> str | None:
    """"Tôi vừa đi mát xa." as "I just had a massage.", "Hôm qua cô ấy đi làm móng." as "She had her nails done
    yesterday.", "Chúng tôi đi spa." as "We're going to the spa.", "Bạn có muốn đi spa không?" as "Would you like to
    go to the spa?" (_SAID); None for anything else, and for mt/makeup.py's ("Tôi sẽ đi làm móng.")."""
    m = _SAID.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["q"]) or bool(m["ask"]) != bool(m["q"]) or asked and not m["want"] or \
            (said := who(m, asked)) is None or (day := when(m["day0"] or m["day"], "vi", LAST)) is None:
        return None
    who_, one = said
    act, tense = _act(m), keyed(m["tense"] or "")
    if act != "massage" and not m["go"] or (forms := _forms(act, m["kind"], whose_own(m, who_))) is None:
        return None
    one = one and be(who_) == "is"
    ahead, behind = bool(AHEAD.match(day) or day == "tonight"), bool(BEHIND.match(day))
    if act == "nails" and not day and (m["want"] or tense == "sẽ"):
        return None  # (mt/makeup.py's)
    if m["want"]:
        return _wanted(m, forms, who_, one, ahead or not day)
    if m["back"] and (act.startswith("salon") or not (tense in ("vừa", "mới", "vừa mới", "đã") or behind)):
        return None
    past = f"got back from {forms['from']}" if m["back"] else forms["past"]
    if tense in ("vừa", "mới", "vừa mới"):  # (with a day, "mới" is "not until": "Mai tôi mới đi spa.")
        return None if day or m["done"] else capitalised(f"{who_} just {past}.")
    day = f" {day}" if day else ""
    if tense == "đã" or behind and not tense:
        if ahead or m["done"] and (day or m["back"] or act.startswith("salon")):
            return None  # ("đã ra tiệm gội đầu rồi": gone out to the salon, there now, or been?)
        if m["done"]:
            return capitalised(contracted(who_, f"{'has' if one else 'have'} already {forms['perfect']}."))
        return capitalised(f"{who_} {past}{day}.")
    if m["done"] or behind or not m["go"] or not (tense or ahead or not day):
        return None
    return capitalised(contracted(who_, f"{be(who_)} {forms['going']}{day}."))


def _habit(text: str) -> str | None:
    """"Mẹ tôi hay ra tiệm gội đầu." as "My mother often goes to the salon to get her hair washed.", "Chị ấy làm
    móng mỗi tháng." as "She gets her nails done every month.", "Bạn có hay đi spa không?" as "Do you often go to
    the spa?" (_HABIT); None with neither how often nor a period, without "đi" or "ra" (but "làm móng" with a
    period: oneself, or a nail technician's work?), how often but "hay", "thường" or "luôn" with a period (_TIMED), a
    pet, and whose unknown."""
    m = _HABIT.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    seldom = keyed(m and m["seldom"] or "")
    if not m or not (seldom or m["every"]) or asked != bool(m["q"]) or bool(m["ask"]) != bool(m["q"]) or \
            asked and seldom not in ("", "hay", "thường") or m["every"] and seldom and seldom not in _TIMED \
            or animal(m) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    act = _act(m)
    if not m["go"] and not (act in ("nails", "pedicure") and m["every"]) or \
            (forms := _forms(act, m["kind"], whose_own(m, who_))) is None:
        return None
    verb, _, rest = forms["base"].partition(" ")
    every = f" {_EVERY[keyed(m['every'])]}" if m["every"] else ""
    often = f"{_TIMED[seldom] if every else SELDOM[seldom]} " if seldom else ""
    return present(who_, one and be(who_) == "is", verb, rest + every, asked, adverb=often)


def _wanted(m: re.Match, forms: dict[str, str | None], who_: str, one: bool, ahead: bool) -> str | None:
    """_SAID with "muốn" or "cần": "Tôi muốn mát xa." as "I'd like a massage.", "Bạn có cần đi mát xa không?" as
    "Do you need to go for a massage?"; None with a tense, "rồi", or a day that is not ahead."""
    if m["tense"] or m["done"] or m["back"] or not ahead:
        return None
    doing = forms["want" if m["go"] else "here"]
    day = f" {when(m['day0'] or m['day'], 'vi', LAST)}".rstrip()
    if keyed(m["want"]) == "muốn":
        if m["q"]:
            return None if who_ == "I" else f"Would {who_} like {doing}{day}?"
        return capitalised(f"{who_}'d like {doing}{day}." if who_ in EN_WHOSE else f"{who_} would like {doing}{day}.")
    return present(who_, one, "need", f"{doing}{day}", bool(m["q"]))


def _lets(text: str) -> str | None:
    """"Chúng ta đi mát xa chân đi." as "Let's go for a foot massage.", "Bọn mình đi làm móng nhé." as "Let's get our
    nails done." (_LETS); None for "mình" alone without "đi" ("Mình đi spa nhé.": I'll go)."""
    m = _LETS.fullmatch(text)
    if not m or not m["go"] or not m["we"] and m["tail"] != "đi":
        return None
    return f"Let's {_forms(_act(m), m['kind'], 'our')['base']}."


def _price(text: str) -> str | None:
    """"Mát xa bao nhiêu tiền?" as "How much is a massage?", "Làm móng chân giá bao nhiêu?" as "How much is a
    pedicure?" (_PRICE)."""
    m = _PRICE.fullmatch(text)
    return m and f"How much is {_forms(_act(m), m['kind'], 'your')['here']}?"


def _job(text: str) -> str | None:
    """"Cô ấy là thợ làm móng." as "She's a nail technician.", "Họ là thợ mát xa." as "They're massage therapists.",
    "Bạn có phải là thợ làm móng không?" as "Are you a nail technician?" (_JOB); None for anything else."""
    m = _JOB.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    q = keyed(m and m["q"] or "")
    if not m or asked != bool(q) or (q == "không") != bool(m["ask"]) or m["not"] and asked or \
            (said := who(m, asked)) is None:
        return None
    who_, _ = said
    many = be(who_) == "are" and who_ != "you"
    job = f"{JOBS[keyed(m['job'])]}s" if many else f"a {JOBS[keyed(m['job'])]}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {job}?"
    if m["not"]:  # (no "amn't": "I'm not")
        return capitalised("I'm not" if who_ == "I" else f"{who_} {be(who_)}n't") + f" {job}."
    return capitalised(contracted(who_, f"{be(who_)} {job}."))


def _body(text: str) -> str | None:
    """"Lưng tôi cần được mát xa." as "My back needs a massage.", "Vai tôi cần mát xa." as "My shoulders need a
    massage." (_BODY)."""
    if not (m := _BODY.fullmatch(text)):
        return None
    part, many = PARTS[keyed(m["part"])]
    return f"{capitalised(OWNERS[keyed(m['owner'])])} {part} {'need' if many else 'needs'} a massage."


def _act_vi(m: re.Match, verb: str | None, prefix: str = "", own: bool = True) -> str | None:
    """What is done of a match of _OBJ_EN (its groups named with `prefix`) in Vietnamese, with "đi" ("đi mát xa
    chân", "đi làm móng", "đi spa"), after a verb of _VERBS (`verb`: "get", "for" or "to"; None for none said: "I'd
    like a massage."); None where the verb does not go with it ("go to a massage"), and for another's nails ("She had
    my nails done.")."""
    g = {k.removeprefix(prefix): v for k, v in m.groupdict().items() if k.startswith(prefix)}
    obj = "massage" if g["massage"] else "noun" if g["noun"] else "nails" if g["hw"] else "spa"
    if verb is None and obj not in ("massage", "noun") or verb and verb not in _VERBS[obj] or g["hw"] and own and \
            not _own_nails(m, g["hw"]):
        return None
    if obj == "massage":
        kind = KINDS_VI[g["kind"].lower()] if g["kind"] else ""
        return f"đi mát xa {kind}".rstrip()
    if obj == "noun":
        return "đi làm móng chân" if g["noun"] == "pedicure" else "đi làm móng"
    if g["hair"]:
        return "đi gội đầu ở tiệm"
    return "đi sơn móng tay" if g["pp"] == "painted" else "đi làm móng" if obj == "nails" else "đi spa"


def _own_nails(m: re.Match, whose: str) -> bool:
    """Whether nails of `whose` ("my", "her") are those of who of a match of WHO_EN: "She … her", "My mother …
    her"; not "his" or "her" after a name or one of no known sex ("Lan had his nails done.", "My friend … her": whose
    nails may be another's, and English said his or her without the module knowing which)."""
    who_, one = who_vi(m)
    if whose.lower() in ("his", "her") and not (m["who"] or m["kin"] and his_her(who_)):
        return False
    return own_thing({**m.groupdict(), "owner": whose}, who_, one) is True


def _verb(said: str | None) -> str | None:
    """The verb of _VERBS of a verb said in English: "had", "getting", "to have" as "get", "went for" as "for"."""
    said = " ".join((said or "").split())
    return said and ("for" if said.endswith("for") else "to" if said.endswith(" to") or said == "to" else "get")


def _done_vi(text: str) -> str | None:
    """"She had her nails done." as "Cô ấy đã đi làm móng.", "I had a massage yesterday." as "Hôm qua tôi đã đi mát
    xa.", "I've just been to the spa." as "Tôi vừa đi spa.", "She's already had a pedicure." as "Cô ấy đã đi làm
    móng chân rồi." (_DONE_EN); None for "have" without "just" or "already" (ever?), a day ahead, and where "has"
    does not agree with who."""
    m = _DONE_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", LAST)) is None or AHEAD.match(m["day"] or ""):
        return None
    who_, one = who_vi(m)
    have, v = keyed(m["have"] or ""), " ".join(m["v"].split())
    if have and ((have in ("'s", "has")) != one or not m["just"] or day or v == "got") or \
            v.startswith("been") and not have or v.startswith("went") and have or m["just"] == "just" and day or \
            (act := _act_vi(m, _verb(v))) is None:
        return None
    if m["just"] == "just":
        return capitalised(f"{who_} vừa {act}.")
    return capitalised(f"{who_} đã {act} rồi.") if m["just"] else placed(f"{who_} đã {act}", day, ".")


def _going_vi(text: str) -> str | None:
    """"We're going to the spa this weekend." as "Cuối tuần này chúng tôi sẽ đi spa.", "I'm going for a massage." as
    "Tôi sẽ đi mát xa.", "She's getting her nails done tomorrow." as "Ngày mai cô ấy sẽ đi làm móng." (_GOING_EN);
    None for "getting" with no day (mt/makeup.py's, or now), a day behind, and where "is" does not agree."""
    m = _GOING_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", LAST)) is None or BEHIND.match(m["day"] or "") or m["ing"] and not day:
        return None
    who_, one = who_vi(m)
    if m["be"] and be_said(m["be"]) != be_of(who_, one):
        return None
    act = _act_vi(m, _verb(m["v"] or m["ing"] or m["v2"]))
    return placed(f"{who_} sẽ {act}", day, ".") if act else None


def _wanted_vi(text: str) -> str | None:
    """"I'd like a massage." as "Tôi muốn đi mát xa.", "Would you like to go to the spa?" as "Bạn có muốn đi spa
    không?", "My mother needs a foot massage." as "Mẹ tôi cần đi mát xa chân." (_WANTED_EN); None for nails done
    (mt/makeup.py's), and where "wants", "needs" or "does" does not agree with who."""
    m = _WANTED_EN.fullmatch(text)
    if not m or bool(m["aux"]) != ("?" in m["end"]) or m["pp"] == "done":
        return None
    who_, one = who_vi(m)
    like, aux = " ".join(m["like"].split()), (m["aux"] or "").lower()
    if (aux == "would") != (like == "like") or aux == "would" and who_ == "tôi" or aux in ("do", "does") and (
            like not in ("want", "need") or (aux == "does") != one) or \
            not aux and like in ("want", "wants", "need", "needs") and like.endswith("s") != one or \
            (act := _act_vi(m, _verb(m["v"]))) is None:
        return None
    wants = "cần" if like.startswith("need") else "muốn"
    return capitalised(f"{who_} có {wants} {act} không?" if aux else f"{who_} {wants} {act}.")


def _habit_vi(text: str) -> str | None:
    """"She gets her nails done every month." as "Cô ấy đi làm móng mỗi tháng.", "My mother often goes to the salon
    to get her hair washed." as "Mẹ tôi hay ra tiệm gội đầu.", "Do you often go to the spa?" as "Bạn có hay đi spa
    không?" (_HABIT_EN); None with neither how often nor a period, "never", "rarely" or "sometimes" with a period, and
    where the verb does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["aux"]) != ("?" in m["end"]) or not (m["seldom"] or m["every"]):
        return None
    who_, one = who_vi(m)
    v, seldom = " ".join(m["v"].split()), (m["seldom"] or "").lower()
    if m["aux"] and ((m["aux"] == "Does") != one or v.split()[0] not in ("get", "have", "go") or who_ == "tôi" or
                     seldom not in ("", "often", "usually")) or not m["aux"] and \
            (v.split()[0] in ("gets", "has", "goes")) != one:
        return None
    if m["every"] and seldom in ("never", "rarely", "sometimes"):
        return None  # (how often said twice over, as _TIMED leaves it: "sometimes … every month")
    if m["what"]:  # (to the salon to get them done)
        if not v.endswith(" to") or not _own_nails(m, m["shw"]):
            return None
        act = f"ra tiệm {'gội đầu' if m['what'].startswith('hair') else 'làm móng'}"
    elif (act := _act_vi(m, _verb(v))) is None:
        return None
    often = f"{HABIT_VI[seldom]} " if seldom else ""
    every = f" {_EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    return capitalised(f"{who_} có {often}{act}{every} không?" if m["aux"] else f"{who_} {often}{act}{every}.")


def _lets_vi(text: str) -> str | None:
    """"Let's go for a foot massage." as "Chúng ta đi mát xa chân đi.", "Let's get our nails done." as "Chúng ta đi
    làm móng đi." (_LETS_EN); None for nails not "our"."""
    m = _LETS_EN.fullmatch(text)
    if not m or m["hw"] and m["hw"] != "our" or (act := _act_vi(m, _verb(m["v"]), own=False)) is None:
        return None
    return f"Chúng ta {act} đi."


def _price_vi(text: str) -> str | None:
    """"How much is a foot massage?" as "Mát xa chân bao nhiêu tiền?", "How much does a manicure cost?" as "Làm móng
    bao nhiêu tiền?" (_PRICE_EN); None for nails or the spa."""
    m = _PRICE_EN.fullmatch(text)
    if not m or (m["verb"] == "does") != bool(m["cost"]) or not (m["massage"] or m["noun"]):
        return None
    return capitalised(f"{_act_vi(m, 'get', own=False).removeprefix('đi ')} bao nhiêu tiền?")


def _job_vi(text: str) -> str | None:
    """"She's a nail technician." as "Cô ấy là thợ làm móng.", "Is he a massage therapist?" as "Anh ấy có phải là
    thợ mát xa không?" (_JOB_EN); None where "is" or "a" does not agree with who."""
    m = _JOB_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"]:
        return None
    who_, one = who_vi(m)
    job, many = JOBS_VI[m["job"]]
    is_ = be_of(who_, one)
    if be_said(m["be0"] or m["be"]) != is_ or many != (is_ == "are" and who_ != "bạn") or bool(m["a"]) == many:
        return None
    return capitalised(f"{who_} có phải là {job} không?" if m["be0"] else
                       f"{who_} {'không phải là' if m['not'] else 'là'} {job}.")


def _body_vi(text: str) -> str | None:
    """"My back needs a massage." as "Lưng tôi cần được mát xa.", "My feet need a massage." as "Bàn chân tôi cần được
    mát xa." (_BODY_EN); None where "needs" does not agree."""
    m = _BODY_EN.fullmatch(text)
    if not m or (m["needs"] == "needs") == PARTS[PARTS_VI[m["part"]]][1]:
        return None
    return capitalised(f"{PARTS_VI[m['part']]} {WHOSE_VI[m['whose'].lower()]} cần được mát xa.")
