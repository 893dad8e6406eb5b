"""Lifts, stairs and the floors of a building, both ways, written whole by rule. v8 (with the rules before this one)
reads "thang bộ" as a change, "tầng" as a grade or a layer, "kẹt" as caught and "lift" as a torch, a workout or a
raising: "Thang bộ ở đâu?" → "Where do you change?", "Chúng ta đi thang máy nhé." → "Let's go to the elevator.", "Văn
phòng ở tầng năm." → "The office in the fifth grade.", "Tôi bị kẹt thang máy." → "I was caught elevator.", "Tôi bị kẹt
trong thang máy nửa tiếng." → "I was caught in elevator half an hour.", "Thang máy bị kẹt giữa hai tầng." → "Elevator
trapped between two layers.", "Tôi sợ đi thang máy." → "I'm afraid to go to the elevator."; "Where is the lift?" → "Cơn
đuốc này ở đâu?", "Let's take the lift." → "Chúng ta hãy lấy cái lift.", "Which floor is the toilet on?" → "Cái sàn nhà
nào đang đi vệ sinh?", "I got stuck in the lift." → "Tôi bị kẹt trong cái lift.", "I was stuck in the lift for an hour."
→ "Tôi bị kẹt trong một tiếng đồng hồ.", "The lift got stuck between two floors." → "Món dậy bị kẹt giữa hai sàn nhà.",
"I'm scared of lifts." → "Tôi sợ nhấc lên.".

Taken: where the stairs are (and in English the lift), whether there is a lift (here, in this building); who
(mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) takes the lift or the stairs (up, down, to a floor),
walks or runs up or down them, climbs them: "let's" ("Chúng ta … nhé"), "shall we?", will, did, wants to, has to, can't,
always, often … (mt.hobbies.SELDOM), and "Tôi đi thang bộ." as "I'll take the stairs." (a choice made, not a habit); a
place in a building (PLACES, whose of mt.terms.OWNERS) on a floor, said or asked; pressing the button for a floor; which
floor someone is going to; the lift going up or down; who (not a pet) got stuck in the lift, or the lift (between two
floors), on a day behind (mt.dates.near_days), for a span (mt/spans.py: "was stuck … for"), so far ("… nửa tiếng rồi":
"has been stuck … for"), now ("đang": "is stuck"; "bị kẹt" alone is "got stuck", then or still); who (not a pet) is
afraid of lifts or of taking the lift, very, not, asked. Floors are counted as written ("tầng năm" ↔ "the fifth floor",
"tầng 5" ↔ "the 5th floor", as mt/residence.py counts them); "tầng trệt" is the ground floor, "tầng hầm" the basement;
"tầng một" and "the first floor" are left (the ground floor in the North, the one above it in the South and in Britain).
English is British ("lift", "ground floor", "car park"); "elevator" is read. Left: "Thang máy ở đâu?", "Where's the
elevator?", "Ở đây có thang máy không?" (mt/patterns.py's, "elevator"), a lift broken or out of order (mt/broken.py's),
where someone lives (mt/residence.py's), stairs wet or slippery (mt/cautions.py's), "Tôi đi thang máy lên tầng năm." and
"Anh ấy đi thang máy." (done, or to do?), "Bạn có đi thang máy không?" and "I take the stairs." (now, or as a habit?),
"Take the stairs."; stuck asked ("Bạn có bị kẹt … không?": now, or ever?), "I've been stuck in a lift." (ever, or now?),
"rồi" with no span, "đang" with one, a day ahead; afraid in the past; "thế", "vậy" ending a statement (so afraid,
then?), and anything else. mt.phrasebook.translate tries these after mt/rubbish.py.

    >>> translate("Chúng ta đi thang máy nhé.", "vi", "en"), translate("The office is on the fifth floor.", "en", "vi")
    ("Let's take the lift.", 'Văn phòng ở tầng năm.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, animal, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .residence import FLOORS, FLOORS_VI, nth
from .rule_keys import key_checked
from .spans import ABOUT, ABOUT_EN, EN as SPAN_EN, VI as SPAN, said as span_said
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, SOFTENED_END, STRESSED_SAID, agreement_asked, alternatives, be, be_said,
                   capitalised, contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thang|tầng)"), "en": lazy(r"(?i:lift|elevator|stair|floor|basement|press)")}
# the lift and the stairs (the first Vietnamese of each is written back; "cầu thang" where they are, "thang bộ" taken)
RIDES = {"thang máy": "lift", "cầu thang máy": "lift", "thang bộ": "stairs", "cầu thang bộ": "stairs",
         "cầu thang": "stairs"}
RIDES_VI = {"lift": "thang máy", "elevator": "thang máy", "stairs": "thang bộ", "staircase": "cầu thang"}
_STAIRS = r"cầu\s+thang(?:\s+bộ)?"  # (walked up, climbed)
# floors by name, and English for them ("ở tầng hầm": in the basement)
NAMED_FLOORS = {"trệt": "the ground floor", "hầm": "the basement", "trên cùng": "the top floor", "này": "this floor"}
_NAMED_VI = {en: vi for vi, en in NAMED_FLOORS.items()}
# places in a building, and their English (the first Vietnamese of each is written back; "reception" has no "the")
PLACES = {"văn phòng": "office", "nhà vệ sinh": "toilet", "phòng vệ sinh": "toilet", "phòng họp": "meeting room",
          "nhà hàng": "restaurant", "lễ tân": "reception", "quầy lễ tân": "reception", "phòng tập": "gym",
          "phòng gym": "gym", "hồ bơi": "pool", "bể bơi": "pool", "phòng ăn": "dining room", "quán cà phê": "café",
          "bãi đỗ xe": "car park", "bãi giữ xe": "car park", "phòng khám": "clinic", "phòng": "room",
          "căn hộ": "flat", "quầy bar": "bar"}
PLACES_VI = {"restroom": "nhà vệ sinh", "toilets": "nhà vệ sinh", "apartment": "căn hộ", "cafe": "quán cà phê",
             "swimming pool": "hồ bơi"} | {en: vi for vi, en in reversed(PLACES.items())}
_MANY = {"toilets"}

# a floor, in Vietnamese ("tầng năm", "tầng 5", "tầng trệt"; not "tầng một") and in English
_FLOOR = (rf"tầng\s+(?:(?P<n>{alternatives(FLOORS)}|[2-9]|[1-9]\d)|(?P<named>{alternatives(NAMED_FLOORS)}))(?!\w)")
_CARDINALS = {en: vi for en, vi in EN_TO_VI.items() if en != "one"}
_FLOOR_EN = (rf"(?:the\s+(?:(?P<n>{alternatives(FLOORS_VI)})|(?P<nth>[2-9]|[1-9]\d)(?P<sfx>st|nd|rd|th)|"
             rf"(?P<named>ground|top))\s+floor|floor\s+(?P<card>{alternatives(_CARDINALS)}|[2-9]|[1-9]\d)|"
             r"(?P<base>the\s+basement)|(?P<this>this\s+floor))")
# who takes the lift, walks up the stairs … ("Chúng ta đi thang máy nhé.", "Bà tôi không leo được cầu thang.")
_ACT = (rf"(?P<verb>đi\s+bộ|đi|chạy|leo)(?:\s+(?P<can0>được))?(?:\s+(?P<dir0>lên|xuống))?"
        rf"(?:\s+(?P<ride>{alternatives(RIDES)}))?(?:\s+(?P<dir>lên|xuống|đến|tới))?(?:\s+{_FLOOR})?")
_SAID = lazy(rf"{WHO}\s+(?:(?P<will>sẽ)\s+|(?P<past>đã)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<often>"
             rf"{alternatives(SELDOM)})\s+)?(?:(?P<not>không)\s+)?(?:(?P<must>muốn|phải|hãy|thể)\s+)?{_ACT}"
             r"(?:\s+(?P<can>được))?(?:\s+(?P<nhe>nhé|đi))?(?:\s+(?P<asked>không))?" + SOFTENED_END)
_VERBS = {"take": ("takes", "took"), "walk": ("walks", "walked"), "run": ("runs", "ran"),
          "climb": ("climbs", "climbed")}
# the English verb by the Vietnamese words before it ("sẽ", "đã", "muốn", "phải", "không thể", "thường" …)
_DONE = {(): "will {v}", ("will",): "will {v}", ("not", "will"): "won't {v}", ("past",): "{past}",
         ("muốn",): "{want} to {v}", ("muốn", "not"): "{do}n't want to {v}", ("phải",): "{have} to {v}",
         ("not", "phải"): "{do}n't have to {v}", ("not", "thể"): "can't {v}", ("can", "not"): "can't {v}",
         ("often",): "{often} {s}"}
_VERB_FORMS = {form: base for base, forms in _VERBS.items() for form in (base, *forms)}
_ACT_EN = (rf"(?P<verb>{alternatives(_VERB_FORMS)})(?:\s+the\s+(?P<ride>{alternatives(RIDES_VI)}))?"
           rf"(?:\s+(?P<dir>up|down))?(?:\s+the\s+(?P<stairs>stairs))?(?P<to>\s+to\s+{_FLOOR_EN})?")
_AUX = {"'ll": "will", "won't": "will not", "can't": "cannot", "don't": "do not", "doesn't": "does not"}
_SAID_EN = [lazy(rf"(?:(?P<lets>Let['’]s)|(?P<shall>Shall)\s+we)\s+{_ACT_EN}\s*(?P<end>[.!?]*)"),
            lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|\s+won['’]t|\s+will\s+not|\s+can['’]t|"
                 r"\s+cannot|\s+(?:do|does)(?:n['’]t|\s+not))?(?:\s+(?P<often>always|usually|often|sometimes|"
                 rf"never|rarely))?(?:\s+(?P<must>wants?|has|have)\s+to)?\s+{_ACT_EN}\s*(?P<end>[.!?]*)")]
# where the stairs are (the lift: mt.patterns'), whether there is a lift
_WHERE = lazy(rf"(?i:{_STAIRS}|thang\s+bộ)(?:\s+(?P<near>gần\s+nhất))?\s+(?:nằm\s+)?ở\s+đâu{SOFTENED_END}")
_WHERE_EN = lazy(r"Where(?P<be>['’]s|\s+is|\s+are)\s+the\s+(?:(?P<near>nearest)\s+)?(?P<ride>lifts?|elevators?|"
                 r"stairs|staircase)\s*\?+")
_THERE = lazy(r"(?:(?P<here>[Ởở]\s+đây)\s+|(?P<building>[Tt]òa\s+nhà\s+này)\s+)?(?i:có)\s+thang\s+máy\s+không"
              rf"{SOFTENED_END}")
_THERE_EN = lazy(r"(?:Is\s+there\s+an?\s+(?:lift|elevator)(?:\s+(?P<here>here)|\s+in\s+(?P<building>this|the)\s+"
                 r"building)?|Does\s+(?P<b2>this|the)\s+building\s+have\s+an?\s+(?:lift|elevator))\s*\?+")
# a place on a floor, said or asked ("Văn phòng ở tầng năm.", "Nhà vệ sinh ở tầng mấy?")
_PLACE = (rf"(?P<place>(?i:{alternatives(PLACES)}))(?:\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)})))?")
_ON_FLOOR = lazy(rf"{_PLACE}\s+(?:nằm\s+)?(?:ở|trên)\s+(?:{_FLOOR}|tầng\s+(?P<which>mấy|nào)){SOFTENED_END}")
_PLACE_EN = rf"(?:(?P<det>(?i:the|{WHOSE_WORDS}))\s+)?(?P<place>(?i:{alternatives(PLACES_VI)}))"
_ON_FLOOR_EN = [lazy(rf"{_PLACE_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)\s+(?P<at>on|in)\s+{_FLOOR_EN}\s*(?P<end>[.!]*)"),
                lazy(rf"(?:(?P<on>On)\s+)?(?:What|Which|which|what)\s+floor(?P<be>\s+is|\s+are|['’]s)\s+"
                     rf"{_PLACE_EN}(?P<tail>\s+on)?\s*\?+")]
# pressing the button for a floor (asked as a favour or not), which floor someone is going to, the lift going up or down
_PRESS = lazy(rf"(?:(?P<you>[Bb]ạn)\s+(?:(?P<can>có\s+thể)\s+)?)?(?i:bấm|nhấn|ấn)\s+(?:(?P<me>giúp|hộ)\s+"
              rf"(?:tôi|mình)\s+)?(?:nút\s+)?{_FLOOR}(?:\s+(?P<asked>được\s+không|không|với|nhé))?{SOFTENED_END}")
_PRESS_EN = lazy(r"(?:(?P<can>Could|Can)\s+you\s+(?:please\s+)?)?[Pp]ress\s+"
                 rf"(?:(?P<button>the\s+button\s+for)\s+)?(?:{_FLOOR_EN}|(?P<num>{alternatives(_CARDINALS)}|"
                 r"[2-9]|[1-9]\d))(?P<me>\s+for\s+me)?(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_GOING = lazy(rf"(?:{WHO}\s+)?(?P<go>đi|lên|xuống)?\s*(?:{_FLOOR}|(?i:tầng)\s+(?P<which>mấy|nào)){SOFTENED_END}")
_GOING_EN = lazy(r"(?:(?P<which>What|Which)\s+floor(?P<you>\s+are\s+you\s+going(?P<up>\s+up|\s+down)?\s+to)?\s*\?+"
                 rf"|I['’]m\s+going(?P<up2>\s+up|\s+down)?\s+to\s+{_FLOOR_EN}\s*(?P<end>[.!]*))")
_MOVING = lazy(r"(?P<lift>[Tt]hang\s+máy)(?:\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?"
               rf"(?:đi\s+)?(?P<dir>lên|xuống)(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
_MOVING_EN = lazy(r"(?:(?P<ask>Is)\s+)?(?P<det>[Tt]he|[Tt]his)\s+(?:lift|elevator)(?P<be>\s+is|['’]s)?\s+going\s+"
                  r"(?P<dir>up|down)\s*(?P<end>[.!?]*)")
# who stuck in the lift, or the lift stuck, on a day behind or not; who afraid of lifts (mt.fears.FEARED lacks them)
_DAYS = near_days("hôm qua", "sáng hôm qua", "chiều hôm qua", "tối qua", "tối hôm qua", "đêm qua", "tuần trước")
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}  # (reversed: the first wins, "tối qua" for last night)
_STUCK = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?(?:{WHO}|(?P<lift>(?i:thang\s+máy))(?:\s+(?P<this>"
              r"này))?)\s+(?:(?P<tense>đã|đang)\s+)?bị\s+kẹt(?P<place>\s+(?:trong\s+)?thang\s+máy)?(?P<between>\s+giữa"
              rf"\s+hai\s+tầng)?(?:\s+(?P<lasts>(?:(?P<about>{alternatives(ABOUT)})\s+)?{SPAN}))?(?:\s+(?P<done>rồi))?"
              rf"{SOFTENED_END}")
_STUCK_EN = lazy(rf"(?:{WHO_EN}|(?P<lift>[Tt]he|[Tt]his)\s+(?:lift|elevator))(?P<verb>\s+got|\s+was|\s+were|{BE_EN}|"
                 r"(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+been)\s+stuck(?P<place>\s+in\s+(?:the|a|an)\s+(?:lift|"
                 r"elevator))?(?P<between>\s+between\s+(?:two\s+)?floors)?(?:\s+for\s+(?P<lasts>(?:(?P<about>"
                 rf"{alternatives(ABOUT_EN)})\s+)?{SPAN_EN}))?(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?"
                 r"\s*(?P<end>[.!]*)")
_AFRAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<very>rất)\s+)?sợ\s+(?P<take>đi\s+)?thang\s+máy"
               rf"(?:\s+(?P<so>lắm))?{ASKED_END}")
_AFRAID_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?(?:\s+(?P<very>very|"
                  r"really))?\s+(?P<adj>afraid|scared|frightened|terrified)\s+of\s+(?:(?P<lifts>lifts|elevators)|"
                  r"(?:taking|using)\s+(?:the\s+lift|the\s+elevator|lifts|elevators))\s*(?P<end>[.!?]*)")

@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a building's lift, stairs or floors; None for any other."""
    if src == "vi" and STRESSED_SAID.search(text):
        return None  # (asked, they only soften: "Bạn có sợ thang máy không vậy?")
    rules = (_where, _said, _on_floor, _press, _going, _stuck, _afraid) if src == "vi" else (
        _where_vi, _said_vi, _on_floor_vi, _press_vi, _going_vi, _stuck_vi, _afraid_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def floor_en(m: re.Match) -> str | None:
    """The floor of a match of _FLOOR in English: "the fifth floor", "the 12th floor", "the basement"; None for none."""
    if m["named"]:
        return NAMED_FLOORS[keyed(m["named"])]
    n = m["n"] and keyed(m["n"])
    return n and f"the {FLOORS.get(n) or nth(n)} floor"


def floor_vi(m: re.Match) -> str | None:
    """The floor of a match of _FLOOR_EN in Vietnamese ("tầng năm", "tầng 12"); None for none, or "the 5rd floor"."""
    if m["nth"]:
        return f"tầng {m['nth']}" if nth(m["nth"]) == m["nth"] + m["sfx"] else None
    if m["n"] or m["card"]:
        return f"tầng {FLOORS_VI[m['n'].lower()] if m['n'] else _CARDINALS.get(m['card'].lower(), m['card'])}"
    named = f"the {m['named'].lower()} floor" if m["named"] else "the basement" if m["base"] else (
        m["this"] and "this floor")
    return named and f"tầng {_NAMED_VI[named]}"


def _where(text: str) -> str | None:
    """"Cầu thang ở đâu?" as "Where are the stairs?", "Có thang máy không?" as "Is there a lift?"; else None."""
    if (m := _WHERE.fullmatch(text)) and "?" in m["end"]:
        return f"Where are the {'nearest ' * bool(m['near'])}stairs?"
    if not (m := _THERE.fullmatch(text)) or "?" not in m["end"]:
        return None
    return "Does this building have a lift?" if m["building"] else f"Is there a lift{' here' * bool(m['here'])}?"


def _where_vi(text: str) -> str | None:
    """"Where is the lift?" as "Thang máy ở đâu?", "Is there a lift?" likewise; else None, and for "is" with many."""
    if m := _WHERE_EN.fullmatch(text):
        ok = (m["be"].strip() == "are") == (m["ride"] in ("stairs", "lifts", "elevators"))
        said = "Cầu thang" if m["ride"].startswith("stair") else "Thang máy"
        return f"{said}{' gần nhất' * bool(m['near'])} ở đâu?" if ok else None
    m = _THERE_EN.fullmatch(text)
    if building := m and (m["building"] or m["b2"]):
        return f"Tòa nhà{' này' * (building == 'this')} có thang máy không?"
    return m and ("Ở đây có thang máy không?" if m["here"] else "Có thang máy không?")


def _act_en(m: re.Match) -> tuple[str, str] | None:
    """What a match of _ACT says is done, in English: its verb and the rest ("walk", "up the stairs"); None where the
    words do not go together ("đi bộ" alone, "leo thang máy", "đến" without a floor)."""
    verb, ride, dir0, dir_, floor = keyed(m["verb"]), m["ride"] and keyed(m["ride"]), m["dir0"], m["dir"], floor_en(m)
    to, up = f" to {floor}" if floor else "", {"lên": " up", "xuống": " down"}
    if dir_ in ("đến", "tới") and not floor:
        return None
    if verb == "đi":
        return None if not ride or dir0 else ("take", f"the {RIDES[ride]}{up.get(dir_, '')}{to}")
    stairs = bool(ride and re.fullmatch(_STAIRS, ride))
    if ride and not stairs:
        return None
    if verb == "leo":  # ("leo cầu thang lên tầng năm": climbed the stairs to the fifth floor)
        ok = stairs and dir0 in (None, "lên") and dir_ in (None, "lên") and (dir_ is None or floor)
        return ("climb", f"the stairs{to}") if ok else None
    if not dir0 or dir_ or not (stairs or floor):
        return None
    return "walk" if verb == "đi bộ" else "run", f"{up[dir0].strip()}{' the stairs' * stairs}{to}"


def _said(text: str) -> str | None:
    """"Bà tôi không leo được cầu thang." as "My grandmother can't climb the stairs." (_SAID); None for anything else,
    and where the words say no one time ("Tôi đi thang máy lên tầng năm.": done, or to do?)."""
    m = _SAID.fullmatch(text)
    if not m or (act := _act_en(m)) is None or bool(m["asked"]) != ("?" in m["end"]) and not m["nhe"]:
        return None
    asked, (verb, rest), nhe = "?" in m["end"], act, keyed(m["nhe"] or "")
    words = {k for k in ("will", "past", "ask", "often", "not", "can", "asked") if m[k]} | {keyed(m["must"] or "")}
    words = words - {""} | ({"can"} if m["can0"] else set())
    if keyed(m["who"] or "") == "chúng ta" and (nhe or words in ({"hãy"}, {"asked"})):
        if asked:  # ("Chúng ta đi thang máy nhé?", "Chúng ta đi thang máy không?")
            return f"Shall we {verb} {rest}?" if not words - {"asked"} and nhe in ("", "nhé") else None
        return f"Let's {verb} {rest}{m['end'] or '.'}" if words <= {"hãy"} else None
    if (said := who(m, asked)) is None or nhe and (nhe != "nhé" or asked or words - {"will"}):
        return None
    (who_, one), plain = said, keyed(m["who"] or "") in ("tôi", "chúng tôi") and rest in ("the lift", "the stairs") \
        and verb == "take"  # ("Tôi leo cầu thang.": a habit, or told: not a choice made)
    if asked:
        want = words in ({"muốn", "asked"}, {"ask", "muốn", "asked"})
        return f"{'Does' if one else 'Do'} {who_} want to {verb} {rest}?" if want else None
    if not (words or plain):  # (the plain verb a choice made: "Tôi đi thang bộ."; "… lên tầng năm": done or to do?)
        return None
    s_form, past = _VERBS[verb]
    done = _DONE.get(tuple(sorted(words)), "").format(
        v=verb, past=past, do="does" if one else "do", want="wants" if one else "want", have="has" if one else "have",
        often=m["often"] and often_said(m["often"], False), s=s_form if one else verb)
    done = done and (contracted(who_, f"{done} {rest}") if done.startswith("will") else f"{who_} {done} {rest}")
    return done and capitalised(done + (m["end"].replace("?", "") or "."))


def _act_vi(m: re.Match) -> tuple[str, str] | None:
    """What a match of _ACT_EN says: its verb as said, the act in Vietnamese ("took", "đi thang máy"); else None."""
    verb, ride, dir_, stairs, base = m["verb"], m["ride"], m["dir"], m["stairs"], _VERB_FORMS[m["verb"]]
    floor, up = floor_vi(m) if m["to"] else "", {"up": "lên", "down": "xuống"}.get(dir_ or "", "")
    if floor is None or floor == "tầng này" and not up:
        return None
    way = up or ("xuống" if floor in ("tầng trệt", "tầng hầm") else "lên")  # ("to the fifth floor": up)
    to = f" {way} {floor}" if floor else f" {up}" * bool(up)
    if base == "take":
        return (verb, f"đi {RIDES_VI[ride]}{to}") if ride and not stairs else None
    if base == "climb":
        ok = (ride in ("stairs", "staircase")) != bool(stairs) and dir_ in (None, "up") and way == "lên"
        return (verb, f"leo cầu thang{f' lên {floor}' if floor else ''}") if ok else None
    if ride or not up or not (stairs or floor) or base == "run" and stairs and floor:
        return None
    if stairs and floor:  # ("walk up the stairs to the fifth floor": take the stairs there)
        return verb, f"đi cầu thang bộ{to}"
    return verb, f"{'đi bộ' if base == 'walk' else 'chạy'} {up}{' cầu thang' if stairs else ' ' + floor}"


def _said_vi(text: str) -> str | None:
    """"I walked up the stairs." as "Tôi đã đi bộ lên cầu thang."; else None, and for a verb not agreeing with who."""
    m = next((m for p in _SAID_EN if (m := p.fullmatch(text))), None)
    if not m or (act := _act_vi(m)) is None:
        return None
    (verb, said), asked, base, end = act, "?" in m["end"], _VERB_FORMS[act[0]], m["end"] or "."
    if "lets" in m.re.groupindex:
        ok = verb == base and asked == bool(m["shall"])
        return ok and f"Chúng ta {said} nhé{'?' if asked else end.replace('.', '') or '.'}" or None
    (who_, one), must, often = who_vi(m), keyed(m["must"] or ""), m["often"]
    aux = _AUX.get(aux := keyed((m["aux"] or "").replace("’", "'")), aux)
    if asked != bool(m["do"]) or m["do"] and (m["do"] == "Does") != one or must and (
            must in ("wants", "has")) != (one and not (aux or m["do"])) or must and verb != base:
        return None
    if asked:
        return f"{capitalised(who_)} có muốn {said} không?" if must == "want" and not (aux or often) else None
    if aux in ("do not", "does not") and (not must or (aux == "does not") != one):
        return None
    if must:
        word = {"want": "muốn", "wants": "muốn", "have": "phải", "has": "phải"}[must]
        ok, said = not often and aux in ("", "do not", "does not"), f"{'không ' * bool(aux)}{word} {said}"
    elif aux:
        word = {"will": "sẽ", "will not": "sẽ không", "cannot": "không"}.get(aux)
        ok, said = word and verb == base and not often, f"{word} {said}{' được' * (aux == 'cannot')}"
    elif often:
        ok, said = verb == (_VERBS[base][0] if one else base), f"{SELDOM_VI[often.lower()]} {said}"
    else:
        ok, said = verb == _VERBS[base][1], f"đã {said}"
    return capitalised(f"{who_} {said}{end}") if ok else None


def _on_floor(text: str) -> str | None:
    """"Văn phòng ở tầng năm." as "The office is on the fifth floor.", or asked (_ON_FLOOR); None for any other."""
    m = _ON_FLOOR.fullmatch(text)
    if not m or bool(m["which"]) != ("?" in m["end"]):
        return None
    place, whose = PLACES[keyed(m["place"])], m["whose"] and OWNERS[keyed(m["whose"])]
    if whose and place == "reception":
        return None
    said = f"{whose or ('' if place == 'reception' else 'the')} {place}".strip()
    if m["which"]:
        return f"Which floor is {said} on?"
    floor = floor_en(m)
    return capitalised(f"{said} is {'in' if floor == 'the basement' else 'on'} {floor}{m['end'] or '.'}")


def _on_floor_vi(text: str) -> str | None:
    """"The office is on the fifth floor." as "Văn phòng ở tầng năm.", or asked; else None, and for "is" with many."""
    m = next((m for p in _ON_FLOOR_EN if (m := p.fullmatch(text))), None)
    if not m or (m["be"].strip().lower() in ("are", "'re", "’re")) != (keyed(m["place"]) in _MANY):
        return None
    place, det = keyed(m["place"]), (m["det"] or "").lower()  # (keyed: "car  park" raised a KeyError)
    if not det and place != "reception" or m.re == _ON_FLOOR_EN[1] and m["on"] and m["tail"]:
        return None
    said = capitalised(f"{PLACES_VI[place]}{f' của {WHOSE_VI[det]}' if det not in ('', 'the') else ''}")
    if m.re == _ON_FLOOR_EN[1]:
        return f"{said} ở tầng mấy?"
    floor = floor_vi(m)
    return f"{said} ở {floor}{m['end'] or '.'}" if floor and (m["at"] == "in") == (floor == "tầng hầm") else None


def _press(text: str) -> str | None:
    """"Bấm nút tầng ba." as "Press the button for the third floor.", or asked as a favour; None for any other."""
    m = _PRESS.fullmatch(text)
    asked, tail = bool(m and "?" in m["end"]), keyed(m and m["asked"] or "")
    if not m or keyed(m["named"] or "") == "này" or asked != tail.endswith("không") or (
            tail == "không" and not m["can"] or m["can"] and not asked):
        return None
    if not (asked or tail or m["you"] or m["me"]):
        return f"Press the button for {floor_en(m)}{m['end'] or '.'}"
    n = m["n"] and keyed(m["n"])
    which, me = VI_TO_EN.get({"tư": "bốn"}.get(n, n), n) if n else floor_en(m), " for me" * bool(m["me"])
    return f"Could you press {which}{me}?" if asked else f"Please press {which}{me}."


def _press_vi(text: str) -> str | None:
    """"Press the button for floor three." as "Bấm nút tầng ba.", or asked; else None ("Press five.": a phone?)."""
    m = _PRESS_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["num"] and not (m["can"] or m["button"]):
        return None
    floor = f"tầng {_CARDINALS.get(m['num'].lower(), m['num'])}" if m["num"] else floor_vi(m)
    if floor is None or floor == "tầng này":
        return None
    return f"Bạn bấm giúp tôi {floor} được không?" if m["can"] else f"Bấm nút {floor}."


def _going(text: str) -> str | None:
    """"Bạn đi tầng mấy?" as "Which floor are you going to?", "Thang máy đang đi lên." likewise; else None."""
    if m := _MOVING.fullmatch(text):
        asked = bool(m["asked"])
        if asked != ("?" in m["end"]) or m["ask"] and (m["asked"] != "không" or m["now"]) or not (asked or m["now"]):
            return None
        lift, way = f"{'this' if m['this'] else 'the'} lift", "up" if m["dir"] == "lên" else "down"
        return f"Is {lift} going {way}?" if asked else capitalised(f"{lift} is going {way}{m['end'] or '.'}")
    m = _GOING.fullmatch(text)
    asked = bool(m and m["which"])
    if not m or asked != ("?" in m["end"]) or bool(m["who"] or m["kin"] or m["titled"] or m["given"]) != bool(m["go"]):
        return None
    if not m["go"]:
        return "Which floor?" if asked else None
    if (said := who(m, asked)) is None:
        return None
    way = {"đi": "", "lên": " up", "xuống": " down"}[keyed(m["go"])]
    if asked:
        return f"Which floor {be(said[0])} {said[0]} going{way} to?"
    if keyed(m["who"] or "") not in ("tôi", "chúng tôi") or way:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} going to {floor_en(m)}{m['end'] or '.'}"))


