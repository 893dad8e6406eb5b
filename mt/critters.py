"""Small creatures in the house, both ways, written whole by rule: a cockroach, a gecko, a spider, a caterpillar, a
centipede or ants seen (big), found or killed by who, one that fell on, crawled onto or ran across something or
someone, ants that got into the sugar, who is afraid of caterpillars, centipedes, geckos or ants, and "we have ants in
the kitchen". v8 (rules on) reads "gián" as thrive, "thạch sùng" as jelly, "sâu" as deep, "rết" as shy, and back
"cockroach" as a train, "gecko" as a dog, "ants" as children: "Tôi thấy một con gián to." → "I saw a thrive.", "Con
thạch sùng rơi xuống bàn." → "The jelly fell to the table.", "Con gián bò lên chân tôi!" → "The cowed to my feet!",
"Kiến bò vào hộp đường." → "The candle in the street box.", "Tôi sợ sâu." → "I'm afraid of deep.", "Bố tôi đã giết một
con rết." → "My father killed a constipation."; "I saw a huge cockroach." → "Tôi nhìn thấy một chiếc xe lửa lớn.", "A
gecko fell on the table." → "Một chú chó rơi trên bàn.", "We have ants in the house." → "Chúng tôi có những đứa trẻ
trong nhà.", "I'm scared of caterpillars." → "Tôi sợ mèoerpillars.", "I killed a cockroach." → "Tôi giết một ổ cắm
cáp.".

Taken: who (mt.hobbies.WHO, WHO_EN) saw ("thấy", "nhìn thấy"), found ("tìm thấy") or killed ("giết", "đập chết") one
("một con"; "a", "an") of CRITTERS, big or huge ("to", "rất to") or not, in a room (_ROOMS: "trong bếp"), just ("vừa",
"mới") or not; one ("Con …": "The …"; "Một con …": "A …") that fell on ("rơi xuống", "rơi vào"), crawled onto ("bò
lên"), ran across ("chạy qua") a thing (_THINGS: "bàn", "sàn nhà") or a body part of whose ("chân tôi": "my leg"), ants
that got into ("bò vào") the sugar or the food; who is (very, not, asked) afraid of caterpillars, centipedes, geckos or
ants ("sợ sâu", "sợ rết"); "We have ants in the kitchen." as "Bếp nhà tôi bị kiến.".
Left: seeing one of mt.pests.PESTS not big (mt/pests.py writes it), "sợ gián", "sợ nhện" (FEARED of
mt/fears.py), geckos and spiders on the wall (mt/bed_bugs.py), bites (mt/bites.py), a plain Vietnamese "thấy" asked or
denied, "đang" (now, crawling: "Con gián đang bò trên tường.") and the "Con …" shapes said of now or of habit ("Kiến
hay bò vào hộp đường."), "kiến" moving but into food (ants or an ant?), "sâu" but seen, moving or feared (a worm?
"sâu răng": tooth decay), "tay" (a hand or an arm?), "chân" read as a leg ("my foot" written back as "chân"),
a pet, "I" or "we" (English) asked as who, "anh", "chị", "em" alone saying it, "thế"/"vậy" statements, "chân"
fallen on, a body part of "our" or "their", "very" asked and "not really", and anything else, to the model.
mt.phrasebook.translate tries these after mt/murky_weather.py.

    >>> translate("Con thạch sùng rơi xuống bàn.", "vi", "en"), translate("I saw a huge cockroach.", "en", "vi")
    ('The gecko fell on the table.', 'Tôi thấy một con gián rất to.')
"""
from __future__ import annotations

from .articles import a_or_an
from .fears import FEARED
from .hobbies import WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, person_of, who_vi
from .lazy_re import lazy
from .pests import PESTS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import BE_EN, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:gián|thạch\s+sùng|nhện|(?:con|sợ)\s+sâu|\brết\b|kiến)"),
         "en": lazy(r"(?i:cockroach|gecko|spider|caterpillar|centipede|\bants?\b)")}
# the creatures: English one, many (the first Vietnamese of each is written back)
CRITTERS = {"gián": ("cockroach", "cockroaches"), "thạch sùng": ("gecko", "geckos"), "nhện": ("spider", "spiders"),
            "sâu": ("caterpillar", "caterpillars"), "rết": ("centipede", "centipedes"), "kiến": ("ant", "ants")}
