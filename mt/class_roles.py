"""Roles and seats in a school class, both ways, written whole by rule: who is the class monitor ("lớp trưởng") or the
deputy ("lớp phó"), who was elected monitor, who sits at one desk with whom ("ngồi cùng bàn với …") and who one's desk
mate ("bạn cùng bàn") is or what they are like. v8 (rules on) reads "lớp trưởng" as a classroom, "cùng bàn" as a table,
"Nam" as South, "class monitor" as a screen ("Tôi ngồi cùng bàn với Nam." → "I sat in the table with South.", "Lan is
our class monitor." → "Lan là màn hình lớp của chúng tôi."; more in the tests).

Taken: who (mt.hobbies.WHO, WHO_EN) is the monitor or the deputy, of whose class ("lớp tôi": "my class"; "lớp con tôi"):
said, on a year (mt.dates.near_days), used to be ("từng"), not ("không phải là"), asked ("có phải là … không?", "có từng
…"); who is the monitor ("Ai là …?", "Lớp trưởng … là ai?", "… là Lan."); who was elected ("được bầu") or chosen
monitor: just, again, by now ("rồi"), on a day behind, denied, asked; who sits at one desk with whom (mt.hobbies.WHOM;
"ai?"): said, asked, denied, any more, still, used to, on a year; whose desk mate is who or what they are like
(mt.traits.TRAITS); who is whose desk mate, or desk mates ("Chúng tôi là bạn cùng bàn."). Left: who of their own class
("Tôi là lớp trưởng lớp tôi"), "lớp cô Hoa" (a teacher's, not an aunt's), "phải là" (must be), "(đang) làm lớp trưởng"
("có làm … không?": will you?), "à?", "phải không?", "was", "sat" with no year, a desk mate whose is not said, grown-ups
at one "bàn" ("Tôi ngồi cùng bàn với sếp.": a table at a meal), a parent there with their child ("… với con tôi."),
"nhau", many who as one monitor ("Chúng tôi là lớp trưởng."), "vậy", "thế" ending a statement, "we", "us", "our" asked
in English with no "you" (chúng ta or chúng tôi?), "the monitor" alone (a screen?), a pet as who, "anh", "chị", "em"
alone saying it ("em" asking with "ạ": the speaker), seats (mt/seats.py), class duty (mt/on_duty.py).
mt.phrasebook.translate tries these after mt/sleeper_buses.py.

    >>> translate("Lan là lớp trưởng lớp tôi.", "vi", "en"), translate("I was elected class monitor.", "en", "vi")
    ('Lan is my class monitor.', 'Tôi được bầu làm lớp trưởng.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, em_speaking,
                      first_agrees, person_of, pet, someone, who_vi)
from .lazy_re import lazy
from .names import GIVEN
from .people import KIN_WORDS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_OBJECT, EN_WHO_VI, EN_WHOSE, PAST_BE, SOFTENED_END, STRESSED_SAID, WHOSE_OF,
                   alternatives, be, capitalised, contracted, keyed, present)
from .traits import TRAITS, TRAITS_VI

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lớp\s+trưởng|lớp\s+phó|cùng\s+bàn|chung\s+bàn)"),
         "en": lazy(r"(?i:monitor|desk\s*mate|desk-mate|next\s+to)")}
_ROLES = {"lớp trưởng": "class monitor", "lớp phó": "deputy class monitor"}
_ROLES_VI = {"class monitor": "lớp trưởng", "deputy class monitor": "lớp phó", "deputy monitor": "lớp phó"}
# near days said with a role (a year) or with an election (a day behind too); the first Vietnamese is written back
_YEARS = near_days("năm nay", "năm ngoái", "năm trước")
_DAYS = near_days("hôm nay", "hôm qua", "tuần trước", "năm nay", "năm ngoái", "năm trước")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_HOW = {"rất": "very", "khá": "quite", "hơi": "a bit"}  # (how much a desk mate is what they are)
_NT = "n't"
# sitting next to someone (asked or denied by, adverb, verb) in Vietnamese, and when ("" now, "past", "no day" said)
_SAT = {("", "", "sit"): ("", ""), ("", "", "sat"): ("", "past"), ("", "still", "sit"): ("vẫn ", "no day"),
        ("", "used to", "sit"): ("từng ", "no day"), ("do", "", "sit"): ("có ", ""),
        ("did", "", "sit"): ("có ", "past"), ("did", "use to", "sit"): ("có từng ", "no day"),
        ("do not", "", "sit"): ("không ", ""), ("did not", "", "sit"): ("không ", "past")}
_GROWN = {"mother", "father", "mum", "mom", "dad", "wife", "husband", "grandfather", "grandmother", "boss", "uncle",
          "aunt", "colleague", "co-worker", "coworker", "neighbour", "neighbor", "roommate", "mr.", "ms.", "parents"}
_GROWN_VI = {"cô", "chú", "bác", "ông ấy", "bà ấy", "ông ta", "bà ta"}
_HOW_VI = {"very": "rất", "really": "rất", "quite": "khá", "a bit": "hơi"}
_CHILD = {"child", "son", "daughter", "kid", "baby"}  # (a parent at one "bàn" with their child: a table at a meal)
_AS_WHO = {whom: who_.lower() for who_, whom in EN_OBJECT.items()}  # ("me": "i", to read whom as who)

_ROLE = r"(?P<role>(?i:lớp\s+trưởng|lớp\s+phó))"
# whose the class is: a pronoun, or kin with whose ("lớp con tôi"); not a title and a name ("lớp cô Hoa": a teacher)
_OWNER = (rf"(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>(?i:{KIN_WORDS})\s+(?:của\s+)?"
          rf"(?i:{alternatives(OWNERS)})))")
_CLASS = rf"(?:\s+(?:của\s+)?lớp\s+(?:của\s+)?{_OWNER})?"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_OPENING, _CLOSING = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?", rf"(?:\s+(?P<day>{_DAY}))?"
# who is (asked, denied, used to be) the monitor ("Tôi là lớp trưởng.", "Bạn có phải là lớp trưởng không?") or a
# desk mate
_WHO_BE = rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<used>(?:đã\s+)?từng)\s+)?(?:(?P<must>phải)\s+)?là"
_BE = lazy(rf"{_OPENING}{_WHO_BE}\s+{_ROLE}{_CLASS}{_CLOSING}{ASKED_END}")
# ... asked or said ("Ai là lớp trưởng lớp bạn?", "Lớp trưởng lớp bạn là ai?", "Lớp trưởng lớp tôi là Lan.")
_WHO_IS = lazy(rf"{_OPENING}[Aa]i\s+là\s+{_ROLE}{_CLASS}{_CLOSING}{SOFTENED_END}")
_ROLE_IS = lazy(rf"{_OPENING}{_ROLE}{_CLASS}{_CLOSING}\s+là\s+(?:(?P<ai>ai)|(?P<person>{SOMEONE})){SOFTENED_END}")
# elected or chosen ("Tôi được bầu làm lớp trưởng.", "Con gái tôi vừa được bầu làm lớp trưởng.")
_ELECTED = lazy(rf"{_OPENING}{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã|lại)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
                rf"được\s+(?P<how>bầu\s+chọn|bầu|chọn)\s+(?:làm\s+)?{_ROLE}(?:\s+(?P<done>rồi))?{_CLOSING}{ASKED_END}")
# at one desk with whom ("Tôi ngồi cùng bàn với Nam.", "Ai ngồi cùng bàn với bạn?")
_SIT = lazy(rf"{_OPENING}(?:{WHO}|(?P<ai>[Aa]i))\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không(?P<nolonger>\s+còn)?)\s+)?"
            r"(?:(?P<used>(?:đã\s+)?từng)\s+|(?P<still>vẫn)\s+)?ngồi\s+(?:cùng|chung)\s+bàn\s+với\s+"
            rf"(?:(?P<whom_q>ai)|{WHOM})(?:\s+(?P<more>nữa))?{_CLOSING}{ASKED_END}")
# desk mates ("Bạn cùng bàn của tôi là Nam.", "Nam là bạn cùng bàn của tôi.", "Bạn cùng bàn của tôi rất vui tính.")
_MATE = r"(?i:bạn\s+(?:cùng|chung)\s+bàn)(?:\s+(?P<old>cũ))?"
_MATE_OWNER = rf"\s+(?P<of>của\s+)?(?:{_OWNER}|(?P<named>{alternatives(GIVEN)}))"
_MATE_IS = lazy(rf"{_MATE}{_MATE_OWNER}\s+(?:là\s+(?:(?P<ai>ai)|(?P<person>{SOMEONE}))|(?:(?P<ask>có)\s+)?(?:(?P<not>"
                rf"không)\s+)?(?:(?P<how>{alternatives(_HOW)})\s+)?(?P<trait>(?i:{alternatives(TRAITS)}))"
                rf"(?:\s+(?P<much>lắm))?){ASKED_END}")
_IS_MATE = lazy(rf"{_WHO_BE}\s+{_MATE}(?:{_MATE_OWNER})?{ASKED_END}")

# ... and in English
_ROLE_EN = r"(?P<role>(?i:class\s+monitor|deputy\s+(?:class\s+)?monitor))"
_OWNER_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_CLASS_EN = rf"(?:the\s+|{_OWNER_EN}\s+)?{_ROLE_EN}"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)"
_BE_EN = r"(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|['’]s|['’]m|['’]re)?(?P<not>\s+not|n['’]t)?"
_IS_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Was|Were)\s+)?{WHO_EN}{_BE_EN}(?:\s+(?P<used>used\s+to\s+be|ever))?\s+"
              rf"{_CLASS_EN}{_DAY_EN}")
_WHO_IS_EN = lazy(rf"Who(?P<be>\s+is|['’]s|\s+was)\s+{_CLASS_EN}{_DAY_EN}")
_ROLE_IS_EN = lazy(rf"(?:[Tt]he\s+|{_OWNER_EN}\s+){_ROLE_EN}(?P<be>\s+is|\s+was)\s+(?P<person>{SOMEONE_EN}){_DAY_EN}")
_ELECTED_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{WHO_EN}(?P<aux>\s+was|\s+were|\s+has|\s+have|['’]s|['’]ve)?(?P<not>"
                   r"\s+not|n['’]t)?(?:\s+(?P<just>just))?(?P<been>\s+been)?\s+(?P<verb>elected|re-elected|chosen\s+as|"
                   rf"picked\s+as)\s+(?:the\s+)?{_ROLE_EN}(?:\s+(?P<again>again))?{_DAY_EN}")
_SIT_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn)['’]t)?"
               rf"(?:\s+(?P<adv>still|used\s+to|use\s+to))?\s+(?P<verb>sit|sits|sat)\s+next\s+to\s+{WHOM_EN}\s+"
               rf"in\s+class(?P<more>\s+any\s*more)?{_DAY_EN}")
_WHO_SITS_EN = lazy(rf"Who\s+(?:(?P<do>do|does|did)\s+{WHO_EN}\s+sit\s+next\s+to|(?P<verb>sits|sat)\s+next\s+to\s+"
                    rf"{WHOM_EN})\s+in\s+class{_DAY_EN}")
_MATE_EN = r"(?i:desk\s*mate|desk-mate)"
_OLD_EN = r"(?:(?P<old>old|former)\s+)?"
_MATE_IS_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_OWNER_EN}\s+{_OLD_EN}{_MATE_EN}(?:(?P<be>\s+is|['’]s)(?P<not>\s+not|n['’]t)?)?"
                   rf"\s+(?:(?P<person>{SOMEONE_EN})|(?:(?P<how>{alternatives(_HOW_VI)})\s+)?(?P<trait>(?i:"
                   rf"{alternatives(TRAITS_VI)}))){_DAY_EN}")
# a question with "we", "us" or "our" and no "you"
_WE_ASKED = lazy(r"(?i)\A(?!.*\byou\b).*\b(?:we|us|our)\b.*\?")
_IS_MATE_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?:{WHO_EN}|(?P<ai>Who)){_BE_EN}(?:\s+(?P<used>used\s+to\s+be))?\s+"
                   rf"(?:{_OWNER_EN}\s+{_OLD_EN}{_MATE_EN}|(?P<mates>{_MATE_EN}s)){_DAY_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a shape the module docstring takes; None for any other."""
    if src == "vi":  # ("vậy", "thế" ending a statement say more: "Tôi là lớp trưởng vậy.": so I'm …)
        return None if STRESSED_SAID.search(text) else _be(text) or _who_is(text) or _elected(text) or _sit(text) or \
            _mate(text)
    text = text.replace("’", "'")
    if _WE_ASKED.search(text):  # ("Are we desk mates?": chúng ta, the one asked too, or chúng tôi?)
        return None
    return _is_vi(text) or _who_is_vi(text) or _elected_vi(text) or _sit_vi(text) or _mate_vi(text)


