"""Dry, cracked skin in the cold or dry season, both ways, written whole by rule: lips dry and cracked, peeling or
all chapped, hands cracked from the washing, heels cracked, chapped when it is cold or in winter, because the air is
so dry, and lip balm or cream put on. v8 (rules on) reads "nẻ" as starving or "mẹ", "son dưỡng" as "con traits",
"bôi" as slighting, and back "chapped" as soaked, "lip balm" as a lid: "Môi tôi bị khô và nứt." → "I'm dry and
cracked.", "Tay tôi bị khô và nứt nẻ." → "My hand was dry and cracked.", "Môi tôi nẻ hết rồi." → "It's starving me.",
"Trời hanh khô nên môi tôi nẻ hết." → "It's dry, so my lips is all.", "Tay mẹ tôi bị nứt nẻ vì giặt đồ." → "My mother
was cracked by the rumor.", "Mùa đông môi tôi hay bị nẻ." → "We had a winter winter of my lips.", "Bôi son dưỡng
đi." → "Con traits are neglected.", "Tôi bôi son dưỡng mỗi ngày." → "I'm slighting every day."; "My lips are all
chapped." → "Đôi môi của tôi tất cả đều bị ngâm.", "My lips are chapped from the cold." → "Đôi môi của tôi bị lạnh.",
"My hands are cracked from washing the dishes." → "Tay tôi bị nứt khỏi giặt món ăn.", "Put some lip balm on." → "Đặt
một vài cái bàn nắp lên.", "I'm putting on lip balm." → "Tôi đang đặt nắp chọi.".

Taken: whose lips, hands or heels (a part, then who of mt.hobbies.WHO: "Môi tôi", "Tay của mẹ tôi"; WHO_EN's,
"Mum's") dry and cracked (two states: "khô và nứt", "nứt nẻ và chảy máu"), peeling, all chapped ("nẻ hết"), or
chapped from a cause ("vì giặt đồ", "vì lạnh"); said, or asked of two states or peeling; often, or in winter, or when
it is cold ("Mùa đông môi tôi hay bị nẻ."), said or asked; "Trời hanh khô nên môi tôi nẻ hết." ("The air is so dry
that …"); lip balm, moisturiser or hand cream told ("Bôi son dưỡng đi.", "Nhớ …", "Bạn nên …"), put on by who now,
just, already, not yet, asked yet, and as a habit (mt.hobbies.SELDOM, EVERY, before bed). Left: one plain state
("Môi tôi bị nứt nẻ.", "Tôi bị nứt gót chân.", "I have cracked heels.": mt/skin_troubles.py's), hands or heels
"khô" or hands "nứt" alone (not wet? broken?), "em", "anh", "chị" and a bare "mẹ" saying it (I or you? "Tay mẹ bị
nứt nẻ …": Mum's, or a mother's own?), a pet, "I" asked, denied states, lips "chapped and cracked" ("nứt nẻ và
nứt"), "all" with bleeding ("chảy máu hết"), "his" or "her" lips of a name or a friend ("Tom puts lip balm on her
lips": another's?), "I put on lip balm." with no habit (now, or done?), balm oil ("Bôi dầu gió vào đi.":
mt/folk_remedies.py), makeup (mt/makeup.py), sunburn peeling (mt/sunburn.py), lips bitten or licked
(mt/nail_biting.py), the weather alone (mt/weather_said.py), and anything else.
mt.phrasebook.translate tries these after mt/grooming.py.

    >>> translate("Môi tôi bị khô và nứt.", "vi", "en"), translate("Put some lip balm on.", "en", "vi")
    ('My lips are dry and cracked.', 'Bôi son dưỡng đi.')
"""
from __future__ import annotations

import re

