"""Someone's favourite season, colour, sport, pastime, food or drink, said or asked, both ways, written whole by
rule. v6 loses what is liked best: "Tôi thích mùa thu nhất." → "I like the most season.", "Tôi thích màu đỏ nhất." →
"I like the redest.", "Bạn thích mùa nào nhất?" → "Which most do you prefer?", "Mùa yêu thích của tôi là mùa thu." → "My
favorite season is the season."; "What's your favourite season?" → "Mùa giải của bạn là gì?" (a sports season), "I
like autumn best." → "Tôi thích tốt nhất.".

Taken only where what is liked is one of _FAVOURITES (or a pastime of mt.hobbies) and the kind one of _KINDS; who as
in mt/hobbies.py. mt.phrasebook.translate tries these after mt/hobbies.py.

    >>> translate("Tôi thích mùa thu nhất.", "vi", "en"), translate("Which season do you like best?", "en", "vi")
    ('I like autumn best.', 'Bạn thích mùa nào nhất?')
"""
from __future__ import annotations

from .hobbies import ACTIVITIES, ACTIVITIES_VI, THINGS_LIKED, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .patterns import COLOURS, COLOURS_VI
from .people import named_place
from .terms import OWNERS, WHOSE_VI
from .text import alternatives, capitalised, keyed

# the kinds of favourite, and what may be liked best of each (of two Vietnamese with one English, the first is written
# back; "màu xanh" alone may be blue or green)
_KINDS = {"mùa": "season", "màu": "colour", "môn thể thao": "sport", "món ăn": "food", "đồ ăn": "food",
          "thức ăn": "food", "món": "dish", "đồ uống": "drink", "thức uống": "drink"}
# the seasons (mt/dislikes.py reads them too)
SEASONS = {"mùa xuân": "spring", "mùa hè": "summer", "mùa hạ": "summer", "mùa thu": "autumn", "mùa đông": "winter"}
# (the kinds as _BY_KIND keys them)
_SAME_KIND = {"đồ ăn": "món ăn", "thức ăn": "món ăn", "món": "món ăn", "thức uống": "đồ uống"}
_BY_KIND = {
    "mùa": SEASONS,
    "màu": COLOURS,
    "môn thể thao": {"bóng đá": "football", "bóng rổ": "basketball", "cầu lông": "badminton", "quần vợt": "tennis",
                     "tennis": "tennis", "bóng chuyền": "volleyball"},
    # (v6: "Món ăn yêu thích của tôi là bún chả." → "My favorite was bun cha.", "Tôi thích phở nhất." → "I like pho
    # most."; "My favourite food is pho." → "Thức ăn có lợi cho sức khỏe của tôi là phở." (good for one's health))
    "món ăn": {"phở": "pho", "bún chả": "bun cha", "bánh mì": "banh mi", "cơm tấm": "broken rice",
               "gỏi cuốn": "fresh spring rolls", "nem rán": "fried spring rolls", "chả giò": "fried spring rolls",
               "bánh xèo": "banh xeo", "cơm rang": "fried rice", "cơm chiên": "fried rice", "gà rán": "fried chicken",
               "lẩu": "hot pot", "hải sản": "seafood", "pizza": "pizza", "sushi": "sushi", "kem": "ice cream"},
    "đồ uống": {"cà phê": "coffee", "cà phê sữa đá": "iced milk coffee", "cà phê sữa": "milk coffee", "trà": "tea",
                "trà xanh": "green tea", "trà sữa": "bubble tea", "nước cam": "orange juice",
                "nước dừa": "coconut water", "sinh tố bơ": "avocado smoothie", "bia": "beer", "rượu vang": "wine",
                "sữa": "milk", "nước chanh": "lemonade"}}
_FAVOURITES = {vi: en for things in _BY_KIND.values() for vi, en in things.items()}
_KIND_OF = {vi: kind for kind, things in _BY_KIND.items() for vi in things}
_FAVOURITES_VI = ({en: vi for vi, en in reversed(_FAVOURITES.items())} | COLOURS_VI
                  | {"fall": "mùa thu", "soccer": "bóng đá"})
_LIKED = {keyed(k): v for k, v in (_FAVOURITES | ACTIVITIES).items()}
# (what is liked more: things in general too, "chó" as "dogs")
_PREFERRED = _LIKED | {keyed(k): v for k, v in THINGS_LIKED.items()}
# a colour of one word may be said without "màu" ("là đỏ")
_BARE_COLOURS = [c for k in _BY_KIND["màu"] if " " not in (c := k.removeprefix("màu "))]
_LIKED_VI = _FAVOURITES_VI | ACTIVITIES_VI
_PREFERRED_VI = _LIKED_VI | {en: vi for vi, en in reversed(THINGS_LIKED.items())}
_KINDS_EN = {"season": "mùa", "colour": "màu", "color": "màu", "sport": "môn thể thao", "food": "món ăn",
             "dish": "món ăn", "drink": "đồ uống"}
