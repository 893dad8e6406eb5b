"""Asking for a recommendation and giving one, both ways, written whole by rule: a good restaurant, café, hotel, book,
film, dish or place to visit asked for or known, what to try, whether a place is any good, and what is worth a visit.
v8 reads "giới thiệu" as introduce, "gợi ý" as hint, "gần đây" as recent and drops "Bạn nên": "Bạn có thể giới thiệu
một nhà hàng ngon không?" → "Can you introduce a good restaurant?", "Bạn có thể gợi ý một nhà hàng ngon gần đây
không?" → "Can you hint a recent good restaurant?", "Bạn có biết nhà hàng nào ngon không?" → "Do you know what the
restaurant is good?", "Bạn có gợi ý gì không?" → "What do you hint?", "Bạn nên thử phở ở đây." → "Try pho here.",
"Nhà hàng này có ngon không?" → "Is this good restaurant?", "Bộ phim này có hay không?" → "Whether this movie is
this?", "Hội An rất đáng để ghé thăm." → "Hoi An is very good to stop visiting."; "Can you recommend a good
restaurant?" → "Bạn có thể khuyến nghị một nhà hàng tốt không?" (stiff), "Do you know a good restaurant?" → "Bạn có
biết một nhà hàng giỏi không?" (skilled), "Is this film any good?" → "Bộ phim này có lợi không?" (of use), "Hoi An is
worth a visit." → "Hội An là một chuyến viếng thăm.", "I'd recommend the pho." → "Tôi đã khuyến nghị phở.".

Taken: "you" (a pronoun of mt.ever.PRONOUNS asked) asked to recommend ("Bạn có thể giới thiệu cho tôi một nhà hàng
ngon không?", "Can you recommend a good hotel near here?") or whether who (mt.hobbies.WHO, WHO_EN) knows one ("Bạn có
biết quán cà phê nào ngon ở gần đây không?") of KINDS, good, nice, cheap, quiet or interesting as fits it, near here,
around here, in this area or in a town mt.people.named_place knows; which one, or what, "you" recommend, and whether
"you" have any recommendations; who should try a dish of mt.orders.ORDERED (here), a restaurant, café or dish with
"này", read this book, watch this film, stay at this hotel, visit a town, and "Tôi khuyên bạn nên …" ("I'd recommend
trying …"); one of KINDS with "này", "kia" or "đó" good or not, said or asked ("Is this restaurant any good?"); and it,
one of KINDS with "này", or a town worth a visit, seeing, reading or trying, or not, said or asked. Left: "Bạn gợi ý
món gì?" and "What do you recommend?" (the phrasebook's), "Tôi giới thiệu nhà hàng này." (I introduced it, or
recommend it), "Anh nên …" (may be the speaker), "We should …" (with the listener or not), "Let's …"
(mt/suggestions.py), a favourite dish (mt/favourites.py), a kind not in KINDS and an adjective that does not fit it
("a nice book"), "Is this place any good?" in English (which place: "nơi", "quán", "chỗ"), a dish good or
not ("Món này ngon lắm.": mt/tastes.py).
mt.phrasebook.translate tries these after mt/tidying.py.

    >>> translate("Bạn có thể giới thiệu một nhà hàng ngon không?", "vi", "en")
    'Can you recommend a good restaurant?'
    >>> translate("Can you recommend a good restaurant?", "en", "vi")
    'Bạn có thể giới thiệu cho tôi một nhà hàng ngon không?'
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .orders import ORDERED, ORDERED_VI
from .people import named_place
from .rule_keys import key_checked
from .text import (
    ASKED_END,
    SOFTENED_END,
    SOFTENER_NHE,
    alternatives,
    capitalised,
    contracted,
    keyed,
)

# what is recommended, by kind ("sight": a place to visit; "eatery": "quán", a place to eat; the first Vietnamese of
# each kind is written back)
KINDS = {"nhà hàng": "restaurant", "quán ăn": "restaurant", "quán cà phê": "café", "tiệm cà phê": "café",
         "khách sạn": "hotel", "cuốn sách": "book", "quyển sách": "book", "sách": "book", "bộ phim": "film",
         "phim": "film", "món": "dish", "món ăn": "dish", "nơi": "sight", "địa điểm": "sight", "chỗ": "sight",
         "quán": "eatery"}
KINDS_VI = {kind: vi for vi, kind in reversed(KINDS.items())}
_NOUNS = {"sight": "place", "eatery": "place"}  # (any other kind is its English noun)
# ... as English says them, and whether as many
_KINDS_EN = {en: (kind, many) for kind, one, more in (
    ("restaurant", "restaurant", "restaurants"), ("café", "café", "cafés"), ("café", "cafe", "cafes"),
    ("café", "coffee shop", "coffee shops"), ("hotel", "hotel", "hotels"), ("book", "book", "books"),
    ("film", "film", "films"), ("film", "movie", "movies"), ("dish", "dish", "dishes"), ("sight", "place", "places"))
    for en, many in ((one, False), (more, True))}
# what is said of it, and which words fit which kind ("sách ngon" does not; the first of each is "good" written back)
_GOOD = {"ngon": "good", "hay": "good", "tốt": "good", "đẹp": "nice", "rẻ": "cheap", "giá rẻ": "cheap",
         "yên tĩnh": "quiet", "thú vị": "interesting"}
_FITS = {"restaurant": ("ngon", "tốt", "đẹp", "rẻ", "giá rẻ", "yên tĩnh"), "café": ("ngon", "đẹp", "rẻ", "giá rẻ",
         "yên tĩnh"), "hotel": ("tốt", "đẹp", "rẻ", "giá rẻ", "yên tĩnh"), "book": ("hay", "thú vị"),
         "film": ("hay", "thú vị"), "dish": ("ngon",), "sight": ("hay", "đẹp", "thú vị"),
         "eatery": ("ngon", "tốt", "đẹp", "rẻ", "yên tĩnh")}
_GOOD_VI = {"nice": "đẹp", "beautiful": "đẹp", "cheap": "rẻ", "quiet": "yên tĩnh", "interesting": "thú vị"}
# where ("gần đây" after a place is near here, not "lately"), and a town by its name
_NEAR = {"gần đây": "near here", "ở gần đây": "near here", "quanh đây": "around here", "ở quanh đây": "around here",
         "xung quanh đây": "around here", "ở khu này": "in this area", "ở khu vực này": "in this area"}
_NEAR_VI = {"near here": "ở gần đây", "nearby": "ở gần đây", "around here": "ở quanh đây", "in this area": "ở khu này"}
# what one should do with it, and to which kinds ("ordered": a dish of mt.orders.ORDERED; "town": a place by its name)
_DOING = {"thử": "try", "ăn thử": "try", "đọc": "read", "xem": "watch", "ở": "stay at", "ghé thăm": "visit",
          "đến thăm": "visit", "tham quan": "visit"}
_DOING_VI = {"try": "thử", "read": "đọc", "watch": "xem", "see": "xem", "stay at": "ở", "visit": "ghé thăm"}
_DONE_TO = {"try": {"restaurant", "café", "dish", "eatery", "ordered"}, "read": {"book"}, "watch": {"film"},
            "see": {"film"}, "stay at": {"hotel"}, "visit": {"town"}}
_DOING_EN = {"trying": "try", "reading": "read", "watching": "watch", "seeing": "see", "staying at": "stay at",
             "visiting": "visit"}
# what it is worth, and of which kinds ("it": "nó", or nothing said)
_WORTH = {"ghé thăm": "a visit", "đến thăm": "a visit", "tham quan": "a visit", "xem": "seeing", "đọc": "reading",
          "thử": "trying", "ăn thử": "trying"}
_WORTH_VI = {"a visit": "để ghé thăm", "visiting": "để ghé thăm", "seeing": "xem", "watching": "xem",
             "reading": "đọc", "trying": "thử", "a try": "thử"}
_WORTH_OF = {"a visit": {"restaurant", "café", "eatery", "sight", "town", "it"}, "seeing": {"film", "sight", "town",
             "it"}, "reading": {"book", "it"}, "trying": {"restaurant", "café", "dish", "eatery", "it"}}
_THIS = {"này": "this", "kia": "that", "đó": "that"}
_KEYS = {"vi": lazy(r"(?i:giới\s+thiệu|gợi\s+ý|biết|nên|đáng|ngon|\bhay|tốt|đẹp|\brẻ|yên\s+tĩnh|thú\s+vị)"),
         "en": lazy(r"(?i:recommend|suggest|know|should|worth|good|nice|beautiful|cheap|quiet|interesting)")}

_KIND = rf"(?P<kind>(?i:{alternatives(KINDS)}))"
_WHERE = rf"(?:\s+(?P<near>{alternatives(_NEAR)})|\s+ở\s+(?P<town>[^,.!?]+?))?"
# "một nhà hàng ngon", "nhà hàng nào ngon ở gần đây", "một nơi đẹp để tham quan"
_ONE = (rf"(?:(?P<one>một)\s+)?{_KIND}(?:\s+(?P<which>nào))?(?:\s+(?P<good>{alternatives(_GOOD)}))?"
        rf"(?P<visit>\s+để\s+(?:tham\s+quan|ghé\s+thăm))?{_WHERE}")
_ASK = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể|có)\s+)?(?:giới\s+thiệu|gợi\s+ý)(?:\s+(?:cho|giúp)\s+(?:tôi|chúng\s+"
            rf"tôi|mình))?\s+{_ONE}(?:\s+(?P<can2>được))?\s+không{SOFTENED_END}")
_KNOW = lazy(rf"{WHO}\s+có\s+biết\s+{_ONE}\s+không{SOFTENED_END}")
_WHICH = lazy(rf"{WHO}\s+(?:(?P<any>có)\s+)?(?:giới\s+thiệu|gợi\s+ý)\s+(?:{_KIND}\s+nào{_WHERE}|(?P<what>gì))"
              rf"{ASKED_END}")
_SHOULD = lazy(rf"(?:(?P<adviser>Tôi|Chúng\s+tôi)\s+(?P<very>rất\s+)?khuyên\s+bạn|{WHO})\s+nên\s+"
               rf"(?P<doing>{alternatives(_DOING)})\s+(?:(?P<dish>(?i:{alternatives(ORDERED)}))|{_KIND}\s+"
               rf"(?P<this>{alternatives(_THIS)})|(?P<town>[^,.!?]+?))(?P<here>\s+ở\s+đây)?{SOFTENER_NHE}\s*"
               r"(?P<end>[.!]*)")
_IS_GOOD = lazy(rf"{_KIND}\s+(?P<this>{alternatives(_THIS)})\s+(?:(?P<ask>có)\s+)?(?P<very>rất\s+)?"
                rf"(?P<good>{alternatives(_GOOD)})(?:\s+(?P<much>lắm|quá))?(?:\s+(?P<asked>không))?"
                rf"{SOFTENED_END}")
_IS_WORTH = lazy(rf"(?:(?:{_KIND}\s+(?P<this>{alternatives(_THIS)})|(?P<it>(?i:nó))|(?P<town>(?!(?i:có|không|rất)"
                 r"\s)[^,.!?]+?))\s+)?"
                 r"(?:(?P<ask>(?i:có))\s+)?(?:(?P<not>(?i:không))\s+)?(?P<very>(?i:rất)\s+)?(?i:đáng)\s+"
                 rf"(?:để\s+)?(?P<act>{alternatives(_WORTH)})(?P<much>\s+lắm)?(?:\s+(?P<asked>không))?"
                 rf"{SOFTENED_END}")

_KIND_EN = rf"(?P<kind>(?i:{alternatives(_KINDS_EN)}))"
_WHERE_EN = rf"(?:\s+(?P<near>{alternatives(_NEAR_VI)})|\s+in\s+(?P<town>[^,.!?]+?))?"
_ONE_EN = (rf"(?:(?P<one>an?)|(?P<any>any|some))\s+(?:(?P<good>good|{alternatives(_GOOD_VI)})\s+)?{_KIND_EN}"
           rf"(?P<visit>\s+to\s+visit)?{_WHERE_EN}")
_ASK_EN = lazy(rf"(?:Can|Could)\s+you\s+(?:please\s+)?(?:recommend|suggest)(?:\s+(?P<me>me|us))?\s+{_ONE_EN}"
               r"(?:,?\s+please)?\s*\?+")
_KNOW_EN = lazy(rf"(?P<do>Do|Does)\s+{WHO_EN}\s+know\s+{_ONE_EN}\s*\?+")
_WHICH_EN = lazy(r"(?:(?:Do\s+you\s+have|Have\s+you\s+got)\s+any|Any)\s+(?:recommendations|suggestions)\s*\?+|"
                 r"What\s+would\s+you\s+recommend\s*\?+|"
                 rf"Which\s+{_KIND_EN}\s+(?:do|would)\s+you\s+recommend{_WHERE_EN}\s*\?+")
_SHOULD_EN = lazy(rf"(?:(?P<adviser>I|We)(?:['’]d|\s+would)?\s+(?P<very>highly\s+|really\s+|strongly\s+)?"
                  rf"recommend|{WHO_EN}\s+(?P<should>should))\s+(?:(?P<doing>"
                  rf"{alternatives(_DOING_VI | _DOING_EN)})\s+)?(?:(?P<the>the)\s+)?(?:(?P<dish>(?i:"
                  rf"{alternatives(ORDERED_VI)}))|(?P<this>this|that)\s+{_KIND_EN}|(?P<town>[^,.!?]+?))"
                  r"(?P<here>\s+here)?\s*(?P<end>[.!]*)")
_ASKED_GOOD_EN = lazy(rf"Is\s+(?P<this>this|that)\s+{_KIND_EN}\s+(?P<any>any\s+)?(?P<good>good|"
                      rf"{alternatives(_GOOD_VI)})\s*\?+")
_SAID_GOOD_EN = lazy(rf"(?P<this>This|That)\s+{_KIND_EN}(?:\s+is|['’]s)\s+(?P<very>very\s+|really\s+|so\s+)?"
                     rf"(?P<good>good|{alternatives(_GOOD_VI)})\s*(?P<end>[.!]*)")
_WORTH_EN = lazy(rf"(?:(?P<ask>Is)\s+)?(?:(?P<it>[Ii]t)|(?P<this>[Tt]his|[Tt]hat)\s+{_KIND_EN}|(?P<town>"
                 r"[^,.!?]+?))(?:(?P<be>\s+is|['’]s)(?P<not>\s+not|n['’]t)?)?\s+(?P<very>well\s+|really\s+|"
                 rf"definitely\s+)?worth\s+(?P<act>{alternatives(_WORTH_VI)})\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks for or gives a recommendation, or says whether a place is any good or
    worth a visit; None for any other."""
    if src == "vi":
        return _asked(text) or _which(text) or _should(text) or _is_good(text) or _is_worth(text)
    return _asked_vi(text) or _which_vi(text) or _should_vi(text) or _is_good_vi(text) or _is_worth_vi(text)


