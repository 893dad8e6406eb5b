"""Eye troubles, both ways, written whole by rule: a twitching eye, a stye, pink eye, dust or something in the eye,
watering eyes, eyes itchy, red, swollen or tired for a while, and "Don't rub your eyes!". v8 (rules on) reads "giật"
as rushed, "lẹo" as nothing, "dụi" as saving, and English "twitching" as aching, "stye" as a stone, "watering" as
water: "Mắt tôi bị giật." → "My eyes were rushed.", "Mắt bạn có bị giật không?" → "Are you snugged?", "Tôi bị lẹo
mắt." → "I'm getting an eye.", "Mẹ tôi bị đau mắt đỏ." → "My mother was pinkeye.", "Tôi bị viêm kết mạc." → "I was
confusion.", "Mắt tôi bị chảy nước mắt." → "My eyes were flowing tears.", "Mắt tôi bị ngứa mấy ngày nay." → "My eyes
were itchy today.", "Đừng dụi mắt!" → "Don't save eye!"; "My eye is twitching." → "Mắt tôi đau nhức.", "I have a
stye." → "Tôi có một hòn đá.", "My mother has pink eye." → "Mẹ tôi có mắt hồng.", "Something got in my eye." → "Mắt
tôi bị gì đó.", "My eyes are watering." → "Mắt tôi đang nước.", "Stop rubbing your eyes!" → "Hãy để chà xát mắt nhé!".

Taken: whose eye or eyelid (mt.hobbies.WHO, WHO_EN; left or right) twitching, said, denied, asked, kept on, for a while
("mấy ngày nay", "for a few days") or since a day behind; who (left or right) has a stye, pink eye or conjunctivitis,
said, denied, asked, for a while or since, or had it last week, month or year; dust or something got in whose eye,
said or asked ("à?", "không?"); whose eyes watering (not crying: "Mắt …" first), said, denied, asked, often, kept on,
for a while or since; whose eyes itchy, red, swollen or tired for a while ("mấy ngày nay"); "Đừng dụi mắt (nữa)!" and
back. Left: eyes red, itchy or swollen now, asked or since a day (mt/symptoms.py), tired ("mỏi mắt": mt/numbness.py),
sore ("đau mắt": mt/aches.py), sight and glasses (mt/eyesight.py), "dán mắt vào" (mt/screen_time.py), crying and tears
with a reason ("chảy nước mắt vì khói"), "Tôi bị chảy nước mắt." (crying?), "ngứa mắt" without "bị" and a while
(annoying to see), "giật mình" (startled), "để mắt đến", pets as who (a vet's words differ), "anh", "chị", "em" alone
saying it, asked of oneself, a name's eye where English needs his or her, a stye of "chúng tôi" or "họ" (one stye, or
styes?), "em", "con", "cháu" with "không được" (the speaker not allowed?), "She does have a stye." (stressed, not
asked), a state said twice, and anything else.
mt.phrasebook.translate tries these after mt/blushing.py.

    >>> translate("Mắt tôi bị giật.", "vi", "en"), translate("I have a stye.", "en", "vi")
    ('My eye is twitching.', 'Tôi bị lẹo mắt.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, his_her_of, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .people import YOUNG_KIN
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mắt|kết\s+mạc)"), "en": lazy(r"(?i:eye|stye|conjunctivitis)")}
_SIDES = {"trái": "left", "phải": "right"}
# how long (the first Vietnamese of each English is written back), and since a day behind (mt.dates)
_FOR = {"mấy ngày nay": "for a few days", "mấy hôm nay": "for a few days", "vài ngày nay": "for a few days",
        "hai ngày nay": "for two days", "hai hôm nay": "for two days", "ba ngày nay": "for three days",
        "ba hôm nay": "for three days", "một tuần nay": "for a week", "cả tuần nay": "all week",
        "mấy tuần nay": "for a few weeks"}
_FOR_VI = {en: vi for vi, en in reversed(_FOR.items())} | {
    "for the past few days": "mấy ngày nay", "for the last few days": "mấy ngày nay"}
_SINCE = near_days("hôm qua", "hôm kia", "tối qua", "sáng nay", "tuần trước")
_SINCE_VI = {en: vi for vi, en in _SINCE.items()}
_PAST = near_days("tuần trước", "tháng trước", "năm ngoái")  # (when a stye or pink eye was had)
_PAST_VI = {en: vi for vi, en in _PAST.items()}
_ILLS = {"lẹo mắt": "a stye", "lẹo": "a stye", "đau mắt đỏ": "pink eye", "viêm kết mạc": "conjunctivitis"}
_ILLS_VI = {"a stye": "lẹo mắt", "pink eye": "đau mắt đỏ", "pinkeye": "đau mắt đỏ", "conjunctivitis": "viêm kết mạc"}
_STATES = {"ngứa": "itchy", "đỏ": "red", "sưng": "swollen", "mỏi": "tired"}
_STATES_VI = {en: vi for vi, en in _STATES.items()}

_SIDE = r"(?:\s+(?P<side>trái|phải))?"
_SIDE0 = r"(?:\s+(?P<side0>trái|phải))?"
_LONG = rf"(?:\s+(?P<span>{alternatives(_FOR)})|\s+từ\s+(?P<since>{alternatives(_SINCE)}))?"
_ASK = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<keep>cứ)\s+)?"
# whose eye or eyelid twitches ("Mắt trái của tôi bị giật mấy ngày nay.", "Tôi bị giật mắt.", "Mắt tôi cứ giật mãi.")
_TWITCH = lazy(rf"(?:(?P<eye0>(?i:mí\s+mắt|mắt)){_SIDE0}\s+(?:của\s+)?)?{WHO}\s+{_ASK}(?:đang\s+)?(?P<bi>bị\s+)?"
               rf"giật(?:\s+giật)?(?:\s+(?P<eye>mí\s+mắt|mắt){_SIDE})?(?:\s+(?P<more>mãi|liên\s+tục))?{_LONG}"
               rf"{ASKED_END}")
# who has a stye, pink eye ("Tôi bị lẹo mắt.", "Mắt trái tôi bị lẹo.", "Tuần trước con tôi bị đau mắt đỏ.")
_ILL = lazy(rf"(?:(?P<day0>(?i:{alternatives(_PAST)}))\s*,?\s+)?(?:(?P<eye0>(?i:mắt)){_SIDE0}\s+(?:của\s+)?)?{WHO}\s+"
            rf"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:bị\s+lên|bị|lên)\s+(?P<ill>{alternatives(_ILLS)})"
            rf"(?:\s+ở\s+(?P<eye>mắt){_SIDE})?{_LONG}(?:\s+(?P<day>{alternatives(_PAST)}))?{ASKED_END}")
# dust or something in whose eye ("Có bụi bay vào mắt tôi.", "Có gì bay vào mắt bạn à?", "Tôi bị bụi bay vào mắt.")
_WHAT = r"(?P<what>(?i:bụi|cái\s+gì\s+đó|gì\s+đó|cái\s+gì|gì))"
_IN = [lazy(rf"(?P<has>(?i:có)\s+)?{_WHAT}\s+(?:bay|rơi|lọt)\s+vào\s+mắt{_SIDE}\s+(?:của\s+)?{WHO}"
            r"(?:\s+(?P<done>rồi))?(?:\s+(?P<a>à|hả))?" + ASKED_END),
       lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?bị\s+(?P<what>bụi)\s+bay\s+vào\s+mắt{_SIDE}(?:\s+(?P<done>rồi))?"
            rf"{ASKED_END}")]
# whose eyes water ("Mắt tôi bị chảy nước mắt.", "Mắt bạn có hay bị chảy nước mắt không?")
_WATER = lazy(rf"(?P<eye0>(?i:mắt))\s+(?:của\s+)?{WHO}\s+{_ASK}(?:(?P<often>hay)\s+)?(?P<bi>bị\s+)?chảy\s+nước"
              rf"(?:\s+mắt)?(?:\s+(?P<more>mãi|liên\s+tục))?{_LONG}{ASKED_END}")
# whose eyes itchy, red … for a while ("Mắt tôi bị ngứa mấy ngày nay.", "Tôi bị đỏ và sưng mắt mấy ngày nay.")
_STATE = rf"(?:{alternatives(_STATES)})"
_STATED = lazy(rf"(?:(?P<eye0>(?i:mắt))\s+(?:của\s+)?)?{WHO}\s+bị\s+(?P<states>{_STATE}(?:\s+và\s+{_STATE})?)"
               rf"(?P<eye>\s+mắt)?\s+(?P<span>{alternatives(_FOR)}){ASKED_END}")
# ("Em không được dụi mắt." may be the speaker, not allowed: "em", "con", "cháu" only before "đừng")
_RUB = lazy(r"(?:(?:(?i:con|bạn|em|cháu)\s+)?(?i:đừng)|(?:(?i:bạn)\s+)?(?i:không\s+được))\s+dụi\s+mắt"
            r"(?P<more>\s+nữa)?(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")

# ... in English: whose eye ("my", "my mother's", "Lan's"), how long
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_LONG_EN = (rf"(?:\s+(?P<span>{alternatives(_FOR_VI)})|\s+since\s+(?P<since>{alternatives(_SINCE_VI)}))?"
            r"\s*(?P<end>[.!?]*)")
_TWITCH_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?{_WHOSE_EN}\s+(?:(?P<side>left|right)\s+)?(?P<eye>eye|eyelid)(?P<many>s)?"
                  r"(?P<aux>\s+(?:is|are|has|have)(?:\s+not|n['’]t)?|['’](?:s|re|ve)|\s+keeps?)?(?P<been>\s+been)?"
                  rf"\s+twitching{_LONG_EN}")
_ILL_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|had|do|does)(?:\s+not|n['’]t)?|"
               r"['’](?:s|ve))?(?:\s+(?P<verb>got|had|have))?\s+(?P<ill>a\s+stye|pink\s*eye|conjunctivitis)"
               rf"(?:\s+(?:on|in)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+(?:(?P<side>left|right)\s+)?eye)?"
               rf"(?:\s+(?P<day>{alternatives(_PAST_VI)}))?{_LONG_EN}")
_IN_EN = [lazy(rf"(?P<what>(?i:something|dust|some\s+dust))(?:\s+(?:got|went|flew)|['’]s)\s+in(?:to)?\s+{_WHOSE_EN}"
               r"\s+(?:(?P<side>left|right)\s+)?eyes?\s*(?P<end>[.!]*)"),
          lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>['’](?:ve|s)|\s+(?:have|has))?\s+got\s+(?P<what>something|"
               rf"dust|some\s+dust)\s+in\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+(?:(?P<side>left|right)\s+)?eyes?"
               r"\s*(?P<end>[.!?]*)"),
          lazy(rf"(?P<q>Did)\s+(?P<what>something|anything)\s+get\s+in(?:to)?\s+{_WHOSE_EN}\s+(?:(?P<side>left|"
               r"right)\s+)?eyes?\s*(?P<end>\?+)")]
_WATER_EN = lazy(rf"(?:(?P<q>Are|Do)\s+)?{_WHOSE_EN}\s+eyes(?P<aux>\s+(?:are|have)(?:\s+not|n['’]t)?|['’](?:re|ve)|"
                 r"\s+keep)?(?P<been>\s+been)?(?:\s+(?P<often>often))?\s+(?P<verb>watering|water)" + _LONG_EN)
_STATE_EN = rf"(?:{alternatives(_STATES_VI)})"
_STATED_EN = lazy(rf"{_WHOSE_EN}\s+eyes(?:\s+have|['’]ve)\s+been\s+(?P<states>{_STATE_EN}(?:\s+and\s+{_STATE_EN})?)"
                  rf"\s+(?P<span>{alternatives(_FOR_VI)})\s*(?P<end>[.!]*)")
_RUB_EN = lazy(r"(?:(?:Don['’]t|Do\s+not)\s+rub|(?P<more>Stop)\s+rubbing)\s+your\s+eyes?\s*(?P<end>[.!]*)",
               re.IGNORECASE)


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a twitching eye, a stye or pink eye, dust in the eye, watering eyes, eyes
    itchy or red for a while, or "don't rub your eyes"; None for any other."""
    if src == "vi":
        return _twitch(text) or _ill(text) or _in(text) or _water(text) or _stated(text) or _rub(text)
    text = text.replace("’", "'")
    return (_twitch_vi(text) or _ill_vi(text) or _in_vi(text) or _water_vi(text) or _stated_vi(text) or
            _rub_vi(text))


