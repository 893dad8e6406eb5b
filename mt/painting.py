"""Painting walls and rooms (not pictures), both ways, written whole by rule: who is painting, has painted or
repainted, will paint a room, the house or the walls (and what colour), the paint still wet, dry or peeling, "don't
touch the wall", another coat, the smell of paint, the painters coming. v8 (rules on) reads "sơn" as the name Sơn,
"lại" as back, "lớp" as a layer, "thợ sơn" as a painting, "repaint" and "coat" as anything: "Sơn còn ướt." → "The wet
was wet.", "Sơn chưa khô." → "Son hasn't dry.", "Sơn bị bong tróc." → "Son was flakeed.", "Chúng tôi đang sơn lại
nhà." → "We're painting back home.", "Tường cần sơn lại." → "It seems to paint again.", "Cần sơn thêm một lớp nữa." →
"More than one layer is to paint.", "Mùi sơn nặng quá." → "The painting is too heavy.", "Thợ sơn sẽ đến vào ngày mai."
→ "The painting will come tomorrow."; "We're repainting the house." → "Chúng tôi đang lưỡng lự ngôi nhà.", "I
repainted my bedroom." → "Tôi ngượng lại phòng ngủ của mình.", "It needs a second coat." → "Nó cần một chiếc áo thứ
hai.", "Is the paint dry yet?" → "Sơn vẫn chưa?", "Be careful, the paint is still wet." → "Cẩn thận, bức tranh vẫn còn
ướt.", "The painter is here." → "Sơn ở đây.", "What colour are you painting the bedroom?" → "Bạn sơn màu sắc nào trong
phòng ngủ?".

Taken: who (mt.hobbies.WHO, WHO_EN; "thợ sơn", the painters) is painting ("đang"), painted ("đã"), has just ("vừa",
"mới"), will ("sẽ"), is going to ("định", "sắp"), wants, needs or has to ("muốn", "cần", "phải") paint or repaint
("sơn lại") a place of SURFACES (mt.tidying.PLACES, the walls, fence, door …; whose of mt.terms.OWNERS) or "nó" (it),
a colour of mt.patterns.COLOURS or not, a day as mt.free_time.when reads it; what colour, asked ("đang", "định", "sẽ",
"đã"); the paint (on the walls …) still wet, not dry yet, dry now, asked, peeling, "Sơn ướt." ("Wet paint."), after
"Cẩn thận," or "Đừng chạm vào tường,", and "Đừng chạm vào tường." alone; a place or "it" that needs painting,
repainting or another (a second) coat; the smell of paint strong, or who hates it, does not like or cannot stand it;
the painters coming or here. Left: a thing of mt/colours.py painted a colour ("đã", "vừa", "sẽ", "muốn": theirs),
"Phòng có mùi sơn." (mt/smells.py), nails (mt/makeup.py, mt/salons.py), pictures ("vẽ"), "anh", "chị", "em" alone
saying it (the speaker or "you"), a plain verb ("Tôi sơn nhà.": tense unknown), "Bạn sơn phòng ngủ màu gì?" (did or
will?), "sơn" with no place ("Bố tôi đang sơn.": a picture?), finishing ("sơn xong"), and anything else.
mt.phrasebook.translate tries these after mt/volunteering.py.

    >>> translate("Sơn còn ướt.", "vi", "en"), translate("We're repainting the house.", "en", "vi")
    ('The paint is still wet.', 'Chúng tôi đang sơn lại nhà.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, own_thing, who, who_vi
from .lazy_re import lazy
from .patterns import COLOURS, COLOURS_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed
from .tidying import PLACES, PLACES_VI

# what is painted: the rooms and the house, and more (the first Vietnamese of each is written back)
_MORE = {"tường": "walls", "hàng rào": "fence", "cửa": "door", "cổng": "gate", "trần nhà": "ceiling",
         "văn phòng": "office"}
SURFACES = PLACES | _MORE
SURFACES_VI = PLACES_VI | {en: vi for vi, en in _MORE.items()} | {"wall": "tường"}
_WHOSE = {vi: en for vi, en in OWNERS.items() if vi != "mình"}  # ("mình": my or our)
# what the paint is on ("Sơn tường còn ướt.": the paint on the walls)
_ON = {"tường": "walls", "cửa": "door", "hàng rào": "fence", "trần nhà": "ceiling"}
_ON_VI = {en: vi for vi, en in _ON.items()} | {"wall": "tường"}
_TOUCHED = {"tường": "wall", "cửa": "door", "hàng rào": "fence"}  # ("Don't touch the wall.")
# the tense said before "sơn", and how English says it (with the forms of the verbs _paints gives)
_TENSES = {"đang": "{be} {ing}", "đã": "{ed}", "vừa": "{have} just {ed}", "mới": "{have} just {ed}",
           "vừa mới": "{have} just {ed}", "sẽ": "will {base}", "định": "{be} going to {base}",
           "sắp": "{be} going to {base}", "muốn": "{want} to {base}", "cần": "{need} to {base}",
           "phải": "{have} to {base}"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sơn|tường)"), "en": lazy(r"(?i:paint|coat|wall|door|fence)")}

_PLACE = (rf"(?:(?P<it>[Nn]ó)|(?:(?i:căn|ngôi)\s+)?(?P<place>(?i:{alternatives(SURFACES)}))(?:\s+(?:của\s+)?"
          rf"(?P<owner>(?i:{alternatives(_WHOSE)})))?)")
_COLOUR = rf"(?P<colour>(?i:{alternatives(COLOURS)}))"
# who paints, when, what, what colour ("Chúng tôi đang sơn lại nhà.", "Bạn định sơn phòng ngủ màu gì?")
_PAINTS = lazy(rf"{DAY_OPENING}(?:(?P<painters>[Tt]hợ\s+sơn)|{WHO})\s+(?:(?P<tense>{alternatives(_TENSES)})\s+)?"
               rf"(?P<verb>quét\s+sơn|sơn)(?:\s+(?P<again>lại))?(?:\s+{_PLACE})?"
               rf"(?:\s+(?P<what>màu\s+gì)|\s+{_COLOUR})?{DAY_AFTER}{SOFTENED_END}")
# the paint wet, dry, peeling ("Sơn còn ướt.", "Sơn đã khô chưa?", "Sơn tường bị bong tróc.")
_WET = lazy(rf"[Ss]ơn(?:\s+(?P<on>{alternatives(_ON)}))?\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+ướt(?:\s+(?P<q>không))?|"
            r"(?P<sign>ướt)|(?P<not>chưa)\s+khô|(?:đã\s+)?khô\s+(?P<dry>chưa|rồi)|(?:đang|bị)\s+(?P<peel>bong\s+"
            rf"tróc|bong\s+ra|tróc)){SOFTENED_END}")
_WARNING = lazy(r"(?P<careful>[Cc]ẩn\s+thận)|[Đđ]ừng\s+(?:chạm|sờ)(?:\s+tay)?\s+vào\s+(?P<touch>tường|cửa|"
                r"hàng\s+rào)\s*(?P<end>[.!]*)")
# a place, or it, that needs painting or another coat ("Tường cần sơn lại.", "Cần sơn thêm một lớp nữa.")
_NEEDS = lazy(rf"(?:{_PLACE}\s+)?[Cc]ần\s+(?:được\s+)?(?:sơn(?:\s+(?P<again>lại))?(?:\s+thêm\s+(?:(?P<more>một\s+lớp)"
              r"(?:\s+nữa)?|(?P<second>lớp\s+thứ\s+hai)))?|thêm\s+(?:(?P<more2>một\s+lớp\s+sơn)(?:\s+nữa)?|"
              rf"(?P<second2>lớp\s+sơn\s+thứ\s+hai))){SOFTENED_END}")
_SMELL = lazy(rf"(?:[Mm]ùi\s+sơn\s+(?:(?P<very>rất)\s+)?(?:nặng|nồng|hắc)(?:\s+(?P<so>quá|lắm))?|{WHO}\s+"
              rf"(?P<feel>ghét|không\s+thích|không\s+chịu\s+(?:được|nổi))\s+mùi\s+sơn){SOFTENED_END}")
_PAINTERS = lazy(rf"{DAY_OPENING}[Tt]hợ\s+sơn\s+(?:(?P<tense>sẽ|sắp|đang)\s+)?(?:đến|tới)(?:\s+(?P<here>rồi))?"
                 rf"{DAY_AFTER}{SOFTENED_END}")

# ... and in English
_PLACE_EN = (rf"(?:(?P<it>it)|(?P<owner>(?i:the|{WHOSE_WORDS}))\s+(?P<place>(?i:{alternatives(SURFACES_VI)})))")
_COLOUR_EN = rf"(?P<colour>(?i:{alternatives(COLOURS_VI)}))"
_PAINTS_EN = lazy(rf"(?:{WHO_EN}|(?P<painters>The\s+painters?))(?P<aux>'m|'re|'s|'ve|'ll|\s+am|\s+is|\s+are|\s+have|"
                  r"\s+has|\s+will|\s+wants?\s+to|\s+needs?\s+to|\s+ha(?:ve|s)\s+to)?(?P<going>\s+going\s+to)?"
                  rf"(?P<just>\s+just)?\s+(?P<re>re)?(?P<verb>paint(?:ed|ing)?)(?:\s+{_PLACE_EN})?"
                  rf"(?:\s+{_COLOUR_EN})?{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_WHAT_EN = lazy(rf"What\s+colou?r\s+(?P<aux>are|is|am|did|will)\s+{WHO_EN}\s+(?P<going>going\s+to\s+)?"
                rf"(?P<re>re)?(?P<verb>paint(?:ing)?)\s+{_PLACE_EN}\s*\?+")
_PAINT_EN = r"(?i:the\s+paint)(?:\s+on\s+the\s+(?P<on>walls?|door|fence|ceiling))?"
_WET_EN = lazy(rf"{_PAINT_EN}(?:\s+is|'s)(?:\s+(?P<still>still)\s+wet|(?P<not>\s+not|n't)\s+dry(?:\s+yet)?|"
               r"\s+(?P<dry>dry)(?:\s+now)?|\s+(?P<peel>peeling|flaking)(?:\s+off(?:\s+the\s+(?P<off>walls?))?)?)"
               r"\s*[.!]*|(?P<sign>(?i:wet\s+paint))\s*[.!]*")
_WET_ASKED_EN = lazy(rf"Is\s+{_PAINT_EN}\s+(?:(?P<dry>dry)(?:\s+yet)?|still\s+wet)\s*\?+")
_WARNING_EN = lazy(r"(?P<careful>(?:Be\s+)?[Cc]areful)|(?:Please\s+)?[Dd]on't\s+touch\s+the\s+(?P<touch>walls?|door|"
                   r"fence)\s*(?P<end>[.!]*)")
_NEEDS_EN = lazy(rf"(?:(?P<it>It)|(?P<owner>(?i:the|{WHOSE_WORDS}))\s+(?P<place>{alternatives(SURFACES_VI)}))\s+"
                 r"(?P<needs>needs?)\s+(?:(?P<re>re)?painting|to\s+be\s+(?P<re2>re)?painted|(?P<coat>a\s+second|"
                 r"another|one\s+more)\s+coat(?P<of>\s+of\s+paint)?|(?P<fresh>a\s+(?:fresh|new)\s+coat\s+of\s+paint))"
                 r"\s*[.!]*")
_SMELL_EN = lazy(rf"(?:The\s+smell\s+of\s+(?:the\s+)?paint|The\s+paint\s+smell)(?:\s+is|'s)\s+(?:(?P<so>so|really)\s+|"
                 rf"(?P<very>very)\s+)?strong\s*[.!]*|{WHO_EN}\s+(?P<feel>hates?|(?P<nt>don't|doesn't|do\s+not|does\s+"
                 r"not)\s+like|can't\s+stand|cannot\s+stand)\s+the\s+smell\s+of\s+(?:the\s+)?paint\s*[.!]*")
_PAINTERS_EN = lazy(r"The\s+(?P<painters>painters?)(?:(?P<be>\s*'s|\s*'re|\s+is|\s+are)\s+(?:(?P<here>here)|"
                    r"coming)|\s+(?P<have>has|have)\s+(?:just\s+)?(?:arrived|come))(?P<day>\s+[^,.!?]+?)?\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about painting a room, the house or the walls, the paint wet, another coat, its
    smell or the painters; None for any other."""
    if src == "vi":
        return _paints(text) or _warned(text) or _needs(text) or _smell(text) or _painters(text)
    text = text.replace("’", "'")
    return (_paints_vi(text) or _what_vi(text) or _warned_vi(text) or _needs_vi(text) or
            _smell_vi(text) or _painters_vi(text))


