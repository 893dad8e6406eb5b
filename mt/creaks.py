"""Wobbly, rickety and creaky furniture, doors and floors at home, both ways, written whole by rule: a chair or a
table wobbly or broken, a leg broken, a door, the floor or a bed creaking, the hinges needing oil and who oils them.
v8 (the rules on) reads "lung lay" as shaken, "kêu" as urging, "tra" as investigating, "bản lề" as a margin, and in
English "chair" as a chairman, "wobbly" as dressed: "Cái ghế này bị lung lay." → "The seat was shaken.", "Cái ghế
này bị gãy chân." → "This chair was broken from the leg.", "Chân ghế bị gãy rồi." → "The footwear was broken.",
"Cửa kêu cót két." → "The door urged to shine.", "Sàn nhà kêu cót két." → "The house has been urged.", "Cái tủ này
cót két lắm." → "This cabinet has a very criticis.", "Bản lề cửa cần tra dầu." → "The margin of the store needs to
be investigated.", "Tôi sẽ tra dầu vào bản lề." → "I'll take oil on the side of my oil."; "The chair is wobbly." →
"Chủ trì này mặc quần áo.", "This bed is rickety." → "Giọng giường này bị vòi.", "The door squeaks." → "Cánh cửa.",
"The floorboards creak." → "Các tấm ván sàn nhà tạo ra.", "The hinges need oiling." → "Các hinges cần dầu.", "I'll
oil the hinges." → "Tôi sẽ dầu hỏa.".

Taken: a thing of THINGS (FURNITURE, mt.doors.DOORS, floors, stairs, hinges) with "này"/"đó" (this, that, these),
whose (mt.hobbies.OWNER; "my", "my mother's") or none ("the"): furniture wobbly ("lung lay", "cập kênh"), rickety
("ọp ẹp"), broken ("gãy", "hỏng") or with a broken leg, a chair or table leg broken or loose; anything creaking or
squeaking ("kêu cót két", "kẽo kẹt" …), now, still, always, a lot, no more, stopped, asked; a door or its hinges
needing oil; who (mt.hobbies.WHO, WHO_EN) oiling the hinges or the door: will, just, did, has, needs to, can?, has …
yet?. Left: a door, lock or gate broken, stuck or that won't close (mt/broken.py's, mt/doors.py's, or the model's),
doors opened or closed (mt/doors.py), furniture in the plural ("these chairs"), "rồi" after a wobbly thing (has it
got so?), "anh", "chị", "em" alone saying it (mt.hobbies.who), oiling said plainly ("Tôi tra dầu …": now or a habit?),
loose teeth, mending clothes (mt/mending.py), noise of people (mt/noise.py), seats taken (mt/seats.py).
mt.phrasebook.translate tries these after mt/clothes_care.py.

    >>> translate("Cửa kêu cót két.", "vi", "en"), translate("The chair is wobbly.", "en", "vi")
    ('The door creaks.', 'Cái ghế bị lung lay.')
"""
from __future__ import annotations

import re

from .doors import DOORS, DOORS_VI
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# furniture that wobbles, creaks or breaks (the first Vietnamese of each is written back)
FURNITURE = {"ghế": "chair", "bàn": "table", "giường": "bed", "tủ": "cupboard",
             "tủ quần áo": "wardrobe", "kệ": "shelf", "giá sách": "bookshelf", "ghế sofa": "sofa", "sofa": "sofa",
             "bàn làm việc": "desk", "ghế đẩu": "stool", "thang": "ladder", "bàn ăn": "dining table"}
