"""Roadworks, both ways, written whole by rule: a road being repaired or dug up, closed for roadworks, a detour taken,
a road dusty or muddy from the works, how long the works go on and when they end. v8 (rules on) reads "đường" as a
line, "sửa" as editing, "thi công" as the public, "đường vòng" as going round, and "detour" as an apology: "Đường
trước nhà tôi đang sửa." → "The road before my house is fixing.", "Họ đang đào đường." → "They are training.", "Đường
này bị cấm vì đang thi công." → "This line is banned because of the public.", "Tôi phải đi đường vòng." → "I have to
go round.", "Ngoài đường bụi quá." → "In addition to dust roads.", "Đường này sửa mấy tháng rồi." → "This line
repairs several months.", "Bao giờ sửa đường xong?" → "Never fix the finished line?"; "They're digging up the road."
→ "Họ đang lén lén lén lên đường.", "The road has been dug up again." → "Con đường này đã được duỗi trở lại.", "I had
to take a detour." → "Tôi phải đi xin lỗi." (apologise), "The road is muddy because of the roadworks." → "Con đường
này bùn nổ vì những công việc đường sá.".

Taken: a road of ROADS ("đường này", "đường ra chợ"; "đường trước nhà tôi"; "đường" alone only in these shapes) being
repaired (still, asked) or dug up ("đang", "vừa", "lại … rồi"), roadworks on it ("đang thi công"), closed for
roadworks or repairs ("bị cấm vì đang thi công") or blocked ("bị chặn rồi"), dusty or muddy (so, very, because of the
works, asked), under repair for a span or how long ("sửa mấy tháng rồi", "bao lâu rồi?"), the repairs finished, not
yet or asked ("sửa xong chưa?"); "họ", "người ta" repairing or digging up a road (now, again, done, asked); when the
works will end ("Bao giờ sửa đường xong?"); who (mt.hobbies.WHO, WHO_EN) has to take a detour: "phải" with no word of
tense read as now ("have to"), "đã" or a day behind as "had to", "sẽ" or a day ahead as "will have to"; said, denied,
asked, because of the works. Left: street names ("phố Huế": no sure English), "Đường này bị cấm." and "The road is
closed." with no reason (no entry?), "Đường bị đào lên." and "Họ sửa đường." with no word of tense, "Người ta lại
sửa đường rồi." (at it again, or done again?), "nhỉ" on a statement (isn't it?), a span of 0, "Tôi phải đi vòng."
(round what?), a day of today with "phải" (had, or have?), a pet taking a detour, "anh", "chị", "em" alone; an
accident closing the road, other routes, busy roads (mt/traffic.py), and anything else.
mt.phrasebook.translate tries these after mt/meditation.py.

    >>> translate("Đường trước nhà tôi đang sửa.", "vi", "en"), translate("I had to take a detour.", "en", "vi")
    ('The road in front of my house is being repaired.', 'Tôi đã phải đi đường vòng.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sửa|đào|thi\s+công|vòng|bụi|lầy|chắn|chặn|cấm)"),
         "en": lazy(r"(?i:repair|fix|dug|dig|roadwork|road\s+work|detour|diversion|dusty|muddy|blocked|closed)")}
# which road (the first Vietnamese of each is written back); "the road in front of my house" is built
ROADS = {"đường này": "this road", "con đường này": "this road", "đường đó": "that road", "con đường đó": "that road",
         "đường ra chợ": "the road to the market", "đường đến trường": "the road to school",
         "đường tới trường": "the road to school", "đường vào làng": "the road into the village", "đường": "the road"}
ROADS_VI = {en: vi for vi, en in reversed(ROADS.items())}
# the days a detour was or will be taken (today left: "Hôm nay tôi phải đi đường vòng." had, or have?)
DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "ngày mai", "tuần sau", "tuần tới", "tháng sau")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# the verb of a detour in English: its tense, denied, and whether of one (he, she) only; None where any
_TENSES_EN = {"have": ("now", False, False), "has": ("now", False, True), "don't have": ("now", True, False),
              "doesn't have": ("now", True, True), "had": ("past", False, None), "didn't have": ("past", True, None),
              "will have": ("ahead", False, None), "'ll have": ("ahead", False, None),
              "won't have": ("ahead", True, None), "do": ("now", False, False), "does": ("now", False, True),
              "did": ("past", False, None), "will": ("ahead", False, None)}
_UNITS = {"ngày": "day", "tuần": "week", "tháng": "month", "năm": "year"}
_UNITS_VI = {en: vi for vi, en in _UNITS.items()}
_STATES = {"bụi": "dusty", "bụi bặm": "dusty", "lầy": "muddy", "lầy lội": "muddy"}


def _roads(n: str = "", en: bool = False) -> str:
    """The pattern of a road, in Vietnamese or English, its groups named road{n} and owner{n}."""
    if en:
        return (rf"(?P<road{n}>(?i:the\s+road\s+in\s+front\s+of\s+(?P<owner{n}>{WHOSE_WORDS})\s+house|"
                rf"{alternatives(ROADS_VI)}))")
    return (rf"(?P<road{n}>(?i:(?:con\s+)?đường\s+(?:ở\s+)?(?:phía\s+)?trước\s+nhà\s+(?:của\s+)?"
            rf"(?P<owner{n}>{alternatives(OWNERS)})|{alternatives(ROADS)}))")


_ROAD, _ROAD2 = _roads(), _roads("2")
# why: the works ("vì đang thi công", "vì đường đang sửa"; group works "sửa" alone is repairs)
_WHY = (r"(?:\s+(?P<why>(?:vì|do|để)\s+(?:(?:đường\s+)?đang\s+)?(?P<works>thi\s+công|sửa(?:\s+chữa)?(?P<road_>\s+"
        r"đường)?)))?")
_BECAUSE = _WHY.replace("(?:vì|do|để)", "(?:vì|do)")  # ("để": in order to, only for a road closed)
# a road being repaired, dug up, with roadworks on it ("Đường này đang được sửa.", "Đường đó có đang sửa không?")
_BEING = lazy(rf"{_ROAD}\s+(?:(?P<ask>có)\s+)?(?P<aux>đang|vẫn\s+đang|vẫn\s+còn\s+đang|còn\s+đang)\s+"
              rf"(?P<what>(?:được\s+)?(?:sửa(?:\s+chữa)?|thi\s+công)|bị\s+đào(?:\s+tung)?(?:\s+lên)?){ASKED_END}")
# the repairs finished ("Đường này sửa xong rồi.", "Đường này sửa xong chưa?", "Đường này vẫn chưa sửa xong.")
_DONE = lazy(rf"{_ROAD}\s+(?:(?P<not>(?:vẫn\s+)?chưa)\s+|(?P<did>đã)\s+)?(?:được\s+)?sửa(?:\s+chữa)?\s+xong"
             rf"(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")
# dug up ("Đường lại bị đào lên rồi.", "Đường này vừa bị đào lên.")
_DUG = lazy(rf"{_ROAD}\s+(?:(?P<aux>lại|vừa|vừa\s+mới)\s+)?bị\s+đào(?:\s+tung)?(?:\s+lên)?(?:\s+(?P<again>lại))?"
            rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# they repair or dig up a road ("Họ đang đào đường.", "Người ta lại đào đường rồi.")
_THEY = lazy(rf"(?i:họ|người\s+ta)\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|lại\s+đang|lại|đã)\s+)?(?P<verb>sửa|đào)"
             rf"\s+{_ROAD}(?:\s+(?P<up>lên))?(?:\s+(?P<again>lại))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# closed for the works ("Đường này bị cấm vì đang thi công."), blocked ("Đường bị chắn rồi.")
_CLOSED = lazy(rf"{_ROAD}\s+(?:(?P<aux>đang|đã)\s+)?(?P<bi>bị\s+)?(?P<verb>cấm|chặn|chắn|đóng|phong\s+tỏa)"
               rf"(?:\s+lại)?{_WHY}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# dusty or muddy ("Ngoài đường bụi quá.", "Đường lầy lội vì đang sửa.")
_DIRT = lazy(rf"(?:(?P<out>(?i:ngoài\s+đường))|{_ROAD})\s+(?:(?P<ask>có)\s+)?(?:(?P<very>rất)\s+)?"
             rf"(?P<state>{alternatives(_STATES)})(?:\s+(?P<much>quá|lắm))?{_BECAUSE}{ASKED_END}")
# how long under repair ("Đường này sửa mấy tháng rồi.", "Đường này sửa bao lâu rồi?")
_SPAN = lazy(rf"{_ROAD}\s+(?:đang\s+)?sửa(?:\s+chữa)?\s+(?:suốt\s+)?(?:mấy\s+(?P<few>"
             rf"{alternatives(_UNITS)})|(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>"
             rf"{alternatives(_UNITS)})|(?P<how>bao\s+lâu))\s+(?:rồi|nay){SOFTENED_END}")
# when the works will be done ("Bao giờ sửa đường xong?", "Khi nào đường này mới sửa xong?", "Đường này bao giờ …?")
_WHEN = lazy(rf"(?:(?i:bao\s+giờ|khi\s+nào)\s+(?:thì\s+)?(?:(?:(?i:họ|người\s+ta)\s+)?(?:mới\s+)?(?:sửa|thi\s+công)"
             rf"(?:\s+(?P<x1>xong))?\s+{_ROAD}(?:\s+(?P<x2>xong))?|{_ROAD2}\s+(?:mới\s+)?(?:sửa|thi\s+công)\s+xong)|"
             rf"{_roads('3')}\s+(?:bao\s+giờ|khi\s+nào)\s+(?:thì\s+)?(?:mới\s+)?(?:sửa|thi\s+công)\s+xong)"
             rf"(?:\s+(?:vậy|thế|nhỉ|ạ))?\s*\?+")
_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
# a detour ("Tôi phải đi đường vòng.", "Hôm qua mẹ tôi phải đi đường vòng.", "Bạn có phải đi đường vòng không?")
_DETOUR = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<aux>đã|sẽ)\s+)?phải\s+đi\s+đường\s+vòng"
               rf"{_BECAUSE}{ASKED_END}")

# ... and in English (’ read as ')
_ROAD_EN = _roads(en=True)
_WORKS_EN = r"(?:the\s+)?(?P<works>roadworks|road\s+works|works|repairs)"
_BEING_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_ROAD_EN}(?P<be>\s+is|'s)?(?:\s+(?P<still>still))?\s+(?:being\s+(?P<verb>"
                 r"repaired|fixed|dug\s+up)|under\s+repair)\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(rf"(?:(?P<q>Are)\s+there|There\s+are|There're)(?:\s+(?P<still>still))?\s+(?:roadworks|road\s+works)"
                 rf"\s+on\s+{_ROAD_EN}\s*(?P<end>[.!?]*)")
_DUG_EN = lazy(rf"{_ROAD_EN}(?:\s+has|'s)(?:\s+(?P<just>just))?\s+been\s+dug\s+up(?:\s+(?P<again>again))?"
               r"\s*(?P<end>[.!]*)")
_THEY_EN = lazy(r"(?:(?P<q>Are|Have)\s+they|They(?P<still0>\s+still)?(?P<aux>\s+are|'re|\s+have|'ve|\s+haven't|"
                r"\s+have\s+not))(?:\s+(?P<still>still))?\s+(?P<verb>repairing|fixing|digging\s+up|dug\s+up|repaired|"
                rf"fixed|finished\s+repairing)\s+{_ROAD_EN}(?:\s+(?P<again>again))?(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_CLOSED_EN = lazy(rf"{_ROAD_EN}(?:\s+is|'s)\s+(?P<how>closed|blocked)(?:\s+off)?(?:\s+(?:for|because\s+of)\s+"
                  rf"{_WORKS_EN})?\s*(?P<end>[.!]*)")
_DIRT_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?P<it>(?i:it))|{_ROAD_EN})(?P<be>\s+is|'s)?(?:\s+(?P<deg>so|very|really))?"
                rf"\s+(?P<state>dusty|muddy)(?P<out>\s+out\s+on\s+the\s+road)?(?:\s+because\s+of\s+{_WORKS_EN})?"
                r"\s*(?P<end>[.!?]*)")
_SPAN_EN = lazy(rf"(?:(?P<how>How\s+long)\s+has\s+)?{_ROAD_EN}(?P<has>\s+has|'s)?\s+been\s+under\s+repair(?:\s+for"
                rf"\s+(?:(?P<few>{alternatives(_UNITS_VI)})s|(?P<n>a|\d{{1,2}}|{alternatives(EN_TO_VI)})\s+"
                rf"(?P<unit>{alternatives(_UNITS_VI)})(?P<s>s)?))?(?:\s+now)?\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(rf"When\s+will\s+the\s+(?:roadworks|road\s+works)(?:\s+on\s+{_ROAD_EN})?\s+be\s+"
                r"(?:finished|done|over)\s*\?+")
_DETOUR_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Will)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has|had|will\s+have|don't\s+have|"
                  r"doesn't\s+have|didn't\s+have|won't\s+have|do\s+not\s+have|does\s+not\s+have|did\s+not\s+have)|"
                  r"'ll\s+have)\s+to\s+(?:take|make)\s+a\s+(?:detour|diversion)"
                  rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?(?:\s+because\s+of\s+{_WORKS_EN})?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a road repaired, dug up, closed, dusty or muddy for the works, how long they go
    on and when they end, or a detour taken; None for any other."""
    if src == "vi":
        return (_being(text) or _done(text) or _dug(text) or _they(text) or _closed(text) or _dirt(text) or
                _span(text) or _when(text) or _detour(text))
    text = text.replace("’", "'")
    return (_being_vi(text) or _dug_vi(text) or _they_vi(text) or _closed_vi(text) or
            _dirt_vi(text) or _span_vi(text) or _when_vi(text) or _detour_vi(text))


