"""Rubbish and recycling, both ways, written whole by rule: the rubbish taken out, the bin full, where rubbish goes,
litter, recycling, things put in the bin and the rubbish truck. v8 (with every rule before this one): "Bạn đổ rác
giúp tôi nhé." → "Empty Trash for me.", "Thùng rác có đầy không?" → "Is Trash full?", "Đừng vứt rác bừa bãi." →
"Don't snugg the coconut.", "Cấm vứt rác." → "The tears.", "Bạn có tái chế không?" → "Do you recurrence?", "Xe rác
đến vào thứ Hai." → "The rubbber came on Monday.", "Xe rác đến chưa?" → "Are you moving to the trash?"; and back,
"The bin is full." → "Tổ hợp đã đầy đủ." (a combination), "Where do I put the rubbish?" → "Tôi đặt đống đổ nát ở
đâu?" (ruins), "Do you recycle?" → "Bạn có phải xe đạp không?", "Put the bottles in the recycling." → "Đặt các chai
trong việc tái thiết.", "The rubbish truck comes on Mondays." → "Ngọn lửa chà xát đến vào thứ Hai.".

Taken: "you" (mt.ever.YOU, "con", or no one) asked to take the rubbish out or empty the bin for me ("… giúp tôi nhé")
or told to ("Đổ rác đi."), "Can you take the bins out?", "Can you empty the bin?"; a bin of BINS full, nearly full,
not yet, empty, said or asked; where I or we put (should, can) a thing of WASTE, where it goes, where I throw this
away, where the bin is; litter (PLACES), "No littering."; who (mt.hobbies.WHO) recycles or sorts their rubbish, or
not, said or asked; a thing of WASTE put in a bin; the rubbish truck coming on a day of the week (a habit: "Xe rác
đến vào thứ Hai." is "… comes on Mondays"), every day, on a day ahead (mt.free_time.when), having come, on a day
behind, not yet, and what time or day it comes. Left: who takes the rubbish out, did, will, whose turn, "Let me",
"Can you take out the rubbish?" (mt/chores.py's), the bin smelly (mt/smells.py), "Bạn đổ rác nhé." (asked, or
offered?), "chai" or "lon" alone (one or many?), where "you" put it (do, or did?), the truck with no day ("comes" or
"is coming"?), "Khi nào xe rác đến?".
mt.phrasebook.translate tries these after mt/conditions.py.

    >>> translate("Bạn đổ rác giúp tôi nhé.", "vi", "en"), translate("The bin is full.", "en", "vi")
    ('Can you take the rubbish out for me?', 'Thùng rác đầy rồi.')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS, YOU
from .free_time import EN_DAYS, OPENS, placed, when
from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import his_her
from .text import ASKED_END, SOFTENER, WHOSE_OF, alternatives, capitalised, keyed

# the bins (the first Vietnamese of each is written back)
BINS = {"thùng rác": "bin", "thùng rác tái chế": "recycling bin", "thùng tái chế": "recycling bin",
        "thùng rác nhà bếp": "kitchen bin", "thùng rác trong bếp": "kitchen bin"}
BINS_VI = {en: vi for vi, en in reversed(BINS.items())} | {
    "rubbish bin": "thùng rác", "dustbin": "thùng rác", "trash can": "thùng rác", "garbage can": "thùng rác",
    "bin": "thùng rác", "recycling": "thùng rác tái chế"}
# what is thrown away, in English as put in a bin ("vỏ chai": empties, many; "chai" alone may be one bottle)
WASTE = {"rác": "the rubbish", "rác tái chế": "the recycling", "vỏ chai": "the bottles", "chai lọ": "the bottles",
         "vỏ lon": "the cans", "chai nhựa": "the plastic bottles"}
WASTE_VI = {en: vi for vi, en in reversed(WASTE.items())} | {"the trash": "rác", "the garbage": "rác",
                                                              "the empty bottles": "vỏ chai", "the empties": "vỏ chai"}
_MANY = {"the bottles", "the cans", "the plastic bottles", "the empty bottles", "the empties"}
# ... and what the speaker points at, thrown away
_THIS = {"nó": "it", "cái này": "this", "cái đó": "that"}
_THIS_VI = {en: vi for vi, en in _THIS.items()}
# where litter is dropped ("ra sàn", "xuống đường"; "bừa bãi" is anywhere: litter)
PLACES = {"sàn": "on the floor", "sàn nhà": "on the floor", "đường": "in the street", "đất": "on the ground",
          "mặt đất": "on the ground", "sông": "in the river", "hồ": "in the lake", "biển": "in the sea"}
PLACES_VI = {"on the floor": "ra sàn", "on the ground": "xuống đất", "in the street": "ra đường",
             "in the river": "xuống sông", "in the lake": "xuống hồ", "in the sea": "xuống biển", "here": "ở đây"}
# who asks where to put it: the speaker ("Bạn để rác ở đâu?" may ask where you did)
_ME = {vi: en for vi, en in PRONOUNS.items() if en in ("I", "we")}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:rác|tái\s+chế|vứt|vỏ\s+chai|vỏ\s+lon|chai\s+lọ|chai\s+nhựa)"),
         "en": lazy(r"(?i:rubbish|bins?\b|trash|garbage|recycl|litter|throw|bottles|cans\b|empties)")}

_BIN = rf"(?P<bin>(?i:{alternatives(BINS)}))"
_BIN_EN = rf"(?P<bin>(?i:{alternatives(BINS_VI)}))"
_WASTE = rf"(?P<thing>(?i:{alternatives(WASTE | _THIS)}))"
_WASTE_EN = rf"(?P<thing>(?i:{alternatives(WASTE_VI | _THIS_VI)}))"
# taking the rubbish out, asked or told ("Bạn đổ rác giúp tôi nhé.", "Con đi đổ rác đi.", "Đổ thùng rác giúp em với.")
_ASK = lazy(rf"(?:(?P<you>{YOU}|con)\s+)?(?:đi\s+)?đổ\s+(?P<empty>thùng\s+)?rác(?:\s+(?:giúp|giùm|hộ)\s+"
            r"(?P<me>tôi|mình|em|anh|chị))?(?:\s+(?P<tail>đi\s+nhé|đi|nhé|nha|với))?\s*(?P<end>[.!?]*)",
            re.IGNORECASE)
_ASK_EN = lazy(r"(?:(?P<can>Can|Could)\s+you\s+)?(?P<please0>please\s+)?(?:take\s+(?:out\s+the\s+(?P<what>"
               r"rubbish|trash|garbage|bins?)|the\s+(?P<what2>rubbish|trash|garbage|bins?)\s+out)|"
               r"(?P<empty>empty)\s+the\s+(?:rubbish\s+|kitchen\s+)?bin)(?P<me>\s+for\s+me)?"
               r"(?P<please>,?\s+please)?\s*(?P<end>[.!?]*)", re.IGNORECASE)
# the bin full or empty ("Thùng rác đầy rồi.", "Thùng rác có đầy không?", "Thùng rác sắp đầy rồi.")
_STATE = lazy(rf"{_BIN}(?:\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+|(?P<not>chưa|không)\s+|đã\s+|(?P<soon>sắp)\s+)?"
              r"(?P<state>đầy|trống|rỗng)(?:\s+(?P<much>quá|lắm)|\s+(?P<done>rồi))?(?:\s+rồi)?"
              rf"(?:\s+(?P<asked>không|chưa))?{SOFTENER}\s*(?P<end>[.!?]*)", re.IGNORECASE)
_STATE_EN = lazy(rf"(?:(?P<is0>Is)\s+)?(?P<det>the|this)\s+{_BIN_EN}(?P<be>\s+is|['’]s)?(?P<not>\s+not|n['’]t)?"
                 r"\s+(?:(?P<deg>nearly|almost|really|so|very)\s+)?(?P<state>full|empty)(?P<yet>\s+yet)?"
                 r"\s*(?P<end>[.!?]*)", re.IGNORECASE)
# where it goes ("Tôi để rác ở đâu?", "Rác tái chế bỏ ở đâu?", "Thùng rác ở đâu?")
_WHERE = lazy(rf"(?:(?P<who>(?i:{alternatives(_ME)}))\s+(?:(?P<should>nên)\s+|(?P<can>có\s+thể)\s+)?)?"
              rf"(?P<verb>để|bỏ|vứt)\s+{_WASTE}\s+ở\s+đâu{SOFTENER}\s*\?+", re.IGNORECASE)
_GOES = lazy(rf"{_WASTE}\s+(?:thì\s+)?(?:để|bỏ|vứt)\s+ở\s+đâu{SOFTENER}\s*\?+|{_BIN}\s+ở\s+đâu{SOFTENER}\s*\?+",
                   re.IGNORECASE)
_WHERE_EN = lazy(rf"Where\s+(?P<aux>do|should|can|shall)\s+(?P<who>I|we)\s+(?P<verb>put|throw)\s+{_WASTE_EN}"
                 r"(?P<away>\s+away)?\s*\?+|Where\s+(?P<does>does|do)\s+(?P<goes>(?i:"
                 rf"{alternatives(WASTE_VI)}))\s+go\s*\?+|Where(?:['’]s|\s+is)\s+the\s+{_BIN_EN}\s*\?+",
                 re.IGNORECASE)
# litter ("Đừng vứt rác bừa bãi.", "Đừng vứt rác ra sàn nhé.", "Cấm vứt rác.")
_DONT = lazy(rf"(?:xin\s+|làm\s+ơn\s+)?(?:đừng|không\s+được)\s+(?:vứt|xả)\s+rác(?:\s+(?P<anywhere>bừa\s+bãi)|"
             rf"\s+(?:ra|xuống|trên|ngoài)\s+(?P<place>{alternatives(PLACES)})|\s+(?P<here>ở\s+đây))?"
             r"(?:\s+(?:nhé|nha|nữa))?\s*[.!]*|(?P<sign>cấm\s+(?:vứt|xả)\s+rác(?:\s+bừa\s+bãi)?|"
             r"không\s+(?:vứt|xả)\s+rác\s+bừa\s+bãi)\s*[.!]*", re.IGNORECASE)
_DONT_EN = lazy(r"(?:Please\s+)?(?:don['’]t|do\s+not)\s+(?:(?:throw|drop)\s+(?:your\s+|any\s+)?"
                rf"(?:rubbish|litter|trash|garbage)(?:\s+(?P<place>{alternatives(PLACES_VI)})|"
                r"\s+(?P<anywhere>everywhere|around))?|litter)(?:,?\s+please)?\s*[.!]*|(?P<sign>No\s+littering)"
                r"\s*[.!]*", re.IGNORECASE)
# who recycles ("Bạn có tái chế không?", "Chúng tôi phân loại rác.")
_RECYCLE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<act>tái\s+chế(?:\s+rác)?|phân\s+loại\s+rác)"
                rf"{ASKED_END}")
_RECYCLE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                   r"\s+(?:(?P<recycle>recycles?)|(?P<sort>sorts?)\s+(?P<owner>the|my|your|his|her|our|their)"
                   r"\s+(?:rubbish|trash|garbage|waste))\s*(?P<end>[.!?]*)", re.IGNORECASE)
# a thing put in a bin ("Bỏ vỏ chai vào thùng tái chế.", "Vứt nó vào thùng rác đi.")
_PUT = lazy(rf"(?:(?P<you>{YOU})\s+|(?P<hay>hãy)\s+)?(?P<verb>bỏ|cho|vứt)\s+{_WASTE}\s+vào\s+{_BIN}"
            r"(?:\s+(?P<tail>đi\s+nhé|đi|nhé|nha|giúp\s+tôi(?:\s+nhé)?))?\s*[.!]*", re.IGNORECASE)
_PUT_EN = lazy(rf"(?P<please0>Please\s+)?(?P<verb>put|throw)\s+{_WASTE_EN}\s+in(?:to)?\s+the\s+{_BIN_EN}"
               r"(?P<please>,?\s+please)?\s*[.!]*", re.IGNORECASE)
# the rubbish truck ("Xe rác đến vào thứ Hai.", "Ngày mai xe rác đến.", "Xe rác đến chưa?", "Mấy giờ xe rác đến?")
_TRUCK = r"(?i:xe\s+(?:chở\s+|thu\s+gom\s+|gom\s+)?rác)"
_COMES = lazy(rf"(?:(?P<day0>(?:{OPENS}|(?i:mấy|mỗi|hằng|hàng))[^,.!?]*?)\s*,?\s+)?{_TRUCK}\s+(?:(?P<will>sẽ)"
              r"\s+|(?P<did>đã)\s+|(?P<yet>chưa)\s+|(?P<often>thường)\s+)?(?:đến|tới)(?:\s+lấy\s+rác)?"
              rf"(?:\s+(?P<day>[^,.!?]+?))??(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENER}"
              r"\s*(?P<end>[.!?]*)")
_TRUCK_EN = r"(?:rubbish|bin|garbage|trash|refuse)\s+(?:truck|lorry)"
_COMES_EN = lazy(rf"The\s+{_TRUCK_EN}\s+(?P<verb>(?:usually\s+)?comes|came|will\s+come|['’]ll\s+come|is\s+coming|"
                 r"['’]s\s+coming|has\s+come|['’]s\s+come|is\s+here|['’]s\s+here|hasn['’]t\s+come\s+yet|"
                 r"has\s+not\s+come\s+yet)(?:\s+(?P<day>[^,.!?]+?))??\s*(?P<end>[.!]*)", re.IGNORECASE)
_ASKED_EN = lazy(rf"(?:(?P<what>What\s+time|What\s+day|When)\s+does|Has)\s+the\s+{_TRUCK_EN}\s+come"
                 r"(?P<yet>\s+yet)?\s*\?+", re.IGNORECASE)
# the day asked, in Vietnamese and in English
_ASKED_DAY = {"lúc mấy giờ": "What time", "mấy giờ": "What time", "vào lúc mấy giờ": "What time",
              "vào thứ mấy": "What day", "thứ mấy": "What day", "vào ngày nào": "What day", "ngày nào": "What day",
              "hôm nào": "What day", "khi nào": "When"}
# an English day ahead of now ("tomorrow", "next week", "on Monday", "tonight")
_AHEAD = lazy(r"tomorrow|next\s|tonight|on\s|this\s+(?:evening|afternoon|weekend)|later", re.IGNORECASE)
_ASKED_DAY_VI = {"what time": "lúc mấy giờ", "what day": "vào thứ mấy", "when": "khi nào"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks for the rubbish to be taken out, says or asks whether the bin is full,
    where rubbish goes, warns against litter, says or asks who recycles, puts a thing in a bin or says when the
    rubbish truck comes; None for any other."""
    if src == "vi":
        return (_ask(text) or _state(text) or _where(text) or _dont(text) or _recycle(text) or _put(text) or
                _comes(text))
    return (_ask_vi(text) or _state_vi(text) or _where_vi(text) or _dont_vi(text) or _recycle_vi(text) or
            _put_vi(text) or _comes_vi(text))


