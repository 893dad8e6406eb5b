"""Vietnamese Teachers' Day (20 November), both ways, written whole by rule: the greeting, a happy day wished to a
teacher spoken to, wishes of health and happiness to a teacher, the day itself, flowers or a present handed to a
teacher, flowers or a present given to the teacher, and thanks for teaching. v8 (rules on) reads "chúc" as "have" and
"cô" as "her", and writes "teacher" as "giáo viên" spoken to: "Chúc mừng ngày 20/11!" → "Helcome November 20!", "Chúc
cô ngày 20/11 vui vẻ!" → "Have her November 20 happy!", "Em chúc thầy ngày Nhà giáo vui vẻ." → "The teacher is
happy.", "Chúng em chúc cô luôn vui vẻ." → "We wish her always happy.", "Chúc thầy cô sức khỏe dồi dào." → "Good
teacher.", "Chúc thầy mạnh khỏe và hạnh phúc." → "Have a good teacher and happiness.", "Em tặng cô bó hoa này." → "I
gave her this flower.", "Tôi tặng hoa cho cô giáo." → "I gave flowers to her teacher.", "Em cảm ơn cô đã dạy em." → "I
thank you've taught you."; "Happy Teachers' Day, teachers!" → "Chúc mừng ngày Nhà giáo, giáo viên!", "We wish you
good health and happiness, teachers!" → "Chúng tôi chúc bạn sức khỏe và hạnh phúc, giáo viên!", "Thank you for
teaching me, sir." → "Cám ơn vì đã dạy cho tôi, hát.", "These flowers are for you, teachers." → "Những bông hoa này
dành cho bạn, giáo viên.".

Taken: "Chúc mừng ngày Nhà giáo (Việt Nam)", "… ngày 20/11" (Happy Teachers' Day); "(Em, Chúng em, Con) chúc thầy, cô,
thầy cô ngày 20/11 vui vẻ, ý nghĩa" ("Happy Teachers' Day, teacher!", "We wish you a happy …"); "(Em …) chúc thầy cô
(luôn) mạnh khỏe, hạnh phúc …" from _WISHES ("Wishing you good health and happiness always, teachers!"); the day: today,
tomorrow or yesterday, asked, on 20 November, which day, 20/11 is it, coming; "Em tặng cô bó hoa này." ("This bouquet is
for you, teacher."); who (mt.hobbies.WHO) giving or buying flowers or a present for the teacher ("Tôi tặng hoa cho cô
giáo." → "I gave the teacher flowers.": a plain verb is the past, as in mt/gifts.py; "của mình" the giver's own); "(Em)
cảm ơn cô đã dạy em." ("Thank you for teaching me, teacher."). In these "thầy", "cô", "thầy cô" are spoken TO (you),
"em", "chúng em", "con" are the pupil speaking. English back only where Vietnamese can say who is spoken to: "teachers"
("thầy cô"); "sir" ("thầy"), "Miss" ("cô") only with the day said or for teaching. Left: a lone "teacher" spoken to in
English (thầy or cô? not said), "cô" or "thầy" without the day where they may not be a teacher ("Chúc cô luôn vui vẻ.":
an aunt?; "Con chúc thầy …": a monk?), "sir" or "Miss" without it (anyone), "giáo viên" (one or many?), wishes to anyone
else (mt/wishes.py), "Hôm nay là ngày 20/11." (a date, mt/dates.py), World Teachers' Day, other days, "của mình" after a
name alone or "con tôi" (his or hers?), and anything else.
mt.phrasebook.translate tries these after mt/voices.py.

    >>> translate("Chúc cô ngày 20/11 vui vẻ!", "vi", "en"), translate("Happy Teachers' Day, teachers!", "en", "vi")
    ("Happy Teachers' Day, teacher!", 'Chúc thầy cô ngày Nhà giáo vui vẻ!')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENER, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thầy|cô|nhà\s+giáo|20/11|20\s*-\s*11|20\s+tháng\s+(?:11|mười\s+một))"),
         "en": lazy(r"(?i:teacher|sir|miss)")}
# the teacher spoken to, and the pupil speaking ("em", "chúng em": I, we; "chúng em" also the one taught)
_YOU = {"thầy": "teacher", "cô": "teacher", "thầy cô": "teachers", "các thầy cô": "teachers", "quý thầy cô": "teachers"}
_PUPILS = {"em": "I", "chúng em": "we", "con": "I", "chúng con": "we"}
_YOU_EN = {"teachers": "thầy cô", "sir": "thầy", "miss": "cô"}  # ("teacher": thầy or cô, not said)
# wishes after "chúc" and the teacher (the Vietnamese of each English is written back)
_WISHES = {"mạnh khỏe": "good health", "khỏe mạnh": "good health", "sức khỏe": "good health",
           "nhiều sức khỏe": "good health", "sức khỏe dồi dào": "good health", "dồi dào sức khỏe": "good health",
           "hạnh phúc": "happiness", "vui vẻ": "joy", "thành công": "success", "bình an": "peace",
           "may mắn": "good luck", "công tác tốt": "success in your work"}
_WISHES_EN = {"good health": "mạnh khỏe", "health": "sức khỏe", "happiness": "hạnh phúc", "joy": "vui vẻ",
              "success": "thành công", "peace": "bình an", "good luck": "may mắn",
              "success in your work": "công tác tốt"}
_HOW = {"vui vẻ": "happy", "hạnh phúc": "happy", "ý nghĩa": "meaningful"}  # (a day wished)
# a present handed over now ("bó hoa này"), and one given ("hoa"): English, and whether many
_HERE = {"bó hoa": ("this bouquet", False), "bông hoa": ("this flower", False),
         "những bông hoa": ("these flowers", True), "món quà": ("this present", False),
         "món quà nhỏ": ("this little present", False), "tấm thiệp": ("this card", False)}
_HERE_EN = {en: vi for vi, (en, _) in _HERE.items()} | {"this gift": "món quà", "this small present": "món quà nhỏ",
                                                      "this little gift": "món quà nhỏ"}
_GIFTS = {"hoa": "flowers", "một bó hoa": "a bouquet", "quà": "a present", "một món quà": "a present",
          "thiệp": "a card", "một tấm thiệp": "a card"}
_GIFTS_EN = {"flowers": "hoa", "a bouquet": "một bó hoa", "a present": "quà", "a gift": "quà", "a card": "thiệp"}
_TEACHER = {"cô giáo": "teacher", "thầy giáo": "teacher", "cô giáo chủ nhiệm": "form teacher",
            "thầy giáo chủ nhiệm": "form teacher", "thầy cô": "teachers", "các thầy cô": "teachers"}
_ASPECTS = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will"}
_NEAR = near_days("hôm qua", "hôm nay", "ngày mai")
_NEAR_EN = {en.lower(): vi for vi, en in _NEAR.items()}

# the day: "ngày Nhà giáo (Việt Nam)", or its date; the date alone is Teachers' Day only where wished
_DATE = r"(?:20/11|20\s*-\s*11|20\s+tháng\s+(?:11|(?i:mười\s+một)))"
_NAMED = r"(?P<named>(?i:nhà\s+giáo))(?P<vn>\s+(?i:việt\s+nam))?"
_DAY = rf"(?i:ngày)\s+(?:{_NAMED}|(?P<date>{_DATE}))"
_BY = rf"(?:(?P<by>(?i:{alternatives(_PUPILS)}))\s+)?(?:(?i:xin)\s+)?"
_TO = rf"(?P<you>(?i:{alternatives(_YOU)}))"
_END = r"(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)"
_GREET = lazy(rf"(?i:(?:xin\s+)?chúc\s+mừng|mừng)\s+{_DAY}(?:\s+(?P<date0>{_DATE}))?{_END}")
_DAY_WISH = lazy(rf"{_BY}(?i:chúc)\s+{_TO}\s+(?:có\s+)?(?:một\s+)?{_DAY}\s+(?:thật\s+)?"
                 rf"(?P<how>{alternatives(_HOW)}){_END}")
_WISH = f"(?:{alternatives(_WISHES)})"
_WISH_LIST = rf"(?P<wishes>{_WISH}(?:\s*,\s*(?:và\s+)?{_WISH}|\s+và\s+{_WISH})*)"
_WISHED = lazy(rf"{_BY}(?i:chúc)\s+{_TO}(?:\s+(?P<always>luôn(?:\s+luôn)?))?\s+{_WISH_LIST}"
               rf"(?:\s+(?i:nhân)\s+(?:dịp\s+)?{_DAY})?{_END}")
_IS = lazy(rf"(?P<near>(?i:{alternatives(_NEAR)}))\s+(?:(?P<ask>có\s+phải)\s+)?là\s+(?i:ngày)\s+{_NAMED}"
           rf"(?:\s+(?P<asked>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
_ON = lazy(rf"(?i:ngày)\s+{_NAMED}\s+(?:là\s+(?:vào\s+)?|vào\s+)(?i:ngày)\s+(?:(?P<which>nào)|{_DATE})"
           rf"{SOFTENER}\s*(?P<end>[.!?]*)")
_DATE_IS = lazy(rf"(?i:ngày)\s+{_DATE}\s+là\s+(?i:ngày)\s+{_NAMED}{SOFTENER}\s*(?P<end>[.!]*)")
_COMING = lazy(rf"(?i:sắp)\s+(?:đến\s+|tới\s+)?(?i:ngày)\s+{_NAMED}\s+rồi(?:\s+(?:đấy|nhỉ))?\s*(?P<end>[.!]*)")
_HANDED = lazy(rf"(?P<by>(?i:em|chúng\s+em))\s+(?:xin\s+)?(?:gửi\s+)?(?i:tặng)\s+{_TO}\s+"
               rf"(?P<gift>(?i:{alternatives(_HERE)}))\s+này{_END}")
_GIVEN = lazy(rf"{WHO}\s+(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?(?P<verb>tặng|mua)\s+"
              rf"(?P<gift>(?i:{alternatives(_GIFTS)}))\s+cho\s+(?P<teacher>(?i:{alternatives(_TEACHER)}))"
              rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?(?:\s+(?i:nhân)\s+(?:dịp\s+)?{_DAY})?"
              rf"{SOFTENER}\s*(?P<end>[.!]*)")
_THANKS = lazy(rf"{_BY}(?i:cảm\s+ơn|cám\s+ơn)\s+{_TO}\s+(?:vì\s+)?đã\s+dạy(?:\s+dỗ|\s+bảo)?\s+"
               rf"(?P<whom>(?i:{alternatives(_PUPILS)})){_END}")

# ... and in English
_DAY_EN = r"(?P<vn>(?i:vietnamese|vietnam)\s+)?(?i:teachers['’]?|teacher['’]s)\s+(?i:day)"
_VOC = r",\s+(?P<voc>(?i:teachers|teacher|sir|miss))"
_END_EN = r"\s*(?P<end>[.!]*)"
_DATE_EN = r"(?:(?i:november)\s+20(?:th)?|(?:the\s+)?20(?:th)?\s+(?:of\s+)?(?i:november))"
_GREET_EN = lazy(rf"(?:(?P<by>I|We)\s+wish\s+you\s+a\s+|(?P<wishing>Wishing)\s+you\s+a\s+)?"
                 rf"(?P<how>(?i:happy|meaningful))\s+{_DAY_EN}(?:{_VOC})?{_END_EN}")
_WISH_EN = f"(?:{alternatives(_WISHES_EN)})"
_WISHED_EN = lazy(rf"(?:(?P<by>I|We)\s+wish|Wishing)\s+you\s+(?P<wishes>{_WISH_EN}(?:(?:\s*,\s*|,?\s+and\s+)"
                  rf"{_WISH_EN})*)(?:\s+(?P<always>always))?(?:\s+on\s+(?P<on>{_DAY_EN}))?{_VOC}{_END_EN}")
_IS_EN = lazy(rf"(?:(?P<near>Today|Tomorrow|Yesterday)\s+(?P<be>is|was)|(?P<q>Is|Was)\s+(?P<qnear>today|tomorrow|"
              rf"yesterday))\s+{_DAY_EN}\s*(?P<end>[.!?]*)")
_ON_EN = lazy(rf"(?:(?P<when>When)\s+is\s+)?{_DAY_EN}(?:\s+(?:is|falls)\s+on\s+(?P<on>{_DATE_EN}))?\s*(?P<end>[.!?]*)")
_DATE_IS_EN = lazy(rf"{_DATE_EN}\s+is\s+{_DAY_EN}{_END_EN}")
_COMING_EN = lazy(rf"{_DAY_EN}\s+is\s+(?:coming(?:\s+soon)?|almost\s+here|just\s+around\s+the\s+corner){_END_EN}")
_HANDED_EN = lazy(rf"(?P<gift>(?i:{alternatives(_HERE_EN)}))\s+(?P<be>is|are)\s+for\s+you"
                  rf"(?P<us>\s+from\s+(?:all\s+of\s+)?us)?{_VOC}{_END_EN}")
_GIVEN_EN = lazy(rf"{WHO_EN}\s+(?P<verb>gave|bought)\s+(?P<gift>{alternatives(_GIFTS_EN)})\s+(?P<prep>to|for)\s+"
                 rf"(?P<det>the|{WHOSE_WORDS})\s+teachers(?:\s+for\s+(?P<on>{_DAY_EN}))?{_END_EN}")
_THANKS_EN = lazy(rf"(?i:thank\s+you)\s+for\s+teaching\s+(?P<whom>me|us){_VOC}{_END_EN}")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that greets, wishes well, hands a present to or thanks a teacher on Teachers'
    Day, or says when the day is; None for any other."""
    if src == "vi":
        text = text.replace("khoẻ", "khỏe")  # (the older spelling of the same word)
        return _greet(text) or _day_wish(text) or _wished(text) or _is(text) or _handed(text) or _given(text) or \
            _thanks(text)
    text = text.replace("’", "'")
    return _greet_vi(text) or _wished_vi(text) or _is_vi(text) or _handed_vi(text) or _given_vi(text) or \
        _thanks_vi(text)


