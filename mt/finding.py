"""Looking for things at home, both ways, written whole by rule: where a thing is, seen, put, found, looked for.
v8 (with every rule before this one): "Điện thoại của tôi đâu rồi?" → "Where do my phone?", "Ví của tôi đâu rồi?" →
"My wallet Where?", "Bạn có thấy điện thoại của tôi không?" → "Do you see my phone?", "Bạn để ví ở đâu?" → "Where do
you get wallet?", "Tôi đã tìm thấy kính." → "I've found glass.", "Nó ở trong ngăn kéo." → "It's in the last stop.",
"Bạn đang tìm gì vậy?" → "What do you look for?", "Tôi không tìm thấy điện thoại đâu cả." → "I can't find my phone
Where."; "Where are my glasses?" → "Món của tôi ở đâu?", "Where's my wallet?" → "Bức tường của tôi ở đâu?" (a wall),
"Your glasses are in the drawer." → "Các ly của bạn nằm trong tủy.", "It was in the drawer." → "Nó nằm trong nhà vẽ.".

Taken: a thing of THINGS (its whose of mt.terms.OWNERS or mt.hobbies.SOMEONE, or none) where it is or has gone ("…
đâu rồi?"); who (mt.hobbies.WHO, WHO_EN) or anyone has seen it, anywhere or not; where who put it or "nó" (it); who
found it (just, or yet asked), at a place of PLACES or not; it under, on, in, next to or behind a place, said or asked;
who is looking for it, or for what; who can't find it anywhere ("đâu cả"). Whose not said is the finder's own (not
"we", "they"'s) where one finds, looks or puts ("Tôi đang tìm kính." → "I'm looking for my glasses."), else "the";
"của mình" there is theirs ("Mẹ tôi tìm thấy ví của mình." → "her wallet", as mt.terms' _whose reads it), the
speaker's after "tôi", "bạn" (friends' "mình") or "có ai".
Left: keys (mt/keys.py), "X của tôi ở đâu?" of a term (mt/patterns.py's: "Ví của tôi ở đâu?"), not finding without
"anywhere" (mt.terms', mt/mishaps.py's), "nó" where it is or seen, or in a room, a car, on a bed or a seat (a child or
a pet may be "nó"), "anh", "chị", "em" alone saying (the speaker or "you"), a pocket of no one said, "trong túi"
(a bag or a pocket), "trên xe" (a car or a motorbike), "đồng hồ" of no one (a clock?), "them", "của mình" after a
name alone (his or hers?), or seen or a place after a third person (theirs or the speaker's?).
mt.phrasebook.translate tries these after mt/accidents.py.

    >>> translate("Điện thoại của tôi đâu rồi?", "vi", "en"), translate("Have you seen my glasses?", "en", "vi")
    ("Where's my phone?", 'Bạn có thấy kính của tôi không?')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, his_her_of, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .terms import CARRIED_EN, OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (
    ASKED_END,
    SOFTENED_END,
    SOFTENER,
    WHOSE_OF,
    alternatives,
    be,
    capitalised,
    contracted,
    keyed,
)

# what is looked for at home (keys are mt/keys.py's; the first Vietnamese of each is written back)
THINGS = {vi: en for vi, en in CARRIED_EN.items() if en not in ("keys", "password", "papers", "suitcase")} | {
    "ví": "wallet", "ví tiền": "wallet", "điện thoại di động": "phone", "kính mắt": "glasses", "kính râm": "sunglasses",
    "túi xách": "handbag", "điều khiển": "remote", "điều khiển ti vi": "remote", "tai nghe": "headphones",
    "máy tính xách tay": "laptop", "laptop": "laptop", "hộ chiếu": "passport", "cục sạc": "charger", "giày": "shoes",
    "dép": "slippers"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {
    "mobile phone": "điện thoại", "mobile": "điện thoại", "cell phone": "điện thoại", "remote control": "điều khiển",
    "TV remote": "điều khiển", "earphones": "tai nghe", "charger": "cục sạc"}  # (the terms' word for a charger)
THINGS_VI = {keyed(en): vi for en, vi in THINGS_VI.items()}
_MANY = {"glasses", "sunglasses", "headphones", "earphones", "shoes", "slippers"}  # ("are", "have")
_SHARED = {"remote"}  # "the remote", whose not said
_WHOSE_SAID = {"watch"}  # ("đồng hồ" of no one: a clock)
# where it is (the first English of each is written back, and the first Vietnamese)
PLACES = {"ghế sofa": "sofa", "ghế sô pha": "sofa", "sofa": "sofa", "sô pha": "sofa", "ngăn kéo": "drawer",
          "ngăn bàn": "drawer", "bàn": "table", "bàn làm việc": "desk", "giường": "bed", "gầm giường": "bed",
          "gối": "pillow", "tủ": "cupboard", "tủ quần áo": "wardrobe", "kệ": "shelf", "giá sách": "bookshelf",
          "ghế": "chair", "túi áo": "pocket", "túi quần": "pocket", "túi xách": "handbag", "ba lô": "backpack",
          "tủ lạnh": "fridge", "xe": "car", "ô tô": "car", "xe hơi": "car", "bếp": "kitchen", "nhà bếp": "kitchen",
          "phòng khách": "living room", "phòng ngủ": "bedroom", "phòng tắm": "bathroom"}
# ("túi" alone, a bag or a pocket, is read only in English: "in my bag")
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"couch": "ghế sofa", "closet": "tủ quần áo",
                                                              "bag": "túi"}
_ROOMS = {"kitchen", "living room", "bedroom", "bathroom"}  # ("in", not "on")
_SEATS = {"sofa", "bed", "chair"}  # ("on the sofa": "nó" may be a child or a pet)
_OWNED = {"pocket"}  # ("in your pocket", not "in the pocket")
_PREPS = {"dưới": "under", "trên": "on", "trong": "in", "cạnh": "next to", "bên cạnh": "next to", "sau": "behind",
          "đằng sau": "behind", "phía sau": "behind"}
_PREPS_VI = {en: vi for vi, en in reversed(_PREPS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(rf"(?i:đâu|thấy|tìm|(?:dưới|trên|trong|cạnh|sau)\s+(?:{alternatives(PLACES)}))"),
         "en": lazy(rf"(?i:where|seen|\bsee\b|found|\bfind\b|looking|\b(?:{alternatives(PLACES_VI)})\b)")}

_THING = (rf"(?:(?P<it>(?i:nó))|(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?:của\s+)?"
          rf"(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE})))?)")
_AT = (rf"\s+(?:nằm\s+)?(?:ở\s+)?(?P<prep>(?i:{alternatives(_PREPS)}))\s+(?P<place>(?i:{alternatives(PLACES)}))"
       rf"(?:\s+(?:của\s+)?(?P<powner>(?i:{alternatives(OWNERS)})))?")
_ASKED = rf"{SOFTENER}\s*\?+"
# where it is ("Điện thoại của tôi đâu rồi?", "Nó đâu mất rồi?")
_WHERE = lazy(rf"{_THING}\s+(?:(?P<gone>đâu\s+mất)|(?:ở\s+)?đâu)(?:\s+rồi)?{_ASKED}")
# seen ("Bạn có thấy kính của tôi không?", "Có ai thấy ví của tôi ở đâu không?")
_SEEN = lazy(rf"(?:{WHO}|(?P<anyone>[Cc]ó\s+ai))\s+(?:có\s+|đã\s+)?(?:nhìn\s+)?thấy\s+{_THING}"
             rf"(?P<where>\s+(?:ở\s+)?đâu)?\s+(?:không|chưa){_ASKED}")
# put ("Bạn để điện thoại của tôi ở đâu?", "Tôi để nó ở đâu nhỉ?")
_PUT = lazy(rf"{WHO}\s+(?:đã\s+)?(?:để|cất)\s+{_THING}\s+(?:ở\s+)?đâu(?:\s+rồi)?{_ASKED}")
# found ("Tôi tìm thấy nó rồi.", "Tôi tìm thấy ví ở dưới ghế sofa.", "Bạn đã tìm thấy điện thoại chưa?")
_FOUND = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<did>đã|vừa(?:\s+mới)?|mới)\s+)?tìm\s+(?:thấy|được)(?:\s+{_THING})?"
              rf"(?:{_AT})?(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{ASKED_END}")
# where it is ("Nó ở dưới ghế sofa.", "Ví của bạn ở trong ngăn kéo.", "Nó có ở trong ngăn kéo không?")
_PLACED = lazy(rf"(?P<turned>(?i:hóa\s+ra)\s+)?{_THING}(?:\s+(?P<ask>có))?{_AT}{ASKED_END}")
# looking for it ("Tôi đang tìm túi của tôi.", "Bạn đang tìm gì vậy?")
_LOOKING = lazy(rf"{WHO}\s+đang\s+tìm\s+(?:(?P<what>gì)|{_THING}){SOFTENED_END}")
# not found anywhere ("Tôi không tìm thấy điện thoại đâu cả.")
_NOWHERE = lazy(rf"{WHO}\s+không\s+(?:tìm\s+)?thấy\s+{_THING}\s+(?:ở\s+)?đâu\s+(?:cả|hết){SOFTENED_END}")

# ... and in English ("my phone", "the remote", "my mother's glasses", "it")
_THING_EN = (rf"(?:(?P<it>[Ii]t)|(?:(?P<owner>(?i:the|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)})))")
_AT_EN = (rf"\s+(?P<prep>{alternatives(_PREPS_VI)})\s+(?P<powner>(?i:the|{WHOSE_WORDS}))\s+"
          rf"(?P<place>(?i:{alternatives(PLACES_VI)}))")
_WHERE_EN = lazy(rf"Where(?:(?P<be>['’]s|\s+is|\s+are)|\s+(?P<have>has|have))\s+{_THING_EN}"
                 r"(?(have)\s+gone)\s*\?+")
_SEEN_EN = lazy(rf"(?P<aux>Have|Has|Did)\s+(?:(?P<anyone>anyone|anybody|someone|somebody)|{WHO_EN})\s+"
                rf"(?P<verb>seen|see)\s+{_THING_EN}(?P<where>\s+anywhere)?\s*\?+")
_PUT_EN = lazy(rf"Where\s+(?P<aux>did|have|has)\s+{WHO_EN}\s+put\s+{_THING_EN}\s*\?+")
_FOUND_EN = lazy(rf"(?:(?P<aux0>Have|Has|Did)\s+)?{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has)?(?P<just>\s+just)?"
                 rf"\s+(?P<verb>found|find)\s+{_THING_EN}(?:{_AT_EN})?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_PLACED_EN = lazy(rf"(?:(?P<be0>Is|Are|Was|Were)\s+)?{_THING_EN}(?P<be>['’]s|\s+is|\s+are|\s+was|\s+were)?"
                  rf"{_AT_EN}\s*(?P<end>[.!?]*)")
_LOOKING_EN = lazy(rf"{WHO_EN}(?P<be>['’]m|['’]s|['’]re|\s+am|\s+is|\s+are)\s+looking\s+for\s+{_THING_EN}"
                   r"\s*(?P<end>[.!]*)")
_WHAT_EN = lazy(rf"What\s+(?P<be>am|is|are)\s+{WHO_EN}\s+looking\s+for\s*\?+")
_NOWHERE_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+find\s+{_THING_EN}\s+anywhere\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks where a thing is, whether someone has seen it or where they put it, or
    says that someone found it, where it is, that they are looking for it or can't find it anywhere; None for any
    other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _where(text) or _seen(text) or _put(text) or _found(text) or _placed(text) or _looking(text) or \
            _nowhere(text)
    return _where_vi(text) or _seen_vi(text) or _put_vi(text) or _found_vi(text) or _placed_vi(text) or \
        _looking_vi(text)


def _own(m: re.Match, said: str) -> str | None:
    """Whose the finder's own thing is in English, by who of a match of WHO and who as English says it: "my" for
    "tôi", "her" for "mẹ tôi", "his" for "Bác Hùng", "the" for "we" and "they" ("our phone": one of theirs?); None for
    one whose English says neither ("Lan")."""
    if m["who"]:
        return "the" if said in ("we", "they") else WHOSE_OF.get(said.lower())
    return his_her_of(m)


def _mine(m: re.Match, said: str, own: bool = True) -> str | None:
    """Whose "của mình" is after who of a match of WHO, said `said` in English: "my" after "I" or "you" (the speaker,
    as friends say "mình"), else, where it is who's `own` (found, looked for, put), theirs ("Mẹ tôi tìm thấy ví của
    mình." → "her wallet", "their" after "họ", not "the"); None where that is not known ("Lan") or not `own` (seen
    by another: hers or mine?)."""
    if said in ("I", "you", "anyone"):
        return "my"
    return (whose_own(m, said)) if own else None


def _thing_en(m: re.Match, own: str | None = "the", mine: str | None = "my") -> tuple[str, bool] | None:
    """The thing of a match of _THING in English, and whether it is many: ("my phone", False), ("my mother's
    glasses", True), ("it", False); whose not said is `own` ("the" for the remote), "của mình" is `mine` (_mine);
    None where the one of these it needs is None."""
    if m["it"]:
        return "it", False
    said = THINGS[keyed(m["thing"])]
    if m["owner"]:
        whose = mine if keyed(m["owner"]) == "mình" else OWNERS[keyed(m["owner"])]
    elif m["someone"]:
        whose = f"{someone(m['someone'], 'vi')}'s"
    else:
        whose = "the" if said in _SHARED else own
    return (f"{whose} {said}", said in _MANY) if whose and not (whose == "the" and said in _WHOSE_SAID) else None


def _at_en(m: re.Match, it: bool = False, mine: str | None = "my") -> str | None:
    """A place of _AT in English (" under the sofa", " in your bag", " in the car"); "" for none; None for one
    that does not go with its word ("trên phòng ngủ", a pocket of no one said), or, after "nó" (`it`), one where a
    child or a pet may be, or of "mình" where `mine` is None."""
    if not m["place"]:
        return ""
    place, prep = PLACES[keyed(m["place"])], _PREPS[keyed(m["prep"])]
    if place in _ROOMS or place == "car":  # (only "trong": "trên xe" may be on a motorbike, "trên bếp" on the stove)
        prep = "in" if keyed(m["prep"]) == "trong" else None
    if prep is None or place in _OWNED and not m["powner"] or it and (
            place in _ROOMS or place == "car" or place in _SEATS and prep == "on"):
        return None
    whose = (mine if keyed(m["powner"]) == "mình" else OWNERS[keyed(m["powner"])]) if m["powner"] else "the"
    return f" {prep} {whose} {place}" if whose else None


def _where(text: str) -> str | None:
    """"Điện thoại của tôi đâu rồi?" as "Where's my phone?", "Kính của tôi đâu mất rồi?" as "Where have my glasses
    gone?" (_WHERE); None for anything else, and for "Nó đâu rồi?" ("nó" may be a child: "Where is he?")."""
    m = _WHERE.fullmatch(text)
    if not m or m["it"] or (thing := _thing_en(m)) is None:
        return None
    said, many = thing
    if m["gone"]:
        return f"Where {'have' if many else 'has'} {said} gone?"
    return f"Where are {said}?" if many else f"Where's {said}?"


def _seen(text: str) -> str | None:
    """"Bạn có thấy điện thoại của tôi không?" as "Have you seen my phone?", "Có ai thấy ví của tôi ở đâu không?" as
    "Has anyone seen my wallet anywhere?" (_SEEN); None for anything else, for "I" asking, and for "nó" (him or it).
    """
    m = _SEEN.fullmatch(text)
    said = m and (("anyone", True) if m["anyone"] else who(m, True))
    thing = said and said[0] not in ("I", "we") and not m["it"] and _thing_en(m, mine=_mine(m, said[0], False))
    if not thing:
        return None
    return f"{'Has' if said[1] else 'Have'} {said[0]} seen {thing[0]}{' anywhere' * bool(m['where'])}?"


def _put(text: str) -> str | None:
    """"Bạn để điện thoại của tôi ở đâu?" as "Where did you put my phone?", "Tôi để kính ở đâu nhỉ?" as "Where did I
    put my glasses?" (_PUT); None for anything else."""
    m = _PUT.fullmatch(text)
    said = m and who(m, True)
    thing = said and _thing_en(m, _own(m, said[0]), _mine(m, said[0]))
    return f"Where did {said[0]} put {thing[0]}?" if thing else None


def _found(text: str) -> str | None:
    """"Tôi tìm thấy nó rồi." as "I've found it.", "Tôi vừa tìm thấy ví." as "I've just found my wallet.", "Tôi tìm
    thấy nó ở dưới ghế sofa." as "I found it under the sofa.", "Bạn đã tìm thấy điện thoại chưa?" as "Have you found
    your phone yet?", "Bạn có tìm thấy nó không?" as "Did you find it?" (_FOUND); None for anything else."""
    m = _FOUND.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    just = bool(m and m["did"] and m["did"] != "đã")
    if not m or asked != bool(m["yet"] or m["asked"]) or bool(m["ask"]) != bool(m["asked"]) or m["yet"] and (
            just or m["done"]) or not (m["thing"] or m["it"] or m["did"] or m["done"] or asked) or (
            said := who(m, asked)) is None:
        return None
    thing = _thing_en(m, _own(m, said[0]), _mine(m, said[0])) if m["thing"] or m["it"] else ("it", False)
    at = _at_en(m, bool(m["it"]), _mine(m, said[0], False))  # ("found her glasses in her drawer" or in mine?)
    if thing is None or at is None:
        return None
    who_, one = said
    if m["ask"]:
        return f"Did {who_} find {thing[0]}{at}?"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} found {thing[0]}{at} yet?"
    if just or m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'}{' just' * just} found {thing[0]}{at}."))
    return capitalised(f"{who_} found {thing[0]}{at}.")