def _ask(text: str) -> str | None:
    """"Bạn đổ rác giúp tôi nhé." as "Can you take the rubbish out for me?", "Đổ rác đi." as "Take the rubbish
    out.", "Đổ thùng rác giúp em với." as "Can you empty the bin for me?" (_ASK); None for anything else, and for
    "Bạn đổ rác nhé." (asked, or offered?)."""
    m = _ASK.fullmatch(text)
    tail = keyed(m["tail"] or "") if m else ""
    if not m or not tail or m["me"] and keyed(m["me"]) == keyed(m["you"] or "") or "?" in m["end"] and "đi" in tail:
        return None
    doing = "empty the bin" if m["empty"] else "take the rubbish out"
    me = " for me" if m["me"] else ""
    if tail.startswith("đi"):
        return f"{capitalised(doing)}{me}{', please' * (tail != 'đi')}{'!' if '!' in m['end'] else '.'}"
    return f"Can you {doing}{me}?" if me else None


def _ask_vi(text: str) -> str | None:
    """"Could you take the bins out?" as "Bạn có thể đổ rác được không?", "Take the rubbish out." as "Đổ rác đi.",
    "Please take out the trash." as "Làm ơn đổ rác đi." (_ASK_EN); None for anything else, and for "Can you take out
    the rubbish?" (mt/chores.py's)."""
    m = _ASK_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["can"] and (m["please0"] or not m["empty"] and not (
            m["what"] or m["what2"]).lower().startswith("bin")):
        return None
    doing = "đổ thùng rác" if m["empty"] else "đổ rác"
    if m["can"]:
        return f"Bạn có thể {doing}{' giúp tôi' * bool(m['me'])} được không?"
    if m["please0"] and m["please"]:
        return None
    return capitalised(f"{'làm ơn ' * bool(m['please0'] or m['please'])}{doing}{' giúp tôi' * bool(m['me'])} đi.")


