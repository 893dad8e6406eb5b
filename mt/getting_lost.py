"""Getting lost, both ways, written whole by rule: who is lost or not, asked, thought lost, just got or got lost (on
the way somewhere, at a place, on a day behind), gets lost easily or often, and "don't get lost". v8 (every rule on)
reads English "lost" as gone or dead ("bị mất") and "bị lạc" as anything: "We're lost." → "Chúng tôi bị mất.", "I think
we're lost." → "Tôi nghĩ chúng tôi bị mất.", "She gets lost easily." → "Cô ấy bị mất đi dễ dàng.", "Are you lost?" →
"Bạn bị mất?", "I lost my way." → "Tôi đã mất đường.", "The child got lost in the market." → "Con trẻ bị mất trên thị
trường."; "Bạn có bị lạc không?" → "Do you get lost?", "Bạn bị lạc đường à?" → "Are you lost your way?", "Cô ấy dễ bị
lạc." → "She's easy to lose.", "Anh ấy hay bị lạc." → "He's usually lost.", "Tôi không bao giờ bị lạc." → "I never
lost.", "Đứa bé đã bị lạc ở chợ." → "The baby has lost at the market.", "Con trai tôi bị lạc rồi." → "My son was lost.".

Taken: who (mt.hobbies.WHO, WHO_EN, or a child of CHILDREN: "đứa bé", "the child") "bị lạc", "lạc đường", "đi lạc"
(now: "We're lost."; not: "I'm not lost."; asked: "Are you lost?"; thought: "Tôi nghĩ …", "Hình như …"), just got
lost ("vừa", "mới"), got lost ("đã" or a day behind: mt.free_time.when) on the way (here, home, back, to work, to a
place) or at a place of PLACES or one by name (mt.people.named_place), lost one's way; gets lost easily ("dễ"), or
often, never … (mt.hobbies.SELDOM); "Đừng đi lạc nhé!" ("Don't get lost!"), "Be careful not to get lost.". Left:
"anh", "chị", "em" alone saying it (the speaker or "you": mt.hobbies.who), lost at a place with no word for the tense
("Con tôi bị lạc ở chợ.": is lost there, or got lost?), "Tôi bị lạc đường." and "I'm lost." (the phrasebook's),
things lost ("I lost my keys": mt/finding.py, mt/mishaps.py), the way asked (mt/directions.py), lost in a dream
(mt/dreams.py), afraid of getting lost, "lost" as confused ("I'm completely lost."), and anything else.
mt.phrasebook.translate tries these after mt/happenings.py.

    >>> translate("Cô ấy rất dễ bị lạc.", "vi", "en"), translate("I think we're lost.", "en", "vi")
    ('She gets lost very easily.', 'Tôi nghĩ chúng ta bị lạc rồi.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, own_thing, who, who_vi
from .lazy_re import lazy
from .people import named_place
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import WHOSE_WORDS
from .text import BE_EN, SOFTENER, alternatives, be_said, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lạc)"), "en": lazy(r"(?i:\blost\b)")}

# a child lost, not said by kin ("Đứa bé bị lạc ở chợ."; the first Vietnamese of each is written back)
CHILDREN = {"đứa bé": "the child", "đứa trẻ": "the child", "cậu bé": "the boy", "thằng bé": "the boy",
            "cô bé": "the girl", "con bé": "the girl", "bọn trẻ": "the children", "lũ trẻ": "the children"}
CHILDREN_VI = {en: vi for vi, en in reversed(CHILDREN.items())} | {
    "the little boy": "cậu bé", "the little girl": "cô bé", "the kid": "đứa bé", "the kids": "bọn trẻ"}
# where one gets lost (the first Vietnamese of each is written back; "at" for those of _AT, else "in")
PLACES = {"chợ": "market", "khu chợ": "market", "siêu thị": "supermarket", "trung tâm thương mại": "shopping centre",
          "sân bay": "airport", "nhà ga": "station", "ga": "station", "bến xe": "bus station", "rừng": "forest",
          "khu rừng": "forest", "công viên": "park", "thành phố": "city", "phố cổ": "Old Quarter", "sở thú": "zoo",
          "bệnh viện": "hospital", "khách sạn": "hotel"}
PLACES_VI = {en.lower(): vi for vi, en in reversed(PLACES.items())} | {
    "woods": "rừng", "mall": "trung tâm thương mại", "shopping mall": "trung tâm thương mại",
    "shopping center": "trung tâm thương mại", "train station": "nhà ga", "old quarter": "phố cổ"}
_AT = {"airport", "station", "bus station", "zoo"}
_INSIDE = {"rừng", "thành phố"}  # ("trong rừng", "ở chợ")
# where the way went ("trên đường về nhà": on the way home)
_WAYS = {"đi": "", "đến đây": " here", "tới đây": " here", "đến đó": " there", "tới đó": " there", "về nhà": " home",
         "về": " back", "đi làm": " to work", "đi học": " to school", "đến trường": " to school"}
_WAYS_VI = {en.strip(): vi for vi, en in reversed(_WAYS.items())}
# "easily" ("dễ bị lạc": gets lost easily), said with how often (mt.hobbies.SELDOM) before the verb
_EASILY = {"dễ": "easily", "rất dễ": "very easily"}
_EASILY_VI = {en: vi for vi, en in _EASILY.items()} | {"so easily": "rất dễ", "really easily": "rất dễ"}

_WHO = rf"(?:(?P<child>(?i:{alternatives(CHILDREN)}))|{WHO})"
_PLACE = (rf"(?:(?P<place>(?i:{alternatives(PLACES)}))|(?P<named>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?))")
_TO = (rf"(?:(?P<way>{alternatives(_WAYS)})|(?P<toward>đến|tới|ra|về)\s+"
       rf"{_PLACE.replace('?P<place>', '?P<tplace>').replace('?P<named>', '?P<tnamed>')})")
_WHERE = rf"(?:\s+(?P<on>trên\s+đường)(?:\s+{_TO})?|\s+(?:ở|trong|tại)\s+{_PLACE})"
# who is, was or gets lost ("Chúng tôi bị lạc rồi.", "Hôm qua tôi bị lạc ở chợ.", "Bạn có hay bị lạc không?")
_SAID = lazy(rf"{DAY_OPENING}(?:(?P<think>[Tt]ôi\s+nghĩ(?:\s+là)?|[Hh]ình\s+như)\s+)?{_WHO}\s+"
             rf"(?:(?P<ask>có)\s+)?(?:(?P<how>{alternatives(SELDOM | _EASILY)})\s+)?"
             r"(?:(?P<tense>đã|vừa\s+mới|vừa|mới|không)\s+)?(?:bị\s+)?(?:đi\s+)?lạc(?:\s+đường)?(?:\s+mất)?"
             rf"{_WHERE}?{DAY_AFTER}(?:\s+(?P<done>rồi))?(?:\s+(?P<q>không|à|hả))?{SOFTENER}\s*(?P<end>[.!?]*)")
_DONT = lazy(r"(?:(?P<careful>[Cc]ẩn\s+thận)\s+(?:kẻo|đừng\s+để|không\s+thì)|[Đđ]ừng(?:\s+để)?)\s+(?:bị\s+)?"
             r"(?:đi\s+)?lạc(?:\s+đường)?(?:\s+(?:nhé|nha|đấy))?\s*(?P<end>[.!]*)")

# ... in English ("the child", "my mother", "she"), where ("on the way home", "in the market", "in Hanoi")
_WHO_EN = rf"(?:(?P<child>(?i:{alternatives(CHILDREN_VI)}))|{WHO_EN})"
_NAMED_EN = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_TO_EN = (rf"(?P<back>back\s+)?to\s+(?:the\s+(?P<tplace>(?i:{alternatives(PLACES_VI)}))|(?P<tnamed>{_NAMED_EN}))|"
          r"(?P<way>here|there|home|back|to\s+work|to\s+school)")  # (the place first: "back to the hotel")
_WHERE_EN = (rf"(?:\s+on\s+(?P<owner>the|{WHOSE_WORDS})\s+way(?:\s+(?:{_TO_EN}))?|\s+(?:in|at)\s+(?:the\s+"
             rf"(?P<place>(?i:{alternatives(PLACES_VI)}))|(?P<named>{_NAMED_EN})))")
# who is lost, or not, thought lost ("We're lost.", "I think we're lost."), asked ("Are you lost?")
_STATE_EN = lazy(rf"(?:(?P<think>I\s+think)(?:\s+that)?\s+)?{_WHO_EN}{BE_EN}(?P<not>\s+not|n['’]t)?\s+lost"
                 r"\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<be0>Is|Are)\s+{_WHO_EN}\s+lost\s*\?+")
# who got lost, where, when ("The child got lost in the market.", "Did you get lost on the way here?")
_GOT_EN = lazy(rf"{_WHO_EN}(?:\s+(?P<just>just))?\s+got\s+lost{_WHERE_EN}?{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_DID_EN = lazy(rf"Did\s+{_WHO_EN}(?:\s+(?P<just>just))?\s+get\s+lost{_WHERE_EN}?{DAY_AFTER_EN}\s*\?+")
# who lost their way ("I lost my way.", "We've lost our way.")
_WAY_EN = lazy(rf"{_WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+lost\s+(?P<owner>{WHOSE_WORDS})\s+way"
               r"\s*(?P<end>[.!]*)")
# who gets lost easily or how often ("She gets lost easily.", "Do you often get lost?")
_OFTEN_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}(?:\s+(?P<often>{alternatives(SELDOM_VI)}))?\s+"
                 rf"(?P<get>gets?)\s+lost(?:\s+(?P<easily>{alternatives(_EASILY_VI)}))?{_WHERE_EN}?"
                 r"\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(r"(?:(?P<careful>Be\s+careful\s+not\s+to)|Don['’]t|Do\s+not)\s+get\s+lost\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is, got or gets lost, or tells someone not to get lost;
    None for any other."""
    if src == "vi":
        return _said(text) or _dont(text)
    return _state_vi(text) or _got_vi(text) or _way_vi(text) or _often_vi(text) or _dont_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "is" ("the child", "my mother", "she"); None as
    mt.hobbies.who says (a word of kinship alone, saying)."""
    if m["child"]:
        said = CHILDREN[keyed(m["child"])]
        return said, said != "the children"
    return who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese ("đứa bé", "mẹ tôi", "chúng tôi"), and whether English says it of
    one ("is", "gets")."""
    if m["child"]:
        return CHILDREN_VI[keyed(m["child"])], keyed(m["child"]) not in ("the children", "the kids")
    return who_vi(m)


