"""Going for a walk (a stroll, "đi dạo"), both ways, written whole by rule: who is out for a walk, has just come back
from one, went, has been yet, will go, likes or wants to go, or goes as a habit; where, with whom and when. v8 (rules
on) reads "đi dạo" as going to the stomach, and writes "a walk" back as "đi bộ" (walking somewhere): "Tôi vừa đi dạo
về." → "I've gone to walk.", "Hôm qua chúng tôi đi dạo." → "Yesterday, we went to the stomach.", "Tôi thích đi dạo
buổi tối." → "I like to go to the evening.", "Bạn có muốn đi dạo không?" → "Do you want to walk the stomach?", "Mẹ
tôi thường đi dạo trong công viên." → "My mother usually goes to the park.", "Anh ấy sẽ đi dạo." → "He'll go to the
stomach."; "I've just come back from a walk." → "Tôi vừa quay lại từ một bước đi.", "We went for a walk yesterday."
→ "Chúng tôi đi bộ hôm qua.", "I like evening walks." → "Tôi thích buổi tối đi.", "My grandfather goes for a walk
every morning." → "Ông tôi đi bộ mỗi buổi sáng.", "I love long walks." → "Tôi yêu đi bộ dài.".

Taken: who (mt.hobbies.WHO, WHO_EN) with "đi dạo", "dạo bộ", "tản bộ" ("go for", "take a walk"), and after it, each
once, where (PLACES), with whom (mt.hobbies.SOMEONE, a pronoun, the dog), after a meal (MEALS), when (WHEN), how
often (mt.hobbies.EVERY) or "một lát" (a short walk): "đang" (out for a walk), "vừa … về" (just come back), "vừa"
(just been), "đã", "rồi", a day behind (mt.dates.near_days), "chưa" (not yet), "không" with a day behind, "sẽ" or a
day ahead; a habit (mt.hobbies.SELDOM, EVERY); liked ("thích", "rất thích") and wanted ("muốn"); said, denied or
asked ("có … không?", "chưa?", "à?"). English the same shapes back, and "walk", "walked" with a place. Left: "đi dạo"
with no word of its tense ("Tôi đi dạo với con chó.": went, or goes?; "Bạn có đi dạo không?": did, do, will you?), a
day of today with no "đã" or "sẽ", "I'm going for a walk." (now, or later?), "mình" (I, or we?) and "anh", "chị",
"em" saying it, "với bạn" (you, or a friend?), a pet as who, "I" asked, kin or a name with "his", "her" dog or kin
("My father … with his dog": his own, not "của anh ấy"; "Bố tôi … với mẹ anh ấy": not "his mother"), places not
in the table ("đi dạo phố"), walking somewhere ("đi bộ đến trường"), a reason, walking the dog ("dắt chó đi dạo":
mt/pets.py), "let's" (mt/suggestions.py), "I like walking." ("đi bộ": mt/hobbies.py); plain "đang đi dạo", "thích
đi dạo", "thường đi dạo" are taken before by mt/at_the_moment.py and mt/hobbies.py, as this module writes them.
mt.phrasebook.translate tries these after mt/ears.py.

    >>> translate("Tôi vừa đi dạo về.", "vi", "en"), translate("We went for a walk yesterday.", "en", "vi")
    ("I've just come back from a walk.", 'Hôm qua chúng tôi đi dạo.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import OBJECTS
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, SELDOM, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, as_whom,
                      be_agrees, his_her_of, often_said, who, who_vi)
from .lazy_re import LazyPattern, lazy
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (BE_EN, EN_OBJECT, EN_OBJECT_VI, SOFTENED_END, agreement_asked, alternatives, be, capitalised,
                   contracted, keyed, present)

# where one walks (the first Vietnamese of each English is written back)
PLACES = {"trong công viên": "in the park", "ở công viên": "in the park", "ngoài công viên": "in the park",
          "công viên": "in the park", "quanh công viên": "around the park", "dọc bờ biển": "along the beach",
          "dọc bãi biển": "along the beach", "trên bãi biển": "on the beach", "ngoài bãi biển": "on the beach",
          "quanh hồ": "around the lake", "quanh bờ hồ": "around the lake", "bên hồ": "by the lake",
          "ven hồ": "by the lake", "dọc bờ sông": "along the river", "ven sông": "along the river",
          "quanh khu phố": "around the neighbourhood", "trong vườn": "in the garden"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"around the neighborhood": "quanh khu phố"}
MEALS = {"sau bữa tối": "after dinner", "sau khi ăn tối": "after dinner", "sau bữa cơm tối": "after dinner",
         "sau bữa trưa": "after lunch", "sau khi ăn trưa": "after lunch", "sau bữa sáng": "after breakfast",
         "sau khi ăn sáng": "after breakfast"}
MEALS_VI = {en: vi for vi, en in reversed(MEALS.items())}
# when in the day or the week (after "vào" or not; "evening walks" liked)
WHEN = {"buổi tối": "in the evening", "buổi sáng": "in the morning", "buổi chiều": "in the afternoon",
        "sáng sớm": "early in the morning", "cuối tuần": "at the weekend"}
WHEN_VI = {en: vi for vi, en in reversed(WHEN.items())} | {
    "in the evenings": "buổi tối", "in the mornings": "buổi sáng", "at weekends": "cuối tuần",
    "on weekends": "cuối tuần", "on the weekend": "cuối tuần"}
_PARTS = {"evening": "buổi tối", "morning": "buổi sáng", "afternoon": "buổi chiều"}  # ("evening walks")
# the days a walk is said on: behind (went), today (with "đã" or "sẽ"), ahead (will go)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "hôm kia", "tuần trước", "cuối tuần trước", "cuối tuần rồi", "hôm nay", "sáng nay", "chiều nay",
                 "tối nay", "cuối tuần này", "ngày mai", "sáng mai", "chiều mai", "tối mai", "tuần sau",
                 "cuối tuần sau", "cuối tuần tới")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đi\s+dạo|dạo\s+bộ|tản\s+bộ)"), "en": lazy(r"(?i:walk|stroll)")}

_VERB = r"(?i:đi\s+dạo(?:\s+bộ)?|(?:đi\s+)?tản\s+bộ|dạo\s+bộ)"
_DAY = rf"(?i:{alternatives(DAYS)})"
# one thing said after the walk: where, with whom, after a meal, when, how often, a short one ("một lát")
_EXTRA = (rf"\s+(?:(?P<place>(?i:{alternatives(PLACES)}))|(?i:với|cùng(?:\s+với)?)\s+(?:(?P<dog>(?i:(?:con\s+)?chó))"
          rf"(?:\s+(?:của\s+|nhà\s+)?(?P<dwhose>(?i:{alternatives(OWNERS)})))?|(?P<whom>{SOMEONE}|"
          rf"(?i:{alternatives(OBJECTS)})))|(?P<meal>(?i:{alternatives(MEALS)}))|(?:(?i:vào)\s+)?(?P<when>(?i:"
          rf"{alternatives(WHEN)}))|(?P<every>(?i:{alternatives(EVERY)}))|(?P<short>(?i:một\s+(?:chút|lát|vòng))))")
_SAID = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>vừa\s+mới|vừa|mới|đã|đang|sẽ|"
             rf"chưa|không)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<mood>rất\s+thích|thích|muốn)\s+)?"
             rf"{_VERB}(?P<extras>(?:{_EXTRA}){{0,5}})(?:\s+(?P<back>về))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<day2>{_DAY}))?(?:\s+(?P<tail>không|chưa|à|hả))?{SOFTENED_END}")
_EXTRA_ONE = lazy(_EXTRA)
# the dog or kin walked with, whose in English ("with his dog", "with her mother"): who's own, or another's?
_OWNED_EN = lazy(rf"(?i:(?<!\w)with\s+(?P<whose>his|her)\s+(?:dog|cousin|{alternatives(KIN_VI)})(?!\w))")

# ... in English (after "’" is written "'")
_WALK_EN = r"(?:walk|stroll)"
_EXTRA_EN = (rf"\s+(?:(?P<place>{alternatives(PLACES_VI)})|with\s+(?:(?P<dog>the\s+dog|(?P<dwhose>{WHOSE_WORDS})\s+dog)"
             rf"|(?P<whom>{SOMEONE_EN}|{alternatives(EN_OBJECT_VI)}))|(?P<meal>{alternatives(MEALS_VI)})|"
             rf"(?P<when>{alternatives(WHEN_VI)})|(?P<every>{alternatives(EVERY_VI)})|(?P<day>"
             rf"{alternatives(DAYS_VI)}))")
_EXTRAS_EN = rf"(?P<extras>(?:{_EXTRA_EN}){{0,5}})\s*(?P<end>[.!?]*)"
_EXTRA_EN_ONE = lazy(_EXTRA_EN)
_NOT_EN = r"(?P<not>don't|doesn't|do\s+not|does\s+not)"
_NOW_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?\s+(?:(?:out\s+for|taking|having)\s+a\s+{_WALK_EN}|"
               rf"out\s+walking){_EXTRAS_EN}")
_BACK_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|'s|'ve)?\s+just\s+(?P<verb>come|got|gotten)"
                rf"\s+back\s+from\s+a\s+(?P<short>short\s+)?{_WALK_EN}{_EXTRAS_EN}")
_BEEN_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|'s|'ve)?(?P<not>\s+not|n't)?"
                rf"(?:\s+(?P<adv>already|just))?\s+been\s+for\s+a\s+(?P<short>short\s+)?{_WALK_EN}"
                rf"(?P<extras>(?:{_EXTRA_EN}){{0,5}})(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WENT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<not>didn't|did\s+not))?\s+(?:(?:(?P<go>went|go)\s+for|"
                rf"(?P<take>took|take))\s+a\s+(?P<short>short\s+)?{_WALK_EN}|(?P<walked>walked|walk)){_EXTRAS_EN}")
_WILL_EN = lazy(rf"(?:(?P<q>Will|Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+will|'ll|{BE_EN}(?P<to>\s+going\s+to)?)?"
                rf"\s+(?P<verb>go|going)\s+for\s+a\s+(?P<short>short\s+)?{_WALK_EN}{_EXTRAS_EN}")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?\s+(?P<verb>likes?|loves?|enjoys?)\s+"
                r"(?:(?P<walks>going\s+for\s+walks|taking\s+walks|walks|walking)|(?P<part>morning|afternoon|evening)"
                rf"\s+walks){_EXTRAS_EN}")
_WANT_EN = lazy(rf"(?:(?P<q>Do|Does|Would)\s+)?{WHO_EN}(?:\s+{_NOT_EN}|(?P<would>'d|\s+would))?\s+"
                rf"(?P<verb>wants?|like)\s+to\s+(?:go\s+for|take)\s+a\s+(?P<short>short\s+|little\s+)?{_WALK_EN}"
                rf"{_EXTRAS_EN}")
_HABIT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<seldom>{alternatives(HABIT_VI)}))?\s+(?:(?P<go>goes|go)"
                 rf"\s+for\s+(?:a\s+(?P<short>short\s+)?{_WALK_EN}|{_WALK_EN}s)|(?P<take>takes|take)\s+(?:a\s+"
                 rf"{_WALK_EN}|{_WALK_EN}s)|(?P<walks>walks|walk)){_EXTRAS_EN}")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who goes, went, will go, likes or wants to go for a walk, is
    out for one or has just come back; None for any other."""
    if src == "vi":
        return _said(text)
    text = text.replace("’", "'")
    return (_now_vi(text) or _back_vi(text) or _been_vi(text) or _went_vi(text) or _will_vi(text) or _like_vi(text)
            or _want_vi(text) or _habit_vi(text))


