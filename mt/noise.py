"""Noise, both ways, written whole by rule: someone or somewhere noisy or quiet, said or asked, people making noise,
told not to make noise or talk so loudly, asked to speak more quietly, told to be quiet, and not sleeping for the
noise. v8 (the rules on) reads "ồn" as a noun and "nói nhỏ" as small: "Ồn quá!" → "Oh!", "Con tôi ồn quá." → "My child
is too noise.", "Bọn trẻ làm ồn quá." → "The children are too noise.", "Trẻ con đừng làm ồn!" → "Kids don't get
noise!", "Đừng làm ồn nữa!" → "Don't get noise!", "Bạn nói nhỏ thôi được không?" → "Could you please speak small?",
"Bạn nói to quá." → "You say it is too.", "Im đi!" → "I go!", "Ở đây có yên tĩnh không?" → "Are there quiet?";
and back, "It's so noisy!" → "Thật đáng tiếc!", "The kids are so noisy." → "Trẻ con rất khó chịu.", "This street is
so noisy." → "Đường phố này không có gìisy.", "Don't make so much noise!" → "Đừng làm nhiễu quá nhiều!", "Could you
speak more quietly?" → "Bạn nói yên tĩnh hơn không?", "He talks too loudly." → "Anh ta đàm phán quá lớn.", "I can't
sleep for the noise." → "Tôi không ngủ được tiếng ồn.".

Taken: who (mt.hobbies.WHO, WHO_EN; not asked), the kids or everyone (GROUPS), a place (PLACES: "đường này", "quán
này" …) or nothing said ("Ồn quá!", "It's so noisy!") noisy or loud, said or asked, with a degree; who or the kids
making noise now or so much; a place, "ở đây" or nothing said quiet; don't or stop making noise, talking loudly or
shouting, to the kids or not, with "làm ơn" or not; "Im lặng!", "Trật tự!", "Im đi!", and "Quiet!", "Shut up!";
"you" asked to keep your voice down ("… nói nhỏ thôi được không?", "… nói khẽ …") or to speak more quietly; "you"
(or who, now) talking too loudly; who can't or couldn't sleep for the noise, the noise keeping someone awake (English
to Vietnamese only: "Tiếng ồn làm tôi không ngủ được." is of now or then). Left: the neighbours, "ở đây" noisy, keep
it down, turn it down, "Be quiet!" (mt/neighbours.py), a room too noisy (the phrasebook's), speaking louder or more
slowly (mt/repeats.py), the TV or the music (mt/switches.py, mt/neighbours.py), "anh", "chị" … alone (the speaker or
"you"), a place not of PLACES, "nhỉ" (a question tag), a reason after a comma ("Đừng làm ồn, em bé đang ngủ."),
"Kids, …" in English (các con, các em?).
mt.phrasebook.translate tries these after mt/prices.py.

    >>> translate("Bọn trẻ làm ồn quá.", "vi", "en"), translate("Don't make so much noise!", "en", "vi")
    ('The kids are making so much noise.', 'Đừng làm ồn quá!')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import WHO, WHO_EN, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (
    ASKED_END,
    BE_EN,
    SOFTENER,
    alternatives,
    be_said,
    capitalised,
    contracted,
    keyed,
)
from .weather import DEGREE, EN_DEGREE

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\bồn|yên\s+tĩnh|yên\s+ắng|nói\s+(?:nhỏ|khẽ|to|lớn)|\bhét|(?<!\w)im(?!\w)|trật\s+tự|"
                    r"yên\s+lặng)"),
         "en": lazy(r"(?i:nois|loud|quiet|shout|shut|silence)")}
# people noisy or making noise, and whether English says them as one ("Everyone is …")
GROUPS = {**dict.fromkeys(("bọn trẻ", "lũ trẻ", "bọn trẻ con", "lũ trẻ con", "trẻ con", "bọn nhỏ", "tụi nhỏ",
                           "tụi trẻ"), ("the kids", False)), "mọi người": ("everyone", True), "các bạn": ("you", False)}
# ... and in English ("the kids are", "everyone is"; mt/doing_now.py and mt/at_the_moment.py read it too)
GROUPS_VI = {"the kids": "bọn trẻ", "the children": "bọn trẻ", "everyone": "mọi người", "everybody": "mọi người"}
# places noisy or quiet (the first Vietnamese of each is written back; "phòng này" is the phrasebook's)
PLACES = {"con đường này": "this street", "đường này": "this street", "phố này": "this street",
          "quán cà phê này": "this café", "quán này": "this place", "chỗ này": "this place",
          "nhà hàng này": "this restaurant", "khu này": "this area", "khu phố này": "this neighbourhood",
          "thư viện": "the library", "văn phòng": "the office", "thành phố này": "this city"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "this cafe": "quán cà phê này", "this road": "đường này", "this neighborhood": "khu phố này"}
# ... said bare, or "ở đây": it ("Ồn quá!" "It's so noisy!"; "Ở đây yên tĩnh quá." "It's so quiet here.")
_SUBJECT = (rf"(?:(?:{WHO}|(?P<group>(?i:{alternatives(GROUPS)}))|(?P<place>(?i:{alternatives(PLACES)}))|"
            r"(?P<here>(?i:ở\s+đây)))\s+)?")
_NOISY = lazy(rf"{_SUBJECT}(?:(?P<ask>(?i:có))\s+|(?P<before>(?i:rất|hơi|khá))\s+)?"
              r"(?:(?P<make>(?P<now>đang\s+)?làm\s+ồn)|(?P<noisy>(?i:ồn\s+ào|ồn))|"
              r"(?P<quiet>(?i:yên\s+tĩnh|yên\s+ắng)))(?:\s+(?P<after>quá|lắm))?"
              rf"{ASKED_END}")
# told not to ("Trẻ con đừng làm ồn!", "Đừng làm ồn nữa!"): to the kids or "you", what, and how much
_TO_KIDS = ("trẻ con", "các con", "các cháu", "các em", "bọn trẻ", "lũ trẻ")
_DONTS = {**dict.fromkeys(("làm ồn", "làm ồn ào", "ồn ào", "ồn"), "noise"), "nói to": "loud", "nói lớn": "loud",
          "la hét": "shout", "hét": "shout", "hét lên": "shout"}
_DONT = lazy(rf"(?:(?P<to>(?i:{alternatives(_TO_KIDS)}|các\s+bạn|mọi\s+người|{YOU}))\s*,?\s+)?"
             r"(?:(?P<please>(?i:làm\s+ơn|xin))\s+)?(?i:đừng|không\s+được)\s+"
             rf"(?P<act>{alternatives(_DONTS)})(?:\s+(?P<more>nữa|quá|thế|như\s+thế|như\s+vậy))?"
             r"(?:\s+(?:nhé|nha|đi|nào))?\s*(?P<end>[.!]*)")
# told to be quiet ("Im lặng!", "Im đi!": rude; "Trật tự." alone may be a heading, order)
_HUSH = {"im lặng": "Be quiet", "yên lặng": "Be quiet", "trật tự": "Quiet", "im đi": "Shut up", "im mồm": "Shut up"}
_HUSH_VI = {"quiet": "Trật tự", "silence": "Trật tự", "shut up": "Im đi"}  # ("Be quiet!" is mt/neighbours.py's)
_HUSHED = lazy(rf"(?P<hush>(?i:{alternatives(_HUSH)}))(?:(?P<tail>\s+(?:nào|đi))|(?=\s*!))\s*(?P<end>[.!]*)")
# "you" asked to keep your voice down, in the shapes mt/neighbours.py leaves ("… nói nhỏ thôi được không?")
_SOFTLY = lazy(rf"(?P<you>(?i:các\s+bạn|mọi\s+người|{YOU}))\s+(?:(?P<can>có\s+thể)\s+)?nói\s+(?:nhỏ|khẽ)"
               r"(?:\s+(?:thôi|lại|hơn|một\s+chút|chút|tí))?(?:\s+(?P<can2>được))?\s+không\s*\?+")
# talking too loudly ("Bạn nói to quá.", "Anh ấy đang nói to quá.")
_LOUD = lazy(rf"{WHO}\s+(?P<now>đang\s+)?nói\s+(?:to|lớn)\s+(?P<d>quá|thế){SOFTENER}\s*(?P<end>[.!]*)")

# ... and in English ("The kids are so noisy.", "Is it quiet here?", "You're making too much noise.")
_NOISY_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?(?:{WHO_EN}|(?P<group>(?i:{alternatives(GROUPS_VI)}))|"
                 rf"(?P<place>(?i:{alternatives(PLACES_VI)}))|(?P<it>(?i:it)))(?:{BE_EN})?\s+"
                 rf"(?:(?P<d>{alternatives(EN_DEGREE)})\s+)?(?:(?P<adj>noisy|loud|quiet)|(?P<make>making\s+"
                 r"(?:(?P<much>so\s+much|a\s+lot\s+of|too\s+much)\s+)?noise))(?P<here>\s+here)?"
                 r"\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(r"(?:(?P<please>Please)\s+)?(?:(?i:don['’]t|do\s+not)|(?P<stop>(?i:stop)))\s+(?:(?P<noise>make|"
                r"making)(?:\s+(?P<much>so\s+much|too\s+much|any))?\s+noise|(?P<loud>talk|talking|speak|speaking)"
                r"\s+(?P<d>so|too)\s+loud(?:ly)?|(?P<shout>shout|shouting))(?:,?\s+please)?\s*(?P<end>[.!]*)")
_HUSHED_EN = lazy(r"(?P<please0>Please\s+)?(?P<hush>(?i:quiet|silence|shut\s+up))"
                  r"(?P<please>,?\s+please)?\s*(?P<end>[.!]*)")
_SOFTLY_EN = lazy(r"(?:(?P<can>Can|Could|Would)\s+you\s+(?:please\s+)?|(?P<please0>Please)\s+)?"
                  r"(?:(?i:speak|talk)|(?P<be>(?i:be)))\s+(?P<bit>a\s+(?:bit|little)\s+)?"
                  r"(?:more\s+(?:quietly|softly)|quieter)(?P<please>,?\s+please)?"
                  r"\s*(?P<end>[.!?]*)")
_LOUD_EN = lazy(rf"{WHO_EN}(?:{BE_EN}\s+(?P<ing>talking|speaking)|\s+(?P<talk>talks?|speaks?))\s+"
                r"(?P<d>so|too)\s+loud(?:ly)?\s*(?P<end>[.!]*)")
_SLEEP_EN = lazy(rf"(?:{WHO_EN}|(?P<group>(?i:{alternatives(GROUPS_VI)})))\s+(?:can['’]t|cannot|couldn['’]t|"
                 r"could\s+not)\s+sleep\s+for\s+(?:the\s+)?noise\s*[.!]*")
_AWAKE_EN = lazy(rf"(?i:the\s+noise)\s+(?:kept|keeps|is\s+keeping)\s+{WHOM_EN}\s+awake\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about noise or quiet; None for any other."""
    if src == "vi":
        return _noisy(text) or _dont(text) or _hushed(text) or _softly(text) or _loud(text)
    return (_noisy_vi(text) or _dont_vi(text) or _hushed_vi(text) or _softly_vi(text) or _loud_vi(text) or
            _sleep_vi(text))