def _placed(text: str) -> str | None:
    """"Nó ở dưới ghế sofa." as "It's under the sofa.", "Kính của bạn ở trong ngăn kéo." as "Your glasses are in the
    drawer.", "Hóa ra nó ở trong ngăn kéo." as "It was in the drawer.", "Nó có ở trong ngăn kéo không?" as "Is it in
    the drawer?" (_PLACED); None for anything else."""
    m = _PLACED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["turned"] and asked:
        return None
    thing, at = _thing_en(m), _at_en(m, bool(m["it"]))
    if thing is None or not at:
        return None
    said, many = thing
    if asked:
        return f"{'Are' if many else 'Is'} {said}{at}?"
    if m["turned"]:
        return capitalised(f"{said} {'were' if many else 'was'}{at}.")
    return capitalised(contracted(said, f"{'are' if many else 'is'}{at}."))


def _looking(text: str) -> str | None:
    """"Tôi đang tìm túi của tôi." as "I'm looking for my bag.", "Mẹ tôi đang tìm kính." as "My mother is looking for
    her glasses.", "Bạn đang tìm gì vậy?" as "What are you looking for?" (_LOOKING); None for anything else."""
    m = _LOOKING.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["what"]) or (said := who(m, asked)) is None or asked and said[0] in ("I", "we"):
        return None
    if m["what"]:
        return f"What {be(said[0])} {said[0]} looking for?"
    thing = _thing_en(m, _own(m, said[0]), _mine(m, said[0]))
    return thing and capitalised(contracted(said[0], f"{be(said[0])} looking for {thing[0]}."))


