"""Numb, stiff and cramped, both ways, written whole by rule: a foot gone to sleep, pins and needles, cramp, a stiff
neck, legs stiff or tired, hands numb with cold. v8 with every current rule reads "cứng" as hard, "tê" as numbed,
"mỏi" as tired of, and English "gone to sleep" as going to bed, "pins and needles" as pins, "stiff" as tough: "Tôi bị
cứng cổ." → "I'm hardened.", "Lưng tôi bị cứng." → "We're hard.", "Cổ tôi bị cứng." → "Divided I was hard.", "Tôi bị
chuột rút ở chân." → "I'm cramping at the leg.", "Chân tôi bị tê rồi." → "My foot was numbed.", "Tôi bị tê chân." →
"I was numb numb.", "Tay tôi tê cóng vì lạnh." → "My hand numb numbly cold.", "Tôi bị mỏi chân." → "I'm tired of
legs.", "Bố tôi hay bị chuột rút vào ban đêm." → "I'm usually cramping at night."; "My foot has gone to sleep." →
"Tôi đi ngủ.", "I've got pins and needles." → "Tôi có màu hồng và kim.", "I've got a stiff neck." → "Tôi có một cổ
cứng.", "My back is stiff." → "Lưng tôi cứng cáp.", "My legs are stiff after the run." → "Chặn của tôi cứng sau khi
chạy.", "My leg has gone numb." → "Chặng của tôi đã đi tê.", "He has a cramp in his calf." → "… trong miệng của anh
ấy." (the mouth).

Taken: who (mt.hobbies.WHO, WHO_EN) with cramp or pins and needles (in a part of CRAMPED or NUMB), or a stiff neck,
back or shoulders (STIFF), said now, in the past ("đã", "khi đang bơi": while swimming), as a habit ("hay", "thường",
"thỉnh thoảng"; at night, when swimming) or asked ("có … không?"); a part of someone's body (whose of mt.terms.OWNERS
or someone, or who first: "Tôi bị tê chân.") numb, gone numb, numb with cold (mt.temperatures.PARTS), stiff (after
running) or tired ("mỏi": legs, arms, eyes; "mỏi cổ" is a stiff neck), said, asked or as a habit. "chân" is the foot
when numb, the leg when cramped, the legs when stiff or tired. Left: "tê", "cứng" without a part ("Tôi bị tê."),
"cứng" without "bị" after who ("cứng cổ": stubborn too), "cramps" without a part (period pains?), a negation, "I
can't feel my fingers.", "I'm stiff all over.", "mỏi lưng" and parts that hurt (mt/aches.py), hands cold or freezing
(mt/temperatures.py), ailments (mt/ailments.py), injuries (mt/injuries.py).
mt.phrasebook.translate tries these after mt/air_con.py.

    >>> translate("Tôi bị cứng cổ.", "vi", "en"), translate("My foot has gone to sleep.", "en", "vi")
    ("I've got a stiff neck.", 'Chân tôi bị tê rồi.')
"""
from __future__ import annotations

import re

from .aches import PARTS
from .ever import PRONOUNS
from .hobbies import OWNER, SELDOM, SELDOM_VI, SOMEONE_EN, WHO, WHO_EN, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .temperatures import PARTS as COLD
from .temperatures import PARTS_VI as COLD_VI
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, WHOSE_OF, alternatives, be, capitalised, contracted, keyed

# how each is said, and the parts of the body it takes (the first Vietnamese of each English is written back)
CONDS = {"tê rần": "pins", "tê bì": "numb", "tê cóng": "cold", "tê": "numb", "chuột rút": "cramp", "vọp bẻ": "cramp",
         "cứng": "stiff", "mỏi": "tired"}
NUMB = {"chân": "foot", "bàn chân": "foot", "tay": "hand", "bàn tay": "hand", "cánh tay": "arm", "ngón tay": "fingers",
        "ngón chân": "toes", "tay chân": "hands and feet", "môi": "lips"}
CRAMPED = {vi: PARTS[vi] for vi in ("chân", "bàn chân", "bàn tay")} | {"bắp chân": "calf", "đùi": "thigh",
                                                                     "tay": "hand", "ngón chân": "toes"}
