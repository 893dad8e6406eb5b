"""A housekeeper (a domestic helper, a maid), both ways, written whole by rule: hiring one, having one, looking for
one, the housekeeper off for Tet, off or not coming on a day, gone home for Tet, back at work or leaving, cooking,
cleaning, looking after the children, and what she is paid. v8 (the rules on) reads "người giúp việc" as helping and
"housekeeper" as a house that keeps: "Nhà tôi thuê người giúp việc." → "My house is hired the help.", "Người giúp
việc nghỉ Tết rồi." → "It's helping to take a holiday.", "Bạn có thuê người giúp việc không?" → "Do you hire
helper?", "Chị giúp việc nấu ăn rất ngon." → "She helps cooking very good.", "Chị giúp việc trông con cho tôi." →
"Helping looking for me.", "Người giúp việc nghỉ việc rồi." → "It's helping to take a break."; "We hired a
housekeeper." → "Chúng tôi thuê một nhà giữ.", "Our maid is off for Tet." → "Cô hầu phòng của chúng tôi bị tắt vì
Tết.", "The housekeeper has quit." → "Nhà giữ đã thoát khỏi.", "The housekeeper is off today." → "Người giữ nhà bị
tắt hôm nay.".

Taken: who (mt.hobbies.WHO, WHO_EN; "nhà tôi", "my family") has a housekeeper ("thuê" or "có" said plainly is having
one: "Nhà tôi thuê người giúp việc." → "My family has a housekeeper."), said, denied, asked; hired one ("đã"), has
("rồi"), has just ("vừa"), has not yet ("chưa"), asked yet ("… chưa?"); will, plans to, wants to, needs to hire one;
needs one; is looking for one ("đang tìm"). The housekeeper ("người", "chị", "cô giúp việc", "ô-sin", "theo giờ":
part-time; whose by "nhà tôi", "của tôi") is off for Tet ("nghỉ Tết rồi"), about to be, asked yet; has gone home for
Tet; is back at work, not yet, asked; is off or not coming on a near day (mt.dates' today, tomorrow, yesterday …;
not coming in a near week); has quit ("nghỉ việc rồi", "bỏ việc"), has just, quit ("đã"), is about to, wants to;
cooks (well, very well, asked), does a chore of mt.chores.CHORES, looks after my child ("trông con cho tôi"), the
children or someone ("chăm sóc bà tôi"): a habit, denied, asked, or now ("đang"). Who pays the housekeeper a sum
(mt.amounts) a month, a day, a week or an hour, and how much, asked. Left: "giúp việc" as helping with work ("Tôi
giúp việc nhà cho mẹ.": mt/chores.py's housework; "Mẹ tôi có giúp việc theo giờ.": has one, or does the work?),
"nghỉ" alone ("Người giúp việc nghỉ rồi.": off today, or quit?) or with a week ("Tuần trước người giúp việc nghỉ.")
and "nghỉ việc" with no tense, "mới" right after her ("Người giúp việc mới nghỉ việc.": the new one, or just?),
"her" looked after in English ("The maid looks after her kids.": hers?), a cleaner, a nanny, a hotel's
housekeeping, "anh", "chị", "em" alone saying who hires, "I" asked ("Tôi có thuê người giúp việc không?"), a pet as
who, a sum with no "a month", and anything else. None of mt/chores.py, childcare.py, careers.py, tet_holiday.py,
earnings.py or cooking.py takes a housekeeper as who.
mt.phrasebook.translate tries these after mt/vehicle_papers.py.

    >>> translate("Nhà tôi thuê người giúp việc.", "vi", "en"), translate("Our maid is off for Tet.", "en", "vi")
    ('My family has a housekeeper.', 'Người giúp việc nhà chúng tôi nghỉ Tết rồi.')
"""
from __future__ import annotations

import re

from .amounts import sum_said, words_sum
from .chores import CHORES, CHORES_VI, forms
from .dates import NEAR_WAY, near_days
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present, progressive

