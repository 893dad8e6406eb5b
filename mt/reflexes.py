"""The body's small noises and reflexes, said or asked, both ways, written whole by rule: sneezing, yawning, snoring,
coughing on and on, burping and hiccups, and "Bless you!". v8 (rules on) does not know the words: "Anh ấy hắt hơi
suốt." → "He's snugging.", "Tôi ngáp cả ngày." → "I'm getting all day.", "Anh ấy ngáy to quá." → "He snoring too.",
"Chồng tôi ngáy." → "My husband snoring.", "Bạn có ngáy không?" → "Do you snoring?", "Tôi bị nấc." → "I'm raising.",
"Em bé bị nấc." → "The baby is snugged.", "Làm sao để hết nấc?" → "How do you get all stunning?", "Cô ấy ho không
ngừng." → "She is not coughing.", "Cô ấy không ngừng ho." → "She stopped cough.", "Anh ấy ợ." → "He breed.", "Sao
bạn ngáp nhiều thế?" → "Why do you draft?"; and back, "He keeps sneezing." → "Anh ấy giữ thăng bằng.", "He snores
loudly." → "Anh ấy hoảng hốt.", "My husband snores." → "Chồng tôi phiền muộn.", "Do you snore?" → "Bạn có đùa
không?", "I have hiccups." → "Tôi có đồi.", "How do you get rid of hiccups?" → "Bạn có thể bỏ đi đồi không?", "She
keeps coughing." → "Cô ấy giữ ho.", "He burps a lot." → "Anh ấy chôn vùi nhiều.", "Bless you!" → "Trừ phi!". Also
"Tôi hay ngáp trong giờ học." → "I'm going tower in school.", "Tôi hay hắt hơi vào buổi sáng." → "I'm getting a
little bit in the morning.", "Anh ấy hay ngủ ngáy." → "He often snoring.", "Đừng ngáp nữa!" → "Don't go tower!",
"Con đừng ợ nữa!" → "You don't bury!", "Cô ấy vừa ngáp dài." → "She has been long tower.", "Bạn vừa ngáp à?" → "Are
you just draft?"; and back, "I often sneeze in the morning." → "Tôi thường vỗ vào buổi sáng.", "Stop yawning!" →
"Đừng nguôi ngoai!", "Stop snoring!" → "Đừng lo lắng!", "He yawns all the time." → "Anh ấyyawns tất cả thời gian.",
"I just sneezed." → "Tôi chỉ nguôi ngoai.", "She just gave a big yawn." → "Cô ấy chỉ mang một ngọn ngáp lớn.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) or the baby, and one of REFLEXES: keeping on
("hắt hơi suốt", "cứ ngáp mãi", "keeps sneezing"), not able to stop ("ho không ngừng", "can't stop coughing"), all day,
morning … (mt.dates.WHOLE_SPANS: "have been yawning all day"; "all night" said as past), doing it now ("đang ngáy"),
last night ("Đêm qua tôi có ngáy không?"), as a habit with how often (mt.hobbies.SELDOM) or every day, night … (EVERY),
snoring (loudly, "ngủ ngáy") as a habit, said or asked; a habit at a time or place of AT ("hay hắt hơi vào buổi sáng",
"often sneezes in the morning", "ho khi ngủ", "coughs in his sleep": whose by who, left where not known); "all the time"
("yawns all the time" as "ngáp suốt", said only); just now ("vừa ợ", "just burped"; "vừa ngáp dài", "just gave a big
yawn"; asked with "à?"); told to stop yawning, snoring, coughing, burping ("Đừng ngáp nữa!", "Stop yawning!"; "Đừng
ngáy!", "Don't snore!"); hiccups had ("bị nấc", "has hiccups"), said or asked; how to get rid of hiccups or stop
snoring; why, from Vietnamese ("Sao bạn ngáp nhiều thế?"); "Bless you!" ("Cơm muối!"). Left: "bị ho", "has a cough"
(mt/ailments.py), "ợ nóng", "ợ chua" (heartburn), a reflex alone with no time, how often or "đang" ("Anh ấy hắt hơi.":
now, then, or as a habit?), but snoring, and so at a time or place with no how often ("Tôi hắt hơi vào buổi sáng.": this
morning?) but in English's present; "ngáp dài" with no "vừa" ("Cô ấy ngáp dài.": now or then?); "suốt ngày"; told to
stop sneezing or hiccupping; "ngủ ngáy" denied or told to stop ("Tôi không ngủ ngáy.", "Đừng ngủ ngáy nữa!": sleep
itself, said loosely?); why one snores "so much" ("Sao bạn ngáy nhiều thế?": now, or as a habit?); "… nhỉ?" (agreed
with); a comma's second clause ("Tôi buồn ngủ quá, cứ ngáp suốt."); a reason ("hắt hơi vì bụi"), allergies
(mt/allergies.py), sleep (mt/sleep.py), noise (mt/noise.py), "Why are you yawning?" (v8 writes it well) and anything
else. mt.phrasebook.translate tries these after mt/online_shopping.py.

    >>> translate("Anh ấy hắt hơi suốt.", "vi", "en"), translate("I have hiccups.", "en", "vi")
    ('He keeps sneezing.', 'Tôi bị nấc.')
"""
from __future__ import annotations

