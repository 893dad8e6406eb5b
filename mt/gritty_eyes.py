"""Gritty eyes and something in the eye, both ways, written whole by rule: whose eyes feel gritty ("cộm"), sand, an
eyelash or an insect got in whose eye, and who should rinse their eyes with clean water. v8 (the rules on) reads
"cộm" as blisters, "lông mi" as a hair or a miracle, "côn trùng" as a sep or sperm, and English "gritty" as happy,
"eyelash" as an ankle, "rinse" as shampooing: "Mắt tôi bị cộm." → "My eyes were blisted.", "Mắt tôi bị cộm quá." → "My
eye is too blisted.", "Mắt tôi cứ cộm cộm." → "My eyes kept blisters.", "Mắt bạn có bị cộm không?" → "Do you get
blisters?", "Có cát bay vào mắt con tôi." → "There's a sand flying into my eye." (whose lost), "Cát bay vào mắt tôi."
→ "Tiled into my eye.", "Lông mi rơi vào mắt tôi." → "The miracle fell into my eye.", "Có côn trùng bay vào mắt
tôi." → "There was a sep which flew into my eye.", "Bạn đã rửa mắt bằng nước sạch chưa?" → "Do you wash your eyes
with clean water?"; "My eyes feel gritty." → "Mắt tôi cảm thấy vui vẻ.", "My son got sand in his eye." → "Con trai
tôi bị cát trong mắt anh ấy.", "I've got an eyelash in my eye." → "Tôi có một mắt cá chân trong mắt tôi.", "An
insect flew into my eye." → "Mụn xíu vào mắt tôi.", "Rinse your eyes with clean water." → "Hãy gội mắt bằng nước
sạch.".

Taken: whose eyes (mt.hobbies.OWNER, "Mắt tôi …"; or who, mt.hobbies.WHO, "Tôi bị cộm mắt"; left or right) feel
gritty, a bit ("hơi", "cộm cộm"), very ("quá", "lắm"), as if there were sand in them, denied, asked, kept on ("cứ"),
since a day behind or for a while ("từ sáng", "mấy ngày nay"); sand, an eyelash, an insect (mt.knocks.BUGS that fly, a
fly; "con gì" as a bug) got in whose eye ("Có cát bay vào mắt con tôi.", "Tôi bị lông mi rơi vào mắt.", "Mắt tôi bị
lông mi rơi vào."), on a day done (mt.floods.DAYS_DONE), asked; in English "I got sand in my eye.", "Did you get sand
in your eye?", "I've got an eyelash in my eye.", "An insect flew into my eye."; who should, needs to or has to rinse
their eyes with clean water (cool water, saline), has already or just done it, asked "… chưa?", and "Rinse your eyes
with clean water." in English (the Vietnamese "Rửa mắt bằng nước sạch." v8 writes right). Left: dust and "gì đó" in
the eye (mt/eye_troubles.py), sand said who first ("Tôi bị cát bay vào mắt.", "I've got sand in my eye.", "Sand got
in my eye.": mt/knocks.py), "Đừng dụi mắt." (mt/eye_troubles.py), "rồi" after sand got in (has it, or did it?), "con
gì" without "có" (asked: what flew in?), "chúng tôi", "họ" as whose eye (one eye, or each?), a pet, "anh", "chị",
"em" alone saying it, "I" asked, "thế"/"vậy" statements, "His eyes felt gritty." (the past alone), gritty and sore
or red together, "cứ" with "hơi" or "quá", a bare "Tôi rửa mắt bằng nước sạch." (now, or a habit?), rinsing said of a
child or a name that does not tell his from her; in English "we", "they" getting something in their eye, "we"
rinsing and "we", "our" asked (chúng tôi, or chúng ta?), a name's eye not its own ("John got sand in her eye."),
and anything else.
mt.phrasebook.translate tries these after mt/e_scooters.py.

    >>> translate("Mắt tôi bị cộm quá.", "vi", "en"), translate("An insect flew into my eye.", "en", "vi")
    ('My eyes feel really gritty.', 'Có con côn trùng bay vào mắt tôi.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .floods import DAYS_DONE
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, owner_of, own_thing, person_of,
                      pet, someone, who_vi, whose_own)
from .knocks import BUGS
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, STRESSED_SAID, WE_EN, alternatives, capitalised, contracted,
                   keyed, stop)

_KEYS = {"vi": lazy(r"(?i:cộm|lông\s+mi|(?:bay|rơi|lọt)\s+vào|rửa\s+mắt)"),
         "en": lazy(r"(?i:gritty|eyelash|(?:sand|insect|bug|fly|mosquito)\s+(?:just\s+)?(?:got|get|flew|fly|blew|"
                    r"blow)\s+in|(?:got|get)\s+(?:some\s+)?sand\s+in|rinse|"
                    r"wash(?:ed)?\s+(?:your|my|his|her|their|our)\s+eye)")}
_SIDES = {"trái": "left", "phải": "right"}
_SIDES_VI = {en: vi for vi, en in _SIDES.items()}
# how long the eyes have felt gritty (the first Vietnamese of each English is written back)
_FOR = {"mấy ngày nay": "for a few days", "mấy hôm nay": "for a few days", "cả ngày": "all day"}
_FOR_VI = {en: vi for vi, en in reversed(_FOR.items())}
_SINCE = near_days("sáng nay", "hôm qua", "tối qua", "hôm kia") | {"sáng": "this morning"}
_SINCE_VI = {en: vi for vi, en in reversed(_SINCE.items())}
_DAYS_VI = {en: vi for vi, en in reversed(DAYS_DONE.items())}
# what gets in the eye, its English, and how ("got in", or flew in); and back, as Vietnamese says each
_BUGS = {vi: en for vi, (en, _, flies) in BUGS.items() if flies} | {"ruồi": "a fly", "gì": "a bug", "gì đó": "a bug"}
_GRIT = {"cát": "sand", "lông mi": "an eyelash"}
_GRIT_VI = {"sand": "cát", "some sand": "cát", "an eyelash": "lông mi"} | {
    en: f"con {vi}" for vi, en in _BUGS.items() if not vi.startswith("gì")}
_FELL_VI = {"cát": "bay", "lông mi": "rơi"}  # (an insect "bay")
_WATERS = {"nước sạch": "clean water", "nước mát": "cool water", "nước lạnh": "cold water",
           "nước muối sinh lý": "saline"}
_WATERS_VI = {en: vi for vi, en in _WATERS.items()} | {"saline solution": "nước muối sinh lý", "water": "nước"}

_SIDE = r"(?:\s+(?P<side>trái|phải))?"
_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS_DONE)}))\s*,?\s+)?"
# gritty eyes: how, before "cộm", and what follows ("quá", "như có cát", how long, asked)
_HOW = (r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<keep>cứ)\s+)?(?P<bi>bị\s+|(?:cảm\s+)?thấy\s+)?(?P<bit>hơi\s+)?"
        r"cộm(?P<twice>\s+cộm)?")
_TAIL = (rf"(?:\s+(?P<much>quá|lắm))?(?P<like>\s+như\s+có\s+cát(?:\s+trong\s+mắt)?)?(?:\s+(?P<span>"
         rf"{alternatives(_FOR)})|\s+từ\s+(?P<since>{alternatives(_SINCE)})(?:\s+(?:đến|tới)\s+giờ)?)?{ASKED_END}")
_GRITTY = [lazy(rf"(?i:mắt){_SIDE}\s+(?:của\s+)?{OWNER}\s+{_HOW}{_TAIL}"),  # "Mắt tôi bị cộm."
           lazy(rf"{WHO}\s+{_HOW}\s+mắt{_SIDE}{_TAIL}")]  # "Tôi bị cộm mắt."
# sand, an eyelash, an insect in the eye ("Có cát bay vào mắt con tôi.", "Tôi bị lông mi rơi vào mắt.")
_THING = (rf"(?P<thing>(?i:cát|(?:(?:một\s+)?sợi\s+)?lông\s+mi|(?:(?:một\s+)?con\s+)?(?:"
          rf"{alternatives(k for k in _BUGS if not k.startswith('gì'))})|con\s+gì(?:\s+đó)?))\s+(?P<verb>bay|rơi|lọt)")
_IN = [lazy(rf"{_DAY}(?:(?P<has>(?i:có))\s+)?{_THING}\s+vào\s+mắt{_SIDE}\s+(?:của\s+)?{OWNER}"
            rf"(?:\s+(?P<asked>à|không))?{SOFTENED_END}"),
       lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+)?bị\s+{_THING}\s+vào\s+mắt{_SIDE}{ASKED_END}"),
       lazy(rf"{_DAY}(?i:mắt){_SIDE}\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?bị\s+{_THING}\s+vào{ASKED_END}")]
# rinsing the eyes ("Bạn nên rửa mắt bằng nước sạch.", "Bạn đã rửa mắt bằng nước sạch chưa?")
_RINSE = lazy(rf"{WHO}\s+(?:(?P<aux>nên|cần|phải|đã|vừa\s+mới|vừa|mới)\s+)?rửa\s+mắt\s+bằng\s+(?P<water>"
              rf"{alternatives(_WATERS)})(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")

# ... in English: whose eye ("my", "my mother's", "Lan's"), how long
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_EYE_EN = r"(?:(?P<side>left|right)\s+)?eye(?P<many>s)?"
_LONG_EN = (rf"(?:\s+(?P<span>{alternatives(_FOR_VI)})|\s+since\s+(?P<since>{alternatives(_SINCE_VI)}))?"
            r"\s*(?P<end>[.!?]*)")
_GRITTY_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHOSE_EN}\s+{_EYE_EN}(?P<aux>\s+(?:do|does)(?:\s+not|n't)|"
                  r"\s+(?:have|has)(?:\s+been)?|'ve(?:\s+been)?|'s\s+been|\s+keeps?)?\s+(?P<verb>feels?|felt|"
                  r"feeling)\s+(?:(?P<adv>a\s+bit|a\s+little|slightly|really|so|very)\s+)?gritty(?P<like>,?\s+"
                  rf"(?:as\s+if|like)\s+there(?:'s|\s+is)\s+sand\s+in\s+(?:them|it))?{_LONG_EN}")
_GRIT_EN = r"(?P<what>sand|some\s+sand|an\s+eyelash)"
_GOT_EN = lazy(rf"(?:(?P<q>Did|Have|Has)\s+)?{WHO_EN}(?P<aux>'ve|'s|\s+have|\s+has)?(?:\s+(?P<just>just))?\s+"
               rf"(?P<verb>got|get|have|has)\s+{_GRIT_EN}\s+in\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+"
               rf"(?:(?P<side>left|right)\s+)?eye\s*(?P<end>[.!?]*)")
_FLEW_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?P<what>(?i:{alternatives(_GRIT_VI)}))(?:\s+(?P<just>just))?\s+(?P<verb>got|get|"
                rf"flew|fly|blew|blow|fell|fall)\s+in(?:to)?\s+{_WHOSE_EN}\s+{_EYE_EN}(?:\s+(?P<day>"
                rf"{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_WATER_EN = rf"(?P<water>{alternatives(_WATERS_VI)})"
_RINSE_EN = [lazy(rf"(?:(?i:please)\s+)?(?i:rinse|wash)\s+(?:out\s+)?your\s+eyes?(?:\s+out)?\s+with\s+{_WATER_EN}"
                  r"(?:,?\s+please)?\s*(?P<end>[.!]*)"),
             lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+should|\s+needs?\s+to|\s+ha(?:ve|s)\s+to|'ve|'s|"
                  r"\s+have|\s+has)?(?:\s+(?P<adv>just|already))?\s+(?P<verb>rinse|rinsed)\s+(?:out\s+)?"
                  rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+eyes?(?:\s+out)?\s+with\s+{_WATER_EN}(?:\s+(?P<yet>yet))?"
                  r"\s*(?P<end>[.!?]*)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of gritty eyes, sand, an eyelash or an insect in someone's eye, or rinsing the
    eyes with clean water; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _gritty(text) or _in(text) or _rinse(text)
    text = text.replace("’", "'")
    if "?" in text and WE_EN.search(text):  # ("Did our son get sand in his eye?": to whom?)
        return None
    return _gritty_vi(text) or _got_vi(text) or _flew_vi(text) or _rinse_vi(text)


def _first(patterns: list, text: str) -> tuple[int, re.Match | None]:
    """The first of `patterns` that takes the whole of `text`, and its match (-1, None where none does)."""
    return next(((n, m) for n, p in enumerate(patterns) if (m := p.fullmatch(text))), (-1, None))


def _whose(m: re.Match, asked: bool) -> str | None:
    """Whose eye, in English, of a Vietnamese match of OWNER ("my", "my mother's", "Lan's") or of WHO (who's own: "your"
    for "bạn", "my child's" for "con tôi"); None for a pet, "our", "their" (one eye, or each?), "anh" saying it, who not
    read, and "my" asked."""
    if "owner" in m.re.groupindex:
        whose = None if pet(m["someone"], "vi") else owner_of(m, None)
    else:
        said = None if em_speaking(m) else person_of(m, asked)
        whose = said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s")
    return None if whose in (None, "our", "their") or asked and whose == "my" else whose


def _long(m: re.Match) -> str:
    """How long of a Vietnamese match in English, after a space (" for a few days", " since this morning"); ""."""
    if m["span"]:
        return f" {_FOR[keyed(m['span'])]}"
    return f" since {_SINCE[keyed(m['since'])]}" if m["since"] else ""


def _gritty(text: str) -> str | None:
    """"Mắt tôi bị cộm." as "My eyes feel gritty.", "Mắt tôi cứ cộm cộm." as "My eyes keep feeling gritty.", "Mắt bạn
    có bị cộm không?" as "Do your eyes feel gritty?", "Tôi bị cộm mắt từ sáng." as "My eyes have felt gritty since
    this morning." (_GRITTY); None for anything else, and where what is said before "cộm" does not go with the rest."""
    n, m = _first(_GRITTY, text)
    if not m or n == 1 and not m["bi"] or (asked := asked_of(m)) is None or (whose := _whose(m, asked)) is None:
        return None
    bit, much, long, like = bool(m["bit"] or m["twice"]), m["much"], _long(m), m["like"]
    if (asked or m["not"]) and (bit or much or long or like or m["keep"]) or much and bit or m["keep"] and (
            m["bit"] or much):
        return None
    side = m["side"] and _SIDES[m["side"]]
    eye, one = (f"{whose} {side} eye", True) if side else (f"{whose} eyes", False)
    if asked:
        return f"{'Does' if one else 'Do'} {eye} feel gritty?"
    if m["not"]:
        return capitalised(f"{eye} {'doesn' if one else 'don'}'t feel gritty{stop(m['end'])}")
    how = "a bit " if bit and not m["keep"] else "really " if much else ""
    like = f", as if there's sand in {'it' if one else 'them'}" if like else ""
    if long:
        verb = "been feeling" if m["keep"] else "felt"
        return capitalised(f"{eye} {'has' if one else 'have'} {verb} {how}gritty{long}{like}{stop(m['end'])}")
    verb = ("keeps feeling" if one else "keep feeling") if m["keep"] else "feels" if one else "feel"
    return capitalised(f"{eye} {verb} {how}gritty{like}{stop(m['end'])}")


