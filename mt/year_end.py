"""The year-end party at work or with friends ("tiệc tất niên", "liên hoan cuối năm", "đi tất niên"), both ways,
written whole by rule: a company or who having or holding it on a day, who goes to it or can't, and when and where it
is. v8 (every other rule on) reads "tất niên" as all ages or every year: "Tối nay công ty tôi có tiệc tất niên." →
"Tonight, the company I have a party of all ages.", "Tôi không đi tất niên được." → "I can't go all of you.", "Bạn có
đi tất niên không?" → "Do you go for all teens?", "Hôm qua chúng tôi đi tất niên." → "Yesterday, we went all ages.",
"Công ty tôi tổ chức tất niên vào thứ Sáu." → "My company held every year on Friday.", "Tiệc tất niên ở đâu?" →
"Where are all young people?"; and back, "year-end party" as "tiệc năm": "My company's year-end party is tonight." →
"Bữa tiệc năm của công ty tôi là tối nay.", "I can't go to the year-end party." → "Tôi không thể đến buổi tiệc năm.",
"Are you going to the year-end party?" → "Bạn sẽ đến buổi tiệc năm?", "Where is the year-end party?" → "Cuộc tiệc năm
ở đâu?".

Taken: a workplace ("công ty", "cơ quan", "văn phòng", whose or not), "chúng tôi", "chúng ta" or "họ" holding ("tổ
chức") its year-end party on a near day (mt.dates.near_days) or weekday ("vào thứ Sáu", "thứ Sáu này", "… tuần sau",
"… tuần trước"), this year or last, will, won't, didn't, asked; a workplace or who (mt.hobbies.WHO, WHO_EN) having
("có") one on a day, and "Tối nay có tiệc tất niên." (there is one); who goes ("đi", "đi dự", "dự", "tham dự", "đến")
to it, can, can't, couldn't, will, won't, went, is going, asked; where and when the party (whose, this year's) is, at
a place of _PLACES or on a day. Left: "ăn tất niên", "cơm tất niên", "cúng tất niên" (the family's New Year's Eve meal
and offering, not a party), a year-end bonus (mt/bonuses.py), Tet (mt/tet_holiday.py, mt/new_year.py,
mt/holidays.py), other parties (mt/parties.py), going out drinking (mt/drinking_out.py), "đi tất niên" with no tense
("Mẹ tôi đi tất niên.": went, or going?), "không đi" with no day, a day against the tense ("Hôm qua … sẽ …"), "khi
nào" at the end (when was it?), a person holding one, "I" asked in Vietnamese, "I" and "we" asked in English, whose
"mình" or "our" asked (ours, the listener's too?), "Did … go" with no day, a child's or a classmate's party "cuối năm"
or "end-of-year" (the school year's), a pet, "anh", "chị", "em" alone saying it, and anything else.
mt.phrasebook.translate tries these after mt/in_laws.py.

    >>> translate("Tối nay công ty tôi có tiệc tất niên.", "vi", "en"), translate("I can't go to the year-end party.",
    ...     "en", "vi")
    ("My company's year-end party is tonight.", 'Tôi không đi tất niên được.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .reunions import went
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_DAYS, EN_WHOSE, SOFTENED_END, VI_DAYS, alternatives, be, capitalised, contracted, \
    keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:tất\s+niên|cuối\s+năm)"), "en": lazy(r"(?i:year-end|end-of-year)")}
# the workplaces that hold one (the first Vietnamese of each is written back)
_ORGS = {"công ty": "company", "cơ quan": "workplace", "văn phòng": "office"}
_ORGS_VI = {en: vi for vi, en in reversed(_ORGS.items())}
_PLACES = {"khách sạn": "a hotel", "nhà hàng": "a restaurant", "công ty": "the office", "văn phòng": "the office"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())}
# the days it is on (as Vietnamese writes them): English and way ("" for "vào thứ Sáu": the tense tells); "hôm nay"
# and "tối nay" read ahead
_WRITTEN = {vi: (en, "behind" if NEAR_WAY[vi] == "behind" else "ahead") for vi, en in near_days(
    "hôm qua", "tối qua", "hôm kia", "tuần trước", "cuối tuần trước", "cuối tuần rồi", "tháng trước", "năm ngoái",
    "hôm nay", "tối nay", "chiều nay", "cuối tuần này", "tuần này", "năm nay", "ngày mai", "tối mai", "ngày kia",
    "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới", "tháng sau").items()}
for _vi, _en in zip(VI_DAYS, EN_DAYS):
    _WRITTEN |= {f"vào {_vi}": (f"on {_en}", ""), f"{_vi} này": (f"this {_en}", "ahead"),
                 f"{_vi} tuần sau": (f"next {_en}", "ahead"), f"{_vi} tuần trước": (f"last {_en}", "behind")}
_DAYS = {keyed(vi): said for vi, said in _WRITTEN.items()}
_DAYS_VI = {en.lower(): vi for vi, (en, _) in reversed(_WRITTEN.items())}
_YEARLY = ("this year", "last year")  # (not "the party is this year": "having a year-end party this year")
_WE = ("chúng tôi", "chúng ta", "họ")
_DIDNT, _S = "didn't ", "'s"  # (for f-strings)  # (who holds one, besides a workplace)

_DAY = rf"(?i:{alternatives(_DAYS)})"
_DAY0 = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?:vào\s+)?(?P<day2>{_DAY}))?"  # ("vào thứ Sáu này", "vào tuần sau")
_NOUN = r"(?i:(?:(?:bữa|buổi)\s+)?(?:tiệc|liên\s+hoan)\s+(?:tất\s+niên|cuối\s+năm))"  # the party said
_ANY = rf"(?:{_NOUN}|(?i:tất\s+niên))"  # ... or "tất niên" alone after a verb ("đi tất niên")
_ORG = rf"(?P<org>(?i:{alternatives(_ORGS)}))(?:\s+(?:của\s+)?(?P<owhose>(?i:{alternatives(OWNERS)})))?"
# who has or holds it ("Tối nay công ty tôi có tiệc tất niên.", "Công ty tôi tổ chức tất niên vào thứ Sáu.")
_HOLD = lazy(rf"{_DAY0}(?:(?:{_ORG}|{WHO})\s+)?(?:(?P<aux>(?i:sẽ\s+không|sẽ|đã|không|có))\s+)?"
             rf"(?P<verb>(?i:có|tổ\s+chức))\s+(?P<party>{_ANY}){_DAY2}{ASKED_END}")
# who goes ("Tôi không đi tất niên được.", "Bạn có đi tất niên không?", "Hôm qua chúng tôi đi tất niên.")
_GO = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>sẽ\s+không|không\s+thể|có\s+thể|sẽ|đã|có|không)\s+)?"
           rf"(?:đi\s+(?:dự\s+)?|dự\s+|tham\s+dự\s+|đến\s+(?:dự\s+)?)(?P<party>{_ANY}){_DAY2}(?:\s+(?P<can>được))?"
           rf"{ASKED_END}")
# where or when it is ("Tiệc tất niên năm nay tổ chức ở khách sạn.", "Tiệc tất niên ở đâu?")
_AT = lazy(rf"{_NOUN}(?:\s+(?:của\s+)?{_ORG}|\s+của\s+(?P<pwhose>(?i:{alternatives(OWNERS)})))?"
           r"(?:\s+(?P<year>năm\s+nay))?\s+(?:(?P<aux>sẽ)\s+)?(?:(?:được\s+)?tổ\s+chức\s+)?"
           rf"(?:(?P<where>(?:ở|tại)\s+đâu)|(?:ở|tại)\s+(?P<place>(?i:{alternatives(_PLACES)}))|"
           rf"(?P<which>(?:vào\s+)?(?:ngày|hôm)\s+nào)|(?P<day2>{_DAY})){SOFTENED_END}")
_WHEN = lazy(rf"(?i:khi\s+nào|bao\s+giờ)\s+(?:{_ORG}\s+)?(?P<verb>có|tổ\s+chức)\s+(?P<party>{_ANY}){SOFTENED_END}")

# ... and in English
_PARTY_EN = r"(?i:year-end|end-of-year)\s+party"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_ORG_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<the>[Tt]he))\s+(?P<org>(?i:{alternatives(_ORGS_VI)}))"
_OF_EN = (rf"(?:(?P<this>[Tt]his\s+year's)|{_ORG_EN}'s|(?P<pwhose>(?i:{WHOSE_WORDS}))|(?P<the0>[Tt]he))\s+"
          rf"{_PARTY_EN}")
_IS_EN = lazy(rf"(?:(?P<q>Is|Was)\s+|(?P<wh>Where|When|What\s+day)(?:\s+is|'s)\s+)?{_OF_EN}(?:\s+(?P<be>is|was)|"
              rf"(?P<s>'s))?(?:\s+at\s+(?P<place>(?i:{alternatives(_PLACES_VI)}))|{_DAY_EN})\s*(?P<end>[.!?]*)")
_AUX_EN = (r"(?P<aux>\s+(?:is|are|am|did|does|do|will|can|could)(?:\s+not|n't)?|\s+won't|\s+cannot|\s+can't|"
           r"'(?:s|re|m|ll))?")
_HOLD_EN = lazy(rf"(?:(?P<q>Is|Are|Did|Does|Do|Will)\s+)?(?:{_ORG_EN}|(?P<subj>{WHO_EN})){_AUX_EN}\s+"
                r"(?P<verb>holding|having|held|had|hold|have|has)\s+(?P<det>its|their|our|my|your|his|her|a)\s+"
                rf"{_PARTY_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_GO_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Did|Can|Will)\s+)?(?P<subj>{WHO_EN}){_AUX_EN}\s+(?P<verb>going|go|went)\s+to\s+"
              rf"the\s+{_PARTY_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has or holds the year-end party, who goes to it, or when
    and where it is; None for any other."""
    if src == "vi":
        return _hold(text) or _go(text) or _at(text) or _when(text)
    text = text.replace("’", "'")
    return _is_vi(text) or _hold_vi(text) or _go_vi(text)