def _going_vi(text: str) -> str | None:
    """"Which floor are you going to?" as "Bạn đi tầng mấy?", "The lift is going up." likewise; else None."""
    if m := _MOVING_EN.fullmatch(text):
        if bool(m["ask"]) != ("?" in m["end"]) or bool(m["ask"]) == bool(m["be"]):
            return None
        lift, way = f"Thang máy{' này' * (m['det'].lower() == 'this')}", "lên" if m["dir"] == "up" else "xuống"
        return f"{lift} có đi {way} không?" if m["ask"] else f"{lift} đang đi {way}{m['end'] or '.'}"
    if not (m := _GOING_EN.fullmatch(text)):
        return None
    go = {"": "đi", "up": "lên", "down": "xuống"}[keyed(m["up"] or m["up2"] or "")]
    if m["which"]:
        return f"Bạn {go} tầng mấy?" if m["you"] else "Tầng mấy?"
    floor = floor_vi(m)
    return f"Tôi {go} {floor}{m['end'] or '.'}" if floor and floor != "tầng này" else None


def _stuck(text: str) -> str | None:
    """"Tôi bị kẹt thang máy." as "I got stuck in the lift.", for a span, so far or now (_STUCK); None for any other."""
    m = _STUCK.fullmatch(text)
    said = m and ((f"{'this' if m['this'] else 'the'} lift", True) if m["lift"] else not animal(m) and who(m, False))
    if not said or agreement_asked(text) or "?" in m["end"] or bool(m["lift"]) == bool(m["place"]):
        return None
    done, day, lasts, now = m["done"], m["day"], m["lasts"], m["tense"] == "đang"
    if done and (day or not lasts or m["tense"] == "đã") or now and (day or lasts and not done):
        return None  # ("đang" is now, "rồi" so far: no day behind; "rồi" alone, or "đang" with a span, left)
    (who_, one), end = said, m["end"] or "."
    where, between = " in the lift" * bool(m["place"]), " between two floors" * bool(m["between"])
    span = lasts and f" for {ABOUT[keyed(m['about'])] + ' ' if m['about'] else ''}{span_said(m, 'en')}" or ""
    if done or now:
        verb = f"{'has' if one else 'have'} been" if done else be(who_)
        return capitalised(contracted(who_, f"{verb} stuck{where}{between}{span}{end}"))
    was = f"{'was' if one or who_ == 'I' else 'were'} stuck" if lasts else "got stuck"
    return capitalised(f"{who_} {was}{where}{between}{span}{f' {_DAYS[keyed(day)]}' if day else ''}{end}")


