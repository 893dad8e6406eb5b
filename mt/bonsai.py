"""Bonsai and ornamental plants as a hobby, both ways, written whole by rule: who likes or is into growing bonsai, whose
hobby it is, who prunes, waters or looks after the bonsai (now, will, just, already, yet, every day, spends hours), how
old a bonsai is, and whether it is expensive. v8 (every other rule on) reads "cây cảnh" as a scene, "tỉa" as
insisting or billions, "tưới" as putting on, and back "bonsai" as boredom, "pruning" as drunk, "water" as perfume:
"Bố tôi thích chơi cây cảnh." → "I like playing the scene.", "Ông ấy đang tỉa cây cảnh." → "He is insisting the
scene.", "Cây cảnh này bao nhiêu tuổi rồi?" → "How old are this scene?", "Tôi đang tưới cây cảnh." → "I'm putting on
the scene.", "Chúng tôi vừa tỉa cây cảnh." → "We just billion the trees of scene.", "Cây cảnh này có đắt không?" → "Are
it expensive?"; "My father likes growing bonsai." → "Cha tôi thích chán nản ngày càng lớn.", "He's pruning the bonsai."
→ "Anh ta đang say rượu.", "He spends hours trimming his bonsai." → "Anh ta dành nhiều giờ để chùm chánh.", "How old is
this bonsai tree?" → "Cây bonsai này bao nhiêu?", "I'm watering the bonsai." → "Tôi đang nước hoa bonsai.", "This
bonsai is very expensive." → "Món-ai này rất đắt tiền.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only, not "I" asked) likes, loves or hates (growing) bonsai ("thích chơi cây
cảnh", "is into bonsai"), or grows it ("chơi cây cảnh"): said, denied, asked with "có … không?"; whose hobby it is;
who prunes ("tỉa", "cắt tỉa"; "trim"), waters or looks after the bonsai (the, this, whose: mt.hobbies.OWNER): now
("đang"), asked now ("có đang … không?"), will ("sẽ", a day ahead), has to, forgot to, just ("vừa"), already ("rồi"),
not yet and asked yet ("chưa"), in the past ("đã", a day behind), every day or morning (mt.hobbies.EVERY: said, denied,
asked), spends hours doing it; how old this or whose bonsai is, asked or said (over, almost, about so many years); this
or whose bonsai expensive, very, not very, asked. In English "cây cảnh" (ornamental plants; bonsai are one kind) is
"bonsai" only as the hobby: tended it is "the plants", "my plants", aged or priced "this plant", "my grandfather's
plant"; "cây bonsai", "bonsai" said stay "bonsai". Left: a plain "Tôi tưới cây cảnh." and "Bạn có tưới cây cảnh
không?" (a habit, or done?), "mới" (just, or only?), "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the
speaker), a statement ending "thế" or "vậy" ("đắt thế": so expensive), a pet, "chậu" (the pot, or the tree?: "Ông ấy
có một chậu bonsai rất đắt.", v8 has it right), a bonsai with no "này" or whose aged or priced (bonsai in general?),
"đắt quá" (so, or too?), "the" bonsai aged or priced in English, "these" and plural bonsai with "this", "his", "her"
that is not who's own or is a name's (Lan's own, or a man's?), a day of today ("sáng nay": done, or ahead?), buying or
giving a bonsai, and anything else. Watering plants and forgetting to (mt/plants.py, mt/chores.py), pruning trees
(mt/yard_work.py), gardening liked (mt/hobbies.py) and collecting (mt/collecting.py) take none of these: none says
"cây cảnh" or "bonsai".
mt.phrasebook.translate tries these after mt/pickles.py.

    >>> translate("Bố tôi thích chơi cây cảnh.", "vi", "en"), translate("He's pruning the bonsai.", "en", "vi")
    ('My father likes growing bonsai.', 'Anh ấy đang tỉa cây cảnh.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_VI, OWNER, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, be_agrees, em_speaking,
                      own_thing, owner_of, person_of, someone, who_vi, whose_own)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cây\s+cảnh|bonsai)"), "en": lazy(r"(?i:bonsai)")}
# what is done to a bonsai, to the English base; the English verbs' "-s", past, participle and "-ing"
_VERBS = {"tỉa": "prune", "cắt tỉa": "prune", "tưới": "water", "chăm sóc": "look after"}
_FORMS = {"prune": ("prunes", "pruned", "pruned", "pruning"), "trim": ("trims", "trimmed", "trimmed", "trimming"),
          "water": ("waters", "watered", "watered", "watering"),
          "look after": ("looks after", "looked after", "looked after", "looking after"),
          "take care of": ("takes care of", "took care of", "taken care of", "taking care of")}
_VERBS_VI = {"prune": "tỉa", "trim": "tỉa", "water": "tưới", "look after": "chăm sóc", "take care of": "chăm sóc"}
_KINDS = ("base", "s", "past", "part", "ing")
# each English form said, to its base and the kinds it may be ("pruned": past, participle)
_SAID_EN: dict[str, tuple[str, set[str]]] = {}
for _base, _forms in _FORMS.items():
    for _kind, _said in zip(_KINDS, (_base, *_forms)):
        _SAID_EN.setdefault(_said, (_base, set()))[1].add(_kind)
# days behind and ahead (mt.dates.NEAR_DAYS; not today's: done, or ahead?)
_DAYS = near_days("hôm qua", "sáng hôm qua", "chiều hôm qua", "tuần trước", "cuối tuần trước", "ngày mai", "sáng mai",
                  "chiều mai", "tuần sau", "cuối tuần sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_LIKES = {"thích": "like", "mê": "love", "ghét": "hate"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "mê", "hate": "ghét", "grow": "chơi"}
_ABOUT = {"hơn": "over", "gần": "almost", "khoảng": "about"}
_ABOUT_VI = {"over": "hơn", "more than": "hơn", "almost": "gần", "nearly": "gần", "about": "khoảng", "around": "khoảng"}
_N_VI = {vi_word(n): n for n in range(1, 101)}  # ("năm mươi": 50)
_N_EN = {en_word(n): n for n in range(1, 101)} | {"one hundred": 100}

_TREE = r"(?i:cây\s+cảnh|cây\s+bonsai|bonsai)"
# a bonsai, "này" or whose after it ("cây cảnh này", "cây cảnh của ông tôi")
_THING = rf"(?P<tree>{_TREE})(?:\s+(?P<this>này)|\s+của\s+{OWNER})?"
_DAY = rf"(?i:{alternatives(_DAYS)})"
# who likes it or grows it ("Bố tôi thích chơi cây cảnh.", "Bạn có chơi cây cảnh không?", "Ông tôi mê cây cảnh.")
_LIKE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?:(?P<likes>{alternatives(_LIKES)})\s+)?"
             rf"(?P<play>chơi\s+)?{_TREE}(?:\s+(?P<much>lắm))?{ASKED_END}")
_HOBBY = lazy(rf"(?i:sở\s+thích)\s+(?:của\s+)?{OWNER}\s+là\s+(?P<play>chơi\s+)?{_TREE}{SOFTENED_END}")
# who tends it, and when ("Ông ấy đang tỉa cây cảnh.", "Bạn đã tưới cây cảnh chưa?", "Mẹ tôi tưới cây cảnh mỗi sáng.")
_AUX = r"đang|có\s+đang|sẽ\s+không|sẽ|có|không|phải|quên|đã|vừa\s+mới|vừa|chưa|dành\s+(?:hàng|nhiều)\s+giờ(?:\s+để)?"
_CARE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+)?(?P<verb>{alternatives(_VERBS)})\s+{_THING}"
             rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<tail>rồi|chưa))?"
             rf"{ASKED_END}")
# how old it is ("Cây cảnh này bao nhiêu tuổi rồi?", "Cây bonsai của ông tôi đã hơn một trăm tuổi.")
_AGE = lazy(rf"{_THING}\s+(?:(?P<did>đã)\s+)?(?:(?P<about>{alternatives(_ABOUT)})\s+)?(?:(?P<n>\d{{1,4}}|"
            rf"{alternatives(_N_VI)})|(?P<how>bao\s+nhiêu|mấy))\s+tuổi(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# whether it is dear ("Cây cảnh này rất đắt.", "Cây cảnh của bạn có đắt không?")
_PRICE = lazy(rf"{_THING}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<very>rất\s+)?đắt(?:\s+tiền)?(?:\s+(?P<much>lắm))?"
              rf"{ASKED_END}")

# ... and in English
_TREE_EN = r"(?P<tree>bonsai(?P<trees>\s+trees?)?|bonsais)"
_THING_EN = rf"(?:(?P<owner>(?i:the|this|{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+{_TREE_EN}"
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                r"(?:\s+(?P<really>really))?\s+(?P<verb>(?:like|love|enjoy|hate|grow)s?)\s+(?P<ing>growing\s+)?"
                r"(?:bonsai(?:\s+trees)?|bonsais)\s*(?P<end>[.!?]*)")
_INTO_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?\s+(?P<really>really\s+)?into\s+"
                r"(?:growing\s+)?(?:bonsai(?:\s+trees)?|bonsais)\s*(?P<end>[.!?]*)")
_HOBBY_EN = lazy(rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+hobby\s+is\s+(?:growing\s+)?"
                 r"bonsai\s*(?P<end>[.!]*)")
_AUX_EN = (r"(?P<aux>['’](?:s|re|m|ll|ve)|\s+(?:is|am|are|will|wo|has|have|do|does)(?:n['’]t|\s+not)?|"
           r"\s+(?:has|have)\s+to|\s+forgot\s+to|\s+spends?\s+hours)")
_CARE_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Have|Has|Do|Does)\s+)?{WHO_EN}{_AUX_EN}?(?:\s+(?P<adv>just|already))?"
                rf"\s+(?P<verb>{alternatives(_SAID_EN)})\s+{_THING_EN}(?:\s+(?P<every>{alternatives(EVERY_VI)}))?"
                rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HOW_OLD_EN = lazy(rf"How\s+old\s+is\s+{_THING_EN}\s*\?+")
_AGE_EN = lazy(rf"{_THING_EN}(?:\s+is|['’]s)\s+(?:(?P<about>{alternatives(_ABOUT_VI)})\s+)?(?P<n>\d{{1,4}}|"
               rf"{alternatives(_N_EN)})\s+(?P<years>years?)\s+old\s*(?P<end>[.!]*)")
_PRICE_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_THING_EN}(?P<be>\s+is\s+not|\s+isn['’]t|\s+is|['’]s)?\s+(?P<very>very\s+)?"
                 r"expensive\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who likes or grows bonsai, whose hobby it is, who prunes,
    waters or looks after it, how old a bonsai is or whether it is expensive; None for any other."""
    if src == "vi" and STRESSED_SAID.search(text):
        return None  # ("Cây cảnh này đắt thế.": so expensive; asked, "thế", "vậy" only soften)
    if src == "vi":
        return _like(text) or _hobby(text) or _care(text) or _age(text) or _price(text)
    return _like_vi(text) or _into_vi(text) or _hobby_vi(text) or _care_vi(text) or _age_vi(text) or _price_vi(text)


