"""Women's Day, International (8 March, "ngày 8/3", "ngày Quốc tế Phụ nữ") and Vietnamese (20 October, "ngày 20/10",
"ngày Phụ nữ Việt Nam"), both ways, written whole by rule: the greeting, a happy day wished to someone, flowers or a
present given or bought for someone on or for the day (or not yet), what someone gave, and the day itself. v8 (rules
on) reads "chúc mừng" as "he congratulated" and drops "on" and "for": "Chúc mừng ngày 8/3!" → "He congratulated March
8!", "Chúc mừng ngày 20/10!" → "Helcome October 20!", "Chúc mẹ ngày 8/3 vui vẻ!" → "Have your mother March 8 happy!",
"Tôi tặng hoa cho mẹ ngày 8 tháng 3." → "I gave flowers to my mother March 8.", "Bạn tặng gì cho vợ nhân ngày 8/3?" →
"What do you give your wife March 8?", "Tôi chưa mua quà 8 tháng 3 cho vợ." → "I haven't bought 3 months for my
wife.", "Sắp đến ngày 8/3 rồi." → "It's up to March 8."; "What did you give your wife for Women's Day?" → "Bạn đã làm
gì cho vợ mình lấy ngày của phụ nữ?", "My husband bought me flowers for Women's Day." → "Chồng tôi mua tôi hoa cho
ngày phụ nữ.", "Today is International Women's Day." → "Ngày nay là ngày quốc tế phụ nữ.", "Have you bought your
mother a Women's Day present yet?" → "Bạn đã mua quà cho mẹ một ngày nào đó của mình chưa?".

Taken: "Chúc mừng ngày 8/3, 20/10, Quốc tế Phụ nữ, Phụ nữ Việt Nam" ("Happy Women's Day!", "Happy Vietnamese
Women's Day!"); "Chúc mẹ, bạn, chị em, mọi người ngày 8/3 vui vẻ" ("Happy Women's Day, Mum!"); who (mt.hobbies.WHO,
no pets) giving ("tặng") or buying ("mua") flowers, a present, a card … (_GIFTS) for someone (mt.hobbies.WHOM-like:
a pronoun, kin with whose, kin alone as the giver's own: "cho vợ" after "anh ấy" is "his wife"; after kin, a child's
or a partner: _kin_own) with the day said once: before who ("Ngày 20 tháng 10 anh ấy …"), after ("… ngày 8 tháng
3": on March 8; "nhân ngày 8/3": for Women's Day), or in the present ("quà 8/3": a Women's Day present); the tense as
mt/gifts.py reads it (a plain verb is the past; "đã", "vừa", "sẽ", "định", "thường", "chưa" … "yet", "rồi", asked
"… chưa?"); "Bạn đã tặng gì cho vợ nhân ngày 8/3?" ("What did you give your wife for Women's Day?"); "Hôm nay là
ngày Quốc tế Phụ nữ.", "Ngày Phụ nữ Việt Nam là ngày 20 tháng 10.", "Sắp đến ngày 8/3 rồi.". English "Women's Day"
alone is 8 March ("ngày 8/3"). Left: a present with no day (mt/gifts.py), "Hôm nay là ngày 8/3." (a date,
mt/dates.py), "có … không?" of giving (does or did?), "anh", "chị", "em" alone saying it, "bà" and "em" wished
(who?), a name's own kin (his or hers?), kin alone after a parent, a sibling or a spouse ("Bố tôi … cho mẹ": my
mother; "My father gave his mother …"), one asking whether oneself gave, a plain "tặng gì" asked (did, or will?),
a present named by a day without "ngày" ("quà phụ nữ": for women) or with its date, "ngày Phụ nữ" asked when (which
one?), a date not the day's ("ngày Phụ nữ Việt Nam là ngày 8/3"), English "-ing" (now, or ahead?), Teachers' Day
(mt/teachers_day.py), and anything else.
mt.phrasebook.translate tries these after mt/notarising.py.

    >>> translate("Chúc mừng ngày 8/3!", "vi", "en"), translate("He gave me flowers on Women's Day.", "en", "vi")
    ("Happy Women's Day!", 'Anh ấy đã tặng hoa cho tôi vào ngày 8/3.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY, near_days
from .ever import OBJECTS
from .gifts import BARE_KIN
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, as_whom, who, who_vi, whose_own
from .lazy_re import lazy
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import his_her
from .text import EN_WHOSE, SOFTENER, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:8/3|8\s*-\s*3|8\s+tháng\s+3|20/10|20\s*-\s*10|20\s+tháng\s+10|phụ\s+nữ)"),
         "en": lazy(r"(?i:women|march|october)")}
# the days: the holiday in English, and what "on" it says (a spelled date is its date, as mt/dates.py writes it)
_DAYS = {"8/3": ("Women's Day", "Women's Day"), "8-3": ("Women's Day", "Women's Day"),
         "8 tháng 3": ("Women's Day", "March 8"), "quốc tế phụ nữ": ("International Women's Day",) * 2,
         "quốc tế phụ nữ 8/3": ("International Women's Day (March 8)",) * 2, "phụ nữ": ("Women's Day",) * 2,
         "phụ nữ việt nam": ("Vietnamese Women's Day",) * 2,
         "phụ nữ việt nam 20/10": ("Vietnamese Women's Day (October 20)",) * 2,
         "20/10": ("Vietnamese Women's Day",) * 2, "20-10": ("Vietnamese Women's Day",) * 2,
         "20 tháng 10": ("Vietnamese Women's Day", "October 20")}
_NAMED = {"quốc tế phụ nữ", "phụ nữ việt nam", "phụ nữ"}  # (no date in them: "Hôm nay là ngày 8/3." is mt/dates.py's)
_DAYS_EN = {"women's day": "8/3", "international women's day": "Quốc tế Phụ nữ",
            "vietnamese women's day": "Phụ nữ Việt Nam", "march 8": "8 tháng 3", "march 8th": "8 tháng 3",
            "8 march": "8 tháng 3", "8th march": "8 tháng 3", "the 8th of march": "8 tháng 3",
            "october 20": "20 tháng 10", "october 20th": "20 tháng 10", "20 october": "20 tháng 10",
            "20th october": "20 tháng 10", "the 20th of october": "20 tháng 10"}
_GIFT_DAYS_EN = {"women's day": "8/3", "international women's day": "8/3", "vietnamese women's day": "20/10"}
# what is given (the first Vietnamese of each English is written back)
_GIFTS = {"hoa": "flowers", "một bó hoa": "a bunch of flowers", "hoa hồng": "roses", "một bó hoa hồng":
          "a bunch of roses", "quà": "a present", "một món quà": "a present", "một tấm thiệp": "a card",
          "thiệp": "a card", "nước hoa": "perfume", "một chai nước hoa": "a bottle of perfume",
          "sô-cô-la": "chocolates", "sô cô la": "chocolates", "một hộp sô-cô-la": "a box of chocolates"}
_GIFTS_EN = {en.lower(): vi for vi, en in reversed(_GIFTS.items())} | {
    "some flowers": "hoa", "a bouquet": "một bó hoa", "a bouquet of flowers": "một bó hoa", "a gift": "quà"}
# the aspect before the verb, and before "gì" (what) asked
_ASPECTS = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will", "định": "going",
            "thường": "usually", "chưa": "not yet"}
_HOW = {"vui vẻ": "happy", "hạnh phúc": "happy", "ý nghĩa": "meaningful"}
_YOU = {"mẹ": ", Mum", "chị em": ", ladies", "các chị em": ", ladies", "mọi người": ", everyone",
        "bạn": ""}  # (wished a day: "bạn" is "you"; not "bà": a grandmother, or a lady spoken to?)
_YOU_EN = {"mum": "mẹ", "mom": "mẹ", "ladies": "các chị em", "everyone": "mọi người"}
_SELF = {("I", "me"), ("we", "us"), ("you", "you")}  # (given to oneself: "Tôi tặng hoa cho mình" is not this)
_KIN_VI = {en: vi for vi, en in reversed(BARE_KIN.items())} | {"mum": "mẹ", "mom": "mẹ", "dad": "bố"}
# kin alone, whose after who said by kin: a child's ("Con trai tôi … cho mẹ": his mother), or a partner of anyone's
# but a spouse's; not a parent's or a sibling's, whose family is the speaker's too ("Bố tôi tặng hoa cho mẹ": my
# mother, not his), nor a spouse's ("Chồng tôi … cho mẹ": his mother, or mine?)
_CHILDREN = {"con", "con trai", "con gái"}
_PARTNERS = {"vợ", "chồng", "bạn gái", "bạn trai", "bạn thân"}
_SPOUSES = {"vợ", "chồng"}
_NEAR = near_days("hôm qua", "hôm nay", "ngày mai")
_NEAR_EN = {en: vi for vi, en in _NEAR.items()}

_DAY = rf"(?P<day>(?i:{alternatives(_DAYS)}))"
_WHOM = rf"(?P<whom>(?i:{alternatives(OBJECTS)})|{SOMEONE}|(?i:{alternatives(BARE_KIN)}))"
_GIFT = (rf"(?:(?i:quà)\s+(?P<gngay>(?i:ngày)\s+)?{_DAY.replace('<day>', '<gday>')}|"
         rf"(?P<gift>(?i:{alternatives(_GIFTS)})))")


def _when(p: str) -> str:
    """The day said as a time, its groups named after `p`: "ngày 8 tháng 3", "vào ngày 8/3", "nhân (dịp) ngày
    20/10", "nhân dịp 8/3" ("ngày" left out only after "nhân")."""
    return (rf"(?:(?P<{p}nhan>(?i:nhân)(?:\s+dịp)?)\s+|(?i:vào)\s+)?(?P<{p}ngay>(?i:ngày)\s+)?"
            + _DAY.replace("<day>", f"<{p}day>"))


