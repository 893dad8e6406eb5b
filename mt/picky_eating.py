"""Fussy eaters, both ways, written whole by rule: who is a picky eater (very, such a, not very, still, not any more,
or as a child), a good or a poor eater, who has not been eating well lately, who won't eat or doesn't like eating
vegetables (fish, meat …), and who eats anything. v8 (rules on) reads "kén ăn" as snuggling, "biếng ăn" as turning,
"lười" as lazing, and "picky eater" as a good eater or a vegetarian: "Con tôi kén ăn lắm." → "My child snugged.",
"Hồi nhỏ tôi rất kén ăn." → "When I was snugging.", "Con bạn có kén ăn không?" → "Do you snugg food?", "Dạo này con
tôi biếng ăn." → "I turned to eat.", "Con tôi lười ăn rau." → "My child lazed out.", "Con gái tôi ăn giỏi lắm." → "My
daughter is very good."; "My son is a very picky eater." → "Con trai tôi là một người ăn rất ngon." (a good eater), "I
was a picky eater as a child." → "Tôi là một người ăn chay như một đứa trẻ." (a vegetarian), "He isn't a picky
eater." → "Anh ấy không phải là người ăn.", "My child hasn't been eating well lately." → "Con tôi không ăn uống tốt
muộn.", "My kids are fussy eaters." → "Con tôi rất thích ăn uống." (likes eating).

Taken: who (mt.hobbies.WHO, WHO_EN; "bé nhà tôi", my child; "các con tôi", my children; "bọn trẻ nhà tôi", "my kids")
is a picky eater ("kén ăn"; "picky" or "fussy", "picky about food"): "rất", "lắm" (very), "quá" (such a), "không …
lắm" (not very), "vẫn" (still), "không còn … (nữa)" (not any more), said, denied or asked ("có … không?", "còn …
không?"), and as a child ("hồi nhỏ", "lúc nhỏ", "khi còn nhỏ" ↔ "as a child"), said, denied or asked; a good eater
("ăn giỏi", "ăn ngoan"), said or asked; a poor appetite ("biếng ăn"; "lười ăn" of a child; "a poor eater"), said,
denied or asked, and "dạo này" ↔ "hasn't been eating well lately"; won't eat ("không chịu ăn"; "lười ăn" of a child;
"refuses to eat") one of FOODS, anything, or at all, and doesn't like eating one of FOODS, said, "vẫn" (still); who
eats anything ("ăn gì cũng được", "cái gì cũng ăn"; "I'll eat anything."). Left: liking and hating foods ("Con tôi
không thích rau.": mt/dislikes.py, mt/tastes.py, mt/favourites.py), foods not eaten ("Con tôi không ăn rau.":
mt/diets.py), hunger and appetite lost when ill (mt/hunger.py, mt/symptoms.py), meals (mt/meals.py, mt/mealtimes.py),
"you" eating anything ("Bạn ăn gì cũng được.": you may), "I"/"you"/"we" who "won't eat" (a refusal now?), "hơi" (a
bit), "quá" ("such", "so") asked ("Is he such a picky eater?"), an animal or a little child as a child ("Hồi nhỏ con
tôi …"), "còn" said without "vẫn" ("còn … nữa": moreover), "anh", "chị", "em" alone saying it, a "?" without
"không", the past otherwise ("He was a picky eater."), and anything else.
mt.phrasebook.translate tries these after mt/road_trips.py.

    >>> translate("Con tôi kén ăn lắm.", "vi", "en"), translate("I was a picky eater as a child.", "en", "vi")
    ('My child is a very picky eater.', 'Hồi nhỏ tôi kén ăn.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN, AS_CHILDREN_EN
from .hobbies import WHO, WHO_EN, animal, be_of, who, who_vi
from .lazy_re import lazy
from .people import CHILD_KIN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed, present, stop

# foods a child won't eat (the first Vietnamese of each is written back)
FOODS = {"rau": "vegetables", "rau xanh": "vegetables", "rau củ": "vegetables", "cá": "fish", "thịt": "meat",
         "trứng": "eggs", "hoa quả": "fruit", "trái cây": "fruit", "cà rốt": "carrots", "hành": "onions"}
# a cheap look before the regexes: each sentence of every text comes here, and each holding a key goes through the
# patterns; so the keys are the words each shape needs ("không thích ăn" and a food, not "thích ăn"; "ăn gì cũng
# được", not "gì cũng"; "good eater", not "eater"; "refuses to eat", not "refuse"; "eat anything" not after "to" or
# "you", which no shape takes: "Do you want to eat anything?")
_KEYS = {"vi": lazy(r"(?i:kén\s+ăn|biếng\s+ăn|lười\s+ăn|không\s+chịu\s+ăn|ăn\s+(?:rất\s+)?(?:giỏi|ngoan)|"
                    rf"không\s+thích\s+ăn\s+(?:{alternatives(FOODS)})|ăn\s+gì\s+cũng\s+được|gì\s+cũng\s+ăn)"),
         "en": lazy(r"(?i:picky|fussy|(?:good|poor)\s+eaters?|poor\s+appetites?|been\s+eating\s+(?:well|properly)|"
                    r"(?<!to\s)(?<!you\s)eats?\s+anything|won.t\s+eat|"
                    r"will\s+not\s+eat|refuses?\s+to\s+eat|(?:doesn.t|don.t|does\s+not|do\s+not)\s+like\s+"
                    r"(?:eating|to\s+eat))")}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())} | {"veggies": "rau", "greens": "rau xanh"}
_YOUNG = CHILD_KIN  # (kin who are children: "lười ăn" is a child's)
_KIDS = {"các con": "children", "mấy đứa con": "children", "bọn trẻ": "kids", "lũ trẻ": "kids", "mấy đứa nhỏ": "kids",
         "bọn nhỏ": "kids"}
_KIDS_VI = {"children": "các con", "kids": "bọn trẻ nhà"}

# who: mt.hobbies' (a pronoun, kin and whose, a name), a little one ("bé nhà tôi") or children ("các con tôi")
_WHO = (rf"(?:{WHO}|(?P<baby>(?i:em\s+bé|bé))\s+(?:nhà\s+|của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)}))|"
        rf"(?P<kids>(?i:{alternatives(_KIDS)}))\s+(?:nhà\s+|của\s+)?(?P<kwhose>(?i:{alternatives(OWNERS)})))")
_WHO_EN = rf"(?:{WHO_EN}|(?P<kwhose>(?i:{WHOSE_WORDS}))\s+(?P<kids>kids|children))"
_CHILDHOOD = AS_A_CHILD
_LATELY = r"(?i:dạo\s+gần\s+đây|dạo\s+này|gần\s+đây|thời\s+gian\s+gần\s+đây)"

# a picky eater ("Con tôi kén ăn lắm.", "Hồi nhỏ tôi rất kén ăn.", "Con bạn có kén ăn không?", "Anh ấy không kén ăn.")
_PICKY = lazy(rf"(?:(?P<child0>{_CHILDHOOD})\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?"
              r"(?:(?P<not>không)(?P<nomore>\s+còn)?\s+|(?P<very>rất)\s+)?kén\s+ăn(?:\s+(?P<much>lắm|quá))?"
              rf"(?:\s+(?P<more>nữa))?(?:\s+(?P<child1>{_CHILDHOOD}))?{ASKED_END}")
# a good eater ("Con gái tôi ăn giỏi lắm.", "Con bạn có ăn ngoan không?")
_GOOD = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?ăn\s+(?:(?P<very>rất)\s+)?(?:giỏi|ngoan)(?:\s+(?P<much>lắm))?{ASKED_END}")
# a poor appetite ("Con tôi biếng ăn.", "Dạo này con tôi biếng ăn.", "Con bạn có biếng ăn không?")
_POOR = lazy(rf"(?:(?P<late0>{_LATELY})\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?"
             r"(?:(?P<very>rất)\s+)?(?:bị\s+)?(?P<verb>biếng|lười)\s+ăn(?:\s+(?P<much>lắm|quá))?"
             rf"(?:\s+(?P<late1>{_LATELY}))?{ASKED_END}")
# a food refused or not liked ("Con tôi lười ăn rau.", "Con trai tôi không chịu ăn rau.", "Con tôi không thích ăn cá.")
_REFUSE = lazy(rf"{_WHO}\s+(?:(?P<still>vẫn)\s+)?(?P<how>không\s+chịu|lười|không\s+thích)\s+ăn"
               rf"(?:\s+(?P<food>(?i:{alternatives(FOODS)}))|\s+(?P<any>gì(?:\s+cả)?))?{SOFTENED_END}")
# anything eaten ("Con tôi ăn gì cũng được.", "Chồng tôi cái gì cũng ăn.")
_ANY = lazy(rf"{_WHO}\s+(?:ăn\s+gì\s+cũng\s+được|(?:cái|món)\s+gì\s+cũng\s+ăn(?:\s+được)?){SOFTENED_END}")

# ... and in English: the verb after who (group be) agreeing with who, or asking before it (group q)
_PICKY_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Was|Were)\s+)?{_WHO_EN}"
                 r"(?P<be>\s+(?:is|am|are|was|were)(?:\s+not|n['’]t)?|['’](?:s|m|re)(?:\s+not)?)?"
                 r"(?:\s+(?P<still>still))?\s+(?:(?P<a>an?|such\s+an?)\s+)?(?:(?P<very>very|really|so)\s+)?"
                 r"(?P<kind>picky|fussy|good|poor)\s+(?:(?P<eater>eaters?)|(?P<about>about\s+food))"
                 rf"(?:\s+(?P<more>any\s*more))?(?:\s+(?P<child>{AS_A_CHILD_EN}|{AS_CHILDREN_EN}))?"
                 r"\s*(?P<end>[.!?]*)")
_APPETITE_EN = lazy(rf"(?:(?P<q>Does|Do)\s+)?{_WHO_EN}(?P<aux>\s+has|\s+(?:does|do)(?:\s+not|n['’]t))?"
                    r"\s+(?P<have>have\s+)?(?P<a>an?\s+)?(?P<very>very\s+)?poor\s+(?P<app>appetites?)"
                    r"\s*(?P<end>[.!?]*)")
_LATELY_EN = lazy(rf"{_WHO_EN}\s+(?P<aux>has|have)(?:n['’]t|\s+not)\s+been\s+eating\s+(?:well|properly)\s+"
                  r"(?:lately|recently)\s*(?P<end>[.!]*)")
_REFUSE_EN = lazy(rf"{_WHO_EN}(?:\s+(?P<still>still))?\s+(?:(?P<wont>won['’]t|will\s+not)\s+eat|(?P<refuse>refuses?)"
                  r"\s+to\s+eat|(?P<dont>doesn['’]t|don['’]t|does\s+not|do\s+not)\s+like\s+(?:eating|to\s+eat))"
                  rf"(?:\s+(?P<food>(?i:{alternatives(FOODS_VI)}))|\s+(?P<any>anything))?\s*(?P<end>[.!]*)")
_ANY_EN = lazy(rf"{_WHO_EN}(?P<aux>\s+will|['’]ll)?\s+(?P<verb>eats?)\s+anything\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a picky, good or poor eater, of not eating well lately, of a food refused or
    not liked, or of eating anything; None for any other."""
    if src == "vi":
        return _picky(text) or _good(text) or _poor(text) or _refuse(text) or _any(text)
    text = text.replace("’", "'")
    return _picky_vi(text) or _appetite_vi(text) or _lately_vi(text) or _refuse_vi(text) or _any_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có kén ăn không?"), False said; None for "có" not asked, "không?" after
    "không", or a "?" without "không"."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m.groupdict().get("not"):
        return None
    return asked


