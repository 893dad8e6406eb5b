"""How many people a family has, and how many brothers, sisters and children someone has (and which children are boys
and girls), and whether someone is married, said or asked, both ways; a death in the family, the year of a wedding,
where someone lives and what pets they keep, Vietnamese to English; written whole by rule. v6 read "nhà" as a house and
lost the count asked: "Nhà tôi có bốn người." → "My house has four people.", "Nhà bạn có mấy người?" → "What do you
have?", "Bạn có mấy con?" → "What do you have?", "Tôi có ba anh chị em." → "I have three brothers."; "How many people
are there in your family?" → "Bạn có bao nhiêu người ở gia đình mình không?", "How many brothers and sisters do you
have?" → "Bạn có bao nhiêu anh em và chị em gái không?"; it read "mất" (died) as lost: "Ông tôi mất được 10 năm rồi." →
"I have lost for 10 years.", "Bà tôi mất năm 2015." → "She lost by 2015."; and it wrote "Tôi đã lập gia đình rồi." as "I
found my family.", "Tôi sống ở Hà Nội." as "I lived in Hanoi.", "Tôi nuôi một con chó." as "I'm a dog.", and "Is she
married?" as "Bà ta có kết hôn không?".

Who is a pronoun (mt.ever.PRONOUNS: "anh", "chị" … asking the speaker are "you") or kin with whose after it
(mt.hobbies.WHO: "Chị gái tôi"), whose one of mt.terms.OWNERS. mt.phrasebook.translate tries these after
mt/people.py.

    >>> translate("Nhà bạn có mấy người?", "vi", "en"), translate("I have two brothers and sisters.", "en", "vi")
    ('How many people are there in your family?', 'Tôi có hai anh chị em.')
"""
from __future__ import annotations

import re

from .dates import SPAN, span
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, EN_TO_VI, VI_NUMBER_WORDS, VI_TO_EN
from .patterns import a_place
from .people import COUNTRIES, NAMED_WHO, kin_alternatives
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI
from .text import EN_WHO_VI, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

_N = rf"(?P<n>\d{{1,2}}|{'|'.join(w for w in VI_TO_EN if w != 'một')})"
_ASK = r"(?P<ask>mấy|bao\s+nhiêu)"
# the family's size ("Nhà tôi có bốn người.")
_HOUSEHOLD = lazy(rf"(?i:nhà|gia\s+đình)\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))\s+có\s+"
                  rf"(?:{_N}|{_ASK})\s+(?:người|thành\s+viên){SOFTENED_END}")
# what someone has: brothers and sisters, children ("Tôi có ba anh chị em.", "Bạn có mấy con?")
_KIN = {"anh chị em": "brothers and sisters", "anh chị em ruột": "brothers and sisters", "con": "children",
        "đứa con": "children", "người con": "children"}
# ... and which of the children are boys and girls ("Tôi có hai con, một trai một gái." → "I have two children, one
# girl.", the boy lost; "I have two children, a boy and a girl." → "… một cậu bé và một cô gái.", a boy and a young
# woman): each count a word of _SEXES, the counts adding up to the children's
_SEXES = {"một": 1, "hai": 2, "ba": 3, "a": 1, "one": 1, "two": 2, "three": 3}
_SEX_VI = r"(?:một|hai|ba)\s+(?:trai|gái)"
_BOYS_GIRLS = rf"(?:\s*,\s*(?P<sexes>{_SEX_VI}(?:\s*(?:,|và)?\s*{_SEX_VI})?))?"
_SEX_EN = r"(?:an?|one|two|three)\s+(?:boys?|girls?|sons?|daughters?)"
_BOYS_GIRLS_EN = rf"(?:\s*,\s*(?P<sexes>{_SEX_EN}(?:\s+and\s+{_SEX_EN})?))?"
_HAS = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+"
            rf"(?:(?:{_N}|{_ASK}|(?P<one>một))\s+)?(?P<what>{alternatives(_KIN)})(?:\s+(?P<any>nào))?"
            rf"{_BOYS_GIRLS}{SOFTENED_END}")