def _said(m: re.Match | None, ask: bool = True) -> tuple[str, bool, bool] | None:
    """Who of a Vietnamese match in English, whether one ("he has") and whether asked ("có … không?", "… à?"); None
    where "có" (when `ask`) and "không?" do not go together, for "không" asked, a pet, "I" or "we" asked, or "anh"
    alone saying it."""
    if not m or animal(m):
        return None
    groups = m.groupdict()
    asked = bool(m["asked"] or groups.get("a"))
    if asked != ("?" in m["end"]) or ask and bool(groups.get("ask")) != bool(m["asked"]) or (
            asked and groups.get("not") or m["asked"] and groups.get("a")):
        return None
    said = who(m, asked)
    return None if said is None or asked and said[0] in ("I", "we") else (*said, asked)


def _whose(m: re.Match, who_: str, own: bool = False) -> str | None:
    """Whose in English of who of a match of WHO: "my", "my mother's" ("her" where `own`: the subject's own, "their"
    for a child or a younger sibling); None for a name alone where `own` (his or her?)."""
    if who_ in EN_WHOSE:
        return EN_WHOSE[who_]
    if not own:
        return f"{who_}'s"
    return his_her_of(m) or ("their" if keyed(m["kin"] or "") in YOUNG_KIN else None)


def _long(m: re.Match) -> str:
    """How long of a Vietnamese match, in English after a space (" for a few days", " since yesterday"); "" for
    none."""
    if m["span"]:
        return f" {_FOR[keyed(m['span'])]}"
    return f" since {_SINCE[keyed(m['since'])]}" if m["since"] else ""


