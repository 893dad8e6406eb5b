"""At the family table, both ways, written whole by rule: the meal ready, come and eat, help yourself, some more, I'm
full, what are you cooking, who cooked this, it smells good, what's for dinner. v8 reads "cơm" as muscles, "chín" as
nine, "no" as no, "thơm" as a poem, "tự nhiên" as natural: "Cơm chín rồi." → "The rice is nine.", "Ăn cơm thôi!" →
"Eat alone!", "Mọi người ăn cơm đi!" → "People ate muscles!", "Cứ tự nhiên." → "It's natural.", "Bạn có muốn thêm
không?" → "Do you want to add?", "Tôi no lắm rồi, cảm ơn." → "I'm so much, thank you.", "Bạn no chưa?" → "Aren't
you?", "Món này thơm quá!" → "This poem is too late!"; "Dinner's ready!" → "Không sẵn sàng đâu!", "Come and eat,
everyone!" → "Hãy ăn và ăn, tất cả mọi người!", "Help yourself." → "Hãy tự giúp mình.", "Would you like some more?" →
"Bạn có muốn thêm một số nữa không?", "I'm really full, thank you." → "Tôi thật sự đầy đủ, cảm ơn cậu.", "What are you
cooking?" → "Cậu nấu chín là gì?", "It smells good." → "Nó có mùi vị tốt.", "What's for dinner?" → "Còn ăn tối nào?".

Taken: the meal ready ("Cơm chín rồi.", "Bữa sáng đã sẵn sàng.", asked with "chưa"); "Ăn cơm thôi!", "Vào ăn cơm
thôi!", "Mọi người ăn cơm đi!" (everyone, the kids; "chúng ta", "mình": let's); "Đến giờ ăn cơm rồi!"; "Cứ tự nhiên (như
ở nhà)."; some more (of FOOD) offered ("Ăn thêm đi.") or asked ("Bạn có muốn ăn thêm không?"); who (mt.hobbies.WHO,
WHO_EN) is full, said (with thanks) or asked; what someone is cooking, who cooked this, did you cook this; it, this,
something smells good; "Tối nay ăn gì vậy?". Left: "Mời … ăn cơm." (the table's ritual, no English of its own), "Ăn
cơm đi." (an order), "Đi ăn thôi." (going out: mt/suggestions.py), "anh", "em" … alone full (the speaker or the
listener), "We're full." (a restaurant with no tables?), "Who made this?", "What are you making?" (a craft?); having
eaten (mt/meals.py), a dish liked (mt/favourites.py), cooking as a hobby (mt/hobbies.py), who cooks (mt/chores.py);
the phrase list's "Tôi no rồi.", "Tôi no quá.", "Tối nay ăn gì?", "Let's eat!", "I'm full.".
mt.phrasebook.translate tries these after mt/hurry.py.

    >>> translate("Cơm chín rồi.", "vi", "en"), translate("Would you like some more?", "en", "vi")
    ("Dinner's ready.", 'Bạn có muốn thêm không?')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .supplies import STOCK
from .text import (
    ASKED_END,
    BE_EN,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a meal said ready, and how English says it (the first Vietnamese of each is written back; "cơm" is any meal)
_READY = {"cơm": "Dinner's", "cơm tối": "Dinner's", "bữa tối": "Dinner's", "cơm trưa": "Lunch is",
          "bữa trưa": "Lunch is", "bữa sáng": "Breakfast is", "đồ ăn": "The food's", "thức ăn": "The food's"}
_UNSAID = lazy(r"(?:'s| is)$")  # ("Dinner's" asked: "Is dinner …?")
_READY_VI = {"dinner": "Cơm", "lunch": "Cơm trưa", "breakfast": "Bữa sáng", "food": "Đồ ăn"}
# what more of is offered (the home's food of mt.supplies, not the raw rice "gạo")
FOOD = {vi: en for vi, en in STOCK.items() if en in ("rice", "meat", "fish", "vegetables", "fruit") and vi != "gạo"} | {
    "canh": "soup", "gà": "chicken"}
FOOD_VI = {en: vi for vi, en in reversed(FOOD.items())}
# the listener, one ("bạn", "anh", "mẹ" … said to) or all at the table
_ONE = {vi for vi, en in PRONOUNS.items() if en == "you"} | {"bố", "mẹ", "ba", "má", "con", "cháu", "ông", "bà"}
_ALL = {"mọi người": "everyone", "cả nhà": "everyone", "các bạn": "everyone", "các con": "kids", "các cháu": "kids"}
_ALL_VI = {"everyone": "Mọi người", "everybody": "Mọi người", "guys": "Mọi người", "kids": "Các con",
           "children": "Các con"}
_MEAL_EN = {"cơm": "", "tối": "dinner", "trưa": "lunch", "sáng": "breakfast"}
_END = r"(?:\s+(?:đấy|nhé|nha|ạ))?\s*(?P<end>[.!?]*)"
_KEYS = {"vi": lazy(r"(?i:\băn|cơm|bữa|sẵn|thêm|tự\s+nhiên|\bno\b|nấu|thơm)"),
         "en": lazy(r"(?i:\bready|\beat|come\s+and|help\s+your|make\s+your|\bmore|\bfull|stuffed|cook|smell|dinner|"
                    r"lunch|breakfast)")}
# (the phrase list's, which answers first)
_LISTED = {"vi": lazy(r"(?i:tôi\s+no\s+(?:rồi|quá)|tối\s+nay\s+ăn\s+gì)\s*[.!?]*"),
           "en": lazy(r"(?i:I['’]m\s+full|let['’]s\s+eat)\s*[.!?]*")}

_READY_RX = lazy(rf"(?P<meal>(?i:{alternatives(_READY)}))\s+(?:(?P<cooked>chín)|(?:đã\s+)?sẵn\s+sàng)"
                 rf"(?:\s+(?P<done>rồi)|\s+(?P<asked>chưa))?{_END}")
_COME = lazy(rf"(?:(?:(?P<we>(?i:chúng\s+ta|chúng\s+mình|mình))|(?P<all>(?i:{alternatives(_ALL)})))"
             r"(?:\s+ơi\s*,?|\s*,)?\s+)?(?P<come>(?i:vào|ra)\s+)?(?i:ăn)(?P<rice>\s+cơm)?\s+(?P<go>thôi|nào|đi)"
             rf"(?:\s*,\s*(?P<all2>{alternatives(_ALL)})(?:\s+ơi)?)?{_END}")
_TIME = lazy(r"(?:Đã\s+)?(?i:đến|tới)\s+giờ\s+ăn(?:\s+(?P<meal>cơm|tối|trưa|sáng))?\s+rồi" + _END)
_HELP = lazy(rf"(?:(?P<one>(?i:{alternatives(_ONE)}))\s+|(?P<all>(?i:{alternatives(_ALL)}))\s+)?(?i:cứ)\s+"
             r"(?:ăn\s+)?tự\s+nhiên(?P<home>\s+như\s+(?:ở\s+)?nhà(?:\s+mình)?)?(?:\s+(?:nhé|nha|đi|ạ))?"
             r"\s*(?P<end>[.!]*)")
_FOODS = rf"(?:\s+(?P<food>{alternatives(FOOD)}))?(?P<bit>\s+(?:một\s+)?(?:chút|tí|ít))?(?:\s+nữa)?"
_HAVE = lazy(rf"(?:(?P<one>(?i:{alternatives(_ONE)}))\s+|(?P<all>(?i:{alternatives(_ALL)}))\s+)?(?:cứ\s+)?"
             rf"(?i:ăn)\s+thêm{_FOODS}\s+đi(?:\s+(?:nhé|nào|nha))?\s*(?P<end>[.!]*)")
_MORE = lazy(rf"(?P<subj>{WHO}\s+)?(?:(?P<ask>có\s+)?(?P<want>muốn)\s+)?(?P<eat>(?i:ăn)\s+)?(?i:thêm){_FOODS}"
             rf"{ASKED_END}")
_THANKS = r"(?i:cảm|cám)\s+ơn(?:\s+(?:{}))?(?P<much{}>\s+nhiều)?(?:\s+nhé)?"
_FULL = lazy(rf"(?:(?P<thanks0>{_THANKS.format(alternatives(_ONE | set(_ALL)), 0)})\s*,\s*)?{WHO}\s+"
             r"(?:(?P<very>rất)\s+|đã\s+)?(?:ăn\s+)?no(?:\s+(?P<deg>lắm|quá|căng\s+bụng))?(?:\s+(?P<done>rồi)|"
             rf"\s+(?P<asked>chưa))?(?:\s*,\s*(?P<thanks>{_THANKS.format(alternatives(_ONE | set(_ALL)), 1)}))?"
             rf"{SOFTENED_END}")
_DEGREES = {"lắm": "really ", "quá": "so ", "rất": "very "}
_COOKING = lazy(rf"{WHO}\s+(?:(?P<now>đang)\s+)?nấu\s+(?:món\s+)?gì(?P<smell>\s+mà\s+thơm\s+(?:thế|vậy|quá))?"
                r"(?:\s+(?:vậy|thế))?(?:\s+(?:ạ|nhỉ))?\s*\?+")
_DISH = r"(?P<dish>(?i:món|bữa|cái))\s+này"
_COOKED = [lazy(rf"(?i:ai)\s+(?:đã\s+)?nấu\s+{_DISH}(?:\s+(?:vậy|thế))?(?:\s+(?:ạ|nhỉ))?\s*\?+"),
           lazy(rf"{_DISH}\s+(?:là\s+)?(?:do\s+)?ai\s+nấu(?:\s+(?:vậy|thế))?(?:\s+(?:ạ|nhỉ))?\s*\?+")]
_YOURS = [lazy(rf"{WHO}\s+(?:đã\s+)?nấu\s+{_DISH}\s+(?:à|hả|phải\s+không)(?:\s+(?:ạ|nhỉ))?\s*\?+"),
          lazy(rf"{_DISH}\s+(?:là\s+)?{WHO}\s+nấu\s+(?:à|hả|phải\s+không)(?:\s+(?:ạ|nhỉ))?\s*\?+")]
_SMELL = lazy(r"(?:(?P<this>(?i:món|cái|mùi)\s+này)\s+|(?i:mùi)\s+|(?P<some>(?i:mùi)\s+gì)\s+)?(?i:thơm)\s+"
              r"(?:quá|thế|ghê|lắm)(?:\s+(?:đi|vậy))?\s*(?P<end>[.!]*)")
_WHAT = lazy(r"(?:(?P<part>(?i:tối|trưa|sáng))\s+nay|(?i:bữa)\s+(?P<part2>tối|trưa|sáng)(?:\s+nay)?)\s+"
             r"(?:(?:chúng\s+ta|nhà\s+mình|cả\s+nhà|mình)\s+)?ăn\s+gì(?:\s+(?:vậy|thế|đây))?(?:\s+(?:ạ|nhỉ))?"
             r"\s*\?+")

# ... and in English
_READY_EN = lazy(r"(?:(?P<be0>Is)\s+)?(?P<meal>(?i:dinner|lunch|breakfast)|(?:(?i:the)\s+)?(?i:food))"
                 r"(?P<be>['’]s|\s+is)?\s+ready(?:\s+now)?\s*(?P<end>[.!?]*)")
_COME_EN = lazy(rf"(?:(?P<all>{alternatives(_ALL_VI)}),\s+)?(?:(?P<come>Come\s+and\s+(?:eat|get\s+it))|"
                rf"Let['’]s\s+eat)(?:,\s+(?P<all2>{alternatives(_ALL_VI)}))?\s*(?P<end>[.!]*)", re.IGNORECASE)
_TIME_EN = lazy(r"(?:It['’]s\s+|It\s+is\s+)?(?:(?i:time)\s+to\s+eat|(?P<meal>(?i:dinner|lunch|breakfast))\s*time)"
                r"\s*(?P<end>[.!]*)")
_HELP_EN = lazy(r"(?:Please\s+)?(?P<verb>(?i:help|make))\s+(?P<self>yourself|yourselves)(?P<home>\s+at\s+home)?"
                r"(?P<more>\s+to\s+(?:some\s+)?more)?(?:,?\s+please)?\s*(?P<end>[.!]*)")
_FOOD_EN = rf"(?P<bit>some|a\s+little|a\s+bit)\s+more(?:\s+(?P<food>{alternatives(FOOD_VI)}))?"
_HAVE_EN = lazy(rf"(?:Please\s+)?(?i:have|eat)\s+{_FOOD_EN}(?:,\s+(?P<all>{alternatives(_ALL_VI)}))?"
                r"(?:,?\s+please)?\s*(?P<end>[.!]*)")
_MORE_EN = lazy(rf"(?:(?P<would>Would)|(?P<do>Do|Does))\s+{WHO_EN}\s+(?P<like>like|want)\s+(?:some\s+)?more"
                rf"(?:\s+(?P<food>{alternatives(FOOD_VI)}))?(?:,?\s+please)?\s*\?+")
_FULL_EN = lazy(r"(?:(?P<thanks0>Thank\s+you|Thanks)(?P<much0>\s+(?:so|very)\s+much)?,\s+)?"
                rf"(?:(?P<be0>Are|Is)\s+)?{WHO_EN}{BE_EN}?(?:\s+(?P<deg>really|so|very))?\s+"
                r"(?P<full>full|stuffed)(?:,?\s+(?P<thanks>thank\s+you|thanks)(?P<much>\s+(?:so|very)\s+much)?)?"
                r"\s*(?P<end>[.!?]*)")
_DEGREES_VI = {"": "no rồi", "really": "no lắm rồi", "so": "no quá", "very": "rất no", "stuffed": "no căng bụng rồi"}
_COOKING_EN = lazy(rf"What(?P<be>['’]s|['’]re|\s+is|\s+are)\s+{WHO_EN}\s+cooking\s*\?+")
_DISH_EN = r"this(?:\s+(?P<dish>dish|meal))?"
_COOKED_EN = lazy(rf"Who\s+(?:cooked\s+{_DISH_EN}|made\s+this\s+(?P<dish2>dish|meal))\s*\?+")
_YOURS_EN = lazy(rf"Did\s+{WHO_EN}\s+cook\s+{_DISH_EN}\s*\?+")
_SMELL_EN = lazy(r"(?:(?P<what>It|That|This|Something|(?:The\s+f|F)ood|Dinner|Lunch)\s+)?(?i:smells)\s+"
                 r"(?:(?:so|really|very)\s+)?(?:good|great|delicious|amazing|wonderful|lovely)\s*(?P<end>[.!]*)")
_WHAT_EN = lazy(r"What(?:['’]s\s+|\s+is\s+|\s+are\s+(?P<we>we)\s+having\s+)for\s+(?P<meal>dinner|lunch|breakfast)"
                r"(?P<tonight>\s+tonight)?\s*\?+")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence said at the family table (see the module's docstring); None for any other."""
    text = text.strip()
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text) or _LISTED[src].fullmatch(text):
        return None
    if src == "vi":
        return (_ready(text) or _come(text) or _when(text) or _offer(text) or _more(text) or _full(text) or
                _cooking(text) or _smell(text))
    return (_ready_vi(text) or _come_vi(text) or _when_vi(text) or _offer_vi(text) or _more_vi(text) or
            _full_vi(text) or _cooking_vi(text) or _smell_vi(text))