def _town(said: str | None, src: str) -> str | None:
    """A town by its name in the other language ("Hội An": "Hoi An"); "" for none said, None for one not known."""
    return "" if said is None else named_place(said, src)


def _one(m: re.Match) -> str | None:
    """What is asked for of _ONE, in English: "a good restaurant near here", "any restaurants", "a nice place to
    visit in Hoi An"; None where the word said of it does not fit it, a place is not to visit, or none of "một",
    "nào" or a word of it is said ("Bạn có biết nhà hàng không?")."""
    kind, good = KINDS[keyed(m["kind"])], keyed(m["good"] or "")
    town = _town(m["town"], "vi")
    if good and good not in _FITS[kind] or (kind == "sight") != bool(m["visit"]) or kind == "eatery" or town is None:
        return None
    if not (m["one"] or m["which"] or good) or m["one"] and m["which"]:
        return None
    said = _GOOD.get(good, "")
    said = "beautiful" if said == "nice" and kind == "sight" else said
    noun = _NOUNS.get(kind, kind)
    where = f" {_NEAR[keyed(m['near'])]}" if m["near"] else f" in {town}" if town else ""
    if m["which"] and not good:
        return f"any {noun}{'e' * noun.endswith('sh')}s{' to visit' * bool(m['visit'])}{where}"
    said = f"{said} {noun}" if said else noun
    return f"{'an' if said[0] in 'aeiou' else 'a'} {said}{' to visit' * bool(m['visit'])}{where}"


