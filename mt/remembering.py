"""Remembering and forgetting people and their names, both ways, written whole by rule: who still remembers someone,
does not remember a name, has forgotten it, will never forget, and what someone's name was again. v8 (every rule on)
reads "nhớ" as miss and "quên mất" as forget to lose: "Bạn còn nhớ tôi không?" → "Did you miss me?", "Bạn có nhớ tên
tôi không?" → "Do you miss my name?", "Bạn có nhớ tôi là ai không?" → "Do you miss me?", "Tôi quên mất tên bạn rồi." →
"I forgot to lose your name.", "Anh ấy quên tên tôi rồi." → "He forgot to name me.", "Bạn quên tôi rồi à?" → "Did you
forgot me and then?", "Bố tôi vẫn còn nhớ tên bạn." → "I still remember your name.", "Em gái bạn tên là gì nhỉ?" →
"What's your girlfriend?"; "What's his name again?" → "Tên anh ta lại là gì?", "Does she still remember me?" → "Bé
vẫn còn nhớ tôi không?", "Does Lan still remember you?" → "Bạn vẫn có nhớ bạn không?", "Have you forgotten me?" →
"Bạn đã quên tôi chưa?", "I can't remember his name." → "Tôi không thể nhớ tên anh ấy.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) remembers, still remembers ("còn nhớ",
"vẫn còn nhớ"), does not, no longer ("không còn nhớ … nữa"), can't ("không nhớ ra", "không nhớ nổi") or now remembers
("nhớ ra … rồi") someone (a pronoun, kin and whose, a name: mt.hobbies.WHOM, WHOM_EN), someone's name ("tên bạn",
"your name") or who someone is ("tôi là ai", "who I am"), said or asked; who forgot, has forgotten ("rồi") them, or
asked ("… rồi à?"); who will never forget someone, that or this; "What's his name again?" ("Anh ấy tên là gì nhỉ?");
each after "Xin lỗi," ("Sorry,") too. Left: "nhớ" someone with neither "còn" nor a name ("Bạn có nhớ anh ấy không?",
"Mẹ tôi vẫn nhớ bạn.", "Tôi không nhớ anh ấy.": remember or miss), "I remember her." (the model writes it well), "tên
họ" (their name or a full name), things forgotten (mt/keys.py, mt/bring_along.py, mt/finding.py, mt/accounts.py),
names as introduced (mt/people.py), "Tôi nhớ bạn." (the phrasebook's: I miss you), "Bạn có quên … không?" and "He
forgets …" (did, or a habit?), and anything else.
mt.phrasebook.translate tries these after mt/noise.py.

    >>> translate("Bạn còn nhớ tôi không?", "vi", "en"), translate("What's his name again?", "en", "vi")
    ('Do you still remember me?', 'Anh ấy tên là gì nhỉ?')
"""
from __future__ import annotations

import re

from .ever import OBJECTS, PRONOUNS
from .hobbies import (
    OWNER,
    SOMEONE_EN,
    WHO,
    WHO_EN,
    WHOM,
    WHOM_EN,
    as_whom,
    someone,
    who,
    who_vi,
)
from .lazy_re import lazy
from .names import GIVEN_EN
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI
from .text import (
    ASKED_END,
    EN_WHO_VI,
    EN_WHOSE,
    SOFTENED_END,
    be,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhớ|quên|nhỉ)"), "en": lazy(r"(?i:remember|forg[eo]t|name\s+again)")}
# "Xin lỗi, …" before any of these ("Sorry, I've forgotten your name.")
_SORRY = {"vi": lazy(r"(?i:xin\s+lỗi)\s*,\s*(?P<rest>.+)"), "en": lazy(r"(?i:sorry)\s*,\s*(?P<rest>.+)")}
_SORRY_SAID = {"vi": "Sorry, ", "en": "Xin lỗi, "}
# whom: someone's name ("tên (của) mẹ tôi"), who someone is ("tôi là ai"), someone, or that, this (never forgotten)
_WHAT = (rf"(?:tên\s+(?:của\s+)?{OWNER}|{WHOM}(?:\s+(?P<who_is>là\s+ai))?|(?P<that>(?i:điều|chuyện)\s+(?:đó|này)))")
_REMEMBER = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<still>(?:vẫn\s+)?còn|vẫn)\s+)?"
                 rf"nhớ(?:\s+(?P<out>ra|nổi))?(?:\s+{_WHAT})?(?:\s+(?P<done>rồi|nữa))?{ASKED_END}")
