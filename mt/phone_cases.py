"""Phone accessories, both ways, written whole by rule: a phone case ("ốp lưng"), a screen protector ("miếng dán màn
hình", "kính cường lực") and earphones ("tai nghe") bought, wanted, changed, lost, broken, cracked, tangled or working
on one side only. v8 (every other rule on) reads "ốp lưng" as a back, "tai nghe" as ears, "miếng dán" as paste,
"kính cường lực" as power glasses, and "case", "screen protector" as a legal case and a guard: "Tôi muốn mua một cái ốp
lưng điện thoại." → "I want to buy a phone back.", "Ốp lưng của tôi bị vỡ rồi." → "My back tube is broken.", "Tai nghe
của tôi bị hỏng một bên." → "My ears are broken one side.", "Tai nghe của tôi bị rối." → "My ears are embarassed.",
"Miếng dán màn hình bị nứt rồi." → "Paste the screen was cracked.", "Tôi làm mất tai nghe rồi." → "I lost my ears.";
"I want to buy a phone case." → "Tôi muốn mua một trường hợp điện thoại.", "My phone case is broken." → "Điện thoại
của tôi bị hỏng.", "The screen protector has cracked." → "Người bảo vệ màn hình bị nứt.", "My earphones are tangled."
→ "Điện thoại tai của tôi bị quấn.", "I've lost my earphones." → "Tôi đã mất điện thoại tai nghe.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked) wants, needs, has to, will buy a thing of _GEAR (one, a
new one, a pair of earphones), bought it (on a day behind: mt.dates.near_days), has bought it, has just, has not yet,
asked ("có muốn … không?", "đã mua … chưa?"); wants or needs one ("Tôi cần một cái ốp lưng mới."); changes ("thay")
their own (said, wanted, needed, has to, should, will, did, has, has just; "thay … mới": gets a new one); lost ("làm
mất", "bị mất", "đánh mất") their own or whose said, past, has, has just, on a day behind; a thing of whose (mt.terms
.OWNERS, mt.hobbies.SOMEONE, "này", or the) broken, cracked, peeling off, turned yellow (a case), tangled or broken on
one side (earphones), said, denied, asked. Left: "we", "they" buying, changing or losing a case or a screen protector,
and one "của chúng tôi", "của chúng ta", "của họ" broken or lost (one, or one each?), a name alone changing or losing
their own (his or hers?), plain "Tôi mua ốp lưng." and "Bạn có mua … không?" (now, done, or a habit?), "thay … mới rồi",
"vừa … rồi", "anh", "chị", "em" alone saying it and "Em có … không ạ?" (the speaker), "I" asked, one side asked, "kính
cường lực" but owned by someone or "điện thoại" after it (the glass of a door, a table?), "chiếc tai nghe" (one earbud,
or a pair?), earphones seen, found or where they are (mt/finding.py), left behind (mt/left_behind.py), stolen
(mt/theft.py), sold (mt/patterns.py), a phone's screen replaced (mt/phone_repairs.py), chargers (mt/chargers.py), a
phone broken (mt/broken.py), and anything else.
mt.phrasebook.translate tries these after mt/circuit_breakers.py.

    >>> translate("Ốp lưng của tôi bị vỡ rồi.", "vi", "en"), translate("I want to buy a phone case.", "en", "vi")
    ('My phone case is broken.', 'Tôi muốn mua một cái ốp lưng điện thoại.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, own_thing, owner_of, person_of, someone,
                      who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed, present

_KEYS = {"vi": lazy(r"(?i:\bốp|miếng\s+dán|cường\s+lực|tai\s+nghe)"),
         "en": lazy(r"(?i:phone\s+case|screen\s+protector|earphone|headphone|earbud)")}
# the things, Vietnamese to a kind ("glass": "kính cường lực" alone, a screen protector only where a person owns it)
_GEAR = {"ốp lưng": "case", "ốp lưng điện thoại": "case", "ốp điện thoại": "case", "miếng dán màn hình": "guard",
         "miếng dán màn hình điện thoại": "guard", "miếng dán cường lực": "guard", "kính cường lực điện thoại": "guard",
         "kính cường lực": "glass", "tai nghe": "ear", "tai nghe không dây": "wireless", "tai nghe bluetooth": "bt"}
_EN = {"case": "phone case", "guard": "screen protector", "glass": "screen protector", "ear": "earphones",
       "wireless": "wireless earphones", "bt": "Bluetooth earphones"}
# ... English to a kind, and each kind's Vietnamese
_GEAR_EN = {"phone case": "case", "screen protector": "guard", "earphones": "ear", "headphones": "ear",
            "earbuds": "ear", "wireless earphones": "wireless", "wireless headphones": "wireless",
            "wireless earbuds": "wireless", "bluetooth earphones": "bt", "bluetooth headphones": "bt"}
_VI = {"case": "ốp lưng", "guard": "miếng dán màn hình", "ear": "tai nghe", "wireless": "tai nghe không dây",
       "bt": "tai nghe bluetooth"}
_EARS = {"ear", "wireless", "bt"}  # (many: "are", "them"; "a pair of")
_DAYS = near_days("hôm qua", "tối qua", "hôm kia", "tuần trước")  # (days behind: bought, lost)
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_THING = rf"(?P<thing>(?i:{alternatives(_GEAR)}))"
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
# bought, wanted, changed ("Tôi muốn mua một cái ốp lưng.", "Bạn đã mua tai nghe chưa?", "Tôi cần thay ốp lưng.")
_GET = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<yet>chưa)\s+)?(?:(?P<aux>muốn|cần|phải|nên|sẽ|đã|"
            r"vừa\s+mới|vừa|mới)\s+)?(?:(?P<verb>mua|thay)\s+)?(?:(?P<one>một|1)\s+)?(?:(?P<cls>cái|chiếc|bộ|đôi)\s+)?"
            rf"{_THING}(?:\s+(?P<new>mới))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet2>chưa))?{ASKED_END}")
# lost ("Tôi làm mất tai nghe rồi.", "Con trai tôi bị mất tai nghe.")
_LOST = lazy(rf"{_DAY}{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới)\s+)?(?:làm|bị|đánh)\s+mất\s+{_THING}"
             rf"(?:\s+của\s+(?:(?P<self>mình)|{OWNER}))?(?:\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")
# a state ("Ốp lưng của tôi bị vỡ rồi.", "Tai nghe của tôi bị hỏng một bên.", "Miếng dán có bị nứt không?")
_STATES = {"vỡ": "broken", "nứt": "cracked", "hỏng": "broken", "rối": "tangled", "ố vàng": "yellow",
           "ngả vàng": "yellow", "bong": "peeling", "bong ra": "peeling", "hỏng một bên": "side",
           "chỉ nghe được một bên": "only", "chỉ kêu một bên": "only", "chỉ nghe được có một bên": "only"}
_KINDS = {"broken": {"case", "guard", "glass", "ear", "wireless", "bt"}, "cracked": {"case", "guard", "glass"},
          "tangled": {"ear"}, "yellow": {"case"}, "peeling": {"guard", "glass"}, "side": _EARS, "only": _EARS}
_STATE = lazy(rf"{_THING}(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
              rf"(?:(?P<bi>bị)\s+)?(?P<how>{alternatives(_STATES)})(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... in English: the thing, after an article or after whose
_THING_EN = rf"(?i:{alternatives(_GEAR_EN)})"
_OBJ_EN = (rf"(?:(?:(?P<art>an?)\s+)?(?:(?P<new>new)\s+)?(?:(?P<pair>pair)\s+of\s+)?(?P<thing>{_THING_EN})|"
           rf"(?P<owner>(?i:{WHOSE_WORDS}|the))\s+(?P<owned>{_THING_EN}))")
_GET_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|have|has|should)\s+not|"
               r"\s+(?:don|doesn|haven|hasn|shouldn)['’]t|\s+(?:have|has|will|should)|['’](?:ve|s|ll))?"
               r"(?:\s+(?P<just>just))?(?:\s+(?P<modal>wants?|needs?|ha(?:ve|s)\s+to)(?P<to>\s+to)?)?"
               rf"(?:\s+(?P<verb>buy|bought|change|changed|replace|replaced))?\s+{_OBJ_EN}"
               rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?(?:\s+(?P<yet2>yet))?\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|the|this|these))|(?P<someone>{SOMEONE_EN})['’]s)"
_STATE_EN = lazy(rf"(?:(?P<q>Is|Are|Has|Have)\s+)?(?:(?P<side>(?i:one\s+side\s+of|one\s+of))\s+)?{_WHOSE_EN}\s+"
                 rf"(?P<thing>{_THING_EN})(?P<be>\s+(?:is|are|has|have)(?:\s+not|n['’]t)?|['’]s|"
                 r"\s+(?:does|do)(?:\s+not|n['’]t)|\s+only)?\s+(?P<how>broken(?:\s+on\s+one\s+side)?|cracked|tangled|"
                 r"turned\s+yellow|gone\s+yellow|peeling\s+off|work\s+on\s+one\s+side|work)\s*(?P<end>[.!?]*)")
_LOST_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:have|has)|['’](?:ve|s))?(?:\s+(?P<just>just))?\s+lost\s+"
                rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<thing>{_THING_EN})(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a phone case, a screen protector or earphones bought, wanted, changed, lost,
    broken, cracked, tangled or working on one side; None for any other."""
    if src == "vi":
        said = None if STRESSED_SAID.search(text) else _get(text) or _lost(text) or _state(text)
    else:
        said = _get_vi(text.replace("’", "'")) or _lost_vi(text) or _state_vi(text)
    # (a statement's "!" kept: the shapes below write ".")
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… chưa?"), False said; None for "có" or "không?" alone, a "?"
    on a statement, or "không" both denying and asking."""
    asked = bool(m["asked"] or m.groupdict().get("yet2"))
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["asked"] and m["not"]:
        return None
    return asked


def _kind(m: re.Match) -> str | None:
    """The kind of the thing of a Vietnamese match ("case", "ear" …); None for "kính cường lực" alone (glass of what?)
    but owned by someone, and "chiếc tai nghe" (one earbud?) or a screen protector counted "bộ", "đôi"."""
    kind = _GEAR[keyed(m["thing"])]
    cls = keyed(m.groupdict().get("cls") or "")
    owned = m.groupdict().get("owner") or m.groupdict().get("someone")
    if kind == "glass" and not owned or cls and (cls == "chiếc" if kind in _EARS else cls in ("bộ", "đôi")):
        return None
    return kind


def _article(m: re.Match, kind: str) -> str | None:
    """The thing of a match of _GET in English: "a phone case", "a new screen protector", "earphones", "new
    earphones", "a pair of earphones" ("một cái tai nghe"); None for "một" alone before earphones."""
    new, thing = "new " if m["new"] else "", _EN[kind]
    if kind not in _EARS:
        return f"a {new}{thing}"
    if m["one"] and not m["cls"]:
        return None
    return f"a {new}pair of {thing}" if m["cls"] else f"{new}{thing}"


