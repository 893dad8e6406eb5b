"""Errands run for someone, both ways, written whole by rule: asking you to go to the market or buy something for one
("… hộ tôi được không?"), or to pick it up on your way ("tiện đường"), who asked someone (a neighbour) to do it for
them ("nhờ … đi chợ hộ"), who bought something or went to the market for someone ("mua hộ mẹ"), and a parent sending
a child ("Con đi mua hộ mẹ …"). v8 (every other rule on) reads "hộ" as a house, "ít" as little, "tiện đường" as
utilities, and "ask" as "hỏi": "Tôi nhờ hàng xóm đi chợ hộ." → "I asked the neighbor to go to the house.", "Mẹ tôi
nhờ tôi mua hộ ít rau." → "My mother bought me little vegetables.", "Tôi đã nhờ anh ấy mua hộ bánh mì." → "I thanked
him to buy bread.", "Tôi mua hộ mẹ ít rau." → "I bought my mother little vegetables.", "Tiện đường mua giúp tôi bánh
mì nhé." → "Utilities help me bread.", "Con đi mua hộ mẹ chai nước mắm." → "I went to buy the bottle fish sauce.",
"Tôi đã đi chợ hộ mẹ." → "I went to my mother's market."; "I asked my neighbour to go to the market for me." → "Tôi
hỏi láng giềng của tôi đi đến thị trường cho tôi.", "Could you pick up some bread for me on your way?" → "Bạn chọn
một chút bánh mì cho tôi trên đường của mình?", "Go to the market for me." → "Đi đến thị trường cho tôi.".

Taken: "you" ("Bạn", or no one) asked to go to the market, go and buy, or buy something (mt.shopping.BOUGHT: some,
a bottle, packet or kilo of, so many eggs) for me, us or someone (mt.hobbies.SOMEONE): "… được không?", "có thể …
không?" ("Can you …?"), "… nhé", "… với" ("Could you …?"), or to pick it up on the way (home) ("Tiện đường mua giúp
tôi bánh mì nhé."); who (mt.hobbies.WHO, WHO_EN) asked, has just asked or will ask someone, or the neighbour, to do
it for them ("nhờ … hộ"); who bought something for someone (bare: bought; "đã", "vừa", "… rồi", "sẽ", "đang",
"chưa", asked with "chưa?") or went to the market for them ("đã": went); "Con" sent by "mẹ", "bố", "Cháu" by "ông",
"bà" ("Go and buy … for me."). English: "Can/Could you …?" (with "on your way": "Tiện đường …"), "asked … to …
for me", "bought/went to the market for …" in the tenses above, "Go and buy … for me." (as "Đi mua giúp tôi … nhé.":
who speaks is not known, so no "con … mẹ").
Left: "đi chợ hộ" with no tense ("Tôi đi chợ hộ mẹ.": now, or then?), "mua hộ" for "bạn" or by "bạn" with no tense
(an offer? a request?), "có … không?" (did, or will?), "không" denied (didn't, or won't?), "bà", "ông" alone as whom
("you", to an old lady?), "ba" alone ("mua hộ ba cân gạo": for Dad, or three kilos?), "Con đi chợ hộ mẹ nhé." (a
child offering?), a name asking for whom (him or her?), a name asking for "him" or "her" that does not fit it ("Lan
asked me … for him": another), for whom the one asked or who did it ("nhờ Lan mua hộ Lan"), "his", "her" whose in
English ("for her grandmother": "bà cô ấy" reads as a great-aunt), a pet for whom in English ("for my dog": "cho",
not "hộ"), "the …" bought, offers ("Để tôi mua hộ bạn.": mt/offers.py), "Can you do the shopping for me?"
(mt/chores.py's, tried first, which writes "Bạn đi chợ hộ tôi được không?" as these do), going to the market to buy
(mt/shopping.py), running out (mt/supplies.py), a favour asked (mt/favours.py), picking someone up (mt/pickups.py),
the neighbours' noise (mt/neighbours.py), "anh", "chị", "em" alone, a pet running errands, and anything else.
mt.phrasebook.translate tries these after mt/herbal_medicine.py.

    >>> translate("Tôi mua hộ mẹ ít rau.", "vi", "en"), translate("Go to the market for me.", "en", "vi")
    ('I bought some vegetables for my mother.', 'Đi chợ giúp tôi nhé.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, his_her_of, pet, who, who_vi
from .lazy_re import lazy
from .names import named_his_her
from .numbers import EN_TO_VI, VI_TO_EN
from .people import NAMED_WHO
from .rule_keys import key_checked
from .shopping import BOUGHT, BOUGHT_VI
from .terms import his_her
from .text import EN_OBJECT, EN_WHOSE, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hộ|giúp|giùm)"), "en": lazy(r"(?i:market|buy|bought|pick\s+up)")}

# measures of what is bought (English one, many), and what each measures (a bottle of fish sauce, not of rice)
_UNITS = {"chai": ("bottle", "bottles"), "gói": ("packet", "packets"), "cân": ("kilo", "kilos"),
          "ký": ("kilo", "kilos"), "kg": ("kilo", "kilos")}
_UNITS_VI = {"bottle": "chai", "packet": "gói", "kilo": "cân"}
_MEASURED = {"bottle": {"nước mắm", "dầu ăn", "sữa", "bia", "nước rửa bát", "dầu gội"},
             "packet": {"mì tôm", "mì gói", "đường", "muối", "cà phê", "trà", "bột giặt"},
             "kilo": {"gạo", "thịt", "cá", "đường", "muối", "hoa quả", "trái cây"}}
# the errand, and its English: base, past, participle, "-ing" ("{}" is what is bought)
_ERRANDS = {"đi chợ": ("go to the market", "went to the market", "been to the market", "going to the market"),
            "mua": ("buy {}", "bought {}", "bought {}", "buying {}"),
            "đi chợ mua": ("go to the market and buy {}",), "ra chợ mua": ("go to the market and buy {}",),
            "đi mua": ("go and buy {}",)}
_ERRANDS_VI = {"go to the market": "đi chợ", "go to the market and buy": "đi chợ mua", "go and buy": "đi mua",
               "buy": "mua", "pick up": "mua"}
_FOR = r"(?:hộ|giúp|giùm)"
_ME = r"(?P<me>tôi|mình|tớ|chúng\s+tôi|chúng\s+mình)"
_ME_EN = {"tôi": "me", "mình": "me", "tớ": "me", "chúng tôi": "us", "chúng mình": "us"}
# who sends, and whom ("ba", father, is left: "mua hộ ba cân gạo" may be three kilos)
_PARENTS = {"mẹ": "con", "bố": "con", "ông": "cháu", "bà": "cháu"}
_END = r"(?:\s+ạ)?\s*(?P<end>[.!?]*)"


def _thing(tag: str) -> str:
    """What is bought, in Vietnamese, its groups ending in `tag`: "ít rau", "chai nước mắm", "hai cân gạo", "mười quả
    trứng", "bánh mì"."""
    return (rf"(?:(?P<some{tag}>(?:một\s+)?ít)\s+|(?:(?P<n{tag}>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+)?"
            rf"(?P<unit{tag}>{alternatives(_UNITS)}|quả)\s+)?(?P<thing{tag}>(?i:{alternatives(BOUGHT)}))")