def _ended(said: str, end: str) -> str:
    """A wish with the source's "!" or "." ("!" where it had none)."""
    return f"{said}{'.' if end.startswith('.') else '!'}"


def _day(m: re.Match) -> str:
    """The day of a match of _DAY in English: "Vietnamese Teachers' Day", "Teachers' Day" (also for "ngày 20/11")."""
    return f"{'Vietnamese ' * bool(m['vn'])}Teachers' Day"


def _day_vi(m: re.Match) -> str:
    """The day of a match of _DAY_EN in Vietnamese: "ngày Nhà giáo Việt Nam", "ngày Nhà giáo"."""
    return f"ngày Nhà giáo{' Việt Nam' * bool(m['vn'])}"


def _sure(you: str, pupil: str, day: bool) -> bool:
    """Whether `you` (of _YOU) is surely a teacher spoken to: with the day said, "thầy cô", "em" speaking or taught,
    or "thầy" with no one speaking; not "cô" alone (an aunt?) nor "Con … thầy" (a monk?)."""
    return day or _YOU[you] == "teachers" or pupil in ("em", "chúng em") or you == "thầy" and not pupil


def _greet(text: str) -> str | None:
    """"Chúc mừng ngày Nhà giáo Việt Nam!" as "Happy Vietnamese Teachers' Day!", "Chúc mừng ngày 20/11!" as "Happy
    Teachers' Day!", "… Việt Nam 20/11!" as "Happy Vietnamese Teachers' Day (November 20)!" (_GREET); None for anything
    else, and the date twice ("ngày 20/11 20/11")."""
    m = _GREET.fullmatch(text)
    if not m or m["date"] and m["date0"]:
        return None
    return _ended(f"Happy {_day(m)}{' (November 20)' * bool(m['date0'])}", m["end"])


