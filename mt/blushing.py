"""Blushing and being embarrassed, both ways, written whole by rule. v8 (rules on) reads "hay" (often) as "or",
"đỏ mặt" as a red face, "xấu hổ" as a noun, and "blush", "embarrassed", "awkward" as bowing, shouting and "bối rối"
(confused): "Anh ấy hay đỏ mặt." → "He or red face.", "Cô ấy rất hay xấu hổ." → "She is very shame.", "Tôi xấu hổ
quá." → "I'm shame.", "Con trai tôi hay đỏ mặt khi nói chuyện với con gái." → "My son or red face when talking to her
daughter.", "Tôi thấy ngại quá." → "I'm glanced."; "He blushes easily." → "Anh ấy cúi dễ dàng." (bows), "I'm so
embarrassed." → "Tôi rất bối rối.", "Why are you blushing?" → "Tại sao bạn lại la hét?" (shouting), "You should be
ashamed of yourself!" → "Bạn nên tự làm mình xấu đi!", "I felt so awkward." → "Tôi cảm thấy nhẹ nhõm." (relieved).

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) blushing ("đỏ mặt") as a habit ("hay", "dễ", "rất hay", "thường" ↔
"easily", "very easily", "often"; "khi được khen", "khi nói chuyện với con gái" … ↔ "when praised", "when he talks to
girls"), as a child ("hồi nhỏ" ↔ "as a child"), not, asked; now ("đang đỏ mặt", "… đỏ mặt à?" ↔ "is blushing", "Are
you blushing?"), "đỏ mặt rồi" ↔ "has gone red", "đã đỏ mặt" ↔ "went red", "blushed"; "Sao bạn đỏ mặt thế?" ↔ "Why
are you blushing?"; who embarrassed ("xấu hổ", "thấy ngượng" ↔ "embarrassed") or feeling awkward ("thấy ngại", "thấy
ngượng ngùng" ↔ "feel awkward"), with how much ("rất", "hơi", "khá", "quá", "lắm" ↔ "very", "a bit", "quite", "so",
"really"), now, past ("đã", a day behind, "lúc đó" ↔ "at the time"), not, asked; getting embarrassed as a habit ("hay
xấu hổ" ↔ "gets embarrassed easily", "is easily embarrassed"); "xấu hổ về bản thân (mình)" ↔ "ashamed of myself" …
("nên" ↔ "should be"); "Đừng xấu hổ!" ↔ "Don't be embarrassed!", "Không có gì phải xấu hổ cả." ↔ "There's nothing
to be embarrassed about.". Left: a bare "Anh ấy đỏ mặt." (blushed, or is blushing?) and "đỏ mặt khi …" without a
habit word, "mặt … đỏ" and "đỏ mặt" from heat, drink, fever or sunburn ("Mặt anh ấy đỏ."), "ngại", "ngượng" and
"ngượng ngùng" without "thấy" (reluctant? shy?: "Đừng ngại." is mt/fears.py's), "làm … xấu hổ" (made ashamed), "xấu
hổ về" anything but oneself, bare "ashamed", "embarrassing" things, shyness (mt/traits.py, mt/childhood.py), "anh",
"chị", "em" alone saying it, a name's "himself" (his or her?), asked of oneself ("we" too: "chúng ta" or "chúng tôi"?),
"quá" and "so" asked (too? that much?), "nhỉ", and anything else.
mt.phrasebook.translate tries these after mt/nail_biting.py.

    >>> translate("Anh ấy hay đỏ mặt.", "vi", "en"), translate("I was so embarrassed.", "en", "vi")
    ('He blushes easily.', 'Tôi đã rất xấu hổ.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, be_agrees, his_her_of, who, who_vi
from .lazy_re import lazy
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import his_her
from .text import EN_SELF, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đỏ\s+mặt|xấu\s+hổ|ngượng|ngại)"),
         "en": lazy(r"(?i:blush|embarrass|ashamed|awkward|went\s+red|turned\s+red|gone\s+red)")}
# a time behind for a feeling (mt.dates' near days, and "then"); the first Vietnamese of each is written back
_BEHIND = near_days("hôm qua", "tối qua", "tối hôm qua", "hôm kia") | {
    "lúc đó": "at the time", "lúc ấy": "at the time", "khi đó": "at the time"}
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
# when one blushes: the English verb (None: said without who) and what follows it ("when he talks to girls")
_WHEN = {"khi được khen": (None, "praised"), "khi bị khen": (None, "praised"), "khi bị trêu": (None, "teased"),
         "khi nói chuyện với con gái": ("talk", "to girls"), "khi nói chuyện với con trai": ("talk", "to boys"),
         "khi nói trước đám đông": ("speak", "in public"), "khi phát biểu trước đám đông": ("speak", "in public")}
_WHEN_VI = {rest: vi for vi, (_, rest) in reversed(_WHEN.items())}
_VERBS = {"talk": ("talks", "talking", "talked"), "speak": ("speaks", "speaking", "spoke")}
# how much, before the word or after it, in English (after "very" is written before it: "rất")
_DEGREE = {"rất": "very", "hơi": "a bit", "khá": "quite", "quá": "so", "lắm": "really"}
_DEGREE_VI = {"very": ("rất ", ""), "so": ("", " quá"), "really": ("", " lắm"), "quite": ("khá ", ""),
              "a bit": ("hơi ", ""), "a little": ("hơi ", "")}
# a habit: how English says it after the verb or before it ("blushes easily", "often blushes")
_HABIT = {"hay": "easily", "dễ": "easily", "rất hay": "very easily", "rất dễ": "very easily", "thường": "often"}

_OPEN = rf"(?:(?:(?P<day>(?i:{alternatives(_BEHIND)}))|(?P<young0>{AS_A_CHILD}))\s*,?\s+)?"
_WHEN_AT = rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN)})))?"
_YOUNG = rf"(?:\s+(?P<young>{AS_A_CHILD}))?"
_END = rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}"  # ("… không?", "… à?" ask)
_PRE = rf"(?:(?P<pre>{alternatives(_HABIT)}|đang|đã|nên)\s+)?"
# who blushes ("Anh ấy hay đỏ mặt.", "Bạn đang đỏ mặt à?", "Cô ấy đỏ mặt rồi.", "Hồi nhỏ tôi hay đỏ mặt.")
_BLUSH = lazy(rf"{_OPEN}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?{_PRE}đỏ\s+mặt{_WHEN_AT}"
              rf"(?:\s+(?P<done>rồi))?{_YOUNG}{_END}")
_WHY = lazy(rf"(?i:tại\s+sao|sao)\s+{WHO}\s+(?:lại\s+)?(?P<now>đang\s+)?đỏ\s+mặt(?:\s+(?P<so>thế|vậy))?\s*\?+")
# who is embarrassed or feels awkward ("Tôi xấu hổ quá.", "Tôi đã rất xấu hổ.", "Tôi thấy ngại quá.")
_SHAME = lazy(rf"{_OPEN}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?{_PRE}(?:(?P<feel>cảm\s+thấy|thấy)\s+)?"
              r"(?:(?P<deg>rất|hơi|khá)\s+)?(?P<word>xấu\s+hổ|ngượng\s+ngùng|ngượng|ngại)"
              rf"(?:\s+về\s+(?P<self>bản\s+thân(?:\s+mình)?))?{_WHEN_AT}(?:\s+(?P<after>quá|lắm))?{_YOUNG}{_END}")
# "Đừng xấu hổ!", "Bạn đừng ngượng nhé.", "Không có gì phải xấu hổ cả."
_DONT = lazy(r"(?:(?i:bạn|con|em)\s+)?(?i:đừng)\s+(?P<word>xấu\s+hổ|ngượng|đỏ\s+mặt)(?:\s+(?:mà|nhé|nha))?"
             r"\s*(?P<end>[.!]*)|(?P<nothing>(?i:không\s+có\s+gì\s+(?:phải|mà)\s+xấu\s+hổ)(?:\s+cả)?)"
             r"\s*(?P<end2>[.!]*)")

# ... in English
_DEG_EN = r"(?:\s+(?P<deg>very|so|really|quite|a\s+bit|a\s+little))?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_BEHIND_VI)}))?"
_NOT_EN = r"(?:\s+(?P<not>(?:do|does|did)\s+not|(?:don|doesn|didn)'t))?"
_SELF_EN = rf"(?P<self>{alternatives(EN_SELF.values())})"  # ("ashamed of himself")
_WHEN_EN = (r"(?:\s+when\s+(?:(?P<wpron>I|you|he|she|we|they)\s+(?P<wverb>talks?|talked|speaks?|spoke)\s+|"
            r"(?P<wing>talking|speaking)\s+)?(?P<wrest>praised|teased|to\s+girls|to\s+boys|in\s+public))?")
_OPEN_EN = rf"(?:(?P<young0>{AS_A_CHILD_EN})\s*,?\s+)?"
_STATE_EN = lazy(rf"(?:(?P<q>Am|Is|Are|Was|Were)\s+)?{WHO_EN}(?:(?P<be>\s+(?:am|is|are|was|were)|'(?:m|s|re))|"
                 rf"(?P<should>\s+should\s+be))?(?P<not>\s+not|n't)?{_DEG_EN}\s+(?:(?P<emb>embarrassed)|"
                 rf"ashamed\s+of\s+{_SELF_EN}){_DAY_EN}\s*(?P<end>[.!?]*)")
_FEEL_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}{_NOT_EN}(?:\s+(?P<often>often))?\s+(?P<verb>feels?|felt)"
                rf"{_DEG_EN}\s+(?P<word>embarrassed|awkward){_WHEN_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_HABIT_EN = lazy(rf"{_OPEN_EN}(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}{_NOT_EN}(?:\s+(?P<often>often))?\s+"
                 r"(?P<verb>blush(?:es|ed)?|gets?\s+embarrassed|got\s+embarrassed)(?:\s+(?P<very>very\s+)?"
                 rf"(?P<easily>easily))?{_WHEN_EN}(?:\s+(?P<young>{AS_A_CHILD_EN}))?\s*(?P<end>[.!?]*)")
_EASILY_EN = lazy(rf"{_OPEN_EN}(?:(?P<q>Am|Is|Are|Was|Were)\s+)?{WHO_EN}(?P<be>\s+(?:am|is|are|was|were)|'(?:m|s|re))?"
                  rf"(?P<not>\s+not|n't)?\s+(?P<very>very\s+)?easily\s+embarrassed(?:\s+(?P<young>{AS_A_CHILD_EN}))?"
                  r"\s*(?P<end>[.!?]*)")
_RED_EN = lazy(rf"(?:(?P<why>Why)\s+)?(?:(?P<q>(?i:am|is|are))\s+)?{WHO_EN}(?:(?P<be>\s+(?:am|is|are)|'(?:m|s|re))?"
               r"\s+(?P<ing>blushing)|(?P<has>\s+has|\s+have|'s|'ve)\s+(?:gone|turned)\s+red|"
               r"\s+(?P<went>went|turned)\s+red)\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(r"(?:Don't|Do\s+not)\s+(?:be\s+(?:embarrassed|ashamed)|(?P<blush>blush))\s*(?P<end>[.!]*)|"
                r"(?P<nothing>There's|There\s+is)\s+nothing\s+to\s+be\s+(?:embarrassed\s+about|ashamed\s+of)"
                r"\s*(?P<end2>[.!]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who blushes, is embarrassed, feels awkward or is ashamed of
    themselves, or tells someone not to be; None for any other."""
    if src == "vi":
        return _blush(text) or _why(text) or _shame(text) or _dont(text)
    text = text.replace("’", "'")
    return _state_vi(text) or _feel_vi(text) or _habit_vi(text) or _easily_vi(text) or _red_vi(text) or _dont_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?", "… không?", "… à?"), False said; None for a "?" on a
    statement, "có" without "không", "có … à?", or "không" both denying and asking."""
    asked = m["asked"]
    if bool(asked) != ("?" in m["end"]) or m["ask"] and keyed(asked or "") != "không" or asked and m["not"]:
        return None
    return bool(asked)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she blushes"); None for a pet, for who not known
    (mt.hobbies.who: "Anh" saying it) and asked of oneself ("Tôi có xấu hổ không?")."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] in ("I", "we") else said


def _pronoun(m: re.Match, who_: str) -> str | None:
    """Who of a match of WHO as a pronoun ("I", "she" for "mẹ tôi", "he" for "Anh Minh"); None for "my child" or a
    name alone (he or she?)."""
    return who_ if who_ in EN_WHOSE else {"his": "he", "her": "she"}.get(his_her_of(m) or "")


def _when(m: re.Match, who_: str, past: bool) -> str | None:
    """" when praised", " when he talks to girls", " when talking to girls" (past, or who not a pronoun) of a match's
    "when"; "" for none."""
    if not m["when"]:
        return ""
    verb, rest = _WHEN[keyed(m["when"])]
    if verb is None:
        return f" when {rest}"
    pron = _pronoun(m, who_)
    if past or pron is None:
        return f" when {_VERBS[verb][1]} {rest}"
    return f" when {pron} {_VERBS[verb][0] if pron in ('he', 'she') else verb} {rest}"


def _habit(m: re.Match, who_: str, one: bool, asked: bool, verbs: tuple[str, ...], feel: bool = False) -> str | None:
    """A habit of a match (pre "hay", "dễ", "thường"; `verbs`: ("blush", "blushes", "blushed")) in English: "He blushes
    easily.", "Do you often get embarrassed?", "As a child, I blushed very easily.", "She doesn't blush easily."; None
    for "rất hay" with "when", "thường" denied, or denied as a child; a feeling (`feel`) is only "often"."""
    pre, past = keyed(m["pre"]), bool(m["young0"] or m["young"])
    how = "often" if pre == "hay" and (m["when"] or feel) else _HABIT[pre]
    if how == "very easily" and m["when"] or m["not"] and (how != "easily" or past or asked):
        return None
    when = _when(m, who_, past)
    often, easily = ("often ", "") if how == "often" else ("", f" {how}")
    child = " as a child" if past else ""
    if asked:
        return f"{'Did' if past else 'Does' if one else 'Do'} {who_} {often}{verbs[0]}{easily}{when}{child}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verbs[0]}{easily}{when}.")
    verb = verbs[2] if past else verbs[1] if one else verbs[0]
    return ("As a child, " if past else "") + f"{who_} {often}{verb}{easily}{when}{stop(m['end'])}"


def _blush(text: str) -> str | None:
    """"Anh ấy hay đỏ mặt." as "He blushes easily.", "Bạn đang đỏ mặt à?" as "Are you blushing?", "Cô ấy đỏ mặt rồi."
    as "She's gone red.", "Cô ấy đã đỏ mặt." as "She went red." (_BLUSH); None for anything else, and a bare "Anh ấy
    đỏ mặt." (now, or then?)."""
    m = _BLUSH.fullmatch(text)
    if not m or m["day"] or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    pre, young = keyed(m["pre"] or ""), m["young0"] or m["young"]
    if young and m["young0"] and m["young"] or pre == "nên" or (young or m["not"]) and pre not in _HABIT:
        return None
    if pre in _HABIT:
        habit = None if m["done"] else _habit(m, who_, one, asked, ("blush", "blushes", "blushed"))
        return habit and capitalised(habit)
    if pre == "đang" or not pre and m["asked"] == "à":  # ("Bạn đỏ mặt à?": you're blushing?)
        if m["when"] or m["done"]:
            return None
        return f"{capitalised(be(who_))} {who_} blushing?" if asked else capitalised(
            contracted(who_, f"{be(who_)} blushing{stop(m['end'])}"))
    if asked:
        return None
    if pre == "đã" and not m["done"]:
        return capitalised(f"{who_} went red{_when(m, who_, True)}{stop(m['end'])}")
    if not pre and m["done"] and not m["when"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} gone red{stop(m['end'])}"))
    return None


