"""Lying and believing, both ways, written whole by rule: who lied (to whom), is lying, often or never lies, why, "don't
lie", "stop lying", a liar, who believes or trusts whom, believes in ghosts, God …, can't believe it, has to believe
someone, "trust me", nobody believes someone. v8 (rules on) reads "nói dối" as passive, "ma" as mad, "nổi" as famous,
"tin" as news and "lie" as lying down or telling: "Anh ấy hay nói dối." → "He is often lied.", "Bạn đang nói dối." →
"You're liing.", "Bạn đang nói dối à?" → "Are you lied?", "Sao bạn lại nói dối tôi?" → "Why are you lied to me?",
"Tại sao bạn nói dối tôi?" → "Why do you tell me?", "Anh ấy là kẻ nói dối." → "He's a lie.", "Đừng nói dối nữa." →
"Don't lie.", "Tôi không tin." → "I don't believe.", "Bạn có tin vào ma không?" → "Do you believe in mad?", "Tôi không
tin vào ma." → "I don't believe mad.", "Tôi không tin nổi." → "I don't believe famous.", "Tôi không thể tin được." →
"I can't believe.", "Tin tôi đi." → "My news goes.", "Hãy tin tôi." → "Believing me.", "Mẹ tôi không tin tôi." → "My
mother didn't believe me."; "He lied to me." → "Anh ấy nói với tôi.", "He lied to his mother." → "Anh ấy nói chuyện
với mẹ.", "She lies a lot." → "Cô ấy nằm rất nhiều.", "He always lies." → "Anh ta luôn nằm nghiêng.", "You're lying."
→ "Bạn đang nằm.", "Are you lying to me?" → "Bạn đang nói với tôi không?", "Why are you lying?" → "Sao bạn nằm?",
"Stop lying." → "Dừng tiềm ẩn.", "Do you believe in ghosts?" → "Bạn có tin vào ma cà rồng không?" (vampires).
("Đừng nói dối tôi.", "Tôi tin bạn.", "Don't lie to me.", "I don't believe you." v8 writes well; taken with the rest.)

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) lied ("đã", or with whom: "nói dối tôi"),
didn't, is or isn't lying, (to whom: mt.hobbies.WHOM, WHOM_EN), said or asked; lies often, always, sometimes, rarely,
never (mt.hobbies.SELDOM), has never lied, "Do you ever lie?"; why who lied or is lying; "Đừng nói dối (whom)
(nữa).", "Don't lie (to me).", "Stop lying."; who is a liar, "Đồ nói dối!"; who believes, trusts, believes in whom,
in ghosts, God … (BELIEVED), or not, said or asked, "Tôi không tin." ("I don't believe it."), that; who can't believe
it; has to believe whom; "Tin tôi đi.", "Believe me.", "Trust me."; nobody believes whom. Left: "nói dối" alone
without "đã", "đang" or whom ("Bạn nói dối.": lied, or lying?), "Bạn có nói dối không?" (did, or do?), "Tôi tin."
(I believe so?), "believe that …", "I can't believe you!", the truth told (the model writes it well), "Thật à?",
"Really?", "Are you sure?" (mt/agreeing.py's), joking (mt/jokes.py), secrets (mt/telling.py), "Không thể tin được."
(the phrasebook's), "lie" as lying down, and anything else.
mt.phrasebook.translate tries these after mt/missing.py.

    >>> translate("Anh ấy hay nói dối.", "vi", "en"), translate("He lied to me.", "en", "vi")
    ('He often lies.', 'Anh ấy đã nói dối tôi.')
"""
from __future__ import annotations

import re

from .hobbies import (
    SELDOM,
    SELDOM_VI,
    WHO,
    WHO_EN,
    WHOM,
    WHOM_EN,
    as_whom,
    be_of,
    who,
    who_vi,
)
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (
    BE_EN,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
    progressive,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nói\s+dối|\btin)"),
         "en": lazy(r"(?i:\b(?:lie|lies|lied|liar|lying)\b|believ|trust)")}

