"""Hair going, greying or shaved off, both ways, written whole by rule: going bald, gone bald, hair going grey, a lot
of grey hair, hair falling out, a head shaved or kept shaved, a grey hair found. v8 reads "hói" as the speaker's,
"bạc" as silver, "rụng" as thin, and back "going" as walking, "grey" as happy or a falling out, "shave" as pouring:
"Bố tôi bắt đầu hói." → "I started balding.", "Bố tôi đang bị hói." → "I'm balding.", "Tóc tôi bắt đầu bạc." → "My
hair began to silver.", "Tóc mẹ tôi bắt đầu bạc." → "My mother began to silver.", "Mẹ tôi tóc bạc nhiều." → "My mother
was much silver.", "Tóc tôi bị rụng." → "My hair is thin.", "Tóc bạn có bị rụng không?" → "Are you ovulation?",
"Anh ấy đầu trọc." → "He was insisted.", "Anh ấy vừa cạo trọc đầu." → "He shameed his head."; "My father is going
bald." → "Cha tôi đang đi hói.", "My hair is going grey." → "Tóc của tôi đang rụng tóc.", "My mother is going grey."
→ "Mẹ tôi đang tỏ ra vui vẻ.", "She has a lot of grey hair." → "Cô ấy có nhiều mái tóc.", "Her hair is falling out."
→ "Tóc tóc rụng.", "He shaved his head." → "Anh ấy rót đầu.", "He has a shaved head." → "Anh ta vừa lén đầu.", "She
found a grey hair." → "Cô ấy tìm thấy một mái tóc.".

Taken: who (mt.hobbies.WHO, WHO_EN; whose hair by mt.hobbies.OWNER, "Tóc mẹ tôi", "my mother's hair") is going bald
("bắt đầu", "đang", "dần" … "hói"; asked), has gone bald ("hói rồi"), is bald ("bị hói đầu", "has a bald head"); whose
hair is going grey ("I'm going grey." as "Tóc tôi bắt đầu bạc."), has started to, has gone very grey ("bạc nhiều");
who has a lot of grey hair ("có nhiều tóc bạc", "tóc bạc nhiều"; asked), is starting to get grey hairs; whose hair is
falling out, a lot, lately ("Dạo này"), starting to, asked, asked why ("Sao tóc tôi rụng nhiều thế?"), who is losing
their hair; who shaved their head, has, has just, is going to, wants to; has a shaved head ("đầu trọc"); found a grey
hair, their first. "grey" is written, "gray" read. Left: "anh", "chị", "em" alone saying it (mt.hobbies.who), a name
alone where his or her head is said, pets, plain bald and grey ("Anh ấy bị hói.", "Tóc bố tôi bạc rồi.", "He has grey
hair.": mt/features.py), "cạo đầu" with no word of tense (a habit?), "thấy" without "vừa" (saw or found?), haircuts,
dyeing (mt/haircuts.py), beards shaved (mt/makeup.py), and anything else.
mt.phrasebook.translate tries these after mt/tattoos.py.

    >>> translate("Bố tôi bắt đầu hói.", "vi", "en"), translate("My hair is going grey.", "en", "vi")
    ('My father is going bald.', 'Tóc tôi bắt đầu bạc.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_of, his_her_of, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hói|bạc|rụng|trọc|cạo\s+đầu)"),
         "en": lazy(r"(?i:bald|gr[ae]y|falling\s+out|fall\s+out|losing|shav)")}
_PETS = {"cat", "dog", "chó", "mèo"}  # (fur, not hair: "rụng lông")

_START = r"(?P<start>bắt\s+đầu|đang(?:\s+dần)?|dần)"
# who is going bald, has gone bald, is bald ("Bố tôi bắt đầu hói.", "Ông tôi hói đầu rồi.", "Anh ấy bị hói đầu.")
_BALD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:{_START}\s+)?(?:(?P<bi>bị)\s+)?hói(?P<head>\s+đầu)?"
             rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
# whose hair is going grey ("Tóc tôi bắt đầu bạc.", "Tóc cô ấy bạc nhiều rồi.")
_GREY = lazy(rf"[Tt]óc\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?(?:{_START}\s+)?bạc"
             rf"(?:\s+(?P<much>nhiều))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# who has a lot of grey hair, is starting to get some ("Cô ấy có nhiều tóc bạc.", "Tôi bắt đầu có tóc bạc.")
_MANY = lazy(rf"{WHO}\s+(?:có\s+nhiều\s+tóc\s+bạc|tóc\s+bạc\s+nhiều|(?P<start>bắt\s+đầu)\s+có\s+tóc\s+"
             rf"bạc)(?:\s+(?P<so>quá|lắm|rồi))?{ASKED_END}")
# whose hair is falling out, who is losing it ("Tóc tôi rụng nhiều quá.", "Dạo này tôi bị rụng tóc nhiều.")
_OPEN = r"(?:(?P<why>(?:[Tt]ại\s+)?[Ss]ao)\s+|(?P<lately>[Dd]ạo\s+này|[Gg]ần\s+đây)\s+)?"
_MUCH = r"(?:\s+(?P<much>nhiều)(?:\s+(?:quá|lắm))?)?"
_FALLING = lazy(rf"{_OPEN}[Tt]óc\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?(?:{_START}\s+)?(?:bị\s+)?"
                rf"rụng{_MUCH}{ASKED_END}")
_LOSING = lazy(rf"{_OPEN}{WHO}\s+(?:(?P<ask>có)\s+)?(?:{_START}\s+)?(?:bị\s+)?rụng\s+tóc{_MUCH}{ASKED_END}")
# who shaved their head, will, wants to ("Anh ấy vừa cạo trọc đầu."; "cạo đầu" with a word of tense only)
_SHAVE = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã|sẽ|định|muốn)\s+)?cạo\s+(?:(?P<bare>trọc)"
              rf"(?:\s+đầu)?|đầu)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_SHAVEN = lazy(rf"{WHO}\s+(?:(?:để|có(?:\s+(?:một\s+)?cái)?)\s+)?đầu\s+trọc{SOFTENED_END}")
# who found a grey hair ("Cô ấy tìm thấy một sợi tóc bạc.", "Tôi vừa thấy sợi tóc bạc đầu tiên.")
_FOUND = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+)?(?P<verb>tìm\s+thấy|phát\s+hiện"
              r"(?:\s+ra)?|thấy)\s+(?:(?P<one>một)\s+)?sợi\s+tóc\s+bạc(?:\s+(?P<first>đầu\s+tiên))?"
              rf"{SOFTENED_END}")

# ... and in English (whose hair: "my", "my mother's", "Lan's")
_GREY_EN = r"gr[ae]y"
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_GOING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}(?(be0)|{BE_EN})\s+(?:(?P<bald>going\s+bald|"
                 rf"balding)|(?:going|turning)\s+{_GREY_EN})\s*(?P<end>[.!?]*)")
_HAVE_EN = r"(?P<have>\s+has|\s+have|['’]s\s+got|['’]ve\s+got|\s+has\s+got|\s+have\s+got)"
_HAS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?(do)\s+have|{_HAVE_EN})\s+(?:a\s+lot\s+of|lots\s+of|"
               rf"(?P<kind>a\s+(?:shaved|bald)\s+head))(?(kind)|\s+{_GREY_EN}\s+hair)\s*(?P<end>[.!?]*)")
_STATE_EN = lazy(rf"{WHO_EN}(?:(?P<gone>['’]s|['’]ve|\s+has|\s+have)\s+gone\s+bald|{BE_EN}\s+(?:"
                 rf"losing\s+(?P<owner>{WHOSE_WORDS})\s+hair|(?P<start>starting)\s+to\s+get\s+"
                 rf"{_GREY_EN}\s+hairs))\s*(?P<end>[.!]*)")
_HAIR_EN = lazy(rf"(?:(?P<why>Why)\s+)?(?:(?P<be0>[Ii]s)\s+)?{_WHOSE_EN}\s+hair(?:(?P<be>\s+is|['’]s)|"
                r"(?P<been>\s+has\s+been|['’]s\s+been)|(?P<gone>\s+has\s+gone|['’]s\s+gone))?\s+(?:"
                rf"(?P<grey>going|turning)\s+{_GREY_EN}|(?P<very>very\s+{_GREY_EN})|(?P<start>starting"
                r"\s+to\s+fall\s+out)|falling\s+out(?P<much>\s+a\s+lot|\s+so\s+much)?)"
                r"(?P<lately>\s+lately|\s+recently)?\s*(?P<end>[.!?]*)")
_SHAVE_EN = lazy(rf"{WHO_EN}(?P<aux>(?P<has>['’]s|['’]ve|\s+has|\s+have)?(?P<just>\s+just)?|['’]ll|"
                 rf"\s+will|{BE_EN}\s+going\s+to|(?P<want>\s+wants?)\s+to|['’]d\s+like\s+to|\s+would\s+"
                 rf"like\s+to)\s+(?P<verb>shaved|shave)\s+(?P<owner>{WHOSE_WORDS})\s+(?P<head>heads?)"
                 r"\s*(?P<end>[.!]*)")
_FOUND_EN = lazy(rf"{WHO_EN}(?P<has>['’]s|['’]ve|\s+has|\s+have)?(?P<just>\s+just)?\s+found\s+(?:a|"
                 rf"(?P<owner>{WHOSE_WORDS})\s+(?P<first>first))\s+{_GREY_EN}\s+hair\s*(?P<end>[.!]*)")
_ONE = {"has": True, "'s": True, "have": False, "'ve": False, "does": True, "do": False}  # (by who: "she has")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks that someone is going bald or grey, is losing their hair,
    shaved their head or found a grey hair; None for any other."""
    if src == "vi":
        return _bald(text) or _grey(text) or _many(text) or _falling(text) or _shave(text) or _found(text)
    text = text.replace("’", "'")
    return _going_vi(text) or _has_vi(text) or _state_vi(text) or _hair_vi(text) or _shave_vi(text) or \
        _found_vi(text)


