"""Cutting down on or giving up coffee, sugar, sweets, fizzy drinks, salt and the like, and intermittent fasting, both
ways, written whole by rule. v8 (every rule on) reads "bỏ đường" as leaving a road, "cai" as hanging, "nhịn ăn gián
đoạn" as binary disruptions, and "give up sugar" as putting it in: "Tôi bỏ đường rồi." → "I left my way.", "Tôi đang
cai cà phê." → "I'm hanging coffee.", "Tôi đang nhịn ăn gián đoạn." → "I'm binary eating disruptions."; "I'm doing
intermittent fasting." → "Tôi đang làm việc nhanh chóng.", "I've given up sugar." → "Tôi đã cho đường.", "I'm trying to
cut down on coffee." → "Tôi đang cố cắt cafe.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) cutting down on one of CUT ("giảm", "cắt giảm", "hạn chế", "bớt", with
"ăn" or "uống" or not; "uống ít cà phê hơn"; "bớt ăn mặn", "bớt ăn ngọt"): now ("đang" ↔ "is cutting down on"),
trying ("đang cố" ↔ "is trying to cut down on", "… to eat less …"), should, needs, wants, has to, will, done ("đã",
"rồi", with "ăn" or "uống" ↔ "has cut down on"), asked ("có đang … không?"); giving up one ("bỏ", "cai"): done ("đã",
"rồi" ↔ "has given up"), just, for good ("hẳn"), a span ago ("được hai tháng rồi" ↔ "gave up … two months ago"), now
("đang cai" ↔ "is giving up"), trying, should, needs, wants, has to, will, asked ("… chưa?", "có đang cai … không?");
"không còn … nữa" ↔ "doesn't … any more"; "off sugar" (English only, ↔ "kiêng đường"); intermittent fasting ("nhịn ăn
gián đoạn"): now, a habit, trying, tried, not, asked, for a span.
Left: "bỏ đường", "bỏ muối" without "ăn", "hẳn", "cai" or a span ("Tôi bỏ đường rồi.", "Bạn đã bỏ đường chưa?": sugar
put in, as often as given up), "đang bỏ" (putting in now?), giving up salt (not said; put in), "không … nữa" without
"còn" ("Tôi không uống cà phê nữa.": no more now, or not any more?), a plain "Tôi giảm đường." (a habit, or a recipe?),
"giảm đường rồi" without "ăn" (less sugar put in), sugar or salt without "ăn" wanted, will or should be less ("Tôi
muốn bớt đường.": an order; "Bạn nên giảm muối.": a recipe), "đang … chưa?" (not asked so), "hẳn" with a span, "cố"
without "đang" (tried, or tries?), "I quit sugar." (now, or done?), "just … ago" (only that long ago), asked of
oneself, "anh", "chị", "em" alone saying it, "nhỉ"; and what others take first: coffee given up
(mt/addiction.py), sweets not eaten or given up ("Tôi bỏ ăn đồ ngọt rồi.", "I don't eat sweets any more.":
mt/diets.py), how one takes coffee ("Tôi uống cà phê không đường.", "I take my coffee black.": mt/drinks.py), snacks
(mt/snacking.py), a diet and weight (mt/weight.py), fasting before a test and the doctor's advice (mt/check_ups.py).
mt.phrasebook.translate tries these after mt/revising.py.

    >>> translate("Tôi đang nhịn ăn gián đoạn.", "vi", "en"), translate("I've given up sugar.", "en", "vi")
    ("I'm doing intermittent fasting.", 'Tôi đã cai đường rồi.')
"""
from __future__ import annotations

import re

from .addiction import SPAN_EN, span_vi
from .dates import SPAN, span
from .hobbies import WHO, WHO_EN, animal, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (ASKED_END, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed,
                   progressive)

