"""Farm animals kept at home or on a farm, both ways, written whole by rule: who keeps which (said, denied, asked,
still, no longer), how many or what animals someone keeps, hens laying eggs and a cow, a sow or a dog giving birth.
v8 (the rules on) reads "nuôi" as feeding or fostering, "đẻ" as laying a person, and "keep", "raise", "lay" as
"giữ", "nâng cao", "đặt": "Nhà tôi nuôi gà." → "My house is a chicken.", "Ông bà tôi nuôi lợn." → "My grandparents
feeding.", "Bố mẹ tôi nuôi bò." → "My parents cowed.", "Nhà bạn có nuôi lợn không?" → "Do you have a brew?", "Nhà bạn
nuôi mấy con vịt?" → "Are you a lot of ducklings?", "Gà đẻ trứng rồi." → "The egg lays.", "Con bò vừa đẻ con." → "She
was just laying her.", "Con lợn nái vừa đẻ mười con." → "The heart was just laying ten children."; and back, "We keep
chickens." → "Chúng tôi giữ con gà.", "My grandparents raise pigs." → "Ông bà tôi nâng cao nếp.", "The hens laid
eggs." → "Món trứng đã đặt ra.", "The cow had a calf." → "Cây kêu meo có một bữa ăn.", "How many ducks do you have?"
→ "Bạn có bao nhiêu ducks?".

Taken: who (mt.hobbies.WHO, WHO_EN; mt.people.PARENTS_WHOSE; "nhà tôi", "my family") keeping animals of LIVESTOCK
("nuôi gà và vịt": "keep chickens and ducks"; "nhiều", a lot of; "ở quê", in the countryside): said, denied, asked,
"vẫn", "còn" (still), "không còn … nữa" (any more); "mấy con …?" (how many), "con gì?" (what animals); counted, in
English ("We keep two cows."), and of parents or grandparents in Vietnamese; hens, ducks or geese
(LAYERS) laying eggs: just, already, now, in the past or on a day behind, as a habit (whose, "nhiều", every day),
asked, not, not yet, not any more, and how many eggs; an animal of MOTHERS giving birth: just, already, in the past,
about to, not yet, and to how many young. Left: pets fed (mt/pets.py's: "cho gà ăn"), pets kept and counted by "tôi",
"nhà tôi" … (mt/family.py's: "Tôi nuôi hai con gà."), dogs and cats kept uncounted ("nuôi chó": one or more?),
"Anh", "Chị", "Em" alone saying it, "I" asked ("Tôi có nuôi gà không?"), "Gà đẻ trứng.", "Gà có đẻ trứng không?"
(hens in general, or the past?), a day with a habit ("The hens lay eggs today."), keeping in the past ("hồi nhỏ"), a
farm had, milking, collecting eggs, and anything else, to the model.
mt.phrasebook.translate tries these after mt/getting_wet.py.

    >>> translate("Nhà tôi nuôi gà.", "vi", "en"), translate("The cow just had a calf.", "en", "vi")
    ('My family keeps chickens.', 'Con bò vừa đẻ một con bê.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .free_time import DAY_OPENING, when
from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

# animals kept (English one, many; the first Vietnamese of each is written back)
LIVESTOCK = {"gà": ("chicken", "chickens"), "gà mái": ("hen", "hens"), "gà tây": ("turkey", "turkeys"),
             "vịt": ("duck", "ducks"), "ngỗng": ("goose", "geese"), "lợn": ("pig", "pigs"), "heo": ("pig", "pigs"),
             "bò": ("cow", "cows"), "bò sữa": ("dairy cow", "dairy cows"), "trâu": ("buffalo", "buffaloes"),
             "dê": ("goat", "goats"), "cừu": ("sheep", "sheep"), "ngựa": ("horse", "horses"), "ong": ("bee", "bees"),
             "chim bồ câu": ("pigeon", "pigeons")}
LIVESTOCK_VI = {en: vi for vi, ones in reversed(LIVESTOCK.items()) for en in ones} | {
    "cattle": "bò", "water buffaloes": "trâu", "water buffalo": "trâu"}
# birds that lay (Vietnamese as subject: "gà mái" for hens); animals that give birth (English, young one, young many,
# Vietnamese young; True where a litter is born: "đẻ con" is "had piglets", not "a piglet")
LAYERS = {"gà": ("hen", "hens"), "gà mái": ("hen", "hens"), "vịt": ("duck", "ducks"), "ngỗng": ("goose", "geese")}
LAYERS_VI = {"hen": "gà mái", "hens": "gà mái", "chicken": "gà", "chickens": "gà", "duck": "vịt", "ducks": "vịt",
             "goose": "ngỗng", "geese": "ngỗng"}
MOTHERS = {"bò": ("cow", "calf", "calves", "bê", False), "trâu": ("buffalo", "calf", "calves", "nghé", False),
           "lợn nái": ("sow", "piglet", "piglets", "lợn con", True),
           "lợn": ("pig", "piglet", "piglets", "lợn con", True),
           "heo": ("pig", "piglet", "piglets", "heo con", True), "dê": ("goat", "kid", "kids", "dê con", False),
           "cừu": ("sheep", "lamb", "lambs", "cừu con", False), "ngựa": ("horse", "foal", "foals", "ngựa con", False),
           "chó": ("dog", "puppy", "puppies", "chó con", True), "mèo": ("cat", "kitten", "kittens", "mèo con", True)}
MOTHERS_VI = {en: vi for vi, (en, *_) in reversed(MOTHERS.items())} | {"ewe": "cừu", "mare": "ngựa"}
_PLACES = {"ở quê": "in the countryside", "ở nông thôn": "in the countryside"}
_KEYS = {"vi": lazy(r"(?i:nuôi|đẻ)"), "en": lazy(r"(?i:\bkeep|rais|\blay|laid|birth|\bhad\b|how\s+many)")}

# who: parents, a family ("nhà tôi"), or mt.hobbies' (a pronoun, kin and whose, a name)
_WHO = (rf"(?:{PARENTS_WHOSE}|(?P<fam>(?i:nhà|gia\s+đình))\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|"
        rf"{WHO})")
_WHO_EN = rf"(?:{PARENTS_WHOSE_EN}|(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
_ONE = rf"(?i:{alternatives(LIVESTOCK)})"
_N = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(VI_TO_EN)}))"
_PLACE = rf"(?:\s+(?P<place>{alternatives(_PLACES)}))?"
_KEEP = lazy(rf"{_WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<ask>có)\s+|(?P<not>không(?P<nolonger>\s+còn)?)"
             rf"\s+)?nuôi\s+(?:(?P<lots>nhiều)\s+|{_N}\s+con\s+)?(?P<animals>{_ONE}(?:\s*(?:,|và)\s*{_ONE})*){_PLACE}"
             rf"(?:\s+(?P<more>nữa))?{ASKED_END}")
_HOW_MANY = lazy(rf"{_WHO}\s+(?:có\s+)?nuôi\s+(?:(?:mấy|bao\s+nhiêu)\s+con\s+(?P<animal>{_ONE})|(?P<what>(?:những\s+)?"
                 rf"con\s+gì)){_PLACE}{SOFTENED_END}")
# whose or "này" after the animal ("gà nhà tôi", "con bò này")
_OWNED = rf"(?:\s+(?:(?:của|nhà)\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|\s+(?P<this>này))?"
_FLOCK = r"(?:(?P<cls>[Cc]on|(?i:mấy\s+con|những\s+con|các\s+con|đàn|lũ))\s+)?"
_LAY = lazy(rf"{DAY_OPENING}{_FLOCK}(?P<bird>(?i:{alternatives(LAYERS)})){_OWNED}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|"
            r"đang|có|không|chưa)\s+)?đẻ\s+(?:được\s+)?(?:(?P<lots>nhiều)\s+|(?P<n>\d{1,3}|(?i:"
            rf"{alternatives(VI_TO_EN)}))\s+(?:quả\s+)?)?trứng(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?"
            r"(?:\s+(?P<much>lắm|quá))?(?:\s+(?P<done>rồi|nữa))?(?:\s+(?P<asked>không|chưa))?" + SOFTENED_END)
_YOUNG = r"(?P<young>(?i:bê|nghé|(?:lợn|heo|dê|cừu|ngựa|chó|mèo)\s+con))"
_BIRTH = lazy(rf"{DAY_OPENING}(?:[Cc]on\s+)?(?P<mother>(?i:{alternatives(MOTHERS)})){_OWNED}\s+(?:(?P<aux>đã|vừa\s+mới|"
              rf"vừa|mới|sắp|chưa)\s+)?đẻ(?:\s+(?:được\s+)?(?:{_N}\s+)?(?P<con>con)(?:\s+{_YOUNG})?)?"
              r"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?" + SOFTENED_END)

# ... in English
_ONE_EN = rf"(?i:{alternatives(LIVESTOCK_VI)})"
_N_EN = rf"(?P<n>an?|\d{{1,3}}|(?i:{alternatives(EN_TO_VI)}))"
_PLACE_EN = r"(?:\s+(?P<place>in\s+the\s+countryside))?"
_KEEP_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)|"
                r"\s+(?P<nolonger>no\s+longer))?(?:\s+(?P<still>still))?\s+(?P<verb>keeps?|raises?)\s+(?:(?P<lots>"
                rf"a\s+lot\s+of|lots\s+of)\s+|{_N_EN}\s+)?(?P<animals>{_ONE_EN}(?:(?:\s*,\s*|,?\s+and\s+){_ONE_EN})*)"
                rf"{_PLACE_EN}(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_HOW_MANY_EN = lazy(rf"(?:How\s+many\s+(?P<animal>{_ONE_EN})|(?P<what>What\s+animals))\s+(?P<do>do|does)\s+{_WHO_EN}"
                    rf"\s+(?P<verb>keep|raise|have){_PLACE_EN}\s*\?+")
_BIRD_EN = (rf"(?P<det>(?i:the|this|these|{WHOSE_WORDS}))\s+(?P<bird>{alternatives(LAYERS_VI)})")
_LAY_EN = lazy(rf"(?:(?P<do>Do|Does|Have|Has)\s+)?{_BIRD_EN}(?P<aux>\s+(?:have|has|are|is|do|does)(?:\s+not|"
               r"n['’]t)?|['’](?:ve|s|re))?(?:\s+(?P<adv>just|already))?\s+(?P<verb>lay|lays|laid|laying)\s+"
               rf"(?:{_N_EN}\s+|(?P<lots>a\s+lot\s+of|lots\s+of)\s+|(?P<any>any)\s+)?(?P<eggs>eggs?)"
               rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?(?:\s+(?P<day>today|yesterday|this\s+morning))?"
               r"(?:\s+(?P<yet>yet|any\s*more))?\s*(?P<end>[.!?]*)")
_YOUNG_EN = alternatives({young for _, one, many, *_ in MOTHERS.values() for young in (one, many)})
_MOTHER_EN = rf"(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+(?P<mother>{alternatives(MOTHERS_VI)})"
_BIRTH_EN = lazy(rf"(?:(?P<has0>Has)\s+)?{_MOTHER_EN}(?P<about>\s+is\s+about\s+to|['’]s\s+about\s+to)?"
                 r"(?P<aux>\s+has|['’]s|\s+is|\s+hasn['’]t)?(?:\s+(?P<adv>just|already))?\s+(?P<verb>had|given\s+birth|"
                 rf"gave\s+birth|give\s+birth)(?:\s+(?P<to>to\s+)?(?:{_N_EN}\s+)?(?P<young>{_YOUNG_EN}))?"
                 r"(?:\s+(?P<day>yesterday|last\s+night|this\s+morning))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who keeps farm animals, how many or which, hens laying eggs
    or an animal giving birth; None for any other."""
    if src == "vi":
        return _keep(text) or _how_many(text) or _lay(text) or _birth(text)
    text = text.replace("’", "'")
    return _keep_vi(text) or _how_many_vi(text) or _lay_vi(text) or _birth_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether English says it with "-s": "my grandparents" (False), "my
    family" (True), or mt.hobbies.who ("Anh" alone saying it: None; "I" asked, None: "Tôi có nuôi gà không?" is
    not "Do I keep chickens?" but likely a slip)."""
    if m["parents"]:
        return parents_said(m, "en"), False
    said = (f"{OWNERS[keyed(m['fwhose'])]} family", True) if m["fwhose"] else who(m, asked)
    return None if asked and said and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": "ông bà tôi" (False), "nhà
    tôi" (True, "my family"), or mt.hobbies.who_vi."""
    if m["parents"]:
        return parents_said(m, "vi"), False
    return (f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True) if m["fwhose"] else who_vi(m)