def _said(end: str, asked: bool = False) -> str | None:
    """The sentence's end as written ("." where none); None where it asks and should not, or does not and should."""
    return None if ("?" in end) != asked else end or "."


def _ready(text: str) -> str | None:
    """"Cơm chín rồi." as "Dinner's ready.", "Bữa sáng đã sẵn sàng rồi." as "Breakfast is ready.", "Cơm chín chưa?"
    as "Is dinner ready?"; None for "chín" of the food ("Đồ ăn chín rồi.": cooked through)."""
    m = _READY_RX.fullmatch(text)
    if not m or m["cooked"] and not (keyed(m["meal"]).startswith("cơm") and (m["done"] or m["asked"])):
        return None
    said, end = _READY[keyed(m["meal"])], _said(m["end"], bool(m["asked"]))
    if m["asked"] and end:
        return f"Is {_UNSAID.sub('', said).lower()} ready?"
    return end and f"{said} ready{end}"


def _come(text: str) -> str | None:
    """"Ăn cơm thôi!" as "Let's eat!", "Vào ăn cơm thôi!" as "Come and eat!", "Mọi người ăn cơm đi!" as "Come and eat,
    everyone!"; None for "Ăn cơm đi." (an order, to the listener) and for anything asked."""
    m = _COME.fullmatch(text)
    if not m or (end := _said(m["end"])) is None or m["all"] and m["all2"] or m["we"] and (
            m["all2"] or m["come"] or not m["rice"]):
        return None  # ("Chúng ta ăn thôi." is mt/suggestions.py's)
    if group := m["all"] or m["all2"]:
        return f"Come and eat, {_ALL[keyed(group)]}{end}"
    if m["come"]:
        return f"Come and eat{end}"
    return f"Let's eat{end}" if m["we"] or m["go"] != "đi" else None