def _thing(m: re.Match, who_: str | None = None, one: bool = False) -> str | None:
    """The bonsai of a match of _THING in English: "bonsai" where said ("cây bonsai": "this bonsai", "my
    grandfather's bonsai", "her bonsai"), else the plants ("cây cảnh", ornamental plants: "the plants", "my plants";
    one, `one` or "này": "this plant", "my grandfather's plant"), "của mình" of who said `who_`; None where whose is
    not read ("của mình" of a name alone, or of none)."""
    noun = "bonsai" if "bonsai" in keyed(m["tree"]) else "plant" if one or m["this"] else "plants"
    if m["this"]:
        return f"this {noun}"
    if keyed(m["owner"] or "") == "mình":
        whose = whose_own(m, who_) if who_ else None
    else:
        whose = owner_of(m)
    return whose and f"{whose} {noun}"


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one, as mt.hobbies.person_of gives them; None for "em" with "ạ"
    (mt.hobbies.em_speaking: the speaker, "Em có thích chơi cây cảnh không ạ?", not "you")."""
    return None if em_speaking(m) else person_of(m, asked)


def _like(text: str) -> str | None:
    """"Bố tôi thích chơi cây cảnh." as "My father likes growing bonsai.", "Ông tôi mê cây cảnh." as "My grandfather
    loves bonsai.", "Bạn có chơi cây cảnh không?" as "Do you grow bonsai?" (_LIKE); None for anything else."""
    m = _LIKE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _person(m, asked)) is None:
        return None
    if not (m["likes"] or m["play"]) or not m["likes"] and (m["very"] or m["much"]) or m["not"] and m["much"]:
        return None  # ("Tôi cây cảnh.", "Tôi rất chơi cây cảnh.", "không thích … lắm": not much)
    verb = _LIKES[keyed(m["likes"])] if m["likes"] else "grow"
    rest = "growing bonsai" if m["likes"] and m["play"] else "bonsai"
    very = "really " if m["very"] or m["much"] else ""
    return present(*said, verb, rest, asked, bool(m["not"]), m["end"], very)


