"""Hungry, thirsty, full or starving, of anyone, said or asked, both ways, written whole by rule. v8 loses who when
it is not a pronoun, and misreads "khát" (thirsty), "no" (full) and "starving": "Bố tôi đói rồi." → "I'm hungry.",
"Con tôi chưa đói." → "I'm not hungry.", "Mẹ bạn có đói không?" → "Are you hungry?", "Bố tôi rất đói." → "I'm
starving.", "Mọi người có khát không?" → "Do people get quite pretty?", "Cô ấy có khát không?" → "Is she quite
pretty?", "Cả nhà đói chưa?" → "Isn't it hungry?", "Tôi chưa no." → "I'm not yet.", "Tôi no bụng rồi." → "I'm not
abdomen.", "Tôi sắp chết đói rồi." → "I'm going to die hungry.", "Tôi khát khô cổ." → "I'm pretty dry."; "We're
starving." → "Chúng tôi đang nhìn chằm chằm." (staring), "Is your son hungry?" → "Con trai của bạn đói bụng?",
"Everyone's hungry." → "Đói của mọi người.", "My mother's thirsty." → "Tôi khát nước của mẹ.", "Are you hungry,
kids?" → "Bạn đói bụng, trẻ nhỏ không?", "I'm not full yet." → "Tôi chưa đầy đủ.", "I'm parched." → "Tôi ghét.".

Taken: who (mt.hobbies.WHO, WHO_EN: pronouns, kin with whose, names; "mọi người", "cả nhà" everyone; "các con",
"các cháu", "các bạn" asked only) hungry ("đói", "đói bụng"), thirsty ("khát", "khát nước"), starving ("đói meo",
"đói lả", "đói chết mất", "sắp chết đói" …), parched ("khát khô cổ") or full ("no bụng"; "no" only not yet, asked with
"có", or of everyone; "Mọi người đều …"), with "rồi", "quá" (so), "lắm" (really), "rất" (very), "hơi" (a bit), "vẫn
còn" (still), "không", "chưa" (not yet); asked with "có … không?", "chưa?", "còn … không?" (still), "không … à?"
(aren't you?), "Có ai … không?" (anyone); "I've eaten enough." ("Tôi ăn no rồi."). Left: a pronoun's statement that
mt/feelings.py reads ("Tôi đói quá.", "Họ đói lắm.": it writes the clause), a day or a tense ("Hôm qua tôi đói."),
"anh", "em" … alone said ("Anh đói rồi.": the speaker or the listener), "các con" said ("the kids", or "you kids"?),
everyone not ("Mọi người không đói.": no one is), "X is full" and "Bạn no chưa?" (mt/mealtimes.py's, with the phrase
list's "I'm full.", "I'm starving."), "We're full." (a restaurant?), hungry for something ("hungry for success"), and
meals (mt/mealtimes.py, mt/meals.py).
mt.phrasebook.translate tries these after mt/hosting.py.

    >>> translate("Bố tôi đói rồi.", "vi", "en"), translate("Is your son hungry?", "en", "vi")
    ('My father is hungry.', 'Con trai bạn có đói không?')
"""
from __future__ import annotations

import re

from . import feelings
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
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
)

_KEYS = {"vi": lazy(r"(?i:đói|khát|\bno\b)"),
         "en": lazy(r"(?i:hungry|thirsty|starv|parched|full|eaten\s+enough)")}
# how one is, in Vietnamese, and in English (starving and parched are read as their own words below)
_WORDS = {"đói": "hungry", "đói bụng": "hungry", "khát": "thirsty", "khát nước": "thirsty", "no bụng": "full",
          "no": "full"}
_STARVING = r"đói\s+(?:meo|lả|rã\s+rời|muốn\s+xỉu|chết\s+(?:mất|đi\s+được))|(?:sắp\s+)?chết\s+đói(?:\s+mất)?"
_PARCHED = r"khát\s+khô\s+(?:cả\s+)?cổ(?:\s+họng)?"
# ... written back ("đói rồi" for plain hungry: "Tôi đói." reads curt); starving as the phrase list says it
_WORDS_VI = {"hungry": "đói", "thirsty": "khát nước", "full": "no", "starving": "đói lắm", "starved": "đói lắm",
             "parched": "khát khô cả cổ"}
