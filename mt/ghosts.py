"""Ghosts, both ways, written whole by rule: a haunted house, sleep paralysis, dreaming of a ghost, ghost stories told,
and ghost or horror films watched, liked or not dared. v8 (rules on) reads "ma" as mad or marry, "bóng đè" as
overwhelmed, "mơ thấy" as a dream had, and "haunted" and "sleep paralysis" not at all: "Nhà tôi có ma." → "My house
has mad.", "Ngôi nhà này có ma." → "This house is marvelant.", "Căn nhà đó bị ma ám." → "That house was implying.",
"Tôi bị bóng đè." → "I'm overwhelmed.", "Tôi nằm mơ thấy ma." → "I lay a dream.", "Đừng kể chuyện ma nữa." → "Don't
tell marry.", "Tôi không dám xem phim ma." → "I'm not going to watch the movie."; and back, "Our house is haunted." →
"Nhà của chúng tôi bị haunted.", "Is your house haunted?" → "Nhà của bạn có ha ngủ không?", "I had sleep paralysis
last night." → "Tôi đã ngủ tê liệt tối qua.", "Stop telling ghost stories." → "Dừng nói chuyện ma cà rồng.", "I don't
dare watch horror films." → "Tôi không nản lòng xem phim kinh hoàng.".

Taken: a house, a room, a hotel … (_PLACES) with whose (mt.hobbies.OWNER) or "này", "đó" that is haunted ("có ma",
"bị ma ám"), or not, asked, and what "nghe nói" or "người ta nói" of it; who (mt.hobbies.WHO, WHO_EN; no pet) had
sleep paralysis ("bị bóng đè") or dreamt about a ghost ("mơ thấy ma"): as said, on a day behind (_DAYS), just, again,
not on a day, asked on a day, often or never (mt.hobbies.SELDOM), asked so, not any more, ever asked, never, before;
who often tells ghost stories (to whom), asked, or told them on a day; "Đừng kể chuyện ma (nữa)."; "Kể chuyện ma cho
tôi nghe đi."; who doesn't dare watch ghost or horror films, asked, likes, loves, hates them, often watches them;
"Chúng ta xem phim ma đi.". Left: believing in ghosts (mt/lies.py's), being afraid of them (mt/fears.py's), dreams of
anyone (mt/dreams.py's), bulbs (mt/bulbs.py's "bóng đèn"), "ma túy", "ma sát", a house with no whose ("Nhà có ma."),
"the house" (which?), "Bạn có bị bóng đè không?" and "không" with no day (did, or do?), and "didn't" with no day, a
habit with "nữa" or "chưa", stories told or films watched with no day or habit ("Bà tôi kể chuyện ma.": now, or
once?), stories told to oneself, "her ghost stories" (to her, or hers?), "Tôi dám …", "anh", "chị", "em" alone saying
it, asking oneself, a "?" on a statement, "à?", a pet as who or whose, English whose verb does not agree, and anything
else.
mt.phrasebook.translate tries these after mt/reunions.py.

    >>> translate("Nhà tôi có ma.", "vi", "en"), translate("I had sleep paralysis last night.", "en", "vi")
    ('My house is haunted.', 'Đêm qua tôi bị bóng đè.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, person_of, pet,
                      someone)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_OBJECT, SOFTENED_END, alternatives, capitalised, contracted, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:\bma\b|bóng\s+đè|kinh\s+dị)"), "en": lazy(r"(?i:haunted|ghost|sleep\s+paralysis|horror)")}
# days behind (the first Vietnamese of each English is written back: "last night" as "đêm qua", the night's own)
_DAYS = near_days("đêm qua", "tối qua", "tối hôm qua", "hôm qua", "hôm kia", "tuần trước")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# places haunted (English; Vietnamese with whose, with "này" or "đó": the first of each is written back)
_PLACES = {"nhà": "house", "ngôi nhà": "house", "căn nhà": "house", "phòng": "room", "căn phòng": "room",
           "khách sạn": "hotel", "trường": "school", "ngôi trường": "school", "bệnh viện": "hospital",
           "tòa nhà": "building", "lâu đài": "castle"}
_PLACES_VI = {"house": ("nhà", "ngôi nhà"), "room": ("phòng", "căn phòng"), "hotel": ("khách sạn", "khách sạn"),
              "school": ("trường", "ngôi trường"), "hospital": ("bệnh viện", "bệnh viện"),
              "building": ("tòa nhà", "tòa nhà"), "castle": ("lâu đài", "tòa lâu đài")}
_SAY = {"nghe nói": "I've heard", "người ta nói": "They say", "người ta bảo": "They say"}
_SAY_VI = {"i've heard": "Nghe nói", "i heard": "Nghe nói", "they say": "Người ta nói", "people say": "Người ta nói"}
_FILMS = {"ma": "ghost films", "kinh dị": "horror films"}
_LIKE = {"thích": "like", "rất thích": "like", "mê": "love", "ghét": "hate"}
_LIKE_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
# what happened, by its Vietnamese verb: the English past, the base, and the base of a habit with what follows it
_WHAT = {"bóng đè": ("had", "have", "get", "sleep paralysis", "sleep paralysis"),
         "mơ": ("dreamt", "dream", "dream", "about a ghost", "about ghosts")}

_DAY = rf"(?i:{alternatives(_DAYS)})"
_HAUNTED = lazy(rf"(?:(?P<say>(?i:{alternatives(_SAY)}))\s+)?(?P<place>(?i:{alternatives(_PLACES)}))\s+(?:(?:của\s+)?"
                rf"{OWNER}|(?P<this>này|đó|ấy|kia))\s+(?:(?P<not>không)\s+)?(?:(?P<has>có)\s+ma|(?:(?P<ask>có)\s+)?"
                rf"bị\s+ma\s+ám){ASKED_END}")
# sleep paralysis or a ghost dreamt ("Đêm qua tôi bị bóng đè.", "Bạn có hay mơ thấy ma không?")
_HAPPENED = lazy(rf"(?:(?P<day0>{_DAY})\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?"
                 r"(?:(?P<aux>đã\s+bao\s+giờ|bao\s+giờ|chưa\s+bao\s+giờ|đã\s+từng|từng|vừa\s+mới|vừa|mới|đã|lại|"
                 r"không)\s+)?(?:bị\s+(?P<what>bóng\s+đè)|(?:nằm\s+)?(?P<dream>mơ)\s+thấy\s+ma)"
                 rf"(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<tail>không|chưa|nữa))?{SOFTENED_END}")
_STORIES = lazy(rf"(?:(?P<day0>{_DAY})\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?"
                rf"(?:(?P<did>đã)\s+)?kể\s+(?:những\s+)?(?:câu\s+)?chuyện\s+ma(?:\s+cho\s+{WHOM}\s+nghe)?"
                rf"(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
_DONT = lazy(r"(?:(?:Bạn|Các\s+bạn|Mọi\s+người)\s+)?(?i:đừng)\s+kể\s+(?:những\s+)?(?:câu\s+)?chuyện\s+ma"
             rf"(?:\s+(?P<more>nữa))?(?:\s+(?:đi|mà))?{SOFTENED_END}")
_TELL = lazy(rf"(?:Bạn\s+)?(?i:kể)\s+(?:một\s+)?(?:câu\s+)?chuyện\s+ma\s+cho\s+{WHOM}\s+nghe\s+(?:đi|với)"
             rf"{SOFTENED_END}")
_FILMS_VI = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?"
                 rf"(?:(?P<verb>dám|{alternatives(_LIKE)})\s+)?(?P<watch>xem\s+)?(?:những\s+)?phim\s+"
                 rf"(?P<kind>ma|kinh\s+dị)(?:\s+(?P<much>lắm))?{ASKED_END}")
_LETS = lazy(r"Chúng\s+ta\s+(?:cùng\s+)?xem\s+(?:một\s+)?(?:bộ\s+)?phim\s+(?P<kind>ma|kinh\s+dị)\s+(?:đi|nhé)"
             r"\s*(?P<end>[.!]*)")

# ... in English
_DAY_EN = rf"(?P<day>{alternatives(_DAYS_VI)})"
_WHERE_EN = (rf"(?:(?P<det>(?i:this|that|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<place>{alternatives(_PLACES_VI)})")
_HAUNTED_EN = lazy(rf"(?:(?P<say>(?i:{alternatives(_SAY_VI)}))(?:\s+that)?\s+)?(?:(?P<q>Is)\s+|(?P<there>There's|"
                   rf"There\s+is|Is\s+there)\s+a\s+ghost\s+in\s+)?{_WHERE_EN}(?:(?P<be>\s+is(?:\s+not|n't)?|'s)?\s+"
                   r"(?P<haunted>haunted))?\s*(?P<end>[.!?]*)")
_HAPPENED_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|did)\s+not|"
                    r"\s+(?:don|doesn|didn)['’]t|\s+(?:have|has)|['’]ve|['’]s)?(?:\s+(?P<adv>often|usually|sometimes|"
                    r"rarely|never|always|just|ever))?\s+(?P<verb>had|have|has|get|gets|got|dreamt|dreamed|dream|"
                    r"dreams)\s+(?P<what>sleep\s+paralysis|(?:about|of)\s+(?:a\s+ghost|ghosts))(?:\s+(?P<again>again))?"
                    rf"(?:\s+(?P<before>before))?(?:\s+{_DAY_EN})?(?:\s+(?P<more>any\s*more))?\s*(?P<end>[.!?]*)")
_STORIES_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<adv>often|usually|sometimes|always|rarely))?\s+"
                   rf"(?P<verb>tells?|told)\s+(?:{WHOM_EN}\s+)?(?P<stories>ghost\s+stories|a\s+ghost\s+story)"
                   rf"(?:\s+{_DAY_EN})?\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(r"(?:Please\s+)?(?:(?P<dont>(?i:don't|do\s+not))\s+tell|(?P<stop>(?i:stop))\s+telling)\s+"
                r"ghost\s+stories(?:\s+(?P<more>any\s*more))?\s*(?P<end>[.!]*)")
_TELL_EN = lazy(rf"(?:Please\s+)?[Tt]ell\s+{WHOM_EN}\s+a\s+ghost\s+story(?:,?\s+please)?\s*(?P<end>[.!]*)")
_FILMS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                 r"(?:\s+(?P<adv>really|often|usually|sometimes|rarely|never|always))?\s+(?P<verb>dare|dares|like|"
                 r"likes|love|loves|hate|hates|enjoy|enjoys|watch|watches)\s+(?:(?P<watch>to\s+watch|watch|watching)"
                 r"\s+)?(?P<kind>ghost|horror)\s+(?:films|movies)\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(r"Let['’]s\s+watch\s+a\s+(?P<kind>ghost|horror)\s+(?:film|movie)\s*(?P<end>[.!]*)")
_KIND_VI = {"ghost": "ma", "horror": "kinh dị"}
_BASES = {"dares": "dare", "likes": "like", "loves": "love", "hates": "hate", "enjoys": "enjoy", "watches": "watch"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a haunted place, sleep paralysis, a ghost dreamt, ghost stories told, or ghost
    or horror films watched, liked or not dared; None for any other."""
    if src == "vi":
        return _haunted(text) or _happened(text) or _stories(text) or _films(text)
    text = text.replace("’", "'")
    return _haunted_vi(text) or _happened_vi(text) or _stories_vi(text) or _films_vi(text)


