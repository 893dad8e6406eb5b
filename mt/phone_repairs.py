"""A phone or a computer repaired, both ways, written whole by rule: who takes one to be repaired or to get its screen
or battery replaced, who gets its screen or battery replaced, one that needs a new screen or battery, what replacing
one costs, when who can pick theirs up or when it will be repaired, and whether it is still under warranty. v8 (every
other rule on) reads "mang … đi" as carrying, "thay" as instead or replacing the phone, "lấy" as getting, "bảo hành"
as warranted: "Tôi phải mang điện thoại đi thay màn hình." → "I have to carry my phone instead.", "Tôi mang máy tính
đi sửa rồi." → "I bring computers fixed.", "Tôi cần thay màn hình điện thoại." → "I need to replace my phone.",
"Điện thoại tôi phải thay pin." → "My phone must replace battery.", "Thay màn hình hết bao nhiêu tiền?" → "How much
money does the screen?", "Bao giờ tôi lấy được điện thoại?" → "Now I get the phone?", "Điện thoại tôi còn bảo hành
không?" → "Is my phone warranty?"; "I took my laptop to be repaired." → "Tôi lấy máy tính xách tay của tôi để sửa
chữa." (took it), "I need to get my phone screen replaced." → "Tôi cần có màn hình điện thoại của tôi thay thế.",
"When can I pick up my phone?" → "Khi nào tôi có thể chọn điện thoại …" (choose), "My mother's phone is out of
warranty." → "… ra khỏi lệnh bảo hành.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) takes ("mang", "đem", "đưa") their own device of
mt.phone_storage.DEVICES "đi sửa", "đi thay màn hình", "đi thay pin" (to be repaired, to get the screen or the
battery replaced), or gets ("thay") its screen or battery replaced: "đã" (took, had), "rồi" (has), "vừa" (has just),
"phải", "cần", "nên", "muốn", "sẽ", "chưa" (hasn't yet), "đang" (is taking), asked "có phải/cần/nên/muốn … không?" and
"(đã) … chưa?"; a device of whose (mt.hobbies.OWNER but "chúng tôi", "họ"; "này") that needs ("cần", "phải") a new
screen or battery, not, asked; what replacing a screen or a battery (of a device) or repairing a device costs ("… hết
bao nhiêu tiền?"); when who can pick up ("lấy được") or get back ("lấy lại được") their own device, or when a device of
whose will be repaired ("sửa xong"); a device of whose still under warranty ("còn bảo hành"), asked, no longer ("không
còn … nữa"), out of it ("hết bảo hành"). English the same, its verbs agreeing with who. Left: "máy" alone (a phone, a
computer, a motorbike?), a plain "Tôi mang điện thoại đi sửa." (now, done, or a habit?), a device of "chúng tôi",
"họ", "our", "their" (one, or one each?), a name alone taking or picking up their own (his or hers?), another's device
taken or its screen replaced, a camera's battery (swapped, not replaced at a shop), "đang thay" (doing it oneself?),
who asking what it cost them ("Bạn thay màn hình hết bao nhiêu tiền?": did, or would?), "I" asked whether they did it,
"chưa?" of a warranty, "not under warranty" (ever?), "nhỉ", "thế", "vậy" ending a statement (so, then), a device
broken, slow or frozen (mt/broken.py, mt/tech_trouble.py), asking someone to fix it (mt/broken.py's "Bạn có thể sửa
… không?"), batteries dead or worn out (mt/batteries.py), chargers (mt/chargers.py), water in it (mt/water_damage.py),
clothes and shoes (mt/mending.py, mt/tailoring.py), cars (mt/car_servicing.py), returning goods (mt/returns.py), and
anything else.
mt.phrasebook.translate tries these after mt/periods.py.

    >>> translate("Tôi mang máy tính đi sửa rồi.", "vi", "en"), translate("My phone needs a new battery.", "en", "vi")
    ("I've taken my computer to be repaired.", 'Điện thoại tôi cần thay pin.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .phone_storage import DEVICES, DEVICES_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, SOFTENED_QUESTION, STRESSED_SAID, WHOSE_OF, agreement_asked, alternatives, be_said,
                   capitalised, contracted, keyed)

_KEYS = {"vi": lazy(r"(?i:sửa|thay\s+màn|thay\s+pin|bảo\s+hành|lấy)"),
         "en": lazy(r"(?i:repair|replac|fix|warranty|new\s+screen|new\s+battery|when\s+can)")}
# what a device is taken to have done, and the part replaced (the first Vietnamese of each is written back)
_TO = {"sửa": "be repaired", "thay màn hình": "get the screen replaced", "thay pin": "get the battery replaced"}
_TO_VI = {"be repaired": "sửa", "be fixed": "sửa", "get it repaired": "sửa", "get it fixed": "sửa",
          "get the screen replaced": "thay màn hình", "get the battery replaced": "thay pin",
          "get a new screen": "thay màn hình", "get a new battery": "thay pin"}
_PARTS = {"màn hình": "screen", "pin": "battery"}
_PARTS_VI = {en: vi for vi, en in _PARTS.items()}
_OWNED = {"my", "your", "his", "her"}  # (a device of "chúng tôi", "họ": one, or one each?)

_DEV = rf"(?i:{alternatives(DEVICES)})"
_DEV_EN = rf"(?i:{alternatives(DEVICES_VI)})"
_AUX = r"(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|đang|phải|cần|nên|muốn|sẽ|chưa)\s+)?"
_TAIL = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}"
# who takes their device to be repaired ("Tôi phải mang điện thoại đi thay màn hình.", "Tôi mang máy tính đi sửa rồi.")
_TAKE = lazy(rf"{WHO}\s+{_AUX}(?:mang|đem|đưa)\s+(?:(?:cái|chiếc)\s+)?(?P<device>{_DEV})\s+đi\s+"
             rf"(?P<to>{alternatives(_TO)}){_TAIL}")
# ... or gets its screen or battery replaced ("Tôi cần thay màn hình điện thoại.", "Anh ấy vừa thay pin laptop.")
_PART = lazy(rf"{WHO}\s+{_AUX}thay\s+(?P<part>màn\s+hình|pin)\s+(?:cho\s+)?(?:(?:cái|chiếc)\s+)?(?P<device>{_DEV})"
             rf"{_TAIL}")
# a device of whose, or this one ("Điện thoại tôi", "Laptop của mẹ tôi", "Điện thoại này")
_DEVICE = rf"(?:(?i:cái|chiếc)\s+)?(?P<device>{_DEV})\s+(?:(?:của\s+)?{OWNER}|(?P<this>này))"
# ... that needs a new screen or battery ("Điện thoại tôi phải thay pin.", "Laptop bạn có cần thay màn hình không?")
_NEEDS = lazy(rf"{_DEVICE}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:cần|phải)\s+thay\s+(?P<part>màn\s+hình|pin)"
              rf"(?:\s+mới)?{ASKED_END}")
# ... under warranty or not ("Điện thoại tôi còn bảo hành không?", "Máy tính của mẹ tôi hết bảo hành rồi.")
_WARRANTY = lazy(rf"{_DEVICE}\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn)\s+)?(?:(?P<in>còn)|(?P<no>không\s+còn)|"
                 rf"(?P<out>đã\s+hết|hết))\s+bảo\s+hành(?:\s+(?P<more>nữa))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# what it costs ("Thay màn hình hết bao nhiêu tiền?", "Sửa laptop mất bao nhiêu tiền?")
_COST = lazy(rf"(?:(?i:sửa)\s+(?P<fixed>{_DEV})|(?i:thay)\s+(?P<part>màn\s+hình|pin)(?:\s+(?P<device>{_DEV}))?)\s+"
             rf"(?:(?:hết|mất)\s+bao\s+nhiêu(?:\s+tiền)?|bao\s+nhiêu\s+tiền){SOFTENED_QUESTION}")
# when who can pick it up ("Bao giờ tôi lấy được điện thoại?", "Khi nào tôi có thể lấy lại máy tính?")
_WHEN = r"(?i:bao\s+giờ|khi\s+nào)(?:\s+thì)?"
_PICK = lazy(rf"{_WHEN}\s+{WHO}\s+(?:(?P<can>có\s+thể)\s+)?lấy(?P<back>\s+lại)?(?:\s+(?P<ok>được))?\s+"
             rf"(?:(?:cái|chiếc)\s+)?(?P<device>{_DEV})(?:\s+(?P<ok2>được))?{SOFTENED_QUESTION}")
# ... or it will be repaired ("Bao giờ điện thoại của tôi sửa xong?")
_READY = lazy(rf"{_WHEN}\s+{_DEVICE}\s+(?:được\s+)?sửa\s+xong{SOFTENED_QUESTION}")

# ... and in English (’ read as ')
_WHO_AUX = (rf"(?:(?P<q>Have|Has|Do|Does|Should)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)\s+to|\s+needs?\s+to|\s+should|"
            r"\s+wants?\s+to|\s+will|'ll|\s+(?:has|have)(?:\s+not)?|'ve|'s|\s+(?:hasn|haven)'t|\s+am|\s+is|\s+are|'m|"
            r"'re)?(?:\s+(?P<just>just))?\s+")
_TAKE_EN = lazy(rf"{_WHO_AUX}(?P<verb>take|took|taken|taking)\s+(?P<owner>{WHOSE_WORDS})\s+(?P<device>{_DEV_EN})\s+"
                rf"(?:in\s+)?to\s+(?P<to>{alternatives(_TO_VI)})(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_PART_EN = lazy(rf"{_WHO_AUX}(?P<verb>get|have|got|had|getting)\s+(?P<owner>{WHOSE_WORDS})\s+(?P<device>{_DEV_EN})"
                r"(?:'s)?\s+(?P<part>screen|battery)\s+replaced(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_OWN_EN = rf"(?:(?P<poss>(?i:my|your|his|her))|(?P<this>(?i:this))|(?P<someone>{SOMEONE_EN})'s)"
_NEEDS_EN = lazy(rf"(?:(?P<q>Does)\s+)?{_OWN_EN}\s+(?P<device>{_DEV_EN})\s+(?P<verb>needs|need|doesn't\s+need|"
                 r"does\s+not\s+need)\s+a\s+new\s+(?P<part>screen|battery)\s*(?P<end>[.!?]*)")
_WARRANTY_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_OWN_EN}\s+(?P<device>{_DEV_EN})(?P<be>\s+is|'s)?(?:\s+(?P<still>still)|"
                    r"\s+(?P<no>no\s+longer))?\s+(?:(?P<under>under)|(?P<out>out\s+of))\s+(?:its\s+|the\s+)?warranty"
                    r"\s*(?P<end>[.!?]*)")
_COST_EN = lazy(r"How\s+much\s+(?:does\s+it\s+cost|is\s+it)\s+to\s+(?:(?:repair|fix)\s+(?P<fdet>an?|the)\s+"
                rf"(?P<fixed>{_DEV_EN})|replace\s+(?P<det>an?|the)\s+(?:(?P<device>{_DEV_EN})\s+)?"
                r"(?P<part>screen|battery))\s*\?+")
_PICK_EN = lazy(rf"When\s+can\s+{WHO_EN}\s+(?P<verb>pick\s+up|collect|get)\s+(?P<owner>{WHOSE_WORDS})\s+"
                rf"(?P<device>{_DEV_EN})(?P<back>\s+back)?\s*\?+")
_READY_EN = lazy(rf"When\s+will\s+{_OWN_EN}\s+(?P<device>{_DEV_EN})\s+be\s+(?:repaired|fixed)\s*\?+")

# a tense read from Vietnamese words: (aux, "rồi", asked "không?", "chưa?") → tense
_TENSES = {("đã", "", "", ""): "past", ("", "rồi", "", ""): "perfect", ("đã", "rồi", "", ""): "perfect",
           ("vừa", "", "", ""): "just", ("vừa mới", "", "", ""): "just", ("mới", "", "", ""): "just",
           ("phải", "", "", ""): "must", ("cần", "", "", ""): "need", ("nên", "", "", ""): "should",
           ("muốn", "", "", ""): "want", ("sẽ", "", "", ""): "will", ("chưa", "", "", ""): "not yet",
           ("đang", "", "", ""): "ing", ("", "", "", "chưa"): "ask yet", ("đã", "", "", "chưa"): "ask yet",
           ("có phải", "", "không", ""): "ask must", ("có cần", "", "không", ""): "ask need",
           ("có nên", "", "không", ""): "ask should", ("có muốn", "", "không", ""): "ask want"}
# ... written in Vietnamese
_TENSES_VI = {"past": "đã {}.", "perfect": "{} rồi.", "just": "vừa {}.", "must": "phải {}.", "need": "cần {}.",
              "should": "nên {}.", "want": "muốn {}.", "will": "sẽ {}.", "not yet": "chưa {}.", "ing": "đang {}.",
              "ask yet": "đã {} chưa?", "ask must": "có phải {} không?", "ask need": "có cần {} không?",
              "ask should": "có nên {} không?", "ask want": "có muốn {} không?"}
# English verbs' forms: base, past, past participle, -ing
_FORMS = {"take": ("take", "took", "taken", "taking"), "get": ("get", "had", "had", "getting")}
_FORM_OF = {"take": "base", "took": "past", "taken": "pp", "taking": "ing", "get": "base", "have": "base",
            "got": "past", "had": "had", "getting": "ing"}
# an English tense read: (question's first word, auxiliary, verb's form) → tense ("had" both past and participle)
_EN_TENSES = {("", "", "past"): "past", ("", "", "had"): "past", ("", "have", "pp"): "perfect",
              ("", "have", "had"): "perfect", ("", "haven't", "pp"): "not yet", ("", "haven't", "had"): "not yet",
              ("", "have to", "base"): "must", ("", "need to", "base"): "need", ("", "should", "base"): "should",
              ("", "want to", "base"): "want", ("", "will", "base"): "will", ("", "be", "ing"): "ing",
              ("have", "", "pp"): "ask yet", ("have", "", "had"): "ask yet", ("do", "have to", "base"): "ask must",
              ("do", "need to", "base"): "ask need", ("should", "", "base"): "ask should",
              ("do", "want to", "base"): "ask want"}
# English words said of one (he, she, my mother) and of others; the "be" words checked apart
_ONE = {"has", "does", "has to", "needs to", "wants to", "hasn't", "has not", "'s"}
_OTHERS = {"have", "do", "have to", "need to", "want to", "haven't", "have not", "'ve"}
_AUX_KEY = {"has": "have", "'s": "have", "'ve": "have", "has to": "have to", "needs to": "need to", "wants to":
            "want to", "'ll": "will", "hasn't": "haven't", "has not": "haven't", "have not": "haven't", "does": "do"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a phone or a computer taken to be repaired, its screen or battery replaced or
    needing to be, what that costs, when it can be picked up, or its warranty; None for any other."""
    if src == "vi":
        if agreement_asked(text) or STRESSED_SAID.search(text):  # ("… nhỉ": asked to be agreed with; "thế": so)
            return None
        return _do(text) or _needs(text) or _warranty(text) or _cost(text) or _pick(text) or _ready(text)
    text = text.replace("’", "'")
    return _do_vi(text) or _needs_vi(text) or _warranty_vi(text) or _cost_vi(text) or _pick_vi(text) or \
        _ready_vi(text)


