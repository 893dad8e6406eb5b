"""Right and wrong, sure and not sure, agreeing, and opinions asked, both ways, written whole by rule. v8 (rules on):
"Đúng rồi." → "True.", "Anh ấy nói đúng." → "He said right.", "Anh ấy nói sai rồi." → "He said it was wrong.",
"Tôi nói đúng không?" → "Is I speak right?", "Tôi đoán vậy." → "I guess that.", "Tôi không nghĩ thế." → "I don't
think that.", "Anh ấy nghĩ vậy." → "He thought.", "Tôi cũng nghĩ vậy." → "I'm also thought.", "Bạn có chắc không?"
→ "Are you sure you?", "Tôi chắc chắn là vậy." → "I'm sure that this is.", "Bạn thấy bộ phim đó thế nào?" → "How do
you see the movie?", "Bạn nghĩ thế nào?" → "How do you think?", "Bạn có đồng ý với tôi không?" → "Do you agree to
me?", "Tôi hoàn toàn đồng ý." → "I'm completely agreed."; "That's right." → "Điều đó đúng.", "I guess so." → "Tôi
đoán đến vậy.", "I suppose so." → "Tôi suýt quá.", "Is he sure?" → "Anh có chắc không?" (you), "Am I right?" → "Tôi
có quyền không?" (a right), "I'm not so sure." → "Tôi không biết chắc vậy.", "What do you think of this book?" →
"Bạn nghĩ cuốn sách này là gì?", "I think so too." → "Tôi nghĩ vậy." (too lost), "I hope not." → "Tôi hy vọng không.".

Taken: "Đúng rồi.", "Đúng vậy." (That's right.) and "That's right/correct/true."; who (mt.hobbies.WHO, WHO_EN) right,
wrong or mistaken, now or before ("đã", "was"), said or asked ("Tôi nói đúng không?", "Am I right?"); who thinks,
hopes, guesses, supposes or is afraid so or not ("Tôi cũng nghĩ vậy.", "I guess not.": guess, suppose and afraid
of I or we only), "Do you think so?"; who sure, not sure, not too sure, of it or about that, said or asked; what who
thinks of a film, book, song, idea, plan, restaurant … (OPINED, with "này", "đó" …), of it, of him, her or someone
("Bạn thấy bộ phim đó thế nào?", "What did you think of the film?"), "Bạn nghĩ sao?"; who agrees (with whom: WHOM),
completely, or not, or agreed, said or asked. The verb agrees with who both ways; English where it does not ("He
think so.", "Are he sure?") is left. Left: "anh", "chị", "em" alone saying it (the speaker or the listener), "Bạn
thấy thế nào?" (how you feel?), "Bạn thấy tôi thế nào?" (how I look?), "Bạn nghĩ gì?" (what you are thinking),
"không đúng" (not true?), "nói nhầm" (misspoke), "Are you right?" and "Was I wrong?", "Chính xác.", "Sai rồi.",
"That's wrong." (morally?), "Đồng ý." alone (the phrasebook's, which lists "Tôi nghĩ vậy.", "I hope so.", "You're
right." too: written alike here), how a film was (mt/how_was.py), whether it is good (mt/recommendations.py), and
anything else.
mt.phrasebook.translate tries these after mt/looks.py.

    >>> translate("Anh ấy nói sai rồi.", "vi", "en"), translate("I guess so.", "en", "vi")
    ("He's wrong.", 'Tôi đoán vậy.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .recommendations import KINDS
from .rule_keys import key_checked
from .text import (
    ASKED_END,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đúng|sai|nhầm|nghĩ|đoán|cho\s+là|vọng|e\s+là|chắc|thấy|đồng\s+ý)"),
         "en": lazy(r"(?i:\bright|\bcorrect|true|wrong|mistaken|think|guess|suppose|hope|afraid|\bsure|agree)")}

# "That's right." ("Đúng rồi ạ."; "Chính xác." and "Sai rồi." v8 gets right)
_THAT = lazy(r"(?i:đúng\s+(?:rồi|vậy|thế|đấy))(?:\s+ạ)?\s*[.!]*")
_THAT_EN = lazy(r"(?i:that['’]s\s+(?P<how>right|correct|true))\s*[.!]*")
# who is right, wrong or mistaken ("Bạn nói đúng rồi.", "Anh ấy đã sai.", "Tôi nói có đúng không?")
_HOW = {"đúng": "right", "sai": "wrong", "nhầm": "mistaken"}
_HOW_VI = {en: vi for vi, en in _HOW.items()}
_RIGHT = lazy(rf"{WHO}\s+(?P<did>đã\s+)?(?:(?P<ask>có)\s+)?(?:(?P<said>nói)\s+)?(?:(?P<ask2>có)\s+)?"
              rf"(?P<not>không\s+)?(?P<how>đúng|sai|nhầm)(?:\s+(?P<done>rồi))?{ASKED_END}")
_RIGHT_EN = lazy(rf"(?:(?P<be0>Am|Is|Are|Was|Were)\s+)?{WHO_EN}"
                 r"(?P<be>\s+(?:am|is|are|was|were)|['’](?:s|m|re))?"
                 r"(?P<not>\s+not|n['’]t)?\s+(?P<how>right|wrong|mistaken)\s*(?P<end>[.!?]*)")
# who thinks, hopes, guesses, supposes or is afraid so, or not ("Tôi cũng nghĩ vậy.", "Tôi đoán là không.")
_SO = {"nghĩ": "think", "đoán": "guess", "cho": "suppose", "hy vọng": "hope", "hi vọng": "hope", "e": "afraid"}
_SO_VI = {en: vi for vi, en in reversed(_SO.items())}
_SPEAKERS = {"guess", "suppose", "afraid"}  # (said of oneself: "He guesses so" is not how English tells it)
_SO_SAID = lazy(rf"{WHO}\s+(?P<also>cũng\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
                rf"(?P<verb>{alternatives(_SO)})(?P<that>\s+là)?\s+(?P<so>vậy|thế|không)"
                r"(?:\s+(?P<asked>không))?(?:\s+(?:ạ|nhỉ))?\s*(?P<end>[.!?]*)")
_SO_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)|"
              r"(?P<be>['’]m|['’]re|\s+am|\s+are|\s+is|['’]s))?\s+(?P<verb>think|guess|suppose|hope|afraid)"
              r"(?P<s>s|es)?\s+(?P<so>so|not)(?:\s+(?P<also>too|either))?\s*(?P<end>[.!?]*)")
# who is sure, or not ("Bạn có chắc không?", "Tôi không chắc lắm.", "Tôi chắc chắn là vậy.")
_SURE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?chắc(?P<sure>\s+chắn)?"
             r"(?:\s+(?P<of>là\s+(?:vậy|thế))|(?P<about>\s+về\s+(?:điều|chuyện)\s+(?:đó|này))|\s+(?P<much>lắm))?"
             rf"(?:\s+(?P<asked>không|chứ))?{SOFTENED_END}")
_SURE_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+)?{WHO_EN}(?P<be>\s+(?:am|is|are)|['’](?:s|m|re))?"
                r"(?P<not>\s+not|n['’]t)?(?P<much>\s+(?:so|too|really))?\s+sure"
                r"(?P<about>\s+(?:(?P<of>of)|about)\s+(?:that|it))?\s*(?P<end>[.!?]*)")
# what one thinks of a thing (recommendations' kinds, and more), and how English says it
OPINED = {vi: en for vi, en in KINDS.items() if en in ("restaurant", "café", "hotel", "book", "film")} | {
    "ý tưởng": "idea", "kế hoạch": "plan", "bài hát": "song", "buổi hòa nhạc": "concert", "bức tranh": "painting",
    "bức ảnh": "photo", "cuốn tiểu thuyết": "novel", "công việc mới": "new job"}
OPINED_VI = {en: vi for vi, en in reversed(OPINED.items())} | {"movie": "bộ phim", "picture": "bức ảnh"}
_THIS = {"này": "this", "kia": "that", "đó": "the", "ấy": "the"}  # ("bộ phim đó": seen, so "What did you think")
_OF = rf"(?:(?P<thing>(?i:{alternatives(OPINED)}))(?:\s+(?P<this>{alternatives(_THIS)}))?|(?P<it>(?i:nó))|{WHOM})"
_OPINION = lazy(rf"{WHO}\s+(?:(?P<see>thấy)|nghĩ\s+(?:(?P<what>gì)|sao|thế\s+nào)(?P<about>\s+về)?)"
                rf"(?:\s+{_OF})?(?P<how>\s+(?:như\s+)?(?:thế\s+nào|ra\s+sao))?{SOFTENER}\s*\?+")
_OPINION_EN = lazy(rf"What\s+(?P<do>do|does|did)\s+{WHO_EN}\s+think(?:\s+(?:of|about)\s+(?:(?P<det>the|this|that)"
                   rf"\s+(?P<thing>{alternatives(OPINED_VI)})|(?P<it>it)|{WHOM_EN}))?\s*\?+")
_ONESELF = {"me", "us", "you", "I", "we"}  # ("Bạn thấy tôi thế nào?": how do I look, or what you think of me)
# who agrees, with whom or not ("Tôi hoàn toàn đồng ý.", "Bạn có đồng ý với tôi không?")
_AGREE = lazy(rf"{WHO}\s+(?P<did>đã\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<fully>hoàn\s+toàn)\s+)?"
              rf"đồng\s+ý(?:\s+với\s+{WHOM})?{ASKED_END}")
_AGREE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}"
                 r"(?:\s+(?P<fully>totally|completely|fully|absolutely|entirely))?"
                 r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+(?P<dis>dis)?agree(?P<s>s|d)?"
                 rf"(?:\s+with\s+{WHOM_EN})?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who is right, wrong, sure or agrees, thinks so or not, or asks what
    someone thinks of something; None for any other."""
    if src == "vi":
        if _THAT.fullmatch(text):
            return "That's right."
        return _right(text) or _so(text) or _sure(text) or _opinion(text) or _agree(text)
    if m := _THAT_EN.fullmatch(text):
        return "Đúng vậy." if m["how"].lower() == "true" else "Đúng rồi."
    return _right_vi(text) or _so_vi(text) or _sure_vi(text) or _opinion_vi(text) or _agree_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("không" before "?"), or None where "không" and "?" do not go together."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) else None


