"""Worrying about someone or something, both ways, written whole by rule: who is worried about whom or what, who
always or often worries, don't worry about me, there's nothing to worry about, what or whom someone is worried about,
and worried that someone will be late. v8 (rules on) puts a habit in the past, says "for", drops "about" or loses who:
"Mẹ tôi lúc nào cũng lo cho tôi." → "My mother was always worried about me.", "Đừng lo cho tôi, tôi ổn." → "Don't
worry me, I'm okay.", "Bố mẹ tôi rất lo cho em trai tôi." → "My parents are very worried for my younger brother.",
"Tôi lo cho bạn." → "I'm worried for you.", "Cô ấy lo về kỳ thi." → "She was worried about the test.", "Bà tôi hay
lo." → "My grandmother or worried.", "Bạn lo gì vậy?" → "What's you worry?", "Bạn lo cho ai?" → "Who's worried
about?", "Lan lo cho mẹ cô ấy." → "You're worried about her mother.", "Không có gì phải lo." → "Nothing to worry.",
"Mọi người đều lo cho bạn." → "Everybody worrys you."; "Who are you worried about?" → "Bạn lo lắng là ai?", "Don't
worry about us." → "Đừng lo lắng chúng tôi.", "My parents are very worried about my younger brother." → "Cha mẹ tôi
rất lo lắng về anh trai tôi." (older), "I'm a bit worried about him." → "Tôi lo lắng anh ấy.".

Taken: who (mt.hobbies.WHO, WHO_EN; parents of mt.people.PARENTS_WHOSE; "mọi người", everyone) worried ("lo", "lo
lắng") about whom (mt.hobbies.as_whom, parents) or a thing of WORRIES (with whose, or "của mình", one's own), said
(not, very, a bit, so, in the past with "đã") or asked ("có … không?"); who always, often or a lot worries (about
whom or what); don't worry about someone or something, then "tôi ổn" (I'm fine) or not; there's nothing to worry
about; what or whom someone is worried about, asked; who is worried that someone will be late, get lost, sick, forget
or fail the exam (FEARED). Left: worried with nothing after it (mt/moods.py, mt/feelings.py; "I'm not worried." the
phrasebook's), "Đừng lo." and "Don't worry." alone (v8 has them right; "Đừng lo, để mình lo." the phrasebook's),
"anh", "chị", "em" alone saying it (may be the speaker), looks (mt/looks.py), "sợ" (scared, mt/fears.py), "lo" as
take care of ("Để tôi lo.", "lo cho gia đình": not a person of as_whom; "đã lo cho" without "rất" or "lắng"), "rồi",
"sẽ" before "lo", and anything else.
mt.phrasebook.translate tries these after mt/wifi.py.

    >>> translate("Mẹ tôi lúc nào cũng lo cho tôi.", "vi", "en"), translate("Don't worry about us.", "en", "vi")
    ('My mother always worries about me.', 'Đừng lo cho chúng tôi.')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .people import PARENTS, PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (
    EN_OBJECT,
    EN_WHO_VI,
    EN_WHOSE,
    SOFTENER,
    alternatives,
    be,
    capitalised,
    contracted,
    keyed,
)

# what one worries about, and whose it is: "the" (the exam, or someone's), "own" (one's own health, unless said),
# "" (never anyone's: money, that); the first Vietnamese of each English is written back
WORRIES = {"kỳ thi": ("exam", "the"), "kì thi": ("exam", "the"), "bài thi": ("exam", "the"),
           "bài kiểm tra": ("test", "the"), "sức khỏe": ("health", "own"), "sức khoẻ": ("health", "own"),
           "tương lai": ("future", "the"), "công việc": ("work", ""), "tiền bạc": ("money", ""), "tiền": ("money", ""),
           "chuyện đó": ("that", ""), "điều đó": ("that", ""), "việc đó": ("that", ""), "chuyện này": ("this", ""),
           "điều này": ("this", "")}
WORRIES_VI = {en: vi for vi, (en, _) in reversed(WORRIES.items())} | {"it": "chuyện đó", "job": "công việc"}
# what someone is worried will happen (after "sẽ", "will")
FEARED = {"đến muộn": "be late", "đến trễ": "be late", "bị muộn": "be late", "muộn": "be late", "trễ": "be late",
          "bị lạc": "get lost", "lạc đường": "get lost", "bị ốm": "get sick", "quên": "forget",
          "thi trượt": "fail the exam", "trượt kỳ thi": "fail the exam"}
FEARED_VI = {en: vi for vi, en in reversed(FEARED.items())} | {"be sick": "bị ốm", "get ill": "bị ốm"}
# a cheap look before the regexes: each sentence of every text comes here ("lo" and not "lon", "clo")
_KEYS = {"vi": lazy(r"(?i:(?<!\w)lo(?!\w))"), "en": lazy(r"(?i:worr)")}

# who in Vietnamese, without groups (read again by _who_en): a pronoun, someone (mt.hobbies.SOMEONE), parents
_WHO_VI = (rf"(?:(?i:{alternatives(PRONOUNS)})|{SOMEONE}|(?i:{alternatives(PARENTS)})\s+(?:của\s+)?"
           rf"(?i:{alternatives(OWNERS)})|(?i:mọi\s+người))")
_LO = r"lo(?:\s+lắng)?"
_ABOUT = r"\s+(?P<prep>cho|về)\s+(?P<what>[^,.!?]+?)"
# said or asked ("Mẹ tôi lúc nào cũng lo cho tôi.", "Tôi đã rất lo cho bạn.", "Bạn có lo cho anh ấy không?")
_SAID = lazy(rf"(?P<subj>{_WHO_VI})(?:\s+đều)?(?:\s+(?P<often>luôn\s+luôn|luôn|lúc\s+nào\s+cũng|hay|thường"
             r"(?:\s+xuyên)?))?(?:\s+(?P<past>đã))?(?:\s+(?P<now>đang))?(?:\s+(?P<ask>có))?(?:\s+(?P<not>không))?"
             rf"(?:\s+(?P<very>rất|hơi|khá))?\s+lo(?P<lang>\s+lắng)?(?:{_ABOUT})?(?:\s+(?P<much>quá|lắm))?"
             rf"(?:\s+(?P<asked>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
_OFTEN = {"luôn luôn": "always", "luôn": "always", "lúc nào cũng": "always", "hay": "a lot", "thường": "often",
          "thường xuyên": "often"}
_VERY = {"rất": "very", "hơi": "a bit", "khá": "quite", "quá": "so", "lắm": "really"}
# don't worry about me, then I'm fine ("Đừng lo cho tôi, tôi ổn.")
_DONT = lazy(rf"(?:(?i:bạn)\s+)?(?i:đừng)\s+{_LO}(?:{_ABOUT})?(?:\s+(?:nhé|nha))?(?:\s*,\s*(?P<fine>(?i:tôi|"
             r"mình|chúng\s+tôi))\s+(?:ổn|không\s+sao)(?:\s+(?:mà|đâu|cả|thôi))?)?\s*(?P<end>[.!]*)")
_NOTHING = lazy(rf"(?i:không|chẳng)\s+có\s+gì\s+(?:phải|đáng|để)\s+{_LO}(?:\s+(?:cả|đâu))?\s*[.!]*")
# what or whom, asked ("Bạn lo gì vậy?", "Bạn đang lo lắng về điều gì?", "Bạn lo cho ai?")
_WHAT = lazy(rf"(?P<subj>{_WHO_VI})(?:\s+(?P<now>đang))?\s+{_LO}\s+(?:(?:về\s+)?(?:(?:điều|chuyện|việc)\s+)?"
             rf"(?P<what>gì)|cho\s+(?P<whom>ai)){SOFTENER}\s*\?+")
# worried someone will ("Tôi lo anh ấy sẽ đến muộn.")
_FEAR = lazy(rf"(?P<subj>{_WHO_VI})(?:\s+(?P<very>rất|hơi))?\s+{_LO}(?:\s+(?:là|rằng))?\s+(?P<subj2>{_WHO_VI})"
             rf"\s+sẽ\s+(?P<feared>{alternatives(FEARED)})\s*(?P<end>[.!]*)")

# ... and in English: who without groups (read again by _who_vi); "what" read by _about_vi
_WHO_EN = (rf"(?:(?i:{alternatives(EN_WHO_VI)})|{SOMEONE_EN}|(?i:{WHOSE_WORDS})\s+(?:grand)?parents|"
           r"(?i:everyone|everybody))")
_ABOUT_EN = r"\s+about\s+(?P<what>[^,.!?]+?)"
_BE = r"(?P<be>\s+(?:is|am|are|was|were)|['’](?:s|m|re))"
_DEGREE = r"(?:\s+(?P<very>very|really|so|a\s+bit|a\s+little|quite))?"
_SAID_EN = lazy(rf"(?P<subj>{_WHO_EN}){_BE}(?P<not>\s+not|n['’]t)?{_DEGREE}\s+worried{_ABOUT_EN}\s*[.!]*")
_ASKED_EN = lazy(rf"(?P<be>Is|Are|Am)\s+(?P<subj>{_WHO_EN}){_DEGREE}\s+worried{_ABOUT_EN}\s*\?+")
_WORRIES_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?(?P<subj>{_WHO_EN})(?:\s+(?P<often>always|often))?"
                   r"(?:\s+(?P<dont>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+(?P<verb>worry|worries)"
                   rf"(?:{_ABOUT_EN})?(?:\s+(?P<much>a\s+lot|too\s+much))?\s*(?P<end>[.!?]*)")
_DEGREES_VI = {"very": "rất ", "really": "rất ", "a bit": "hơi ", "a little": "hơi ", "quite": "khá ", "so": ""}
_DONT_EN = lazy(rf"(?i:don['’]t|do\s+not)\s+worry(?:{_ABOUT_EN})?(?:\s*,\s*(?P<fine>I['’]m|"
                r"I\s+am|we['’]re|we\s+are)\s+(?:fine|okay|OK|all\s+right))?\s*(?P<end>[.!]*)")
_NOTHING_EN = lazy(r"There(?:['’]s|\s+is)\s+nothing\s+to\s+worry\s+about\s*[.!]*")
_WHAT_EN = lazy(rf"(?P<wh>What|Who)(?P<be>\s+(?:is|am|are)|['’]s|['’]re)\s+(?P<subj>{_WHO_EN})\s+worried"
                r"\s+about\s*\?+")
_FEAR_EN = lazy(rf"(?P<subj>{_WHO_EN}){_BE}(?:\s+(?P<very>very|so|a\s+bit))?\s+worried(?:\s+that)?\s+"
                rf"(?P<subj2>{_WHO_EN})(?:['’]ll|\s+will)\s+(?P<feared>{alternatives(FEARED_VI)})\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who worries about whom or what; None for any other."""
    if src == "vi":
        return _said(text) or _dont(text) or _nothing(text, "en") or _what(text) or _fear(text)
    return _said_vi(text) or _worries_vi(text) or _dont_vi(text) or _nothing(text, "vi") or _what_vi(text) or \
        _fear_vi(text)


