"""Going out drinking ("đi nhậu"), both ways, written whole by rule. v8 (every rule on) reads "nhậu" as "you" or
loses it, "say" as said, "vòng" as a loop, "tiền bia" as paying beer: "Tối nay đi nhậu không?" → "Tonight, do you
want to go to you?", "Tối nay anh ấy đi nhậu với bạn." → "Tonight, he went to you.", "Chồng tôi đi nhậu mỗi tối." →
"My husband is getting a boy every night.", "Bố tôi đi nhậu rồi." → "I'm gone with you.", "Tối nay đi làm vài ly
không?" → "Tonight, do you want to go to do some glasss?", "Anh ấy say rồi, đừng cho anh ấy lái xe." → "He said,
don't let him drive.", "Thêm một vòng nữa!" → "Add a loop!", "Ai trả tiền bia?" → "Who pays beer?"; "Let's go for a
drink after work." → "Hãy đi uống sau khi làm việc.", "Shall we go for a drink?" → "Bọn chúng tôi đi uống?", "How
about a drink after work?" → "Cách thức uống bao nhiêu sau khi làm việc?", "I can't drink, I'm driving." → "Tôi
không thể uống, tôi đang lái xe." (at the wheel now), "Another round!" → "Đưa tôi một vòng khác!", "It's my round."
→ "Đó là vòng của tôi.", "Who's paying for the beer?" → "Ai đang trả tiền cho bia?".

Taken: going for a drink ("đi nhậu", "(đi) làm vài ly") suggested ("… đi!", "… thôi", "chúng ta … nhé"; "Let's …",
"How about …?"), asked ("… không?", "chúng ta … nhé?", "Bạn có muốn … không?"), tonight, on a day ahead or after work
("tan làm"); who (mt.hobbies.WHO, WHO_EN; "ai", "who" asking) went drinking (a day behind, "đã"), is going (tonight,
a day ahead, "sẽ") or is out drinking ("đang"), again ("lại"), said, denied or asked, with colleagues, friends ("bạn"
only after he, she, they) or someone (mt.hobbies.WHOM); in Vietnamese, who (not "tôi", "bạn") has gone out drinking
("rồi"), goes often, never … (mt.SELDOM) or every evening … (mt.EVERY; "thường", "hay" as "usually", no other how
often with it); who is drunk, so don't let them drive (home), don't drive, let me drive; who can't drink or isn't
drinking ("không uống đâu") as they are driving or have to drive (home); one more round with drinking or drinks said
("Uống thêm một vòng nữa!", "Another round of beer!"), suggested or asked, and "It's my round."; who is paying or
paid for the beer or the drinks ("Ai trả tiền bia?"), and "Let me pay for the beer." in English.
Left: "vòng" and "round" with no drinking said ("Thêm một vòng nữa!", "One more round!": a lap, a spin, boxing's
"hiệp"?), "không … không?" (not Vietnamese), "say rồi" and "too drunk to drive" alone (mt/smoking.py,
mt/hangovers.py), "Trăm phần trăm!", "Cheers!", "This round is on me." (the phrasebook's), "đi uống bia" and "go for
a beer" (mt/suggestions.py), "Tối nay đi nhậu nhé." and "Mình đi nhậu nhé." (I'm going, maybe), "đi nhậu" with no
tense ("Anh ấy đi nhậu với đồng nghiệp.": went, goes, or is going?), "với bạn" after "tôi", "bạn", "chúng tôi" (with
you, or friends?), "anh", "chị", "em" alone saying it (mt.hobbies.who), a day that does not tell the tense ("tối thứ
Sáu", "hôm nay"), "không uống" alone (a habit?), English habits ("He goes drinking every Friday.": v8 gets them near
enough), the next round (this evening, or next time?), who paid said ("Anh ấy trả tiền bia.": paid, or pays?).
mt.phrasebook.translate tries these after mt/puzzles.py.

    >>> translate("Tối nay đi nhậu không?", "vi", "en"), translate("He's drunk, don't let him drive.", "en", "vi")
    ('Do you want to go for a drink tonight?', 'Anh ấy say rồi, đừng để anh ấy lái xe.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .ever import OBJECTS
from .free_time import DAY_OPENING, OPENS, placed, when
from .hobbies import EVERY, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, his_her_of, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import his_her
from .text import (EN_OBJECT, SOFTENER, WHOSE_OF, alternatives, be, be_said, capitalised, contracted, keyed, present,
                   stop)

_KEYS = {"vi": lazy(r"(?i:nhậu|vài\s+(?:ly|chén)|lái|vòng|tiền\s+(?:bia|rượu))"),
         "en": lazy(r"(?i:drink|drunk|\bround|driv|beer)")}
_NOW = ("tonight", "this evening")  # (not behind: a plan, said with "going"; "today" too where suggested)
_HIM = {"his": "him", "her": "her"}
_HE = {"his": "he", "her": "she"}
# how often before "mỗi tối" …: "usually" (as mt/puzzles.py, mt/games.py read "thường" before a time); no other
_USUALLY = ("thường", "thường thường", "hay")
# going for a drink suggested or asked ("Tối nay đi nhậu không?", "Tan làm chúng ta đi nhậu nhé.")
_WORK = r"(?:tan\s+làm|sau\s+giờ\s+làm|sau\s+khi\s+tan\s+làm)"
_WE = r"(?P<we>(?i:chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình|mình))"
_GO = {"đi nhậu": "go for a drink", "đi làm vài ly": "go for a few drinks", "làm vài ly": "have a few drinks",
       "đi làm vài chén": "go for a few drinks", "làm vài chén": "have a few drinks"}
_SUGGEST = lazy(rf"{DAY_OPENING}(?:(?P<work0>(?i:{_WORK}))\s*,?\s+)?(?:{_WE}\s+|(?P<you>(?i:bạn|anh|chị|em|cậu))"
                rf"\s+có\s+muốn\s+)?(?P<go>(?i:{alternatives(_GO)}))(?:\s+(?:(?P<work>{_WORK})|"
                rf"(?P<day>{OPENS}[^,.!?]*?)))?(?:\s+(?P<tail>nhé|đi|thôi|nào|không))?{SOFTENER}\s*(?P<end>[.!?]*)")
# who went, goes, is going, is out drinking ("Tối qua anh ấy đi nhậu với đồng nghiệp.", "Chồng tôi đi nhậu mỗi tối.")
_MATES = {"đồng nghiệp": "colleagues", "các đồng nghiệp": "colleagues", "bạn bè": "friends", "bạn": "friends"}
_OUT = lazy(rf"{DAY_OPENING}(?:{WHO}|(?P<ai>[Aa]i))\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>đã|sẽ|đang|lại)\s+)?"
            rf"(?:(?P<often>{alternatives(SELDOM)})\s+)?(?:(?P<not>không)\s+)?đi\s+nhậu(?:\s+với\s+"
            rf"(?:(?P<mates>{alternatives(_MATES)})|{WHOM}))?(?:\s+(?P<every>{alternatives(EVERY)}))?"
            rf"(?:\s+(?P<day>{OPENS}[^,.!?]*?))?(?:\s+(?P<done>rồi))?(?:\s+(?P<q>không|à|hả))?{SOFTENER}\s*"
            r"(?P<end>[.!?]*)")
# who is drunk, and what not to let them do ("Anh ấy say rồi, đừng cho anh ấy lái xe.", "Bạn say rồi, để tôi lái.")
_DRUNK = lazy(rf"(?P<subj>{WHO})\s+(?:uống\s+)?say(?P<very>\s+quá|\s+khướt|\s+bí\s+tỉ)?\s+rồi\s*,\s*(?:(?P<let>"
              rf"đừng\s+(?:cho|để)\s+{WHOM}\s+lái)|(?P<dont>đừng\s+lái)|(?P<me>để\s+(?:tôi|mình)\s+lái))(?:\s+xe)?"
              r"(?P<home>\s+về(?:\s+nhà)?)?(?:\s+cho)?(?:\s+(?:nhé|nha|đi))?\s*(?P<end>[.!]*)")
# who can't drink, as they drive ("Tôi không uống được, tôi phải lái xe.", "… không uống được vì phải lái xe.")
_CANT = lazy(rf"(?P<subj>{WHO})\s+không\s+(?:(?P<can>thể)\s+)?uống(?:\s+(?:rượu\s+bia|rượu|bia))?(?:\s+(?P<can2>"
             r"được))?(?:\s+(?P<not>đâu))?(?:\s*,\s*(?P<because>vì\s+)?|\s+(?P<because2>vì)\s+)(?:(?P<again>\S+"
             r"(?:\s+\S+)??)\s+)??(?P<still>còn\s+)?(?P<must>phải\s+)?lái\s+xe(?P<home>\s+về(?:\s+nhà)?)?"
             r"(?:\s+(?:mà|nữa))?\s*(?P<end>[.!]*)")
# one more round, drinking said ("Uống thêm một vòng nữa!"): "vòng" alone may be a lap ("Làm thêm một vòng nữa.")
_ROUND = lazy(r"(?P<verb>[Uu]ống)\s+(?i:thêm)\s+(?:(?P<one>một|1)\s+)?vòng(?P<more>\s+nữa)?"
              r"(?:\s+(?P<tail>đi|nhé|nào|không))?\s*(?P<end>[.!?]*)")
# who is paying for the beer ("Ai trả tiền bia?", "Tiền bia ai trả?")
_BILL = {"bia": "the beer", "rượu": "the drinks", "nhậu": "the drinks"}
_BILL_VI = {"beer": "bia", "beers": "bia", "drinks": "đồ uống"}
_PAY = lazy(rf"{DAY_OPENING}(?:[Aa]i\s+(?P<did>đã\s+)?trả\s+tiền\s+(?P<bill>{alternatives(_BILL)})|[Tt]iền\s+"
            rf"(?P<bill2>{alternatives(_BILL)})\s+ai\s+(?P<did2>đã\s+)?trả)(?:\s+(?P<done>rồi))?{SOFTENER}\s*\?+")

# ... and in English
_DAY_EN = r"(?:\s+(?P<day>(?!with\b|again\b)[^,.!?]+?))?"
_DRINKING = r"(?P<out>out\s+)?(?:drinking|for\s+(?:a\s+drink|drinks|(?P<few>a\s+few\s+drinks)))"
_WITH = (r"(?:\s+with\s+(?:(?P<owner>(?i:my|your|his|her|our|their))\s+)?(?P<mates>colleagues|friends|workmates|"
         rf"co-?workers)|\s+with\s+{WHOM_EN})?")
_MATES_VI = {"colleagues": "đồng nghiệp", "workmates": "đồng nghiệp", "coworkers": "đồng nghiệp",
             "co-workers": "đồng nghiệp", "friends": "bạn bè"}
_LETS_EN = lazy(r"(?:(?P<lets>Let['’]s)|(?P<shall>Shall\s+we|Why\s+don['’]t\s+we)|(?P<want>(?:Do|Would)\s+you\s+"
                r"(?:want|like)\s+to)|(?P<about>How\s+about))\s+(?:(?P<go>go|going)\s+(?:out\s+)?(?:for\s+(?:a\s+"
                r"drink|drinks|(?P<few>a\s+few\s+drinks))|drinking)|(?P<grab>grab|grabbing)\s+(?:a\s+drink|drinks)|"
                r"(?P<have>have|having)\s+(?P<few2>a\s+few\s+drinks)|(?P<bare>a\s+drink|drinks|(?P<few3>a\s+few\s+"
                r"drinks)))(?:\s+(?P<work>after\s+work)|\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_WENT_EN = lazy(rf"(?:(?P<did>Did)\s+)?(?:{WHO_EN}|(?P<ai>Who))(?:\s+(?P<not>didn['’]t|did\s+not))?\s+"
                rf"(?P<verb>went|go)\s+{_DRINKING}{_WITH}(?P<again>\s+again)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_GOING_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?(?:{WHO_EN}|(?P<ai>Who))(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|"
                 rf"['’]re)?(?P<not>\s+not|n['’]t)?\s+(?P<verb>going|out)\s+{_DRINKING}{_WITH}{_DAY_EN}\s*"
                 r"(?P<end>[.!?]*)")
_DRUNK_EN = lazy(rf"{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)\s+(?P<very>(?:really|very|so)\s+)?drunk"
                 rf"\s*[,;]\s*(?:so\s+)?(?:(?P<let>don['’]t\s+let\s+{WHOM_EN}\s+drive)|(?P<dont>don['’]t\s+drive)|"
                 r"(?P<me>let\s+me\s+drive))(?P<home>\s+home)?\s*(?P<end>[.!]*)")
_CANT_EN = lazy(rf"{WHO_EN}(?:(?P<can>\s+can['’]t|\s+cannot|\s+can\s+not)|(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|"
                r"['’]re)(?:\s+not|n['’]t))\s+(?P<verb>drink|drinking)(?:\s*[,;:–—-]\s*|\s+because\s+|,\s+because"
                r"\s+)(?P<again>I|you|he|she|we|they)(?:(?P<be2>\s+am|\s+is|\s+are|['’]m|['’]s|['’]re)\s+driving|\s+"
                r"(?P<has>have|has)\s+to\s+drive)(?P<home>\s+home)?\s*(?P<end>[.!]*)")
# (drinks named: "One more round!" alone may be a boxing round, "hiệp")
_ROUND_EN = lazy(r"(?:(?P<lets>Let['’]s\s+(?:have|get|order))\s+|(?P<shall>Shall\s+we\s+(?:have|get|order))\s+)?"
                 r"(?P<one>[Oo]ne\s+more|[Aa]nother)\s+round\s+of\s+(?:(?P<beer>beers?)|drinks)"
                 r"(?P<please>,?\s+please)?\s*(?P<end>[.!?]*)|"
                 r"(?P<mine>It['’]s\s+my\s+round)\s*[.!]*")
_PAY_EN = lazy(r"(?:(?P<ai>Who(?:['’]s|\s+is)\s+paying)|(?P<paid>Who\s+paid)|(?P<let>Let\s+me\s+pay|I['’]ll\s+pay))"
               rf"\s+for\s+the\s+(?P<bill>{alternatives(_BILL_VI)}){_DAY_EN}\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that suggests going for a drink, says or asks who goes drinking, who is drunk
    and should not drive, who can't drink as they drive, asks for one more round or who pays; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _suggest(text) or _out(text) or _drunk(text) or _cant(text) or _round(text) or _pay(text)
    return (_lets_vi(text) or _went_vi(text) or _going_vi(text) or _drunk_vi(text) or _cant_vi(text) or
            _round_vi(text) or _pay_vi(text))


def _day(said: str | None, ahead: bool, now: tuple[str, ...] = _NOW) -> str | None:
    """A Vietnamese day in English: ahead (AHEAD, or one of `now`: tonight) where `ahead`, behind (BEHIND) otherwise;
    "" for none, None for one that does not tell the tense ("tối thứ Sáu": Friday evening)."""
    day = when(said, "vi", NEAR_SPANS)
    return day if not day or (AHEAD.match(day) or day in now if ahead else BEHIND.match(day)) else None


def _day_vi(said: str | None, ahead: bool, now: tuple[str, ...] = _NOW) -> str | None:
    """An English day in Vietnamese, ahead or behind as `_day` reads them; "" for none, None for any other."""
    day = when(said, "en", NEAR_SPANS)
    return day if not day or _day(day, ahead, now) else None


def _suggest(text: str) -> str | None:
    """"Tối nay đi nhậu không?" as "Do you want to go for a drink tonight?", "Tan làm chúng ta đi nhậu nhé." as
    "Let's go for a drink after work.", "Đi nhậu đi!" as "Let's go for a drink!" (_SUGGEST); None for anything else,
    for "nhé" without "we" or after "mình" alone (I'm going, maybe)."""
    m = _SUGGEST.fullmatch(text)
    if not m or sum(bool(m[g]) for g in ("day0", "day", "work0", "work")) > 1:
        return None
    asked, tail, we = "?" in m["end"], m["tail"], keyed(m["we"] or "")
    if (day := _day(m["day0"] or m["day"], True, _NOW + ("today",))) is None:
        return None
    time, doing = f" {day}" if day else " after work" if m["work0"] or m["work"] else "", _GO[keyed(m["go"])]
    if asked and tail == "không" and not we:
        return f"Do you want to {doing}{time}?"
    if m["you"]:
        return None
    if asked and tail in ("không", "nhé") and we not in ("", "mình"):
        return f"Shall we {doing}{time}?"
    if not asked and (tail in ("đi", "thôi", "nào") or tail == "nhé" and we not in ("", "mình")):
        return f"Let's {doing}{time}{stop(m['end'])}"
    return None


def _with(m: re.Match, who_: str) -> str | None:
    """Whom who drinks with in English ("with his colleagues", "with friends", "with my father"); "" for none, None
    for "với bạn" after "tôi", "bạn", "chúng tôi" (with you, or friends?) and whom who is ("với anh ấy" after him)."""
    whose = whose_own(m, who_)
    if m["mates"]:
        if (mates := keyed(m["mates"])) == "bạn":
            return None if who_ in ("I", "we", "you") else " with friends"
        return f" with {whose + ' ' if whose else ''}{_MATES[mates]}"
    whom = m["whom"] and as_whom(m["whom"], "vi")
    return "" if not m["whom"] else None if not whom or whom == EN_OBJECT.get(who_) else f" with {whom}"


def _out(text: str) -> str | None:
    """"Tối qua anh ấy đi nhậu với đồng nghiệp." as "He went drinking with his colleagues last night.", "Tối nay bạn
    có đi nhậu không?" as "Are you going drinking tonight?", "Anh ấy đang đi nhậu." as "He's out drinking." (_OUT;
    `_habit` for "rồi", how often, every); None for anything else, and where no tense is said ("Anh ấy đi nhậu.")."""
    m = _OUT.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or m["day0"] and m["day"] or asked != bool(m["q"] or m["ai"]) or m["ask"] and m["q"] != "không" or \
            m["ai"] and (m["q"] or m["ask"] or m["not"]) or m["not"] and (m["ask"] or m["q"] == "không"):
        return None  # ("… không đi nhậu không?", "… có không đi nhậu không?": not Vietnamese)
    said, said_day = ("who", True) if m["ai"] else who(m, asked), m["day0"] or m["day"]
    day = (_day(said_day, False) or _day(said_day, True)) if said_day else ""
    if said is None or day is None or (rest := _with(m, said[0])) is None:
        return None
    if m["done"] or m["every"] or m["often"]:
        return None if day or m["ai"] else _habit(m, said, rest, asked)
    who_, tense = said[0], m["tense"]
    again, day = " again" * (tense == "lại"), f" {day}" if day else ""
    if m["not"] and asked and (again or who_ == "I"):
        return None  # ("Anh ấy lại không đi nhậu à?": didn't go again, or again didn't go?)
    if BEHIND.match(day.strip()) or tense == "đã" and not day:
        if tense == "sẽ" or tense == "đang":
            return None
        if asked:  # ("… không đi nhậu à?" as "Didn't he …?")
            did = "Who went" if m["ai"] else f"{'Didn' + chr(39) + 't' if m['not'] else 'Did'} {who_} go"
            return f"{did} drinking{rest}{again}{day}?"
        return capitalised(f"{who_} {'didn' + chr(39) + 't go' if m['not'] else 'went'} drinking{rest}{again}{day}.")
    if tense in ("đã", "lại") or not (day or tense in ("sẽ", "đang")) or tense == "đang" and (day or m["not"]):
        return None
    doing = "out drinking" if tense == "đang" else "going drinking"
    if m["ai"]:
        return f"Who's {doing}{rest}{day}?"
    if asked:  # ("… không đi nhậu à?" as "Isn't he …?")
        return f"{be(who_).capitalize()}{'n' + chr(39) + 't' if m['not'] else ''} {who_} {doing}{rest}{day}?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {doing}{rest}{day}."))


