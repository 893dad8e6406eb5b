"""A child's school day, both ways, written whole by rule: who takes whom to school, what time school starts or
finishes (or that it finishes early), no school on a day, someone off school (sick), and the summer holiday. v8 (rules
on) reads "đưa" as giving, "tan học" as a meltdown, "trường nghỉ" as idle, "nghỉ học" as dying, and "no school" as no
school existing: "Tôi đưa con đi học mỗi sáng." → "I take your child to study every morning.", "Mẹ tôi đưa con tôi đi
học." → "My mother gave me school.", "Mấy giờ con tan học?" → "Time of school?", "Trường tan học lúc 4 giờ chiều." →
"School meltdown at 4 p.m.", "Hôm nay trường nghỉ." → "Today the school is idle.", "Con tôi bị ốm nên nghỉ học." → "My
child has sickened and went to school.", "Con trai tôi nghỉ học vì bị ốm." → "My son died of school because of
sickness.", "Bọn trẻ đang nghỉ hè." → "They're a summer break."; "I take the kids to school every morning." → "Tôi đi
học mỗi buổi sáng." (the kids lost), "Who takes the kids to school?" → "Ai cần trẻ đến trường?", "What time does
school finish?" → "Chuyện giờ học xong là gì?", "School starts at 7." → "Trường bắt đầu ở 7 tuổi." (at age 7), "There's
no school today." → "Hôm nay chẳng có trường nào cả." (no school exists), "The kids are on school holidays." → "Trẻ ở
trường.".

Taken: who (mt.hobbies.WHO, WHO_EN; the kids: "bọn trẻ", "the kids", "my children"; "Ai", who, asking) takes ("đưa",
"chở"; "take", "drive") the kids, "con" (a pronoun's own child) or someone to school, as a habit (mt.hobbies.EVERY),
usually, now, did, will, has to, said or asked; what time school or who starts ("vào học") or finishes ("tan học"),
asked or said (mt.dates.clock), or that school finishes early or late, on a day (mt.free_time.when; "các ngày thứ
Sáu", on Fridays); no school on a day, said or asked, and who has none ("được nghỉ học", "không phải đi học"); who is
off school on a day, or off school sick ("bị ốm nên nghỉ học": "off school sick", with no guess at he or she; "because
he's sick" in English where "he" is who); who is on summer holiday ("đang nghỉ hè") or school holidays. "Con" alone is
the child spoken to, asking only (as in mt/homework.py); "Trường" with a capital only opening the sentence (a name?).
Left: who picks whom up (mt/pickups.py), who finishes school at a time, said or asked (mt/routines.py), how they get
there (mt/routines.py, mt/commutes.py), a school open or closed (mt/opening_hours.py), starting school
(mt/enrolment.py), days off work (mt/days_off.py), "nghỉ học" with no day and no illness (quits school?), "Anh",
"Chị", "Em" saying, a part of today with a habit ("Sáng nay tôi đưa con đi học": took or taking?), "When does school
start?" (which day of the year?).
mt.phrasebook.translate tries these after mt/dentist.py.

    >>> translate("Tôi đưa con đi học mỗi sáng.", "vi", "en"), translate("There's no school today.", "en", "vi")
    ('I take my child to school every morning.', 'Hôm nay được nghỉ học.')
"""
from __future__ import annotations

import re

from . import dates
from .dates import AHEAD
from .free_time import DAY_OPENING, OPENS, when
from .hobbies import EVERY, WHO, WHO_EN, WHOM, as_whom, be_of, own_thing, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .tense import BEHIND, said_of_one
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_DAYS, EN_WHOSE, SOFTENED_END, SOFTENED_QUESTION, alternatives, be, be_said,
                   capitalised, contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:học|trường|nghỉ\s+hè)"), "en": lazy(r"(?i:school|summer)")}
