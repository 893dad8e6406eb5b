"""A phone number changed, new or old, saved or asked for, both ways, written whole by rule: who has changed their
number or got a new one (just, already, not yet, will, wants to, asked), whose new or old number this is or what it
is, a number saved (told, done, asked), an old number no longer or still used, and a new number asked for. v8 (every
other rule on) reads "đổi số" as changing a count and "number" as "con số" (a figure): "Tôi mới đổi số điện thoại."
→ "I've changed the number of phones.", "Bạn đổi số rồi à?" → "Do you change the number?", "Mẹ tôi đổi số rồi." →
"My mother changed the number.", "Bác Lan đổi số rồi." → "Aunt Lan change the number.", "Tôi đổi số mới rồi." → "I
changed the new number.", "Mẹ tôi không dùng số cũ nữa." → "My mother didn't use the old number.", "Bạn còn dùng số
cũ không?" → "Do you use the old number?"; "I've got a new number." → "Tôi có một con số mới.", "This is my new
number." → "Đây là con số mới của tôi.", "My mother has changed her number." → "Mẹ tôi đã thay đổi con số của mình.",
"I don't use my old number any more." → "Tôi không sử dụng con số cũ của tôi thêm.", "Can I have your new number?" →
"Có thể con số mới của bạn được không?".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked, "anh", "chị", "em" alone only asking) changes their
number ("đổi số (điện thoại)": "changed my phone number", whose by mt.hobbies.whose_own) or gets a new one ("đổi số
mới": "got a new number"): "vừa", "mới" (just), "đã" or "rồi" (has), "chưa", "vẫn chưa" (not yet), "sẽ", "muốn",
"cần", "sắp", asked "… rồi à?", "vừa … à?", "… chưa?", "có muốn/cần … không?"; "Đây là số mới của tôi." (this or
that, new or old, whose by mt.hobbies.OWNER; "có phải … không?" asked), "Số mới của bạn là gì?"; "Lưu số mới của
tôi." ("nhớ" too), who saved whose number (the same words of tense); who no longer or still uses their old number
("không (còn) dùng số cũ nữa", "vẫn dùng", "còn … không?"), "Số cũ của tôi không dùng nữa."; "Cho tôi xin số mới của
bạn." ("số" with no "điện thoại", or new). English the same, its verbs and whose agreeing with who. Left: the
phone number asked for or asked ("Cho tôi xin số điện thoại của bạn.", "Can I have your phone number?", "What's your
phone number?": mt/calls.py's), the wrong number (mt/mistakes.py), saying it again (mt/repeats.py), credit and SIM
cards (mt/phone_credit.py), a plain "Tôi đổi số." (done, or a habit?), "không đổi số" (won't, or didn't?), a name
alone or "bạn tôi" changing or using their number (his or her?), one's own number saved, "his" or "her" number
saved after kin or a name ("My mother has saved her number.": hers, or another's?), another's old number used ("Mẹ
tôi vẫn dùng số cũ của cô ấy."), "Lưu số của bạn nhé." ("I'll save your number" too), numbers written in digits (v8
copies them), "đổi số" of a car or a gear, and anything else.
mt.phrasebook.translate tries these after mt/collisions.py.

    >>> translate("Tôi mới đổi số điện thoại.", "vi", "en"), translate("My mother has changed her number.", "en", "vi")
    ("I've just changed my phone number.", 'Mẹ tôi đổi số rồi.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_of, own_thing, person_of, pet, someone, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đổi\s+số|lưu\s+(?:lại\s+)?số|xin\s+số|số\s+mới|số\s+cũ|số\s+điện\s+thoại\s+(?:mới|cũ))"),
         "en": lazy(r"(?i:number)")}

_NUM = r"số(?P<phone>\s+điện\s+thoại)?"
_OWNED = rf"(?:của\s+)?{OWNER}"
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)"
_NUM_EN = r"(?P<phone>phone\s+)?number"
_TAIL = r"(?:\s+(?P<done>rồi))?(?:\s+(?P<tail>à|chưa|không))?"
# a number changed or a new one got ("Tôi mới đổi số điện thoại.", "Bạn đổi số rồi à?", "Tôi đổi số mới rồi.")
_CHANGE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|vẫn\s+chưa|chưa|sẽ|muốn|cần|sắp)\s+)?"
               rf"đổi\s+{_NUM}(?P<new>\s+mới)?{_TAIL}{SOFTENED_END}")
# whose new or old number this is, or what it is ("Đây là số mới của tôi.", "Số mới của bạn là gì?")
_THIS = lazy(rf"(?P<this>(?i:đây|đó))\s+(?:(?P<ask>có\s+phải)\s+)?là\s+{_NUM}\s+(?P<age>mới|cũ)\s+{_OWNED}"
             rf"{ASKED_END}")
_WHAT = lazy(rf"(?i:số)(?P<phone>\s+điện\s+thoại)?\s+mới\s+{_OWNED}\s+là\s+(?:gì|bao\s+nhiêu|số\s+mấy){SOFTENED_END}")
# a number saved, told or said ("Lưu số mới của tôi nhé.", "Tôi lưu số của bạn rồi.", "Bạn lưu số của tôi chưa?")
_SAVE = lazy(rf"(?:(?P<remember>(?i:nhớ))\s+|(?P<please>(?i:hãy))\s+)?(?i:lưu)\s+(?:lại\s+)?{_NUM}(?P<new>\s+mới)?"
             rf"\s+{_OWNED}(?:\s+(?:nhé|nha|đi))?\s*(?P<end>[.!]*)")
_SAVED = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|vẫn\s+chưa|chưa|sẽ)\s+)?lưu\s+(?:lại\s+)?{_NUM}"
              rf"(?P<new>\s+mới)?\s+{_OWNED}{_TAIL}{SOFTENED_END}")
# the old number used no more, or still ("Tôi không dùng số cũ nữa.", "Bạn còn dùng số cũ không?")
_OLD = lazy(rf"{WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+|(?P<not>không(?:\s+còn)?)\s+)?(?:dùng|sử\s+dụng|xài)\s+"
            rf"{_NUM}\s+cũ(?:\s+{_OWNED})?(?:\s+(?P<more>nữa))?{ASKED_END}")
_OUT = lazy(rf"(?i:số)(?P<phone>\s+điện\s+thoại)?\s+cũ\s+{_OWNED}\s+không(?:\s+còn)?\s+(?:dùng|sử\s+dụng)\s+nữa"
            rf"{SOFTENED_END}")
# a number asked for ("Cho tôi xin số của bạn nhé.", "Cho tôi xin số mới của bạn được không?")
_ASK = lazy(rf"(?i:cho)\s+(?:tôi|em|mình)\s+xin\s+{_NUM}(?P<new>\s+mới)?\s+{_OWNED}(?:\s+được\s+không)?"
            r"(?:\s+(?:nhé|nha|với|ạ))?\s*(?P<end>[.!?]*)")

# ... and in English, the verb after who (group aux) agreeing with who
_AUX_EN = (r"(?P<aux>\s+(?:still\s+)?(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s)|\s+will|['’]ll|"
           r"\s+(?:wants?|needs?)\s+to|(?:\s+(?:is|am|are)|['’](?:s|m|re))\s+(?:going|about)\s+to)?")
_CHANGE_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>changed|change|"
                  rf"got|get)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<new>a\s+new))\s+{_NUM_EN}(?:\s+(?P<yet>yet))?"
                  r"\s*(?P<end>[.!?]*)")
_THIS_EN = lazy(rf"(?:(?P<q>Is)\s+(?P<this0>this|that)|(?P<this>This|That)(?:\s+is|['’]s))\s+{_WHOSE_EN}\s+"
                rf"(?P<age>new|old)\s+{_NUM_EN}\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What(?:['’]s|\s+is)\s+{_WHOSE_EN}\s+new\s+{_NUM_EN}\s*\?+")
_SAVE_EN = lazy(rf"(?P<remember>Remember\s+to\s+save|Save)\s+{_WHOSE_EN}(?P<new>\s+new)?\s+{_NUM_EN}\s*(?P<end>[.!]*)")
_SAVED_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>saved|save)\s+"
                 rf"{_WHOSE_EN}(?P<new>\s+new)?\s+{_NUM_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_OLD_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)(?:\s+not|n['’]t)|\s+no\s+longer)?"
               rf"(?:\s+(?P<still>still))?\s+(?P<verb>use|uses)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+old\s+{_NUM_EN}"
               r"(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"{_WHOSE_EN}\s+old\s+{_NUM_EN}\s+is\s+no\s+longer\s+in\s+use\s*(?P<end>[.!]*)")
_ASK_EN = lazy(rf"(?:Can|Could|May)\s+I\s+(?:please\s+)?have\s+{_WHOSE_EN}\s+new\s+{_NUM_EN}(?:\s*,?\s+please)?\s*\?+")

# the words of tense, asked or said, in Vietnamese (word of tense, "rồi", the asking word) and their English form
_FORMS = {("", True, ""): "done", ("đã", False, ""): "done", ("đã", True, ""): "done", ("vừa", False, ""): "just",
          ("mới", False, ""): "just", ("vừa mới", False, ""): "just", ("chưa", False, ""): "not_yet",
          ("vẫn chưa", False, ""): "still_not", ("sẽ", False, ""): "will", ("muốn", False, ""): "want",
          ("cần", False, ""): "need", ("sắp", False, ""): "about", ("", True, "à"): "asked_done",
          ("đã", True, "à"): "asked_done", ("vừa", False, "à"): "asked_just", ("mới", False, "à"): "asked_just",
          ("", False, "chưa"): "asked_yet", ("đã", False, "chưa"): "asked_yet", ("muốn", False, "không"): "asked_want",
          ("cần", False, "không"): "asked_need"}
# ... and each form back in Vietnamese ("đã" for an English past; "have changed" as "… rồi")
_FORMS_VI = {"done": "{} {} rồi.", "past": "{} đã {}.", "just": "{} vừa {}.", "not_yet": "{} chưa {}.",
             "still_not": "{} vẫn chưa {}.", "will": "{} sẽ {}.", "want": "{} muốn {}.", "need": "{} cần {}.",
             "about": "{} sắp {}.", "asked_done": "{} {} rồi à?", "asked_just": "{} vừa {} à?",
             "asked_yet": "{} đã {} chưa?", "asked_want": "{} có muốn {} không?", "asked_need": "{} có cần {} không?"}
_DONE = {"change": "changed", "get": "got", "save": "saved"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who changed their number or got a new one, whose new or old
    number this is, a number saved or asked for, or an old number used no more; None for any other."""
    if src == "vi":
        return _change(text) or _this(text) or _save(text) or _saved(text) or _old(text) or _ask(text)
    text = text.replace("’", "'")
    return _change_vi(text) or _this_vi(text) or _save_vi(text) or _saved_vi(text) or _old_vi(text) or _ask_vi(text)


