"""What someone likes doing, their hobbies, and how often they do one, said or asked, both ways, written whole by rule.
v6 gets the activities wrong: "Sở thích của anh ấy là chụp ảnh." → "His favorite was a photograph.", "Tôi thích chụp
ảnh." → "I like a screenshot.", "Tôi thích đọc sách và nghe nhạc." → "I like to read and hear music."; "What are your
hobbies?" → "Các chăm sóc của bạn là gì?", "My hobby is taking photos." → "Tôi thích chụp ảnh." (I like taking photos).

A sentence is taken only when every activity in it is one of ACTIVITIES (any other is left to the model); who is a
pronoun (mt.ever.PRONOUNS: "anh", "chị" … are "you" only asking), kin with whose after it (mt.people.NAMED_WHO:
"Bố tôi"), or a given name of mt.names.GIVEN, alone or after a word of kinship ("Minh", "Bác Hùng": WHO; v7 wrote
"Minh thích đọc sách." as "You love reading."). mt.phrasebook.translate tries these after mt/family.py.

    >>> translate("Sở thích của tôi là đọc sách và nghe nhạc.", "vi", "en")
    'My hobbies are reading and listening to music.'
    >>> translate("Do you like taking photos?", "en", "vi")
    'Bạn có thích chụp ảnh không?'
"""
from __future__ import annotations

import re

from .ever import OBJECTS, PRONOUNS
from .lazy_re import lazy
from .names import GIVEN, GIVEN_AFTER_KIN, GIVEN_EN, KIN, kin_named
from .people import KIN_VI, KIN_WORDS, NAMED_WHO
from .terms import OWNERS, WHOSE_VI, his_her
from .numbers import EN_TO_VI, VI_TO_EN
from .tense import said_of_one
from .text import (EN_OBJECT_VI, EN_WHO_VI, EN_WHOSE, WHOSE_OF, alternatives, be_said, capitalised, keyed, present,
                   strip_marks)

def joined(one: str, joins: str) -> str:
    """A regex for one or more of `one` (a regex) with commas between them and one of `joins` (a regex: "và|hoặc")
    before the last ("tôm, cua và mực"), as `listed` reads them."""
    return rf"{one}(?:\s*,\s*{one})*(?:,?\s+(?:{joins})\s+{one})?"


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
    "đi xem phim": "going to the cinema", "đi tập thể dục": "exercising",
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
WHO = (rf"(?:(?P<who>(?i:{alternatives(PRONOUNS)}))|(?P<kin>(?i:{KIN_WORDS}))\s+(?:của\s+)?"
       rf"(?P<whose>(?i:{alternatives(OWNERS)}))|(?P<title>(?i:{alternatives(KIN)}))\s+(?P<titled>"
       rf"{alternatives(GIVEN_AFTER_KIN)})|(?P<given>{alternatives(GIVEN)}))")
# a hobby ("Sở thích của tôi là nấu ăn.", "Tôi có sở thích là nấu ăn."), asked ("Sở thích của bạn là gì?")
_HOBBY = [lazy(rf"[Ss]ở\s+thích\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))\s+là\s+"
               rf"(?:{_DOINGS}|(?P<what>gì)){_END}"),
          lazy(rf"(?P<whose>(?i:{alternatives(OWNERS)}))\s+có\s+sở\s+thích\s+(?:là\s+)?{_DOINGS}{_END}")]
# who likes doing it ("Tôi rất thích nấu ăn.", "Bạn có thích chụp ảnh không?", "Anh ấy không thích bơi.")
_LIKES = {"thích": "like", "mê": "love", "yêu thích": "love", "yêu": "love", "ghét": "hate"}
# ... or things liked in general (v7: "Anh ấy rất thích mèo." → "He is very interested in cats.", "Con tôi thích bóng
# đá lắm." → "I like a football ball.", "Chúng tôi yêu sách và âm nhạc." → "We love music and music.")
THINGS_LIKED = {"mèo": "cats", "chó": "dogs", "hoa": "flowers", "sách": "books", "âm nhạc": "music",
                "cà phê": "coffee", "trà": "tea", "bóng đá": "football", "trái cây": "fruit", "hoa quả": "fruit"}