def _habit(m: re.Match, said: tuple[str, bool], rest: str, asked: bool) -> str | None:
    """Who of a match of _OUT has gone out drinking ("Bố tôi đi nhậu rồi." as "My father has gone out drinking."), or
    goes drinking often, never … (SELDOM) or every evening … (EVERY: "Chồng tôi đi nhậu mỗi tối." as "My husband goes
    drinking every evening.", "Anh ấy thường đi nhậu mỗi tối." as "He usually goes drinking every evening."), in
    English; None where "không", a tense or "rồi" does not go with it, and how often but _USUALLY with every."""
    (who_, one), tense, again = said, m["tense"], " again" * (m["tense"] == "lại")
    if m["done"]:
        if m["often"] or m["every"] or m["not"] or tense not in (None, "đã", "lại") or asked and m["q"] == "không" \
                or who_ in ("I", "we", "you"):  # (one who speaks or listens is not out: "I've been drinking", maybe)
            return None
        has = "has" if one else "have"
        return f"{has.capitalize()} {who_} gone out drinking{rest}{again}?" if asked else \
            capitalised(contracted(who_, f"{has} gone out drinking{rest}{again}."))
    often = keyed(m["often"] or "")
    if tense or m["not"] or asked and not m["ask"] or m["ask"] and often == "không bao giờ" or \
            often and m["every"] and often not in _USUALLY:
        return None  # ("thỉnh thoảng … mỗi tối": sometimes every evening?)
    often = f"{'usually' if m['every'] else SELDOM[often]} " if often else ""
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    return present(who_, one, "go", f"drinking{rest}{every}", asked, adverb=often)


