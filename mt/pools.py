"""Swimming pools and the sea for a swim, both ways, written whole by rule: when a pool opens or closes, whether it is
open, closed for cleaning, heated; the water cold, warm or too deep for the kids; a pool (heated, indoor …) at the
hotel; swimming caps; the lifeguard; no diving. v8 (rules on) reads "bể bơi" as swimming, "mở cửa" as hours, "mũ
bơi" as power, "lifeguard" as life, "diving" as living: "Bể bơi mở cửa đến mấy giờ?" → "How many hours of swimming
open?", "Mấy giờ bể bơi đóng cửa?" → "Do you now swimming the door?", "Nước trong bể bơi lạnh quá." → "The water in
the chill swimming.", "Bể bơi đóng cửa để vệ sinh." → "Let's swimming close to the toilet.", "Bể bơi có được sưởi ấm
không?" → "Can the swimming be warm?", "Bể bơi sâu bao nhiêu?" → "How much can you swimming?", "Tôi có cần đội mũ bơi
không?" → "Do I need the power swimming?", "Nhân viên cứu hộ ở đâu?" → "Where do the rescuers?", "Cấm nhảy xuống bể."
→ "The jumped down."; "What time does the pool open?" → "Bể bơi mở ra được gì?", "How late is the pool open?" → "Bể
bơi mở ra bao nhiêu?", "Is the pool heated?" → "Bể bơi có phải không?", "The pool water is freezing." → "Nước hồ bơi
đang tự dozing.", "Do I need a swimming cap?" → "Tôi có cần bơi lội không?", "Is there a lifeguard?" → "Có phải cảnh
báo cuộc sống không?", "No diving." → "Không sống.".

Taken: the pool ("bể bơi", "hồ bơi"; "này", this; "của khách sạn", the hotel pool): what time it opens or closes, how
late it is open, whether it is (still) open or closed, on a day `mt.free_time.when` reads (none past), it open or
closed on such a day or closed for cleaning, maintenance or repairs, it heated or not, said or asked; the water (in the
pool, the sea, at the beach) or the pool cold, warm, hot, freezing, deep or shallow (mt.weather.DEGREE, EN_DEGREE; too …
for the kids of mt.bedtimes.KIDS or for someone), said or asked, and how deep; a heated, indoor, outdoor, rooftop or
children's pool at the hotel or the resort, and a pool at the hotel in English; who (mt.hobbies.WHO, WHO_EN) needing
or having to wear a swimming cap, or having one, said or asked; a swimming cap required; a lifeguard (on duty, here,
at the pool, on the beach) asked or none said, and where; no diving, no jumping into the pool, no running by it.
Left: "Khách sạn có bể bơi không?", "Is there a pool here?", "… nearby?" (mt/patterns.py's), the floor of the pool
(mt/lifts.py), swimming lessons (mt/lessons.py), who can swim (mt/skills.py), going swimming (mt/hobbies.py), the
time a pool opens told ("until 9 p.m."), a past day, "Nước lạnh." and "The water is cold." bare (cold water?), "anh",
"chị", "em" alone saying it, English whose verb does not agree with who.
mt.phrasebook.translate tries these after mt/symptoms.py.

    >>> translate("Bể bơi mở cửa đến mấy giờ?", "vi", "en"), translate("Is the pool heated?", "en", "vi")
    ('How late is the pool open?', 'Bể bơi có được sưởi ấm không?')
"""
from __future__ import annotations

import re

from .bedtimes import KIDS, KIDS_VI
from .free_time import DAY_OPENING, OPENS, placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .text import SOFTENED_END, SOFTENED_QUESTION, alternatives, capitalised, keyed
from .weather import DEGREE, EN_DEGREE

_KEYS = {"vi": lazy(r"(?i:bơi|nước|cứu\s+hộ|cấm)"), "en": lazy(r"(?i:pool|water|\bsea\b|lifeguard|swim|diving)")}
# why it is closed, and how warm or deep the water is (the first of each is written back)
_WHY = {"vệ sinh": "cleaning", "dọn dẹp": "cleaning", "bảo trì": "maintenance", "sửa chữa": "repairs"}
_WHY_VI = {en: vi for vi, en in reversed(_WHY.items())}
_FEELS = {"lạnh": "cold", "lạnh buốt": "freezing", "lạnh cóng": "freezing", "ấm": "warm", "nóng": "hot", "sâu": "deep",
          "nông": "shallow"}
