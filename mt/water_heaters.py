"""The water heater at home, both ways, written whole by rule: broken, heated up or not yet, how long it takes to heat
up, hot water there yet or not since a day, and who uses or has just put in one (a solar water heater too). v8 (every
rule on) reads "bình nóng lạnh" as cold hot flashes or chills, and "water heater" as a hot pimple or the water's
temperature: "Bình nóng lạnh bị hỏng." → "Cold hot flashes are broken.", "Bình nóng lạnh của tôi bị hỏng." → "My
chills was broken.", "Bình nóng lạnh nóng chưa?" → "Is it hot?", "Bật bình nóng lạnh mười lăm phút là nóng." → "A cold
15 minutes is hot.", "Có nước nóng chưa?" → "Is hot water?", "Nhà tôi dùng máy nước nóng năng lượng mặt trời." → "My
home uses the sun hot power."; "The water heater is broken." → "Mụn nóng nước bị vỡ.", "Has the water heater heated
up yet?" → "Hiện tại nhiệt độ nước tăng lên?", "The water heater takes fifteen minutes to heat up." → "Lá nóng nước
mất vài phút để nóng lên.", "My family uses a solar water heater." → "Gia đình tôi sử dụng máy sưởi nước dịu.".

Taken: the water heater (HEATERS: "bình nóng lạnh", "máy nước nóng", a solar one) with whose ("của tôi": my, "nhà
tôi": our, "của mẹ tôi", "này") or none (the): broken, again, "rồi" (has broken down), asked ("có … không?", "… à?"),
denied, on a day behind (broke down yesterday) or since one; heated up ("nóng rồi"), not yet, still not, asked
("nóng chưa?"), and the water ("Nước chưa nóng.": any water, as English says it too); how long it takes to heat up
("mất mười lăm phút để nóng", "Bật … mười lăm phút là nóng", "… mất bao lâu để nóng?"); hot water there yet ("Có nước
nóng chưa?"), now, or none since a day ("Từ hôm qua đến giờ không có nước nóng."); who (mt.hobbies.WHO, "nhà tôi"
as my family) uses one, said, denied, asked, or has put one in (just, already, asked "chưa?"). Left: switching it on
or off, forgetting to, left on (mt/switches.py's: "Bạn đã bật bình nóng lạnh chưa?", "Tôi quên tắt bình nóng
lạnh."), not heating up or giving no hot water (mt/appliances.py's), "Không có nước nóng." and "Có nước nóng không?"
(mt/showers.py's), leaks (mt/leaks.py), "bình nước nóng" (a flask of hot water too), "nhà tôi không có nước nóng"
(my house, or my husband?), "nhỉ", a day said with anything but broken, "Tôi" and "nhà tôi", "nhà mình" asked
(ours, or my house?), "anh", "chị", "em" alone saying it, a pet using or putting one in, and anything else.
mt.phrasebook.translate tries these after mt/cooking_gas.py.

    >>> translate("Bình nóng lạnh bị hỏng.", "vi", "en"), translate("Our water heater has broken down.", "en", "vi")
    ('The water heater is broken.', 'Bình nóng lạnh nhà tôi bị hỏng rồi.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, someone, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, agreement_asked, alternatives, capitalised, keyed, present, stop

# the heaters, and how English says them (the first Vietnamese of each is written back; not "bình nước nóng": a
# flask of hot water too, nor "máy nước nóng lạnh": a water dispenser)
HEATERS = {"bình nóng lạnh": "water heater", "máy nước nóng": "water heater", "bình tắm nóng lạnh": "water heater",
           "máy nước nóng năng lượng mặt trời": "solar water heater",
           "bình nóng lạnh năng lượng mặt trời": "solar water heater"}
HEATERS_VI = {en: vi for vi, en in reversed(HEATERS.items())} | {
    "hot water heater": "bình nóng lạnh", "solar hot water heater": "máy nước nóng năng lượng mặt trời"}
# days behind today (broke down then), and since which (no hot water since then)
_BEHIND = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                    "đêm qua", "hôm kia", "tuần trước", "cuối tuần trước", "tháng trước")
_SINCE = _BEHIND | near_days("sáng nay", "chiều nay")
_SINCE_VI = {en: vi for vi, en in reversed(_SINCE.items())}
# how long it takes to heat up (minutes by words; digits are read as they are)
_MINUTES = {vi_word(n): en_word(n) for n in (5, 10, 15, 20, 25, 30, 40, 45)}
_SPANS = {f"{vi} phút": f"{en} minutes" for vi, en in _MINUTES.items()} | {
    "nửa tiếng": "half an hour", "một tiếng": "an hour", "một tiếng rưỡi": "an hour and a half",
    "hai tiếng": "two hours", "ba tiếng": "three hours"}
_SPANS_VI = {en: vi for vi, en in _SPANS.items()} | {"one hour": "một tiếng"}
_KEYS = {"vi": lazy(r"(?i:nóng)"), "en": lazy(r"(?i:water)")}  # (every shape says "nóng", "water")

# the heater and whose it is ("bình nóng lạnh", "bình nóng lạnh nhà tôi", "máy nước nóng của mẹ tôi", "… này")
_OWNER = rf"(?i:{alternatives(OWNERS)})"
_HEATER = (rf"(?:(?i:cái|chiếc)\s+)?(?P<heater>(?i:{alternatives(HEATERS)}))(?:\s+(?:của\s+)?(?P<home>nhà)\s+"
           rf"(?P<howner>{_OWNER})|\s+của\s+(?P<owner>{_OWNER})|\s+(?:của|nhà)\s+(?P<someone>{SOMEONE})|"
           r"\s+(?P<this>này))?")
_DAY = rf"(?P<day>(?i:{alternatives(_BEHIND)}))"
_AH = r"(?:\s+(?P<ah>à|hả))?"
# broken ("Bình nóng lạnh bị hỏng.", "Bình nóng lạnh nhà tôi lại hỏng rồi.", "Hôm qua bình nóng lạnh bị hỏng.")
_BROKEN = lazy(rf"(?:{_DAY}\s+)?{_HEATER}\s+(?:(?P<again>lại)\s+)?(?:(?P<did>đã)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?"
               rf"(?:bị\s+)?hỏng(?:\s+từ\s+(?P<since>(?i:{alternatives(_SINCE)})))?(?:\s+(?P<done>rồi))?{_AH}"
               rf"{ASKED_END}")
# heated up or not yet, the heater or the water ("Bình nóng lạnh nóng chưa?", "Nước vẫn chưa nóng.")
_HEATED = lazy(rf"(?:{_HEATER}|(?P<water>(?i:nước)))\s+(?:(?P<still>vẫn)\s+)?(?:(?P<not>chưa)\s+|(?P<did>đã)\s+)?"
               rf"nóng(?:\s+lên)?(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")
# how long ("Bình nóng lạnh mất mười lăm phút để nóng.", "Bật bình nóng lạnh mười lăm phút là nóng.")
_SPAN = rf"(?P<span>(?P<n>\d{{1,3}})\s+phút|(?P<h>\d)\s+tiếng|(?i:{alternatives(_SPANS)}))"
_TAKES = lazy(rf"(?:(?P<on>(?i:bật))\s+)?{_HEATER}\s+(?:(?P<on2>bật)\s+)?(?:(?P<takes>mất)\s+)?(?:(?P<about>khoảng|"
              rf"tầm)\s+)?(?:{_SPAN}|(?P<how>bao\s+lâu))\s+(?P<then>để|là|thì|mới)\s+(?:có\s+nước\s+)?nóng(?:\s+lên)?"
              rf"{SOFTENED_END}")
# hot water yet, now, or none since a day ("Có nước nóng chưa?", "Từ hôm qua đến giờ không có nước nóng.")
_THERE = lazy(rf"(?:(?P<did>(?i:đã))\s+)?(?i:có)\s+nước\s+nóng\s+(?:(?P<yet>chưa)|(?P<now>rồi)){SOFTENED_END}")
_UP_TO_NOW = r"(?:đến|tới)\s+(?:giờ|nay)"
_NONE_SINCE = lazy(rf"(?:(?i:từ)\s+(?P<day>(?i:{alternatives(_SINCE)}))\s+{_UP_TO_NOW}\s+không\s+có\s+nước\s+nóng|"
                   rf"(?i:không)\s+có\s+nước\s+nóng\s+từ\s+(?P<day2>(?i:{alternatives(_SINCE)}))\s+{_UP_TO_NOW})"
                   rf"{SOFTENED_END}")
# who uses one, or has put one in ("Nhà tôi dùng máy nước nóng năng lượng mặt trời.", "Chúng tôi vừa lắp …")
_FAM = rf"(?:(?P<fam>(?i:nhà|gia\s+đình))\s+(?:của\s+)?(?P<fwhose>{_OWNER})|{WHO})"
_ONE = rf"(?:(?:một\s+)?(?:cái|chiếc)\s+|một\s+)?(?P<heater>(?i:{alternatives(HEATERS)}))"
_USE = lazy(rf"{_FAM}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:dùng|sử\s+dụng)\s+{_ONE}{ASKED_END}")
_FITTED = lazy(rf"{_FAM}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+)?lắp(?:\s+đặt)?\s+{_ONE}(?:\s+(?P<new>mới))?"
               rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")

# ... in English: the heater and whose ("the water heater", "our water heater", "my mother's water heater")
_HEATER_EN = (rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+|(?P<someone>{SOMEONE_EN})['’]s\s+)"
              rf"(?P<heater>(?i:{alternatives(HEATERS_VI)}))")
_DAY_EN = rf"(?P<day>{alternatives(_BEHIND.values())})"
_BROKEN_EN = lazy(rf"(?:(?P<q>Is|Has)\s+)?{_HEATER_EN}(?P<aux>\s+is\s+not|\s+isn['’]t|\s+is|\s+has\s+been|['’]s\s+been|"
                  r"\s+has|['’]s)?\s+(?P<verb>broken\s+down|broken|broke\s+down)(?:\s+(?P<again>again))?(?:\s+since\s+"
                  rf"(?P<since>{alternatives(_SINCE_VI)})|\s+{_DAY_EN})?\s*(?P<end>[.!?]*)")
_HEATED_EN = lazy(rf"(?:(?P<q>Has)\s+)?{_HEATER_EN}(?:\s+(?P<still>still))?(?P<aux>\s+has\s+not|\s+hasn['’]t|\s+has|"
                  r"['’]s)?\s+(?:heated\s+up|got\s+hot|warmed\s+up)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WATER_EN = lazy(r"(?:(?P<q>Is)\s+)?(?i:the)\s+water(?:\s+(?P<still>still))?(?P<aux>\s+is\s+not|\s+isn['’]t|\s+is|"
                 r"['’]s)?\s+hot(?:\s+(?P<adv>yet|now))?\s*(?P<end>[.!?]*)")
_SPAN_EN = rf"(?P<span>(?P<n>\d{{1,3}})\s+minutes|(?P<h>\d)\s+hours|{alternatives(_SPANS_VI)})"
_HOW_LONG_EN = lazy(rf"How\s+long\s+does\s+{_HEATER_EN}\s+take\s+to\s+(?:heat\s+up|get\s+hot)\s*(?P<end>[.!?]*)")
_TAKES_EN = lazy(rf"{_HEATER_EN}\s+takes\s+(?:(?P<about>about|around)\s+)?{_SPAN_EN}\s+to\s+(?:heat\s+up|get\s+hot)"
                 r"\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(r"(?:(?P<yet>Is\s+there\s+(?:any\s+)?hot\s+water\s+yet\s*\?+)|(?P<now>There(?:['’]s|\s+is)\s+hot\s+"
                 r"water\s+now)|There(?:['’]s\s+been|\s+has\s+been)\s+no\s+hot\s+water\s+since\s+"
                 rf"(?P<since>{alternatives(_SINCE_VI)}))\s*(?P<end>[.!?]*)")
_WHO_EN = rf"(?:(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
_A_EN = r"(?P<art>an?)\s+(?P<new>new\s+)?(?P<heater>(?i:" + alternatives(HEATERS_VI) + "))"
_USE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
               rf"(?P<verb>uses|use)\s+{_A_EN}\s*(?P<end>[.!?]*)")
_FITTED_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{_WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?(?:\s+(?P<adv>just|already))?"
                  rf"\s+installed\s+{_A_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the water heater broken, heated up, how long it takes, hot water there or
    not, or who uses or put in one; None for any other."""
    if src == "vi":
        if agreement_asked(text):  # ("… nhỉ?": isn't it?)
            return None
        return _broken(text) or _heated(text) or _takes(text) or _there(text) or _use(text) or _fitted(text)
    return _broken_vi(text) or _heated_vi(text) or _water_vi(text) or _takes_vi(text) or _there_vi(text) or \
        _use_vi(text) or _fitted_vi(text)


