"""Power banks, both ways, written whole by rule: buying or needing one, charging a phone from one or charging the power
bank itself, one full, charging, almost dead or with some per cent left, who always carries one, and whether one may
go on a plane or in hand or checked luggage. v8 reads "sạc dự phòng" as a room charge or a defence and "power
bank" as a bank: "Tôi cần mua một cái sạc dự phòng." → "I need to buy a room charge.", "Sạc dự phòng của tôi đầy pin
rồi." → "Pay my room is full of battery."; "My power bank is almost dead." → "Ngân hàng điện năng của tôi gần như đã
chết." (the tests give more).

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets) needs, wants or has to buy a power bank (a new one), will buy
one, has just bought one, already, bought one, has not yet, asked ("… có cần mua … không?", "… đã mua … chưa?"), or
asks where they can buy one; who is charging, can, needs or has to charge their own device (mt.batteries.DEVICES)
from a power bank (whose: mt.terms.OWNERS, someone, "này"; "pin dự phòng" too), or is charging, needs, has to or
forgot to charge the power bank itself, or has not yet; a power bank with whose or "này" full (asked "… chưa?"),
charging, almost dead, running low, or with some per cent left; who always (mt.hobbies.SELDOM: often, never …)
carries one, or asked; whether one can go on a plane or in hand or checked luggage, asked of anyone or of who, and
that they must go in hand luggage or cannot go on a plane or in checked luggage. Left: having, needing, borrowing or
being lent one, one dead, broken or with charge left asked (mt/chargers.py), one brought along, forgotten or asked
("Bạn có mang theo sạc dự phòng không?": mt/bring_along.py), a bare "mua" or "sạc" (past or present?), "pin dự
phòng" but charging from it (a spare battery?), a name's own device in Vietnamese (his or hers?), a power bank with
no whose or a pet's, several devices ("chúng tôi", "our phones"), "anh", "chị", "em" alone saying it, "Bạn có thể sạc
sạc dự phòng không?" (a request: whose?), "an power bank", and anything else.
mt.phrasebook.translate tries these after mt/wet_floors.py.

    >>> translate("Tôi cần mua sạc dự phòng.", "vi", "en"), translate("My power bank is almost dead.", "en", "vi")
    ('I need to buy a power bank.', 'Sạc dự phòng của tôi sắp hết pin.')
"""
from __future__ import annotations

import re

from .batteries import DEVICES, DEVICES_VI
from .hobbies import (HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, first_agrees, owner_of,
                      pet, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:dự\s+phòng)"), "en": lazy(r"(?i:power\s+bank|portable\s+charger)")}

# a power bank ("pin dự phòng", also a spare battery, only where it charges a device), one of them ("một cái")
_GEAR = r"(?i:(?:cục\s+|pin\s+)?sạc\s+dự\s+phòng)"
_GEAR_BY = r"(?i:(?:cục\s+|pin\s+)?sạc\s+dự\s+phòng|pin\s+dự\s+phòng)"
_A = r"(?:(?i:một)\s+)?(?:(?i:cái|chiếc)\s+)?"
_DEV = rf"(?i:{alternatives(DEVICES)})"
_PB_EN = r"(?i:power\s+bank|portable\s+charger)"
_MANY = {"we", "they"}  # (whose phones or power banks: one or several?)

# who buys one ("Tôi cần mua một cái sạc dự phòng.", "Tôi vừa mua sạc dự phòng mới.", "Bạn đã mua sạc dự phòng chưa?")
_BUY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?(?:(?P<aux>cần|muốn|phải|sẽ|vừa\s+mới|vừa|mới|đã)"
            rf"\s+)?mua\s+{_A}{_GEAR}(?P<new>\s+mới)?(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{ASKED_END}")
_WHERE = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?mua\s+{_A}{_GEAR}\s+ở\s+(?:đâu|chỗ\s+nào)(?:\s+(?P<can2>được))?"
              rf"{SOFTENED_END}")