def _thing_en(tag: str) -> str:
    """What is bought, in English, its groups ending in `tag`: "some vegetables", "a bottle of fish sauce", "two kilos
    of rice", "ten eggs", "bread"."""
    return (rf"(?:(?P<some{tag}>some|any)\s+|(?P<n{tag}>a|\d{{1,2}}|{alternatives(EN_TO_VI)})\s+"
            rf"(?:(?P<unit{tag}>bottles?|packets?|kilos?)\s+of\s+)?)?(?P<thing{tag}>{alternatives(BOUGHT_VI)})")


_ERRAND = rf"(?P<errand>(?i:{alternatives(_ERRANDS)}))"
_FOR_WHOM = WHOM.replace("?P<whom>", "?P<for>")
_THINGS = rf"(?:\s+{_thing('0')})?\s+{_FOR}", rf"(?:\s+{_thing('1')})?"
# "you" asked ("Bạn mua hộ tôi ít rau được không?", "Mua giúp tôi bánh mì nhé."), or on the way ("Tiện đường …")
_ASK = lazy(rf"(?:(?P<you>[Bb]ạn)\s+)?(?:(?P<can>có\s+thể)\s+)?(?:(?P<way>(?i:tiện\s+đường))(?P<home>\s+về(?:\s+nhà)?)?"
            rf"\s+)?{_ERRAND}{_THINGS[0]}\s+(?:{_ME}|(?P<for>{SOMEONE})){_THINGS[1]}"
            rf"(?:\s+(?P<tail>được\s+không|không|nhé|nha|với)){_END}")
