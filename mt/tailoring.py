"""Tailoring, both ways, written whole by rule: clothes ordered from a tailor, taken to be altered, being measured,
clothes ready to collect, how long making one takes, where one was made and a tailor's work. v8 (the rules on) reads
"may" as luck, a wife or "may", "đặt" as setting, "đo" as measuring a thing, "số đo" as numbers: "Tôi đặt may một bộ
com-lê." → "I set up a complication.", "Tôi mang quần đi sửa." → "I bring clothes fixed.", "Áo của tôi may xong
chưa?" → "Isn't my Austrian?", "Thợ may này may rất đẹp." → "This luck is so nice.", "Thợ may đã lấy số đo cho
tôi." → "My wife has taken the number of measurements."; and back, "I'm taking my trousers to be altered."
→ "Tôi đang chuẩn bị những chiếc dây chuyền của tôi để thay đổi.", "Is my shirt ready yet?" → "Có phải áo của tôi
sẵn sàng không?", "How long does it take to have a suit made?" → "Phải có một chiếc va-li được làm như thế nào?",
"This tailor does very good work." → "Earlor này có tác dụng rất tốt.".

Taken: who (mt.hobbies.WHO, WHO_EN) having a thing of _CLOTHES made ("đặt may" one: now; "đã", "rồi", "chưa?"; for
someone); taking their own, someone's or this one to the tailor's ("mang … ra tiệm may"; in English to be altered too),
with "đã", "vừa", "đang", "sẽ", "cần", "phải", "muốn"; going to be measured for one ("đi đo để may"), so; the tailor or
who taking someone's measurements ("lấy số đo"); a thing of someone's or "này" ready ("may xong": yet?, not yet, now,
will be, on a day ahead, when?); how long having or making one takes, or how many days, and that it takes so long; where
who had this one made, asked; a tailor's (this, that, whose) good work, said, denied or asked. Left: "đã", "vừa", "sẽ",
"đang", "muốn" with "may", "đi may", "may đo", the tailor making someone one, shortening, taking in and mending
(mt/mending.py: "Tôi đi may áo dài.", "I'm having an ao dai made."), "Mẹ tôi đang may áo dài." (sewing it, or having it
made?), sewing as a skill (mt/knitting.py), a thing without whose ("Áo may xong chưa?"), "may xong" said plainly (done
when?), "khi nào" after the verb (when it was done), "mang áo đi may" (cloth, or a shirt?), "anh", "chị", "em" alone
saying it, a pet as who, "I" asking where it was made, "sửa" of clothes ("mang quần đi sửa": altered, or repaired? as
mt/mending.py leaves it), "nhỉ" said (asking to be agreed with), "đặt may" now without "một" ("Mẹ tôi đặt may áo dài.":
a habit too), "cho mình" after anyone but "tôi" (for oneself, or for me?), who's own measurements in English ("She took
her measurements."), and anything else.
mt.phrasebook.translate tries these after mt/spoiled_food.py.

    >>> translate("Tôi mang quần ra tiệm may.", "vi", "en"), translate("Is my shirt ready yet?", "en", "vi")
    ("I'm taking my trousers to the tailor's.", 'Áo sơ mi của tôi xong chưa?')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import near_days
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, animal, as_whom, own_thing, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT, EN_SELF, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:may|số\s+đo)"), "en": lazy(r"(?i:tailor|altered|measure|\bready|made|make)")}
# what a tailor makes (the first Vietnamese of each is written back; "trousers" are a pair, and "these")
_CLOTHES = {"bộ vest": "suit", "bộ com lê": "suit", "bộ com-lê": "suit", "bộ comple": "suit", "áo dài": "ao dai",
            "áo sơ mi": "shirt", "áo": "shirt", "áo khoác": "jacket", "váy": "dress", "đầm": "dress",
            "chân váy": "skirt", "quần": "trousers", "quần âu": "trousers"}
_CLOTHES_VI = {en: vi for vi, en in reversed(_CLOTHES.items())} | {"áo dài": "áo dài"}
_PAIRED = {"trousers"}
_AUXES = {"đã": "past", "vừa mới": "just", "vừa": "just", "mới": "just", "đang": "now", "sẽ": "will", "cần": "need",
          "phải": "must", "muốn": "want"}
_AUXES_VI = {"now": "", "past": "đã", "just": "vừa", "will": "sẽ", "need": "cần", "must": "phải", "want": "muốn"}
_AHEAD = near_days("ngày mai", "sáng mai", "chiều mai", "tối mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới")
_AHEAD_VI = {en: vi for vi, en in reversed(_AHEAD.items())}
_UNITS = {"ngày": "day", "tuần": "week", "tháng": "month"}
_UNITS_VI = {en: vi for vi, en in _UNITS.items()}
_AUX = rf"(?:(?P<aux>{alternatives(_AUXES)})\s+)?"
_THING = rf"(?:(?P<cls>(?i:cái|chiếc|bộ))\s+)?(?P<thing>(?i:{alternatives(_CLOTHES)}))"
_A = rf"(?:(?P<a>(?i:một))\s+)?{_THING}"
_OWNED = rf"{_THING}(?:\s+(?P<this>này)|\s+(?:của\s+)?{OWNER})?"
# having one made, plainly or done ("Tôi đặt may một bộ com-lê.", "Tôi đã đặt may áo dài rồi.", "… chưa?")
_ORDER = lazy(rf"{WHO}\s+(?:(?P<past>đã)\s+)?đặt\s+may\s+{_A}(?:\s+cho\s+{WHOM})?(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# taken to the tailor's ("Tôi mang quần ra tiệm may.", "Mẹ tôi đã mang váy ra tiệm may."; not "đi sửa")
_TAKEN = lazy(rf"{WHO}\s+{_AUX}(?:mang|đem)\s+{_OWNED}\s+(?:đi|ra|đến|tới)\s+(?:chỗ\s+)?(?:tiệm|hiệu|thợ)\s+may"
              rf"{SOFTENED_END}")
# measured for one ("Tôi phải đi đo để may áo dài."), measurements taken ("Thợ may đã lấy số đo cho tôi.")
_MEASURE = lazy(rf"{WHO}\s+{_AUX}đi\s+đo(?:\s+người)?\s+(?:để\s+)?(?:đặt\s+)?may\s+{_A}{SOFTENED_END}")
_MEASURES = lazy(rf"(?:(?P<tailor>(?i:thợ\s+may))(?:\s+(?P<tthis>này|đó))?|{WHO})\s+{_AUX}lấy\s+số\s+đo\s+"
                 rf"(?:cho|của)\s+{WHOM}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# ready ("Áo của tôi may xong chưa?", "Ngày mai áo của bạn sẽ may xong.", "Khi nào áo dài của tôi may xong?")
_DAY = rf"(?i:{alternatives(_AHEAD)})"
_READY = lazy(rf"(?:(?P<day>{_DAY})\s*,?\s+)?{_OWNED}\s+(?:(?P<aux>đã|sẽ|chưa)\s+)?(?:được\s+)?may\s+xong"
              rf"(?:\s+(?:vào\s+)?(?P<day2>{_DAY}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
_WHEN = lazy(rf"(?:(?P<q1>(?i:khi\s+nào|bao\s+giờ))(?:\s+thì)?\s+)?{_OWNED}(?:\s+(?P<q2>khi\s+nào|bao\s+giờ)"
             rf"(?:\s+thì)?)?\s+(?:sẽ\s+)?(?:được\s+)?may\s+xong{SOFTENED_END}")
# how long it takes ("May một bộ áo dài mất bao lâu?", "Đặt may một bộ vest mất khoảng hai tuần.")
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))"
_LONG = lazy(rf"(?:(?P<order>(?i:đặt))\s+)?(?i:may)(?P<mm>\s+đo)?\s+{_A}\s+(?:thì\s+)?mất\s+(?:(?P<long>bao\s+lâu)|"
             rf"(?:mấy|bao\s+nhiêu)\s+(?P<few>{alternatives(_UNITS)})|(?P<about>khoảng\s+)?{_N}\s+"
             rf"(?P<unit>{alternatives(_UNITS)})){SOFTENED_END}")
# a tailor's work ("Thợ may này may rất đẹp.", "Thợ may của bạn có may đẹp không?")
_GOOD = lazy(rf"(?P<maker>(?i:thợ\s+may|tiệm\s+may|hiệu\s+may))(?:\s+(?P<this>này|đó|ấy)|\s+(?:của\s+)?{OWNER})?\s+"
             r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?may\s+(?:(?P<ask2>có)\s+|(?P<not2>không)\s+)?(?:(?P<very>rất)\s+)?"
             rf"(?:đẹp|khéo)(?:\s+(?P<much>lắm))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# where this one was made ("Bạn đặt may bộ vest này ở đâu?")
_WHERE = lazy(rf"{WHO}\s+(?:đã\s+)?(?:đặt\s+)?may\s+{_THING}\s+(?P<this>này|đó)\s+ở\s+đâu(?:\s+(?:vậy|thế|ạ))?\s*\?+")

# ... and in English: a thing ("an ao dai", "a pair of trousers"; "my suit", "these trousers", "Lan's dress")
_CLOTH_EN = rf"(?P<thing>(?i:{alternatives(_CLOTHES_VI)}))"
_A_EN = rf"(?P<a>an?)\s+(?P<pair>pair\s+of\s+)?{_CLOTH_EN}"
_OWNED_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<det>(?i:this|these|that|those))|(?P<someone>{SOMEONE_EN})['’]s)"
             rf"\s+{_CLOTH_EN}")
# the words after who, up to the thing (group said, as _phrases writes them)
_SAID_EN = r"(?P<said>(?:['’]\w+|\s+[a-z]+)(?:\s+[a-z]+){0,4}?)"
_TAKEN_EN = lazy(rf"{WHO_EN}{_SAID_EN}\s+{_OWNED_EN}\s+to\s+(?:(?P<fix>be\s+altered)|the\s+tailor(?:['’]s)?)"
                 r"\s*(?P<end>[.!]*)")
_MEASURE_EN = lazy(rf"{WHO_EN}{_SAID_EN}\s+measured\s+for\s+{_A_EN}\s*(?P<end>[.!]*)")
_MEASURES_EN = lazy(rf"(?:(?P<tailor>(?i:the|this|that)\s+tailor)|{WHO_EN}){_SAID_EN}\s+(?:(?P<mine>"
                    rf"(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+measurements\s*(?P<end>[.!]*)")
_READY_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?{_OWNED_EN}(?P<be>\s+(?:is|are|will\s+be)(?:\s+not)?|"
                 r"['’](?:s|re|ll\s+be)|\s+(?:isn|aren)['’]t)?\s+ready(?:\s+(?P<yet>yet))?"
                 rf"(?:\s+(?P<day>(?i:{alternatives(_AHEAD_VI)})))?\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(rf"When\s+will\s+{_OWNED_EN}\s+be\s+ready\s*\?+")
_LONG_EN = lazy(rf"(?:How\s+(?:long|many\s+(?P<few>days|weeks|months))\s+does\s+it\s+take|It\s+(?P<takes>takes)"
                rf"\s+(?P<about>about\s+|around\s+)?(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+"
                rf"(?P<unit>(?:day|week|month)s?))\s+to\s+(?:make|(?P<have>have|get))\s+{_A_EN}"
                r"(?P<made>\s+made(?P<mm>\s+to\s+measure)?)?\s*(?P<end>[.!?]*)")
_GOOD_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<det>(?i:this|that|the|{WHOSE_WORDS}))\s+(?P<maker>tailor['’]s|tailor)"
                r"(?:\s+(?P<not>doesn['’]t|does\s+not))?\s+(?P<verb>does|do)\s+(?P<very>very\s+)?good\s+work"
                r"\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where\s+did\s+{WHO_EN}\s+(?:have|get)\s+(?P<det>this|that|these|those)\s+{_CLOTH_EN}\s+made\s*\?+")


def _phrases(base: str, past: str, ing: str, done: str) -> dict[str, tuple[str, str | None]]:
    """The words after who in English of a verb (base, past, "-ing", done), each with what it says (a key of
    _AUXES_VI) and whom it agrees with ("I", "one", "not", "are"; None: anyone)."""
    said = {f"{b} {ing}": ("now", p) for b, p in (("'m", "I"), ("am", "I"), ("'re", "are"), ("are", "are"),
                                                   ("'s", "one"), ("is", "one"))}
    said |= {past: ("past", None), f"will {base}": ("will", None), f"'ll {base}": ("will", None)}
    said |= {f"{h} just {done}": ("just", p) for h, p in (("have", "not"), ("'ve", "not"), ("has", "one"),
                                                          ("'s", "one"))}
    for key, verb, verbs in (("must", "have", "has"), ("need", "need", "needs"), ("want", "want", "wants")):
        said |= {f"{verb} to {base}": (key, "not"), f"{verbs} to {base}": (key, "one")}
    return said


_TAKES, _BE_MEASURED = ("take", "took", "taking", "taken"), ("go and be", "went to be", "going to be", "been")
_TAKE, _MEASURED = _phrases(*_TAKES), _phrases(*_BE_MEASURED)


@key_checked(_KEYS)  # ("… nhỉ.": isn't it? said as a statement it is not)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of clothes made by a tailor, taken to be altered, measured
    for, ready, how long one takes, where one was made, or a tailor's work; None for any other."""
    if src == "vi":
        return _order(text) or _taken(text) or _measures(text) or _ready(text) or _long(text) or _good(text) or \
            _where(text)
    text = text.replace("’", "'")
    return (_taken_vi(text) or _measures_vi(text) or _ready_vi(text) or _long_vi(text)
            or _good_vi(text) or _where_vi(text))


