"""On the phone: asking for someone, someone not in, and someone's phone number asked for, both ways, written whole by
rule. v6 reads "cho tôi gặp" as meeting and "không có" as having: "Alo, cho tôi gặp chị Lan." → "Alo, told me to meet
Lan.", "Chị Lan không có ở đây." → "Lan there is no here.", "Mẹ tôi không có nhà." → "My mother had no house."; "Lan
isn't here right now." → "Bây giờ không ở đây.", "He's out." → "Anh ta ra khỏi.", "I'll ask him to call you back." →
"Tôi sẽ hỏi anh ấy gọi lại cho anh ấy.".

Someone is a given name after a word of kinship (mt.names.addressed: "chị Lan" → "Lan", "ông Hùng" → "Mr. Hung"), a
pronoun ("anh ấy"), or kin with whose after it (mt.people.NAMED_WHO: "mẹ tôi"); in English a name (with a title,
mt.names.EN_TITLES, or without), "he", "she", "they", or kin after whose ("my mother"). mt.phrasebook.translate tries
these after mt/skills.py.

    >>> translate("Alo, cho em gặp anh Minh được không ạ?", "vi", "en")
    'Hello, could I speak to Minh, please?'
    >>> translate("My mother isn't at home right now.", "en", "vi")
    'Mẹ tôi hiện không có nhà.'
"""
from __future__ import annotations

import re

from . import hobbies
from .ever import PRONOUNS
from .lazy_re import lazy
from .names import EN_TITLES, addressed, english_name
from .people import KIN_VI, KIN_WORDS, NAMED_WHO
from .terms import OWNERS, WHOSE_VI
from .text import EN_OBJECT, EN_OBJECT_VI, EN_WHO_VI, EN_WHOSE, alternatives, capitalised, keyed

_THIRD = {vi: en for vi, en in PRONOUNS.items() if en in ("he", "she", "they")}  # ("anh ấy", "họ")
_KIN = lazy(rf"(?P<kin>{KIN_WORDS})\s+(?:của\s+)?(?P<whose>{alternatives(OWNERS)})")  # ("mẹ tôi")
_HELLO = r"(?:(?P<hello>(?i:alo|a\s+lô|alô|xin\s+chào))\s*[,.!]?\s+)?"
_NOW = {"hiện": "right now", "hiện giờ": "right now", "bây giờ": "right now", "lúc này": "at the moment"}
# asking for someone ("Alo, cho tôi gặp chị Lan.", "Cho em nói chuyện với anh Minh được không ạ?")
_ASK_FOR = lazy(rf"{_HELLO}(?:(?i:làm\s+ơn|vui\s+lòng)\s+)?(?i:cho)\s+(?:tôi|em|cháu|mình)\s+"
                r"(?:gặp|nói\s+chuyện\s+với)\s+(?P<who>[^.?!]+?)(?:\s+(?:được\s+không|với|nhé))?(?:\s+ạ)?"
                r"\s*[.?!]*")
# someone not in ("Chị Lan không có ở đây.", "Anh ấy đi vắng rồi.", "Mẹ tôi không có nhà.")
_OUT = {"không có ở đây": "isn't here", "không ở đây": "isn't here", "không có nhà": "isn't at home",
        "không ở nhà": "isn't at home", "đi vắng": "is out", "ra ngoài": "is out", "vừa ra ngoài": "has just gone out",
        "vừa mới ra ngoài": "has just gone out", "vừa đi ra ngoài": "has just gone out"}
_NOT_IN = lazy(rf"(?P<who>[^.?!]+?)\s+(?:(?P<now>{alternatives(_NOW)})\s+)?(?P<out>{alternatives(_OUT)})"
               r"(?:\s+rồi)?(?:\s+ạ)?\s*(?P<end>[.!]*)")
_WHO_EN = (rf"(?:(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)(?![a-z])|(?P<whose>[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur)\s+"
           rf"(?P<kin>{alternatives(KIN_VI)})|"
           rf"(?:(?P<title>Mr|Mrs|Ms|Miss)\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))")
_ASK_FOR_EN = lazy(r"(?:(?P<hello>Hello|Hi)\s*[,.!]?\s+)?(?i:may|can|could)\s+I\s+(?:please\s+)?"
                   rf"(?:speak|talk)\s+(?:to|with)\s+{_WHO_EN}(?:\s*,?\s+please)?\s*\?+")