def _day_wish(text: str) -> str | None:
    """"Chúc cô ngày 20/11 vui vẻ!" as "Happy Teachers' Day, teacher!", "Em chúc thầy ngày Nhà giáo vui vẻ." as "I
    wish you a happy Teachers' Day, teacher.", "Chúc thầy cô ngày Nhà giáo ý nghĩa!" as "Wishing you a meaningful
    Teachers' Day, teachers!" (_DAY_WISH); None for anything else."""
    m = _DAY_WISH.fullmatch(text)
    if not m:
        return None
    how, voc = _HOW[keyed(m["how"])], _YOU[keyed(m["you"])]
    if m["by"]:
        said = f"{capitalised(_PUPILS[keyed(m['by'])])} wish you a {how} {_day(m)}, {voc}"
    else:
        said = f"Happy {_day(m)}, {voc}" if how == "happy" else f"Wishing you a {how} {_day(m)}, {voc}"
    return _ended(said, m["end"])


def _listed(said: list[str], joint: str = "and") -> str:
    """Words listed as English (or Vietnamese, `joint` "và") lists them: "a", "a and b", "a, b and c"."""
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {joint} {said[-1]}"


def _wished(text: str) -> str | None:
    """"Chúc thầy cô sức khỏe dồi dào." as "Wishing you good health, teachers.", "Chúng em chúc cô luôn vui vẻ." as
    "We wish you joy always, teacher.", "Chúc thầy mạnh khỏe và hạnh phúc." as "Wishing you good health and
    happiness, teacher." (_WISHED); None for anything else, one wish said twice, and a teacher not sure (_sure)."""
    m = _WISHED.fullmatch(text)
    if not m or not _sure(keyed(m["you"]), keyed(m["by"] or ""), bool(m["named"] or m["date"])):
        return None
    wishes = [_WISHES[keyed(w)] for w in re.split(r"\s*,\s*(?:và\s+)?|\s+và\s+", m["wishes"])]
    if len(set(wishes)) != len(wishes):
        return None
    by = f"{capitalised(_PUPILS[keyed(m['by'])])} wish" if m["by"] else "Wishing"
    on = f" on {_day(m)}" if m["named"] or m["date"] else ""
    return _ended(f"{by} you {_listed(wishes)}{' always' * bool(m['always'])}{on}, {_YOU[keyed(m['you'])]}", m["end"])