def _place_en(m: re.Match) -> str:
    """The place of a match of _PLACE in English: "it", "the walls", "my bedroom"; "" for none said."""
    if m["it"]:
        return "it"
    if not m["place"]:
        return ""
    said = SURFACES[keyed(m["place"])]
    return f"{OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} {said}"


def _place_vi(m: re.Match, who_: str | None = None, one: bool = False) -> str | None:
    """The place of a match of _PLACE_EN in Vietnamese: "nó", "tường", "phòng ngủ của bạn", whose dropped where it is
    who's own (`who_`, `one` as mt.hobbies.who_vi gives them: "I repainted my bedroom." → "phòng ngủ"); "" for none
    said, None where whose is neither who's own nor another's ("My father painted his room.": whose?)."""
    if m["it"]:
        return "nó"
    if not m["place"]:
        return ""
    vi, owner = SURFACES_VI[m["place"].lower()], m["owner"].lower()
    own = own_thing(m, who_, one) if who_ else owner == "the"
    return None if own is None else vi if own else f"{vi} của {WHOSE_VI[owner]}"


def _day_fits(day: str, tense: str) -> bool:
    """Whether a day in English (`day`) goes with a Vietnamese tense: "đã" none ahead, "sẽ" … none behind, "vừa"
    none."""
    ahead, behind = bool(AHEAD.match(day) or day == "tonight"), bool(BEHIND.match(day))
    return not (tense == "đã" and ahead or tense not in ("đã", "") and behind or tense in ("vừa", "mới", "vừa mới")
                and day)


