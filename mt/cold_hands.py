"""Cold hands and feet, both ways, written whole by rule: someone's hands, feet, fingers or toes always cold, ice-cold
or like ice, even in summer or in winter, or getting cold often or easily; poor circulation; socks or gloves put on to
keep them warm, and hands rubbed together to warm them up. v8 (rules on) reads "tay chân" as a leg, "lạnh như đá" as
cold as kicking or rocks, "đi tất" as going, "xoa" as applying, and "socks" as chairs: "Tay chân tôi lúc nào cũng
lạnh." → "My leg was always cold.", "Chân con bé lạnh như đá." → "The baby's foot is cold as kicking.", "Tay Lan lúc
nào cũng lạnh." → "The Land is always cold.", "Mẹ tôi hay bị lạnh chân." → "My mother is cold.", "Bạn có bị tuần hoàn
kém không?" → "Do you have a complete week?", "Đi tất vào cho đỡ lạnh chân." → "Go all to cold legs.", "Xoa hai tay
vào nhau cho ấm." → "Apply hands to warm."; "Put some socks on to keep your feet warm." → "Đặt một vài cái ghế để giữ
cho bàn chân ấm áp.", "Rub your hands together to warm them up." → "Hãy lau tay với nhau để sưởi ấm lên.", "My
fingers are freezing." → "Những ngón tay của tôi đang tự dozing.", "My circulation is poor." → "Sự tuần hoàn của tôi
nghèo.", "My hands get cold easily." → "Tay tôi bị cảm lạnh dễ dàng.".

Taken: hands, feet, hands and feet, fingers or toes (PARTS) of whose (mt.terms.OWNERS, mt.hobbies.SOMEONE, "con bé",
"thằng bé") always, never, often or sometimes cold, ice-cold, freezing or like ice ("lúc nào cũng lạnh", "luôn bị
lạnh"; "hay bị lạnh": often get cold; "dễ bị lạnh": get cold easily), as a child (mt.childhood.AS_A_CHILD: "were"),
with ", even in summer", "in winter" or "because of poor circulation"; like ice, and fingers or toes, said plainly;
asked ("Tay bạn có hay bị lạnh không?", "Có phải tay bạn lúc nào cũng lạnh không?"); who (mt.hobbies.WHO) "bị lạnh
tay chân", as often; in English who "has", "always has", "often gets" cold hands (and feet); who has poor circulation
("bị tuần hoàn máu kém", "máu kém lưu thông"), said, denied, asked, and "My circulation is poor."; socks or gloves put
on "cho ấm chân" (to keep your feet warm), or ", your feet are like ice", or "nên" (should); hands rubbed warm ("Xoa
hai tay vào nhau cho ấm."), told or "đang" (is rubbing). Left: hands or feet plainly cold ("Tay tôi lạnh quá.", "My
hands are freezing.": mt/temperatures.py's), numb hands (mt/numbness.py), who feels cold (mt/temperatures.py,
mt/feel.py), "cold feet" of who alone ("He got cold feet.": lost his nerve), "I get cold hands." (no how often), a
pet's paws, "I" asked, "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the speaker), a name rubbing (his
hands or hers?), "cả mùa hè" alone (all summer long?), a "?" on a statement, and anything else.
mt.phrasebook.translate tries these after mt/petrol.py.

    >>> translate("Tay chân tôi lúc nào cũng lạnh.", "vi", "en"), translate("Her feet are like ice.", "en", "vi")
    ('My hands and feet are always cold.', 'Chân cô ấy lạnh như đá.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, own_thing, owner_of, pet, someone,
                      who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, EN_WHOSE, alternatives, be_said, capitalised, contracted, keyed, stop

# the parts that go cold (English always many: "are"; the first Vietnamese of each is written back)
PARTS = {"tay chân": "hands and feet", "chân tay": "hands and feet", "tay": "hands", "bàn tay": "hands",
         "hai bàn tay": "hands", "hai tay": "hands", "đôi bàn tay": "hands", "đôi tay": "hands", "chân": "feet",
         "bàn chân": "feet", "hai bàn chân": "feet", "các ngón tay": "fingers", "ngón tay": "fingers",
         "những ngón tay": "fingers", "các ngón chân": "toes", "ngón chân": "toes", "những ngón chân": "toes"}
PARTS_VI = {en: vi for vi, en in reversed(PARTS.items())}
_DIGITS = {"fingers", "toes"}  # (plainly cold: hands and feet so are mt/temperatures.py's)
# how cold, in English after "are" (and back)
COLD = {"lạnh": "cold", "lạnh ngắt": "ice-cold", "lạnh cóng": "freezing", "lạnh buốt": "freezing",
        "lạnh như đá": "like ice", "lạnh như băng": "like ice"}
COLD_VI = {en: vi for vi, en in reversed(COLD.items())} | {"ice cold": "lạnh ngắt", "as cold as ice": "lạnh như đá",
                                                          "freezing cold": "lạnh cóng"}
# how often, before the Vietnamese verb; in English after "are" or before "get" (and back)
OFTEN = {"lúc nào cũng": "always", "luôn luôn": "always", "luôn": "always", "không bao giờ": "never",
         "hay": "often", "thường": "often", "thường xuyên": "often", "thỉnh thoảng": "sometimes",
         "đôi khi": "sometimes", "dễ": "easily"}
_LITTLE = {"con bé": "her", "thằng bé": "his"}  # (the little girl's, the little boy's)
_KEYS = {"vi": lazy(r"(?i:lạnh|tuần\s+hoàn|lưu\s+thông|cho\s+ấm|xoa|chà)"),
         "en": lazy(r"(?i:cold|freezing|like\s+ice|circulation|warm)")}

_CIRC = r"(?:máu\s+(?:lưu\s+thông|tuần\s+hoàn)\s+kém|tuần\s+hoàn(?:\s+máu)?\s+kém|máu\s+kém\s+lưu\s+thông)"
# (even in summer: "cả mùa hè" alone may be all summer long)
_SUMMER = r"(?:\s*,\s*|\s+)(?:(?:kể|ngay)\s+cả\s+(?:vào\s+|về\s+)?|cả\s+(?:vào|về)\s+)mùa\s+hè"
_TAIL = (rf"(?:(?P<summer>{_SUMMER})|\s+(?P<winter>(?:vào|về)\s+mùa\s+đông)|\s+(?:vì|do)\s+(?P<circ>{_CIRC}))?")
_OPEN = rf"(?:(?P<child>{AS_A_CHILD})\s*,?\s+|(?P<winter0>(?i:(?:vào\s+|về\s+)?mùa\s+đông))\s*,?\s+)?"
_HOW = rf"(?:(?P<ask>có)\s+)?(?:(?P<often>{alternatives(OFTEN)})\s+)?(?:(?P<not>không)\s+)?(?P<bi>bị\s+)?"
# whose hands are how cold ("Tay chân tôi lúc nào cũng lạnh.", "Chân con bé lạnh như đá.", "Tay bạn có hay bị lạnh
# không?", "Có phải tay bạn lúc nào cũng lạnh không?")
_PART = lazy(rf"{_OPEN}(?P<isit>(?i:có\s+phải)\s+)?(?P<part>(?i:{alternatives(PARTS)}))\s+(?:của\s+)?"
             rf"(?:(?P<little>(?i:con\s+bé|thằng\s+bé))|{OWNER})\s+{_HOW}(?P<w>{alternatives(COLD)}){_TAIL}{ASKED_END}")
# who gets cold hands ("Tôi hay bị lạnh tay chân.", "Bạn có hay bị lạnh tay không?")
_WHO_PART = lazy(rf"{_OPEN}{WHO}\s+{_HOW}lạnh\s+(?P<part>tay\s+chân|chân\s+tay|tay|chân|ngón\s+tay|ngón\s+chân)"
                 rf"{_TAIL}{ASKED_END}")
# poor circulation ("Tôi bị tuần hoàn máu kém.", "Bạn có bị máu kém lưu thông không?")
_POOR = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?bị\s+{_CIRC}{ASKED_END}")
# socks or gloves ("Đi tất vào cho đỡ lạnh chân.", "Bạn nên đi tất cho ấm chân.", "Đi tất vào đi, chân con lạnh như
# đá rồi.")
_COLD_PART = (r"(?P<p2>chân|tay)\s+(?:bạn|con)\s+"
              r"(?P<w>lạnh\s+như\s+đá|lạnh\s+như\s+băng|lạnh\s+ngắt|lạnh\s+cóng)")
_WEAR = lazy(rf"(?:(?P<you>(?i:bạn|con|các\s+con))\s+)?(?:(?P<should>nên)\s+|(?i:hãy)\s+)?(?P<verb>(?i:đi|mang|xỏ|đeo))"
             r"\s+(?P<g>tất|vớ|găng\s+tay|găng)(?P<in>\s+vào)?(?:\s+cho\s+(?:ấm|đỡ\s+lạnh)\s+(?P<part>chân|tay)"
             rf"(?:\s+(?:đi|nhé|nha))?|(?:\s+đi)?\s*,\s*{_COLD_PART}(?:\s+(?:rồi|quá|kìa))*)\s*(?P<end>[.!]*)")
# hands rubbed ("Xoa hai tay vào nhau cho ấm.", "Mẹ tôi đang xoa tay cho ấm.")
_RUB = lazy(rf"(?:{WHO}\s+(?P<now>đang)\s+|(?i:hãy)\s+)?(?i:xoa|chà\s+xát|chà)\s+(?:(?:hai|2)\s+)?(?:bàn\s+)?"
            r"(?P<part>tay|chân)(?P<together>\s+vào\s+(?:với\s+)?nhau)?\s+cho\s+ấm(?:\s+lên)?(?:\s+(?:đi|nhé|nha))?"
            r"\s*(?P<end>[.!]*)")

# ... and in English
_WHOSE_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_PART_EN = r"(?P<part>hands\s+and\s+feet|hands|feet|fingers|toes)"
_TAIL_EN = (r"(?:(?P<summer>,?\s+even\s+in\s+(?:the\s+)?summer)|\s+(?P<winter>in\s+(?:the\s+)?winter)|"
            r"\s+because\s+of\s+(?P<circ>poor\s+circulation)|\s+(?P<child2>as\s+an?\s+(?:child|kid)))?")
_PART_EN_RE = lazy(rf"(?:(?P<child>{AS_A_CHILD_EN}),?\s+)?(?:(?P<q>Are|Do)\s+)?{_WHOSE_EN}\s+{_PART_EN}"
                   r"(?:(?P<be>\s+are|\s+were|['’]re)?(?:\s+(?P<often>always|never|often|sometimes))?\s+"
                   rf"(?P<w>{alternatives(COLD_VI)})|(?:\s+(?P<often2>always|never|often|sometimes))?\s+"
                   rf"(?P<get>get|got)\s+cold(?P<easily>\s+easily)?){_TAIL_EN}\s*(?P<end>[.!?]*)")
_WHO_PART_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<often>always|never|often|sometimes))?\s+"
                    r"(?P<verb>have|has|get|gets)\s+cold\s+(?P<part>hands\s+and\s+feet|hands|fingers)"
                    rf"{_TAIL_EN}\s*(?P<end>[.!?]*)")
_POOR_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’]ve\s+got|\s+has\s+got|['’]s\s+got|"
                r"\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+have)\s+(?:poor|bad)\s+circulation"
                r"\s*(?P<end>[.!?]*)")
_POOR_EN2 = lazy(rf"{_WHOSE_EN}\s+circulation(?:\s+is|['’]s)\s+(?:poor|bad|not\s+good)\s*(?P<end>[.!]*)")
_WEAR_EN = lazy(r"(?:(?P<should>You\s+should\s+wear)\s+(?:(?P<det0>some|your)\s+)?|(?i:put)(?P<on1>\s+on)?\s+"
                r"(?P<det>some|your)\s+)(?P<g>socks|gloves)(?P<on2>\s+on)?(?:\s+to\s+keep\s+your\s+(?P<part>feet|hands)"
                r"\s+warm|,\s+your\s+(?P<p2>feet|hands)\s+are\s+(?P<w>like\s+ice|ice-cold|freezing))\s*(?P<end>[.!]*)")
_RUB_EN = lazy(rf"(?:{WHO_EN}{BE_EN}\s+rubbing\s+"
               rf"(?P<owner>(?i:{WHOSE_WORDS}))|(?P<rub>Rub)\s+your)\s+(?P<part>hands|feet)(?P<together>\s+together)?"
               r"\s+to\s+(?:warm\s+them(?:\s+up)?|keep\s+them\s+warm)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of cold hands and feet, poor circulation, socks or gloves put on to warm them,
    or hands rubbed warm; None for any other."""
    if src == "vi":
        return _part(text) or _who_part(text) or _poor(text) or _wear(text) or _rub(text)
    return _part_vi(text) or _who_part_vi(text) or _poor_vi(text) or _wear_vi(text) or _rub_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có hay bị lạnh không?", "Có phải … không?"), False said; None for "có"
    or "không?" alone, both "không" and asked, a "?" on a statement, and "Có phải" with "có" again."""
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or asked and groups.get("not"):
        return None
    if asked != bool(groups.get("isit") or m["ask"]) or groups.get("isit") and m["ask"]:
        return None
    return asked


def _how(often: str, cold: str, got: bool, past: bool, asked: bool) -> str | None:
    """How cold the parts are, in English after them: "are always cold", "often get cold", "get cold easily", "are
    like ice", "were always cold" (`past`), asked ("always cold" after "Are …"; "often get cold" after "Do …"); None
    for a word that does not go with "get" ("often get like ice")."""
    if got or often in ("often", "sometimes", "easily"):
        if cold != "cold":
            return None
        get = "get" if asked else "got" if past else "get"
        return f"{get} cold easily" if often == "easily" else f"{often} {get} cold".lstrip()
    return " ".join(filter(None, ("" if asked else "were" if past else "are", often, cold)))


def _tail(m: re.Match) -> str | None:
    """What is said after the cold in English: ", even in summer", " in winter", " because of poor circulation";
    "" for none; None for two."""
    said = [t for t, g in ((", even in summer", "summer"), (" in winter", "winter"), (" in winter", "winter0"),
                           (" because of poor circulation", "circ")) if m.groupdict().get(g)]
    return None if len(said) > 1 else said[0] if said else ""


def _part(text: str) -> str | None:
    """"Tay chân tôi lúc nào cũng lạnh." as "My hands and feet are always cold.", "Chân con bé lạnh như đá." as "Her
    feet are like ice.", "Tay bạn có hay bị lạnh không?" as "Do your hands often get cold?" (_PART); None for anything
    else, for hands or feet plainly cold (mt/temperatures.py's), and for a pet's."""
    m = _PART.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["someone"] and pet(m["someone"], "vi"):
        return None
    whose = _LITTLE[keyed(m["little"])] if m["little"] else owner_of(m)
    part, cold, often = PARTS[keyed(m["part"])], COLD[keyed(m["w"])], OFTEN.get(keyed(m["often"] or ""), "")
    return whose and _parts_said(m, whose, part, cold, often, asked)


def _parts_said(m: re.Match, whose: str, part: str, cold: str, often: str, asked: bool) -> str | None:
    """The English of a match of _PART or _WHO_PART, whose parts said `whose`, how cold `cold`, how often `often`."""
    tail, past = _tail(m), bool(m["child"])
    plain = not (often or m["not"] or tail or m.groupdict().get("little")) and part not in _DIGITS and \
        cold != "like ice"
    if tail is None or plain and m.re == _PART or m["not"] and (often or cold != "cold") or tail and (
            asked or m["not"]) or past and asked:
        return None  # (plain hands or feet cold are mt/temperatures.py's; "không" with how often is read by OFTEN)
    if tail == ", even in summer" and often not in ("always", "often"):
        return None
    if asked and whose == "my":
        return None  # (asked of one's own hands)
    if asked and (m.groupdict().get("isit") and often != "always" or not m.groupdict().get("isit") and often in (
            "always", "never")):
        return None  # ("Có phải … lúc nào cũng lạnh không?" asks "always"; "có hay bị lạnh không?" asks "often")
    how = _how(often, cold, bool(m["bi"]) and bool(often) and often not in ("always", "never"), past, asked)
    if how is None:
        return None
    if m["not"]:
        how = f"{'weren' if past else 'aren'}'t {cold}"
    said = f"{whose} {part}"
    if asked:
        return f"{'Do' if 'get' in how else 'Are'} {said} {how}?"
    opening = "As a child, " if past else ""
    return capitalised(f"{opening}{said} {how}{tail}{stop(m['end'])}")


def _who_part(text: str) -> str | None:
    """"Tôi hay bị lạnh tay chân." as "My hands and feet often get cold.", "Tôi bị lạnh tay." as "My hands are
    cold.", "Bạn có hay bị lạnh chân không?" as "Do your feet often get cold?" (_WHO_PART); None for anything else,
    for "I" asked, "anh" saying it, and for a pet."""
    m = _WHO_PART.fullmatch(text)
    if not m or not m["bi"] or (asked := _asked(m)) is None or animal(m) or em_speaking(m) or not (
            said := who(m, asked)):
        return None  # ("Em có hay bị lạnh tay không ạ?" is the speaker asking)
    if asked and said[0] == "I":
        return None  # (asked of oneself)
    whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    part = PARTS[keyed(m["part"])]
    often = OFTEN.get(keyed(m["often"] or ""), "")
    if not often and not asked and not m["not"] and not m["child"] and _tail(m) == "":
        return capitalised(f"{whose} {part} are cold{stop(m['end'])}")
    return _parts_said(m, whose, part, "cold", often, asked)


def _poor(text: str) -> str | None:
    """"Tôi bị tuần hoàn máu kém." as "I have poor circulation.", "Bạn có bị máu kém lưu thông không?" as "Do you
    have poor circulation?", "Mẹ tôi không bị tuần hoàn kém." as "My mother doesn't have poor circulation." (_POOR);
    None for anything else."""
    m = _POOR.fullmatch(text)
    if not m or (asked := _asked(m)) is None or animal(m) or em_speaking(m) or not (said := who(m, asked)) or (
            asked and said[0] == "I"):
        return None  # ("Em có bị tuần hoàn kém không ạ?" is a patient asking of themself)
    who_, one = said
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have poor circulation?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have poor circulation{stop(m['end'])}")
    return capitalised(f"{who_} {'has' if one else 'have'} poor circulation{stop(m['end'])}")


def _wear(text: str) -> str | None:
    """"Đi tất vào cho đỡ lạnh chân." as "Put some socks on to keep your feet warm.", "Đeo găng tay vào cho ấm tay."
    as "Put your gloves on to keep your hands warm.", "Bạn nên đi tất cho ấm chân." as "You should wear socks to keep
    your feet warm.", "Đi tất vào đi, chân con lạnh như đá rồi." as "Put some socks on, your feet are like ice."
    (_WEAR); None for anything else, and where the garment is not for the part ("đeo tất", "tất … cho ấm tay")."""
    m = _WEAR.fullmatch(text)
    if not m:
        return None
    socks, verb = keyed(m["g"]) in ("tất", "vớ"), keyed(m["verb"])
    part = m["part"] or m["p2"]
    if verb not in (("đi", "mang", "xỏ") if socks else ("đeo", "mang")) or (part == "chân") != socks:
        return None
    if bool(m["should"]) == bool(m["in"]) or m["should"] and (m["p2"] or keyed(m["you"] or "") != "bạn"):
        return None  # ("nên … vào" and "Đi tất cho ấm chân." alone are not read for sure)
    feet, things = ("feet", "socks") if socks else ("hands", "gloves")
    if m["should"]:
        return f"You should wear {things} to keep your {feet} warm{stop(m['end'])}"
    put = "Put some socks on" if socks else "Put your gloves on"
    if m["p2"]:
        return f"{put}, your {feet} are {COLD[keyed(m['w'])]}{stop(m['end'])}"
    return f"{put} to keep your {feet} warm{stop(m['end'])}"


def _rub(text: str) -> str | None:
    """"Xoa hai tay vào nhau cho ấm." as "Rub your hands together to warm them up.", "Xoa chân cho ấm." as "Rub your
    feet to warm them up.", "Mẹ tôi đang xoa tay cho ấm." as "My mother is rubbing her hands to warm them up." (_RUB);
    None for anything else, for feet "together", and where English cannot tell whose hands (a name alone)."""
    m = _RUB.fullmatch(text)
    if not m or m["together"] and m["part"] == "chân":
        return None
    part = "hands" if m["part"] == "tay" else "feet"
    rest = f"{part}{' together' * bool(m['together'])} to warm them up{stop(m['end'])}"
    if not m["now"]:
        return None if m["who"] or m["kin"] or m["given"] or m["title"] else f"Rub your {rest}"
    said = None if animal(m) else who(m, False)
    whose = said and whose_own(m, said[0])
    if not whose:
        return None
    be_ = "am" if said[0] == "I" else "is" if said[1] else "are"
    return capitalised(contracted(said[0], f"{be_} rubbing {whose} {rest}"))


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese, after the part: "tôi", "cô ấy", "mẹ tôi", "Lan"; None for a pet
    or someone not read."""
    if m["whose"]:
        return WHOSE_VI[m["whose"].lower()]
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")


_OFTEN_BI = {"always": "lúc nào cũng bị", "never": "không bao giờ bị", "often": "hay bị",
             "sometimes": "thỉnh thoảng bị", "easily": "dễ bị"}


def _tail_vi(m: re.Match, often: str) -> tuple[str, str] | None:
    """What opens and what ends the Vietnamese of a match of _PART_EN_RE or _WHO_PART_EN: ("Hồi nhỏ, ", ""),
    ("Vào mùa đông, ", ""), ("", ", kể cả vào mùa hè"), ("", " vì máu lưu thông kém"); None for "even in summer" but
    always or often, or "as a child" said twice."""
    groups = m.groupdict()
    if groups.get("child") and m["child2"] or m["summer"] and often not in ("always", "often"):
        return None
    opening = "Hồi nhỏ, " if groups.get("child") or m["child2"] else "Vào mùa đông, " if m["winter"] else ""
    return opening, ", kể cả vào mùa hè" if m["summer"] else " vì máu lưu thông kém" if m["circ"] else ""


def _part_vi(text: str) -> str | None:
    """"My hands and feet are always cold." as "Tay chân tôi lúc nào cũng lạnh.", "Her feet are like ice." as "Chân
    cô ấy lạnh như đá.", "My hands get cold easily." as "Tay tôi dễ bị lạnh.", "Do your feet often get cold?" as
    "Chân bạn có hay bị lạnh không?", "Are your hands always cold?" as "Có phải tay bạn lúc nào cũng lạnh không?"
    (_PART_EN_RE); None for anything else, plain hands or feet cold (mt/temperatures.py's), "were" but as a child,
    and a verb that does not go with "get" ("often get like ice")."""
    m = _PART_EN_RE.fullmatch(text)
    if not m or (q := m["q"] or "") != ("Do" if "?" in m["end"] and m["get"] else "Are" if "?" in m["end"] else ""):
        return None
    whose, part = _whose_vi(m), PARTS_VI[" ".join(m["part"].split())]
    past = bool(m["child"] or m["child2"])
    often = m["often"] or m["often2"] or ("easily" if m["easily"] else "")
    if m["easily"] and m["often2"] or not whose or q and whose == "tôi" or (tail := _tail_vi(m, often)) is None or (
            q and (past or any(tail))):
        return None
    said = f"{part} {whose}"
    if m["get"]:
        if m["get"] != ("got" if past else "get") or not often or q and often not in ("often", "easily"):
            return None
        how = _OFTEN_BI[often]
        return f"{capitalised(said)} có {how[:-3]} bị lạnh không?" if q else \
            capitalised(f"{tail[0]}{said} {how} lạnh{tail[1]}{stop(m['end'])}")
    be_ = be_said(m["be"]) if m["be"] else ""
    cold, often = COLD_VI[" ".join(m["w"].lower().split())], m["often"] or ""
    plain = not (often or any(tail)) and m["part"] not in _DIGITS and cold != "lạnh như đá"
    if be_ != ("" if q else "were" if past else "are") or plain or often in ("often", "sometimes") and cold != "lạnh":
        return None
    if q:
        return (f"Có phải {said} lúc nào cũng {cold} không?" if often == "always" else
                None if often else f"{capitalised(said)} có {cold} không?")
    how = {"always": "lúc nào cũng ", "never": "không bao giờ ", "often": "hay bị ", "sometimes": "thỉnh thoảng bị "}
    return capitalised(f"{tail[0]}{said} {how.get(often, '')}{cold}{tail[1]}{stop(m['end'])}")


def _who_part_vi(text: str) -> str | None:
    """"I often get cold hands." as "Tôi hay bị lạnh tay.", "I have cold hands and feet." as "Tôi bị lạnh tay
    chân.", "Do you often get cold hands?" as "Bạn có hay bị lạnh tay không?" (_WHO_PART_EN); None for anything else,
    the verb not agreeing, "I" asked, "get" with no how often, and cold feet alone (lost nerve)."""
    m = _WHO_PART_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or m["child2"]:
        return None
    who_, one = who_vi(m)
    verb, often = m["verb"], m["often"] or ""
    agrees = (m["q"] == "Does") == one and not verb.endswith("s") if m["q"] else verb.endswith("s") == one
    if not agrees or verb.startswith("get") and not often or (tail := _tail_vi(m, often)) is None:
        return None
    if m["q"] and (who_ == "tôi" or often not in ("", "often", "sometimes") or any(tail)):
        return None
    part = {"hands and feet": "tay chân", "hands": "tay", "fingers": "ngón tay"}[" ".join(m["part"].split())]
    if m["q"]:
        return capitalised(f"{who_} có {_OFTEN_BI[often][:-3] + ' ' if often else ''}bị lạnh {part} không?")
    how = _OFTEN_BI[often] if often else "bị"
    return capitalised(f"{tail[0]}{who_} {how} lạnh {part}{tail[1]}{stop(m['end'])}")


def _poor_vi(text: str) -> str | None:
    """"I have poor circulation." as "Tôi bị tuần hoàn máu kém.", "Does your mother have poor circulation?" as "Mẹ
    bạn có bị tuần hoàn máu kém không?", "My circulation is poor." as "Tôi bị tuần hoàn máu kém." (_POOR_EN,
    _POOR_EN2); None for anything else, the verb not agreeing, and "I" asked."""
    if m := _POOR_EN2.fullmatch(text):
        whose = _whose_vi(m)
        return whose and capitalised(f"{whose} bị tuần hoàn máu kém{stop(m['end'])}")
    m = _POOR_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].lower().replace("’", "'").split())
    first = (m["q"] or aux).split(" ")[0].lower()
    if (first in ("has", "does", "doesn't", "'s")) != one or m["q"] and (aux != "have" or who_ == "tôi"):
        return None
    if m["q"]:
        return capitalised(f"{who_} có bị tuần hoàn máu kém không?")
    denied = "not" in aux or "n't" in aux
    return capitalised(f"{who_} {'không ' * denied}bị tuần hoàn máu kém{stop(m['end'])}")