# what one believes in (the first Vietnamese of each is written back)
BELIEVED = {"ma": "ghosts", "Chúa": "God", "Thượng đế": "God", "phép màu": "miracles", "phép lạ": "miracles",
            "số phận": "fate", "định mệnh": "fate", "người ngoài hành tinh": "aliens",
            "tình yêu sét đánh": "love at first sight", "luân hồi": "reincarnation", "chiêm tinh": "astrology"}
BELIEVED_VI = {en: vi for vi, en in reversed(BELIEVED.items())}
_BELIEVED_KEYED = {keyed(vi): en for vi, en in BELIEVED.items()}
_THAT = {"điều đó": "that", "chuyện đó": "that", "điều này": "this", "chuyện này": "this"}
_OFTEN = alternatives(set(SELDOM) - {"thường thường"})
_TO_WHOM = rf"(?:\s+(?:với\s+)?{WHOM})?"
# who lies: "đã" (lied), "đang" (lying), "không" (not lying), how often, "chưa bao giờ" (never has), asked with "có"
_LIE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<pre>đã|đang|không|chưa\s+bao\s+giờ|bao\s+giờ|{_OFTEN})\s+)?"
            rf"nói\s+dối{_TO_WHOM}(?:\s+(?P<tail>không|à|hả|đâu))?{SOFTENED_END}")
_WHY = lazy(rf"(?i:tại\s+sao|vì\s+sao|sao)\s+{WHO}\s+(?:lại\s+)?(?:(?P<now>đang)\s+|đã\s+)?nói\s+dối"
            rf"{_TO_WHOM}{SOFTENER}\s*\?+")
_DONT = lazy(rf"(?:(?i:bạn|anh|chị|em|con|cháu)\s+)?(?i:đừng)\s+nói\s+dối{_TO_WHOM}(?:\s+(?P<more>nữa))?"
             r"(?:\s+(?:nhé|nha|mà))?\s*[.!]*")
_LIAR = lazy(rf"(?:{WHO}\s+là\s+(?:một\s+)?(?:kẻ|đồ|tên)|(?P<called>(?i:đồ)))\s+nói\s+dối"
             rf"(?:\s+(?:đấy|mà))?{SOFTENED_END}")
# who believes, trusts: whom, in whom or a thing, "có ma", that, or nothing ("Tôi không tin.")
_BELIEVE = lazy(rf"{WHO}\s+(?:(?P<pre>có|không|phải)\s+)?(?P<verb>tin\s+tưởng|tin)(?:(?:\s+(?P<in>vào|ở))?\s+"
                rf"(?:(?P<thing>(?i:{alternatives(BELIEVED)}))|{WHOM}|(?P<that>(?i:{alternatives(_THAT)})))|"
                rf"\s+(?:là\s+)?có\s+(?P<there>ma))?(?:\s+(?P<tail>không|mà|đâu))?{SOFTENED_END}")
_CANT = lazy(rf"{WHO}\s+không\s+(?:thể\s+)?tin\s+(?:được|nổi)(?:\s+(?i:{alternatives(_THAT)}))?{SOFTENED_END}")
_TRUST_ME = lazy(r"(?P<please>(?i:xin)\s+)?(?:(?P<hay>(?i:hãy))\s+)?(?i:tin)\s+(?:tưởng\s+)?tôi"
                 r"(?P<go>\s+đi(?:\s+mà)?)?\s*[.!]*")
_NOBODY = lazy(rf"(?i:không\s+ai)\s+tin\s+{WHOM}(?:\s+cả)?\s*[.!]*")

# ... and in English
_TO_WHOM_EN = rf"(?:\s+to\s+{WHOM_EN})?"
_LIED_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?P<didnt>\s+did\s+not|\s+didn['’]t)?\s+(?P<verb>lied|lie)"
                rf"{_TO_WHOM_EN}(?:\s+again)?\s*(?P<end>[.!?]*)")
_LYING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?\s+lying{_TO_WHOM_EN}"
                 r"\s*(?P<end>[.!?]*)")
_LIES_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<dont>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                rf"(?:\s+(?P<adv>{alternatives(SELDOM_VI)}|ever))?\s+(?P<verb>lies|lie){_TO_WHOM_EN}"
                r"(?:\s+(?P<much>a\s+lot|all\s+the\s+time))?\s*(?P<end>[.!?]*)")