def _who_en(said: str, asked: bool) -> tuple[str, bool, str | None] | None:
    """Who of _WHO_VI in English, whether English says "-s" after it, and whose their own things are: ("my mother",
    True, "her"), ("my parents", False, "their"), ("you", False, "your"), ("everyone", True, None); None for "anh",
    "chị", "em" alone said (the speaker, or "you": mt.hobbies.who)."""
    said = " ".join(said.split())
    if keyed(said) == "mọi người":
        return "everyone", True, None
    if m := re.fullmatch(PARENTS_WHOSE, said):
        return parents_said(m, "en"), False, "their"
    m = re.fullmatch(WHO, said)
    found = m and who(m, asked)
    if not found:
        return None
    return found[0], found[1], EN_WHOSE.get(found[0]) or (None if m["given"] else his_her(said))


def _about_en(said: str, own: str | None) -> str | None:
    """Whom or what one worries about of _ABOUT, in English: "tôi" as "me", "bố mẹ tôi" as "my parents", "kỳ thi" as
    "the exam", "kỳ thi của mình" as `own`'s ("her exam"), "sức khỏe" as `own`'s health, "tiền" as "money"; None for
    anything else ("gia đình": "lo cho gia đình" is also to provide for them)."""
    said = " ".join(said.split())
    if m := re.fullmatch(PARENTS_WHOSE, said):
        return parents_said(m, "en")
    if whom := as_whom(said, "vi"):
        return whom
    m = re.fullmatch(rf"(?P<thing>(?i:{alternatives(WORRIES)}))(?:\s+(?:của\s+)?(?P<whose>(?i:mình|"
                     rf"{alternatives(OWNERS)})))?", said)
    if not m:
        return None
    thing, kind = WORRIES[keyed(m["thing"])]
    whose = m["whose"] and (own if keyed(m["whose"]) == "mình" else OWNERS[keyed(m["whose"])])
    if m["whose"] and (not kind or not whose) or kind == "own" and not (whose or own):
        return None
    return f"{whose or (own if kind == 'own' else kind)} {thing}".strip()


