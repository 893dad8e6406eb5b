"""Sharing a flat or a room, both ways, written whole by rule: who shares a flat ("ở ghép") or a room and with whom,
who is looking for or has found a flatmate, what a roommate or a flatmate is like, splitting the rent, and a roommate
moving in or out. v8 (the rules on) reads "ở ghép" as a transplant and "bạn cùng phòng" as "you" and a room ("I'm
transplant with two friends.", "You're very coconut."), and the English word by word ("My roommate is very messy." →
"Tôi phòng của tôi rất là tôi."); tests/test_flatmates.py keeps more of its readings.

Taken: who (mt.hobbies.WHO, WHO_EN; people only) shares a flat (British "flat") or a room ("ở chung phòng"), with
friends counted, "bạn bè" or someone (WHOM; in English a flat with friends, colleagues, neighbours, a room with family
or a pet too), or asked who with: said, denied, asked, going on ("đang"), once ("từng"); who is looking for, needs or
wants to find, has or has not yet found a flatmate ("người ở ghép") or one ("một bạn cùng phòng"), another ("thêm một");
what one's roommate ("bạn cùng phòng") or flatmate ("bạn ở ghép") is like (mt.traits.TRAITS, and messy, clean, tidy,
noisy; "dễ thương" nice); who splits the rent ("tiền nhà", "tiền thuê …"; in half, three ways, equally; with whom; "My
roommate and I"); a roommate moving in or out (soon, just, has, not yet, asked yet; a day ahead or behind,
mt.free_time.when with mt.dates.NEAR_SPANS). Left: a roommate's traits in mt.traits' words (mt/traits.py takes them
first; its "dễ thương" is "cute") and name (mt/people.py), roommates had ("Tôi có bạn cùng phòng": one or more?), what
each pays, renting (mt/rentals.py), a bill split (mt/bills.py), moving house (mt/moving.py), living with someone
(mt/residence.py), "ghép" alone (a transplant, "ghép hình": mt/puzzles.py), "với bạn" (you, or a friend?), "I" asked, a
pet as who, whom who is; in English a spouse or partner shared with (a couple "sống chung"), family or a pet in a flat
("ở ghép" splits the costs), "we" or "our" asked ("chúng ta" or "chúng tôi"?), an old roommate moving in; in Vietnamese
whom the speaker asked (an invitation), "chúng ta" asked of sharing or the rent (a suggestion?), "thêm người" (how
many?), "bạn cùng phòng" or "bạn ở ghép" looked for or found without "một" (one's own?), "tiền phòng" without "thuê" (a
hotel bill too), "chuyển vào" at once before a day ("vào" the time word?), an old roommate ("cũ") moving in; and
anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Tôi ở ghép với hai người bạn.", "vi", "en"), translate("My roommate is very messy.", "en", "vi")
    ('I share a flat with two friends.', 'Bạn cùng phòng của tôi rất bừa bộn.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .free_time import placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .people import KIN_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_OBJECT_VI, alternatives, be, be_said, capitalised, contracted, keyed, present,
                   progressive)
from .traits import TRAITS

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ghép|chung\s+phòng|cùng\s+phòng|tiền\s+nhà|tiền\s+phòng|tiền\s+thuê)"),
         "en": lazy(r"(?i:flatmate|roommate|housemate|share|sharing|\brent)")}
# a flatmate and a roommate (a roommate shares one room), and back (a flatmate looked for is "người ở ghép")
_MATES = {"bạn cùng phòng": "roommate", "bạn ở ghép": "flatmate", "người ở ghép": "flatmate"}
_MATES_VI = {en + s: vi for en, vi in (("roommate", "bạn cùng phòng"), ("flatmate", "bạn ở ghép"),
                                       ("housemate", "bạn ở ghép")) for s in ("", "s")}
_MATE_WORDS, _END_EN = "roommate|flatmate|housemate", r"\s*(?P<end>[.!?]*)"  # (an English sentence's end)
_MATE, _MATE_EN = rf"(?P<mate>(?i:{alternatives(_MATES)}))", rf"(?P<mate>(?i:{_MATE_WORDS}))"
# what one is like: mt.traits' words, and a flat's ("dễ thương": a grown-up flatmate is nice, not cute)
_LIKE = TRAITS | {"bừa bộn": "messy", "bừa bãi": "messy", "luộm thuộm": "messy", "sạch sẽ": "clean",
                  "gọn gàng": "tidy", "ngăn nắp": "tidy", "ồn ào": "noisy", "dễ thương": "nice"}
_LIKE_VI = {en: vi for vi, en in reversed(_LIKE.items())} | {"lovely": "dễ thương"}
_HOW = {"rất": "very", "khá": "quite", "hơi": "a bit", "cực kỳ": "extremely"}
_HOW_VI = {"very": "rất", "really": "rất", "quite": "khá", "a bit": "hơi", "a little": "hơi", "extremely": "cực kỳ",
           "so": "quá"}
# whom shared with, counted (English one, many)
_PEOPLE = {"người bạn": ("friend", "friends"), "người": ("person", "people"), "sinh viên": ("student", "students"),
           "đồng nghiệp": ("colleague", "colleagues"), "bạn cùng lớp": ("classmate", "classmates")}
_PEOPLE_VI = {en: vi for vi, ones in reversed(_PEOPLE.items()) for en in ones}
_N = rf"(?P<n>[2-9]|(?i:{alternatives(VI_TO_EN)}))"
_N_EN = rf"(?P<n>an?|[2-9]|(?i:{alternatives(EN_TO_VI)}))"
_WAYS = {"đôi": " in half", "ba": " three ways", "bốn": " four ways", "đều": " equally"}
_WAYS_VI = {"in half": "đôi", "fifty-fifty": "đôi", "two ways": "đôi", "three ways": "ba", "four ways": "bốn",
            "equally": "đều", "evenly": "đều"}
# the rent ("tiền phòng" without "thuê" is a hotel bill too)
_RENT = r"(?:trả\s+)?tiền\s+(?:nhà|thuê\s+(?:nhà|phòng))"
_THEIR = rf"(?P<whose>(?i:{alternatives(OWNERS)}))"

# sharing ("Tôi ở ghép với hai người bạn.", "Bạn có ở ghép không?", "Bạn đã từng ở ghép chưa?", "… với ai?")
_SHARE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<ing>đang)\s+|(?P<used>(?:đã\s+)?từng)\s+)?"
              rf"ở\s+(?:ghép|(?P<room>chung\s+phòng))(?:\s+với\s+(?:{_N}\s+(?P<people>{alternatives(_PEOPLE)})|"
              rf"(?P<friends>bạn\s+bè)|(?P<ai>ai)|{WHOM}))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# looking for one, found one ("Tôi đang tìm người ở ghép.", "Bạn tìm được người ở ghép chưa?")
_LOOK = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<ing>đang)\s+)?(?:(?P<need>cần|muốn)\s+)?(?:(?P<notyet>chưa)\s+|"
             rf"(?P<did>đã)\s+)?tìm(?:\s+(?P<found>được))?\s+(?:(?P<more>thêm)\s+)?(?:(?P<one>một)\s+)?{_MATE}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# what one is like ("Bạn cùng phòng của tôi rất bừa bộn.", "Bạn ở ghép của bạn có gọn gàng không?")
_LIKED = lazy(rf"(?P<pl>(?i:các|mấy|những)\s+)?{_MATE}(?:\s+(?P<new>mới))?\s+(?:của\s+)?{_THEIR}\s+(?:(?P<ask>có)\s+|"
              rf"(?P<not>không)\s+)?(?:(?P<how>{alternatives(_HOW)})\s+)?(?P<like>(?i:{alternatives(_LIKE)}))"
              rf"(?:\s+(?P<after>lắm|quá))?{ASKED_END}")
# splitting the rent ("Chúng tôi chia đôi tiền nhà.", "Tôi chia đôi tiền nhà với bạn cùng phòng.")
_SPLIT = lazy(rf"(?:(?P<pair>[Tt]ôi\s+và\s+(?P<pmate>(?i:{alternatives(_MATES)}))(?:\s+(?:của\s+)?tôi)?)|{WHO})"
              rf"\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?chia\s+(?:(?P<way>{alternatives(_WAYS)})\s+)?(?:nhau\s+)?"
              rf"{_RENT}(?:\s+với\s+(?:{_MATE}(?:\s+(?:của\s+)?(?P<wwhose>(?i:{alternatives(OWNERS)})))?|{WHOM}))?"
              rf"{ASKED_END}")
# moving in or out ("Bạn cùng phòng của tôi sắp chuyển đi.", "Bạn cùng phòng mới của tôi sẽ chuyển đến vào tuần sau.")
_MOVE = lazy(rf"{_MATE}(?:\s+(?P<new>mới|cũ))?\s+(?:của\s+)?{_THEIR}\s+(?:(?P<tense>sắp|sẽ|vừa\s+mới|vừa|mới|đã|"
             r"chưa|đang|định)\s+)?(?:chuyển|dọn)\s+(?:(?P<out>đi|ra(?:\s+ngoài)?)|đến|(?P<into>vào))"
             rf"(?:\s+(?P<day>[^,.!?]+?))??(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")

# ... in English
_NOT_EN = r"\s+(?P<not>do\s+not|does\s+not|don['’]t|doesn['’]t)"
_SHARE_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is|Am|Have|Has)\s+|(?P<who_q>Who)\s+(?P<qaux>do|does|are|is|am)\s+)?{WHO_EN}"
                 rf"(?:{_NOT_EN}|(?P<be>\s+am|\s+is|\s+are|['’](?:m|s|re))|\s+(?P<used>used\s+to))?"
                 r"(?:\s+(?P<ever>ever))?"
                 r"\s+(?P<verb>share|shares|sharing|shared)\s+(?:a\s+(?:flat|house)|an\s+apartment|(?P<room>a\s+room))"
                 rf"(?:\s+with\s+(?:{_N_EN}\s+(?P<people>{alternatives(_PEOPLE_VI)})|(?P<friends>friends)|"
                 rf"{WHOM_EN})|\s+(?P<with_q>with))?{_END_EN}")
_LOOK_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+am|\s+is|\s+are|['’](?:m|s|re|ve)|"
                r"\s+have|\s+has|\s+(?:have|has)\s+not|\s+(?:haven|hasn)['’]t|(?:\s+(?:do|does)\s+not|"
                r"\s+(?:don|doesn)['’]t)?\s+(?:needs?|wants?)\s+to)?\s+(?P<verb>looking\s+for|found|find)"
                rf"\s+(?P<det>a|another)\s+{_MATE_EN}(?:\s+(?P<yet>yet))?{_END_EN}")
_LIKED_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?P<whose>(?i:{WHOSE_WORDS}))\s+(?P<new>new\s+)?{_MATE_EN}"
                 r"(?P<pl>s)?(?P<be>\s+is|\s+are|['’]s|['’]re)?(?:\s+(?P<not>not)|(?P<nt>n['’]t))?"
                 rf"(?:\s+(?P<how>{alternatives(_HOW_VI)}))?\s+(?P<like>(?i:{alternatives(_LIKE_VI)})){_END_EN}")
_SPLIT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?(?:(?P<pair>[Mm]y\s+(?P<pmate>{_MATE_WORDS})\s+and\s+I)|{WHO_EN})"
                 rf"(?:{_NOT_EN})?\s+(?P<verb>split|splits)\s+the\s+rent(?:\s+(?P<way>{alternatives(_WAYS_VI)}))?"
                 rf"(?:\s+with\s+(?:(?P<wwhose>(?i:{WHOSE_WORDS}))\s+{_MATE_EN}|{WHOM_EN}))?{_END_EN}")
_MOVE_EN = lazy(rf"(?:(?P<q>Has)\s+)?(?P<whose>(?i:{WHOSE_WORDS}))\s+(?:(?P<new>new|old)\s+)?{_MATE_EN}"
                r"(?P<aux>\s+is|['’]s|\s+has|\s+hasn['’]t|\s+has\s+not|\s+is\s+going\s+to)?(?:\s+(?P<just>just))?"
                r"\s+(?P<verb>moving|moved|move)\s+(?P<way>in|out)(?:\s+(?P<day>[^,.!?]+?))??"
                rf"(?:\s+(?P<yet>yet))?{_END_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence the module docstring says is taken; None for any other."""
    if src == "vi":
        return _share(text) or _look(text) or _liked(text) or _split(text) or _move(text)
    text = text.replace("’", "'")
    return _share_vi(text) or _look_vi(text) or _liked_vi(text) or _split_vi(text) or _move_vi(text)