_FEELS_VI = {en: vi for vi, en in reversed(_FEELS.items())}
_SIZED = {"deep", "shallow"}  # ("sâu quá": too deep, where "lạnh quá" is so cold)
# pools by kind, at a place ("bể bơi nước nóng": a heated pool)
_KINDS = {"nước nóng": "heated", "nước ấm": "heated", "trong nhà": "indoor", "ngoài trời": "outdoor",
          "trên sân thượng": "rooftop", "trẻ em": "children's", "cho trẻ em": "children's"}
_KINDS_VI = {en: vi for vi, en in reversed(_KINDS.items())} | {"children’s": "trẻ em"}
_AT = {"khách sạn": "the hotel", "khách sạn này": "this hotel", "khu nghỉ dưỡng": "the resort"}
_AT_VI = {en: vi for vi, en in _AT.items()}
_KIDS = KIDS | {"trẻ em": "children", "trẻ con": "children"}
_KIDS_VI = KIDS_VI | {"children": "trẻ em", "kids": "trẻ em"}
# where a lifeguard is ("Bãi biển có nhân viên cứu hộ không?")
_GUARDED = {"ở đây": "here", "bể bơi": "at the pool", "hồ bơi": "at the pool", "ở bể bơi": "at the pool",
            "bãi biển": "on the beach", "ở bãi biển": "on the beach", "hôm nay": "today"}
_GUARDED_VI = {en: vi for vi, en in reversed(_GUARDED.items())}
_PAST = ("yesterday", "last ", "the day before")

_POOL = r"(?P<pool>(?i:bể|hồ)\s+bơi)(?:\s+(?P<this>này)|\s+(?:của\s+)?(?P<hotel>khách\s+sạn))?"
_POOL_EN = r"(?P<pool>(?i:the|this)(?P<hotel>\s+hotel(?:['’]s)?)?\s+(?:swimming\s+)?pool)"
_DAY = rf"(?:\s+(?P<day>{OPENS}[^,.!?]*?))?"
_DAY_EN = r"(?:\s+(?P<day>today|tonight|tomorrow|this\s+weekend|at\s+the\s+weekend|on\s+[A-Z][a-z]+))?"
# what time it opens or closes, how late it is open ("Mấy giờ bể bơi đóng cửa?", "Bể bơi mở cửa đến mấy giờ?")
_TIME = [lazy(rf"{DAY_OPENING}{_POOL}\s+(?P<verb>mở|đóng)\s+cửa\s+(?:(?P<until>đến|tới)|(?:vào\s+)?lúc)\s+mấy\s+giờ"
              rf"{SOFTENED_QUESTION}"),
         lazy(rf"{DAY_OPENING}(?P<first>[Mm]ấy\s+giờ\s+(?:thì\s+)?)?{_POOL}(?(first)|\s+mấy\s+giờ(?:\s+thì)?)\s+"
              rf"(?P<verb>mở|đóng)\s+cửa{SOFTENED_QUESTION}")]
# open or closed on a day, or for cleaning, or heated ("Hôm nay bể bơi có mở cửa không?", "Bể bơi đóng cửa để vệ
# sinh.", "Bể bơi có được sưởi ấm không?")
_OPEN = lazy(rf"{DAY_OPENING}{_POOL}{_DAY}\s+(?:(?P<ask>có)\s+|(?P<still>còn)\s+|(?P<not>không)\s+|đang\s+)?"
             r"(?:(?P<tmp>tạm)\s+)?(?:(?P<verb>mở|đóng)\s+cửa|(?P<heated>được\s+(?:sưởi(?:\s+ấm)?|làm\s+(?:ấm|nóng))))"
             r"(?:\s+(?P<day2>vào\s+[^,.!?]+?))?"
             rf"(?:\s+để\s+(?P<why>{alternatives(_WHY)}))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_TIME_EN = [lazy(rf"(?:What\s+time|(?P<when>When))\s+does\s+{_POOL_EN}\s+(?P<verb>open|close){_DAY_EN}\s*\?+"),
            lazy(rf"(?:How\s+late|(?:Until|Till)\s+what\s+time)\s+is\s+{_POOL_EN}\s+open{_DAY_EN}\s*\?+")]