def _day(m: re.Match, days: dict[str, str]) -> tuple[str, bool] | None:
    """A Vietnamese match's near day of `days` in English (" last year", or ""), and whether behind; None for others."""
    said = keyed(m["day0"] or m["day"] or "")
    if m["day0"] and m["day"] or said and said not in days:
        return None
    return (f" {days[said]}", NEAR_WAY[said] == "behind") if said else ("", False)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"); None for "có" or "không?" alone, or a "?" on a statement."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["not"] else asked


def _person(m: re.Match, asked: bool, many: bool = True) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (person_of); None for "em" with "ạ", or many (not `many`)."""
    said = None if em_speaking(m) else person_of(m, asked)
    return None if not said or not many and be(said[0]) == "are" and said[0] != "you" else said


def _class_en(m: re.Match, role: str) -> str | None:
    """The role of a match of _CLASS in English: "the class monitor", "my son's class monitor"; None for a pet's."""
    if m["someone"]:
        return None if pet(m["someone"], "vi") else f"{someone(m['someone'], 'vi')}'s {role}"
    return f"{OWNERS[keyed(m['owner'])]} {role}" if m["owner"] else f"the {role}"


def _own_class(who_: str, m: re.Match) -> bool:
    """Whether who (in English) is said of their own class or desk mate ("Tôi là lớp trưởng lớp tôi": left)."""
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else None
    return bool(whose) and (EN_WHOSE.get(who_) == whose or who_ in ("I", "we") and whose in ("my", "our"))