def _a(m: re.Match) -> str | None:
    """The thing of a match of _A or _THING in English with "a" or "an" ("a suit", "an ao dai", "a pair of
    trousers"); None for a classifier that does not go with it ("cái bộ vest", "bộ áo")."""
    return _cls_ok(m) and (f"a pair of {en}" if (en := _CLOTHES[keyed(m["thing"])]) in _PAIRED else
                           f"{a_or_an(en)} {en}")


def _cls_ok(m: re.Match) -> bool:
    """Whether _THING's classifier fits its thing: none, "bộ" only before "áo dài", "cái" or "chiếc" not before "bộ"."""
    cls, thing = keyed(m["cls"] or ""), keyed(m["thing"])
    return not cls or (thing == "áo dài" if cls == "bộ" else not thing.startswith("bộ"))


def _owned(m: re.Match, own: str | None = None, who_: str = "") -> tuple[str, bool] | None:
    """The thing of a match of _OWNED in English with whose it is, and whether many: ("my suit", False), ("these
    trousers", True), `own` for none said ("của mình" for "I" only); None where that is None."""
    en = _CLOTHES[keyed(m["thing"])]
    many, owner = en in _PAIRED, keyed(m["owner"] or "")
    if not _cls_ok(m) or owner == "mình" and who_ != "I":
        return None
    whose = (("these" if many else "this") if m["this"] else OWNERS[owner] if owner else
             _someones(m["someone"]) if m["someone"] else own)
    return (f"{whose} {en}", many) if whose else None


