"""Compliments on someone's things (a house, a garden, clothes, a car, hair, a family), both ways, written whole by
rule. v8 reads "áo" as Austrian, "căn hộ" as a lab, "váy" as a purse, drops the garden of "vườn nhà" and reads
"lovely" as loving: "Áo của bạn đẹp quá." → "Your Austrian is beautiful.", "Căn hộ của bạn đẹp quá." → "Your lab is
beautiful.", "Váy của cô ấy đẹp quá." → "Her purse was beautiful.", "Vườn nhà bạn đẹp quá." → "Your home is
beautiful.", "Vườn đẹp quá!" → "The beautiful edge!"; "Your house is lovely." → "Nhà của bạn rất yêu.", "I love your
dress." → "Tôi yêu bạn ăn mặc của bạn.", "What a beautiful garden!" → "Làm vườn đẹp là gì!", "You have a lovely
family." → "Bạn có gia đình yêu thương.", "Your flat is lovely." → "Phẳng của bạn rất yêu.", "Nice shirt!" → "Hãy
mặc áo choàng!", "I love your house." → "Tôi yêu ngôi nhà." (yours lost).

Taken: a thing of THINGS (clothes of mt.outfits.OUTFITS, a home, a room, a garden, a car, hair, a bag, a family …),
new or not, whose (mt.terms.OWNERS but "mình", our or my; someone of mt.hobbies.SOMEONE, "my mother's") or this or
that, found beautiful, pretty, cute, wonderful, great or cosy (NICE), very, really, quite, so ("quá" said gladly) or
plainly: "Nhà bạn đẹp quá." ("Your house is so beautiful."); liked or loved by who (mt.hobbies.WHO, WHO_EN), said or
asked ("Tôi thích cái váy của bạn quá.", "I love your dress."); had by who ("Bạn có một ngôi nhà đẹp quá.", "You
have such a beautiful house."); and "What a beautiful garden!", "Nice shirt!" ("Khu vườn đẹp quá!", no whose said).
Left: "anh", "chị", "em" alone as who or whose (the speaker or the listener?), "xe" alone (a car, a motorbike or a
bike?), a thing not nice or asked about ("Nhà bạn có đẹp không?"), "looks" ("Nhà bạn trông đẹp quá."), one's own
thing loved ("She loves her car."); people and pets found cute (mt/traits.py, mt/pets.py: "Con trai bạn dễ thương
quá."), food (mt/tastes.py, the phrasebook's "Bạn nấu ăn ngon quá."), gifts (mt/gifts.py), photos (mt/photos.py),
clothes that suit someone (mt/outfits.py), how someone looks (mt/looks.py).
mt.phrasebook.translate tries these after mt/goodbyes.py.

    >>> translate("Áo của bạn đẹp quá.", "vi", "en"), translate("Your house is lovely.", "en", "vi")
    ('Your shirt is so beautiful.', 'Nhà bạn đẹp quá.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .outfits import OUTFITS, OUTFITS_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import WHOSE_OF, alternatives, capitalised, keyed

# things one is complimented on: mt.outfits' clothes and what one owns ("xe" alone is left: car, motorbike or bike?)
THINGS = OUTFITS | {"nhà": "house", "căn hộ": "flat", "phòng": "room", "vườn": "garden", "vườn nhà": "garden",
                    "nhà bếp": "kitchen", "phòng khách": "living room", "phòng ngủ": "bedroom", "xe hơi": "car",
                    "ô tô": "car", "xe ô tô": "car", "xe máy": "motorbike", "xe đạp": "bike", "tóc": "hair",
                    "túi": "bag", "túi xách": "handbag", "đồng hồ": "watch", "kính": "glasses", "gia đình": "family"}
# ... in Vietnamese: bare, and with its classifier (as the object of "thích", after "một", "này")
_OWNED_VI = {"house": ("nhà", "ngôi nhà"), "home": ("nhà", "ngôi nhà"), "flat": ("căn hộ", "căn hộ"),
             "apartment": ("căn hộ", "căn hộ"), "room": ("phòng", "căn phòng"), "garden": ("khu vườn", "khu vườn"),
             "kitchen": ("nhà bếp", "nhà bếp"), "living room": ("phòng khách", "phòng khách"),
             "bedroom": ("phòng ngủ", "phòng ngủ"), "car": ("xe", "chiếc xe"), "motorbike": ("xe máy", "chiếc xe máy"),
             "bike": ("xe đạp", "chiếc xe đạp"), "hair": ("tóc", "mái tóc"), "bag": ("túi", "cái túi"),
             "handbag": ("túi xách", "cái túi xách"), "watch": ("đồng hồ", "chiếc đồng hồ"),
             "glasses": ("kính", "cặp kính"), "family": ("gia đình", "gia đình")}
_FEET = {"shoes", "sandals", "trainers", "sneakers"}  # a pair: "đôi giày"
THINGS_VI = {en: (vi, vi if vi.startswith("bộ ") else f"{'đôi' if en in _FEET else 'cái'} {vi}")
             for en, vi in OUTFITS_VI.items()} | _OWNED_VI
_MANY = {"trousers", "jeans", "shorts", "glasses"} | _FEET  # "these shoes are"
_MASS = {"hair"}  # "What beautiful hair!", no "a"
_BARE = {"nhà", "tóc", "gia đình"}  # said without "của" after them: "Nhà bạn", "Tóc cô ấy"
# the classifiers read before a thing, and the things each goes with ("đôi áo": a pair of shirts?); "cái", "chiếc"
# with any but _UNCLASSED
_CLASSES = {"ngôi": {"house"}, "căn": {"house", "room", "flat", "kitchen", "living room", "bedroom"},
            "khu": {"garden"}, "mái": {"hair"}, "đôi": _FEET, "cặp": {"glasses"}, "cái": None, "chiếc": None}
_UNCLASSED = {"hair", "family", "garden"}
# how it is found (the first English of each Vietnamese is written; "lovely" is "đẹp", of a family "tuyệt vời")
NICE = {"đẹp": "beautiful", "xinh": "pretty", "xinh xắn": "pretty", "dễ thương": "cute", "tuyệt vời": "wonderful",
        "tuyệt": "great", "ấm cúng": "cosy"}
NICE_VI = {"beautiful": "đẹp", "lovely": "đẹp", "nice": "đẹp", "gorgeous": "đẹp", "pretty": "xinh",
           "cute": "dễ thương", "wonderful": "tuyệt vời", "amazing": "tuyệt vời", "great": "tuyệt", "cosy": "ấm cúng",
           "cozy": "ấm cúng"}
_UNGRADED = {"wonderful", "great"}  # not "very wonderful", "quite great"
# how much, before or after the word ("quá", "thế" said gladly: "so")
_DEGREES = {"rất": "very", "khá": "quite", "thật": "really", "thật là": "really", "quá": "so", "lắm": "really",
            "ghê": "so", "thế": "so", "vậy": "so"}
_KEYS = {"vi": lazy(r"(?i:đẹp|xinh|dễ\s+thương|tuyệt|ấm\s+cúng|thích)"),
         "en": lazy(r"(?i:beautiful|lovely|nice|gorgeous|pretty|cute|wonderful|amazing|great|co[sz]y|like|love)")}

# the thing, new or not, and whose ("cái váy mới của bạn", "nhà bạn", "khu vườn của mẹ tôi", "đôi giày này")
_THING = (rf"(?:(?P<cls>(?i:{alternatives(_CLASSES)}))\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?P<new>\s+mới)?"
          rf"(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này|đó))?")
_NICE = (rf"(?:(?P<before>rất|khá|thật\s+là|thật)\s+)?(?P<adj>{alternatives(NICE)})"
         r"(?:\s+(?P<after>quá|lắm|thật|ghê))?(?:\s+(?P<soft>vậy|thế|nhỉ|ạ))?\s*(?P<end>[.!]*)")
_SAID = lazy(rf"{_THING}\s+{_NICE}")
_LIKED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<very>rất)\s+)?thích\s+{_THING}"
              r"(?:\s+(?P<much>quá|lắm))?(?:\s+(?P<asked>không))?(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_HAD = lazy(rf"{WHO}\s+có\s+(?:một\s+)?{_THING}\s+{_NICE}")

# ... and in English ("your new dress", "my mother's garden", "these shoes")
_THING_EN = rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))"
_NICE_EN = rf"(?P<adj>(?i:{alternatives(NICE_VI)}))"
_WHOSE_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s|(?P<this>(?i:this|that|these|those)))"
             rf"(?P<new>\s+new)?\s+{_THING_EN}")
_SAID_EN = lazy(rf"{_WHOSE_EN}(?P<be>\s+is|\s+are|['’]s)\s+(?:(?P<deg>so|really|very|quite|absolutely)\s+)?"
                rf"{_NICE_EN}\s*(?P<end>[.!]*)")
_LIKED_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?P<really>really\s+)?(?P<verb>(?:love|like)s?)\s+"
                 rf"{_WHOSE_EN}\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"(?:(?P<what>What)\s+(?:(?P<a>an?)\s+)?)?{_NICE_EN}(?P<new>\s+new)?\s+{_THING_EN}"
                r"\s*(?P<end>[.!]*)")
_HAD_EN = lazy(rf"{WHO_EN}(?P<have>\s+have|\s+has|['’]ve\s+got|['’]s\s+got|\s+have\s+got|\s+has\s+got)\s+"
               rf"(?:(?P<such>such)\s+)?(?:(?P<a>an?)\s+)?(?:(?P<deg>really|very)\s+)?{_NICE_EN}"
               rf"(?P<new>\s+new)?\s+{_THING_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that finds someone's thing beautiful (or cute, cosy …), likes it, or says who
    has a beautiful one; None for any other."""
    if src == "vi":
        return _said(text) or _liked(text) or _had(text)
    return _said_vi(text) or _liked_vi(text) or _what_vi(text) or _had_vi(text)