_PLAIN_VI = {"hungry": "đói rồi", "starving": "đói lắm rồi", "starved": "đói lắm rồi", "full": "no rồi"}
_DEGREES = {"quá": "so", "lắm": "really", "rất": "very", "hơi": "a bit"}
_DEGREES_VI = {"so": "{} quá", "really": "{} lắm", "very": "rất {}", "a bit": "hơi {}", "a little": "hơi {}"}
# a group: who in English, what English says after how one is, and whether it is said of the group (not only asked
# to it: "Các con đói rồi." is the kids, or you kids?)
_GROUPS = {"mọi người": ("everyone", "", True), "cả nhà": ("everyone", "", True), "các con": ("you", ", kids", False),
           "các cháu": ("you", ", kids", False), "các bạn": ("you all", "", False)}
_GROUPS_VI = {"everyone": "mọi người", "everybody": "mọi người", "kids": "các con", "children": "các con"}
_SUBJECT = rf"(?:{WHO}|(?P<group>(?i:{alternatives(_GROUPS)})))"
_WORD = (rf"(?:(?P<starving>{_STARVING})|(?P<parched>{_PARCHED})|(?P<word>{alternatives(_WORDS)}))")
# said ("Bố tôi đói rồi.", "Con tôi chưa đói.", "Bà tôi vẫn còn đói.", "Tôi đói meo rồi.")
_SAID = lazy(rf"{_SUBJECT}(?:\s+(?P<all>đều))?\s+(?:(?P<still>(?:vẫn\s+)?còn|vẫn)\s+|(?P<not>không|chưa)\s+|"
             rf"(?P<before>rất|hơi)\s+)?{_WORD}(?:\s+(?P<after>quá|lắm))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# asked ("Bạn có đói không?", "Các con đói chưa?", "Bạn còn đói không?", "Bạn không đói à?", "Có ai khát không?")
_ASKED = lazy(rf"(?:{_SUBJECT}|(?P<anyone>(?i:(?:có\s+)?ai)))\s+(?:(?P<ask>có)\s+|(?P<still>còn)\s+|"
              rf"(?P<not>không)\s+)?(?P<word>{alternatives(_WORDS)})\s+(?:(?P<asked>không)|(?P<yet>chưa)|"
              rf"(?P<isnt>à|sao|hả)){SOFTENER}\s*\?+")

# ... and in English ("My father is hungry.", "Is your son hungry?", "Aren't you hungry?", "Are you hungry, kids?")
_SUBJECT_EN = rf"(?:{WHO_EN}|(?P<group>(?i:everyone|everybody)))"
_SAID_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+|(?P<isnt>Isn['’]t|Aren['’]t)\s+)?{_SUBJECT_EN}{BE_EN}?"
                r"(?P<not>\s+not|n['’]t)?(?:\s+(?P<still>still))?(?:\s+(?P<deg>so|really|very|a\s+bit|"
                r"a\s+little))?\s+(?P<word>hungry|thirsty|starving|starved|parched|full)(?:\s+(?P<yet>yet))?"
                r"(?:,\s+(?P<kids>kids|children))?\s*(?P<end>[.!?]*)")
_ANYONE_EN = lazy(r"(?:Is\s+)?(?:anyone|anybody)(?P<still>\s+still)?\s+(?P<word>hungry|thirsty)\s*\?+",
                        re.IGNORECASE)
_EATEN_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?\s+eaten\s+"
                 r"enough\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether someone is hungry, thirsty, starving or full; None
    for any other."""
    if src == "vi":
        return _said(text) or _asked(text)
    return _said_vi(text) or _anyone_vi(text) or _eaten_vi(text)


def _subject(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of _SAID or _ASKED in English, and what is said after how one is (", kids" for "các con");
    None for "anh", "em" … alone said, and for a group that is only asked to."""
    if not m["group"]:
        said = who(m, asked)
        return said and (said[0], "")
    en, tail, of = _GROUPS[keyed(m["group"])]
    return (en, tail) if asked or of else None


