"""Warnings said to someone, both ways, written whole by rule: watch out, be careful (with a knife, not to slip or
fall), mind your head or the step, don't touch that, don't run, the floor wet or slippery, a pot hot, a knife sharp,
and these joined by commas ("Don't touch that, it's hot!"). v8 with every current rule: "Sàn nhà ướt, cẩn thận
trơn." → "The wet house, be careful.", "Sàn nhà ướt." → "Wet.", "Đừng chạm vào, nóng đấy!" → "Don't touch it, hot!",
"Nóng đấy!" → "It's fine!", "Đừng động vào." → "Don't move in.", "Cẩn thận kẻo ngã." → "Be careful falls.", "Cẩn
thận bậc thang." → "Being stairs.", "Coi chừng đầu!" → "Watch out for me!", "Dao sắc đấy." → "It's fine.", "Bạn cẩn
thận nhé." → "You're careful."; "Watch out!" → "Hãy quan sát nhé!", "Careful!" → "Thật thú vị!", "Be careful, the
floor is wet." → "Hãy cẩn thận, sàn nhà là ướt.", "Don't touch that, it's hot!" → "Đừng chạm vào điều đó. trời
nóng!" (the weather), "Mind your head!" → "Hãy tham khảo nhé!", "It's slippery." → "Nó trượt dốc.", "The knife is
sharp." → "Cuộc sống sắc tộc.", "Careful with the knife!" → "Chăm sóc con dao!".

Taken: one to three clauses set apart by commas, each one of: be careful or watch out ("cẩn thận", "coi chừng"), with
a thing (_HOT, _SHARP), not to slip, fall, burn or cut oneself, for cars or motorbikes; mind your head, the step or
steps, watch your step; don't touch (it, that, this, a thing), don't run (inside, here, on the stairs), "No
running"; the floor, the road or the stairs wet or slippery, a thing hot or sharp, it slippery, hot or sharp (very,
so). A clause alone ending with a comma keeps it ("Sàn nhà ướt," → "The floor is wet,"), for mt.phrasebook.clauses.
Left: "Cẩn thận!" alone (the phrasebook's), "Coi chừng!", "Coi chừng xe!" and "Be careful!" alone (v8 has them
right), "It's hot." alone and "Nóng lắm." (the weather, mt/weather_said.py; or feeling hot, mt/temperatures.py),
"bếp" hot (the stove, or the kitchen?), a question, a reason with "vì" or "because", who is careful ("Anh cẩn thận
quá."; mt/traits.py's trait), and anything else.
mt.phrasebook.translate tries these after mt/bring_along.py.

    >>> translate("Đừng chạm vào, nóng đấy!", "vi", "en"), translate("Be careful, the floor is wet.", "en", "vi")
    ("Don't touch it, it's hot!", 'Cẩn thận, sàn nhà ướt.')
"""
from __future__ import annotations

import re

from .lazy_re import lazy
from .rule_keys import key_checked
from .text import alternatives, capitalised, keyed

# things to be careful with: hot ones and sharp ones (English, and the classifier Vietnamese puts before them)
_HOT = {"nồi": "pot", "chảo": "pan", "bếp": "stove", "bếp ga": "stove", "bàn là": "iron", "bàn ủi": "iron",
        "lò nướng": "oven", "ấm nước": "kettle", "ấm đun nước": "kettle"}
_SHARP = {"dao": "knife", "kéo": "scissors"}
THINGS = _HOT | _SHARP
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())}
_MANY = {"scissors", "stairs", "steps"}  # ("the scissors are sharp")
_CLASSIFIER = {"dao": "con", "bếp": ""}  # (others "cái")
# where it is wet or slippery ("Sàn nhà ướt.", "Đường trơn lắm.")
PLACES = {"sàn": "floor", "sàn nhà": "floor", "nền nhà": "floor", "đường": "road", "cầu thang": "stairs"}
PLACES_VI = {"floor": "sàn nhà", "road": "đường", "stairs": "cầu thang"}
# what one is careful not to do ("Cẩn thận kẻo ngã.": be careful not to fall), and as Vietnamese says it
LEST = {"trơn": "slip", "trơn trượt": "slip", "trượt": "slip", "trượt ngã": "slip", "ngã": "fall", "té": "fall",
        "bỏng": "burn yourself", "đứt tay": "cut yourself"}