def _road(m: re.Match, n: str = "") -> str:
    """The road of a match of _roads(n) in English: "this road", "the road in front of my house"."""
    owner = m[f"owner{n}"]
    return f"the road in front of {OWNERS[keyed(owner)]} house" if owner else ROADS[keyed(m[f"road{n}"])]


def _road_vi(m: re.Match) -> str:
    """The road of a match of _roads(en=True) in Vietnamese: "đường này", "đường trước nhà tôi"."""
    owner = m["owner"]
    return f"đường trước nhà {WHOSE_VI[owner.lower()]}" if owner else ROADS_VI[keyed(m["road"])]


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?", False said; None for "?" on a statement, or either alone."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) == bool(m["ask"]) else None


def _being(text: str) -> str | None:
    """"Đường trước nhà tôi đang sửa." as "The road in front of my house is being repaired.", "Đường đó có đang sửa
    không?" as "Is that road being repaired?", "Đường ra chợ đang thi công." as "There are roadworks on the road to
    the market.", "Đường này đang bị đào lên." as "This road is being dug up." (_BEING); None for anything else."""
    if not (m := _BEING.fullmatch(text)) or (asked := _asked(m)) is None:
        return None
    road, still, what, end = _road(m), " still" if keyed(m["aux"]) != "đang" else "", keyed(m["what"]), stop(m["end"])
    if what.endswith("thi công"):
        return f"Are there{still} roadworks on {road}?" if asked else f"There are{still} roadworks on {road}{end}"
    done = "dug up" if what.startswith("bị") else "repaired"
    return f"Is {road}{still} being {done}?" if asked else capitalised(f"{road} is{still} being {done}{end}")