_WHOSE = rf"(?P<whose>(?i:{alternatives(OWNERS)}))"
# "Mùa yêu thích của tôi là mùa thu.", "Màu yêu thích của bạn là gì?"
_FAVOURITE = lazy(rf"(?P<kind>(?i:{alternatives(_KINDS)}))\s+(?:yêu\s+thích|ưa\s+thích)\s+(?:của\s+)?{_WHOSE}"
                  rf"\s+là\s+(?:(?P<what>gì)|(?P<liked>(?i:{alternatives(_FAVOURITES)}|"
                  rf"{alternatives(_BARE_COLOURS)})))\s*(?P<end>[.!?]*)")
# "Tôi thích mùa thu nhất.", "Bạn thích mùa nào nhất?"
_BEST = lazy(rf"{WHO}\s+(?:rất\s+)?thích\s+(?:(?P<liked>(?i:{alternatives(_LIKED)}))|(?P<kind>"
             rf"(?i:{alternatives(_KINDS)}))\s+(?:nào|gì))\s+nhất\s*(?P<end>[.!?]*)")
_FAVOURITE_EN = lazy(
    rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+favou?rite\s+(?P<kind>{alternatives(_KINDS_EN)})\s+is\s+"
    rf"(?P<liked>{alternatives(_FAVOURITES_VI)})|(?P<liked2>(?i:{alternatives(_FAVOURITES_VI)}))\s+is\s+"
    rf"(?P<whose2>my|your|his|her|our|their)\s+favou?rite\s+(?P<kind2>{alternatives(_KINDS_EN)})"
    rf"|(?P<what>What)(?:['’]s|\s+is)\s+(?P<whose3>your|his|her|their)\s+favou?rite\s+"
    rf"(?P<kind3>{alternatives(_KINDS_EN)}))\s*(?P<end>[.!?]*)")
_BEST_EN = lazy(rf"(?:(?P<which>Which|What)\s+(?P<kind>{alternatives(_KINDS_EN)})\s+(?:do|does)\s+)?"
                rf"{WHO_EN}\s+(?:(?P<likes>likes?)\s+(?P<liked>(?i:"
                rf"{alternatives(_LIKED_VI)}))|like)\s+(?:best|the\s+most)\s*(?P<end>[.!?]*)")

# one liked more than another (v7: "Tôi thích trà hơn cà phê." → "I like teas more than coffee."; "I prefer tea to
# coffee." → "Tôi thích uống trà.", the coffee lost), or than anything else (v7: "Tôi thích chó hơn." → "I like dogs.",
# "I prefer dogs." → "Tôi thích chó.", the preference lost), said or asked ("Bạn thích chó hay mèo?" → "Would you like
# a dog or cat?"): of the liked, or a place by its name (mt.people.named_place: "Tôi thích Hà Nội hơn Sài Gòn." → "I
# like Hanoi more than the Saigon.")
_NAMED = r"(?:(?!{w}\b)[^\W\d_]+\s+){{0,3}}(?!{w}\b)[^\W\d_]+"  # (up to four words, none of them `w`)
_ONE = rf"(?i:{alternatives(_PREFERRED)})|{_NAMED.format(w='(?:hơn|hay|là)')}"
_ONE_EN = rf"(?i:{alternatives(_PREFERRED_VI)})|{_NAMED.format(w='(?:to|or)')}"
_PREFERS = lazy(rf"{WHO}\s+thích\s+(?P<a>{_ONE})\s+(?:hơn(?:\s+(?:là\s+)?(?P<b>{_ONE}))?|"
                rf"(?P<or>hay)\s+(?:là\s+)?(?P<b2>{_ONE})(?:\s+hơn)?(?:\s+(?:vậy|thế|nhỉ))?)\s*(?P<end>[.!?]*)")
_PREFERS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?P<prefers>prefers?)\s+"
                   rf"(?P<a>{_ONE_EN})(?:\s+(?:(?P<to>to)|or)\s+(?P<b>{_ONE_EN}))?\s*(?P<end>[.!?]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks someone's favourite season, colour, sport, pastime, food or
    drink; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _favourite(text) or _best(text) or _prefers(text)
    return _favourite_vi(text) or _best_vi(text) or _prefers_vi(text) if (src, tgt) == ("en", "vi") else None


def _prefers(text: str) -> str | None:
    """"Tôi thích trà hơn cà phê." as "I prefer tea to coffee.", "Con tôi thích đọc sách hơn xem tivi." as "My child
    prefers reading to watching TV.", "Tôi thích chó hơn." as "I prefer dogs.", "Bạn thích chó hay mèo?" as "Do you
    prefer dogs or cats?" (_PREFERS); None for anything else."""
    m = _PREFERS.fullmatch(text)
    asked = bool(m and m["or"])
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    b_said = m["b"] or m["b2"]
    a, b = _liked(m["a"], _PREFERRED, "vi"), b_said and _liked(b_said, _PREFERRED, "vi")
    if not a or b_said and (not b or a == b):
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} prefer {a} or {b}?"
    return capitalised(f"{who_} prefer{'s' * one} {a}{f' to {b}' if b else ''}{m['end'] or '.'}")


