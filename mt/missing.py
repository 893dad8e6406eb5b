"""Missing someone, home or one's family (longing), said or asked, both ways, written whole by rule. Vietnamese "nhớ" is
both remember and miss, and v8 (every rule on) reads it as remember, or writes "miss" as "bỏ lỡ" (to miss a chance):
"Bố mẹ tôi rất nhớ bạn." → "My parents are very remembering you.", "Bố mẹ tôi nhớ bạn lắm." → "My parents remember
you very.", "Chúng tôi sẽ nhớ bạn lắm." → "We'll remember you very.", "Tôi sẽ nhớ bạn." → "I'll remember you.", "Cô
ấy nhớ gia đình lắm." → "She remembers the family very much.", "Anh ấy rất nhớ vợ." → "He remembers his wife.", "Lan
rất nhớ bạn." → "Lan is very miss you.", "Mọi người rất nhớ bạn." → "People remember you."; "I miss you so much." →
"Tôi nhớ bạn quá nhiều.", "We'll miss you." → "Chúng tôi sẽ bỏ lỡ bạn.", "I missed you." → "Tôi đã bỏ lỡ bạn.",
"Lan misses you." → "Hãy bỏ lỡ bạn.", "Does your mother miss you?" → "Mẹ bạn có nhớ là không?", "Are you homesick?" →
"Bạn có say xỉn không?" (drunk); homesick: "Tôi bị nhớ nhà." → "I was miss home.", "Anh ấy bị nhớ nhà." → "He was
in miss home.", "Tôi không bị nhớ nhà." → "I don't have miss home.", "Cô ấy dễ bị nhớ nhà." → "She was cut by miss
home.", "Chúng tôi sẽ bị nhớ nhà." → "We'll be miss home."; "I'm not homesick." → "Tôi không về nhà.", "I was
homesick." → "Tôi bị say xỉn.", "She gets homesick easily." → "Cô ấy trở về nhà dễ dàng.", "Do you ever get
homesick?" → "Bạn có bao giờ bị say xe không?", "I feel homesick." → "Tôi cảm thấy say xe.", "Lan never gets
homesick." → "Không bao giờ bị say xe.".

Taken: who (mt.hobbies.WHO, WHO_EN; "bố mẹ tôi", "my parents"; "mọi người", "everyone") misses, will miss, missed,
still misses someone (a pronoun, kin and whose, a name: mt.hobbies.WHOM, WHOM_EN; "các bạn", "you all"; "mọi người";
one's own kin without whose after a pronoun: "Tôi rất nhớ mẹ.", "I miss my mother."), home ("nhà", "quê"), one's
family, Vietnam, Hanoi or Saigon; "so much", "a lot", "really", "too"; asked with "có … không" ("Do you miss home?");
homesick: who "bị nhớ nhà" ("I'm homesick."), "hơi nhớ nhà" (a bit), "thấy nhớ nhà" (feels), "… quá, lắm" (so),
now, past ("đã"), ahead ("sẽ"), denied, asked with "có … không"; how often one gets homesick ("hay", "thường",
"thỉnh thoảng", "ít khi", "không bao giờ", "dễ bị": easily; "có bao giờ … không?": ever); in English who is, was,
isn't, wasn't homesick ("so", "very", "a bit"), feels or doesn't feel it, gets it often, sometimes, rarely, never,
easily ("dễ bị nhớ nhà"), "Do you ever get homesick?". "I was homesick." is written "Tôi đã nhớ nhà.": "đã" says
the past English says, where "Hồi đó" would add a time it does not. "nhớ" is read as miss only where the sentence
says so: "rất nhớ", "nhớ … lắm, quá, nhiều", "sẽ nhớ", or home or one's family missed; "đã" with "rất" or "lắm"
only; "lắm" asked is "very much" ("Do you miss home very much?").
Left: "nhớ" someone with none of these ("Tôi nhớ bạn.": the phrasebook's; "Bạn có nhớ tôi không?", "Mẹ tôi vẫn nhớ
bạn.": remember or miss; mt/remembering.py takes "còn nhớ", "nhớ ra", "nhớ tên …"), "anh", "chị", "em", "con" alone
saying it ("Con nhớ mẹ lắm.", "Em nhớ anh lắm.": the speaker or the one spoken to, and whom), "không nhớ" (don't
remember?), "Bạn sẽ nhớ tôi chứ?", "I don't miss …", a chance or a bus missed; homesick when: "Con tôi bị nhớ nhà khi đi
trại hè.", "Lúc mới sang Mỹ tôi rất nhớ nhà.", "Hồi mới đi du học tôi hay nhớ nhà." (a clause of time not read here);
"hơi bị nhớ nhà" (slang: quite), "dễ nhớ nhà" without "bị" (easy to remember?), "không hay nhớ nhà", "không … lắm", "Tôi
đã nhớ nhà." (missed, or has begun to miss?), a pet; "I get homesick." and "Do you get homesick?" (how often not said),
"I don't get homesick.", "Were you homesick?", "Aren't you homesick?", "I'm not very homesick.", "I never feel very
homesick." (how much after "never", "rarely": "không bao giờ … lắm"), "homesick for …", "My parents are homesick."
(mt.hobbies.who_vi reads kin as one: "is"); and anything else.
mt.phrasebook.translate tries these after mt/news.py.

    >>> translate("Bố mẹ tôi rất nhớ bạn.", "vi", "en"), translate("I miss you so much.", "en", "vi")
    ('My parents really miss you.', 'Tôi nhớ bạn nhiều lắm.')
"""
from __future__ import annotations

