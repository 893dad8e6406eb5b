"""Electric scooters and e-bikes, both ways, written whole by rule: who bought one, one running out of battery on the
way, who charges it, how long charging takes, how far one goes on one charge, and its battery old or worn out. v8 (the
rules on) reads "xe điện" as electricity or a power car, "giữa đường" as between the line, and "scooter" as science:
"Bố tôi mua xe điện." → "My father bought electricity.", "Xe điện của tôi hết pin giữa đường." → "My power car out of
battery between the line.", "Sạc xe điện mất bao lâu?" → "How long does the power car?", "Tôi đang sạc xe điện." →
"I'm chargeing electricity.", "Xe điện của bạn đi được bao nhiêu km một lần sạc?" → "How many km do your car
charge?", "Pin xe đạp điện của tôi bị chai rồi." → "My electrical bicycle is bottled."; "My father bought an electric
scooter." → "Cha tôi mua một món khoa học điện.", "My electric scooter ran out of battery on the way." → "Cuộc scoter
điện của tôi chạy ra pin trên đường.", "How far can your e-bike go on a single charge?" → "Cho đến nay bạn có thể
tích lũy bao nhiêu tiền?" (money).

Taken: "xe điện", "xe máy điện" as an electric scooter, "xe đạp điện" as an e-bike (and back: "electric scooter",
"electric motorbike", "e-bike", "electric bike"); who (mt.hobbies.WHO, WHO_EN) bought one (new), just, already, not
yet, asked "… chưa?", wants to (asked, denied) or is thinking of it; one (its whose of mt.hobbies.OWNER, "this", or
no one's) that ran out of battery on the way (home, to work: mt.getting_wet.WAYS) on a day done (mt.floods.DAYS_DONE)
or just, has run out, is almost out; who charges their own one (is, has, just, not yet, asked "… chưa?", has to,
needs to, forgot to, every day) or plugs it in ("cắm sạc"); how long charging one (fully) takes, or takes N hours
("Sạc xe điện mất bao lâu?", "Xe điện của tôi sạc đầy mất 6 tiếng."; in English "How long does it take to …", "It
takes N hours to …"); how many km or how far one goes on one charge, or goes N km; its battery old or worn out
("chai"), asked, and one of someone's needing a new battery. Left: a bare "Tôi sạc xe điện." (now, or a habit?), "sạc
xe điện" after "có" or a bare "quên" (also the scooter's charger: "Tôi quên sạc xe điện."), "chúng tôi", "họ"
charging (one or several?), a name's own scooter in Vietnamese ("Lan sạc xe điện": his or hers?), "the e-bike"
charged, "I" asked, a pet as who or whose, "anh", "chị", "em" alone saying it, "thế"/"vậy" statements, "Pin xe điện cũ."
(an old battery, said alone), "Xe điện cần thay pin." (all of them?), "pin yếu" (low, or worn?), "My e-bike takes 5
hours to charge." (only "It takes" is read), "e-scooter" (a kick scooter?), "xe" alone, "ô tô điện", "electric car" and
"đi xe điện" (a tram, a car?), a phone's battery (mt/batteries.py, mt/mishaps.py), power banks (mt/power_banks.py,
mt/chargers.py), and buying "xe máy điện", "xe đạp điện" where mt/vehicles.py takes it first.
mt.phrasebook.translate tries these after mt/bubble_tea.py.

    >>> translate("Xe điện của tôi hết pin giữa đường.", "vi", "en"), translate("I'm charging my e-bike.", "en", "vi")
    ('My electric scooter ran out of battery on the way.', 'Tôi đang sạc xe đạp điện.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .floods import DAYS_DONE
from .getting_wet import WAYS
from .hobbies import (EVERY, EVERY_VI, OWNER, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees,
                      owner_of, own_thing, person_of, pet, someone, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   third_person)

_KEYS = {"vi": lazy(r"(?i:xe\s+điện|xe\s+máy\s+điện|xe\s+đạp\s+điện)"),
         "en": lazy(r"(?i:electric\s+scooter|electric\s+bike|electric\s+bicycle|electric\s+motorbike|e-bike)")}
# the vehicles ("xe điện" may be a tram or a car elsewhere: here it is charged, bought, run flat as a scooter)
_VEHICLES = {"xe điện": "electric scooter", "xe máy điện": "electric scooter", "xe đạp điện": "e-bike"}
_VEHICLES_VI = {"electric scooter": "xe điện", "electric motorbike": "xe máy điện", "e-bike": "xe đạp điện",
                "electric bike": "xe đạp điện", "electric bicycle": "xe đạp điện"}
_WAYS = {"giữa đường": "on the way"} | WAYS
_WAYS_VI = {en: vi for vi, en in reversed(_WAYS.items())}
_DAYS_VI = {en: vi for vi, en in reversed(DAYS_DONE.items())}
# how far one goes on a charge, and back
_PER = {"một lần sạc": "on one charge", "mỗi lần sạc": "per charge", "khi sạc đầy": "on a full charge"}
_PER_VI = {"on one charge": "một lần sạc", "on a single charge": "một lần sạc", "per charge": "mỗi lần sạc",
           "on a full charge": "khi sạc đầy"}
# numbers in words, read through mt.numbers (1 to 100)
_N_VI = {vi_word(n): n for n in range(1, 101)}
_N_EN = {en_word(n): n for n in range(1, 101)}
_NUM = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(_N_VI)}))"
_NUM_EN = rf"(?P<n>\d{{1,3}}|an|(?i:{alternatives(_N_EN)}))"

_VEH = rf"(?P<veh>(?i:{alternatives(_VEHICLES)}))"
# one's scooter: whose after it ("xe điện của tôi", "xe đạp điện của Lan"), "này", or no one's
_OWNED = rf"(?:(?i:chiếc)\s+)?{_VEH}(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?"
_ASKED = rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}"
# bought, or meant to be ("Bố tôi mua xe điện.", "Bạn đã mua xe điện chưa?", "Tôi muốn mua xe đạp điện.")
_BUY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?(?:(?P<aux>vừa\s+mới|vừa|mới|đã|muốn|đang\s+định|"
            rf"định)\s+)?mua\s+(?:(?:một\s+)?(?i:chiếc)\s+)?{_VEH}(?:\s+(?P<new>mới))?(?:\s+(?P<done>rồi))?{_ASKED}")
# run out of battery ("Xe điện của tôi hết pin giữa đường.", "Xe điện của tôi sắp hết pin.")
_FLAT = lazy(rf"(?:(?P<day>(?i:{alternatives(DAYS_DONE)}))\s*,?\s+)?{_OWNED}\s+(?:(?P<aux>đã\s+bị|đã|bị|vừa\s+bị|"
             rf"vừa|sắp)\s+)?hết\s+pin(?:\s+(?P<way>{alternatives(_WAYS)}))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# charged by who ("Tôi đang sạc xe điện.", "Bạn đã sạc xe điện chưa?", "Tôi quên không cắm sạc xe đạp điện.")
_CHARGE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>chưa)\s+)?(?:(?P<aux>đang|phải|cần|đã|vừa|quên\s+không|"
               rf"quên\s+chưa|quên)\s+)?(?P<plug>cắm\s+)?sạc\s+(?:(?i:chiếc)\s+)?{_VEH}"
               rf"(?:\s+(?P<every>{alternatives(EVERY)}))?(?:\s+(?P<done>rồi))?{_ASKED}")
# how long charging takes ("Sạc xe điện mất bao lâu?", "Xe điện của tôi sạc đầy mất 6 tiếng.")
_TAKES = lazy(rf"(?:(?P<lead>[Ss]ạc)(?P<full>\s+đầy)?\s+)?{_OWNED}(?P<tail>\s+sạc(?P<full2>\s+đầy)?)?\s+"
              rf"(?:mất\s+(?:(?P<how>bao\s+lâu)|(?P<about>khoảng\s+)?{_NUM}\s+(?:tiếng|giờ)(?:\s+đồng\s+hồ)?)|"
              rf"(?P<till>bao\s+lâu\s+(?:thì|mới)\s+đầy)){SOFTENED_END}")
# how far one goes on a charge ("Xe điện của bạn đi được bao nhiêu km một lần sạc?")
_RANGE = lazy(rf"{_OWNED}\s+(?:(?P<first>sạc(?P<full>\s+đầy)?\s+một\s+lần)\s+)?(?:có\s+thể\s+)?(?:đi|chạy)\s+được\s+"
              rf"(?:(?P<far>bao\s+xa)|(?P<how>bao\s+nhiêu)\s+(?:km|cây\s+số)|(?P<about>khoảng\s+)?{_NUM}\s*"
              rf"(?P<unit>km|cây\s+số))(?:\s+(?P<per>{alternatives(_PER)}))?{SOFTENED_END}")
# its battery old or worn ("Pin xe điện của tôi cũ rồi.", "Pin xe đạp điện của bạn có bị chai không?")
_OLD = lazy(rf"[Pp]in\s+(?:của\s+)?{_OWNED}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã\s+bị|bị|đã)\s+)?(?P<state>cũ|chai)"
            rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
_NEEDS = lazy(rf"{_OWNED}\s+(?:(?P<ask>có)\s+)?cần\s+thay\s+pin(?:\s+mới)?{ASKED_END}")

# ... in English: one's scooter ("my electric scooter", "Lan's e-bike", "this e-bike", "an e-bike")
_VEH_EN = rf"(?P<veh>(?i:{alternatives(_VEHICLES_VI)}))"
_OWNED_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|the|this|an?))|(?P<someone>{SOMEONE_EN})'s)\s+{_VEH_EN}"
_BUY_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has|do|does)(?:\s+not|n't)|'ve|'s|'m|'re|"
               r"\s+(?:have|has|am|is|are))?(?:\s+(?P<adv>just|already))?\s+(?P<verb>bought|wants?\s+to\s+buy|"
               rf"thinking\s+of\s+buying)\s+(?P<det>an?)\s+(?:(?P<new>new)\s+)?{_VEH_EN}(?:\s+(?P<yet>yet))?"
               r"\s*(?P<end>[.!?]*)")
_FLAT_EN = lazy(rf"{_OWNED_EN}(?:(?P<has>\s+has|'s)(?:\s+(?P<just>just))?\s+run|(?:\s+(?P<just2>just))?\s+ran|"
                r"(?P<soon>\s+is\s+(?:almost|nearly|running)|'s\s+(?:almost|nearly|running)))\s+out\s+of\s+"
                rf"(?:battery|charge)(?:\s+(?P<way>{alternatives(_WAYS_VI)}))?(?:\s+(?P<day>"
                rf"{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!]*)")
_CHARGE_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does|Are|Is)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not|n't)|'ve|'s|'m|"
                  r"'re|\s+(?:have|has|am|is|are)|\s+(?:has|have|needs?)\s+to|\s+forgot\s+to)?(?:\s+(?P<adv>just))?"
                  r"\s+(?P<verb>charges|charged|charging|charge|plugs\s+in|plugged\s+in|plug\s+in)\s+"
                  rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_VEH_EN}(?:\s+(?P<every>{alternatives(EVERY_VI)}))?"
                  r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HOURS_EN = rf"(?P<about>about\s+|around\s+)?{_NUM_EN}\s+(?P<hours>hours?)"
_TAKES_EN = lazy(rf"(?:(?P<how>How\s+long\s+does\s+it\s+take)|It\s+takes\s+{_HOURS_EN})\s+to\s+(?P<full>fully\s+)?"
                 rf"charge\s+{_OWNED_EN}(?P<full2>\s+fully)?\s*(?P<end>[.!?]*)")
_RANGE_EN = lazy(rf"(?:(?P<how>How\s+many\s+(?:kilomet(?:re|er)s|km))\s+can\s+|(?P<far>How\s+far)\s+can\s+)?"
                 rf"{_OWNED_EN}\s+(?P<can>can\s+)?(?P<verb>go|goes|travel|travels)\s+(?:(?P<about>about\s+|around\s+)?"
                 rf"{_NUM_EN}\s*(?P<unit>km|kilomet(?:re|er)s?)\s+)?(?P<per>{alternatives(_PER_VI)})\s*(?P<end>[.!?]*)")
_OLD_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<of>[Tt]he\s+battery\s+(?:of|in)\s+)?{_OWNED_EN}(?P<its>(?:'s)?\s+battery)?"
               r"(?P<is>\s+is)?\s+(?P<state>old|worn\s+out)\s*(?P<end>[.!?]*)")
_NEEDS_EN = lazy(rf"(?:(?P<q>Does)\s+)?{_OWNED_EN}\s+(?P<verb>needs|need)\s+a\s+new\s+battery\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an electric scooter or an e-bike bought, run out of battery, charged, how
    long charging takes, how far it goes on a charge, or its battery old; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _buy(text) or _flat(text) or _charge(text) or _takes(text) or _range(text) or _old(text))
    text = text.replace("’", "'")
    return _buy_vi(text) or _flat_vi(text) or _charge_vi(text) or _takes_vi(text) or _range_vi(text) or _old_vi(text)


def _scooter(m: re.Match, generic: str = "the") -> str | None:
    """The scooter of a match of _OWNED in English: "my electric scooter", "Lan's e-bike", "this e-bike", or
    `generic` ("the", "a") before it where no one's; None for whose not read, and a pet's (a pet as who is left too)."""
    veh = _VEHICLES[keyed(m["veh"])]
    whose = "this" if m["this"] else None if pet(m["someone"], "vi") else owner_of(m, "")
    return None if whose is None else f"{whose or (a_or_an(veh) if generic == 'a' else generic)} {veh}"


def _scooter_vi(m: re.Match, generic: bool = False) -> str | None:
    """The scooter of a match of _OWNED_EN in Vietnamese: "xe điện của tôi", "xe đạp điện của mẹ tôi", "xe điện
    này", "xe điện" ("the"; "an" only where `generic`); None for a pet's, "a" not agreeing, or whose not read."""
    veh_en, veh = keyed(m["veh"]), _VEHICLES_VI[keyed(m["veh"])]
    if m["someone"]:
        named = None if pet(m["someone"], "en") else someone(m["someone"], "en")
        return named and f"{veh} của {named}"
    det = m["owner"].lower()
    if det in ("a", "an"):
        return veh if generic and det == a_or_an(veh_en) else None
    return veh if det == "the" else f"{veh} này" if det == "this" else f"{veh} của {WHOSE_VI[det]}"


