"""Buying a house, a flat or land, a loan to buy one, a house being built, and house prices, both ways, written whole
by rule. v8 (the rules on): "Bạn đã mua nhà chưa?" → "Have you bought the house?", "Tôi chưa mua nhà." → "I don't
buy my house.", "Bố mẹ tôi vừa mua một căn hộ." → "My parents bought apart.", "Tôi đang vay tiền mua nhà." → "I'm
taking home money.", "Nhà tôi đang xây." → "My house is building.", "Nhà bạn xây xong chưa?" → "Are you finished?",
"Bố mẹ tôi đang xây nhà." → "My parents are building."; "I bought a flat." → "Tôi mua một chiếc phẳng.", "I bought a
plot of land." → "Tôi mua một đồ thị đất.", "We took out a mortgage." → "Chúng tôi mất một khoản vay thế chấp.".

Taken: who (mt.hobbies.WHO, WHO_EN, people only; mt.people.PARENTS_WHOSE; "nhà tôi", "my family") has just bought, has
bought ("đã", "rồi"), bought on a day behind, has not bought yet, or asked "… chưa?", a house, a new house, a flat
("một căn hộ", "chung cư"), some land or a plot of land; wants, plans or is about to buy one, said, denied or asked; is
borrowing or has borrowed money (from the bank) to buy one, has a mortgage (decided: "Tôi đang có khoản vay mua nhà.";
"đang vay tiền mua nhà" is "borrowing money to buy", as it says); is building, wants or plans to build a house, asked
"à?" or "có đang … không?", has finished building their own; whose house is being built, finished, nearly or not yet,
asked "… chưa?" and "Bao giờ …?"; house prices going up, gone up so much, so high (here, in a city of
mt.terms.GONE_ONLY). Left: saving to buy a house (mt/savings.py), a deposit (mt/deposits.py), instalments
(mt/instalments.py), moving in (mt/moving.py), the neighbours building (mt/neighbours.py), renovating
(mt/renovations.py), renting (mt/tenancy.py), wishes (mt/wishes.py); "Tôi mua nhà." (when?), "căn nhà", "căn hộ" with
no "một" (the house, the flat?), "có mua nhà không?" (did, or will?), "Did you buy …?", "vay ngân hàng mua nhà" with no
tense, "tăng nhanh quá" (rising, or risen?), "Anh", "Chị", "Em" saying it, "I" asked, a pet as who or whose house,
and anything else. mt.phrasebook.translate tries these after mt/knocks.py.

    >>> translate("Chúng tôi vừa mua nhà.", "vi", "en"), translate("My parents are building a house.", "en", "vi")
    ("We've just bought a house.", 'Bố mẹ tôi đang xây nhà.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, asked_of, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import GONE_ONLY, OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, SOFTENED_END, WHOSE_OF, agreement_asked, alternatives, be, capitalised, contracted,
                   keyed, present)

_KEYS = {"vi": lazy(r"(?i:mua|xây|giá\s+nhà)"), "en": lazy(r"(?i:house|flat|land|mortgage|apartment)")}
# what is bought (the first Vietnamese of each is written back); "căn nhà", "căn hộ" alone may be the one talked of
_PLACE = {"nhà": "a house", "một căn nhà": "a house", "một ngôi nhà": "a house", "nhà mới": "a new house",
          "một căn nhà mới": "a new house", "một căn hộ": "a flat", "chung cư": "a flat",
          "một căn hộ chung cư": "a flat", "một căn hộ mới": "a new flat", "đất": "some land",
          "một mảnh đất": "a plot of land", "một lô đất": "a plot of land", "một miếng đất": "a plot of land"}
_PLACE_VI = {en: vi for vi, en in reversed(_PLACE.items())} | {"any land": "đất",
    "an apartment": "một căn hộ", "a new apartment": "một căn hộ mới", "land": "đất", "a piece of land": "một mảnh đất"}
_DAYS = near_days("hôm qua", "tuần trước", "tháng trước", "năm ngoái", "năm trước")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_HAVE = {True: "has", False: "have"}  # (after who, by whether one: contracted after a pronoun, "I've", "she's")
_TOWNS = {"ở đây": "here"} | {f"ở {vi}": f"in {en}" for vi, en in GONE_ONLY.items()}
_TOWNS_VI = {en: vi for vi, en in _TOWNS.items()}
_TOWNS = {keyed(vi): en for vi, en in _TOWNS.items()}  # (keyed: "ở hà nội" typed)

# who: parents, a family ("nhà tôi"), or mt.hobbies' (a pronoun, kin and whose, a name)
_WHO = rf"(?:{PARENTS_WHOSE}|(?P<fam>(?i:nhà|gia\s+đình))\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|{WHO})"
_WHAT = rf"(?P<what>(?i:{alternatives(_PLACE)}))"
_DAY = rf"(?i:{alternatives(_DAYS)})"
# bought ("Chúng tôi vừa mua nhà.", "Năm ngoái bố mẹ tôi mua một mảnh đất.", "Bạn đã mua nhà chưa?")
_BOUGHT = lazy(rf"(?:(?P<day0>{_DAY})\s+)?{_WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+|(?P<not>chưa)\s+)?mua\s+"
               rf"(?:được\s+)?{_WHAT}(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# to buy ("Tôi muốn mua một mảnh đất.", "Bạn có định mua nhà không?")
_WANT = {"muốn": "want to", "định": "planning to", "đang định": "planning to", "dự định": "planning to",
         "sắp": "about to"}
_WANTS = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<how>{alternatives(_WANT)})\s+mua\s+{_WHAT}"
              rf"{ASKED_END}")
# a loan for it ("Tôi đang vay tiền mua nhà.", "Chúng tôi đã vay ngân hàng để mua nhà.", "Tôi có khoản vay mua nhà.")
_LOAN = lazy(rf"{_WHO}\s+(?P<tense>đang|đã|vừa\s+mới|vừa|mới)\s+vay\s+(?:(?P<money>tiền)\s+)?(?P<bank>ngân\s+hàng\s+)?"
             rf"(?:để\s+)?mua\s+{_WHAT}{SOFTENED_END}")
_MORTGAGE = lazy(rf"{_WHO}\s+(?:(?P<not>không)\s+|(?P<now>đang)\s+)?có\s+(?:một\s+)?khoản\s+vay\s+mua\s+nhà"
                 rf"(?P<any>\s+nào)?{ASKED_END}")
# building ("Bố mẹ tôi đang xây nhà.", "Bạn đang xây nhà à?", "Họ vừa xây xong nhà.")
_BUILD = _WANT | {"đang": ""}
_BUILDS = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<how>{alternatives(_BUILD)})\s+xây|(?P<done>vừa"
               r"\s+mới|vừa|mới|đã)\s+xây\s+xong)\s+(?P<house>nhà(?P<new>\s+mới)?)(?:\s+(?P<a>à))?" + ASKED_END)
# whose house being built ("Nhà tôi đang xây.", "Nhà bạn xây xong chưa?", "Bao giờ nhà bạn xây xong?")
_OWNER = rf"(?:{PARENTS_WHOSE}|{WHO})"
_BEING_BUILT = lazy(rf"(?:(?P<when>(?i:bao\s+giờ|khi\s+nào))\s+)?(?i:nhà)(?P<new>\s+mới)?\s+(?:của\s+)?{_OWNER}\s+"
                    r"(?:(?P<how>đang(?:\s+được)?|sắp|vừa\s+mới|vừa|mới|đã|chưa)\s+)?(?:được\s+)?xây"
                    r"(?P<xong>\s+xong)?(?:\s+(?P<a>à|rồi|chưa))?" + SOFTENED_END)
# ... finished: (the word before "xây", the word after "xong") as English says it
_FINISHED = {("", "chưa"): "Is {} finished yet?", ("đã", "chưa"): "Is {} finished yet?", ("", "rồi"): "{} is finished.",
             ("đã", "rồi"): "{} is finished.", ("đã", ""): "{} is finished.", ("sắp", ""): "{} is nearly finished.",
             ("sắp", "rồi"): "{} is nearly finished.", ("chưa", ""): "{} isn't finished yet."} | {
    (just, ""): "{} has just been finished." for just in ("vừa", "mới", "vừa mới")}
# prices ("Giá nhà đất tăng quá.", "Giá nhà ở Hà Nội cao quá.")
_PRICES = lazy(rf"(?i:giá)\s+nhà(?:\s+đất)?(?:\s+(?P<town>(?i:{alternatives(_TOWNS)})))?\s+(?:(?P<ing>đang)\s+tăng|"
               r"(?P<up>tăng)(?:\s+(?P<much>nhiều|nhanh))?\s+(?:quá|lắm)|(?P<high>cao|đắt)\s+(?:quá|lắm))"
               + SOFTENED_END)

# ... in English
_WHO_EN = rf"(?:{PARENTS_WHOSE_EN}|(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
_WHAT_EN = rf"(?P<what>(?i:{alternatives(_PLACE_VI)}))"
_BOUGHT_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{_WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not)?|\s+(?:haven|hasn)['’]t|"
                  rf"['’](?:ve|s))?(?:\s+(?P<just>just))?\s+bought\s+{_WHAT_EN}(?:\s+(?P<day>"
                  rf"{alternatives(_DAYS_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WANT_EN = {"want": "muốn", "wants": "muốn", "planning": "định", "going": "định", "about": "sắp"}
_WANTS_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does|am|are|is)(?:\s+not)?|"
                 r"\s+(?:don|doesn|aren|isn)['’]t|['’](?:m|re|s)(?:\s+not)?)?\s+(?P<how>wants?|planning|going|about)\s+"
                 rf"to\s+(?P<verb>buy|build)\s+{_WHAT_EN}\s*(?P<end>[.!?]*)")
_LOAN_EN = lazy(rf"{_WHO_EN}(?:(?P<aux>\s+(?:am|are|is)|['’](?:m|re|s))\s+(?:borrowing\s+money|taking\s+out\s+a\s+"
                r"(?P<bankloan>bank\s+)?loan)|\s+(?:borrowed\s+money|took\s+out\s+a\s+(?P<bankloan2>bank\s+)?loan)|"
                rf"\s+(?P<took>took\s+out\s+a\s+mortgage))(?P<bank>\s+from\s+the\s+bank)?(?:\s+to\s+buy\s+{_WHAT_EN})?"
                r"\s*(?P<end>[.!]*)")
_MORTGAGE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|"
                    r"['’](?:ve|s))?\s+(?P<verb>have|has|got)\s+a\s+mortgage\s*(?P<end>[.!?]*)")
_BUILDING_EN = lazy(rf"(?:(?P<q>Are|Is)\s+)?{_WHO_EN}(?P<aux>\s+(?:am|are|is|have|has)|['’](?:m|re|s|ve))?\s+"
                    r"(?P<how>building|(?:just\s+)?finished\s+building)\s+(?:a|(?P<poss>\w+))\s+(?P<new>new\s+)?house"
                    r"\s*(?P<end>[.!?]*)")
_OWNER_EN = (rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<pwhose>(?i:{WHOSE_WORDS}))\s+parents['’]|"
             rf"(?P<someone>{SOMEONE_EN})['’]s)")
_BEING_BUILT_EN = lazy(rf"(?:(?P<q>Is|When\s+will)\s+)?{_OWNER_EN}\s+(?P<new>new\s+)?house\s+(?P<how>"
                       r"is\s+being\s+built|(?:is|['’]s)\s+(?:nearly|almost)\s+finished|(?:is|['’]s)\s+finished|"
                       r"has\s+(?:just\s+)?been\s+(?:built|finished)|(?:isn['’]t|is\s+not)\s+finished\s+yet|"
                       r"finished(?:\s+yet)?|be\s+finished)\s*(?P<end>[.!?]*)")
_PRICES_EN = lazy(rf"House\s+prices(?:\s+(?P<town>{alternatives(_TOWNS_VI)}))?\s+(?:(?P<ing>are\s+(?:going\s+up|"
                  r"rising))|(?P<up>have\s+(?:gone\s+up|risen))\s+(?:so\s+much|(?P<lot>a\s+lot))|"
                  r"are\s+(?:so|too)\s+high)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a house, a flat or land bought or to buy, a loan for one, a house built or
    being built, or house prices; None for any other."""
    if src == "vi":
        if agreement_asked(text):
            return None  # ("nhỉ" asks to be agreed with)
        return (_bought(text) or _wants(text) or _loan(text) or _mortgage(text) or _builds(text) or _being_built(text)
                or _prices(text))
    text = text.replace("’", "'")
    return (_bought_vi(text) or _wants_vi(text) or _loan_vi(text) or _mortgage_vi(text) or _building_vi(text)
            or _being_built_vi(text) or _prices_vi(text))


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a _WHO match in English, whether one ("she"); None for a pet, "I" asked, "anh", "chị", "em" saying it."""
    if m["parents"]:
        return parents_said(m, "en"), False
    said = (f"{OWNERS[keyed(m['fwhose'])]} family", True) if m["fwhose"] else None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether one ("mẹ tôi", True); None for a pet."""
    if m["parents"] or m["fwhose"]:
        return (parents_said(m, "vi"), False) if m["parents"] else (f"gia đình {WHOSE_VI[m['fwhose'].lower()]}", True)
    return None if animal(m) else who_vi(m)