def _form(m: re.Match) -> str | None:
    """The form of _FORMS of a Vietnamese match (groups ask, aux, done, tail, end); None for any other, for an asking
    word without "?" or a "?" without one, and "có" not asking with "không"."""
    groups = m.groupdict()
    aux, done, tail = keyed(groups.get("aux") or ""), bool(m["done"]), keyed(m["tail"] or "")
    if bool(tail) != ("?" in m["end"]) or bool(groups.get("ask")) != (tail == "không"):
        return None
    return _FORMS.get((aux, done, tail))


def _english(who_: str, one: bool, form: str, base: str, rest: str) -> str:
    """Who does `base` to `rest` in the English of a form of _FORMS: "I've just changed my number.", "Has she got a
    new number?", "We'll save your number.", "My mother wants to change her number."."""
    done, have = _DONE[base], "has" if one else "have"
    if form in ("asked_want", "asked_need"):
        return f"{'Does' if one else 'Do'} {who_} {form[6:]} to {base} {rest}?"
    if form.startswith("asked"):
        just, yet = " just" * (form == "asked_just"), " yet" * (form == "asked_yet")
        return f"{have.capitalize()} {who_}{just} {done} {rest}{yet}?"
    said = {"done": f"{have} {done}", "just": f"{have} just {done}", "not_yet": f"{have}n't {done}",
            "still_not": f"still {have}n't {done}", "will": f"will {base}",
            "want": f"{'wants' if one else 'want'} to {base}", "need": f"{'needs' if one else 'need'} to {base}",
            "about": f"{be(who_)} about to {base}"}[form]
    return capitalised(contracted(who_, f"{said} {rest}") + " yet." * (form == "not_yet") + "." * (form != "not_yet"))