def _one(said: str | None, one: bool) -> bool:
    """Whether "does", "doesn't", "has" … (`said`, any case; None: not said) agrees with who (`one`: he, she, my
    mother, Lan); True where nothing was said."""
    return said is None or keyed(said).replace("’", "'").startswith(("does", "has")) == one


def _right(text: str) -> str | None:
    """"Anh ấy nói sai rồi." as "He's wrong.", "Tôi đã sai." as "I was wrong.", "Tôi nói đúng không?" as "Am I
    right?" (_RIGHT); None for anything else, "không đúng" (not true?) and "nói nhầm" (misspoke)."""
    m = _RIGHT.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (m["ask"] or m["ask2"]) and not asked or \
            asked and (m["done"] or m["not"] or m["did"]) or m["not"] and (m["how"] == "đúng" or m["done"]) or \
            m["said"] and m["how"] == "nhầm":
        return None
    if (said := who(m, asked)) is None or asked and said[0] == "you":  # ("Are you right?": no one asks it)
        return None
    who_, how = said[0], _HOW[keyed(m["how"])]
    verb = be(who_)
    if m["did"]:
        verb = "was" if verb in ("am", "is") else "were"
    if asked:
        return f"{verb.capitalize()} {who_} {how}?"
    return capitalised(contracted(who_, f"{verb}{' not' * bool(m['not'])} {how}."))


