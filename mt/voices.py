"""How someone speaks and their voice, both ways, written whole by rule: talking loudly, quietly, fast or slowly as a
trait or a habit, a voice deep, high, loud or soft, and a voice hoarse or lost. v8 (the rules on) reads "to" and
"nhỏ" as big and small, "nói" as said, and English "talk" as negotiating: "Anh ấy nói chuyện rất to." → "He talked
very big.", "Cô ấy nói nhỏ lắm." → "She's very small.", "Anh ấy nói nhanh quá." → "He said fast.", "Mẹ tôi nói
chuyện to lắm." → "My mother talked very much.", "Tôi nói nhanh quá à?" → "How fast do I say?", "Giọng bố tôi to
lắm." → "We're a lot of time.", "Bạn có bị khàn giọng không?" → "Do you have a soft voice?", "Mẹ tôi bị mất tiếng." →
"My mother was lost."; and back, "He talks very loudly." → "Anh ấy đàm phán rất lớn.", "She talks very quietly." →
"Cô ấy đàm phán rất yên tĩnh.", "He talks too fast." → "Anh ta đàm phán quá nhanh.", "My father has a loud voice." →
"Cha tôi có tiếng nói lớn.", "Is your voice hoarse?" → "Tiếng nói của bạn có hoa hồng không?" (a rose).

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets) talking ("nói", "nói chuyện"; "talks", "speaks") loudly, quietly,
softly, fast or slowly with a degree ("rất", "lắm", "quá", "hơi", "khá": very, too, a bit, quite) or a habit
(mt.hobbies.SELDOM, HABIT_VI: "hay nói to", often talks loudly), not very ("nói không to lắm"), asked ("có … không?";
"Do … talk …?"), now ("đang"; "is talking"); "Bạn nói nhanh quá." as now ("You're talking too fast.", as mt/noise.py
writes "Bạn nói to quá."), and "Tôi nói nhanh quá à?" as "Am I talking too fast?", both ways; whose voice
(mt.hobbies.OWNER, SOMEONE_EN; not a pet's) deep, high, loud, soft, warm, clear (only "trong trẻo" read), husky, shrill
or lovely ("nice" asked or not), said, not, asked; who has such a voice; whose voice hoarse ("bị khàn giọng", "khản
tiếng"; "a hoarse voice"), said, not or asked, and who has lost their voice ("bị mất giọng", "mất tiếng"), said, not,
asked, or is losing it ("sắp mất giọng"). Left: "nói" with no degree nor habit ("Anh ấy nói to.": said it loudly,
once?), "không nói to" without "lắm", "Tôi nói nhanh quá." (now, or always?), "à?" but of oneself with a degree, "Are we
talking …?", requests and orders ("Nói to lên!", "… nói nhỏ thôi": mt/noise.py, mt/repeats.py, which also take "Bạn nói
to quá." and "He talks too loudly."), "nói nhiều", "ít nói" (mt/traits.py), "nói chậm" as slow to talk (of one's child:
"Con tôi nói chậm."), stammering (mt/stammering.py), speaking a language (mt/languages.py), "nói" as said or told ("Anh
ấy nói rằng …"), singing voices and voices hoarse from singing (mt/singing.py, which also takes "Tôi bị khản giọng.",
"Giọng anh ấy rất trầm.", "She has a lovely voice."), a voice lost said plainly (mt/symptoms.py takes "Tôi bị mất
giọng.", "I've lost my voice."), "Giọng Nam …" (an accent), our or their voices, pets' voices (a bark, a meow), English
"clear" (easy to make out, or pure?), a voice lost after a name alone (his or hers?), anything with a reason, and
anything else. mt.phrasebook.translate tries these after mt/hair_dyeing.py.

    >>> translate("Anh ấy nói chuyện rất to.", "vi", "en"), translate("He talks too fast.", "en", "vi")
    ('He talks very loudly.', 'Anh ấy nói nhanh quá.')
"""
from __future__ import annotations

import re

from .hobbies import HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, his_her_of, pet, someone, who, who_vi
from .lazy_re import lazy
from .people import NAMED_WHO
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be,
                   capitalised, contracted, keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nói|giọng|(?:khàn|khản|mất)\s+tiếng)"),
         "en": lazy(r"(?i:talk|speak|voice|hoarse)")}