def _state(text: str) -> str | None:
    """"Thùng rác đầy rồi." as "The bin is full.", "Thùng rác có đầy không?" as "Is the bin full?", "Thùng rác
    sắp đầy rồi." as "The bin is nearly full.", "Thùng rác chưa đầy." as "The bin isn't full yet." (_STATE); None
    for anything else."""
    m = _STATE.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or asked != bool(m["asked"]) or bool(m["ask"]) and keyed(m["asked"]) != "không" or (
            m["not"] or m["soon"] or m["much"]) and asked or (m["not"] or m["soon"]) and m["much"]:
        return None
    bin_ = f"{'this' if m['this'] else 'the'} {BINS[keyed(m['bin'])]}"
    state = "full" if keyed(m["state"]) == "đầy" else "empty"
    if asked:
        return f"Is {bin_} {state}{' yet' * (keyed(m['asked']) == 'chưa')}?"
    if m["not"]:
        return capitalised(f"{bin_} isn't {state}{' yet' * (keyed(m['not']) == 'chưa')}.")
    how = "nearly " if m["soon"] else "really " if m["much"] else ""
    return capitalised(f"{bin_} is {how}{state}.") if not (m["soon"] and state == "empty") else None


def _state_vi(text: str) -> str | None:
    """"The bin is full." as "Thùng rác đầy rồi.", "Is the recycling bin full?" as "Thùng rác tái chế đầy chưa?",
    "The bin is nearly full." as "Thùng rác sắp đầy rồi." (_STATE_EN); None for anything else."""
    m = _STATE_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["is0"]) != asked or asked and (m["not"] or m["deg"]) or m["not"] and m["deg"] or not (
            m["is0"] or m["be"]):
        return None
    bin_ = f"{BINS_VI[keyed(m['bin'])]}{' này' * (m['det'].lower() == 'this')}"
    full = m["state"].lower() == "full"
    deg = (m["deg"] or "").lower()
    if asked:
        return capitalised(f"{bin_} {'đầy chưa' if full else 'có trống không'}?")
    if m["not"]:
        return capitalised(f"{bin_} {'chưa đầy' if full and m['yet'] else 'không ' + ('đầy' if full else 'trống')}.")
    if m["yet"] or deg and not full:
        return None
    said = "sắp đầy rồi" if deg in ("nearly", "almost") else "đầy quá" if deg else "đầy rồi" if full else "trống"
    return capitalised(f"{bin_} {said}.")