def _listed(said: list[str], joint: str = "and") -> str:
    """Words listed as English (or Vietnamese, `joint` "và") lists them: "chickens", "chickens and ducks", "chickens,
    ducks and pigs"."""
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {joint} {said[-1]}"


def _animals(said: str, lang: str) -> list[str]:
    """The animals of a list of _ONE (`lang` "vi"; many: ["chickens", "ducks"]) or of _ONE_EN ("en"; ["gà", "vịt"]),
    in the other language; [] where an English one is not many ("chicken")."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+(?:và|and)\s+", said.strip())
    if lang == "vi":
        return [LIVESTOCK[keyed(p)][1] for p in parts]
    many = {m for _, m in LIVESTOCK.values()} | {"cattle", "water buffaloes"}
    return [LIVESTOCK_VI[keyed(p)] for p in parts] if all(keyed(p) in many for p in parts) else []


def _keep(text: str) -> str | None:
    """"Nhà tôi nuôi gà." as "My family keeps chickens.", "Bạn có nuôi gà không?" as "Do you keep chickens?", "Ông bà
    tôi vẫn nuôi lợn ở quê." as "My grandparents still keep pigs in the countryside.", "Nhà tôi không còn nuôi vịt
    nữa." as "My family doesn't keep ducks any more." (_KEEP); None for anything else, and counted but by parents."""
    m = _KEEP.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["more"]) != bool(m["nolonger"]) or m["ask"] and not asked or (
            asked and not (m["ask"] or m["still"])) or m["still"] and m["not"] or m["lots"] and m["not"] or m["n"] and (
            asked or m["not"] or m["still"] or not m["parents"] or keyed(m["animals"]) not in LIVESTOCK):
        return None
    said = _who(m, asked)
    if said is None:
        return None
    who_, one = said
    animals = _listed(_animals(m["animals"], "vi"))
    if m["n"]:
        n = VI_TO_EN.get(keyed(m["n"]), m["n"])
        one_, many = LIVESTOCK[keyed(m["animals"])]
        animals = f"{a_or_an(one_)} {one_}" if n in ("one", "1") else f"{n} {many}"
    place = f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    still = " still" if m["still"] else ""
    lots = "a lot of " if m["lots"] else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{still} keep {lots}{animals}{place}?"
    if m["not"]:
        more = " any more" if m["more"] else ""
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t keep {animals}{place}{more}.")
    return capitalised(f"{who_}{still} {'keeps' if one else 'keep'} {lots}{animals}{place}.")