_END = r"(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)"
_GREET = lazy(rf"(?i:(?:xin\s+)?chúc\s+mừng)\s+(?P<ngay>(?i:ngày)\s+)?{_DAY}{_END}")
_DAY_WISH = lazy(rf"(?i:chúc)\s+(?P<you>(?i:{alternatives(_YOU)}))\s+(?:có\s+)?(?:một\s+)?(?i:ngày)\s+{_DAY}\s+"
                 rf"(?:thật\s+)?(?P<how>{alternatives(_HOW)}){_END}")
_GIVEN = lazy(rf"(?:{_when('f_')}\s*,?\s+)?{WHO}\s+(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?(?P<verb>tặng|mua)\s+"
              rf"(?:{_GIFT}\s+cho\s+{_WHOM}|(?P<cho>cho\s+)?{_WHOM.replace('<whom>', '<whom2>')}\s+"
              rf"{_GIFT.replace('<g', '<b_g')})(?:\s*,?\s+{_when('b_')})?(?:\s+(?P<done>rồi|chưa))?{SOFTENER}"
              r"\s*(?P<end>[.!?]*)")
# (with "đã", "sẽ" or "định": "Bạn tặng gì cho vợ nhân ngày 8/3?" may ask ahead of the day, and of oneself it is
# what one should give)
_WHAT = lazy(rf"(?:{_when('f_')}\s*,?\s+)?{WHO}\s+(?P<aspect>đã|sẽ|định)\s+(?P<verb>tặng|mua)\s+"
             rf"(?:(?:quà\s+)?gì\s+cho\s+{_WHOM}|(?P<cho>cho\s+)?{_WHOM.replace('<whom>', '<whom2>')}\s+(?:quà\s+)?gì)"
             rf"(?:\s*,?\s+{_when('b_')})?(?:\s+(?:vậy|thế))?\s*\?+")
