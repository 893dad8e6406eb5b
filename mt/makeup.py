"""Make-up and grooming, both ways, written whole by rule: makeup worn, put on or taken off, shaving, nails painted or
done, hair done. v8 reads "trang điểm" as a page, "tẩy trang" as bleach, "makeup" as clothes, "shave" as shame or
break: "Cô ấy có trang điểm không?" → "Does she have a page?", "Tôi đang trang điểm." → "I'm getting a point.", "Cô
ấy không trang điểm." → "She isn't equipped.", "Cô ấy trang điểm quá đậm." → "She paged too thick.", "Tôi cần tẩy
trang." → "I need to boycot it.", "Tẩy trang đi." → "Eject the page.", "Bố tôi vừa cạo râu." → "I'm shaving.", "Bạn
đã cạo râu chưa?" → "Are you shaved?", "Tôi muốn đi làm móng." → "I want to go to work nails."; "Is she wearing
makeup?" → "Bé có mặc quần áo không?", "She isn't wearing any makeup." → "Cô ấy không mặc chiếc mỹ phẩm nào cả.", "I'm
putting on my makeup." → "Tôi đang đặt chiếc mỹ phẩm của tôi.", "She wears too much makeup." → "Cô ta mặc quần áo
quá nhiều.", "I need to shave." → "Tôi cần phải đổ vỡ.", "He hasn't shaved." → "Anh ta không xấu hổ.", "Take off your
makeup." → "Hãy tắt nhà sản xuất của bạn.".

Taken: who (mt.hobbies.WHO, WHO_EN) puts on makeup, takes it off, shaves, paints their nails, now ("đang"), has just
("vừa", "mới"), has already ("rồi"), has not yet ("chưa"; asked "… chưa?"), will ("sẽ"), would like or needs to
("muốn", "cần"; "không cần": doesn't need to wear makeup), gets their nails done ("đi làm móng": now, will, wanted);
makeup worn as a habit ("có … không" with no "đang": "Does she wear makeup?"; "không", mt.hobbies.SELDOM, EVERY, too
much: "quá đậm"), shaving and nails with SELDOM or EVERY; told ("Tẩy trang đi.", "Đi cạo râu đi.", "Đừng trang điểm
đậm quá.", "Nhớ tẩy trang trước khi đi ngủ nhé."); and back, with "wearing (any) makeup", "doing her makeup, nails,
hair" ("trang điểm", "làm móng", "làm tóc"). Whose makeup or nails is said only where who says which (not after a
name alone), and the English given must agree ("She have", "She's painting my nails" are left). Left: "anh", "chị",
"em" alone saying it (mt.hobbies.who), a plain verb ("Cô ấy trang điểm.", "I shave."), shaving or nails with "không"
or "có … không" alone (now or then?), "đang làm tóc" and "vừa làm móng" (herself, or at the salon?), lipstick,
beards (mt/features.py), haircuts and hair dyed (mt/haircuts.py), washing and teeth (mt/washing.py), looks
(mt/looks.py), clothes worn (mt/outfits.py), and anything else.
mt.phrasebook.translate tries these after mt/eyesight.py.

    >>> translate("Cô ấy có trang điểm không?", "vi", "en"), translate("She isn't wearing any makeup.", "en", "vi")
    ('Does she wear makeup?', 'Cô ấy không trang điểm.')
"""
from __future__ import annotations

import re

from .hobbies import (EVERY, EVERY_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, often_said, own_thing, who,
                      who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import BE_EN, EN_WHOSE, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trang\s+điểm|tẩy\s+trang|cạo\s+râu|móng)"),
         "en": lazy(r"(?i:make-?up|shav|nails|hair)")}

# what is done, by its Vietnamese ("làm móng": at the salon, so with "đi" only)
# who in Vietnamese that is a woman: English "shave" said of her is not "cạo râu" (a beard)
_HER = lazy(r"(?i:\b(?:cô|bà|mẹ|chị|gái|vợ|dì|thím|mợ)\b)")
ACTS = {"trang điểm": "makeup", "tẩy trang": "remove", "cạo râu": "shave", "sơn móng tay": "nails",
        "sơn móng": "nails", "làm móng": "salon", "làm móng tay": "salon", "làm nail": "salon"}