_NEVER_EN = lazy(rf"{WHO_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)\s+never\s+lied{_TO_WHOM_EN}\s*[.!]*")
_WHY_EN = lazy(rf"Why\s+(?:did|(?P<be>is|am|are))\s+{WHO_EN}\s+(?P<verb>lie|lying){_TO_WHOM_EN}\s*\?+")
_DONT_EN = lazy(rf"(?P<please>Please\s+)?(?:(?P<dont>(?i:don['’]t|do\s+not))\s+lie|(?P<stop>Stop)\s+lying)"
                rf"{_TO_WHOM_EN}(?P<more>\s+again|\s+any\s*more)?(?:,?\s+please)?\s*[.!]*")
_LIAR_EN = lazy(rf"(?:{WHO_EN}{BE_EN}\s+a\s+liar|(?P<called>Liar))\s*[.!]*")
_BELIEVE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<dont>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                   r"(?P<verb>believes?|trusts?)(?:(?P<in>\s+in)?\s+(?:(?P<thing>(?i:"
                   rf"{alternatives(BELIEVED_VI)}))|{WHOM_EN}|(?P<that>it|that|this)))?\s*(?P<end>[.!?]*)")
_CANT_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+believe\s+(?:it|this|that)\s*[.!]*")
_MUST_EN = lazy(rf"{WHO_EN}\s+(?:(?P<has>has|have)\s+to|must)\s+(?P<verb>believe|trust)\s+{WHOM_EN}\s*[.!]*")
_TRUST_ME_EN = lazy(r"(?P<please>Please\s+)?(?i:believe|trust)\s+me(?P<please2>,?\s+please)?\s*[.!]*")
_NOBODY_EN = lazy(rf"(?:Nobody|No\s+one)\s+(?P<verb>believes|trusts)\s+{WHOM_EN}\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who lies or lied, tells someone not to lie, calls someone a
    liar, or says or asks who believes or trusts whom or what; None for any other."""
    if src == "vi":
        return _lie(text) or _why(text) or _told(text) or _believe(text) or _cant(text)
    return (_lied_vi(text) or _lying_vi(text) or _lies_vi(text) or _why_vi(text) or _told_vi(text) or
            _believe_vi(text) or _cant_vi(text))


def _to(m: re.Match, lang: str) -> str | None:
    """" to me", " to my mother" (`lang` "vi": whom of _TO_WHOM in English) or " tôi", " mẹ tôi" ("en": of
    _TO_WHOM_EN in Vietnamese); "" for none said, None for whom not known."""
    if not m["whom"]:
        return ""
    if lang == "en" and m["whom"].lower().startswith(("his ", "her ", "their ")):
        return None  # ("He lied to his mother.": "mẹ anh ấy", or his own, "mẹ mình"?)
    whom = as_whom(m["whom"], lang)
    return whom and (f" to {whom}" if lang == "vi" else f" {whom}")


def _lie(text: str) -> str | None:
    """"Anh ấy hay nói dối." as "He often lies.", "Anh ấy nói dối tôi." as "He lied to me.", "Bạn đang nói dối à?" as
    "Are you lying?", "Tôi không nói dối." as "I'm not lying.", "Bạn có hay nói dối không?" as "Do you often lie?"
    (_LIE); None for anything else, and for "nói dối" alone ("Bạn nói dối.": lied, or lying?)."""
    m = _LIE.fullmatch(text)
    tail = m and (m["tail"] or "")
    asked = bool(m) and "?" in m["end"]
    if not m or asked != (tail in ("không", "à", "hả")) or m["ask"] and tail != "không":
        return None
    if (said := who(m, asked)) is None:
        return None
    who_, one = said
    pre, to = keyed(m["pre"] or ""), _to(m, "vi")
    if to is None or tail == "đâu" and pre != "không" or pre == "bao giờ" and not (m["ask"] and asked):
        return None
    if pre in ("", "đã"):
        if m["ask"] or not (pre or to):
            return None  # ("Bạn có nói dối không?": did, or do?)
        return f"Did {who_} lie{to}?" if asked else capitalised(f"{who_} lied{to}.")
    if pre == "đang":
        return progressive(who_, be(who_), f"lying{to}", asked)
    if pre == "không":
        if asked or not (tail or who_ in ("I", "we")):
            return None  # ("Anh ấy không nói dối.": doesn't, or didn't?)
        return capitalised(f"{contracted(who_, be(who_))} not lying{to}." if who_ == "I" else
                           f"{who_} {be(who_)}n't lying{to}.")
    if pre == "chưa bao giờ":
        return None if asked else capitalised(contracted(who_, f"{'has' if one else 'have'} never lied{to}."))
    often = "ever" if pre == "bao giờ" else SELDOM[pre]
    if asked:
        return None if not m["ask"] or often not in ("often", "ever") else \
            f"{'Does' if one else 'Do'} {who_} {often} lie{to}?"
    return capitalised(f"{who_} {often} {'lies' if one else 'lie'}{to}.")


def _why(text: str) -> str | None:
    """"Tại sao bạn nói dối tôi?" as "Why did you lie to me?", "Sao bạn đang nói dối?" as "Why are you lying?"
    (_WHY); None for anything else."""
    m = _WHY.fullmatch(text)
    said = m and who(m, True)
    to = said and _to(m, "vi")
    if to is None or not said:
        return None
    who_ = said[0]
    return f"Why {be(who_)} {who_} lying{to}?" if m["now"] else f"Why did {who_} lie{to}?"


def _told(text: str) -> str | None:
    """"Đừng nói dối tôi." as "Don't lie to me.", "Đừng nói dối nữa." as "Stop lying.", "Anh ấy là kẻ nói dối." as
    "He's a liar.", "Đồ nói dối!" as "Liar!", "Tin tôi đi." as "Trust me.", "Không ai tin tôi." as "Nobody believes
    me."; None for anything else."""
    if m := _DONT.fullmatch(text):
        to = _to(m, "vi")
        return None if to is None else f"Stop lying{to}." if m["more"] else f"Don't lie{to}."
    if m := _LIAR.fullmatch(text):
        if m["called"]:
            return None if "?" in m["end"] else "Liar!"
        said = "?" not in m["end"] and who(m, False)
        return said and capitalised(contracted(said[0], f"{be(said[0])} a liar."))
    if m := _TRUST_ME.fullmatch(text):
        return "Please believe me." if m["please"] else "Trust me." if m["go"] or m["hay"] else None
    if m := _NOBODY.fullmatch(text):
        whom = as_whom(m["whom"], "vi")
        return whom and f"Nobody believes {whom}."
    return None


def _believe(text: str) -> str | None:
    """"Tôi tin bạn." as "I believe you.", "Bạn có tin vào ma không?" as "Do you believe in ghosts?", "Tôi không
    tin." as "I don't believe it.", "Bạn phải tin tôi." as "You have to believe me.", "Tôi tin tưởng bạn." as "I
    trust you." (_BELIEVE); None for anything else, and for "Tôi tin." (I believe so?)."""
    m = _BELIEVE.fullmatch(text)
    tail = m and (m["tail"] or "")
    asked = bool(m) and "?" in m["end"]
    if not m or asked != (tail == "không") or m["pre"] == "có" and tail != "không" or m["pre"] == "phải" and asked:
        return None
    said, whom = who(m, asked), m["whom"] and as_whom(m["whom"], "vi")
    trust = keyed(m["verb"]) == "tin tưởng"
    if said is None or m["whom"] and not whom or m["in"] and not (m["thing"] or whom) or m["in"] and trust or \
            trust and not whom or m["thing"] and not m["in"] or m["pre"] == "phải" and not whom or \
            tail == "đâu" and m["pre"] != "không" or not (whom or m["thing"] or m["that"] or m["there"] or
                                                          m["pre"] in ("không", "có")):
        return None
    who_, one = said
    verb = "trust" if trust else "believe"
    what = (f" in {whom}" if m["in"] else f" {whom}") if whom else f" in {_BELIEVED_KEYED[keyed(m['thing'])]}" if \
        m["thing"] else " in ghosts" if m["there"] else f" {_THAT[keyed(m['that'])]}" if m["that"] else " it"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {verb}{what}?"
    if m["pre"] == "phải":
        return capitalised(f"{who_} {'has' if one else 'have'} to {verb}{what}.")
    if m["pre"] == "không":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb}{what}.")
    return capitalised(f"{who_} {verb}{'s' * one}{what}.")


