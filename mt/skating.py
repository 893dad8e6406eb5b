"""Skating, both ways, written whole by rule: roller skating ("trượt patin"), ice skating ("trượt băng") and
skateboarding ("trượt ván"): who wants to learn or to go, is learning, can or cannot yet, is good at it, has ever been
or never, fell over while doing it, and bought (or wants) roller skates, ice skates or a skateboard. v8 (the rules on)
reads "trượt" as skiing or slipping, "patin" as a skirt or a slipper, and "biết" as knowing: "Tôi muốn học trượt
patin." → "I want to study ski.", "Tôi biết trượt patin." → "I know skirt.", "Con tôi biết trượt patin rồi." → "I know
that skirt.", "Bạn đã bao giờ trượt băng chưa?" → "Are you ever slippered?", "Con tôi bị ngã khi trượt patin." → "My
child fell when I slippered the patin.", "Tôi vừa mua một đôi giày patin." → "I just bought a patin."; and back, "I
want to learn to roller-skate." → "Tôi muốn học trượt bánh.", "My son is learning to ice-skate." → "Con trai tôi đang
học trượt tuyết." (skiing), "My son fell over while roller-skating." → "Con trai tôi rơi xuống trong khi trượt ván.",
"Have you bought ice skates yet?" → "Bạn đã mua miếng bánh nướng chưa?" (a pie).

Taken: who (mt.hobbies.WHO, WHO_EN; people only) of a sport of SPORTS: wants to learn it or to go ("muốn học", "muốn
đi"), said, denied or asked ("có … không?"); is learning it ("đang học"), said or asked; can do it ("biết"), can't
("không biết"), can't yet ("chưa biết"), can now ("biết … rồi"), asked ("có biết … không?", "đã biết … chưa?"); is
(very) good at it or not ("trượt băng giỏi", "rất giỏi", "giỏi lắm", "không giỏi lắm"), asked; has ever been ("đã bao
giờ … chưa?", "… bao giờ chưa?") or never ("chưa bao giờ", "chưa từng", "chưa … bao giờ"); fell over while doing it
("bị ngã khi", "té lúc"), just, or often ("hay"); bought roller skates, ice skates or a skateboard (THINGS: "một đôi
giày patin", "một chiếc ván trượt", new or not, for someone: "mua cho tôi"): "đã", just, already ("rồi"), not yet,
asked ("chưa?"), wanted. Left: "trượt" without patin, băng or ván (slipping, failing an exam: mt/falls.py's "trượt
chân", "trượt ngã"), "skate", "skating" alone (ice or roller?), learning plainly ("Con tôi học trượt băng.": takes
lessons, or learnt?), "đã từng trượt băng" (used to, or has been?), "bị ngã" asked or denied (did or does?), a board
bought bare ("mua ván trượt": one or more?) or one skate, a purchase with no tense ("Tôi mua giày patin."), a day or a
place added, "anh", "chị", "em" alone saying it, a pet as who, "I" asked, "Can we" (may we?), a statement ending
"thế" or "vậy" (mt.text.STRESSED_SAID: "giỏi thế" is so good), bought for who themselves ("Họ mua cho họ", "They bought
them"), and anything else.
mt.phrasebook.translate tries these after mt/crafts.py.

    >>> translate("Bạn đã bao giờ trượt băng chưa?", "vi", "en"), translate("I can roller-skate.", "en", "vi")
    ('Have you ever been ice skating?', 'Tôi biết trượt patin.')
"""
from __future__ import annotations

import re

from .hobbies import (WHO, WHO_EN, WHOM, WHOM_EN, as_whom, asked_of, be_agrees, em_speaking, first_agrees,
                      person_of)
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (BE_EN, EN_OBJECT, SOFTENED_END, STRESSED_SAID, ASKED_END, alternatives, be, capitalised,
                   contracted, keyed, present, progressive)

# the sports, English verb and doing (the first Vietnamese of each is written back)
SPORTS = {"trượt patin": ("roller-skate", "roller-skating"), "trượt pa-tin": ("roller-skate", "roller-skating"),
          "trượt băng": ("ice-skate", "ice skating"), "trượt ván": ("skateboard", "skateboarding")}