def _get(text: str) -> str | None:
    """"Tôi muốn mua một cái ốp lưng điện thoại." as "I want to buy a phone case.", "Bạn đã mua tai nghe chưa?" as
    "Have you bought earphones yet?", "Tôi cần một cái ốp lưng mới." as "I need a new phone case.", "Mẹ tôi cần thay
    miếng dán màn hình." as "My mother needs to change her screen protector." (_GET); None for anything else."""
    m = _GET.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (kind := _kind(m)) is None:
        return None
    said = None if em_speaking(m) else person_of(m, asked)  # ("Em có … không ạ?": the speaker)
    if said is None or kind not in _EARS and said[0] in ("we", "they"):
        return None  # (one case between them, or one each?)
    who_, one = said
    aux, verb = keyed(m["aux"] or ""), m["verb"]
    if verb == "thay":  # (their own; "thay … mới": a new one got)
        whose = whose_own(m, who_)
        if whose is None or m["one"] or m["cls"] or m["new"] and m["done"] and aux != "vừa":
            return None
        base, past = ("get", "got") if m["new"] else ("change", "changed")
        rest = f"a new {_EN[kind]}" if m["new"] and kind not in _EARS else f"{'new' if m['new'] else whose} {_EN[kind]}"
    else:
        rest, base, past = _article(m, kind), "buy", "bought"
        if rest is None or not verb and (aux not in ("muốn", "cần") or m["done"] or m["yet"] or m["yet2"]):
            return None
    return _said_en(m, who_, one, aux, (base, past) if verb else None, rest, asked)