def _who(m: re.Match, asked: bool) -> tuple[str, str, bool] | None:
    """Who of a match of _WHO in English, how English agrees with them ("I", "one": "is", "many": "are"), and whether
    they are a child; None for "anh", "chị" … alone said (mt.hobbies.who)."""
    if m["baby"]:
        return f"{OWNERS[keyed(m['bwhose'])]} child", "one", True
    if m["kids"]:
        return f"{OWNERS[keyed(m['kwhose'])]} {_KIDS[keyed(m['kids'])]}", "many", True
    said = who(m, asked)
    if said is None:
        return None
    return said[0], "I" if said[0] == "I" else "one" if said[1] else "many", keyed(m["kin"] or "") in _YOUNG


def _be(who_: str, agree: str, past: bool, said: bool = True) -> str:
    """"is", "am", "are" ("was", "were" in the past) after who; contracted after a pronoun where `said` ("I'm",
    "she's")."""
    be = ("was" if agree != "many" else "were") if past else {"I": "am", "one": "is"}.get(agree, "are")
    if said and not past and who_ in ("I", "you", "he", "she", "we", "they"):
        return {"am": "'m", "is": "'s", "are": "'re"}[be]
    return f" {be}"


def _picky(text: str) -> str | None:
    """"Con tôi kén ăn lắm." as "My child is a very picky eater.", "Hồi nhỏ tôi rất kén ăn." as "I was a very picky
    eater as a child.", "Con bạn có kén ăn không?" as "Is your child a picky eater?", "Anh ấy không kén ăn." as "He
    isn't a picky eater." (_PICKY); None for anything else, and "as a child" of a child, a little one or a pet."""
    m = _PICKY.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, agree, _ = said
    past, still, much = bool(m["child0"] or m["child1"]), keyed(m["still"] or ""), keyed(m["much"] or "")
    not_, more, very, so = bool(m["not"]), bool(m["nomore"]), bool(m["very"] or much == "lắm"), much == "quá"
    if m["child0"] and m["child1"] or m["very"] and much or m["more"] and not more or more and very:
        return None
    if still and (not_ or past or not asked and still == "còn") or so and (not_ or asked):
        return None  # ("Con tôi còn kén ăn nữa.": also, moreover)
    if past and (more or m["baby"] or m["kids"] or animal(m) or keyed(m["kin"] or "") == "con"):
        return None  # (a little child, or a dog, "as a child")
    return _eater(who_, agree, asked, not_, very, so, "still " if still else "", " any more" if more else "", past,
                  end=stop(m["end"]))