def _thing(m: re.Match) -> tuple[str, str]:
    """What got in the eye of a Vietnamese match, keyed ("cát", "lông mi", "côn trùng", "gì"), and its English."""
    said = keyed(m["thing"])
    thing = said if said.startswith("con gì") else re.sub(r"^(?:một |sợi |con )+", "", said)
    thing = thing.removeprefix("con ")
    return thing, _GRIT.get(thing) or _BUGS[thing]


def _in(text: str) -> str | None:
    """"Có cát bay vào mắt con tôi." as "Sand got in my child's eye.", "Tôi bị lông mi rơi vào mắt." and "Mắt tôi bị
    lông mi rơi vào." as "An eyelash got in my eye.", "Có côn trùng bay vào mắt tôi." as "An insect flew into my eye.",
    "Có con gì bay vào mắt bạn à?" as "Did a bug fly into your eye?" (_IN); None for anything else, dust and "gì đó"
    (mt/eye_troubles.py), sand said who or eye first (mt/knocks.py), an insect not flying, and "con gì" without
    "có" (asked: what flew in?)."""
    n, m = _first(_IN, text)
    if not m:
        return None
    asked = bool(m["asked"]) if n == 0 else asked_of(m)
    if asked is None or asked != ("?" in m["end"]) or n == 0 and asked and not m["has"]:
        return None
    thing, said = _thing(m)
    if thing == "cát" and n or thing.startswith("gì") and n == 0 and not m["has"] or thing in _BUGS and (
            keyed(m["verb"]) != "bay") or (whose := _whose(m, asked)) is None:
        return None
    side = m["side"] and _SIDES[m["side"]]
    eye = f"{whose} {side + ' ' if side else ''}eye"
    day = f" {DAYS_DONE[keyed(m['day'])]}" if m["day"] else ""
    flew = thing in _BUGS
    if asked:
        return f"Did {said} {'fly into' if flew else 'get in'} {eye}{day}?"
    return capitalised(f"{said} {'flew into' if flew else 'got in'} {eye}{day}{stop(m['end'])}")


