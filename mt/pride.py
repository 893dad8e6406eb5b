"""Being proud of someone or happy for them, both ways, written whole by rule. v8 reads "mừng cho" as glad to, or
celebrating, puts a proud mother in the past and loses "are" asking: "Tôi rất mừng cho bạn." → "I'm glad to you.",
"Tôi mừng cho bạn quá." → "I'm glad you too.", "Mẹ tôi rất mừng cho chị tôi." → "My mother was very celebrating to
my sister.", "Họ rất mừng cho chúng tôi." → "They are very celebrating for us.", "Mẹ tôi rất tự hào về tôi." → "My
mother was very proud of me.", "Bạn có tự hào về con trai bạn không?" → "Do you proud of your son?", "Mẹ bạn có tự hào
về bạn không?" → "Will your mother be proud of you?"; "I'm so happy for you." → "Tôi rất vui đối với bạn.", "We're so
happy for you." → "Chúng tôi rất vui đối với bạn.", "She's proud of her son." → "Cô ấy tự hào về đứa con trai của
mình.", "He's proud of his daughter." → "Anh ta tự hào về đứa con gái của mình.", "Lan is proud of her mother." →
"Lan được tự hào về mẹ cô ấy.", "My father is proud of my brother." → "Cha tôi rất tự hào về anh trai tôi." (very).

Taken: who (mt.hobbies.WHO, WHO_EN; "mọi người", everyone; "chúng tôi đều", "tất cả chúng tôi", we're all) is proud
of ("tự hào về") or happy for ("mừng cho", "vui mừng cho", "vui cho"; "glad for") someone: a pronoun or someone of
mt.hobbies.WHOM, WHOM_EN, their own kin ("con trai mình", her son) or themselves ("bản thân mình", "chính mình");
very ("rất"), really ("thật sự"), so ("lắm", "quá"), not (proud only), asked ("có … không?", "Are you …?"), should
("nên"); a Vietnamese sentence without who is the speaker's ("Mừng cho bạn quá!"). Left: "anh", "chị", "em", "con",
"mẹ" alone as who or whom (the speaker, or the one spoken to: "Mẹ rất tự hào về con.", "Tôi rất tự hào về con." v8
writes well), "mình" alone as whom, proud of a thing or to be ("Tôi tự hào là người Việt Nam."), the past, "too",
how one feels alone ("Tôi rất vui.": mt/feelings.py), congratulations and wishes (mt/wishes.py, the phrasebook).
mt.phrasebook.translate tries these after mt/looking_forward.py.

    >>> translate("Tôi mừng cho bạn quá.", "vi", "en"), translate("She's proud of her son.", "en", "vi")
    ("I'm so happy for you.", 'Cô ấy tự hào về con trai mình.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .people import KIN_VI, KIN_WORDS, NAMED_WHO
from .rule_keys import key_checked
from .terms import WHOSE_VI, his_her
from .text import (
    ASKED_END,
    BE_EN,
    EN_OBJECT,
    WHOSE_OF,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tự\s+hào|mừng\s+cho|vui\s+cho)"),
         "en": lazy(r"(?i:proud\s+of|(?:happy|glad)\s+for)")}
# how much, before the word or after it, in English ("quá", "lắm": so)
_VERY = {"rất": "very", "thật sự": "really", "thực sự": "really", "thật lòng": "really"}
_VERY_VI = {"very": "rất", "so": "rất", "really": "thật sự"}  # ("so" of the speaker: "lắm", "quá" after)
# oneself, by whose: "my" → "myself"
_SELF = {"my": "myself", "your": "yourself", "his": "himself", "her": "herself", "our": "ourselves",
         "their": "themselves"}
_SELF_VI = "bản thân mình"

# who, all or not ("Tất cả chúng tôi đều", "Mọi người"), said or asked, should or not, how much, proud of or happy for
# whom: themselves ("bản thân mình"), their own kin ("con trai mình"), or someone (mt.hobbies.WHOM)
_WHOM_VI = (rf"(?:(?P<self>(?:chính\s+)?bản\s+thân(?:\s+mình)?|chính\s+mình)|(?P<own>(?i:{KIN_WORDS}))"
            rf"\s+(?:của\s+)?mình|{WHOM})")
_SAID = lazy(rf"(?:(?P<everyone>(?i:(?:tất\s+cả\s+)?mọi\s+người))\s+|"
             rf"(?:(?P<all0>(?i:tất\s+cả|cả))\s+)?{WHO}\s+)?(?:(?P<all>đều)\s+)?"
             r"(?:(?P<should>nên)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<very>(?i:{alternatives(_VERY)}))\s+)?(?:(?P<proud>(?i:tự\s+hào)\s+về)|"
             rf"(?P<happy>(?i:(?:vui\s+)?mừng|vui)\s+cho))\s+{_WHOM_VI}(?:\s+(?P<so>lắm|quá))?{ASKED_END}")
# ... and in English ("We're all so proud of you.", "Is your mother proud of you?", "You should be proud of yourself.")
_WHOM_EN = (rf"(?:(?P<self>(?i:{alternatives(_SELF.values())}|yourselves))|(?P<owner>(?i:{alternatives(_SELF)}))\s+"
            rf"(?P<own>{alternatives(KIN_VI)})|{WHOM_EN})")
_SAID_EN = lazy(rf"(?:(?:(?P<be0>Is|Are|Am)\s+)?(?:(?P<everyone>(?i:everyone|everybody))|{WHO_EN})"
                rf"(?:{BE_EN}|\s+(?P<should>should)\s+be)?(?P<not>\s+not|n['’]t)?(?:\s+(?P<all>all))?\s+)?"
                r"(?:(?P<very>(?i:so|very|really))\s+)?(?P<word>(?i:(?P<proud>proud)\s+of|(?:happy|glad)\s+for))"
                rf"\s+{_WHOM_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is proud of someone or happy for them; None for any
    other."""
    return _said(text) if src == "vi" else _said_vi(text)


