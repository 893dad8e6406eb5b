"""What someone likes doing, and their hobbies, said or asked, both ways, written whole by rule. v6 gets the
activities wrong: "Sở thích của anh ấy là chụp ảnh." → "His favorite was a photograph.", "Tôi thích chụp ảnh." → "I
like a screenshot.", "Tôi thích đọc sách và nghe nhạc." → "I like to read and hear music."; "What are your hobbies?" →
"Các chăm sóc của bạn là gì?", "My hobby is taking photos." → "Tôi thích chụp ảnh." (I like taking photos).

A sentence is taken only when every activity in it is one of ACTIVITIES (any other is left to the model); who is a
pronoun (mt.ever.PRONOUNS: "anh", "chị" … are "you" only asking), or kin with whose after it (mt.people.NAMED_WHO:
"Bố tôi"). mt.phrasebook.translate tries these after mt/family.py.

    >>> translate("Sở thích của tôi là đọc sách và nghe nhạc.", "vi", "en")
    'My hobbies are reading and listening to music.'
    >>> translate("Do you like taking photos?", "en", "vi")
    'Bạn có thích chụp ảnh không?'
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .people import KIN_VI, NAMED_WHO
from .terms import OWNERS, WHOSE_VI
from .text import EN_WHO_VI, alternatives, capitalised, keyed

# what people do for fun, and how English says it after "like" (the first English of each is written back)
ACTIVITIES = {
    "đọc sách": "reading", "nghe nhạc": "listening to music", "xem phim": "watching films", "chụp ảnh": "taking photos",
    "nấu ăn": "cooking", "đi du lịch": "travelling", "du lịch": "travelling", "bơi": "swimming", "bơi lội": "swimming",
    "đi bơi": "swimming", "chơi bóng đá": "playing football", "đá bóng": "playing football",
    "chơi bóng rổ": "playing basketball", "chơi cầu lông": "playing badminton", "chơi quần vợt": "playing tennis",
    "chơi tennis": "playing tennis", "chơi game": "playing video games", "chơi điện tử": "playing video games",
    "chơi đàn ghi-ta": "playing the guitar", "chơi ghi-ta": "playing the guitar", "chơi guitar": "playing the guitar",
    "chơi đàn piano": "playing the piano", "chơi piano": "playing the piano", "vẽ": "drawing", "vẽ tranh": "painting",
    "hát": "singing", "ca hát": "singing", "nhảy": "dancing", "khiêu vũ": "dancing", "đi bộ": "walking",
    "chạy bộ": "running", "đạp xe": "cycling", "câu cá": "fishing", "đi câu cá": "fishing", "làm vườn": "gardening",
    "mua sắm": "shopping", "đi mua sắm": "shopping", "leo núi": "hiking", "đi leo núi": "hiking",
    "cắm trại": "camping", "đi cắm trại": "camping", "tập thể dục": "exercising", "tập yoga": "doing yoga",
    "học ngoại ngữ": "learning languages", "xem ti vi": "watching TV", "xem tivi": "watching TV",
    "chơi cờ": "playing chess", "đánh cờ": "playing chess", "đi dạo": "going for walks", "đan len": "knitting",
    "viết lách": "writing", "học tiếng Anh": "learning English", "đi chơi với bạn bè": "going out with friends",
}
ACTIVITIES_VI = {en: vi for vi, en in reversed(ACTIVITIES.items())} | {
    "reading books": "đọc sách", "watching movies": "xem phim", "taking pictures": "chụp ảnh",
    "photography": "chụp ảnh", "traveling": "đi du lịch", "playing soccer": "chơi bóng đá",
    "playing games": "chơi game", "playing guitar": "chơi ghi-ta", "playing piano": "chơi piano", "jogging": "chạy bộ",
    "going shopping": "đi mua sắm", "going swimming": "đi bơi", "going fishing": "đi câu cá",
    "going camping": "đi cắm trại", "working out": "tập thể dục", "going out with my friends": "đi chơi với bạn bè",
    "listening to songs": "nghe nhạc"}
# (keyed, for "tiếng anh" typed for "tiếng Anh")
_ACTIVITIES_KEYED = {keyed(k): v for k, v in ACTIVITIES.items()}
_ACTIVITIES_VI_KEYED = {keyed(k): v for k, v in ACTIVITIES_VI.items()}
_DOING, _DOING_EN = rf"(?i:{alternatives(ACTIVITIES)})", rf"(?i:{alternatives(ACTIVITIES_VI)})"
_DOINGS = rf"(?P<doings>{_DOING}(?:(?:\s*,\s*|\s+(?:và|với|hoặc)\s+){_DOING})*)"
_DOINGS_EN = rf"(?P<doings>{_DOING_EN}(?:(?:\s*,\s*|,?\s+(?:and|or)\s+){_DOING_EN})*)"
_END = r"(?:\s+(?P<much>lắm))?(?:\s+ạ)?\s*(?P<end>[.!?]*)"
WHO = (rf"(?:(?P<who>(?i:{alternatives(PRONOUNS)}))|(?P<kin>(?i:{alternatives(NAMED_WHO)}))\s+(?:của\s+)?"
        rf"(?P<whose>(?i:{alternatives(OWNERS)})))")
# a hobby ("Sở thích của tôi là nấu ăn.", "Tôi có sở thích là nấu ăn."), asked ("Sở thích của bạn là gì?")
_HOBBY = [re.compile(rf"[Ss]ở\s+thích\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))\s+là\s+"
                     rf"(?:{_DOINGS}|(?P<what>gì)){_END}"),
          re.compile(rf"(?P<whose>(?i:{alternatives(OWNERS)}))\s+có\s+sở\s+thích\s+(?:là\s+)?{_DOINGS}{_END}")]
# who likes doing it ("Tôi rất thích nấu ăn.", "Bạn có thích chụp ảnh không?", "Anh ấy không thích bơi.")
_LIKES = {"thích": "like", "mê": "love", "yêu thích": "love", "ghét": "hate"}
_LIKING = re.compile(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?"
                     rf"(?P<likes>{alternatives(_LIKES)})\s+{_DOINGS}(?:\s+(?P<asked>không))?{_END}")
_HOBBY_EN = re.compile(rf"(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+(?:favou?rite\s+)?hobb(?:y\s+is|ies\s+are)\s+"
                       rf"{_DOINGS_EN}\s*(?P<end>[.!?]*)|"
                       rf"(?P<what>What)(?:['’]s|\s+is|\s+are)\s+(?P<whose2>your|his|her|their)\s+"
                       r"(?:favou?rite\s+)?hobb(?:y|ies)\s*\?+")
_LIKES_EN = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
# who in English: a pronoun, or kin with whose before it ("My mother likes fishing.")
WHO_EN = (rf"(?:(?P<who>(?i:{alternatives(EN_WHO_VI)}))|(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+"
          rf"(?P<kin>{alternatives(KIN_VI)}))")
_LIKING_EN = re.compile(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+"
                        rf"(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?"
                        rf"(?P<likes>(?:{alternatives(_LIKES_EN)})s?)\s+{_DOINGS_EN}\s*(?P<end>[.!?]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks someone's hobbies or what they like doing; None for any
    other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _hobby(text) or _liking(text)
    return _hobby_vi(text) or _liking_vi(text) if (src, tgt) == ("en", "vi") else None


def _listed(doings: str, table: dict[str, str], joins: dict[str, str]) -> tuple[str, int]:
    """The activities of `doings` in the other language (`table` keyed by mt.text.keyed), joined as it joins a list,
    and how many there are."""
    parts = re.split(rf"\s*,\s*(?:{'|'.join(joins)}\s+)?|\s+(?:{'|'.join(joins)})\s+", doings)
    said = [table[keyed(p)] for p in parts]
    last = joins[re.findall(rf"(?<!\w)(?:{'|'.join(joins)})(?!\w)", doings)[-1]] if len(said) > 1 else ""
    return (f"{', '.join(said[:-1])} {last} {said[-1]}" if last else said[0]), len(said)


def _hobby(text: str) -> str | None:
    """"Sở thích của tôi là nấu ăn." as "My hobby is cooking.", "Sở thích của bạn là gì?" as "What are your
    hobbies?" (_HOBBY); None for anything else."""
    m = next((m for p in _HOBBY if (m := p.fullmatch(text))), None)
    asked = m and m.groupdict().get("what")
    if not m or bool(asked) != ("?" in m["end"]):
        return None
    whose = OWNERS[keyed(m["whose"])]
    if asked:
        return f"What are {whose} hobbies?"
    doings, n = _listed(m["doings"], _ACTIVITIES_KEYED, {"và": "and", "với": "and", "hoặc": "and"})
    return capitalised(f"{whose} {'hobby is' if n == 1 else 'hobbies are'} {doings}.")