def _asked(m: re.Match, yet: bool = False) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", `yet`: "chưa?"); None where "?" and its words disagree."""
    asked = bool(m["asked"] or yet and m["yet"])
    groups = m.groupdict()
    if asked != ("?" in m["end"]) or groups.get("ask") and not m["asked"] or asked and groups.get("not"):
        return None
    return asked


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she shares"); None for a pet, "anh" … saying, "I" asked."""
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _share(text: str) -> str | None:
    """"Tôi ở ghép với hai người bạn." (_SHARE) as "I share a flat with two friends."; None for any other."""
    m = _SHARE.fullmatch(text)
    if m and m["ai"]:  # (asked by "ai" alone: "Bạn ở ghép với ai?")
        asked = None if "?" not in m["end"] or m["asked"] or m["ask"] or m["used"] or m["not"] or m["yet"] else False
    else:
        asked = m and _asked(m, bool(m["used"]))
    if asked is None or m["yet"] and (m["ask"] or not m["used"]) or m["not"] and (m["ing"] or m["used"]) or \
            m["whom"] and keyed(m["whom"]) in ("bạn", keyed(m["who"] or "")) or \
            (said := _who(m, asked or bool(m["ai"]))) is None:
        return None
    (who_, one), (one_, many) = said, _PEOPLE.get(keyed(m["people"] or ""), ("", ""))
    with_ = "friends" if m["friends"] else as_whom(m["whom"], "vi") if m["whom"] else ""
    if m["n"]:  # ("một người": one other, or a person?)
        n = VI_TO_EN.get(keyed(m["n"]), m["n"])
        with_ = f"{n} {many}" if n != "one" else None if one_ == "person" else f"a {one_}"
    if with_ is None or asked and with_ in ("me", "us") or \
            (asked or m["ai"]) and not (m["ing"] or m["used"]) and keyed(m["who"] or "") == "chúng ta":
        return None  # ("… với tôi không?" invites; "chúng ta" asked, not "đang" or "từng", may suggest it)
    place = "a room" if m["room"] else "a flat"
    said = f"{place} with {with_}" if with_ else place
    if m["ai"]:
        doing = f"{be(who_)} {who_} sharing" if m["ing"] else f"{'does' if one else 'do'} {who_} share"
        return f"Who {doing} {place} with?"
    if m["used"]:
        return f"{'Has' if one else 'Have'} {who_} ever shared {said}?" if asked else \
            capitalised(f"{who_} used to share {said}.")
    if m["ing"] and (asked or not m["not"]):  # (denied, "đang" or not, is "doesn't share")
        return progressive(who_, be(who_), f"sharing {said}", asked)
    return present(who_, one, "share", said, asked, bool(m["not"]))