def _whose_en(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English ("my", "my mother's", "Uncle Hung's"); None for a pet."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    said = None if pet(m["someone"], "vi") else someone(m["someone"], "vi")
    return said and f"{said}'s"


def _phone(m: re.Match, lang: str) -> str:
    """The number of a match in `lang`: "số điện thoại" or "số", "phone number" or "number"."""
    return ("phone number" if m["phone"] else "number") if lang == "en" else \
        ("số điện thoại" if m["phone"] else "số")


def _change(text: str) -> str | None:
    """"Tôi mới đổi số điện thoại." as "I've just changed my phone number.", "Bạn đổi số rồi à?" as "Have you changed
    your number?", "Tôi đổi số mới rồi." as "I've got a new number." (_CHANGE); None for anything else, and where
    English cannot tell whose ("Lan đổi số rồi.": his or her?)."""
    m = _CHANGE.fullmatch(text)
    form = m and _form(m)
    said = form and person_of(m, form.startswith("asked"))
    if not said:
        return None
    who_, one = said
    if m["new"]:
        return _english(who_, one, form, "get", f"a new {_phone(m, 'en')}")
    whose = whose_own(m, who_)
    return whose and _english(who_, one, form, "change", f"{whose} {_phone(m, 'en')}")


def _this(text: str) -> str | None:
    """"Đây là số mới của tôi." as "This is my new number.", "Đó là số cũ của mẹ tôi." as "That is my mother's old
    number.", "Đây có phải là số mới của bạn không?" as "Is this your new number?", "Số mới của bạn là gì?" as
    "What's your new number?" (_THIS, _WHAT); None for anything else."""
    if m := _WHAT.fullmatch(text):
        whose = _whose_en(m) if "?" in m["end"] else None
        return whose and f"What's {whose} new {_phone(m, 'en')}?"
    m = _THIS.fullmatch(text)
    if not m or bool(m["ask"]) != bool(m["asked"]) or bool(m["asked"]) != ("?" in m["end"]):
        return None
    whose, this = _whose_en(m), "this" if keyed(m["this"]) == "đây" else "that"
    said = whose and f"{whose} {'new' if m['age'] == 'mới' else 'old'} {_phone(m, 'en')}"
    if not said:
        return None
    return f"Is {this} {said}?" if m["asked"] else f"{'This is' if this == 'this' else 'That is'} {said}."


def _save(text: str) -> str | None:
    """"Lưu số mới của tôi nhé." as "Save my new number.", "Nhớ lưu số của tôi nhé." as "Remember to save my
    number." (_SAVE); None for anything else, and "của bạn" with neither "nhớ" nor "hãy" ("Lưu số của bạn nhé.":
    "(I'll) save your number, OK?" as often as an order to save one's own)."""
    m = _SAVE.fullmatch(text)
    whose = m and _whose_en(m)
    if not whose or whose == "your" and not (m["remember"] or m["please"]):
        return None
    said = f"{whose}{' new' * bool(m['new'])} {_phone(m, 'en')}."
    return f"Remember to save {said}" if m["remember"] else f"Save {said}"


def _saved(text: str) -> str | None:
    """"Tôi lưu số của bạn rồi." as "I've saved your number.", "Bạn lưu số của tôi chưa?" as "Have you saved my
    number yet?", "Tôi sẽ lưu số mới của mẹ bạn." as "I'll save your mother's new number." (_SAVED); None for
    anything else, one's own number saved, and "mình" as whose (whose is it?)."""
    m = _SAVED.fullmatch(text)
    form = m and _form(m)
    said = form and person_of(m, form.startswith("asked"))
    if not said or keyed(m["owner"] or "") == "mình":
        return None
    whose = _whose_en(m)
    if not whose or whose in (whose_own(m, said[0]), f"{said[0]}'s"):
        return None
    return _english(*said, form, "save", f"{whose}{' new' * bool(m['new'])} {_phone(m, 'en')}")


def _old(text: str) -> str | None:
    """"Tôi không dùng số cũ nữa." as "I don't use my old number any more.", "Mẹ tôi vẫn dùng số cũ." as "My mother
    still uses her old number.", "Bạn còn dùng số cũ không?" as "Do you still use your old number?", "Số cũ của tôi
    không dùng nữa." as "My old number is no longer in use." (_OLD, _OUT); None for anything else."""
    if m := _OUT.fullmatch(text):
        whose = None if "?" in m["end"] else _whose_en(m)
        return whose and capitalised(f"{whose} old {_phone(m, 'en')} is no longer in use.")
    m = _OLD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["not"]) != bool(m["more"]) or not (m["not"] or m["still"]) or \
            asked and not m["still"] or m["not"] and m["still"]:
        return None
    said = person_of(m, asked)
    whose = said and whose_own(m, said[0])
    if not whose or m["someone"] or m["owner"] and not _own_owner(m, whose):
        return None  # (another's old number, "của mẹ tôi" after "tôi", is left)
    who_, one = said
    number = f"{whose} old {_phone(m, 'en')}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} still use {number}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t use {number} any more.")
    return capitalised(f"{who_} still {'uses' if one else 'use'} {number}.")