def _where(text: str) -> str | None:
    """"Tôi để rác ở đâu?" as "Where do I put the rubbish?", "Tôi vứt cái này ở đâu?" as "Where do I throw this
    away?", "Rác tái chế bỏ ở đâu?" as "Where does the recycling go?", "Thùng rác ở đâu?" as "Where's the bin?"
    (_WHERE, _GOES); None for anything else."""
    if m := _GOES.fullmatch(text):
        if m["bin"]:
            return f"Where's the {BINS[keyed(m['bin'])]}?"
        thing = WASTE.get(keyed(m["thing"]))
        return thing and f"Where {'do' if thing in _MANY else 'does'} {thing} go?"
    m = _WHERE.fullmatch(text)
    if not m or (m["should"] or m["can"]) and not m["who"]:
        return None
    thing = keyed(m["thing"])
    if thing in _THIS and (keyed(m["verb"]) != "vứt" or not m["who"]):
        return None
    if not m["who"] and thing not in _THIS:  # ("Vứt rác ở đâu?": where one puts it)
        return f"Where {'do' if WASTE[thing] in _MANY else 'does'} {WASTE[thing]} go?"
    aux = "should" if m["should"] else "can" if m["can"] else "do"
    doing = f"throw {_THIS[thing]} away" if thing in _THIS else f"put {WASTE[thing]}"
    return f"Where {aux} {_ME[keyed(m['who'])] if m['who'] else 'I'} {doing}?"