import re

from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi, whose_own
from .lazy_re import lazy
from .people import KIN_VI, NAMED_WHO, PARENTS
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI
from .text import (
    ASKED_END,
    BE_EN,
    PAST_BE,
    WHOSE_OF,
    agreement_asked,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
    present,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhớ)"), "en": lazy(r"(?i:miss|homesick)")}
# what is missed that is no one: home, and a few places by name (never "remembered" in a whole sentence)
HOME = {"nhà": "home", "quê": "home", "quê nhà": "home", "quê hương": "home", "Việt Nam": "Vietnam",
        "Hà Nội": "Hanoi", "Sài Gòn": "Saigon"}
HOME_VI = {en.lower(): vi for vi, en in reversed(HOME.items())} | {"hometown": "quê", "vietnam": "Việt Nam"}
_HOME_KEYED = {keyed(vi): en for vi, en in HOME.items()}
# one's own kin, whose not said ("Tôi rất nhớ mẹ.": my mother); not "anh", "em", "con" …, who may be "you"
_OWN_KIN = {k: NAMED_WHO[k] for k in ("mẹ", "bố", "ba", "vợ", "chồng", "con gái", "con trai", "em gái", "em trai",
                                       "anh trai", "chị gái", "bạn trai", "bạn gái", "bạn thân")} | PARENTS
_OWN_KIN_VI = {en: vi for vi, en in reversed(_OWN_KIN.items())} | {
    k: v for k, v in KIN_VI.items() if v in _OWN_KIN and k not in ("friend", "neighbor")}
_MANY = {"các bạn": "you all", "mọi người": "everyone"}  # whom, of many
_MANY_VI = {"you all": "các bạn", "all of you": "các bạn", "everyone": "mọi người", "everybody": "mọi người"}
# how much ("lắm", "nhiều lắm": so much; "nhiều": a lot)
_MUCH = {"lắm": "so much", "quá": "so much", "ghê": "so much", "nhiều lắm": "so much", "rất nhiều": "so much",
         "thật nhiều": "so much", "nhiều": "a lot"}
_MUCH_VI = {"so much": "nhiều lắm", "a lot": "nhiều", "very much": "rất nhiều", "terribly": "lắm"}

