"""Whether someone has eaten, or had breakfast, lunch or dinner, yet, said or asked, both ways, written whole by rule.
v7: "Tôi chưa ăn trưa." → "I haven't eat lunch.", "Lan chưa ăn sáng." → "Lan hasn't eat breakfast.", "Tôi đã ăn
trưa rồi." → "I had lunch."; "I've already had lunch." → "Tôi đã ăn trưa." (the "already" lost), "Have you had dinner
yet?" → "Bạn có ăn tối chưa?".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); the meal one of MEALS, or none ("ăn", eaten).
Said only where "yet", "already" or "just" is said ("chưa", "rồi", "vừa"): "Tôi đã ăn trưa." may be a day's story. The
phrase list's "Bạn đã ăn sáng chưa?" (mt/resources) answers first where it has the sentence. mt.phrasebook.translate
tries these after mt/post.py.

    >>> translate("Tôi chưa ăn trưa.", "vi", "en"), translate("Have you had dinner yet?", "en", "vi")
    ("I haven't had lunch yet.", 'Bạn đã ăn tối chưa?')
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .text import alternatives, capitalised, contracted, keyed

# the meals, and how English says having them (the first Vietnamese of each is written back)
MEALS = {"sáng": "breakfast", "bữa sáng": "breakfast", "trưa": "lunch", "bữa trưa": "lunch", "tối": "dinner",
         "bữa tối": "dinner", "cơm": ""}  # ("ăn cơm": eaten, a meal)
MEALS_VI = {en: vi for vi, en in reversed(MEALS.items()) if en}
_SAID = lazy(rf"{WHO}\s+(?:(?P<not>chưa)\s+|(?P<did>đã)\s+|(?P<just>vừa\s+mới|vừa|mới)\s+)?ăn"
             rf"(?:\s+(?P<meal>(?i:{alternatives(MEALS)}))|\s+(?P<any>gì)(?:\s+cả)?)?"
             r"(?:\s+(?P<asked>chưa)|\s+(?P<done>rồi))?(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?:\s+(?P<have>have|has)|(?P<ve>['’]ve|['’]s))?"
                r"(?:\s+(?P<not>not)|(?P<nt>n['’]t))?(?:\s+(?P<adv>already|just))?\s+"
                r"(?:had\s+(?P<meal>breakfast|lunch|dinner)|eaten(?:\s+(?P<any>anything))?)"
                r"(?:\s+(?P<yet>yet))?(?:\s+(?P<already>already))?\s*(?P<end>[.!?]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether someone has eaten, or had a meal, yet; None for any
    other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _eaten(text)
    return _eaten_vi(text) if (src, tgt) == ("en", "vi") else None


def _eaten(text: str) -> str | None:
    """"Tôi chưa ăn trưa." as "I haven't had lunch yet.", "Mẹ bạn đã ăn tối chưa?" as "Has your mother had dinner
    yet?", "Tôi ăn rồi." as "I've eaten.", "Con tôi vừa ăn sáng." as "My child has just had breakfast." (_SAID); None
    for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or not (m["not"] or m["just"] or m["done"] or asked) or \
            m["not"] and (asked or m["done"]) or m["any"] and not m["not"] or m["just"] and (asked or m["done"]):
        return None
    if not (said := who(m, asked)):
        return None
    who_, one = said
    meal = MEALS[keyed(m["meal"])] if m["meal"] else ""
    had = f"had {meal}" if meal else "eaten anything" if m["any"] else "eaten"
    have = "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} {had} yet?"
    if m["not"]:
        return capitalised(f"{who_} {have}n't {had} yet{m['end'] or '.'}")
    adv = "just" if m["just"] else "already" if meal else ""  # ("I've already eaten" answers more than was said)
    return capitalised(contracted(who_, " ".join(w for w in (have, adv, had) if w)) + (m["end"] or "."))


def _eaten_vi(text: str) -> str | None:
    """"I haven't had lunch yet." as "Tôi chưa ăn trưa.", "Have you had dinner yet?" as "Bạn đã ăn tối chưa?", "I've
    already eaten." as "Tôi đã ăn rồi." (_SAID_EN); None for anything else, and where "have" does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    not_ = m and (m["not"] or m["nt"])
    if not m or bool(m["have0"]) != ("?" in m["end"]) or bool(m["have0"]) == bool(m["have"] or m["ve"]):
        return None
    who_, one = who_vi(m)
    have = (m["have0"] or m["have"] or "").lower() or ("has" if m["ve"][-1] == "s" else "have")
    adv = m["adv"] or m["already"]
    if (have == "has") != one or m["any"] and not (not_ or m["have0"]):
        return None
    if m["have0"] and (not_ or m["adv"]) or not_ and adv or m["yet"] and not (not_ or m["have0"]):
        return None  # ("Have you not eaten?", "I haven't eaten already.", "I've had lunch yet." are not taken)
    if not (m["have0"] or not_ or adv):
        return None  # ("I've had lunch." is said without "yet" or "already": a day's story)
    meal = f" {MEALS_VI[m['meal']]}" if m["meal"] else " gì" if m["any"] else ""
    if m["have0"]:
        return capitalised(f"{who_} đã ăn{meal} chưa?")
    if not_:
        return capitalised(f"{who_} chưa ăn{meal}{m['end'] or '.'}")
    return capitalised(f"{who_} {'vừa ăn' if adv == 'just' else 'đã ăn'}{meal}{' rồi' * (adv != 'just')}"
                       f"{m['end'] or '.'}")