def _day(m: re.Match, aux: str) -> tuple[str, str] | None:
    """The day of a Vietnamese match (group day0 or day2) in English and its way ("behind", "ahead"; a weekday with
    "vào" as the tense `aux` says: "đã", behind), ("", "") where none is said; None where two are."""
    if m.groupdict().get("day0") and m["day2"]:
        return None
    said = keyed(m.groupdict().get("day0") or m["day2"] or "")
    if not said:
        return "", ""
    en, way = _DAYS[said]
    return en, way or ("behind" if aux == "đã" else "ahead")


def _asked(m: re.Match, aux: str, asking: tuple[str, ...]) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?"), its aux `aux` one of `asking`; None where "?" and
    "không" disagree, where it asks with another aux, or says "có" without asking."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or asked and aux not in asking or not asked and aux in ("có", "có thể"):
        return None
    return asked


def _org(m: re.Match) -> str:
    """The workplace of a match of _ORG in English: "my company", "the office"."""
    return f"{OWNERS[keyed(m['owhose'])] if m['owhose'] else 'the'} {_ORGS[keyed(m['org'])]}"


# who goes to a party of the school year's end, said "cuối năm" or "end-of-year" (not "tất niên", the new year's)
_PUPILS = {"con", "con trai", "con gái", "bạn cùng lớp", "son", "daughter", "child", "classmate"}


