"""Looking after a car or a motorbike, both ways, written whole by rule: taking it in for a service or its inspection
("đăng kiểm"), changing the oil, washing it or getting it washed, pumping up its tyres, how often, and a car due for
either. v8 with every other rule: "Tôi mang xe đi bảo dưỡng." → "I bring the car to protect.", "Xe tôi phải đi đăng
kiểm tháng sau." → "I have to go to the next month.", "Bao lâu bạn thay dầu một lần?" → "How long do you replace oil
once?", "Anh ấy rửa xe mỗi tuần." → "He washed a car every week.", "Tôi vừa thay dầu xe máy." → "I have just replaced
my motor oil."; "I took my car in for a service." → "Tôi lấy xe của tôi trong một dịch vụ.", "My car has to have its
inspection next month." → "Xe hơi của tôi phải kiên trì vào tháng tới.", "I've just changed the oil on my
motorbike." → "Tôi vừa thay đổi dầu trên xe máy của tôi.", "How often do you change the oil?" → "Bạn thay đổi dầu như
thế nào?".

Taken: who (mt.hobbies.WHO, WHO_EN) takes ("mang", "đưa", "đem") a car, a motorbike or a bike in for a service or its
inspection, changes the oil ("thay dầu", "thay nhớt"; on a vehicle named, or "xe" as none: "the oil"), washes one,
goes to get one washed, serviced or its oil changed ("đi rửa …": "get … washed"), pumps up a motorbike's or a car's
tyres: now ("đang"; a plain "mang … đi", "đi rửa" said by "tôi" or "chúng tôi": being done or about to be), will,
has to, needs to, did (a day behind, "đã"), has just, has already ("rồi"), hasn't yet, a habit (mt.hobbies.EVERY), on
a day ahead, asked ("có … không?" with a habit, a day behind, "phải", "cần"; "… chưa?"), and how often ("… bao lâu
một lần?"); a car or a motorbike of whose due for a service or its inspection (soon, on a day ahead) or that has to go
in for one. Left: "xe" alone but for the oil (a car, or a motorbike?), a name's own vehicle (his or hers?), our or
their motorbikes or bikes (one, or more?), a plain "rửa", "thay dầu" (a habit, or done?), a plain "mang … đi", "đi
rửa" of anyone but the speaker (done: "Mẹ tôi mang xe máy đi bảo dưỡng.", has taken it in; or bidden: "Bạn đi rửa xe
máy."), "đi … rồi" (gone to get it done, or done?), "vừa đi …" but of the speaker (just gone, or just done?), "mang
đi" with nothing named, "bảo dưỡng" with no "đi" (done oneself, or at a garage?), the bike's tyres pumped, in
Vietnamese (mt/cycling.py), a flat tyre, petrol and breakdowns (mt/driving.py, mt/car_trouble.py), "I" asked of
oneself, a pet, "… nhỉ." (asked to be agreed with), and anything else.
mt.phrasebook.translate tries these after mt/theses.py.

    >>> translate("Tôi vừa thay dầu xe máy.", "vi", "en"), translate("How often do you change the oil?", "en", "vi")
    ("I've just changed the oil on my motorbike.", 'Bạn thay dầu bao lâu một lần?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_MONTH, OWNER, SOMEONE_EN, WHO, WHO_EN, animal, aux_agrees, someone, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here ("rửa" with a vehicle after it)
_KEYS = {"vi": lazy(r"(?i:bảo\s+dưỡng|đăng\s+kiểm|thay\s+dầu|thay\s+nhớt|rửa\s+xe|rửa\s+ô\s+tô|rửa\s+chiếc|"
                    r"rửa\s+cái|bơm\s+lốp|bơm\s+bánh)"),
         "en": lazy(r"(?i:service|inspection|\boil|wash|tyres|\btires)")}
# the vehicles, both ways (the first Vietnamese of each is written back; "xe" alone is no vehicle named)
VEHICLES = {"xe máy": "motorbike", "ô tô": "car", "xe ô tô": "car", "xe hơi": "car", "xe đạp": "bike"}
VEHICLES_VI = {en: vi for vi, en in reversed(VEHICLES.items())} | {
    "motorcycle": "xe máy", "scooter": "xe máy", "bicycle": "xe đạp"}
# the English verbs, and their forms: after he or she, the past, the participle, "-ing"
_KINDS = ("base", "s", "past", "part", "ing")
_VERBS = {"take": ("takes", "took", "taken", "taking"), "change": ("changes", "changed", "changed", "changing"),
          "wash": ("washes", "washed", "washed", "washing"), "get": ("gets", "got", "got", "getting"),
          "pump": ("pumps", "pumped", "pumped", "pumping")}
_FORMS_EN: dict[str, tuple[str, set[str]]] = {"gotten": ("get", {"part"})}
for _base, _forms in _VERBS.items():
    for _kind, _form in zip(_KINDS, (_base, *_forms)):
        _FORMS_EN.setdefault(_form, (_base, set()))[1].add(_kind)
# days ahead, of today and behind, both ways (mt.dates.NEAR_DAYS)
DAYS = near_days("ngày mai", "sáng mai", "chiều mai", "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới",
                 "tháng sau", "tháng tới", "hôm nay", "sáng nay", "chiều nay", "cuối tuần này", "hôm qua",
                 "sáng hôm qua", "chiều hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "tháng trước")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_AHEAD = {vi: en for vi, en in DAYS.items() if NEAR_WAY[vi] == "ahead"}
_AHEAD_VI = {en: vi for vi, en in reversed(_AHEAD.items())}
_FOR = {"bảo dưỡng": "a service", "đăng kiểm": "its inspection"}
# the vehicles each of a family has one of, not one between them as a car ("xe máy của họ": one, or more?)
_EACH = {"xe máy", "xe đạp"}
# how often (mt.hobbies.EVERY, and the months and years a car is looked after by, which it lacks)
_EVERY = EVERY | EVERY_MONTH | {"mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}

_DAY = rf"(?i:{alternatives(DAYS)})"
_VEH = (r"(?:(?:chiếc|cái)\s+)?(?P<veh>(?i:xe\s+máy|xe\s+ô\s+tô|ô\s+tô|xe\s+hơi|xe\s+đạp|xe))"
        rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?")
# what is done: the verb, the vehicle, and what it is taken in for ("mang xe máy đi bảo dưỡng", "đi rửa ô tô")
_JOB = (r"(?P<go>đi\s+)?(?P<verb>mang|đưa|đem|thay\s+dầu|thay\s+nhớt|rửa|bảo\s+dưỡng|bơm\s+lốp|bơm\s+bánh)"
        rf"(?:\s+(?P<cho>cho\s+)?{_VEH})?(?:\s+đi\s+(?P<for>bảo\s+dưỡng|đăng\s+kiểm))?")
_AUX = r"đang|sẽ|phải|cần|có\s+phải|có\s+cần|đã|vừa\s+mới|vừa|mới|chưa|không|có"
_DOING = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+)?{_JOB}"
              rf"(?:\s+(?P<every>(?i:{alternatives(_EVERY)})))?(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
              rf"(?:\s+(?P<tail>rồi|chưa|đây))?{ASKED_END}")
_OFTEN = [lazy(rf"{WHO}\s+(?:thường\s+)?{_JOB}\s+bao\s+lâu\s+(?:một|1)\s+lần{SOFTENED_END}"),
          lazy(rf"[Bb]ao\s+lâu\s+{WHO}\s+(?:lại\s+)?{_JOB}\s+(?:một|1)\s+lần{SOFTENED_END}")]
# a car or a motorbike due, or that has to go in ("Ô tô của tôi phải đi đăng kiểm tháng sau.")
_DUE = lazy(r"(?:(?:[Cc]hiếc|[Cc]ái)\s+)?(?P<veh>(?i:xe\s+máy|xe\s+ô\s+tô|ô\s+tô|xe\s+hơi))\s+(?:của\s+)?"
            rf"{OWNER}\s+(?:(?P<soon>sắp)\s+)?(?:(?P<due>đến\s+hạn)|phải\s+đi)\s+(?P<for>bảo\s+dưỡng|đăng\s+kiểm)"
            rf"(?:\s+(?:vào\s+)?(?P<day>(?i:{alternatives(_AHEAD)})))?(?:\s+(?P<tail>rồi))?{SOFTENED_END}")

# ... in English: who, an auxiliary, the verb and what follows it (_REST_EN by the verb)
_WHOSE = rf"(?P<owner>(?i:{WHOSE_WORDS}|the))"
_VEH_EN = rf"(?P<veh>(?i:{alternatives(VEHICLES_VI)}))"
_REST_EN = {"take": lazy(rf"{_WHOSE}\s+{_VEH_EN}\s+in\s+for\s+(?:a\s+(?P<service>service)|its\s+inspection)"),
            "change": lazy(rf"the\s+oil(?:\s+(?P<on>on|in)\s+{_WHOSE}\s+{_VEH_EN})?"),
            "wash": lazy(rf"{_WHOSE}\s+{_VEH_EN}"),
            "get": lazy(rf"(?:{_WHOSE}\s+{_VEH_EN}\s+(?P<done>washed|serviced)|the\s+oil\s+(?P<done2>changed))"),
            "pump": lazy(rf"up\s+{_WHOSE}\s+{_VEH_EN}\s+(?:tyres|tires)")}
_AUX_EN = (r"(?P<aux>(?:['’](?:s|re|m|ll|ve)|\s+(?:is|am|are|will|wo|has|have|did|does|do)(?:n['’]t|\s+not)?)"
           r"(?:\s+(?:going|have|has)\s+to)?|\s+(?:has|have|needs?)\s+to)")
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{WHO_EN}{_AUX_EN}?(?:\s+(?P<adv>just|already))?"
                 rf"\s+(?P<verb>{alternatives(_FORMS_EN)})\s+(?P<rest>.+?)(?:\s+(?P<every>{alternatives(_EVERY_VI)}))?"
                 rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_OFTEN_EN = lazy(rf"How\s+often\s+(?P<q>do|does)\s+{WHO_EN}\s+(?P<verb>{alternatives(_VERBS)})\s+(?P<rest>.+?)\s*\?+")
_DUE_EN = lazy(rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<veh>(?i:car|motorbike|"
               r"motorcycle|scooter))\s+(?:is\s+due\s+for|(?P<must>has\s+to\s+(?:have|go\s+in\s+for)))\s+(?:a\s+"
               rf"(?P<service>service)|its\s+inspection)(?:\s+(?P<soon>soon)|\s+(?P<day>{alternatives(_AHEAD_VI)}))?"
               r"\s*(?P<end>[.!]*)")
# the auxiliaries as said, to how the job is done ("n't" written out; "'s" is "is" or "has" by the verb)
_HOW_EN = {"": "plain", "is": "be", "am": "be", "are": "be", "'s": "be", "'re": "be", "'m": "be", "will": "will",
           "'ll": "will", "will not": "won't", "wo not": "won't", "has to": "must", "have to": "must",
           "need to": "need", "needs to": "need", "has": "has", "have": "has", "'ve": "has", "has not": "not yet",
           "have not": "not yet", "did not": "didn't"}
_HOW_EN |= {f"{be_} going to": "going" for be_ in ("is", "am", "are", "'s", "'re", "'m")}
_HOW_VI = {"will": "sẽ", "going": "sẽ", "won't": "sẽ không", "must": "phải", "need": "cần"}


@key_checked(_KEYS)  # ("… mỗi tuần nhỉ.": asked to be agreed with, left)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who takes a car or a motorbike in for a service or its
    inspection, changes the oil, washes it or pumps up its tyres, how often, or that one is due; None for any other."""
    if src == "vi":
        return _doing(text) or _often(text) or _due(text)
    text = text.replace("’", "'")
    return _doing_vi(text) or _often_vi(text) or _due_vi(text)