def _prefers_vi(text: str) -> str | None:
    """"I prefer tea to coffee." as "Tôi thích trà hơn cà phê.", "I prefer dogs." as "Tôi thích chó hơn.", "Do you
    prefer tea or coffee?" as "Bạn thích trà hay cà phê hơn?" (_PREFERS_EN); None for anything else, and where
    "prefer" does not agree with who."""
    m = _PREFERS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["b"] and bool(m["do"]) == bool(m["to"]) or \
            m["do"] and not m["b"]:
        return None
    who_, one = who_vi(m)
    if (m["prefers"] == "prefers") != (one and not m["do"]) or m["do"] and (m["do"] == "Does") != one:
        return None
    a, b = _liked(m["a"], _PREFERRED_VI, "en"), m["b"] and _liked(m["b"], _PREFERRED_VI, "en")
    if not a or m["b"] and not b:
        return None
    if m["do"]:
        return capitalised(f"{who_} thích {a} hay {b} hơn?")
    return capitalised(f"{who_} thích {a} hơn{f' {b}' if b else ''}{m['end'] or '.'}")


def _liked(said: str, table: dict[str, str], src: str) -> str | None:
    """One liked of `table` (keyed), or a place by its name, in the other language; None for anything else."""
    return table.get(keyed(said)) or named_place(said, src)


def _favourite(text: str) -> str | None:
    """"Mùa yêu thích của tôi là mùa thu." as "My favourite season is autumn.", "Màu yêu thích của bạn là gì?" as
    "What's your favourite colour?" (_FAVOURITE); None for anything else."""
    m = _FAVOURITE.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]):
        return None
    kind, whose = keyed(m["kind"]), OWNERS[keyed(m["whose"])]
    if m["what"]:
        return f"What's {whose} favourite {_KINDS[kind]}?"
    liked = keyed(m["liked"]) if keyed(m["liked"]) in _FAVOURITES else f"màu {keyed(m['liked'])}"  # ("là đỏ")
    if _KIND_OF.get(liked) != _SAME_KIND.get(kind, kind):
        return None  # "Mùa yêu thích của tôi là màu đỏ." is not said
    return capitalised(f"{whose} favourite {_KINDS[kind]} is {_FAVOURITES[liked]}{m['end'] or '.'}")


def _best(text: str) -> str | None:
    """"Tôi thích mùa thu nhất." as "I like autumn best.", "Bạn thích mùa nào nhất?" as "Which season do you like
    best?" (_BEST); None for anything else."""
    m = _BEST.fullmatch(text)
    asked = bool(m and m["kind"])
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    if asked:
        return f"Which {_KINDS[keyed(m['kind'])]} {'does' if one else 'do'} {who_} like best?"
    liked = _LIKED[keyed(m["liked"])]
    return capitalised(f"{who_} like{'s' * one} {liked} best{m['end'] or '.'}")


def _favourite_vi(text: str) -> str | None:
    """"My favourite season is autumn." and "Autumn is my favourite season." as "Mùa yêu thích của tôi là mùa thu.",
    "What's your favourite colour?" as "Màu yêu thích của bạn là gì?" (_FAVOURITE_EN); None for anything else."""
    m = _FAVOURITE_EN.fullmatch(text)
    if not m:
        return None
    kind = _KINDS_EN[(m["kind"] or m["kind2"] or m["kind3"]).lower()]
    whose = WHOSE_VI[(m["whose"] or m["whose2"] or m["whose3"]).lower()]
    if m["what"]:
        return f"{capitalised(kind)} yêu thích của {whose} là gì?"
    liked = _FAVOURITES_VI[(m["liked"] or m["liked2"]).lower()]
    if _KIND_OF[liked] != kind:
        return None  # "My favourite season is red." is not said
    return f"{capitalised(kind)} yêu thích của {whose} là {liked}{m['end'] or '.'}"


def _best_vi(text: str) -> str | None:
    """"I like autumn best." as "Tôi thích mùa thu nhất.", "Which season do you like best?" as "Bạn thích mùa nào
    nhất?" (_BEST_EN); None for anything else."""
    m = _BEST_EN.fullmatch(text)
    if not m or bool(m["which"]) != ("?" in m["end"]) or bool(m["which"]) == bool(m["liked"]):
        return None
    who_, one = who_vi(m)
    if m["which"]:
        return capitalised(f"{who_} thích {_KINDS_EN[m['kind'].lower()]} nào nhất?")
    if m["likes"].endswith("s") != one:
        return None  # "He like autumn best." is not English
    return capitalised(f"{who_} thích {_LIKED_VI[m['liked'].lower()]} nhất{m['end'] or '.'}")
