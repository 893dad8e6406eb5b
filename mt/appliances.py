"""Home appliances not working right, both ways, written whole by rule: the fridge not cold, the freezer not
freezing, the water heater giving no hot water, the washing machine that won't spin or is noisy, the microwave or the
oven not heating up, the iron too hot, the kettle that keeps switching off, the oven slow to heat up. v8 (every rule
on) reads "tủ lạnh" as cold, "ngăn đá" as stopping rocks, "bình nóng lạnh" as cold heat, "máy giặt" as a washcloth,
"lò vi sóng" as a wave, "lò nướng" as baked, and "fridge" as a leaf or a bridge, "freezer" as free, "oven" as the
sky, "washing machine" as a hand-washer: "Tủ lạnh không lạnh." → "The cold is not cold.", "Tủ lạnh của tôi không
lạnh." → "My cold was not cold.", "Ngăn đá không đông." → "Preventing rocks from crowds.", "Bình nóng lạnh không có
nước nóng." → "Cold heat doesn't have hot water.", "Bình nóng lạnh không hoạt động." → "Cold hotness doesn't work.",
"Máy giặt không vắt." → "The washcloth doesn't.", "Máy giặt kêu to quá." → "The machine urged too.", "Máy giặt có
tiếng kêu lạ." → "The machine has an unknown speaker.", "Lò vi sóng không nóng." → "The wave is not hot.", "Ấm siêu
tốc cứ tự tắt." → "The ultra-speed supercomputer is disabled.", "Lò nướng lâu nóng quá." → "The baked baked long is
too hot."; "The fridge isn't cold." → "Lá lạnh không phải là lạnh.", "My fridge isn't cold." → "Bridge của tôi không
lạnh.", "The freezer isn't freezing." → "Bộ tự do không được tự do hóa.", "The water heater isn't working." →
"Người ta không làm việc nhiệt độ nước.", "The washing machine won't spin." → "Máy rửa tay sẽ không quay được.", "The
washing machine is making a strange noise." → "Máy rửa tay đang làm cho âm thanh lạ.", "The iron is too hot." → "Sắt
quá nóng.", "The kettle keeps switching off." → "Tòa kettle giữ phím tắt.", "The oven takes ages to heat up." → "Trời
cần phải nóng lên.", "Is the fridge cold?" → "Có lạnh không?".

Taken: one of THINGS (fridge, freezer, water heater, washing machine, microwave, iron, kettle, oven, tumble dryer,
dishwasher) with whose it is (mt.terms.OWNERS, mt.hobbies.SOMEONE), "này" (this) or none ("the"), and one of FAULTS
said of it (each of the things it goes with: not cold or not cold enough, not cooling, not freezing, no hot water,
not heating up, won't boil, spin or drain, not drying, not cleaning properly, keeps switching off, slow to heat up or
boil, noisy, a strange noise, not working, too hot, too cold), "vẫn" (still) before the ones said with "không"; and
asked: the fridge or the freezer cold (enough), the oven or the iron hot (yet). Left: a thing broken ("bị hỏng") and
the fridge or the washing machine not working (mt/broken.py), "Bàn là nóng quá." (mt/cautions.py), leaks
(mt/leaks.py), food kept in the fridge (mt/fridge.py), the washing itself (mt/laundry.py), "Không có nước nóng." (the
phrasebook's) and hot water for a shower (mt/showers.py), the air conditioner (mt/air_con.py), turning things on or
off (mt/switches.py), people's noise (mt/noise.py); "máy sấy" alone (a hair dryer too), "tủ lạnh nhà tôi" (mine or
ours?), "nữa" (any more), a past or a plural thing, and anything else.
mt.phrasebook.translate tries these after mt/sky.py.

    >>> translate("Tủ lạnh không lạnh.", "vi", "en"), translate("The washing machine won't spin.", "en", "vi")
    ("The fridge isn't cold.", 'Máy giặt không vắt.')
"""
from __future__ import annotations

import re

from . import broken
from .hobbies import SOMEONE, SOMEONE_EN, someone
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import EXPANDED, alternatives, capitalised, keyed, stop

