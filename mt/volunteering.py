"""Volunteering and charity, said or asked, both ways, written whole by rule: who volunteers (at an orphanage, an animal
shelter, a hospital …), does charity work, donates, collects or raises money for those in need, or is a volunteer.
v8 (rules on) reads "trại trẻ mồ côi" as a farm, "quyên góp" as giving up, "gây quỹ" as causing a fund, "đồng bào" as
coins, "orphanage" as letters and "shelter" as hiding: "Tôi làm tình nguyện ở trại trẻ mồ côi." → "I volunteered at the
sweat farm.", "Chúng tôi đang quyên góp tiền cho đồng bào lũ lụt." → "We're giving money to the flooding coins.",
"Chúng tôi đang gây quỹ cho nạn nhân lũ lụt." → "We are causing a fund for flood victims.", "Tôi đã quyên góp cho từ
thiện." → "I don't give up.", "Họ quyên góp quần áo cho trẻ em nghèo." → "They don't contribute to poor children.",
"Mẹ tôi hay làm từ thiện." → "My mother usually charity.", "Bạn đã bao giờ làm tình nguyện chưa?" → "Are you never
volunteered?"; "I volunteer at an orphanage." → "Tôi tình nguyện ở một cái hoặcphanage.", "She volunteers at an animal
shelter." → "Cô ấy tình nguyện ở một nơi ẩn náu động vật.", "We're raising money for the flood victims." → "Chúng tôi
đang tăng tiền cho nạn nhân nạn lụt.", "I used to volunteer at an orphanage." → "Tôi từng quen tình nguyện ở một cái
đồi.", "She does volunteer work every weekend." → "Cô ấy làm việc tình nguyện mỗi tuần.".

Taken: who (mt.hobbies.WHO, WHO_EN) volunteers ("làm tình nguyện", "do volunteer work") or does charity work ("làm từ
thiện"), at a place of PLACES or not; donates, collects ("quyên góp"), supports ("ủng hộ", only people of NEEDY) or
raises money ("gây quỹ") for those of NEEDY, a thing of THINGS given or not; as a habit (how often: mt.hobbies.SELDOM;
every day, weekend, month …: _EVERY), asked ("có … không"), done ("đã", or a day behind: mt.free_time.when; "quyên
góp", "gây quỹ" with no tense are done), doing ("đang": "collecting", "raising money"), just done ("vừa"), will, wants
to, used to ("từng"), have … before ("đã từng"), ever ("đã bao giờ … chưa"); "ủng hộ" with nothing given only done
("đã" or a day behind: else it is "support"); and who is a volunteer, a volunteer teacher, doctor or nurse (_ROLES),
said or asked ("có phải là … không"), "we" and "they" volunteers. English is read by writing each reading of what it
says (`_readings`) and comparing, so a verb that does not agree with who is not taken ("They're a volunteer."), nor
"volunteered" with no place ("I volunteered.": offered, "xung phong"). Left: "không" (not), "anh", "chị", "em" alone
saying it, "tình nguyện" alone ("I volunteered to go"), a sum given ("năm trăm nghìn"), giving blood
(mt/jabs.py), presents ("tặng": mt/gifts.py), internships and part-time work (mt/work_patterns.py), "Did you donate
…?", a day ahead, a habit with a day behind, and anything else.
mt.phrasebook.translate tries these after mt/twins.py.

    >>> translate("Tôi làm tình nguyện ở trại trẻ mồ côi.", "vi", "en")
    'I volunteer at an orphanage.'
    >>> translate("We're raising money for the flood victims.", "en", "vi")
    'Chúng tôi đang gây quỹ cho đồng bào lũ lụt.'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .articles import a_or_an
from .dates import LAST
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import EVERY, SELDOM, SELDOM_VI, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tình\s+nguyện|từ\s+thiện|quyên\s+góp|ủng\s+hộ|gây\s+quỹ)"),
         "en": lazy(r"(?i:volunteer|charity|donat|collect|rais)")}
# where one volunteers (the first Vietnamese of each is written back)
PLACES = {"trại trẻ mồ côi": "orphanage", "cô nhi viện": "orphanage", "trại cứu hộ động vật": "animal shelter",
          "trạm cứu hộ động vật": "animal shelter", "bệnh viện": "hospital", "viện dưỡng lão": "nursing home",
          "nhà dưỡng lão": "nursing home", "bếp ăn từ thiện": "soup kitchen", "thư viện": "library"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"care home": "viện dưỡng lão"}
# whom it is given to or raised for, in English after "to" or "for"
NEEDY = {"từ thiện": "charity", "quỹ từ thiện": "charity", "đồng bào lũ lụt": "the flood victims",
         "đồng bào vùng lũ": "the flood victims", "nạn nhân lũ lụt": "the flood victims",
         "bà con vùng lũ": "the flood victims", "người dân vùng lũ": "the flood victims", "người nghèo": "poor people",
         "người vô gia cư": "homeless people", "trẻ em nghèo": "poor children", "trẻ mồ côi": "orphans",
         "trẻ em mồ côi": "orphans", "học sinh nghèo": "poor students"}
NEEDY_VI = {en: vi for vi, en in reversed(NEEDY.items())} | {
    "a charity": "từ thiện", "charities": "từ thiện", "flood victims": "đồng bào lũ lụt",
    "the victims of the floods": "đồng bào lũ lụt", "the poor": "người nghèo", "the homeless": "người vô gia cư"}
# what is given
THINGS = {"tiền": "money", "quần áo": "clothes", "quần áo cũ": "old clothes", "sách": "books", "sách cũ": "old books",
          "sách vở": "books", "đồ ăn": "food", "thức ăn": "food", "đồ chơi": "toys", "gạo": "rice", "chăn": "blankets",
          "mì tôm": "instant noodles", "đồ dùng học tập": "school supplies"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"clothing": "quần áo"}
_ROLES = {"giáo viên": "teacher", "bác sĩ": "doctor", "y tá": "nurse"}
_ROLES_VI = {en: vi for vi, en in _ROLES.items()}
# how often, at the end (mt.hobbies' and the months: one gives every month)
_EVERY = EVERY | {"mỗi tháng": "every month", "hằng tháng": "every month", "hàng tháng": "every month",
                  "mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year",
                  "mỗi Chủ nhật": "every Sunday", "Chủ nhật nào cũng": "every Sunday"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
_GIVING = ("quyên góp", "ủng hộ", "gây quỹ")
_PRONOUNS = {"i", "you", "he", "she", "we", "they"}

_PLACE = rf"(?:\s+(?:ở|tại)\s+(?:một\s+)?(?P<place>(?i:{alternatives(PLACES)})))?"
_ACT = (r"(?P<vol>làm\s+(?:công\s+việc\s+|việc\s+)?tình\s+nguyện(?:\s+viên)?)|(?P<charity>làm\s+từ\s+thiện)|"
        rf"(?P<give>quyên\s+góp|ủng\s+hộ|gây\s+quỹ)(?:\s+(?P<thing>(?i:{alternatives(THINGS)})))?"
        rf"(?:\s+(?:cho\s+)?(?P<to>(?i:{alternatives(NEEDY)})))?|"
        rf"(?P<be>là)\s+(?:một\s+)?(?:tình\s+nguyện\s+viên|(?P<role>{alternatives(_ROLES)})\s+tình\s+nguyện)")
_AUX = r"đã\s+bao\s+giờ|bao\s+giờ|đã\s+từng|từng|đã|đang|vừa\s+mới|vừa|sẽ"
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có(?:\s+phải)?)\s+)?(?:(?P<aux>{_AUX})\s+)?"
             rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<want>muốn)\s+)?(?:{_ACT}){_PLACE}"
             rf"(?:\s+(?P<every>(?i:{alternatives(_EVERY)}))|{DAY_AFTER})(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_AUX_TENSES = {"": "", "đã": "past", "đang": "prog", "vừa": "just", "vừa mới": "just", "sẽ": "will", "từng": "used",
               "đã từng": "before"}
_TENSE_VI = {"": "", "past": "đã ", "prog": "đang ", "just": "vừa ", "will": "sẽ ", "want": "muốn ",
             "used": "từng ", "before": "đã từng ", "ever": "đã bao giờ "}

# ... and in English: who, any words (how it is said is read by comparing), what is done, for whom, where, when
_ACT_EN = (r"(?P<act>volunteer(?:s|ed|ing)?|(?:do|does|did|doing|done)\s+(?:volunteer|charity)\s+work|"
           r"donat(?:e|es|ed|ing)|collect(?:s|ed|ing)?|rais(?:e|es|ed|ing)\s+money|an?\s+volunteer)")
_SAID_EN = lazy(rf"(?:(?:Do|Does|Have|Has|Would|Is|Are|Am)\s+)?{WHO_EN}(?P<mid>(?:['’][a-z]+)?(?:\s+[a-z]+)*?)"
                rf"\s+{_ACT_EN}(?:\s+(?P<role>{alternatives(_ROLES_VI)})s?)?(?:\s+(?P<thing>"
                rf"{alternatives(THINGS_VI)}))?(?:\s+(?:to|for)\s+(?P<to>(?i:{alternatives(NEEDY_VI)})))?"
                rf"(?:\s+at\s+(?:an?|the)\s+(?P<place>{alternatives(PLACES_VI)}))?(?:\s+(?P<every>"
                rf"{alternatives(_EVERY_VI)})|\s+(?P<day>{BEHIND.pattern}))?\s*(?P<end>[.!?]*)")
_PARTS_EN = ((THINGS_VI, "thing"), (NEEDY_VI, "to"), (PLACES_VI, "place"), (_ROLES_VI, "role"))
_SELDOM_EN = lazy(rf"\b(?:{alternatives(SELDOM_VI)})\b")
# the forms of the English verbs the acts are said with: plain, "-s", past, "-ing", participle
_FORMS = {"volunteer": ("volunteer", "volunteers", "volunteered", "volunteering", "volunteered"),
          "do": ("do", "does", "did", "doing", "done"),
          "donate": ("donate", "donates", "donated", "donating", "donated"),
          "collect": ("collect", "collects", "collected", "collecting", "collected"),
          "raise": ("raise", "raises", "raised", "raising", "raised")}
# the tenses an English sentence is tried in, and whether asked (the past first: "I donated" is "đã quyên góp")
_TRIED = (("past", False), ("", False), ("", True), ("prog", False), ("just", False), ("will", False),
          ("want", False), ("want", True), ("used", False), ("ever", True))


@dataclass(frozen=True)
class _Said:
    """What a sentence says: who in English and in Vietnamese, whether English says who with "-s", the act by its
    Vietnamese verb ("tình nguyện", "từ thiện", "quyên góp", "ủng hộ", "gây quỹ", "là"), the tense (a key of
    _TENSE_VI), whether asked, and (Vietnamese, English) pairs of what is given, to whom, where, as whom, how often
    and the day."""
    who_en: str
    who_vi: str
    one: bool
    act: str
    tense: str = ""
    asked: bool = False
    thing: tuple[str, str] | None = None
    to: tuple[str, str] | None = None
    place: tuple[str, str] | None = None
    role: tuple[str, str] | None = None
    seldom: tuple[str, str] | None = None
    every: tuple[str, str] | None = None
    day: tuple[str, str] | None = None


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who volunteers, gives to charity or raises money; None for any
    other."""
    return _said(text) if src == "vi" else _said_vi(text)