def _drunk(text: str) -> str | None:
    """"Anh ấy say rồi, đừng cho anh ấy lái xe." as "He's drunk, don't let him drive.", "Bạn say rồi, để tôi lái."
    as "You're drunk, let me drive." (_DRUNK); None for anything else, and for whom not who is."""
    m = _DRUNK.fullmatch(text)
    if not m or not (said := who(m, False)):
        return None
    who_, whom, home = said[0], m["whom"], " home" if m["home"] else ""
    him = EN_OBJECT.get(who_) or _HIM.get(his_her_of(m) or "")
    if whom:  # (the same again, or a pronoun English agrees with)
        said_whom = OBJECTS.get(keyed(whom))
        him = him if keyed(whom) == keyed(m["subj"]) else said_whom if said_whom and him in (None, said_whom) else None
        then = him and him != "you" and f"don't let {him} drive{home}"
    else:
        then = f"don't drive{home}" if m["dont"] and who_ == "you" else "let me drive" if m["me"] and who_ != "I" \
            and not home else None
    drunk = f"{be(who_)} {'really ' * bool(m['very'])}drunk"
    return capitalised(f"{contracted(who_, drunk)}, {then}{stop(m['end'])}") if then else None


def _cant(text: str) -> str | None:
    """"Tôi không uống được, tôi phải lái xe." as "I can't drink, I have to drive.", "Tôi không uống đâu, tôi lái
    xe." as "I'm not drinking, I'm driving.", "… không uống được vì phải lái xe về nhà." as "… can't drink because I
    have to drive home.", "Mẹ tôi không uống được, mẹ tôi phải lái xe." as "My mother can't drink, she has to drive."
    (_CANT); None for anything else, for another who driving, who with no pronoun English knows (a name alone), and
    for "không uống" alone (a habit, maybe)."""
    m = _CANT.fullmatch(text)
    said = m and who(m, False)
    can = m and (m["can"] or m["can2"])
    if not said or m["again"] and keyed(m["again"]) != keyed(m["subj"]) or not (can or m["not"]) or \
            m["still"] and not m["must"]:
        return None
    (who_, one), home = said, " home" if m["home"] else ""
    # said again as a pronoun ("Mẹ tôi …, mẹ tôi phải lái xe." as "My mother …, she has to drive.")
    he = who_ if who_ in ("I", "you", "he", "she", "we", "they") else _HE.get(his_her_of(m))
    if not he:
        return None  # (a name alone: he or she?)
    first = f"{who_} can't drink" if can else contracted(who_, f"{be(who_)} not drinking")
    has = f"{'still ' * bool(m['still'])}{'has' if one else 'have'}"
    then = f"{he} {has} to drive" if m["must"] else contracted(he, f"{be(he)} driving")
    join = " because " if m["because"] or m["because2"] else ", "
    return capitalised(f"{first}{join}{then}{home}{stop(m['end'])}")