# the appliances, and how English says them (the first Vietnamese of each is written back)
_OWN = {"fridge": ["tủ lạnh"], "freezer": ["ngăn đá", "ngăn đông", "tủ đông"],
        "water heater": ["bình nóng lạnh", "bình nước nóng", "máy nước nóng"], "washing machine": ["máy giặt"],
        "microwave": ["lò vi sóng", "lò vi ba"], "iron": ["bàn là", "bàn ủi"],
        "kettle": ["ấm siêu tốc", "ấm đun nước", "ấm điện", "ấm nước"], "oven": ["lò nướng"],
        "tumble dryer": ["máy sấy quần áo"], "dishwasher": ["máy rửa bát", "máy rửa chén"]}
THINGS = {vi: en for en, said in _OWN.items() for vi in said}
THINGS_VI = {en: said[0] for en, said in _OWN.items()} | {
    "refrigerator": "tủ lạnh", "hot water heater": "bình nóng lạnh", "microwave oven": "lò vi sóng",
    "electric kettle": "ấm siêu tốc", "dryer": "máy sấy quần áo"}
_BROKEN = set(broken.THINGS.values())  # (not working: mt/broken.py's, "Tủ lạnh không hoạt động.")
_COLD = {"fridge", "freezer"}
_HEATS = {"microwave", "oven", "iron", "water heater", "kettle"}
_MOTORS = {"fridge", "freezer", "washing machine", "tumble dryer", "dishwasher", "microwave"}
_ALL = set(_OWN)
# what is wrong: English, how Vietnamese says it (the first written back), how English says it (contractions written
# out: _plain), and what it is said of
FAULTS = {
    "cold": ("isn't cold", ["không lạnh", "không mát"], ["is not cold"], _COLD),
    "enough": ("isn't cold enough", ["không đủ lạnh", "không đủ mát"], ["is not cold enough"], _COLD),
    "cooling": ("isn't cooling", ["không làm lạnh", "không làm lạnh được", "không làm mát"],
                ["is not cooling", "will not cool", "does not cool"], {"fridge"}),
    "freezing": ("isn't freezing", ["không đông đá", "không đông", "không làm đá", "không làm đông", "không đông được",
                                    "không đông đá được", "không làm đá được"],
                 ["is not freezing", "will not freeze", "does not freeze", "is not freezing anything"], {"freezer"}),
    "hot water": ("isn't giving any hot water", ["không có nước nóng", "không ra nước nóng"],
                  ["is not giving any hot water", "is not giving hot water", "is not producing any hot water",
                   "is not producing hot water"], {"water heater"}),
    "heating": ("isn't heating up", ["không nóng", "không nóng lên", "không làm nóng", "không làm nóng được",
                                     "không nóng được"],
                ["is not heating up", "is not heating", "will not heat up", "will not heat", "does not heat up",
                 "does not heat", "is not getting hot", "does not get hot", "will not get hot"], _HEATS),
    "boil": ("won't boil", ["không sôi", "không sôi được"], ["will not boil", "is not boiling", "does not boil"],
             {"kettle"}),
    "spin": ("won't spin", ["không vắt", "không vắt được", "không quay", "không quay được"],
             ["will not spin", "is not spinning", "does not spin"], {"washing machine"}),
    "drain": ("won't drain", ["không thoát nước", "không thoát nước được", "không xả nước", "không xả nước được"],
              ["will not drain", "is not draining", "does not drain"], {"washing machine", "dishwasher"}),
    "drying": ("isn't drying", ["không sấy khô", "không sấy khô được", "không làm khô", "không làm khô được"],
               ["is not drying", "will not dry", "does not dry", "is not drying the clothes",
                "does not dry the clothes"], {"tumble dryer"}),
    "cleaning": ("isn't cleaning properly", ["không rửa sạch", "không rửa sạch được", "rửa không sạch"],
                 ["is not cleaning properly", "does not clean properly", "is not washing properly",
                  "does not wash properly", "is not cleaning the dishes properly"], {"dishwasher"}),
    "off": ("keeps switching off", ["cứ tự tắt", "cứ tự ngắt", "cứ bị tắt", "cứ bị ngắt", "cứ tắt", "cứ ngắt"],
            ["keeps switching off", "keeps turning off", "keeps cutting out", "keeps shutting off",
             "keeps switching itself off", "keeps turning itself off"], _ALL),
    "slow": ("takes a long time to heat up", ["lâu nóng", "mất nhiều thời gian để nóng",
                                              "mất nhiều thời gian để nóng lên", "mất nhiều thời gian mới nóng"],
             ["takes a long time to heat up", "takes a while to heat up", "takes a long time to get hot"],
             _HEATS - {"kettle"}),
    "ages": ("takes ages to heat up", ["lâu nóng quá", "lâu nóng lắm", "mãi mới nóng", "mãi mới nóng lên",
                                       "rất lâu mới nóng"],
             ["takes ages to heat up", "takes forever to heat up", "takes so long to heat up",
              "takes too long to heat up", "takes ages to get hot", "takes forever to get hot"], _HEATS - {"kettle"}),
    "slow boil": ("takes a long time to boil", ["lâu sôi", "mất nhiều thời gian để sôi"],
                  ["takes a long time to boil", "takes a while to boil"], {"kettle"}),
    "ages boil": ("takes ages to boil", ["lâu sôi quá", "lâu sôi lắm", "mãi mới sôi", "rất lâu mới sôi"],
                  ["takes ages to boil", "takes forever to boil", "takes so long to boil", "takes too long to boil"],
                  {"kettle"}),
    "loud": ("is making a loud noise", ["kêu to"], ["is making a loud noise", "is noisy", "is loud"], _MOTORS),
    "noisy": ("is really noisy", ["kêu to quá", "kêu to lắm", "kêu rất to", "ồn quá", "rất ồn", "ồn lắm"],
              ["is really noisy", "is very noisy", "is so noisy", "is too noisy", "is really loud", "is very loud",
               "is so loud", "is too loud", "is making a lot of noise"], _MOTORS),
    "strange": ("is making a strange noise", ["có tiếng kêu lạ", "kêu lạ", "có tiếng lạ", "phát ra tiếng lạ",
                                              "phát ra tiếng kêu lạ", "kêu tiếng lạ"],
                [f"is making {a} {k} {n}" for a, k in (("a", "strange"), ("a", "weird"), ("a", "funny"), ("an", "odd"))
                 for n in ("noise", "sound")], _ALL),
    "working": ("isn't working", ["không hoạt động", "không chạy", "không hoạt động được", "không chạy được",
                                  "không dùng được"],
                ["is not working", "does not work", "will not work"], _ALL - _BROKEN),
    "too hot": ("is too hot", ["quá nóng"], ["is too hot"], {"iron", "oven"}),
    "too cold": ("is too cold", ["quá lạnh"], ["is too cold"], {"fridge"}),
}
_FAULT_OF = {vi: fault for fault, (_, said, _, _) in FAULTS.items() for vi in said}
_FAULT_OF_EN = {en: fault for fault, (_, _, said, _) in FAULTS.items() for en in said}
# asked: the fridge cold, the oven hot (yet); as Vietnamese asks it (the first written back), and of what
ASKED = {"cold": (["có lạnh không"], _COLD), "cold enough": (["có đủ lạnh không", "có đủ mát không"], _COLD),
         "hot": (["có nóng không"], {"oven", "iron"}), "hot yet": (["nóng chưa", "đã nóng chưa"], {"oven", "iron"})}