def _where_vi(text: str) -> str | None:
    """"Where do I put the rubbish?" as "Tôi để rác ở đâu?", "Where can I throw this away?" as "Tôi có thể vứt cái
    này ở đâu?", "Where does the rubbish go?" as "Rác để ở đâu?", "Where's the bin?" as "Thùng rác ở đâu?"
    (_WHERE_EN); None for anything else, and "Where does the bottles go?"."""
    m = _WHERE_EN.fullmatch(text)
    if not m:
        return None
    if m["bin"]:
        return f"{capitalised(BINS_VI[keyed(m['bin'])])} ở đâu?"
    if m["goes"]:
        thing = keyed(m["goes"])
        return None if (m["does"].lower() == "do") != (thing in _MANY) else f"{capitalised(WASTE_VI[thing])} để ở đâu?"
    thing, throw = keyed(m["thing"]), m["verb"].lower() == "throw"
    if thing in _THIS_VI and not (throw and m["away"]) or thing not in _THIS_VI and m["away"]:
        return None
    who_ = "tôi" if m["who"].lower() == "i" else "chúng tôi"
    aux = {"should": "nên ", "can": "có thể "}.get(m["aux"].lower(), "")
    said = _THIS_VI.get(thing) or WASTE_VI[thing]
    return capitalised(f"{who_} {aux}{'vứt' if throw else 'để'} {said} ở đâu?")