def _how_many(text: str) -> str | None:
    """"Nhà bạn nuôi mấy con vịt?" as "How many ducks does your family keep?", "Bạn nuôi con gì?" as "What animals
    do you keep?" (_HOW_MANY); None for anything else."""
    m = _HOW_MANY.fullmatch(text)
    said = m and "?" in m["end"] and _who(m, True)
    if not said:
        return None
    asked = "What animals" if m["what"] else f"How many {LIVESTOCK[keyed(m['animal'])][1]}"
    place = f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    return f"{asked} {'does' if said[1] else 'do'} {said[0]} keep{place}?"


def _owned(m: re.Match, one: str, many: str, single: bool) -> str:
    """The animal of a match of _LAY or _BIRTH in English, one (`single`) or many: "the hens", "the hen", "my hens",
    "this hen", "these hens"."""
    det = OWNERS[keyed(m["owner"])] if m["owner"] else ("this" if single else "these") if m["this"] else "the"
    return f"{det} {one if single else many}"


def _lay(text: str) -> str | None:
    """"Gà đẻ trứng rồi." as "The hens have laid eggs.", "Con gà mái vừa đẻ trứng." as "The hen has just laid an
    egg.", "Gà nhà tôi đẻ nhiều trứng lắm." as "My hens lay a lot of eggs.", "Hôm nay gà đẻ năm quả trứng." as "The
    hens laid five eggs today." (_LAY); None for anything else, and for a plain "Gà đẻ trứng." (hens in general?)."""
    m = _LAY.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or (day := when(m["day0"], "vi")) is None:
        return None
    one = keyed(m["cls"] or "") == "con"  # (bare "gà", "mấy con gà": the hens)
    hens = _owned(m, *LAYERS[keyed(m["bird"])], one)
    aux, done, asked = keyed(m["aux"] or ""), keyed(m["done"] or ""), keyed(m["asked"] or "")
    past = bool(day) and (day == "today" or BEHIND.match(day))
    if day and not past or m["every"] and (day or aux not in ("", "không")) or m["much"] and not m["lots"]:
        return None
    n = VI_TO_EN.get(keyed(m["n"] or ""), m["n"])
    eggs = "a lot of eggs" if m["lots"] else f"{n} eggs" if n and n not in ("one", "1") else "an egg" if (
        n or one) else "eggs"
    habit_eggs = eggs if m["lots"] or n else "eggs"
    if not (m["cls"] or m["owner"] or m["this"]) and (aux in ("", "có", "không") and not (done == "rồi" or day)):
        return None  # ("Gà có đẻ trứng không?": do hens lay eggs?)
    every, on = f" {EVERY[keyed(m['every'])]}" if m["every"] else "", f" {day}" if day else ""
    has, does, be = ("has", "does", "is") if one else ("have", "do", "are")
    if asked == "không" and aux == "có" and not (done or day or n):
        return f"{does.capitalize()} {hens} lay {habit_eggs}{every}?"
    if asked == "chưa" and aux == "" and not (done or day or every):
        return f"{has.capitalize()} {hens} laid {'any eggs' if not n else eggs} yet?"
    if asked or aux == "có":
        return None
    if aux == "không" and not (day or n):
        return capitalised(f"{hens} {does}n't lay {habit_eggs}{every}{' any more' if done == 'nữa' else ''}.")
    if aux == "chưa" and not (done or day or every or n):
        return capitalised(f"{hens} {has}n't laid any eggs yet.")
    if done == "nữa" or aux in ("không", "chưa"):
        return None
    if aux in ("vừa", "mới", "vừa mới") and not (done or day or every):
        return capitalised(f"{hens} {has} just laid {eggs}.")
    if aux == "đang" and not (done or day or every or n):
        return capitalised(f"{hens} {be} laying {eggs}.")
    if done == "rồi" and aux in ("", "đã") and not (day or every):
        return capitalised(f"{hens} {has} laid {eggs}.")
    if aux == "đã" and not every or past and aux == "" and not every:
        return capitalised(f"{hens} laid {eggs}{on}.")
    if aux == "" and (every or m["lots"]) and not done:
        return capitalised(f"{hens} {'lays' if one else 'lay'} {eggs if n else habit_eggs}{every}.")
    return None


