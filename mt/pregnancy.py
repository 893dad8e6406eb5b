"""Pregnancy, both ways, written whole by rule: morning sickness, cravings, a pregnancy scan or an antenatal check-up
done or due, a caesarean or a natural birth, and the due date. v8 (rules on) reads "ốm nghén" as a sick heart,
"thèm" as tried, "sinh mổ" as born, and "caesarean", "scan", "craves" not at all: "Vợ tôi bị ốm nghén." → "My heart is
sick.", "Chị tôi bị ốm nghén nặng." → "She was seriously ill.", "Cô ấy thèm ăn chua." → "She tried to eat sour.", "Vợ
tôi hay thèm đồ ngọt." → "My wife or snugg.", "Vợ tôi sinh mổ." → "My wife was born cesarean.", "Bạn sinh thường hay
sinh mổ?" → "Do you usually have a cesarean section?", "Ngày mai tôi đi khám thai." → "Tomorrow, I'll go to my
pregnancy."; "She craves sour food." → "Cô ấy rưỡi thức ăn chua.", "My wife had a caesarean." → "Vợ tôi có một
caesarean.", "My wife went for a pregnancy scan yesterday." → "Vợ tôi đã quét thai hôm qua.", "Her morning sickness is
over." → "Chứng ốm nghén của cô ấy quá nhiều.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a man by his word, mt.terms.his_her, "anh" or "chú" addressed, nor a
pet, nor "we" or "they") has morning sickness (bad, really bad; still), or not, asked, or is over it ("hết ốm nghén
rồi", "… chưa?"); who craves sour, sweet, spicy or salty food (now, often, really; asked: anyone); who (not a child, nor
a name not a woman's: the one born?) had, has just had, is going to, wants to or plans to have a caesarean or a natural
birth, a day behind or ahead as the verb says, and "sinh thường hay sinh mổ?" asked; who (and "we") went for, has had,
has just had, hasn't had, is going for a pregnancy scan or an antenatal check-up, asked "… chưa?", a day read by
mt.dates.near_days; someone's due date (a near day, a month, a day of a month), asked when. Left: being pregnant,
months pregnant, due soon, a baby born (mt/babies.py); "thèm ăn" alone (appetite), "không thèm" (can't be bothered), a
craving with "quá", "lắm", "Do you really crave …?"; morning sickness had ("đã bị": when?), a birth or a scan without
a tense read ("Vợ tôi đi siêu âm thai.", "Bạn có sinh mổ không?" of the future), a birth had with "nhé", another's
"vừa đi", "đi … rồi" without "về" or "đã" (gone, there still?), "phải" (has to, or had to?), "siêu âm" without "thai"
(any scan), check-ups (mt/check_ups.py), "the due date" in English (a bill's?), a day no month has, and anything else.
mt.phrasebook.translate tries these after mt/surgery.py.

    >>> translate("Vợ tôi bị ốm nghén.", "vi", "en"), translate("My wife had a caesarean.", "en", "vi")
    ('My wife has morning sickness.', 'Vợ tôi đã sinh mổ.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, VI_MONTH_WORDS, near_days
from .hobbies import KIN_VI, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, be_of, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .names import woman_named
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_MONTHS, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised,
                   contracted, keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nghén|thèm|(?:sinh|đẻ)\s+(?:mổ|thường)|siêu\s+âm\s+thai|khám\s+thai|dự\s+sinh)"),
         "en": lazy(r"(?i:morning\s+sickness|crav|caesarean|cesarean|c-section|natural\s+birth|normal\s+birth|"
                    r"pregnancy\s+scan|antenatal|prenatal|due\s+date)")}
# days near today, behind, today or ahead (mt.dates.NEAR_WAY says which); English back, the first Vietnamese of each
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                 "tháng trước", "hôm nay", "sáng nay", "chiều nay", "ngày mai", "sáng mai", "chiều mai", "ngày kia",
                 "ngày mốt", "tuần sau", "tuần tới", "tháng sau", "tháng tới")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# what is craved (the first Vietnamese of each is written back)
FOODS = {"ăn chua": "sour food", "đồ chua": "sour food", "đồ ngọt": "sweet things", "ăn ngọt": "sweet things",
         "đồ cay": "spicy food", "ăn cay": "spicy food", "đồ mặn": "salty food", "ăn mặn": "salty food"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())} | {"sweets": "đồ ngọt", "sweet food": "đồ ngọt",
                                                              "sour things": "đồ chua"}
# a birth by caesarean or natural, and a check done while pregnant
BIRTHS = {"mổ": "a caesarean", "thường": "a natural birth"}
BIRTHS_VI = {"a caesarean": "mổ", "a cesarean": "mổ", "a c-section": "mổ", "a caesarean section": "mổ",
             "a natural birth": "thường", "a normal birth": "thường"}
CHECKS = {"siêu âm thai": "a pregnancy scan", "khám thai": "an antenatal check-up"}
CHECKS_VI = {"a pregnancy scan": "siêu âm thai"} | {f"{a} {b}": "khám thai" for a in ("an antenatal", "a prenatal")
                                                   for b in ("check-up", "checkup", "appointment")}

_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?:vào\s+)?(?P<day2>(?i:{alternatives(DAYS)})))?"
_SICK = r"(?:bị\s+)?(?:ốm\s+)?nghén"
# morning sickness ("Vợ tôi bị ốm nghén.", "Bạn có bị ốm nghén không?", "Chị tôi bị ốm nghén nặng lắm.")
_SICKNESS = lazy(rf"{WHO}\s+(?:(?P<aux>đang|vẫn\s+còn|vẫn|còn|có|không)\s+)?{_SICK}(?:\s+(?P<bad>nặng|nhiều))?"
                 rf"(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
# ... over ("Cô ấy hết ốm nghén rồi.", "Bạn hết ốm nghén chưa?")
_OVER = lazy(rf"{WHO}\s+(?:đã\s+)?hết\s+{_SICK}(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# cravings ("Cô ấy thèm ăn chua.", "Vợ tôi hay thèm đồ ngọt.", "Bạn có thèm đồ chua không?")
_CRAVE = lazy(rf"{WHO}\s+(?:(?P<aux>đang|hay|thường|rất|có\s+hay|có)\s+)?thèm\s+(?P<food>(?i:{alternatives(FOODS)}))"
              rf"{ASKED_END}")
# a caesarean or a natural birth ("Vợ tôi sinh mổ.", "Chị tôi sẽ sinh mổ vào tuần sau.", "Tôi muốn sinh thường.")
_BIRTH = lazy(rf"{_DAY}{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|sắp|muốn|định)\s+)?(?:sinh|đẻ)\s+(?P<kind>mổ|thường)"
              rf"{_DAY2}(?:\s+(?:ạ|(?P<nhe>nhé)))?\s*(?P<end>[.!?]*)")
_WHICH = lazy(rf"{WHO}\s+(?:(?P<aux>đã|sẽ|định|muốn)\s+)?(?:sinh|đẻ)\s+(?P<k1>thường|mổ)\s+hay\s+(?:(?:sinh|đẻ)\s+)?"
              rf"(?P<k2>thường|mổ){SOFTENER}\s*\?+")
# a scan or a check-up ("Vợ tôi đi siêu âm thai hôm qua.", "Bạn đã đi siêu âm thai chưa?")
_CHECK = lazy(rf"{_DAY}{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|sắp|chưa|có)\s+)?(?P<go>đi\s+)?"
              rf"(?P<what>(?i:{alternatives(CHECKS)}))(?P<back>\s+về)?{_DAY2}(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}")
# the due date ("Ngày dự sinh của cô ấy là tháng sau.", "Ngày dự sinh của bạn là khi nào?")
_MONTH = rf"(?P<month>\d{{1,2}}|(?i:{alternatives(VI_MONTH_WORDS)}))"
_DUE = lazy(rf"(?i:ngày)\s+dự\s+sinh(?:\s+của\s+(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE})))?"
            rf"(?:\s+là\s+(?:(?P<near>(?i:{alternatives(DAYS)}))|(?:vào\s+)?(?:ngày\s+(?P<date>\d{{1,2}})\s+)?"
            rf"tháng\s+{_MONTH})|(?:\s+là)?\s+(?P<when>khi\s+nào|bao\s+giờ|ngày\s+nào|hôm\s+nào)){SOFTENED_END}")

# ... and in English
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
_BE_EN, _END_EN = r"\s+is|\s+am|\s+are|['’]s|['’]m|['’]re", r"\s*(?P<end>[.!?]*)"  # (is, am, are; the end)
_SICKNESS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<still>still))?(?P<aux>\s+has|\s+have|['’]s\s+got|"
                    r"['’]ve\s+got|\s+(?:has|have)\s+got|\s+(?:do|does)\s+not\s+have|\s+(?:don|doesn)['’]t\s+have)?"
                    rf"(?:\s+(?P<still2>still))?\s+(?P<bad>(?:really\s+)?bad\s+)?morning\s+sickness{_END_EN}")
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s|(?P<the>[Tt]he))"
_OVER_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+morning\s+sickness(?P<is>\s+is)?\s+over(?:\s+(?P<yet>yet))?{_END_EN}")
_CRAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<be>{_BE_EN})?(?:\s+(?P<adv>often|really))?"
                 rf"\s+(?P<verb>craves|crave|craving)\s+(?P<food>{alternatives(FOODS_VI)}){_END_EN}")
_BIRTH_NAMES = alternatives(BIRTHS_VI)
_BIRTH_EN = lazy(rf"(?:(?P<q>Did|Do|Does|Is|Are|Am)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’]ve|{_BE_EN}|\s+wants?\s+to)?"
                 r"(?:\s+(?P<just>just))?\s+(?P<verb>had|have|having|going\s+to\s+have|planning\s+to\s+have)"
                 rf"\s+(?P<kind>(?i:{_BIRTH_NAMES}))(?:\s+or\s+(?P<kind2>(?i:{_BIRTH_NAMES})))?{_DAY_EN}{_END_EN}")
_CHECK_EN = lazy(rf"(?:(?P<q>Did|Has|Have|Is|Are|Am)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’]ve|{_BE_EN}|\s+(?:has|have)"
                 r"(?:\s+not|n['’]t))?(?:\s+(?P<just>just))?\s+(?P<verb>went\s+for|go\s+for|going\s+for|had|have|"
                 rf"has|been\s+for)\s+(?P<what>(?i:{alternatives(CHECKS_VI)})){_DAY_EN}(?:\s+(?P<yet>yet))?{_END_EN}")
_ON_EN = rf"(?:(?:on\s+)?(?P<m1>{'|'.join(EN_MONTHS)})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?:on\s+)?(?:the\s+)?" \
         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{'|'.join(EN_MONTHS)}))"
_DUE_EN = lazy(rf"{_WHOSE_EN}\s+due\s+date\s+(?P<be>is|was)\s+(?:(?P<near>{alternatives(DAYS_VI)})|"
               rf"in\s+(?P<month>{'|'.join(EN_MONTHS)})|{_ON_EN})\s*(?P<end>[.!]*)")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # (February's 29th: a leap year's)
_DUE_ASKED_EN = lazy(rf"When(?:\s+is|['’]s)\s+{_WHOSE_EN}\s+due\s+date\s*\?+")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of morning sickness, cravings, a pregnancy scan or check-up, a caesarean or a
    natural birth, or a due date; None for any other."""
    if src == "vi":
        return _sickness(text) or _crave(text) or _birth(text) or _which(text) or _check(text) or _due(text)
    return _sickness_vi(text) or _crave_vi(text) or _birth_vi(text) or _check_vi(text) or _due_vi(text)