_TABLES = {"place": (PLACES, PLACES_VI), "meal": (MEALS, MEALS_VI), "when": (WHEN, WHEN_VI),
           "every": (EVERY, EVERY_VI), "day": ({}, DAYS_VI), "short": ({}, {})}


def _extras(said: str, lang: str) -> dict[str, str] | None:
    """What a walk's group "extras" says (`lang` "vi": of _EXTRA, "en": of _EXTRA_EN), each in the other language,
    keyed "place", "with", "meal", "when", "every", "short", "day" (English only: the day's Vietnamese); None where
    one is said twice or is not read ("với bạn": with you, or a friend?)."""
    found: dict[str, str] = {}
    pattern, pos = _EXTRA_ONE if lang == "vi" else _EXTRA_EN_ONE, 0
    while pos < len(said):
        if (m := pattern.match(said, pos)) is None:
            return None
        pos, kind = m.end(), next(k for k in (*_TABLES, "dog", "whom") if m.groupdict().get(k))
        if kind in _TABLES:
            said_ = "short" if kind == "short" else _TABLES[kind][lang == "en"][keyed(m[kind])]
        else:
            kind, said_ = "with", _with(m, lang)
        if kind in found or not said_:
            return None
        found[kind] = said_
    return found


def _with(m: re.Match, lang: str) -> str | None:
    """With whom, of a match of _EXTRA (`lang` "vi") in English, or of _EXTRA_EN in Vietnamese: "with my dog" for
    "với con chó của tôi", "với mẹ tôi" for "with my mother"; None for whom not read."""
    if m["dog"]:
        whose = m["dwhose"] and keyed(m["dwhose"])
        if lang == "vi":
            return f"with {OWNERS[whose] if whose else 'the'} dog"
        return f"với con chó của {WHOSE_VI[whose]}" if whose else "với con chó"
    if lang == "vi" and keyed(m["whom"]) == "bạn":
        return None  # ("với bạn": with you, or with a friend?)
    whom = as_whom(m["whom"], lang)
    return whom and (f"with {whom}" if lang == "vi" else f"với {whom}")


