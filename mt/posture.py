"""Aches from posture and screens, both ways, written whole by rule: a neck that hurts, or a crick in it, from
sleeping in a bad position, a back that hurts from sitting all day, eyes tired from the computer or the phone, a neck
and shoulders that ache or are stiff ("mỏi vai gáy"), and getting up to walk around. v8 (rules on) reads "sai tư thế"
as a wrong sleep, "mỏi" as tired of, "vai gáy" as the shoulders or "the grim", "sái" as the waist: "Tôi bị đau cổ vì
ngủ sai tư thế." → "I'm a pain of neck because of the wrong sleep.", "Tôi bị sái cổ." → "I'm waist.", "Tôi ngồi cả
ngày nên bị đau lưng." → "I sat all day, hurt my back.", "Tôi bị mỏi mắt vì nhìn máy tính nhiều." → "I'm tired of
looking at a lot of computers.", "Bạn có bị mỏi vai gáy không?" → "Are you tired of the grim?"; "I slept funny and
now my neck hurts." → "Tôi vui chơi và bây giờ cổ tôi bị tổn thương.", "My eyes are strained." → "Mắt tôi căng
thẳng.", "My neck and shoulders are stiff." → "Cổ và vai tôi cứng rắn.".

Taken: who (mt.hobbies.WHO, WHO_EN) whose neck, back, eyes or neck and shoulders hurt, ache ("mỏi"), are stiff or tired,
or who has a crick in the neck ("sái cổ"; "vẹo cổ" from sleeping only), said, denied, often ("hay") or asked ("có …
không?"), alone or from a cause of CAUSES ("vì ngủ sai tư thế", "do ngồi máy tính cả ngày": "from sleeping in a bad
position", "from sitting at the computer all day"); the part first ("Mắt tôi mỏi vì nhìn điện thoại cả ngày."); the
cause first ("Tôi ngồi cả ngày nên bị đau lưng.": "I sit all day, so my back hurts."; with "giờ", a day gone: "I sat all
day, so now …"; "I slept funny and now my neck hurts."); "I have a stiff neck from …", "eye strain", "back pain from …";
"Bạn nên đứng dậy đi lại.", "Ngồi thẳng lưng lên!" and back. Left: the parts alone that others take first ("Tôi bị đau
cổ.", "Tôi bị đau lưng.": mt/aches.py, mt.terms' ailments; "Tôi bị cứng cổ.", "Tôi bị mỏi mắt.", "Vai tôi bị mỏi.":
mt/numbness.py), a cause not in CAUSES ("ngủ gối cao", "nằm sai tư thế"), a cause denied, a day ("Sáng nay …": hurt
then, or still?), "đã", "vẹo cổ" without sleeping (a baby's wry neck), "trẹo cổ" (a sprain?), "đau mắt" (pink eye),
whose phone or neck where English cannot tell ("Lan bị sái cổ.": his, her?), pets, "anh", "chị", "em" alone saying it,
asked of oneself, "Chúng ta đứng dậy đi lại." (let's?), "Bạn ngồi thẳng lưng." (said, or told?), "?" without "có …
không", "nhỉ", English that does not agree ("My neck and shoulders is stiff.") or names another's ("… from looking at
your phone."), a habit with "now" ("I sit all day and now …"), eyes that ache ("My eyes ache.": "nhức"), and anything
else.
mt.phrasebook.translate tries these after mt/broke.py.

    >>> translate("Tôi bị đau cổ vì ngủ sai tư thế.", "vi", "en"), translate("My eyes are strained.", "en", "vi")
    ('My neck hurts from sleeping in a bad position.', 'Tôi bị mỏi mắt.')
"""
from __future__ import annotations

import re

from .hobbies import HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đau|mỏi|cứng|sái\s+cổ|vẹo\s+cổ|đi\s+lại|thẳng\s+lưng)"),
         "en": lazy(r"(?i:neck|back|eye|walk\s+around|sit\s+up)")}