def _man(m: re.Match) -> bool:
    """Whether who of a match of WHO is a man by his word: by kin or a title ("chồng tôi", "Bác Hùng"), or "you"
    addressed as one ("Anh sinh thường hay sinh mổ?" asks how he was born; not "cậu", "bác": a woman, a friend too)."""
    return his_her_of(m) == "his" or keyed(m["who"] or "") in ("anh", "chú")


def _may_be_born(m: re.Match, src: str = "vi") -> bool:
    """Whether who of a match of WHO (of WHO_EN, `src` "en") in a birth may be the baby born, not the mother: a child
    ("Con tôi sinh mổ."; "con gái" either), or in Vietnamese a name not most often a woman's (mt.names.woman_named)."""
    kin = keyed(m["kin"] or "")
    if src == "en":
        return KIN_VI.get(kin, "").split(" ")[0] == "con"
    return kin.split(" ")[0] == "con" or bool(m["given"]) and not woman_named(m["given"])


def _bearer(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether "-s", where they may be pregnant: not a man by his word ("anh
    ấy", "chồng tôi", "anh" addressed), a pet, "we" nor "they"; None for any other."""
    said = who(m, asked)
    left = said is None or animal(m) or said[0] in ("we", "they", "he") or _man(m) or asked and said[0] == "I"
    return None if left else said  # (asked of oneself: one knows)


def _bearer_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, as _bearer reads who; None for a man, a pet, "we" or "they"."""
    said = who_vi(m)
    return None if animal(m) or said[0] in ("chúng tôi", "họ") or his_her(said[0]) == "his" else said


def _asked(m: re.Match, asking: tuple[str, ...] = ("có",)) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?" (or another of `asking` before the verb: "còn … không?")
    (True) or says (False); None for one without the other."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or asked != (keyed(m["aux"] or "").split(" ")[0] in asking) else asked


def _sickness(text: str) -> str | None:
    """"Vợ tôi bị ốm nghén." as "My wife has morning sickness.", "Bạn có bị ốm nghén không?" as "Do you have morning
    sickness?" (_SICKNESS), "Cô ấy hết ốm nghén rồi." as "Her morning sickness is over." (_OVER); None for any other."""
    if m := _OVER.fullmatch(text):
        asked = "?" in m["end"]
        said = _bearer(m, asked) if bool(m["yet"]) == asked and bool(m["done"]) != asked else None
        whose = said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s")
        return whose and (f"Is {whose} morning sickness over yet?" if asked else
                          capitalised(f"{whose} morning sickness is over{stop(m['end'])}"))
    m = _SICKNESS.fullmatch(text)
    asked = m and _asked(m, ("có", "còn"))
    if not m or asked is None or m["bad"] and keyed(m["aux"] or "") == "không" or m["much"] and not m["bad"] or (
            said := _bearer(m, asked)) is None:
        return None
    aux, (who_, one) = keyed(m["aux"] or ""), said
    bad = ("really bad " if m["much"] else "bad ") if m["bad"] else ""
    still = "still " if aux in ("vẫn", "vẫn còn", "còn") else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {still}have {bad}morning sickness?"
    if aux == "không":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have morning sickness{stop(m['end'])}")
    return capitalised(f"{who_} {still}{'has' if one else 'have'} {bad}morning sickness{stop(m['end'])}")


def _crave(text: str) -> str | None:
    """"Cô ấy thèm ăn chua." as "She craves sour food.", "Tôi đang thèm đồ ngọt." as "I'm craving sweet things.",
    "Vợ tôi hay thèm đồ ngọt." as "My wife often craves sweet things." (_CRAVE); None for any other, and for a pet."""
    m = _CRAVE.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or animal(m) or (said := who(m, asked)) is None:
        return None
    aux, (who_, one), food = keyed(m["aux"] or ""), said, FOODS[keyed(m["food"])]
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {'often ' * (aux == 'có hay')}crave {food}?"
    if aux == "đang":
        return capitalised(contracted(who_, f"{be(who_)} craving {food}{stop(m['end'])}"))
    adverb = {"hay": "often ", "thường": "often ", "rất": "really "}.get(aux, "")
    return capitalised(f"{who_} {adverb}{'craves' if one else 'crave'} {food}{stop(m['end'])}")


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a Vietnamese match (before who or after the verb, not both) in English with a space before it, and
    its way (behind, today, ahead); ("", "") for none; None for two."""
    if m["day"] and m["day2"]:
        return None
    day = m["day"] or m["day2"]
    return (f" {DAYS[keyed(day)]}", NEAR_WAY[keyed(day)]) if day else ("", "")


def _birth(text: str) -> str | None:
    """"Vợ tôi sinh mổ." as "My wife had a caesarean.", "Chị tôi sẽ sinh mổ vào tuần sau." as "My sister is going to
    have a caesarean next week." (_BIRTH); None for any other, one who may be the baby (_may_be_born), where the day
    and the tense disagree, and a birth had with "nhé"."""
    m = _BIRTH.fullmatch(text)
    if not m or "?" in m["end"] or (found := _day(m)) is None or _may_be_born(m) or (said := _bearer(m, False)) is None:
        return None
    (day, way), (who_, one), aux, kind, end = found, said, keyed(m["aux"] or ""), BIRTHS[m["kind"]], stop(m["end"])
    if aux in ("muốn", "định") and not day:
        verb = ("wants" if one else "want") if aux == "muốn" else f"{be(who_)} planning"
        return capitalised(f"{who_} {verb} to have {kind}{end}")
    if m["nhe"] and aux in ("", "đã", "vừa", "mới", "vừa mới") and way != "ahead":
        return None  # ("Vợ tôi sinh mổ nhé.": not told of a birth had; "nhé" asks to be agreed with what is to come)
    if aux in ("vừa", "mới", "vừa mới") and not day:
        return capitalised(f"{who_} {'has' if one else 'have'} just had {kind}{end}")
    if aux in ("", "đã") and (way == "behind" or not day or way == "today" and aux):
        return capitalised(f"{who_} had {kind}{day}{end}")
    if aux in ("sẽ", "sắp") and way in ("", "ahead") or not aux and way == "ahead":
        soon = " soon" if aux == "sắp" and not day else ""
        return capitalised(contracted(who_, f"{be(who_)} going to have {kind}{day}{soon}{end}"))
    return None


def _which(text: str) -> str | None:
    """"Bạn sinh thường hay sinh mổ?" as "Did you have a natural birth or a caesarean?", "Chị sẽ sinh thường hay
    sinh mổ?" as "Are you going to have a natural birth or a caesarean?" (_WHICH); None for anything else."""
    m = _WHICH.fullmatch(text)
    if not m or m["k1"] == m["k2"] or _may_be_born(m) or (said := _bearer(m, True)) is None:
        return None
    (who_, one), aux, kinds = said, m["aux"] or "", f"{BIRTHS[m['k1']]} or {BIRTHS[m['k2']]}"
    if aux in ("sẽ", "định"):
        return f"{be(who_).capitalize()} {who_} {'going' if aux == 'sẽ' else 'planning'} to have {kinds}?"
    return f"{'Does' if one else 'Do'} {who_} want to have {kinds}?" if aux == "muốn" else f"Did {who_} have {kinds}?"


def _check(text: str) -> str | None:
    """"Vợ tôi đi siêu âm thai hôm qua." as "My wife went for a pregnancy scan yesterday.", "Bạn đã đi siêu âm thai
    chưa?" as "Have you had a pregnancy scan yet?" (_CHECK); None for any other, and for a tense not read."""
    m = _CHECK.fullmatch(text)
    if not m or (found := _day(m)) is None:
        return None
    (day, way), aux, asked = found, keyed(m["aux"] or ""), m["asked"]
    if bool(asked) != ("?" in m["end"]) or (asked == "không") != (aux == "có") or m["done"] and (asked or day) or \
            m["back"] and (aux not in ("vừa", "mới", "vừa mới") or day):
        return None
    said = who(m, bool(asked))
    if said is None or animal(m) or _man(m) or said[0] in ("they", "he") or asked and said[0] == "I":
        return None  # ("we" go together: "Chúng tôi đi siêu âm thai hôm qua.")
    (who_, one), what, end = said, CHECKS[keyed(m["what"])], stop(m["end"])
    has = "has" if one else "have"
    # another "vừa đi", "đi … rồi" without "về", "đã" may be there still; I and we, telling it, are back
    gone = m["go"] and not m["back"] and who_ not in ("I", "we")
    if asked == "chưa":
        return None if day or aux not in ("", "đã") else f"{has.capitalize()} {who_} had {what} yet?"
    if asked:  # ("có … không?": its tense is its day's)
        if way == "behind":
            return f"Did {who_} {'go for' if m['go'] else 'have'} {what}{day}?"
        return f"{be(who_).capitalize()} {who_} going for {what}{day}?" if way == "ahead" else None
    if aux == "chưa":
        return None if day else capitalised(f"{who_} {has}n't had {what} yet{end}")
    if aux in ("vừa", "mới", "vừa mới"):
        return None if day or gone else capitalised(f"{who_} {has} just had {what}{end}")
    if aux in ("", "đã") and (way == "behind" or way == "today" and aux):
        return capitalised(f"{who_} {'went for' if m['go'] else 'had'} {what}{day}{end}")
    if aux in ("đã", "") and not day and (aux or m["done"]):
        return None if not aux and gone else capitalised(f"{who_} {has} had {what}{end}")
    if aux in ("sẽ", "sắp") and way in ("", "ahead") or not aux and way == "ahead" or aux == "sẽ" and way == "today":
        soon = " soon" if aux == "sắp" and not day else ""
        return capitalised(contracted(who_, f"{be(who_)} going for {what}{day}{soon}{end}"))
    return None


def _due(text: str) -> str | None:
    """"Ngày dự sinh của cô ấy là tháng sau." as "Her due date is next month.", "Ngày dự sinh của bạn là khi nào?" as
    "When is your due date?" (_DUE); None for anything else, and for a man's."""
    m = _DUE.fullmatch(text)
    if not m or bool(m["when"]) != ("?" in m["end"]):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi') or ''}'s" if m[
        "someone"] else "the"
    if whose in ("his", "'s") or m["someone"] and his_her(m["someone"]) == "his":
        return None
    if m["when"]:
        return f"When is {whose} due date?"
    if m["near"]:
        day, was = DAYS[keyed(m["near"])], NEAR_WAY[keyed(m["near"])] == "behind"
    else:
        month = int(m["month"]) if m["month"].isdigit() else VI_MONTH_WORDS[keyed(m["month"])]
        if not 1 <= month <= 12 or m["date"] and not 1 <= int(m["date"]) <= _MONTH_DAYS[month - 1]:
            return None
        day, was = (f"{EN_MONTHS[month - 1]} {int(m['date'])}" if m["date"] else f"in {EN_MONTHS[month - 1]}"), False
    return capitalised(f"{whose} due date {'was' if was else 'is'} {day}{stop(m['end'])}")


def _agrees(said: str, who_: str, one: bool) -> bool:
    """Whether a verb or "is", "am", "are" said after who (or before, asking) agrees with who (`who_`, `one` as
    mt.hobbies.who_vi gives them): "She has", "Do you", "I'm"; "" agrees with anyone."""
    word = " ".join(said.lower().replace("’", "'").split())
    if word in ("is", "am", "are", "'s", "'m", "'re"):
        return be_said(word) == be_of(who_, one)
    if word.split(" ")[0] in ("has", "hasn't", "does", "doesn't", "wants", "craves", "'s"):
        return one
    return not one if word.split(" ")[0] in ("have", "haven't", "do", "don't", "want", "crave", "'ve") else True


def _sickness_vi(text: str) -> str | None:
    """"My wife has morning sickness." as "Vợ tôi bị ốm nghén." (_SICKNESS_EN), "Her morning sickness is over."
    as "Cô ấy hết ốm nghén rồi." (_OVER_EN); None for any other, and where the verb does not agree with who."""
    if m := _OVER_EN.fullmatch(text):
        said = _owner_vi(m, ("his", "their", "our"))
        if said is None or bool(m["q"]) in (bool(m["is"]), "?" not in m["end"]) or m["yet"] and not m["q"]:
            return None
        return capitalised(f"{said} hết ốm nghén chưa?" if m["q"] else f"{said} hết ốm nghén rồi{stop(m['end'])}")
    m = _SICKNESS_EN.fullmatch(text)
    if not m or (said := _bearer_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]) or not m["aux"]:
        return None
    (who_, one), aux = said, " ".join((m["aux"] or "").lower().replace("’", "'").split())
    not_, still = "not" in aux or "n't" in aux, bool(m["still"] or m["still2"])
    if not _agrees(m["q"] or aux, who_, one) or not_ and (still or m["bad"]) or m["still"] and aux.startswith("'") or (
            m["q"] and (aux != "have" or m["still2"]) or m["still"] and m["still2"]):
        return None
    bad = (" rất nặng" if "really" in m["bad"] else " nặng") if m["bad"] else ""
    if m["q"]:
        return capitalised(f"{who_} {'còn' if still else 'có'} bị ốm nghén{bad} không?")
    if not_:
        return capitalised(f"{who_} không bị ốm nghén{stop(m['end'])}")
    return capitalised(f"{who_} {'vẫn còn ' * still}bị ốm nghén{bad}{stop(m['end'])}")