def _why(text: str) -> str | None:
    """"Sao bạn đỏ mặt thế?" as "Why are you blushing?", "Tại sao cô ấy lại đang đỏ mặt?" as "Why is she blushing?"
    (_WHY); None without "thế", "vậy" or "đang" (why did you blush?), and of oneself."""
    m = _WHY.fullmatch(text)
    said = m and (m["so"] or m["now"]) and _who(m, True)
    return said and f"Why {be(said[0])} {said[0]} blushing?"


def _shame(text: str) -> str | None:
    """"Tôi xấu hổ quá." as "I'm so embarrassed.", "Tôi đã rất xấu hổ." as "I was very embarrassed.", "Bạn có xấu hổ
    không?" as "Are you embarrassed?", "Cô ấy rất hay xấu hổ." as "She gets embarrassed very easily.", "Tôi thấy ngại
    quá." as "I feel so awkward." (_SHAME); None for "quá" asked, "ngượng" without "thấy" (shy?), and anything else."""
    m = _SHAME.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    word, pre, feel = keyed(m["word"]), keyed(m["pre"] or ""), bool(m["feel"])
    awkward = word in ("ngại", "ngượng ngùng")
    after = keyed(m["after"] or "")
    shy = word == "ngượng"  # (without "thấy", shy or embarrassed: "Anh ấy rất ngượng." is "He's very shy." in Tatoeba)
    if (awkward or shy) and not feel or m["self"] and (word != "xấu hổ" or m["when"]) or m["deg"] and m["after"] or \
            pre == "nên" and (not m["self"] or asked or m["not"] or m["deg"] or m["after"] or feel) or \
            asked and after == "quá":  # ("Bạn có xấu hổ quá không?": too embarrassed, or so?)
        return None
    if pre in _HABIT:  # (a habit: "hay xấu hổ", "hay thấy ngại khi …")
        if m["day"] or m["deg"] or m["after"] or m["self"] or feel and pre not in ("hay", "thường"):
            return None
        verbs = ("feel", "feels", "felt") if feel else ("get", "gets", "got")
        habit = _habit(m, who_, one, asked, tuple(f"{v} {'awkward' if awkward else 'embarrassed'}" for v in verbs),
                       feel)
        return habit and capitalised(habit)
    past = pre == "đã" or bool(m["day"])
    if m["young0"] or m["young"] or m["when"] or pre == "đang" or past and (asked or m["not"]) and not m["day"] or \
            m["not"] and (m["deg"] or m["after"]):
        return None
    # ("Bạn có xấu hổ lắm không?": "Are you really embarrassed?" would doubt it)
    deg = "very" if asked and after == "lắm" else _DEGREE.get(keyed(m["deg"] or after), "")
    what = f"{deg} {'awkward' if awkward else 'embarrassed'}".lstrip()
    if m["self"]:
        if (pron := _pronoun(m, who_)) is None:
            return None
        what = f"{deg} ashamed of {EN_SELF[pron]}".lstrip()
    day = f" {_BEHIND[keyed(m['day'])]}" if m["day"] else ""
    if pre == "nên":
        return capitalised(f"{who_} should be {what}{stop(m['end'])}")
    if feel:
        if asked:
            return f"{'Did' if past else 'Does' if one else 'Do'} {who_} feel {what}{day}?"
        if m["not"]:
            return capitalised(f"{who_} {'didn' if past else 'doesn' if one else 'don'}'t feel {what}{day}.")
        return capitalised(f"{who_} {'felt' if past else 'feels' if one else 'feel'} {what}{day}{stop(m['end'])}")
    verb = ("was" if one or who_ == "I" else "were") if past else be(who_)
    if asked:
        return f"{capitalised(verb)} {who_} {what}{day}?"
    return capitalised(contracted(who_, f"{verb}{' not' * bool(m['not'])} {what}{day}{stop(m['end'])}"))