_IS = lazy(rf"(?P<near>(?i:{alternatives(_NEAR)}))\s+là\s+(?i:ngày)\s+{_DAY}{_END}")
_ON = lazy(rf"(?i:ngày)\s+{_DAY}\s+(?:là\s+(?:vào\s+)?|vào\s+)(?i:ngày)\s+(?:(?P<which>nào)|(?P<date>8\s+tháng\s+3|"
           r"20\s+tháng\s+10))(?:\s+(?:vậy|thế))?\s*(?P<end>[.!?]*)")
_COMING = lazy(rf"(?i:sắp)\s+(?:đến\s+|tới\s+)?(?i:ngày)\s+{_DAY}\s+rồi(?:\s+(?:đấy|nhỉ))?{_END}")

# ... and in English (its "’" read as "'")
_DAY_EN = rf"(?P<day>(?i:{alternatives(_DAYS_EN)}))"
_GREET_EN = lazy(rf"(?:(?P<wishing>Wishing\s+you\s+a)\s+(?P<how>happy|meaningful)|Happy)\s+{_DAY_EN}"
                 rf"(?:,\s+(?P<you>(?i:{alternatives(_YOU_EN)})))?\s*(?P<end>[.!]*)")
_GIFT_EN = (rf"(?:(?:a|an)\s+{_DAY_EN.replace('<day>', '<gday>')}\s+(?:present|gift)|"
            rf"(?P<gift>(?i:{alternatives(_GIFTS_EN)})))")