import re

from .dates import WHOLE_SPANS, WHOLE_SPANS_EN
from .hobbies import EVERY, EVERY_VI, HABIT_VI, SELDOM, WHO, WHO_EN, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .sleep import WHEN_SLEPT
from .terms import his_her
from .text import (BE_EN, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised,
                   contracted, keyed, present, progressive)

# the reflexes, and English's verb for each (the first Vietnamese of each is written back)
REFLEXES = {"hắt hơi": "sneeze", "hắt xì": "sneeze", "hắt xì hơi": "sneeze", "ngáp": "yawn", "ngáy": "snore",
            "ho": "cough", "ợ": "burp", "ợ hơi": "burp", "nấc": "hiccup", "nấc cụt": "hiccup", "ngủ ngáy": "snore"}
REFLEXES_VI = {en: vi for vi, en in reversed(REFLEXES.items())}
# ... and English's forms of each verb: with "-s", "-ing", "-ed" (British "hiccupping"; "hiccuping" read too)
_FORMS = {"sneeze": ("sneezes", "sneezing", "sneezed"), "yawn": ("yawns", "yawning", "yawned"),
          "snore": ("snores", "snoring", "snored"), "cough": ("coughs", "coughing", "coughed"),
          "burp": ("burps", "burping", "burped"), "hiccup": ("hiccups", "hiccupping", "hiccupped")}
_KINDS = ("s", "ing", "ed")
_FORM_OF = {verb: (verb, "base") for verb in _FORMS} | {
    form: (verb, kind) for verb, forms in _FORMS.items() for kind, form in zip(_KINDS, forms)} | {
    "hiccuping": ("hiccup", "ing"), "hiccuped": ("hiccup", "ed")}
# how loudly one snores, and back
LOUD = {"to": "loudly", "rất to": "very loudly", "to quá": "so loudly", "to lắm": "really loudly"}
LOUD_VI = {en: vi for vi, en in LOUD.items()}
_EVERY = EVERY | {"mỗi đêm": "every night", "hằng đêm": "every night"}  # (snoring: EVERY has no night)
_EVERY_VI = EVERY_VI | {"every night": "mỗi đêm"}
_LAST_NIGHT = alternatives(vi for vi, en in WHEN_SLEPT.items() if en == "last night")
# when or where as a habit ("Tôi hay ngáp trong giờ học."), and back (the first of each); "{}" is whose sleep
AT = {"vào buổi sáng": "in the morning", "buổi sáng": "in the morning", "vào buổi chiều": "in the afternoon",
      "buổi chiều": "in the afternoon", "vào buổi tối": "in the evening", "buổi tối": "in the evening",
      "vào ban đêm": "at night", "ban đêm": "at night", "về đêm": "at night", "trong giờ học": "in class",
      "trong lớp": "in class", "trong lớp học": "in class", "sau khi ăn": "after eating", "sau bữa ăn": "after meals",
      "khi ngủ": "in {} sleep", "lúc ngủ": "in {} sleep", "trong khi ngủ": "in {} sleep"}
AT_VI = {en: vi for vi, en in reversed(AT.items())}
_AT_EN = (rf"(?P<at>(?i:{alternatives(en for en in AT_VI if '{' not in en)}|"
          r"in\s+(?P<own>my|your|his|her|our|their)\s+sleep))")