def _heater(m: re.Match) -> str | None:
    """The heater of a match of _HEATER in English, with whose: "the water heater", "our water heater" ("nhà tôi"),
    "my water heater" ("của tôi"), "my mother's solar water heater", "this water heater"; None for whose not known."""
    if m["howner"] or m["owner"]:  # (the home's: ours, where it is mine)
        whose = OWNERS[keyed(m["howner"] or m["owner"])]
        whose = "our" if whose == "my" and m["howner"] else whose
    elif m["someone"]:
        said = someone(m["someone"], "vi")
        whose = said and f"{said}'s"
    else:
        whose = "this" if m["this"] else "the"
    return whose and f"{whose} {HEATERS[keyed(m['heater'])]}"


def _heater_vi(m: re.Match) -> str | None:
    """The heater of a match of _HEATER_EN in Vietnamese: "the water heater" as "bình nóng lạnh", "our …" as "… nhà
    tôi", "my …" as "… của tôi", "this …" as "… này"; None for someone not known."""
    said = HEATERS_VI[keyed(m["heater"])]
    if m["det"]:
        whose = m["det"].lower()
        return said if whose == "the" else f"{said} này" if whose == "this" else f"{said} nhà tôi" \
            if whose == "our" else f"{said} của {WHOSE_VI[whose]}"
    owner = someone(m["someone"], "en")
    return owner and f"{said} của {owner}"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… à?", "… chưa?"): None where the end does not agree (a "?"
    on a statement, "không?" with no "có", or "có" with no "không?")."""
    groups = m.groupdict()
    asked = bool(groups.get("asked") or groups.get("ah") or groups.get("yet"))
    if asked != ("?" in m["end"]) or bool(groups.get("ask")) != bool(groups.get("asked")):
        return None
    return asked


def _broken(text: str) -> str | None:
    """"Bình nóng lạnh bị hỏng." as "The water heater is broken.", "Bình nóng lạnh nhà tôi bị hỏng rồi." as "Our water
    heater has broken down.", "Bình nóng lạnh có bị hỏng không?" as "Is the water heater broken?", "Hôm qua bình nóng
    lạnh bị hỏng." as "The water heater broke down yesterday.", "… bị hỏng từ hôm qua." as "… has been broken since
    yesterday." (_BROKEN); None for anything else."""
    m = _BROKEN.fullmatch(text)
    asked = m and _asked(m)
    heater = asked is not None and m and _heater(m)
    if not heater:
        return None
    again, done, day, since = " again" * bool(m["again"]), m["done"] or m["did"], m["day"], m["since"]
    if m["asked"]:  # ("Bình nóng lạnh có lại bị hỏng không?": not said so)
        return None if m["again"] or done or day or since else f"Is {heater} broken?"
    if m["ah"]:
        return None if m["did"] or m["not"] or day or since else \
            f"Has {heater} broken down{again}?" if done else f"Is {heater} broken{again}?"
    if m["not"]:
        return None if m["again"] or done or day or since else capitalised(f"{heater} isn't broken{stop(m['end'])}")
    if since:
        return None if m["again"] or day else \
            capitalised(f"{heater} has been broken since {_SINCE[keyed(since)]}{stop(m['end'])}")
    if day:
        return None if m["done"] else capitalised(f"{heater} broke down{again} {_BEHIND[keyed(day)]}{stop(m['end'])}")
    return capitalised(f"{heater} {'has broken down' if done else 'is broken'}{again}{stop(m['end'])}")


