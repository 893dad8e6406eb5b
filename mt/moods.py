"""How someone feels now (tired, sad, happy, worried, bored, stressed, sick …), said or asked, both ways, written
whole by rule. v8 (rules on) loses who, or puts it in the past: "Bố tôi mệt lắm." → "I'm tired.", "Bố
tôi đang lo lắng." → "I'm worried.", "Con tôi chán rồi." → "I'm tired.", "Mẹ bạn có mệt không?" → "Are you tired?",
"Bố mẹ bạn có lo lắng không?" → "Do you worry?", "Lan buồn quá." → "It's too sad.", "Chị Lan buồn lắm." → "Lan It's
very sad.", "Lan có buồn không?" → "Did Lan be sad?", "Mẹ tôi đang vui." → "My mother was happy.", "Mẹ tôi hơi
buồn." → "My mother was very sad.", "Bà tôi cô đơn lắm." → "My grandmother is very alone.", "Mẹ tôi hồi hộp lắm." →
"My mother was very worried about the box.", "Sao mẹ bạn buồn thế?" → "Why are you so sad?"; "Is Lan worried?" → "Có
lo lắng không?", "Is Minh sad?" → "Có phải buồn không?", "Lan's very tired." → "Bạn rất mệt mỏi.", "My father's
tired." → "Mệt mỏi của bố tôi.", "Uncle Hung is a bit tired." → "Chú Hung là một chút mệt.", "My parents are so
tired." → "Cha mẹ tôi quá mệt." (too tired), "My daughter is lonely." → "Con gái tôi là cô đơn.", "Are they bored?"
→ "Họ chán nản?".

Taken: who (mt.hobbies.WHO: kin with whose, a title and a name, a name; parents and grandparents of mt.people.PARENTS;
in English mt.hobbies.WHO_EN, pronouns too, and "Uncle", "Aunt" with a name) and a mood of MOODS (mt.feelings'
words less those other rules take), now: with "đang", "rồi", "vẫn", "còn" (still), "không" (not; "không … lắm", not
very), "rất" (very), "hơi" (a bit), "khá" (quite), "quá" (so), "lắm" (really); asked with "(có) … không?" ("có …
lắm không?", very; "còn … không?", still) and "Sao … thế?" (why so); "chán" (bored, or boring?) and "sợ" said with
"đang" or "rồi" only. Left: pronouns in Vietnamese (mt/feelings.py writes their clause; v8 asks them right), "anh",
"chị", "em" alone, busy and free (mt/busy.py, mt/free_time.py), hungry and thirsty (mt/hunger.py), sleepy
(mt/sleep.py), well (mt/regards.py), looks (mt/looks.py), "ốm" alone (in the south, thin), surprised (of a moment), a
day or a tense ("Hôm qua bố tôi mệt."), a reason ("… vì …"), "thế", "vậy", "nhỉ" ending a statement (so? isn't
she?), "I" asked, "Isn't …?", and a verb that does not agree ("My parents is").
mt.phrasebook.translate tries these after mt/lateness.py.

    >>> translate("Bố tôi mệt lắm.", "vi", "en"), translate("Are your parents tired?", "en", "vi")
    ('My father is really tired.', 'Bố mẹ bạn có mệt không?')
"""
from __future__ import annotations

import re

from .feelings import FEELINGS
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .names import EN_TITLES, GIVEN_EN
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .text import BE_EN, SOFTENER, alternatives, be_said, capitalised, keyed
from .weather import DEGREE

# how one feels now: mt.feelings' words less those other rules take, surprised (of a moment: v8's past is right) and
# "ốm" alone (in the south, thin); the first Vietnamese of each English is written back ("happy" is "vui")
_OTHERS = {"busy", "free", "hungry", "thirsty", "sleepy", "well", "surprised"}
MOODS = {vi: en for vi, en in FEELINGS.items() if en not in _OTHERS and vi != "ốm"} | {"bị ốm": "sick",
                                                                                     "tức giận": "angry"}
MOODS_VI = {en: vi for vi, en in reversed(MOODS.items())} | {"ill": "bị ốm"}
# said now only: "chán" of someone is also boring ("Em gái tôi đang chán." v8 "My sister is boring."), "sợ" alone
# asks "of what?"; taken with "đang" or "rồi", and written with "đang"
_NOW_ONLY = {"chán", "sợ"}
_KEYS = {"vi": lazy(rf"(?i:{alternatives(MOODS)})"), "en": lazy(rf"(?i:\b(?:{alternatives(MOODS_VI)})\b)")}
# how much, in English (mt.weather.DEGREE), and back: a format for the mood in Vietnamese
_DEGREES_VI = {"very": "rất {}", "really": "{} lắm", "so": "{} quá", "a bit": "hơi {}", "a little": "hơi {}",
               "quite": "khá {}", "pretty": "khá {}"}