def _nowhere(text: str) -> str | None:
    """"Tôi không tìm thấy điện thoại đâu cả." as "I can't find my phone anywhere." (_NOWHERE); None for anything
    else."""
    m = _NOWHERE.fullmatch(text)
    said = m and "?" not in m["end"] and who(m, False)
    thing = said and _thing_en(m, _own(m, said[0]), _mine(m, said[0]))
    return capitalised(f"{said[0]} can't find {thing[0]} anywhere.") if thing else None


def _thing_vi(m: re.Match, own: str = "") -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether English says it as many: ("điện thoại của tôi",
    False) for "my phone", ("kính", True) for "the glasses" or, `own` "my", for "my glasses"; "nó" for "it"."""
    if m["it"]:
        return "nó", False
    vi, whose = THINGS_VI[keyed(m["thing"])], m["owner"] and m["owner"].lower()
    if m["someone"]:
        vi = f"{vi} của {someone(m['someone'], 'en')}"
    elif whose and whose != "the" and not (own == "his|her" and whose in ("his", "her")):
        vi = f"{vi} của {WHOSE_VI[whose]}"  # (the finder's kept, as mt.terms keeps "hộ chiếu của họ"; not "của cô ấy"
        # after "Mẹ tôi": another woman)
    return vi, THINGS[THINGS_VI[keyed(m["thing"])]] in _MANY


def _subject(m: re.Match) -> tuple[str, str, str]:
    """Who of a match of WHO_EN in Vietnamese, English "be" after them, and whose their own thing is in English
    ("tôi", "am", "my"; "mẹ tôi", "is", "his|her": either, for kin or a name)."""
    said, one = who_vi(m)
    pronoun = (m["who"] or "").lower()
    return said, "am" if pronoun == "i" else "is" if one else "are", WHOSE_OF.get(pronoun, "his|her")


def _agrees(word: str, be_: str) -> bool:
    """Whether "has", "have", "is", "are", "was" … (said, contracted or not) goes with who whose "be" is `be_` ("am",
    "is" or "are")."""
    word = " ".join(word.lower().replace("’", "'").split())
    if be_ == "am" and word in ("have", "'ve", "was"):
        return True
    return {"'ve": "are", "have": "are", "has": "is", "was": "is", "were": "are", "'s": "is", "'m": "am",
            "'re": "are"}.get(word, word) == be_


def _where_vi(text: str) -> str | None:
    """"Where's my phone?" as "Điện thoại của tôi đâu rồi?", "Where have my glasses gone?" as "Kính của tôi đâu mất
    rồi?" (_WHERE_EN); None for anything else, and where "is" or "has" does not agree with the thing."""
    m = _WHERE_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or not _agrees(m["be"] or m["have"], "are" if thing[1] else "is"):
        return None
    return capitalised(f"{thing[0]} đâu {'mất ' * bool(m['have'])}rồi?")