def _owned(said: str) -> str | None:
    """Whose ("his" or "her") the dog or kin walked with is, of English `said` (extras, or "with …"): "his" of "in
    the park with his dog"; None for none ("with her": whom, not whose)."""
    m = _OWNED_EN.search(said)
    return m and m["whose"].lower()


def _only(x: dict[str, str], *kinds: str) -> bool:
    """Whether the things said of a walk are only of these kinds."""
    return set(x) <= set(kinds)


def _english(x: dict[str, str], *but: str) -> str:
    """The things said of a walk in English but those of `but`, in English order, a space before each: " in the park
    with my dog after dinner"."""
    return "".join(f" {x[k]}" for k in ("place", "with", "meal", "when", "every") if k in x and k not in but)


def _vietnamese(x: dict[str, str], at: str = "vào ") -> str:
    """The things said of a walk in Vietnamese, a space before each: " trong công viên với mẹ tôi vào buổi tối"
    ("một lát" for a short one; `at` before when: "" where it alone is liked, "đi dạo buổi tối")."""
    said = [x.get("short") and "một lát", x.get("place"), x.get("with"), x.get("when") and at + x["when"],
            x.get("meal"), x.get("every")]
    return "".join(f" {s}" for s in said if s)


def _said(text: str) -> str | None:
    """A Vietnamese walk (_SAID) in English, by `_went`, `_habit` or `_liked`; None for a "?" not asked with "có …
    không", "chưa", "à", "hả" (or those with no "?"), "nhỉ", a day said twice, and what the module docstring leaves."""
    m = _SAID.fullmatch(text)
    if not m or agreement_asked(text):
        return None
    asked, tail = "?" in m["end"], keyed(m["tail"] or "")
    if asked != bool(tail) or bool(m["ask"]) != (tail == "không") or m["day0"] and m["day2"]:
        return None
    found, x = who(m, asked), _extras(m["extras"], "vi")
    if found is None or x is None or animal(m) or asked and found[0] == "I" or keyed(m["who"] or "") == "mình" or (
            x.get("with") == f"with {EN_OBJECT.get(found[0])}"):
        return None  # ("Mình đi dạo rồi.": I, or we?; "Tôi đi dạo với tôi.")
    if (own := his_her_of(m)) and _owned(x.get("with", "")) == own:
        return None  # ("Bố tôi … với con chó của anh ấy": another's; "with his dog" reads as my father's own)
    if m["mood"]:
        return _liked(m, *found, x, asked)
    if m["seldom"] or "every" in x:
        return _habit(m, *found, x, asked)
    return _went(m, *found, x, asked)


