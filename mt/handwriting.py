"""Handwriting, both ways, written whole by rule: whose handwriting is beautiful, neat, bad, messy, terrible ("như gà
bới") or hard to read, who has beautiful handwriting, who can't read whose handwriting, "write more carefully", and
whose handwriting this is. v8 reads "chữ" as text, letter or signature, "cẩn thận hơn" as take, and back "neat" as
necessary, and loses whose: "Chữ bạn đẹp quá." → "The text you're beautiful.", "Chữ anh ấy xấu quá, tôi không đọc
được." → "His letter was too bad, I can't read.", "Chữ của cô ấy rất đẹp." → "Her signature was very nice.", "Cô ấy
viết chữ đẹp." → "She wrote the good letter.", "Chữ anh ấy như gà bới." → "His text was blaze.", "Viết cẩn thận hơn
đi." → "Take more carefully.", "Viết nắn nót vào." → "Write it on.", "Chữ của ai đây?" → "Whose letters are this?",
"Chữ tôi xấu lắm." → "I'm very bad."; "Your handwriting is beautiful." → "Những chữ viết tay của bạn đẹp.", "Your
handwriting is really neat." → "Bài viết tay của bạn thật sự cần thiết.", "I can't read your handwriting." → "Tôi
không thể đọc chữ viết tay.", "She has nice handwriting." → "Cô ấy viết tay giỏi.", "Whose handwriting is this?" →
"Bất kỳ ai viết tay là điều này?", "My handwriting is messy." → "Ghi đè tay của tôi là tôisy.", "Write more neatly." →
"Ghi thêm một cách cần thiết.", "Is this your handwriting?" → "Cái này có viết tay của bạn không?".

Taken: whose handwriting ("chữ", "chữ viết", "chữ viết tay", "nét chữ" with mt.terms.OWNERS but "mình", or someone of
mt.hobbies.SOMEONE; a name alone only after "của": "chữ Hoa" is Chinese script) is found one of LOOKS (very, quite,
really, so) or terrible, said or asked; who (mt.hobbies.WHO, WHO_EN) has such handwriting ("viết chữ đẹp"), said or
asked; who can't read whose handwriting, or asks whether they can; "write more carefully, neatly, clearly" (to the
listener: "Viết cẩn thận hơn đi.", "Bạn viết nắn nót hơn nhé.", "Can you write more neatly?"); whose handwriting this
is, asked or said; and two of these joined by a comma or "nên", the second maybe "I can't read it". Left: "chữ" with
"này" or without whose ("Chữ này đẹp quá.": this font, this word? "Chữ này nghĩa là gì?" is mt/repeats.py's), "anh",
"chị", "em" alone as who (mt.hobbies.who), handwriting not nice said with "không", "couldn't", "viết đẹp" without
"chữ" (writes well?), not reading this for the print being small (mt/eyesight.py), spelling and words (mt/repeats.py).
mt.phrasebook.translate tries these after mt/mending.py.

    >>> translate("Chữ bạn đẹp quá.", "vi", "en"), translate("I can't read your handwriting.", "en", "vi")
    ('Your handwriting is so beautiful.', 'Tôi không đọc được chữ của bạn.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed

# how handwriting is found (the first Vietnamese of each English is written back); terrible is said without a degree
LOOKS = {"đẹp": "beautiful", "ngay ngắn": "neat", "xấu": "bad", "nguệch ngoạc": "messy", "khó đọc": "hard to read",
         "dễ đọc": "easy to read", "rõ ràng": "clear"}
LOOKS_VI = {en: vi for vi, en in LOOKS.items()} | {
    "lovely": "đẹp", "nice": "đẹp", "gorgeous": "đẹp", "good": "đẹp", "tidy": "ngay ngắn", "ugly": "xấu",
    "sloppy": "nguệch ngoạc", "scrawly": "nguệch ngoạc", "difficult to read": "khó đọc",
    "terrible": "xấu kinh khủng", "awful": "xấu kinh khủng", "horrible": "xấu kinh khủng"}
_NICE = {"beautiful", "neat"}  # said plainly in Vietnamese with "quá", as mt/compliments.py does
_READ_AS = {"hard to read", "easy to read"}  # not before "handwriting": "He has hard to read handwriting."
_DEGREES = {"rất": "very", "khá": "quite", "thật": "really", "thật là": "really", "quá": "so", "lắm": "really",
            "ghê": "so", "thế": "so", "vậy": "so"}
# how one is told to write (the first Vietnamese of each English is written back; "đẹp" only after "chữ")
HOW = {"cẩn thận": "carefully", "nắn nót": "neatly", "ngay ngắn": "neatly", "rõ ràng": "clearly", "rõ": "clearly"}
HOW_VI = {en: vi for vi, en in reversed(HOW.items())} | {"legibly": "rõ ràng", "tidily": "ngay ngắn"}
# (a sentence that can't be said after these: "… beautiful, I can't read it.")
_NICE_SAID = tuple(f"{en}{end}" for en in ("beautiful", "neat", "clear", "easy to read") for end in ".!")
_NICE_SAID_VI = tuple(f"{vi}{q}{end}" for vi in ("đẹp", "ngay ngắn", "rõ ràng", "dễ đọc") for q in ("", " quá")
                      for end in ".!")
_KEYS = {"vi": lazy(r"(?i:chữ|viết)"), "en": lazy(r"(?i:handwriting|write)")}

_HAND = r"(?:[Cc]hữ(?:\s+viết(?:\s+tay)?)?|[Nn]ét\s+chữ)"
_WHOSE = rf"(?:(?P<of>của)\s+)?{OWNER}"
_LOOK = (rf"(?:(?:(?P<before>rất|khá|thật\s+là|thật)\s+)?(?P<adj>{alternatives(LOOKS)})"
         r"(?:\s+(?P<after>quá|lắm|thật|ghê|thế|vậy))?|(?P<terrible>(?:xấu\s+)?như\s+gà\s+bới|"
         r"xấu\s+(?:kinh\s+khủng|khủng\s+khiếp|tệ\s+hại)))")
# whose handwriting is found so ("Chữ bạn đẹp quá.", "Chữ anh ấy như gà bới.", "Chữ bạn có đẹp không?")
_SAID = lazy(rf"{_HAND}\s+{_WHOSE}\s+(?:(?P<ask>có)\s+)?{_LOOK}{ASKED_END}")
# who has such handwriting ("Cô ấy viết chữ đẹp.", "Bạn có viết chữ đẹp không?")
_HAD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:viết\s+chữ|(?P<has>có)\s+(?:nét\s+)?chữ(?:\s+viết)?)\s+{_LOOK}"
            rf"{ASKED_END}")
# who can't read whose handwriting, or can ("Tôi không đọc được chữ của bạn.", "Bạn có đọc được chữ tôi không?")
_CANT = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+(?:(?P<may>thể)\s+)?|(?P<ask>có)\s+)?đọc\s+(?:(?P<ok>được|nổi)\s+)?"
             rf"{_HAND}\s+{_WHOSE}(?:\s+(?P<ok2>được|nổi))?{ASKED_END}")
# ... "it", after a sentence of these ("…, tôi không đọc được.")
_CANT_IT = lazy(rf"{WHO}\s+(?:không\s+(?:thể\s+)?đọc\s+(?:được|nổi)|đọc\s+không\s+(?:được|nổi)){SOFTENED_END}")
# write more carefully ("Viết cẩn thận hơn đi.", "Bạn viết nắn nót hơn nhé.", "Bạn viết rõ hơn được không?")
_TOLD = lazy(rf"(?:(?P<please>[Ll]àm\s+ơn)\s+)?(?:(?P<you>(?i:bạn|anh|chị|em|con|cháu))\s+)?(?:(?P<can>có\s+thể)\s+)?"
             rf"(?:hãy\s+)?[Vv]iết\s+(?:(?P<how>{alternatives(HOW)})|chữ\s+(?P<nice>đẹp))(?:\s+(?P<more>hơn))?"
             r"(?:\s+(?:một\s+)?chút)?(?:\s+(?P<particle>đi|nhé|nha|vào)|(?P<asked>\s+(?:được\s+)?không))?"
             r"\s*(?P<end>[.!?]*)")
# whose handwriting this is ("Chữ của ai đây?", "Đây có phải chữ của bạn không?", "Đây là chữ của tôi.")
_WHOSE_Q = lazy(rf"(?:{_HAND}\s+(?:của\s+)?ai\s+đây|[Đđ]ây\s+là\s+{_HAND}\s+(?:của\s+)?ai){SOFTENED_END}")
_THIS = lazy(rf"(?:[Đđ]ây|[Cc]ái\s+này)\s+(?:(?P<ask>có\s+phải)(?:\s+là)?|(?P<not>không\s+phải)(?:\s+là)?|là)\s+"
             rf"{_HAND}\s+{_WHOSE}{ASKED_END}")
_JOINED = lazy(r"(?P<first>[^,]+?)(?:\s*,\s*(?P<so>nên\s+)?|\s+(?P<so2>nên)\s+)(?P<then>[^,]+)")

# ... and in English ("your handwriting", "my mother's handwriting")
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+handwriting"
_LOOK_EN = rf"(?:(?P<deg>so|really|very|quite|absolutely)\s+)?(?P<adj>(?i:{alternatives(LOOKS_VI)}))"
_SAID_EN = lazy(rf"(?:(?P<be0>Is)\s+)?{_WHOSE_EN}(?P<be>\s+is|['’]s)?\s+{_LOOK_EN}\s*(?P<end>[.!?]*)")
_HAD_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<have>(?:\s+has|\s+have|['’]s|['’]ve)\s+got|\s+has|\s+have)"
               rf"\s+(?:(?P<such>such)\s+)?{_LOOK_EN}\s+handwriting\s*(?P<end>[.!?]*)")
_CANT_EN = [lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+read\s+{_WHOSE_EN}\s*(?P<end>[.!]*)"),
            lazy(rf"(?P<can>Can)\s+{WHO_EN}\s+read\s+{_WHOSE_EN}\s*(?P<end>\?+)")]
_CANT_IT_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+read\s+it\s*(?P<end>[.!]*)")
_TOLD_EN = lazy(rf"(?:(?P<please>Please)\s+|(?P<can>Can|Could)\s+you\s+(?:please\s+)?)?(?i:write)\s+"
                rf"(?:(?P<more>more)\s+)?(?P<how>{alternatives(HOW_VI)})(?:,?\s+(?P<please2>please))?"
                r"\s*(?P<end>[.!?]*)")
_THIS_EN = lazy(rf"(?:(?P<whose_q>Whose)\s+handwriting\s+is\s+this|(?:(?P<is>Is)\s+this|This\s+(?:is|"
                rf"(?P<not>isn['’]t|is\s+not)))\s+{_WHOSE_EN})\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that finds someone's handwriting nice or bad, can't read it, asks for neater
    writing or asks whose handwriting this is; None for any other."""
    if src == "vi":
        return _one(text) or _joined(text)
    return _one_vi(text) or _joined_vi(text)


