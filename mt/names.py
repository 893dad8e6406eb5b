"""Vietnamese names of people and places the model has not learnt, written as English writes them: without marks.

v6 translates the syllables of such a name as words: "Bà Phạm Thị Hoa đã nghỉ hưu." → "The U.S. market has
retired.", "Thủ tướng Phạm Minh Chính" → "The Premier League", "Sân bay Tân Sơn Nhất" → "My Son"; and the other way
"Prime Minister Pham Minh Chinh" → "Thủ tướng Pham Minh", "Phu Quoc island" → "đảo Phúc". A name here is two or
more capitalised words shaped like Vietnamese syllables that start with a family name ("Phạm Minh Chính") or follow
the word for a place in Vietnam ("sân bay Tân Sơn Nhất", "Phu Quoc island"), and whose words the training data
seldom has side by side ("Hà Nội" and "Hồ Chí Minh" it has, and the model translates them). It goes through
translation like a sum of đồng (mt/amounts.py), as "Pham Minh Chinh" both ways: English writes Vietnamese names
without marks, and the marks cannot be put back with certainty ("Pham Minh Chinh" reads as "Phạm Mình Chỉnh"). A
title before a name goes with it ("Bà Phạm Thị Hoa" → "Ms. Pham Thi Hoa").

    >>> [m.replacement for m in matches("Bà Phạm Thị Hoa sống ở Hà Nội.", "vi", "en")]
    ['Ms. Pham Thi Hoa']
"""
from __future__ import annotations

import re

from .glossary import Match, merge
from .lazy_re import lazy
from .restore import restorer
from .text import SENTENCE_START, alternatives, keyed, strip_marks
from .untranslated import has_vietnamese_letter, syllable_shaped

_WORD = lazy(r"[^\W\d_]+")
# the capital letters of Vietnamese (and English), for a class in a pattern: "[{CAPITALS}]\w*" is a word with a capital,
# such as each word of a place's name (mt/road_trips.py, mt/changing_schools.py)
CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# Every pair of a name's words this often in the training data makes it one the model has learnt, or words written
# with capitals in a title ("Hồ Chí Minh": 30 and 30; "Cao Đẳng", college: 16; "La Tinh", Latin: 11; but
# "Nguyễn Văn Hùng", a name it has not learnt: 5 and 0)
KNOWN_PAIR = 10
# A word without marks this often in the training data's Vietnamese is one Vietnamese writes so ("gia": 2,790, "long":
# 58, "hung": 41; but "chau": 0)
SPELT = 20
FAMILY = set("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lâm Mai Trịnh "
             "Trương Cao Lưu Tạ Hà Tô Châu Thái Quách Lương Chu Kiều Mạc La Lại Phùng Triệu Tôn Vương Thân Hứa".split())
FAMILY_BARE = {strip_marks(f) for f in FAMILY}
# Vietnamese words before a person's name, and what English writes there: v6 reads "Bà Phạm Thị Hoa" as "She Pham
# Thi Hoa". The kinship words people are addressed by (anh, chị, em) have no English title
TITLES = {"ông": "Mr.", "bà": "Ms.", "cô": "Ms.", "anh": "", "chị": "", "em": "", "bác sĩ": "Dr.", "tiến sĩ": "Dr.",
          "giáo sư": "Professor"}
# the words people are called by before a given name alone, and what English writes there: v6 read "Chị Lan đi chợ
# rồi." as "The Land went through the market.", "Bác Hùng bị ốm." as "The pain is sick.", "chú Nam" as "The South"
# ("con" is also the word before an animal: "con Rồng")
KIN = {**{word: en for word, en in TITLES.items() if " " not in word}, "bạn": "", "thầy": "Mr.", "chú": "Uncle",
       "bác": "Uncle", "cậu": "Uncle", "dì": "Aunt", "thím": "Aunt", "mợ": "Aunt"}
_KIN = lazy(rf"(?<!\w)(?P<k>(?i:{'|'.join(KIN)})) (?=[^\W\d_])")
# words after those that are not a given name: countries and peoples ("bạn Mỹ", an American friend; "Anh Quốc",
# Britain), God and Heaven, places ("Bà Rịa", "Bà Đen", "Cô Tô", "Bà Nà"), the Kitchen God ("Ông Táo"), "Bác Sỹ"
# (doctor), and words no one is named, written with a capital in Title Case ("Bạn Có nhiều dụng cụ", you have ...)
DIVINE = {"Chúa", "Trời", "Phật"}  # (mt.phrasebook.NOT_NAMES too: "Cảm ơn Chúa", thank God)
NOT_GIVEN = DIVINE | set("Mỹ Anh Pháp Nhật Hàn Nga Úc Trung Ý Lào Thái Tây Quốc Rịa Đen Tô Nà Táo Sỹ Sĩ "
                         "Có Không Là Và Với Của Trong Đã Sẽ Đang Được Cho Ở Tại Từ Này Đó Nên Cũng Rất Thì Mà Nhưng "
                         "Khi".split())