def _seen_vi(text: str) -> str | None:
    """"Have you seen my glasses?" as "Bạn có thấy kính của tôi không?", "Has anyone seen my wallet anywhere?" as "Có
    ai thấy ví của tôi ở đâu không?" (_SEEN_EN); None for anything else, and where "has" does not agree."""
    m = _SEEN_EN.fullmatch(text)
    if not m or (m["aux"] == "Did") != (m["verb"] == "see") or (thing := _thing_vi(m)) is None:
        return None
    said, be_, _ = ("có ai", "is", "") if m["anyone"] else _subject(m)
    if m["aux"] != "Did" and not _agrees(m["aux"], be_):
        return None
    where = " ở đâu" * bool(m["where"])
    return capitalised(f"có ai thấy {thing[0]}{where} không?" if m["anyone"] else
                       f"{said} có thấy {thing[0]}{where} không?")


def _put_vi(text: str) -> str | None:
    """"Where did you put my phone?" as "Bạn để điện thoại của tôi ở đâu?", "Where did I put my glasses?" as "Tôi để
    kính ở đâu nhỉ?" (_PUT_EN); None for anything else."""
    m = _PUT_EN.fullmatch(text)
    if not m:
        return None
    said, be_, own = _subject(m)
    if m["aux"] != "did" and not _agrees(m["aux"], be_) or (thing := _thing_vi(m, own)) is None:
        return None
    return capitalised(f"{said} để {thing[0]} ở đâu{' nhỉ' * (said in ('tôi', 'chúng tôi'))}?")


