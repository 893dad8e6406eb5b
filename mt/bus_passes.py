"""Monthly bus passes and bus cards, both ways, written whole by rule: one got, renewed or topped up, expired or out of
money, forgotten or lost, had; where to get one and what one costs. v8 (rules on) reads "vé tháng" as a fall or a
month ticket, "gia hạn" as a limit, and "pass" as passing: "Tôi muốn làm vé tháng xe buýt." → "I want to do the bus
ticket.", "Vé tháng của tôi hết hạn rồi." → "The fall of my month is expired.", "Làm vé tháng ở đâu?" → "Where do the
ticket last month?", "Tôi cần gia hạn vé tháng." → "I need a monthly ticket limit.", "Thẻ xe buýt của tôi hết tiền
rồi." → "My bus card is all money."; "I want to get a monthly bus pass." → "Tôi muốn đi xe buýt hàng tháng.", "I have
to top up my bus card." → "Tôi phải đứng đầu danh thiếp xe buýt.", "Do you have a monthly pass?" → "Bạn có trôi qua
hàng tháng không?".

Taken: a pass of _PASSES ("vé tháng (xe buýt, học sinh)", "thẻ xe buýt"; "monthly pass", "bus pass", "bus card");
who (mt.hobbies.WHO, WHO_EN; not a pet) getting ("làm"), renewing ("gia hạn") or topping up ("nạp tiền (vào)", a bus
card only) one: wants, needs, has to (said, "không", asked "có … không?"), will ("sẽ"), go and ("đi"), done ("rồi"),
just ("vừa"), past ("đã"), not yet, asked "… chưa?"; whose pass (mt.hobbies.OWNER, "này") expired or, a bus card, out
of money: done, just, about to ("sắp"), not yet, asked "… chưa?"; who forgot to bring ("quên mang"), forgot or lost
("làm mất") their pass: past, again ("lại"), done, just, asked "có … không?"; who has one, not, not yet, already,
asked; where one gets, buys, renews or tops one up ("Where can I …?"); what one costs. Left: tickets of a ride ("vé
xe buýt": mt/tickets.py), bank cards expired ("thẻ": mt/card_trouble.py), passports (mt/passports.py), things left at
a place ("quên vé ở nhà": mt/left_behind.py), bare "hết hạn" and "làm vé tháng" (expires or expired? gets or got?), a
pass of no one's expired, a "travel card" (a bank's travel money card?), "the pass", another's pass renewed ("my
son's"), a name alone with its own pass in Vietnamese (his or hers?), "anh", "chị", "em" alone saying it, a pet, "I"
asked of oneself, "we" and "they" in Vietnamese (one pass, or one each?), and anything else.
mt.phrasebook.translate tries these after mt/street_vendors.py.

    >>> translate("Tôi muốn làm vé tháng xe buýt.", "vi", "en"), translate("My monthly pass has expired.", "en", "vi")
    ('I want to get a monthly bus pass.', 'Vé tháng của tôi hết hạn rồi.')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, owner_of, pet, someone, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:vé\s+tháng|thẻ\s+xe\s+buýt)"), "en": lazy(r"(?i:monthly|bus\s+pass|bus\s+card)")}
# the passes (the first Vietnamese of each English is written back)
_PASSES = {"vé tháng": "monthly pass", "vé tháng xe buýt": "monthly bus pass",
           "vé tháng học sinh": "student monthly pass", "vé tháng sinh viên": "student monthly pass",
           "vé tháng xe buýt học sinh": "student monthly bus pass", "thẻ xe buýt": "bus card"}
# ("bus pass": what "vé tháng" is in Vietnam; a bus card is topped up, a pass is not)
_PASSES_VI = {en: vi for vi, en in reversed(_PASSES.items())} | {"bus pass": "vé tháng xe buýt"}
_CARD, _CARD_EN = "thẻ xe buýt", "bus card"
_MODALS = {"muốn": ("want to", "wants to"), "cần": ("need to", "needs to"), "phải": ("have to", "has to")}
_MODALS_VI = {base: vi for vi, (base, _) in _MODALS.items()}
_AUX_MODALS = _MODALS_VI | {one: vi for vi, (_, one) in _MODALS.items()}
# the verbs: Vietnamese, and English base, past and participle (the states: participle and base)
_VERBS = {"làm": ("get", "got", "got"), "gia hạn": ("renew", "renewed", "renewed"), "mua": ("buy", "bought", "bought"),
          "nạp tiền": ("top up", "topped up", "topped up"), "nạp tiền vào": ("top up", "topped up", "topped up")}
_VERBS_VI = {"get": "làm", "got": "làm", "renew": "gia hạn", "renewed": "gia hạn", "top up": "nạp tiền vào",
             "topped up": "nạp tiền vào", "buy": "mua"}
_STATES = {"hết hạn": ("expired", "expire"), "hết tiền": ("run out of money", "run out of money")}

_PASS = rf"(?P<pass>(?i:{alternatives(_PASSES)}))"
_END = rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}"
# getting, renewing, topping up ("Tôi muốn làm vé tháng.", "Bạn đã gia hạn vé tháng chưa?")
_DO = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<aux>muốn|cần|phải|sẽ|đã|vừa\s+mới|vừa|mới|chưa)"
           rf"\s+)?(?:(?P<go>đi)\s+)?(?P<verb>làm|gia\s+hạn|nạp\s+tiền(?:\s+vào)?)\s+{_PASS}(?:\s+(?P<done>rồi))?"
           rf"{_END}")
# forgotten or lost ("Con tôi quên mang vé tháng.", "Mẹ tôi làm mất vé tháng rồi.")
_LOSE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|lại)\s+)?(?P<verb>quên\s+mang(?:\s+theo)?|"
             rf"quên|làm\s+mất|đánh\s+mất|bị\s+mất)\s+{_PASS}(?:\s+(?P<done>rồi))?{_END}")
# expired, or out of money ("Vé tháng của tôi hết hạn rồi.", "Thẻ xe buýt này sắp hết tiền.")
_STATE = lazy(rf"{_PASS}(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sắp|chưa)\s+)?"
              rf"(?P<state>hết\s+hạn|hết\s+tiền)(?:\s+(?P<done>rồi))?{_END}")
# had ("Bạn có vé tháng không?", "Tôi chưa có vé tháng.")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<did>đã)\s+)?có\s+{_PASS}(?:\s+(?P<done>rồi))?{_END}")
# where, and what one costs ("Làm vé tháng ở đâu?", "Vé tháng học sinh bao nhiêu tiền?")
_WHERE = lazy(rf"(?:(?i:tôi)\s+)?(?:(?P<can>(?i:có\s+thể))\s+)?(?P<verb>(?i:làm|mua|gia\s+hạn|"
              rf"nạp\s+tiền(?:\s+vào)?))\s+{_PASS}\s+ở\s+đâu{SOFTENED_END}")
_PRICE = lazy(rf"(?:(?P<make>(?i:làm))\s+|(?i:giá)\s+)?{_PASS}\s+(?:(?:là|giá|mất|hết)\s+)?bao\s+nhiêu(?:\s+tiền)?"
              rf"{SOFTENED_END}")

# ... in English ("a monthly pass", "my bus card", "Lan's bus pass", "this pass")
_PASS_EN = rf"(?P<pass>(?i:{alternatives(_PASSES_VI)}))"
_OBJ_EN = (rf"(?:(?P<a>(?i:an?))|(?P<owner>(?i:{WHOSE_WORDS}|the))|(?P<someone>{SOMEONE_EN})['’]s|"
           rf"(?P<this>(?i:this)))\s+{_PASS_EN}")
_DO_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has|Did)\s+)?{WHO_EN}(?P<aux>\s+(?:wants?|needs?|ha(?:ve|s))\s+to|"
              r"\s+(?:do|does)\s+not\s+(?:want|need|have)\s+to|\s+(?:don|doesn)['’]t\s+(?:want|need|have)\s+to|"
              r"\s+will|['’]ll|\s+ha(?:ve|s)(?:\s+not|n['’]t)?|['’](?:ve|s))?(?:\s+(?P<just>just|already))?"
              r"\s+(?:(?P<go>go\s+and)\s+)?(?P<verb>get|renew|top\s+up|got|renewed|topped\s+up)\s+"
              rf"{_OBJ_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_LOSE_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+ha(?:ve|s)|['’](?:ve|s))?(?:\s+(?P<just>just))?\s+"
                r"(?P<verb>forgot\s+to\s+bring|forget\s+to\s+bring|forgot|forget|lost|lose)\s+"
                rf"{_OBJ_EN}(?P<again>\s+again)?\s*(?P<end>[.!?]*)")
_STATE_EN = lazy(rf"(?:(?P<q>Has)\s+)?{_OBJ_EN}(?P<aux>\s+has(?:\s+not|n['’]t)?|['’]s|\s+is\s+about\s+to|"
                 r"['’]s\s+about\s+to)?(?:\s+(?P<just>just|already))?\s+(?P<verb>expired|expire|run\s+out\s+of\s+"
                 r"money|ran\s+out\s+of\s+money)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|"
                r"\s+ha(?:ve|s)(?:\s+not|n['’]t)?|['’](?:ve|s))?(?:\s+(?P<already>already))?\s+(?P<verb>have|has|got)"
                rf"\s+(?P<a>an?)\s+{_PASS_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where\s+can\s+(?P<who>I|we)\s+(?P<verb>get|buy|renew|top\s+up)\s+{_OBJ_EN}\s*\?+")
_PRICE_EN = lazy(rf"How\s+much\s+(?:(?P<is>is)\s+|(?P<does>does)\s+|does\s+it\s+cost\s+to\s+(?P<make>get)\s+)"
                 rf"(?P<a>an?)\s+{_PASS_EN}(?P<cost>\s+cost)?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a monthly bus pass or a bus card got, renewed, topped up, expired, forgotten,
    lost or had, where to get one or what one costs; None for any other."""
    if src == "vi":
        return _do(text) or _lose(text) or _state(text) or _have(text) or _where(text) or _price(text)
    text = text.replace("’", "'")
    return _do_vi(text) or _lose_vi(text) or _state_vi(text) or _have_vi(text) or _where_vi(text) or _price_vi(text)


