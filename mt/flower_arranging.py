"""Flowers in a vase, both ways, written whole by rule: arranging flowers (liked, known, doing, done, learnt), the
water in the vase changed, flowers bought for the altar, and the flowers in the vase wilting. v8 (rules on) reads
"cắm" as plugging, "bàn thờ" as a church, "hoa" as the United States, and back "vase" as "va-li": "Tôi thích cắm
hoa." → "I like to plug.", "Mẹ tôi đang cắm hoa trên bàn thờ." → "My mother was packing flowers on the church.", "Chị
ấy đi học cắm hoa." → "She was goes to school plugged out the flower.", "Hoa trong bình héo hết rồi." → "The United
States in the bottle is empty.", "Nhớ thay nước cho bình hoa." → "Remember instead of the water for the flower.";
"I like arranging flowers." → "Tôi thích những bông hoa có màu.", "She takes flower-arranging classes." → "Cô ấy
lấy các lớp học từ hoa.", "The flowers in the vase have all wilted." → "Những bông hoa trong va-li có tất cả đều
khôn ngoan.", "My mother has just bought flowers for the altar." → "Mẹ tôi vừa mua hoa cho cây altar.".

Taken: who (mt.hobbies.WHO, WHO_EN) likes, loves or hates arranging flowers (said, denied, asked, "rất", "lắm"), knows
how, whose hobby it is; is arranging flowers (on the altar, in a vase), just did, did ("đã"), will, wants to, does it
every week or often (mt.hobbies.EVERY, SELDOM), has finished ("xong"), asked; takes flower-arranging classes ("đi học")
or is learning ("đang học"), wants to; changes the water in the vase ("thay nước cho bình hoa", "cho hoa"): every day,
now, just, done, yet, not yet, did, will, has to, told ("Nhớ …", "Đừng quên …", "please": "nhé") or forgot; buys flowers
for the altar or the vase ("mua hoa cắm bàn thờ"): now, just, done, yet, did, will, has to or needs to (go and) buy; the
flowers in the vase or on the altar wilting, wilted, all wilted, not yet, asked. Left: a pet, "I" asked, "we" asked in
English (chúng tôi, or chúng ta?), "anh", "chị", "em" alone saying it; "thường" (often, or usually?), "hay" with "mỗi
tuần" (often every week?); flowers wilting with whose or in the garden (mt/plants.py), flowers liked or given
(mt/hobbies.py, mt/gifts.py), a vase broken (mt/accidents.py, mt/broken.py), offerings (mt/ancestors.py), Tet flowers
(mt/tet_preparations.py); "Tôi cắm hoa.", "Tôi học cắm hoa.", "Tôi đi mua hoa cắm bàn thờ.", "Tôi (không) thay nước cho
bình hoa." (now, a habit, or done?), "thay nước hoa" (perfume?), "Hoa trong bình héo." (wilted, or wilts?), "can
arrange" (may?), a day said, and anything else.
mt.phrasebook.translate tries these after mt/fevers.py.

    >>> translate("Tôi thích cắm hoa.", "vi", "en"), translate("She takes flower-arranging classes.", "en", "vi")
    ('I like arranging flowers.', 'Cô ấy đi học cắm hoa.')
"""
from __future__ import annotations

import re

from .hobbies import EVERY, EVERY_VI, HABIT_VI, SELDOM, WHO, WHO_EN, asked_of, be_agrees, em_speaking, person_of
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cắm\s+hoa|mua\s+hoa|héo|bình\s+hoa|lọ\s+hoa|nước\s+cho\s+hoa)"),
         "en": lazy(r"(?i:flower|vase)")}
# where flowers are arranged (English "in a vase": "vào bình" says no whose), and back
_PLACES = {"trên bàn thờ": "on the altar", "lên bàn thờ": "on the altar", "vào bình": "in a vase",
           "vào lọ": "in a vase", "vào bình hoa": "in a vase", "vào lọ hoa": "in a vase"}