def _young(n: str | None, mother: str) -> str:
    """The young of a mother of MOTHERS in English, as many as `n` says (Vietnamese): "a calf", "ten piglets";
    none counted, "a calf" or "puppies" (a litter)."""
    _, one, many, _, litter = MOTHERS[mother]
    n = VI_TO_EN.get(keyed(n or ""), n)
    if n in ("one", "1") or not n and not litter:
        return f"{a_or_an(one)} {one}"
    return f"{n} {many}" if n else many


def _birth(text: str) -> str | None:
    """"Con bò vừa đẻ con." as "The cow has just had a calf.", "Con lợn nái nhà tôi đẻ mười con." as "My sow had ten
    piglets.", "Con bò sắp đẻ." as "The cow is about to give birth.", "Con chó đẻ chưa?" as "Has the dog given birth
    yet?" (_BIRTH); None for anything else, young not its own ("Con trâu đẻ một con bê."), and "đẻ con" alone said."""
    m = _BIRTH.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or (day := when(m["day0"], "vi")) is None:
        return None
    mother = keyed(m["mother"])
    if m["young"] and keyed(m["young"]) != MOTHERS[mother][3] or day and not (day == "today" or BEHIND.match(day)):
        return None
    aux, done, on = keyed(m["aux"] or ""), bool(m["done"]), f" {day}" if day else ""
    said = capitalised(_owned(m, MOTHERS[mother][0], "", True))
    young = f"had {_young(m['n'], mother)}" if m["con"] else ""
    if m["asked"]:
        return f"Has {said[0].lower()}{said[1:]} given birth yet?" if not (aux or done or young or day) else None
    if aux in ("chưa", "sắp"):
        shape = "{} hasn't given birth yet." if aux == "chưa" else "{} is about to give birth."
        return shape.format(said) if not (done or young or day) else None
    if aux in ("vừa", "mới", "vừa mới"):
        return f"{said} has just {young or 'given birth'}." if not (done or day) else None
    if done:
        return f"{said} has {young or 'given birth'}." if aux in ("", "đã") and not day else None
    if aux == "đã" or day or m["n"]:
        return f"{said} {young or 'gave birth'}{on}."
    return None