STIFF = {vi: PARTS[vi] for vi in ("cổ", "lưng")} | {"gáy": "neck", "vai": "shoulders", "chân": "legs"}
TIRED = {"chân": "legs", "tay": "arms", "cánh tay": "arms", "mắt": "eyes"}
_TIRED_STIFF = {"cổ", "gáy", "vai"}  # ("mỏi cổ": a stiff neck)
_BY_COND = {"numb": NUMB, "pins": NUMB, "cold": COLD, "cramp": CRAMPED, "stiff": STIFF, "tired": TIRED}
_OFTEN = {vi: en for vi, en in SELDOM.items() if en in ("often", "sometimes")}
AFTER = {"sau khi chạy": "after running", "sau khi chạy bộ": "after running", "sau buổi chạy": "after the run",
         "sau khi tập": "after working out", "sau buổi tập": "after the workout"}
DOING = {"bơi": "swimming", "chạy": "running", "chạy bộ": "running", "đá bóng": "playing football"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tê|chuột\s+rút|vọp\s+bẻ|cứng|mỏi)"),
         "en": lazy(r"(?i:numb|sleep|cramp|pins|stiff|tired|dead)")}

_PARTS_ALL = alternatives({p for t in _BY_COND.values() for p in t})
_BEFORE = (rf"(?:(?P<ask>có)\s+|(?P<did>đã)\s+)?(?:(?P<often>{alternatives(_OFTEN)})\s+)?(?:(?P<how>rất|hơi)\s+)?"
           rf"(?:(?P<bi>bị)\s+)?(?P<cond>{alternatives(CONDS)})")
_TAIL = (rf"(?:\s+(?P<much>quá|lắm))?(?:\s+(?P<done>rồi))?(?:\s+(?P<cold>(?:vì|do)\s+(?:lạnh|rét)))?"
         rf"(?:\s+(?P<after>{alternatives(AFTER)}))?(?:\s+(?:khi|lúc|trong\s+lúc|trong\s+khi)\s+(?P<now>đang\s+)?"
         rf"(?P<doing>{alternatives(DOING)})|\s+(?P<night>(?:vào\s+)?ban\s+đêm|về\s+đêm))?{ASKED_END}")
# who first ("Tôi bị chuột rút ở chân.", "Tôi bị cứng cổ.", "Mẹ tôi bị tê tay."), a part first ("Chân tôi bị tê rồi.")
_WHO_FIRST = lazy(rf"{WHO}\s+{_BEFORE}(?:\s+(?:ở\s+)?(?P<part>{_PARTS_ALL}))?{_TAIL}")
_PART_FIRST = lazy(rf"(?P<part>(?i:{_PARTS_ALL}))\s+(?:của\s+)?{OWNER}\s+{_BEFORE}{_TAIL}")


def _back(table: dict[str, str], *more: dict[str, str]) -> dict[str, str]:
    """English parts of a table in Vietnamese (the first of each written back), singular and plural both."""
    said = {en: vi for vi, en in reversed(table.items())}
    for en, vi in list(said.items()):
        said.setdefault({"foot": "feet", "feet": "foot", "calf": "calves"}.get(en, en[:-1] if en.endswith("s") else
                                                                                f"{en}s"), vi)
    return said | {k: v for d in more for k, v in d.items()}


NUMB_VI = _back(NUMB, {"leg": "chân", "legs": "chân"})
CRAMPED_VI = _back(CRAMPED)
STIFF_VI = {en: vi for en, vi in _back(STIFF).items() if en not in ("necks", "backs")}
TIRED_VI = {"legs": "chân", "arms": "tay", "eyes": "mắt"}
_AFTER_VI = {en: vi for vi, en in reversed(AFTER.items())} | {"after my run": "sau buổi chạy",
                                                              "after my workout": "sau buổi tập"}
_DOING_VI = {en: vi for vi, en in reversed(DOING.items())}
# ... and in English: who has got it ("I've got cramp in my leg.", "He got cramp while swimming.", "Do you often get
# cramp?", "Have you got a stiff neck?")
_WHAT_EN = (r"(?P<cramp>(?:a\s+)?cramps?)|(?P<pins>pins\s+and\s+needles)|"
            rf"(?P<a>a\s+)?stiff\s+(?P<stiff>{alternatives(STIFF_VI)})")
