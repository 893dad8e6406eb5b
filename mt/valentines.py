"""Valentine's Day ("ngày Valentine", "ngày lễ tình nhân"), both ways, written whole by rule: flowers, chocolates or a
present given or bought for someone on it or for it, what someone gave or is giving, plans for it, being single
on it, and the day itself. v8 (rules on) drops whose girlfriend and reads "lễ tình nhân" as private
holidays, "ế" as confusion: "Tôi tặng bạn gái hoa vào ngày Valentine." → "I gave you a flower on Valentine's Day.",
"Chồng tôi mua sô-cô-la cho tôi vào ngày lễ tình nhân." → "My husband bought chocolate for me on private holidays.",
"Tôi chưa mua quà Valentine cho bạn gái." → "I don't buy Valentine's Day gift.", "Valentine năm nay bạn có kế hoạch gì
không?" → "What plans you have Valentine's Day this year?", "Bạn tặng gì cho bạn gái vào ngày Valentine?" → "What do
you give girls on Valentine's Day?", "Valentine này tôi lại ế." → "This Valentine's Day is confusion."; "What did you
give your girlfriend for Valentine's Day?" → "Bạn đã làm gì cho bạn gái của mình cho bạn gái Valentine?", "I'm single
again this Valentine's Day." → "Tôi lại là ngày Valentine này.", "My husband bought me chocolates on Valentine's Day."
→ "Chồng tôi mua sô-cô-la vào ngày Valentine." (me lost). "Hôm nay là ngày Valentine." and "Happy Valentine's Day!"
v8 writes right, and so do these rules.

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) giving ("tặng") or buying ("mua") one of _GIFTS for someone (a pronoun,
kin with whose, a name; a partner alone as who's own: "tặng bạn gái", his or my girlfriend), the day said once: before
who ("Valentine năm ngoái, …"), after ("vào ngày Valentine": on; "nhân ngày Valentine": for), or in the present ("quà
Valentine"); the tense as mt/womens_day.py reads it ("đã", "vừa", "sẽ", "định", "muốn", "thường", "chưa" … "yet",
"rồi", "… chưa?"; a plain verb, the past); what someone gave ("đã"), will give or is giving (a plain "tặng gì …?", as
the brief reads it) for the day; plans for it ("có kế hoạch gì … không?", "chưa?", "không có", "chưa có"); single
("ế", "độc thân") or alone on it, "lại", "vẫn", asked "à?"; "Hôm nay là ngày Valentine.", "Ngày Valentine là ngày 14
tháng 2." (or "ngày nào?"), "Sắp đến ngày Valentine rồi.", "Chúc mừng ngày Valentine!". A year after the day
(mt.dates.NEAR_DAYS) or "này" must fit the tense.
Left: a present with no day (mt/gifts.py), "14/2" (a date: mt/dates.py), "người yêu" (boyfriend or girlfriend?), a
partner alone after a partner or after we or they (each one's), a name's partner in English (his or hers?), a name
"ế" (Hoa: flowers unsold?), "anh", "chị", "em" alone saying it, "có … không?" of giving (does or did?), a perfect with
"vào ngày" ("has given … on"), a plain verb with this year's day (done or ahead?), plans past, going out on it
(dinner, a date: left to the model, for this module's length), "Tôi tặng gì …?" (what should I give?), "mình" as
whom (me, or who's self: "mua cho mình"), a statement ending "thế" or "vậy" (mt.text.STRESSED_SAID), we or they alone
("một mình" is one alone), we asked in English ("chúng tôi" or "chúng ta"?), and anything else.
mt.phrasebook.translate tries these after mt/public_holidays.py.

    >>> translate("Valentine này tôi lại ế.", "vi", "en"), translate("Today is Valentine's Day.", "en", "vi")
    ("I'm single again this Valentine's Day.", 'Hôm nay là ngày Valentine.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, as_whom, em_speaking, first_agrees, who, who_vi, \
    whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import his_her
from .text import EN_WHOSE, SOFTENED_END, STRESSED_SAID, be, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:valentine|tình\s+nhân)"), "en": lazy(r"(?i:valentine)")}
# the day after "Valentine": this one, or a year near (the first Vietnamese of each English is written back)
_YEARS = near_days("năm nay", "năm ngoái", "năm trước", "năm sau", "năm tới")
_YEARS_VI = {en.split()[0]: vi for vi, en in reversed(_YEARS.items())}  # ("last": "năm ngoái")
_WHICH = alternatives([*_YEARS, "này"])
# what is given (the first Vietnamese of each English is written back)
_GIFTS = {"hoa": "flowers", "một bó hoa": "a bunch of flowers", "hoa hồng": "roses", "một bó hoa hồng":
          "a bunch of roses", "sô-cô-la": "chocolates", "sô cô la": "chocolates", "socola": "chocolates",
          "một hộp sô-cô-la": "a box of chocolates", "quà": "a present", "một món quà": "a present",
          "một tấm thiệp": "a card", "một con gấu bông": "a teddy bear"}
_GIFTS_EN = {en.lower(): vi for vi, en in reversed(_GIFTS.items())} | {
    "some flowers": "hoa", "a bouquet": "một bó hoa", "a bouquet of flowers": "một bó hoa", "a gift": "quà",
    "a bouquet of roses": "một bó hoa hồng", "some chocolates": "sô-cô-la", "chocolate": "sô-cô-la"}
# partners said alone, who's own ("tặng bạn gái": his girlfriend); who said by one of them gives to no partner alone
_PARTNERS = {"bạn gái": "girlfriend", "bạn trai": "boyfriend", "vợ": "wife", "chồng": "husband"}
_PARTNERS_VI = {en: vi for vi, en in _PARTNERS.items()}
_LOVERS = {*_PARTNERS, "người yêu"}
_ASPECTS = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will", "định": "going",
            "muốn": "want", "thường": "usually", "chưa": "not yet"}
_PERFECT = {"just", "done", "not yet", "asked"}  # (said "for" the day, never "on": "has just given … for")
# the tenses a day fits, by the way it lies (mt.dates.NEAR_WAY; "này" as today)
_FITS = {None: None, "behind": {"past", "did"}, "today": {"past", "will", "going", "want", "now"},
         "ahead": {"will", "going", "want", "now"}}
_STATES = {"ế": "single", "độc thân": "single", "một mình": "alone"}
_NEAR = near_days("hôm qua", "hôm nay", "ngày mai")
_NEAR_EN = {en: vi for vi, en in _NEAR.items()}

_VAL = r"(?i:valentine|lễ\s+tình\s+nhân)"


def _when(p: str, preps: str = r"nhân\s+dịp|nhân|vào\s+dịp|vào|dịp") -> str:
    """The day as a time, its groups named after `p`: "vào ngày Valentine", "nhân dịp lễ tình nhân", "ngày Valentine
    năm nay", "Valentine này" (a word of `preps` before it, group prep)."""
    return (rf"(?:(?P<{p}prep>(?i:{preps}))\s+)?(?P<{p}ngay>(?i:ngày)\s+)?(?P<{p}val>{_VAL})"
            rf"(?:\s+(?P<{p}which>(?i:{_WHICH})))?")


