"""Body odour and sweating, both ways, written whole by rule: bad breath, body odour, smelly feet, sweaty hands and
feet, and sweating a lot, easily, now or when it is hot or one is nervous. v8 (rules on) reads "hôi" as bad or
sweated and "body odour" as obesity: "Tôi bị hôi nách." → "I get a bad smell.", "Chân anh ấy bị hôi." → "His foot
was bad.", "Anh ấy bị hôi chân." → "He was bad.", "Tay tôi hay đổ mồ hôi." → "My hand or sweat.", "Tôi bị ra mồ hôi
tay." → "I was sweated out my hands.", "Mẹ tôi không bị hôi nách." → "My mother wasn't sweated.", "Tôi ra mồ hôi tay
khi hồi hộp." → "I sweat out my sweat in the box.", "Lan bị hôi miệng." → "Lan has bad oral smell."; "He has bad
breath." → "Anh ấy hơi thở xấu.", "I have body odour." → "Tôi bị béo phì cơ thể." (obese), "His feet smell." → "Món
chân của anh ấy.", "He has smelly feet." → "Anh ấy có bàn chân mùi.", "Her breath smells." → "Món thở của cô ấy.",
"My son has sweaty feet." → "Con trai tôi bị mồ hôi.", "Does she sweat a lot?" → "Bé có đổ mồ hôi nhiều không?".

Taken: who (mt.hobbies.WHO, WHO_EN) has bad breath ("hôi miệng"), body odour ("hôi nách"), smelly feet ("hôi
chân"), sweaty hands, palms or feet ("bị ra mồ hôi tay"): said, denied, asked, often ("hay"), used to ("từng");
whose breath, feet or armpits smell ("Chân anh ấy bị hôi."); who, or whose hands, palms, feet or armpits, sweat a lot
("hay", "nhiều"), easily ("dễ"), or when it's hot or when nervous, worried, stressed or scared (mt.feelings.FEELINGS),
said, denied, asked; who is sweating now ("đang đổ mồ hôi", "đang toát mồ hôi"). Left: "Tôi ra mồ hôi." and "Tay tôi
đổ mồ hôi." (now or a habit?), "toát mồ hôi" but now (a fright: "toát mồ hôi hột"), "nhiều quá" (now or a habit?),
a statement ending "nhỉ", "thế" or "vậy" (isn't he?, so bad!), night sweats ("đổ mồ hôi trộm"), "mùi cơ thể" (one's
own scent, or odour?), a pet's smell (mt/pets.py), things that smell (mt/smells.py), sweat stains
(mt/clothes_care.py), walls sweating (mt/damp.py), "anh", "chị", "em" alone saying it, and anything else.
mt.phrasebook.translate tries these after mt/nail_biting.py.

    >>> translate("Anh ấy bị hôi miệng.", "vi", "en"), translate("My hands sweat when I'm nervous.", "en", "vi")
    ('He has bad breath.', 'Tay tôi đổ mồ hôi khi hồi hộp.')
"""
from __future__ import annotations

import re

from .feelings import FEELINGS
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, alternatives, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mồ\s+hôi|hôi\s+miệng|hôi\s+nách|hôi\s+chân|miệng|nách|chân)"),
         "en": lazy(r"(?i:sweat|breath|odou?r|smell|stink)")}
# what one has ("bị hôi miệng"), and back (the project writes British "odour")
_HAS = {"miệng": "bad breath", "nách": "body odour", "chân": "smelly feet"}
_SWEATY = {"tay": "sweaty hands", "chân": "sweaty feet", "tay chân": "sweaty hands and feet",
           "tay và chân": "sweaty hands and feet"}
_HAS_VI = {"bad breath": "hôi miệng", "body odour": "hôi nách", "body odor": "hôi nách", "smelly feet": "hôi chân",
           "stinky feet": "hôi chân", "sweaty hands": "ra mồ hôi tay", "sweaty palms": "ra mồ hôi tay",
           "sweaty feet": "ra mồ hôi chân", "sweaty hands and feet": "ra mồ hôi tay chân"}
# the part of the body said before whose ("Tay tôi"), in English (breath for the mouth: "Miệng anh ấy bị hôi")
_PARTS = {"miệng": "breath", "nách": "armpits", "tay": "hands", "hai tay": "hands", "bàn tay": "hands",
          "hai bàn tay": "hands", "lòng bàn tay": "palms", "chân": "feet", "hai chân": "feet", "bàn chân": "feet"}
