"""The family by marriage, both ways, written whole by rule: parents-in-law ("mẹ chồng", "bố vợ", "bố mẹ chồng"), the
husband's or wife's family ("nhà chồng", "nhà vợ"), a daughter- or son-in-law ("con dâu", "con rể"), what they are
like, living with them, getting on with them, their liking someone, and visiting them. v8 (rules on) loses the
"chồng", "vợ" and the "-in-law": "Mẹ chồng tôi khó tính lắm." → "My husband is very difficult to calculate.", "Tôi
sống chung với bố mẹ chồng." → "I live with my parents.", "Bố vợ tôi rất quý tôi." → "My wife is very precious.",
"Con dâu bà ấy rất chăm chỉ." → "She was very hard.", "Bạn có hợp với mẹ chồng không?" → "Do you deal with your
husband?", "Cuối tuần này tôi đi thăm bố mẹ vợ." → "This weekend, I'll visit my parents."; and back, "Do you get
on with your husband's mother?" → "Bạn có tiếp tục với mẹ của chồng mình không?" (go on), "He doesn't get on with his
wife's father." → "Anh ấy không thể tiếp tục với bố của vợ.", "Her daughter-in-law is very hard-working." → "Đứa
con gái của cô ấy rất khó làm.", "I'm visiting my wife's parents this weekend." → "Tôi đang viếng thăm bố mẹ mình
cuối tuần này.", "My son-in-law is very kind." → "Con trai tôi-law rất tốt.".

Taken: an in-law of _INLAWS with whose after it (mt.hobbies' pronouns, a name) being one of mt.traits.TRAITS ("khó tính"
here "hard to please", "dễ thương" "lovely"), with how much, not, or asked; who (mt.hobbies.WHO) living ("sống chung
với", "ở chung với") with an in-law, still, used to, not, asked; getting on ("hợp với") with one, very well, not, asked;
an in-law liking ("quý"), loving ("thương") or hating ("ghét") someone (a pronoun), asked, not; who visiting ("đi thăm",
"về thăm") in-laws, or going to the wife's family ("về nhà vợ"; the husband's only "ăn Tết"), on a near day ahead
(mt.dates.near_days, "Tết này") or behind, asked, not. Kin words in English are in-law words ("my mother-in-law"), but
for who "we", whose spouse is among us ("my husband's parents"), and the families ("my wife's family"). In English the
in-law's side must be said: "my husband's mother", "his wife's parents", "her daughter-in-law". Left: "mother-in-law",
"father-in-law", "parents-in-law", "in-laws", "brother-" and "sister-in-law" in English (whose husband or wife? English
does not say), an in-law with no whose as who ("Mẹ chồng khó tính lắm."), who a name, "họ" or "bạn tôi" with a husband's
or wife's kin and no whose (whose spouse?), "anh ấy" with "chồng" kin, "cô ấy" with "vợ" kin, a name's in-law in English
("Lan's husband's mother"), "our" or "their" husband's or wife's in English (one husband of many? "họ" many), a child's
traits of an in-law ("ngoan", "nghịch ngợm"), looks of "nhà chồng" both ways (the house?), "didn't visit", "về nhà
chồng" without "ăn Tết" (a bride marrying), "ở với" (staying, or living?), a visit with no day or a day of today
(planned, or done?), pets, "nhỉ" on a statement, and anything else; traits of anyone else are mt/traits.py's.
mt.phrasebook.translate tries these after mt/phone_numbers.py.

    >>> translate("Mẹ chồng tôi khó tính lắm.", "vi", "en"), translate("I live with my husband's parents.", "en", "vi")
    ('My mother-in-law is very hard to please.', 'Tôi sống chung với bố mẹ chồng.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import OBJECTS, PRONOUNS
from .hobbies import WHO, WHO_EN, be_agrees, person_of, whose_own
from .lazy_re import lazy
from .names import GIVEN
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_OBJECT_VI, EN_WHOSE, WHOSE_OF, alternatives, be, capitalised, contracted, keyed,
                   present, stop, strip_marks)
from .traits import TRAITS, TRAITS_VI

_KEYS = {"vi": lazy(r"(?i:chồng|vợ|dâu|rể)"), "en": lazy(r"(?i:husband|wife|in-law)")}
# an in-law: English as kin, and English said with "my" for who "we" (None: "our" as for anyone)
_PARENTS = {"mẹ": ("mother-in-law", "mother"), "bố": ("father-in-law", "father"), "ba": ("father-in-law", "father"),
            "cha": ("father-in-law", "father"), "bố mẹ": ("parents-in-law", "parents"),
            "ba mẹ": ("parents-in-law", "parents"), "cha mẹ": ("parents-in-law", "parents"),
            "nhà": ("family", "family"), "gia đình": ("family", "family")}
_SPOUSE = {"chồng": "husband's", "vợ": "wife's"}
_INLAWS = {f"{vi} {side}": (kin if vi not in ("nhà", "gia đình") else f"{spouse} {kin}", f"{spouse} {plain}")
           for side, spouse in _SPOUSE.items() for vi, (kin, plain) in _PARENTS.items()} | {
    "con dâu": ("daughter-in-law", None), "con rể": ("son-in-law", None), "chị dâu": ("sister-in-law", None),
    "em dâu": ("sister-in-law", None), "anh rể": ("brother-in-law", None), "em rể": ("brother-in-law", None)}
# ... in English, the side said (the first Vietnamese of each is written back)
_INLAWS_EN = {plain: vi for vi, (_, plain) in reversed(_INLAWS.items()) if plain} | {
    "son-in-law": "con rể", "daughter-in-law": "con dâu"}
# whose after an in-law: a pronoun ("bà ấy" her; not "anh", "chị" alone: you, or the speaker?) or a name
_WHOSE = {vi: EN_WHOSE[PRONOUNS[vi]] for vi in OBJECTS}
# (of an in-law: "khó tính" demanding, not picky; "dễ thương" lovely, not cute; a child's "ngoan" well-behaved and
# "nghịch ngợm" naughty are not said of a grown-up so)
_CHILDISH = {"ngoan", "nghịch ngợm"}
_TRAITS = {vi: en for vi, en in TRAITS.items() if vi not in _CHILDISH} | {
    "khó tính": "hard to please", "dễ thương": "lovely"}
_TRAITS_EN = TRAITS_VI | {"hard to please": "khó tính"}
_LOOKS = {"dễ thương", "xinh", "xinh đẹp", "đẹp trai"}  # (of "nhà chồng": the house?)
_BEFORE = {"rất": "very", "khá": "quite", "hơi": "a bit", "cực kỳ": "extremely"}
_BEFORE_EN = {"very": "rất", "really": "rất", "quite": "khá", "a bit": "hơi", "a little": "hơi", "extremely": "cực kỳ"}
_FOND = {"quý": "like", "thương": "love", "ghét": "hate"}
_FOND_EN = {"like": "quý", "love": "thương", "hate": "ghét"}
# days of a visit: ahead ("cuối tuần này" a plan) or behind (mt.dates.NEAR_DAYS); Tet this year ahead
_DAYS = near_days("ngày mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới",
                  "tháng sau", "tháng tới", "cuối tuần này", "hôm qua", "hôm kia", "tuần trước", "cuối tuần trước",
                  "tháng trước", "năm ngoái") | {"tết này": "for Tet this year", "tết năm nay": "for Tet this year"}
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items()) if not vi.startswith("tết")}

_INLAW = rf"(?P<inlaw>(?i:{alternatives(_INLAWS)}))"
_OF = rf"(?:\s+(?:của\s+)?(?:(?P<owner>(?i:{alternatives(_WHOSE)}))|(?P<name>{alternatives(GIVEN)})))"
_MUCH = rf"(?:(?P<before>{alternatives(_BEFORE)})\s+)?"
_NOT_ASK = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
# what an in-law is like ("Mẹ chồng tôi khó tính lắm.", "Bố vợ bạn có nghiêm khắc không?")
_LIKE = lazy(rf"{_INLAW}{_OF}\s+{_NOT_ASK}{_MUCH}(?P<trait>(?i:{alternatives(_TRAITS)}))"
             rf"(?:\s+(?P<after>lắm|quá))?{ASKED_END}")
# living with in-laws ("Tôi sống chung với bố mẹ chồng.", "Bạn còn sống với bố mẹ vợ không?")
_LIVE = lazy(rf"{WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+|(?P<used>(?:đã\s+)?từng)\s+)?{_NOT_ASK}"
             rf"(?:sống(?:\s+chung)?|ở\s+chung)\s+với\s+{_INLAW}{_OF}?{ASKED_END}")
# getting on with one ("Bạn có hợp với mẹ chồng không?", "Tôi không hợp với bố vợ lắm.")
_GET_ON = lazy(rf"{WHO}\s+{_NOT_ASK}(?:(?P<very>rất)\s+)?hợp\s+(?:tính\s+)?với\s+{_INLAW}{_OF}?"
               rf"(?:\s+(?P<after>lắm))?{ASKED_END}")
# an in-law fond of someone ("Bố vợ tôi rất quý tôi.", "Mẹ chồng bạn có thương bạn không?")
_LIKES = lazy(rf"{_INLAW}{_OF}\s+{_NOT_ASK}(?:(?P<very>rất)\s+)?(?P<verb>{alternatives(_FOND)})\s+"
              rf"(?P<whom>(?i:{alternatives(OBJECTS)}))(?:\s+(?P<after>lắm))?{ASKED_END}")
# visiting them ("Cuối tuần này tôi đi thăm bố mẹ vợ.", "Tết này chúng tôi về nhà vợ.", "Hôm qua bạn có về thăm
# bố mẹ chồng không?"); "về nhà chồng" alone is a bride's marrying, taken only "ăn Tết"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_VISIT = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>sẽ|đã)\s+)?{_NOT_ASK}(?:(?P<visit>(?:(?:đi|về)\s+)?thăm)|(?P<home>về))\s+"
              rf"{_INLAW}{_OF}?(?:\s+(?P<tet>ăn\s+Tết))?(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?{ASKED_END}")

# ... in English: whose, and the in-law with the side said
_INLAW_EN = (rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<inlaw>(?i:husband|wife)['’]s\s+(?i:mother|father|parents|family)|"
             r"(?i:son|daughter)-in-law)")
_NOT_EN = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_END_EN = r"\s*(?P<end>[.!?]*)"
_LIKE_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_INLAW_EN}(?:(?P<be>\s+is|\s+are|['’]s|['’]re)(?P<not>\s+not|n['’]t)?)?"
                rf"\s+(?:(?P<before>{alternatives(_BEFORE_EN)})\s+|(?P<so>so)\s+)?(?P<trait>(?i:"
                rf"{alternatives(_TRAITS_EN)})){_END_EN}")
_LIVE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_NOT_EN}(?:\s+(?P<still>still))?\s+(?P<verb>lives?)\s+with\s+"
                rf"{_INLAW_EN}{_END_EN}")
_GET_ON_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_NOT_EN}\s+(?P<verb>gets?)\s+(?:on|along)(?:\s+(?P<well>"
                  rf"(?:very|really)\s+well|well))?\s+with\s+{_INLAW_EN}{_END_EN}")
_LIKES_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_INLAW_EN}{_NOT_EN}(?:\s+(?P<really>really))?\s+(?P<verb>(?:like|love|hate)"
                 rf"s?)\s+(?P<whom>(?i:{alternatives(EN_OBJECT_VI)})){_END_EN}")
_VISIT_EN = lazy(rf"(?:(?P<be0>Are|Is|Am|Did)\s+)?{WHO_EN}(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is)?"
                 r"(?P<not>\s+not|n['’]t)?\s+(?P<verb>visiting|visited|visit|going\s+to|went\s+to|go\s+to)\s+"
                 rf"{_INLAW_EN}(?:\s+(?P<tet>for\s+Tet(?:\s+this\s+year)?)|\s+(?P<day>{alternatives(_DAYS_EN)}))?"
                 rf"{_END_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of what an in-law is like, living or getting on with one, one liking someone,
    or visiting them; None for any other."""
    if src == "vi":
        return _like(text) or _live(text) or _get_on(text) or _likes(text) or _visit(text)
    text = text.replace("’", "'")
    return _like_vi(text) or _live_vi(text) or _get_on_vi(text) or _likes_vi(text) or _visit_vi(text)