def _count(said: str, lang: str) -> tuple[str, int]:
    """A count in `lang` of the other's ("6" as it is; "sáu" as "six", "six" as "sáu", "an" as "một"), its number."""
    if said.isdigit():
        return said, int(said)
    n = _N_VI[keyed(said)] if lang == "en" else 1 if said.lower() == "an" else _N_EN[said.lower()]
    return (en_word(n) if lang == "en" else vi_word(n)), n


# what Vietnamese says of buying ("có", "không"/"chưa", before "mua", "rồi", asking) and how English says it after who
# ("{have}", "{do}", "{be}", "{s}" agreeing with who; a question says who, "{w}", itself)
_BOUGHT = {("", "", "", "", ""): "bought {t}", ("", "", "đã", "", ""): "bought {t}", ("", "", "vừa", "", ""):
           "just bought {t}", ("", "", "", "rồi", ""): "{have} bought {t}", ("", "", "đã", "rồi", ""):
           "{have} already bought {t}", ("", "chưa", "", "", ""): "{have}n't bought {t} yet", ("", "", "", "", "chưa"):
           "{Have} {w} bought {t} yet?", ("", "", "đã", "", "chưa"): "{Have} {w} bought {t} yet?",
           ("", "", "muốn", "", ""): "want{s} to buy {t}", ("có", "", "muốn", "", "không"):
           "{Do} {w} want to buy {t}?", ("", "không", "muốn", "", ""): "{do}n't want to buy {t}",
           ("", "", "định", "", ""): "{be} thinking of buying {t}"}