# ... in English: the verb, the doing and the past, each as Vietnamese says it ("rollerblade": inline skates, also
# "patin" in Vietnamese)
_FORMS = {"trượt patin": ("roller-skate", "roller skate", "rollerskate", "rollerblade"),
          "trượt băng": ("ice-skate", "ice skate"), "trượt ván": ("skateboard",)}
_BASE_VI = {base: vi for vi, bases in _FORMS.items() for base in bases}
_ING_VI = {base[:-1] + "ing" if base.endswith("e") else base + "ing": vi for base, vi in _BASE_VI.items()}
_PAST_VI = {base + ("d" if base.endswith("e") else "ed"): vi for base, vi in _BASE_VI.items()}
_EN_VI = _BASE_VI | _ING_VI | _PAST_VI
# what is bought: English (one, many or a pair: "pair"), Vietnamese classifiers taken
THINGS = {"giày patin": ("roller skates", "pair"), "giày trượt patin": ("roller skates", "pair"),
          "giày pa-tin": ("roller skates", "pair"), "giày trượt băng": ("ice skates", "pair"),
          "ván trượt": ("skateboard", "one")}
THINGS_VI = {"roller skates": "giày patin", "roller-skates": "giày patin", "rollerskates": "giày patin",
             "rollerblades": "giày patin", "inline skates": "giày patin", "ice skates": "giày trượt băng",
             "ice-skates": "giày trượt băng", "skateboard": "ván trượt"}
_KEYS = {"vi": lazy(r"(?i:patin|pa-tin|trượt\s+băng|trượt\s+ván|ván\s+trượt)"), "en": lazy(r"(?i:skat|rollerblad)")}

_SPORT = rf"(?P<sport>(?i:{alternatives(SPORTS)}))"
# wanting to learn or to go, learning ("Tôi muốn học trượt patin.", "Con tôi đang học trượt băng.")
_WANT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<how>muốn|đang)\s+(?:(?P<learn>học)|(?P<go>đi))\s+"
             rf"{_SPORT}{ASKED_END}")
# able ("Tôi biết trượt patin.", "Con tôi biết trượt patin rồi.", "Bạn đã biết trượt ván chưa?")
_CAN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<yet>chưa)\s+|(?P<did>đã)\s+)?biết\s+{_SPORT}"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# how well ("Cô ấy trượt băng rất giỏi.", "Bạn trượt ván có giỏi không?")
_GOOD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?{_SPORT}\s+(?:(?P<ask2>có)\s+)?(?:(?P<not>không)\s+)?(?P<very>rất\s+)?"
             rf"giỏi(?:\s+(?P<much>lắm))?{ASKED_END}")
# ever, or never ("Bạn đã bao giờ trượt băng chưa?", "Tôi chưa trượt băng bao giờ.")
_EVER = lazy(rf"{WHO}\s+(?:(?P<pre>(?:đã\s+|chưa\s+)?(?:bao\s+giờ|từng)|chưa|đã)\s+)?(?:đi\s+)?{_SPORT}"
             rf"(?P<post>\s+bao\s+giờ)?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# falling over at it ("Con tôi bị ngã khi trượt patin.", "Tôi hay bị té lúc trượt ván.")
_FALL = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã|hay)\s+)?(?:bị\s+)?(?:ngã|té)\s+(?:khi|lúc|trong\s+khi|"
             rf"trong\s+lúc)\s+(?:đang\s+)?{_SPORT}{SOFTENED_END}")
# skates or a board bought ("Tôi vừa mua một đôi giày patin.", "Mẹ tôi đã mua cho tôi một chiếc ván trượt.")
_THING = (rf"(?:(?P<n>một|1)\s+)?(?:(?P<cls>đôi|chiếc|cái)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
          r"(?:\s+(?P<new>mới))?")
_BUY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<tense>vừa\s+mới|vừa|mới|đã|muốn|chưa)\s+)?mua\s+"
            rf"(?:cho\s+{WHOM}\s+)?{_THING}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")

