"""Someone going, or gone, on holiday or travelling to a place by its name, and when, said or asked, both ways,
written whole by rule. v7 (with the rules before this one): "Tôi sẽ đi nghỉ ở Đà Nẵng." → "I'm going to leave in Da
Nang.", "Năm ngoái chúng tôi đã đi du lịch Thái Lan." → "Last year, we traveled Thailand.", "Họ đang nghỉ ở Phú
Quốc." → "They're idle in Phu Quoc.", "Bạn sẽ đi nghỉ ở đâu?" → "Where would you go away?"; "I'm going on holiday to
Da Nang." → "Tớ sẽ vào ngày lễ Đà Nẵng." (into the holiday), "They're on holiday in Phu Quoc." → "Chúng vào ngày lễ ở
Phú Quốc.", "Where did you travel last weekend?" → "Bạn du lịch cuối tuần trước không?".

Said: someone will, plans to, is or did travel or go on holiday to a place ("Tôi sẽ đi du lịch Nhật Bản.", "Lan đang
đi du lịch ở Huế.", "Năm ngoái chúng tôi đã đi nghỉ ở Nha Trang."; "We're going on holiday to Da Nang.", "She's on
holiday in Hoi An.", "They travelled to Japan two years ago."); asked: whether they will or did (with a time that says
which), where, and for how long ("Bạn định đi du lịch bao lâu?"). Who as in mt/hobbies.py (a pronoun, kin and whose,
someone by name); the place one mt.people.named_place knows by its name, or one of REGIONS; with whom, someone
mt.hobbies.someone knows ("với bạn tôi", "with my friend"); when a day mt.dates reads whole (`dates.day`: "vào thứ
bảy", "cuối tuần này", "hai năm trước"; "next Saturday", "two years ago"), or, in Vietnamese, a week, month or year
near this one that mt.dates reads where it opens a sentence ("tháng sau", "năm ngoái", also said after the place:
"… vào tháng sau"). Anything else is left to the model: a time mt.dates does not read whole ("mùa hè này", "vào
tháng 7"; in English "next month", "last year", "this summer", "in July" are not read at all), "với gia đình tôi"
(with my family), a bare "đi" (go) to a place, and "Bạn đã bao giờ đi du lịch Nhật Bản chưa?" (mt/ever.py's).
A sentence whose time and tense disagree ("Tôi sẽ đi du lịch Huế hai năm trước.") is not taken either.
mt.phrasebook.translate tries these after mt/relations.py.

    >>> translate("Tôi sẽ đi nghỉ ở Đà Nẵng.", "vi", "en"), translate("Tháng sau Lan đi du lịch Nhật Bản.", "vi", "en")
    ("I'm going on holiday to Da Nang.", 'Lan is going to travel to Japan next month.')
    >>> translate("We travelled to Thailand two years ago.", "en", "vi")
    'Chúng tôi đã đi du lịch Thái Lan cách đây hai năm.'
"""
from __future__ import annotations

import re

from . import dates
from .free_time import placed
from .hobbies import WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS
from .people import named_place
from .text import SOFTENED_QUESTION, alternatives, be, be_said, capitalised, contracted, keyed

# places by their name that mt.people.named_place does not know (the first of each is written back)
REGIONS = {"châu Âu": "Europe", "châu Á": "Asia", "Đông Nam Á": "Southeast Asia", "châu Phi": "Africa"}
_REGIONS = {keyed(vi): en for vi, en in REGIONS.items()}
_REGIONS_VI = {keyed(en): vi for vi, en in REGIONS.items()}
# what is done: travelling, or a holiday ("nghỉ" alone only with "đang": "Họ đang nghỉ ở Phú Quốc.")
_DOINGS_VI = {"đi du lịch": "travel", "du lịch": "travel", "đi nghỉ": "holiday", "đi nghỉ mát": "holiday",
              "nghỉ mát": "holiday", "đi nghỉ dưỡng": "holiday", "nghỉ": "holiday"}