_WHOM_EN = rf"(?P<whom>(?i:me|you|him|her|us|them)|{SOMEONE_EN})"
_AUX_EN = {"": "past", "just": "just", "have just": "just", "has just": "just", "have already": "done",
           "has already": "done", "have": "done", "has": "done", "haven't": "not yet", "hasn't": "not yet",
           "will": "will", "usually": "usually", "am going to": "going", "are going to": "going",
           "is going to": "going", "'m going to": "going", "'re going to": "going", "'s going to": "going",
           "'ve just": "just", "'s just": "just", "'ve already": "done", "'ll": "will", "'ve": "done", "'s": "done"}
_VERB_FORMS = {"gave": ("give", "past"), "given": ("give", "part"), "give": ("give", "base"), "gives": ("give", "s"),
               "bought": ("buy", "past part"), "buy": ("buy", "base"), "buys": ("buy", "s")}
_AUX = alternatives([aux for aux in _AUX_EN if aux])
_GIVEN_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}(?:\s*(?P<aux>{_AUX}))??\s+"
                 rf"(?P<verb>{alternatives(_VERB_FORMS)})\s+(?:{_WHOM_EN}\s+{_GIFT_EN}|"
                 rf"{_GIFT_EN.replace('<g', '<b_g')}\s+(?P<to>to|for)\s+{_WHOM_EN.replace('<whom>', '<whom2>')})"
                 rf"(?:\s+(?P<on>on|for)\s+{_DAY_EN.replace('<day>', '<tday>')})?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+(?P<aux>did|will)\s+{WHO_EN}\s+(?P<verb>give|buy)\s+{_WHOM_EN}\s+(?P<on>on|for)\s+"
                rf"{_DAY_EN}\s*\?+")
