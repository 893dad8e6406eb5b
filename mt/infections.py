"""Catching the common infectious illnesses of childhood, both ways, written whole by rule: chickenpox, measles, mumps,
hand, foot and mouth disease, dengue fever, and babies' rashes (heat rash, hives). v8 (rules on) reads "thủy đậu" as
parked, "quai bị" as adopted, "rôm sảy" and "mề đay" as slighted, "mumps" as tasting and "hives" as haters: "Con tôi
bị thủy đậu." → "My child is parked.", "Hồi nhỏ tôi bị thủy đậu rồi." → "When I was varicant.", "Bạn đã bị thủy đậu
chưa?" → "Are you parked?", "Con tôi bị quai bị." → "I was adopted.", "Con tôi bị tay chân miệng." → "My child was
legitimated.", "Anh ấy bị sốt xuất huyết." → "He has a fever of bleeding.", "Tôi bị nổi mề đay." → "I'm slighted.",
"Thủy đậu có lây không?" → "Is the park beans contagious?"; "I had chickenpox as a child." → "Tôi có con gà như một
đứa trẻ.", "She has mumps." → "Cô ấy có nếm.", "He has dengue fever." → "Anh ấy đã bị sốt nhẹ.", "I have hives." →
"Tôi có những người ghét.", "Did you have mumps as a child?" → "Bạn có bị thương như một đứa trẻ không?".

Taken: who (mt.hobbies.WHO, WHO_EN, or "bé nhà tôi" ↔ "my baby"; not a pet) with one of ILLS now ("bị" ↔ "has"; "đang",
"vẫn" ↔ "still"), denied, asked ("có … không?", "… à?"); on a week, month or year behind (mt.dates.near_days) and as a
child (mt.childhood.AS_A_CHILD ↔ "as a child"): said, denied, asked; ever ("đã (bao giờ) bị … chưa?" ↔ "Have you
(ever) had …?"; "chưa bao giờ", "chưa bị … bao giờ" ↔ "has never had"; "đã từng" ↔ "has had … before"); and, but for
the rashes, already ("đã bị … rồi" ↔ "has already had"), not yet ("chưa bị" ↔ "hasn't had … yet"), just caught ("vừa
bị" ↔ "has just caught"), recovered ("đã khỏi … rồi" ↔ "has recovered from"; asked, not yet, still not), caught from
someone ("bị lây … từ" ↔ "caught … from"), and whether one is contagious ("Thủy đậu có lây không?"). Left: "bị … rồi"
without "đã" (has it now, or had it once?), "đã bị …" alone (when?), a rash had already or not yet (had it once, or
has it now?), asked of "I" or "we", "anh", "chị", "em" alone saying it, "nhỉ", a baby as a child, caught "từ bạn"
(from you, or from a friend?), jabs against measles (mt/jabs.py), epidemics, outbreaks and cases ("dịch sởi"),
mosquitoes (mt/bites.py, mt/pests.py), "sốt" alone (mt/ailments.py), rashes and itching (mt/symptoms.py,
mt/skin_troubles.py), and anything else.
mt.phrasebook.translate tries these after mt/nail_biting.py.

    >>> translate("Hồi nhỏ tôi bị thủy đậu rồi.", "vi", "en"), translate("She has mumps.", "en", "vi")
    ('I had chickenpox as a child.', 'Cô ấy bị quai bị.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN, AS_CHILDREN_EN
from .dates import near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed,
                   stop)

# the illnesses (the first Vietnamese of each English is written back)
ILLS = {"thủy đậu": "chickenpox", "thuỷ đậu": "chickenpox", "sởi": "measles", "quai bị": "mumps",
        "tay chân miệng": "hand, foot and mouth disease", "sốt xuất huyết": "dengue fever", "rôm sảy": "heat rash",
        "rôm": "heat rash", "nổi mề đay": "hives", "mề đay": "hives"}
ILLS_VI = {en: vi for vi, en in reversed(ILLS.items())} | {
    "chicken pox": "thủy đậu", "hand-foot-and-mouth disease": "tay chân miệng",
    "hand foot and mouth disease": "tay chân miệng", "hand, foot, and mouth disease": "tay chân miệng",
    "dengue": "sốt xuất huyết", "a heat rash": "rôm sảy", "prickly heat": "rôm sảy"}
# rashes, which one has now and again: not had once and for all, not caught, not recovered from
RASHES = {"heat rash", "hives"}
CAUGHT = {"chickenpox", "measles", "mumps", "hand, foot and mouth disease"}  # ("has just caught"; dengue is got)
# days behind, said of a whole illness (not "hôm qua": had it then, or caught it then?)
DAYS = near_days("tuần trước", "tháng trước", "năm ngoái", "năm trước")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thủy\s+đậu|thuỷ\s+đậu|sởi|quai\s+bị|tay\s+chân\s+miệng|xuất\s+huyết|rôm|mề\s+đay)"),
         "en": lazy(r"(?i:chicken|measles|mumps|mouth\s+disease|dengue|heat\s+rash|prickly\s+heat|hives)")}

# the words before "bị", and after (group ever, "… bao giờ"), as _has reads them
_PRE = ("có", "không", "đang", "vẫn", "vẫn còn", "đã", "vừa", "mới", "vừa mới", "đã bao giờ", "có bao giờ", "từng",
        "đã từng", "có từng", "chưa", "chưa bao giờ", "chưa từng")
# (pre with "bao giờ" after the illness, "rồi", the closing asking word: "chưa", "à", "không") → what is said
_FORMS = {("", "", ""): "now", ("đang", "", ""): "now", ("vẫn", "", ""): "still", ("vẫn còn", "", ""): "still",
          ("có", "", "không"): "ask", ("", "", "à"): "ask", ("không", "", ""): "not",
          ("đã", "rồi", ""): "already", ("", "", "chưa"): "ask_had", ("đã", "", "chưa"): "ask_had",
          ("bao giờ", "", "chưa"): "ask_ever", ("đã bao giờ", "", "chưa"): "ask_ever",
          ("có bao giờ", "", "chưa"): "ask_ever", ("có bao giờ", "", "không"): "ask_ever",
          ("đã từng", "", "chưa"): "ask_ever", ("từng", "", "chưa"): "ask_ever", ("có từng", "", "không"): "ask_ever",
          ("chưa bao giờ", "", ""): "never", ("chưa từng", "", ""): "never", ("chưa", "", ""): "not_yet",
          ("từng", "", ""): "before", ("đã từng", "", ""): "before",
          ("vừa", "", ""): "just", ("mới", "", ""): "just", ("vừa mới", "", ""): "just"}
# ... on a day behind or as a child (group when): had then, not, asked
_THEN = {("", "", ""): "then", ("đã", "", ""): "then", ("", "rồi", ""): "then", ("đã", "rồi", ""): "then",
         ("không", "", ""): "not_then", ("có", "", "không"): "ask_then"}
_ONCE = {"already", "ask_had", "not_yet", "just"}  # (not of a rash)

_ILL = rf"(?:(?i:bệnh)\s+)?(?P<ill>(?i:{alternatives(ILLS)}))"
_DAY = rf"(?i:{alternatives(DAYS)})"
# who, or a baby with whose ("Bé nhà tôi": my baby)
_WHO = rf"(?:{WHO}|(?P<baby>(?i:em\s+bé|bé))\s+(?:nhà\s+|của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)})))"
# who has it, had it, has had it … ("Con tôi bị thủy đậu.", "Hồi nhỏ tôi bị thủy đậu rồi.", "Bạn đã bị sởi chưa?")
_HAS = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+|(?P<young0>{AS_A_CHILD})\s*,?\s+)?{_WHO}\s+"
            rf"(?:(?P<pre>{alternatives(_PRE)})\s+)?bị\s+{_ILL}(?:\s+(?P<ever>bao\s+giờ))?"
            rf"(?:\s+(?P<day>{_DAY})|\s+(?P<young>{AS_A_CHILD}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<tail>chưa|à))?"
            rf"{ASKED_END}")
# who has got over it ("Mẹ tôi đã khỏi sốt xuất huyết rồi.", "Con bạn đã khỏi thủy đậu chưa?")
_WELL = lazy(rf"{_WHO}\s+(?:(?P<pre>đã|chưa|vẫn\s+chưa)\s+)?khỏi\s+{_ILL}(?:\s+(?P<done>rồi))?(?:\s+(?P<tail>chưa))?"
             rf"{SOFTENED_END}")
# who caught it from whom ("Em trai tôi bị lây thủy đậu từ tôi.")
_FROM = lazy(rf"{_WHO}\s+(?:đã\s+)?(?:bị\s+)?lây\s+{_ILL}\s+từ\s+{WHOM}{SOFTENED_END}")
_SPREADS = lazy(rf"{_ILL}\s+có\s+lây(?:\s+nhiễm)?\s+không{SOFTENED_END}")

# ... and in English: the verb between who and the illness, read by _VERBS; a question's first word apart
_ILL_EN = rf"(?P<ill>(?i:{alternatives(ILLS_VI)}))"
_WHO_EN = rf"(?:{WHO_EN}|(?P<bwhose>(?i:{WHOSE_WORDS}))\s+(?P<baby>baby))"
_VERB_EN = (r"(?P<verb>(?:\s+(?:has|have|had|do|does|did|not|never|ever|already|just|got|caught|recovered\s+from|"
            r"still)|['’](?:s|ve)|n['’]t)+)")
_DAY_EN = rf"(?i:{alternatives(DAYS_VI)})"


def _young_en(many: str) -> str:
    """"as a child" or "as children" (the group `many` set for the second) of mt.childhood."""
    return rf"(?:{AS_A_CHILD_EN}|(?P<{many}>{AS_CHILDREN_EN}))"


_HAS_EN = lazy(rf"(?:(?P<day0>{_DAY_EN})\s*,\s*|(?P<young0>{_young_en('kids')})\s*,\s*)?"
               rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{_WHO_EN}{_VERB_EN}\s+{_ILL_EN}(?:\s+from\s+{WHOM_EN})?"
               rf"(?:\s+(?P<day>{_DAY_EN})|\s+(?P<young>{_young_en('kids2')}))?(?:\s+(?P<tail>before|yet))?"
               r"\s*(?P<end>[.!?]*)")
_SPREADS_EN = lazy(rf"(?P<be>Is|Are)\s+{_ILL_EN}\s+contagious\s*\?+")
# (the question's first word, the verb, "before" or "yet") → what is said, and whether the verb says one ("has")
_VERBS = {("", "has", ""): ("now", True), ("", "have", ""): ("now", False), ("", "'s got", ""): ("now", True),
          ("", "has got", ""): ("now", True), ("", "'ve got", ""): ("now", False), ("", "have got", ""): ("now", False),
          ("", "still has", ""): ("still", True), ("", "still have", ""): ("still", False),
          ("does", "have", ""): ("ask", True), ("do", "have", ""): ("ask", False),
          ("", "doesn't have", ""): ("not", True), ("", "does not have", ""): ("not", True),
          ("", "don't have", ""): ("not", False), ("", "do not have", ""): ("not", False),
          ("", "had", ""): ("then", None), ("", "didn't have", ""): ("not_then", None),
          ("", "did not have", ""): ("not_then", None), ("did", "have", ""): ("ask_then", None),
          ("", "has already had", ""): ("already", True), ("", "'s already had", ""): ("already", True),
          ("", "have already had", ""): ("already", False), ("", "'ve already had", ""): ("already", False),
          ("has", "had", ""): ("ask_had", True), ("have", "had", ""): ("ask_had", False),
          ("has", "had", "yet"): ("ask_had", True), ("have", "had", "yet"): ("ask_had", False),
          ("has", "ever had", ""): ("ask_ever", True), ("have", "ever had", ""): ("ask_ever", False),
          ("", "has never had", ""): ("never", True), ("", "'s never had", ""): ("never", True),
          ("", "have never had", ""): ("never", False), ("", "'ve never had", ""): ("never", False),
          ("", "hasn't had", "yet"): ("not_yet", True), ("", "haven't had", "yet"): ("not_yet", False),
          ("", "hasn't had", ""): ("not_yet", True), ("", "haven't had", ""): ("not_yet", False),
          ("", "has had", ""): ("already", True), ("", "'s had", ""): ("already", True),
          ("", "have had", ""): ("already", False), ("", "'ve had", ""): ("already", False),
          ("", "has had", "before"): ("before", True), ("", "'s had", "before"): ("before", True),
          ("", "have had", "before"): ("before", False), ("", "'ve had", "before"): ("before", False),
          ("", "has just caught", ""): ("just", True), ("", "'s just caught", ""): ("just", True),
          ("", "have just caught", ""): ("just", False), ("", "'ve just caught", ""): ("just", False),
          ("", "has just got", ""): ("just", True), ("", "'s just got", ""): ("just", True),
          ("", "have just got", ""): ("just", False), ("", "'ve just got", ""): ("just", False),
          ("", "has recovered from", ""): ("well", True), ("", "'s recovered from", ""): ("well", True),
          ("", "have recovered from", ""): ("well", False), ("", "'ve recovered from", ""): ("well", False),
          ("has", "recovered from", "yet"): ("ask_well", True), ("have", "recovered from", "yet"): ("ask_well", False),
          ("has", "recovered from", ""): ("ask_well", True), ("have", "recovered from", ""): ("ask_well", False),
          ("", "hasn't recovered from", "yet"): ("not_well", True),
          ("", "haven't recovered from", "yet"): ("not_well", False),
          ("", "still hasn't recovered from", ""): ("still_not_well", True),
          ("", "still haven't recovered from", ""): ("still_not_well", False), ("", "caught", ""): ("from", None)}
# Vietnamese of each form, who and the illness put in
_SAID_VI = {"now": "{w} bị {i}.", "still": "{w} vẫn bị {i}.", "ask": "{w} có bị {i} không?",
            "not": "{w} không bị {i}.", "then": "{w} bị {i}.", "not_then": "{w} không bị {i}.",
            "ask_then": "{w} có bị {i} không?", "already": "{w} đã bị {i} rồi.", "ask_had": "{w} đã bị {i} chưa?",
            "ask_ever": "{w} đã bao giờ bị {i} chưa?", "never": "{w} chưa bao giờ bị {i}.",
            "not_yet": "{w} chưa bị {i}.", "before": "{w} đã từng bị {i}.", "just": "{w} vừa bị {i}.",
            "well": "{w} đã khỏi {i} rồi.", "ask_well": "{w} đã khỏi {i} chưa?", "not_well": "{w} chưa khỏi {i}.",
            "still_not_well": "{w} vẫn chưa khỏi {i}.", "from": "{w} bị lây {i} từ {o}."}
_WELL_FORMS = {"well", "ask_well", "not_well", "still_not_well", "from"}  # (not of a rash either)
_WHENS = ("day0", "young0", "day", "young")
_MANY_VI = {"chúng tôi", "chúng ta", "họ"}  # (who had it "as children")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has, had, has had, caught or got over chickenpox, measles,
    mumps, hand, foot and mouth disease, dengue fever, heat rash or hives, or whether one is contagious; None for any
    other."""
    if src == "vi":
        return _has(text) or _well(text) or _from(text) or _spreads(text)
    text = text.replace("’", "'")
    return _has_vi(text) or _spreads_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my baby", or mt.hobbies.who); None for a pet, for "anh",
    "chị", "em" alone saying it, and for "I" or "we" asked (one knows whether one has it)."""
    if m["baby"]:
        return f"{OWNERS[keyed(m['bwhose'])]} baby", True
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] in ("I", "we") else said


def _ill(m: re.Match) -> str:
    """The illness of a Vietnamese match in English: "chickenpox", "hand, foot and mouth disease"."""
    return ILLS[keyed(m["ill"])]


def _has(text: str) -> str | None:
    """"Con tôi bị thủy đậu." as "My child has chickenpox.", "Hồi nhỏ tôi bị thủy đậu rồi." as "I had chickenpox as a
    child.", "Bạn đã bị thủy đậu chưa?" as "Have you had chickenpox?", "Tôi chưa bao giờ bị thủy đậu." as "I've never
    had chickenpox.", "Năm ngoái tôi bị sốt xuất huyết." as "I had dengue fever last year." (_HAS); None for anything
    else."""
    m = _HAS.fullmatch(text)
    if not m or [bool(m[g]) for g in _WHENS].count(True) > 1:
        return None
    pre, ever = keyed(m["pre"] or ""), bool(m["ever"])
    if ever and "bao giờ" in pre or ever and pre not in ("", "đã", "chưa"):
        return None
    key = (f"{pre} bao giờ".strip() if ever else pre, m["done"] or "", m["tail"] or m["asked"] or "")
    if m["tail"] and m["asked"]:
        return None
    when = m["day0"] or m["day"] or m["young0"] or m["young"]
    form = (_THEN if when else _FORMS).get(key)
    ill = _ill(m)
    if form is None or form.startswith("ask") != ("?" in m["end"]) or ill in RASHES and form in _ONCE:
        return None
    said = _who(m, form.startswith("ask"))
    if said is None:
        return None
    who_, one = said
    if when:
        young = bool(m["young0"] or m["young"])
        if young and m["baby"]:
            return None  # ("Hồi nhỏ bé nhà tôi …": "My baby … as a child" says nothing)
        then = (" as children" if who_ in ("we", "they") else " as a child") if young else f" {DAYS[keyed(when)]}"
        return _said_en(form, who_, one, ill, then, m["end"])
    if form == "just":
        return _said_en(form, who_, one, f"{'caught' if ill in CAUGHT else 'got'} {ill}", "", m["end"])
    return _said_en(form, who_, one, ill, "", m["end"])


def _said_en(form: str, who_: str, one: bool, ill: str, then: str = "", end: str | None = "") -> str:
    """What `form` says of who and the illness in English ("My child has chickenpox.", "Have you ever had measles?",
    "I had mumps as a child." with `then` " as a child"), ending as the source did (`end`)."""
    has, do = ("has", "does") if one else ("have", "do")
    said = {"now": f"{who_} {has} {ill}", "still": f"{who_} still {has} {ill}", "ask": f"{do} {who_} have {ill}",
            "not": f"{who_} {do}n't have {ill}", "then": f"{who_} had {ill}{then}",
            "not_then": f"{who_} didn't have {ill}{then}", "ask_then": f"Did {who_} have {ill}{then}",
            "already": contracted(who_, f"{has} already had {ill}"), "ask_had": f"{has} {who_} had {ill}",
            "ask_ever": f"{has} {who_} ever had {ill}", "never": contracted(who_, f"{has} never had {ill}"),
            "not_yet": f"{who_} {has}n't had {ill} yet", "before": contracted(who_, f"{has} had {ill} before"),
            "just": contracted(who_, f"{has} just {ill}"), "well": contracted(who_, f"{has} recovered from {ill}"),
            "ask_well": f"{has} {who_} recovered from {ill} yet",
            "not_well": f"{who_} {has}n't recovered from {ill} yet",
            "still_not_well": f"{who_} still {has}n't recovered from {ill}"}[form]
    return capitalised(said + ("?" if form.startswith("ask") else stop(end)))


def _well(text: str) -> str | None:
    """"Mẹ tôi đã khỏi sốt xuất huyết rồi." as "My mother has recovered from dengue fever.", "Con bạn đã khỏi thủy
    đậu chưa?" as "Has your child recovered from chickenpox yet?", "Con tôi vẫn chưa khỏi sởi." as "My child still
    hasn't recovered from measles." (_WELL); None for anything else, for a rash, and for "khỏi" alone (when?)."""
    m = _WELL.fullmatch(text)
    if not m or _ill(m) in RASHES:
        return None
    pre, done, tail = keyed(m["pre"] or ""), m["done"], m["tail"]
    asked = "?" in m["end"]
    form = ("ask_well" if tail and not done and pre in ("", "đã") else None) if asked else (
        None if tail else "well" if pre == "đã" or pre == "" and done else
        None if done else "not_well" if pre == "chưa" else "still_not_well" if pre == "vẫn chưa" else None)
    said = form and _who(m, asked)
    return said and _said_en(form, *said, _ill(m), "", m["end"])