# ... and when: "going" to, planning to, doing it "now", or done in the "past" (none: as the time says)
_TENSES_VI = {"sẽ": "going", "sắp": "going", "định": "plan", "dự định": "plan", "đang": "now", "đã": "past"}
# English after "is" (a tense and what is done; "going" needs "on holiday" after the place: "going to Hue on
# holiday"), after "will" or "did", and in the past
_BE_DOING = {"going to travel": ("going", "travel"), "going on a trip": ("going", "travel"),
             "going on holiday": ("going", "holiday"), "going on vacation": ("going", "holiday"),
             "going on a holiday": ("going", "holiday"), "planning to travel": ("plan", "travel"),
             "planning a trip": ("plan", "travel"), "planning to go on a trip": ("plan", "travel"),
             "planning to go on holiday": ("plan", "holiday"), "planning to go on vacation": ("plan", "holiday"),
             "travelling": ("now", "travel"), "traveling": ("now", "travel"), "on holiday": ("now", "holiday"),
             "on vacation": ("now", "holiday"), "going": ("going", None)}
_DO = {"travel": "travel", "go on a trip": "travel", "take a trip": "travel", "go on holiday": "holiday",
       "go on vacation": "holiday", "go": None}
_DONE = {"travelled": "travel", "traveled": "travel", "went on a trip": "travel", "took a trip": "travel",
         "went on holiday": "holiday", "went on vacation": "holiday", "went": None}
# how each is written: English (after "is", or after "did" in the past), and Vietnamese (the place after "ở" where
# one is on holiday or travelling now)
_EN = {("going", "travel"): "going to travel", ("plan", "travel"): "planning to travel",
       ("now", "travel"): "travelling", ("past", "travel"): "travel", ("going", "holiday"): "going on holiday",
       ("plan", "holiday"): "planning to go on holiday", ("now", "holiday"): "on holiday",
       ("past", "holiday"): "go on holiday"}
_DID = {"travel": "travelled", "go on holiday": "went on holiday"}
_VI = {"travel": "đi du lịch", "holiday": "đi nghỉ"}
_TENSES = {"going": "sẽ", "plan": "định", "now": "đang", "past": "đã"}
_NOT = {"going": "sẽ không", "plan": "không định"}
# a time said by English behind today or ahead of it, which says the tense where Vietnamese does not, and must agree
# with it where it does
_BEHIND = lazy(r"(?<!\w)(?:last|ago|yesterday)(?!\w)")
_AHEAD = lazy(r"(?<!\w)(?:next|tomorrow|tonight|this\s+weekend|in\s+(?:an?|a\s+few|\w+)\s+(?:days?|weeks?|"
              r"months?|years?))(?!\w)")
# a time opens with one of these words (mt.dates reads it, or not: then the sentence is not taken); after the place
# in small letters only, where the place's words have capitals
_OPEN_VI = (r"vào|hôm|ngày|mai|tuần|tháng|năm|mùa|hè|cuối|thứ|sáng|chiều|tối|trưa|đêm|dịp|cách|"
            rf"(?:\d{{1,2}}|{'|'.join(VI_NUMBER_WORDS[1:11])}|vài|mấy)\s+(?:ngày|tuần|tháng|năm)")
_TIME0_VI = rf"(?P<time0>(?i:{_OPEN_VI}|chủ\s+nhật|tết)(?!\w)[^,.!?]*?)\s*,?\s+"
_TIME_VI = rf"(?P<time>(?:{_OPEN_VI}|[Cc]hủ\s+nhật|Tết)(?!\w)[^,.!?]*?)"
_OPEN_EN = (r"next|last|this|on|in|at|over|tomorrow|yesterday|tonight|the|an?|\d{1,2}|"
            + "|".join(EN_NUMBER_WORDS[2:13]))
_TIME0_EN = rf"(?P<time0>(?i:{_OPEN_EN})(?!\w)[^,.!?]*?)\s*,?\s+"
_TIME_EN = rf"(?P<time>(?:{_OPEN_EN})(?!\w)[^,.!?]*?)"
_PLACE = r"(?P<place>[^,.!?]+?)"
_DOING_VI = (rf"(?:(?P<not0>không)\s+)?(?:(?P<tense>{alternatives(_TENSES_VI)})\s+)?(?:(?P<not>không)\s+)?"
             rf"(?P<doing>{alternatives(_DOINGS_VI)})")
