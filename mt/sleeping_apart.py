"""A child sleeping apart from their parents, both ways, written whole by rule: a child sleeping on their own, in their
own room or bed, or alone (now, still, not yet, since an age), asking to or refusing to, sleeping with their parents
or in the same bed as them, afraid to sleep alone, able to now, at what age, and when children should. v8 (rules on)
reads "ngủ riêng" as privately or separately and "đòi" as requiring: "Con tôi đòi ngủ riêng." → "I require sleeping
privately.", "Con tôi ngủ riêng rồi." → "My child sleeps separately.", "Con gái tôi vẫn ngủ chung với bố mẹ." → "My
daughter sleeps with my parents.", "Con trai tôi sợ ngủ một mình." → "My son was afraid to sleep alone.", "Con bạn
ngủ riêng chưa?" → "Have you slept alone yet?", "Chúng tôi cho con ngủ riêng từ năm ba tuổi." → "We gave our children
a sleep separate from three years old.", "Con bạn bắt đầu ngủ riêng lúc mấy tuổi?" → "Are you starting to sleep alone
at age?"; and back, "My child wants to sleep on their own." → "Con tôi muốn ngủ tự mình.", "When should children start
sleeping on their own?" → "Khi nào nên trẻ bắt đầu ngủ đúng không?", "Does your child sleep on his own yet?" → "Con
bạn vẫn chưa ngủ được không?", "My son keeps asking to sleep with his mother." → "Con trai tôi giữ hỏi ngủ với mẹ của
mình.", "The kids still sleep in the same bed as us." → "Trẻ vẫn ngủ cùng một giường như chúng ta.".

Taken: a child ("con tôi", "con trai bạn", "bé nhà tôi", "bọn trẻ (nhà tôi)", "các con tôi"; "my son", "your kid",
"my little one", "the kids") sleeping on their own ("ngủ riêng"), in their own room or bed ("ngủ phòng riêng", "ngủ
giường riêng"; one child only), alone ("ngủ một mình"), or with, or in the same bed or room as, their parents, mother,
father, grandparents, me or us ("ngủ chung với bố mẹ", "ngủ cùng mẹ"): as a habit, now ("rồi"), still ("vẫn", "còn"),
not, not yet, not any more, since an age ("từ năm ba tuổi"), started (at an age), wanting to ("đòi", "muốn"), keeping
on asking ("cứ đòi"), not wanting or refusing ("không chịu"), able to now or not yet ("ngủ riêng được rồi"), asked
("có … không?", "… chưa?", "từ mấy tuổi?"); who (mt.hobbies.WHO, WHO_EN; people) afraid to sleep alone, a child to
sleep on their own (still, not, not any more, asked); when or at what age children should or can (start to) sleep on
their own; "I" or "we" having our child sleep on their own since an age ("Chúng tôi cho con ngủ riêng từ năm ba
tuổi."). Left: grown-ups and names sleeping apart ("Vợ chồng tôi ngủ riêng.": a couple; "Minh ngủ riêng rồi.": his or
her own, and a couple?), "con", "bé" alone (the child speaking, or spoken to), "ngủ với" anyone but parents,
grandparents, me or us, "ngủ chung" with no one, "ngủ … rồi" with someone or "một mình" ("ngủ một mình rồi", "…
chưa?"; "sleeps alone now", "… yet?": asleep now?), "đã ngủ riêng" alone (once?), "lũ trẻ chúng tôi" (we kids?),
"mình" asked (your child, or our?), plural children in their own rooms (each, or one together?), "nên cho con ngủ
riêng" (asked of a parent), how one sleeps (mt/sleep.py), bedtimes (mt/bedtimes.py), naps (mt/naps.py), fears of
things (mt/fears.py), rooms shared (mt/flatmates.py), and anything else.
mt.phrasebook.translate tries these after mt/utility_bills.py.

    >>> translate("Con tôi đòi ngủ riêng.", "vi", "en"), translate("My son sleeps in his own room now.", "en", "vi")
    ('My child wants to sleep on their own.', 'Con trai tôi ngủ phòng riêng rồi.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .people import CHILD_KIN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_SELF, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:ngủ\s+riêng|ngủ\s+một\s+mình|ngủ\s+chung|ngủ\s+cùng|ngủ\s+với|ngủ\s+phòng|ngủ\s+giường|"
                    r"ngủ\s+ở\s+phòng)"),
         "en": lazy(r"(?i:sleep|slept)")}
# an age, 1 to 15, in words or figures (mt.numbers), both ways
_AGES = {vi_word(n): n for n in range(1, 16)} | {str(n): n for n in range(1, 16)}
_AGES_EN = {en_word(n): n for n in range(1, 16)} | {str(n): n for n in range(1, 16)}
# whom a child sleeps with (English after whose; the first Vietnamese of each is written back)
_WITH = {"bố mẹ": "parents", "ba mẹ": "parents", "cha mẹ": "parents", "ông bà": "grandparents", "mẹ": "mother",
         "bố": "father", "ba": "father", "bà": "grandmother", "bà nội": "grandmother", "bà ngoại": "grandmother",
         "ông": "grandfather", "ông nội": "grandfather", "ông ngoại": "grandfather"}
_WITH_VI = {en: vi for vi, en in reversed(_WITH.items())} | {
    "mum": "mẹ", "mom": "mẹ", "dad": "bố", "grandma": "bà", "granny": "bà", "grandpa": "ông"}
_MANY_WITH = {"bố mẹ", "ông bà", "chúng tôi"}  # (with them: "ngủ chung với", with one: "ngủ với")
_OWN = alternatives(OWNERS)

# a child in Vietnamese: the kids ("bọn trẻ", "các con tôi"), "bé nhà tôi", or kin of WHO ("con gái tôi")
_CHILD = (rf"(?:(?P<kids>(?i:bọn\s+trẻ|lũ\s+trẻ|các\s+con))(?:\s+(?P<of>(?i:nhà|của)\s+)?(?P<kwhose>(?i:{_OWN})))?|"
          rf"(?i:bé)\s+nhà\s+(?P<lwhose>(?i:{_OWN}))|{WHO})")
# how a child sleeps: apart ("riêng", "phòng riêng", "giường riêng"), alone, or with someone
_TAIL = (r"ngủ\s+(?:(?P<alone>một\s+mình)|riêng(?:\s+(?P<place0>phòng|giường))?|(?:ở\s+)?(?P<place>phòng|giường)"
         r"\s+riêng|(?:(?:chung|cùng)(?:\s+(?P<same>giường|phòng))?\s+(?:với\s+)?|với\s+)(?:(?P<us>chúng\s+tôi|tôi)|"
         rf"(?P<whom>{alternatives(_WITH)})(?:\s+(?:của\s+)?(?P<wwhose>{_OWN}))?))")
_AGE = rf"(?P<age>{alternatives(_AGES)})\s+tuổi"
# what is said of the sleeping, before it (each as _SAID keys it)
_PRE = {"đã": "đã", "vẫn": "vẫn", "vẫn còn": "vẫn", "còn": "vẫn", "có": "có", "không": "không",
        "không còn": "không còn", "chưa": "chưa", "bắt đầu": "bắt đầu", "đã bắt đầu": "bắt đầu", "đòi": "đòi",
        "muốn": "đòi", "cứ đòi": "cứ đòi", "có đòi": "có đòi", "có muốn": "có đòi", "không muốn": "không muốn",
        "không chịu": "không chịu", "sợ": "sợ", "vẫn sợ": "vẫn sợ", "vẫn còn sợ": "vẫn sợ", "còn sợ": "vẫn sợ",
        "không sợ": "không sợ", "có sợ": "có sợ", "không còn sợ": "không còn sợ"}
_SLEEP = lazy(rf"{_CHILD}\s+(?:(?P<pre>(?i:{alternatives(_PRE)}))\s+)?{_TAIL}(?:\s+(?P<able>được))?"
              rf"(?:\s+(?:(?P<since>từ)\s+(?:(?:năm|khi|lúc)\s+)?|(?:lúc|khi)\s+)(?:(?:con|nó|bé)\s+)?(?:được\s+)?"
              rf"(?:{_AGE}|(?P<age_q>mấy\s+tuổi)))?(?:\s+(?P<more>nữa))?(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<q>không|chưa))?{SOFTENED_END}")
# English of each: what is said before the sleeping (of _PRE, "|" between them) and after (able, asked, an age, "nữa",
# "rồi"), the template, and whether it is said of sleeping with someone too (not "… rồi": asleep now?)
_SAID = {(pre, after): (said, with_) for pres, afters, said, with_ in (
    ("", "", "{W} sleep{s} {T}.", True), ("|đã", "rồi", "{W} sleep{s} {T} now.", False),
    ("|đã", "từ", "{W} {has} slept {T} since the age of {N}.", True), ("vẫn", "", "{W} still sleep{s} {T}.", True),
    ("không", "", "{W} {doesnt} sleep {T}.", True), ("chưa", "", "{W} {doesnt} sleep {T} yet.", False),
    ("không|không còn", "nữa", "{W} {doesnt} sleep {T} any more.", True),
    ("không còn", "", "{W} {doesnt} sleep {T} any more.", True),
    ("bắt đầu", "|rồi", "{W} {has} started sleeping {T}.", False),
    ("bắt đầu", "từ|lúc", "{W} started sleeping {T} at the age of {N}.", False),
    ("đòi", "", "{W} want{s} to sleep {T}.", True), ("cứ đòi", "", "{W} keep{s} asking to sleep {T}.", True),
    ("không muốn", "", "{W} {doesnt} want to sleep {T}.", True), ("không chịu", "", "{W} won't sleep {T}.", True),
    ("sợ", "", "{Wis} afraid to sleep {T}.", False), ("vẫn sợ", "", "{Wis} still afraid to sleep {T}.", False),
    ("không sợ", "", "{Wisnt} afraid to sleep {T}.", False),
    ("không còn sợ", "nữa", "{Wisnt} afraid to sleep {T} any more.", False),
    ("|đã", "được rồi", "{W} can sleep {T} now.", False), ("chưa", "được", "{W} can't sleep {T} yet.", False),
    ("không", "được", "{W} can't sleep {T}.", False), ("|có", "?không", "{Does} {W} sleep {T}?", True),
    ("vẫn", "?không", "{Does} {W} still sleep {T}?", True), ("|đã", "?chưa", "{Does} {W} sleep {T} yet?", False),
    ("|có", "được ?không", "Can {W} sleep {T}?", False), ("|đã", "được ?chưa", "Can {W} sleep {T} yet?", False),
    ("bắt đầu", "?chưa", "{Has} {W} started sleeping {T} yet?", False),
    ("đòi|có đòi", "?không", "{Does} {W} want to sleep {T}?", True),
    ("sợ|có sợ", "?không", "{Is} {W} afraid to sleep {T}?", False),
    ("vẫn sợ", "?không", "{Is} {W} still afraid to sleep {T}?", False),
    ("|bắt đầu", "?từ", "At what age did {W} start sleeping {T}?", False),
    ("bắt đầu", "?lúc", "At what age did {W} start sleeping {T}?", False)) for pre in pres.split("|")
    for after in afters.split("|")}
_AFRAID = {"sợ", "vẫn sợ", "không sợ", "có sợ", "không còn sợ"}  # (said of anyone, not of a child alone)
# children in general, when or at what age they should or can sleep on their own
_GENERIC = r"(?i:trẻ\s+em|trẻ\s+con|trẻ\s+nhỏ|trẻ)"
_APART = (r"ngủ\s+(?:(?P<alone>một\s+mình)|riêng(?:\s+(?P<place0>phòng|giường))?|(?:ở\s+)?(?P<place>phòng|giường)"
          r"\s+riêng)")
_SHOULD = rf"(?P<modal>nên|có\s+thể)\s+(?P<start>bắt\s+đầu\s+)?{_APART}{SOFTENED_END}"
_WHEN = lazy(rf"(?:(?i:khi\s+nào|lúc\s+nào)(?:\s+thì)?\s+{_GENERIC}|(?P<age1>{_GENERIC}\s+(?:mấy|bao\s+nhiêu)\s+tuổi)"
             rf"(?:\s+thì)?|(?P<age2>(?i:mấy|bao\s+nhiêu)\s+tuổi)(?:\s+thì)?\s+{_GENERIC})\s+{_SHOULD}")
# parents having their child sleep apart since an age ("Chúng tôi cho con ngủ riêng từ năm ba tuổi.")
_HAD = lazy(rf"(?P<parent>(?i:chúng\s+tôi|bọn\s+tôi|tôi))\s+(?:đã\s+)?cho\s+(?P<kin>con\s+trai|con\s+gái|con)\s+"
            rf"{_APART}\s+từ\s+(?:(?:năm|khi|lúc)\s+)?(?:(?:con|nó)\s+)?(?:được\s+)?{_AGE}{SOFTENED_END}")

# ... in English: a child, or anyone (WHO_EN) afraid
_KIN_EN = {"son": ("con trai", {"his"}), "daughter": ("con gái", {"her"}), "child": ("con", {"his", "her", "their"}),
           "kid": ("con", {"his", "her", "their"}), "little one": ("bé", {"his", "her", "their"}),
           "children": ("các con", {"their"}), "kids": ("các con", {"their"})}
_CHILD_EN = (rf"(?:(?P<cwhose>(?i:{WHOSE_WORDS}))\s+(?P<child>{alternatives(_KIN_EN)})|(?P<the>(?i:the))\s+"
             rf"(?P<tkids>kids|children)|{WHO_EN})")
_SELVES = {own: EN_SELF[who_] for who_, own in EN_WHOSE.items()} | {"their": "themselves"}
_TAIL_EN = (rf"(?:(?P<alone>alone)|by\s+(?P<self>{alternatives(_SELVES.values())})|on\s+(?P<own>{WHOSE_WORDS})\s+own|"
            rf"in\s+(?P<own2>{WHOSE_WORDS})\s+own\s+(?P<place>room|bed)|(?:with|in\s+the\s+same\s+(?P<same>bed|room)"
            rf"\s+as)\s+(?:(?P<us>me|us)|(?P<wwhose>{WHOSE_WORDS})\s+(?P<whom>{alternatives(_WITH_VI)})))")
_AGE_EN = (rf"(?:(?P<prep>since|from|at)\s+the\s+age\s+of\s+(?P<n>{alternatives(_AGES_EN)})|"
           rf"since\s+(?P<pro>he|she|they)\s+(?P<was>was|were)\s+(?P<n2>{alternatives(_AGES_EN)}))")
_SLEEP_EN = lazy(rf"(?:(?P<q>(?i:does|do|can|is|are|am|has|have))\s+)?{_CHILD_EN}"
                 rf"(?P<verb>(?:['’][a-z]+)?(?:\s+[a-z'’]+)*?)\s+{_TAIL_EN}"
                 rf"(?:\s+(?:(?P<adv>now|yet|any\s*more)|{_AGE_EN}))?\s*(?P<end>[.!?]*)")
# the verb said, its agreeing words as said of many ("does" as "do": `_verb`; asked: "?do sleep"), what was said
# after the sleeping ("|" between), the Vietnamese, and whether it is said of sleeping with someone too
_SAID_EN = {(verb, adv): (said, with_) for verb, advs, said, with_ in (
    ("sleep", "", "{W} ngủ {T}.", True), ("sleep", "now", "{W} ngủ {T} rồi.", False),
    ("now sleep", "", "{W} ngủ {T} rồi.", False), ("still sleep", "", "{W} vẫn ngủ {T}.", True),
    ("do not sleep", "", "{W} không ngủ {T}.", True), ("do not sleep", "yet", "{W} chưa ngủ {T}.", False),
    ("do not sleep", "any more", "{W} không ngủ {T} nữa.", True),
    ("no longer sleep", "", "{W} không còn ngủ {T} nữa.", True),
    ("have started sleeping", "", "{W} đã bắt đầu ngủ {T}.", False),
    ("started sleeping", "", "{W} đã bắt đầu ngủ {T}.", False),
    ("started sleeping", "at", "{W} bắt đầu ngủ {T} lúc {N} tuổi.", False),
    ("have slept", "since", "{W} ngủ {T} {since} tuổi.", True), ("want to sleep", "", "{W} muốn ngủ {T}.", True),
    ("do not want to sleep", "", "{W} không muốn ngủ {T}.", True),
    ("will not sleep", "", "{W} không chịu ngủ {T}.", True), ("keep asking to sleep", "", "{W} cứ đòi ngủ {T}.", True),
    ("insist on sleeping", "", "{W} đòi ngủ {T}.", True), ("can sleep", "now", "{W} ngủ {T} được rồi.", False),
    ("cannot sleep", "yet", "{W} chưa ngủ {T} được.", False), ("cannot sleep", "", "{W} không ngủ {T} được.", False),
    ("are afraid to sleep", "", "{W} sợ ngủ {T}.", False),
    ("are still afraid to sleep", "", "{W} vẫn sợ ngủ {T}.", False),
    ("are not afraid to sleep", "", "{W} không sợ ngủ {T}.", False),
    ("are no longer afraid to sleep", "", "{W} không còn sợ ngủ {T} nữa.", False),
    ("are not afraid to sleep", "any more", "{W} không còn sợ ngủ {T} nữa.", False),
    ("?do sleep", "", "{W} có ngủ {T} không?", True), ("?do sleep", "yet", "{W} ngủ {T} chưa?", False),
    ("?do still sleep", "", "{W} còn ngủ {T} không?", True),
    ("?do want to sleep", "", "{W} có muốn ngủ {T} không?", True),
    ("?can sleep", "", "{W} có ngủ {T} được không?", False), ("?can sleep", "yet", "{W} ngủ {T} được chưa?", False),
    ("?are afraid to sleep", "", "{W} có sợ ngủ {T} không?", False),
    ("?are still afraid to sleep", "", "{W} còn sợ ngủ {T} không?", False),
    ("?have started sleeping", "|yet", "{W} đã bắt đầu ngủ {T} chưa?", False)) for adv in advs.split("|")}
# what Vietnamese reads as asleep now or yet with "một mình" ("Con tôi ngủ một mình rồi.": fell asleep on their own?)
_ASLEEP_NOW = {"{W} ngủ {T} rồi.", "{W} ngủ {T} chưa?"}
# the words that agree with who, as said of one and of many ("I am": "am")
_ONE_EN = {"sleeps": "sleep", "does": "do", "has": "have", "is": "are", "wants": "want", "keeps": "keep",
           "insists": "insist"}
_EXPANDED = [("won't", "will not"), ("can't", "cannot"), ("n't", " not"), ("'s started", " has started"),
             ("'s slept", " has slept"), ("'s", " is"), ("'re", " are"), ("'m", " am"), ("'ve", " have"),
             ("scared", "afraid"), ("afraid of sleeping", "afraid to sleep")]
_AT_WHAT_AGE = lazy(rf"At\s+what\s+age\s+did\s+{_CHILD_EN}\s+start\s+sleeping\s+{_TAIL_EN}\s*\?+")
_WHEN_EN = lazy(r"(?P<when>When|At\s+what\s+age)\s+(?P<modal>should|can)\s+(?:children|kids)\s+"
                r"(?P<start>start\s+sleeping|sleep)\s+(?:(?P<alone>alone)|on\s+their\s+own|in\s+their\s+own\s+"
                r"(?P<place>room|bed))\s*\?+")
_HAD_EN = lazy(rf"(?P<parent>I|We)(?:['’]ve\s+had|\s+have\s+had|\s+(?P<let>let))\s+(?P<pwhose>my|our)\s+"
               rf"(?P<child>son|daughter|child|kid)\s+(?:sleeping|(?P<bare>sleep))\s+{_TAIL_EN}\s+{_AGE_EN}\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a child sleeping on their own, in their own room or with their parents, of
    someone afraid to sleep alone, or of when children should sleep on their own; None for any other."""
    if src == "vi":
        return _sleep(text) or _when(text) or _had(text)
    text = text.replace("’", "'")
    return _sleep_vi(text) or _when_vi(text) or _had_vi(text)