def _look(text: str) -> str | None:
    """"Tôi đang tìm người ở ghép." (_LOOK) as "I'm looking for a flatmate."; None for any other."""
    m = _LOOK.fullmatch(text)
    if not m or (asked := _asked(m, bool(m and m["found"]))) is None or (said := _who(m, asked)) is None:
        return None
    if m["more"] and not m["one"] or not m["one"] and keyed(m["mate"]) != "người ở ghép":
        return None  # ("thêm người": how many? "tìm bạn cùng phòng": a roommate, or one's own?)
    who_, one = said
    mate = f"{'another' if m['more'] else 'a'} {_MATES[keyed(m['mate'])]}"
    if m["found"]:
        if m["ask"] or m["ing"] or m["need"] or bool(m["notyet"]) + bool(m["done"]) + bool(m["yet"]) != 1:
            return None
        if m["yet"]:
            return f"{'Has' if one else 'Have'} {who_} found {mate} yet?"
        return capitalised(contracted(who_, f"{'has' if one else 'have'}{'n’t' if m['notyet'] else ''} found {mate}"
                                      f"{' yet' if m['notyet'] else ''}.").replace("’", "'"))
    if m["notyet"] or m["did"] or m["done"] or m["yet"] or m["need"] and m["ing"]:  # ("đã tìm": looked, found?)
        return None
    if m["need"]:
        need = "need" if keyed(m["need"]) == "cần" else "want"
        return present(who_, one, need, f"to find {mate}", asked)
    return progressive(who_, be(who_), f"looking for {mate}", asked)


