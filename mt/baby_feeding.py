"""Feeding a baby, both ways, written whole by rule: formula ("sữa công thức"), breastfed ("bú mẹ") or bottle-fed
("bú bình"), a bottle that is refused, how often and how much a baby feeds, who breastfeeds, bottle-feeds or feeds
formula to a baby, and who makes up a bottle ("pha sữa cho con"). v8 (rules on) reads "bú" as feeding anyone, "pha"
as brewing, "bottle" as "chai" and the baby as the mother: "Em bé bú mẹ hoàn toàn." → "The mother was totally
breastfed.", "Để tôi pha sữa cho bé." → "Let me brew your baby.", "Ba tiếng tôi cho con bú một lần." → "Three hours I'm
feeding once."; and back, "My baby won't take a bottle." → "Con tôi không uống chai.", "My baby has been weaned." →
"Bé của tôi đã được vũ trang." (more in its tests).

Taken: a baby ("em bé", "bé nhà tôi", "con tôi", "con trai", "con gái" with whose, a name but drinking formula; "the
baby", "my baby", "my son" …) drinking formula (still, asked, denied, won't), formula-fed, breastfed (exclusively,
still, asked), bottle-fed, refusing a bottle ("không chịu bú bình"), feeding every so many hours (asked "mấy tiếng một
lần?"), so many times a day, or so many ml a feed (asked "bao nhiêu ml?"); in English "has been weaned", asked or said;
who (mt.hobbies.WHO, WHO_EN) breastfeeding, exclusively too, bottle-feeding or feeding formula to their own baby ("cho
con"), the baby ("cho bé") or one whose is said: a habit, every so many hours, asked, denied, now ("đang"), ahead
("sẽ"), for so many months ("đã … sáu tháng"), just ("vừa … xong"); who is making up or has just made up a bottle for a
baby, "Để tôi …" (let me), asked "… chưa?". Left: weaning in Vietnamese and "weaned yet" (mt/fussy_babies.py), nappies
(mt/nappies.py), firsts (mt/milestones.py), births (mt/babies.py, mt/newborns.py), looking after (mt/childcare.py),
milk in drinks (mt/drinks.py); a man ("anh", "chú" … asked too), "we", "they", one whose sex is not said ("bạn tôi",
"con tôi", a name alone), parents and grandparents breastfeeding, or breastfeeding another's baby ("Anh ấy cho con bú.":
a bottle?), parents and grandparents, or a name alone, with "cho con" (whose baby? his or hers?), "anh", "chị", "em"
alone saying it, "em" asking with "ạ" (the speaker), "I" asking, "con" with no whose as the baby, "không bú mẹ",
"không bú bình" (doesn't, or won't?), "đã cho con bú" with no months (done, or a habit then?), "mới" (just, or only?),
a habit of making up bottles, "ba giờ" (three o'clock?), "được … rồi" (still, or done?), none ("0 tiếng"), "fed" alone
in English (solid food too), "the son" (not "em bé"), milk supply, animals (pets feeding too).
mt.phrasebook.translate tries these after mt/speed_cameras.py.

    >>> translate("Em bé bú mẹ hoàn toàn.", "vi", "en"), translate("I breastfeed my baby every three hours.",
    ...                                                            "en", "vi")
    ('The baby is exclusively breastfed.', 'Ba tiếng tôi cho con bú một lần.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, em_speaking, his_her_of, who, who_vi
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN
from .numbers import en_word, vi_word
from .people import CHILD_KIN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed,
                   present, progressive, stop, strip_marks)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bú|sữa\s+công|pha\s+sữa)"), "en": lazy(r"(?i:formula|breastf|bottle|feed|wean)")}

# numbers as words (1–12 hours, times a day; mt.numbers' words) and as digits, not 0 ("every 0 hours")
_N_VI = {vi_word(n): n for n in range(1, 13)}
_N_EN = {en_word(n): n for n in range(1, 13)}
_N = rf"(?P<n>[1-9]\d?|(?i:{alternatives(_N_VI)}))"
_NEN = rf"(?P<n>[1-9]\d?|(?i:{alternatives(_N_EN)}))"
_OWN = rf"(?i:{alternatives(OWNERS)})"
_KID = {"con": "baby", "con trai": "son", "con gái": "daughter"}  # (a child fed is a baby)
_KID_VI = {en: vi for vi, en in _KID.items()}
_ELDERS = {"mẹ", "bố", "ba", "ông", "bà", "ông nội", "ông ngoại", "bà nội", "bà ngoại"}  # (whose is "con"?)
_SPOUSES = {"vợ", "chồng"}
_MEN_YOU = {"anh", "chú", "cậu", "bác"}  # ("you" who may be a man: "Anh có cho con bú không?" a bottle?)

# the baby: "em bé", "bé nhà tôi", "con tôi", "con gái của bạn", a name
_NAMED = (rf"(?:(?P<baby>(?i:em\s+bé|bé))(?:\s+(?:nhà|của)\s+(?P<bwhose>{_OWN}))?|(?P<kid>(?i:"
          rf"{alternatives(CHILD_KIN)}))\s+(?:của\s+|nhà\s+)?(?P<kwhose>{_OWN})|(?P<given>{alternatives(GIVEN)}))")
# ... fed ("Con tôi uống sữa công thức.", "Em bé bú mẹ hoàn toàn.", "Con bạn còn bú mẹ không?")
_FED = lazy(rf"{_NAMED}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<ask>có)\s+|(?P<wont>không\s+chịu)\s+|"
            r"(?P<not>không)\s+)?(?P<how>uống\s+sữa\s+công\s+thức|bú\s+sữa\s+công\s+thức|bú\s+(?:sữa\s+)?mẹ"
            rf"(?P<all>\s+hoàn\s+toàn)?|bú\s+bình){ASKED_END}")
# ... how often ("Con tôi bú ba tiếng một lần.", "Cứ ba tiếng em bé lại bú một lần.", "… mấy tiếng một lần?")
_OFTEN = [lazy(rf"{_NAMED}\s+bú\s+(?:{_N}|(?P<how>mấy|bao\s+nhiêu))\s+tiếng\s+một\s+lần{SOFTENED_END}"),
          lazy(rf"(?:[Cc]ứ\s+)?{_N}\s+tiếng\s+{_NAMED}\s+(?:lại\s+)?bú\s+một\s+lần{SOFTENED_END}"),
          lazy(rf"(?:(?P<day0>(?i:một|mỗi)\s+ngày)\s+{_NAMED}|{_NAMED.replace('?P<', '?P<x')}(?:\s+(?P<day1>(?i:"
               rf"một|mỗi)\s+ngày))?)\s+bú\s+{_N}\s+lần(?:\s+(?P<day2>(?i:một|mỗi)\s+ngày))?{SOFTENED_END}")]
# ... how much ("Mỗi lần con tôi bú 120 ml.", "Con tôi mỗi lần uống 150 ml sữa.", "Mỗi lần bé bú bao nhiêu ml?")
_MUCH = lazy(rf"(?:(?P<each0>[Mm]ỗi\s+lần)\s+{_NAMED}|{_NAMED.replace('?P<', '?P<x')}(?:\s+(?P<each1>mỗi\s+lần))?)"
             r"\s+(?:bú|uống)(?:\s+(?P<each2>mỗi\s+lần))?\s+(?:(?P<ml>[1-9]\d{1,2})\s*|(?P<how>bao\s+nhiêu)\s+)(?i:ml)"
             rf"(?:\s+(?P<milk>sữa(?:\s+công\s+thức)?))?{SOFTENED_END}")
# whom a baby is fed: "con" (the subject's own), "bé" (the baby), or one whose is said ("con tôi", "bé nhà bạn")
_OBJ = rf"(?P<obj>(?i:con\s+trai|con\s+gái|con|em\s+bé|bé))(?:\s+(?:của\s+|nhà\s+)?(?P<owhose>{_OWN}))?"
# who feeds ("Tôi cho con bú.", "Vợ tôi đang cho con bú mẹ hoàn toàn.", "Tôi đã cho con bú sáu tháng.") …
_FEEDS = (rf"(?:(?P<tense>đang|đã|sẽ|vừa\s+mới|vừa)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?cho\s+{_OBJ}\s+"
          r"(?P<how>bú(?:\s+(?:sữa\s+)?mẹ(?P<all>\s+hoàn\s+toàn)?|\s+bình|\s+sữa\s+công\s+thức)?|"
          r"uống\s+sữa\s+công\s+thức)")
_FEED = lazy(rf"{WHO}\s+{_FEEDS}(?:\s+(?P<months>{_N.replace('?P<n>', '?P<m>')})\s+tháng)?(?:\s+(?P<done>xong))?"
             rf"{ASKED_END}")
# ... every so many hours ("Ba tiếng tôi cho con bú một lần.", "Tôi cho con bú ba tiếng một lần.")
_FEED_OFTEN = [lazy(rf"(?:(?P<cu>[Cc]ứ)\s+)?{_N}\s+tiếng\s+{WHO}\s+(?:(?P<again>lại)\s+)?{_FEEDS}\s+một\s+lần"
                    rf"{ASKED_END}"),
               lazy(rf"{WHO}\s+{_FEEDS}\s+{_N}\s+tiếng\s+một\s+lần{ASKED_END}")]
# who makes up a bottle ("Chị ấy đang pha sữa cho con.", "Để tôi pha sữa cho bé.", "Bạn đã pha sữa cho con chưa?")
_BOTTLE = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+(?:(?P<tense>đang|vừa\s+mới|vừa|đã)\s+)?pha\s+sữa\s+cho\s+{_OBJ}"
               r"(?:\s+(?P<yet>chưa))?" + SOFTENED_END)

# ... in English: the baby, and whom a baby is fed ("the" only of a baby: "the son" is not "em bé")
_DET = rf"(?i:the(?=\s+baby)|{WHOSE_WORDS})"
_BABY_EN = rf"(?:(?P<det>{_DET})\s+(?P<noun>baby|son|daughter)|(?P<given>{alternatives(GIVEN_EN)}))"
_OBJ_EN = rf"(?P<odet>{_DET})\s+(?P<onoun>baby|son|daughter)"
_FED_EN = lazy(rf"(?:(?P<q>Is|Does|Has)\s+)?{_BABY_EN}(?P<aux>\s+is|['’]s|\s+does\s+not|\s+doesn['’]t|\s+won['’]t|"
               r"\s+will\s+not|\s+has)?(?:\s+(?P<still>still))?(?:\s+(?P<excl>exclusively))?\s+(?P<how>breast-?fed|"
               r"bottle[- ]fed|formula[- ]fed|drinks\s+formula|drink\s+formula|take\s+a\s+bottle|been\s+weaned)"
               r"\s*(?P<end>[.!?]*)")
_OFTEN_EN = lazy(rf"(?:(?P<how>How\s+often)\s+does\s+{_BABY_EN}\s+feed|{_BABY_EN.replace('?P<', '?P<x')}\s+feeds\s+"
                 rf"(?:every\s+(?:(?P<hour>hour)|{_NEN}\s+hours)|(?P<once>once|twice|{_NEN.replace('?P<n>', '?P<t>')}"
                 r"\s+times)\s+a\s+day))\s*(?P<end>[.!?]*)")
_MUCH_EN = lazy(rf"(?:How\s+(?P<how>many\s+ml)\s+does\s+{_BABY_EN}\s+drink|{_BABY_EN.replace('?P<', '?P<x')}"
                r"\s+drinks\s+(?P<ml>[1-9]\d{1,2})\s*ml)(?:\s+of\s+(?P<milk>milk|formula))?\s+(?:per|at\s+each|a)"
                r"\s+feed\s*(?P<end>[.!?]*)")
_FEED_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:is|are|am|do\s+not|does\s+not|will|(?:has|have)\s+just)|"
                r"['’](?:s|re|m|ll|ve\s+just|s\s+just)|\s+(?:don|doesn)['’]t)?(?:\s+(?P<excl>exclusively))?\s+"
                r"(?P<verb>breastfe(?:ed|eds|eding|d)|bottle-fe(?:ed|eds|eding|d)|fe(?:ed|eds|eding|d))"
                rf"(?:\s+{_OBJ_EN})?(?:\s+(?P<formula>formula))?(?:\s+every\s+(?:(?P<hour>hour)|{_NEN}\s+hours)|"
                rf"\s+for\s+{_NEN.replace('?P<n>', '?P<m>')}\s+(?P<mo>months?))?\s*(?P<end>[.!?]*)")
_BOTTLE_EN = [lazy(rf"(?:(?P<let>Let\s+me)|(?P<q>Have|Has)\s+{WHO_EN})\s+(?P<verb>make|made)\s+up\s+a\s+bottle\s+for\s+"
                   rf"{_OBJ_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)"),
              lazy(rf"{WHO_EN}(?P<aux>\s+(?:is|are|am|(?:has|have)\s+just)|'(?:s|re|m|ve\s+just|s\s+just))\s+"
                   rf"(?P<verb>making|made)\s+up\s+a\s+bottle\s+for\s+{_OBJ_EN}\s*(?P<end>[.!?]*)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a baby fed formula, breastfed or bottle-fed, how often or how much it feeds,
    who feeds it, or who makes up its bottle; None for any other."""
    if src == "vi":
        return _fed(text) or _often(text) or _much(text) or _feed(text) or _bottle(text)
    text = text.replace("’", "'")
    return _fed_vi(text) or _often_vi(text) or _much_vi(text) or _feed_vi(text) or _bottle_vi(text)