# ... in English in each form: base, with "-s", past, past participle, "-ing" ("{}": whose); "wear" is the habit
_FORMS = {"makeup": ("put on {} makeup", "puts on {} makeup", "put on {} makeup", "put on {} makeup",
                     "putting on {} makeup"),
          "wear": ("wear makeup", "wears makeup", "wore makeup", "worn makeup", "wearing makeup"),
          "remove": ("take off {} makeup", "takes off {} makeup", "took off {} makeup", "taken off {} makeup",
                     "taking off {} makeup"),
          "shave": ("shave", "shaves", "shaved", "shaved", "shaving"),
          "nails": ("paint {} nails", "paints {} nails", "painted {} nails", "painted {} nails", "painting {} nails"),
          "salon": ("get {} nails done", "gets {} nails done", "got {} nails done", "got {} nails done",
                    "getting {} nails done")}
_BASE, _S, _PAST, _PP, _ING = range(5)
# ... and what else English says, read back ("doing her makeup", "take your makeup off", "too much")
_ALSO = [("makeup", ("do {} makeup", "does {} makeup", "did {} makeup", "done {} makeup", "doing {} makeup")),
         ("makeup", ("put {} makeup on", "puts {} makeup on", "put {} makeup on", "put {} makeup on",
                     "putting {} makeup on")),
         ("remove", ("take {} makeup off", "takes {} makeup off", "took {} makeup off", "taken {} makeup off",
                     "taking {} makeup off")),
         ("remove", ("remove {} makeup", "removes {} makeup", "removed {} makeup", "removed {} makeup",
                     "removing {} makeup")),
         ("heavy", ("wear too much makeup", "wears too much makeup", "wore too much makeup", "worn too much makeup",
                    "wearing too much makeup"))]


def _reading() -> dict[str, tuple[str, set[int]]]:
    """_READ: each form of _FORMS and _ALSO, with what is done and which forms it is ("shaved": past and past
    participle); "doing her nails", "doing her hair" only now, "makeup" alone after "need" (no form)."""
    read: dict[str, tuple[str, set[int]]] = {}
    for act, forms in [*_FORMS.items(), *_ALSO]:
        for i, form in enumerate(forms):
            read.setdefault(form, (act, set()))[1].add(i)
    return read | {"wear any makeup": ("wear", {_BASE}), "wearing any makeup": ("wear", {_ING}),
                   "doing {} nails": ("manicure", {_ING}), "doing {} hair": ("hair", {_ING}), "makeup": ("wear", set())}


_READ = _reading()
_VI = {"makeup": "trang điểm", "wear": "trang điểm", "heavy": "trang điểm quá đậm", "remove": "tẩy trang",
       "shave": "cạo râu", "nails": "sơn móng tay", "salon": "đi làm móng", "manicure": "làm móng", "hair": "làm tóc"}

# who does it: "Tôi đang trang điểm.", "Bạn đã cạo râu chưa?", "Cô ấy không bao giờ trang điểm.", "Tôi cần tẩy trang."
_SAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<often>{alternatives(SELDOM)})\s+)?(?:(?P<not>không|chưa)\s+)?"
             r"(?:(?P<tense>vừa\s+mới|vừa|mới|đã|đang|sẽ)\s+)?(?:(?P<want>muốn|cần)\s+)?(?:(?P<go>đi)\s+)?"
             rf"(?P<act>{alternatives(ACTS)})(?:\s+(?P<xong>xong))?(?:\s+(?P<heavy>quá\s+đậm|đậm\s+quá))?"
             rf"(?:\s+(?P<every>{alternatives(EVERY)}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<q>chưa|không|à|hả))?"
             rf"{SOFTENER}\s*(?P<end>[.!?]*)")
