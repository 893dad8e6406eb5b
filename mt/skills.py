"""What someone can do, said or asked, and how well someone speaks a language or does a skill, written whole by rule.
Vietnamese says what one can do with "biết" (knows how to) or "được" after the verb, which v6 reads as knowing: "Tôi
không biết bơi." → "I don't know swimming.", "Anh ấy biết lái xe." → "He knows driving.", "Bạn có biết nói tiếng Việt
không?" → "Do you know Vietnamese?", "Tôi biết nói một chút tiếng Anh." → "I know some English.", "Con tôi biết đi xe
đạp rồi." → "I know the bicycle."; learning to do it: "Tôi đang học lái xe." → "I'm learning driving.", "Con tôi đang
học đi xe đạp." → "I'm studying bicycles."; how well, both ways: "Tôi nói tiếng Việt không giỏi lắm." → "I speak
Vietnamese not very good.", "I don't speak Vietnamese very well." → "Tôi không nói tiếng Việt rất tốt." (very well,
negated), "Anh ấy chơi bóng đá rất giỏi." → "He plays very good football.", "He's a good cook." → "Anh ta là một con nấu
ăn giỏi." (a creature).

A sentence is taken only when what is done is one of _SKILLS or speaking a language of _LANGUAGES; who as in
mt/hobbies.py, or parents and grandparents with whose (mt.people.PARENTS_WHOSE, PARENTS_WHOSE_EN), the verb plural: v8
"Bố mẹ tôi nấu ăn rất ngon." → "My parents cook very good.", "My parents are good cooks." → "Cha mẹ tôi rất thích nấu
ăn." (like cooking); "My parents cooks well.", "My parents are a good cook.", "My parents is …" are not taken, nor a
"don't" or "doesn't" that does not agree with who. mt.phrasebook.translate tries these after mt/birthdays.py.

    >>> translate("Bạn có biết nói tiếng Việt không?", "vi", "en"), translate("Tôi không biết bơi.", "vi", "en")
    ('Can you speak Vietnamese?', "I can't swim.")
    >>> translate("She doesn't speak English very well.", "en", "vi")
    'Cô ấy nói tiếng Anh không giỏi lắm.'
"""
from __future__ import annotations

import re

from .hobbies import ACTIVITIES_VI, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .nations import NATIONALITIES
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .tense import said_of_one
from .text import alternatives, be, be_said, capitalised, keyed, regular_plural

_SKILLS = {"bơi": "swim", "lái xe": "drive", "lái ô tô": "drive a car", "lái xe máy": "ride a motorbike",
           "đi xe máy": "ride a motorbike", "đi xe đạp": "ride a bike", "nấu ăn": "cook", "hát": "sing",
           "nhảy": "dance", "vẽ": "draw", "chơi đàn ghi-ta": "play the guitar", "chơi ghi-ta": "play the guitar",
           "chơi guitar": "play the guitar", "chơi đàn piano": "play the piano", "chơi piano": "play the piano",
           "chơi cờ": "play chess", "đọc": "read", "viết": "write", "đọc và viết": "read and write",
           "dùng đũa": "use chopsticks", "ăn cay": "eat spicy food", "trượt tuyết": "ski", "lặn": "dive",
           "dùng máy tính": "use a computer", "sửa xe": "fix a bike", "bơi lội": "swim",
           "chơi bóng đá": "play football", "đá bóng": "play football", "chơi cầu lông": "play badminton",
           "chơi quần vợt": "play tennis", "chơi bóng rổ": "play basketball", "chơi bóng chuyền": "play volleyball"}
_SKILLS_VI = {en: vi for vi, en in reversed(_SKILLS.items())}
_DOES_VI = {said_of_one(en): vi for en, vi in _SKILLS_VI.items()}  # ("She cooks very well.")
# how well said in Vietnamese of a skill: singing is "hay", cooking "ngon" (tasty), the rest "giỏi"
_WELL_VI = {"hát": "hay", "nấu ăn": "ngon"}
# ... and a doer who is good, or good at it ("He's a good cook." → "Anh ta là một con nấu ăn giỏi.", a creature;
# "I'm not very good at badminton." → "Tôi không tốt ở cái badminton.")
_DOERS_VI = {"cook": "nấu ăn", "swimmer": "bơi", "singer": "hát", "dancer": "nhảy", "driver": "lái xe",
             "football player": "chơi bóng đá", "tennis player": "chơi quần vợt"}