def _thing_en(m: re.Match) -> tuple[str, str] | None:
    """The thing of a match of _THING in English with whose or this before it, and "is" or "are": ("your new
    dress", "is"), ("my mother's garden", "is"), ("these shoes", "are"), ("shoes", "are") with none said; None for a
    classifier that does not go with the thing ("đôi áo"), "mình" (my or our?) and a family "này"."""
    said = THINGS[keyed(m["thing"])]
    cls = keyed(m["cls"] or "")
    if cls and (said in _UNCLASSED if _CLASSES[cls] is None else said not in _CLASSES[cls]):
        return None
    many = said in _MANY
    thing = f"{'new ' * bool(m['new'])}{said}"
    if m["owner"]:
        owner = keyed(m["owner"])
        return None if owner == "mình" else (f"{OWNERS[owner]} {thing}", "are" if many else "is")
    if m["someone"]:
        whose = someone(m["someone"], "vi")
        return whose and (f"{whose}'s {thing}", "are" if many else "is")
    if m["this"]:
        this = {"này": ("these", "this"), "đó": ("those", "that")}[m["this"]][not many]
        return None if said == "family" else (f"{this} {thing}", "are" if many else "is")
    return thing, "are" if many else "is"


def _degree(m: re.Match) -> str | None:
    """How much a thing is found nice (_NICE), in English: "very", "really", "quite", "so", "" for nothing said; None
    for two said ("rất đẹp quá") or "quite" with "wonderful"."""
    said = [w for w in (m["before"], m["after"], m["soft"] if m["soft"] in ("thế", "vậy") else None) if w]
    if len(said) > 1:
        return None
    degree = _DEGREES[keyed(said[0])] if said else ""
    if NICE[keyed(m["adj"])] in _UNGRADED:
        return None if degree == "quite" else "really" if degree == "very" else degree
    return degree