def _be(text: str) -> str | None:
    """"Tôi là lớp trưởng." as "I'm the class monitor." (_BE); None for anything else."""
    m = _BE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _day(m, _YEARS)) is None:
        return None
    (day, past), phai, used = said, bool(m["must"]), m["used"]
    wrong = phai or m["not"] if used else phai != bool(m["ask"] or m["not"])  # ("phải là" alone: must be)
    if wrong or used and day or (person := _person(m, asked, False)) is None:
        return None
    who_, role = person[0], _class_en(m, _ROLES[keyed(m["role"])])
    if role is None or _own_class(who_, m):
        return None
    is_, was = be(who_), PAST_BE[be(who_)]
    if used:
        return f"{was.capitalize()} {who_} ever {role}?" if asked else capitalised(f"{who_} used to be {role}.")
    if asked:
        return f"{(was if past else is_).capitalize()} {who_} {role}{day}?"
    if past:
        return capitalised(f"{who_} {was}{_NT * bool(m['not'])} {role}{day}.")
    return capitalised(contracted(who_, f"{is_}{' not' * bool(m['not'])} {role}{day}."))


def _who_is(text: str) -> str | None:
    """"Lớp trưởng lớp bạn là ai?" as "Who is your class monitor?" (_WHO_IS, _ROLE_IS); None for anything else."""
    asked = (m := _WHO_IS.fullmatch(text)) is not None
    m = m or _ROLE_IS.fullmatch(text)
    if not m or (said := _day(m, _YEARS)) is None or (asked := asked or bool(m["ai"])) != ("?" in m["end"]):
        return None
    role, day, is_ = _class_en(m, _ROLES[keyed(m["role"])]), said[0], "was" if said[1] else "is"
    if role is None or asked:
        return role and f"Who {is_} {role}{day}?"
    person = None if pet(m["person"], "vi") else someone(m["person"], "vi")
    return person and capitalised(f"{role} {is_} {person}{day}.")