def _dont(text: str) -> str | None:
    """"Đừng xấu hổ!" as "Don't be embarrassed!", "Đừng đỏ mặt." as "Don't blush.", "Không có gì phải xấu hổ cả." as
    "There's nothing to be embarrassed about." (_DONT); None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    if m["nothing"]:
        return f"There's nothing to be embarrassed about{stop(m['end2'])}"
    return f"Don't {'blush' if keyed(m['word']) == 'đỏ mặt' else 'be embarrassed'}{stop(m['end'])}"


def _who_en(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one (mt.hobbies.who_vi); None for a pet ("My dog is
    embarrassed.") and asked of oneself ("Am I blushing?", "Are we embarrassed?": "chúng ta" or "chúng tôi"?)."""
    said = None if animal(m) else who_vi(m)
    return None if said is None or asked and said[0] in ("tôi", "chúng tôi") else said


def _pronouns_en(m: re.Match) -> set[str]:
    """Who of a match of WHO_EN as the pronouns that may stand for them: {"I"}, {"she"} for "my mother", {"he", "she"}
    for a name; {} for "my child", "my friend" (neither said)."""
    if m["who"]:
        return {"I" if m["who"].lower() == "i" else m["who"].lower()}
    if m["given"]:
        return {"he", "she"}
    own = his_her(KIN_VI[" ".join(m["kin"].lower().split())])
    return {{"his": "he", "her": "she"}[own]} if own else set()


