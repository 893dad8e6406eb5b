"""Knowing people, both ways, written whole by rule: who knows someone (well) or not, how they know each other, where
they met, how long and since when they have known each other, and whether they have met. v8 (every rule on) reads
"biết" before a person as knowing a fact, "quen" as familiar, "từ nhỏ" as a little one: "Bạn có biết anh ấy không?" →
"Do you know that he is?", "Tôi không biết cô ấy." → "I don't know if she.", "Tôi biết anh ấy rất rõ." → "I know he's
very clear.", "Họ có quen nhau không?" → "Do they know?", "Các bạn quen nhau thế nào?" → "How are you familiar?",
"Chúng tôi quen nhau ở trường đại học." → "We know each other at college.", "Họ biết nhau từ nhỏ." → "They know each
other from the little one.", "Bạn quen cô ấy bao lâu rồi?" → "How long have you been knowing she?", "Tôi chưa gặp bố mẹ
cô ấy." → "I'm not met her parents."; "Do you know him?" → "Bạn có biết anh ta không?", "I don't know her very well." →
"Tôi không biết cô ấy rất tốt.", "How do you know him?" → "Bạn biết anh ta như thế nào?", "I met her at work." → "Tôi
đã gặp cô ấy làm việc.", "I've known him for five years." → "Tôi đã biết anh ấy trong năm.", "I haven't met her
parents." → "Tôi không gặp bố mẹ.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking; for each other "chúng tôi", "chúng ta",
"họ", "các bạn", "hai người", someone's parents) knows ("quen", "biết", "quen biết") someone (mt.hobbies.WHOM,
WHOM_EN, someone's parents) or each other ("nhau"), well, very well, not very well, said or asked; how they know them,
where they met (asked), how long they have known them (asked); that they met at a place of PLACES or a way of WAYS;
that they have known them since childhood, university, school, for a long time, for years, or for a span (someone,
not each other); whether they have met ("đã gặp … chưa?", "Have you met …?"), have already, have not yet, have never
(English). Left: each other known for a span or since a year, and how long, asked (mt/family.py's), "biết" before
anything but a person (a fact, how to), "Bạn biết anh ấy ở đâu không?" (where he is), "gặp" someone at a place (met
or saw?), "chưa bao giờ gặp", "đã bao giờ gặp … chưa?" and "Have you ever met …?" (mt/ever.py's), remembering
someone (mt/remembering.py), introductions and who someone is (mt/relations.py).
mt.phrasebook.translate tries these after mt/contact.py.

    >>> translate("Bạn có biết anh ấy không?", "vi", "en"), translate("I don't know her very well.", "en", "vi")
    ('Do you know him?', 'Tôi không quen cô ấy lắm.')
"""
from __future__ import annotations

import re

from .dates import SPAN, span
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:quen|biết|gặp)"), "en": lazy(r"(?i:\bknows?\b|\bknown\b|\bmeet\b|\bmet\b)")}
# where people met, and the ways they met (the first Vietnamese of each is written back)
PLACES = {"trường đại học": "university", "đại học": "university", "trường cấp ba": "high school", "trường": "school",
          "chỗ làm": "work", "nơi làm việc": "work", "công ty": "work", "một bữa tiệc": "a party",
          "bữa tiệc": "a party", "phòng tập": "the gym", "nhà thờ": "church"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"college": "trường đại học"}
WAYS = {"qua mạng": "online", "trên mạng": "online", "qua một người bạn": "through a friend",
        "qua bạn bè": "through friends", "qua công việc": "through work"}
WAYS_VI = {en: vi for vi, en in reversed(WAYS.items())}
# since when ("từ nhỏ": since they were kids; "since childhood" where each other is not said)
_SINCE = {"nhỏ": "kids", "bé": "kids", "khi còn nhỏ": "kids", "khi còn bé": "kids", "hồi nhỏ": "kids", "hồi bé": "kids",
          "hồi còn nhỏ": "kids", "hồi còn bé": "kids", "hồi đại học": "university", "thời đại học": "university",
          "hồi cấp ba": "high school", "thời cấp ba": "high school", "hồi đi học": "school", "thời đi học": "school"}