def _ours(m: re.Match) -> bool:
    """Whether whose of a match (groups owhose, pwhose, whose, owner) is "mình" or "our": asked, "công ty mình" is
    ours, the listener's too, not "my company"; and "our" asked is "chúng ta" or "chúng tôi" (as "we" asked)."""
    groups = m.groupdict()
    return any(keyed(groups.get(g) or "") in ("mình", "our") for g in ("owhose", "pwhose", "whose", "owner"))


def _school_year(m: re.Match, party: str) -> bool:
    """Whether who of a match (group kin) is a child or a classmate and the `party` is said as the year's end ("liên
    hoan cuối năm", "end-of-year party"): the school year's, in May, not the year-end party."""
    return keyed(m.groupdict().get("kin") or "") in _PUPILS and any(w in keyed(party) for w in ("cuối năm", "end-of"))


def _hold(text: str) -> str | None:
    """"Tối nay công ty tôi có tiệc tất niên." as "My company's year-end party is tonight.", "Công ty tôi tổ chức tất
    niên vào thứ Sáu." as "My company is holding its year-end party on Friday.", "Tối nay tôi có tiệc tất niên." as "I
    have a year-end party tonight.", "Tối nay có tiệc tất niên." as "There's a year-end party tonight." (_HOLD); None
    for anything else, where no day, "sẽ" or asking says when, whose "mình" asked (ours?), and a child's "tiệc cuối
    năm" (the school year's)."""
    m = _HOLD.fullmatch(text)
    if not m:
        return None
    aux, verb, noun = keyed(m["aux"] or ""), keyed(m["verb"]), keyed(m["party"]) != "tất niên"
    if (day := _day(m, aux)) is None or (asked := _asked(m, aux, ("có", "") if verb == "có" else ("có",))) is None:
        return None
    if asked and _ours(m) or _school_year(m, m["party"]):
        return None
    (on, way), end = day, stop(m["end"])
    if verb == "có" and not noun or aux == "đã" and way == "ahead" or aux.startswith("sẽ") and way == "behind":
        return None  # ("có tất niên"; "Hôm qua … sẽ …")
    if not (m["org"] or m["who"] or m["kin"] or m["given"] or m["titled"]):
        if verb != "có" or not on or aux not in ("", "không"):
            return None
        there = ("Was there" if way == "behind" else "Is there") if asked else "There was" if way == "behind" else \
            "There's"
        return f"{there} {'no' if aux == 'không' else 'a'} year-end party {on}{'?' if asked else end}"
    if m["org"]:
        who_, one, its = _org(m), True, "its"
    else:
        said = None if animal(m) or verb != "có" and keyed(m["who"] or "") not in _WE else who(m, asked)
        if said is None or asked and said[0] == "I":
            return None
        (who_, one), its = said, EN_WHOSE.get(said[0], "a")
        if verb == "có":  # (a person has one: "I have a year-end party tonight.")
            if not on or aux in ("có", "đã"):
                return None
            if aux.startswith("sẽ"):
                return capitalised(contracted(who_, f"will have a year-end party {on}") if aux == "sẽ" else
                                   f"{who_} won't have a year-end party {on}") + end
            if way == "behind":
                return f"Did {who_} have a year-end party {on}?" if asked else capitalised(
                    f"{who_} {_DIDNT + 'have' if aux else 'had'} a year-end party {on}{end}")
            return present(who_, one, "have", f"a year-end party {on}", asked, aux == "không", end)
    return _held(who_, one, its, verb, aux, asked, on, way, end)


