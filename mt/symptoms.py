"""Everyday symptoms, both ways, written whole by rule: itching, a rash, a blocked nose, dizziness, a lost voice, a
sore throat, constipation, diarrhoea, and eyes red, itchy or swollen. v8 (every rule on) reads "bị" as the past or a
passive, "nghẹt mũi" as apnea, "phát ban" as caught, "viêm họng" as inflammatory, and English "rash" as a nappy rash:
"Tôi bị nghẹt mũi." → "I have apnea.", "Tôi bị phát ban." → "I was caught.", "Tôi bị ngứa." → "I was itchy.", "Tôi bị
mất giọng." → "I'm lost my voice.", "Tôi bị viêm họng." → "I'm inflammatory.", "Tôi bị chóng mặt." → "I was dizzzy.",
"Tôi bị táo bón." → "I'm constipation.", "Tôi bị nổi mẩn." → "I'm famous.", "Con tôi bị phát ban." → "My child was
issued.", "Cô ấy bị phát ban ở tay." → "She was caught in her hand.", "Bạn có bị chóng mặt không?" → "Dizziness?",
"Tôi bị nghẹt mũi từ hôm qua." → "I have apnea from yesterday.", "Bà tôi bị táo bón." → "My grandfather was
constipated.", "Mắt bạn có bị đỏ không?" → "Do you have red?"; "I have a rash." → "Tôi bị hăm tã.", "I'm so itchy."
→ "Tôi rất may mắn." (lucky), "I've got diarrhoea." → "Tôi có diarrhoea.", "I have a blocked nose." → "Tôi có
mũi bị nghẽn.", "I'm dizzy." → "Tôi điên rồ." (mad), "Does she have a blocked nose?" → "Có phải cô bé bị nghẽn
không?", "My nose is blocked." → "Mũi của tôi bị chặn.", "I've had a sore throat since yesterday." → "Tôi có bị đau
họng từ hôm qua.".

Taken: who (mt.hobbies.WHO, WHO_EN) is itchy, dizzy or constipated ("bị", "thấy", "hơi", "quá"; "is", "feels"), has
a rash (on a part of the body, all over), a blocked nose or a sore throat ("viêm họng"; en→vi "'ve got a sore
throat", "a throat infection"), diarrhoea (en→vi, "'ve got"), or has lost their voice: said, not, asked, or since a
day behind (mt.dates.LAST; "since yesterday"); whose eyes (mt.terms.OWNERS, mt.hobbies.SOMEONE) are red, itchy or
swollen, skin or scalp itchy, nose blocked, said, not, asked or since. Whose body or voice English says by who (his or
her by kin, mt.terms.his_her; none where it gives neither, as of "con tôi" or "Bạn Lan", nor after a name alone, nor
of "we" or "they"). Left: "anh", "chị", "em" alone saying it (the speaker or "you": mt.hobbies.who), "Tôi thấy chóng
mặt." (the phrasebook's), "Tôi bị đau họng.", "Tôi bị tiêu chảy." and "I have a sore throat."/"I have diarrhoea."
(mt/ailments.py's; the model writes them right with "từ hôm qua" through mt.terms), a part that hurts (mt/aches.py),
"ngứa mắt" (also annoying to see), a day told ("Hôm qua tôi bị chóng mặt."), how long ("mấy ngày nay"), and
anything joined.
mt.phrasebook.translate tries these after mt/feel.py.

    >>> translate("Tôi bị nghẹt mũi.", "vi", "en"), translate("I've got diarrhoea.", "en", "vi")
    ('I have a blocked nose.', 'Tôi bị tiêu chảy.')
"""
from __future__ import annotations

import re

from .aches import PARTS, PARTS_VI
from .dates import LAST
from .free_time import when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_DAYS, EN_WHOSE, WHOSE_OF, alternatives, be, be_said, capitalised, contracted, keyed,
                   stop)