_PLACES_VI = {"on the altar": "trên bàn thờ", "in a vase": "vào bình", "in the vase": "vào bình"}
# where flowers wilt, and back
_WHERE = {"trong bình": "in the vase", "trong lọ": "in the vase", "trong bình hoa": "in the vase",
          "trong lọ hoa": "in the vase", "trên bàn thờ": "on the altar", "cắm trên bàn thờ": "on the altar"}
_WHERE_VI = {"in the vase": "trong bình", "on the altar": "trên bàn thờ"}
# how often, before the verb ("thường" left: often, or usually?)
_SELDOM = {vi: en for vi, en in SELDOM.items() if vi not in ("thường", "thường thường")}
_LIKES = {"thích": "like", "mê": "love", "yêu thích": "love", "ghét": "hate"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
# English verbs: the "-s" form, "-ing", the past, the participle
_FORMS = {v: (f"{v}s", f"{v[:-1]}ing", f"{v}d", f"{v}d") for v in ("arrange", "change", "like", "love", "hate")} | {
    "know": ("knows", "knowing", "knew", "known"), "finish": ("finishes", "finishing", "finished", "finished"),
    "take": ("takes", "taking", "took", "taken"), "learn": ("learns", "learning", "learned", "learned"),
    "buy": ("buys", "buying", "bought", "bought"), "go": ("goes", "going", "went", "gone"),
    "enjoy": ("enjoys", "enjoying", "enjoyed", "enjoyed")}
# a tense (as _tense and _tense_en read it) as Vietnamese says it around the verb phrase
_SAID_VI = {"present": "{} {}.", "asked": "{} có {} không?", "denied": "{} không {}.", "being": "{} đang {}.",
            "being asked": "{} có đang {} không?", "just": "{} vừa {}.", "done": "{} đã {} rồi.",
            "done asked": "{} đã {} chưa?", "not yet": "{} chưa {}.", "past": "{} đã {}.", "will": "{} sẽ {}.",
            "must": "{} phải {}.", "need": "{} cần {}.", "want": "{} muốn {}.", "want asked": "{} có muốn {} không?"}
# the tenses of buying, going to buy or not ("Tôi phải đi mua …": "I have to go and buy …"), of a habit, of finishing
_GOING = ("will", "must", "need", "want", "want asked")
_BOUGHT = ("being", "just", "done", "done asked", "not yet", "past")
_PRESENT, _FINISHED = ("present", "asked", "denied"), ("done", "done asked", "just", "not yet")
_AUX_WORDS = {"": "present", "đang": "being", "vừa": "just", "mới": "just", "vừa mới": "just", "đã": "past",
              "sẽ": "will", "chưa": "not yet", "phải": "must", "cần": "need", "muốn": "want"}

# who, then how often, "có", "không" or a tense word ("Mẹ tôi đang …", "Bạn có muốn …", "Tôi hay …")
_AUX = (rf"(?:(?P<sel>{alternatives(_SELDOM)})\s+|(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+|"
        rf"(?P<aux>{alternatives(set(_AUX_WORDS) - {''})})\s+)?)")
_EVERY = rf"(?:\s+(?P<every>{alternatives(EVERY)}))?"
_TAIL = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}"
_LIKE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<likes>{alternatives(_LIKES)})"
             rf"\s+cắm\s+hoa(?P<much>\s+lắm)?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_HOBBY = lazy(rf"[Ss]ở\s+thích\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))\s+là\s+cắm\s+hoa\s*(?P<end>[.!]*)")
_ARRANGE = lazy(rf"{WHO}\s+{_AUX}(?P<know>biết\s+)?cắm\s+hoa(?:\s+(?P<place>{alternatives(_PLACES)}))?{_EVERY}"
                rf"(?P<finish>\s+xong)?{_TAIL}")
_LEARN = lazy(rf"{WHO}\s+{_AUX}(?P<go>đi\s+)?học\s+cắm\s+hoa{_TAIL}")
_VASE = r"thay\s+nước\s+(?:(?:cho\s+)?(?P<vase>bình|lọ)\s+hoa|cho\s+hoa)"
_WATER = lazy(rf"{WHO}\s+{_AUX}{_VASE}{_EVERY}{_TAIL}")
_TOLD = lazy(rf"(?:[Bb]ạn\s+)?(?:(?P<remember>(?:[Hh]ãy\s+)?[Nn]hớ)|(?P<dont>[Đđ]ừng\s+quên))\s+{_VASE}{_EVERY}"
             r"(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")