# told, and back
_NHE = r"(?:\s+(?:nhé|nha))?\s*[.!]*"
_TOLD = {lazy(r"[Tt]ẩy\s+trang\s+đi\s*[.!]*"): "Take off your makeup.",
         lazy(r"[Đđ]i\s+tẩy\s+trang\s+đi\s*[.!]*"): "Go and take off your makeup.",
         lazy(r"(?:[Đđ]i\s+)?[Cc]ạo\s+râu\s+đi\s*[.!]*"): "Go and shave.",
         lazy(rf"[Đđ]ừng\s+trang\s+điểm\s+(?:quá\s+đậm|đậm\s+quá){_NHE}"): "Don't wear too much makeup.",
         lazy(rf"[Nn]hớ\s+tẩy\s+trang\s+trước\s+khi\s+(?:đi\s+)?ngủ{_NHE}"):
             "Remember to take off your makeup before bed."}
_PLEASE = r"(?:,?\s+please)?\s*[.!]*"
_OFF_EN = r"(?:take\s+off\s+your\s+makeup|take\s+your\s+makeup\s+off)"
_TOLD_EN = {lazy(rf"(?i:(?:please\s+)?{_OFF_EN}){_PLEASE}"): "Tẩy trang đi.",
            lazy(rf"(?i:go\s+(?:and\s+)?{_OFF_EN}){_PLEASE}"): "Đi tẩy trang đi.",
            lazy(rf"(?i:go\s+(?:and\s+)?shave){_PLEASE}"): "Đi cạo râu đi.",
            lazy(r"(?i:don't\s+wear\s+too\s+much\s+makeup)\s*[.!]*"): "Đừng trang điểm đậm quá nhé.",
            lazy(rf"(?i:(?:remember\s+to|don't\s+forget\s+to)\s+{_OFF_EN}\s+before\s+(?:bed|going\s+to\s+bed|"
                 r"you\s+go\s+to\s+bed))\s*[.!]*"): "Nhớ tẩy trang trước khi đi ngủ nhé."}

# ... in English: what is done (_VP, read by _read) after who and its verb
_VP = r"(?P<vp>[A-Za-z' ]+?)"
_NOT_EN = r"(?P<not>don't|doesn't|do\s+not|does\s+not)"
_NOW_EN = [lazy(rf"{WHO_EN}{BE_EN}(?P<not>\s+not|n't)?\s+{_VP}\s*(?P<end>[.!]*)"),
           lazy(rf"(?P<be>Is|Are|Am)\s+{WHO_EN}\s+{_VP}\s*(?P<end>\?+)")]
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<often>never|always|usually|often|rarely|sometimes))?"
                 rf"(?:\s+{_NOT_EN}(?:\s+(?P<usually>usually))?)?\s+{_VP}"
                 rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?\s*(?P<end>[.!?]*)")
_WANTED_EN = lazy(rf"(?:(?P<aux>Do|Does|Would)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?(?P<like>'d\s+like|\s+would\s+like|"
                  rf"\s+like|\s+wants?|\s+needs?)\s+(?P<to>to\s+)?{_VP}\s*(?P<end>[.!?]*)")