def _liked(text: str) -> str | None:
    """"Bạn cùng phòng của tôi rất bừa bộn." (_LIKED) as "My roommate is very messy."; None for any other."""
    m = _LIKED.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["how"] and m["after"] or asked and (m["how"] or m["after"]) or \
            m["not"] and (m["how"] or m["after"] == "quá"):
        return None  # (how much said twice, or asked)
    mate = f"{OWNERS[keyed(m['whose'])]}{' new' * bool(m['new'])} {_MATES[keyed(m['mate'])]}{'s' * bool(m['pl'])}"
    like, be_ = _LIKE[keyed(m["like"])], ("are" if m["pl"] else "is") + "n't" * bool(m["not"])  # (not asked)
    if asked:
        return f"{be_.capitalize()} {mate} {like}?"
    how = _HOW[keyed(m["how"])] if m["how"] else {"lắm": "very", "quá": "so"}.get(m["after"] or "", "")
    return capitalised(f"{mate} {be_} {how + ' ' if how else ''}{like}.")


def _split(text: str) -> str | None:
    """"Chúng tôi chia đôi tiền nhà." (_SPLIT) as "We split the rent in half."; None for any other."""
    m = _SPLIT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked and m["pair"] or \
            m["whom"] and keyed(m["whom"]) in ("bạn", keyed(m["who"] or "")) or \
            asked and keyed(m["who"] or "") == "chúng ta" or \
            (said := ("my " + _MATES[keyed(m["pmate"])] + " and I", False) if m["pair"] else _who(m, asked)) is None:
        return None  # ("Chúng ta có chia tiền nhà không?" may suggest it)
    who_, one = said
    with_ = ""
    if m["mate"]:  # (whose, said or who's own: "Tôi … với bạn cùng phòng" is "with my roommate"; of a name, not known)
        whose = OWNERS[keyed(m["wwhose"])] if m["wwhose"] else None if m["pair"] else \
            OWNERS.get(keyed(m["who"] or "")) or his_her_of(m)
        with_ = whose and f" with {whose} {_MATES[keyed(m['mate'])]}"
    elif m["whom"]:
        with_ = as_whom(m["whom"], "vi") if not m["pair"] else None
        with_ = with_ and f" with {with_}"
    if with_ is None:
        return None
    said = f"the rent{_WAYS[keyed(m['way'])] if m['way'] else ''}{with_}"
    return present(who_, one, "split", said, asked, bool(m["not"]))


