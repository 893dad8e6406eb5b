"""Where someone lives now, said or asked, both ways, written whole by rule. v8 (with the rules before this one) puts
"sống" in the past, loses who and reads "gần đây" as recently: "Bố mẹ tôi sống ở Hà Nội." → "My parents lived in
Hanoi.", "Bạn sống ở đâu?" → "Where did you live?", "Chị gái bạn sống ở đâu?" → "Where do you live?", "Bạn có sống gần
đây không?" → "Do you live recently?", "Cô ấy sống với ông bà." → "She lives with her.", "Chúng tôi sống trong một căn
hộ." → "We live in apart.", "Họ sống xa đây." → "They live here.", "Anh ấy vẫn sống ở Đà Nẵng à?" → "Does he live in
Da Nang?", "Bạn sống ở tầng mấy?" → "How much do you live in the layer?"; "Where does your sister live?" → "Bé gái của
bạn sống ở đâu?", "She lives with her grandparents." → "Cô sống với ông bà.", "We live in a flat." → "Chúng ta sống
trong một cái phẳng.", "They live next door." → "Họ sống cửa tiếp theo.", "Where does Lan live?" → "Cuộc sống ở đâu?",
"What floor do you live on?" → "Bạn sống trên sàn nhà là gì?".

Taken: who (mt.hobbies.WHO, WHO_EN; parents and whose, mt.people.PARENTS_WHOSE; "anh", "chị", "em" alone only asking)
lives, still lives, no longer or does not live, or lives now, somewhere: a place by its name or here (mt.origins.place),
near one, one of AREAS (the countryside, near here, far from here, next door, upstairs, in an apartment), on a floor
("tầng ba", the third floor, counted as written), with someone (kin with whose, kin alone as the subject's own, a
pronoun, a name) or together (we, they, parents), or two of these ("với bố mẹ ở Hà Nội"); asked whether they do, where
they live, who with, on what floor. Left: what mt/family.py takes ("Tôi sống ở Hà Nội.", "Chị tôi sống một mình."), a
time lived (mt/origins.py: "I've lived here for ten years."), a move (mt/moving.py, mt/origins.py), "sống" with "đã",
"sẽ", "từng" or a time, "còn" said ("còn sống": still alive, or also lives), a place the tables do not know ("London";
"Ho Chi Minh City" back), kin alone whose sex is not known ("Lan sống với mẹ."), "với bạn" (you or a friend), the
first or ground floor (counted one apart in Vietnam and Britain), "I'm living …", "ở với" for "sống với".
mt.phrasebook.translate tries these after mt/parties.py.

    >>> translate("Bố mẹ tôi sống ở Hà Nội.", "vi", "en"), translate("Where does your sister live?", "en", "vi")
    ('My parents live in Hanoi.', 'Em gái bạn sống ở đâu?')
"""
from __future__ import annotations

import re

from .ever import OBJECTS
from .hobbies import WHO, WHO_EN, WHOM, as_whom, his_her_of, who, who_vi
from .lazy_re import lazy
from .names import GIVEN_EN
from .origins import place
from .people import KIN_VI, NAMED_WHO, PARENTS, PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_OBJECT_VI, SOFTENED_END, WHOSE_OF, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sống)"), "en": lazy(r"(?i:\blives?\b)")}
# where, as a whole (the first Vietnamese of each is written back; "ở gần đây" near here, not recently)
AREAS = {"ở đây": "here", "gần đây": "near here", "ở gần đây": "near here", "quanh đây": "around here",
         "ở quanh đây": "around here", "xa đây": "far from here", "ở xa": "far away",
         "cách đây không xa": "not far from here", "không xa đây": "not far from here", "ở tầng trên": "upstairs",
         "ở tầng dưới": "downstairs", "ở quê": "in the countryside", "ở nông thôn": "in the countryside",
         "ở ngoại ô": "in the suburbs", "ở ngoại thành": "in the suburbs",
         "ở trung tâm thành phố": "in the city centre", "ở nhà bên cạnh": "next door", "ngay bên cạnh": "next door",
         "ở bên cạnh": "next door", "sát vách": "next door", "trong một căn hộ": "in an apartment",
         "ở một căn hộ": "in an apartment", "ở chung cư": "in an apartment",
         "trong một căn hộ nhỏ": "in a small apartment", "ở một căn hộ nhỏ": "in a small apartment",
         "cùng nhau": "together", "với nhau": "together", "một mình": "alone"}
