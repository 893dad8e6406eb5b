"""Village and temple festivals and the periodic market, both ways, written whole by rule: going to one, ever having
been, a village having one, when one takes place or the market is held, market day, and a festival being crowded.
v8 (the rules on) reads "lễ hội" as a holiday or a ceremony, "chùa Hương" as Xinjiang, "chợ phiên" as a session, "họp"
as a meeting and "đông" as large: "Chúng tôi đi lễ hội chùa Hương." → "We went to the holiday of Xinjiang.", "Làng tôi
có lễ hội vào mùa xuân." → "I have a holiday in spring.", "Bạn đã đi lễ hội bao giờ chưa?" → "Never go to the
festival?", "Tôi chưa bao giờ đi chợ phiên." → "I've never gone for the session market.", "Chợ phiên họp vào sáng Chủ
nhật." → "The session of on Sunday morning.", "Mẹ tôi vừa đi chợ phiên về." → "My mother had just gone to the
version.", "Lễ hội năm ngoái đông quá." → "The festival last year was too large.", "Lễ hội có đông không?" → "Is it a
chance to shareholders?"; and back, "We went to the Perfume Pagoda festival." → "Chúng tôi đến lễ hội cá nhân
Pagoda.", "We went to the weekly market." → "Chúng tôi đến thị trường hàng tuần.", "Today is market day." → "Ngày nay
là thị trường.", "When is market day?" → "Ngày nào thị trường?".

Taken: who (mt.hobbies.WHO, WHO_EN; no pet) going to a festival of FESTIVALS (a named one only from its small table:
chùa Hương, the Perfume Pagoda) or to the market day ("chợ phiên"): "đã" or a day behind (went, didn't go, "Did …
go?"), "sẽ" or a day ahead (going, not going, "Are … going?"), "vừa … về" (has just been); who has ever been, never
been, or has been ("từng"); a village or a hometown (mt.hobbies.OWNER's) having a festival, in a season or every year,
said, denied, asked; a festival taking place or held then, and when; the market held on a day of the week, once a
week, every few days, and which day or when; today, tomorrow or yesterday being market day, or not, asked; a festival
(this year's, last year's, today, yesterday) crowded (very, so, too, quite; packed), not very, or asked. Left: "đi"
bare ("Chúng tôi đi lễ hội chùa Hương.": went, or going?), "không" or "có … không?" with no day (a habit, or
going?), "đang đi" (on the way, or there?), "mình", "chúng ta" going with no "sẽ" (let's?), "anh", "chị", "em" alone
saying it, "em" asking with "ạ" (the speaker), "I" asked, "we" asked in English (chúng tôi, or chúng ta?), "đã …
chưa?" without "bao giờ" (yet, or ever?), "has been to the festival" in English (already?), a statement ending in
"thế", "vậy", "hội" alone (an association), "mùa xuân" without "vào" ("lễ hội mùa xuân": a spring festival), "Lễ hội
đông." bare, "không rất đông", the market with a year, "was" crowded with no day behind, a market's name, "temple" in
English (chùa or đền?), "the market" crowded or gone to (mt/crowds.py, mt/shopping.py), going to the pagoda
(mt/religion.py), the Mid-Autumn festival (mt/mid_autumn.py), Tet (mt/holidays.py).
mt.phrasebook.translate tries these after mt/class_roles.py.

    >>> translate("Làng tôi có lễ hội vào mùa xuân.", "vi", "en"), translate("Today is market day.", "en", "vi")
    ('My village has a festival in the spring.', 'Hôm nay là phiên chợ.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, em_speaking, first_agrees, owner_of, person_of, pet,
                      someone)
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_DAYS, SOFTENED_END, STRESSED_SAID, VI_DAYS, alternatives, be, capitalised,
                   contracted, keyed, stop)

_KEYS = {"vi": lazy(r"(?i:lễ\s+hội|hội\s+làng|hội\s+lim|hội\s+chùa|hội\s+đền|hội\s+yên|chợ\s+phiên|phiên\s+chợ)"),
         "en": lazy(r"(?i:festival|market)")}
# festivals and the periodic market (English with "the"; with "a" where one of many is meant, None for a named one);
# the first Vietnamese of each English is written back
FESTIVALS = {"lễ hội": ("the festival", "a festival"), "hội làng": ("the village festival", "a village festival"),
             "lễ hội làng": ("the village festival", "a village festival"),
             "lễ hội chùa": ("the pagoda festival", "a pagoda festival"),
             "hội chùa": ("the pagoda festival", "a pagoda festival"),
             "lễ hội chùa Hương": ("the Perfume Pagoda festival", None),
             "hội chùa Hương": ("the Perfume Pagoda festival", None), "hội Lim": ("the Lim festival", None),
             "lễ hội Lim": ("the Lim festival", None), "lễ hội đền Hùng": ("the Hung Kings' Temple festival", None),
             "hội đền Hùng": ("the Hung Kings' Temple festival", None), "lễ hội Yên Tử": ("the Yen Tu festival", None),
             "hội Yên Tử": ("the Yen Tu festival", None), "chợ phiên": ("the market day", "a market day"),
             "phiên chợ": ("the market day", "a market day")}
_FEST_KEYED = {keyed(vi): ens for vi, ens in FESTIVALS.items()}
FESTIVALS_VI = {en.lower(): vi for vi, ens in reversed(FESTIVALS.items()) for en in ens if en} | {
    "the weekly market": "chợ phiên", "a weekly market": "chợ phiên"}
_MARKETS = {"chợ phiên", "phiên chợ"}
_FEST = rf"(?P<fest>(?i:{alternatives(FESTIVALS)}))"
_FEST_EN = rf"(?P<fest>(?i:{alternatives(FESTIVALS_VI)}))"
# days behind, today and ahead (mt.dates.NEAR_WAY tells which); English back to the first Vietnamese of each
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "tháng trước", "năm ngoái", "hôm nay",
                  "sáng nay", "cuối tuần này", "năm nay", "ngày mai", "ngày kia", "tuần sau", "tuần tới",
                  "cuối tuần sau", "tháng sau", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY, _DAY_EN = rf"(?i:{alternatives(_DAYS)})", rf"(?i:{alternatives(_DAYS_VI)})"
# when a festival is (only with "vào": "lễ hội mùa xuân" is a spring festival)
_WHEN = {"vào mùa xuân": "in the spring", "vào mùa hè": "in the summer", "vào mùa thu": "in the autumn",
         "vào mùa đông": "in the winter", "vào đầu xuân": "in early spring", "vào mỗi mùa xuân": "every spring",
         "vào tháng Giêng": "in the first lunar month", "hằng năm": "every year", "hàng năm": "every year",
         "mỗi năm": "every year", "sau Tết": "after Tet"}
_WHEN_KEYED = {keyed(vi): en for vi, en in _WHEN.items()}
_WHEN_VI = {keyed(en): vi for vi, en in reversed(_WHEN.items())} | {  # (keyed: "after Tet")
    "in spring": "vào mùa xuân", "in summer": "vào mùa hè", "in autumn": "vào mùa thu", "in winter": "vào mùa đông"}
_WEEKDAYS = dict(zip(map(keyed, VI_DAYS), EN_DAYS))
_WEEKDAYS_VI = dict(zip(EN_DAYS, VI_DAYS))
_PARTS = {"sáng": "morning", "chiều": "afternoon"}
_PARTS_VI = {en: vi for vi, en in _PARTS.items()}
_N_VI = "|".join(list(VI_TO_EN)[1:])  # ("hai" … "mười": every two to ten days)
_PLACES = {"làng": "village", "quê": "hometown"}

# going to one ("Hôm qua chúng tôi đi lễ hội chùa Hương.", "Mẹ tôi vừa đi chợ phiên về.")
_GO = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>đã|sẽ|vừa\s+mới|vừa|mới)\s+)?(?:(?P<not>không)\s+|"
           rf"(?P<ask>có)\s+)?đi(?:\s+(?:trẩy|dự))?\s+{_FEST}(?:\s+(?P<back>về))?(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
# ever been ("Bạn đã đi lễ hội bao giờ chưa?", "Tôi chưa bao giờ đi chợ phiên.", "Bà tôi từng đi hội Lim.")
_EVER = lazy(rf"{WHO}\s+(?:(?P<aux>đã|chưa)\s+)?(?:(?P<ever>bao\s+giờ|từng)\s+)?đi(?:\s+(?:trẩy|dự))?\s+{_FEST}"
             rf"(?:\s+(?P<ever2>bao\s+giờ))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# a village having one ("Làng tôi có lễ hội vào mùa xuân.", "Quê bạn có lễ hội không?")
_HAS = lazy(rf"(?P<place>(?i:làng|quê))\s+(?:của\s+)?{OWNER}\s+(?:(?P<not>không)\s+)?có\s+(?:lễ\s+hội|hội\s+làng)"
            rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN)})))?{ASKED_END}")
# a festival taking place then, or the market held ("Chợ phiên họp vào sáng Chủ nhật.", "Chợ phiên họp ngày nào?")
_HELD = lazy(rf"{_FEST}(?:\s+(?P<here>ở\s+đây|này))?\s+(?P<verb>họp|diễn\s+ra|được\s+tổ\s+chức)\s+(?:(?P<when>"
             rf"(?i:{alternatives(_WHEN)}))|(?:vào\s+)?(?:(?:các|mỗi)\s+)?(?:ngày\s+)?(?:(?P<part>sáng|chiều)\s+)?"
             rf"(?P<wd>(?i:{alternatives(VI_DAYS)}))(?:\s+h[ằà]ng\s+tuần)?|(?P<weekly>(?:mỗi|một)\s+tuần\s+một\s+lần)|"
             rf"(?P<n>{_N_VI})\s+ngày\s+một\s+(?:lần|phiên)|(?:vào\s+)?(?P<which>ngày\s+nào|thứ\s+mấy|hôm\s+nào)|"
             rf"(?P<when_asked>khi\s+nào|bao\s+giờ)){SOFTENED_END}")
# market day ("Hôm nay là phiên chợ.", "Mai có chợ phiên không?", "Hôm nay không phải phiên chợ.")
_MARKET_DAYS = near_days("hôm nay", "ngày mai", "hôm qua") | {"mai": "tomorrow"}
_MARKET_DAY = lazy(rf"(?P<day>(?i:{alternatives(_MARKET_DAYS)}))\s+(?:(?P<not>không)\s+)?(?:(?P<ask>có)\s+)?"
                   rf"(?P<verb>là|phải\s+là|phải|có)\s+(?:ngày\s+)?(?i:chợ\s+phiên|phiên\s+chợ){ASKED_END}")
# crowded ("Lễ hội năm nay rất đông.", "Hôm qua hội Lim đông nghịt.", "Lễ hội có đông không?")
_CROWD_DAYS = near_days("năm nay", "năm ngoái", "hôm nay", "hôm qua")
_CROWDED = lazy(rf"(?:(?P<day0>(?i:{alternatives(_CROWD_DAYS)}))\s*,?\s+)?{_FEST}(?:\s+(?P<day>"
                rf"{alternatives(_CROWD_DAYS)}))?\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<pre>rất|quá|khá)\s+)?"
                r"(?P<crowd>đông(?:\s+đúc)?)(?:\s+(?P<packed>nghịt))?(?:\s+người)?(?:\s+(?P<post>lắm|quá))?"
                + ASKED_END)

# ... and in English
_GO_EN = lazy(rf"(?:(?P<q>Did|Are|Is|Am|Will)\s+)?{WHO_EN}(?P<aux>\s+(?:did\s+not|didn['’]t|will\s+not|won['’]t|will|"
              r"is|am|are)(?:\s+not)?|\s+(?:isn|aren)['’]t|['’](?:s|re|m|ll)(?:\s+not)?)?\s+(?P<verb>went|go|going)\s+"
              rf"to\s+{_FEST_EN}(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_EVER_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)|['’](?:ve|s))?(?:\s+(?P<adv>ever|never))?"
                rf"\s+been\s+to\s+{_FEST_EN}\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<place>"
               r"village|hometown)(?P<not>\s+(?:does\s+not|doesn['’]t))?\s+(?P<verb>has|have|holds|hold)\s+a\s+festival"
               rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN_VI)})))?\s*(?P<end>[.!?]*)")
_MARKET_EN = r"(?P<market>(?i:the|this)\s+(?:weekly\s+)?market)"
_HELD_EN = lazy(rf"(?:{_FEST_EN}|{_MARKET_EN}(?P<here>\s+here)?)(?P<be>\s+is(?:\s+held)?|\s+takes\s+place)\s+(?:"
                rf"(?P<when>(?i:{alternatives(_WHEN_VI)}))|on\s+(?P<wd>{'|'.join(EN_DAYS)})(?:s|\s+(?P<part>mornings|"
                rf"afternoons))|(?P<weekly>once\s+a\s+week)|every\s+(?P<n>{'|'.join(list(EN_TO_VI)[1:])})\s+days)"
                r"\s*(?P<end>[.!]*)")
_WHEN_EN = lazy(rf"(?P<q>When|Which\s+day)\s+(?:is\s+(?:{_FEST_EN}|{_MARKET_EN})(?:\s+(?P<held>held))?|does\s+"
                rf"{_FEST_EN.replace('(?P<fest>', '(?P<f2>')}\s+take\s+place|is\s+(?P<day>market\s+day))\s*\?+")
_MARKET_DAY_EN = lazy(r"(?:(?P<q>Is|Was)\s+(?:it\s+market\s+day\s+(?P<day>today|tomorrow|yesterday)|(?P<day2>today|"
                      r"tomorrow|yesterday)\s+market\s+day)|(?:(?P<day3>Today|Tomorrow|Yesterday)|It)(?P<be>\s+is|"
                      r"\s+was|'s)(?P<not>\s+not|n't)?\s+market\s+day(?:\s+(?P<day4>today|tomorrow|yesterday))?)"
                      r"\s*(?P<end>[.!?]*)")
_NAMED_EN = alternatives(en[4:] for en in FESTIVALS_VI if en.startswith("the ") and "market" not in en)
_CROWDED_EN = lazy(rf"(?:(?P<q>Is|Was)\s+)?(?:(?P<year>(?i:this|last))\s+year's\s+(?P<named>(?i:{_NAMED_EN}))|"
                   rf"{_FEST_EN})(?P<be>\s+(?:is|was)(?:\s+not|n't)?|'s)?\s+(?:(?P<deg>very|so|too|quite|really)\s+)?"
                   r"(?P<adj>crowded|packed)(?:\s+(?P<day>today|yesterday|this\s+year))?\s*(?P<end>[.!?]*)")
_DEGREES_VI = {"very": "rất đông", "really": "rất đông", "so": "đông quá", "too": "quá đông", "quite": "khá đông",
               "": "đông người"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of going to a festival or the market day, ever having been, a village's festival,
    when one is held, market day, or a festival crowded; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more than English would: left)
        return None if STRESSED_SAID.search(text) else (
            _go(text) or _ever(text) or _has(text) or _held(text) or _market_day(text) or _crowded(text))
    text = text.replace("’", "'")
    return (_go_vi(text) or _ever_vi(text) or _has_vi(text) or _held_vi(text) or _when_vi(text)
            or _market_day_vi(text) or _crowded_vi(text))


def _fest(said: str, one_of: bool = False) -> str:
    """A festival of FESTIVALS in English: "the festival", or "a festival" (`one_of`, where the table has one)."""
    the, a = _FEST_KEYED[keyed(said)]
    return a if one_of and a else the


def _go(text: str) -> str | None:
    """Going ("Hôm qua chúng tôi đi lễ hội." as "We went to the festival yesterday.", "Mẹ tôi vừa đi chợ phiên về." as
    "My mother has just been to the market day.", _GO) in English; None for anything else."""
    m = _GO.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    asked, aux, day = bool(m["asked"]), keyed(m["aux"] or ""), keyed(m["day0"] or m["day"] or "")
    way, said = NEAR_WAY.get(day), None if em_speaking(m) else person_of(m, asked)  # ("em … ạ": the speaker)
    if said is None or m["back"] and (aux not in ("vừa", "mới", "vừa mới") or day or m["not"] or asked):
        return None
    (who_, one), fest, on = said, _fest(m["fest"]), f" {_DAYS[day]}" if day else ""
    if m["back"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just been to {fest}")) + stop(m["end"])
    if aux == "đã" and way != "ahead" or not aux and way == "behind":
        if asked:
            return f"Did {who_} go to {fest}{on}?" if day and not aux else None
        went = "didn't go" if m["not"] else "went"
        return capitalised(f"{who_} {went} to {fest}{on}") + stop(m["end"])
    # (with no "sẽ", "chúng ta", "mình" going on a day ahead may be "let's")
    if aux == "sẽ" and way != "behind" or not aux and way == "ahead" and keyed(m["who"] or "") not in ("chúng ta",
                                                                                                    "mình"):
        be_ = be(who_)
        if asked:
            return f"{be_.capitalize()} {who_} going to {fest}{on}?" if not aux else None
        going = f"{be_} {'not ' * bool(m['not'])}going to {fest}{on}"
        return capitalised(contracted(who_, going)) + stop(m["end"])
    return None


def _ever(text: str) -> str | None:
    """Ever been ("Bạn đã đi lễ hội bao giờ chưa?" as "Have you ever been to a festival?", "Tôi chưa bao giờ đi hội
    Lim." as "I've never been to the Lim festival.", _EVER) in English; None for anything else."""
    m = _EVER.fullmatch(text)
    if not m or bool(m["ever"]) == bool(m["ever2"]) or bool(m["yet"]) != ("?" in m["end"]):
        return None
    asked, aux, ever = bool(m["yet"]), keyed(m["aux"] or ""), keyed(m["ever"] or "")
    if (said := None if em_speaking(m) else person_of(m, asked)) is None:  # ("Em … chưa ạ?": do I?)
        return None
    who_, fest, have = said[0], _fest(m["fest"], True), "has" if said[1] else "have"
    if asked:
        return f"{have.capitalize()} {who_} ever been to {fest}?" if aux != "chưa" else None
    if aux == "chưa":
        return capitalised(contracted(who_, f"{have} never been to {fest}")) + stop(m["end"])
    return capitalised(contracted(who_, f"{have} been to {fest}")) + stop(m["end"]) if ever == "từng" else None


def _has(text: str) -> str | None:
    """A village's festival ("Quê bạn có lễ hội không?" as "Does your hometown have a festival?", _HAS) in English;
    None for anything else, and a pet's village."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or pet(m["someone"], "vi"):
        return None
    # (a name alone may be the village's own: "Làng Sen" is a village, not Sen's)
    named = m["someone"] and re.fullmatch(WHO, " ".join(m["someone"].split()))
    whose = None if named and not (named["kin"] or named["titled"]) else owner_of(m)
    if whose is None or asked and whose in ("my", "our"):
        return None
    place, when = f"{whose} {_PLACES[keyed(m['place'])]}", f" {_WHEN_KEYED[keyed(m['when'])]}" if m["when"] else ""
    if asked:
        return f"Does {place} have a festival{when}?"
    has = "doesn't have" if m["not"] else "has"
    return capitalised(f"{place} {has} a festival{when}") + stop(m["end"])


def _held(text: str) -> str | None:
    """When held ("Chợ phiên họp vào sáng Chủ nhật." as "The market is held on Sunday mornings.", _HELD) in English;
    None for anything else: the market "diễn ra", a festival "họp" or on a day of the week."""
    m = _HELD.fullmatch(text)
    asked = bool(m and (m["which"] or m["when_asked"]))
    if not m or asked != ("?" in m["end"]):
        return None
    market, verb = keyed(m["fest"]) in _MARKETS, keyed(m["verb"])
    if market != (verb == "họp") or not market and (m["wd"] or m["weekly"] or m["n"] or m["here"] or m["which"]):
        return None
    if market:
        name = {"ở đây": "the market here", "này": "this market"}.get(keyed(m["here"] or ""), "the market")
        if m["when"]:
            return None  # (a market held in the spring? left)
    else:
        name = _fest(m["fest"])
    held = "take place" if verb == "diễn ra" else "held"
    if asked:
        return (f"Which day is {name} held?" if m["which"] else f"When is {name} held?" if held == "held" else
                f"When does {name} take place?")
    if m["when"]:
        then = _WHEN_KEYED[keyed(m["when"])]
    elif m["wd"]:
        part = f" {_PARTS[keyed(m['part'])]}s" if m["part"] else "s"
        then = f"on {_WEEKDAYS[keyed(m['wd'])]}{part}"
    else:
        then = "once a week" if m["weekly"] else f"every {VI_TO_EN[keyed(m['n'])]} days"
    return capitalised(f"{name} {'takes place' if held == 'take place' else 'is held'} {then}") + stop(m["end"])


def _market_day(text: str) -> str | None:
    """Market day ("Mai có chợ phiên không?" as "Is it market day tomorrow?", _MARKET_DAY) in English; None for
    anything else."""
    m = _MARKET_DAY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"]:
        return None
    verb, day = keyed(m["verb"]), _MARKET_DAYS[keyed(m["day"])]
    is_ = "was" if day == "yesterday" else "is"
    if asked:
        ok = verb == "có" and not m["ask"] or verb in ("phải", "phải là") and m["ask"]
        return f"{is_.capitalize()} it market day {day}?" if ok else None
    if m["ask"] or m["not"] and verb not in ("có", "phải") or not m["not"] and verb not in ("là", "có"):
        return None
    is_ += "n't" if m["not"] else ""
    return f"{day.capitalize()} {is_} market day{stop(m['end'])}"


def _crowded(text: str) -> str | None:
    """Crowded ("Hôm qua hội Lim đông nghịt người." as "The Lim festival was packed yesterday.", _CROWDED) in English;
    None for anything else, and "đông" bare ("Lễ hội đông.")."""
    m = _CROWDED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or m["day0"] and m["day"] or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    pre, post, packed = keyed(m["pre"] or ""), keyed(m["post"] or ""), bool(m["packed"])
    degree = {("rất", ""): "very", ("", "lắm"): "very", ("", "quá"): "so", ("quá", ""): "too", ("khá", ""): "quite",
              ("", ""): ""}.get((pre, post))
    # (not "không rất đông"; "không đông lắm" is "not very")
    if degree is None or packed and (degree or m["not"] or asked or m["crowd"] != "đông") or not (
            degree or packed or m["not"] or asked) or m["not"] and (pre or post == "quá") or asked and degree:
        return None
    day = _CROWD_DAYS[keyed(m["day"] or m["day0"] or "")] if m["day"] or m["day0"] else ""
    is_, market = "was" if day in ("last year", "yesterday") else "is", keyed(m["fest"]) in _MARKETS
    if market and "year" in day:
        return None  # ("Chợ phiên năm nay": this year's market, a yearly one?)
    fest = "the market" if market else _fest(m["fest"])
    if m["day"] and "year" in day:
        fest, day = f"{day}'s {fest.removeprefix('the ')}", ""
    on = f" {day}" if day else ""
    if asked:
        return f"{is_.capitalize()} {fest} crowded{on}?"
    how = "packed" if packed else f"{degree} crowded".lstrip()
    is_ += "n't" if m["not"] else ""
    return capitalised(f"{fest} {is_} {how}{on}") + stop(m["end"])


def _who_vi(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one; None for a pet, and "we" asked (chúng ta?)."""
    said = person_of(m, False, "en")
    return None if asked and said and said[0] == "chúng tôi" else said


def _go_vi(text: str) -> str | None:
    """Going ("They didn't go to the festival yesterday." as "Hôm qua họ không đi lễ hội.", _GO_EN) in Vietnamese;
    None for anything else, a verb not agreeing, and a day the tense does not take."""
    m = _GO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["fest"].lower().startswith("a ") or not (
            said := _who_vi(m, bool(m["q"]))):
        return None
    who_, one = said
    words = (m["aux"] or "").lower().replace("won't", "will not").replace("n't", " not").replace("'", " ").split()
    aux = {"s": "is", "re": "are", "m": "am", "ll": "will"}.get(words[0], words[0]) if words else ""
    q, verb, neg = (m["q"] or "").lower(), m["verb"], "not" in words
    way = NEAR_WAY.get(_DAYS_VI.get(keyed(m["day"] or ""), ""))
    past = verb == "went" and not (aux or q) or verb == "go" and (aux == "did" and neg or q == "did" and not aux)
    ahead = verb == "going" and (aux in ("is", "am", "are") and not q or q in ("is", "am", "are") and not aux) or (
        verb == "go" and (aux == "will" and not q or q == "will" and not aux))
    if not (past and way != "ahead" or ahead and way != "behind") or q == "did" and not way or neg and q or not \
            first_agrees(q or aux, who_, one):
        return None
    fest, day = FESTIVALS_VI[m["fest"].lower()], _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    opening = f"{day} " if day else ""
    if q:
        return capitalised(f"{opening}{who_} có đi {fest} không?")
    if past:  # (a day behind says the past: "Hôm qua họ không đi lễ hội."; "sáng nay" does not)
        tense = ("không" if neg else "") if way == "behind" else "đã không" if neg else "đã"
    else:
        tense = "sẽ không" if neg else "sẽ"
    return capitalised(f"{opening}{who_} {tense} đi {fest}".replace("  ", " ")) + stop(m["end"])


def _ever_vi(text: str) -> str | None:
    """Ever been ("I've never been to the Lim festival." as "Tôi chưa bao giờ đi hội Lim.", _EVER_EN) in Vietnamese;
    None for anything else, and "have" not agreeing."""
    m = _EVER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not (said := _who_vi(m, bool(m["q"]))):
        return None
    (who_, one), adv = said, m["adv"] or ""
    first = (m["q"] or m["aux"] or "").strip().lower()
    if bool(m["q"]) == bool(m["aux"]) or (adv == "ever") != bool(m["q"]) or not first_agrees(
            {"'ve": "have", "'s": "has"}.get(first, first), who_, one):
        return None
    fest, said = FESTIVALS_VI[m["fest"].lower()], m["fest"].lower()
    if not (m["q"] or adv) and f"a {said[4:]}" in FESTIVALS_VI:
        return None  # ("I've been to the festival": this year's, already, not "từng")
    if m["q"]:
        return capitalised(f"{who_} đã bao giờ đi {fest} chưa?")
    return capitalised(f"{who_} {'chưa bao giờ' if adv else 'đã từng'} đi {fest}") + stop(m["end"])


def _has_vi(text: str) -> str | None:
    """A village's festival ("Does your village have a festival?" as "Làng bạn có lễ hội không?", _HAS_EN) in
    Vietnamese; None for anything else, and a verb not agreeing."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"].endswith("s") == bool(m["q"] or m["not"])):
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    if whose is None or pet(m["someone"], "en") or m["q"] and whose == "chúng tôi":
        return None  # ("Does our village …?": chúng tôi, or chúng ta?)
    whose = f"của {whose}" if m["someone"] and " " not in whose else whose  # ("Làng Lan": a village named Lan)
    when = f" {_WHEN_VI[keyed(m['when'])]}" if m["when"] else ""
    said = f"{'Làng' if m['place'] == 'village' else 'Quê'} {whose} {'không ' * bool(m['not'])}có lễ hội{when}"
    return f"{said} không?" if m["q"] else said + stop(m["end"])


def _held_vi(text: str) -> str | None:
    """When held (_HELD_EN) in Vietnamese; None for anything else: a festival on a day of the week, the market in a
    season, a festival "is" then (held, or its date?)."""
    m = _HELD_EN.fullmatch(text)
    if not m:
        return None
    fest, be_ = FESTIVALS_VI.get((m["fest"] or "").lower()), keyed(m["be"])
    market = bool(m["market"]) or fest in _MARKETS
    if market != bool(m["wd"] or m["weekly"] or m["n"]) or be_ == "is" or market and be_ != "is held" or (
            (m["fest"] or "").lower().startswith("a ")):
        return None
    if not market:
        verb = "diễn ra" if be_ == "takes place" else "được tổ chức"
        return capitalised(f"{fest} {verb} {_WHEN_VI[keyed(m['when'])]}") + stop(m["end"])
    if m["wd"]:
        then = f"vào {_PARTS_VI[m['part'][:-1]] + ' ' if m['part'] else ''}{_WEEKDAYS_VI[m['wd']]}"
    else:
        then = "mỗi tuần một lần" if m["weekly"] else f"{EN_TO_VI[m['n']]} ngày một lần"
    this = " ở đây" if m["here"] else " này" if (m["market"] or "").lower().startswith("this") else ""
    return f"Chợ phiên{this} họp {then}{stop(m['end'])}"


def _when_vi(text: str) -> str | None:
    """When, asked ("When is market day?" as "Chợ phiên họp vào ngày nào?", _WHEN_EN) in Vietnamese; None for
    anything else."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    which = m["q"] != "When"
    if m["day"]:
        return "Chợ phiên họp vào ngày nào?"
    said = (m["fest"] or m["f2"] or m["market"]).lower()
    market = bool(m["market"]) or FESTIVALS_VI.get(said) in _MARKETS
    if said.startswith("a ") or market and not (m["held"] or said.endswith("day")) or which and not market:
        return None
    if market:  # ("When is the market day?" asks its day)
        return f"Chợ phiên họp {'vào ngày nào' if which or said.endswith('day') else 'khi nào'}?"
    return f"{capitalised(FESTIVALS_VI[said])} {'diễn ra' if m['f2'] else 'được tổ chức'} khi nào?"


def _market_day_vi(text: str) -> str | None:
    """Market day ("It's market day today." as "Hôm nay là phiên chợ.", _MARKET_DAY_EN) in Vietnamese; None for
    anything else, and "is" not agreeing with the day."""
    m = _MARKET_DAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["day3"]) == bool(m["day4"]) and not m["q"]:
        return None
    day = (m["day"] or m["day2"] or m["day3"] or m["day4"]).lower()
    is_ = (m["q"] or m["be"]).strip().lower().replace("'s", "is")
    if is_ != ("was" if day == "yesterday" else "is"):
        return None
    day_vi = {en: vi for vi, en in reversed(_MARKET_DAYS.items())}[day].capitalize()
    if m["q"]:
        return f"{day_vi} có phải phiên chợ không?"
    return f"{day_vi} {'không phải' if m['not'] else 'là'} phiên chợ{stop(m['end'])}"


