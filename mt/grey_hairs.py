"""Grey hair, both ways, written whole by rule: plucking someone's grey hairs ("nhổ tóc bạc", "nhổ tóc sâu"), a parent
making or asking a child to pluck them, going grey early, having grey hair already (or not yet, a few), a few grey hairs
found, and hair flecked with grey. v8 (rules on) reads "bạc" as silver, "nhổ" as getting, "sâu" as deep, and back
"pluck" as patting, "grey hairs" as down ("lông tơ"), "went grey" as going: "Tôi đang nhổ tóc bạc cho bố." → "I'm
getting a silver hair for my father.", "Con gái tôi hay nhổ tóc bạc cho tôi." → "My daughter or silver for me.", "Hồi
nhỏ tôi hay nhổ tóc sâu cho ông." → "My little hair is deeply for him.", "Mẹ tôi hay nhờ tôi nhổ tóc bạc." → "My mother
or ask me to lift my hair.", "Mẹ tôi bạc tóc sớm." → "My mother had silver early hair.", "Bạn có tóc bạc chưa?" → "Do
you have a silver hair?", "Tóc bố tôi đã lấm tấm bạc." → "The father I had brought my silver."; "I'm plucking my
father's grey hairs." → "Tôi đang vỗ lông tơ của cha mình.", "My father makes me pluck his grey hairs." → "Cha tôi làm
tôi vỗ lông tơ.", "My mother went grey early." → "Mẹ tôi đi mắt sớm.", "Do you have any grey hair yet?" → "Bạn có lông
tơ nào chưa?", "My mother has a few grey hairs." → "Mẹ tôi có một vài sợi lông tơ.".

Taken: who (mt.hobbies.WHO, WHO_EN) plucking whose grey hairs ("cho" whom, mt.hobbies.WHOM, or "cho bố", "mẹ", "ông",
"bà" of "tôi", "chúng tôi", "bạn"): now ("đang"), just ("vừa"), done ("rồi"), in the past ("đã", a day behind), as a
habit (mt.hobbies.SELDOM; asked with "có hay … không?"), often as a child ("Hồi nhỏ tôi hay …", of "tôi" alone); who
makes ("bắt"), asks ("nhờ") or tells ("bảo") someone to pluck their own grey hairs: as a habit, just, in the past (in
English in the present too); who went grey early ("bạc tóc sớm", "Tóc mẹ tôi bạc sớm."), denied, asked; who has got
grey hair already ("có tóc bạc rồi", "đã có"), a few grey hairs ("vài sợi"), none yet ("chưa có"), none ("không có"),
asked ("… có tóc bạc chưa?"); who has just found, or found, a few (more) grey hairs; whose hair is flecked with grey
("lấm tấm bạc", "điểm bạc"). Left: plucking with no word of time ("Tôi nhổ tóc bạc cho bố.": past, or a habit?), one's
own or with no whom ("Tôi đang nhổ tóc bạc."), "bắt", "nhờ" with no word of time, "anh", "chị", "em" alone saying it,
pets, another's that English would say as who's own ("Bố tôi … cho anh ấy": his own?) and "his", "her" of kin or a
name in English ("My sister … her mother's": their own, or another's?), and the shapes of the modules before: going
grey, a lot of grey hair, one grey hair found (mt/hair_loss.py), grey hair plain ("Anh ấy có tóc bạc.", "Tóc bố tôi
bạc rồi.": mt/features.py), dyeing it (mt/hair_dyeing.py). mt.phrasebook.translate tries these after
mt/tet_preparations.py.

    >>> translate("Tôi đang nhổ tóc bạc cho bố.", "vi", "en"), translate("My mother went grey early.", "en", "vi")
    ("I'm plucking my father's grey hairs.", 'Mẹ tôi bạc tóc sớm.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .dates import near_days
from .hobbies import (HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, asked_of,
                      em_speaking, his_her_of, own_thing, owner_of, pet, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_OBJECT, EN_WHOSE, SOFTENED_END, alternatives, be_said, capitalised,
                   contracted, keyed, present)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tóc\s+bạc|tóc\s+sâu|bạc\s+tóc|bạc\s+sớm|tấm\s+bạc|điểm\s+bạc)"),
         "en": lazy(r"(?i:grey|gray)")}
_BEHIND = near_days("hôm qua", "tối qua", "hôm kia", "tuần trước", "cuối tuần trước")  # (plucked then)
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
# kin said alone after "cho" ("cho bố": my father, of "tôi"), in English here: mt.people.NAMED_WHO has no "má"
_BARE = {"bố": "father", "ba": "father", "mẹ": "mother", "má": "mother", "ông": "grandfather", "bà": "grandmother"}
_ASKING = {"often", "sometimes", "usually"}  # (how often asked: "Bạn có hay … không?")
_OBJECT_WHOSE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
_MADE = {"bắt": ("make", "made", ""), "nhờ": ("ask", "asked", "to "), "bảo": ("tell", "told", "to ")}
_MADE_VI = {"make": "bắt", "made": "bắt", "ask": "nhờ", "asked": "nhờ", "tell": "bảo", "told": "bảo"}
_ONE = {"has", "'s", "does", "doesn't", "hasn't"}  # (said of one: "she has", "does he")
_WE = {"I", "we", "me", "us", "tôi", "chúng tôi"}  # (who and whom overlapping: "Tôi … cho chúng tôi")
_OTHER_SEX = {"his": "her", "her": "his"}  # ("My mother … his": another's; "My father … his": his own?)
_GREY_EN = r"gr[ae]y"

# who plucks whose grey hairs ("Tôi đang nhổ tóc bạc cho bố.", "Bạn có hay nhổ tóc sâu cho mẹ không?")
_OFTEN = rf"(?P<often>{alternatives(SELDOM)})"
_PLUCK = lazy(rf"(?:(?:(?P<child>{AS_A_CHILD})|(?P<day>(?i:{alternatives(_BEHIND)})))\s*,?\s+)?{WHO}\s+"
              rf"(?:(?P<ask>có)\s+)?(?:(?P<tense>đang|vừa\s+mới|vừa|mới|đã)\s+|{_OFTEN}\s+)?nhổ\s+tóc\s+(?:bạc|sâu)"
              rf"\s+cho\s+(?:{WHOM}|(?P<bare>(?i:{alternatives(_BARE)})))(?:\s+(?P<done>rồi))?{ASKED_END}")
# who makes or asks someone to pluck their grey hairs ("Bố tôi hay bắt tôi nhổ tóc bạc.")
_MAKE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+|{_OFTEN}\s+)?"
             rf"(?P<verb>bắt|nhờ|bảo)\s+{WHOM}\s+nhổ\s+tóc\s+(?:bạc|sâu){ASKED_END}")
# who went grey early ("Mẹ tôi bạc tóc sớm.", "Tóc mẹ tôi bạc sớm.")
_EARLY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:bị\s+)?bạc\s+tóc\s+sớm{ASKED_END}")
_EARLY_HAIR = lazy(rf"[Tt]óc\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?bạc\s+sớm{ASKED_END}")
# who has grey hair already, a few, not yet ("Tôi có tóc bạc rồi.", "Bạn có tóc bạc chưa?", "Tôi chưa có tóc bạc.")
_HAS = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<yet>chưa)\s+|(?P<not>không)\s+)?có\s+(?:(?P<few>vài)\s+sợi\s+|"
            r"(?P<one>sợi)\s+)?tóc\s+bạc(?:\s+(?P<none>nào))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?"
            rf"{SOFTENED_END}")
# who found a few grey hairs ("Tôi vừa tìm thấy vài sợi tóc bạc."; one is mt/hair_loss.py's)
_FOUND = lazy(rf"{WHO}\s+(?P<tense>vừa\s+mới|vừa|mới|đã)\s+(?:tìm\s+thấy|phát\s+hiện(?:\s+ra)?)\s+(?P<more>thêm\s+)?"
              rf"vài\s+sợi\s+tóc\s+bạc{SOFTENED_END}")
# whose hair is flecked with grey ("Tóc bố tôi đã lấm tấm bạc.")
_FLECKED = lazy(rf"[Tt]óc\s+(?:của\s+)?{OWNER}\s+(?:đã\s+)?(?:lấm\s+tấm|điểm)\s+bạc(?:\s+(?P<done>rồi))?"
                rf"{SOFTENED_END}")

# ... and in English
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_ADV_EN = rf"(?:\s+(?P<adv>just|{alternatives(HABIT_VI)}))?"
_PLUCK_EN = lazy(rf"(?:(?P<child>{AS_A_CHILD_EN})\s*,?\s+)?(?:(?P<q>Do|Does)\s+)?{WHO_EN}"
                 rf"(?:{BE_EN}|(?P<has>\s+has|\s+have|['’]ve))?{_ADV_EN}\s+(?P<verb>pluck|plucks|plucking|plucked)"
                 rf"(?:\s+out)?\s+{_WHOSE_EN}\s+{_GREY_EN}\s+hairs(?:\s+(?P<day>{alternatives(_BEHIND_VI)}))?"
                 r"\s*(?P<end>[.!?]*)")
_MAKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)?{_ADV_EN}\s+(?P<verb>makes?|"
                rf"made|asks?|asked|tells?|told)\s+{WHOM_EN}\s+(?P<to>to\s+)?pluck(?:\s+out)?\s+"
                rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_GREY_EN}\s+hairs\s*(?P<end>[.!?]*)")
_EARLY_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?:{WHO_EN}|{_WHOSE_EN}\s+(?P<hair>hair))(?P<not>\s+didn['’]t|\s+did\s+not)?"
                 rf"\s+(?P<verb>went|go|turned|turn)\s+(?:prematurely\s+{_GREY_EN}|{_GREY_EN}\s+(?:early|young|"
                 r"prematurely))\s*(?P<end>[.!?]*)")
_HAVE_EN = (r"\s+has|\s+have|\s+has\s+got|\s+have\s+got|['’]s\s+got|['’]ve\s+got|\s+(?:doesn['’]t|don['’]t|does\s+"
            r"not|do\s+not)\s+have|\s+(?:hasn['’]t|haven['’]t)\s+got")
_HAS_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?:\s+(?P<already0>already))?(?(q)\s+(?P<qverb>have|got)|"
               rf"(?P<verb>{_HAVE_EN}))\s+(?:(?P<any>any)\s+|(?P<few>a\s+few)\s+)?{_GREY_EN}\s+(?P<hair>hairs?)"
               r"(?:\s+(?P<when>already|yet))?\s*(?P<end>[.!?]*)")
_FOUND_EN = lazy(rf"{WHO_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just))?\s+found\s+a\s+few\s+"
                 rf"(?P<more>more\s+)?{_GREY_EN}\s+hairs\s*(?P<end>[.!]*)")
_FLECKED_EN = lazy(rf"{_WHOSE_EN}\s+hair(?:\s+is|['’]s)(?:\s+(?P<already>already))?\s+(?:flecked|speckled)\s+with\s+"
                   rf"{_GREY_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of grey hairs plucked, a parent making a child pluck them, going grey early,
    grey hair had already or not yet, a few found, or hair flecked with grey; None for any other."""
    if src == "vi":
        return _pluck(text) or _make(text) or _early(text) or _has(text) or _found(text) or _flecked(text)
    text = text.replace("’", "'")
    return _pluck_vi(text) or _make_vi(text) or _early_vi(text) or _has_vi(text) or _found_vi(text) or \
        _flecked_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she has"); None for a pet, "em" with "ạ" (the speaker) and
    "anh", "chị" … saying it (mt.hobbies.who)."""
    return None if animal(m) or em_speaking(m) else who(m, asked)


def _same(who_: str, whom: str) -> bool:
    """Whether whom (in English or in Vietnamese) is who, or holds them: "I" and "me", "I" and "us", "tôi" and
    "chúng tôi", "she" and "her"."""
    return whom in (who_, EN_OBJECT.get(who_)) or who_ in _WE and whom in _WE


def _read_as_own(m: re.Match, who_: str, whose: str) -> bool:
    """Whether "his" or "her" opening someone's in English (`whose`: "his", "her mother's", "her daughter"), of whom
    of a match of WHO (`who_` in English), may be read as who's own where Vietnamese says another's: after kin or a
    name not of the other sex ("Bố tôi … cho anh ấy" as "My father … his"; "Mẹ tôi … cho mẹ cô ấy": one's mother is
    not "cô ấy"), and after "he", "she" said by another word ("Anh ấy … cho mẹ ông ấy")."""
    first = whose.split()[0]
    if first not in _OTHER_SEX:
        return False
    if m["who"]:
        return EN_WHOSE.get(who_) == first and not keyed(m["whom"]).endswith(keyed(m["who"]))
    return his_her_of(m) != _OTHER_SEX[first]


def _whose_hairs(m: re.Match, who_: str) -> str | None:
    """Whose grey hairs are plucked, in English, of a match of _PLUCK: "my" ("cho tôi"), "my mother's" ("cho mẹ
    tôi"), "my father's" ("cho bố", of "tôi"); None for who's own ("Tôi … cho tôi", "cho mình"), a pet, kin
    alone where who is not "tôi", "chúng tôi" or "bạn" (whose father?), and "his", "her" that English would read
    as who's own (_read_as_own)."""
    if m["bare"]:
        own = EN_WHOSE.get(who_) if m["who"] and who_ in ("I", "we", "you") else None
        return own and f"{own} {_BARE[keyed(m['bare'])]}'s"
    whom = as_whom(m["whom"], "vi")
    if whom is None or keyed(m["whom"]) == "mình" or pet(m["whom"], "vi") or _same(who_, whom):
        return None
    whose = _OBJECT_WHOSE.get(whom) or f"{whom}'s"
    return None if _read_as_own(m, who_, whose) else whose


def _pluck(text: str) -> str | None:
    """"Tôi đang nhổ tóc bạc cho bố." as "I'm plucking my father's grey hairs.", "Con gái tôi hay nhổ tóc bạc cho
    tôi." as "My daughter often plucks my grey hairs.", "Bạn có hay nhổ tóc bạc cho mẹ không?" as "Do you often
    pluck your mother's grey hairs?", "Hồi nhỏ tôi hay nhổ tóc sâu cho ông." as "As a child, I often plucked my
    grandfather's grey hairs." (_PLUCK); None for anything else, and with no word of time (past, or a habit?)."""
    m = _PLUCK.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    whose = _whose_hairs(m, who_)
    tense, often = keyed(m["tense"] or ""), SELDOM.get(keyed(m["often"] or ""))
    if whose is None or m["child"] and (who_ != "I" or tense) or (m["day"] or m["done"]) and (often or tense not in (
            "", "đã")) or (m["day"] or m["child"]) and m["done"]:
        return None
    hairs = f"{whose} grey hairs"
    if asked:
        ok = often in _ASKING and not (tense or m["day"] or m["child"] or m["done"])
        return present(who_, one, "pluck", hairs, True, adverb=f"{often} ") if ok else None
    if m["child"]:
        return f"As a child, I {often + ' ' if often else ''}plucked {hairs}."
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} plucked {hairs}."))
    if m["day"] or tense == "đã":
        return capitalised(f"{who_} plucked {hairs}{' ' + _BEHIND[keyed(m['day'])] if m['day'] else ''}.")
    if tense == "đang":
        return capitalised(contracted(who_, f"{'is' if one else 'am' if who_ == 'I' else 'are'} plucking {hairs}."))
    if tense:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just plucked {hairs}."))
    return present(who_, one, "pluck", hairs, adverb=f"{often} ") if often else None