def _how(m: re.Match) -> str | None:
    """How one is of a match of _SAID or _ASKED in English ("hungry", "starving"); None for "no" that
    mt/mealtimes.py reads, or that is not full ("không no")."""
    if m.groupdict().get("starving") or m.groupdict().get("parched"):
        return "starving" if m["starving"] else "parched"
    word = keyed(m["word"])
    if word == "no" and not (m["group"] or keyed(m["not"] or "") == "chưa" or m.groupdict().get("ask")) \
            or word == "no bụng" and keyed(m["not"] or "") == "không":
        return None
    return _WORDS[word]


def _said(text: str) -> str | None:
    """"Bố tôi đói rồi." as "My father is hungry.", "Con tôi chưa đói." as "My child isn't hungry yet.", "Bà tôi
    vẫn còn đói." as "My grandmother is still hungry.", "Tôi đói meo rồi." as "I'm starving." (_SAID); None for
    anything else, and for what mt/feelings.py reads ("Tôi đói quá.")."""
    m = _SAID.fullmatch(text)
    if not m or "?" in m["end"] or feelings.matches(text, "vi", "en") or (said := _subject(m, False)) is None:
        return None
    how, who_ = _how(m), said[0]
    degree = _DEGREES.get(keyed(m["before"] or m["after"] or ""), "")
    mods = [m["still"], m["not"], m["before"], m["after"]]
    if how is None or m["all"] and not m["group"] or m["done"] and (m["not"] or m["before"] == "rất") or m["group"] \
            and m["not"]:
        return None  # ("Bố tôi đều đói.", "không đói rồi", "rất đói rồi"; "Mọi người không đói.": no one is)
    if sum(bool(w) for w in mods) > 1 and not (m["not"] == "không" and m["after"] == "lắm") or how in (
            "starving", "parched") and any(mods):
        return None
    if m["not"]:
        yet, very = " yet" * (m["not"] == "chưa"), " very" * bool(m["after"])
        isnt = "I'm not" if who_ == "I" else f"{who_} {be(who_)}n't"
        return capitalised(f"{isnt}{very} {how}{yet}.")
    still = "still " if m["still"] else ""
    return capitalised(contracted(who_, f"{be(who_)} {still}{f'{degree} ' if degree else ''}{how}."))


def _asked(text: str) -> str | None:
    """"Mẹ bạn có đói không?" as "Is your mother hungry?", "Các con đói chưa?" as "Are you hungry, kids?", "Bạn
    còn đói không?" as "Are you still hungry?", "Bạn không đói à?" as "Aren't you hungry?", "Có ai khát không?" as
    "Is anyone thirsty?" (_ASKED); None for anything else."""
    m = _ASKED.fullmatch(text)
    if not m or bool(m["not"]) != bool(m["isnt"]) or m["ask"] and not m["asked"] or m["still"] and not m["asked"]:
        return None
    still = "still " * bool(m["still"])
    if m["anyone"]:
        how = _WORDS[keyed(m["word"])]
        return f"Is anyone {still}{how}?" if how != "full" and m["asked"] and not m["not"] else None
    said, how = _subject(m, True), _how(m)
    if said is None or how is None or said[0] == "I":
        return None
    who_, tail = said
    verb = ("are" if who_ == "you all" else be(who_)).capitalize() + "n't" * bool(m["not"])
    return f"{verb} {who_} {still}{how}{tail}?"