# who asked someone to do it ("Tôi nhờ hàng xóm đi chợ hộ.", "Mẹ tôi nhờ tôi mua hộ ít rau.")
_ASKED = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ)\s+)?nhờ\s+(?:(?P<nb>hàng\s+xóm)|{WHOM})\s+{_ERRAND}"
              rf"{_THINGS[0]}(?:\s+{_FOR_WHOM})?{_THINGS[1]}{_END}")
# who did it for someone ("Tôi mua hộ mẹ ít rau.", "Tôi đã đi chợ hộ mẹ.", "Bạn đã mua hộ mẹ tôi sữa chưa?")
_DID = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ|đang|chưa)\s+)?(?P<errand>(?i:đi\s+chợ|mua))"
            rf"{_THINGS[0]}\s+(?:(?P<bare>mẹ|bố)|{_FOR_WHOM}){_THINGS[1]}(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<asked>chưa))?{_END}")
# a parent or grandparent sending the child ("Con đi mua hộ mẹ chai nước mắm.")
_SEND = lazy(rf"(?P<child>[Cc]on|[Cc]háu)\s+{_ERRAND}{_THINGS[0]}\s+(?P<parent>(?i:{alternatives(_PARENTS)}))"
             rf"{_THINGS[1]}(?:\s+đi)?\s*(?P<end>[.!]*)")

# ... in English
_ERRAND_EN = rf"(?P<errand>(?i:{alternatives(_ERRANDS_VI)}))"
_FOR_EN = rf"for\s+(?:(?P<obj>me|us|him|her|them)|(?P<for>{SOMEONE_EN}))"
_CAN_EN = lazy(rf"(?:Can|Could)\s+you\s+(?:please\s+)?{_ERRAND_EN}(?:\s+(?P<me>me|us))?(?:\s+{_thing_en('0')})?"
               rf"(?:\s+{_FOR_EN})?(?P<way>\s+on\s+your\s+way(?P<home>\s+home)?)?(?:,?\s+please)?\s*\?")
_ASKED_EN = lazy(rf"{WHO_EN}(?P<aux>\s+has|\s+have|['’]ve|['’]s|\s+will|['’]ll)?(?:\s+(?P<just>just))?\s+"
                 rf"(?P<verb>asked|ask)\s+(?:(?P<nb>my|our|the|a)\s+neighbou?rs?|{WHOM_EN})\s+to\s+{_ERRAND_EN}"
                 rf"(?:\s+{_thing_en('0')})?\s+for\s+(?P<obj>me|us|him|her|them|you)\s*(?P<end>[.!]*)")