def _said(text: str) -> str | None:
    """"Mẹ tôi lúc nào cũng lo cho tôi." as "My mother always worries about me.", "Bà tôi hay lo." as "My
    grandmother worries a lot.", "Tôi đã rất lo cho bạn." as "I was very worried about you.", "Bạn có lo cho anh ấy
    không?" as "Are you worried about him?" (_SAID); None for anything else, and for "lo" with nothing after it but
    a habit (mt/moods.py's, mt/feelings.py's)."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked and not m["often"]:
        return None
    said = _who_en(m["subj"], asked)
    about = m["what"] and said and _about_en(m["what"], said[2])
    if not said or m["what"] and not about:
        return None
    who_, one, _ = said
    if about and EN_OBJECT.get(who_) == about:
        return None  # ("Tôi lo cho tôi.")
    about = f" about {about}" if about else ""
    if m["often"]:  # a habit, said: "always worries", "worries … a lot"
        if asked or m["past"] or m["now"] or m["not"] or m["very"] or m["much"]:
            return None
        often = _OFTEN[keyed(m["often"])]
        verb = "worries" if one else "worry"
        return capitalised(f"{who_} {verb}{about} a lot." if often == "a lot" else f"{who_} {often} {verb}{about}.")
    if not about or m["very"] and m["much"] or asked and (m["past"] or m["not"] or m["very"] or m["much"]) or \
            m["past"] and not (m["lang"] or m["very"] or m["much"]):
        return None  # ("Tôi đã lo cho bạn.": also took care of you)
    verb = be(who_) if not m["past"] else "was" if one or who_ == "I" else "were"
    very = _VERY[keyed(m["very"] or m["much"] or "")] + " " if m["very"] or m["much"] else ""
    if asked:
        return f"{verb.capitalize()} {who_} worried{about}?"
    if m["not"]:
        return capitalised(f"{who_} {verb}n't worried{about}." if verb != "am" else f"I'm not worried{about}.")
    return capitalised(contracted(who_, f"{verb} {very}worried{about}."))


def _dont(text: str) -> str | None:
    """"Đừng lo cho tôi, tôi ổn." as "Don't worry about me, I'm fine.", "Đừng lo về chuyện đó." as "Don't worry
    about that." (_DONT); None for anything else, and for "Đừng lo." alone (v8 has it right)."""
    m = _DONT.fullmatch(text)
    about = m and m["what"] and _about_en(m["what"], "your")
    if not m or m["what"] and not about or not (about or m["fine"]):
        return None
    fine = m["fine"] and (", we're fine" if keyed(m["fine"]) == "chúng tôi" else ", I'm fine")
    return f"Don't worry{f' about {about}' if about else ''}{fine or ''}{m['end'] or '.'}"