_THINGS_KEYED = {keyed(vi): en for vi, en in THINGS_LIKED.items()}
_THING = rf"(?i:{alternatives(THINGS_LIKED)})"
_THINGS = rf"(?P<things>{joined(_THING, 'và|hoặc')})"
_LIKING = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?"
               rf"(?P<likes>{alternatives(_LIKES)})\s+(?:{_DOINGS}|{_THINGS})(?:\s+(?P<asked>không))?{_END}")
_HOBBY_EN = lazy(rf"(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+(?:favou?rite\s+)?hobb(?:y\s+is|ies\s+are)\s+"
                 rf"{_DOINGS_EN}\s*(?P<end>[.!?]*)|"
                 rf"(?P<what>What)(?:['’]s|\s+is|\s+are)\s+(?P<whose2>your|his|her|their)\s+"
                 r"(?:favou?rite\s+)?hobb(?:y|ies)\s*\?+")
_LIKES_EN = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
# who in English: a pronoun, kin with whose before it ("My mother likes fishing."), or a name (mt.names.GIVEN_EN)
WHO_EN = (rf"(?:(?P<who>(?i:{alternatives(EN_WHO_VI)}))|(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+"
          rf"(?P<kin>{alternatives(KIN_VI)})|(?P<given>{alternatives(GIVEN_EN)}))")
# someone by kin, by a title and a name or by a name alone (WHO, WHO_EN without pronouns), without groups: for a rule
# that reads its own pronouns and takes these as one group (mt/mishaps.py); `someone` says who they are
SOMEONE = (rf"(?:(?i:{KIN_WORDS})\s+(?:của\s+)?(?i:{alternatives(OWNERS)})|"
           rf"(?i:{alternatives(KIN)})\s+(?:{alternatives(GIVEN_AFTER_KIN)})|(?:{alternatives(GIVEN)}))")
# ... as whom, a pronoun too ("cho tôi", "với mẹ tôi"), in a group whom
WHOM = rf"(?P<whom>(?i:{alternatives(OBJECTS)})|{SOMEONE})"
# whose, a pronoun or someone, in groups owner and someone ("của mẹ tôi": "my mother's")
OWNER = rf"(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE}))"
SOMEONE_EN = rf"(?:(?i:{alternatives(WHOSE_VI)})\s+(?:{alternatives(KIN_VI)})|(?:{alternatives(GIVEN_EN)}))"
WHOM_EN = rf"(?P<whom>(?i:{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN})"
_LIKING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+"
                  rf"(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?"
                  rf"(?P<likes>(?:{alternatives(_LIKES_EN)})s?)\s+{_DOINGS_EN}\s*(?P<end>[.!?]*)")
# how often someone does it ("Mỗi tuần tôi chơi bóng đá ba lần." → "Every week I play three times.", "Bạn đi bơi bao
# lâu một lần?" → "How long do you go swimming?"; "How often do you go swimming?" → "Bạn đi bơi như thế nào?", "We
# go to the cinema once a month." → "… một tháng.", the once lost): one activity, with the verb English has for it
_VERBS = {"reading": "read", "listening to music": "listen to music", "watching films": "watch films",
          "taking photos": "take photos", "cooking": "cook", "travelling": "travel", "swimming": "go swimming",
          "playing football": "play football", "playing basketball": "play basketball",
          "playing badminton": "play badminton", "playing tennis": "play tennis", "playing video games":
          "play video games", "playing the guitar": "play the guitar", "playing the piano": "play the piano",
          "drawing": "draw", "painting": "paint", "singing": "sing", "dancing": "dance", "walking": "walk",
          "running": "go running", "cycling": "go cycling", "fishing": "go fishing", "gardening": "do the gardening",
          "shopping": "go shopping", "hiking": "go hiking", "camping": "go camping", "exercising": "exercise",
          "doing yoga": "do yoga", "learning languages": "learn languages", "watching TV": "watch TV",
          "playing chess": "play chess", "going for walks": "go for walks", "knitting": "knit", "writing": "write",
          "learning English": "learn English", "going out with friends": "go out with friends",
          "going to the cinema": "go to the cinema"}
# ... and back, "go" as "đi" ("go swimming": "đi bơi")
_VERBS_VI = {keyed(en): f"đi {vi}" if en.startswith("go ") and f"đi {vi}" in ACTIVITIES else vi
             for vi, en in reversed([(ACTIVITIES_VI[g], v) for g, v in _VERBS.items()])} | {
    "go to the movies": "đi xem phim", "play soccer": "chơi bóng đá",
    "swim": "đi bơi", "run": "chạy bộ", "jog": "chạy bộ", "go jogging": "chạy bộ", "go to the gym": "đi tập thể dục",
    "watch movies": "xem phim"}