_OWNERS = rf"(?:\s+(?:của\s+)?(?P<{{g}}>(?i:{alternatives(OWNERS)})))"
# who: parents and whose, everyone, or mt.hobbies.WHO
_SUBJECT = (rf"(?:(?P<parents>(?i:{alternatives(PARENTS)})){_OWNERS.format(g='pwhose')}|"
            rf"(?P<everyone>[Mm]ọi\s+người)|{WHO})")
# whom: home, a place, family, one's own kin, many, or mt.hobbies.WHOM
_MISSED = (rf"(?:(?P<home>(?i:{alternatives(HOME)}))|(?P<family>gia\s+đình){_OWNERS.format(g='fwhose')}?|"
           rf"(?P<own>{alternatives(_OWN_KIN)}){_OWNERS.format(g='kwhose')}?|(?P<many>{alternatives(_MANY)})|{WHOM})")
_MISS = lazy(rf"{_SUBJECT}\s+(?:(?P<adv>cũng|vẫn|đều)\s+)?(?:(?P<tense>sẽ|đã)\s+)?(?:(?P<ask>có)\s+)?"
             rf"(?:(?P<very>rất)\s+)?nhớ\s+{_MISSED}(?:\s+(?P<much>{alternatives(_MUCH)}))?{ASKED_END}")
# homesick: "bị nhớ nhà", "hơi nhớ nhà", "thấy nhớ nhà" (not "hơi bị": slang for "quite"), or how often one gets it
# (mt.hobbies.SELDOM but "luôn": always missing home is not always getting homesick; "bao giờ" only after "có" or
# "không": ever, never)
_OFTEN = {vi: en for vi, en in SELDOM.items() if en != "always"} | {"dễ": "easily", "bao giờ": "ever"}
_HOMESICK = lazy(rf"{_SUBJECT}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?"
                 rf"(?:(?P<often>{alternatives(_OFTEN)})\s+)?(?:(?P<feel>(?:cảm\s+)?thấy)\s+)?"
                 rf"(?:(?P<degree>hơi|rất)\s+)?(?P<bi>bị\s+)?nhớ\s+nhà(?:\s+(?P<much>quá|lắm))?{ASKED_END}")

# ... in English: parents, everyone, or mt.hobbies.WHO_EN; "will", "be going to"; "really", "still", "also", "all"
_SUBJECT_EN = (rf"(?:(?P<pwhose>(?i:{alternatives(WHOSE_VI)}))\s+(?P<parents>(?:grand)?parents)|"
               rf"(?P<everyone>Every(?:one|body))|{WHO_EN})")
_MISSED_EN = (rf"(?:(?P<home>(?i:home|Vietnam|Hanoi|Saigon))|(?P<kwhose>(?i:{alternatives(WHOSE_VI)}))\s+"
              rf"(?P<mkin>family|hometown|{alternatives(_OWN_KIN_VI)})|(?P<many>(?i:{alternatives(_MANY_VI)}))|"
              rf"{WHOM_EN})")
