"""Pay rises asked for, both ways, written whole by rule: who wants to ask for one, means to, should, is going to, has
asked (their boss or not), asked but did not get it, has not had one in a span of time, was promised one or refused
one, and deserves one. v8 (the other rules on) reads "xin tăng lương" as raising wages and "pay rise" as paying more:
"Tôi muốn xin tăng lương." → "I'd like to increase salaries.", "Tôi sẽ xin sếp tăng lương." → "I'll ask your boss to
increase wages.", "Tôi chưa được tăng lương hai năm rồi." → "I have not been salaries for two years.", "Sếp hứa tăng
lương cho tôi." → "Your boss promises to increase wages for me.", "Tôi có nên xin tăng lương không?" → "Should I have a
salary increase?", "Bạn đã xin tăng lương chưa?" → "Do you have a job for wage increases?"; "I want to ask for a pay
rise." → "Tôi muốn hỏi trả lương tăng.", "I haven't had a pay rise in two years." → "Tôi không có tiền lương tăng trong
vòng hai năm.", "I deserve a pay rise." → "Tôi xứng đáng được trả tiền.", "I was refused a pay rise." → "Tôi đã từ
chối trả tiền." (I refused), "We were promised a pay rise." → "Chúng tôi đã hứa sẽ tăng lương." (we promised).

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking; no pets) with one of the readings of _SAID
and _ASKED ("muốn", "định", "sẽ", "nên", "đã", "vừa", "đang", "chưa" xin tăng lương, "xin sếp" as "ask my boss" where
English can tell whose boss; "xin … nhưng không được", "… nhưng bị từ chối"; "được hứa", "bị từ chối tăng lương";
"xứng đáng được tăng lương"; asked with "có … không?" or "… chưa?", "I" asked only "nên" and "xứng đáng"), not had
one in a span ("hai năm rồi", "lâu rồi", "nhiều năm nay", before who or after); a boss or a company (whose or not:
"the company") that promised, promised to give, refused to give or won't give whom a pay rise ("đã không chịu":
wouldn't), asked with "có … không?". English "raise", "pay raise" and "rise" are read as "pay rise", which is written.
Left: a pay rise got, not got, not got yet or coming (mt/careers.py: "Tôi chưa được tăng lương."), by a per cent
(mt/bonuses.py), pay (mt/earnings.py), a bare "xin tăng lương" (asked, or asking now?), "Did you ask …?", "mấy năm
nay", "bị sếp từ chối", a name's own boss (his or hers?), "anh", "chị", "em" alone asking "nên" or "xứng đáng" and
"em" with "ạ" (the speaker?), and anything else. mt.phrasebook.translate tries these after mt/shocks.py.

    >>> translate("Tôi sẽ xin sếp tăng lương.", "vi", "en"), translate("I deserve a pay rise.", "en", "vi")
    ("I'm going to ask my boss for a pay rise.", 'Tôi xứng đáng được tăng lương.')
"""
from __future__ import annotations

import re
from functools import lru_cache

from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, animal, em_speaking, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_OBJECT, SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed,
                   stop)

_KEYS = {"vi": lazy(r"(?i:tăng\s+lương)"), "en": lazy(r"(?i:raise|rise)")}