def _asked(text: str) -> str | None:
    """"Bạn có thể giới thiệu cho tôi một nhà hàng ngon không?" as "Can you recommend a good restaurant?", "Bạn có
    biết quán cà phê nào ngon ở gần đây không?" as "Do you know a good café near here?" (_ASK, _KNOW); None for
    anything else, and for "Tôi có thể giới thiệu …" (asked of oneself)."""
    m, know = _ASK.fullmatch(text), False
    if not m:
        m, know = _KNOW.fullmatch(text), True
    if not m or "?" not in m["end"] or not know and not (m["can"] or m["can2"]) or (said := who(m, True)) is None:
        return None
    one = _one(m)
    if one is None or not know and said[0] != "you":
        return None
    return f"{'Does' if said[1] else 'Do'} {said[0]} know {one}?" if know else f"Can you recommend {one}?"


def _which(text: str) -> str | None:
    """"Bạn gợi ý nhà hàng nào?" as "Which restaurant do you recommend?", "Bạn gợi ý gì?" as "What do you
    recommend?", "Bạn có gợi ý gì không?" as "Do you have any recommendations?" (_WHICH); None for anything else."""
    m = _WHICH.fullmatch(text)
    if not m or "?" not in m["end"] or bool(m["any"]) != bool(m["asked"]) or who(m, True) != ("you", False):
        return None
    if m["what"]:
        return "Do you have any recommendations?" if m["any"] else "What do you recommend?"
    kind, town = KINDS[keyed(m["kind"])], _town(m["town"], "vi")
    if m["any"] or town is None or kind in ("sight", "eatery"):
        return None
    where = f" {_NEAR[keyed(m['near'])]}" if m["near"] else f" in {town}" if town else ""
    return f"Which {kind} do you recommend{where}?"


