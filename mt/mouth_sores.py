"""Sores in the mouth, both ways, written whole by rule: mouth ulcers ("nhiệt miệng", "loét miệng"), cold sores
("mụn rộp ở môi"), a tongue or a lip bitten by mistake ("cắn phải lưỡi"), a burnt tongue or mouth ("bỏng lưỡi"), and
sore, swollen or inflamed gums ("đau lợi", "sưng lợi", "viêm lợi"). v8 (rules on) reads "nhiệt" as temperature,
"mụn rộp" as acne, "bỏng" as left, "lợi" as gain: "Tôi bị nhiệt miệng." → "I have oral temperature.", "Tôi hay bị
nhiệt miệng." → "I usually have oral temperature.", "Con tôi bị nhiệt miệng nên không ăn được." → "My child with oral
temperatures should not eat.", "Tôi bị mụn rộp ở môi." → "I'm getting acne in my lips.", "Tôi bị bỏng lưỡi vì uống trà
nóng." → "I was left tongue with a hot tea.", "Lợi tôi bị sưng." → "I gained swelling."; "I have a mouth ulcer." →
"Tôi có miệng ulcer.", "I have a cold sore on my lip." → "Tôi bị cảm vâng trên nắp.", "I accidentally bit my tongue."
→ "Tôi tai nạn cắn móng tay.", "She has gingivitis." → "Cô ấy bị viêm khớp mãn tính." (arthritis), "I have a canker
sore." → "Tôi có một chiếc kẹo cao su." (chewing gum).

Taken: who (mt.hobbies.WHO, WHO_EN) has a mouth ulcer (a canker sore, an ulcer in one's mouth), a cold sore (on one's
lip) or gingivitis: said, again ("lại … rồi"), denied, asked ("có … không?", "… à?"), often or sometimes ("hay bị",
"thỉnh thoảng bị"), last week or month, and a mouth ulcer "nên không ăn được" (so who can't eat or drink: "they" for a
child, whose sex is not said); who bit their tongue or lip by mistake ("cắn phải", "cắn vào", "lỡ": accidentally;
"khi ăn": while eating) or burnt their tongue or mouth (on hot tea, coffee, soup …): said, just, on a day behind or
today, asked; whose gums hurt or are swollen ("Tôi bị đau lợi.", "Lợi mẹ tôi bị sưng."), said, often, denied, asked.
Left: "anh", "chị", "em" alone saying it, "I" asked, a pet as who, a name alone where English must say his or her ("on
her lip", "bit his tongue"), "we" or "they" biting or burning, "mụn rộp" without the lip (herpes anywhere), "cắn lưỡi"
without "phải" or "vào" (biting one's tongue off), "bị cắn" (bitten by what?), English "I bit my tongue." without
"accidentally" or "while eating" (kept quiet?), "I had a mouth ulcer." without when, a habit denied ("không hay
bị"), a mouth ulcer "nên không ăn được" on a day behind (could not eat), lips bitten as a habit
(mt/nail_biting.py), chapped lips and blisters (mt/skin_troubles.py), bleeding gums and teeth (mt/teeth.py,
mt/dentist.py), scalds and burnt hands (mt/injuries.py), a sore throat (mt/symptoms.py), and anything else.
mt.phrasebook.translate tries these after mt/truancy.py.

    >>> translate("Tôi bị nhiệt miệng.", "vi", "en"), translate("I have a cold sore on my lip.", "en", "vi")
    ('I have a mouth ulcer.', 'Tôi bị mụn rộp ở môi.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, his_her_of, pet, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhiệt\s+miệng|loét\s+miệng|mụn\s+rộp|cắn\s+phải|cắn\s+vào|cắn\s+trúng|bỏng|phỏng|lợi\s|"
                    r"nướu|đau\s+lợi|sưng\s+lợi|viêm\s+lợi)"),
         "en": lazy(r"(?i:ulcer|canker|cold\s+sore|tongue|lip|mouth|gums|gingivitis)")}
# what one has (English: one of it, many; {w} whose lip): the first Vietnamese of each is written back
_SORES = {"nhiệt miệng": ("a mouth ulcer", "mouth ulcers"), "loét miệng": ("a mouth ulcer", "mouth ulcers"),
          "mụn rộp môi": ("a cold sore", "cold sores"),
          "mụn rộp ở môi": ("a cold sore on {w} lip", "cold sores on {w} lips"),
          "mụn rộp trên môi": ("a cold sore on {w} lip", "cold sores on {w} lips"),
          "viêm lợi": ("gingivitis", "gingivitis"), "viêm nướu": ("gingivitis", "gingivitis")}
_SORES_VI = {"mouth ulcer": "nhiệt miệng", "canker sore": "nhiệt miệng", "cold sore": "mụn rộp môi",
             "gingivitis": "viêm lợi"}
# how often (mt.hobbies.SELDOM's, those said of getting ill), and back
_OFTEN = {vi: en for vi, en in SELDOM.items() if en in ("often", "sometimes")}
_OFTEN_VI = {"often": "hay", "sometimes": "thỉnh thoảng"}
_LAST = near_days("tuần trước", "tháng trước")  # (a mouth ulcer had)
_LAST_VI = {en: vi for vi, en in reversed(_LAST.items())}
MOUTH_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "hôm nay", "sáng nay")  # (a tongue bitten or burnt)
MOUTH_DAYS_VI = {en: vi for vi, en in reversed(MOUTH_DAYS.items())}
# what burnt a tongue (English, and the Vietnamese verbs that take it: the first written back)
_HOT = {"trà nóng": ("hot tea", ("uống",)), "cà phê nóng": ("hot coffee", ("uống",)),
        "nước nóng": ("hot water", ("uống",)), "sữa nóng": ("hot milk", ("uống",)),
        "canh nóng": ("hot soup", ("ăn", "húp")), "súp nóng": ("hot soup", ("ăn", "húp")),
        "cháo nóng": ("hot porridge", ("ăn", "húp"))}
_HOT_VI = {en: vi for vi, (en, _) in reversed(_HOT.items())}
_PARTS = {"lưỡi": "tongue", "môi": "lip", "miệng": "mouth"}
_PARTS_VI = {en: vi for vi, en in _PARTS.items()}

# the end: "… không?" and "… à?" asking (groups asked, a), softened or not (mt.text.SOFTENED_END)
MOUTH_END = rf"(?:\s+(?P<asked>không)|\s+(?P<a>à))?{SOFTENED_END}"
MOUTH_DAY = r"(?:(?P<day>(?i:{0}))\s*,?\s+)?"
MOUTH_DAY2 = r"(?:\s+(?P<day2>(?i:{0})))?"
MOUTH_ASK = r"(?:(?P<ask>có)\s+)?"
# a mouth ulcer, a cold sore, gingivitis ("Tôi bị nhiệt miệng.", "Tôi hay bị mụn rộp ở môi.", "Bạn bị nhiệt miệng à?")
_HAS = lazy(rf"{MOUTH_DAY.format(alternatives(_LAST))}{WHO}\s+{MOUTH_ASK}(?:(?P<not>không)\s+)?(?:(?P<often>(?i:"
            rf"{alternatives(_OFTEN)}))\s+)?(?:(?P<again>lại)\s+|(?P<now>đang)\s+)?bị\s+"
            rf"(?P<sore>(?i:{alternatives(_SORES)}))"
            r"(?P<cant>\s+nên\s+không\s+(?P<eat>ăn|ăn\s+uống)\s+được)?(?:\s+(?P<done>rồi))?"
            rf"{MOUTH_DAY2.format(alternatives(_LAST))}{MOUTH_END}")
# a tongue or a lip bitten ("Tôi cắn phải lưỡi.", "Con tôi lỡ cắn vào môi khi ăn.")
_BIT = lazy(rf"{MOUTH_DAY.format(alternatives(MOUTH_DAYS))}{WHO}\s+{MOUTH_ASK}"
            r"(?:(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<again>lại)\s+)?(?:(?P<oops>lỡ)\s+)?cắn\s+(?:phải|vào|trúng)\s+"
            r"(?P<part>lưỡi|môi)(?P<meal>\s+(?:khi|lúc|trong\s+lúc)"
            rf"\s+ăn)?(?:\s+(?P<done>rồi))?{MOUTH_DAY2.format(alternatives(MOUTH_DAYS))}{MOUTH_END}")
# a tongue or a mouth burnt ("Tôi bị bỏng lưỡi vì uống trà nóng.", "Bạn có bị bỏng lưỡi không?")
_BURNT = lazy(rf"{MOUTH_DAY.format(alternatives(MOUTH_DAYS))}{WHO}\s+{MOUTH_ASK}"
              r"(?:(?P<just>vừa\s+mới|vừa|mới)\s+)?bị\s+(?:bỏng|phỏng)\s+(?P<part>lưỡi|miệng)(?:\s+(?:vì|do|khi)\s+"
              r"(?P<verb>uống|ăn|húp)\s+(?P<hot>(?i:"
              rf"{alternatives(_HOT)})))?(?:\s+(?P<done>rồi))?{MOUTH_DAY2.format(alternatives(MOUTH_DAYS))}"
              rf"{MOUTH_END}")
# gums sore or swollen ("Tôi bị đau lợi.", "Lợi mẹ tôi bị sưng.", "Bạn có hay bị đau lợi không?")
_GUM = r"(?:lợi|nướu)"
_GUMS = lazy(rf"(?:(?P<gum0>(?i:{_GUM}))\s+(?:của\s+)?)?{WHO}\s+{MOUTH_ASK}(?:(?P<not>không)\s+)?"
             rf"(?:(?P<often>hay|thường)\s+)?bị\s+(?P<how>đau|sưng)(?P<gum>\s+{_GUM})?{MOUTH_END}")

# ... and in English: who, then what they have, said, asked, denied or had ("I've got", "Do you often get")
_VERB_EN = (r"(?P<verb>\s+has|\s+have|['’]ve\s+got|['’]s\s+got|\s+has\s+got|\s+have\s+got|\s+(?:do|does)\s+not\s+have|"
            r"\s+(?:don|doesn)['’]t\s+have|\s+had|\s+(?:often|sometimes)\s+gets?)")
_ONE_EN = rf"(?P<one>a\s+(?P<kind>mouth\s+ulcer|canker\s+sore|cold\s+sore)(?:\s+on\s+(?P<w>{WHOSE_WORDS})\s+lip)?)"
_MANY_EN = (rf"(?P<many>(?P<kinds>mouth\s+ulcer|canker\s+sore|cold\s+sore)s(?:\s+on\s+(?P<ws>{WHOSE_WORDS})\s+lips)?)")
_IN_EN = rf"(?P<inside>an\s+ulcer|ulcers)\s+in\s+(?P<wm>{WHOSE_WORDS})\s+mouth"
_HAS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_VERB_EN}\s+(?:{_ONE_EN}|{_MANY_EN}|{_IN_EN}|(?P<gums>gingivitis))"
               r"(?P<cant>,?\s+so\s+(?P<pron>I|you|he|she|we|they)\s+(?:can['’]t|cannot|can\s+not)\s+eat"
               r"(?P<drink>\s+or\s+drink)?)?(?:\s+(?P<again>again))?"
               rf"(?:\s+(?P<day>{alternatives(_LAST_VI)}))?\s*(?P<end>[.!?]*)")
_FOOD_EN = rf"(?:on|(?P<ing>drinking|eating))\s+(?P<hot>{alternatives(_HOT_VI)})"
_HURT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<just>just))?(?:\s+(?P<oops>accidentally))?\s+(?P<verb>bit|bite|"
                r"burnt|burned|burn)\s+(?P<owner>my|your|his|her|their)\s+(?P<part>tongue|lip|mouth)"
                rf"(?P<oops2>\s+by\s+accident)?(?:\s+{_FOOD_EN}|(?P<meal>\s+(?:while|when)\s+eating))?"
                rf"(?:\s+(?P<day>{alternatives(MOUTH_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_GUMS_EN = lazy(rf"(?:(?P<q>Do|Are)\s+)?(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+gums"
                r"(?P<aux>\s+are\s+not|\s+aren['’]t|\s+are|['’]re|\s+do\s+not|\s+don['’]t)?(?:\s+(?P<often>often))?"
                r"\s+(?P<how>hurt|sore|swollen)\s*(?P<end>[.!?]*)")
# the verbs of _VERB_EN: what they say, and whether said of one ("she has") or of others ("I have"), None for either
_VERBS = {"has": ("have", True), "have": ("have", False), "'ve got": ("have", False), "'s got": ("have", True),
          "has got": ("have", True), "have got": ("have", False), "do not have": ("not", False),
          "don't have": ("not", False), "does not have": ("not", True), "doesn't have": ("not", True),
          "had": ("had", None), "often get": ("often", False), "often gets": ("often", True),
          "sometimes get": ("sometimes", False), "sometimes gets": ("sometimes", True)}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has a mouth ulcer, a cold sore or gingivitis, bit or burnt
    their tongue or lip, or whose gums hurt or are swollen; None for any other."""
    if src == "vi":
        return _has(text) or _hurt(text) or _gums(text)
    return _has_vi(text) or _hurt_vi(text) or _gums_vi(text)


