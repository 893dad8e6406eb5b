"""Being afraid of something, both ways, written whole by rule: who is afraid of what (animals, heights, the dark,
flying …), or not, or of nothing, what someone is afraid of, "don't be afraid" and "there's nothing to be afraid of".
v8 reads "afraid of" as "I fear that", loses "of" and the plural, and puts it in the past: "I'm afraid of dogs." →
"Tôi e là chó.", "I'm afraid of ghosts." → "Tôi e là ma cà rồng.", "She's scared of spiders." → "Cô ấy sợ hãi những
người khai thác.", "My brother is afraid of heights." → "Em tôi sợ chiều cao.", "Lan is afraid of snakes." → "Lan sợ
bánh chưng.", "Don't be afraid." → "Đừng ngại.", "What are you scared of?" → "Bạn sợ hãi là gì?"; "Em trai tôi sợ độ
cao." → "My younger brother fear of height.", "Bạn sợ gì?" → "What are you scared?", "Tôi sợ chó." → "I'm afraid of a
dog.", "Con gái tôi sợ bóng tối." → "My daughter was afraid of dark.", "Cô ấy sợ nhện." → "She was frightened.", "Bố
tôi sợ gián." → "I'm afraid of prices.", "Anh ấy sợ đi máy bay." → "He was afraid to go to plane.".

Taken: who (mt.hobbies.WHO, WHO_EN) is afraid ("sợ"; "afraid", "scared", "frightened", "terrified" of) of one or more
things of FEARED (and mt.family.PETS), or not, not any more ("không còn … nữa"), still ("vẫn"), very ("rất", "lắm",
"quá", "thật sự"), most ("nhất"), asked ("có … không?", "Are you …?"); not afraid of anything ("không sợ gì cả"), or
asked so; what someone is (most) afraid of ("Bạn sợ gì?"); "Đừng sợ." ("Don't be afraid.", of a thing or not);
"Không có gì phải sợ cả." ("There's nothing to be afraid of."). Left: how one feels, no object ("Tôi sợ quá.":
mt/feelings.py), anything not in FEARED ("sợ con chó đó", "sợ muộn"), "sợ là" and "I'm afraid (that) …" (sorry, but;
"I'm afraid so": mt/agreeing.py), the past ("hồi nhỏ", "used to be"), "fear" as a verb, "anh", "chị", "em" alone
saying it (the speaker or the one spoken to), and anything else, to the model.
mt.phrasebook.translate tries these after mt/jokes.py.

    >>> translate("Em trai tôi sợ độ cao.", "vi", "en"), translate("I'm afraid of dogs.", "en", "vi")
    ('My younger brother is afraid of heights.', 'Tôi sợ chó.')
"""
from __future__ import annotations

from .family import PETS
from .hobbies import WHO, WHO_EN, be_of, joined, listed, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (
    ASKED_END,
    BE_EN,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# what one is afraid of, and English after "afraid of" (the first Vietnamese of each is written back): animals (and
# mt.family's pets, many), things, and doings
FEARED = {"rắn": "snakes", "nhện": "spiders", "chuột": "mice", "gián": "cockroaches", "ong": "bees",
          "côn trùng": "insects", "cá mập": "sharks", "ếch": "frogs", "thằn lằn": "lizards"} | {
    vi: many for vi, (_, many) in PETS.items() if vi != "heo"} | {
    "độ cao": "heights", "bóng tối": "the dark", "bóng đêm": "the dark", "nước": "water", "nước sâu": "deep water",
    "biển": "the sea", "ma": "ghosts", "kim tiêm": "needles", "tiêm": "injections", "máu": "blood", "lửa": "fire",
    "sấm": "thunder", "sấm sét": "thunder", "đám đông": "crowds", "nha sĩ": "the dentist", "bác sĩ": "doctors",
    "thi cử": "exams", "thi": "exams", "kỳ thi": "exams", "cái chết": "death", "đi máy bay": "flying", "bay": "flying",
    "lái xe": "driving", "bơi": "swimming", "ở một mình": "being alone", "thất bại": "failure",
    "nói trước đám đông": "public speaking", "đi nha sĩ": "going to the dentist"}
FEARED_VI = {en: vi for vi, en in reversed(FEARED.items())} | {
    "rats": "chuột", "bugs": "côn trùng", "the water": "nước", "darkness": "bóng tối", "injections": "tiêm",
    "speaking in public": "nói trước đám đông", "lightning": "sấm sét", "failing": "thất bại"}
_FEARED_KEYED = {keyed(vi): en for vi, en in FEARED.items()}
_FEARED_VI_KEYED = {keyed(en): vi for en, vi in FEARED_VI.items()}
# a cheap look before the regexes: each sentence of every text comes here ("sợ", not "sợi", thread)
_KEYS = {"vi": lazy(r"(?i:\bsợ\b)"), "en": lazy(r"(?i:\b(?:afraid|scared|frightened|terrified|fear)\b)")}

# who is afraid of things, or not, or of nothing ("Tôi sợ chó.", "Bạn có sợ độ cao không?", "Cô ấy không sợ gì
# cả.", "Tôi không còn sợ bóng tối nữa.", "Tôi sợ nhện nhất.", "Bạn sợ gì?")
_THINGS = rf"(?P<things>{joined(f'(?i:{alternatives(FEARED)})', 'và|hoặc')})"
_SAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chẳng)\s+(?:(?P<more>còn)\s+)?|(?P<still>vẫn(?:\s+còn)?)"
             r"\s+)?(?:(?P<very>rất|thật\s+sự)\s+)?sợ\s+(?:(?P<most0>nhất)\s+là\s+)?"
             rf"(?:{_THINGS}|(?P<what>gì|cái\s+gì|điều\s+gì))(?:\s+(?P<most>nhất)|\s+(?P<so>lắm|quá))?"
             rf"(?:\s+(?P<all>cả|hết))?(?:\s+(?P<longer>nữa))?{ASKED_END}")