def _done(text: str) -> str | None:
    """"Đường này sửa xong rồi." as "They've finished repairing this road.", "Đường này sửa xong chưa?" as "Have they
    finished repairing this road yet?", "Đường này vẫn chưa sửa xong." as "They still haven't finished repairing this
    road." (_DONE); None for anything else."""
    if not (m := _DONE.fullmatch(text)):
        return None
    road, tail, asked = _road(m), m["tail"] or "", "?" in m["end"]
    if m["not"]:
        still = keyed(m["not"]) != "chưa"
        said = f"They {'still ' * still}haven't finished repairing {road}{' yet' * (not still)}."
        return None if tail or asked else said
    if tail == "chưa":
        return f"Have they finished repairing {road} yet?" if asked else None
    return None if asked or not (tail or m["did"]) else f"They've finished repairing {road}{stop(m['end'])}"


def _dug(text: str) -> str | None:
    """"Đường lại bị đào lên rồi." as "The road has been dug up again.", "Đường này vừa bị đào lên." as "This road has
    just been dug up." (_DUG); None for anything else, and for "Đường bị đào lên." (when?)."""
    if not (m := _DUG.fullmatch(text)) or "?" in m["end"] or not (m["aux"] or m["again"] or m["done"]):
        return None
    aux = keyed(m["aux"] or "")
    again = aux == "lại" or m["again"]
    if aux.startswith("vừa") and again or aux == "lại" and m["again"]:
        return None
    just = " just" if aux.startswith("vừa") else ""
    return capitalised(f"{_road(m)} has{just} been dug up{' again' if again else ''}{stop(m['end'])}")