def _hobby(text: str) -> str | None:
    """"Sở thích của bố tôi là chơi cây cảnh." as "My father's hobby is growing bonsai." (_HOBBY); None for anything
    else."""
    m = _HOBBY.fullmatch(text)
    whose = m and "?" not in m["end"] and owner_of(m)
    return whose and capitalised(f"{whose} hobby is {'growing ' * bool(m['play'])}bonsai{stop(m['end'])}")


def _care(text: str) -> str | None:
    """"Ông ấy đang tỉa cây cảnh." as "He's pruning the plants.", "Bạn đã tưới cây cảnh chưa?" as "Have you watered
    the plants yet?", "Mẹ tôi tưới cây cảnh mỗi sáng." as "My mother waters the plants every morning.", "Ông ấy dành
    hàng giờ để tỉa cây bonsai." as "He spends hours pruning the bonsai." (_CARE); None for anything else, for a pet,
    and where the tense is not read for sure ("Tôi tưới cây cảnh.": a habit, or done?)."""
    m = _CARE.fullmatch(text)
    if not m or animal(m) or m["day0"] and m["day"]:
        return None
    aux, tail, day = keyed(m["aux"] or ""), m["tail"] or "", keyed(m["day0"] or m["day"] or "")
    asked = bool(m["asked"]) or tail == "chưa"
    if asked != ("?" in m["end"]) or m["asked"] and tail or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    if (thing := _thing(m, who_)) is None:
        return None
    base = _VERBS[keyed(m["verb"])]
    verb = dict(zip(_KINDS, (base, *_FORMS[base])))
    kind, on = (NEAR_WAY[day], f" {_DAYS[day]}") if day else ("", "")
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    done = f"{verb['part']} {thing}"
    if every and (kind or tail) or aux.startswith("dành") and (kind or tail or asked):
        return None
    if aux.startswith("dành"):
        return present(who_, one, "spend", f"hours {verb['ing']} {thing}{every}", end=m["end"])
    if m["asked"]:  # "có … không?": now, or a habit
        if aux == "có đang" and not (kind or every):
            return f"{be(who_).capitalize()} {who_} {verb['ing']} {thing}?"
        return present(who_, one, base, f"{thing}{every}", True) if aux == "có" and every else None
    if tail == "chưa":
        ok = aux in ("", "đã") and not kind
        return f"{'Has' if one else 'Have'} {who_} {done} yet?" if ok else None
    if every:
        return present(who_, one, base, f"{thing}{every}", False, aux == "không", m["end"]) if aux in (
            "", "không") else None
    if tail:  # "rồi": done already
        return capitalised(contracted(who_, f"{'has' if one else 'have'} already {done}{stop(m['end'])}")) if (
            aux in ("", "đã") and not kind) else None
    if kind == "behind":
        return capitalised(f"{who_} {verb['past']} {thing}{on}{stop(m['end'])}") if aux in ("", "đã") else None
    if kind == "ahead" and aux in ("", "sẽ"):
        said = f"will {base}" if aux else f"{be(who_)} {verb['ing']}"  # (a day ahead, "sẽ" not said: arranged)
        return capitalised(contracted(who_, f"{said} {thing}{on}{stop(m['end'])}"))
    said = None if kind else {
        "đang": f"{be(who_)} {verb['ing']}", "sẽ": f"will {base}", "sẽ không": f"won't {base}",
        "phải": f"{'has' if one else 'have'} to {base}", "quên": f"forgot to {base}", "đã": verb["past"],
        "vừa": f"{'has' if one else 'have'} just {verb['part']}", "vừa mới": f"{'has' if one else 'have'} just "
        f"{verb['part']}", "chưa": f"{'hasn' if one else 'haven'}'t {verb['part']}"}.get(aux)
    yet = " yet" if aux == "chưa" else ""
    return said and capitalised(contracted(who_, f"{said} {thing}{yet}{stop(m['end'])}"))