def _liking(text: str) -> str | None:
    """"Tôi rất thích nấu ăn." as "I really like cooking.", "Bạn có thích chụp ảnh không?" as "Do you like taking
    photos?" (_LIKING); None for anything else."""
    m = _LIKING.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or (m["ask"] and not m["asked"]) or (m["much"] and m["not"]):
        return None
    if not (said := who(m, bool(m["asked"]))):
        return None
    who_, one = said
    likes = _LIKES[keyed(m["likes"])]
    doings, _ = _listed(m["doings"], _ACTIVITIES_KEYED, {"và": "and", "với": "and", "hoặc": "or"})
    if m["asked"]:  # "Bạn thích đọc sách không?", with "có" or without
        return f"{'Does' if one else 'Do'} {who_} {likes} {doings}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {likes} {doings}.")
    very = "really " if m["very"] or m["much"] else ""
    return capitalised(f"{who_} {very}{likes}{'s' * one} {doings}.")


def who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of WHO_EN in Vietnamese ("mẹ tôi" for "my mother"), and whether English said it with "-s"."""
    if m["kin"]:
        return f"{KIN_VI[m['kin'].lower()]} {WHOSE_VI[m['whose'].lower()]}", True
    return EN_WHO_VI[m["who"].lower()], m["who"].lower() in ("he", "she")


def who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether it takes "does" ("my father", "he"); None for a word of kinship
    that is "you" only asking ("Anh thích đọc sách." may be the speaker)."""
    if m["kin"]:
        return f"{OWNERS[keyed(m['whose'])]} {NAMED_WHO[keyed(m['kin'])]}", True
    said = PRONOUNS[keyed(m["who"])]
    if said == "you" and keyed(m["who"]) != "bạn" and not asked:
        return None
    return said, said in ("he", "she")