_IS_EN = lazy(rf"(?P<near>Today|Tomorrow|Yesterday)\s+(?P<be>is|was)\s+{_DAY_EN}\s*(?P<end>[.!]*)")
_COMING_EN = lazy(rf"{_DAY_EN}\s+is\s+(?:coming(?:\s+soon)?|almost\s+here)\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that greets or wishes a happy Women's Day, says a present given or bought for
    it (or not yet), asks what was given, or says which day it is; None for any other."""
    if src == "vi":
        return _greet(text) or _given(text) or _what(text) or _is(text)
    text = text.replace("’", "'")
    return _greet_vi(text) or _given_vi(text) or _what_vi(text) or _is_vi(text)


def _holiday(day: str) -> str:
    """The holiday of a day of _DAYS in English: "Women's Day", "Vietnamese Women's Day"."""
    return _DAYS[keyed(day)][0]


def _time(m: re.Match, p: str) -> str | None:
    """The day of a match of _when (groups named after `p`) as a time in English: " on March 8" ("ngày 8 tháng 3"),
    " on Women's Day" ("ngày 8/3"), " for Women's Day" (after "nhân"); "" where none is said; None for a day without
    "ngày" nor "nhân" ("tặng hoa 8/3")."""
    day = m[p + "day"]
    if not day:
        return ""
    if not (m[p + "ngay"] or m[p + "nhan"]):
        return None
    holiday, on = _DAYS[keyed(day)]
    return f" for {holiday}" if m[p + "nhan"] else f" on {on}"


def _greet(text: str) -> str | None:
    """"Chúc mừng ngày 8/3!" as "Happy Women's Day!", "Chúc mừng ngày Phụ nữ Việt Nam!" as "Happy Vietnamese Women's
    Day!" (_GREET), "Chúc mẹ ngày 8/3 vui vẻ!" as "Happy Women's Day, Mum!", "Chúc bạn ngày 20/10 ý nghĩa!" as
    "Wishing you a meaningful Vietnamese Women's Day!" (_DAY_WISH); None for anything else, and a named day without
    "ngày" ("Chúc mừng phụ nữ")."""
    if m := _GREET.fullmatch(text):
        if not m["ngay"] and any(c.isalpha() for c in m["day"]):
            return None
        return f"Happy {_holiday(m['day'])}{'.' if m['end'].startswith('.') else '!'}"
    if m := _DAY_WISH.fullmatch(text):
        you, how = _YOU[keyed(m["you"])], _HOW[keyed(m["how"])]
        said = f"Happy {_holiday(m['day'])}{you}" if how == "happy" and you else \
            f"Wishing you a {how} {_holiday(m['day'])}{you}"
        return f"{said}{'.' if m['end'].startswith('.') else '!'}"
    return None


def _kin_own(kin: str, bare: str) -> bool:
    """Whether kin alone (`bare`, Vietnamese) is the own of who said by kin (`kin`: "bố" of "bố tôi"), as
    _CHILDREN, _PARTNERS and _SPOUSES say: "mẹ" after "con trai", "vợ" after "bố"; not "mẹ" after "bố"."""
    kin, bare = keyed(kin), keyed(bare)
    return kin in _CHILDREN or bare in _PARTNERS and kin not in _SPOUSES


def _whom_en(m: re.Match, said: str, own: str | None) -> str | None:
    """Whom of _WHOM in English: "tôi" as "me", "mẹ tôi" as "my mother", kin alone as the giver's own (`own`: "my",
    "his"; None where not known, after kin where _kin_own says it is not, and a partner of "we" or "they"); None for
    anything else."""
    if keyed(said) in BARE_KIN:
        if own in ("our", "their") and keyed(said) in _PARTNERS:
            return None  # ("Chúng tôi … cho vợ": each one's wife, not "our wife")
        return own and (not m["kin"] or _kin_own(m["kin"], said)) and f"{own} {BARE_KIN[keyed(said)]}" or None
    return as_whom(said, "vi")


def _present(m: re.Match, gday: str) -> str | None:
    """A present named by its day (the group gngay or b_gngay of a match of _GIVEN says "ngày") in English: "an
    International Women's Day present"; None for a named day without "ngày" ("quà phụ nữ": a present for women), and
    a day with its date ("quà ngày Quốc tế Phụ nữ 8/3")."""
    holiday = _holiday(gday)
    if keyed(gday) in _NAMED and not (m["gngay"] or m["b_gngay"]) or "(" in holiday:
        return None
    return f"{a_or_an(holiday)} {holiday} present"


def _given(text: str) -> str | None:
    """"Tôi tặng hoa cho mẹ ngày 8 tháng 3." as "I gave my mother flowers on March 8.", "Ngày 20 tháng 10 anh ấy tặng
    tôi một bó hoa." as "He gave me a bunch of flowers on October 20.", "Tôi chưa mua quà 8 tháng 3 cho vợ." as "I
    haven't bought my wife a Women's Day present yet.", "Bạn đã mua quà 8/3 cho mẹ chưa?" as "Have you bought your
    mother a Women's Day present yet?" (_GIVEN); None for anything else, the day said twice or not at all, a pet
    giving, "chưa" after "rồi" …, and "mua" with whom first but no "cho"."""
    m = _GIVEN.fullmatch(text)
    if not m:
        return None
    asked = m["done"] == "chưa"
    aspect = _ASPECTS.get(keyed(m["aspect"] or ""), "past")
    front, back = _time(m, "f_"), _time(m, "b_")
    gday = m["gday"] or m["b_gday"]
    if front is None or back is None or [bool(front), bool(back), bool(gday)].count(True) != 1 or asked != (
            "?" in m["end"]) or asked and aspect != "past" or m["done"] == "rồi" and aspect != "past" or (
            m["verb"] == "mua" and m["whom2"] and not m["cho"]) or animal(m):
        return None
    said = who(m, asked)
    if said is None or asked and said[0] in ("I", "we"):  # (whether one gave it oneself is known)
        return None
    (who_, one), give = said, m["verb"] == "tặng"
    whom = _whom_en(m, m["whom"] or m["whom2"], whose_own(m, who_))
    gift = _present(m, gday) if gday else _GIFTS[keyed(m["gift"] or m["b_gift"])]
    if whom is None or gift is None or (who_, whom) in _SELF:
        return None
    what = f"{whom} {gift}{front or back}"
    base, past, part = ("give", "gave", "given") if give else ("buy", "bought", "bought")
    has = "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} {part} {what} yet?"
    aspect = "done" if m["done"] == "rồi" else aspect
    verb = {"past": past, "just": f"{has} just {part}", "done": f"{has} already {part}", "will": f"will {base}",
            "going": f"{'is' if one else 'am' if who_ == 'I' else 'are'} going to {base}",
            "usually": f"usually {base}{'s' * one}", "not yet": f"{has}n't {part}"}[aspect]
    return capitalised(contracted(who_, f"{verb} {what}{' yet' * (aspect == 'not yet')}."))


def _what(text: str) -> str | None:
    """"Bạn đã tặng gì cho vợ nhân ngày 8/3?" as "What did you give your wife for Women's Day?", "Anh ấy sẽ mua gì
    cho mẹ nhân dịp 20/10?" as "What will he buy his mother for Vietnamese Women's Day?", "… vợ ngày 8/3?" as "… on
    Women's Day?" (_WHAT); None for anything else, a pet, oneself as whom, the day said twice or not at all, and a
    plain "tặng gì" (did, or will?)."""
    m = _WHAT.fullmatch(text)
    if not m or bool(m["f_day"]) == bool(m["b_day"]) or animal(m) or (
            m["verb"] == "mua" and m["whom2"] and not m["cho"]):
        return None
    p = "f_" if m["f_day"] else "b_"
    said = who(m, True)
    time = _time(m, p)
    if said is None or not time:
        return None
    who_, one = said
    whom = _whom_en(m, m["whom"] or m["whom2"], whose_own(m, who_))
    if whom is None or (who_, whom) in _SELF:
        return None
    verb = "give" if m["verb"] == "tặng" else "buy"
    aux = {"sẽ": "will", "định": f"{'is' if one else 'am' if who_ == 'I' else 'are'}"}.get(m["aspect"], "did")
    verb = f"going to {verb}" if m["aspect"] == "định" else verb
    return f"What {aux} {who_} {verb} {whom}{time}?"


def _is(text: str) -> str | None:
    """"Hôm nay là ngày Quốc tế Phụ nữ." as "Today is International Women's Day." (_IS), "Ngày Phụ nữ Việt Nam là
    ngày 20 tháng 10." as "Vietnamese Women's Day is on October 20.", "Ngày Quốc tế Phụ nữ là ngày nào?" as "When is
    International Women's Day?" (_ON), "Sắp đến ngày 8/3 rồi." as "Women's Day is coming soon." (_COMING); None for
    anything else, a date ("Hôm nay là ngày 8/3.": mt/dates.py), and a date not the day's."""
    if (m := _IS.fullmatch(text)) and keyed(m["day"]) in _NAMED:
        near = keyed(m["near"])
        be = "was" if NEAR_WAY[near] == "behind" else "is"
        return f"{capitalised(_NEAR[near])} {be} {_holiday(m['day'])}{m['end'] or '.'}"
    if (m := _ON.fullmatch(text)) and keyed(m["day"]) in _NAMED - {"phụ nữ"} and bool(m["which"]) == (
            "?" in m["end"]):
        day = _holiday(m["day"])
        if m["which"]:
            return f"When is {day}?"
        date = "March 8" if keyed(m["date"]) == "8 tháng 3" else "October 20"
        return None if (date == "March 8") == day.startswith("Vietnamese") else f"{day} is on {date}{m['end'] or '.'}"
    if m := _COMING.fullmatch(text):
        return f"{_holiday(m['day'])} is coming soon{m['end'] or '.'}"
    return None


