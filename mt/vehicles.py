"""Buying and selling a motorbike, a car or a bike, both ways, written whole by rule: who has bought or sold one
(just, already, in the past, not yet, asked), who wants, is thinking of or is about to buy or sell one, or to get a
new one for the old ("đổi … mới"), and how much someone paid for one. v8 (the rules on) reads "xe máy" as a machine
and "cũ" as old, and writes "xe" for every vehicle back: "Tôi vừa mua xe máy mới." → "I just bought a new machine.",
"Bạn mua chiếc xe máy này bao nhiêu tiền?" → "How much do you buy the motorcycle?", "Tôi bán xe máy cũ rồi." → "I
sold old machines.", "Bố tôi đã mua ô tô cũ." → "My father bought an old car.", "Tôi chưa mua xe máy." → "I don't buy
a motorcycle.", "Bạn bán xe máy chưa?" → "Are you selling a motorcycle?", "Tôi muốn đổi xe máy mới." → "I want to
change the new machine."; "I'm thinking of buying a motorbike." → "Tôi đang nghĩ mua xe máy.", "He just bought a
car." → "Anh ấy vừa mua xe.", "My father bought a second-hand car." → "Cha tôi mua xe hơi thứ hai.", "Are you
thinking of selling your motorbike?" → "Bạn có nghĩ việc bán xe của mình không?", "How much did your father pay for
his new motorbike?" → "Bố cậu trả tiền cho xe máy mới của mình bao nhiêu?".

Taken: who (mt.hobbies.WHO, WHO_EN) buying ("mua"; "a new car", "a second-hand motorbike": "cũ", "đã qua sử dụng"),
selling ("bán"; whose own: "my old motorbike", never a name's, his or hers) or, in Vietnamese, getting a new one for
the old ("đổi ô tô mới": "get a new car") a vehicle of _VEHICLES ("this" one too): just ("vừa", "mới"), in the past
("đã"), already ("… rồi": "has bought"), not yet ("chưa"), asked "… chưa?"; wanting to ("muốn", asked "có … không?",
denied), thinking of it ("định", "đang định", "tính"), planning to ("dự định"), about to ("sắp": "… soon"); and how
much who paid for this one, or for their new or second-hand one ("Bạn mua chiếc xe máy này bao nhiêu tiền?"). Left:
"xe" alone (a car, or a motorbike? "Tôi muốn đổi xe.", "Bố tôi mua xe cũ.", "Bạn mua xe này bao nhiêu tiền?"), "bike"
in English (a bicycle, or a motorbike?), a bare "mua" with no tense ("Tôi mua xe máy.": bought, or buying?), "có …
không?" of buying (now, or then?), "đang bán" (selling, or for sale?), "bán" a vehicle with "một" or "second-hand"
(a dealer's), "đổi" with no "mới" (swapped?), our or their motorbikes and bikes (one, or more?), "I" asked, "anh",
"chị", "em" alone saying it, a pet as who ("My dog bought a car."), "không" denied and "không?" asked both ("Anh
ấy không muốn mua ô tô không?"), needing to buy one (mt/supplies.py's way; v8 is right), paying in instalments
(mt/instalments.py), a deposit on one (mt/deposits.py), saving up for one (mt/savings.py), renting one
(mt/rentals.py), riding, driving or servicing one (mt/cycling.py, mt/driving.py, mt/car_servicing.py), sums paid, and
anything else.
mt.phrasebook.translate tries these after mt/crowds.py.

    >>> translate("Tôi vừa mua xe máy mới.", "vi", "en"), translate("I've sold my old motorbike.", "en", "vi")
    ('I just bought a new motorbike.', 'Tôi bán xe máy cũ rồi.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import WHO, WHO_EN, animal, be_of, person_of, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_WORDS, his_her
from .text import SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:xe\s+(?:máy|đạp|hơi|tay|ô|gắn)|ô\s+tô)"),
         "en": lazy(r"(?i:bike|motorcycle|scooter|car\b|bicycle)")}
# the vehicles, and back ("bike" is left in English: a bicycle, or a motorbike?)
_VEHICLES = {"xe máy": "motorbike", "xe gắn máy": "motorbike", "xe máy điện": "electric motorbike",
             "xe tay ga": "scooter", "ô tô": "car", "xe ô tô": "car", "xe hơi": "car", "xe đạp": "bike",
             "xe đạp điện": "electric bike"}
_VEHICLES_VI = {"motorbike": "xe máy", "motorcycle": "xe máy", "electric motorbike": "xe máy điện",
                "scooter": "xe tay ga", "car": "ô tô", "bicycle": "xe đạp", "electric bike": "xe đạp điện",
                "electric bicycle": "xe đạp điện", "e-bike": "xe đạp điện"}
# what a vehicle is said to be: bought ("cũ" is second-hand), and sold (one's own old one)
_BOUGHT = {"mới": "new", "cũ": "second-hand", "đã qua sử dụng": "second-hand", "second-hand": "second-hand",
           "second hand": "second-hand", "secondhand": "second-hand"}
_SOLD = {"mới": "new", "cũ": "old"}
_BOUGHT_VI = {"new": "mới", "second-hand": "cũ", "secondhand": "cũ", "used": "cũ"}
_SOLD_VI = {"new": "mới", "old": "cũ"}
# the verbs (base, past and participle, "-ing") and the plans before them
_VERBS = {"mua": ("buy", "bought", "buying"), "bán": ("sell", "sold", "selling"), "đổi": ("get", "got", "getting")}
_VERBS_VI = {"buy": "mua", "buying": "mua", "sell": "bán", "selling": "bán", "get": "đổi", "getting": "đổi"}
_PLANS = {"muốn": "want", "đang muốn": "want", "định": "think", "đang định": "think", "tính": "think",
          "đang tính": "think", "dự định": "plan", "sắp": "soon"}
_JUST = ("vừa", "mới", "vừa mới")

_THING = (rf"(?:(?P<one>một)\s+)?(?:(?:chiếc|cái)\s+)?(?P<veh>(?i:{alternatives(_VEHICLES)}))"
          rf"(?:\s+(?P<adj>{alternatives(_BOUGHT)}))?(?:\s+(?P<this>này|đó|kia))?")
# bought, sold, got, or meant to be ("Tôi vừa mua xe máy mới.", "Bạn đã bán xe máy chưa?", "Tôi đang định mua ô tô.")
_DEAL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?(?:(?P<aux>vừa\s+mới|vừa|mới|đã|"
             rf"{alternatives(_PLANS)})\s+)?(?P<verb>mua|bán|đổi)(?:\s+(?P<got>được))?\s+{_THING}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# how much paid ("Bạn mua chiếc xe máy này bao nhiêu tiền?", "Bố bạn mua ô tô mới hết bao nhiêu?")
_PAID = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?mua\s+{_THING}\s+(?:(?P<cost>hết|mất|với\s+giá)\s+)?bao\s+nhiêu"
             rf"(?:\s+tiền)?{SOFTENED_END}")

# ... in English
_THING_EN = (rf"(?P<det>an?|this|that|{WHOSE_WORDS})\s+(?:(?P<adj>new|old|second-hand|secondhand|used)\s+)?"
             rf"(?P<veh>{alternatives(_VEHICLES_VI)})")
_DONE_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s))?"
                rf"(?:\s+(?P<adv>just|already))?\s+(?P<verb>bought|sold)\s+{_THING_EN}(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_PLAN_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)(?:\s+not|n['’]t)|"
                r"\s+(?:am|is|are)(?:\s+not)?|['’](?:s|re|m)(?:\s+not)?|\s+(?:isn|aren)['’]t)?\s+(?P<how>wants?\s+to|"
                r"thinking\s+of|planning\s+to|going\s+to)\s+(?P<verb>buy|buying|sell|selling|get|getting)\s+"
                rf"{_THING_EN}(?:\s+(?P<soon>soon))?\s*(?P<end>[.!?]*)")
_PAID_EN = lazy(rf"How\s+much\s+did\s+{WHO_EN}\s+pay\s+for\s+{_THING_EN}\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who bought, sold or means to buy or sell a motorbike, a car
    or a bike, or how much they paid for one; None for any other."""
    if src == "vi":
        return _deal(text) or _paid(text)
    text = text.replace("’", "'")
    return _done_vi(text) or _plan_vi(text) or _paid_vi(text)