_PARTS_VI = {"breath": "miệng", "armpits": "nách", "hands": "tay", "palms": "lòng bàn tay", "feet": "chân"}
# the feelings one sweats with ("khi hồi hộp": when nervous), and back
_FELT = {vi: FEELINGS[vi] for vi in ("hồi hộp", "lo lắng", "căng thẳng", "sợ")}
_FELT_VI = {en: vi for vi, en in _FELT.items()}
_BE_SAID = {"I": "I'm", "you": "you're", "we": "we're", "they": "they're", "he": "he's", "she": "she's"}
_PERSON = {"my": "I", "your": "you", "his": "he", "her": "she", "our": "we", "their": "they"}
# a particle ending a statement that asks agreement or exclaims ("… nhỉ.": isn't he?, "… thế.": so bad!)
_SOFT_SAID = lazy(r"(?i)(?<!\w)(?:nhỉ|thế|vậy)\s*[.!]*$")

_ASKED = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
_LOTS = r"(?:nhiều|rất\s+nhiều)"
_WHEN = rf"(?P<when>\s+khi\s+(?:(?P<hot>trời\s+nóng)|(?P<felt>{alternatives(_FELT)})))?"
_SWEAT = rf"(?:(?P<verb>ra|đổ|toát)\s+)?(?:(?P<lots0>{_LOTS})\s+)?mồ\s+hôi"
# who has it, or sweats ("Anh ấy bị hôi miệng.", "Tôi bị ra mồ hôi tay.", "Anh ấy ra mồ hôi nhiều lắm.")
_SAID = lazy(rf"{WHO}\s+{_ASKED}(?:(?P<how>hay|dễ|đang|từng)\s+)?(?P<bi>bị\s+)?(?:hôi\s+(?P<smell>miệng|nách|chân)|"
             rf"{_SWEAT}(?:\s+(?P<limb>tay\s+và\s+chân|tay\s+chân|tay|chân))?(?:\s+(?P<lots>{_LOTS}))?)"
             rf"(?:\s+(?P<much>lắm))?{_WHEN}{ASKED_END}")
# whose mouth, armpits, hands or feet ("Chân anh ấy bị hôi.", "Tay tôi hay đổ mồ hôi.")
_PART = lazy(rf"(?P<part>(?i:{alternatives(_PARTS)}))\s+(?:của\s+)?{WHO}\s+{_ASKED}(?:(?P<how>hay|dễ|đang)\s+)?"
             rf"(?P<bi>bị\s+)?(?:(?P<smell>hôi)|{_SWEAT}(?:\s+(?P<lots>{_LOTS}))?)(?:\s+(?P<much>lắm))?{_WHEN}"
             rf"{ASKED_END}")

# ... in English: who has it ("He has bad breath.", "Does she have sweaty hands?")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<often>often))?(?P<aux>\s+has|\s+have|['’](?:ve|s)\s+got|"
                r"\s+(?:has|have)\s+got|\s+(?:do|does)\s+not\s+have|\s+(?:don|doesn)['’]t\s+have|\s+used\s+to\s+have)"
                rf"\s+(?P<what>{alternatives(_HAS_VI)})\s*(?P<end>[.!?]*)")
# ... and what one does, or one's breath, feet, hands do ("He sweats a lot.", "His feet smell.")
_WHEN_EN = (r"(?:\s+when\s+(?:(?P<hot>it['’]s\s+hot|it\s+is\s+hot)|(?P<sub>I|you|he|she|we|they)"
            rf"(?P<be2>['’](?:m|re|s)|\s+(?:am|are|is))\s+(?P<felt>{alternatives(_FELT_VI)})))?")
_TAIL = (r"(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|\s+is|\s+are|\s+am|['’](?:s|re|m))?"
         r"(?:\s+(?P<often>often))?\s+(?P<verb>sweat|sweats|sweating|smell|smells|stink|stinks)(?:\s+(?P<bad>bad))?"
         rf"(?:\s+(?P<how>a\s+lot|easily|much))?{_WHEN_EN}\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_BODY_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is)\s+)?{_WHOSE_EN}\s+(?P<part>breath|feet|hands|palms|armpits){_TAIL}")
