"""Keeping fish at home, both ways, written whole by rule: who keeps pet fish (goldfish, koi, guppies, bettas), the
fish tank dirty, cloudy or clean, its water changed or the tank cleaned, and a pet fish that died. v8 (rules on) reads
"cá cảnh" as cranky, "bể cá" as the fish itself, "rửa" as washing fish, and "keep", "tank", "goldfish" as holding,
breaking and gold: "Tôi nuôi cá cảnh." → "I have a cranky.", "Mẹ tôi nuôi cá bảy màu." → "My mother had a
seven-colored fish.", "Bể cá nhà tôi bẩn rồi." → "Let my fish be dirty.", "Tôi phải thay nước bể cá." → "I have to
replace my water.", "Tôi cần rửa bể cá." → "I need washing fish.", "Con cá của bạn chết rồi à?" → "Do you die?";
"I keep pet fish." → "Tôi giữ thú nuôi.", "My father keeps koi." → "Cha tôi giữ koi.", "The fish tank is dirty." →
"Mèo cá dơ bẩn.", "I need to clean the fish tank." → "Tôi cần dọn cá ngoào.", "All my goldfish have died." → "Tất
cả số vàng của tôi đã chết." (gold).

Taken: who (mt.hobbies.WHO, WHO_EN; "nhà tôi", "my family") keeps fish of FISH ("cá cảnh": pet fish; bare "fish"
only in English): said, denied, asked, still ("vẫn"; "còn" only asked), no longer; the fish tank (with whose: "bể cá
nhà tôi", our; or its water, "nước trong bể cá") dirty, cloudy or clean, very or so, said, denied, asked, "sạch
chưa?" (clean yet?); who changes the water in the fish tank, or cleans or scrubs it, as TENSES say (have to, need
to, want to, should, will, won't, is doing, has just, has already, did, hasn't yet, has … yet?, do … have to?, need
not, every week or month); a pet fish (one, "con"; several, "mấy con"; all, "hết") that has died, just died, died, or
asked ("… chết rồi à?"). Left: feeding the fish ("Bạn cho cá ăn chưa?": mt/pets.py), fish counted ("Tôi nuôi hai
con cá vàng.": mt/family.py), a bare "nuôi cá" (a fish farm?), "hồ cá" (a tank, or a pond?), fish caught or eaten
(mt/fishing.py, mt/meals.py, mt/cooking.py), a plain "Tôi rửa bể cá." (done, or a habit?), "Bạn có rửa bể cá
không?" and "Did you …?" (did, or will?), a day said ("Tôi sẽ rửa bể cá vào cuối tuần."), a statement with "còn"
("Tôi còn nuôi cá vàng.": still, or also?), "Bể cá bẩn rồi?" and "My goldfish has died?" (a "?" on a statement), a
fish of unknown number that "has died" ("Cá của tôi chết rồi.": has, or have?) and "The fish died." (a pet?), "just"
asked ("Has your goldfish just died?", "Con cá của bạn vừa chết à?"), a tank not surely who's own ("She cleaned his
fish tank.", "My mother cleaned her fish tank."), a pet as who, "anh", "chị", "em" alone saying it, "I" asking of
oneself (but "Do I need to …?"), and anything else.
mt.phrasebook.translate tries these after mt/phone_repairs.py.

    >>> translate("Tôi nuôi cá cảnh.", "vi", "en"), translate("I need to clean the fish tank.", "en", "vi")
    ('I keep pet fish.', 'Tôi cần rửa bể cá.')
"""
from __future__ import annotations

import re

from .hobbies import EVERY, EVERY_MONTH, OWNER, SOMEONE_EN, WHO, WHO_EN, animal, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed

# fish kept at home (English one, many; the first Vietnamese of each is written back); bare "cá" is for deaths
FISH = {"cá cảnh": ("pet fish", "pet fish"), "cá vàng": ("goldfish", "goldfish"), "cá koi": ("koi", "koi"),
        "cá chép koi": ("koi", "koi"), "cá bảy màu": ("guppy", "guppies"), "cá chọi": ("betta fish", "betta fish"),
        "cá xiêm": ("betta fish", "betta fish"), "cá betta": ("betta fish", "betta fish")}