def _thing(m: re.Match, doing: str, src: str) -> str | None:
    """What one should try, read, watch, visit (_SHOULD, _SHOULD_EN) in the other language: "phở" as "pho", "nhà
    hàng này" as "this restaurant", "Hội An" as "Hoi An", "this book" as "cuốn sách này"; None where `doing` does not
    fit it ("đọc bộ phim này") or a town is not known."""
    if m["dish"]:
        done, said = "ordered", (ORDERED[keyed(m["dish"])] if src == "vi" else ORDERED_VI[keyed(m["dish"])])
    elif m["kind"]:
        done = KINDS[keyed(m["kind"])] if src == "vi" else _KINDS_EN[keyed(m["kind"])][0]
        said = (f"{_THIS[m['this']]} {_NOUNS.get(done, done)}" if src == "vi" else
                f"{KINDS_VI[done]} {'này' if m['this'] == 'this' else 'đó'}")
        if src == "en" and _KINDS_EN[keyed(m["kind"])][1]:
            return None
    else:
        done, said = "town", _town(m["town"], src)
    return said if said and done in _DONE_TO[doing] else None


def _should(text: str) -> str | None:
    """"Bạn nên thử phở ở đây." as "You should try the pho here.", "Bạn nên đọc cuốn sách này." as "You should read
    this book.", "Tôi khuyên bạn nên thử phở bò." as "I'd recommend trying beef pho." (_SHOULD); None for anything
    else, and for "Anh nên …" (may be the speaker)."""
    m = _SHOULD.fullmatch(text)
    if not m or "?" in m["end"] or m["here"] and not m["dish"]:
        return None
    doing = _DOING[keyed(m["doing"])]
    thing = _thing(m, doing, "vi")
    said = ("I" if m["adviser"] == "Tôi" else "We", False) if m["adviser"] else who(m, False)
    if thing is None or said is None:
        return None
    thing = f"the {thing} here" if m["here"] else thing
    if m["adviser"]:
        gerund = {"try": "trying", "stay at": "staying at"}.get(doing, f"{doing}ing")
        return f"{said[0]}'d {'highly ' * bool(m['very'])}recommend {gerund} {thing}."
    return capitalised(f"{said[0]} should {doing} {thing}.")