_SWEAT_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is|Am)\s+)?{WHO_EN}{_TAIL}")
# the verbs said of one (he, she, my mother) and of others, as _agrees reads them
_THIRD = {"has", "does", "is", "'s", "doesn't", "does not", "'s got", "has got", "doesn't have", "does not have"}
_OTHER = {"have", "do", "are", "'re", "don't", "do not", "'ve got", "have got", "don't have", "do not have"}


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of bad breath, body odour, smelly feet, sweaty hands or feet, or sweating; None
    for any other."""
    if src == "vi":
        return _said(text) or _part(text)
    text = text.replace("’", "'")
    return _have_vi(text) or _body_vi(text) or _sweat_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có bị … không?"), False said; None for "có" or "không?" alone, both
    "không" and asked, and a statement ending "nhỉ", "thế" or "vậy" (isn't he?, so bad!)."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["not"] or \
            not asked and _SOFT_SAID.search(m[0]):
        return None
    return asked


def _person(m: re.Match) -> tuple[str, bool, str | None] | None:
    """Who of a match of WHO in English, whether one ("he has"), and the pronoun for them ("I", "she" for "mẹ tôi";
    None for a name alone); None for "anh", "chị", "em" alone saying it, and for a pet."""
    asked = _asked(m)
    said = None if asked is None or animal(m) else who(m, asked)
    if said is None:
        return None
    whose = his_her_of(m)
    pronoun = said[0] if said[0] in _BE_SAID else {"his": "he", "her": "she"}.get(whose or "")
    return said[0], said[1], pronoun


def _when(m: re.Match, pronoun: str | None) -> str | None:
    """" when it's hot", " when I'm nervous" of a match's group hot or felt (the pronoun said of who), "" for none;
    None where the pronoun is not known ("Lan … khi hồi hộp": he or she?)."""
    if m["hot"]:
        return " when it's hot"
    if m["felt"]:
        return pronoun and f" when {_BE_SAID[pronoun]} {_FELT[keyed(m['felt'])]}"
    return ""


def _has(who_: str, one: bool, asked: bool, m: re.Match, what: str) -> str | None:
    """Who has `what`, in English: "I have …", "She often has …", "Do you have …?", "He doesn't have …", "I used to
    have …"; None for "hay" or "từng" denied, and "từng" asked."""
    how = m["how"] or ""
    if how in ("dễ", "đang") or how and (m["not"] or how == "từng" and asked):
        return None
    often = " often" if how == "hay" else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{often} have {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {what}.")
    if how == "từng":
        return capitalised(f"{who_} used to have {what}.")
    return capitalised(f"{who_}{often} {'has' if one else 'have'} {what}.")


def _sweats(who_: str, one: bool, asked: bool, m: re.Match, pronoun: str | None) -> str | None:
    """Who (or whose hands …) sweats, in English: "He sweats a lot.", "I sweat easily.", "My hands sweat when I'm
    nervous.", "Do you sweat a lot?", "I don't sweat much.", "I'm sweating."; None for anything else."""
    how, lots, when = m["how"] or "", bool(m["lots0"] or m["lots"]), _when(m, pronoun)
    if when is None or not m["verb"] or m["lots0"] and m["lots"] or m["much"] and not lots or how == "từng" or \
            m["verb"] == "toát" and how != "đang" or how == "dễ" and lots:
        return None
    if how == "đang":  # (now: "Tôi đang toát mồ hôi.")
        if lots or when or m["not"]:
            return None
        verb = be(who_) if one or who_ == "I" else "are"  # (hands, feet are many: "My hands are", as be() does not)
        return f"{verb.capitalize()} {who_} sweating?" if asked else capitalised(f"{contracted(who_, verb)} sweating.")
    if not (how or lots or when) or m["not"] and not (how or lots):
        return None  # ("Tôi ra mồ hôi.": now, or a habit?)
    what = " easily" if how == "dễ" else (" much" if m["not"] else " a lot") if how or lots else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} sweat{what}{when}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t sweat{what}{when}.")
    return capitalised(f"{who_} {'sweats' if one else 'sweat'}{what}{when}.")


def _plain(m: re.Match) -> bool:
    """Whether a Vietnamese match says no more than who has it: no "nhiều", "lắm", nor "khi …"."""
    return not (m["lots0"] or m["lots"] or m["much"] or m["when"])


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _said(text: str) -> str | None:
    """"Anh ấy bị hôi miệng." as "He has bad breath.", "Tôi bị hôi nách." as "I have body odour.", "Tôi bị ra mồ hôi
    tay." as "I have sweaty hands.", "Anh ấy ra mồ hôi nhiều lắm." as "He sweats a lot.", "Tôi hay ra mồ hôi tay khi
    hồi hộp." as "My hands sweat a lot when I'm nervous.", "Tôi đang toát mồ hôi." as "I'm sweating." (_SAID); None
    for anything else."""
    m = _SAID.fullmatch(text)
    said = m and _person(m)
    if not said:
        return None
    who_, one, pronoun = said
    asked = bool(m["asked"])
    if m["smell"]:
        return _has(who_, one, asked, m, _HAS[keyed(m["smell"])]) if m["bi"] and _plain(m) else None
    limb = keyed(m["limb"] or "")
    if m["bi"] and limb and m["how"] in (None, "từng") and m["verb"] != "toát" and _plain(m):
        return _has(who_, one, asked, m, _SWEATY[limb])  # ("Tôi bị (ra) mồ hôi tay.": sweaty hands)
    if not m["verb"]:
        return None
    if limb:  # ("Tôi hay ra mồ hôi tay.": my hands sweat a lot)
        limbs = {"tay": "hands", "chân": "feet"}.get(limb, "hands and feet")
        return _sweats(f"{_whose(who_)} {limbs}", False, asked, m, pronoun)
    return _sweats(who_, one, asked, m, pronoun)