# "don't be afraid" (to the one spoken to, named or not), of a thing or not
_DONT = lazy(rf"(?:(?i:bạn|các\s+bạn|anh|chị|em|con|cậu)\s+)?(?i:đừng)\s+(?:có\s+)?sợ(?:\s+{_THINGS})?"
             r"(?:\s+(?:nhé|nha|mà))?\s*(?P<end>[.!]*)")
_NOTHING = lazy(r"(?i:(?:không|chẳng)\s+có\s+gì\s+(?:(?:mà\s+)?phải|để|đáng\s+để)\s+sợ(?:\s+(?:cả|hết))?"
                r"(?:\s+đâu)?|có\s+gì\s+đâu\s+mà\s+sợ)\s*(?P<end>[.!]*)")

# ... and in English
_ADJ = r"(?P<adj>afraid|scared|frightened|terrified)"
_THINGS_EN = rf"(?P<things>{joined(f'(?i:{alternatives(FEARED_VI)})', 'and|or')})"
_SAID_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t|\s+no\s+longer)?)?"
                r"(?:\s+(?P<still>still))?(?:\s+(?P<very>very|really|so))?(?:\s+(?P<most>most))?"
                rf"\s+{_ADJ}\s+of\s+(?:{_THINGS_EN}|(?P<any>anything))(?:\s+(?P<longer>anymore|any\s+more))?"
                r"\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What(?:\s+(?P<be0>is|are|am)|(?P<be0s>['’]s|['’]re))\s+{WHO_EN}(?:\s+(?P<most>most))?\s+"
                r"(?:afraid|scared|frightened)\s+of\s*\?+")
_DONT_EN = lazy(rf"(?:Don['’]t|Do\s+not)\s+be\s+(?:afraid|scared|frightened)(?:\s+of\s+{_THINGS_EN})?"
                r"(?:,?\s+please)?\s*(?P<end>[.!]*)")