def _said(text: str) -> str | None:
    """"Nhà bạn đẹp quá." as "Your house is so beautiful.", "Đôi giày này đẹp thật." as "These shoes are really
    beautiful.", "Khu vườn đẹp quá!" as "What a beautiful garden!" (_SAID); None for anything else, and a thing
    with no whose unless "quá" says it gladly ("Nhà đẹp.")."""
    m = _SAID.fullmatch(text)
    thing = m and _thing_en(m)
    degree = thing and _degree(m)
    if degree is None:
        return None
    adj, (said, be) = NICE[keyed(m["adj"])], thing
    if not (m["owner"] or m["someone"] or m["this"]):
        if degree != "so" or said.endswith("family"):
            return None
        a = "" if be == "are" or said in _MASS else f"{a_or_an(adj)} "
        return f"What {a}{adj} {said}!"
    return capitalised(f"{said} {be} {degree + ' ' if degree else ''}{adj}{m['end'][:1] or '.'}")


def _liked(text: str) -> str | None:
    """"Tôi thích cái váy của bạn quá." as "I love your dress.", "Mẹ tôi rất thích khu vườn của bạn." as "My mother
    really likes your garden.", "Bạn có thích cái áo mới của tôi không?" as "Do you like my new shirt?" (_LIKED);
    None for anything else, a thing of no one's, and one's own ("Tôi thích nhà tôi quá.")."""
    m = _LIKED.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != bool(m["asked"]) or asked != ("?" in m["end"]) or asked and (m["very"] or m["much"]) or (
            m["very"] and m["much"]) or not (m["owner"] or m["someone"] or m["this"]):
        return None
    said, thing = who(m, asked), _thing_en(m)
    if said is None or thing is None or m["owner"] and m["who"] and keyed(m["owner"]) == keyed(m["who"]):
        return None
    who_, one = said
    if asked:
        return f"{'Does' if one else 'Do'} {who_} like {thing[0]}?"
    verb = "love" if m["much"] == "quá" else "like"
    really = "really " if m["very"] or m["much"] == "lắm" else ""
    return capitalised(f"{who_} {really}{verb}{'s' * one} {thing[0]}{m['end'][:1] or '.'}")


