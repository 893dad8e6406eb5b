"""Pens, pencils, erasers, rulers and the like, both ways, written whole by rule: a pen run out of ink, asking to
borrow one, having one or not, forgetting to bring one, losing one, and a pencil whose lead broke, blunt, or to be
sharpened. v8 (rules on) reads "bút" as a brush, "hết mực" as all ink, "cục tẩy" as bleach or a boyfriend, "gãy
ngòi" as nothing, "gọt" as glad, and back "pen" as a dog, "out of ink" as going out: "Bút của tôi hết mực rồi." → "My
brush is all ink.", "Bạn cho tôi mượn cục tẩy được không?" → "Could you give me a boyfriend?", "Bút chì gãy ngòi
rồi." → "The penis breaks down.", "Bút chì của tôi bị cùn rồi." → "My brush was squiring.", "Tôi đang gọt bút chì." →
"I'm glading my pencil.", "Lan làm mất cục tẩy rồi." → "Lan lost the bleach."; "My pen has run out of ink." → "Chó
của tôi chạy ra khỏi mực.", "Can you lend me an eraser?" → "Bạn có thể cho tôi một kẻ tẩy?", "Do you have an
eraser?" → "Bạn có kẻ tẩy?", "My pencil needs sharpening." → "Bán dương của tôi cần sắc.", "The pencil lead has
broken." → "Nguyên nhân dẫn đầu bị vỡ.".

Taken: a pen of _INKED (whose of mt.terms.OWNERS or mt.hobbies.SOMEONE after it, or none: "the") that has run out of
ink, is running out, has not yet, or asked ("có … không?"); the speaker (I, we) asking to borrow, or you asked to lend,
a thing of ITEMS ("Cho tôi mượn cái bút chì được không?", "Bạn có thể cho tôi mượn thước kẻ không?", "Can I borrow
your ruler?"); who (mt.hobbies.WHO, WHO_EN; "có ai", anyone) has one, asked or denied ("Bạn có cục tẩy không?"), or
says one ("Tôi có một cái bút chì."); who forgot to bring their own, said or asked; who lost their own (just, done);
a pencil's lead broken, a pencil blunt or needing sharpening, and who is sharpening, needs or has to sharpen their own
pencil. Left: pens, ballpoint pens and notebooks borrowed (mt/loans.py's: "Cho tôi mượn cái bút được không?"), a bare
"tẩy" (bleach? to erase?) or "thước" (a tape measure?), "rubber" (a condom in America), "anh", "chị", "em" alone
saying it ("Em quên mang thước kẻ.": the speaker, or a teacher's "you"? "em" with "ạ" is the speaker, so left asking:
"Em có thước kẻ không ạ?"), "em" both lending or borrowing and whose ("Cho em mượn cục tẩy của em …"), a name alone
with whose not said (his or hers?), "we" forgetting or losing (one each, or one?), a pet (either way), a pencil "gãy"
alone (the lead, or the pencil?), a statement ending "thế", "vậy" (mt.text.STRESSED_SAID), "Has your pen run out of
ink?", "please", stationery left at a place (mt/left_behind.py), looked for (mt/finding.py), homework, handwriting and
printing (mt/homework.py, mt/handwriting.py, mt/printing.py).
mt.phrasebook.translate tries these after mt/bed_bugs.py.

    >>> translate("Bút của tôi hết mực rồi.", "vi", "en"), translate("Can I borrow a pencil?", "en", "vi")
    ('My pen has run out of ink.', 'Cho tôi mượn cái bút chì được không?')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .ever import YOU
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, be_agrees, em_speaking, own_thing, owner_of,
                      person_of, someone, who_vi, whose_own)
from .lazy_re import lazy
from .loans import THINGS as LENT, THINGS_VI as LENT_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   stop)

# stationery (the first Vietnamese of each is written back; "tẩy" and "thước" alone are left)
ITEMS = {"bút chì": "pencil", "bút": "pen", "bút bi": "ballpoint pen", "bút máy": "fountain pen",
         "bút mực": "fountain pen", "bút dạ quang": "highlighter", "bút dạ": "marker", "bút xóa": "correction pen",
         "bút xoá": "correction pen", "cục tẩy": "eraser", "cái tẩy": "eraser", "cục gôm": "eraser",
         "thước kẻ": "ruler", "cái gọt bút chì": "sharpener", "đồ gọt bút chì": "sharpener",
         "cái chuốt bút chì": "sharpener", "hộp bút": "pencil case"}
ITEMS_VI = {en: vi for vi, en in reversed(ITEMS.items())} | {
    "biro": "bút bi", "felt-tip pen": "bút dạ", "pencil sharpener": "cái gọt bút chì"}
_INKED = {vi: en for vi, en in ITEMS.items() if en.endswith(("pen", "marker", "highlighter")) and "xó" not in vi}
_INKED_VI = {en: vi for en, vi in ITEMS_VI.items() if vi in _INKED}
_KEYS = {"vi": lazy(r"(?i:bút|tẩy|gôm|thước\s+kẻ)"),
         "en": lazy(r"(?i:\bpen|biro|marker|highlighter|eraser|ruler|sharpen)")}

# a thing, a counter before it or not ("cái bút chì", "một cây bút"), and whose after it ("của tôi", "mẹ tôi")
_CL = r"(?:(?P<one>(?i:một))\s+)?(?:(?i:cái|cây|chiếc)\s+)?"
_THING = rf"{_CL}(?P<thing>(?i:{alternatives(ITEMS)}))"
_OWNED = rf"(?:\s+(?:của\s+)?{OWNER})?"
# a pen run out of ink ("Bút của tôi hết mực rồi.", "Bút bi của mẹ tôi sắp hết mực.", "Bút bạn có hết mực không?")
_INK = lazy(rf"(?:(?i:cái|cây|chiếc)\s+)?(?P<thing>(?i:{alternatives(_INKED)})){_OWNED}\s+(?:(?P<ask>có)\s+)?"
            rf"(?:(?P<not>chưa)\s+)?(?:bị\s+)?(?P<soon>sắp\s+)?hết\s+mực(?:\s+(?P<done>rồi))?{ASKED_END}")
# the speaker asking to borrow, or you asked to lend ("Cho tôi mượn cái bút chì được không?", "Bạn có thể cho tôi
# mượn thước kẻ không?", "Tôi mượn cục tẩy của bạn nhé?")
_ME = r"(?P<me>(?P<we>(?i:chúng\s+tôi|chúng\s+em|chúng\s+mình|chúng\s+con))|(?i:tôi|em|mình|con|cháu))"
_ASKING = (rf"(?:\s+của\s+(?P<yours>(?i:{YOU})))?(?:\s+(?P<ok>được\s+không)|\s+(?P<no>không)|\s+(?P<nhe>nhé|nha|với))"
           r"(?:\s+ạ)?\s*(?P<end>[.!?]*)")
_LEND = lazy(rf"(?:(?P<you>(?i:{YOU}))\s+)?(?:(?P<can>có\s+thể)\s+)?(?i:cho)\s+{_ME}\s+mượn\s+{_THING}{_ASKING}")
_BORROW = lazy(rf"{_ME}\s+(?:(?P<can>có\s+thể)\s+)?mượn\s+{_THING}{_ASKING}")
# who has one ("Bạn có cục tẩy không?", "Tôi không có bút chì.", "Có ai có bút chì không?")
_HAVE = lazy(rf"(?:(?P<anyone>(?i:có\s+ai))|{WHO})\s+(?:(?P<not>không)\s+)?có\s+{_THING}{ASKED_END}")
# who forgot to bring their own ("Tôi quên mang thước kẻ.", "Bạn có quên mang bút chì không?")
_FORGOT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:đã\s+)?quên(?:\s+không)?\s+(?:mang|đem)(?:\s+theo)?\s+{_THING}"
               rf"(?:\s+theo)?(?:\s+rồi)?{ASKED_END}")
# who lost their own ("Tôi làm mất bút rồi.", "Mẹ tôi vừa đánh mất cục tẩy.")
_LOST = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa|vừa\s+mới)\s+)?(?:làm|đánh|bị)\s+mất\s+{_THING}(?:\s+(?P<done>rồi))?"
             rf"{SOFTENED_END}")
# a pencil's lead broken, a pencil blunt or to be sharpened ("Bút chì gãy ngòi rồi.", "Ngòi bút chì của tôi bị gãy.",
# "Bút chì của tôi bị cùn rồi.", "Bút chì của tôi cần gọt rồi.")
_PENCIL = lazy(rf"(?:(?P<lead0>(?i:ngòi))\s+)?(?:(?i:cái|cây|chiếc)\s+)?(?i:bút\s+chì){_OWNED}\s+(?:bị\s+)?"
               r"(?:(?P<lead>gãy\s+ngòi)|(?P<broke>gãy)|(?P<blunt>cùn)|(?P<needs>(?:cần|phải)\s+(?:được\s+)?"
               rf"(?:gọt|chuốt)(?:\s+lại)?))(?:\s+rồi)?{SOFTENED_END}")
# who sharpens their own ("Tôi đang gọt bút chì.", "Mẹ tôi cần gọt bút chì.")
_SHARPEN = lazy(rf"{WHO}\s+(?P<aux>đang|cần|phải)\s+(?:gọt|chuốt)(?:\s+lại)?\s+(?:(?i:cái|cây|chiếc)\s+)?bút\s+chì"
                rf"{SOFTENED_END}")

# ... and in English: a pen ("my pen", "Lan's marker", "the pen")
_ITEM_EN = rf"(?P<thing>(?i:{alternatives(ITEMS_VI)}))"
_WHOSE_EN = rf"(?:(?P<det>(?i:the|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_INK_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+(?P<pen>(?i:{alternatives(_INKED_VI)}))(?P<aux>\s+has|\s+is|['’]s)?"
               r"(?P<not>\s+not|n['’]t)?\s+(?:(?P<run>run)\s+|(?P<ran>ran)\s+|(?P<running>running)\s+)?(?P<out>out)"
               r"\s+of\s+ink\s*(?P<end>[.!?]*)")
_BORROW_EN = lazy(rf"(?P<can>Can|Could|May)\s+(?:(?P<i>I|we)\s+borrow|(?P<you>you)\s+lend\s+(?P<me>me|us))\s+"
                  rf"(?:(?P<a>an?)|(?P<your>your))\s+{_ITEM_EN}\s*\?+")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?(?:(?P<anyone>anyone|anybody)|{WHO_EN})(?P<aux>\s+have|\s+has|"
                r"\s+got|['’](?:ve|s)\s+got|\s+(?:has|have)\s+got|\s+(?:do|does)\s+not\s+have|"
                r"\s+(?:don|doesn)['’]t\s+have)"
                rf"\s+(?P<a>an?)\s+{_ITEM_EN}\s*(?P<end>[.!?]*)")
_FORGOT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}\s+(?P<verb>forgot|forget)\s+(?:to\s+bring\s+)?"
                  rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_ITEM_EN}\s*(?P<end>[.!?]*)")
_LOST_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has)?(?:\s+(?P<just>just))?\s+lost\s+"
                rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_ITEM_EN}\s*(?P<end>[.!]*)")
_PENCIL_EN = lazy(rf"(?:(?P<lead0>[Tt]he\s+lead\s+(?:of|in)\s+))?{_WHOSE_EN}\s+pencil(?P<lead>\s+lead)?"
                  r"(?P<aux>\s+has|\s+is|['’]s)?\s+(?:(?P<broke>broke|broken|snapped)|(?P<blunt>blunt)|"
                  r"(?P<needs>needs\s+(?:sharpening|to\s+be\s+sharpened)))\s*(?P<end>[.!]*)")
_SHARPEN_EN = lazy(rf"{WHO_EN}(?:{BE_EN}\s+(?P<ing>sharpening)|\s+(?P<need>needs?|has|have)\s+to\s+sharpen)\s+"
                   rf"(?P<owner>(?i:{WHOSE_WORDS}|the))\s+pencil\s*(?P<end>[.!]*)")
_NEED_VI = {"cần": "need", "phải": "have"}  # (English says them with "to")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a pen run out of ink, stationery borrowed, had, forgotten or lost, or a
    pencil broken, blunt or sharpened; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Bút của tôi hết mực rồi vậy.": then?; "thế", "vậy" say more than English)
            return None
        return _ink(text) or _borrow(text) or _have(text) or _forgot(text) or _lost(text) or _pencil(text)
    return (_ink_vi(text) or _borrow_vi(text) or _have_vi(text) or _forgot_vi(text) or _lost_vi(text)
            or _pencil_vi(text))


def _owned(m: re.Match, thing: str) -> str | None:
    """A thing of a match over _OWNED in English, whose before it: "my pen", "my mother's pen", "the pen"; None where
    whose is not read."""
    whose = owner_of(m)
    return whose and f"{whose} {thing}"


def _ink(text: str) -> str | None:
    """"Bút của tôi hết mực rồi." as "My pen has run out of ink.", "Bút của tôi sắp hết mực." as "My pen is running
    out of ink.", "Bút bạn có hết mực không?" as "Is your pen out of ink?", "Bút tôi chưa hết mực." as "My pen hasn't
    run out of ink." (_INK); None for anything else."""
    m = _INK.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or m["not"] and (m["soon"] or m["done"]) or asked and m["done"]:
        return None
    pen = _owned(m, _INKED[keyed(m["thing"])])
    if pen is None:
        return None
    if asked:
        return f"Is {pen} {'running out' if m['soon'] else 'out'} of ink?"
    said = "hasn't run out" if m["not"] else "is running out" if m["soon"] else "has run out"
    return capitalised(f"{pen} {said} of ink{stop(m['end'])}")