_NOTHING_EN = lazy(r"(?:There(?:['’]s|\s+is)\s+n|N)othing\s+to\s+(?:be\s+(?:afraid|scared|frightened)\s+of|fear)"
                   r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is afraid of what, tells someone not to be afraid, or
    says there is nothing to be afraid of; None for any other."""
    if src == "vi":
        return _said(text) or _dont(text) or _nothing(text)
    return _said_vi(text) or _what_vi(text) or _dont_vi(text) or _nothing_vi(text)


def _things(things: str, lang: str) -> str:
    """Things of FEARED (`lang` "vi") in English, or of FEARED_VI ("en") in Vietnamese, as a list is joined: "rắn và
    nhện" as "snakes and spiders", "the dark" as "bóng tối"."""
    if lang == "vi":
        return listed(things, _FEARED_KEYED, {"và": "and", "hoặc": "or"})[0]
    return listed(things, _FEARED_VI_KEYED, {"and": "và", "or": "hoặc"})[0]


def _not_be(who_: str) -> str:
    """Who and "be" not, as English says it: "I'm not", "she's not", "my mother isn't"."""
    said = contracted(who_, f"{be(who_)} not")
    return said if said != f"{who_} {be(who_)} not" else f"{who_} {be(who_)}n't"


def _said(text: str) -> str | None:
    """"Tôi sợ chó." as "I'm afraid of dogs.", "Bạn có sợ độ cao không?" as "Are you afraid of heights?", "Cô ấy
    không sợ gì cả." as "She's not afraid of anything.", "Bạn sợ gì nhất?" as "What are you most afraid of?" (_SAID);
    None for anything else, and for "anh", "chị", "em" alone saying it."""
    m = _SAID.fullmatch(text)
    if not m:
        return None
    asked, most, very = bool(m["asked"]), bool(m["most"] or m["most0"]), m["very"] or m["so"]
    what = bool(m["what"])
    if m["most0"] and m["most"] or m["very"] and m["so"] or bool(m["more"]) != bool(m["longer"]) or \
            m["all"] and not (what and m["not"]) or m["not"] and (very or most) or m["ask"] and not asked:
        return None
    if asked or what and not m["not"]:  # ("Bạn có sợ chó không?", "Bạn sợ gì?": both asked)
        if "?" not in m["end"] or m["not"] or m["still"] or very or most and not what:
            return None
    elif "?" in m["end"]:
        return None
    if (said := who(m, "?" in m["end"])) is None or "?" in m["end"] and said[0] == "I":
        return None
    who_ = said[0]
    if what and not asked and not m["not"]:
        return f"What {be(who_)} {who_} {'most ' * most}afraid of?"
    feared = "anything" if what else _things(m["things"], "vi")
    if asked:
        return f"{be(who_).capitalize()} {who_} afraid of {feared}?"
    if m["not"]:
        return capitalised(f"{_not_be(who_)} afraid of {feared}{' anymore' * bool(m['longer'])}.")
    how = {"rất": "very ", "lắm": "so ", "quá": "so "}.get(keyed(very or ""), "really " * bool(very))
    how = f"{'still ' * bool(m['still'])}{how}{'most ' * most}"
    return capitalised(contracted(who_, f"{be(who_)} {how}afraid of {feared}."))


def _dont(text: str) -> str | None:
    """"Đừng sợ." as "Don't be afraid.", "Con đừng sợ chó." as "Don't be afraid of dogs." (_DONT); None for anything
    else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    feared = f" of {_things(m['things'], 'vi')}" if m["things"] else ""
    return f"Don't be afraid{feared}{m['end'][:1] or '.'}"


def _nothing(text: str) -> str | None:
    """"Không có gì phải sợ cả." as "There's nothing to be afraid of." (_NOTHING); None for anything else."""
    m = _NOTHING.fullmatch(text)
    return f"There's nothing to be afraid of{m['end'][:1] or '.'}" if m else None


def _said_vi(text: str) -> str | None:
    """"I'm afraid of dogs." as "Tôi sợ chó.", "Are you afraid of heights?" as "Bạn có sợ độ cao không?", "She's not
    afraid of anything." as "Cô ấy không sợ gì cả.", "I'm no longer afraid of the dark." as "Tôi không còn sợ bóng
    tối nữa." (_SAID_EN); None for anything else, and where "is", "are" does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    nots = " ".join((m["not"] or "").lower().split())
    longer = bool(m["longer"]) or nots == "no longer"
    very = bool(m["very"]) or m["adj"].lower() == "terrified"
    if m["very"] and m["adj"].lower() == "terrified" or m["longer"] and not nots or nots == "no longer" and m[
            "longer"] or nots and (very or m["still"] or m["most"]) or m["any"] and not (nots or m["be0"]):
        return None
    feared = "gì" if m["any"] else _things(m["things"], "en")
    if m["be0"]:
        if very or m["still"] or m["most"] or longer or who_ == "tôi":
            return None
        return capitalised(f"{who_} có sợ {feared} không?")
    if nots:
        return capitalised(f"{who_} không {'còn ' * longer}sợ {feared}{' nữa' if longer else ' cả' * bool(m['any'])}.")
    how = f"{'vẫn ' * bool(m['still'])}{'rất ' * very}"
    return capitalised(f"{who_} {how}sợ {feared}{' nhất' * bool(m['most'])}{m['end'][:1] or '.'}")


def _what_vi(text: str) -> str | None:
    """"What are you afraid of?" as "Bạn sợ gì?", "What's she most afraid of?" as "Cô ấy sợ gì nhất?" (_WHAT_EN);
    None for anything else, and where "is", "are" does not agree with who."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if be_said(m["be0"] or m["be0s"]) != be_of(who_, one) or who_ == "tôi":
        return None
    return capitalised(f"{who_} sợ gì{' nhất' * bool(m['most'])}?")


def _dont_vi(text: str) -> str | None:
    """"Don't be afraid." as "Đừng sợ.", "Don't be scared of the dark." as "Đừng sợ bóng tối." (_DONT_EN); None for
    anything else."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    feared = f" {_things(m['things'], 'en')}" if m["things"] else ""
    return f"Đừng sợ{feared}{m['end'][:1] or '.'}"


def _nothing_vi(text: str) -> str | None:
    """"There's nothing to be afraid of." as "Không có gì phải sợ cả." (_NOTHING_EN); None for anything else."""
    m = _NOTHING_EN.fullmatch(text)
    return f"Không có gì phải sợ cả{m['end'][:1] or '.'}" if m else None
