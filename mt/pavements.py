"""The pavement ("vỉa hè"), both ways, written whole by rule: the pavement full of (parked) motorbikes, who parks or
sells on it, bans on parking or selling there, pedestrians who have to walk in the road, the ward clearing the
pavements, and places that put their tables and chairs out on the pavement. v8 (rules on) reads "vỉa hè" as summer,
"pavement" as a palm: "Xe máy đỗ đầy vỉa hè." → "The motorcycle was filled with summer.", "Don't park on the
pavement." → "Đừng đậu xe trên lòng bàn tay." (more in the tests).

Taken: the pavement ("vỉa hè", "hè phố"; here, on this street, in front of whose house) full of motorbikes, cars or
bicycles (_VEHICLES), parked or not, always, asked; who (mt.hobbies.WHO, WHO_EN; "người ta", people) parking on it
(their own vehicle: "đã", "vừa", "đang", a day behind, how often of mt.hobbies.SELDOM) or selling things there (_GOODS:
a habit, now, a day behind, denied, asked); "Cấm …" (No parking), "Đừng …", "Không được …" (You can't) park or sell
there; who, pedestrians, people or everyone has to walk in the road ("phải đi xuống lòng đường": now, "đã" or a day
behind had to, "sẽ" or a day ahead will, denied, asked), because the pavement is full or there is none; the ward, the
police … (_AUTH) clearing the pavements ("dẹp vỉa hè": now, again, just, done, about to, will, on a day, not yet,
asked); a place (_SPOTS, "này", "đó") putting its tables and chairs or goods out on the pavement. Left: parking there
with no word of tense ("Tôi đỗ xe trên vỉa hè.": did, or does?), "Did you park …?" with no day, "xe" alone full ("Vỉa hè
đầy xe."), "was full" alone (which day?), "we", "they" parking their vehicle (one or many?), a name's own vehicle (his
or hers?), people putting tables out ("They put …": did, or do?), a pet as who, "anh", "chị", "em" alone, "em" asking
with "ạ" (the speaker?), everyone denied ("Everyone doesn't …": not everyone?), "always" as the reason of a day gone by,
a statement closed by "thế" or "vậy" (so full?), "walk in the street" (along it?), "dọn dẹp vỉa hè" (tidying), "Phường
dẹp vỉa hè." (no tense), "they", the city or the district clearing the pavements in English (of snow?), parking with no
pavement said (mt/parking.py), fines (mt/fines.py); mt/traffic.py, mt/crowds.py, mt/walks.py, mt/roadworks.py and
mt/drinking_out.py take none of these shapes. mt.phrasebook.translate tries these after mt/vocabulary.py.

    >>> translate("Xe máy đỗ đầy vỉa hè.", "vi", "en"), translate("Don't park on the pavement.", "en", "vi")
    ('The pavement is full of parked motorbikes.', 'Đừng đỗ xe trên vỉa hè.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, em_speaking, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENER_NHE, STRESSED_SAID, alternatives, capitalised, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:vỉa\s+hè|hè\s+phố|lòng\s+đường)"), "en": lazy(r"(?i:pavement|sidewalk|in\s+the\s+road)")}
# what fills the pavement, or is parked there (English one, many; the first Vietnamese of each is written back)
_VEHICLES = {"xe máy": ("motorbike", "motorbikes"), "ô tô": ("car", "cars"), "xe ô tô": ("car", "cars"),
             "xe hơi": ("car", "cars"), "xe đạp": ("bicycle", "bicycles")}
_VEHICLES_VI = {en: vi for vi, ones in reversed(_VEHICLES.items()) for en in ones} | {
    "motorcycle": "xe máy", "motorcycles": "xe máy"}
# what is sold on it ("bán hàng": sells things)
_GOODS = {"hàng": "things", "quần áo": "clothes", "rau": "vegetables", "hoa quả": "fruit", "trái cây": "fruit",
          "hoa": "flowers", "trà đá": "iced tea"}
_GOODS_VI = {en: vi for vi, en in reversed(_GOODS.items())} | {"goods": "hàng", "stuff": "hàng"}
# who clears the pavements (English, and whether one: "is", "has")
_AUTH = {"phường": ("the ward", True), "công an phường": ("the ward police", False), "công an": ("the police", False),
         "chính quyền": ("the authorities", False), "thành phố": ("the city", True), "quận": ("the district", True),
         "họ": ("they", False), "người ta": ("they", False)}
# ... and back, not "they", the city or the district: English may clear its pavements of snow ("dọn", not "dẹp")
_AUTH_VI = {en: vi for vi, (en, _) in reversed(_AUTH.items()) if en not in ("they", "the city", "the district")}
# places that put tables out ("quán này": this place)
_SPOTS = {"quán": "place", "nhà hàng": "restaurant", "quán ăn": "restaurant", "quán cà phê": "café", "cửa hàng": "shop"}
_SPOTS_VI = {en: vi for vi, en in reversed(_SPOTS.items())} | {"cafe": "quán cà phê"}
_PUT_OUT = {"bàn ghế": "tables and chairs", "hàng": "goods", "hàng hóa": "goods"}
_BEHIND = near_days("hôm qua", "sáng qua", "chiều qua", "tối qua", "hôm kia", "tuần trước")
_AHEAD = near_days("ngày mai", "sáng mai", "tuần sau", "tháng sau")
_DAYS = _BEHIND | _AHEAD
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_PAV = r"(?i:vỉa\s+hè|hè\s+phố)"
_WHERE = (r"(?:\s+(?:(?P<here>ở\s+đây)|(?P<street>(?:ở\s+)?(?:phố|đường)\s+này)|trước\s+nhà\s+(?:của\s+)?"
          rf"(?P<house>{alternatives(OWNERS)})))?")
_ON_PAV = rf"\s+(?:trên|lên|ở|ngoài)\s+{_PAV}{_WHERE}"  # (parked, sold or banned there)
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_VEH = rf"(?P<veh>(?i:{alternatives(_VEHICLES)}))"
_ALWAYS = r"(?P<always>lúc\s+nào\s+cũng|luôn)\s+"
_DOER = rf"(?:(?P<people>(?i:người\s+ta))|{WHO})"
_ACT = (rf"(?:(?P<park>đỗ|đậu|để)\s+(?:xe|(?P<veh>{alternatives(_VEHICLES)}))|"
        rf"(?P<sell>bán\s+(?P<goods>{alternatives(_GOODS)})|buôn\s+bán))")
# the pavement full ("Vỉa hè đầy xe máy.", "Xe máy đỗ đầy vỉa hè.", "Vỉa hè có đầy xe máy không?")
_FULL = lazy(rf"{_PAV}{_WHERE}\s+(?:{_ALWAYS}|(?P<ask>có)\s+)?đầy\s+{_VEH}{ASKED_END}")
_PARKED = lazy(rf"{_VEH}\s+(?:{_ALWAYS})?(?P<parked>đỗ|đậu)\s+(?:đầy|kín)\s+{_PAV}{_WHERE}{ASKED_END}")
_NONE = lazy(rf"không\s+có\s+{_PAV}")
# who parks or sells there ("Hôm qua tôi đỗ xe trên vỉa hè.", "Mẹ tôi bán hàng trên vỉa hè.")
_DOES = lazy(rf"{_DAY}{_DOER}\s+(?:(?P<aux>đã|vừa|đang|không|có)\s+)?(?:(?P<often>{alternatives(SELDOM)})\s+)?"
             rf"{_ACT}{_ON_PAV}{ASKED_END}")
# don't, or can't ("Đừng đỗ xe trên vỉa hè.", "Cấm bán hàng trên vỉa hè.", "Không được đỗ xe trên vỉa hè.")
_BAN = lazy(rf"(?:(?P<ban>(?i:cấm))|(?P<dont>(?i:đừng))|(?:(?P<you>(?i:bạn))\s+)?(?P<cant>(?i:không\s+được)))\s+"
            rf"{_ACT}{_ON_PAV}{SOFTENER_NHE}\s*(?P<end>[.!]*)")
# walking in the road ("Người đi bộ phải đi xuống lòng đường.", "… vì vỉa hè đầy xe máy.")
_ROAD = lazy(rf"{_DAY}(?:(?P<walkers>(?i:người\s+đi\s+bộ))|(?P<all>(?i:mọi\s+người))|{_DOER})\s+"
             r"(?:(?P<aux>đã|sẽ|không|có)\s+)?phải\s+đi\s+(?:bộ\s+)?(?:xuống|dưới)\s+lòng\s+đường"
             rf"(?:\s*,?\s+(?:tại\s+|bởi\s+)?vì\s+(?P<why>[^.!?]+?))?{ASKED_END}")
# clearing the pavements ("Phường đang dẹp vỉa hè.", "Phường dẹp vỉa hè chưa?")
_CLEAR = lazy(rf"{_DAY}(?P<auth>(?i:{alternatives(_AUTH)}))\s+(?:(?P<aux>đang|lại\s+đang|vừa\s+mới|vừa|đã|sắp|sẽ|"
              rf"chưa|có\s+đang)\s+)?dẹp\s+{_PAV}{_WHERE}(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
# tables put out ("Quán này bày bàn ghế ra vỉa hè.")
_PUT = lazy(rf"(?P<spot>(?i:{alternatives(_SPOTS)}))\s+(?P<dem>này|đó)\s+(?:(?P<aux>đang|có|không)\s+)?"
            rf"(?:(?P<often>{alternatives(SELDOM)}|lúc\s+nào\s+cũng)\s+)?(?:bày|kê)\s+(?P<what>"
            rf"{alternatives(_PUT_OUT)})\s+ra\s+{_PAV}{_WHERE}{ASKED_END}")

# ... and in English (typed with straight apostrophes: `translate` makes them so)
_PAV_EN = r"(?:pavement|sidewalk)s?"
_WHERE_EN = (r"(?:\s+(?:(?P<here>here)|(?P<street>on\s+this\s+street)|in\s+front\s+of\s+"
             rf"(?P<house>{WHOSE_WORDS})\s+house))?")
_THE_PAV_EN, _END_EN = rf"the\s+{_PAV_EN}{_WHERE_EN}", r"\s*(?P<end>[.!?]*)"
_ON_EN = rf"\s+on\s+{_THE_PAV_EN}"
_Q_EN, _DAYS_EN = r"(?:(?P<q>Do|Does|Did)\s+)?", alternatives(_DAYS_VI)
_WHO_EN = rf"(?:(?P<people>[Pp]eople)|{WHO_EN})"
_VEH_EN = alternatives(_VEHICLES_VI)
_FULL_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?[Tt]he\s+(?P<pav>{_PAV_EN}){_WHERE_EN}(?P<be>\s+(?:is|are|was|were)|'(?:s|re))?"
                rf"(?:\s+(?P<always>always))?\s+full\s+of\s+(?P<parked>parked\s+)?(?P<veh>{_VEH_EN}){_END_EN}")
_NONE_EN = lazy(rf"there\s+(?P<be>is|was|'s)\s+no\s+{_PAV_EN}")
_DOES_EN = lazy(rf"{_Q_EN}{_WHO_EN}(?P<aux>\s+(?:is|are|am|has|have|(?:do|does|did)(?:\s+not|n't))|'(?:s|re|m|ve))?"
                rf"(?:\s+(?P<adv>just|{alternatives(HABIT_VI)}))?\s+(?P<verb>park(?:s|ed|ing)?|sells?|sold|selling)"
                rf"(?:\s+(?P<vwhose>{WHOSE_WORDS})\s+(?P<veh>{_VEH_EN})|\s+(?P<goods>{alternatives(_GOODS_VI)}))?"
                rf"{_ON_EN}(?:\s+(?P<day>{_DAYS_EN}))?{_END_EN}")
_BAN_EN = lazy(r"(?:(?P<ban>No)\s+(?P<ing>parking|selling)|(?:(?P<dont>Don't|Do\s+not)|(?P<cant>You\s+(?:can't|"
               r"cannot|can\s+not|mustn't|must\s+not|aren't\s+allowed\s+to)))\s+(?P<verb>park|sell))"
               rf"(?:\s+(?P<goods>{alternatives(_GOODS_VI)}))?{_ON_EN}\s*(?P<end>[.!]*)")
_ROAD_EN = lazy(rf"{_Q_EN}(?:(?P<walkers>[Pp]edestrians)|(?P<all>[Ee]veryone)|{_WHO_EN})\s+(?:(?P<aux>(?:do|does|did)"
                rf"(?:\s+not|n't)|will)\s+)?(?P<have>have|has|had)\s+to\s+walk\s+in\s+the\s+road(?:\s+(?P<day>"
                rf"{_DAYS_EN}))?(?:\s*,?\s+because\s+(?P<why>[^.!?]+?))?{_END_EN}")
_CLEAR_EN = lazy(rf"(?:(?P<q>Is|Are|Has|Have)\s+)?(?P<auth>(?i:{alternatives(_AUTH_VI)}))(?P<aux>\s+(?:is|are|has|have|"
                 r"will|(?:has|have)(?:\s+not|n't))|'(?:s|re|ve|ll))?(?:\s+(?P<adv>just|about\s+to))?\s+(?P<verb>"
                 rf"clearing|cleared|clear)\s+{_THE_PAV_EN}(?:\s+(?P<tail>yet|again|{_DAYS_EN}))?{_END_EN}")
_PUT_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<dem>[Tt]his|[Tt]hat)\s+(?P<spot>{alternatives(_SPOTS_VI)})(?P<aux>\s+is|'s|"
               rf"\s+does\s+not|\s+doesn't)?(?:\s+(?P<adv>{alternatives(HABIT_VI)}))?\s+(?P<verb>puts?|putting)\s+its"
               rf"\s+(?P<what>tables\s+and\s+chairs|goods)\s+out{_ON_EN}{_END_EN}")
# English said of one ("is", "parks") and forms of "be", "have", "do" read back to their words
_OF_ONE = {"is", "has", "does", "does not", "parks", "sells", "puts"}
_FORMS = {"'s": "is", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "doesn't": "does not",
          "don't": "do not", "didn't": "did not", "hasn't": "has not", "haven't": "have not"}
# having to walk in the road, by a word of when ("đã", "sẽ", "không", "có") and a day behind or ahead
_HAD_TO = {("", ""): "{w} {has}", ("", "behind"): "{w} had", ("đã", ""): "{w} had", ("đã", "behind"): "{w} had",
           ("", "ahead"): "{w} will have", ("sẽ", ""): "{w} will have", ("sẽ", "ahead"): "{w} will have",
           ("không", ""): "{w} {dont} have", ("không", "behind"): "{w} didn't have", ("có", ""): "{Does} {w} have",
           ("có", "behind"): "Did {w} have", ("có", "ahead"): "Will {w} have"}
# clearing the pavements, by a word of when, "rồi" or "chưa" after and a day behind or ahead ("when|done|day")
_CLEARING = {tuple(key.split("|")): said for said, keys in {
    "{w} cleared {p}": "||behind,đã||behind,đã||", "{w} will clear {p}": "||ahead,sẽ||ahead,sẽ||",
    "{Has} {w} cleared {p} yet": "|chưa|", "{w} {has} cleared {p}": "|rồi|,đã|rồi|",
    "{w} {has} just cleared {p}": "vừa|rồi|,vừa||,vừa mới||", "{w} {be} clearing {p}": "đang||",
    "{w} {be} clearing {p} again": "lại đang||", "{w} {be} about to clear {p}": "sắp||",
    "{w} {has}n't cleared {p} yet": "chưa||", "{Be} {w} clearing {p}": "có đang||"}.items() for key in keys.split(",")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a shape the module's docstring takes; None for any other."""
    if src == "vi":  # (not a statement closed by "thế", "vậy": so full?)
        return None if STRESSED_SAID.search(text) else (
            _full(text) or _does(text) or _ban(text) or _road(text) or _clear(text) or _put(text))
    text = text.replace("’", "'")
    return _full_vi(text) or _does_vi(text) or _ban_vi(text) or _road_vi(text) or _clear_vi(text) or _put_vi(text)