_SAME = {"mới": "vừa", "vừa mới": "vừa", "đang định": "định", "quên chưa": "quên không"}  # (said alike)


def _shape(m: re.Match, table: dict) -> str | None:
    """The shape of a match of _BUY or _CHARGE in `table`, by its words "có", "không"/"chưa", before the verb,
    "rồi" and asking; None for one not there."""
    said = (keyed(m[g] or "") for g in ("ask", "not", "aux", "done", "asked"))
    return table.get(tuple(_SAME.get(w, w) for w in said))


def said_by_shape(m: re.Match, table: dict, own: bool = False, **words: str) -> str | None:
    """The English of a match of _BUY or _CHARGE by its shape in `table` (_BOUGHT, _CHARGED), who and the verbs
    agreeing ("{vs}": "charges"), contracted where English contracts them ("I've", "He's thinking"), the thing "{t}"
    who's `own` ("my e-bike"); None for a shape not there, who not read (mt.hobbies.person_of), and where `own`, "we",
    "they" (their scooters: one, or several?) or whose not known ("Lan": his or hers?)."""
    asked = "?" in m["end"]
    shape = _shape(m, table)
    said = None if not shape or bool(m["asked"]) != asked or em_speaking(m) else person_of(m, asked)
    if said is None or own and (said[0] in ("we", "they") or whose_own(m, said[0]) is None):
        return None
    who_, one = said
    words |= {"have": "has" if one else "have", "do": "does" if one else "do", "be": be(who_), "s": "s" * one,
              "vs": third_person(words.get("v", "")) if one else words.get("v", "")}
    if own:
        words["t"] = f"{whose_own(m, who_)} {words['t']}"
    if asked:
        return shape.format(**words, w=who_, Have=words["have"].capitalize(), Do=words["do"].capitalize())
    return capitalised(contracted(who_, shape.format(**words) + "."))