def _day_vi(said: str) -> str:
    """A day of _DAYS_EN in Vietnamese, with "ngày": "ngày 8/3", "ngày Phụ nữ Việt Nam", "ngày 8 tháng 3"."""
    return f"ngày {_DAYS_EN[keyed(said)]}"


def _greet_vi(text: str) -> str | None:
    """"Happy Women's Day!" as "Chúc mừng ngày 8/3!", "Happy Women's Day, Mum!" as "Chúc mẹ ngày 8/3 vui vẻ!",
    "Wishing you a meaningful Vietnamese Women's Day!" as "Chúc bạn ngày Phụ nữ Việt Nam ý nghĩa!" (_GREET_EN); None
    for anything else, and a date ("Happy March 8!")."""
    m = _GREET_EN.fullmatch(text)
    if not m or "day" not in keyed(m["day"]):
        return None
    end = "." if m["end"].startswith(".") else "!"
    if not (m["wishing"] or m["you"]):
        return f"Chúc mừng {_day_vi(m['day'])}{end}"
    you = _YOU_EN[keyed(m["you"])] if m["you"] else "bạn"
    how = "ý nghĩa" if m["how"] == "meaningful" else "vui vẻ"
    return f"Chúc {you} {_day_vi(m['day'])} {how}{end}"