_MISS_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Will)\s+)?{_SUBJECT_EN}(?:(?P<will>['’]ll|\s+will)|{BE_EN}\s+going\s+to)?"
                r"(?:\s+(?P<adv>really|still|also|all))?\s+(?P<verb>miss|misses|missed)\s+"
                rf"{_MISSED_EN}(?:\s+(?P<much>{alternatives(_MUCH_VI)}))?(?P<too>,?\s+too)?\s*(?P<end>[.!?]*)")
_HOMESICK_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|['’]s|['’]m|['’]re)?"
                    r"(?P<not>\s+not|n['’]t)?(?:\s+(?:feeling))?(?:\s+(?P<adv>so|very|really|a\s+bit|a\s+little))?"
                    r"\s+homesick\s*(?P<end>[.!?]*)")
# ... get or feel homesick, how often ("She gets homesick easily.", "Do you ever get homesick?"), or feel it
_GETS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                r"(?:\s+(?P<often>ever|often|sometimes|usually|rarely|seldom|never))?\s+(?P<verb>gets?|feels?)"
                r"(?:\s+(?P<adv>so|very|really|a\s+bit|a\s+little))?\s+homesick(?:\s+(?P<after>easily|a\s+lot))?"
                r"\s*(?P<end>[.!?]*)")
# ("dễ bị": "dễ nhớ" alone is easy to remember, "dễ thấy" easy to see)
_OFTEN_VI = HABIT_VI | {"seldom": HABIT_VI["rarely"], "ever": "bao giờ", "easily": "dễ bị", "a lot": "hay"}
_HOMESICK_VI = {"so": " quá", "very": "rất ", "really": "rất ", "a bit": "hơi ", "a little": "hơi "}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who misses someone, home or their family, or is homesick; None
    for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _miss(text) or _homesick(text)
    return _miss_vi(text) or _homesick_vi(text) or _gets_homesick_vi(text)


def _subject(m: re.Match, asked: bool) -> tuple[str, bool, str | None] | None:
    """Who of a match of _MISS in English, whether it takes "-s", and whose one's own is ("my", "her"; None where
    English does not know it: a name); None where who is not known ("Anh nhớ …": mt.hobbies.who)."""
    if m["parents"]:
        return f"{OWNERS[keyed(m['pwhose'])]} {PARENTS[keyed(m['parents'])]}", False, "their"
    if m["everyone"]:
        return "everyone", True, None
    said = who(m, asked)
    if said is None:
        return None
    whose = whose_own(m, said[0])
    return said[0], said[1], whose


def _missed(m: re.Match, whose: str | None, pronoun: bool) -> str | None:
    """Whom or what of a match of _MISSED in English: "you", "my mother", "home", "her family", "everyone"; one's
    own kin ("mẹ") only after a pronoun (`pronoun`, `whose` its own: "my mother"); None where whose is not known."""
    if m["home"]:
        return _HOME_KEYED[keyed(m["home"])]
    if m["family"] or m["own"]:
        owner = m["fwhose"] or m["kwhose"]
        if not owner and (not whose or m["own"] and not pronoun):
            return None
        return f"{OWNERS[keyed(owner)] if owner else whose} {'family' if m['family'] else _OWN_KIN[keyed(m['own'])]}"
    if m["many"]:
        return _MANY[keyed(m["many"])]
    return as_whom(m["whom"], "vi")


def _miss(text: str) -> str | None:
    """"Bố mẹ tôi rất nhớ bạn." as "My parents really miss you.", "Chúng tôi sẽ nhớ bạn lắm." as "We'll miss you so
    much.", "Cô ấy nhớ gia đình." as "She misses her family.", "Bạn có nhớ nhà không?" as "Do you miss home?"
    (_MISS); None for anything else, and for "nhớ" someone with nothing that says miss ("Tôi nhớ bạn.")."""
    m = _MISS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) and not asked:
        return None
    adv, tense, much = keyed(m["adv"] or ""), m["tense"], _MUCH.get(keyed(m["much"] or ""), "")
    home = m["home"] and _HOME_KEYED[keyed(m["home"])] == "home"
    sure = much or m["very"] or (tense == "sẽ" and not asked) or home or m["family"]
    if not sure or tense == "đã" and not (much or m["very"]) or asked and (tense or adv or m["very"]) or \
            adv == "đều" and not (m["everyone"] or m["who"] and keyed(m["who"]) in ("chúng tôi", "chúng ta", "họ")):
        return None
    said = _subject(m, asked)
    if said is None:
        return None
    who_, one, whose = said
    whom = _missed(m, whose, bool(m["who"]))
    if whom is None or whom in ("me", "us") and who_ in ("I", "we") or whom == "you" and who_ == "you":
        return None
    if asked and much == "so much":
        much = "very much"  # ("Do you miss me so much?" reads as "that much", surprised)
    much = f" {much}" if much else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} miss {whom}{much}?"
    adverbs = f"{'still ' * (adv == 'vẫn')}{'all ' * (adv == 'đều' and not m['everyone'])}" \
              f"{'really ' * bool(m['very'] and not much)}"
    verb = "missed" if tense == "đã" else "will miss" if tense else "misses" if one else "miss"
    if tense == "sẽ":
        said = contracted(who_, f"will {adverbs}miss")
    else:
        said = f"{who_} {adverbs}{verb}"
    return capitalised(f"{said} {whom}{much}{' too' * (adv == 'cũng')}.")