_VERBS_VI_ONE = {said_of_one(en): vi for en, vi in _VERBS_VI.items()}  # after "he": "plays football"
_PERIODS = {"ngày": "day", "tuần": "week", "tháng": "month", "năm": "year"}
_PERIODS_VI = {en: vi for vi, en in _PERIODS.items()}
EVERY = {"mỗi ngày": "every day", "hằng ngày": "every day", "hàng ngày": "every day", "mỗi tuần": "every week",
         "hằng tuần": "every week", "mỗi sáng": "every morning", "mỗi buổi sáng": "every morning",
         "mỗi tối": "every evening", "mỗi buổi tối": "every evening", "mỗi cuối tuần": "every weekend"}
EVERY_VI = {en: vi for vi, en in reversed(EVERY.items())}
# ... and monthly, not in EVERY (a habit of every day or week is said of many more doings than a monthly one)
EVERY_MONTH = {"mỗi tháng": "every month", "hằng tháng": "every month", "hàng tháng": "every month"}
# how often, before the doing (the first Vietnamese of each is written back; "thường" is "usually" where a time or a
# part of the week follows it: `often_said`)
SELDOM = {"thỉnh thoảng": "sometimes", "đôi khi": "sometimes", "thường": "often", "thường xuyên": "often",
          "hay": "often", "hiếm khi": "rarely", "ít khi": "rarely", "không bao giờ": "never", "luôn": "always",
          "luôn luôn": "always", "thường thường": "usually"}
SELDOM_VI = {en: vi for vi, en in reversed(SELDOM.items())} | {"usually": "thường"}
# ... with "often" as "hay", as speech says a habit ("Anh ấy hay nói mơ."): "thường" reads as "usually" before a time
HABIT_VI = SELDOM_VI | {"often": "hay"}
# when in the week or the day a habit is kept ("Anh ấy thường chơi quần vợt vào cuối tuần." → "He usually play tennis
# at the weekend."; "Does she often go swimming?" → "Bé có phải bơi lội không?")
_WHEN = {"cuối tuần": "at the weekend", "các ngày cuối tuần": "at weekends", "buổi sáng": "in the morning",
         "buổi chiều": "in the afternoon", "buổi tối": "in the evening", "sau giờ làm": "after work",
         "sau giờ học": "after school", "Chủ nhật": "on Sundays", "thứ Bảy": "on Saturdays",
         "các ngày Chủ nhật": "on Sundays"}
_WHEN_KEYED = {keyed(vi): en for vi, en in _WHEN.items()}
_WHEN_VI = {en.lower(): vi for vi, en in reversed(_WHEN.items())} | {
    "on weekends": "cuối tuần", "on the weekend": "cuối tuần", "in the mornings": "buổi sáng",
    "in the evenings": "buổi tối", "in the afternoons": "buổi chiều", "at night": "buổi tối"}
_TIMES = r"(?P<n>\d|một|hai|ba|bốn|năm|sáu|bảy)\s+lần"
_PERIOD = rf"(?:một|mỗi|1)\s+(?P<per>{alternatives(_PERIODS)})"
_OFTEN = [lazy(rf"(?:(?i:mỗi|một)\s+(?P<per0>{alternatives(_PERIODS)})\s+|"
               rf"(?P<when0>(?i:{alternatives(_WHEN)}))\s*,?\s+)?{WHO}\s+"
               rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?P<doing>{_DOING})"
               rf"(?:\s+(?:(?P<every>{alternatives(EVERY)})|{_TIMES}(?:\s+{_PERIOD})?|"
               rf"(?:một|1)\s+(?P<per2>{alternatives(_PERIODS)})\s+(?P<once>một|1)\s+lần|"
               rf"(?:vào\s+)?(?P<when>(?i:{alternatives(_WHEN)}))))?"
               r"(?:\s+ạ)?\s*(?P<end>[.!]*)"),
          lazy(rf"{WHO}\s+(?P<doing>{_DOING})\s+(?:bao\s+lâu\s+một\s+lần|có\s+(?:thường\s+)?"
               rf"(?P<often>thường\s+xuyên)\s+không|(?:một|mỗi)\s+(?:{alternatives(_PERIODS)})\s+mấy\s+lần)"
               r"(?:\s+(?:vậy|thế|ạ))?\s*\?+"),
          lazy(rf"{WHO}\s+có\s+(?P<often>hay|thường)\s+(?P<doing>{_DOING})\s+không(?:\s+(?:vậy|thế|ạ))?\s*\?+")]