_TRIP_VI = (rf"(?:\s+(?:ở|tại|đến|tới))?\s+{_PLACE}(?:\s+(?:cùng\s+với|với|cùng)\s+(?P<with>[^,.!?]+?))?"
            rf"(?:\s+{_TIME_VI})?")
_TRIP_EN = (rf"\s+(?P<prep>to|in|around)\s+{_PLACE}(?P<on>\s+on\s+(?:(?P<trip>a\s+trip)|holiday|vacation))?"
            rf"(?:\s+with\s+(?P<with>[^,.!?]+?))?(?:\s+{_TIME_EN})?")
_BE_EN = r"(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?:\s+(?P<not>not)|(?P<nt>n['’]t))?"
_WILL_EN = r"(?:(?P<will>['’]ll|\s+will)(?:\s+(?P<wnot>not))?|\s+(?P<wont>won['’]t))"


def _opened(pattern: str) -> list[re.Pattern]:
    """The pattern compiled with a time opening it and without, for the two to be tried in turn ("Ba tôi sẽ …" is my
    father, not a time)."""
    return [re.compile(pattern.replace("%TIME0%", _TIME0_VI)), re.compile(pattern.replace("%TIME0%", ""))]


# "Tôi sẽ đi nghỉ ở Đà Nẵng.", "Năm ngoái chúng tôi đã đi du lịch Thái Lan.", "Bạn có định đi du lịch Nhật Bản
# không?", "Bạn sẽ đi du lịch ở đâu?", "Bạn định đi du lịch bao lâu?"
_SAID = {form: _opened(pattern) for form, pattern in {
    "said": rf"%TIME0%{WHO}\s+{_DOING_VI}{_TRIP_VI}\s*(?P<end>[.!]*)",
    "asked": rf"%TIME0%{WHO}\s+có\s+(?:(?P<tense>định|dự\s+định|đang)\s+)?(?P<doing>{alternatives(_DOINGS_VI)})"
             rf"{_TRIP_VI}\s+không{SOFTENED_QUESTION}",
    "where": rf"%TIME0%{WHO}\s+{_DOING_VI}\s+(?:ở\s+|tại\s+)?đâu(?:\s+{_TIME_VI})?{SOFTENED_QUESTION}",
    "long": rf"{WHO}\s+(?P<tense>sẽ|sắp|định|dự\s+định)\s+(?P<doing>{alternatives(_DOINGS_VI)})\s+(?:trong\s+)?"
            rf"bao\s+lâu{SOFTENED_QUESTION}"}.items()}
_FRAME_EN = (rf"{WHO_EN}(?:{_BE_EN}\s+(?P<doing>{alternatives(_BE_DOING)})|{_WILL_EN}\s+(?P<do>{alternatives(_DO)})|"
             rf"\s+(?P<done>{alternatives(_DONE)}))")


def _asked_en(be0: str, aux: str) -> list[str]:
    """English asking whether, where or how long who is going, or went, on holiday or travelling: with "is" before who
    (`be0`: "Is|Am|Are", as the sentence writes it), and with "did" or "will" (`aux`)."""
    return [rf"(?P<be0>{be0})\s+{WHO_EN}(?:\s+(?P<not>not))?\s+(?P<doing>{alternatives(_BE_DOING)})",
            rf"(?P<aux>{aux})\s+{WHO_EN}\s+(?P<do>{alternatives(_DO)})"]