def _cant(text: str) -> str | None:
    """"Tôi không thể tin được." and "Tôi không tin nổi." as "I can't believe it." (_CANT); None for anything else."""
    m = _CANT.fullmatch(text)
    said = m and "?" not in m["end"] and who(m, False)
    return capitalised(f"{said[0]} can't believe it.") if said else None


def _lied_vi(text: str) -> str | None:
    """"He lied to me." as "Anh ấy đã nói dối tôi.", "I didn't lie." as "Tôi không nói dối.", "Did he lie to you?"
    as "Anh ấy có nói dối bạn không?" (_LIED_EN); None for anything else, and for "lie" without "did"."""
    m = _LIED_EN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or bool(m["did"]) != asked or bool(m["did"] or m["didnt"]) != (m["verb"] == "lie") or m["did"] and \
            m["didnt"] or (to := _to(m, "en")) is None:
        return None
    who_ = who_vi(m)[0]
    if asked:
        return capitalised(f"{who_} có nói dối{to} không?")
    return capitalised(f"{who_} không nói dối{to}." if m["didnt"] else f"{who_} đã nói dối{to}.")


def _lying_vi(text: str) -> str | None:
    """"You're lying." as "Bạn đang nói dối.", "Are you lying to me?" as "Bạn có đang nói dối tôi không?", "I'm not
    lying." as "Tôi không nói dối." (_LYING_EN); None for anything else, and where "is" does not agree with who."""
    m = _LYING_EN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or (to := _to(m, "en")) is None:
        return None
    who_, one = who_vi(m)
    said = be_said(m["be0"] or m["be"])
    if said != be_of(who_, one) or m["not"] and (asked or said == "am" and "n" in m["not"][:1]):
        return None
    if asked:
        return capitalised(f"{who_} có đang nói dối{to} không?")
    return capitalised(f"{who_} không nói dối{to}." if m["not"] else f"{who_} đang nói dối{to}.")