_ONE_VI = {one: vi for vi, (one, _) in CRITTERS.items()}
_FEARED = {vi: many for vi, (_, many) in CRITTERS.items() if vi not in FEARED}  # (the others are mt/fears.py's)
_FEARED_VI = {many: vi for vi, many in _FEARED.items()}
_BIG = {"to": "big", "rất to": "huge"}
_BIG_VI = {"big": "to", "large": "to", "huge": "rất to"}
# rooms one is seen in ("trong bếp"), and what one falls on, crawls onto or runs across, with the verbs said of it
_ROOMS = {"bếp": "kitchen", "nhà bếp": "kitchen", "phòng tắm": "bathroom", "phòng ngủ": "bedroom", "tủ bếp":
          "kitchen cupboard", "tủ quần áo": "wardrobe", "nhà vệ sinh": "toilet"}
_ROOMS_VI = {en: vi for vi, en in reversed(_ROOMS.items())}
_THINGS = {"bàn": ("table", "fall crawl run"), "sàn nhà": ("floor", "fall crawl run"), "giường": ("bed", "fall crawl"),
           "bếp": ("kitchen", "run"), "phòng": ("room", "run"), "hộp đường": ("sugar jar", "into"),
           "lọ đường": ("sugar jar", "into"), "đồ ăn": ("food", "into"), "nồi cơm": ("rice pot", "into")}
_THINGS_VI = {en: vi for vi, (en, _) in reversed(_THINGS.items())}
_BODY = {"chân": "leg", "đầu": "head", "mặt": "face", "áo": "shirt", "lưng": "back", "cổ": "neck"}
_BODY_VI = {en: vi for vi, en in _BODY.items()} | {"foot": "chân"}
_MOVES = {"rơi xuống": "fall", "rơi vào": "fall", "rơi trúng": "fall", "bò lên": "crawl", "chạy qua": "run",
          "bò vào": "into"}
_MOVED = {"fall": "fell on", "crawl": "crawled onto", "run": "ran across", "into": "got into"}
_MOVES_VI = {"fell on": "rơi xuống", "fell onto": "rơi xuống", "crawled onto": "bò lên", "crawled on": "bò lên",
             "crawled up": "bò lên", "ran across": "chạy qua", "got into": "bò vào"}
_DONE = {"thấy": "saw", "nhìn thấy": "saw", "tìm thấy": "found", "giết": "killed", "đập chết": "killed"}
_DONE_VI = {"saw": "thấy", "found": "tìm thấy", "killed": "giết"}

_CRITTER = rf"(?P<bug>(?i:{alternatives(CRITTERS)}))"
_CRITTER_EN = rf"(?P<bug>(?i:{alternatives(_ONE_VI)}))"
# seen, found or killed ("Tôi thấy một con gián to.", "Bố tôi đã giết một con rết trong phòng tắm.")
_SEEN = lazy(rf"{WHO}\s+(?:(?P<aux>vừa|mới|đã)\s+)?(?P<verb>{alternatives(_DONE)})\s+một\s+con\s+{_CRITTER}"
             rf"(?:\s+(?P<big>{alternatives(_BIG)}))?(?:\s+trong\s+(?P<room>{alternatives(_ROOMS)}))?\s*(?P<end>[.!]*)")
# one that moved onto something or someone ("Con gián bò lên chân tôi!", "Kiến bò vào hộp đường.")
_WHOSE = rf"(?P<body>{alternatives(_BODY)})\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))"
_MOVE = lazy(rf"(?:(?P<det>[Mm]ột\s+con|[Cc]on)\s+)?{_CRITTER}(?:\s+(?P<big>to))?\s+(?P<verb>{alternatives(_MOVES)})"
             rf"\s+(?:(?P<thing>{alternatives(_THINGS)})|{_WHOSE})\s*(?P<end>[.!]*)")
# afraid of them ("Tôi sợ sâu.", "Bạn có sợ rết không?")
_FEAR = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?sợ\s+(?P<bug>{alternatives(_FEARED)})"
             r"(?:\s+(?P<much>lắm))?(?:\s+(?P<asked>không))?\s*(?P<end>[.!?]*)")

# ... in English
_SEEN_EN = lazy(rf"{WHO_EN}(?:\s+(?P<just>just))?\s+(?P<verb>saw|found|killed)\s+(?P<a>an?)\s+(?:(?P<big>"
                rf"{alternatives(_BIG_VI)})\s+)?{_CRITTER_EN}(?:\s+in\s+the\s+(?P<room>{alternatives(_ROOMS_VI)}))?"
                r"\s*(?P<end>[.!]*)")