def _aged(m: re.Match) -> str | None:
    """This or whose bonsai of a match of _THING, in English, for one aged or priced ("Cây cảnh này": "this plant",
    "Cây bonsai này": "this bonsai"); None for a bonsai with neither (any bonsai?) or "của mình"."""
    return _thing(m, one=True) if m["this"] or m["owner"] or m["someone"] else None


def _age(text: str) -> str | None:
    """"Cây cảnh này bao nhiêu tuổi rồi?" as "How old is this plant?", "Cây bonsai của ông tôi đã hơn một trăm
    tuổi." as "My grandfather's bonsai is over a hundred years old." (_AGE); None for anything else."""
    m = _AGE.fullmatch(text)
    if not m or (thing := _aged(m)) is None or bool(m["how"]) != ("?" in m["end"]):
        return None
    if m["how"]:
        return None if m["did"] or m["about"] else f"How old is {thing}?"
    about = _ABOUT[keyed(m["about"])] + " " if m["about"] else ""
    if m["did"] and about == "about ":  # ("đã khoảng": not said)
        return None
    n = int(m["n"]) if m["n"].isdigit() else _N_VI[keyed(m["n"])]
    said = m["n"] if m["n"].isdigit() else en_word(n)
    return capitalised(f"{thing} is {about}{said} {'year' if n == 1 else 'years'} old{stop(m['end'])}")