from .hobbies import (EVERY, HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, own_thing, pet, someone,
                      who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, alternatives, be_said, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
# (not "khô": it is in "không", and every state taken has a crack or a peel)
_KEYS = {"vi": lazy(r"(?i:nẻ|nứt|bong|tróc|son\s+dưỡng|sáp\s+dưỡng|kem\s+dưỡng)"),
         "en": lazy(r"(?i:chapped|cracked|peeling|lip\s+balm|lip\s+salve|moistur|hand\s+cream)")}
# whose parts ("đôi môi": lips); each state said of a part, in English (hands and heels "nứt nẻ" are cracked; "khô"
# alone only of lips, "nứt" alone not of hands: hands "khô" may be just not wet, "nứt" broken; "chảy máu" only after)
_PARTS = {"môi": "lips", "đôi môi": "lips", "tay": "hands", "bàn tay": "hands", "đôi tay": "hands",
          "gót chân": "heels"}
_PARTS_VI = {"lips": "môi", "hands": "tay", "heels": "gót chân"}
_PEEL = {"bong tróc": "peeling", "tróc da": "peeling", "bong da": "peeling"}
_STATES = {"lips": {"nẻ": "chapped", "nứt nẻ": "chapped", "nứt": "cracked", "khô": "dry", **_PEEL},
           "hands": {"nẻ": "cracked", "nứt nẻ": "cracked", "khô": "dry", **_PEEL},
           "heels": {"nẻ": "cracked", "nứt nẻ": "cracked", "nứt": "cracked", "khô": "dry"}}
_STATES_VI = {"lips": {"chapped": "nứt nẻ", "cracked": "nứt", "dry": "khô", "peeling": "bong tróc"},
              "hands": {"chapped": "nứt nẻ", "cracked": "nứt nẻ", "dry": "khô", "peeling": "bong tróc"},
              "heels": {"cracked": "nứt nẻ", "dry": "khô"}}
_STATE = alternatives({"nẻ", "nứt nẻ", "nứt", "khô", "chảy máu", *_PEEL})
_ADJ_EN = r"chapped|cracked|dry|peeling|bleeding"
# what chapped them (the first Vietnamese of each is written back)
_WHY = {"giặt đồ": "doing the washing", "giặt quần áo": "doing the washing", "giặt giũ": "doing the washing",
        "rửa bát": "washing the dishes", "rửa chén": "washing the dishes", "làm việc nhà": "doing housework",
        "trời lạnh": "the cold", "lạnh": "the cold", "gió lạnh": "the cold wind", "trời hanh khô": "the dry air",
        "thời tiết hanh khô": "the dry air", "hanh khô": "the dry air"}
_WHY_VI = {en: vi for vi, en in reversed(_WHY.items())} | {"doing the dishes": "rửa bát",
                                                           "the dry weather": "trời hanh khô"}
# when they get so, before or after (a habit), and the weather that makes them so ("… nên": "so … that")
_WHEN = {"vào mùa đông": "in winter", "mùa đông": "in winter", "khi trời lạnh": "when it's cold",
         "mỗi khi trời lạnh": "whenever it's cold", "khi trời hanh khô": "when the air is dry",
         "vào mùa khô": "in the dry season", "mùa khô": "in the dry season"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {
    "in the winter": "vào mùa đông", "in cold weather": "khi trời lạnh", "when it is cold": "khi trời lạnh",
    "in dry weather": "khi trời hanh khô"}
_WEATHER = {"trời hanh khô": "dry", "trời hanh": "dry", "thời tiết hanh khô": "dry", "trời khô": "dry",
            "trời lạnh": "cold", "trời rét": "cold"}
_WEATHER_EN = {"dry": "The air is so dry that", "cold": "It's so cold that"}
_WEATHER_VI = {"dry": "Trời hanh khô nên", "cold": "Trời lạnh nên"}
# what is put on (English written back: "moisturiser"), and where
_BALMS = {"son dưỡng": "lip balm", "son dưỡng môi": "lip balm", "sáp dưỡng môi": "lip balm",
          "kem dưỡng ẩm": "moisturiser", "kem dưỡng da": "moisturiser", "kem dưỡng tay": "hand cream"}
_BALMS_VI = {"lip balm": "son dưỡng", "lip salve": "son dưỡng", "moisturiser": "kem dưỡng ẩm",
             "moisturizer": "kem dưỡng ẩm", "hand cream": "kem dưỡng tay"}
_ON = {"lip balm": "lips", "hand cream": "hands"}  # (a balm put on another part is not read)
_TIMES = EVERY | {"trước khi đi ngủ": "before bed", "mỗi tối trước khi đi ngủ": "every night before bed"}
_TIMES_VI = {en: vi for vi, en in reversed(_TIMES.items())} | {"before going to bed": "trước khi đi ngủ"}

_STATES_SAID = (rf"(?:(?P<bi>bị)\s+)?(?P<s1>{_STATE})(?:(?P<join>\s*,\s*|\s+và\s+|\s+)(?P<s2>{_STATE}))?"
                r"(?P<all>\s+hết(?:\s+cả)?)?(?:\s+(?P<done>rồi))?")
# whose part and its state ("Môi tôi bị khô và nứt.", "Mùa đông môi tôi hay bị nẻ.", "Trời hanh khô nên môi tôi nẻ
# hết.", "Tay mẹ tôi bị nứt nẻ vì giặt đồ.")
_SORE = lazy(rf"(?:(?P<weather>(?i:{alternatives(_WEATHER)}))(?:\s+quá)?\s+nên\s+|(?P<when0>(?i:{alternatives(_WHEN)}))"
             rf"\s*,?\s+)?(?P<part>(?i:{alternatives(_PARTS)}))\s+(?:của\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)"
             rf"\s+)?(?:(?P<often>{alternatives(SELDOM)})\s+)?{_STATES_SAID}(?:\s+(?:vì|do)\s+(?P<why>"
             rf"{alternatives(_WHY)}))?(?:\s+(?P<when>{alternatives(_WHEN)}))?{ASKED_END}")
# a balm told ("Bôi son dưỡng đi.", "Nhớ bôi son dưỡng nhé.", "Bạn nên bôi kem dưỡng ẩm vào tay.")
_TOLD = lazy(rf"(?:(?P<remember>(?i:nhớ))\s+|(?P<should>(?i:bạn)\s+nên)\s+|(?P<hay>(?i:hãy))\s+)?(?i:bôi)\s+"
             rf"(?:(?:một\s+)?(?:ít|chút)\s+)?(?P<balm>{alternatives(_BALMS)})(?:\s+(?:vào|lên)(?:\s+(?P<part>môi|"
             r"tay))?)?(?:\s+(?P<tell>đi|nhé|nha))?\s*(?P<end>[.!]*)")
# a balm put on ("Tôi bôi son dưỡng mỗi ngày.", "Tôi đang bôi son dưỡng.", "Bạn bôi son dưỡng chưa?")
_PUT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<notyet>chưa)\s+)?(?:(?P<aux>đang|vừa\s+mới|vừa|mới|đã)\s+)?"
            rf"(?:(?P<often>{alternatives(SELDOM)})\s+)?bôi\s+(?P<balm>{alternatives(_BALMS)})(?:\s+(?:vào|lên)\s+"
            rf"(?P<part>môi|tay))?(?:\s+(?P<every>{alternatives(_TIMES)}))?(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")