def _subject_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _SAID_EN in Vietnamese, and whether English says "is" of it ("mẹ tôi", True)."""
    if m["group"]:
        return _GROUPS_VI[m["group"].lower()], True
    return who_vi(m)


def _said_vi(text: str) -> str | None:
    """"My father is hungry." as "Bố tôi đói rồi.", "Is your son hungry?" as "Con trai bạn có đói không?", "We're
    starving." as "Chúng tôi đói lắm rồi.", "I'm not hungry yet." as "Tôi chưa đói." (_SAID_EN); None for anything
    else, where "is" does not agree with who, and for "X is full" (mt/mealtimes.py's) and "We're full." (a
    restaurant?)."""
    m = _SAID_EN.fullmatch(text)
    if not m or not _agrees(m):
        return None
    who_, asked, word, deg = _subject_vi(m)[0], "?" in m["end"], m["word"], " ".join((m["deg"] or "").split())
    if m["kids"]:
        if who_ != "bạn":
            return None
        who_ = "các con"
    said = _WORDS_VI[word]
    if m["not"] or m["isnt"]:
        very = " lắm" if deg == "very" else ""
        if m["isnt"]:
            return capitalised(f"{who_} không {said} à?") if not very else None
        return capitalised(f"{who_} {'chưa' if m['yet'] or word == 'full' else 'không'} {said}{very}.")
    if asked:
        if word == "full" or m["yet"]:
            return capitalised(f"{who_} {said} chưa?")
        return capitalised(f"{who_} còn {said} không?" if m["still"] else f"{who_} có {said} không?")
    who_ += " đều" * bool(m["group"])  # ("Mọi người đều đói rồi.": each of them)
    if m["still"]:
        return capitalised(f"{who_} vẫn còn {said}.")
    return capitalised(f"{who_} {_DEGREES_VI[deg].format(said) if deg else _PLAIN_VI.get(word, said)}.")


def _agrees(m: re.Match) -> bool:
    """Whether a match of _SAID_EN is a sentence to take: "is" agreeing with who, asked with "?", "yet" only not or
    asked, one word of how much, and full only where mt/mealtimes.py leaves it (not, yet, everyone)."""
    who_, one = _subject_vi(m)
    first = m["be0"] or m["isnt"]
    asked, word, deg = "?" in m["end"], m["word"], " ".join((m["deg"] or "").split())
    if bool(first) != asked or bool(first) == bool(m["be"]) or m["isnt"] and m["not"] or m["group"] and m["not"]:
        return False
    said = be_said(m["isnt"][:-3] if m["isnt"] else first or m["be"])
    if said != be_of(who_, one) or asked and who_ == "tôi" or m["kids"] and not first:
        return False
    strong = word in ("starving", "starved", "parched")
    if m["yet"] and not (m["not"] or asked) or m["yet"] and (m["still"] or deg) or m["still"] and (m["not"] or deg):
        return False
    if (m["not"] or m["isnt"]) and (deg not in ("", "very") or strong) or asked and deg or strong and (
            m["still"] or deg or m["yet"] or asked and word == "parched"):
        return False
    return word != "full" or who_ not in ("chúng tôi", "họ") and not (deg or m["still"] or m["isnt"]) and bool(
        m["not"] or m["yet"] or m["group"])


def _anyone_vi(text: str) -> str | None:
    """"Is anyone hungry?" as "Có ai đói không?", "Anyone still thirsty?" as "Có ai còn khát nước không?"
    (_ANYONE_EN); None for anything else."""
    m = _ANYONE_EN.fullmatch(text)
    return m and f"Có ai {'còn ' * bool(m['still'])}{_WORDS_VI[m['word'].lower()]} không?"


def _eaten_vi(text: str) -> str | None:
    """"I've eaten enough." as "Tôi ăn no rồi.", "Have you eaten enough?" as "Bạn ăn no chưa?" (_EATEN_EN); None
    for anything else, and where "has" does not agree with who."""
    m = _EATEN_EN.fullmatch(text)
    if not m or bool(m["have0"]) == bool(m["have"]) or bool(m["have0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    have = (m["have0"] or m["have"]).strip().lower().replace("’", "'")
    if (have in ("has", "'s")) != one or m["have0"] and who_ == "tôi":
        return None
    return capitalised(f"{who_} ăn no chưa?" if m["have0"] else f"{who_} ăn no rồi.")