def _said_en(m: re.Match, who_: str, one: bool, aux: str, verb: tuple[str, str] | None, rest: str,
             asked: bool) -> str | None:
    """The English of a match of _GET, its tense by "muốn", "cần", "phải", "nên", "sẽ", "đã", "vừa", "rồi", "chưa"
    (`aux`, the groups "done", "yet", "yet2", "day") and its verb (`verb`: base and past; None for "want", "need"
    with no verb); None for a mix that does not say one tense."""
    done, yet, yet2, not_ = bool(m["done"]), bool(m["yet"]), bool(m["yet2"]), bool(m["not"])
    day = _DAYS[keyed(m["day"])] if m["day"] else ""
    if day and (aux not in ("", "đã") or done or yet or yet2 or not_ or asked or not verb or verb[0] != "buy"):
        return None
    if aux in ("muốn", "cần", "phải") and not (done or yet or yet2):
        modal = {"muốn": "want", "cần": "need", "phải": "have"}[aux]
        doing = f"to {verb[0]} {rest}" if verb else rest if modal != "have" else None
        return doing and present(who_, one, modal, doing, asked, not_)
    if asked and not yet2 or not_ or yet2 and yet or asked and aux not in ("", "đã"):
        return None  # (asked: only "(đã) … chưa?"; denied: only "chưa")
    has = "has" if one else "have"
    if yet or yet2:
        if done or aux not in ("", "đã") or verb[0] == "get":
            return None
        return f"{has.capitalize()} {who_} {verb[1]} {rest} yet?" if yet2 else \
            capitalised(f"{who_} {has}n't {verb[1]} {rest} yet.")
    if aux in ("nên", "sẽ") and not done:
        return capitalised(f"{who_} {'should' if aux == 'nên' else 'will'} {verb[0]} {rest}.")
    if aux in ("vừa", "mới", "vừa mới") and not done:
        return capitalised(contracted(who_, f"{has} just {verb[1]} {rest}") + ".")
    if aux == "đã" and not done or day:
        return capitalised(f"{who_} {verb[1]} {rest}{' ' * bool(day)}{day}.")
    if done and aux in ("", "đã") and verb[0] != "get":
        return capitalised(contracted(who_, f"{has} {verb[1]} {rest}") + ".")
    return None