def _lies_vi(text: str) -> str | None:
    """"He often lies." as "Anh ấy hay nói dối.", "She lies a lot." as "Cô ấy hay nói dối.", "Do you ever lie?" as
    "Bạn có bao giờ nói dối không?", "I've never lied." as "Tôi chưa bao giờ nói dối." (_LIES_EN, _NEVER_EN); None
    for anything else, and where the verb does not agree with who."""
    if m := _NEVER_EN.fullmatch(text):
        who_, one = who_vi(m)
        has = m["has"].strip().replace("’", "'")
        to = _to(m, "en")
        if to is None or (has in ("has", "'s")) != one:
            return None
        return capitalised(f"{who_} chưa bao giờ nói dối{to}.")
    m = _LIES_EN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or bool(m["do"]) != asked or m["do"] and m["dont"] or (to := _to(m, "en")) is None:
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["dont"] or "").lower()
    adv, much = (m["adv"] or "").lower(), m["much"]
    agrees = ("does" in aux or "doesn" in aux) == one and m["verb"] == "lie" if aux else (m["verb"] == "lies") == one
    if not agrees or adv and much or adv == "ever" and not asked:
        return None
    if asked:
        return None if m["dont"] or adv not in ("often", "ever") and not much else \
            f"{capitalised(who_)} có {'bao giờ' if adv == 'ever' else 'hay'} nói dối{to} không?"
    if m["dont"]:
        return None if adv or much else capitalised(f"{who_} không nói dối{to}.")
    if not (adv or much):
        return None  # ("He lies to me.": lies, or lies down?)
    return capitalised(f"{who_} {SELDOM_VI[adv] if adv else 'hay'} nói dối{to}.")