# the kids, as who or whom
_KIDS = r"bọn\s+trẻ|lũ\s+trẻ|bọn\s+nhỏ|các\s+con"
_WHO_VI = rf"(?:(?P<kids>(?i:{_KIDS}))|{WHO}|(?P<con>[Cc]on))"  # ("Con" alone: the child spoken to, asking)
_WHO_EN = rf"(?:(?P<kids>(?i:the\s+(?:kids|children)))|(?P<kwhose>(?i:{WHOSE_WORDS}))\s+(?:kids|children)|{WHO_EN})"
# a day after what is said: one `when` reads, one of EVERY, or every such weekday ("các ngày thứ Sáu")
_DAY = rf"(?:\s+(?P<day>(?:{OPENS}|(?i:mỗi|các|hằng|hàng)(?!\w))[^,.!?]*?))?"
_WEEKLY = lazy(r"(?i:(?:vào\s+)?(?:các\s+ngày|mỗi)\s+(?P<d>thứ\s+\S+|chủ\s+nhật)|(?P<d2>thứ\s+\S+|chủ\s+nhật)\s+"
               r"(?:hằng|hàng)\s+tuần)")
_WEEKLY_EN = lazy(r"on\s+(?P<d>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s")
_NOW = ("today", "this morning", "this afternoon")

# who takes whom to school ("Tôi đưa con đi học mỗi sáng.", "Ai đưa con đi học?", "Bạn có chở con đi học không?")
_AUX = {"thường": "usually", "hay": "usually", "sẽ": "will", "đang": "now", "đã": "past", "phải": "must"}
# ... and how English says it by that word and the kind of day (_day) said with it ("Sáng nay tôi đưa …": none)
_TENSES = {("", ""): "", ("", "every"): "", ("usually", ""): "usually", ("usually", "every"): "usually",
           ("", "past"): "past", ("past", ""): "past", ("past", "past"): "past", ("past", "now"): "past",
           ("", "ahead"): "will", ("will", ""): "will", ("will", "ahead"): "will", ("will", "now"): "will",
           ("now", ""): "now"} | {("must", kind): "must" for kind in ("", "every", "ahead", "now")}