def _is(text: str) -> str | None:
    """"Hôm nay là ngày Nhà giáo Việt Nam." as "Today is Vietnamese Teachers' Day.", "Hôm nay có phải là ngày Nhà
    giáo không?" as "Is today Teachers' Day?" (_IS), "Ngày Nhà giáo Việt Nam là ngày 20 tháng 11." as "Vietnamese
    Teachers' Day is on November 20.", "… là ngày nào?" as "When is …?" (_ON), "Ngày 20/11 là ngày Nhà giáo." as
    "November 20 is Teachers' Day." (_DATE_IS), "Sắp đến ngày Nhà giáo rồi." as "Teachers' Day is coming soon."
    (_COMING); None for anything else."""
    if m := _IS.fullmatch(text):
        asked = bool(m["asked"])
        if asked != ("?" in m["end"]) or asked != bool(m["ask"]):
            return None
        near = _NEAR[keyed(m["near"])]
        be = "was" if NEAR_WAY[keyed(m["near"])] == "behind" else "is"
        return f"{be.capitalize()} {near} {_day(m)}?" if asked else \
            f"{capitalised(near)} {be} {_day(m)}{m['end'] or '.'}"
    if m := _ON.fullmatch(text):
        if bool(m["which"]) != ("?" in m["end"]):
            return None
        return f"When is {_day(m)}?" if m["which"] else f"{_day(m)} is on November 20{m['end'] or '.'}"
    if m := _DATE_IS.fullmatch(text) or _COMING.fullmatch(text):
        said = f"November 20 is {_day(m)}" if m.re == _DATE_IS else f"{_day(m)} is coming soon"
        return f"{said}{m['end'] or '.'}"
    return None