def _lost(text: str) -> str | None:
    """"Tôi làm mất tai nghe rồi." as "I've lost my earphones.", "Con trai tôi bị mất tai nghe." as "My son lost his
    earphones.", "Hôm qua tôi làm mất tai nghe." as "I lost my earphones yesterday." (_LOST); None for anything else,
    "we" or "they" losing a case, and a name alone losing their own (his or hers?)."""
    m = _LOST.fullmatch(text)
    said = m and (kind := _kind(m)) and person_of(m, False)
    if not said or kind not in _EARS and said[0] in ("we", "they"):
        return None
    who_, one = said
    whose = whose_own(m, who_) if m["self"] or not (m["owner"] or m["someone"]) else owner_of(m)
    aux, day = keyed(m["aux"] or ""), _DAYS[keyed(m["day"])] if m["day"] else ""
    if whose is None or _shared(kind, whose) or day and (aux or m["done"]) or m["done"] and aux not in ("", "đã"):
        return None
    lost = f"lost {whose} {_EN[kind]}"
    if aux in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just {lost}") + ".")
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {lost}") + ".")
    return capitalised(f"{who_} {lost}{' ' * bool(day)}{day}.")


def _shared(kind: str, whose: str) -> bool:
    """Whether a case or a screen protector (`kind`) is "our" or "their" one (`whose`, in English): Vietnamese does
    not count it ("Ốp lưng của chúng tôi bị vỡ.": one between them, or one each?); earphones are many either way."""
    return kind not in _EARS and whose in ("our", "their")