def _thing(m: re.Match, who_: str, verb: str) -> str | None:
    """The vehicle of a match of _THING in English, as `verb` ("mua", "bán", "đổi"; "pay" for how much) has it:
    "a new motorbike", "a second-hand car", "this car", "my old motorbike" (sold, or paid for: who's own); None for
    what is not read for sure (a name's own, one of our motorbikes, "bán một …", a used one sold, "đổi" not new)."""
    veh, adj, this = _VEHICLES[keyed(m["veh"])], keyed(m["adj"] or ""), keyed(m["this"] or "")
    if who_ in ("we", "they") and veh != "car" and not this:
        return None  # ("Chúng tôi bán xe máy rồi.": one motorbike, or the family's two?)
    said = (_SOLD if verb == "bán" else _BOUGHT).get(adj, "") if adj else ""
    if adj and not said or m["one"] and (this or verb != "mua") or verb == "đổi" and (said != "new" or this):
        return None
    thing = f"{said} {veh}".strip()
    if this:
        return f"{'this' if this == 'này' else 'that'} {thing}"
    if verb in ("bán", "pay"):
        whose = whose_own(m, who_)
        return whose and f"{whose} {thing}"
    return f"{a_or_an(thing)} {thing}"


def _deal(text: str) -> str | None:
    """"Tôi vừa mua xe máy mới." as "I just bought a new motorbike.", "Tôi bán xe máy cũ rồi." as "I've sold my old
    motorbike.", "Bạn đã mua ô tô chưa?" as "Have you bought a car yet?", "Tôi đang định mua xe máy." as "I'm thinking
    of buying a motorbike." (_DEAL); None for anything else, and a bare "mua" ("Tôi mua xe máy.": when?)."""
    m = _DEAL.fullmatch(text)
    if not m:
        return None
    asked, aux, not_ = keyed(m["asked"] or ""), keyed(m["aux"] or ""), keyed(m["not"] or "")
    if bool(asked) != ("?" in m["end"]) or m["ask"] and asked != "không":
        return None
    said = person_of(m, bool(asked))  # (None for a pet, "I" asked, "anh" alone saying it)
    if said is None:
        return None
    who_, one = said
    verb = keyed(m["verb"])
    thing = _thing(m, who_, verb)
    if thing is None:
        return None
    if aux in _PLANS:
        if m["done"] or m["got"] or not_ == "chưa" or asked == "chưa" or not_ and asked:
            return None  # ("Anh ấy không muốn mua ô tô không?": doesn't he?, which "Does he …?" would lose)
        return _plan(_PLANS[aux], who_, one, _VERBS[verb], thing, asked == "không", not_ == "không", m["end"])
    _, past, _ = _VERBS[verb]
    has = "has" if one else "have"
    if m["ask"] or not_ == "không" or not_ and (aux or m["done"] or asked):
        return None
    if not_ == "chưa":
        return capitalised(f"{who_} {has}n't {past} {thing} yet{stop(m['end'])}")
    if asked:  # ("Bạn đã mua ô tô chưa?"; "không?" of a deal done is left: did, or do?)
        return f"{has.capitalize()} {who_} {past} {thing} yet?" if asked == "chưa" and aux in ("", "đã") and not \
            m["done"] else None
    if aux in _JUST:
        return None if m["done"] else capitalised(f"{who_} just {past} {thing}{stop(m['end'])}")
    if m["done"]:
        return capitalised(contracted(who_, f"{has} {past} {thing}") + stop(m["end"]))
    return capitalised(f"{who_} {past} {thing}{stop(m['end'])}") if aux == "đã" else None


