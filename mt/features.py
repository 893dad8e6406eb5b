"""What someone looks like, their body, said or asked, both ways, written whole by rule: hair (long, short, curly,
straight, a colour), eyes (a colour), glasses worn, tall, short, thin, fat, bald, a beard, taking after or looking like
someone. v8 reads "xoăn" as hairy, "vàng" as yellow, "gầy" as glad, "râu" as a story, "đeo kính" as wore, and back
"curly" as curious, "blonde" as irritated, "thin" as thin paper, "short" as brief, "beard" as a yard: "Anh ấy có mái
tóc xoăn." → "He has a hairy hair.", "Cô ấy tóc vàng." → "She is yellow.", "Anh ấy gầy quá." → "He was too much.",
"Bà tôi đeo kính." → "My grandmother wore.", "Anh ấy đeo kính." → "He wore a glass.", "Mắt anh ấy màu nâu." → "His
eyes were brown.", "Cô ấy rất gầy." → "She is very glad.", "Anh ấy có râu." → "He has a story.", "Em gái tôi hơi
thấp." → "My sister slightly low.", "Tóc bố tôi bạc rồi." → "The father was silver.", "Cô ấy giống mẹ." →
"She's like her."; "He has curly hair." → "Anh ta tò mò tóc." (curious), "She's blonde." → "Cô ấy bực dọc."
(irritated), "He's very thin." → "Anh ấy rất mỏng." (thin as paper), "He's short." → "Nó ngắn gọn." (brief), "My
grandfather has grey hair." → "Ông tôi có mái tóc.", "His hair is grey." → "Tóc của anh ấy rất vui.", "He has a
beard." → "Anh ta có sân.", "She takes after her mother." → "Cô ấy lấy sau mẹ.".

Taken: who (mt.hobbies.WHO, WHO_EN) has hair or eyes of HAIR or EYES (two for hair: long black, short and curly;
"very" with one), said or asked ("Cô ấy có mái tóc xoăn.", "Cô ấy tóc vàng.", "Does she have blue eyes?"); whose hair
or eyes are so (mt.hobbies.OWNER: "Tóc mẹ tôi dài.", "My mother's hair is long."), gone grey ("Tóc bố tôi bạc rồi."),
asked, and what colour they are asked; who is tall, short, thin, fat … (BUILD; how much as mt/traits.py reads it,
"không", asked; two joined: "cao và gầy"), bald, blonde ("She's blonde."); who wears glasses, does not, is wearing
them, has to, asked; who has a beard or a moustache, or not, is growing one, asked; who takes after a relative
("giống mẹ", whose said or their own) or looks (just) like someone ("trông giống"). Left: "anh", "chị", "em" … alone
saying it (the speaker?), a name alone taking after a relative unnamed ("Lan giống mẹ.": his or her mother?), how tall
(mt/people.py), taller than (mt/comparisons.py), getting thinner or fatter and weight (mt/weight.py), a mood or looking
tired (mt/looks.py), character and handsome, pretty (mt/traits.py), hair found beautiful (mt/compliments.py), hair
cut or dyed (mt/haircuts.py), sunglasses (mt/outdoors.py), "ốm" (thin in the south, ill in the north), "too", dark
hair, black eyes (bruised) and anything else.
mt.phrasebook.translate tries these after mt/moods.py.

    >>> translate("Anh ấy có mái tóc xoăn.", "vi", "en"), translate("She's blonde.", "en", "vi")
    ('He has curly hair.', 'Cô ấy có mái tóc vàng.')
"""
from __future__ import annotations

import re

from .hobbies import (
    OWNER,
    SOMEONE_EN,
    WHO,
    WHO_EN,
    WHOM,
    WHOM_EN,
    as_whom,
    be_of,
    his_her_of,
    someone,
    who,
    who_vi,
)
from .lazy_re import lazy
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (
    ASKED_END,
    BE_EN,
    SOFTENED_END,
    WHOSE_OF,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
    present,
)

# hair and eyes (the first Vietnamese of each English is written back; yellow hair is blonde, "đen" eyes dark: "black
# eyes" are bruised)
HAIR = {"dài": "long", "ngắn": "short", "xoăn": "curly", "quăn": "curly", "thẳng": "straight", "vàng": "blonde",
        "đen": "black", "nâu": "brown", "bạc": "grey", "bạc trắng": "white", "trắng": "white", "đỏ": "red"}