def _agrees(m: re.Match, verb: str, base: str, one: bool) -> bool:
    """Whether an English verb said after who (`verb`: "blushes", "do", "doesn't", "gets embarrassed") agrees with
    who, one (`one`) or not; `base` is the verb's own base ("blush", "do", "get")."""
    first = keyed(verb).split()[0]
    if first in ("did", "didn't", "blushed", "got", "felt"):
        return True
    return (first in (f"{base}s", f"{base}es", "does", "doesn't")) == one


def _when_vi(m: re.Match, pronouns: set[str], past: bool) -> str | None:
    """" khi nói chuyện với con gái" of a match's English "when" ("when he talks to girls", "when talking to girls"),
    the pronoun one of who's and its verb agreeing, in the tense; "" for none; None where it is not so."""
    if not m["wrest"]:
        return ""
    rest = " ".join(m["wrest"].split())
    verb = _WHEN[_WHEN_VI[rest]][0]
    said = m["wverb"] or m["wing"]
    if verb is None:
        return None if said else f" {_WHEN_VI[rest]}"
    forms = _VERBS[verb]
    if m["wing"]:
        return f" {_WHEN_VI[rest]}" if m["wing"] == forms[1] else None
    if not said or m["wpron"] not in pronouns:
        return None
    right = forms[2] if past else forms[0] if m["wpron"] in ("he", "she") else verb
    return f" {_WHEN_VI[rest]}" if said == right else None