_OPEN_EN = lazy(rf"(?:(?P<be0>Is)\s+)?{_POOL_EN}(?:(?P<be>\s+is|['’]s)(?P<not>\s+not|n['’]t)?)?\s+(?P<still>still\s+)?"
                rf"(?P<tmp>temporarily\s+)?(?P<verb>open|closed|heated)(?:\s+for\s+(?P<why>{alternatives(_WHY_VI)}))?"
                rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
# the water cold, warm, too deep ("Nước trong bể bơi lạnh quá.", "Nước sâu quá đối với bọn trẻ.", "… sâu bao nhiêu?")
_WATER = (rf"(?:(?P<water>(?i:nước))(?:\s+(?:trong|ở|của))?\s+)?{_POOL}|(?P<water2>(?i:nước))(?:\s+(?P<sea>biển)|"
          r"\s+ở\s+(?P<beach>bãi\s+biển))?")
_FOR = rf"(?:\s+(?:cho|với|đối\s+với)\s+(?:(?P<kid>(?i:{alternatives(_KIDS)}))|{WHOM}))?"
_FEEL = lazy(rf"{DAY_OPENING}(?:{_WATER})\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<before>rất|hơi|khá|quá)\s+)?"
             rf"(?P<adj>{alternatives(_FEELS)})(?:\s+(?P<after>quá|lắm))?{_FOR}(?:\s+(?P<asked>không))?"
             rf"{SOFTENED_END}")
_HOW_DEEP = lazy(rf"(?:{_WATER})\s+sâu\s+bao\s+nhiêu(?:\s+mét)?{SOFTENED_QUESTION}")
_WATER_EN = (rf"(?:(?P<water>[Tt]he\s+water)\s+in\s+)?{_POOL_EN}(?P<pw>\s+water)?|(?P<water2>[Tt]he\s+water)"
             r"(?:\s+at\s+the\s+(?P<beach>beach))?|(?P<sea>[Tt]he\s+sea)")
_DEGREES_EN = {"too": ("quá", ""), "very": ("rất", ""), "really": ("rất", "")} | {
    en: said for en, said in EN_DEGREE.items() if en in ("so", "quite", "a bit", "a little", "pretty")}
_FOR_EN = rf"(?:\s+for\s+(?:(?P<kid>(?i:{alternatives(_KIDS_VI)}))|{WHOM_EN}))?"
_FEEL_EN = lazy(rf"(?:(?P<be0>Is)\s+)?(?:{_WATER_EN})(?:(?P<be>\s+is|['’]s)(?P<not>\s+not|n['’]t)?)?"
                rf"(?:\s+(?P<deg>{alternatives(_DEGREES_EN)}))?\s+(?P<adj>{alternatives(_FEELS_VI)}){_FOR_EN}"
                r"(?:\s+(?P<day>today))?\s*(?P<end>[.!?]*)")
_HOW_DEEP_EN = lazy(rf"How\s+deep\s+is\s+(?:{_WATER_EN})\s*\?+")
# a pool of a kind at the hotel ("Khách sạn có bể bơi nước nóng không?")
_HAS = lazy(rf"(?P<at>(?i:{alternatives(_AT)}))\s+(?:(?P<not>không)\s+)?có\s+(?:bể|hồ)\s+bơi\s+"
            rf"(?P<kind>{alternatives(_KINDS)})(?:\s+(?P<asked>không))?{SOFTENED_END}")
_KIND_EN = r"(?:an?\s+(?:(?P<kind>heated|indoor|outdoor|rooftop|children['’]s)\s+)?(?:swimming\s+)?pool)"
_HAS_EN = lazy(rf"(?:(?P<there>Is\s+there)|(?P<do>Does)\s+(?P<at2>the\s+hotel|this\s+hotel|the\s+resort)\s+have|"
               rf"(?P<at3>The\s+hotel|This\s+hotel|The\s+resort)\s+(?P<has>has|doesn['’]t\s+have))\s+{_KIND_EN}"
               r"(?:\s+(?:at|in)\s+(?P<at>the\s+hotel|this\s+hotel|the\s+resort))?\s*(?P<end>[.!?]*)")
# a swimming cap needed, worn or had ("Tôi có cần đội mũ bơi không?", "Bạn phải đội mũ bơi.", "Tôi không có mũ bơi.")
_CAP = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<need>cần)\s+|(?P<must>phải)\s+|(?P<has>có)\s+)?"
            rf"(?:(?P<wear>đội|mang|đeo)\s+)?mũ\s+bơi(?:\s+(?P<asked>không))?{SOFTENED_END}")