# the reflexes one is told to stop ("Đừng ngáp nữa!"; "Stop sneezing!", "Stop hiccupping!" are odd to say)
_STOPPED = {"yawn", "snore", "cough", "burp"}
_SPANS = WHOLE_SPANS | {"suốt đêm": "all night", "suốt cả đêm": "all night"}  # ("suốt ngày" is also all the time)
# a cheap look before the regexes: each sentence of every text comes here ("ợ" is in "chợ", "vợ", "ho" in "cho")
_KEYS = {"vi": lazy(r"(?i:hắt|ngáp|ngáy|nấc|(?<!\w)(?:ho|ợ)(?!\w)|cơm\s+muối)"),
         "en": lazy(r"(?i:sneez|yawn|snor|cough|burp|hiccup|bless)")}

# who: the baby first ("Em bé" is not "Em", you), or who as mt/hobbies.py reads them
_SUBJ = rf"(?:(?P<baby>(?i:em\s+bé|bé))|{WHO})"
_VERB = rf"(?P<verb>(?i:{alternatives(REFLEXES)}))"
_NIGHT = rf"(?:(?P<night>(?i:{_LAST_NIGHT}))\s*,?\s+)?"
# on and on, or unable to stop ("Anh ấy hắt hơi suốt.", "Tôi cứ hắt xì.", "Cô ấy ho không ngừng.")
_KEEPS = lazy(rf"{_NIGHT}{_SUBJ}\s+(?:(?P<cant>không\s+(?:thể\s+)?ngừng)\s+|(?P<cu>cứ)\s+)?(?:(?P<bi>bị)\s+)?"
              rf"{_VERB}(?:\s+(?P<how>suốt|mãi|hoài|liên\s+tục|không\s+ngừng))?(?P<can>\s+được)?{SOFTENED_END}")
# all day, morning … ("Tôi ngáp cả ngày.", "Anh ấy ngáy suốt đêm.")
_SPAN = lazy(rf"{_SUBJ}\s+(?:(?P<did>đã)\s+)?(?:(?P<bi>bị)\s+)?{_VERB}\s+(?:suốt\s+(?=cả))?"
             rf"(?P<span>(?i:{alternatives(_SPANS)})){SOFTENED_END}")
# now, last night, as a habit, hiccups had ("Em bé đang nấc.", "Chồng tôi ngáy to lắm.", "Bạn có ngáy không?")
_SAID = lazy(rf"{_NIGHT}{_SUBJ}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})"
             r"\s+)?(?:(?P<ing>(?:(?P<still>vẫn(?:\s+còn)?)\s+)?đang)\s+)?(?:(?P<bi>bị)\s+)?"
             rf"{_VERB}(?:\s+(?P<loud>{alternatives(LOUD)})(?:\s+(?P<so>thế|vậy)(?=\s*[.!?]*$))?)?"
             rf"(?:\s+(?P<at>{alternatives(AT)}))?"
             rf"(?:\s+(?P<every>{alternatives(_EVERY)}))?"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<tag>không|à|hả))?{SOFTENED_END}")
# why ("Sao bạn ngáp nhiều thế?", "Sao anh ấy cứ hắt hơi mãi vậy?")
_WHY = lazy(rf"(?i:tại\s+sao|vì\s+sao|sao)\s+{_SUBJ}\s+(?:lại\s+)?(?:(?P<cu>cứ)\s+)?{_VERB}"
            r"(?:\s+(?P<how>nhiều|suốt|mãi|hoài))?(?:\s+(?:vậy|thế))?\s*\?+")
_CURE = lazy(r"(?i:làm\s+(?:sao|thế\s+nào|cách\s+nào))\s+(?:để|cho)\s+(?:hết|khỏi)\s+(?:bị\s+)?"
             rf"(?P<verb>nấc(?:\s+cụt)?|ngáy(?:\s+ngủ)?)(?:\s+nữa)?{SOFTENER}\s*\?+")
_BLESS = lazy(r"(?i:cơm\s+muối)\s*[.!]*")
# told to stop, the one told or not ("Đừng ngáp nữa!", "Con đừng ợ nữa."), and just now ("Em bé vừa ợ.")
_STOP = lazy(rf"(?:(?i:bạn|anh|chị|em|con)\s+)?(?i:đừng)\s+{_VERB}(?P<more>\s+nữa)?\s*(?P<end>[.!]*)")
_JUST = lazy(rf"{_SUBJ}\s+(?i:vừa(?:\s+mới)?)\s+{_VERB}(?P<long>\s+dài)?(?:\s+(?P<tag>à|hả))?{SOFTENED_END}")

