"""A new baby's customs and facts, both ways, written whole by rule: the one-month celebration ("đầy tháng"), the
first-birthday ceremony ("thôi nôi"), the mother's month of confinement ("ở cữ"), the baby's weight, how long ago
someone gave birth, and the baby's name chosen. v8 (rules on) reads "đầy tháng" as full, "thôi nôi" as cancelling,
"ở cữ" as a place, "cân" as a weight and "sinh" as being born: "Hôm nay là đầy tháng con tôi." → "Today is full of my
children.", "Chúng tôi làm thôi nôi cho con gái." → "We cancel the criticis for the daughter.", "Chị tôi đang ở cữ."
→ "She's staying in Vui.", "Em bé nặng ba cân rưỡi." → "The baby weighs three weights.", "Tôi mới sinh con được hai
tuần." → "I'm born for two weeks.", "Bạn sinh con được bao lâu rồi?" → "How long have you been born?", "Chúng tôi đặt
tên con là Mai." → "We named Mai."; and back, "My sister is in her confinement month." → "Chị của tôi vào tháng lễ
của cô ấy.", "The baby weighed three and a half kilos." → "Bé cân nặng 3 đến 1 nửa ki-lô.", "Have you named the baby
yet?" → "Bạn có tên con chưa?", "We named our daughter Mai." → "Chúng tôi đặt tên con gái của chúng tôi Mai.".

Taken: a near day (mt.dates.near_days) that is a child's one-month celebration or first-birthday ceremony; who
(mt.hobbies.WHO, WHO_EN) holding one for a child: held ("đã", a day behind), just, already, not yet, asked "… chưa?",
or ahead ("sẽ", "sắp", a day ahead; "định", planned, with a day or not; "vào chủ nhật" with "sẽ" or "định"); a woman
in her confinement ("đang", "vẫn", asked) or done with it ("ở cữ xong rồi", "hết cữ"); a baby's weight of one to six
kilos (mt.weight's KILOS_SAID, KILOS_SAID_EN), now or at birth, asked; who gave birth so long ago, asked; who named
their child (mt.names' names), is going to, asked what or whether yet, not yet; "we" asking in English as "chúng
ta". Left: "làm thôi nôi" with no tense or day, or "hôm nay" alone (held, or holding?), a man or "we" in confinement,
"con" with no whose, and a parent's or grandparent's own ("Mẹ tôi làm đầy tháng cho con.": hers, or a grandchild?),
over six kilos (mt/weight.py, mt/people.py), "weighed" without "at birth", "Lúc sinh con bạn nặng bao nhiêu?" (the
mother's weight as she gave birth?), "Con tôi mới sinh được hai tuần." (born, or gave birth?), "we" asking what with
no tense ("Chúng ta đặt tên con là gì?": named, or shall name?), "What did we name …?", "How long ago did we …?", a
baby born with its weight or name (mt/babies.py), names asked (mt/names.py), birthdays, parties, presents
(mt/birthdays.py, parties.py, gifts.py), "his" or "her" of a name alone, a marked name written back from English
("Hung": Hùng or Hưng?), and anything else.
mt.phrasebook.translate tries these after mt/pregnancy.py.

    >>> translate("Chị tôi đang ở cữ.", "vi", "en"), translate("We named our daughter Mai.", "en", "vi")
    ('My sister is doing her postpartum confinement.', 'Chúng tôi đặt tên cho con gái là Mai.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .free_time import when
from .hobbies import WHO, WHO_EN, animal, be_of, his_her_of, who, who_vi, whose_own
from .lazy_re import lazy
from .names import GIVEN_AFTER_KIN, GIVEN_EN
from .numbers import EN_NUMBER_WORDS, EN_TO_VI, VI_NUMBER_WORDS, VI_TO_EN, value_of
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, be_said, capitalised, contracted, keyed, stop,
                   strip_marks)
from .weight import KILOS, KILOS_SAID, KILOS_SAID_EN, kilos_en, kilos_vi

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đầy\s+tháng|thôi\s+nôi|cữ|nặng|sinh|đẻ|đặt\s+tên)"),
         "en": lazy(r"(?i:one-month|full-month|first-birthday|first\s+birthday|confinement|weigh|birth|\bago|\bname)")}
# the days a celebration is on: the near days (the day is, or was, one's), and the days a celebration is held on
_DAYS_IS = near_days("hôm qua", "hôm nay", "ngày mai")
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "tháng trước", "hôm nay", "tối nay",
                  "cuối tuần này", "ngày mai", "ngày kia", "tuần sau", "cuối tuần sau", "tháng sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# a child in Vietnamese (groups ck: "con", cb: "em bé"; cw: whose) and in English (cw: whose or "the"; cn: the child)
_NOUNS = {"con": "baby", "con trai": "son", "con gái": "daughter", "em bé": "baby", "bé": "baby"}
_NOUNS_VI = {"baby": "con", "son": "con trai", "daughter": "con gái"}
_CHILD = (r"(?:(?P<ck>(?i:con\s+trai|con\s+gái|con))|(?P<cb>(?i:em\s+bé|bé)))"
          rf"(?:\s+(?:nhà\s+|của\s+)?(?P<cw>(?i:{alternatives(OWNERS)})))?")
_CHILD_EN = rf"(?P<cw>(?i:{WHOSE_WORDS}|the))\s+(?P<cn>baby|son|daughter)"
# the celebrations (a party, "tiệc", or not), as English names them
_EVENT = r"(?:(?P<party>tiệc|lễ)\s+)?(?P<ev>(?i:đầy\s+tháng|thôi\s+nôi))"
_EVENT_EN = (r"(?P<ev>(?:one|full)-month\s+(?P<kind>celebration|party)|first(?:-|\s+)birthday\s+(?P<kind2>ceremony)|"
             r"first-birthday\s+(?P<kind3>party))")
_TENSE = r"(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ|sắp|định|đang|chưa)\s+)?"

# a day that is the celebration ("Hôm nay là đầy tháng con tôi.")
_IS_DAY = lazy(rf"(?P<day>(?i:{alternatives(_DAYS_IS)}))\s+là\s+(?:ngày\s+)?{_EVENT}\s+(?:của\s+)?{_CHILD}"
               rf"(?:\s+(?P<asked>à|phải\s+không))?{SOFTENED_END}")
# who holds one for a child ("Chúng tôi sẽ làm đầy tháng cho con trai vào chủ nhật.")
_HELD = lazy(rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+{_TENSE}(?:làm|tổ\s+chức)\s+{_EVENT}\s+cho\s+"
             rf"{_CHILD}(?:\s+(?P<day>(?i:{alternatives(_DAYS)})|vào\s+(?:thứ|chủ)[^,.!?]*?))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# a woman in her month of confinement ("Chị tôi đang ở cữ.", "Bạn đang ở cữ à?") or done with it
_CONFINED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<ing>đang)\s+)?ở\s+cữ"
                 rf"(?:\s+(?P<asked>à|không|phải\s+không))?{SOFTENED_END}")
_DONE = lazy(rf"{WHO}\s+(?:(?P<tense>đã|chưa)\s+)?(?:ở\s+cữ\s+xong|hết\s+cữ|ra\s+cữ)(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# a baby's weight, now or at birth ("Em bé nặng ba cân rưỡi.", "Lúc sinh bé nặng bao nhiêu?")
_AT_BIRTH = r"(?i:lúc|khi)\s+(?:mới\s+)?(?:sinh(?:\s+ra)?|chào\s+đời)"
_WEIGHT = lazy(rf"(?:(?P<at0>{_AT_BIRTH})\s*,?\s+)?{_CHILD}\s+(?:(?P<at1>{_AT_BIRTH})\s+)?nặng\s+(?:{KILOS_SAID}|"
               rf"(?P<how>bao\s+nhiêu|mấy)(?:\s+(?:{alternatives(KILOS)}))?)(?:\s+(?P<at2>{_AT_BIRTH}))?"
               rf"(?:\s+(?P<now>rồi))?{SOFTENED_END}")
# who gave birth so long ago ("Tôi mới sinh con được hai tuần.", "Bạn sinh con được bao lâu rồi?")
_AGO = lazy(rf"{WHO}\s+(?:(?P<just>vừa\s+mới|vừa|mới)\s+)?(?:sinh|đẻ)(?P<obj>\s+(?:con|em\s+bé))?\s+được\s+"
            rf"(?:(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>ngày|tuần|tháng)|"
            rf"(?P<how>bao\s+lâu|mấy\s+(?P<hunit>ngày|tuần|tháng)))(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# who named their child ("Chúng tôi đặt tên con là Mai.", "Bạn đặt tên cho con là gì?", "… chưa?")
_NAMED = lazy(rf"{WHO}\s+{_TENSE.replace('đang|', 'muốn|')}đặt\s+tên\s+(?:cho\s+)?{_CHILD}(?:\s+là\s+(?:(?P<name>"
              rf"{alternatives(GIVEN_AFTER_KIN)})|(?P<what>gì)))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")

# ... in English
_IS_DAY_EN = lazy(rf"(?P<day>Today|Tomorrow|Yesterday)(?P<be>\s+is|\s+was|['’]s)\s+{_CHILD_EN}['’]s\s+{_EVENT_EN}"
                  r"\s*(?P<end>[.!]*)")
_AUX_EN = (r"(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’]ve|['’]s|\s+(?:am|is|are)|['’]m|['’]re|\s+will|"
           r"\s+(?:haven|hasn)['’]t)?")
_HELD_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<adv>just|already|going\s+to))?\s+"
                rf"(?P<verb>held|had|having|hold|have)\s+{_CHILD_EN}['’]s\s+{_EVENT_EN}"
                r"(?:\s+(?!yet\b)(?P<day>[^,.!?]+?))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_CONFINEMENT_EN = r"(?:postpartum\s+confinement|confinement\s+month|month\s+of\s+(?:postpartum\s+)?confinement)"
_CONFINED_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)?"
                    rf"(?:\s+(?P<still>still))?\s+(?:doing|observing|in)\s+(?P<own>her|my|your)\s+{_CONFINEMENT_EN}"
                    r"(?:\s+after\s+giving\s+birth)?\s*(?P<end>[.!?]*)")
_WEIGHT_EN = lazy(rf"(?:How\s+much\s+(?P<do>does|did)\s+)?{_CHILD_EN}\s+(?:weigh|"
                  rf"(?P<verb>weighs|weighed)\s+{KILOS_SAID_EN})(?:\s+(?P<at>at\s+birth))?(?:\s+(?P<now>now))?"
                  r"\s*(?P<end>[.!?]*)")
_N_EN = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_AGO_EN = lazy(rf"(?:(?P<how>How\s+long\s+ago)\s+did\s+)?{WHO_EN}\s+(?:(?P<gave>gave|give)\s+birth|(?P<had>had|have)"
               rf"\s+a\s+baby)(?:\s+(?:(?P<just>just|only)\s+)?{_N_EN}\s+(?P<unit>days?|weeks?|months?)\s+ago)?"
               r"\s*(?P<end>[.!?]*)")
_NAMED_EN = lazy(rf"(?:(?P<what>What)\s+(?P<wh>did|are|is|am)\s+|(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}"
                 rf"(?:\s+(?P<just>just))?(?P<going>\s+going\s+to)?\s+(?P<verb>named|name)\s+{_CHILD_EN}"
                 rf"(?:\s+(?P<name>{alternatives(GIVEN_EN)})|\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# names that English writes without their marks ("Hung": Hùng, or Hưng? "Thu": Thu, or Thư?), not written back
_MARKED = {strip_marks(name) for name in GIVEN_AFTER_KIN if strip_marks(name) != name}
# a parent or grandparent, whose "con" with no whose may be their own or the speaker's (a grandchild?)
_ELDERS = {"mẹ", "bố", "ba", "ông", "bà", "ông nội", "ông ngoại", "bà nội", "bà ngoại"}
_UNITS = {"ngày": "day", "tuần": "week", "tháng": "month"}
_UNITS_VI = {en: vi for vi, en in _UNITS.items()}
_MEN = {"anh", "chú", "bác", "cậu", "ông", "anh ấy", "ông ấy", "anh ta", "ông ta", "chúng tôi", "chúng ta", "họ"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a baby's celebration, confinement, weight, birth or name; None for any other."""
    if src == "vi":
        return _is_day(text) or _held(text) or _confined(text) or _weight(text) or _ago(text) or _named(text)
    text = text.replace("’", "'")
    return (_is_day_vi(text) or _held_vi(text) or _confined_vi(text) or _weight_vi(text) or _ago_vi(text)
            or _named_vi(text))