# who charges a device from it, or charges it ("Tôi đang sạc điện thoại bằng sạc dự phòng.", "Tôi quên sạc sạc dự
# phòng."); not "sạc" bare (habit, or past?)
_CHARGE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>chưa)\s+)?(?:(?P<aux>đang|cần|phải|có\s+thể|quên(?:\s+mất)?|"
               rf"đã\s+quên)\s+)?sạc\s+(?:(?:(?i:cái|chiếc)\s+)?(?P<device>{_DEV})\s+bằng\s+{_A}{_GEAR_BY}"
               rf"(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?|(?P<itself>{_GEAR}))(?:\s+(?P<yet>chưa))?{ASKED_END}")
_CHARGE_AUX = {"cần": "need", "phải": "have"}
# how one is ("Sạc dự phòng của tôi đầy pin rồi.", "Sạc dự phòng này sắp hết pin.", "… còn 50% pin.")
_STATE = lazy(rf"{_GEAR}(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))\s+(?:(?P<full>(?:đã\s+)?(?:sạc\s+)?đầy(?:\s+pin)?)|"
              r"(?P<ing>đang\s+(?:được\s+)?sạc)|(?P<dying>sắp\s+hết\s+pin)|(?P<low>yếu\s+pin|pin\s+yếu)|"
              rf"còn\s+(?P<pct>\d{{1,3}})\s*%(?:\s+pin)?)(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# who carries one, how often ("Tôi luôn mang theo sạc dự phòng.", "Bạn có luôn mang theo sạc dự phòng không?")
_OFTEN = SELDOM | {"lúc nào cũng": "always"}
_CARRY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<often>{alternatives(_OFTEN)})\s+(?:mang|đem)(?P<theo>\s+theo)?\s+{_A}"
              rf"{_GEAR}(?P<theo2>\s+theo)?(?:\s+bên\s+(?:người|mình))?{ASKED_END}")
# on a plane, in hand or checked luggage ("Sạc dự phòng có được mang lên máy bay không?", "Tôi có được mang sạc dự
# phòng lên máy bay không?", "Sạc dự phòng phải để trong hành lý xách tay.")
_PLACES = {"lên máy bay": "plane", "trong hành lý xách tay": "hand", "vào hành lý xách tay": "hand",
           "trong hành lý ký gửi": "checked", "vào hành lý ký gửi": "checked"}
_PLACE = rf"(?P<place>{alternatives(_PLACES)})"
_PUT = r"(?:mang|đem|để|cho)(?:\s+theo)?"
_ALLOWED = lazy(rf"(?:{_A}{_GEAR}\s+có\s+được\s+(?:phép\s+)?{_PUT}|(?i:có\s+)?được\s+(?:phép\s+)?{_PUT}\s+{_A}{_GEAR}|"
                rf"{WHO}\s+có\s+(?:được|thể)\s+{_PUT}\s+{_A}{_GEAR})\s+{_PLACE}\s+không{SOFTENED_END}")
_RULE = lazy(rf"{_GEAR}\s+(?P<must>phải|không\s+được(?:\s+phép)?)\s+{_PUT}\s+{_PLACE}{SOFTENED_END}")