_SINCE_VI = {en: vi for vi, en in reversed(_SINCE.items())} | {"childhood": "nhỏ", "college": "hồi đại học"}
# who may know each other: "we", "they", "you" said of more than one, someone's parents
_PLURAL = {"chúng tôi": "we", "chúng ta": "we", "họ": "they"}
_PAIR = r"(?P<pair>(?i:các\s+bạn|hai\s+người|hai\s+bạn))"
_PARENTS = r"(?:bố|ba|cha)\s+mẹ\s+(?:của\s+)?(?P<{0}>(?i:{1}))"
_WHO = rf"(?:{WHO}|{_PAIR}|(?i:{_PARENTS.format('pw', alternatives(OWNERS))}))"
_WHOM = rf"(?:(?P<nhau>nhau)|(?i:{_PARENTS.format('qw', alternatives(OWNERS))})|{WHOM})"
_KNOW = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<verb>quen(?:\s+biết)?|biết)"
             rf"(?P<well0>\s+rõ)?\s+{_WHOM}(?:\s+(?P<very>rất\s+)?(?P<well>rõ))?(?P<much>\s+lắm)?{ASKED_END}")
# how, where, how long ("Sao bạn quen anh ấy?", "Hai người quen nhau ở đâu?", "Bạn quen cô ấy bao lâu rồi?")
_HOW = lazy(rf"(?:(?P<how0>(?i:làm\s+sao|làm\s+thế\s+nào|sao))\s+)?{_WHO}\s+(?:đã\s+)?quen(?:\s+biết)?\s+{_WHOM}"
            r"(?:\s+(?P<how>(?:như\s+)?thế\s+nào|bằng\s+cách\s+nào)|\s+(?P<where>ở\s+đâu)|"
            rf"\s+(?P<long>bao\s+lâu)(?:\s+rồi)?)?{SOFTENED_END}")
_MET = lazy(rf"{_WHO}\s+(?:đã\s+)?quen\s+{_WHOM}\s+(?:(?:ở|tại)\s+(?P<place>{alternatives(PLACES)})|"
            rf"(?P<way>{alternatives(WAYS)})){SOFTENED_END}")
_KNOWN = lazy(rf"{_WHO}\s+(?:đã\s+)?(?:quen(?:\s+biết)?|biết)\s+{_WHOM}\s+(?:"
              rf"từ\s+(?P<since>{alternatives(_SINCE)})|(?P<long>(?:từ\s+)?lâu(?:\s+lắm)?)|(?P<years>nhiều\s+năm)"
              rf"|(?:được\s+)?{SPAN}(?=\s+rồi))(?:\s+rồi)?{SOFTENED_END}")
# met or not ("Bạn đã gặp vợ tôi chưa?", "Tôi chưa gặp anh ấy.", "Tôi đã gặp cô ấy rồi.")
_MEET = lazy(rf"{_WHO}\s+(?:(?P<not>chưa)\s+|(?P<did>đã)\s+)?gặp\s+{_WHOM}(?P<before>\s+trước\s+đây)?"
             rf"(?:\s+(?P<done>chưa|rồi))?{SOFTENED_END}")

# ... in English
_WHO_EN = rf"(?:{WHO_EN}|(?P<pw>(?i:{WHOSE_WORDS}))\s+parents)"
_WHOM_EN = rf"(?:(?P<nhau>each\s+other)|(?P<qw>(?i:{WHOSE_WORDS}))\s+parents|{WHOM_EN})"
_NOT_EN = r"(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))"
_KNOW_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}{_NOT_EN}?\s+(?P<verb>knows?)\s+{_WHOM_EN}"
                r"(?P<well>\s+(?P<very>very\s+|really\s+)?well)?\s*(?P<end>[.!?]*)")