def _bought(text: str) -> str | None:
    """A sentence of _BOUGHT in English ("We've bought a house."); None for "Tôi mua nhà." (when?) and any other."""
    m = _BOUGHT.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    asked, tense, day = bool(m["yet"]), keyed(m["tense"] or ""), keyed(m["day0"] or m["day"] or "")
    if asked and (m["not"] or m["done"] or day or tense not in ("", "đã")) or m["not"] and (m["done"] or day) or \
            day and (tense not in ("", "đã") or m["done"]) or not (asked or tense or m["done"] or m["not"] or day):
        return None
    said = _who(m, asked)
    if said is None:
        return None
    who_, one = said
    what = _PLACE[keyed(m["what"])]
    if asked:  # ("Have you bought any land yet?")
        return f"{'Has' if one else 'Have'} {who_} bought {what.replace('some ', 'any ')} yet?"
    if day:
        return capitalised(f"{who_} bought {what} {_DAYS[day]}.")
    if m["not"]:
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t bought {what.replace('some ', 'any ')} yet.")
    just = " just" if tense in ("vừa", "mới", "vừa mới") else ""  # ("Tôi vừa mua nhà rồi.": just, "rồi" or not)
    return capitalised(f"{contracted(who_, _HAVE[one])}{just} bought {what}.")