# given names common enough to be taken for who does something at the start of a sentence (mt.hobbies.WHO: "Minh
# thích đọc sách."; v7: "You love reading."); "Mai" alone is also "tomorrow" ("Mai đi làm lúc 7 giờ."), "Đức"
# Germany, "Vinh" a city, so they are names only after a word of kinship ("Chị Mai")
GIVEN = set("Lan Minh Hùng Nam Hoa Tuấn Linh Hương Dũng Hải Long Trang Thảo Huy Quang Phương Hà Thu Hằng Ngọc Hiếu "
            "Sơn Bình Tâm Vy Nhung Yến Khoa Thắng Phong Thành Hạnh Cường Vân Loan Quân Tùng Duy Thủy Hiền "
            "Thanh Giang Uyên Khánh Tú Đạt Tiến Hòa Phúc Ngân Quỳnh Hưng Trâm Nhi Thư".split())
GIVEN_AFTER_KIN = GIVEN | {"Mai", "Đức", "Vinh"}  # (and a country, a city)
# ... those most of whom are women: "bác" (a parent's elder brother or sister) with one is an aunt, "Bác Lan" → "Aunt
# Lan", "her" (was "Uncle Lan cut his hand."); with any other ("Bác Hùng", and names of either, "Minh", "Tâm", "Hà"),
# an uncle, as before
WOMEN = set("Lan Hoa Hương Trang Thảo Thu Hằng Vy Nhung Yến Hạnh Vân Loan Thủy Hiền Uyên Ngân Quỳnh Trâm Nhi Thư Mai "
            "Linh Phương Ngọc".split())
# ... and those most of whom are men; with English given names each way, they tell "his" from "her" after a name alone
# ("John cut his finger.": his own; "Lan cut his finger.": another's; `named_his_her`); names of either ("Minh", "Tâm",
# "Hà", "Sam", "Chris") tell neither
MEN = set("Hùng Nam Tuấn Dũng Hải Long Huy Quang Sơn Khoa Thắng Phong Thành Cường Quân Tùng Duy Đạt Tiến Phúc Hưng "
          "Hiếu Đức Vinh".split())
_HIS_HER = {**{name: "her" for name in set("Mary Anna Sarah Emma Lucy Alice Kate Linda Jane Lisa Emily Sophie Laura "
                                           "Anne Maria Helen Susan Olivia Jessica".split()) | WOMEN
               | {strip_marks(name) for name in WOMEN}},
            **{name: "his" for name in set("John Peter David James Jack Ben Mike Paul Mark Daniel Michael Tim Nick "
                                           "Tony Robert Harry Andrew Steve Tom".split()) | MEN
               | {strip_marks(name) for name in MEN}}}
# and names English gives who does something, to be kept in Vietnamese ("Minh likes reading."; v7: "Chẳng hạn như
# đọc sách.")
_NAMES_EN = set("John Mary Anna Peter David Sarah James Emma Jack Lucy Alice Ben Kate Mike Linda Paul Jane Mark Lisa "
                "Sam Daniel Emily Michael Sophie Laura Chris Anne Maria Tim Nick Tony Helen Susan Robert Harry Olivia "
                "Jessica Andrew Steve".split())
GIVEN_EN = {strip_marks(name) for name in GIVEN_AFTER_KIN} | _NAMES_EN | {"Tom"}
# ... and before what someone does or is, opening a sentence (`named_first`); not "Hoa" (flowers), "Thu" (autumn) nor
# "Thư" (a letter) there ("Hoa đã nở.", "Thư đã được gửi."), nor a name that makes a word with the next ("Bình
# thường", usually; "Khoa học", science; "Đạt được", to reach), nor, in English, the words "Long", "Van", "Son", "Tu",
# "Thu"
_DOES = {"vi": "là đang đã sẽ vừa mới thích muốn không chưa rất cũng hay thường luôn đi về đến tới làm học ăn uống nói "
               "biết có sống ở bị được gọi gặp mua cần nghĩ thấy yêu ghét nhớ quên ngủ dậy chơi đọc viết hỏi bảo kể "
               "nấu giúp mời hát chạy bơi lái đợi chờ hiểu",
         "en": "is was will would can could has had does did doesn't didn't isn't wasn't won't can't likes loves "
               "wants went goes works lives gets got came comes called calls said says told bought buys needs "
               "knows thinks lost found made makes plays studies teaches speaks sings cooks"}