_REQUIRED = lazy(r"(?:(?P<ask>[Cc]ó\s+)?(?:bắt\s+buộc|cần)\s+(?:phải\s+)?đội\s+mũ\s+bơi\s+không|"
                 r"(?P<rule>[Bb]ắt\s+buộc\s+(?:phải\s+)?đội\s+mũ\s+bơi))" + SOFTENED_END)
_CAPS_EN = r"(?:a\s+)?(?:swimming|swim|bathing)\s+(?:cap|hat)s?"
_CAP_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<nt>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
               rf"(?P<verb>needs?|ha(?:ve|s)\s+to|must|ha(?:ve|s))\s+(?P<wear>to\s+wear\s+|wear\s+)?{_CAPS_EN}"
               r"\s*(?P<end>[.!?]*)")
_REQUIRED_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+{_CAPS_EN}\s+(?:required|compulsory)\s*\?+|"
                    rf"{_CAPS_EN}\s+(?:must\s+be\s+worn|are\s+(?:required|compulsory))\s*[.!]*)", re.IGNORECASE)
# a lifeguard ("Bãi biển có nhân viên cứu hộ không?", "Nhân viên cứu hộ ở đâu?")
_GUARD = r"(?i:nhân\s+viên\s+cứu\s+hộ|người\s+cứu\s+hộ|cứu\s+hộ\s+viên)"
_LIFEGUARD = lazy(rf"(?:(?P<at>(?i:{alternatives(_GUARDED)}))\s+)?(?:(?i:(?P<ask>có)|(?P<not>không\s+có))\s+)"
                  rf"{_GUARD}(?:\s+(?P<duty>trực))?(?:\s+(?P<asked>không))?{SOFTENED_END}|"
                  rf"(?P<where>{_GUARD}\s+(?:đang\s+)?ở\s+đâu){SOFTENED_QUESTION}")
_LIFEGUARD_EN = lazy(rf"(?:(?P<ask>Is\s+there\s+a|Are\s+there\s+any)|(?P<not>There(?:['’]s|\s+is)\s+no))\s+"
                     rf"lifeguards?(?P<duty>\s+on\s+duty)?(?:\s+(?P<at>{alternatives(_GUARDED_VI)}))?"
                     r"\s*(?P<end>[.!?]*)|"
                     r"(?P<where>Where(?:['’]s|\s+is)\s+the\s+lifeguard)\s*\?+")
# no diving, no jumping in, no running by the pool (signs); "hồ" only as "hồ bơi" (bare, a lake: "Cấm nhảy xuống hồ."
# is no jumping into the lake)
_POOL_SIGN = r"(?:bể(?:\s+bơi)?|hồ\s+bơi)"
_SIGNS = {"diving": ("No diving.", "Cấm nhảy cắm đầu xuống bể."),
          "jumping": ("No jumping into the pool.", "Cấm nhảy xuống bể bơi."),
          "running": ("No running by the pool.", "Cấm chạy quanh bể bơi.")}
_SIGN = lazy(rf"Cấm\s+(?:(?P<diving>(?:nhảy\s+cắm|lao)\s+đầu)(?:\s+xuống\s+(?:{_POOL_SIGN}|nước))?|"
             rf"(?P<jumping>nhảy\s+xuống\s+{_POOL_SIGN})|"
             rf"(?P<running>chạy\s+(?:quanh|xung\s+quanh|cạnh)\s+{_POOL_SIGN}))\s*[.!]*")
_SIGN_EN = lazy(r"No\s+(?:(?P<diving>diving)(?:\s+in(?:to)?\s+the\s+pool)?|"
                r"(?P<jumping>jumping)\s+in(?:to)?\s+the\s+pool|"
                r"(?P<running>running)\s+(?:by|around|near)\s+the\s+pool)\s*[.!]*", re.IGNORECASE)


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a pool's hours, its water, a pool at a hotel, swimming caps, the lifeguard
    or the pool's signs; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return (_time(text) or _open(text) or _feel(text) or _has(text) or _cap(text) or _lifeguard(text) or
                _sign(text, src))
    return (_time_vi(text) or _open_vi(text) or _feel_vi(text) or _has_vi(text) or _cap_vi(text) or
            _lifeguard_vi(text) or _sign(text, src))


def _pool(m: re.Match, lang: str) -> str:
    """The pool of a match of _POOL in English (`lang` "en": "the pool", "this pool", "the hotel pool"), or of
    _POOL_EN in Vietnamese ("vi": "bể bơi", "bể bơi này", "bể bơi của khách sạn")."""
    this = m["this"] if lang == "en" else m["pool"].lower().startswith("this")
    if lang == "en":
        return "this pool" if this else "the hotel pool" if m["hotel"] else "the pool"
    return "bể bơi này" if this and not m["hotel"] else "bể bơi của khách sạn" if m["hotel"] else "bể bơi"