def _eye(m: re.Match, whose: str, many: bool = False) -> str:
    """Whose eye of a Vietnamese match in English ("my left eye", "my mother's eyelid", "your eyes")."""
    groups = m.groupdict()
    side = groups.get("side0") or groups.get("side")
    part = "eyelid" if keyed(groups.get("eye0") or groups.get("eye") or "").startswith("mí") else "eye"
    return f"{whose} {_SIDES[side] + ' ' if side else ''}{part}{'s' * many}"


def _twitch(text: str) -> str | None:
    """"Mắt tôi bị giật." as "My eye is twitching.", "Mắt trái của tôi bị giật mấy ngày nay." as "My left eye has been
    twitching for a few days.", "Mắt bạn có bị giật không?" as "Is your eye twitching?" (_TWITCH); None for anything
    else, for "giật" without "bị" or "cứ", and for how long denied, asked or kept on."""
    m = _TWITCH.fullmatch(text)
    said = m and bool(m["eye0"]) != bool(m["eye"]) and (m["bi"] or m["keep"]) and _said(m)
    if not said or m["more"] and not m["keep"] or (m["ask"] or m["not"] or m["keep"]) and _long(m) or \
            said[0] in ("we", "they"):
        return None  # ("Mắt chúng tôi bị giật.": whose eye?)
    eye = _eye(m, _whose(m, said[0]))
    if said[2]:
        return f"Is {eye} twitching?"
    how = "isn't" if m["not"] else "keeps" if m["keep"] else "has been" if _long(m) else "is"
    return capitalised(f"{eye} {how} twitching{_long(m)}.")