def _tense(m: re.Match) -> str | None:
    """The tense of a match of _TAKE or _PART (of _TENSES); None where its words do not go together ("vừa … rồi",
    "có" with no "không?", a "?" on a statement)."""
    asked = "không" if m["asked"] else "chưa" if m["yet"] else ""
    if bool(asked) != ("?" in m["end"]):
        return None
    aux = " ".join(filter(None, (m["ask"], keyed(m["aux"] or ""))))
    return _TENSES.get((aux, "rồi" if m["done"] else "", "không" if m["asked"] else "", "chưa" if m["yet"] else ""))


def _said(tense: str, who_: str, one: bool, verb: str, rest: str) -> str:
    """A sentence of who doing `verb` ("take", "get") to `rest`, in English, in `tense`: "I've taken my phone to be
    repaired.", "Does she need to get her phone screen replaced?"."""
    base, past, pp, ing = _FORMS[verb]
    has, does = ("has", "Does") if one else ("have", "Do")
    said = {"past": f"{who_} {past}", "perfect": contracted(who_, f"{has} {pp}"),
            "just": contracted(who_, f"{has} just {pp}"), "must": f"{who_} {has} to {base}",
            "need": f"{who_} {'needs' if one else 'need'} to {base}", "should": f"{who_} should {base}",
            "want": f"{who_} {'wants' if one else 'want'} to {base}", "will": contracted(who_, f"will {base}"),
            "ing": contracted(who_, f"{'is' if one else 'am' if who_ == 'I' else 'are'} {ing}"),
            "not yet": f"{who_} {has}n't {pp}", "ask yet": f"{has.capitalize()} {who_} {pp}",
            "ask must": f"{does} {who_} have to {base}", "ask need": f"{does} {who_} need to {base}",
            "ask should": f"Should {who_} {base}", "ask want": f"{does} {who_} want to {base}"}[tense]
    if tense.startswith("ask"):
        return f"{said} {rest}{' yet' if tense == 'ask yet' else ''}?"
    return capitalised(f"{said} {rest}{' yet' if tense == 'not yet' else ''}.")