def _day(m: re.Match, src: str) -> str | None:
    """The one day of a match, said in the other language by mt.free_time.when ("hôm nay": "today", "on Sunday":
    "vào Chủ nhật"); "" for none, None for two, for one not read and for a day past ("yesterday")."""
    days = [d for g in ("day0", "day", "day2") if (d := m.groupdict().get(g))]
    if len(days) > 1:
        return None
    said = when(days[0] if days else "", src)
    return None if said is None or (said if src == "vi" else "".join(days)).lower().startswith(_PAST) else said


def _time(text: str) -> str | None:
    """"Bể bơi mở cửa đến mấy giờ?" as "How late is the pool open?", "Mấy giờ bể bơi đóng cửa?" as "What time does
    the pool close?" (_TIME); None for anything else, and for closing "until" when."""
    m = next((m for p in _TIME if (m := p.fullmatch(text))), None)
    day = m and _day(m, "vi")
    if day is None or m.groupdict().get("until") and m["verb"] == "đóng":
        return None
    day = f" {day}" if day else ""
    if m.groupdict().get("until"):
        return f"How late is {_pool(m, 'en')} open{day}?"
    return f"What time does {_pool(m, 'en')} {'open' if m['verb'] == 'mở' else 'close'}{day}?"


def _open(text: str) -> str | None:
    """"Hôm nay bể bơi có mở cửa không?" as "Is the pool open today?", "Bể bơi đóng cửa để vệ sinh." as "The pool is
    closed for cleaning." (_OPEN); None for anything else, and for one said with no day nor why (closes down?)."""
    m = _OPEN.fullmatch(text)
    asked = bool(m and m["asked"])
    day = m and _day(m, "vi")
    if day is None or asked != ("?" in m["end"]) or bool(m["ask"] or m["still"]) != asked or m["not"] and (
            m["verb"] == "đóng" or m["why"]) or not (asked or day or m["why"] or m["heated"]) or m["heated"] and (
            m["why"] or m["tmp"] or m["still"]):
        return None  # ("Bể bơi đóng cửa.": closes down?)
    state = ("temporarily " if m["tmp"] else "") + ("heated" if m["heated"] else "open" if m["verb"] == "mở" else
                                                     "closed")
    state += f" for {_WHY[keyed(m['why'])]}" if m["why"] else ""
    day, pool = f" {day}" if day else "", _pool(m, "en")
    if asked:
        return f"Is {pool} {'still ' * bool(m['still'])}{state}{day}?"
    be = "isn't" if m["not"] else "is"
    return capitalised(f"{pool} {be} {state}{day}.")


def _time_vi(text: str) -> str | None:
    """"What time does the pool close?" as "Bể bơi đóng cửa lúc mấy giờ?", "How late is the pool open?" as "Bể bơi
    mở cửa đến mấy giờ?", "When does the pool open?" as "Khi nào bể bơi mở cửa?" (_TIME_EN); None for anything else."""
    m = next((m for p in _TIME_EN if (m := p.fullmatch(text))), None)
    day = m and _day(m, "en")
    if day is None or m.groupdict().get("when") and day:
        return None
    doing = f"{_pool(m, 'vi')} {'đóng' if m.groupdict().get('verb') == 'close' else 'mở'} cửa"
    if m.groupdict().get("when"):
        return f"Khi nào {doing}?"
    asked = "lúc mấy giờ" if m.groupdict().get("verb") else "đến mấy giờ"
    return capitalised(f"{day.removeprefix('vào ')} {doing} {asked}?".strip())