def _they(text: str) -> str | None:
    """"Họ đang đào đường." as "They're digging up the road.", "Người ta đang sửa đường ra chợ." as "They're
    repairing the road to the market.", "Họ lại đào đường rồi." as "They've dug up the road again.", "Họ có đang sửa
    đường này không?" as "Are they repairing this road?" (_THEY); None for anything else, and for "Họ sửa đường."
    (a habit?)."""
    if not (m := _THEY.fullmatch(text)) or (asked := _asked(m)) is None or m["up"] and m["verb"] == "sửa":
        return None
    aux, dig = keyed(m["aux"] or ""), m["verb"] == "đào"
    road, again = _road(m), " again" if "lại" in aux or m["again"] else ""
    if "lại" in aux and m["again"] or "lại" in aux and not dig and not aux.endswith("đang"):
        return None  # ("Người ta lại sửa đường rồi.": at it again, or repaired again? "sửa … lại rồi" is done)
    if aux.endswith("đang"):
        if m["done"] or asked and again:
            return None
        ing = f"{'digging up' if dig else 'repairing'} {road}{again}"
        return f"Are they {ing}?" if asked else f"They're {ing}{stop(m['end'])}"
    if not m["done"] or asked:
        return None
    return f"They've {'dug up' if dig else 'repaired'} {road}{again}{stop(m['end'])}"