def _homesick(text: str) -> str | None:
    """"Tôi bị nhớ nhà." as "I'm homesick.", "Tôi không bị nhớ nhà." as "I'm not homesick.", "Tôi hơi nhớ nhà." as
    "I'm a bit homesick.", "Bạn có bị nhớ nhà không?" as "Are you homesick?", "Cô ấy dễ bị nhớ nhà." as "She gets
    homesick easily." (_HOMESICK); None for anything else, for a pet, and for plain "nhớ nhà" (_miss: miss home)."""
    m = _HOMESICK.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) and not asked or agreement_asked(text) or animal(m):
        return None
    often = _OFTEN.get(keyed(m["often"] or ""))
    if often == "ever" and m["not"]:
        often, negated = "never", False
    else:
        negated = bool(m["not"])
    if negated and asked or often == "ever" and not asked or often == "never" and asked:
        return None
    said = _subject(m, asked)
    if said is None:
        return None
    who_, one, _ = said
    if often:  # ("không hay nhớ nhà": not often; "dễ nhớ nhà" without "bị" may be a house easy to remember)
        return None if negated or often == "easily" and not m["bi"] else _habit_en(m, who_, one, often, asked)
    degree = {"hơi": "a bit ", "rất": "very "}.get(m["degree"] or "", "so " if m["much"] else "")
    if not (m["bi"] or m["feel"] or m["degree"] == "hơi") or m["degree"] and (m["much"] or m["bi"]) or \
            m["degree"] == "rất" and not m["feel"] or m["feel"] and m["bi"] or (asked or negated) and degree or \
            asked and m["tense"]:
        return None  # ("không thấy nhớ nhà lắm": not very)
    return _homesick_en(who_, one, m["tense"], negated, asked, "feel" if m["feel"] else "be", degree)


def _habit_en(m: re.Match, who_: str, one: bool, often: str, asked: bool) -> str | None:
    """"She gets homesick easily.", "Do you ever get homesick?", "He never gets homesick." for a match of _HOMESICK
    with how often (`often`) said; None with a tense, how much, or "hơi" ("Tôi đã hay nhớ nhà.": used to?)."""
    if m["tense"] or m["degree"] or m["much"]:
        return None
    verb = "feel" if m["feel"] else "get"
    before, after = ("", " easily") if often == "easily" else (f"{often} ", "")
    return present(who_, one, verb, f"homesick{after}", asked, adverb=before)


def _homesick_en(who_: str, one: bool, tense: str | None, negated: bool, asked: bool, verb: str,
                 degree: str) -> str:
    """Who (`who_`, `one` taking "-s") is or feels ("be", "feel": `verb`) homesick, `degree` ("a bit ", "so ") before
    it, in the past ("đã"), ahead ("sẽ") or now, denied or asked: "I'm not homesick.", "Are you homesick?"."""
    if verb == "feel":
        said = {"đã": "felt", "sẽ": "will feel"}.get(tense, "feels" if one else "feel")
        if negated:
            said = {"đã": "didn't feel", "sẽ": "won't feel"}.get(tense, "doesn't feel" if one else "don't feel")
        elif asked:
            return f"{'Does' if one else 'Do'} {who_} feel homesick?"
    else:
        now = be(who_)
        if asked:
            return f"{now.capitalize()} {who_} homesick?"
        said = {"đã": PAST_BE[now], "sẽ": "will be"}.get(tense, now)
        if negated:
            said = "won't be" if tense == "sẽ" else "am not" if said == "am" else f"{said}n't"
    return capitalised(f"{contracted(who_, said)} {degree}homesick.")