def _part(text: str) -> str | None:
    """"Chân anh ấy bị hôi." as "His feet smell.", "Miệng anh ấy bị hôi." as "He has bad breath.", "Nách tôi bị
    hôi." as "My armpits smell.", "Tay tôi hay đổ mồ hôi." as "My hands sweat a lot.", "Tay tôi bị ra mồ hôi." as
    "I have sweaty hands." (_PART); None for anything else, and a hand or mouth that sweats or a hand that smells."""
    m = _PART.fullmatch(text)
    said = m and _person(m)
    if not said:
        return None
    who_, one, pronoun = said
    asked, part = bool(m["asked"]), _PARTS[keyed(m["part"])]
    if m["smell"]:
        if part not in ("breath", "armpits", "feet") or not _plain(m) or m["how"] in ("dễ", "đang"):
            return None
        if part == "breath":
            return _has(who_, one, asked, m, "bad breath")
        if m["how"] and m["not"]:
            return None
        part, often = f"{_whose(who_)} {part}", " often" if m["how"] else ""
        if asked:
            return f"Do {part}{often} smell?"
        return capitalised(f"{part} don't smell." if m["not"] else f"{part}{often} smell.")
    if part == "breath" or not m["verb"]:
        return None
    if m["bi"] and not m["how"] and _plain(m):
        # ("Tay tôi bị ra mồ hôi.": sweaty hands; armpits are not said so)
        return _has(who_, one, asked, m, f"sweaty {part}") if part != "armpits" and m["verb"] != "toát" else None
    return _sweats(f"{_whose(who_)} {part}", False, asked, m, pronoun)


def _agrees(word: str | None, who_: str, one: bool) -> bool:
    """Whether the verb `word` said after who in English agrees with it ("she has", "I am", "do you"); True for a
    verb that does not tell ("used to have")."""
    word = " ".join((word or "").lower().split())
    if word in ("am", "'m"):
        return who_ == "tôi"
    if word in ("are", "'re"):
        return not one and who_ != "tôi"
    return one if word in _THIRD else not one if word in _OTHER else True