def _stuck_vi(text: str) -> str | None:
    """"I got stuck in the lift." as "Tôi bị kẹt trong thang máy."; else None, and for a verb not agreeing with who."""
    m = _STUCK_EN.fullmatch(text)
    if not m or bool(m["lift"]) == bool(m["place"]) or not m["lift"] and animal(m):
        return None
    (who_, one) = (f"thang máy{' này' * (m['lift'].lower() == 'this')}", True) if m["lift"] else who_vi(m)
    verb, lasts, day = " ".join(m["verb"].split()).lower().replace("’", "'"), m["lasts"], m["day"]
    if m["have"]:  # (so far, for a span; "I've been stuck in a lift." with none: ever, or now? left)
        ok, tense, done = lasts and not day and verb.startswith(("has", "'s")) == one, "", " rồi"
    elif m["be"]:  # (now: no span, no day)
        ok, tense, done = not (lasts or day) and be_said(m["be"]) == be_of(who_, one), "đang ", ""
    else:  # ("I was stuck in the lift.": then, not now; "was" agreeing with who)
        ok, tense, done = verb in ("got", be_of(who_, one, True)), "đã " * (verb != "got" and not (lasts or day)), ""
    where, between = " trong thang máy" * bool(m["place"]), " giữa hai tầng" * bool(m["between"])
    span = lasts and f" {ABOUT_EN[keyed(m['about'])] + ' ' if m['about'] else ''}{span_said(m, 'vi')}" or ""
    said = f"{_DAYS_EN[day.lower()] + ' ' if day else ''}{who_} {tense}bị kẹt{where}{between}{span}{done}"
    return capitalised(said + (m["end"] or ".")) if ok else None