def _elected(text: str) -> str | None:
    """"Tôi được bầu làm lớp trưởng." as "I was elected class monitor." (_ELECTED); None for anything else."""
    m = _ELECTED.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _day(m, _DAYS)) is None:
        return None
    day, tense, done = said[0], keyed(m["tense"] or ""), m["done"]
    just, denied = tense in ("vừa", "mới", "vừa mới"), asked or m["not"]
    if (denied or done) and tense not in ("", "đã") or denied and done or (just or done) and day or (
            person := _person(m, asked, False)) is None:
        return None
    (who_, one), role = person, _ROLES[keyed(m["role"])]
    verb, was = "chosen as" if keyed(m["how"]) == "chọn" else "elected", PAST_BE[be(who_)]
    if asked:
        return f"{was.capitalize()} {who_} {verb} {role}{day}?"
    if m["not"]:
        return capitalised(f"{who_} {was}{_NT} {verb} {role}{day}.")
    if just or done:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {'just ' * just}been {verb} {role}."))
    return capitalised(f"{who_} {was} {verb} {role}{' again' * (tense == 'lại')}{day}.")


def _grown(*said: str | None) -> bool:
    """Whether who or whom (English, or "bác", "ông ấy" …) is a grown-up: "cùng bàn" with them is likely a table."""
    return any(set(keyed(s).split()) & _GROWN or keyed(s) in _GROWN_VI for s in said if s)