def _g(m: re.Match, name: str) -> str | None:
    """The group `name` of a match, or its twin "x…" (a pattern's second branch)."""
    return m.groupdict().get(name) or m.groupdict().get(f"x{name}")


def _baby(m: re.Match) -> str:
    """The baby of a match of _NAMED in English: "the baby", "my baby" ("con tôi"), "your son", "Hoa"."""
    if _g(m, "given"):
        return strip_marks(_g(m, "given"))
    if _g(m, "baby"):
        return f"{OWNERS[keyed(_g(m, 'bwhose'))]} baby" if _g(m, "bwhose") else "the baby"
    return f"{OWNERS[keyed(_g(m, 'kwhose'))]} {_KID[keyed(_g(m, 'kid'))]}"


def _baby_vi(m: re.Match) -> str:
    """The baby of a match of _BABY_EN in Vietnamese: "em bé", "con tôi" ("my baby"), "con gái bạn", "Hoa"."""
    if _g(m, "given"):
        return _g(m, "given")
    det, noun = _g(m, "det").lower(), _g(m, "noun")
    return "em bé" if det == "the" else f"{_KID_VI[noun]} {WHOSE_VI[det]}"


def _asked(m: re.Match, may_ask: bool) -> bool | None:
    """Whether a Vietnamese match asks ("… không?" after `may_ask`: "có", "còn"), False said; None where a "?" ends
    a statement, "không?" comes without `may_ask`, or with "không" before the verb."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or asked and (not may_ask or m["not"] or m["wont"]) or m["ask"] and not asked:
        return None
    return asked


def _fed(text: str) -> str | None:
    """"Con tôi uống sữa công thức." as "My baby drinks formula.", "Em bé bú mẹ hoàn toàn." as "The baby is
    exclusively breastfed.", "Con tôi không chịu bú bình." as "My baby won't take a bottle." (_FED); None else."""
    m = _FED.fullmatch(text)
    if not m or (asked := _asked(m, bool(m["ask"] or m["still"]))) is None or m["still"] and (m["not"] or m["wont"]):
        return None
    how, baby, still = keyed(m["how"]), _baby(m), "still " if m["still"] else ""
    if how.startswith("uống"):
        if m["given"]:
            return None  # (a grown-up's formula: "sữa công thức" for the old)
        if m["wont"]:
            return f"{capitalised(baby)} won't drink formula{stop(m['end'])}"
        return present(baby, True, "drink", "formula", asked, bool(m["not"]), m["end"], adverb=still)
    if m["not"] or m["wont"] and how != "bú bình":
        return None  # ("không bú mẹ": isn't breastfed, or won't breastfeed?)
    if m["wont"]:
        return f"{capitalised(baby)} won't take a bottle{stop(m['end'])}"
    fed = ("exclusively " if m["all"] else "") + ("bottle-fed" if how == "bú bình" else "formula-fed" if
                                                   how.endswith("công thức") else "breastfed")
    return f"Is {baby} {still}{fed}?" if asked else f"{capitalised(baby)} is {still}{fed}{stop(m['end'])}"