def _plan(plan: str, who_: str, one: bool, verbs: tuple[str, str, str], thing: str, asked: bool, denied: bool,
          end: str) -> str | None:
    """A plan in English ("want", "think" of it, "plan", about to: "soon") to buy, sell or get a thing: "I want to
    buy a car.", "Do you want to sell your motorbike?", "I'm thinking of buying a motorbike.", "I'm not planning to
    buy a car.", "We're going to buy a car soon."; None for "sắp" asked or denied."""
    base, _, ing = verbs
    if plan == "want":
        rest = f"{'want' if asked or denied or not one else 'wants'} to {base} {thing}"
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {rest}?"
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {rest}{stop(end)}" if denied else
                           f"{who_} {rest}{stop(end)}")
    be_ = be(who_)
    if plan == "soon":
        return None if asked or denied else capitalised(contracted(who_, f"{be_} going to {base} {thing} soon") +
                                                        stop(end))
    doing = f"thinking of {ing}" if plan == "think" and not denied else f"planning to {base}"
    if asked:
        return f"{be_.capitalize()} {who_} {doing} {thing}?"
    return capitalised(contracted(who_, f"{be_}{' not' * denied} {doing} {thing}") + stop(end))


def _paid(text: str) -> str | None:
    """"Bạn mua chiếc xe máy này bao nhiêu tiền?" as "How much did you pay for this motorbike?", "Bố bạn mua ô tô mới
    hết bao nhiêu tiền?" as "How much did your father pay for his new car?" (_PAID); None for anything else, "I"
    asking, and one with neither "này", "mới", "đã" nor "hết" ("Bạn mua xe máy cũ bao nhiêu tiền?": paid, or would
    pay?)."""
    m = _PAID.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["this"] or keyed(m["adj"] or "") == "mới" or m["did"] or m["cost"]):
        return None
    said = person_of(m, True)  # (None for a pet, "I" asking)
    if said is None or m["one"]:
        return None
    thing = _thing(m, said[0], "pay")
    return thing and f"How much did {said[0]} pay for {thing}?"