AREAS_VI = {en: vi for vi, en in reversed(AREAS.items())} | {
    "nearby": "gần đây", "close by": "gần đây", "close to here": "gần đây", "not far away": "cách đây không xa",
    "in a flat": "trong một căn hộ", "in a small flat": "trong một căn hộ nhỏ",
    "in the city center": "ở trung tâm thành phố", "downtown": "ở trung tâm thành phố"}
_ALONE = {"together", "alone"}  # (said as one says whom with: "cùng nhau ở Hà Nội", together in Hanoi)
FLOORS = {"hai": "second", "ba": "third", "bốn": "fourth", "tư": "fourth", "năm": "fifth", "sáu": "sixth",
           "bảy": "seventh", "tám": "eighth", "chín": "ninth", "mười": "tenth"}
FLOORS_VI = {en: vi for vi, en in reversed(FLOORS.items())}
# kin said alone after "với", the subject's own ("Anh ấy sống với bố mẹ.": his parents); not "bạn", "anh", "chị",
# "em", "ông", "bà", "con", "cô", "cậu" alone: the one spoken to (or "cô" she) as much as kin
_ALONE_NOT = {"bạn", "anh", "chị", "em", "ông", "bà", "con", "ba", "con chó", "con mèo", "sếp", "cô", "cậu"}
_KIN = {vi: en for vi, en in NAMED_WHO.items() if vi not in _ALONE_NOT} | PARENTS | {
    "gia đình": "family", "con cái": "children"}
_KIN_EN = KIN_VI | {"parents": "bố mẹ", "grandparents": "ông bà", "family": "gia đình", "children": "con cái",
                    "kids": "con cái"}

_WHO_VI = rf"(?:{PARENTS_WHOSE}|{WHO})"
# the words between who and "sống", as they say the tense (unlisted: "đã", "sẽ", "từng", left); those of _ASKING only
# asking ("còn sống" said is still alive, or also lives), "có" with "không" after
_AUX = {"": "", "đang": "", "hiện": "now", "hiện đang": "now", "hiện nay": "now", "vẫn": "still", "vẫn còn": "still",
        "vẫn đang": "still", "không": "not", "không còn": "no longer", "có": "", "còn": "still", "có còn": "still"}
_ASKING = {"có", "còn", "có còn"}
_ADVERBS = {"still": "still ", "no longer": "no longer "}
_NOW = r"(?:bây\s+giờ|hiện\s+nay|hiện\s+giờ|hiện\s+tại)"
_SAID = lazy(rf"(?:(?P<now0>(?i:{_NOW}))\s*,?\s+)?{_WHO_VI}\s+(?P<aux>(?:(?:hiện|nay|đang|vẫn|còn|không|có)\s+)*)"
             r"sống\s+(?P<rest>[^,.!?]+?)(?:\s+(?P<more>nữa))?(?:\s+(?P<asked>không|à|hả|phải\s+không|chứ))?"
             rf"{SOFTENED_END}")
# one part of where ("ở Hà Nội", "với bố mẹ", "ở tầng ba"), or what is asked ("ở đâu", "với ai", "ở tầng mấy")
_PART = lazy(rf"(?P<area>(?i:{alternatives(AREAS)}))|(?P<where>(?:ở\s+)?đâu)|"
             rf"(?:ở|trên)\s+tầng\s+(?:(?P<floor>{alternatives(FLOORS)}|[2-9]|[1-4]\d)|(?P<floors>mấy))|"
             rf"(?:ngay\s+)?(?:bên\s+)?cạnh\s+nhà\s+(?P<door>{alternatives(OBJECTS)})|"
             rf"(?:cùng\s+với|với|cùng)\s+(?:(?P<whom_asked>ai)|{PARENTS_WHOSE}|{WHOM}|"
             rf"(?P<kin>{alternatives(_KIN)}))|"
             r"gần\s+(?P<near>[^,.!?]+)|(?:ở|tại)\s+(?P<place>[^,.!?]+)")