def _device(vi: str, part: str = "") -> str | None:
    """A device of DEVICES in English ("phone", "iPhone"); None for a camera's battery (swapped, not replaced)."""
    device = DEVICES[keyed(vi)]
    return None if device == "camera" and part == "pin" else device


def _do(text: str) -> str | None:
    """"Tôi phải mang điện thoại đi thay màn hình." as "I have to take my phone to get the screen replaced.", "Tôi
    mang máy tính đi sửa rồi." as "I've taken my computer to be repaired.", "Tôi cần thay màn hình điện thoại." as "I
    need to get my phone screen replaced." (_TAKE, _PART); None for anything else, a pet, a name alone (his or hers?),
    "I" asked whether they did it, "đang thay" (doing it oneself?) and a camera's battery."""
    m = _TAKE.fullmatch(text) or _PART.fullmatch(text)
    tense = m and _tense(m)
    said = tense and not animal(m) and who(m, tense.startswith("ask"))
    if not said or said[0] in ("we", "they") or said[0] == "I" and tense in ("ask yet", "ask want"):
        return None
    who_, one = said
    part = keyed(m.groupdict().get("part") or "")
    # (a camera taken "đi thay pin" is left as its battery replaced is)
    whose = whose_own(m, who_)
    device = _device(m["device"], part or keyed(m.groupdict().get("to") or "").removeprefix("thay "))
    if not whose or not device or part and tense == "ing":
        return None
    if part:
        return _said(tense, who_, one, "get", f"{whose} {device} {_PARTS[part]} replaced")
    return _said(tense, who_, one, "take", f"{whose} {device} to {_TO[keyed(m['to'])]}")