def _round(text: str) -> str | None:
    """"Uống thêm một vòng nữa!" as "One more round!", "Uống thêm một vòng nữa đi." as "Let's have one more round.",
    "Uống thêm một vòng nữa nhé?" as "Shall we have one more round?" (_ROUND); None for anything else, and for "vòng"
    with no drinking said ("Thêm một vòng nữa!": a lap, a spin?)."""
    m = _ROUND.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or not (m["one"] or m["more"]) or (m["tail"] not in ("nhé", "không") if asked else m["tail"] == "không"):
        return None
    more = "Let's have one more round" if m["tail"] else "One more round"
    return "Shall we have one more round?" if asked else f"{more}{stop(m['end'])}"


def _pay(text: str) -> str | None:
    """"Ai trả tiền bia?" as "Who's paying for the beer?", "Tối qua ai trả tiền bia?" as "Who paid for the beer last
    night?" (_PAY); None for anything else, and paid on a day ahead."""
    m = _PAY.fullmatch(text)
    ahead = m and m["day0"] and _day(m["day0"], True)
    day = m and (ahead or (_day(m["day0"], False) if m["day0"] else ""))
    done = m and (m["did"] or m["did2"] or m["done"])
    if day is None or done and ahead:
        return None  # ("Ngày mai ai đã trả tiền bia?": paid, tomorrow?)
    bill, day = _BILL[keyed(m["bill"] or m["bill2"])], f" {day}" if day else ""
    past = done or BEHIND.match(day.strip())
    return f"Who paid for {bill}{day}?" if past else f"Who's paying for {bill}{day}?"