def _fits(s: _Said) -> bool:
    """Whether the act, tense and what goes with them make a sentence taken: no thing given by volunteering, no place
    for money given, "ủng hộ" only of people (and with nothing given, only done: "Tôi ủng hộ người nghèo." is "I
    support …"), how often only of a habit, a day only of the past, "ever" only asked."""
    if s.act == "là":
        return s.tense == "" and not (s.thing or s.to or s.seldom or s.every or s.day)
    if s.act in ("tình nguyện", "từ thiện"):
        if s.thing or s.to or s.role or s.tense == "just":
            return False
    elif s.place or s.role or s.tense in ("used", "before") or not (s.thing or s.to) or \
            s.act == "gây quỹ" and s.thing or \
            s.act == "ủng hộ" and (not s.to or s.to[0] == "từ thiện" or s.tense == "prog"):
        return False
    if s.act == "ủng hộ" and not s.thing and not (s.tense == "past" or s.tense == "" and s.day):
        return False
    if s.seldom and (s.tense or s.every) or s.every and s.tense not in ("", "want", "will", "used"):
        return False
    if s.day and (s.tense not in ("", "past") or s.seldom or s.every):
        return False
    if s.asked != (s.tense == "ever") and s.tense not in ("", "want"):
        return False
    habit = s.seldom or s.every  # ("Bạn có quyên góp … không?": do you, or did you?)
    return not (s.asked and (s.day or s.act in _GIVING and not habit and s.tense == ""))