def _owner(m: re.Match) -> str | None:
    """Whose device a match of _DEVICE says in English ("my", "my mother's", "Lan's", "this"); None for "chúng tôi",
    "họ"."""
    if m["this"]:
        return "this"
    if m["owner"]:
        whose = OWNERS[keyed(m["owner"])]
        return whose if whose in _OWNED else None
    return f"{someone(m['someone'], 'vi')}'s"


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _NEEDS or _WARRANTY asks ("… không?"), False said; None for a "?" on a statement, "có"
    said, or both "không" and asked."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m.groupdict().get("not"):
        return None
    return asked


def _needs(text: str) -> str | None:
    """"Điện thoại tôi phải thay pin." as "My phone needs a new battery.", "Laptop bạn có cần thay màn hình không?"
    as "Does your laptop need a new screen?", "… không cần thay pin." as "… doesn't need a new battery." (_NEEDS);
    None for anything else."""
    m = _NEEDS.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or (whose := _owner(m)) is None or (device := _device(m["device"], keyed(m["part"]))) is None:
        return None
    said, part = f"{whose} {device}", _PARTS[keyed(m["part"])]
    if asked:
        return f"Does {said} need a new {part}?"
    needs = "doesn't need" if m["not"] else "needs"
    return capitalised(f"{said} {needs} a new {part}.")


