"""Who looks after the children (a baby, a pet, a younger brother or sister, an elderly parent), who babysits, and the
kids at their grandmother's, said or asked, both ways, written whole by rule. v8 (with every other rule) reads "trông"
as look (at, for, like) and "look after" as seeking after: "Bạn trông bọn trẻ giúp tôi được không?" → "Can you look
for children for me?", "Ai trông con cho bạn?" → "Who looks for you?", "Mẹ tôi trông con trai tôi." → "My mother
looked at my son.", "Tối nay tôi phải trông em trai." → "Tonight, I must look younger brother.", "Cô ấy trông trẻ cho
hàng xóm." → "She looks young to the neighbor.", "Bọn trẻ đang ở nhà bà." → "The children were at home."; "Can you
look after the kids for me?" → "Bạn có thể tìm kiếm trẻ sau tôi không?", "Who looks after your children?" → "Ai trông
có vẻ như sau khi con bạn không?", "Who will look after your dog?" → "Ai sẽ trông đợi sau chó của bạn?", "She babysits
for our neighbours." → "Cô ấy giữ cho người hàng xóm của chúng tôi.", "The kids are at my mother's." → "Con cái của
mẹ tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN) or "Ai" (who?) looking after ("trông", "giữ", look after, watch) or taking care
of ("chăm sóc") whom: the kids ("bọn trẻ", "con"; "con cho bạn": your children), the baby, the dog or cat (whose or
not), a younger brother or sister (whose, or the subject's own: "trông em trai"), kin with whose (mt.people's words
for a child, a parent, a grandparent, a wife or husband) or parents and grandparents; as a habit, "thường" (usually),
"đã" (past), "sẽ" (will), "phải" (have to), "có thể" (can), "đang" (-ing); asked as a favour ("Bạn trông … giúp tôi
được không?", "Can you …?"), with "có … không" (Do you …?) or by "Ai"; for someone ("giúp tôi", "cho hàng xóm"), when
someone is at work, away or busy ("khi tôi đi làm"), and a day mt.free_time.when reads (not with a habit; not behind
but with "đã"). Babysitting ("trông trẻ", "giữ trẻ"), and the kids, or a son or daughter, at a grandparent's or at
someone's ("Bọn trẻ đang ở nhà bà."). Left: "trông" of how one looks (mt/looks.py), "trông giống" (mt/features.py),
picking up (mt/pickups.py), favours in general (mt/favours.py), pets fed or walked (mt/pets.py), "giữ em" and "trông
em" ("em": a younger sibling, or you?), "trông trẻ" alone (babysits, or looks young?), a name or a friend looked
after, a habit with a day ("vào thứ Bảy": this Saturday, or every?), "Will you …?", and the rest.
mt.phrasebook.translate tries these after mt/smells.py.

    >>> translate("Bạn trông bọn trẻ giúp tôi được không?", "vi", "en"), translate("Who looks after your children?",
    ...                                                                             "en", "vi")
    ('Can you look after the kids for me?', 'Ai trông con cho bạn?')
"""
from __future__ import annotations

import re

from .ever import OBJECTS
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import SOMEONE_EN, WHO, WHO_EN, WHOM, as_whom, be_agrees, who, who_vi
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (BE_EN, EN_OBJECT_VI, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, be_said, capitalised,
                   contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trông|chăm\s+sóc|giữ|ở\s+nhà)"),
         "en": lazy(r"(?i:look\w*\s+after|care\s+of|babys|watch|\bat\s+\w+.*['’])")}
# whom, in Vietnamese: the kids, the baby, a pet, kin with whose (a child, a parent, a grandparent, a wife, a husband)
_KIDS = {"bọn trẻ": "the kids", "lũ trẻ": "the kids", "bọn nhỏ": "the kids", "các con": "the kids", "con": "the kids",
         "em bé": "the baby"}
_PETS = {"chó": "dog", "mèo": "cat"}
_KIN = {"con": "child", "con trai": "son", "con gái": "daughter", "em trai": "younger brother",
        "em gái": "younger sister", "mẹ": "mother", "bố": "father", "ba": "father", "ông": "grandfather",
        "bà": "grandmother", "vợ": "wife", "chồng": "husband"}