def _make(text: str) -> str | None:
    """"Bố tôi hay bắt tôi nhổ tóc bạc." as "My father often makes me pluck his grey hairs.", "Mẹ tôi vừa nhờ tôi
    nhổ tóc bạc." as "My mother has just asked me to pluck her grey hairs.", "Mẹ bạn có hay bắt bạn nhổ tóc bạc
    không?" as "Does your mother often make you pluck her grey hairs?" (_MAKE); None for anything else, with no
    word of time, where English cannot tell whose ("Lan": his or hers?), whom who themselves, and whom whose
    "his", "her" English would read as who's own ("Mẹ tôi … nhờ con gái cô ấy": _read_as_own)."""
    m = _MAKE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    whose, whom = whose_own(m, who_), as_whom(m["whom"], "vi")
    tense, often = keyed(m["tense"] or ""), SELDOM.get(keyed(m["often"] or ""))
    if not whose or whom is None or _same(who_, whom) or pet(m["whom"], "vi") or not (tense or often) or asked and (
            tense or often not in _ASKING) or " " in whom and _read_as_own(m, who_, whom):
        return None  # ("her" alone is whom, not whose: "asks her to pluck")
    base, done, to = _MADE[keyed(m["verb"])]
    rest = f"{whom} {to}pluck {whose} grey hairs"
    if often:
        return present(who_, one, base, rest, asked, adverb=f"{often} ")
    if tense == "đã":
        return capitalised(f"{who_} {done} {rest}.")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} just {done} {rest}."))