def _child(m: re.Match, asked: bool, afraid: bool) -> tuple[str, bool, str | None] | None:
    """Who of a match of _CHILD in English, whether one ("sleeps"), and whose own a child's room is ("my son", True,
    "his"; "the kids", False, "their"); anyone of WHO only where `afraid` (own None: "Tôi", "Lan"); None for a pet,
    "I" asked, "anh" saying it, kin not a child but afraid, "bọn trẻ chúng tôi" (we kids, or our kids?) and "mình"
    asked ("Con mình ngủ riêng chưa?": your child, or our child?)."""
    if asked and keyed(m["kwhose"] or m["lwhose"] or m["whose"] or "") == "mình":
        return None
    if m["kids"]:
        if m["kwhose"] and not m["of"] and keyed(m["kids"]) != "các con":
            return None  # ("lũ trẻ chúng tôi": we kids; "bọn trẻ nhà tôi", "các con tôi": mine)
        if keyed(m["kids"]) == "các con" and not m["kwhose"]:
            return None  # ("các con": the children, or "you" said to them?)
        whose = m["kwhose"] and OWNERS[keyed(m["kwhose"])]
        return (f"{whose} {'children' if keyed(m['kids']) == 'các con' else 'kids'}" if whose else "the kids"), False, \
            "their"
    if m["lwhose"]:
        return f"{OWNERS[keyed(m['lwhose'])]} little one", True, "their"
    said = None if animal(m) else who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    if keyed(m["kin"] or "") in CHILD_KIN:
        return *said, his_her(m["kin"]) or "their"
    return (*said, None) if afraid else None


