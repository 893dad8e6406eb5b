"""Twins in a family: who are twins or is a twin, who has a twin brother or sister, whose twin someone is, telling
them apart, which of them is older, looking exactly alike and twins running in a family, said or asked, both ways,
written whole by rule. v8 reads "sinh đôi" as being born or a couple, and "twin" as "win" or "two": "Họ là anh em
sinh đôi." → "They are a couple of brothers.", "Họ là sinh đôi." → "They are sometimes born.", "Tôi có một người em
gái sinh đôi." → "I have a person sister I have doubled birth.", "Cô ấy là em gái sinh đôi của tôi." → "She is my
double-five sister.", "Họ là sinh đôi cùng trứng." → "They are the same eggs.", "Tôi không phân biệt được họ." → "I
can't discriminate them.", "Gia đình tôi có gen sinh đôi." → "My family has double genes.", "Họ trông giống hệt
nhau." → "They look like the same system."; "They're twins." → "Họ làwin.", "I have a twin brother." → "Tôi có anh
trai hai.", "She's my twin." → "Cô ấywin của tôi.", "Are they identical twins?" → "Họ có cùng nhau không?", "I can't
tell them apart." → "Tôi không thể nói cho họ một phần.", "Twins run in our family." → "Cả hai đều chạy trong gia
đình chúng ta.", "My sons are twins." → "Con trai tôi làwins.".

Taken: who (mt.hobbies.WHO, WHO_EN; also "các bạn", "hai bạn", "chúng mình", "hai con (trai, gái) tôi", "my sons")
are twins (identical, fraternal; twin brothers, sisters), or one is a twin, said, denied or asked; who has a twin
brother or sister, or any twin asked or denied; he, she, "this" or someone by name is whose twin brother or sister;
who can, can't or can never tell them (you two) apart, or asked, or how; which of you (them) is older; they look
exactly alike, or like two peas in a pod; twins run in whose family, or not, or asked. Vietnamese "anh, chị, em"
mark age, English does not: "anh trai, em trai, người anh em, anh em trai" are all "a twin brother", and "a twin
brother" is written "một người anh em trai sinh đôi" (no age said; "anh em" alone may be any sibling: "a twin"
asked, left said). Left: one who may be many said a twin ("Con tôi là sinh đôi.": my child, or children?), "anh",
"chị", "em" alone saying it, "I have a twin." (no word for it), having twins (mt/babies.py), "Which one is older?"
(mt/comparisons.py's), "Ai lớn hơn?", "hai người" (them, or you two?), looking alike without "exactly".
mt.phrasebook.translate tries these after mt/bulbs.py.

    >>> translate("Họ là anh em sinh đôi.", "vi", "en"), translate("I have a twin brother.", "en", "vi")
    ("They're twins.", 'Tôi có một người anh em trai sinh đôi.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, be_of, who, who_vi
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN
from .people import NAMED_WHO
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import (BE_EN, SOFTENED_END, SOFTENED_QUESTION, alternatives, be_said, capitalised, contracted, keyed,
                   present, strip_marks)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sinh\s+đôi|phân\s+biệt|giống\s+(?:hệt\s+)?nhau|lớn\s+hơn)"),
         "en": lazy(r"(?i:twin|apart|alike|identical|peas|older)")}
# a brother or sister in Vietnamese, and the English of each ("anh em" without "người" may be any sibling: "")
SIBS = {"anh trai": "brother", "em trai": "brother", "anh em trai": "brother", "người anh em": "brother",
        "chị gái": "sister", "em gái": "sister", "chị em gái": "sister", "người chị em": "sister", "anh chị em": "",
        "anh em": "", "chị em": ""}
SIBS_VI = {"brother": "anh em trai", "sister": "chị em gái", "": "anh chị em"}
# ... and one of them, whose ("anh em trai" alone may be brothers)
_ONE_SIB_VI = {"brother": "người anh em", "sister": "người chị em"}
_SIB = rf"(?:(?P<person>người)\s+)?(?P<sib>{alternatives(k for k in SIBS if not k.startswith('người'))})"
# kin that is surely one person (Vietnamese says "con", "em gái" … of one or many); and many, with whose
_ONE = {"mother", "father", "wife", "husband", "grandfather", "grandmother", "boyfriend", "girlfriend", "boss"}
_KIDS = {"con": "children", "con trai": "sons", "con gái": "daughters", "đứa con": "children"}
_KIDS_VI = {"children": "con", "kids": "con", "sons": "con trai", "daughters": "con gái"}
_MANY = {"các bạn": "you", "hai bạn": "you", "chúng mình": "we"}
_WHO_VI = (rf"(?:(?P<many>(?i:{alternatives(_MANY)}))|(?P<two>(?i:hai|các))\s+(?P<kids>{alternatives(_KIDS)})\s+"
           rf"(?:của\s+)?(?P<kwhose>(?i:{alternatives(OWNERS)}))|{WHO})")
# sons said to be sisters, daughters brothers
_OTHER_SEX = {("con trai", "chị em"), ("con gái", "anh em")}
_EGGS = {"cùng": "identical", "khác": "fraternal"}
_EGGS_VI = {en: vi for vi, en in _EGGS.items()}
# who are twins, or is a twin ("Họ là anh em sinh đôi.", "Bạn có phải là sinh đôi không?", "Tôi là sinh đôi.")
_IS = lazy(rf"{_WHO_VI}\s+(?:(?P<ask>có\s+phải)(?:\s+là)?|(?P<not>không\s+phải)(?:\s+là)?|là)\s+"
           r"(?:(?P<sib>anh\s+chị\s+em|anh\s+em|chị\s+em|con)\s+)?sinh\s+đôi(?:\s+(?P<egg>cùng|khác)\s+trứng)?"
           rf"(?:\s+(?P<asked>không|à|hả|phải\s+không))?{SOFTENED_END}")
# who has a twin ("Tôi có một người em gái sinh đôi.", "Bạn có anh chị em sinh đôi không?")
_HAS = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:(?P<one>một)\s+)?{_SIB}\s+sinh\s+đôi(?:\s+(?P<asked>không))?"
            rf"{SOFTENED_END}")
# whose twin someone is ("Cô ấy là em gái sinh đôi của tôi.", "Đây là anh trai sinh đôi của tôi.")
_HE, _SHE = {"anh ấy", "anh ta", "ông ấy"}, {"cô ấy", "chị ấy", "cô ta", "chị ta", "bà ấy"}
_WHOSE = lazy(rf"(?:(?P<this>(?i:đây))|(?P<he>(?i:{alternatives(_HE)}))|(?P<she>(?i:{alternatives(_SHE)}))|"
              rf"(?P<given>{alternatives(GIVEN)}))\s+(?:(?P<ask>có\s+phải\s+)?là)\s+{_SIB}\s+sinh\s+đôi\s+"
              rf"(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))(?:\s+(?P<asked>không))?{SOFTENED_END}")
# telling them apart ("Tôi không phân biệt được họ.", "Bạn có phân biệt được họ không?")
_THEM = {"họ": "them", "chúng nó": "them", "hai đứa nó": "them", "hai bạn": "you two", "cặp sinh đôi": "the twins"}
_THEM_VI = {"them": "họ", "you two": "hai bạn", "the twins": "cặp sinh đôi"}
_APART = lazy(rf"{WHO}\s+(?:(?P<never>(?:không|chẳng)\s+bao\s+giờ)\s+|(?P<not>không|chẳng)\s+(?:thể\s+)?|"
              rf"(?P<ask>có)\s+|(?P<can>có\s+thể)\s+)?phân\s+biệt\s+được\s+(?P<them>{alternatives(_THEM)})"
              rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_HOW = lazy(rf"(?i:làm\s+(?:sao|thế\s+nào))\s+(?:để\s+)?(?:bạn\s+)?(?:có\s+thể\s+)?phân\s+biệt\s+(?:được\s+)?"
            rf"(?P<them>{alternatives(_THEM)}){SOFTENED_QUESTION}")
# which of two is older ("Trong hai bạn, ai lớn hơn?", "Ai lớn hơn trong hai người họ?")
_OF = {"hai bạn": "you", "hai người họ": "them", "hai đứa nó": "them", "cặp sinh đôi": "the twins"}
_OF_VI = {"you": "hai bạn", "you two": "hai bạn", "them": "hai người họ", "the twins": "cặp sinh đôi"}
_OLDER = lazy(rf"(?:(?i:trong)\s+(?P<of>{alternatives(_OF)})\s*,?\s+ai|(?i:ai)(?:\s+trong\s+(?P<of2>"
              rf"{alternatives(_OF)}))?)\s+(?:là\s+người\s+)?lớn\s+hơn(?:\s+trong\s+(?P<of3>{alternatives(_OF)}))?"
              rf"{SOFTENED_QUESTION}")
# looking exactly alike ("Họ trông giống hệt nhau.", "Hai đứa giống nhau như hai giọt nước.")
_ALIKE = lazy(rf"{_WHO_VI}\s+(?P<look>trông\s+)?giống\s+(?:(?P<exactly>hệt)\s+nhau|nhau(?P<drops>\s+như\s+(?:hai|2)"
              rf"\s+giọt\s+nước)?){SOFTENED_END}")
# twins in a family ("Gia đình tôi có gen sinh đôi.")
_GENES = lazy(rf"(?i:gia\s+đình|nhà)\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))\s+(?:(?P<not>không)\s+)?"
              rf"có\s+gen\s+sinh\s+đôi(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... and in English: who, with kids whose ("my two sons")
_WHO_EN = (rf"(?:(?P<kwhose>(?i:{alternatives(WHOSE_VI)}))\s+(?:(?P<two>two)\s+)?(?P<kids>{alternatives(_KIDS_VI)})|"
           rf"{WHO_EN})")
_IS_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{_WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?\s+(?:(?P<a>an?)\s+)?"
              r"(?:(?P<egg>identical|fraternal)\s+)?(?P<twin>twins?)(?:\s+(?P<sibs>brothers|sisters))?"
              r"\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<dont>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+have|"
               r"\s+(?P<have>has|have)|(?P<got>['’]ve|['’]s|\s+have|\s+has)\s+got)\s+an?\s+twin"
               r"(?:\s+(?P<sib>brother|sister))?\s*(?P<end>[.!?]*)")
_WHOSE_EN = lazy(rf"(?:(?P<this>This)\s+is|(?P<he>He)(?:['’]s|\s+is)|(?P<she>She)(?:['’]s|\s+is)|(?P<ask>Is)\s+"
                 rf"(?:(?P<he2>he)|(?P<she2>she))|(?P<given>{alternatives(GIVEN_EN)})\s+is)\s+(?P<whose>(?i:"
                 rf"{alternatives(WHOSE_VI)}))\s+twin(?:\s+(?P<sib>brother|sister))?\s*(?P<end>[.!?]*)")
_APART_EN = lazy(rf"(?:(?P<how>How)\s+do\s+you|(?:(?P<ask>Can)\s+)?{WHO_EN}(?:\s+(?P<not>can['’]t|cannot|"
                 rf"can\s+not)|\s+(?P<never>can\s+never)|\s+(?P<can>can))?)\s+tell\s+"
                 rf"(?P<them>{alternatives(_THEM_VI)})\s+apart\s*(?P<end>[.!?]*)")
_OLDER_EN = lazy(rf"Which\s+(?:one\s+)?of\s+(?P<of>{alternatives(_OF_VI)})\s+is\s+(?:the\s+)?older(?:\s+one)?\s*\?+")
_ALIKE_EN = lazy(rf"{_WHO_EN}(?:\s+look\s+(?:(?P<exactly>exactly|just)\s+alike|alike|"
                 r"(?P<identical>identical))|(?:['’]re|\s+are)\s+(?P<peas>like\s+two\s+peas\s+in\s+a\s+pod))"
                 r"\s*(?P<end>[.!?]*)")
_GENES_EN = lazy(rf"(?:(?P<do>Do)\s+)?[Tt]wins\s+(?:(?P<not>don['’]t|do\s+not)\s+)?run\s+in\s+"
                 rf"(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+family\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about twins in a family (who are twins, has a twin, tells them apart …); None
    for any other."""
    if src == "vi":
        return _is(text) or _has(text) or _whose(text) or _apart(text) or _older(text) or _alike(text) or _genes(text)
    return (_is_vi(text) or _has_vi(text) or _whose_vi(text) or _apart_vi(text) or _older_vi(text) or
            _alike_vi(text) or _genes_vi(text))


