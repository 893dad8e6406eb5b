"""Being told off (scolded) at home or at work, both ways, written whole by rule: by a parent, a grandparent, a boss,
a wife or a husband, or a neighbour, for a reason of a small table, on a day, as a habit, or not; asked. v8 (rules on)
reads "mắng" as lucky, and "told … off" as told to switch off or told alone: "Hôm qua tôi bị mẹ mắng." → "Yesterday,
I was lucky.", "Tôi bị sếp mắng." → "I'm lucky.", "Bố tôi hay mắng tôi." → "My father or lucky.", "Sếp mắng tôi vì đi
muộn." → "Fortunate me for a late trip.", "Tôi không bị mắng." → "I'm not lucky.", "Bạn có bị mẹ mắng không?" → "Do
you be lucky?", "Mẹ tôi chưa bao giờ mắng tôi." → "My mother never fortunate me."; "My mother told me off yesterday."
→ "Mẹ tôi bảo tôi tắt hôm qua." (to switch off), "My dad always tells me off." → "Bố tôi luôn nói với tôi.", "My boss
told me off for being late." → "Sếp tôi bảo tôi khỏi muộn.", "I got told off by my mother." → "Tôi đã nói với mẹ
tôi.", "Did your mother tell you off?" → "Mẹ bạn có nói với bạn không?".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) told off ("bị … mắng", "bị … la", "bị … la mắng"; got told off, was
told off, scolded) by one of _TELLERS ("mẹ", "bố", "bố mẹ", "sếp", "vợ", "chồng", "bà", "ông", "ông bà", "hàng
xóm"; with whose, or bare as who's own: "bà", "ông", "hàng xóm" bare only of "tôi", "chúng tôi", "bạn") or by no one
said; one of _TELLERS telling off whom (mt.hobbies.WHOM, WHOM_EN; bare only of "tôi", "chúng tôi", and never "bà",
"ông", "hàng xóm": "Bà mắng tôi." may be said to her). A plain "bị … mắng" is a thing done (told off, got told off),
as with "đã" or a day done (hôm qua, sáng nay …: mt.dates.near_days); not ("không": didn't), asked ("có … không?",
"à?"), just ("vừa"), now ("đang"), ahead ("sẽ": will), how often (mt.hobbies.SELDOM: "hay" often, "luôn" always,
"thỉnh thoảng" …; "lúc nào cũng", "suốt ngày": is always telling off), never yet ("chưa bao giờ": has never), asked
how often ("có hay … không?"); for a reason of _WHY ("vì đi muộn": for being late, "vì về muộn": for coming home
late, "vì điểm kém": for bad marks, lying, answering back …; a day after the reason kept after it: "vì đi muộn hôm
qua", "for being late yesterday"). Left: the teacher's (mt/school_trouble.py: "bị cô giáo mắng"), "chửi" (swearing
at), a bare teller of a name or of kin ("Lan bị mẹ mắng", "Mẹ tôi bị bà mắng": whose mother?), a bare "ông" or "bà"
of "anh ấy" (his, or mine?), "mới" after a bare teller ("Sếp mới mắng tôi.": the new boss, or just?), "la" with no
teller, or with no reason in the active ("Mẹ la tôi.": shouted, or told off?), "anh", "chị", "em" alone saying it,
"tôi" or "chúng tôi" asked, told off or telling off ("Mẹ có mắng tôi không?": done, or will she?), "rồi", "chưa?",
"nhỉ", "mắng … một trận", a reason not of the table ("vì quên …"), a day with a habit or ahead, English's plain
present ("My mother tells me off.": a habit, or a story told?), a verb with "-s" after the first ("Did your boss
tells"), "Mum" without whose, "his", "her" or "their" teller of kin or a name, both ways ("My son got told off by his
boss.", "Lan bị mẹ cô ấy mắng."), and anything else.
mt.phrasebook.translate tries these after mt/tet_holiday.py.

    >>> translate("Hôm qua tôi bị mẹ mắng.", "vi", "en"), translate("My boss told me off for being late.", "en", "vi")
    ('My mother told me off yesterday.', 'Tôi bị sếp mắng vì đi muộn.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_OBJECT, EN_OBJECT_VI, EN_WHOSE, WHOSE_OF, alternatives, capitalised,
                   contracted, keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mắng|la\b)"), "en": lazy(r"(?i:told|tell|scold)")}
# who tells off, in English (one, or many: parents); the first Vietnamese of each English is written back
_TELLERS = {"mẹ": ("mother", True), "bố": ("father", True), "ba": ("father", True), "bố mẹ": ("parents", False),
            "ba mẹ": ("parents", False), "sếp": ("boss", True), "vợ": ("wife", True), "chồng": ("husband", True),
            "bà": ("grandmother", True), "bà nội": ("grandmother", True), "bà ngoại": ("grandmother", True),
            "ông": ("grandfather", True), "ông nội": ("grandfather", True), "ông ngoại": ("grandfather", True),
            "ông bà": ("grandparents", False), "hàng xóm": ("neighbour", True)}
_TELLERS_VI = {en: vi for vi, (en, _) in reversed(_TELLERS.items())} | {
    "mum": "mẹ", "mom": "mẹ", "dad": "bố", "grandma": "bà", "granny": "bà", "grandpa": "ông", "neighbor": "hàng xóm"}
# tellers said bare as the one told off's own of any pronoun ("Anh ấy bị sếp mắng.": his boss); the others ("bà",
# "ông", "hàng xóm") bare only of these pronouns ("Anh ấy bị bà mắng.": his grandmother, or the speaker's?)
_OWN_ANY = {"mẹ", "bố", "ba", "bố mẹ", "ba mẹ", "sếp", "vợ", "chồng"}
_OWN_NEAR = {"I", "we", "you"}
# why, the first Vietnamese of each English written back
_WHY = {"đi muộn": "being late", "đến muộn": "being late", "đi trễ": "being late", "đến trễ": "being late",
        "đi làm muộn": "being late for work", "đi học muộn": "being late for school", "về muộn": "coming home late",
        "về nhà muộn": "coming home late", "về trễ": "coming home late", "điểm kém": "bad marks",
        "bị điểm kém": "getting bad marks", "nói dối": "lying", "cãi lại": "answering back",
        "thức khuya": "staying up late", "nghịch ngợm": "being naughty", "hút thuốc": "smoking",
        "chơi game": "playing video games", "chơi điện tử": "playing video games"}
_WHY_VI = {en: vi for vi, en in reversed(_WHY.items())} | {
    "getting home late": "về muộn", "bad grades": "điểm kém", "getting bad grades": "bị điểm kém",
    "talking back": "cãi lại", "playing computer games": "chơi game"}
# days done, on which one was told off (the first Vietnamese of each English written back)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "đêm qua", "hôm kia", "tuần trước", "hôm nay", "sáng nay", "chiều nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# how it is said before "bị" or the verb, as _ENGLISH reads it (SELDOM: "hay" often, "luôn" always, …)
_HOW = {"": "past", "đã": "past", "không": "not", "vừa": "just", "mới": "just", "vừa mới": "just", "đang": "now",
        "sẽ": "will", "chưa bao giờ": "never yet", "lúc nào cũng": "always telling", "suốt ngày": "always telling"} | {
    vi: en for vi, en in SELDOM.items()}
_DAY_HOWS = {"past", "not", "asked"}  # (a day said only with a thing done: "Hôm qua tôi hay bị mắng." is left)


_TELLER = (rf"(?P<tkin>(?i:{alternatives(_TELLERS)}))(?:\s+(?:của\s+)?(?P<twhose>(?i:{alternatives(OWNERS)})))?"
           r"(?!\s+(?:ấy|ta)\b)")
_ASPECT = rf"(?:(?P<ask>có)\s+)?(?:(?P<how>{alternatives(set(_HOW) - {''})})\s+)?"
_VERB = r"(?P<verb>(?i:la\s+mắng|mắng|la))"
_WHY_SAID = rf"(?:\s+vì\s+(?P<why>(?i:{alternatives(_WHY)})))?"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY1 = rf"(?:\s+(?P<day1>(?i:{alternatives(_DAYS)})))?"
_END = rf"(?P<a>\s+à)?{ASKED_END}"
# who told off ("Hôm qua tôi bị mẹ mắng.", "Tôi không bị mắng.", "Bạn có hay bị sếp mắng không?")
_TOLD = lazy(rf"{_DAY0}{WHO}\s+{_ASPECT}bị(?:\s+{_TELLER})?\s+{_VERB}{_WHY_SAID}{_DAY1}{_END}")
# the teller telling off whom ("Bố tôi hay mắng tôi.", "Sếp mắng tôi vì đi muộn.")
_TELLING = lazy(rf"{_DAY0}{_TELLER}\s+{_ASPECT}{_VERB}\s+{WHOM}{_WHY_SAID}{_DAY1}{_END}")

# ... in English: the words between who and the verb ("has just", "often", "didn't"), the verb, whom, why, the day
_MID_WORDS = (r"did|does|do|has|have|will|is|are|am|was|were|not|didn't|doesn't|don't|hasn't|haven't|won't|"
              r"isn't|aren't|wasn't|weren't|just|often|always|sometimes|rarely|never|usually")
_Q = r"(?:(?P<q>Did|Does|Do|Was|Were)\s+)?"
_TELLER_EN = rf"(?P<twhose>(?i:{WHOSE_WORDS}))\s+(?P<tkin>{alternatives(_TELLERS_VI)})"
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_AFTER_EN = (rf"(?:\s+(?P<day1>{_DAY_EN}))?(?:\s+for\s+(?P<why>{alternatives(_WHY_VI)}))?"
             rf"(?:\s+(?P<day2>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"{_Q}{WHO_EN}(?P<c>'(?:ve|s|ll|re|m))?(?P<mid>(?:\s+(?:{_MID_WORDS}))*)\s+"
                r"(?:(?P<verb>got|get|gets|getting|been|being|be)\s+)?(?:told\s+off|scolded)"
                rf"(?:\s+by\s+{_TELLER_EN})?{_AFTER_EN}")
_TELLING_EN = lazy(rf"{_Q}{_TELLER_EN}(?P<mid>(?:\s+(?:{_MID_WORDS}))*)\s+(?P<verb>told|tells|tell|telling|"
                   rf"scolded|scolds|scold|scolding)\s+(?P<off0>off\s+)?{WHOM_EN}(?P<off1>\s+off)?{_AFTER_EN}")
_EXPANDED = {"n't": " not", "'ve": " have", "'ll": " will", "'re": " are", "'m": " am"}
# the verbs English says of one (he, my mother), of "I", and of others; and each as _SAID_EN keys it
_FORMS = {"one": {"has", "is", "does", "was", "gets", "tells", "scolds"},
          "I": {"have", "am", "do", "was", "get", "tell", "scold"},
          "many": {"have", "are", "do", "were", "get", "tell", "scold"}}
_AGREEING = set().union(*_FORMS.values())
_PLAIN = {"does": "do", "has": "have", "is": "be", "am": "be", "are": "be", "were": "was", "gets": "get",
          "tells": "tell", "scolds": "tell", "scold": "tell", "scolded": "told", "scolding": "telling"}
_OFTEN = {"often", "always", "sometimes", "rarely", "never", "usually"}
_NOT_VERBS = _OFTEN | {"just", "not"}
# how English says it (asked, and the words from "Did" to the verb as _PLAIN keys them), passive or active
_SAID_EN = {
    (False, "got"): "past", (False, "was"): "past", (False, "did not get"): "not", (False, "was not"): "not",
    (True, "did get"): "asked", (True, "was"): "asked", (True, "do often get"): "asked often",
    (False, "have just been"): "just", (False, "just got"): "just", (False, "have never been"): "never yet",
    (False, "will get"): "will", (False, "be being"): "now", (False, "be always getting"): "always telling",
    (False, "told"): "past", (False, "did not tell"): "not", (True, "did tell"): "asked",
    (True, "do often tell"): "asked often", (False, "have just told"): "just", (False, "just told"): "just",
    (False, "have never told"): "never yet", (False, "will tell"): "will", (False, "be telling"): "now",
    (False, "be always telling"): "always telling"} | {
    (False, f"{often} {verb}"): often for often in _OFTEN for verb in ("get", "tell")}
_OBJECT_WHOSE = {"me": "my", "us": "our", "you": "your", "him": "his", "her": "her", "them": "their"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who was told off, by whom and why, or who tells them off;
    None for any other."""
    if src == "vi":
        return _told(text) or _telling(text)
    text = text.replace("’", "'")
    return _told_vi(text) or _telling_vi(text)