def _went(m: re.Match, who_: str, one: bool, x: dict[str, str], asked: bool) -> str | None:
    """"Anh ấy đang đi dạo trong công viên." as "He's out for a walk in the park.", "Anh ấy sẽ đi dạo." as "He'll go for
    a walk." (each tense of the module docstring); None for anything else, and "đi dạo" with no word of its tense."""
    aux, tail, done, back = keyed(m["aux"] or ""), keyed(m["tail"] or ""), bool(m["done"]), bool(m["back"])
    day = keyed(m["day0"] or m["day2"] or "")
    way, on = NEAR_WAY.get(day), f" {DAYS[day]}" if day else ""
    a_walk, ex = f"a {'short ' * ('short' in x)}walk", _english(x)
    has, said = ("has" if one else "have"), None
    if aux == "đang" and not (day or done or back or tail == "chưa") and _only(x, "place", "with"):
        said = f"{be(who_).capitalize()} {who_} out for a walk{ex}?" if asked else f"{be(who_)} out for a walk{ex}."
    elif aux in ("vừa", "vừa mới", "mới") and not (day or done or tail in ("chưa", "không")) and (
            back or aux != "mới") and _only(x, "place", "with", "short"):
        what = f"just come back from {a_walk}{ex}" if back else f"just been for {a_walk}{ex}"
        said = f"{has.capitalize()} {who_} {what}?" if asked else f"{has} {what}."
    elif back or "when" in x and (day or aux != "đã" or done or tail):
        return None  # (back with no "vừa"; "in the evening" only with "đã": on a day said, it is awkward)
    elif tail == "chưa" or aux == "chưa":
        if aux not in ("", "đã", "chưa") or done or way not in (None, "today") or not _only(x, "place", "with"):
            return None
        if aux == "chưa":
            said = None if asked else f"{has}n't been for a walk{ex}{on or ' yet'}."
        else:
            said = f"{has.capitalize()} {who_} been for a walk{ex}{on or ' yet'}?"
    elif done:
        said = None if day or asked or aux not in ("", "đã") else f"{has} already been for {a_walk}{ex}."
    elif way == "behind" or aux == "đã" and way in (None, "today"):
        if aux not in ("", "đã", "không") or aux == "không" and way != "behind" or asked and (aux or not m["ask"]):
            return None
        said = (f"Did {who_} go for {a_walk}{ex}{on}?" if asked else f"didn't go for {a_walk}{ex}{on}."
                if aux == "không" else f"went for {a_walk}{ex}{on}.")
    elif aux == "sẽ" and way != "behind" or not aux and way == "ahead":
        if asked:
            said = f"{be(who_).capitalize()} {who_} going for {a_walk}{ex}{on}?" if day and not aux else None
        else:
            said = f"will go for {a_walk}{ex}{on}." if aux else f"{be(who_)} going for {a_walk}{ex}{on}."
    if said is None or said.endswith("?"):
        return said
    return capitalised(contracted(who_, said))