def _agrees(m: re.Match, one: bool, who_: str) -> str | None:
    """The aspect of a match of _GIVEN_EN ("past", "just", "done", "not yet", "will", "going", "usually", "asked",
    "did"), where the verb's form and the words before it agree with who (`one`: he, she, a name; `who_` in
    Vietnamese); None where they do not ("He give", "I has", "Has you")."""
    aux, q, (_, forms) = keyed(m["aux"] or "").replace("'", "'"), m["q"] or "", _VERB_FORMS[m["verb"]]
    aspect = "did" if q == "Did" else "asked" if q else _AUX_EN[aux]
    if q and aux or (aspect in ("asked", "not yet")) != bool(m["yet"]):
        return None
    first = (q or aux).lower().split(" ")[0]
    person = "one" if first in ("has", "hasn't", "is") or first == "'s" else "many" if first in (
        "have", "haven't", "'ve") else "I" if first in ("am", "'m") else "are" if first in ("are", "'re") else None
    if person == "one" and not one or person == "many" and one or person == "I" and who_ != "tôi" or (
            person == "are" and (one or who_ == "tôi")):
        return None
    wanted = "part" if person in ("one", "many") and aspect != "going" else "base" if aspect in (
        "will", "going", "did") else ("s" if one else "base") if aspect == "usually" else "past"
    return aspect if wanted in forms.split() else None


def _whom_vi(said: str, m: re.Match, who_: str) -> str | None:
    """Whom of _WHOM_EN in Vietnamese (mt.hobbies.as_whom), kin alone where whose is the giver's (who of a match of
    WHO_EN, `who_` in Vietnamese): "my mother" after "I" as "mẹ", "his wife" after "he" or "my son" as "vợ"; None
    for whose the giver's after kin where _kin_own says kin alone is not ("My father gave his mother …": "Bố tôi …
    cho mẹ" is my mother; "mẹ anh ấy" is not said of one's father)."""
    whose, _, kin = said.lower().partition(" ")
    pronoun = (m["who"] or "").lower()
    own = EN_WHOSE.get("I" if pronoun == "i" else pronoun) if pronoun else his_her(who_) if m["kin"] else None
    if own and whose == own and keyed(kin) in _KIN_VI and (
            not m["kin"] or _kin_own(KIN_VI[m["kin"].lower()], _KIN_VI[keyed(kin)])):
        return _KIN_VI[keyed(kin)]
    if own and whose == own and m["kin"]:
        return None
    return as_whom(said, "en")