def _warranty(text: str) -> str | None:
    """"Điện thoại tôi còn bảo hành không?" as "Is my phone still under warranty?", "Máy tính của tôi vẫn còn bảo
    hành." as "My computer is still under warranty.", "… không còn bảo hành nữa." as "… is no longer under
    warranty.", "… hết bảo hành rồi." as "… is out of warranty." (_WARRANTY); None for anything else."""
    m = _WARRANTY.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or (whose := _owner(m)) is None:
        return None
    said = f"{whose} {DEVICES[keyed(m['device'])]}"
    if m["in"]:
        if m["more"] or m["done"] or asked and m["still"]:
            return None
        return f"Is {said} still under warranty?" if asked else capitalised(f"{said} is still under warranty.")
    if asked or m["still"] or m["no"] and m["done"] or m["out"] and m["more"]:
        return None
    return capitalised(f"{said} is {'no longer under' if m['no'] else 'out of'} warranty.")


def _cost(text: str) -> str | None:
    """"Thay màn hình hết bao nhiêu tiền?" as "How much does it cost to replace the screen?", "Thay pin điện thoại
    hết bao nhiêu tiền?" as "… to replace a phone battery?", "Sửa laptop mất bao nhiêu tiền?" as "… to repair a
    laptop?" (_COST); None for anything else."""
    m = _COST.fullmatch(text)
    if not m:
        return None
    if m["fixed"]:
        device = _device(m["fixed"])
        return f"How much does it cost to repair {a_or_an(device)} {device}?"
    part = keyed(m["part"])
    if not m["device"]:
        return f"How much does it cost to replace the {_PARTS[part]}?"
    device = _device(m["device"], part)
    return device and f"How much does it cost to replace {a_or_an(device)} {device} {_PARTS[part]}?"