def _verbs(s: _Said) -> list[tuple[str, str]]:
    """The verbs of _FORMS English says the act with, and the words after each, the first written: ("volunteer", " at
    an orphanage"), ("donate", " money to poor people"); "quyên góp" being done is collecting first."""
    place = f" at {a_or_an(s.place[1])} {s.place[1]}" if s.place else ""
    thing, to = (f" {s.thing[1]}" if s.thing else ""), s.to and s.to[1]
    if s.act in ("tình nguyện", "từ thiện"):
        return [("volunteer", place), ("do", f" volunteer work{place}")] if s.act == "tình nguyện" else [
            ("do", f" charity work{place}")]
    money = [("raise", f" money{f' for {to}' if to else ''}")]
    if s.act == "gây quỹ":
        return money
    donate = [("donate", f"{thing}{f' to {to}' if to else ''}")]
    if s.act == "ủng hộ":
        return donate
    collect = [("collect", f"{thing or ' donations'} for {to}")] if to else []  # ("I collect books": a hobby)
    money = money if s.thing and s.thing[0] == "tiền" else []
    return money + collect + donate if s.tense == "prog" else donate + collect + money


def _english(s: _Said, verb: str, rest: str) -> list[str]:
    """The ways English says `s` with the verb and the words after it, the first written: "I volunteer at an
    orphanage.", "Do you volunteer?", "We raised money for poor children." ("We have raised …" too)."""
    base, s_, past, ing, part = _FORMS[verb]
    w = s.who_en
    one = s.one and _be(w) == "is"  # ("my parents volunteer")
    do, have = ("does", "has") if one else ("do", "have")
    seldom, every = (f"{s.seldom[1]} " if s.seldom else ""), (f" {s.every[1]}" if s.every else "")
    day = f" {s.day[1]}" if s.day else ""
    tense = s.tense or ("past" if day or s.act in _GIVING and not (s.seldom or s.every) else "")
    if tense == "" and s.asked:
        return [f"{do} {w} {seldom}{base}{rest}{every}?"]
    if tense == "want":
        if s.asked:
            return [f"{do} {w} want to {base}{rest}{every}?", f"would {w} like to {base}{rest}{every}?"]
        return [f"{w} want{'s' * one} to {base}{rest}{every}.", f"{w} would like to {base}{rest}{every}."]
    return {"": [f"{w} {seldom}{s_ if one else base}{rest}{every}."],
            "past": [f"{w} {past}{rest}{day}."] + ([f"{w} {have} {part}{rest}."] if not day else []),
            "prog": [f"{w} {_be(w)} {ing}{rest}."],
            "just": [f"{w} just {past}{rest}.", f"{w} {have} just {part}{rest}."],
            "will": [f"{w} will {base}{rest}{every}."], "used": [f"{w} used to {base}{rest}{every}."],
            "before": [f"{w} {have} {part}{rest} before."], "ever": [f"{have} {w} ever {part}{rest}?"]}[tense]