# the names the model knows best, from thousands of Tatoeba sentences both ways ("Tom bị ốm." → "Tom is sick.", "Tom is
# very kind." → "Tom rất tốt."), shown in place of the one at the start and of one after "và" (`named_first`)
STAND_IN, STAND_IN_TOO = "Tom", "Mary"  # (and the other of two: "Tom and Mary", as often)
# English names v7 reads as words in two or more of eight made-up sentences ("Tim bị ốm." → "The heart is sick.",
# "Mark is sick." → "Đánh dấu là bệnh.", "Emma lives in Da Nang." → "Cuộc sống khẩn cấp …"); those it keeps (Mary,
# John, Peter …: thousands of Tatoeba sentences) go to it as they are
_NAMES_EN_UNKNOWN = {"Anna", "Anne", "Emily", "Emma", "Kate", "Mark", "Nick", "Olivia", "Tim", "Tony"}
_NOT_NAMED = lazy(r"Bình thường|Khoa học|Đạt được|Hằng ngày|Tâm sự|Hương vị")
_FIRST_NAMES = {"vi": GIVEN - {"Hoa", "Thu", "Thư"} | _NAMES_EN_UNKNOWN, "en": {strip_marks(n) for n in GIVEN} - {
    "Long", "Van", "Son", "Tu", "Thu"} | _NAMES_EN_UNKNOWN}
_NAMED_FIRST = {src: lazy(rf"(?<![\w'])(?:{alternatives(_FIRST_NAMES[src])})"
                          rf"(?= (?:{'|'.join(_DOES[src].split())})(?![\w'])| (?:và|and) (?P<next>[^\W\d_]))")
                for src in _DOES}
_NAME_AFTER = {src: lazy(rf"(?:{alternatives(_FIRST_NAMES[src])})(?![\w'])") for src in _DOES}
# and the other way, where v6 writes "Ông. Nguyen Van Hung" or keeps "Ms." ("Dr." it translates)
EN_TITLES = {"mr": "ông", "mrs": "bà", "ms": "bà", "miss": "cô", "prof": "giáo sư", "professor": "giáo sư",
             "uncle": "chú", "aunt": "cô"}  # (v6 kept "Uncle Hung is sick." as "Tình trạng Uncle Hung bị bệnh.")
# a title and one to three capitalised words (English ones: letters without marks, "O'Brien", "Smith-Jones"), not
# before a possessive ("Mr. Rudd's decision": shown "ông Rudd", the model wrote "ông Rudd's quyết định")
_EN_WORD = r"[A-Z][a-z]*(?:'[A-Z][a-z]+|-[A-Z]?[a-z]+)*"
_EN_NAME = rf"(?P<name>{_EN_WORD}(?:\s{_EN_WORD}){{0,2}})(?![\w'-])"
# (an English title has its capital: "I miss Tom Brown" has none, and was "I cô Tom Brown")
_EN_TITLE = "|".join(t.capitalize() for t in EN_TITLES)
_TITLED = {"en": lazy(rf"(?<![\w.])(?P<t>{_EN_TITLE})\.?\s+{_EN_NAME}"),
           "vi": lazy(rf"(?<!\w)(?P<t>(?i:{'|'.join(t for t, en in TITLES.items() if en)}))\s+{_EN_NAME}")}
# ranks before a foreign name (v6: "Vua Edward" kept, "Thủ tướng Johnson" → "Chancellor Johnson", "Thị trưởng Khan" →
# "The Minister Khan", "Công chúa Anne" → "Anne"; "Prince William" → "Ông William", "General Patton" → "Patton",
# "Mayor Khan" kept), each way; only in `titled`, not as words of kinship (KIN)
RANKS = {"vua": "King", "đức vua": "King", "nữ hoàng": "Queen", "hoàng tử": "Prince", "công chúa": "Princess",
         "hoàng đế": "Emperor", "thánh": "Saint", "giáo hoàng": "Pope", "tướng": "General", "đại tá": "Colonel",
         "thủ tướng": "Prime Minister", "tổng thống": "President", "bộ trưởng": "Minister",
         "thượng nghị sĩ": "Senator", "thống đốc": "Governor", "thị trưởng": "Mayor", "thẩm phán": "Judge"}
# (English to Vietnamese only those v6 got wrong: shown "tổng thống" for "U.S. President George W. Bush" it wrote
# "Hoa Kỳ tổng thống …")
EN_RANKS = {en.lower(): vi for vi, en in reversed(RANKS.items())
            if en in ("King", "Prince", "Princess", "Saint", "General", "Colonel", "Governor", "Mayor")}