def _early(text: str) -> str | None:
    """"Mẹ tôi bạc tóc sớm." as "My mother went grey early.", "Bạn có bị bạc tóc sớm không?" as "Did you go grey
    early?", "Tóc mẹ tôi bạc sớm." as "My mother's hair went grey early." (_EARLY, _EARLY_HAIR); None for anything
    else, and pets."""
    m = _EARLY.fullmatch(text)
    if m:
        said = None if (asked := asked_of(m)) is None else _who(m, asked)
        who_ = said and said[0]
    else:
        m = _EARLY_HAIR.fullmatch(text)
        if not m or (asked := asked_of(m)) is None or pet(m["someone"], "vi") or (whose := owner_of(m)) is None:
            return None
        who_ = f"{whose} hair"
    if not who_:
        return None
    if asked:
        return f"Did {who_} go grey early?"
    went = "didn't go" if m["not"] else "went"
    return capitalised(f"{who_} {went} grey early.")


def _has(text: str) -> str | None:
    """"Tôi có tóc bạc rồi." as "I've got grey hair already.", "Mẹ tôi có vài sợi tóc bạc." as "My mother has a few
    grey hairs.", "Bạn có tóc bạc chưa?" as "Do you have any grey hair yet?", "Tôi chưa có tóc bạc." as "I don't have
    any grey hair yet." (_HAS); None for anything else, and grey hair had plain (mt/features.py's)."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    no = m["yet"] or m["not"]
    if m["one"] and not m["none"] or m["none"] and not no or (asked or no) and (m["few"] or m["done"]) or asked and no:
        return None  # ("sợi tóc bạc nào" denied only; "vài sợi" said only)
    if asked:
        return present(who_, one, "have", "any grey hair yet", True)
    if no:
        return present(who_, one, "have", f"any grey hair{' yet' if m['yet'] else ''}", denied=True)
    if m["did"] or m["done"]:
        hair = "a few grey hairs" if m["few"] else "grey hair"
        return capitalised(contracted(who_, f"{'has' if one else 'have'} got {hair} already."))
    return present(who_, one, "have", "a few grey hairs") if m["few"] else None


def _found(text: str) -> str | None:
    """"Tôi vừa tìm thấy vài sợi tóc bạc." as "I've just found a few grey hairs.", "Mẹ tôi đã phát hiện thêm vài sợi
    tóc bạc." as "My mother found a few more grey hairs." (_FOUND); None for anything else."""
    m = _FOUND.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None:
        return None
    who_, one = said
    hairs = f"a few {'more ' if m['more'] else ''}grey hairs"
    if keyed(m["tense"]) == "đã":
        return capitalised(f"{who_} found {hairs}.")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} just found {hairs}."))