def _count_vi(n: str) -> str:
    """A count of English in Vietnamese: "a", "one" as "một", "two" as "hai", "20" as it is."""
    return "một" if n.lower() in ("a", "an") else EN_TO_VI.get(n.lower(), n)


def _keep_vi(text: str) -> str | None:
    """"We keep chickens." as "Chúng tôi nuôi gà.", "My grandparents raise pigs and ducks." as "Ông bà tôi nuôi lợn
    và vịt.", "Do you still keep cows?" as "Bạn còn nuôi bò không?", "We keep two cows." as "Chúng tôi nuôi hai con
    bò." (_KEEP_EN); None for anything else, and where the verb or the count does not agree ("She keep", "two
    cow")."""
    m = _KEEP_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["more"] and not m["not"] or m["n"] and (
            m["do"] or m["not"] or m["nolonger"] or m["lots"]):
        return None
    who_, one = _who_vi(m)
    does = (m["do"] or m["not"] or "").lower()
    s_form = m["verb"].endswith("s")
    if does and (s_form or does.startswith("does") != one) or not does and s_form != one:
        return None
    place = " ở quê" if m["place"] else ""
    if m["n"]:
        single = m["n"].lower() in ("a", "an", "one", "1")
        animal = keyed(m["animals"])
        if animal not in LIVESTOCK_VI or (animal in {o for o, _ in LIVESTOCK.values()}) != single and animal != "sheep":
            return None
        if m["n"].lower() in ("a", "an") and a_or_an(animal) != m["n"].lower():
            return None
        return capitalised(f"{who_} nuôi {_count_vi(m['n'])} con {LIVESTOCK_VI[animal]}{place}.")
    animals = _animals(m["animals"], "en")
    if not animals:
        return None
    said = f"nuôi {'nhiều ' if m['lots'] else ''}{_listed(animals, 'và')}{place}"
    if m["do"]:
        return capitalised(f"{who_} {'còn' if m['still'] else 'có'} {said} không?")
    if m["not"] or m["nolonger"]:
        more = m["more"] or m["nolonger"]
        return capitalised(f"{who_} không {'còn ' * bool(more)}{said}{' nữa' * bool(more)}.") if not m[
            "still"] else None
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}{said}.")