def _eater(who_: str, agree: str, asked: bool, not_: bool, very: bool, so: bool, still: str, more: str, past: bool,
           kind: str = "picky", end: str = ".") -> str:
    """A `kind` eater of who in English: "My child is a very picky eater.", "Is your child still a picky eater?",
    "We were such picky eaters as children.", "He isn't a picky eater any more."."""
    many = agree == "many" and who_ != "you"
    eater = f"{'very ' * very}{kind} eater{'s' * many}"
    eater = (f"such {eater}" if many else f"such a {eater}") if so else eater if many else f"a {eater}"
    child = (" as children" if many else " as a child") if past else ""
    if asked:
        return f"{_be(who_, agree, past, False).strip().capitalize()} {who_} {still}{eater}{child}?"
    be = _be(who_, agree, past, not not_ or who_ == "I")
    if not_:
        be = "'m not" if be == "'m" else f"{be}n't"
    return capitalised(f"{who_}{be} {still}{eater}{more}{child}{end}")


def _good(text: str) -> str | None:
    """"Con gái tôi ăn giỏi lắm." as "My daughter is a very good eater.", "Con bạn có ăn ngoan không?" as "Is your
    child a good eater?" (_GOOD); None for anything else."""
    m = _GOOD.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked)) is None or m["very"] and m["much"]:
        return None
    return _eater(said[0], said[1], asked, False, bool(m["very"] or m["much"]), False, "", "", False, "good",
                  stop(m["end"]))