def _be(who_: str) -> str:
    """"is", "am" or "are" after who in English, parents-in-law many (mt.text.be)."""
    return "are" if who_.endswith("parents-in-law") else be(who_)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"; "còn … không?" with still), False said; None for "có" or
    "không?" alone, "không" asked, or a "?" on a statement."""
    asked = bool(m["asked"])
    ask = bool(m["ask"] or asked and keyed(m.groupdict().get("still") or "") == "còn")  # ("còn" said: still)
    return None if asked != ("?" in m["end"]) or ask != asked or asked and m["not"] else asked


def _named(m: re.Match) -> str:
    """The in-law of a match of _INLAW with whose after it (_OF) in English: "my mother-in-law", "Lan's son-in-law"."""
    whose = _WHOSE[keyed(m["owner"])] if m["owner"] else f"{strip_marks(m['name'])}'s"
    return f"{whose} {_INLAWS[keyed(m['inlaw'])][0]}"


def _whom(m: re.Match, who_: str) -> str | None:
    """The in-law of a match of _INLAW in English after who (`who_`, English): as `_named` where whose is said, else
    who's own ("my parents-in-law", "her mother-in-law"; "my husband's parents" for "we"); None where the side does
    not fit who ("anh ấy" with "mẹ chồng") or who's own is not known (a name, "bạn tôi", "họ")."""
    if m["owner"] or m["name"]:
        return _named(m)
    inlaw = keyed(m["inlaw"])
    kin, plain = _INLAWS[inlaw]
    side = inlaw.split()[-1] if plain else None
    if who_ == "we":
        return f"my {plain}" if side else f"our {kin}"
    own = whose_own(m, who_)
    if own is None or side and (who_ == "they" or own == {"chồng": "his", "vợ": "her"}[side]):
        return None
    return f"{own} {kin}"