def _hobby_vi(text: str) -> str | None:
    """"My hobby is cooking." as "Sở thích của tôi là nấu ăn.", "What are your hobbies?" as "Sở thích của bạn là
    gì?" (_HOBBY_EN); None for anything else."""
    m = _HOBBY_EN.fullmatch(text)
    if not m:
        return None
    if m["what"]:
        return f"Sở thích của {WHOSE_VI[m['whose2'].lower()]} là gì?"
    doings, _ = _listed(m["doings"], _ACTIVITIES_VI_KEYED, {"and": "và", "or": "và"})
    return f"Sở thích của {WHOSE_VI[m['whose'].lower()]} là {doings}{m['end'] or '.'}"


def _liking_vi(text: str) -> str | None:
    """"I like reading and cooking." as "Tôi thích đọc sách và nấu ăn.", "Do you like swimming?" as "Bạn có thích
    bơi không?" (_LIKING_EN); None for anything else."""
    m = _LIKING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (m["do"] and m["not"]):
        return None
    who_, one = who_vi(m)
    if m["likes"].endswith("s") != (one and not (m["do"] or m["not"])):  # "He like reading.", "Do you likes"
        return None
    likes = _LIKES_EN[m["likes"].lower().removesuffix("s")]
    doings, _ = _listed(m["doings"], _ACTIVITIES_VI_KEYED, {"and": "và", "or": "hoặc"})
    if m["do"]:
        return capitalised(f"{who_} có {likes.removeprefix('rất ')} {doings} không?")
    if m["not"]:
        return capitalised(f"{who_} không {likes.removeprefix('rất ')} {doings}.")
    return capitalised(f"{who_} {likes} {doings}{m['end'] or '.'}")
