"""About to do something, or getting ready for it, said or asked, both ways, written whole by rule. v7 reads "chuẩn
bị" (getting ready) as prepared and "sắp" (about to) as a plan: "Tôi chuẩn bị đi ngủ." → "I prepared to sleep.",
"Tôi chuẩn bị đi làm." → "I'm ready to do it.", "Chúng tôi chuẩn bị ăn trưa." → "We prepare lunch.", "Tôi sắp đi ra
ngoài." → "I'm going to go outside.", "Chúng tôi sắp đi rồi." → "We're going to go.", "Bạn sắp đi rồi à?" → "Are you
going and go?", "Tôi vừa định gọi cho bạn." → "I've just called you."; and back, "I'm about to leave." → "Tôi sắp rời
khỏi." (incomplete), "We're just leaving." → "Chúng tôi chỉ rời khỏi." (only), "I'm getting ready for work." → "Tôi sẵn
sàng làm việc." (ready to work), "I was about to text you." → "Tôi sắp văn bản cho bạn." (a document).

Taken: "sắp" / "sắp sửa" (about to), "chuẩn bị" / "đang chuẩn bị" (getting ready for bed, work, school; to leave, go
out, have dinner …), "vừa định" (was just about to) before one of DOINGS, or calling or texting someone (CALLS: whom a
pronoun, mt.ever.OBJECTS, or someone as mt.hobbies.SOMEONE reads them); "… đây" said by the speaker of leaving, bed or
work (OFF: "I'm off to bed."); asked with "à", "hả" or "phải không"; in English "be (just) about to", "was about to",
"getting ready for / to", "just leaving" and "I'm off …". Who as in mt/hobbies.py (a pronoun, kin and whose, someone by
name; "anh", "chị", "em" alone only asking). Left to the model: "sắp về nhà" (about to go home, or home soon? getting
somewhere is mt/arrivals.py's), trips, moving, a job quit (mt/trips.py, visits.py, workdays.py), "đang định", a day or
time said with it, "not about to" (unwilling), and anything else. mt.phrasebook.translate tries these after
mt/transfers.py.

    >>> translate("Tôi chuẩn bị đi ngủ.", "vi", "en"), translate("I'm getting ready for work.", "en", "vi")
    ("I'm getting ready for bed.", 'Tôi đang chuẩn bị đi làm.')
    >>> translate("Tôi vừa định gọi cho bạn.", "vi", "en"), translate("We're just leaving.", "en", "vi")
    ('I was just about to call you.', 'Chúng tôi sắp đi rồi.')
"""
from __future__ import annotations

import re

from .ever import OBJECTS
from .hobbies import SOMEONE, WHO, WHOM_EN, WHO_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .meals import MEALS, MEALS_VI
from .text import EN_WHO_VI, alternatives, be, be_said, capitalised, contracted, keyed, progressive

# what one is about to do, and how English says it after "about to" (the first Vietnamese of each is written back;
# the meals as mt.meals says them: "ăn cơm" is eating)
DOINGS = {"đi": "leave", "rời đi": "leave", "xuất phát": "set off", "khởi hành": "set off", "ra ngoài": "go out",
          "đi ra ngoài": "go out", "đi chơi": "go out", "ra khỏi nhà": "leave the house",
          "đi ra khỏi nhà": "leave the house", "đi ngủ": "go to bed", "ngủ": "go to sleep", "đi làm": "go to work",
          "đi học": "go to school", "đi tắm": "have a shower", "tắm": "have a shower",
          **{f"ăn {vi}": f"have {en}" if en else "eat" for vi, en in MEALS.items()}, "ăn": "eat"}
DOINGS_VI = {en: vi for vi, en in reversed(DOINGS.items())} | {
    "go to sleep": "đi ngủ", "go": "đi", "head off": "đi", "head out": "ra ngoài", "take a shower": "đi tắm",
    "have a bath": "đi tắm", "take a bath": "đi tắm", **{f"eat {en}": f"ăn {vi}" for en, vi in MEALS_VI.items()}}