def _heated(text: str) -> str | None:
    """"Bình nóng lạnh nóng chưa?" as "Has the water heater heated up yet?", "Bình nóng lạnh chưa nóng." as "The water
    heater hasn't heated up yet.", "Bình nóng lạnh nóng rồi." as "The water heater has heated up.", and the water
    ("Nước chưa nóng." as "The water isn't hot yet.") (_HEATED); None for anything else, and a plain "nóng"."""
    m = _HEATED.fullmatch(text)
    if not m or _asked(m) is None or m["not"] and (m["done"] or m["yet"] or m["did"]) or m["still"] and not m["not"]:
        return None
    what = "the water" if m["water"] else _heater(m)
    if what is None:
        return None
    end, water = stop(m["end"]), bool(m["water"])
    if m["yet"]:
        return "Is the water hot yet?" if water else f"Has {what} heated up yet?"
    if m["not"]:
        said = ("still isn't hot" if water else "still hasn't heated up") if m["still"] else \
            "isn't hot yet" if water else "hasn't heated up yet"
        return capitalised(f"{what} {said}{end}")
    if m["done"] or m["did"] and not water:
        return capitalised(f"{what} {'is hot now' if water else 'has heated up'}{end}")
    return None


def _span(m: re.Match, spans: dict[str, str], minutes: str, hours: str) -> str | None:
    """How long of a match of _SPAN or _SPAN_EN in the other language, by spans and the words for minutes and hours:
    "fifteen minutes", "15 phút", "half an hour", "2 hours"; None for one minute or one hour by digits ("1 phút")."""
    n = m["n"] or m["h"]
    if n:
        return None if int(n) < 2 else f"{n} {minutes if m['n'] else hours}"
    return spans[keyed(m["span"])]