def _poor(text: str) -> str | None:
    """"Con tôi biếng ăn." as "My child has a poor appetite.", "Dạo này con tôi biếng ăn." as "My child hasn't been
    eating well lately.", "Con bạn có biếng ăn không?" as "Does your child have a poor appetite?" (_POOR); None for
    anything else, and "lười ăn" of a grown-up (too lazy to eat?)."""
    m = _POOR.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, agree, young = said
    lately, very = m["late0"] or m["late1"], m["very"] or m["much"]
    if m["late0"] and m["late1"] or m["very"] and m["much"] or keyed(m["verb"]) == "lười" and not young:
        return None
    one, many = agree == "one", agree == "many" and who_ != "you"
    if lately:
        if asked or m["not"] or very:
            return None
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t been eating well lately{stop(m['end'])}")
    appetite = f"{'very ' * bool(very)}poor appetite{'s' * many}"
    appetite = appetite if many else f"a {appetite}"
    if very and (asked or m["not"]):
        return None
    return present(who_, one, "have", appetite, asked, bool(m["not"]), m["end"])


def _refuse(text: str) -> str | None:
    """"Con tôi lười ăn rau." and "Con tôi không chịu ăn rau." as "My child won't eat vegetables.", "Con tôi không
    chịu ăn gì cả." as "My child won't eat anything.", "Con tôi không thích ăn cá." as "My child doesn't like eating
    fish." (_REFUSE); None for anything else, "lười ăn" of a grown-up, and nothing or anything not liked."""
    m = _REFUSE.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None:
        return None
    who_, agree, young = said
    how, still = keyed(m["how"]), "still " if m["still"] else ""
    food = FOODS[keyed(m["food"])] if m["food"] else "anything" if m["any"] else ""
    if how == "lười" and not (young and m["food"]) or how == "không thích" and not m["food"]:
        return None
    if how == "không thích":
        return capitalised(f"{who_} {still}{'doesn' if agree == 'one' else 'don'}'t like eating {food}{stop(m['end'])}")
    return capitalised(f"{who_} {still}won't eat{' ' * bool(food)}{food}{stop(m['end'])}")