def _state_vi(text: str) -> str | None:
    """"I'm so embarrassed." as "Tôi xấu hổ quá.", "I was so embarrassed." as "Tôi đã rất xấu hổ.", "Are you
    embarrassed?" as "Bạn có xấu hổ không?", "I'm ashamed of myself." as "Tôi xấu hổ về bản thân mình.", "You should
    be ashamed of yourself!" as "Bạn nên xấu hổ về bản thân mình!" (_STATE_EN); None for anything else, and where
    "is", "am", "are" does not agree with who."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or [bool(m["q"]), bool(m["be"]), bool(m["should"])].count(1) != 1 \
            or (said := _who_en(m, bool(m["q"]))) is None:
        return None
    be_, who_ = m["q"] or m["be"], said[0]
    past = be_ is not None and keyed(be_) in ("was", "were")
    if be_ is not None and not be_agrees(m, be_, past) or m["q"] and (m["not"] or m["deg"]):
        return None
    if m["self"] and m["self"] not in {EN_SELF[p] for p in _pronouns_en(m)}:
        return None  # ("I'm ashamed of yourself", "My mother is ashamed of himself")
    if m["should"] and (m["not"] or m["deg"] or m["day"] or not m["self"]) or m["not"] and m["deg"] or \
            m["day"] and not past or past and not m["day"] and (m["q"] or m["not"]):
        return None
    deg = keyed(m["deg"] or "")
    before, after = ("rất ", "") if past and deg in ("so", "really") else _DEGREE_VI.get(deg, ("", ""))
    what = f"{before}xấu hổ" + (" về bản thân mình" if m["self"] else "") + after  # ("… về bản thân mình quá")
    day = f"{_BEHIND_VI[keyed(m['day'])]} " if m["day"] else ""
    if m["q"]:
        return capitalised(f"{day}{who_} có {what} không?")
    if m["should"]:
        return capitalised(f"{who_} nên {what}{stop(m['end'])}")
    how = "không " if m["not"] else "đã " if past and not day else ""
    return capitalised(f"{day}{who_} {how}{what}{stop(m['end'])}")


def _feel_vi(text: str) -> str | None:
    """"I feel awkward." as "Tôi thấy ngại.", "I felt so awkward." as "Tôi đã thấy rất ngại.", "Do you feel
    embarrassed?" as "Bạn có thấy xấu hổ không?", "I often feel awkward when I talk to girls." as "Tôi hay thấy ngại
    khi nói chuyện với con gái." (_FEEL_EN); None for "so" asked (that much?), anything else, and where the verb does
    not agree with who."""
    m = _FEEL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or (said := _who_en(m, bool(m["q"]))) is None:
        return None
    (who_, one), aux = said, m["q"] or m["not"]
    past = keyed(aux or m["verb"]).startswith(("did", "felt"))
    if not _agrees(m, aux or m["verb"], "do" if aux else "feel", one) or aux and m["verb"] != "feel" or \
            m["q"] and keyed(m["deg"] or "") == "so" or m["often"] and (past or m["deg"] or m["day"] or m["not"]) or \
            m["day"] and not past or past and not m["day"] and (m["q"] or m["not"]) or m["not"] and m["deg"]:
        return None
    when = _when_vi(m, _pronouns_en(m), past)
    if when is None or when and (past or m["deg"] or m["q"] or m["not"]):
        return None
    deg = keyed(m["deg"] or "")
    before, after = ("rất ", "") if past and deg in ("so", "really") else _DEGREE_VI.get(deg, ("", ""))
    word = "ngại" if m["word"] == "awkward" else "xấu hổ"
    day = f"{_BEHIND_VI[keyed(m['day'])]} " if m["day"] else ""
    how = "có " * bool(m["q"]) + ("không " if m["not"] else "hay " if m["often"] else "đã " if past and not day else "")
    end = " không?" if m["q"] else stop(m["end"])
    return capitalised(f"{day}{who_} {how}thấy {before}{word}{after}{when}{end}")


def _habit_vi(text: str) -> str | None:
    """"He blushes easily." as "Anh ấy hay đỏ mặt.", "She gets embarrassed very easily." as "Cô ấy rất hay xấu hổ.",
    "My son blushes when he talks to girls." as "Con trai tôi đỏ mặt khi nói chuyện với con gái.", "As a child, I
    blushed easily." as "Hồi nhỏ tôi hay đỏ mặt.", "He blushed." as "Anh ấy đã đỏ mặt." (_HABIT_EN); None for anything
    else, "He blushes." alone, and where the verb does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or m["young0"] and m["young"] or \
            (said := _who_en(m, bool(m["q"]))) is None:
        return None
    (who_, one), aux, verb = said, m["q"] or m["not"], keyed(m["verb"])
    base = "blush" if verb.startswith("blush") else "get"
    past, young = keyed(aux or verb).startswith(("did", "blushed", "got")), bool(m["young0"] or m["young"])
    if not _agrees(m, aux or verb, "do" if aux else base, one) or aux and verb.split()[0] != base or \
            m["often"] and m["easily"] or m["not"] and not (m["easily"] and not m["very"]):
        return None
    habit = m["often"] or m["easily"]
    if young != past or young and not habit or past and m["not"]:
        if past and not young and base == "blush" and not (habit or m["q"] or m["not"]):
            when = _when_vi(m, _pronouns_en(m), True)
            return when is not None and capitalised(f"{who_} đã đỏ mặt{when}{stop(m['end'])}") or None
        return None
    when = _when_vi(m, _pronouns_en(m), past)
    if when is None or not (habit or when) or base == "get" and not habit:
        return None
    how = "rất hay " if m["very"] else "hay " if habit else ""
    said = f"{who_} {'có ' * bool(m['q'])}{'không ' * bool(m['not'])}{how}{'đỏ mặt' if base == 'blush' else 'xấu hổ'}"
    return capitalised(f"{'Hồi nhỏ ' * young}{said}{when}{' không?' if m['q'] else stop(m['end'])}")