def _buy(text: str) -> str | None:
    """"Bố tôi mua xe điện." as "My father bought an electric scooter.", "Bạn đã mua xe điện chưa?" as "Have you
    bought an electric scooter yet?" (_BUY, _BOUGHT); None for anything else."""
    m = _BUY.fullmatch(text)
    veh = m and f"{'new ' * bool(m['new'])}{_VEHICLES[keyed(m['veh'])]}"
    return veh and said_by_shape(m, _BOUGHT, t=f"{a_or_an(veh)} {veh}")


def _flat(text: str) -> str | None:
    """"Xe điện của tôi hết pin giữa đường." as "My electric scooter ran out of battery on the way.", "Xe điện của tôi
    sắp hết pin." as "My electric scooter is almost out of battery." (_FLAT); None for anything else."""
    m = _FLAT.fullmatch(text)
    if not m or "?" in m["end"] or (scooter := _scooter(m)) is None:
        return None
    aux, way, day, done = keyed(m["aux"] or ""), m["way"], m["day"], m["done"]
    where, when = f" {_WAYS[keyed(way)]}" if way else "", f" {DAYS_DONE[keyed(day)]}" if day else ""
    if aux == "sắp":
        return None if way or day or done else capitalised(f"{scooter} is almost out of battery.")
    if aux.startswith("vừa"):
        return None if day or done else capitalised(
            f"{scooter} just ran out of battery{where}." if way else f"{scooter} has just run out of battery.")
    if done:
        return None if way or day else capitalised(f"{scooter} has run out of battery.")
    return capitalised(f"{scooter} ran out of battery{where}{when}.") if way or day else None


