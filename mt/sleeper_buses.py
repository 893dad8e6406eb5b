"""Long-distance buses, both ways, written whole by rule: who takes a sleeper bus, a coach or the night bus to a city,
who is scared of, likes or hates taking them, what one has on board (blankets, a toilet, wifi), the upper or lower
bunk wanted, and the bus stopping for a break. v8 (the rules on) reads "giường nằm" as going to bed, "xe khách" as a
visitor and "coach" as a trainer: "Tôi đi xe giường nằm ra Hà Nội." → "I walked the bed to Hanoi.", "Tối nay tôi đi
xe khách đêm vào Sài Gòn." → "Tonight, I went to the night's car.", "Tôi sợ đi xe khách đêm." → "I'm afraid to go to
the night's car.", "Xe giường nằm có chăn không?" → "Does the bed be wrinkled?", "Tôi muốn nằm giường dưới." → "I'd
like a bed under.", "Xe khách có dừng nghỉ không?" → "Do the visit stop?"; "I took a sleeper bus to Hanoi." → "Tôi
phải mất một chiếc xe buýt nhà ngủ đến Hà Nội.", "I'm scared of taking the night coach." → "Tôi sợ huấn luyện viên
đêm.", "Does the sleeper bus have blankets?" → "Xe buýt có giấc ngủ không?", "Does the coach have a toilet?" →
"Huấn luyện viên có đi vệ sinh không?", "I want a lower bunk." → "Tôi muốn một chiếc bánh nhỏ hơn.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) taking a bus of _BUSES ("xe giường nằm", "xe khách", "xe khách đêm";
"xe đêm" only so) "ra", "vào", "lên", "xuống", "đến", "tới" ("to") or "về" ("back to") a city of _CITIES, or going
to one "bằng" one: now or planned (no word of tense, "đang"), "sẽ", "sắp", "định", "đã", on a near day (mt.dates),
asked with "có … không?" where a day says the tense, "sẽ … không?", "có định … không?"; who is scared of ("sợ"),
likes or hates taking them, said, denied, asked; a bus (or "this" one) that has or doesn't have things of _THINGS
(blankets, a toilet, wifi), said, denied, asked; who wants ("muốn (nằm)") the upper or lower bunk, said, denied,
asked, which of the two, and any left ("Còn giường dưới không?"); a bus that stops for a break ("dừng (lại) nghỉ",
for so many minutes): asked, where, denied, "sẽ", "đang", "đã", "rồi". Left: a ticket for one ("vé
xe giường nằm": mt/tickets.py), a coach in a crash (mt/collisions.py), times it leaves (mt/timetables.py),
carsickness on one (mt/travel_sickness.py), how long the ride takes (mt/journeys.py); "Tôi không đi xe khách ra Hà
Nội." (didn't, or isn't?), "có … không?" with no day ("Do you", or "Are you"?), "Hôm nay …" with no "đã" or "sẽ"
(done, or planned?), "sợ đi xe đêm" (of the night bus, or of riding at night?), "night bus" in English save to a city
(a city's night bus is "xe buýt đêm"), a plain "coach" stopping or with blankets (a trainer?), a bus stopping with
no word of tense, or so many minutes with "rồi" (stopped so long now?), "về quê" (whose home town?), a city not in
_CITIES, "anh", "chị", "em" alone saying it, "I" asked (both ways), a statement ending in "thế", "vậy"
(mt.text.STRESSED_SAID), "a" or "an" that does not agree ("a upper bunk", "a 8-minute break"), and anything else.
mt.phrasebook.translate tries these after mt/shows.py.

    >>> translate("Tôi đi xe giường nằm ra Hà Nội.", "vi", "en"), translate("I hate taking coaches.", "en", "vi")
    ("I'm taking a sleeper bus to Hanoi.", 'Tôi ghét đi xe khách.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, be_agrees, person_of
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .postgrad import asks
from .rule_keys import key_checked
from .text import ASKED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present

_KEYS = {"vi": lazy(r"(?i:giường\s+nằm|xe\s+khách|xe\s+đêm|giường\s+trên|giường\s+dưới)"),
         "en": lazy(r"(?i:sleeper|coach|night\s+bus|bunk|berth|long-distance)")}
# the buses (a kind each; "xe đêm" is taken only to a city: "sợ đi xe đêm" may be riding at night)
_BUSES = {"xe giường nằm": "sleeper", "xe khách giường nằm": "sleeper", "xe khách": "coach", "xe khách đêm": "night",
          "xe đêm": "night"}
_KINDS = {"sleeper": ("a sleeper bus", "sleeper buses", "the sleeper bus", "xe giường nằm"),
          "coach": ("a coach", "coaches", "the coach", "xe khách"),
          "night": ("the night bus", "the night bus", "the night bus", "xe khách đêm")}
# ... in English, one and many ("night bus" alone is a city's too: taken only to a city)
_BUSES_EN = {"sleeper bus": "sleeper", "sleeper coach": "sleeper", "coach": "coach", "long-distance bus": "coach",
             "night coach": "night", "night bus": "night"}
_MANY_EN = {"sleeper buses": "sleeper", "sleeper coaches": "sleeper", "coaches": "coach",
            "long-distance buses": "coach", "night coaches": "night"}
_CITIES = {"Hà Nội": "Hanoi", "Sài Gòn": "Saigon", "Thành phố Hồ Chí Minh": "Ho Chi Minh City", "Đà Nẵng": "Da Nang",
           "Đà Lạt": "Da Lat", "Nha Trang": "Nha Trang", "Huế": "Hue", "Hải Phòng": "Hai Phong", "Sa Pa": "Sa Pa",
           "Hội An": "Hoi An", "Vinh": "Vinh", "Quy Nhơn": "Quy Nhon", "Cần Thơ": "Can Tho", "Vũng Tàu": "Vung Tau",
           "Hà Giang": "Ha Giang", "Mũi Né": "Mui Ne", "Phan Thiết": "Phan Thiet", "Ninh Bình": "Ninh Binh",
           "Hạ Long": "Ha Long", "Lào Cai": "Lao Cai", "Buôn Ma Thuột": "Buon Ma Thuot"}
_CITIES_VI = {en: vi for vi, en in reversed(_CITIES.items())} | {"Dalat": "Đà Lạt", "Sapa": "Sa Pa",
                                                                "Haiphong": "Hải Phòng", "Halong": "Hạ Long"}
# things on board
_THINGS = {"chăn": "blankets", "mền": "blankets", "gối": "pillows", "nhà vệ sinh": "a toilet", "toilet": "a toilet",
           "wifi": "wifi", "wi-fi": "wifi", "điều hòa": "air conditioning", "máy lạnh": "air conditioning",
           "nước uống": "drinking water"}
_THINGS_VI = {"blankets": "chăn", "pillows": "gối", "a toilet": "nhà vệ sinh", "toilets": "nhà vệ sinh",
              "wifi": "wifi", "wi-fi": "wifi", "air conditioning": "điều hòa", "air-con": "điều hòa",
              "drinking water": "nước uống"}
_BERTHS = {"trên": "upper", "dưới": "lower"}
_BERTHS_VI = {"upper": "trên", "top": "trên", "lower": "dưới", "bottom": "dưới"}
# the near days a ride is said on; "hôm nay", "sáng nay" only with "đã" or "sẽ" (done, or planned?)
_DAYS = near_days("hôm qua", "tối qua", "đêm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái", "sáng nay",
                  "hôm nay", "tối nay", "đêm nay", "ngày mai", "tối mai", "ngày kia", "tuần sau", "tuần tới",
                  "tháng sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_TONIGHT = {"tối nay", "đêm nay"}
_MINUTES = {vi_word(n): n for n in range(1, 61)}
_MINUTES_EN = {en_word(n): n for n in range(1, 61)}

_BUS = rf"(?P<bus>(?i:{alternatives(_BUSES)}))"
_CITY = rf"(?P<city>{alternatives(_CITIES)})"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_BUS_G = rf"(?P<bus>(?i:{alternatives(k for k in _BUSES if k != 'xe đêm')}))"  # ("xe đêm" only to a city)
# taking one to a city ("Tôi đi xe giường nằm ra Hà Nội.", "Lan đi Đà Nẵng bằng xe khách.")
_TAKE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>đã|sẽ|sắp|đang|định)\s+)?đi\s+"
             rf"(?:{_BUS}\s+(?P<dir>ra|vào|lên|xuống|đến|tới|về)\s+{_CITY}|"
             rf"(?:(?P<dir2>ra|vào|lên|xuống|về)\s+)?(?P<city2>{alternatives(_CITIES)})\s+bằng\s+"
             rf"(?P<bus2>(?i:{alternatives(_BUSES)})))(?:\s+(?P<day1>{_DAY}))?{ASKED_END}")
# scared of, liking or hating them ("Tôi sợ đi xe khách đêm.", "Bạn có thích đi xe giường nằm không?")
_FEEL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<feel>sợ|thích|ghét)\s+đi\s+{_BUS_G}{ASKED_END}")
_THE_BUS = rf"{_BUS_G}(?P<this>\s+này)?"
_THING = alternatives(_THINGS)
# what one has ("Xe giường nằm có chăn không?", "Xe khách không có nhà vệ sinh.")
_HAS = lazy(rf"{_THE_BUS}\s+(?:(?P<not>không)\s+)?có\s+(?P<things>(?i:{_THING})"
            rf"(?:\s+và\s+(?i:{_THING}))?){ASKED_END}")
# the bunk wanted ("Tôi muốn nằm giường dưới.", "Bạn muốn giường trên hay giường dưới?", "Còn giường dưới không?")
_WANT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?muốn\s+(?:nằm\s+)?giường\s+(?P<berth>trên|dưới)"
             rf"{ASKED_END}")
_WHICH = lazy(rf"{WHO}\s+muốn\s+(?:nằm\s+)?giường\s+(?P<first>trên|dưới)\s+hay\s+(?:giường\s+)?(?P<second>trên|dưới)"
              r"\s*\?+")
_LEFT = lazy(r"(?:[Cc]òn|[Vv]ẫn\s+còn)\s+giường\s+(?P<berth>trên|dưới)\s+(?:nào\s+)?không\s*\?+")
# stopping for a break ("Xe khách có dừng nghỉ không?", "Xe giường nằm sẽ dừng nghỉ 20 phút.")
_STOP = lazy(rf"{_THE_BUS}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<tense>sẽ\s+không|sẽ|đang|đã)\s+)?dừng\s+"
             rf"(?:lại\s+)?nghỉ(?:\s+(?P<n>\d{{1,2}}|(?i:{alternatives(_MINUTES)}))\s+phút)?"
             rf"(?:\s+(?P<q>ở\s+đâu))?(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... in English
_BE_AUX = r"\s+am|\s+is|\s+are|['’]m|['’]re|['’]s|\s+will|['’]ll"
_TAKE_EN = lazy(rf"(?:(?P<q>Are|Is|Did|Will)\s+)?{WHO_EN}(?P<aux>{_BE_AUX})?(?:\s+(?P<adv>about|planning|going)\s+to)?"
                rf"\s+(?:(?P<verb>taking|take|took)\s+(?P<art>an?|the)\s+(?P<bus>{alternatives(_BUSES_EN)})\s+"
                rf"(?P<back>back\s+)?to\s+(?P<city>{alternatives(_CITIES_VI)})|(?P<verb2>going|go|went)\s+"
                rf"(?P<back2>back\s+)?to\s+(?P<city2>{alternatives(_CITIES_VI)})\s+by\s+"
                rf"(?P<bus2>{alternatives(_BUSES_EN)}))(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
                r"\s*(?P<end>[.!?]*)")
_ONE_EN = alternatives(k for k in _BUSES_EN if k != "night bus")
# (a "coach" stopping, or having blankets or water, may be a trainer: only a bus's own names)
_STOPPING_EN = alternatives(k for k in _BUSES_EN if k not in ("night bus", "coach"))
_A_PERSON_HAS = {"blankets", "pillows", "drinking water"}
_FEEL_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Do|Does)\s+)?{WHO_EN}(?P<aux>{_BE_AUX}|\s+(?:do|does)|\s+(?:don|doesn|isn|aren)"
                r"['’]t)?(?P<not>\s+not)?\s+(?:(?P<scared>scared|afraid|frightened)\s+of|(?P<verb>like|likes|hate|"
                rf"hates))\s+(?:taking\s+(?P<many>{alternatives(_MANY_EN)}|the\s+night\s+coach)|"
                rf"travell?ing\s+by\s+(?P<one>{_ONE_EN}))\s*(?P<end>[.!?]*)")
_THING_EN = rf"(?i:{alternatives(_THINGS_VI)})"
_HAS_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<det>[Tt]he|[Tt]his)\s+(?P<bus>{_ONE_EN})\s+"
               rf"(?P<verb>has|have|doesn['’]t\s+have|does\s+not\s+have)\s+(?P<any>any\s+)?"
               rf"(?P<things>{_THING_EN}(?:\s+and\s+{_THING_EN})?)\s*(?P<end>[.!?]*)")
_BUNK_EN = r"(?P<berth>upper|lower|top|bottom)\s+(?:bunk|berth)"
_WANT_EN = lazy(rf"(?:(?P<q>Do|Does|Would)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|['’]d|"
                rf"\s+would)?\s+(?P<verb>want|wants|like)\s+(?P<art>an?|the)\s+{_BUNK_EN}\s*(?P<end>[.!?]*)")
_WHICH_EN = lazy(r"(?:Do\s+you\s+want|Would\s+you\s+like)\s+(?P<art>an?|the)\s+(?P<first>upper|lower|top|bottom)"
                 r"(?:\s+(?:bunk|berth))?\s+or\s+(?P<art2>an?|the)\s+(?P<second>upper|lower|top|bottom)\s+"
                 r"(?:bunk|berth)\s*\?+")
_LEFT_EN = lazy(r"Are\s+there\s+any\s+(?P<berth>upper|lower|top|bottom)\s+(?:bunks|berths)\s+left\s*\?+")
_STOP_EN = lazy(rf"(?:(?P<wh>Where)\s+)?(?:(?P<q>Does|does|Will|will)\s+)?(?P<det>[Tt]he|[Tt]his)\s+"
                rf"(?P<bus>{_STOPPING_EN})"
                r"(?P<aux>\s+will|\s+is|['’]s|\s+does\s+not|\s+will\s+not|\s+(?:doesn|won)['’]t)?"
                rf"\s+(?P<verb>stops|stop|stopped|stopping)\s+for\s+(?P<art>an?)\s+(?:(?P<n>\d{{1,2}}|"
                rf"{alternatives(_MINUTES_EN)})-minute\s+)?(?:break|rest)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who takes a sleeper bus, a coach or the night bus to a city, fears or likes
    them, what one has on board, the bunk wanted, or a bus stopping for a break; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy.": so, then; they say more than English would)
        return None if STRESSED_SAID.search(text) else _take(text) or _feel(text) or _has(text) or _bunk(text) or \
            _stop(text)
    text = text.replace("’", "'")
    return _take_vi(text) or _feel_vi(text) or _has_vi(text) or _bunk_vi(text) or _stop_vi(text)


def _take(text: str) -> str | None:
    """"Hôm qua mẹ tôi đi xe khách lên Đà Lạt." as "My mother took a coach to Da Lat yesterday." (_TAKE); None for
    anything else, and where the tense is not surely read (_form)."""
    m = _TAKE.fullmatch(text)
    if not m or m["day0"] and m["day1"] or (asked := asks(m)) is None or bool(m["ask"]) and not asked:
        return None
    day, tense = keyed(m["day0"] or m["day1"] or ""), m["tense"] or ""
    if asked and not (m["ask"] and tense in ("", "định") or tense == "sẽ" and not m["ask"]):
        return None
    if (said := person_of(m, asked)) is None or (form := _form(tense, day, asked)) is None:
        return None
    who_ = said[0]
    bus = _KINDS[_BUSES[keyed(m["bus"] or m["bus2"])]][0]
    back = "back " if (m["dir"] or m["dir2"]) == "về" else ""
    city = _CITIES[" ".join((m["city"] or m["city2"]).split())]
    rest = f"{bus} {back}to {city}{' ' * bool(day)}{_DAYS.get(day, '')}"
    if form == "past":
        return f"Did {who_} take {rest}?" if asked else capitalised(f"{who_} took {rest}{m['end'] or '.'}")
    if form == "will":
        return f"Will {who_} take {rest}?" if asked else capitalised(contracted(who_, f"will take {rest}")) + (
            m["end"] or ".")
    doing = {"going": "taking", "about": "about to take", "plan": "planning to take"}[form]
    if asked:
        return f"{be(who_).capitalize()} {who_} {doing} {rest}?"
    return capitalised(contracted(who_, f"{be(who_)} {doing} {rest}")) + (m["end"] or ".")


def _form(tense: str, day: str, asked: bool) -> str | None:
    """The English form of a ride of _TAKE, by its word of tense and its day: "past" (took), "will", "going" (is
    taking), "about" (is about to take), "plan" (is planning to take); None where the two disagree ("Hôm qua tôi sẽ
    …"), or where neither says it surely (asked with no day, "Hôm nay tôi đi …": done, or planned?)."""
    way = "ahead" if day in _TONIGHT else NEAR_WAY[day] if day else ""
    if tense == "đã":
        return "past" if way in ("", "behind", "today") and not asked else None
    if tense in ("sẽ", "định"):
        return None if way in ("behind",) else "will" if tense == "sẽ" else "plan"
    if tense in ("sắp", "đang"):
        return None if day or asked else "about" if tense == "sắp" else "going"
    if way == "behind":
        return "past"
    return "going" if way == "ahead" or not (way or asked) else None


def _feel(text: str) -> str | None:
    """"Bạn có sợ đi xe khách không?" as "Are you scared of taking coaches?" (_FEEL); None for anything else."""
    m = _FEEL.fullmatch(text)
    if not m or (asked := asks(m)) is None or bool(m["ask"]) != asked or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    buses = _KINDS[_BUSES[keyed(m["bus"])]][1]
    if m["feel"] == "sợ":
        if asked:
            return f"{be(who_).capitalize()} {who_} scared of taking {buses}?"
        scared = f"{be(who_)} not scared" if m["not"] else f"{be(who_)} scared"
        return capitalised(contracted(who_, f"{scared} of taking {buses}")) + (m["end"] or ".")
    verb = "like" if m["feel"] == "thích" else "hate"
    return present(who_, one, verb, f"taking {buses}", asked, bool(m["not"]), m["end"])


def _the_bus(m: re.Match) -> str:
    """The bus of a match of _THE_BUS in English: "the sleeper bus", "this coach"."""
    the = _KINDS[_BUSES[keyed(m["bus"])]][2]
    return the.replace("the ", "this ", 1) if m["this"] else the


def _has(text: str) -> str | None:
    """"Xe giường nằm có chăn không?" as "Does the sleeper bus have blankets?", "Xe khách đêm không có nhà vệ sinh."
    as "The night bus doesn't have a toilet." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or (asked := asks(m)) is None or asked and m["not"]:
        return None
    things = [_THINGS[keyed(t)] for t in re.split(r"\s+và\s+", m["things"])]
    bus = _the_bus(m)
    listed = (" or " if m["not"] else " and ").join(things)  # ("doesn't have blankets or pillows")
    if asked:
        return f"Does {bus} have {listed}?"
    has = "doesn't have" if m["not"] else "has"
    return capitalised(f"{bus} {has} {listed}") + (m["end"] or ".")


def _bunk(text: str) -> str | None:
    """"Bạn muốn giường trên hay giường dưới?" as "Do you want an upper or a lower bunk?" (_WANT, _WHICH, _LEFT); None
    for anything else."""
    if m := _LEFT.fullmatch(text):
        return f"Are there any {_BERTHS[m['berth']]} bunks left?"
    if m := _WHICH.fullmatch(text):
        said = person_of(m, True)
        if said is None or m["first"] == m["second"]:
            return None
        one, two = _BERTHS[m["first"]], _BERTHS[m["second"]]
        return f"{'Does' if said[1] else 'Do'} {said[0]} want {a_or_an(one)} {one} or {a_or_an(two)} {two} bunk?"
    m = _WANT.fullmatch(text)
    if not m or (asked := asks(m)) is None or bool(m["ask"]) != asked or (said := person_of(m, asked)) is None:
        return None
    berth = _BERTHS[m["berth"]]
    return present(*said, "want", f"{a_or_an(berth)} {berth} bunk", asked, bool(m["not"]), m["end"])


def _minutes(n: str | None, lang: str) -> str:
    """A break of `n` minutes (digits, or Vietnamese or English words) in the other language, a space after it: "20
    phút" as "20-minute ", "mười lăm" as "fifteen-minute ", "twenty" as "hai mươi phút "; "" for none."""
    if not n:
        return ""
    if lang == "vi":
        return f"{n if n.isdigit() else en_word(_MINUTES[keyed(n)])}-minute "
    return f"{n if n.isdigit() else vi_word(_MINUTES_EN[n.lower()])} phút"


def _stop(text: str) -> str | None:
    """"Xe khách có dừng nghỉ không?" as "Does the coach stop for a break?", "Xe giường nằm sẽ dừng nghỉ 20 phút." as
    "The sleeper bus will stop for a 20-minute break.", "Xe khách dừng nghỉ ở đâu?" as "Where does the coach stop
    for a break?" (_STOP); None for anything else, a stop with no word of tense ("Xe khách dừng nghỉ."), and so many
    minutes with "rồi" ("dừng nghỉ 15 phút rồi": stopped for 15 minutes now?)."""
    m = _STOP.fullmatch(text)
    asked = asks(m) if m and not m["q"] else False
    if not m or asked is None or m["q"] and m["asked"]:
        return None
    bus, tense, done = _the_bus(m), m["tense"] or "", bool(m["done"])
    mins = _minutes(m["n"], "vi")
    brk = f"for {a_or_an(mins.strip() or 'break')} {mins}break"
    if m["q"]:
        if "?" not in m["end"] or m["ask"] or m["not"] or mins or done or tense not in ("", "sẽ"):
            return None
        verb = "will" if tense else "does"
        return f"Where {verb} {bus} stop for a break?"
    if asked:
        if not (m["ask"] or tense == "sẽ") or done or m["not"]:
            return None
        return f"{'Will' if tense else 'Does'} {bus} stop {brk}?"
    if m["ask"] or done and (tense not in ("", "đã") or mins) or m["not"] and (mins or done):
        return None
    if done:
        said = "has stopped for a break"
    elif m["not"]:
        said = "doesn't stop for a break"
    else:
        said = {"sẽ": f"will stop {brk}", "sẽ không": "won't stop for a break", "đang": f"is stopping {brk}",
                "đã": f"stopped {brk}"}.get(tense)
        if said is None or tense in ("sẽ không", "đang") and mins:
            return None
    return capitalised(f"{bus} {said}") + (m["end"] or ".")


def _take_vi(text: str) -> str | None:
    """"My mother took a coach to Da Lat yesterday." as "Hôm qua mẹ tôi đi Đà Lạt bằng xe khách." (_TAKE_EN); None
    for anything else, where a verb does not agree with who, and where the day and the tense disagree ("I took …
    tomorrow")."""
    m = _TAKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or not (
            said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    q, aux, adv = (m["q"] or "").lower(), keyed(m["aux"] or ""), m["adv"] or ""
    verb = m["verb"] or m["verb2"]
    bus_said = keyed(m["bus"] or m["bus2"])
    if m["bus"] and not _article(m["art"], bus_said):
        return None  # ("a coach", "an coach")
    first = q or aux
    if first in ("will", "'ll"):
        form, ok = "will", verb in ("take", "go") and not adv
    elif first == "did":
        form, ok = "past", verb in ("take", "go") and not adv
    elif first:
        form = {"": "going", "about": "about", "planning": "plan", "going": "will"}[adv]
        ok = be_agrees(m, first) and verb in (("take", "go") if adv else ("taking", "going"))
    else:
        form, ok = "past", verb in ("took", "went") and not adv
    day = keyed(m["day"] or "")
    vi_day = _DAYS_VI.get(day, "")
    way = "ahead" if vi_day in _TONIGHT else NEAR_WAY[vi_day] if vi_day else ""
    if not ok or way == "behind" and form != "past" or way == "ahead" and form == "past" or form == "about" and (
            day or q) or q == "did" and not day:
        return None
    tense = {"past": "đã " * (way != "behind"), "will": "sẽ ", "going": "", "about": "sắp ", "plan": "định "}[form]
    city = _CITIES_VI[" ".join((m["city"] or m["city2"]).split())]
    go = "về" if m["back"] or m["back2"] else "đi"
    bus = _KINDS[_BUSES_EN[bus_said]][3]
    opening = f"{vi_day} " if vi_day else ""
    if q:
        tense = "định " if form == "plan" else ""
        return capitalised(f"{opening}{who_} có {tense}{go} {city} bằng {bus} không?")
    return capitalised(f"{opening}{who_} {tense}{go} {city} bằng {bus}") + (m["end"] or ".")


def _feel_vi(text: str) -> str | None:
    """"I'm scared of taking the night coach." as "Tôi sợ đi xe khách đêm.", "My mother doesn't like taking sleeper
    buses." as "Mẹ tôi không thích đi xe giường nằm.", "Do you like travelling by coach?" as "Bạn có thích đi xe
    khách không?" (_FEEL_EN); None for anything else, and where a verb does not agree with who."""
    m = _FEEL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] or m["not"]) or not (
            said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    aux = keyed((m["q"] or "") + (m["aux"] or ""))
    not_ = bool(m["not"]) or aux.endswith("n't")
    if m["scared"]:
        if not aux or aux.startswith(("do", "don")) or not be_agrees(m, aux.replace("n't", "")):
            return None
        feel = "sợ"
    else:
        do = aux.replace("n't", "")  # ("Do you", "I don't", "She does not")
        if do not in ("", "do", "does") or do and (do == "does") != one or m["verb"].endswith("s") != (
                one and not do) or bool(do) != bool(m["q"] or not_) or m["q"] and not_:
            return None
        feel = "thích" if m["verb"].startswith("like") else "ghét"
    said = (m["many"] or m["one"]).lower()
    bus = _KINDS["night" if said == "the night coach" else _MANY_EN.get(said) or _BUSES_EN[said]][3]
    if m["q"]:
        return capitalised(f"{who_} có {feel} đi {bus} không?")
    return capitalised(f"{who_} {'không ' * not_}{feel} đi {bus}") + (m["end"] or ".")


def _has_vi(text: str) -> str | None:
    """"Does the sleeper bus have blankets?" as "Xe giường nằm có chăn không?", "The night coach doesn't have a
    toilet." as "Xe khách đêm không có nhà vệ sinh." (_HAS_EN); None for anything else, where a verb or "any" does
    not agree, and a plain "coach" with blankets, pillows or water (a trainer?)."""
    m = _HAS_EN.fullmatch(text)
    verb = keyed(m["verb"]) if m else ""
    neg = verb not in ("has", "have")
    if not m or bool(m["q"]) != ("?" in m["end"]) or (verb == "have") != bool(m["q"]) or m["any"] and not (
            m["q"] or neg):
        return None
    said = [keyed(p) for p in re.split(r"\s+and\s+", m["things"])]
    if m["any"] and "a toilet" in said or keyed(m["bus"]) == "coach" and _A_PERSON_HAS & set(said):
        return None  # ("any a toilet"; a coach, a trainer, with blankets)
    bus = _KINDS[_BUSES_EN[keyed(m["bus"])]][3] + (" này" if m["det"].lower() == "this" else "")
    listed = " và ".join(_THINGS_VI[p] for p in said)
    if m["q"]:
        return capitalised(f"{bus} có {listed} không?")
    return capitalised(f"{bus} {'không ' * neg}có {listed}") + (m["end"] or ".")


def _bunk_vi(text: str) -> str | None:
    """"Would you like an upper berth?" as "Bạn có muốn nằm giường trên không?" (_WANT_EN, _WHICH_EN, _LEFT_EN); None
    for anything else, and "a" or a verb that does not agree."""
    if m := _LEFT_EN.fullmatch(text):
        return f"Còn giường {_BERTHS_VI[m['berth']]} không?"
    if m := _WHICH_EN.fullmatch(text):
        first, second = _BERTHS_VI[m["first"]], _BERTHS_VI[m["second"]]
        if first == second or not _article(m["art"], m["first"]) or not _article(m["art2"], m["second"]):
            return None
        return f"Bạn muốn nằm giường {first} hay giường {second}?"
    m = _WANT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or not _article(m["art"], m["berth"]) or \
            not (said := person_of(m, bool(m["q"]), "en")):
        return None
    who_, one = said
    q, aux, verb = (m["q"] or "").lower(), keyed(m["aux"] or ""), m["verb"]
    would = q == "would" or aux in ("'d", "would")
    do = (q or aux).split(" ")[0].replace("n't", "")  # ("Do", "doesn't", "does not": who agreeing)
    if would != (verb == "like") or not would and ((do or verb) in ("does", "wants")) != one or do and verb == "wants":
        return None
    berth, not_ = _BERTHS_VI[m["berth"]], "not" in aux or aux.endswith("'t")
    if q:
        return capitalised(f"{who_} có muốn nằm giường {berth} không?")
    return capitalised(f"{who_} {'không ' * not_}muốn nằm giường {berth}") + (m["end"] or ".")


def _article(art: str, word: str) -> bool:
    """Whether "a", "an" or "the" agrees with the word after it ("an upper", "a lower", not "a upper")."""
    return art.lower() == "the" or art.lower() == a_or_an(word)


def _stop_vi(text: str) -> str | None:
    """"Does the coach stop for a break?" as "Xe khách có dừng nghỉ không?", "The sleeper bus will stop for a
    20-minute break." as "Xe giường nằm sẽ dừng nghỉ 20 phút.", "Where does the coach stop for a break?" as "Xe khách
    dừng nghỉ ở đâu?" (_STOP_EN); None for anything else, "stops" said (a habit, or the next one?), and "a" or "an"
    that does not agree ("a 8-minute break")."""
    m = _STOP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["art"] != a_or_an(m["n"] or "break"):
        return None
    bus = _KINDS[_BUSES_EN[keyed(m["bus"])]][3] + (" này" if m["det"].lower() == "this" else "")
    q, aux, verb = (m["q"] or "").lower(), keyed(m["aux"] or "").replace("'s", "is"), m["verb"]
    mins = _minutes(m["n"], "en")
    n = " " + mins if mins else ""
    if m["wh"]:
        if not q or q[0] != m["q"][0] or verb != "stop" or mins or aux:
            return None
        tense = "sẽ " if q == "will" else ""
        return capitalised(f"{bus} {tense}dừng nghỉ ở đâu?")
    if q:
        ok = q[0] != m["q"][0] and verb == "stop" and not aux  # ("Does the …", not "does the …")
        return capitalised(f"{bus} có dừng nghỉ{n} không?") if ok else None
    if aux in ("does not", "doesn't", "will not", "won't"):  # (not for so many minutes: for fewer, or none?)
        said = None if mins or verb != "stop" else f"{'sẽ ' * aux.startswith('w')}không dừng nghỉ"
    else:
        said = {("will", "stop"): f"sẽ dừng nghỉ{n}", ("is", "stopping"): "đang dừng nghỉ" * (not mins),
                ("", "stopped"): f"đã dừng nghỉ{n}"}.get((aux, verb))
    return capitalised(f"{bus} {said}") + (m["end"] or ".") if said else None