_KEYS = {"vi": lazy(r"(?i:giúp\s+việc|ô-sin|ô\s+sin|osin)"), "en": lazy(r"(?i:housekeeper|maid|domestic\s+helper)")}
# the days the housekeeper is off or not coming (the first Vietnamese of each is written back)
_DAYS = near_days("hôm nay", "sáng nay", "chiều nay", "tuần này", "ngày mai", "sáng mai", "tuần sau", "hôm qua",
                  "hôm kia", "tuần trước")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# what she does (mt.chores' chores, and "nấu ăn": cooking as a whole)
_DUTIES = CHORES | {"nấu ăn": "cook"}
_DUTIES_VI = CHORES_VI | {"cook": "nấu ăn"}
_FORMS = {keyed(forms(en)[kind]): (kind, vi) for en, vi in _DUTIES_VI.items() for kind in ("base", "s", "ing")}
_PER = {"tháng": "month", "tuần": "week", "ngày": "day", "giờ": "hour", "tiếng": "hour"}
_PER_VI = {en: vi for vi, en in reversed(_PER.items())}
_OURS = {"tôi", "mình", "chúng tôi"}  # ("người giúp việc nhà tôi": the household's, ours)
_WISH_VI, _BE = {"want": "muốn", "need": "cần", "plan": "định"}, ("is", "am", "are", "'s", "'m", "'re")

# the housekeeper in Vietnamese: "người giúp việc", "chị giúp việc", "ô-sin"; part-time ("theo giờ"); whose
_HK = (r"(?P<hk>(?i:người|chị|cô)\s+giúp\s+việc|(?P<osin>(?i:ô-sin|ô\s+sin|osin)))(?P<hourly>\s+theo\s+giờ)?"
       rf"(?:\s+(?P<at>nhà|của)\s+(?P<owner>(?i:{alternatives(OWNERS)})))?")
# ... hired, "một" or not ("thuê giúp việc theo giờ": part-time)
_HK_OBJ = (r"(?:một\s+)?(?:(?:người|chị|cô)\s+giúp\s+việc|(?P<osin>ô-sin|ô\s+sin|osin)|(?P<bare>giúp\s+việc))"
           r"(?P<hourly>\s+theo\s+giờ)?")
_HIRER = rf"(?:(?P<fam>(?i:nhà|gia\s+đình))\s+(?P<fwhose>(?i:{alternatives(OWNERS)}))|{WHO})"
# who has, hires, needs or looks for one ("Nhà tôi thuê người giúp việc.", "Bạn đã thuê người giúp việc chưa?")
_HIRE = lazy(rf"{_HIRER}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|chưa|không|định|muốn|cần|đang)\s+)?"
             rf"(?P<verb>thuê|có|tìm|cần)\s+{_HK_OBJ}(?:\s+(?P<done>rồi|chưa))?(?:\s+(?P<asked>không))?"
             rf"{SOFTENED_END}")