def _open_vi(text: str) -> str | None:
    """"Is the pool open today?" as "Hôm nay bể bơi có mở cửa không?", "The pool is closed for cleaning." as "Bể bơi
    đóng cửa để vệ sinh." (_OPEN_EN); None for anything else, for "is" said twice or not, and for one said with no
    day nor why."""
    m = _OPEN_EN.fullmatch(text)
    day = m and _day(m, "en")
    asked = bool(m and m["be0"])
    if day is None or asked == bool(m["be"]) or asked != ("?" in m["end"]) or m["not"] and (
            asked or m["verb"] == "closed" or m["why"]) or not (asked or day or m["why"] or m["verb"] == "heated") or (
            m["still"] or m["verb"] == "heated") and (m["why"] or m["tmp"]) or m["still"] and not asked:
        return None
    verb = {"open": "mở cửa", "closed": "đóng cửa", "heated": "được sưởi ấm"}[m["verb"]]
    doing = f"{'tạm ' * bool(m['tmp'])}{verb}"
    doing += f" để {_WHY_VI[m['why'].lower()]}" if m["why"] else ""
    pool = _pool(m, "vi")
    if asked:
        return placed(f"{pool} {'còn' if m['still'] else 'có'} {doing}", day, " không?")
    return placed(f"{pool} {'không ' * bool(m['not'])}{doing}", day, ".")


def _water_en(m: re.Match) -> str:
    """The water of a match of _WATER in English: "the water", "the water in the pool", "this pool", "the sea", "the
    water at the beach"."""
    if m["pool"]:
        return f"the water in {_pool(m, 'en')}" if m["water"] else _pool(m, "en")
    return "the sea" if m["sea"] else "the water at the beach" if m["beach"] else "the water"


def _feel(text: str) -> str | None:
    """"Nước trong bể bơi lạnh quá." as "The water in the pool is so cold.", "Nước sâu quá đối với bọn trẻ." as "The
    water is too deep for the kids.", "Nước có lạnh lắm không?" as "Is the water very cold?" (_FEEL), "Bể bơi sâu
    bao nhiêu?" as "How deep is the pool?" (_HOW_DEEP); None for anything else, and for "Nước lạnh." (cold water?)."""
    if m := _HOW_DEEP.fullmatch(text):
        return f"How deep is {_water_en(m)}?"
    m = _FEEL.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (day := _day(m, "vi")) not in (
            "", "today", "now"):
        return None
    adj, before, after = _FEELS[keyed(m["adj"])], m["before"] or "", m["after"] or ""
    # ("lạnh quá" said is "so cold", but not or asked "too": "Nước không lạnh quá." is "isn't too cold")
    too = before == "quá" or after == "quá" and (adj in _SIZED or m["kid"] or m["whom"] or asked or m["not"])
    degree = "too" if too else "so" if after == "quá" else "very" if after == "lắm" and (asked or m["not"]) else \
        "really" if after == "lắm" else DEGREE.get(before, "")
    whom = _KIDS.get(keyed(m["kid"])) if m["kid"] else m["whom"] and as_whom(m["whom"], "vi")
    if before and after or (asked or m["not"]) and before not in ("", "quá") or (m["kid"] or m["whom"]) and not (
            too and whom) or adj == "freezing" and degree or not (degree or asked or m["not"] or m["pool"]):
        return None  # ("Nước không rất lạnh.", "Nước rất lạnh cho bọn trẻ.", "Nước lạnh.": cold water?)
    said = f"{degree} {adj}".strip() + (f" for {whom}" if whom else "") + (f" {day}" if day else "")
    water = _water_en(m)
    if asked:
        return f"Is {water} {said}?"
    return capitalised(f"{water} isn't {said}." if m["not"] else f"{water} is {said}.")


def _feel_vi(text: str) -> str | None:
    """"The water in the pool is so cold." as "Nước trong bể bơi lạnh quá.", "The water is too deep for the kids." as
    "Nước quá sâu đối với bọn trẻ.", "Is the water very cold?" as "Nước có lạnh lắm không?" (_FEEL_EN), "How deep is
    the pool?" as "Bể bơi sâu bao nhiêu?" (_HOW_DEEP_EN); None for anything else, and for "The water is cold." bare."""
    if m := _HOW_DEEP_EN.fullmatch(text):
        return f"{capitalised(_water_vi(m))} sâu bao nhiêu?"
    m = _FEEL_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked == bool(m["be"]) or asked != ("?" in m["end"]):
        return None
    deg, adj = (m["deg"] or "").lower(), _FEELS_VI[m["adj"].lower()]
    before, after = _DEGREES_EN.get(deg, ("", ""))
    if asked or m["not"]:
        before, after = ("", "lắm") if deg in ("very", "really") else (before, after)
    whom = _KIDS_VI.get(m["kid"].lower()) if m["kid"] else m["whom"] and as_whom(m["whom"], "en")
    if (m["kid"] or m["whom"]) and not (deg == "too" and whom) or m["adj"].lower() == "freezing" and deg or (
            asked or m["not"]) and deg not in ("", "too", "very", "really") or not (
            deg or asked or m["not"] or m["pool"]):
        return None
    said = f"{before} {adj} {after}".strip() + (f" đối với {whom}" if whom else "")
    water = _water_vi(m)
    if asked:
        return placed(f"{water} có {said}", "hôm nay" if m["day"] else "", " không?")
    return placed(f"{water} {'không ' * bool(m['not'])}{said}", "hôm nay" if m["day"] else "", ".")