# rinsing, by what Vietnamese says before "rửa" and after it ("rồi", "chưa"), asked or not, and its English
_RINSED = {("nên", "", False): "{who} should rinse {t}", ("cần", "", False): "{who} need{s} to rinse {t}",
           ("phải", "", False): "{who} {have} to rinse {t}", ("đã", "chưa", True): "{Have} {who} rinsed {t} yet?",
           ("", "chưa", True): "{Have} {who} rinsed {t} yet?", ("đã", "rồi", False): "{who} {have} already rinsed {t}",
           ("", "rồi", False): "{who} {have} already rinsed {t}", ("vừa", "", False): "{who} {have} just rinsed {t}"}


def _rinse(text: str) -> str | None:
    """"Bạn nên rửa mắt bằng nước sạch." as "You should rinse your eyes with clean water.", "Bạn đã rửa mắt bằng nước
    sạch chưa?" as "Have you rinsed your eyes with clean water yet?", "Tôi vừa rửa mắt bằng nước muối sinh lý." as
    "I've just rinsed my eyes with saline." (_RINSE, _RINSED); None for anything else, a bare "rửa" (now, or a
    habit?), and whose eyes not told ("con tôi", a name that does not tell his from hers)."""
    m = _RINSE.fullmatch(text)
    aux = m and {"mới": "vừa", "vừa mới": "vừa"}.get(keyed(m["aux"] or ""), keyed(m["aux"] or ""))
    shape = m and _RINSED.get((aux, keyed(m["done"] or ""), "?" in m["end"]))
    said = shape and not em_speaking(m) and person_of(m, shape.endswith("?"))
    whose = said and (whose_own(m, said[0]) or m["given"] and named_his_her(m["given"]))
    if not whose:
        return None
    who_, one = said
    t = f"{whose} eyes with {_WATERS[keyed(m['water'])]}"
    words = {"s": "s" * one, "have": "has" if one else "have", "t": t}
    if shape.endswith("?"):
        return shape.format(**words, who=who_, Have=words["have"].capitalize())
    return capitalised(contracted(who_, shape.format(**words, who="", Have="").lstrip() + stop(m["end"])))