_NS = "neck and shoulders"
# what hurts, after "bị" with who first: the part in English and how ("hurt", "ache", "stiff", "tired", "crick")
ACHES = {"đau cổ": ("neck", "hurt"), "mỏi cổ": ("neck", "ache"), "cứng cổ": ("neck", "stiff"),
         "sái cổ": ("neck", "crick"), "vẹo cổ": ("neck", "crick"), "đau lưng": ("back", "hurt"),
         "mỏi lưng": ("back", "ache"), "đau mỏi lưng": ("back", "ache"), "mỏi mắt": ("eyes", "tired"),
         "đau vai gáy": (_NS, "hurt"), "đau cổ vai gáy": (_NS, "hurt"), "đau mỏi vai gáy": (_NS, "ache"),
         "mỏi vai gáy": (_NS, "ache"), "mỏi cổ vai gáy": (_NS, "ache"), "đau mỏi cổ vai gáy": (_NS, "ache")}
# ... back, where Vietnamese says it with who first ("Tôi bị đau mỏi vai gáy."); the rest with the part first
ACHES_VI = {("neck", "hurt"): "đau cổ", ("neck", "ache"): "mỏi cổ", ("neck", "stiff"): "cứng cổ",
            ("neck", "crick"): "sái cổ", ("back", "hurt"): "đau lưng", ("back", "ache"): "đau lưng",
            ("eyes", "tired"): "mỏi mắt", (_NS, "hurt"): "đau vai gáy", (_NS, "ache"): "đau mỏi vai gáy"}
_FIRST_VI = {("back", "stiff"): "Lưng {} bị cứng", ("eyes", "hurt"): "Mắt {} bị đau",
             (_NS, "stiff"): "Cổ và vai {} bị cứng"}
# a part first ("Cổ và vai tôi bị cứng.") and how it is ("mỏi" eyes are tired)
PARTS = {"cổ": "neck", "lưng": "back", "mắt": "eyes", "vai gáy": _NS, "cổ vai gáy": _NS, "cổ và vai": _NS}
_STATES = {"đau": "hurt", "mỏi": "ache", "đau mỏi": "ache", "cứng": "stiff"}
_PARTS_EN = {"neck": "neck", "back": "back", "eyes": "eyes", _NS: _NS, "shoulders and neck": _NS}
_PLURAL = {"eyes", _NS}
_PARTS_OF_MANY = {"neck": "necks", "back": "backs", "eyes": "eyes", _NS: "necks and shoulders"}  # ("our backs")
_MANY_WHO = {"we", "they", "parents", "grandparents", "children", "kids"}  # (the last word of who)
# the causes: a screen and how much, and the rest, as (English verb, what follows; {phone}: "my phone", "our phones")
_AMOUNTS = {"": "", "nhiều": "too much", "nhiều quá": "too much", "quá nhiều": "too much", "cả ngày": "all day",
            "suốt ngày": "all day"}
_SCREENS = {"nhìn máy tính": ("look", "at the computer"), "nhìn màn hình": ("look", "at screens"),
            "nhìn điện thoại": ("look", "at {phone}"), "cúi nhìn điện thoại": ("look", "down at {phone}"),
            "cúi đầu nhìn điện thoại": ("look", "down at {phone}"), "dùng máy tính": ("use", "the computer"),
            "dùng điện thoại": ("use", "{phone}"), "ngồi máy tính": ("sit", "at the computer")}
CAUSES = {f"{vi} {amount}".strip(): (verb, f"{rest} {en}".strip())
          for vi, (verb, rest) in _SCREENS.items() for amount, en in _AMOUNTS.items()} | {
    "ngủ sai tư thế": ("sleep", "in a bad position"), "ngồi cả ngày": ("sit", "all day"),
    "ngồi suốt ngày": ("sit", "all day"), "ngồi nhiều": ("sit", "too much"), "ngồi lâu": ("sit", "for long periods"),
    "ngồi sai tư thế": ("sit", "with bad posture")}
CAUSES_VI = {said: vi for vi, said in reversed(CAUSES.items())}
# English verbs of the causes: their forms ("-ing", "-s", past, base), and each form as (the verb, which form)
_VERBS = {"sit": ("sitting", "sits", "sat", "sit"), "look": ("looking", "looks", "looked", "look"),
          "stare": ("staring", "stares", "stared", "stare"), "use": ("using", "uses", "used", "use"),
          "sleep": ("sleeping", "sleeps", "slept", "sleep")}
