"""A fussy baby, weaning and nappy rash, both ways, written whole by rule. v8 (rules on) reads "quấy" (fussy) as
harassing, "cai sữa" (wean) as caving or hanging, "hay" (often) as "or", and "fussy" as scared or delighted, "wean" as
"làm" (do): "Em bé quấy cả đêm." → "The baby is harassing all night.", "Bé nhà tôi hay quấy đêm." → "My baby or
night.", "Hôm nay em bé rất quấy." → "You're very harass today.", "Tôi đang cai sữa cho con." → "I'm caving my baby.",
"Tôi đã cai sữa cho con rồi." → "I've hanged my baby.", "Con tôi được mười tháng thì cai sữa." → "I was ten months of
milk.", "Bé đã cai sữa chưa?" → "Is she cavated milk?"; "My baby is fussy at night." → "Con tôi cũng rất sợ hãi vào
ban đêm.", "The baby is very fussy today." → "Hôm nay em bé rất thích thú.", "We've already weaned our daughter." →
"Chúng tôi đã làm cho con gái của chúng tôi.", "When did you wean your baby?" → "Bạn đã làm cho bé khi nào vậy?",
"Has the baby been weaned yet?" → "Bé vẫn chưa được vũ khí?", "My baby has nappy rash." → "Bé của tôi bị hăm tã vui
vẻ.". ("Con tôi bị hăm tã." v8 writes well, as "diaper rash"; taken with "nappy rash".)

Taken: a baby ("em bé", "bé": the baby; "bé nhà tôi", "con tôi": my baby; "con trai", "con gái" with whose; a given
name; "the baby", "my baby", "my son", "my daughter", "my child", a name) fussy ("quấy"; "quấy khóc", fussing and
crying): all night, at night, often, rarely, not, asked; last night, today, all day yesterday or today, lately
("dạo này"), very or so; weaned ("Bé đã cai sữa chưa?", "Con tôi cai sữa lúc mười tháng.") already, not yet, now, at
an age, asked when or at what age; who (mt.hobbies.WHO, WHO_EN) weaning their own baby, son or daughter ("cai sữa cho
con"; "cho bé": their baby said by I, we or you, the baby said of another; "cho em bé": the baby), or one whose is
said: now, already, just, about to, planning to, started, not yet, at an age, asked; nappy rash ("hăm tã", "hăm bỉm";
"diaper rash" read too): has, asked, not, often, again. Each way only the sentences of the tables below (and, weaning,
their forms): anything else is left whole.
Left: "hăm" alone (heat rash or chafing in the folds of the neck or thighs as often as a nappy's: "Bé bị hăm."),
"suốt" and "suốt ngày" alone (all the time, or all last night?), "quấy" with no time or habit ("Em bé quấy.": now, or
then?), a son, daughter or name weaned without "cho" ("Con gái tôi đã cai sữa rồi.": weaned, or weaned her own?),
"cháu" (a grandchild, a niece or nephew), a name weaning with "cho con" (his or hers?), a grandparent weaning "cho
con" (her own baby?), a wife or husband weaning her or his own in English ("cho con" reads as ours), he or she as the
baby, "fussy" of food (mt/picky_eating.py) and "fussy" but at night or all night of any but a baby ("My son was fussy
last night.": picky at dinner?), when ahead ("Khi nào bạn cai sữa cho bé?"), creams, and I or we asked, to the model.
Crying is mt/crying.py's, nappies mt/nappies.py's, teething mt/teeth.py's and mt/crying.py's, heat rash
mt/infections.py's, firsts mt/milestones.py's, bedtimes mt/bedtimes.py's.
mt.phrasebook.translate tries these after mt/tenancy.py.

    >>> translate("Bé nhà tôi hay quấy đêm.", "vi", "en"), translate("We've already weaned our daughter.", "en", "vi")
    ('My baby is often fussy at night.', 'Chúng tôi đã cai sữa cho con gái rồi.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, who, who_vi, whose_own
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN
from .numbers import EN_TO_VI, VI_TO_EN
from .people import CHILD_KIN, NAMED_WHO
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .rule_keys import key_checked
from .text import SOFTENER, WHOSE_OF, alternatives, capitalised, contracted, keyed, stop, strip_marks

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:quấy|cai\s+sữa|\bhăm)"), "en": lazy(r"(?i:fuss|wean|rash)")}

# the baby, in Vietnamese and in English (found anywhere in the sentence; what is left around it must be a row below)
_OWN = rf"(?i:{alternatives(OWNERS)})"
_CHILD = lazy(rf"(?<!\w)(?:(?P<baby>(?i:em\s+bé|bé))(?:\s+(?:nhà|của)\s+(?P<bwhose>{_OWN}))?|(?P<kid>(?i:"
              rf"{alternatives(CHILD_KIN)}))\s+(?:của\s+)?(?P<kwhose>{_OWN})|(?P<given>{alternatives(GIVEN)}))(?!\w)")
_CHILD_EN = lazy(rf"(?<!\w)(?:(?P<det>(?i:the|{WHOSE_WORDS}))\s+(?P<noun>baby|son|daughter|child)|"
                 rf"(?P<given>{alternatives(GIVEN_EN)}))(?![\w-])")
_NOUNS = {"baby": "bé nhà", "child": "con", "son": "con trai", "daughter": "con gái"}  # (English noun: Vietnamese)
_OWN_NOUNS = _NOUNS | {"baby": "con"}  # (one's own, weaned: "cai sữa cho con")
# the rows: Vietnamese and English of one sentence, the baby as {c}, an age as {age}; the first of a Vietnamese or
# English said the same way is the one written back
_ROWS = [
    # fussy ("quấy"; "quấy khóc": fussing and crying), all night or at night, often, asked
    ("{c} quấy cả đêm.", "{c} was fussy all night."), ("{c} quấy cả đêm.", "{c} has been fussy all night."),
    ("{c} quấy khóc cả đêm.", "{c} was fussing and crying all night."),
    ("{c} quấy khóc cả đêm.", "{c} fussed and cried all night."),
    ("{c} quấy đêm.", "{c} is fussy at night."), ("{c} hay quấy.", "{c} is often fussy."),
    ("{c} hay quấy đêm.", "{c} is often fussy at night."), ("{c} ít khi quấy.", "{c} is rarely fussy."),
    ("{c} ít khi quấy đêm.", "{c} is rarely fussy at night."), ("{c} không quấy đêm.", "{c} isn't fussy at night."),
    ("{c} hay quấy khóc.", "{c} often fusses and cries."),
    ("{c} hay quấy khóc đêm.", "{c} often fusses and cries at night."),
    ("{c} quấy khóc đêm.", "{c} fusses and cries at night."),
    ("{c} có hay quấy không?", "is {c} often fussy?"), ("{c} có hay quấy đêm không?", "is {c} often fussy at night?"),
    ("{c} có quấy đêm không?", "is {c} fussy at night?"),
    ("{c} có hay quấy khóc không?", "does {c} often fuss and cry?"),
    ("{c} có hay quấy khóc đêm không?", "does {c} often fuss and cry at night?"),
    # ... on a day, or lately
    ("đêm qua {c} quấy.", "{c} was fussy last night."), ("đêm qua {c} rất quấy.", "{c} was very fussy last night."),
    ("đêm qua {c} quấy lắm.", "{c} was very fussy last night."),
    ("đêm qua {c} quấy quá.", "{c} was so fussy last night."),
    ("đêm qua {c} quấy khóc.", "{c} was fussing and crying last night."),
    ("đêm qua {c} không quấy.", "{c} wasn't fussy last night."),
    ("đêm qua {c} có quấy không?", "was {c} fussy last night?"),
    ("hôm qua {c} quấy cả ngày.", "{c} was fussy all day yesterday."),
    ("hôm nay {c} quấy cả ngày.", "{c} has been fussy all day today."),
    ("hôm nay {c} quấy.", "{c} is fussy today."), ("hôm nay {c} rất quấy.", "{c} is very fussy today."),
    ("hôm nay {c} quấy lắm.", "{c} is very fussy today."), ("hôm nay {c} quấy quá.", "{c} is so fussy today."),
    ("hôm nay {c} không quấy.", "{c} isn't fussy today."), ("hôm nay {c} có quấy không?", "is {c} fussy today?"),
    ("dạo này {c} rất quấy.", "{c} has been very fussy lately."),
    ("dạo này {c} quấy lắm.", "{c} has been very fussy lately."),
    ("dạo này {c} có quấy không?", "has {c} been fussy lately?"),
    # weaned ("Bé đã cai sữa chưa?"), at an age, asked when
    ("{c} đã cai sữa rồi.", "{c} has already been weaned."), ("{c} cai sữa rồi.", "{c} is already weaned."),
    ("{c} đã cai sữa chưa?", "has {c} been weaned yet?"), ("{c} cai sữa chưa?", "is {c} weaned yet?"),
    ("{c} chưa cai sữa.", "{c} hasn't been weaned yet."), ("{c} chưa cai sữa.", "{c} isn't weaned yet."),
    ("{c} đang cai sữa.", "{c} is being weaned."), ("{c} cai sữa lúc {age}.", "{c} was weaned at {age}."),
    ("{c} đã cai sữa lúc {age}.", "{c} was weaned at {age}."),
    ("{c} cai sữa lúc mấy tháng?", "at what age was {c} weaned?"), ("{c} cai sữa khi nào?", "when was {c} weaned?"),
    ("{c} đã cai sữa khi nào?", "when was {c} weaned?"),
    # nappy rash ("hăm tã"; "hăm bỉm" and "diaper rash" read as it)
    ("{c} bị hăm tã.", "{c} has nappy rash."), ("{c} bị hăm tã.", "{c} has got nappy rash."),
    ("{c} có bị hăm tã không?", "does {c} have nappy rash?"), ("{c} có bị hăm tã không?", "has {c} got nappy rash?"),
    ("{c} không bị hăm tã.", "{c} doesn't have nappy rash."), ("{c} hay bị hăm tã.", "{c} often gets nappy rash."),
    ("{c} lại bị hăm tã.", "{c} has nappy rash again."), ("{c} lại bị hăm tã rồi.", "{c} has nappy rash again."),
]
# who weaning whose baby ({p}, {o}): the forms, each as Vietnamese says it (the first written back) …
_WEANING = {
    "ing": ["{p} đang cai sữa cho {o}."], "ask_ing": ["{p} có đang cai sữa cho {o} không?"],
    "already": ["{p} đã cai sữa cho {o} rồi.", "{p} cai sữa cho {o} rồi."], "did": ["{p} đã cai sữa cho {o}."],
    "just": ["{p} vừa cai sữa cho {o}.", "{p} vừa mới cai sữa cho {o}.", "{p} mới cai sữa cho {o}."],
    "about": ["{p} sắp cai sữa cho {o}."], "plan": ["{p} định cai sữa cho {o}."],
    "started": ["{p} đã bắt đầu cai sữa cho {o}.", "{p} bắt đầu cai sữa cho {o}."],
    "not_yet": ["{p} chưa cai sữa cho {o}."], "ask_yet": ["{p} đã cai sữa cho {o} chưa?", "{p} cai sữa cho {o} chưa?"],
    "age": ["{p} cai sữa cho {o} lúc {age}.", "{p} đã cai sữa cho {o} lúc {age}."],
    "ask_age": ["{p} cai sữa cho {o} lúc mấy tháng?"],
    "ask_when": ["{p} cai sữa cho {o} khi nào?", "{p} đã cai sữa cho {o} khi nào?"]}
_ASKED_FORMS = {"ask_ing", "ask_yet", "ask_age", "ask_when"}
_OBJ = lazy(rf"(?<=cho\s)(?P<noun>(?i:con\s+trai|con\s+gái|con|em\s+bé|bé))(?:\s+(?:nhà\s+|của\s+)?"
            rf"(?P<owner>{_OWN}))?(?!\w)")
_OBJ_EN = lazy(rf"(?<=wean\s|ning\s|aned\s)(?P<owner>(?i:the|{WHOSE_WORDS}))\s+(?P<noun>baby|son|daughter|child)(?!\w)")
# (who, up to the verb: "Chị tôi đang cai sữa" is my sister, not "chị", you, and "tôi")
_WHO_AT = lazy(rf"{WHO}(?=\s+(?:(?:có|đang|đã|vừa|mới|sắp|định|chưa|bắt\s+đầu)\s+)*cai\s+sữa(?!\w))")
_WHO_EN_AT = lazy(rf"(?<!\w){WHO_EN}(?!\w)")

# the same said another way, before a sentence is looked up (Vietnamese, English)
_SAME_VI = [(lazy(r"(?<!\w)(?:tối\s+hôm\s+qua|đêm\s+hôm\s+qua|tối\s+qua)(?!\w)"), "đêm qua"),
            (lazy(r"(?<!\w)suốt\s+(?:cả\s+)?đêm(?!\w)"), "cả đêm"),
            (lazy(r"(?<!\w)(?:vào\s+ban\s+đêm|về\s+đêm|ban\s+đêm)(?!\w)"), "đêm"),
            (lazy(r"(?<!\w)(?:thường\s+hay|thường\s+xuyên|thường)(?!\w)"), "hay"),
            (lazy(r"(?<!\w)hiếm\s+khi(?!\w)"), "ít khi"), (lazy(r"(?<!\w)hăm\s+bỉm(?!\w)"), "hăm tã"),
            (lazy(r"(?<!\w)(?:dạo\s+gần\s+đây|gần\s+đây|dạo\s+này)(?!\w)"), "dạo này"),
            (lazy(r"(?<!\w)được\s+(\S+\s+(?:tháng|tuổi))\s+thì\s+(?:đã\s+)?cai\s+sữa"), r"cai sữa lúc \1"),
            (lazy(r"\s*,\s*"), " ")]
_SAME_EN = [(lazy(r"n't(?!\w)"), " not"), (lazy(r"(?<=\})'s\s+(?=been|got|already|just|started)"), " has "),
            (lazy(r"(?<=\})'s\s"), " is "), (lazy(r"(?<=\})'m\s"), " am "), (lazy(r"(?<=\})'re\s"), " are "),
            (lazy(r"(?<=\})'ve\s"), " have "), (lazy(r"(?<!\w)diaper(?!\w)"), "nappy"),
            (lazy(r"(?<!\w)a\s+nappy\s+rash"), "nappy rash"),
            (lazy(r"(?<!\w)(?:recently|lately)(?!\w)"), "lately"), (lazy(r"(?<!\w)really(?=\s+fussy)"), "very")]
_AGE = {"vi": lazy(r"(?<!\w)(?:lúc|khi)\s+(?P<n>\d{1,2}|" + alternatives(VI_TO_EN) + r")\s+(?P<unit>tháng|tuổi)"
                   r"(?:\s+tuổi)?(?!\w)"),
        "en": lazy(r"(?<!\w)at\s+(?P<n>\d{1,2}|" + alternatives(EN_TO_VI) + r")\s+(?P<unit>months?|years?)"
                   r"(?:\s+old)?(?!\w)")}
_END = lazy(r"(?P<words>.*?)\s*(?P<end>[.!?]*)")
_SOFTENED = lazy(rf"{SOFTENER}$")


def _key(said: str, lang: str) -> tuple[str, str | None] | None:
    """A sentence with its baby (or who and whom) as {c} ({p}, {o}) as the tables key it, small letters, said the one
    way of _SAME_VI or _SAME_EN, an age as {age}, and "." or "?" at its end; and the age in the other language. None
    for an age not read ("mười hai tháng", "one months")."""
    m = _END.fullmatch(keyed(said).replace("’", "'"))
    words, end = m["words"], "?" if "?" in m["end"] else "."
    if lang == "vi":
        words = _SOFTENED.sub("", words)  # ("… không ạ?", "… khi nào vậy?")
    for pattern, same in _SAME_VI if lang == "vi" else _SAME_EN:
        words = pattern.sub(same, words)
    age = None
    if (a := _AGE[lang].search(words)) is not None:
        age = _age(a, lang)
        if age is None:
            return None
        words = f"{words[:a.start()]}{'lúc' if lang == 'vi' else 'at'} {{age}}{words[a.end():]}"
    return f"{' '.join(words.split())}{end}", age


def _age(m: re.Match, lang: str) -> str | None:
    """An age of _AGE in the other language: "mười tháng" as "ten months", "một tuổi" as "one year old", "two years
    old" as "hai tuổi"; None for "one months", "two year"."""
    n, unit = m["n"].lower(), m["unit"].lower()
    if lang == "vi":
        n = VI_TO_EN.get(n, n)
        many = "" if n in ("one", "1") else "s"
        return f"{n} month{many}" if unit == "tháng" else f"{n} year{many} old"
    if (n in ("one", "1")) != (not unit.endswith("s")):
        return None
    return f"{EN_TO_VI.get(n, n)} {'tháng' if unit.startswith('month') else 'tuổi'}"