def _own(m: re.Match, who_: str, one: bool) -> bool:
    """Whether the eye of an English match over WHO_EN is who's own ("I … my", "Lan … her"); False for another's, a
    name's that is not ("John … her eye"), and "we" (chúng tôi, or chúng ta with the one spoken to?)."""
    given = m["given"] and named_his_her(m["given"])
    return own_thing(m, who_, one) is True and given in (None, m["owner"].lower()) and who_ != "chúng tôi"


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese ("tôi", "mẹ tôi", "Lan"); None for a pet, "our", "their"."""
    if m["poss"]:
        whose = WHOSE_VI[m["poss"].lower()]
        return None if whose in ("chúng tôi", "họ") else whose
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")


def _eye_vi(m: re.Match, whose: str) -> str | None:
    """Whose eye of an English match in Vietnamese ("mắt tôi", "mắt trái của tôi"); None for "left eyes"."""
    if m["side"] and m.groupdict().get("many"):
        return None
    return f"mắt {_SIDES_VI[m['side']]} của {whose}" if m["side"] else f"mắt {whose}"


def _long_vi(m: re.Match) -> str:
    """How long of an English match in Vietnamese after a space (" mấy ngày nay", " từ sáng nay"); "" for none."""
    if m["span"]:
        return f" {_FOR_VI[keyed(m['span'])]}"
    return f" từ {_SINCE_VI[keyed(m['since'])]}" if m["since"] else ""


# the verbs of _GRITTY_EN (what is asked, the auxiliary, the verb, as written in small letters one space apart, "n't"
# as " not"), of one eye and of both, and what each says
_FEELS = {"feels": "now", "does not feel": "not", "does feel": "asked", "keeps feeling": "keep", "has felt": "long",
          "has been feeling": "long", "'s been feeling": "long"}
_FEEL = {"feel": "now", "do not feel": "not", "do feel": "asked", "keep feeling": "keep", "have felt": "long",
         "'ve felt": "long", "have been feeling": "long", "'ve been feeling": "long"}


def _gritty_vi(text: str) -> str | None:
    """"My eyes feel gritty." as "Mắt tôi bị cộm.", "Do your eyes feel gritty?" as "Mắt bạn có bị cộm không?", "My
    eyes have felt gritty since this morning." as "Mắt tôi bị cộm từ sáng nay." (_GRITTY_EN); None for anything else,
    where the verb does not agree with the eye or eyes, and the past alone ("felt")."""
    m = _GRITTY_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    eye = whose and _eye_vi(m, whose)
    if not eye or bool(m["q"]) != ("?" in m["end"]) or m["q"] and whose == "tôi":
        return None
    said = keyed(" ".join(filter(None, [m["q"], m["aux"], m["verb"]])).replace("n't", " not"))
    kind = (_FEEL if m["many"] else _FEELS).get(said)
    adv = keyed(m["adv"] or "")
    if kind is None or (kind == "long") != bool(m["span"] or m["since"]) or adv and kind not in ("now", "long") or (
            m["like"] and kind not in ("now", "long")):
        return None
    how = "hơi cộm" if adv in ("a bit", "a little", "slightly") else "bị cộm quá" if adv else "bị cộm"
    if kind == "asked":
        return capitalised(f"{eye} có bị cộm không?")
    how = {"not": "không bị cộm", "keep": "cứ bị cộm"}.get(kind, how)
    return capitalised(f"{eye} {how}{' như có cát trong mắt' if m['like'] else ''}{_long_vi(m)}{stop(m['end'])}")


def _got_vi(text: str) -> str | None:
    """"I got sand in my eye." as "Tôi bị cát bay vào mắt.", "Did you get sand in your eye?" as "Bạn có bị cát bay
    vào mắt không?", "I've got an eyelash in my eye." as "Tôi bị lông mi rơi vào mắt." (_GOT_EN); None for anything
    else, where the verb does not agree with who, an eye not the subject's own, and sand had now (mt/knocks.py)."""
    m = _GOT_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    q, aux, verb = keyed(m["q"] or ""), keyed(m["aux"] or ""), m["verb"]
    sand = m["what"].lower() != "an eyelash"
    if q == "did":
        ok = not aux and verb == "get" and not m["just"]
    elif q or aux:  # ("Have you got …?", "I've got …": an eyelash only)
        first = q or aux
        ok = not sand and verb == "got" and not (q and aux) and (first in ("has", "'s")) == one and not m["just"]
    else:  # ("I got …", "I have an eyelash …")
        ok = verb == "got" or not sand and not m["just"] and verb == ("has" if one else "have")
    if not ok or not _own(m, who_, one) or who_ == "họ" or q and who_ == "tôi":  # (they: one eye, or each?)
        return None
    grit = _GRIT_VI[keyed(m["what"])]
    side = f" {_SIDES_VI[m['side']]}" if m["side"] else ""
    said = f"bị {grit} {_FELL_VI[grit]} vào mắt{side}"
    if q:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'vừa ' if m['just'] else ''}{said}{stop(m['end'])}")


