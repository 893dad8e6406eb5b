"""Complaining, both ways, written whole by rule: nagging ("cằn nhằn"), grumbling ("càu nhàu"), whining ("mè nheo")
and complaining ("phàn nàn", "than phiền", "than vãn"), as a habit, now, again, in the past or never, and telling
someone to stop. v8 (rules on) reads "hay" (a lot) as "or", "cằn nhằn" as silk or snuggling, "càu nhàu" as coffee,
"mè nheo" as silky, and "nag", "grumble", "whine" as tasting, fear and shaking: "Mẹ tôi hay cằn nhằn." → "My mother or
silked.", "Anh ấy hay càu nhàu." → "He or her coffee.", "Con tôi hay mè nheo." → "My child or silky.", "Bạn đừng than
phiền nữa." → "You don't complain.", "Đừng cằn nhằn tôi nữa!" → "Don't stop me!", "Vợ tôi lúc nào cũng cằn nhằn tôi."
→ "My wife is always getting me.", "Mẹ tôi lại cằn nhằn rồi." → "My mother was slighted."; "My mother nags a lot." →
"Mẹ tôi nếm rất nhiều." (tastes), "He grumbles a lot." → "Anh ấy rất sợ hãi.", "My child whines a lot." → "Con tôi
rung chuyển rất nhiều.", "Stop nagging me!" → "Nên đừng làm cho tôi!", "Does your mother nag you?" → "Mẹ bạn có thai
không?" (pregnant), "She nags her husband." → "Cô ấy nếm chồng mình.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) nagging, grumbling, whining or complaining "hay" ↔ "a lot", "thường" →
"often", "suốt ngày" ↔ "all the time", "lúc nào cũng", "luôn" ↔ "always", "đang" ↔ "is …ing", "lại … rồi" ↔ "is …ing
again", "không bao giờ" ↔ "never", "chưa bao giờ" ↔ "has never …ed", "không còn … nữa" ↔ "doesn't … any more",
"không hay" ↔ "doesn't … much", "đã" ↔ the past; asked ("có hay … không?" ↔ "Does … a lot?", "có đang … không?" ↔
"Is … -ing?"); nagging whom ("cằn nhằn tôi", "cằn nhằn bố tôi", "cằn nhằn chồng" ↔ "nags me", "nags my father", "nags
her husband"; "their wives" of "họ"), complaining or grumbling about ABOUT (work, the food, the weather, the noise,
the prices, everything); "Đừng … (nữa)!" ↔ "Don't …!", "Stop …ing!", "bạn", "anh", "con" … before it or not.
English's plain present ("She nags her husband.") and plain past are written to Vietnamese too. Left: Vietnamese with
no word of when or how often ("Anh ấy phàn nàn.", "Anh ấy không phàn nàn.", "Anh ấy có phàn nàn không?": now, a habit
or the past?), "anh", "chị", "em" alone saying it, a name's own husband or wife (his or hers?), a mother's "vợ" or a
father's "chồng" (the speaker's?), "con" as whom (the speaker?), asked of oneself now, a pet as who ("My dog
whines.": a dog's whine is no complaint), "về" anything but ABOUT, complaining "với" or "to" someone (to whom), formal
complaints ("khiếu nại", "file a complaint", mt/emergencies.py's neighbours and police), "never complained"
without "has" (never, or never then?), and anything else. mt.phrasebook.translate tries these after mt/nail_biting.py.

    >>> translate("Mẹ tôi hay cằn nhằn.", "vi", "en"), translate("Stop complaining!", "en", "vi")
    ('My mother nags a lot.', 'Đừng phàn nàn nữa!')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS, his_her
from .text import ASKED_END, EN_OBJECT, WHOSE_OF, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cằn\s+nhằn|càu\s+nhàu|mè\s+nheo|phàn\s+nàn|than\s+phiền|than\s+vãn)"),
         "en": lazy(r"(?i:nag\b|nags|nagging|nagged|grumbl|whin|complain)")}
# the verbs, in Vietnamese, by the English verb (the first Vietnamese of each is written back)
VERBS = {"cằn nhằn": "nag", "càu nhàu": "grumble", "mè nheo": "whine", "phàn nàn": "complain",
         "than phiền": "complain", "than vãn": "complain"}
VERBS_VI = {en: vi for vi, en in reversed(VERBS.items())}
# the English verb's forms: as it is, with "-s", with "-ing", past (and done: "has never complained")
_FORMS = {"nag": ("nag", "nags", "nagging", "nagged"), "grumble": ("grumble", "grumbles", "grumbling", "grumbled"),
          "whine": ("whine", "whines", "whining", "whined"),
          "complain": ("complain", "complains", "complaining", "complained")}
_VERB_OF = {form: (verb, i) for verb, forms in _FORMS.items() for i, form in enumerate(forms)}
_BASE, _S, _ING, _PAST = range(4)
# what is complained or grumbled about (the first English of each is written back; anything else is left whole)
ABOUT = {"công việc": "work", "đồ ăn": "the food", "thức ăn": "the food", "món ăn": "the food",
         "thời tiết": "the weather", "tiếng ồn": "the noise", "giá cả": "the prices", "mọi thứ": "everything",
         "mọi chuyện": "everything"}
ABOUT_VI = {en: vi for vi, en in reversed(ABOUT.items())} | {"prices": "giá cả"}
# one's own, nagged, said in Vietnamese without whose ("Cô ấy hay cằn nhằn chồng.": her husband)
_OWN = {"chồng": "husband", "vợ": "wife", "con cái": "children", "con trai": "son", "con gái": "daughter"}
_OWN_VI = {en: vi for vi, en in _OWN.items()} | {"kids": "con cái"}
# ... a husband or wife, by whose they may not be ("Mẹ tôi hay cằn nhằn vợ.": my wife, as often as hers), and said of
# more than one ("Họ hay cằn nhằn vợ.": their wives)
_SPOUSES = {"husband": ("his", "husbands"), "wife": ("her", "wives")}
# how often or when, before the verb (group pre), as _how reads them and _do writes them
_PRE = {"hay": "a lot", "thường": "often", "thường xuyên": "often", "suốt ngày": "all the time",
        "lúc nào cũng": "always", "luôn": "always", "luôn luôn": "always", "đang": "now", "lại": "again",
        "không bao giờ": "never", "chẳng bao giờ": "never", "chưa bao giờ": "never so far",
        "chưa từng": "never so far", "đã": "past", "không còn": "no longer", "không hay": "not much", "cũng": ""}
# who may be told to stop, before "đừng" ("Bạn đừng …", "Con đừng …": you)
_ADDRESSED = r"(?i:các\s+bạn|các\s+con|mọi\s+người|bạn|anh|chị|em|con|cậu)"

_VERB = rf"(?P<verb>(?i:{alternatives(VERBS)}))"
_WHOM = rf"(?:(?P<own>(?i:{alternatives(_OWN)}))|{WHOM})"
_ABOUT = rf"về\s+(?P<about>(?i:{alternatives(ABOUT)}))"
# who does it ("Mẹ tôi hay cằn nhằn.", "Lúc nào vợ tôi cũng cằn nhằn tôi.", "Bạn có hay phàn nàn không?")
_DO = lazy(rf"(?:(?P<when0>[Ll]úc\s+nào|[Ss]uốt\s+ngày)\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?"
           rf"(?:(?P<pre>{alternatives(_PRE)})\s+)?{_VERB}(?:\s+{_WHOM})?(?:\s+{_ABOUT})?"
           rf"(?:\s+(?P<post>suốt\s+ngày|lắm|nữa|rồi))?{ASKED_END}")
# told to stop ("Đừng cằn nhằn tôi nữa!", "Bạn đừng than phiền nữa.", "Thôi, đừng phàn nàn nữa!")
_DONT = lazy(rf"(?:(?P<enough>[Tt]hôi)\s*,?\s+)?(?:{_ADDRESSED}\s+)?(?i:đừng)\s+{_VERB}(?:\s+{WHOM})?"
             rf"(?:\s+{_ABOUT})?(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")

# ... in English
_VERB_EN = rf"(?P<verb>{alternatives(_VERB_OF)})"
_WHOM_EN = rf"(?:(?P<own>(?i:{WHOSE_WORDS}))\s+(?P<ownkin>{alternatives(_OWN_VI)})|{WHOM_EN})"
_ABOUT_EN = rf"about\s+(?P<about>(?i:{alternatives(ABOUT_VI)}))"
_DO_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are|has|have)|'(?:s|m|re|ve)|"
              r"\s+(?:do|does)\s+not|\s+(?:don|doesn)'t)?(?:\s+(?P<adv>always|constantly|often|never|no\s+longer))?"
              rf"\s+{_VERB_EN}(?:\s+{_WHOM_EN})?(?:\s+{_ABOUT_EN})?"
              r"(?:\s+(?P<post>a\s+lot|all\s+the\s+time|again|any\s*more|much))?\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:(?P<stop>(?i:stop))|(?i:don't|do\s+not))\s+{_VERB_EN}(?:\s+{WHOM_EN})?(?:\s+{_ABOUT_EN})?"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who nags, grumbles, whines or complains, how often, now or
    before, or tells someone to stop; None for any other."""
    if src == "vi":
        return _do(text) or _dont(text)
    text = text.replace("’", "'")
    return _do_vi(text) or _dont_vi(text)