def _be(w: str) -> str:
    """"am", "is" or "are" after who in English, as typed ("We", "my parents")."""
    return be("I" if w.lower() == "i" else w.lower())


def _readings(s: _Said) -> list[str]:
    """Every way English says `s`, contracted after a pronoun or not, the first written: "I'd like to volunteer." and
    "I would like to volunteer."; none where `s` does not fit (_fits)."""
    if not _fits(s):
        return []
    if s.act == "là":
        w = s.who_en
        many = w.lower() in ("we", "they")  # ("They're volunteers.", not "a volunteer")
        role = f"volunteer {s.role[1]}" if s.role else "volunteer"
        role = f"{role}s" if many else f"a {role}"
        place = f" at {a_or_an(s.place[1])} {s.place[1]}" if s.place else ""
        said = [f"{_be(w)} {w} {role}{place}?" if s.asked else f"{w} {_be(w)} {role}{place}."]
    else:
        said = [e for verb, rest in _verbs(s) for e in _english(s, verb, rest)]
    out = []
    for e in said:
        short = contracted(s.who_en, e[len(s.who_en) + 1:]) if e.startswith(f"{s.who_en} ") else e
        if s.who_en.lower() in _PRONOUNS:
            short = re.sub(rf"^({re.escape(s.who_en)}) would ", r"\1'd ", short)
        out += [capitalised(short), capitalised(e)]
    return list(dict.fromkeys(out))