def _had(text: str) -> str | None:
    """"Bạn có một ngôi nhà đẹp quá." as "You have such a beautiful house.", "Bạn có một gia đình thật tuyệt vời."
    as "You have a really wonderful family." (_HAD); None for anything else, and a thing with whose."""
    m = _HAD.fullmatch(text)
    if not m or m["owner"] or m["someone"] or m["this"] or (said := who(m, False)) is None:
        return None
    thing, degree = _thing_en(m), _degree(m)
    if thing is None or degree in (None, "quite"):
        return None
    (who_, one), adj = said, NICE[keyed(m["adj"])]
    counted = thing[1] == "is" and THINGS[keyed(m["thing"])] not in _MASS
    nice = f"{degree} {adj}" if degree and degree != "so" else adj
    a = f"{a_or_an(nice)} " if counted else ""
    such = "such " if degree == "so" else ""
    return f"{capitalised(who_)} {'has' if one else 'have'} {such}{a}{nice} {thing[0]}{m['end'][:1] or '.'}"


def _thing_vi(m: re.Match, owned: bool) -> tuple[str, str] | None:
    """The thing of a match of _WHOSE_EN in Vietnamese, bare (`owned`: "Nhà bạn", "Khu vườn của mẹ tôi", "Đôi giày
    này") or as the object of "thích" ("cái váy mới của bạn"), and the thing in English; None where "this" or "these"
    does not go with it ("these shirt") or someone is not known."""
    said = keyed(m["thing"])
    bare, classed = THINGS_VI[said]
    new = " mới" if m["new"] else ""
    if m["this"]:
        many = m["this"].lower() in ("these", "those")
        if many != (said in _MANY):
            return None
        return f"{classed}{new} {'này' if m['this'].lower() in ('this', 'these') else 'đó'}", said
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    if whose is None:
        return None
    if owned and bare in _BARE and m["owner"] and not new:
        return f"{bare} {whose}", said
    return f"{bare if owned else classed}{new} của {whose}", said


def _nice_vi(adj: str, thing: str) -> str:
    """The Vietnamese of how a thing is found ("lovely": "đẹp"; a lovely family "tuyệt vời")."""
    adj = adj.lower()
    return "tuyệt vời" if thing == "family" and adj in ("lovely", "nice") else NICE_VI[adj]