EN_RANK_WORDS = {en.split()[0] for en in RANKS.values()}  # ("the" before them goes: mt.finishing)
_RANKED = {"vi": lazy(rf"(?<!\w)(?P<t>(?i:{alternatives(RANKS)}))\s+{_EN_NAME}"),
           "en": lazy(rf"(?<![\w.])(?P<t>(?i:{alternatives(EN_RANKS)}))\s+{_EN_NAME}")}
_NOT_A_NAME = {"Petersburg", "Lucia", "Kitts", "Helena", "Louis", "Motors", "Kong"}  # cities, a firm, a film
_TITLE = {"vi": lazy(rf"(?<!\w)({'|'.join(TITLES)}) $", re.IGNORECASE),
          "en": lazy(rf"(?<![\w.])({_EN_TITLE})\.? $")}
# the words before a name said to be someone's (`called`), and the end of its clause
_CALLED = {"vi": lazy(r"(?<!\w)(?:[Tt]ên(?:\s+\S+){0,3}?\s+là|(?P<under>dưới|với|bằng)\s+tên|[Tt]ên)\s+$"),
           "en": lazy(r"(?<!\w)(?:name\s+is|name['’]s|called|named|the\s+name)\s+$")}
_UNDER = {"dưới": "under", "với": "under", "bằng": "in"}  # "đặt phòng dưới tên Nam": book a room under the name Nam
_CLAUSE_END = lazy(r"\s*(?:[,.!?…;:]|$)")
# the words for a place in Vietnam: before its name in Vietnamese, after it in English. Not "sông", "núi", "biển":
# their names are as often foreign ones the model knows ("núi Phú Sĩ", "Biển Đen")
_PLACE_BEFORE = lazy(r"(?<!\w)(?:[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hành phố|TP\.?|"
                     r"[Ss]ân bay|[Bb]ến xe|[Bb]ến|[Cc]hợ|[Ll]àng|[Pp]hố|[Đđ]ường|[Đđ]ảo) $")
# and what English writes after the name for them ("bến", a wharf or a station, is left to the model)
KIND_AFTER = {"tỉnh": "Province", "huyện": "District", "quận": "District", "xã": "Commune", "phường": "Ward",
              "thị trấn": "Town", "thành phố": "City", "tp": "City", "tp.": "City", "sân bay": "Airport",
              "bến xe": "Bus Station", "chợ": "Market", "làng": "Village", "phố": "Street", "đường": "Street",
              "đảo": "Island"}
# the same words typed without marks, which reading gets wrong before a name ("huyen Soc Son" as "huyền", mystic)
# (not "quan", "xa", "dao": also quân, army, in "quan Dong Minh", the Allies; xa, far; đạo, religion)
PLACES_TYPED = {"tinh": "tỉnh", "huyen": "huyện", "phuong": "phường", "thi tran": "thị trấn", "thanh pho": "thành phố",
                "san bay": "sân bay", "ben xe": "bến xe"}
_PLACE_TYPED = lazy(rf"(?<!\w)({'|'.join(PLACES_TYPED)}) $", re.IGNORECASE)
# Typed without marks, most syllables of a name are also words of a title ("La Ma", Rome; "Ha Vien", the House;
# "Than Kinh", nerves). A person's name typed so needs a title before it or a middle name ("Do Thi Hung")
TITLES_TYPED = lazy(r"(?<!\w)(?:ong|ba|co|anh|chi|em|chu|bac si|tien si|giao su) $", re.IGNORECASE)
# (not "hong", though Hồng is one: "Dao Hong Kong" is Hong Kong Island)
MIDDLE_TYPED = {"van", "thi", "huu", "duc", "dinh", "cong", "quoc", "ngoc", "xuan", "thanh", "minh", "kim", "quang",
                "trong"}
# words for what is not a person, before a family name that starts the name of one ("trường Cao Đẳng", a college;
# "người La Tinh", Latinos; "tiếng La Tinh", Latin)
_THING_BEFORE = lazy(r"(?<!\w)(?:trường|người|tiếng|môn|ngành|khoa|bộ|sở|cục|viện|đảng|hội|công ty|tập đoàn|"
                     r"chữ|nhà|nền|văn hóa) $", re.IGNORECASE)