def _state(text: str) -> str | None:
    """"Ốp lưng của tôi bị vỡ rồi." as "My phone case is broken.", "Miếng dán màn hình bị nứt rồi." as "The screen
    protector has cracked.", "Tai nghe của tôi bị hỏng một bên." as "One side of my earphones doesn't work.", "Tai
    nghe của bạn có bị rối không?" as "Are your earphones tangled?" (_STATE); None for anything else, and a state
    its thing does not have ("Tai nghe bị nứt.")."""
    m = _STATE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (kind := _kind(m)) is None:
        return None
    how = _STATES[keyed(m["how"])]
    whose, many = "this" if m["this"] else owner_of(m), kind in _EARS
    if kind not in _KINDS[how] or whose is None or _shared(kind, whose) or m["not"] and m["done"] or \
            how in ("side", "only") and (asked or m["not"] or how == "only" and m["bi"]):
        return None
    thing = f"{whose if whose != 'this' else 'these' if many else 'this'} {_EN[kind]}"
    if how in ("side", "only"):
        return capitalised(f"one side of {thing} doesn't work." if how == "side" else f"{thing} only work on one side.")
    if how == "yellow" or how == "cracked" and m["done"]:
        be = "have" if many else "has"
    else:
        be = "are" if many else "is"
    said = {"yellow": "turned yellow", "peeling": "peeling off"}.get(how, how)
    if asked:
        return f"{be.capitalize()} {thing} {said}?"
    not_ = "n't" if m["not"] else ""
    return capitalised(f"{thing} {be}{not_} {said}.")


def _aux_en(m: re.Match) -> str:
    """The auxiliary of an English match written out and in small letters ("'ve" as "have", "doesn't" as "does
    not", "'ll" as "will"; "'s" as "has")."""
    aux = " ".join((m["aux"] or "").lower().split()).replace("n't", " not")
    return {"'ve": "have", "'s": "has", "'ll": "will"}.get(aux, aux)


def _agrees(first: str, one: bool) -> bool:
    """Whether the verb said first after who, or asking, agrees with who (`one`: he, she, my mother, a name): "has",
    "does", "wants" with one, "have", "do", "want" with others; True for one that does not tell ("will", "bought")."""
    word = first.lower().split(" ")[0]
    if word in ("has", "does", "wants", "needs", "is"):
        return one
    return not one if word in ("have", "do", "want", "need", "are") else True


def _thing_vi(m: re.Match, kind: str) -> str:
    """The thing of an article match of _GET_EN in Vietnamese: "một cái ốp lưng điện thoại", "một miếng dán màn hình
    mới", "tai nghe", "một cái tai nghe" (a pair)."""
    new = " mới" if m["new"] else ""
    if kind in _EARS:
        return f"{'một cái ' if m['pair'] else ''}{_VI[kind]}{new}"
    return f"{'một cái ốp lưng điện thoại' if kind == 'case' else 'một ' + _VI[kind]}{new}"