def _nothing(text: str, tgt: str) -> str | None:
    """"Không có gì phải lo." as "There's nothing to worry about.", and back (_NOTHING, _NOTHING_EN)."""
    if (_NOTHING if tgt == "en" else _NOTHING_EN).fullmatch(text):
        return "There's nothing to worry about." if tgt == "en" else "Không có gì phải lo cả."
    return None


def _what(text: str) -> str | None:
    """"Bạn lo gì vậy?" as "What are you worried about?", "Mẹ bạn lo cho ai?" as "Who is your mother worried
    about?" (_WHAT); None for anything else, and for "I" asked."""
    m = _WHAT.fullmatch(text)
    said = m and _who_en(m["subj"], True)
    if not said or said[0] in ("I", "everyone"):
        return None
    return f"{'What' if m['what'] else 'Who'} {be(said[0])} {said[0]} worried about?"


def _fear(text: str) -> str | None:
    """"Tôi lo anh ấy sẽ đến muộn." as "I'm worried he'll be late.", "Mẹ tôi lo tôi sẽ bị lạc." as "My mother is
    worried I'll get lost." (_FEAR); None for anything else."""
    m = _FEAR.fullmatch(text)
    said, feared = m and _who_en(m["subj"], False), m and _who_en(m["subj2"], False)
    if not said or not feared:
        return None
    very = f"{_VERY[keyed(m['very'])]} " if m["very"] else ""
    will = contracted(feared[0], f"will {FEARED[keyed(m['feared'])]}")
    return capitalised(contracted(said[0], f"{be(said[0])} {very}worried {will}."))