def _pick(text: str) -> str | None:
    """"Bao giờ tôi lấy được điện thoại?" as "When can I pick up my phone?", "Khi nào mẹ tôi lấy lại được laptop?"
    as "When can my mother get her laptop back?" (_PICK); None for anything else, "được" or "có thể" not said once,
    "we" (one, or one each?) and a name alone (his or hers?)."""
    m = _PICK.fullmatch(text)
    if not m or [bool(m["can"]), bool(m["ok"]), bool(m["ok2"])].count(True) != 1 or animal(m):
        return None
    said = who(m, True)
    if not said or said[0] in ("we", "they") or not (whose := whose_own(m, said[0])):
        return None
    device = _device(m["device"])
    return f"When can {said[0]} get {whose} {device} back?" if m["back"] else \
        f"When can {said[0]} pick up {whose} {device}?"


def _ready(text: str) -> str | None:
    """"Bao giờ điện thoại của tôi sửa xong?" as "When will my phone be repaired?" (_READY); None for anything
    else."""
    m = _READY.fullmatch(text)
    whose = m and _owner(m)
    return whose and f"When will {whose} {DEVICES[keyed(m['device'])]} be repaired?"


def _agrees(m: re.Match, aux: str, one: bool, who_: str) -> bool:
    """Whether the question's first word (group "q") or the auxiliary `aux` of a match of _WHO_AUX agrees with who
    ("Does she", "I have", "she's taken", "I'm taking"; "should", "will" with any)."""
    first = (m["q"] or "").lower() or aux
    if first in ("am", "is", "are", "'m", "'re") or first == "'s" and m["verb"] == "taking":
        return be_said(first) == ("is" if one else "am" if who_ == "tôi" else "are")
    return first not in _ONE | _OTHERS or (first in _ONE) == one