def _someones(said: str) -> str | None:
    """Someone of mt.hobbies.SOMEONE as whose in English ("mẹ tôi": "my mother's"); None where not read."""
    return (one := someone(said, "vi")) and f"{one}'s"


def _said(who_: str, one: bool, key: str, verb: tuple[str, str, str, str], rest: str) -> str:
    """Who does it as `key` says, in English ("I'm taking …", "She took …", "We've just been …", "He has to …")."""
    base, past, ing, done = verb
    has = "has" if one else "have"
    said = {"now": f"{be(who_)} {ing}", "past": past, "just": f"{has} just {done}", "will": f"will {base}",
            "must": f"{has} to {base}", "need": f"need{'s' * one} to {base}", "want": f"want{'s' * one} to {base}"}[key]
    return capitalised(contracted(who_, f"{said} {rest}")) + "."


def _who(m: re.Match, asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet, or "Anh" saying it."""
    return None if animal(m) else who(m, asked)


def _order(text: str) -> str | None:
    """"Tôi đặt may một bộ com-lê." as "I'm having a suit made.", and so done or asked (_ORDER); None for anything
    else, and "đặt may" now without "một" ("Mẹ tôi đặt may áo dài.": now, or her habit?)."""
    m = _ORDER.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    said = m and asked == bool(m["yet"]) and not (m["yet"] and m["done"]) and _who(m, asked)
    now = said and not (m["past"] or m["done"] or m["yet"])
    thing = said and not (asked and said[0] == "I") and not (now and not m["a"]) and _a(m)  # ("Have I …?": of oneself)
    whom = thing and m["whom"] and _whom(m["whom"], said[0])
    if not thing or m["whom"] and not whom:
        return None
    (who_, one), for_ = said, f" for {whom}" if whom else ""
    if m["yet"] or m["done"]:
        ordered = f"ordered a tailor-made {thing.split(' ', 1)[1]}{for_}"
        return (f"{'Has' if one else 'Have'} {who_} {ordered} yet?" if asked else
                capitalised(contracted(who_, f"{'has' if one else 'have'} {ordered}")) + ".")
    if m["past"]:
        return capitalised(f"{who_} had {thing} made{for_}.")
    return capitalised(contracted(who_, f"{be(who_)} having {thing} made{for_}")) + "."


def _taken(text: str) -> str | None:
    """"Tôi mang quần ra tiệm may." as "I'm taking my trousers to the tailor's." (_TAKEN), and so measured (_MEASURE);
    None for anything else, and who's own thing where English cannot tell whose ("Lan mang váy ra tiệm may.")."""
    m = _TAKEN.fullmatch(text) or _MEASURE.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m)
    thing = said and (_a(m) if m.re == _MEASURE else (owned := _owned(m, whose_own(m, said[0]), said[0])) and owned[0])
    if not thing:
        return None
    verb, rest = (_BE_MEASURED, f"measured for {thing}") if m.re == _MEASURE else (_TAKES, f"{thing} to the tailor's")
    return _said(*said, _AUXES.get(keyed(m["aux"] or ""), "now"), verb, rest)