def _often(text: str) -> str | None:
    """"Con tôi bú ba tiếng một lần." as "My baby feeds every three hours.", "Một ngày bé bú tám lần." as "The baby
    feeds eight times a day.", "… bú mấy tiếng một lần?" as "How often …?" (_OFTEN); None for anything else."""
    m = next((m for p in _OFTEN if (m := p.fullmatch(text))), None)
    days = m and [bool(m.groupdict().get(d)) for d in ("day0", "day1", "day2")].count(True)
    if not m or bool(m.groupdict().get("how")) != ("?" in m["end"]) or days != (m.re == _OFTEN[2]):
        return None
    if m.groupdict().get("how"):
        return f"How often does {_baby(m)} feed?"
    n, said = _number(m["n"], "vi")
    times = {1: "once", 2: "twice"}.get(n, f"{said} times") if days else _every(m["n"])
    return f"{capitalised(_baby(m))} feeds {times}{' a day' * days}{stop(m['end'])}"


def _number(said: str, src: str) -> tuple[int, str]:
    """A number said in digits or words of `src` ("vi", "en"), and as the other language says it: (3, "three") for
    "ba", (3, "ba") for "three", (3, "3") for "3"."""
    words, other = (_N_VI, en_word) if src == "vi" else (_N_EN, vi_word)
    n = int(said) if said.isdigit() else words[keyed(said)]
    return n, said if said.isdigit() else other(n)