def _child(m: re.Match, own: str | None = None) -> str | None:
    """The child of a match of _CHILD in English ("my baby", "the baby", `own` for "con" alone); None for neither."""
    whose = OWNERS[keyed(m["cw"])] if m["cw"] else "the" if m["cb"] else own
    return whose and f"{whose} {_NOUNS[keyed(m['ck'] or m['cb'])]}"


def _own(m: re.Match, who_: str) -> str | None:
    """Whose "con" alone is, done by who `who_` of a match of WHO: the doer's own; None for one of _ELDERS."""
    return None if keyed(m["kin"] or "") in _ELDERS else whose_own(m, who_)


def _kilos_fit(m: re.Match, words: list[str]) -> bool:
    """Whether kilos of a match of KILOS_SAID or KILOS_SAID_EN (numbers `words`) are one to six, a half counted."""
    if m["half_kilo"]:
        return False
    if m.groupdict().get("a"):  # ("a kilo", "a kilo and a half")
        return True
    n = keyed(m["n"])
    value = words.index(n) if n in words else value_of(n)
    return isinstance(value, (int, float)) and 1 <= value + 0.5 * bool(m["half"]) <= 6


def _asking(who_: str) -> str:
    """Who in Vietnamese, asking: "we" asking each other is "chúng ta" (the one asked among us), not "chúng tôi"."""
    return "chúng ta" if who_ == "chúng tôi" else who_