_FORGOT = lazy(rf"{WHO}\s+(?:đã\s+)?quên(?:\s+mất)?\s+{_VASE}(?:\s+rồi)?{SOFTENED_END}")
_BUY = lazy(rf"{WHO}\s+{_AUX}(?P<go>đi\s+)?mua\s+hoa\s+(?:để\s+)?cắm\s+(?:(?P<altar>(?:lên\s+|trên\s+)?bàn\s+thờ)|"
            rf"(?P<vase>bình|lọ)){_TAIL}")
_WILT = lazy(rf"(?:[Hh]oa|(?i:những|mấy)\s+bông\s+hoa)\s+(?P<where>{alternatives(_WHERE)})\s+(?:(?P<aux>đã|đang|chưa)"
             r"\s+)?(?:bị\s+)?héo(?P<all>\s+hết)?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?" + SOFTENED_END)

# ... in English: asked or not, who, an auxiliary, an adverb, "has to" …, the verb (as _tense_en reads them)
_CLAUSE_EN = (rf"(?:(?P<q>Do|Does|Are|Is|Am|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|have|has|is|am|are|will)"
              r"(?:\s+not)?|\s+(?:don|doesn|haven|hasn|isn|aren|won)['’]t|['’](?:s|m|re|ve|ll))?"
              rf"(?:\s+(?P<adv>just|already|really|{alternatives(HABIT_VI)}))?"
              r"(?:\s+(?P<modal>(?:has|have|needs?|wants?)\s+to))?\s+(?P<verb>[a-z]+)")
_ARRANGING_EN = r"(?:arranging\s+flowers|flower[\s-]arranging)"
_END_EN = r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)"
_EVERY_EN = rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?"
_LIKE_EN = lazy(rf"{_CLAUSE_EN}\s+{_ARRANGING_EN}{_END_EN}")
_HOBBY_EN = lazy(rf"(?P<whose>{WHOSE_WORDS}|My|Your|His|Her|Our|Their)\s+hobby\s+is\s+{_ARRANGING_EN}\s*(?P<end>[.!]*)")
_ARRANGE_EN = lazy(rf"{_CLAUSE_EN}(?P<how>\s+how\s+to\s+arrange)?(?P<ing>\s+arranging)?\s+(?P<the>the\s+)?flowers"
                   rf"(?:\s+(?P<place>{alternatives(_PLACES_VI)}))?{_EVERY_EN}{_END_EN}")
_LEARN_EN = lazy(rf"{_CLAUSE_EN}\s+(?:(?P<classes>(?:a\s+)?flower[\s-]arranging\s+(?:class|course)|flower[\s-]arranging"
                 rf"\s+(?:classes|lessons))|(?:how\s+)?to\s+arrange\s+flowers|flower[\s-]arranging){_END_EN}")
_VASE_EN = r"(?:(?P<vase>the\s+water\s+in\s+the\s+vase|the\s+vase\s+water)|the\s+flowers['’]\s+water)"
_WATER_EN = lazy(rf"{_CLAUSE_EN}\s+{_VASE_EN}{_EVERY_EN}{_END_EN}")
_TOLD_EN = lazy(rf"(?:(?P<dont>Don['’]t\s+forget)|Remember)\s+to\s+change\s+{_VASE_EN}"
                rf"{_EVERY_EN}(?P<please>,?\s+please)?\s*(?P<end>[.!]*)")