def _parent(who_: str, whom: str) -> bool:
    """Whether one of who and whom (English) is the other's child ("I … my son", "Lan … her son"): a table."""
    pair = keyed(who_), _AS_WHO.get(keyed(whom), keyed(whom))
    return any(kin and kin[-1] in _CHILD and whose in ((WHOSE_OF[one],) if one in WHOSE_OF else ("his", "her", "their"))
               for one, (whose, *kin) in ((pair[0], pair[1].split()), (pair[1], pair[0].split())))


def _sit(text: str) -> str | None:
    """"Tôi ngồi cùng bàn với Nam." as "I sit next to Nam in class." (_SIT); None for anything else, grown-ups too."""
    m = _SIT.fullmatch(text)
    if not m or (said := _day(m, _YEARS)) is None:
        return None
    (day, past), more = said, bool(m["more"] or m["nolonger"])
    if m["ai"] or m["whom_q"]:  # (who is asked: "ai?", no "có … không")
        if m["ai"] and not m["whom"] or m["ask"] or m["asked"] or m["not"] or "?" not in m["end"]:
            return None
        asked = True
    elif (asked := _asked(m)) is None:
        return None
    if more and not m["not"] or (m["used"] or m["still"]) and (m["not"] or day) or m["still"] and asked:
        return None
    whom = m["whom"] and not pet(m["whom"], "vi") and as_whom(m["whom"], "vi")
    if m["whom"] and not whom or _grown(whom, m["who"], m["whom"]):
        return None
    if m["ai"]:
        return f"Who {'sat' if past else 'sits'} next to {whom} in class{day}?"
    if (person := _person(m, asked)) is None or _grown(person[0]) or whom and (whom == EN_OBJECT.get(person[0]) or
                                                                               _parent(person[0], whom)):
        return None
    who_, one = person
    if m["whom_q"]:
        return f"Who {'did' if past else 'does' if one else 'do'} {who_} sit next to in class{day}?"
    rest = f"next to {whom} in class{' any more' * more}{day}"
    if m["used"]:
        return f"Did {who_} use to sit {rest}?" if asked else capitalised(f"{who_} used to sit {rest}.")
    if past:
        sat = f"did{_NT} sit" if m["not"] else "sat"
        return f"Did {who_} sit {rest}?" if asked else capitalised(f"{who_} {sat} {rest}.")
    return present(who_, one, "sit", rest, asked, bool(m["not"]), adverb="still " * bool(m["still"]))


