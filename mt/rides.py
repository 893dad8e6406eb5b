"""Water parks, theme parks and their rides, both ways, written whole by rule: going to the water park or the theme
park (taking someone there), liking, loving or wanting a ride or the park, not daring a ride, being scared of one,
having ever ridden one, and feeling dizzy or sick after one. v8 (rules on) reads "tàu lượn siêu tốc" as hovers or a
ship, "vòng quay mặt trời" as the sun, "máng trượt" as skiing, "roller coaster" as a coast and "dare" as losing heart:
"Cuối tuần này chúng tôi đi công viên nước." → "This weekend, we'll go water park.", "Tôi không dám chơi tàu lượn siêu
tốc." → "I'm not going to play ultra-sens hovers.", "Bạn đã bao giờ đi tàu lượn siêu tốc chưa?" → "You've never
traveled ultra-speed hovers?", "Tôi chưa bao giờ đi vòng quay mặt trời." → "I've never been rounding the sun.", "Em
gái tôi sợ tàu lượn siêu tốc." → "My sister fears supervision.", "Con tôi rất thích chơi máng trượt." → "My child
loves skiringe."; "I don't dare ride the roller coaster." → "Tôi không nản lòng bỏ bờ biển cuộn.", "Have you ever
ridden a roller coaster?" → "Bạn đã bao giờ cưỡi một chiếc bờ biển cuộn chưa?", "I've never been on a Ferris wheel."
→ "Tôi chưa bao giờ ở trên bánh Ferris.", "My son loves the water slides." → "Con trai tôi yêu những ảnh chiếu
nước.", "We went to the theme park yesterday." → "Chúng tôi đi đến chủ đề công viên hôm qua.".

Taken: who (mt.hobbies.WHO, WHO_EN; the kids, everyone: mt.noise.GROUPS) going to a park of PARKS (or taking whom
there: mt.hobbies.WHOM) on a day behind, this weekend or a day ahead (_DAYS), with "đã" or "sẽ", said, denied or asked
("Hôm qua bạn có đi công viên nước không?"); liking, loving ("rất thích", "mê", "… lắm") or wanting to go to one or to
ride one of RIDES, not daring or daring asked, being scared of one, said, denied or asked; ever asked ("đã bao giờ …
chưa?"), never ("chưa bao giờ", "chưa từng", "chưa hề") or once ("đã từng") ridden or been; dizzy ("chóng mặt") or sick
("buồn nôn") after a ride, with "đã" or a day behind (felt) or how often (mt.hobbies.SELDOM: gets). Left: going with no
word of when ("Chúng tôi đi công viên nước.": went, or going?), today, tonight and "đang" (on the way, or there?),
"chưa" alone ("Bạn đã đi công viên nước chưa?": yet?), "Bạn có bao giờ … không?" (ever, or ever does?), dizzy with no
tense, "dám" said ("Tôi dám …"), "tàu lượn" alone (a glider?), "đu quay" alone (a Ferris wheel, a carousel or a
playground roundabout?), "máng trượt" alone (a water slide, or a playground or toy slide?), "big wheels" (a truck's,
or the toy?), "khu vui chơi", slides and swings (mt/playgrounds.py), picnics and outings (mt/outings.py), other fears
(mt/fears.py), carsickness (mt/travel_sickness.py), pools (mt/pools.py), "let's" (mt/suggestions.py), "mình" (I, or
we?), "anh", "chị", "em" alone saying it, "I" asked, a pet as who, everyone denied ("Mọi người không dám …", "Everyone
doesn't …": no one, or not everyone?), a statement ending in "thế", "vậy" (mt.text.STRESSED_SAID: so scared; then?),
gone this weekend asked ("Did you go …?" would read as "Are you going …?"), and English whose verb does not agree.
mt.phrasebook.translate tries these after mt/called_up.py.

    >>> translate("Tôi không dám chơi tàu lượn siêu tốc.", "vi", "en"), translate(
    ...     "We're going to the water park this weekend.", "en", "vi")
    ("I don't dare ride the roller coaster.", 'Cuối tuần này chúng tôi đi công viên nước.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY, near_days
from .hobbies import (HABIT_VI, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, asked_of, em_speaking, first_agrees,
                      person_of)
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .rule_keys import key_checked
from .text import (ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present,
                   regular_plural, stop)

# the parks and the rides, in English (the first Vietnamese of each is written back; "tàu lượn" alone may be a glider,
# "đu quay" alone a Ferris wheel, a carousel or a playground roundabout, "máng trượt" alone a playground or a toy slide)
PARKS = {"công viên nước": "water park", "công viên giải trí": "theme park"}
PARKS_VI = {"water park": "công viên nước", "waterpark": "công viên nước", "theme park": "công viên giải trí",
            "amusement park": "công viên giải trí"}
RIDES = {"tàu lượn siêu tốc": "roller coaster", "vòng quay mặt trời": "Ferris wheel",
         "vòng quay ngựa gỗ": "merry-go-round", "vòng xoay ngựa gỗ": "merry-go-round",
         "đu quay ngựa gỗ": "merry-go-round", "máng trượt nước": "water slide"}
RIDES_VI = {en.lower(): vi for vi, en in reversed(RIDES.items())} | {
    "rollercoaster": "tàu lượn siêu tốc", "big wheel": "vòng quay mặt trời", "carousel": "vòng quay ngựa gỗ",
    "waterslide": "máng trượt nước"}
# how English rides each (base, -ing, done; "ride" and "go on" read for all but the slide, "go down" for it)
_RIDING = {"water slide": ("go down", "going down", "been down")}
_RIDING_EN = {"ride": "riding", "go on": "going on", "go down": "going down", "go to": "going to"}
# the days a trip is said on (mt.dates.NEAR_WAY: behind, today or ahead; "this weekend" the only today: "hôm nay" may
# be a day out told that evening)
_DAYS = near_days("hôm qua", "hôm kia", "chiều hôm qua", "chiều qua", "cuối tuần trước", "cuối tuần rồi", "tuần trước",
                  "tháng trước", "năm ngoái", "cuối tuần này", "ngày mai", "sáng mai", "chiều mai", "ngày kia",
                  "cuối tuần sau", "cuối tuần tới", "tuần sau", "tuần tới", "tháng sau", "năm sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_KEYS = {"vi": lazy(r"(?i:công\s+viên\s+nước|công\s+viên\s+giải\s+trí|tàu\s+lượn|vòng\s+quay|vòng\s+xoay|máng\s+trượt|"
                    r"ngựa\s+gỗ)"),
         "en": lazy(r"(?i:water\s*park|theme\s+park|amusement\s+park|roller\s*coaster|ferris|big\s+wheel|"
                    r"water\s*slide|merry|carousel)")}

_WHO = rf"(?:(?P<kids>(?i:{alternatives(GROUPS)}))|{WHO})"
_WHOM = rf"(?:(?P<kids2>(?i:{alternatives(GROUPS)}))|{WHOM})"
_PARK, _RIDE = rf"(?P<park>(?i:{alternatives(PARKS)}))", rf"(?P<ride>(?i:{alternatives(RIDES)}))"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_DOING = r"(?P<doing>(?i:chơi|đi|ngồi|trượt))"
# going ("Cuối tuần này chúng tôi đi công viên nước.", "Ngày mai mẹ tôi sẽ đưa chúng tôi đi công viên giải trí.")
_GO = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>(?i:đã\s+không|sẽ\s+không|đã|sẽ|"
           rf"không))\s+)?(?:(?P<take>(?i:đưa|dẫn))\s+{_WHOM}\s+)?(?i:đi|đến|tới)(?:\s+chơi)?\s+{_PARK}"
           rf"(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
# liking, wanting, daring or fearing ("Bọn trẻ rất thích đi công viên nước.", "Tôi không dám chơi tàu lượn siêu tốc.")
_LIKE = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<very>rất\s+)?(?P<verb>(?i:thích|mê|muốn|dám|sợ))\s+"
             rf"(?:{_DOING}\s+)?(?:{_RIDE}|{_PARK})(?:\s+(?P<much>lắm))?{ASKED_END}")
# ever ("Bạn đã bao giờ đi tàu lượn siêu tốc chưa?", "Tôi chưa bao giờ đi vòng quay mặt trời.", "Tôi đã từng …")
_EVER = lazy(rf"{_WHO}\s+(?:(?P<never>(?i:chưa\s+(?:bao\s+giờ|từng|hề)))|(?P<ever>(?i:(?:đã\s+)?(?:bao\s+giờ|từng))))"
             rf"\s+(?:được\s+)?{_DOING}\s+(?:{_RIDE}|{_PARK})(?:\s+(?P<tail>chưa|rồi))?{SOFTENED_END}")
# dizzy or sick after a ride ("Hôm qua tôi bị chóng mặt sau khi chơi tàu lượn siêu tốc.", "Tôi hay bị buồn nôn …")
_SICK = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<aux>đã)\s+|(?P<often>(?i:{alternatives(SELDOM)}))\s+)?"
             rf"(?:bị|thấy|cảm\s+thấy)\s+(?P<how>chóng\s+mặt|buồn\s+nôn)\s+sau\s+khi\s+{_DOING}\s+{_RIDE}"
             rf"(?:\s+(?P<day>{_DAY}))?{SOFTENED_END}")
_HOW = {"chóng mặt": ("dizzy", "get"), "buồn nôn": ("sick", "feel")}

# ... in English
_WHO_EN = rf"(?:(?P<kids>(?i:{alternatives(GROUPS_VI)}))|{WHO_EN})"
_WHOM_EN = rf"(?:(?P<kids2>(?i:{alternatives(GROUPS_VI)}))|{WHOM_EN})"
_PARK_EN, _RIDE_EN = rf"(?P<park>(?i:{alternatives(PARKS_VI)}))", rf"(?P<ride>(?i:{alternatives(RIDES_VI)}))"
# (not "big wheels": a truck's, or the toy?)
_MANY_EN = rf"(?P<many>(?i:{alternatives(regular_plural(en) for en in RIDES_VI | PARKS_VI if en != 'big wheel')}))"
_DAY_EN = rf"(?P<day>(?i:{alternatives(_DAYS_VI)}))"
_BE_AUX = r"\s+(?:is|am|are)(?:\s+not)?|['’](?:s|m|re)(?:\s+not)?|\s+(?:isn|aren)['’]t"
_GO_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Did|Will)\s+)?{_WHO_EN}(?P<aux>{_BE_AUX}|\s+(?:will|did)(?:\s+not)?|['’]ll|"
              r"\s+(?:won|didn)['’]t)?\s+(?P<verb>going|went|go|taking|took|take)"
              rf"(?:\s+{_WHOM_EN})?\s+to\s+the\s+{_PARK_EN}(?:\s+{_DAY_EN})?\s*(?P<end>[.!?]*)")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is|Am)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does)(?:\s+not|n['’]t)|{_BE_AUX})?"
                r"(?:\s+(?P<really>really))?\s+(?P<verb>likes?|loves?|wants?|dare|scared|afraid)\s+(?:(?P<of>of)\s+)?"
                rf"(?:(?P<to>to)\s+)?(?:(?P<riding>{alternatives(_RIDING_EN.keys() | _RIDING_EN.values())})\s+the\s+"
                rf"(?:{_RIDE_EN}|{_PARK_EN})|(?:the\s+)?{_MANY_EN})\s*(?P<end>[.!?]*)")
_EVER_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{_WHO_EN}(?:(?P<aux>\s+have|\s+has|['’]ve|['’]s)(?:\s+(?P<never>never))?|"
                r"\s+(?P<ever>ever))\s+(?P<part>ridden|been\s+on|been\s+down|been\s+to)\s+(?P<art>an?)\s+"
                rf"(?:{_RIDE_EN}|{_PARK_EN})(?:\s+(?P<before>before))?\s*(?P<end>[.!?]*)")
_SICK_EN = lazy(rf"{_WHO_EN}(?:\s+(?P<often>(?i:{alternatives(HABIT_VI)})))?\s+(?P<verb>felt|feels?|got|gets?)\s+"
                r"(?P<how>dizzy|sick)\s+after\s+(?:(?P<riding>riding|going\s+on|going\s+down)\s+)?the\s+"
                rf"{_RIDE_EN}(?:\s+{_DAY_EN})?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of going to a water park or a theme park, liking, wanting, not daring or fearing
    a ride, having ever ridden one, or feeling dizzy or sick after one; None for any other."""
    if src == "vi":
        if "?" not in text and STRESSED_SAID.search(text):  # ("Tôi sợ tàu lượn siêu tốc thế.": so scared)
            return None
        return _go(text) or _like(text) or _ever(text) or _sick(text)
    text = text.replace("’", "'")
    return _go_vi(text) or _like_vi(text) or _ever_vi(text) or _sick_vi(text)