_DOERS_PLURAL_VI = {regular_plural(en): vi for en, vi in _DOERS_VI.items()}  # ("My parents are good cooks.")
_GOOD_AT_VI = {doing: ACTIVITIES_VI[doing] for doing in ("cooking", "swimming", "singing", "dancing", "drawing")} | {
    "driving": "lái xe", "football": "chơi bóng đá", "soccer": "chơi bóng đá", "badminton": "chơi cầu lông",
    "tennis": "chơi quần vợt", "basketball": "chơi bóng rổ", "volleyball": "chơi bóng chuyền", "chess": "chơi cờ"}
# a language, "tiếng" and a country's word (mt.nations.NATIONALITIES: "tiếng Pháp", French), and those it names
# otherwise
_LANGUAGES = {f"tiếng {vi}": en for vi, en in NATIONALITIES.items() if vi not in ("Mỹ", "Anh", "Úc", "Canada")} | {
    "tiếng Anh": "English", "tiếng Hoa": "Chinese", "tiếng Trung": "Chinese", "tiếng Hàn": "Korean"}
LANGUAGE_OF = {keyed(vi): en for vi, en in _LANGUAGES.items()}  # ("tiếng anh" typed)
LANGUAGES_VI = {en: vi for vi, en in reversed(_LANGUAGES.items())} | {
    "Vietnamese": "tiếng Việt", "Chinese": "tiếng Trung", "Korean": "tiếng Hàn", "Thai": "tiếng Thái"}
# who: mt.hobbies' WHO, WHO_EN, or someone's parents or grandparents ("bố mẹ tôi", "your grandparents": _who, _who_vi
# say them, and that the verb is plural)
_WHO, _WHO_EN = rf"(?:{PARENTS_WHOSE}|{WHO})", rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
_LITTLE = r"(?:(?P<little>một\s+chút|một\s+ít|chút\s+ít|chút\s+chút)\s+)?"
_LANGUAGE = rf"(?P<lang>(?i:tiếng)\s+(?:{alternatives(k.split(' ', 1)[1] for k in _LANGUAGES)}))"
_END = r"(?:\s+(?P<now>rồi))?(?:\s+(?P<asked>không)|\s+(?P<yet>chưa))?(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)"
_CAN = [
    # "Tôi không biết bơi.", "Bạn có biết nói tiếng Việt không?", "Tôi biết một chút tiếng Anh."
    lazy(rf"{_WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<ask>có|đã)\s+)?biết\s+"
         rf"(?:(?P<skill>(?i:{alternatives(_SKILLS)}))|(?:nói\s+)?{_LITTLE}{_LANGUAGE}){_END}"),
    # "Tôi nói được tiếng Anh.", "Bạn nói tiếng Việt được không?", "Tôi bơi được."
    lazy(rf"{_WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<ask>có)\s+)?(?:(?P<skill>(?i:{alternatives(_SKILLS)}))\s+được"
         rf"|nói\s+(?P<can>được\s+)?{_LITTLE}{_LANGUAGE}(?P<can2>\s+được)?){_END}"),
]

# how well ("Tôi nói tiếng Việt không giỏi lắm.", "Bạn nói tiếng Anh giỏi quá!"; "I don't speak Vietnamese very well.")
# ("Anh ấy chơi bóng đá rất giỏi." → "He plays very good football.", "Cô ấy nấu ăn rất ngon." → "She cooked very
# good."; "He's a good cook." → "Anh ta là một con nấu ăn giỏi.")
_HOW_WELL = lazy(rf"{_WHO}\s+(?:nói\s+{_LANGUAGE}|(?P<skill>(?i:{alternatives(_SKILLS)})))\s+"
                 r"(?:(?P<not>không|chưa)\s+)?(?:(?P<very>rất|khá)\s+)?"
                 r"(?P<well>giỏi|tốt|hay|ngon)(?:\s+(?P<much>lắm|quá))?\s*(?P<end>[.!]*)")