def _dont(text: str) -> str | None:
    """"Đừng vứt rác bừa bãi." as "Don't drop litter.", "Đừng vứt rác ra sàn." as "Don't throw rubbish on the
    floor.", "Cấm vứt rác." as "No littering." (_DONT); None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    end = "!" if text.endswith("!") else "."
    if m["sign"]:
        return f"No littering{end}"
    place = PLACES[keyed(m["place"])] if m["place"] else "here" if m["here"] else ""
    return f"Don't throw rubbish {place}{end}" if place else f"Don't drop litter{end}"


def _dont_vi(text: str) -> str | None:
    """"Don't drop litter." as "Đừng vứt rác bừa bãi.", "Don't throw rubbish on the floor." as "Đừng vứt rác ra
    sàn.", "No littering." as "Không vứt rác bừa bãi." (_DONT_EN); None for anything else."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    end = "!" if text.endswith("!") else "."
    if m["sign"]:
        return f"Không vứt rác bừa bãi{end}"
    return f"Đừng vứt rác {PLACES_VI[keyed(m['place'])] if m['place'] else 'bừa bãi'}{end}"


def _recycle(text: str) -> str | None:
    """"Bạn có tái chế không?" as "Do you recycle?", "Chúng tôi phân loại rác." as "We sort our rubbish.", "Mẹ tôi
    không tái chế rác." as "My mother doesn't recycle." (_RECYCLE); None for anything else."""
    m = _RECYCLE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked:
        return None
    if (said := who(m, asked)) is None:
        return None
    who_, one = said
    sort = keyed(m["act"]).startswith("phân")
    whose = WHOSE_OF.get(who_.lower(), "the")
    doing = f"sort {whose} rubbish" if sort else "recycle"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {doing}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {doing}.")
    return capitalised(f"{who_} {'sorts' if one else 'sort'} {whose} rubbish." if sort else
                       f"{who_} {'recycles' if one else 'recycle'}.")