_AT_EN = rf"(?:\s+(?P<at>while|when)\s+(?P<doing>{alternatives(_DOING_VI)})|\s+(?P<night>at\s+night))?"
_HAS_EN = r"(?P<aux>['’]ve\s+got|['’]s\s+got|\s+have\s+got|\s+has\s+got|\s+got|\s+have|\s+has)?"
_IN_EN = rf"(?:\s+in\s+(?P<owner>{WHOSE_WORDS})\s+(?P<part>{alternatives(CRAMPED_VI | NUMB_VI)}))?"
_HAVE_EN = lazy(rf"(?:(?P<aux0>Have|Has|Do|Does)\s+)?{WHO_EN}{_HAS_EN}(?:\s+(?P<often>often|sometimes))?"
                rf"(?:\s+(?P<get>gets|get))?\s+(?:{_WHAT_EN}){_IN_EN}{_AT_EN}\s*(?P<end>[.!?]*)")
# ... a part numb, stiff, tired ("My foot has gone to sleep.", "My hands are numb from the cold.", "Is your neck
# stiff?", "My legs are stiff after the run.")
_WHOSE_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_VERB_EN = (r"(?:(?P<gone>['’]s\s+gone|['’]ve\s+gone|\s+has\s+gone|\s+have\s+gone|\s+gone)|"
            r"(?P<be>\s+is|\s+are|['’]s|['’]re)|(?P<went>\s+went)|(?:\s+(?P<often>often|sometimes))?\s+"
            r"(?P<go>goes|go|gets|get))?")
_PART_EN = lazy(rf"(?:(?P<aux0>Is|Are|Has|Have|Do|Does)\s+)?{_WHOSE_EN}\s+"
                rf"(?P<part>hands\s+and\s+feet|[a-z]+){_VERB_EN}(?:\s+(?P<how>so|very|really|a\s+bit))?"
                r"\s+(?P<adj>numb|stiff|tired|asleep|to\s+sleep|dead)"
                r"(?P<cold>\s+(?:with|from)\s+(?:the\s+)?cold)?"
                rf"(?:\s+(?P<after>{alternatives(_AFTER_VI)}))?\s*(?P<end>[.!?]*)")
_ADJ = {"numb": "numb", "cold": "numb with cold", "stiff": "stiff", "tired": "tired"}
_BODY_VI = {"numb": "bị tê", "cold": "tê cóng", "stiff": "bị cứng", "tired": "mỏi"}
_PARTS_VI = {"numb": NUMB_VI, "cold": COLD_VI, "stiff": STIFF_VI, "tired": TIRED_VI}
_NUMB_SAID = ("numb", "asleep", "to sleep", "dead")
# the verbs each word goes with ("gone to sleep", "is asleep", "get stiff"; not "is to sleep", "went stiff")
_SAID_WITH = {"numb": {"be", "gone", "went", "go"}, "to sleep": {"gone", "went", "go"}, "dead": {"gone", "went"},
              "asleep": {"be"}, "stiff": {"be", "get"}, "tired": {"be", "get"}}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has cramp, pins and needles or a stiff neck, or that a part
    of someone's body is numb, stiff or tired; None for any other."""
    if src == "vi":
        return _who_first(text) or _part_first(text)
    return _have_vi(text) or _part_vi(text)


def _many(part: str) -> bool:
    """Whether English says a part as many ("feet", "hands", "shoulders"; not "neck")."""
    return part.endswith(("s", "feet"))


def _cond(m: re.Match) -> tuple[str, str | None] | None:
    """What a Vietnamese match says ("numb", "pins", "cold", "cramp", "stiff", "tired") and its part in English; None
    where the part does not go with it, or for "vì lạnh" after anything but "tê"."""
    cond, part = CONDS[keyed(m["cond"])], keyed(m["part"]) if m["part"] else None
    cond = "stiff" if cond == "tired" and part in _TIRED_STIFF else cond
    if m["cold"]:
        if cond not in ("numb", "cold"):
            return None
        cond = "cold"
    table = _BY_COND[cond]
    return None if part and part not in table else (cond, part and table[part])