def _borrow(text: str) -> str | None:
    """"Cho tôi mượn cái bút chì được không?" as "Can I borrow a pencil?", "Bạn có thể cho tôi mượn thước kẻ không?"
    as "Can you lend me a ruler?", "Tôi mượn cục tẩy của bạn nhé?" as "Can I borrow your eraser?" (_LEND, _BORROW);
    None for anything else, "được không" or "không" not asked, pens and notebooks (mt/loans.py's), and the speaker's
    word said of you too ("Cho em mượn cục tẩy của em được không?": whose is it?)."""
    m = _LEND.fullmatch(text) or _BORROW.fullmatch(text)
    you = m and m.groupdict().get("you")
    if not m or keyed(m["thing"]) in LENT or you and m["yours"] and keyed(you) != keyed(m["yours"]):
        return None  # ("Bạn cho tôi mượn thước của anh": whose is "anh"?)
    if keyed(m["me"]) in (keyed(you or ""), keyed(m["yours"] or "")):
        return None  # ("em" is both the speaker and the one spoken to: "Em cho em mượn …")
    if (m["ok"] or m["no"]) and "?" not in m["end"] or m["no"] and not m["can"] or m["nhe"] and m["can"]:
        return None  # ("không" asks only after "có thể")
    thing = ITEMS[keyed(m["thing"])]
    what = f"your {thing}" if m["yours"] else f"{a_or_an(thing)} {thing}"
    if you:
        return f"Can you lend {'us' if m['we'] else 'me'} {what}?"
    return f"Can {'we' if m['we'] else 'I'} borrow {what}?"