def _place(place: str | None, named: str | None, src: str) -> tuple[str, str] | None:
    """A place of PLACES (`place`, `src` "vi") or PLACES_VI ("en"), or one by name (`named`), in the other language
    with the word before it where one is at it: ("in", "the market"), ("at", "the airport"), ("in", "Hanoi");
    ("ở", "chợ"), ("trong", "rừng"); None for one not known."""
    if place and src == "vi":
        said = PLACES[keyed(place)]
        return ("at" if said in _AT else "in"), f"the {said}"
    if place:
        said = PLACES_VI[keyed(place)]
        return ("trong" if said in _INSIDE else "ở"), said
    said = named_place(named, src)
    return (("in" if src == "vi" else "ở"), said) if said else None


def _where(m: re.Match) -> str | None:
    """Where of a match of _WHERE in English: " on the way home", " on the way to the hotel", " in the market", " at
    the airport", " in Hanoi"; "" for none said, None for a place not known."""
    if m["on"] and not (m["tplace"] or m["tnamed"]):
        return f" on the way{_WAYS[keyed(m['way'] or 'đi')]}"
    if m["on"]:
        to = _place(m["tplace"], m["tnamed"], "vi")
        return to and f" on the way {'back ' * (keyed(m['toward']) == 'về')}to {to[1]}"
    place = _place(m["place"], m["named"], "vi") if m["place"] or m["named"] else ("", "")
    return place and " ".join(("", *place)).rstrip()