def _who(m: re.Match, asked: bool, denied: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("the kids", False; "everyone", True), as
    mt.hobbies.person_of gives it; None for "mình" (I, or we?), "em" asking with "ạ" (the speaker), a pet, "I" asked,
    "anh" saying, and everyone `denied` ("Mọi người không dám …": no one dares, not "Everyone doesn't dare")."""
    if m["kids"]:
        said = GROUPS[keyed(m["kids"])]
        return None if denied and said[0] == "everyone" else said
    return None if keyed(m["who"] or "") == "mình" or em_speaking(m) else person_of(m, asked)


def _who_vi(m: re.Match, asked: bool, denied: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether one; None for a pet, "I" asked, and everyone `denied`
    ("Everyone doesn't like …": no one, or not everyone?)."""
    if m["kids"]:
        vi = GROUPS_VI[m["kids"].lower()]
        return None if denied and vi == "mọi người" else (vi, GROUPS[vi][1])
    return person_of(m, asked, "en")


def _day(m: re.Match) -> str | None:
    """The day of a match (opening it, group "day0", or after, "day"), as it is said; "" for none; None for two."""
    if m["day0"] and m["day"]:
        return None
    return keyed(m["day0"] or m["day"] or "")


def _ride_en(m: re.Match) -> tuple[str, str, str, str]:
    """The ride or the park of a Vietnamese match in English: the thing ("the roller coaster"), riding it ("ride the
    roller coaster", "go to the water park"), the same in "-ing", and done ("ridden a roller coaster")."""
    if m.groupdict().get("park"):
        park = PARKS[keyed(m["park"])]
        return f"the {park}", f"go to the {park}", f"going to the {park}", f"been to {a_or_an(park)} {park}"
    ride = RIDES[keyed(m["ride"])]
    base, ing, done = _RIDING.get(ride, ("ride", "riding", "been on" if ride != "roller coaster" else "ridden"))
    return f"the {ride}", f"{base} the {ride}", f"{ing} the {ride}", f"{done} {a_or_an(ride)} {ride}"


def _go(text: str) -> str | None:
    """"Cuối tuần này chúng tôi đi công viên nước." as "We're going to the water park this weekend.", "Hôm qua chúng
    tôi đi công viên giải trí." as "We went to the theme park yesterday.", "Ngày mai mẹ tôi sẽ đưa chúng tôi đi công
    viên giải trí." as "My mother is taking us to the theme park tomorrow." (_GO); None for anything else, and where
    no day or "đã", "sẽ" says when."""
    m = _GO.fullmatch(text)
    asked = m and asked_of(m)
    aux = keyed(m and m["aux"] or "")
    if asked is None or (day := _day(m)) is None or (said := _who(m, asked, aux.endswith("không"))) is None:
        return None
    who_, one = said
    way = NEAR_WAY.get(day, "")
    if asked and aux or m["take"] and (whom := _whom(m, "vi")) is None or aux.startswith("sẽ") and way == "behind":
        return None
    park, on = PARKS[keyed(m["park"])], f" {_DAYS[day]}" if day else ""
    go, went = (f"taking {whom} to", f"took {whom} to") if m["take"] else ("going to", "went to")
    denied = aux.endswith("không")
    if way == "behind" or aux.startswith("đã") and way != "ahead":
        if asked:
            return f"Did {who_} {'take ' + whom if m['take'] else 'go'} to the {park}{on}?" if day else None
        if denied:
            return capitalised(f"{who_} didn't {'take ' + whom if m['take'] else 'go'} to the {park}{on}.")
        return capitalised(f"{who_} {went} the {park}{on}{stop(m['end'])}")
    if aux.startswith("đã") or not day and aux not in ("sẽ", "sẽ không"):
        return None
    if not day:  # ("sẽ" with no day: will)
        verb = f"{'take ' + whom if m['take'] else 'go'} to the {park}"
        return capitalised(f"{who_} won't {verb}." if denied else contracted(who_, f"will {verb}{stop(m['end'])}"))
    be_ = be(who_)
    if asked:
        return f"{be_.capitalize()} {who_} {go} the {park}{on}?"
    return capitalised(contracted(who_, f"{be_}{' not' * denied} {go} the {park}{on}{stop(m['end'])}"))


def _whom(m: re.Match, lang: str) -> str | None:
    """Whom one takes, of a match's groups "kids2" and "whom", in the other language ("chúng tôi" as "us", "bọn trẻ"
    as "the kids", "us" as "chúng tôi"); None where not read."""
    if m["kids2"]:
        return GROUPS[keyed(m["kids2"])][0] if lang == "vi" else GROUPS_VI[m["kids2"].lower()]
    return as_whom(m["whom"], lang)


def _fits(m: re.Match) -> bool:
    """Whether the Vietnamese verb of a match (group "doing") fits its ride or park: "đi" to a park, "trượt" only down
    the slide."""
    doing = keyed(m["doing"] or "")
    return doing == "đi" if m.groupdict().get("park") else doing != "trượt" or RIDES[keyed(m["ride"])] == "water slide"


def _like(text: str) -> str | None:
    """"Bọn trẻ rất thích đi công viên nước." as "The kids love to go to the water park.", "Tôi không dám chơi tàu
    lượn siêu tốc." as "I don't dare ride the roller coaster.", "Em gái tôi sợ tàu lượn siêu tốc." as "My sister is
    scared of roller coasters.", "Tôi sợ chơi tàu lượn siêu tốc." as "I'm scared of riding roller coasters.", "Bạn
    có muốn đi công viên nước không?" (_LIKE); None for anything else, "dám" said, and "rất" with "không" or asked."""
    m = _LIKE.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or not _fits(m) or (said := _who(m, asked, bool(m["not"]))) is None:
        return None
    verb, doing, strong = keyed(m["verb"]), m["doing"], bool(m["very"] or m["much"])
    if m["park"] and verb in ("dám", "sợ") or verb in ("muốn", "dám") and (not doing or strong) or strong and (
            asked or m["not"]) or verb == "dám" and not (asked or m["not"]):
        return None
    who_, one = said
    the, base, _, _ = _ride_en(m)
    if verb == "sợ":  # (a ride feared is any such ride: "scared of roller coasters"; its riding: "of riding …")
        feared = regular_plural(the[4:])
        if doing:
            feared = f"{_RIDING.get(the[4:], ('', 'riding'))[1]} {feared}"
        be_, what = be(who_), f"{'really ' * strong}scared of {feared}"
        if asked:
            return f"{be_.capitalize()} {who_} {what}?"
        return capitalised(contracted(who_, f"{be_}{' not' * bool(m['not'])} {what}{stop(m['end'])}"))
    en = "love" if strong or verb == "mê" else {"thích": "like", "muốn": "want", "dám": "dare"}[verb]
    rest = base if verb == "dám" else f"to {base}" if doing else regular_plural(the[4:])
    return present(who_, one, en, rest, asked, bool(m["not"]), m["end"])


def _ever(text: str) -> str | None:
    """"Bạn đã bao giờ đi tàu lượn siêu tốc chưa?" as "Have you ever ridden a roller coaster?", "Mẹ tôi chưa bao giờ
    đi công viên nước." as "My mother has never been to a water park.", "Tôi đã từng chơi máng trượt nước." as "I've
    been down a water slide before." (_EVER); None for anything else, and "bao giờ" said."""
    m = _EVER.fullmatch(text)
    if not m or not _fits(m):
        return None
    tail, q, ever = keyed(m["tail"] or ""), "?" in m["end"], keyed(m["ever"] or "")
    asked, once = bool(ever) and tail == "chưa" and q, "từng" in ever and tail != "chưa" and not q
    if not (asked or once or m["never"] and not (tail or q)) or (said := _who(m, asked, bool(m["never"]))) is None:
        return None
    who_, one = said
    have, done = "has" if one else "have", _ride_en(m)[3]
    if asked:
        return f"{have.capitalize()} {who_} ever {done}?"
    said = f"{have} {'never ' * bool(m['never'])}{done}{' before' * once}{stop(m['end'])}"
    return capitalised(contracted(who_, said))


def _sick(text: str) -> str | None:
    """"Hôm qua tôi bị chóng mặt sau khi chơi tàu lượn siêu tốc." as "I felt dizzy after riding the roller coaster
    yesterday.", "Tôi hay bị buồn nôn sau khi đi tàu lượn siêu tốc." as "I often feel sick after riding the roller
    coaster." (_SICK); None for anything else, and where neither "đã", a day behind nor how often says when."""
    m = _SICK.fullmatch(text)
    never = keyed(m and m["often"] or "") == "không bao giờ"
    if not m or "?" in m["end"] or not _fits(m) or (day := _day(m)) is None or (said := _who(m, False, never)) is None:
        return None
    who_, one = said
    (how, verb), way, ing = _HOW[keyed(m["how"])], NEAR_WAY.get(day, ""), _ride_en(m)[2]
    if m["often"]:
        adverb = f"{SELDOM[keyed(m['often'])]} "
        return None if day else present(who_, one, verb, f"{how} after {ing}", end=m["end"], adverb=adverb)
    if way == "ahead" or not (m["aux"] or way == "behind"):
        return None
    on = f" {_DAYS[day]}" if day else ""
    return capitalised(f"{who_} felt {how} after {ing}{on}{stop(m['end'])}")


_AUX_SAID = {"'s": "is", "'m": "am", "'re": "are", "'ll": "will", "'ve": "have"}


def _aux(m: re.Match) -> tuple[str, bool]:
    """The first auxiliary of an English match (the question's, group "q", or the one after who, "aux") in small
    letters and written out ("'re" as "are", "won't" as "will"; "" for none), and whether "not" is said."""
    said = f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("won't", "will not").replace("n't", " not").split()
    return (_AUX_SAID.get(said[0], said[0]) if said else ""), "not" in said


def _go_vi(text: str) -> str | None:
    """"We're going to the water park this weekend." as "Cuối tuần này chúng tôi đi công viên nước.", "We went to the
    theme park yesterday." as "Hôm qua chúng tôi đi công viên giải trí.", "Did you go to the water park last weekend?"
    as "Cuối tuần trước bạn có đi công viên nước không?" (_GO_EN); None for anything else, "going" with no day (now,
    or planned?), asked with no day, gone this weekend asked, and where the verb or the day does not agree."""
    m = _GO_EN.fullmatch(text)
    if not m or m["q"] and m["aux"] or bool(m["q"]) != ("?" in m["end"]):
        return None
    first, not_ = _aux(m)
    said = _who_vi(m, bool(m["q"]), not_)
    taking, whom = m["verb"].startswith("t"), (m["whom"] or m["kids2"]) and _whom(m, "en")
    if said is None or not first_agrees(first, *said) or taking != bool(whom):
        return None
    day = _DAYS_VI.get(keyed(m["day"] or ""), "")
    way, verb, will = NEAR_WAY.get(day, ""), m["verb"].lower(), first == "will"
    if first in ("is", "am", "are") and verb in ("going", "taking") and way in ("ahead", "today") or will and verb in (
            "go", "take") and way != "behind" and (day or not m["q"]):
        mid = ("sẽ không " if will else "không ") if not_ else "sẽ " if will else ""
    elif first == "did" and verb in ("go", "take") and way != "ahead" and (day or not m["q"]) or not first and verb in (
            "went", "took") and way != "ahead":
        if m["q"] and way == "today":  # ("Cuối tuần này bạn có đi … không?" asks "Are you going …?")
            return None
        # ("Cuối tuần này tôi không đi …" is not going: "đã" where the day is not behind)
        mid = ("không " if way == "behind" else "đã không ") if not_ else "" if way == "behind" else "đã "
    else:
        return None
    go, park, opening = f"đưa {whom} đi" if taking else "đi", PARKS_VI[keyed(m["park"])], f"{day} " if day else ""
    if m["q"]:
        return capitalised(f"{opening}{said[0]} có {go} {park} không?")
    return capitalised(f"{opening}{said[0]} {mid}{go} {park}{stop(m['end'])}")


def _like_vi(text: str) -> str | None:
    """"I don't dare ride the roller coaster." as "Tôi không dám chơi tàu lượn siêu tốc.", "The children love to go to
    the water park." as "Bọn trẻ rất thích đi công viên nước.", "My sister is scared of roller coasters." as "Em gái
    tôi sợ tàu lượn siêu tốc.", "Do you want to ride the Ferris wheel?" (_LIKE_EN); None for anything else, "dare" said,
    "love" or "really" denied or asked, and where a verb does not agree or does not fit the ride."""
    m = _LIKE_EN.fullmatch(text)
    if not m or m["q"] and m["aux"] or bool(m["q"]) != ("?" in m["end"]):
        return None
    asked, (first, not_), verb = bool(m["q"]), _aux(m), m["verb"].lower()
    base, said = verb[:-1] if verb in ("likes", "loves", "wants") else verb, _who_vi(m, asked, not_)
    fear = base in ("scared", "afraid")
    if said is None or not first_agrees(first, *said) or fear != (first in ("is", "am", "are")) or fear != bool(
            m["of"]) or not fear and (first not in ("", "do", "does") or (base != verb) != (not first and said[1])):
        return None
    riding = keyed(m["riding"] or "")
    if m["many"]:
        what = keyed(m["many"])[:-1]
        if base in ("want", "dare") or m["to"] or fear and what in PARKS_VI:
            return None
    elif not _riding_fits(m, riding) or (riding in _RIDING_EN) != (bool(m["to"]) or base == "dare") or fear and m[
            "to"] or base in ("want", "dare") and riding not in _RIDING_EN or base == "want" and not m["to"]:
        return None
    else:
        what = keyed(m["ride"] or m["park"])
    if base == "dare" and not (asked or not_) or (asked or not_) and (base == "love" or m["really"]):
        return None
    really = {"like": "rất thích", "love": "rất thích", "scared": "rất sợ", "afraid": "rất sợ"}
    verb_vi = really.get(base) if m["really"] else {"like": "thích", "love": "rất thích", "want": "muốn",
                                                    "dare": "dám"}.get(base, "sợ")
    if verb_vi is None:
        return None
    thing = f"đi {PARKS_VI[what]}" if what in PARKS_VI else RIDES_VI[what] if fear and m["many"] else \
        f"chơi {RIDES_VI[what]}"
    if asked:
        return capitalised(f"{said[0]} có {verb_vi} {thing} không?")
    return capitalised(f"{said[0]} {'không ' * not_}{verb_vi} {thing}{stop(m['end'])}")


def _riding_fits(m: re.Match, riding: str) -> bool:
    """Whether how an English match rides (`riding`: "ride", "going down", "go to", "been on" …) fits its ride or
    park: "go to", "been to" a park, "go down", "been down" only the slide."""
    to = riding.endswith(" to")
    if m.groupdict().get("park"):
        return to
    return not to and (not riding.endswith(" down") or RIDES[RIDES_VI[keyed(m["ride"])]] == "water slide")


def _ever_vi(text: str) -> str | None:
    """"Have you ever ridden a roller coaster?" as "Bạn đã bao giờ chơi tàu lượn siêu tốc chưa?", "My mother has
    never been to a water park." as "Mẹ tôi chưa bao giờ đi công viên nước.", "I've been on a Ferris wheel before."
    as "Tôi đã từng chơi vòng quay mặt trời." (_EVER_EN); None for anything else, "before" asked or with "never",
    and where a verb or "a", "an" does not agree."""
    m = _EVER_EN.fullmatch(text)
    if not m or bool(m["q"]) != bool(m["ever"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    asked, what = bool(m["q"]), keyed(m["ride"] or m["park"])
    said = _who_vi(m, asked)
    if said is None or not first_agrees(_aux(m)[0], *said) or m["art"].lower() != a_or_an(what):
        return None
    if m["before"] and (asked or m["never"]) or not (asked or m["never"] or m["before"]):
        return None
    if not _riding_fits(m, keyed(m["part"])) or m["park"] is None and keyed(m["part"]) == "been to":
        return None
    thing = f"đi {PARKS_VI[what]}" if m["park"] else f"chơi {RIDES_VI[what]}"
    if asked:
        return capitalised(f"{said[0]} đã bao giờ {thing} chưa?")
    return capitalised(f"{said[0]} {'chưa bao giờ' if m['never'] else 'đã từng'} {thing}{stop(m['end'])}")


def _sick_vi(text: str) -> str | None:
    """"I felt dizzy after riding the roller coaster yesterday." as "Hôm qua tôi bị chóng mặt sau khi chơi tàu lượn
    siêu tốc.", "She always feels sick after riding the roller coaster." as "Cô ấy luôn bị buồn nôn sau khi chơi tàu
    lượn siêu tốc." (_SICK_EN); None for anything else, "got sick" (ill, or threw up?), the present with no "often"
    (now?), and where the verb does not agree."""
    m = _SICK_EN.fullmatch(text)
    if not m or (said := _who_vi(m, False)) is None or not _riding_fits(m, keyed(m["riding"] or "")):
        return None
    verb, how = m["verb"].lower(), "chóng mặt" if m["how"] == "dizzy" else "buồn nôn"
    day = _DAYS_VI.get(keyed(m["day"] or ""), "")
    thing, way = f"sau khi chơi {RIDES_VI[keyed(m['ride'])]}", NEAR_WAY.get(day, "")
    if m["how"] == "sick" and verb.startswith("g"):
        return None
    if verb in ("felt", "got"):
        if m["often"] or way == "ahead":
            return None
        done = "" if way == "behind" else "đã "
        return capitalised(f"{day} {said[0]} {done}bị {how} {thing}{stop(m['end'])}".strip())
    if not m["often"] or day or verb.endswith("s") != said[1]:
        return None
    return capitalised(f"{said[0]} {HABIT_VI[m['often'].lower()]} bị {how} {thing}{stop(m['end'])}")