def _job(m: re.Match, who_: str) -> dict[str, str] | None:
    """The forms of what is done in a match of _JOB, in English, for who (`who_`, English): "take my motorbike in for
    a service", "change the oil", "get my car washed"; None for a vehicle, whose or a word that does not go with it."""
    verb, veh, go = keyed(m["verb"]), keyed(m["veh"] or ""), bool(m["go"])
    if m["cho"] and not verb.startswith("thay") or m["for"] and (go or not verb.startswith(("mang", "đưa", "đem"))):
        return None
    if veh == "xe" and (m["owner"] or not verb.startswith("thay")):
        return None  # ("rửa xe": a car, or a motorbike? only the oil is said without either)
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else whose_own(m, who_)
    if veh and veh != "xe" and whose is None:
        return None  # ("Lan rửa xe máy": his, or hers?)
    if veh in _EACH and whose in ("our", "their"):
        return None  # ("Họ rửa xe máy hằng ngày.": their motorbike, or motorbikes?)
    if veh == "xe đạp" and (verb.startswith(("thay", "bơm")) or keyed(m["for"] or "") == "đăng kiểm"):
        return None  # (a bike's oil or inspection; its tyres are mt/cycling.py's)
    said = f"{whose} {VEHICLES[veh]}" if veh in VEHICLES else ""
    if m["for"]:
        if not said:
            return None  # ("Tôi mang đi bảo dưỡng.": what is taken in is not said)
        base, rest = "take", f"{said} in for {_FOR[keyed(m['for'])]}"
    elif verb.startswith("thay"):
        on = f" {'in' if said.endswith('car') else 'on'} {said}" if said else ""
        base, rest = ("get", f"the oil changed{on}") if go else ("change", f"the oil{on}")
    elif not said or verb.startswith(("mang", "đưa", "đem")):
        return None
    elif verb == "rửa":
        base, rest = ("get", f"{said} washed") if go else ("wash", said)
    elif verb == "bảo dưỡng":
        base, rest = ("get", f"{said} serviced") if go else (None, "")  # (no "đi": done oneself, or a garage?)
    else:
        base, rest = (None, "") if go else ("pump", f"up {said} tyres")
    if base is None:
        return None
    return {kind: f"{form} {rest}" for kind, form in zip(_KINDS, (base, *_VERBS[base]))}