def _have(text: str) -> str | None:
    """"Bạn có cục tẩy không?" as "Do you have an eraser?", "Tôi không có bút chì." as "I don't have a pencil.", "Có
    ai có bút chì không?" as "Does anyone have a pencil?", "Tôi có một cái bút chì." as "I have a pencil." (_HAVE);
    None for anything else, "có" said without "một" (one or more?), a pet, and "em" with "ạ" asking (the speaker: "Do
    I have …?")."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or not (asked or m["not"] or m["one"]):
        return None
    if asked and em_speaking(m):
        return None  # ("Em có thước kẻ không ạ?": "ạ" is said up to the one spoken to, so "em" is the speaker)
    thing = ITEMS[keyed(m["thing"])]
    what = f"{a_or_an(thing)} {thing}"
    if m["anyone"]:
        return f"Does anyone have {what}?" if asked else None
    said = person_of(m, asked)
    if said is None:
        return None
    who_, one = said
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {what}{stop(m['end'])}")
    return capitalised(f"{who_} {'has' if one else 'have'} {what}{stop(m['end'])}")


def _own(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of WHO in English, whether one, and whose their own things are ("I", False, "my"; "my mother",
    True, "her"; "em" with "ạ" is the speaker); None where not read, for "we" and "they" (one each, or one?), a pet,
    a name alone (his or hers?), and "em" with "ạ" asking (the speaker: "Did I …?", and "I" asked is left)."""
    if em_speaking(m):
        return None if asked else ("I", False, "my")
    said = person_of(m, asked)
    if said is None or said[0] in ("we", "they"):
        return None
    whose = whose_own(m, said[0])
    return whose and (*said, whose)