_FORGET = lazy(rf"{WHO}\s+(?:đã\s+)?quên(?:\s+mất)?(?:\s+{_WHAT})?(?:\s+(?P<done>rồi))?"
               rf"(?:\s+(?P<ah>à))?{SOFTENED_END}")
_NEVER = lazy(rf"{WHO}\s+sẽ\s+không\s+bao\s+giờ\s+quên(?:\s+{_WHAT})?{SOFTENED_END}")
# "nhỉ" after a name asked is trying to recall it: "again" ("Anh ấy tên là gì nhỉ?", "Tên cô ấy là gì ấy nhỉ?")
_AGAIN = [lazy(rf"{WHO}\s+tên(?:\s+là)?\s+gì(?:\s+(?:ấy|vậy|thế))?\s+nhỉ\s*\?+"),
          lazy(rf"[Tt]ên\s+(?:của\s+)?{WHO}\s+là\s+gì(?:\s+(?:ấy|vậy|thế))?\s+nhỉ\s*\?+")]
_THAT = {"đó": "that", "này": "this"}

# ... in English: "your name", "my mother's name", "who I am", someone, or it, this, that (never forgotten)
_WHAT_EN = (r"(?:(?P<nw>(?i:my|your|his|her|our))\s+name|(?P<nsome>" + SOMEONE_EN + r")['’]s\s+name|who\s+"
            rf"(?P<wis>I|(?i:you|he|she|we|they)|{SOMEONE_EN})\s+(?P<wbe>am|are|is)|{WHOM_EN}|(?P<that>it|this|that))")
_NOT_EN = r"do\s+not|does\s+not|don['’]t|doesn['’]t|(?P<cant>can['’]t|cannot|can\s+not|couldn['’]t)"
_REMEMBER_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>{_NOT_EN}))?(?:\s+(?P<still>still))?\s+"
                    rf"(?P<verb>remembers?)(?:\s+{_WHAT_EN})?(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_FORGET_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?"
                  rf"(?:\s+already)?\s+(?P<verb>forgot|forgotten|forget)(?:\s+{_WHAT_EN})?\s*(?P<end>[.!?]*)")
_NEVER_EN = lazy(rf"{WHO_EN}(?:['’]ll|\s+will)\s+never\s+forget(?:\s+{_WHAT_EN})?\s*(?P<end>[.!]*)")
_AGAIN_EN = lazy(rf"What(?:['’]s|\s+is|\s+was)\s+(?:(?P<nw>(?i:your|his|her))|(?P<nsome>{SOMEONE_EN})['’]s)"
                 r"\s+name\s+again\s*\?+")