def _said_asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?": groups "ask", "asked", "end"), False said; None for "có" or
    "không?" alone, or a "?" on a statement."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or bool(m["ask"]) != asked else asked


def _haunted(text: str) -> str | None:
    """"Nhà tôi có ma." as "My house is haunted.", "Căn phòng này bị ma ám." as "This room is haunted.", "Nhà bạn có ma
    không?" as "Is your house haunted?", "Nghe nói ngôi nhà đó có ma." as "I've heard that house is haunted."
    (_HAUNTED); None for anything else."""
    m = _HAUNTED.fullmatch(text)
    if not m:
        return None
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["not"] or m["say"]):
        return None
    if m["this"]:
        whose = "this" if keyed(m["this"]) == "này" else "that"
    else:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
        whose = whose and (whose if m["owner"] else f"{whose}'s")
    if not whose or pet(m["someone"], "vi"):  # (a pet's house: "Nhà con mèo của tôi", a kennel?)
        return None
    place = f"{whose} {_PLACES[keyed(m['place'])]}"
    if asked:
        return f"Is {place} haunted?"
    said = f"{place} {'is not' if m['not'] else 'is'} haunted".replace("is not", "isn't")
    return capitalised(f"{_SAY[keyed(m['say'])]} {said}" if m["say"] else said) + stop(m["end"])