def _recycle_vi(text: str) -> str | None:
    """"Do you recycle?" as "Bạn có tái chế rác không?", "We sort our rubbish." as "Chúng tôi phân loại rác.", "My
    mother doesn't recycle." as "Mẹ tôi không tái chế rác." (_RECYCLE_EN); None for anything else, where the verb
    does not agree with who ("She recycle.", "Does he recycles?"), and for someone else's rubbish sorted."""
    m = _RECYCLE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    verb = (m["recycle"] or m["sort"]).lower()
    if aux and (aux.startswith("does") != one or verb.endswith("s")) or not aux and verb.endswith("s") != one:
        return None
    owner = m["owner"] and m["owner"].lower()
    own = WHOSE_OF.get(m["who"].lower()) if m["who"] else his_her(who_)
    if m["sort"] and owner not in ("the", own, "their" if own is None else own):
        return None
    doing = "phân loại rác" if m["sort"] else "tái chế rác"
    if m["do"]:
        return capitalised(f"{who_} có {doing} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{doing}.")


def _put(text: str) -> str | None:
    """"Bỏ vỏ chai vào thùng tái chế." as "Put the bottles in the recycling.", "Vứt nó vào thùng rác đi." as "Throw
    it in the bin.", "Bạn bỏ rác vào thùng rác giúp tôi nhé." as "Put the rubbish in the bin, please." (_PUT); None
    for anything else, and for "Anh bỏ nó vào thùng rác." (told, or said done?)."""
    m = _PUT.fullmatch(text)
    tail = keyed(m["tail"] or "") if m else ""
    if not m or m["you"] and not (tail or m["hay"]):
        return None
    thing = _THIS.get(keyed(m["thing"])) or WASTE[keyed(m["thing"])]
    bin_ = BINS[keyed(m["bin"])]
    throw = keyed(m["verb"]) == "vứt" and bin_ != "recycling bin"
    bin_ = "recycling" if bin_ == "recycling bin" else bin_
    please = ", please" if tail and tail != "đi" or m["hay"] else ""
    return f"{'Throw' if throw else 'Put'} {thing} in the {bin_}{please}{'!' if text.endswith('!') else '.'}"


def _put_vi(text: str) -> str | None:
    """"Put the bottles in the recycling." as "Bỏ vỏ chai vào thùng rác tái chế.", "Throw it in the bin." as "Vứt nó
    vào thùng rác đi.", "Please put this in the bin." as "Làm ơn bỏ cái này vào thùng rác." (_PUT_EN); None for
    anything else."""
    m = _PUT_EN.fullmatch(text)
    if not m or m["please0"] and m["please"]:
        return None
    thing = keyed(m["thing"])
    said = _THIS_VI.get(thing) or WASTE_VI[thing]
    verb = "vứt" if m["verb"].lower() == "throw" else "bỏ"
    if m["please0"] or m["please"]:
        return f"Làm ơn {verb} {said} vào {BINS_VI[keyed(m['bin'])]}."
    return capitalised(f"{verb} {said} vào {BINS_VI[keyed(m['bin'])]}{' đi' * (thing in _THIS_VI)}.")


def _weekly(said: str, src: str) -> str | None:
    """A day of the week said as a habit, in the other language: "vào thứ Hai", "các ngày thứ Hai", "thứ Hai hàng
    tuần" → "on Mondays"; "on Mondays", "every Monday" → "vào thứ Hai hàng tuần"; None for any other."""
    said = " ".join(said.split())
    if src == "vi":
        said = said.lower()
        day = re.sub(r"^(?:vào\s+)?(?:các\s+ngày\s+|mỗi\s+)?|\s+(?:hàng|hằng)\s+tuần$", "", said)
        en = when(day, "vi")
        return f"{en}s" if en and en.removeprefix("on ") in EN_DAYS else None
    day = re.fullmatch(r"(?:on|every)\s+(\w+?)s?", said)
    vi = day and when(f"on {day[1]}", "en")
    return f"{vi} hàng tuần" if vi and vi.startswith("vào thứ") | vi.startswith("vào Chủ") else None