# each symptom, and how English says it: "be" itchy, "feel" dizzy, "have" a rash, "lost" one's voice
SYMPTOMS = {"ngứa": ("itchy", "be"), "chóng mặt": ("dizzy", "feel"), "táo bón": ("constipated", "be"),
            "phát ban": ("a rash", "have"), "nổi mẩn": ("a rash", "have"), "nổi mẩn đỏ": ("a rash", "have"),
            "nổi ban": ("a rash", "have"), "nghẹt mũi": ("a blocked nose", "have"),
            "ngạt mũi": ("a blocked nose", "have"), "tắc mũi": ("a blocked nose", "have"),
            "viêm họng": ("a sore throat", "have"), "mất giọng": ("lost", "lost")}
# ... and back ("a sore throat" is "đau họng", as mt/ailments.py writes it)
SYMPTOMS_VI = {"itchy": "ngứa", "dizzy": "chóng mặt", "constipated": "táo bón"}
_HAD_VI = {"a rash": "phát ban", "a skin rash": "phát ban", "a blocked nose": "nghẹt mũi", "a stuffy nose": "nghẹt mũi",
           "a sore throat": "đau họng", "a throat infection": "viêm họng", "diarrhoea": "tiêu chảy",
           "diarrhea": "tiêu chảy"}
# where a rash is ("ở tay": on her arm)
_SKIN = {"arm", "leg", "hand", "foot", "back", "neck", "chest", "stomach", "face", "shoulder", "legs", "feet"}
_ON = {vi: en for vi, en in PARTS.items() if en in _SKIN} | {"mặt": "face"}
_ON_VI = {en: vi for en, vi in PARTS_VI.items() if en in _SKIN} | {"face": "mặt", "arms": "tay", "hands": "bàn tay"}
# whose part is red, itchy … ("Mắt tôi bị đỏ.": my eyes are red), and what each may be
_PARTS = {"mắt": "eyes", "da": "skin", "da đầu": "scalp", "mũi": "nose"}
_PARTS_VI = {en: vi for vi, en in _PARTS.items()}
_STATES = {"đỏ": "red", "ngứa": "itchy", "sưng": "swollen", "nghẹt": "blocked", "ngạt": "blocked", "tắc": "blocked"}
_STATES_VI = {"red": "đỏ", "itchy": "ngứa", "swollen": "sưng", "blocked": "nghẹt", "stuffy": "nghẹt"}
_OF = {"eyes": {"red", "itchy", "swollen"}, "skin": {"itchy"}, "scalp": {"itchy"}, "nose": {"blocked", "stuffy"}}
# how much ("hơi", a bit; "quá", so), both ways
_DEGREES_VI = {"a bit": "hơi", "a little": "hơi", "quite": "khá", "so": "quá", "very": "lắm", "really": "lắm"}
# the days since which one has had it, in English (and a weekday: "since Monday", "since last Monday")
_SINCE = {"yesterday", "last night", "this morning", "the day before yesterday", "yesterday morning",
          "yesterday afternoon", "yesterday evening", *LAST.values()}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngứa|chóng\s+mặt|táo\s+bón|phát\s+ban|nổi\s+(?:mẩn|ban)|nghẹt|ngạt|tắc\s+mũi|viêm\s+họng|"
                    r"mất\s+giọng|sưng|đỏ)"),
         "en": lazy(r"(?i:itchy|dizzy|constipated|rash|nose|throat|diarrh|voice|eyes)")}

_DAY = r"(?:\s+từ\s+(?P<day>[^,.!?]+?))?"
# who has it ("Tôi bị ngứa.", "Bạn có bị chóng mặt không?", "Tôi hơi chóng mặt.", "Cô ấy bị phát ban ở tay.")
_SAID = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<bi>bị)\s+|(?P<feel>(?:cảm\s+)?thấy)\s+)?"
             rf"(?:(?P<bit>hơi)\s+)?(?P<what>(?i:{alternatives(SYMPTOMS)}))(?:\s+(?:(?:ở|trên)\s+(?P<on>(?i:"
             rf"{alternatives(_ON)}))|(?P<all>khắp\s+người)))?(?:\s+(?P<much>quá|lắm))?{_DAY}(?:\s+(?P<done>rồi))?"
             rf"{ASKED_END}")