# ... and in English ("My lips are dry and cracked.", "Do your lips often get chapped in winter?")
_WHOSE_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<mum>Mum|Mom|Dad|mum|mom|dad)'s|(?P<named>{SOMEONE_EN})'s)\s+"
             r"(?P<part>lips|hands|heels)")
_ADJS_EN = rf"(?P<all>all\s+)?(?P<a1>{_ADJ_EN})(?:\s+and\s+(?P<a2>{_ADJ_EN}))?"
_SORE_EN = lazy(rf"(?:(?P<q>Are|Do)\s+)?{_WHOSE_EN}(?P<be>\s+are|'re)?(?:\s+(?P<often>"
                rf"{alternatives(HABIT_VI)}))?(?:\s+(?P<get>get))?\s+{_ADJS_EN}(?:\s+from\s+(?P<why>"
                rf"{alternatives(_WHY_VI)}))?(?:\s+(?P<when>{alternatives(_WHEN_VI)}))?\s*(?P<end>[.!?]*)")
_WEATHER_SAID = lazy(rf"(?:The\s+air\s+is|The\s+weather\s+is|It's|It\s+is)\s+so\s+(?P<how>dry|cold)\s+that\s+"
                     rf"{_WHOSE_EN}\s+are\s+{_ADJS_EN}\s*(?P<end>[.!]*)")