def _price(text: str) -> str | None:
    """"Cây cảnh này rất đắt." as "This plant is very expensive.", "Cây cảnh của bạn có đắt không?" as "Is your
    plant expensive?", "Cây bonsai này không đắt lắm." as "This bonsai isn't very expensive." (_PRICE); None for
    anything else."""
    m = _PRICE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (thing := _aged(m)) is None:
        return None
    very = bool(m["very"] or m["much"])
    if asked:
        return None if very else f"Is {thing} expensive?"
    if m["not"]:
        return None if m["very"] else capitalised(f"{thing} isn't {'very ' * very}expensive{stop(m['end'])}")
    return capitalised(f"{thing} is {'very ' * very}expensive{stop(m['end'])}")


def _agrees(first: str, one: bool, verb: str = "") -> bool:
    """Whether "do", "does" (`first`, said first: "Does she", "She doesn't") or, with none, the verb (`verb`: "likes")
    agrees with who (`one`: he, she, a name)."""
    first = first.lower()
    return first.startswith("does") == one if first else verb.endswith("s") == one


def _like_vi(text: str) -> str | None:
    """"My father likes growing bonsai." as "Bố tôi thích chơi cây cảnh.", "Do you like bonsai?" as "Bạn có thích
    cây cảnh không?", "Lan grows bonsai." as "Lan chơi cây cảnh." (_LIKE_EN); None for anything else, and where the
    verb does not agree with who."""
    m = _LIKE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    who_, one = who_vi(m)
    verb, first = m["verb"], m["q"] or m["not"] or ""
    base = verb[:-1] if verb.endswith("s") else verb
    if not _agrees(first, one, verb) or first and base != verb or m["q"] and who_ == "tôi" or (
            base == "grow" and m["ing"]) or m["really"] and (first or base in ("hate", "grow")):
        return None
    likes = f"{'rất ' * bool(m['really'])}{_LIKES_VI[base]}"
    rest = f"{likes} {'chơi ' * bool(m['ing'])}cây cảnh"
    if m["q"]:
        return capitalised(f"{who_} có {rest} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{rest}{stop(m['end'])}")


