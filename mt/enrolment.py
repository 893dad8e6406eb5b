"""Starting school and signing up for classes, both ways, written whole by rule: who starts nursery, kindergarten,
school or primary school, has just started, will start, started on a day; who signs up (has, just, wants to, will,
hasn't yet, asked) for a class, a course or lessons of a kind; how or where to sign up; when a course starts. v8 (rules
on) reads "nhà trẻ" as a young house, "mẫu giáo" as a pattern, "đăng ký" as register, "khóa học" as a key: "Con tôi mới
đi nhà trẻ." → "I'm just going to go to the young house.", "Năm nay con gái tôi bắt đầu đi mẫu giáo." → "This year,
my daughter began to go to the sample of the teacher.", "Tháng Chín này con trai tôi vào lớp một." → "This September
was my son in the classroom.", "Em trai tôi sắp vào lớp một." → "My younger brother sort to layer one.", "Tôi đã đăng
ký học lái xe." → "I registered the driver's school.", "Tôi muốn đăng ký lớp tiếng Anh." → "I want to register
English class.", "Tôi vừa ghi danh lớp tiếng Nhật." → "I just wrote a Japanese class.", "Bạn đã đăng ký lớp yoga
chưa?" → "Do you register yoga class?", "Khóa học bắt đầu vào thứ Hai tuần sau." → "The school key starts next
Monday."; "My daughter started kindergarten this year." → "Đứa con gái của tôi bắt đầu người mẫu giáo năm nay.", "My
son has just started nursery." → "Con trai tôi chỉ bắt đầu y tá." (a nurse), "She's enrolled in a swimming course." →
"Tất nhiên cô ấy cũng đang đăng ký trong một con bơi lội.", "The course starts next Monday." → "Tất nhiên bắt đầu thứ
Hai tuần sau." (of course), "Did you sign up for the course?" → "Tất nhiên bạn có dấu hiệu cho tất nhiên không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) starting a school of _SCHOOLS ("bắt đầu đi",
"vào", "mới đi nhà trẻ"), with "đã", "vừa", "mới", "sẽ", "sắp", "chưa", "… chưa?", or no word for the tense and a day
that tells it (mt.babies.day_said, mt.free_time.when with mt.dates.NEAR_SPANS; "năm nay" alone as the past); who
signing up ("đăng ký", "ghi danh"; sign up, enrol, register), or signing someone up ("cho con trai tôi"), for a class
("lớp"), a course ("khóa học") or lessons ("học") of a kind of _KINDS or a language of mt.skills, with "đã", "rồi",
"vừa", "muốn", "sẽ", "định", "cần", "phải", "có thể", "chưa", asked ("… chưa?", "có muốn … không?", "có thể … không?");
how or where to sign up; when a course or a class starts ("khai giảng"), said with a day or asked with "Khi nào"
opening. Left: a plain "Con tôi đi mẫu giáo." (a habit) and "học mẫu giáo" (mt/people.py's), "Mẹ tôi đăng ký lớp nấu
ăn." (no tense), "Lớp học bắt đầu khi nào?" ("khi nào" after: did or does?), a month with no word for the tense, a
clock time (mt/patterns.py, mt/timetables.py), "When does the class start?" (mt/patterns.py's), accounts signed up
for (mt/accounts.py), graduating (mt/graduation.py), learning a skill (mt/skills.py), the driving test (mt/exams.py).
mt.phrasebook.translate tries these after mt/overtime.py.

    >>> translate("Con tôi mới đi nhà trẻ.", "vi", "en"), translate("I want to sign up for a yoga class.", "en", "vi")
    ('My child has just started nursery.', 'Tôi muốn đăng ký lớp yoga.')
"""
from __future__ import annotations

import re

from . import hobbies
from .articles import a_or_an
from .babies import day_said
from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .skills import LANGUAGE_OF, LANGUAGES_VI
from .tense import BEHIND
from .text import EN_MONTHS, SOFTENED_END, SOFTENER, alternatives, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đăng\s+k[ýí]|ghi\s+danh|khai\s+giảng|nhà\s+trẻ|mẫu\s+giáo|bắt\s+đầu|"
                    r"vào\s+(?:lớp|tiểu|cấp|đại))"),
         "en": lazy(r"(?i:sign|enrol|regist|start|begin|began|kindergarten|nursery)")}