HAIR_VI = {en: vi for vi, en in reversed(HAIR.items())} | {"blond": "vàng", "fair": "vàng", "gray": "bạc"}
EYES = {"xanh": "blue", "xanh dương": "blue", "xanh da trời": "blue", "xanh lá": "green", "xanh lá cây": "green",
        "nâu": "brown", "đen": "dark", "xám": "grey"}
EYES_VI = {"blue": "xanh", "green": "xanh lá", "brown": "nâu", "dark": "đen", "grey": "xám", "gray": "xám"}
_PARTS = {"tóc": ("hair", HAIR, "mái"), "mắt": ("eyes", EYES, "đôi")}
_ORDER = {"long": 0, "short": 0, "curly": 1, "straight": 1}  # English says length, then kind, then colour
_UNGRADED = {"blonde", "black", "brown", "grey", "white", "red", "blue", "green", "dark"}  # not "very black"
# build (the first Vietnamese of each English is written back)
BUILD = {"cao": "tall", "thấp": "short", "lùn": "short", "gầy": "thin", "béo": "fat", "mập": "fat",
         "mảnh mai": "slim", "mảnh khảnh": "slim", "mũm mĩm": "chubby", "thừa cân": "overweight",
         "bị hói": "bald", "hói đầu": "bald", "hói": "bald"}
BUILD_VI = {en: vi for vi, en in reversed(BUILD.items())} | {"skinny": "gầy", "blonde": "", "blond": ""}
# how much (as mt/traits.py reads it: before the word or after it)
_BEFORE = {"rất": "very", "khá": "quite", "hơi": "a bit", "cực kỳ": "extremely"}
_AFTER = {"lắm": "very", "quá": "so"}
_BEFORE_EN = {"very": "rất", "really": "rất", "quite": "khá", "pretty": "khá", "a bit": "hơi", "a little": "hơi",
              "extremely": "cực kỳ", "so": "quá"}
# relatives one takes after, said without whose ("Cô ấy giống mẹ.": her mother)
_RELATIVES = {"mẹ": "mother", "má": "mother", "bố": "father", "ba": "father", "cha": "father", "ông": "grandfather",
              "bà": "grandmother"}
_KEYS = {"vi": lazy(r"(?i:tóc|mắt|kính|râu|ria|giống|cao|thấp|lùn|gầy|béo|mập|mảnh|mũm|\bhói|thừa\s+cân)"),
         "en": lazy(r"(?i:\bhair|eyes|glasses|beard|moustache|mustache|like|after|resembl|\btall|short|\bthin|skinny|"
                    r"slim|\bfat|chubby|bald|overweight|blond)")}

_DEGREE = rf"(?:(?P<before>{alternatives(_BEFORE)})\s+)?"
_WORD = rf"(?:màu\s+)?(?:{alternatives(HAIR | EYES)})"
_WORDS = rf"(?P<words>{_WORD}(?:\s+(?:và\s+)?{_WORD})?)"
# who has hair or eyes so ("Cô ấy có mái tóc dài.", "Cô ấy tóc vàng.", "Anh ấy có mắt xanh không?")
_HAS = lazy(rf"{WHO}\s+(?:(?P<has>có)\s+)?(?:(?P<one>mái|đôi)\s+)?(?P<part>tóc|mắt)\s+{_DEGREE}{_WORDS}"
            rf"{ASKED_END}")
# whose hair or eyes are so ("Tóc cô ấy dài.", "Tóc bố tôi bạc rồi.", "Mắt bạn màu gì?")
_ARE = lazy(rf"(?P<part>[Tt]óc|[Mm]ắt)\s+(?:của\s+)?{OWNER}\s+(?:(?P<what>màu\s+gì)|(?:(?P<ask>có)\s+)?"
            rf"{_DEGREE}{_WORDS}(?:\s+(?P<done>rồi))?){ASKED_END}")
# who is tall, thin … ("Anh ấy gầy quá.", "Cô ấy cao và gầy.", "Anh ấy có cao không?", "Bố tôi bị hói.")
_BODY = rf"(?:{alternatives(BUILD)})"
_BUILT = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?{_DEGREE}"
              rf"(?P<build>{_BODY}(?:\s+(?:và\s+)?{_BODY})?)"
              rf"(?:\s+(?P<after>{alternatives(_AFTER)}))?{ASKED_END}")