def _flecked(text: str) -> str | None:
    """"Tóc bố tôi đã lấm tấm bạc." as "My father's hair is flecked with grey.", "Tóc mẹ tôi điểm bạc rồi." as "My
    mother's hair is already flecked with grey." (_FLECKED); None for anything else, and pets."""
    m = _FLECKED.fullmatch(text)
    if not m or "?" in m["end"] or pet(m["someone"], "vi") or (whose := owner_of(m)) is None:
        return None
    return capitalised(f"{whose} hair is {'already ' if m['done'] else ''}flecked with grey.")


def _theirs_or_another(m: re.Match, said: str) -> bool:
    """Whether someone `said` in English opens with "his", "her" or "their" after kin or a name as who of a match of
    WHO_EN ("My sister … her mother's"): their own, or another's? Vietnamese must say which ("mẹ cô ấy" is another's;
    one's own mother is not "cô ấy")."""
    return not m["who"] and said.split()[0].lower() in ("his", "her", "their")


def _whom_vi(m: re.Match, who_: str) -> str | None:
    """Whom grey hairs are plucked for, in Vietnamese, of a match of _PLUCK_EN (`who_` in Vietnamese): "my" as
    "tôi", "my mother's" as "mẹ tôi", of "I" as "mẹ" ("cho mẹ"); None for who's own ("I … my", "She … her") and
    "his", "her", "their", or kin of theirs, after kin or a name (their own, or another's?)."""
    if m["owner"]:
        owner = m["owner"].lower()
        return None if _same(who_, WHOSE_VI[owner]) or _theirs_or_another(m, owner) else WHOSE_VI[owner]
    whom = someone(m["someone"], "en")
    if whom is None or pet(m["someone"], "en") or _same(who_, whom) or _theirs_or_another(m, m["someone"]):
        return None
    kin = whom.split()
    return kin[0] if len(kin) == 2 and kin[0] in _BARE and kin[1] == who_ and who_ in ("tôi", "bạn") else whom