def _how_many_vi(text: str) -> str | None:
    """"How many ducks do you have?" as "Bạn có bao nhiêu con vịt?", "How many chickens does your family keep?" as
    "Nhà bạn nuôi bao nhiêu con gà?", "What animals do you keep?" as "Bạn nuôi con gì?" (_HOW_MANY_EN); None for
    anything else, and where "do" does not agree with who."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    animals = _animals(m["animal"], "en") if m["animal"] else ["con gì"]
    if (m["do"] == "does") != one or not animals:
        return None
    place = " ở quê" if m["place"] else ""
    if m["what"]:
        return capitalised(f"{who_} nuôi con gì{place}?")
    return capitalised(f"{who_} {'có' if m['verb'] == 'have' else 'nuôi'} bao nhiêu con {animals[0]}{place}?")


def _bird_vi(m: re.Match, single: bool) -> str | None:
    """The bird of a match of _BIRD_EN or _MOTHER_EN in Vietnamese: "the hens" as "gà mái", "the hen" as "con gà
    mái", "my hens" as "gà mái nhà tôi", "these hens" as "mấy con gà mái này"; None for "this hens"."""
    det = m["det"].lower()
    vi = LAYERS_VI.get(m.groupdict().get("bird") or "") or MOTHERS_VI[m["mother"]]
    if det in ("this", "these") and (det == "this") != single:
        return None
    owned = " này" if det in ("this", "these") else "" if det == "the" else f" nhà {WHOSE_VI[det]}"
    return f"{'con ' if single else 'mấy con ' if det == 'these' else ''}{vi}{owned}"