def _closed(text: str) -> str | None:
    """"Đường này bị cấm vì đang thi công." as "This road is closed for roadworks.", "Đường này bị chặn vì đang sửa."
    as "This road is closed for repairs.", "Đường bị chắn rồi." as "The road is blocked." (_CLOSED); None for
    anything else, and for "Đường này bị cấm." with no reason (no entry, or closed?)."""
    if not (m := _CLOSED.fullmatch(text)) or "?" in m["end"]:
        return None
    road, verb = capitalised(_road(m)), keyed(m["verb"])
    if not m["why"]:
        blocked = verb in ("chặn", "chắn") and m["bi"] and m["done"] and not m["aux"]
        return f"{road} is blocked{stop(m['end'])}" if blocked else None
    works = keyed(m["works"])
    kind = "repairs" if works.startswith("sửa") and not m["road_"] else "roadworks"
    return f"{road} {'has been' if m['aux'] == 'đã' else 'is'} closed for {kind}{stop(m['end'])}"


def _dirt(text: str) -> str | None:
    """"Ngoài đường bụi quá." as "It's so dusty out on the road.", "Đường lầy lội vì đang sửa." as "The road is
    muddy because of the roadworks.", "Đường này có bụi không?" as "Is this road dusty?" (_DIRT); None for anything
    else, and for "Đường bụi." (a dusty road?)."""
    m = _DIRT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["very"] and m["much"] or asked and (m["very"] or m["much"]):
        return None
    if not (asked or m["very"] or m["much"] or m["why"]):
        return None  # ("Đường bụi." may be "a dusty road")
    state = _STATES[keyed(m["state"])]
    deg = "very " if m["very"] or m["much"] == "lắm" else "so " if m["much"] else ""
    if asked:
        return f"Is it {state} out on the road?" if m["out"] else f"Is {_road(m)} {state}?"
    said = f"It's {deg}{state} out on the road" if m["out"] else capitalised(f"{_road(m)} is {deg}{state}")
    return f"{said}{' because of the roadworks' * bool(m['why'])}{stop(m['end'])}"