def _child_vi(m: re.Match, doer: str | None = None, one: bool = False) -> str | None:
    """The child of a match of _CHILD_EN (done by who_vi's `doer`, `one`, or none) in Vietnamese: "con trai tôi", "em
    bé", "con trai" of the doer's own; None for "the son", "his" or "her" of a name, and one of _ELDERS' own."""
    whose, noun = m["cw"].lower(), _NOUNS_VI[m["cn"]]
    if whose == "the":
        return "em bé" if noun == "con" else None
    own = doer and (WHOSE_OF[m["who"].lower()] if m["who"] else his_her(doer) if m["kin"] else None)
    if doer and own is None and whose in ("his", "her"):
        return None
    if doer and whose == own and m["kin"] and KIN_VI[m["kin"].lower()] in _ELDERS:
        return None  # ("My mother held her son's …": "cho con trai" reads as the speaker's son too)
    return noun if doer and whose == own else f"{noun} {WHOSE_VI[whose]}"


def _event(m: re.Match) -> str:
    """The celebration of a match of _EVENT in English: "one-month celebration", "first-birthday party"."""
    month, party = keyed(m["ev"]) == "đầy tháng", keyed(m["party"] or "") == "tiệc"
    kind = "party" if party else "celebration" if month else "ceremony"
    return f"{'one-month' if month else 'first-birthday'} {kind}"