def _held(who_: str, one: bool, its: str, verb: str, aux: str, asked: bool, on: str, way: str, end: str) -> str | None:
    """A workplace, we or they (`who_`, `one` for "-s", whose `its`) having ("có", `verb`) or holding ("tổ chức")
    its year-end party on a day `on` (or none), in English, as `aux` and `asked` say; None where they do not say
    when."""
    yearly, have = on in _YEARLY, verb == "có"
    det = "a" if yearly else its
    whose = EN_WHOSE.get(who_) or f"{who_}'s"
    if not on:
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {'have' if have else 'hold'} a year-end party?"
        if aux.startswith("sẽ"):
            return capitalised(contracted(who_, f"will {'have' if have else 'hold'} a year-end party") if aux == "sẽ"
                               else f"{who_} won't {'have' if have else 'hold'} a year-end party") + end
        if aux == "không" and have:
            return capitalised(f"{who_} {'doesn' if one else 'don'}'t have a year-end party{end}")
        return capitalised(f"{who_} held {its} year-end party{end}") if aux == "đã" and not have else None
    if way == "behind":
        if asked:
            return f"Did {who_} {'have' if have else 'hold'} {det} year-end party {on}?"
        if aux == "không":
            return capitalised(f"{who_} didn't {'have' if have else 'hold'} a year-end party {on}{end}")
        if have and not yearly:
            return capitalised(f"{whose} year-end party was {on}{end}")
        return capitalised(f"{who_} {'had' if have else 'held'} {det} year-end party {on}{end}")
    ing = "having" if have else "holding"
    if aux.startswith("sẽ"):
        return capitalised(contracted(who_, f"will {'have' if have else 'hold'} {det} year-end party {on}")
                           if aux == "sẽ" else f"{who_} won't {'have' if have else 'hold'} a year-end party {on}") + end
    if asked:
        return f"Is {whose} year-end party {on}?" if have and not yearly else \
            f"{be(who_).capitalize()} {who_} {ing} {det} year-end party {on}?"
    if aux == "không":
        return capitalised(f"{who_} {be(who_)}n't {ing} a year-end party {on}{end}" if who_ not in EN_WHOSE else
                           contracted(who_, f"{be(who_)} not {ing} a year-end party {on}") + end)
    if have and not yearly:
        return capitalised(f"{whose} year-end party is {on}{end}")
    return capitalised(contracted(who_, f"{be(who_)} {ing} {det} year-end party {on}") + end)