_DEAD = FISH | {"cá": ("fish", "fish")}
FISH_VI = {en: vi for vi, ones in reversed(_DEAD.items()) for en in ones} | {
    "ornamental fish": "cá cảnh", "aquarium fish": "cá cảnh", "koi fish": "cá koi", "koi carp": "cá koi"}
_ONE_EN, _MANY_EN = {"guppy"}, {"guppies"}  # (the rest are one or many alike: "goldfish", "koi")
STATES = {"bẩn": "dirty", "dơ": "dirty", "sạch": "clean", "đục": "cloudy"}
STATES_VI = {"dirty": "bẩn", "clean": "sạch", "cloudy": "đục"}
# what is done for the tank (English verb and what; the first Vietnamese of each is written back)
ACTS = {"thay nước bể cá": ("change", "the water in the fish tank"), "thay nước cho bể cá": ("change", "the water in "
        "the fish tank"), "thay nước trong bể cá": ("change", "the water in the fish tank"),
        "rửa bể cá": ("clean", "the fish tank"), "vệ sinh bể cá": ("clean", "the fish tank"),
        "cọ bể cá": ("scrub", "the fish tank")}
ACTS_VI = {en: vi for vi, en in reversed(ACTS.items())}
_FORMS = {"change": ("changes", "changed", "changing"), "clean": ("cleans", "cleaned", "cleaning"),
          "scrub": ("scrubs", "scrubbed", "scrubbing")}
# each form of them: its base, and which (0 base, 1 "-s", 2 past, 3 "-ing")
_BASES = {form: (base, i) for base, forms in _FORMS.items() for i, form in enumerate((base, *forms))}
# how a chore is said in Vietnamese (before it), as one of the keys that both ways share
TENSES = {"phải": "have to", "cần": "need to", "muốn": "want to", "nên": "should", "sẽ": "will", "sẽ không": "won't",
          "đang": "ing", "vừa": "just", "vừa mới": "just", "đã": "past", "chưa": "not yet", "có phải": "have to?",
          "có cần": "need to?", "không phải": "not have to", "không cần": "not need to"}
TENSES_VI = {key: vi for vi, key in reversed(TENSES.items())} | {"already": "", "yet?": "đã", "habit": ""}
_AUX_KEYS = {"have to": "have to", "has to": "have to", "need to": "need to", "needs to": "need to",
             "want to": "want to", "wants to": "want to", "should": "should", "will": "will", "will not": "won't",
             "do not have to": "not have to", "does not have to": "not have to", "do not need to": "not need to",
             "does not need to": "not need to"}  # (English auxiliaries written out, as TENSES keys them)
_OFTEN = EVERY | EVERY_MONTH
# the verbs said after one (he, she, my mother) and after others, as _person_vi reads them
_THIRD = {"has", "does", "is", "'s", "needs", "wants", "keeps"} | {s for s, *_ in _FORMS.values()}
_OTHER = {"have", "do", "need", "want", "keep", "am", "'m", "are", "'re", "'ve"} | set(_FORMS)
_OFTEN_VI = {en: vi for vi, en in reversed(_OFTEN.items())}
_KEYS = {"vi": lazy(r"(?i:bể\s+cá|nuôi\s+cá|cá\s+(?:cảnh|vàng|koi|chép|bảy|chọi|xiêm|betta|của|nhà)|con\s+cá)"),
         "en": lazy(r"(?i:fish|koi|gupp|aquarium)")}

_END = r"\s*(?P<end>[.!?]*)"
# whose fish or tank ("bể cá nhà tôi": our; "của mẹ tôi": my mother's), in Vietnamese and English
_OWNED = rf"(?:\s+(?:(?P<of>của|nhà)\s+)?{OWNER})?"
_OWNED_EN = rf"(?:(?P<det>(?i:the|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_FAM = rf"(?P<fam>(?i:nhà|gia\s+đình))\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))"
# who keeps fish ("Tôi nuôi cá cảnh.", "Bạn có nuôi cá vàng không?", "Nhà tôi không còn nuôi cá koi nữa.")
_KEEP = lazy(rf"(?:{_FAM}|{WHO})\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<ask>có)\s+|(?P<not>không(?P<nolonger>"
             rf"\s+còn)?)\s+)?nuôi\s+(?P<fish>(?i:{alternatives(FISH)}))(?:\s+(?P<more>nữa))?{ASKED_END}")