def _event_vi(m: re.Match) -> str:
    """The celebration of a match of _EVENT_EN in Vietnamese: "đầy tháng", "tiệc thôi nôi"."""
    said = "đầy tháng" if "month" in m["ev"] else "thôi nôi"
    return f"tiệc {said}" if m["kind"] == "party" or m["kind3"] else said


def _is_day(text: str) -> str | None:
    """"Hôm nay là đầy tháng con tôi." as "Today is my baby's one-month celebration." (_IS_DAY); None for any other."""
    m = _IS_DAY.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or (child := _child(m)) is None:
        return None
    day = _DAYS_IS[keyed(m["day"])]
    was, what = "was" if day == "yesterday" else "is", f"{child}'s {_event(m)}"
    return f"{was.capitalize()} {day} {what}?" if m["asked"] else f"{day.capitalize()} {was} {what}{stop(m['end'])}"


def _held(text: str) -> str | None:
    """"Chúng tôi đã làm thôi nôi cho con." as "We held our baby's first-birthday ceremony." (_HELD); None else."""
    m = _HELD.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["asked"]) != ("?" in m["end"]) or animal(m) or (
            said := who(m, bool(m["asked"]))) is None or (child := _child(m, _own(m, said[0]))) is None:
        return None
    (who_, one), said_day, tense, done = said, m["day0"] or m["day"], keyed(m["tense"] or ""), bool(m["done"])
    way = NEAR_WAY.get(keyed(said_day)) if said_day else ""
    day = f" {_DAYS[keyed(said_day)]}" if way else ""
    if said_day and not way:  # ("vào chủ nhật": ahead only where "sẽ" or "định" says so)
        on = when(said_day, "vi")
        if not on or tense not in ("sẽ", "định"):
            return None
        day, way = f" {on}", "ahead"
    what, have = f"{child}'s {_event(m)}", "has" if one else "have"
    if m["asked"]:
        if tense not in ("", "đã") or said_day or done or who_ == "I":
            return None
        return f"{capitalised(have)} {who_} held {what} yet?"
    if tense == "chưa":
        return None if said_day or done else capitalised(f"{who_} {have}n't held {what} yet.")
    if tense in ("vừa", "mới", "vừa mới") or done:
        if said_day or tense not in ("", "đã", "vừa", "mới", "vừa mới"):
            return None
        return capitalised(contracted(who_, f"{have} {'already' if tense in ('', 'đã') else 'just'} held {what}."))
    if tense == "đã" or not tense and way == "behind":
        return capitalised(f"{who_} held {what}{day}.") if way in ("", "behind", "today") else None
    if way == "behind" or not tense and way != "ahead" or tense == "đang" and way == "ahead":
        return None  # (no tense and no day, or today: held, or holding?)
    if tense == "định" or tense == "sẽ" and not day:  # ("định" plans, with a day too: "having" would fix it)
        going = "planning" if tense == "định" else "going"
        return capitalised(contracted(who_, f"{be(who_)} {going} to hold {what}{day}."))
    return capitalised(contracted(who_, f"{be(who_)} having {what}{day or ' soon' * (tense == 'sắp')}."))