def _lets_vi(text: str) -> str | None:
    """"Let's go for a drink after work." as "Tan làm chúng ta đi nhậu nhé.", "Shall we go for a drink?" as "Chúng
    ta đi nhậu nhé?", "Do you want to go for a drink tonight?" as "Tối nay bạn có muốn đi nhậu không?", "How about a
    drink after work?" as "Tan làm đi nhậu không?" (_LETS_EN); None for anything else."""
    m = _LETS_EN.fullmatch(text)
    verb = m and (m["go"] or m["grab"] or m["have"] or "")
    if not m or ("?" in m["end"]) == bool(m["lets"]) or bool(m["about"]) != (verb.endswith("ing") or bool(m["bare"])):
        return None
    if (time := "tan làm" if m["work"] else _day_vi(m["day"], True, _NOW + ("today",))) is None:
        return None
    doing = "đi làm vài ly" if m["few"] else "làm vài ly" if m["few2"] or m["few3"] else "đi nhậu"
    if m["want"]:
        return placed(f"bạn có muốn {doing}", time, " không?")
    if m["about"]:
        return placed(doing, time, " không?")
    return placed(f"chúng ta {doing}", time, " nhé?" if m["shall"] else f" nhé{stop(m['end'])}")


def _with_vi(m: re.Match, who_: str) -> str | None:
    """Whom who drinks with in Vietnamese ("với đồng nghiệp", "với bố tôi"); "" for none, None for whose not who's
    own ("He … with my friends"), and whom who is."""
    if m["mates"]:
        owner = (m["owner"] or "").lower()
        own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
        if owner and owner != own and (own or owner not in ("his", "her", "their")):
            return None
        return f" với {_MATES_VI[m['mates'].lower()]}"
    whom = m["whom"] and as_whom(m["whom"], "en")
    return "" if not m["whom"] else f" với {whom}" if whom and whom != who_ else None