def _water_vi(m: re.Match) -> str:
    """The water of a match of _WATER_EN in Vietnamese: "nước", "nước trong bể bơi", "bể bơi này", "nước biển",
    "nước ở bãi biển"."""
    if m["pool"]:  # ("The pool is cold.": its water)
        warm = m.groupdict().get("adj") and m["adj"].lower() not in _SIZED
        return f"nước trong {_pool(m, 'vi')}" if m["water"] or m["pw"] or warm else _pool(m, "vi")
    return "nước biển" if m["sea"] else "nước ở bãi biển" if m["beach"] else "nước"


def _a(kind: str) -> str:
    """A pool of a kind, with its article: "a heated pool", "an indoor pool", "a pool"."""
    said = f"{kind} pool".strip()
    return f"{'an' if said[0] in 'aeiou' else 'a'} {said}"


def _has(text: str) -> str | None:
    """"Khách sạn có bể bơi nước nóng không?" as "Does the hotel have a heated pool?", "Khách sạn không có bể bơi
    trong nhà." as "The hotel doesn't have an indoor pool." (_HAS); None for anything else, and for a pool of no kind
    (mt/patterns.py's)."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"]:
        return None
    at, pool = _AT[keyed(m["at"])], _a(_KINDS[keyed(m["kind"])])
    if asked:
        return f"Does {at} have {pool}?"
    return capitalised(f"{at} doesn't have {pool}." if m["not"] else f"{at} has {pool}.")


def _has_vi(text: str) -> str | None:
    """"Is there a pool at the hotel?" as "Khách sạn có bể bơi không?", "Does the hotel have a heated pool?" as
    "Khách sạn có bể bơi nước nóng không?", "The hotel doesn't have a pool." as "Khách sạn không có bể bơi." (_HAS_EN);
    None for anything else, and for "an" before a word that takes "a"."""
    m = _HAS_EN.fullmatch(text)
    asked = bool(m and (m["there"] or m["do"]))
    kind = m and (m["kind"] or "").lower()
    if not m or asked != ("?" in m["end"]) or bool(m["there"]) != bool(m["at"]) or (
            _a(kind).lower() not in text.lower() or m["do"] and not kind):
        return None  # ("a indoor pool"; "Does the hotel have a pool?": mt/patterns.py's)
    at = _AT_VI[(m["at"] or m["at2"] or m["at3"]).lower()]
    pool = f"bể bơi{' ' + _KINDS_VI[kind] if kind else ''}"
    if asked:
        return capitalised(f"{at} có {pool} không?")
    return capitalised(f"{at} {'có' if m['has'] == 'has' else 'không có'} {pool}.")


def _cap(text: str) -> str | None:
    """"Tôi có cần đội mũ bơi không?" as "Do I need to wear a swimming cap?", "Bạn phải đội mũ bơi." as "You have to
    wear a swimming cap.", "Tôi không có mũ bơi." as "I don't have a swimming cap." (_CAP), "Có bắt buộc đội mũ bơi
    không?" as "Is a swimming cap required?" (_REQUIRED); None for anything else."""
    if m := _REQUIRED.fullmatch(text):
        return None if bool(m["rule"]) == ("?" in m["end"]) else \
            "Swimming caps must be worn." if m["rule"] else "Is a swimming cap required?"
    m = _CAP.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    kind = "need" if m["need"] else "must" if m["must"] else "have"
    if kind == "have":  # ("có": the verb, or asking)
        wrong = not (m["has"] or m["ask"]) or m["wear"]
    else:
        wrong = bool(m["ask"]) != asked or kind == "must" and not m["wear"]
    if wrong or asked and m["not"] or m["ask"] and m["has"]:
        return None  # ("Tôi mũ bơi.", "Tôi phải mũ bơi.", "Tôi có có mũ bơi không?")
    who_, one = said
    verb = {"need": "need", "must": "have to", "have": "have"}[kind]
    doing = f"{verb} {'to ' * bool(m['need'] and m['wear'])}{'wear ' * bool(m['wear'])}a swimming cap"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {doing}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {doing}.")
    if one:
        doing = doing.replace("need", "needs", 1) if m["need"] else doing.replace("have", "has", 1)
    return capitalised(f"{who_} {doing}.")