_BALM_EN = rf"(?:some\s+)?(?P<balm{{}}>{alternatives(_BALMS_VI)})"
_TOLD_EN = lazy(rf"(?:(?P<remember>(?i:remember))\s+to\s+|(?P<should>(?i:you))\s+should\s+)?(?i:put)\s+(?:on\s+"
                rf"{_BALM_EN.format('')}|{_BALM_EN.format(2)}\s+on(?:\s+your\s+(?P<part>lips|hands))?)"
                r"\s*(?P<end>[.!]*)")
_PUT_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:am|is|are|have|has)(?:\s+not)?|'(?:m|s|re|ve)|"
               rf"\s+(?:haven|hasn)'t)?(?:\s+(?P<adv>just|already|{alternatives(HABIT_VI)}))?\s+(?P<verb>puts|put|"
               rf"putting)\s+(?:on\s+(?P<balm>{alternatives(_BALMS_VI)})|(?P<balm2>{alternatives(_BALMS_VI)})\s+on"
               rf"(?:\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<part>lips|hands))?)(?:\s+(?P<every>"
               rf"{alternatives(_TIMES_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whose lips, hands or heels are dry, cracked or chapped (and
    why, or when), or tells of lip balm or cream put on; None for any other."""
    if src == "vi":
        return _sore(text) or _told(text) or _put(text)
    text = text.replace("’", "'")
    return _sore_vi(text) or _weather_vi(text) or _told_vi(text) or _put_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet, "I" asked, and "anh",
    "chị", "em" saying it (asking with "ạ" too: mt.hobbies.em_speaking)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)  # ("Môi em có bị nẻ không ạ?": mine?)
    return None if not said or asked and said[0] == "I" else said


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?" (or "chưa?", group done), False said; None for "có" or
    "không?" alone, or a "?" on a statement."""
    asked = bool(m["asked"]) or m.groupdict().get("done") == "chưa"
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    return asked


def _states(m: re.Match, part: str) -> list[str] | None:
    """The states of a match of _STATES_SAID said of `part` in English (["dry", "cracked"]); None for one not said
    of it, the same twice, "chảy máu" but after a crack, or two run together but "khô nứt", "khô nẻ"."""
    said = [keyed(s) for s in (m["s1"], m["s2"]) if s]
    table = _STATES[part] | ({"chảy máu": "bleeding"} if said[0] in ("nẻ", "nứt nẻ", "nứt") else {})
    if said[0] == "chảy máu" or any(s not in table for s in said) or len(said) == 2 and (
            not m["join"].strip() and said[0] != "khô"):
        return None
    states = [table[s] for s in said]
    if len(set(states)) != len(states) or states == ["dry"] and part != "lips":
        return None
    return states


def _sore(text: str) -> str | None:
    """"Môi tôi bị khô và nứt." as "My lips are dry and cracked.", "Tay mẹ tôi bị nứt nẻ vì giặt đồ." as "My mother's
    hands are cracked from doing the washing.", "Môi tôi nẻ hết rồi." as "My lips are all chapped.", "Mùa đông môi
    tôi hay bị nẻ." as "My lips often get chapped in winter.", "Trời hanh khô nên môi tôi nẻ hết." as "The air is so
    dry that my lips are all chapped." (_SORE); None for anything else, denied, and one plain state
    (mt/skin_troubles.py's)."""
    m = _SORE.fullmatch(text)
    if not m or m["not"] or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    part = _PARTS[keyed(m["part"])]
    states = _states(m, part)
    when = m["when0"] or m["when"]
    if states is None or m["when0"] and m["when"] or m["done"] and not m["all"]:
        return None
    whose = f"{_whose(said[0])} {part}"
    adjs, why = " and ".join(states), f" from {_WHY[keyed(m['why'])]}" if m["why"] else ""
    if m["often"] or when:  # (a habit: "get")
        often = f"{SELDOM[keyed(m['often'])]} " if m["often"] else ""
        if m["all"] or m["weather"] or often == "never " and asked:
            return None
        when = f" {_WHEN[keyed(when)]}" if when else ""
        return f"Do {whose} {often}get {adjs}{why}{when}?" if asked else \
            capitalised(f"{whose} {often}get {adjs}{why}{when}{stop(m['end'])}")
    if m["weather"]:
        return None if asked or why else f"{_WEATHER_EN[_WEATHER[keyed(m['weather'])]]} {whose} are " \
                                         f"{'all ' * bool(m['all'])}{adjs}{stop(m['end'])}"
    if asked:  # (asked of two states or peeling, nothing more)
        return None if m["all"] or why or len(states) == 1 and states[0] != "peeling" else f"Are {whose} {adjs}?"
    if not (m["all"] or why or len(states) == 2 or states == ["peeling"]):
        return None  # (one plain state: mt/skin_troubles.py's)
    return capitalised(f"{whose} are {'all ' * bool(m['all'])}{adjs}{why}{stop(m['end'])}")