# ... and of charging ("{v}" charge or plug in, "{vs}" as he does it, "{done}", "{e}" how often)
_CHARGED = {("", "", "phải", "", ""): "{have} to {v} {t}{e}", ("", "", "cần", "", ""): "need{s} to {v} {t}{e}",
            ("có", "", "cần", "", "không"): "{Do} {w} need to {v} {t}{e}?", ("", "", "", "", ""): "{vs} {t}{e}",
            ("có", "", "", "", "không"): "{Do} {w} {v} {t}{e}?", ("", "", "đang", "", ""): "{be} charging {t}",
            ("", "", "", "rồi", ""): "{have} {done} {t}", ("", "", "đã", "rồi", ""): "{have} {done} {t}",
            ("", "", "vừa", "", ""): "{have} just {done} {t}", ("", "", "đã", "", ""): "{done} {t}",
            ("", "chưa", "", "", ""): "{have}n't {done} {t} yet", ("", "", "", "", "chưa"):
            "{Have} {w} {done} {t} yet?", ("", "", "đã", "", "chưa"): "{Have} {w} {done} {t} yet?",
            ("", "", "quên không", "", ""): "forgot to {v} {t}", ("", "", "quên", "", ""): "forgot to {v} {t}"}
_HABITS = {"{vs} {t}{e}", "{Do} {w} {v} {t}{e}?"}  # (said only with how often: "Tôi sạc xe điện." is now, or a habit?)


def _charge(text: str) -> str | None:
    """"Tôi đang sạc xe điện." as "I'm charging my electric scooter.", "Tôi quên không cắm sạc xe điện." as "I forgot
    to plug in my electric scooter." (_CHARGE, _CHARGED); None for anything else, a bare "quên sạc" (the charger
    forgotten?), and "đang cắm sạc" (on charge?)."""
    m = _CHARGE.fullmatch(text)
    shape = m and _shape(m, _CHARGED)
    if not shape or bool(m["every"]) != (shape in _HABITS) and not (m["every"] and "{e}" in shape) or (
            keyed(m["aux"] or "") == "quên" and not m["plug"] or m["plug"] and "charging" in shape):
        return None
    v, done = ("plug in", "plugged in") if m["plug"] else ("charge", "charged")
    e = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    return said_by_shape(m, _CHARGED, True, t=_VEHICLES[keyed(m["veh"])], v=v, done=done, e=e)


