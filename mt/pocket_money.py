"""Pocket money for children, given, got, saved and spent, said or asked, both ways, written whole by rule. v8 (with
the other rules on) reads "tiền tiêu vặt" as money spent or a pocket, "để dành" as putting, and "được" as being:
"Mỗi tuần con bạn được bao nhiêu tiền tiêu vặt?" → "How much money do you spend every week?", "Bạn cho con bao nhiêu
tiền tiêu vặt?" → "How many pocket money are you given?", "Con trai tôi được 50 nghìn mỗi tuần." → "My son is 50
thousand a week.", "Tôi không cho con tiền tiêu vặt." → "I don't let your child spend money.", "Bố mẹ bạn có cho bạn
tiền tiêu vặt không?" → "Did you give you a pocket money?", "Cô ấy để dành tiền tiêu vặt." → "She puts a pocket
money.", "Anh ấy đã tiêu hết tiền tiêu vặt vào kẹo." → "He spends the money on the candy."; "How much pocket money do
you give your kids?" → "Bạn cho con biết bao nhiêu tiền tiêu vặt?" (tell), "Do your parents give you pocket money?" →
"Bố mẹ của bạn có túi tiền không?" (a purse), "I don't give my children pocket money." → "Tôi không cho con túi
tiền.", "He spent all his pocket money on sweets." → "Anh ta dành hết tiền túi của mình cho người yêu." (a lover).

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only asking), or parents
with whose (mt.people.PARENTS_WHOSE); a sum as mt.amounts reads it ("50 nghìn", "50,000 dong"), per a day, week or
month (mt.workdays.UNITS). Taken: who gives whom (a pronoun, someone, or their own children, son or daughter: "cho
con", after a pronoun that says whose) pocket money, every week or not, or a sum a week, said, denied or asked, and
how much; who gets pocket money, or a sum a week, said, denied or asked, and how much; who saves (or is saving) their
pocket money, said, denied or asked; who has spent all their pocket money (on sweets, toys …: _ON), or always or
usually spends it (on …). Left: a sum given or got without a unit ("Mẹ cho tôi 50 nghìn tiền tiêu vặt.": once, or
each week?), "con" after kin, parents or "anh", "bác" … (the speaker, to an elder: "Bác cho con …"), spending with no
word that tells spent from spends, "tiết kiệm tiền" and "tiêu hết tiền" (mt/savings.py), pay (mt/earnings.py), lending
(mt/loans.py), English with a sum and no "pocket money" (v8 gets "My son gets 50,000 dong a week." right).
mt.phrasebook.translate tries these after mt/enrolment.py.

    >>> translate("Bạn cho con bao nhiêu tiền tiêu vặt?", "vi", "en")
    'How much pocket money do you give your children?'
    >>> translate("She saves her pocket money.", "en", "vi")
    'Cô ấy để dành tiền tiêu vặt.'
"""
from __future__ import annotations

import re

from . import amounts
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_OBJECT, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, be_said,
                   capitalised, contracted, keyed, present, progressive)
from .workdays import UNITS, UNITS_VI

# what pocket money is spent on (the first Vietnamese of each is written back)
_ON = {"kẹo": "sweets", "bánh kẹo": "sweets", "đồ chơi": "toys", "truyện tranh": "comics", "đồ ăn vặt": "snacks",
       "quà vặt": "snacks", "trò chơi điện tử": "video games", "game": "games", "sách": "books", "quần áo": "clothes"}
_ON_VI = {en: vi for vi, en in reversed(_ON.items())} | {"candy": "kẹo", "comic books": "truyện tranh",
                                                         "computer games": "trò chơi điện tử"}
_OFTEN = {"luôn": "always", "lúc nào cũng": "always", "thường": "usually", "hay": "often"}
_OFTEN_VI = {"always": "lúc nào cũng", "usually": "thường", "often": "hay"}
_KIDS_VI = {"son": "con trai", "daughter": "con gái"}  # (any other of one's own: "con")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tiêu\s+vặt|(?:được|nhận|cho)\s.*\d)"), "en": lazy(r"(?i:pocket\s+money)")}