def _like(text: str) -> str | None:
    """"Mẹ chồng tôi khó tính lắm." as "My mother-in-law is very hard to please.", "Con dâu bà ấy rất chăm chỉ." as
    "Her daughter-in-law is very hard-working.", "Bố vợ bạn có nghiêm khắc không?" as "Is your father-in-law
    strict?" (_LIKE); None for anything else, and looks of "nhà chồng" (the house?)."""
    m = _LIKE.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or not m or m["before"] and m["after"] or asked and (m["before"] or m["after"]):
        return None
    trait, who_ = keyed(m["trait"]), _named(m)
    if keyed(m["inlaw"]).startswith("nhà") and trait in _LOOKS:
        return None
    is_, said = _be(who_), _TRAITS[trait]
    if asked:
        return f"{is_.capitalize()} {who_} {said}?"
    if m["not"]:
        return None if m["before"] or keyed(m["after"] or "") == "quá" else \
            capitalised(f"{who_} {is_}n't {'very ' * bool(m['after'])}{said}{stop(m['end'])}")
    much = _BEFORE[keyed(m["before"])] + " " if m["before"] else {"lắm": "very ", "quá": "so "}.get(
        keyed(m["after"] or ""), "")
    return capitalised(f"{who_} {is_} {much}{said}{stop(m['end'])}")