_OWN_KIN = {"em trai": "little brother", "em gái": "little sister"}  # (said without whose: the subject's own)
_OWNER = rf"(?i:{alternatives(OWNERS)})"
_WHOM_VI = (rf"(?:(?P<ckin>(?i:{alternatives(_KIN)}))\s+(?:của\s+)?(?P<kwhose>{_OWNER})|{PARENTS_WHOSE}|"
            rf"(?:con\s+)?(?P<pet>(?i:{alternatives(_PETS)}))(?:\s+(?:của|nhà)?\s*(?P<petwhose>{_OWNER}))?|"
            rf"(?P<own>(?i:{alternatives(_OWN_KIN)}))|(?P<kids>(?i:{alternatives(_KIDS)})))")
_VERBS = {"trông": "look after", "giữ": "look after", "chăm sóc": "take care of"}
# ... who for ("giúp tôi", "cho hàng xóm"), and while who is away ("khi tôi đi làm")
_FOR = rf"(?P<prep>giúp|cho)\s+(?:(?P<nb>hàng\s+xóm)|{WHOM})"
_AWAY = {"đi làm": "at work", "đi vắng": "away", "đi công tác": "away on business", "bận": "busy"}
_AWAY_VI = {en: vi for vi, en in reversed(_AWAY.items())}
_AUX = {"sẽ": "will", "phải": "must", "có thể": "can", "đang": "ing", "đã": "past", "thường": "usually", "có": "do"}
_CARE = lazy(rf"{DAY_OPENING}(?:(?P<anyone>[Aa]i)|{WHO})\s+(?:(?P<aux>{alternatives(_AUX)})\s+)?"
             rf"(?P<verb>trông|giữ|chăm\s+sóc)\s+(?:(?P<sit>trẻ)|{_WHOM_VI})(?:\s+{_FOR})?"
             rf"(?:\s+khi\s+(?P<while>[^,.!?]+?\s+(?:{alternatives(_AWAY)})))?{DAY_AFTER}"
             rf"(?:\s+(?P<asked>được\s+không|không))?{SOFTENED_END}")
_WHILE = lazy(rf"{WHO}\s+(?P<away>{alternatives(_AWAY)})")
# the kids, or a son or daughter, at a grandparent's or at someone's ("Bọn trẻ đang ở nhà bà.")
_ELDERS = {"bà": "grandmother", "ông": "grandfather", "ông bà": "grandparents"}
_ELDERS_VI = {"grandmother": "bà", "grandma": "bà", "granny": "bà", "grandfather": "ông", "grandpa": "ông",
              "grandparents": "ông bà"}
_AT = lazy(rf"(?:(?P<kids>(?i:bọn\s+trẻ|lũ\s+trẻ|bọn\s+nhỏ|các\s+con))|{WHO})\s+(?:đang\s+)?ở\s+nhà\s+"
           rf"(?:(?P<elder>{alternatives(_ELDERS)})(?:\s+(?:ngoại|nội))?|(?P<at>{WHOM}))\s*(?P<end>[.!]*)")

# ... and in English: whom ("the kids", "your children", "the dog", "my son", "my parents")
_YOUNG_EN = {"son": "con trai", "daughter": "con gái", "child": "con", "little brother": "em trai",
             "younger brother": "em trai", "little sister": "em gái", "younger sister": "em gái"}
_ELDER_EN = {"mother": "mẹ", "mum": "mẹ", "mom": "mẹ", "father": "bố", "dad": "bố", "grandmother": "bà",
             "grandfather": "ông", "wife": "vợ", "husband": "chồng"}
_WHOM_EN = (rf"(?:(?P<kids>the\s+kids|the\s+children|the\s+baby)|(?P<cwhose>{WHOSE_WORDS})\s+(?:children|kids)|"
            rf"{PARENTS_WHOSE_EN}|(?P<petwhose>the|{WHOSE_WORDS})\s+(?P<pet>dog|cat)|"
            rf"(?P<kwhose>{WHOSE_WORDS})\s+(?P<ckin>{alternatives(_YOUNG_EN | _ELDER_EN)}))")