def _right_vi(text: str) -> str | None:
    """"He's wrong." as "Anh ấy sai rồi.", "You were right." as "Bạn đã nói đúng.", "Am I right?" as "Tôi nói đúng
    không?" (_RIGHT_EN); None for anything else, where "is", "are" … does not agree with who, and "not right"."""
    m = _RIGHT_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"]:
        return None
    who_, one = who_vi(m)
    verb = be_said(m["be0"] or m["be"])
    past = verb in ("was", "were")
    how = m["how"].lower()
    if verb != be_of(who_, one, past) or m["not"] and (how == "right" or past) or m["be0"] and (past or who_ == "bạn"):
        return None
    vi = _HOW_VI[how]
    if m["be0"]:
        return capitalised(f"{who_} {'nói đúng' if how == 'right' else f'có {vi}'} không?")
    if m["not"]:
        return capitalised(f"{who_} không {vi}.")
    said = "nói đúng" if how == "right" else vi if past else f"{vi} rồi"
    return capitalised(f"{who_} {'đã ' * past}{said}.")


def _so(text: str) -> str | None:
    """"Tôi đoán vậy." as "I guess so.", "Tôi cũng nghĩ vậy." as "I think so too.", "Tôi hy vọng là không." as "I
    hope not.", "Bạn có nghĩ vậy không?" as "Do you think so?" (_SO_SAID); None for anything else."""
    m = _SO_SAID.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := who(m, asked)) is None:
        return None
    who_, one = said
    verb, no = _SO[keyed(m["verb"])], m["so"] == "không"
    if (verb in ("suppose", "afraid") or no) and not m["that"] or bool(m["ask"]) != asked or \
            (m["not"] or asked) and (verb != "think" or no) or verb in _SPEAKERS and who_ not in ("I", "we"):
        return None
    if m["also"] and (no or asked or verb not in ("think", "hope")):
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} think so?"
    if m["not"] or no and verb == "think":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t think so{' either' * bool(m['also'])}.")
    said = f"{be(who_)} afraid" if verb == "afraid" else f"{verb}{'s' * one}"
    return capitalised(contracted(who_, f"{said} {'not' if no else 'so'}{' too' * bool(m['also'])}."))