_DONE_EN = lazy(rf"(?:(?P<aux>Have|Has|Did)\s+)?{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)?(?P<not>n't|\s+not)?"
                rf"(?:\s+(?P<how>just|already))?\s+{_VP}(?:\s+(?P<after>yet|already))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says, asks or tells someone to put on, wear or take off makeup, shave,
    or paint or do their nails; None for any other."""
    if src == "vi":
        return _said(text) or next((en for p, en in _TOLD.items() if p.fullmatch(text)), None)
    text = re.sub(r"(?i)\bmake-up\b", "makeup", text.replace("’", "'"))
    return (_now_vi(text) or _habit_vi(text) or _wanted_vi(text) or _done_vi(text) or
            next((vi for p, vi in _TOLD_EN.items() if p.fullmatch(text)), None))


def doing(act: str, form: int, whose: str | None) -> str | None:
    """What is done in English, its verb in `form` (_FORMS) and `whose` makeup or nails: "putting on her makeup",
    "shaved"; None where whose is needed and not known ("Lan": his or her?)."""
    said = _FORMS[act][form]
    return None if "{}" in said and not whose else said.format(whose)


def _said(text: str) -> str | None:
    """"Tôi đang trang điểm." as "I'm putting on my makeup.", "Bố tôi vừa cạo râu." as "My father has just shaved.",
    "Anh ấy chưa cạo râu." as "He hasn't shaved yet.", "Bạn đã cạo râu chưa?" as "Have you shaved yet?" (_SAID; the
    habit and what is wanted as _habit and _wanted read them); None for anything else."""
    m = _SAID.fullmatch(text)
    asked, q = bool(m and "?" in m["end"]), keyed(m and m["q"] or "")
    if not m or asked != bool(q) or (q == "không") != bool(m["ask"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    act, tense, neg = ACTS[keyed(m["act"])], keyed(m["tense"] or ""), keyed(m["not"] or "")
    whose = whose_own(m, who_)
    if (act == "salon") != bool(m["go"]) or act == "salon" and not (
            m["want"] or tense in ("đang", "sẽ") and not (asked or neg)):
        return None
    if m["want"]:
        return _wanted(m, act, who_, one, whose)
    if m["heavy"] or m["often"] or m["every"] or act == "makeup" and not tense and (q == "không" or neg == "không"):
        return _habit(m, act, who_, one, whose)
    if m["xong"] and tense not in ("vừa", "mới", "vừa mới") or m["done"] and (tense not in ("", "đã") or neg or q):
        return None
    has = "has" if one else "have"
    if q == "chưa":
        said = None if tense not in ("", "đã") or neg else doing(act, _PP, whose)
        return said and f"{has.capitalize()} {who_} {said} yet?"
    if asked:  # ("Bạn đang cạo râu à?", "Bạn vừa cạo râu à?")
        said = None if neg or tense not in ("đang", "vừa", "mới") else doing(act, _ING if tense == "đang" else _PP,
                                                                                whose)
        return said and (f"{be(who_).capitalize()} {who_} {said}?" if tense == "đang" else
                         f"{has.capitalize()} {who_} just {said}?")
    if neg:
        said = None if neg != "chưa" or tense or m["done"] else doing(act, _PP, whose)
        return said and capitalised(f"{who_} {has}n't {said} yet.")
    if tense == "đang" or tense == "sẽ":
        said = doing(act, _ING if tense == "đang" else _BASE, whose)
        return said and capitalised(contracted(who_, f"{be(who_) if tense == 'đang' else 'will'} {said}."))
    said = doing(act, _PP, whose) if tense in ("vừa", "mới", "vừa mới") or m["done"] else None
    return said and capitalised(contracted(who_, f"{has} {'already' if m['done'] else 'just'} {said}."))


def _habit(m: re.Match, act: str, who_: str, one: bool, whose: str | None) -> str | None:
    """"Cô ấy có trang điểm không?" as "Does she wear makeup?", "Cô ấy không trang điểm." as "She doesn't wear
    makeup.", "Cô ấy không bao giờ trang điểm." as "She never wears makeup.", "Cô ấy trang điểm quá đậm." as "She
    wears too much makeup.", "Anh ấy cạo râu mỗi sáng." as "He shaves every morning." (_SAID with "có … không",
    "không", SELDOM, EVERY or "quá đậm"); None for shaving and nails with "không" alone (now or then?), and nails
    whose are not known."""
    act = "wear" if act == "makeup" else act
    often, neg, asked = keyed(m["often"] or ""), keyed(m["not"] or ""), bool(m["q"])
    if act not in ("wear", "shave", "nails") or m["tense"] or m["xong"] or m["done"] or neg == "chưa" or \
            m["heavy"] and act != "wear" or act != "wear" and not (often or m["every"]) or \
            neg and often not in ("", "thường") or asked and often not in ("", "thường", "hay") or asked and neg:
        return None
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    word = often_said(often, bool(m["every"])) if often else ""
    said = doing(act, _BASE if asked or neg or not one else _S, whose)
    if said is None:
        return None
    if m["heavy"]:
        said = said.replace("makeup", "too much makeup")
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{' often' * bool(word)} {said}{every}?"
    if neg:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t{' usually' * bool(word)} {said}{every}.")
    return capitalised(f"{who_}{f' {word}' if word else ''} {said}{every}.")


def _wanted(m: re.Match, act: str, who_: str, one: bool, whose: str | None) -> str | None:
    """"Tôi cần cạo râu." as "I need to shave.", "Tôi muốn đi làm móng." as "I'd like to get my nails done.", "Cô
    ấy không cần trang điểm." as "She doesn't need to wear makeup.", "Bạn có cần tẩy trang không?" as "Do you need
    to take off your makeup?" (_SAID with "muốn" or "cần")."""
    asked, neg, need = bool(m["q"]), keyed(m["not"] or ""), keyed(m["want"]) == "cần"
    if m["tense"] or m["often"] or m["xong"] or m["heavy"] or m["every"] or m["done"] or neg == "chưa" or \
            asked and (neg or m["q"] != "không" or who_ == "I" and not need):
        return None
    said = doing("wear" if act == "makeup" and (asked or neg) else act, _BASE, whose)
    if said is None:
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} need to {said}?" if need else f"Would {who_} like to {said}?"
    if neg:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {'need' if need else 'want'} to {said}.")
    if need:
        return capitalised(f"{who_} {'needs' if one else 'need'} to {said}.")
    return capitalised(f"{who_}'d like to {said}." if who_ in EN_WHOSE else f"{who_} would like to {said}.")