def _who_vi(said: str) -> tuple[str, str, str | None] | None:
    """Who of _WHO_EN in Vietnamese, "am", "is" or "are" as English says it after them, and whose their own things
    are in English: ("mẹ tôi", "is", "her") for "my mother", ("bố mẹ bạn", "are", "their") for "your parents"."""
    said = " ".join(said.split())
    if said.lower() in ("everyone", "everybody"):
        return "mọi người đều", "is", None
    if m := re.fullmatch(PARENTS_WHOSE_EN, said):
        return parents_said(m, "vi"), "are", "their"
    m = re.fullmatch(WHO_EN, said)
    if not m:
        return None
    vi, one = who_vi(m)
    pronoun = m["who"] and ("I" if m["who"].lower() == "i" else m["who"].lower())
    verb = be(pronoun) if pronoun else "is" if one else "are"
    return vi, verb, EN_WHOSE[pronoun] if pronoun else his_her(vi) if m["kin"] else None


def _about_vi(said: str, own: str | None) -> tuple[str, bool] | None:
    """Whom or what one worries about of _ABOUT_EN in Vietnamese, and whether it is someone (said after "cho", else
    "về"): ("tôi", True) for "me", ("bố mẹ tôi", True) for "my parents", ("kỳ thi của mình", False) for `own`'s exam
    ("her exam" after "she"), ("sức khỏe của bạn", False) for "your health", ("chuyện đó", False) for "it"."""
    said = " ".join(said.split())
    if m := re.fullmatch(PARENTS_WHOSE_EN, said):
        return parents_said(m, "vi"), True
    if whom := as_whom(said, "en"):
        return whom, True
    m = re.fullmatch(rf"(?:(?P<whose>(?i:the|{WHOSE_WORDS}))\s+)?(?P<thing>{alternatives(WORRIES_VI)})", said)
    if not m:
        return None
    thing = WORRIES_VI[m["thing"]]
    kind = WORRIES.get(thing, ("", "the"))[1]
    whose = (m["whose"] or "").lower()
    if bool(whose) != (kind == "the") and not (kind == "own" or thing == "công việc"):
        return None  # ("about exam", "about the money")
    if whose in ("", "the"):
        return thing, False
    return f"{thing} của {'mình' if whose == own else WHOSE_VI[whose]}", False