def _tail(m: re.Match, own: str | None, one: bool) -> tuple[str, bool] | None:
    """How a match of _TAIL (or _APART) says one sleeps, in English, and whether with someone: ("on his own", False),
    ("in her own room", False), ("alone", False), ("with their parents", True), ("in the same bed as us", True); None
    where whose own it is not known, and for children's own rooms (each, or one together?)."""
    if m["alone"]:
        return "alone", False
    found = m.groupdict()
    place = m["place"] or m["place0"]
    if own is None or place and not one:
        return None
    if place:
        return f"in {own} own {'room' if keyed(place) == 'phòng' else 'bed'}", False
    if not (found.get("us") or found.get("whom")):
        return f"on {own} own", False
    if m["us"]:
        whom = "me" if keyed(m["us"]) == "tôi" else "us"
    else:
        whom = f"{OWNERS[keyed(m['wwhose'])] if m['wwhose'] else own} {_WITH[keyed(m['whom'])]}"
    same = m["same"] and f"in the same {'bed' if keyed(m['same']) == 'giường' else 'room'} as"
    return f"{same or 'with'} {whom}", True


def _said(template: str, who_: str, one: bool, tail: str, age: str | None) -> str:
    """`template` of _SAID with who, the verbs agreeing ("{s}", "{Does}", "{Wis}": "I'm", "my son is" …), the tail
    and the age in words."""
    be_, pronoun = be(who_), who_ in EN_WHOSE
    said = template.format(
        W=who_, T=tail, N=age and en_word(_AGES[keyed(age)]), s="s" if one else "", has="has" if one else "have",
        doesnt="doesn't" if one else "don't", Does="Does" if one else "Do", Has="Has" if one else "Have",
        Is=be_.capitalize(), Wis=contracted(who_, be_) if pronoun else f"{who_} {be_}",
        Wisnt=contracted(who_, f"{be_} not") if pronoun else f"{who_} {be_}n't")
    return capitalised(said)