def _thing_vi(m: re.Match, who_: str, verb: str) -> str | None:
    """The vehicle of a match of _THING_EN in Vietnamese, as `verb` ("buy", "sell", "get", "pay") has it: "a new
    motorbike" as "xe máy mới", "this car" as "chiếc ô tô này", "my old motorbike" (sold: whose agreeing with who) as
    "xe máy cũ"; None for what is not read for sure ("sold a car", "bought my car", "a old car", a used one sold)."""
    det, adj, veh = m["det"].lower(), (m["adj"] or "").lower(), _VEHICLES_VI[m["veh"].lower()]
    said = (_SOLD_VI if verb == "sell" else _BOUGHT_VI).get(adj) if adj else ""
    if said is None or verb == "get" and (det not in ("a", "an") or adj != "new"):
        return None
    if det in ("a", "an"):
        english = f"{adj} {m['veh']}".strip().lower()
        return None if verb in ("sell", "pay") or det != a_or_an(english) else f"{veh}{' ' * bool(said)}{said}"
    if det in ("this", "that"):
        return f"chiếc {veh}{' ' * bool(said)}{said} {'này' if det == 'this' else 'đó'}"
    if verb not in ("sell", "pay") or det != (OWNERS.get(who_) or his_her(who_)):
        return None  # (whose: "his" of "anh ấy", "bố tôi"; a name's own is left: "Lan sold her car.")
    return f"{veh}{' ' * bool(said)}{said}"


