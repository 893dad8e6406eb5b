"""Blood groups, both ways, written whole by rule: someone's blood type said or asked, whether they know it, two
people with the same one, someone who needs blood of a type, and the type that can give to (or take from) anyone. v8
reads "nhóm máu" as a verb and "âm" as a letter, and writes "loại máu" for "blood type": "Tôi nhóm máu O." → "I group
the blood O.", "Tôi nhóm máu O âm." → "I group the blood OI.", "Mẹ tôi nhóm máu A." → "My mother was a group of
blood A.", "Bạn nhóm máu gì?" → "What group do you have blood?", "Bố tôi nhóm máu gì?" → "What do I group the
blood?", "Nhóm máu của cô ấy là B âm." → "Her blood group was Briton.", "Bạn có biết nhóm máu của mình không?" → "Do
you know my blood group?", "Chúng tôi cùng nhóm máu." → "We are the same group of blood.", "Bạn có phải nhóm máu O
không?" → "Do you have a blood group?", "Người nhóm máu O có thể cho máu tất cả mọi người." → "A blood group OI can
give blood all people."; "What's your blood type?" → "Loại máu của bạn là gì?", "My blood type is O positive." →
"Loại máu của tôi là dương tính.", "I'm O negative." → "Tôi tiêu cực.", "I'm type O." → "Tôi đã gõ O.", "She's A
positive." → "Cô ấy rất tích cực.", "Are you type O?" → "Bạn có gõ O không?", "Is your blood type O?" → "Loại máu
của bạn có thể không?", "People with type O can give to anyone." → "Người bị bệnh xương thủy tinh có thể cho bất kỳ
ai.".

Taken: a type of _GROUP (O, A, B, AB, with "Rh âm/dương", "+", "-", "positive", "negative"; or "Rh âm" alone) of who
(mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) said or asked ("Tôi nhóm máu O.", "Nhóm máu của mẹ tôi
là A.", "Bạn nhóm máu gì?", "Bạn có phải nhóm máu O không?"; "My blood type is A.", "I'm O negative.", "I have type A
blood.", "What blood type are you?"); who knows (not, asked) their own or someone's (mt.terms.OWNERS) blood type; who
(two joined by "và", "and"; we, they) has the same blood type (as whom, mt.hobbies.WHOM); who needs blood of a type
(what type, asked); people of a type who can give blood to, or take it from, anyone. Left: blood given and blood
tests (mt/jabs.py), blood pressure (mt/check_ups.py, mt/conditions.py), a transfusion, a type said without "nhóm
máu" ("Tôi máu O."), "I'm O." and "I'm A positive" without a capital, "a blood" (the article), "type A" or "type B"
without "blood" or Rh (a personality), a name knowing "his", "her" blood type, "you" alone with the same type, one
the same as themselves, "we" or "they" one of two ("Chúng tôi và họ"), the past, and anything else.
mt.phrasebook.translate tries these after mt/animal_noises.py.

    >>> translate("Tôi nhóm máu O âm.", "vi", "en"), translate("What's your blood type?", "en", "vi")
    ('My blood type is O negative.', 'Nhóm máu của bạn là gì?')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, his_her_of, own_thing, someone,
                      who, who_vi)
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhóm\s+máu|máu\s+nhóm|cần\s+máu)"),
         "en": lazy(r"(?i:blood|type\s+(?:ab|a|b|o)\b|\b(?:ab|a|b|o)\s*(?:rh\s*)?(?:positive|negative|[+-])|\brh\b)")}

# a blood type: a letter with its Rh or not, or the Rh alone ("O âm", "A+", "AB", "Rh âm"; "O negative", "Rh-negative")
_GROUP = (r"(?:(?P<g>(?i:ab|a|b|o))(?:\s*(?P<sign>[+-])|\s+(?:Rh\s*)?(?P<rh>âm|dương)(?:\s+tính)?|\s+Rh\s*"
          r"(?P<rhs>[+-]))?|Rh\s*(?:(?P<rh2>âm|dương)(?:\s+tính)?|(?P<rhs2>[+-])))(?!\w)")
_GROUP_EN = (r"(?:(?P<g>(?i:ab|a|b|o))(?:\s*(?P<sign>[+-])|\s+(?:Rh[\s-]?)?(?P<rh>(?i:positive|negative)))?|"
             r"Rh[\s-]?(?:(?P<rh2>(?i:positive|negative))|(?P<rhs2>[+-])))(?!\w)")
_NEGATIVE = {"-", "âm", "negative"}
_END = r"(?:\s+(?P<asked>không)|\s+(?P<a>à))?" + SOFTENED_END

# whose blood type, said or asked ("Tôi nhóm máu O.", "Bạn thuộc nhóm máu gì?", "Nhóm máu của mẹ tôi là A.")
_IS = [lazy(rf"{WHO}\s+(?:(?P<verb>có\s+phải(?:\s+là)?|có|thuộc|là)\s+)?nhóm\s+máu\s+(?:{_GROUP}|(?P<what>gì|nào))"
            rf"{_END}"),
       lazy(rf"[Nn]hóm\s+máu\s+(?:của\s+)?{WHO}\s+(?P<verb>(?:có\s+phải\s+)?là)\s+(?:{_GROUP}|(?P<what>gì))"
            rf"{_END}")]
# who knows their blood type ("Bạn có biết nhóm máu của mình không?", "Tôi không biết mình nhóm máu gì.")
_KNOW = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?biết\s+(?:nhóm\s+máu\s+(?:của\s+)?(?:(?P<own>mình)|"
             rf"{OWNER})|(?P<own2>mình)\s+(?:thuộc\s+)?nhóm\s+máu\s+(?:gì|nào))(?:\s+(?P<asked>không))?{SOFTENED_END}")
# who have the same one ("Chúng tôi cùng nhóm máu.", "Tôi có cùng nhóm máu với mẹ tôi.")
_SAME = lazy(rf"(?P<subject>[^\W\d_][\w ]*?)\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?cùng\s+nhóm\s+máu"
             rf"(?:\s+(?:với|như)\s+{WHOM})?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# who needs blood of a type ("Anh ấy cần máu nhóm B.", "Anh ấy cần nhóm máu gì?")
_NEED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|đang\s+)?cần\s+(?:máu\s+nhóm|nhóm\s+máu|máu)\s+(?:{_GROUP}|(?P<what>gì|nào))"
             rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# people of a type who can give to anyone, or take from anyone
_ANYONE = lazy(rf"(?i:(?:những\s+)?người\s+(?:có\s+|thuộc\s+)?)?(?i:nhóm\s+máu|máu\s+nhóm)\s+{_GROUP}\s+có\s+thể\s+"
               r"(?:(?P<give>cho|hiến|truyền)\s+máu\s+(?:cho\s+)?|(?P<take>nhận)\s+máu\s+(?:của|từ)\s+)"
               r"(?P<all>bất\s+kỳ\s+ai|bất\s+cứ\s+ai|mọi\s+người|tất\s+cả\s+mọi\s+người)\s*(?P<end>[.!]*)")
_ANYONE_EN = {"bất kỳ ai": "anyone", "bất cứ ai": "anyone", "mọi người": "everyone", "tất cả mọi người": "everyone"}
_ANYONE_VI = {"anyone": "bất kỳ ai", "anybody": "bất kỳ ai", "everyone": "tất cả mọi người",
              "everybody": "tất cả mọi người"}

# ... and in English
_TYPE = r"blood\s+(?:type|group)"
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_OF_EN = [lazy(rf"{_WHOSE_EN}\s+{_TYPE}(?:\s+is|['’]s)\s+{_GROUP_EN}\s*(?P<end>[.!]*)"),
          lazy(rf"(?P<what>What)(?:['’]s|\s+is)\s+{_WHOSE_EN}\s+{_TYPE}\s*\?+"),
          lazy(rf"(?P<is>Is)\s+{_WHOSE_EN}\s+{_TYPE}\s+{_GROUP_EN}\s*\?+")]
_PRE = r"(?P<pre>(?:blood\s+)?(?:type|group)\s+)?"  # ("type O", "blood type O"; "O blood" with _POST)
_POST = r"(?P<post>\s+blood)?"
_BE_EN = [lazy(rf"{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)\s+{_PRE}{_GROUP_EN}\s*(?P<end>[.!]*)"),
          lazy(rf"(?P<be>Are|Is|Am)\s+{WHO_EN}\s+{_PRE}{_GROUP_EN}\s*(?P<end>\?+)"),
          lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?P<have>have|has)\s+{_PRE}{_GROUP_EN}{_POST}\s*(?P<end>[.!?]*)"),
          lazy(rf"What\s+{_TYPE}\s+(?P<be>are|is|am)\s+{WHO_EN}\s*(?P<end>\?+)"),
          lazy(rf"What\s+(?:{_TYPE}|type\s+of\s+blood)\s+(?P<do>do|does)\s+{WHO_EN}\s+(?P<have>have)\s*(?P<end>\?+)")]
_KNOW_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<know>knows?)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+{_TYPE}\s*(?P<end>[.!?]*)")
_SAME_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?(?P<subject>[A-Za-z][\w ]*?)(?:\s+(?P<have>have|has)|(?P<are>\s+are|['’]re))"
                rf"\s+the\s+same\s+{_TYPE}(?:\s+as\s+{WHOM_EN})?\s*(?P<end>[.!?]*)")
_NEED_EN = [lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?P<need>needs?)\s+{_PRE}{_GROUP_EN}{_POST}\s*(?P<end>[.!?]*)"),
            lazy(rf"What\s+(?:{_TYPE}|type\s+of\s+blood)\s+(?P<do>do|does)\s+{WHO_EN}\s+(?P<need>need)\s*(?P<end>\?+)")]
_ANYONE_EN_ = lazy(rf"(?:People|Those|Anyone)\s+with\s+{_PRE}{_GROUP_EN}{_POST}\s+can\s+(?:(?P<give>give|donate)"
                   r"(?:\s+blood)?\s+to|(?P<take>receive|take)(?:\s+blood)?\s+from)\s+"
                   r"(?P<all>anyone|anybody|everyone|everybody)\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks someone's blood type, whether they know it, who has the same
    one, who needs blood of a type, or which type gives to anyone; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _is(text) or _know(text) or _same(text) or _need(text) or _anyone(text)
    return _of_vi(text) or _be_vi(text) or _know_vi(text) or _same_vi(text) or _need_vi(text) or _anyone_vi(text)


def _group(m: re.Match, tgt: str) -> str:
    """The blood type of a match of _GROUP or _GROUP_EN in `tgt`: "O negative", "AB", "Rh negative" (en); "O Rh âm",
    "AB", "Rh âm" (vi)."""
    signed = m["sign"] or m.groupdict().get("rhs") or m["rh"] or m["rh2"] or m["rhs2"]
    rh = "" if not signed else ("negative" if signed.lower() in _NEGATIVE else "positive") if tgt == "en" else (
        "Rh âm" if signed.lower() in _NEGATIVE else "Rh dương")
    if not m["g"]:
        return f"Rh {rh}" if tgt == "en" else rh
    return f"{m['g'].upper()} {rh}".rstrip()


def _whose(who_: str) -> str:
    """Whose in English of who `who_` says: "I" "my", "my mother" "my mother's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _is(text: str) -> str | None:
    """"Tôi nhóm máu O." as "My blood type is O.", "Bạn nhóm máu gì?" as "What's your blood type?", "Bạn có phải
    nhóm máu O không?" as "Is your blood type O?", "Tôi nhóm máu Rh âm." as "I'm Rh negative.", "Bạn có phải nhóm
    máu Rh âm không?" as "Are you Rh negative?" (_IS); None for anything else, and for "anh" … alone saying it."""
    m = next((m for p in _IS if (m := p.fullmatch(text))), None)
    if not m or not _asked_right(m, keyed(m["verb"] or "")) or (said := who(m, "?" in m["end"])) is None:
        return None
    whose = _whose(said[0])
    if m["what"]:
        return capitalised(f"What's {whose} blood type?")
    group = _group(m, "en")
    if not m["g"]:  # Rh is not a blood type ("I'm Rh negative.", "Are you Rh negative?")
        if "?" in m["end"]:
            return capitalised(f"{be(said[0])} {said[0]} {group}?")
        return capitalised(contracted(said[0], f"{be(said[0])} {group}."))
    if "?" in m["end"]:
        return capitalised(f"Is {whose} blood type {group}?")
    return capitalised(f"{whose} blood type is {group}.")