def _handed(text: str) -> str | None:
    """"Em tặng cô bó hoa này." as "This bouquet is for you, teacher.", "Chúng em tặng thầy cô món quà này." as "This
    present is for you from us, teachers." (_HANDED); None for anything else."""
    m = _HANDED.fullmatch(text)
    if not m:
        return None
    gift, many = _HERE[keyed(m["gift"])]
    us = " from us" if keyed(m["by"]) == "chúng em" else ""
    return f"{capitalised(gift)} {'are' if many else 'is'} for you{us}, {_YOU[keyed(m['you'])]}{m['end'] or '.'}"


def _given(text: str) -> str | None:
    """"Tôi tặng hoa cho cô giáo." as "I gave the teacher flowers.", "Con tôi vừa mua quà cho cô giáo chủ nhiệm." as
    "My child has just bought a present for the form teacher.", "Chúng tôi sẽ tặng hoa cho thầy cô nhân ngày 20/11."
    as "We will give the teachers flowers for Teachers' Day." (_GIVEN); None for anything else, "anh", "chị", "em"
    alone saying it, and "của mình" where English cannot say whose (_whose)."""
    m = _GIVEN.fullmatch(text)
    said = m and who(m, False)
    if not said:
        return None
    who_, one = said
    whose = _whose(m, who_)
    if whose is None:
        return None
    teacher = f"{whose} {_TEACHER[keyed(m['teacher'])]}"
    gift, give = _GIFTS[keyed(m["gift"])], m["verb"] == "tặng"
    aspect = _ASPECTS.get(keyed(m["aspect"] or ""), "past")
    verb = {"past": "gave" if give else "bought", "just": f"{'has' if one else 'have'} just "
            f"{'given' if give else 'bought'}", "will": f"will {'give' if give else 'buy'}"}[aspect]
    done = f"{verb} {teacher} {gift}" if give else f"{verb} {gift} for {teacher}"
    on = f" for {_day(m)}" if m["named"] or m["date"] else ""
    return capitalised(f"{who_} {done}{on}{m['end'] or '.'}")


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose the teacher of a match of _GIVEN is, its giver `who_` in English: "the" with no one said, "my", "her" …
    after "của"; "mình" (oneself) is the giver's own ("Anh ấy … của mình": his; "my" only for "tôi", "mình"), None
    where English cannot say his or hers ("Lan", "con tôi")."""
    owner = keyed(m["owner"] or "")
    if owner != "mình":
        return OWNERS[owner] if owner else "the"
    return whose_own(m, who_)


def _thanks(text: str) -> str | None:
    """"Em cảm ơn cô đã dạy em." as "Thank you for teaching me, teacher.", "Chúng em cảm ơn thầy cô đã dạy dỗ chúng
    em." as "Thank you for teaching us, teachers." (_THANKS); None for anything else, and who is taught not who
    speaks ("Chúng em cảm ơn cô đã dạy em.")."""
    m = _THANKS.fullmatch(text)
    by, whom = keyed(m["by"] or "") if m else "", keyed(m["whom"]) if m else ""
    if not m or by and by != whom or not _sure(keyed(m["you"]), whom, False):
        return None
    me = "me" if _PUPILS[whom] == "I" else "us"
    return f"Thank you for teaching {me}, {_YOU[keyed(m['you'])]}{m['end'] or '.'}"


def _you_vi(m: re.Match) -> str | None:
    """The teacher spoken to of a match of _VOC in Vietnamese: "thầy cô", "thầy" (sir), "cô" (Miss); None for a lone
    "teacher" (thầy or cô: English does not say)."""
    return _YOU_EN.get(m["voc"].lower())


def _by_vi(m: re.Match) -> str:
    """The pupil speaking of a match's group by ("I", "We") in Vietnamese, with a space after: "Em ", "Chúng em "."""
    return {"I": "Em ", "We": "Chúng em "}.get(m["by"] or "", "")