def _ill(text: str) -> str | None:
    """"Tôi bị lẹo mắt." as "I have a stye.", "Mắt trái tôi bị lẹo." as "I have a stye on my left eye.", "Mẹ tôi bị
    đau mắt đỏ mấy ngày nay." as "My mother has had pink eye for a few days.", "Tuần trước con tôi bị đau mắt đỏ." as
    "My child had pink eye last week." (_ILL); None for anything else, "lẹo" without an eye, a day or how long
    denied, how long asked, and a stye of "chúng tôi" or "họ" ("We have a stye.": one stye, or styes?)."""
    m = _ILL.fullmatch(text)
    said = m and _said(m)
    if not said or (keyed(m["ill"]) == "lẹo") != (bool(m["eye0"]) != bool(m["eye"])) or m["eye0"] and m["eye"]:
        return None
    if keyed(m["ill"]).startswith("lẹo") and said[0] in ("we", "they"):
        return None  # ("Chúng tôi bị lẹo mắt.": not "We have a stye.")
    day, long = m["day0"] or m["day"], _long(m)
    if m["day0"] and m["day"] or day and (long or m["not"]) or long and (said[2] or m["not"]):
        return None
    who_, one, asked = said
    ill, side = _ILLS[keyed(m["ill"])], m["side0"] or m["side"]
    if side:
        whose = _whose(m, who_, own=True)
        if whose is None:
            return None
        ill += f" on {whose} {_SIDES[side]} eye"
    if day:
        day = _PAST[keyed(day)]
        return f"Did {who_} have {ill} {day}?" if asked else capitalised(f"{who_} had {ill} {day}.")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have {ill}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {ill}.")
    if long:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} had {ill}{long}."))
    return capitalised(f"{who_} {'has' if one else 'have'} {ill}.")