# "in" before a name in English, unless a word for the place (_PLACE_AFTER) or a possessive follows it ("in Phu Quoc
# island", "in Nguyen's view")
_IN = lazy(r"(?<!\w)[Ii]n $")
# after a verb of arriving "in" goes: "đến Huế" (shown "arrived ở Huế", v6 wrote "đến ở Huế")
_ARRIVING = lazy(r"(?<!\w)arriv(?:e|es|ed|ing) $", re.IGNORECASE)
_POSSESSIVE = lazy(r"['’]s\b")
# the words for a place after its name in English that v6 gets wrong, and the Vietnamese before it
PLACES_FIRST = {"street": "đường", "market": "chợ", "bus station": "bến xe"}
_PLACE_FIRST = lazy(rf" ((?i:{'|'.join(PLACES_FIRST)}))\b")
# numbered districts and wards, as in addresses ("Quận 1" ↔ "District 1"; v6: "Bulg 1", "nghiêm ngặt 1", strict)
_NUMBERED = {"vi": lazy(r"(?<!\w)(?P<w>[Qq]uận|[Pp]hường)\s+(?P<n>\d{1,2})(?!\w|[.,]\d)"),
             "en": lazy(r"(?<!\w)(?P<w>District|Ward)\s+(?P<n>\d{1,2})(?!\w|[.,]\d)")}