def _read(m: re.Match) -> tuple[str, set[int], str] | None:
    """What is done of the group "vp" of a match of WHO_EN, its forms (_READ) and whose makeup or nails ("" for none
    said): "putting on her makeup" as ("makeup", {_ING}, "her"); None for anything else, and for another's ("She's
    painting my nails.")."""
    vp = keyed(m["vp"])
    owner = re.search(rf"(?<!\w)(?:{WHOSE_WORDS})(?!\w)", vp)
    read = _READ.get(vp if not owner else f"{vp[:owner.start()]}{{}}{vp[owner.end():]}")
    if read is None or owner and own_thing({**m.groupdict(), "owner": owner[0]}, *who_vi(m)) is not True:
        return None
    return *read, owner[0] if owner else ""


def _who_vi(m: re.Match, act: str) -> tuple[str, bool] | None:
    """Who of a match of an English pattern in Vietnamese, and whether one (mt.hobbies.who_vi); None for "shave" said
    of a woman ("She needs to shave.": her legs, not "cạo râu", a beard)."""
    said = who_vi(m)
    return None if act == "shave" and _HER.search(said[0]) else said


def _now_vi(text: str) -> str | None:
    """"I'm putting on my makeup." as "Tôi đang trang điểm.", "She isn't wearing any makeup." as "Cô ấy không trang
    điểm.", "Is she wearing makeup?" as "Cô ấy có trang điểm không?", "She's doing her hair." as "Cô ấy đang làm
    tóc." (_NOW_EN); None where "is" does not agree with who, and for "not" but of makeup worn."""
    m = next((m for p in _NOW_EN if (m := p.fullmatch(text))), None)
    if not m or (read := _read(m)) is None or _ING not in read[1]:
        return None
    act, _, _ = read
    if (said := _who_vi(m, act)) is None:
        return None
    who_, one = said
    asked, neg = "?" in m["end"], bool(m.groupdict().get("not"))
    if be_said(m["be"]) != be_of(who_, one) or "any" in m["vp"] and not (neg or asked):
        return None
    if act == "wear":
        return capitalised(f"{who_} có trang điểm không?" if asked else
                           f"{who_} {'không' if neg else 'có'} trang điểm.")
    if act == "heavy":
        return None if neg or asked else capitalised(f"{who_} trang điểm đậm quá.")
    return None if neg else capitalised(f"{who_} có đang {_VI[act]} không?" if asked else f"{who_} đang {_VI[act]}.")