def _mate_en(m: re.Match) -> str | None:
    """Whose desk mate of a match of _MATE_OWNER in English; None for a pet's, and a name's with no "của" (Lan?)."""
    old, said = "old " * bool(m["old"]), m["someone"] or m["named"]
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {old}desk mate"
    return None if not m["of"] or pet(said, "vi") else f"{someone(said, 'vi')}'s {old}desk mate"


def _mate(text: str) -> str | None:
    """"Bạn cùng bàn của tôi là Nam." as "My desk mate is Nam." (_MATE_IS), or _is_mate's; None for anything else."""
    if not (m := _MATE_IS.fullmatch(text)):
        return (m := _IS_MATE.fullmatch(text)) and _is_mate(m)
    if (mate := _mate_en(m)) is None:
        return None
    if m["ai"] or m["person"]:
        person = m["person"] and not pet(m["person"], "vi") and someone(m["person"], "vi")
        if bool(m["ai"]) != ("?" in m["end"]):
            return None
        return f"Who is {mate}?" if m["ai"] else person and capitalised(f"{mate} is {person}.")
    trait, asked = TRAITS[keyed(m["trait"])], _asked(m)
    if asked is None or m["how"] and (m["much"] or m["not"]) or asked and m["much"]:
        return None
    how = f"{_HOW[keyed(m['how'])]} " if m["how"] else "very " if m["much"] else ""
    return f"Is {mate} {how}{trait}?" if asked else capitalised(f"{mate} is{' not' * bool(m['not'])} {how}{trait}.")


def _is_mate(m: re.Match) -> str | None:
    """A match of _IS_MATE in English ("We're desk mates."); None for one not read, or whose desk mate not said."""
    owned = m["owner"] or m["someone"] or m["named"]
    if (mate := owned and _mate_en(m)) is None and owned:
        return None
    if (asked := _asked(m)) is None or bool(m["must"]) != bool(m["ask"] or m["not"]) or m["used"] and m["must"] or (
            person := _person(m, asked)) is None:
        return None
    who_ = person[0]
    if (who_ in ("we", "they")) == bool(mate) or m["old"] and not mate or mate and _own_class(who_, m):
        return None
    mate, is_ = mate or "desk mates", be(who_)
    if asked or m["used"]:
        return f"{is_.capitalize()} {who_} {mate}?" if asked else capitalised(f"{who_} used to be {mate}.")
    return capitalised(contracted(who_, f"{is_}{' not' * bool(m['not'])} {mate}."))


def _day_vi(m: re.Match, days: dict[str, str]) -> tuple[str, bool] | None:
    """An English match's near day of `days` in Vietnamese ("năm ngoái ", or ""), and whether behind; None else."""
    vi = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    return None if vi and vi not in days else (f"{vi} " * bool(vi), bool(vi) and NEAR_WAY[vi] == "behind")


def _class_vi(m: re.Match) -> str | None:
    """The role of a match of _CLASS_EN in Vietnamese: "lớp trưởng", "lớp trưởng lớp bạn"; None for a pet's."""
    role = _ROLES_VI[keyed(m["role"])]
    if m["someone"]:
        return None if pet(m["someone"], "en") else f"{role} lớp {someone(m['someone'], 'en')}"
    return f"{role} lớp {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else role


