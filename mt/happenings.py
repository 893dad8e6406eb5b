"""Asking what happened or what is wrong, both ways, written whole by rule: what happened (to someone, to a thing,
here), what is going on, what is wrong or the matter (with someone or a thing), whether something is wrong or
happened, whether everything is all right, and nothing or something happened or is wrong, said. v8 (rules on) reads
"bị sao" as "what's", "mọi chuyện" as who, and English "wrong" as mistaken: "Bạn bị sao vậy?" → "What's you?", "Anh
ấy bị làm sao?" → "What's he was done?", "Xe của bạn bị sao vậy?" → "What about your car?", "Chuyện gì xảy ra vậy?"
→ "What happens?", "Chuyện gì vậy?" → "What's this?", "Mọi chuyện ổn chứ?" → "Who's OK?", "Mọi chuyện đều ổn." →
"All things are OK.", "Có gì không ổn à?" → "What isn't it true?", "Đã có chuyện xảy ra với mẹ tôi." → "It's happened
to my mother."; "What happened?" → "Cái gì đã xảy ra?", "What's wrong?" → "Sai lầm?", "What's wrong with him?" → "Anh
ta sai với anh ta?", "What's the matter?" → "Vấn đề là gì?", "Is everything all right?" → "Tất cả mọi thứ đều đúng
không?", "Everything's OK." → "Mọi thứ đều ổn định.", "Something's wrong with my car." → "Xe hơi của tôi bị gì đó
sai.", "Is something wrong?" → "Có cái gì đó sai không?".

Taken: "Chuyện gì (đã) xảy ra (với …, ở đây)?", "Đã xảy ra chuyện gì?", "Chuyện gì đang xảy ra?", "Có chuyện gì xảy ra
(với …) không/à?", "… bị (làm) sao / bị gì vậy?", "Có chuyện gì vậy?", "Chuyện gì vậy?", "… có chuyện gì vậy?" (not
"you": "What's the matter with you?" reads rude), "Có (chuyện) gì không ổn à?", "Có gì đó không ổn (với …).", "Mọi
chuyện (có) ổn (chứ/không)?", "Mọi chuyện đều/vẫn ổn.", "Không có chuyện gì (xảy ra) cả.", "Có chuyện (gì đó) xảy ra
với …."; and "What happened (to …, here)?", "What's going on (here)?", "What's wrong / the matter (with …)?", "Is
something wrong (with …)?", "Did/Has something happen(ed) (to …)?", "Is everything OK?", "Everything's fine.",
"Nothing happened (to …).", "Nothing's wrong.", "Something happened to ….", "Something's wrong (with …).". Who is
mt.hobbies.WHO (as whom in English), or WHOM_EN; a thing one of mt.broken.THINGS (not "đồng hồ": watch or clock),
with whose, "này" or none. Left: "xe" alone (a car, a motorbike or a bicycle), "nó" (it), "Có sao không?" and
"Có chuyện gì không?" (are you OK, does it matter, what is it?), "Sao vậy?" (the phrasebook's "Why?"), "anh", "chị",
"em" alone in statements; "Bạn có sao không?", "Are you okay?" (mt/injuries.py), things broken (mt/broken.py),
accidents (mt/accidents.py), how someone looks (mt/looks.py), "What's up?" and the rest.
mt.phrasebook.translate tries these after mt/delays.py.

    >>> translate("Bạn bị sao vậy?", "vi", "en"), translate("What happened to your car?", "en", "vi")
    ("What's wrong with you?", 'Chuyện gì đã xảy ra với xe của bạn vậy?')
"""
from __future__ import annotations

import re

from .broken import THINGS, THINGS_VI
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHOM_EN, as_whom, someone, who
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT, SOFTENED_END, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chuyện|xảy\s+ra|bị\s+(?:làm\s+)?(?:sao|gì)|không\s+ổn|mọi\s+(?:việc|thứ))"),
         "en": lazy(r"(?i:happen|wrong|matter|going\s+on|everything)")}
# the things asked about ("đồng hồ" is a watch or a clock: left); a car is "xe" in Vietnamese, but "xe" alone is left
_GOT = {keyed(vi): en for vi, en in THINGS.items() if vi != "đồng hồ"}
_GOT_VI = {en: vi for en, vi in THINGS_VI.items() if en not in ("watch", "clock")} | {"car": "xe"}