def _said_vi(text: str) -> str | None:
    """"Your house is lovely." as "Nhà bạn đẹp quá.", "These shoes are very nice." as "Đôi giày này rất đẹp."
    (_SAID_EN); None for anything else, and where "is" or "are" does not agree with the thing."""
    m = _SAID_EN.fullmatch(text)
    found = m and _thing_vi(m, owned=True)
    if not found:
        return None
    said, thing = found
    if (m["be"].strip() == "are") != (thing in _MANY):
        return None
    adj, deg = _nice_vi(m["adj"], thing), (m["deg"] or "").lower()
    nice = f"rất {adj}" if deg == "very" else f"khá {adj}" if deg == "quite" else f"{adj} quá"
    return capitalised(f"{said} {nice}{m['end'][:1] or '.'}")


def _liked_vi(text: str) -> str | None:
    """"I love your dress." as "Tôi thích cái váy của bạn quá.", "I really like your garden." as "Tôi rất thích khu
    vườn của bạn.", "Do you like my new shirt?" as "Bạn có thích cái áo mới của tôi không?" (_LIKED_EN); None for
    anything else, where the verb does not agree with who, and one's own ("She loves her car.")."""
    m = _LIKED_EN.fullmatch(text)
    found = m and _thing_vi(m, owned=False)
    if not found or bool(m["do"]) != ("?" in m["end"]):
        return None
    (said, _), (who_, one) = found, who_vi(m)
    verb = m["verb"].lower()
    own = WHOSE_OF.get((m["who"] or "").lower())
    if m["do"] and (m["really"] or verb != "like" or (m["do"] == "Does") != one) or not m["do"] and (
            verb.endswith("s") != one) or m["owner"] and (m["owner"].lower() == own or one and m["owner"].lower() in (
            "his", "her")):
        return None
    if m["do"]:
        return capitalised(f"{who_} có thích {said} không?")
    if verb.startswith("love"):
        return capitalised(f"{who_} thích {said} {'lắm' if m['really'] else 'quá'}{m['end'][:1] or '.'}")
    return capitalised(f"{who_} {'rất ' * bool(m['really'])}thích {said}{m['end'][:1] or '.'}")


def _what_vi(text: str) -> str | None:
    """"What a beautiful garden!" as "Khu vườn đẹp quá!", "Nice shirt!" as "Cái áo đẹp quá!" (_WHAT_EN); None for
    anything else, and where "a" is said or left wrongly ("What a beautiful shoes!")."""
    m = _WHAT_EN.fullmatch(text)
    if not m or not m["adj"][0].isupper() and not m["what"]:
        return None
    thing = keyed(m["thing"])
    counted = thing not in _MANY and thing not in _MASS
    a = a_or_an(m["adj"].lower()) if m["what"] and counted else None
    if (m["a"] or "").lower() != (a or "") or thing == "family":
        return None
    return capitalised(f"{THINGS_VI[thing][1]}{' mới' * bool(m['new'])} {_nice_vi(m['adj'], thing)} quá!")


def _had_vi(text: str) -> str | None:
    """"You have a lovely family." as "Bạn có một gia đình thật tuyệt vời.", "She has such beautiful hair." as "Cô
    ấy có một mái tóc thật đẹp." (_HAD_EN); None for anything else, where "has" does not agree with who, and "a"
    said or left wrongly."""
    m = _HAD_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), thing = who_vi(m), keyed(m["thing"])
    counted = thing not in _MANY and thing not in _MASS
    have = " ".join(m["have"].replace("’", "'").split())
    a = (a_or_an((m["deg"] or m["adj"]).lower()) if counted else "")
    if have.startswith(("has", "'s")) != one or (m["a"] or "").lower() != a or m["such"] and m["deg"]:
        return None
    adj = _nice_vi(m["adj"], thing)
    nice = f"rất {adj}" if (m["deg"] or "").lower() == "very" else f"thật {adj}"
    return capitalised(f"{who_} có một {THINGS_VI[thing][1]}{' mới' * bool(m['new'])} {nice}{m['end'][:1] or '.'}")