_HOW_EN = [lazy(rf"How\s+(?P<do>do|does)\s+{_WHO_EN}\s+know\s+{_WHOM_EN}\s*\?+"),
           lazy(rf"(?P<asked>How|Where)\s+did\s+{_WHO_EN}\s+meet(?:\s+{_WHOM_EN})?\s*\?+"),
           lazy(rf"How\s+long\s+(?P<have>have|has)\s+{_WHO_EN}\s+known\s+{_WHOM_EN}\s*\?+")]
_MET_EN = [lazy(rf"{_WHO_EN}\s+met(?:\s+{_WHOM_EN})?\s+(?:(?:at|in)\s+(?P<place>{alternatives(PLACES_VI)})|"
                rf"(?P<way>{alternatives(WAYS_VI)}))\s*[.!]*"),
           lazy(rf"{_WHO_EN}\s+(?P<verb>knows?)\s+{_WHOM_EN}\s+from\s+(?P<place>{alternatives(PLACES_VI)})"
                r"\s*[.!]*")]
_KNOWN_EN = lazy(rf"{_WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+known\s+{_WHOM_EN}\s+(?:since\s+(?:"
                 r"(?P<kw>I|we|they|you|he|she)\s+(?P<kb>was|were)\s+(?:kids|children|little|a\s+kid|a\s+child)|"
                 rf"(?P<since>childhood|{alternatives(_SINCE_VI)}))|for\s+(?P<long>a\s+long\s+time|ages|years)|"
                 rf"for\s+(?P<n>\d{{1,2}}|a\s+few|(?i:{alternatives(EN_TO_VI)}))\s+(?P<u>years?|months?|weeks?))"
                 r"\s*[.!]*")
_MEET_EN = [lazy(rf"(?P<q>Have|Has)\s+{_WHO_EN}\s+met(?:\s+{_WHOM_EN})?(?P<before>\s+before)?\s*\?+"),
            lazy(rf"{_WHO_EN}(?:(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+(?P<adv>never|already)|"
                 rf"(?P<not>\s+haven['’]t|\s+hasn['’]t|\s+have\s+not|\s+has\s+not))\s+met\s+{_WHOM_EN}"
                 r"(?P<yet>\s+yet)?\s*[.!]*")]