_THAT_VI = {"it": "điều đó", "that": "điều đó", "this": "điều này"}
# (the words that may open a sentence after "Sorry," in small letters: not "I" nor a name)
_SMALL_AFTER = {"you", "he", "she", "we", "they", "my", "your", "his", "her", "our", "do", "does", "did", "have",
                "has", "what's"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who remembers or forgot someone or a name, will never forget,
    or what someone's name was again; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if (m := _SORRY[src].fullmatch(text)) and (said := translate(capitalised(m["rest"]), src, tgt)):
        return _SORRY_SAID[src] + _after_sorry(said, m["rest"], src)
    if src == "vi":
        return _remember(text) or _forget(text) or _never(text) or _again(text)
    return _remember_vi(text) or _forget_vi(text) or _never_vi(text) or _again_vi(text)


def _after_sorry(said: str, source: str, src: str) -> str:
    """A translation after "Sorry," or "Xin lỗi,", in small letters but for "I" and a name: "Sorry, what's his name
    again?", "Xin lỗi, tôi quên tên bạn rồi." ("Xin lỗi, Lan …")."""
    first = said.split()[0]
    small = first.lower() in _SMALL_AFTER if src == "vi" else source.split()[0] not in GIVEN_EN
    return first[0].lower() + said[1:] if small else said


def _whom(m: re.Match) -> str | None:
    """Whom of a match of _WHAT in English: "your name", "my mother's name", "who I am", "me", "that"; "" for nothing
    said; None for "tên họ" (their name, or a full name)."""
    if m["owner"]:
        return None if keyed(m["owner"]) == "họ" else f"{OWNERS[keyed(m['owner'])]} name"
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s name"
    if m["who_is"]:
        said = PRONOUNS.get(keyed(m["whom"])) if keyed(m["whom"]) in OBJECTS else someone(m["whom"], "vi")
        return f"who {said} {be(said)}"
    if m["that"]:
        return _THAT[m["that"].split()[-1]]
    return as_whom(m["whom"], "vi") if m["whom"] else ""


def _remember(text: str) -> str | None:
    """"Bạn còn nhớ tôi không?" as "Do you still remember me?", "Tôi không nhớ tên cô ấy." as "I don't remember her
    name.", "Tôi không nhớ ra tên anh ấy." as "I can't remember his name.", "Tôi nhớ ra rồi." as "I remember now."
    (_REMEMBER); None for anything else, and for someone "nhớ" with neither "còn" nor "ra" (or missed?)."""
    m = _REMEMBER.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["that"] or (said := who(m, asked)) is None:
        return None
    whom, still, out, done = _whom(m), keyed(m["still"] or ""), keyed(m["out"] or ""), keyed(m["done"] or "")
    person = bool(m["whom"] and not m["who_is"])
    if whom is None or person and not ("còn" in still or out) or m["ask"] and not asked or out == "nổi" and not m[
            "not"] or done == "nữa" and not (m["not"] and "còn" in still) or out == "ra" and not (m["not"] or done):
        return None
    who_, one = said
    whom = f" {whom}" if whom else ""
    if asked:
        if m["not"] or out or done:
            return None
        return f"{'Does' if one else 'Do'} {who_}{' still' * bool(still)} remember{whom}?"
    if out == "ra" and done == "rồi":
        return None if m["not"] or still else capitalised(f"{who_} remember{'s' * one}{whom} now.")
    if done == "rồi" or m["not"] and still == "vẫn" or not (m["not"] or still or whom):
        return None
    if m["not"]:
        said = f"can't remember{whom}" if out else f"{'doesn' if one else 'don'}'t remember{whom}"
        return capitalised(f"{who_} {said}{' anymore' if still else ''}.")
    return capitalised(f"{who_}{' still' * bool(still)} remember{'s' * one}{whom}.")


def _forget(text: str) -> str | None:
    """"Tôi quên mất tên bạn rồi." as "I've forgotten your name.", "Anh ấy quên tên tôi." as "He forgot my name.",
    "Bạn quên tôi rồi à?" as "Have you forgotten me?", "Tôi quên mất rồi." as "I forgot." (_FORGET); None for
    anything else."""
    m = _FORGET.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["ah"]) or m["that"] or (said := who(m, asked)) is None or (whom := _whom(m)) is None:
        return None
    who_, one = said
    if not whom:
        return f"Did {who_} forget?" if asked else capitalised(f"{who_} forgot.")
    if asked:
        return f"{'Has' if one else 'Have'} {who_} forgotten {whom}?" if m["done"] else f"Did {who_} forget {whom}?"
    return capitalised(contracted(who_, f"{'has' if one else 'have'} forgotten {whom}.") if m["done"] else
                       f"{who_} forgot {whom}.")


def _never(text: str) -> str | None:
    """"Tôi sẽ không bao giờ quên bạn." as "I'll never forget you.", "… quên điều đó." as "… forget that." (_NEVER);
    None for anything else."""
    m = _NEVER.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or (whom := _whom(m)) is None:
        return None
    return capitalised(contracted(said[0], f"will never forget{' ' * bool(whom)}{whom}."))


def _again(text: str) -> str | None:
    """"Anh ấy tên là gì nhỉ?" as "What's his name again?", "Em gái bạn tên gì nhỉ?" as "What's your sister's name
    again?" (_AGAIN); None for anything else, for "my", "our", "their" ("Họ tên": a full name), and for someone
    called by name ("Lan tên gì nhỉ?")."""
    m = next((m for p in _AGAIN if (m := p.fullmatch(text))), None)
    said = m and not (m["given"] or m["titled"]) and who(m, True)
    if not said or said[0] in ("I", "we", "they"):
        return None
    whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    return f"What's {whose} name again?"


def _whom_vi(m: re.Match) -> str | None:
    """Whom of a match of _WHAT_EN in Vietnamese: "tên bạn", "tên mẹ tôi", "tôi là ai", "tôi", "điều đó"; "" for
    nothing said; None where "is" does not agree ("who she are")."""
    if m["nw"]:
        return f"tên {WHOSE_VI[m['nw'].lower()]}"
    if m["nsome"]:
        return f"tên {someone(m['nsome'], 'en')}"
    if m["wis"]:
        low = m["wis"].lower()
        pronoun = ("I" if low == "i" else low) if low in EN_WHO_VI else None
        if m["wbe"] != (be(pronoun) if pronoun else "is"):
            return None
        return f"{EN_WHO_VI[low] if pronoun else someone(m['wis'], 'en')} là ai"
    if m["that"]:
        return _THAT_VI[m["that"]]
    return as_whom(m["whom"], "en") if m["whom"] else ""