def _span(text: str) -> str | None:
    """"Đường này sửa mấy tháng rồi." as "This road has been under repair for months.", "Đường này sửa hai tuần rồi."
    as "… for two weeks.", "Đường này sửa bao lâu rồi?" as "How long has this road been under repair?" (_SPAN); None
    for anything else."""
    if not (m := _SPAN.fullmatch(text)) or bool(m["how"]) != ("?" in m["end"]) or m["n"] and not m["n"].strip("0"):
        return None  # (and "sửa 0 ngày rồi": under repair for none)
    road = _road(m)
    if m["how"]:
        return f"How long has {road} been under repair?"
    unit, n = _UNITS[keyed(m["few"] or m["unit"])], m["n"] and VI_TO_EN.get(keyed(m["n"]), m["n"])
    span = f"{unit}s" if m["few"] else f"a {unit}" if n in ("one", "1") else f"{n} {unit}s"
    return capitalised(f"{road} has been under repair for {span}{stop(m['end'])}")


def _when(text: str) -> str | None:
    """"Bao giờ sửa đường xong?" as "When will the roadworks be finished?", "Khi nào đường này mới sửa xong?" and
    "Đường này bao giờ sửa xong?" as "When will the roadworks on this road be finished?" (_WHEN); None for anything
    else."""
    if not (m := _WHEN.fullmatch(text)) or m["road"] and bool(m["x1"]) == bool(m["x2"]):
        return None
    road = _road(m) if m["road"] else _road(m, "2") if m["road2"] else _road(m, "3")
    return f"When will the roadworks{'' if road == 'the road' else f' on {road}'} be finished?"


def _detour(text: str) -> str | None:
    """"Tôi phải đi đường vòng." as "I have to take a detour.", "Hôm qua mẹ tôi phải đi đường vòng." as "My mother
    had to take a detour yesterday.", "Chúng ta sẽ phải đi đường vòng." as "We'll have to take a detour.", "Bạn có
    phải đi đường vòng không?" as "Do you have to take a detour?" (_DETOUR); None for anything else, and for a pet."""
    m = _DETOUR.fullmatch(text)
    if not m or (asked := _asked(m)) is None or animal(m) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    way = NEAR_WAY[keyed(m["day"])] if m["day"] else None
    aux = keyed(m["aux"] or "")
    if aux == "đã" and way == "ahead" or aux == "sẽ" and way == "behind":
        return None
    tense = "past" if aux == "đã" or way == "behind" else "ahead" if aux == "sẽ" or way == "ahead" else "now"
    verb, say = {"now": ("Does" if one else "Do", f"{'doesn' if one else 'don'}'t have" if m["not"] else
                         "has" if one else "have"),
                 "past": ("Did", "didn't have" if m["not"] else "had"),
                 "ahead": ("Will", "won't have" if m["not"] else "will have")}[tense]
    day = f" {DAYS[keyed(m['day'])]}" if m["day"] else ""
    rest = f"to take a detour{day}{' because of the roadworks' * bool(m['why'])}"
    return f"{verb} {who_} have {rest}?" if asked else capitalised(contracted(who_, f"{say} {rest}{stop(m['end'])}"))


def _being_vi(text: str) -> str | None:
    """"This road is being repaired." as "Đường này đang được sửa.", "Is that road being repaired?" as "Đường đó có
    đang được sửa không?", "The road is still under repair." as "Đường vẫn đang được sửa.", "This road is being dug
    up." as "Đường này đang bị đào lên.", "There are roadworks on the road to the market." as "Đường ra chợ đang thi
    công." (_BEING_EN, _THERE_EN); None for anything else."""
    m = _BEING_EN.fullmatch(text) or _THERE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["still"]:
        return None
    there = m.re == _THERE_EN
    if not there and bool(m["q"]) == bool(m["be"]):
        return None
    how = "thi công" if there else "bị đào lên" if m["verb"] == "dug up" else "được sửa"
    aux = "có đang" if m["q"] else "vẫn đang" if m["still"] else "đang"
    return capitalised(f"{_road_vi(m)} {aux} {how}{' không?' if m['q'] else stop(m['end'])}")