def _any(text: str) -> str | None:
    """"Con tôi ăn gì cũng được." as "My child eats anything.", "Tôi ăn gì cũng được." as "I'll eat anything." (_ANY);
    None for anything else, and "you" ("Bạn ăn gì cũng được.": you may eat anything)."""
    m = _ANY.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None or said[0] == "you":
        return None
    who_, agree, _ = said
    if who_ in ("I", "we"):
        return f"{capitalised(who_)}'ll eat anything{stop(m['end'])}"
    return capitalised(f"{who_} {'eats' if agree == 'one' else 'eat'} anything{stop(m['end'])}")


def _who_vi(m: re.Match) -> tuple[str, str]:
    """Who of a match of _WHO_EN in Vietnamese, and how English agrees with them ("I", "one", "many"): "con tôi",
    "bọn trẻ nhà tôi" ("my kids"), "các con tôi" ("my children")."""
    if m["kids"]:
        return f"{_KIDS_VI[m['kids'].lower()]} {WHOSE_VI[m['kwhose'].lower()]}", "many"
    who_, one = who_vi(m)
    return who_, "I" if m["who"] and m["who"].lower() == "i" else "one" if one else "many"


def _words(*said: str | None) -> list[str]:
    """The English words said (an auxiliary, contracted or not) in small letters, "n't" written "not", "'s" "is"."""
    words = " ".join(filter(None, said)).lower().replace("n't", " not").split()
    return [{"'s": "is", "'m": "am", "'re": "are"}.get(w, w) for w in words]


def _picky_vi(text: str) -> str | None:
    """"My son is a very picky eater." as "Con trai tôi rất kén ăn.", "I was a picky eater as a child." as "Hồi nhỏ
    tôi kén ăn.", "Is your child a fussy eater?" as "Con bạn có kén ăn không?", "He isn't picky about food." as "Anh
    ấy không kén ăn.", "My son is a good eater." as "Con trai tôi ăn giỏi.", "She's a poor eater." as "Cô ấy biếng
    ăn." (_PICKY_EN); None for anything else, where "is" or "eater" does not agree with who, and the past otherwise
    than as a child."""
    m = _PICKY_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, agree = _who_vi(m)
    words = _words(m["q"], m["be"])
    past, not_, kind = words[0] in ("was", "were"), "not" in words, m["kind"]
    if words[0] != be_of(who_, agree == "one", past):
        return None
    many = agree == "many" and who_ != "bạn"
    a, very, child = (m["a"] or "").lower(), (m["very"] or "").lower(), (m["child"] or "").lower()
    if bool(a) != (m["eater"] == "eater") or m["eater"] and (m["eater"] == "eaters") != many:
        return None  # ("He is picky eater.", "We're a picky eater.", "He's a picky about food."; "Are you picky
        # eaters?": "các bạn", left)
    if a in ("an", "such an") or "such" in a and very or very == "so" and not m["about"]:
        return None
    if bool(past) != bool(child) or child and (child in ("as children", "as kids")) != many:
        return None
    if past and (m["kids"] or animal(m) or (m["kin"] or "").lower() == "child"):
        return None  # ("My dog was a picky eater as a child.", as the Vietnamese leaves them)
    if m["still"] and (not_ or past) or m["more"] and not (not_ and not past and not m["q"]) or m["q"] and not_:
        return None
    so, very = "such" in a or very == "so", bool(very) and very != "so"
    if kind != "picky" and kind != "fussy":
        if m["about"] or so or past or m["more"] or m["still"] or kind == "good" and not_:
            return None
        said = _very_vi("ăn giỏi" if kind == "good" else "biếng ăn", very, bool(m["q"]) or not_)
        return _said_vi(who_, bool(m["q"]), not_, said, stop(m["end"]))
    if so and (not_ or m["q"]):
        return None  # ("Is he such a picky eater?": "có kén ăn không?" would drop "such", as the vi side leaves "quá")
    if m["q"]:
        said = f"{who_} {'còn' if m['still'] else 'có'} kén ăn{' lắm' * very} không?"
    elif not_:
        said = f"{who_} không {'còn ' * bool(m['more'])}kén ăn{' lắm' * very}{' nữa' * bool(m['more'])}{stop(m['end'])}"
    else:
        said = f"{who_} {'vẫn còn ' * bool(m['still'])}{'rất ' * very}kén ăn{' quá' * so}{stop(m['end'])}"
    return f"Hồi nhỏ {said}" if past else capitalised(said)