def _paints(text: str) -> str | None:
    """"Chúng tôi đang sơn lại nhà." as "We're repainting the house.", "Bố tôi sẽ sơn phòng ngủ vào tuần sau." as
    "My father will paint the bedroom next week.", "Tôi đã sơn nó màu trắng." as "I painted it white.", "Bạn định sơn
    phòng ngủ màu gì?" as "What colour are you going to paint the bedroom?" (_PAINTS); None for anything else, for
    mt/colours.py's, and "sơn" with no place ("Bố tôi đang sơn.": a picture?)."""
    m = _PAINTS.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["what"]):
        return None
    said = ("the painters", False) if m["painters"] else who(m, asked)
    day = when(m["day0"] or m["day"], "vi", LAST)
    tense, place = keyed(m["tense"] or ""), _place_en(m)
    if said is None or day is None or not _day_fits(day, tense) or m["colour"] and not place:
        return None
    who_, one = said
    paint = "repaint" if m["again"] else "paint"  # (the forms of the verbs, as who takes them)
    v = {"base": paint, "ing": f"{paint}ing", "ed": f"{paint}ed", "be": "are" if m["painters"] else be(who_),
         "have": "has" if one else "have", "want": "wants" if one else "want", "need": "needs" if one else "need"}
    if not tense or not place and keyed(m["verb"]) == "sơn":
        return None  # ("Bố tôi đang sơn.": a picture?)
    if m["what"]:
        if not place or place == "it" or day:
            return None
        return {"đang": f"What colour {v['be']} {who_} {v['ing']} {place}?", "đã": f"What colour did {who_} "
                f"{v['base']} {place}?"}.get(tense, f"What colour {v['be']} {who_} going to {v['base']} {place}?"
                                             if tense in ("định", "sẽ", "sắp") else None)
    colour = f" {COLOURS[keyed(m['colour'])]}" if m["colour"] else ""
    place, day = f" {place}" if place else "", f" {day}" if day else ""
    return capitalised(contracted(who_, _TENSES[tense].format(**v) + f"{place}{colour}{day}."))