def _how(m: re.Match) -> str | None:
    """How a match of _TOLD or _TELLING says it, a key of _ENGLISH or of mt.hobbies.SELDOM's English ("past", "not",
    "often", "asked", "asked often" …); None where "có", "không", "à" and "?" do not go together, or for a day
    said with anything but a thing done, denied or asked."""
    said, asked = keyed(m["how"] or ""), bool(m["asked"] or m["a"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["a"] and said:
        return None
    how = _HOW[said]
    if asked:  # ("Bạn có bị mẹ mắng không?", "Bạn có hay bị sếp mắng không?"; not "có vừa", "có đã")
        how = "asked" if not said else "asked often" if how == "often" else None
    if how is None or (m["day0"] or m["day1"]) and (how not in _DAY_HOWS or m["day0"] and m["day1"]):
        return None
    return how


def _teller(m: re.Match, own: str | None, near: bool) -> tuple[str, bool] | None:
    """The teller of a match of _TELLER in English and whether one ("my mother", True): bare, `own`'s ("my", "his";
    "bà", "ông", "hàng xóm" only where `near`, of "tôi", "chúng tôi", "bạn"); None where whose is not known."""
    kin = keyed(m["tkin"])
    en, one = _TELLERS[kin]
    if m["twhose"]:
        return f"{OWNERS[keyed(m['twhose'])]} {en}", one
    return (f"{own} {en}", one) if own and (kin in _OWN_ANY or near) else None


# what English says of how: the teller ({T}) telling whom ({O}) off, or who ({T}) told off by no one said; "{be}",
# "{has}", "{s}", "{Do}" agree with who
_ENGLISH = {
    "past": ("{T} told {O} off", "{T} got told off"), "not": ("{T} didn't tell {O} off", "{T} didn't get told off"),
    "asked": ("Did {T} tell {O} off", "Did {T} get told off"),
    "asked often": ("{Do} {T} often tell {O} off", "{Do} {T} often get told off"),
    "just": ("{T} {has} just told {O} off", "{T} {has} just been told off"),
    "never yet": ("{T} {has} never told {O} off", "{T} {has} never been told off"),
    "will": ("{T} will tell {O} off", "{T} will get told off"),
    "now": ("{T} {be} telling {O} off", "{T} {be} being told off"),
    "always telling": ("{T} {be} always telling {O} off", "{T} {be} always getting told off")}


def _english(how: str, who_: str, one: bool, whom: str | None, m: re.Match) -> str:
    """The English of how, of the teller `who_` telling whom off (or, `whom` None, of `who_` told off by no one
    said), the verbs agreeing and a pronoun's contracted ("I've never been told off."), with the day and why of a
    match of _TOLD or _TELLING, a day said after the reason kept after it ("vì đi muộn hôm qua": "for being late
    yesterday", the lateness's day, or the telling off's?)."""
    shape = _ENGLISH[how][whom is None] if how in _ENGLISH else (  # (a habit: "often tells", "never gets")
        f"{{T}} {how} tell{{s}} {{O}} off" if whom is not None else f"{{T}} {how} get{{s}} told off")
    slots = {"O": whom, "s": "s" if one else "", "has": "has" if one else "have",
             "be": "is" if one else "am" if who_ == "I" else "are", "Do": "Does" if one else "Do"}
    said = contracted(who_, shape[4:].format(**slots)) if shape.startswith("{T} ") else shape.format(T=who_, **slots)
    day = m["day0"] or m["day1"]
    day = f" {_DAYS[keyed(day)]}" if day else ""
    why = f" for {_WHY[keyed(m['why'])]}" if m["why"] else ""
    after = f"{why}{day}" if m["day1"] else f"{day}{why}"
    return capitalised(f"{said}{after}{'?' if how.startswith('asked') else stop(m['end'])}")


def _told(text: str) -> str | None:
    """"Hôm qua tôi bị mẹ mắng." as "My mother told me off yesterday.", "Tôi không bị mắng." as "I didn't get told
    off.", "Bạn có bị mẹ mắng không?" as "Did your mother tell you off?" (_TOLD); None for anything else, a pet told
    off, "la" with no teller, "tôi", "chúng tôi" asked, a bare teller of a name or of kin ("Lan bị mẹ mắng.": his or
    hers?), and a teller of "anh ấy", "cô ấy", "họ" of a name or of kin ("Lan bị mẹ cô ấy mắng.": Lan's?)."""
    m = _TOLD.fullmatch(text)
    if not m or animal(m) or (how := _how(m)) is None or keyed(m["verb"]) == "la" and not m["tkin"]:
        return None
    said = who(m, how.startswith("asked"))
    if said is None or how.startswith("asked") and said[0] in ("I", "we"):
        return None  # ("Tôi có bị mắng không?": asked of oneself, done, or will I be?)
    who_, one = said
    if not m["tkin"]:
        return _english(how, who_, one, None, m)
    if not m["who"] and m["twhose"] and OWNERS[keyed(m["twhose"])] in ("his", "her", "their"):
        return None  # ("Lan bị mẹ cô ấy mắng.": Lan's mother, or another's? "Her mother told Lan off." says another's)
    teller = _teller(m, EN_WHOSE.get(who_) if m["who"] else None, who_ in _OWN_NEAR)
    return teller and _english(how, *teller, EN_OBJECT.get(who_, who_), m)


def _telling(text: str) -> str | None:
    """"Bố tôi hay mắng tôi." as "My father often tells me off.", "Sếp mắng tôi vì đi muộn." as "My boss told me off
    for being late.", "Mẹ tôi chưa bao giờ mắng tôi." as "My mother has never told me off." (_TELLING); None for
    anything else, "la" with no reason ("Mẹ la tôi.": shouted at, or told off?), a bare teller of any but "tôi",
    "chúng tôi", or "bà", "ông", "hàng xóm" bare, "mới" after a bare teller ("Sếp mới": the new boss?), and "tôi",
    "chúng tôi" asked of."""
    m = _TELLING.fullmatch(text)
    if not m or (how := _how(m)) is None or keyed(m["verb"]) == "la" and not m["why"]:
        return None
    if keyed(m["how"] or "") == "mới" and not m["twhose"]:
        return None  # ("Sếp mới mắng tôi.": the new boss, or just?)
    whom = as_whom(m["whom"], "vi")
    if how.startswith("asked") and whom in ("me", "us"):
        return None  # ("Mẹ có mắng tôi không?": asked of oneself, done, or will she?)
    teller = whom and _teller(m, {"me": "my", "us": "our"}.get(whom), False)  # ("Bà mắng tôi.": you, ma'am?)
    return teller and _english(how, *teller, whom, m)


def _how_en(m: re.Match, words: list[str], person: str) -> str | None:
    """How a match of _TOLD_EN or _TELLING_EN says it, a key of _VI_SAID (or an often word), by its words from "Did"
    to the verb (`words`, contractions written out), the first verb agreeing with who (`person`: "one", "I",
    "many") and none after it ("Did … tells"); None for any other, and for a day with anything but a thing done,
    denied or asked."""
    verbs = [w for w in words if w not in _NOT_VERBS]
    first = verbs[0] if verbs else ""
    if first in _AGREEING and first not in _FORMS[person] or m["day1"] and m["day2"]:
        return None
    if any(w in _FORMS["one"] for w in verbs[1:]):
        return None  # (only the first verb agrees: "Did your boss tells you off?" is not English)
    how = _SAID_EN.get((bool(m["q"]), " ".join(_PLAIN.get(w, w) for w in words)))
    if how is None or bool(m["q"]) != ("?" in m["end"]) or (m["day1"] or m["day2"]) and how not in _DAY_HOWS:
        return None
    return how


def _words(m: re.Match) -> list[str]:
    """The words of a match of _TOLD_EN or _TELLING_EN from "Did" to the verb, contractions written out ("'ve just"
    as "have just", "didn't" as "did not"; "'s" as "has" before "been" or "told", else "is")."""
    said = (m.groupdict().get("c") or "") + (m["mid"] or "")
    if said.startswith("'s"):
        said = (" has" if (m["verb"] or "") in ("been", "told", "scolded") else " is") + said[2:]
    for short, full in _EXPANDED.items():
        said = said.replace(short, full)
    return [w.lower() for w in [m["q"] or "", *said.split(), m["verb"] or ""] if w]


# Vietnamese before "bị" or "mắng", of how
_VI_SAID = {"past": "", "not": "không ", "just": "vừa ", "now": "đang ", "will": "sẽ ", "never yet": "chưa bao giờ ",
            "always telling": "lúc nào cũng ", "asked": "có ", "asked often": "có hay "} | {
    en: f"{vi} " for en, vi in HABIT_VI.items() if en in _OFTEN}


def _vietnamese(how: str, who_: str, said: str, m: re.Match) -> str:
    """The Vietnamese of who (`who_`) and what is said of them ("bị mẹ mắng", "mắng tôi") as `how` says it, with the
    day and why of a match of _TOLD_EN or _TELLING_EN: "Hôm qua tôi bị mẹ mắng.", "Bạn có bị mẹ mắng không?"; a
    day said after the reason kept after it ("for being late yesterday": "vì đi muộn hôm qua", whose day?)."""
    day = m["day1"] or m["day2"]
    day = _DAYS_VI[day.lower()] if day else ""
    why = f" vì {_WHY_VI[m['why']]}" if m["why"] else ""
    if m["day2"]:
        why, day = f"{why} {day}", ""
    day = f"{day} " if day else ""
    end = " không?" if how.startswith("asked") else stop(m["end"])
    return capitalised(f"{day}{who_} {_VI_SAID[how]}{said}{why}{end}")


def _told_vi(text: str) -> str | None:
    """"I got told off by my mother." as "Tôi bị mẹ mắng.", "I didn't get told off." as "Tôi không bị mắng.", "Do
    you often get told off by your boss?" as "Bạn có hay bị sếp mắng không?" (_TOLD_EN); None for anything else,
    where a verb does not agree with who, a pet, "I", "we" asked, and "his" or "her" teller of kin or a name."""
    m = _TOLD_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    how = _how_en(m, _words(m), "one" if one else "I" if who_ == "tôi" else "many")
    if how is None or how.startswith("asked") and who_ in ("tôi", "chúng tôi"):
        return None  # ("Did we get told off?": "Chúng tôi có bị mắng không?" reads as will we?)
    if not m["tkin"]:
        return _vietnamese(how, who_, "bị mắng", m)
    teller = _teller_vi(m, (m["who"] or "").lower())
    return teller and _vietnamese(how, who_, f"bị {teller} mắng", m)


def _teller_vi(m: re.Match, pronoun: str) -> str | None:
    """The teller of a match of _TELLER_EN in Vietnamese, bare where whose is the one told off's own (`pronoun`,
    "i", "he" …, "" for kin or a name) and Vietnamese reads it so ("my mother" of "I": "mẹ"; "his grandmother" of
    "he": "bà anh ấy"), else with whose ("mẹ tôi"); None for "his", "her", "their" of kin or a name (whose?)."""
    kin, whose = _TELLERS_VI[m["tkin"].lower()], m["twhose"].lower()
    if pronoun and WHOSE_OF[pronoun] == whose and (kin in _OWN_ANY or pronoun in ("i", "we", "you")):
        return kin
    return None if not pronoun and whose in ("his", "her", "their") else f"{kin} {WHOSE_VI[whose]}"


def _telling_vi(text: str) -> str | None:
    """"My boss told me off for being late." as "Tôi bị sếp mắng vì đi muộn.", "My dad often tells me off." as "Tôi
    hay bị bố mắng.", "My mother told my son off." as "Mẹ tôi mắng con trai tôi." (_TELLING_EN); None for anything
    else, where a verb does not agree with the teller, "off" missing, twice, or before a pronoun ("told off
    me"), and "me", "us" asked of."""
    m = _TELLING_EN.fullmatch(text)
    if not m:
        return None
    told, whom = m["verb"].startswith("t"), m["whom"].lower()
    if told != bool(m["off0"] or m["off1"]) or m["off0"] and (m["off1"] or whom in EN_OBJECT_VI):
        return None
    kin = _TELLERS_VI[m["tkin"].lower()]
    how = _how_en(m, _words(m), "one" if _TELLERS[kin][1] else "many")
    whom_vi = as_whom(m["whom"], "en")
    if how is None or whom_vi is None or how.startswith("asked") and whom in ("me", "us"):
        return None  # ("Did my mother tell me off?": "Tôi có bị mẹ mắng không?" reads as will she?)
    if _OBJECT_WHOSE.get(whom) == m["twhose"].lower():  # ("My mother told me off.": "Tôi bị mẹ mắng.")
        teller = _teller_vi(m, {"me": "i", "us": "we", "him": "he", "her": "she", "them": "they"}.get(whom, whom))
        return _vietnamese(how, whom_vi, f"bị {teller} mắng", m)
    return _vietnamese(how, f"{kin} {WHOSE_VI[m['twhose'].lower()]}", f"mắng {whom_vi}", m)