_MONEY = r"tiền\s+tiêu\s+vặt"
_WHO = rf"(?:{PARENTS_WHOSE}|{WHO})"
_SUM = r"(?P<sum>\d[\d.,]*(?:\s*[^\W\d_]+){0,3}?)"  # (mt.amounts says whether it is a sum)
_PER = rf"(?:\s+(?:một|mỗi|hàng|hằng)\s+(?P<per>{alternatives(UNITS)}))?"
_PER_FIRST = rf"(?:(?i:một|mỗi|hàng|hằng)\s+(?P<per0>{alternatives(UNITS)})\s+)?"
# whom: one's own children ("cho con", "cho các con", "cho con trai"; not "con tôi", someone), a pronoun, someone
_KIDS = (rf"(?:(?P<kids>con\s+(?:trai|gái)|(?:các\s+)?con)(?!\s+(?:của\s+)?(?i:{alternatives(OWNERS)})(?!\w))|"
         rf"{WHOM})")
_OWN = rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
# given or got, how much, a sum ("Bạn cho con bao nhiêu tiền tiêu vặt?", "Con tôi được 50 nghìn mỗi tuần.")
_GIVEN = lazy(rf"{_PER_FIRST}{_WHO}\s+{_PER_FIRST.replace('per0', 'per1')}(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
              rf"(?:cho\s+{_KIDS}|(?P<get>được|(?P<got>nhận)(?:\s+được)?))\s+(?:(?P<how>bao\s+nhiêu)\s+{_MONEY}|"
              rf"{_SUM}(?:\s+{_MONEY})?|{_MONEY}){_PER}{ASKED_END}")
# saved ("Cô ấy để dành tiền tiêu vặt.", "Bạn có đang để dành tiền tiêu vặt không?")
_SAVED = lazy(rf"{_WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?(?:để\s+dành|tiết\s+kiệm|dành\s+"
              rf"dụm)\s+{_MONEY}{_OWN}{ASKED_END}")
# spent ("Anh ấy đã tiêu hết tiền tiêu vặt vào kẹo.", "Nó lúc nào cũng tiêu hết tiền tiêu vặt.")
_SPENT = lazy(rf"{_WHO}\s+(?:(?P<often>{alternatives(_OFTEN)})\s+|(?P<did>đã|vừa)\s+)?tiêu\s+(?P<all>hết\s+)?{_MONEY}"
              rf"{_OWN}(?:\s+vào\s+(?:(?:việc\s+)?mua\s+)?(?P<on>(?i:{alternatives(_ON)})))?(?:\s+(?P<done>rồi))?"
              rf"{SOFTENED_END}")

# ... and in English
_END = r"\s*(?P<end>[.!?]*)"
_WHO_EN = rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
_NOT_EN = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_SUM_EN = r"(?P<sum>(?:VND\s?)?\d[\d.,]*(?:\s+(?:thousand|million|billion))?(?:\s+(?:dong|VND))?)"
_PER_EN = r"\s+(?:a|per|every|each)\s+(?P<per>day|week|month)"
_WHAT_EN = (rf"(?:{_SUM_EN}(?:\s+(?:a|per|every|each)\s+(?P<per0>day|week|month))?\s+(?:(?:in|of)\s+)?)?"
            rf"(?P<any>any\s+)?pocket\s+money(?:{_PER_EN})?")
_KIDS_EN = rf"(?:(?P<kwhose>(?i:{WHOSE_WORDS}))\s+(?P<kids>children|kids|child|son|daughter)|{WHOM_EN})"
_GIVE_EN = rf"(?:(?P<give>give|gives)\s+{_KIDS_EN}|(?P<get>get|gets))"
_GIVEN_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}{_NOT_EN}\s+{_GIVE_EN}\s+{_WHAT_EN}{_END}")
_HOW_MUCH_EN = lazy(rf"How\s+much\s+pocket\s+money\s+(?P<do>do|does)\s+{_WHO_EN}\s+{_GIVE_EN}(?:{_PER_EN})?\s*\?+")
_SAVED_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+|(?P<do>Do|Does)\s+)?{_WHO_EN}(?:{BE_EN})?{_NOT_EN}\s+(?P<verb>saves?|"
                 rf"saving)(?:\s+up)?\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+pocket\s+money{_END}")