def _sleep(text: str) -> str | None:
    """"Con tôi đòi ngủ riêng." as "My child wants to sleep on their own.", "Con tôi ngủ riêng rồi." as "My child sleeps
    on their own now.", "Con gái tôi vẫn ngủ chung với bố mẹ." as "My daughter still sleeps with her parents.", "Con
    trai tôi sợ ngủ một mình." as "My son is afraid to sleep alone.", "Con bạn ngủ riêng chưa?" as "Does your child
    sleep on their own yet?" (_SLEEP, _SAID); None for anything else."""
    m = _SLEEP.fullmatch(text)
    if not m or (bool(m["q"]) or bool(m["age_q"])) != ("?" in m["end"]) or m["q"] and m["age_q"]:
        return None
    pre = _PRE[keyed(m["pre"])] if m["pre"] else ""
    age = (m["since"] or "lúc") if m["age"] or m["age_q"] else ""
    parts = ("được" * bool(m["able"]), m["q"] and f"?{m['q']}", f"?{age}" if m["age_q"] else age, m["more"], m["done"])
    after = " ".join(p for p in parts if p)
    said = _SAID.get((pre, keyed(after)))
    if m["alone"] and pre in ("", "đã") and keyed(after) in ("rồi", "?chưa"):
        return None  # ("Con tôi ngủ một mình rồi.": asleep on their own now, or sleeping alone now?)
    child = said and _child(m, "?" in m["end"], pre in _AFRAID)
    if not child:
        return None
    who_, one, own = child
    if own is None and not m["alone"]:
        return None  # (anyone but a child: afraid to sleep alone only)
    tail = _tail(m, own, one)
    if tail is None or tail[1] and not said[1]:
        return None
    return _said(said[0], who_, one, tail[0], m["age"])