def _woman(m: re.Match, asked: bool) -> tuple[str, str, bool] | None:
    """Who of a match of WHO in English, her whose ("my", "her") and whether one: a woman; None for any other."""
    if m["who"] and keyed(m["who"]) in _MEN or his_her_of(m) == "his" or animal(m):
        return None
    said = who(m, asked)
    return said and (said[0], EN_WHOSE.get(said[0], "her"), said[1])


def _confined(text: str) -> str | None:
    """"Chị tôi đang ở cữ." as "My sister is doing her postpartum confinement." (_CONFINED, _DONE); None for others."""
    m = _DONE.fullmatch(text) or _CONFINED.fullmatch(text)
    asked = bool(m and m["asked"])
    said = m and asked == ("?" in m["end"]) and _woman(m, asked)
    if not said or said[0] == "I" and asked:  # (asked of oneself)
        return None
    who_, own, one = said
    if "ing" in m.re.groupindex:  # (_CONFINED: "đang" or "vẫn" says it is now; "có" asks with "không")
        if not (m["ing"] or m["still"]) or (keyed(m["asked"] or "") == "không") != bool(m["ask"]):
            return None
        is_, doing = be(who_), f"{' still' * bool(m['still'])} doing {own} postpartum confinement"
        return f"{capitalised(is_)} {who_}{doing}?" if asked else capitalised(
            contracted(who_, f"{is_}{doing}{stop(m['end'])}"))
    tense, have, what = keyed(m["tense"] or ""), "has" if one else "have", f"finished {own} postpartum confinement"
    if asked:
        return None if tense == "chưa" or m["done"] else f"{capitalised(have)} {who_} {what} yet?"
    if tense == "chưa":
        return None if m["done"] else capitalised(f"{who_} {have}n't {what} yet.")
    return capitalised(contracted(who_, f"{have} {what}.")) if m["done"] or tense else None