def _habit(m: re.Match, who_: str, one: bool, x: dict[str, str], asked: bool) -> str | None:
    """"Mẹ tôi thường đi dạo trong công viên." as "My mother often goes for walks in the park.", "Ông tôi đi dạo
    mỗi sáng." as "My grandfather goes for a walk every morning.", "Bạn có hay đi dạo không?" as "Do you often go
    for walks?"; None for anything else: a day, "đang", "đã" …, when and every day, asked but "hay", "thường"."""
    seldom = keyed(m["seldom"] or "")
    if m["aux"] or m["day0"] or m["day2"] or m["back"] or m["done"] or "when" in x and "every" in x:
        return None
    how = often_said(seldom, bool(x.keys() & {"when", "meal", "every"})) if seldom else ""
    walks = f"a {'short ' * ('short' in x)}walk" if x.keys() & {"every", "meal", "short"} else "walks"
    ex = _english(x)
    if asked:
        if seldom not in ("", "hay", "thường", "thường xuyên") or keyed(m["tail"]) != "không":
            return None
        return f"{'Does' if one else 'Do'} {who_}{' ' * bool(how)}{how} go for {walks}{ex}?"
    if how in ("never", "rarely") and "every" in x:
        return None
    return capitalised(f"{who_}{' ' * bool(how)}{how} {'goes' if one else 'go'} for {walks}{ex}.")