_DAYS_VI = {"today": "hôm nay", "yesterday": "hôm qua", "this morning": "sáng nay", "last night": "đêm qua"}


def _lay_vi(text: str) -> str | None:
    """"The hens laid eggs." as "Gà mái đã đẻ trứng.", "The hen has just laid an egg." as "Con gà mái vừa đẻ
    trứng.", "Do your hens lay eggs?" as "Gà mái nhà bạn có đẻ trứng không?", "Our hens lay a lot of eggs." as "Gà
    mái nhà chúng tôi đẻ nhiều trứng.", "Do your hens lay eggs any more?" as "Gà mái nhà bạn còn đẻ trứng không?"
    (_LAY_EN); None for anything else, where a verb or "an egg" does not agree ("The hen lay eggs.", "The hens have
    laid an eggs.", "The hen laid a egg."), and a day said with a habit ("The hens lay eggs today.")."""
    m = _LAY_EN.fullmatch(text)
    single = bool(m) and m["bird"].lower() in {one for one, _ in LAYERS.values()} | {"chicken"}
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["aux"] or (hens := _bird_vi(m, single)) is None:
        return None  # (… and "Does the hen doesn't lay eggs?", two auxiliaries)
    words = (m["do"] or m["aux"] or "").lower().replace("n't", " not").split()
    aux, neg, verb, n = (words or [""])[0], "not" in words, m["verb"], (m["n"] or "").lower()
    aux = {"'ve": "have", "'re": "are", "'s": "has" if verb == "laid" else "is"}.get(aux, aux)
    yet, adv, day, every = (m["yet"] or "").lower(), m["adv"], m["day"], m["every"]
    if aux and (aux in ("has", "is", "does")) != single or n and (m["eggs"] == "egg") != (n in ("a", "an", "one")):
        return None
    if n in ("a", "an") and n != a_or_an(m["eggs"]):  # ("a egg")
        return None
    # one hen laid "an egg": "đẻ trứng" says it; as a habit ("lays an egg every day") the one egg is said
    eggs = "nhiều trứng" if m["lots"] else "trứng" if not n or single and n in ("a", "an") and verb == "laid" \
        else f"{_count_vi(n)} quả trứng"
    every = f" {EVERY_VI[keyed(every)]}" if every else ""
    plain = not (adv or day or n or m["lots"])
    if m["do"] or neg:
        if aux in ("have", "has") and verb == "laid" and yet == "yet" and plain and not every:
            return capitalised(f"{hens} {'chưa đẻ trứng.' if neg else 'đã đẻ trứng chưa?'}")
        if aux in ("do", "does") and verb == "lay" and not (adv or day or n or m["any"] and not neg or yet == "yet"):
            more = " nữa" if yet else ""  # ("any more" asked: "còn … không?")
            return capitalised(f"{hens} không đẻ trứng{every}{more}." if neg else
                               f"{hens} {'còn' if yet else 'có'} đẻ {eggs}{every} không?")
        return None
    if m["any"] or yet or every and verb != "lay" and verb != "lays" or day and (aux or adv):
        return None
    if aux in ("have", "has") and verb == "laid" or not aux and verb == "laid" and adv:
        return capitalised(f"{hens} vừa đẻ {eggs}." if adv == "just" else f"{hens} đẻ {eggs} rồi.")
    if aux in ("is", "are"):
        return capitalised(f"{hens} đang đẻ trứng.") if verb == "laying" and plain else None
    if not aux and verb == "laid":
        return capitalised(f"{_DAYS_VI[day.lower()]} {hens[0].lower()}{hens[1:]} đẻ {eggs}." if day else
                           f"{hens} đã đẻ {eggs}.")
    if not aux and verb in ("lay", "lays") and (verb == "lays") == single and not (adv or day):  # (a habit: no day)
        return capitalised(f"{hens} đẻ {eggs}{every}.")
    return None