def _when(text: str) -> str | None:
    """"Khi nào trẻ nên ngủ riêng?" as "When should children sleep on their own?", "Trẻ mấy tuổi thì có thể bắt đầu
    ngủ phòng riêng?" as "At what age can children start sleeping in their own room?" (_WHEN); None for anything
    else."""
    m = _WHEN.fullmatch(text)
    if not m or "?" not in m["end"] or (tail := _tail(m, "their", True)) is None:
        return None
    asked = "At what age" if m["age1"] or m["age2"] else "When"
    modal = "should" if keyed(m["modal"]) == "nên" else "can"
    return f"{asked} {modal} children {'start sleeping' if m['start'] else 'sleep'} {tail[0]}?"


def _had(text: str) -> str | None:
    """"Chúng tôi cho con ngủ riêng từ năm ba tuổi." as "We've had our child sleeping on their own since the age of
    three." (_HAD); None for anything else."""
    m = _HAD.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    parent = "I" if keyed(m["parent"]) == "tôi" else "we"
    kin = keyed(m["kin"])
    tail = _tail(m, his_her(kin) or "their", True)
    child = {"con": "child", "con trai": "son", "con gái": "daughter"}[kin]
    return tail and capitalised(f"{contracted(parent, 'have had')} {EN_WHOSE[parent]} {child} sleeping {tail[0]} "
                                f"since the age of {en_word(_AGES[keyed(m['age'])])}.")