def _weight(text: str) -> str | None:
    """"Em bé nặng ba cân rưỡi." as "The baby weighs three and a half kilos." (_WEIGHT); None for anything else."""
    m = _WEIGHT.fullmatch(text)
    ats = [at for at in (m["at0"], m["at1"], m["at2"]) if at] if m else []
    if not m or len(ats) > 1 or ats and m["now"] or bool(m["how"]) != ("?" in m["end"]) or (child := _child(m)) is None:
        return None
    if m["how"]:
        if m["now"] or m["ck"] and (not ats or m["at0"]):
            return None
        how = "How many kilos" if keyed(m["how"]) == "mấy" else "How much"
        return f"{how} did {child} weigh at birth?" if ats else f"{how} does {child} weigh?"
    if not _kilos_fit(m, VI_NUMBER_WORDS) or (kilos := kilos_en(m)) is None:
        return None  # (half a kilo, seven kilos: not a newborn's)
    said = f"weighed {kilos} at birth" if ats else f"weighs {kilos}{' now' * bool(m['now'])}"
    return capitalised(f"{child} {said}{stop(m['end'])}")


def _ago(text: str) -> str | None:
    """"Tôi mới sinh con được hai tuần." as "I gave birth just two weeks ago." (_AGO); None for anything else."""
    m = _AGO.fullmatch(text)
    asked = bool(m and m["how"])
    if not m or asked != ("?" in m["end"]) or asked and m["just"] or not m["obj"] and not m["who"] or (
            said := _woman(m, asked)) is None and not (m["who"] and keyed(m["who"]) in ("chúng tôi", "họ")):
        return None
    who_, one = (said[0], said[2]) if said else who(m, asked)  # ("we", "they": had a baby)
    if asked:
        how = f"How many {_UNITS[keyed(m['hunit'])]}s" if m["hunit"] else "How long"
        return None if who_ == "I" else f"{how} ago did {who_} {'give birth' if said else 'have a baby'}?"
    n, unit = VI_TO_EN.get(keyed(m["n"]), m["n"]), _UNITS[keyed(m["unit"])]
    ago = f"a {unit}" if n in ("one", "1") else f"{n} {unit}s"
    return capitalised(f"{who_} {'gave birth' if said else 'had a baby'}{' just' * bool(m['just'])} {ago} ago"
                       f"{stop(m['end'])}")


def _named(text: str) -> str | None:
    """"Chúng tôi đặt tên con là Mai." as "We named our baby Mai." (_NAMED); None for anything else."""
    m = _NAMED.fullmatch(text)
    asked = bool(m and (m["what"] or m["asked"]))
    if not m or asked != ("?" in m["end"]) or m["what"] and m["asked"] or animal(m) or (said := who(m, asked)) is None:
        return None
    (who_, one), tense, child = said, keyed(m["tense"] or ""), _child(m, _own(m, said[0]))
    if child is None or asked and who_ == "I":
        return None
    have, is_ = "has" if one else "have", be(who_)
    if m["what"]:
        return f"What {is_} {who_} going to name {child}?" if tense in ("sẽ", "định") else \
            f"What did {who_} name {child}?" if tense == "đã" or not tense and who_ != "we" else None
    if m["asked"]:
        return f"{capitalised(have)} {who_} named {child} yet?" if tense in ("", "đã") and not m["name"] else None
    if tense == "chưa":
        return None if m["name"] else capitalised(f"{who_} {have}n't named {child} yet.")
    if not m["name"]:
        return None
    verb = {"": "named", "đã": "named", "muốn": "wants to name" if one else "want to name"}.get(tense) or (
        f"{have} just named" if tense in ("vừa", "mới", "vừa mới") else f"{is_} going to name")
    return capitalised(contracted(who_, f"{verb} {child} {strip_marks(m['name'])}."))