def _is_good(text: str) -> str | None:
    """"Nhà hàng này có ngon không?" as "Is this restaurant any good?", "Quán này ngon lắm." as "This place is really
    good.", "Nơi này rất đẹp." as "This place is very beautiful." (_IS_GOOD); None for anything else."""
    m = _IS_GOOD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["very"] or m["much"]):
        return None
    kind, good = KINDS[keyed(m["kind"])], keyed(m["good"])
    if good not in _FITS[kind] or m["very"] and m["much"] or kind == "dish":  # (a dish's taste: mt/tastes.py's)
        return None
    said = "beautiful" if kind == "sight" and good == "đẹp" else _GOOD[good]
    thing = f"{_THIS[m['this']]} {_NOUNS.get(kind, kind)}"
    if asked:
        return f"Is {thing} {'any ' * (said == 'good')}{said}?"
    very = {"rất": "very ", "lắm": "really ", "quá": "so ", "": ""}[keyed(m["very"] or m["much"] or "")]
    return capitalised(f"{thing} is {very}{said}{m['end'] or '.'}")


def _is_worth(text: str) -> str | None:
    """"Hội An rất đáng để ghé thăm." as "Hoi An is well worth a visit.", "Bộ phim này có đáng xem không?" as "Is
    this film worth watching?", "Đáng thử lắm." as "It's well worth trying." (_IS_WORTH); None for anything else."""
    m = _IS_WORTH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and (asked or m["very"] or m["much"]):
        return None
    act = _WORTH[keyed(m["act"])]
    kind = KINDS[keyed(m["kind"])] if m["kind"] else "town" if m["town"] else "it"
    town = _town(m["town"], "vi")
    if town is None or kind not in _WORTH_OF[act]:
        return None
    act = "watching" if act == "seeing" and kind == "film" else act
    thing = town or (f"{_THIS[m['this']]} {_NOUNS.get(kind, kind)}" if m["kind"] else "it")
    if asked:
        return f"Is {thing} worth {act}?"
    worth = f"{'well ' * bool(m['very'] or m['much'])}worth {act}"
    return capitalised(f"{thing} isn't {worth}." if m["not"] else contracted(thing, f"is {worth}."))