def _said(m: re.Match | None) -> tuple[str, bool, bool] | None:
    """Who of a Vietnamese match of WHO in English, whether one ("she has") and whether it asks (group asked and a
    "?"); None where the "?" and the asking words disagree, for a pet, "anh" alone saying it, "em" with "ạ" (the
    speaker), and "we", "they" (one pass, or one each?)."""
    asked = bool(m and m["asked"])
    said = m and asked == ("?" in m["end"]) and not (animal(m) or em_speaking(m)) and who(m, asked)
    return said and said[0] not in ("we", "they") and (*said, asked) or None


def _own(m: re.Match, who_: str) -> str | None:
    """Whose a Vietnamese match of WHO's own pass is in English: "my", "her" for "mẹ tôi", "their" for "con tôi";
    None for a name alone (his or hers?)."""
    return whose_own(m, who_) or (None if m["given"] or m["titled"] else "their")


def _pass(m: re.Match, verb: str, whose: str | None) -> str | None:
    """The pass of a match in English, "a" one got or bought, whose own renewed, topped up, forgotten or lost; None
    for a monthly pass topped up."""
    said = _PASSES[keyed(m["pass"])]
    if verb == "top up" and said != _CARD_EN:
        return None
    return f"a {said}" if verb in ("get", "buy") else whose and f"{whose} {said}"