def _wet(text: str) -> str | None:
    """"Sơn còn ướt." as "The paint is still wet.", "Sơn chưa khô." as "The paint isn't dry yet.", "Sơn đã khô
    chưa?" as "Is the paint dry yet?", "Sơn tường bị bong tróc." as "The paint on the walls is peeling.", "Sơn ướt."
    as "Wet paint." (_WET); None for anything else."""
    m = _WET.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["q"] or m["dry"] == "chưa") or m["sign"] and m["on"]:
        return None
    if m["sign"]:
        return "Wet paint."
    paint = f"the paint on the {_ON[keyed(m['on'])]}" if m["on"] else "the paint"
    if asked:
        return f"Is {paint} {'dry yet' if m['dry'] else 'still wet'}?"
    said = "is still wet" if m["still"] else "isn't dry yet" if m["not"] else "is dry now" if m["dry"] else \
        "is peeling"
    return capitalised(f"{paint} {said}.")


def _warned(text: str) -> str | None:
    """"Cẩn thận, sơn còn ướt." as "Be careful, the paint is still wet.", "Đừng chạm vào tường, sơn còn ướt." as
    "Don't touch the wall, the paint is still wet.", and "Đừng chạm vào tường." alone (_WARNING, then _wet); None for
    anything else."""
    first, comma, rest = text.partition(",")
    m = _WARNING.fullmatch(first.strip())
    if not comma:
        return _wet(text) or (m and m["touch"] and f"Don't touch the {_TOUCHED[keyed(m['touch'])]}{m['end'] or '.'}")
    if not m or m["end"] or (said := _wet(rest.strip())) is None or said == "Wet paint.":
        return None
    said = said[0].lower() + said[1:]
    return f"Be careful, {said}" if m["careful"] else f"Don't touch the {_TOUCHED[keyed(m['touch'])]}, {said}"