def _why_vi(text: str) -> str | None:
    """"Why did you lie to me?" as "Sao bạn lại nói dối tôi?", "Why are you lying?" as "Sao bạn lại nói dối?"
    (_WHY_EN); None for anything else, and where "is" does not agree with who."""
    m = _WHY_EN.fullmatch(text)
    if not m or bool(m["be"]) != (m["verb"] == "lying") or (to := _to(m, "en")) is None:
        return None
    who_, one = who_vi(m)
    if m["be"] and m["be"] != be_of(who_, one):
        return None
    return capitalised(f"Sao {who_} lại nói dối{to}?")


def _told_vi(text: str) -> str | None:
    """"Don't lie to me." as "Đừng nói dối tôi.", "Stop lying." as "Đừng nói dối nữa.", "He's a liar." as "Anh ấy là
    kẻ nói dối.", "Trust me." as "Tin tôi đi.", "Nobody believes me." as "Không ai tin tôi."; None for anything else."""
    if m := _DONT_EN.fullmatch(text):
        to = _to(m, "en")
        dont = "Xin đừng" if m["please"] else "Đừng"
        return None if to is None else f"{dont} nói dối{to}{' nữa' * bool(m['stop'] or m['more'])}."
    if m := _LIAR_EN.fullmatch(text):
        if m["called"]:
            return "Đồ nói dối!"
        who_, one = who_vi(m)
        return capitalised(f"{who_} là kẻ nói dối.") if be_said(m["be"]) == be_of(who_, one) else None
    if m := _TRUST_ME_EN.fullmatch(text):
        return "Xin hãy tin tôi." if m["please"] or m["please2"] else "Tin tôi đi."
    if m := _NOBODY_EN.fullmatch(text):
        whom = as_whom(m["whom"], "en")
        return whom and f"Không ai {'tin tưởng' if m['verb'] == 'trusts' else 'tin'} {whom}."
    return None


def _believe_vi(text: str) -> str | None:
    """"I believe you." as "Tôi tin bạn.", "Do you believe in ghosts?" as "Bạn có tin vào ma không?", "I don't
    believe it." as "Tôi không tin.", "I trust you." as "Tôi tin tưởng bạn." (_BELIEVE_EN, _MUST_EN); None for
    anything else, where the verb does not agree with who, and for "I believe it." and "I believe." (so?)."""
    if m := _MUST_EN.fullmatch(text):
        who_, one = who_vi(m)
        whom = as_whom(m["whom"], "en")
        if not whom or m["has"] and (m["has"] == "has") != one:
            return None
        return capitalised(f"{who_} phải {'tin tưởng' if m['verb'] == 'trust' else 'tin'} {whom}.")
    m = _BELIEVE_EN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or bool(m["do"]) != asked or m["do"] and m["dont"]:
        return None
    who_, one = who_vi(m)
    aux, verb = (m["do"] or m["dont"] or "").lower(), m["verb"]
    trust = verb.startswith("trust")
    agrees = ("does" in aux or "doesn" in aux) == one and not verb.endswith("s") if aux else verb.endswith("s") == one
    whom = m["whom"] and as_whom(m["whom"], "en")
    if not agrees or m["whom"] and not whom or trust and (m["in"] or not whom) or m["thing"] and not m["in"] or \
            m["in"] and m["that"] or not (whom or m["thing"] or m["that"] and (aux or m["that"] != "it")):
        return None
    what = f" {'vào ' * bool(m['in'])}{whom}" if whom else f" vào {BELIEVED_VI[_en_thing(m['thing'])]}" if \
        m["thing"] else "" if m["that"] == "it" else f" điều {'đó' if m['that'] == 'that' else 'này'}"
    tin = "tin tưởng" if trust else "tin"
    if asked:
        return capitalised(f"{who_} có {tin}{what} không?")
    return capitalised(f"{who_} {'không ' * bool(m['dont'])}{tin}{what}.")


def _en_thing(said: str) -> str:
    """A thing of BELIEVED_VI as keyed there ("god" → "God")."""
    return next(en for en in BELIEVED_VI if en.lower() == keyed(said))


def _cant_vi(text: str) -> str | None:
    """"I can't believe it." as "Tôi không thể tin được." (_CANT_EN); None for anything else."""
    m = _CANT_EN.fullmatch(text)
    return capitalised(f"{who_vi(m)[0]} không thể tin được.") if m else None