def _takes(text: str) -> str | None:
    """"Sạc xe điện mất bao lâu?" as "How long does it take to charge an electric scooter?", "Xe điện của tôi sạc đầy
    mất 6 tiếng." as "My electric scooter takes 6 hours to charge fully." (_TAKES); None for anything else."""
    m = _TAKES.fullmatch(text)
    how = bool(m) and bool(m["how"] or m["till"])
    if not m or bool(m["lead"]) == bool(m["tail"]) or how != ("?" in m["end"]) or (scooter := _scooter(m, "a")) is None:
        return None
    full, hours = bool(m["full"] or m["full2"] or m["till"]), ""
    if m["n"]:
        n, count = _count(m["n"], "en")
        hours = f"{'about ' * bool(m['about'])}{'an' if n == 'one' else n} hour{'s' * (count != 1)}"
    if m["lead"]:
        charge = f"{'fully ' * full}charge {scooter}"
        return f"How long does it take to {charge}?" if how else f"It takes {hours} to {charge}."
    fully = " fully" * full
    return f"How long does {scooter} take to charge{fully}?" if how else capitalised(
        f"{scooter} takes {hours} to charge{fully}.")


def _range(text: str) -> str | None:
    """"Xe điện của tôi đi được 60 km một lần sạc." as "My electric scooter can go 60 km on one charge.", "Xe đạp điện
    này sạc đầy một lần đi được bao xa?" as "How far can this e-bike go on a full charge?" (_RANGE); None for anything
    else, and a charge said twice or not at all."""
    m = _RANGE.fullmatch(text)
    how = bool(m) and bool(m["how"] or m["far"])
    if not m or bool(m["first"]) == bool(m["per"]) or how != ("?" in m["end"]) or (scooter := _scooter(m, "a")) is None:
        return None
    per = _PER[keyed(m["per"])] if m["per"] else "on a full charge" if m["full"] else "on one charge"
    if how:
        return f"{'How far' if m['far'] else 'How many kilometres'} can {scooter} go {per}?"
    n, count = _count(m["n"], "en")
    unit = "km" if m["n"].isdigit() else "kilometre" if count == 1 else "kilometres"
    return capitalised(f"{scooter} can go {'about ' * bool(m['about'])}{n} {unit} {per}.")


def _old(text: str) -> str | None:
    """"Pin xe điện của tôi cũ rồi." as "My electric scooter's battery is old.", "Xe điện của tôi cần thay pin." as "My
    electric scooter needs a new battery." (_OLD, _NEEDS); None for anything else, and "Pin xe điện cũ." (alone)."""
    m = _OLD.fullmatch(text) or _NEEDS.fullmatch(text)
    # (no one's needing one: "Xe điện cần thay pin." may be said of them all)
    if not m or (asked := asked_of(m)) is None or (scooter := _scooter(m)) is None or m.re == _NEEDS and not (
            m["owner"] or m["someone"] or m["this"]):
        return None
    if m.re == _NEEDS:
        return f"Does {scooter} need a new battery?" if asked else capitalised(f"{scooter} needs a new battery.")
    state = "old" if keyed(m["state"]) == "cũ" else "worn out"
    if asked:
        return f"Is {scooter}'s battery {state}?" if not m["done"] else None
    return capitalised(f"{scooter}'s battery is {state}.") if m["aux"] or m["done"] else None


def _aux_en(m: re.Match, done: bool) -> tuple[str, str, str]:
    """The question's first word, the auxiliaries after who (written out, as one: "have" for "'ve", "has"; "be" for
    "is", "'s" or "has" where `done`: "She's bought"), and the first as said, of an English match (groups q, aux)."""
    words = f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("n't", " not").split()
    first = words[0] if words else ""
    same = {"has": "have", "'ve": "have", "'s": "have" if done else "be", "does": "do", "needs": "need", "am": "be",
            "is": "be", "are": "be", "'m": "be", "'re": "be"}
    said = [same.get(w, w) for w in words]
    return (said[0], " ".join(said[1:]), first) if m["q"] else ("", " ".join(said), first)


# what English says of buying (the question, the auxiliaries, the verb, the adverb) and how Vietnamese says it
_BOUGHT_VI = {("", "", "bought", ""): "đã mua {t}", ("", "", "bought", "just"): "vừa mua {t}",
              ("", "", "bought", "already"): "đã mua {t} rồi", ("", "have", "bought", ""): "mua {t} rồi",
              ("", "have", "bought", "just"): "vừa mua {t}", ("", "have", "bought", "already"): "đã mua {t} rồi",
              ("", "have not", "bought", ""): "chưa mua {t}", ("have", "", "bought", ""): "đã mua {t} chưa?",
              ("", "", "want", ""): "muốn mua {t}", ("do", "", "want", ""): "có muốn mua {t} không?",
              ("", "do not", "want", ""): "không muốn mua {t}", ("", "be", "thinking", ""): "đang định mua {t}"}


