"""Fireworks, both ways, written whole by rule: who watches them, likes them, is scared of them or their noise (a pet
too), whether there are any on a day, who sets them off (or firecrackers) and when, and how beautiful they are. v8
(the rules on) reads "pháo hoa" as a flower break and "fireworks" as fire work: "Chúng tôi sẽ đi xem pháo hoa." → "We'll
go to see flowers.", "Bạn có thích xem pháo hoa không?" → "Do you like to watch flower breaks?", "Con chó của tôi sợ
pháo hoa." → "My dog was afraid to break flowers.", "Tối nay có bắn pháo hoa không?" → "Tonight, is firefall?", "Họ
bắn pháo hoa lúc nửa đêm." → "They fired flowers at midnight.", "Pháo hoa đẹp quá!" → "The beautiful flower is too!";
"Do you like fireworks?" → "Bạn có thích hỏa không?", "Are there fireworks tonight?" → "Có công việc cháy tối nay
không?", "They set off fireworks at midnight." → "Họ lập ra các công việc hỏa hoạn lúc nửa đêm.", "The kids are setting
off firecrackers." → "Những đứa trẻ này đang tắt xe lửa.".

Taken: who (mt.hobbies.WHO, WHO_EN; mt.noise.GROUPS: "bọn trẻ", the kids; "người ta", they, but people liking or scared)
watching the fireworks (at a place of PLACES): done ("đã", a day behind), now ("đang"), ahead ("sẽ", "định", a day
ahead, "tối nay … đi xem"), denied and asked where the tense is said; who likes, loves or hates fireworks or watching
them; who or a pet is scared of fireworks or their noise; whether there are fireworks on a day (behind, tonight, this
year, ahead, New Year's Eve), asked or denied; who sets off fireworks ("bắn pháo hoa", "đốt pháo hoa") or firecrackers
("đốt pháo"): "they", "we" … with no tense word (English "set off" keeps the same doubt), past, ahead, now, and denied
or asked of a day behind; the fireworks beautiful, spectacular or noisy, now ("quá", "thật", "lắm", "!") or on a day
behind. Left: "pháo" alone ("bắn pháo": a gun, a chess piece), watching with no tense word ("Chúng tôi xem pháo hoa.":
now, or a habit?), "năm nay … đi xem" (done, or ahead?), watching done on New Year's Eve (mt/new_year.py's), "he sets
off", "Anh ấy bắn pháo hoa." (a habit, or the past?), "chúng ta", "mình" setting off with no tense (let's?), a pet
watching or liking them, asked of oneself (English "we" too: "chúng ta" or "chúng tôi"?), "anh", "chị", "em" alone
saying it, "nhỉ", "lắm" asked, "not really", "mọi người", "everyone" denied (no one, or not everyone?), "trẻ con"
liking, scared or setting off with no tense (children at large), how fireworks are with nothing to say it is now ("Pháo
hoa rất đẹp.": fireworks at large?) or with a day ahead, the fireworks asked with no day, and anything else.
mt.phrasebook.translate tries these after mt/walks.py.

    >>> translate("Con chó của tôi sợ pháo hoa.", "vi", "en"), translate("Are there fireworks tonight?", "en", "vi")
    ('My dog is scared of fireworks.', 'Tối nay có bắn pháo hoa không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, be_of, who, who_vi
from .lazy_re import LazyPattern, lazy
from .noise import GROUPS, GROUPS_VI
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI
from .text import ASKED_END, BE_EN, alternatives, be_said, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here ("pháo" alone may be a gun or a chess piece)
_KEYS = {"vi": lazy(r"(?i:pháo\s+hoa|đốt\s+pháo)"), "en": lazy(r"(?i:firework|firecracker)")}
# the days said: behind, today, ahead (mt.dates), New Year's Eve ("eve") and midnight ("time"); the first Vietnamese of
# each English is written back
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "tuần trước", "cuối tuần trước", "năm ngoái",
                  "năm trước", "tối nay", "đêm nay", "năm nay", "ngày mai", "tối mai", "tuần sau", "cuối tuần sau",
                  "năm sau") | {"đêm giao thừa": "on New Year's Eve", "vào đêm giao thừa": "on New Year's Eve",
                                "tối giao thừa": "on New Year's Eve", "lúc nửa đêm": "at midnight",
                                "vào lúc nửa đêm": "at midnight"}
_WAY = {vi: NEAR_WAY.get(vi) or ("eve" if "giao" in vi else "time") for vi in _DAYS}
_DAYS_VI = {en.lower(): vi for vi, en in reversed(_DAYS.items())}
# where they are watched or set off (the first Vietnamese of each is written back)
PLACES = {"ở bờ hồ": "by the lake", "bên bờ hồ": "by the lake", "ở bờ sông": "by the river",
          "bên bờ sông": "by the river", "trên sân thượng": "on the roof", "ở quảng trường": "in the square",
          "ở bãi biển": "on the beach", "trên bãi biển": "on the beach"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
# how they are ("Pháo hoa đẹp quá!"), and back ("loud" too)
LOOKS = {"đẹp": "beautiful", "hoành tráng": "spectacular", "ồn": "noisy"}
LOOKS_VI = {en: vi for vi, en in LOOKS.items()} | {"loud": "ồn"}
_VERY = {"quá": "so ", "lắm": "very ", "rất": "very ", "thật": "really "}  # (how beautiful)
_LIKES = {"thích": "like", "mê": "love", "ghét": "hate"}
_LIKES_VI = {"like": "thích", "hate": "ghét"}

_SUBJ = rf"(?:(?P<group>(?i:{alternatives(GROUPS)}))|(?P<people>(?i:người\s+ta))|{WHO})"
_DAY_WORDS = rf"(?i:{alternatives(_DAYS)})"
_DAY0 = rf"(?:(?P<day0>{_DAY_WORDS})\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>{_DAY_WORDS}))?"
_PLACE = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
_FW = r"(?i:pháo)\s+hoa"
_AUX = r"(?:(?P<tense>đã|sẽ|đang)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
# watching ("Hôm qua chúng tôi xem pháo hoa ở bờ hồ.", "Tối nay bạn có đi xem pháo hoa không?")
_WATCH = lazy(rf"{_DAY0}{_SUBJ}\s+{_AUX}(?P<plan>định\s+)?(?P<go>đi\s+)?(?:xem|ngắm)\s+{_FW}{_PLACE}{_DAY}{ASKED_END}")
# liking, fear ("Bạn có thích xem pháo hoa không?", "Con chó của tôi sợ pháo hoa.", "Tôi sợ tiếng pháo hoa.")
_FEEL = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?"
_LIKE = lazy(rf"{_SUBJ}\s+{_FEEL}(?P<verb>{alternatives(_LIKES)})\s+(?P<watch>(?:xem|ngắm)\s+)?{_FW}"
             rf"(?:\s+(?P<much>lắm))?{ASKED_END}")
_FEAR = lazy(rf"{_SUBJ}\s+{_FEEL}sợ\s+(?P<noise>tiếng\s+)?{_FW}(?:\s+(?P<much>lắm))?{ASKED_END}")
# whether there are ("Tối nay có bắn pháo hoa không?", "Năm nay không bắn pháo hoa.")
_THERE = lazy(rf"{_DAY0}(?:(?P<place0>(?i:{alternatives(PLACES)}))\s+)?(?:(?P<will>sẽ)\s+)?(?:(?P<has>có)|"
              rf"(?P<not>không(?:\s+có)?))\s+(?:bắn\s+)?{_FW}{_PLACE}{_DAY}{ASKED_END}")
# who sets them off ("Họ bắn pháo hoa lúc nửa đêm.", "Bọn trẻ đang đốt pháo.")
_SET_OFF = lazy(rf"{_DAY0}{_SUBJ}\s+{_AUX}(?:(?P<fire>bắn|đốt)\s+{_FW}|(?P<crackers>đốt\s+pháo)){_PLACE}{_DAY}"
                rf"{ASKED_END}")
# how they are ("Pháo hoa đẹp quá!", "Pháo hoa tối qua có đẹp không?")
_HOW = lazy(rf"{_FW}(?:\s+(?P<day>{_DAY_WORDS}))?\s+(?:(?P<ask>có)\s+|(?P<very>rất|thật)\s+)?"
            rf"(?P<look>(?i:{alternatives(LOOKS)}))(?:\s+(?P<much>quá|lắm|thật))?{ASKED_END}")

# ... in English
_SUBJ_EN = rf"(?:(?P<group>(?i:{alternatives(GROUPS_VI)}))|{WHO_EN})"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_PLACE_EN = rf"(?:\s+(?P<place>{alternatives(PLACES_VI)}))?"
_AUX_EN = rf"(?P<aux>{BE_EN}(?:\s+not|n't)?|\s+did\s+not|\s+didn't|\s+will|'ll|\s+won't)?"
_WATCH_EN = lazy(rf"(?:(?P<q>Did|Are|Is|Am)\s+)?{_SUBJ_EN}{_AUX_EN}\s+(?P<verb>watched|watching|watch|going\s+to\s+"
                 rf"watch|went\s+to\s+watch|go\s+to\s+watch)\s+the\s+fireworks{_PLACE_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_SUBJ_EN}(?:\s+(?P<not>don't|doesn't|do\s+not|does\s+not))?"
                r"(?:\s+(?P<very>really))?\s+(?P<verb>likes?|loves?|hates?|enjoys?)\s+"
                r"(?P<watch>watching\s+|to\s+watch\s+)?fireworks\s*(?P<end>[.!?]*)")
_FEAR_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{_SUBJ_EN}(?:{BE_EN}(?P<not>\s+not|n't)?)?(?:\s+(?P<very>really|very))?"
                r"\s+(?:scared|afraid|frightened)\s+of\s+(?P<noise>the\s+(?:noise|sound)\s+of\s+)?fireworks"
                r"\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(r"(?:(?P<q>Are|Were|Is|Was|Will)\s+there|There(?P<aux>\s+are|\s+were|\s+is|\s+was|'s|\s+will|'ll))"
                 r"(?P<be2>\s+be)?(?:\s+(?P<any>any|no))?\s+(?:(?P<many>fireworks)|a\s+fireworks\s+display)"
                 rf"{_PLACE_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_SET_OFF_EN = lazy(rf"(?:(?P<q>Did|Are|Is)\s+)?{_SUBJ_EN}{_AUX_EN}\s+(?P<verb>set|sets|setting|let|lets|"
                   rf"letting)\s+off\s+(?P<what>fireworks|firecrackers){_PLACE_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_LOOK_EN = alternatives(LOOKS_VI)
# "everyone" denied: no one, or not everyone? ("Everyone doesn't like fireworks.")
_EVERYONE_NOT = lazy(r"(?i:\bevery(?:one|body)\b.*(?:n't|\bnot\b))")
# who asked of is not asked in English: "I", and "we" ("chúng ta", with the one asked, or "chúng tôi", without?)
_SELF = ("tôi", "chúng tôi")
_HOW_EN = lazy(rf"(?:The\s+fireworks{_DAY_EN}\s+(?P<be>are|were)(?:\s+(?P<very>so|really|very))?\s+"
               rf"(?P<look>{_LOOK_EN})|What\s+(?:a\s+(?P<look2>{_LOOK_EN})\s+fireworks\s+display|"
               rf"(?P<look3>{_LOOK_EN})\s+fireworks))\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of fireworks watched, liked, feared, had on a day, set off, or how they are;
    None for any other."""
    if src == "vi":
        return _watch(text) or _like(text) or _fear(text) or _there(text) or _set_off(text) or _how(text)
    if _EVERYONE_NOT.search(text := text.replace("’", "'")):
        return None
    return _watch_vi(text) or _like_vi(text) or _fear_vi(text) or _there_vi(text) or _set_off_vi(text) or \
        _how_vi(text)