def _when(text: str) -> str | None:
    """"Đến giờ ăn cơm rồi!" as "It's time to eat!", "Đến giờ ăn tối rồi." as "It's dinner time.", "Tối nay ăn gì
    vậy?" as "What's for dinner?"."""
    if m := _WHAT.fullmatch(text):
        return f"What's for {_MEAL_EN[keyed(m['part'] or m['part2'])]}?"
    if not (m := _TIME.fullmatch(text)) or (end := _said(m["end"])) is None:
        return None
    meal = _MEAL_EN[m["meal"] or "cơm"]
    return f"It's {meal} time{end}" if meal else f"It's time to eat{end}"


def _some_more(m: re.Match) -> str:
    """"some more", "a little more", with the food of a match of _FOODS ("some more rice")."""
    food = f" {FOOD[keyed(m['food'])]}" if m["food"] else ""
    return f"{'a little' if m['bit'] else 'some'} more{food}"


def _offer(text: str) -> str | None:
    """"Cứ tự nhiên." as "Help yourself.", "Mọi người cứ tự nhiên." as "Help yourselves.", "Bạn cứ tự nhiên như ở
    nhà." as "Make yourself at home.", "Con ăn thêm cơm đi." as "Have some more rice.", "Mọi người ăn thêm chút nữa
    đi!" as "Have a little more, everyone!"."""
    if m := _HAVE.fullmatch(text):
        group = f", {_ALL[keyed(m['all'])]}" if m["all"] else ""
        return f"Have {_some_more(m)}{group}{m['end'] or '.'}"
    if not (m := _HELP.fullmatch(text)):
        return None
    who_ = "yourselves" if m["all"] else "yourself"
    return f"Make {who_} at home{m['end'] or '.'}" if m["home"] else f"Help {who_}{m['end'] or '.'}"