_VI_TABLE, _EN_TABLE = {}, {}
for _vi, _en in _ROWS:
    _VI_TABLE.setdefault(_key(_vi, "vi")[0], _en)
    _EN_TABLE.setdefault(_key(_en, "en")[0], _vi)
_WEANING_VI = {_key(said, "vi")[0]: form for form, ways in _WEANING.items() for said in ways}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a fussy baby, a baby weaned, who weans a baby, or nappy rash; None for any
    other."""
    if src == "vi":
        return _baby(text) or _weaning(text)
    return _baby_vi(text) or _weaning_vi(text)


def _child(m: re.Match) -> str:
    """The baby of a match of _CHILD in English: "the baby" ("em bé", "bé"), "my baby" ("bé nhà tôi", "con tôi"),
    "my son", a name."""
    if m["given"]:
        return strip_marks(m["given"])
    if m["baby"]:
        return f"{OWNERS[keyed(m['bwhose'])]} baby" if m["bwhose"] else "the baby"
    noun = {"con": "baby", "con trai": "son", "con gái": "daughter"}[keyed(m["kid"])]
    return f"{OWNERS[keyed(m['kwhose'])]} {noun}"


def _child_vi(m: re.Match) -> str | None:
    """The baby of a match of _CHILD_EN in Vietnamese: "the baby" as "em bé", "my baby" as "bé nhà tôi", "my son" as
    "con trai tôi", a name as it is; None for "the son", "the child"."""
    if m["given"]:
        return m["given"]
    det, noun = m["det"].lower(), m["noun"]
    if det == "the":
        return "em bé" if noun == "baby" else None
    return f"{_NOUNS[noun]} {WHOSE_VI[det]}"


def _baby(text: str) -> str | None:
    """"Em bé quấy cả đêm." as "The baby was fussy all night.", "Bé có hay quấy đêm không?" as "Is the baby often
    fussy at night?", "Bé đã cai sữa chưa?" as "Has the baby been weaned yet?", "Con tôi bị hăm tã." as "My baby
    has nappy rash." (_ROWS); None for anything else, and a son, a daughter or a name weaned (or weaning?)."""
    m = _CHILD.search(text)
    keyed_ = m and _key(f"{text[:m.start()]}{{c}}{text[m.end():]}", "vi")
    said = keyed_ and _VI_TABLE.get(keyed_[0])
    if not said or "weaned" in said and not (m["baby"] or keyed(m["kid"] or "") == "con"):
        return None
    return capitalised(said.format(c=_child(m), age=keyed_[1])).removesuffix(".") + (
        "" if said.endswith("?") else stop(text[-1:]))


