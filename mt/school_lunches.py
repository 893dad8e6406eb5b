"""Children having lunch and a nap at school, both ways, written whole by rule: who stays at school over lunch ("ăn
bán trú", "học bán trú"), has lunch or naps at school, or won't eat or nap there; whether the school lunch is good;
and the school lunch fees, paid, not paid yet, or how much. v8 (every other rule on) reads "bán trú" as selling,
"cơm" as muscles and "đóng" as closing: "Con tôi ăn bán trú ở trường." → "My child ates at school.", "Con bạn có ăn
bán trú không?" → "Do you eat food?", "Con tôi ngủ trưa ở trường." → "My child sleeped at school.", "Con trai tôi học
bán trú." → "My son learned to sell.", "Cơm bán trú ngon lắm." → "Muscles are good.", "Tôi chưa đóng tiền ăn bán
trú." → "I'm not closed money on selling.", "Con tôi không chịu ăn cơm ở trường." → "I don't take a food at school.";
"My child naps at school." → "Con tôi ngủ ở trường.", "My child has lunch at school." → "Con tôi có bữa trưa ở
trường.", "Does he nap at school?" → "Có phải anh ngủ ở trường không?", "Lan has lunch and naps at school." → "Lan ăn
trưa và xà phòng ở trường." (soap).

Taken: who (mt.hobbies.WHO, WHO_EN; "bọn trẻ", the children; "các con tôi", my children; "bé nhà tôi", my child; no
pets) stays at school for lunch ("ăn bán trú", "học bán trú", "ở trường" or not), has lunch ("ăn trưa", "ăn cơm trưa"),
naps, or has lunch and naps at school ("ở", "tại trường"): a habit, said, denied or asked ("có … không?"), and "hồi nhỏ"
(as a child) of a grown-up; who won't eat ("ăn", "ăn cơm"), eat lunch or nap at school ("không chịu"; "refuses to"); the
food at school or the school lunch ("cơm ở trường", "cơm bán trú", "bữa trưa ở trường") good ("ngon") or bad ("dở"),
very, so, not (very), asked; who has paid the school lunch fees ("tiền ăn bán trú", "tiền bán trú"; "đóng", "nộp",
"trả"), just, already, not yet, asked ("… chưa?"), for a child; how much they are (a month). Left: a day said ("Hôm nay
con tôi ăn trưa ở trường.": had, or will?), "thường", "hay" and other habits' words, "sẽ", "vẫn", "ăn cơm" or "ăn" at
school but not refused (lunch, or dinner at a boarding school?), "ăn ngủ ở trường" (boards?), lunch brought from home
(mt/packed_lunches.py), naps elsewhere (mt/naps.py), having eaten yet (mt/meals.py), picky eating (mt/picky_eating.py),
tuition fees (mt/tuition_fees.py), a plain "Tôi đóng tiền ăn bán trú." (pays, or paid?), a sum said, "I" asked, a
child's "hồi nhỏ", "anh", "chị", "em" alone saying it, "không dở" (not bad, or good?), "won't" in English (refuses, or
will not?), lunch and a nap denied ("không ăn trưa và ngủ trưa", "doesn't have lunch and nap": neither, or not both?),
"thế", "vậy" ending a statement ("ngon thế": so good), and anything else.
mt.phrasebook.translate tries these after mt/power_banks.py.

    >>> translate("Con tôi ăn bán trú ở trường.", "vi", "en"), translate("My child has lunch at school.", "en", "vi")
    ('My child stays at school for lunch.', 'Con tôi ăn trưa ở trường.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS
from .people import CHILD_KIN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed,
                   stop, third_person)

_KEYS = {"vi": lazy(r"(?i:bán\s+trú|ở\s+trường|tại\s+trường|cơm\s+trường)"),
         "en": lazy(r"(?i:at\s+school|school\s+lunch|school\s+food|school\s+meal)")}

# what is done at school (Vietnamese → English base, after he or she, past), and back
_DOINGS = {"ăn bán trú": ("stay at school for lunch", "stays at school for lunch", "stayed at school for lunch"),
           "học bán trú": ("stay at school for lunch", "stays at school for lunch", "stayed at school for lunch"),
           "ăn trưa": ("have lunch at school", "has lunch at school", "had lunch at school"),
           "ăn cơm trưa": ("have lunch at school", "has lunch at school", "had lunch at school"),
           "ngủ trưa": ("nap at school", "naps at school", "napped at school"),
           "ăn trưa và ngủ trưa": ("have lunch and nap at school", "has lunch and naps at school",
                                   "had lunch and napped at school")}
# ... refused ("không chịu": won't), at school only
_REFUSED = {"ăn": "eat", "ăn cơm": "eat", "ăn trưa": "eat lunch", "ăn cơm trưa": "eat lunch", "ngủ trưa": "nap"}
_DOINGS_EN = {"stay at school for lunch": "ăn bán trú ở trường", "have lunch at school": "ăn trưa ở trường",
              "eat lunch at school": "ăn trưa ở trường", "nap at school": "ngủ trưa ở trường",
              "take a nap at school": "ngủ trưa ở trường", "have a nap at school": "ngủ trưa ở trường",
              "have lunch and nap at school": "ăn trưa và ngủ trưa ở trường"}
_PAST = {"stay": "stayed", "have": "had", "eat": "ate", "nap": "napped", "take": "took"}
_FORMS = {v: (b, f) for b, p in _PAST.items() for v, f in ((b, "base"), (third_person(b), "third"), (p, "past"))}
_REFUSED_EN = {"eat lunch at school": "ăn trưa ở trường", "eat at school": "ăn ở trường",
               "nap at school": "ngủ trưa ở trường", "take a nap at school": "ngủ trưa ở trường"}
# the children as a group ("bọn trẻ": mt.noise's, said by who they are)
_GROUP = alternatives(k for k, (en, _) in GROUPS.items() if en == "the kids" and k.split()[0] in ("bọn", "lũ", "tụi"))
_OWNER = rf"(?i:{alternatives(OWNERS)})"
_KID = (rf"(?:{WHO}|(?P<group>(?i:{_GROUP}))|(?P<baby>(?i:em\s+bé|bé))\s+(?:nhà\s+|của\s+)?(?P<bwhose>{_OWNER})|"
        rf"(?P<kids>(?i:các\s+con))\s+(?:của\s+)?(?P<kwhose>{_OWNER}))")
_KID_EN = (rf"(?:{WHO_EN}|(?P<group>(?i:the\s+(?:children|kids)))|(?P<kwhose>(?i:{WHOSE_WORDS}))\s+"
           r"(?P<kids>children|kids))")
_AT = r"(?:ở|tại)\s+trường"
_HABIT = lazy(rf"(?:(?P<young>{AS_A_CHILD})\s*,?\s+)?{_KID}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+(?P<refuse>chịu\s+)?)?"
              rf"(?P<doing>(?i:{alternatives(_DOINGS | _REFUSED)}))(?:\s+(?P<at>{_AT}))?{ASKED_END}")
_VERB_EN = alternatives(_FORMS)
_HABIT_EN = lazy(rf"(?:(?P<young0>{AS_A_CHILD_EN})\s*,\s*)?(?:(?P<do>Do|Does|Did)\s+)?{_KID_EN}"
                 r"(?:\s+(?P<not>don['’]t|doesn['’]t|didn['’]t|do\s+not|does\s+not|did\s+not))?"
                 rf"\s+(?:(?P<refuse>refuses?)\s+to\s+)?(?P<verb>{_VERB_EN})\s+(?P<rest>(?i:[a-z ]+?))"
                 rf"(?:\s*,?\s+(?P<young>{AS_A_CHILD_EN}))?\s*(?P<end>[.!?]*)")

# the food at school, or the school lunch, good or not
_SCHOOL_FOOD = ("cơm ở trường", "cơm tại trường", "cơm trường", "đồ ăn ở trường", "đồ ăn tại trường",
                "thức ăn ở trường")
_FOOD = dict.fromkeys(_SCHOOL_FOOD, "the food at school") | dict.fromkeys(
    ("cơm bán trú", "bữa ăn bán trú", "bữa trưa ở trường", "bữa trưa tại trường"), "the school lunch")
_FOOD_EN = {"the food at school": "đồ ăn ở trường", "the school food": "đồ ăn ở trường",
            "school food": "đồ ăn ở trường", "the school lunch": "cơm ở trường", "the school lunches": "cơm ở trường",
            "school lunch": "cơm ở trường", "school lunches": "cơm ở trường"}
_TASTY = lazy(rf"(?P<food>(?i:{alternatives(_FOOD)}))\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?"
              rf"(?P<taste>ngon|dở)(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
_TASTE_EN = {"good": "ngon", "tasty": "ngon", "delicious": "ngon", "nice": "ngon", "bad": "dở"}
_TASTY_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?P<food>(?i:{alternatives(_FOOD_EN)}))(?:\s+(?P<be>is|are)"
                 r"(?P<not>\s+not|n['’]t)?)?\s+(?:(?P<very>very|really|so)\s+|(?P<any>any)\s+)?"
                 rf"(?P<taste>{alternatives(_TASTE_EN)})\s*(?P<end>[.!?]*)")

# the school lunch fees paid, and how much they are
_FEE = r"(?i:tiền\s+(?:ăn\s+|cơm\s+)?bán\s+trú)"
_FEES_EN = "the school lunch fees"
_CHILD = {"con": "child", "con trai": "son", "con gái": "daughter"}
_PAID = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|chưa)\s+)?(?:đóng|nộp|trả)\s+{_FEE}(?:\s+cho\s+"
             rf"(?P<for>con(?:\s+trai|\s+gái)?)(?:\s+(?:của\s+)?(?P<fwhose>{_OWNER}))?)?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
_HOW_MUCH = lazy(rf"{_FEE}\s+(?:(?P<per0>(?:một|mỗi)\s+tháng)\s+)?(?:là\s+)?bao\s+nhiêu(?:\s+tiền)?"
                 rf"(?:\s+(?P<per>(?:một|mỗi)\s+tháng))?{SOFTENED_END}")
_PAID_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s))?"
                r"(?:\s+(?P<adv>just|already))?\s+paid\s+the\s+school\s+(?:lunch|meal)\s+fees(?:\s+for\s+"
                rf"(?P<fwhose>(?i:{WHOSE_WORDS}))\s+(?P<child>child|son|daughter))?(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_HOW_MUCH_EN = lazy(r"How\s+much\s+are\s+the\s+school\s+(?:lunch|meal)\s+fees(?P<per>\s+(?:a|per|each)\s+month)?"
                    r"\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who stays at school for lunch, has lunch or naps there or won't, the food at
    school good or not, or the school lunch fees paid or how much; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("thế", "vậy" ending a statement say more: "Cơm ở trường ngon thế.", so good)
        return _habit(text) or _tasty(text) or _paid(text) or _how_much(text)
    text = text.replace("’", "'")
    return _habit_vi(text) or _tasty_vi(text) or _paid_vi(text) or _how_much_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone, or for "không"
    both denying and asking."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked and not m.groupdict().get("taste") or \
            m["ask"] and not asked or asked and m["not"]:
        return None  # (an adjective asks without "có": "Cơm ở trường ngon không?")
    return asked


def _kid(m: re.Match, asked: bool) -> tuple[str, bool, bool] | None:
    """Who of a match of _KID in English, whether one ("has") and whether a child by who they are ("my son", "the
    children"); None for a pet, for "anh", "chị", "em" alone saying it, and for "I" asked."""
    if m["group"]:
        return "the children", False, True
    if m["baby"] or m["kids"]:
        owner = OWNERS[keyed(m["bwhose"] or m["kwhose"])]
        return (f"{owner} child", True, True) if m["baby"] else (f"{owner} children", False, True)
    said = None if animal(m) else who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    return said[0], said[1], keyed(m["kin"] or "") in CHILD_KIN


def _habit(text: str) -> str | None:
    """"Con tôi ăn bán trú ở trường." as "My child stays at school for lunch.", "Con bạn có ăn bán trú không?" as
    "Does your child stay at school for lunch?", "Bọn trẻ ăn trưa ở trường." as "The children have lunch at school.",
    "Con tôi không chịu ngủ trưa ở trường." as "My child won't nap at school.", "Hồi nhỏ tôi ăn bán trú." as "As a
    child, I stayed at school for lunch." (_HABIT); None for anything else, and lunch or a nap not "ở trường"."""
    m = _HABIT.fullmatch(text)
    asked = _asked(m) if m else None
    said = None if asked is None else _kid(m, asked)
    if said is None:
        return None
    who_, one, child = said
    doing = keyed(m["doing"])
    if "bán trú" not in doing and not m["at"] or m["young"] and child:
        return None  # (lunch somewhere; "Hồi nhỏ con tôi …", a child as a child)
    if m["refuse"]:
        ok = doing in _REFUSED and not m["young"]
        return capitalised(f"{who_} won't {_REFUSED[doing]} at school{stop(m['end'])}") if ok else None
    if doing not in _DOINGS or m["not"] and " và " in doing:
        return None  # ("Con tôi ăn cơm ở trường.": lunch, or dinner at a boarding school?; "không ăn trưa và ngủ
        # trưa": neither, or not both?)
    base, third, past = _DOINGS[doing]
    if m["young"]:
        if asked:
            return f"Did {who_} {base} as a child?"
        return capitalised(f"{who_} didn't {base} as a child." if m["not"] else f"As a child, {who_} {past}.")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {base}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {base}{stop(m['end'])}")
    return capitalised(f"{who_} {third if one else base}{stop(m['end'])}")


def _kid_vi(m: re.Match) -> tuple[str, bool, bool]:
    """Who of a match of _KID_EN in Vietnamese, whether English says it with "-s", and whether a child by who they
    are ("my son", "the children")."""
    if m["group"]:
        return "bọn trẻ", False, True
    if m["kids"]:
        return f"các con {WHOSE_VI[m['kwhose'].lower()]}", False, True
    who_, one = who_vi(m)
    return who_, one, keyed(who_).split(" ")[0] == "con" and not m["given"]


def _doing_vi(verb: str, rest: str) -> tuple[str, str] | None:
    """What is done at school of a verb of _HABIT_EN and the words after it, in Vietnamese, and the verb's form
    ("base", "third", "past"): "has lunch at school" as ("ăn trưa ở trường", "third"); None for anything else, and
    for a compound whose second verb does not agree ("has lunch and nap at school")."""
    verb, rest = verb.lower(), " ".join(rest.lower().split())
    if verb not in _FORMS:
        return None
    base, form = _FORMS[verb]
    second = {"base": "nap", "third": "naps", "past": "napped"}[form]
    if " and " in rest and f" and {second} at " not in f" {rest} ":
        return None
    said = f"{base} {rest}".replace(f" and {second} at", " and nap at")
    return (_DOINGS_EN[said], form) if said in _DOINGS_EN else None


def _habit_vi(text: str) -> str | None:
    """"My child stays at school for lunch." as "Con tôi ăn bán trú ở trường.", "Does he nap at school?" as "Anh ấy có
    ngủ trưa ở trường không?", "My son refuses to eat lunch at school." as "Con trai tôi không chịu ăn trưa ở
    trường.", "As a child, I had lunch at school." as "Hồi nhỏ tôi ăn trưa ở trường." (_HABIT_EN); None for anything
    else, and where a verb does not agree with who or the tense ("She have", "As a child, I have")."""
    m = _HABIT_EN.fullmatch(text)
    if not m or m["young0"] and m["young"] or bool(m["do"]) != ("?" in m["end"]):
        return None
    if animal(m):
        return None
    who_, one, child = _kid_vi(m)
    young = bool(m["young0"] or m["young"])
    aux = " ".join((m["do"] or m["not"] or "").lower().split())
    if young and child or m["do"] and m["not"] or m["do"] and who_ == "tôi":
        return None
    if m["refuse"]:
        done = _REFUSED_EN.get(" ".join(f"{m['verb']} {m['rest']}".lower().split()))
        if not done or aux or young or (m["refuse"] == "refuses") != one:
            return None
        return capitalised(f"{who_} không chịu {done}.")
    said = _doing_vi(m["verb"], m["rest"])
    if said is None:
        return None
    done, form = said
    did = aux.startswith("did")
    if aux and (form != "base" or did != young or not did and aux.startswith("does") != one):
        return None
    if m["not"] and " và " in done:
        return None  # ("doesn't have lunch and nap": neither, or not both?)
    if not aux and form != ("past" if young else "third" if one else "base"):
        return None
    when = "Hồi nhỏ " if young else ""
    if m["do"]:
        return capitalised(f"{when}{who_} có {done} không?")
    return capitalised(f"{when}{who_} {'không ' if aux else ''}{done}.")


def _tasty(text: str) -> str | None:
    """"Cơm ở trường có ngon không?" as "Is the food at school good?", "Cơm bán trú ngon lắm." as "The school lunch is
    very good.", "Đồ ăn ở trường không ngon." as "The food at school isn't good." (_TASTY); None for anything else."""
    m = _TASTY.fullmatch(text)
    asked = _asked(m) if m else None
    if asked is None or m["very"] and m["much"] or asked and (m["very"] or m["much"]):
        return None
    food, taste = _FOOD[keyed(m["food"])], "good" if m["taste"] == "ngon" else "bad"
    if asked:
        return f"Is {food} {taste}?"
    much = keyed(m["much"] or "")
    if m["not"]:  # ("không dở (lắm)": not bad, or rather good? left)
        return None if much == "quá" or taste == "bad" else capitalised(f"{food} isn't {'very ' if much else ''}good.")
    how = "so " if much == "quá" else "very " if much or m["very"] else ""
    return capitalised(f"{food} is {how}{taste}{stop(m['end'])}")


def _tasty_vi(text: str) -> str | None:
    """"Is the school lunch good?" as "Cơm ở trường có ngon không?", "The food at school is really good." as "Đồ ăn ở
    trường rất ngon.", "The school lunches aren't very good." as "Cơm ở trường không ngon lắm." (_TASTY_EN); None for
    anything else, and where "is" or "are" does not agree."""
    m = _TASTY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    many = m["food"].lower().endswith("lunches")
    be = (m["q"] or m["be"] or "is").lower()
    if (be == "are") != many or m["any"] and not m["q"] or m["q"] and m["very"]:
        return None
    food, taste = capitalised(_FOOD_EN[keyed(m["food"])]), _TASTE_EN[m["taste"].lower()]
    very = (m["very"] or "").lower()
    if m["q"]:
        return f"{food} có {taste} không?"
    if m["not"]:
        return None if very == "so" else f"{food} không {taste}{' lắm' if very else ''}."
    return f"{food} {taste} quá{stop(m['end'])}" if very == "so" else f"{food} {'rất ' if very else ''}{taste}."


def _paid(text: str) -> str | None:
    """"Tôi chưa đóng tiền ăn bán trú." as "I haven't paid the school lunch fees yet.", "Bạn đã đóng tiền ăn bán trú
    chưa?" as "Have you paid the school lunch fees yet?", "Tôi đã đóng tiền ăn bán trú cho con rồi." as "I've paid the
    school lunch fees for my child." (_PAID); None for anything else, and a plain "đóng" (pays, or paid?)."""
    m = _PAID.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None or animal(m) or asked and said[0] == "I":
        return None
    who_, one = said
    aux, done = keyed(m["aux"] or ""), bool(m["done"])
    for_ = ""
    if m["for"]:
        if not (m["fwhose"] or who_ in EN_WHOSE):
            return None  # ("Mẹ tôi … cho con": whose child?)
        owner = OWNERS[keyed(m["fwhose"])] if m["fwhose"] else EN_WHOSE[who_]
        for_ = f" for {owner} {_CHILD[keyed(m['for'])]}"
    fees = f"paid {_FEES_EN}{for_}"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} {fees} yet?" if aux in ("", "đã") and not done else None
    if aux == "chưa":
        return None if done else capitalised(f"{who_} {'hasn' if one else 'haven'}'t {fees} yet.")
    if aux in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just {fees}.")) if not done else None
    if done or aux == "đã":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {fees}."))
    return None