def _agrees(aux: str, one: bool) -> bool:
    """Whether "does", "doesn't", "has", "'s" … (`aux`) agree with who (`one`: said of one, "she", "my mother");
    "can't", "did" and the rest agree with anyone."""
    aux = " ".join(aux.lower().replace("’", "'").split())
    if aux in ("does", "does not", "doesn't", "has", "'s", "remembers"):
        return one
    return not one if aux in ("do", "do not", "don't", "have", "'ve", "remember") else True


def _remember_vi(text: str) -> str | None:
    """"Do you still remember me?" as "Bạn còn nhớ tôi không?", "I can't remember his name." as "Tôi không nhớ ra tên
    anh ấy.", "She doesn't remember me." as "Cô ấy không nhớ tôi." (_REMEMBER_EN); None for anything else, where a
    verb does not agree with who, and for "I remember her." (v8 writes it well)."""
    m = _REMEMBER_EN.fullmatch(text)
    if not m or m["that"] or bool(m["do"]) != ("?" in m["end"]) or (whom := _whom_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    helped = m["do"] or m["not"]  # ("Does she remember", "She doesn't remember": the verb as it is)
    if helped and m["verb"] != "remember" or not all(_agrees(w or "", one) for w in (
            (m["do"], m["not"]) if helped else (m["verb"],))):
        return None
    person = bool(m["whom"])
    whom = f" {whom}" if whom else ""
    if m["do"]:
        return None if m["not"] or m["more"] else capitalised(
            f"{who_} {'còn' if m['still'] or person else 'có'} nhớ{whom} không?")
    if m["more"] and not (m["not"] and not m["cant"] and not m["still"]):
        return None
    if m["not"]:
        if m["still"]:
            return None
        said = "không nhớ ra" if m["cant"] else "không còn nhớ" if m["more"] else "không nhớ"
        return capitalised(f"{who_} {said}{whom}{' nữa' * bool(m['more'])}.")
    if m["still"]:
        return capitalised(f"{who_} vẫn còn nhớ{whom}.")
    return None if person or not whom else capitalised(f"{who_} nhớ{whom}.")


def _forget_vi(text: str) -> str | None:
    """"I forgot your name." as "Tôi quên tên bạn rồi.", "Have you forgotten me?" as "Bạn quên tôi rồi à?", "Did you
    forget my name?" as "Bạn quên tên tôi à?", "I forgot." as "Tôi quên mất rồi." (_FORGET_EN); None for anything
    else, for it or this forgotten (a thing: mt/keys.py's …), and where a verb does not agree with who."""
    m = _FORGET_EN.fullmatch(text)
    q, have = (m["q"] or "").lower() if m else "", keyed(m["have"] or "") if m else ""
    if not m or m["that"] or bool(q) != ("?" in m["end"]) or q and have or (whom := _whom_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    perfect = q in ("have", "has") or bool(have)
    verbs = ("forgotten",) if perfect else ("forget",) if q else ("forgot", "forget" if who_ == "tôi" else "")
    if m["verb"] not in verbs or not _agrees(q or have, one):
        return None  # ("I forget your name." is forgotten; "He forgets …", "You forget …" may be a habit)
    whom = f" {whom}" if whom else ""
    if q:
        return capitalised(f"{who_} quên{whom} rồi à?" if perfect or not whom else f"{who_} quên{whom} à?")
    return capitalised(f"{who_} quên{whom} rồi." if whom else f"{who_} quên mất rồi.")


def _never_vi(text: str) -> str | None:
    """"I'll never forget you." as "Tôi sẽ không bao giờ quên bạn.", "I'll never forget it." as "Tôi sẽ không bao giờ
    quên điều đó." (_NEVER_EN); None for anything else."""
    m = _NEVER_EN.fullmatch(text)
    if not m or (whom := _whom_vi(m)) is None:
        return None
    return capitalised(f"{who_vi(m)[0]} sẽ không bao giờ quên{' ' * bool(whom)}{whom}.")


def _again_vi(text: str) -> str | None:
    """"What's his name again?" as "Anh ấy tên là gì nhỉ?", "What's your sister's name again?" as "Em gái bạn tên là
    gì nhỉ?" (_AGAIN_EN); None for anything else."""
    m = _AGAIN_EN.fullmatch(text)
    if not m:
        return None
    whose = WHOSE_VI[m["nw"].lower()] if m["nw"] else someone(m["nsome"], "en")
    return capitalised(f"{whose} tên là gì nhỉ?") if whose else None