def mouth_asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… à?"), False said; None for a "?" without asking words,
    asking words without one, "có" without "không", "à" after "có" or "không", and a day said twice."""
    asked = bool(m["asked"] or m["a"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or asked and m.groupdict().get("not"):
        return None
    return None if m.groupdict().get("day") and m.groupdict().get("day2") else asked


def mouth_who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one, as mt.hobbies.who; None for a pet, "I" asked, or "anh"
    saying."""
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def mouth_whose(m: re.Match, who_: str) -> str | None:
    """Whose tongue or lip, in English, for who of a match of WHO said `who_`: "my", "her" for "mẹ tôi", "their" for
    "con tôi" (a child's sex not said); None for "we", "they" (tongues) and a name alone ("Lan": his or her?)."""
    if who_ in ("we", "they"):
        return None
    if who_ in EN_WHOSE:
        return EN_WHOSE[who_]
    return his_her_of(m) or (None if m["given"] or m["titled"] else "their")


def _possessive(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def mouth_day(m: re.Match, days: dict[str, str]) -> str:
    """The day of a Vietnamese match in English, with a space before it: " yesterday"; "" for none."""
    day = m["day"] or m["day2"]
    return f" {days[keyed(day)]}" if day else ""


def _has(text: str) -> str | None:
    """"Tôi bị nhiệt miệng." as "I have a mouth ulcer.", "Tôi hay bị nhiệt miệng." as "I often get mouth ulcers.",
    "Con tôi bị nhiệt miệng nên không ăn được." as "My child has a mouth ulcer, so they can't eat.", "Tôi bị mụn rộp
    ở môi." as "I have a cold sore on my lip.", "Bạn bị nhiệt miệng à?" as "Do you have a mouth ulcer?", "Tuần trước
    tôi bị nhiệt miệng." as "I had a mouth ulcer last week." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    asked = mouth_asked(m) if m else None
    said = None if asked is None else mouth_who(m, asked)
    if said is None:
        return None
    who_, one = said
    day, often, plain = mouth_day(m, _LAST), m["often"], not (m["not"] or m["often"] or m["again"])
    if (m["cant"] or day) and not plain or m["cant"] and day or m["not"] and often or m["now"] and (
            day or often or m["done"]) or asked and (m["cant"] or day or m["again"]) or m["done"] and (
            day or m["not"] or often) or m["again"] and not m["done"]:
        return None  # (one of each: "lại … rồi", again; "nên không ăn được" said of an ulcer now, not a day behind;
        # "không hay bị", a habit denied, left: "không thỉnh thoảng bị" is not "doesn't sometimes get")
    one_, many = _SORES[keyed(m["sore"])]
    whose = mouth_whose(m, who_) if "{w}" in one_ else ""
    if whose is None:
        return None
    if often:
        how = _OFTEN[keyed(often)]
        return present(who_, one, "get", many.format(w=whose), asked, adverb=f"{how} ")
    what = (many if who_ in ("we", "they") and one_ != "gingivitis" else one_).format(w=whose)
    if day:
        return capitalised(f"{who_} had {what}{day}{stop(m['end'])}")
    if m["cant"]:
        pron = who_ if who_ in EN_WHOSE else {"his": "he", "her": "she", "their": "they"}.get(
            mouth_whose(m, who_) or "")
        eat = " or drink" if m["eat"] != "ăn" else ""
        return pron and capitalised(f"{present(who_, one, 'have', what)[:-1]}, so {pron} can't eat{eat}.")
    said_ = present(who_, one, "have", what, asked, bool(m["not"]), m["end"])
    return f"{said_[:-1]} again{said_[-1]}" if m["again"] else said_


def _hurt(text: str) -> str | None:
    """"Tôi cắn phải lưỡi." as "I bit my tongue.", "Con tôi lỡ cắn vào môi." as "My child accidentally bit their
    lip.", "Tôi bị bỏng lưỡi vì uống trà nóng." as "I burnt my tongue on hot tea.", "Bạn có bị bỏng lưỡi không?" as
    "Did you burn your tongue?" (_BIT, _BURNT); None for anything else, and where whose tongue is not known."""
    m = _BIT.fullmatch(text) or _BURNT.fullmatch(text)
    asked = mouth_asked(m) if m else None
    said = None if asked is None else mouth_who(m, asked)
    if said is None:
        return None
    groups, day = m.groupdict(), mouth_day(m, MOUTH_DAYS)
    if day and (m["just"] or groups.get("again")) or m["done"] and (asked or m["just"]) or asked and (
            m["just"] or groups.get("again") or groups.get("oops")):
        return None
    whose, part = mouth_whose(m, said[0]), _PARTS[keyed(m["part"])]
    hot = groups.get("hot") and _HOT[keyed(m["hot"])]
    if whose is None or hot and keyed(m["verb"]) not in hot[1]:
        return None  # ("ăn trà nóng": tea is drunk)
    bit = m.re == _BIT
    rest = " while eating" if groups.get("meal") else f" on {hot[0]}" if hot else ""
    if asked:  # (the meal, the drink and the day kept: "Hôm qua bạn có cắn phải lưỡi không?")
        return f"Did {said[0]} {'bite' if bit else 'burn'} {whose} {part}{rest}{day}?"
    how = ("just " if m["just"] else "") + ("accidentally " if groups.get("oops") else "")  # ("vừa lỡ": both)
    again = " again" if groups.get("again") else ""
    return capitalised(f"{said[0]} {how}{'bit' if bit else 'burnt'} {whose} {part}{rest}{again}{day}{stop(m['end'])}")


def _gums(text: str) -> str | None:
    """"Tôi bị đau lợi." as "My gums hurt.", "Lợi mẹ tôi bị sưng." as "My mother's gums are swollen.", "Bạn có hay
    bị đau lợi không?" as "Do your gums often hurt?" (_GUMS); None for anything else, and for gums said twice or not
    at all."""
    m = _GUMS.fullmatch(text)
    asked = mouth_asked(m) if m and bool(m["gum0"]) != bool(m["gum"]) else None
    said = None if asked is None else mouth_who(m, asked)
    if said is None or m["not"] and m["often"]:
        return None
    gums = f"{_possessive(said[0])} gums"
    if keyed(m["how"]) == "sưng":
        if m["often"]:
            return None  # ("hay bị sưng lợi": English would say they swell)
        are = "aren't" if m["not"] else "are"
        return f"Are {gums} swollen?" if asked else capitalised(f"{gums} {are} swollen.")
    often = " often" if m["often"] else ""
    if asked:
        return f"Do {gums}{often} hurt?"
    return capitalised(f"{gums} don't hurt." if m["not"] else f"{gums}{often} hurt.")


def mouth_own(m: re.Match, who_: str, word: str) -> bool:
    """Whether whose `word` ("my", "her") said after who of a match of WHO_EN (`who_` as who_vi gives it) is who's
    own: "I … my", "My mother … her", "My child … their" (a child's sex not said), "Lan … his"."""
    word = word.lower()
    if m["who"]:
        return EN_WHOSE.get("I" if m["who"].lower() == "i" else m["who"].lower()) == word
    own = his_her(who_) if m["kin"] else None
    return word == own if own else word in ("his", "her") or m["kin"] is not None and word == "their"


def _agreeing_pron(m: re.Match, who_: str, pron: str) -> bool:
    """Whether `pron`, who can't eat in English, is who of a match of WHO_EN ("I …, so I", "My son …, so he", "My
    child …, so they")."""
    if m["who"]:
        return m["who"].lower() == pron.lower()
    own = his_her(who_) if m["kin"] else None
    return pron == {"his": "he", "her": "she"}[own] if own else pron in ("he", "she") or bool(m["kin"]) and \
        pron == "they"


def _has_vi(text: str) -> str | None:
    """"I have a mouth ulcer." as "Tôi bị nhiệt miệng.", "I often get mouth ulcers." as "Tôi hay bị nhiệt miệng.",
    "Do you have a cold sore?" as "Bạn có bị mụn rộp môi không?", "My son has a mouth ulcer, so he can't eat." as
    "Con trai tôi bị nhiệt miệng nên không ăn được.", "I had a mouth ulcer last week." as "Tuần trước tôi bị nhiệt
    miệng." (_HAS_EN); None for anything else, where the verb does not agree with who, and for another's lip."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["verb"].lower().replace("’", "'").split())
    kind, verb_one = _VERBS[verb]
    if m["q"] and (verb not in ("have", "often get", "sometimes get") or (m["q"] == "Does") != one or who_ == "tôi"):
        return None
    if not m["q"] and verb_one is not None and verb_one != one:
        return None
    whose = m["w"] or m["ws"] or m["wm"]
    if whose and not mouth_own(m, who_, whose):
        return None
    sore = " ".join((m["kind"] or m["kinds"] or "gingivitis" if not m["inside"] else "mouth ulcer").split())
    vi = "mụn rộp ở môi" if m["w"] or m["ws"] else _SORES_VI[sore]
    many, ulcer = bool(m["many"] or m["inside"] == "ulcers"), vi == "nhiệt miệng"
    often = kind in ("often", "sometimes")
    if often and not (many or m["gums"]) or (kind == "had") != bool(m["day"]) or m["again"] and (
            kind != "have" or m["q"]) or m["cant"] and (kind != "have" or m["q"] or m["again"] or not ulcer):
        return None
    if m["cant"] and not _agreeing_pron(m, who_, m["pron"]):
        return None
    if m["day"]:
        return capitalised(f"{_LAST_VI[m['day'].lower()]} {who_} bị {vi}{stop(m['end'])}")
    how = f"{_OFTEN_VI[kind]} " if often else "lại " if m["again"] else ""
    if m["q"]:
        return capitalised(f"{who_} có {how}bị {vi} không?")
    if m["cant"]:
        return capitalised(f"{who_} bị {vi} nên không ăn{' uống' if m['drink'] else ''} được.")
    done = " rồi" if m["again"] else ""
    return capitalised(f"{who_} {'không ' if kind == 'not' else ''}{how}bị {vi}{done}{stop(m['end'])}")


def _hurt_vi(text: str) -> str | None:
    """"I accidentally bit my tongue." as "Tôi lỡ cắn phải lưỡi.", "My son bit his lip while eating." as "Con trai
    tôi cắn phải môi khi ăn.", "I burnt my tongue on hot tea." as "Tôi bị bỏng lưỡi vì uống trà nóng.", "Did you burn
    your tongue?" as "Bạn có bị bỏng lưỡi không?" (_HURT_EN); None for anything else, for "I bit my tongue." said
    plainly (bitten, or kept quiet?), and for another's tongue."""
    m = _HURT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, _ = who_vi(m)
    bit, oops = m["verb"].startswith("bit"), bool(m["oops"] or m["oops2"])
    if (m["verb"] in ("bite", "burn")) != bool(m["q"]) or who_ in ("chúng tôi", "họ") or m["q"] and who_ == "tôi":
        return None
    if not mouth_own(m, who_, m["owner"]) or m["just"] and m["day"] or m["q"] and (m["just"] or oops):
        return None
    hot = m["hot"] and _HOT_VI[m["hot"].lower()]
    if bit and (m["part"] == "mouth" or hot or m["q"] or not (oops or m["meal"])):
        return None  # ("I bit my tongue.": kept quiet, as often as bitten)
    if not bit and (m["part"] == "lip" or oops or m["meal"] or hot and m["ing"] and (
            m["ing"] == "drinking") != (_HOT[hot][1][0] == "uống")):
        return None
    part = _PARTS_VI[m["part"]]
    day = MOUTH_DAYS_VI[m["day"].lower()] if m["day"] else ""
    said = (f"cắn phải {part}{' khi ăn' if m['meal'] else ''}" if bit else
            f"bị bỏng {part}{f' vì {_HOT[hot][1][0]} {hot}' if hot else ''}")
    if m["q"]:
        return capitalised(f"{day} {who_} có {said} không?".strip())
    how = "vừa " if m["just"] else ""
    return capitalised(f"{day} {who_} {how}{'lỡ ' if oops else ''}{said}{stop(m['end'])}".strip())


def _gums_vi(text: str) -> str | None:
    """"My gums hurt." as "Tôi bị đau lợi.", "Are your gums sore?" as "Bạn có bị đau lợi không?", "My mother's gums
    are swollen." as "Mẹ tôi bị sưng lợi.", "Do your gums often hurt?" as "Bạn có hay bị đau lợi không?"
    (_GUMS_EN); None for anything else, where "are" or "do" does not go with the word after it, and for a pet's."""
    m = _GUMS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_ = WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    hurt, not_ = m["how"] == "hurt", "not" in aux or "n't" in aux
    if who_ is None or pet(m["someone"], "en") or m["q"] and (aux or who_ == "tôi") or m["often"] and not_:
        return None
    if m["q"] and (m["q"] == "Do") != hurt or not m["q"] and hurt != (aux in ("", "do not", "don't")) or \
            m["often"] and not hurt:
        return None  # ("Do … hurt?", "… don't hurt", "Are … sore?", "… aren't swollen")
    said = f"{'hay ' if m['often'] else ''}bị {'đau' if m['how'] != 'swollen' else 'sưng'} lợi"
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' if not_ else ''}{said}{stop(m['end'])}")