def _when(m: re.Match) -> tuple[str, str] | None:
    """The day of a _DOING match in English with a space before it (" tomorrow"), and its kind ("ahead", "today",
    "behind"; "" for none); None where a day is said twice or with every day."""
    if m["day0"] and m["day"] or (m["day0"] or m["day"]) and m["every"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    return (f" {DAYS[day]}", NEAR_WAY[day]) if day else ("", "")


def _doing(text: str) -> str | None:
    """"Tôi vừa thay dầu xe máy." as "I've just changed the oil on my motorbike.", "Tôi mang xe máy đi bảo dưỡng." as
    "I'm taking my motorbike in for a service.", "Anh ấy rửa xe máy mỗi tuần." as "He washes his motorbike every
    week.", "Bạn đã thay dầu chưa?" as "Have you changed the oil yet?" (_DOING); None for anything else, for a pet,
    and where the tense is not read for sure ("Tôi rửa ô tô.")."""
    m = _DOING.fullmatch(text)
    if not m or animal(m) or (day := _when(m)) is None:
        return None
    aux, tail, (on, kind) = keyed(m["aux"] or ""), keyed(m["tail"] or ""), day
    asked = bool(m["asked"]) or tail == "chưa"
    if asked != ("?" in m["end"]) or m["asked"] and tail or (said := who(m, asked)) is None:
        return None
    who_, one = said
    if (job := _job(m, who_)) is None:
        return None
    has, every = "has" if one else "have", f" {_EVERY[keyed(m['every'])]}" if m["every"] else ""
    if m["asked"]:  # "có … không?"
        if aux in ("có phải", "có cần") and kind != "behind" and not every:
            return f"{'Does' if one else 'Do'} {who_} {'have' if aux == 'có phải' else 'need'} to {job['base']}{on}?"
        if who_ == "I" or aux != "có":
            return None  # (asked of oneself whether one did it)
        if every:
            return f"{'Does' if one else 'Do'} {who_} {job['base']}{every}?"
        return f"Did {who_} {job['base']}{on}?" if kind == "behind" else None
    if tail == "chưa":
        ok = aux in ("", "đã") and not kind and not every and who_ != "I"
        return f"{has.capitalize()} {who_} {job['part']} yet?" if ok else None
    if every:
        return capitalised(f"{who_} {job['s' if one else 'base']}{every}{stop(m['end'])}") if not (aux or tail) \
            else None
    if m["go"] and (tail == "rồi" or aux in ("vừa", "vừa mới", "mới") and who_ not in ("I", "we")):
        return None  # ("Anh ấy đi rửa xe máy rồi.", "Anh ấy vừa đi rửa xe máy.": gone to get it done, or done?)
    # going there, said plainly by the speaker, is now ("Tôi đi rửa xe máy."); of anyone else it is as often done
    # ("Mẹ tôi mang xe máy đi bảo dưỡng.": has taken it in) or bidden ("Bạn đi rửa xe máy.": go and get it washed;
    # "Chúng ta đi rửa ô tô.": let's)
    going = bool(m["go"] or m["verb"] in ("mang", "đưa", "đem")) and who_ in ("I", "we") and \
        keyed(m["who"] or "") != "chúng ta"
    said = _said(aux, tail, kind, who_, one, job, going)
    return said and capitalised(f"{said}{on}{stop(m['end'])}")


def _said(aux: str, tail: str, kind: str, who_: str, one: bool, job: dict[str, str], going: bool) -> str | None:
    """Who does it in English, said (no day, no end), by the Vietnamese word of tense `aux`, "rồi" or "đây" (`tail`),
    the day's kind and whether the speaker goes or takes it there (`going`); None where they do not tell the tense."""
    if tail == "đây":  # ("Tôi đi rửa xe máy đây.": about to)
        return _said("", "", "", who_, one, job, going) if going and not (aux or kind) else None
    if tail:  # "rồi": done already, today or with no day
        return contracted(who_, f"{'has' if one else 'have'} already {job['part']}") if aux in ("", "đã") and \
            not kind else f"{who_} {job['past']}" if aux == "đã" and kind == "today" else None
    if kind == "behind" or kind == "today" and aux == "đã":
        said = {"": job["past"], "đã": job["past"], "không": f"didn't {job['base']}"}.get(aux)
        return f"{who_} {said}" if said else None
    if aux == "sẽ":
        return contracted(who_, f"will {job['base']}")
    if aux in ("phải", "cần"):
        return f"{who_} {'has' if one else 'have'} to {job['base']}" if aux == "phải" else \
            f"{who_} {'needs' if one else 'need'} to {job['base']}"
    if job["base"].startswith("get ") and aux == "" and (going and not kind or kind == "ahead"):
        return contracted(who_, f"{be(who_)} going to {job['base']}")  # ("Tôi đi rửa xe máy.")
    if aux == "đang" and not kind or aux == "" and (kind == "ahead" or going and not kind):
        return contracted(who_, f"{be(who_)} {job['ing']}")
    if kind:
        return None
    said = {"đã": job["past"], "vừa": f"{'has' if one else 'have'} just {job['part']}",
            "vừa mới": f"{'has' if one else 'have'} just {job['part']}",
            "mới": f"{'has' if one else 'have'} just {job['part']}",
            "chưa": f"{'hasn' if one else 'haven'}'t {job['part']} yet"}.get(aux)
    return said and contracted(who_, said)


def _often(text: str) -> str | None:
    """"Bạn thay dầu bao lâu một lần?" and "Bao lâu bạn thay dầu một lần?" as "How often do you change the oil?",
    "Anh ấy đi rửa xe máy bao lâu một lần?" as "How often does he get his motorbike washed?" (_OFTEN); None for
    anything else, and asked of oneself."""
    m = next((m for p in _OFTEN if (m := p.fullmatch(text))), None)
    if not m or "?" not in m["end"] or animal(m) or (said := who(m, True)) is None or said[0] == "I":
        return None
    job = _job(m, said[0])
    return job and f"How often {'does' if said[1] else 'do'} {said[0]} {job['base']}?"


def _due(text: str) -> str | None:
    """"Ô tô của tôi phải đi đăng kiểm tháng sau." as "My car has to have its inspection next month.", "Xe máy của
    tôi đến hạn bảo dưỡng rồi." as "My motorbike is due for a service.", "Ô tô của bố tôi sắp đến hạn đăng kiểm." as
    "My father's car is due for its inspection soon." (_DUE); None for anything else."""
    m = _DUE.fullmatch(text)
    if not m or "?" in m["end"] or m["soon"] and (m["day"] or m["tail"] or not m["due"]) or m["tail"] and (
            m["day"] or not m["due"]):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
    if whose is None:
        return None
    if whose in ("our", "their") and keyed(m["veh"]) in _EACH:
        return None  # ("Xe máy của họ …": one, or more?)
    whose = whose if m["owner"] else f"{whose}'s"
    what, day = keyed(m["for"]), f" {_AHEAD[keyed(m['day'])]}" if m["day"] else ""
    vehicle = f"{whose} {VEHICLES[keyed(m['veh'])]}"
    if m["due"]:
        return capitalised(f"{vehicle} is due for {_FOR[what]}{' soon' * bool(m['soon'])}{day}{stop(m['end'])}")
    done = "go in for a service" if what == "bảo dưỡng" else "have its inspection"
    return capitalised(f"{vehicle} has to {done}{day}{stop(m['end'])}")


def _job_vi(base: str, rest: str, m: re.Match, who_: str, one: bool) -> str | None:
    """What is done, in Vietnamese, of an English verb's `base` and what follows it (`rest`), for who of `m` (a match
    of WHO_EN; `who_`, `one` as who_vi gives them): "mang xe máy đi bảo dưỡng", "thay dầu ô tô", "đi rửa xe máy của
    bạn"; None for what does not go with the verb, and for "his", "her" or "their" that is not who's own."""
    found = _REST_EN[base].fullmatch(rest)
    if not found:
        return None
    r = found.groupdict()
    veh = VEHICLES_VI[r["veh"].lower()] if r.get("veh") else ""
    if veh == "xe đạp" and (base == "take" and not r["service"] or base == "change") or r.get("on") and (
            r["on"] == "in") != (veh == "ô tô"):
        return None  # (a bike's inspection or oil; "the oil on my car", "in my motorbike")
    whose = (r.get("owner") or "").lower()
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if whose and whose not in ("the", own) and not (own is None and one and whose in ("his", "her")):
        if whose in ("his", "her", "their"):
            return None
        veh = f"{veh} của {WHOSE_VI[whose]}"
    if base == "take":
        return f"mang {veh} đi {'bảo dưỡng' if r['service'] else 'đăng kiểm'}"
    if base == "get":
        done = {"washed": "rửa", "serviced": "bảo dưỡng"}.get(r["done"] or "", "thay dầu")  # (or the oil changed)
        return f"đi {done} {veh}".rstrip()
    return {"change": f"thay dầu {veh}".rstrip(), "wash": f"rửa {veh}", "pump": f"bơm lốp {veh}"}[base]


def _doing_vi(text: str) -> str | None:
    """"I took my car in for a service yesterday." as "Hôm qua tôi mang ô tô đi bảo dưỡng.", "I've just changed the
    oil on my motorbike." as "Tôi vừa thay dầu xe máy.", "He washes his car every week." as "Anh ấy rửa ô tô mỗi
    tuần.", "I'm going to get my motorbike washed." as "Tôi sẽ đi rửa xe máy." (_DOING_EN); None for anything else,
    where a verb does not agree with who, for a pet, and where the tense is not read for sure ("I wash my car.")."""
    m = _DOING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    (base, kinds), (who_, one) = _FORMS_EN[m["verb"]], who_vi(m)
    if (said := _job_vi(base, m["rest"], m, who_, one)) is None:
        return None
    day = f"{DAYS_VI[m['day']]} " if m["day"] else ""
    kind = NEAR_WAY[DAYS_VI[m["day"]]] if m["day"] else ""
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    how, adv, every, yet = _HOW_EN.get(aux), m["adv"], m["every"], bool(m["yet"])
    if aux == "'s" and "ing" not in kinds:
        how = "has"  # ("She's washed her car."; "She's washing …" is "is")
    if how is None or not aux_agrees(m, aux, how, one) or every and (kind or adv or yet) or yet and (kind or adv):
        return None
    head, end, bare = capitalised(f"{day}{who_}"), stop(m["end"]), not (adv or every or yet)
    if m["q"]:
        return _asked_vi(m, how, said, kinds, head, kind, who_)
    if how == "be" and "ing" in kinds and kind != "behind" and bare:
        return f"{head} {'sẽ' if kind else 'đang'} {said}{end}"  # ("I'm washing my car tomorrow.": arranged)
    if how in _HOW_VI and "base" in kinds and kind != "behind" and bare:
        return f"{head} {_HOW_VI[how]} {said}{end}"
    if how == "plain" and every and ("s" in kinds) == one and ({"s", "base"} & kinds):
        return f"{head} {said} {_EVERY_VI[keyed(every)]}{end}"
    if how == "plain" and "past" in kinds and ("base" not in kinds or kind == "behind") and kind != "ahead" and bare:
        return f"{head} {'' if kind == 'behind' else 'đã '}{said}{end}"
    if how == "didn't" and "base" in kinds and kind == "behind" and bare:
        return f"{head} không {said}{end}"
    if how in ("has", "not yet") and "part" in kinds and not (kind or every):
        if how == "not yet":
            return f"{head} chưa {said}{end}" if not adv else None
        return None if yet else f"{head} vừa {said}{end}" if adv == "just" else f"{head} đã {said} rồi{end}"
    return None



def _asked_vi(m: re.Match, how: str, said: str, kinds: set[str], head: str, kind: str, who_: str) -> str | None:
    """A question of _DOING_EN in Vietnamese: "Do you have to take your car in for its inspection?" as "Bạn có phải
    mang ô tô đi đăng kiểm không?", "Did you wash your car yesterday?" as "Hôm qua bạn có rửa ô tô không?", "Have you
    changed the oil yet?" as "Bạn đã thay dầu chưa?", "Does she wash her car every week?" as "Cô ấy có rửa ô tô mỗi
    tuần không?"; None for anything else, and asked of oneself but "Do I have to"."""
    q, every = m["q"].lower(), f" {_EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    if m["adv"] or who_ == "tôi" and how != "must" or how not in ("plain", "must", "need") or how != "plain" and (
            m["aux"].split()[0].lower() not in ("have", "need") or every or kind == "behind"):
        return None  # ("Does she has to …?", "Do you needs to …?")
    if m["yet"] and q not in ("have", "has"):
        return None
    if q in ("do", "does") and how != "plain" and "base" in kinds:
        return f"{head} có {'phải' if how == 'must' else 'cần'} {said} không?"
    if how != "plain":
        return None
    if q in ("do", "does") and every and "base" in kinds:
        return f"{head} có {said}{every} không?"
    if q == "did" and "base" in kinds and kind in ("behind", "today"):
        return f"{head} có {said} không?"
    if q in ("have", "has") and "part" in kinds and not (kind or m["every"]):
        return f"{head} đã {said} chưa?"
    return None