def _birth_vi(text: str) -> str | None:
    """"The cow had a calf." as "Con bò đã đẻ một con bê.", "The sow has just had ten piglets." as "Con lợn nái vừa
    đẻ mười con.", "Has the cow given birth yet?" as "Con bò đẻ chưa?", "The cow is about to give birth." as "Con bò
    sắp đẻ." (_BIRTH_EN); None for anything else, and young not its own ("The cow had a puppy.")."""
    m = _BIRTH_EN.fullmatch(text)
    if not m or bool(m["has0"]) != ("?" in m["end"]) or m["about"] and m["aux"]:
        return None
    mom, vi = capitalised(_bird_vi(m, True)), MOTHERS_VI[m["mother"]]
    verb, aux, adv, day = " ".join(m["verb"].split()), keyed(m["aux"] or ""), m["adv"], m["day"]
    young = ""
    if m["young"]:
        _, one, many, young_vi, _ = MOTHERS[vi]
        n = (m["n"] or "").lower()
        single = n in ("a", "an", "one", "1")
        if m["young"] != (one if single else many) or n in ("a", "an") and a_or_an(one) != n or (
                verb == "had") == bool(m["to"]) or verb == "give birth":
            return None
        young = " con" if not n else f" một con {young_vi}" if single and young_vi in ("bê", "nghé") else \
            f" {_count_vi(n)} con"
    elif verb == "had" or m["to"] or m["n"]:
        return None
    if m["has0"] or m["about"] or aux == "hasn't":
        ok = not (adv or young or day or m["has0"] and (aux or not m["yet"]) or m["about"] and m["yet"])
        shape = "{} đẻ chưa?" if m["has0"] else "{} sắp đẻ." if m["about"] else "{} chưa đẻ."
        return shape.format(mom) if ok and verb == ("give birth" if m["about"] else "given birth") else None
    if verb == "give birth" or m["yet"] or aux == "is" or (verb == "given birth") != bool(aux) and verb != "had":
        return None
    if adv:
        return f"{mom} vừa đẻ{young}." if adv == "just" and not day else f"{mom} đẻ{young} rồi." if not day else None
    if aux:
        return f"{mom} đẻ{young} rồi." if not day else None
    return f"{_DAYS_VI[day.lower()].capitalize()} {mom[0].lower()}{mom[1:]} đẻ{young}." if day else \
        f"{mom} đã đẻ{young}."