def _from(text: str) -> str | None:
    """"Em trai tôi bị lây thủy đậu từ tôi." as "My younger brother caught chickenpox from me." (_FROM); None for
    anything else, a rash, "từ bạn" alone, and whom not read."""
    m = _FROM.fullmatch(text)
    # ("từ bạn" alone: from you, or from a friend? children catch these from their friends at school)
    said = m and "?" not in m["end"] and _ill(m) not in RASHES and keyed(m["whom"]) != "bạn" and _who(m, False)
    whom = said and as_whom(m["whom"], "vi")
    return whom and capitalised(f"{said[0]} caught {_ill(m)} from {whom}{stop(m['end'])}")


def _spreads(text: str) -> str | None:
    """"Thủy đậu có lây không?" as "Is chickenpox contagious?", "Nổi mề đay có lây không?" as "Are hives
    contagious?" (_SPREADS); None for anything else."""
    m = _SPREADS.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    ill = _ill(m)
    return f"{'Are' if ill == 'hives' else 'Is'} {ill} contagious?"


def _who_en(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese ("bé nhà tôi" for "my baby", or mt.hobbies.who_vi), and whether one
    ("has"); None for a pet."""
    if m["baby"]:
        return f"bé nhà {WHOSE_VI[m['bwhose'].lower()]}", True
    return None if animal(m) else who_vi(m)


def _has_vi(text: str) -> str | None:
    """"My child has chickenpox." as "Con tôi bị thủy đậu.", "I had chickenpox as a child." as "Hồi nhỏ tôi bị thủy
    đậu rồi.", "Have you ever had measles?" as "Bạn đã bao giờ bị sởi chưa?", "My mother has recovered from dengue
    fever." as "Mẹ tôi đã khỏi sốt xuất huyết rồi.", "He caught mumps from me." as "Anh ấy bị lây quai bị từ tôi."
    (_HAS_EN); None for anything else, and where the verb does not agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or [bool(m[g]) for g in _WHENS].count(True) > 1:
        return None
    verb = " ".join(m["verb"].lower().split())
    found, said = _VERBS.get(((m["q"] or "").lower(), verb, m["tail"] or "")), _who_en(m)
    if found is None or said is None:
        return None
    (form, one_said), (who_, one) = found, said
    ill = ILLS_VI[keyed(m["ill"])]
    young, when = m["young0"] or m["young"], m["day0"] or m["day"]
    if one_said not in (None, one) or (form in _THEN.values()) != bool(young or when) or bool(m["whom"]) != (
            form == "from") or form.startswith("ask") and who_ in ("tôi", "chúng tôi", "chúng ta"):
        return None  # ("She have", "I had chickenpox." (when?), "Have I had measles?")
    rash = ILLS[ill] in RASHES
    if rash and form in _ONCE | _WELL_FORMS or verb.endswith("caught") and ILLS[ill] not in CAUGHT:
        return None  # ("I've already had hives.": had them once, or have them now?)
    if young and (bool(m["kids"] or m["kids2"]) != (who_ in _MANY_VI) or m["baby"]):
        return None  # ("We had mumps as children.", not "I … as children", nor "My baby … as a child")
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if whom is None:
        return None
    said = _SAID_VI[form].format(w=who_, i=ill, o=whom)
    if young:  # ("Hồi nhỏ tôi bị thủy đậu rồi.": had it, and is over it; a rash may come back)
        said = "Hồi nhỏ " + (said[:-1] + " rồi." if form == "then" and not rash else said)
    elif when:
        said = f"{DAYS_VI[keyed(when)]} {said}"
    return capitalised(said if form.startswith("ask") else said[:-1] + stop(m["end"]))


def _spreads_vi(text: str) -> str | None:
    """"Is chickenpox contagious?" as "Thủy đậu có lây không?", "Are hives contagious?" as "Nổi mề đay có lây
    không?" (_SPREADS_EN); None for anything else, and "Are" of one illness ("Are chickenpox …?")."""
    m = _SPREADS_EN.fullmatch(text)
    ill = m and ILLS_VI[keyed(m["ill"])]
    if not m or m["be"] == "Are" and ILLS[ill] not in ("hives", "measles", "mumps"):
        return None
    return capitalised(f"{ill} có lây không?")