# ... and in English
_BASE = rf"(?i:{alternatives(_BASE_VI)})"
_ING = rf"(?i:{alternatives(_ING_VI)})"
_NOT_EN = r"don['’]t|doesn['’]t|do\s+not|does\s+not"
_WANT_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}|\s+(?P<not>{_NOT_EN}))?\s+(?:(?P<want>wants?)"
                rf"\s+to\s+(?:learn\s+(?:how\s+)?to\s+(?P<base>{_BASE})|go\s+(?P<ing>{_ING}))|learning\s+(?:how\s+)?to"
                rf"\s+(?P<learning>{_BASE}))\s*(?P<end>[.!?]*)")
_CAN_EN = lazy(rf"(?:(?P<q>Can)\s+)?{WHO_EN}(?:\s+(?P<can>can|cannot|can\s+not|can['’]t))?\s+(?P<base>{_BASE})"
               r"(?:\s+(?P<adv>yet|now))?\s*(?P<end>[.!?]*)")
_GOOD_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?(?:\s+(?P<very>very|really))?"
                rf"\s+good\s+at\s+(?P<ing>{_ING})\s*(?P<end>[.!?]*)")
_EVER_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?\s+(?P<ever>ever|never)\s+"
                rf"(?:been\s+(?P<ing>{_ING})|(?P<done>(?i:{alternatives(_PAST_VI)})))(?:\s+before)?\s*(?P<end>[.!?]*)")
_FALL_EN = lazy(rf"{WHO_EN}(?:(?P<aux>\s+has|\s+have|['’]s|['’]ve)?\s+(?P<just>just)\s+(?P<verb>fallen|fell)|\s+"
                rf"(?P<often>often)\s+(?P<falls>falls?)|\s+(?P<fell>fell))(?:\s+(?:over|down))?\s+(?:while|when)\s+"
                rf"(?P<ing>{_ING})\s*(?P<end>[.!]*)")