def _move(text: str) -> str | None:
    """"Bạn cùng phòng của tôi sắp chuyển đi." (_MOVE) as "My roommate is moving out soon."; None for any other."""
    m = _MOVE.fullmatch(text)
    if not m or m["asked"] or bool(m["yet"]) != ("?" in m["end"]) or (day := when(m["day"], "vi", NEAR_SPANS)) is None:
        return None  # ("… không?": whether soon, or at all?)
    into_day = m["into"] and m["day"] and not keyed(m["day"]).startswith("vào ")
    if into_day or keyed(m["new"] or "") == "cũ" and not m["out"]:
        return None  # ("chuyển vào tuần sau": "vào" the time word? an old roommate moving in: which?)
    new = {"mới": " new", "cũ": " old"}.get(keyed(m["new"] or ""), "")
    mate, way = f"{OWNERS[keyed(m['whose'])]}{new} {_MATES[keyed(m['mate'])]}", "out" if m["out"] else "in"
    tense, done = keyed(m["tense"] or ""), bool(m["done"])
    ahead, behind = day and bool(AHEAD.match(day)), day and bool(BEHIND.match(day))
    if m["yet"]:
        return f"Has {mate} moved {way} yet?" if tense in ("", "đã") and not (day or done) else None
    if done:
        return capitalised(f"{mate} has moved {way}.") if tense in ("", "đã") and not day else None
    if behind:
        return capitalised(f"{mate} moved {way} {day}.") if tense in ("", "đã") else None
    if day and not ahead:
        return None  # ("hôm nay": ahead, or behind?)
    if ahead:
        going = "is planning to move" if tense == "định" else "is moving"
        return capitalised(f"{mate} {going} {way} {day}.") if tense in ("", "sẽ", "sắp", "định") else None
    said = {"sắp": f"is moving {way} soon", "sẽ": f"is going to move {way}", "vừa": f"has just moved {way}",
            "mới": f"has just moved {way}", "vừa mới": f"has just moved {way}", "đã": f"has moved {way}",
            "chưa": f"hasn't moved {way} yet", "đang": f"is moving {way}", "định": f"is planning to move {way}"}
    return capitalised(f"{mate} {said[tense]}.") if tense in said and not day else None