def _pet(said: str) -> bool:
    """Whether who, in either language, is a pet ("my dog", "con chó tôi")."""
    return not _PETS.isdisjoint(said.split())


def _asked(m: re.Match | None) -> bool | None:
    """Whether a match asks ("không" and "?", "có" before it or not); None for no match, "?" without "không", or
    "có" without it."""
    if m is None:
        return None
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m.groupdict().get("ask") and not asked else asked


def _who(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of WHO in English and "is", "am" or "are" after them ("my father", "is"); None where who is
    not known (mt.hobbies.who) or is a pet."""
    said = who(m, asked)
    return None if said is None or _pet(said[0]) else (said[0], be(said[0]))


def _has(be_: str) -> str:
    """"has" or "have" as English says it after who that takes `be_` ("is": "has")."""
    return "has" if be_ == "is" else "have"


def _bald(text: str) -> str | None:
    """"Bố tôi bắt đầu hói." as "My father is going bald.", "Bạn có đang bị hói không?" as "Are you going bald?",
    "Ông tôi hói đầu rồi." as "My grandfather has gone bald.", "Anh ấy bị hói đầu." as "He's bald." (_BALD); None
    for anything else, and for "bị hói", "hói đầu" plain (mt/features.py's)."""
    m = _BALD.fullmatch(text)
    if (asked := _asked(m)) is None or (said := _who(m, asked)) is None or asked and m["done"]:
        return None
    who_, be_ = said
    if m["start"]:
        if m["done"] and keyed(m["start"]) != "bắt đầu":
            return None
        if asked:
            return f"{be_.capitalize()} {who_} going bald?"
        return capitalised(contracted(who_, f"{_has(be_)} started to go bald." if m["done"] else f"{be_} going bald."))
    if m["done"]:
        return capitalised(contracted(who_, f"{_has(be_)} gone bald."))
    if m["bi"] and m["head"]:
        return f"{be_.capitalize()} {who_} bald?" if asked else capitalised(contracted(who_, f"{be_} bald."))
    return None


def _whose(m: re.Match) -> str | None:
    """Whose hair of a match of OWNER in English: "my", "my mother's", "Lan's"; None for a pet or anyone unknown."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    said = someone(m["someone"], "vi")
    return None if said is None or _pet(said) else f"{said}'s"


def _grey(text: str) -> str | None:
    """"Tóc tôi bắt đầu bạc." as "My hair is going grey.", "Tóc tôi bắt đầu bạc rồi." as "My hair has started to go
    grey.", "Tóc cô ấy bạc nhiều rồi." as "Her hair has gone very grey." (_GREY); None for anything else, and for
    "bạc", "bạc rồi" plain (mt/features.py's)."""
    m = _GREY.fullmatch(text)
    if (asked := _asked(m)) is None or (whose := _whose(m)) is None or not (m["start"] or m["much"]) or m["start"] \
            and (m["much"] or m["done"] and (asked or keyed(m["start"]) != "bắt đầu")):
        return None
    if m["much"]:
        return None if asked else capitalised(f"{whose} hair has gone very grey.")
    if asked:
        return f"Is {whose} hair going grey?"
    return capitalised(f"{whose} hair has started to go grey." if m["done"] else f"{whose} hair is going grey.")


def _many(text: str) -> str | None:
    """"Cô ấy có nhiều tóc bạc." as "She has a lot of grey hair.", "Bạn có nhiều tóc bạc không?" as "Do you have a
    lot of grey hair?", "Tôi bắt đầu có tóc bạc." as "I'm starting to get grey hairs." (_MANY); None for anything
    else."""
    m = _MANY.fullmatch(text)
    if (asked := _asked(m)) is None or (said := _who(m, asked)) is None or asked and (m["so"] or m["start"]):
        return None
    who_, be_ = said
    if m["start"]:
        return capitalised(contracted(who_, f"{be_} starting to get grey hairs."))
    if asked:
        return f"{'Does' if be_ == 'is' else 'Do'} {who_} have a lot of grey hair?"
    return capitalised(f"{who_} {_has(be_)} a lot of grey hair.")


def _falling(text: str) -> str | None:
    """"Tóc tôi rụng nhiều quá." as "My hair is falling out a lot.", "Tóc bạn có bị rụng không?" as "Is your hair
    falling out?", "Dạo này tôi bị rụng tóc nhiều." as "My hair has been falling out a lot lately.", "Sao tóc tôi
    rụng nhiều thế?" as "Why is my hair falling out so much?" (_FALLING, _LOSING); None for anything else."""
    m = _FALLING.fullmatch(text) or _LOSING.fullmatch(text)
    if not m or m["why"] and (m["ask"] or m["asked"] or "?" not in m["end"]):
        return None
    asked = bool(m["why"]) or _asked(m)  # (asked why: "?" without "không")
    said = None if asked is None or "owner" in m.re.groupindex else _who(m, asked)
    whose = _whose(m) if "owner" in m.re.groupindex else said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s")
    start = keyed(m["start"] or "") == "bắt đầu"  # ("đang", "dần": is falling out)
    if asked is None or whose is None or start and (asked or m["lately"] or m["much"]) or asked and m["lately"]:
        return None
    much = " a lot" if m["much"] else ""
    if m["why"]:  # ("Sao" with "nhiều": so much)
        return f"Why is {whose} hair falling out{' so much' * bool(much)}?"
    if asked:
        return f"Is {whose} hair falling out{much}?"
    if m["lately"]:
        return capitalised(f"{whose} hair has been falling out{much} lately.")
    return capitalised(f"{whose} hair is starting to fall out." if start else f"{whose} hair is falling out{much}.")


def _head(m: re.Match, who_: str, be_: str) -> str | None:
    """Whose head or heads, in English, of who of a match of WHO (`who_`, `be_` as _who gives them): "his head",
    "their heads"; None where Vietnamese does not say which ("Lan")."""
    if who_ in EN_WHOSE:
        return f"{EN_WHOSE[who_]} head{'s' if who_ in ('we', 'they') else ''}"
    whose = "their" if be_ == "are" else his_her_of(m) if m["kin"] or m["title"] else None
    return whose and f"{whose} head{'s' if whose == 'their' else ''}"


def _shave(text: str) -> str | None:
    """"Anh ấy cạo trọc đầu." as "He shaved his head.", "Anh ấy vừa cạo trọc đầu." as "He just shaved his head.",
    "Bố tôi cạo đầu rồi." as "My father has shaved his head.", "Tôi muốn cạo trọc đầu." as "I want to shave my
    head.", "Anh ấy để đầu trọc." as "He has a shaved head." (_SHAVE, _SHAVEN); None for anything else."""
    if m := _SHAVEN.fullmatch(text):
        if "?" in m["end"] or (said := _who(m, False)) is None:
            return None
        many = said[1] == "are" and said[0] != "you"
        return capitalised(f"{said[0]} {_has(said[1])} {'shaved heads' if many else 'a shaved head'}.")
    m = _SHAVE.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None or (head := _head(m, *said)) is None:
        return None
    who_, be_ = said
    tense = keyed(m["tense"] or "")
    if tense in ("", "đã") and (m["bare"] or tense or m["done"]):
        return capitalised(contracted(who_, f"{_has(be_)} shaved {head}.") if m["done"] else
                           f"{who_} shaved {head}.")
    if m["done"]:
        return None
    if tense in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{who_} just shaved {head}.")
    if tense == "muốn":
        return capitalised(f"{who_} {'wants' if be_ == 'is' else 'want'} to shave {head}.")
    return capitalised(contracted(who_, f"{be_} going to shave {head}.")) if tense else None


def _found(text: str) -> str | None:
    """"Cô ấy tìm thấy một sợi tóc bạc." as "She found a grey hair.", "Tôi vừa thấy sợi tóc bạc đầu tiên." as "I
    just found my first grey hair." (_FOUND); None for anything else, "thấy" without "vừa" or "mới" (saw?), and
    "đầu tiên" where Vietnamese does not say whose."""
    m = _FOUND.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["one"]) == bool(m["first"]) or (said := _who(m, False)) is None or \
            keyed(m["verb"]) == "thấy" and keyed(m["tense"] or "") in ("", "đã"):
        return None
    who_, be_ = said
    whose = m["first"] and _head(m, who_, be_)
    if m["first"] and not whose:
        return None
    hair = f"{whose.split()[0]} first grey hair" if whose else "a grey hair"
    just = "just " if keyed(m["tense"] or "") in ("vừa", "mới", "vừa mới") else ""
    return capitalised(f"{who_} {just}found {hair}.")


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether English says it with "-s" (mt.hobbies.who_vi); None for a
    pet."""
    said = who_vi(m)
    return None if _pet(said[0]) else said


def _going_vi(text: str) -> str | None:
    """"My father is going bald." as "Bố tôi bắt đầu hói.", "Is he going bald?" as "Anh ấy có đang bị hói không?",
    "I'm going grey." as "Tóc tôi bắt đầu bạc." (_GOING_EN); None for anything else, and where "is" does not agree
    with who."""
    m = _GOING_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["be0"]) != ("?" in m["end"]) or \
            be_said(m["be0"] or m["be"]) != be_of(*said):
        return None
    who_ = said[0]
    if m["bald"]:
        return f"{capitalised(who_)} có đang bị hói không?" if m["be0"] else capitalised(f"{who_} bắt đầu hói.")
    return f"Tóc {who_} có bắt đầu bạc không?" if m["be0"] else f"Tóc {who_} bắt đầu bạc."


def _has_vi(text: str) -> str | None:
    """"She has a lot of grey hair." as "Cô ấy có nhiều tóc bạc.", "Does he have lots of grey hair?" as "Anh ấy có
    nhiều tóc bạc không?", "He has a shaved head." as "Anh ấy để đầu trọc.", "He has a bald head." as "Anh ấy bị hói
    đầu." (_HAS_EN); None for anything else, and where "has" does not agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["kind"]:
        return None
    who_, one = said
    if _ONE[(m["do"] or m["have"]).split()[0].lower()] != one:
        return None
    if m["kind"]:
        return capitalised(f"{who_} {'để đầu trọc' if 'shaved' in m['kind'] else 'bị hói đầu'}.")
    return capitalised(f"{who_} có nhiều tóc bạc{' không?' if m['do'] else '.'}")


def _state_vi(text: str) -> str | None:
    """"He's gone bald." as "Anh ấy bị hói rồi.", "He's losing his hair." as "Anh ấy bị rụng tóc.", "I'm starting
    to get grey hairs." as "Tôi bắt đầu có tóc bạc." (_STATE_EN); None for anything else, where the verb does not
    agree with who, and another's hair ("I'm losing your hair")."""
    m = _STATE_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    if m["gone"]:
        return capitalised(f"{who_} bị hói rồi.") if _ONE[m["gone"].strip()] == one else None
    if be_said(m["be"]) != be_of(who_, one) or m["owner"] and not own_thing(m, who_, one):
        return None
    return capitalised(f"{who_} bắt đầu có tóc bạc." if m["start"] else f"{who_} bị rụng tóc.")


def _hair_vi(text: str) -> str | None:
    """"My hair is going grey." as "Tóc tôi bắt đầu bạc.", "Her hair is falling out." as "Tóc cô ấy bị rụng.",
    "Is your hair falling out?" as "Tóc bạn có bị rụng không?", "My hair has been falling out a lot lately." as
    "Dạo này tóc tôi rụng nhiều.", "Why is my hair falling out so much?" as "Sao tóc tôi rụng nhiều thế?" (_HAIR_EN);
    None for anything else, and where the verb and the time do not go together."""
    m = _HAIR_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or m["why"] and not m["be0"] or bool(m["be0"]) == bool(
            m["be"] or m["been"] or m["gone"]) or bool(m["been"]) != bool(m["lately"]) or m["gone"] and not m["very"] \
            or m["very"] and not m["gone"] or m["been"] and (m["grey"] or m["start"]) or m["be0"] and m["start"]:
        return None
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    if whose is None or _pet(whose):
        return None
    if m["very"]:
        return f"Tóc {whose} bạc nhiều rồi."
    if m["grey"]:
        return f"Tóc {whose} có bắt đầu bạc không?" if m["be0"] else f"Tóc {whose} bắt đầu bạc."
    if m["start"]:
        return f"Tóc {whose} bắt đầu rụng."
    falls = "rụng nhiều" if m["much"] else "bị rụng"
    if m["why"]:
        return f"Sao tóc {whose} {falls} thế?"
    if m["be0"]:
        return f"Tóc {whose} có {falls} không?"
    return f"Dạo này tóc {whose} {falls}." if m["lately"] else f"Tóc {whose} {falls}."


def _shave_vi(text: str) -> str | None:
    """"He shaved his head." as "Anh ấy cạo trọc đầu.", "He's just shaved his head." as "Anh ấy vừa cạo trọc
    đầu.", "She's going to shave her head." as "Cô ấy sẽ cạo trọc đầu.", "I want to shave my head." as "Tôi muốn cạo
    trọc đầu." (_SHAVE_EN); None for anything else, where the verb does not agree with who, another's head, and
    "heads" of one."""
    m = _SHAVE_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or not own_thing(m, *said):
        return None
    who_, one = said
    has, want = m["has"] and m["has"].strip(), m["want"] and m["want"].strip()
    done = not m["aux"] or m["has"] or m["just"]
    if (m["verb"] == "shaved") != bool(done) or has and _ONE[has] != one or want and (want == "wants") != one or \
            m["be"] and be_said(m["be"]) != be_of(who_, one) or (m["head"] == "heads") != (who_ in ("chúng tôi", "họ")):
        return None
    tense = "vừa " if m["just"] else "đã " if has else "" if done else "muốn " if "like" in m["aux"] or want else "sẽ "
    return capitalised(f"{who_} {tense}cạo trọc đầu.")


def _found_vi(text: str) -> str | None:
    """"She found a grey hair." as "Cô ấy tìm thấy một sợi tóc bạc.", "I just found my first grey hair." as "Tôi
    vừa tìm thấy sợi tóc bạc đầu tiên." (_FOUND_EN); None for anything else, where "has" does not agree with who,
    and another's first grey hair."""
    m = _FOUND_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or m["has"] and _ONE[m["has"].strip()] != said[1] or \
            m["first"] and not own_thing(m, *said):
        return None
    hair = "sợi tóc bạc đầu tiên" if m["first"] else "một sợi tóc bạc"
    return capitalised(f"{said[0]} {'vừa ' if m['just'] else 'đã ' if m['has'] else ''}tìm thấy {hair}.")