def _measures(text: str) -> str | None:
    """"Thợ may đã lấy số đo cho tôi." as "The tailor took my measurements." (_MEASURES); None for anything else,
    and a plain "lấy số đo" (now, or as a habit?)."""
    m = _MEASURES.fullmatch(text)
    tailor = m and {"này": "this tailor", "đó": "that tailor"}.get(m["tthis"], "the tailor")
    said = m and "?" not in m["end"] and ((tailor, True) if m["tailor"] else _who(m))
    whom = said and _whom(m["whom"], said[0])
    whose = whom and ({EN_OBJECT[w]: EN_WHOSE[w] for w in EN_OBJECT} | {EN_SELF[w]: EN_WHOSE[w] for w in EN_SELF}
                      ).get(whom, f"{whom}'s")
    key = whose and (_AUXES.get(keyed(m["aux"] or "")) or ("just" if m["done"] else None))
    if not key or m["done"] and keyed(m["aux"] or "") not in ("", "đã"):
        return None
    said_ = _said(*said, "just" if m["done"] else key, _TAKES, f"{whose} measurements")
    return said_.replace(" just ", " ") if m["done"] else said_  # ("rồi": has taken)


def _whom(said: str, who_: str) -> str | None:
    """Whom said ("cho tôi", of mt.hobbies.WHOM) in English for who `who_`: "myself" or "ourselves" for "I" or "we",
    mt.hobbies.as_whom's otherwise; None for "mình" after anyone else ("Lan … cho mình": for herself, or for me?), and
    for anyone else as their own whom ("Họ … cho họ": themselves, or others?)."""
    whom = as_whom(said, "vi")
    if keyed(said) == "mình" and who_ != "I":
        return None
    if who_ in ("I", "we"):
        return EN_SELF[who_] if whom == EN_OBJECT[who_] else whom
    return None if whom and whom.lower() in (who_.lower(), EN_OBJECT.get(who_.lower(), "")) else whom