_ASKED_PARTS = {"where": "Where", "floors": "What floor", "whom_asked": "Who"}

# ... and in English: "My parents live in Hanoi.", "She doesn't live here any more.", "Does he still live in Da Nang?",
# "Where does your sister live?", "Who do you live with?", "What floor do you live on?"
_WHO_EN = rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
_SAID_EN = lazy(rf"{_WHO_EN}\s+(?:(?P<still>still)\s+|(?P<no>no\s+longer)\s+|"
                r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?(?P<live>lives?)\s+(?P<rest>[^.!?]+?)"
                r"(?P<more>\s+any\s*more)?(?P<now>\s+now)?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?:(?P<q>Where|Who|What\s+floor)\s+)?(?P<do>[Dd]o|[Dd]oes)\s+{_WHO_EN}\s+"
                 r"(?:(?P<still>still)\s+)?live(?:\s+(?!now\s*\?)(?P<rest>[^.!?]+?))?(?P<now>\s+now)?\s*\?+")
# what "where", "who" and "what floor" ask, the word English ends the question with, and Vietnamese
_ASKED_EN_TAILS = {"where": (None, "ở đâu"), "who": ("with", "với ai"), "what floor": ("on", "ở tầng mấy")}
_PART_EN = lazy(rf"(?P<area>(?i:{alternatives(AREAS_VI)}))|"
                rf"on\s+the\s+(?:(?P<floor>{alternatives(FLOORS_VI)})|(?P<nth>[2-9]|[1-4]\d)(?:st|nd|rd|th))\s+"
                rf"floor|(?:right\s+)?next\s+door\s+to\s+(?P<door>{alternatives(EN_OBJECT_VI)})|"
                rf"with\s+(?:(?P<whose>{WHOSE_WORDS})\s+(?P<kin>{alternatives(_KIN_EN)})|"
                rf"(?P<obj>{alternatives(EN_OBJECT_VI)})|(?P<given>{alternatives(GIVEN_EN)}))|"
                r"near\s+(?P<near>[^.!?]+)|in\s+(?P<place>[^.!?]+)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks where, or with whom, someone lives now; None for any other."""
    if src == "vi":
        return _said(text)
    return _said_vi(text) or _asked_vi(text)


def _split(rest: str, part) -> list[tuple[str, str]] | None:
    """The parts of where of `rest` in the other language, each with its kind ("place", "with" or what is asked),
    by `part` (a function reading one): one part, or two of two kinds ("với bố mẹ ở Hà Nội"); None for any other."""
    if one := part(rest):
        return [one]
    words = rest.split()
    for i in range(1, len(words)):
        first, second = part(" ".join(words[:i])), part(" ".join(words[i:]))
        if first and second and first[1] != second[1] and "place" in (first[1], second[1]):
            return [first, second]
    return None


def _part(said: str, whose: str | None) -> tuple[str, str] | None:
    """One part of where (_PART) in English, and its kind: ("in Hanoi", "place"), ("with his parents", "with") for
    "với bố mẹ" after "anh ấy" (`whose`: the subject's "his"; None where not known, and kin alone is not taken), ("",
    "where") for "ở đâu"; None for anything else."""
    m = _PART.fullmatch(said)
    if not m:
        return None
    asked = next((k for k in _ASKED_PARTS if m[k]), None)
    if asked:
        return "", asked
    if m["area"]:
        said = AREAS[keyed(m["area"])]
        return said, "with" if said in _ALONE else "place"
    if m["floor"]:
        return f"on the {FLOORS.get(m['floor']) or nth(m['floor'])} floor", "place"
    if m["door"]:
        return f"next door to {OBJECTS[keyed(m['door'])]}", "place"
    if m["near"] or m["place"]:
        named = place(m["near"] or m["place"], "vi")
        return named and (f"near {named}" if m["near"] else named if named == "here" else f"in {named}", "place")
    if m["parents"]:
        return f"with {parents_said(m, 'en')}", "with"
    if m["kin"]:
        return whose and (f"with {whose} {_KIN[keyed(m['kin'])]}", "with")
    whom = as_whom(m["whom"], "vi") if keyed(m["whom"]) != "bạn" else None  # ("với bạn": you, or a friend)
    return whom and (f"with {whom}", "with")


def _many(who_en: str, where: str) -> bool:
    """Whether who (in English) may live "together" (`where`, either language): we, they, parents; not "I", "you"
    ("Do you live together?" says "you" as many: "các bạn", not "bạn")."""
    together = any(w in where for w in ("together", "cùng nhau", "với nhau"))
    return not together or who_en in ("we", "they") or who_en.endswith("parents")


def _subject_en(m: re.Match) -> str:
    """Who of a match of _WHO_EN as English said it, in small letters ("we", "my parents")."""
    return m["parents"].lower() if m["parents"] else (m["who"] or "").lower()


def nth(n: str) -> str:
    """"2nd", "11th", "23rd": a floor's number as English writes it."""
    last = "th" if n[-2:] in ("11", "12", "13") else {"1": "st", "2": "nd", "3": "rd"}.get(n[-1], "th")
    return f"{n}{last}"


def _whose(m: re.Match, said: str) -> str | None:
    """Whose the subject's kin is in English ("my", "his", "her"): by the pronoun, or kin of a known sex ("mẹ tôi",
    "Bác Hùng"); None for parents, a name alone, kin of either sex ("bạn tôi")."""
    if m["parents"] or m["given"]:
        return None
    if m["who"]:
        return WHOSE_OF.get(said.lower())
    return his_her_of(m)


def _said(text: str) -> str | None:
    """"Bố mẹ tôi sống ở Hà Nội." as "My parents live in Hanoi.", "Anh ấy vẫn sống ở Đà Nẵng à?" as "Does he still
    live in Da Nang?", "Bạn sống ở đâu?" as "Where do you live?", "Cô ấy sống với ông bà." as "She lives with her
    grandparents." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    aux = m and _AUX.get(keyed(m["aux"]))
    if not m or aux is None or m["now0"] and aux:
        return None
    yes_no, asked = keyed(m["asked"] or ""), "?" in m["end"]
    said = (parents_said(m, "en"), False) if m["parents"] else who(m, asked)
    if said is None or bool(yes_no) and not asked or m["more"] and aux not in ("not", "no longer"):
        return None
    who_, one = said
    parts = _split(m["rest"], lambda p: _part(p, _whose(m, who_)))
    if not parts or not all(en or kind in _ASKED_PARTS for en, kind in parts) or not _many(
            who_, " ".join(en for en, _ in parts)):
        return None
    now, kind = " now" * bool(m["now0"] or aux == "now"), parts[0][1]
    if kind in _ASKED_PARTS:  # ("Bạn sống ở đâu?", "Bạn sống với ai?", "Bạn sống ở tầng mấy?")
        if len(parts) > 1 or not asked or yes_no or aux not in ("", "now") or keyed(m["aux"]) in _ASKING:
            return None
        tail = {"where": "", "floors": " on", "whom_asked": " with"}[kind]
        return f"{_ASKED_PARTS[kind]} {'does' if one else 'do'} {who_} live{tail}{now}?"
    where = " ".join(en for en, _ in parts)
    if asked:  # ("có" asks with "không" after it)
        if not yes_no or aux in ("not", "no longer") or "có" in m["aux"] and yes_no != "không":
            return None
        return f"{'Does' if one else 'Do'} {who_}{' still' * (aux == 'still')} live {where}{now}?"
    if keyed(m["aux"]) in _ASKING:
        return None
    lives = "lives" if one else "live"
    if aux == "not":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t live {where}{' any more' * bool(m['more'])}{now}.")
    return capitalised(f"{who_} {_ADVERBS.get(aux, '')}{lives} {where}{now}.")


def _part_vi(said: str, own: str | None) -> tuple[str, str] | None:
    """One part of where (_PART_EN) in Vietnamese, and its kind: ("ở Hà Nội", "place"), ("với bố mẹ", "with") for
    "with his parents" after "he" (`own`: the subject's whose, whose is not said again; None where not known: "his"
    or "her" is taken as own); None for anything else."""
    m = _PART_EN.fullmatch(said)
    if not m:
        return None
    if m["area"]:
        said = AREAS_VI[keyed(m["area"])]
        return said, "with" if AREAS[said] in _ALONE else "place"
    if m["floor"] or m["nth"]:
        return f"ở tầng {FLOORS_VI.get(m['floor']) or m['nth']}", "place"
    if m["door"]:
        return f"cạnh nhà {EN_OBJECT_VI[m['door'].lower()]}", "place"
    if m["near"] or m["place"]:
        named = place(m["near"] or m["place"], "en")
        return named and (f"gần {named}" if m["near"] else f"ở {named}", "place")
    if m["obj"] or m["given"]:
        return f"với {EN_OBJECT_VI.get(m['obj'] or '') or m['given']}", "with"
    whose, kin = m["whose"].lower(), _KIN_EN[m["kin"].lower()]
    alone = kin in _KIN and (whose == own or own is None and whose in ("his", "her"))  # ("với bố mẹ": his own)
    return f"với {kin}" if alone else f"với {kin} {WHOSE_VI[whose]}", "with"


def _subject_vi(m: re.Match) -> tuple[str, bool, str | None]:
    """Who of a match of _WHO_EN in Vietnamese, whether English says it with "-s", and whose their own kin is ("my"
    after "I", "her" after "my mother", None after a name)."""
    if m["parents"]:
        return parents_said(m, "vi"), False, "their"
    who_, one = who_vi(m)
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    return who_, one, own


def _where_vi(rest: str, own: str | None) -> str | None:
    """Where of English (`rest`) in Vietnamese, its parts in the order said; None where any part is not read."""
    parts = _split(rest, lambda p: _part_vi(p, own))
    return " ".join(vi for vi, _ in parts) if parts and all(vi for vi, _ in parts) else None


def _said_vi(text: str) -> str | None:
    """"My parents live in Hanoi." as "Bố mẹ tôi sống ở Hà Nội.", "She lives with her grandparents." as "Cô ấy sống
    với ông bà.", "She doesn't live here any more." as "Cô ấy không còn sống ở đây nữa." (_SAID_EN); None for anything
    else, and where the verb does not agree with who ("He live", "My parents lives")."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    who_, one, own = _subject_vi(m)
    neg = (m["not"] or "").lower()
    if neg and (m["live"] != "live" or neg.startswith("does") != one) or not neg and (m["live"] == "lives") != one \
            or m["more"] and not neg or m["now"] and (m["still"] or m["no"]):
        return None
    where = _where_vi(m["rest"], own)
    if where is None or f"với {who_}" in where or not _many(_subject_en(m), where):  # ("She lives with her.")
        return None
    aux = "vẫn " if m["still"] else "không còn " if m["no"] or m["more"] else "không " if neg else ""
    more = " nữa" if m["no"] or m["more"] else ""
    return capitalised(f"{'Bây giờ ' * bool(m['now'])}{who_} {aux}sống {where}{more}.")


def _asked_vi(text: str) -> str | None:
    """"Does he still live in Da Nang?" as "Anh ấy có còn sống ở Đà Nẵng không?", "Where does your sister live?" as
    "Em gái bạn sống ở đâu?", "Who do you live with?" as "Bạn sống với ai?", "What floor do you live on?" as "Bạn
    sống ở tầng mấy?" (_ASKED_EN); None for anything else, and where "do" or "does" does not agree with who."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one, own = _subject_vi(m)
    if (m["do"].lower() == "does") != one or m["still"] and (m["q"] or m["now"]):
        return None
    now = "Bây giờ " * bool(m["now"])
    if m["q"]:
        q = keyed(m["q"])
        if (m["rest"] or None) != _ASKED_EN_TAILS[q][0]:
            return None
        return capitalised(f"{now}{who_} sống {_ASKED_EN_TAILS[q][1]}?")
    where = _where_vi(m["rest"], own) if m["rest"] else None
    if where is None or not _many(_subject_en(m), where):
        return None
    return capitalised(f"{now}{who_} có {'còn ' * bool(m['still'])}sống {where} không?")