LEST_VI = {"slip": "trượt", "fall": "ngã", "burn yourself": "bỏng", "cut yourself": "đứt tay"}
_STATES = {"ướt": "wet", "trơn": "slippery", "trơn trượt": "slippery", "nóng": "hot", "sắc": "sharp", "bén": "sharp"}
_STATES_VI = {"wet": "ướt", "slippery": "trơn", "hot": "nóng", "sharp": "sắc"}
_CARS = {"xe": "cars", "xe cộ": "traffic", "xe máy": "motorbikes"}
_CARS_VI = {"car": "xe", "cars": "xe", "traffic": "xe cộ", "motorbike": "xe máy", "motorbikes": "xe máy"}
_WHERE = {"trong nhà": "inside", "ở đây": "here", "trên cầu thang": "on the stairs"}
_WHERE_VI = {"inside": "trong nhà", "indoors": "trong nhà", "in the house": "trong nhà", "here": "ở đây",
             "on the stairs": "trên cầu thang"}
_DEGREE = {"lắm": "very", "rất": "very", "quá": "so"}
_DEGREE_VI = {"very": "lắm", "really": "lắm", "so": "quá"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cẩn\s+thận|coi\s+chừng|chú\s+ý|đừng|không\s+được|ướt|trơn|nóng|sắc|bén)"),
         "en": lazy(r"(?i:careful|watch|look\s+out|mind|touch|\brun|wet|slippery|\bhot|sharp)")}

_ENDED = lazy(r"(?P<body>.*?)\s*(?P<end>[.!,]*)", re.DOTALL)  # (clauses and the end: "!", ".", "," or none)
_THING = rf"(?:(?:con|cái|chiếc)\s+)?(?P<thing>{alternatives(THINGS)})(?:\s+(?P<dem>này|đó|kia))?"
_PARTS = r"(?P<parts>(?:\s+(?:nhé|nha|nhá|đấy|đó|ạ|nào|đi))*)"  # (particles; "đấy" warns: "Nóng đấy!")
# be careful ("Cẩn thận với con dao.", "Coi chừng đầu!", "Cẩn thận kẻo ngã.", "Chú ý bước chân."), per clause
_CAREFUL = lazy(
    rf"(?i:(?:hãy|(?P<you>bạn|các\s+bạn))\s+)?(?i:(?P<careful>cẩn\s+thận)|(?P<watch>coi\s+chừng)|(?P<mind>chú\s+ý))"
    rf"(?:\s+(?i:(?:với\s+)?{_THING}|(?:(?:kẻo|đừng\s+để)\s+)?(?:(?:đụng|va|cụng|cộc|đập)\s+)?(?:cái\s+)?(?P<head>đầu)|"
    rf"(?P<step>bậc(?P<steps>\s+thang)?(?:\s+thềm)?)|(?P<footing>bước\s+chân)|(?P<cars>{alternatives(_CARS)})|"
    rf"(?:(?:kẻo|đừng\s+để|đừng)\s+)?(?:bị\s+)?(?P<lest>{alternatives(LEST)})))?{_PARTS}")
# don't touch, don't run ("Đừng động vào cái đó.", "Đừng chạy trong nhà!")
_DONT = lazy(
    rf"(?i:(?:bạn|các\s+bạn)\s+)?(?i:đừng|không\s+được)\s+(?i:(?P<touch>(?:chạm|sờ|động|đụng)\s+vào)(?:\s+(?:"
    rf"(?P<it>nó)|(?:cái\s+)?(?P<this>này)|(?:cái\s+)?(?P<that>đó|kia|đấy)|{_THING}))?|"
    rf"(?P<run>chạy)(?:\s+(?P<where>{alternatives(_WHERE)}))?){_PARTS}")