def _go(text: str) -> str | None:
    """"Tôi không đi tất niên được." as "I can't go to the year-end party.", "Bạn có đi tất niên không?" as "Are you
    going to the year-end party?", "Hôm qua chúng tôi đi tất niên." as "We went to the year-end party yesterday."
    (_GO); None for anything else, where no tense is said ("Mẹ tôi đi tất niên."), whose "mình" asked (ours?), and a
    child's "liên hoan cuối năm" (the school year's)."""
    m = _GO.fullmatch(text)
    if not m:
        return None
    aux = keyed(m["aux"] or "")
    if (day := _day(m, aux)) is None or (asked := _asked(m, aux, ("có", "có thể"))) is None or animal(m) or (
            said := who(m, asked)) is None or asked and (said[0] == "I" or _ours(m)) or _school_year(m, m["party"]):
        return None
    (who_, _), (on, way), end = said, day, stop(m["end"])
    to, on = " to the year-end party", f" {on}" if on else ""
    return went(who_, aux, way, asked, bool(m["can"]), to, on, end)


def _at(text: str) -> str | None:
    """"Tiệc tất niên năm nay tổ chức ở khách sạn." as "This year's year-end party is at a hotel.", "Tiệc tất niên
    của công ty bạn ở đâu?" as "Where is your company's year-end party?", "Tiệc tất niên vào thứ Sáu." as "The
    year-end party is on Friday." (_AT); None for anything else, a day behind, and whose "mình" asked (ours?)."""
    m = _AT.fullmatch(text)
    asking = bool(m and (m["where"] or m["which"]))
    if not m or asking != ("?" in m["end"]) or m["year"] and (m["org"] or m["pwhose"]) or asking and _ours(m):
        return None
    whose = "This year's" if m["year"] else f"{_org(m)}'s" if m["org"] else OWNERS[keyed(m["pwhose"])] if \
        m["pwhose"] else "The"
    party, is_ = f"{whose} year-end party", "will be" if m["aux"] else "is"
    if asking:
        return None if m["aux"] else f"{'Where' if m['where'] else 'What day'} {is_} {party[0].lower()}{party[1:]}?"
    if m["place"]:
        return capitalised(f"{party} {is_} at {_PLACES[keyed(m['place'])]}{stop(m['end'])}")
    on, way = _DAYS[keyed(m["day2"])]
    if way == "behind" or on in _YEARLY:
        return None
    return capitalised(f"{party} {is_} {on}{stop(m['end'])}")