def _subject_vi(m: re.Match) -> tuple[str, bool, str | None]:
    """Who of a match of _MISS_EN in Vietnamese, whether English says it with "-s", and the English whose that is
    one's own after it ("my" after "I"; None after kin, a name or everyone, who say it)."""
    if m["parents"]:
        parents = "ông bà" if m["parents"].lower() == "grandparents" else "bố mẹ"
        return f"{parents} {WHOSE_VI[m['pwhose'].lower()]}", False, None
    if m["everyone"]:
        return "mọi người", True, None
    who_, one = who_vi(m)
    return who_, one, WHOSE_OF.get(m["who"].lower()) if m["who"] else None


def _missed_vi(m: re.Match, own: str | None) -> str | None:
    """Whom or what of a match of _MISSED_EN in Vietnamese: "bạn", "mẹ" (one's own: `own` is its whose), "mẹ bạn",
    "nhà", "gia đình", "quê", "các bạn"; None for "his", "her" or "their" kin after anyone but a pronoun."""
    if m["home"]:
        return HOME_VI[m["home"].lower()]
    if m["many"]:
        return _MANY_VI[keyed(m["many"])]
    if not m["mkin"]:
        return as_whom(m["whom"], "en")
    whose, kin = m["kwhose"].lower(), keyed(m["mkin"])
    said = "gia đình" if kin == "family" else "quê" if kin == "hometown" else _OWN_KIN_VI[kin]
    if whose == own:
        return said
    if kin == "hometown" or own is None and whose in ("his", "her", "their"):
        return None  # ("Lan misses her family": hers, or another's?)
    return f"{said} {WHOSE_VI[whose]}"


def _miss_vi(text: str) -> str | None:
    """"I miss you so much." as "Tôi nhớ bạn nhiều lắm.", "We'll miss you." as "Chúng tôi sẽ nhớ bạn.", "She misses
    her family." as "Cô ấy nhớ gia đình.", "Does your mother miss you?" as "Mẹ bạn có nhớ bạn không?" (_MISS_EN); None
    for anything else, and where a verb does not agree with who ("She miss you.", "Does he misses …")."""
    m = _MISS_EN.fullmatch(text)
    q = (m["q"] or "").lower() if m else ""
    if not m or bool(q) != ("?" in m["end"]):
        return None
    who_, one, own = _subject_vi(m)
    verb, adv, will = m["verb"].lower(), (m["adv"] or "").lower(), bool(m["will"] or m["be"])
    if m["be"] and not _agrees(m["be"], who_, one):
        return None
    present = "misses" if one else "miss"
    if verb != ("miss" if q or will else present) and not (verb == "missed" and not q and not will):
        return None
    if q and (will or q == "does" and not one or q == "do" and one or adv or m["too"]) or \
            adv == "all" and not (m["who"] and m["who"].lower() in ("we", "they")):
        return None
    whom = _missed_vi(m, own)
    if whom is None or whom in ("tôi", "chúng tôi") and who_ in ("tôi", "chúng tôi") or whom == "bạn" and who_ == "bạn":
        return None
    much = _MUCH_VI.get(keyed(m["much"] or ""), "")
    if verb == "missed" and much == "nhiều lắm":
        much = "rất nhiều"  # ("Tôi đã nhớ bạn rất nhiều.")
    much = f" {much}" if much else ""
    if q:
        ending = " chứ?" if q == "will" else " không?"
        return capitalised(f"{who_} {'sẽ' if q == 'will' else 'có'} nhớ {whom}{much}{ending}")
    also = "cũng " if adv == "also" or m["too"] else ""
    very = adv == "really" or verb == "missed" and not much  # ("I missed you.": "Tôi đã rất nhớ bạn.")
    words = (f"{also}{'vẫn ' * (adv == 'still')}{'đều ' * (adv == 'all' or bool(m['everyone']))}{'sẽ ' * will}"
             f"{'đã ' * (verb == 'missed')}{'rất ' * very}")
    return capitalised(f"{who_} {words}nhớ {whom}{much}.")