def _happened(text: str) -> str | None:
    """"Đêm qua tôi bị bóng đè." as "I had sleep paralysis last night.", "Tôi nằm mơ thấy ma." as "I dreamt about a
    ghost.", "Tôi hay bị bóng đè." as "I often get sleep paralysis.", "Bạn đã bao giờ bị bóng đè chưa?" as "Have you
    ever had sleep paralysis?" (_HAPPENED); None for anything else, and with no day where the tense is not read."""
    m = _HAPPENED.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    tail, asked = keyed(m["tail"] or ""), "?" in m["end"]
    if asked != (tail in ("không", "chưa")) or m["ask"] and tail != "không":
        return None
    said = person_of(m, asked)
    if said is None:
        return None
    who_, one = said
    past, base, habit, what, whats = _WHAT["mơ" if m["dream"] else "bóng đè"]
    aux, seldom = keyed(m["aux"] or ""), SELDOM.get(keyed(m["seldom"] or ""))
    day = _DAYS.get(keyed(m["day0"] or m["day"] or ""))
    when = f" {day}" if day else ""
    if seldom:  # (a habit: no day, no aux, no "nữa" (never again? any more?) nor "chưa"; never asked)
        if day or aux or tail not in ("", "không") or asked and seldom in ("never", "always"):
            return None
        return present(who_, one, habit, whats, asked, end=m["end"], adverb=f"{seldom} ")
    if asked:
        if (aux, tail) in (("đã bao giờ", "chưa"), ("bao giờ", "không")) and not day:
            ever = (aux == "bao giờ") == bool(m["ask"])
            return f"{'Has' if one else 'Have'} {who_} ever {past} {what}?" if ever else None
        return f"Did {who_} {base} {what}{when}?" if m["ask"] and not aux and day else None
    if tail == "nữa":  # ("Tôi không bị bóng đè nữa.": not any more)
        return None if aux != "không" or day else present(who_, one, habit, f"{whats} any more", denied=True)
    end = stop(m["end"])
    if aux in ("", "đã", "lại"):
        return capitalised(f"{who_} {past} {what}{' again' * (aux == 'lại')}{when}{end}")
    if day:  # (just, never, before: no day)
        return capitalised(f"{who_} didn't {base} {what}{when}{end}") if aux == "không" else None
    if aux in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{who_} just {past} {what}{end}")
    if aux == "chưa bao giờ":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} never {past} {what}{end}"))
    if aux in ("từng", "đã từng"):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {past} {what} before{end}"))
    return None