def _dug_vi(text: str) -> str | None:
    """"The road has been dug up again." as "Đường lại bị đào lên rồi.", "This road has just been dug up." as
    "Đường này vừa bị đào lên." (_DUG_EN); None for anything else."""
    if not (m := _DUG_EN.fullmatch(text)) or m["just"] and m["again"]:
        return None
    said = "vừa bị đào lên" if m["just"] else f"{'lại ' if m['again'] else ''}bị đào lên rồi"
    return capitalised(f"{_road_vi(m)} {said}{stop(m['end'])}")


def _they_vi(text: str) -> str | None:
    """"They're digging up the road." as "Họ đang đào đường.", "Are they repairing this road?" as "Họ có đang sửa
    đường này không?", "They've dug up the road again." as "Họ lại đào đường rồi.", "Have they finished repairing
    this road yet?" as "Họ đã sửa xong đường này chưa?" (_THEY_EN); None for anything else, and where the verb does
    not go with "are" or "have"."""
    if not (m := _THEY_EN.fullmatch(text)) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["still"]:
        return None
    aux = " ".join((m["q"] or m["aux"]).lower().split())
    if m["still0"] and (m["still"] or not aux.endswith(("n't", "not"))):
        return None  # ("They still haven't …"; "They're still …" has it after)
    be, verb = aux in ("are", "'re"), " ".join(m["verb"].split())
    ing, finish = verb.split()[0].endswith("ing"), verb.startswith("finished")
    if be != ing or m["again"] and (m["q"] or finish or m["still"]) or m["yet"] and not finish:
        return None
    road, dig = _road_vi(m), verb.startswith(("dug", "digging"))
    do = f"{'đào' if dig else 'sửa'} {road}"
    if be:
        aux = "có đang" if m["q"] else "vẫn đang" if m["still"] else "lại đang" if m["again"] else "đang"
        return f"Họ {aux} {do}{(' không?' if m['q'] else stop(m['end']))}"
    if finish:
        if m["q"]:
            return f"Họ đã sửa xong {road} chưa?"
        if aux.endswith(("n't", "not")):
            still = "vẫn " if m["still0"] else ""
            return None if m["still"] else f"Họ {still}chưa sửa xong {road}{stop(m['end'])}"
        return None if m["still"] or m["yet"] else f"Họ đã sửa xong {road} rồi{stop(m['end'])}"
    if m["q"] or m["still"] or aux.endswith(("n't", "not")):
        return None
    if m["again"] and not dig:  # ("Họ lại sửa đường rồi." reads as at it again: repaired again is "sửa … lại")
        return f"Họ đã {do} lại rồi{stop(m['end'])}"
    return f"Họ {'lại' if m['again'] else 'đã'} {do} rồi{stop(m['end'])}"


def _closed_vi(text: str) -> str | None:
    """"This road is closed for roadworks." as "Đường này bị cấm vì đang thi công.", "The road is closed because of
    the repairs." as "Đường bị cấm vì đang sửa.", "The road is blocked." as "Đường bị chặn rồi." (_CLOSED_EN); None
    for anything else, and for "The road is closed." (no entry, or closed?)."""
    if not (m := _CLOSED_EN.fullmatch(text)):
        return None
    road, blocked = capitalised(_road_vi(m)), m["how"] == "blocked"
    if not m["works"]:
        return f"{road} bị chặn rồi{stop(m['end'])}" if blocked else None
    why = "đang sửa" if m["works"] == "repairs" else "đang thi công"
    return f"{road} bị {'chặn' if blocked else 'cấm'} vì {why}{stop(m['end'])}"