def _ready(text: str) -> str | None:
    """"Áo của tôi may xong chưa?" as "Is my shirt ready yet?", and so ready, not yet, ahead or when (_READY, _WHEN);
    None for anything else, a thing without whose, and a plain "may xong" (done when?)."""
    if (m := _WHEN.fullmatch(text)) and "?" in m["end"] and bool(m["q1"]) != bool(m["q2"]) and (thing := _owned(m)):
        return f"When will {thing[0]} be ready?"
    m = _READY.fullmatch(text)
    thing = m and _owned(m)
    if not thing:
        return None
    (said, many), aux, asked, day = thing, keyed(m["aux"] or ""), "?" in m["end"], m["day"] or m["day2"]
    if m["day"] and m["day2"] or bool(m["yet"]) != asked or day and aux not in ("", "sẽ"):
        return None
    if asked:
        return f"{'Are' if many else 'Is'} {said} ready yet?" if aux in ("", "đã") and not (m["done"] or day) else None
    if aux == "sẽ" or day:
        return capitalised(f"{said} will be ready{' ' + _AHEAD[keyed(day)] if day else ''}.") if not m["done"] else None
    if aux == "chưa":
        return None if m["done"] else capitalised(f"{said} {'aren' if many else 'isn'}'t ready yet.")
    return capitalised(f"{said} {'are' if many else 'is'} ready.") if m["done"] or aux == "đã" else None