_SPENT_EN = lazy(rf"{_WHO_EN}(?:\s+(?:(?P<often>always|usually|often)\s+)?(?P<spends>spends?)|(?P<have>['’]ve|['’]s|"
                 r"\s+have|\s+has)(?:\s+(?P<just>just))?\s+spent|\s+(?P<spent>spent))\s+"
                 rf"(?P<all>all\s+(?:of\s+)?)?(?P<owner>(?i:{WHOSE_WORDS}))\s+pocket\s+money"
                 rf"(?:\s+on\s+(?P<on>(?i:{alternatives(_ON_VI)})))?{_END}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who gives or gets pocket money, how much, or who saves or has
    spent it; None for any other."""
    if src == "vi":
        return _given(text) or _saved(text) or _spent(text)
    return _given_vi(text) or _how_much_vi(text) or _saved_vi(text) or _spent_vi(text)


def _unit(m: re.Match) -> str | None:
    """The unit of time a sum is per in English ("week" for "mỗi tuần", "a week"), "" for none; None for two."""
    units = [u for u in (m["per0"], m.groupdict().get("per1"), m["per"]) if u]
    return None if len(units) > 1 else UNITS.get(keyed(units[0]), units[0].lower()) if units else ""


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "does": "my parents" (False), "my son" (True)."""
    return (parents_said(m, "en"), False) if m["parents"] else who(m, asked)


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose pocket money it is, in English, for who of a match of _WHO (`who_` in English): "his" for "anh ấy" or
    "con trai tôi", "their" for parents; None for one whose English does not tell ("Lan", "con tôi")."""
    if m["parents"]:
        return "their"
    if m["who"]:
        return EN_WHOSE.get(who_)
    return None if m["given"] else his_her_of(m)


def _whom(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _KIDS in English: "your children" for "con" after "bạn", "his son" for "con trai" after
    "anh ấy", "me" for "tôi", "my son" for "con trai tôi"; None for "con" after anyone else, and for who itself."""
    if m["kids"]:
        whose = EN_WHOSE.get(who_) if m["who"] and keyed(m["who"]) in OWNERS else None
        kid = {"trai": "son", "gái": "daughter"}.get(keyed(m["kids"]).split()[-1], "children")
        return whose and f"{whose} {kid}"
    whom = as_whom(m["whom"], "vi")
    return None if not whom or whom == EN_OBJECT.get(who_) else whom


def _given(text: str) -> str | None:
    """"Bạn cho con bao nhiêu tiền tiêu vặt?" as "How much pocket money do you give your children?", "Con trai tôi
    được 50 nghìn mỗi tuần." as "My son gets VND50 thousand a week.", "Bố mẹ bạn có cho bạn tiền tiêu vặt không?" as
    "Do your parents give you pocket money?" (_GIVEN); None for anything else, and for a sum with no unit of time."""
    m = _GIVEN.fullmatch(text)
    if not m or (unit := _unit(m)) is None:
        return None
    asked = bool(m["asked"] or m["how"])
    summed = m["sum"] and amounts.sum_said(m["sum"], "vi")
    if asked != ("?" in m["end"]) or m["ask"] and not m["asked"] or m["not"] and (asked or unit or m["got"]) or (
            m["sum"] and not (summed and unit and not asked)) or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    whom = "" if m["get"] else _whom(m, who_)
    if whom is None:
        return None
    verb, do = ("get" if m["get"] else f"give {whom}"), ("does" if one else "do")
    per = f" {'a' if summed or m['how'] else 'every'} {unit}" if unit else ""
    if m["how"]:
        return f"How much pocket money {do} {who_} {verb}{per}?"
    if asked:
        return f"{do.capitalize()} {who_} {verb} pocket money{per}?"
    if m["not"]:
        return capitalised(f"{who_} {do}n't {verb} pocket money.")
    first, _, rest = verb.partition(" ")
    verb = f"{first}{'s' * one}{' ' * bool(rest)}{rest}"
    money = " in pocket money" if re.search(_MONEY, text) else ""
    return capitalised(f"{who_} {verb} {summed}{per}{money}." if summed else f"{who_} {verb} pocket money{per}.")


def _saved(text: str) -> str | None:
    """"Cô ấy để dành tiền tiêu vặt." as "She saves her pocket money.", "Bạn có đang để dành tiền tiêu vặt không?" as
    "Are you saving your pocket money?" (_SAVED); None for anything else, and where whose is not told ("Lan")."""
    m = _SAVED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and m["now"] or (
            said := _who(m, asked)) is None:
        return None
    who_, one = said
    whose = _whose(m, who_)
    if whose is None or m["owner"] and keyed(m["owner"]) != "mình" and OWNERS[keyed(m["owner"])] != whose:
        return None
    money = f"{whose} pocket money"
    if m["now"]:
        return progressive(who_, be(who_), f"saving {money}", asked)
    return present(who_, one, "save", money, asked, bool(m["not"]))


def _spent(text: str) -> str | None:
    """"Anh ấy đã tiêu hết tiền tiêu vặt vào kẹo." as "He's spent all his pocket money on sweets.", "Con trai tôi
    lúc nào cũng tiêu hết tiền tiêu vặt." as "My son always spends all his pocket money." (_SPENT); None for anything
    else, without a word that tells spent from spends, and without "hết" (all) or what on."""
    m = _SPENT.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["often"]) == bool(m["did"] or m["done"]) or not (m["all"] or m["on"]) or (
            said := _who(m, False)) is None:
        return None
    who_, one = said
    whose = _whose(m, who_)
    if whose is None or m["owner"] and keyed(m["owner"]) != "mình" and OWNERS[keyed(m["owner"])] != whose:
        return None
    on = f" on {_ON[keyed(m['on'])]}" if m["on"] else ""
    what = f"{'all ' * bool(m['all'])}{whose} pocket money{on}."
    if m["often"]:
        return capitalised(f"{who_} {_OFTEN[keyed(m['often'])]} spend{'s' * one} {what}")
    just = " just" * (keyed(m["did"] or "") == "vừa")
    return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} spent {what}"))