def _do(text: str) -> str | None:
    """"Tôi muốn làm vé tháng xe buýt." as "I want to get a monthly bus pass.", "Bạn có cần gia hạn vé tháng không?"
    as "Do you need to renew your monthly pass?", "Tôi gia hạn vé tháng rồi." as "I've renewed my monthly pass.",
    "Bạn đã làm vé tháng chưa?" as "Have you got a monthly pass yet?" (_DO); None for anything else, and "làm" with no
    tense (gets or got?)."""
    m = _DO.fullmatch(text)
    said = _said(m)
    if said is None:
        return None
    who_, one, asked = said
    aux, asked_by = keyed(m["aux"] or ""), keyed(m["asked"] or "")
    base, past, part = _VERBS[keyed(m["verb"])]
    thing = _pass(m, base, _own(m, who_))
    if thing is None or bool(m["ask"]) != (asked_by == "không") or m["go"] and aux not in (*_MODALS, "sẽ"):
        return None
    go = "go and " if m["go"] else ""
    if aux in _MODALS and not m["done"]:
        modal = _MODALS[aux][one and not (asked or m["not"])]
        if asked_by == "không" and not m["not"]:
            return f"{'Does' if one else 'Do'} {who_} {modal} {go}{base} {thing}?"
        if not (asked_by or m["ask"]):
            said_ = f"{'doesn' if one else 'don'}'t {modal}" if m["not"] else modal
            return capitalised(f"{who_} {said_} {go}{base} {thing}{stop(m['end'])}")
        return None
    if m["not"] or m["ask"]:
        return None
    have = "has" if one else "have"
    if asked_by == "chưa":
        return f"{have.capitalize()} {who_} {part} {thing} yet?" if aux in ("", "đã") and not m["done"] and \
            who_ != "I" else None
    if aux == "sẽ" and not m["done"]:
        return capitalised(contracted(who_, f"will {go}{base} {thing}") + stop(m["end"]))
    if aux == "chưa" and not m["done"]:
        return capitalised(f"{who_} {have}n't {part} {thing} yet{stop(m['end'])}")
    if aux in ("vừa", "mới", "vừa mới") and not m["done"]:
        return capitalised(contracted(who_, f"{have} just {part} {thing}") + stop(m["end"]))
    if m["done"] and aux in ("", "đã"):
        return capitalised(contracted(who_, f"{have} {part} {thing}") + stop(m["end"]))
    return capitalised(f"{who_} {past} {thing}{stop(m['end'])}") if aux == "đã" else None