def _liked(m: re.Match, who_: str, one: bool, x: dict[str, str], asked: bool) -> str | None:
    """"Bạn có muốn đi dạo với tôi không?" as "Do you want to go for a walk with me?", "Tôi không muốn đi dạo." as "I
    don't want to go for a walk."; None for anything else, and "rất thích" denied or asked."""
    mood, aux = keyed(m["mood"]), keyed(m["aux"] or "")
    if aux not in ("", "không") or m["seldom"] or m["day0"] or m["day2"] or m["back"] or m["done"] or \
            keyed(m["tail"] or "") not in ("", "không") or mood == "rất thích" and (aux or asked):
        return None
    if mood == "muốn":
        if not _only(x, "place", "with", "meal", "short"):
            return None
        verb, very, doing = "want", "", f"to go for a {'short ' * ('short' in x)}walk{_english(x)}"
    else:
        if not _only(x, "place", "with", "meal", "when"):
            return None
        verb, very = "like", "" if mood == "thích" else "really "
        part = next((en for en, vi in _PARTS.items() if x.get("when") == WHEN[vi]), None)
        doing = f"{part} walks{_english(x, 'when')}" if part else f"going for walks{_english(x)}"
    return present(who_, one, verb, doing, asked, bool(aux), adverb=very)


def _read(pattern: LazyPattern, text: str, *kinds: str) -> tuple[re.Match | None, tuple[str, bool, dict] | None]:
    """The fullmatch of English `pattern` on `text`, and together its who in Vietnamese, whether English says it with
    "-s" and its extras (_extras; "short" too), or None for no match, a pet, "?" against group q, extras not of `kinds`,
    whom who is ("with me"), "his", "her" after kin or a name that may be who's own ("My father … with his dog")."""
    m = pattern.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or (x := _extras(m["extras"], "en")) is None:
        return m, None
    if m.groupdict().get("short"):
        x["short"] = "short"
    who_, one = who_vi(m)
    if not m["who"] and (whose := _owned(m["extras"])) and his_her(who_) in (whose, None):
        return m, None  # (who's own, "của mình" in Vietnamese: "con chó của anh ấy" is another man's)
    if not _only(x, *kinds) or x.get("with") == f"với {who_}" or m["q"] and who_ == "tôi":
        return m, None  # ("I … with me"; asked of oneself: "Did I go for a walk yesterday?")
    return m, (who_, one, x)


def _on(x: dict[str, str]) -> tuple[str, str | None]:
    """The day of English extras in Vietnamese, a space after it ("hôm qua "), and its NEAR_WAY; "", None for none."""
    return (f"{x['day']} ", NEAR_WAY[x["day"]]) if "day" in x else ("", None)


def _has_agrees(said: str, one: bool) -> bool:
    """Whether "has", "have", "'s", "'ve" (or "Do", "does not" …) `said` agrees with who ("she has", "I have")."""
    return said.strip().lower().split(" ")[0].startswith(("has", "'s", "does")) == one


def _now_vi(text: str) -> str | None:
    """"He's out for a walk in the park." as "Anh ấy đang đi dạo trong công viên.", "Is your father taking a walk?"
    as "Bố bạn có đang đi dạo không?" (_NOW_EN); None for anything else, and where "is" does not agree with who."""
    m, read = _read(_NOW_EN, text, "place", "with")
    if not read or bool(m["q"]) == bool(m["be"]) or not be_agrees(m, m["q"] or m["be"]):
        return None
    ex = _vietnamese(read[2])
    return capitalised(f"{read[0]} có đang đi dạo{ex} không?" if m["q"] else f"{read[0]} đang đi dạo{ex}.")