# ... and in English: the baby, or who as mt/hobbies.py reads them
_SUBJ_EN = rf"(?:(?P<baby>(?i:the\s+baby))|{WHO_EN})"
_VERB_EN = rf"(?P<verb>(?i:{alternatives(_FORM_OF)}))"
_KEEPS_EN = lazy(rf"{_SUBJ_EN}\s+(?:(?P<keep>keeps|keep|kept)(?:\s+on)?|(?P<cant>can['’]t|cannot|can\s+not|"
                 rf"couldn['’]t|could\s+not)\s+stop)\s+{_VERB_EN}(?P<night>\s+last\s+night)?\s*(?P<end>[.!]*)")
_SPAN_EN = lazy(rf"{_SUBJ_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?P<been>\s+been)?\s+(?:{_VERB_EN}|"
                rf"(?P<had>had\s+(?:the\s+)?hiccups))\s+(?P<span>{alternatives(WHOLE_SPANS_EN)})(?:\s+long)?"
                r"\s*(?P<end>[.!]*)")
_SAID_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{_SUBJ_EN}(?P<dont>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn)"
                rf"['’]t)?(?:\s+(?P<seldom>{alternatives(HABIT_VI)}))?\s+{_VERB_EN}(?:\s+(?P<loud>"
                rf"{alternatives(LOUD_VI)}))?(?P<much>\s+a\s+lot)?(?:\s+{_AT_EN})?(?:\s+(?P<every>"
                rf"{alternatives(_EVERY_VI)})|(?P<night>\s+last\s+night)|(?P<always>\s+all\s+the\s+time))?"
                r"\s*(?P<end>[.!?]*)")
_NOW_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{_SUBJ_EN}{BE_EN}?(?:\s+(?P<still>still))?\s+{_VERB_EN}"
               rf"(?:\s+(?P<loud>{alternatives(LOUD_VI)}))?\s*(?P<end>[.!?]*)")
_HICCUPS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_SUBJ_EN}(?P<dont>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                   r"(?P<aux>['’]ve|['’]s|\s+have|\s+has)?\s+(?P<have>have|has|got)\s+(?:the\s+)?hiccups"
                   r"\s*(?P<end>[.!?]*)")
_CURE_EN = lazy(r"(?i:how)\s+(?:do|can|could)\s+(?:you|I|we|one)\s+(?:get\s+rid\s+of|stop|cure)\s+"
                r"(?:(?P<hiccups>(?:the\s+)?hiccups|hiccup(?:p)?ing)|snoring)\s*\?+")
_BLESS_EN = lazy(r"(?i:bless\s+you)\s*[.!]*")
_STOP_EN = lazy(rf"(?i:(?P<stop>stop)|don['’]t|do\s+not)\s+{_VERB_EN}\s*(?P<end>[.!]*)")
_JUST_EN = lazy(rf"(?:(?P<did>Did)\s+)?{_SUBJ_EN}\s+just\s+(?:{_VERB_EN}|(?P<big>gave|let\s+out)\s+a\s+(?:big|long)"
                r"\s+yawn)\s*(?P<end>[.!?]*)")