# what is cut down on or given up, in English, and whether drunk (the first Vietnamese of each is written back)
CUT = {"cà phê": ("coffee", True), "trà sữa": ("bubble tea", True), "nước ngọt": ("fizzy drinks", True),
       "nước có ga": ("fizzy drinks", True), "đường": ("sugar", False), "đồ ngọt": ("sweets", False),
       "bánh kẹo": ("sweets", False), "muối": ("salt", False), "đồ mặn": ("salty food", False),
       "tinh bột": ("carbs", False), "đồ ăn nhanh": ("fast food", False), "đồ chiên": ("fried food", False),
       "sô cô la": ("chocolate", False)}
CUT_EN = {en: vi for vi, (en, _) in reversed(CUT.items())} | {
    "soft drinks": "nước ngọt", "soda": "nước ngọt", "milk tea": "trà sữa", "sweet things": "đồ ngọt",
    "carbohydrates": "tinh bột", "fried foods": "đồ chiên"}
_MANY = {"fizzy drinks", "soft drinks", "sweets", "sweet things", "carbs", "carbohydrates", "fried foods"}  # (fewer)
_TASTES = {"ngọt": "sugar", "mặn": "salt"}  # (after "ăn": "bớt ăn mặn", eat less salty food)
_PUT_IN = {"đường", "muối"}  # ("bỏ đường" is also putting sugar in)
_LESS_PUT_IN = {"muốn", "sẽ", "nên"}  # (… "muốn bớt đường" less sugar in it, please; "nên giảm muối" in a recipe)
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cà\s+phê|trà\s+sữa|nước\s+có\s+ga|đường|ngọt|bánh\s+kẹo|muối|mặn|tinh\s+bột|đồ\s+ăn\s+nhanh|"
                    r"đồ\s+chiên|sô\s+cô\s+la|gián\s+đoạn)"),
         "en": lazy(r"(?i:coffee|bubble\s+tea|milk\s+tea|fizzy|soft\s+drinks|soda|sugar|sweet|salt|carb|fast\s+food|"
                    r"fried|chocolate|intermittent)")}

_THING = rf"(?P<what>(?i:{alternatives(CUT)}))"
_HOW = r"(?:(?P<how>đang\s+cố(?:\s+gắng)?|đang|đã|vừa|nên|cần|muốn|phải|sẽ)\s+)?"
# cutting down ("Bố tôi đang giảm đường.", "Tôi đang cố uống ít cà phê hơn.", "Bạn nên bớt ăn mặn.")
_CUT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?{_HOW}(?:(?:cắt\s+giảm|giảm|hạn\s+chế|bớt)(?:\s+(?P<verb>ăn|uống))?\s+"
            rf"(?:{_THING}|(?P<taste>ngọt|mặn))|(?P<less>ăn|uống)\s+ít\s+(?P<what2>(?i:{alternatives(CUT)}))\s+hơn)"
            rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
# giving up ("Tôi cai đường rồi.", "Tôi bỏ đường được hai tháng rồi.", "Bạn đã bỏ nước ngọt chưa?")
_GIVE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?{_HOW}(?P<quit>bỏ|cai)(?:\s+(?P<hard>hẳn))?(?:\s+(?P<verb>ăn|uống))?\s+"
             rf"{_THING}(?:\s+được\s+{SPAN})?(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
# no longer ("Tôi không còn uống nước ngọt nữa.")
_NO_MORE = lazy(rf"{WHO}\s+không\s+còn\s+(?P<verb>ăn|uống)\s+{_THING}\s+nữa{SOFTENED_END}")
# intermittent fasting ("Tôi đang nhịn ăn gián đoạn.", "Bạn có nhịn ăn gián đoạn không?")
_FAST = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<how>đang\s+thử|đang|đã\s+thử|từng\s+thử)\s+)?"
             rf"nhịn\s+ăn\s+gián\s+đoạn(?:\s+được\s+{SPAN}\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English: who, then a verb before the one that says it (group aux), agreeing with who
_AUX_EN = (r"(?P<aux>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re|\s+has|\s+have|['’]ve|\s+will|['’]ll|\s+should|"
           r"\s+needs?\s+to|\s+wants?\s+to|\s+ha(?:s|ve)\s+to)?(?P<trying>\s+trying\s+to)?")