def _back_vi(text: str) -> str | None:
    """"Lan just got back from a walk around the lake." as "Lan vừa đi dạo quanh hồ về.", "Have you just come back from
    a walk?" as "Bạn vừa đi dạo về à?" (_BACK_EN); None for anything else, and where "has" does not agree with who."""
    m, read = _read(_BACK_EN, text, "place", "with", "short")
    has = m and (m["q"] or m["aux"])
    if not read or m["q"] and m["aux"] or not has and m["verb"] != "got" or has and not _has_agrees(has, read[1]):
        return None
    return capitalised(f"{read[0]} vừa đi dạo{_vietnamese(read[2])} về{' à?' if m['q'] else '.'}")


def _been_vi(text: str) -> str | None:
    """"Have you been for a walk yet?" as "Bạn đã đi dạo chưa?", "I haven't been for a walk today." as "Hôm nay tôi
    chưa đi dạo.", "She's already been for a walk." as "Cô ấy đã đi dạo rồi.", "I've just been for a walk." as "Tôi
    vừa đi dạo." (_BEEN_EN); None for anything else, a day not of today, and "has" not agreeing with who."""
    m, read = _read(_BEEN_EN, text, "place", "with", "day", "short")
    if not read or bool(m["q"]) == bool(m["aux"]) or not _has_agrees(m["q"] or m["aux"], read[1]):
        return None
    who_, _, x = read
    day, way = _on(x)
    if way not in (None, "today") or m["not"] == "n't" and m["aux"] in ("'s", "'ve") or (m["q"] or m["not"]) and (
            m["adv"]) or m["yet"] and not (m["q"] or m["not"]) or m["adv"] == "just" and day:
        return None
    ex = _vietnamese(x)
    if m["q"]:
        return None if m["not"] else capitalised(f"{day}{who_} đã đi dạo{ex} chưa?")
    if m["not"]:
        return capitalised(f"{day}{who_} chưa đi dạo{ex}.")
    return capitalised(f"{who_} vừa đi dạo{ex}." if m["adv"] == "just" else f"{day}{who_} đã đi dạo{ex} rồi.")


def _went_vi(text: str) -> str | None:
    """"Did you go for a walk yesterday?" as "Hôm qua bạn có đi dạo không?" (_WENT_EN); None for anything else, "walked"
    with no place (walked where to?), a day ahead, asked or denied with no day behind ("Did you go?": today?)."""
    m, read = _read(_WENT_EN, text, "place", "with", "meal", "when", "day", "short")
    verb = m and (m["go"] or m["take"] or m["walked"])
    if not read or bool(m["q"] or m["not"]) != (verb in ("go", "take", "walk")) or m["walked"] and (
            "place" not in read[2]):
        return None
    who_, _, x = read
    day, way = _on(x)
    if way == "ahead" or "when" in x and day or (m["q"] or m["not"]) and way != "behind":
        return None
    ex = _vietnamese(x)
    if m["q"]:
        return capitalised(f"{day}{who_} có đi dạo{ex} không?")
    said = "không " if m["not"] else "" if way == "behind" else "đã "
    return capitalised(f"{day}{who_} {said}đi dạo{ex}.")


def _will_vi(text: str) -> str | None:
    """"We're going for a walk tomorrow." as "Ngày mai chúng tôi sẽ đi dạo." (_WILL_EN); None for anything else, "going
    for a walk" with no day (now, or later?), a day behind, and "is" not agreeing with who."""
    m, read = _read(_WILL_EN, text, "place", "with", "meal", "day", "short")
    if not read or m["q"] and m["aux"] or not (m["q"] or m["aux"]):
        return None
    who_, _, x = read
    day, way = _on(x)
    be_ = m["be"] or (m["q"] if m["q"] not in (None, "Will") else None)
    going = be_ is not None and not m["to"]  # ("is going for a walk": only with a day)
    if be_ and not be_agrees(m, be_) or (m["verb"] == "going") != going or way == "behind" or going and not day:
        return None
    ex = _vietnamese(x)
    return capitalised(f"{day}{who_} có đi dạo{ex} không?" if m["q"] else f"{day}{who_} sẽ đi dạo{ex}.")