_OUT_EN = {"here": "không có ở đây", "in": "không có ở đây", "at home": "không có nhà", "home": "không có nhà"}
_NOT_IN_EN = lazy(rf"{_WHO_EN}\s*(?:\s+is\s+not|\s+isn['’]t|['’]s\s+not|\s+are\s+not|\s+aren['’]t|"
                  rf"['’]re\s+not)\s+(?P<out>{alternatives(_OUT_EN)})"
                  r"(?:\s+(?P<now>right\s+now|at\s+the\s+moment|now))?\s*(?P<end>[.!]*)")
_CALL_BACK_EN = lazy(rf"I['’]ll\s+(?:ask|tell|get)\s+(?:(?P<obj>him|her|them)|{_WHO_EN})\s+to\s+"
                     r"(?:call|ring)\s+you\s+back(?P<later>\s+later)?\s*(?P<end>[.!]*)")

# someone's phone number, asked for (v7: "Bạn có số điện thoại của Lan không?" → "Do you have a number of phones?")
_PHONE = r"(?:điện\s+thoại|đt|phone)"
_WHOSE_VI = r"(?:của\s+)?(?P<who>[^.?!]+?)"
_NUMBER = [lazy(rf"(?:Bạn|Anh|Chị|Em)\s+có\s+số\s+{_PHONE}\s+{_WHOSE_VI}\s+không(?:\s+ạ)?\s*\?+"),
           lazy(rf"Cho\s+(?:tôi|em|mình)\s+xin\s+số\s+{_PHONE}\s+{_WHOSE_VI}(?:\s+được\s+không)?(?:\s+(?:nhé|ạ))?"
                r"\s*[?.!]*"),
           lazy(rf"[Ss]ố\s+{_PHONE}\s+{_WHOSE_VI}\s+là\s+(?:gì|bao\s+nhiêu|số\s+mấy)(?:\s+(?:vậy|thế|ạ))?"
                r"\s*\?+")]
_ASKED_NUMBER = ("Do you have {} phone number?", "Could I have {} phone number?", "What's {} phone number?")
_NUMBER_OF = rf"(?:(?P<own>your|his|her|their)|{_WHO_EN}['’]s)\s+(?:phone\s+)?number"  # (whose)
_NUMBER_EN = [lazy(rf"Do\s+you\s+have\s+{_NUMBER_OF}\s*\?+"),
              lazy(rf"(?:Could|Can|May)\s+I\s+(?:please\s+)?have\s+{_NUMBER_OF}(?:\s*,?\s+please)?\s*\?+"),
              lazy(rf"What(?:['’]s|\s+is)\s+{_NUMBER_OF}\s*\?+")]
_ASKED_NUMBER_VI = ("Bạn có số điện thoại của {} không?", "Cho tôi xin số điện thoại của {} được không?",
                    "Số điện thoại của {} là gì?")

def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence on the phone that asks for someone or says they are not in; None for any
    other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _ask_for(text) or _not_in(text) or _number(text)
    if (src, tgt) == ("en", "vi"):
        return _ask_for_vi(text) or _not_in_vi(text) or _call_back_vi(text) or _number_vi(text)
    return None


def _ask_for(text: str) -> str | None:
    """"Alo, cho tôi gặp chị Lan." as "Hello, could I speak to Lan, please?" (_ASK_FOR); None for anything else."""
    m = _ASK_FOR.fullmatch(text)
    who = m and someone(m["who"])
    if not who:
        return None
    who = EN_OBJECT.get(who, who)
    return f"{'Hello, c' if m['hello'] else 'C'}ould I speak to {who}, please?"


def _not_in(text: str) -> str | None:
    """"Chị Lan không có ở đây." as "Lan isn't here.", "Anh ấy hiện đi vắng." as "He is out right now." (_NOT_IN);
    None for anything else."""
    m = _NOT_IN.fullmatch(text)
    who = m and someone(m["who"])
    if not who:
        return None
    out = _OUT[keyed(m["out"])]
    if who == "they":
        out = out.replace("isn't", "aren't").replace("is ", "are ").replace("has ", "have ")
    now = f" {_NOW[keyed(m['now'])]}" if m["now"] and not out.startswith("has") else ""
    return capitalised(f"{who} {out}{now}{m['end'] or '.'}")