def _baby_vi(text: str) -> str | None:
    """"The baby was fussy all night." as "Em bé quấy cả đêm.", "Is your baby often fussy at night?" as "Bé nhà bạn
    có hay quấy đêm không?", "My baby was weaned at ten months." as "Bé nhà tôi cai sữa lúc mười tháng.", "My son
    has diaper rash." as "Con trai tôi bị hăm tã." (_ROWS); None for anything else, and fussy but at night or all
    night of any but a baby."""
    m = _CHILD_EN.search(text)
    keyed_ = m and _key(f"{text[:m.start()]}{{c}}{text[m.end():]}", "en")
    said = keyed_ and _EN_TABLE.get(keyed_[0])
    child = said and _child_vi(m)
    if not child or "quấy" in said and "đêm" not in said.replace("đêm qua", "") and m["noun"] != "baby":
        return None  # ("My son is often fussy.", "… last night": cranky, or picky? At night, or of a baby, only cranky)
    return capitalised(said.format(c=child, age=keyed_[1])).removesuffix(".") + (
        "" if said.endswith("?") else stop(text[-1:]))


def _weaning_en(form: str, who_: str, one: bool, whom: str, age: str | None, written: bool = True,
                person: str | None = None) -> str:
    """Who weaning whom in English, in a form of _WEANING, the verb agreeing with who (or with `person`, where who is
    a stand-in): "I'm weaning my baby.", "We've already weaned our daughter.", "When did you wean your baby?";
    contractions written out unless `written`."""
    person = person or who_
    be, have = "am" if person == "I" else "is" if one else "are", "has" if one else "have"
    said = {"ing": f"{be} weaning {whom}", "already": f"{have} already weaned {whom}", "did": f"{have} weaned {whom}",
            "just": f"{have} just weaned {whom}", "about": f"{be} about to wean {whom}",
            "plan": f"{be} planning to wean {whom}", "started": f"{have} started weaning {whom}",
            "not_yet": f"{have} not weaned {whom} yet", "age": f"weaned {whom} at {age}"}.get(form)
    if said:
        if written and form == "not_yet":
            return capitalised(f"{who_} {have}n't weaned {whom} yet.")
        return capitalised(f"{contracted(who_, said) if written else f'{who_} {said}'}.")
    return {"ask_ing": f"{be.capitalize()} {who_} weaning {whom}?", "ask_yet": f"{have.capitalize()} {who_} weaned "
            f"{whom} yet?", "ask_age": f"At what age did {who_} wean {whom}?",
            "ask_when": f"When did {who_} wean {whom}?"}[form]