def _went_vi(text: str) -> str | None:
    """"He went drinking with his colleagues last night." as "Tối qua anh ấy đi nhậu với đồng nghiệp.", "Did you go
    drinking last night?" as "Tối qua bạn có đi nhậu không?", "Who went drinking last night?" as "Tối qua ai đi
    nhậu?", "Did you go drinking again?" as "Bạn lại đi nhậu à?" (_WENT_EN); None for anything else."""
    m = _WENT_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["did"] or m["ai"]) or (m["verb"] == "go") != bool(m["did"] or m["not"]) or \
            m["ai"] and (m["did"] or m["not"]) or (day := _day_vi(m["day"], False)) is None:
        return None
    who_, again = "ai" if m["ai"] else who_vi(m)[0], "lại " if m["again"] else ""
    if (rest := _with_vi(m, who_)) is None:
        return None
    doing = "đi làm vài ly" if m["few"] else "đi nhậu"
    if m["did"]:  # ("có lại đi nhậu không?" is not said)
        return placed(f"{who_} {again}{doing}{rest}", day, " à?") if again else \
            placed(f"{who_} có {doing}{rest}", day, " không?")
    tense = "không " if m["not"] else "" if day or again else "đã "
    return placed(f"{who_} {tense}{again}{doing}{rest}", day, "?" if asked else ".")