def _own_owner(m: re.Match, whose: str) -> bool:
    """Whether whose said after the number of a match of _OLD ("của anh ấy") is who's own (`whose`): the same pronoun
    as who, or "tôi" and "mình" both for I; not a pronoun after kin or after another pronoun ("Mẹ tôi vẫn dùng số cũ
    của cô ấy.", "Chị ấy … của cô ấy.": another woman's)."""
    owner = keyed(m["owner"])
    return OWNERS[owner] == whose and (owner == keyed(m["who"] or "") or whose == "my")


def _ask(text: str) -> str | None:
    """"Cho tôi xin số của bạn nhé." as "Can I have your number?", "Cho tôi xin số điện thoại mới của bạn được không?"
    as "Can I have your new phone number?" (_ASK); None for anything else, one's own, and the phone number with no
    "mới" ("Cho tôi xin số điện thoại của bạn.": mt/calls.py's)."""
    m = _ASK.fullmatch(text)
    whose = m and not (m["phone"] and not m["new"]) and _whose_en(m)
    if not whose or whose == "my":
        return None
    return f"Can I have {whose}{' new' * bool(m['new'])} {_phone(m, 'en')}?"


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese ("tôi", "mẹ tôi", "Lan"); None for a pet."""
    if m["owner"]:
        return WHOSE_VI[m["owner"].lower()]
    return None if pet(m["named"], "en") else someone(m["named"], "en")


_PERFECT = {"have", "has", "'ve", "'s"}
_NOT_YET = {"have not", "has not", "haven't", "hasn't"}


def _agrees(aux: str, who_: str, one: bool) -> bool:
    """Whether the auxiliary said after who in English (or asking first), "still" passed over, agrees with who ("she
    has", "I am", "do you", "he wants to"); True for one that does not tell ("will")."""
    words = aux.removeprefix("still ").split(" ")
    first = words[0]
    if first in ("is", "am", "are", "'m", "'re") or first == "'s" and words[-1] == "to":
        return be_of(who_, one) == {"'m": "am", "'re": "are", "'s": "is"}.get(first, first)
    if first in ("has", "'s", "hasn't", "does", "wants", "needs"):
        return one
    return not one if first in ("have", "'ve", "haven't", "do", "want", "need") else True


def _form_en(m: re.Match, who_: str, one: bool) -> str | None:
    """The form of _FORMS_VI of an English match (groups q, aux, just, verb, yet, end), its verbs agreeing with who;
    None for any other, "haven't got" (not had, or not got?) and "will changed"."""
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    verb, just, yet = m["verb"].lower(), bool(m["just"]), bool(m["yet"])
    if bool(q) != ("?" in m["end"]) or not _agrees(q or aux, who_, one) or q and aux and q in ("have", "has"):
        return None
    if verb in _DONE.values():
        if q in ("do", "does") or aux and aux not in _PERFECT and aux.removeprefix("still ") not in _NOT_YET:
            return None
        if q:
            return {(False, True): "asked_yet", (True, False): "asked_just", (False, False): "asked_done"}.get(
                (just, yet))
        if aux.removeprefix("still ") in _NOT_YET:
            return None if just or verb == "got" else "still_not" if aux.startswith("still") else "not_yet"
        return None if yet else "just" if just else "done" if aux else "past"
    if just or yet:
        return None
    if q:  # ("Do you want to …?": "want to" after "do")
        return f"asked_{aux[:4]}" if aux in ("want to", "need to") else None
    if "going to" in aux or aux in ("will", "'ll"):
        return "will"
    return "about" if "about to" in aux else aux[:4] if aux in ("want to", "wants to", "need to", "needs to") else None


def _vietnamese(form: str, who_: str, did: str) -> str:
    """Who did `did` in the Vietnamese of a form of _FORMS_VI: "Tôi đổi số rồi.", "Bạn đã lưu số của tôi chưa?"."""
    return capitalised(_FORMS_VI[form].format(who_, did))


def _change_vi(text: str) -> str | None:
    """"I've just changed my phone number." as "Tôi vừa đổi số điện thoại.", "Have you changed your number?" as "Bạn
    đổi số rồi à?", "My mother has changed her number." as "Mẹ tôi đổi số rồi.", "I've got a new number." as "Tôi
    đổi số mới rồi." (_CHANGE_EN); None for anything else, and another's number ("She changed my number.")."""
    m = _CHANGE_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")
    if not said or bool(m["new"]) != (m["verb"].lower() in ("got", "get")) or m["owner"] and not own_thing(m, *said):
        return None
    form = _form_en(m, *said)
    return form and _vietnamese(form, said[0], f"đổi {_phone(m, 'vi')}{' mới' * bool(m['new'])}")


def _this_vi(text: str) -> str | None:
    """"This is my new number." as "Đây là số mới của tôi.", "That's my mother's old number." as "Đó là số cũ của mẹ
    tôi.", "Is this your new number?" as "Đây có phải là số mới của bạn không?", "What's your new number?" as "Số
    mới của bạn là gì?" (_THIS_EN, _WHAT_EN); None for anything else."""
    if m := _WHAT_EN.fullmatch(text):
        whose = _whose_vi(m)
        return whose and f"{capitalised(_phone(m, 'vi'))} mới của {whose} là gì?"
    m = _THIS_EN.fullmatch(text)
    whose = m and bool(m["q"]) == ("?" in m["end"]) and _whose_vi(m)
    if not whose:
        return None
    this = "Đây" if (m["this"] or m["this0"]).lower() == "this" else "Đó"
    said = f"{_phone(m, 'vi')} {'mới' if m['age'] == 'new' else 'cũ'} của {whose}"
    return f"{this} có phải là {said} không?" if m["q"] else f"{this} là {said}."


def _save_vi(text: str) -> str | None:
    """"Save my new number." as "Lưu số mới của tôi.", "Remember to save my number." as "Nhớ lưu số của tôi nhé."
    (_SAVE_EN); None for anything else."""
    m = _SAVE_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    if not whose:
        return None
    said = f"lưu {_phone(m, 'vi')}{' mới' * bool(m['new'])} của {whose}"
    return f"Nhớ {said} nhé." if m["remember"].startswith("Remember") else f"{capitalised(said)}."


def _saved_vi(text: str) -> str | None:
    """"I've saved your number." as "Tôi lưu số của bạn rồi.", "Have you saved my number?" as "Bạn lưu số của tôi
    chưa?", "I'll save your new number." as "Tôi sẽ lưu số mới của bạn." (_SAVED_EN); None for anything else, and
    one's own number saved, or maybe one's own ("My mother has saved her number.": hers, or another woman's?)."""
    m = _SAVED_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")
    whose = said and _whose_vi(m)
    # (mt.hobbies.own_thing: True for who's own "her", and for "his" or "her" after a name or kin not telling)
    if not whose or whose == said[0] or m["owner"] and own_thing(m, *said):
        return None
    if (form := _form_en(m, *said)) in (None, "want", "need", "about", "asked_want", "asked_need"):
        return None
    form = "asked_yet" if form == "asked_done" else form  # ("Have you saved my number?": not surprised, "rồi à?")
    return _vietnamese(form, said[0], f"lưu {_phone(m, 'vi')}{' mới' * bool(m['new'])} của {whose}")


def _old_vi(text: str) -> str | None:
    """"I don't use my old number any more." as "Tôi không dùng số cũ nữa.", "Do you still use your old number?" as
    "Bạn còn dùng số cũ không?", "She still uses her old number." as "Cô ấy vẫn dùng số cũ.", "My old number is no
    longer in use." as "Số cũ của tôi không còn dùng nữa." (_OLD_EN, _OUT_EN); None for anything else, and where a
    verb or whose does not agree with who."""
    if m := _OUT_EN.fullmatch(text):
        whose = _whose_vi(m)
        return whose and f"{capitalised(_phone(m, 'vi'))} cũ của {whose} không còn dùng nữa."
    m = _OLD_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or not own_thing(m, *said):
        return None
    who_, one = said
    aux, number, uses = " ".join((m["aux"] or "").lower().split()), f"{_phone(m, 'vi')} cũ", m["verb"] == "uses"
    if m["q"]:
        ok = m["still"] and not (aux or m["more"] or uses) and (m["q"] == "Does") == one
        return capitalised(f"{who_} còn dùng {number} không?") if ok else None
    if aux.startswith("do"):  # ("don't use … any more")
        ok = m["more"] and not (m["still"] or uses) and aux.startswith("does") == one
    else:  # ("no longer uses", "still uses")
        ok = bool(aux) != bool(m["still"]) and not m["more"] and uses == one
    if not ok:
        return None
    return capitalised(f"{who_} vẫn dùng {number}." if m["still"] else f"{who_} không dùng {number} nữa.")


def _ask_vi(text: str) -> str | None:
    """"Can I have your new number?" as "Cho tôi xin số mới của bạn được không?" (_ASK_EN: the number with no "new"
    is mt/calls.py's); None for anything else, and one's own."""
    m = _ASK_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    if not whose or whose == "tôi":
        return None
    return f"Cho tôi xin {_phone(m, 'vi')} mới của {whose} được không?"