def _in(text: str) -> str | None:
    """"Có bụi bay vào mắt tôi." and "Tôi bị bụi bay vào mắt." as "I've got dust in my eye.", "Có gì đó bay vào mắt
    mẹ tôi." as "Something got in my mother's eye.", "Có gì bay vào mắt bạn à?" as "Did something get in your eye?"
    (_IN); None for anything else, "gì" said ("anything"?), asked without "có", and a name's eye with dust (his or
    her?)."""
    for n, pattern in enumerate(_IN):
        m = pattern.fullmatch(text)
        if m:
            break
    said = m and _said(m, ask=n == 1)
    if not said or n == 0 and not m["has"] and (said[2] or keyed(m["what"]) != "bụi"):
        return None
    who_, one, asked = said
    what = keyed(m["what"])
    if what in ("gì", "cái gì") and not asked or who_ in ("we", "they"):
        return None  # ("Có gì bay vào mắt tôi.": anything? "mắt chúng tôi": whose eye?)
    if what != "bụi":  # (no one said before the eye: "my mother's eye", not "her eye")
        eye = _eye(m, _whose(m, who_))
        return f"Did something get in {eye}?" if asked else f"Something got in {eye}."
    whose = _whose(m, who_, own=True)
    if whose is None:
        return None
    eye = _eye(m, whose)
    if asked:
        return f"{'Has' if one else 'Have'} {who_} got dust in {eye}?"
    return capitalised(contracted(who_, f"{'has' if one else 'have'} got dust in {eye}."))


def _water(text: str) -> str | None:
    """"Mắt tôi bị chảy nước mắt." as "My eyes are watering.", "Mắt tôi cứ chảy nước mắt." as "My eyes keep
    watering.", "Mắt bạn có hay bị chảy nước mắt không?" as "Do your eyes often water?" (_WATER); None for anything
    else, for "chảy nước mắt" without "bị", "cứ" or "hay" (crying?), and how long but said."""
    m = _WATER.fullmatch(text)
    said = m and (m["bi"] or m["keep"] or m["often"]) and _said(m)
    if not said or m["more"] and not m["keep"] or m["often"] and (m["keep"] or m["not"]):
        return None
    eyes, asked, long = _eye(m, _whose(m, said[0]), many=True), said[2], _long(m)
    if long and (asked or m["not"] or m["keep"] or m["often"]):
        return None
    if m["often"]:
        return f"Do {eyes} often water?" if asked else capitalised(f"{eyes} often water.")
    if asked:
        return f"Are {eyes} watering?"
    how = "aren't" if m["not"] else "keep" if m["keep"] else "have been" if long else "are"
    return capitalised(f"{eyes} {how} watering{long}.")


def _stated(text: str) -> str | None:
    """"Mắt tôi bị ngứa mấy ngày nay." and "Tôi bị ngứa mắt mấy ngày nay." as "My eyes have been itchy for a few
    days.", "Mắt mẹ tôi bị đỏ và sưng mấy ngày nay." as "My mother's eyes have been red and swollen for a few days."
    (_STATED); None for anything else, asked, and a state said twice ("đỏ và đỏ": a slip)."""
    m = _STATED.fullmatch(text)
    said = m and bool(m["eye0"]) != bool(m["eye"]) and _said(m)
    said_states = m and [_STATES[keyed(s)] for s in re.split(r"\s+và\s+", m["states"])]
    if not said or said[2] or len(set(said_states)) < len(said_states):
        return None
    states = " and ".join(said_states)
    return capitalised(f"{_whose(m, said[0])} eyes have been {states} {_FOR[keyed(m['span'])]}.")