def _crowded_vi(text: str) -> str | None:
    """Crowded ("The festival was packed yesterday." as "Hôm qua lễ hội đông nghịt người.", _CROWDED_EN) in
    Vietnamese; None for anything else, the market (mt/crowds.py's), and "was" with no day behind."""
    m = _CROWDED_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or m["year"] and m["day"]:
        return None
    named = f"the {m['named']}".lower() if m["named"] else m["fest"].lower()
    fest = FESTIVALS_VI.get(named)
    if fest is None or fest in _MARKETS or named.startswith("a "):
        return None
    words = (m["q"] or m["be"]).lower().replace("'s", "is").replace("n't", " not").split()
    day = (m["day"] or "").lower() or (f"{m['year'].lower()} year" if m["year"] else "")
    deg, neg = (m["deg"] or "").lower(), "not" in words
    if words[0] != ("was" if day in ("yesterday", "last year") else "is") or m["adj"] == "packed" and (deg or neg) or \
            m["q"] and (deg or m["adj"] == "packed") or neg and deg not in ("", "very"):
        return None
    day_vi = {"yesterday": "hôm qua", "today": "hôm nay", "this year": "năm nay", "last year": "năm ngoái"}.get(day)
    if day_vi is not None and day in ("this year", "last year"):
        fest, day_vi = f"{fest} {day_vi}", None
    how = "có đông" if m["q"] else "đông nghịt người" if m["adj"] == "packed" else \
        f"không đông{' lắm' if deg else ''}" if neg else _DEGREES_VI[deg]
    said = f"{day_vi.capitalize() + ' ' if day_vi else ''}{fest[0].lower() if day_vi else fest[0].upper()}{fest[1:]}"
    return f"{said} {how} không?" if m["q"] else f"{said} {how}{stop(m['end'])}"
