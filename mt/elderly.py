"""Old age troubles of grandparents and other kin, both ways, written whole by rule: dementia, being forgetful, hard
of hearing or deaf, a walking stick, a wheelchair or a hearing aid used, not walking far any more, getting old, a
nursing home, and who looks after someone at home. v8 (rules on) reads "lẫn" as mixed or "and", "lãng tai" as
wasted or romantic, "chống gậy" as fighting, "trợ thính" as subsidies, and back "hard of hearing" as hard to hear:
"Ông tôi bị lẫn rồi." → "My grandfather was getting and.", "Bà tôi bị lãng tai." → "My grandfather was was was was
was was was wasted.", "Mẹ tôi bị lãng tai." → "My mother was romantic.", "Ông tôi bị nghễnh ngãng." → "My grandfather
fell.", "Bà tôi dạo này hay quên." → "My grandmother had this stomach or forgot.", "Ông tôi phải chống gậy." → "My
grandfather must fight.", "Ông tôi không đi xa được nữa." → "My grandfather wasn't gone.", "Ông tôi già rồi." → "My
grandfather was old.", "Bà tôi ở viện dưỡng lão." → "My grandmother was in the nursing hospital.", "Ông tôi dùng máy
trợ thính." → "My grandfather used a hearing subsidies.", "Bà bạn có bị lãng tai không?" → "Do you have a romantic
ear?"; "My grandfather has dementia." → "Ông cháu của tôi bị mất trí.", "My grandmother is hard of hearing." → "Bà
tôi rất khó nghe.", "My grandmother is a bit deaf." → "Bà tôi là một chút deaf.", "He has to use a walking stick." →
"Anh ta phải sử dụng một cái bám đi bộ.", "She can't walk far any more." → "Nó không thể đi bộ nhiều hơn nữa.", "My
grandmother lives in a nursing home." → "Bà tôi sống trong căn nhà của mình.", "We look after my grandmother at
home." → "Chúng tôi xem xét bà ở nhà.", "My uncle is hard of hearing." → "Tôi khó nghe.".

Taken: who (mt.hobbies.WHO, WHO_EN, or mt.people.PARENTS_WHOSE: "ông bà tôi") is in one of STATES (STATES_EN): has
dementia ("bị lẫn", "lẫn rồi": said only of a grandparent, a parent or an old one, _OLD) or Alzheimer's; is forgetful
(a bit, very, more and more, lately: "dạo này"); hard of hearing ("lãng tai", "nghễnh ngãng", "nặng tai") or deaf, a
bit; uses, has to use or needs a walking stick, a wheelchair or a hearing aid ("now": "rồi"); can't go or walk far or
get around (any more); has trouble getting around; is getting old, older, very old, old and frail; is in ("ở": of
someone else), lives in or has moved into a nursing home (a care home, an old people's home); said, denied or asked
where STATES says so; and who looks after someone else (mt.hobbies.WHOM, WHOM_EN) at home ("chăm sóc … ở nhà"), or
has to. Left: "anh", "chị", "em" alone saying it (the speaker or "you": mt.hobbies.who), "lẫn" of a child, a younger
one or a name alone (got muddled), "bác tôi" (uncle or aunt?), "mất trí nhớ" (memory loss or amnesia), going deaf, a
walking frame, "không đi được nữa" (can't walk, or can't go?), "tôi", "đang" at a nursing home (visiting?), a day or a
tense, the past; looking after someone without "at home" (mt/childcare.py), how old (mt/ages.py), forgetting someone
(mt/remembering.py), long-term illnesses (mt/conditions.py), falls (mt/falls.py), glasses (mt/eyesight.py), retiring
(mt/pensions.py).
mt.phrasebook.translate tries these after mt/bonuses.py.

    >>> translate("Ông tôi bị lẫn rồi.", "vi", "en"), translate("My grandmother is hard of hearing.", "en", "vi")
    ('My grandfather has dementia.', 'Bà tôi bị lãng tai.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .text import ASKED_END, BE_EN, EN_OBJECT, alternatives, be, be_said, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lẫn|sa\s+sút|quên|\btai|ngãng|điếc|alzheimer|gậy|xe\s+lăn|thính|\bxa|đi\s+lại|già|"
                    r"dưỡng\s+lão|chăm)"),
         "en": lazy(r"(?i:dementia|alzheimer|senile|forgetful|hearing|deaf|stick|cane|wheelchair|\bfar|around|"
                    r"trouble|difficulty|\bold|home)")}

# what old age brings, after who: how English says it ("be": after "is"; "do": a verb, as after "does"; "can": a
# "can't" said whole; "has": after "has"), the English, and whether it may be denied and asked
_HEARING, _HOMES = ("lãng tai", "nghễnh ngãng", "nặng tai"), ("viện dưỡng lão", "nhà dưỡng lão")
_AIDS = {"chống gậy": "use a walking stick", "ngồi xe lăn": "use a wheelchair", "dùng xe lăn": "use a wheelchair",
         "đeo máy trợ thính": "wear a hearing aid", "dùng máy trợ thính": "use a hearing aid",
         "sử dụng máy trợ thính": "use a hearing aid"}
_FAR, _STILL = {"đi xa": "go far", "đi bộ xa": "walk far", "đi lại": "get around"}, ("", "còn ", "thể ")
STATES = {
    "bị lẫn": ("do", "have dementia", True), "bị lẫn rồi": ("do", "have dementia", False),
    "lẫn rồi": ("do", "have dementia", False), "bị sa sút trí tuệ": ("do", "have dementia", True),
    "bị chứng sa sút trí tuệ": ("do", "have dementia", True), "mắc chứng sa sút trí tuệ": ("do", "have dementia", True),
    "bị bệnh alzheimer": ("do", "have Alzheimer's", True), "mắc bệnh alzheimer": ("do", "have Alzheimer's", True),
    "bị alzheimer": ("do", "have Alzheimer's", True),
    "hay quên": ("be", "forgetful", True), "rất hay quên": ("be", "very forgetful", False),
    "hay quên lắm": ("be", "very forgetful", False), "hơi hay quên": ("be", "a bit forgetful", False),
    "ngày càng hay quên": ("be", "getting more and more forgetful", False),
    **{f"{bi}{w}": ("be", "hard of hearing", True) for w in _HEARING for bi in ("", "bị ")},
    **{f"hơi {bi}{w}": ("be", "a bit hard of hearing", False) for w in _HEARING for bi in ("", "bị ")},
    "bị điếc": ("be", "deaf", True),
    **dict.fromkeys(("hơi điếc", "hơi bị điếc"), ("be", "a bit deaf", False)),
    "già rồi": ("be", "getting old", False), "đã già": ("be", "old now", False), "đã già rồi": ("be", "old now", False),
    **dict.fromkeys(("già lắm rồi", "già quá rồi", "đã già lắm rồi"), ("be", "very old now", False)),
    **dict.fromkeys(("ngày càng già", "ngày càng già đi"), ("be", "getting older", False)),
    **dict.fromkeys(("già yếu", "đã già yếu"), ("be", "old and frail", False)),
    **dict.fromkeys(("già yếu rồi", "đã già yếu rồi"), ("be", "old and frail now", False)),
    **{vi: ("do", en, True) for vi, en in _AIDS.items()},
    **{f"phải {vi}": ("do", f"have to {en}", True) for vi, en in _AIDS.items()},
    **{f"cần {vi}": ("do", f"need {en.split(' ', 1)[1]}", True) for vi, en in _AIDS.items()},
    "cần xe lăn": ("do", "need a wheelchair", True), "cần máy trợ thính": ("do", "need a hearing aid", True),
    # ("không đi xa được nữa": can't go far any more; "còn" and "nữa" are each "any more", "thể" is "can")
    **{f"không {still}{go} được{more}": ("can", f"can't {en}{' any more' * bool(still == 'còn ' or more)}", False)
       for go, en in _FAR.items() for still in _STILL for more in ("", " nữa")},
    **{f"không {still}{go[:-3]} được xa{more}": ("can", f"can't {en}{' any more' * bool(still == 'còn ' or more)}",
                                                 False)
       for go, en in _FAR.items() if go.endswith(" xa") for still in _STILL for more in ("", " nữa")},
    "đi lại khó khăn": ("do", "have trouble getting around", False),
    "đi lại rất khó khăn": ("do", "have a lot of trouble getting around", False),
    **{f"{at} {h}": ("be", "in a nursing home", True) for h in _HOMES for at in ("ở", "ở trong")},
    **{f"{at} {h}": ("do", "live in a nursing home", True) for h in _HOMES
       for at in ("sống ở", "sống trong", "sống tại", "đang sống ở")},
    **{f"{went} {h}{done}": ("has", "moved into a nursing home", False) for h in _HOMES
       for went, done in (("đã chuyển vào", ""), ("đã vào", ""), ("chuyển vào", " rồi"), ("vào", " rồi"),
                          ("đã chuyển vào", " rồi"))},
}
# ... and in English: the state (a verb as after "does"), its Vietnamese, and whether it may be denied and asked
_BITS = ("a bit", "a little", "slightly")
_HOMES_EN = ("a care home", "a nursing home", "an old people's home")
_STICKS = ("a walking stick", "a cane")
STATES_EN = {
    "forgetful": ("be", "hay quên", True), "very forgetful": ("be", "rất hay quên", False),
    **{f"{bit} forgetful": ("be", "hơi hay quên", False) for bit in _BITS},
    **dict.fromkeys(("getting forgetful", "getting more forgetful", "getting more and more forgetful",
                     "becoming forgetful"), ("be", "ngày càng hay quên", False)),
    "hard of hearing": ("be", "bị lãng tai", True), "deaf": ("be", "bị điếc", True), "senile": ("be", "bị lẫn", True),
    **{f"{bit} hard of hearing": ("be", "hơi lãng tai", False) for bit in _BITS},
    **{f"{bit} deaf": ("be", "hơi điếc", False) for bit in _BITS},
    "getting old": ("be", "già rồi", False), "old now": ("be", "đã già rồi", False),
    "getting older": ("be", "ngày càng già", False), "very old": ("be", "già lắm rồi", False),
    "very old now": ("be", "già lắm rồi", False), "old and frail": ("be", "già yếu", False),
    "old and frail now": ("be", "già yếu rồi", False), "in a wheelchair": ("be", "phải ngồi xe lăn", True),
    **{f"in {h}": ("be", "ở viện dưỡng lão", True) for h in _HOMES_EN},
    **{f"live in {h}": ("do", "sống ở viện dưỡng lão", True) for h in _HOMES_EN},
    "have dementia": ("do", "bị lẫn", True), "have alzheimer's": ("do", "bị bệnh Alzheimer", True),
    "have alzheimer's disease": ("do", "bị bệnh Alzheimer", True),
    **{f"{use} {s}": ("do", "chống gậy", True) for s in _STICKS for use in ("use", "walk with")},
    "walk with a stick": ("do", "chống gậy", True),
    **{f"have to {use} {s}": ("do", "phải chống gậy", True) for s in _STICKS for use in ("use", "walk with")},
    **{f"need {s}": ("do", "cần chống gậy", True) for s in _STICKS},
    "use a wheelchair": ("do", "ngồi xe lăn", True), "have to use a wheelchair": ("do", "phải ngồi xe lăn", True),
    "need a wheelchair": ("do", "cần xe lăn", True), "wear a hearing aid": ("do", "đeo máy trợ thính", True),
    "use a hearing aid": ("do", "dùng máy trợ thính", True),
    "have to wear a hearing aid": ("do", "phải đeo máy trợ thính", True),
    "need a hearing aid": ("do", "cần đeo máy trợ thính", True),
    **{f"have {t} {w}": ("do", "đi lại khó khăn", False) for t in ("trouble", "difficulty")
       for w in ("walking", "getting around")},
}
# who in either language: kin and whose, a pronoun, a name, or parents and grandparents ("ông bà tôi")
_WHO, _WHO_EN = rf"(?:{PARENTS_WHOSE}|{WHO})", rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
_LATELY = r"(?i:dạo\s+này|gần\s+đây)"
# who "lẫn" is dementia of: a grandparent, a parent, an old man or woman ("Con tôi bị lẫn rồi.": got muddled)
_OLD = {"ông", "bà", "bố", "ba", "mẹ", "bác", "ông ấy", "bà ấy", "ông ta", "bà ta"}
# "Ông tôi bị lẫn rồi.", "Dạo này bà tôi hay quên.", "Bà bạn có bị lãng tai không?", "Ông tôi phải chống gậy rồi."
_SAID = lazy(rf"(?:(?P<lately>{_LATELY})\s+)?{_WHO}(?:\s+(?P<lately2>{_LATELY}))?\s+(?:(?P<ask>có)\s+|"
             rf"(?P<not>không)\s+)?(?P<state>(?i:{alternatives(STATES)}))(?:\s+(?P<now>rồi))?{ASKED_END}")
# "Chúng tôi chăm sóc bà tôi ở nhà."
_CARE = lazy(rf"{_WHO}\s+(?:(?P<must>phải)\s+)?(?:chăm\s+sóc|chăm)\s+{WHOM}\s+(?:ở|tại)\s+nhà\s*(?P<end>[.!]*)")

_DOES = {"have": "has"}  # (said of one: "has", any other verb with "-s")
# "My grandmother is hard of hearing.", "Is he deaf?", "She isn't forgetful."
_BE_SAID = lazy(rf"(?:(?P<ask>Is|Am|Are)\s+)?{_WHO_EN}(?:{BE_EN}(?P<not>\s+not|n't)?)?\s+"
                rf"(?P<state>(?i:{alternatives(k for k, v in STATES_EN.items() if v[0] == 'be')}))"
                r"(?P<now>\s+now)?\s*(?P<end>[.!?]*)")
# "My grandfather has dementia.", "Does she use a hearing aid?", "He has to use a walking stick now."
_VERBS_EN = {k: k for k, v in STATES_EN.items() if v[0] == "do"}
_VERBS_EN |= {f"{_DOES.get(v, v + 's')} {rest}": k for k in list(_VERBS_EN) for v, _, rest in [k.partition(" ")]}
_DO_SAID = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}\s+(?:(?P<not>don't|doesn't|do\s+not|does\s+not)\s+)?"
                rf"(?P<state>(?i:{alternatives(_VERBS_EN)}))(?P<now>\s+now)?\s*(?P<end>[.!?]*)")
# "She can't walk far any more.", "She's moved into a care home.", "He's been forgetful lately."
_CANT_EN = lazy(rf"{_WHO_EN}\s+(?P<cant>can't|cannot|can\s+not|can\s+no\s+longer)\s+(?P<state>walk\s+far|go\s+far|"
                r"get\s+around)(?P<more>\s+any\s*more|\s+any\s+longer)?\s*(?P<end>[.!]*)")
_HAS_EN = lazy(rf"{_WHO_EN}(?P<have>'s|'ve|\s+has|\s+have)\s+(?:(?:moved|gone)\s+into\s+"
               rf"(?P<home>{alternatives(_HOMES_EN)})|been\s+(?P<very>very\s+|a\s+bit\s+)?forgetful\s+"
               r"(?:lately|recently))\s*(?P<end>[.!]*)")
_CARE_EN = lazy(rf"{_WHO_EN}\s+(?P<must>(?:has|have)\s+to\s+)?(?P<verb>looks?\s+after|takes?\s+care\s+of|cares?\s+for)"
                rf"\s+{WHOM_EN}\s+at\s+home\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how old age troubles someone (dementia, hearing, a stick, a
    nursing home …) or who looks after someone at home; None for any other."""
    if src == "vi":
        return _said(text) or _care(text)
    text = text.replace("’", "'")
    return _be_vi(text) or _do_vi(text) or _cant_vi(text) or _has_vi(text) or _care_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it is one: "my grandparents" (False), or mt.hobbies.who."""
    return (parents_said(m, "en"), False) if m["parents"] else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": "ông bà tôi" (False), or
    mt.hobbies.who_vi."""
    return (parents_said(m, "vi"), False) if m["parents"] else who_vi(m)