_ASKED_VI = {"": "có {} không", "very": "có {} lắm không", "a bit": "có hơi {} không", "a little": "có hơi {} không"}

# who: parents and whose ("bố mẹ tôi"), or mt.hobbies.WHO (a pronoun there is left: _subject)
_SUBJECT = rf"(?:{PARENTS_WHOSE}|{WHO})"
_MOOD = rf"(?P<mood>{alternatives(MOODS)})"
# said ("Bố tôi mệt lắm.", "Mẹ tôi đang vui.", "Bà tôi vẫn còn buồn.", "Mẹ tôi không vui lắm."); only "ạ" after it:
# "thế", "vậy" are so, "nhỉ" asks
_SAID = lazy(rf"{_SUBJECT}(?:\s+(?P<still>vẫn\s+còn|vẫn|còn))?(?:\s+(?P<now>đang))?(?:\s+(?P<not>không))?"
             rf"(?:\s+(?P<before>rất|hơi|khá))?\s+{_MOOD}(?:\s+(?P<after>quá|lắm))?(?:\s+(?P<done>rồi))?"
             r"(?:\s+ạ)?\s*(?P<end>[.!]*)")
# asked ("Mẹ bạn có mệt không?", "Lan mệt không?", "Bố bạn có mệt lắm không?", "Mẹ bạn còn buồn không?")
_ASKED = lazy(rf"{_SUBJECT}(?:\s+(?P<ask>có))?(?:\s+(?P<still>còn))?(?:\s+(?P<before>hơi))?\s+{_MOOD}"
              rf"(?:\s+(?P<after>lắm))?\s+không{SOFTENER}\s*\?+")
# asked why ("Sao mẹ bạn buồn thế?", "Tại sao bố bạn lại giận?")
_WHY = lazy(rf"(?i:sao|tại\s+sao)\s+{_SUBJECT}(?:\s+(?P<again>lại))?\s+{_MOOD}(?:\s+(?P<so>thế|vậy|quá))?"
            r"\s*\?+")

# ... and in English: parents, "Uncle Hung", or mt.hobbies.WHO_EN
_SUBJECT_EN = (rf"(?:{PARENTS_WHOSE_EN}|"
               rf"(?P<etitle>Uncle|Aunt)\s+(?P<named>{alternatives(GIVEN_EN)})|{WHO_EN})")
_MOOD_EN = rf"(?P<mood>(?i:{alternatives(MOODS_VI)}))"
_SAID_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{_SUBJECT_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?(?:\s+(?P<still>still))?"
                rf"(?:\s+(?P<deg>{alternatives(_DEGREES_VI)}))?\s+{_MOOD_EN}\s*(?P<end>[.!?]*)")
_WHY_EN = lazy(rf"Why\s+(?P<be0>is|are)\s+{_SUBJECT_EN}\s+(?P<so>so\s+)?{_MOOD_EN}\s*\?+")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how someone feels now; None for any other."""
    if src == "vi":
        return _said(text) or _asked(text) or _why(text)
    return _said_vi(text) or _why_vi(text)


def _subject(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of _SUBJECT in English and "is" or "are" after it: ("my parents", "are"), ("Uncle Hung", "is");
    None for a pronoun (mt/feelings.py's, or right in v8)."""
    if m["parents"]:
        return parents_said(m, "en"), "are"
    if m["who"]:
        return None
    said = who(m, asked)
    return said and (said[0], "is")


def _said(text: str) -> str | None:
    """"Bố tôi mệt lắm." as "My father is really tired.", "Mẹ tôi đang vui." as "My mother is happy.", "Bố mẹ tôi
    không vui lắm." as "My parents aren't very happy.", "Bà tôi vẫn còn buồn." as "My grandmother is still sad."
    (_SAID); None for anything else, and for two words of how much, "không" with another, "đang" with "vẫn"."""
    m = _SAID.fullmatch(text)
    if not m or (said := _subject(m, False)) is None:
        return None
    who_, verb = said
    mood, before, after = MOODS[keyed(m["mood"])], m["before"], m["after"]
    if before and after or m["now"] and (m["still"] or m["done"]) or m["done"] and (m["not"] or before == "rất") or \
            keyed(m["mood"]) in _NOW_ONLY and not (m["now"] or m["done"]):
        return None
    if m["not"]:
        if m["still"] or before or after == "quá":
            return None
        return capitalised(f"{who_} {verb}n't {'very ' * bool(after)}{mood}.")
    if mood == "sick" and (before or after):
        return None  # ("bị ốm lắm": very ill, or badly?)
    degree = DEGREE[before or after] + " " if before or after else ""
    return capitalised(f"{who_} {verb} {'still ' * bool(m['still'])}{degree}{mood}.")