# the tank's state ("Bể cá nhà tôi bẩn rồi.", "Nước trong bể cá bị đục.", "Bể cá sạch chưa?")
_TANK = lazy(rf"(?P<water>(?i:nước)(?:\s+(?:trong|của))?\s+)?(?i:bể)\s+cá{_OWNED}\s+(?:(?P<ask>có)\s+|(?P<not>"
             r"không|chưa)\s+)?(?P<bi>bị\s+)?(?P<state>bẩn|dơ|sạch|đục)(?:\s+(?P<much>quá|lắm))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<yet>chưa))?{ASKED_END}")
# the water changed, the tank cleaned ("Tôi phải thay nước bể cá.", "Bạn đã rửa bể cá chưa?")
_CHORE = lazy(rf"{WHO}\s+(?:(?P<aux>{alternatives(TENSES)})\s+)?(?P<act>{alternatives(ACTS)})"
              rf"(?:\s+(?P<every>{alternatives(_OFTEN)}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# a fish died ("Con cá vàng của tôi chết rồi.", "Cá vàng nhà tôi chết hết rồi.", "Con cá của bạn chết rồi à?")
_DIED = lazy(rf"(?:(?P<cls>(?i:con|mấy\s+con|những\s+con|các\s+con))\s+)?(?P<fish>(?i:{alternatives(_DEAD)})){_OWNED}"
             r"\s+(?:(?P<aux>đã|vừa\s+mới|vừa)\s+)?(?:bị\s+)?chết(?:\s+(?P<all>hết))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<ah>à))?{SOFTENED_END}")

# ... in English
_KEEP_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>(?:do|does)\s+not|(?:don|doesn)['’]t)|\s+(?P<nolonger>"
                rf"no\s+longer))?(?:\s+(?P<still>still))?\s+(?P<verb>keeps?)\s+(?P<fish>{alternatives(FISH_VI)})"
                rf"(?P<more>\s+any\s*more)?{_END}")
_TANK_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<water>(?i:the\s+water\s+in)\s+)?{_OWNED_EN}\s+(?:fish\s+tank|aquarium)"
                r"(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?(?:\s+(?P<adv>so|very|really))?\s+(?P<state>dirty|clean|cloudy)"
                rf"(?:\s+(?P<now>now|yet))?{_END}")
_AUX_EN = (r"\s+(?:(?:do|does)\s+not\s+|(?:don|doesn)['’]t\s+)?(?:have|has|need|needs|want|wants)\s+to|"
           r"\s+(?:should|will\s+not|will|won['’]t|am|is|are|have\s+not|has\s+not|haven['’]t|hasn['’]t|have|has)|"
           r"['’](?:m|re|s|ve|ll)")
_CHORE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>{_AUX_EN})?(?:\s+(?P<adv>just|already))?\s+"
                 rf"(?P<verb>{alternatives(_BASES)})\s+(?P<water>the\s+water\s+in\s+)?(?P<det>the|{WHOSE_WORDS})\s+"
                 rf"(?:fish\s+tank|aquarium)(?P<water2>\s+water)?(?:\s+(?P<every>{alternatives(_OFTEN_VI)}))?"
                 rf"(?:\s+(?P<yet>yet))?{_END}")