_WHAT_EN = rf"(?P<what>(?i:{alternatives(CUT_EN)}))"
_CUT_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>cutting\s+(?:down|back)\s+on|"
               rf"cut\s+(?:down|back)\s+on|(?P<eat>eat|drink)\s+(?P<less>less|fewer))\s+{_WHAT_EN}\s*(?P<end>[.!?]*)")
_GIVE_EN = lazy(rf"(?:(?P<q>Have|Has|Are|Is|Am)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>given\s+up|"
                rf"gave\s+up|give\s+up|giving\s+up|cut\s+out|quit)\s+{_WHAT_EN}(?:\s+{SPAN_EN}\s+(?P<ago>ago)|"
                r"\s+(?P<good>for\s+good))?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_OFF_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{_AUX_EN}(?P<been>\s+been)?\s+off\s+{_WHAT_EN}"
               rf"(?:\s+for\s+{SPAN_EN})?\s*(?P<end>[.!?]*)")
_NO_MORE_EN = lazy(rf"{WHO_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?P<verb>eat|drink)|"
                   rf"no\s+longer\s+(?P<verb2>eats?|drinks?))\s+{_WHAT_EN}(?P<more>\s+any\s*more)?"
                   r"\s*(?P<end>[.!]*)")
_FAST_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re|"
                r"\s+has|\s+have|['’]ve|\s+do\s+not|\s+does\s+not|\s+don['’]t|\s+doesn['’]t)?(?:\s+(?P<ever>ever))?"
                r"\s+(?P<verb>doing|does|do|trying|tried|been\s+doing)\s+intermittent\s+fasting"
                rf"(?:\s+for\s+{SPAN_EN})?\s*(?P<end>[.!?]*)")