def _is_day_vi(text: str) -> str | None:
    """"Today is my baby's one-month celebration." as "Hôm nay là đầy tháng con tôi." (_IS_DAY_EN); None else."""
    m = _IS_DAY_EN.fullmatch(text)
    if not m or (be_said(m["be"]) == "was") != (m["day"] == "Yesterday") or (child := _child_vi(m)) is None:
        return None
    day = {"Today": "Hôm nay", "Tomorrow": "Ngày mai", "Yesterday": "Hôm qua"}[m["day"]]
    return f"{day} là {_event_vi(m)} {'của ' * (child == 'em bé')}{child}{stop(m['end'])}"


def _aux(m: re.Match) -> tuple[str, bool]:
    """The auxiliary of a match of _AUX_EN in full ("'s" as "has" before a past verb, else "is"), and if denied."""
    aux = " ".join((m["aux"] or "").lower().split())
    denied = "not" in aux or "n't" in aux
    aux = aux.replace(" not", "").replace("n't", "").replace("haven", "have").replace("hasn", "has")
    short = {"'ve": "have", "'m": "am", "'re": "are", "'s": "has" if m["verb"] in ("held", "had", "named") else "is"}
    return short.get(aux, aux), denied


def _held_vi(text: str) -> str | None:
    """"We held our baby's first-birthday ceremony." as "Chúng tôi đã làm thôi nôi cho con." (_HELD_EN); None else."""
    m = _HELD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] or m["who"] == "I"):
        return None
    (who_, one), (aux, denied), day_en = who_vi(m), _aux(m), keyed(m["day"] or "")
    have, near, child = (m["q"] or "").lower() or aux, _DAYS_VI.get(day_en), _child_vi(m, who_, one)
    on = when(" ".join(m["day"].split()), "en") if day_en.startswith("on ") else None  # ("on Sunday")
    if child is None or day_en and not (near or on) or have in ("have", "has") and have != ("has" if one else "have") \
            or aux in ("am", "is", "are") and aux != be_of(who_, one):
        return None
    what, adv, held = f"{_event_vi(m)} cho {child}", m["adv"] or "", m["verb"] in ("held", "had")
    if have in ("have", "has"):
        if not held or day_en or adv == "going to" or bool(m["q"] or denied) != bool(m["yet"]):
            return None
        if m["q"] or denied:
            return None if adv else capitalised(
                f"{_asking(who_)} đã làm {what} chưa?" if m["q"] else f"{who_} chưa làm {what}.")
        return capitalised(f"{who_} vừa làm {what}." if adv == "just" else f"{who_} đã làm {what} rồi.")
    if denied or m["yet"] or m["q"]:
        return None
    way = NEAR_WAY[near] if near else ""
    if not aux and not adv and held:
        return None if way == "ahead" else _on_day(near, on, f"{who_} đã làm {what}")
    future = (aux in ("am", "is", "are") and m["verb"] == "having" and not adv and day_en or
              aux in ("am", "is", "are") and adv == "going to" and m["verb"] in ("have", "hold") or
              aux == "will" and not adv and m["verb"] in ("have", "hold"))
    if not future or way == "behind":
        return None
    return _on_day(near, on, f"{who_} sẽ làm {what}")


def _on_day(near: str | None, on: str | None, said: str) -> str:
    """A Vietnamese sentence `said` on a day: a near day opening it ("Hôm qua chúng tôi …"), a weekday after it."""
    return f"{capitalised(near)} {said}." if near else capitalised(f"{said}{' ' + on if on else ''}.")


def _confined_vi(text: str) -> str | None:
    """"My wife is in her confinement month." as "Vợ tôi đang ở cữ." (_CONFINED_EN); None for anything else."""
    m = _CONFINED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    (who_, one), is_, said = who_vi(m), (m["q"] or m["be"]).strip(), (m["who"] or "").lower()
    own = WHOSE_OF.get(said) if said else "her" if m["given"] else his_her(who_)
    if be_said(is_) != be_of(who_, one) or m["own"].lower() != own or said in ("he", "we", "they") or (
            said == "i" and m["q"]):
        return None
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang ở cữ{' à?' if m['q'] else '.'}")