def _often_vi(text: str) -> str | None:
    """"How often do you change the oil?" as "Bạn thay dầu bao lâu một lần?", "How often does he take his car in
    for a service?" as "Anh ấy mang ô tô đi bảo dưỡng bao lâu một lần?" (_OFTEN_EN); None for anything else, where
    "do" does not agree with who, and asked of oneself."""
    m = _OFTEN_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if (m["q"] == "does") != one or who_ == "tôi" or (said := _job_vi(m["verb"], m["rest"], m, who_, one)) is None:
        return None
    return capitalised(f"{who_} {said} bao lâu một lần?")


def _due_vi(text: str) -> str | None:
    """"My car has to have its inspection next month." as "Ô tô của tôi phải đi đăng kiểm vào tháng sau.", "My
    motorbike is due for a service." as "Xe máy của tôi đến hạn bảo dưỡng rồi.", "My father's car is due for its
    inspection soon." as "Ô tô của bố tôi sắp đến hạn đăng kiểm." (_DUE_EN); None for anything else."""
    m = _DUE_EN.fullmatch(text)
    if not m or m["must"] and m["soon"]:
        return None
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    if whose is None:
        return None
    vehicle, what = f"{VEHICLES_VI[m['veh'].lower()]} của {whose}", "bảo dưỡng" if m["service"] else "đăng kiểm"
    day = f" vào {_AHEAD_VI[m['day']]}" if m["day"] else ""
    if m["must"]:
        return capitalised(f"{vehicle} phải đi {what}{day}{stop(m['end'])}")
    if m["soon"]:
        return capitalised(f"{vehicle} sắp đến hạn {what}{stop(m['end'])}")
    return capitalised(f"{vehicle} đến hạn {what}{day or ' rồi'}{stop(m['end'])}")