_ASKED_OF = {vi: asked for asked, (said, _) in ASKED.items() for vi in said}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(rf"(?i:{alternatives(THINGS)})"), "en": lazy(rf"(?i:{alternatives(THINGS_VI)})")}

# the thing and whose it is ("tủ lạnh", "tủ lạnh của tôi", "máy giặt của mẹ tôi", "cái ấm siêu tốc này")
_THING = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?:của\s+)?(?P<owner>(?i:"
          rf"{alternatives(OWNERS)}))|\s+(?:của\s+)?(?P<named>{SOMEONE})|\s+(?P<this>này))?")
# what is said of it, then "ạ", or asked ("vậy", "nhỉ" … too); "vẫn": still
_SAID = lazy(rf"{_THING}\s+(?:(?P<still>vẫn)\s+)?(?P<said>[^.!?]+?)(?:\s+(?P<soft>ạ|vậy|thế|nhỉ))?\s*(?P<end>[.!?]*)")
# ... in English ("the fridge", "my fridge", "my mother's fridge", "this kettle")
_THING_EN = (rf"(?:(?P<det>(?i:the|this|{alternatives(WHOSE_VI)}))\s+|(?P<named>{SOMEONE_EN})['’]s\s+)"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_SAID_EN = lazy(rf"{_THING_EN}(?P<said>['’]s\s+[^.!?]+?|\s+[^.!?]+?)\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"Is\s+{_THING_EN}\s+(?P<said>cold(?:\s+enough)?|hot(?:\s+yet)?)\s*\?+")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says that an appliance is not working right, or asks whether the fridge is
    cold or the oven hot; None for any other."""
    return _said(text) if src == "vi" else _said_vi(text) or _asked_vi(text)


def _thing_en(m: re.Match) -> str | None:
    """The thing of a match of _THING in English with whose it is: "the fridge", "my fridge", "my mother's washing
    machine", "this kettle"; None for someone not known."""
    thing = THINGS[keyed(m["thing"])]
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {thing}"
    if m["named"]:
        named = someone(m["named"], "vi")
        return f"{named}'s {thing}" if named else None
    return f"this {thing}" if m["this"] else f"the {thing}"


def _said(text: str) -> str | None:
    """"Tủ lạnh không lạnh." as "The fridge isn't cold.", "Máy giặt của mẹ tôi không vắt." as "My mother's washing
    machine won't spin.", "Tủ lạnh vẫn không lạnh." as "The fridge still isn't cold.", "Lò nướng nóng chưa?" as "Is
    the oven hot yet?" (_SAID); None for anything else, a fault said of what it does not go with ("Lò nướng không
    vắt."), "vẫn" before what is not said with "không", and a statement softened but with "ạ"."""
    m = _SAID.fullmatch(text)
    if not m or (thing := _thing_en(m)) is None:
        return None
    what, said = THINGS[keyed(m["thing"])], keyed(m["said"])
    if "?" in m["end"]:
        asked = _ASKED_OF.get(said)
        if m["still"] or asked is None or what not in ASKED[asked][1]:
            return None
        return f"Is {thing} {asked}?"
    fault = _FAULT_OF.get(said)
    if fault is None or m["soft"] not in (None, "ạ") or what not in FAULTS[fault][3]:
        return None
    en, vi = FAULTS[fault][0], FAULTS[fault][1][0]
    if m["still"] and not vi.startswith("không"):
        return None
    return capitalised(f"{thing} {'still ' * bool(m['still'])}{en}{stop(m['end'])}")


def _thing_vi(m: re.Match) -> tuple[str, str] | None:
    """The thing of a match of _THING_EN in Vietnamese with whose it is ("tủ lạnh", "tủ lạnh của tôi", "máy giặt của
    mẹ tôi", "ấm siêu tốc này"), and what it is as THINGS says it in English ("fridge" for "refrigerator"); None for
    someone not known."""
    vi = THINGS_VI[keyed(m["thing"])]
    det = (m["det"] or "").lower()
    if m["named"]:
        named = someone(m["named"], "en")
        if named is None:
            return None
        said = f"{vi} của {named}"
    else:
        said = f"{vi} của {WHOSE_VI[det]}" if det in WHOSE_VI else f"{vi} này" if det == "this" else vi
    return said, THINGS[vi]


def _plain(said: str) -> str:
    """English said after the thing in small letters, its contractions written out: "'s not cold" as "is not
    cold", "won't spin" as "will not spin"."""
    said = " ".join(said.lower().replace("’", "'").split())
    said = f"is {said[3:]}" if said.startswith("'s ") else said
    for short, full in EXPANDED.items():
        said = said.replace(short, full)
    return said


def _said_vi(text: str) -> str | None:
    """"The fridge isn't cold." as "Tủ lạnh không lạnh.", "My washing machine won't spin." as "Máy giặt của tôi không
    vắt.", "The fridge still isn't cold." as "Tủ lạnh vẫn không lạnh." (_SAID_EN); None for anything else, a fault
    said of what it does not go with, and a verb that does not agree with the thing ("The fridge aren't cold.")."""
    m = _SAID_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    said = _plain(m["said"])
    still = said.startswith("still ")
    fault = _FAULT_OF_EN.get(said.removeprefix("still "))
    if fault is None or thing[1] not in FAULTS[fault][3]:
        return None
    vi = FAULTS[fault][1][0]
    if still and not vi.startswith("không"):
        return None
    return capitalised(f"{thing[0]} {'vẫn ' * still}{vi}{stop(m['end'])}")


def _asked_vi(text: str) -> str | None:
    """"Is the fridge cold enough?" as "Tủ lạnh có đủ lạnh không?", "Is the oven hot yet?" as "Lò nướng nóng chưa?"
    (_ASKED_EN); None for anything else, and what it is not asked of ("Is the kettle cold?")."""
    m = _ASKED_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    said, things = ASKED[keyed(m["said"])]
    return capitalised(f"{thing[0]} {said[0]}?") if thing[1] in things else None