def _said_vi(m: re.Match, table: dict, verb: str, s: bool, **words: str) -> str | None:
    """The Vietnamese of a match of _BUY_EN or _CHARGE_EN by its shape in `table` (_BOUGHT_VI, _CHARGED_VI; `verb`
    as the table keys it, `s` whether said with "-s"), its "{t}", "{v}", "{e}" as `words` give them; None for a shape
    not there, "yet" or how often where it says none, "I" asked, a pet, and where a verb does not agree with who."""
    who_, one = who_vi(m)
    q, aux, first = _aux_en(m, verb in ("bought", "charged"))
    shape, raw = table.get((q, aux, verb, (m["adv"] or "").lower())), (m["aux"] or "").split()[:1]
    if shape is None or bool(m["q"]) != ("?" in m["end"]) or animal(m) or q and who_ == "tôi" or (
            m["yet"] and "chưa" not in shape or words.get("e") and "{e}" not in shape or shape in _HABITS_VI and not
            words.get("e")):
        return None
    if not first_agrees(first, who_, one) or s != (one and not first) and verb in ("want", "charge") or (
            raw == ["needs"] and (q or not one) or raw == ["need"] and one and not q):
        return None
    said = capitalised(f"{who_} {shape.format(**words)}")
    return said if said.endswith("?") else f"{said}."


def _buy_vi(text: str) -> str | None:
    """"My father bought an electric scooter." as "Bố tôi đã mua xe điện.", "Have you bought an electric scooter yet?"
    as "Bạn đã mua xe điện chưa?" (_BUY_EN, _BOUGHT_VI); None for anything else, and "a" not agreeing."""
    m = _BUY_EN.fullmatch(text)
    if not m or m["det"].lower() != a_or_an((m["new"] or m["veh"]).lower()):
        return None
    verb = m["verb"].split()[0]
    thing = f"{_VEHICLES_VI[keyed(m['veh'])]}{' mới' * bool(m['new'])}"
    return _said_vi(m, _BOUGHT_VI, verb.replace("wants", "want"), verb == "wants", t=thing)


def _flat_vi(text: str) -> str | None:
    """"My e-bike ran out of battery on the way home yesterday." as "Hôm qua xe đạp điện của tôi hết pin trên đường về
    nhà.", "My electric scooter is almost out of battery." as "Xe điện của tôi sắp hết pin." (_FLAT_EN); None for
    anything else."""
    m = _FLAT_EN.fullmatch(text)
    if not m or (scooter := _scooter_vi(m)) is None:
        return None
    scooter, way, day = capitalised(scooter), m["way"], m["day"]
    where = f" {_WAYS_VI[keyed(way)]}" if way else ""
    if m["soon"]:
        return None if way or day else f"{scooter} sắp hết pin."
    if m["just"] or m["just2"]:
        return None if day or m["has"] and way else f"{scooter} vừa hết pin{where}."
    if m["has"]:
        return None if way or day else f"{scooter} hết pin rồi."
    if day:
        return f"{_DAYS_VI[keyed(day)].capitalize()} {scooter[0].lower()}{scooter[1:]} hết pin{where}."
    return f"{scooter} hết pin{where}." if way else f"{scooter} đã hết pin."


# ... and of charging ("{v}": "sạc" or "cắm sạc", "{e}" how often)
_CHARGED_VI = {("", "forgot to", "charge", ""): "quên không {v} {t}", ("", "have to", "charge", ""): "phải {v} {t}{e}",
               ("", "need to", "charge", ""): "cần {v} {t}{e}", ("do", "need to", "charge", ""):
               "có cần {v} {t}{e} không?", ("", "", "charge", ""): "{v} {t}{e}", ("do", "", "charge", ""):
               "có {v} {t}{e} không?", ("", "be", "charging", ""): "đang sạc {t}", ("", "have", "charged", ""):
               "{v} {t} rồi", ("", "", "charged", ""): "đã {v} {t}", ("", "have", "charged", "just"): "vừa {v} {t}",
               ("", "", "charged", "just"): "vừa {v} {t}", ("", "have not", "charged", ""): "chưa {v} {t}",
               ("have", "", "charged", ""): "đã {v} {t} chưa?"}