def _how(m: re.Match) -> str | None:
    """How often or when of a match of _DO, as _PRE names it ("a lot", "always", "again" …), from the words before
    and after the verb; None where none is said (a bare verb: now, a habit or the past?) or they do not go together
    ("lúc nào … lại", "lại" without "rồi", "không còn" without "nữa")."""
    pre, when0, post = keyed(m["pre"] or ""), keyed(m["when0"] or ""), keyed(m["post"] or "")
    if when0 and post:
        return None
    if when0 == "lúc nào":  # ("Lúc nào mẹ tôi cũng cằn nhằn.")
        how = "always" if pre == "cũng" else None
    elif when0 or post == "suốt ngày":  # ("Suốt ngày mẹ tôi cằn nhằn.", "Mẹ tôi cằn nhằn suốt ngày.")
        how = None if pre else "all the time"
    else:
        how = _PRE.get(pre) or None  # ("cũng" without "lúc nào", and none at all: None)
    if how is None or post == "lắm" and how != "a lot":
        return None
    return None if (post == "nữa") != (how == "no longer") or (post == "rồi") != (how == "again") else how


def _whom(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _DO in English, with a space before it: " me", " my father", " her husband" (one's own,
    "chồng" of "mẹ tôi"; " their wives" of "họ"); "" where none is said; None where whose is not known (a name's
    husband, a mother's "vợ"), whom is who ("Tôi cằn nhằn tôi", "Mẹ tôi … mẹ tôi"), "mình" (me, or us?) or the verb
    takes none ("càu nhàu tôi")."""
    if not (m["own"] or m["whom"]):
        return ""
    if VERBS[keyed(m["verb"])] != "nag":
        return None
    if m["own"]:
        whose, own = whose_own(m, who_), _OWN[keyed(m["own"])]
        if own in _SPOUSES and whose == _SPOUSES[own][0]:
            return None  # ("Bố tôi hay cằn nhằn chồng.": the speaker's husband, not his)
        if own in _SPOUSES and who_ in ("we", "they"):
            own = _SPOUSES[own][1]  # (each their own: "They nag their wives.")
        return whose and f" {whose} {own}"
    whom = as_whom(m["whom"], "vi")
    return None if whom is None or keyed(m["whom"]) == "mình" or whom in (EN_OBJECT.get(who_), who_) else f" {whom}"


def _about(m: re.Match) -> str | None:
    """" about the food" of a match of _DO or _DONT; "" where none is said; None where the verb takes none (nagging,
    whining)."""
    if not m["about"]:
        return ""
    return f" about {ABOUT[keyed(m['about'])]}" if VERBS[keyed(m["verb"])] in ("complain", "grumble") else None


def _do(text: str) -> str | None:
    """"Mẹ tôi hay cằn nhằn." as "My mother nags a lot.", "Vợ tôi lúc nào cũng cằn nhằn tôi." as "My wife always nags
    me.", "Sếp tôi hay phàn nàn về công việc." as "My boss complains about work a lot.", "Con gái tôi đang mè nheo."
    as "My daughter is whining.", "Bạn có hay phàn nàn không?" as "Do you complain a lot?", "Mẹ tôi lại cằn nhằn
    rồi." as "My mother is nagging again." (_DO); None for anything else."""
    m = _DO.fullmatch(text)
    if not m or animal(m) or (how := _how(m)) is None:
        return None
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and how not in ("a lot", "often", "now"):
        return None
    said_who = who(m, asked)
    if said_who is None or asked and how == "now" and said_who[0] in ("I", "we"):
        return None  # ("Tôi có đang cằn nhằn không?": asked of oneself, now)
    who_, one = said_who
    whom, about = _whom(m, who_), _about(m)
    if whom is None or about is None:
        return None
    base, s, ing, past = _FORMS[VERBS[keyed(m["verb"])]]
    rest, verb = f"{whom}{about}", s if one else base
    be, does = "is" if one else "am" if who_ == "I" else "are", "does" if one else "do"
    if asked:
        if how == "now":
            return f"{be.capitalize()} {who_} {ing}{rest}?"
        return f"{does.capitalize()} {who_}{' often' * (how == 'often')} {base}{rest}{' a lot' * (how == 'a lot')}?"
    said = {"a lot": f"{verb}{rest} a lot", "often": f"often {verb}{rest}",
            "all the time": f"{verb}{rest} all the time", "always": f"always {verb}{rest}", "now": f"{be} {ing}{rest}",
            "again": f"{be} {ing}{rest} again",
            "never": f"never {verb}{rest}", "never so far": f"{'has' if one else 'have'} never {past}{rest}",
            "past": f"{past}{rest}", "no longer": f"{does}n't {base}{rest} any more",
            "not much": f"{does}n't {base}{rest} much"}[how]
    return capitalised(f"{who_} {said}{m['end'] or '.'}")


def _dont(text: str) -> str | None:
    """"Đừng phàn nàn nữa!" as "Stop complaining!", "Đừng cằn nhằn tôi nữa!" as "Stop nagging me!", "Con đừng mè
    nheo!" as "Don't whine!" (_DONT); None for anything else, "thôi" without "nữa", and whom "bạn" or "mình"."""
    m = _DONT.fullmatch(text)
    if not m or m["enough"] and not m["more"]:
        return None
    about = _about(m)
    whom = "" if not m["whom"] else as_whom(m["whom"], "vi") if VERBS[keyed(m["verb"])] == "nag" else None
    if about is None or whom is None or m["whom"] and keyed(m["whom"]) in ("bạn", "mình"):
        return None
    base, _, ing, _ = _FORMS[VERBS[keyed(m["verb"])]]
    said = f"Stop {ing}" if m["more"] else f"Don't {base}"
    return f"{said}{' ' * bool(whom)}{whom}{about}{m['end'] or '.'}"


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether an English "is", "'m", "does", "doesn't", "has" … (in small letters) goes with who (in Vietnamese, as
    mt.hobbies.who_vi gives it, and whether one: "she" does, "I" am, "you" are)."""
    word = word.replace("n't", "").replace(" not", "")
    if word in ("is", "'s", "does", "has"):
        return one
    if word in ("am", "'m"):
        return who_ == "tôi"
    return not one and (word not in ("are", "'re") or who_ != "tôi")


def _whom_vi(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _DO_EN in Vietnamese, with a space before it: " tôi", " bố tôi", " chồng" (one's own:
    "her husband" of "my mother", "his wife" of "my boss"); "" where none is said; None where whom is who ("I nag
    me", "you" after "you"), or the verb takes none."""
    if not (m["own"] or m["whom"]):
        return ""
    if _VERB_OF[m["verb"]][0] != "nag":
        return None
    if m["own"]:
        own = m["own"].lower()
        whose = WHOSE_OF.get(m["who"].lower()) if m["who"] else his_her(who_) if m["kin"] else None
        if whose == own or whose is None and own in ("his", "her"):  # ("Lan", "my boss": his or her own)
            return f" {_OWN_VI[m['ownkin']]}"
        whom = as_whom(f"{m['own']} {m['ownkin']}", "en")  # (another's: "I nag her husband", "chồng cô ấy")
    else:
        whom = as_whom(m["whom"], "en")
    return None if whom is None or m["whom"] and whom == who_ else f" {whom}"


def _do_vi(text: str) -> str | None:
    """"My mother nags a lot." as "Mẹ tôi hay cằn nhằn.", "She nags her husband." as "Cô ấy cằn nhằn chồng.", "My
    wife is always nagging me." as "Vợ tôi lúc nào cũng cằn nhằn tôi.", "Does your mother nag you?" as "Mẹ bạn có
    cằn nhằn bạn không?", "He complained about the food." as "Anh ấy đã phàn nàn về đồ ăn." (_DO_EN); None for
    anything else, and where a verb does not agree with who ("She nag", "Do he", "I is")."""
    m = _DO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb, form = _VERB_OF[m["verb"]]
    q, aux, adv, post = (m["q"] or "").lower(), keyed(m["aux"] or ""), keyed(m["adv"] or ""), keyed(m["post"] or "")
    whom, about = _whom_vi(m, who_), f" về {ABOUT_VI[m['about'].lower()]}" if m["about"] else ""
    if whom is None or about and verb not in ("complain", "grumble") or q and aux or \
            (q or aux) and not _agrees(q or aux, who_, one):
        return None
    done, said = f"{VERBS_VI[verb]}{whom}{about}", None
    if q in ("do", "does"):  # ("Does she nag you?", "Do you complain a lot?", "Does he often grumble?")
        if form == _BASE and adv in ("", "often") and post in ("", "a lot") and not (adv and post):
            said = f"có {'hay ' * bool(adv or post)}{done} không?"
    elif q:  # ("Is she complaining?")
        said = f"có đang {done} không?" if form == _ING and not (adv or post) else None
    elif aux in ("is", "am", "are", "'s", "'m", "'re") and form == _ING:  # ("She's nagging again.")
        if not (adv and post):
            said = {("", ""): f"đang {done}", ("", "again"): f"lại {done} rồi", ("always", ""): f"lúc nào cũng {done}",
                    ("constantly", ""): f"suốt ngày {done}"}.get((adv, post))
    elif aux in ("has", "have", "'s", "'ve"):  # ("She has never complained.")
        said = f"chưa bao giờ {done}" if form == _PAST and adv == "never" and not post else None
    elif aux:  # ("He doesn't complain.", "She doesn't nag any more.", "He doesn't grumble much.")
        if form == _BASE and not adv:
            said = {"": f"không {done}", "any more": f"không còn {done} nữa", "anymore": f"không còn {done} nữa",
                    "much": f"không hay {done}", "a lot": f"không hay {done}"}.get(post)
    elif form == _PAST:  # ("He complained about the food.")
        said = f"đã {done}" if not (adv or post) else None
    elif form == (_S if one else _BASE) and not (adv and post):  # ("She nags her husband.", "He grumbles a lot.")
        said = {"": done, "a lot": f"hay {done}", "all the time": f"suốt ngày {done}", "often": f"hay {done}",
                "always": f"lúc nào cũng {done}", "constantly": f"suốt ngày {done}", "never": f"không bao giờ {done}",
                "no longer": f"không còn {done} nữa"}.get(adv or post)
    if said is None:
        return None
    return capitalised(f"{who_} {said}" if said.endswith("?") else f"{who_} {said}{m['end'] or '.'}")


def _dont_vi(text: str) -> str | None:
    """"Stop complaining!" as "Đừng phàn nàn nữa!", "Stop nagging me!" as "Đừng cằn nhằn tôi nữa!", "Don't whine!" as
    "Đừng mè nheo!" (_DONT_EN); None for anything else, the verb's form not "stop"'s or "don't"'s ("Stop complain"),
    and whom "you"."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    verb, form = _VERB_OF[m["verb"]]
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if form != (_ING if m["stop"] else _BASE) or whom is None or m["whom"] and (
            verb != "nag" or m["whom"].lower() == "you") or m["about"] and verb not in ("complain", "grumble"):
        return None
    about = f" về {ABOUT_VI[m['about'].lower()]}" if m["about"] else ""
    return f"Đừng {VERBS_VI[verb]}{' ' * bool(whom)}{whom}{about}{' nữa' * bool(m['stop'])}{m['end'] or '.'}"