def _wants(text: str) -> str | None:
    """A sentence of _WANTS in English ("Do you want to buy a house?"); None for any other."""
    m = _WANTS.fullmatch(text)
    asked = m and asked_of(m)
    said = None if asked is None else _who(m, asked)
    if said is None:
        return None
    who_, one = said
    what = _PLACE[keyed(m["what"])]
    if m["not"] or asked:
        what = what.replace("some ", "any ")  # ("don't want to buy any land")
    return _doing(who_, one, f"{_WANT[keyed(m['how'])]} buy {what}", asked, bool(m["not"]))


def _doing(who_: str, one: bool, doing: str, asked: bool, denied: bool) -> str | None:
    """Who is `doing` (wants to, is planning to, is about to buy or build, is building) in English, said, denied or
    asked; None for "about to" denied or asked ("không sắp mua": not Vietnamese), and building denied."""
    if doing.startswith("about") and (asked or denied) or doing.startswith("building") and denied:
        return None
    if doing.startswith("want "):
        return present(who_, one, "want", doing[5:], asked, denied)
    be_ = be(who_)
    return f"{be_.capitalize()} {who_} {doing}?" if asked else capitalised(
        f"{contracted(who_, be_)}{' not' * denied} {doing}.")


def _loan(text: str) -> str | None:
    """A sentence of _LOAN in English ("We borrowed money from the bank to buy a house."); None for any other."""
    m = _LOAN.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False)
    if not said:
        return None
    who_, one = said
    rest = f"money{' from the bank' * bool(m['bank'])} to buy {_PLACE[keyed(m['what'])]}."
    tense = keyed(m["tense"])
    said = (f"{contracted(who_, be(who_))} borrowing" if tense == "đang" else f"{who_} borrowed" if tense == "đã"
            else f"{contracted(who_, _HAVE[one])} just borrowed")
    return capitalised(f"{said} {rest}")