NUMBERED = {"quận": "District", "phường": "Ward", "district": "Quận", "ward": "Phường"}
_PLACE_AFTER = lazy(r" (?:[Pp]rovince|[Dd]istrict|[Ii]sland|[Aa]irport|[Cc]ity|[Tt]own|[Vv]illage|[Cc]ommune|"
                    r"[Ww]ard|[Mm]arket|[Ss]treet|[Bb]us [Ss]tation|[Rr]iver|[Dd]elta|[Rr]egion|[Cc]ountries)\b")


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The Vietnamese names in `text` that the model would not know, foreign names after a title (`titled`) and
    numbered districts and wards, each as the translation should write it."""
    if {src, tgt} != {"vi", "en"}:
        return []
    out = []
    for run in _runs(text):
        if src == "en" and _has_marks(text, run):
            continue  # written(): as typed
        run = _unopened(text, run, src)
        if len(run) < 2:
            continue
        start, end = run[0][0], run[-1][1]
        place = _PLACE_BEFORE.search(text[:start]) if src == "vi" else _PLACE_AFTER.match(text, end)
        person = _person(text, run, src) and not (src == "vi" and _THING_BEFORE.search(text[:start]))
        if (person or place) and not known([w for _, _, w in run], src):
            out.append(_match(text, start, end, src))
    numbered = [Match(*m.span(), f"{NUMBERED[m.group('w').lower()]} {m.group('n')}", "name")
                for m in _NUMBERED[src].finditer(text)]
    return merge(out, titled(text, src), numbered, called(text, src) + (addressed(text) if src == "vi" else []),
                 named_first(text, src))


def called(text: str, src: str) -> list[Match]:
    """A name of one to four words after "tên là", "tên tôi là", "dưới tên" …, ending its clause, written as English
    writes it, with "under the name" for "dưới tên": v6 read its syllables as words ("Tôi tên là Nam." → "I named
    it.", "Tên tôi là Lan." → "My name is Land.", "Tôi đặt phòng dưới tên Nam." → "… under the South's name."); and
    after "name is", "called" … in English, as it is ("My name is Nam." → "Tên tôi là South.")."""
    out = []
    for run in _runs(text):
        start, end = run[0][0], run[-1][1]
        if len(run) <= 4 and (lead := _CALLED[src].search(text[:start])) and _CLAUSE_END.match(text, end):
            under = f"{_UNDER[lead.group('under')]} the name " if lead.groupdict().get("under") else ""
            out.append(Match(lead.start("under") if under else start, end, under + strip_marks(text[start:end]),
                             "name"))
    return out


def addressed(text: str) -> list[Match]:
    """Someone called by a word of kinship and a given name of one or two words, the name written as English writes
    it, with the title English has for the word: "chị Lan" → "Lan", "bác Hùng" → "Uncle Hung", "cô Mai" → "Ms. Mai".
    Not a name the training data has after the word ("Anh Quốc", Britain), a family name and more (`matches`),
    one that goes on (`_goes_on`), nor one in words written with capitals ("Bật Chú Giải", a menu's "Enable Tooltips":
    the word has a capital inside a sentence)."""
    out = []
    for m in _KIN.finditer(text):
        if m.group("k")[0].isupper() and not SENTENCE_START.search(text[: m.start()]):
            continue
        run = next((r for r in _runs(text[m.end():]) if r[0][0] == 0), [])  # the capitalised words right after
        full = len(run) > 1 and run[0][2] in FAMILY  # ("Mai" alone is a given name too)
        if not 1 <= len(run) <= 2 or full or run[0][2] in NOT_GIVEN or _goes_on(text[m.end() + run[-1][1]:]):
            continue
        if _known_cased([m.group("k").capitalize(), run[0][2]]):
            continue
        out.append(Match(m.start(), m.end() + run[-1][1], kin_named(m.group("k"), text[m.end() : m.end() + run[-1][1]]),
                         "name"))
    return out


def kin_named(kin: str, name: str) -> str:
    """Someone called by a word of kinship and a given name, as English writes them: "Bác Hùng" → "Uncle Hung",
    "Bác Lan" → "Aunt Lan", "chị Lan" → "Lan" (KIN, `woman_named`)."""
    title = "Aunt" if kin.lower() == "bác" and woman_named(name) else KIN[kin.lower()]
    return f"{title} {strip_marks(name)}".lstrip()


def woman_named(name: str) -> bool:
    """Whether a given name of a word or two, as written, is most often a woman's, by its last word: "Lan", "Ngọc Lan"
    (WOMEN; not "lan", a word)."""
    return bool(name.split()) and name.split()[-1] in WOMEN


def named_his_her(name: str) -> str | None:
    """"his" or "her" for a given name, by its last word, as typed or as English writes it, where most who bear it are
    men or women: "Lan", "Huong", "Mary" → "her"; "Hùng", "Hung", "John" → "his"; None for a name of either ("Minh",
    "Sam") and any other."""
    return _HIS_HER.get(name.split()[-1]) if name.split() else None


def named_first(text: str, src: str) -> list[Match]:
    """A given name alone opening a sentence before what someone does or is, or before "và" or "and" and another
    name (_NAMED_FIRST), as English writes it or, in English, as typed; the model is shown STAND_IN there. v7: "Hùng
    là bác sĩ." → "Apart is the doctor.", "Hải bị ốm." → "It is sick.", "Nam không đến." → "Men don't come.", "Lan và
    Minh là bạn thân." → "Land and Minh …"; "Lan is my sister." → "Chịu là chị tôi.", "Hai is sick." → "Tóc bị
    bệnh.", "Lan and Minh …" → "Thái Lan và Minh …"; shown the name without marks, it read "Hai" as "two" ("The two
    are sick.") and "Nam" as "men", and wrote "Trang want to buy ..."."""
    out = []
    for m in _NAMED_FIRST[src].finditer(text):
        if not SENTENCE_START.search(text[: m.start()]) or m["next"] and m["next"].islower() \
                or _NOT_NAMED.match(text, m.start()):
            continue  # ("Lan và Minh …", not "Nam và nữ", men and women)
        out.append(Match(m.start(), m.end(), strip_marks(m.group()), "name", STAND_IN))
        if m["next"] and (other := _NAME_AFTER[src].match(text, m.start("next"))):  # ("Hùng và Lan …")
            out.append(Match(other.start(), other.end(), strip_marks(other.group()), "name", STAND_IN_TOO))
    return out


def _goes_on(rest: str) -> bool:
    """Whether the name goes on after its syllables: a longer or foreign one ("Ông Soon-jae", "ông Ben Ali")."""
    after = re.match(r"\s+([^\W\d_])", rest)
    return rest[:1] in ("-", "'") or bool(after and after.group(1).isupper())


def titled(text: str, src: str) -> list[Match]:
    """Foreign names after a title, with the title translated: "Mr. Smith" → "ông Smith", "bà Johnson" → "Ms.
    Johnson". v6 wrote "Ông. Smith", "Mrs. Johnson" as "ông Johnson" (Mr.), kept "Ms. Lee", and "Ông Smith là giáo
    viên" as "Smith is ...", "bà Johnson" as "Mister Johnson". In Vietnamese the name's first word must not be shaped
    like a Vietnamese syllable ("Smith", not "Bà Rịa", a province); Vietnamese names are matches' own."""
    out = []
    for table, pattern in (((TITLES, EN_TITLES), _TITLED), ((RANKS, EN_RANKS), _RANKED)):
        for m in pattern[src].finditer(text):
            first = m.group("name").split()[0]
            if src == "vi" and (syllable_shaped(first) or not first[0].isupper()) or pattern is _RANKED and (
                    first in _NOT_A_NAME or src == "en" and not english_name(first)):
                continue  # ("General Electric", "Saint Petersburg")
            word = table[0 if src == "vi" else 1][keyed(m.group("t"))]
            out.append(Match(m.start(), m.end(), f"{word} {m.group('name')}", "name"))
    return merge(out)


def english_name(word: str) -> bool:
    """Whether an English word is a name of its own: the training data writes it with a capital at least as often as
    without, or never ("Onega"); not "Electric", "Assembly"."""
    table = restorer("en").cased
    return table.count(word) >= table.count(word.lower())


def written(text: str, src: str, tgt: str) -> list[Match]:
    """The names written with their Vietnamese marks in English, to be written as typed in Vietnamese. v6 wrote "My
    friend Trần Văn Minh lives in Đà Nẵng." as "Những người bạn của tôi cũng đã sống ở Đà Nẵng." (the name dropped),
    and "Nguyễn Thị Lan" as "Nguyen Thi Lan". These win over the glossary that ships (mt.translate.sentence_job), which
    would read "Hoàng Thanh Hoa" as the province Thanh Hóa.

    One word alone is kept when it has a Vietnamese letter: v6 wrote "My name is Tuấn." as "Tên tôi là Tuổi đào."
    and "Huế" as "Hue". A name of several words the training data knows is left to the model ("Việt Nam", "Hà Nội").

        >>> [m.replacement for m in written("In Hội An, Mr. Lê Văn Hùng met Gia Lâm's mayor.", "en", "vi")]
        ['ở Hội An', 'ông Lê Văn Hùng', 'Gia Lâm']
    """
    if (src, tgt) != ("en", "vi"):
        return []
    out = []
    for run in _runs(text):
        run = _opened(text, run)
        words = [w for _, _, w in run]
        alone_or_unknown = len(run) == 1 or len(run) > 1 and not _known_cased(words)
        if alone_or_unknown and _has_marks(text, run) and all(map(_spelt, words)):
            out.append(_match(text, run[0][0], run[-1][1], "en", marks=True))
    return out + _terms_written(text)


def _terms_written(text: str) -> list[Match]:
    """Vietnamese words in small letters written with their marks in English, kept so: "I love phở and bánh mì." was
    "Tôi yêu thương phở và bread.". A run opens and ends on a marked word ("a phở": "a" is shaped like a syllable),
    and is more than a letter (the French "à" of "vis-à-vis" is left to the model)."""
    out = []
    for run in _runs(text, small=True):
        marked = [i for i, (_, _, w) in enumerate(run) if has_vietnamese_letter(w)]
        if marked and all(_spelt(w) for _, _, w in run[marked[0] : marked[-1] + 1]):
            start, end = run[marked[0]][0], run[marked[-1]][1]
            if end - start < 2:
                continue
            out.append(Match(start, end, text[start:end], "term"))
    return out


def _spelt(word: str) -> bool:
    """Whether a word of a name written with marks is spelt as Vietnamese writes it: marked, or a word Vietnamese
    writes without marks ("Gia Lâm"; not "Chau" in "Ngô Bao Chau", a name half transliterated, which v6 knows as
    "Ngô Bảo Châu")."""
    return has_vietnamese_letter(word) or restorer("vi").lower.count(word.lower()) >= SPELT


def _has_marks(text: str, run: list[tuple[int, int, str]]) -> bool:
    return has_vietnamese_letter(text[run[0][0]:run[-1][1]])


def _opened(text: str, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The run without a first word without marks capitalised for opening the sentence ("In Hội An"). Elsewhere
    such a word is part of the name ("Gia Lâm")."""
    if SENTENCE_START.search(text[: run[0][0]]) and strip_marks(run[0][2]) == run[0][2]:
        return run[1:]
    return run


def as_typed(typed: str, read: str) -> str:
    """`read` (Vietnamese `typed` without marks, read with marks put back: the same length) with the names typed
    without marks kept as typed. Read, "Ong Do Thi Hung" became "Ông Đó Thì Hưng" ("that then smell"), which
    neither this module nor the model took for a name (56 of 200 made-up names typed so came through). Kept: a
    person's name (`_typed_person`), and a capitalised run after the word for a place, which gets its marks
    ("huyen Soc Son" → "huyện Soc Son"), unless the reading is a capitalised run the training data knows ("Ha Noi"
    is read "Hà Nội", which the model knows)."""
    for run in _runs(typed):
        run = _unopened(typed, run, "vi")
        if len(run) < 2:
            continue
        start, end = run[0][0], run[-1][1]
        place = _PLACE_TYPED.search(typed[:start])
        if not (_typed_person(typed, run) or place and _unmarked(run)):
            continue
        if not _known_cased(read[start:end].split()):
            read = read[:start] + typed[start:end] + read[end:]
            if place:  # "huyen Soc Son" was read "huyền Sóc Sơn" (mystic): the place word as it is meant
                word = PLACES_TYPED[place.group(1).lower()]
                word = word[0].upper() + word[1:] if place.group(1)[0].isupper() else word
                read = read[: place.start(1)] + word + read[place.end(1):]
    return read


def _unopened(text: str, run: list[tuple[int, int, str]], src: str) -> list[tuple[int, int, str]]:
    """The run without a first word capitalised for opening the sentence ("Ông", "Sân"; "The"): a name needs none."""
    return run[1:] if SENTENCE_START.search(text[: run[0][0]]) and not _family(run, src) else run


def _family(run: list[tuple[int, int, str]], src: str) -> bool:
    """Whether the run starts with a family name: as Vietnamese writes it, or (the whole run) typed without marks."""
    return src == "vi" and run[0][2] in FAMILY or run[0][2] in FAMILY_BARE and _unmarked(run)


def _unmarked(run: list[tuple[int, int, str]]) -> bool:
    return all(strip_marks(w) == w for _, _, w in run)


def _person(text: str, run: list[tuple[int, int, str]], src: str) -> bool:
    """Whether the run is a person's name: it starts with a family name, and typed without marks in Vietnamese it
    also has a title or a middle name (`_typed_person`)."""
    if src == "vi" and run[0][2] not in FAMILY:
        return _typed_person(text, run)
    return _family(run, src)


def _typed_person(text: str, run: list[tuple[int, int, str]]) -> bool:
    """Whether a run in Vietnamese typed without marks is a person's name: a family name, then a title before it or
    a middle name after it."""
    if not _family(run, "en"):
        return False
    titled = TITLES_TYPED.search(strip_marks(text[: run[0][0]]))  # "Ông" as read, "Ong" as typed
    return bool(titled) or len(run) >= 3 and run[1][2].lower() in MIDDLE_TYPED


def _known_cased(words: list[str]) -> bool:
    """Whether the training data has every pair of the words often, written so (capitalised)."""
    table = restorer("vi").cased
    return min(table.pair(table.ids.get(a), table.ids.get(b)) for a, b in zip(words, words[1:])) >= KNOWN_PAIR


def _match(text: str, start: int, end: int, src: str, marks: bool = False) -> Match:
    """The name as English writes it (or with its `marks`), with the title before it when there is one: "Ông Nguyễn
    Văn Hùng" is "Mr. Nguyen Van Hung" (v6: "He Nguyen Van Hung"), "Mr. Nguyen Van Hung" is "ông Nguyen Van
    Hung"."""
    name = text[start:end] if marks else strip_marks(text[start:end])
    title = _TITLE[src].search(text[:start])
    kind = _PLACE_FIRST.match(text, end) if src == "en" else None
    if kind:  # "Nguyen Hue Street" → "đường Nguyen Hue" (v6: "Nguyen Hue phố"; "Dong Xuan market" → "thị trường")
        name, end = f"{PLACES_FIRST[kind.group(1).lower()]} {name}", kind.end()
    if around := placed(text, start, end, name, src):
        return Match(around[0], end, around[1], "name")
    if title is None:
        return Match(start, end, name, "name")
    word = (TITLES if src == "vi" else EN_TITLES)[title.group(1).lower()]
    return Match(title.start(1), end, f"{word} {name}".lstrip(), "name")


def placed(text: str, start: int, end: int, name: str, src: str) -> tuple[int, str] | None:
    """A place at [start, end) with the words around it that v6 gets wrong, written as the target writes them (`name`
    is the place's translation): where they begin and the whole. None without such words.

    In English "in" before it, unless a word for the place or a possessive follows ("in Phu Quoc island", "in Nguyen's
    view"), is "ở" (at): v6, shown "in Đà Nẵng", wrote "sống trong" (inside); after "arrive" it goes. In Vietnamese the
    word for its kind before it goes after it in English ("đường Nguyễn Trãi" → "Nguyen Trai Street"; v6: "12 lines of
    Nguyen Trai")."""
    if src == "en":
        found = None if _POSSESSIVE.match(text, end) or _PLACE_AFTER.match(text, end) else _IN.search(text[:start])
        if found and _ARRIVING.search(text[: found.start()]):
            return found.start(), name
        return (found.start(), f"ở {name}") if found else None
    before = _PLACE_BEFORE.search(text[:start])
    kind = KIND_AFTER.get(before.group().strip().lower()) if before else None
    return (before.start(), f"{name} {kind}") if kind else None


def _runs(text: str, small: bool = False) -> list[list[tuple[int, int, str]]]:
    """The runs of capitalised words (or words in `small` letters) shaped like Vietnamese syllables, one space apart,
    as (start, end, word)."""
    runs, run = [], []
    for m in _WORD.finditer(text):
        if run and text[run[-1][1]:m.start()] != " ":
            runs.append(run)
            run = []
        word = m.group()
        cased = word.islower() if small else word[0].isupper() and (len(word) == 1 or word[1:].islower())
        if cased and syllable_shaped(word):
            run.append((m.start(), m.end(), word))
        elif run:
            runs.append(run)
            run = []
    return [r for r in runs + [run] if r]


def known(words: list[str], lang: str) -> bool:
    """Whether the training data has every pair of the words often, in any case ("trái đất" counts for "Trái Đất";
    "Ngô Thị Chính" is a name though "thị chính", as in city hall, is common)."""
    table = restorer(lang).lower
    pairs = zip(map(str.lower, words), map(str.lower, words[1:]))
    return min(table.pair(table.ids.get(a), table.ids.get(b)) for a, b in pairs) >= KNOWN_PAIR