def _said(text: str) -> str | None:
    """"Chúng tôi bị lạc rồi." as "We're lost.", "Bạn có bị lạc không?" as "Are you lost?", "Hôm qua tôi bị lạc ở
    chợ." as "I got lost in the market yesterday.", "Cô ấy rất dễ bị lạc." as "She gets lost very easily." (_SAID);
    None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    q = keyed(m["q"] or "") if m else ""
    if not m or asked != bool(q) or m["ask"] and q != "không" or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    tense, how, where = keyed(m["tense"] or ""), keyed(m["how"] or ""), _where(m)
    day = when(m["day0"] or m["day"], "vi", LAST)
    if where is None or day is None or AHEAD.match(day) or m["think"] and (asked or tense or how or where or day):
        return None
    if how:
        return None if tense or m["done"] or day or asked and not m["ask"] else _often(who_, one, how, where, asked)
    if m["ask"] and tense or tense and m["done"]:
        return None
    if tense == "không":
        return None if asked or where or day else capitalised(contracted(who_, f"{_be(who_, one)} not lost."))
    if tense in ("vừa", "mới", "vừa mới"):
        return None if day else f"Did {who_} just get lost{where}?" if asked else \
            capitalised(f"{who_} just got lost{where}.")
    here = keyed(m["way"] or "") in ("đến đây", "tới đây")
    if tense == "đã" or BEHIND.match(day) or m["on"] and (asked or here):
        day = f" {day}" if day else ""
        return None if m["done"] else f"Did {who_} get lost{where}{day}?" if asked else \
            capitalised(f"{who_} got lost{where}{day}.")
    if where or day or asked and who_ == "I":
        return None  # ("Con tôi bị lạc ở chợ.": is lost there, or got lost there?)
    if asked:
        return f"{_be(who_, one).capitalize()} {who_} lost?"
    think = {"": "", "hình như": "It looks like "}.get(keyed(m["think"] or "").removesuffix(" là"), "I think ")
    return capitalised(f"{think}{contracted(who_, f'{_be(who_, one)} lost.')}")


def _be(who_: str, one: bool) -> str:
    """"am", "is" or "are" after who in English."""
    return be_of("tôi" if who_ == "I" else who_, one)


def _often(who_: str, one: bool, how: str, where: str, asked: bool) -> str | None:
    """Who gets lost easily or how often (`how`, of SELDOM or _EASILY), said or asked: "She gets lost easily.", "I
    never get lost.", "Do you often get lost?"; None asking how often but "often", "usually", "always"."""
    easily = _EASILY.get(how)
    often = f"{SELDOM[how]} " if not easily else ""
    easily = f" {easily}" if easily else ""
    if asked and often.strip() not in ("", "often", "usually", "always"):
        return None
    return present(who_, one, "get", f"lost{easily}{where}", asked, adverb=often)