_WHOM = (rf"(?P<whom>(?i:{alternatives(_PARTNERS)}|người\s+yêu|tôi|mình|bạn|anh\s+ấy|cô\s+ấy|chị\s+ấy)|"
         rf"{SOMEONE})")
_GIFT = rf"(?:(?i:quà)\s+(?P<gngay>(?i:ngày)\s+)?(?P<gday>{_VAL})|(?P<gift>(?i:{alternatives(_GIFTS)})))"
_FRONT = rf"(?:{_when('f_', 'vào')}\s*,?\s+)?"
_GIVEN = lazy(rf"{_FRONT}{WHO}\s+(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?(?P<verb>tặng|mua)\s+"
              rf"(?:{_GIFT}\s+cho\s+{_WHOM}|(?P<cho>cho\s+)?{_WHOM.replace('<whom>', '<whom2>')}\s+"
              rf"{_GIFT.replace('<g', '<b_g')})(?:\s*,?\s+{_when('b_')})?(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
_WHAT = lazy(rf"{_FRONT}{WHO}\s+(?:(?P<aspect>đã|sẽ|định)\s+)?(?P<verb>tặng|mua)\s+(?:(?:quà\s+)?gì\s+cho\s+{_WHOM}|"
             rf"(?P<cho>cho\s+)?{_WHOM.replace('<whom>', '<whom2>')}\s+(?:quà\s+)?gì)(?:\s*,?\s+{_when('b_')})?"
             r"(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_PLANS = lazy(rf"{_FRONT}{WHO}\s+(?:(?P<not>không|chưa)\s+)?(?:đã\s+)?có\s+(?:kế\s+hoạch|dự\s+định)\s+gì"
              rf"(?:\s+(?:cho|vào)\s+{_when('b_', 'nhân')})?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_SINGLE = lazy(rf"{_FRONT}{WHO}\s+(?:(?P<adv>lại|vẫn\s+còn|vẫn)\s+)?(?P<state>{alternatives(_STATES)})"
               rf"(?:\s+{_when('b_', 'vào')})?(?:\s+(?P<asked>à))?{SOFTENED_END}")
_IS = lazy(rf"(?P<near>(?i:{alternatives(_NEAR)}))\s+là\s+(?:(?i:ngày)\s+)?{_VAL}(?:\s+rồi)?{SOFTENED_END}")
_ON = lazy(rf"(?i:ngày)\s+{_VAL}\s+là\s+(?:vào\s+)?ngày\s+(?:(?P<which>nào)|14\s+tháng\s+2)(?:\s+(?:vậy|thế))?"
           r"\s*(?P<end>[.!?]*)")
_COMING = lazy(rf"(?i:sắp)\s+(?:đến\s+|tới\s+)?(?:(?i:ngày)\s+)?{_VAL}\s+rồi{SOFTENED_END}")
_GREET = lazy(rf"(?:(?i:chúc\s+mừng)\s+(?:(?i:ngày)\s+)?{_VAL}|(?i:valentine)\s+vui\s+vẻ)(?:\s+(?:nhé|nha|ạ))?\s*!*")

# ... in English (its "’" read as "'")
_WHEN_EN = (r"(?:(?P<prep>on|for)\s+)?(?:(?P<this>this|last|next)\s+)?Valentine'?s\s+Day"
            r"(?:\s+(?P<year>this|last|next)\s+year)?")
_WHOM_EN = rf"(?P<whom>me|you|him|her|us|them|{SOMEONE_EN})"
_GIFT_EN = rf"(?:an?\s+Valentine'?s(?:\s+Day)?\s+(?:present|gift)|(?P<gift>(?i:{alternatives(_GIFTS_EN)})))"
_AUX = (r"(?P<aux>\s+(?:have|has|will|usually|just|wants?\s+to|(?:am|is|are)(?:\s+going\s+to)?)"
        r"(?:\s+(?:just|already))?|\s+(?:haven't|hasn't)|'(?:ve|s|ll|m|re)(?:\s+(?:just|already|going\s+to))?)?")
_GIVEN_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}{_AUX}\s+(?P<verb>gave|given|give|gives|giving|bought|buy|buys|"
                 rf"buying)\s+(?:{_WHOM_EN}\s+{_GIFT_EN}|{_GIFT_EN.replace('<g', '<b_g')}\s+(?P<to>to|for)\s+"
                 rf"{_WHOM_EN.replace('<whom>', '<whom2>')})(?:\s+(?P<when>{_WHEN_EN}))?(?P<yet>\s+yet)?"
                 r"\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+(?P<q>did|will|are|is|am)\s+{WHO_EN}\s+(?P<going>going\s+to\s+)?(?P<verb>give|buy|giving|"
                rf"buying)\s+{_WHOM_EN}\s+{_WHEN_EN}\s*\?+")