_N_TIMES = {"1": "once", "một": "once", "2": "twice", "hai": "twice"}
_HOW_OFTEN_EN = (r"(?:(?P<once>once)|(?P<twice>twice)|(?P<n>\d|one|two|three|four|five|six|seven)\s+times)\s+"
                 rf"(?:a|per)\s+(?P<per>{alternatives(_PERIODS_VI)})")
_OFTEN_EN = [lazy(rf"{WHO_EN}\s+(?:(?P<seldom>{alternatives(SELDOM_VI)})\s+)?(?P<doing>(?i:[a-z ]+?))\s+"
                  rf"(?P<how>{_HOW_OFTEN_EN}|{alternatives(EVERY_VI)})\s*(?P<end>[.!]*)"),
             lazy(rf"{WHO_EN}\s+(?P<seldom>{alternatives(SELDOM_VI)})\s+(?P<doing>(?i:[a-z ]+?))"
                  rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN_VI)})))?\s*(?P<end>[.!]*)"),
             lazy(rf"(?P<do>Do|Does)\s+{WHO_EN}\s+(?P<seldom>often|usually)\s+(?P<doing>(?i:[a-z ]+?))"
                  rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN_VI)})))?\s*\?+"),
             lazy(rf"How\s+often\s+(?:do|does)\s+{WHO_EN}\s+(?P<doing>(?i:[a-z ]+?))\s*\?+")]


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks someone's hobbies or what they like doing; None for any
    other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _hobby(text) or _liking(text) or _often(text)
    return _hobby_vi(text) or _liking_vi(text) or _often_vi(text) if (src, tgt) == ("en", "vi") else None


def be_of(who_vi: str, one: bool, past: bool = False) -> str:
    """"is", "am" or "are" ("was" or "were" in the past) as English says it after who of a match of WHO_EN
    (`who_vi`, `one` as `who_vi` gives them): a sentence whose "is" is another is not taken."""
    if past:
        return "was" if one or who_vi == "tôi" else "were"
    return "is" if one else "am" if who_vi == "tôi" else "are"


def be_agrees(m: re.Match, said: str | None, past: bool = False) -> bool:
    """Whether "is", "am", "are" `said` (contracted or not; "was", "were" in the past) agrees with who of a match of
    WHO_EN ("She's", not "She are"); False where none is said."""
    who_, one = who_vi(m)
    return said is not None and be_said(said) == be_of(who_, one, past)


def person_of(m: re.Match, asked: bool, lang: str = "vi") -> tuple[str, bool] | None:
    """Who of a match of WHO in English, or of WHO_EN (`lang` "en") in Vietnamese, and whether one ("she rents"), as
    `who` and `who_vi` give them; None for a pet, "I" asked, or "anh" saying. (tenancy and tuition_fees each wrote
    it.)"""
    said = None if animal(m) else who(m, asked) if lang == "vi" else who_vi(m)
    return None if not said or asked and said[0] in ("I", "tôi") else said