_THING_EN = (r"(?:(?P<a>a)\s+)?(?:(?P<new>new)\s+)?(?:(?P<pair>pair)\s+of\s+)?(?:(?P<new2>new)\s+)?"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_BUY_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s|\s+haven['’]t|"
               rf"\s+hasn['’]t|\s+(?P<not>{_NOT_EN}))?(?:\s+(?P<adv>just|already))?\s+(?P<verb>bought|wants?\s+to\s+"
               rf"buy)(?:\s+{WHOM_EN})?\s+{_THING_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who learns, can, is good at, has ever been, fell over while roller skating,
    ice skating or skateboarding, or bought skates or a board; None for any other."""
    if src == "vi":  # ("Bạn trượt ván giỏi thế.": so good!, more than English's plain statement; asked, it softens)
        if STRESSED_SAID.search(text):
            return None
        return _want(text) or _can(text) or _good(text) or _ever(text) or _fall(text) or _buy(text)
    text = text.replace("’", "'")
    return _want_vi(text) or _can_vi(text) or _good_vi(text) or _ever_vi(text) or _fall_vi(text) or _buy_vi(text)


def _sport(m: re.Match) -> tuple[str, str]:
    """The sport of a Vietnamese match in English, verb and doing: ("ice-skate", "ice skating")."""
    return SPORTS[keyed(m["sport"])]


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one (mt.hobbies.person_of: None for a pet, "I" asked, "anh"
    saying); None too for "em" asking with "ạ", the speaker (mt.hobbies.em_speaking)."""
    return None if em_speaking(m) else person_of(m, asked)


def _want(text: str) -> str | None:
    """"Tôi muốn học trượt patin." as "I want to learn to roller-skate.", "Bạn có muốn đi trượt băng không?" as "Do you
    want to go ice skating?", "Con tôi đang học trượt băng." as "My child is learning to ice-skate." (_WANT); None for
    anything else."""
    m = _WANT.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    base, ing = _sport(m)
    if m["how"] == "đang":  # (learning now: never "đi", nor "không đang")
        return None if m["go"] or m["not"] else progressive(who_, be(who_), f"learning to {base}", asked, m["end"])
    return present(who_, one, "want", f"to learn to {base}" if m["learn"] else f"to go {ing}", asked, bool(m["not"]),
                   m["end"])


def _can(text: str) -> str | None:
    """"Tôi biết trượt patin." as "I can roller-skate.", "Bạn có biết trượt băng không?" as "Can you ice-skate?", "Con
    tôi biết trượt patin rồi." as "My child can roller-skate now.", "Anh ấy chưa biết trượt ván." as "He can't
    skateboard yet." (_CAN); None for anything else, "đã biết" without "rồi" or "chưa?"."""
    m = _CAN.fullmatch(text)
    asked = keyed(m["asked"] or "") if m else ""
    if not m or bool(asked) != ("?" in m["end"]) or (said := _who(m, bool(asked))) is None:
        return None
    who_, base = capitalised(said[0]), _sport(m)[0]
    if asked == "không":
        return f"Can {said[0]} {base}?" if m["ask"] and not (m["done"] or m["did"]) else None
    if asked == "chưa":
        return f"Can {said[0]} {base} yet?" if not (m["ask"] or m["not"] or m["yet"] or m["done"]) else None
    if m["ask"] or m["did"] and not m["done"] or m["done"] and (m["not"] or m["yet"]):
        return None
    how = "can't" if m["not"] else "can't" if m["yet"] else "can"
    return f"{who_} {how} {base}{' yet' * bool(m['yet'])}{' now' * bool(m['done'])}."


def _good(text: str) -> str | None:
    """"Cô ấy trượt băng rất giỏi." as "She's very good at ice skating.", "Tôi trượt patin không giỏi lắm." as "I'm not
    very good at roller-skating.", "Bạn trượt ván có giỏi không?" as "Are you good at skateboarding?" (_GOOD); None for
    anything else, "không rất giỏi" and "có" twice."""
    m = _GOOD.fullmatch(text)
    if not m or m["ask"] and m["ask2"]:
        return None
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or asked != bool(m["ask"] or m["ask2"]) or m["not"] and (m["very"] or asked):
        return None
    if asked and (m["very"] or m["much"]) or (said := _who(m, asked)) is None:
        return None
    who_, ing = said[0], _sport(m)[1]
    if asked:
        return f"{be(who_).capitalize()} {who_} good at {ing}?"
    very = "very " if m["very"] or m["much"] else ""
    if m["not"]:  # ("I'm not", "she isn't", "my parents aren't")
        neg = "I'm not" if who_ == "I" else f"{who_} {be(who_)}n't"
        return capitalised(f"{neg} {very}good at {ing}.")
    return capitalised(contracted(who_, f"{be(who_)} {very}good at {ing}")) + "."


def _ever(text: str) -> str | None:
    """"Bạn đã bao giờ trượt băng chưa?" as "Have you ever been ice skating?", "Tôi chưa bao giờ trượt patin." and "Tôi
    chưa trượt patin bao giờ." as "I've never been roller-skating." (_EVER); None for anything else ("đã từng" said:
    used to, or has been?)."""
    m = _EVER.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    pre, post, asked = keyed(m["pre"] or ""), bool(m["post"]), bool(m["asked"])
    if asked and not (pre in ("", "đã") and post or pre in ("bao giờ", "đã bao giờ", "từng", "đã từng") and not post):
        return None
    if not asked and not (pre in ("chưa bao giờ", "chưa từng") and not post or pre == "chưa" and post):
        return None
    if (said := _who(m, asked)) is None:
        return None
    who_, one = said
    ing = _sport(m)[1]
    if asked:
        return f"{'Has' if one else 'Have'} {who_} ever been {ing}?"
    return capitalised(contracted(who_, f"{'has' if one else 'have'} never been {ing}")) + "."


def _fall(text: str) -> str | None:
    """"Con tôi bị ngã khi trượt patin." as "My child fell over while roller-skating.", "Tôi vừa bị ngã khi trượt
    băng." as "I've just fallen over while ice skating.", "Tôi hay bị ngã khi trượt ván." as "I often fall over when
    skateboarding." (_FALL); None for anything else, and asked."""
    m = _FALL.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None:
        return None
    who_, one = said
    ing, tense = _sport(m)[1], keyed(m["tense"] or "")
    if tense == "hay":
        return present(who_, one, "fall", f"over when {ing}", adverb="often ")
    if tense in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just fallen over while {ing}")) + "."
    return capitalised(f"{who_} fell over while {ing}.")


def _thing(m: re.Match) -> str | None:
    """What a match of _THING buys, in English: "một đôi giày patin" as "a pair of roller skates", "giày trượt băng
    mới" as "new ice skates", "một chiếc ván trượt" as "a skateboard"; None for one skate, a bare board, a lone
    classifier."""
    en, kind = THINGS[keyed(m["thing"])]
    new = "new " if m["new"] else ""
    if kind == "pair":
        if m["n"] and m["cls"] == "đôi":
            return f"a {new}pair of {en}"
        return None if m["n"] or m["cls"] else f"{new}{en}"
    return f"a {new}{en}" if m["n"] and m["cls"] in ("chiếc", "cái") else None


def _buy(text: str) -> str | None:
    """"Tôi vừa mua một đôi giày patin." as "I've just bought a pair of roller skates.", "Mẹ tôi đã mua cho tôi một
    chiếc ván trượt." as "My mother bought me a skateboard.", "Bạn đã mua giày trượt băng chưa?" as "Have you bought
    ice skates yet?", "Tôi muốn mua một chiếc ván trượt mới." as "I want to buy a new skateboard." (_BUY); None for
    anything else, and a purchase with no tense ("Tôi mua giày patin.")."""
    m = _BUY.fullmatch(text)
    asked = keyed(m["asked"] or "") if m else ""
    if not m or bool(asked) != ("?" in m["end"]) or (said := _who(m, bool(asked))) is None:
        return None
    who_, one = said
    thing, tense, done = _thing(m), keyed(m["tense"] or ""), bool(m["done"])
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if thing is None or whom is None or whom in (who_, EN_OBJECT.get(who_)):
        return None  # ("Tôi mua cho tôi", "Họ mua cho họ", "Lan mua cho Lan": themselves, not "They bought them")
    what = f"{whom} {thing}".strip()
    if tense == "muốn":
        if done or asked == "chưa" or (asked == "không") != bool(m["ask"]):
            return None
        return present(who_, one, "want", f"to buy {what}", bool(asked), bool(m["not"]))
    if m["ask"] or m["not"] or asked == "không":
        return None
    has = "has" if one else "have"
    if asked == "chưa":
        return f"{has.capitalize()} {who_} bought {what} yet?" if tense in ("", "đã") and not done else None
    if tense == "chưa":
        return None if done else capitalised(f"{who_} {has}n't bought {what} yet.")
    if tense in ("vừa", "mới", "vừa mới") and not done:
        return capitalised(contracted(who_, f"{has} just bought {what}")) + "."
    if done and tense in ("", "đã"):
        return capitalised(contracted(who_, f"{has} already bought {what}")) + "."
    return capitalised(f"{who_} bought {what}.") if tense == "đã" else None


def _agrees(m: re.Match, first: str, who_: str, one: bool, verb: str | None = None) -> bool:
    """Whether the first auxiliary (`first`, asking or after who) of an English match agrees with who, and a bare
    `verb` ("wants", "falls") with "-s" only for one and no auxiliary."""
    first = first.strip().lower()
    first = "do" if first.startswith(("don't", "do not")) else "does" if first.startswith(("doesn't", "does not")) \
        else first.replace("n't", "")
    if first and not first_agrees(first, who_, one):
        return False
    return verb is None or verb.endswith("s") == (one and not first)


def _sport_vi(said: str) -> str:
    """A sport said in English, as Vietnamese says it: "ice skating" as "trượt băng"."""
    return _EN_VI[keyed(said)]


def _want_vi(text: str) -> str | None:
    """"I want to learn to roller-skate." as "Tôi muốn học trượt patin.", "Do you want to go ice skating?" as "Bạn có
    muốn đi trượt băng không?", "My son is learning to ice-skate." as "Con trai tôi đang học trượt băng." (_WANT_EN);
    None for anything else, and where a verb does not agree with who."""
    m = _WANT_EN.fullmatch(text)
    q = m and m["q"] or ""
    if not m or bool(q) != ("?" in m["end"]) or (said := person_of(m, bool(q), "en")) is None:
        return None
    who_, one = said
    if m["learning"]:
        if bool(q) == bool(m["be"]) or m["not"] or not be_agrees(m, q or m["be"]):
            return None
        sport = _sport_vi(m["learning"])
        return capitalised(f"{who_} có đang học {sport} không?" if q else f"{who_} đang học {sport}.")
    if m["be"] or q in ("Is", "Are", "Am") or q and m["not"] or not _agrees(m, q or m["not"] or "", who_, one,
                                                                              None if q or m["not"] else m["want"]):
        return None
    if (q or m["not"]) and m["want"] != "want":
        return None
    what = f"học {_sport_vi(m['base'])}" if m["base"] else f"đi {_sport_vi(m['ing'])}"
    if q:
        return capitalised(f"{who_} có muốn {what} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}muốn {what}.")


def _can_vi(text: str) -> str | None:
    """"I can roller-skate." as "Tôi biết trượt patin.", "Can you ice-skate?" as "Bạn có biết trượt băng không?", "He
    can't skateboard yet." as "Anh ấy chưa biết trượt ván.", "My son can roller-skate now." as "Con trai tôi đã biết
    trượt patin rồi." (_CAN_EN); None for anything else."""
    m = _CAN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["can"]):
        return None
    if (said := person_of(m, bool(m["q"]), "en")) is None or said[0] == "chúng tôi" or not m["q"] and said[0] == "bạn":
        return None  # ("You can skateboard.", "We can't skateboard.": allowed, or able?; "Can we": may we, shall we?)
    who_, sport, adv, can = capitalised(said[0]), _sport_vi(m["base"]), m["adv"] or "", keyed(m["can"] or "")
    if m["q"]:
        return {"": f"{who_} có biết {sport} không?", "yet": f"{who_} đã biết {sport} chưa?"}.get(adv)
    if can == "can":
        return {"": f"{who_} biết {sport}.", "now": f"{who_} đã biết {sport} rồi."}.get(adv)
    return {"": f"{who_} không biết {sport}.", "yet": f"{who_} chưa biết {sport}."}.get(adv)


def _good_vi(text: str) -> str | None:
    """"She's very good at ice skating." as "Cô ấy trượt băng rất giỏi.", "I'm not very good at roller-skating." as
    "Tôi trượt patin không giỏi lắm.", "Are you good at skateboarding?" as "Bạn có trượt ván giỏi không?" (_GOOD_EN);
    None for anything else."""
    m = _GOOD_EN.fullmatch(text)
    q = m and m["q"] or ""
    if not m or bool(q) != ("?" in m["end"]) or bool(q) == bool(m["be"]) or not be_agrees(m, q or m["be"]):
        return None
    if q and (m["not"] or m["very"]) or (said := person_of(m, bool(q), "en")) is None:
        return None
    who_, sport = capitalised(said[0]), _sport_vi(m["ing"])
    if q:
        return f"{who_} có {sport} giỏi không?"
    if m["not"]:
        return f"{who_} {sport} không giỏi{' lắm' * bool(m['very'])}."
    return f"{who_} {sport} {'rất ' * bool(m['very'])}giỏi."


def _ever_vi(text: str) -> str | None:
    """"Have you ever been ice skating?" as "Bạn đã bao giờ trượt băng chưa?", "I've never been roller-skating." as
    "Tôi chưa bao giờ trượt patin." (_EVER_EN); None for anything else."""
    m = _EVER_EN.fullmatch(text)
    q = m and m["q"] or ""
    if not m or bool(q) != ("?" in m["end"]) or bool(q) == bool(m["aux"]) or (m["ever"] == "ever") != bool(q):
        return None
    if (said := person_of(m, bool(q), "en")) is None or not _agrees(m, q or m["aux"], *said):
        return None
    who_, sport = capitalised(said[0]), _sport_vi(m["ing"] or m["done"])
    return f"{who_} đã bao giờ {sport} chưa?" if q else f"{who_} chưa bao giờ {sport}."


def _fall_vi(text: str) -> str | None:
    """"My son fell over while roller-skating." as "Con trai tôi bị ngã khi trượt patin.", "I've just fallen over while
    ice skating." as "Tôi vừa bị ngã khi trượt băng.", "She often falls over when skateboarding." as "Cô ấy hay bị
    ngã khi trượt ván." (_FALL_EN); None for anything else."""
    m = _FALL_EN.fullmatch(text)
    if not m or (said := person_of(m, False, "en")) is None:
        return None
    who_, one = said
    if m["just"] and (m["verb"] == "fallen") != bool(m["aux"]) or m["aux"] and not _agrees(m, m["aux"], *said):
        return None
    if m["often"] and not _agrees(m, "", who_, one, m["falls"]):
        return None
    how = "vừa bị ngã" if m["just"] else "hay bị ngã" if m["often"] else "bị ngã"
    return capitalised(f"{who_} {how} khi {_sport_vi(m['ing'])}.")


def _thing_vi(m: re.Match, bare: bool = False) -> str | None:
    """What a match of _THING_EN buys, in Vietnamese: "a pair of roller skates" as "một đôi giày patin", "new ice
    skates" as "giày trượt băng mới", "a skateboard" as "một chiếc ván trượt" ("ván trượt" where `bare`: not bought
    yet); None for "a roller skates", "a pair of skateboard", "new" twice."""
    thing = keyed(m["thing"])
    vi, new = THINGS_VI[thing], " mới" if m["new"] or m["new2"] else ""
    if m["new"] and m["new2"]:
        return None
    if thing == "skateboard":
        return f"{'một chiếc ' * (not bare)}{vi}{new}" if m["a"] and not m["pair"] else None
    if bool(m["a"]) != bool(m["pair"]):
        return None
    return f"một đôi {vi}{new}" if m["pair"] and not bare else f"{vi}{new}"


def _buy_vi(text: str) -> str | None:
    """"I've just bought a pair of roller skates." as "Tôi vừa mua một đôi giày patin.", "My mother bought me a
    skateboard." as "Mẹ tôi đã mua cho tôi một chiếc ván trượt.", "Have you bought ice skates yet?" as "Bạn đã mua giày
    trượt băng chưa?", "I want to buy a new skateboard." as "Tôi muốn mua một chiếc ván trượt mới." (_BUY_EN); None for
    anything else."""
    m = _BUY_EN.fullmatch(text)
    q = m and m["q"] or ""
    if not m or bool(q) != ("?" in m["end"]) or (said := person_of(m, bool(q), "en")) is None:
        return None
    who_, one = said
    aux, adv, want = keyed(m["aux"] or ""), m["adv"] or "", m["verb"] != "bought"
    # ("chưa mua một chiếc ván trượt" reads as not a single one: "chưa mua ván trượt")
    thing = _thing_vi(m, bare="n't" in aux and not want)
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if thing is None or whom is None or whom == who_:
        return None  # ("They bought them": others, where "Họ mua cho họ" reads as themselves)
    what = f"cho {whom} {thing}" if whom else thing
    if want:
        if aux and not m["not"] or adv or m["yet"] or q in ("Have", "Has"):
            return None
        if not _agrees(m, q or aux, who_, one, None if q or aux else m["verb"].split()[0]):
            return None
        if (q or aux) and not m["verb"].startswith("want "):
            return None
        return capitalised(f"{who_} có muốn mua {what} không?" if q else
                           f"{who_} {'không ' * bool(m['not'])}muốn mua {what}.")
    if m["not"] or q in ("Do", "Does") or not _agrees(m, q or aux, who_, one):
        return None
    if q:
        return capitalised(f"{who_} đã mua {what} chưa?") if not (aux or adv) else None
    if "n't" in aux:
        return capitalised(f"{who_} chưa mua {what}.") if m["yet"] and not adv else None
    if m["yet"]:
        return None
    if adv == "just":
        return capitalised(f"{who_} vừa mua {what}.")
    if aux or adv == "already":
        return capitalised(f"{who_} đã mua {what} rồi.")
    return capitalised(f"{who_} đã mua {what}.")