def _form(m: re.Match) -> str | None:
    """How a Vietnamese match says it: "asked", "asked often", "did", "often" or "now"; None for one asked without
    "có … không?", "rồi" with anything but "now", and "rất bị", "hơi bị"."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["done"] and (m["did"] or m["often"] or asked) or (
            m["did"] and m["often"]) or m["how"] and m["bi"]:
        return None
    return ("asked often" if m["often"] else "asked") if asked else "did" if m["did"] else \
        "often" if m["often"] else "now"


def _who_first(text: str) -> str | None:
    """"Tôi bị cứng cổ." as "I've got a stiff neck.", "Anh ấy bị chuột rút khi đang bơi." as "He got cramp while
    swimming.", "Tôi bị tê chân." as "My foot is numb." (_WHO_FIRST); None for anything else, for "cứng" without
    "bị" ("cứng cổ": stubborn too), for "anh", "chị", "em" alone said (mt.hobbies.who) and for "we", "they"."""
    m = _WHO_FIRST.fullmatch(text)
    said = m and _cond(m)
    form = said and _form(m)
    if not form or said[0] == "stiff" and not m["bi"] or (who_ := who(m, form.startswith("asked"))) is None:
        return None
    (cond, part), who_ = said, who_[0]
    one, pronoun = be(who_) == "is", who_ in EN_WHOSE
    if who_ in ("we", "they") or be(who_) == "are" and not pronoun:
        return None
    if cond in ("cramp", "pins") or cond == "stiff" and part:  # ("in her leg": whose by the word of kinship)
        whose = EN_WHOSE[who_] if pronoun else his_her_of(m)
        return _have(m, cond, who_, one, part, whose, form)
    whose = EN_WHOSE[who_] if pronoun else f"{who_}'s"
    return part and _be(m, cond, f"{whose} {part}", _many(part), form)


def _part_first(text: str) -> str | None:
    """"Chân tôi bị tê rồi." as "My foot has gone numb.", "Lưng tôi bị cứng." as "My back is stiff.", "Chân tôi bị
    chuột rút." as "I've got cramp in my leg." (_PART_FIRST); None for anything else, and for "our", "their"."""
    m = _PART_FIRST.fullmatch(text)
    said = m and _cond(m)
    form = said and _form(m)
    if not form:
        return None
    cond, part = said
    if m["owner"]:
        who_, whose = PRONOUNS[keyed(m["owner"])], OWNERS[keyed(m["owner"])]
    else:
        who_, whose = someone(m["someone"], "vi"), his_her(m["someone"])
    if who_ is None or who_ in ("we", "they") or be(who_) == "are" and who_ != "you":
        return None
    if cond in ("cramp", "pins"):
        return _have(m, cond, who_, be(who_) == "is", part, whose, form)
    return _be(m, cond, f"{whose} {part}" if m["owner"] else f"{who_}'s {part}", _many(part), form)


def _have(m: re.Match, cond: str, who_: str, one: bool, part: str | None, whose: str | None, form: str) -> str | None:
    """Who has got cramp, pins and needles, a stiff neck, in English, now, in the past, as a habit or asked ("I've
    got cramp in my leg.", "He got cramp while swimming.", "Do you often get cramp?"); None for a degree, an "after",
    a part whose English whose is not known, or a time that does not go with the form."""
    if m["how"] or m["much"] or m["after"] or part and not whose or cond == "stiff" and (m["doing"] or m["night"]):
        return None
    what = "pins and needles" if cond == "pins" else "cramp" if cond == "cramp" else \
        f"stiff {part}" if _many(part) else f"a stiff {part}"
    what += f" in {whose} {part}" if part and cond != "stiff" else ""
    doing = m["doing"] and DOING[keyed(m["doing"])]
    past = form == "did" or form == "now" and m["now"]
    if doing and (form.startswith("asked") or form == "now" and not m["now"] or m["night"]) or m["night"] and past:
        return None
    when = f" while {doing}" if doing and past else f" when {doing}" if doing else " at night" if m["night"] else ""
    often = m["often"] and _OFTEN[keyed(m["often"])]
    if form == "asked":
        return f"{'Has' if one else 'Have'} {who_} got {what}?"
    if form == "asked often":
        return f"{'Does' if one else 'Do'} {who_} {often} get {what}{when}?"
    if past:
        return capitalised(f"{who_} got {what}{when}.")
    if form == "often" or m["night"]:
        return capitalised(f"{who_} {often + ' ' if often else ''}{'gets' if one else 'get'} {what}{when}.")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} got {what}."))