def _going_vi(text: str) -> str | None:
    """"I'm not going drinking tonight." as "Tối nay tôi không đi nhậu.", "He's out drinking with his friends." as
    "Anh ấy đang đi nhậu với bạn bè.", "Are you going drinking tonight?" as "Tối nay bạn có đi nhậu không?"
    "Who's out drinking?" as "Ai đang đi nhậu?", "I'm going for a few drinks tonight." as "Tối nay tôi đi làm vài
    ly." (_GOING_EN); None for anything else, and where "is" does not agree with who."""
    m = _GOING_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["be0"]) == bool(m["be"]) or asked != bool(m["be0"] or m["ai"]) or m["ai"] and m["not"]:
        return None
    who_, out = "ai" if m["ai"] else who_vi(m)[0], m["verb"] == "out"
    agrees = be_said(m["be"] or "") == "is" if m["ai"] else be_agrees(m, m["be0"] or m["be"])
    if not agrees or m["be0"] and m["not"] or (day := _day_vi(m["day"], True)) is None or out and (
            day or m["not"] or m["out"]) or (rest := _with_vi(m, who_)) is None:
        return None
    yes_no, doing = bool(m["be0"]), "đi làm vài ly" if m["few"] else "đi nhậu"  # (who asks with no "có … không")
    if out:
        return capitalised(f"{who_} {'có ' * yes_no}đang {doing}{rest}{' không?' if yes_no else '?' if asked else '.'}")
    # (no "sẽ" after "có": "Bạn có đi nhậu không?", not "có sẽ")
    will = "có " if yes_no else f"{'sẽ ' * (not day)}{'không ' * bool(m['not'])}"
    return placed(f"{who_} {will}{doing}{rest}", day, " không?" if yes_no else "?" if asked else ".")