def _lose(text: str) -> str | None:
    """"Con tôi quên mang vé tháng." as "My child forgot to bring their monthly pass.", "Mẹ tôi làm mất vé tháng
    rồi." as "My mother has lost her monthly pass.", "Bạn có quên mang vé tháng không?" as "Did you forget to bring
    your monthly pass?" (_LOSE); None for anything else, and "I" asked."""
    m = _LOSE.fullmatch(text)
    said = _said(m)
    if said is None or keyed(m["asked"] or "") == "chưa" or bool(m["ask"]) != said[2]:
        return None
    who_, one, asked = said
    forgot = keyed(m["verb"]).startswith("quên")
    verb = ("forget to bring" if "mang" in keyed(m["verb"]) else "forget") if forgot else "lose"
    thing, aux = _pass(m, verb, _own(m, who_)), keyed(m["aux"] or "")
    if thing is None:
        return None
    if asked:
        return f"Did {who_} {verb} {thing}?" if not (aux or m["done"] or who_ == "I") else None
    again, have = " again" if aux == "lại" else "", "has" if one else "have"
    if aux in ("vừa", "mới", "vừa mới") and not (m["done"] or forgot):  # (forgot: "vừa" left, "rồi" says "forgot")
        return capitalised(contracted(who_, f"{have} just lost {thing}") + stop(m["end"]))
    if m["done"] and aux in ("", "đã") and not forgot:
        return capitalised(contracted(who_, f"{have} lost {thing}") + stop(m["end"]))
    past = verb.replace("forget", "forgot") if forgot else "lost"
    return capitalised(f"{who_} {past} {thing}{again}{stop(m['end'])}") if aux in ("", "đã", "lại") else None


def _state(text: str) -> str | None:
    """"Vé tháng của tôi hết hạn rồi." as "My monthly pass has expired.", "Vé tháng của bạn sắp hết hạn." as "Your
    monthly pass is about to expire.", "Thẻ xe buýt của tôi hết tiền rồi." as "My bus card has run out of money.",
    "Vé tháng của bạn hết hạn chưa?" as "Has your monthly pass expired yet?" (_STATE); None for anything else, a
    bare "hết hạn" (expires or expired?), and a monthly pass out of money."""
    m = _STATE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or keyed(m["asked"] or "") == "không":
        return None
    state, aux, said = keyed(m["state"]), keyed(m["aux"] or ""), _PASSES[keyed(m["pass"])]
    whose = "this" if m["this"] else None if pet(m["someone"], "vi") else owner_of(m, None)  # (a pet's: Left)
    if whose in (None, "our", "their") or state == "hết tiền" and said != _CARD_EN:  # ("our": one pass, or many?)
        return None
    part, base = _STATES[state]
    thing, end = f"{whose} {said}", stop(m["end"])
    if m["asked"]:
        return f"Has {thing} {part} yet?" if aux in ("", "đã") and not m["done"] else None
    if aux == "sắp":
        return capitalised(f"{thing} is about to {base}{end}")
    if m["done"]:
        return capitalised(f"{thing} has {part}{end}") if aux in ("", "đã") else None
    said_ = {"đã": f"has {part}", "vừa": f"has just {part}", "mới": f"has just {part}", "vừa mới": f"has just {part}",
             "chưa": f"hasn't {part} yet"}.get(aux)
    return said_ and capitalised(f"{thing} {said_}{end}")