# who wears glasses or has a beard ("Bà tôi đeo kính.", "Bạn có đeo kính không?", "Anh ấy có râu.", "Anh ấy có để râu
# không?", "Anh ấy đang để râu."; "kính râm" is mt/outdoors.py's)
_WORN = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+(?=đeo|để)|(?P<now>đang)\s+(?=đeo|để)|"
             r"(?P<must>phải)\s+(?=đeo))?(?:đeo\s+(?P<glasses>kính)(?:\s+(?:cận|thuốc))?|(?P<verb>có|để)\s+"
             rf"(?:(?P<beard>râu(?:\s+quai\s+nón)?)|ria(?:\s+mép)?)){ASKED_END}")
# who takes after or looks like someone ("Cô ấy giống mẹ.", "Con trai tôi trông giống bố như đúc.")
_LIKE = lazy(rf"{WHO}\s+(?P<look>trông\s+)?giống\s+(?:{WHOM}|(?P<bare>(?i:{alternatives(_RELATIVES)})))"
             rf"(?:\s+(?P<just>như\s+đúc|y\s+hệt|y\s+đúc))?{SOFTENED_END}")

# ... and in English
_WORD_EN = rf"(?i:{alternatives(HAIR_VI | EYES_VI)})"
_WORDS_EN = rf"(?:(?P<deg>very|really)\s+)?(?P<words>{_WORD_EN}(?:,?\s+(?:and\s+)?{_WORD_EN})?)"
_HAVE_EN = (r"(?P<have>\s+has|\s+have|['’]s\s+got|['’]ve\s+got|\s+has\s+got|\s+have\s+got|"
            r"\s+(?:doesn['’]t|don['’]t|does\s+not|do\s+not)\s+have)")
_HAS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?(do)\s+have|{_HAVE_EN})\s+"
               rf"(?:{_WORDS_EN}\s+(?P<part>hair|eyes)|"
               r"an?\s+(?:(?P<beard>beard)|(?P<tache>moustache|mustache)))\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?:(?P<whose2>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_ARE_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_WHOSE_EN}\s+(?P<part>hair|eyes)(?:\s+(?P<be>is|are))?\s+{_WORDS_EN}"
               r"\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+colou?r\s+(?P<be>is|are)\s+{_WHOSE_EN}\s+(?P<part>hair|eyes)\s*\?+")
_BODY_EN = rf"(?i:{alternatives(BUILD_VI)})"
_BUILT_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?"
                 rf"\s+(?:(?P<deg>{alternatives(_BEFORE_EN)})\s+)?(?P<build>{_BODY_EN}(?:,?\s+and\s+{_BODY_EN})?)"
                 r"\s*(?P<end>[.!?]*)")
_GLASSES_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                   rf"\s+(?P<wear>wears?)|{BE_EN}\s+(?P<now>wearing)|\s+(?P<must>has|have)\s+to\s+wear)\s+glasses"
                   r"\s*(?P<end>[.!?]*)")
_LIKE_EN = lazy(rf"{WHO_EN}\s+(?:(?P<look>looks?)\s+(?P<just>just\s+)?like|(?P<take>takes?)\s+after|"
                rf"(?P<res>resembles?))\s+{WHOM_EN}\s*(?P<end>[.!]*)")
_ONE = {"has": True, "'s got": True, "has got": True, "doesn't have": True, "does not have": True}  # (else "have")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone looks like; None for any other."""
    if src == "vi":
        return _has(text) or _are(text) or _built(text) or _worn(text) or _like(text)
    return _has_vi(text) or _are_vi(text) or _built_vi(text) or _glasses_vi(text) or _like_vi(text)


def _said_en(words: str, table: dict[str, str], part: str, before: str | None) -> str | None:
    """Hair or eye words in English, as English orders them, with how much: "đen dài" as "long black", "rất dài" as
    "very long"; None for a word of the other part, two of a kind, two for eyes, "very" with a colour or two."""
    said = [table.get(w) for w in re.findall(alternatives(HAIR | EYES), keyed(words).replace("màu ", ""))]
    kinds = [_ORDER.get(w, 2) for w in said]
    if None in said or len(set(kinds)) != len(kinds) or part == "eyes" and len(said) > 1 or before and (
            len(said) > 1 or said[0] in _UNGRADED):
        return None
    return " ".join(([_BEFORE[keyed(before)]] if before else []) + [w for _, w in sorted(zip(kinds, said))])