def _dirt_vi(text: str) -> str | None:
    """"It's so dusty out on the road." as "Ngoài đường bụi quá.", "The road is muddy because of the roadworks." as
    "Đường lầy lội vì đang sửa.", "Is this road dusty?" as "Đường này có bụi không?" (_DIRT_EN); None for anything
    else."""
    m = _DIRT_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or bool(m["it"]) != bool(m["out"]):
        return None
    if m["q"] and (m["deg"] or m["works"]):
        return None
    dusty = m["state"] == "dusty"
    said = "Ngoài đường" if m["it"] else capitalised(_road_vi(m))
    if m["q"]:
        return f"{said} có {'bụi' if dusty else 'lầy lội'} không?"
    state = "bụi" if dusty else "lầy lội"
    state = {"so": f"{state} quá", "very": f"rất {state}", "really": f"{state} lắm"}.get(
        m["deg"], "bụi bặm" if dusty else state)
    why = f" vì đang sửa{' đường' if m['it'] else ''}" if m["works"] else ""
    return f"{said} {state}{why}{stop(m['end'])}"


def _span_vi(text: str) -> str | None:
    """"This road has been under repair for months." as "Đường này sửa mấy tháng rồi.", "… for two weeks." as "…
    sửa hai tuần rồi.", "How long has this road been under repair?" as "Đường này sửa bao lâu rồi?" (_SPAN_EN); None
    for anything else, and where "a" or "one" does not go with one."""
    if not (m := _SPAN_EN.fullmatch(text)) or bool(m["how"]) == bool(m["has"]) or bool(m["how"]) != ("?" in m["end"]):
        return None
    road = capitalised(_road_vi(m))
    if m["how"]:
        return None if m["few"] or m["n"] else f"{road} sửa bao lâu rồi?"
    if m["few"]:
        return f"{road} sửa mấy {_UNITS_VI[m['few']]} rồi{stop(m['end'])}"
    if not m["n"]:
        return None
    n = m["n"].lower()
    one = n in ("a", "one", "1")
    if one == bool(m["s"]) or n == "0":
        return None
    return f"{road} sửa {'một' if one else EN_TO_VI.get(n, n)} {_UNITS_VI[m['unit']]} rồi{stop(m['end'])}"


def _when_vi(text: str) -> str | None:
    """"When will the roadworks be finished?" as "Bao giờ sửa đường xong?", "When will the roadworks on this road be
    finished?" as "Bao giờ đường này mới sửa xong?" (_WHEN_EN); None for anything else."""
    m = _WHEN_EN.fullmatch(text)
    road = m and (_road_vi(m) if m["road"] else "đường")
    return road and ("Bao giờ sửa đường xong?" if road == "đường" else f"Bao giờ {road} mới sửa xong?")


def _detour_vi(text: str) -> str | None:
    """"I had to take a detour." as "Tôi đã phải đi đường vòng.", "We have to take a detour." as "Chúng tôi phải đi
    đường vòng.", "My mother had to take a detour yesterday." as "Hôm qua mẹ tôi phải đi đường vòng.", "Do you have
    to take a detour?" as "Bạn có phải đi đường vòng không?" (_DETOUR_EN); None for anything else, where the verb
    does not go with who, a day not with the tense, "Did"/"Will" asked with no day, and a pet."""
    if not (m := _DETOUR_EN.fullmatch(text)) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux = (m["q"] or "").lower(), " ".join(m["aux"].replace(" not", "n't").split())
    tense, denied, third = _TENSES_EN.get(q or aux) or (None, False, None)
    if not tense or q and aux != "have" or third is not None and third != one:
        return None
    way = NEAR_WAY[DAYS_VI[m["day"]]] if m["day"] else None
    if (way or "now") != {"now": "now", "past": "behind", "ahead": "ahead"}[tense] and (way or q):
        return None  # (a day not of the tense; "Did you have to …?" with no day: "Bạn có phải …" asks of now)
    how = "không phải" if denied else "phải"
    how = how if tense == "now" or way and tense == "past" else f"{'đã' if tense == 'past' else 'sẽ'} {how}"
    why = " vì đường đang sửa" if m["works"] else ""
    said = f"{who_} {'có phải' if q else how} đi đường vòng{why}{(' không?' if q else stop(m['end']))}"
    return capitalised(f"{DAYS_VI[m['day']]} {said}" if way else said)