def _compared(text: str) -> str:
    """English as readings are compared: small letters, "’" as "'", one article before a place or whom, "." or "?"
    at the end."""
    said = keyed(text.replace("’", "'")).rstrip(".!? ")
    return re.sub(r"\b(at|to|for) (?:an?|the) ", r"\1 a ", said) + ("?" if text.rstrip().endswith("?") else ".")


def _part(table: dict[str, str], said: str | None, src: str = "vi") -> tuple[str, str] | None:
    """(Vietnamese, English) of `said`, a word of `table` in the language `src` ("vi": ("tiền", "money") for "Tiền";
    "en": ("mỗi Chủ nhật", "every Sunday") for "every Sunday", as typed); None for nothing said."""
    if not said:
        return None
    other = next(v for k, v in table.items() if keyed(k) == keyed(said))
    return (keyed(said), other) if src == "vi" else (other, said)


def _said(text: str) -> str | None:
    """"Tôi làm tình nguyện ở trại trẻ mồ côi." as "I volunteer at an orphanage.", "Chúng tôi đang quyên góp tiền
    cho đồng bào lũ lụt." as "We're raising money for the flood victims.", "Bạn đã bao giờ làm tình nguyện chưa?" as
    "Have you ever volunteered?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    asked, aux, ask = bool(m["asked"]), keyed(m["aux"] or ""), keyed(m["ask"] or "")
    if aux in ("đã bao giờ", "bao giờ") or aux in ("đã từng", "từng") and asked:
        tense = "ever" if m["asked"] == "chưa" and not ask and not m["want"] else None
    else:
        tense = None if m["asked"] == "chưa" or m["want"] and aux else "want" if m["want"] else _AUX_TENSES[aux]
    day = when(m["day0"] or m["day"], "vi", LAST)
    if tense is None or day is None or day and not BEHIND.fullmatch(day) or ask and not asked or \
            (ask == "có phải") != bool(m["be"] and asked) or not (said := who(m, asked)):
        return None
    act = "tình nguyện" if m["vol"] else "từ thiện" if m["charity"] else "là" if m["be"] else keyed(m["give"])
    s = _Said(said[0], "", said[1], act, tense, asked, _part(THINGS, m["thing"]), _part(NEEDY, m["to"]),
              _part(PLACES, m["place"]), _part(_ROLES, m["role"]),
              _part(SELDOM, m["seldom"]), _part(_EVERY, m["every"]), day and (m["day0"] or m["day"], day))
    read = _readings(s)
    return None if not read else read[0] if asked else f"{read[0][:-1]}{stop(m['end'])}"


def _said_vi(text: str) -> str | None:
    """"I volunteer at an orphanage." as "Tôi làm tình nguyện ở trại trẻ mồ côi.", "Do you want to volunteer?" as
    "Bạn có muốn làm tình nguyện không?", "They collected clothes for poor children." as "Họ đã quyên góp quần áo
    cho trẻ em nghèo." (_SAID_EN, read in each tense of _TRIED); None for anything else, and where the verb does not
    agree with who ("She volunteer …")."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    act_en, (who_vi_, one) = keyed(m["act"]), who_vi(m)
    act = "là" if act_en.endswith(" volunteer") else "tình nguyện" if act_en.startswith("volunteer") or \
        "volunteer" in act_en else "từ thiện" if "charity" in act_en else "gây quỹ" if "money" in act_en else \
        "quyên góp"
    # ("They're volunteers.", "We're volunteer nurses.": who is, not what they do)
    acts = (act, "là") if act_en in ("volunteer", "volunteers") else (act,)
    seldom = _SELDOM_EN.search(m["mid"].lower())
    day = m["day"] and when(m["day"], "en", LAST)
    if m["day"] and not day:
        return None
    named = [g for g in ("who", "whose", "kin", "given") if m[g]]
    s = _Said(text[m.start(named[0]):m.end(named[-1])], who_vi_, one, "", "", False,
              *(_part(table, m[g], "en") for table, g in _PARTS_EN), seldom and (SELDOM_VI[seldom[0]], seldom[0]),
              _part(_EVERY_VI, m["every"], "en"), day and (day, m["day"]))
    said = _compared(text)
    for tried in (replace(s, act=a, tense=tense, asked=asked) for a in acts for tense, asked in _TRIED):
        if any(_compared(e) == said for e in _readings(tried)):
            # ("I volunteered.", "She's volunteered.": offered, "xung phong", as often as not; not "ever")
            offered = act_en == "volunteered" and not s.place and tried.tense != "ever"
            return None if offered else _vietnamese(tried, stop(m["end"]))
    return None