def _told(text: str) -> str | None:
    """"Bôi son dưỡng đi." as "Put some lip balm on.", "Nhớ bôi son dưỡng nhé." as "Remember to put some lip balm
    on.", "Bạn nên bôi kem dưỡng ẩm vào tay." as "You should put some moisturiser on your hands." (_TOLD); None for
    anything else, a bare "Bôi son dưỡng." (told, or said?), and lip balm put on hands."""
    m = _TOLD.fullmatch(text)
    if not m or not (m["remember"] or m["should"] or m["tell"] or m["hay"]):
        return None
    balm = _BALMS[keyed(m["balm"])]
    part = m["part"] and _PARTS[keyed(m["part"])]
    if part and _ON.get(balm, part) != part:
        return None
    on = f"on your {part}" if part else "on"
    said = f"put some {balm} {on}{stop(m['end'])}"
    return f"Remember to {said}" if m["remember"] else f"You should {said}" if m["should"] else capitalised(said)


def _put(text: str) -> str | None:
    """"Tôi bôi son dưỡng mỗi ngày." as "I put on lip balm every day.", "Mẹ tôi hay bôi kem dưỡng ẩm trước khi đi
    ngủ." as "My mother often puts on moisturiser before bed.", "Tôi đang bôi son dưỡng." as "I'm putting on lip
    balm.", "Tôi vừa bôi son dưỡng." as "I've just put on lip balm.", "Bạn bôi son dưỡng chưa?" as "Have you put on
    lip balm yet?" (_PUT); None for anything else, and a plain "Tôi bôi son dưỡng." (now, a habit, or done?)."""
    m = _PUT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    balm, aux, done = _BALMS[keyed(m["balm"])], keyed(m["aux"] or ""), m["done"]
    if m["part"]:
        part, whose = _PARTS[keyed(m["part"])], whose_own(m, who_)
        if whose is None or _ON.get(balm, part) != part:
            return None
        what = f"put {balm} on {whose} {part}"
    else:
        what = f"put on {balm}"
    habit = m["often"] or m["every"]
    if aux and aux != "đã" and (habit or done or asked or m["notyet"]):
        return None
    if aux == "đang":
        be_ = "is" if one else "am" if who_ == "I" else "are"
        return capitalised(contracted(who_, f"{be_} putting{what[3:]}") + stop(m["end"]))
    have = "has" if one else "have"
    if aux and aux != "đã":  # ("vừa", "mới": just)
        return capitalised(contracted(who_, f"{have} just {what}") + stop(m["end"]))
    if done or m["notyet"]:
        if habit or done and m["notyet"] or aux == "đã" and m["notyet"]:
            return None
        if done == "chưa":
            return f"{have.capitalize()} {who_} {what} yet?"
        if m["notyet"]:
            return capitalised(f"{who_} {have}n't {what} yet{stop(m['end'])}")
        return None if asked else capitalised(contracted(who_, f"{have} already {what}") + stop(m["end"]))
    if aux or not habit:
        return None
    often = SELDOM[keyed(m["often"])] if m["often"] else ""
    if often == "never" and asked:
        return None
    every = f" {_TIMES[keyed(m['every'])]}" if m["every"] else ""
    verb = "puts" if one and not asked else "put"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {often + ' ' if often else ''}{what}{every}?"
    return capitalised(f"{who_} {often + ' ' if often else ''}{verb}{what[3:]}{every}{stop(m['end'])}")