# the English words that say one ("he has", "she doesn't", "he keeps")
_OF_ONE = {"does", "doesn't", "does not", "has", "'s", "keeps"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who sneezes, yawns, snores, coughs on, burps or has hiccups,
    how to get rid of hiccups, or says "Bless you!"; None for any other."""
    if src == "vi":
        return _told(text) or _why(text) or _keeps(text) or _span(text) or _said(text) or _stop(text) or _just(text)
    return _told_vi(text) or _keeps_vi(text) or _span_vi(text) or _hiccups_vi(text) or _said_vi(text) or \
        _now_vi(text) or _stop_vi(text) or _just_vi(text)


def _form(verb: str, kind: str) -> str:
    """An English verb in one of its forms: ("sneeze", "ing") as "sneezing", ("snore", "base") as "snore"."""
    return verb if kind == "base" else _FORMS[verb][_KINDS.index(kind)]


def _one(word: str | None) -> bool | None:
    """Whether an English word after who says one ("has", "doesn't", "'s"), or not ("have", "don't"); None for none."""
    return None if not word else " ".join(word.lower().replace("’", "'").split()) in _OF_ONE


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ in English, and whether it takes "-s": "the baby", or as mt.hobbies.who says ("my
    husband", "she"; None for "anh" said)."""
    return ("the baby", True) if m["baby"] else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _SUBJ_EN in Vietnamese, and whether English says it with "-s": "the baby" as "em bé", or as
    mt.hobbies.who_vi says ("my husband" as "chồng tôi")."""
    return ("em bé", True) if m["baby"] else who_vi(m)


def _told(text: str) -> str | None:
    """"Cơm muối!" as "Bless you!", how to get rid of hiccups or stop snoring (_CURE) in English; None for any other."""
    if _BLESS.fullmatch(text):
        return "Bless you!"
    if m := _CURE.fullmatch(text):
        return "How do you get rid of hiccups?" if keyed(m["verb"]).startswith("nấc") else "How do you stop snoring?"
    return None


def _why(text: str) -> str | None:
    """"Sao bạn ngáp nhiều thế?" as "Why are you yawning so much?", "Sao anh ấy cứ hắt hơi mãi vậy?" as "Why does he
    keep sneezing?", "Sao em bé lại nấc?" as "Why is the baby hiccupping?" (_WHY); None for anything else, and
    snoring alone or "nhiều" ("Sao bạn ngáy nhiều thế?": now, or as a habit?)."""
    m = _WHY.fullmatch(text)
    said = m and _who(m, True)
    how = keyed(m["how"] or "") if m else ""
    if not said or REFLEXES[keyed(m["verb"])] == "snore" and how in ("", "nhiều") or how == "nhiều" and m["cu"]:
        return None
    (who_, one), doing = said, _form(REFLEXES[keyed(m["verb"])], "ing")
    if m["cu"] or how and how != "nhiều":
        return f"Why {'does' if one else 'do'} {who_} keep {doing}?"
    return f"Why {be(who_)} {who_} {doing}{' so much' * (how == 'nhiều')}?"


def _keeps(text: str) -> str | None:
    """"Anh ấy hắt hơi suốt." as "He keeps sneezing.", "Cô ấy ho không ngừng." as "She can't stop coughing.", "Đêm qua
    tôi ho suốt." as "I kept coughing last night." (_KEEPS); None for anything else."""
    m = _KEEPS.fullmatch(text)
    how = keyed(m["how"] or "") if m else ""
    if not m or "?" in m["end"] or not (m["cant"] or m["cu"] or how) or m["cant"] and how or \
            m["bi"] and REFLEXES[keyed(m["verb"])] != "hiccup" or m["can"] and not m["cant"] or \
            (said := _who(m, False)) is None:
        return None
    who_, one = said
    doing, night = _form(REFLEXES[keyed(m["verb"])], "ing"), " last night" * bool(m["night"])
    if m["cant"] or how == "không ngừng":
        return capitalised(f"{who_} {'couldn' if night else 'can'}'t stop {doing}{night}.")
    keeps = "kept" if night else "keeps" if one else "keep"
    return capitalised(f"{who_} {keeps} {doing}{night}.")


def _span(text: str) -> str | None:
    """"Tôi ngáp cả ngày." as "I've been yawning all day.", "Anh ấy ngáy suốt đêm." as "He snored all night.", "Em bé
    bị nấc cả buổi sáng." as "The baby has had hiccups all morning." (_SPAN); None for anything else."""
    m = _SPAN.fullmatch(text)
    verb = m and REFLEXES[keyed(m["verb"])]
    if not m or "?" in m["end"] or m["bi"] and verb != "hiccup" or (said := _who(m, False)) is None:
        return None
    (who_, one), span = said, _SPANS[keyed(m["span"])]
    if span == "all night" or m["did"]:
        return capitalised(f"{who_} {'had hiccups' if m['bi'] else _form(verb, 'ed')} {span}.")
    done = "had hiccups" if m["bi"] else f"been {_form(verb, 'ing')}"
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {done} {span}."))


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _SAID asks ("có … không?", "… à?"); None where its words and end disagree ("Bạn có ngáy.")."""
    tag = keyed(m["tag"] or "")
    if "?" not in m["end"]:
        return None if m["ask"] or tag else False
    return True if m["ask"] and tag == "không" or not m["ask"] and tag in ("à", "hả") else None


def _said(text: str) -> str | None:
    """"Em bé đang nấc." as "The baby is hiccupping.", "Tôi bị nấc." as "I have hiccups.", "Anh ấy ngáy to quá." as
    "He snores so loudly.", "Đêm qua tôi có ngáy không?" as "Did I snore last night?", "Tôi hay hắt hơi." as "I often
    sneeze." (_SAID); None for anything else, and a reflex alone but snoring ("Anh ấy ho.": now, then, or always?)."""
    m = _SAID.fullmatch(text)
    asked = m and _asked(m)
    said = m and asked is not None and _who(m, asked)
    verb = said and REFLEXES[keyed(m["verb"])]
    if not said or m["bi"] and verb != "hiccup" or m["loud"] and verb != "snore" or m["not"] and (
            m["seldom"] or asked) or m["done"] and not m["bi"] or m["at"] and (
            m["night"] or m["ing"] or m["bi"] or m["every"]) or m["not"] and keyed(m["verb"]) == "ngủ ngáy":
        return None  # ("Tôi không ngủ ngáy.": "ngủ ngáy" is also sleep itself, said loosely: I didn't sleep?)
    who_, one = said
    if m["night"]:
        return None if m["seldom"] or m["every"] or m["ing"] or m["bi"] else _night(m, who_, asked)
    if m["ing"] or m["bi"]:
        return None if m["seldom"] or m["every"] or m["not"] and m["ing"] else _now(m, who_, one, asked)
    seldom = keyed(m["seldom"] or "")
    if not (seldom or m["every"] or verb == "snore") or asked and seldom in ("không bao giờ", "hiếm khi", "ít khi"):
        return None
    often = f"{SELDOM[seldom]} " if seldom else ""
    at = AT.get(keyed(m["at"] or ""), "")
    if (whose := _whose(m, who_) if "{}" in at else "") is None:  # (whose sleep: a name's, the baby's?)
        return None
    how = _loud(m) + "".join(f" {w}" for w in (at.format(whose), _EVERY.get(keyed(m["every"] or ""))) if w)
    return present(who_, one, verb, how.lstrip(), asked, bool(m["not"]), adverb=often)


def _loud(m: re.Match) -> str:
    """How loudly of a match of _SAID in English, a space before it ("to" as " loudly", "to quá" as " so loudly"); ""
    for none. "thế", "vậy" after "to" say "so" ("Anh ấy ngáy to thế.": so loudly), not a softener to drop."""
    loud = LOUD.get(keyed(m["loud"] or ""), "")
    return f" {'so loudly' if m['so'] and loud == 'loudly' else loud}" if loud else ""


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose of who of a match of _SUBJ, as English says it ("I": "my", "chồng tôi": "his"); None where it is not known
    (a name alone, "con tôi", the baby)."""
    return None if m["baby"] else EN_WHOSE.get(who_) if m["who"] else his_her_of(m)


def _stop(text: str) -> str | None:
    """"Đừng ngáp nữa!" as "Stop yawning!", "Con đừng ợ nữa." as "Stop burping.", "Đừng ngáy!" as "Don't snore!"
    (_STOP); None for anything else, and sneezing, hiccups (odd to be told), "ngủ ngáy" (sleeping, too)."""
    m = _STOP.fullmatch(text)
    verb = m and REFLEXES[keyed(m["verb"])]
    if verb not in _STOPPED or keyed(m["verb"]) == "ngủ ngáy":  # ("Đừng ngủ ngáy nữa!": stop sleeping, get up?)
        return None
    return f"Stop {_form(verb, 'ing')}{m['end'] or '.'}" if m["more"] else f"Don't {verb}{m['end'] or '.'}"


def _just(text: str) -> str | None:
    """"Em bé vừa ợ." as "The baby just burped.", "Cô ấy vừa ngáp dài." as "She just gave a big yawn.", "Bạn vừa
    ngáp à?" as "Did you just yawn?" (_JUST); None for anything else, and "dài" but yawning."""
    m = _JUST.fullmatch(text)
    asked, verb = bool(m) and "?" in m["end"], m and REFLEXES[keyed(m["verb"])]
    if not m or asked != bool(m["tag"]) or m["long"] and (verb != "yawn" or asked) or (said := _who(m, asked)) is None:
        return None
    if asked:
        return f"Did {said[0]} just {verb}?"
    return capitalised(f"{said[0]} just {'gave a big yawn' if m['long'] else _form(verb, 'ed')}{m['end'] or '.'}")


def _night(m: re.Match, who_: str, asked: bool) -> str:
    """A match of _SAID of last night in English: "Did I snore last night?", "She didn't snore last night."."""
    verb, loud = REFLEXES[keyed(m["verb"])], _loud(m)
    if asked:
        return f"Did {who_} {verb}{loud} last night?"
    done = f"didn't {verb}" if m["not"] else _form(verb, "ed")
    return capitalised(f"{who_} {done}{loud} last night.")


def _now(m: re.Match, who_: str, one: bool, asked: bool) -> str | None:
    """A match of _SAID of now or of hiccups had in English: "Is he still snoring?", "Does she have hiccups?"."""
    verb = REFLEXES[keyed(m["verb"])]
    if m["bi"]:
        return present(who_, one, "have", "hiccups", asked, bool(m["not"]))
    return progressive(who_, be(who_), f"{'still ' * bool(m['still'])}{_form(verb, 'ing')}{_loud(m)}", asked)


def _told_vi(text: str) -> str | None:
    """"Bless you!" as "Chúc bạn sức khỏe!", how to get rid of hiccups, stop snoring (_CURE_EN); None for any other."""
    if _BLESS_EN.fullmatch(text):
        return "Chúc bạn sức khỏe!"
    if m := _CURE_EN.fullmatch(text):
        return f"Làm sao để hết {'nấc' if m['hiccups'] else 'ngáy'}?"
    return None


def _verb(m: re.Match, kind: str) -> str | None:
    """The Vietnamese of a match of _VERB_EN in the form `kind` ("sneezing", "ing": "hắt hơi"); None for another."""
    verb, said = _FORM_OF[m["verb"].lower()]
    return REFLEXES_VI[verb] if said == kind else None


def _keeps_vi(text: str) -> str | None:
    """"He keeps sneezing." as "Anh ấy hắt hơi suốt.", "I kept coughing last night." as "Đêm qua tôi ho suốt."
    (_KEEPS_EN); None for anything else, and where "keeps" does not agree with who."""
    m = _KEEPS_EN.fullmatch(text)
    if not m or not (vi := _verb(m, "ing")):
        return None
    who_, one = _who_vi(m)
    keep, cant = m["keep"] or "", (m["cant"] or "").lower()
    if keep in ("keeps", "keep") and (keep == "keeps") != one or m["night"] and not (keep == "kept" or "could" in cant):
        return None
    return capitalised(f"{'Đêm qua ' * bool(m['night'])}{who_} {vi} {'không ngừng' if cant else 'suốt'}.")


def _span_vi(text: str) -> str | None:
    """"I've been yawning all day." as "Tôi ngáp cả ngày.", "He snored all night." as "Anh ấy ngáy cả đêm." (_SPAN_EN);
    None for anything else, and where "has" does not agree with who."""
    m = _SPAN_EN.fullmatch(text)
    if not m:
        return None
    vi = "bị nấc" if m["had"] else _verb(m, "ing" if m["been"] else "ed")
    who_, one = _who_vi(m)
    if not vi or m["been"] and not m["have"] or m["have"] and _one(m["have"]) != one:
        return None
    return capitalised(f"{who_} {vi} {WHOLE_SPANS_EN[keyed(m['span'])]}.")


def _hiccups_vi(text: str) -> str | None:
    """"I have hiccups." as "Tôi bị nấc.", "She's got the hiccups." as "Cô ấy bị nấc.", "Does the baby have hiccups?" as
    "Em bé có bị nấc không?" (_HICCUPS_EN); None for anything else, and where "has", "does" does not agree with who."""
    m = _HICCUPS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["dont"]:
        return None
    who_, one = _who_vi(m)
    aux = m["do"] or m["dont"] or m["aux"]
    if bool(m["aux"]) != (m["have"] == "got") or m["have"] == "has" and aux or aux and _one(aux) != one or \
            not aux and (m["have"] == "has") != one:
        return None
    return capitalised(f"{who_} có bị nấc không?" if m["do"] else f"{who_} {'không ' * bool(m['dont'])}bị nấc.")


def _said_vi(text: str) -> str | None:
    """"My husband snores." as "Chồng tôi ngáy.", "He snores so loudly." as "Anh ấy ngáy to quá.", "Do you snore?" as
    "Bạn có ngáy không?", "He burps a lot." as "Anh ấy hay ợ.", "Did I snore last night?" as "Đêm qua tôi có ngáy
    không?" (_SAID_EN); None for anything else, a reflex alone but snoring, and a verb that does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m or "?" in m["end"] and not m["do"] or m["do"] and m["dont"] or m["do"] and "?" not in m["end"]:
        return None
    verb, kind = _FORM_OF[m["verb"].lower()]
    who_, one = _who_vi(m)
    aux = (m["do"] or m["dont"] or "").strip().lower()  # (" didn't": its space dropped, or it is not read as past)
    past = aux.startswith("did")
    if not (kind == "base" if aux else kind == ("ed" if m["night"] else "s" if one else "base")) or \
            aux and not past and _one(aux) != one or bool(m["night"]) != (past or kind == "ed"):
        return None
    seldom, loud = (m["seldom"] or "").lower(), f" {LOUD_VI[m['loud'].lower()]}" if m["loud"] else ""
    if m["at"] and (m["night"] or m["every"] or m["always"] or not _sleep_agrees(m, who_, one)):
        return None
    if m["always"]:  # ("He yawns all the time.": said only)
        return None if aux or seldom or loud or m["much"] else capitalised(f"{who_} {REFLEXES_VI[verb]} suốt.")
    if m["night"]:  # ("Đêm qua tôi có ngáy không?", "Đêm qua anh ấy ngáy to quá.")
        said = f"{who_} có {REFLEXES_VI[verb]}{loud} không?" if m["do"] else \
            f"{who_} {'không ' * bool(m['dont'])}{REFLEXES_VI[verb]}{loud}."
        return None if seldom or m["much"] else f"Đêm qua {said}"
    if not (seldom or m["every"] or m["much"] or m["at"] or verb == "snore") or seldom and m["much"] or m["loud"] \
            and verb != "snore" or m["dont"] and seldom or m["do"] and seldom in ("never", "rarely"):
        return None
    often = f"{HABIT_VI[seldom]} " if seldom else "hay " if m["much"] else ""
    at = f" {AT_VI['in {} sleep' if m['own'] else keyed(m['at'])]}" if m["at"] else ""
    how = f"{loud}{at}{' ' + _EVERY_VI[keyed(m['every'])] if m['every'] else ''}"
    said = REFLEXES_VI[verb]
    return capitalised(f"{who_} có {often}{said}{how} không?" if m["do"] else
                       f"{who_} {'không ' * bool(m['dont'])}{often}{said}{how}.")


def _sleep_agrees(m: re.Match, who_: str, one: bool) -> bool:
    """Whether whose sleep of a match of _SAID_EN is who's (`who_`, `one` as _who_vi gives them): "I … in my
    sleep", "My father … in his sleep", "Lan … in her sleep"; not "My father … in her sleep"."""
    own, said = (m["own"] or "").lower(), (m["who"] or "").lower()
    if not own or said:
        return not own or own == EN_WHOSE["I" if said == "i" else said]
    return one and own in ("his", "her") and own == (his_her(who_) or own)


def _stop_vi(text: str) -> str | None:
    """"Stop yawning!" as "Đừng ngáp nữa!", "Don't snore!" as "Đừng ngáy!" (_STOP_EN); None for anything else, and
    sneezing, hiccups."""
    m = _STOP_EN.fullmatch(text)
    if not m or _FORM_OF[m["verb"].lower()][0] not in _STOPPED or not (vi := _verb(m, "ing" if m["stop"] else "base")):
        return None
    return f"Đừng {vi}{' nữa' * bool(m['stop'])}{m['end'] or '.'}"


def _just_vi(text: str) -> str | None:
    """"The baby just burped." as "Em bé vừa ợ.", "She just gave a big yawn." as "Cô ấy vừa ngáp dài.", "Did you just
    yawn?" as "Bạn vừa ngáp à?" (_JUST_EN); None for anything else."""
    m = _JUST_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or m["did"] and m["big"]:
        return None
    vi = "ngáp dài" if m["big"] else _verb(m, "base" if m["did"] else "ed")
    if not vi:
        return None
    who_ = _who_vi(m)[0]
    return capitalised(f"{who_} vừa {vi} à?" if m["did"] else f"{who_} vừa {vi}{m['end'] or '.'}")


def _now_vi(text: str) -> str | None:
    """"She's sneezing." as "Cô ấy đang hắt hơi.", "Is the baby still hiccupping?" as "Em bé vẫn đang nấc à?"
    (_NOW_EN); None for anything else, and where "is" does not agree with who."""
    m = _NOW_EN.fullmatch(text)
    if not m or not (vi := _verb(m, "ing")):
        return None
    who_, one = _who_vi(m)
    asked = "?" in m["end"]
    if bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    loud = f" {LOUD_VI[m['loud'].lower()]}" if m["loud"] else ""
    if asked:
        return capitalised(f"{who_} vẫn đang {vi}{loud} à?" if m["still"] else f"{who_} có đang {vi}{loud} không?")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {vi}{loud}.")