def _owner_vi(m: re.Match, left: tuple[str, ...] = ("his",)) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese, as who ("cô ấy" of "her", "vợ tôi" of "my wife's"); None for
    whose of `left`, a man, and "the"."""
    if m["poss"]:
        return None if m["poss"].lower() in left else WHOSE_VI[m["poss"].lower()]
    said = m["someone"] and someone(m["someone"], "en")
    return None if said is None or his_her(said) == "his" else said


def _crave_vi(text: str) -> str | None:
    """"She craves sour food." as "Cô ấy thèm ăn chua.", "I'm craving sweets." as "Tôi đang thèm đồ ngọt."
    (_CRAVE_EN); None for anything else, and where the verb does not agree with who."""
    m = _CRAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    (who_, one), verb, food = who_vi(m), m["verb"], FOODS_VI[m["food"]]
    if (verb == "craving") != bool(m["be"]) or m["be"] and (m["q"] or m["adv"]) or m["q"] and verb != "crave" or \
            not _agrees(m["q"] or m["be"] or verb, who_, one) or m["q"] and m["adv"] == "really":
        return None  # ("Do you really crave …?" doubts: "có … không?" would not)
    if m["q"]:
        return capitalised(f"{who_} có {'hay ' * (m['adv'] == 'often')}thèm {food} không?")
    how = "đang " if m["be"] else {"often": "hay ", "really": "rất "}.get(m["adv"] or "", "")
    return capitalised(f"{who_} {how}thèm {food}{stop(m['end'])}")


def _birth_vi(text: str) -> str | None:
    """"My wife had a caesarean." as "Vợ tôi đã sinh mổ.", "Did you have a natural birth or a caesarean?" as "Bạn
    sinh thường hay sinh mổ?" (_BIRTH_EN); None for any other, a verb not agreeing, a day not the tense's."""
    m = _BIRTH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or _may_be_born(m, "en") or (said := _bearer_vi(m)) is None:
        return None
    (who_, one), q, verb = said, m["q"] or "", " ".join(m["verb"].split())
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    kind, kind2 = BIRTHS_VI[m["kind"].lower()], m["kind2"] and BIRTHS_VI[m["kind2"].lower()]
    way, day = (NEAR_WAY[DAYS_VI[m["day"]]], f" {DAYS_VI[m['day']]}") if m["day"] else ("", "")
    if not _agrees(q or aux, who_, one) or (kind == kind2) or kind2 and not q or q and m["just"]:
        return None
    # the verb's form: after "is", "has", "wants to" or nothing; "just" only after "had"
    form = ("be" if q in ("Is", "Are", "Am") or aux in ("is", "am", "are", "'m", "'re") or aux == "'s" and verb != "had"
            else "want" if aux.startswith("want") else "has" if aux else "")
    how = {("", "had"): "đã", ("has", "had"): "đã", ("be", "going to have"): "sẽ", ("be", "having"): "sẽ",
           ("be", "planning to have"): "định", ("want", "have"): "muốn", ("", "have"): ""}.get((form, verb))
    if how is None or q and aux != ("want to" if q in ("Do", "Does") else "") or (q == "Did") != (how == ""):
        return None
    how = "vừa" if m["just"] and verb == "had" else None if m["just"] else how
    if how is None or verb == "having" and way != "ahead" or way and (how not in ("", "đã", "sẽ") or (how == "sẽ") != (
            way == "ahead") or way == "today" or aux and how == "đã"):
        return None
    if q and kind2:
        return capitalised(f"{who_} {how} sinh {kind} hay sinh {kind2}{day}?".replace("  ", " "))
    if q:  # ("Are you going to have a caesarean?": "sẽ … à?", not surely asked so)
        return None if how == "sẽ" else capitalised(f"{who_} có {how} sinh {kind}{day} không?".replace("  ", " "))
    return capitalised(f"{who_} {how} sinh {kind}{day}{stop(m['end'])}")