def _dont(text: str) -> str | None:
    """"Đừng đi lạc nhé!" as "Don't get lost!", "Cẩn thận kẻo bị lạc." as "Be careful not to get lost." (_DONT);
    None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    said = "Be careful not to" if m["careful"] else "Don't"
    return f"{said} get lost{m['end'] or '.'}"


def _own(m: re.Match, who_: str, one: bool) -> bool:
    """Whether whose way of a match (group "owner") is who's own, or "the" ("I … my way", "the child … his way")."""
    whose = (m["owner"] or "the").lower()
    if m["child"]:
        return whose in ("the", "his", "her") if one else whose in ("the", "their")
    return whose == "the" or own_thing(m, who_, one) is True


def _where_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """Where of a match of _WHERE_EN in Vietnamese: " trên đường về nhà", " trên đường đến khách sạn", " ở chợ",
    " trong rừng", " ở Hà Nội"; "" for none said; None for a place not known, or another's way ("I … on your way")."""
    if m["owner"] and not _own(m, who_, one):
        return None
    if m["owner"] and not (m["tplace"] or m["tnamed"]):
        return f" trên đường {_WAYS_VI[keyed(m['way'] or '')]}"
    if m["owner"]:
        to = _place(m["tplace"], m["tnamed"], "en")
        return to and f" trên đường {'về' if m['back'] else 'đến'} {to[1]}"
    place = _place(m["place"], m["named"], "en") if m["place"] or m["named"] else ("", "")
    return place and " ".join(("", *place)).rstrip()