def _weight_vi(text: str) -> str | None:
    """"The baby weighs three and a half kilos." as "Em bé nặng ba cân rưỡi." (_WEIGHT_EN); None for anything else."""
    m = _WEIGHT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or bool(m["do"]) == bool(m["verb"]) or m["half_kilo"] or (
            m["at"] and m["now"]):
        return None
    past = m["do"] == "did" if m["do"] else m["verb"] == "weighed"
    if past != bool(m["at"]) or (child := _child_vi(m)) is None:
        return None
    at = " lúc mới sinh" if m["at"] else ""
    if m["do"]:
        return capitalised(f"{child} nặng bao nhiêu cân{at}{' rồi' * bool(m['now'])}?")
    kilos = kilos_vi(m) if _kilos_fit(m, EN_NUMBER_WORDS) else None
    return kilos and capitalised(f"{child} nặng {kilos}{at}{' rồi' * bool(m['now'])}{stop(m['end'])}")


def _ago_vi(text: str) -> str | None:
    """"I gave birth just two weeks ago." as "Tôi mới sinh con được hai tuần." (_AGO_EN); None for anything else."""
    m = _AGO_EN.fullmatch(text)
    said = (m["who"] or "").lower() if m else ""
    if not m or bool(m["how"]) != ("?" in m["end"]) or bool(m["how"]) == bool(m["n"]) or m["how"] and said in (
            "i", "we") or said == "he" or bool(m["how"]) != (m["gave"] == "give" or m["had"] == "have"):
        return None  # (not asked of oneself, nor of a man)
    who_ = who_vi(m)[0]
    if his_her(who_) == "his" or m["gave"] and said in ("we", "they") or m["had"] and said not in ("we", "they"):
        return None  # ("We gave birth": "had a baby"; "She had a baby" is mt/babies.py's)
    if m["how"]:
        return capitalised(f"{who_} sinh con được bao lâu rồi?")
    n, unit = m["n"].lower(), m["unit"].lower()
    if (n in ("a", "an", "one", "1")) != (not unit.endswith("s")) or n == "an":
        return None
    count = f"{EN_TO_VI.get(n, 'một' if n == 'a' else n)} {_UNITS_VI[unit.rstrip('s')]}"
    return capitalised(f"{who_} mới sinh con được {count}." if m["just"] else f"{who_} sinh con được {count} rồi.")


def _named_vi(text: str) -> str | None:
    """"We named our daughter Mai." as "Chúng tôi đặt tên cho con gái là Mai." (_NAMED_EN); None for any other."""
    m = _NAMED_EN.fullmatch(text)
    if not m or bool(m["what"] or m["q"]) != ("?" in m["end"]) or (m["what"] or m["q"]) and m["who"] == "I":
        return None
    (who_, one), (aux, denied), wh = who_vi(m), _aux(m), (m["wh"] or m["q"] or "").lower()
    have, named, child = wh or aux, m["verb"] == "named", _child_vi(m, who_, one)
    if child is None or wh and aux or have in ("have", "has") and have != ("has" if one else "have") or have in (
            "am", "is", "are") and have != be_of(who_, one):
        return None
    said, going = f"đặt tên cho {child}", have in ("am", "is", "are") and m["going"] and not named
    if m["what"]:
        if m["name"] or m["yet"] or m["just"] or not (going or wh == "did" and not m["going"] and not named) or (
                wh == "did" and who_ == "chúng tôi"):
            return None
        return capitalised(f"{_asking(who_)} {'định ' * bool(going)}{said} là gì?")
    if m["q"] or denied:
        if not (m["yet"] and named and have in ("have", "has")) or m["just"] or m["going"]:
            return None
        return capitalised(f"{_asking(who_)} đã {said} chưa?" if m["q"] else f"{who_} chưa {said}.")
    if not (name := m["name"]) or name in _MARKED:
        return None
    if not have and named and not (m["just"] or m["going"]):
        return capitalised(f"{who_} {said} là {name}.")
    if have in ("have", "has") and m["just"] and named and not m["going"]:
        return capitalised(f"{who_} vừa {said} là {name}.")
    return capitalised(f"{who_} định {said} là {name}.") if going and not m["just"] else None