_FORMS = {form: (verb, kind) for verb, forms in _VERBS.items()
          for form, kind in zip(forms, ("ing", "s", "past", "base"))}
# English said other ways, as CAUSES says it
_SAME_EN = [(lazy(r"(?:wrong|funny|awkwardly|in\s+(?:a|an|the)\s+(?:weird|funny|awkward|wrong|bad|strange)\s+position)"
                  r"$"), "in a bad position"), (lazy(r"\bat\s+(?:the|a)\s+screen\b"), "at screens"),
            (lazy(r"\b(?:a\s+lot|so\s+much)$"), "too much"), (lazy(r"\ball\s+day\s+long$"), "all day")]
_PHONE_EN = lazy(r"\b(?P<own>my|your|his|her|our|their)\s+phones?\b")
_OFTEN = {vi: en for vi, en in SELDOM.items() if en == "often"} | {"hay": "often"}
_PRONOUN_OF = {"my": "I", "your": "you", "his": "he", "her": "she", "our": "we", "their": "they"}

_ASK = rf"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<often>{alternatives(_OFTEN)})\s+)?"
_CAUSE = rf"(?P<cause>{alternatives(CAUSES)})"
# who first ("Tôi bị đau cổ vì ngủ sai tư thế.", "Bạn có bị mỏi vai gáy không?")
_WHO_FIRST = lazy(rf"{WHO}\s+{_ASK}bị\s+(?P<ache>{alternatives(ACHES)})(?:\s+(?:vì|do)\s+{_CAUSE})?{ASKED_END}")
# a part first ("Mắt tôi mỏi vì nhìn điện thoại cả ngày.", "Cổ và vai tôi bị cứng.")
_PART_FIRST = lazy(rf"(?P<part>(?i:{alternatives(PARTS)}))\s+(?:của\s+)?{OWNER}\s+{_ASK}(?P<bi>bị\s+)?"
                   rf"(?P<state>{alternatives(_STATES)})(?:\s+(?:vì|do)\s+{_CAUSE})?{ASKED_END}")
# the cause first ("Tôi ngồi cả ngày nên bị đau lưng.")
_SO = lazy(rf"{WHO}\s+{_CAUSE}\s*,?\s+nên\s+(?:(?P<now>giờ|bây\s+giờ)\s+)?bị\s+(?P<ache>{alternatives(ACHES)})"
           rf"{SOFTENED_END}")
# getting up and walking around, sitting up straight ("Bạn nên đứng dậy đi lại.", "Ngồi thẳng lưng lên!")
_ADVICE = lazy(r"(?:(?P<often>[Tt]hỉnh\s+thoảng)\s+)?(?:(?P<you>[Bb]ạn|[Cc]húng\s+ta)\s+)?(?:(?P<should>nên)\s+)?"
               r"(?P<what>(?i:đứng\s+dậy\s+đi\s+lại|ngồi\s+thẳng\s+lưng))(?P<up>\s+lên)?"
               r"(?:\s+(?P<bit>một\s+chút|một\s+lát))?(?:\s+(?P<tell>đi|nhé))?\s*(?P<end>[.!]*)")

# ... and in English: a cause after "from" or "because I …" (its words read by _cause_vi)
_CAUSE_EN = rf"(?P<cverb>{alternatives(_FORMS)})(?P<crest>(?:\s+(?!(?:so|and|because)\b)[a-z']+)*)"
_BEEN_EN = r"(?:\s+(?P<been>have\s+been|has\s+been)|(?P<been2>['’]ve\s+been|['’]s\s+been))?"
_WHY_EN = (rf"(?:\s+(?:(?P<from>from|because\s+of)|because\s+(?P<pron>I|you|he|she|we|they){_BEEN_EN})"
           rf"\s+{_CAUSE_EN})?")
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_PART_EN = rf"(?P<part>{alternatives(_PARTS_EN)})"
_HOW_EN = (r"(?:\s+(?P<often>often))?(?:\s+(?P<verb>hurts|hurt|aches|ache)|(?:(?P<be>\s+is|\s+are|['’]s|['’]re)"
           r"(?P<nt>\s+not|n['’]t)?)?\s+(?P<adj>stiff|tired|strained|sore)|"
           r"\s+(?P<dont>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?P<verb2>hurt|ache))")