def _asked(m: re.Match, ask: bool) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", `ask`: its "có" said); None where "có", "không", "?" disagree."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) == ask else None


def _stop(m: re.Match) -> str:
    """A statement's end as the source has it ("." where none)."""
    return m["end"] or "."


def _where(m: re.Match, lang: str = "en") -> str:
    """Where on the pavement of a match of _WHERE (`lang` "en") or _WHERE_EN ("vi"), in `lang`: " here"; "" for none."""
    if m["house"]:
        return f" in front of {OWNERS[keyed(m['house'])]} house" if lang == "en" else \
            f" trước nhà {WHOSE_VI[m['house'].lower()]}"
    return (" here" if m["here"] else " on this street" if m["street"] else "") if lang == "en" else \
        " ở đây" if m["here"] else " phố này" if m["street"] else ""


def _doer(m: re.Match, lang: str, asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _DOER (`lang` "vi") or _WHO_EN ("en"; and of _ROAD, _ROAD_EN) in the other language, and
    whether one; None for a pet, "em" asking with "ạ" (the speaker?), and where mt.hobbies.who gives none."""
    groups, en = m.groupdict(), lang == "vi"
    if groups.get("walkers") or groups.get("all"):
        return (("pedestrians" if en else "người đi bộ"), False) if groups["walkers"] else \
            ("everyone" if en else "mọi người", True)
    if m["people"]:
        return "people" if en else "người ta", False
    return None if animal(m) or en and em_speaking(m) else who(m, asked) if en else who_vi(m)


def _agrees(word: str, one: bool, who_: str) -> bool:
    """Whether an English verb or auxiliary (small letters) agrees with who (`one`; "am" of "I", "tôi" only)."""
    i = who_ in ("I", "tôi")
    return i if word == "am" else (word in _OF_ONE) == one and not (i and word == "are")


def _norm(words: str | None) -> str:
    """English auxiliaries as _FORMS reads them: small letters, one space apart ("'re" → "are")."""
    said = " ".join((words or "").lower().split())
    return _FORMS.get(said, said)


def _full_en(m: re.Match, past: bool = False) -> str:
    """The English of a match of _FULL or _PARKED, small: "the pavement here is always full of parked motorbikes"."""
    parked, always = "parked " * bool(m.groupdict().get("parked")), " always" * bool(m["always"])
    return f"the pavement{_where(m)} {'was' if past else 'is'}{always} full of {parked}{_VEHICLES[keyed(m['veh'])][1]}"


def _full(text: str) -> str | None:
    """The pavement full, said or asked (_FULL, _PARKED); None for anything else."""
    m = _FULL.fullmatch(text) or _PARKED.fullmatch(text)
    asked = m and _asked(m, bool(m.groupdict().get("ask")))
    if asked is None:
        return None
    if asked:
        return f"Is the pavement{_where(m)} full of {_VEHICLES[keyed(m['veh'])][1]}?"
    return capitalised(_full_en(m)) + _stop(m)


def _why_en(why: str | None, past: bool) -> str | None:
    """" because …" of a reason of _ROAD (full, or none; "was" where `past`); "" for none said, None for another."""
    if not why:
        return ""
    if _NONE.fullmatch(why):
        return f" because there {'was' if past else 'is'} no pavement"
    m = _FULL.fullmatch(why) or _PARKED.fullmatch(why)
    taken = m and not (m["end"] or m["asked"] or m.groupdict().get("ask") or past and m["always"])
    return f" because {_full_en(m, past)}" if taken else None  # ("was always" of a day gone by: is, still?)


def _does(text: str) -> str | None:
    """Who parks or sells on the pavement (_DOES); None for anything else, and parking with no word of when."""
    m = _DOES.fullmatch(text)
    aux, day = (keyed(m["aux"] or ""), keyed(m["day"] or "")) if m else ("", "")
    asked = m and _asked(m, aux == "có")
    said = None if asked is None or day in _AHEAD else _doer(m, "vi", asked)
    often = SELDOM.get(keyed(m["often"] or "")) if said else None
    if not said or often and (aux not in ("", "có") or asked and often in ("never", "rarely")) or day and (
            often or aux not in ("", "đã")) or aux == "vừa" and m["sell"]:
        return None
    if m["park"] and not (often or day) and aux in ("", "có", "không"):
        return None  # ("Tôi đỗ xe trên vỉa hè.": parked, or parks?)
    who_, one = said
    what = f" {_GOODS[keyed(m['goods'] or 'hàng')]}" if m["sell"] else ""
    if m["veh"]:  # (who's own: not a name alone, his or hers; nor "we", "they", one or many)
        whose = whose_own(m, who_) if one or who_ in ("I", "you") else None
        what = whose and f" {whose} {_VEHICLES[keyed(m['veh'])][0]}"
    if what is None:
        return None
    verb, on = ("park", "parked", "parking") if m["park"] else ("sell", "sold", "selling"), \
        f"{what} on the pavement{_where(m)}"
    if aux in ("đang", "vừa"):
        be = ("am" if who_ == "I" else "is" if one else "are") if aux == "đang" else "has" if one else "have"
        return capitalised(f"{who_} {be} {verb[2] if aux == 'đang' else 'just parked'}{on}{_stop(m)}")
    if aux == "đã" or day:
        return capitalised(f"{who_} {verb[1]}{on}{' ' + _DAYS[day] if day else ''}{_stop(m)}")
    return present(who_, one, verb[0], on[1:], asked, aux == "không", m["end"], f"{often} " if often else "")


def _ban(text: str) -> str | None:
    """A ban on parking or selling there (_BAN); None for anything else, and a vehicle said (yours, or any?)."""
    m = _BAN.fullmatch(text)
    if not m or m["veh"]:
        return None
    goods, on = _GOODS[keyed(m["goods"] or "hàng")], f" on the pavement{_where(m)}{_stop(m)}"
    if m["ban"]:
        return f"No {'parking' if m['park'] else 'selling'}{'' if goods == 'things' else ' ' + goods}{on}"
    verb = "park" if m["park"] else f"sell {goods}"
    return f"Don't {verb}{on}" if m["dont"] else f"You can't {verb}{on}"


def _road(text: str) -> str | None:
    """Having to walk in the road, and why (_ROAD); None for anything else."""
    m = _ROAD.fullmatch(text)
    aux, day = (keyed(m["aux"] or ""), keyed(m["day"] or "")) if m else ("", "")
    asked = m and _asked(m, aux == "có")
    said = None if asked is None else _doer(m, "vi", asked)
    if not said:
        return None
    (who_, one), when = said, "behind" if day in _BEHIND else "ahead" if day else ""
    verb = _HAD_TO.get((aux, when))
    why = _why_en(m["why"], when == "behind" or aux == "đã")
    if verb is None or why is None or m["all"] and aux == "không":  # ("Everyone doesn't": not everyone?)
        return None
    verb = verb.format(w=who_, has="has" if one else "have", dont="doesn't" if one else "don't",
                       Does="Does" if one else "Do")
    day = f" {_DAYS[day]}" if day else ""
    return capitalised(f"{verb} to walk in the road{day}{why}{'?' if asked else _stop(m)}")


def _clear(text: str) -> str | None:
    """Clearing the pavements (_CLEAR); None for anything else, and with no word of when ("Phường dẹp vỉa hè.")."""
    m = _CLEAR.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["asked"] or m["done"] == "chưa") or bool(m["asked"]) != (
            m["aux"] == "có đang"):
        return None
    (who_, one), aux, done, day = _AUTH[keyed(m["auth"])], keyed(m["aux"] or ""), m["done"] or "", keyed(m["day"] or "")
    said = _CLEARING.get((aux, done, "behind" if day in _BEHIND else "ahead" if day else ""))
    if not said:
        return None
    (be, has), pav = ("is", "has") if one else ("are", "have"), f"the pavement{'' if m['house'] else 's'}{_where(m)}"
    said = said.format(w=who_, p=pav, be=be, has=has, Be=be.capitalize(), Has=has.capitalize())
    return capitalised(said) + (f" {_DAYS[day]}" if day else "") + ("?" if "?" in m["end"] else _stop(m))


def _put(text: str) -> str | None:
    """A place putting its tables and chairs or goods out on the pavement (_PUT); None for anything else."""
    m = _PUT.fullmatch(text)
    aux, often = (keyed(m["aux"] or ""), keyed(m["often"] or "")) if m else ("", "")
    asked = m and _asked(m, aux == "có")
    often = "always" if often == "lúc nào cũng" else SELDOM.get(often)
    if asked is None or often and aux not in ("", "có") or asked and often in ("never", "rarely"):
        return None
    spot = f"{'this' if m['dem'] == 'này' else 'that'} {_SPOTS[keyed(m['spot'])]}"
    rest = f"its {_PUT_OUT[keyed(m['what'])]} out on the pavement{_where(m)}"
    if aux == "đang":
        return capitalised(f"{spot} is putting {rest}{_stop(m)}")
    return present(spot, True, "put", rest, asked, aux == "không", m["end"], f"{often} " if often else "")


def _full_vi(text: str, past: bool | None = None) -> str | None:
    """The pavement full, said or asked (_FULL_EN); None for anything else, "was" in a sentence alone (which day?) and
    one vehicle. As a reason (`past` given: "was" there), small, with no end."""
    m = _FULL_EN.fullmatch(text)
    if not m or keyed(m["veh"]) not in {many for _, many in _VEHICLES.values()} | {"motorcycles"}:
        return None
    be, q = _norm(m["be"] or m["q"]), bool(m["q"])
    was = be in ("was", "were")
    if (be in ("are", "were")) != m["pav"].lower().endswith("s") or q != ("?" in m["end"]) or q == bool(m["be"]):
        return None  # (asked, "Is the pavement is …"; said, no verb)
    if q and (m["always"] or m["parked"]) or (past is not None and (q or m["end"])) or was != bool(past):
        return None
    veh, where, always = _VEHICLES_VI[keyed(m["veh"])], _where(m, 'vi'), " lúc nào cũng" * bool(m["always"])
    if q:
        return f"Vỉa hè{where} có đầy {veh} không?"
    said = f"{veh}{always} đỗ đầy vỉa hè{where}" if m["parked"] else f"vỉa hè{where}{always} đầy {veh}"
    return said if past is not None else capitalised(said) + _stop(m)


def _does_vi(text: str) -> str | None:
    """Who parks or sells on the pavement (_DOES_EN); None for anything else, a verb that does not agree, whose
    vehicle not who's own ("He parked her motorbike …"), and "Did …?" with no day."""
    m = _DOES_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _doer(m, "en")
    park = bool(m and m["verb"].startswith("park"))
    if not said or m["goods"] and park or m["veh"] and not (park and _owned(m, said[0], m["vwhose"].lower())):
        return None
    (who_, one), verb, day = said, m["verb"], m["day"]
    aux, adv = _norm(m["q"] or m["aux"]), (m["adv"] or "").lower()
    aux = "has" if m["aux"] == "'s" and verb == "parked" else aux  # ("He's parked …")
    kind = "base" if verb in ("park", "sell") else "past" if verb in ("parked", "sold") else \
        "ing" if verb.endswith("ing") else "third"
    how = {("", "base"): "", ("", "third"): "", ("do", "base"): "có ", ("does", "base"): "có ", ("did", "base"): "có ",
           ("is", "ing"): "đang ", ("are", "ing"): "đang ", ("am", "ing"): "đang ", ("has", "past"): "vừa ",
           ("have", "past"): "vừa ", ("", "past"): "đã ", ("do not", "base"): "không ", ("does not", "base"): "không ",
           ("did not", "base"): "không "}.get((aux, kind))
    how = "vừa " if adv == "just" and how == "đã " else how
    # (the auxiliary agrees with who, or a verb with none: not "park" after "did")
    agreeing = aux if aux not in ("", "did", "did not") else "" if aux or kind in ("past", "ing") else verb
    if how is None or agreeing and not _agrees(agreeing, one, who_) or (adv == "just") != (how == "vừa ") or (
            adv and adv != "just" and (how not in ("", "có ") or how and adv in ("never", "rarely"))):
        return None
    if day and (adv or day not in _BEHIND.values() or aux not in ("", "did", "did not")) or aux == "did" and not day:
        return None
    how = "" if day and how == "đã " else "đã không " if aux == "did not" and not day else how
    act = f"đỗ {_VEHICLES_VI[keyed(m['veh'])]}" if m["veh"] else "đỗ xe" if park else \
        f"bán {_GOODS_VI[keyed(m['goods'] or 'things')]}"
    often = f"{HABIT_VI[adv]} " if adv and adv != "just" else ""
    said = f"{_DAYS_VI[day] + ' ' if day else ''}{who_} {how}{often}"
    return capitalised(f"{said}{act} trên vỉa hè{_where(m, 'vi')}{' không?' if how == 'có ' else _stop(m)}")


def _owned(m: re.Match, who_: str, whose: str) -> bool:
    """Whether English `whose` ("his") is who's own in a match of _WHO_EN, who `who_` in Vietnamese."""
    if m["people"] or m["who"]:
        return whose == ("their" if m["people"] else EN_WHOSE["I" if m["who"] in "Ii" else m["who"].lower()])
    return whose == (his_her(who_) or whose) and whose in ("his", "her")


def _ban_vi(text: str) -> str | None:
    """A ban on parking or selling on the pavement (_BAN_EN); None for anything else."""
    m = _BAN_EN.fullmatch(text)
    park = bool(m and (m["ing"] or m["verb"]).startswith("park"))
    if not m or m["goods"] and park:
        return None
    act = "đỗ xe" if park else f"bán {_GOODS_VI[keyed(m['goods'] or 'things')]}"
    said = "Cấm" if m["ban"] else "Đừng" if m["dont"] else "Không được"
    return f"{said} {act} trên vỉa hè{_where(m, 'vi')}{_stop(m)}"


def _road_vi(text: str) -> str | None:
    """Having to walk in the road, and why (_ROAD_EN); None for anything else, verbs that do not agree, a day not of
    their tense, and everyone denied ("Everyone doesn't …": not everyone?)."""
    m = _ROAD_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _doer(m, "en")
    if not said:
        return None
    (who_, one), aux, have, day = said, _norm(m["q"] or m["aux"]), m["have"], m["day"]
    when = "behind" if day in _BEHIND.values() else "ahead" if day else ""
    how = {("do", "have", ""): "có phải", ("does", "have", ""): "có phải", ("did", "have", "behind"): "có phải",
           ("", "had", ""): "đã phải", ("", "had", "behind"): "phải", ("will", "have", ""): "sẽ phải",
           ("will", "have", "ahead"): "sẽ phải", ("do not", "have", ""): "không phải",
           ("does not", "have", ""): "không phải", ("did not", "have", "behind"): "không phải",
           ("", "have", ""): "phải", ("", "has", ""): "phải"}.get((aux, have, when))
    agreeing = aux or have if aux not in ("did", "did not", "will") and have != "had" else ""
    if how is None or m["q"] and m["aux"] or agreeing and not _agrees(agreeing, one, who_) or m["all"] and "not" in aux:
        return None
    past, why = have == "had" or aux in ("did", "did not"), ""
    if m["why"]:
        none = _NONE_EN.fullmatch(m["why"])
        why = (" vì không có vỉa hè" if (_norm(none["be"]) == "was") == past else None) if none else \
            _full_vi(m["why"], past)
        why = why and (why if none else f" vì {why}")
    if why is None:
        return None
    day = f"{_DAYS_VI[day]} " if day else ""
    return capitalised(f"{day}{who_} {how} đi xuống lòng đường{why}{' không?' if m['q'] else _stop(m)}")


def _clear_vi(text: str) -> str | None:
    """Clearing the pavements (_CLEAR_EN); None for anything else, and verbs that do not agree with who."""
    m = _CLEAR_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    auth, verb, adv, tail = keyed(m["auth"]), m["verb"], (m["adv"] or "").lower(), (m["tail"] or "").lower()
    aux = _norm(m["q"] or m["aux"])
    aux = "has" if aux == "is" and verb == "cleared" and (m["aux"] or "").startswith("'") else aux
    if aux and aux != "will" and not _agrees(aux.split()[0], _AUTH[_AUTH_VI[auth]][1], ""):
        return None
    day = _DAYS_VI.get(tail)
    key = (bool(m["q"]), aux.replace("are", "is").replace("have", "has"), adv, verb, "" if day else tail)
    how = {(True, "is", "", "clearing", ""): "có đang {} không?", (True, "has", "", "cleared", "yet"): "{} chưa?",
           (False, "is", "", "clearing", ""): "đang {}", (False, "is", "", "clearing", "again"): "lại đang {}",
           (False, "is", "about to", "clear", ""): "sắp {}", (False, "has", "just", "cleared", ""): "vừa {}",
           (False, "has", "", "cleared", ""): "{} rồi", (False, "has not", "", "cleared", "yet"): "chưa {}",
           (False, "", "just", "cleared", ""): "vừa {}", (False, "", "", "cleared", ""): "đã {}",
           (False, "will", "", "clear", ""): "sẽ {}"}.get(key)
    # (a day only with "cleared", "will clear", of its way: "The ward cleared the pavements yesterday.")
    if how is None or day and (how not in ("đã {}", "sẽ {}") or (day in _BEHIND) != how.startswith("đã")):
        return None
    said = how.format(f"dẹp vỉa hè{_where(m, 'vi')}")
    return capitalised(f"{day + ' ' if day else ''}{_AUTH_VI[auth]} {said}") + ("" if m["q"] else _stop(m))


def _put_vi(text: str) -> str | None:
    """A place putting its tables and chairs or goods out on the pavement (_PUT_EN); None for anything else."""
    m = _PUT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux, adv = _norm(m["aux"]), (m["adv"] or "").lower()
    how = {("", "puts"): "", ("Does", "put"): "có ", ("is", "putting"): "đang ", ("does not", "put"): "không "}.get(
        (m["q"] or aux, m["verb"]))
    if how is None or adv and (how not in ("", "có ") or how and adv in ("never", "rarely")):
        return None
    said = f"{_SPOTS_VI[m['spot'].lower()]} {'này' if m['dem'].lower() == 'this' else 'đó'} {how}"
    said += f"{HABIT_VI[adv] + ' ' if adv else ''}bày {'bàn ghế' if m['what'].startswith('tables') else 'hàng'}"
    return capitalised(f"{said} ra vỉa hè{_where(m, 'vi')}{' không?' if m['q'] else _stop(m)}")