def _stated(who_: str, one: bool, kind: str, en: str) -> str:
    """A state of STATES said of who in English: "my grandmother is hard of hearing", "he has dementia", "I'm
    getting old", "she can't walk far", "they've moved into a nursing home"."""
    if kind == "be":
        return contracted(who_, f"{be(who_)} {en}")
    if kind == "has":
        return contracted(who_, f"{'has' if one else 'have'} {en}")
    if kind == "do" and one:
        verb, _, rest = en.partition(" ")
        return f"{who_} {_DOES.get(verb, verb + 's')} {rest}"
    return f"{who_} {en}"


def _said(text: str) -> str | None:
    """"Ông tôi bị lẫn rồi." as "My grandfather has dementia.", "Dạo này bà tôi hay quên." as "My grandmother has
    been forgetful lately.", "Bà bạn có bị lãng tai không?" as "Is your grandmother hard of hearing?", "Ông tôi phải
    chống gậy rồi." as "My grandfather has to use a walking stick now.", "Ông tôi không đi xa được nữa." as "My
    grandfather can't go far any more." (_SAID); None for anything else, "lẫn" said of "I" or "you" or of anyone not
    old (_OLD: muddled), and a state STATES does not let be denied or asked."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or (said := _who(m, asked)) is None:
        return None
    kind, en, open_ = STATES[keyed(m["state"])]
    lately = m["lately"] or m["lately2"]
    if (asked or m["not"]) and (not open_ or m["now"]) or m["now"] and not open_ or lately and (
            "forgetful" not in en or "more" in en or asked or m["not"] or m["now"]):
        return None
    who_, one = said
    if not one and ("lẫn" in keyed(m["state"]) or en == "in a nursing home"):
        return None  # ("Tôi bị lẫn rồi.": muddled; "Tôi ở viện dưỡng lão.": visiting?)
    if "lẫn" in keyed(m["state"]) and keyed(m["kin"] or m["title"] or m["who"] or "") not in _OLD:
        return None  # ("Con tôi bị lẫn rồi.", "Lan bị lẫn.", "Anh ấy bị lẫn.": got muddled)
    now = " now" * bool(m["now"])
    if lately:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} been {en} lately")) + stop(m["end"])
    if asked:
        return f"{be(who_).capitalize()} {who_} {en}?" if kind == "be" else f"{'Does' if one else 'Do'} {who_} {en}?"
    if m["not"]:
        if kind == "be":
            return capitalised("I'm not" if who_ == "I" else f"{who_} {be(who_)}n't") + f" {en}{stop(m['end'])}"
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {en}{stop(m['end'])}")
    return capitalised(_stated(who_, one, kind, en)) + now + stop(m["end"])


def _care(text: str) -> str | None:
    """"Chúng tôi chăm sóc bà tôi ở nhà." as "We look after my grandmother at home.", "Mẹ tôi phải chăm sóc ông tôi
    ở nhà." as "My mother has to look after my grandfather at home." (_CARE); None for anything else, and the same
    person on both sides ("Tôi chăm sóc tôi ở nhà.")."""
    m = _CARE.fullmatch(text)
    if not m or (said := _who(m, False)) is None or (whom := as_whom(m["whom"], "vi")) is None or _oneself(
            said[0], whom):
        return None
    who_, one = said
    verb = f"{'has' if one else 'have'} to look" if m["must"] else f"look{'s' * one}"
    return capitalised(f"{who_} {verb} after {whom} at home{stop(m['end'])}")


def _oneself(who_: str, whom: str) -> bool:
    """Whether who looks after themselves, or a group one of it, both in one language: "I" and "me", "we" and "me",
    "my mother" twice, "tôi" and "chúng tôi" ("Tôi chăm sóc tôi ở nhà.", "We look after us …" are not said)."""
    mine = ("I", "we", "me", "us", "tôi", "mình", "chúng tôi", "chúng ta")
    return EN_OBJECT.get(who_, who_) == whom or who_ in mine and whom in mine


def _vi_said(who_: str, vi: str, asked: bool, denied: bool, now: bool, end: str) -> str:
    """A state in Vietnamese of who, said, asked or denied: "Bà tôi bị lãng tai.", "Bà bạn có bị lãng tai không?",
    "Ông tôi không chống gậy.", "Ông tôi phải chống gậy rồi.", "Giờ bà tôi ở viện dưỡng lão."."""
    if asked:
        return capitalised(f"{who_} có {vi} không?")
    if now and "dưỡng lão" in vi:  # ("ở viện dưỡng lão rồi" is awkward: "Giờ cô ấy ở viện dưỡng lão.")
        return f"Giờ {who_} {vi}{stop(end)}"
    return capitalised(f"{who_} {'không ' * denied}{vi}{' rồi' * now}{stop(end)}")


def _be_vi(text: str) -> str | None:
    """"My grandmother is hard of hearing." as "Bà tôi bị lãng tai.", "Is he deaf?" as "Anh ấy có bị điếc không?",
    "I'm getting old." as "Tôi già rồi." (_BE_SAID); None for anything else, and where "is" does not agree with who."""
    m = _BE_SAID.fullmatch(text)
    if not m or bool(m["ask"]) == bool(m["be"]) or bool(m["ask"]) != ("?" in m["end"]):
        return None
    who_, one = _who_vi(m)
    _, vi, open_ = STATES_EN[keyed(m["state"])]
    if be_said(m["ask"] or m["be"]) != be_of(who_, one) or (m["ask"] or m["not"] or m["now"]) and not open_ or (
            m["now"] and (m["ask"] or m["not"])):
        return None
    return _vi_said(who_, _dementia(vi, who_, one), bool(m["ask"]), bool(m["not"]), bool(m["now"]), m["end"])


def _dementia(vi: str, who_: str, one: bool) -> str:
    """Dementia in Vietnamese: "bị lẫn" of an old one (_OLD: "ông tôi", "bà ấy"), else "bị sa sút trí tuệ" ("Tôi bị
    lẫn.", "Con trai tôi bị lẫn." read as muddled); any other state as it is."""
    old = who_.split()[0] in _OLD or " ".join(who_.split()[:2]) in _OLD
    return "bị sa sút trí tuệ" if vi == "bị lẫn" and not old else vi


def _do_vi(text: str) -> str | None:
    """"My grandfather has dementia." as "Ông tôi bị lẫn.", "Does she use a hearing aid?" as "Cô ấy có dùng máy trợ
    thính không?", "He has to use a walking stick." as "Anh ấy phải chống gậy." (_DO_SAID); None for anything else,
    and where the verb or "does" does not agree with who ("My grandfather use …", "Does she uses …")."""
    m = _DO_SAID.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = _who_vi(m)
    state = keyed(m["state"])
    base = _VERBS_EN[state]
    aux = keyed(m["do"] or m["not"] or "")
    said_one = aux.startswith("does") if aux else state != base
    _, vi, open_ = STATES_EN[base]
    if said_one != one or aux and state != base or (aux or m["now"]) and not open_ or m["now"] and aux:
        return None
    return _vi_said(who_, _dementia(vi, who_, one), bool(m["do"]), bool(m["not"]), bool(m["now"]), m["end"])


def _cant_vi(text: str) -> str | None:
    """"She can't walk far any more." as "Cô ấy không đi bộ xa được nữa.", "My grandfather can't get around any
    longer." as "Ông tôi không đi lại được nữa." (_CANT_EN); None for anything else, and "no longer … any more"."""
    m = _CANT_EN.fullmatch(text)
    if not m:
        return None
    no_longer = keyed(m["cant"]).endswith("longer")
    if no_longer and m["more"]:
        return None
    go = {"walk far": "đi bộ xa", "go far": "đi xa", "get around": "đi lại"}[keyed(m["state"])]
    more = " nữa" if m["more"] or no_longer else ""
    return capitalised(f"{_who_vi(m)[0]} không {'còn ' * no_longer}{go} được{more}{stop(m['end'])}")


def _has_vi(text: str) -> str | None:
    """"She's moved into a care home." as "Cô ấy đã chuyển vào viện dưỡng lão.", "My grandmother has been very
    forgetful lately." as "Dạo này bà tôi rất hay quên." (_HAS_EN); None for anything else, and where "has" does not
    agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    if (keyed(m["have"]) in ("has", "'s")) != one:
        return None
    if m["home"]:
        return capitalised(f"{who_} đã chuyển vào viện dưỡng lão{stop(m['end'])}")
    very = {"very": "rất ", "a bit": "hơi "}.get(keyed(m["very"] or ""), "")
    return f"Dạo này {who_} {very}hay quên{stop(m['end'])}"


def _care_vi(text: str) -> str | None:
    """"We look after my grandmother at home." as "Chúng tôi chăm sóc bà tôi ở nhà.", "My mother has to take care of
    my grandfather at home." as "Mẹ tôi phải chăm sóc ông tôi ở nhà." (_CARE_EN); None for anything else, where
    the verb does not agree with who, and the same person on both sides ("I look after me at home.")."""
    m = _CARE_EN.fullmatch(text)
    if not m or (whom := as_whom(m["whom"], "en")) is None or _oneself(_who_vi(m)[0], whom):
        return None
    who_, one = _who_vi(m)
    verb = keyed(m["verb"]).split()[0]
    said_one = keyed(m["must"]).startswith("has") if m["must"] else verb.endswith("s")
    if said_one != one or m["must"] and verb.endswith("s"):
        return None
    return capitalised(f"{who_} {'phải ' * bool(m['must'])}chăm sóc {whom} ở nhà{stop(m['end'])}")