# a part ("My neck and shoulders are stiff.", "Do your neck and shoulders ache?", "My back hurts from sitting …")
_PART_SAID_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is)\s+)?{_WHOSE_EN}\s+{_PART_EN}{_HOW_EN}{_WHY_EN}\s*(?P<end>[.!?]*)")
_HAS = (r"(?P<has>\s+has|\s+have|['’]ve\s+got|['’]s\s+got|\s+have\s+got|\s+has\s+got|\s+(?:don|doesn)['’]t\s+have|"
        r"\s+(?:do|does)\s+not\s+have)")
_WHAT_EN = {"a stiff neck": "cứng cổ", "eye strain": "mỏi mắt", "back pain": "đau lưng", "a backache": "đau lưng",
            "a sore back": "đau lưng", "neck pain": "đau cổ", "a sore neck": "đau cổ"}
_GOT_EN = rf"(?:(?P<what>{alternatives(_WHAT_EN)})|a\s+crick\s+in\s+(?P<own>{WHOSE_WORDS})\s+neck)"
# who has it ("I've got a crick in my neck.", "I have a stiff neck from sleeping wrong.")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_HAS}\s+{_GOT_EN}{_WHY_EN}\s*(?P<end>[.!?]*)")
# the cause first ("I sit all day, so my back hurts.", "I slept funny and now I've got a crick in my neck.")
_SO_EN = lazy(rf"{WHO_EN}{_BEEN_EN}\s+{_CAUSE_EN}\s*,?\s+(?:so|and)(?:\s+(?P<now>now))?\s+"
              rf"(?:(?P<poss>{WHOSE_WORDS})\s+{_PART_EN}{_HOW_EN}|(?P<pron>I|you|he|she|we|they){_HAS}\s+{_GOT_EN})"
              r"\s*(?P<end>[.!]*)")
_ADVICE_EN = lazy(r"(?:(?P<who>You|We)\s+should\s+|(?P<tell>))(?P<what>(?i:get\s+up\s+and\s+walk\s+around|"
                  r"sit\s+up\s+straight))(?P<bit>\s+a\s+bit)?(?P<often>\s+(?:every\s+so\s+often|"
                  r"from\s+time\s+to\s+time|every\s+now\s+and\s+then))?\s*(?P<end>[.!]*)")