def _drunk_vi(text: str) -> str | None:
    """"He's drunk, don't let him drive." as "Anh ấy say rồi, đừng để anh ấy lái xe.", "You're drunk, don't drive."
    as "Bạn say rồi, đừng lái xe." (_DRUNK_EN); None for anything else, and where "is" does not agree with who or
    whom is another."""
    m = _DRUNK_EN.fullmatch(text)
    if not m or not be_agrees(m, m["be"]):
        return None
    who_, pronoun, home = who_vi(m)[0], (m["who"] or "").lower(), " về nhà" if m["home"] else ""
    him = EN_OBJECT.get("I" if pronoun == "i" else pronoun) or (_HIM.get(his_her(who_) or "") if m["kin"] else None)
    whom = (m["whom"] or "").lower()
    if m["let"]:
        if not (whom == him != "you" or not him and m["given"] and whom in ("him", "her")):
            return None
        then = f"đừng để {who_ if whom == him else as_whom(whom, 'en')} lái xe{home}"
    else:
        then = f"đừng lái xe{home}" if m["dont"] and pronoun == "you" else "để tôi lái" if m["me"] and \
            who_ != "tôi" and not home else None
    return capitalised(f"{who_} say {'quá ' * bool(m['very'])}rồi, {then}{stop(m['end'])}") if then else None


def _cant_vi(text: str) -> str | None:
    """"I can't drink, I'm driving." as "Tôi không uống được, tôi phải lái xe.", "I'm not drinking because I have to
    drive home." as "Tôi không uống đâu vì tôi phải lái xe về nhà." (_CANT_EN); None for anything else, another who
    driving, and English that does not agree."""
    m = _CANT_EN.fullmatch(text)
    if not m or m["verb"] != ("drink" if m["can"] else "drinking") or m["be"] and not be_agrees(m, m["be"]):
        return None
    who_, one = who_vi(m)
    pronoun = (m["who"] or "").lower() or _HE.get((his_her(who_) or "") if m["kin"] else "")
    if m["again"].lower() != pronoun or m["has"] and (m["has"] == "has") != one or \
            m["be2"] and not be_agrees(m, m["be2"]):
        return None
    first = f"{who_} không uống được" if m["can"] else f"{who_} không uống đâu"
    then = f"{who_ + ' ' if m['who'] else ''}phải lái xe{' về nhà' * bool(m['home'])}"
    join = " vì " if "because" in text or not m["who"] else ", "
    return capitalised(f"{first}{join}{then}{stop(m['end'])}")


def _round_vi(text: str) -> str | None:
    """"Another round of drinks!" as "Uống thêm một vòng nữa!", "Let's have another round of beer." as "Làm thêm một
    vòng bia nữa đi.", "Another round of beer, please." as "Cho thêm một vòng bia nữa nhé.", "It's my round." as "Chầu
    này để tôi mời." (_ROUND_EN, as the phrasebook's "This round is on me."); None for anything else, and a round with
    no drinks named ("Another round!": boxing's "hiệp"?)."""
    m = _ROUND_EN.fullmatch(text)
    if not m or m["mine"]:
        return m and "Chầu này để tôi mời."
    asked, beer = "?" in m["end"], bool(m["beer"])
    if m["shall"] and not asked or m["lets"] and asked or m["please"] and (asked or m["lets"] or m["shall"]):
        return None
    if m["please"]:
        return "Cho thêm một vòng bia nữa nhé." if beer else None
    verb = "uống " if not beer else "làm " if m["lets"] or m["shall"] else ""  # (drinking said where no beer is)
    more = capitalised(f"{verb}thêm một vòng{' bia' * beer} nữa")
    return f"{more} nhé?" if asked else f"{more}{' đi' * bool(m['lets'])}{stop(m['end'])}"


def _pay_vi(text: str) -> str | None:
    """"Who's paying for the beer?" as "Ai trả tiền bia?", "Who paid for the drinks last night?" as "Tối qua ai đã
    trả tiền đồ uống?", "Let me pay for the beer." as "Để tôi trả tiền bia." (_PAY_EN); None for anything else."""
    m = _PAY_EN.fullmatch(text)
    if not m or ("?" in m["end"]) == bool(m["let"]) or (day := _day_vi(m["day"], not m["paid"])) is None or \
            m["let"] and day:
        return None
    bill = _BILL_VI[m["bill"].lower()]
    if m["let"]:
        return f"Để tôi trả tiền {bill}{stop(m['end'])}"
    return placed(f"ai {'đã ' * bool(m['paid'])}trả tiền {bill}", day, "?")