# ... and in English
_BUY_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has|Did)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|have|has)n['’]t|\s+(?:do|does|have"
               r"|has)\s+not|\s+will|['’]ll|['’]ve|['’]s|\s+have|\s+has)?(?:\s+(?P<adv>just|already))?(?:\s+(?P<need>"
               rf"needs?|wants?|has|have)\s+to)?\s+(?P<verb>buy|bought)\s+a\s+(?P<new>new\s+)?{_PB_EN}"
               r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where\s+(?:can|could)\s+{WHO_EN}\s+buy\s+a\s+(?P<new>new\s+)?{_PB_EN}\s*\?+")
# "q aux adv need verb" (as _buy_vi reads them): the Vietnamese after who, whether "một cái" is said, and the end
_BUY_VI = {
    "- - - need buy": ("cần mua", True, "."), "- - - want buy": ("muốn mua", True, "."),
    "- - - have buy": ("phải mua", True, "."), "- not - need buy": ("không cần mua", False, "."),
    "- not - want buy": ("không muốn mua", False, "."), "- not - have buy": ("không phải mua", False, "."),
    "- will - - buy": ("sẽ mua", True, "."), "- have just - bought": ("vừa mua", True, "."),
    "- - just - bought": ("vừa mua", True, "."), "- have already - bought": ("đã mua", False, " rồi."),
    "- - already - bought": ("đã mua", False, " rồi."), "- - - - bought": ("đã mua", True, "."),
    "- haven't - - bought": ("chưa mua", False, "."), "do - - need buy": ("có cần mua", False, " không?"),
    "do - - want buy": ("có muốn mua", False, " không?"), "do - - have buy": ("có phải mua", False, " không?"),
    "have - - - bought": ("đã mua", False, " chưa?"), "did - - - buy": ("đã mua", False, " chưa?")}
_AUX_SAID = {"don't": "not", "doesn't": "not", "do not": "not", "does not": "not", "haven't": "haven't",
             "hasn't": "haven't", "have not": "haven't", "has not": "haven't", "'ve": "have", "'s": "have",
             "has": "have", "'ll": "will", "does": "do", "wants": "want", "needs": "need"}
_CHARGE_EN = lazy(rf"(?:(?P<q>Can|Could|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are)|['’](?:s|m|re)|\s+can|"
                  r"\s+needs?\s+to|\s+(?:has|have)\s+to|\s+forgot\s+to|"
                  r"\s+(?:haven|hasn)['’]t|\s+(?:have|has)\s+not)?\s+"
                  rf"(?P<verb>charging|charge|charged)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+(?:(?P<device>(?i:"
                  rf"{alternatives(DEVICES_VI)}))\s+(?:with|from|using|on)\s+(?:(?P<a>a)|(?P<bowner>(?i:{WHOSE_WORDS}"
                  rf"|this))|(?P<bsomeone>{SOMEONE_EN})['’]s)\s+{_PB_EN}|(?P<itself>{_PB_EN}))(?P<yet>\s+yet)?"
                  r"\s*(?P<end>[.!?]*)")
# (q, aux, verb) as _charge_vi reads them: the Vietnamese
_CHARGE_VI = {("", "be", "charging"): "đang sạc", ("", "can", "charge"): "có thể sạc",
              ("can", "", "charge"): "có thể sạc", ("", "need to", "charge"): "cần sạc",
              ("", "have to", "charge"): "phải sạc", ("do", "need to", "charge"): "cần sạc",
              ("do", "have to", "charge"): "phải sạc", ("", "forgot to", "charge"): "quên sạc",
              ("", "haven't", "charged"): "chưa sạc"}
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|this|the))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_PB_EN}"
_STATE_EN = lazy(rf"{_WHOSE_EN}(?:(?:\s+is|['’]s)\s+(?:(?P<full>fully\s+charged|full)|(?P<ing>charging)|"
                 r"(?P<dying>(?:almost|nearly)\s+(?:dead|flat|empty)|running\s+low|low))|\s+has\s+"
                 r"(?P<pct>\d{1,3})\s*%\s+(?:(?:charge|battery)\s+)?left)\s*(?P<end>[.!]*)")
_FULL_EN = lazy(rf"Is\s+{_WHOSE_EN}\s+(?:fully\s+charged|full)(?:\s+yet)?\s*\?+")
_CARRY_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<often>(?i:{alternatives(HABIT_VI)}))\s+(?P<verb>carry|carries|"
                 rf"take|takes|bring|brings|have|has)\s+a\s+{_PB_EN}(?:\s+with\s+(?P<obj>me|you|him|her|us|them))?"
                 r"\s*(?P<end>[.!?]*)")