# whose eyes, skin, nose ("Mắt tôi bị đỏ và ngứa.", "Mũi con tôi bị nghẹt.")
_STATE = rf"(?i:{alternatives(_STATES)})"
_PART = lazy(rf"(?P<part>(?i:{alternatives(_PARTS)}))\s+(?:của\s+)?(?:(?P<whose>(?i:{alternatives(OWNERS)}))|"
             rf"(?P<someone>{SOMEONE}))\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:bị\s+)?(?:(?P<bit>hơi)\s+)?"
             rf"(?P<states>{_STATE}(?:\s+và\s+{_STATE})?)(?:\s+(?P<much>quá|lắm))?{_DAY}{ASKED_END}")

# ... and in English: "is", "do", "have" … after who or before, "not", "so" or "a bit", and since when
_AUX = r"(?P<aux>\s+(?:is|am|are|do|does|have|has)|['’](?:s|m|re|ve))?(?P<not>\s+not|n['’]t)?"
_DEGREE = r"(?:(?P<deg>so|very|really|quite|a\s+bit|a\s+little)\s+)?"
_SINCE_EN = r"(?:\s+since\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)"
_ADJ_EN = lazy(rf"(?:(?P<aux0>Is|Am|Are|Do|Does)\s+)?{WHO_EN}{_AUX}(?P<been>\s+been)?"
               rf"(?:\s+(?P<feel>feels?|feeling|felt))?\s+{_DEGREE}(?P<what>(?i:{alternatives(SYMPTOMS_VI)}))"
               rf"{_SINCE_EN}")
_HAD_EN = lazy(rf"(?:(?P<aux0>Do|Does|Have|Has)\s+)?{WHO_EN}{_AUX}\s+(?P<have>have|has|got|had)\s+"
               rf"(?P<what>(?i:{alternatives(_HAD_VI)}))(?:\s+(?:on\s+(?P<own>(?i:{WHOSE_WORDS}))\s+(?P<on>"
               rf"{alternatives(_ON_VI)})|all\s+over\s+(?P<own2>(?i:{WHOSE_WORDS}))\s+body))?{_SINCE_EN}")
_VOICE_EN = lazy(rf"(?:(?P<aux0>Have|Has)\s+)?{WHO_EN}{_AUX}\s+lost\s+(?P<own>(?i:{WHOSE_WORDS}))\s+voice"
                 r"\s*(?P<end>[.!?]*)")