_VERB_EN = (r"(?P<verb>(?P<look>look|looks|looked|looking)\s+after|(?P<take>take|takes|took|taking)\s+care\s+of|"
            r"(?P<watch>watch|watches|watched|watching)|(?P<sit>babysit|babysits|babysat|babysitting))")
_FOR_EN = rf"for\s+(?:(?P<nb>the|our|my|your)\s+neighbou?rs|(?P<whom>(?i:me|you|him|her|us|them)|{SOMEONE_EN}))"
_CARE_EN = lazy(rf"(?:(?P<q>Can|Could|Do|Does)\s+)?(?:(?P<anyone>Who)|{WHO_EN})"
                rf"(?P<aux>['’]ll|\s+will|\s+has\s+to|\s+have\s+to|\s+can|\s+usually|{BE_EN})?\s+{_VERB_EN}"
                rf"(?:\s+{_WHOM_EN})?(?:\s+{_FOR_EN})?"
                rf"(?:\s+when\s+(?P<while>[^,.!?]+?\s+(?:{alternatives(_AWAY_VI)})))?"
                r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_WHILE_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?P<away>{alternatives(_AWAY_VI)})")
_AT_EN = lazy(rf"(?:(?P<kids>The\s+(?:kids|children))|{WHO_EN})(?P<verb>['’]re|\s+are|['’]s|\s+is)\s+at\s+"
              rf"(?:(?P<own>their|his|her)\s+(?P<elder>{alternatives(_ELDERS_VI)})|(?P<at>{SOMEONE_EN}))"
              r"(?P<poss>['’]s|['’])(?:\s+(?:house|place))?\s*(?P<end>[.!]*)")