def _own(m: re.Match, who_: str) -> bool:
    """Whether the device of a match over WHO_EN (group "owner") is who's own ("I … my", "my mother … her"); False for
    another's, and for "his" or "her" after a name alone (his or hers?)."""
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    return own is not None and m["owner"].lower() == own


def _do_vi(text: str) -> str | None:
    """"I have to take my phone to get the screen replaced." as "Tôi phải mang điện thoại đi thay màn hình.", "I've
    taken my computer to be repaired." as "Tôi mang máy tính đi sửa rồi.", "I need to get my phone screen replaced."
    as "Tôi cần thay màn hình điện thoại.", "Have you taken your phone to be repaired yet?" as "Bạn đã mang điện
    thoại đi sửa chưa?" (_TAKE_EN, _PART_EN); None for anything else, a verb not agreeing with who, another's
    device, "we", "they", "his", "her" after a name alone, and a camera's battery."""
    m = _TAKE_EN.fullmatch(text) or _PART_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux = " ".join((m["aux"] or "").lower().split())
    form = _FORM_OF[m["verb"]]
    key = ("be" if aux in ("am", "is", "are", "'m", "'re") or aux == "'s" and form == "ing" else _AUX_KEY.get(aux, aux))
    tense = _EN_TENSES.get(((m["q"] or "").lower().replace("has", "have").replace("does", "do"), key, form))
    who_, one = who_vi(m)
    if tense is None or not _agrees(m, aux, one, who_) or m["just"] and tense != "perfect" or \
            m["yet"] and tense not in ("not yet", "ask yet"):
        return None
    tense = "just" if m["just"] else tense
    if who_ in ("chúng tôi", "họ") or who_ == "tôi" and tense in ("ask yet", "ask want") or not _own(m, who_):
        return None  # (one device, or one each? another's device; a name alone: his or hers?)
    if "part" in m.re.groupindex:
        part = _PARTS_VI[m["part"]]
        if tense == "ing" or DEVICES_VI[m["device"].lower()] == "máy ảnh" and part == "pin":
            return None
        done = f"thay {part} {DEVICES_VI[m['device'].lower()]}"
    else:
        to = _TO_VI[keyed(m["to"])]
        if DEVICES_VI[m["device"].lower()] == "máy ảnh" and to == "thay pin":
            return None  # (a camera's battery: swapped, not replaced at a shop)
        done = f"mang {DEVICES_VI[m['device'].lower()]} đi {to}"
    return capitalised(f"{who_} {_TENSES_VI[tense].format(done)}")


def _whose_vi(m: re.Match) -> str:
    """A device of a match of _OWN_EN in Vietnamese: "điện thoại tôi", "laptop của mẹ tôi", "điện thoại này"."""
    device = DEVICES_VI[m["device"].lower()]
    if m["this"]:
        return f"{device} này"
    if m["poss"]:
        whose = WHOSE_VI[m["poss"].lower()]
        return f"{device} {whose}" if whose in ("tôi", "bạn") else f"{device} của {whose}"
    return f"{device} của {someone(m['someone'], 'en')}"