def _get_vi(text: str) -> str | None:
    """"I want to buy a phone case." as "Tôi muốn mua một cái ốp lưng điện thoại.", "Have you bought earphones yet?"
    as "Bạn đã mua tai nghe chưa?", "She needs to change her screen protector." as "Cô ấy cần thay miếng dán màn
    hình.", "I've just bought a new phone case." as "Tôi vừa mua một cái ốp lưng điện thoại mới." (_GET_EN); None
    for anything else, a verb that does not agree with who, "a" with earphones, and another's thing changed."""
    m = _GET_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux, modal, verb = (m["q"] or "").lower(), _aux_en(m), " ".join((m["modal"] or "").split()), m["verb"] or ""
    kind = _GEAR_EN[keyed(m["thing"] or m["owned"])]
    if q and who_ == "tôi" or who_ in ("chúng tôi", "họ") and kind not in _EARS or \
            not _agrees(q or aux or modal or verb, one):
        return None
    if m["owned"]:  # (changed: their own, or "the")
        if verb not in ("change", "changed", "replace", "replaced") or own_thing(m, who_, one) is not True:
            return None
        thing, action = _VI[kind], "thay"
    else:
        # ("a phone case", "a pair of earphones", "earphones"; not "an", "a earphones", "a pair of phone case")
        art, pair = (m["art"] or "").lower(), bool(m["pair"])
        if verb not in ("", "buy", "bought") or art not in ("", "a") or pair and kind not in _EARS or \
                bool(art) != (kind not in _EARS or pair):
            return None
        # (denied, or asked "yet": no "một" counted: "Tôi chưa mua miếng dán màn hình.")
        bare = "not" in aux or m["yet2"]
        thing, action = f"{_VI[kind]}{' mới' * bool(m['new'])}" if bare else _thing_vi(m, kind), "mua"
    return _tense_vi(m, who_, q, aux, modal, verb, f"{action} {thing}" if verb else thing)


_MODALS = {"want": "muốn", "wants": "muốn", "need": "cần", "needs": "cần", "have to": "phải", "has to": "phải"}


def _tense_vi(m: re.Match, who_: str, q: str, aux: str, modal: str, verb: str, doing: str) -> str | None:
    """The Vietnamese of a match of _GET_EN, who `who_` `doing` ("mua một cái ốp lưng điện thoại") in the tense its
    question word `q`, auxiliary `aux`, "want to" … (`modal`), `verb` and "just", "yet", a day say; None for a mix
    that does not say one ("Do you bought", "I have to a phone case", "I will bought")."""
    just, yet, day = bool(m["just"]), bool(m["yet2"]), m["day"]
    base = verb in ("", "buy", "change", "replace")
    if day and (q or aux or modal or just or yet or verb != "bought"):
        return None
    if modal:
        to_ok = not m["to"] and verb if modal.endswith(" to") else bool(m["to"]) == bool(verb)
        if not (to_ok and base) or just or yet or aux not in ("", "do not", "does not") or q not in ("", "do", "does") \
                or (q or aux) and modal in ("wants", "needs", "has to"):
            return None
        said = f"{_MODALS[modal]} {doing}"
        return capitalised(f"{who_} có {said} không?" if q else f"{who_} không {said}." if aux else f"{who_} {said}.")
    if m["to"] or not verb:
        return None
    if base:
        said = {"will": "sẽ", "should": "nên", "should not": "không nên"}.get(aux)
        return None if q or just or yet or said is None else capitalised(f"{who_} {said} {doing}.")
    if q or aux in ("have not", "has not"):
        if not yet or just or q and aux:
            return None
        return capitalised(f"{who_} đã {doing} chưa?" if q else f"{who_} chưa {doing}.")
    if yet or aux not in ("", "have", "has"):
        return None
    if just:
        return capitalised(f"{who_} vừa {doing}.")
    if day:
        return capitalised(f"{_DAYS_VI[keyed(day)]} {who_} {doing}.")
    return capitalised(f"{who_} đã {doing}{' rồi' if aux else ''}.")