# "I'm going on holiday to Da Nang.", "We travelled to Japan two years ago.", "Are you going to travel to Japan?",
# "Where are you going on holiday?", "How long are you going to travel for?"
_SAID_EN = {form: [lazy(p) for p in patterns] for form, patterns in {
    "said": [rf"{_TIME0_EN}{_FRAME_EN}{_TRIP_EN}\s*(?P<end>[.!]*)", rf"{_FRAME_EN}{_TRIP_EN}\s*(?P<end>[.!]*)"],
    "asked": [rf"{asked}{_TRIP_EN}\s*\?+" for asked in _asked_en("Is|Am|Are", "Did|Will")],
    "where": [rf"Where\s+{asked}(?:\s+{_TIME_EN})?\s*\?+" for asked in _asked_en("is|am|are", "did|will")],
    "long": [rf"How\s+long\s+{asked}\s+for\s*\?+" for asked in _asked_en("is|am|are", "will")]}.items()}


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is going, or went, on holiday or travelling to a place
    by its name, and when; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return next((said for form, patterns in _SAID.items() for p in patterns
                     if (m := p.fullmatch(text)) and (said := _trip(m, form, text))), None)
    if (src, tgt) == ("en", "vi"):
        return next((said for form, patterns in _SAID_EN.items() for p in patterns
                     if (m := p.fullmatch(text)) and (said := _trip_vi(m, form))), None)
    return None


def place(said: str, src: str) -> str | None:
    """A place by its name in the other language (mt.people.named_place, REGIONS): "Nhật Bản" as "Japan", "châu Âu"
    as "Europe", "Europe" as "châu Âu"; None for anything else."""
    return named_place(said, src) or (_REGIONS if src == "vi" else _REGIONS_VI).get(keyed(said))


def _when(said: str | None, opened: str) -> str | None:
    """A Vietnamese time in English: a day `dates.day` reads ("vào thứ bảy" as "on Saturday"), or a week, month or
    year near this one that mt.dates reads opening a sentence ("tháng sau" as "next month"), read where it opens
    `opened` (the sentence, or its clause with the time before it); "" for none said, None for one not read whole."""
    if not said:
        return ""
    if found := dates.day(said, "vi", "en"):
        return found
    read = [f for f in dates.matches(opened, "vi", "en") if f.start < len(said)]
    if len(read) != 1 or (read[0].start, read[0].end) != (0, len(said)):
        return None
    return read[0].replacement.removesuffix(",")


def _tense(tense: str | None, time: str) -> str | None:
    """The tense of what is said, where the time (in English) agrees with it ("đã" and "next month" do not); where
    none is said, the time's: "past" behind today, "going" ahead of it; None where neither says it."""
    behind, ahead = bool(_BEHIND.search(time)), bool(_AHEAD.search(time))
    if tense is None:
        return "past" if behind else "going" if ahead else None
    if behind and tense != "past" or ahead and tense in ("past", "now"):
        return None
    return tense


def _trip(m: re.Match, form: str, text: str) -> str | None:
    """"Tôi sẽ đi nghỉ ở Đà Nẵng." as "I'm going on holiday to Da Nang.", "Bạn có định đi du lịch Nhật Bản không?"
    as "Are you planning to travel to Japan?", "Năm ngoái bạn đi du lịch ở đâu?" as "Where did you travel last
    year?", "Bạn định đi du lịch bao lâu?" as "How long are you planning to travel for?" (_SAID); None for anything
    else, and where who, the place, with whom or the time is not read whole."""
    found = m.groupdict()
    if found.get("time0") and found.get("time"):
        return None
    if found.get("time0"):  # (the clause the time opens, for `_when`)
        time = _when(m["time0"], f"{m['time0']} {text[m.end('time0'):].lstrip(' ,')}")
    else:
        time = _when(m["time"], f"{capitalised(m['time'])} {text[: m.start('time')]}") if found.get("time") else ""
    tense = _tense(_TENSES_VI.get(keyed(m["tense"] or "")), time or "")
    kind = _DOINGS_VI[keyed(m["doing"])]
    not_ = " ".join(w for w in (found.get("not0"), m["tense"], found.get("not")) if w) if (
        found.get("not0") or found.get("not")) else ""
    if time is None or tense is None or keyed(m["doing"]) == "nghỉ" and tense != "now" or not_ and (
            form != "said" or keyed(not_) not in (_NOT.get(tense), "không" if tense == "going" else None)):
        return None  # ("sắp không", "đã không"; "không" asking; "không" alone only ahead: "Tháng sau tôi không …")
    said = who(m, form != "said")
    where = form in ("said", "asked") and place(m["place"], "vi")
    with_ = found.get("with") and someone(m["with"], "vi")
    if not said or form in ("said", "asked") and not where or found.get("with") and not with_:
        return None
    who_, doing = said[0], _EN[tense, kind]
    rest = "".join(f" {w}" for w in (where and f"{'in' if tense == 'now' else 'to'} {where}",
                                     with_ and f"with {with_}", time) if w)
    if form == "said":
        if tense == "past":
            return capitalised(f"{who_} {_DID[doing]}{rest}{m['end'] or '.'}")
        return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(not_)} {doing}{rest}{m['end'] or '.'}"))
    asked = f"did {who_} {doing}" if tense == "past" else f"{be(who_)} {who_} {doing}"
    if form == "long":
        return f"How long {asked} for?"
    if form == "where":
        return None if (tense, kind) == ("now", "holiday") else f"Where {asked}{rest}?"
    return capitalised(f"{asked}{rest}?")