def _has(text: str) -> str | None:
    """"Anh ấy có mái tóc xoăn." as "He has curly hair.", "Cô ấy tóc vàng." as "She has blonde hair.", "Anh ấy có
    tóc ngắn không?" as "Does he have short hair?" (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and not m["has"]:
        return None
    part, table, one_of = _PARTS[keyed(m["part"])]
    how = _said_en(m["words"], table, part, m["before"])
    if how is None or m["one"] and keyed(m["one"]) != one_of or (said := who(m, asked)) is None:
        return None
    who_, one = said
    return present(who_, one, "have", f"{how} {part}", asked)


def _are(text: str) -> str | None:
    """"Tóc cô ấy dài." as "Her hair is long.", "Mắt anh ấy màu nâu." as "His eyes are brown.", "Tóc bố tôi bạc
    rồi." as "My father's hair has gone grey.", "Mắt bạn màu gì?" as "What colour are your eyes?" (_ARE)."""
    m = _ARE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or ("?" in m["end"]) != (asked or bool(m["what"])) or bool(m["ask"]) != asked or asked and (
            m["what"] or m["before"]):
        return None
    part, table, _ = _PARTS[keyed(m["part"])]
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
    is_ = "is" if part == "hair" else "are"
    if whose is None:
        return None
    whose += "" if m["owner"] else "'s"  # ("my mother's", "Lan's")
    if m["what"]:
        return f"What colour {is_} {whose} {part}?"
    how = _said_en(m["words"], table, part, m["before"])
    if how is None or m["done"] and (how != "grey" or asked):
        return None  # ("rồi": gone grey only)
    if m["done"]:
        return capitalised(f"{whose} hair has gone grey.")
    if asked:
        return f"{is_.capitalize()} {whose} {part} {how}?"
    return capitalised(f"{whose} {part} {is_} {how if m['before'] else how.replace(' ', ' and ')}.")


def _built(text: str) -> str | None:
    """"Anh ấy gầy quá." as "He's so thin.", "Cô ấy cao và gầy." as "She's tall and thin.", "Anh ấy không cao lắm."
    as "He isn't very tall.", "Anh ấy có cao không?" as "Is he tall?", "Bố tôi bị hói." as "My father is bald."."""
    m = _BUILT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["before"] and (m["after"] or m["not"]) \
            or asked and (m["before"] or m["after"] or m["not"]) or m["not"] and m["after"] and m["after"] != "lắm":
        return None
    said = [BUILD[keyed(b)] for b in re.findall(_BODY, m["build"])]
    if len(set(said)) != len(said) or "bald" in said and (len(said) > 1 or m["before"] or m["after"]) or (
            whom := who(m, asked)) is None:
        return None
    who_, is_, how, end = whom[0], be(whom[0]), " and ".join(said), "!" if "!" in m["end"] else "."
    if asked:
        return f"{is_.capitalize()} {who_} {how}?"
    if m["not"]:
        not_ = "I'm not" if who_ == "I" else f"{who_} {is_}n't"
        return capitalised(f"{not_}{' very' * bool(m['after'])} {how}{end}")
    much = _BEFORE[keyed(m["before"])] if m["before"] else _AFTER[m["after"]] if m["after"] else ""
    return capitalised(contracted(who_, f"{is_} {much} {how}".replace("  ", " ")) + end)