def _subject(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO_VI in English, and whether they are many: ("they", True), ("my two sons", True),
    ("my mother", False); None for one who may be many ("con tôi") or may be the speaker ("Anh …" said)."""
    if m["many"]:
        return _MANY[keyed(m["many"])], True
    if m["kids"]:
        two = "two " if keyed(m["two"]) == "hai" else ""
        return f"{OWNERS[keyed(m['kwhose'])]} {two}{_KIDS[keyed(m['kids'])]}", True
    said = who(m, asked)
    if said is None or m["kin"] and NAMED_WHO[keyed(m["kin"])] not in _ONE:
        return None
    return said[0], said[0] in ("they", "we")


def _sib(m: re.Match) -> str:
    """The brother or sister of a match of _SIB in English: "brother" ("em trai", "người anh em"), "sister", or ""
    for any ("anh chị em", "anh em" without "người")."""
    sib = keyed(m["sib"])
    return SIBS.get(f"người {sib}", SIBS[sib]) if m["person"] else SIBS[sib]


def _be(who_: str, many: bool, twin: str, no: bool) -> str:
    """A statement that who is, or is not (`no`), `twin`: "They're twins.", "My mother isn't a twin."."""
    be = "are" if many or who_ == "you" else "am" if who_ == "I" else "is"
    if no and who_ not in ("I", "you", "he", "she", "we", "they"):
        return capitalised(f"{who_} {be}n't {twin}.")
    return capitalised(contracted(who_, f"{be}{' not' * no} {twin}."))


def _is(text: str) -> str | None:
    """"Họ là anh em sinh đôi." as "They're twins.", "Mẹ tôi là sinh đôi." as "My mother is a twin.", "Các bạn có
    phải là sinh đôi không?" as "Are you twins?" (_IS); None for anything else, and for one with "anh em" ("Tôi là
    anh em sinh đôi.")."""
    m = _IS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and keyed(m["asked"] or "") != "không" or m["not"] and asked:
        return None
    if m["asked"] and keyed(m["asked"]) == "không" and not m["ask"] or (said := _subject(m, asked)) is None:
        return None
    who_, many = said
    if m["sib"] and (keyed(m["sib"]) == "con") == many:  # ("Tôi là con sinh đôi."; "Họ là anh em sinh đôi.")
        return None
    if m["kids"] and (keyed(m["kids"]), keyed(m["sib"] or "")) in _OTHER_SEX:  # ("Hai con trai tôi là chị em …")
        return None
    egg = f"{_EGGS[m['egg']]} " if m["egg"] else ""
    twin = f"{egg}twins" if many else f"{'an' if egg.startswith('i') else 'a'} {egg}twin"  # (a fraternal twin)
    if asked:
        return f"{'Are' if many or who_ == 'you' else 'Am' if who_ == 'I' else 'Is'} {who_} {twin}?"
    return _be(who_, many, twin, bool(m["not"]))


def _has(text: str) -> str | None:
    """"Tôi có một người em gái sinh đôi." as "I have a twin sister.", "Bạn có anh chị em sinh đôi không?" as "Do you
    have a twin?" (_HAS); None for anything else, for "a twin" said ("Tôi có anh em sinh đôi.": which?) and one said
    without "một" ("Tôi có em gái sinh đôi.": younger sisters?)."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and asked or (said := who(m, asked)) is None:
        return None
    sib = _sib(m)
    if said[0] in ("they", "we") or animal(m):
        return None
    if not (asked or m["not"] or sib and m["one"]):  # said, which and one ("Tôi có em gái sinh đôi.": twin sisters?)
        return None
    who_, one = said
    twin = f"a twin {sib}".rstrip()
    return present(who_, one, "have", twin, asked, bool(m["not"]))


def _whose(text: str) -> str | None:
    """"Cô ấy là em gái sinh đôi của tôi." as "She's my twin sister.", "Đây là anh trai sinh đôi của tôi." as "This is
    my twin brother." (_WHOSE; "chị em" of her, "anh em" of him); None for anything else, and where he is a sister or
    she a brother."""
    m = _WHOSE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    sib = _sib(m) or {"anh em": "brother" * bool(m["he"]), "chị em": "sister" * bool(m["she"])}.get(keyed(m["sib"]))
    if not sib or m["he"] and sib == "sister" or m["she"] and sib == "brother":
        return None
    twin = f"{OWNERS[keyed(m['whose'])]} twin {sib}"
    who_ = "this" if m["this"] else "he" if m["he"] else "she" if m["she"] else strip_marks(m["given"])
    if asked:
        return f"Is {who_} {twin}?"
    return f"{capitalised(who_)} is {twin}." if m["this"] or m["given"] else f"{capitalised(who_)}'s {twin}."


def _apart(text: str) -> str | None:
    """"Tôi không phân biệt được họ." as "I can't tell them apart.", "Bạn có phân biệt được họ không?" as "Can you
    tell them apart?", "Làm sao bạn phân biệt được họ?" as "How do you tell them apart?" (_APART, _HOW); None for
    anything else, and for you two told apart by you ("Làm sao để phân biệt được hai bạn?")."""
    if m := _HOW.fullmatch(text):  # (not "hai bạn": "How do you tell you two apart?")
        return None if (them := _THEM[keyed(m["them"])]) == "you two" else f"How do you tell {them} apart?"
    m = _APART.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked and not m["can"] or m["not"] and asked or (
            said := who(m, asked)) is None:
        return None
    them = _THEM[keyed(m["them"])]
    if said[0] == "you" and them == "you two" or said[0] == "they" and them == "them":
        return None  # ("hai bạn" of you; "họ" of they: each other?)
    if asked:
        return f"Can {said[0]} tell {them} apart?"
    can = "can never" if m["never"] else "can't" if m["not"] else "can"
    return capitalised(f"{said[0]} {can} tell {them} apart.")


def _older(text: str) -> str | None:
    """"Trong hai bạn, ai lớn hơn?" as "Which of you is older?" (_OLDER); None for anything else."""
    m = _OLDER.fullmatch(text)
    if not m or [bool(m[g]) for g in ("of", "of2", "of3")].count(True) != 1:
        return None
    return f"Which of {_OF[keyed(m['of'] or m['of2'] or m['of3'])]} is older?"


def _alike(text: str) -> str | None:
    """"Họ trông giống hệt nhau." as "They look exactly alike.", "Họ giống nhau như hai giọt nước." as "They're like
    two peas in a pod." (_ALIKE); None for anything else, and for one who is not many."""
    m = _ALIKE.fullmatch(text)
    if not m or "?" in m["end"] or not (m["exactly"] or m["drops"]) or (said := _subject(m, False)) is None:
        return None
    who_, many = said
    if not many or m["look"] and m["drops"]:
        return None
    if m["drops"]:
        return capitalised(contracted(who_, "are like two peas in a pod."))
    return capitalised(f"{who_} look exactly alike." if m["look"] else contracted(who_, "are exactly alike."))


def _genes(text: str) -> str | None:
    """"Gia đình tôi có gen sinh đôi." as "Twins run in my family.", "Gia đình bạn có gen sinh đôi không?" as "Do
    twins run in your family?" (_GENES); None for anything else."""
    m = _GENES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and asked:
        return None
    whose = OWNERS[keyed(m["whose"])]
    if asked:
        return f"Do twins run in {whose} family?"
    return "Twins don't run in " + f"{whose} family." if m["not"] else f"Twins run in {whose} family."


def _subject_vi(m: re.Match, two: bool = False) -> tuple[str, bool, bool]:
    """Who of a match of _WHO_EN in Vietnamese, whether English said it with "-s", and whether they are many:
    ("hai con trai tôi", False, True: two, said or as twins are), ("các con tôi", …), ("mẹ tôi", True, False)."""
    if m["kids"]:
        kids = f"{'hai' if two or m['two'] else 'các'} {_KIDS_VI[m['kids']]}"
        return f"{kids} {WHOSE_VI[m['kwhose'].lower()]}", False, True
    who_, one = who_vi(m)
    return who_, one, who_ in ("họ", "chúng tôi")


def _is_vi(text: str) -> str | None:
    """"They're twins." as "Họ là sinh đôi.", "Are they identical twins?" as "Họ có phải là sinh đôi cùng trứng
    không?", "I'm a twin." as "Tôi là sinh đôi." (_IS_EN); None for anything else, and where "is", "a" or "twins"
    does not agree with who, and for an animal ("My cat is a twin.")."""
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"]:
        return None
    if animal(m):  # ("My cat is a twin.": as vi→en leaves it)
        return None
    who_, one, many = _subject_vi(m, two=True)
    twins = m["twin"] == "twins" or bool(m["sibs"])  # ("twin sisters")
    if who_ == "bạn" and twins:  # ("Are you twins?")
        who_, many = "các bạn", True
    agrees = be_said(m["be0"] or m["be"]) == ("are" if many else be_of(who_, one)) and twins == many
    if not agrees or bool(m["a"]) == twins or (m["a"] and m["a"] != ("an" if m["egg"] == "identical" else "a")) or (
            m["sibs"] and m["twin"] == "twins"):
        return None
    sib = {"brothers": "anh em ", "sisters": "chị em "}.get(m["sibs"], "")
    twin = f"{sib}sinh đôi{' ' + _EGGS_VI[m['egg']] + ' trứng' if m['egg'] else ''}"
    if m["be0"]:
        return capitalised(f"{who_} có phải là {twin} không?")
    return capitalised(f"{who_} {'không phải ' if m['not'] else ''}là {twin}.")


def _has_vi(text: str) -> str | None:
    """"I have a twin brother." as "Tôi có một người anh em trai sinh đôi.", "Do you have a twin?" as "Bạn có anh chị
    em sinh đôi không?" (_HAS_EN); None for anything else, for "I have a twin." and where "has" does not agree."""
    m = _HAS_EN.fullmatch(text)
    # ("My dog has a twin brother.": as vi→en leaves it)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["have"] or "").lower() != "have" or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["do"] or m["dont"] or m["have"] or m["got"] or "").lower().replace("’", "'").split())
    if who_ in ("họ", "chúng tôi") or (aux in ("does", "has", "'s", "doesn't", "does not")) != one:
        return None
    sib = SIBS_VI[m["sib"] or ""]
    if m["do"]:
        return capitalised(f"{who_} có {sib} sinh đôi không?")
    if m["dont"]:
        return capitalised(f"{who_} không có {sib} sinh đôi.")
    return capitalised(f"{who_} có một người {sib} sinh đôi.") if m["sib"] else None


def _whose_vi(text: str) -> str | None:
    """"She's my twin." as "Cô ấy là người chị em sinh đôi của tôi.", "This is my twin brother." as "Đây là người
    anh em sinh đôi của tôi." (_WHOSE_EN); None for anything else, where he is a sister, and for "this" or a name
    without brother or sister."""
    m = _WHOSE_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    he, she = m["he"] or m["he2"], m["she"] or m["she2"]
    sib = m["sib"] or ("brother" if he else "sister" if she else None)
    if sib is None or he and sib == "sister" or she and sib == "brother":
        return None
    who_ = "Đây" if m["this"] else "anh ấy" if he else "cô ấy" if she else m["given"]
    twin = f"{_ONE_SIB_VI[sib]} sinh đôi của {WHOSE_VI[m['whose'].lower()]}"
    return capitalised(f"{who_} có phải là {twin} không?" if m["ask"] else f"{who_} là {twin}.")


def _apart_vi(text: str) -> str | None:
    """"I can't tell them apart." as "Tôi không phân biệt được họ.", "Can you tell them apart?" as "Bạn có phân biệt
    được họ không?" (_APART_EN); None for anything else, without "can" ("I tell them apart.") and for you two told
    apart by you ("How do you tell you two apart?")."""
    m = _APART_EN.fullmatch(text)
    if not m or bool(m["ask"] or m["how"]) != ("?" in m["end"]) or m["ask"] and (m["not"] or m["never"] or m["can"]):
        return None
    if not (m["how"] or m["ask"] or m["not"] or m["never"] or m["can"]):
        return None  # ("I tell them apart.": "được" says can)
    them = _THEM_VI[keyed(m["them"])]
    if m["how"]:
        return None if them == "hai bạn" else f"Làm sao bạn phân biệt được {them}?"
    who_, _ = who_vi(m)
    if who_ == "bạn" and them == "hai bạn" or who_ == "họ" and them == "họ":
        return None
    if m["ask"]:
        return capitalised(f"{who_} có phân biệt được {them} không?")
    can = "không bao giờ " if m["never"] else "không " if m["not"] else ""
    return capitalised(f"{who_} {can}phân biệt được {them}.")


def _older_vi(text: str) -> str | None:
    """"Which of you is older?" as "Trong hai bạn, ai lớn hơn?" (_OLDER_EN); None for anything else."""
    m = _OLDER_EN.fullmatch(text)
    return m and f"Trong {_OF_VI[keyed(m['of'])]}, ai lớn hơn?"


def _alike_vi(text: str) -> str | None:
    """"They look exactly alike." as "Họ trông giống hệt nhau.", "They're like two peas in a pod." as "Họ giống nhau
    như hai giọt nước." (_ALIKE_EN); None for anything else, and for one who is not many."""
    m = _ALIKE_EN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    who_, _, many = _subject_vi(m)
    if who_ == "bạn":
        who_, many = "các bạn", True
    if not many:
        return None
    if m["peas"]:
        return capitalised(f"{who_} giống nhau như hai giọt nước.")
    return capitalised(f"{who_} trông giống {'hệt ' if m['exactly'] or m['identical'] else ''}nhau.")


def _genes_vi(text: str) -> str | None:
    """"Twins run in our family." as "Gia đình chúng tôi có gen sinh đôi.", "Do twins run in your family?" as "Gia
    đình bạn có gen sinh đôi không?" (_GENES_EN); None for anything else."""
    m = _GENES_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    whose = WHOSE_VI[m["whose"].lower()]
    if m["do"]:
        return f"Gia đình {whose} có gen sinh đôi không?"
    return f"Gia đình {whose} {'không ' if m['not'] else ''}có gen sinh đôi."