# ... calling or texting someone (whom after it)
CALLS = {"gọi cho": "call", "gọi điện cho": "call", "gọi điện thoại cho": "call", "gọi": "call",
         "nhắn tin cho": "text", "nhắn cho": "text"}
CALLS_VI = {en: vi for vi, en in reversed(CALLS.items())} | {"phone": "gọi cho", "ring": "gọi cho",
                                                             "message": "nhắn tin cho"}
# what English gets ready for ("getting ready for bed"; the others "getting ready to leave"), and back
_READY = {"go to bed": "bed", "go to sleep": "bed", "go to work": "work", "go to school": "school"}
_FOR_VI = {for_: DOINGS_VI[en] for en, for_ in reversed(_READY.items())} | {
    en: f"ăn {vi}" for en, vi in MEALS_VI.items()}
# how soon: about to, getting ready, was just about to
_HOW = {"sắp": "about", "sắp sửa": "about", "chuẩn bị": "ready", "đang chuẩn bị": "ready", "vừa định": "was",
        "vừa mới định": "was", "mới định": "was"}
# leaving, said by the speaker ("Tôi đi ngủ đây.": I'm off to bed), and back
OFF = {"đi": "off", "đi ngủ": "off to bed", "ngủ": "off to bed", "đi làm": "off to work", "đi học": "off to school",
       "về": "off home", "về nhà": "off home", "ra ngoài": "heading out", "đi ra ngoài": "heading out",
       "đi tắm": "off for a shower"}
_OFF_VI = {en: vi for vi, en in reversed(OFF.items())} | {
    "leaving now": "đi", "going now": "đi", "going to bed now": "đi ngủ", "going out now": "ra ngoài",
    "going home now": "về", "off out": "ra ngoài"}