def _worn(text: str) -> str | None:
    """"Bà tôi đeo kính." as "My grandmother wears glasses.", "Anh ấy đang đeo kính." as "He's wearing glasses.",
    "Bố tôi không có ria mép." as "My father doesn't have a moustache.", "Anh ấy có để râu không?" as "Does he have
    a beard?", "Anh ấy đang để râu." as "He's growing a beard." (_WORN); None for anything else."""
    m = _WORN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != (asked and m["verb"] != "có") or asked and (
            m["not"] or m["now"] or m["must"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    verb, thing = ("wear", "glasses") if m["glasses"] else ("have", "a beard" if m["beard"] else "a moustache")
    thing = f"{thing[2:]}s" if who_ in ("we", "they") and thing[0] == "a" else thing  # ("They have beards.")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {verb} {thing}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {thing}.")
    if m["now"]:
        return capitalised(contracted(who_, f"{be(who_)} {'wearing' if m['glasses'] else 'growing'} {thing}."))
    if m["must"]:
        return capitalised(f"{who_} {'has' if one else 'have'} to wear glasses.")
    return capitalised(f"{who_} {('wears' if m['glasses'] else 'has') if one else verb} {thing}.")


def _like(text: str) -> str | None:
    """"Cô ấy giống mẹ." as "She takes after her mother.", "Con trai tôi trông giống bố như đúc." as "My son looks
    just like his father.", "Lan trông giống mẹ tôi." as "Lan looks like my mother." (_LIKE); None for anything else,
    for a name with a relative unnamed ("Lan giống mẹ.": his or her?), and for anyone but a relative taken after."""
    m = _LIKE.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    who_, one = said
    if m["bare"]:  # (one's own: "my", "her"; "his" or "her" by the word of kinship)
        whose = WHOSE_OF[who_.lower()] if m["who"] else (m["kin"] or m["title"]) and his_her_of(m)
        whom = whose and f"{whose} {_RELATIVES[keyed(m['bare'])]}"
    else:
        whom = None if keyed(m["whom"]) == keyed(m["who"] or "") else as_whom(m["whom"], "vi")
    if not whom or not (m["look"] or m["just"]) and not (" " in whom and whom.split()[0] in WHOSE_OF.values()):
        return None
    if m["look"] or m["just"]:
        return capitalised(f"{who_} look{'s' * one} {'just ' * bool(m['just'])}like {whom}.")
    return capitalised(f"{who_} take{'s' * one} after {whom}.")


def _vi_words(words: str, table: dict[str, str], deg: str | None) -> list[str] | None:
    """Hair or eye words of English in Vietnamese (`table` HAIR_VI or EYES_VI), colours first, with "very": "long
    black" as ["đen", "dài"], "very long" as ["rất dài"]; None as for _said_en."""
    said = [w.lower() for w in re.findall(_WORD_EN, words)]
    kinds = [_ORDER.get(w, 2) for w in said]
    if any(w not in table for w in said) or len(set(kinds)) != len(kinds) or table is EYES_VI and len(said) > 1 or \
            deg and (len(said) > 1 or said[0] in _UNGRADED or said[0] in ("blond", "fair", "gray")):
        return None
    vi = [table[w] for _, w in sorted(zip(kinds, said), reverse=True)]
    return [f"rất {vi[0]}"] if deg else vi


def _has_vi(text: str) -> str | None:
    """"He has curly hair." as "Anh ấy có mái tóc xoăn.", "She has blue eyes." as "Cô ấy có đôi mắt màu xanh.",
    "Does he have a beard?" as "Anh ấy có râu không?" (_HAS_EN); None for anything else, and where "has", "does" …
    do not agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    have = " ".join((m["have"] or "").lower().replace("’", "'").split())
    if (m["do"] == "Does" if m["do"] else _ONE.get(have, False)) != one:
        return None
    if m["beard"] or m["tache"]:
        thing = "râu" if m["beard"] else "ria mép"
    elif (vi := _vi_words(m["words"], HAIR_VI if m["part"] == "hair" else EYES_VI, m["deg"])) is None:
        return None
    else:
        thing = f"mái tóc {' '.join(vi)}" if m["part"] == "hair" else f"đôi mắt màu {vi[0]}"
    if m["do"]:
        return capitalised(f"{who_} có {thing} không?")
    return capitalised(f"{who_} {'không ' * ('not' in have or have.startswith('do'))}có {thing}.")


def _are_vi(text: str) -> str | None:
    """"Her hair is long." as "Tóc cô ấy dài.", "His eyes are brown." as "Mắt anh ấy màu nâu.", "Is your hair long?"
    as "Tóc bạn có dài không?", "What colour are your eyes?" as "Mắt bạn màu gì?" (_ARE_EN, _WHAT_EN); None for
    anything else, and where "is" or "are" does not go with hair or eyes."""
    m = _ARE_EN.fullmatch(text) or _WHAT_EN.fullmatch(text)
    if not m:
        return None
    whose = WHOSE_VI[m["whose2"].lower()] if m["whose2"] else someone(m["someone"], "en")
    part = "Tóc" if m["part"] == "hair" else "Mắt"
    if (m["be"] or m.groupdict().get("be0") or "").lower() != ("is" if part == "Tóc" else "are") or whose is None:
        return None
    if "words" not in m.groupdict():
        return f"{part} {whose} màu gì?"
    asked = "?" in m["end"]
    vi = _vi_words(m["words"], HAIR_VI if part == "Tóc" else EYES_VI, m["deg"])
    if vi is None or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or asked and m["deg"]:
        return None
    how = " và ".join(vi[::-1]) if len(vi) > 1 or _ORDER.get(m["words"].lower(), 2) < 2 or vi[0].startswith(
        ("bạc", "rất")) else f"màu {vi[0]}"  # ("Tóc cô ấy màu đen.", "Tóc ông ấy bạc.")
    return f"{part} {whose} có {how} không?" if asked else f"{part} {whose} {how}."


def _built_vi(text: str) -> str | None:
    """"He's very thin." as "Anh ấy rất gầy.", "She's blonde." as "Cô ấy có mái tóc vàng.", "She isn't very tall."
    as "Cô ấy không cao lắm.", "Is he tall?" as "Anh ấy có cao không?" (_BUILT_EN); None for anything else, for
    "they" (tall or short things?), and where "is", "am" or "are" does not agree with who."""
    m = _BUILT_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or keyed(
            m["who"] or "") == "they":
        return None
    who_, one = who_vi(m)
    deg, not_ = keyed(m["deg"] or ""), bool(m["not"])
    vi = [BUILD_VI[keyed(b)] for b in re.split(r",?\s+and\s+", m["build"])]
    if be_said(m["be0"] or m["be"]) != be_of(who_, one) or len(set(vi)) != len(vi) or m["be0"] and deg or \
            not_ and deg not in ("", "very", "really"):
        return None
    if "" in vi or "bị hói" in vi:  # (blonde, bald: alone, plainly)
        if len(vi) > 1 or deg or "" in vi and (not_ or m["be0"]):
            return None
        vi = ["bị hói" if vi[0] else "có mái tóc vàng"]
    how, end = " và ".join(vi), "!" if "!" in m["end"] else "."
    if m["be0"]:
        return capitalised(f"{who_} có {how} không?")
    if not_:
        return capitalised(f"{who_} không {how}{' lắm' * bool(deg)}{end}")
    return capitalised(f"{who_} {({'so': f'{how} quá', '': how}.get(deg) or f'{_BEFORE_EN[deg]} {how}')}{end}")


def _glasses_vi(text: str) -> str | None:
    """"He wears glasses." as "Anh ấy đeo kính.", "Do you wear glasses?" as "Bạn có đeo kính không?", "She's wearing
    glasses." as "Cô ấy đang đeo kính." (_GLASSES_EN); None for anything else, and where the verb does not agree."""
    m = _GLASSES_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and not m["wear"]:
        return None
    who_, one = who_vi(m)
    aux = keyed(m["do"] or m["not"] or "")
    if m["wear"]:
        agrees = (aux.startswith("does") == one and m["wear"] == "wear") if aux else (m["wear"] == "wears") == one
    else:
        agrees = be_said(m["be"]) == be_of(who_, one) if m["now"] else (m["must"] == "has") == one
    if not agrees or m["do"] and m["not"]:
        return None
    if m["do"]:
        return capitalised(f"{who_} có đeo kính không?")
    how = "không " if m["not"] else "đang " if m["now"] else "phải " if m["must"] else ""
    return capitalised(f"{who_} {how}đeo kính.")


def _like_vi(text: str) -> str | None:
    """"She looks like her mother." as "Cô ấy trông giống mẹ.", "He takes after his father." as "Anh ấy giống bố."
    (_LIKE_EN); None for anything else, where the verb does not agree with who, and for anyone but a relative taken
    after."""
    m = _LIKE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    whom, words = as_whom(m["whom"], "en"), m["whom"].lower().split()
    kin = len(words) > 1 and words[0] in WHOSE_VI
    if (m["look"] or m["take"] or m["res"]).endswith("s") != one or whom in (None, who_) or not (m["look"] or kin):
        return None
    if kin and (words[0] == WHOSE_OF[m["who"].lower()] if m["who"] else words[0] in ("his", "her")):
        whom = KIN_VI[" ".join(words[1:])]  # (one's own: "Cô ấy giống mẹ.")
    if m["look"]:
        return capitalised(f"{who_} trông giống {whom}{' như đúc' * bool(m['just'])}.")
    return capitalised(f"{who_} giống {whom}.")