def _mortgage(text: str) -> str | None:
    """A sentence of _MORTGAGE in English ("I have a mortgage.", "Do you have a mortgage?"); None for any other."""
    m = _MORTGAGE.fullmatch(text)
    asked = bool(m and m["asked"])  # ("có" is the verb, asked or not)
    if not m or asked != ("?" in m["end"]) or asked and (m["not"] or m["now"]) or bool(m["any"]) != bool(m["not"]):
        return None
    said = _who(m, asked)
    return said and present(*said, "have", "a mortgage", asked, bool(m["not"]))


def _builds(text: str) -> str | None:
    """A sentence of _BUILDS in English ("My parents are building a house."); None for any other, and a name's own."""
    m = _BUILDS.fullmatch(text)
    if not m or m["a"] and (m["asked"] or m["ask"] or m["not"] or "?" not in m["end"]
                              or keyed(m["how"] or "") != "đang"):
        return None  # ("à?" asks only of building now: "Bạn đang xây nhà à?")
    asked = True if m["a"] else asked_of(m)
    said = None if asked is None else _who(m, asked)
    if said is None:
        return None
    who_, one = said
    if m["done"]:
        whose = whose_own(m, who_) if not m["parents"] else "their"
        if asked or m["not"] or not whose:
            return None
        just = "" if keyed(m["done"]) == "đã" else " just"
        new = " new" if m["new"] else ""
        return capitalised(f"{contracted(who_, _HAVE[one])}{just} finished building {whose}{new} house.")
    house, how = f"a{' new' * bool(m['new'])} house", _BUILD[keyed(m["how"])]
    return _doing(who_, one, f"{how} build {house}" if how else f"building {house}", asked, bool(m["not"]))