def _long(text: str) -> str | None:
    """"May một bộ áo dài mất bao lâu?" as "How long does it take to make an ao dai?", and so how many days, or that
    it takes so long (_LONG); None for anything else."""
    m = _LONG.fullmatch(text)
    thing = m and not (m["order"] and m["mm"]) and (m["n"] is None) == ("?" in m["end"]) and _a(m)
    if not thing:
        return None
    made = f"have {thing} made{' to measure' * bool(m['mm'])}" if m["order"] or m["mm"] else f"make {thing}"
    if m["long"] or m["few"]:
        return f"How {'long' if m['long'] else 'many ' + _UNITS[m['few']] + 's'} does it take to {made}?"
    n, unit = VI_TO_EN.get(keyed(m["n"]), m["n"]), _UNITS[m["unit"]]
    span = f"a {unit}" if n in ("one", "1") else f"{n} {unit}s"
    return f"It takes {'about ' * bool(m['about'])}{span} to {made}."


def _good(text: str) -> str | None:
    """"Thợ may này may rất đẹp." as "This tailor does very good work.", denied or asked too (_GOOD); None otherwise."""
    m = _GOOD.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"] or m["ask2"]) or m["ask"] and m["ask2"]:
        return None
    denied = bool(m["not"] or m["not2"])
    if m["not"] and m["not2"] or (asked or denied) and m["very"] or m["very"] and m["much"] or asked and m["much"]:
        return None
    owner = keyed(m["owner"] or "")
    det = (("this" if m["this"] == "này" else "that") if m["this"] else OWNERS[owner] if owner and owner != "mình"
           else None if owner else _someones(m["someone"]) if m["someone"] else "the")
    if not det:
        return None
    maker = f"{det} tailor" + ("" if keyed(m["maker"]) == "thợ may" else "'s")
    does = "Does {} do" if asked else "{} doesn't do" if denied else "{} does"
    return capitalised(f"{does.format(maker)} {'very ' * bool(m['very'] or m['much'])}good work{'?' if asked else '.'}")


def _where(text: str) -> str | None:
    """"Bạn đặt may bộ vest này ở đâu?" as "Where did you have this suit made?" (_WHERE); None for anything else,
    and "I" or "we" asking it."""
    m = _WHERE.fullmatch(text)
    said = m and _cls_ok(m) and _who(m, True)
    if not said or said[0] in ("I", "we"):
        return None
    en = _CLOTHES[keyed(m["thing"])]
    det = ("these" if m["this"] == "này" else "those") if en in _PAIRED else "this" if m["this"] == "này" else "that"
    return f"Where did {said[0]} have {det} {en} made?"