def _state_vi(text: str) -> str | None:
    """"We're lost." as "Chúng tôi bị lạc rồi.", "I think we're lost." as "Tôi nghĩ chúng ta bị lạc rồi.", "She isn't
    lost." as "Cô ấy không bị lạc.", "Are you lost?" as "Bạn có bị lạc không?" (_STATE_EN, _ASKED_EN); None for
    anything else, and where "is" does not agree with who."""
    m = _STATE_EN.fullmatch(text) or _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    asked = m.re == _ASKED_EN
    if be_said(m["be0"] if asked else m["be"]) != be_of(who_, one):
        return None
    who_ = "chúng ta" if who_ == "chúng tôi" and (asked or m["think"]) else who_  # (said among those lost)
    if asked:
        return capitalised(f"{who_} có bị lạc không?")
    if m["not"]:
        return None if m["think"] else capitalised(f"{who_} không bị lạc.")
    return capitalised(f"{'Tôi nghĩ ' if m['think'] else ''}{who_} bị lạc rồi.")


def _got_vi(text: str) -> str | None:
    """"The child got lost in the market." as "Đứa bé đã bị lạc ở chợ.", "I got lost on the way here yesterday." as
    "Hôm qua tôi đã bị lạc trên đường đến đây.", "Did you get lost?" as "Bạn có bị lạc không?" (_GOT_EN, _DID_EN);
    None for anything else, and for a day not behind."""
    m = _GOT_EN.fullmatch(text) or _DID_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    where = _where_vi(m, who_, one)
    day = when(m["day"], "en", LAST) if m["day"] else ""
    if where is None or day is None or m["day"] and not BEHIND.fullmatch(m["day"]) or m["just"] and day:
        return None
    asked = m.re == _DID_EN
    if m["just"]:
        return capitalised(f"{who_} vừa bị lạc{where}{' à?' if asked else '.'}")
    return placed(f"{who_} có bị lạc{where}" if asked else f"{who_} đã bị lạc{where}", day,
                  " không?" if asked else ".")


def _way_vi(text: str) -> str | None:
    """"I lost my way." as "Tôi đã bị lạc đường.", "We've lost our way." as "Chúng tôi bị lạc đường rồi." (_WAY_EN);
    None for anything else, for another's way ("I lost your way") and where "has" does not agree with who."""
    m = _WAY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    have = keyed(m["have"] or "").replace("’", "'")
    if not _own(m, who_, one) or have and (have in ("'s", "has")) != one:
        return None
    return capitalised(f"{who_} bị lạc đường rồi." if have else f"{who_} đã bị lạc đường.")


def _often_vi(text: str) -> str | None:
    """"She gets lost easily." as "Cô ấy dễ bị lạc.", "I never get lost." as "Tôi không bao giờ bị lạc.", "Does he
    often get lost?" as "Anh ấy có thường bị lạc không?" (_OFTEN_EN); None for anything else, for neither how often
    nor how easily said, and where "gets" or "does" does not agree with who."""
    m = _OFTEN_EN.fullmatch(text)
    if not m or bool(m["often"]) == bool(m["easily"]) or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = _who_vi(m)
    where = _where_vi(m, who_, one)
    said_one = m["do"] == "Does" if m["do"] else m["get"] == "gets"
    if where is None or said_one != one or m["do"] and m["get"] != "get":
        return None
    how = _EASILY_VI[keyed(m["easily"])] if m["easily"] else SELDOM_VI[keyed(m["often"])]
    if m["do"]:
        return None if m["often"] and how == "không bao giờ" else capitalised(f"{who_} có {how} bị lạc{where} không?")
    return capitalised(f"{who_} {how} bị lạc{where}.")


def _dont_vi(text: str) -> str | None:
    """"Don't get lost!" as "Đừng đi lạc nhé!", "Be careful not to get lost." as "Cẩn thận kẻo bị lạc nhé."
    (_DONT_EN); None for anything else."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    return f"{'Cẩn thận kẻo bị lạc' if m['careful'] else 'Đừng đi lạc'} nhé{m['end'] or '.'}"