_BE = {"is", "am", "are", "'s", "'m", "'re"}
_MEANS = {"nên": "should", "cần": "need to", "muốn": "want to", "phải": "have to", "sẽ": "will"}
_MEANS_VI = {"should": "nên", "need to": "cần", "needs to": "cần", "want to": "muốn", "wants to": "muốn",
             "have to": "phải", "has to": "phải", "will": "sẽ", "'ll": "sẽ"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is cutting down on or giving up coffee, sugar, sweets,
    fizzy drinks, salt …, no longer has them, or does intermittent fasting; None for any other."""
    if src == "vi":
        return _cut(text) or _give(text) or _no_more(text) or _fast(text)
    return _cut_vi(text) or _give_vi(text) or _off_vi(text) or _no_more_vi(text) or _fast_vi(text)


def _said(m: re.Match | None, ends: tuple[str, ...] = ()) -> tuple[str, bool, bool] | None:
    """Who of a Vietnamese match in English, whether one ("does"), and whether asked ("có … không?", or "… chưa?"
    with a group done among `ends`); None for no match, a pet, "có" or "?" alone, and asked of oneself."""
    if not m:
        return None
    chua = (m.groupdict().get("done") or "") in ends
    asked_ = m.groupdict().get("asked")
    asked = bool(asked_) or chua
    if asked != ("?" in m["end"]) or bool(m.groupdict().get("ask")) != bool(asked_) or asked_ and chua:
        return None
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] in ("I", "we") else (*said, asked)


def _means(who_: str, one: bool, means: str, doing: str) -> str:
    """Who should, needs to, wants to, has to or will do `doing`, in English: "My father needs to cut down on …"."""
    if means == "have to" and one:
        means = "has to"
    elif means in ("need to", "want to") and one:
        means = means.replace(" to", "s to")
    return capitalised(contracted(who_, f"{means} {doing}."))


def _cut(text: str) -> str | None:
    """"Bố tôi đang giảm đường." as "My father is cutting down on sugar.", "Tôi đang cố uống ít cà phê hơn." as
    "I'm trying to cut down on coffee.", "Bạn nên bớt ăn mặn." as "You should cut down on salt.", "Tôi đã bớt uống cà
    phê rồi." as "I've cut down on coffee." (_CUT); None for anything else, and for a plain "Tôi giảm đường."."""
    m = _CUT.fullmatch(text)
    said = _said(m)
    if said is None:
        return None
    who_, one, asked = said
    verb, what = m["verb"] or m["less"], m["what"] or m["what2"]
    if m["taste"]:
        if verb != "ăn":
            return None
        thing = _TASTES[m["taste"]]
    elif verb and (keyed(verb) == "uống") != CUT[keyed(what)][1]:
        return None  # ("uống đường")
    else:
        thing = CUT[keyed(what)][0]
    how, doing = keyed(m["how"] or ""), f"cut down on {thing}"
    if how.startswith("đang"):
        doing = f"trying to {doing}" if how != "đang" else f"cutting down on {thing}"
        if m["done"]:
            return None
        return progressive(who_, be(who_), doing, asked)
    if asked or how == "vừa":
        return None
    if how in _MEANS:
        # ("Tôi muốn bớt đường.": an order, as often; "Bạn nên giảm muối.", "Tôi sẽ bớt đường.": in a recipe)
        if m["done"] or how in _LESS_PUT_IN and not verb and keyed(what or "") in _PUT_IN:
            return None
        return _means(who_, one, _MEANS[how], doing)
    if (how == "đã" or m["done"]) and verb:  # ("Tôi giảm đường rồi.": less sugar put in?)
        return capitalised(contracted(who_, f"{'has' if one else 'have'} cut down on {thing}."))
    return None


def _give(text: str) -> str | None:
    """"Tôi cai đường rồi." as "I've given up sugar.", "Tôi bỏ đường được hai tháng rồi." as "I gave up sugar two
    months ago.", "Tôi đang cai cà phê." as "I'm giving up coffee.", "Bạn đã bỏ nước ngọt chưa?" as "Have you given up
    fizzy drinks yet?" (_GIVE); None for anything else, for salt, and for "bỏ đường" that may put it in."""
    m = _GIVE.fullmatch(text)
    said = _said(m, ("chưa",))
    if said is None:
        return None
    who_, one, asked = said
    what, verb, how, quit_ = keyed(m["what"]), m["verb"], keyed(m["how"] or ""), m["quit"]
    thing, drunk = CUT[what]
    if verb and (verb == "uống") != drunk or thing in ("salt", "salty food"):
        return None
    if quit_ == "bỏ" and what in _PUT_IN and not (verb or m["hard"] or m["n"] or how.startswith("đang cố")) or \
            how == "đang" and quit_ != "cai":
        return None  # ("Tôi bỏ đường rồi.", "Bạn đã bỏ đường chưa?": sugar put in; "đang bỏ": putting it in now?)
    done, has = m["done"] == "rồi", "has" if one else "have"
    if asked:
        if m["done"] == "chưa" and how in ("", "đã") and not (m["n"] or m["hard"]):
            return f"{has.capitalize()} {who_} given up {thing} yet?"
        if how != "đang" or m["hard"] or m["done"]:  # ("Bạn đang cai đường chưa?" is not asked so)
            return None
        return f"{be(who_).capitalize()} {who_} giving up {thing}?"
    if m["n"]:  # ("bỏ hẳn đường được hai tháng rồi": for good, not written with a span)
        ago = done and how in ("", "đã") and not m["hard"]
        return capitalised(f"{who_} gave up {thing} {span(m)} ago.") if ago else None
    good = " for good" if m["hard"] else ""
    if how in _MEANS or how.startswith("đang"):
        if done or good and how.startswith("đang"):
            return None
        if how == "đang":
            return capitalised(contracted(who_, f"{be(who_)} giving up {thing}."))
        if how.startswith("đang cố"):
            return capitalised(contracted(who_, f"{be(who_)} trying to give up {thing}."))
        return _means(who_, one, _MEANS[how], f"give up {thing}{good}")
    if how == "vừa":
        return None if done else capitalised(contracted(who_, f"{has} just given up {thing}{good}."))
    return capitalised(contracted(who_, f"{has} given up {thing}{good}.")) if how == "đã" or done else None


def _no_more(text: str) -> str | None:
    """"Tôi không còn uống nước ngọt nữa." as "I don't drink fizzy drinks any more." (_NO_MORE); None for anything
    else, and for a drink eaten."""
    m = _NO_MORE.fullmatch(text)
    said = _said(m)
    if said is None or said[2]:
        return None
    who_, one, _ = said
    thing, drunk = CUT[keyed(m["what"])]
    if (keyed(m["verb"]) == "uống") != drunk:
        return None
    return capitalised(f"{who_} {'doesn' if one else 'don'}'t {'drink' if drunk else 'eat'} {thing} any more.")


def _fast(text: str) -> str | None:
    """"Tôi đang nhịn ăn gián đoạn." as "I'm doing intermittent fasting.", "Bạn có nhịn ăn gián đoạn không?" as "Do
    you do intermittent fasting?", "Tôi nhịn ăn gián đoạn được ba tháng rồi." as "I've been doing intermittent fasting
    for three months." (_FAST); None for anything else."""
    m = _FAST.fullmatch(text)
    said = _said(m)
    if said is None:
        return None
    who_, one, asked = said
    how, fasting = keyed(m["how"] or ""), "intermittent fasting"
    if m["not"] and (how or m["n"]) or m["n"] and (asked or how not in ("", "đang")):
        return None
    if m["n"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} been doing {fasting} for {span(m)}."))
    if how.startswith("đang"):
        doing = "trying" if how == "đang thử" else "doing"
        return progressive(who_, be(who_), f"{doing} {fasting}", asked)
    if how:
        return None if asked else capitalised(contracted(who_, f"{'has' if one else 'have'} tried {fasting}."))
    if asked:
        return f"{'Does' if one else 'Do'} {who_} do {fasting}?"
    return capitalised(f"{who_} {'doesn' if one else 'don'}'t do {fasting}." if m["not"] else
                       f"{who_} {'does' if one else 'do'} {fasting}.")


# --- English to Vietnamese

def _aux(m: re.Match) -> str:
    """The verb said after who in an English match, small, one space apart, "’" as "'": "is", "'ve", "needs to"."""
    return " ".join((m["aux"] or "").lower().replace("’", "'").split())


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether the verb `word` said after who (as who_vi gives it) agrees with it ("she has", "I am", "do you")."""
    word = word.lower()
    if word in _BE:
        return be_said(word) == be_of(who_, one)
    first = word.split()[0] if word else ""
    if first in ("has", "needs", "wants", "does", "doesn't", "eats", "drinks"):
        return one
    return not one if first in ("have", "'ve", "need", "want", "do", "don't", "eat", "drink") else True


def _who_en(m: re.Match) -> tuple[str, bool, bool] | None:
    """Who of an English match in Vietnamese, whether one, and whether asked (group q, with "?"); None for no match,
    "?" without q or q without it, a pet, and asked of oneself."""
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    return None if m["q"] and who_ in ("tôi", "chúng tôi") else (who_, one, bool(m["q"]))


def _noun(m: re.Match) -> tuple[str, str]:
    """The thing of an English match in Vietnamese, and the verb it takes: ("đường", "ăn"), ("cà phê", "uống")."""
    vi = CUT_EN[keyed(m["what"])]
    return vi, "uống" if CUT[vi][1] else "ăn"


def _cut_vi(text: str) -> str | None:
    """"My father is cutting down on sugar." as "Bố tôi đang hạn chế ăn đường.", "I'm trying to cut down on coffee."
    as "Tôi đang cố uống ít cà phê hơn.", "You should cut down on salt." as "Bạn nên bớt ăn mặn.", "I've cut down on
    coffee." as "Tôi đã bớt uống cà phê rồi.", "Are you cutting down on sugar?" (_CUT_EN); None for anything else,
    where the verb does not agree with who, and for "drink less sugar", "eat fewer salt"."""
    m = _CUT_EN.fullmatch(text)
    said = _who_en(m)
    if said is None:
        return None
    who_, one, asked = said
    noun, verb = _noun(m)
    aux, cutting, eat = _aux(m), m["verb"].lower().startswith("cutting"), (m["eat"] or "").lower()
    if eat and ((eat == "drink") != (verb == "uống") or m["less"] == "fewer" and keyed(m["what"]) not in _MANY):
        return None
    cut = "ăn mặn" if noun == "muối" else f"{verb} {noun}"
    if asked:
        if aux or not _agrees(m["q"], who_, one) or cutting == bool(m["trying"]):
            return None
        return capitalised(f"{who_} có đang {'hạn chế ' + cut if cutting else f'cố {verb} ít {noun} hơn'} không?")
    if cutting or m["trying"]:
        if cutting == bool(m["trying"]) or aux not in _BE or not _agrees(aux, who_, one):
            return None
        return capitalised(f"{who_} đang {'hạn chế ' + cut if cutting else f'cố {verb} ít {noun} hơn'}.")
    if not _agrees(aux, who_, one):
        return None
    if aux in _MEANS_VI:
        return capitalised(f"{who_} {_MEANS_VI[aux]} bớt {cut}.")
    if aux in ("has", "have", "'ve", "'s") and not eat:
        return capitalised(f"{who_} đã bớt {cut} rồi.")
    return None


def _given_up(noun: str) -> str:
    """Giving `noun` up in Vietnamese: "bỏ nước ngọt"; "cai đường" (not "bỏ đường": also putting it in)."""
    return f"cai {noun}" if noun in _PUT_IN else f"bỏ {noun}"


def _give_vi(text: str) -> str | None:
    """"I've given up sugar." as "Tôi đã cai đường rồi.", "I gave up sugar two months ago." as "Tôi cai đường được hai
    tháng rồi.", "I'm giving up coffee." as "Tôi đang cai cà phê.", "She wants to give up bubble tea." as "Cô ấy muốn
    bỏ trà sữa.", "Have you given up fizzy drinks yet?" (_GIVE_EN); None for anything else, for salt, "I quit sugar."
    (now, or done?), and where the verb does not agree with who."""
    m = _GIVE_EN.fullmatch(text)
    said = _who_en(m)
    if said is None or CUT_EN[keyed(m["what"])] == "muối":
        return None
    who_, one, asked = said
    noun, _ = _noun(m)
    aux, verb, q, gave = _aux(m), keyed(m["verb"]), (m["q"] or "").lower(), _given_up(noun)
    if m["yet"] and not asked or m["ago"] and verb != "gave up" or not _agrees(q or aux, who_, one):
        return None
    if m["good"]:
        gave = f"bỏ hẳn {noun}"
    if verb in ("given up", "cut out") and (q in ("have", "has") or aux in ("has", "have", "'ve", "'s")):
        if q and aux or m["trying"] or asked and (m["just"] or m["good"]) or verb == "cut out" and m["ago"]:
            return None
        if asked:
            return capitalised(f"{who_} đã {gave} chưa?")
        return capitalised(f"{who_} vừa {gave}." if m["just"] else f"{who_} đã {gave} rồi.")
    if verb == "gave up":
        if q or aux or m["trying"]:
            return None
        if m["ago"]:  # ("just gave up sugar a week ago": only a week ago, not written)
            if m["good"] or m["just"] or (n := span_vi(m)) is None:
                return None
            return capitalised(f"{who_} {gave} được {n} rồi.")
        return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {gave}.")
    if m["just"] or m["ago"]:
        return None
    if verb == "giving up":
        if m["trying"] or m["good"] or (aux not in _BE if not q else aux or q not in ("are", "is", "am")):
            return None
        return capitalised(f"{who_} có đang cai {noun} không?" if asked else f"{who_} đang cai {noun}.")
    if verb not in ("give up", "quit", "cut out") or m["yet"]:
        return None
    if m["trying"]:  # ("Are you trying to give up sugar?", "I'm trying to quit sugar.")
        if (aux not in _BE if not q else aux or q not in ("are", "is", "am")) or m["good"]:
            return None
        return capitalised(f"{who_} có đang cố {gave} không?" if asked else f"{who_} đang cố {gave}.")
    return capitalised(f"{who_} {_MEANS_VI[aux]} {gave}.") if aux in _MEANS_VI and not q else None


def _off_vi(text: str) -> str | None:
    """"I'm off sugar." as "Tôi đang kiêng đường.", "Are you off sugar?" as "Bạn có đang kiêng đường không?", "I've
    been off sugar for two months." as "Tôi kiêng đường được hai tháng rồi." (_OFF_EN); None for anything else."""
    m = _OFF_EN.fullmatch(text)
    said = _who_en(m)
    if said is None or m["trying"]:
        return None
    who_, one, asked = said
    noun, aux = _noun(m)[0], _aux(m)
    if m["been"]:
        if asked or aux not in ("has", "have", "'ve", "'s") or not m["n"] or not _agrees(aux, who_, one):
            return None
        return None if (n := span_vi(m)) is None else capitalised(f"{who_} kiêng {noun} được {n} rồi.")
    if m["n"] or (aux if asked else aux not in _BE) or not _agrees(m["q"] or aux, who_, one):
        return None
    return capitalised(f"{who_} có đang kiêng {noun} không?" if asked else f"{who_} đang kiêng {noun}.")


def _no_more_vi(text: str) -> str | None:
    """"I don't drink fizzy drinks any more." as "Tôi không còn uống nước ngọt nữa.", "She no longer eats sugar." as
    "Cô ấy không còn ăn đường nữa." (_NO_MORE_EN); None for anything else, and for a drink eaten."""
    m = _NO_MORE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["not"]) != bool(m["more"]):
        return None
    who_, one = who_vi(m)
    noun, verb = _noun(m)
    said = (m["verb"] or m["verb2"]).lower()
    if not _agrees(m["not"] or said, who_, one) or said.startswith("drink") != (verb == "uống"):
        return None  # ("don't have sugar any more" is none left: not read)
    return capitalised(f"{who_} không còn {verb} {noun} nữa.")