def _be(m: re.Match, cond: str, said: str, many: bool, form: str) -> str | None:
    """A part numb, numb with cold, stiff or tired, in English ("My foot is numb.", "My foot has gone numb.", "My legs
    are stiff after running.", "Do your hands often go numb?"); None for a time of day or a doing, "rồi" or "đã"
    with stiff or tired, and a degree or "after" with anything but said now."""
    if m["doing"] or m["night"] or m["how"] and m["much"] or (m["how"] or m["much"] or m["after"]) and (
            form != "now" or m["done"]) or (m["done"] or form == "did") and cond in ("stiff", "tired"):
        return None
    adj, go = _ADJ[cond], "go" if cond in ("numb", "cold") else "get"
    how = {"rất": "very ", "hơi": "a bit "}.get(m["how"] or "", "so " if m["much"] else "")
    after = f" {AFTER[keyed(m['after'])]}" if m["after"] else ""
    often = m["often"] and _OFTEN[keyed(m["often"])]
    if form == "asked":
        return f"{'Are' if many else 'Is'} {said} {adj}?"
    if form == "asked often":
        return f"{'Do' if many else 'Does'} {said} {often} {go} {adj}?"
    if form == "did":
        return capitalised(f"{said} went {adj}.")
    if form == "often":
        return capitalised(f"{said} {often} {go if many else go + 'es' if go == 'go' else go + 's'} {adj}.")
    if m["done"]:
        return capitalised(f"{said} {'have' if many else 'has'} gone {adj}.")
    return capitalised(f"{said} {'are' if many else 'is'} {how}{adj}{after}.")