def _have(text: str) -> str | None:
    """"Bạn có vé tháng không?" as "Do you have a monthly pass?", "Con tôi có vé tháng học sinh." as "My child has a
    student monthly pass.", "Tôi chưa có vé tháng." as "I don't have a monthly pass yet." (_HAVE); None for anything
    else."""
    m = _HAVE.fullmatch(text)
    said = _said(m)
    if said is None:
        return None
    who_, one, asked = said
    asked_by, not_, thing = keyed(m["asked"] or ""), keyed(m["not"] or ""), f"a {_PASSES[keyed(m['pass'])]}"
    do = "Does" if one else "Do"
    if asked:
        ok = not (not_ or m["done"] or m["did"] and asked_by == "không") and who_ != "I"
        return ok and f"{do} {who_} have {thing}{' yet' * (asked_by == 'chưa')}?" or None
    if m["did"]:
        return None
    if not_:
        yet = " yet" if not_ == "chưa" else ""
        return None if m["done"] else capitalised(f"{who_} {do.lower()}n't have {thing}{yet}{stop(m['end'])}")
    have = "has" if one else "have"
    return capitalised(f"{who_} {'already ' * bool(m['done'])}{have} {thing}{stop(m['end'])}")


def _where(text: str) -> str | None:
    """"Làm vé tháng ở đâu?" as "Where can I get a monthly pass?", "Nạp tiền thẻ xe buýt ở đâu?" as "Where can I top
    up my bus card?" (_WHERE); None for anything else, and said with no "?"."""
    m = _WHERE.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    verb = _VERBS[keyed(m["verb"])][0]
    thing = _pass(m, verb, "my")
    return thing and f"Where can I {verb} {thing}?"


def _price(text: str) -> str | None:
    """"Vé tháng học sinh bao nhiêu tiền?" as "How much is a student monthly pass?", "Làm vé tháng mất bao nhiêu
    tiền?" as "How much does it cost to get a monthly pass?" (_PRICE); None for anything else, and a bus card."""
    m = _PRICE.fullmatch(text)
    said = m and _PASSES[keyed(m["pass"])]
    if not m or "?" not in m["end"] or said == _CARD_EN:
        return None
    return f"How much does it cost to get a {said}?" if m["make"] else f"How much is a {said}?"


def _own_en(m: re.Match, who_: str) -> bool:
    """Whether the pass of an English match (group owner) is who's own: "I … my", "My mother … her", "My son …
    their", "Lan … her"; not "the", another's or someone's."""
    whose = (m["owner"] or "").lower()
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    return whose not in ("", "the") and (whose == own if own else whose in ("his", "her", "their"))


def _thing_vi(m: re.Match, verb: str, who_: str) -> str | None:
    """The pass of an English match in Vietnamese, for `verb` (English): "a" one got or bought, who's own renewed,
    topped up, forgotten or lost (Vietnamese leaves whose out); None for anything else."""
    vi = _PASSES_VI[keyed(m["pass"])]
    if verb in ("top up", "topped up") and vi != _CARD:
        return None
    return vi if ((m["a"] or "").lower() == "a" if verb in ("get", "got", "buy") else _own_en(m, who_)) else None


def _agrees(word: str, one: bool) -> bool:
    """Whether an English verb or auxiliary (small letters) agrees with who (`one`: he, she, a name): "has", "does",
    "wants" with one, "have", "do", "want" with others; any other word ("will", "did") with either."""
    first = word.strip().lower().replace("n't", " not").split(" ")[0]
    return one if first in ("has", "does", "wants", "needs", "'s") else not one if first in (
        "have", "do", "want", "need", "'ve") else True