def _afraid(text: str) -> str | None:
    """"Tôi sợ thang máy." as "I'm afraid of lifts.", or asked (_AFRAID); None for anything else, and for a pet."""
    m = _AFRAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or agreement_asked(text) or asked != ("?" in m["end"]) or m["ask"] and not asked or (
            m["very"] or m["so"]) and (asked or m["not"]) or m["very"] and m["so"] or animal(m) or (
            said := who(m, asked)) is None or asked and said[0] == "I":
        return None
    who_, what = said[0], "taking the lift" if m["take"] else "lifts"
    how = "not " if m["not"] else "very " if m["very"] or m["so"] else ""
    return f"{be(who_).capitalize()} {who_} afraid of {what}?" if asked else capitalised(
        contracted(who_, f"{be(who_)} {how}afraid of {what}{m['end'] or '.'}"))


def _afraid_vi(text: str) -> str | None:
    """"I'm scared of lifts." as "Tôi sợ thang máy.", or asked; None for any other, or "is", "are" not agreeing."""
    m = _AFRAID_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or animal(m):
        return None
    (who_, one), very = who_vi(m), bool(m["very"]) or m["adj"] == "terrified"
    if be_said(m["be0"] or m["be"]) != be_of(who_, one) or m["very"] and m["adj"] == "terrified" or (
            m["not"] or m["be0"]) and very or m["be0"] and who_ == "tôi":
        return None
    what = "thang máy" if m["lifts"] else "đi thang máy"
    return capitalised(f"{who_} có sợ {what} không?" if m["be0"] else
                       f"{who_} {'không ' if m['not'] else 'rất ' * very}sợ {what}{m['end'] or '.'}")