def _one_vi(m: re.Match, know: bool) -> str | None:
    """What is asked for of _ONE_EN, in Vietnamese: "một nhà hàng ngon ở gần đây" ("nhà hàng nào ngon" where `know`,
    or for "any"), "vài cuốn sách hay" (some); None where "a" or "an", "any" or "some" do not agree with it, the word
    said of it does not fit it, or a place is not to visit."""
    kind, many = _KINDS_EN[keyed(m["kind"])]
    good = _FITS[kind][0] if m["good"] == "good" else _GOOD_VI.get(m["good"] or "", "")
    town = _town(m["town"], "en")
    first = (m["good"] or m["kind"]).lower()
    if bool(m["one"]) == many or m["one"] and (m["one"] == "an") != (first[0] in "aeiou") or town is None:
        return None
    if good and good not in _FITS[kind] or (kind == "sight") != bool(m["visit"]):
        return None
    good = f" {good}" if good else ""
    where = f" {_NEAR_VI[keyed(m['near'])]}" if m["near"] else f" ở {town}" if town else ""
    visit = " để tham quan" if m["visit"] else ""
    if know or m["any"] == "any":
        return f"{KINDS_VI[kind]} nào{good}{visit}{where}"
    return f"{'vài' if many else 'một'} {KINDS_VI[kind]}{good}{visit}{where}"


def _asked_vi(text: str) -> str | None:
    """"Can you recommend a good restaurant?" as "Bạn có thể giới thiệu cho tôi một nhà hàng ngon không?", "Do you
    know any good cafés around here?" as "Bạn có biết quán cà phê nào ngon quanh đây không?" (_ASK_EN, _KNOW_EN); None
    for anything else, and where "does" does not agree with who."""
    m = _ASK_EN.fullmatch(text)
    if m:
        one = _one_vi(m, False)
        return one and f"Bạn có thể giới thiệu cho {'chúng tôi' if m['me'] == 'us' else 'tôi'} {one} không?"
    m = _KNOW_EN.fullmatch(text)
    if not m or (m["do"] == "Does") != who_vi(m)[1] or (one := _one_vi(m, True)) is None:
        return None
    return capitalised(f"{who_vi(m)[0]} có biết {one} không?")


def _which_vi(text: str) -> str | None:
    """"Which restaurant do you recommend?" as "Bạn gợi ý nhà hàng nào?", "What would you recommend?" as "Bạn gợi ý
    gì?", "Do you have any recommendations?" as "Bạn có gợi ý gì không?" (_WHICH_EN); None for anything else."""
    m = _WHICH_EN.fullmatch(text)
    if not m:
        return None
    if text.startswith("What"):
        return "Bạn gợi ý gì?"
    if not m["kind"]:
        return "Bạn có gợi ý gì không?"
    (kind, many), town = _KINDS_EN[keyed(m["kind"])], _town(m["town"], "en")
    if many or kind == "sight" or town is None:
        return None
    where = f" {_NEAR_VI[keyed(m['near'])]}" if m["near"] else f" ở {town}" if town else ""
    return f"Bạn gợi ý {KINDS_VI[kind]} nào{where}?"