def _habit_vi(text: str) -> str | None:
    """"Does she wear makeup?" as "Cô ấy có trang điểm không?", "She never wears makeup." as "Cô ấy không bao giờ
    trang điểm.", "She wears too much makeup." as "Cô ấy trang điểm quá đậm.", "He shaves every morning." as "Anh ấy
    cạo râu mỗi sáng." (_HABIT_EN); None for a plain verb ("He shaves."), and where the verb does not agree."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (read := _read(m)) is None:
        return None
    act, forms, _ = read
    if (said := _who_vi(m, act)) is None:
        return None
    who_, one = said
    aux = (m["do"] or m["not"] or "").lower()
    if act not in ("wear", "heavy", "shave", "nails") or aux and aux.startswith("does") != one or \
            (_S if one and not aux else _BASE) not in forms or m["do"] and m["not"] or \
            m["not"] and m["often"] or not (aux or m["often"] or m["every"] or act == "heavy"):
        return None
    often = SELDOM_VI[(m["often"] or m["usually"]).lower()] + " " if m["often"] or m["usually"] else ""
    every = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    if m["do"]:
        return capitalised(f"{who_} có {often}{_VI[act]}{every} không?")
    return capitalised(f"{who_} {often}{'không ' * bool(m['not'])}{_VI[act]}{every}.")


def _wanted_vi(text: str) -> str | None:
    """"I need to shave." as "Tôi cần cạo râu.", "She doesn't need makeup." as "Cô ấy không cần trang điểm.", "I'd
    like to get my nails done." as "Tôi muốn đi làm móng.", "Do you need to take off your makeup?" as "Bạn có cần
    tẩy trang không?" (_WANTED_EN); None where "needs", "wants" or "does" does not agree with who."""
    m = _WANTED_EN.fullmatch(text)
    if not m or bool(m["aux"]) != ("?" in m["end"]) or (read := _read(m)) is None:
        return None
    act, forms, _ = read
    if (said := _who_vi(m, act)) is None:
        return None
    who_, one = said
    like, aux = " ".join(m["like"].split()), (m["aux"] or m["not"] or "").lower()
    plain = like in ("want", "need")  # (after "do", "does", "don't")
    if bool(forms) != bool(m["to"]) or forms and _BASE not in forms or act in ("manicure", "hair") or \
            m["aux"] and m["not"] or (aux == "would") != (like == "like") or aux == "would" and who_ == "tôi" or \
            aux and aux != "would" and (not plain or aux.startswith("does") != one) or \
            not aux and like in ("want", "wants", "need", "needs") and like.endswith("s") != one or \
            not forms and not like.startswith("need"):
        return None
    wants = "cần" if like.startswith("need") else "muốn"
    if m["aux"]:
        return capitalised(f"{who_} có {wants} {_VI[act]} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{wants} {_VI[act]}.")


def _done_vi(text: str) -> str | None:
    """"He hasn't shaved." as "Anh ấy chưa cạo râu.", "I've just shaved." as "Tôi vừa cạo râu xong.", "She's
    already taken off her makeup." as "Cô ấy đã tẩy trang rồi.", "Have you shaved yet?" as "Bạn đã cạo râu chưa?"
    (_DONE_EN); None where "has" does not agree with who."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["aux"]) != ("?" in m["end"]) or (read := _read(m)) is None:
        return None
    act, forms, _ = read
    if (said := _who_vi(m, act)) is None:
        return None
    who_, one = said
    have = (m["aux"] or m["have"] or "").strip().lower()
    already = "already" in (m["how"], m["after"])
    if act not in ("makeup", "remove", "shave", "nails") or have and have != "did" and (have in ("'s", "has")) != one:
        return None
    if (_BASE if have == "did" else _PP if have else _PAST) not in forms or m["how"] and m["after"]:
        return None
    if m["aux"]:
        ok = not (m["not"] or m["how"] or already) and (have != "did" or m["after"] is None)
        return capitalised(f"{who_} đã {_VI[act]} chưa?") if ok else None
    if m["not"]:
        return capitalised(f"{who_} chưa {_VI[act]}.") if have and not (m["how"] or already) else None
    if m["how"] == "just":
        return capitalised(f"{who_} vừa {_VI[act]} xong.")
    return capitalised(f"{who_} đã {_VI[act]} rồi.") if already else None