def asked_of(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks (its groups "asked", "ask", "end", and "not" if any: "có … không?"), False
    said; None for "có" or "không?" alone, both "không" and asked, or a "?" on a statement."""
    asked = bool(m["asked"])
    wrong = asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m.groupdict().get("not")
    return None if wrong else asked


def aux_agrees(m: re.Match, aux: str, how: str, one: bool) -> bool:
    """Whether the auxiliary `aux` (or the question's first word, the group "q") of a match of a pattern over WHO_EN
    agrees with who ("she has", "I am", "do you", "he needs"), `how` being "has" for the perfect; True for one that
    does not tell ("will", "did not"). (yard_work and car_servicing each wrote it.)"""
    first = (m["q"] or "").lower() or aux.split(" ")[0] if aux or m["q"] else ""
    if first in ("is", "am", "are", "'s", "'re", "'m") and how != "has":
        return be_agrees(m, first)
    if first in ("has", "does", "'s", "needs"):
        return one
    return not one if first in ("have", "do", "'ve", "need") else True


def first_agrees(first: str, who_: str, one: bool) -> bool:
    """Whether the auxiliary `first` (said first after who, or asking first) agrees with who in Vietnamese `who_`, `one`
    as who_vi gives them ("she is", "I am", "we have", "does he"); True for one that does not tell ("will", "can",
    "did"). (calligraphy and pickles each wrote it.)"""
    if first in ("am", "'m"):
        return who_ == "tôi"
    if first in ("is", "has", "does", "'s"):
        return one
    if first in ("are", "'re"):
        return not one and who_ != "tôi"
    return not one if first in ("have", "do", "'ve") else True

def listed(doings: str, table: dict[str, str], joins: dict[str, str]) -> tuple[str, int]:
    """The activities of `doings` in the other language (`table` keyed by mt.text.keyed), joined as it joins a list
    (by commas alone: with the first of `joins`), and how many there are."""
    parts = re.split(rf"\s*,\s*(?:{'|'.join(joins)}\s+)?|\s+(?:{'|'.join(joins)})\s+", doings)
    said = [table[keyed(p)] for p in parts]
    found = re.findall(rf"(?<!\w)(?:{'|'.join(joins)})(?!\w)", doings)
    # a list of commas alone ("thịt, cá") is joined with the first of `joins`
    last = (joins[found[-1]] if found else next(iter(joins.values()))) if len(said) > 1 else ""
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
    doings, n = listed(m["doings"], _ACTIVITIES_KEYED, {"và": "and", "với": "and", "hoặc": "and"})
    return capitalised(f"{whose} {'hobby is' if n == 1 else 'hobbies are'} {doings}.")


def _liking(text: str) -> str | None:
    """"Tôi rất thích nấu ăn." as "I really like cooking.", "Bạn có thích chụp ảnh không?" as "Do you like taking
    photos?", "Anh ấy rất thích mèo." as "He really likes cats." (_LIKING); None for anything else."""
    m = _LIKING.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or (m["ask"] and not m["asked"]) or (m["much"] and m["not"]):
        return None
    if not (said := who(m, bool(m["asked"]))):
        return None
    who_, one = said
    likes = _LIKES[keyed(m["likes"])]
    if m["things"]:
        doings, _ = listed(m["things"], _THINGS_KEYED, {"và": "and", "hoặc": "or"})
    else:
        doings, _ = listed(m["doings"], _ACTIVITIES_KEYED, {"và": "and", "với": "and", "hoặc": "or"})
    # asked: "Bạn thích đọc sách không?", with "có" or without
    very = "really " if (m["very"] or m["much"]) and not (m["asked"] or m["not"]) else ""
    return present(who_, one, likes, doings, bool(m["asked"]), bool(m["not"]), adverb=very)


def who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of WHO_EN in Vietnamese ("mẹ tôi" for "my mother"), and whether English said it with "-s"."""
    if m["kin"]:
        kin, whose = KIN_VI[m["kin"].lower()], WHOSE_VI[m["whose"].lower()]
        # ("your friend": "bạn của bạn", not "bạn bạn")
        return f"{kin} {'của ' * (kin.split()[-1] == whose.split()[0])}{whose}", True
    if m["given"]:
        return m["given"], True
    return EN_WHO_VI[m["who"].lower()], m["who"].lower() in ("he", "she")


def own_thing(m: re.Match, who_: str, one: bool) -> bool | None:
    """Whether the thing whose is the group "owner" of a match of WHO_EN (`who_`, `one` as who_vi gives them) is the
    subject's own ("I … my", "My mother … her", "Lan … his"; "the" too); False for another's ("I … your"); None for
    "his", "her" or "their" that is neither (mt/keys.py, mt/left_behind.py)."""
    whose = m["owner"].lower()
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if whose == "the" or whose == own or own is None and one and whose in ("his", "her"):
        return True
    return None if whose in ("his", "her", "their") else False


def his_her_of(m: re.Match) -> str | None:
    """"his" or "her" for who of a match of WHO by the word of kinship, or the title with the name after it ("Bác
    Hùng": his, "Bác Lan": her, an aunt; mt.terms.his_her); None for a pronoun or a name alone."""
    return his_her(m["kin"] or " ".join(filter(None, (m["title"], m.groupdict().get("titled")))))


def whose_own(m: re.Match, who_: str) -> str | None:
    """Whose, in English, a thing of who's own is, for who of a match of WHO said `who_` in English (as `who` gives
    it): "my" for "I", "her" for "mẹ tôi", "his" for "Bác Hùng"; None where English cannot tell his from hers (a
    name alone, "bạn tôi")."""
    return EN_WHOSE.get(who_) or his_her_of(m)


def someone(said: str, lang: str) -> str | None:
    """Someone of SOMEONE (`lang` "vi") in English, or of SOMEONE_EN ("en") in Vietnamese: "mẹ tôi" as "my mother",
    "Bác Hùng" as "Uncle Hung", "my mother" as "mẹ tôi"; None for anything else."""
    m = re.fullmatch(WHO if lang == "vi" else WHO_EN, " ".join(said.split()))
    if m is None or m["who"]:
        return None
    return who(m, False)[0] if lang == "vi" else who_vi(m)[0]


def owner_of(m: re.Match, other: str = "the") -> str | None:
    """Whose, in English, of a match of OWNER (groups "owner" and "someone"): "my", "Lan's", "my mother's"; `other`
    where neither is said; None where "someone" is not read (mt.hobbies.someone)."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    if m["someone"]:
        named = someone(m["someone"], "vi")
        return named and f"{named}'s"
    return other


def as_whom(said: str, lang: str) -> str | None:
    """Whom of WHOM (`lang` "vi") in English, or of WHOM_EN ("en") in Vietnamese: "tôi" as "me", "mẹ tôi" as "my
    mother", "him" as "anh ấy"; None for anything else."""
    pronoun = OBJECTS.get(keyed(said)) if lang == "vi" else EN_OBJECT_VI.get(said.lower())
    return pronoun or someone(said, lang)


_ANIMALS = {"dog", "cat"}  # (NAMED_WHO's pets: WHO and WHO_EN read "con chó", "my cat" as who)


# "ạ" is said up to the one spoken to: "em" asking with it is the speaker ("Em có … không ạ?": a patient to a doctor,
# a learner to a teacher), not "you" (birthday_cakes, playgrounds and work_reports read it for "con", "sếp" too)
POLITE = lazy(r"(?i)(?<!\w)ạ(?!\w)")


def em_speaking(m: re.Match) -> bool:
    """Whether who of a match of WHO is "em" in a sentence with "ạ" (POLITE), so the speaker, where `who` reads "em"
    asking as "you"."""
    return keyed(m["who"] or "") == "em" and POLITE.search(m.string) is not None


def animal(m: re.Match) -> bool:
    """Whether who of a match of WHO or WHO_EN is a pet ("Con mèo của tôi", "my dog"), for the modules whose verbs only
    people do (fish, change a bulb, are twins, are adopted).

    >>> animal(re.fullmatch(WHO, "Con mèo của tôi")), animal(re.fullmatch(WHO_EN, "My father"))
    (True, False)
    """
    kin = keyed(m["kin"] or "")
    return NAMED_WHO.get(kin, kin) in _ANIMALS


def pet(said: str | None, lang: str) -> bool:
    """Whether someone said in `lang` ("vi": a match of WHO, "en": of WHO_EN; as whose or whom) is a pet ("con chó
    của tôi", "my dog"); False for None, "" and anyone else.

    >>> pet("con chó  của tôi", "vi"), pet("my dog", "en"), pet("mẹ tôi", "vi"), pet("my mother", "en"), pet(None, "vi")
    (True, True, False, False, False)
    """
    m = said and re.fullmatch(WHO if lang == "vi" else WHO_EN, " ".join(said.split()))
    return bool(m) and animal(m)


def who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether it takes "does" ("my father", "he"); None for a word of kinship
    that is "you" only asking ("Anh thích đọc sách." may be the speaker)."""
    if m["kin"]:
        return f"{OWNERS[keyed(m['whose'])]} {NAMED_WHO[keyed(m['kin'])]}", True
    if m["titled"]:  # ("Bác Hùng" → "Uncle Hung", as mt.names.addressed writes him)
        return kin_named(m["title"], m["titled"]), True
    if m["given"]:
        return strip_marks(m["given"]), True
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
    doings, _ = listed(m["doings"], _ACTIVITIES_VI_KEYED, {"and": "và", "or": "và"})
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
    doings, _ = listed(m["doings"], _ACTIVITIES_VI_KEYED, {"and": "và", "or": "hoặc"})
    if m["do"]:
        return capitalised(f"{who_} có {likes.removeprefix('rất ')} {doings} không?")
    if m["not"]:
        return capitalised(f"{who_} không {likes.removeprefix('rất ')} {doings}.")
    return capitalised(f"{who_} {likes} {doings}{m['end'] or '.'}")


def _often(text: str) -> str | None:
    """"Tôi chơi bóng đá ba lần một tuần." as "I play football three times a week.", "Mỗi sáng …" as "… every
    morning", "Tôi thỉnh thoảng đi câu cá." as "I sometimes go fishing.", "Bạn đi bơi bao lâu một lần?" as "How
    often do you go swimming?" (_OFTEN); None for anything else, and where no "how often" is said."""
    m = next((m for p in _OFTEN if (m := p.fullmatch(text))), None)
    asked = m is not None and m.re != _OFTEN[0]
    if m is None or not (said := who(m, asked)):
        return None
    who_, one = said
    verb = _VERBS.get(_ACTIVITIES_KEYED[keyed(m["doing"])])
    if verb is None:
        return None
    found = m.groupdict()
    if asked:
        if found.get("often"):  # ("Bạn có hay đi bơi không?")
            return f"{'Does' if one else 'Do'} {who_} often {verb}?"
        return f"How often {'does' if one else 'do'} {who_} {verb}?"
    per = found["per0"] or found["per"] or found["per2"]
    if found["n"]:
        if found["per0"] and found["per"] or not per:
            return None
        n = keyed(found["n"])
        how = f"{_N_TIMES.get(n) or VI_TO_EN.get(n, n) + ' times'} a {_PERIODS[keyed(per)]}"
    elif found["once"]:
        how = f"once a {_PERIODS[keyed(per)]}"
    elif found["every"] and not found["per0"]:
        how = EVERY[keyed(found["every"])]
    elif found["seldom"] and not found["per0"] and not (found["when0"] and found["when"]):
        when = found["when"] or found["when0"]  # (said first: "Buổi tối tôi hay chơi cầu lông.")
        how = _WHEN_KEYED[keyed(when)] if when else ""
    else:
        return None
    seldom = often_said(found["seldom"], bool(found["when"] or found["when0"])) if found["seldom"] else ""
    does = said_of_one(verb) if one else verb
    return capitalised(" ".join(w for w in (who_, seldom, does, how) if w) + (m["end"] or "."))


def often_said(word: str, timed: bool) -> str:
    """How often a word of SELDOM says, in English: "thường" is "usually" where a time or a part of the week follows
    ("thường … vào cuối tuần", "thường dậy lúc 6 giờ": as a rule, then), else "often"."""
    return "usually" if keyed(word) == "thường" and timed else SELDOM[keyed(word)]


def _often_vi(text: str) -> str | None:
    """"I play football three times a week." as "Tôi chơi bóng đá ba lần một tuần.", "How often do you go
    swimming?" as "Bạn đi bơi bao lâu một lần?", "I sometimes go fishing." as "Tôi thỉnh thoảng đi câu cá."
    (_OFTEN_EN); None for anything else, and for an activity not of _VERBS_VI."""
    m = next((m for p in _OFTEN_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    who_, one = who_vi(m)
    found = m.groupdict()
    asked, often = m.re == _OFTEN_EN[3], m.re == _OFTEN_EN[2]
    doing = (_VERBS_VI_ONE if one and not (asked or often) else _VERBS_VI).get(keyed(m["doing"]))
    if doing is None or often and (m["do"] == "Does") != one:
        return None
    when = f" vào {_WHEN_VI[found['when'].lower()]}" if found.get("when") else ""
    if asked:
        return capitalised(f"{who_} {doing} bao lâu một lần?")
    if often:  # ("Does she often go swimming?")
        return capitalised(f"{who_} có {'hay' if m['seldom'] == 'often' else 'thường'} {doing}{when} không?")
    seldom = SELDOM_VI[found["seldom"].lower()] + " " if found.get("seldom") else ""
    how = found.get("how") or ""
    if how.lower() in EVERY_VI:
        how = EVERY_VI[how.lower()]
    elif how:
        per = _PERIODS_VI[found["per"].lower()]
        n = "hai" if found["twice"] else EN_TO_VI.get(found["n"].lower(), found["n"]) if found["n"] else ""
        how = f"{n} lần một {per}" if n else f"một {per} một lần"  # (once: "một tháng một lần")
    return capitalised(" ".join(w for w in (who_, seldom + doing, how) if w) + when + (m["end"] or "."))