def _check_vi(text: str) -> str | None:
    """"My wife went for a pregnancy scan yesterday." as "Vợ tôi đi siêu âm thai hôm qua.", "Have you had a
    pregnancy scan yet?" as "Bạn đã đi siêu âm thai chưa?" (_CHECK_EN); None for any other, a verb not agreeing, a day
    not the tense's."""
    m = _CHECK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    (who_, one), q = who_vi(m), (m["q"] or "").lower()
    if animal(m) or who_ == "họ" or his_her(who_) == "his" or not _agrees(q or m["aux"] or m["verb"], who_, one) or (
            q and who_ == "tôi"):
        return None  # (not asked of oneself)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    verb, what = " ".join(m["verb"].split()), CHECKS_VI[m["what"].lower()]
    way, day = (NEAR_WAY[DAYS_VI[m["day"]]], f" {DAYS_VI[m['day']]}") if m["day"] else ("", "")
    perfect = aux in ("has", "have", "'ve") or aux == "'s" and verb in ("had", "been for")
    if q in ("has", "have"):
        return None if aux or day or verb != "had" else capitalised(f"{who_} đã đi {what} chưa?")
    if q:  # (did, or is, are, am)
        way_, verbs = ("behind", ("go for", "have")) if q == "did" else ("ahead", ("going for",))
        return None if aux or way != way_ or verb not in verbs else capitalised(f"{who_} có đi {what}{day} không?")
    if "not" in aux or "n't" in aux:
        return None if day or verb != "had" or not m["yet"] else capitalised(f"{who_} chưa đi {what}{stop(m['end'])}")
    if m["yet"]:
        return None
    if m["just"]:
        return None if day or verb != "had" or aux and not perfect else capitalised(
            f"{who_} vừa đi {what} về{stop(m['end'])}")
    if perfect:
        return None if day or verb not in ("had", "been for") else capitalised(
            f"{who_} đã đi {what} rồi{stop(m['end'])}")
    if aux in ("is", "am", "are", "'m", "'re", "'s"):
        return None if verb != "going for" or way == "behind" else capitalised(
            f"{who_} sẽ đi {what}{day}{stop(m['end'])}")
    if verb in ("went for", "had") and way in ("behind", "today"):  # ("đi … hôm nay" alone may be to come: "đã")
        return capitalised(f"{who_} {'đã ' * (way == 'today')}đi {what}{day}{stop(m['end'])}")
    if verb in ("went for", "had") and not day:
        return capitalised(f"{who_} đã đi {what}{stop(m['end'])}")
    if verb in ("have", "has") and way == "ahead":
        return capitalised(f"{who_} sẽ đi {what}{day}{stop(m['end'])}")
    return None


def _due_vi(text: str) -> str | None:
    """"Her due date is next month." as "Ngày dự sinh của cô ấy là tháng sau.", "When is your due date?" as "Ngày
    dự sinh của bạn là khi nào?" (_DUE_EN, _DUE_ASKED_EN); None for any other, a man's, "the" (a bill's?), "is" a
    day behind, and a day no month has."""
    m = _DUE_ASKED_EN.fullmatch(text) or _DUE_EN.fullmatch(text)
    if not m or (whose := _owner_vi(m)) is None:
        return None
    of = f"Ngày dự sinh của {whose}"
    if m.re == _DUE_ASKED_EN:
        return f"{of} là khi nào?"
    if m["near"]:
        was = NEAR_WAY[DAYS_VI[m["near"]]] == "behind"
        return None if (m["be"] == "was") != was else f"{of} là {DAYS_VI[m['near']]}{stop(m['end'])}"
    month, date = EN_MONTHS.index(m["month"] or m["m1"] or m["m2"]) + 1, m["d1"] or m["d2"]
    if m["be"] == "was" or date and not 1 <= int(date) <= _MONTH_DAYS[month - 1]:
        return None
    return f"{of} là {f'ngày {int(date)} ' if date else ''}tháng {month}{stop(m['end'])}"