# a death in the family (kin only: "Tôi mất chìa khóa rồi." is a key lost, and a pet may be lost): when, as long ago
# as "được … rồi" or "cách đây" says, in a year, or "đã", "rồi" (has passed away); not a span alone ("mất 10 năm" may
# be the time it took)
_KIN_DYING = kin_alternatives(k for k in NAMED_WHO if k not in ("con chó", "con mèo"))
_DIED = lazy(rf"(?P<kin>(?i:{_KIN_DYING}))\s+(?:của\s+)?"
             rf"(?P<whose>(?i:{alternatives(OWNERS)}))\s+(?P<has>đã\s+)?(?:mất|qua\s+đời)"
             rf"(?:\s+(?:(?P<how>được|cách\s+đây)\s+)?{SPAN}(?:\s+(?P<ago>rồi|trước(?:\s+đây)?))?"
             rf"|\s+(?:vào\s+)?năm\s+(?P<year>\d{{4}})|\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")
# married or single, said or asked ("Tôi đã lập gia đình rồi." → "I found my family.", "Anh ấy vẫn còn độc thân." →
# "He was still poisonous.", "Bạn lập gia đình chưa?" → "Are you a family?"): who of mt.hobbies.WHO
_WED = r"(?:lập\s+gia\s+đình|kết\s+hôn|lấy\s+vợ|lấy\s+chồng|có\s+gia\s+đình|có\s+vợ|có\s+chồng)"
# ... with children (v7: "Tôi đã lập gia đình và có hai con." → "I found my family and two children."; "I'm married
# with two children." → "Tôi đã kết hôn với hai con.", married to them)
_KIDS = rf"(?P<kids>\d{{1,2}}|{'|'.join(VI_TO_EN)})"
_MARRIED = lazy(rf"{WHO}\s+(?:(?P<not>chưa)\s+|(?P<has>đã)\s+)?(?P<wed>{_WED})"
                rf"(?:\s+(?P<done>rồi)|\s+(?P<asked>chưa)|\s*,?\s+(?:và\s+)?(?:có\s+)?{_KIDS}\s+(?:đứa\s+)?con)?"
                + SOFTENED_END)
_SINGLE = lazy(rf"{WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?độc\s+thân(?:\s+(?P<asked>không))?{SOFTENED_END}")
# ... and the year of the wedding ("Họ kết hôn năm 2010." → "They married 2010.")
_WED_IN = lazy(rf"{WHO}\s+(?:đã\s+)?(?:cưới\s+nhau|lấy\s+nhau|kết\s+hôn)\s+(?:vào\s+)?năm\s+(?P<year>\d{{4}})"
               r"\s*(?P<end>[.!]*)")
# ... and the other way ("Is she married?" → "Bà ta có kết hôn không?", "Are you single?" → "Bạn có đơn không?")
_MARRIED_EN = lazy(rf"(?:(?P<asked>Is|Are)\s+)?{WHO_EN}(?(asked)|\s*(?:['’]s|['’]m|['’]re|\s+is|\s+am|\s+are))"
                   r"\s+(?:(?P<not>not)\s+)?(?:(?P<still>still)\s+)?"
                   r"(?P<state>married|single)(?:\s+(?P<yet>yet)|\s+with\s+(?P<kids>\w+)\s+"
                   r"(?:children|kids|child))?\s*(?P<end>[.!?]*)")
# where someone lives, or that they live alone ("Tôi sống ở Hà Nội." → "I lived in Hanoi.", "Gia đình tôi sống ở
# Huế." → "My family lived in Hue.", "Tôi sống một mình." → "I lived alone."): who of mt.hobbies.WHO or someone's
# family, a place by its name that mt.patterns.a_place knows, a country of mt.people.COUNTRIES or one of _HOMES
_HOMES = {"quê": "in the countryside", "nông thôn": "in the countryside", "thành phố": "in the city",
          "gần đây": "near here"}
_LIVES = lazy(rf"(?:{WHO}|(?P<family>(?i:gia\s+đình|nhà))\s+(?:của\s+)?(?P<family_whose>(?i:"
              rf"{alternatives(OWNERS)})))\s+(?:(?P<still>vẫn|vẫn\s+còn)\s+)?sống\s+"
              rf"(?:(?:ở|tại)\s+(?P<place>[^,.!?]+?)|(?P<near>gần\s+đây)|(?P<alone>một\s+mình))"
              r"(?:\s+(?:ạ|nhé))?\s*(?P<end>[.!]*)")