def _greet_vi(text: str) -> str | None:
    """"Happy Teachers' Day!" as "Chúc mừng ngày Nhà giáo!", "Happy Teachers' Day, Miss!" as "Chúc cô ngày Nhà giáo
    vui vẻ!", "We wish you a happy Teachers' Day, teachers!" as "Chúng em chúc thầy cô ngày Nhà giáo vui vẻ!"
    (_GREET_EN); None for anything else, for a lone "teacher", and a wish with no one spoken to."""
    m = _GREET_EN.fullmatch(text)
    if not m or (m["by"] or m["wishing"]) and not m["voc"] or m["how"].lower() == "meaningful" and not (
            m["by"] or m["wishing"]) or not (m["by"] or m["wishing"]) and m["how"] != "Happy":
        return None
    if not m["voc"]:
        return _ended(f"Chúc mừng {_day_vi(m)}", m["end"])
    you = _you_vi(m)
    how = "vui vẻ" if m["how"].lower() == "happy" else "ý nghĩa"
    return you and _ended(capitalised(f"{_by_vi(m)}chúc {you} {_day_vi(m)} {how}"), m["end"])


def _wished_vi(text: str) -> str | None:
    """"We wish you good health and happiness, teachers!" as "Chúng em chúc thầy cô mạnh khỏe và hạnh phúc!",
    "Wishing you good health always on Teachers' Day, sir." as "Chúc thầy luôn mạnh khỏe nhân ngày Nhà giáo."
    (_WISHED_EN); None for anything else, a lone "teacher", "sir" or "Miss" with no day said, one wish said twice."""
    m = _WISHED_EN.fullmatch(text)
    you = m and _you_vi(m)
    if not you or you != "thầy cô" and not m["on"]:  # ("…, sir." with no day: a customer, a boss?)
        return None
    wishes = [_WISHES_EN[keyed(w)] for w in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["wishes"])]
    if len(set(wishes)) != len(wishes):
        return None
    on = f" nhân {_day_vi(m)}" if m["on"] else ""
    said = f"{_by_vi(m)}chúc {you} {'luôn ' * bool(m['always'])}{_listed(wishes, 'và')}{on}"
    return _ended(capitalised(said), m["end"])