def _every(said: str) -> str:
    """Every so many hours said in Vietnamese, in English: "every hour", "every three hours", "every 3 hours"."""
    n, hours = _number(said, "vi")
    return "every hour" if n == 1 else f"every {hours} hours"


def _much(text: str) -> str | None:
    """"Mỗi lần con tôi bú 120 ml." as "My baby drinks 120 ml per feed.", "Mỗi lần bé bú bao nhiêu ml?" as "How many
    ml does the baby drink per feed?" (_MUCH); None for anything else."""
    m = _MUCH.fullmatch(text)
    if not m or [bool(m[e]) for e in ("each0", "each1", "each2")].count(True) != 1 or bool(m["how"]) != (
            "?" in m["end"]):
        return None
    milk = {None: "", "sữa": " of milk", "sữa công thức": " of formula"}[m["milk"] and keyed(m["milk"])]
    if m["how"]:
        return f"How many ml{milk} does {_baby(m)} drink per feed?"
    return f"{capitalised(_baby(m))} drinks {int(m['ml'])} ml{milk} per feed{stop(m['end'])}"


def _feeder(m: re.Match, asked: bool, breast: bool) -> tuple[str, bool, str] | None:
    """Who feeds, in English, whether one, and whom ("my baby", "the baby") of a match of WHO and _OBJ; None for "anh"
    or a name alone with "cho con", parents and grandparents with it, pets, "em" asking with "ạ", and a man, "we",
    "they", one whose sex is not said or another's baby breastfeeding."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)  # ("Em có cho con bú không ạ?": do I?)
    kin, obj = keyed(m["kin"] or ""), keyed(m["obj"])
    if said is None or asked and said[0] in ("I", "we") or breast and (said[0] in ("he", "we", "they") or keyed(
            m["who"] or "") in _MEN_YOU or not m["who"] and his_her_of(m) != "her" or m["owhose"] and
            OWNERS[keyed(m["owhose"])] != (EN_WHOSE.get(said[0]) or his_her_of(m))):
        return None  # (asked of oneself; a man, or a son, breastfeeding: "Anh ấy cho con bú." may be a bottle)
    if kin in _ELDERS and (breast or not m["owhose"] and obj not in ("bé", "em bé")):
        return None  # ("Mẹ tôi … cho con": her baby, or mine?)
    # ("Vợ tôi … cho con": ours, where the speaker is the other parent)
    whose = OWNERS[keyed(m["owhose"])] if m["owhose"] else "the" if obj in ("bé", "em bé") else (
        "our" if keyed(m["whose"]) in ("tôi", "mình") else None) if kin in _SPOUSES else \
        EN_WHOSE.get(said[0]) or his_her_of(m)
    noun = "baby" if obj in ("bé", "em bé") else _KID[obj]
    return whose and (*said, f"{whose} {noun}")


def _feed(text: str) -> str | None:
    """"Tôi cho con bú." as "I breastfeed my baby.", "Tôi đã cho con bú sáu tháng." as "I breastfed my baby for six
    months.", "Ba tiếng tôi cho con bú một lần." as "I breastfeed my baby every three hours." (_FEED, _FEED_OFTEN);
    None for anything else."""
    m = _FEED.fullmatch(text) or next((m for p in _FEED_OFTEN if (m := p.fullmatch(text))), None)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    how, asked, tense = keyed(m["how"]), bool(m["asked"]), keyed(m["tense"] or "")
    breast = how in ("bú", "bú mẹ", "bú sữa mẹ") or bool(m["all"])
    said = _feeder(m, asked, breast)
    every, months, done = m.groupdict().get("n"), m.groupdict().get("months"), m.groupdict().get("done")
    if said is None or (tense or m["not"] or asked) and every or m.groupdict().get("again") and not m["cu"] or \
            (tense == "đã") != bool(months) or done and not tense.startswith("vừa") or (asked or m["not"]) and tense:
        return None
    who_, one, whom = said
    # the English adverb, verb of feeding and what comes after whom ("I feed my baby formula")
    adverb, verb, rest = ("", "bottle-feed", "") if how == "bú bình" else ("", "feed", " formula") if how.endswith(
        "công thức") else ("exclusively " * bool(m["all"]), "breastfeed", "")
    rest, end = f"{whom}{rest}", m["end"]
    if every:
        rest += f" {_every(every)}"
    if tense == "đang":
        return progressive(who_, be(who_), f"{adverb}{verb.replace('feed', 'feeding')} {rest}", end=end)
    if tense == "sẽ":
        return capitalised(contracted(who_, f"will {adverb}{verb} {rest}") + stop(end))
    if tense == "đã":
        n, span = _number(months, "vi")
        return capitalised(f"{who_} {adverb}{verb.replace('feed', 'fed')} {rest} for {span} month{'s' * (n != 1)}"
                           f"{stop(end)}")
    if tense:  # ("vừa … xong": just)
        return None if how not in ("bú", "bú bình") else capitalised(
            contracted(who_, f"{'has' if one else 'have'} just {verb.replace('feed', 'fed')} {rest}") + stop(end))
    return present(who_, one, verb, rest, asked, bool(m["not"]), end, adverb=adverb)


def _bottle(text: str) -> str | None:
    """"Chị ấy đang pha sữa cho con." as "She's making up a bottle for her baby.", "Để tôi pha sữa cho bé." as "Let me
    make up a bottle for the baby." (_BOTTLE); None for anything else, a habit ("Chồng tôi pha sữa cho con.") too."""
    m = _BOTTLE.fullmatch(text)
    asked = m and bool(m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := _feeder(m, asked, False)) is None:
        return None
    who_, one, whom = said
    tense, end = keyed(m["tense"] or ""), m["end"]
    if m["let"]:
        return f"Let me make up a bottle for {whom}{stop(end)}" if who_ == "I" and not (tense or asked) else None
    if asked:
        return f"{'Has' if one else 'Have'} {who_} made up a bottle for {whom} yet?" if tense in ("", "đã") else None
    if tense == "đang":
        return progressive(who_, be(who_), f"making up a bottle for {whom}", end=end)
    return capitalised(contracted(who_, f"{'has' if one else 'have'} just made up a bottle for {whom}")) + stop(
        end) if tense.startswith("vừa") else None  # (not a habit: "Chồng tôi pha sữa cho con.")


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether the verb `word` said with who in English agrees with it ("she is", "I am", "do you", "has he"); True
    for one that does not tell ("will")."""
    word = " ".join(word.lower().split())
    if word in ("am", "'m"):
        return who_ == "tôi"
    if word.split(" ")[0] in ("is", "'s", "has", "does", "doesn't"):
        return one
    if word in ("are", "'re"):
        return not one and who_ != "tôi"
    return not one if word.split(" ")[0] in ("have", "'ve", "do", "don't") else True


def _fed_vi(text: str) -> str | None:
    """"My baby drinks formula." as "Con tôi uống sữa công thức.", "Is your baby still breastfed?" as "Con bạn còn bú
    mẹ không?", "My baby has been weaned." as "Con tôi đã cai sữa rồi." (_FED_EN); None for anything else."""
    m = _FED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or m["excl"] and "breast" not in m["how"]:
        return None
    how, q, aux = keyed(m["how"].replace("-", " ").replace("tfed", "t fed")), (m["q"] or "").lower(), \
        keyed(m["aux"] or "")
    baby, still, end = _baby_vi(m), m["still"], stop(m["end"])
    if how == "been weaned":
        if still or m["excl"] or (q or aux) not in ("has", "'s"):
            return None
        return capitalised(f"{baby} đã cai sữa chưa?" if q else f"{baby} đã cai sữa rồi{end}")
    if how.endswith(" fed"):
        if (q or aux) not in ("is", "'s"):
            return None
        fed = {"breast fed": "bú mẹ", "bottle fed": "bú bình", "formula fed":
               "bú sữa công thức"}[how] + " hoàn toàn" * bool(m["excl"])
        return capitalised(f"{baby} {'còn' if still else 'có'} {fed} không?" if q else
                           f"{baby} {'vẫn ' if still else ''}{fed}{end}")
    if _g(m, "given") or (how == "drinks formula") != (not q and not aux) or still and aux:
        return None  # ("drinks" said alone; "drink" after "does", "doesn't", "won't")
    if how == "drinks formula" or q == "does" and how == "drink formula":
        return capitalised(f"{baby} {'còn' if still else 'có'} uống sữa công thức không?" if q else
                           f"{baby} {'vẫn ' if still else ''}uống sữa công thức{end}")
    if aux in ("does not", "doesn't") and how == "drink formula":
        return capitalised(f"{baby} không uống sữa công thức{end}")
    if aux in ("won't", "will not"):
        return capitalised(f"{baby} không chịu {'uống sữa công thức' if how == 'drink formula' else 'bú bình'}{end}")
    return None