def _subject(m: re.Match, asked: bool) -> tuple[str, str | None] | None:
    """Who of a match of _SAID in English, and their whose ("my mother", "her"; None for a name: "his" or "her"?);
    "I" where no one is said (the speaker: "Mừng cho bạn quá!"); None for a word of kinship alone, and for "all" with
    one person ("Tôi đều", "Cả tôi")."""
    many = m["all"] or m["all0"]
    if m["everyone"]:
        return ("everyone", "their") if not m["all0"] else None
    if not m["who"] and not m["kin"] and not m["title"] and not m["given"]:
        return None if many or m["not"] or m["should"] else ("I", "my")
    said = who(m, asked)
    if said is None or many and said[0] not in ("we", "they"):
        return None
    if said[0].lower() in WHOSE_OF:
        return said[0], WHOSE_OF[said[0].lower()]
    return said[0], his_her_of(m) if not m["given"] else None


def _whom(m: re.Match, whose: str | None, who_: str) -> str | None:
    """Whom of a match of _SAID in English: "you", "my mother", "herself" ("bản thân mình" of a woman), "her son"
    ("con trai mình" of a woman); None where whose is not known ("Lan … bản thân mình"), "mình" alone (me, or
    themselves?), and for who again ("Tôi tự hào về tôi")."""
    if m["self"] or m["own"]:
        if whose is None:
            return None
        return _SELF[whose] if m["self"] else f"{whose} {NAMED_WHO[keyed(m['own'])]}"
    whom = m["whom"]
    said = as_whom(whom, "vi")
    if keyed(whom) == "mình" or said is None or said == EN_OBJECT.get(who_):
        return None
    return said