def _asked(text: str) -> str | None:
    """"Mẹ bạn có mệt không?" as "Is your mother tired?", "Lan mệt không?" as "Is Lan tired?", "Bố bạn có mệt lắm
    không?" as "Is your father very tired?", "Mẹ bạn còn buồn không?" as "Is your mother still sad?" (_ASKED); None
    for anything else."""
    m = _ASKED.fullmatch(text)
    if not m or (said := _subject(m, True)) is None:
        return None
    who_, verb = said
    mood = MOODS[keyed(m["mood"])]
    if m["before"] and m["after"] or (m["before"] or m["after"]) and (m["still"] or mood == "sick"):
        return None
    degree = "very " if m["after"] else "a bit " if m["before"] else "still " if m["still"] else ""
    return f"{verb.capitalize()} {who_} {degree}{mood}?"


def _why(text: str) -> str | None:
    """"Sao mẹ bạn buồn thế?" as "Why is your mother so sad?", "Tại sao bố bạn lại giận?" as "Why is your father
    angry?" (_WHY); None for anything else."""
    m = _WHY.fullmatch(text)
    if not m or keyed(m["mood"]) in _NOW_ONLY or (said := _subject(m, True)) is None:
        return None
    who_, verb = said
    so = "so " if m["so"] and MOODS[keyed(m["mood"])] != "sick" else ""
    return f"Why {verb} {who_} {so}{MOODS[keyed(m['mood'])]}?"


def _subject_vi(m: re.Match) -> tuple[str, str]:
    """Who of a match of _SUBJECT_EN in Vietnamese, and "is", "am" or "are" as English must say it after who."""
    if m["parents"]:
        return parents_said(m, "vi"), "are"
    if m["etitle"]:
        return f"{EN_TITLES[m['etitle'].lower()]} {m['named']}", "is"
    who_, one = who_vi(m)
    return who_, be_of(who_, one)


def _said_vi(text: str) -> str | None:
    """"Lan's very tired." as "Lan rất mệt.", "Are your parents tired?" as "Bố mẹ bạn có mệt không?", "Uncle Hung
    is a bit tired." as "Chú Hung hơi mệt.", "My mother isn't very happy." as "Mẹ tôi không vui lắm." (_SAID_EN);
    None for anything else, and where "is" does not agree with who ("My parents is")."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    who_, verb = _subject_vi(m)
    asked, deg = "?" in m["end"], " ".join((m["deg"] or "").lower().split())
    if bool(m["be0"]) != asked or bool(m["be0"]) == bool(m["be"]) or be_said(m["be0"] or m["be"]) != verb:
        return None
    mood = MOODS_VI[m["mood"].lower()]
    if asked:
        if who_ == "tôi" or m["not"] or m["still"] and deg or mood == "bị ốm" and deg or deg not in _ASKED_VI:
            return None
        return capitalised(f"{who_} {'còn {} không' if m['still'] else _ASKED_VI[deg]}".format(mood) + "?")
    if m["not"]:
        if m["still"] or deg not in ("", "very") or mood == "bị ốm" and deg or mood in _NOW_ONLY:
            return None
        return capitalised(f"{who_} không {mood}{' lắm' * bool(deg)}.")
    if mood == "bị ốm" and deg:
        return None
    said = _DEGREES_VI[deg].format(mood) if deg else mood
    now = "vẫn " if m["still"] else "đang " if mood in _NOW_ONLY else ""
    return capitalised(f"{who_} {now}{said}.")


def _why_vi(text: str) -> str | None:
    """"Why is your mother so sad?" as "Sao mẹ bạn buồn thế?", "Why is Lan angry?" as "Sao Lan lại giận?"
    (_WHY_EN); None for anything else, and where "is" does not agree with who."""
    m = _WHY_EN.fullmatch(text)
    if not m:
        return None
    who_, verb = _subject_vi(m)
    mood = MOODS_VI[m["mood"].lower()]
    if m["be0"] != verb or who_ == "tôi" or mood in _NOW_ONLY:
        return None
    return capitalised(f"Sao {who_} {mood} thế?" if m["so"] else f"Sao {who_} lại {mood}?")