_SPEAKERS = {"I", "we"}
_CUE_VI = lazy(r"sắp|chuẩn\s+bị|định|đây", re.IGNORECASE)  # (none of these: not this module's, and fast)
_CUE_EN = lazy(r"about\s+to|ready|leaving|off|heading|now", re.IGNORECASE)
_WHOM = rf"(?P<whom>{SOMEONE}|(?i:{alternatives(OBJECTS)}))"
_SOON = lazy(rf"{WHO}\s+(?P<how>{alternatives(_HOW)})\s+(?:(?P<call>{alternatives(CALLS)})\s+{_WHOM}|"
             rf"(?P<doing>(?i:{alternatives(DOINGS)})))(?:\s+(?P<done>rồi))?"
             r"(?:\s+(?P<asked>à|hả|phải\s+không))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
_OFF = lazy(rf"{WHO}\s+(?P<doing>{alternatives(OFF)})\s+đây(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)")
_BE_EN = r"(?P<be>\s+(?:am|are|is|was|were)|['’](?:m|re|s))"
_DOING_EN = rf"(?:(?P<call>{alternatives(CALLS_VI)})\s+{WHOM_EN}|(?P<doing>{alternatives(DOINGS_VI)}))"
_SOON_EN = lazy(rf"(?:(?P<be0>Am|Are|Is|Was|Were)\s+)?{WHO_EN}{_BE_EN}?(?:\s+(?P<just>just))?\s+"
                rf"(?:about\s+to\s+{_DOING_EN}|(?P<ready>getting\s+ready)\s+(?:for\s+(?P<for>"
                rf"{alternatives(_FOR_VI)})|to\s+(?P<to>{alternatives(DOINGS_VI)}))|(?P<leaving>leaving))"
                r"\s*(?P<end>[.!?]*)")
_OFF_EN = lazy(rf"{WHO_EN}{_BE_EN}\s+(?P<off>{alternatives(_OFF_VI)})\s*(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is about to do something or getting ready for it; None for
    any other."""
    text = " ".join(text.split())
    if (src, tgt) == ("vi", "en"):
        return (_soon(text) or _off(text)) if _CUE_VI.search(text) else None
    if (src, tgt) == ("en", "vi"):
        return (_soon_vi(text) or _off_vi(text)) if _CUE_EN.search(text) else None
    return None


def _soon(text: str) -> str | None:
    """"Tôi sắp đi rồi." as "I'm about to leave.", "Con tôi đang chuẩn bị đi học." as "My child is getting ready for
    school.", "Tôi vừa định gọi cho bạn." as "I was just about to call you.", "Bạn sắp đi à?" as "Are you about to
    leave?" (_SOON); None for anything else, and for someone called who is not known."""
    m = _SOON.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    how = _HOW[keyed(m["how"])]
    if how == "was" and m["done"]:
        return None  # ("vừa định … rồi")
    who_, one = said
    if m["call"]:
        whom = as_whom(m["whom"], "vi")
        if whom is None:
            return None
        doing, how = f"{CALLS[keyed(m['call'])]} {whom}", "about" if how == "ready" else how
    else:
        doing = DOINGS[keyed(m["doing"])]
    if how == "ready":
        doing = f"getting ready for {_READY[doing]}" if doing in _READY else f"getting ready to {doing}"
    else:
        doing = f"about to {doing}" if asked or how == "about" else f"just about to {doing}"
    be_ = ("was" if one or who_ == "I" else "were") if how == "was" else be(who_)
    return progressive(who_, be_, doing, asked, end=m["end"])


def _off(text: str) -> str | None:
    """"Tôi đi ngủ đây." as "I'm off to bed.", "Chúng tôi đi đây." as "We're off." (_OFF); None for anything else,
    and for anyone but the speaker ("Mẹ tôi đi làm đây.")."""
    m = _OFF.fullmatch(text)
    if not m or not (said := who(m, False)) or said[0] not in _SPEAKERS:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} {OFF[keyed(m['doing'])]}") + (m["end"] or "."))


def _soon_vi(text: str) -> str | None:
    """"I'm about to leave." as "Tôi sắp đi.", "I'm getting ready for work." as "Tôi đang chuẩn bị đi làm.", "I was
    about to call you." as "Tôi vừa định gọi cho bạn.", "We're just leaving." as "Chúng tôi sắp đi rồi.", "Are you
    about to leave?" as "Bạn sắp đi à?" (_SOON_EN); None for anything else, and where "is", "am" or "are" does not
    agree with who."""
    m = _SOON_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked == bool(m["be"]) or asked != ("?" in m["end"]) or asked and m["just"]:
        return None
    who_, one = who_vi(m)
    said = be_said(m["be0"] or m["be"])
    past = said in ("was", "were")
    if said != be_of(who_, one, past) or past and (m["ready"] or m["leaving"]) or m["leaving"] and not m["just"]:
        return None  # ("He are about to leave", "I was getting ready", "I'm leaving": now, not about to)
    if m["call"]:
        whom = as_whom(m["whom"], "en")
        if whom is None:
            return None
        doing = f"{CALLS_VI[m['call'].lower()]} {whom}"
    else:
        doing = "đi" if m["leaving"] else _FOR_VI[m["for"]] if m["for"] else DOINGS_VI[keyed(m["doing"] or m["to"])]
    how = "vừa định" if past else "đang chuẩn bị" if m["ready"] else "sắp"
    done = " rồi" if m["just"] and how == "sắp" else ""
    end = " à?" if asked else "!" if "!" in m["end"] else "."
    return capitalised(f"{who_} {how} {doing}{done}{end}")


def _off_vi(text: str) -> str | None:
    """"I'm off to bed." and "I'm going to bed now." as "Tôi đi ngủ đây.", "We're leaving now." as "Chúng tôi đi
    đây." (_OFF_EN); None for anything else, for anyone but the speaker, and where "am" or "are" does not agree."""
    m = _OFF_EN.fullmatch(text)
    if not m or not m["who"] or EN_WHO_VI[m["who"].lower()] not in ("tôi", "chúng tôi"):
        return None
    who_, one = who_vi(m)
    if be_said(m["be"]) != be_of(who_, one):
        return None
    return capitalised(f"{who_} {_OFF_VI[keyed(m['off'])]} đây{m['end'] or '.'}")