def _child_vi(m: re.Match) -> tuple[str, bool, set[str], bool] | None:
    """Who of a match of _CHILD_EN in Vietnamese, whether one ("sleeps"), whose own their bed may be ("his", …), and
    whether a child: ("con trai tôi", True, {"his"}, True), ("bọn trẻ", False, {"their"}, True), ("mẹ tôi", True,
    {"her"}, False); None for a pet."""
    if m["child"]:
        kin, whose = " ".join(m["child"].lower().split()), WHOSE_VI[m["cwhose"].lower()]
        vi, owns = _KIN_EN[kin]
        return (f"bé nhà {whose}" if vi == "bé" else f"{vi} {whose}"), kin not in ("children", "kids"), owns, True
    if m["tkids"]:
        return "bọn trẻ", False, {"their"}, True
    if animal(m):
        return None
    who_, one = who_vi(m)
    # whose own, by who ("I … my own", "my mother … her own"; a name: his or her)
    owns = {WHOSE_OF[m["who"].lower()]} if m["who"] else {his_her(who_)} - {None} if m["kin"] else {"his", "her"}
    return who_, one, owns, False


def _tail_vi(m: re.Match, one: bool, owns: set[str], young: bool) -> tuple[str, bool] | None:
    """How a match of _TAIL_EN says one sleeps, in Vietnamese, and whether with someone: ("riêng", False), ("phòng
    riêng", False), ("một mình", False), ("chung với bố mẹ", True); None where whose own does not agree with who
    ("My son … her own"), for children's own rooms, and for anyone but a child sleeping with someone."""
    if m["alone"] or m["self"]:
        return ("một mình", False) if not m["self"] or m["self"].lower() in {_SELVES[o] for o in owns} else None
    if m["own"]:
        return (("riêng" if young else "một mình"), False) if m["own"].lower() in owns else None
    if m["place"]:
        ok = young and one and m["own2"].lower() in owns
        return ok and (f"{'phòng' if m['place'] == 'room' else 'giường'} riêng", False) or None
    if not young:
        return None
    if m["us"]:
        whom = "tôi" if m["us"].lower() == "me" else "chúng tôi"
    elif (wwhose := m["wwhose"].lower()) in owns or wwhose in ("my", "your", "our"):
        whom = _WITH_VI[m["whom"].lower()] + ("" if wwhose in owns else f" {WHOSE_VI[wwhose]}")
    else:
        return None
    if m["same"]:
        return f"chung {'giường' if m['same'] == 'bed' else 'phòng'} với {whom}", True
    return f"{'chung ' * (' '.join(whom.split()[:2]) in _MANY_WITH)}với {whom}", True