def _needs_vi(text: str) -> str | None:
    """"My phone needs a new battery." as "Điện thoại tôi cần thay pin.", "Does your laptop need a new screen?" as
    "Laptop bạn có cần thay màn hình không?" (_NEEDS_EN); None for anything else, and a verb not agreeing."""
    m = _NEEDS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != (m["verb"] == "need"):
        return None
    part = _PARTS_VI[m["part"]]
    if DEVICES_VI[m["device"].lower()] == "máy ảnh" and part == "pin":
        return None
    said = capitalised(_whose_vi(m))
    if m["q"]:
        return f"{said} có cần thay {part} không?"
    need = "không cần" if "not" in m["verb"] or "n't" in m["verb"] else "cần"
    return f"{said} {need} thay {part}."


def _warranty_vi(text: str) -> str | None:
    """"Is my phone still under warranty?" as "Điện thoại tôi còn bảo hành không?", "My computer is still under
    warranty." as "Máy tính tôi vẫn còn bảo hành.", "… is no longer under warranty." as "… không còn bảo hành nữa.",
    "… is out of warranty." as "… hết bảo hành rồi." (_WARRANTY_EN); None for anything else ("not under warranty":
    ever?)."""
    m = _WARRANTY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or m["still"] and m["out"]:
        return None
    said = capitalised(_whose_vi(m))
    if m["q"]:
        return f"{said} còn bảo hành không?" if m["under"] and not m["no"] else None
    if m["under"]:
        under = "không còn bảo hành nữa" if m["no"] else "vẫn còn bảo hành" if m["still"] else "còn bảo hành"
        return f"{said} {under}."
    return None if m["no"] else f"{said} hết bảo hành rồi."


def _cost_vi(text: str) -> str | None:
    """"How much does it cost to replace the screen?" as "Thay màn hình hết bao nhiêu tiền?", "… to replace a phone
    battery?" as "Thay pin điện thoại hết bao nhiêu tiền?", "… to repair a laptop?" as "Sửa laptop hết bao nhiêu
    tiền?" (_COST_EN); None for anything else, and "a" or "an" not as the device sounds."""
    m = _COST_EN.fullmatch(text)
    if not m:
        return None
    det, device = (m["fdet"], m["fixed"]) if m["fixed"] else (m["det"], m["device"])
    if det.lower() in ("a", "an") and det.lower() != a_or_an(device or m["part"]):
        return None
    if m["fixed"]:
        return f"Sửa {DEVICES_VI[device.lower()]} hết bao nhiêu tiền?"
    part = _PARTS_VI[m["part"]]
    if device and DEVICES_VI[device.lower()] == "máy ảnh" and part == "pin":
        return None
    return f"Thay {part}{' ' + DEVICES_VI[device.lower()] if device else ''} hết bao nhiêu tiền?"


def _pick_vi(text: str) -> str | None:
    """"When can I pick up my phone?" as "Bao giờ tôi lấy được điện thoại?", "When can my mother get her laptop
    back?" as "Bao giờ mẹ tôi lấy lại được laptop?" (_PICK_EN); None for anything else, another's device, "get"
    without "back" (and "back" with any other), "we", "they", and a name alone."""
    m = _PICK_EN.fullmatch(text)
    if not m or (m["verb"] == "get") != bool(m["back"]):
        return None
    who_, _ = who_vi(m)
    if who_ in ("chúng tôi", "họ") or not _own(m, who_):
        return None
    return f"Bao giờ {who_} {'lấy lại' if m['back'] else 'lấy'} được {DEVICES_VI[m['device'].lower()]}?"


def _ready_vi(text: str) -> str | None:
    """"When will my phone be repaired?" as "Bao giờ điện thoại tôi sửa xong?" (_READY_EN); None for anything
    else."""
    m = _READY_EN.fullmatch(text)
    return m and f"Bao giờ {_whose_vi(m)} sửa xong?"