_DAY_VI = rf"(?i:{alternatives(_DAYS)})"
# off for Tet, gone home for it, back at work, off or not coming on a day ("Hôm nay người giúp việc nghỉ.")
_OFF = lazy(rf"(?:(?P<day0>{_DAY_VI})\s+)?{_HK}\s+(?:(?P<aux>đã|sắp|chưa|không)\s+)?(?P<what>nghỉ\s+Tết|"
            r"về\s+quê\s+ăn\s+Tết|đi\s+làm\s+lại|nghỉ|đến)"
            rf"(?:\s+(?P<day>{_DAY_VI}))?(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# leaving ("Người giúp việc nghỉ việc rồi.", "Ô-sin nhà tôi vừa bỏ việc.")
_QUIT = lazy(rf"{_HK}\s+(?:(?P<aux>vừa\s+mới|vừa|mới|đã|sắp|muốn)\s+)?(?:nghỉ|bỏ)\s+việc(?:\s+(?P<done>rồi))?"
             rf"{SOFTENED_END}")
# what she does ("Chị giúp việc nấu ăn rất ngon.", "Người giúp việc có dọn nhà không?", "… trông con cho tôi.")
_DUTY = lazy(rf"{_HK}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<ing>đang)\s+)?(?:(?P<duty>(?i:"
             rf"{alternatives(_DUTIES)}))|trông\s+con\s+cho\s+(?P<for>(?i:{alternatives(OWNERS)}))|"
             rf"(?P<kids>trông\s+(?:bọn|lũ)\s+(?:trẻ|nhỏ))|chăm\s+sóc\s+(?P<whom>{SOMEONE}))"
             r"(?:\s+(?P<ask2>có\s+)?(?P<very>rất\s+)?(?P<well>ngon)(?:\s+(?P<much>lắm))?)?"
             rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# paying her ("Tôi trả người giúp việc năm triệu một tháng.", "Bạn trả người giúp việc bao nhiêu?")
_PAY = lazy(rf"{_HIRER}\s+trả\s+(?:lương\s+(?:cho\s+)?)?{_HK}\s+(?:(?P<how>bao\s+nhiêu)(?:\s+tiền)?|"
            r"(?P<sum>[\w.,]+(?:\s+[\w.,]+){0,3}?))(?:\s+(?:một|mỗi)\s+(?P<per>tháng|tuần|ngày|giờ|tiếng))?"
            rf"{SOFTENED_END}")

# ... and in English: who (a family too), the housekeeper hired ("a part-time maid") and the one spoken of
_WHO_EN = rf"(?:(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
_NOUN_EN = r"(?P<pt>part-time\s+)?(?P<noun>housekeeper|maid|domestic\s+helper)"
_A_HK_EN = rf"a\s+{_NOUN_EN}"
_HK_EN = rf"(?P<det>(?i:the|{WHOSE_WORDS}))\s+{_NOUN_EN}"
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<verb>have|has|need|needs)\s+{_A_HK_EN}\s*(?P<end>[.!?]*)")
_HIRED_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does|Are|Is|Am)\s+)?{_WHO_EN}(?P<aux>\s+(?:has|have|will|is|am|are)|"
                 r"\s+(?:hasn['’]t|haven['’]t|has\s+not|have\s+not)|['’](?:ve|s|ll|m|re))?(?:\s+(?P<adv>just|already))?"
                 r"\s+(?P<verb>hired|hire|wants?\s+to\s+hire|needs?\s+to\s+hire|plans?\s+to\s+hire|"
                 rf"looking\s+for)\s+{_A_HK_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_OFF_EN = lazy(rf"(?:(?P<q>Is|Has)\s+)?{_HK_EN}(?P<aux>\s+(?:is|was|has|will)(?:\s+not|n['’]t)?|['’]s|"
               r"\s+(?:isn['’]t|wasn['’]t|hasn['’]t|didn['’]t|won['’]t))?(?:\s+(?P<adv>just|already))?\s+"
               r"(?P<what>off\s+for\s+T[eế]t|gone\s+home\s+for\s+T[eế]t|back\s+at\s+work|off|coming|come|quit|"
               rf"about\s+to\s+quit|wants\s+to\s+quit)(?:\s+(?P<day>{_DAY_EN}))?(?:\s+(?P<yet>yet))?"
               r"\s*(?P<end>[.!?]*)")
_DUTY_EN = lazy(rf"(?:(?P<q>Does)\s+)?{_HK_EN}(?:\s+(?P<not>doesn['’]t|does\s+not)|(?P<be>\s+is|['’]s))?\s+"
                rf"(?:(?P<duty>(?i:{alternatives(_FORMS)}))|(?P<look>looks?\s+after|looking\s+after|takes?\s+care\s+of|"
                rf"taking\s+care\s+of)\s+(?:(?P<kids>(?P<kwhose>{WHOSE_WORDS})\s+(?:children|kids)|the\s+(?:children|"
                rf"kids))|(?P<whom>{SOMEONE_EN})))(?:\s+(?P<very>very|really)?\s*(?P<well>well))?\s*(?P<end>[.!?]*)")
_PAY_EN = lazy(rf"(?:How\s+much\s+(?P<q>do|does)\s+)?{_WHO_EN}\s+(?P<verb>pays?)\s+{_HK_EN}(?:\s+(?P<sum>[\w,.]+"
               r"(?:\s+[\w,.]+){0,3}?))??(?:\s+(?:a|an|per)\s+(?P<per>month|week|day|hour))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has, hires or needs a housekeeper, the housekeeper off,
    back or leaving, what she does, or what she is paid; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("nấu ăn ngon thế.": so well, said more than English would)
            return None
        return _hire(text) or _off(text) or _quit(text) or _duty(text) or _pay(text)
    text = text.replace("’", "'")
    return _have_vi(text) or _hired_vi(text) or _off_vi(text) or _duty_vi(text) or _pay_vi(text)


def _hirer(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _HIRER in English and whether one ("my family", True; mt.hobbies.who); None for a pet, "I"
    asked, and "anh", "chị", "em" alone saying it."""
    if m["fam"]:
        return f"{OWNERS[keyed(m['fwhose'])]} family", True
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _the_hk(m: re.Match, a: bool = False) -> str:
    """The housekeeper of a match of _HK (or _HK_OBJ, `a`) in English: "the housekeeper", "our housekeeper" ("nhà
    tôi"), "my maid" ("ô-sin của tôi"), "the part-time housekeeper", "a maid"."""
    owner = "" if a else keyed(m["owner"] or "")
    whose = "a" if a else "our" if m["at"] == "nhà" and owner in _OURS else OWNERS[owner] if owner else "the"
    return f"{whose} {'part-time ' * bool(m['hourly'])}{'maid' if m['osin'] else 'housekeeper'}"


def _asked(m: re.Match, bare: bool = False) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… chưa?" as the group done), False said; None for a "?" with
    no asking word or one with no "?", and "có" without "không" (`bare`: "không?" may ask with no "có")."""
    groups = m.groupdict()
    asked = bool(groups.get("asked")) or groups.get("done") == "chưa"
    if asked != ("?" in m["end"]) or groups.get("asked") and not (groups.get("ask") or groups.get("ask2") or bare):
        return None
    return None if groups.get("ask") and not groups.get("asked") else asked


def _hire(text: str) -> str | None:
    """"Nhà tôi thuê người giúp việc." as "My family has a housekeeper.", "Bạn có thuê người giúp việc không?" as "Do
    you have a housekeeper?", "Chúng tôi đã thuê một người giúp việc." as "We hired a housekeeper.", "Tôi đang tìm
    người giúp việc." as "I'm looking for a housekeeper." (_HIRE); None for anything else."""
    m = _HIRE.fullmatch(text)
    if not m or m["bare"] and (not m["hourly"] or m["verb"] == "có"):
        return None  # ("giúp việc" alone is the work, not one who does it; "có giúp việc theo giờ" may be doing it)
    asked = _asked(m, bare=m["verb"] in ("có", "cần") and not m["aux"])
    said = None if asked is None else _hirer(m, asked)
    if said is None:
        return None
    who_, one = said
    aux, verb, done, hk = keyed(m["aux"] or ""), m["verb"], m["done"] or "", _the_hk(m, a=True)
    has = "has" if one else "have"
    if m["ask"] and (aux not in ("", "định", "muốn", "cần", "đang") or not asked):
        return None
    if (aux, verb, done) in (("", "thuê", ""), ("không", "thuê", ""), ("", "có", ""), ("không", "có", "")):
        return present(who_, one, "have", hk, asked, aux == "không")
    if verb == "cần" and not aux and not done or (aux, verb, done) in (("định", "thuê", ""), ("muốn", "thuê", ""),
                                                                          ("cần", "thuê", "")):
        wish = {"định": "plan to hire ", "muốn": "want to hire ", "cần": "need to hire "}.get(aux, "need ")
        return present(who_, one, wish.split()[0], f"{' '.join(wish.split()[1:])} {hk}".strip(), asked)
    if (aux, verb) == ("đang", "tìm") and not done:
        return progressive(who_, be(who_), f"looking for {hk}", asked)
    if verb != "thuê" or asked and (done != "chưa" or aux not in ("", "đã")):
        return None
    if done == "chưa":
        return f"{has.capitalize()} {who_} hired {hk} yet?"
    said = {("đã", ""): "hired", ("", "rồi"): f"{has} hired", ("đã", "rồi"): f"{has} already hired",
            ("chưa", ""): f"{has}n't hired", ("vừa", ""): f"{has} just hired", ("mới", ""): f"{has} just hired",
            ("vừa mới", ""): f"{has} just hired", ("sẽ", ""): "will hire"}.get((aux, done))
    yet = " yet" if aux == "chưa" else ""
    return said and capitalised(contracted(who_, f"{said} {hk}{yet}."))


def _day(said: str | None) -> tuple[str, str] | None:
    """A day of _DAYS in English, and its way ("behind", "today", "ahead"); None for none."""
    return said and (_DAYS[keyed(said)], NEAR_WAY[keyed(said)])


def _off(text: str) -> str | None:
    """"Người giúp việc nghỉ Tết rồi." as "The housekeeper is off for Tet.", "… về quê ăn Tết rồi." as "… has gone
    home for Tet.", "Người giúp việc đi làm lại chưa?" as "Is the housekeeper back at work yet?", "Hôm nay người giúp
    việc nghỉ." as "The housekeeper is off today.", "… không đến." as "… isn't coming today." (_OFF); None for
    anything else, and "nghỉ" with no day (off, or quit?)."""
    m = _OFF.fullmatch(text)
    if not m or m["day0"] and m["day"] or (asked := _asked(m)) is None:
        return None
    hk, aux, done = _the_hk(m), m["aux"] or "", m["done"] or ""
    what = " ".join(m["what"].split())
    day = _day(m["day0"] or m["day"])
    if what in ("nghỉ", "đến"):
        if not day or done or aux != ("không" if what == "đến" else ""):
            return None
        if what == "nghỉ" and "tuần" in keyed(m["day0"] or m["day"]):
            return None  # ("Tuần trước người giúp việc nghỉ.": a week off, or quit then?)
        when, way = day
        if what == "nghỉ":
            return capitalised(f"{hk} {'was' if way == 'behind' else 'is'} off {when}.")
        return capitalised(f"{hk} didn't come {when}." if way == "behind" else f"{hk} isn't coming {when}.")
    if day or aux == "không":
        return None
    tet = {"nghỉ Tết": ("is off for Tet", "will be off for Tet soon", "Is {} off for Tet yet?"),
           "về quê ăn Tết": ("has gone home for Tet", "is going home for Tet soon", "Has {} gone home for Tet yet?"),
           "đi làm lại": ("is back at work", None, "Is {} back at work yet?")}[what]
    if asked:
        return tet[2].format(hk) if aux == "" else None
    if aux == "sắp" and not done:
        return tet[1] and capitalised(f"{hk} {tet[1]}.")
    if aux == "chưa" and what == "đi làm lại" and not done:
        return capitalised(f"{hk} isn't back at work yet.")
    return capitalised(f"{hk} {tet[0]}.") if done == "rồi" and aux in ("", "đã") else None


def _quit(text: str) -> str | None:
    """"Người giúp việc nghỉ việc rồi." as "The housekeeper has quit.", "Ô-sin nhà tôi vừa bỏ việc." as "Our maid
    has just quit.", "… sắp nghỉ việc." as "… is about to quit." (_QUIT); None for anything else, and with no tense
    ("Người giúp việc nghỉ việc.")."""
    m = _QUIT.fullmatch(text)
    if not m or "?" in m["end"] or keyed(m["aux"] or "") == "mới" and not m["owner"]:
        return None  # ("Người giúp việc mới nghỉ việc.": the new one quit, or she has just quit?)
    aux, done = keyed(m["aux"] or ""), bool(m["done"])
    said = {("", True): "has quit", ("đã", True): "has quit", ("đã", False): "quit", ("vừa", False): "has just quit",
            ("mới", False): "has just quit", ("vừa mới", False): "has just quit", ("sắp", False): "is about to quit",
            ("muốn", False): "wants to quit"}.get((aux, done))
    return said and capitalised(f"{_the_hk(m)} {said}.")


def _duty(text: str) -> str | None:
    """"Chị giúp việc nấu ăn rất ngon." as "The housekeeper cooks very well.", "Người giúp việc có dọn nhà không?"
    as "Does the housekeeper clean the house?", "Chị giúp việc trông con cho tôi." as "The housekeeper looks after
    my child.", "Người giúp việc đang nấu ăn." as "The housekeeper is cooking." (_DUTY); None for anything else."""
    m = _DUTY.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["ing"] and (asked or m["well"]) or m["not"] and m["well"]:
        return None
    if m["well"] and not (m["duty"] and _DUTIES[keyed(m["duty"])] == "cook") or m["ask2"] and (
            m["ask"] or m["very"] or m["much"] or not asked) or m["much"] and m["very"]:
        return None  # ("ngon" is said of cooking; asked, "nấu ăn có ngon không?")
    if m["duty"]:
        duty = _DUTIES[keyed(m["duty"])]
    elif m["for"]:
        duty = f"look after {OWNERS[keyed(m['for'])]} child"
    else:
        whom = "the children" if m["kids"] else someone(m["whom"], "vi")
        if whom is None:
            return None
        duty = f"look after {whom}"
    hk = _the_hk(m)
    if m["ing"]:
        return progressive(hk, "is", forms(duty)["ing"] if not duty.startswith("look ") else f"looking{duty[4:]}")
    well = " really well" if m["much"] else " very well" if m["very"] else " well" if m["well"] else ""
    verb, _, rest = duty.partition(" ")
    return present(hk, True, verb, f"{rest}{well}".strip(), asked, bool(m["not"]))


def _pay(text: str) -> str | None:
    """"Tôi trả người giúp việc năm triệu một tháng." as "I pay the housekeeper five million dong a month.", "Bạn trả
    người giúp việc bao nhiêu một tháng?" as "How much do you pay the housekeeper a month?" (_PAY); None for anything
    else, a sum not read as đồng, and a sum with no "a month" (once, or every month?)."""
    m = _PAY.fullmatch(text)
    asked = bool(m) and bool(m["how"])
    if not m or asked != ("?" in m["end"]) or (said := _hirer(m, asked)) is None:
        return None
    who_, one = said
    per = f" {'an' if m['per'] in ('giờ', 'tiếng') else 'a'} {_PER[m['per']]}" if m["per"] else ""
    if asked:
        return f"How much {'does' if one else 'do'} {who_} pay {_the_hk(m)}{per}?"
    paid = sum_said(m["sum"], "vi") or words_sum(m["sum"], "vi")
    return paid and per and present(who_, one, "pay", f"{_the_hk(m)} {paid}{per}")


def _who_en(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese and whether one ("nhà tôi" for "my family"; mt.hobbies.who_vi); None
    for a pet ("my dog")."""
    return (f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True) if m["fwhose"] else None if animal(m) else who_vi(m)


def _agrees(word: str | None, who_: str, one: bool) -> bool:
    """Whether an English verb or auxiliary said after (or before) who agrees with who of _WHO_EN (`who_`, `one` as
    _who_en gives them): "she has", "I am", "do you"; True for one that does not tell ("will", "hired")."""
    w = (word or "").strip().lower().split(" ")[0]
    if w in ("is", "'s", "has", "does", "needs", "wants", "plans", "pays", "hasn't", "doesn't"):
        return one
    if w in ("am", "'m"):
        return who_ == "tôi"
    if w in ("are", "'re"):
        return not one and who_ != "tôi"
    return not one if w in ("have", "do", "need", "want", "plan", "pay", "haven't", "don't", "'ve") else True


def _hk_vi(m: re.Match, a: bool = False) -> str:
    """The housekeeper of a match of _HK_EN (or _A_HK_EN, `a`) in Vietnamese: "người giúp việc", "người giúp việc
    theo giờ", "người giúp việc nhà chúng tôi" ("our")."""
    det = "" if a else m["det"].lower()
    whose = f" nhà {WHOSE_VI[det]}" if det and det != "the" else ""
    return f"người giúp việc{' theo giờ' * bool(m['pt'])}{whose}"


def _have_vi(text: str) -> str | None:
    """"We have a housekeeper." as "Chúng tôi thuê người giúp việc.", "Do you have a housekeeper?" as "Bạn có thuê
    người giúp việc không?", "I need a maid." as "Tôi cần người giúp việc." (_HAVE_EN); None for anything else, and
    where the verb does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or (said := _who_en(m)) is None:
        return None
    who_, one = said
    verb, first = m["verb"], m["q"] or m["not"]
    if not _agrees(first or verb, who_, one) or first and verb.endswith("s") or who_ == "tôi" and m["q"]:
        return None
    vi = "thuê" if verb.startswith("ha") else "cần"
    if m["q"]:
        return capitalised(f"{who_} có {vi} {_hk_vi(m, True)} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{vi} {_hk_vi(m, True)}.")


def _hired_vi(text: str) -> str | None:
    """"We hired a housekeeper." as "Chúng tôi đã thuê người giúp việc.", "Have you hired a housekeeper yet?" as "Bạn
    đã thuê người giúp việc chưa?", "She's just hired a maid." as "Cô ấy vừa thuê người giúp việc.", "I'm looking
    for a housekeeper." as "Tôi đang tìm người giúp việc." (_HIRED_EN); None for anything else."""
    m = _HIRED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (said := _who_en(m)) is None:
        return None
    who_, one = said
    aux = " ".join((m["q"] or m["aux"] or "").lower().split())
    verb, adv, yet = " ".join(m["verb"].lower().split()), m["adv"] or "", bool(m["yet"])
    wish = verb.split(" ")[0]
    if not _agrees(aux or (wish if wish != "hired" else ""), who_, one) or m["q"] and who_ == "tôi":
        return None
    said = {("", "hired", ""): "đã thuê", ("", "hired", "just"): "vừa thuê", ("have", "hired", ""): "thuê {} rồi",
            ("have", "hired", "just"): "vừa thuê", ("have", "hired", "already"): "đã thuê {} rồi",
            ("not", "hired", ""): "chưa thuê", ("will", "hire", ""): "sẽ thuê", ("be", "looking for", ""): "đang tìm"}
    # ("'s" is "is" before "looking", else "has")
    kind = "not" if "not" in aux or "n't" in aux else "be" if aux in _BE and (verb == "looking for" or aux != "'s") \
        else "have" if aux in ("has", "have", "'ve", "'s") else "will" if aux in ("will", "'ll") else aux
    hk = _hk_vi(m, True)
    if m["q"]:
        if kind == "have" and verb == "hired" and not adv and yet:
            return capitalised(f"{who_} đã thuê {hk} chưa?")
        if kind == "be" and verb == "looking for" and not (adv or yet):
            return capitalised(f"{who_} có đang tìm {hk} không?")
        if m["q"] in ("Do", "Does") and wish in ("want", "need", "plan") and not (adv or yet):
            return capitalised(f"{who_} có {_WISH_VI[wish]} thuê {hk} không?")
        return None
    if wish in ("wants", "want", "needs", "need", "plans", "plan"):
        if aux or adv or yet or (wish.endswith("s")) != one:
            return None
        return capitalised(f"{who_} {_WISH_VI[wish.removesuffix('s')]} thuê {hk}.")
    how = said.get((kind, verb, adv))
    if how is None or yet != (kind == "not"):
        return None
    return capitalised(f"{who_} {how.format(hk)}." if "{}" in how else f"{who_} {how} {hk}.")


def _off_vi(text: str) -> str | None:
    """"Our maid is off for Tet." as "Người giúp việc nhà chúng tôi nghỉ Tết rồi.", "The housekeeper has gone home
    for Tet." as "Người giúp việc về quê ăn Tết rồi.", "The housekeeper is off today." as "Hôm nay người giúp việc
    nghỉ.", "The housekeeper has quit." as "Người giúp việc nghỉ việc rồi." (_OFF_EN); None for anything else."""
    m = _OFF_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    hk = capitalised(_hk_vi(m))
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("n't", " not").split())
    what, adv, yet, day = " ".join(m["what"].replace("Tết", "Tet").split()), m["adv"] or "", bool(m["yet"]), m["day"]
    if day:
        vi, way = _DAYS_VI[day.lower()], NEAR_WAY[_DAYS_VI[day.lower()]]
        shapes = {("off", "is"): "nghỉ", ("off", "was"): "nghỉ", ("coming", "is not"): "không đến",
                  ("come", "did not"): "không đến"}
        said = shapes.get((what, aux))
        if said is None or adv or yet or m["q"] or (aux in ("was", "did not")) != (way == "behind"):
            return None
        return f"{capitalised(vi)} {hk[0].lower()}{hk[1:]} {said}."
    if m["q"]:
        asked = {("off for Tet", "is"): "nghỉ Tết chưa?", ("gone home for Tet", "has"): "về quê ăn Tết chưa?",
                 ("back at work", "is"): "đi làm lại chưa?"}.get((what, aux))
        return f"{hk} {asked}" if asked and yet and not adv else None
    said = {("off for Tet", "is"): "nghỉ Tết rồi", ("gone home for Tet", "has"): "về quê ăn Tết rồi",
            ("gone home for Tet", "'s"): "về quê ăn Tết rồi", ("back at work", "is"): "đi làm lại rồi",
            ("back at work", "is not"): "chưa đi làm lại", ("quit", "has"): "nghỉ việc rồi",
            ("quit", "'s"): "nghỉ việc rồi", ("quit", ""): "đã nghỉ việc", ("about to quit", "is"): "sắp nghỉ việc",
            ("wants to quit", ""): "muốn nghỉ việc", ("off for Tet", "'s"): "nghỉ Tết rồi",
            ("back at work", "'s"): "đi làm lại rồi"}.get((what, aux))
    if said is None or yet != (aux == "is not") or adv and (adv != "just" or aux not in ("has", "'s")
                                                            or what != "quit"):
        return None
    return f"{hk} {'vừa nghỉ việc' if adv else said}."


def _duty_vi(text: str) -> str | None:
    """"Our housekeeper cooks very well." as "Người giúp việc nhà chúng tôi nấu ăn rất ngon.", "Does the maid clean
    the house?" as "Người giúp việc có dọn dẹp nhà không?", "The housekeeper looks after my children." as "Người
    giúp việc trông con cho tôi.", "The housekeeper is cooking." as "Người giúp việc đang nấu ăn." (_DUTY_EN); None
    for anything else, and where the verb's form does not fit ("The maid cook.", "Does the maid cooks?")."""
    m = _DUTY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["not"] or m["be"]):
        return None
    if m["duty"]:
        kind, doing = _FORMS[keyed(m["duty"])]
    else:
        if (m["kwhose"] or m["whom"] or "").lower().split(" ")[0] == "her":
            return None  # ("looks after her children": hers, or another woman's?)
        look = m["look"].lower()
        kind = "ing" if "ing" in look else "s" if look.split(" ")[0].endswith("s") else "base"
        if m["kids"]:
            kwhose = (m["kwhose"] or "").lower()
            doing = f"trông con cho {WHOSE_VI[kwhose]}" if kwhose else "trông bọn trẻ"
        else:
            doing = f"chăm sóc {someone(m['whom'], 'en')}"
    want = "ing" if m["be"] else "base" if m["q"] or m["not"] else "s"
    if kind != want or m["well"] and (doing != "nấu ăn" or m["be"] or m["not"] or m["q"] and m["very"]):
        return None  # ("well" is said of cooking, done as a habit: "Does she cook well?")
    well = "" if not m["well"] else " rất ngon" if m["very"] == "very" else " ngon lắm" if m["very"] else " ngon"
    hk = capitalised(_hk_vi(m))
    if m["q"]:
        return f"{hk} có {doing}{well} không?"
    return f"{hk} {'đang ' if m['be'] else 'không ' if m['not'] else ''}{doing}{well}."


def _pay_vi(text: str) -> str | None:
    """"I pay the housekeeper five million dong a month." as "Tôi trả người giúp việc năm triệu đồng một tháng.", "How
    much do you pay your housekeeper?" as "Bạn trả người giúp việc nhà bạn bao nhiêu?" (_PAY_EN); None for anything
    else, a sum not read as dong, and a sum with no "a month"."""
    m = _PAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["sum"]) or (said := _who_en(m)) is None:
        return None
    who_, one = said
    per = f" một {_PER_VI[m['per']]}" if m["per"] else ""
    if m["q"]:
        if not _agrees(m["q"], who_, one) or m["verb"] != "pay" or who_ == "tôi":
            return None
        return capitalised(f"{who_} trả {_hk_vi(m)} bao nhiêu{per}?")
    paid = sum_said(m["sum"], "en") or words_sum(m["sum"], "en")
    if not paid or not per or not _agrees(m["verb"], who_, one):
        return None
    return capitalised(f"{who_} trả {_hk_vi(m)} {paid}{per}.")