def _rub(text: str) -> str | None:
    """"Đừng dụi mắt!" as "Don't rub your eyes!", "Đừng dụi mắt nữa!" as "Stop rubbing your eyes!" (_RUB); None
    for anything else."""
    m = _RUB.fullmatch(text)
    return m and ("Stop rubbing" if m["more"] else "Don't rub") + " your eyes" + stop(m["end"])


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese ("tôi", "mẹ tôi", "Lan"); None for a pet."""
    if m["poss"]:
        return WHOSE_VI[m["poss"].lower()]
    return None if m["someone"].split()[-1].lower() in ("dog", "cat") else someone(m["someone"], "en")


def _eye_vi(m: re.Match, whose: str) -> str:
    """Whose eye of an English match in Vietnamese: "mắt tôi", "mí mắt mẹ tôi", "mắt trái của tôi" (by side)."""
    part = "mí mắt" if m.groupdict().get("eye") == "eyelid" else "mắt"
    side = m.groupdict().get("side") and {"left": "trái", "right": "phải"}[m["side"]]
    return f"{part} {side} của {whose}" if side else f"{part} {whose}"


def _long_vi(m: re.Match) -> str:
    """How long of an English match in Vietnamese after a space (" mấy ngày nay", " từ hôm qua"); "" for none."""
    if m["span"]:
        return f" {_FOR_VI[keyed(m['span'])]}"
    return f" từ {_SINCE_VI[keyed(m['since'])]}" if m["since"] else ""


def _aux(m: re.Match) -> str:
    """The verb after who of an English match, in small letters, one space apart, "n't" written " not"."""
    return keyed((m["aux"] or "").replace("n't", " not"))


def _twitch_vi(text: str) -> str | None:
    """"My eye is twitching." as "Mắt tôi bị giật.", "My left eye has been twitching for a few days." as "Mắt trái
    của tôi bị giật mấy ngày nay.", "Is your eye twitching?" as "Mắt bạn có bị giật không?" (_TWITCH_EN); None for
    anything else, and where the verb does not agree with the eye or eyes."""
    m = _TWITCH_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    if not whose or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux, q, long, one = _aux(m), (m["q"] or "").lower(), _long_vi(m), not m["many"]
    be = {"is", "'s", "is not"} if one else {"are", "'re", "are not"}
    if q:
        ok = q in be and not (aux or m["been"] or long) and whose != "tôi"
    elif m["been"]:
        ok = aux in ({"has", "'s"} if one else {"have", "'ve"}) and bool(long)
    else:
        ok = aux in be | {"keeps" if one else "keep"} and not long
    if not ok:
        return None
    eye = _eye_vi(m, whose)
    if q:
        return capitalised(f"{eye} có bị giật không?")
    how = "không bị" if aux.endswith("not") else "cứ bị" if aux.startswith("keep") else "bị"
    return capitalised(f"{eye} {how} giật{' mãi' if aux.startswith('keep') else ''}{long}.")


# the verbs of _ILL_EN (what is asked, "Do", "has" and what follows, as _aux writes them), and what each says
_HAD = {"have": "now", "has": "now", "have got": "now", "has got": "now", "'ve got": "now", "'s got": "now",
        "have had": "long", "has had": "long", "'ve had": "long", "'s had": "long", "had": "past",
        "do not have": "not", "does not have": "not", "do have": "asked", "does have": "asked", "did have": "then"}


def _ill_vi(text: str) -> str | None:
    """"I have a stye." as "Tôi bị lẹo mắt.", "She's got a stye on her left eye." as "Cô ấy bị lẹo ở mắt trái.",
    "Does your son have pink eye?" as "Con trai bạn có bị đau mắt đỏ không?", "My son had pink eye last week." as
    "Tuần trước con trai tôi bị đau mắt đỏ." (_ILL_EN); None for anything else, where the verb does not agree with
    who, for an eye not the subject's own, and "do" stressing a statement ("She does have a stye.")."""
    m = _ILL_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    said = " ".join(filter(None, [(m["q"] or "").lower(), _aux(m), m["verb"]]))
    kind, first = _HAD.get(said), said.split()[0]
    if kind is None or first in ("has", "'s", "does") and not one or first in ("have", "'ve", "do") and one:
        return None
    if (kind == "long") != bool(m["span"] or m["since"]) or (kind in ("past", "then")) != bool(m["day"]):
        return None
    if (kind in ("asked", "then")) != bool(m["q"]):
        return None  # ("She does have a stye.": said, stressed, not asked)
    ill = _ILLS_VI[keyed(m["ill"])]
    if m["owner"]:
        if ill != "lẹo mắt" or own_thing(m, who_, one) is not True:
            return None
        ill = f"lẹo ở mắt {'trái' if m['side'] == 'left' else 'phải'}" if m["side"] else ill
    if kind in ("asked", "then") and who_ in ("tôi", "chúng tôi"):
        return None
    day = f"{_PAST_VI[m['day']]} " if m["day"] else ""
    if kind in ("asked", "then"):
        return capitalised(f"{day}{who_} có bị {ill} không?")
    return capitalised(f"{day}{who_} {'không ' if kind == 'not' else ''}bị {ill}{_long_vi(m)}.")