_LUGGAGE = {"hand": "hand", "cabin": "hand", "carry-on": "hand", "checked": "checked", "hold": "checked"}
_PLACE_EN = (rf"(?:(?P<plane>on\s+(?P<a_plane>an?\s+plane|planes)|on\s+the\s+plane|on\s+board)|in\s+(?:(?P<lown>(?i:"
             rf"{WHOSE_WORDS}))\s+)?(?P<luggage>{alternatives(_LUGGAGE)})\s+(?:luggage|baggage))")
_PLACE_VI = {"plane": "mang lên máy bay", "hand": "để trong hành lý xách tay", "checked": "để trong hành lý ký gửi"}
_ALLOWED_EN = lazy(rf"(?:(?:Can|Could|May)\s+{WHO_EN}\s+(?P<verb>take|bring|put|pack)\s+(?:a|(?P<own>(?i:"
                   rf"{WHOSE_WORDS})))\s+{_PB_EN}|(?P<any>Are\s+{_PB_EN}s\s+allowed|Can\s+{_PB_EN}s\s+go))\s+"
                   rf"{_PLACE_EN}\s*\?+")
_RULE_EN = lazy(rf"{_PB_EN}s\s+(?P<must>must|have\s+to|can['’]t|cannot|(?:aren['’]t|are\s+not)\s+allowed(?:\s+to)?)"
                rf"(?P<go>\s+go)?\s+{_PLACE_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about buying a power bank, charging from one or charging it, how full it is,
    carrying one, or taking one on a plane; None for any other."""
    if src == "vi":
        return _buy(text) or _where(text) or _charge(text) or _state(text) or _carry(text) or _allowed(text) or \
            _rule(text)
    return _buy_vi(text) or _where_vi(text) or _charge_vi(text) or _state_vi(text) or _carry_vi(text) or \
        _allowed_vi(text) or _rule_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one, as mt.hobbies.who; None for a pet, and "em" with "ạ"."""
    return None if animal(m) or em_speaking(m) else who(m, asked)


def _buy(text: str) -> str | None:
    """"Tôi cần mua một cái sạc dự phòng." as "I need to buy a power bank.", "Bạn đã mua sạc dự phòng chưa?" as "Have
    you bought a power bank yet?", "Tôi chưa mua sạc dự phòng." as "I haven't bought a power bank yet." (_BUY); None
    for anything else, and a bare "mua" (bought, or buys?)."""
    m = _BUY.fullmatch(text)
    q = bool(m) and "?" in m["end"]
    said = m and _who(m, q)
    if not said:
        return None
    (who_, one), aux, not_ = said, keyed(m["aux"] or ""), keyed(m["not"] or "")
    aux, end, has = {"vừa mới": "vừa", "mới": "vừa"}.get(aux, aux), stop(m["end"]), "has" if one else "have"
    thing = f"a {'new ' * bool(m['new'])}power bank"
    if aux in ("cần", "muốn", "phải"):
        if m["done"] or m["yet"] or not_ == "chưa" or q != bool(m["asked"]) or bool(m["ask"]) != q or q and not_:
            return None
        base = {"cần": "need", "muốn": "want", "phải": "have"}[aux]
        return present(who_, one, base, f"to buy {thing}", q, bool(not_), end)
    if m["ask"] or m["asked"] or q != bool(m["yet"]) or m["yet"] and (aux not in ("", "đã") or not_ or m["done"]):
        return None
    if m["yet"]:  # (asked of oneself: whether one bought it is known)
        return None if who_ in ("I", "we") else f"{'Has' if one else 'Have'} {who_} bought {thing} yet?"
    if not_:
        return None if not_ != "chưa" or aux or m["done"] else \
            capitalised(f"{who_} {'hasn' if one else 'haven'}'t bought {thing} yet{end}")
    if m["done"]:
        return None if aux not in ("", "đã") else \
            capitalised(contracted(who_, f"{has} already bought {thing}") + end)
    said = {"sẽ": f"will buy {thing}", "vừa": f"{has} just bought {thing}", "đã": f"bought {thing}"}.get(aux)
    return said and capitalised(contracted(who_, said) + end)


def _where(text: str) -> str | None:
    """"Tôi có thể mua sạc dự phòng ở đâu?" as "Where can I buy a power bank?" (_WHERE); None for anything else, and
    where "có thể" or "được" is not said (where one bought it, or buys it?)."""
    m = _WHERE.fullmatch(text)
    if not m or not (m["can"] or m["can2"]) or "?" not in m["end"]:
        return None
    said = _who(m, True)
    return said and f"Where can {said[0]} buy a power bank?"


def _charge(text: str) -> str | None:
    """"Tôi đang sạc điện thoại bằng sạc dự phòng." as "I'm charging my phone with a power bank.", "Tôi quên sạc sạc
    dự phòng." as "I forgot to charge my power bank." (_CHARGE); None for anything else, who whose own device English
    cannot tell ("Lan": his, or hers?), and several."""
    m = _CHARGE.fullmatch(text)
    q = bool(m) and "?" in m["end"]
    said = m and _who(m, q)
    if not said or said[0] in _MANY or q != bool(m["asked"]) or m["yet"]:
        return None
    (who_, one), aux, asked = said, keyed(m["aux"] or ""), bool(m["asked"])
    # (the power bank charged from: "a", "my", "my mother's", "this"; not a pet's)
    whose, by = whose_own(m, who_), "this" if m["this"] else None if pet(m["someone"], "vi") else owner_of(m, "a")
    if whose is None or by is None:
        return None
    end = stop(m["end"])
    thing = f"{whose} power bank" if m["itself"] else f"{whose} {DEVICES[keyed(m['device'])]} with {by} power bank"
    if m["not"]:  # (of the power bank itself: a phone charged yet is mt/batteries.py's)
        return None if aux or m["ask"] or asked or not m["itself"] else \
            capitalised(f"{who_} {'hasn' if one else 'haven'}'t charged {thing} yet{end}")
    if aux in ("cần", "phải"):
        return None if asked != bool(m["ask"]) else present(who_, one, _CHARGE_AUX[aux], f"to charge {thing}", asked,
                                                             False, end)
    if m["ask"]:
        return None
    if aux == "có thể":  # (asked of the power bank itself, a request: "Can you charge the power bank?")
        return (None if m["itself"] else f"Can {who_} charge {thing}?") if asked else \
            capitalised(f"{who_} can charge {thing}{end}")
    if asked or not aux:
        return None
    if aux == "đang":
        be = "am" if who_ == "I" else "is" if one else "are"
        return capitalised(contracted(who_, f"{be} charging {thing}") + end)
    return capitalised(f"{who_} forgot to charge {thing}{end}") if m["itself"] else None


def _state(text: str) -> str | None:
    """"Sạc dự phòng của tôi đầy pin rồi." as "My power bank is fully charged.", "Sạc dự phòng này sắp hết pin." as
    "This power bank is almost dead." (_STATE); None for anything else, and a pet's."""
    m = _STATE.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]) or m["someone"] and pet(m["someone"], "vi"):
        return None
    whose = "this" if m["this"] else owner_of(m)
    if whose is None or m["done"] and (m["ing"] or m["pct"]) or m["pct"] and int(m["pct"]) > 100:
        return None
    if m["yet"]:
        return f"Is {whose} power bank fully charged yet?" if m["full"] and not m["done"] else None
    said = "is fully charged" if m["full"] else "is charging" if m["ing"] else "is almost dead" if m["dying"] else \
        "is running low" if m["low"] else f"has {int(m['pct'])}% left"
    return capitalised(f"{whose} power bank {said}{stop(m['end'])}")