def _one(text: str) -> str | None:
    """One sentence of these in English (_SAID, _HAD, _CANT, _TOLD, _WHOSE_Q, _THIS); None for any other."""
    return _said(text) or _had(text) or _cant(text) or _told(text) or _this(text)


def _one_vi(text: str) -> str | None:
    """One sentence of these in Vietnamese (_SAID_EN, _HAD_EN, _CANT_EN, _TOLD_EN, _THIS_EN); None for any other."""
    return _said_vi(text) or _had_vi(text) or _cant_vi(text) or _told_vi(text) or _this_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a match ending in ASKED_END asks ("có … không?"); None where "có", "không" and "?" disagree."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) == bool(m["ask"]) else None


def _whose(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE in English: "your", "my mother's"; None for "mình" (my or our?) and a name alone
    without "của" ("chữ Hoa" is Chinese script)."""
    if m["owner"]:
        owner = keyed(m["owner"])
        return None if owner == "mình" else OWNERS[owner]
    if not m["of"] and " ".join(m["someone"].split()) in GIVEN:
        return None
    said = someone(m["someone"], "vi")
    return said and f"{said}'s"


def _whose_vi(m: re.Match) -> str:
    """Whose of a match of _WHOSE_EN in Vietnamese: "bạn" for "your", "mẹ tôi" for "my mother's"."""
    return WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")


def _look(m: re.Match) -> tuple[str, str] | None:
    """How handwriting is found (_LOOK) in English, with its degree: ("beautiful", "so"), ("terrible", ""); None for
    two degrees said ("rất đẹp quá")."""
    if m["terrible"]:
        return "terrible", ""
    said = [w for w in (m["before"], m["after"]) if w]
    return None if len(said) > 1 else (LOOKS[keyed(m["adj"])], _DEGREES[keyed(said[0])] if said else "")


def _said(text: str) -> str | None:
    """"Chữ bạn đẹp quá." as "Your handwriting is so beautiful.", "Chữ anh ấy như gà bới." as "His handwriting is
    terrible.", "Chữ bạn có đẹp không?" as "Is your handwriting beautiful?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (whose := _whose(m)) is None or (look := _look(m)) is None:
        return None
    adj, degree = look
    if asked:
        return None if degree else f"Is {whose} handwriting {adj}?"
    return capitalised(f"{whose} handwriting is {degree + ' ' if degree else ''}{adj}{m['end'][:1] or '.'}")


def _had(text: str) -> str | None:
    """"Cô ấy viết chữ đẹp." as "She has beautiful handwriting.", "Bạn viết chữ đẹp quá." as "You have such
    beautiful handwriting.", "Bạn có viết chữ đẹp không?" as "Do you have beautiful handwriting?", "Anh ấy viết chữ
    khó đọc lắm." as "His handwriting is really hard to read." (_HAD); None for anything else."""
    m = _HAD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (said := who(m, asked)) is None or (
            look := _look(m)) is None:
        return None
    (who_, one), (adj, degree) = said, look
    if adj in _READ_AS:
        whose = EN_WHOSE.get(who_, f"{who_}'s")
        return None if asked else capitalised(f"{whose} handwriting is {degree + ' ' if degree else ''}{adj}.")
    if asked:
        return None if degree else f"{'Does' if one else 'Do'} {who_} have {adj} handwriting?"
    degree = {"so": "such", "": ""}.get(degree, degree)
    return capitalised(f"{who_} {'has' if one else 'have'} {degree + ' ' if degree else ''}{adj} handwriting"
                       f"{m['end'][:1] or '.'}")


def _cant(text: str) -> str | None:
    """"Tôi không đọc được chữ của bạn." as "I can't read your handwriting.", "Bạn có đọc được chữ tôi không?" as
    "Can you read my handwriting?" (_CANT); None for anything else, and without "được" or "thể" said."""
    m = _CANT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and asked or not (m["not"] or asked) or m["ok"] and m["ok2"]:
        return None
    if not (m["ok"] or m["ok2"] or m["may"]) or (said := who(m, asked)) is None:
        return None
    whose = _whose(m)
    if whose is None:
        return None
    return f"Can {said[0]} read {whose} handwriting?" if asked else capitalised(
        f"{said[0]} can't read {whose} handwriting.")


def _told(text: str) -> str | None:
    """"Viết cẩn thận hơn đi." as "Write more carefully.", "Bạn viết nắn nót hơn nhé." as "Please write more neatly.",
    "Bạn viết rõ hơn được không?" as "Could you write more clearly?" (_TOLD); None for anything else, and "Bạn viết
    cẩn thận." (you write carefully?)."""
    m = _TOLD.fullmatch(text)
    if not m or bool(m["asked"] or m["can"]) != ("?" in m["end"]) or m["can"] and not m["asked"]:
        return None
    if m["you"] and not (m["particle"] or m["asked"] or m["please"]) or m["please"] and m["asked"]:
        return None
    how = f"{'more ' * bool(m['more'])}{'neatly' if m['nice'] else HOW[keyed(m['how'])]}"
    if m["asked"]:
        return f"Could you write {how}?" if m["you"] else None
    please = m["please"] or keyed(m["particle"] or "") in ("nhé", "nha")
    return f"{'Please write' if please else 'Write'} {how}{m['end'][:1] or '.'}"


def _this(text: str) -> str | None:
    """"Chữ của ai đây?" as "Whose handwriting is this?", "Đây có phải chữ của bạn không?" as "Is this your
    handwriting?", "Đây không phải chữ của tôi." as "This isn't my handwriting." (_WHOSE_Q, _THIS); None for anything
    else."""
    if (m := _WHOSE_Q.fullmatch(text)) and "?" in m["end"]:
        return "Whose handwriting is this?"
    m = _THIS.fullmatch(text)
    if not m or bool(m["ask"]) != bool(m["asked"]) or bool(m["asked"]) != ("?" in m["end"]) or (
            whose := _whose(m)) is None:
        return None
    if m["ask"]:
        return f"Is this {whose} handwriting?"
    be = "isn't" if m["not"] else "is"
    return f"This {be} {whose} handwriting."


def _inside(said: str) -> str:
    """A sentence said after a comma: its first letter in small letters but for "I" and a name ("Lan")."""
    first = said.split()[0]
    return said if first == "I" or first in GIVEN or first in GIVEN_EN else said[0].lower() + said[1:]


def _joined(text: str) -> str | None:
    """"Chữ anh ấy xấu quá, tôi không đọc được." as "His handwriting is so bad, I can't read it.", "… nên tôi không
    đọc được." as "…, so I can't read it." (_JOINED: a statement of these, then another or _CANT_IT); None for
    anything else."""
    m = _JOINED.fullmatch(text) if "," in text or " nên " in text else None
    first = m and (_said(m["first"]) or _had(m["first"]))
    if not first or first.endswith("?"):
        return None
    then = m["then"].strip()
    said = _one(capitalised(then)) if not (m["so"] or m["so2"]) else None
    if said is None and (it := _CANT_IT.fullmatch(then)) and "?" not in it["end"] and (who_ := who(it, False)):
        said = f"{who_[0]} can't read it{it['end'][:1] or '.'}"
    if said is None or said.endswith("?") or "can't read" in said and first.endswith(_NICE_SAID):
        return None  # ("Your handwriting is so beautiful, I can't read it.")
    if not (m["so"] or m["so2"]):
        return f"{first[:-1]}, {_inside(said)}"
    return f"{first[:-1]} that {_inside(said)}" if " so " in first else f"{first[:-1]}, so {_inside(said)}"


def _deg_vi(adj: str, deg: str, had: bool = False) -> str | None:
    """How handwriting is found (LOOKS_VI), with its English degree, in Vietnamese: "rất đẹp", "đẹp quá", "xấu kinh
    khủng"; None for "very terrible", "quite terrible"."""
    vi = LOOKS_VI[adj.lower()]
    if vi.endswith("kinh khủng"):
        return None if deg in ("very", "quite") else vi
    if deg in ("very", "quite"):
        return f"{'rất' if deg == 'very' else 'khá'} {vi}"
    return f"{vi} quá" if deg or LOOKS.get(vi) in _NICE and not had else vi


def _said_vi(text: str) -> str | None:
    """"Your handwriting is beautiful." as "Chữ bạn đẹp quá.", "My mother's handwriting is very neat." as "Chữ của mẹ
    tôi rất ngay ngắn.", "Is your handwriting neat?" as "Chữ bạn có ngay ngắn không?" (_SAID_EN); None for anything
    else."""
    m = _SAID_EN.fullmatch(text)
    deg = m and (m["deg"] or "").lower()
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or (
            look := _deg_vi(m["adj"], deg)) is None:
        return None
    whose = f"{'của ' * bool(m['someone'])}{_whose_vi(m)}"
    if m["be0"]:
        said = LOOKS_VI[m["adj"].lower()]
        return None if deg or said.endswith("kinh khủng") else f"Chữ {whose} có {said} không?"
    return f"Chữ {whose} {look}{m['end'][:1] or '.'}"


def _had_vi(text: str) -> str | None:
    """"She has nice handwriting." as "Cô ấy viết chữ đẹp.", "You have such beautiful handwriting." as "Bạn viết chữ
    đẹp quá.", "Does he have neat handwriting?" as "Anh ấy có viết chữ ngay ngắn không?" (_HAD_EN); None for anything
    else, and where "has" or "have" does not agree with who."""
    m = _HAD_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["adj"].lower() in _READ_AS:
        return None
    who_, one = who_vi(m)
    have, deg = " ".join(m["have"].lower().replace("’", "'").split()), (m["deg"] or "").lower()
    says_one = m["do"].lower() == "does" if m["do"] else have.startswith(("has", "'s"))
    if says_one != one or m["do"] and have != "have" or deg == "so" or m["such"] and deg:
        return None
    look = _deg_vi(m["adj"], "so" if m["such"] else deg, had=True)
    if look is None or m["do"] and (deg or m["such"]):
        return None
    if m["do"]:
        return capitalised(f"{who_} có viết chữ {look} không?")
    return capitalised(f"{who_} viết chữ {look}{m['end'][:1] or '.'}")


def _cant_vi(text: str) -> str | None:
    """"I can't read your handwriting." as "Tôi không đọc được chữ của bạn.", "Can you read my handwriting?" as "Bạn
    có đọc được chữ của tôi không?" (_CANT_EN); None for anything else."""
    m = next((m for p in _CANT_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, whose = who_vi(m)[0], _whose_vi(m)
    if m.re == _CANT_EN[1]:
        return capitalised(f"{who_} có đọc được chữ của {whose} không?")
    return capitalised(f"{who_} không đọc được chữ của {whose}{m['end'][:1] or '.'}")


def _told_vi(text: str) -> str | None:
    """"Write more carefully." as "Viết cẩn thận hơn đi.", "Please write more neatly." as "Làm ơn viết nắn nót hơn.",
    "Can you write more clearly?" as "Bạn viết rõ ràng hơn được không?" (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["please"] and m["please2"]:
        return None
    how = f"{HOW_VI[m['how'].lower()]}{' hơn' * bool(m['more'])}"
    if m["can"]:
        return f"Bạn viết {how} được không?"
    if m["please"] or m["please2"]:
        return f"Làm ơn viết {how}{m['end'][:1] or '.'}"
    return f"Viết {how} {'đi' if m['more'] else 'vào'}{m['end'][:1] or '.'}"


def _this_vi(text: str) -> str | None:
    """"Whose handwriting is this?" as "Chữ của ai đây?", "Is this your handwriting?" as "Đây có phải chữ của bạn
    không?", "This isn't my handwriting." as "Đây không phải chữ của tôi." (_THIS_EN); None for anything else."""
    m = _THIS_EN.fullmatch(text)
    if not m or bool(m["whose_q"] or m["is"]) != ("?" in m["end"]):
        return None
    if m["whose_q"]:
        return "Chữ của ai đây?"
    whose = _whose_vi(m)
    if m["is"]:
        return f"Đây có phải chữ của {whose} không?"
    return f"Đây {'không phải' if m['not'] else 'là'} chữ của {whose}{m['end'][:1] or '.'}"


def _joined_vi(text: str) -> str | None:
    """"His handwriting is terrible, I can't read it." as "Chữ anh ấy xấu kinh khủng, tôi không đọc được." (a
    statement of these, ", so" or "," and another or _CANT_IT_EN); None for anything else."""
    first, comma, then = text.partition(", ")
    if not comma and " so " in text:  # ("… is so bad that I can't read it.")
        first, comma, then = text.partition(" that ")
        then = comma and f"so {then}"
    so = then.startswith("so ")
    then = capitalised(then.removeprefix("so ")) if comma else ""
    first = comma and (_said_vi(first) or _had_vi(first))
    if not first or first.endswith("?"):
        return None
    said = None if so else _one_vi(then)
    if said is None and (it := _CANT_IT_EN.fullmatch(then)):
        said = f"{who_vi(it)[0]} không đọc được{it['end'][:1] or '.'}"
    if said is None or said.endswith("?") or " không đọc được" in said and first.endswith(_NICE_SAID_VI):
        return None
    return f"{first[:-1]}{' nên' if so else ','} {_inside(said)}"