def _agrees(first: str, one: bool) -> bool:
    """Whether the first verb said (`first`: "has", "do", "plucks" …) agrees with who (`one`: he, she, a name)."""
    first = first.lower()
    if first in _ONE or first in ("have", "'ve", "do", "don't", "haven't"):
        return (first in _ONE) == one
    return first.endswith("s") == one


def _pluck_vi(text: str) -> str | None:
    """"I'm plucking my father's grey hairs." as "Tôi đang nhổ tóc bạc cho bố.", "My daughter often plucks my grey
    hairs." as "Con gái tôi hay nhổ tóc bạc cho tôi.", "Do you often pluck your mother's grey hairs?" as "Bạn có hay
    nhổ tóc bạc cho mẹ không?", "I plucked my father's grey hairs yesterday." as "Hôm qua tôi nhổ tóc bạc cho bố."
    (_PLUCK_EN); None for anything else, where a verb does not agree with who, one's own grey hairs, and a pet
    plucking."""
    m = _PLUCK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    whom, verb, adv = _whom_vi(m, who_), m["verb"], (m["adv"] or "").lower()
    if m["be"] and verb == "plucked" and m["be"] != "'s":
        return None  # ("'s" alone is "has" before "plucked": "She's just plucked …")
    has = (m["has"] or (m["be"] if verb == "plucked" else "") or "").strip()
    how = HABIT_VI.get(adv, "")
    if whom is None or (m["child"] or m["day"]) and (m["q"] or has or adv == "just") or m["child"] and (
            who_ != "tôi" or verb != "plucked") or m["day"] and (adv or verb != "plucked"):
        return None
    said = f"nhổ tóc bạc cho {whom}"
    if m["child"]:
        return f"Hồi nhỏ tôi {how + ' ' if how else ''}{said}."
    if m["day"]:
        return capitalised(f"{_BEHIND_VI[keyed(m['day'])]} {who_} {said}.")
    if m["q"]:
        ok = verb == "pluck" and not (m["be"] or has) and adv in _ASKING | {""} and _agrees(m["q"], one)
        return capitalised(f"{who_} có {how + ' ' if how else ''}{said} không?") if ok else None
    if verb == "plucking":
        ok = m["be"] and be_said(m["be"]) == ("is" if one else "am" if who_ == "tôi" else "are") and not adv
        return capitalised(f"{who_} đang {said}.") if ok else None
    if verb == "plucked":
        if has and not _agrees(has.replace("'s", "has"), one) or adv not in ("just", ""):
            return None
        return capitalised(f"{who_} vừa {said}." if adv == "just" else f"{who_} {said} rồi." if has else
                           f"{who_} đã {said}.")
    if m["be"] or has or adv == "just" or not _agrees(verb, one):
        return None
    return capitalised(f"{who_} {how + ' ' if how else ''}{said}.")