# wet, slippery, hot, sharp ("Sàn nhà ướt rồi.", "Con dao sắc lắm.", "Trơn đấy.")
_STATE = lazy(
    rf"(?i:(?:(?P<place>{alternatives(PLACES)})|{_THING})\s+)?(?:(?i:(?P<very>rất)|đang)\s+)?"
    rf"(?P<state>(?i:{alternatives(_STATES)}))(?:\s+(?P<much>(?i:lắm|quá)))?(?:\s+(?P<done>(?i:rồi)))?{_PARTS}")

# ... and in English
_THING_EN = rf"(?P<det>the|this|that|your)\s+(?P<thing>{alternatives(THINGS_VI)})"
_CAREFUL_EN = lazy(
    rf"(?i:(?P<careful>(?P<be>be\s+)?careful)(?:\s+with\s+{_THING_EN}|"
    rf"\s+not\s+to\s+(?P<lest>{alternatives(LEST_VI)}))?|"
    rf"(?P<watch>watch|look)\s+out(?:\s+for\s+(?:the\s+)?(?P<cars>{alternatives(_CARS_VI)}))?)")
_MIND_EN = lazy(r"(?i:(?:mind|watch)\s+(?:(?P<head>your\s+head)|the\s+(?P<step>steps?)|"
                r"(?P<footing>your\s+step)))")
_DONT_EN = lazy(
    r"(?i:(?:don['’]t|do\s+not)\s+(?:(?P<touch>touch)(?:\s+(?:(?P<it>it)|(?P<this>this)|(?P<that>that)|"
    rf"{_THING_EN}))?|(?P<run>run)(?:\s+(?P<where>{alternatives(_WHERE_VI)}))?)|(?P<no>no)\s+running)")