# kinds of class, as English says them before "class" (the first Vietnamese of each is written back)
_KINDS = {vi: hobbies.ACTIVITIES[vi] for vi in ("nấu ăn", "bơi", "bơi lội", "vẽ", "hát", "đan len")} | {
    "nhảy": "dance", "khiêu vũ": "dance", "múa": "dance", "yoga": "yoga", "lái xe": "driving", "piano": "piano",
    "đàn piano": "piano", "ghi-ta": "guitar", "guitar": "guitar", "đàn ghi-ta": "guitar", "võ": "martial arts",
    "toán": "maths", "tin học": "computer", "chụp ảnh": "photography", "làm bánh": "baking"}
_KINDS_KEYED = {keyed(vi): en for vi, en in _KINDS.items()} | LANGUAGE_OF
_KINDS_VI = {en.lower(): vi for vi, en in reversed(_KINDS.items())} | {
    en.lower(): vi for en, vi in LANGUAGES_VI.items()} | {"dancing": "nhảy", "art": "vẽ", "painting": "vẽ",
                                                           "math": "toán", "singing": "hát"}
_KIND = rf"(?P<kind>(?i:{alternatives(_KINDS_KEYED)}))"
_KIND_EN = rf"(?i:{alternatives(_KINDS_VI)})"
# a class, a course or lessons ("lớp nấu ăn", "khóa học tiếng Anh", "học lái xe", "lớp học này")
_WHAT = (rf"(?:(?:vào|tham\s+gia)\s+)?(?:một\s+)?(?:(?P<unit>lớp|khóa)(?P<hoc>\s+học)?|(?P<lessons>học))"
         rf"(?:\s+{_KIND})?(?:\s+(?P<this>này))?")
_WHAT_EN = (rf"(?:(?P<det>an?|the|this)\s+(?:(?P<kind>{_KIND_EN})\s+)?(?P<unit>class|course)|"
            rf"(?P<kinds>{_KIND_EN})\s+(?P<many>lessons|classes))")
_SIGN_VI = r"(?:đăng\s+k[ýí]|ghi\s+danh)"
# schools started, and how English says them
_SCHOOLS = {"nhà trẻ": "nursery", "mẫu giáo": "kindergarten", "lớp một": "primary school", "lớp 1": "primary school",
            "tiểu học": "primary school", "cấp một": "primary school", "cấp hai": "secondary school",
            "cấp ba": "high school", "đại học": "university", "học": "school"}
_GONE_TO = {"nhà trẻ", "mẫu giáo", "học"}  # (said with "đi"; the rest with "vào")
# schools of small children, and grown-ups that do not start them (they take a child there)
_SMALL = {"nhà trẻ", "mẫu giáo", "lớp một", "lớp 1"}
_GROWN_VI = {"mẹ", "bố", "ba", "cha", "má", "ông", "bà", "chồng", "vợ", "cô", "chú", "bác", "dì", "cậu", "thím", "mợ",
             "sếp", "thầy"}
_GROWN = {"mother", "father", "mum", "mom", "dad", "grandmother", "grandfather", "grandma", "grandpa", "husband",
          "wife", "aunt", "uncle", "boss", "teacher", "parents", "grandparents"}
_SCHOOLS_VI = {"nursery": "nhà trẻ", "nursery school": "nhà trẻ", "kindergarten": "mẫu giáo", "preschool": "mẫu giáo",
               "school": "học", "primary school": "lớp một", "elementary school": "lớp một",
               "secondary school": "cấp hai", "middle school": "cấp hai", "high school": "cấp ba",
               "university": "đại học"}
_ASPECTS = {"đã": "did", "vừa mới": "just", "vừa": "just", "mới": "just", "sẽ": "will", "sắp": "about",
            "chưa": "not"}