_UNITS_VI = {"year": "năm", "month": "tháng", "week": "tuần"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who knows someone or each other, how, since when or for how
    long, where they met, or whether they have met; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _know(text) or _how(text) or _met(text) or _known(text) or _meet(text)
    return _know_vi(text) or _how_vi(text) or _met_vi(text) or _known_vi(text) or _meet_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "does"; None for a word of kinship alone said, and
    for "you" or anyone else but "we", "they" and parents before each other ("nhau")."""
    if m["pair"]:
        said = ("you", False)
    elif m["pw"]:
        said = (f"{OWNERS[keyed(m['pw'])]} parents", False)
    else:
        said = who(m, asked)
    if said and m["nhau"] and not (m["pair"] or m["pw"] or m["who"] and keyed(m["who"]) in _PLURAL):
        return None
    return said


def _whom(m: re.Match) -> str | None:
    """Whom of a match of _WHOM in English: "each other", "my parents", "him", "my mother"; None for anything
    else."""
    if m["nhau"]:
        return "each other"
    return f"{OWNERS[keyed(m['qw'])]} parents" if m["qw"] else as_whom(m["whom"], "vi")


def _know(text: str) -> str | None:
    """"Bạn có biết anh ấy không?" as "Do you know him?", "Tôi không quen cô ấy lắm." as "I don't know her very
    well.", "Tôi biết anh ấy rất rõ." as "I know him very well." (_KNOW); None for anything else."""
    m = _KNOW.fullmatch(text)
    asked = bool(m and m["asked"])
    well = m and (m["well0"] or m["well"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["well0"] and m["well"] or well and keyed(
            m["verb"]) != "biết":
        return None
    if (said := _who(m, asked)) is None or (whom := _whom(m)) is None:
        return None
    who_, one = said
    if asked:
        return None if m["not"] or m["much"] or m["very"] else (
            f"{'Does' if one else 'Do'} {who_} know {whom}{' well' * bool(well)}?")
    if m["not"]:
        return None if m["very"] else capitalised(
            f"{who_} {'doesn' if one else 'don'}'t know {whom}{' very well' if m['much'] else ' well' * bool(well)}.")
    if m["much"] or m["very"] and not m["well"]:
        return None
    return capitalised(f"{who_} know{'s' * one} {whom}{' very well' if m['very'] else ' well' * bool(well)}.")


def _how(text: str) -> str | None:
    """"Sao bạn quen anh ấy?" as "How do you know him?", "Hai người quen nhau ở đâu?" as "Where did you meet?",
    "Bạn quen cô ấy bao lâu rồi?" as "How long have you known her?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    if not m or "?" not in m["end"] or sum(bool(m[k]) for k in ("how0", "how", "where", "long")) != 1:
        return None
    if (said := _who(m, True)) is None or (whom := _whom(m)) is None:
        return None
    who_, one = said
    if m["where"]:
        return f"Where did {who_} meet{'' if m['nhau'] else ' ' + whom}?"
    if m["long"]:
        return f"How long {'has' if one else 'have'} {who_} known {whom}?"
    return f"How {'does' if one else 'do'} {who_} know {whom}?"


def _met(text: str) -> str | None:
    """"Chúng tôi quen nhau ở trường đại học." as "We met at university.", "Tôi quen cô ấy qua công việc." as "I met
    her through work." (_MET); None for anything else."""
    m = _MET.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None or (whom := _whom(m)) is None:
        return None
    where = f"at {PLACES[keyed(m['place'])]}" if m["place"] else WAYS[keyed(m["way"])]
    return capitalised(f"{said[0]} met {'' if m['nhau'] else whom + ' '}{where}.")


def _known(text: str) -> str | None:
    """"Họ biết nhau từ nhỏ." as "They've known each other since they were kids.", "Tôi quen anh ấy năm năm rồi." as
    "I've known him for five years.", "Chúng tôi quen nhau lâu rồi." as "We've known each other for a long time."
    (_KNOWN); None for anything else, and each other for a span (mt/family.py's)."""
    m = _KNOWN.fullmatch(text)
    if not m or "?" in m["end"] or m["n"] and m["nhau"]:
        return None
    if (said := _who(m, False)) is None or (whom := _whom(m)) is None:
        return None
    who_, one = said
    since = _SINCE[keyed(m["since"])] if m["since"] else ""
    if since == "kids":
        since = f"since {'they' if 'parents' in who_ else who_} were kids" if m["nhau"] else "since childhood"
    elif since:
        since = f"since {since}"
    else:
        since = "for a long time" if m["long"] else "for years" if m["years"] else f"for {span(m)}"
    return capitalised(contracted(who_, f"{'has' if one else 'have'} known {whom} {since}."))


def _meet(text: str) -> str | None:
    """"Bạn đã gặp vợ tôi chưa?" as "Have you met my wife?", "Chúng ta đã gặp nhau trước đây chưa?" as "Have we met
    before?", "Tôi chưa gặp anh ấy." as "I haven't met him yet.", "Tôi đã gặp cô ấy rồi." as "I've already met her."
    (_MEET); None for anything else."""
    m = _MEET.fullmatch(text)
    if not m:
        return None
    asked, done = "?" in m["end"], keyed(m["done"] or "")
    if asked != (done == "chưa") or m["not"] and (done or m["before"]) or not asked and not (m["not"] or done):
        return None
    if (said := _who(m, asked)) is None or (whom := _whom(m)) is None:
        return None
    who_, one = said
    met = f"met{'' if m['nhau'] else ' ' + whom}{' before' * bool(m['before'])}"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} {met}?"
    if m["not"]:
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t {met} yet.")
    return None if m["before"] else capitalised(contracted(who_, f"{'has' if one else 'have'} already {met}."))


def _first(patterns: list[re.Pattern], text: str) -> dict[str, str | None] | None:
    """The groups of the first of `patterns` that matches the whole text, a group missing from it as None."""
    m = next((m for p in patterns if (m := p.fullmatch(text))), None)
    return None if m is None else {"nhau": None, "qw": None, "whom": None} | m.groupdict()


def _who_vi(m, each: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s"; "các bạn" for "you" before
    each other (`each`); None for anyone but "we", "they", "you" and parents before each other."""
    if m["pw"]:
        return f"bố mẹ {WHOSE_VI[m['pw'].lower()]}", False
    who_, one = who_vi(m)
    if each and (not m["who"] or m["who"].lower() not in ("we", "they", "you")):
        return None
    return ("các bạn" if each and who_ == "bạn" else who_), one


def _whom_vi(m) -> str | None:
    """Whom of a match of _WHOM_EN in Vietnamese: "nhau", "bố mẹ tôi", "anh ấy", "mẹ tôi"; "nhau" where none is
    said, before each other."""
    if m["qw"]:
        return f"bố mẹ {WHOSE_VI[m['qw'].lower()]}"
    return as_whom(m["whom"], "en") if m["whom"] else "nhau"


def _agrees(word: str | None, one: bool) -> bool:
    """Whether "does", "has", "knows", "'s" … (`word`) agree with who (`one`: said of one); any other does."""
    word = " ".join((word or "").lower().replace("’", "'").split())
    if word in ("does", "does not", "doesn't", "has", "has not", "hasn't", "'s", "knows"):
        return one
    return not one if word in ("do", "do not", "don't", "have", "have not", "haven't", "'ve", "know") else True


def _know_vi(text: str) -> str | None:
    """"Do you know him?" as "Bạn có quen anh ấy không?", "I don't know her very well." as "Tôi không quen cô ấy
    lắm.", "I know him well." as "Tôi biết rõ anh ấy." (_KNOW_EN); None for anything else, and where a verb does not
    agree with who."""
    m = _KNOW_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    if (said := _who_vi(m, bool(m["nhau"]))) is None:
        return None
    (who_, one), whom = said, _whom_vi(m)
    aux = m["do"] or m["not"]
    if aux and m["verb"] != "know" or not _agrees(aux or m["verb"], one) or whom is None:
        return None
    knows = "biết rõ" if m["well"] else "quen"
    if m["do"]:
        return None if m["very"] else capitalised(f"{who_} có {knows} {whom} không?")
    if m["not"]:
        return capitalised(f"{who_} không quen {whom} lắm." if m["very"] else f"{who_} không {knows} {whom}.")
    return capitalised(f"{who_} biết {whom} rất rõ." if m["very"] else f"{who_} {knows} {whom}.")


def _how_vi(text: str) -> str | None:
    """"How do you know him?" as "Sao bạn quen anh ấy?", "How did you meet?" as "Các bạn quen nhau như thế nào?",
    "Where did you meet him?" as "Bạn quen anh ấy ở đâu?", "How long have you known her?" as "Bạn quen cô ấy bao
    lâu rồi?" (_HOW_EN); None for anything else, and where "does", "has" does not agree with who."""
    m = _first(_HOW_EN, text)
    if not m or (said := _who_vi(m, not (m["whom"] or m["qw"]))) is None or (whom := _whom_vi(m)) is None:
        return None
    who_, one = said
    if not _agrees(m.get("do") or m.get("have"), one):
        return None
    if m.get("do"):
        return f"Sao {who_} quen {whom}?"
    if m.get("have"):
        return capitalised(f"{who_} quen {whom} bao lâu rồi?")
    return capitalised(f"{who_} quen {whom} {'như thế nào' if m['asked'] == 'How' else 'ở đâu'}?")


def _met_vi(text: str) -> str | None:
    """"We met at university." as "Chúng tôi quen nhau ở trường đại học.", "I met her through work." as "Tôi quen cô
    ấy qua công việc.", "I know her from work." as "Tôi quen cô ấy ở chỗ làm." (_MET_EN); None for anything else."""
    m = _first(_MET_EN, text)
    if not m or (said := _who_vi(m, not (m["whom"] or m["qw"]))) is None or (whom := _whom_vi(m)) is None:
        return None
    if m.get("verb") and not _agrees(m["verb"], said[1]):
        return None
    where = f"ở {PLACES_VI[m['place'].lower()]}" if m["place"] else WAYS_VI[" ".join(m["way"].lower().split())]
    return capitalised(f"{said[0]} quen {whom} {where}.")


def _known_vi(text: str) -> str | None:
    """"They've known each other since they were kids." as "Họ quen nhau từ nhỏ.", "I've known him for five years."
    as "Tôi quen anh ấy được năm năm rồi." (_KNOWN_EN); None for anything else, where "have" does not agree with
    who, and each other for a span (mt/family.py's)."""
    m = _KNOWN_EN.fullmatch(text)
    if not m or m["n"] and m["nhau"] or (said := _who_vi(m, bool(m["nhau"]))) is None:
        return None
    (who_, one), whom = said, _whom_vi(m)
    if not _agrees(m["have"], one) or whom is None:
        return None
    if m["kw"]:
        kw, subject = m["kw"].lower(), (m["who"] or "they").lower()
        if (kw in ("i", "he", "she")) != (m["kb"] == "was") or kw != subject and not (kw == "we" and subject == "i"):
            return None
        return capitalised(f"{who_} quen {whom} từ nhỏ.")
    if m["since"]:
        return capitalised(f"{who_} quen {whom} từ {_SINCE_VI[m['since'].lower()]}.")
    if m["long"]:
        return capitalised(f"{who_} quen {whom} {'nhiều năm' if m['long'] == 'years' else 'lâu'} rồi.")
    n = keyed(m["n"])
    n = "vài" if n == "a few" else EN_TO_VI.get(n, n)
    if (n in ("1", "một")) == m["u"].endswith("s"):
        return None
    return capitalised(f"{who_} quen {whom} được {n} {_UNITS_VI[m['u'].rstrip('s')]} rồi.")


def _meet_vi(text: str) -> str | None:
    """"Have you met my wife?" as "Bạn đã gặp vợ tôi chưa?", "Have we met before?" as "Chúng ta đã gặp nhau trước đây
    chưa?", "I haven't met him yet." as "Tôi chưa gặp anh ấy.", "I've never met her." as "Tôi chưa bao giờ gặp cô
    ấy." (_MEET_EN); None for anything else, and where "has" does not agree with who."""
    m = _first(_MEET_EN, text)
    each = not (m and (m["whom"] or m["qw"]))
    if not m or (said := _who_vi(m, each)) is None or (whom := _whom_vi(m)) is None:
        return None
    who_, one = said
    if not _agrees(m.get("q") or m.get("have") or m.get("not"), one) or m.get("yet") and m.get("adv"):
        return None
    if m.get("q"):
        who_ = "chúng ta" if who_ == "chúng tôi" and each else who_  # ("Have we met?": the speaker and the listener)
        return capitalised(f"{who_} đã gặp {whom}{' trước đây' * bool(m['before'])} chưa?")
    if m["not"]:
        return capitalised(f"{who_} chưa gặp {whom}.")
    return capitalised(f"{who_} chưa bao giờ gặp {whom}." if m["adv"] == "never" else f"{who_} đã gặp {whom} rồi.")