def _have_vi(text: str) -> str | None:
    """"He has bad breath." as "Anh ấy bị hôi miệng.", "I have body odour." as "Tôi bị hôi nách.", "Do you have
    sweaty hands?" as "Bạn có bị ra mồ hôi tay không?", "She often has smelly feet." as "Cô ấy hay bị hôi chân.", "I
    used to have bad breath." as "Tôi từng bị hôi miệng." (_HAVE_EN); None for anything else, where the verb does not
    agree with who, and for a pet."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].lower().split())
    not_, used = "not" in aux or "n't" in aux, aux == "used to have"
    if not _agrees(m["q"] or aux, who_, one) or m["q"] and aux != "have" or m["often"] and aux not in ("has", "have"):
        return None
    what, often = _HAS_VI[keyed(m["what"])], "hay " if m["often"] else ""
    if m["q"]:
        return capitalised(f"{who_} có {often}bị {what} không?")
    return capitalised(f"{who_} {'không ' if not_ else 'từng ' if used else often}bị {what}.")


def _owner(m: re.Match) -> tuple[str, set[str]] | None:
    """Whose of a match of _WHOSE_EN in Vietnamese, and the pronouns English may say of them after "when" ("my": ("tôi",
    {"I"}), "my mother's": ("mẹ tôi", {"she"}), "Lan's": ("Lan", {"he", "she"})); None for a pet or anyone not known."""
    if m["poss"]:
        return WHOSE_VI[m["poss"].lower()], {_PERSON[m["poss"].lower()]}
    found = re.fullmatch(WHO_EN, m["someone"])
    vi = someone(m["someone"], "en")
    if vi is None or found is None or animal(found):
        return None
    return vi, _pronouns(vi, bool(found["given"]))


def _pronouns(who_: str, named: bool) -> set[str]:
    """The pronouns English may say of who in Vietnamese after "when": {"I"} for "tôi", {"she"} for "mẹ tôi", {"he",
    "she"} for a name; {"they"} for another."""
    own = {vi: en for en, vi in (("I", "tôi"), ("you", "bạn"), ("he", "anh ấy"), ("she", "cô ấy"), ("we", "chúng tôi"),
                                 ("they", "họ"))}.get(who_)
    if own:
        return {own}
    whose = his_her(who_)
    return {"he", "she"} if named else {_PERSON[whose]} if whose else {"they"}


def _does_vi(m: re.Match, subject: str, one: bool, pronouns: set[str], part: str | None) -> str | None:
    """What a match of _TAIL says of `subject` (Vietnamese: "Tay tôi", "Anh ấy"; `one` as English says it), in
    Vietnamese: "… đổ mồ hôi nhiều.", "… dễ đổ mồ hôi.", "… đang đổ mồ hôi.", "… đổ mồ hôi khi hồi hộp.", asked and
    denied; of breath, feet or armpits smelling (`part`): "… bị hôi."; None where the verbs do not agree, or the one
    nervous is not who ("My hands sweat when she's nervous.")."""
    if bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    does, verb, how = " ".join((m["q"] or m["aux"] or "").lower().split()), m["verb"], (m["how"] or "").lower()
    not_, is_ = "not" in does or "n't" in does, does in ("am", "is", "are", "'m", "'s", "'re")
    if not _agrees(does, subject.lower(), one) or is_ != (verb == "sweating"):
        return None
    if does and not is_ and verb.endswith("s") or not does and verb.endswith("s") != one:
        return None  # ("He sweat", "Does he sweats")
    when = ""
    if m["hot"]:
        when = " khi trời nóng"
    elif m["felt"]:
        if m["sub"] not in pronouns or be_said(m["be2"]) != be(m["sub"]):
            return None
        when = f" khi {_FELT_VI[m['felt']]}"
    asked = bool(m["q"])
    if verb.startswith(("smell", "stink")):
        if part not in ("breath", "feet", "armpits") or how or when or not_ and m["often"]:
            return None
        said = "hay bị hôi" if m["often"] else "bị hôi"
        if part == "breath":  # ("Her breath smells.": "Cô ấy bị hôi miệng.")
            subject, said = subject.split(" ", 1)[1], f"{said} miệng"
    elif m["bad"] or part == "breath":
        return None
    elif verb == "sweating":
        if not_ or how or when or m["often"]:
            return None
        said = "đang đổ mồ hôi"
    else:
        if m["often"] and (how or not_) or not (how or when or m["often"]) or not_ and not how or \
                how == "much" and not (not_ or asked):
            return None
        said = "dễ đổ mồ hôi" if how == "easily" else "hay đổ mồ hôi" if m["often"] else \
            "đổ mồ hôi nhiều" if how else "đổ mồ hôi"
    if asked:
        return capitalised(f"{subject} có {said}{when} không?")
    return capitalised(f"{subject} {'không ' * not_}{said}{when}.")


def _body_vi(text: str) -> str | None:
    """"His feet smell." as "Chân anh ấy bị hôi.", "Her breath smells." as "Cô ấy bị hôi miệng.", "My hands sweat a
    lot." as "Tay tôi đổ mồ hôi nhiều.", "Do your feet sweat easily?" as "Chân bạn có dễ đổ mồ hôi không?"
    (_BODY_EN); None for anything else."""
    m = _BODY_EN.fullmatch(text)
    owner = m and _owner(m)
    if not owner:
        return None
    part = m["part"]
    subject = f"{_PARTS_VI[part]} {owner[0]}" if part != "breath" else f"miệng {owner[0]}"
    return _does_vi(m, subject, part == "breath", owner[1], part)


def _sweat_vi(text: str) -> str | None:
    """"He sweats a lot." as "Anh ấy đổ mồ hôi nhiều.", "I sweat easily." as "Tôi dễ đổ mồ hôi.", "I'm sweating." as
    "Tôi đang đổ mồ hôi.", "I don't sweat much." as "Tôi không đổ mồ hôi nhiều." (_SWEAT_EN); None for anything
    else, who smelling (mt/smells.py), and a pet."""
    m = _SWEAT_EN.fullmatch(text)
    if not m or animal(m) or not m["verb"].startswith("sweat"):
        return None
    who_, one = who_vi(m)
    return _does_vi(m, who_, one, _pronouns(who_, bool(m["given"])), None)