# someone (as mt.hobbies.WHO) or a thing with whose it is ("điện thoại của tôi", "xe máy mẹ tôi", "tivi này")
_THING = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(_GOT)}))(?:\s+(?:của\s+)?(?:(?P<owner>(?i:"
          rf"{alternatives(OWNERS)}))|(?P<someone>{SOMEONE}))|\s+(?P<this>này))?")
_X = rf"(?:{WHO}|{_THING})"
_TO = rf"(?:\s+với\s+{_X}|\s+(?P<here>ở\s+đây))?"
# what happened, is happening, or whether something did ("Chuyện gì đã xảy ra với bạn?", "Đã xảy ra chuyện gì?", "Có
# chuyện gì xảy ra với cô ấy không?", "Chuyện gì đang xảy ra vậy?")
_HAPPENED = lazy(rf"(?:(?P<here0>(?i:ở\s+đây))\s+)?(?:(?i:(?P<co>có)|(?P<did0>đã)(?:\s+có)?)\s+)?"
                 r"(?:(?i:chuyện)\s+gì\s+(?:(?P<did>đã)\s+|(?P<now>đang)\s+)?xảy\s+ra|"
                 rf"(?P<did2>(?i:đã|đang))\s+xảy\s+ra\s+chuyện\s+gì){_TO}(?:\s+(?P<yn>à|không))?{SOFTENED_END}")
# what is wrong with someone or a thing ("Bạn bị sao vậy?", "Anh ấy bị làm sao?", "Bị sao thế?")
_WRONG = lazy(rf"(?:{_X}\s+)?(?i:bị)\s+(?:làm\s+)?(?:sao|gì){SOFTENED_END}")
# what the matter is ("Có chuyện gì vậy?", "Chuyện gì thế?", "Cô ấy có chuyện gì vậy?", "Có chuyện gì với anh ấy?")
_MATTER = lazy(r"(?i:(?P<co>có)\s+)?(?i:chuyện)\s+gì(?P<soft>\s+(?:vậy|thế))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
_MATTER_OF = [lazy(rf"{_X}\s+có\s+chuyện\s+gì{SOFTENED_END}"),
              lazy(rf"(?i:có)\s+chuyện\s+gì\s+với\s+{_X}{SOFTENED_END}")]
# something wrong, asked or said ("Có gì không ổn à?", "Có gì đó không ổn với xe của tôi.", "Xe của tôi có gì đó
# không ổn.")
_AMISS = [lazy(rf"(?i:có)\s+(?:chuyện\s+)?gì(?P<that>\s+đó)?\s+không\s+ổn(?:\s+với\s+{_X})?"
               rf"(?:\s+(?P<yn>à|sao|không))?{SOFTENED_END}"),
          lazy(rf"{_X}\s+có\s+(?:chuyện\s+)?gì(?P<that>\s+đó)\s+không\s+ổn(?P<yn>)\s*(?P<end>[.!]*)")]
# everything all right, asked or said ("Mọi chuyện ổn chứ?", "Mọi chuyện có ổn không?", "Mọi chuyện đều ổn.")
_FINE = lazy(r"(?i:mọi)\s+(?:chuyện|việc|thứ)\s+(?:(?P<still>vẫn)\s+|(?P<all>đều)\s+)?(?:(?P<ask>có)\s+)?ổn"
             rf"(?:\s+cả)?(?:\s+(?P<q>chứ|không))?{SOFTENED_END}")
# nothing happened, nothing is wrong ("Không có chuyện gì xảy ra cả.", "Không có chuyện gì cả.")
_NOTHING = lazy(rf"(?i:không|chẳng)\s+có\s+(?P<chuyen>chuyện\s+)?gì(?:\s+(?P<happened>xảy\s+ra){_TO})?"
                r"(?:\s+(?:cả|đâu))?\s*(?P<end>[.!]*)")
# something happened ("Có chuyện xảy ra với cô ấy.", "Đã có chuyện gì đó xảy ra với mẹ tôi.")
_SOMETHING = lazy(rf"(?:(?i:đã)\s+)?(?i:có)\s+chuyện(?:\s+gì\s+đó)?\s+(?:đã\s+)?xảy\s+ra(?:\s+với\s+{_X})?"
                  r"\s*(?P<end>[.!]*)")

# ... and in English: someone as whom, or a thing with whose it is ("your car", "my mother's phone", "this laptop")
_THING_EN = (rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+|(?P<named>{SOMEONE_EN})['’]s\s+)"
             rf"(?P<thing>(?i:{alternatives(_GOT_VI)}))")
_X_EN = rf"(?:{WHOM_EN}|{_THING_EN})"
_BE = r"(?:['’]s|\s+is)"
_HAPPENED_EN = lazy(rf"(?i:what)(?:\s+has|['’]s)?\s+happened(?:\s+to\s+{_X_EN}|\s+(?P<here>here))?\s*\?+")
_GOING_EN = lazy(rf"(?i:what){_BE}\s+(?:going\s+on|happening)(?:\s+(?P<here>here))?\s*\?+")
_DID_EN = lazy(r"(?i:did\s+(?:some|any)thing\s+happen|has\s+(?:some|any)thing\s+happened)"
               rf"(?:\s+to\s+{_X_EN}|\s+(?P<here>here))?\s*\?+")
_WRONG_EN = lazy(rf"(?i:what){_BE}\s+(?:wrong|the\s+matter)(?:\s+with\s+{_X_EN})?\s*\?+")
_AMISS_ASKED_EN = lazy(rf"(?i:is)\s+(?:there\s+)?(?:some|any)thing\s+(?:wrong|the\s+matter)(?:\s+with\s+{_X_EN})?"
                       r"\s*\?+")
_AMISS_EN = lazy(rf"(?:(?i:something){_BE}|(?i:there){_BE}\s+something)\s+wrong(?:\s+with\s+{_X_EN})?"
                 r"\s*[.!]*")
_FINE_EN = lazy(rf"(?:(?P<is>(?i:is))\s+)?(?i:everything)(?P<be>{_BE})?(?:\s+(?P<still>still))?\s+"
                r"(?:OK|(?i:okay|ok|all\s+right|alright|fine|good))\s*(?P<end>[.!?]*)")
_NOTHING_EN = lazy(rf"(?i:nothing)(?:\s+(?P<happened>happened)(?:\s+to\s+{_X_EN}|\s+(?P<here>here))?|"
                   rf"{_BE}\s+(?:wrong|the\s+matter))\s*[.!]*")
_SOMETHING_EN = lazy(rf"(?i:something)(?:\s+has|['’]s)?\s+happened(?:\s+to\s+{_X_EN})?\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks or says what happened or what is wrong; None for any other."""
    if src == "vi":
        return _happened(text) or _wrong(text) or _matter(text) or _amiss(text) or _fine(text) or _said(text)
    return _asked_vi(text) or _amiss_vi(text) or _fine_vi(text) or _said_vi(text)


def _x_en(m: re.Match, asked: bool) -> str | None:
    """Someone or a thing of a match of _X in English: "bạn" as "you" (whom), "mẹ tôi" as "my mother", "điện thoại
    của tôi" as "my phone", "tivi này" as "this TV", "máy tính" as "the computer"; "" for neither said; None for
    "anh", "chị", "em" alone in a statement (the speaker or "you")."""
    if m["thing"]:
        said = _GOT[keyed(m["thing"])]
        if m["owner"]:
            return f"{OWNERS[keyed(m['owner'])]} {said}"
        return f"{someone(m['someone'], 'vi')}'s {said}" if m["someone"] else f"{'this' if m['this'] else 'the'} {said}"
    if not (m["who"] or m["kin"] or m["titled"] or m["given"]):
        return ""
    said = who(m, asked)
    return None if said is None else EN_OBJECT.get(said[0], said[0])


def _x_vi(m: re.Match) -> str:
    """Someone or a thing of a match of _X_EN in Vietnamese: "him" as "anh ấy", "my mother" as "mẹ tôi", "your car"
    as "xe của bạn", "this laptop" as "máy tính xách tay này"; "" for neither said."""
    if m.groupdict().get("thing"):
        said = _GOT_VI[keyed(m["thing"])]
        if m["named"]:
            return f"{said} của {someone(m['named'], 'en')}"
        det = m["det"].lower()
        return said if det == "the" else f"{said} này" if det == "this" else f"{said} của {WHOSE_VI[det]}"
    return as_whom(m["whom"], "en") if m.groupdict().get("whom") else ""


def _to(m: re.Match, asked: bool, to: str = "to") -> str | None:
    """Whom or what something happened to, or here, after the verb in English: " to her", " to your car", " here";
    "" for nothing said; None for "anh", "chị", "em" alone said (_x_en)."""
    if m.groupdict().get("here") or m.groupdict().get("here0"):
        return None if m.groupdict().get("here") and m.groupdict().get("here0") else " here"
    said = _x_en(m, asked)
    return None if said is None else f" {to} {said}" if said else ""


def _happened(text: str) -> str | None:
    """"Chuyện gì đã xảy ra với bạn?" as "What happened to you?", "Đã xảy ra chuyện gì?" as "What happened?",
    "Chuyện gì đang xảy ra vậy?" as "What's going on?", "Có chuyện gì xảy ra với cô ấy không?" as "Did something
    happen to her?" (_HAPPENED); None for anything else."""
    m = _HAPPENED.fullmatch(text)
    if not m or "?" not in m["end"] or m["did2"] and (m["co"] or m["did0"] or m["did"] or m["now"]):
        return None
    to = _to(m, True)
    now = m["now"] or keyed(m["did2"] or "") == "đang"
    if to is None or m["yn"] and (not m["co"] or now or m["here0"]) or now and to not in ("", " here"):
        return None
    if m["yn"]:
        return f"Did something happen{to}?"
    return f"What's going on{to}?" if now else f"What happened{to}?"


def _wrong(text: str) -> str | None:
    """"Bạn bị sao vậy?" as "What's wrong with you?", "Xe máy của bạn bị làm sao thế?" as "What's wrong with your
    motorbike?", "Bị sao thế?" as "What's wrong?" (_WRONG); None for anything else, and said, not asked."""
    m = _WRONG.fullmatch(text)
    to = m and "?" in m["end"] and _to(m, True, "with")
    return None if to is None or to is False else f"What's wrong{to}?"


def _matter(text: str) -> str | None:
    """"Có chuyện gì vậy?" as "What's the matter?", "Chuyện gì thế?" as "What's going on?", "Cô ấy có chuyện gì
    vậy?" as "What's the matter with her?" (_MATTER, _MATTER_OF); None for anything else, and for "you" ("What's
    the matter with you?" reads rude: "Bạn có chuyện gì vậy?" may be "what is it?")."""
    m = _MATTER.fullmatch(text)
    if m and "?" in m["end"]:
        return "What's the matter?" if m["co"] else "What's going on?" if m["soft"] else None
    m = next((m for p in _MATTER_OF if (m := p.fullmatch(text))), None)
    to = m and "?" in m["end"] and _to(m, True, "with")
    return None if not to or to == " with you" else f"What's the matter{to}?"


def _amiss(text: str) -> str | None:
    """"Có gì không ổn à?" as "Is something wrong?", "Có gì đó không ổn." as "Something's wrong.", "Xe máy của tôi
    có gì đó không ổn." as "Something's wrong with my motorbike." (_AMISS); None for anything else."""
    m = next((m for p in _AMISS if (m := p.fullmatch(text))), None)
    asked = bool(m and "?" in m["end"])
    if not m or not asked and (m["yn"] or not m["that"]):
        return None
    to = _to(m, asked, "with")
    if to is None:
        return None
    return f"Is something wrong{to}?" if asked else f"Something's wrong{to}."


def _fine(text: str) -> str | None:
    """"Mọi chuyện ổn chứ?" and "Mọi chuyện có ổn không?" as "Is everything OK?", "Mọi chuyện đều ổn." as
    "Everything's fine.", "Mọi chuyện vẫn ổn." as "Everything's still fine." (_FINE); None for anything else."""
    m = _FINE.fullmatch(text)
    if not m:
        return None
    asked, still = "?" in m["end"], " still" if m["still"] else ""
    if asked and m["ask"] and m["q"] != "không" or not asked and (m["ask"] or m["q"]):
        return None
    return f"Is everything{still} OK?" if asked else f"Everything's{still} fine."


def _said(text: str) -> str | None:
    """"Không có chuyện gì xảy ra cả." as "Nothing happened.", "Không có chuyện gì cả." as "Nothing's wrong.", "Đã
    có chuyện xảy ra với mẹ tôi." as "Something happened to my mother." (_NOTHING, _SOMETHING); None for anything
    else, and for "Không có gì cả." (nothing, or you're welcome)."""
    m = _NOTHING.fullmatch(text)
    if m:
        to = _to(m, False) if m["happened"] else ""
        if to is None or not (m["happened"] or m["chuyen"]):
            return None
        return f"Nothing happened{to}." if m["happened"] else "Nothing's wrong."
    m = _SOMETHING.fullmatch(text)
    to = m and _to(m, False)
    return None if to is None or to is False else f"Something happened{to}."


def _asked_vi(text: str) -> str | None:
    """"What happened to your car?" as "Chuyện gì đã xảy ra với xe của bạn vậy?", "What's going on?" as "Chuyện gì
    đang xảy ra vậy?", "Did something happen to him?" as "Có chuyện gì xảy ra với anh ấy à?", "What's wrong with
    him?" as "Anh ấy bị sao vậy?", "What's the matter?" as "Có chuyện gì vậy?" (_HAPPENED_EN, _GOING_EN, _DID_EN,
    _WRONG_EN); None for anything else."""
    if m := _HAPPENED_EN.fullmatch(text):
        return f"Chuyện gì đã xảy ra{_with_vi(m)} vậy?"
    if m := _GOING_EN.fullmatch(text):
        return f"Chuyện gì đang xảy ra{_with_vi(m)} vậy?"
    if m := _DID_EN.fullmatch(text):
        return f"Có chuyện gì xảy ra{_with_vi(m)} à?"
    if m := _WRONG_EN.fullmatch(text):
        said = _x_vi(m)
        return capitalised(f"{said} bị sao vậy?") if said else "Có chuyện gì vậy?"
    return None


def _with_vi(m: re.Match) -> str:
    """Whom or what something happened to, or here, in Vietnamese: " với cô ấy", " với xe của bạn", " ở đây"; ""
    for nothing said."""
    if m.groupdict().get("here"):
        return " ở đây"
    said = _x_vi(m)
    return f" với {said}" if said else ""


def _amiss_vi(text: str) -> str | None:
    """"Is something wrong?" as "Có chuyện gì không ổn à?", "Something's wrong with my car." as "Xe của tôi có gì đó
    không ổn." (_AMISS_ASKED_EN, _AMISS_EN); None for anything else."""
    if m := _AMISS_ASKED_EN.fullmatch(text):
        return f"Có chuyện gì không ổn{_with_vi(m)} à?"
    m = _AMISS_EN.fullmatch(text)
    said = m and _x_vi(m)
    return None if m is None else capitalised(f"{said} có gì đó không ổn.") if said else "Có gì đó không ổn."


def _fine_vi(text: str) -> str | None:
    """"Is everything OK?" and "Everything all right?" as "Mọi chuyện ổn chứ?", "Everything's fine." as "Mọi chuyện
    đều ổn.", "Everything is still OK." as "Mọi chuyện vẫn ổn." (_FINE_EN); None for anything else, and for "is" said
    twice or asked without "?"."""
    m = _FINE_EN.fullmatch(text)
    if not m or m["is"] and m["be"]:
        return None
    asked = "?" in m["end"]
    if m["is"] and not asked or not m["be"] and not asked:
        return None
    if asked:
        return f"Mọi chuyện{' vẫn' if m['still'] else ''} ổn chứ?"
    return f"Mọi chuyện {'vẫn' if m['still'] else 'đều'} ổn."


def _said_vi(text: str) -> str | None:
    """"Nothing happened to her." as "Không có chuyện gì xảy ra với cô ấy cả.", "Nothing's wrong." as "Không có
    chuyện gì cả.", "Something has happened to my mother." as "Đã có chuyện xảy ra với mẹ tôi." (_NOTHING_EN,
    _SOMETHING_EN); None for anything else."""
    if m := _NOTHING_EN.fullmatch(text):
        return f"Không có chuyện gì xảy ra{_with_vi(m)} cả." if m["happened"] else "Không có chuyện gì cả."
    if m := _SOMETHING_EN.fullmatch(text):
        return f"Đã có chuyện xảy ra{_with_vi(m)}."
    return None