def _weaning(text: str) -> str | None:
    """"Tôi đang cai sữa cho con." as "I'm weaning my baby.", "Chúng tôi đã cai sữa cho con gái rồi." as "We've
    already weaned our daughter.", "Bạn cai sữa cho bé khi nào?" as "When did you wean your baby?" (_WEANING); None
    for anything else, a pet, "anh", "chị", "em" alone saying it, I or we asked, and "cho con" where whose is not
    known ("Lan cai sữa cho con.": his, or hers?), is a wife's or husband's ("Vợ tôi …": her baby, or ours?) or a
    grandparent's ("Bà tôi …": her own baby?)."""
    m, o = _WHO_AT.match(text), _OBJ.search(text)
    if not m or not o or animal(m) or not o["owner"] and keyed(m["kin"] or "") in ("vợ", "chồng"):
        return None
    keyed_ = _key(f"{{p}}{text[m.end():o.start()]}{{o}}{text[o.end():]}", "vi")
    form = keyed_ and _WEANING_VI.get(keyed_[0])
    said = form and who(m, form in _ASKED_FORMS)
    if not said or form in _ASKED_FORMS and said[0] in ("I", "we"):
        return None
    noun = keyed(o["noun"])
    # ("cho bé" of one spoken of is hers, or the family's baby she weans: "Mẹ tôi đang cai sữa cho bé.", a grandmother)
    the = noun == "em bé" or noun == "bé" and said[0] not in ("I", "we", "you")
    # (a grandparent's own "con" is no baby: "Bà tôi đang cai sữa cho con." is a grandchild's weaning, or long ago)
    grandparent = NAMED_WHO.get(keyed(m["kin"] or "")) in ("grandfather", "grandmother")
    whose = OWNERS[keyed(o["owner"])] if o["owner"] else "the" if the else None if grandparent else whose_own(
        m, said[0])
    if whose is None:
        return None
    whom = f"{whose} {({'con trai': 'son', 'con gái': 'daughter'}).get(noun, 'baby')}"
    said = _weaning_en(form, *said, whom, keyed_[1])
    return said if said.endswith("?") else said.removesuffix(".") + stop(text[-1:])