def _who_vi(m: re.Match) -> tuple[str, bool, str | None]:
    """Who of a match of _WHO_EN in Vietnamese, whether English says it with "-s", and whose own things are ("my" for
    "I", "her" for "my mother", "their" for "my parents"; None for a name: his or her)."""
    if m["parents"]:
        return parents_said(m, "vi"), False, "their"
    who_, one = who_vi(m)
    return who_, one, WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None


def _own(m: re.Match, whose: str | None) -> bool:
    """Whether whose of a match (group owner) is who's own: `whose` ("his" for "he"), or "his" or "her" for None."""
    return m["owner"].lower() == whose if whose else m["owner"].lower() in ("his", "her")


def _agrees(m: re.Match, verb: str, one: bool) -> bool:
    """Whether the verb of a match (`verb`: "gets", "give", "save") agrees with who: after "do", "doesn't" … the
    plain verb, "does" for one; alone, "-s" for one."""
    aux = " ".join((m["do"] or m["not"] or "").lower().replace("’", "'").split())
    return not verb.endswith("s") and aux.startswith("does") == one if aux else verb.endswith("s") == one


def _whom_vi(m: re.Match, who_: str, whose: str | None) -> str | None:
    """Whom of a match of _KIDS_EN in Vietnamese: "con" for who's own children ("I give my kids"), "con trai" for
    their son, "tôi" for "me", "con trai tôi" for "my son" said of another; None for anyone else, for who, and
    for "her" (whom, or whose?)."""
    if m["kids"] and m["kwhose"].lower() == whose and m["who"]:
        return _KIDS_VI.get(m["kids"].lower(), "con")
    if (m["whom"] or "").lower() == "her":  # ("She gives her pocket money": to her, or her own?)
        return None
    whom = as_whom(m["whom"] or f"{m['kwhose']} {m['kids']}", "en")
    return None if not whom or whom == who_ else whom