def _carry(text: str) -> str | None:
    """"Tôi luôn mang theo sạc dự phòng." as "I always carry a power bank.", "Bạn có luôn mang theo sạc dự phòng
    không?" as "Do you always carry a power bank?" (_CARRY); None for anything else, and "theo" said twice."""
    m = _CARRY.fullmatch(text)
    if not m or m["theo"] and m["theo2"] or not bool(m["ask"]) == bool(m["asked"]) == ("?" in m["end"]):
        return None
    asked, often = bool(m["asked"]), _OFTEN[keyed(m["often"])]
    said = _who(m, asked)
    if not said or asked and often == "never":
        return None
    return present(*said, "carry", "a power bank", asked, False, stop(m["end"]), adverb=f"{often} ")


def _allowed(text: str) -> str | None:
    """"Sạc dự phòng có được mang lên máy bay không?" as "Can you take a power bank on a plane?", "Tôi có được mang
    sạc dự phòng lên máy bay không?" as "Can I take a power bank on the plane?", "Có được để sạc dự phòng trong hành
    lý ký gửi không?" as "Can you put a power bank in your checked luggage?" (_ALLOWED); None for anything else."""
    m = _ALLOWED.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    place = _PLACES[keyed(m["place"])]
    if not any(m[g] for g in ("who", "kin", "titled", "given")):
        return "Can you take a power bank on a plane?" if place == "plane" else \
            f"Can you put a power bank in your {place} luggage?"
    said = _who(m, True)
    whose = said and (whose_own(m, said[0]) if place != "plane" else "the")
    if not whose:
        return None
    return f"Can {said[0]} {'take' if place == 'plane' else 'put'} a power bank " + \
        ("on the plane?" if place == "plane" else f"in {whose} {place} luggage?")