_THIRD = {"has", "does", "is", "'s", "doesn't", "does not", "'s got", "has got", "doesn't have", "does not have",
          "has been", "'s been"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a neck, back, eyes or neck and shoulders hurt, ache, are stiff or tired
    (from sitting, sleeping badly or a screen), or that tells one to get up and walk around; None for any other."""
    if src == "vi":
        return _who_first(text) or _part_first(text) or _so(text) or _advice(text)
    return _part_vi(text) or _have_vi(text) or _so_vi(text) or _advice_vi(text)


def _asked(m: re.Match, who_: str) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?", False said; None for "có" or "không?" alone, "?" on a
    statement, asked of oneself, or "often" asked or denied."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and (asked or m["often"]):
        return None
    return None if asked and (who_ in ("I", "we") or m["often"]) else asked


def _cause(m: re.Match, own: str | None) -> str | None:
    """The cause of a Vietnamese match after "from", with a space before it (" from sitting all day"), its phone
    `own`'s; "" for none; None where whose phone English cannot tell."""
    if not m["cause"]:
        return ""
    verb, rest = CAUSES[keyed(m["cause"])]
    if "{phone}" in rest and own is None:
        return None
    return f" from {_VERBS[verb][0]} {rest.format(phone=_phone(own))}"


def _phone(own: str | None) -> str:
    """Whose phone, in English: "my phone", "our phones"."""
    return f"{own} phone{'s' * (own in ('our', 'their'))}"


def _said_en(whose: str, part: str, state: str, asked: bool, m: re.Match, cause: str, many_who: bool = False
             ) -> str | None:
    """A part that hurts, aches, is stiff or tired, in English: "My neck hurts from …", "My eyes aren't tired.", "Our
    backs hurt." (`many_who`); None for a cause denied."""
    part = _PARTS_OF_MANY[part] if many_who else part
    many, subject, end = many_who or part in _PLURAL, f"{whose} {part}", stop(m["end"])
    if m["not"] and cause:
        return None  # ("Tôi không bị đau lưng vì ngồi cả ngày.": not at all, or from something else?)
    often = " often" if m["often"] else ""
    if state in ("hurt", "ache"):
        if asked:
            return f"{'Do' if many else 'Does'} {subject} {state}{cause}?"
        if m["not"]:
            return capitalised(f"{subject} {'don' if many else 'doesn'}'t {state}{end}")
        return capitalised(f"{subject}{often} {state}{'' if many else 's'}{cause}{end}")
    be = "are" if many else "is"
    if asked:
        return f"{be.capitalize()} {subject} {state}{cause}?"
    not_ = "n't" if m["not"] else ""
    return capitalised(f"{subject} {be}{not_}{often} {state}{cause}{end}")


def _crick(who_: str, one: bool, own: str | None, asked: bool, m: re.Match, cause: str) -> str | None:
    """A crick in who's neck, in English: "I have a crick in my neck.", "Does she have a crick in her neck?"; None
    where whose neck English cannot tell, or for a cause denied."""
    if own is None or m["not"] and cause or m["often"]:
        return None
    what = f"a crick in {own} neck{cause}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have {what}?"
    has = f"{'doesn' if one else 'don'}'t have" if m["not"] else "has" if one else "have"
    return capitalised(f"{who_} {has} {what}{stop(m['end'])}")


def _sleeping(m: re.Match) -> bool:
    """Whether "vẹo cổ" of a match comes from sleeping (not a baby's wry neck), True for any other ache."""
    return keyed(m["ache"]) != "vẹo cổ" or keyed(m["cause"] or "") == "ngủ sai tư thế"


def _who_first(text: str) -> str | None:
    """"Tôi bị đau cổ vì ngủ sai tư thế." as "My neck hurts from sleeping in a bad position.", "Tôi bị sái cổ." as
    "I have a crick in my neck." (_WHO_FIRST); None for anything else."""
    m = _WHO_FIRST.fullmatch(text)
    said = m and not animal(m) and _sleeping(m) and who(m, bool(m["asked"]))
    if not said or (asked := _asked(m, said[0])) is None:
        return None
    who_, one = said
    part, state = ACHES[keyed(m["ache"])]
    cause = _cause(m, own := whose_own(m, who_))
    if cause is None:
        return None
    many = who_.rsplit(" ", 1)[-1] in _MANY_WHO
    if state == "crick":  # ("We have a crick in our neck": one neck?)
        return None if many else _crick(who_, one, own, asked, m, cause)
    return _said_en(EN_WHOSE.get(who_) or f"{who_}'s", part, state, asked, m, cause, many)


def _part_first(text: str) -> str | None:
    """"Mắt tôi mỏi vì nhìn điện thoại cả ngày." as "My eyes are tired from looking at my phone all day." (_PART_FIRST);
    None for anything else, and "bị" left out with no cause."""
    m = _PART_FIRST.fullmatch(text)
    if not m or not (m["bi"] or m["cause"]):
        return None
    part, state = PARTS[keyed(m["part"])], _STATES[keyed(m["state"])]
    if part == "eyes":  # (tired eyes; "mắt … cứng" is not said, "đau mỏi" is neither)
        state = {"mỏi": "tired", "đau": "hurt"}.get(keyed(m["state"]))
    if m["owner"]:
        who_ = {"my": "I", "our": "we"}.get(whose := OWNERS[keyed(m["owner"])], "")
        own, many = whose, whose in ("our", "their")
    else:
        found = re.fullmatch(WHO, " ".join(m["someone"].split()))
        if state is None or animal(found):
            return None
        who_, whose = "", f"{someone(m['someone'], 'vi')}'s"
        own = whose_own(found, who(found, False)[0])
        many = whose[:-2].rsplit(" ", 1)[-1] in _MANY_WHO
    asked = None if state is None else _asked(m, who_)
    cause = None if asked is None else _cause(m, own)
    return None if cause is None else _said_en(whose, part, state, asked, m, cause, many)


def _so(text: str) -> str | None:
    """"Tôi ngồi cả ngày nên bị đau lưng." as "I sit all day, so my back hurts." (_SO); None for anything else, and
    where English cannot tell whose ("Lan … so his back?")."""
    m = _SO.fullmatch(text)
    said = m and "?" not in m["end"] and not animal(m) and _sleeping(m) and who(m, False)
    if not said or (own := whose_own(m, said[0])) is None:
        return None
    who_, one = said
    verb, rest = CAUSES[keyed(m["cause"])]
    # (a night's sleep is gone; "giờ" says the sitting was a day gone too: "I sat all day, so now …", not "I sit")
    did = _VERBS[verb][2] if verb == "sleep" or m["now"] else f"{verb}s" if one else verb
    part, state = ACHES[keyed(m["ache"])]
    now = " now" if m["now"] else ""
    many = who_.rsplit(" ", 1)[-1] in _MANY_WHO
    part = _PARTS_OF_MANY[part] if many else part
    if state == "crick":
        if many:  # ("We have a crick in our neck": one neck?)
            return None
        then = f"{_PRONOUN_OF[own]} {'has' if own in ('his', 'her') else 'have'} a crick in {own} neck"
    else:
        many = many or part in _PLURAL
        then = f"{own} {part} {state}{'' if many else 's'}" if state in ("hurt", "ache") else \
            f"{own} {part} {'are' if many else 'is'} {state}"
    return capitalised(f"{who_} {did} {rest.format(phone=_phone(own))}, so{now} {then}{stop(m['end'])}")


def _advice(text: str) -> str | None:
    """"Bạn nên đứng dậy đi lại." as "You should get up and walk around.", "Ngồi thẳng lưng lên!" as "Sit up
    straight!" (_ADVICE); None for anything else, and for "Bạn ngồi thẳng lưng." (said, or told?)."""
    m = _ADVICE.fullmatch(text)
    if not m:
        return None
    sit, you = keyed(m["what"]).startswith("ngồi"), keyed(m["you"] or "")
    if sit and (m["bit"] or m["often"]) or not sit and m["up"]:
        return None
    what = "sit up straight" if sit else "get up and walk around"
    rest = f"{what}{' a bit' * bool(m['bit'])}{' from time to time' * bool(m['often'])}{stop(m['end'])}"
    if m["should"]:
        return f"{'We' if you == 'chúng ta' else 'You'} should {rest}"
    if you == "chúng ta" or you and not (m["tell"] == "đi" or m["up"]):
        return None  # ("Bạn ngồi thẳng lưng.": said, or told?; "Chúng ta đứng dậy đi lại.": let's?)
    return capitalised(rest)


def _agrees(aux: str | None, one: bool) -> bool:
    """Whether the verb `aux` said after who in English ("has", "'ve got", "doesn't") agrees with who (`one`: he,
    she, my mother, a name)."""
    aux = " ".join((aux or "").lower().replace("’", "'").split())
    return aux in _THIRD if one else aux not in _THIRD


def _cause_vi(m: re.Match, owns: set[str], who_: str | None = None, one: bool = False) -> str | None:
    """The cause of an English match in Vietnamese ("ngồi cả ngày"), its phone one of `owns`; "" for none; None for
    a cause not in CAUSES, and for a verb that does not agree with `who_` ("from sits", "because she sit")."""
    if not m["cverb"]:
        return ""
    verb, kind = _FORMS[m["cverb"]]
    been = m["been"] or m["been2"]
    if been and (kind != "ing" or not _agrees(been, one)) or not been and kind == "ing" and who_ is not None:
        return None
    if who_ is None and kind != "ing" or kind == "base" and one or kind == "s" and not one:
        return None
    rest = keyed(m["crest"])
    for pattern, same in _SAME_EN:
        rest = pattern.sub(same, rest)
    phone = _PHONE_EN.search(rest)
    if phone and phone["own"] not in owns:
        return None
    return CAUSES_VI.get(("look" if verb == "stare" else verb, _PHONE_EN.sub("{phone}", rest)))


def _en_whose(m: re.Match) -> tuple[str, set[str]] | None:
    """Who of a match of _WHOSE_EN in Vietnamese ("tôi" for "my", "mẹ tôi" for "my mother's"), and whose phone
    English may say is theirs ({"my"}, {"her"}, {"his", "her"} for a name); None for a pet or anyone not known."""
    if m["poss"]:
        return WHOSE_VI[m["poss"].lower()], {m["poss"].lower()}
    said = " ".join(m["someone"].split())
    vi = None if pet(said, "en") else someone(said, "en")
    return vi and (vi, {his_her(vi)} if his_her(vi) else {"his", "her"})


def _ache_vi(who_: str, part: str, state: str, head: str, tail: str) -> str | None:
    """What hurts, in Vietnamese, `head` ("có ", "không ", "hay ") before and `tail` (the cause, "không?") after:
    "Tôi bị đau lưng vì ngồi cả ngày.", "Lưng tôi bị cứng."; None for eyes that ache."""
    if (part, state) in ACHES_VI:
        return capitalised(f"{who_} {head}bị {ACHES_VI[part, state]}{tail}")
    if (part, state) not in _FIRST_VI:
        return None  # ("My eyes ache.": "nhức", which is not written here)
    first = _FIRST_VI[part, state].format(who_)
    return first.replace(" bị ", f" {head}bị ", 1) + tail


def _part_vi(text: str) -> str | None:
    """"My neck and shoulders are stiff." as "Cổ và vai tôi bị cứng." (_PART_SAID_EN); None for anything else, and
    where a verb does not agree."""
    m = _PART_SAID_EN.fullmatch(text)
    found = m and _en_whose(m)
    if not found or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, owns = found
    part = _PARTS_EN[keyed(m["part"])]
    many, verb, adj, q = part in _PLURAL, m["verb"] or m["verb2"], m["adj"], (m["q"] or "").lower()
    if adj:
        state = {"sore": "hurt", "strained": "tired"}.get(adj, adj)
        be = (m["q"] or m["be"] or "").strip().lower().replace("’", "'")
        if bool(m["q"]) == bool(m["be"]) or be not in (("are", "'re") if many else ("is", "'s")) or \
                m["nt"] and "'" in be or (state == "tired") != (part == "eyes") or adj == "sore" and part == "eyes":
            return None
    else:
        state, said = verb.rstrip("s"), " ".join((q or m["dont"] or verb).lower().replace("’", "'").split())
        if said not in (("do", "don't", "do not", "hurt", "ache") if many else
                        ("does", "doesn't", "does not", "hurts", "aches")) or (q or m["dont"]) and verb != state:
            return None
    not_ = m["nt"] or m["dont"]
    pron = m["pron"] and (m["pron"] if m["pron"] == "I" else m["pron"].lower())
    if pron and pron not in {_PRONOUN_OF[o] for o in owns}:
        return None  # (whose neck is who slept: "My neck hurts because she slept …" is not taken)
    cause = _cause_vi(m, owns, pron, pron in ("he", "she")) if pron else _cause_vi(m, owns)
    if cause is None or not_ and (cause or m["often"]) or q and (m["often"] or who_ in ("tôi", "chúng tôi")):
        return None
    head = "có " if q else "không " if not_ else f"{HABIT_VI['often']} " if m["often"] else ""
    tail = f"{f' vì {cause}' if cause else ''}{' không?' if q else stop(m['end'])}"
    return _ache_vi(who_, part, state, head, tail)


def _have_vi(text: str) -> str | None:
    """"I've got a crick in my neck." as "Tôi bị sái cổ.", "I have eye strain." as "Tôi bị mỏi mắt." (_HAVE_EN); None
    for anything else, and where the verb does not agree."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or m["pron"]:
        return None
    who_, one = who_vi(m)
    has = " ".join(m["has"].lower().replace("’", "'").split())
    if m["q"] and (has != "have" or not _agrees(m["q"], one)) or not m["q"] and not _agrees(has, one):
        return None
    owns = _owns(m, who_)
    cause, not_ = _cause_vi(m, owns), "not" in has or "n't" in has
    if cause is None or m["own"] and m["own"].lower() not in owns or m["q"] and who_ == "tôi" or not_ and cause:
        return None
    what = _WHAT_EN[keyed(m["what"])] if m["what"] else "sái cổ"
    head = "có " if m["q"] else "không " if not_ else ""
    return capitalised(f"{who_} {head}bị {what}{f' vì {cause}' if cause else ''}"
                       f"{' không?' if m['q'] else stop(m['end'])}")


def _owns(m: re.Match, who_: str) -> set[str]:
    """Whose a thing of who of a match of WHO_EN may be in English: {"my"} for "I", {"her"} for "my mother", {"his",
    "her"} for a name."""
    if m["who"]:
        return {EN_WHOSE["I" if m["who"].lower() == "i" else m["who"].lower()]}
    return {his_her(who_)} if his_her(who_) else {"his", "her"}


def _so_vi(text: str) -> str | None:
    """"I sit all day, so my back hurts." as "Tôi ngồi cả ngày nên bị đau lưng." (_SO_EN); None for anything else,
    where a verb does not agree, and where the part is another's."""
    m = _SO_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    owns = _owns(m, who_)
    cause = _cause_vi(m, owns, who_, one) if m["cverb"] else None
    if not cause or m["now"] and not (_FORMS[m["cverb"]][1] == "past" or m["been"] or m["been2"]):
        return None  # ("I sit all day and now my back hurts": a habit, and now?)
    if m["poss"]:
        if m["poss"].lower() not in owns or m["nt"] or m["dont"] or m["often"]:
            return None
        part = _PARTS_EN[keyed(m["part"])]
        adj = m["adj"] and {"sore": "hurt", "strained": "tired"}.get(m["adj"], m["adj"])
        state = adj or m["verb"].rstrip("s")
        said = (("are", "'re") if part in _PLURAL else ("is", "'s")) if adj else \
            (state,) if part in _PLURAL else (f"{state}s",)
        if (m["be"] or m["verb"] or "").strip().replace("’", "'") not in said or (part, state) not in ACHES_VI:
            return None
    else:
        pron = m["pron"] if m["pron"] == "I" else m["pron"].lower()
        has = " ".join(m["has"].lower().replace("’", "'").split())
        if pron not in {_PRONOUN_OF[o] for o in owns} or m["own"] and m["own"].lower() != EN_WHOSE[pron] or \
                not _agrees(has, pron in ("he", "she")) or "not" in has or "n't" in has:
            return None
        if m["what"]:
            return capitalised(f"{who_} {cause} nên bị {_WHAT_EN[keyed(m['what'])]}{stop(m['end'])}")
        part, state = "neck", "crick"
    return capitalised(f"{who_} {cause} nên bị {ACHES_VI[part, state]}{stop(m['end'])}")


def _advice_vi(text: str) -> str | None:
    """"You should get up and walk around." as "Bạn nên đứng dậy đi lại.", "Sit up straight!" as "Ngồi thẳng lưng
    lên!" (_ADVICE_EN); None for anything else."""
    m = _ADVICE_EN.fullmatch(text)
    if not m or m["tell"] is not None and not text[0].isupper():
        return None
    sit = keyed(m["what"]).startswith("sit")
    if sit and (m["bit"] or m["often"]):
        return None
    what = "ngồi thẳng lưng" if sit else f"đứng dậy đi lại{' một chút' * bool(m['bit'])}"
    if m["who"]:
        who_ = "chúng ta" if m["who"] == "We" else "bạn"
        return capitalised(f"{'thỉnh thoảng ' * bool(m['often'])}{who_} nên {what}{stop(m['end'])}")
    return capitalised(f"{'thỉnh thoảng ' * bool(m['often'])}{what} {'lên' if sit else 'đi'}{stop(m['end'])}")