def _verb(q: str | None, verb: str) -> tuple[str, str]:
    """The verb of a match of _SLEEP_EN as _SAID_EN keys it ("does not sleep" as "do not sleep", "'s afraid of
    sleeping" as "are afraid to sleep", asked: "?do sleep"), and who it agrees with: "one", "many", "I" or "any"."""
    words = verb.lower()
    for said, written in _EXPANDED:
        words = words.replace(said, written)
    split = words.split()
    at = next((i for i, w in enumerate(split) if w not in ("still", "now", "no", "longer")), len(split))
    first = (q or (split[at] if split else "")).lower()
    number = "one" if first in _ONE_EN else "I" if first == "am" else "many" if first in _ONE_EN.values() else "any"
    if not q and split:  # (only the first verb agrees: "does not sleeps" is no key)
        split[at] = _ONE_EN.get(first, "are" if first == "am" else first)
    elif any(w in _ONE_EN for w in split):
        number = "wrong"  # ("Does he sleeps …?")
    key = " ".join(split)
    return (f"?{_ONE_EN.get(first, 'are' if first == 'am' else first)} {key}" if q else key), number


def _sleep_vi(text: str) -> str | None:
    """"My child wants to sleep on their own." as "Con tôi muốn ngủ riêng.", "My son sleeps in his own room now." as
    "Con trai tôi ngủ phòng riêng rồi.", "My daughter still sleeps with her parents." as "Con gái tôi vẫn ngủ chung
    với bố mẹ.", "Are you afraid to sleep alone?" as "Bạn có sợ ngủ một mình không?", "Does your child sleep on his
    own yet?" as "Con bạn ngủ riêng chưa?" (_SLEEP_EN, _SAID_EN); None for anything else, where a verb, whose own
    or "since he was" does not agree with who, and alone now or yet ("ngủ một mình rồi": asleep now?)."""
    m = _SLEEP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _child_vi(m)) is None:
        return None
    who_, one, owns, young = said
    key, number = _verb(m["q"], m["verb"])
    adv = " ".join((m["adv"] or "").lower().replace("anymore", "any more").split()) or m["prep"] or (
        "since" if m["pro"] else "")
    template = _SAID_EN.get((key, adv))
    agrees = {"one": one, "many": not one and not (who_ == "tôi" and key.lstrip("?").startswith("are")),
              "I": who_ == "tôi", "any": True, "wrong": False}[number]
    if template is None or not agrees or not young and "sợ" not in template[0] or m["q"] and who_ == "tôi":
        return None  # (anyone but a child: afraid only; "Do I …?" asked of oneself)
    if m["pro"] and ({"he": "his", "she": "her", "they": "their"}[m["pro"]] not in owns or
                     (m["was"] == "were") != (m["pro"] == "they")):
        return None
    tail = _tail_vi(m, one, owns, young)
    if tail is None or tail[1] and not template[1] or tail[0] == "một mình" and template[0] in _ASLEEP_NOW:
        return None
    n = m["n"] or m["n2"]
    age = n and _AGES_EN[n.lower()]
    return capitalised(template[0].format(W=who_, T=tail[0], N=age and vi_word(age), since=age and _from_age(age)))