def _often_vi(text: str) -> str | None:
    """"My baby feeds every three hours." as "Con tôi bú ba tiếng một lần.", "The baby feeds eight times a day." as "Em
    bé một ngày bú tám lần." (_OFTEN_EN); None for anything else ("every one hours", "two times a day")."""
    m = _OFTEN_EN.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    baby, end = _baby_vi(m), stop(m["end"])
    if m["how"]:
        return capitalised(f"{baby} bú mấy tiếng một lần?")
    if m["hour"] or m["n"]:
        n, said = (1, "một") if m["hour"] else _number(m["n"], "en")
        return None if n < 2 and not m["hour"] else capitalised(f"{baby} bú {said} tiếng một lần{end}")
    n, said = (1, "một") if m["once"] == "once" else (2, "hai") if m["once"] == "twice" else _number(m["t"], "en")
    return None if n < 3 and m["t"] else capitalised(f"{baby} một ngày bú {said} lần{end}")


def _much_vi(text: str) -> str | None:
    """"My baby drinks 120 ml per feed." as "Mỗi lần con tôi bú 120 ml.", "… 150 ml of formula at each feed." as "Mỗi
    lần … uống 150 ml sữa công thức." (_MUCH_EN); None for anything else."""
    m = _MUCH_EN.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    milk = {None: "", "milk": " sữa", "formula": " sữa công thức"}[m["milk"]]
    drinks, baby = "uống" if milk else "bú", _baby_vi(m)
    if m["how"]:
        return f"Mỗi lần {baby} {drinks} bao nhiêu ml{milk}?"
    return f"Mỗi lần {baby} {drinks} {int(m['ml'])} ml{milk}{stop(m['end'])}"