def _forgot(text: str) -> str | None:
    """"Tôi quên mang thước kẻ." as "I forgot to bring my ruler.", "Bạn có quên mang bút chì không?" as "Did you
    forget to bring your pencil?" (_FORGOT); None for anything else."""
    m = _FORGOT.fullmatch(text)
    if not m or m["one"] or (asked := asked_of(m)) is None or (said := _own(m, asked)) is None:
        return None
    who_, _, whose = said
    thing = f"{whose} {ITEMS[keyed(m['thing'])]}"
    return f"Did {who_} forget to bring {thing}?" if asked else capitalised(f"{who_} forgot to bring {thing}"
                                                                            f"{stop(m['end'])}")


def _lost(text: str) -> str | None:
    """"Tôi làm mất bút rồi." as "I've lost my pen.", "Mẹ tôi vừa làm mất cục tẩy." as
    "My mother has just lost her eraser.", "Tôi làm mất bút chì." as "I lost my pencil." (_LOST); None for anything
    else, and asked."""
    m = _LOST.fullmatch(text)
    if not m or m["one"] or "?" in m["end"] or (said := _own(m, False)) is None:
        return None
    who_, one, whose = said
    tense = keyed(m["tense"] or "")
    has = "has" if one else "have"
    verb = f"{has} just lost" if tense.startswith("vừa") else f"{has} lost" if m["done"] else "lost"
    return capitalised(f"{contracted(who_, verb)} {whose} {ITEMS[keyed(m['thing'])]}{stop(m['end'])}")