def _comes(text: str) -> str | None:
    """"Xe rác đến vào thứ Hai." as "The rubbish truck comes on Mondays.", "Ngày mai xe rác đến." as "The rubbish
    truck is coming tomorrow.", "Xe rác đến rồi." as "The rubbish truck is here.", "Xe rác đến chưa?" as "Has the
    rubbish truck come yet?", "Xe rác đến lúc mấy giờ?" as "What time does the rubbish truck come?" (_COMES); None for
    anything else, and a plain "Xe rác đến." ("comes", or "is coming"?)."""
    m = _COMES.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    said, asked = keyed(m["day0"] or m["day"] or ""), "?" in m["end"]
    truck, aux = "the rubbish truck", "will" if m["will"] else "did" if m["did"] else "yet" if m["yet"] else (
        "often" if m["often"] else "")
    if asked:
        if said in _ASKED_DAY and aux in ("", "often") and not (m["done"] or m["asked"]):
            return f"{_ASKED_DAY[said]} does {truck} come?" if aux or said != "khi nào" else None
        return f"Has {truck} come yet?" if m["asked"] and not (said or aux or m["done"]) else None
    if m["asked"] or said in _ASKED_DAY or aux == "yet" and (said or m["done"]):
        return None
    if not said:
        return capitalised(f"{truck} {'hasn' if aux == 'yet' else 'has'}'t come yet." if aux == "yet" else
                           f"{truck} {'has come' if aux == 'did' else 'is here'}.") if aux == "yet" or m[
            "done"] or aux == "did" else None
    every = (_weekly(said, "vi") or EVERY.get(said)) if aux in ("", "often") and not m["done"] else None
    if every or aux == "often":
        return every and capitalised(f"{truck} {'usually ' * bool(aux)}comes {every}.")
    day = when(said, "vi")
    if not day:
        return None
    if aux == "did" or m["done"] or BEHIND.match(day):
        past = BEHIND.match(day) or day in ("today", "this morning", "this afternoon") and (aux or m["done"])
        return capitalised(f"{truck} came {day}.") if past and aux != "will" else None
    return capitalised(f"{truck} {'will come' if aux else 'is coming'} {day}.") if _AHEAD.match(day) else None


def _comes_vi(text: str) -> str | None:
    """"The rubbish truck comes on Mondays." as "Xe rác đến vào thứ Hai hàng tuần.", "The rubbish truck is coming
    tomorrow." as "Ngày mai xe rác sẽ đến.", "Has the rubbish truck come yet?" as "Xe rác đến chưa?", "What time
    does the rubbish truck come?" as "Xe rác thường đến lúc mấy giờ?" (_COMES_EN, _ASKED_EN); None for anything
    else."""
    if m := _ASKED_EN.fullmatch(text):
        if m["what"]:
            return None if m["yet"] else f"Xe rác thường đến {_ASKED_DAY_VI[keyed(m['what'])]}?"
        return "Xe rác đến chưa?"
    m = _COMES_EN.fullmatch(text)
    if not m:
        return None
    verb, said = keyed(m["verb"]).replace("’", "'"), " ".join((m["day"] or "").split())
    if verb.endswith("comes"):
        every = _weekly(said, "en") or EVERY_VI.get(said.lower())
        return every and f"Xe rác {'thường ' * verb.startswith('usually')}đến {every}."
    if verb in ("has come", "'s come", "is here", "'s here", "hasn't come yet", "has not come yet"):
        return None if said else "Xe rác chưa đến." if "yet" in verb else "Xe rác đến rồi."
    day = when(said, "en") if said and not re.search(r"(?i:days\b|every)", said) else "" if not said else None
    if day is None or verb == "came" and said and not (BEHIND.match(said) or said.startswith("this ")) or (
            verb != "came" and (not _AHEAD.match(said) or not said)):
        return None
    return placed(f"xe rác {'đã' if verb == 'came' else 'sẽ'} đến", day, ".")