FURNITURE_VI = {en: vi for vi, en in reversed(FURNITURE.items())} | {"cabinet": "tủ", "couch": "ghế sofa"}
_LEGGED = {"chair", "table", "bed", "desk", "stool", "dining table"}
# ... and the rest that creaks; English says floorboards, stairs and hinges as many (and only these end in "s")
_HINGES = {"bản lề": "hinges"} | {f"bản lề {vi}": f"{en} hinges" for vi, en in DOORS.items()}
THINGS = FURNITURE | DOORS | _HINGES | {"sàn nhà": "floor", "sàn": "floor", "sàn gỗ": "floorboards",
                                         "ván sàn": "floorboards", "cầu thang": "stairs"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | FURNITURE_VI | DOORS_VI
_S = "'s"  # (whose, after someone: "my mother's bed")
_OILED = {vi for vi, en in THINGS.items() if vi in DOORS or vi in _HINGES}
_OILED_VI = {en for en, vi in THINGS_VI.items() if vi in _OILED and not en.endswith(("doors", "windows", "gates"))}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lung\s+lay|ọp\s+ẹp|cập\s+kênh|gãy|\bhỏng|(?<!\w)hư(?!\w)|cót|kẹt|(?:tra|bôi)\s+(?:dầu|mỡ))"),
         "en": lazy(r"(?i:wobbl|rickety|shaky|unsteady|broken|loose|creak|squeak|\boil|greas)")}

_THING = (rf"(?:(?P<one>(?i:cái|chiếc|cánh))\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
          rf"(?:\s+(?P<this>này|đó)|\s+(?:của\s+)?{OWNER})?")
_CREAK = r"(?:kêu\s+)?(?:cót\s+két|kẽo\s+kẹt|cọt\s+kẹt|kèn\s+kẹt|cót\s+ca\s+cót\s+két)"
_SHAKY = {"lung lay": "wobbly", "cập kênh": "wobbly", "ọp ẹp": "rickety", "gãy": "broken", "hỏng": "broken",
          "hư": "broken"}
_BEFORE = {"hơi": "a bit", "khá": "quite", "rất": "very"}  # said before the state; "quá", "lắm" after it
# ... and of creaking, after the verb ("creaks a bit"; "rất", "quá", "lắm": "a lot")
_CREAK_DEGREES = {"hơi": " a bit", "khá": " quite a lot"}
_AFTER = {"quá": "so", "lắm": "really"}
_ASPECT = (r"(?:(?P<ask>có)\s+|(?P<not>không(?:\s+còn)?)\s+|(?P<aspect>đang|cứ|vẫn\s+còn|vẫn|hết|lúc\s+nào\s+cũng)"
           r"\s+)?")
_STATE = lazy(rf"{_THING}\s+{_ASPECT}(?:(?P<before>hơi|khá|rất)\s+)?(?P<bi>bị\s+)?(?:(?P<creak>{_CREAK})|(?P<state>"
              rf"{alternatives(_SHAKY)})|(?P<leg>gãy\s+(?:mất\s+)?(?:một\s+)?chân))(?:\s+(?P<after>quá|lắm))?"
              rf"(?:\s+(?P<more>nữa))?(?:\s+(?P<done>rồi))?{ASKED_END}")