def _have_vi(text: str) -> str | None:
    """"I've got cramp in my leg." as "Tôi bị chuột rút ở chân.", "He got cramp while swimming." as "Anh ấy bị chuột
    rút khi đang bơi.", "I've got a stiff neck." as "Tôi bị cứng cổ." (_HAVE_EN); None for anything else, where the
    verb or whose does not agree with who, and "cramps" without a part."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["cramp"] and m["cramp"].endswith("s") and not m["part"]:
        return None
    who_, one = who_vi(m)
    one = one and not (m["kin"] or "").endswith(("parents", "children", "kids"))
    aux, aux0 = " ".join((m["aux"] or "").replace("’", "'").split()), (m["aux0"] or "").lower()
    part = m["part"] and (CRAMPED_VI if m["cramp"] else NUMB_VI).get(m["part"])
    if m["stiff"] and bool(m["a"]) == _many(m["stiff"]) or m["part"] and (not part or not _owned(m, m["owner"])):
        return None
    form, agrees = _have_form(aux0, aux, m["get"], one)
    at = "did" if m["at"] == "while" else "often" if m["at"] or m["night"] else None  # (the forms each goes with)
    if not form or not agrees or m["often"] and not m["get"] or at and not form.endswith(at) or (
            form == "often" and not (m["often"] or at)):
        return None  # (and "I get cramp." alone)
    what = "chuột rút" if m["cramp"] else "tê rần" if m["pins"] else f"cứng {STIFF_VI[m['stiff']]}"
    what += f" ở {part}" if part else ""
    when = f" khi {'đang ' * (form == 'did')}{_DOING_VI[m['doing']]}" if m["doing"] else \
        " vào ban đêm" if m["night"] else ""
    often = f"{SELDOM_VI[m['often']]} " if m["often"] else ""
    if form.startswith("asked"):
        return capitalised(f"{who_} có {often}bị {what}{when} không?")
    if form == "did":
        return capitalised(f"{who_} bị {what}{when}." if when else f"{who_} đã bị {what}.")
    return capitalised(f"{who_} {often}bị {what}{when}.")


def _have_form(aux0: str, aux: str, get: str | None, one: bool) -> tuple[str | None, bool]:
    """How a match of _HAVE_EN says it ("asked", "asked often", "did", "now", "often") by its verbs (`aux0` opening
    it, `aux` after who, "get" or "gets"), and whether they agree with who (`one`: he, she)."""
    if aux0:
        form = "asked often" if aux0 in ("do", "does") and get and not aux else "asked" if (
            aux0 in ("have", "has") and aux == "got" or aux0 in ("do", "does") and aux == "have") else None
        return form, (aux0 in ("has", "does")) == one and get != "gets"
    if not get:
        return ("did", True) if aux == "got" else ("now", (aux in ("'s got", "has got", "has")) == one) if aux else \
            (None, False)
    return (None, False) if aux else ("often", (get == "gets") == one)


def _owned(m: re.Match, whose: str) -> bool:
    """Whether whose a part is ("in my leg") agrees with who of a match of WHO_EN ("I … my", "My mother … her", a
    name … "his" or "her")."""
    whose = whose.lower()
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == whose
    own = his_her(who_vi(m)[0]) if m["kin"] else None
    return whose == own if own else whose in ("his", "her")


def _part_vi(text: str) -> str | None:
    """"My foot has gone to sleep." as "Chân tôi bị tê rồi.", "My hands are numb from the cold." as "Tay tôi tê cóng
    vì lạnh.", "Is your neck stiff?" as "Cổ bạn có bị cứng không?" (_PART_EN); None for anything else, and where the
    verb does not agree with the part or does not go with the word ("My foot is to sleep.")."""
    m = _PART_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or (kind := _verb(m, _many(m["part"]))) is None:
        return None
    adj, how = " ".join(m["adj"].split()), " ".join((m["how"] or "").split())
    cond = "cold" if m["cold"] else "numb" if adj in _NUMB_SAID else adj
    part = _PARTS_VI[cond].get(m["part"])
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    if not part or not whose or kind not in _SAID_WITH[adj] or m["cold"] and adj != "numb" or how and (
            kind != "be" or m["aux0"] or cond == "cold") or m["after"] and (m["aux0"] or kind == "go"):
        return None
    said, body = f"{part} {whose}", _BODY_VI[cond]
    often = f"{SELDOM_VI[m['often']] if m['often'] else 'hay'} " if kind in ("go", "get") else ""
    if m["aux0"]:
        return capitalised(f"{said} có {often}{body} không?")
    after = f" {_AFTER_VI[m['after']]}" if m["after"] else ""
    if kind == "gone":
        return capitalised(f"{said} {body} rồi.")
    if kind == "went":
        return capitalised(f"{said} đã {body}{' vì lạnh' * (cond == 'cold')}.")
    if kind != "be":
        return capitalised(f"{said} {often}{body}{after}.") if m["often"] else None
    core = body.removeprefix("bị ")
    body = {"very": f"rất {core}", "a bit": f"hơi {core}", "so": f"{core} quá", "really": f"{core} quá"}.get(how, body)
    return capitalised(f"{said} {body}{' vì lạnh' * (cond == 'cold')}{after}.")


def _verb(m: re.Match, many: bool) -> str | None:
    """The verb of a match of _PART_EN as "be", "gone", "went", "go" or "get", where it agrees with the part ("My
    foot is", "My hands are", "Does your foot go") and with how it is asked ("Has your foot gone …?"); None else."""
    verb = " ".join((m["gone"] or m["be"] or m["went"] or m["go"] or "").replace("’", "'").split())
    aux0 = (m["aux0"] or "").lower()
    if aux0:
        kind = {"is": "be", "are": "be", "has": "gone", "have": "gone"}.get(aux0, verb if verb in ("go", "get") else "")
        fits = verb == ("" if kind == "be" else "gone" if kind == "gone" else kind) and kind != ""
        return kind if fits and (aux0 in ("is", "has", "does")) != many else None
    if verb in ("", "gone") or m["often"] and not m["go"]:
        return None
    if verb != "went" and (verb in ("is", "'s", "has gone", "'s gone", "goes", "gets")) == many:
        return None
    if m["be"] or m["gone"] or m["went"]:
        return "be" if m["be"] else "gone" if m["gone"] else "went"
    return "go" if verb.startswith("go") else "get"