def _agrees(m: re.Match, table: dict[str, tuple[str, str | None]], said_: tuple[str, bool] | None = None
            ) -> tuple[str, str] | None:
    """Who of a match of WHO_EN (or `said_`) in Vietnamese and what the words after it say (a key of _AUXES_VI), where
    in `table` and agreeing ("I'm", "she has"); None where not ("She have", "I is"), and for a pet ("My cat took …")."""
    if said_ is None and animal(m):
        return None
    who_, one = said_ or who_vi(m)
    said = table.get(re.sub(r"\bget$", "be", " ".join(m["said"].lower().split())))
    if said is None or said[1] == "I" and who_ != "tôi" or said[1] == "are" and (one or who_ == "tôi") or (
            said[1] == "one") != one and said[1] in ("one", "not"):
        return None
    return who_, said[0]


def _owned_vi(m: re.Match, own: bool = False) -> tuple[str, bool] | None:
    """The thing of a match of _OWNED_EN in Vietnamese, and whether many: "quần" for who's `own`, "áo của tôi", "cái
    quần này", "váy của Lan"; None where "this" or "these" does not go with it."""
    en, det = m["thing"].lower(), (m["det"] or "").lower()
    vi, many = _CLOTHES_VI[en], en in _PAIRED
    if det:
        if (det in ("these", "those")) != many:
            return None
        return f"{'' if vi.startswith('bộ') else 'cái '}{vi} {'này' if det in ('this', 'these') else 'đó'}", many
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    return whose and (vi if own else f"{vi} của {whose}", many)


def _taken_vi(text: str) -> str | None:
    """"I'm taking my trousers to be altered." as "Tôi mang quần đi sửa.", and so to the tailor's or measured
    (_TAKEN_EN, _MEASURE_EN); None for anything else, and "his" or "her" not surely who's own."""
    m = _TAKEN_EN.fullmatch(text) or _MEASURE_EN.fullmatch(text)
    said = m and _agrees(m, _MEASURED if m.re == _MEASURE_EN else _TAKE)
    if not said:
        return None
    if m.re == _MEASURE_EN:
        one = _one_vi(m)
        return one and capitalised(f"{said[0]} {_AUXES_VI[said[1]]} đi đo để may {one}.".replace("  ", " "))
    own = own_thing(m, *who_vi(m)) if m["owner"] else False
    thing = own is not None and _owned_vi(m, own)  # ("Lan took his dress": his, or another's?)
    to = "đi sửa" if m["fix"] else "ra tiệm may"
    return thing and capitalised(f"{said[0]} {_AUXES_VI[said[1]]} mang {thing[0]} {to}.".replace("  ", " "))


def _one_vi(m: re.Match) -> str | None:
    """The thing of a match of _A_EN in Vietnamese ("một bộ vest", "một chiếc áo dài", "một cái quần"); None where
    "a", "an" or "a pair of" does not go with it."""
    en = m["thing"].lower()
    if m["a"] != a_or_an(m["pair"] or en) or bool(m["pair"]) != (en in _PAIRED):
        return None
    vi = _CLOTHES_VI[en]
    return f"một {vi}" if vi.startswith("bộ") else f"một {'cái' if en in _PAIRED else 'chiếc'} {vi}"


def _measures_vi(text: str) -> str | None:
    """"The tailor took my measurements." as "Thợ may đã lấy số đo cho tôi." (_MEASURES_EN); None for anything
    else, and who's own ("I took my measurements.": "Tôi … cho tôi" is not said) or maybe so ("She took her …")."""
    m = _MEASURES_EN.fullmatch(text)
    if not m:
        return None
    det = m["tailor"] and m["tailor"].split()[0].lower()
    said = _agrees(m, _TAKE, det and (f"thợ may{'' if det == 'the' else ' này' if det == 'this' else ' đó'}", True))
    whom = said and (WHOSE_VI[m["mine"].lower()] if m["mine"] else someone(m["someone"], "en"))
    # (a pronoun's own is its own whose: "she … her"; a name's or kin's his or her may be)
    own = whom and not det and (whom == said[0] or not m["who"] and m["mine"] and m["mine"].lower() in (
        "his", "her", "their"))
    if not whom or own or said[1] not in ("now", "past", "just", "will"):
        return None
    return capitalised(f"{said[0]} {_AUXES_VI[said[1]] or 'đang'} lấy số đo cho {whom}.")