_HOW_WELL_EN = lazy(rf"{_WHO_EN}\s+"
                    r"(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?"
                    rf"(?:(?P<speaks>speaks?)\s+(?P<lang>{alternatives(LANGUAGES_VI)})|"
                    rf"(?P<does>{alternatives(_SKILLS_VI)}|{alternatives(_DOES_VI)}))\s+"
                    r"(?:(?P<very>very|really|quite)\s+)?well\s*(?P<end>[.!]*)")
_GOOD_EN = lazy(rf"{_WHO_EN}\s*(?P<be>['’]s|['’]m|['’]re|\s+is|\s+am|\s+are)\s+(?P<not>not\s+)?(?P<a>a\s+)?"
                r"(?:(?P<very>very|really|quite)\s+)?good\s+(?:(?P<doer>"
                rf"{alternatives(_DOERS_VI)})|(?P<doers>{alternatives(_DOERS_PLURAL_VI)})|"
                rf"at\s+(?P<at>{alternatives(_GOOD_AT_VI)}))\s*(?P<end>[.!]*)")

# learning to do it ("Tôi đang học bơi.", "Tôi muốn học lái xe máy.", "Tôi mới bắt đầu học nấu ăn.")
_LEARNING = lazy(rf"{_WHO}\s+(?:(?P<now>đang)\s+|(?P<want>muốn)\s+|(?P<begun>mới\s+bắt\s+đầu)\s+)?học\s+"
                 rf"(?P<skill>(?i:{alternatives(_SKILLS)}))\s*(?P<end>[.!]*)")
_BE = {"I": "I'm", "you": "you're", "we": "we're", "they": "they're", "he": "he's", "she": "she's"}


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone can do, or how well they speak a language or do a
    skill; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _can(text) or _how_well(text) or _learning(text)
    return _how_well_vi(text) or _good_vi(text) if (src, tgt) == ("en", "vi") else None


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "does": mt.hobbies.who, or ("my parents", False)."""
    return (parents_said(m, "en"), False) if m["parents"] else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English said it with "-s": mt.hobbies.who_vi, or ("bố mẹ
    tôi", False)."""
    return (parents_said(m, "vi"), False) if m["parents"] else who_vi(m)


def _can(text: str) -> str | None:
    """"Tôi không biết bơi." as "I can't swim.", "Bạn nói được tiếng Việt không?" as "Can you speak Vietnamese?",
    "Con tôi biết đi xe đạp rồi." as "My child can ride a bike now." (_CAN); None for anything else."""
    m = next((m for p in _CAN if (m := p.fullmatch(text))), None)
    asked = m and bool(m["asked"] or m["yet"])
    if not m or asked != ("?" in m["end"]) or (m["ask"] and not asked) or (m["not"] and (asked or m["now"])):
        return None
    if "can" in m.groupdict() and m["lang"] and bool(m["can"]) == bool(m["can2"]):
        return None  # "nói" with "được" once, before the language or after it
    if not (said := _who(m, asked)):
        return None
    who_, _ = said
    if m["skill"]:
        doing = _SKILLS[keyed(m["skill"])]
    else:
        language = LANGUAGE_OF[keyed(m["lang"])]
        doing = f"speak {'a little ' if m['little'] else ''}{language}"
    if asked:
        return f"Can {who_} {doing}{' yet' if m['yet'] else ''}?"
    if m["not"]:
        return capitalised(f"{who_} can't {doing}{' yet' if m['not'] == 'chưa' else ''}.")
    return capitalised(f"{who_} can {doing}{' now' if m['now'] else ''}.")