_PLANS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don't|doesn't|do\s+not|does\s+not))?\s+have\s+any\s+"
                 rf"plans\s+{_WHEN_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_SINGLE_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<be>\s+(?:is|am|are|was|were)|'s|'m|'re)?(?:\s+(?P<still>"
                  rf"still))?\s+(?P<state>single|alone)(?:\s+(?P<again>again))?\s+{_WHEN_EN}\s*(?P<end>[.!?]*)")
_IS_EN = lazy(r"(?P<near>Today|Tomorrow|Yesterday)\s+(?P<be>is|was)\s+Valentine'?s\s+Day\s*(?P<end>[.!]*)|"
              r"Valentine'?s\s+Day\s+is\s+(?:(?P<coming>coming(?:\s+soon)?|almost\s+here)|on\s+February\s+14(?:th)?|"
              r"on\s+14(?:th)?\s+February)\s*(?P<end2>[.!]*)|(?P<when>When)\s+is\s+Valentine'?s\s+Day\s*\?+|"
              r"(?P<happy>Happy)\s+Valentine'?s(?:\s+Day)?\s*!*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a present given or bought on or for Valentine's Day, asks what was
    given, says or asks plans for it or being single on it, or says which day it is; None for any other."""
    if src == "vi":  # (a statement ending "thế", "vậy" says more than English would: "lại ế thế")
        return None if STRESSED_SAID.search(text) else (
            _given(text) or _what(text) or _plans(text) or _single(text) or _day(text))
    text = text.replace("’", "'")
    return _given_vi(text) or _what_vi(text) or _plans_vi(text) or _single_vi(text) or _day_vi(text)


def _time(m: re.Match, p: str, prep: str | None = None) -> tuple[str, str | None] | None:
    """The day of a match of _when (groups after `p`) in English, and its way (NEAR_WAY; "này" today): (" on
    Valentine's Day", None), (" for …" after "nhân" or by `prep`), (" on … last year", "behind"), (" this …", "today");
    ("", None) where not said; None for one after the verb with no "ngày" nor a word before ("tặng hoa Valentine")."""
    if not m[p + "val"]:
        return "", None
    said, which = keyed(m[p + "prep"] or ""), keyed(m[p + "which"] or "")
    if p == "b_" and not (said or m[p + "ngay"]):
        return None
    prep = prep or ("for" if said.startswith("nhân") else "on")
    if which == "này":
        return f"{' for' * (prep == 'for')} this Valentine's Day", "today"
    return f" {prep} Valentine's Day{f' {_YEARS[which]}' if which else ''}", NEAR_WAY.get(which)


def _one_time(m: re.Match, prep: str | None = None, gday: bool = False) -> tuple[str, str | None] | None:
    """The day of a match said once: before who (f_), after (b_), or in the present (`gday`: ("", None)), as _time
    gives it; None where said twice or not at all."""
    front, back = _time(m, "f_", prep), _time(m, "b_", prep)
    if front is None or back is None or [bool(front[0]), bool(back[0]), gday].count(True) != 1:
        return None
    return front if front[0] else back


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one (mt.hobbies.who); None for a pet, "em" with "ạ", I asked."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if said is None or asked and said[0] in ("I", "we") else said


def _whom_en(m: re.Match, said: str, who_: str) -> str | None:
    """Whom in English: a partner alone as who's own ("bạn gái" after "anh ấy": "his girlfriend"; None where not
    known, after a partner, we or they), or mt.hobbies.as_whom ("tôi": "me"); None for "người yêu", "mình" (me, or
    who's self: "Anh ấy mua hoa cho mình."), and "I … me"."""
    if keyed(said) in _PARTNERS:
        own = whose_own(m, who_)
        if own in ("our", "their") or keyed(m["kin"] or "") in _LOVERS:
            return None
        return own and f"{own} {_PARTNERS[keyed(said)]}"
    whom = None if keyed(said) in ("người yêu", "mình") else as_whom(said, "vi")
    return None if (who_, whom) in (("I", "me"), ("we", "us"), ("you", "you")) else whom


def _given(text: str) -> str | None:
    """"Tôi tặng bạn gái hoa vào ngày Valentine." as "I gave my girlfriend flowers on Valentine's Day.", "Tôi chưa
    mua quà Valentine cho bạn gái." as "I haven't bought my girlfriend a Valentine's Day present yet.", "Valentine
    năm ngoái anh ấy tặng tôi một bó hoa hồng." as "He gave me a bunch of roses on Valentine's Day last year."
    (_GIVEN); None for anything else, the day said twice or not at all, and a tense the day does not fit."""
    m = _GIVEN.fullmatch(text)
    if not m or m["verb"] == "mua" and m["whom2"] and not m["cho"]:
        return None
    asked, gday = m["done"] == "chưa", m["gday"] or m["b_gday"]
    if (day := _one_time(m, gday=bool(gday))) is None or asked != ("?" in m["end"]) or (said := _who(m, asked)) is None:
        return None
    (who_, one), (time, way) = said, day
    aspect = _ASPECTS.get(keyed(m["aspect"] or ""), "past")
    if m["done"] and aspect != "past":
        return None
    aspect = "asked" if asked else "done" if m["done"] == "rồi" else aspect
    if aspect in _PERFECT and not (gday or time.startswith(" for")) or aspect == "usually" and (
            way or time.startswith(" for")) or not _fits(aspect, way, bool(m["aspect"])) or aspect == "want" and (
            who_ == "you") or not (whom := _whom_en(m, m["whom"] or m["whom2"], who_)):
        return None
    gift = "a Valentine's Day present" if gday else _GIFTS[keyed(m["gift"] or m["b_gift"])]
    what = f"{whom} {gift}{time}"
    base, past, part = ("give", "gave", "given") if m["verb"] == "tặng" else ("buy", "bought", "bought")
    has = "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} {part} {what} yet?"
    verb = {"past": past, "just": f"{has} just {part}", "done": f"{has} already {part}", "will": f"will {base}",
            "going": f"{be(who_)} going to {base}", "want": f"want{'s' * one} to {base}",
            "usually": f"usually {base}{'s' * one}", "not yet": f"{has}n't {part}"}[aspect]
    return capitalised(contracted(who_, f"{verb} {what}{' yet' * (aspect == 'not yet')}."))


def _fits(aspect: str, way: str | None, marked: bool = True) -> bool:
    """Whether a tense fits the day's way (_FITS); a plain verb (not `marked`) with this year's day does not (done,
    or ahead?)."""
    fits = _FITS[way]
    return fits is None or aspect in fits and (marked or way != "today")


def _what(text: str) -> str | None:
    """"Bạn tặng gì cho bạn gái vào ngày Valentine?" as "What are you giving your girlfriend for Valentine's Day?",
    "Anh ấy đã tặng gì cho vợ nhân ngày Valentine?" as "What did he give his wife for Valentine's Day?" (_WHAT); None
    for anything else, oneself asking, and the day said twice or not at all."""
    m = _WHAT.fullmatch(text)
    if not m or m["verb"] == "mua" and m["whom2"] and not m["cho"] or (time := _one_time(m, "for")) is None or (
            said := _who(m, True)) is None:
        return None
    (who_, _), (when, way), aspect = said, time, {"đã": "did", "sẽ": "will", "định": "going"}.get(m["aspect"])
    aspect = aspect or ("did" if way == "behind" else "now")
    whom = _whom_en(m, m["whom"] or m["whom2"], who_)
    if not whom or not _fits(aspect, way):
        return None
    base, ing = ("give", "giving") if m["verb"] == "tặng" else ("buy", "buying")
    verb = {"did": f"did {who_} {base}", "will": f"will {who_} {base}", "going": f"{be(who_)} {who_} going to "
            f"{base}", "now": f"{be(who_)} {who_} {ing}"}[aspect]
    return f"What {verb} {whom}{when}?"


def _plans(text: str) -> str | None:
    """"Valentine năm nay bạn có kế hoạch gì không?" as "Do you have any plans for Valentine's Day this year?", "Tôi
    chưa có kế hoạch gì cho ngày Valentine." as "I don't have any plans for Valentine's Day yet." (_PLANS); None for
    anything else, a day behind, and "không" or "chưa" both denied and asked."""
    m = _PLANS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["not"]) or (time := _one_time(m, "for")) is None or (
            time[1] == "behind") or (said := _who(m, asked)) is None:
        return None
    (who_, one), yet = said, " yet" * ("chưa" in (m["asked"], m["not"]))
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have any plans{time[0]}{yet}?"
    return capitalised(f"{who_} {'doesn' if one else 'don'}'t have any plans{time[0]}{yet}.")


def _single(text: str) -> str | None:
    """"Valentine này tôi lại ế." as "I'm single again this Valentine's Day.", "Valentine năm ngoái tôi vẫn độc
    thân." as "I was still single on Valentine's Day last year.", "Valentine này bạn vẫn ế à?" as "Are you still
    single this Valentine's Day?" (_SINGLE); None for anything else, a pet, a day ahead, and many "một mình" (one
    alone: "chúng tôi một mình" is not Vietnamese)."""
    m = _SINGLE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (time := _one_time(m)) is None or time[1] == "ahead" or (
            said := _who(m, asked)) is None:
        return None
    (who_, one), (when, way), adv = said, time, keyed(m["adv"] or "")
    if m["given"] and keyed(m["state"]) == "ế" or keyed(m["state"]) == "một mình" and be(who_) == "are" and (
            who_ != "you"):  # ("Hoa ế": flowers unsold?; we, they)
        return None
    verb = ("was" if one or who_ == "I" else "were") if way == "behind" else be(who_)
    state = f"{'still ' * adv.startswith('vẫn')}{_STATES[keyed(m['state'])]}{' again' * (adv == 'lại')}"
    return f"{verb.capitalize()} {who_} {state}{when}?" if asked else capitalised(
        contracted(who_, f"{verb} {state}{when}."))


def _day(text: str) -> str | None:
    """"Hôm nay là ngày Valentine." as "Today is Valentine's Day." (_IS), "Ngày Valentine là ngày 14 tháng 2." as
    "Valentine's Day is on February 14.", "… ngày nào?" as "When is Valentine's Day?" (_ON), "Sắp đến ngày Valentine
    rồi." as "Valentine's Day is coming soon." (_COMING), "Chúc mừng ngày Valentine!" as "Happy Valentine's Day!"
    (_GREET); None for anything else."""
    if (m := _IS.fullmatch(text)) and "?" not in m["end"]:
        near = keyed(m["near"])
        return f"{capitalised(_NEAR[near])} {'was' if NEAR_WAY[near] == 'behind' else 'is'} Valentine's Day."
    if (m := _ON.fullmatch(text)) and bool(m["which"]) == ("?" in m["end"]):
        return "When is Valentine's Day?" if m["which"] else "Valentine's Day is on February 14."
    if (m := _COMING.fullmatch(text)) and "?" not in m["end"]:
        return "Valentine's Day is coming soon."
    return "Happy Valentine's Day!" if _GREET.fullmatch(text) else None


def _time_vi(m: re.Match, front: bool = False, gday: bool = False) -> tuple[str, str | None, str] | None:
    """The day of a match of _WHEN_EN in Vietnamese, its way, and its preposition: (" vào ngày Valentine", None,
    "on"), (" nhân ngày Valentine năm ngoái", "behind", "for"); the day alone before who where `front` ("Valentine
    năm nay"); None for "this" and a year both, no "on" nor "this", and "last"."""
    which = m["this"] or m["year"]
    said_day = m.groupdict().get("when", True)
    if gday or not said_day:  # (a Valentine's present: the day said once, in it)
        return ("", None, "") if gday and not said_day else None
    if m["this"] and m["year"] or not (m["prep"] or m["this"]) or m["prep"] and m["this"] and m["this"] != "this":
        return None
    way = {"this": "today", "last": "behind", "next": "ahead"}.get(which)
    said = "này" if m["this"] == "this" else _YEARS_VI[which] if which else ""
    if front and said:
        return f"Valentine {said}", way, m["prep"] or "on"
    prep = "nhân" if m["prep"] == "for" else "vào"
    return f" {prep} ngày Valentine{f' {said}' if said else ''}", way, m["prep"] or "on"


def _whom_vi(m: re.Match, said: str, who_: str) -> str | None:
    """Whom of _WHOM_EN in Vietnamese: who's own partner alone ("my girlfriend" after "I": "bạn gái"), or
    mt.hobbies.as_whom; None for his or hers not known to be who's ("Minh gave his girlfriend …")."""
    whose, _, kin = said.lower().partition(" ")
    pronoun = (m["who"] or "").lower()
    own = EN_WHOSE.get("I" if pronoun == "i" else pronoun) if pronoun else his_her(who_) if m["kin"] else None
    if kin in _PARTNERS_VI and whose == own and own not in ("our", "their"):
        return _PARTNERS_VI[kin]
    return None if kin and whose in ("his", "her", "their") and whose != own else as_whom(said, "en")


_AUX_EN = {"": "past", "have": "done", "has": "done", "have already": "done", "has already": "done", "have just":
           "just", "has just": "just", "haven't": "not yet", "hasn't": "not yet", "will": "will", "usually":
           "usually", "want to": "want", "wants to": "want", "am going to": "going", "is going to": "going",
           "are going to": "going", "am": "now", "is": "now", "are": "now"}
# the verbs' forms (base, "-s", past, participle, "-ing"), and the form each tense says
_VERB_FORMS = {f: (base, {kind for kind, g in zip(("base", "s", "past", "part", "ing"), forms) if g == f})
               for base, forms in (("give", ("give", "gives", "gave", "given", "giving")),
                                   ("buy", ("buy", "buys", "bought", "bought", "buying"))) for f in forms}
_FORM = {"past": "past", "done": "part", "just": "part", "not yet": "part", "asked": "part", "will": "base",
         "want": "base", "going": "base", "did": "base", "now": "ing"}
_SHORT = {"'ve": "have", "'ll": "will", "'m": "am", "'re": "are"}


def _aspect_en(m: re.Match, who_: str, one: bool) -> str | None:
    """The tense of a match of _GIVEN_EN ("past", "done", "just", "not yet", "will", "want", "going",
    "now", "usually"; "did", "asked" by its first word), where the words before the verb agree with who and the
    verb's form with the tense; None for any other."""
    aux = " ".join((m["aux"] or "").split())
    first, _, rest = aux.partition(" ")
    if first == "'s":
        first = "is" if m["verb"].endswith("ing") or "going" in rest else "has"
    aux = f"{_SHORT.get(first, first)} {rest}".strip()
    q = (m["q"] or "").lower()
    aspect = {"did": "did", "have": "asked", "has": "asked"}.get(q) or _AUX_EN.get(aux)
    if q and aux or aspect is None or not first_agrees(q or first, who_, one) or aspect == "want" and (
            aux == "wants to") != one:
        return None
    form = ("s" if one else "base") if aspect == "usually" else _FORM[aspect]
    return aspect if form in _VERB_FORMS[m["verb"]][1] else None


def _given_vi(text: str) -> str | None:
    """"I gave my girlfriend flowers on Valentine's Day." as "Tôi đã tặng hoa cho bạn gái vào ngày Valentine.",
    "Have you bought your wife a Valentine's present yet?" as "Bạn đã mua quà Valentine cho vợ chưa?" (_GIVEN_EN);
    None for anything else, a pet giving, "gave … for", we asked ("chúng tôi" or "chúng ta"?), and where the verb does
    not agree with who."""
    m = _GIVEN_EN.fullmatch(text)
    gday = bool(m) and not (m["gift"] or m["b_gift"])
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (time := _time_vi(m, gday=gday)) is None:
        return None
    who_, one = who_vi(m)
    aspect, give = _aspect_en(m, who_, one), _VERB_FORMS[m["verb"]][0] == "give"
    if aspect is None or m["q"] and who_ == "chúng tôi" or (aspect in ("asked", "not yet")) != bool(m["yet"]) or (
            aspect in _PERFECT and not (gday or time[2] == "for")) or not _fits(aspect, time[1]) or (
            aspect == "usually" and (time[1] or time[2] == "for")) or m["to"] and (m["to"] == "to") != give:
        return None
    whom = _whom_vi(m, m["whom"] or m["whom2"], who_)
    if not whom or whom == who_:
        return None
    gift = "quà Valentine" if gday else _GIFTS_EN[m["gift" if m["gift"] else "b_gift"].lower()]
    what = f"{'tặng' if give else 'mua'} {gift} cho {whom}{time[0]}"
    said = {"past": f"đã {what}.", "just": f"vừa {what}.", "done": f"đã {what} rồi.", "not yet": f"chưa {what}.",
            "will": f"sẽ {what}.", "now": f"sẽ {what}.", "going": f"định {what}.", "want": f"muốn {what}.",
            "usually": f"thường {what}.", "did": f"có {what} không?", "asked": f"đã {what} chưa?"}[aspect]
    return capitalised(f"{who_} {said}")


def _what_vi(text: str) -> str | None:
    """"What are you giving your girlfriend for Valentine's Day?" as "Bạn tặng gì cho bạn gái vào ngày Valentine?",
    "What did he give his wife for Valentine's Day?" as "Anh ấy đã tặng gì cho vợ nhân ngày Valentine?" (_WHAT_EN);
    None for anything else, and where the verb does not agree with who."""
    m = _WHAT_EN.fullmatch(text)
    if not m or animal(m) or (time := _time_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    q, ing = m["q"], m["verb"].endswith("ing")
    aspect = "did" if q == "did" else "will" if q == "will" else "going" if m["going"] else "now"
    if ing != (aspect == "now") or q in ("am", "is", "are") and not first_agrees(q, who_, one) or (
            q in ("did", "will") and m["going"]) or not _fits(aspect, time[1]) or not (
            whom := _whom_vi(m, m["whom"], who_)) or who_ in ("tôi", "chúng tôi"):
        return None
    verb = "tặng" if m["verb"].startswith("giv") else "mua"
    said = {"did": "đã ", "will": "sẽ ", "going": "định ", "now": ""}[aspect]
    when = " vào ngày Valentine" if aspect == "now" and time[0] == " nhân ngày Valentine" else time[0]
    return capitalised(f"{who_} {said}{verb} gì cho {whom}{when}?")


def _plans_vi(text: str) -> str | None:
    """"Do you have any plans for Valentine's Day this year?" as "Valentine năm nay bạn có kế hoạch gì không?", "I
    don't have any plans for Valentine's Day." as "Tôi không có kế hoạch gì cho ngày Valentine." (_PLANS_EN); None
    for anything else, a day behind, I or we asked, and where "do" does not agree with who."""
    m = _PLANS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["not"]) or m["prep"] == "on" or (
            time := _time_vi(m, True)) is None or time[1] == "behind":
        return None
    who_, one = who_vi(m)
    if ((m["q"] or m["not"]).lower().startswith("does")) != one or who_ in ("tôi", "chúng tôi") and m["q"]:
        return None
    day, yet = time[0], bool(m["yet"])
    front, back = (f"{day} ", "") if not day.startswith(" ") else ("", " cho ngày Valentine")
    if m["q"]:
        return capitalised(f"{front}{who_} {'đã ' * yet}có kế hoạch gì{back} {'chưa' if yet else 'không'}?")
    return capitalised(f"{front}{who_} {'chưa' if yet else 'không'} có kế hoạch gì{back}.")


def _single_vi(text: str) -> str | None:
    """"I'm single again this Valentine's Day." as "Valentine này tôi lại ế.", "Are you still single this
    Valentine's Day?" as "Valentine này bạn vẫn độc thân à?" (_SINGLE_EN); None for anything else, a day ahead, a
    pet, I or we asked, we or they alone ("một mình" is one alone), and where "is" does not agree with who or its
    tense with the day."""
    m = _SINGLE_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (
            m["still"] and m["again"]) or m["prep"] == "for" or (time := _time_vi(m, True)) is None:
        return None
    who_, one = who_vi(m)
    be = (m["q"] or m["be"]).strip().lower()
    past = be in ("was", "were")
    if time[1] == "ahead" or past != (time[1] == "behind") or not (first_agrees(be, who_, one) if not past else (
            be == "was") == (one or who_ == "tôi")) or m["q"] and who_ in ("tôi", "chúng tôi") or (
            m["state"] == "alone" and who_ in ("chúng tôi", "họ")):
        return None
    adv = "lại " if m["again"] else "vẫn " if m["still"] else ""
    state = "một mình" if m["state"] == "alone" else "ế" if m["again"] else "độc thân"
    day = time[0]
    said = f"{day} {who_} {adv}{state}" if not day.startswith(" ") else f"{who_} {adv}{state}{day}"
    return capitalised(said + (" à?" if m["q"] else "."))


def _day_vi(text: str) -> str | None:
    """"Today is Valentine's Day." as "Hôm nay là ngày Valentine.", "Valentine's Day is coming soon." as "Sắp đến
    ngày Valentine rồi.", "When is Valentine's Day?" as "Ngày Valentine là ngày nào?", "Happy Valentine's Day!" as
    "Chúc mừng ngày Valentine!" (_IS_EN); None for anything else, and "was" said of today."""
    m = _IS_EN.fullmatch(text)
    if not m or m["near"] and (m["be"] == "was") != (m["near"].lower() == "yesterday"):
        return None
    if m["near"]:
        return f"{capitalised(_NEAR_EN[m['near'].lower()])} là ngày Valentine."
    if m["happy"] or m["when"]:
        return "Chúc mừng ngày Valentine!" if m["happy"] else "Ngày Valentine là ngày nào?"
    return "Sắp đến ngày Valentine rồi." if m["coming"] else "Ngày Valentine là ngày 14 tháng 2."