def _said_vi(who_: str, asked: bool, not_: bool, said: str, end: str = ".") -> str:
    """Who does `said` in Vietnamese: "Con tôi biếng ăn.", "Con bạn có biếng ăn không?", "Con tôi không biếng ăn."."""
    if asked:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' * not_}{said}{end}")


def _very_vi(said: str, very: bool, asked_or_denied: bool) -> str:
    """`said` ("biếng ăn", "ăn giỏi") very so where `very`: "rất" in it said ("rất biếng ăn", "ăn rất giỏi"), "lắm"
    after it asked or denied ("có biếng ăn lắm không?", "không biếng ăn lắm": "có rất … không?" and "không rất …" are
    not Vietnamese)."""
    if not very:
        return said
    if asked_or_denied:
        return f"{said} lắm"
    return "ăn rất giỏi" if said == "ăn giỏi" else f"rất {said}"


def _appetite_vi(text: str) -> str | None:
    """"My child has a poor appetite." as "Con tôi biếng ăn.", "Does your son have a poor appetite?" as "Con trai
    bạn có biếng ăn không?" (_APPETITE_EN); None for anything else, and where a verb or "appetite" does not agree."""
    m = _APPETITE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    who_, agree = _who_vi(m)
    one, many = agree == "one", agree == "many" and who_ != "bạn"
    words = _words(m["q"], m["aux"]) or (["have"] if m["have"] else [])
    if not words or (words[0] in ("has", "does")) != one or (words[0] in ("do", "does", "have")) != bool(m["have"]):
        return None
    if (m["app"] == "appetites") != many or bool(m["a"]) == many or m["a"] and m["a"].strip().lower() != "a":
        return None
    not_ = "not" in words
    return _said_vi(who_, bool(m["q"]), not_, _very_vi("biếng ăn", bool(m["very"]), bool(m["q"]) or not_),
                    stop(m["end"]))


def _lately_vi(text: str) -> str | None:
    """"My child hasn't been eating well lately." as "Dạo này con tôi biếng ăn." (_LATELY_EN); None for anything
    else, and "has" not agreeing with who."""
    m = _LATELY_EN.fullmatch(text)
    if not m:
        return None
    who_, agree = _who_vi(m)
    return None if (m["aux"] == "has") != (agree == "one") else f"Dạo này {who_} biếng ăn{stop(m['end'])}"


def _refuse_vi(text: str) -> str | None:
    """"My child won't eat vegetables." as "Con tôi không chịu ăn rau.", "My daughter refuses to eat fish." as "Con
    gái tôi không chịu ăn cá.", "My son doesn't like eating vegetables." as "Con trai tôi không thích ăn rau."
    (_REFUSE_EN); None for anything else, a verb not agreeing with who, and "I", "you", "we" who won't (a refusal
    now, or a habit?)."""
    m = _REFUSE_EN.fullmatch(text)
    if not m:
        return None
    who_, agree = _who_vi(m)
    food = FOODS_VI[m["food"].lower()] if m["food"] else "gì cả" if m["any"] else ""
    still = "vẫn " if m["still"] else ""
    if m["dont"]:
        if not m["food"] or _words(m["dont"])[0] != ("does" if agree == "one" else "do"):
            return None
        return capitalised(f"{who_} {still}không thích ăn {food}{stop(m['end'])}")
    if m["refuse"] and (m["refuse"] == "refuses") != (agree == "one") or who_ in ("tôi", "bạn", "chúng tôi"):
        return None
    return capitalised(f"{who_} {still}không chịu ăn{' ' * bool(food)}{food}{stop(m['end'])}")


def _any_vi(text: str) -> str | None:
    """"My child eats anything." as "Con tôi ăn gì cũng được.", "I'll eat anything." as "Tôi ăn gì cũng được."
    (_ANY_EN); None for anything else, "you", and "eat" not agreeing with who."""
    m = _ANY_EN.fullmatch(text)
    if not m:
        return None
    who_, agree = _who_vi(m)
    if who_ == "bạn" or (m["verb"] == "eats") != (agree == "one" and not m["aux"]):
        return None
    return capitalised(f"{who_} ăn gì cũng được{stop(m['end'])}")