def _flew_vi(text: str) -> str | None:
    """"An insect flew into my eye." as "Có con côn trùng bay vào mắt tôi.", "An eyelash got in my mother's eye." as
    "Có lông mi rơi vào mắt mẹ tôi.", "Did a bug fly into your eye?" as "Có con bọ bay vào mắt bạn không?"
    (_FLEW_EN); None for anything else, an eyelash or an insect blown, sand fallen, and "a" not agreeing."""
    m = _FLEW_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    eye = whose and _eye_vi(m, whose)
    if not eye or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (whose == "tôi" or m["just"]):
        return None
    what, verb = keyed(m["what"]), m["verb"]
    if (verb in ("get", "fly", "blow", "fall")) != bool(m["q"]) or m["many"] and _GRIT_VI[what] != "cát":
        return None  # (an eyelash in both eyes?)
    grit = _GRIT_VI[what]
    base = {"got": "get", "flew": "fly", "blew": "blow", "fell": "fall"}.get(verb, verb)
    if base not in {"cát": ("fly", "blow"), "lông mi": ("get", "fall")}.get(grit, ("get", "fly")):
        return None  # (sand that got in is mt/knocks.py's)
    fell = _FELL_VI.get(grit, "bay")
    day = f"{_DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    if m["q"]:
        return capitalised(f"{day}có {grit} {fell} vào {eye} không?")
    return capitalised(f"{day}có {grit} {'vừa ' * bool(m['just'])}{fell} vào {eye}{stop(m['end'])}")