def _so_vi(text: str) -> str | None:
    """"I guess so." as "Tôi đoán vậy.", "I think so too." as "Tôi cũng nghĩ vậy.", "I hope not." as "Tôi hy vọng là
    không.", "Does he think so?" as "Anh ấy có nghĩ vậy không?" (_SO_EN); None for anything else and where the verb
    does not agree with who ("He think so.")."""
    m = _SO_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    verb, asked, no, also = m["verb"].lower(), "?" in m["end"], m["so"].lower() == "not", (m["also"] or "").lower()
    s = m["s"] or ""
    if bool(m["do"]) != asked or bool(m["be"]) != (verb == "afraid") or s and (
            m["do"] or m["not"] or verb == "afraid" or s != ("es" if verb == "guess" else "s")):
        return None
    if m["be"] and be_said(m["be"]) != be_of(who_, one) or not _one(m["do"] or m["not"], one) or \
            not (m["do"] or m["not"] or m["be"]) and bool(s) != one:
        return None
    if (m["not"] or asked) and (verb != "think" or no) or verb in _SPEAKERS and who_ not in ("tôi", "chúng tôi"):
        return None
    if also and (asked or no or (also == "either") != bool(m["not"])):  # ("I think so too", "I don't … either")
        return None
    if asked:
        return capitalised(f"{who_} có nghĩ vậy không?")
    said = _SO_VI[verb] + (" là" if verb in ("suppose", "afraid") or no else "")
    return capitalised(f"{who_} {'cũng ' * bool(also)}{'không ' * bool(m['not'])}{said} {'không' if no else 'vậy'}.")