def _vietnamese(s: _Said, end: str) -> str:
    """`s` in Vietnamese: "Tôi làm tình nguyện ở trại trẻ mồ côi.", "Bạn có muốn làm tình nguyện không?", "Tuần
    trước họ đã quyên góp quần áo cho trẻ em nghèo."."""
    place = f" ở {s.place[0]}" if s.place else ""
    to = "" if not s.to else f" {s.to[0]}" if s.to[0] == "từ thiện" and not s.thing else \
        " cho quỹ từ thiện" if s.to[0] == "từ thiện" else f" cho {s.to[0]}"
    act = {"tình nguyện": "làm tình nguyện", "từ thiện": "làm từ thiện",
           "là": f"là {s.role[0]} tình nguyện" if s.role else "là tình nguyện viên"}.get(
        s.act, f"{s.act}{f' {s.thing[0]}' if s.thing else ''}{to}") + place
    every, seldom = (f" {s.every[0]}" if s.every else ""), (f"{s.seldom[0]} " if s.seldom else "")
    if s.tense == "ever":
        return capitalised(f"{s.who_vi} đã bao giờ {act} chưa?")
    if s.asked:
        ask = "có phải" if s.act == "là" else "có"
        return capitalised(f"{s.who_vi} {ask} {_TENSE_VI[s.tense]}{seldom}{act}{every} không?")
    said = f"{s.who_vi} {_TENSE_VI[s.tense]}{seldom}{act}{every}"
    return placed(said, s.day[0], end) if s.day else capitalised(f"{said}{end}")