# the forms of the English verbs: "-s", past, "-ing"
_FORMS = {"look after": ("looks after", "looked after", "looking after"),
          "babysit": ("babysits", "babysat", "babysitting"),
          "take care of": ("takes care of", "took care of", "taking care of")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who looks after whom, who babysits, or where the kids are
    staying; None for any other."""
    if src == "vi":
        return _care(text) or _at(text)
    return _care_vi(text) or _at_vi(text)


def _of(someone: str) -> str:
    """Someone's, as English says it after a place ("my mother's", "their grandparents'")."""
    return f"{someone}'" if someone.endswith("s") else f"{someone}'s"


def _behind(day: str) -> bool:
    """Whether an English day is behind this one ("yesterday", "last Saturday")."""
    return bool(BEHIND.match(day)) or day.startswith(("yesterday", "last "))


def _subject_whose(m: re.Match, said: tuple[str, bool] | None) -> str | None:
    """Whose the subject's own kin are in English ("I": "my", "my mother": "her"); None for "ai" or one unknown."""
    if said is None:
        return None
    if m["who"]:
        return EN_WHOSE.get(said[0]) or EN_WHOSE.get(said[0].lower())
    return his_her(said[0]) if m["kin"] or m["title"] else None


def _whom_en(m: re.Match, whose: str | None) -> str | None:
    """Whom of a match of _WHOM_VI in English ("con trai tôi": "my son", "chó": "the dog", "em gái": the subject's
    "little sister"); None for one not read."""
    if m["ckin"]:
        return f"{OWNERS[keyed(m['kwhose'])]} {_KIN[keyed(m['ckin'])]}"
    if m["parents"]:
        return parents_said(m, "en")
    if m["pet"]:
        return f"{OWNERS[keyed(m['petwhose'])] if m['petwhose'] else 'the'} {_PETS[keyed(m['pet'])]}"
    if m["own"]:
        return whose and f"{whose} {_OWN_KIN[keyed(m['own'])]}"
    return _KIDS[keyed(m["kids"])]


def _children_of(m: re.Match) -> str | None:
    """Whose children "con cho …" says ("con cho bạn": "your children", "con cho chị tôi": "my sister's")."""
    if m["nb"]:
        return "the neighbours' children"
    said = m["whom"] and as_whom(m["whom"], "vi")
    if not said:
        return None
    return f"{OWNERS[keyed(m['whom'])] if keyed(m['whom']) in OBJECTS else _of(said)} children"


def _for_en(m: re.Match) -> str | None:
    """Who for of a match of _FOR in English ("giúp tôi": " for me", "cho hàng xóm": " for the neighbours"); "" for
    none said, None for one not read."""
    if not m["prep"]:
        return ""
    said = "the neighbours" if m["nb"] else as_whom(m["whom"], "vi")
    return said and f" for {said}"


def _while_en(said: str | None, asked: bool) -> str | None:
    """"khi tôi đi làm" as " when I'm at work"; "" for none said, None for one not read."""
    if not said:
        return ""
    m = _WHILE.fullmatch(" ".join(said.split()))
    who_ = m and who(m, asked)
    if not who_:
        return None
    away = _AWAY[keyed(m["away"])]
    return f" when {contracted(who_[0], f'{be(who_[0])} {away}')}"


def _care(text: str) -> str | None:
    """"Bạn trông bọn trẻ giúp tôi được không?" as "Can you look after the kids for me?", "Ai trông con cho bạn?" as
    "Who looks after your children?", "Mẹ tôi trông con trai tôi khi tôi đi làm." as "My mother looks after my son
    when I'm at work.", "Tối nay tôi phải trông em trai." as "I have to look after my little brother tonight.", "Cô
    ấy trông trẻ cho hàng xóm." as "She babysits for the neighbours." (_CARE); None for anything else."""
    m = _CARE.fullmatch(text)
    asked = bool(m and (m["asked"] or m["anyone"]))
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    aux, verb = _AUX.get(keyed(m["aux"] or "")), keyed(m["verb"])
    can = m["asked"] == "được không" or aux == "can" and asked
    if m["asked"] and not (can and aux in (None, "can") or aux == "do" and m["asked"] == "không") or \
            m["anyone"] and aux in ("can", "do") or aux == "do" and not m["asked"] or \
            verb == "giữ" and not (m["sit"] or m["own"]) or m["sit"] and verb == "chăm sóc" or m["own"] and asked:
        return None
    if m["sit"] and verb == "trông" and aux in (None, "usually", "do") and not m["prep"]:
        return None  # ("Cô ấy trông trẻ.": she babysits, or she looks young?)
    said = ("who", True) if m["anyone"] else who(m, asked)
    day = when(m["day0"] or m["day"], "vi")
    while_ = _while_en(m["while"], asked)
    if said is None or day is None or while_ is None or day and (aux in (None, "usually", "do") or
                                                                 _behind(day) != (aux == "past")):
        return None
    who_, one = said
    if m["prep"] == "cho" and m["kids"] and keyed(m["kids"]) == "con" and not can:  # ("Ai trông con cho bạn?": whose)
        whom, for_ = _children_of(m), ""
    else:
        whom = "" if m["sit"] else _whom_en(m, None if m["anyone"] else _subject_whose(m, said))
        for_ = _for_en(m)
    if whom is None or for_ is None:
        return None
    base = "babysit" if m["sit"] else _VERBS[verb]
    does, did, doing = _FORMS[base]
    rest = f"{' ' * bool(whom)}{whom}{for_}{while_}{' ' * bool(day)}{day}"
    if can:
        return f"Can {who_} {base}{rest}?"
    if aux == "do":
        return f"{'Does' if one else 'Do'} {who_} {base}{rest}?"
    said_ = {None: f"{does if one else base}", "usually": f"usually {does if one else base}", "past": did,
             "will": f"will {base}", "must": f"{'has' if one else 'have'} to {base}", "can": f"can {base}",
             "ing": f"{be(who_) if who_ != 'who' else 'is'} {doing}"}[aux]
    if aux == "must":  # ("I have to", not "I've to")
        return capitalised(f"{who_} {said_}{rest}" + ("!" if "!" in m["end"] else "."))
    if m["anyone"]:
        return f"{'Who' + chr(39) + 's' if aux == 'ing' else 'Who'} {said_.removeprefix('is ')}{rest}?"
    return capitalised(contracted(who_, f"{said_}{rest}") + ("!" if "!" in m["end"] else "."))


def _at(text: str) -> str | None:
    """"Bọn trẻ đang ở nhà bà." as "The kids are at their grandmother's.", "Con trai tôi ở nhà mẹ tôi." as "My son
    is at my mother's." (_AT); None for anything else, and for someone not a son or daughter by kin."""
    m = _AT.fullmatch(text)
    if not m or not m["kids"] and not (m["kin"] and keyed(m["kin"]) in ("con trai", "con gái")):
        return None
    said = ("the kids", False) if m["kids"] else who(m, False)
    whose = "their" if m["kids"] else his_her(f"{m['kin']} {m['whose']}")
    at = as_whom(m["at"], "vi") if m["at"] else None
    if not said or m["at"] and (not at or keyed(m["at"]) in OBJECTS):
        return None
    elder = m["elder"] and _ELDERS[keyed(m["elder"])]
    place = f"{whose} {elder}" if elder else at
    is_ = "are" if m["kids"] else "is"
    return capitalised(f"{said[0]} {is_} at {_of(place)}.")


def _whom_vi(m: re.Match) -> tuple[str, bool] | None:
    """Whom of a match of _WHOM_EN in Vietnamese, and whether one looks after them with "chăm sóc" rather than
    "trông" (an elder): ("bọn trẻ", False), ("con chó của bạn", False), ("mẹ tôi", True); None for one not read."""
    if m["kids"]:
        return ("em bé" if m["kids"].endswith("baby") else "bọn trẻ"), False
    if m["parents"]:
        return parents_said(m, "vi"), True
    if m["pet"]:
        owner = m["petwhose"].lower()
        pet = f"con {'chó' if m['pet'] == 'dog' else 'mèo'}"
        return (pet if owner == "the" else f"{pet} của {WHOSE_VI[owner]}"), False
    kin = m["ckin"].lower()
    vi = _YOUNG_EN.get(kin) or _ELDER_EN[kin]
    return f"{vi} {WHOSE_VI[m['kwhose'].lower()]}", kin in _ELDER_EN


def _for_vi(m: re.Match) -> str | None:
    """Who for of a match of _FOR_EN in Vietnamese ("for me": "tôi", "for our neighbours": "hàng xóm của chúng
    tôi"); "" for none, None for one not read."""
    if m["nb"]:
        whose = m["nb"].lower()
        return "hàng xóm" if whose == "the" else f"hàng xóm của {WHOSE_VI[whose]}"
    return (EN_OBJECT_VI.get(m["whom"].lower()) or as_whom(m["whom"], "en")) if m["whom"] else ""


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether the verb of a match of _CARE_EN agrees with who and what is said before it ("She looks", "Can she
    look", "I'll look", "He's looking"; not "She look", "Does he looks", "I'm look")."""
    verb = (m["look"] or m["take"] or m["watch"] or m["sit"]).lower()
    form = "ing" if verb.endswith("ing") else "past" if verb in ("looked", "took", "watched", "babysat") else \
        "s" if verb in ("looks", "takes", "watches", "babysits") else "base"
    aux = (m["aux"] or "").strip().lower().removeprefix("usually")  # ("She usually looks")
    if m["be"]:
        return form == "ing" and (be_said(m["be"]) == "is" if m["anyone"] else be_agrees(m, m["be"]))
    if m["q"] or aux:
        return form == "base" and (m["q"] not in ("Do", "Does") or (m["q"] == "Does") == one) and \
            (not aux.startswith("ha") or aux.startswith("has") == one)
    return form in ("past", "s" if one else "base")


def _care_vi(text: str) -> str | None:
    """"Can you look after the kids for me?" as "Bạn trông bọn trẻ giúp tôi được không?", "Who looks after your
    children?" as "Ai trông con cho bạn?", "I have to look after my little brother tonight." as "Tối nay tôi phải
    trông em trai tôi.", "She babysits for our neighbours." as "Cô ấy trông trẻ cho hàng xóm của chúng tôi."
    (_CARE_EN); None for anything else, and where the verb does not agree with who."""
    m = _CARE_EN.fullmatch(text)
    asked = bool(m and (m["q"] or m["anyone"]))
    if not m or asked != ("?" in m["end"]) or m["q"] and m["anyone"] or bool(m["sit"]) == bool(
            m["kids"] or m["cwhose"] or m["parents"] or m["pet"] or m["ckin"]) and not (m["sit"] and m["kids"]):
        return None
    who_, one = ("ai", True) if m["anyone"] else who_vi(m)
    aux = (m["aux"] or "").strip().lower().replace("’", "'")
    day = when(m["day"], "en")
    while_ = _while_vi(m["while"])
    if not _agrees(m, one) or day is None or while_ is None or m["be"] and m["q"] or \
            m["q"] and aux or m["q"] in ("Do", "Does") and day or m["anyone"] and aux == "can":
        return None
    past = (m["look"] or m["take"] or m["watch"] or m["sit"]).lower() in ("looked", "took", "watched", "babysat")
    if day and (not (aux or m["q"] or past) or _behind(m["day"]) != past):
        return None
    for_ = _for_vi(m)
    if for_ is None:
        return None
    if m["cwhose"]:
        whose = m["cwhose"].lower()
        own = not m["anyone"] and (whose == WHOSE_OF[m["who"].lower()] if m["who"] else one and whose in ("his", "her"))
        whom, elder = ("con" if own else f"con cho {WHOSE_VI[whose]}"), False
        if for_ and not own:
            return None
    else:
        whom_said = ("trẻ", False) if m["sit"] and not m["kids"] else _whom_vi(m)
        if whom_said is None:
            return None
        whom, elder = whom_said
    if m["watch"] and elder:
        return None
    verb = "chăm sóc" if m["take"] or elder and m["look"] else "trông"
    if m["q"] in ("Can", "Could"):
        if for_ in ("tôi", "chúng tôi"):
            return placed(f"{who_} {verb} {whom} giúp {for_}", day, " được không?")
        return placed(f"{who_} có thể {verb} {whom}{' cho ' + for_ if for_ else ''}{while_}", day, " không?")
    if m["q"]:
        return capitalised(f"{who_} có {verb} {whom}{' cho ' + for_ if for_ else ''}{while_} không?")
    tense = {"'ll": "sẽ ", "will": "sẽ ", "has to": "phải ", "have to": "phải ", "can": "có thể ",
             "usually": "thường "}.get(aux, "đã " if past and not day else "đang " if m["be"] and not day else "")
    said = f"{who_} {tense}{verb} {whom}{' cho ' + for_ if for_ else ''}{while_}"
    return placed(said, day, "?" if m["anyone"] else "!" if "!" in m["end"] else ".")


def _while_vi(said: str | None) -> str | None:
    """"when I'm at work" as " khi tôi đi làm"; "" for none said, None for one not read or where "is" does not
    agree."""
    if not said:
        return ""
    m = _WHILE_EN.fullmatch(" ".join(said.split()))
    if not m:
        return None
    if not be_agrees(m, m["be"]):
        return None
    return f" khi {who_vi(m)[0]} {_AWAY_VI[m['away'].lower()]}"


def _at_vi(text: str) -> str | None:
    """"The kids are at their grandmother's." as "Bọn trẻ đang ở nhà bà.", "My son is at my mother's." as "Con trai
    tôi đang ở nhà mẹ tôi." (_AT_EN); None for anything else, and where "is" or whose does not agree."""
    m = _AT_EN.fullmatch(text)
    if not m or not m["kids"] and not (m["kin"] and m["kin"].lower() in ("son", "daughter")):
        return None
    said = ("bọn trẻ", False) if m["kids"] else who_vi(m)
    own = "their" if m["kids"] else "his" if m["kin"].lower() == "son" else "her"
    many = be_said(m["verb"]) == "are"
    if many != bool(m["kids"]) or m["own"] and m["own"] != own:
        return None
    place = _ELDERS_VI[m["elder"]] if m["elder"] else as_whom(m["at"], "en")
    if not place or (len(m["poss"]) == 1) != (m["elder"] == "grandparents"):  # ("grandparents'", "Lan's")
        return None
    return capitalised(f"{said[0]} đang ở nhà {place}{'!' if '!' in m['end'] else '.'}")