def _ready_vi(text: str) -> str | None:
    """"Is my shirt ready yet?" as "Áo sơ mi của tôi xong chưa?", and so ready, not yet, ahead or when (_READY_EN,
    _WHEN_EN); None for anything else, and "is" or "are" that does not agree."""
    if (m := _WHEN_EN.fullmatch(text)) and (thing := _owned_vi(m)):
        return f"Khi nào {thing[0]} xong?"
    m = _READY_EN.fullmatch(text)
    thing = m and bool(m["q"]) != bool(m["be"]) and _owned_vi(m)
    if not thing:
        return None
    (said, many), be_ = thing, " ".join((m["q"] or m["be"]).lower().replace("n't", " not").split())
    be_ = {"'s": "is", "'re": "are", "'ll be": "will be"}.get(be_, be_)
    if not be_.startswith("will") and be_.startswith("are") != many or bool(m["q"]) != ("?" in m["end"]):
        return None
    if m["q"]:
        return capitalised(f"{said} xong chưa?") if not m["day"] else None
    if be_ == "will be":
        return None if m["yet"] else capitalised(f"{_AHEAD_VI[m['day'].lower()]} {said} sẽ xong." if m["day"] else
                                                 f"{said} sẽ xong.")
    if m["day"] or be_.endswith("not") != bool(m["yet"]):
        return None
    return capitalised(f"{said} chưa xong." if m["yet"] else f"{said} xong rồi.")


def _long_vi(text: str) -> str | None:
    """"How long does it take to make an ao dai?" as "May một chiếc áo dài mất bao lâu?", "It takes about two weeks to
    have a suit made." as "Đặt may một bộ vest mất khoảng hai tuần." (_LONG_EN); None for anything else."""
    m = _LONG_EN.fullmatch(text)
    one = m and (m["takes"] is None) == ("?" in m["end"]) and bool(m["have"]) == bool(m["made"]) and _one_vi(m)
    if not one:
        return None
    made = f"{'May đo' if m['mm'] else 'Đặt may' if m['have'] else 'May'} {one}"
    if m["takes"] is None:
        return f"{made} mất {'mấy ' + _UNITS_VI[m['few'][:-1]] if m['few'] else 'bao lâu'}?"
    n, unit = m["n"].lower(), m["unit"]
    single = n in ("a", "an", "one", "1")
    if single != (not unit.endswith("s")) or n in ("a", "an") and n != a_or_an(unit):
        return None
    unit = _UNITS_VI[unit.removesuffix("s")]  # ("days", "months": the unit without its plural)
    return f"{made} mất {'khoảng ' * bool(m['about'])}{'một' if single else EN_TO_VI.get(n, n)} {unit}."


def _good_vi(text: str) -> str | None:
    """"This tailor does very good work." as "Thợ may này may rất đẹp.", denied or asked too (_GOOD_EN); None else."""
    m = _GOOD_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    if not m or asked != ("?" in m["end"]) or m["verb"] != ("do" if asked or m["not"] else "does") or asked and (
            m["not"] or m["very"]):
        return None
    det = m["det"].lower()
    owned = {"this": " này", "that": " đó", "the": ""}.get(det)  # ("the": none said, not whose)
    owned = f" của {WHOSE_VI[det]}" if owned is None else owned
    maker = f"{'thợ may' if m['maker'] == 'tailor' else 'tiệm may'}{owned}"
    how = "có may đẹp không?" if asked else f"may {'không đẹp' if m['not'] else 'rất đẹp' if m['very'] else 'đẹp'}"
    return capitalised(f"{maker} {how}{' lắm' if m['not'] and m['very'] else ''}{'' if asked else '.'}")


def _where_vi(text: str) -> str | None:
    """"Where did you have this suit made?" as "Bạn đặt may bộ vest này ở đâu?" (_WHERE_EN); None for anything else,
    "I" or "we" asking it, a pet, and "this trousers"."""
    m = _WHERE_EN.fullmatch(text)
    thing = m and not animal(m) and _owned_vi(m)
    if not thing or (who_ := who_vi(m)[0]) in ("tôi", "chúng tôi"):
        return None
    return capitalised(f"{who_} đặt may {thing[0]} ở đâu?")