# the readings said after who: Vietnamese forms, English forms, the first of each written ({b}: the boss asked,
# " sếp" and " my boss"; {span}: how long; {be}, {do} … agree with who, as _FORMS says)
_SAID = [
    (("muốn xin{b} tăng lương",), ("{want} to ask{b} for a pay rise", "would like to ask{b} for a pay rise")),
    (("không muốn xin{b} tăng lương",), ("{do}n't want to ask{b} for a pay rise",)),
    (("định xin{b} tăng lương", "dự định xin{b} tăng lương"), ("{be} planning to ask{b} for a pay rise",)),
    (("không định xin{b} tăng lương",), ("{be} not planning to ask{b} for a pay rise",)),
    (("sẽ xin{b} tăng lương",), ("{be} going to ask{b} for a pay rise", "will ask{b} for a pay rise")),
    (("sẽ không xin{b} tăng lương",), ("{be} not going to ask{b} for a pay rise", "won't ask{b} for a pay rise")),
    (("nên xin{b} tăng lương",), ("should ask{b} for a pay rise",)),
    (("không nên xin{b} tăng lương",), ("shouldn't ask{b} for a pay rise",)),
    (("đã xin{b} tăng lương",), ("asked{b} for a pay rise", "{have} asked{b} for a pay rise")),
    (("vừa xin{b} tăng lương", "vừa mới xin{b} tăng lương"), ("{have} just asked{b} for a pay rise",
                                                           "just asked{b} for a pay rise")),
    (("chưa xin{b} tăng lương",), ("{have}n't asked{b} for a pay rise yet", "{have}n't yet asked{b} for a pay rise")),
    (("đang xin{b} tăng lương",), ("{be} asking{b} for a pay rise",)),
    (("xin{b} tăng lương nhưng không được", "đã xin{b} tăng lương nhưng không được"),
     ("asked{b} for a pay rise but didn't get it", "asked{b} for a pay rise but didn't get one")),
    (("xin{b} tăng lương nhưng bị từ chối", "đã xin{b} tăng lương nhưng bị từ chối"),
     ("asked{b} for a pay rise but {was} turned down", "asked{b} for a pay rise but {was} refused")),
    (("được hứa tăng lương", "đã được hứa tăng lương", "được hứa sẽ tăng lương"), ("{was} promised a pay rise",)),
    (("bị từ chối tăng lương", "đã bị từ chối tăng lương"),
     ("{was} refused a pay rise", "{was} turned down for a pay rise")),
    (("xứng đáng được tăng lương", "đáng được tăng lương"), ("{deserve} a pay rise",)),
    (("rất xứng đáng được tăng lương", "thật sự xứng đáng được tăng lương"), ("really {deserve} a pay rise",)),
    (("không xứng đáng được tăng lương",), ("{do}n't deserve a pay rise",)),
    (("chưa được tăng lương{span}", "không được tăng lương{span}"),
     ("{have}n't had a pay rise{span}", "{have}n't got a pay rise{span}")),
]
# ... and asked (English: the first word, "*" for who, the rest); True where "I" may ask it ("Should I …?")
_ASKED = [
    (("có muốn xin{b} tăng lương không",), ("{Do} * want to ask{b} for a pay rise",
                                          "Would * like to ask{b} for a pay rise"), False),
    (("có định xin{b} tăng lương không",), ("{Be} * planning to ask{b} for a pay rise",
                                          "{Be} * going to ask{b} for a pay rise"), False),
    (("có nên xin{b} tăng lương không",), ("Should * ask{b} for a pay rise",), True),
    (("đã xin{b} tăng lương chưa", "xin{b} tăng lương chưa"), ("{Have} * asked{b} for a pay rise yet",), False),
    (("có được hứa tăng lương không",), ("{Was} * promised a pay rise",), False),
    (("có bị từ chối tăng lương không",), ("{Was} * refused a pay rise",), False),
    (("có xứng đáng được tăng lương không",), ("{Do} * deserve a pay rise",), True),
]
# each agreeing word for "I", for one ("she", "my mother", "Lan") and for others ("you", "we", "they")
_FORMS = {"want": ("want", "wants", "want"), "do": ("do", "does", "do"), "be": ("am", "is", "are"),
          "have": ("have", "has", "have"), "was": ("was", "was", "were"), "deserve": ("deserve", "deserves", "deserve"),
          "Do": ("Do", "Does", "Do"), "Be": ("Am", "Is", "Are"), "Have": ("Have", "Has", "Have"),
          "Was": ("Was", "Was", "Were")}
_PERSONS = ("I", "one", "many")

# who and the reading after it, how long before who ("Hai năm rồi tôi …", "Lâu rồi tôi …") or not
_N_VI = {vi_word(n): n for n in range(1, 31)}
_N_EN = {en_word(n): n for n in range(1, 31)} | {"a": 1}
_UNITS = {"năm": "year", "tháng": "month"}
_LEAD = (rf"(?:(?i:đã)\s+)?(?:(?P<n0>\d{{1,2}}|(?i:{alternatives(_N_VI)}))\s+(?P<unit0>(?i:năm|tháng))|"
         r"(?P<long0>(?i:lâu)))\s+rồi\s+")
_SAYING = lazy(rf"(?:{_LEAD})?{WHO}\s+(?P<rest>[^.!?]+?){SOFTENED_END}")
# how long, after the reading ("… hai năm rồi", "… lâu rồi", "… nhiều năm nay")
_SPAN = lazy(rf"(?P<head>.+?)\s+(?:(?:trong|suốt)\s+)?(?:(?P<n>\d{{1,2}}|{alternatives(_N_VI)})\s+(?P<unit>năm|tháng)"
             r"\s+(?:rồi|nay|qua)|(?P<long>(?:đã\s+)?lâu\s+rồi)|(?P<years>nhiều\s+năm\s+(?:rồi|nay|qua)))")