# the verbs of _RINSE_EN's second (what is asked, the auxiliary, "just" or "already", the verb, in small letters),
# what Vietnamese says before "rửa" and after it, and who they agree with (None: anyone)
_RINSES = {"should rinse": ("nên", "", None), "needs to rinse": ("cần", "", True), "need to rinse": ("cần", "", False),
           "has to rinse": ("phải", "", True), "have to rinse": ("phải", "", False), "rinsed": ("đã", "", None),
           "just rinsed": ("vừa", "", None), "has rinsed": ("đã", "rồi", True), "have rinsed": ("đã", "rồi", False),
           "'ve rinsed": ("đã", "rồi", False), "has already rinsed": ("đã", "rồi", True),
           "have already rinsed": ("đã", "rồi", False), "'ve already rinsed": ("đã", "rồi", False),
           "'s already rinsed": ("đã", "rồi", True), "has just rinsed": ("vừa", "", True),
           "have just rinsed": ("vừa", "", False), "'ve just rinsed": ("vừa", "", False),
           "'s just rinsed": ("vừa", "", True), "have rinsed yet": ("đã", "chưa", False),
           "has rinsed yet": ("đã", "chưa", True), "'s rinsed": ("đã", "rồi", True)}


def _rinse_vi(text: str) -> str | None:
    """"Rinse your eyes with clean water." as "Hãy rửa mắt bằng nước sạch.", "You should rinse your eyes with clean
    water." as "Bạn nên rửa mắt bằng nước sạch.", "Have you rinsed your eyes with clean water yet?" as "Bạn đã rửa mắt
    bằng nước sạch chưa?" (_RINSE_EN); None for anything else, where the verb does not agree with who, and another's
    eyes."""
    n, m = _first(_RINSE_EN, text)
    if not m or n == 1 and (animal(m) or bool(m["q"]) != ("?" in m["end"])):
        return None
    water = _WATERS_VI[keyed(m["water"])]
    if n == 0:
        return f"Hãy rửa mắt bằng {water}{stop(m['end'])}"
    who_, one = who_vi(m)
    said = keyed(" ".join(filter(None, [m["q"], m["aux"], m["adv"], m["verb"], m["yet"]])))
    said = said if not m["q"] or said.endswith(" yet") else f"{said} yet"  # ("Have you rinsed …?" asks it too)
    aux, done, agrees = _RINSES.get(said, (None, None, None))
    if aux is None or agrees is not None and agrees != one or (done == "chưa") != bool(m["q"]) or (
            not _own(m, who_, one) or m["q"] and who_ == "tôi"):
        return None
    return capitalised(f"{who_} {aux} rửa mắt bằng {water}{' ' + done if done else ''}"
                       f"{'?' if m['q'] else stop(m['end'])}")