def _stories(text: str) -> str | None:
    """"Bà tôi hay kể chuyện ma." as "My grandmother often tells ghost stories.", "Tối qua bố tôi kể chuyện ma cho
    chúng tôi nghe." as "My father told us ghost stories last night." (_STORIES), "Đừng kể chuyện ma nữa." as "Stop
    telling ghost stories." (_DONT), "Kể chuyện ma cho tôi nghe đi." as "Tell me a ghost story." (_TELL); None for
    anything else, and stories told with no day or habit."""
    if m := _DONT.fullmatch(text):
        return None if "?" in m["end"] else "Stop telling ghost stories." if m["more"] else "Don't tell ghost stories."
    if m := _TELL.fullmatch(text):
        whom = as_whom(m["whom"], "vi")
        return None if "?" in m["end"] or whom in (None, "you") else f"Tell {whom} a ghost story."
    m = _STORIES.fullmatch(text)
    if not m or m["day0"] and m["day"] or (asked := _said_asked(m)) is None:
        return None
    said, whom = person_of(m, asked), as_whom(m["whom"], "vi") if m["whom"] else ""
    seldom, day = SELDOM.get(keyed(m["seldom"] or "")), _DAYS.get(keyed(m["day0"] or m["day"] or ""))
    if said is None or whom is None or bool(seldom) == bool(day) or m["did"] and not day:
        return None
    if whom in (said[0], EN_OBJECT.get(said[0])):  # (who telling themselves: "Tôi … cho tôi nghe")
        return None
    whom = f"{whom} " if whom else ""
    if seldom:
        if asked and seldom in ("never", "always"):
            return None
        return present(*said, "tell", f"{whom}ghost stories", asked, end=m["end"], adverb=f"{seldom} ")
    if asked:
        return f"Did {said[0]} tell {whom}ghost stories {day}?"
    return capitalised(f"{said[0]} told {whom}ghost stories {day}{stop(m['end'])}")