# pets kept, counted ("Tôi nuôi một con chó." → "I'm a dog.", "Nhà tôi nuôi hai con mèo." → "My home has two cats."):
# who as for _LIVES, each animal of PETS after its count and "con"
PETS = {"chó": ("dog", "dogs"), "mèo": ("cat", "cats"), "cá": ("fish", "fish"), "cá vàng": ("goldfish", "goldfish"),
         "chim": ("bird", "birds"), "gà": ("chicken", "chickens"), "thỏ": ("rabbit", "rabbits"),
         "rùa": ("turtle", "turtles"), "vẹt": ("parrot", "parrots"), "hamster": ("hamster", "hamsters"),
         "lợn": ("pig", "pigs"), "heo": ("pig", "pigs"), "bò": ("cow", "cows"), "vịt": ("duck", "ducks")}
_PET = rf"(?:\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+con\s+(?:{alternatives(PETS)})"
_KEEPS = lazy(rf"(?:{WHO}|(?P<family>(?i:gia\s+đình|nhà))\s+(?:của\s+)?(?P<family_whose>(?i:"
              rf"{alternatives(OWNERS)})))\s+(?:có\s+)?nuôi\s+(?P<pets>{_PET}(?:\s*(?:,|và)\s*{_PET})*)"
              r"\s*(?P<end>[.!]*)")
_N_EN = rf"(?P<n>\d{{1,2}}|{'|'.join(w for w in EN_TO_VI if w != 'one')})"
_KIN_EN = {"brothers and sisters": "anh chị em", "siblings": "anh chị em", "children": "con", "kids": "con"}
_WHO_EN = alternatives(EN_WHO_VI)
_HAS_EN = [lazy(rf"(?:There\s+are\s+{_N_EN}\s+(?:people|of\s+us)\s+in\s+(?P<whose>my|your|his|her|our|their)\s+"
                r"family|(?P<ask>How\s+many\s+people\s+are\s+there)\s+in\s+(?P<whose2>your|his|her|their)\s+"
                r"family)\s*[.!?]*"),
           lazy(rf"(?P<ask>How\s+many)\s+(?P<what>{alternatives(_KIN_EN)})\s+(?P<does>do|does)\s+"
                rf"(?P<who>{_WHO_EN})\s+have\s*\?+"),
           lazy(rf"{WHO_EN}\s+(?:(?P<not>(?:do|does)\s+not|don['’]t|doesn['’]t)\s+have\s+any|"
                rf"ha(?:ve|s)\s+{_N_EN})\s+(?P<what>{alternatives(_KIN_EN)}|brothers\s+or\s+sisters)"
                rf"{_BOYS_GIRLS_EN}\s*[.!]*")]


# how long people have known each other (v7: "Chúng tôi đã quen nhau mười năm rồi." → "We used ten years.", "Các bạn
# quen nhau bao lâu rồi?" → …): we, they, or you asked
_EACH_OTHER = {"chúng tôi": "we", "chúng ta": "we", "chúng mình": "we", "họ": "they", "hai người": "you",
               "hai bạn": "you", "các bạn": "you"}