def _rule(text: str) -> str | None:
    """"Sạc dự phòng phải để trong hành lý xách tay." as "Power banks must go in hand luggage.", "Sạc dự phòng không
    được để trong hành lý ký gửi." as "Power banks can't go in checked luggage." (_RULE); None for anything else, and
    "phải" but of hand luggage."""
    m = _RULE.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    place, end = _PLACES[keyed(m["place"])], stop(m["end"])
    where = "on a plane" if place == "plane" else f"in {place} luggage"
    if keyed(m["must"]) == "phải":
        return f"Power banks must go {where}{end}" if place == "hand" else None
    return f"Power banks can't go {where}{end}"


def _said(words: str | None) -> str:
    """English words as _AUX_SAID and the tables read them: in small letters, "’" as "'", one space between."""
    return " ".join((words or "").lower().replace("’", "'").split())


def _agrees(first: str, who_: str, one: bool) -> bool:
    """Whether the verb said first after who in English, or asking first (`first`), agrees with who in Vietnamese
    (`who_`, `one` as mt.hobbies.who_vi gives them): "she needs", "do you", "I've"; True for one that does not tell."""
    first = _said(first).replace("n't", "").replace(" not", "")
    if first in ("needs", "wants", "carries", "takes", "brings"):
        return one
    if first in ("need", "want", "carry", "take", "bring"):
        return not one
    return first_agrees(first, who_, one)


def _own(m: re.Match, whose: str | None, who_: str, one: bool) -> bool:
    """Whether whose in English (`whose`, "my", "her") of a match of WHO_EN is who's own ("I … my", "my mother …
    her", "Lan … her"), or not said."""
    if not whose:
        return True
    whose = whose.lower()
    if m["who"]:
        return whose == WHOSE_OF[m["who"].lower()]
    own = his_her(who_) if m["kin"] else None
    return whose == own if own else one and whose in ("his", "her")