def _given_vi(text: str) -> str | None:
    """"Do your parents give you pocket money?" as "Bố mẹ bạn có cho bạn tiền tiêu vặt không?", "My son gets 50,000
    dong pocket money a week." as "Con trai tôi được 50.000 đồng tiền tiêu vặt mỗi tuần." (_GIVEN_EN); None for
    anything else, a sum with no unit, and where the verb does not agree with who."""
    m = _GIVEN_EN.fullmatch(text)
    if not m or (unit := _unit(m)) is None:
        return None
    who_, one, whose = _who_vi(m)
    asked, summed = bool(m["do"]), m["sum"] and amounts.sum_said(m["sum"], "en")
    if asked != ("?" in m["end"]) or not _agrees(m, m["give"] or m["get"], one) or m["any"] and not (
            asked or m["not"]) or m["not"] and unit or m["sum"] and (not summed or not unit or asked or m["not"]):
        return None
    verb = "được" if m["get"] else _whom_vi(m, who_, whose)
    if verb is None:
        return None
    verb = verb if m["get"] else f"cho {verb}"
    per = f" mỗi {UNITS_VI[unit]}" if unit else ""
    if asked:
        return capitalised(f"{who_} có {verb} tiền tiêu vặt{per} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{verb} {f'{summed} ' if summed else ''}tiền tiêu vặt{per}.")


def _how_much_vi(text: str) -> str | None:
    """"How much pocket money do you give your kids?" as "Bạn cho con bao nhiêu tiền tiêu vặt?", "How much pocket
    money does your son get a week?" as "Con trai bạn được bao nhiêu tiền tiêu vặt mỗi tuần?" (_HOW_MUCH_EN); None
    for anything else, and where "do" or "does" does not agree with who."""
    m = _HOW_MUCH_EN.fullmatch(text)
    if not m:
        return None
    who_, one, whose = _who_vi(m)
    verb = "được" if m["get"] else _whom_vi(m, who_, whose)
    if verb is None or (m["do"].lower() == "does") != one or m["give"] == "gives" or m["get"] == "gets":
        return None
    verb = verb if m["get"] else f"cho {verb}"
    per = f" mỗi {UNITS_VI[m['per']]}" if m["per"] else ""
    return capitalised(f"{who_} {verb} bao nhiêu tiền tiêu vặt{per}?")


def _saved_vi(text: str) -> str | None:
    """"She saves her pocket money." as "Cô ấy để dành tiền tiêu vặt.", "Are you saving your pocket money?" as "Bạn
    có đang để dành tiền tiêu vặt không?" (_SAVED_EN); None for anything else, another's pocket money, and where the
    verb does not agree with who."""
    m = _SAVED_EN.fullmatch(text)
    if not m:
        return None
    who_, one, whose = _who_vi(m)
    asked, verb = bool(m["be0"] or m["do"]), m["verb"].lower()
    if asked != ("?" in m["end"]) or not _own(m, whose):
        return None
    if verb == "saving":
        said = m["be0"] or m["be"]
        if m["do"] or m["not"] or bool(m["be0"]) == bool(m["be"]) or be_said(said) != be_of(who_, one):
            return None
        return capitalised(f"{who_} có đang để dành tiền tiêu vặt không?" if asked else
                           f"{who_} đang để dành tiền tiêu vặt.")
    if m["be0"] or m["be"] or not _agrees(m, verb, one):
        return None
    return capitalised(f"{who_} có để dành tiền tiêu vặt không?" if asked else
                       f"{who_} {'không ' * bool(m['not'])}để dành tiền tiêu vặt.")


def _spent_vi(text: str) -> str | None:
    """"He spent all his pocket money on sweets." as "Anh ấy đã tiêu hết tiền tiêu vặt vào kẹo.", "She always spends
    all her pocket money." as "Cô ấy lúc nào cũng tiêu hết tiền tiêu vặt." (_SPENT_EN); None for anything else,
    without "all" or what on, another's pocket money, and where the verb does not agree with who."""
    m = _SPENT_EN.fullmatch(text)
    if not m or "?" in m["end"] or not (m["all"] or m["on"]):
        return None
    who_, one, whose = _who_vi(m)
    have = (m["have"] or "").strip().replace("’", "'").lower()
    if not _own(m, whose) or m["spends"] and m["spends"].endswith("s") != one or have and (
            have in ("has", "'s")) != one:
        return None
    on = f" vào {_ON_VI[m['on'].lower()]}" if m["on"] else ""
    spent = f"tiêu {'hết ' * bool(m['all'])}tiền tiêu vặt{on}"
    if m["spends"]:
        often = f"{_OFTEN_VI[m['often'].lower()]} " if m["often"] else ""
        return capitalised(f"{who_} {often}{spent}.")
    if m["just"]:
        return capitalised(f"{who_} vừa {spent}.")
    return capitalised(f"{who_} đã {spent}{' rồi' * bool(have)}.")