def _whose(m: re.Match) -> str | None:
    """Whose house, of a match of _OWNER, in English: "my", "my parents'", "my mother's", "Lan's"; None for a pet
    and "anh", "chị", "em" (yours, or the speaker's?)."""
    if m["parents"]:
        return f"{parents_said(m, 'en')}'"
    if m["who"]:
        return OWNERS.get(keyed(m["who"]))
    said = None if animal(m) else who(m, False)
    return said and f"{said[0]}'s"


def _being_built(text: str) -> str | None:
    """A sentence of _BEING_BUILT in English ("When will your house be finished?"); None for any other."""
    m = _BEING_BUILT.fullmatch(text)
    whose = m and _whose(m)
    if not whose:
        return None
    how, end, asked = keyed(m["how"] or ""), keyed(m["a"] or ""), "?" in m["end"]
    house = f"{whose}{' new' * bool(m['new'])} house"
    if m["when"]:
        return f"When will {house} be finished?" if m["xong"] and not how and not end and asked else None
    if asked != (end in ("à", "chưa")):
        return None
    if not m["xong"]:
        if how.startswith("đang") and end in ("", "à"):
            return f"Is {house} being built?" if asked else capitalised(f"{house} is being built.")
        return None
    said = _FINISHED.get((how, end))
    return said and capitalised(said.format(house))


def _prices(text: str) -> str | None:
    """A sentence of _PRICES in English ("House prices in Hanoi are so high."); None for any other."""
    m = _PRICES.fullmatch(text)
    if not m or "?" in m["end"] or keyed(m["much"] or "") == "nhanh":
        return None  # ("tăng nhanh quá": rising fast now, or risen fast?)
    town = f" {_TOWNS[keyed(m['town'])]}" if m["town"] else ""
    said = "are going up" if m["ing"] else "have gone up so much" if m["up"] else "are so high"
    return f"House prices{town} {said}."