def _do_vi(text: str) -> str | None:
    """"I want to get a monthly bus pass." as "Tôi muốn làm vé tháng xe buýt.", "Do you need to renew your monthly
    pass?" as "Bạn có cần gia hạn vé tháng không?", "I've renewed my monthly pass." as "Tôi đã gia hạn vé tháng
    rồi.", "Have you renewed your monthly pass yet?" as "Bạn đã gia hạn vé tháng chưa?" (_DO_EN); None for anything
    else, "have got" (had: _have_vi), and where a verb does not agree with who."""
    m = _DO_EN.fullmatch(text)
    said = m and not animal(m) and who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    q, verb, just, yet = (m["q"] or "").lower(), " ".join(m["verb"].split()), m["just"], m["yet"]
    thing, vi = _thing_vi(m, verb, who_), _VERBS_VI.get(verb)
    base = verb in ("get", "renew", "top up")
    if thing is None or not _agrees(q or aux or verb, one) or m["go"] and not base:
        return None
    go, plain, neg = "đi " if m["go"] else "", f"{vi} {thing}", aux.startswith(("do not ", "does not "))
    core = aux.removeprefix("does not ").removeprefix("do not ")
    modal = _AUX_MODALS.get(core)
    if modal and (q or neg) and core not in _MODALS_VI:
        return None  # ("Does he wants to", "She doesn't needs to")
    if modal and base and not (just or yet):
        if q in ("do", "does") and "not" not in aux:
            return capitalised(f"{who_} có {modal} {go}{plain} không?")
        if not q:
            return capitalised(f"{who_} {'không ' * neg}{modal} {go}{plain}{stop(m['end'])}")
        return None
    if aux in ("will", "'ll") and base and not (q or just or yet):
        return capitalised(f"{who_} sẽ {go}{plain}{stop(m['end'])}")
    if base and q == "did" and not (aux or just or yet):
        return None if who_ == "tôi" else capitalised(f"{who_} đã {plain} chưa?")
    if base or verb == "got" and (aux or q) and just != "just":
        return None  # ("I've got a monthly pass.", "Have you got …?": had, _have_vi's)
    if q in ("have", "has") and not (aux or just):
        return None if who_ == "tôi" else capitalised(f"{who_} đã {plain} chưa?")
    if q:
        return None
    if aux in ("have not", "has not"):
        return capitalised(f"{who_} chưa {plain}{stop(m['end'])}") if not just else None
    if yet:
        return None
    if just == "just":
        return capitalised(f"{who_} vừa {plain}{stop(m['end'])}")
    if aux in ("have", "has", "'ve", "'s") or just == "already":
        return capitalised(f"{who_} đã {plain} rồi{stop(m['end'])}")
    return capitalised(f"{who_} đã {plain}{stop(m['end'])}")


def _lose_vi(text: str) -> str | None:
    """"My child forgot to bring their bus pass." as "Con tôi quên mang vé tháng xe buýt.", "My mother has lost her
    monthly pass." as "Mẹ tôi làm mất vé tháng rồi.", "Did you forget your monthly pass?" as "Bạn có quên vé tháng
    không?" (_LOSE_EN); None for anything else, another's pass, and "I" asked."""
    m = _LOSE_EN.fullmatch(text)
    said = m and not animal(m) and who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    verb, aux = " ".join(m["verb"].split()), (m["aux"] or "").strip().lower()
    thing = _thing_vi(m, verb, who_)
    vi = "quên mang" if "bring" in verb else "quên" if "forg" in verb else "làm mất"
    if thing is None or aux and not _agrees(aux, one):
        return None
    if m["q"]:
        base = verb in ("forget to bring", "forget", "lose")
        return capitalised(f"{who_} có {vi} {thing} không?") if base and not (aux or m["just"] or m["again"]) and \
            who_ != "tôi" else None
    if verb not in ("forgot to bring", "forgot", "lost") or aux and verb != "lost":
        return None
    again = "lại " if m["again"] else ""
    if m["just"]:
        return None if m["again"] else capitalised(f"{who_} vừa {vi} {thing}{stop(m['end'])}")
    if aux:
        return None if m["again"] else capitalised(f"{who_} {vi} {thing} rồi{stop(m['end'])}")
    return capitalised(f"{who_} {again}{vi} {thing}{stop(m['end'])}")