def _done_vi(text: str) -> str | None:
    """"I just bought a new motorbike." as "Tôi vừa mua xe máy mới.", "I've sold my old motorbike." as "Tôi bán xe
    máy cũ rồi.", "My father bought a second-hand car." as "Bố tôi đã mua ô tô cũ.", "Have you sold your motorbike
    yet?" as "Bạn đã bán xe máy chưa?", "I haven't bought a car yet." as "Tôi chưa mua ô tô." (_DONE_EN); None for
    anything else, and where the verb does not agree with who ("She have bought …")."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):  # ("My dog bought a car.")
        return None
    who_, one = who_vi(m)
    aux = (m["aux"] or "").lower().replace("n't", " not").split()
    has, not_ = (m["q"] or (aux or [""])[0]).lower(), "not" in aux
    if has and (has in ("has", "'s")) != one or has == "'s" and not_ or m["q"] and (aux or who_ == "tôi"):
        return None
    verb = "mua" if m["verb"] == "bought" else "bán"
    thing = _thing_vi(m, who_, "buy" if verb == "mua" else "sell")
    if thing is None:
        return None
    if m["q"]:
        return capitalised(f"{who_} đã {verb} {thing} chưa?") if not m["adv"] else None
    if "?" in m["end"] or m["yet"] and not not_ or not_ and m["adv"]:
        return None
    end = stop(m["end"])
    if not_:
        return capitalised(f"{who_} chưa {verb} {thing}{end}")
    if m["adv"] == "just":
        return capitalised(f"{who_} vừa {verb} {thing}{end}")
    if has or m["adv"] == "already":
        return capitalised(f"{who_} {verb} {thing} rồi{end}")
    return capitalised(f"{who_} đã {verb} {thing}{end}")


def _plan_vi(text: str) -> str | None:
    """"I'm thinking of buying a motorbike." as "Tôi đang định mua xe máy.", "Do you want to buy a car?" as "Bạn có
    muốn mua ô tô không?", "He wants to sell his car." as "Anh ấy muốn bán ô tô.", "I want to get a new car." as "Tôi
    muốn đổi ô tô mới.", "We're going to buy a car soon." as "Chúng tôi sắp mua ô tô." (_PLAN_EN); None for anything
    else, where a verb does not agree ("He want to …", "I are thinking …"), and "I" asked."""
    m = _PLAN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or animal(m):
        return None
    who_, one = who_vi(m)
    how, verb = " ".join(m["how"].split()), m["verb"]
    aux = (m["q"] or m["aux"] or "").lower().replace("n't", " not").split()
    first, not_ = be_said(aux[0]) if aux else "", "not" in aux
    if m["q"] and who_ == "tôi" or verb.endswith("ing") != (how == "thinking of") or m["soon"] and how != "going to":
        return None
    if how.startswith("want"):
        does = first or ("wants" if how == "wants to" else "want")
        if (does in ("does", "wants")) != one or first and how != "want to" or first not in ("", "do", "does"):
            return None
        plan = "muốn"
    elif first != be_of(who_, one) or how == "going to" and (not m["soon"] or m["q"] or not_):
        return None
    else:
        plan = "sắp" if how == "going to" else "định" if not_ or m["q"] else "đang định"
    thing = _thing_vi(m, who_, {"buy": "buy", "sell": "sell"}.get(verb.removesuffix("ing"), "get"))
    if thing is None:
        return None
    said = f"{plan} {_VERBS_VI[verb]} {thing}"
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' * not_}{said}{stop(m['end'])}")


def _paid_vi(text: str) -> str | None:
    """"How much did you pay for this car?" as "Bạn mua chiếc ô tô này bao nhiêu tiền?", "How much did your father
    pay for his new motorbike?" as "Bố bạn mua xe máy mới hết bao nhiêu tiền?" (_PAID_EN); None for anything else,
    "I" asking, and whose not agreeing with who ("your father … her car")."""
    m = _PAID_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, _ = who_vi(m)
    thing = None if who_ == "tôi" else _thing_vi(m, who_, "pay")
    if thing is None:
        return None
    cost = " hết" if not thing.endswith((" này", " đó")) else ""
    return capitalised(f"{who_} mua {thing}{cost} bao nhiêu tiền?")