def _subject(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who or what of _SUBJECT in English and whether it takes "is": ("my child", True), ("the kids", False), ("this
    street", True), ("it", True) for "ở đây" or nothing; None for "anh", "chị" … alone (the speaker or "you")."""
    if m["group"]:
        return GROUPS[keyed(m["group"])]
    if m["place"]:
        return PLACES[keyed(m["place"])], True
    if m["who"] or m["kin"] or m["given"] or m["titled"]:
        return None if asked else who(m, False)
    return "it", True


def _noisy(text: str) -> str | None:
    """"Ồn quá!" as "It's so noisy!", "Con tôi ồn quá." as "My child is so noisy.", "Bọn trẻ đang làm ồn." as "The
    kids are making noise.", "Ở đây có yên tĩnh không?" as "Is it quiet here?" (_NOISY); None for anything else, a
    person quiet, a place making noise, "ở đây" noisy (mt/neighbours.py's), and "nhỉ"."""
    m = _NOISY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or re.search(r"\snhỉ\W*$", text):
        return None
    person = not (m["place"] or m["here"]) and bool(m["who"] or m["kin"] or m["given"] or m["titled"] or m["group"])
    if m["make"] and (not person or m["before"] or m["now"] and m["after"] or not (m["now"] or m["after"] == "quá")):
        return None
    if m["quiet"] and person or m["noisy"] and m["here"] or not (m["make"] or asked or m["before"] or m["after"]):
        return None
    said = _subject(m, asked)
    if said is None:
        return None
    subject, one = said
    here = " here" * bool(m["here"])
    is_ = "is" if one else "am" if subject == "I" else "are"
    if m["make"]:
        return None if asked else capitalised(
            contracted(subject, f"{is_} making {'so much ' * bool(m['after'])}noise")) + (m["end"] or ".")
    degree = DEGREE.get(keyed(m["before"] or m["after"] or ""), "")
    if asked and m["after"]:
        degree = "too" if m["after"] == "quá" else "very"  # ("có ồn quá không": too noisy?; "… lắm không": very)
    adj = " ".join(w for w in (degree, "quiet" if m["quiet"] else "noisy") if w)
    if asked:
        return f"{is_.capitalize()} {subject} {adj}{here}?"
    return capitalised(contracted(subject, f"{is_} {adj}{here}")) + (m["end"] or ".")


def _dont(text: str) -> str | None:
    """"Đừng làm ồn!" as "Don't make noise!", "Trẻ con đừng làm ồn!" as "Kids, don't make noise!", "Đừng làm ồn nữa."
    as "Stop making noise.", "Đừng nói to thế." as "Don't talk so loudly." (_DONT); None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    act, more = _DONTS[keyed(m["act"])], keyed(m["more"] or "")
    stop = more == "nữa"
    if act == "noise":
        said = "Stop making noise" if stop else f"Don't make {'so much ' * bool(more)}noise"
    elif act == "loud":
        degree = "so " if stop or more in ("thế", "như thế", "như vậy") else "too " if more == "quá" else ""
        said = f"Stop talking {degree}loudly" if stop else f"Don't talk {degree}loudly"
    elif more and not stop:
        return None
    else:
        said = "Stop shouting" if stop else "Don't shout"
    if m["please"]:
        said = f"Please {said[0].lower()}{said[1:]}"
    to = keyed(m["to"] or "")
    if to in _TO_KIDS or to == "mọi người":
        said = f"{'Kids' if to in _TO_KIDS else 'Everyone'}, {said[0].lower()}{said[1:]}"
    return f"{said}{m['end'] or '.'}"


def _hushed(text: str) -> str | None:
    """"Im lặng!" as "Be quiet!", "Trật tự nào!" as "Quiet!", "Im đi!" as "Shut up!" (_HUSHED)."""
    m = _HUSHED.fullmatch(text)
    return m and f"{_HUSH[keyed(m['hush'])]}{m['end'] or '!'}"


def _softly(text: str) -> str | None:
    """"Bạn nói nhỏ thôi được không?" as "Could you keep your voice down?", "Các bạn nói khẽ được không?" as "Could
    you keep your voices down?" (_SOFTLY); None for anything else."""
    m = _SOFTLY.fullmatch(text)
    if not m or m["can"] and m["can2"]:
        return None
    many = keyed(m["you"]) in ("các bạn", "mọi người")
    return f"Could you keep your voice{'s' * many} down?"


def _loud(text: str) -> str | None:
    """"Bạn nói to quá." as "You're talking too loudly.", "Anh ấy đang nói to quá." as "He's talking too loudly."
    (_LOUD); None for anything else, and who but "bạn" without "đang" (now, or always?)."""
    m = _LOUD.fullmatch(text)
    said = m and who(m, False)
    if not said or not m["now"] and said[0] != "you" or said[0] in ("I", "we"):
        return None
    subject, one = said
    degree = "too" if m["d"] == "quá" else "so"
    return capitalised(contracted(subject, f"{'is' if one else 'are'} talking {degree} loudly")) + \
        (m["end"] or ".")


def _subject_vi(m: re.Match) -> tuple[str, str]:
    """Who or what of _NOISY_EN in Vietnamese and the English "be" that agrees with it: ("bọn trẻ", "are"), ("con
    tôi", "is") for "my child", ("đường này", "is"); "" for "it"."""
    if m["group"]:
        said = " ".join(m["group"].lower().split())
        return GROUPS_VI[said], "is" if said.startswith("every") else "are"
    if m["place"]:
        return PLACES_VI[" ".join(m["place"].lower().split())], "is"
    if m["it"]:
        return "", "is"
    said, one = who_vi(m)
    return said, "is" if one else "am" if (m["who"] or "").lower() == "i" else "are"


def _noisy_vi(text: str) -> str | None:
    """"It's so noisy!" as "Ồn quá!", "The kids are so noisy." as "Bọn trẻ ồn quá.", "Is it quiet here?" as "Ở đây
    có yên tĩnh không?", "The kids are making a lot of noise." as "Bọn trẻ làm ồn quá." (_NOISY_EN); None for
    anything else, where "is" does not agree, "it" noisy here (mt/neighbours.py's), and a person quiet."""
    m = _NOISY_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    subject, agrees = _subject_vi(m)
    person, quiet = not (m["it"] or m["place"]), m["adj"] == "quiet"
    if be_said(m["be0"] or m["be"]) != agrees or bool(m["here"]) != (bool(m["it"]) and quiet) or quiet and person:
        return None
    if m["make"] and (not person or m["d"] or m["be0"]) or m["it"] and not (m["d"] or m["be0"] or quiet):
        return None
    subject = "ở đây" if m["here"] else subject
    before, after = EN_DEGREE.get(" ".join((m["d"] or "").split()), ("", ""))
    if m["make"]:
        before, after = ("", "quá") if m["much"] else ("đang", "")
    noisy = "ồn" if before or after else "ồn ào"  # ("ồn quá"; alone, "Con đường này ồn ào.")
    said = " ".join(w for w in (subject, before, "yên tĩnh" if quiet else "làm ồn" if m["make"] else noisy, after) if w)
    if m["be0"]:
        return capitalised(_asked_vi(subject, said))
    return capitalised(said) + (m["end"] or ".")


def _asked_vi(subject: str, said: str) -> str:
    """A statement of _noisy_vi asked: "có" after who or what ("Ở đây có yên tĩnh không?", "Có ồn quá không?")."""
    rest = said.removeprefix(subject).strip()
    return f"{subject} có {rest} không?".strip()


def _dont_vi(text: str) -> str | None:
    """"Don't make so much noise!" as "Đừng làm ồn quá!", "Stop making so much noise!" as "Đừng làm ồn như thế nữa!",
    "Don't talk so loudly." as "Đừng nói to thế.", "Please don't shout." as "Làm ơn đừng hét." (_DONT_EN); None for
    anything else, and "Stop making any noise"."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    verb = (m["noise"] or m["loud"] or m["shout"]).lower()
    much = " ".join((m["much"] or "").split())
    if verb.endswith("ing") != bool(m["stop"]) or m["stop"] and much == "any":
        return None
    if m["noise"]:
        said = "làm ồn" + (" như thế" * bool(much) + " nữa" if m["stop"] else " quá" if much and much != "any" else "")
    elif m["loud"]:
        said = "nói to " + ("nữa" if m["stop"] else "thế" if m["d"] == "so" else "quá")
    else:
        said = "hét" + " nữa" * bool(m["stop"])
    please = "Làm ơn đ" if m["please"] or "please" in text.lower() else "Đ"
    return f"{please}ừng {said}{m['end'] or '.'}"


def _hushed_vi(text: str) -> str | None:
    """"Silence!" as "Trật tự!", "Quiet, please!" as "Làm ơn giữ trật tự!", "Shut up!" as "Im đi!" (_HUSHED_EN)."""
    m = _HUSHED_EN.fullmatch(text)
    if not m:
        return None
    hush = " ".join(m["hush"].lower().split())
    if m["please0"] or m["please"]:
        return None if hush == "shut up" else f"Làm ơn giữ trật tự{m['end'] or '.'}"
    return f"{_HUSH_VI[hush]}{m['end'] or '!'}"


def _softly_vi(text: str) -> str | None:
    """"Could you speak more quietly?" as "Bạn có thể nói nhỏ hơn được không?", "Please speak a bit more quietly." as
    "Làm ơn nói nhỏ hơn một chút." (_SOFTLY_EN); None for anything else."""
    m = _SOFTLY_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or not (m["can"] or m["please0"] or m["please"]) or m["be"] and (
            not m["bit"] or "quieter" not in text):  # ("be quieter" alone is mt/neighbours.py's)
        return None
    said = ("bớt ồn" if m["be"] else "nói nhỏ hơn") + " một chút" * bool(m["bit"])
    return f"Bạn có thể {said} được không?" if m["can"] else f"Làm ơn {said}{m['end'] or '.'}"


def _loud_vi(text: str) -> str | None:
    """"You're talking too loudly." as "Bạn nói to quá.", "He's talking too loudly." as "Anh ấy đang nói to quá.",
    "He talks so loudly." as "Anh ấy nói to thế." (_LOUD_EN); None for anything else, and where the verb does not
    agree."""
    m = _LOUD_EN.fullmatch(text)
    if not m:
        return None
    said, one = who_vi(m)
    english = (m["who"] or "").lower()
    agrees = "is" if one else "am" if english == "i" else "are"
    if m["ing"] and be_said(m["be"]) != agrees or m["talk"] and m["talk"].endswith("s") != one or english in (
            "i", "we"):
        return None
    now = "đang " if m["ing"] and english != "you" else ""
    return capitalised(f"{said} {now}nói to {'quá' if m['d'] == 'too' else 'thế'}.")


def _sleep_vi(text: str) -> str | None:
    """"I can't sleep for the noise." as "Tôi không ngủ được vì tiếng ồn.", "The noise kept me awake." as "Tiếng ồn
    làm tôi không ngủ được." (_SLEEP_EN, _AWAKE_EN; "because of the noise" is mt/neighbours.py's)."""
    if m := _SLEEP_EN.fullmatch(text):  # (the kids too: "Bọn trẻ không ngủ được vì tiếng ồn.")
        who_ = GROUPS_VI[keyed(m["group"])] if m["group"] else who_vi(m)[0]
        return capitalised(f"{who_} không ngủ được vì tiếng ồn.")
    m = _AWAKE_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    return whom and f"Tiếng ồn làm {whom} không ngủ được."