def _should_vi(text: str) -> str | None:
    """"You should try the pho here." as "Bạn nên thử phở ở đây.", "You should watch this film." as "Bạn nên xem bộ
    phim này.", "I'd recommend the pho." as "Tôi khuyên bạn nên thử phở." (_SHOULD_EN); None for anything else, for
    "we should" (with the listener or not), and where the doing does not fit the thing."""
    m = _SHOULD_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["here"] and not m["dish"] or m["the"] and not m["dish"]:
        return None
    doing = (m["doing"] or "").lower()
    if m["should"] and (not doing or doing in _DOING_EN) or m["adviser"] and doing in _DOING_VI:
        return None
    if not doing:  # ("I'd recommend this book": reading it)
        kind = "ordered" if m["dish"] else _KINDS_EN[keyed(m["kind"])][0] if m["kind"] else "town"
        doing = next((d for d, kinds in _DONE_TO.items() if kind in kinds), "")
    doing = _DOING_EN.get(doing, doing)
    thing = doing and _thing(m, doing, "en")
    if not thing or m["should"] and m["who"] and m["who"].lower() == "we":
        return None
    thing = f"{thing} ở đây" if m["here"] else thing
    if m["adviser"]:
        adviser = "Tôi" if m["adviser"] == "I" else "Chúng tôi"
        return f"{adviser} {'rất ' * bool(m['very'])}khuyên bạn nên {_DOING_VI[doing]} {thing}."
    return capitalised(f"{who_vi(m)[0]} nên {_DOING_VI[doing]} {thing}.")


def _is_good_vi(text: str) -> str | None:
    """"Is this restaurant any good?" as "Nhà hàng này có ngon không?", "This book is really good." as "Cuốn sách
    này hay lắm." (_ASKED_GOOD_EN, _SAID_GOOD_EN); None for anything else, "these", and for a place (which place)."""
    m = _ASKED_GOOD_EN.fullmatch(text) or _SAID_GOOD_EN.fullmatch(text)
    if not m:
        return None
    kind, many = _KINDS_EN[keyed(m["kind"])]
    good = _FITS[kind][0] if m["good"] == "good" else _GOOD_VI[m["good"]]
    asked = text.startswith("Is")
    if many or kind in ("sight", "dish") or good not in _FITS[kind] or asked and m["any"] and m["good"] != "good":
        return None
    thing = f"{KINDS_VI[kind]} {'này' if m['this'].lower() == 'this' else 'đó'}"
    if asked:
        return capitalised(f"{thing} có {good} không?")
    very = (m["very"] or "").strip()
    said = {"very": f"rất {good}", "really": f"{good} lắm", "so": f"{good} quá"}.get(very, good)
    return capitalised(f"{thing} {said}{m['end'] or '.'}")


def _is_worth_vi(text: str) -> str | None:
    """"Hoi An is well worth a visit." as "Hội An rất đáng để ghé thăm.", "Is this film worth watching?" as "Bộ phim
    này có đáng xem không?", "It's worth a try." as "Nó đáng thử." (_WORTH_EN); None for anything else."""
    m = _WORTH_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["ask"]) != asked or bool(m["be"]) == asked or m["not"] and m["very"]:
        return None
    act = _WORTH_VI[" ".join(m["act"].split())]
    if m["kind"]:
        kind, many = _KINDS_EN[keyed(m["kind"])]
        thing = None if many else f"{KINDS_VI[kind]} {'này' if m['this'].lower() == 'this' else 'đó'}"
    else:
        kind, thing = ("it", "nó") if m["it"] else ("town", _town(m["town"], "en"))
    fits = {"để ghé thăm": "a visit", "xem": "seeing", "đọc": "reading", "thử": "trying"}[act]
    if not thing or kind not in _WORTH_OF[fits] or m["act"] == "watching" and kind not in ("film", "it"):
        return None
    if asked:
        return capitalised(f"{thing} có đáng {act} không?")
    return capitalised(f"{thing} {'không ' * bool(m['not'])}{'rất ' * bool(m['very'])}đáng {act}.")