def _takes(text: str) -> str | None:
    """"Bình nóng lạnh mất mười lăm phút để nóng." and "Bật bình nóng lạnh mười lăm phút là nóng." as "The water
    heater takes fifteen minutes to heat up.", "Bình nóng lạnh mất bao lâu để nóng?" as "How long does the water heater
    take to heat up?" (_TAKES); None for anything else ("bật" twice, or "để" with no "mất")."""
    m = _TAKES.fullmatch(text)
    if not m or (bool(m["on"]) + bool(m["on2"]) + bool(m["takes"])) not in (1, 2) or m["on"] and m["on2"] or \
            m["then"] == "để" and not m["takes"] or bool(m["how"]) != ("?" in m["end"]):
        return None
    heater = _heater(m)
    if heater is None or m["how"] and m["about"]:
        return None
    if m["how"]:
        return f"How long does {heater} take to heat up?"
    span = _span(m, _SPANS, "minutes", "hours")
    return span and capitalised(f"{heater} takes {'about ' * bool(m['about'])}{span} to heat up{stop(m['end'])}")


def _there(text: str) -> str | None:
    """"Có nước nóng chưa?" as "Is there any hot water yet?", "Có nước nóng rồi." as "There's hot water now.", "Từ hôm
    qua đến giờ không có nước nóng." as "There's been no hot water since yesterday." (_THERE, _NONE_SINCE); None for
    anything else."""
    m = _THERE.fullmatch(text)
    if m:
        if bool(m["yet"]) != ("?" in m["end"]):
            return None
        return "Is there any hot water yet?" if m["yet"] else f"There's hot water now{stop(m['end'])}"
    m = _NONE_SINCE.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    return f"There's been no hot water since {_SINCE[keyed(m['day'] or m['day2'])]}{stop(m['end'])}"


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _FAM in English, and whether one ("my family", True); mt.hobbies.who for anyone else; None
    for "I" or "my family" asked ("Tôi có dùng … không?": a slip; "Nhà mình … chưa?": ours; "Nhà tôi đã lắp … chưa?"
    asked of the fitter: my house), for "anh" alone saying it, and for a pet (using or putting one in are people's)."""
    if animal(m):
        return None
    said = (f"{OWNERS[keyed(m['fwhose'])]} family", True) if m["fam"] else who(m, asked)
    return None if not said or asked and said[0] in ("I", "my family") else said


def _use(text: str) -> str | None:
    """"Nhà tôi dùng máy nước nóng năng lượng mặt trời." as "My family uses a solar water heater.", "Bạn có dùng bình
    nóng lạnh không?" as "Do you use a water heater?", "… không dùng …" as "… doesn't use …" (_USE); None for anything
    else."""
    m = _USE.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and m and _who(m, asked)
    if not said:
        return None
    return present(*said, "use", f"a {HEATERS[keyed(m['heater'])]}", asked, bool(m["not"]), m["end"])


def _fitted(text: str) -> str | None:
    """"Chúng tôi vừa lắp máy nước nóng năng lượng mặt trời." as "We've just installed a solar water heater.", "Nhà
    tôi đã lắp bình nóng lạnh rồi." as "My family has installed a water heater.", "Bạn đã lắp bình nóng lạnh chưa?" as
    "Have you installed a water heater yet?" (_FITTED); None for anything else, and a plain "lắp" (when?)."""
    m = _FITTED.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and m and _who(m, asked)
    tense = keyed(m["tense"] or "") if said else ""
    if not said or not (tense or m["done"] or m["yet"]) or m["yet"] and tense not in ("", "đã") or \
            tense not in ("", "đã") and m["done"]:
        return None
    who_, one = said
    has, heater = "has" if one else "have", f"a {'new ' * bool(m['new'])}{HEATERS[keyed(m['heater'])]}"
    if asked:
        return f"{capitalised(has)} {who_} installed {heater} yet?"
    just = "just " if tense in ("vừa", "vừa mới", "mới") else ""
    short = {"I": "I've", "you": "You've", "we": "We've", "they": "They've", "he": "He's", "she": "She's"}
    subject = short.get(who_) or f"{who_} {has}"
    return capitalised(f"{subject} {just}installed {heater}{stop(m['end'])}")


def _broken_vi(text: str) -> str | None:
    """"The water heater is broken." as "Bình nóng lạnh bị hỏng.", "Our water heater has broken down." as "Bình nóng
    lạnh nhà tôi bị hỏng rồi.", "Is the water heater broken?" as "Bình nóng lạnh có bị hỏng không?", "The water heater
    broke down yesterday." as "Hôm qua bình nóng lạnh bị hỏng." (_BROKEN_EN); None for anything else."""
    m = _BROKEN_EN.fullmatch(text)
    heater = m and bool(m["q"]) == ("?" in m["end"]) and _heater_vi(m)
    if not heater:
        return None
    q, aux, verb = m["q"], keyed((m["aux"] or "").replace("’", "'")), keyed(m["verb"])
    again, day, since, end = "lại " if m["again"] else "", m["day"], m["since"], stop(m["end"])
    if (day or since) and q:
        return None
    if q == "Is":
        return None if aux or verb != "broken" or again else f"{capitalised(heater)} có bị hỏng không?"
    if q == "Has":
        return None if aux or verb == "broke down" else f"{capitalised(heater)} {again}bị hỏng rồi à?"
    if since:
        ok = aux in ("has been", "'s been") and verb == "broken" and not again
        return capitalised(f"{heater} bị hỏng từ {_SINCE_VI[keyed(since)]}{end}") if ok else None
    if day:
        ok = not aux and verb == "broke down"
        return f"{capitalised(_SINCE_VI[keyed(day)])} {heater} {again}bị hỏng{end}" if ok else None
    if aux in ("is not", "isn't"):
        return None if again or verb != "broken" else capitalised(f"{heater} không bị hỏng{end}")
    if aux in ("is", "'s") and verb == "broken":
        return capitalised(f"{heater} {again}bị hỏng{end}")
    if aux in ("has", "'s") and verb == "broken down" or aux == "has" and verb == "broken":
        return capitalised(f"{heater} {again}bị hỏng rồi{end}")
    if not aux and verb == "broke down":  # ("lại" alone: "đã lại bị hỏng" is not said)
        return capitalised(f"{heater} {again or 'đã '}bị hỏng{end}")
    return None


def _heated_vi(text: str) -> str | None:
    """"Has the water heater heated up yet?" as "Bình nóng lạnh nóng chưa?", "The water heater hasn't heated up yet."
    as "Bình nóng lạnh chưa nóng.", "… still hasn't heated up." as "… vẫn chưa nóng.", "The water heater has heated
    up." as "Bình nóng lạnh nóng rồi." (_HEATED_EN); None for anything else."""
    m = _HEATED_EN.fullmatch(text)
    heater = m and bool(m["q"]) == ("?" in m["end"]) and _heater_vi(m)
    if not heater:
        return None
    aux, end = keyed((m["aux"] or "").replace("’", "'")), stop(m["end"])
    if m["q"]:
        return None if aux or m["still"] else f"{capitalised(heater)} nóng chưa?"
    if aux in ("has not", "hasn't"):
        return capitalised(f"{heater} vẫn chưa nóng{end}") if m["still"] and not m["yet"] else \
            None if m["still"] else capitalised(f"{heater} chưa nóng{end}")
    if aux in ("has", "'s") and not (m["still"] or m["yet"]):
        return capitalised(f"{heater} nóng rồi{end}")
    return None


def _water_vi(text: str) -> str | None:
    """"The water isn't hot yet." as "Nước chưa nóng.", "The water still isn't hot." as "Nước vẫn chưa nóng.", "Is
    the water hot yet?" as "Nước nóng chưa?", "The water's hot now." as "Nước nóng rồi." (_WATER_EN); None for anything
    else ("The water isn't hot.": not, or not yet?)."""
    m = _WATER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux, adv, end = keyed((m["aux"] or "").replace("’", "'")), m["adv"], stop(m["end"])
    if m["q"]:
        return "Nước nóng chưa?" if not aux and not m["still"] and adv == "yet" else None
    if aux in ("is not", "isn't"):
        return "Nước vẫn chưa nóng" + end if m["still"] and not adv else \
            "Nước chưa nóng" + end if adv == "yet" and not m["still"] else None
    return "Nước nóng rồi" + end if aux in ("is", "'s") and adv == "now" and not m["still"] else None


def _takes_vi(text: str) -> str | None:
    """"The water heater takes fifteen minutes to heat up." as "Bình nóng lạnh mất mười lăm phút để nóng.", "How long
    does the water heater take to heat up?" as "Bình nóng lạnh mất bao lâu để nóng?" (_TAKES_EN, _HOW_LONG_EN); None
    for anything else, and one minute or one hour by digits."""
    m = _HOW_LONG_EN.fullmatch(text)
    if m:
        heater = "?" in m["end"] and _heater_vi(m)
        return heater and f"{capitalised(heater)} mất bao lâu để nóng?"
    m = _TAKES_EN.fullmatch(text)
    heater = m and "?" not in m["end"] and _heater_vi(m)
    if not heater:
        return None
    span = _span(m, _SPANS_VI, "phút", "tiếng")
    return span and capitalised(f"{heater} mất {'khoảng ' * bool(m['about'])}{span} để nóng{stop(m['end'])}")


def _there_vi(text: str) -> str | None:
    """"Is there any hot water yet?" as "Có nước nóng chưa?", "There's hot water now." as "Có nước nóng rồi.",
    "There's been no hot water since yesterday." as "Từ hôm qua đến giờ không có nước nóng." (_THERE_EN); None for
    anything else."""
    m = _THERE_EN.fullmatch(text)
    if not m or m["now"] is None and m["since"] is None and m["yet"] is None:
        return None
    if m["yet"]:
        return "Có nước nóng chưa?"
    if "?" in m["end"]:
        return None
    if m["now"]:
        return f"Có nước nóng rồi{stop(m['end'])}"
    return f"Từ {_SINCE_VI[keyed(m['since'])]} đến giờ không có nước nóng{stop(m['end'])}"


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": "nhà tôi" (True) for "my
    family", mt.hobbies.who_vi for anyone else; None for a pet ("My cat uses …": using or putting one in: people's)."""
    if m["fwhose"]:
        return f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True
    return None if animal(m) else who_vi(m)


def _use_vi(text: str) -> str | None:
    """"My family uses a solar water heater." as "Nhà tôi dùng máy nước nóng năng lượng mặt trời.", "Do you use a
    water heater?" as "Bạn có dùng bình nóng lạnh không?" (_USE_EN); None for anything else, "a new …", "an water
    heater", a pet, and where a verb does not agree with who ("She use …", "Do she …")."""
    m = _USE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["new"] or m["art"] != "a" or m["q"] and m["not"]:
        return None
    said = _who_vi(m)
    if said is None:
        return None
    who_, one = said
    aux = keyed((m["q"] or m["not"] or "").replace("’", "'"))
    if aux and aux.startswith("does") != one or (m["verb"] == "uses") != (one and not aux) or \
            m["q"] and who_ == "tôi":
        return None
    heater = HEATERS_VI[keyed(m["heater"])]
    if m["q"]:
        return capitalised(f"{who_} có dùng {heater} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}dùng {heater}{stop(m['end'])}")


def _fitted_vi(text: str) -> str | None:
    """"We've just installed a solar water heater." as "Chúng tôi vừa lắp máy nước nóng năng lượng mặt trời.", "My
    family has installed a water heater." as "Nhà tôi đã lắp bình nóng lạnh rồi.", "Have you installed a water heater
    yet?" as "Bạn đã lắp bình nóng lạnh chưa?" (_FITTED_EN); None for anything else, a pet, "have" not agreeing."""
    m = _FITTED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["art"] != "a" or m["q"] and m["aux"]:
        return None
    said = _who_vi(m)
    if said is None:
        return None
    who_, one = said
    aux = keyed((m["q"] or m["aux"] or "").replace("’", "'"))
    if aux and (aux in ("has", "'s")) != one or m["yet"] and not m["q"] or m["q"] and (m["adv"] or who_ == "tôi"):
        return None
    heater = f"{HEATERS_VI[keyed(m['heater'])]}{' mới' * bool(m['new'])}"
    if m["q"]:
        return capitalised(f"{who_} đã lắp {heater} chưa?")
    if m["adv"] == "just":
        return capitalised(f"{who_} vừa lắp {heater}{stop(m['end'])}")
    if aux or m["adv"] == "already":
        return capitalised(f"{who_} đã lắp {heater} rồi{stop(m['end'])}")
    return capitalised(f"{who_} đã lắp {heater}{stop(m['end'])}")