_SAYING_EN = lazy(rf"(?:(?P<q>Do|Does|Would|Am|Is|Are|Have|Has|Should|Was|Were)\s+)?{WHO_EN}\s+(?P<rest>[^.!?]+?)"
                  r"\s*(?P<end>[.!?]*)")
_SPAN_EN = lazy(r"(?P<head>.+?)\s+(?:in|for)\s+(?:(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>years?|months?)|"
                r"(?P<long>a\s+long\s+time)|(?P<years>years))")
# contractions written out, and what English says alike ("a raise": "a pay rise")
_SHORT_EN = [(lazy(r"(?i)\bwon't\b"), "will not"), (lazy(r"(?i)\bcan't\b"), "can not"), (lazy(r"n't\b"), " not"),
             (lazy(r"'m\b"), " am"), (lazy(r"'re\b"), " are"), (lazy(r"'ve\b"), " have"), (lazy(r"'ll\b"), " will"),
             (lazy(r"'d\s+like\b"), " would like"), (lazy(r"(?<=\w)'s\b"), " 's"),
             (lazy(r"(?i)\ba\s+(?:pay\s+)?ra?ise\b"), "a pay rise")]

# a boss or a company that promised whom a pay rise, or refused one ("Sếp hứa tăng lương cho tôi.")
_BOSS = lazy(rf"(?P<boss>(?i:sếp|công\s+ty))(?:\s+(?:của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)})))?\s+"
             r"(?:(?P<ask>có)\s+|(?P<did>đã)\s+)?(?P<verb>hứa(?P<will>\s+sẽ)?|từ\s+chối|không\s+chịu)\s+"
             rf"tăng\s+lương\s+cho\s+{WHO}{ASKED_END}")
_BOSS_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?P<bwhose>(?i:{WHOSE_WORDS}|the))\s+(?P<boss>boss|company)\s+"
                r"(?P<verb>promised|promise|refused\s+to\s+give|won['’]t\s+give|will\s+not\s+give)\s+"
                rf"(?P<to>to\s+give\s+)?(?P<whom>(?i:me|you|him|her|us|them)|{WHO_EN})\s+a\s+(?:pay\s+)?ra?ise"
                r"\s*(?P<end>[.!?]*)")
_OBJECT_VI = {obj: vi for vi, obj in (("tôi", "me"), ("bạn", "you"), ("anh ấy", "him"), ("cô ấy", "her"),
                                      ("chúng tôi", "us"), ("họ", "them"))}