def _when(text: str) -> str | None:
    """"Khi nào công ty bạn có tiệc tất niên?" and "Bao giờ có tiệc tất niên?" as "When is your company's year-end
    party?" (_WHEN); None for anything else, and whose "mình" (ours?)."""
    m = _WHEN.fullmatch(text)
    if not m or "?" not in m["end"] or keyed(m["verb"]) == "có" and keyed(m["party"]) == "tất niên" or _ours(m):
        return None
    return f"When is {_org(m) + _S if m['org'] else 'the'} year-end party?"


def _org_vi(m: re.Match) -> str:
    """The workplace of a match of _ORG_EN in Vietnamese: "công ty tôi", "văn phòng" (the office)."""
    org = _ORGS_VI[keyed(m["org"])]
    return f"{org} {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else org


def _on_vi(m: re.Match, past: bool) -> tuple[str, str, str]:
    """The day of an English match (group day) in Vietnamese, before the sentence ("Tối nay ") or after it (" vào
    thứ Sáu"), and its way ("behind", "ahead"; "on Friday" as `past` says, "past" where Vietnamese must say "đã"
    for it: "vào thứ Sáu" alone reads ahead); ("", "", "") where none is said."""
    if not m["day"]:
        return "", "", ""
    vi = _DAYS_VI[keyed(m["day"])]
    way = _DAYS[keyed(vi)][1] or ("past" if past else "ahead")
    return ("", f" {vi}", way) if vi.startswith("vào ") else (f"{vi} ", "", way)


def _is_vi(text: str) -> str | None:
    """"My company's year-end party is tonight." as "Tối nay công ty tôi có tiệc tất niên.", "This year's year-end
    party is at a hotel." as "Tiệc tất niên năm nay tổ chức ở khách sạn.", "Where is the year-end party?" as "Tiệc
    tất niên ở đâu?", "When is your company's year-end party?" as "Khi nào công ty bạn có tiệc tất niên?" (_IS_EN);
    None for anything else, where the verb's tense is not the day's, and "our" asked ("chúng ta" or "chúng tôi"?)."""
    m = _IS_EN.fullmatch(text)
    asked = bool(m and (m["q"] or m["wh"]))
    if not m or asked != ("?" in m["end"]) or asked and (m["be"] or m["s"] or _ours(m)):
        return None
    subj = _org_vi(m) if m["org"] else WHOSE_VI[m["pwhose"].lower()] if m["pwhose"] else ""
    noun = f"Tiệc tất niên{' năm nay' if m['this'] else f' của {subj}' if subj else ''}"
    if m["wh"]:
        wh = m["wh"].lower()
        if m["place"] or m["day"] or wh == "when" and m["this"]:
            return None
        return f"{noun} ở đâu?" if wh == "where" else f"{noun} vào ngày nào?" if wh != "when" else \
            f"Khi nào {subj + ' ' if subj else ''}có tiệc tất niên?"
    be_ = (m["q"] or m["be"] or "is").lower()
    if m["place"]:
        return None if asked or be_ != "is" else f"{noun} tổ chức ở {_PLACES_VI[keyed(m['place'])]}{stop(m['end'])}"
    before, after, way = _on_vi(m, be_ == "was")
    if way not in ("ahead", "behind") or _DAYS[keyed(_DAYS_VI[keyed(m["day"])])][0] in _YEARLY or \
            be_ != ("was" if way == "behind" else "is"):
        return None
    if after:
        if asked:
            return None
        return f"{capitalised(subj)} có tiệc tất niên{after}{stop(m['end'])}" if subj else \
            f"{noun}{after}{stop(m['end'])}"
    if m["this"]:
        return None
    return capitalised(f"{before}{subj + ' ' if subj else ''}có tiệc tất niên{' không?' if asked else stop(m['end'])}")