# the verbs said of one (he, she, my mother) and of others, as _agrees reads them
_THIRD, _OTHER = {"does", "has", "shares", "splits", "needs", "wants"}, {"do", "have", "share", "split", "need", "want"}


def _agrees(said: str, who_: str, one: bool) -> bool:
    """Whether a verb said agrees with who of WHO_EN as who_vi gives it ("she shares", "do you", "I'm", "doesn't")."""
    said = be_said(said.replace("n't", " not").split()[0])
    return said == be_of(who_, one) if said in ("am", "is", "are") else said in (_THIRD if one else _OTHER)


# the kin Vietnamese writes "của" after ("bạn cùng phòng của bạn", "con mèo của họ"; mt.hobbies.who_vi writes neither)
_OF = {"roommate", "classmate", "cat", "dog"}
# whom one shares a flat with ("ở ghép" splits the costs; family, pets: a room only), and whom nothing ("sống chung")
_FLATMATES = {"roommate", "classmate", "colleague", "co-worker", "coworker", "neighbour", "neighbor", "boss", "friend",
              "best friend"}
_PARTNERS = {"husband", "wife", "boyfriend", "girlfriend"}
_SOMEONE_EN = lazy(WHO_EN)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of WHO_EN in Vietnamese and whether one (who_vi), "của" after _OF ("bạn cùng phòng của bạn")."""
    who_, one = who_vi(m)
    if (kin := keyed(m["kin"] or "")) in _OF:
        who_ = f"{KIN_VI[kin]} của {WHOSE_VI[m['whose'].lower()]}"
    return who_, one


def _whom_vi(said: str) -> tuple[str, str] | None:
    """Whom of WHOM_EN in Vietnamese ("their cat": "con mèo của họ") and the kin said ("cat", or ""); None else."""
    if pronoun := EN_OBJECT_VI.get(said.lower()):
        return pronoun, ""
    m = _SOMEONE_EN.fullmatch(" ".join(said.split()))
    return None if not m or m["who"] else (_who_vi(m)[0], keyed(m["kin"] or ""))


def _ours_asked(who_: str, whom: str = "") -> bool:
    """Whether a question's who or whom in Vietnamese is "chúng tôi", maybe "chúng ta" ("us" asked of "you" is not)."""
    return "chúng tôi" in who_ or who_ != "bạn" and "chúng tôi" in whom


def _with_vi(m: re.Match) -> str | None:
    """Whom of a match of _SHARE_EN in Vietnamese (" với hai người bạn", or ""); None for "two friend", whom left."""
    if m["n"]:
        n, people = m["n"].lower(), m["people"].lower()
        single = people in {one for one, _ in _PEOPLE.values()}
        if single != (n in ("a", "one")) or people == "person":
            return None
        return f" với {'một' if single else EN_TO_VI.get(n, n)} {_PEOPLE_VI[people]}"
    if m["friends"] or not m["whom"]:
        return " với bạn bè" if m["friends"] else ""
    if (said := _whom_vi(m["whom"])) is None or said[1] in _PARTNERS or \
            said[1] and not m["room"] and said[1] not in _FLATMATES:
        return None
    return f" với {said[0]}"