def _at_vi(m: re.Match) -> str:
    """A place of _AT_EN in Vietnamese (" ở dưới ghế sofa", " ở trong túi của tôi"); "" for none."""
    if not m["place"]:
        return ""
    whose = m["powner"].lower()
    return (f" ở {_PREPS_VI[' '.join(m['prep'].split())]} {PLACES_VI[keyed(m['place'])]}"
            f"{'' if whose == 'the' else ' của ' + WHOSE_VI[whose]}")


def _found_vi(text: str) -> str | None:
    """"I've found it." as "Tôi tìm thấy nó rồi.", "I found my wallet under the sofa." as "Tôi đã tìm thấy ví ở dưới
    ghế sofa.", "Have you found it yet?" as "Bạn đã tìm thấy nó chưa?", "Did you find it?" as "Bạn có tìm thấy nó
    không?" (_FOUND_EN); None for anything else, and where "has" or "have" does not agree."""
    m = _FOUND_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"] or m["yet"] and m["aux0"] == "Did":
        return None
    said, be_, own = _subject(m)
    aux, did = m["aux0"] or m["aux"], (m["aux0"] or "") == "Did"
    if (m["verb"] == "find") != did or aux and not did and not _agrees(aux, be_) or m["just"] and m["aux0"] or \
            m["yet"] and not m["aux0"] or (thing := _thing_vi(m, own)) is None:
        return None
    found = f"tìm thấy {thing[0]}{_at_vi(m)}"
    if m["aux0"]:
        return capitalised(f"{said} có {found} không?" if did else f"{said} đã {found} chưa?")
    if m["just"]:
        return capitalised(f"{said} vừa {found}.")
    return capitalised(f"{said} {found} rồi." if aux else f"{said} đã {found}.")