def _from_age(n: int) -> str:
    """Since the age of `n`, in Vietnamese before "tuổi": "từ năm ba"; "từ lúc năm" for five ("từ năm năm tuổi"
    reads the word twice)."""
    return f"từ {'lúc' if n == 5 else 'năm'} {vi_word(n)}"


def _when_vi(text: str) -> str | None:
    """"When should children start sleeping on their own?" as "Khi nào trẻ nên bắt đầu ngủ riêng?", "At what age can
    children sleep in their own room?" as "Trẻ mấy tuổi thì có thể ngủ phòng riêng?" (_WHEN_EN), "At what age did your
    son start sleeping on his own?" as "Con trai bạn bắt đầu ngủ riêng lúc mấy tuổi?" (_AT_WHAT_AGE); None for anything
    else."""
    if (m := _AT_WHAT_AGE.fullmatch(text)) is not None:
        said = _child_vi(m)
        tail = said and said[3] and _tail_vi(m, said[1], said[2], True)
        return tail and not tail[1] and capitalised(f"{said[0]} bắt đầu ngủ {tail[0]} lúc mấy tuổi?") or None
    m = _WHEN_EN.fullmatch(text)
    if m is None:
        return None
    tail = "một mình" if m["alone"] else f"{'phòng' if m['place'] == 'room' else 'giường'} riêng" if m["place"] \
        else "riêng"
    said = f"{'nên' if m['modal'] == 'should' else 'có thể'} {'bắt đầu ' * bool(m['start'] != 'sleep')}ngủ {tail}?"
    return f"Khi nào trẻ {said}" if m["when"] == "When" else f"Trẻ mấy tuổi thì {said}"


def _had_vi(text: str) -> str | None:
    """"We've had our child sleeping on their own since the age of three." and "We let our child sleep on their own
    from the age of three." as "Chúng tôi cho con ngủ riêng từ năm ba tuổi." (_HAD_EN); None for anything else, and
    where "my" or "our" is not the parent's, or the age not said as the verb says it ("let … since")."""
    m = _HAD_EN.fullmatch(text)
    if not m or EN_WHOSE[m["parent"] if m["parent"] == "I" else "we"] != m["pwhose"] or bool(m["let"]) != bool(
            m["bare"]) or (m["prep"] or "since") != ("from" if m["let"] else "since"):
        return None
    vi, owns = _KIN_EN[m["child"]]
    if m["pro"] and ({"he": "his", "she": "her", "they": "their"}[m["pro"]] not in owns or
                     (m["was"] == "were") != (m["pro"] == "they")) or m["pro"] and m["let"]:
        return None
    tail = _tail_vi(m, True, owns, True)
    if tail is None or tail[1]:
        return None
    n = m["n"] or m["n2"]
    parent = "Tôi" if m["parent"] == "I" else "Chúng tôi"
    return f"{parent} cho {vi} ngủ {tail[0]} {_from_age(_AGES_EN[n.lower()])} tuổi."