def _make_vi(text: str) -> str | None:
    """"My father makes me pluck his grey hairs." as "Bố tôi bắt tôi nhổ tóc bạc.", "My mother often asks me to
    pluck her grey hairs." as "Mẹ tôi hay nhờ tôi nhổ tóc bạc.", "My mother has just asked me to pluck her grey
    hairs." as "Mẹ tôi vừa nhờ tôi nhổ tóc bạc." (_MAKE_EN); None for anything else, where a verb does not agree
    with who or "to" with the verb, grey hairs not who's own ("He makes me pluck her grey hairs"), a pet making, and
    whom kin of "his", "her" after kin or a name ("My father asks his son": _theirs_or_another)."""
    m = _MAKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    whom, verb, adv = as_whom(m["whom"], "en"), m["verb"].lower(), (m["adv"] or "").lower()
    base = verb.rstrip("s") if verb not in ("made", "asked", "told") else ""
    how, has = HABIT_VI.get(adv, ""), (m["has"] or "").strip()
    if whom is None or _same(who_, whom) or own_thing(m, who_, one) is not True or pet(m["whom"], "en") or \
            bool(m["to"]) == verb.startswith("ma") or " " in m["whom"] and _theirs_or_another(m, m["whom"]):
        return None  # ("makes me pluck", "asks me to pluck"; "her" alone is whom, not whose)
    said = f"{_MADE_VI[base or verb]} {whom} nhổ tóc bạc"
    if m["q"]:
        ok = base == verb and not has and adv in _ASKING | {""} and _agrees(m["q"], one)
        return capitalised(f"{who_} có {how + ' ' if how else ''}{said} không?") if ok else None
    if not base:  # (made, asked, told: just, or the past)
        if has and (adv != "just" or not _agrees(has.replace("'s", "has"), one)) or adv not in ("just", ""):
            return None
        return capitalised(f"{who_} {'vừa' if adv == 'just' else 'đã'} {said}.")
    if has or adv == "just" or not _agrees(verb, one):
        return None
    return capitalised(f"{who_} {how + ' ' if how else ''}{said}.")