_HABITS_VI = {"{v} {t}{e}", "có {v} {t}{e} không?"}  # (said only with how often: "I charge my e-bike." when?)
_VERBS = {"charges": "charge", "plug in": "charge", "plugs in": "charge", "plugged in": "charged"}


def _charge_vi(text: str) -> str | None:
    """"I'm charging my e-bike." as "Tôi đang sạc xe đạp điện.", "I forgot to plug in my electric scooter." as "Tôi
    quên không cắm sạc xe điện." (_CHARGE_EN, _CHARGED_VI); None for anything else, and another's scooter ("I charged
    your e-bike."; "John is charging her e-bike.": a name's his or her by mt.names.named_his_her)."""
    m = _CHARGE_EN.fullmatch(text)
    if not m or own_thing(m, *who_vi(m)) is not True or m["given"] and named_his_her(m["given"]) not in (
            None, m["owner"].lower()):
        return None
    verb = " ".join(m["verb"].split())
    every = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    return _said_vi(m, _CHARGED_VI, _VERBS.get(verb, verb), verb in ("charges", "plugs in"), t=_VEHICLES_VI[keyed(
        m["veh"])], v="cắm sạc" if verb.startswith("plug") else "sạc", e=every)


def _takes_vi(text: str) -> str | None:
    """"How long does it take to charge an electric scooter?" as "Sạc xe điện mất bao lâu?", "It takes about six
    hours to fully charge an e-bike." as "Sạc đầy xe đạp điện mất khoảng sáu tiếng." (_TAKES_EN); None for anything
    else, "fully" said twice, and "hour" not agreeing."""
    m = _TAKES_EN.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["full"] and m["full2"] or (
            scooter := _scooter_vi(m, True)) is None:
        return None
    took = "bao lâu?"
    if not m["how"]:
        n, count = _count(m["n"], "vi")
        if (count == 1) != (m["hours"] == "hour") or m["n"].lower() == "an" and m["about"]:
            return None
        took = f"{'khoảng ' * bool(m['about'])}{n} tiếng."
    return f"Sạc{' đầy' * bool(m['full'] or m['full2'])} {scooter} mất {took}"


def _range_vi(text: str) -> str | None:
    """"How many kilometres can your electric scooter go on one charge?" as "Xe điện của bạn đi được bao nhiêu km một
    lần sạc?", "My e-bike can go 40 km on a full charge." as "Xe đạp điện của tôi đi được 40 km khi sạc đầy."
    (_RANGE_EN); None for anything else, and where the verb or the unit does not agree ("can goes", "one km")."""
    m = _RANGE_EN.fullmatch(text)
    how = bool(m) and bool(m["how"] or m["far"])
    if not m or how != ("?" in m["end"]) or how == bool(m["n"]) or (scooter := _scooter_vi(m, True)) is None:
        return None
    if m["verb"].endswith("s") == bool(how or m["can"]) or how and m["can"]:
        return None  # (one scooter: "goes", "can go", "How far can … go")
    per = _PER_VI[keyed(m["per"])]
    if how:
        return capitalised(f"{scooter} đi được {'bao xa' if m['far'] else 'bao nhiêu km'} {per}?")
    n, count = _count(m["n"], "vi")
    if m["n"].lower() == "an" or m["unit"] != "km" and (count == 1) == m["unit"].endswith("s"):
        return None
    unit = "km" if m["n"].isdigit() else "cây số"
    return capitalised(f"{scooter} đi được {'khoảng ' * bool(m['about'])}{n} {unit} {per}.")


def _old_vi(text: str) -> str | None:
    """"Is your e-bike's battery worn out?" as "Pin xe đạp điện của bạn có bị chai không?", "My electric scooter needs
    a new battery." as "Xe điện của tôi cần thay pin." (_OLD_EN, _NEEDS_EN); None for anything else."""
    m = _OLD_EN.fullmatch(text) or _NEEDS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (scooter := _scooter_vi(m)) is None:
        return None
    if m.re == _NEEDS_EN:
        return None if (m["verb"] == "needs") == bool(m["q"]) else capitalised(
            f"{scooter} có cần thay pin không?" if m["q"] else f"{scooter} cần thay pin.")
    if bool(m["of"]) == bool(m["its"]) or bool(m["q"]) == bool(m["is"]) or m["of"] and (m["q"] or m["of"][0] == "t"):
        return None
    state = "cũ" if m["state"] == "old" else "bị chai"
    return f"Pin {scooter} có {state} không?" if m["q"] else f"Pin {scooter} {state} rồi."