def _placed_vi(text: str) -> str | None:
    """"It's under the sofa." as "Nó ở dưới ghế sofa.", "Your glasses are in the drawer." as "Kính của bạn ở trong
    ngăn kéo.", "Is it in the drawer?" as "Nó có ở trong ngăn kéo không?" (_PLACED_EN); None for anything else, and
    where "is" or "are" does not agree with the thing."""
    m = _PLACED_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or (
            thing := _thing_vi(m)) is None or not _agrees(m["be0"] or m["be"], "are" if thing[1] else "is"):
        return None
    at = _at_vi(m)
    return capitalised(f"{thing[0]} có{at} không?" if m["be0"] else f"{thing[0]}{at}.")


def _looking_vi(text: str) -> str | None:
    """"I'm looking for my bag." as "Tôi đang tìm túi.", "What are you looking for?" as "Bạn đang tìm gì vậy?",
    "I can't find my phone anywhere." as "Tôi không tìm thấy điện thoại đâu cả." (_LOOKING_EN, _NOWHERE_EN); None for
    anything else, and where "am", "is" or "are" does not agree with who."""
    if m := _NOWHERE_EN.fullmatch(text):
        said, _, own = _subject(m)
        thing = _thing_vi(m, own)
        return thing and capitalised(f"{said} không tìm thấy {thing[0]} đâu cả.")
    m = _LOOKING_EN.fullmatch(text) or _WHAT_EN.fullmatch(text)
    if not m:
        return None
    said, be_, own = _subject(m)
    if not _agrees(m["be"], be_) or "thing" not in m.re.groupindex and said in ("tôi", "chúng tôi"):
        return None
    if "thing" not in m.re.groupindex:
        return capitalised(f"{said} đang tìm gì vậy?")
    thing = _thing_vi(m, own)
    return thing and capitalised(f"{said} đang tìm {thing[0]}.")