def _paid_vi(text: str) -> str | None:
    """"I haven't paid the school lunch fees yet." as "Tôi chưa đóng tiền ăn bán trú.", "Have you paid the school lunch
    fees yet?" as "Bạn đã đóng tiền ăn bán trú chưa?", "She has just paid the school lunch fees for her son." as "Cô
    ấy vừa đóng tiền ăn bán trú cho con trai." (_PAID_EN); None for anything else, and where "has" or "have" does not
    agree."""
    m = _PAID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] or m["adv"]):
        return None
    who_, one = who_vi(m)
    words = (m["q"] or m["aux"] or "").lower().replace("n't", " not").split()
    have, not_ = (words or [""])[0], "not" in words
    if have in ("has", "have") and (have == "has") != one or have == "'s" and not one or have == "'ve" and one or \
            m["yet"] and not (m["q"] or not_) or not_ and m["adv"] or m["q"] and who_ == "tôi":
        return None
    for_ = ""
    if m["fwhose"]:
        whose, child = WHOSE_VI[m["fwhose"].lower()], {v: k for k, v in _CHILD.items()}[m["child"]]
        for_ = f" cho {child}" if whose == who_ else f" cho {child} {whose}"
    fees = f"đóng tiền ăn bán trú{for_}"
    if m["q"]:
        return capitalised(f"{who_} đã {fees} chưa?")
    if not_:
        return capitalised(f"{who_} chưa {fees}.")
    if m["adv"] == "just":
        return capitalised(f"{who_} vừa {fees}.")
    return capitalised(f"{who_} đã {fees} rồi." if have else f"{who_} đã {fees}.")


def _how_much(text: str) -> str | None:
    """"Tiền ăn bán trú bao nhiêu một tháng?" as "How much are the school lunch fees a month?" (_HOW_MUCH); None for
    anything else, and not asked."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or "?" not in m["end"] or m["per0"] and m["per"]:
        return None
    return f"How much are {_FEES_EN}{' a month' if m['per0'] or m['per'] else ''}?"


def _how_much_vi(text: str) -> str | None:
    """"How much are the school lunch fees a month?" as "Tiền ăn bán trú bao nhiêu một tháng?" (_HOW_MUCH_EN); None
    for anything else."""
    m = _HOW_MUCH_EN.fullmatch(text)
    return m and f"Tiền ăn bán trú bao nhiêu{' một tháng' if m['per'] else ''}?"