_START = lazy(rf"{DAY_OPENING}(?:(?P<when0>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+"
              rf"(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?(?P<begin>bắt\s+đầu\s+)?(?P<go>đi|vào|học)\s+"
              rf"(?P<school>{alternatives(_SCHOOLS)}){DAY_AFTER}(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
_START_EN = lazy(rf"(?:(?P<when>When)\s+(?P<q>does|do)\s+|(?P<has>Has|Have)\s+)?{WHO_EN}"
                 r"(?P<aux>(?:['’][a-z]+|n['’]t|\s+(?:has|have|will|just|already|is|am|are|not|going|about|"
                 r"to))*)\s+(?P<verb>start|starts|started|starting)\s+"
                 rf"(?P<school>(?i:{alternatives(_SCHOOLS_VI)}))(?:\s+(?P<day>[^,.!?]+?))??(?:\s+(?P<yet>yet))?"
                 r"\s*(?P<end>[.!?]*)")
# English after who, contractions written out ("'s" before "started" is "has"), and what each says in Vietnamese
_STARTS_VI = {"started": "did", "has started": "done", "have started": "done", "has just started": "just",
              "have just started": "just", "has not started": "not", "have not started": "not", "will start": "will",
              "is starting": "will", "am starting": "will", "are starting": "will", "is going to start": "will",
              "am going to start": "will", "are going to start": "will", "is about to start": "about",
              "am about to start": "about", "are about to start": "about", "starts": "starts", "start": "start"}
# signing up, or signing someone up ("Tôi đã đăng ký lớp nấu ăn.", "Bạn đã đăng ký lớp yoga chưa?")
_MODS = {"đã": "did", "vừa mới": "just", "vừa": "just", "mới": "just", "muốn": "want", "có muốn": "want", "sẽ": "will",
         "định": "plan", "dự định": "plan", "chưa": "not", "cần": "need", "phải": "must", "có thể": "can"}
_SIGN = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<mod>{alternatives(_MODS)})\s+)?{_SIGN_VI}"
             rf"(?:\s+cho\s+(?P<whom>{SOMEONE}))?\s+{_WHAT}{DAY_AFTER}(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_SIGN_EN = lazy(rf"(?:(?P<q>Have|Has|Did|Do|Does|Would|Can|Could)\s+)?{WHO_EN}"
                r"(?P<aux>(?:['’][a-z]+|n['’]t|\s+(?:has|have|will|just|already|is|am|are|not|going|to|want|"
                r"wants|would|like|need|needs|plan|plans|planning|can))*)\s+"
                r"(?P<verb>signs?|signed|enrol(?:l|s|ls)?|enrolled|registers?|registered)"
                rf"(?:\s+(?P<whom>{SOMEONE_EN}))?(?P<up>\s+up)?\s+(?:for|in|on)\s+{_WHAT_EN}"
                r"(?:\s+(?P<day>[^,.!?]+?))??(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# English of signing up after who, the verb as "V" (base) or "Ved", and what it says in Vietnamese
_SIGNS_VI = {"Ved": "đã", "has Ved": "đã", "have Ved": "đã", "has just Ved": "vừa", "have just Ved": "vừa",
             "just Ved": "vừa", "has already Ved": "đã", "have already Ved": "đã", "is Ved": "đã", "am Ved": "đã",
             "are Ved": "đã", "has not Ved": "chưa", "have not Ved": "chưa", "want to V": "muốn",
             "wants to V": "muốn", "would like to V": "muốn", "will V": "sẽ", "is going to V": "sẽ",
             "am going to V": "sẽ", "are going to V": "sẽ", "plan to V": "định", "plans to V": "định",
             "am planning to V": "định", "is planning to V": "định", "are planning to V": "định", "need to V": "cần",
             "needs to V": "cần", "have to V": "phải", "has to V": "phải", "can V": "có thể"}
_ASKED_VI = {"have Ved": "đã", "has Ved": "đã", "did V": "đã", "do want to V": "có muốn", "does want to V": "có muốn",
             "would like to V": "có muốn", "can V": "có thể", "could V": "có thể"}