def _into_vi(text: str) -> str | None:
    """"My dad is into bonsai." as "Bố tôi thích chơi cây cảnh.", "Are you into bonsai?" as "Bạn có thích chơi cây
    cảnh không?" (_INTO_EN); None for anything else, and where "is", "am", "are" does not agree with who."""
    m = _INTO_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_ = who_vi(m)[0]
    if not be_agrees(m, m["q"] or m["be"]) or m["q"] and who_ == "tôi" or m["really"] and (m["q"] or m["not"]):
        return None
    if m["q"]:
        return capitalised(f"{who_} có thích chơi cây cảnh không?")
    said = "không thích" if m["not"] else "rất thích" if m["really"] else "thích"
    return capitalised(f"{who_} {said} chơi cây cảnh{stop(m['end'])}")


def _hobby_vi(text: str) -> str | None:
    """"My hobby is bonsai." as "Sở thích của tôi là chơi cây cảnh." (_HOBBY_EN); None for anything else."""
    m = _HOBBY_EN.fullmatch(text)
    whose = m and (WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en"))
    return whose and f"Sở thích của {whose} là chơi cây cảnh{stop(m['end'])}"


def _thing_vi(m: re.Match, who_: str | None = None, one: bool = False) -> str | None:
    """The bonsai of a match of _THING_EN in Vietnamese, of who `who_` (as who_vi gives it) or of none: "cây cảnh",
    "cây cảnh này", "cây cảnh của mình" (who's own), "cây cảnh của tôi", "cây cảnh của mẹ tôi"; None for "this"
    with many, "his" or "her" not who's own or of a name, and "the" where there is no who."""
    owner, many = (m["owner"] or "").lower(), m["tree"] == "bonsais" or keyed(m["trees"] or "") == "trees"
    if owner == "this":
        return None if many else "cây cảnh này"
    if m["named"]:
        named = someone(m["named"], "en")
        return named and f"cây cảnh của {named}"
    own = own_thing(m, who_, one) if who_ else False
    if own and m["given"] and owner in ("his", "her"):
        return None  # ("Lan is watering his bonsai": Lan's own, or a man's?)
    if own:
        return "cây cảnh" if owner == "the" else "cây cảnh của mình"
    return None if own is None or owner == "the" else f"cây cảnh của {WHOSE_VI[owner]}"


def _care_vi(text: str) -> str | None:
    """"He's pruning the bonsai." as "Anh ấy đang tỉa cây cảnh.", "He spends hours trimming his bonsai." as "Anh ấy
    dành hàng giờ để tỉa cây cảnh của mình.", "Have you watered the bonsai yet?" as "Bạn đã tưới cây cảnh chưa?",
    "My mother waters the bonsai every morning." as "Mẹ tôi tưới cây cảnh mỗi sáng." (_CARE_EN); None for anything
    else, and where the verb does not agree with who or is not the form its tense takes."""
    m = _CARE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    base, kinds = _SAID_EN[" ".join(m["verb"].split())]
    thing = _thing_vi(m, who_, one)
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    if thing is None or m["q"] and who_ == "tôi":
        return None
    aux = {"'s": "is" if "ing" in kinds else "has", "'re": "are", "'m": "am", "'ll": "will", "'ve": "have",
           "wo not": "will not", "spend hours": "spend", "spends hours": "spends"}.get(aux, aux)
    if aux in ("is", "am", "are", "is not", "am not", "are not") and not be_agrees(m, aux.split()[0]) or aux in (
            "has", "have", "does", "do", "has not", "have not", "does not", "do not", "has to", "have to", "spend",
            "spends") and aux.split()[0].startswith(("has", "does", "spends")) != one:
        return None
    adv, day, every, yet = m["adv"], m["day"], m["every"], m["yet"]
    kind = NEAR_WAY[_DAYS_VI[day]] if day else ""
    vi = _VERBS_VI[base]
    said = f"{vi} {thing}"
    every_vi = f" {EVERY_VI[keyed(every)]}" if every else ""
    tail = ""
    if m["q"] and aux in ("is", "am", "are") and "ing" in kinds and not (adv or day or every or yet):
        return capitalised(f"{who_} có đang {said} không?")
    if aux in ("has", "have") and m["q"] and "part" in kinds and adv != "just" and not (day or every):
        return capitalised(f"{who_} đã {said} chưa?")
    if aux in ("do", "does") and m["q"] and "base" in kinds and every and not (adv or day or yet):
        return capitalised(f"{who_} có {said}{every_vi} không?")
    if m["q"] or yet and aux not in ("has not", "have not") or every and aux not in ("", "does not", "do not", "spend",
                                                                                  "spends"):
        return None
    if aux in ("spend", "spends") and "ing" in kinds and not (adv or day):
        return capitalised(f"{who_} dành hàng giờ để {said}{every_vi}{stop(m['end'])}")
    if every:
        ok = not (adv or day) and (aux == "" and (("s" if one else "base") in kinds) or aux and "base" in kinds)
        return capitalised(f"{who_} {'không ' * bool(aux)}{said}{every_vi}{stop(m['end'])}") if ok else None
    how = None
    if aux in ("is", "am", "are") and "ing" in kinds and not adv and kind != "behind":
        how = "sẽ" if kind else "đang"
    elif aux in ("will", "will not") and "base" in kinds and not adv and kind != "behind":
        how = "sẽ không" if aux == "will not" else "sẽ"
    elif aux in ("has", "have") and "part" in kinds and not day:
        how, tail = ("vừa", "") if adv == "just" else ("", " rồi")
    elif aux in ("has not", "have not") and "part" in kinds and not (adv or day):
        how = "chưa"
    elif aux in ("has to", "have to", "forgot to") and "base" in kinds and not (adv or day):
        how = "phải" if aux != "forgot to" else "quên"
    elif not aux and "past" in kinds and kind != "ahead" and not (adv and day):
        how, tail = ("vừa", "") if adv == "just" else ("", " rồi") if adv else ("" if day else "đã", "")
    if how is None:
        return None
    opening = f"{_DAYS_VI[day]} " if day else ""
    return capitalised(f"{opening}{who_} {how + ' ' if how else ''}{said}{tail}{stop(m['end'])}")


def _age_vi(text: str) -> str | None:
    """"How old is this bonsai?" as "Cây cảnh này bao nhiêu tuổi rồi?", "This bonsai is fifty years old." as "Cây
    cảnh này đã năm mươi tuổi." (_AGE_EN); None for anything else, "the bonsai" (which?), many, and "one years"."""
    m = _HOW_OLD_EN.fullmatch(text) or _AGE_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or m["tree"] == "bonsais" or m["trees"] and "trees" in m["trees"]:
        return None
    if m.re == _HOW_OLD_EN:
        return capitalised(f"{thing} bao nhiêu tuổi rồi?")
    n = int(m["n"]) if m["n"].isdigit() else _N_EN[keyed(m["n"])]
    if (n == 1) != (m["years"] == "year"):
        return None
    said = m["n"] if m["n"].isdigit() else vi_word(n)
    about = _ABOUT_VI[keyed(m["about"])] if m["about"] else ""
    how = "khoảng" if about == "khoảng" else f"đã {about}".strip()
    return capitalised(f"{thing} {how} {said} tuổi{stop(m['end'])}")


def _price_vi(text: str) -> str | None:
    """"This bonsai is very expensive." as "Cây cảnh này rất đắt.", "Is your bonsai expensive?" as "Cây cảnh của bạn
    có đắt không?" (_PRICE_EN); None for anything else, "the bonsai" and many."""
    m = _PRICE_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or m["tree"] == "bonsais" or (
            m["trees"] and "trees" in m["trees"]) or (thing := _thing_vi(m)) is None:
        return None
    be_ = " ".join((m["be"] or "").lower().replace("’", "'").replace("n't", " not").split())
    if m["q"]:
        return None if m["very"] else capitalised(f"{thing} có đắt không?")
    if be_ == "is not":
        return capitalised(f"{thing} không đắt{' lắm' * bool(m['very'])}{stop(m['end'])}")
    return capitalised(f"{thing} {'rất ' * bool(m['very'])}đắt{stop(m['end'])}")