_DIED_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?(?P<all>(?i:all)\s+)?{_OWNED_EN}\s+(?P<fish>{alternatives(FISH_VI)})"
                rf"(?P<aux>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just))?\s+died{_END}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of pet fish kept, the fish tank's state, its water changed or the tank cleaned,
    or a pet fish that died; None for any other."""
    if src == "vi":
        return _keep(text) or _tank(text) or _chore(text) or _died(text)
    return _keep_vi(text) or _tank_vi(text) or _chore_vi(text) or _died_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone, "không … không?",
    or a "?" on a statement."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m.groupdict().get("ask")) != asked or asked and m.groupdict().get("not"):
        return None
    return asked


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO (or "nhà tôi": "my family") in English, and whether one ("she keeps"); None for a pet,
    "anh" alone saying it, and "I" asked ("Tôi có nuôi cá vàng không?" is likely a slip)."""
    if m.groupdict().get("fam"):
        return f"{OWNERS[keyed(m['fwhose'])]} family", True
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _whose(m: re.Match) -> str:
    """Whose of a match of _OWNED in English: "the", "my", "our" ("nhà tôi": the household's), "my mother's"."""
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s"
    if not m["owner"]:
        return "the"
    whose = OWNERS[keyed(m["owner"])]
    return "our" if m["of"] == "nhà" and whose == "my" else whose


def _whose_vi(m: re.Match) -> str:
    """Whose of a match of _OWNED_EN after a Vietnamese noun: "", " của tôi", " nhà tôi" (our), " của mẹ tôi"."""
    if m["someone"]:
        return f" của {someone(m['someone'], 'en')}"
    det = m["det"].lower()
    return "" if det == "the" else " nhà tôi" if det == "our" else f" của {WHOSE_VI[det]}"


def _keep(text: str) -> str | None:
    """"Tôi nuôi cá cảnh." as "I keep pet fish.", "Bạn còn nuôi cá vàng không?" as "Do you still keep goldfish?",
    "Nhà tôi không nuôi cá koi nữa." as "My family doesn't keep koi any more." (_KEEP); None for anything else."""
    m = _KEEP.fullmatch(text)
    if not m or m["more"] and not m["not"] or m["still"] and m["not"]:
        return None
    asked = bool(m["asked"]) and "?" in m["end"] and not m["not"] and bool(m["ask"] or m["still"])
    if asked != bool(m["asked"]) or asked != ("?" in m["end"]) or m["ask"] and not asked or \
            keyed(m["still"] or "") == "còn" and not asked:
        return None  # ("Tôi còn nuôi cá vàng." may be "also": still only asked, "Bạn còn nuôi … không?")
    said = _person(m, asked)
    if said is None:
        return None
    who_, one = said
    fish = FISH[keyed(m["fish"])][1]
    if m["not"]:
        more = " any more" if m["nolonger"] or m["more"] else ""
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t keep {fish}{more}.")
    still = " still" if m["still"] else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{still} keep {fish}?"
    return capitalised(f"{who_}{still} {'keeps' if one else 'keep'} {fish}.")


def _tank(text: str) -> str | None:
    """"Bể cá nhà tôi bẩn rồi." as "Our fish tank is dirty.", "Nước trong bể cá bị đục." as "The water in the fish
    tank is cloudy.", "Bể cá có bẩn không?" as "Is the fish tank dirty?", "Bể cá sạch chưa?" as "Is the fish tank
    clean yet?" (_TANK); None for anything else."""
    m = _TANK.fullmatch(text)
    if not m:
        return None
    state, not_ = STATES[keyed(m["state"])], keyed(m["not"] or "")
    yet = bool(m["yet"]) and "?" in m["end"] and not (m["asked"] or m["ask"] or not_)
    asked = yet or _asked(m)
    if asked is None or m["yet"] and not (yet and state == "clean") or m["bi"] and state == "clean" or \
            m["done"] and (asked or not_) or m["much"] and (asked or not_ or state == "cloudy") or \
            not_ == "chưa" and state != "clean":
        return None
    tank = f"the water in {_whose(m)} fish tank" if m["water"] else f"{_whose(m)} fish tank"
    if asked:
        return f"Is {tank} {state}{' yet' if yet else ''}?"
    if not_:
        return capitalised(f"{tank} isn't {state}{' yet' if not_ == 'chưa' else ''}.")
    much = {"quá": "so ", "lắm": "very "}.get(keyed(m["much"] or ""), "")
    now = " now" if m["done"] and state == "clean" else ""
    return capitalised(f"{tank} is {much}{state}{now}.")