def _buy_vi(text: str) -> str | None:
    """"I need to buy a power bank." as "Tôi cần mua một cái sạc dự phòng.", "She's just bought a new power bank." as
    "Cô ấy vừa mua một cái sạc dự phòng mới.", "Have you bought a power bank yet?" as "Bạn đã mua sạc dự phòng
    chưa?" (_BUY_EN, _BUY_VI); None for anything else, and where the verb does not agree with who."""
    m = _BUY_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    q, aux, need = _said(m["q"]), _said(m["aux"]), _said(m["need"])
    key = " ".join(_AUX_SAID.get(w, w) or "-" for w in (q.replace("has", "have"), aux, m["adv"], need, m["verb"]))
    said = _BUY_VI.get(key)
    first = q or aux.split(" ")[0] or need
    if said is None or not _agrees(first, who_, one) or m["yet"] and "chưa" not in said[0] + said[2] or \
            said[2] == " chưa?" and who_ in ("tôi", "chúng tôi"):
        return None
    doing, a, after = said
    thing = f"{'một cái ' * a}sạc dự phòng{' mới' * bool(m['new'])}"
    return capitalised(f"{who_} {doing} {thing}{after[:-1]}{stop(m['end']) if after.endswith('.') else '?'}")


def _where_vi(text: str) -> str | None:
    """"Where can I buy a power bank?" as "Tôi có thể mua sạc dự phòng ở đâu?" (_WHERE_EN); None for anything else."""
    m = _WHERE_EN.fullmatch(text)
    if not m or animal(m):
        return None
    return capitalised(f"{who_vi(m)[0]} có thể mua sạc dự phòng{' mới' * bool(m['new'])} ở đâu?")


def _charge_vi(text: str) -> str | None:
    """"I'm charging my phone with a power bank." as "Tôi đang sạc điện thoại bằng sạc dự phòng.", "I forgot to charge
    my power bank." as "Tôi quên sạc cục sạc dự phòng." (_CHARGE_EN); None for anything else, the verb not agreeing,
    a device or power bank not who's own ("I … her phone"), a pet's, and several ("our phones")."""
    m = _CHARGE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    q, aux, verb = _said(m["q"]), _said(m["aux"]), m["verb"]
    if who_ in ("chúng tôi", "họ") or not _own(m, m["owner"], who_, one) or not _agrees(q or aux.split(" ")[0],
                                                                                      who_, one):
        return None
    if m["itself"]:
        thing = "cục sạc dự phòng"
    else:
        whose = _said(m["bowner"]) if m["bowner"] else None
        named = m["bsomeone"] and not pet(m["bsomeone"], "en") and someone(m["bsomeone"], "en")
        if m["bsomeone"] and not named:  # (not a pet's, as _charge leaves it)
            return None
        by = " này" if whose == "this" else f" của {WHOSE_VI[whose]}" if whose else f" của {named}" if named else ""
        thing = f"{DEVICES_VI[_said(m['device'])]} bằng sạc dự phòng{by}"
    aux = "be" if aux in ("is", "am", "are", "'s", "'m", "'re") else \
        _AUX_SAID.get(aux, aux.replace("needs", "need").replace("has to", "have to"))
    said = _CHARGE_VI.get((q.replace("does", "do").replace("could", "can"), aux, verb))
    if said is None or m["yet"] and said != "chưa sạc" or said in ("quên sạc", "chưa sạc") and not m["itself"]:
        return None
    if q:
        return capitalised(f"{who_} {'' if q in ('can', 'could') else 'có '}{said} {thing} không?")
    return capitalised(f"{who_} {said} {thing}{stop(m['end'])}")


def _gear_vi(m: re.Match) -> str | None:
    """The power bank of a match of _WHOSE_EN in Vietnamese: "sạc dự phòng của tôi", "sạc dự phòng này", "sạc dự phòng"
    for "the"; None for someone not read."""
    if m["someone"]:  # (not a pet's, as _state leaves it)
        said = not pet(m["someone"], "en") and someone(m["someone"], "en")
        return said and f"sạc dự phòng của {said}"
    owner = m["owner"].lower()
    return "sạc dự phòng" + ("" if owner == "the" else " này" if owner == "this" else f" của {WHOSE_VI[owner]}")