def _said(text: str) -> str | None:
    """"Tôi mừng cho bạn quá." as "I'm so happy for you.", "Mẹ tôi rất tự hào về tôi." as "My mother is very proud
    of me.", "Bạn có tự hào về con trai bạn không?" as "Are you proud of your son?", "Bạn nên tự hào về bản thân
    mình." as "You should be proud of yourself." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["very"] and m["so"]:
        return None
    if (m["not"] or asked) and (m["very"] or m["so"]) or (m["not"] or m["should"]) and m["happy"] or \
            (asked or m["should"]) and (m["all"] or m["all0"]):
        return None
    subject = _subject(m, asked)
    whom = subject and _whom(m, subject[1], subject[0])
    if not whom or asked and subject[0] == "I":
        return None
    who_ = subject[0]
    word = f"{'proud of' if m['proud'] else 'happy for'} {whom}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {word}?"
    if m["should"]:
        return capitalised(f"{who_} should be {word}{m['end'] or '.'}")
    much = "so " if m["so"] else f"{_VERY[keyed(m['very'])]} " if m["very"] else ""
    how = f"{'all ' * bool(not m['everyone'] and (m['all'] or m['all0']))}{'not ' * bool(m['not'])}{much}"
    return capitalised(contracted(who_, f"{be(who_)} {how}{word}{m['end'] or '.'}"))


def _subject_vi(m: re.Match) -> tuple[str, str | None, bool] | None:
    """Who of a match of _SAID_EN in Vietnamese, their whose in English ("her"; None for a name), and whether they are
    the speaker or with them; "" for no one said ("So happy for you!"); None for "be" not agreeing ("She are")."""
    if m["everyone"]:
        return ("mọi người", "their", False) if be_said(m["be0"] or m["be"] or "is") == "is" else None
    if not (m["who"] or m["kin"] or m["given"]):
        return "", "my", True
    who_, one = who_vi(m)
    if not m["should"] and be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    pronoun = (m["who"] or "").lower()
    whose = WHOSE_OF.get(pronoun) or (his_her(who_) if m["kin"] else None)
    return who_, whose, pronoun in ("i", "we")


def _whom_vi(m: re.Match, whose: str | None, named: bool) -> str | None:
    """Whom of a match of _SAID_EN in Vietnamese: "bản thân mình" for oneself ("herself" after a woman), "con trai
    mình" for one's own ("her son" after she or a name; "con trai tôi" after I), "mẹ tôi", "anh ấy"; None for oneself
    not agreeing with who ("He … herself")."""
    if m["self"]:  # (after a name, "himself" or "herself")
        selves = {_SELF[whose], "yourselves" * (whose == "your")} if whose else {"himself", "herself"} if named else ()
        return _SELF_VI if m["self"].lower() in selves else None
    if m["own"]:
        owner = m["owner"].lower()
        own = owner in ("his", "her", "their") and (owner == whose or named and owner != "their")
        return f"{KIN_VI[m['own']]} {'mình' if own else WHOSE_VI[owner]}"
    return as_whom(m["whom"], "en")


def _said_vi(text: str) -> str | None:
    """"I'm so happy for you." as "Tôi mừng cho bạn quá.", "She's proud of her son." as "Cô ấy tự hào về con trai
    mình.", "Are you proud of your son?" as "Bạn có tự hào về con trai bạn không?", "You should be proud of
    yourself." as "Bạn nên tự hào về bản thân mình." (_SAID_EN); None for anything else, and where "is", "are" does
    not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    asked, said_who = bool(m["be0"]), m["everyone"] or m["who"] or m["kin"] or m["given"]
    if asked != ("?" in m["end"]) or asked and (m["be"] or m["should"] or m["not"] or m["all"] or m["very"]) or \
            not asked and bool(said_who) != bool(m["be"] or m["should"]) or m["should"] and (m["very"] or m["all"]):
        return None
    if not said_who and (m["very"] or "").lower() not in ("so", "really") or m["not"] and not m["proud"]:
        return None
    subject = _subject_vi(m)
    if subject is None or m["all"] and subject[0] not in ("chúng tôi", "họ") or asked and subject[0] == "tôi":
        return None
    who_, whose, ours = subject
    whom = _whom_vi(m, whose, bool(m["given"]))
    if whom is None or whom == who_ and who_ in ("tôi", "chúng tôi"):  # ("I'm proud of me")
        return None
    word = "tự hào về" if m["proud"] else "mừng cho"
    if asked:
        return capitalised(f"{who_} có {word} {whom} không?")
    if m["should"]:  # ("We should be proud of ourselves.": all of us, the one spoken to too)
        return capitalised(f"{'chúng ta' if who_ == 'chúng tôi' else who_} nên {word} {whom}{m['end'] or '.'}")
    very = (m["very"] or "").lower()
    so = very == "so" and ours  # ("Tôi mừng cho bạn quá.", "Tự hào về bạn lắm!": the speaker's exclamation)
    much = "" if so or not very else f"{_VERY_VI[very]} "
    how = f"{'đều ' * bool(m['all'] or m['everyone'])}{'không ' * bool(m['not'])}{much}"
    after = (" lắm" if m["proud"] else " quá") if so else ""
    return capitalised(f"{who_} {how}{word} {whom}{after}{m['end'] or '.'}".strip())