def _asked(pattern: LazyPattern, text: str) -> tuple[re.Match | None, bool | None]:
    """The full match of a Vietnamese sentence, and whether it asks ("có … không?"), False said; None for no match, and
    where "?" and "không" disagree, "có" is said without "không?", or "không" is both."""
    if not (m := pattern.fullmatch(text)):
        return None, None
    asked, groups = bool(m["asked"]), m.groupdict()
    wrong = asked != ("?" in m["end"]) or groups.get("ask") and not asked or asked and groups.get("not")
    return m, (None if wrong else asked)


def _subject(m: re.Match, asked: bool, pets: bool = False, general: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ in English, and whether one ("she does"): "the kids", "they" ("người ta"), or
    mt.hobbies.who; None for a pet but where `pets`, for "I" asked, and for "mọi người" denied (not everyone?). Where
    `general` (a liking, a fear: of anyone at large), "người ta" is "people" and "trẻ con" None (children at large)."""
    if m["group"]:
        group = keyed(m["group"])
        if group == "mọi người" and m["not"] or group == "trẻ con" and general:
            return None
        return GROUPS[group]
    said = ("people" if general else "they", False) if m["people"] else who(m, asked)
    if said is None or asked and said[0] == "I" or not pets and animal(m):
        return None
    return said


def _be(who_: str, one: bool) -> str:
    """"am", "is" or "are" after who in English."""
    return "am" if who_ == "I" else "is" if one else "are"


def _day(m: re.Match) -> tuple[str, str | None] | None:
    """The day of a Vietnamese match in English with a space before it, and its way ("behind", "today", "ahead",
    "eve", "time"): (" last night", "behind"); ("", None) for none; None for two days."""
    if m["day0"] and m["day"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    return (f" {_DAYS[day]}", _WAY[day]) if day else ("", None)


def _place(m: re.Match, lang: str = "vi") -> str:
    """The place of a match in the other language, with a space before it: " by the lake", " ở bờ hồ"; "" for none."""
    return f" {(PLACES if lang == 'vi' else PLACES_VI)[keyed(m['place'])]}" if m["place"] else ""


def _lets(m: re.Match) -> bool:
    """Whether who of a match is "chúng ta" or "mình", who may suggest ("Tối mai chúng ta đi xem pháo hoa.": let's)."""
    return keyed(m["who"] or "") in ("chúng ta", "mình")


def _watch(text: str) -> str | None:
    """"Hôm qua chúng tôi xem pháo hoa." as "We watched the fireworks yesterday.", "Tối nay bạn có đi xem pháo hoa
    không?" as "Are you going to watch the fireworks tonight?" (_WATCH); None for any other, and with no tense said."""
    m, asked = _asked(_WATCH, text)
    said = None if asked is None or (day := _day(m)) is None else _subject(m, asked)
    if said is None:
        return None
    (who_, one), (on, way), tense = said, day, keyed(m["tense"] or "")
    be, rest = _be(who_, one), f"the fireworks{_place(m)}{on}"
    if tense == "đang":
        return None if asked or m["not"] or m["go"] or m["plan"] or way else \
            capitalised(contracted(who_, f"{be} watching {rest}."))
    if tense == "đã" or not tense and way == "behind":
        if asked and tense or m["not"] and way != "behind" or m["plan"] or way not in (None, "behind", "time"):
            return None
        watch = "go to watch" if m["go"] else "watch"  # ("đi xem": went to watch)
        if asked or m["not"]:
            return f"Did {who_} {watch} {rest}?" if asked else capitalised(f"{who_} didn't {watch} {rest}.")
        return capitalised(f"{who_} {'went to watch' if m['go'] else 'watched'} {rest}.")
    # (a plan: "định", a day ahead, "tối nay … đi xem"; not "năm nay … đi xem" (done), nor "chúng ta đi xem" (let's))
    plan = m["plan"] and way != "behind" or (way == "ahead" or on == " tonight" and m["go"]) and not _lets(m)
    if tense == "sẽ" and way != "behind" and not asked or not tense and plan:
        if asked:
            return f"{be.capitalize()} {who_} going to watch {rest}?"
        return capitalised(contracted(who_, f"{be}{' not' * bool(m['not'])} going to watch {rest}."))
    return None


def _like(text: str) -> str | None:
    """"Tôi thích pháo hoa." as "I like fireworks.", "Bạn có thích xem pháo hoa không?" as "Do you like watching
    fireworks?" (_LIKE); None for any other, and for a pet."""
    m, asked = _asked(_LIKE, text)
    # ("không … lắm": not very much; "có … lắm không?": a lot? English would drop it)
    said = None if asked is None or (m["not"] or asked) and m["much"] else _subject(m, asked, general=True)
    if said is None:
        return None
    who_, one = said
    verb, what = _LIKES[keyed(m["verb"])], f"{'watching ' * bool(m['watch'])}fireworks"
    very = "really " if (m["very"] or m["much"]) and not (asked or m["not"]) else ""
    return present(who_, one, verb, what, asked, bool(m["not"]), None if m["not"] else m["end"], very)


def _fear(text: str) -> str | None:
    """"Con chó của tôi sợ pháo hoa." as "My dog is scared of fireworks.", "Tôi sợ tiếng pháo hoa." as "I'm scared of
    the noise of fireworks." (_FEAR); None for any other."""
    m, asked = _asked(_FEAR, text)
    said = None if asked is None or (m["not"] or asked) and m["much"] else _subject(m, asked, pets=True, general=True)
    if said is None:
        return None
    who_, one = said
    be, what = _be(who_, one), f"scared of {'the noise of ' * bool(m['noise'])}fireworks"
    if asked:
        return f"{be.capitalize()} {who_} {what}?"
    if m["not"]:
        said = contracted(who_, f"{be} not {what}.")
        return capitalised(said if who_ in ("I", "you", "we", "they", "he", "she") else f"{who_} {be}n't {what}.")
    very = "really " if m["very"] or m["much"] else ""
    return capitalised(contracted(who_, f"{be} {very}{what}{stop(m['end'])}"))


def _there(text: str) -> str | None:
    """"Tối nay có bắn pháo hoa không?" as "Are there fireworks tonight?", "Năm ngoái không có pháo hoa." as "There were
    no fireworks last year." (_THERE); None for any other, with no day, or with two places."""
    m, asked = _asked(_THERE, text)
    day = None if asked is None or m["place0"] and m["place"] else _day(m)
    if day is None or day[1] in (None, "time") or m["will"] and day[1] == "behind":
        return None
    on, way = day
    place = f" {PLACES[keyed(m['place0'])]}" if m["place0"] else _place(m)
    what = f"{'no ' * bool(m['not'])}fireworks{place}{on}"
    if way == "behind":
        return f"Were there {what}?" if asked else f"There were {what}."
    if way == "ahead" or m["will"]:
        return f"Will there be {what}?" if asked else f"There will be {what}."
    return f"Are there {what}?" if asked else f"There are {what}."


def _set_off(text: str) -> str | None:
    """"Họ bắn pháo hoa." as "They set off fireworks.", "Bọn trẻ đang đốt pháo." as "The kids are setting off
    firecrackers." (_SET_OFF); None for any other, "bắn pháo" (a gun), and "Anh ấy bắn pháo hoa." (a habit, or the
    past?)."""
    m, asked = _asked(_SET_OFF, text)
    said = None if asked is None or (day := _day(m)) is None else _subject(m, asked)
    if said is None:
        return None
    (who_, one), (on, way), tense = said, day, keyed(m["tense"] or "")
    rest = f"off {'firecrackers' if m['crackers'] else 'fireworks'}{_place(m)}{on}"
    if tense == "đang":
        return None if asked or m["not"] or way else capitalised(contracted(who_, f"{_be(who_, one)} setting {rest}."))
    if tense == "sẽ" or not tense and way == "ahead":
        if asked or way == "behind" or not tense and _lets(m):
            return None
        return capitalised(f"{who_} won't set {rest}." if m["not"] else contracted(who_, f"will set {rest}."))
    if asked or m["not"]:  # (did, or does? said only of a day behind)
        if tense or way != "behind":
            return None
        return f"Did {who_} set {rest}?" if asked else capitalised(f"{who_} didn't set {rest}.")
    # "set" is past and present alike, but for one ("sets"): the past said only by "đã" or a day
    if way == "today" or one and not tense and way != "behind" or tense == "đã" and way == "ahead":
        return None
    # (with no tense nor day behind: "Chúng ta bắn pháo hoa.", let's?; "Trẻ con đốt pháo.", children at large)
    if not tense and way != "behind" and (_lets(m) or keyed(m["group"] or "") == "trẻ con"):
        return None
    return capitalised(f"{who_} set {rest}.")


def _how(text: str) -> str | None:
    """"Pháo hoa đẹp quá!" as "The fireworks are so beautiful!", "Pháo hoa tối qua có đẹp không?" as "Were the fireworks
    last night beautiful?" (_HOW); None for any other, a day not behind, and asked with no day."""
    m, asked = _asked(_HOW, text)
    day = keyed(m["day"] or "") if asked is not None else None
    if day is None or day and _WAY[day] != "behind" or asked and (not day or m["much"]) or m["very"] and m["much"]:
        return None
    # (with no day, only "quá", "thật", "lắm" or "!" say these fireworks now: "Pháo hoa rất đẹp." may be any)
    if not day and not (m["much"] or keyed(m["very"] or "") == "thật" or "!" in m["end"]):
        return None
    look, on = LOOKS[keyed(m["look"])], f" {_DAYS[day]}" if day else ""
    if asked:
        return f"Were the fireworks{on} {look}?"
    very = _VERY.get(keyed(m["very"] or m["much"] or ""), "")
    return f"The fireworks{on} {'were' if day else 'are'} {very}{look}{stop(m['end'])}"


def _subject_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _SUBJ_EN in Vietnamese, and whether one: "bọn trẻ", "mọi người" (one), "con chó của tôi" for
    "my dog", or mt.hobbies.who_vi."""
    if m["group"]:
        group = keyed(m["group"])
        return GROUPS_VI[group], group in ("everyone", "everybody")
    if animal(m):  # ("Con chó của tôi", as Vietnamese says a pet's)
        return f"{KIN_VI[m['kin'].lower()]} của {WHOSE_VI[m['whose'].lower()]}", True
    return who_vi(m)


def _day_vi(m: re.Match) -> tuple[str, str | None]:
    """The day of an English match in Vietnamese, with a space after it, and its way: ("Tối qua ", "behind");
    ("", None) for none."""
    if not m["day"]:
        return "", None
    day = _DAYS_VI[keyed(m["day"])]
    return f"{day} ", _WAY[day]


def _aux(m: re.Match) -> str:
    """The auxiliary of an English match as one form: "be", "be not", "did not", "will", "will not"; "" for none."""
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    if m["be"]:
        return "be not" if aux.endswith("not") else "be"
    return {"wo not": "will not", "'ll": "will"}.get(aux, aux)  # ("won't", "didn't" written out)


def _watch_vi(text: str) -> str | None:
    """"We watched the fireworks." as "Chúng tôi đã xem pháo hoa.", "We're going to watch the fireworks." as "Chúng tôi
    sẽ đi xem pháo hoa." (_WATCH_EN); None for any other, where the verb disagrees, and "did" with no day behind."""
    m = _WATCH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    who_, one = _subject_vi(m)
    q, aux, verb, (day, way) = (m["q"] or "").lower(), _aux(m), " ".join(m["verb"].split()), _day_vi(m)
    be = q if q in ("are", "is", "am") else m["be"]
    if be and be_said(be) != be_of(who_, one) or who_ in _SELF and q or animal(m):
        return None
    said = f"{'đi ' * verb.startswith(('went', 'go to'))}xem pháo hoa{_place(m, 'en')}"
    verb = {"went to watch": "watched", "go to watch": "watch"}.get(verb, verb)
    if verb == "watched" and not (q or aux) and way in (None, "behind", "time"):
        return capitalised(f"{day}{who_} {'đã ' * (way != 'behind')}{said}{stop(m['end'])}")
    if verb == "watch" and (q == "did" or aux == "did not") and way == "behind":
        return capitalised(f"{day}{who_} có {said} không?" if q else f"{day}{who_} không {said}.")
    if verb == "going to watch" and be and way != "behind":
        if q:
            return capitalised(f"{day}{who_} có định đi {said} không?")
        return capitalised(f"{day}{who_} sẽ {'không ' * (aux == 'be not')}đi {said}.")
    if verb == "watch" and aux in ("will", "will not") and way != "behind":
        return capitalised(f"{day}{who_} sẽ {'không ' * (aux == 'will not')}{said}.")
    if verb == "watching" and aux == "be" and not (q or way):
        return capitalised(f"{who_} đang {said}.")
    return None


def _like_vi(text: str) -> str | None:
    """"Do you like watching fireworks?" as "Bạn có thích xem pháo hoa không?", "She loves fireworks." as "Cô ấy rất
    thích pháo hoa." (_LIKE_EN); None for any other, where the verb does not agree, and for a pet."""
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["not"] or m["very"]) or animal(m):
        return None
    who_, one = _subject_vi(m)
    does = (m["q"] or m["not"] or "").lower()
    s_form, verb = m["verb"].endswith("s"), m["verb"].lower().rstrip("s").replace("enjoy", "like")
    if does and (s_form or does.startswith("does") != one) or not does and s_form != one or who_ in _SELF and m["q"]:
        return None
    # (not "rất thích" denied or made more; "don't really like": "không thích lắm", not "không rất thích")
    if m["very"] and m["not"] or verb == "love" and (m["very"] or m["not"]):
        return None
    said = f"{'rất thích' if verb == 'love' else 'rất ' * bool(m['very']) + _LIKES_VI[verb]} " \
           f"{'xem ' * bool(m['watch'])}pháo hoa"
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{said}{stop(m['end'])}")


def _fear_vi(text: str) -> str | None:
    """"My dog is scared of fireworks." as "Con chó của tôi sợ pháo hoa.", "Is your cat afraid of fireworks?" as "Con
    mèo của bạn có sợ pháo hoa không?" (_FEAR_EN); None for any other, and where "is", "are" does not agree."""
    m = _FEAR_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or \
            m["q"] and (m["not"] or m["very"]) or m["not"] and m["very"]:
        return None
    who_, one = _subject_vi(m)
    if be_said(m["q"] or m["be"]) != be_of(who_, one) or who_ in _SELF and m["q"]:
        return None
    said = f"sợ {'tiếng ' * bool(m['noise'])}pháo hoa"
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{'rất ' * bool(m['very'])}{said}{stop(m['end'])}")


def _there_vi(text: str) -> str | None:
    """"Are there fireworks tonight?" as "Tối nay có bắn pháo hoa không?", "There were no fireworks last year." as "Năm
    ngoái không bắn pháo hoa." (_THERE_EN); None for any other, with no day, and where the tense or "is" disagrees."""
    m = _THERE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    be, (day, way), anyway = " ".join((m["q"] or m["aux"]).lower().split()), _day_vi(m), (m["any"] or "").lower()
    be = {"'s": "is", "'ll": "will"}.get(be, be)
    if (be == "will") != bool(m["be2"]) or way in (None, "time") or (way == "behind") != (be in ("were", "was")) or (
            be in ("is", "was")) == bool(m["many"]) or anyway and (anyway == "any") != bool(m["q"]):
        return None
    said = f"bắn pháo hoa{_place(m, 'en')}"
    if m["q"]:
        return capitalised(f"{day}có {said} không?")
    return capitalised(f"{day}không {said}." if anyway else f"{day}{'sẽ ' * (be == 'will')}có {said}.")


def _set_off_vi(text: str) -> str | None:
    """"They set off fireworks." as "Họ bắn pháo hoa.", "The kids are setting off firecrackers." as "Bọn trẻ đang đốt
    pháo." (_SET_OFF_EN); None for any other, where the verb does not agree, and "He sets off fireworks." (a habit)."""
    m = _SET_OFF_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or animal(m):
        return None
    who_, one = _subject_vi(m)
    q, aux, verb, (day, way) = (m["q"] or "").lower(), _aux(m), m["verb"].lower(), _day_vi(m)
    be = q if q in ("are", "is") else m["be"]
    if be and be_said(be) != be_of(who_, one) or who_ in _SELF and q:
        return None
    said = f"{'đốt pháo' if m['what'] == 'firecrackers' else 'bắn pháo hoa'}{_place(m, 'en')}"
    time = way in ("time", "eve")  # (said after: "lúc nửa đêm"; a day before who)
    at, day = (f" {day.strip()}", "") if way == "time" else ("", day)
    if verb in ("setting", "letting") and be and not way and aux != "be not":  # (not "không đang")
        return capitalised(f"{who_} có đang {said} không?" if q else f"{who_} đang {said}.")
    if verb not in ("set", "let") or be:
        return None
    if (q == "did" or aux == "did not") and way == "behind":
        return capitalised(f"{day}{who_} có {said} không?" if q else f"{day}{who_} không {said}.")
    if aux in ("will", "will not") and way != "behind":
        return capitalised(f"{day}{who_} sẽ {'không ' * (aux == 'will not')}{said}{at}.")
    if q or aux or way in ("today", "ahead"):
        return None
    past = "đã " if one and not way or one and time else ""  # (one "set", not "sets": done)
    return capitalised(f"{day}{who_} {past}{said}{at}{stop(m['end'])}")


def _how_vi(text: str) -> str | None:
    """"What beautiful fireworks!" as "Pháo hoa đẹp quá!", "The fireworks last night were beautiful." as "Pháo hoa tối
    qua đẹp." (_HOW_EN); None for any other, "were" with no day behind, "are" with a day behind, and a day ahead."""
    m = _HOW_EN.fullmatch(text)
    day, way = _day_vi(m) if m else ("", None)
    if not m or way == "ahead" or m["be"] and (m["be"] == "were") != (way == "behind"):  # (not yet seen)
        return None
    look, end = LOOKS_VI[m["look"] or m["look2"] or m["look3"]], stop(m["end"])
    very = m["very"] or ("so" if end == "!" else "")  # ("!": "quá", as Vietnamese exclaims it)
    said = {"very": f"rất {look}", "so": f"{look} quá", "really": f"{look} thật"}.get(very, look)
    return f"Pháo hoa{' ' + day.strip() if day else ''} {said}{end}"