_ASPECT_VI = {"just": "vừa", "not": "chưa", "about": "sắp"}
_ONE = {"has", "wants", "plans", "needs", "is", "does"}  # (said of he or she)
_MANY = {"have", "want", "plan", "need", "are", "am", "do"}
# how or where to sign up ("Làm sao để đăng ký?", "Tôi có thể đăng ký lớp yoga ở đâu?")
_HOW = lazy(rf"(?:(?P<how0>(?i:làm\s+(?:sao|thế\s+nào)\s+để|cách))\s+|(?:(?i:tôi)\s+(?:có\s+thể\s+)?)?)"
            rf"(?i:{_SIGN_VI})(?:\s+{_WHAT})?(?:\s+(?P<how>như\s+thế\s+nào|thế\s+nào)|\s+(?P<where>ở\s+đâu))?"
            rf"{SOFTENER}\s*\?+")
_HOW_EN = lazy(rf"(?P<wh>How|Where)\s+(?:do|can)\s+I\s+(?:sign\s+up|enrol(?:l)?|register)(?:\s+(?:for|in|on)\s+"
               rf"{_WHAT_EN})?\s*\?+")
# when a course starts ("Khóa học bắt đầu vào thứ Hai tuần sau.", "Khi nào khóa học khai giảng?")
_COURSE = rf"(?P<unit>[Kk]hóa|[Ll]ớp)(?P<hoc>\s+học)?(?:\s+{_KIND})?(?:\s+(?P<this>này))?"
_BEGINS = lazy(rf"(?:(?P<when0>(?i:khi\s+nào|bao\s+giờ))\s+)?{_COURSE}\s+(?:(?P<aspect>sẽ|đã)\s+)?"
               rf"(?:bắt\s+đầu|khai\s+giảng){DAY_AFTER}{SOFTENED_END}")