def _cap_vi(text: str) -> str | None:
    """"Do I need to wear a swimming cap?" as "Tôi có cần đội mũ bơi không?", "I need a swimming cap." as "Tôi cần mũ
    bơi.", "You have to wear a swimming cap." as "Bạn phải đội mũ bơi.", "Do you have a swimming cap?" as "Bạn có mũ
    bơi không?" (_CAP_EN), "Swimming caps must be worn." as "Bắt buộc phải đội mũ bơi." (_REQUIRED_EN); None for
    anything else, and where the verb does not agree with who."""
    if m := _REQUIRED_EN.fullmatch(text):
        return "Có bắt buộc đội mũ bơi không?" if m["be0"] else "Bắt buộc phải đội mũ bơi."
    m = _CAP_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["nt"]:
        return None
    who_, one = who_vi(m)
    aux, verb, wear = (m["do"] or m["nt"] or "").lower(), " ".join(m["verb"].split()), (m["wear"] or "").strip()
    base = {"needs": "need", "has to": "have to", "has": "have"}.get(verb, verb)
    kind = "need" if base == "need" else "have" if base == "have" else "must"
    said_one = aux.startswith("does") if aux else None if verb == "must" else verb != base
    if said_one not in (None, one) or aux and (base != verb or verb == "must") or wear != {
            "need": wear and "to wear", "have": "", "must": "wear"}[kind]:
        return None  # ("She need", "Does he has", "I must to wear", "I have a swimming cap to wear")
    # ("I need a swimming cap." needs one: "cần mũ bơi"; "need to wear" is "cần đội")
    doing = "mũ bơi" if kind == "have" else "cần mũ bơi" if not wear else \
        f"{'cần' if kind == 'need' else 'phải'} đội mũ bơi"
    if m["do"]:
        return capitalised(f"{who_} có {doing} không?")
    if kind == "have":
        doing = f"có {doing}"
    return capitalised(f"{who_} không {doing}." if m["nt"] else f"{who_} {doing}.")


def _lifeguard(text: str) -> str | None:
    """"Có nhân viên cứu hộ không?" as "Is there a lifeguard?", "Bãi biển không có nhân viên cứu hộ." as "There's no
    lifeguard on the beach.", "Nhân viên cứu hộ ở đâu?" as "Where's the lifeguard?" (_LIFEGUARD); None for anything
    else, and for "Ở đây có nhân viên cứu hộ." said."""
    m = _LIFEGUARD.fullmatch(text)
    if m and m["where"]:
        return "Where's the lifeguard?"
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    at = f" {_GUARDED[keyed(m['at'])]}" if m["at"] else ""
    duty = " on duty" if m["duty"] else ""
    return f"Is there a lifeguard{duty}{at}?" if asked else f"There's no lifeguard{duty}{at}."


def _lifeguard_vi(text: str) -> str | None:
    """"Is there a lifeguard on duty?" as "Có nhân viên cứu hộ trực không?", "There's no lifeguard here." as "Ở đây
    không có nhân viên cứu hộ.", "Where's the lifeguard?" as "Nhân viên cứu hộ ở đâu?" (_LIFEGUARD_EN); None for
    anything else."""
    m = _LIFEGUARD_EN.fullmatch(text)
    if m and m["where"]:
        return "Nhân viên cứu hộ ở đâu?"
    if not m or bool(m["ask"]) != ("?" in m["end"]) or ("lifeguards" in text) != ("Are" in (m["ask"] or "")):
        return None
    at = f"{_GUARDED_VI[m['at'].lower()]} " if m["at"] else ""
    duty = " trực" if m["duty"] else ""
    said = f"{at}{'có' if m['ask'] else 'không có'} nhân viên cứu hộ{duty}"
    return capitalised(f"{said} không?" if m["ask"] else f"{said}.")


def _sign(text: str, src: str) -> str | None:
    """"Cấm nhảy cắm đầu xuống bể." as "No diving.", "No running by the pool." as "Cấm chạy quanh bể bơi." (_SIGN,
    _SIGN_EN, `src` the language of `text`); None for anything else."""
    m = (_SIGN if src == "vi" else _SIGN_EN).fullmatch(text)
    return m and _SIGNS[next(g for g in _SIGNS if m[g])][src == "en"]