def _films(text: str) -> str | None:
    """"Tôi không dám xem phim ma." as "I don't dare watch ghost films.", "Bạn có thích phim kinh dị không?" as "Do
    you like horror films?", "Mẹ tôi hay xem phim ma." as "My mother often watches ghost films." (_FILMS_VI),
    "Chúng ta xem phim ma đi." as "Let's watch a ghost film." (_LETS); None for anything else."""
    if m := _LETS.fullmatch(text):
        return f"Let's watch a {_FILMS[keyed(m['kind'])][:-1]}{stop(m['end'])}"
    m = _FILMS_VI.fullmatch(text)
    if not m or (asked := _said_asked(m)) is None or (said := person_of(m, asked)) is None:
        return None
    verb, seldom = keyed(m["verb"] or ""), SELDOM.get(keyed(m["seldom"] or ""))
    films, denied = _FILMS[keyed(m["kind"])], bool(m["not"])
    if verb == "dám":  # (not dared, or asked: "Tôi dám xem phim ma." is left)
        if not m["watch"] or seldom or m["much"] or not (denied or asked):
            return None
        return present(*said, "dare", f"watch {films}", asked, denied, m["end"])
    if verb:
        really = verb == "rất thích" or bool(m["much"])
        if seldom or really and (asked or denied) or m["much"] and verb != "thích" or denied and verb != "thích":
            return None
        return present(*said, _LIKE[verb], f"{'watching ' * bool(m['watch'])}{films}", asked, denied, m["end"],
                       adverb="really " * really)
    if not (seldom and m["watch"]) or denied or m["much"] or asked and seldom in ("never", "always"):
        return None
    return present(*said, "watch", films, asked, end=m["end"], adverb=f"{seldom} ")


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether English says it with "-s" (mt.hobbies.person_of); None for
    a pet."""
    return person_of(m, False, "en")


def _agrees(one: bool, first: str) -> bool:
    """Whether the first verb said after who (`first`: "has", "gets", "don't" …) agrees with who (`one`: he, she)."""
    first = first.lower()
    if first in ("has", "does", "doesn't", "does not", "'s") or first.endswith("s") and first not in ("is", "was"):
        return one
    return not one or first in ("did", "didn't", "did not", "had", "got", "dreamt", "dreamed", "told")


def _haunted_vi(text: str) -> str | None:
    """"My house is haunted." as "Nhà tôi có ma.", "Is this room haunted?" as "Căn phòng này có ma không?", "They
    say that house is haunted." as "Người ta nói ngôi nhà đó có ma.", "There's a ghost in my house." as "Nhà tôi có
    ma." (_HAUNTED_EN); None for anything else, and "the house" (which?)."""
    m = _HAUNTED_EN.fullmatch(text)
    if not m or bool(m["there"]) == bool(m["haunted"]):
        return None
    asked, end = bool(m["q"]) or keyed(m["there"] or "") == "is there", m["end"]
    be = " ".join((m["be"] or "").lower().split())
    if asked != ("?" in end) or m["say"] and asked or m["haunted"] and asked == bool(be):
        return None
    own, this = _PLACES_VI[m["place"]]
    det = (m["det"] or "").lower()
    if det in ("this", "that"):
        place = f"{this} {'này' if det == 'this' else 'đó'}"
    else:
        whose = WHOSE_VI[det] if det else someone(m["someone"], "en")
        if not whose or pet(m["someone"], "en"):  # (a pet's house: "my dog's house", a kennel?)
            return None
        place = f"{own} {whose}" if own in ("nhà", "phòng", "trường") else f"{own} của {whose}"
    if asked:
        return capitalised(f"{place} có ma không?")
    has = "không có ma" if "not" in be or "n't" in be else "có ma"
    said = f"{_SAY_VI[keyed(m['say'])]} {place} {has}" if m["say"] else capitalised(f"{place} {has}")
    return said + stop(end)