def _aux(m: re.Match, group: str = "aux") -> str:
    """The auxiliary said after who (or the question's first word), in small letters, apostrophes straight."""
    return " ".join((m[group] or "").lower().split())


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether the verb `word` ("has", "'re", "don't") agrees with who said in Vietnamese (`who_`, `one` as _who_vi
    gives them: "tôi" takes "am")."""
    word = {"'s": "is", "'m": "am", "'re": "are", "'ve": "have"}.get(word, word).split(" ")[0]
    if word in ("is", "has", "does", "doesn't", "hasn't", "isn't", "wants"):
        return one
    if word == "am":
        return who_ == "tôi"
    return not one and (word not in ("are", "aren't") or who_ != "tôi")


def _what_vi(m: re.Match, denied_or_asked: bool) -> str | None:
    """What is bought, of a match's group "what", in Vietnamese ("nhà", "một mảnh đất"); None for "any land" said."""
    what = keyed(m["what"])
    return None if what.startswith("any ") and not denied_or_asked else _PLACE_VI[what]


def _bought_vi(text: str) -> str | None:
    """"We've just bought a house." as "Chúng tôi vừa mua nhà.", "We bought a house last year." as "Năm ngoái chúng
    tôi đã mua nhà." (_BOUGHT_EN); None for anything else, and "Did you buy …?" (did, or have?)."""
    m = _BOUGHT_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    aux, q = _aux(m), _aux(m, "q")
    denied = "not" in aux or "n't" in aux
    what = _what_vi(m, denied or bool(q))
    if what is None or (q or aux) and not _agrees(q or aux, who_, one) or m["day"] and (q or aux):
        return None
    if q:
        return f"{capitalised(who_)} đã mua {what} chưa?" if not (aux or m["just"]) and who_ != "tôi" else None
    if denied:
        return capitalised(f"{who_} chưa mua {what}.") if m["yet"] and not m["just"] else None
    if m["yet"]:
        return None
    if m["day"]:
        return f"{capitalised(_DAYS_VI[keyed(m['day'])])} {who_} đã mua {what}."
    return capitalised(f"{who_} {'vừa mua' if m['just'] else 'đã mua'} {what}{'' if m['just'] or not aux else ' rồi'}.")


def _wants_vi(text: str) -> str | None:
    """A sentence of _WANTS_EN in Vietnamese ("Chúng tôi định mua một mảnh đất."); None for any other."""
    m = _WANTS_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    aux, q, how = _aux(m), _aux(m, "q"), m["how"].lower()
    denied, asked = "not" in aux or "n't" in aux, bool(q)
    what, building = _what_vi(m, denied or asked), m["verb"] == "build"
    if what is None or building and what not in ("nhà", "nhà mới") or asked and (aux or who_ == "tôi"):
        return None
    did = (q or aux).split(" ")[0].split("'")[0] in ("do", "does", "don", "doesn")  # ("do", not "are", for "want")
    if how.startswith("want") and (aux or q) and (how == "wants" or not did or aux and not denied) or \
            not how.startswith("want") and (did or not (q or aux) or (asked or denied) and how != "planning") or \
            not _agrees(q or aux or how, who_, one):
        return None
    verb = f"{_WANT_EN[how]} {'xây' if building else 'mua'} {what}"
    if asked:
        return f"{capitalised(who_)} có {verb} không?"
    return capitalised(f"{who_} {'không ' * denied}{verb}.")


def _loan_vi(text: str) -> str | None:
    """"I'm borrowing money to buy a house." as "Tôi đang vay tiền để mua nhà.", "We took out a mortgage." as
    "Chúng tôi đã vay ngân hàng để mua nhà." (_LOAN_EN); None for anything else, and a loan for no house."""
    m = _LOAN_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or m["aux"] and not _agrees(_aux(m), *said):
        return None
    who_, one = said
    if m["took"]:
        return None if m["bank"] or m["what"] else capitalised(f"{who_} đã vay ngân hàng để mua nhà.")
    what = _what_vi(m, False) if m["what"] else None
    if what is None:
        return None
    bank = " ngân hàng" if m["bank"] or m["bankloan"] or m["bankloan2"] else ""
    return capitalised(f"{who_} {'đang' if m['aux'] else 'đã'} vay tiền{bank} để mua {what}.")