def _whose_vi(m: re.Match) -> str | None:
    """Whose part of a match of _WHOSE_EN in Vietnamese ("môi tôi", "tay mẹ tôi", "môi Lan"); None for someone not
    read, and a pet."""
    if m["owner"]:
        whose = WHOSE_VI[m["owner"].lower()]
    elif m["mum"]:
        whose = "mẹ" if m["mum"].lower() in ("mum", "mom") else "bố"
    elif pet(m["named"], "en"):
        return None
    else:
        whose = someone(m["named"], "en")
    return whose and f"{_PARTS_VI[m['part']]} {whose}"


def _states_vi(m: re.Match) -> list[str] | None:
    """The states of a match of _ADJS_EN in Vietnamese, of the group part (["khô", "nứt"]); None for one not said
    of it, the same twice or a word of one in the other (lips "chapped and cracked": "nứt nẻ và nứt"), "bleeding"
    but after a crack, "all" with it ("chảy máu hết": bled dry), or "dry" alone of hands or heels."""
    part, said = m["part"], [a for a in (m["a1"], m["a2"]) if a]
    table = _STATES_VI[part] | ({"bleeding": "chảy máu"} if said[0] in ("chapped", "cracked") else {})
    if said[0] == "bleeding" or len(set(said)) != len(said) or any(a not in table for a in said) or \
            said == ["dry"] and part != "lips" or m["all"] and "bleeding" in said:
        return None
    states = [table[a] for a in said]
    return None if len(states) == 2 and set(states[0].split()) & set(states[1].split()) else states


def _sore_vi(text: str) -> str | None:
    """"My lips are dry and cracked." as "Môi tôi bị khô và nứt.", "My mother's hands are cracked from doing the
    washing." as "Tay mẹ tôi bị nứt nẻ vì giặt đồ.", "My lips are all chapped." as "Môi tôi bị nứt nẻ hết.", "Do
    your lips often get chapped in winter?" as "Môi bạn có hay bị nứt nẻ vào mùa đông không?" (_SORE_EN); None for
    anything else, and one plain state (mt/skin_troubles.py's)."""
    m = _SORE_EN.fullmatch(text)
    if not m or (whose := _whose_vi(m)) is None or (states := _states_vi(m)) is None:
        return None
    q, asked = m["q"], "?" in m["end"]
    if asked and (m["owner"] or "").lower() == "my":  # ("Are my lips dry and cracked?": asked of oneself)
        return None
    if bool(q) != asked or [bool(q == "Are"), bool(m["be"]), bool(m["get"])].count(True) != 1 or \
            (q == "Do") != (asked and bool(m["get"])):
        return None
    said = f"{' và '.join(states)}{' hết' * bool(m['all'])}"
    why = f" vì {_WHY_VI[m['why']]}" if m["why"] else ""
    if m["get"]:  # (a habit, said when or how often)
        often = m["often"] and HABIT_VI[m["often"].lower()]
        if not (often or m["when"]) or m["all"] or often == "không bao giờ" and asked:
            return None
        when = f" {_WHEN_VI[m['when'].lower()]}" if m["when"] else ""
        return capitalised(f"{whose} có {often + ' ' if often else ''}bị {said}{why}{when} không?" if asked else
                           f"{whose} {often + ' ' if often else ''}bị {said}{why}{when}{stop(m['end'])}")
    if m["often"] or m["when"]:
        return None
    if asked:  # (asked of two states or peeling, nothing more)
        return None if m["all"] or why or len(states) == 1 and m["a1"] != "peeling" else \
            capitalised(f"{whose} có bị {said} không?")
    if not (m["all"] or why or len(states) == 2 or m["a1"] == "peeling"):
        return None  # (one plain state: mt/skin_troubles.py's)
    return capitalised(f"{whose} bị {said}{why}{stop(m['end'])}")


def _weather_vi(text: str) -> str | None:
    """"The air is so dry that my lips are all chapped." as "Trời hanh khô nên môi tôi bị nứt nẻ hết.", "It's so
    cold that my hands are cracked." as "Trời lạnh nên tay tôi bị nứt nẻ." (_WEATHER_SAID); None for anything
    else."""
    m = _WEATHER_SAID.fullmatch(text)
    if not m or (whose := _whose_vi(m)) is None or (states := _states_vi(m)) is None:
        return None
    return f"{_WEATHER_VI[m['how']]} {whose} bị {' và '.join(states)}{' hết' * bool(m['all'])}{stop(m['end'])}"