def _said(m: re.Match) -> tuple[bool, str, bool, str] | None:
    """Whether a match of WHO (and an in-law) asks, who in English, whether one ("she lives"), and the in-law after
    who; None for a pet, "tôi" asked, "anh" saying, or an in-law not whose `_whom` knows."""
    asked = _asked(m)
    said = None if asked is None else person_of(m, asked)
    whom = said and _whom(m, said[0])
    return whom and (asked, *said, whom)


def _live(text: str) -> str | None:
    """"Tôi sống chung với bố mẹ chồng." as "I live with my parents-in-law.", "Bạn còn sống với bố mẹ vợ không?" as
    "Do you still live with your parents-in-law?", "Anh ấy từng sống với bố mẹ vợ." as "He used to live with his
    parents-in-law." (_LIVE); None for anything else."""
    m = _LIVE.fullmatch(text)
    said = m and _said(m)
    if not said or m["not"] and (m["still"] or m["used"]) or m["used"] and said[0]:
        return None
    asked, who_, one, whom = said
    if m["used"]:
        return capitalised(f"{who_} used to live with {whom}{stop(m['end'])}")
    return present(who_, one, "live", f"with {whom}", asked, bool(m["not"]), m["end"], "still " * bool(m["still"]))


def _get_on(text: str) -> str | None:
    """"Bạn có hợp với mẹ chồng không?" as "Do you get on with your mother-in-law?", "Tôi rất hợp với bố vợ." as "I
    get on very well with my father-in-law.", "Tôi không hợp với mẹ chồng lắm." as "I don't get on very well with my
    mother-in-law." (_GET_ON); None for anything else."""
    m = _GET_ON.fullmatch(text)
    said = m and _said(m)
    if not said or m["very"] and (m["after"] or m["not"] or said[0]) or m["after"] and not m["not"]:
        return None
    asked, who_, one, whom = said
    well = " very well" if m["very"] or m["after"] else ""
    return present(who_, one, "get", f"on{well} with {whom}", asked, bool(m["not"]), m["end"])