def _sure(text: str) -> str | None:
    """"Bạn có chắc không?" as "Are you sure?", "Tôi không chắc lắm." as "I'm not too sure.", "Tôi chắc chắn là vậy."
    as "I'm sure of it." (_SURE); None for anything else, and "Tôi chắc." (probably?)."""
    m = _SURE.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or m["ask"] and not asked or asked and (m["not"] or m["much"] or m["of"]) or \
            not (asked or m["not"] or m["sure"]) or m["much"] and not m["not"] or (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    of = " about that" if m["about"] else " of it" if m["of"] else ""
    if asked:
        return f"{be(who_).capitalize()} {who_} sure{of}?"
    if m["not"]:
        return None if m["of"] else capitalised(contracted(who_, f"{be(who_)} not {'too ' * bool(m['much'])}sure{of}."))
    return capitalised(contracted(who_, f"{be(who_)} sure{of}."))


def _sure_vi(text: str) -> str | None:
    """"Is he sure?" as "Anh ấy có chắc không?", "I'm not so sure." as "Tôi không chắc lắm.", "I'm sure of it." as
    "Tôi chắc chắn là vậy." (_SURE_EN); None for anything else and where "is", "are" … does not agree with who."""
    m = _SURE_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"] or \
            m["much"] and not m["not"]:
        return None
    who_, one = who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    of = "" if not m["about"] else " là vậy" if m["of"] and not (m["be0"] or m["not"]) else " về điều đó"
    if m["be0"]:
        return capitalised(f"{who_} có chắc{of} không?")
    if m["not"]:
        return capitalised(f"{who_} không chắc{' lắm' if m['much'] else of}.")
    return capitalised(f"{who_} chắc chắn{of}.")


def _opinion(text: str) -> str | None:
    """"Bạn thấy bộ phim đó thế nào?" as "What did you think of the film?", "Bạn nghĩ gì về cuốn sách này?" as "What
    do you think of this book?", "Bạn nghĩ sao?" as "What do you think?" (_OPINION); None for anything else, for
    "Bạn nghĩ gì?" (what you are thinking) and for what one thinks of oneself or the one asked."""
    m = _OPINION.fullmatch(text)
    of = m and (m["thing"] or m["it"] or m["whom"])  # ("thấy" with what and "thế nào" after it, "nghĩ … về" what)
    if not m or not (of and m["how"] if m["see"] else not m["how"] and bool(of) == bool(m["about"])) or \
            (said := who(m, True)) is None:
        return None
    who_, one = said
    this = _THIS.get(keyed(m["this"] or ""), "the")
    if m["thing"]:
        of = f" of {this} {OPINED[keyed(m['thing'])]}"
    elif m["it"]:
        of = " of it"
    elif m["whom"]:
        whom = as_whom(m["whom"], "vi")
        if whom is None or whom in _ONESELF or whom == who_:
            return None
        of = f" of {whom}"
    elif m["what"]:
        return None
    else:
        of = ""
    did = "did" if m["this"] and this == "the" else "does" if one else "do"
    return f"What {did} {who_} think{of}?"


def _opinion_vi(text: str) -> str | None:
    """"What did you think of the film?" as "Bạn thấy bộ phim đó thế nào?", "What do you think of this book?" as
    "Bạn thấy cuốn sách này thế nào?", "What do you think?" as "Bạn nghĩ sao?" (_OPINION_EN); None for anything else
    and where "do" or "does" does not agree with who."""
    m = _OPINION_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    do = m["do"].lower()
    if do != "did" and (do == "does") != one:
        return None
    if m["thing"]:
        det = m["det"].lower()
        this = {"this": " này", "that": " đó"}.get(det, " đó" if do == "did" else "")
        of = f"{OPINED_VI[m['thing'].lower()]}{this}"
    elif m["it"]:
        of = "nó"
    elif m["whom"]:
        if m["whom"].lower() in _ONESELF or (of := as_whom(m["whom"], "en")) is None or of == who_:
            return None
    else:
        return None if do == "did" else capitalised(f"{who_} nghĩ sao?")
    return capitalised(f"{who_} thấy {of} thế nào?")


def _agree(text: str) -> str | None:
    """"Tôi hoàn toàn đồng ý." as "I completely agree.", "Bạn có đồng ý với tôi không?" as "Do you agree with me?",
    "Mẹ tôi không đồng ý." as "My mother doesn't agree." (_AGREE); None for anything else."""
    m = _AGREE.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or m["ask"] and not asked or asked and (m["did"] or m["not"] or m["fully"]) or \
            m["did"] and (m["not"] or m["fully"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if whom is None:
        return None
    with_ = f" with {whom}" if whom else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} agree{with_}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t agree{with_}.")
    agrees = "agreed" if m["did"] else f"agree{'s' * one}"
    return capitalised(f"{who_} {'completely ' * bool(m['fully'])}{agrees}{with_}.")


def _agree_vi(text: str) -> str | None:
    """"I agree with her." as "Tôi đồng ý với cô ấy.", "He agrees with me." as "Anh ấy đồng ý với tôi.", "I
    disagree." as "Tôi không đồng ý.", "Do you agree?" as "Bạn có đồng ý không?" (_AGREE_EN); None for anything else
    and where the verb does not agree with who ("He agree.", "Does she agrees?")."""
    m = _AGREE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    asked, s = "?" in m["end"], (m["s"] or "").lower()
    said = m["do"] or m["not"]
    if bool(m["do"]) != asked or asked and (m["fully"] or m["dis"]) or said and (s or not _one(said, one)) or \
            m["not"] and (m["fully"] or m["dis"]) or not said and s != "d" and (s == "s") != one or s == "d" and (
                m["dis"] or m["fully"]):
        return None
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if whom is None:
        return None
    with_ = f" với {whom}" if whom else ""
    if asked:
        return capitalised(f"{who_} có đồng ý{with_} không?")
    fully = "hoàn toàn " if m["fully"] else ""
    agrees = "đã đồng ý" if s == "d" else f"{'không ' * bool(m['not'] or m['dis'])}đồng ý"
    return capitalised(f"{who_} {fully}{agrees}{with_}.")