def _wear_vi(text: str) -> str | None:
    """"Put some socks on to keep your feet warm." as "Đi tất vào cho ấm chân.", "Put your gloves on to keep your
    hands warm." as "Đeo găng tay vào cho ấm tay.", "You should wear socks to keep your feet warm." as "Bạn nên đi tất
    cho ấm chân.", "Put some socks on, your feet are like ice." as "Đi tất vào đi, chân bạn lạnh như đá rồi."
    (_WEAR_EN); None for anything else, "on" said twice or not at all, and socks for the hands."""
    m = _WEAR_EN.fullmatch(text)
    if not m or not m["should"] and bool(m["on1"]) == bool(m["on2"]) or m["should"] and m["on2"]:
        return None
    socks = m["g"] == "socks"
    if (m["part"] or m["p2"]) != ("feet" if socks else "hands") or m["should"] and m["p2"]:
        return None
    wear, part = ("đi tất", "chân") if socks else ("đeo găng tay", "tay")
    if m["should"]:
        return f"Bạn nên {wear} cho ấm {part}{stop(m['end'])}"
    if m["p2"]:
        return f"{capitalised(wear)} vào đi, {part} bạn {COLD_VI[' '.join(m['w'].split())]} rồi{stop(m['end'])}"
    return f"{capitalised(wear)} vào cho ấm {part}{stop(m['end'])}"


def _rub_vi(text: str) -> str | None:
    """"Rub your hands together to warm them up." as "Xoa hai tay vào nhau cho ấm.", "Rub your feet to warm them
    up." as "Xoa chân cho ấm.", "She's rubbing her hands together to warm them up." as "Cô ấy đang xoa hai tay vào
    nhau cho ấm." (_RUB_EN); None for anything else, feet together, "is" not agreeing, and another's hands."""
    m = _RUB_EN.fullmatch(text)
    if not m or m["together"] and m["part"] == "feet":
        return None
    rub = "xoa hai tay vào nhau" if m["together"] else "xoa tay" if m["part"] == "hands" else "xoa chân"
    if m["rub"]:
        return f"{capitalised(rub)} cho ấm{stop(m['end'])}"
    who_, one = who_vi(m)
    if animal(m) or not be_agrees(m, m["be"]) or own_thing(m, who_, one) is not True:
        return None
    return capitalised(f"{who_} đang {rub} cho ấm{stop(m['end'])}")