def _trip_vi(m: re.Match, form: str) -> str | None:
    """"I'm going on holiday to Da Nang." as "Tôi sẽ đi nghỉ ở Đà Nẵng.", "We travelled to Thailand two years ago."
    as "Chúng tôi đã đi du lịch Thái Lan cách đây hai năm.", "Where are you going on holiday?" as "Bạn sẽ đi nghỉ ở
    đâu?", "How long are you going to travel for?" as "Bạn sẽ đi du lịch bao lâu?" (_SAID_EN); None for anything
    else, where "is", "am" or "are" does not agree with who, and where the place, with whom or the time is not read
    whole."""
    found = m.groupdict()
    said_time = found.get("time0") or found.get("time")
    time = dates.day(said_time, "en", "vi") if said_time else ""
    tense, kind = _tense_en(m)
    on = found.get("on") and ("travel" if found.get("trip") else "holiday")  # ("going to Hue on holiday")
    if found.get("time0") and found.get("time") or time is None or not tense or bool(kind) == bool(on):
        return None
    kind = kind or on
    if not (tense := _tense(tense, said_time or "")):
        return None
    who_, one = who_vi(m)
    said_be = found.get("be0") or found.get("be")
    if said_be and be_said(said_be) != be_of(who_, one):
        return None
    not_ = found.get("not") or found.get("nt") or found.get("wnot") or found.get("wont")
    if not_ and (tense not in _NOT or form != "said") or found.get("aux") == "Did" and not time:
        return None
    where = found.get("place") and place(m["place"], "en")
    with_ = found.get("with") and someone(m["with"], "en")
    if found.get("place") and not where or found.get("with") and not with_:
        return None
    doing = _VI[kind]
    at = "ở " if kind == "holiday" or tense == "now" else ""
    said = f"{who_} {_NOT[tense] if not_ else _TENSES[tense]} {doing}"
    if form == "long":
        return capitalised(f"{said} bao lâu?")
    if form == "where":
        return placed(f"{said} ở đâu", time, "?")
    with_ = f" với {with_}" if with_ else ""
    if form == "asked":
        asked = {"going": "có định", "plan": "có định", "now": "có đang", "past": "có"}[tense]
        return placed(f"{who_} {asked} {doing} {at}{where}{with_}", time, " không?")
    return placed(f"{said} {at}{where}{with_}", time, m["end"] or ".")


def _tense_en(m: re.Match) -> tuple[str | None, str | None]:
    """The tense and what is done of an English match: "are going on holiday" ("going", "holiday"), "will travel"
    ("going", "travel"), "travelled" ("past", "travel"), "are travelling to" ("going": on the way); "going" alone
    (None: "on holiday" after the place says what); (None, None) for "travelling" or "on holiday" "to", or
    "going to travel" "in" a place."""
    found = m.groupdict()
    if found.get("doing"):
        tense, kind = _BE_DOING[keyed(m["doing"])]
    elif found.get("do"):
        tense, kind = "past" if keyed(found.get("aux") or "") == "did" else "going", _DO[keyed(m["do"])]
    else:
        tense, kind = "past", _DONE[keyed(m["done"])]
    prep = found.get("prep")
    if prep and (prep == "to") == (tense == "now"):
        return ("going", kind) if (tense, kind) == ("now", "travel") else (None, None)
    return tense, kind