def _more(text: str) -> str | None:
    """"Bạn có muốn thêm không?" as "Would you like some more?", "Bạn ăn thêm cơm không?" as "Would you like some
    more rice?", "Tôi muốn ăn thêm." as "I'd like some more."; None for more asked of "I", "we", or told without
    "muốn"."""
    m = _MORE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or _said(m["end"], asked) is None or not (m["want"] or m["eat"] and asked) or m["ask"] and not asked:
        return None
    said = who(m, asked) if m["subj"] else ("you", False) if asked else None
    if said is None or (said[0] in ("I", "we")) == asked or not (asked or m["eat"] or m["food"]):
        return None  # ("Would I like …?"; "Bạn muốn ăn thêm." an offer, or told?; "Tôi muốn thêm." add what?)
    if asked:
        return f"Would {said[0]} like {_some_more(m)}?"
    return f"{said[0].capitalize()}'d like {_some_more(m)}."


def _full(text: str) -> str | None:
    """"Tôi no lắm rồi, cảm ơn." as "I'm really full, thank you.", "Mẹ tôi no rồi." as "My mother is full.", "Bạn no
    chưa?" as "Are you full?"; None for "anh", "em" … alone said full (the speaker, or the listener)."""
    m = _FULL.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or _said(m["end"], asked) is None or m["thanks0"] and m["thanks"] or asked and (
            m["deg"] or m["very"] or m["thanks0"] or m["thanks"]) or m["very"] and m["deg"]:
        return None
    if (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    deg = keyed(m["deg"] or m["very"] or "")
    full = "stuffed" if deg == "căng bụng" else f"{_DEGREES.get(deg, '')}full"
    if asked:
        return f"{be(who_).capitalize()} {who_} {full}?"
    much = " very much" if m["much0"] or m["much1"] else ""
    said = contracted(who_, f"{be(who_)} {full}")
    if m["thanks0"]:
        return f"Thank you{much}, {said}{m['end'] or '.'}"
    return capitalised(f"{said}{f', thank you{much}' if m['thanks'] else ''}{m['end'] or '.'}")


def _cooking(text: str) -> str | None:
    """"Bạn đang nấu gì vậy?" as "What are you cooking?", "Mẹ bạn nấu gì mà thơm thế?" as "What's your mother cooking
    that smells so good?", "Ai nấu món này vậy?" as "Who cooked this?", "Bạn nấu món này à?" as "Did you cook this?";
    None for "Bạn nấu gì?" (cooking now, or as a rule?)."""
    dish = {"món": "", "cái": "", "bữa": " meal"}
    if m := next((m for p in _COOKED if (m := p.fullmatch(text))), None):
        return f"Who cooked this{dish[keyed(m['dish'])]}?"
    yours = next((m for p in _YOURS if (m := p.fullmatch(text))), None)
    m = yours or _COOKING.fullmatch(text)
    if not m or not (yours or m["now"] or m["smell"]) or (said := who(m, True)) is None or said[0] in ("I", "we"):
        return None
    if yours:
        return f"Did {said[0]} cook this{dish[keyed(m['dish'])]}?"
    opening = "What's" if be(said[0]) == "is" else f"What {be(said[0])}"
    return f"{opening} {said[0]} cooking{' that smells so good' * bool(m['smell'])}?"


def _smell(text: str) -> str | None:
    """"Thơm quá!" as "It smells so good!", "Món này thơm quá." as "This smells so good.", "Mùi gì thơm thế!" as
    "Something smells good!"."""
    m = _SMELL.fullmatch(text)
    if not m:
        return None
    if m["some"]:
        return f"Something smells good{m['end'] or '!'}"
    return f"{'This' if m['this'] else 'It'} smells so good{m['end'] or '!'}"


def _ready_vi(text: str) -> str | None:
    """"Dinner's ready!" as "Cơm chín rồi!", "Breakfast is ready." as "Bữa sáng sẵn sàng rồi.", "Is dinner ready?" as
    "Cơm chín chưa?"; None where "is" is said twice or not at all."""
    m = _READY_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or (end := _said(m["end"], bool(m["be0"]))) is None:
        return None
    meal = _READY_VI[keyed(m["meal"]).removeprefix("the ")]
    done = "chưa" if m["be0"] else "rồi"
    return f"{meal} {'chín' if meal.startswith('Cơm') else 'sẵn sàng'} {done}{end}"


def _come_vi(text: str) -> str | None:
    """"Come and eat!" as "Vào ăn cơm thôi!", "Come and eat, everyone!" as "Mọi người vào ăn cơm thôi!", "Let's eat,
    kids!" as "Các con ăn cơm thôi!"; "Let's eat!" alone is the phrase list's."""
    m = _COME_EN.fullmatch(text)
    if not m or m["all"] and m["all2"] or not (m["come"] or m["all"] or m["all2"]):
        return None
    group = _ALL_VI[keyed(m["all"] or m["all2"] or "")] + " " if m["all"] or m["all2"] else ""
    return capitalised(f"{group}{'vào ' * bool(m['come'])}ăn cơm thôi{m['end'] or '!'}")


def _when_vi(text: str) -> str | None:
    """"Time to eat!" as "Đến giờ ăn cơm rồi!", "It's dinner time." as "Đến giờ ăn tối rồi.", "What's for dinner?" as
    "Tối nay ăn gì vậy?", "What are we having for lunch?" as "Trưa nay chúng ta ăn gì vậy?"; None for "tonight" said
    of another meal than dinner."""
    parts = {en: vi for vi, en in _MEAL_EN.items()}
    if m := _TIME_EN.fullmatch(text):
        return f"Đến giờ ăn {parts[keyed(m['meal'] or '')]} rồi{m['end'] or '!'}"
    if not (m := _WHAT_EN.fullmatch(text)) or m["tonight"] and m["meal"] != "dinner":
        return None
    return f"{parts[m['meal']].capitalize()} nay {'chúng ta ' * bool(m['we'])}ăn gì vậy?"


def _food_vi(m: re.Match) -> str:
    """The food of a match of _FOOD_EN, with a space before it ("cơm" for "rice"); "" for none said."""
    return f" {FOOD_VI[keyed(m['food'])]}" if m["food"] else ""


def _offer_vi(text: str) -> str | None:
    """"Help yourself." as "Cứ tự nhiên.", "Help yourselves to more." as "Mọi người cứ tự nhiên lấy thêm nhé.", "Make
    yourself at home." as "Cứ tự nhiên như ở nhà nhé.", "Have a little more." as "Ăn thêm chút nữa đi.", "Have some
    more rice, everyone!" as "Mọi người ăn thêm cơm đi!"; None for "Make yourself" alone, or at home with more."""
    if m := _HAVE_EN.fullmatch(text):
        more = f"thêm chút{_food_vi(m)} nữa" if m["bit"] != "some" else f"thêm{_food_vi(m)}"
        return capitalised(f"{_ALL_VI[keyed(m['all'])] + ' ' if m['all'] else ''}ăn {more} đi{m['end'] or '.'}")
    m = _HELP_EN.fullmatch(text)
    if not m or (keyed(m["verb"]) == "make") != bool(m["home"]) or m["home"] and m["more"]:
        return None
    said = "cứ tự nhiên" + (" như ở nhà nhé" if m["home"] else " lấy thêm nhé" if m["more"] else "")
    return capitalised(f"{'mọi người ' * (m['self'] == 'yourselves')}{said}{m['end'] or '.'}")



def _more_vi(text: str) -> str | None:
    """"Would you like some more?" as "Bạn có muốn thêm không?", "Does your mother want more rice?" as "Mẹ bạn có
    muốn thêm cơm không?"; None where "do" does not agree with who, "would" goes with "want", or "I" is asked."""
    m = _MORE_EN.fullmatch(text)
    if not m or bool(m["would"]) != (m["like"] == "like"):
        return None
    who_, one = who_vi(m)
    if m["do"] and (m["do"] == "Does") != one or who_ in ("tôi", "chúng tôi"):
        return None
    return capitalised(f"{who_} có muốn thêm{_food_vi(m)} không?")


def _full_vi(text: str) -> str | None:
    """"I'm really full, thank you." as "Tôi no lắm rồi, cảm ơn.", "Is your mother full?" as "Mẹ bạn no chưa?";
    None where "is" does not agree with who, and for "we" and "they" (a restaurant, a bus may be full)."""
    m = _FULL_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or (end := _said(m["end"], bool(m["be0"]))) is None:
        return None
    (who_, one), stuffed = who_vi(m), m["full"] == "stuffed"
    if be_said(m["be0"] or m["be"]) != be_of(who_, one) or who_ in ("chúng tôi", "họ") or m["thanks0"] and m["thanks"] \
            or stuffed and m["deg"] or m["be0"] and (m["deg"] or m["thanks0"] or m["thanks"] or stuffed):
        return None
    if m["be0"]:
        return capitalised(f"{who_} no chưa?")
    said = f"{who_} {_DEGREES_VI['stuffed' if stuffed else m['deg'] or '']}"
    much = " nhiều" if m["much0"] or m["much"] else ""
    if m["thanks0"]:
        return f"Cảm ơn{much}, {said}{end}"
    return capitalised(f"{said}{f', cảm ơn{much}' if m['thanks'] else ''}{end}")


def _cooking_vi(text: str) -> str | None:
    """"What are you cooking?" as "Bạn đang nấu gì vậy?", "Who cooked this?" as "Ai nấu món này vậy?", "Did you cook
    this?" as "Bạn nấu món này à?"; None where "is" does not agree with who, and for "I"."""
    if m := _COOKED_EN.fullmatch(text):
        return f"Ai nấu {'bữa' if 'meal' in (m['dish'], m['dish2']) else 'món'} này vậy?"
    if (m := _YOURS_EN.fullmatch(text)) and who_vi(m)[0] not in ("tôi", "chúng tôi"):
        return capitalised(f"{who_vi(m)[0]} nấu {'bữa' if m['dish'] == 'meal' else 'món'} này à?")
    if not (m := _COOKING_EN.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    if be_said(m["be"]) != be_of(who_, one) or who_ == "tôi":
        return None
    return capitalised(f"{who_} đang nấu gì vậy?")


def _smell_vi(text: str) -> str | None:
    """"It smells good." as "Thơm quá.", "This smells delicious!" as "Cái này thơm quá!", "Something smells good!" as
    "Mùi gì thơm thế!"."""
    if not (m := _SMELL_EN.fullmatch(text)):
        return None
    what = keyed(m["what"] or "").removeprefix("the ")
    said = {"this": "Cái này thơm quá", "something": "Mùi gì thơm thế", "food": "Đồ ăn thơm quá",
            "dinner": "Đồ ăn thơm quá", "lunch": "Đồ ăn thơm quá"}.get(what, "Thơm quá")
    return f"{said}{m['end'] or '.'}"