def _share_vi(text: str) -> str | None:
    """"I share a flat with two friends." (_SHARE_EN) as "Tôi ở ghép với hai người bạn."; None for any other."""
    m = _SHARE_EN.fullmatch(text)
    asking = bool(m and (m["q"] or m["who_q"]))
    if not m or asking != ("?" in m["end"]) or bool(m["who_q"]) != bool(m["with_q"]) or animal(m):
        return None
    who_, one = _who_vi(m)
    if (with_ := _with_vi(m)) is None or with_ == f" với {who_}" or asking and _ours_asked(who_, with_):
        return None
    aux = m["q"] or m["qaux"] or m["not"] or m["be"] or ""
    verb, shape = m["verb"], be_said(aux.replace("n't", " not").split()[0]) if aux else ""
    shape = {"does": "do", "is": "be", "am": "be", "are": "be", "has": "have"}.get(shape, shape)
    key = ("q" if m["q"] else "who" if m["who_q"] else "not" if m["not"] else "used" if m["used"] else "", shape,
           verb if verb not in ("shares",) else "share", bool(m["ever"]))
    how = {("", "", "share", False): "{}.", ("not", "do", "share", False): "không {}.",  # ("{}": place, whom with)
           ("", "be", "sharing", False): "đang {}.", ("used", "", "share", False): "từng {}.",
           ("q", "do", "share", False): "có {} không?", ("q", "be", "sharing", False): "có đang {} không?",
           ("q", "have", "shared", True): "đã từng {} chưa?", ("who", "do", "share", False): "{} với ai?",
           ("who", "be", "sharing", False): "đang {} với ai?"}.get(key)
    if how is None or not _agrees(aux or verb, who_, one) or key[0] == "who" and with_:
        return None
    return capitalised(f"{who_} {how.format(('ở chung phòng' if m['room'] else 'ở ghép') + with_)}")


def _look_vi(text: str) -> str | None:
    """"I'm looking for a flatmate." (_LOOK_EN) as "Tôi đang tìm người ở ghép."; None for any other."""
    m = _LOOK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = _who_vi(m)
    words = f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("n't", " not").split()
    first, verb, yet = (words or [""])[0], m["verb"], bool(m["yet"])
    first = {"'ve": "have", "'m": "am", "'s": "has" if verb == "found" else "is", "'re": "are"}.get(first, first)
    mate = "bạn cùng phòng" if m["mate"].lower() == "roommate" else "người ở ghép"  # (looked for: "người")
    mate = f"thêm một {mate}" if m["det"] == "another" else mate
    not_, need = "not" in words, next((w for w in words if w.startswith(("need", "want"))), "")
    if not first or not _agrees(first, who_, one) or m["q"] and (m["aux"] and not need or not_ or _ours_asked(who_)):
        return None
    if need:  # ("need to" after "don't" or "do": not "needs")
        if (first.startswith(("do", "does")) or m["q"]) and need.endswith("s") or yet or verb != "find":
            return None
        find = f"{'cần' if need.startswith('need') else 'muốn'} tìm {mate}"
        return capitalised(f"{who_} có {find} không?" if m["q"] else f"{who_} {'không ' * not_}{find}.")
    if verb == "looking for" and first in ("am", "is", "are") and not (yet or not_):
        return capitalised(f"{who_} có đang tìm {mate} không?" if m["q"] else f"{who_} đang tìm {mate}.")
    if verb == "found" and first in ("have", "has") and (m["q"] or not_ or not yet):  # (not_ is not asked)
        said = "đã tìm được {} chưa?" if m["q"] else "chưa tìm được {}." if not_ else "tìm được {} rồi."
        return capitalised(f"{who_} {said.format(mate)}")
    return None


def _liked_vi(text: str) -> str | None:
    """"My roommate is very messy." (_LIKED_EN) as "Bạn cùng phòng của tôi rất bừa bộn."; None for any other."""
    m = _LIKED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or \
            m["q"] and _ours_asked(WHOSE_VI[m["whose"].lower()]):
        return None
    not_, how = bool(m["not"] or m["nt"]), (m["how"] or "").lower()
    if be_said(m["q"] or m["be"]) != ("are" if m["pl"] else "is") or not_ and how not in ("", "very") or (
            m["q"] and (how or not_)):
        return None
    mate = f"{'các ' * bool(m['pl'])}{_MATES_VI[m['mate'].lower()]}{' mới' * bool(m['new'])}"
    mate = f"{mate} của {WHOSE_VI[m['whose'].lower()]}"
    like = _LIKE_VI[m["like"].lower()]
    if m["q"]:
        return capitalised(f"{mate} có {like} không?")
    if not_:
        return capitalised(f"{mate} không {like}{' lắm' * bool(how)}.")
    return capitalised(f"{mate} {like} quá." if how == "so" else f"{mate} {_HOW_VI[how] + ' ' if how else ''}{like}.")