def _happened_vi(text: str) -> str | None:
    """"I had sleep paralysis last night." as "Đêm qua tôi bị bóng đè.", "I often get sleep paralysis." as "Tôi hay bị
    bóng đè.", "Have you ever had sleep paralysis?" as "Bạn đã bao giờ bị bóng đè chưa?", "I dreamt about a ghost."
    as "Tôi nằm mơ thấy ma." (_HAPPENED_EN); None for anything else, and a verb that does not agree with who."""
    m = _HAPPENED_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    q, aux, adv, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["adv"] or "", m["verb"]
    dream = verb.startswith("dream")
    if dream == m["what"].startswith("sleep") or q and aux or q and who_ == "tôi" or m["before"] and m["day"]:
        return None
    if m["again"] and (q or aux or adv) or m["more"] and aux not in ("don't", "doesn't", "do not", "does not"):
        return None
    what = "mơ thấy ma" if dream else "bị bóng đè"
    day = f"{_DAYS_VI[m['day'].lower()]} " if m["day"] else ""
    past, base = verb in ("had", "got", "dreamt", "dreamed"), verb in ("have", "get", "dream")
    perfect = aux in ("have", "has", "'ve", "'s") or q in ("have", "has")
    if not _agrees(one, q or aux or verb) or perfect and verb not in ("had", "dreamt", "dreamed"):
        return None
    if perfect:
        how = {("", ""): "từng", ("", "never"): "chưa bao giờ", ("", "just"): "vừa", ("have", "ever"): "đã bao giờ",
               ("has", "ever"): "đã bao giờ"}.get((q, adv))
        if how is None or day or m["before"] and how != "từng" or verb == "got":
            return None
        return capitalised(f"{who_} {how} {what} chưa?" if q else f"{who_} {how} {what}.")
    if adv in HABIT_VI:  # (a habit: "often get", "Do you often dream …?")
        if day or past or q == "did" or aux or q and adv in ("never", "always") or base == one and not q:
            return None
        return capitalised(f"{who_} có {HABIT_VI[adv]} {what} không?" if q else f"{who_} {HABIT_VI[adv]} {what}.")
    if adv == "ever" or adv == "just" and (day or q or aux) or m["before"]:
        return None
    if aux or q:  # (not: "didn't … last night", "doesn't … any more"; asked: "Did you … last night?")
        if not base or q not in ("", "did") or aux and aux.startswith("did") == bool(m["more"]) or q and not day:
            return None
        if q:
            return f"{day.capitalize()}{who_} có {what} không?"
        if aux.startswith("did") and not day:  # ("Tôi không bị bóng đè." reads as now: don't)
            return None
        return capitalised(f"{day}{who_} không {what}{' nữa' * bool(m['more'])}.")
    if not past:
        return None
    how = "vừa " if adv else "lại " if m["again"] else ""
    said_ = "nằm mơ thấy ma" if dream and not how else what
    return capitalised(f"{day}{who_} {how}{said_}{stop(m['end'])}")