def _told_vi(text: str) -> str | None:
    """"Put some lip balm on." and "Put on some lip balm." as "Bôi son dưỡng đi.", "Remember to put on lip balm." as
    "Nhớ bôi son dưỡng nhé.", "Put some moisturiser on your hands." as "Bôi kem dưỡng ẩm vào tay đi." (_TOLD_EN);
    None for anything else, and lip balm put on hands."""
    m = _TOLD_EN.fullmatch(text)
    if not m:
        return None
    balm = _BALMS_VI[(m["balm"] or m["balm2"]).lower()]
    part = m["part"] and _PARTS_VI[m["part"]]
    if m["part"] and _ON.get(_BALMS[balm], m["part"]) != m["part"]:
        return None
    put = f"bôi {balm}{' vào ' + part if part else ''}"
    return f"Nhớ {put} nhé." if m["remember"] else f"Bạn nên {put}." if m["should"] else capitalised(f"{put} đi.")


def _put_vi(text: str) -> str | None:
    """"I put on lip balm every day." as "Tôi bôi son dưỡng mỗi ngày.", "My mother often puts on moisturiser before
    bed." as "Mẹ tôi hay bôi kem dưỡng ẩm trước khi đi ngủ.", "I'm putting on lip balm." as "Tôi đang bôi son
    dưỡng.", "I've just put on lip balm." as "Tôi vừa bôi son dưỡng.", "Have you put on lip balm yet?" as "Bạn bôi
    son dưỡng chưa?" (_PUT_EN); None for anything else, a verb not agreeing with who, "I put on lip balm." (now, or
    done?), another's lips ("I … her lips"), and "his" or "her" lips of a name or of kin not sexed ("Tom … her
    lips")."""
    m = _PUT_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux, adv, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").split()), (m["adv"] or "").lower(), m["verb"]
    asked, balm = "?" in m["end"], _BALMS_VI[(m["balm"] or m["balm2"]).lower()]
    if bool(q) != asked or q and aux or asked and who_ == "tôi":
        return None
    part = ""
    if m["part"]:  # (their own: "She puts lip balm on her lips", not "on my lips")
        if _ON.get(_BALMS[balm], m["part"]) != m["part"] or own_thing(m, who_, one) is not True:
            return None
        # ("Tom … her lips": another's; English does not say a name's sex, nor a friend's)
        if m["owner"].lower() in ("his", "her") and not m["who"] and his_her(who_) is None:
            return None
        part = f" vào {_PARTS_VI[m['part']]}"
    put, end = f"bôi {balm}{part}", stop(m["end"])
    every = m["every"] and _TIMES_VI[m["every"].lower()]
    have = aux.replace("'ve", "have").replace("'s", "has")
    if verb == "putting":  # (now: "I'm putting on …")
        if q or adv or every or m["yet"] or not aux or be_said(aux) != ("is" if one else "am" if who_ == "tôi" else
                                                                         "are"):
            return None
        return capitalised(f"{who_} đang {put}{end}")
    if verb == "puts" and (q or aux or not one) or verb == "put" and not (q or aux) and one:
        return None
    if q in ("have", "has") or have in ("have", "has", "haven't", "hasn't", "have not", "has not"):
        first = (q or have).split()[0].replace("n't", "")
        if first != ("has" if one else "have") or every:
            return None
        if q:
            return capitalised(f"{who_} {put} chưa?") if m["yet"] and not adv else None
        if "not" in have or "n't" in have:
            return capitalised(f"{who_} chưa {put}{end}") if m["yet"] and not adv else None
        return None if m["yet"] else capitalised(f"{who_} vừa {put}{end}") if adv == "just" else \
            capitalised(f"{who_} {put} rồi{end}") if adv == "already" else None
    often = HABIT_VI.get(adv) if adv else ""
    if aux or m["yet"] or often is None or not (often or every) or q == "does" and not one or q == "do" and one:
        return None
    if q:
        return None if often == "không bao giờ" else \
            capitalised(f"{who_} có {often + ' ' if often else ''}{put}{' ' + every if every else ''} không?")
    return capitalised(f"{who_} {often + ' ' if often else ''}{put}{' ' + every if every else ''}{end}")