def _weaning_vi(text: str) -> str | None:
    """"I'm weaning my baby." as "Tôi đang cai sữa cho con.", "My sister has already weaned her baby." as "Em gái tôi
    đã cai sữa cho con rồi.", "When did you wean your baby?" as "Bạn cai sữa cho con khi nào?" (the forms of
    _WEANING as _weaning_en writes them, contractions or not); None for anything else, a verb that does not agree,
    I or we asked, whose not the weaner's own nor said ("Lan is weaning her baby.": Lan's, or another's?), and a wife's
    or husband's own ("My wife is weaning her baby.": "cho con" reads as ours)."""
    m, o = _WHO_EN_AT.search(text), _OBJ_EN.search(text)
    if not m or not o or o.start() < m.end() or animal(m):
        return None
    keyed_ = _key(f"{text[:m.start()]}{{p}}{text[m.end():o.start()]}{{o}}{text[o.end():]}", "en")
    who_, one = who_vi(m)
    person = "I" if (m["who"] or "").lower() == "i" else "he" if one else "you"  # (as the verb agrees)
    form = keyed_ and next((form for form in _WEANING if keyed_[0] == _key(
        _weaning_en(form, "{p}", one, "{o}", "{age}", False, person), "en")[0]), None)
    if form is None or form in _ASKED_FORMS and who_ in ("tôi", "chúng tôi"):
        return None
    whose, noun = o["owner"].lower(), o["noun"]
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if whose == "the":
        whom = "bé" if noun == "baby" else None
    else:
        whom = _OWN_NOUNS[noun] if whose == own else f"{_OWN_NOUNS[noun]} {WHOSE_VI[whose]}" if whose in (
            "my", "your", "our") else None
    if whom is None or whose == own and (m["kin"] or "").lower() in ("wife", "husband"):
        return None
    said = _WEANING[form][0].format(p=who_, o=whom, age=keyed_[1])
    return capitalised(said).removesuffix(".") + ("" if said.endswith("?") else stop(text[-1:]))