def _who_en(m: re.Match, whose: str | None = None) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one (who_vi); None for a pet, or who of their own `whose`."""
    said, whose = who_vi(m), (whose or "").lower()
    own = whose and EN_WHO_VI.get((m["who"] or "").lower()) == WHOSE_VI[whose] or \
        said[0] in ("tôi", "chúng tôi") and whose in ("my", "our")
    return None if animal(m) or own else said


def _is_vi(text: str) -> str | None:
    """"Are you the class monitor?" as "Bạn có phải là lớp trưởng không?" (_IS_EN); None for anything else."""
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _day_vi(m, _YEARS)) is None:
        return None
    (day, past), role, person, used = said, _class_vi(m), _who_en(m, m["owner"]), keyed(m["used"] or "")
    if role is None or person is None:
        return None
    who_, asked, first = person[0], bool(m["q"]), m["q"] or m["be"]
    if used:
        ok = not (m["be"] or m["not"] or day) and (used == "ever") == asked and (not asked or be_agrees(m, first, True))
        return capitalised(f"{who_} có từng là {role} không?" if asked else f"{who_} từng là {role}.") if ok else None
    if not first or m["q"] and m["be"] or asked and m["not"] or not be_agrees(m, first, past):
        return None
    said = "có phải là {} không?" if asked else "không phải là {}." if m["not"] else "là {}."
    return capitalised(f"{day}{who_} {said.format(role)}")


def _who_is_vi(text: str) -> str | None:
    """"Who is your class monitor?" as "Ai là lớp trưởng lớp bạn?" (_WHO_IS_EN, _ROLE_IS_EN); None for any other."""
    asked = (m := _WHO_IS_EN.fullmatch(text)) is not None
    m = m or _ROLE_IS_EN.fullmatch(text)
    if not m or asked != ("?" in m["end"]) or (said := _day_vi(m, _YEARS)) is None or (role := _class_vi(m)) is None \
            or (keyed(m["be"]) == "was") != said[1]:
        return None
    if asked:
        return capitalised(f"{said[0]}ai là {role}?")
    person = None if pet(m["person"], "en") else someone(m["person"], "en")
    return person and capitalised(f"{said[0]}{role} là {person}.")


def _elected_vi(text: str) -> str | None:
    """"I was elected class monitor." as "Tôi được bầu làm lớp trưởng." (_ELECTED_EN); None for anything else."""
    m = _ELECTED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _day_vi(m, _DAYS)) is None or (
            person := _who_en(m)) is None:
        return None
    (day, _), (who_, one), aux, verb = said, person, keyed(m["aux"] or ""), keyed(m["verb"])
    again = m["again"] or verb == "re-elected"
    done = f"{'lại ' * bool(again)}được {'chọn' if verb.endswith(' as') else 'bầu'} làm {_ROLES_VI[keyed(m['role'])]}"
    if m["q"]:
        ok = not (aux or m["not"] or m["just"] or m["been"] or again) and be_agrees(m, m["q"], True)
        return capitalised(f"{day}{who_} có {done} không?") if ok else None
    if aux in ("was", "were") and not m["been"] and be_agrees(m, aux, True) and not (m["not"] and (m["just"] or again)):
        if m["just"]:
            return None if day or again else capitalised(f"{who_} vừa {done}.")
        return capitalised(f"{day}{who_} {'không ' * bool(m['not'])}{done}.")
    if aux in ("has", "have", "'s", "'ve") and m["been"] and first_agrees(aux, who_, one) and not (m["not"] or day):
        return None if again else capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {done}.")
    return None


def _sit_vi(text: str) -> str | None:
    """"I sit next to Nam in class." as "Tôi ngồi cùng bàn với Nam." (_SIT_EN, _WHO_SITS_EN); None for any other."""
    m = _SIT_EN.fullmatch(text) or _WHO_SITS_EN.fullmatch(text)
    groups = m.groupdict() if m else {}
    if not m or ("?" in m["end"]) != bool(groups.get("q", "Who")) or (said := _day_vi(m, _YEARS)) is None:
        return None
    (day, past), whom = said, m["whom"] and not pet(m["whom"], "en") and as_whom(m["whom"], "en")
    if m["whom"] and not whom or _grown(m["kin"], m["whom"]):
        return None
    if "do" in groups:  # ("Who do you sit next to …?", "Who sits next to you …?")
        if m["verb"]:
            return capitalised(f"{day}ai ngồi cùng bàn với {whom}?") if (m["verb"] == "sat") == past else None
        person = _who_en(m)
        ok = person and (m["do"] == "did") == past and first_agrees(m["do"], *person)
        return capitalised(f"{day}{person[0]} ngồi cùng bàn với ai?") if ok else None
    who_en = " ".join(filter(None, (m["who"], m["whose"], m["kin"], m["given"])))
    if (person := _who_en(m)) is None or whom == person[0] or _parent(who_en, m["whom"]):
        return None
    (who_, one), adv, verb = person, keyed(m["adv"] or ""), m["verb"]
    first = keyed(m["q"] or m["aux"] or "").replace("n't", " not")
    agrees = verb == "sat" or verb == ("sits" if one and not first and adv != "used to" else "sit")
    if not agrees or not first_agrees(first.split(" ")[0], who_, one) or m["more"] and first not in ("do not",
                                                                                                   "does not"):
        return None
    said = _SAT.get((first.replace("does", "do"), adv, "sit" if verb == "sits" else verb))
    if said is None or said[1] not in (("past",) if past else ("",) if day else ("", "no day")):
        return None
    rest, more = f"ngồi cùng bàn với {whom}", " nữa" * bool(m["more"])
    if m["q"]:
        return capitalised(f"{day}{who_} {said[0]}{rest} không?")
    return capitalised(f"{day}{who_} {said[0]}{'còn ' * bool(more)}{rest}{more}.")


def _mate_vi(text: str) -> str | None:
    """"We're desk mates." as "Chúng tôi là bạn cùng bàn." (_MATE_IS_EN, _IS_MATE_EN); None for anything else."""
    m = _MATE_IS_EN.fullmatch(text) or _IS_MATE_EN.fullmatch(text)
    if not m or bool(m["q"] or m.groupdict().get("ai")) != ("?" in m["end"]) or m["day"]:
        return None
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else m["someone"] and not pet(m["someone"], "en") and \
        someone(m["someone"], "en")
    if (m["owner"] or m["someone"]) and not whose:
        return None
    mate = whose and f"bạn cùng bàn{' cũ' * bool(m['old'])} của {whose}"
    if "trait" in m.groupdict():
        if m["person"]:
            ok = m["be"] and not (m["q"] or m["not"] or m["how"]) and not pet(m["person"], "en")
            return capitalised(f"{mate} là {someone(m['person'], 'en')}.") if ok else None
        trait, how = TRAITS_VI[keyed(m["trait"])], keyed(m["how"] or "")
        if bool(m["q"]) == bool(m["be"]) or m["q"] and how or m["not"] and how not in ("", "very"):
            return None
        if m["q"] or m["not"]:
            return capitalised(f"{mate} có {trait} không?" if m["q"] else f"{mate} không {trait}{' lắm' * bool(how)}.")
        return capitalised(f"{mate} {_HOW_VI[how] + ' ' if how else ''}{trait}.")
    if m["ai"]:
        ok = mate and keyed(m["be"] or "") in ("is", "'s") and not (m["not"] or m["used"] or m["q"])
        return capitalised(f"{mate} là ai?") if ok else None
    if (person := _who_en(m, m["owner"])) is None or m["mates"] and person[0] not in ("chúng tôi", "họ"):
        return None
    first, who_ = m["q"] or m["be"], person[0]
    if m["used"] and (first or m["not"]) or not m["used"] and (not first or m["q"] and (m["be"] or m["not"]) or
                                                             not be_agrees(m, first)):
        return None
    mate = mate or "bạn cùng bàn"
    if m["q"]:
        return capitalised(f"{who_} có phải là {mate} không?")
    return capitalised(f"{who_} {'từng là' if m['used'] else 'không phải là' if m['not'] else 'là'} {mate}.")