def _how_well(text: str) -> str | None:
    """"Tôi nói tiếng Việt không giỏi lắm." as "I don't speak Vietnamese very well.", "Bạn nói tiếng Anh giỏi quá!" as
    "You speak English very well!" (_HOW_WELL); None for anything else."""
    m = _HOW_WELL.fullmatch(text)
    if not m or m["not"] and m["very"] or not (said := _who(m, False)):
        return None
    who_, one = said
    skill = keyed(m["skill"] or "")
    if m["well"] in ("hay", "ngon") and _WELL_VI.get(skill) != m["well"]:
        return None  # (said of singing and of cooking only: "bơi rất ngon" is not said)
    doing = _SKILLS[skill] if skill else f"speak {LANGUAGE_OF[keyed(m['lang'])]}"
    end = m["end"] or "."
    if m["not"]:
        very, yet = " very" if m["much"] else "", " yet" if m["not"] == "chưa" else ""
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {doing}{very} well{yet}{end}")
    very = {"rất": " very", "khá": " quite", None: ""}[m["very"]] or (" very" if m["much"] else "")
    return capitalised(f"{who_} {said_of_one(doing) if one else doing}{very} well{end}")


def _how_well_vi(text: str) -> str | None:
    """"I don't speak Vietnamese very well." as "Tôi nói tiếng Việt không giỏi lắm.", "She speaks English very well."
    as "Cô ấy nói tiếng Anh rất giỏi." (_HOW_WELL_EN); None for anything else."""
    m = _HOW_WELL_EN.fullmatch(text)
    if not m or (m["speaks"] == "speaks" or m["does"] in _DOES_VI) != (_who_vi(m)[1] and not m["not"]):
        return None  # ("He cook well.", "She doesn't cooks well.")
    if m["not"] and m["not"].lower().startswith("does") != _who_vi(m)[1]:
        return None  # ("My parents doesn't speak English well.", "He don't …")
    doing = _SKILLS_VI.get(m["does"]) or _DOES_VI.get(m["does"]) if m["does"] else f"nói {LANGUAGES_VI[m['lang']]}"
    return _well(_who_vi(m)[0], doing, bool(m["not"]), m["very"], m["end"])


def _good_vi(text: str) -> str | None:
    """"He's a good cook." as "Anh ấy nấu ăn ngon.", "I'm not very good at badminton." as "Tôi chơi cầu lông không
    giỏi lắm." (_GOOD_EN); None for anything else."""
    m = _GOOD_EN.fullmatch(text)
    if not m:
        return None
    if m["parents"] and (be_said(m["be"]) != "are" or m["a"] or m["doer"]) or m["doers"] and not m["parents"]:
        return None  # (parents: "are", and good cooks; "We're good cooks.", "you": one or more, left as before)
    doing = _DOERS_VI[m["doer"]] if m["doer"] else _DOERS_PLURAL_VI[m["doers"]] if m["doers"] else _GOOD_AT_VI[m["at"]]
    return _well(_who_vi(m)[0], doing, bool(m["not"]), m["very"], m["end"])


def _well(who_: str, doing: str, negated: bool, very: str | None, end: str) -> str:
    """Who does it how well, in Vietnamese: "Cô ấy hát rất hay.", "Tôi nói tiếng Việt không giỏi lắm."."""
    well = _WELL_VI.get(doing, "giỏi")
    if negated:
        return capitalised(f"{who_} {doing} không {well}{' lắm' if very else ''}{end or '.'}")
    very = {"very": "rất ", "really": "rất ", "quite": "khá ", None: ""}[very]
    return capitalised(f"{who_} {doing} {very}{well}{end or '.'}")


def _learning(text: str) -> str | None:
    """"Tôi đang học lái xe." as "I'm learning to drive.", "Tôi muốn học nấu ăn." as "I want to learn to cook.", "Tôi
    mới bắt đầu học bơi." as "I've just started learning to swim." (_LEARNING); None for anything else."""
    m = _LEARNING.fullmatch(text)
    if not m or not (said := _who(m, False)):
        return None
    who_, one = said
    doing, end = _SKILLS[keyed(m["skill"])], m["end"] or "."
    if m["want"]:
        return capitalised(f"{who_} want{'s' * one} to learn to {doing}{end}")
    if m["begun"]:
        have = "has" if one else "have"
        return capitalised(f"{who_} {have} just started learning to {doing}{end}")
    return capitalised(f"{_BE.get(who_) or who_ + ' ' + be(who_)} learning to {doing}{end}")  # ("my parents are")