_STATE_EN = rf"(?:{alternatives(_STATES_VI)})"
_PART_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?(?:(?P<own>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                rf"(?P<part>eyes|skin|scalp|nose)(?P<be>\s+is|\s+are|['’]s|['’]re|\s+(?:have|has)\s+been)?"
                rf"(?P<not>\s+not|n['’]t)?\s+{_DEGREE}(?P<states>{_STATE_EN}(?:\s+and\s+{_STATE_EN})?){_SINCE_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has a symptom (itchy, a rash, a blocked nose, dizzy, a
    lost voice …), or whose eyes, skin or nose are red, itchy or blocked; None for any other."""
    if src == "vi":
        return _has(text) or _part(text)
    return _adj_vi(text) or _had_vi(text) or _voice_vi(text) or _part_vi(text)


def _since(said: str | None, src: str) -> str | None:
    """A day behind that something has lasted since, in the other language: "hôm qua" → "yesterday", "từ sáng" →
    "this morning", "Monday" → "thứ Hai"; "" for none said, None for one not read, or not behind ("ngày mai")."""
    if not said:
        return ""
    if src == "vi":
        day = "this morning" if keyed(said) == "sáng" else (when(said, "vi", LAST) or "").removeprefix("on ")
        return day if day in _SINCE or day.removeprefix("last ") in EN_DAYS else None
    day = " ".join(said.split())
    return when(day, "en", LAST) if day.lower() in _SINCE or day.removeprefix("last ") in EN_DAYS else None


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose body or voice, in English, of who of a match of WHO said as `who_`: "my" for "tôi", "her" for "mẹ tôi",
    "his" for "Anh Nam"; None for "we", "they" (bodies, voices), a name alone, an animal, and one whose his or her
    mt.terms.his_her does not give ("con tôi", "Bạn Lan": not "their" for one person)."""
    if m["who"]:
        return None if who_ in ("we", "they") else EN_WHOSE.get(who_)
    if m["given"] or who_.endswith(("dog", "cat")):
        return None
    return his_her_of(m)


def _own(m: re.Match, who_: str, own: str) -> bool:
    """Whether whose (`own`) is who's, of a match of WHO_EN (in Vietnamese `who_`): "I … my", "my mother … her",
    "my child … their"; "his" or "her" after a name."""
    own = own.lower()
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == own and own not in ("our", "their")
    known = his_her(who_)
    return own in ("his", "her") and known in (None, own) or own == "their" and known is None and not m["given"]


def _has(text: str) -> str | None:
    """"Tôi bị ngứa." as "I'm itchy.", "Bạn có bị chóng mặt không?" as "Do you feel dizzy?", "Cô ấy bị phát ban ở
    tay." as "She has a rash on her arm.", "Tôi bị nghẹt mũi từ hôm qua." as "I've had a blocked nose since
    yesterday.", "Tôi bị mất giọng rồi." as "I've lost my voice." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (said := who(m, asked)):
        return None
    who_, one = said[0], be(said[0]) == "is"
    en, kind = SYMPTOMS[keyed(m["what"])]
    degree = "a bit " if m["bit"] else "so " if m["much"] else ""
    day, placed = _since(m["day"], "vi"), m["on"] or m["all"]
    if day is None or not (m["bi"] or m["feel"] or degree and kind != "have") or (degree or m["feel"]) and kind in (
            "have", "lost") or placed and en != "a rash" or m["done"] and kind != "lost" or (day or degree) and (
            asked or m["not"]) or day and kind == "lost":
        return None
    whose = _whose(m, who_) if placed or kind == "lost" else ""
    if whose is None:
        return None
    if kind == "lost":
        if asked:
            return f"{'Has' if one else 'Have'} {who_} lost {whose} voice?"
        have = f"{'hasn' if one else 'haven'}'t" if m["not"] else "has" if one else "have"
        return capitalised(contracted(who_, f"{have} lost {whose} voice{stop(m['end'])}"))
    where = f" on {whose} {_ON[keyed(m['on'])]}" if m["on"] else f" all over {whose} body" if m["all"] else ""
    if day:
        been = "had" if kind == "have" else "been feeling" if kind == "feel" else "been"
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {been} {en}{where} since {day}."))
    if kind == "be" and not m["feel"]:
        if asked:
            return f"{be(who_).capitalize()} {who_} {en}?"
        return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {degree}{en}{stop(m['end'])}"))
    verb = "have" if kind == "have" else "feel"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {verb} {en}{where}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {en}{where}{stop(m['end'])}")
    verb = ("has" if verb == "have" else "feels") if one else verb
    return capitalised(f"{who_} {verb} {degree}{en}{where}{stop(m['end'])}")


def _part(text: str) -> str | None:
    """"Mắt tôi bị đỏ và ngứa." as "My eyes are red and itchy.", "Mũi bạn có bị nghẹt không?" as "Is your nose
    blocked?", "Da tôi ngứa quá." as "My skin is so itchy." (_PART); None for anything else, and for a state the part
    does not take ("Mũi tôi bị đỏ.")."""
    m = _PART.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    part = _PARTS[keyed(m["part"])]
    states = [_STATES[keyed(s)] for s in re.split(r"\s+và\s+", m["states"])]
    named = OWNERS[keyed(m["whose"])] if m["whose"] else someone(m["someone"], "vi")
    degree = "a bit " if m["bit"] else "so " if m["much"] else ""
    day = _since(m["day"], "vi")
    if not named or day is None or not set(states) <= _OF[part] or len(set(states)) < len(states) or (
            day or degree) and (asked or m["not"]) or degree and day:
        return None
    whose = named if m["whose"] else f"{named}'s"
    said, be_ = " and ".join(states), "are" if part == "eyes" else "is"
    if asked:
        return f"{be_.capitalize()} {whose} {part} {said}?"
    if day:
        return capitalised(f"{whose} {part} {'have' if part == 'eyes' else 'has'} been {said} since {day}.")
    not_ = "n't" if m["not"] else ""
    return capitalised(f"{whose} {part} {be_}{not_} {degree}{said}{stop(m['end'])}")


def _aux(m: re.Match) -> tuple[str, str, bool]:
    """The words before what is had in a match of _ADJ_EN, _HAD_EN, _VOICE_EN, as typed in small letters: the one
    before who ("do"), the one after ("'s", "has"), and whether "not" is said."""
    def said(w: str | None) -> str:
        return " ".join((w or "").lower().replace("’", "'").split())
    return said(m["aux0"]), said(m["aux"]), bool(m["not"])


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether "is", "am", "are", "do", "does", "have", "has" (contracted or not: "'s" as "has") agrees with who (in
    Vietnamese `who_`, `one` as mt.hobbies.who_vi gives them)."""
    if word in ("do", "have", "'ve", "does", "has"):
        return (word in ("does", "has")) == one
    return be_said(word) == be_of(who_, one)


def _degree_vi(m: re.Match, what: str) -> str:
    """A state with how much, in Vietnamese: "hơi chóng mặt" (a bit), "ngứa quá" (so); "bị ngứa" for none said."""
    said = _DEGREES_VI[" ".join(m["deg"].lower().split())] if m["deg"] else ""
    return f"{said} {what}" if said in ("hơi", "khá") else f"{what} {said}" if said else f"bị {what}"


def _adj_vi(text: str) -> str | None:
    """"I'm itchy." as "Tôi bị ngứa.", "Do you feel dizzy?" as "Bạn có bị chóng mặt không?", "She's been feeling dizzy
    since this morning." as "Cô ấy bị chóng mặt từ sáng nay." (_ADJ_EN); None for anything else, and where "is",
    "does", "feels", "has" does not agree with who."""
    m = _ADJ_EN.fullmatch(text)
    if not m or (day := _since(m["day"], "en")) is None:
        return None
    (aux0, aux, not_), (who_, one) = _aux(m), who_vi(m)
    feel, asked, verb = (m["feel"] or "").lower(), "?" in m["end"], aux0 or aux
    what = SYMPTOMS_VI[m["what"].lower()]
    since = bool(m["been"] or feel == "felt")
    if since:  # ("I've been dizzy since …", "She's been feeling dizzy since …", "I've felt dizzy since …")
        ok = not aux0 and aux in ("have", "'ve", "has", "'s") and feel in ("", "feeling", "felt") and not (
            m["been"] and feel == "felt")
        word = aux.replace("'s", "has")
    elif feel == "feeling":  # ("I'm feeling dizzy.", "Are you feeling dizzy?")
        ok, word = be_said(verb) in ("is", "am", "are"), verb
    elif feel:  # ("I feel dizzy.", "Do you feel dizzy?", "She doesn't feel dizzy.")
        ok = not (verb and feel == "feels") and (
            aux0 in ("do", "does") or aux in ("do", "does") and not_ or not verb and not not_)
        word = verb or ("does" if feel == "feels" else "do")
    else:  # ("I'm itchy.", "Are you itchy?", "She isn't constipated.")
        ok, word = be_said(verb) in ("is", "am", "are"), verb
    if not ok or bool(aux0) != asked or aux0 and (aux or not_) or bool(day) != since or (
            day or m["deg"]) and (asked or not_) or not _agrees(word, who_, one):
        return None
    if day:
        return capitalised(f"{who_} bị {what} từ {day}.")
    if asked:
        return capitalised(f"{who_} có bị {what} không?")
    return capitalised(f"{who_} không bị {what}." if not_ else f"{who_} {_degree_vi(m, what)}{stop(m['end'])}")


def _where_vi(m: re.Match, who_: str) -> str | None:
    """Where a rash is, of a match of _HAD_EN, in Vietnamese: " ở tay" ("on her arm"), " khắp người" ("all over my
    body"); "" for none said, None where whose is not who's ("She has a rash on my arm.")."""
    own = m["own"] or m["own2"]
    if own is None:
        return ""
    if not _own(m, who_, own):
        return None
    return f" ở {_ON_VI[m['on'].lower()]}" if m["on"] else " khắp người"


def _had_vi(text: str) -> str | None:
    """"I've got a rash." as "Tôi bị phát ban.", "She has a rash on her arm." as "Cô ấy bị phát ban ở tay.", "Have you
    got a sore throat?" as "Bạn có bị đau họng không?", "I've had diarrhoea since yesterday." as "Tôi bị tiêu chảy từ
    hôm qua." (_HAD_EN); None for anything else, and where "has", "does" does not agree with who."""
    m = _HAD_EN.fullmatch(text)
    if not m or (day := _since(m["day"], "en")) is None:
        return None
    (aux0, aux, not_), (who_, one), have = _aux(m), who_vi(m), m["have"]
    asked, where = "?" in m["end"], _where_vi(m, who_)
    forms = {("", "", "have"), ("", "", "has"), ("", "have", "got"), ("", "'ve", "got"), ("", "has", "got"),
             ("", "'s", "got"), ("", "do", "have"), ("", "does", "have"), ("do", "", "have"), ("does", "", "have"),
             ("have", "", "got"), ("has", "", "got"), ("", "have", "had"), ("", "'ve", "had"), ("", "has", "had"),
             ("", "'s", "had")}
    if (aux0, aux, have) not in forms or where is None or bool(aux0) != asked or bool(day) != (have == "had") or (
            day and not_) or not _agrees((aux0 or aux or have).replace("'s", "has"), who_, one) or aux in (
            "do", "does") and not not_ or not aux and not aux0 and not_ or have == "has" and (aux0 or aux):
        return None
    what = _HAD_VI[" ".join(m["what"].lower().split())]
    if asked:
        return capitalised(f"{who_} có bị {what}{where} không?")
    day = f" từ {day}" if day else ""
    return capitalised(f"{who_} {'không ' * not_}bị {what}{where}{day}{stop(m['end'])}")


def _voice_vi(text: str) -> str | None:
    """"I've lost my voice." and "I lost my voice." as "Tôi bị mất giọng.", "Has she lost her voice?" as "Cô ấy có bị
    mất giọng không?" (_VOICE_EN); None for anything else, whose not who's, "has" not agreeing."""
    m = _VOICE_EN.fullmatch(text)
    if not m:
        return None
    (aux0, aux, not_), (who_, one) = _aux(m), who_vi(m)
    word = (aux0 or aux).replace("'s", "has")
    if bool(aux0) != ("?" in m["end"]) or aux0 and (aux or not_) or word not in ("", "have", "'ve", "has") or not (
            word and _agrees(word, who_, one) or not word and not not_) or not _own(m, who_, m["own"]):
        return None
    if aux0:
        return capitalised(f"{who_} có bị mất giọng không?")
    return capitalised(f"{who_} {'không ' * not_}bị mất giọng{stop(m['end'])}")


def _part_vi(text: str) -> str | None:
    """"My eyes are red and itchy." as "Mắt tôi bị đỏ và ngứa.", "Is your nose blocked?" as "Mũi bạn có bị nghẹt
    không?", "My mother's eyes have been red since yesterday." as "Mắt mẹ tôi bị đỏ từ hôm qua." (_PART_EN); None for
    anything else, and where "is", "are" does not agree with the part."""
    m = _PART_EN.fullmatch(text)
    if not m or (day := _since(m["day"], "en")) is None:
        return None
    part, asked = m["part"], "?" in m["end"]
    states = [s.lower() for s in re.split(r"\s+and\s+", m["states"])]
    be_ = be_said(m["be0"] or m["be"] or "").split()
    many = part == "eyes"
    whose = WHOSE_VI[m["own"].lower()] if m["own"] else someone(m["someone"], "en")
    if not whose or not set(states) <= _OF[part] or len({_STATES_VI[s] for s in states}) < len(states) or bool(
            m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or not be_ or be_[0] not in (
            ("are", "have") if many else ("is", "has")) or bool(day) != (be_[-1] == "been") or (day or m["deg"]) and (
            asked or m["not"]):
        return None
    said = " và ".join(_STATES_VI[s] for s in states)
    head = f"{_PARTS_VI[part]} {whose}"
    if asked:
        return capitalised(f"{head} có bị {said} không?")
    if day:
        return capitalised(f"{head} bị {said} từ {day}.")
    return capitalised(f"{head} {'không bị ' if m['not'] else ''}{_degree_vi(m, said) if not m['not'] else said}"
                       f"{stop(m['end'])}")