_MOVE_EN = lazy(rf"(?:(?P<det>An?|The)\s+(?:(?P<big>big)\s+)?{_CRITTER_EN}|(?P<ants>(?:The\s+)?[Aa]nts))\s+"
                rf"(?P<verb>{alternatives(_MOVES_VI)})\s+(?:the\s+(?P<thing>{alternatives(_THINGS_VI)})|"
                rf"(?P<owner>(?i:{alternatives(WHOSE_VI)}))\s+(?P<body>{alternatives(_BODY_VI)}))\s*(?P<end>[.!]*)")
_FEAR_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n't)?(?:\s+(?P<very>very|really))?\s+"
                rf"(?:afraid|scared|frightened)\s+of\s+(?P<bug>{alternatives(_FEARED_VI)})\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(r"We\s+have\s+(?P<bug>ants|cockroaches)\s+in\s+(?:the|our)\s+(?P<room>house|kitchen|bathroom|"
                r"bedroom)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a cockroach, gecko, spider, caterpillar, centipede or ants seen, found,
    killed, fallen or crawled onto something, or feared; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _seen(text) or _move(text) or _fear(text)
    text = text.replace("’", "'")
    return _seen_vi(text) or _move_vi(text) or _fear_vi(text) or _have_vi(text)


def _one(bug: str, big: str | None) -> str:
    """One creature in English, big or not, after "a" or "an" ("a big cockroach", "an ant")."""
    said = f"{big} {bug}" if big else bug
    return f"{a_or_an(said)} {said}"


def _seen(text: str) -> str | None:
    """"Tôi thấy một con gián to." as "I saw a big cockroach." (_SEEN); None for anything else, and one of
    mt.pests.PESTS seen not big (mt/pests.py's)."""
    m = _SEEN.fullmatch(text)
    if not m or em_speaking(m) or (said := person_of(m, False)) is None:
        return None
    verb, bug = _DONE[keyed(m["verb"])], keyed(m["bug"])
    if verb == "saw" and not m["big"] and bug in map(keyed, PESTS):
        return None
    big = _BIG[keyed(m["big"])] if m["big"] else None
    just = "just " if keyed(m["aux"] or "") in ("vừa", "mới") else ""
    room = f" in the {_ROOMS[keyed(m['room'])]}" if m["room"] else ""
    return capitalised(f"{said[0]} {just}{verb} {_one(CRITTERS[bug][0], big)}{room}{stop(m['end'])}")


def _move(text: str) -> str | None:
    """"Con thạch sùng rơi xuống bàn." as "The gecko fell on the table.", "Kiến bò vào hộp đường." as "Ants got into
    the sugar jar." (_MOVE); None for anything else, a verb not said of the thing, and "kiến" alone but into food."""
    m = _MOVE.fullmatch(text)
    if not m:
        return None
    move, bug = _MOVES[keyed(m["verb"])], keyed(m["bug"])
    if m["thing"]:
        where, moves = _THINGS[keyed(m["thing"])]
        where = f"the {where}"
        if move not in moves.split():
            return None
    else:  # (not of many: "our face"? and "chân" fallen on: a leg or a foot?)
        where = f"{OWNERS[keyed(m['owner'])]} {_BODY[keyed(m['body'])]}"
        if move in ("into", "run") or where.split()[0] in ("our", "their") or move == "fall" and "leg" in where:
            return None
    if not m["det"]:  # (no "con": ants, many, into food only)
        if bug != "kiến" or move != "into" or m["big"]:
            return None
        return f"Ants got into {where}{stop(m['end'])}"
    one = CRITTERS[bug][0]
    who_ = _one(one, "big" if m["big"] else None) if keyed(m["det"]) != "con" else \
        f"The {'big ' * bool(m['big'])}{one}"
    return capitalised(f"{who_} {_MOVED[move]} {where}{stop(m['end'])}")


def _fear(text: str) -> str | None:
    """"Tôi sợ sâu." as "I'm afraid of caterpillars.", "Bạn có sợ rết không?" as "Are you afraid of centipedes?"
    (_FEAR); None for anything else."""
    m = _FEAR.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or em_speaking(m) or (said := person_of(m, asked)) is None:
        return None
    if asked and m["much"]:
        return None
    who_, bug = said[0], _FEARED[keyed(m["bug"])]
    if asked:
        return f"{be(who_).capitalize()} {who_} afraid of {bug}?"
    how = "not " * bool(m["not"]) + "very " * bool(m["very"] or m["much"])  # ("không sợ … lắm": not very)
    return capitalised(contracted(who_, f"{be(who_)} {how}afraid of {bug}") + stop(m["end"]))


def _seen_vi(text: str) -> str | None:
    """"I saw a huge cockroach." as "Tôi thấy một con gián rất to." (_SEEN_EN); None for anything else, "a" not
    agreeing, a pet as who, and one of mt.pests.PESTS seen not big (mt/pests.py's)."""
    m = _SEEN_EN.fullmatch(text)
    if not m or animal(m):
        return None
    bug, big, verb = m["bug"].lower(), (m["big"] or "").lower(), m["verb"]
    if m["a"].lower() != a_or_an(big or bug) or verb == "saw" and not big and _ONE_VI[bug] in PESTS:
        return None
    who_ = who_vi(m)[0]
    said = f"{who_} {'vừa ' * bool(m['just'])}{_DONE_VI[verb]} một con {_ONE_VI[bug]}"
    said += f" {_BIG_VI[big]}" if big else ""
    said += f" trong {_ROOMS_VI[m['room'].lower()]}" if m["room"] else ""
    return capitalised(said + stop(m["end"]))


def _move_vi(text: str) -> str | None:
    """"A gecko fell on the table." as "Một con thạch sùng rơi xuống bàn.", "A cockroach crawled onto my leg!" as "Một
    con gián bò lên chân tôi!" (_MOVE_EN); None for anything else, "a" not agreeing, a verb not said of the thing."""
    m = _MOVE_EN.fullmatch(text)
    if not m:
        return None
    verb = " ".join(m["verb"].split())
    move = _MOVES[_MOVES_VI[verb]]
    if m["thing"]:
        where, moves = _THINGS[_THINGS_VI[m["thing"]]]
        where = _THINGS_VI[m["thing"]] if move in moves.split() else None
    else:
        many = m["owner"].lower() in ("our", "their")  # (one body part of many?)
        where = None if move in ("into", "run") or many else f"{_BODY_VI[m['body']]} {WHOSE_VI[m['owner'].lower()]}"
    if where is None:
        return None
    if m["ants"]:
        return f"Kiến bò vào {where}{stop(m['end'])}" if move == "into" else None
    bug, big = m["bug"].lower(), " to" * bool(m["big"])
    det = m["det"].lower()
    if det != "the" and det != a_or_an(m["big"] or bug):
        return None
    who_ = f"{'Một con' if det != 'the' else 'Con'} {_ONE_VI[bug]}{big}"
    return f"{who_} {_MOVES_VI[verb]} {where}{stop(m['end'])}"


def _fear_vi(text: str) -> str | None:
    """"I'm scared of caterpillars." as "Tôi sợ sâu.", "Are you afraid of centipedes?" as "Bạn có sợ rết không?"
    (_FEAR_EN); None for anything else, and "be" not agreeing with who."""
    m = _FEAR_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or animal(m) or asked and m["not"]:
        return None
    who_, one = who_vi(m)
    first = (m["q"] or m["be"]).strip().lower()
    if not first_agrees(first, who_, one) or asked and (who_ in ("tôi", "chúng tôi") or m["very"]):
        return None  # ("Are we …?": chúng ta or chúng tôi?; "very" asked)
    if m["not"] and m["very"]:  # ("not very"; "not really" is not so sure)
        if m["very"].lower() != "very":
            return None
        return capitalised(f"{who_} không sợ {_FEARED_VI[m['bug'].lower()]} lắm{stop(m['end'])}")
    bug = _FEARED_VI[m["bug"].lower()]
    if asked:
        return capitalised(f"{who_} có sợ {bug} không?")
    how = "không " if m["not"] else "rất " if m["very"] else ""
    return capitalised(f"{who_} {how}sợ {bug}{stop(m['end'])}")


def _have_vi(text: str) -> str | None:
    """"We have ants in the kitchen." as "Bếp nhà tôi bị kiến." (_HAVE_EN; infested, not kept); None for anything
    else."""
    m = _HAVE_EN.fullmatch(text)
    if not m:
        return None
    room = {"house": "", "kitchen": "Bếp ", "bathroom": "Phòng tắm ", "bedroom": "Phòng ngủ "}[m["room"]]
    said = f"{room}nhà tôi" if room else "Nhà tôi"
    return f"{said} bị {'kiến' if m['bug'] == 'ants' else 'gián'}{stop(m['end'])}"