def _easily_vi(text: str) -> str | None:
    """"My sister is easily embarrassed." as "Em gái tôi hay xấu hổ.", "Is he easily embarrassed?" as "Anh ấy có hay
    xấu hổ không?", "As a child, I was very easily embarrassed." as "Hồi nhỏ tôi rất hay xấu hổ." (_EASILY_EN); None
    for anything else."""
    m = _EASILY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or m["young0"] and m["young"] or \
            (said := _who_en(m, bool(m["q"]))) is None:
        return None
    be_, who_ = m["q"] or m["be"], said[0]
    past, young = keyed(be_) in ("was", "were"), bool(m["young0"] or m["young"])
    if not be_agrees(m, be_, past) or past != young or m["q"] and m["not"] or m["not"] and (m["very"] or young):
        return None
    how = "có " if m["q"] else "không " if m["not"] else ""
    said = f"{'Hồi nhỏ ' * young}{who_} {how}{'rất ' * bool(m['very'])}hay xấu hổ"
    return capitalised(f"{said}{' không?' if m['q'] else stop(m['end'])}")


def _red_vi(text: str) -> str | None:
    """"He's blushing." as "Anh ấy đang đỏ mặt.", "Are you blushing?" as "Bạn đang đỏ mặt à?", "Why are you
    blushing?" as "Sao bạn lại đỏ mặt thế?", "She's gone red." as "Cô ấy đỏ mặt rồi.", "She went red." as "Cô ấy đã
    đỏ mặt." (_RED_EN); None for anything else."""
    m = _RED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["why"] and not m["q"] or m["q"] and not m["ing"] or \
            (said := _who_en(m, bool(m["q"]))) is None:
        return None
    who_, one = said
    if m["ing"]:
        be_ = m["q"] or m["be"]
        if not be_ or m["q"] and m["be"] or not be_agrees(m, be_) or m["q"] and m["q"][0].isupper() == bool(m["why"]):
            return None
        if m["why"]:
            return f"Sao {who_} lại đỏ mặt thế?"
        return capitalised(f"{who_} đang đỏ mặt à?" if m["q"] else f"{who_} đang đỏ mặt{stop(m['end'])}")
    if m["has"]:
        has = keyed(m["has"])
        if has not in ("'s", "'ve") and (has == "has") != one or has == "'s" and not one or has == "'ve" and one:
            return None
        return capitalised(f"{who_} đỏ mặt rồi{stop(m['end'])}")
    return capitalised(f"{who_} đã đỏ mặt{stop(m['end'])}")


def _dont_vi(text: str) -> str | None:
    """"Don't be embarrassed!" as "Đừng xấu hổ!", "Don't blush." as "Đừng đỏ mặt.", "There's nothing to be
    embarrassed about." as "Không có gì phải xấu hổ cả." (_DONT_EN); None for anything else."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    if m["nothing"]:
        return f"Không có gì phải xấu hổ cả{stop(m['end2'])}"
    return f"Đừng {'đỏ mặt' if m['blush'] else 'xấu hổ'}{stop(m['end'])}"