_BEGINS_EN = lazy(rf"(?:(?P<when>When)\s+(?P<q>does|will|did)\s+)?(?P<det>[Tt]he|[Tt]his)\s+"
                  rf"(?:(?P<kind>{_KIND_EN})\s+)?(?P<unit>course|class)\s+"
                  r"(?P<verb>starts?|started|will\s+start|begins?|began|will\s+begin|has\s+started)"
                  r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who starts school or signs up for a class, how to sign up, or
    when a course starts; None for any other."""
    if src == "vi":
        return _start(text) or _sign(text) or _how(text) or _begins(text)
    return _start_vi(text) or _sign_vi(text) or _how_vi(text) or _begins_vi(text)


def _day(said: str | None, src: str) -> str | None:
    """A day in the other language: a month ("tháng Chín" → "in September"), one mt.free_time.when reads, or one of
    mt.dates.NEAR_SPANS ("năm ngoái" → "last year"); "" for none said, None for one not read."""
    if not said:
        return ""
    month = re.fullmatch(rf"this\s+(?P<en>{'|'.join(EN_MONTHS)})|(?P<vi>(?i:(?:vào\s+)?tháng\s+\w+))\s+này",
                         said.strip())
    if month and (src == "en") == bool(month["en"]):  # ("tháng Chín này": "this September", ahead)
        read = day_said(f"in {month['en']}" if month["en"] else month["vi"], src) or ""
        return f"{read.removeprefix('vào ')} này" if src == "en" and read else (
            f"this {read.removeprefix('in ')}" if read.startswith("in ") else None)
    return day_said(said, src) or when(said, src, NEAR_SPANS)


def _tense(day: str) -> str:
    """What an English day tells of the tense: "behind" ("last year"), "ahead" ("next week"; not a month: "in
    September" is either), "this year", "month", or "" (none, or today)."""
    if not day or BEHIND.fullmatch(day):
        return "behind" if day else ""
    if day.split()[-1] in EN_MONTHS:
        return "ahead" if day.startswith("this ") else "month"
    return "this year" if day == "this year" else "ahead" if AHEAD.match(day) else ""


def _has(who_: str) -> str:
    """"has" or "have" after who in English."""
    return "has" if be(who_) == "is" else "have"


def _what_en(m: re.Match, the: bool = False) -> str | None:
    """A class, course or lessons of _WHAT in English: "a cooking class", "an English course", "driving lessons",
    "this class", "the course" (`the`, or no kind said); None for lessons of no kind."""
    kind = _KINDS_KEYED[keyed(m["kind"])] if m["kind"] else ""
    if m["lessons"]:
        return f"{kind} lessons" if kind else None
    if m["unit"] == "khóa" and not (m["hoc"] or kind):
        return None  # ("khóa": a lock too)
    unit = "course" if m["unit"] == "khóa" else "class"
    said = f"{kind} {unit}".strip()
    det = "this" if m["this"] else "the" if the or not kind else a_or_an(said)
    return f"{det} {said}"


def _what_vi(m: re.Match) -> str | None:
    """A class, course or lessons of _WHAT_EN in Vietnamese: "lớp nấu ăn", "khóa học tiếng Anh", "học lái xe", "lớp
    học này"; None for "a" or "an" that does not go with what follows ("a English class")."""
    kind = m["kind"] or m["kinds"]
    vi = _KINDS_VI[kind.lower()] if kind else ""
    if m["many"]:
        return f"{'học' if m['many'] == 'lessons' else 'lớp'} {vi}"
    det = m["det"].lower()
    if det in ("a", "an") and det != a_or_an(f"{kind or ''} {m['unit']}".strip()):
        return None
    unit = "khóa học" if m["unit"] == "course" else "lớp" if vi else "lớp học"
    return f"{unit}{' ' + vi if vi else ''}{' này' if det == 'this' else ''}"


def _start(text: str) -> str | None:
    """"Con tôi mới đi nhà trẻ." as "My child has just started nursery.", "Năm nay con gái tôi bắt đầu đi mẫu giáo." as
    "My daughter started kindergarten this year.", "Con trai tôi sẽ vào lớp một vào tháng Chín." as "My son will start
    primary school in September.", "Con bạn đã đi mẫu giáo chưa?" as "Has your child started kindergarten yet?"
    (_START); None for anything else, a habit ("Con tôi đi mẫu giáo."), and a day against the tense."""
    m = _START.fullmatch(text)
    if not m or m["day0"] and m["day"] or ("?" in m["end"]) != bool(m["asked"] or m["when0"]):
        return None
    school, go, aspect = keyed(m["school"]), m["go"], _ASPECTS.get(keyed(m["aspect"] or ""), "")
    if (go == "đi") != (school in _GONE_TO) and not (go == "học" and m["begin"] and school != "học"):
        return None
    begun = m["begin"] or aspect in ("just", "not") and m["aspect"] != "vừa" or m["asked"]
    if (go == "học" or school == "học") and not m["begin"] or go == "đi" and not begun:
        return None  # (a habit; "vừa đi": just went; "đi học chưa?": gone to school today?)
    said, day = who(m, bool(m["asked"] or m["when0"])), _day(m["day0"] or m["day"], "vi")
    if not said or day is None or school in _SMALL and keyed(m["kin"] or "") in _GROWN_VI:
        return None  # ("Mẹ tôi mới đi nhà trẻ.": took a child there)
    if school.startswith("lớp") and (aspect == "about" or "year" in day):
        return None  # (mt/school_years.py's: "Năm nay con tôi vào lớp một." is starting grade 1)
    who_, tense, start = said[0], _tense(day), f"{_SCHOOLS[school]}{' ' + day if day else ''}"
    if m["when0"]:
        ok = not (aspect or day or m["done"] or m["asked"])
        return f"When {'does' if be(who_) == 'is' else 'do'} {who_} start {start}?" if ok else None
    if m["asked"]:
        return f"{_has(who_).capitalize()} {who_} started {start} yet?" if aspect in ("", "did") and not day else None
    if aspect in ("just", "about", "not") and (day or m["done"]) or m["done"] and day:
        return None
    if aspect == "not":
        return capitalised(f"{who_} {_has(who_)}n't started {start} yet.")
    if aspect == "just":
        return capitalised(contracted(who_, f"{_has(who_)} just started {start}."))
    if aspect == "about":
        return capitalised(contracted(who_, f"{be(who_)} about to start {start}."))
    if m["done"] or aspect == "did" and not day:
        return capitalised(contracted(who_, f"{_has(who_)} started {start}."))
    if tense in ("behind", "this year") and aspect in ("", "did") or tense == "month" and aspect == "did":
        return capitalised(f"{who_} started {start}.")
    if aspect == "will" and tense not in ("behind", "this year") or not aspect and tense == "ahead":
        return capitalised(contracted(who_, f"will start {start}.") if aspect else
                           f"{who_} start{'s' * (be(who_) == 'is')} {start}.")
    return None


def _start_vi(text: str) -> str | None:
    """"My daughter started kindergarten this year." as "Năm nay con gái tôi bắt đầu đi mẫu giáo.", "My son has just
    started nursery." as "Con trai tôi vừa bắt đầu đi nhà trẻ.", "He starts primary school in September." as "Anh ấy
    sẽ vào lớp một vào tháng 9." (_START_EN); None for anything else, where the verb does not agree with who, and a
    day against the tense."""
    m = _START_EN.fullmatch(text)
    if not m or bool(m["when"] or m["has"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if _SCHOOLS_VI[keyed(m["school"])] in _SMALL and (m["kin"] or "").lower() in _GROWN:
        return None  # ("My mother started kindergarten.")
    aux = " ".join(re.sub(r"n['’]t", " not", m["aux"] or "").replace("’", "'").split())
    aux = re.sub(r"^'(s|ve|ll|m|re)\b", lambda s: {"s": "has" if m["verb"] == "started" else "is", "ve": "have",
                                                   "ll": "will", "m": "am", "re": "are"}[s[1]], aux)
    school = _SCHOOLS_VI[keyed(m["school"])]
    go = f"{'bắt đầu đi' if school in _GONE_TO else 'vào'} {school}"
    day = _day(m["day"], "en")
    if day is None:
        return None
    tense = _tense(" ".join(m["day"].split())) if day else ""
    if m["when"] or m["has"]:
        q = (m["q"] or m["has"]).lower()
        if aux or day or (q in ("does", "has")) != one or m["verb"] != ("start" if m["when"] else "started"):
            return None
        return f"Khi nào {who_} {go}?" if m["when"] else capitalised(f"{who_} đã {go} chưa?")
    said = _STARTS_VI.get(f"{aux} {m['verb']}".strip())
    first = aux.split(" ")[0] if aux else m["verb"]
    if said is None or first in _ONE and not one or first in _MANY and one or first in ("is", "am", "are") and (
            first != be_of(who_, one)) or m["yet"] and said != "not":
        return None
    if said in ("done", "just", "not", "about") and day:
        return None
    if said in ("did", "done"):
        return placed(f"{who_} bắt đầu đi {school}" if school in _GONE_TO else f"{who_} vào {school}", day, ".") \
            if day and tense != "ahead" else None if day else capitalised(f"{who_} đã {go}.")
    if said in ("just", "not", "about"):
        return capitalised(f"{who_} {_ASPECT_VI[said]} {go}.")
    if said in ("start", "starts") and (tense not in ("ahead", "month") or (said == "starts") != one):
        return None
    return placed(f"{who_} sẽ {go}", day, ".") if tense != "behind" else None


def _sign(text: str) -> str | None:
    """"Tôi đã đăng ký học lái xe." as "I've signed up for driving lessons.", "Tôi muốn đăng ký lớp tiếng Anh." as "I
    want to sign up for an English class.", "Bạn đã đăng ký lớp yoga chưa?" as "Have you signed up for a yoga class
    yet?" (_SIGN); None for anything else, and "đăng ký" with no word for the tense and no day."""
    m = _SIGN.fullmatch(text)
    asked = "?" in m["end"] if m else False
    if not m or asked != bool(m["asked"]) or m["day0"] and m["day"]:
        return None
    mod, what = _MODS.get(keyed(m["mod"] or ""), ""), _what_en(m)
    said, day = who(m, asked), _day(m["day0"] or m["day"], "vi")
    whom = someone(m["whom"], "vi") if m["whom"] else ""
    if not said or not what or day is None or whom is None or m["done"] and mod not in ("", "did"):
        return None
    who_, one = said
    up, tense = f"{whom} up" if whom else "up", _tense(day)
    done = f" for {what}{' ' + day if day else ''}"
    if asked:
        if m["asked"] == "chưa" and mod in ("", "did") and not day and not m["done"]:
            return f"{_has(who_).capitalize()} {who_} signed {up}{done} yet?"
        verb = {"want": "want to", "can": "can"}.get(mod) if m["asked"] == "không" else None
        if verb == "want to":
            return f"{'Does' if one else 'Do'} {who_} want to sign {up}{done}?"
        return f"Can {who_} sign {up}{done}?" if verb else None
    if "có" in keyed(m["mod"] or ""):
        return None
    if mod in ("did", "") and tense == "behind":
        return capitalised(f"{who_} signed {up}{done}.")
    if (mod == "did" or m["done"]) and not day:
        return capitalised(contracted(who_, f"{_has(who_)} signed {up}{done}."))
    if mod in ("just", "not") and not day:
        return capitalised(contracted(who_, f"{_has(who_)} just signed {up}{done}.") if mod == "just" else
                           f"{who_} {_has(who_)}n't signed {up}{done} yet.")
    if tense in ("behind", "month", "this year") or mod in ("did", "just", "not"):
        return None
    if mod == "will" or not mod and tense == "ahead":
        return capitalised(contracted(who_, f"will sign {up}{done}."))
    verb = {"want": "want to", "plan": "plan to", "need": "need to", "must": "have to", "can": "can"}.get(mod)
    if not verb:
        return None
    if one and verb != "can":
        verb = "has to" if verb == "have to" else verb.replace(" ", "s ", 1)
    return capitalised(f"{who_} {verb} sign {up}{done}.")


def _sign_vi(text: str) -> str | None:
    """"I've signed up for a cooking class." as "Tôi đã đăng ký lớp nấu ăn.", "She's enrolled in a swimming course."
    as "Cô ấy đã đăng ký khóa học bơi.", "Have you signed up for the yoga class yet?" as "Bạn đã đăng ký lớp yoga
    chưa?" (_SIGN_EN); None for anything else, where the verb does not agree with who, and a day against the tense."""
    m = _SIGN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"].startswith("sign") != bool(m["up"])) or (
            m["whom"] and not m["up"]):
        return None
    who_, one = who_vi(m)
    verb = "Ved" if m["verb"].endswith("ed") else "V" if m["verb"] in ("sign", "enrol", "enroll", "register") else ""
    aux = " ".join(re.sub(r"n['’]t", " not", m["aux"] or "").replace("’", "'").split())
    aux = re.sub(r"^'(s|ve|ll|m|re|d)\b", lambda s: {"s": "has" if verb == "Ved" else "is", "ve": "have", "ll": "will",
                                                     "m": "am", "re": "are", "d": "would"}[s[1]], aux)
    key, what, day = " ".join(w for w in ((m["q"] or "").lower(), aux, verb) if w), _what_vi(m), _day(m["day"], "en")
    said = (_ASKED_VI if m["q"] else _SIGNS_VI).get(key)
    first = key.split(" ")[0]
    whom = someone(m["whom"], "en") if m["whom"] else ""
    if not verb or not said or not what or day is None or whom is None or first in _ONE and not one or (
            first in _MANY and one) or first in ("is", "am", "are") and first != be_of(who_, one):
        return None
    if m["yet"] and (said not in ("chưa", "đã") or said == "đã" and not m["q"]):
        return None  # ("yet" only asked, or not done)
    sign = f"đăng ký {what}" if not whom else f"đăng ký cho {whom} {what}" if what.startswith("học ") else \
        f"đăng ký {what} cho {whom}"
    if m["q"]:
        return None if day else capitalised(f"{who_} {said} {sign} {'chưa' if said == 'đã' else 'không'}?")
    tense = _tense(" ".join(m["day"].split())) if day else ""
    if day and (said in ("vừa", "chưa") or said == "đã" and tense not in ("behind", "this year", "month") or
                said != "đã" and tense == "behind"):
        return None
    return placed(f"{who_} {said} {sign}", day, ".") if day else capitalised(f"{who_} {said} {sign}.")


def _how(text: str) -> str | None:
    """"Làm sao để đăng ký?" as "How do I sign up?", "Tôi có thể đăng ký lớp yoga ở đâu?" as "Where can I sign up for a
    yoga class?" (_HOW); None for anything else, and "đăng ký" asked alone."""
    m = _HOW.fullmatch(text)
    if not m or bool(m["how0"]) == bool(m["how"] or m["where"]) or (m["unit"] or m["lessons"]) and not (
            what := _what_en(m, the=True)):
        return None
    for_ = f" for {what}" if m["unit"] or m["lessons"] else ""
    if m["where"]:
        return f"Where {'can' if 'thể' in text else 'do'} I sign up{for_}?"
    return f"How do I sign up{for_}?"


def _how_vi(text: str) -> str | None:
    """"How do I sign up?" as "Làm sao để đăng ký?", "Where can I sign up for the yoga class?" as "Tôi có thể đăng ký
    lớp yoga ở đâu?" (_HOW_EN); None for anything else."""
    m = _HOW_EN.fullmatch(text)
    what = _what_vi(m) if m and m["unit"] or m and m["many"] else ""
    if not m or what is None:
        return None
    what = f" {what}" if what else ""
    return f"Làm sao để đăng ký{what}?" if m["wh"] == "How" else f"Tôi có thể đăng ký{what} ở đâu?"


def _begins(text: str) -> str | None:
    """"Khóa học bắt đầu vào thứ Hai tuần sau." as "The course starts next Monday.", "Khi nào khóa học khai giảng?" as
    "When does the course start?" (_BEGINS); None for anything else, and asked without "Khi nào" opening."""
    m = _BEGINS.fullmatch(text)
    if not m or bool(m["when0"]) != ("?" in m["end"]) or m["unit"].lower() == "khóa" and not (m["hoc"] or m["kind"]):
        return None
    kind = _KINDS_KEYED[keyed(m["kind"])] if m["kind"] else ""
    course = f"{'this' if m['this'] else 'the'} {kind + ' ' if kind else ''}" \
             f"{'course' if m['unit'].lower() == 'khóa' else 'class'}"
    day = _day(m["day"], "vi")
    if m["when0"]:
        return f"When {'did' if m['aspect'] == 'đã' else 'does'} {course} start?" if not m["day"] else None
    tense = _tense(day or "")
    if not day or m["aspect"] == "đã" and tense != "behind" or m["aspect"] == "sẽ" and tense not in ("ahead", "month"):
        return None
    if tense == "behind":
        return capitalised(f"{course} started {day}.")
    return capitalised(f"{course} starts {day}.") if tense == "ahead" or tense == "month" and m["aspect"] else None


def _begins_vi(text: str) -> str | None:
    """"The course starts next Monday." as "Khóa học bắt đầu vào thứ Hai tuần sau.", "When does the course start?" as
    "Khi nào khóa học bắt đầu?" (_BEGINS_EN); None for anything else, and a day against the tense."""
    m = _BEGINS_EN.fullmatch(text)
    if not m or bool(m["when"]) != ("?" in m["end"]):
        return None
    kind = _KINDS_VI[m["kind"].lower()] if m["kind"] else ""
    course = f"{'khóa học' if m['unit'] == 'course' else 'lớp' if kind else 'lớp học'}{' ' + kind if kind else ''}" \
             f"{' này' if m['det'].lower() == 'this' else ''}"
    verb = " ".join(m["verb"].split())
    if m["when"]:
        ok = not m["day"] and verb in ("start", "begin") and m["det"] == "the"
        return (f"{capitalised(course)} đã bắt đầu khi nào?" if m["q"] == "did" else f"Khi nào {course} bắt đầu?") \
            if ok else None
    day = _day(m["day"], "en")
    tense = _tense(" ".join(m["day"].split())) if day else ""
    past = verb in ("started", "began", "has started")
    if not day or verb in ("start", "begin") or past != (tense == "behind") or not past and tense not in (
            "ahead", "month"):
        return None
    if past:
        return capitalised(f"{course} đã bắt đầu {day}.")
    return capitalised(f"{course} bắt đầu {day if day.startswith('vào ') else 'vào ' + day}.")