_DID_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)(?:\s+not|n['’]t)?|['’]ve|['’]s|\s+will|"
               r"['’]ll|\s+is|\s+am|\s+are|['’]m|['’]re)?(?:\s+(?P<adv>just|already))?\s+(?P<verb>bought|buy|buying|"
               rf"went|gone|been|go)\s+(?:(?P<market>to\s+the\s+market)|{_thing_en('0')})\s+{_FOR_EN}"
               r"(?:\s+(?P<yet>yet|already))?\s*(?P<end>[.!?]*)")
_GO_EN = lazy(rf"(?:Please\s+)?(?P<errand>(?i:go\s+to\s+the\s+market\s+and\s+buy|go\s+to\s+the\s+market|"
              rf"go\s+and\s+buy))(?:\s+{_thing_en('0')})?\s+for\s+(?P<obj>me|us)(?:,?\s+please)?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks you to run an errand for someone, says who asked someone to, or who
    went to the market or bought something for someone; None for any other."""
    if src == "vi":
        return _ask(text) or _asked(text) or _did(text) or _send(text)
    text = text.replace("’", "'")
    return _can_vi(text) or _asked_vi(text) or _did_vi(text) or _go_vi(text)


def _bought(m: re.Match, any_: bool = False) -> str | None:
    """What is bought in a match of _thing, in English ("some vegetables", "a bottle of fish sauce", "two kilos of
    rice", "ten eggs"; "any …" where `any_`); "" where nothing is said; None where both or neither of an errand to buy
    and a thing are said, or where a measure does not fit the thing ("a bottle of rice")."""
    tag = "0" if m["thing0"] else "1"
    buys = keyed(m["errand"]).endswith("mua")
    if bool(m["thing0"] and m["thing1"]) or buys != bool(m[f"thing{tag}"]):
        return None
    if not buys:
        return ""
    vi, unit, n = keyed(m[f"thing{tag}"]), keyed(m[f"unit{tag}"] or ""), m[f"n{tag}"]
    en = BOUGHT[vi]
    if not unit:
        return f"{'any' if any_ else 'some'} {en}"
    count = VI_TO_EN.get(keyed(n), n) if n else "one"
    if unit == "quả":  # (eggs counted: "mười quả trứng")
        return f"{count} eggs" if vi == "trứng" and count not in ("one", "1") else None
    one, many = _UNITS[unit]
    if vi not in _MEASURED[one]:
        return None
    return f"a {one} of {en}" if count in ("one", "1") else f"{count} {many} of {en}"


def _ask(text: str) -> str | None:
    """"Bạn mua hộ tôi ít rau được không?" as "Can you buy some vegetables for me?", "Mua giúp tôi bánh mì nhé." as
    "Could you buy some bread for me?", "Tiện đường mua giúp tôi bánh mì nhé." as "Could you pick up some bread for
    me on your way?" (_ASK); None for anything else, "không?" without "có thể", and "có thể" with "nhé"."""
    m = _ASK.fullmatch(text)
    if not m or (thing := _bought(m)) is None:
        return None
    tail, errand = keyed(m["tail"]), keyed(m["errand"])
    can = "Can" if tail in ("được không", "không") else "Could"
    if can == "Can" and "?" not in m["end"] or tail == "không" and not m["can"] or m["can"] and can == "Could" or (
            m["way"] and errand != "mua"):
        return None
    whom = _ME_EN[keyed(m["me"])] if m["me"] else as_whom(m["for"], "vi")
    if m["way"]:
        home = " home" if m["home"] else ""
        return f"Could you pick up {thing} for {whom} on your way{home}?"
    return f"{can} you {_ERRANDS[errand][0].format(thing).rstrip()} for {whom}?"


def _object(m: re.Match, who_: str) -> str | None:
    """Who of a match of WHO (`who_` in English) as whom: "me" for "I", "her" for "mẹ tôi"; None for a name alone
    (him or her?)."""
    if who_ in EN_OBJECT:
        return EN_OBJECT[who_]
    whose = his_her_of(m)
    return whose and {"his": "him", "her": "her"}[whose]


def _asked(text: str) -> str | None:
    """"Tôi nhờ hàng xóm đi chợ hộ." as "I asked my neighbour to go to the market for me.", "Mẹ tôi nhờ tôi mua hộ ít
    rau." as "My mother asked me to buy some vegetables for her.", "Tôi sẽ nhờ hàng xóm mua hộ sữa." as "I'll ask my
    neighbour to buy some milk for me." (_ASKED); None for anything else, "bạn" asked (you, or a friend?), "bạn"
    asking with no tense (ask your neighbour?), a name asking for whom (him or her?), a name said again as for whom
    (him or her?), the one asked as for whom ("nhờ Lan mua hộ Lan"), and a pet."""
    m = _ASKED.fullmatch(text)
    if not m or m["end"] not in ("", ".", "!") or animal(m) or (thing := _bought(m)) is None:
        return None
    said = who(m, False)
    if said is None or keyed(m["whom"] or "") == "bạn" or not m["tense"] and (
            said[0] == "you" or keyed(m["who"] or "") == "chúng ta"):
        return None  # (with no tense, "bạn" is told to and "chúng ta" suggests: "Let's ask …")
    who_, one = said
    if m["nb"]:
        whose = EN_WHOSE.get(who_) or his_her_of(m)
        whom = whose and f"{whose} neighbour"
    else:
        whom = as_whom(m["whom"], "vi")
    for_ = as_whom(m["for"], "vi") if m["for"] else _object(m, who_)
    if m["for"] and for_ == who_:  # (who said again: "Mẹ tôi nhờ tôi mua hộ mẹ tôi" is "… for her")
        for_ = _object(m, who_)
    if not (whom and for_) or whom in (EN_OBJECT.get(who_), for_):  # (a favour asked for the one asked: nonsense)
        return None
    tense = keyed(m["tense"] or "")
    verb = "will ask" if tense == "sẽ" else "asked" if tense in ("", "đã") else f"{'has' if one else 'have'} just asked"
    errand = _ERRANDS[keyed(m["errand"])][0].format(thing).rstrip()
    return capitalised(f"{contracted(who_, f'{verb} {whom} to {errand} for {for_}')}{stop(m['end'])}")


def _did(text: str) -> str | None:
    """"Tôi mua hộ mẹ ít rau." as "I bought some vegetables for my mother.", "Tôi đã đi chợ hộ mẹ." as "I went to the
    market for my mother.", "Anh ấy vừa mua hộ tôi hai cân gạo." as "He has just bought two kilos of rice for me.",
    "Bạn đã mua hộ mẹ tôi sữa chưa?" as "Have you bought any milk for my mother yet?" (_DID); None for anything
    else, "đi chợ" or "bạn" with no tense (now, or an offer?), "I" asked, who as for whom ("Lan mua hộ Lan"), and a
    pet."""
    m = _DID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or animal(m):
        return None
    tense, done, errand = keyed(m["tense"] or ""), bool(m["done"]), keyed(m["errand"])
    thing = _bought(m, asked or tense == "chưa")
    said = who(m, asked)
    if thing is None or said is None or asked and (said[0] == "I" or tense not in ("", "đã") or done):
        return None
    who_, one = said
    if m["bare"]:  # ("mẹ" alone is the speaker's mother after "tôi")
        whom = f"my {NAMED_WHO[keyed(m['bare'])]}" if who_ == "I" else None
    else:
        whom = as_whom(m["for"], "vi")
    plain = tense in ("", "đã") and not done and not asked
    if not whom or whom in (who_, EN_OBJECT.get(who_)):  # (for who themself: "Lan mua hộ Lan" is nonsense)
        return None
    if plain and not tense and (errand == "đi chợ" or who_ == "you" or "bạn" == keyed(m["for"] or "") or
                                "chúng ta" == keyed(m["who"] or "")):
        return None
    base, past, done_, doing = _ERRANDS[errand]
    rest = f" for {whom}"
    has = "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} {done_.format(thing).rstrip()}{rest} yet?"
    if tense == "chưa":
        said = f"{has}n't {done_.format(thing).rstrip()}{rest} yet" if not done else None
    elif tense in ("vừa", "mới", "vừa mới"):
        said = f"{has} just {done_.format(thing).rstrip()}{rest}" if not done else None
    elif tense == "sẽ":
        said = f"will {base.format(thing).rstrip()}{rest}" if not done else None
    elif tense == "đang":
        said = f"{'am' if who_ == 'I' else 'is' if one else 'are'} {doing.format(thing).rstrip()}{rest}" if not (
            done) else None
    elif done:
        said = f"{has} already {done_.format(thing).rstrip()}{rest}"
    else:
        said = f"{past.format(thing).rstrip()}{rest}"
    return said and capitalised(f"{contracted(who_, said)}{stop(m['end'])}")


def _send(text: str) -> str | None:
    """"Con đi mua hộ mẹ chai nước mắm." as "Go and buy a bottle of fish sauce for me.", "Con ra chợ mua hộ mẹ ít rau
    đi." as "Go to the market and buy some vegetables for me." (_SEND); None for anything else, and a child and a
    parent that do not go together ("Cháu … mẹ")."""
    m = _SEND.fullmatch(text)
    if not m or keyed(m["errand"]) == "mua" or _PARENTS[keyed(m["parent"])] != keyed(m["child"]):
        return None
    thing = _bought(m)
    if thing is None:
        return None
    return f"{capitalised(_ERRANDS[keyed(m['errand'])][0].format(thing).rstrip())} for me{stop(m['end'])}"


def _thing_vi(m: re.Match, some: bool) -> str | None:
    """What is bought in a match of _thing_en, in Vietnamese ("ít rau" where `some` and "some" is said, else "rau";
    "một chai nước mắm", "hai cân gạo", "mười quả trứng"); "" for nothing said; None where a count or a measure does
    not agree or fit ("two bottle of", "a bottle of rice", "a eggs")."""
    if not m["thing0"]:
        return ""
    vi, n, unit = BOUGHT_VI[keyed(m["thing0"])], (m["n0"] or "").lower(), (m["unit0"] or "").lower()
    if not n:
        return f"ít {vi}" if some and (m["some0"] or "").lower() == "some" else vi
    single = n in ("a", "one", "1")
    count = "một" if single else EN_TO_VI.get(n, n)
    if not unit:  # (eggs counted: "ten eggs")
        return f"{count} quả trứng" if vi == "trứng" and not single else None
    one = unit.rstrip("s")
    if (unit == one) != single or vi not in _MEASURED[one]:
        return None
    return f"{count} {_UNITS_VI[one]} {vi}"


def _whom_vi(m: re.Match, who_: str | None = None) -> str | None:
    """Whom of a match of _FOR_EN in Vietnamese ("me" as "tôi", "my mother" as "mẹ tôi"; "mẹ" alone after "tôi", as
    Vietnamese says the speaker's mother); None where it is who themself (`who_`: "I … for me"), for whose "his",
    "her", "their" (whose?), and for a pet ("my dog")."""
    if m["for"] and m["for"].split()[0].lower() in ("his", "her", "their"):
        return None  # (whose? "bà cô ấy" reads as a great-aunt, "bà" alone as the speaker's)
    if pet(m["for"], "en"):
        return None  # ("mua hộ con mèo" is on its behalf: food for a pet is bought "cho" it)
    said = as_whom(m["obj"] or m["for"], "en")
    if said is None or who_ is not None and said == who_:
        return None
    if who_ == "tôi" and said in ("mẹ tôi", "bố tôi"):
        return said.split()[0]
    return said


def _can_vi(text: str) -> str | None:
    """"Can you buy some vegetables for me?" as "Bạn mua giúp tôi ít rau được không?", "Could you buy me bread?" as
    "Bạn mua giúp tôi bánh mì được không?", "Could you pick up some bread for me on your way?" as "Tiện đường mua
    giúp tôi bánh mì nhé." (_CAN_EN); None for anything else, both or neither of "me" and "for me", and a thing
    with no errand to buy ("go to the market some bread")."""
    m = _CAN_EN.fullmatch(text)
    if not m or bool(m["me"]) == bool(m["obj"] or m["for"]):
        return None
    errand = _ERRANDS_VI[keyed(m["errand"])]
    thing = _thing_vi(m, not m["way"])  # ("on your way": "Tiện đường mua giúp tôi bánh mì nhé.")
    if thing is None or errand.endswith("mua") != bool(thing) or m["me"] and errand != "mua" or (
            m["way"] and errand != "mua" or keyed(m["errand"]) == "pick up" and m["me"]):
        return None
    whom = {"me": "tôi", "us": "chúng tôi"}[m["me"].lower()] if m["me"] else _whom_vi(m)
    if whom is None:
        return None
    if m["way"]:
        return f"Tiện đường{' về' if m['home'] else ''} mua giúp {whom} {thing} nhé."
    return f"Bạn {errand} giúp {whom}{f' {thing}' if thing else ''} được không?"


def _asked_vi(text: str) -> str | None:
    """"I asked my neighbour to go to the market for me." as "Tôi nhờ hàng xóm đi chợ hộ.", "My mother asked me to
    buy some vegetables for her." as "Mẹ tôi nhờ tôi mua hộ ít rau.", "I've just asked him to buy some bread for me."
    as "Tôi vừa nhờ anh ấy mua hộ ít bánh mì." (_ASKED_EN); None for anything else, "for" another than who ("I asked
    him to buy bread for her", "Lan … for him"), "you" asked, and a verb that does not agree."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, nb, obj = keyed(m["aux"] or ""), (m["nb"] or "").lower(), m["obj"].lower()
    own = EN_OBJECT[{"i": "I"}.get(keyed(m["who"]), keyed(m["who"]))] if m["who"] else None
    if own is None:  # (kin: by the word; a name: by it where most who bear it are men or women, else him or her)
        whose = named_his_her(m["given"]) if m["given"] else his_her(who_)
        own = {"his": "him", "her": "her"}[whose] if whose else obj if obj in ("him", "her") and m["given"] else None
    if (aux in ("will", "'ll")) != (m["verb"] == "ask") or m["just"] and aux not in ("has", "have", "'ve", "'s") or (
            aux in ("has", "'s") and not one or aux in ("have", "'ve") and one) or obj != own:
        return None
    if nb:
        if nb == "my" and who_ != "tôi" or nb == "our" and who_ != "chúng tôi":
            return None
        whom = "hàng xóm"
    else:
        whom = as_whom(m["whom"], "en")
    thing = _thing_vi(m, True)
    errand = _ERRANDS_VI[keyed(m["errand"])]
    if not whom or whom in (who_, "bạn") or thing is None or errand.endswith("mua") != bool(thing):
        return None
    tense = "sẽ " if m["verb"] == "ask" else "vừa " if m["just"] else "đã " if aux else ""
    return capitalised(f"{who_} {tense}nhờ {whom} {errand} hộ{f' {thing}' if thing else ''}{stop(m['end'])}")


def _did_vi(text: str) -> str | None:
    """"I bought some vegetables for my mother." as "Tôi mua hộ mẹ ít rau.", "I went to the market for my mother." as
    "Tôi đã đi chợ hộ mẹ.", "She has just bought two kilos of rice for us." as "Cô ấy vừa mua hộ chúng tôi hai cân
    gạo.", "Have you bought the milk for my mother yet?" … (_DID_EN); None for anything else, and where a verb does
    not agree with who or with the tense ("He have bought", "I will bought")."""
    m = _DID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("n't", " not").split())
    verb, adv, yet = m["verb"], (m["adv"] or "").lower(), (m["yet"] or "").lower()
    market, perfect = bool(m["market"]), aux.split(" ")[0] in ("has", "have", "'ve", "'s")
    thing = "" if market else _thing_vi(m, not (m["q"] or "not" in aux))
    whom = _whom_vi(m, who_)
    if thing is None or whom is None or market != (verb in ("went", "gone", "been", "go")) or (
            (m["some0"] or "").lower() == "any" and not (m["q"] or "not" in aux)) or who_ == "bạn" and not aux:
        return None
    if perfect and (aux.split(" ")[0] in ("has", "'s")) != one:
        return None
    did = f"đi chợ hộ {whom}" if market else f"mua hộ {whom} {thing}"
    if m["q"] or "not" in aux:  # ("Have you … yet?", "I haven't … yet.")
        ok = perfect and verb in ("bought", "gone", "been") and yet == "yet" and not adv
        return ok and capitalised(f"{who_} đã {did} chưa?" if m["q"] else f"{who_} chưa {did}.") or None
    if yet == "yet" or adv and yet:
        return None
    if perfect and verb in ("bought", "gone", "been"):
        return capitalised(f"{who_} vừa {did}." if adv == "just" else f"{who_} đã {did} rồi.")
    if aux in ("will", "'ll") and verb in ("buy", "go") and not (adv or yet):
        return capitalised(f"{who_} sẽ {did}.")
    if aux in ("is", "am", "are", "'m", "'re", "'s") and verb == "buying" and not (adv or yet):
        be = "am" if who_ == "tôi" else "is" if one else "are"
        return capitalised(f"{who_} đang {did}.") if {"'m": "am", "'re": "are", "'s": "is"}.get(aux, aux) == be \
            else None
    if not aux and verb in ("bought", "went") and adv != "already" and not yet:
        tense = "vừa " if adv == "just" else "đã " if market else ""  # ("đi chợ hộ" alone may be now)
        return capitalised(f"{who_} {tense}{did}.")
    return None


def _go_vi(text: str) -> str | None:
    """"Go and buy a bottle of fish sauce for me." as "Đi mua giúp tôi một chai nước mắm nhé.", "Go to the market
    for me." as "Đi chợ giúp tôi nhé." (_GO_EN); None for anything else. (Who says it is not known: "Con đi mua hộ
    mẹ …" would guess a mother.)"""
    m = _GO_EN.fullmatch(text)
    if not m:
        return None
    errand, thing = _ERRANDS_VI[keyed(m["errand"])], _thing_vi(m, False)
    if thing is None or errand.endswith("mua") != bool(thing):
        return None
    me = "tôi" if m["obj"] == "me" else "chúng tôi"
    return capitalised(f"{errand} giúp {me}{f' {thing}' if thing else ''} nhé.")