def _given_vi(text: str) -> str | None:
    """"I gave my mother flowers on March 8." as "Tôi đã tặng hoa cho mẹ vào ngày 8 tháng 3.", "I haven't bought my
    wife a Women's Day present yet." as "Tôi chưa mua quà 8/3 cho vợ.", "Did he give you flowers for Women's
    Day?" as "Anh ấy có tặng hoa cho bạn nhân ngày 8/3 không?" (_GIVEN_EN); None for anything else, the day said twice
    or not at all, a pet giving, "gave … for", "bought … to", and where the verb does not agree with who."""
    m = _GIVEN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or bool(m["tday"]) == bool(m["gday"] or m["b_gday"]):
        return None
    who_, one = who_vi(m)
    aspect, (base, _) = _agrees(m, one, who_), _VERB_FORMS[m["verb"]]
    whom = _whom_vi(m["whom"] or m["whom2"], m, who_)
    if aspect is None or not whom or m["to"] and (m["to"] == "to") != (base == "give") or (who_, whom) in (
            ("tôi", "tôi"), ("chúng tôi", "chúng tôi")):
        return None
    gday = m["gday"] or m["b_gday"]
    if gday and keyed(gday) not in _GIFT_DAYS_EN:
        return None  # ("a March 8 present": the day by its name only)
    gift = f"quà {_GIFT_DAYS_EN[keyed(gday)]}" if gday else _GIFTS_EN[keyed(m["gift"] or m["b_gift"])]
    when = f" {'nhân' if m['on'] == 'for' else 'vào'} {_day_vi(m['tday'])}" if m["tday"] else ""
    what = f"{'tặng' if base == 'give' else 'mua'} {gift} cho {whom}{when}"
    said = {"past": f"đã {what}.", "just": f"vừa {what}.", "done": f"đã {what} rồi.", "not yet": f"chưa {what}.",
            "will": f"sẽ {what}.", "going": f"định {what}.", "usually": f"thường {what}.", "did": f"có {what} không?",
            "asked": f"đã {what} chưa?"}[aspect]
    return capitalised(f"{who_} {said}")


def _what_vi(text: str) -> str | None:
    """"What did you give your wife for Women's Day?" as "Bạn đã tặng gì cho vợ nhân ngày 8/3?", "What will he buy
    his mother on October 20?" as "Anh ấy sẽ mua gì cho mẹ vào ngày 20 tháng 10?" (_WHAT_EN); None for anything
    else, and a pet."""
    m = _WHAT_EN.fullmatch(text)
    who_ = who_vi(m)[0] if m else ""
    if not m or animal(m) or not (whom := _whom_vi(m["whom"], m, who_)):
        return None
    aspect = "đã" if m["aux"] == "did" else "sẽ"
    verb = "tặng" if m["verb"] == "give" else "mua"
    when = "nhân" if m["on"] == "for" else "vào"
    return capitalised(f"{who_} {aspect} {verb} gì cho {whom} {when} {_day_vi(m['day'])}?")


def _is_vi(text: str) -> str | None:
    """"Today is International Women's Day." as "Hôm nay là ngày Quốc tế Phụ nữ." (_IS_EN), "Women's Day is coming
    soon." as "Sắp đến ngày 8/3 rồi." (_COMING_EN); None for anything else, a date ("Today is March 8."), and "was"
    said of today."""
    if m := _IS_EN.fullmatch(text):
        near = m["near"].lower()
        if "day" not in keyed(m["day"]) or (m["be"] == "was") != (near == "yesterday"):
            return None
        return f"{capitalised(_NEAR_EN[near])} là {_day_vi(m['day'])}{m['end'] or '.'}"
    if (m := _COMING_EN.fullmatch(text)) and "day" in keyed(m["day"]):
        return f"Sắp đến {_day_vi(m['day'])} rồi{m['end'] or '.'}"
    return None