# how one talks, in English after "talks" (and whether Vietnamese says "nói chuyện" for it, written back)
_HOW = {"to": "loudly", "lớn": "loudly", "nhỏ": "quietly", "khẽ": "quietly", "nhỏ nhẹ": "softly", "nhanh": "fast",
        "chậm": "slowly"}
_HOW_VI = {"loudly": "to", "loud": "to", "quietly": "nhỏ", "softly": "nhỏ nhẹ", "fast": "nhanh", "quickly": "nhanh",
           "slowly": "chậm"}
_CHAT = {"to", "nhỏ", "nhỏ nhẹ"}  # ("Anh ấy nói chuyện rất to.": talks, not said it)
# a voice, in English before "voice" (the first Vietnamese of each is written back)
_VOICE = {"trầm": "deep", "cao": "high", "to": "loud", "lớn": "loud", "nhỏ nhẹ": "soft", "nhỏ": "quiet", "ấm": "warm",
          "trong trẻo": "clear", "khàn khàn": "husky", "the thé": "shrill", "hay": "lovely"}
# ("clear" not: a voice easy to make out, or pure, "trong trẻo"? "Your voice isn't very clear." on the phone)
_VOICE_VI = {en: vi for vi, en in reversed(_VOICE.items()) if en != "clear"} | {
    "low": "trầm", "high-pitched": "cao", "nice": "hay"}
# a degree, before or after the word, in English; and back
_DEGREE = {"rất": "very", "lắm": "very", "quá": "too", "hơi": "a bit", "khá": "quite"}
_DEGREE_VI = {"very": "rất", "really": "rất", "too": "quá", "so": "quá", "a bit": "hơi", "a little": "hơi",
              "quite": "khá", "slightly": "hơi"}
_CHILDREN = {"child", "son", "daughter"}  # ("Con tôi nói chậm.": may be slow to start talking)
_REGIONS = {"nam", "bắc", "trung"}  # ("Giọng Nam": the Southern accent, as mt/singing.py reads it)

_DEG_VI = r"(?:(?P<before>rất|hơi|khá)\s+)?"
_DEG_AFTER = r"(?:\s+(?P<after>lắm|quá))?"
# how one talks ("Anh ấy nói chuyện rất to.", "Mẹ tôi hay nói to.", "Anh ấy có nói nhanh không?", "… quá à?")
_TALK = lazy(rf"{WHO}\s+(?:(?P<now>đang)\s+|(?P<seldom>(?i:{alternatives(SELDOM)}))\s+|(?P<ask>có)\s+|"
             rf"(?P<not>không)\s+)?nói(?P<chat>\s+chuyện)?\s+(?:(?P<not2>không)\s+)?{_DEG_VI}"
             rf"(?P<how>{alternatives(_HOW)}){_DEG_AFTER}(?:\s+(?P<a>à))?{ASKED_END}")
# whose voice ("Giọng anh ấy rất trầm.", "Giọng của mẹ tôi có to không?") and who has one ("Cô ấy có giọng cao.")
_QUALITY = rf"{_DEG_VI}(?P<q>{alternatives(_VOICE)}){_DEG_AFTER}"
_VOICE_OF = lazy(rf"[Gg]iọng(?:\s+nói)?\s+(?P<of>của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?{_QUALITY}"
                 rf"{ASKED_END}")
_HAS_VOICE = lazy(rf"{WHO}\s+có\s+(?:một\s+)?(?:chất\s+)?giọng(?:\s+nói)?\s+{_QUALITY}{SOFTENED_END}")
# hoarse or lost ("Bạn có bị khàn giọng không?", "Mẹ tôi bị mất tiếng.", "Tôi sắp mất giọng rồi.")
_HOARSE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<soon>sắp)\s+)?(?P<bi>bị\s+)?"
               rf"(?:(?P<hoarse>khàn|khản)|(?P<lost>mất))\s+(?:giọng|tiếng)(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English ("He talks very loudly.", "Do I talk too fast?", "Am I talking too fast?")