def _needs(text: str) -> str | None:
    """"Tường cần sơn lại." as "The walls need repainting.", "Nó cần sơn thêm một lớp nữa." as "It needs another
    coat.", "Cần thêm lớp sơn thứ hai." as "It needs a second coat of paint." (_NEEDS); None for anything else, and
    for painting needed with nothing said that needs it ("Cần sơn lại.": we need to?)."""
    m = _NEEDS.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    coat = "another coat" if m["more"] or m["more2"] else "a second coat" if m["second"] or m["second2"] else ""
    if coat and m["again"] or not coat and not (m["it"] or m["place"]):
        return None
    thing = _place_en(m) or "it"
    many = thing.endswith("walls")
    needs = coat + " of paint" * bool(m["more2"] or m["second2"]) or ("repainting" if m["again"] else "painting")
    return capitalised(f"{thing} {'need' if many else 'needs'} {needs}.")


def _smell(text: str) -> str | None:
    """"Mùi sơn nồng quá." as "The smell of paint is so strong.", "Tôi ghét mùi sơn." as "I hate the smell of
    paint.", "Mẹ tôi không chịu được mùi sơn." as "My mother can't stand the smell of paint." (_SMELL); None for
    anything else."""
    m = _SMELL.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if not m["feel"]:
        return f"The smell of paint is {'very ' if m['very'] else 'so ' if m['so'] else ''}strong."
    if (said := who(m, False)) is None:
        return None
    who_, one = said
    feel = keyed(m["feel"])
    does = ("hates" if one else "hate") if feel == "ghét" else \
        f"{'doesn' if one else 'don'}'t like" if feel == "không thích" else "can't stand"
    return capitalised(f"{who_} {does} the smell of paint.")


def _painters(text: str) -> str | None:
    """"Thợ sơn sẽ đến vào ngày mai." as "The painters are coming tomorrow.", "Thợ sơn đến rồi." as "The painters
    are here." (_PAINTERS); None for anything else."""
    m = _PAINTERS.fullmatch(text)
    if not m or "?" in m["end"] or (day := when(m["day0"] or m["day"], "vi", LAST)) is None:
        return None
    if m["here"]:
        return None if m["tense"] or day else "The painters are here."
    if BEHIND.match(day) or not (m["tense"] or AHEAD.match(day)):
        return None
    return f"The painters are coming{' ' * bool(day)}{day}."