def _chore(text: str) -> str | None:
    """"Tôi phải thay nước bể cá." as "I have to change the water in the fish tank.", "Bạn đã rửa bể cá chưa?" as
    "Have you cleaned the fish tank yet?", "Mẹ tôi thay nước bể cá mỗi tuần." as "My mother changes the water in the
    fish tank every week." (_CHORE); None for anything else, and a plain verb without how often (done, or a habit?)."""
    m = _CHORE.fullmatch(text)
    if not m:
        return None
    aux, asked = keyed(m["aux"] or ""), "?" in m["end"]
    if m["yet"]:
        key = "yet?" if aux in ("", "đã") and not (m["done"] or m["asked"]) else None
    elif m["done"]:
        key = "already" if aux in ("", "đã") else None
    else:
        key = TENSES.get(aux) or ("habit" if m["every"] else None)
    if key is None or asked != key.endswith("?") or bool(m["asked"]) != (key in ("have to?", "need to?")) or \
            m["every"] and key not in ("habit", "have to", "need to", "should", "have to?", "need to?"):
        return None
    said = None if animal(m) else who(m, asked)
    if said is None or said[0] == "I" and key == "yet?":
        return None  # ("Tôi đã rửa bể cá chưa?" asks oneself; "Do I need to …?" asks another)
    verb, what = ACTS[keyed(m["act"])]
    every = f" {_OFTEN[keyed(m['every'])]}" if m["every"] else ""
    return _said_en(key, *said, verb, f"{what}{every}")


def _said_en(key: str, who_: str, one: bool, verb: str, what: str) -> str:
    """A chore in English as the key of TENSES (or "already", "yet?", "habit") says it, the verb agreeing with who:
    "I have to change …", "She's cleaning …", "Have you cleaned … yet?"."""
    s, past, ing = _FORMS[verb]
    has, do = ("has", "does") if one else ("have", "do")
    said = {"have to": f"{has} to {verb}", "need to": f"{'needs' if one else 'need'} to {verb}",
            "want to": f"{'wants' if one else 'want'} to {verb}", "should": f"should {verb}", "will": f"will {verb}",
            "won't": f"won't {verb}", "ing": f"{be(who_)} {ing}", "just": f"{has} just {past}",
            "already": f"{has} already {past}", "past": past, "not yet": f"{has}n't {past}",
            "not have to": f"{do}n't have to {verb}", "not need to": f"{do}n't need to {verb}",
            "habit": s if one else verb}
    if key == "yet?":
        return f"{has.capitalize()} {who_} {past} {what} yet?"
    if key in ("have to?", "need to?"):
        return f"{do.capitalize()} {who_} {key[:-1]} {verb} {what}?"
    yet = " yet" if key == "not yet" else ""
    return capitalised(f"{contracted(who_, said[key])} {what}{yet}.")


def _died(text: str) -> str | None:
    """"Con cá vàng của tôi chết rồi." as "My goldfish has died.", "Cá vàng nhà tôi chết hết rồi." as "All our
    goldfish have died.", "Cá cảnh của tôi đã chết." as "My pet fish died.", "Con cá của bạn chết rồi à?" as "Has
    your fish died?" (_DIED); None for anything else, a bare "cá" with no whose and no "con", and fish not counted
    that have or has died (English must say which)."""
    m = _DIED.fullmatch(text)
    if not m or bool(m["ah"]) != ("?" in m["end"]) or keyed(m["fish"]) == "cá" and not (m["cls"] or m["owner"] or
                                                                                       m["someone"]):
        return None
    cls, aux, asked = keyed(m["cls"] or ""), keyed(m["aux"] or ""), bool(m["ah"])
    single, many = cls == "con", bool(cls and cls != "con" or m["all"])
    tense = "just" if aux.startswith("vừa") else "has" if m["done"] else "past" if aux == "đã" else None
    one, more = _DEAD[keyed(m["fish"])]
    if tense is None or single and m["all"] or asked and (tense != "has" or m["all"]) or \
            not (single or many) and (tense != "past" or one != more):
        return None
    fish = f"{'all ' if m['all'] else ''}{_whose(m)} {more if many else one}"
    if tense == "past":
        return capitalised(f"{fish} died.")
    has = "have" if many else "has"
    return f"{has.capitalize()} {fish} died?" if asked else capitalised(
        f"{fish} {has}{' just' if tense == 'just' else ''} died.")