def _agrees(said: str, who_: str, one: bool) -> bool:
    """Whether "am", "is", "are", "was", "were" or "'m", "'s", "'re" (`said`) agrees with who (`who_` in Vietnamese,
    `one` as mt.hobbies.who_vi gives it)."""
    right = be("I" if who_ == "tôi" else "he" if one else "we")
    return be_said(said) in (right, PAST_BE[right])


def _homesick_vi(text: str) -> str | None:
    """"Are you homesick?" as "Bạn có nhớ nhà không?", "She's very homesick." as "Cô ấy rất nhớ nhà.", "I'm not
    homesick." as "Tôi không nhớ nhà.", "I was homesick." as "Tôi đã nhớ nhà." (_HOMESICK_EN); None for anything
    else, and where "is", "am", "are", "was", "were" does not agree with who."""
    m = _HOMESICK_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    said, denied = (m["q"] or m["be"]).strip(), (m["not"] or "").strip()
    who_, one = who_vi(m)
    # (not "I'mn't", "I amn't"; nor "not" asked or with how much: "I'm not very homesick" is "không … lắm")
    if not _agrees(said, who_, one) or denied and (m["q"] or m["adv"]) or \
            denied and denied != "not" and (said[0] in "'’" or be_said(said) == "am"):
        return None
    past = be_said(said) in ("was", "were")
    adv = _HOMESICK_VI.get(" ".join((m["adv"] or "").split()), "")
    if m["q"]:
        return None if adv else capitalised(f"{who_} có nhớ nhà không?")
    if past and adv == " quá":
        adv = "rất "  # ("Tôi đã rất nhớ nhà.", not "đã nhớ nhà quá")
    return capitalised(f"{who_} {'đã ' * past}{'không ' * bool(denied)}{_home_missed(adv)}.")


def _home_missed(adv: str) -> str:
    """"nhớ nhà" with how much (`adv`, a value of _HOMESICK_VI or ""): "hơi nhớ nhà", "nhớ nhà quá"."""
    return f"nhớ nhà{adv}" if adv == " quá" else f"{adv}nhớ nhà"


def _gets_homesick_vi(text: str) -> str | None:
    """"She gets homesick easily." as "Cô ấy dễ bị nhớ nhà.", "Do you ever get homesick?" as "Bạn có bao giờ nhớ nhà
    không?", "I feel a bit homesick." as "Tôi thấy hơi nhớ nhà." (_GETS_EN); None for anything else: "get homesick"
    with no "how often" ("I get homesick."), a verb that does not agree with who, "ever" said, "never" asked, how
    much after "never" or "rarely" ("I never feel very homesick.": "không bao giờ … lắm", as after "not")."""
    m = _GETS_EN.fullmatch(text)
    q = (m["q"] or "").lower() if m else ""
    if not m or bool(q) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb, often = m["verb"].lower(), (m["often"] or m["after"] or "").lower()
    base = not q and not m["not"]  # (the verb agrees with who, else its base: "Does she get", "She doesn't feel")
    if verb.endswith("s") != (one and base) or q and q != ("does" if one else "do") or \
            m["not"] and (q or m["not"].lower().startswith("does") != one or often or m["adv"]):
        return None
    if m["often"] and m["after"] or often == "ever" and not q or often == "never" and q or \
            verb.startswith("get") and (not often or m["adv"]) or q and m["adv"] or \
            m["adv"] and often in ("never", "rarely", "seldom"):
        return None
    feel = "thấy " if verb.startswith("feel") and often != "easily" else ""  # ("dễ bị": feels or gets it easily)
    adv = _HOMESICK_VI.get(" ".join((m["adv"] or "").split()), "")
    habit = f"{_OFTEN_VI[' '.join(often.split())]} " if often else ""
    if q:
        return capitalised(f"{who_} có {habit}{feel}nhớ nhà không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{habit}{feel}{_home_missed(adv)}.")