def _state_vi(text: str) -> str | None:
    """"My monthly pass has expired." as "Vé tháng của tôi hết hạn rồi.", "Your monthly pass is about to expire." as
    "Vé tháng của bạn sắp hết hạn.", "My bus card has run out of money." as "Thẻ xe buýt của tôi hết tiền rồi.",
    "Has your monthly pass expired yet?" as "Vé tháng của bạn hết hạn chưa?" (_STATE_EN); None for anything else,
    "a" or "the" pass, and a monthly pass out of money."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["a"] or (m["owner"] or "").lower() == "the":
        return None
    vi = _PASSES_VI[keyed(m["pass"])]
    whose = " này" if m["this"] else f" của {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else None
    if whose is None:
        named = not pet(m["someone"], "en") and someone(m["someone"], "en")  # (a pet's: Left)
        whose = named and f" của {named}"
    verb, aux = " ".join(m["verb"].lower().split()), " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    money = "money" in verb
    if not whose or money and vi != _CARD or m["q"] and (aux or m["just"]):
        return None
    thing, state, end = capitalised(f"{vi}{whose}"), "hết tiền" if money else "hết hạn", stop(m["end"])
    part = verb in ("expired", "run out of money")
    if m["q"]:
        return f"{thing} {state} chưa?" if part else None
    if "about to" in aux:
        return f"{thing} sắp {state}{end}" if verb in ("expire", "run out of money") and not (m["just"] or m[
            "yet"]) else None
    if not part or verb == "expire":
        return f"{thing} đã {state}{end}" if verb == "ran out of money" and not (aux or m["just"] or m["yet"]) else None
    if aux == "has not":
        return f"{thing} chưa {state}{end}" if not m["just"] else None
    if m["yet"] or not aux and verb != "expired":
        return None
    if not aux:
        return f"{thing} đã {state}{end}" if not m["just"] else None
    return f"{thing} vừa {state}{end}" if m["just"] == "just" else f"{thing} {state} rồi{end}"


def _have_vi(text: str) -> str | None:
    """"Do you have a monthly pass?" as "Bạn có vé tháng không?", "My son has a student monthly pass." as "Con trai
    tôi có vé tháng học sinh.", "I've got a monthly pass." as "Tôi có vé tháng.", "I don't have a monthly pass yet."
    as "Tôi chưa có vé tháng." (_HAVE_EN); None for anything else, and where a verb does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    said = m and not animal(m) and who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]) or m["a"].lower() != "a" or m["q"] and said[0] == "tôi":
        return None  # (and "I" asked of oneself)
    who_, one = said
    q, verb = (m["q"] or "").lower(), m["verb"]
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    got = verb == "got"
    if got != (q in ("have", "has") or aux.split(" ")[0] in ("have", "has", "'ve", "'s")) or got and "do" in aux:
        return None
    if not _agrees(q or aux or verb, one) or verb != "have" and (q in ("do", "does") or aux and not got):
        return None
    thing, yet, end = _PASSES_VI[keyed(m["pass"])], m["yet"], stop(m["end"])
    if q:
        return None if m["already"] or aux else capitalised(f"{who_} có {thing} {'chưa' if yet else 'không'}?")
    if "not" in aux:
        return None if m["already"] else capitalised(f"{who_} {'chưa' if yet else 'không'} có {thing}{end}")
    if yet:
        return None
    return capitalised(f"{who_} có {thing}{' rồi' * bool(m['already'])}{end}")


def _where_vi(text: str) -> str | None:
    """"Where can I get a monthly pass?" as "Làm vé tháng ở đâu?", "Where can I renew my monthly pass?" as "Gia hạn
    vé tháng ở đâu?", "Where can we top up our bus card?" as "Chúng tôi có thể nạp tiền vào thẻ xe buýt ở đâu?"
    (_WHERE_EN); None for anything else, and another's pass."""
    m = _WHERE_EN.fullmatch(text)
    thing = m and _thing_vi(m, verb := " ".join(m["verb"].split()), "")  # (who: "I" or "we", group who)
    if not thing:
        return None
    said = f"{_VERBS_VI[verb]} {thing} ở đâu?"
    return f"Chúng tôi có thể {said}" if m["who"] == "we" else capitalised(said)


def _price_vi(text: str) -> str | None:
    """"How much is a student monthly pass?" as "Vé tháng học sinh bao nhiêu tiền?", "How much does a monthly pass
    cost?" too, "How much does it cost to get a monthly pass?" as "Làm vé tháng mất bao nhiêu tiền?" (_PRICE_EN);
    None for anything else, and a bus card."""
    m = _PRICE_EN.fullmatch(text)
    if not m or m["a"] != "a" or bool(m["does"]) != bool(m["cost"]) or (vi := _PASSES_VI[keyed(m["pass"])]) == _CARD:
        return None
    return f"Làm {vi} mất bao nhiêu tiền?" if m["make"] else f"{capitalised(vi)} bao nhiêu tiền?"