def _pencil(text: str) -> str | None:
    """"Bút chì gãy ngòi rồi." as "The pencil lead has broken.", "Bút chì của tôi bị cùn rồi." as "My pencil is
    blunt.", "Bút chì của tôi cần gọt rồi." as "My pencil needs sharpening.", "Tôi đang gọt bút chì." as "I'm
    sharpening my pencil." (_PENCIL, _SHARPEN); None for anything else, "gãy" without "ngòi" (the whole pencil?)."""
    m = _PENCIL.fullmatch(text)
    if m is None:
        return _sharpen(text)
    if "?" in m["end"] or bool(m["lead0"]) != bool(m["broke"]) or (pencil := _owned(m, "pencil")) is None:
        return None
    said = "lead has broken" if m["lead"] or m["broke"] else "is blunt" if m["blunt"] else "needs sharpening"
    return capitalised(f"{pencil} {said}{stop(m['end'])}")


def _sharpen(text: str) -> str | None:
    """"Tôi đang gọt bút chì." as "I'm sharpening my pencil.", "Mẹ tôi cần gọt bút chì." as "My mother needs to
    sharpen her pencil." (_SHARPEN); None for anything else."""
    m = _SHARPEN.fullmatch(text)
    if not m or "?" in m["end"] or (said := _own(m, False)) is None:
        return None
    who_, one, whose = said
    aux = keyed(m["aux"])
    if aux == "đang":
        return capitalised(f"{contracted(who_, f'{be(who_)} sharpening')} {whose} pencil{stop(m['end'])}")
    verb = _NEED_VI[aux]
    verb = ("has" if verb == "have" else "needs") if one else verb
    return capitalised(f"{who_} {verb} to sharpen {whose} pencil{stop(m['end'])}")