def _mortgage_vi(text: str) -> str | None:
    """A sentence of _MORTGAGE_EN in Vietnamese ("Tôi đang có khoản vay mua nhà."); None for any other."""
    m = _MORTGAGE_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    aux, q, verb = _aux(m), _aux(m, "q"), m["verb"]
    if (verb == "got") != (aux in ("'ve", "'s")) or (q or aux) and verb == "has" or q and (aux or who_ == "tôi") or \
            not _agrees(q or aux or verb, who_, one):
        return None
    if q:
        return f"{capitalised(who_)} có khoản vay mua nhà không?"
    if "not" in aux or "n't" in aux:
        return capitalised(f"{who_} không có khoản vay mua nhà nào.")
    return capitalised(f"{who_} đang có khoản vay mua nhà.")


def _building_vi(text: str) -> str | None:
    """A sentence of _BUILDING_EN in Vietnamese ("Họ vừa xây xong nhà."); None for any other, and a house not theirs."""
    m = _BUILDING_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    aux, q, how = _aux(m), _aux(m, "q"), keyed(m["how"])
    new = " mới" if m["new"] else ""
    if how == "building":
        if m["poss"] or not _agrees(q or aux, who_, one) or bool(q) == bool(aux) or q and who_ == "tôi" or \
                aux in ("have", "has", "'ve"):
            return None  # ("He has building a house.": not English)
        return f"{capitalised(who_)} có đang xây nhà{new} không?" if q else capitalised(f"{who_} đang xây nhà{new}.")
    if q or aux not in ("have", "has", "'ve", "'s") or not _agrees(aux, who_, one) or not _owns(who_, m):
        return None
    return capitalised(f"{who_} {'vừa' if 'just' in how else 'đã'} xây xong nhà{new}.")


def _owns(who_: str, m: re.Match) -> bool:
    """Whether "his", "her" or "their" of a match of _BUILDING_EN is who's own: "their" for parents or a family, "his"
    or "her" for kin of that sex (mt.terms.his_her) or a name."""
    poss = (m["poss"] or "").lower()
    if m["who"]:
        return poss == WHOSE_OF[m["who"].lower()]
    if m["parents"] or m["fwhose"]:
        return poss == "their"
    if m["kin"]:
        return poss == (his_her(who_) or poss) and poss in ("his", "her")
    return bool(m["given"]) and poss in ("his", "her")


def _being_built_vi(text: str) -> str | None:
    """A sentence of _BEING_BUILT_EN in Vietnamese ("Nhà bạn xây xong chưa?"); None for any other."""
    m = _BEING_BUILT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or pet(m["someone"], "en"):
        return None  # ("my dog's house": a kennel, left as _whose leaves "nhà con mèo của tôi")
    whose = (WHOSE_VI[m["poss"].lower()] if m["poss"] else f"bố mẹ {WHOSE_VI[m['pwhose'].lower()]}" if m["pwhose"]
             else someone(m["someone"], "en"))
    q, how = keyed(m["q"] or ""), keyed(m["how"])
    house = f"nhà mới của {whose}" if m["new"] else f"nhà {whose}"
    if q == "when will":
        return f"Bao giờ {house} xây xong?" if how == "be finished" else None
    if q == "is":
        return f"{capitalised(house)} xây xong chưa?" if how.startswith("finished") else None
    if how.startswith(("finished", "be ")):
        return None
    said = ("đang xây" if "being" in how else "sắp xây xong rồi" if "nearly" in how or "almost" in how else
            "vừa xây xong" if "just" in how else "chưa xây xong" if "yet" in how else "xây xong rồi")
    return capitalised(f"{house} {said}.")


def _prices_vi(text: str) -> str | None:
    """"House prices have gone up so much." as "Giá nhà đất tăng nhiều quá.", "… a lot." as "Giá nhà đất đã tăng
    nhiều.", "House prices here are so high." as "Giá nhà đất ở đây cao quá." (_PRICES_EN); None for anything else."""
    m = _PRICES_EN.fullmatch(text)
    if not m:
        return None
    town = f" {_TOWNS_VI[m['town']]}" if m["town"] else ""
    # ("a lot" plainly: "quá" would say "so much!")
    said = "đang tăng" if m["ing"] else "đã tăng nhiều" if m["lot"] else "tăng nhiều quá" if m["up"] else "cao quá"
    return f"Giá nhà đất{town} {said}."