def _whom_vi(m: re.Match, who_: str, breast: bool) -> str | None:
    """Whom a baby is fed of a match of WHO_EN and _OBJ_EN in Vietnamese: "con" for who's own ("I … my baby", "my
    wife … our baby"), "bé" for "the baby", "con tôi" for another's; None for another's breastfed."""
    if not m["odet"]:  # ("She's breastfeeding.": her own)
        return "con" if breast else None
    det, noun = m["odet"].lower(), m["onoun"]
    if det == "the":
        return "bé"
    spouse = m["kin"] and keyed(who_).split()[0] in _SPOUSES and m["whose"].lower() == "my"
    own = {WHOSE_OF[m["who"].lower()]} if m["who"] else {his_her(who_), "our" if spouse else None} if m["kin"] else \
        {"his", "her"}
    if det in own:
        return None if m["kin"] and keyed(who_).split()[0] in _ELDERS else _KID_VI[noun]
    return None if breast else f"{_KID_VI[noun]} {WHOSE_VI[det]}"


def _feed_vi(text: str) -> str | None:
    """"I breastfeed my baby." as "Tôi cho con bú.", "We feed our baby formula." as "Chúng tôi cho con uống sữa công
    thức.", "I breastfeed my baby every three hours." as "Ba tiếng tôi cho con bú một lần." (_FEED_EN); None for
    anything else, where the verb does not agree with who, and a man, "we" or "they" breastfeeding."""
    m = _FEED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if animal(m):
        return None
    q, aux, verb = (m["q"] or "").lower(), keyed(m["aux"] or ""), m["verb"].lower()
    kind, form = "breast" if verb.startswith("breast") else "bottle" if verb.startswith("bottle") else "feed", \
        verb.rsplit("fe", 1)[1]
    breast = kind == "breast"
    man = who_ in ("anh ấy", "chúng tôi", "họ") or m["kin"] and his_her(who_) == "his"
    kin = keyed(who_).split()[0] if m["kin"] else ""
    if (kind == "feed") != bool(m["formula"]) or m["excl"] and not breast or breast and (man or kin in _ELDERS) or \
            not _agrees(q or aux or ("does" if form == "eds" else "have" if form == "ed" else ""), who_, one):
        return None
    whom = None if q and who_ in ("tôi", "chúng tôi") else _whom_vi(m, who_, breast)
    every, months = m["n"] or m["hour"], m["m"]
    said = {("", "eds"): "", ("", "ed"): "", ("do", "ed"): "có", ("not", "ed"): "không", ("be", "eding"): "đang",
            ("will", "ed"): "sẽ", ("", "d"): "đã", ("just", "d"): "vừa"}
    key = ("do" if q else "not" if "not" in aux or "n't" in aux else "be" if aux in ("is", "'s", "are", "'re", "am",
           "'m") else "just" if aux.endswith("just") else "will" if aux in ("will", "'ll") else aux, form)
    if whom is None or key not in said or every and key[0] or bool(months) != (key == ("", "d")) or \
            key[0] == "just" and kind == "feed":
        return None
    tense = said[key]
    how = {"breast": "bú" + " mẹ hoàn toàn" * bool(m["excl"]), "bottle": "bú bình",
           "feed": "uống sữa công thức"}[kind]
    end = stop(m["end"])
    if every:
        n, hours = (1, "một") if m["hour"] else _number(m["n"], "en")
        return None if n < 2 and not m["hour"] else capitalised(f"{hours} tiếng {who_} cho {whom} {how} một lần{end}")
    if tense == "có":
        return capitalised(f"{who_} có cho {whom} {how} không?")
    if months:
        n, said_n = _number(months, "en")
        return None if (n == 1) == (m["mo"] == "months") else \
            capitalised(f"{who_} đã cho {whom} {how} {said_n} tháng{end}")
    done = " xong" if tense == "vừa" else ""
    return capitalised(f"{who_} {tense + ' ' if tense else ''}cho {whom} {how}{done}{end}")