def _lost_vi(text: str) -> str | None:
    """"I've lost my earphones." as "Tôi làm mất tai nghe rồi.", "My son lost his earphones." as "Con trai tôi đã làm
    mất tai nghe.", "I lost your earphones yesterday." as "Hôm qua tôi làm mất tai nghe của bạn." (_LOST_EN); None for
    anything else, "his" or "her" that is not who's own, and "we", "they" losing a case."""
    m = _LOST_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    kind, aux = _GEAR_EN[keyed(m["thing"])], _aux_en(m)
    mine = own_thing(m, who_, one)
    if mine is None or who_ in ("chúng tôi", "họ") and kind not in _EARS or not _agrees(aux, one) or \
            m["day"] and (aux or m["just"]):
        return None
    lost = f"làm mất {_VI[kind]}{'' if mine else ' của ' + WHOSE_VI[m['owner'].lower()]}"
    if m["just"]:
        return capitalised(f"{who_} vừa {lost}.")
    if m["day"]:
        return capitalised(f"{_DAYS_VI[keyed(m['day'])]} {who_} {lost}.")
    return capitalised(f"{who_} {lost} rồi." if aux else f"{who_} đã {lost}.")


_WORDS_VI = {"broken": "vỡ", "cracked": "nứt", "tangled": "rối", "peeling off": "bong", "turned yellow": "ố vàng",
             "gone yellow": "ố vàng"}


def _state_vi(text: str) -> str | None:
    """"My phone case is broken." as "Ốp lưng của tôi bị vỡ rồi.", "The screen protector has cracked." as "Miếng dán
    màn hình bị nứt rồi.", "One side of my earphones doesn't work." as "Tai nghe của tôi bị hỏng một bên.", "Are your
    earphones tangled?" as "Tai nghe của bạn có bị rối không?" (_STATE_EN); None for anything else, a verb that does
    not agree ("My earphones is broken."), and a state its thing does not have ("My earphones are cracked.")."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    kind, how = _GEAR_EN[keyed(m["thing"])], keyed(m["how"])
    many, q, side = kind in _EARS, (m["q"] or "").lower(), keyed(m["side"] or "")
    be = " ".join((m["be"] or "").lower().replace("’", "'").replace("n't", " not").split())
    be = {"'s": "has" if how.endswith("yellow") else "is"}.get(be, be)
    whose = _whose_vi(m, many)
    if whose is None or (side or be == "only" or how.startswith("work")) and not (
            side and how == "work" and be == "does not" or be == "only" and how == "work on one side" and not side):
        return None
    thing = f"{_VI[kind]}{whose}"
    if side or be == "only" or how == "broken on one side":
        if q or not many or how == "broken on one side" and be != "are":
            return None
        return capitalised(f"{thing} {'chỉ nghe được' if be == 'only' else 'bị hỏng'} một bên.")
    state = {"broken": "broken", "cracked": "cracked", "tangled": "tangled", "peeling off": "peeling"}.get(
        how, "yellow")
    first, not_ = (q or be).split(" ")[0], be.endswith(" not")
    perfect = first in ("has", "have")
    # ("has cracked", "is cracked"; "has turned yellow" only; "is broken", "are tangled", "is peeling off" only)
    if kind not in _KINDS[state] or q and be or not first or (first in ("is", "has")) == many or \
            perfect and state not in ("yellow", "cracked") or state == "yellow" and not perfect:
        return None
    word = "hỏng" if state == "broken" and many else _WORDS_VI[how]
    if q:
        return capitalised(f"{thing} có bị {word} không?")
    done = " rồi" if not not_ and (state == "broken" or state == "cracked" and perfect) else ""
    return capitalised(f"{thing} {'không ' if not_ else ''}bị {word}{done}.")


def _whose_vi(m: re.Match, many: bool) -> str | None:
    """Whose the thing of a match of _STATE_EN is, in Vietnamese, after it: " của tôi", " của mẹ tôi", " này", ""
    (the); None for "this" with earphones, "these" with a case."""
    owner = (m["owner"] or "").lower()
    if m["someone"]:
        named = someone(m["someone"], "en")
        return named and f" của {named}"
    if owner in ("this", "these"):
        return " này" if (owner == "these") == many else None
    return "" if owner == "the" else f" của {WHOSE_VI[owner]}"