def _state_vi(text: str) -> str | None:
    """"My power bank is fully charged." as "Sạc dự phòng của tôi đầy pin rồi.", "Is your power bank fully charged
    yet?" as "Sạc dự phòng của bạn đã đầy pin chưa?" (_STATE_EN, _FULL_EN); None for anything else."""
    if m := _FULL_EN.fullmatch(text):
        gear = _gear_vi(m)
        return gear and capitalised(f"{gear} đã đầy pin chưa?")
    m = _STATE_EN.fullmatch(text)
    gear = m and _gear_vi(m)
    if not gear or m["pct"] and int(m["pct"]) > 100:
        return None
    said = "đầy pin rồi" if m["full"] else "đang sạc" if m["ing"] else "sắp hết pin" if m["dying"] else \
        f"còn {int(m['pct'])}% pin"
    return capitalised(f"{gear} {said}{stop(m['end'])}")


def _carry_vi(text: str) -> str | None:
    """"I always carry a power bank." as "Tôi luôn mang theo sạc dự phòng.", "Does she always take a power bank with
    her?" as "Cô ấy có luôn mang theo sạc dự phòng không?" (_CARRY_EN); None for anything else, the verb not
    agreeing, "with" another than who, and "have" without "with"."""
    m = _CARRY_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    q, verb, often = _said(m["q"]), m["verb"], m["often"].lower()
    obj = m["obj"] and {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}[m["obj"]]
    if q and (verb.endswith("s") or not _agrees(q, who_, one) or often == "never") or \
            not q and not _agrees(verb, who_, one) or \
            verb.startswith("ha") and not obj or not _own(m, obj, who_, one):
        return None
    often_vi = HABIT_VI[often]
    if q:
        return capitalised(f"{who_} có {often_vi} mang theo sạc dự phòng không?")
    return capitalised(f"{who_} {often_vi} mang theo sạc dự phòng{stop(m['end'])}")


def _place(m: re.Match) -> str:
    """Where of a match of _PLACE_EN: "plane", "hand" or "checked"."""
    return "plane" if m["plane"] else _LUGGAGE[m["luggage"].lower()]


def _allowed_vi(text: str) -> str | None:
    """"Can you take a power bank on a plane?" as "Sạc dự phòng có được mang lên máy bay không?", "Can I take my power
    bank on the plane?" as "Tôi có được mang sạc dự phòng lên máy bay không?" (_ALLOWED_EN); None for anything else,
    "put" on a plane, and whose not who's own."""
    m = _ALLOWED_EN.fullmatch(text)
    if not m or m["verb"] and animal(m):
        return None
    place = _place(m)
    if m["verb"] and (place == "plane") != (m["verb"] in ("take", "bring")):
        return None
    if m["any"] or m["a_plane"] and _said(m["who"]) == "you" and not m["own"]:
        return None if m["lown"] and m["lown"].lower() != "your" else f"Sạc dự phòng có được {_PLACE_VI[place]} không?"
    who_, one = who_vi(m)
    if not (_own(m, m["own"], who_, one) and _own(m, m["lown"], who_, one)):
        return None
    doing, _, where = _PLACE_VI[place].partition(" ")
    return capitalised(f"{who_} có được {doing} sạc dự phòng {where} không?")


def _rule_vi(text: str) -> str | None:
    """"Power banks must go in hand luggage." as "Sạc dự phòng phải để trong hành lý xách tay.", "Power banks can't go
    in checked luggage." as "Sạc dự phòng không được để trong hành lý ký gửi." (_RULE_EN); None for anything else,
    "must" but of hand luggage, and whose luggage but "your"."""
    m = _RULE_EN.fullmatch(text)
    if not m or m["lown"] and m["lown"].lower() != "your":
        return None
    must, place = _said(m["must"]), _place(m)
    if bool(m["go"]) == must.endswith("allowed") or must in ("must", "have to") and place != "hand":
        return None
    return f"Sạc dự phòng {'phải' if must in ('must', 'have to') else 'không được'} {_PLACE_VI[place]}{stop(m['end'])}"