def _is_vi(text: str) -> str | None:
    """"Today is Teachers' Day." as "Hôm nay là ngày Nhà giáo.", "Is today Teachers' Day?" as "Hôm nay có phải là
    ngày Nhà giáo không?" (_IS_EN), "Vietnamese Teachers' Day is on November 20." as "Ngày Nhà giáo Việt Nam là ngày
    20 tháng 11.", "When is …?" as "… là ngày nào?" (_ON_EN), "November 20 is Teachers' Day." as "Ngày 20 tháng 11 là
    ngày Nhà giáo." (_DATE_IS_EN), "Teachers' Day is coming." as "Sắp đến ngày Nhà giáo rồi." (_COMING_EN); None for
    anything else, and where "is" or "was" does not agree with the day."""
    if m := _IS_EN.fullmatch(text):
        near, be = (m["near"] or m["qnear"]).lower(), (m["be"] or m["q"]).lower()
        if bool(m["q"]) != ("?" in m["end"]) or (be == "was") != (near == "yesterday"):
            return None
        said = f"{_NEAR_EN[near]} {'có phải là' if m['q'] else 'là'} {_day_vi(m)}"
        return capitalised(f"{said} không?" if m["q"] else f"{said}{m['end'] or '.'}")
    if (m := _ON_EN.fullmatch(text)) and bool(m["when"]) != bool(m["on"]) and bool(m["when"]) == ("?" in m["end"]):
        return capitalised(f"{_day_vi(m)} là ngày nào?" if m["when"] else f"{_day_vi(m)} là ngày 20 tháng 11"
                           f"{m['end'] or '.'}")
    if m := _DATE_IS_EN.fullmatch(text):
        return f"Ngày 20 tháng 11 là {_day_vi(m)}{m['end'] or '.'}"
    if m := _COMING_EN.fullmatch(text):
        return f"Sắp đến {_day_vi(m)} rồi{m['end'] or '.'}"
    return None


def _handed_vi(text: str) -> str | None:
    """"This bouquet is for you, teachers." as "Bó hoa này dành tặng thầy cô.", "These flowers are for you from us,
    teachers." as "Chúng em tặng thầy cô những bông hoa này." (_HANDED_EN); None for anything else, but "teachers"
    spoken to (with no day said, "sir" or "Miss" may be anyone), and where "is" does not agree ("These flowers is")."""
    m = _HANDED_EN.fullmatch(text)
    you = m and _you_vi(m)
    if you != "thầy cô":  # ("This bouquet is for you, Miss." with no day: from a florist?)
        return None
    gift = _HERE_EN[keyed(m["gift"])]
    if (m["be"] == "are") != _HERE[gift][1]:
        return None
    if m["us"]:
        return f"Chúng em tặng {you} {gift} này{m['end'] or '.'}"
    return capitalised(f"{gift} này dành tặng {you}{m['end'] or '.'}")  # (who gives it not said)


def _given_vi(text: str) -> str | None:
    """"I gave flowers to my teachers." as "Tôi đã tặng hoa cho các thầy cô của tôi.", "We bought a present for the
    teachers for Teachers' Day." as "Chúng tôi đã mua quà cho các thầy cô nhân ngày Nhà giáo." (_GIVEN_EN); None for
    anything else, and "gave … for", "bought … to"."""
    m = _GIVEN_EN.fullmatch(text)
    if not m or (m["verb"] == "gave") != (m["prep"] == "to"):
        return None
    who_ = who_vi(m)[0]
    det = m["det"].lower()
    teachers = "các thầy cô" + ("" if det == "the" else f" của {WHOSE_VI[det]}")
    on = f" nhân {_day_vi(m)}" if m["on"] else ""
    verb = "tặng" if m["verb"] == "gave" else "mua"
    return capitalised(f"{who_} đã {verb} {_GIFTS_EN[keyed(m['gift'])]} cho {teachers}{on}{m['end'] or '.'}")


def _thanks_vi(text: str) -> str | None:
    """"Thank you for teaching me, sir." as "Em cảm ơn thầy đã dạy em.", "Thank you for teaching us, teachers." as
    "Chúng em cảm ơn thầy cô đã dạy chúng em." (_THANKS_EN); None for anything else, and a lone "teacher"."""
    m = _THANKS_EN.fullmatch(text)
    you = m and _you_vi(m)
    if not you:
        return None
    pupil = "em" if m["whom"] == "me" else "chúng em"
    return capitalised(f"{pupil} cảm ơn {you} đã dạy {pupil}{m['end'] or '.'}")