_TAKE = lazy(rf"{DAY_OPENING}(?:(?P<anyone>[Aa]i)|{_WHO_VI})\s+(?:(?P<aux>{alternatives(_AUX)})\s+)?(?P<ask>có\s+)?"
             rf"(?:đưa|chở)\s+(?:(?P<own>con|{_KIDS})|{WHOM})\s+(?:đi\s+học|đến\s+trường)"
             rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?{_DAY}{ASKED_END}")
_TAKE_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?(?:(?P<anyone>Who)|{_WHO_EN})(?P<aux>['’]ll|\s+will|\s+usually|"
                rf"\s+(?:has|have)\s+to|{BE_EN})?\s+(?P<verb>take|takes|took|taking|drive|drives|drove|driving)\s+"
                rf"(?:(?P<kidsw>the\s+(?:kids|children))|(?P<owner>{WHOSE_WORDS})\s+(?P<kid>son|daughter|child|kids|"
                r"children))\s+to\s+school(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_KID_VI = {"son": "con trai", "daughter": "con gái", "child": "con", "kids": "con", "children": "con"}
# what time school starts or finishes ("Mấy giờ tan học?", "Trường vào học lúc 7 giờ.", "Thứ Sáu trường tan sớm.")
_DOINGS = {"tan học": "finish", "tan": "finish", "vào học": "start", "vào lớp": "start"}
_DOINGS_VI = {"finish": "tan học", "end": "tan học", "get out": "tan học", "start": "vào học", "begin": "vào học"}
_FORMS_EN = {form: (base, kind) for base, forms in {
    "start": ("starts", "started"), "begin": ("begins", "began"), "finish": ("finishes", "finished"),
    "end": ("ends", "ended"), "get out": ("gets out", "got out")}.items() for form, kind in zip((base, *forms), "-sp")}
_SCHOOL = r"(?P<school>(?:^T|t)rường(?:\s+học)?)"  # ("Hôm nay Trường nghỉ.": Truong, a name)
_DOING = rf"(?P<doing>{alternatives(_DOINGS)})"
_TIME_ASKED = [lazy(rf"(?:[Ll]úc\s+)?[Mm]ấy\s+giờ\s+(?:thì\s+)?(?:(?:{_SCHOOL}|{_WHO_VI})\s+)?{_DOING}"
                    rf"{SOFTENED_QUESTION}"),
               lazy(rf"(?:(?:{_SCHOOL}|{_WHO_VI})\s+)?{_DOING}\s+(?:vào\s+)?lúc\s+mấy\s+giờ{SOFTENED_QUESTION}")]
_TIME_SAID = lazy(rf"{DAY_OPENING}(?:{_SCHOOL}|{_WHO_VI})\s+{_DOING}\s+(?:(?:vào\s+)?lúc\s+(?P<time>[^,.!?]+?)|"
                  rf"(?P<early>sớm|muộn)){_DAY}{SOFTENED_END}")
_TIME_ASKED_EN = lazy(rf"What\s+time\s+(?P<do>does|do)\s+(?:(?P<school>school)|{_WHO_EN})\s+"
                      rf"(?P<doing>{alternatives(_DOINGS_VI)})(?P<named>\s+school)?\s*\?+")
_TIME_SAID_EN = lazy(rf"(?:(?P<school>School)|{_WHO_EN})\s+(?P<doing>{alternatives(_FORMS_EN)})(?P<named>\s+school)?"
                     r"\s+(?:at\s+(?P<time>[^,.!?]+?(?:\s*[ap]\.m\.?)?)|(?P<early>early|late))"
                     r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!]*)")
# no school on a day ("Hôm nay trường nghỉ.", "Ngày mai có phải đi học không?"), who has none, who is off school
_NONE = lazy(rf"{DAY_OPENING}(?:{_SCHOOL}\s+(?:được\s+)?nghỉ(?:\s+học)?|[Đđ]ược\s+nghỉ\s+học|"
             rf"[Kk]hông\s+phải\s+đi\s+học|(?P<ask>[Cc]ó\s+phải\s+đi\s+học\s+không)){_DAY}{SOFTENED_END}")
_HAS_NONE = lazy(rf"{DAY_OPENING}{_WHO_VI}\s+(?:được\s+nghỉ\s+học|không\s+phải\s+đi\s+học|(?P<ask>có)\s+phải\s+đi\s+"
                 rf"học){_DAY}{ASKED_END}")
_ILL = r"(?:bị\s+)?(?:ốm|bệnh)"
_OFF = lazy(rf"{DAY_OPENING}{_WHO_VI}(?:\s+(?P<mid>(?i:hôm\s+nay|hôm\s+qua|ngày\s+mai)))?\s+(?:(?P<ill>{_ILL})\s+nên\s+"
            rf"(?:phải\s+)?nghỉ\s+học|(?:phải\s+)?nghỉ\s+học(?:\s+vì\s+(?P<ill2>{_ILL}))?){_DAY}{SOFTENED_END}")
_NONE_EN = lazy(r"(?:There(?P<be>['’]s|\s+is|\s+was|['’]ll\s+be|\s+will\s+be)\s+no\s+school|(?P<q>Is|Was)\s+there\s+"
                r"(?:any\s+)?school)\s+(?P<day>[^,.!?]+?)\s*(?P<end>[.!?]*)")
_HAS_NONE_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{_WHO_EN}(?:\s+(?P<not>(?:do|does|did)\s+not|"
                    r"(?:don|doesn|didn)['’]t))?\s+(?P<have>have|has|had)\s+(?P<no>no\s+)?school\s+"
                    r"(?P<day>[^,.!?]+?)\s*(?P<end>[.!?]*)")
_OFF_EN = lazy(rf"{_WHO_EN}(?P<be>['’]s|['’]m|['’]re|\s+is|\s+am|\s+are|\s+was|\s+were|['’]ll\s+be|\s+will\s+be)\s+"
               r"off\s+(?:(?P<sick>sick\s+from\s+school)|school(?P<sick2>\s+(?:sick|ill))?)"
               r"(?:\s+(?P<day0>today|yesterday|tomorrow))?(?:\s+(?:because|as)\s+(?P<pron>he|she|they|I|we|you)"
               r"(?P<pbe>['’]s|['’]m|['’]re|\s+is|\s+am|\s+are|\s+was|\s+were)\s+(?:sick|ill|unwell))?"
               r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!]*)")
# the summer holiday ("Bọn trẻ đang nghỉ hè.", "The kids are on their summer holidays.")
_SUMMER = lazy(rf"{_WHO_VI}\s+(?:(?P<now>đang)\s+)?(?:được\s+)?nghỉ\s+hè(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_SUMMER_EN = lazy(rf"{_WHO_EN}{BE_EN}\s+on\s+(?:(?P<owner>{WHOSE_WORDS})\s+)?(?P<what>summer|school)\s+"
                  r"(?:holidays?|vacation|break)\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who takes whom to school, when school starts or finishes,
    that there is no school, that someone is off school or on summer holiday; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _take(text) or _time(text) or _none(text) or _off(text) or _summer(text)
    return _take_vi(text) or _time_vi(text) or _none_vi(text) or _off_vi(text) or _summer_vi(text)


def _day(said: str | None, src: str) -> tuple[str, str] | None:
    """A day in the other language and its kind ("every", "past", "ahead", "now", "week"): ("on Fridays", "every")
    for "các ngày thứ Sáu", ("hôm qua", "past") for "yesterday"; ("", "") for none; None for one not read."""
    if not said:
        return "", ""
    if src == "vi":
        if m := _WEEKLY.fullmatch(said):
            day = when(m["d"] or m["d2"], "vi")
            return (f"{day}s", "every") if day and day.startswith("on ") else None
        day = en = when(said, "vi", EVERY)
    else:
        if m := _WEEKLY_EN.fullmatch(said):
            return f"vào các ngày {when('on ' + m['d'], 'en').removeprefix('vào ')}", "every"
        day, en = when(said, "en", EVERY), said.lower()
    if not day:
        return None
    kind = "every" if en in EVERY.values() else "past" if BEHIND.fullmatch(en) else "ahead" if AHEAD.match(en) else \
        "now" if en in _NOW else "week" if en.startswith("on ") and en[3:].capitalize() in EN_DAYS else None
    return (day, kind) if kind else None


def _one_day(m: re.Match, *names: str) -> tuple[str, str] | None:
    """The day of a Vietnamese match (_day), said in one of the groups `names` at most."""
    said = [m[n] for n in names if m[n]]
    return None if len(said) > 1 else _day(said[0] if said else None, "vi")


def _subject(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of _WHO_VI in English, and whether it takes "does": the kids, "Con" alone asking ("you"), mt.hobbies.who."""
    if m["kids"] or m["con"]:
        return ("the kids", False) if m["kids"] else ("you", False) if asked else None
    return who(m, asked)


def _subject_vi(m: re.Match) -> tuple[str, bool]:
    """Who of _WHO_EN in Vietnamese, and whether English says it with "-s": "the kids" as "bọn trẻ"."""
    if m["kids"] or m["kwhose"]:
        return ("bọn trẻ" if m["kids"] else f"các con {WHOSE_VI[m['kwhose'].lower()]}"), False
    return who_vi(m)


def _own(m: re.Match, who_: str, one: bool) -> bool | None:
    """Whether whose (group "owner") of an English match is who's own ("their" of the kids; mt.hobbies.own_thing);
    False after "Who"; None where English does not tell."""
    if m.groupdict().get("anyone") or m["kids"] or m["kwhose"]:
        return not m.groupdict().get("anyone") and m["owner"].lower() == "their"
    return own_thing(m, who_, one)


def _placed(said: str, day: str, end: str) -> str:
    """A Vietnamese sentence with its day: "mỗi sáng" after what is said, any other before it without "vào"."""
    if day.startswith(("mỗi ", "hằng ")):
        return capitalised(f"{said} {day}{end}")
    return capitalised(f"{day.removeprefix('vào ')} {said}{end}".strip())


def _take(text: str) -> str | None:
    """"Tôi đưa con đi học mỗi sáng." as "I take my child to school every morning.", "Ai đưa con đi học?" as "Who
    takes the kids to school?", "Bạn có đưa con đi học không?" as "Do you take your child to school?" (_TAKE); None
    for anything else, and for a day that does not tell the tense ("Sáng nay tôi đưa con đi học.")."""
    m = _TAKE.fullmatch(text)
    asked = bool(m and (m["asked"] or m["anyone"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["anyone"] and m["ask"]:
        return None
    said = ("who", True) if m["anyone"] else _subject(m, asked)
    day = _one_day(m, "day0", "every", "day")
    tense = day and _TENSES.get((_AUX.get(m["aux"] or "", ""), day[1]))
    if not said or tense is None or m["con"] or m["whom"] and keyed(m["whom"]) == keyed(m["who"] or ""):
        return None
    (who_, one), day_said = said, day[0]
    whom = (f"{EN_WHOSE[who_]} child" if m["own"] == "con" and m["who"] else "the kids") if m["own"] else \
        as_whom(m["whom"], "vi")
    rest, takes = f"{whom} to school {day_said}".rstrip(), "takes" if one else "take"
    if not whom or asked and tense in ("now", "must"):
        return None
    if m["anyone"]:
        verb = {"past": "took", "will": "will take", "usually": "usually takes", "": "takes"}.get(tense)
        return verb and f"Who {verb} {rest}?"
    if asked:
        do = {"past": "Did", "will": "Will"}.get(tense, "Does" if one else "Do")
        return f"{do} {who_} {'usually ' * (tense == 'usually')}take {rest}?"
    if tense in ("will", "now"):
        return capitalised(contracted(who_, f"will take {rest}." if tense == "will" else f"{be(who_)} taking {rest}."))
    verb = {"past": "took", "must": f"{'has' if one else 'have'} to take", "usually": f"usually {takes}"}.get(tense)
    return capitalised(f"{who_} {verb or takes} {rest}.")


def _take_vi(text: str) -> str | None:
    """"I take the kids to school every morning." as "Tôi đưa con đi học mỗi sáng.", "Who takes the kids to school?"
    as "Ai đưa bọn trẻ đi học?", "Did you take your son to school?" as "Bạn đã đưa con trai đi học chưa?" (_TAKE_EN);
    None for anything else, and where the verb does not agree with who or with the day."""
    m = _TAKE_EN.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["do"] or m["anyone"]) or (day := _day(m["day"], "en")) is None:
        return None
    who_, one = ("ai", True) if m["anyone"] else _subject_vi(m)
    aux, verb, kind, do = " ".join((m["aux"] or "").lower().replace("’", "'").split()), m["verb"], day[1], \
        (m["do"] or "").lower()
    form = "ing" if verb.endswith("ing") else "past" if verb in ("took", "drove") else "s" if verb.endswith("s") else ""
    if do:
        ok = not aux and not form and kind in (("", "past") if do == "did" else ("", "every")) and \
            do in ("did", "does" if one else "do")
        how = "đã " if do == "did" and not kind else "có "
    elif aux in ("'ll", "will", "has to", "have to"):
        ok = not form and kind in ("", "ahead", "now", "every" * ("to" in aux)) and \
            aux != ("have to" if one else "has to")
        how = "phải " if "to" in aux else "sẽ "
    elif aux and aux != "usually":  # ("Who's taking …?": who will)
        ok = form == "ing" and be_said(aux) == ("is" if m["anyone"] else be_of(who_, one)) and \
            kind in ("", "ahead", "now")
        how = "đang " if not (kind or m["anyone"]) else "sẽ "
    else:
        ok = form == "past" and kind in ("", "past", "now") and not aux or form == "s" * one and kind in ("", "every")
        how = "thường " if aux else "đã " if form == "past" and kind != "past" else ""
    own = ok and not m["kidsw"] and _own(m, who_, one)
    if not ok or own is None:
        return None
    whom = ("con" if who_ in ("tôi", "chúng tôi") else "bọn trẻ") if m["kidsw"] else \
        _KID_VI[m["kid"]] + ("" if own else f" {WHOSE_VI[m['owner'].lower()]}")
    end = "?" if m["anyone"] else " chưa?" if how == "đã " and do else " không?" if do else m["end"] or "."
    return _placed(f"{who_} {how}{'chở' if verb.startswith('dr') else 'đưa'} {whom} đi học", day[0], end)


def _time(text: str) -> str | None:
    """"Mấy giờ tan học?" as "What time does school finish?" (_TIME_ASKED), "Thứ Sáu trường tan sớm." as "School
    finishes early on Friday." (_TIME_SAID); None for anything else, and "tan" alone but of school."""
    if m := next((m for p in _TIME_ASKED if (m := p.fullmatch(text))), None):
        doing, alone = _DOINGS[keyed(m["doing"])], keyed(m["doing"]) == "tan"
        if not (m["kids"] or m["con"] or m["who"] or m["kin"] or m["title"] or m["given"]):
            return None if alone and not m["school"] else f"What time does school {doing}?"
        said = _subject(m, True)
        return None if not said or alone else f"What time {'does' if said[1] else 'do'} {said[0]} {doing} school?"
    m = _TIME_SAID.fullmatch(text)
    said = m and ("school", True) if m and m["school"] else m and _subject(m, False)
    if not said or "?" in m["end"] or not m["school"] and (keyed(m["doing"]) == "tan" or m["early"] and
                                                         _DOINGS[keyed(m["doing"])] == "start"):
        return None
    time_said, day_said = m["time"], m["day"]
    if time_said and day_said and _day(day_said, "vi") is None:  # ("lúc 4 giờ chiều": the time goes on)
        time_said, day_said = f"{time_said} {day_said}", None
    days = [d for d in (m["day0"], day_said) if d]
    day = None if len(days) > 1 else _day(days[0] if days else None, "vi")
    time = dates.clock(time_said, "vi", "en") if time_said else {"sớm": "early", "muộn": "late"}[keyed(m["early"])]
    if not day or not time:
        return None
    doing = _DOINGS[keyed(m["doing"])]
    verb = f"{doing}ed" if day[1] == "past" else said_of_one(doing) if said[1] else doing
    said = f"{said[0]} {verb}{'' if m['school'] else ' school'}{' at' * bool(time_said)} {time} {day[0]}".strip()
    return capitalised(said if said.endswith(".") and m["end"] in ("", ".") else said + (m["end"] or "."))


def _time_vi(text: str) -> str | None:
    """"What time does school finish?" as "Mấy giờ tan học?" (_TIME_ASKED_EN), "School starts at 7." as "Trường vào
    học lúc 7 giờ." (_TIME_SAID_EN); None for anything else, and where the verb does not agree with who or the day."""
    if m := _TIME_ASKED_EN.fullmatch(text):
        doing = _DOINGS_VI[" ".join(m["doing"].split())]
        if m["school"]:
            return f"Mấy giờ {doing}?" if m["do"] == "does" and not m["named"] else None
        who_, one = _subject_vi(m)
        ok = m["named"] and (m["do"] == "does") == one and "out" not in m["doing"]
        return capitalised(f"{who_} {doing} lúc mấy giờ?") if ok else None
    if not (m := _TIME_SAID_EN.fullmatch(text)):
        return None
    (base, form), time_said, day_said = _FORMS_EN[" ".join(m["doing"].split())], m["time"], m["day"]
    who_, one = ("trường", True) if m["school"] else _subject_vi(m)
    if bool(m["school"]) == bool(m["named"]) or "out" in base and m["named"] or form in "-s" and (form == "s") != one \
            or m["early"] and base in ("start", "begin") and not m["school"]:
        return None
    if time_said and day_said and _day(day_said, "en") is None:  # ("at 4 pm": the time goes on)
        time_said, day_said = f"{time_said} {day_said}", None
    if m["named"] and time_said and base in ("start", "begin") and re.fullmatch(r"(?i:\d{1,2}|[a-z]+)", time_said):
        return None  # ("My son starts school at five.": at five years old, most likely)
    day = _day(day_said, "en")
    time = dates.clock(time_said.replace(".m.", "m").replace(".m", "m"), "en", "vi") if time_said else \
        {"early": "sớm", "late": "muộn"}[m["early"]]
    if not day or not time or (form == "p") != (day[1] == "past"):
        return None
    return _placed(f"{who_} {_DOINGS_VI[base]} {'lúc ' * bool(time_said)}{time}", day[0], m["end"] or ".")


def _none(text: str) -> str | None:
    """"Hôm nay trường nghỉ." as "There's no school today." (_NONE), "Hôm nay tôi được nghỉ học." as "I don't have
    school today." (_HAS_NONE); None for anything else, and without a day ("Trường nghỉ.": closed for good?)."""
    if m := _HAS_NONE.fullmatch(text):  # (first: "Hôm nay tôi" is no day)
        asked = bool(m["asked"])
        said = _subject(m, asked) if bool(m["ask"]) == asked else None
    elif m := _NONE.fullmatch(text):
        asked, said = bool(m["ask"]), ("", False)
    day = m and _one_day(m, "day0", "day")
    if not m or not said or asked != ("?" in m["end"]) or not day or not day[0]:
        return None
    (who_, one), (day_said, kind) = said, day
    past = kind == "past"
    if not who_:
        there = "There was" if past else "There's"
        return f"{'Was' if past else 'Is'} there school {day_said}?" if asked else f"{there} no school {day_said}."
    if asked:
        return f"{'Did' if past else 'Does' if one else 'Do'} {who_} have school {day_said}?"
    return capitalised(f"{who_} {'did' if past else 'does' if one else 'do'}n't have school {day_said}.")


def _none_vi(text: str) -> str | None:
    """"There's no school today." as "Hôm nay được nghỉ học." (_NONE_EN), "Do you have school tomorrow?" as "Ngày mai
    bạn có phải đi học không?" (_HAS_NONE_EN); None for anything else, and where the verb does not agree."""
    if m := _NONE_EN.fullmatch(text):
        said, asked, be_ = "", bool(m["q"]), be_said(m["q"] or m["be"])
        tense = "past" if be_ == "was" else "ahead" if "ll" in be_ else ""
    elif m := _HAS_NONE_EN.fullmatch(text):
        said, one = _subject_vi(m)
        do, have, asked = (m["do"] or "").lower(), m["have"], bool(m["do"])
        aux = do or (re.match(r"\w+", m["not"])[0].lower().removesuffix("n") if m["not"] else "")
        if do and m["not"] or bool(aux) == bool(m["no"]) or aux and have != "have" or \
                (aux or have) in ("does", "do", "has", "have") and ((aux or have) in ("does", "has")) != one:
            return None
        tense = "past" if aux == "did" or have == "had" else ""
    day = m and _day(m["day"], "en")
    if not day or not day[0] or asked != ("?" in m["end"]) or (tense == "past") != (day[1] == "past") or \
            tense == "ahead" and day[1] != "ahead":
        return None
    said = f"{said} {'có phải đi học' if asked else 'được nghỉ học'}".strip()
    return _placed(said, day[0], " không?" if asked else m["end"] or ".")


def _off(text: str) -> str | None:
    """"Con tôi bị ốm nên nghỉ học." as "My child is off school sick." (_OFF); None for anything else, and for "nghỉ
    học" with no day and no illness (quits school?)."""
    m = _OFF.fullmatch(text)
    if not m or "?" in m["end"] or not (said := _subject(m, False)) or not (day := _one_day(m, "day0", "mid", "day")):
        return None
    (who_, one), (day_said, kind), ill = said, day, m["ill"] or m["ill2"]
    if not (ill or day_said) or kind == "every":
        return None
    rest = f"off school{' sick' * bool(ill)} {day_said}".rstrip() + "."
    if kind == "past":
        return capitalised(f"{who_} {'was' if one or who_ == 'I' else 'were'} {rest}")
    return capitalised(contracted(who_, f"{'will be' if kind == 'ahead' else be(who_)} {rest}"))


def _refers(m: re.Match, pron: str, who_: str) -> bool:
    """Whether "he", "she", "they" … of "because he's sick" is who of an English match: "they" of the kids, the
    pronoun itself, "he" of "my son" (mt.terms.his_her), any but "I", "we", "you" of "my child" or a name."""
    if m["kids"] or m["kwhose"] or m["who"]:
        return pron == ("they" if not m["who"] else m["who"].lower())
    his = his_her(who_)
    return pron == {"his": "he", "her": "she"}[his] if his else pron in ("he", "she", "they")


def _off_vi(text: str) -> str | None:
    """"My son is off school because he's sick." as "Con trai tôi nghỉ học vì bị ốm." (_OFF_EN); None for anything
    else, "off school" with no day and no illness, and where "is", "because he's" do not agree with who or the day."""
    m = _OFF_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := _day(m["day0"] or m["day"], "en")) is None:
        return None
    who_, one = _subject_vi(m)
    be_, kind, pron = be_said(m["be"]).replace("'ll be", "will be"), day[1], (m["pron"] or "").lower()
    past = be_ in ("was", "were")
    if be_ != ("will be" if be_ == "will be" else be_of(who_, one, past)) or past != (kind == "past") or \
            be_ == "will be" and kind != "ahead" or kind == "every" or not (m["sick"] or m["sick2"] or pron or day[0]):
        return None
    if pron and (not _refers(m, pron, who_) or be_said(m["pbe"]) != be_of("tôi" * (pron == "i"), pron in ("he", "she"),
                                                                          past)):
        return None
    return _placed(f"{who_} nghỉ học{' vì bị ốm' * bool(m['sick'] or m['sick2'] or pron)}", day[0], m["end"] or ".")


def _summer(text: str) -> str | None:
    """"Bọn trẻ đang nghỉ hè." as "The kids are on summer holiday.", "Tôi được nghỉ hè rồi." as "I'm on summer
    holiday." (_SUMMER); None for anything else, and without "đang" or "rồi" (going to be?)."""
    m = _SUMMER.fullmatch(text)
    if not m or not (m["now"] or m["done"]) or "?" in m["end"] or not (said := _subject(m, False)):
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} on summer holiday{m['end'] or '.'}"))


def _summer_vi(text: str) -> str | None:
    """"The kids are on their summer holidays." as "Bọn trẻ đang nghỉ hè.", "The kids are on school holidays." as "Bọn
    trẻ đang được nghỉ học." (_SUMMER_EN); None for anything else, and where "is" or whose does not agree with who."""
    if not (m := _SUMMER_EN.fullmatch(text)):
        return None
    who_, one = _subject_vi(m)
    if be_said(m["be"]) != be_of(who_, one) or m["owner"] and not _own(m, who_, one):
        return None
    return capitalised(f"{who_} đang {'nghỉ hè' if m['what'] == 'summer' else 'được nghỉ học'}{m['end'] or '.'}")