def _in_vi(text: str) -> str | None:
    """"I've got dust in my eye." and "Dust got in my eye." as "Có bụi bay vào mắt tôi.", "Something got in my eye."
    as "Có gì đó bay vào mắt tôi.", "Did something get in your eye?" as "Có gì bay vào mắt bạn à?" (_IN_EN); None
    for anything else, where the verb does not agree with who, and for an eye not the subject's own."""
    for n, pattern in enumerate(_IN_EN):
        m = pattern.fullmatch(text)
        if m:
            break
    if not m:
        return None
    if n == 1:
        who_, one = who_vi(m)
        q, aux = (m["q"] or "").lower(), _aux(m)
        if animal(m) or q and aux or bool(q) != ("?" in m["end"]) or own_thing(m, who_, one) is not True:
            return None
        if (q or aux) and ((q or aux) in ("has", "'s")) != one:
            return None  # ("I got dust in my eye.": no verb before "got", said)
        whose, asked = who_, bool(q)
    else:
        whose, asked = _whose_vi(m), n == 2
    if not whose or asked and whose in ("tôi", "chúng tôi"):
        return None
    what = "bụi" if "dust" in m["what"].lower() else "gì" if asked else "gì đó"
    return capitalised(f"có {what} bay vào {_eye_vi(m, whose)}{' à?' if asked else '.'}")


# the verbs of _WATER_EN (what is asked, "are" and what follows, as _aux writes them), as Vietnamese says them
_WATERING = {"are watering": "bị", "'re watering": "bị", "are not watering": "không bị", "keep watering": "cứ",
             "often water": "hay bị", "have been watering": "bị", "'ve been watering": "bị",
             "do often water": "có hay bị"}


def _water_vi(text: str) -> str | None:
    """"My eyes are watering." as "Mắt tôi bị chảy nước mắt.", "My eyes keep watering." as "Mắt tôi cứ chảy nước
    mắt.", "Are your eyes watering?" as "Mắt bạn có bị chảy nước mắt không?", "Do your eyes often water?" as "Mắt
    bạn có hay bị chảy nước mắt không?" (_WATER_EN); None for anything else, and where the verb does not agree."""
    m = _WATER_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    if not whose or bool(m["q"]) != ("?" in m["end"]) or m["q"] and whose == "tôi":
        return None
    said = " ".join(filter(None, [(m["q"] or "").lower(), _aux(m), "been" * bool(m["been"]),
                                  "often" * bool(m["often"]), m["verb"]]))
    how = _WATERING.get(said)
    if how is None or bool(m["span"] or m["since"]) != bool(m["been"]):
        return None
    eyes = _eye_vi(m, whose)
    if m["q"]:
        return capitalised(f"{eyes} {how if how.startswith('có') else 'có ' + how} chảy nước mắt không?")
    return capitalised(f"{eyes} {how} chảy nước mắt{_long_vi(m)}.")


def _stated_vi(text: str) -> str | None:
    """"My eyes have been itchy for a few days." as "Mắt tôi bị ngứa mấy ngày nay.", "Her eyes have been red and
    swollen for a week." as "Mắt cô ấy bị đỏ và sưng một tuần nay." (_STATED_EN); None for anything else, and a
    state said twice ("red and red": a slip)."""
    m = _STATED_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    said_states = m and [_STATES_VI[s.lower()] for s in re.split(r"\s+and\s+", m["states"])]
    if not whose or len(set(said_states)) < len(said_states):
        return None
    states = " và ".join(said_states)
    return capitalised(f"mắt {whose} bị {states} {_FOR_VI[keyed(m['span'])]}.")


def _rub_vi(text: str) -> str | None:
    """"Don't rub your eyes!" as "Đừng dụi mắt!", "Stop rubbing your eyes!" as "Đừng dụi mắt nữa!" (_RUB_EN); None
    for anything else."""
    m = _RUB_EN.fullmatch(text)
    return m and f"Đừng dụi mắt{' nữa' if m['more'] else ''}{stop(m['end'])}"