_OWN = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}  # (whom's own boss)


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who wants, means or has asked for a pay rise, has not had one
    in a while, was promised or refused one or deserves one; None for any other."""
    if src == "vi":
        return _saying(text) or _boss(text)
    text = text.replace("’", "'")
    return _saying_vi(text) or _boss_vi(text)


def _agreed(said: str, person: str) -> str:
    """An English reading of _SAID or _ASKED with its words agreeing with who (`person` of _PERSONS): "{want}" as
    "wants" for one."""
    return re.sub(r"\{(\w+)\}", lambda m: _FORMS[m[1]][_PERSONS.index(person)] if m[1] in _FORMS else m[0], said)


def _plain(said: str) -> str:
    """English as _readings keys it: contractions written out, "a raise" as "a pay rise", small letters."""
    for short, full in _SHORT_EN:
        said = short.sub(full, said)
    return " ".join(said.lower().split())


@lru_cache(maxsize=64)
def _readings(person: str, own: str | None) -> tuple[dict, dict]:
    """The readings for who (`person` of _PERSONS; `own`, whose their boss is in English, None where not known):
    Vietnamese keyed → (English written, asked, "I" may ask), and English as _plain keys it → (Vietnamese written,
    asked, "I" may ask)."""
    vi_en, en_vi = {}, {}
    rows = [(vi, en, False, False) for vi, en in _SAID] + [(vi, en, True, ok) for vi, en, ok in _ASKED]
    for vis, ens, asked, self_ok in rows:
        for boss_vi, boss_en in (("", ""), (" sếp", f" {own} boss")) if own else (("", ""),):
            said = [_agreed(en, person).replace("{b}", boss_en) for en in ens]
            written = [vi.replace("{b}", boss_vi) for vi in vis]
            for vi in written:
                vi_en.setdefault(vi, (said[0], asked, self_ok))
            for en in said:
                en_vi.setdefault(_plain(en), (written[0], asked, self_ok))
    return vi_en, en_vi


def _person(who_: str, one: bool) -> str:
    """Who as _PERSONS has it: "I" for "I" or "tôi", "one" for one said with "-s", "many" for others."""
    return "I" if who_ in ("I", "tôi") else "one" if one else "many"


def _saying(text: str) -> str | None:
    """"Tôi muốn xin tăng lương." as "I want to ask for a pay rise.", "Tôi sẽ xin sếp tăng lương." as "I'm going to
    ask my boss for a pay rise.", "Bạn đã xin tăng lương chưa?" as "Have you asked for a pay rise yet?", "Tôi chưa
    được tăng lương hai năm rồi." as "I haven't had a pay rise in two years." (_SAYING, a reading of _SAID or
    _ASKED); None for anything else."""
    m = _SAYING.fullmatch(text)
    if not m or animal(m):
        return None
    rest, span = keyed(m["rest"]), None
    if (s := _SPAN.fullmatch(rest)) and not m["n0"] and not m["long0"]:
        rest, span = s["head"], _span_en(s["n"], s["unit"], s["long"], s["years"])
    elif m["n0"] or m["long0"]:
        span = _span_en(m["n0"], m["unit0"], m["long0"], None)
    if span == "":
        return None
    asked = "?" in m["end"]
    said = who(m, asked)
    if said is None:
        return None
    who_, one = said
    vi_en, _ = _readings(_person(who_, one), whose_own(m, who_))
    reading = vi_en.get(rest + ("{span}" if span else ""))
    if reading is None or reading[1] != asked or asked and who_ == "I" and not reading[2] or \
            _maybe_speaker(m, reading[2]):
        return None
    en = reading[0].replace("{span}", span or "")
    if asked:
        return en.replace("*", who_) + "?"
    return capitalised(contracted(who_, en) + stop(m["end"]))


def _maybe_speaker(m: re.Match, self_ok: bool) -> bool:
    """Whether who of a match of _SAYING, a word of kinship alone read as "you" ("anh", "chị", "em"), may be the
    speaker: asking a reading "I" may ask (`self_ok`: "Anh có nên xin tăng lương không?", should I?), or "em" with
    "ạ", said up to the one spoken to ("Em có muốn xin tăng lương không ạ?")."""
    word = keyed(m["who"] or "")
    if PRONOUNS.get(word) != "you" or word == "bạn":
        return False
    return self_ok or em_speaking(m)


def _span_en(n: str | None, unit: str | None, long: str | None, years: str | None) -> str:
    """How long of a Vietnamese span in English: " in two years", " in a month", " in a long time", " in years";
    "" for a number past those read."""
    if long or years:
        return " in a long time" if long else " in years"
    count = int(n) if n.isdigit() else _N_VI.get(keyed(n), 0)
    if not 0 < count <= 30:
        return ""
    said = str(count) if n.isdigit() else "a" if count == 1 else en_word(count)
    return f" in {said} {_UNITS[keyed(unit)]}{'s' * (count > 1)}"


def _saying_vi(text: str) -> str | None:
    """"I want to ask for a pay rise." as "Tôi muốn xin tăng lương.", "I'm going to ask my boss for a pay rise." as
    "Tôi sẽ xin sếp tăng lương.", "Should I ask for a raise?" as "Tôi có nên xin tăng lương không?", "I haven't had a
    pay rise in two years." as "Tôi chưa được tăng lương hai năm rồi." (_SAYING_EN, a reading of _SAID or _ASKED);
    None for anything else, and where a verb does not agree with who ("She want to …")."""
    for short, full in _SHORT_EN:  # (who's "'s" set apart: "Lan 's going", read as "is" or "has")
        text = short.sub(full, text)
    m = _SAYING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    rest, span = _plain(m["rest"]), ""
    if (s := _SPAN_EN.fullmatch(rest)) is not None:
        rest, span = s["head"], _span_vi(s["n"], s["unit"], s["long"], s["years"])
        if span is None:
            return None
    _, en_vi = _readings(_person(who_, one), own)
    key = rest + ("{span}" if span else "")
    q = f"{m['q'].lower()} * " if m["q"] else ""
    tries = [q + key.replace("'s ", f"{aux} ", 1) for aux in ("is", "has")] if key.startswith("'s ") else [q + key]
    reading = next((en_vi[k] for k in tries if k in en_vi), None)
    if reading is None or reading[1] != bool(q) or q and who_ == "tôi" and not reading[2]:
        return None
    vi, asked = reading[0], reading[1]
    if span and span.startswith("lâu"):  # ("Đã lâu rồi tôi …": so said before who)
        return f"Đã lâu rồi {who_} {vi.replace('{span}', '')}{stop(m['end'])}"
    vi = vi.replace("{span}", f" {span}" if span else "")
    return capitalised(f"{who_} {vi}{'?' if asked else stop(m['end'])}")


def _span_vi(n: str | None, unit: str | None, long: str | None, years: str | None) -> str | None:
    """How long of an English span in Vietnamese: "hai năm rồi", "lâu rồi", "nhiều năm nay"; None for a number
    past those read, or one that does not agree with its unit ("in two year")."""
    if long or years:
        return "lâu rồi" if long else "nhiều năm nay"
    count = int(n) if n.isdigit() else _N_EN.get(n, 0)
    if not 0 < count <= 30 or (count == 1) == unit.endswith("s"):
        return None
    said = n if n.isdigit() else vi_word(count)
    return f"{said} {'năm' if unit.startswith('year') else 'tháng'} rồi"


def _boss(text: str) -> str | None:
    """"Sếp hứa tăng lương cho tôi." as "My boss promised me a pay rise.", "Sếp tôi hứa sẽ tăng lương cho mẹ tôi."
    as "My boss promised to give my mother a pay rise.", "Sếp có hứa tăng lương cho bạn không?" as "Did your boss
    promise you a pay rise?", "Sếp từ chối tăng lương cho tôi." as "My boss refused to give me a pay rise.", "Công ty
    hứa tăng lương cho mẹ tôi." as "The company promised my mother a pay rise." (_BOSS); None for anything else, and
    where whose boss English cannot tell ("Sếp hứa tăng lương cho Lan.")."""
    m = _BOSS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or animal(m) or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    said = who(m, asked)
    if said is None:
        return None
    whom_, _ = said
    own, pronoun, company = whose_own(m, whom_), whom_ in EN_OBJECT, keyed(m["boss"]) != "sếp"
    if m["bwhose"] or company:  # (whose said, or "the company": whom said in full, "promised my mother")
        whose, whom = OWNERS[keyed(m["bwhose"])] if m["bwhose"] else "the", EN_OBJECT.get(whom_, whom_)
    elif pronoun or own:  # (whom's own boss: "My mother's boss promised her …")
        whose, whom = (own, EN_OBJECT[whom_]) if pronoun else (f"{whom_}'s", {"his": "him", "her": "her"}[own])
    else:
        return None
    boss = f"{whose} {'company' if company else 'boss'}"
    verb = keyed(m["verb"])
    if asked:
        return f"Did {boss} promise {whom} a pay rise?" if verb == "hứa" else None
    done = {"hứa": f"promised {whom} a pay rise", "hứa sẽ": f"promised to give {whom} a pay rise",
            "từ chối": f"refused to give {whom} a pay rise",
            "không chịu": f"{'wouldn' if m['did'] else 'won'}'t give {whom} a pay rise"}[verb]  # ("đã": past)
    return capitalised(f"{boss} {done}{stop(m['end'])}")


def _boss_vi(text: str) -> str | None:
    """"My boss promised me a pay rise." as "Sếp hứa tăng lương cho tôi.", "Did your boss promise you a raise?" as
    "Sếp có hứa tăng lương cho bạn không?", "My boss refused to give me a pay rise." as "Sếp từ chối tăng lương cho
    tôi.", "The company promised us a pay rise." as "Công ty hứa tăng lương cho chúng tôi." (_BOSS_EN); None for
    anything else."""
    m = _BOSS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    verb = " ".join(m["verb"].lower().replace("won't", "will not").split())
    if (verb == "promise") != bool(m["q"]) or m["to"] and verb != "promised":
        return None
    whom_said = m["whom"].lower()
    if whom_said in _OBJECT_VI:
        whom, own = _OBJECT_VI[whom_said], _OWN[whom_said]
    elif m["who"]:  # ("promised I a pay rise")
        return None
    else:
        whom = who_vi(m)[0]
        own = his_her(whom) if m["kin"] else None
    whose = m["bwhose"].lower()
    if whose in ("his", "her") and whose != own and whom_said not in _OBJECT_VI:
        return None  # ("Her boss promised Lan …": Lan's boss, or another's?)
    boss = "Công ty" if m["boss"] == "company" else "Sếp"
    if whose != "the" and (whose != own or m["boss"] == "company"):
        boss = f"{boss} {WHOSE_VI[whose]}"
    elif whose == "the" and m["boss"] == "boss":
        return None  # ("the boss": whose?)
    if m["q"]:
        return f"{boss} có hứa tăng lương cho {whom} không?"
    done = {"promised": "hứa sẽ" if m["to"] else "hứa", "refused to give": "từ chối",
            "will not give": "không chịu"}[verb]
    return f"{boss} {done} tăng lương cho {whom}{stop(m['end'])}"