def _asked_right(m: re.Match, verb: str) -> bool:
    """Whether a match of _IS asks as Vietnamese asks: "gì" ("Bạn có nhóm máu gì?" too), "có (phải) … không", "… à";
    or says it, without "có phải"."""
    asked, sure = "?" in m["end"], "phải" in verb
    if m["what"]:
        return asked and not (m["asked"] or m["a"] or sure)
    if m["asked"]:
        return asked and verb in ("có", "có phải", "có phải là")
    return asked == bool(m["a"]) and not sure


def _own(m: re.Match, who_: str) -> str | None:
    """Whose in English the blood type of a match of _KNOW is, who being `who_`: "của mình" the subject's own ("my",
    "her" after "mẹ tôi"; None where English does not know which: a name alone, "con tôi"), else the owner's."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    if m["someone"]:
        return (said := someone(m["someone"], "vi")) and f"{said}'s"
    if who_ in EN_WHOSE:
        return EN_WHOSE[who_]
    return his_her_of(m) if m["kin"] or m["title"] else None


def _know(text: str) -> str | None:
    """"Bạn có biết nhóm máu của mình không?" as "Do you know your blood type?", "Tôi không biết mình nhóm máu gì."
    as "I don't know my blood type." (_KNOW); None for anything else."""
    m = _KNOW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    whose = _own(m, who_)
    if whose is None:
        return None
    return present(who_, one, "know", f"{whose} blood type", asked, bool(m["not"]))


def _people(subject: str, asked: bool, lang: str) -> tuple[str, bool, bool] | None:
    """Who of a subject, two joined by "và" (`lang` "vi") or "and" ("en") or one, in the other language, whether
    English says it with "-s", and whether it is more than one: ("My sister and I", False, True) for "Tôi và em gái
    tôi", ("tôi và em gái tôi", False, True) for "my sister and I", ("we", False, True) for "chúng tôi"; None for
    anyone WHO or WHO_EN does not read, "anh" … alone saying it, and "we" or "they" as one of two ("Chúng tôi và
    họ")."""
    said = []
    for part in re.split(r"\s+(?:và|and)\s+", subject):
        m = re.fullmatch(WHO if lang == "vi" else WHO_EN, part)
        one = m and (who(m, asked) if lang == "vi" else who_vi(m))
        if not one:
            return None
        said.append(one)
    if len(said) == 1:
        return said[0][0], said[0][1], said[0][0] in _MANY
    names = [w for w, _ in said]
    # "we" or "they" as one of two is nonsense or unnatural ("Tôi và chúng tôi", "Chúng tôi và họ")
    if len(names) > 2 or names[0] == names[1] or _MANY.intersection(names):
        return None
    if lang == "vi":  # ("my sister and I"; "tôi và em gái tôi")
        names.sort(key=lambda w: w == "I")
        return f"{names[0]} and {names[1]}", False, True
    names.sort(key=lambda w: w != "tôi")
    return f"{names[0]} và {names[1]}", False, True


# who are many, as _people gives them ("we" of "chúng tôi", "chúng tôi" of "we")
_MANY = {"we", "they", "chúng tôi", "chúng ta", "họ"}
# who as whom in English, to see one the same as themselves ("Tôi cùng nhóm máu với tôi.")
_AS_WHOM = {"I": "me", "we": "us", "he": "him", "she": "her", "they": "them"}


def _same(text: str) -> str | None:
    """"Chúng tôi cùng nhóm máu." as "We have the same blood type.", "Tôi có cùng nhóm máu với mẹ tôi." as "I have
    the same blood type as my mother.", "Bạn và em gái bạn có cùng nhóm máu không?" as "Do you and your sister have
    the same blood type?" (_SAME); None for anything else, for one alone with no one to be the same as, and for one
    the same as themselves ("Tôi cùng nhóm máu với tôi.")."""
    m = _SAME.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and asked:
        return None
    said = _people(m["subject"], asked, "vi")
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if not said or ((whom is None or said[2]) if m["whom"] else not said[2]):
        return None
    who_, one, _ = said
    # the same one on both sides ("Tôi … với tôi", "Tôi … với mình": "mình" as whom is "me")
    if whom and _AS_WHOM.get(who_, who_) == whom:
        return None
    as_ = f" as {whom}" if whom else ""
    return present(who_, one, "have", f"the same blood type{as_}", asked, bool(m["not"]))


def _need(text: str) -> str | None:
    """"Anh ấy cần máu nhóm B." as "He needs type B blood.", "Anh ấy cần nhóm máu gì?" as "What blood type does he
    need?", "Bạn có cần máu nhóm O không?" as "Do you need type O blood?" (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or asked != bool(m["what"] or m["asked"]) or bool(m["ask"]) != bool(m["asked"]) or m["what"] and m[
            "ask"] or (said := who(m, asked)) is None:
        return None
    who_, one = said
    if m["what"]:
        return f"What blood type {'does' if one else 'do'} {who_} need?"
    blood = f"type {_group(m, 'en')} blood" if m["g"] else f"{_group(m, 'en')} blood"
    return present(who_, one, "need", blood, asked)


def _anyone(text: str) -> str | None:
    """"Người nhóm máu O có thể cho máu tất cả mọi người." as "People with type O blood can give blood to everyone.",
    "Người nhóm máu AB có thể nhận máu từ bất kỳ ai." as "… can receive blood from anyone." (_ANYONE)."""
    m = _ANYONE.fullmatch(text)
    if not m or not m["g"]:
        return None
    done = "give blood to" if m["give"] else "receive blood from"
    return f"People with type {_group(m, 'en')} blood can {done} {_ANYONE_EN[keyed(m['all'])]}."


def _owner_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese: "my" "tôi", "my mother's" "mẹ tôi", "Lan's" "Lan"."""
    if m["owner"]:
        return WHOSE_VI[m["owner"].lower()]
    return someone(m["someone"], "en")


def _of_vi(text: str) -> str | None:
    """"My blood type is A." as "Nhóm máu của tôi là A.", "What's your blood type?" as "Nhóm máu của bạn là gì?",
    "Is your blood type O?" as "Nhóm máu của bạn có phải là O không?" (_OF_EN); None for anything else."""
    m = next((m for p in _OF_EN if (m := p.fullmatch(text))), None)
    if not m or (whose := _owner_vi(m)) is None:
        return None
    if m.re == _OF_EN[1]:
        return f"Nhóm máu của {whose} là gì?"
    if m.re == _OF_EN[2]:
        return f"Nhóm máu của {whose} có phải là {_group(m, 'vi')} không?"
    return f"Nhóm máu của {whose} là {_group(m, 'vi')}."


def _be_vi(text: str) -> str | None:
    """"I'm O negative." as "Tôi nhóm máu O Rh âm.", "Are you type O?" as "Bạn có phải nhóm máu O không?", "I have
    type A blood." as "Tôi nhóm máu A.", "What blood type are you?" as "Bạn nhóm máu gì?" (_BE_EN); None for anything
    else, where the verb does not agree with who, for a letter alone with no "type" ("I'm A.", "I'm a positive"), and
    for a type English may mean otherwise (_loose: "I have a blood.", "I'm type A.")."""
    m = next((m for p in _BE_EN if (m := p.fullmatch(text))), None)
    if not m or not _agrees(m):
        return None
    who_ = who_vi(m)[0]
    if "g" not in m.re.groupindex:
        return capitalised(f"{who_} nhóm máu gì?")
    post = m.groupdict().get("post")
    if _loose(m, True) or m["pre"] and post and "blood" in m["pre"] or not (m["pre"] or post or (
            "be" in m.re.groupindex and (m["rh2"] or m["rhs2"] or m["g"].isupper() and (m["sign"] or m["rh"])))):
        return None
    group = _group(m, "vi")
    return capitalised(f"{who_} có phải nhóm máu {group} không?" if "?" in m["end"] else f"{who_} nhóm máu {group}.")


def _loose(m: re.Match, typed: bool) -> bool:
    """Whether the type of a match of _BE_EN, _NEED_EN or _ANYONE_EN_ may be meant otherwise: a letter in lower case
    with no "type" before it (the article: "I have a blood."), or, where `typed`, "type A" or "type B" with no "blood"
    and no Rh (a personality, a plug: "I'm type A.").

    >>> [_loose(_BE_EN[2].fullmatch(s), True) for s in ("I have a blood.", "I have A blood.", "I have type A.")]
    [True, False, True]
    """
    if not m["g"]:
        return False
    if not m["pre"]:
        return not m["g"].isupper()
    said_blood = "blood" in m["pre"] or m.groupdict().get("post") or m["sign"] or m["rh"]
    return typed and m["g"].upper() in ("A", "B") and not said_blood


def _agrees(m: re.Match) -> bool:
    """Whether "is", "has", "does" … of a match of _BE_EN agree with who, and "do" is said asking."""
    one, said = who_vi(m)[1], m.groupdict()
    if said.get("be"):
        return be_agrees(m, m["be"])
    do, have = (said.get("do") or "").lower(), said.get("have")
    if do:
        return (do == "does") == one and have == "have" and "?" in m["end"]
    return (have == "has") == one and "?" not in m["end"]


def _know_vi(text: str) -> str | None:
    """"Do you know your blood type?" as "Bạn có biết nhóm máu của mình không?", "I don't know my blood type." as
    "Tôi không biết nhóm máu của mình." (_KNOW_EN); None for anything else, where "does", "knows" does not agree, and
    for "his", "her" that may be another's (after a name too: "Lan knows his blood type.")."""
    m = _KNOW_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    if (aux.startswith("does") if aux else m["know"] == "knows") != one or aux and m["know"] == "knows" or (
            m["do"] and m["not"]) or (own := own_thing(m, who_, one)) is None:
        return None
    # a name with "his", "her": own or another's? ("Minh knows her blood type."; _own refuses "Minh … của mình")
    if m["given"] and m["owner"].lower() in ("his", "her"):
        return None
    whose = "mình" if own else WHOSE_VI[m["owner"].lower()]
    if m["do"]:
        return capitalised(f"{who_} có biết nhóm máu của {whose} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}biết nhóm máu của {whose}.")


def _same_vi(text: str) -> str | None:
    """"We have the same blood type." as "Chúng tôi có cùng nhóm máu.", "I have the same blood type as my mother." as
    "Tôi có cùng nhóm máu với mẹ tôi.", "Do you and your sister have the same blood type?" as "Bạn và em gái bạn có
    cùng nhóm máu không?" (_SAME_EN); None for anything else, where the verb does not agree, for "you" alone, and
    for one the same as themselves ("I … as me", "She … as her")."""
    m = _SAME_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and not m["have"]:
        return None
    said = _people(m["subject"], m["do"] is not None, "en")
    whom = m["whom"] and as_whom(m["whom"], "en")
    if not said or ((whom is None or said[2] or m["are"]) if m["whom"] else not said[2]):
        return None
    who_, one, _ = said
    # the same one on both sides ("I … as me"), or "her" of another woman ("She … as her")
    if whom and keyed(whom) == keyed(who_):
        return None
    verb = (m["do"] or m["have"] or "").lower()
    if m["do"] and m["have"] != "have" or m["are"] and (m["do"] or not said[2]) or verb and (
            verb in ("has", "does")) != one:
        return None
    with_ = f" với {whom}" if whom else ""
    return capitalised(f"{who_} có cùng nhóm máu{with_}{' không?' if m['do'] else '.'}")


def _need_vi(text: str) -> str | None:
    """"He needs type B blood." as "Anh ấy cần máu nhóm B.", "What blood type does he need?" as "Anh ấy cần nhóm
    máu gì?" (_NEED_EN); None for anything else, where "needs" or "does" does not agree with who, and for a type
    English may mean otherwise (_loose: "He needs a blood.", "He needs type A.")."""
    m = next((m for p in _NEED_EN if (m := p.fullmatch(text))), None)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if (m["do"].lower() == "does" if m["do"] else m["need"] == "needs") != one or m["do"] and m["need"] == "needs":
        return None
    if m.re == _NEED_EN[1]:
        return capitalised(f"{who_} cần nhóm máu gì?")
    if not (m["pre"] or m["post"]) or m["pre"] and m["post"] and "blood" in m["pre"] or _loose(m, True):
        return None
    blood = f"máu nhóm {_group(m, 'vi')}" if m["g"] else f"máu {_group(m, 'vi')}"
    return capitalised(f"{who_} có cần {blood} không?" if m["do"] else f"{who_} cần {blood}.")


def _anyone_vi(text: str) -> str | None:
    """"People with type O blood can give blood to anyone." as "Người nhóm máu O có thể cho máu bất kỳ ai.", "…
    can receive blood from anyone." as "Người nhóm máu AB có thể nhận máu từ bất kỳ ai." (_ANYONE_EN_)."""
    m = _ANYONE_EN_.fullmatch(text)
    # ("People with a blood …": the article is no type; "with type A can give" is of blood, so not typed)
    if not m or not m["g"] or not (m["pre"] or m["post"]) or m["pre"] and m["post"] and "blood" in m["pre"] or (
            _loose(m, False)):
        return None
    done = "cho máu" if m["give"] else "nhận máu từ"
    return f"Người nhóm máu {_group(m, 'vi')} có thể {done} {_ANYONE_VI[m['all']]}."