_TALK_EN = lazy(rf"(?:(?P<q>Do|Does|Am)\s+)?{WHO_EN}(?:{BE_EN}|(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t))?"
                rf"(?:\s+(?P<seldom>{alternatives(HABIT_VI)}))?\s+(?P<verb>talks?|speaks?|talking|speaking)\s+"
                rf"(?:(?P<d>{alternatives(_DEGREE_VI)})\s+)?(?P<how>{alternatives(_HOW_VI)})\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_VOICE_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+voice(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+"
                 rf"(?:(?P<d>{alternatives(_DEGREE_VI)})\s+)?(?:(?P<hoarse>hoarse)|(?P<q2>{alternatives(_VOICE_VI)}))"
                 r"\s*(?P<end>[.!?]*)")
_HAS_VOICE_EN = lazy(rf"{WHO_EN}(?P<has>\s+has(?:\s+got)?|\s+have(?:\s+got)?|['’]s\s+got|['’]ve\s+got)\s+"
                     r"(?:(?P<pre>such|quite)\s+)?a\s+(?:(?P<d>very|really|slightly)\s+)?"
                     rf"(?:(?P<hoarse>hoarse)|(?P<q>{alternatives(_VOICE_VI)}))\s+voice\s*(?P<end>[.!]*)")
_LOSING_EN = lazy(rf"{WHO_EN}{BE_EN}\s+losing\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+voice\s*(?P<end>[.!]*)")
# the verbs said of one (he, she, my mother) and of others
_ONE = {"talks", "speaks", "does", "has", "has got", "'s got", "doesn't", "does not"}
_OTHER = {"talk", "speak", "do", "have", "have got", "'ve got", "don't", "do not"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says how someone talks (loudly, quietly, fast, slowly), what their voice
    is like, or that it is hoarse or lost; None for any other."""
    if src == "vi":
        return _talk(text) or _voice(text) or _has_voice(text) or _hoarse(text)
    return _talk_vi(text) or _voice_vi(text) or _has_voice_vi(text) or _losing_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?", False said; None for "có" or "không?" alone, a "?" on a
    statement, or a statement ending on "thế" or "vậy" (so: a degree the rule does not read)."""
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or bool(groups.get("ask")) != asked:
        return None
    if not asked and re.search(r"(?i)\s(?:thế|vậy)\s*[.!]*$", m.string):
        return None
    return asked


def _degree(m: re.Match) -> str | None:
    """The degree of a Vietnamese match in English ("very", "too", "a bit", "quite"), "" for none; None for two
    ("rất to lắm")."""
    if m["before"] and m["after"]:
        return None
    said = m["before"] or m["after"]
    return _DEGREE[said] if said else ""


def _talk(text: str) -> str | None:
    """"Anh ấy nói chuyện rất to." as "He talks very loudly.", "Mẹ tôi hay nói to." as "My mother often talks
    loudly.", "Anh ấy có nói nhanh không?" as "Does he talk fast?", "Tôi nói nhanh quá à?" as "Am I talking too
    fast?", "Bạn nói nhanh quá." as "You're talking too fast." (_TALK); None for anything else."""
    m = _TALK.fullmatch(text)
    if not m or (degree := _degree(m)) is None or animal(m):
        return None
    if m["a"]:  # ("Tôi nói nhanh quá à?": asked of one's own talking, now)
        said = who(m, True)
        if not said or said[0] != "I" or not degree or m["asked"] or m["seldom"] or m["ask"] or m["not"] \
                or m["not2"] or "?" not in m["end"]:
            return None
        return f"Am I talking {degree} {_HOW[keyed(m['how'])]}?"
    asked = _asked(m)
    said = None if asked is None else who(m, asked)
    if not said or m["not"] and m["not2"]:
        return None
    who_, one = said
    how = _HOW[keyed(m["how"])]
    if how == "slowly" and m["kin"] and NAMED_WHO[keyed(m["kin"])] in _CHILDREN:
        return None  # ("Con tôi nói chậm lắm.": talks slowly, or is slow to start talking?)
    if m["not"] or m["not2"]:  # ("nói không to lắm": not very; "không nói to" may be "didn't say it loudly")
        if m["after"] != "lắm" or m["seldom"] or m["now"]:
            return None
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t talk very {how}{stop(m['end'])}")
    degree = f"{degree} {how}".strip()
    if asked:
        return None if who_ == "we" or degree.startswith(("a bit", "quite")) else \
            f"{'Does' if one else 'Do'} {who_} talk {degree}?"
    if m["now"] or who_ == "you" and m["after"] == "quá" and not m["seldom"]:
        return capitalised(contracted(who_, f"{be(who_)} talking {degree}{stop(m['end'])}"))
    if m["seldom"]:
        return capitalised(f"{who_} {SELDOM[keyed(m['seldom'])]} {'talks' if one else 'talk'} {degree}"
                           f"{stop(m['end'])}")
    if degree == how or who_ in ("I", "we") and m["after"] == "quá":
        return None  # ("Anh ấy nói to.": said it loudly, once?; "Tôi nói nhanh quá.": now, or always?)
    return capitalised(f"{who_} {'talks' if one else 'talk'} {degree}{stop(m['end'])}")


def _whose(m: re.Match) -> str | None:
    """Whose, in English, of a match of OWNER: "my", "my mother's", "Lan's"; None for "our" and "their" (voices),
    for "Giọng Nam" (an accent), and for a pet ("con chó của tôi": a bark)."""
    if m["owner"]:
        whose = OWNERS[keyed(m["owner"])]
        return None if whose in ("our", "their") else whose
    if not m["of"] and keyed(m["someone"]) in _REGIONS or pet(m["someone"], "vi"):
        return None
    said = someone(m["someone"], "vi")
    return said and f"{said}'s"


def _voice(text: str) -> str | None:
    """"Giọng anh ấy rất trầm." as "His voice is very deep.", "Giọng cô ấy cao quá." as "Her voice is so high.",
    "Giọng anh ấy có to không?" as "Is his voice loud?", "Giọng anh ấy không to lắm." as "His voice isn't very
    loud." (_VOICE_OF); None for anything else, and for one's own voice asked."""
    m = _VOICE_OF.fullmatch(text)
    if not m or (degree := _degree(m)) is None or (asked := _asked(m)) is None or not (whose := _whose(m)):
        return None
    quality = _VOICE[keyed(m["q"])]
    if (asked or m["not"]) and quality == "lovely":
        quality = "nice"  # (not "Is her voice lovely?", "His voice isn't lovely.")
    if asked:
        return None if degree or whose == "my" else f"Is {whose} voice {quality}?"
    if m["not"]:
        return None if degree not in ("", "very") or m["before"] else \
            capitalised(f"{whose} voice isn't {f'{degree} ' * bool(degree)}{quality}{stop(m['end'])}")
    degree = "so" if degree == "too" else degree  # ("Giọng cô ấy cao quá!": so high)
    return capitalised(f"{whose} voice is {f'{degree} ' * bool(degree)}{quality}{stop(m['end'])}")


def _has_voice(text: str) -> str | None:
    """"Cô ấy có giọng cao." as "She has a high voice.", "Ông tôi có giọng rất to." as "My grandfather has a very
    loud voice.", "… giọng trầm quá!" as "… such a deep voice!" (_HAS_VOICE); None for anything else, "we" and
    "they" (voices), and pets."""
    m = _HAS_VOICE.fullmatch(text)
    if not m or "?" in m["end"] or (degree := _degree(m)) is None or animal(m) or not (said := who(m, False)):
        return None
    who_, one = said
    if who_ in ("we", "they"):
        return None
    quality = _VOICE[keyed(m["q"])]
    voice = {"": f"a {quality}", "very": f"a very {quality}", "too": f"such a {quality}",
             "a bit": f"a slightly {quality}", "quite": f"quite a {quality}"}[degree]
    return capitalised(f"{who_} {'has' if one else 'have'} {voice} voice{stop(m['end'])}")


def _hoarse(text: str) -> str | None:
    """"Bạn có bị khàn giọng không?" as "Is your voice hoarse?", "Tôi bị khản tiếng." as "My voice is hoarse.", "Mẹ
    tôi bị mất tiếng." as "My mother has lost her voice.", "Tôi sắp mất giọng rồi." as "I'm losing my voice."
    (_HOARSE); None for anything else, asked of oneself, "we", "they", a name alone losing it (his or hers?)."""
    m = _HOARSE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or animal(m) or not (said := who(m, asked)):
        return None
    who_, one = said
    whose = EN_WHOSE.get(who_) or (his_her_of(m) if m["lost"] else f"{who_}'s")
    if not whose or who_ in ("we", "they") or asked and who_ == "I" or not (m["bi"] or m["done"] or m["soon"]):
        return None
    end = stop(m["end"])
    if m["hoarse"]:
        if m["soon"] or m["done"] and m["not"]:
            return None
        is_ = "isn't" if m["not"] else "is"
        return f"Is {whose} voice hoarse?" if asked else capitalised(f"{whose} voice {is_} hoarse{end}")
    if m["soon"]:  # ("Tôi sắp mất giọng rồi.": going, not gone)
        return capitalised(contracted(who_, f"{be(who_)} losing {whose} voice{end}"))
    have = "has" if one else "have"
    if asked:
        return f"{capitalised(have)} {who_} lost {whose} voice?"
    if m["not"]:
        return None if m["done"] else capitalised(f"{who_} {have}n't lost {whose} voice{end}")
    return capitalised(contracted(who_, f"{have} lost {whose} voice{end}"))


def _agrees(verb: str, who_: str, one: bool) -> bool:
    """Whether an English verb said after who ("talks", "have", "am", "'re") agrees with who (`who_` in Vietnamese
    and whether one, as who_vi gives them)."""
    verb = " ".join(verb.lower().replace("’", "'").split())
    if verb in ("am", "'m"):
        return who_ == "tôi"
    if verb in ("is", "'s"):
        return one
    if verb in ("are", "'re"):
        return not one and who_ != "tôi"
    return one if verb in _ONE else not one if verb in _OTHER else False


def _talk_vi(text: str) -> str | None:
    """"He talks very loudly." as "Anh ấy nói chuyện rất to.", "He talks too fast." as "Anh ấy nói nhanh quá.",
    "She often talks quietly." as "Cô ấy hay nói chuyện nhỏ.", "Do I talk too fast?" as "Tôi có nói nhanh quá
    không?", "Am I talking too fast?" as "Tôi nói nhanh quá à?", "He's talking too fast." as "Anh ấy đang nói nhanh
    quá." (_TALK_EN); None for anything else, and where the verb does not agree with who ("He talk", "Does he
    talks")."""
    m = _TALK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, verb, ing = (m["q"] or "").lower(), m["verb"].lower(), m["verb"].endswith("ing")
    d = keyed(m["d"] or "")
    # ("softly" alone is "nhỏ nhẹ", gently; with a degree, "nhỏ": "nói nhỏ quá", not "nhỏ nhẹ quá")
    how = "nhỏ" if d and m["how"].lower() == "softly" else _HOW_VI[m["how"].lower()]
    talk = "nói chuyện" if how in _CHAT else "nói"
    said = {"": how, "rất": f"rất {how}", "quá": f"{how} quá", "hơi": f"hơi {how}", "khá": f"khá {how}"}[
        _DEGREE_VI[d] if d else ""]
    first = q or (m["be"] or m["aux"] or (verb if not ing else "")).strip()
    # (after "do", "does" or "doesn't" the verb is bare: "Does he talks fast?" is not English)
    if ing != bool(q == "am" or m["be"]) or m["be"] and q or m["seldom"] and (ing or q or m["aux"]) or \
            not _agrees(first, who_, one) or (q in ("do", "does") or m["aux"]) and verb.endswith("s"):
        return None
    if q == "am":  # ("Am I talking too fast?": now, as "… à?" asks it)
        return None if d not in ("too", "so", "a bit", "a little") else f"Tôi nói {said} à?"
    if q:
        return None if d not in ("", "too", "very", "really") else \
            capitalised(f"{who_} có {talk} {how}{' quá' * (d == 'too')}{' lắm' * (d in ('very', 'really'))} không?")
    if m["aux"]:
        return None if d not in ("very", "really") else capitalised(f"{who_} {talk} không {how} lắm{stop(m['end'])}")
    if ing:
        now = "" if who_ == "bạn" and d in ("too", "so") else "đang "  # ("Bạn nói to quá.", as mt/noise.py)
        return None if not d else capitalised(f"{who_} {now}{talk} {said}{stop(m['end'])}")
    if m["seldom"]:
        return capitalised(f"{who_} {HABIT_VI[m['seldom']]} {talk} {said}{stop(m['end'])}")
    return capitalised(f"{who_} {talk} {said}{stop(m['end'])}")


def _whose_vi(m: re.Match) -> str | None:
    """Whose, in Vietnamese, of a match of _WHOSE_EN ("tôi", "mẹ tôi"); None for "our", "their", a pet ("my dog's")
    and anyone not known."""
    if m["owner"]:
        return None if m["owner"].lower() in ("our", "their") else WHOSE_VI[m["owner"].lower()]
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")


def _voice_vi(text: str) -> str | None:
    """"His voice is very deep." as "Giọng anh ấy rất trầm.", "Is his voice deep?" as "Giọng anh ấy có trầm
    không?", "His voice isn't very loud." as "Giọng anh ấy không to lắm.", "My voice is hoarse." as "Tôi bị khàn
    giọng.", "Is your voice hoarse?" as "Bạn có bị khàn giọng không?" (_VOICE_EN); None for anything else."""
    m = _VOICE_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or not (whose := _whose_vi(m)):
        return None
    be_ = " ".join((m["be"] or "").lower().replace("’", "'").split())
    not_, d = "not" in be_ or "n't" in be_, keyed(m["d"] or "")
    if m["hoarse"]:
        if d or m["q"] and whose == "tôi":
            return None
        return capitalised(f"{whose} có bị khàn giọng không?" if m["q"] else
                           f"{whose} {'không ' * not_}bị khàn giọng{stop(m['end'])}")
    quality = _VOICE_VI[m["q2"].lower()]
    if m["q"]:
        return None if d or whose == "tôi" else f"Giọng {whose} có {quality} không?"
    if not_:
        return None if d not in ("", "very", "really") else \
            f"Giọng {whose} không {quality}{' lắm' * bool(d)}{stop(m['end'])}"
    said = {"": quality, "rất": f"rất {quality}", "quá": f"{quality} quá", "hơi": f"hơi {quality}",
            "khá": f"khá {quality}"}[_DEGREE_VI[d] if d else ""]
    return f"Giọng {whose} {said}{stop(m['end'])}"


def _has_voice_vi(text: str) -> str | None:
    """"She has a high voice." as "Cô ấy có giọng cao.", "My father has a very loud voice." as "Bố tôi có giọng rất
    to.", "I have a hoarse voice." as "Tôi bị khàn giọng." (_HAS_VOICE_EN); None for anything else, "we" and "they",
    pets, and where "has" does not agree with who."""
    m = _HAS_VOICE_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if not _agrees(m["has"], who_, one) or who_ in ("chúng tôi", "họ") or m["pre"] and m["d"]:
        return None
    if m["hoarse"]:
        return None if m["pre"] or m["d"] else capitalised(f"{who_} bị khàn giọng{stop(m['end'])}")
    quality = _VOICE_VI[m["q"].lower()]
    pre, d = (m["pre"] or "").lower(), (m["d"] or "").lower()
    said = f"{quality} quá" if pre == "such" else f"khá {quality}" if pre == "quite" else \
        f"{'rất' if d in ('very', 'really') else 'hơi'} {quality}" if d else quality
    return capitalised(f"{who_} có giọng {said}{stop(m['end'])}")


def _losing_vi(text: str) -> str | None:
    """"I'm losing my voice." as "Tôi sắp mất giọng rồi.", "My mother is losing her voice." as "Mẹ tôi sắp mất giọng
    rồi." (_LOSING_EN); None for anything else, another's voice ("I'm losing your voice"), "we", "they"."""
    m = _LOSING_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if not _agrees(m["be"], who_, one) or who_ in ("chúng tôi", "họ") or own != m["owner"].lower():
        return None  # ("Lan is losing her voice.": a name alone, his or hers not read)
    return capitalised(f"{who_} sắp mất giọng rồi{stop(m['end'])}")