def _paints_vi(text: str) -> str | None:
    """"We're repainting the house." as "Chúng tôi đang sơn lại nhà.", "I painted it white." as "Tôi đã sơn nó màu
    trắng.", "My dad will paint the walls next week." as "Tuần sau bố tôi sẽ sơn tường." (_PAINTS_EN); None for
    anything else, "paint" with no word of tense, and where "is", "has", "wants" … does not agree with who."""
    m = _PAINTS_EN.fullmatch(text)
    if not m or m["colour"] and not m["place"] and not m["it"]:
        return None
    who_, one = ("thợ sơn", m["painters"] == "The painter") if m["painters"] else who_vi(m)
    aux = " ".join((m["aux"] or "").replace("'", " '").split()).removesuffix(" to")
    # ("'s" is "is" before "painting" or "going to": "She's going to repaint …"; else "has")
    aux = {"'m": "am", "'re": "are", "'s": "is" if m["verb"] == "painting" or m["going"] else "has", "'ve": "have",
           "'ll": "will"}.get(aux, aux)
    verb, day = m["verb"], when(m["day"], "en", LAST)
    tense = _tense_vi(aux, verb, bool(m["going"]), bool(m["just"]), m["day"] or "")
    place = _place_vi(m, who_, one)
    if tense is None or not place or day is None or not _agrees(aux, who_, one):
        return None
    colour = f" {COLOURS_VI[m['colour'].lower()]}" if m["colour"] else ""
    again = " lại" if m["re"] else ""
    said = f"{who_} {tense} sơn{again}{' ' * bool(place)}{place}{colour}"
    return placed(said, day, ".") if day else capitalised(f"{said}.")


def _tense_vi(aux: str, verb: str, going: bool, just: bool, day: str) -> str | None:
    """The Vietnamese word of tense for "paint" as English said it (`aux` written out: "are", "has", "wants to" …);
    None for a form that does not go ("is paint", "will painted") or a day that does not go with it."""
    if verb == "painting":
        tense = None if going or just or aux not in ("am", "is", "are") else "sẽ" if AHEAD.match(day) else "đang"
    elif verb == "painted":
        tense = None if aux not in ("", "have", "has") or going else "vừa" if just else "đã"
    elif going:
        tense = "sẽ" if aux in ("am", "is", "are") and not just else None
    else:
        tense = None if just else {"will": "sẽ", "want": "muốn", "wants": "muốn", "need": "cần", "needs": "cần",
                                   "have": "phải", "has": "phải"}.get(aux)
    return tense if tense and _day_fits(day, tense) and not (tense == "đã" and aux and day) else None


def _agrees(aux: str, who_: str, one: bool) -> bool:
    """Whether "is", "has", "wants" … (`aux`, written out; "" for none) agrees with who (`who_` in Vietnamese)."""
    if aux in ("am", "is", "are"):
        return aux == be_of(who_, one)
    return aux in ("", "will") or aux.endswith("s") == one


def _what_vi(text: str) -> str | None:
    """"What colour are you painting the bedroom?" as "Bạn định sơn phòng ngủ màu gì?", "What colour did you paint
    it?" as "Bạn đã sơn nó màu gì?" (_WHAT_EN); None for anything else, and where "is" does not agree with who."""
    m = _WHAT_EN.fullmatch(text)
    if not m or (place := _place_vi(m, *who_vi(m))) is None:
        return None
    who_, one = who_vi(m)
    aux, ing = m["aux"].lower(), m["verb"] == "painting"
    if aux == "did" and (ing or m["going"]) or aux == "will" and (ing or m["going"]) or \
            aux in ("am", "is", "are") and (aux != be_of(who_, one) or ing == bool(m["going"])):
        return None
    tense = "đã" if aux == "did" else "sẽ" if aux == "will" else "định"
    return capitalised(f"{who_} {tense} sơn{' lại' * bool(m['re'])} {place} màu gì?")


def _wet_vi(text: str) -> str | None:
    """"The paint is still wet." as "Sơn vẫn còn ướt.", "Is the paint dry yet?" as "Sơn đã khô chưa?", "Wet paint."
    as "Sơn ướt." (_WET_EN, _WET_ASKED_EN); None for anything else."""
    if m := _WET_ASKED_EN.fullmatch(text):
        paint = f"sơn {_ON_VI[m['on']]}" if m["on"] else "sơn"
        return capitalised(f"{paint} đã khô chưa?" if m["dry"] else f"{paint} còn ướt không?")
    if not (m := _WET_EN.fullmatch(text)):
        return None
    if m["sign"]:
        return "Sơn ướt."
    paint = f"sơn {_ON_VI[m['on'] or m['off']]}" if m["on"] or m["off"] else "sơn"
    said = "vẫn còn ướt" if m["still"] else "chưa khô" if m["not"] else "đã khô rồi" if m["dry"] else "bị bong tróc"
    return capitalised(f"{paint} {said}.")