def _person_vi(m: re.Match, first: str) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one, where the verb `first` said after who (or asking)
    agrees with who ("she has", "do you", "I am"; a past or "" tells nothing); None where it does not, and for a
    pet."""
    who_, one = who_vi(m)
    first = first.lower().replace("’", "'")
    if animal(m) or first in ("am", "'m") and who_ != "tôi" or first in ("are", "'re") and (one or who_ == "tôi"):
        return None
    if first in _THIRD and not one or first in _OTHER and one:
        return None
    return who_, one


def _keep_vi(text: str) -> str | None:
    """"I keep pet fish." as "Tôi nuôi cá cảnh.", "Does she keep koi?" as "Cô ấy có nuôi cá koi không?", "We no
    longer keep fish." as "Chúng tôi không còn nuôi cá nữa." (_KEEP_EN); None for anything else, and a verb that does
    not agree with who ("She keep goldfish.")."""
    m = _KEEP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["not"] or m["nolonger"]) or m["more"] and not (
            m["not"]) or m["still"] and (m["not"] or m["nolonger"]) or (m["q"] or m["not"]) and m["verb"] != "keep":
        return None
    first = m["q"] or re.split(r"n['’]t|\s", m["not"])[0] if m["q"] or m["not"] else m["verb"]
    said = _person_vi(m, first)
    if said is None or m["q"] and said[0] == "tôi" or m["fish"].lower() in _ONE_EN:
        return None  # ("Do I …?", and "I keep guppy.")
    who_, fish = said[0], FISH_VI[keyed(m["fish"])]
    if m["q"]:
        return capitalised(f"{who_} {'còn' if m['still'] else 'có'} nuôi {fish} không?")
    if m["not"] or m["nolonger"]:
        more = m["nolonger"] or m["more"]
        return capitalised(f"{who_} không còn nuôi {fish} nữa." if more else f"{who_} không nuôi {fish}.")
    return capitalised(f"{who_} {'vẫn ' if m['still'] else ''}nuôi {fish}.")


def _tank_vi(text: str) -> str | None:
    """"Our fish tank is dirty." as "Bể cá nhà tôi bẩn rồi.", "Is the fish tank clean yet?" as "Bể cá sạch chưa?",
    "The water in the fish tank is cloudy." as "Nước trong bể cá bị đục." (_TANK_EN); None for anything else."""
    m = _TANK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    be_ = " ".join(m["be"].lower().replace("’", "'").split()) if m["be"] else ""
    not_, state, now = "not" in be_ or "n't" in be_, m["state"], m["now"] or ""
    if m["adv"] and (m["q"] or not_ or state == "cloudy") or now == "yet" and not (state == "clean" and (
            m["q"] or not_)) or now == "now" and (state != "clean" or m["q"] or not_):
        return None
    tank = f"{'nước trong ' if m['water'] else ''}bể cá{_whose_vi(m)}"
    vi = STATES_VI[state]
    if m["q"]:
        return capitalised(f"{tank} sạch chưa?" if now else f"{tank} có {vi} không?")
    if not_:
        return capitalised(f"{tank} {'chưa' if now else 'không'} {vi}.")
    said = {"so": f"{vi} quá", "really": f"{vi} quá", "very": f"rất {vi}"}.get(m["adv"] or "")
    return capitalised(f"{tank} {said or ('bị đục' if state == 'cloudy' else f'{vi} rồi')}.")


def _chore_vi(text: str) -> str | None:
    """"I need to clean the fish tank." as "Tôi cần rửa bể cá.", "Have you changed the water in the fish tank yet?"
    as "Bạn đã thay nước bể cá chưa?", "He's cleaning the aquarium." as "Anh ấy đang rửa bể cá." (_CHORE_EN); None
    for anything else, a verb that does not agree, and a tank not surely who's own ("She cleaned his fish tank.",
    "My mother cleaned her fish tank.")."""
    m = _CHORE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["water"] and m["water2"]:
        return None
    base, form = _BASES[m["verb"]]
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    aux = {"'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "'s": "is" if form == 3 else "has",
           "wo not": "will not"}.get(aux, aux)
    key = _key(keyed(m["q"] or ""), aux, m["adv"] or "", form, bool(m["every"]), bool(m["yet"]))
    act = ACTS_VI.get((base, "the water in the fish tank" if m["water"] or m["water2"] else "the fish tank"))
    own = m["det"].lower() in ("the", WHOSE_OF.get((m["who"] or "").lower()))
    if key is None or act is None or not own:
        return None
    first = m["q"] or aux.split(" ")[0] if m["q"] or aux else m["verb"]
    said = _person_vi(m, "" if aux in ("should", "will", "will not") else first)
    if said is None or said[0] == "tôi" and key == "yet?":
        return None
    who_ = said[0]
    every = f" {_OFTEN_VI[keyed(m['every'])]}" if m["every"] else ""
    if key in ("already", "yet?", "have to?", "need to?"):
        shape = {"already": "{} {} rồi.", "yet?": "{} đã {} chưa?", "have to?": "{} có phải {} không?",
                 "need to?": "{} có cần {} không?"}[key]
        return capitalised(shape.format(who_, act + every))
    tense = TENSES_VI[key]
    return capitalised(f"{who_} {tense + ' ' if tense else ''}{act}{every}.")


def _key(q: str, aux: str, adv: str, form: int, every: bool, yet: bool) -> str | None:
    """The key of TENSES (or "already", "yet?", "habit") of an English chore said with the question word `q`, the
    auxiliary `aux` (written out: "has", "does not have to"), `adv` and the verb's form (0 base, 1 "-s", 2 past, 3
    "-ing"); None for a shape not read ("Did you …?", "I didn't …", "yet" where it is not asked or denied)."""
    if yet and not (q in ("have", "has") or aux in ("have not", "has not")) or every and form in (2, 3):
        return None
    if q in ("have", "has"):
        return "yet?" if not aux and form == 2 and not adv else None
    if q:  # ("Do you have to …?", "Does she need to …?")
        return f"{aux}?" if aux in ("have to", "need to") and form == 0 and not adv else None
    if form == 2:  # ("I've just changed", "I just changed", "She hasn't cleaned … yet", "I cleaned")
        if aux in ("have", "has"):
            return adv or "already"
        return None if aux and aux not in ("have not", "has not") or adv and aux else "not yet" if aux else \
            adv or "past"
    if adv or form == 3:
        return "ing" if form == 3 and not adv and aux in ("am", "is", "are") else None
    if not aux:
        return "habit" if every else None
    return None if form == 1 else _AUX_KEYS.get(aux)


def _died_vi(text: str) -> str | None:
    """"My goldfish has died." as "Con cá vàng của tôi chết rồi.", "All my goldfish have died." as "Cá vàng của tôi
    chết hết rồi.", "My goldfish died." as "Cá vàng của tôi đã chết.", "Has your fish died?" as "Con cá của bạn chết
    rồi à?" (_DIED_EN); None for anything else, "has" or "have" not agreeing, "the fish" died, of unknown number
    (a pet, or a fish in a pond?), and "just" asked ("vừa … à?" is left the other way too)."""
    m = _DIED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] or m["all"] or m["just"]):
        return None
    fish, have = m["fish"].lower(), (m["q"] or m["aux"] or "").strip().lower().replace("’", "'")
    many = have in ("have", "'ve") or bool(m["all"]) or fish in _MANY_EN
    single = have in ("has", "'s") or fish in _ONE_EN
    if single and many or m["just"] and not have or not have and not m["q"] and not (single or many) and (
            fish == "fish" and m["det"] and m["det"].lower() == "the"):
        return None
    vi = f"{FISH_VI[keyed(fish)]}{_whose_vi(m)}"
    cls = "" if m["all"] or not (single or many) else "con " if single else "mấy con "
    if m["all"]:  # ("All my goldfish have just died.": "vừa chết hết", the "just" kept)
        return capitalised(f"{vi} {'vừa chết hết' if m['just'] else 'chết hết rồi'}.")
    if not have:
        return capitalised(f"{cls}{vi} đã chết.")
    return capitalised(f"{cls}{vi} chết rồi à?" if m["q"] else f"{cls}{vi} {'vừa chết' if m['just'] else 'chết rồi'}.")