def _fast_vi(text: str) -> str | None:
    """"I'm doing intermittent fasting." as "Tôi đang nhịn ăn gián đoạn.", "Do you do intermittent fasting?" as "Bạn
    có nhịn ăn gián đoạn không?", "She's trying intermittent fasting." as "Cô ấy đang thử nhịn ăn gián đoạn.", "I've
    been doing intermittent fasting for three months." as "Tôi nhịn ăn gián đoạn được ba tháng rồi." (_FAST_EN); None
    for anything else, and where the verb does not agree with who."""
    m = _FAST_EN.fullmatch(text)
    said = _who_en(m)
    if said is None:
        return None
    who_, one, asked = said
    aux, verb, q, fasting = _aux(m), keyed(m["verb"]), (m["q"] or "").lower(), "nhịn ăn gián đoạn"
    if asked and aux or not _agrees(q or aux or verb, who_, one) or m["n"] and verb != "been doing":
        return None
    if m["ever"] and (verb != "tried" or not q):
        return None
    if verb in ("doing", "trying"):
        if not (q in ("are", "is", "am") or aux in _BE):
            return None
        doing = "đang thử" if verb == "trying" else "đang"
        return capitalised(f"{who_} có {doing} {fasting} không?" if asked else f"{who_} {doing} {fasting}.")
    if verb == "been doing":
        n = m["n"] and aux in ("has", "have", "'ve", "'s") and span_vi(m)
        return capitalised(f"{who_} {fasting} được {n} rồi.") if n else None
    if verb == "tried":
        if q in ("have", "has"):
            return capitalised(f"{who_} đã từng thử {fasting} chưa?")
        return None if q or aux not in ("", "has", "have", "'ve", "'s") else capitalised(f"{who_} đã thử {fasting}.")
    if q in ("do", "does"):
        return capitalised(f"{who_} có {fasting} không?") if verb == "do" else None
    if aux:
        return capitalised(f"{who_} không {fasting}.") if ("not" in aux or "n't" in aux) and verb == "do" else None
    return None if q else capitalised(f"{who_} {fasting}.")