def _likes(text: str) -> str | None:
    """"Bố vợ tôi rất quý tôi." as "My father-in-law really likes me.", "Mẹ chồng bạn có quý bạn không?" as "Does
    your mother-in-law like you?", "Mẹ chồng cô ấy không thương cô ấy." as "Her mother-in-law doesn't love her."
    (_LIKES); None for anything else."""
    m = _LIKES.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or not m or m["very"] and (m["after"] or m["not"] or asked) or m["after"] and asked:
        return None
    who_, whom = _named(m), OBJECTS[keyed(m["whom"])]
    one, verb = _be(who_) == "is", _FOND[keyed(m["verb"])]
    if m["not"] and m["after"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {whom} very much{stop(m['end'])}")
    really = "really " if m["very"] or m["after"] else ""
    return present(who_, one, verb, whom, asked, bool(m["not"]), m["end"], really)


def _visit(text: str) -> str | None:
    """"Cuối tuần này tôi đi thăm bố mẹ vợ." as "I'm visiting my parents-in-law this weekend.", "Tết này chúng tôi
    về nhà vợ." as "We're going to my wife's family for Tet this year.", "Hôm qua bạn có đi thăm bố mẹ chồng không?"
    as "Did you visit your parents-in-law yesterday?" (_VISIT); None for anything else, and with no day, or two."""
    m = _VISIT.fullmatch(text)
    said = m and _said(m)
    day = m and keyed(m["day0"] or m["day"] or "")
    if not said or not day or m["day0"] and m["day"] or m["tet"] and not day.startswith("tết"):
        return None
    asked, who_, one, whom = said
    family = whom.endswith("family")
    if m["home"] and not (family and (m["tet"] or keyed(m["inlaw"]).endswith("vợ"))) or m["tet"] and not m["home"]:
        return None  # ("về nhà chồng": married into it, but "ăn Tết"; "về bố mẹ vợ" is not said)
    behind = NEAR_WAY.get(day) == "behind"
    if keyed(m["aux"] or "") == ("sẽ" if behind else "đã"):
        return None
    when = f"{whom} {_DAYS[day]}"
    if behind:
        go, went = ("go to", "went to") if m["home"] else ("visit", "visited")
        return f"Did {who_} {go} {when}?" if asked else capitalised(
            f"{who_} didn't {go} {when}{stop(m['end'])}" if m["not"] else f"{who_} {went} {when}{stop(m['end'])}")
    what, is_ = f"{'going to' if m['home'] else 'visiting'} {when}", be(who_)
    if asked:
        return f"{is_.capitalize()} {who_} {what}?"
    return capitalised(contracted(who_, f"{is_} {'not ' * bool(m['not'])}{what}") + stop(m['end']))


def _inlaw_vi(m: re.Match) -> tuple[str, bool] | None:
    """The in-law of a match of _INLAW_EN in Vietnamese, whose after it, and whether one: ("mẹ chồng tôi", True) for
    "my husband's mother", ("bố mẹ vợ anh ấy", False) for "his wife's parents"; None for "our" or "their" husband's
    or wife's (`_sided_many`)."""
    if _sided_many(m):
        return None
    inlaw = keyed(m["inlaw"])
    return f"{_INLAWS_EN[inlaw]} {WHOSE_VI[m['owner'].lower()]}", not inlaw.endswith("parents")


def _sided_many(m: re.Match) -> bool:
    """Whether a match of _INLAW_EN is "our" or "their" husband's or wife's: one husband of many ("our husband's"),
    or one person's, a "they" that "họ" would make many ("They live with their husband's parents.")."""
    return m["owner"].lower() in ("our", "their") and "'s " in keyed(m["inlaw"])


def _own(m: re.Match, who_: str) -> str | None:
    """The in-law of a match of _INLAW_EN in Vietnamese after who of WHO_EN (`who_`, Vietnamese), with no whose where
    it is who's own ("I … my husband's parents": "bố mẹ chồng"; "we … my husband's" too), else whose said ("bố mẹ
    chồng cô ấy"); None for "our" or "their" husband's (`_sided_many`)."""
    owner, inlaw = m["owner"].lower(), keyed(m["inlaw"])
    sided = "'s " in inlaw
    if _sided_many(m):
        return None
    if m["who"]:
        own = "my" if m["who"].lower() == "we" and sided else WHOSE_OF[m["who"].lower()]
    else:  # (kin by its word, "my mother … her"; a name by "his" or "her")
        own = his_her(who_) if m["kin"] else owner if owner in ("his", "her") else None
    return _INLAWS_EN[inlaw] if owner == own else f"{_INLAWS_EN[inlaw]} {WHOSE_VI[owner]}"


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether "do", "don't" or the verb (groups do, not, verb) of an English match agrees with who ("she lives",
    "does she live", "I don't"), and one of "do" and "don't" at most."""
    do, s_form = (m["do"] or m["not"] or "").lower(), m["verb"].endswith("s")
    if m["do"] and m["not"]:
        return False
    return not s_form and do.startswith("does") == one if do else s_form == one


def _asked_en(m: re.Match) -> bool | None:
    """Whether an English match asks (group do and a "?"); None where the two do not go together."""
    asked = bool(m["do"])
    return None if asked != ("?" in m["end"]) else asked


def _like_vi(text: str) -> str | None:
    """"My husband's mother is very strict." as "Mẹ chồng tôi rất nghiêm khắc.", "Is your son-in-law kind?" as "Con
    rể bạn có tốt bụng không?", "His wife's parents aren't very strict." as "Bố mẹ vợ anh ấy không nghiêm khắc
    lắm." (_LIKE_EN); None for anything else, and where "is" does not agree."""
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    said = _inlaw_vi(m)
    if not said:
        return None
    who_, one = said
    be_ = {"'s": "is", "'re": "are"}.get(keyed(m["be0"] or m["be"]), keyed(m["be0"] or m["be"]))
    before = (m["before"] or "").lower()
    if be_ != ("is" if one else "are") or m["be0"] and (before or m["so"]) or m["not"] and (
            m["so"] or before not in ("", "very", "really")):
        return None
    trait = _TRAITS_EN[keyed(m["trait"])]
    if trait in _LOOKS and who_.startswith("nhà"):
        return None  # ("Nhà chồng tôi xinh đẹp.": the house?)
    if m["be0"]:
        return capitalised(f"{who_} có {trait} không?")
    if m["not"]:
        return capitalised(f"{who_} không {trait}{' lắm' * bool(before)}{stop(m['end'])}")
    much = f"{_BEFORE_EN[keyed(before)]} " if before else ""
    return capitalised(f"{who_} {much}{trait}{' quá' * bool(m['so'])}{stop(m['end'])}")


def _with_vi(m: re.Match, verb: str) -> tuple[str, str, bool] | None:
    """Who of a match over WHO_EN and _INLAW_EN in Vietnamese, the in-law after (`_own`), and whether asked; None for a
    pet, "I" asked, the verb not agreeing, or "our husband's"."""
    asked = _asked_en(m)
    said = None if asked is None else person_of(m, asked, "en")
    whom = said and _agrees(m, said[1]) and _own(m, said[0])
    return (said[0], whom, asked) if whom else None


def _live_vi(text: str) -> str | None:
    """"I live with my husband's parents." as "Tôi sống chung với bố mẹ chồng.", "Do you still live with your wife's
    parents?" as "Bạn còn sống chung với bố mẹ vợ không?" (_LIVE_EN); None for anything else."""
    m = _LIVE_EN.fullmatch(text)
    said = m and not (m["still"] and m["not"]) and _with_vi(m, "live")
    if not said:
        return None
    who_, whom, asked = said
    if asked:
        return capitalised(f"{who_} {'còn' if m['still'] else 'có'} sống chung với {whom} không?")
    said = f"{'không ' * bool(m['not'])}{'vẫn ' * bool(m['still'])}sống chung với {whom}"
    return capitalised(f"{who_} {said}{stop(m['end'])}")


def _get_on_vi(text: str) -> str | None:
    """"Do you get on with your husband's mother?" as "Bạn có hợp với mẹ chồng không?", "I get on very well with my
    wife's father." as "Tôi rất hợp với bố vợ.", "She doesn't get on very well with her daughter-in-law." as "Cô ấy
    không hợp với con dâu lắm." (_GET_ON_EN); None for anything else."""
    m = _GET_ON_EN.fullmatch(text)
    said = m and _with_vi(m, "get")
    very = bool(m and m["well"] and m["well"].lower() != "well")
    if not said or very and said[2]:
        return None
    who_, whom, asked = said
    if asked:
        return capitalised(f"{who_} có hợp với {whom} không?")
    if m["not"]:
        return capitalised(f"{who_} không hợp với {whom}{' lắm' * very}{stop(m['end'])}")
    return capitalised(f"{who_} {'rất ' * very}hợp với {whom}{stop(m['end'])}")


def _likes_vi(text: str) -> str | None:
    """"My wife's father really likes me." as "Bố vợ tôi rất quý tôi.", "Does your husband's mother like you?" as "Mẹ
    chồng bạn có quý bạn không?", "Her daughter-in-law doesn't like her." as "Con dâu cô ấy không quý cô ấy."
    (_LIKES_EN); None for anything else, and where the verb does not agree."""
    m = _LIKES_EN.fullmatch(text)
    asked = m and _asked_en(m)
    if asked is None or not m or m["really"] and (asked or m["not"]):
        return None
    said = _inlaw_vi(m)
    if not said or not _agrees(m, said[1]):
        return None
    who_ = said[0]
    verb, whom = _FOND_EN[m["verb"].lower().rstrip("s")], EN_OBJECT_VI[m["whom"].lower()]
    if asked:
        return capitalised(f"{who_} có {verb} {whom} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{'rất ' * bool(m['really'])}{verb} {whom}{stop(m['end'])}")


def _visit_vi(text: str) -> str | None:
    """"I'm visiting my wife's parents this weekend." as "Cuối tuần này tôi đi thăm bố mẹ vợ.", "We're going to my
    wife's family for Tet this year." as "Tết này chúng tôi về nhà vợ ăn Tết.", "Did you visit your husband's parents
    yesterday?" as "Hôm qua bạn có đi thăm bố mẹ chồng không?" (_VISIT_EN); None for anything else, and with no
    day, a day of the wrong way, or "is" not agreeing."""
    m = _VISIT_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and (m["be"] or m["not"]):
        return None
    said = person_of(m, bool(m["be0"]), "en")
    whom = said and _own(m, said[0])
    verb, did = " ".join(m["verb"].lower().split()), (m["be0"] or "").lower() == "did"
    day = _DAYS_EN.get((m["day"] or "").lower()) or ("tết này" if m["tet"] else "")
    if not whom or not day or "ing" in verb and not (m["be"] or m["be0"] and not did):
        return None
    if m["be"] or m["be0"] and not did:  # ("I'm visiting", "Are you going to …?": ahead)
        if NEAR_WAY.get(day) == "behind" or "ing" not in verb or not be_agrees(m, m["be"] or m["be0"]):
            return None
    elif m["tet"] or NEAR_WAY.get(day) != "behind" or m["not"] or (did != (verb in ("visit", "go to"))):
        return None
    home = verb.startswith(("go", "went"))
    if home and not whom.startswith("nhà"):
        return None  # ("going to my wife's parents": visiting, or going towards them?)
    # ("về nhà chồng" alone is a bride's marrying: "về thăm", or "ăn Tết")
    go = f"đi thăm {whom}" if not home else f"về {whom} ăn Tết" if m["tet"] else \
        f"về {whom}" if whom.startswith("nhà vợ") else f"về thăm {whom}"
    lead = "Tết này" if m["tet"] else capitalised(day)
    if m["be0"]:
        return f"{lead} {said[0]} có {go} không?"
    return f"{lead} {said[0]} {'không ' * bool(m['not'])}{go}{stop(m['end'])}"