# contractions written out, in this order ("can't" before "n't")
_EXPANDED = (("can't", "can not"), ("cannot", "can not"), ("won't", "will not"), ("n't", " not"), ("'s", "is"),
             ("'re", "are"), ("'m", "am"), ("'ll", "will"))


def _form(m: re.Match, be_: str, one: bool) -> tuple[str, str] | None:
    """The verb of an English match (groups q, aux, verb) as (lead, kind): lead "?be", "be not", "did not", "will",
    "" …, "?" asking, "be" and "do" agreed with who (`be_`, `one`); kind "ing", "base" or "past" ("has" read as
    "have"); None where they do not agree ("She are", "Does we", "I has") or two are said."""
    q, aux = (m["q"] or "").lower(), keyed(m["aux"] or "")
    for short, said in _EXPANDED:
        aux = aux.replace(short, said)
    aux, verb = " ".join(aux.split()), m["verb"].lower()
    if q and aux:
        return None
    lead, neg = (q or aux).removesuffix(" not"), aux.endswith(" not")
    if lead in ("is", "are", "am"):
        lead = "be" if lead == be_ else "?"
    elif lead in ("do", "does"):
        lead = "do" if lead == ("does" if one else "do") else "?"
    if lead == "?" or not lead and verb in ("has", "have") and (verb == "has") != one:
        return None
    kind = "ing" if verb.endswith("ing") else "past" if verb in ("had", "held", "went") else "base"
    return f"{'?' if q else ''}{lead}{' not' if neg else ''}", kind


def _subject_vi(m: re.Match) -> tuple[str, str, bool] | None:
    """Who of a match of WHO_EN (group subj) in Vietnamese, in English as `be` reads it ("I", "we", "my mother"),
    and whether one; None for a pet."""
    if animal(m):
        return None
    vi, one = who_vi(m)
    low = m["subj"].lower()
    return vi, "I" if low == "i" else low if low in EN_WHOSE else m["subj"], one


# what Vietnamese says for each (day's way, verb form) of holding or having ("have" only: having it, not holding)
_HELD_VI = {("ahead", "be", "ing"): "", ("ahead", "be not", "ing"): "không ", ("ahead", "?be", "ing"): "có ",
            ("ahead", "will", "base"): "sẽ ", ("ahead", "will not", "base"): "sẽ không ", ("behind", "", "past"): "",
            ("behind", "did not", "base"): "không ", ("behind", "?did", "base"): "có ", ("", "?do", "base"): "có ",
            ("", "will", "base"): "sẽ ", ("", "will not", "base"): "sẽ không ", ("", "", "past"): "đã "}
_HAVE_VI = {("ahead", "", "base"): "", ("ahead", "do not", "base"): "không ", ("ahead", "?do", "base"): "có ",
            ("", "do not", "base"): "không "}