def _whose_vi(m: re.Match, thing: str) -> str | None:
    """A thing of a match over _WHOSE_EN in Vietnamese, whose after it: "bút của tôi", "bút của mẹ tôi", "bút" (the);
    None where whose is not read."""
    if m["someone"]:
        said = someone(m["someone"], "en")
        return said and f"{thing} của {said}"
    det = m["det"].lower()
    return thing if det == "the" else f"{thing} của {WHOSE_VI[det]}"


def _ink_vi(text: str) -> str | None:
    """"My pen has run out of ink." as "Bút của tôi hết mực rồi.", "My pen is running out of ink." as "Bút của tôi sắp
    hết mực.", "Is your pen out of ink?" as "Bút của bạn có hết mực không?", "My pen hasn't run out of ink." as "Bút
    của tôi chưa hết mực." (_INK_EN); None for anything else."""
    m = _INK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    which = next(k for k in ("run", "ran", "running", "out") if m[k])
    fits = {"run": ("has", "'s"), "ran": ("",), "running": ("is", "'s"), "out": ("is", "'s")}[which]
    if m["q"] and (aux or m["not"] or which not in ("out", "running")) or not m["q"] and aux not in fits or \
            m["not"] and which in ("ran", "running"):
        return None
    pen = capitalised(_whose_vi(m, _INKED_VI[m["pen"].lower()]) or "")
    if not pen:
        return None
    if m["q"]:
        return f"{pen} có {'sắp ' if which == 'running' else ''}hết mực không?"
    said = "chưa hết mực" if m["not"] else "sắp hết mực" if which == "running" else "hết mực rồi"
    return f"{pen} {said}{stop(m['end'])}"


def _counted(vi: str) -> str:
    """A thing in Vietnamese with its counter: "cái bút chì", "cục tẩy"."""
    return vi if vi.startswith(("cái ", "cục ")) else f"cái {vi}"


def _borrow_vi(text: str) -> str | None:
    """"Can I borrow a pencil?" as "Cho tôi mượn cái bút chì được không?", "Could you lend me your ruler?" as "Bạn cho
    tôi mượn cái thước kẻ của bạn được không?" (_BORROW_EN); None for anything else, "a" that is not "an", "May you",
    and pens and notebooks (mt/loans.py's)."""
    m = _BORROW_EN.fullmatch(text)
    thing = m and m["thing"].lower()
    if not m or thing in LENT_VI or m["a"] and m["a"] != a_or_an(thing) or m["can"] == "May" and m["you"]:
        return None
    what = _counted(ITEMS_VI[thing]) + (" của bạn" if m["your"] else "")
    if m["you"]:
        return f"Bạn cho {'chúng tôi' if m['me'] == 'us' else 'tôi'} mượn {what} được không?"
    return f"Cho {'chúng tôi' if m['i'] == 'we' else 'tôi'} mượn {what} được không?"


def _have_vi(text: str) -> str | None:
    """"Do you have an eraser?" as "Bạn có cục tẩy không?", "I don't have a pencil." as "Tôi không có bút chì.", "Have
    you got a ruler?" as "Bạn có thước kẻ không?", "Does anyone have a pencil?" as "Có ai có bút chì không?", "I have
    a pencil." as "Tôi có một cái bút chì." (_HAVE_EN); None for anything else, where the verb does not agree, and a
    pet (as the Vietnamese is left)."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["a"] != a_or_an(m["thing"].lower()) or animal(m):
        return None
    who_, one = ("có ai", True) if m["anyone"] else who_vi(m)
    q, aux = (m["q"] or "").lower(), " ".join(m["aux"].lower().replace("’", "'").split())
    fits = {"do": ("have",), "does": ("have",), "have": ("got",), "has": ("got",)}.get(q) or (
        ("has", "'s got", "has got", "does not have", "doesn't have") if one else
        ("have", "'ve got", "have got", "do not have", "don't have"))
    if aux not in fits or q in ("do", "have") and one or q in ("does", "has") and not one or m["anyone"] and not q:
        return None
    thing = ITEMS_VI[m["thing"].lower()]
    if q:
        return capitalised(f"{who_} có {thing} không?")
    if "not" in aux or "n't" in aux:
        return capitalised(f"{who_} không có {thing}{stop(m['end'])}")
    return capitalised(f"{who_} có một {_counted(thing)}{stop(m['end'])}")


def _own_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one, where whose (group "owner") is their own ("I … my",
    "She … her"); None for another's, "we" and "they" (one each?), and a pet (as the Vietnamese is left)."""
    who_, one = who_vi(m)
    if animal(m) or who_ in ("chúng tôi", "họ") or own_thing(m, who_, one) is not True:
        return None
    return who_, one