_EACH_OTHER_VI = {"we": "chúng tôi", "they": "họ", "you": "các bạn"}
_KNOWN = lazy(rf"(?P<who>(?i:{alternatives(_EACH_OTHER)}))\s+(?:đã\s+)?quen\s+(?:biết\s+)?nhau\s+"
              rf"(?:(?:được\s+)?{SPAN}|từ\s+năm\s+(?P<year>(?:19|20)\d\d)|(?P<ask>bao\s+lâu))"
              r"(?:\s+rồi)?(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_UNITS_VI = {"year": "năm", "month": "tháng", "week": "tuần", "day": "ngày"}
_KNOWN_EN = lazy(r"(?:How\s+long\s+have\s+(?P<asked>you|they)|(?P<who>We|They|You)(?:['’]ve|\s+have))\s+known"
                 r"\s+each\s+other(?(asked)\s*\?+|\s+(?:for\s+(?P<n>\d{1,3}|a\s+few|"
                 rf"{alternatives(EN_TO_VI)})\s+(?P<u>{alternatives(_UNITS_VI)})s?|"
                 r"since\s+(?P<year>(?:19|20)\d\d))\s*[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how many people a family has, how many brothers and sisters
    or children someone has, or whether someone is married (and the rest of the module's shapes); None for any
    other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return (_household(text) or _has(text) or _died(text) or _married(text) or _wed_in(text) or _lives(text)
                or _keeps(text) or _known(text))
    return _has_vi(text) or _married_vi(text) or _known_vi(text) if (src, tgt) == ("en", "vi") else None


def _household(text: str) -> str | None:
    """"Nhà tôi có bốn người." as "There are four people in my family." (_HOUSEHOLD); None for anything else."""
    m = _HOUSEHOLD.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    whose = OWNERS[keyed(m["whose"])]
    if m["ask"]:
        return f"How many people are there in {whose} family?"
    return f"There are {VI_TO_EN.get(m['n'].lower(), m['n'])} people in {whose} family."


def _has(text: str) -> str | None:
    """"Tôi có ba anh chị em." as "I have three brothers and sisters.", "Bạn có mấy con?" as "How many children do you
    have?", "Tôi không có anh chị em nào." as "I don't have any brothers or sisters." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or bool(m["not"]) != bool(m["any"]) \
            or m["not"] and (m["n"] or m["one"] or m["ask"]) or not (m["n"] or m["one"] or m["ask"] or m["not"]):
        return None
    said = who(m, bool(m["ask"]))
    if said is None or said[0] == "you" and not m["ask"]:
        return None  # "anh", "chị" … are "you" only asking
    who_, one = said
    kin = _KIN[keyed(m["what"])]
    if m["ask"]:
        return f"How many {kin} {'does' if one else 'do'} {who_} have?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have any {kin.replace(' and ', ' or ')}.")
    has = "has" if one else "have"
    if m["sexes"]:
        sexes = _sexes(m["sexes"], m["n"], "en") if kin == "children" else None
        return sexes and capitalised(f"{who_} {has} {VI_TO_EN.get(m['n'].lower(), m['n'])} children, {sexes}.")
    if m["one"]:
        said = {"children": "one child", "brothers and sisters": "one brother or sister"}[kin]
        return capitalised(f"{who_} {has} {said}.")
    return capitalised(f"{who_} {has} {VI_TO_EN.get(m['n'].lower(), m['n'])} {kin}.")


def _has_vi(text: str) -> str | None:
    """"How many people are there in your family?" as "Gia đình bạn có mấy người?", "How many siblings do you have?"
    as "Bạn có mấy anh chị em?", "I have two children." as "Tôi có hai con." (_HAS_EN); None for anything else."""
    m = next((m for p in _HAS_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    found = m.groupdict()
    if m.re == _HAS_EN[0]:  # a household
        whose = WHOSE_VI[(m["whose"] or m["whose2"]).lower()]
        if m["ask"]:
            return f"Gia đình {whose} có mấy người?"
        return f"Gia đình {whose} có {EN_TO_VI.get(m['n'].lower(), m['n'])} người."
    who = EN_WHO_VI[m["who"].lower()] if m["who"] else who_vi(m)[0]
    kin = _KIN_EN.get(m["what"].lower(), "anh chị em")
    if found.get("ask"):
        return capitalised(f"{who} có mấy {kin}?")
    if found.get("not"):
        return capitalised(f"{who} không có {kin} nào.")
    if found.get("sexes"):
        sexes = _sexes(m["sexes"], m["n"], "vi") if kin == "con" else None
        return sexes and capitalised(f"{who} có {EN_TO_VI.get(m['n'].lower(), m['n'])} con, {sexes}.")
    return capitalised(f"{who} có {EN_TO_VI.get(m['n'].lower(), m['n'])} {kin}.")


def _sexes(said: str, n: str, tgt: str) -> str | None:
    """Which children are boys and girls ("một trai một gái", "a boy and a girl") in `tgt`; None where the counts do
    not add up to `n`, the children's count, or a sex is said twice."""
    parts = re.findall(r"(\w+)\s+(trai|gái|boy|girl|son|daughter)", said)
    words = VI_NUMBER_WORDS if tgt == "en" else EN_NUMBER_WORDS
    total = int(n) if n.isdigit() else words.index(n.lower()) if n.lower() in words else 0
    sexes = [{"trai": "boy", "son": "boy", "gái": "girl", "daughter": "girl"}.get(sex, sex) for _, sex in parts]
    if sum(_SEXES[count.lower()] for count, _ in parts) != total or len(set(sexes)) != len(sexes):
        return None
    if tgt == "vi":
        return " ".join(f"{EN_TO_VI.get(count.lower(), 'một')} {'trai' if sex == 'boy' else 'gái'}"
                        for (count, _), sex in zip(parts, sexes))
    said = [f"a {sex}" if _SEXES[count] == 1 else f"{VI_TO_EN[count]} {sex}s" for (count, _), sex in zip(parts, sexes)]
    return " and ".join(said)


def _died(text: str) -> str | None:
    """"Ông tôi mất được 10 năm rồi." as "My grandfather died 10 years ago.", "Bà tôi mất năm 2015." as "My
    grandmother died in 2015.", "Ông tôi đã mất." as "My grandfather has passed away." (_DIED); None for anything
    else."""
    m = _DIED.fullmatch(text)
    if not m or m["n"] and not (m["how"] or m["ago"]):
        return None
    who = f"{OWNERS[keyed(m['whose'])]} {NAMED_WHO[keyed(m['kin'])]}"
    if m["n"]:
        return capitalised(f"{who} died {span(m)} ago.")
    if m["year"]:
        return capitalised(f"{who} died in {m['year']}.")
    return capitalised(f"{who} {'has passed away' if m['has'] or m['done'] else 'died'}.")


def _married(text: str) -> str | None:
    """"Tôi đã lập gia đình rồi." as "I'm married.", "Anh ấy vẫn còn độc thân." as "He's still single.", "Bạn lập gia
    đình chưa?" as "Are you married?" (_MARRIED, _SINGLE); None for anything else."""
    m = _MARRIED.fullmatch(text) or _SINGLE.fullmatch(text)
    asked = bool(m and m["asked"])
    if m is None or "?" in m["end"] and not asked or (said := who(m, asked)) is None:
        return None  # (a question typed without "?" is still one: "Bạn có gia đình chưa")
    married = m.re == _MARRIED
    if married and not (m["not"] or m["has"] or m["done"] or asked or m["wed"].startswith("có")):
        return None  # ("Tôi kết hôn." may be a wedding to come)
    if married and m["kids"]:  # ("… và có hai con.")
        if m["not"] or "?" in m["end"]:
            return None
        n = VI_TO_EN.get(keyed(m["kids"]), m["kids"])
        kids = "a child" if n in ("one", "1") else f"{n} children"
        return capitalised(contracted(said[0], f"{be(said[0])} married with {kids}{m['end'] or '.'}"))
    whom, verb = said[0], be(said[0])
    state, still = ("married", "") if married else ("single", "still " if m["still"] else "")
    if asked:
        return f"{capitalised(verb)} {whom} {still}{state}?"
    if married and m["not"]:
        return "I'm not married yet." if whom == "I" else capitalised(f"{whom} {verb}n't married yet.")
    return capitalised(contracted(whom, f"{verb} {still}{state}."))


def _wed_in(text: str) -> str | None:
    """"Họ cưới nhau năm 2010." as "They got married in 2010." (_WED_IN); None for anything else."""
    m = _WED_IN.fullmatch(text)
    if m is None or (said := who(m, False)) is None:
        return None
    return capitalised(f"{said[0]} got married in {m['year']}{m['end'] or '.'}")


def _married_vi(text: str) -> str | None:
    """"Is she married?" as "Cô ấy đã lập gia đình chưa?", "I'm not married yet." as "Tôi chưa lập gia đình.", "He's
    still single." as "Anh ấy vẫn còn độc thân." (_MARRIED_EN); None for anything else."""
    m = _MARRIED_EN.fullmatch(text)
    if m is None or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["not"]:
        return None
    who_, one = who_vi(m)
    if m["asked"] and (m["asked"] == "Is") != one or m["who"] and m["who"].lower() == "i" and m["asked"]:
        return None  # ("Are he married?", "Is I married?")
    if m["kids"]:  # ("I'm married with two children.")
        n = {"a": "một", "one": "một"}.get(m["kids"].lower()) or EN_TO_VI.get(m["kids"].lower()) or \
            (m["kids"] if m["kids"].isdigit() else None)
        if not n or m["asked"] or m["not"] or m["state"] != "married":
            return None
        return capitalised(f"{who_} đã lập gia đình và có {n} con{m['end'] or '.'}")
    if m["state"] == "single":
        still = "vẫn còn " if m["still"] else "còn " if m["asked"] else ""  # ("Bạn còn độc thân không?")
        return capitalised(f"{who_} {still}độc thân{' không?' if m['asked'] else '.'}")
    if m["asked"]:
        return capitalised(f"{who_} đã lập gia đình chưa?")
    return capitalised(f"{who_} {'chưa' if m['not'] else 'đã'} lập gia đình{'.' if m['not'] else ' rồi.'}")


def _lives(text: str) -> str | None:
    """"Tôi sống ở Hà Nội." as "I live in Hanoi.", "Gia đình tôi vẫn sống ở quê." as "My family still lives in the
    countryside.", "Tôi sống một mình." as "I live alone." (_LIVES); None for anything else."""
    m = _LIVES.fullmatch(text)
    if m is None:
        return None
    if (said := _whom(m)) is None:
        return None
    whom, third = said
    if m["place"]:
        place = " ".join(m["place"].split())
        named = a_place(place, "vi", "en") or ""  # (by its name: "ở khách sạn" is a hotel, said with "a" or "the")
        found = COUNTRIES.get(place) or named[:1].isupper() and named
        where = _HOMES.get(keyed(place)) or found and f"in {found}"
    else:
        where = "near here" if m["near"] else "alone"
    if not where:
        return None
    still = "still " if m["still"] else ""
    return capitalised(f"{whom} {still}{'lives' if third else 'live'} {where}{m['end'] or '.'}")


def _keeps(text: str) -> str | None:
    """"Tôi nuôi một con chó." as "I have a dog.", "Nhà tôi nuôi hai con mèo và một con chó." as "My family has two
    cats and a dog." (_KEEPS); None for anything else."""
    m = _KEEPS.fullmatch(text)
    whom = _whom(m) if m else None
    if whom is None:
        return None
    pets = [_pet(said) for said in re.split(r"\s*(?:,|\bvà\b)\s*", m["pets"])]
    listed = ", ".join(pets[:-1]) + " and " + pets[-1] if len(pets) > 1 else pets[0]
    return capitalised(f"{whom[0]} {'has' if whom[1] else 'have'} {listed}{m['end'] or '.'}")


def _pet(said: str) -> str:
    """"hai con mèo" as "two cats", "một con chó" as "a dog"."""
    n, _, animal = said.split(maxsplit=2)
    one, many = PETS[keyed(animal)]
    count = VI_TO_EN.get(n.lower(), n)
    return f"{'an' if one[0] in 'aeiou' else 'a'} {one}" if count in ("one", "1") else f"{count} {many}"


def _whom(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _LIVES or _KEEPS in English, and whether English says it with "-s" ("my family", "he");
    None for a word of kinship that is "you" only asking."""
    if m["family"]:
        return f"{OWNERS[keyed(m['family_whose'])]} family", True
    return who(m, False)  # (its second value, "does", is the "-s")


def _known(text: str) -> str | None:
    """"Chúng tôi đã quen nhau mười năm rồi." as "We've known each other for ten years.", "… từ năm 2010" as "since
    2010", "Các bạn quen nhau bao lâu rồi?" as "How long have you known each other?" (_KNOWN); None for anything
    else, and for "we" asked or "you" said."""
    m = _KNOWN.fullmatch(text)
    who_ = m and _EACH_OTHER[keyed(m["who"])]
    if not m or bool(m["ask"]) != ("?" in m["end"]) or who_ == "we" and m["ask"] or who_ == "you" and not m["ask"]:
        return None
    if m["ask"]:
        return f"How long have {who_} known each other?"
    since = f"since {m['year']}" if m["year"] else f"for {span(m)}"
    return capitalised(contracted(who_, f"have known each other {since}."))


def _known_vi(text: str) -> str | None:
    """"We've known each other for ten years." as "Chúng tôi quen nhau được mười năm rồi.", "How long have you known
    each other?" as "Các bạn quen nhau bao lâu rồi?" (_KNOWN_EN); None for anything else."""
    m = _KNOWN_EN.fullmatch(text)
    if m is None:
        return None
    if m["asked"]:
        return f"{capitalised(_EACH_OTHER_VI[m['asked']])} quen nhau bao lâu rồi?"
    who_ = capitalised(_EACH_OTHER_VI[m["who"].lower()])
    if m["year"]:
        return f"{who_} quen nhau từ năm {m['year']}."
    n = keyed(m["n"])
    n = "vài" if n == "a few" else EN_TO_VI.get(n, n)
    return f"{who_} quen nhau được {n} {_UNITS_VI[m['u'].lower()]} rồi."