def _hold_vi(text: str) -> str | None:
    """"My company is holding its year-end party on Friday." as "Công ty tôi tổ chức tiệc tất niên vào thứ Sáu.",
    "Our company isn't holding a year-end party this year." as "Năm nay công ty chúng tôi không tổ chức tiệc tất
    niên.", "Does your company have a year-end party?" as "Công ty bạn có tiệc tất niên không?", "I have a year-end
    party tonight." as "Tối nay tôi có tiệc tất niên." (_HOLD_EN); None for anything else, a person holding one,
    whose not who's ("My company is holding her year-end party."), "our" asked, and a child's "end-of-year party"."""
    m = _HOLD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and _ours(m) or _school_year(m, text):
        return None
    if m["org"]:
        said, own = (_org_vi(m), "it", True), "its"
    else:
        said = _subject_vi(m)
        own = said and EN_WHOSE.get(said[1])
    verb, det = m["verb"].lower(), m["det"].lower()
    hold = verb in ("holding", "held", "hold")
    if said is None or det not in ("a", own) or hold and not m["org"] and said[1] not in ("we", "they"):
        return None
    subj, en, one = said
    if m["q"] and en in ("I", "we") or (form := _form(m, "is" if m["org"] else be(en), one)) is None:
        return None
    before, after, way = _on_vi(m, form[1] == "past" or "did" in form[0])
    doing = _doing(_HELD_VI if hold else _HELD_VI | _HAVE_VI, way, form)
    if doing is None or not hold and doing == "đã ":
        return None  # ("My company had a year-end party.": had one, or had it?)
    what = "tổ chức tiệc tất niên" if hold else "có tiệc tất niên"
    doing = "" if not hold and doing == "có " else doing  # ("có có": the asking "có" is the having one)
    asked = " không?" if form[0].startswith("?") else stop(m["end"])
    return capitalised(f"{before}{subj} {doing}{what}{after}{asked}")


def _doing(table: dict, way: str, form: tuple[str, str]) -> str | None:
    """What Vietnamese says before the verb (`table`'s) for the day's `way` and the verb's `form`; "đã " for a
    plain past on a weekday ("on Friday", way "past"), else None there."""
    if way != "past":
        return table.get((way, *form))
    return "đã " if table.get(("behind", *form)) == "" else None


# what Vietnamese says for each (day's way, verb form) of going (as mt/reunions.py); not "did" asked with no day:
# "Bạn có đi tất niên không?" reads ahead (are you going?)
_GO_VI = {("ahead", "be", "ing"): "", ("", "be", "ing"): "sẽ ", ("ahead", "be not", "ing"): "không ",
          ("", "be not", "ing"): "sẽ không ", ("ahead", "?be", "ing"): "có ", ("", "?be", "ing"): "có ",
          ("behind", "", "past"): "", ("", "", "past"): "đã ", ("behind", "did not", "base"): "không ",
          ("", "did not", "base"): "đã không ", ("behind", "?did", "base"): "có ",
          ("ahead", "can not", "base"): "không ", ("", "can not", "base"): "không ",
          ("behind", "could not", "base"): "không ", ("ahead", "?can", "base"): "có ", ("", "?can", "base"): "có ",
          ("ahead", "can", "base"): "", ("", "can", "base"): "", ("ahead", "will", "base"): "sẽ ",
          ("", "will", "base"): "sẽ ", ("ahead", "will not", "base"): "sẽ không ",
          ("", "will not", "base"): "sẽ không "}


def _go_vi(text: str) -> str | None:
    """"I can't go to the year-end party." as "Tôi không đi tất niên được.", "Are you going to the year-end party?"
    as "Bạn có đi tất niên không?", "We went to the year-end party yesterday." as "Hôm qua chúng tôi đi tất niên."
    (_GO_EN); None for anything else, "I", "we" or "our" asked ("Are we going …?": "chúng ta" or "chúng tôi"?),
    "did" asked with no day, and a child's "end-of-year party" (the school year's)."""
    m = _GO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and _ours(m) or _school_year(m, text) or (
            said := _subject_vi(m)) is None:
        return None
    subj, en, one = said
    if m["q"] and en in ("I", "we") or (form := _form(m, be(en), one)) is None:
        return None
    before, after, way = _on_vi(m, form[1] == "past" or "did" in form[0] or "could" in form[0])
    doing = _doing(_GO_VI, way, form)
    if doing is None:
        return None
    can = " được" if "can" in form[0] or "could" in form[0] else ""
    asked = " không?" if form[0].startswith("?") else stop(m["end"])
    return capitalised(f"{before}{subj} {doing}đi tất niên{after}{can}{asked}")