def _stories_vi(text: str) -> str | None:
    """"My grandmother often tells ghost stories." as "Bà tôi hay kể chuyện ma.", "My father told us a ghost story
    last night." as "Tối qua bố tôi kể cho chúng tôi nghe một câu chuyện ma." (_STORIES_EN), "Stop telling ghost
    stories." as "Đừng kể chuyện ma nữa." (_DONT_EN), "Tell me a ghost story." as "Kể cho tôi nghe một câu chuyện ma
    đi." (_TELL_EN); None for anything else."""
    if m := _DONT_EN.fullmatch(text):
        return "Đừng kể chuyện ma nữa." if m["stop"] or m["more"] else "Đừng kể chuyện ma."
    if m := _TELL_EN.fullmatch(text):
        whom = as_whom(m["whom"], "en")
        return None if whom in (None, "bạn") else f"Kể cho {whom} nghe một câu chuyện ma đi."
    m = _STORIES_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    q, adv, verb, one_story = (m["q"] or "").lower(), m["adv"] or "", m["verb"], m["stories"].startswith("a ")
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if whom is None or q and who_ == "tôi" or not _agrees(one, q or verb) or whom == who_:
        return None  # (and who telling themselves: "I told me …")
    if (m["whom"] or "").lower() == "her" and not one_story:  # ("tells her ghost stories": to her, or hers?)
        return None
    to = f" cho {whom} nghe" if whom else ""  # (after one story's "kể", after stories: as Vietnamese puts it)
    stories = f"{to.strip()} một câu chuyện ma".strip() if one_story else f"chuyện ma{to}"
    if adv:  # (a habit: "often tells", "Does she often tell …?")
        if m["day"] or q == "did" or verb == "told" or one_story or (verb == "tell") == (one and not q):
            return None
        return capitalised(f"{who_} có {HABIT_VI[adv]} kể {stories} không?" if q else
                           f"{who_} {HABIT_VI[adv]} kể {stories}.")
    day = f"{_DAYS_VI[m['day'].lower()]} " if m["day"] else ""
    if q == "did" and verb == "tell" and day:
        return f"{day.capitalize()}{who_} có kể {stories} không?"
    if q or verb != "told":
        return None
    return capitalised(f"{day}{who_} {'' if day else 'đã '}kể {stories}{stop(m['end'])}")


def _films_vi(text: str) -> str | None:
    """"I don't dare watch horror films." as "Tôi không dám xem phim kinh dị.", "Do you like ghost films?" as "Bạn có
    thích phim ma không?", "She often watches horror movies." as "Cô ấy hay xem phim kinh dị." (_FILMS_EN), "Let's
    watch a ghost film." as "Chúng ta xem phim ma đi." (_LETS_EN); None for anything else."""
    if m := _LETS_EN.fullmatch(text):
        return f"Chúng ta xem phim {_KIND_VI[m['kind']]} đi{stop(m['end'])}"
    m = _FILMS_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    q, aux, adv, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["adv"] or "", m["verb"]
    watch, films, base = m["watch"] or "", f"phim {_KIND_VI[m['kind']]}", _BASES.get(verb, verb)
    denied = bool(aux)
    if q and (aux or who_ == "tôi") or not _agrees(one, q or aux or verb) or (q or aux) and base != verb:
        return None
    if base == "dare":
        if watch not in ("watch", "to watch") or adv or not (q or denied):
            return None
        return capitalised(f"{who_} có dám xem {films} không?" if q else f"{who_} không dám xem {films}.")
    if base == "watch":
        if watch or adv not in HABIT_VI or denied or q and adv in ("never", "always"):
            return None
        return capitalised(f"{who_} có {HABIT_VI[adv]} xem {films} không?" if q else
                           f"{who_} {HABIT_VI[adv]} xem {films}.")
    if watch == "watch" or adv not in ("", "really") or (base != "like" or q) and adv:
        return None
    like = "rất thích" if adv else _LIKE_VI[base]
    if (q or denied) and like != "thích":
        return None
    what = f"{'xem ' * bool(watch)}{films}"
    if q:
        return capitalised(f"{who_} có thích {what} không?")
    return capitalised(f"{who_} {'không ' * denied}{like} {what}{stop(m['end'])}")