_STATE_EN = lazy(
    rf"(?i:(?P<it>it)|the\s+(?P<place>{alternatives(PLACES_VI)})|{_THING_EN})(?P<be>\s+is|\s+are|['’]s|['’]re)"
    rf"(?:\s+(?P<very>(?i:very|really|so)))?\s+(?P<state>(?i:wet|slippery|hot|sharp))")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a warning of one to three clauses set apart by commas (see the module's docstring); None
    for anything else, and for a clause that may be said alone only after another ("It's hot.", "Cẩn thận!")."""
    m = _ENDED.fullmatch(text)
    parts = [p.strip() for p in m["body"].split(",")]
    if len(parts) > 3 or not all(parts):
        return None
    clause = _clause if src == "vi" else _clause_vi
    said = [clause(p) for p in parts]
    if any(s is None for s in said) or len(said) == 1 and not said[0][1]:
        return None
    words = [s for s, _ in said]
    return capitalised(", ".join([words[0]] + [w[0].lower() + w[1:] for w in words[1:]])) + m["end"]


def _clause(text: str) -> tuple[str, bool] | None:
    """One clause of a Vietnamese warning in English, and whether it may be said alone: ("Don't touch it", True)
    for "Đừng chạm vào", ("Be careful", False) for "Cẩn thận"; None for anything else."""
    return _careful(text) or _dont(text) or _state(text)


def _careful(text: str) -> tuple[str, bool] | None:
    """"Cẩn thận với con dao" as "Be careful with the knife", "Coi chừng đầu" as "Mind your head", "Cẩn thận kẻo ngã"
    as "Be careful not to fall", "Chú ý bước chân" as "Watch your step", "Cẩn thận" as "Be careful" (_CAREFUL); not
    alone, "Cẩn thận" and "Coi chừng" (the phrasebook's, and v8's right)."""
    m = _CAREFUL.fullmatch(text)
    if not m:
        return None
    if m["head"] or m["step"] or m["footing"]:
        said = "Mind your head" if m["head"] else "Watch your step" if m["footing"] else (
            f"Mind the step{'s' * bool(m['steps'])}")
        return said, True
    if m["mind"]:  # ("Chú ý!" alone: attention, listen)
        return None
    if m["thing"]:
        return f"Be careful with {_the(m)}", True
    if m["lest"]:
        return f"Be careful not to {LEST[keyed(m['lest'])]}", True
    if m["cars"]:
        return f"Watch out for {_CARS[keyed(m['cars'])]}", True
    told = bool(m["you"] and m["parts"].strip())  # ("Bạn cẩn thận nhé.": v8 "You're careful.")
    return ("Be careful" if m["careful"] else "Watch out"), told


def _the(m: re.Match) -> str:
    """A thing of _THING in English: "the knife", "this pot", "that iron"."""
    dem = keyed(m["dem"] or "")
    return f"{'this' if dem == 'này' else 'that' if dem else 'the'} {THINGS[keyed(m['thing'])]}"


def _dont(text: str) -> tuple[str, bool] | None:
    """"Đừng chạm vào" and "Đừng động vào" as "Don't touch it", "Đừng sờ vào cái đó" as "Don't touch that",
    "Đừng chạm vào cái nồi" as "Don't touch the pot", "Đừng chạy trong nhà" as "Don't run inside" (_DONT)."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    if m["run"]:
        where = f" {_WHERE[keyed(m['where'])]}" if m["where"] else ""
        return f"Don't run{where}", True
    what = "this" if m["this"] else "that" if m["that"] else _the(m) if m["thing"] else "it"
    return f"Don't touch {what}", True


def _state(text: str) -> tuple[str, bool] | None:
    """"Sàn nhà ướt" as "The floor is wet", "Đường trơn lắm" as "The road is very slippery", "Con dao sắc" as "The
    knife is sharp", "Nóng đấy" as "It's hot" (_STATE); "Nóng lắm" not alone (the weather, or feeling hot); None for
    a state that does not go with the thing ("Sàn nhà nóng.", "Con dao nóng.")."""
    m = _STATE.fullmatch(text)
    if not m:
        return None
    state = _STATES[keyed(m["state"])]
    very = _DEGREE.get(keyed(m["much"] or m["very"] or ""))
    thing = keyed(m["thing"] or "")
    if m["very"] and m["much"] or m["done"] and state != "wet" or m["dem"] and not thing:
        return None
    if m["place"]:
        said = f"the {PLACES[keyed(m['place'])]}"
        if state not in ("wet", "slippery"):
            return None
    elif thing:
        if thing not in (_HOT if state == "hot" else _SHARP if state == "sharp" else ()) or thing == "bếp":
            return None  # ("Bếp nóng đấy.": the stove, or the kitchen?)
        said = _the(m)
    elif state == "wet":  # ("Ướt rồi.": what?)
        return None
    else:
        said = "it"
    be = "are" if said.split()[-1] in _MANY else "is"
    alone = said != "it" or state != "hot" or bool(re.search(r"(?i:đấy|đó)", m["parts"]))
    said = f"{said} {be} {very + ' ' if very else ''}{state}"
    return capitalised(said.replace("it is", "it's", 1)), alone


def _clause_vi(text: str) -> tuple[str, bool] | None:
    """One clause of an English warning in Vietnamese, and whether it may be said alone: ("Coi chừng", True) for
    "Watch out", ("Cẩn thận", False) for "Be careful" (v8 has it right alone); None for anything else."""
    return _careful_vi(text) or _dont_vi(text) or _state_vi(text)


def _careful_vi(text: str) -> tuple[str, bool] | None:
    """"Be careful with the knife" as "Cẩn thận với con dao", "Careful not to fall" as "Cẩn thận kẻo ngã", "Watch
    out" as "Coi chừng", "Mind your head" as "Cẩn thận đụng đầu", "Watch your step" as "Cẩn thận bước chân", "Mind the
    step" as "Cẩn thận bậc thềm" (_CAREFUL_EN, _MIND_EN)."""
    if m := _MIND_EN.fullmatch(text):
        if m["head"] or m["footing"]:
            return f"Cẩn thận {'đụng đầu' if m['head'] else 'bước chân'}", True
        return f"Cẩn thận {'bậc thang' if m['step'].lower() == 'steps' else 'bậc thềm'}", True
    m = _CAREFUL_EN.fullmatch(text)
    if not m:
        return None
    if m["thing"]:
        return (f"Cẩn thận với {thing}", True) if (thing := _the_vi(m)) else None
    if m["lest"]:
        return f"Cẩn thận kẻo {LEST_VI[keyed(m['lest'])]}", True
    if m["watch"]:
        return f"Coi chừng {_CARS_VI[keyed(m['cars'])]}" if m["cars"] else "Coi chừng", True
    return "Cẩn thận", not m["be"]


def _the_vi(m: re.Match) -> str | None:
    """A thing of _THING_EN in Vietnamese: "con dao", "cái nồi này", "cái kéo đó"; "bếp" without "cái"; None for
    "your" (said only of the head and the step)."""
    det = m["det"].lower()
    if det == "your":
        return None
    vi = THINGS_VI[keyed(m["thing"])]
    one = _CLASSIFIER.get(vi, "cái")
    return " ".join(w for w in (one, vi, {"this": "này", "that": "đó"}.get(det, "")) if w)


def _dont_vi(text: str) -> tuple[str, bool] | None:
    """"Don't touch that" as "Đừng chạm vào cái đó", "Don't touch the stove" as "Đừng chạm vào bếp", "Don't run
    inside" as "Đừng chạy trong nhà", "No running" as "Không được chạy" (_DONT_EN)."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    if m["no"]:
        return "Không được chạy", True
    if m["run"]:
        return f"Đừng chạy{' ' + _WHERE_VI[keyed(m['where'])] if m['where'] else ''}", True
    what = ("nó" if m["it"] else "cái này" if m["this"] else "cái đó" if m["that"] else
            _the_vi(m) if m["thing"] else "")
    if m["thing"] and not what:
        return None
    return f"Đừng chạm vào{' ' + what if what else ''}", True


def _state_vi(text: str) -> tuple[str, bool] | None:
    """"The floor is wet" as "Sàn nhà ướt", "The road is very slippery" as "Đường trơn lắm", "The scissors are
    sharp" as "Cái kéo sắc", "It's slippery" as "Trơn đấy", "it's hot" as "nóng đấy" (not alone: the weather, which
    mt/weather_said.py takes); None where "is" or "are" does not agree, or the state does not go with the thing."""
    m = _STATE_EN.fullmatch(text)
    if not m:
        return None
    state, be = m["state"].lower(), m["be"].strip().lower().replace("’", "'")
    very = _DEGREE_VI.get((m["very"] or "").lower(), "")
    if m["place"]:
        said, many = PLACES_VI[m["place"].lower()], m["place"].lower() in _MANY
        if state not in ("wet", "slippery"):
            return None
    elif m["thing"]:
        thing = m["thing"].lower()
        said, many = _the_vi(m), thing in _MANY
        if said is None or state not in ("hot", "sharp") or (thing in _HOT.values()) != (state == "hot"):
            return None
    else:
        said, many = "", False
        if state == "wet":
            return None
    if (be in ("are", "'re")) != many:
        return None
    if not said:  # ("Nóng đấy.", "Trơn lắm đấy.", "Sắc quá.")
        return f"{_STATES_VI[state].capitalize()}{' ' + very if very else ''}{'' if very == 'quá' else ' đấy'}", (
            state != "hot")
    return capitalised(f"{said} {_STATES_VI[state]}{' ' + very if very else ''}"), True