def _forgot_vi(text: str) -> str | None:
    """"I forgot to bring my ruler." as "Tôi quên mang thước kẻ.", "Did you forget your pencil?" as "Bạn có quên mang
    bút chì không?" (_FORGOT_EN); None for anything else, and another's thing."""
    m = _FORGOT_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or bool(m["did"]) != (m["verb"] == "forget"):
        return None
    said = _own_vi(m)
    if said is None or m["owner"].lower() == "the":
        return None
    thing = ITEMS_VI[m["thing"].lower()]
    return capitalised(f"{said[0]} có quên mang {thing} không?" if m["did"] else
                       f"{said[0]} quên mang {thing}{stop(m['end'])}")


def _lost_vi(text: str) -> str | None:
    """"I've lost my pen." and "I lost my pen." as "Tôi làm mất bút rồi.", "She's just lost her eraser." as "Cô ấy
    vừa làm mất cục tẩy." (_LOST_EN); None for anything else, another's thing, and "has" not agreeing."""
    m = _LOST_EN.fullmatch(text)
    said = m and _own_vi(m)
    if not said:
        return None
    aux = (m["aux"] or "").strip().lower().replace("’", "'")
    if aux and (aux in ("has", "'s")) != said[1] or m["just"] and not aux:
        return None
    thing = ITEMS_VI[m["thing"].lower()]
    return capitalised(f"{said[0]} vừa làm mất {thing}{stop(m['end'])}" if m["just"] else
                       f"{said[0]} làm mất {thing} rồi{stop(m['end'])}")


def _pencil_vi(text: str) -> str | None:
    """"The pencil lead has broken." as "Bút chì gãy ngòi rồi.", "My pencil is blunt." as "Bút chì của tôi bị cùn.",
    "My pencil needs sharpening." as "Bút chì của tôi cần gọt.", "I'm sharpening my pencil." as "Tôi đang gọt bút
    chì." (_PENCIL_EN, _SHARPEN_EN); None for anything else."""
    m = _PENCIL_EN.fullmatch(text)
    if m is None:
        return _sharpen_vi(text)
    aux = (m["aux"] or "").strip().lower().replace("’", "'")
    lead = bool(m["lead0"] or m["lead"])
    fits = aux in ("has", "'s", "") if m["broke"] in ("broken", "snapped") else aux == "" if m["broke"] else \
        aux in ("is", "'s") if m["blunt"] else aux == ""
    if m["lead0"] and m["lead"] or lead != bool(m["broke"]) or not fits or m["broke"] == "broken" and not aux:
        return None
    pencil = _whose_vi(m, "bút chì")
    said = "gãy ngòi rồi" if lead else "bị cùn" if m["blunt"] else "cần gọt"
    return pencil and capitalised(f"{pencil} {said}{stop(m['end'])}")


def _sharpen_vi(text: str) -> str | None:
    """"I'm sharpening my pencil." as "Tôi đang gọt bút chì.", "She needs to sharpen her pencil." as "Cô ấy cần gọt
    bút chì.", "I have to sharpen my pencil." as "Tôi phải gọt bút chì." (_SHARPEN_EN); None for anything else."""
    m = _SHARPEN_EN.fullmatch(text)
    said = m and _own_vi(m)
    if not said:
        return None
    need = (m["need"] or "").lower()
    if m["ing"] and not be_agrees(m, m["be"]) or need and (need in ("needs", "has")) != said[1]:
        return None
    aux = "đang" if m["ing"] else "cần" if need.startswith("need") else "phải"
    return capitalised(f"{said[0]} {aux} gọt bút chì{stop(m['end'])}")