def _early_vi(text: str) -> str | None:
    """"My mother went grey early." as "Mẹ tôi bạc tóc sớm.", "Did you go grey early?" as "Bạn có bị bạc tóc sớm
    không?", "My mother's hair went grey early." as "Tóc mẹ tôi bạc sớm." (_EARLY_EN); None for anything else, and
    where the verb does not go with "did"."""
    m = _EARLY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"] or m["not"]) != (m["verb"] in ("go", "turn")) or \
            m["q"] and m["not"]:
        return None
    if m["hair"]:
        whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
        if whose is None or pet(m["someone"], "en"):
            return None
        return f"Tóc {whose} có bạc sớm không?" if m["q"] else f"Tóc {whose} {'không ' * bool(m['not'])}bạc sớm."
    if animal(m):
        return None
    who_ = who_vi(m)[0]
    if m["q"]:
        return capitalised(f"{who_} có bị bạc tóc sớm không?")
    return capitalised(f"{who_} {'không bị ' if m['not'] else ''}bạc tóc sớm.")


def _has_vi(text: str) -> str | None:
    """"I've got grey hair already." as "Tôi có tóc bạc rồi.", "My mother has a few grey hairs." as "Mẹ tôi có vài
    sợi tóc bạc.", "Do you have any grey hair yet?" as "Bạn có tóc bạc chưa?", "I don't have any grey hair yet." as
    "Tôi chưa có tóc bạc." (_HAS_EN); None for anything else, where a verb does not agree with who, and grey hair
    had plain (mt/features.py's)."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    words = (m["q"] or m["verb"]).lower().split()
    neg = "n't" in words[0] or "not" in words
    few, when, already = m["few"], m["when"], m["already0"] or m["when"] == "already"
    if not _agrees(words[0], one) or m["q"] and ((m["q"] in ("Do", "Does")) != (m["qverb"] == "have") or
                                                 m["already0"]) or few and m["hair"] != "hairs":
        return None
    if m["q"]:
        return capitalised(f"{who_} có tóc bạc chưa?") if when == "yet" and not few else None
    if neg:
        if few or already or not (m["any"] or when):
            return None
        return capitalised(f"{who_} {'chưa' if when else 'không'} có tóc bạc.")
    if m["any"] or when == "yet" or m["already0"] and when:
        return None
    if already:
        return capitalised(f"{who_} có {'vài sợi ' * bool(few)}tóc bạc rồi.")
    return capitalised(f"{who_} có vài sợi tóc bạc.") if few else None


def _found_vi(text: str) -> str | None:
    """"I've just found a few grey hairs." as "Tôi vừa tìm thấy vài sợi tóc bạc.", "She found a few more grey
    hairs." as "Cô ấy đã tìm thấy thêm vài sợi tóc bạc." (_FOUND_EN); None for anything else, and where "has" does
    not agree with who."""
    m = _FOUND_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    has = (m["has"] or "").strip()
    if has and (not m["just"] or not _agrees(has.replace("'s", "has"), one)):
        return None
    more = "thêm " if m["more"] else ""
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} tìm thấy {more}vài sợi tóc bạc.")


def _flecked_vi(text: str) -> str | None:
    """"My father's hair is flecked with grey." as "Tóc bố tôi lấm tấm bạc.", "Her hair is already flecked with
    grey." as "Tóc cô ấy lấm tấm bạc rồi." (_FLECKED_EN); None for anything else, and pets."""
    m = _FLECKED_EN.fullmatch(text)
    if not m:
        return None
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    if whose is None or pet(m["someone"], "en"):
        return None
    return f"Tóc {whose} lấm tấm bạc{' rồi' if m['already'] else ''}."