def _verb_agrees(m: re.Match, verb: str, one: bool) -> bool:
    """Whether an English verb agrees with who, and "do", "does", "don't" (q, not) before it: "Does she like"."""
    do = m["q"] or m.groupdict().get("not")
    return (not verb.endswith("s") and _has_agrees(do, one)) if do else verb.endswith("s") == one


def _like_vi(text: str) -> str | None:
    """"My mother loves walks in the park." as "Mẹ tôi rất thích đi dạo trong công viên." (_LIKE_EN); None for anything
    else, "walking" with nothing after it (mt/hobbies.py's "đi bộ"), and "love" asked or denied."""
    m, read = _read(_LIKE_EN, text, "place", "with", "when", "meal")
    if not read or not _verb_agrees(m, m["verb"], read[1]) or m["part"] and "when" in read[2]:
        return None
    who_, _, x = read
    love = m["verb"].startswith("love")
    if love and (m["q"] or m["not"]) or m["walks"] == "walking" and not x.keys() & {"place", "with", "when"}:
        return None
    if m["part"]:
        x["when"] = _PARTS[m["part"]]
    # ("đi dạo buổi tối" alone; "vào" after more: "đi dạo với con chó của tôi vào buổi sáng")
    doing = f"đi dạo{_vietnamese(x, '' if x.keys() == {'when'} else 'vào ')}"
    if m["q"]:
        return capitalised(f"{who_} có thích {doing} không?")
    return capitalised(f"{who_} {'không thích' if m['not'] else 'rất thích' if love else 'thích'} {doing}.")


def _want_vi(text: str) -> str | None:
    """"Do you want to go for a walk?" as "Bạn có muốn đi dạo không?", "I'd like to go for a short walk." as "Tôi
    muốn đi dạo một lát.", "She doesn't want to go for a walk." as "Cô ấy không muốn đi dạo." (_WANT_EN); None for
    anything else, and where the verb does not agree with who."""
    m, read = _read(_WANT_EN, text, "place", "with", "meal", "short")
    would = m and (m["q"] == "Would" or m["would"])
    if not read or (m["verb"] == "like") != bool(would) or m["q"] and m["would"] or (
            not would and not _verb_agrees(m, m["verb"], read[1])):
        return None
    who_, _, x = read
    walk = f"đi dạo{_vietnamese(x)}"
    return capitalised(f"{who_} có muốn {walk} không?" if m["q"] else f"{who_} {'không ' * bool(m['not'])}muốn {walk}.")


def _habit_vi(text: str) -> str | None:
    """"My mother often goes for walks in the park." as "Mẹ tôi hay đi dạo trong công viên.", "We walk around the
    lake after dinner." as "Chúng tôi thường đi dạo quanh hồ sau bữa tối." (_HABIT_EN); None for anything else,
    "walk" with no place, no word of how often or when ("I go for a walk."), asked but "often", "usually"."""
    m, read = _read(_HABIT_EN, text, "place", "with", "meal", "when", "every", "short")
    verb = m and (m["go"] or m["take"] or m["walks"])
    if not read or not _verb_agrees(m, verb, read[1]) or m["walks"] and "place" not in read[2]:
        return None
    who_, _, x = read
    seldom = (m["seldom"] or "").lower()
    if "when" in x and "every" in x or not (seldom or x.keys() & {"every", "when", "meal"}) or m["q"] and (
            seldom not in ("", "often", "usually")) or seldom in ("never", "rarely") and "every" in x:
        return None
    how = HABIT_VI[seldom] + " " if seldom else "" if m["q"] or "every" in x else "thường "  # (a habit said)
    ex = _vietnamese(x)
    return capitalised(f"{who_} có {how}đi dạo{ex} không?" if m["q"] else f"{who_} {how}đi dạo{ex}.")