_FORGOT_EN = lazy(rf"{WHO_EN}\s+forgot\s+to\s+change\s+{_VASE_EN}\s*(?P<end>[.!]*)")
_BUY_EN = lazy(rf"{_CLAUSE_EN}(?P<go>\s+and\s+buy)?\s+flowers\s+for\s+the\s+(?P<for>altar|vase){_END_EN}")
_WILT_EN = lazy(r"(?:(?P<q>Have)\s+the|The)\s+flowers\s+(?P<where>in\s+the\s+vase|on\s+the\s+altar)(?P<aux>\s+have|"
                r"\s+haven['’]t|\s+have\s+not|\s+are|['’]re)?(?P<all>\s+all)?\s+(?P<verb>wilted|wilting)"
                rf"{_END_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who likes, is arranging or learns to arrange flowers, changes
    the water in the vase, buys flowers for the altar, or that the flowers in the vase wilted; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("… thế.", "… vậy.": so, then; more than English says)
            return None
        return _like(text) or _arrange(text) or _learn(text) or _water(text) or _buy(text) or _wilt(text)
    return _like_vi(text) or _arrange_vi(text) or _learn_vi(text) or _water_vi(text) or _buy_vi(text) or _wilt_vi(text)


def _tense(m: re.Match) -> str | None:
    """The tense of a match of a pattern over _AUX and _TAIL, as _SAID_VI keys it: "present" ("Tôi hay …" too),
    "asked" ("có … không?"), "being asked" ("có đang … không?"), "done" ("… rồi"), "done asked" ("… chưa?") …;
    None for "có" or "không?" alone, a "?" on a statement, or words that do not go together."""
    aux, asked, done = keyed(m["aux"] or ""), keyed(m["asked"] or ""), bool(m["done"])
    if ("?" in m["end"]) != bool(asked) or m["sel"] and (m["done"] or asked or m.groupdict().get("every")):
        return None
    if asked == "không":
        ok = m["ask"] and not (m["not"] or done)
        return {"": "asked", "đang": "being asked", "muốn": "want asked"}.get(aux) if ok else None
    if m["ask"] or m["not"] and (aux or done):
        return None
    if asked:  # ("… chưa?": yet)
        return "done asked" if aux in ("", "đã") and not m["not"] else None
    if done:
        return "done" if aux in ("", "đã") else None
    return "denied" if m["not"] else _AUX_WORDS[aux]


def _who(m: re.Match, tense: str | None) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("she takes"), for a `tense` of _tense; None for no tense, a
    pet, "I" asked, "anh" or "em" (the speaker?) saying it (mt.hobbies.person_of)."""
    return None if tense is None or em_speaking(m) else person_of(m, tense.endswith("asked"))


def _clause(pattern, text: str) -> tuple[re.Match, str, tuple[str, bool]] | None:
    """A match of `pattern` (over WHO, _AUX and _TAIL), its tense (_tense) and who in English, and whether one
    (_who); None where any is not read."""
    m = pattern.fullmatch(text)
    said = m and _who(m, tense := _tense(m))
    return (m, tense, said) if said else None


def _english(tense: str, who_: str, one: bool, verb: str, rest: str, end: str | None, adverb: str = "") -> str:
    """A sentence in English of who doing `verb` (a base of _FORMS) and `rest`, in a `tense` of _SAID_VI: "My mother
    is arranging flowers.", "Have you changed the water in the vase yet?", "I've just bought flowers for the altar."."""
    s, ing, past, pp = _FORMS[verb]
    has, do, es, rest, dot = "has" if one else "have", "does" if one else "do", "s" * one, f" {rest}", stop(end)
    said = {"present": f"{who_} {adverb}{s if one else verb}{rest}", "asked": f"{do} {who_} {verb}{rest}?",
            "denied": f"{who_} {do}n't {verb}{rest}", "being": contracted(who_, f"{be(who_)} {ing}{rest}"),
            "being asked": f"{be(who_)} {who_} {ing}{rest}?", "just": contracted(who_, f"{has} just {pp}{rest}"),
            "done": contracted(who_, f"{has} {pp}{rest}"), "done asked": f"{has} {who_} {pp}{rest} yet?",
            "not yet": f"{who_} {has}n't {pp}{rest} yet", "past": f"{who_} {past}{rest}",
            "will": contracted(who_, f"will {verb}{rest}"), "must": f"{who_} {has} to {verb}{rest}",
            "need": f"{who_} need{es} to {verb}{rest}", "want": f"{who_} want{es} to {verb}{rest}",
            "want asked": f"{do} {who_} want to {verb}{rest}?"}[tense]
    return capitalised(said if said.endswith("?") else said + dot)


def _like(text: str) -> str | None:
    """"Tôi thích cắm hoa." as "I like arranging flowers.", "Bạn có thích cắm hoa không?" as "Do you like arranging
    flowers?", "Mẹ tôi rất thích cắm hoa." as "My mother really likes arranging flowers." (_LIKE), "Sở thích của tôi
    là cắm hoa." as "My hobby is flower arranging." (_HOBBY); None for anything else."""
    if m := _HOBBY.fullmatch(text):
        return capitalised(f"{OWNERS[keyed(m['whose'])]} hobby is flower arranging{stop(m['end'])}")
    m = _LIKE.fullmatch(text)
    asked = asked_of(m) if m else None
    said = None if asked is None or asked and m["much"] else _who(m, "asked" if asked else "present")
    if said is None:
        return None
    adverb = "really " if m["very"] or m["much"] else ""  # ("không thích … lắm": doesn't really like)
    verb = _LIKES[keyed(m["likes"])]
    return present(*said, verb, "arranging flowers", asked, bool(m["not"]), m["end"], adverb)


def _arrange(text: str) -> str | None:
    """"Mẹ tôi đang cắm hoa trên bàn thờ." as "My mother is arranging flowers on the altar.", "Bạn cắm hoa xong
    chưa?" as "Have you finished arranging the flowers yet?" (_ARRANGE); None for anything else, "Tôi cắm hoa." too."""
    if not (clause := _clause(_ARRANGE, text)):
        return None
    m, tense, said = clause
    habit = bool(m["every"] or m["sel"])
    if m["know"]:
        ok = tense in _PRESENT and not (habit or m["place"] or m["finish"])
        verb, rest = "know", "how to arrange flowers"
    elif m["finish"]:
        tense = "done" if tense == "past" else tense
        ok, verb, rest = tense in _FINISHED and not (habit or m["place"]), "finish", "arranging the flowers"
    else:
        place = f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
        every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
        plain = ("being", "being asked", "just", "past", "will", "want", "want asked")
        ok = tense in plain and not habit or tense in _PRESENT and habit
        verb, rest = "arrange", f"flowers{place}{every}"
    adverb = f"{_SELDOM[keyed(m['sel'])]} " if m["sel"] else ""
    return _english(tense, *said, verb, rest, m["end"], adverb) if ok else None


def _learn(text: str) -> str | None:
    """"Chị ấy đi học cắm hoa." as "She takes flower-arranging classes.", "Tôi đang học cắm hoa." as "I'm learning to
    arrange flowers." (_LEARN); None for anything else, and "Tôi học cắm hoa." (now, or did?)."""
    if not (clause := _clause(_LEARN, text)):
        return None
    m, tense, said = clause
    classes = _PRESENT if m["go"] else ()
    if m["sel"] or tense not in classes + ("being", "being asked", "will", "want", "want asked"):
        return None
    verb, rest = ("take", "flower-arranging classes") if m["go"] else ("learn", "to arrange flowers")
    return _english(tense, *said, verb, rest, m["end"])


def _water(text: str) -> str | None:
    """"Bạn đã thay nước cho bình hoa chưa?" as "Have you changed the water in the vase yet?", "Nhớ thay nước cho
    bình hoa." as "Remember to …" (_WATER, _TOLD, _FORGOT); None for any other, "Tôi (không) thay nước …" too."""
    m = _TOLD.fullmatch(text) or _FORGOT.fullmatch(text) or _WATER.fullmatch(text)
    if not m:
        return None
    water = "the water in the vase" if m["vase"] else "the flowers' water"
    every = f" {EVERY[keyed(m['every'])]}" if m.groupdict().get("every") else ""
    if m.re == _TOLD:
        told = "Don't forget" if m["dont"] else "Remember"
        return f"{told} to change {water}{every}{stop(m['end'])}"
    if m.re == _FORGOT:
        said = None if "?" in m["end"] else _who(m, "past")
        return said and capitalised(f"{said[0]} forgot to change {water}{stop(m['end'])}")
    tense = _tense(m)
    said, habit = _who(m, tense), bool(m["every"] or m["sel"])
    if said is None or (tense in _PRESENT) != habit:  # (a habit, or now, or done?)
        return None
    adverb = f"{_SELDOM[keyed(m['sel'])]} " if m["sel"] else ""
    return _english(tense, *said, "change", f"{water}{every}", m["end"], adverb)


def _buy(text: str) -> str | None:
    """"Mẹ tôi vừa mua hoa cắm bàn thờ." as "My mother has just bought flowers for the altar.", "Tôi phải đi mua hoa
    cắm bàn thờ." as "I have to go and buy …" (_BUY); None for any other, "Tôi đi mua hoa …" too (gone? a habit?)."""
    if not (clause := _clause(_BUY, text)):
        return None
    m, tense, said = clause
    if tense not in _GOING + (() if m["go"] else _BOUGHT):
        return None
    rest = f"flowers for the {'altar' if m['altar'] else 'vase'}"
    return _english(tense, *said, "go" if m["go"] else "buy", f"and buy {rest}" if m["go"] else rest, m["end"])


def _wilt(text: str) -> str | None:
    """"Hoa trong bình héo hết rồi." as "The flowers in the vase have all wilted.", "Hoa trong bình héo chưa?" as
    "Have the flowers in the vase wilted yet?" (_WILT); None for anything else, "Hoa trong bình héo." too."""
    m = _WILT.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    where, aux, all_, done = _WHERE[keyed(m["where"])], m["aux"] or "", bool(m["all"]), bool(m["done"])
    if m["asked"]:
        return f"Have the flowers {where} wilted yet?" if aux in ("", "đã") and not (all_ or done) else None
    if aux == "đang" or aux == "chưa":
        said = "are wilting" if aux == "đang" else "haven't wilted yet"
        return f"The flowers {where} {said}{stop(m['end'])}" if not (all_ or done) else None
    if done or aux == "đã":
        return f"The flowers {where} have{' all' * all_} wilted{stop(m['end'])}"
    return None


def _tense_en(m: re.Match, base: str) -> str | None:
    """The tense of a match of a pattern over _CLAUSE_EN of the verb `base`, as _SAID_VI keys it, who agreeing with
    the verb ("She has just bought", "Do you take", "I'm learning"); None for any other, and for "yet" where no
    "have" asks or denies it."""
    s, ing, past, pp = _FORMS[base]
    verb, q, adv, yet = m["verb"], (m["q"] or "").lower(), m["adv"] or "", bool(m["yet"])
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    words, modal = aux.split(), " ".join((m["modal"] or "").split())
    first, neg = {"'ll": "will"}.get((words or [""])[0], (words or [""])[0]), "not" in words
    _, one = person_of(m, False, "en") or ("", False)
    if bool(q) != ("?" in m["end"]) or q and aux or adv and adv not in ("just", "already") and (q or aux or modal):
        return None
    if adv == "really" and base != "like":  # (only liking is "rất": "I really change the water …" is left)
        return None
    if modal:
        known = {"has to": "must", "have to": "must", "needs to": "need", "need to": "need", "wants to": "want",
                 "want to": "want"}
        tense = known[modal] + (" asked" if q else "")
        agrees = modal.startswith(("has", "needs", "wants")) == one if not q else modal == "want to"
        ok = not (aux or adv or yet) and verb == base and agrees and tense != "need asked" and tense != "must asked"
        return tense if ok and (not q or (q == "does") == one) else None
    if q in ("do", "does") or first in ("do", "does"):
        agrees = (q or first) == ("does" if one else "do")
        return ("asked" if q else "denied") if agrees and verb == base and not (adv or yet) and (q or neg) else None
    if q in ("is", "am", "are") or first in ("is", "am", "are", "'s", "'m", "'re") and verb == ing:
        ok = verb == ing and not (neg or adv or yet) and be_agrees(m, q or first)
        return ("being asked" if q else "being") if ok else None
    if q in ("have", "has") or first in ("have", "has", "'ve", "'s"):
        agrees = {"have": not one, "'ve": not one, "has": one, "'s": one}[q or first]
        if verb != pp or not agrees or adv and (q or neg):
            return None
        if q or neg:  # ("Have you … ?", asked, with "yet" or not; not done, with "yet")
            return "done asked" if q else "not yet" if yet else None
        return "just" if adv == "just" else "done" if not yet else None
    if first == "will":
        return "will" if verb == base and not (neg or adv or yet) else None
    if aux or yet:
        return None
    if verb == past and adv in ("just", "already"):
        return "just" if adv == "just" else "done"
    if verb == past and past != (s if one else base):
        return "past"
    return "present" if verb == (s if one else base) and adv not in ("just", "already") else None


def _vietnamese(m: re.Match, tense: str | None, vp: str) -> str | None:
    """A sentence in Vietnamese of who of a match of _CLAUSE_EN doing `vp` in a `tense` of _SAID_VI ("Mẹ tôi đang cắm
    hoa.", "Bạn đã thay nước cho bình hoa chưa?"), how often said before it; None for no tense, a pet, "I" or "we"
    asked (chúng tôi, or chúng ta?)."""
    said = tense and person_of(m, tense.endswith("asked"), "en")
    if not said or said[0] == "chúng tôi" and tense.endswith("asked"):
        return None
    adv = (m["adv"] or "").lower()
    if adv in HABIT_VI:
        vp = f"{HABIT_VI[adv]} {vp}"
    sentence = capitalised(_SAID_VI[tense].format(said[0], vp))
    return sentence[:-1] + "!" if "!" in m["end"] and sentence.endswith(".") else sentence


def _verb_of(m: re.Match, *bases: str) -> str | None:
    """Which of `bases` the verb of a match of _CLAUSE_EN is a form of ("bought": "buy"); None for none."""
    verb = m["verb"]
    return next((b for b in bases if verb == b or verb in _FORMS[b]), None)


def _like_vi(text: str) -> str | None:
    """"I like arranging flowers." as "Tôi thích cắm hoa.", "Do you like flower arranging?" as "Bạn có thích cắm hoa
    không?", "My mother loves arranging flowers." as "Mẹ tôi rất thích cắm hoa." (_LIKE_EN), "My hobby is flower
    arranging." as "Sở thích của tôi là cắm hoa." (_HOBBY_EN); None for anything else, and love asked or denied."""
    if m := _HOBBY_EN.fullmatch(text):
        return f"Sở thích của {WHOSE_VI[m['whose'].lower()]} là cắm hoa{stop(m['end'])}"
    m = _LIKE_EN.fullmatch(text)
    base = m and _verb_of(m, "like", "love", "enjoy", "hate")
    tense = base and _tense_en(m, base)
    adv = (m["adv"] or "").lower() if m else ""
    if tense not in _PRESENT or adv not in ("", "really") or (adv or base == "love") and \
            tense != "present" or adv and base != "like":
        return None
    likes = "rất thích" if adv else _LIKES_VI[base]
    return _vietnamese(m, tense, f"{likes} cắm hoa")


def _arrange_vi(text: str) -> str | None:
    """"My mother is arranging flowers on the altar." as "Mẹ tôi đang cắm hoa trên bàn thờ.", "Lan knows how to
    arrange flowers." as "Lan biết cắm hoa." (_ARRANGE_EN); None for anything else."""
    m = _ARRANGE_EN.fullmatch(text)
    base = m and _verb_of(m, "arrange", "finish", "know")
    tense = base and _tense_en(m, base)
    if not tense or bool(m["how"]) != (base == "know") or bool(m["ing"]) != (base == "finish"):
        return None
    habit = bool(m["every"] or m["adv"] in HABIT_VI)
    if base == "know":
        ok, vp = tense in _PRESENT and not (habit or m["place"] or m["the"]), "biết cắm hoa"
    elif base == "finish":
        ok, vp = tense in _FINISHED and m["the"] and not (habit or m["place"]), "cắm hoa xong"
        if ok and tense == "done":  # ("I've finished arranging the flowers.": "… đã cắm hoa xong.", no "rồi" too)
            return _vietnamese(m, "past", vp)
    else:
        place = f" {_PLACES_VI[m['place'].lower()]}" if m["place"] else ""
        every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
        plain = ("being", "being asked", "just", "past", "will", "want", "want asked")
        ok = tense in plain and not habit or tense in _PRESENT and habit
        vp = f"cắm hoa{place}{every}"
    return _vietnamese(m, tense, vp) if ok else None


def _learn_vi(text: str) -> str | None:
    """"She takes flower-arranging classes." as "Cô ấy đi học cắm hoa.", "I'm learning to arrange flowers." as "Tôi
    đang học cắm hoa." (_LEARN_EN); None for anything else."""
    m = _LEARN_EN.fullmatch(text)
    base = m and _verb_of(m, "take" if m["classes"] else "learn")
    tense = base and _tense_en(m, base)
    classes = _PRESENT if m and m["classes"] else ()
    if tense not in classes + ("being", "being asked", "will", "want", "want asked") or m["adv"]:
        return None
    return _vietnamese(m, tense, "đi học cắm hoa" if m["classes"] else "học cắm hoa")


def _water_vi(text: str) -> str | None:
    """"Have you changed the water in the vase yet?" as "Bạn đã thay nước cho bình hoa chưa?", "Remember to change
    the water in the vase." as "Nhớ thay nước cho bình hoa." (_WATER_EN, _TOLD_EN, _FORGOT_EN); None for any other."""
    m = _TOLD_EN.fullmatch(text) or _FORGOT_EN.fullmatch(text) or _WATER_EN.fullmatch(text)
    if not m:
        return None
    water = f"thay nước cho {'bình hoa' if m['vase'] else 'hoa'}"
    every = f" {EVERY_VI[m['every'].lower()]}" if m.groupdict().get("every") else ""
    if m.re == _TOLD_EN:
        return f"{'Đừng quên' if m['dont'] else 'Nhớ'} {water}{every}{' nhé' * bool(m['please'])}{stop(m['end'])}"
    if m.re == _FORGOT_EN:
        said = person_of(m, False, "en")
        return said and capitalised(f"{said[0]} quên {water}{stop(m['end'])}")
    tense = _verb_of(m, "change") and _tense_en(m, "change")
    habit = bool(m["every"] or m["adv"] in HABIT_VI)
    if not tense or tense == "present" and not habit or habit and tense not in _PRESENT:
        return None
    return _vietnamese(m, tense, f"{water}{every}")


def _buy_vi(text: str) -> str | None:
    """"My mother has just bought flowers for the altar." as "Mẹ tôi vừa mua hoa cắm bàn thờ.", "I have to go and buy
    flowers for the altar." as "Tôi phải đi mua hoa cắm bàn thờ." (_BUY_EN); None for anything else."""
    m = _BUY_EN.fullmatch(text)
    if not m:
        return None
    tense = _verb_of(m, "go" if m["go"] else "buy") and _tense_en(m, "go" if m["go"] else "buy")
    if tense not in _GOING + (() if m["go"] else _BOUGHT):
        return None
    vp = f"{'đi ' if m['go'] else ''}mua hoa cắm {'bàn thờ' if m['for'] == 'altar' else 'bình'}"
    return _vietnamese(m, tense, vp)


def _wilt_vi(text: str) -> str | None:
    """"The flowers in the vase have all wilted." as "Hoa trong bình héo hết rồi.", "Have the flowers in the vase
    wilted yet?" as "Hoa trong bình đã héo chưa?" (_WILT_EN); None for anything else."""
    m = _WILT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    where, verb, all_, yet = _WHERE_VI[" ".join(m["where"].lower().split())], m["verb"], bool(m["all"]), bool(m["yet"])
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    if m["q"]:
        said = "đã héo chưa?" if not (aux or all_) and yet and verb == "wilted" else None
    elif aux == "have not":
        said = "chưa héo" if yet and not all_ and verb == "wilted" else None
    elif aux in ("are", "'re") and verb == "wilting":
        said = "đang héo" if not (all_ or yet) else None
    elif aux in ("have", "are", "'re") and verb == "wilted" and not yet:
        said = f"héo{' hết' * all_} rồi"
    else:
        said = None
    return said and f"Hoa {where} {said}" + ("" if said.endswith("?") else stop(m["end"]))