def _said_vi(text: str) -> str | None:
    """"My parents are very worried about my younger brother." as "Bố mẹ tôi rất lo lắng cho em trai tôi.", "I was
    worried about you." as "Tôi đã lo lắng cho bạn.", "Is she worried about the exam?" as "Cô ấy có lo lắng về kỳ thi
    không?" (_SAID_EN, _ASKED_EN); None for anything else, and where "is", "are" … does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    asked = m is None
    m = m or _ASKED_EN.fullmatch(text)
    said = m and _who_vi(m["subj"])
    about = said and _about_vi(m["what"], said[2])
    if not about:
        return None
    who_, verb, _ = said
    be_ = m["be"].strip().lower().replace("’", "'")
    be_ = {"'s": "is", "'m": "am", "'re": "are"}.get(be_, be_)
    past = be_ in ("was", "were")
    if be_ != verb and not past or past and (be_ == "was") != (verb in ("is", "am")) or m["very"] == "so" and asked:
        return None
    what, whom = about
    very = _DEGREES_VI[" ".join(m["very"].split())] if m["very"] else ""
    worried = f"{very}lo lắng {'cho' if whom else 'về'} {what}{' quá' * (m['very'] == 'so')}"
    if asked:
        return capitalised(f"{who_} có {worried} không?")
    not_ = "không " if m["not"] else ""
    return capitalised(f"{who_} {'đã ' * past}{not_}{worried}.")


def _worries_vi(text: str) -> str | None:
    """"My mother always worries about me." as "Mẹ tôi luôn lo lắng cho tôi.", "My grandmother worries a lot." as
    "Bà tôi hay lo lắng.", "Does your mother worry about you?" as "Mẹ bạn có lo lắng cho bạn không?" (_WORRIES_EN);
    None for anything else, for "worries" or "does" that does not agree with who, and "worry" with nothing said."""
    m = _WORRIES_EN.fullmatch(text)
    said = m and _who_vi(m["subj"])
    about = said and m["what"] and _about_vi(m["what"], said[2])
    if not said or m["what"] and not about or not (about or m["often"] or m["much"]):
        return None
    who_, verb, _ = said
    aux = (m["do"] or m["dont"] or "").lower()
    one = aux.startswith("does") if aux else m["verb"] == "worries"
    if one != (verb == "is") or aux and m["verb"] == "worries" or bool(m["do"]) != ("?" in m["end"]) or \
            (m["do"] or m["dont"]) and (m["often"] or m["much"]):
        return None
    often = {"always": "luôn ", "often": "thường "}.get(m["often"] or "", "")
    much = " ".join((m["much"] or "").split())
    if often and much:
        return None
    what = f" {'cho' if about[1] else 'về'} {about[0]}" if about else ""
    worried = f"{often}{'hay ' * (much == 'a lot')}lo lắng{what}{' quá nhiều' * (much == 'too much')}"
    if m["do"]:
        return capitalised(f"{who_} có {worried} không?")
    return capitalised(f"{who_} {'không ' * bool(m['dont'])}{worried}.")


def _dont_vi(text: str) -> str | None:
    """"Don't worry about me, I'm fine." as "Đừng lo cho tôi, tôi ổn.", "Don't worry about it." as "Đừng lo về
    chuyện đó." (_DONT_EN); None for anything else, and for "Don't worry." alone (v8 has it right)."""
    m = _DONT_EN.fullmatch(text)
    about = m and m["what"] and _about_vi(m["what"], "your")
    if not m or m["what"] and not about or not (about or m["fine"]):
        return None
    what = f" {'cho' if about[1] else 'về'} {about[0]}" if about else ""
    fine = m["fine"] and (", chúng tôi ổn" if m["fine"].lower().startswith("we") else ", tôi ổn")
    return f"Đừng lo{what}{fine or ''}{m['end'] or '.'}"


def _what_vi(text: str) -> str | None:
    """"What are you worried about?" as "Bạn đang lo lắng về điều gì?", "Who is your mother worried about?" as "Mẹ
    bạn đang lo lắng cho ai?" (_WHAT_EN); None for anything else, and where "is" or "are" does not agree."""
    m = _WHAT_EN.fullmatch(text)
    said = m and _who_vi(m["subj"])
    be_ = m and {"'s": "is", "'re": "are"}.get(m["be"].strip().replace("’", "'"), m["be"].strip())
    if not said or be_ != said[1] or said[0] in ("mọi người đều", "tôi"):
        return None
    return capitalised(f"{said[0]} đang lo lắng {'về điều gì' if m['wh'] == 'What' else 'cho ai'}?")


def _fear_vi(text: str) -> str | None:
    """"I'm worried he'll be late." as "Tôi lo anh ấy sẽ đến muộn." (_FEAR_EN); None for anything else, and where
    "is" or "are" does not agree."""
    m = _FEAR_EN.fullmatch(text)
    said, feared = m and _who_vi(m["subj"]), m and _who_vi(m["subj2"])
    be_ = m and {"'s": "is", "'m": "am", "'re": "are"}.get(m["be"].strip().replace("’", "'"), m["be"].strip())
    if not said or not feared or be_ != said[1] or feared[0] == "mọi người đều":
        return None
    very = "hơi " if m["very"] and m["very"].startswith("a") else "rất " if m["very"] else ""
    return capitalised(f"{said[0]} {very}lo {feared[0]} sẽ {FEARED_VI[m['feared']]}.")