_PART = lazy(rf"(?i:chân)\s+(?P<thing>{alternatives(k for k, v in FURNITURE.items() if v in _LEGGED)})\s+(?:bị\s+)?"
             rf"(?P<state>gãy|lung\s+lay)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_OIL = r"(?:tra|bôi)\s+(?:dầu(?:\s+mỡ)?|mỡ)"
_NEEDS = lazy(rf"{_THING}\s+(?:(?P<ask>có)\s+)?cần(?:\s+phải)?\s+(?:được\s+)?{_OIL}{ASKED_END}")
_OILS = lazy(rf"{WHO}\s+(?P<aux>sẽ|đã|vừa\s+mới|vừa|mới|cần(?:\s+phải)?|có\s+thể|chưa)?\s*{_OIL}\s+(?:(?:vào|cho)\s+)?"
             rf"(?P<thing>(?i:{alternatives(_OILED)}))(?:\s+(?P<this>này))?(?:\s+(?P<tail>rồi|chưa))?{ASKED_END}")

# ... and in English ("the chair", "this door", "my mother's bed")
_THING_EN = (rf"(?:(?P<det>(?i:the|this|that|these|those))|(?P<own>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})"
             rf"['’]s)\s+(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_SHAKY_VI = {"wobbly": "lung lay", "shaky": "lung lay", "unsteady": "lung lay", "rickety": "ọp ẹp", "broken": "hỏng",
             "creaky": "kêu cót két", "squeaky": "kêu cót két"}
_DEGREES_VI = {"a bit": "hơi", "a little": "hơi", "slightly": "hơi", "quite": "khá", "pretty": "khá", "very": "rất",
               "so": "quá", "really": "lắm"}
# ... who oils it: whether the word after who says he or she (True), "I", or neither (None), and the Vietnamese
_PERSONS = {"'ll": None, "will": None, "'m": "I", "am": "I", "'re": False, "are": False, "'s": True, "is": True,
            "'ve": False, "have": False, "has": True, "hasn't": True, "haven't": False, "need": False, "needs": True,
            "can": None, "could": None, "": None}
_AUX_VI = {"": "đã …", "'ll": "sẽ …", "will": "sẽ …", "going": "sẽ …", "just": "vừa …", "'ve": "đã … rồi",
           "'s": "đã … rồi", "have": "đã … rồi", "has": "đã … rồi", "haven't": "chưa …", "hasn't": "chưa …",
           "need": "cần …", "needs": "cần …", "can": "có thể … không?", "could": "có thể … không?"}
_IS_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_THING_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)?(?P<not>\s+not|n['’]t)?"
              rf"(?P<still>\s+still)?(?:\s+(?P<degree>{alternatives(_DEGREES_VI)}))?\s+(?P<state>"
              rf"{alternatives(_SHAKY_VI)})(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_DOES_EN = lazy(rf"(?:(?P<do>Does|Do)\s+)?{_THING_EN}(?:\s+(?P<aux>does\s+not|do\s+not|doesn['’]t|don['’]t|still|"
                r"always))?\s+(?P<verb>(?:creak|squeak|wobble)s?)(?P<lot>\s+a\s+lot|\s+so\s+much)?(?P<more>\s+any\s*"
                r"more)?\s*(?P<end>[.!?]*)")
_DOING_EN = lazy(rf"{_THING_EN}(?P<aux>\s+is|\s+are|['’]s|['’]re|\s+keeps|\s+keep|\s+has\s+stopped|\s+have\s+"
                 r"stopped|['’]ve\s+stopped)\s+(?P<verb>creaking|squeaking|wobbling)\s*(?P<end>[.!]*)")
_LEG_EN = lazy(rf"{_THING_EN}\s+(?P<has>has|have)\s+a\s+broken\s+leg\s*(?P<end>[.!]*)")
_PART_EN = lazy(rf"(?i:(?P<one>one\s+of\s+)?the)\s+(?P<thing>{alternatives(_LEGGED)})\s+leg(?P<many>s)?\s+(?:is|['’]s)"
                r"\s+(?P<state>broken|loose|wobbly)\s*[.!]*")
_NEEDS_EN = lazy(rf"(?:(?P<do>Does|Do)\s+)?{_THING_EN}\s+(?P<need>needs|need)\s+(?:oiling|greasing|to\s+be\s+"
                 r"(?:oiled|greased)|(?:some\s+)?oil)\s*(?P<end>[.!?]*)")
_OILS_EN = lazy(rf"(?:(?P<modal>Can|Could|Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|(?:['’]m|['’]re|['’]s|\s+am|"
                r"\s+are|\s+is)\s+going\s+to|(?:['’]ve|['’]s|\s+have|\s+has)(?:\s+just)?|\s+needs?\s+to|\s+(?:have|has)"
                r"n['’]t)?(?P<please0>\s+please)?\s+(?P<verb>oil|oiled|grease|greased)\s+(?P<det>(?i:the|this))\s+"
                rf"(?P<thing>{alternatives(_OILED_VI)})(?P<yet>\s+yet)?(?P<please>,?\s+please)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether furniture is wobbly or broken, or something creaks,
    or needs oiling, or says who oils it; None for any other."""
    if src == "vi":
        said = _state(text) or _part(text) or _needs(text) or _oils(text)
    else:
        said = _is_vi(text) or _does_vi(text) or _doing_vi(text) or _leg_vi(text) or _part_vi(text) or \
            _needs_vi(text) or _oils_vi(text)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said  # (said so)


def _thing_en(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THING in English, and whether it is many: ("this chair", False), ("the floorboards",
    True), "these stairs", "my mother's bed"; None for whose or "này" with hinges ("bản lề cửa này": this door's), and
    for "cánh" before what is not a door ("cánh ghế")."""
    if keyed(m["one"] or "") == "cánh" and keyed(m["thing"]) not in DOORS:
        return None
    en = THINGS[keyed(m["thing"])]
    many = en.endswith("s")
    if m["this"]:
        near = keyed(m["this"]) == "này"
        return None if "hinges" in en else (f"{('those', 'these')[near] if many else ('that', 'this')[near]} {en}",
                                             many)
    if m["owner"] or m["someone"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
        return None if many or not whose else (f"{whose}{'' if m['owner'] else _S} {en}", False)
    return f"the {en}", many


def _state(text: str) -> str | None:
    """"Cái ghế này bị lung lay." as "This chair is wobbly.", "Cái ghế này bị gãy chân." as "This chair has a broken
    leg.", "Cửa kêu cót két." as "The door creaks.", "Cái tủ này cót két lắm." as "This cupboard creaks a lot.",
    "Cửa hơi kêu cót két." as "The door creaks a bit.", "Cửa có kêu cót két không?" as "Does the door creak?"
    (_STATE); None for anything else."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := _thing_en(m)) is None:
        return None
    subject, many = said
    aspect, state = keyed(m["not"] or m["aspect"] or ""), keyed(m["state"] or "")
    degree = m["before"] or m["after"]
    if m["more"] and not m["not"] or keyed(m["not"] or "") == "không còn" and not m["more"] or m["before"] and (
            m["bi"] or m["after"]) or degree and (m["not"] or aspect):
        return None
    if not m["creak"] and (THINGS[keyed(m["thing"])] not in FURNITURE_VI or aspect not in (
            "", "không", "không còn", "vẫn", "vẫn còn")):
        return None
    if m["done"] and not (aspect == "hết" or m["leg"] or _SHAKY.get(state) == "broken"):
        return None
    if m["creak"]:
        return _creaks(subject, many, aspect, m["more"], degree, asked)
    if m["leg"]:
        return None if degree or aspect or m["not"] else f"Does {subject} have a broken leg?" if asked else \
            capitalised(f"{subject} has a broken leg.")
    if degree and _SHAKY[state] == "broken":
        return None
    how = f"{_BEFORE[m['before']] if m['before'] else _AFTER[m['after']]} " if degree else ""
    if asked:
        return f"Is {subject} {how}{_SHAKY[state]}?"
    be = "is" + ("n't" if m["not"] else "") + (" still" if aspect.startswith("vẫn") else "")
    return capitalised(f"{subject} {be} {how}{_SHAKY[state]}{' any more' if m['more'] else ''}.")


def _creaks(subject: str, many: bool, aspect: str, more: str | None, degree: str | None, asked: bool) -> str:
    """A thing creaking in English, by what is said of it (`degree`: "hơi", "khá", "rất", "quá", "lắm"): "The door
    creaks.", "The door creaks a bit.", "The stairs are creaking.", "This bed keeps creaking.", "The door doesn't
    creak any more.", "The hinges have stopped creaking.", "Does it creak?"."""
    s = "" if many else "s"
    lot = _CREAK_DEGREES.get(keyed(degree), " a lot") if degree else ""
    if asked:
        return f"{'Do' if many else 'Does'} {subject} creak{lot}?"
    said = {"": f"creak{s}{lot}", "đang": f"{'are' if many else 'is'} creaking", "cứ": f"keep{s} creaking",
            "vẫn": f"still creak{s}", "vẫn còn": f"still creak{s}", "lúc nào cũng": f"always creak{s}",
            "hết": f"{'have' if many else 'has'} stopped creaking"}.get(aspect)
    if said is None:  # (not)
        said = f"{'do' if many else 'does'}n't creak{' any more' if more else ''}"
    return capitalised(f"{subject} {said}.")


def _part(text: str) -> str | None:
    """"Chân ghế bị gãy rồi." as "The chair leg is broken.", "Chân bàn bị lung lay." as "The table leg is loose."
    (_PART); None for anything else."""
    m = _PART.fullmatch(text)
    if not m or "?" in m["end"] or m["done"] and keyed(m["state"]) != "gãy":
        return None
    state = "broken" if keyed(m["state"]) == "gãy" else "loose"
    return f"The {FURNITURE[keyed(m['thing'])]} leg is {state}."


def _needs(text: str) -> str | None:
    """"Bản lề cửa cần tra dầu." as "The door hinges need oiling.", "Cửa này có cần tra dầu không?" as "Does this
    door need oiling?" (_NEEDS); None for anything else, and for things not oiled (a bed)."""
    m = _NEEDS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or keyed(m["thing"]) not in _OILED:
        return None
    if (said := _thing_en(m)) is None:
        return None
    if asked:
        return f"{'Do' if said[1] else 'Does'} {said[0]} need oiling?"
    return capitalised(f"{said[0]} need{'' if said[1] else 's'} oiling.")


def _oils(text: str) -> str | None:
    """"Tôi sẽ tra dầu vào bản lề." as "I'll oil the hinges.", "Bố tôi đã tra dầu vào bản lề cửa." as "My father
    oiled the door hinges.", "Bạn có thể tra dầu vào bản lề không?" as "Can you oil the hinges?", "Bạn đã tra dầu
    cho cửa chưa?" as "Have you oiled the door yet?" (_OILS); None for anything else, and for the verb alone said."""
    m = _OILS.fullmatch(text)
    asked = bool(m and (m["asked"] or m["tail"] == "chưa"))
    aux, tail = keyed(m["aux"] or "") if m else "", m and m["tail"]
    if not m or asked != ("?" in m["end"]) or m["asked"] and aux != "có thể" or aux == "có thể" and not m["asked"]:
        return None
    if tail == "chưa" and aux not in ("", "đã") or tail == "rồi" and aux not in ("", "đã") or not (aux or tail):
        return None
    if (said := who(m, asked)) is None:
        return None
    (who_, one), en, have = said, THINGS[keyed(m["thing"])], "has" if said[1] else "have"
    if m["this"] and "hinges" in en:  # ("bản lề cửa này": this door's hinges)
        return None
    thing = f"{'this' if m['this'] else 'the'} {en}"
    if asked:
        return f"Can {who_} oil {thing}?" if aux == "có thể" else f"{have.capitalize()} {who_} oiled {thing} yet?"
    said = {"sẽ": f"will oil {thing}", "đã": f"oiled {thing}", "vừa": f"{have} just oiled {thing}",
            "vừa mới": f"{have} just oiled {thing}", "mới": f"{have} just oiled {thing}",
            "chưa": f"{have}n't oiled {thing} yet"}.get(aux)
    if aux.startswith("cần"):
        said = f"need{'s' * one} to oil {thing}"
    if tail == "rồi":
        said = f"{have} oiled {thing}"
    return capitalised(contracted(who_, f"{said}.")) if said else None


def _thing_vi(m: re.Match, furniture: bool = False) -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether English said it as many: ("cái ghế này", False)
    for "this chair", ("cửa", False) for "the door", ("ghế của mẹ tôi", False), ("cầu thang", True) for "the
    stairs"; None where "these" does not go with it ("this stairs"), and for what is not furniture if `furniture`."""
    en = keyed(m["thing"])
    vi, many = THINGS_VI[en], en.endswith("s")
    if furniture and en not in FURNITURE_VI:
        return None
    if m["own"] or m["someone"]:
        whose = WHOSE_VI[m["own"].lower()] if m["own"] else someone(m["someone"], "en")
        return None if many or not whose else (f"{vi} của {whose}", False)
    det = m["det"].lower()
    if (det in ("these", "those")) != many and det != "the":
        return None
    one = "cái " if en in FURNITURE_VI else ""
    return f"{one}{vi}{'' if det == 'the' else ' này' if det in ('this', 'these') else ' đó'}", many


def _agrees(word: str, many: bool) -> bool:
    """Whether "is", "are", "does", "has", "creaks" … agrees with a thing said as many or not."""
    word = " ".join(word.lower().replace("’", "'").split())
    if word in ("is", "'s", "does", "does not", "doesn't", "has", "keeps", "has stopped"):
        return not many
    if word in ("are", "'re", "do", "do not", "don't", "have", "keep", "have stopped", "'ve stopped"):
        return many
    return True


def _said_vi(subject: str, word: str, aspect: str, degree: str = "") -> str:
    """A thing wobbly, broken or creaking in Vietnamese, by what is said of it ("not", "notmore", "still", "asked",
    "always", "now", "keeps", "stopped"): "Cái ghế bị lung lay.", "Cửa không còn kêu cót két nữa."."""
    bi = "bị " if word in ("lung lay", "hỏng") and not degree else ""
    if degree:
        word = f"{degree} {word}" if degree in ("hơi", "khá", "rất") else f"{word} {degree}"
    said = {"": f"{bi}{word}.", "not": f"không {bi}{word}.", "notmore": f"không còn {word} nữa.",
            "still": f"vẫn còn {word}.", "asked": f"có {bi}{word} không?", "always": f"lúc nào cũng {word}.",
            "now": f"đang {word}.", "keeps": f"cứ {word}.", "stopped": f"hết {word} rồi."}[aspect]
    return capitalised(f"{subject} {said}")


def _is_vi(text: str) -> str | None:
    """"The chair is wobbly." as "Cái ghế bị lung lay.", "Is this table wobbly?" as "Cái bàn này có bị lung lay
    không?", "This bed is a bit rickety." as "Cái giường này hơi ọp ẹp.", "The door is squeaky." as "Cửa kêu cót
    két." (_IS_EN); None for anything else, and where "is" or "are" does not agree."""
    m = _IS_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or bool(m["be0"]) == bool(m["be"]) or m["more"] and not m["not"] or \
            m["not"] and m["still"] or not _agrees(m["be0"] or m["be"], keyed(m["thing"]).endswith("s")):
        return None
    state = _SHAKY_VI[m["state"].lower()]
    said = _thing_vi(m, furniture=state != "kêu cót két")
    degree = _DEGREES_VI.get(keyed(m["degree"] or ""), "")
    creak_very = degree in ("rất", "khá") and "kêu" in state  # ("rất kêu cót két": not said)
    if said is None or degree and (m["not"] or asked or state == "hỏng" or creak_very) or asked and (
            m["not"] or m["still"]):
        return None
    aspect = "asked" if asked else "notmore" if m["more"] else "not" if m["not"] else "still" if m["still"] else ""
    return _said_vi(said[0], state, aspect, degree)


def _does_vi(text: str) -> str | None:
    """"The door squeaks." as "Cửa kêu cót két.", "The floorboards creak." as "Sàn gỗ kêu cót két.", "Does the door
    creak?" as "Cửa có kêu cót két không?", "The table wobbles." as "Cái bàn bị lung lay." (_DOES_EN); None for
    anything else, and where the verb does not agree ("The door creak.", "Does the stairs creak?")."""
    m = _DOES_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (said := _thing_vi(m)) is None:
        return None
    subject, many = said
    aux = keyed(m["aux"] or "").replace("’", "'")
    negative = "not" in aux or "n't" in aux
    bare = bool(m["do"]) or negative
    if not _agrees(m["do"] or m["aux"] or "", many) or m["verb"].endswith("s") != (not bare and not many):
        return None
    wobble = m["verb"].lower().startswith("wobble")
    if m["more"] and not negative or m["lot"] and (negative or aux) or wobble and keyed(m["thing"]) not in FURNITURE_VI:
        return None
    aspect = "asked" if m["do"] else "notmore" if m["more"] else "not" if negative else \
        {"still": "still", "always": "always"}.get(aux, "")
    degree = ("quá" if "much" in m["lot"] else "lắm") if m["lot"] else ""
    if m["do"] and degree:
        return None
    return _said_vi(subject, "lung lay" if wobble else "kêu cót két", aspect, degree)


def _doing_vi(text: str) -> str | None:
    """"The door is squeaking." as "Cửa đang kêu cót két.", "This bed keeps creaking." as "Cái giường này cứ kêu cót
    két.", "The hinges have stopped squeaking." as "Bản lề hết kêu cót két rồi." (_DOING_EN); None for anything
    else, and where the verb does not agree."""
    m = _DOING_EN.fullmatch(text)
    if not m or (said := _thing_vi(m)) is None or not _agrees(m["aux"], said[1]):
        return None
    wobble = m["verb"].lower().startswith("wobbl")
    if wobble and keyed(m["thing"]) not in FURNITURE_VI:
        return None
    aux = keyed(m["aux"]).replace("’", "'")
    aspect = "keeps" if aux.startswith("keep") else "stopped" if aux.endswith("stopped") else "now"
    return _said_vi(said[0], "lung lay" if wobble else "kêu cót két", aspect)


def _leg_vi(text: str) -> str | None:
    """"This chair has a broken leg." as "Cái ghế này bị gãy chân." (_LEG_EN); None for anything else, and for
    "have" after one thing."""
    m = _LEG_EN.fullmatch(text)
    if not m or m["has"] != "has" or keyed(m["thing"]) not in _LEGGED or (said := _thing_vi(m)) is None:
        return None
    return capitalised(f"{said[0]} bị gãy chân.")


def _part_vi(text: str) -> str | None:
    """"The chair leg is broken." as "Chân ghế bị gãy.", "The table leg is loose." as "Chân bàn bị lung lay.", "One
    of the chair legs is broken." as "Một chân ghế bị gãy." (_PART_EN); None for anything else."""
    m = _PART_EN.fullmatch(text)
    if not m or bool(m["one"]) != bool(m["many"]):
        return None
    state = "gãy" if m["state"].lower() == "broken" else "lung lay"
    return f"{'Một chân' if m['one'] else 'Chân'} {FURNITURE_VI[m['thing'].lower()]} bị {state}."


def _needs_vi(text: str) -> str | None:
    """"The door hinges need oiling." as "Bản lề cửa cần tra dầu.", "Does this door need oiling?" as "Cửa này có
    cần tra dầu không?" (_NEEDS_EN); None for anything else, and where "needs" does not agree."""
    m = _NEEDS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or keyed(m["thing"]) not in _OILED_VI:
        return None
    said = _thing_vi(m)
    if said is None or not _agrees(m["do"] or "", said[1]) or (m["need"] == "needs") != (not m["do"] and not said[1]):
        return None
    return capitalised(f"{said[0]} có cần tra dầu không?" if m["do"] else f"{said[0]} cần tra dầu.")


def _oils_vi(text: str) -> str | None:
    """"I'll oil the hinges." as "Tôi sẽ tra dầu vào bản lề.", "My father oiled the door hinges." as "Bố tôi đã tra
    dầu vào bản lề cửa.", "Can you oil the hinges?" as "Bạn có thể tra dầu vào bản lề không?" (_OILS_EN); None for
    anything else, and where the verb does not agree with who ("She need to", "I has")."""
    m = _OILS_EN.fullmatch(text)
    if not m or bool(m["modal"]) != ("?" in m["end"]):
        return None
    if (m["please"] or m["please0"]) and m["modal"] not in ("Can", "Could"):
        return None  # ("please" asks: "Can you oil the hinges, please?"; not "I'll oil the hinges please.")
    who_, one = who_vi(m)
    aux = keyed((m["aux"] or "").replace("’", "'")).replace("' ", "'")
    modal, past, base = (m["modal"] or "").lower(), m["verb"].endswith("ed"), aux.split(" ")[0]
    person = _PERSONS.get(base or modal, "?")
    if person == "?" or person == "I" and keyed(m["who"] or "") != "i" or person in (True, False) and person != one:
        return None
    said = _AUX_VI.get("going" if "going" in aux else "just" if "just" in aux else base or modal)
    if modal in ("have", "has"):
        said = None if aux else "đã … chưa?"
    if said is None or past != said.startswith(("đã", "vừa", "chưa")) or modal and aux or m["yet"] and (
            said not in ("chưa …", "đã … chưa?")):
        return None
    thing = THINGS_VI[keyed(m["thing"])] + (" này" if m["det"].lower() == "this" else "")
    said = said.replace("…", f"tra dầu {'vào' if 'hinges' in m['thing'] else 'cho'} {thing}")
    return capitalised(f"{who_} {said}{'' if modal else '.'}")