def someone(said: str) -> str | None:
    """Someone in English: "chị Lan" as "Lan", "ông Hùng" as "Mr. Hung" (mt.names.addressed), "anh ấy" as "he",
    "mẹ tôi" as "my mother"; None for anyone else."""
    if third := _THIRD.get(keyed(said)):
        return third
    if kin := _KIN.fullmatch(keyed(said)):
        return f"{OWNERS[kin['whose']]} {NAMED_WHO[kin['kin']]}"
    found = addressed(said)
    return found[0].replacement if len(found) == 1 and (found[0].start, found[0].end) == (0, len(said)) else None


def _ask_for_vi(text: str) -> str | None:
    """"Hello, may I speak to Lan, please?" as "Alô, cho tôi gặp Lan được không ạ?" (_ASK_FOR_EN); None for anything
    else."""
    m = _ASK_FOR_EN.fullmatch(text)
    who = m and _someone_vi(m)
    return who and f"{'Alô, c' if m['hello'] else 'C'}ho tôi gặp {who} được không ạ?"


def _not_in_vi(text: str) -> str | None:
    """"Lan isn't here right now." as "Lan hiện không có ở đây." (_NOT_IN_EN); None for anything else."""
    m = _NOT_IN_EN.fullmatch(text)
    who = m and _someone_vi(m)
    now = " hiện" if m and m["now"] else ""
    return who and capitalised(f"{who}{now} {_OUT_EN[m['out'].lower()]}{m['end'] or '.'}")


def _call_back_vi(text: str) -> str | None:
    """"I'll ask him to call you back." as "Tôi sẽ bảo anh ấy gọi lại cho bạn." (_CALL_BACK_EN); None for anything
    else."""
    m = _CALL_BACK_EN.fullmatch(text)
    who = m and (EN_OBJECT_VI[m["obj"]] if m["obj"] else _someone_vi(m))
    return who and f"Tôi sẽ bảo {who} gọi lại cho bạn{' sau' if m['later'] else ''}{m['end'] or '.'}"


def _someone_vi(m: re.Match) -> str | None:
    """Someone of a match of _WHO_EN in Vietnamese: "ông Hung" for "Mr. Hung", "anh ấy" for "he", "mẹ tôi" for "my
    mother", "Lan"; None for a word with a capital that is not a name without a title (mt.names.english_name: "It
    isn't here.", "Nobody")."""
    if m["pronoun"]:
        return EN_WHO_VI[m["pronoun"].lower()]
    if m["kin"]:
        return f"{KIN_VI[m['kin']]} {WHOSE_VI[m['whose'].lower()]}"
    if m["title"]:
        return f"{EN_TITLES[m['title'].lower()]} {m['name']}"
    return m["name"] if all(english_name(w) for w in m["name"].split()) else None


def _number(text: str) -> str | None:
    """"Bạn có số điện thoại của Lan không?" as "Do you have Lan's phone number?", "Cho tôi xin số điện thoại của
    bạn được không?" as "Could I have your phone number?", "Số điện thoại của mẹ bạn là gì?" as "What's your
    mother's phone number?" (_NUMBER); None for anything else, and for "you" asked whether they have their own."""
    i, m = next(((i, m) for i, p in enumerate(_NUMBER) if (m := p.fullmatch(text))), (0, None))
    if m is None:
        return None
    if owner := OWNERS.get(keyed(m["who"])):  # ("của bạn": your)
        return None if i == 0 and owner == "your" else _ASKED_NUMBER[i].format(owner)
    who = someone(m["who"]) or hobbies.someone(m["who"], "vi")
    return who and _ASKED_NUMBER[i].format(EN_WHOSE.get(who) or f"{who}'s")


def _number_vi(text: str) -> str | None:
    """"Do you have Lan's phone number?" as "Bạn có số điện thoại của Lan không?", "Could I have your number?" as "Cho
    tôi xin số điện thoại của bạn được không?" (_NUMBER_EN); None for anything else."""
    i, m = next(((i, m) for i, p in enumerate(_NUMBER_EN) if (m := p.fullmatch(text))), (0, None))
    if m is None or m["pronoun"]:
        return None
    who = WHOSE_VI[m["own"]] if m["own"] else _someone_vi(m)
    return who and _ASKED_NUMBER_VI[i].format(who)