def _split_vi(text: str) -> str | None:
    """"We split the rent three ways." (_SPLIT_EN) as "Chúng tôi chia ba tiền nhà."; None for any other."""
    m = _SPLIT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or m["pair"] and (m["q"] or m["wwhose"]):
        return None
    who_, one = (f"tôi và {_MATES_VI[m['pmate'].lower()]}", False) if m["pair"] else _who_vi(m)
    aux = m["q"] or m["not"]
    if not _agrees(aux or m["verb"], who_, one) or aux and m["verb"] != "split" or not m["pair"] and animal(m):
        return None
    with_ = ""
    if m["wwhose"]:
        whose = m["wwhose"].lower()
        own = m["who"] and WHOSE_VI[whose] == who_
        if not own and whose in ("his", "her", "their"):
            return None  # (not surely who's own)
        with_ = f" với {_MATES_VI[m['mate'].lower()]}{'' if own else ' của ' + WHOSE_VI[whose]}"
    elif m["whom"]:
        if (whom := _whom_vi(m["whom"])) is None or whom[0] == who_:
            return None
        with_ = f" với {whom[0]}"
    if m["q"] and _ours_asked(who_, with_):
        return None
    said = f"chia {_WAYS_VI[keyed(m['way'])] + ' ' if m['way'] else ''}tiền nhà{with_}"
    return capitalised(f"{who_} có {said} không?" if m["q"] else f"{who_} {'không ' * bool(m['not'])}{said}.")


def _move_vi(text: str) -> str | None:
    """"My roommate is moving out soon." (_MOVE_EN) as "Bạn cùng phòng của tôi sắp chuyển đi."; None for any other."""
    m = _MOVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and _ours_asked(WHOSE_VI[m["whose"].lower()]) or \
            (m["new"] or "").lower() == "old" and m["way"] == "in":
        return None  # (an old roommate moving in: which?)
    new = {"new": " mới", "old": " cũ"}.get((m["new"] or "").lower(), "")
    mate = f"{_MATES_VI[m['mate'].lower()]}{new} của {WHOSE_VI[m['whose'].lower()]}"
    go, verb, just, yet = "chuyển đi" if m["way"] == "out" else "chuyển đến", m["verb"], bool(m["just"]), bool(m["yet"])
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    aux = {"'s": "has" if verb == "moved" else "is"}.get(aux, aux)
    said = (m["day"] or "").lower()
    day = "" if said in ("", "soon") else when(said, "en", NEAR_SPANS)
    kind = "" if not said else "soon" if said == "soon" else "ahead" if AHEAD.match(said) else \
        "behind" if BEHIND.match(said) else None
    if day is None or kind is None or yet and not (m["q"] or aux == "has not") or \
            just and (aux not in ("", "has") or kind):
        return None
    if m["q"]:
        return capitalised(f"{mate} đã {go} chưa?") if verb == "moved" and not (aux or just or kind) else None
    if verb == "moving" and aux == "is" and kind in ("soon", "ahead"):
        return capitalised(f"{mate} sắp {go}.") if kind == "soon" else placed(f"{mate} sẽ {go}", day, ".")
    if verb == "move" and aux == "is going to" and kind in ("", "ahead"):
        return placed(f"{mate} sẽ {go}", day, ".")
    if verb != "moved" or aux not in ("", "has", "has not") or kind in ("soon", "ahead") or kind and aux:
        return None
    if kind == "behind":  # (aux and just are none here)
        return placed(f"{mate} {go}", day, ".")
    said = "chưa" if aux == "has not" else "vừa" if just else "đã"
    return capitalised(f"{mate} {said} {go}{' rồi' if said == 'đã' and aux else ''}.")