def _bottle_vi(text: str) -> str | None:
    """"She's making up a bottle for her baby." as "Cô ấy đang pha sữa cho con.", "Let me make up a bottle for the
    baby." as "Để tôi pha sữa cho bé." (_BOTTLE_EN); None for anything else."""
    m = next((m for p in _BOTTLE_EN if (m := p.fullmatch(text))), None)
    if not m or ("?" in m["end"]) != bool(m.groupdict().get("q")) or not m.groupdict().get("let") and animal(m):
        return None
    if m.groupdict().get("let"):
        if m["verb"] != "make" or m["yet"]:
            return None
        whom = "bé" if m["odet"].lower() == "the" else _KID_VI[m["onoun"]] if m["odet"].lower() == "my" else None
        return whom and f"Để tôi pha sữa cho {whom}{stop(m['end'])}"
    who_, one = who_vi(m)
    aux = keyed(m.groupdict().get("q") or m.groupdict().get("aux") or "")
    whom = None if m.groupdict().get("q") and who_ in ("tôi", "chúng tôi") else _whom_vi(m, who_, False)
    if whom is None or not _agrees(aux, who_, one):
        return None
    if m.re == _BOTTLE_EN[0]:
        return capitalised(f"{who_} đã pha sữa cho {whom} chưa?") if m["verb"] == "made" else None
    if (m["verb"] == "making") != (not aux.endswith("just")):
        return None
    return capitalised(f"{who_} {'vừa' if aux.endswith('just') else 'đang'} pha sữa cho {whom}{stop(m['end'])}")