def _warned_vi(text: str) -> str | None:
    """"Be careful, the paint is still wet." as "Cẩn thận, sơn vẫn còn ướt.", "Don't touch the wall." as "Đừng chạm
    vào tường." (_WARNING_EN, then _wet_vi); None for anything else."""
    first, comma, rest = text.partition(",")
    m = _WARNING_EN.fullmatch(first.strip())
    if not comma:
        return _wet_vi(text) or (m and m["touch"] and f"Đừng chạm vào {_ON_VI[m['touch']]}{m['end'] or '.'}")
    if not m or m["end"] or (said := _wet_vi(rest.strip())) is None or said == "Sơn ướt.":
        return None
    said = said[0].lower() + said[1:]
    return f"Cẩn thận, {said}" if m["careful"] else f"Đừng chạm vào {_ON_VI[m['touch']]}, {said}"


def _needs_vi(text: str) -> str | None:
    """"The walls need repainting." as "Tường cần sơn lại.", "It needs a second coat." as "Nó cần sơn thêm lớp thứ
    hai." (_NEEDS_EN); None for anything else, and where "needs" does not agree with what needs it."""
    m = _NEEDS_EN.fullmatch(text)
    if not m or (thing := _place_vi(m)) is None:
        return None
    many = bool(m["place"]) and m["place"].lower() == "walls"
    if (m["needs"] == "needs") == many:
        return None
    if m["coat"]:
        second = keyed(m["coat"]) == "a second"
        said = ("thêm lớp sơn thứ hai" if second else "thêm một lớp sơn nữa") if m["of"] else \
            ("sơn thêm lớp thứ hai" if second else "sơn thêm một lớp nữa")
    else:
        said = "sơn lại" if m["re"] or m["re2"] or m["fresh"] else "sơn"
    return capitalised(f"{thing} cần {said}.")


def _smell_vi(text: str) -> str | None:
    """"The smell of paint is so strong." as "Mùi sơn nồng quá.", "She can't stand the smell of paint." as "Cô ấy
    không chịu được mùi sơn." (_SMELL_EN); None for anything else, and where "hates", "doesn't" does not agree."""
    m = _SMELL_EN.fullmatch(text)
    if not m:
        return None
    if not m["feel"]:
        return f"Mùi sơn {'rất nồng' if m['very'] else 'nồng quá' if m['so'] else 'nồng'}."
    who_, one = who_vi(m)
    feel = keyed(m["feel"])
    if feel.startswith("hate") and (feel == "hates") != one or m["nt"] and keyed(m["nt"]).startswith("does") != one:
        return None
    does = "ghét" if feel.startswith("hate") else "không thích" if m["nt"] else "không chịu được"
    return capitalised(f"{who_} {does} mùi sơn.")


def _painters_vi(text: str) -> str | None:
    """"The painters are coming tomorrow." as "Ngày mai thợ sơn sẽ đến.", "The painter is here." and "The painter's
    here." as "Thợ sơn đến rồi." (_PAINTERS_EN); None for anything else, where "is" or "has" does not agree, and
    for coming on a day behind ("The painters are coming yesterday.")."""
    m = _PAINTERS_EN.fullmatch(text)
    if not m:
        return None
    be_ = (m["be"] or "").strip()
    one, verb = m["painters"] == "painter", {"'s": "is", "'re": "are"}.get(be_, be_ or m["have"])
    said = (m["day"] or "").strip()
    day = when(said, "en", LAST)
    if verb not in (("is", "has") if one else ("are", "have")) or day is None or day and (m["here"] or m["have"]):
        return None
    if BEHIND.match(said):
        return None
    if m["here"] or m["have"]:
        return "Thợ sơn đến rồi."
    return placed("thợ sơn sẽ đến", day, ".") if day else "Thợ sơn sắp đến."
