"""Asking after someone's family and sending regards, both ways, written whole by rule: how someone is asked, that
they are fine, not well, better or getting better said, regards or a hello passed on or sent. v8 (rules on) reads
"khỏe" as healthy, "hỏi thăm" as ask or visit and "how" as what like: "Bố mẹ bạn có khỏe không?" → "Are you
healthy?", "Bác Hùng có khỏe không?" → "Uncle Hung Is healthy?", "Mẹ tôi vẫn khỏe." → "My mother was still
healthy.", "Gửi lời hỏi thăm bố mẹ bạn nhé." → "Send an ask for your parents.", "Mẹ tôi gửi lời hỏi thăm bạn." → "My
mother sends your visit."; "How are your parents?" → "Bố mẹ bạn như thế nào?", "My parents are fine." → "Cha mẹ tôi
tốt.", "He's better now." → "Anh ta tốt hơn bây giờ.", "Say hi to your parents for me." → "Bạn hãy nhớ bố mẹ cho
mình.", "Give my regards to your wife." → "Đưa tôi về vợ của bạn.", "My mother says hello." → "Mẹ tôi nói anh
ấyllo.".

Taken: who (mt.hobbies.WHO, WHO_EN; parents and grandparents of mt.people's table, "các con", a family, everyone)
asked after ("Mẹ bạn có khỏe không?", "Dạo này bố mẹ bạn thế nào?", "Is your mother well?", "How have your parents
been?"), asked whether better ("Mẹ bạn đã đỡ hơn chưa?"); said to be fine ("vẫn khỏe"; in English by kin or name, not
"She's fine.", which may be said of a thing or after a fall), in good health, not (very) well, not well lately, better
now, well again, getting better; regards or a hello passed on ("Cho tôi gửi lời hỏi thăm X nhé.", "Say hi to X for
me.") or sent by someone ("Mẹ tôi gửi lời hỏi thăm bạn.", "My mother sends her regards."). Left: "Bạn có khỏe
không?", "Gia đình bạn có khỏe không?", "How are you?" and "How have you been?" (the phrasebook's); an ailment had
(mt/ailments.py); "khỏe" and "rất khỏe" alone (also strong), "She's fine." and "They're fine." (also of things, or
"no, thanks"), "đều" said of "họ" (both or all), "I'm fine." (may be "no, thanks"), someone's
regards whose gender is not known ("Lan gửi lời hỏi thăm bạn.").
mt.phrasebook.translate tries these after mt/batteries.py.

    >>> translate("Bố mẹ bạn có khỏe không?", "vi", "en"), translate("Say hi to your parents for me.", "en", "vi")
    ('How are your parents?', 'Cho tôi gửi lời chào bố mẹ bạn nhé.')
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, who, who_vi, whose_own
from .lazy_re import lazy
from .people import PARENTS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (
    BE_EN,
    EN_OBJECT,
    EN_OBJECT_VI,
    EN_WHOSE,
    SOFTENER,
    alternatives,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:khỏe|đỡ|gửi\s+lời|thế\s+nào|ra\s+sao)"),
         "en": lazy(r"(?i:\bhow\b|well|fine|better|health|regards|hello|\bhi\b)")}

# more than one, or a family, with whose after it (mt.people's parents and grandparents: mt.hobbies.WHO takes neither)
# ("bố mẹ bạn", "cả nhà tôi"); the first Vietnamese is written back
_GROUPS = PARENTS | {"các con": "children", "gia đình": "family", "cả gia đình": "whole family",
                      "cả nhà": "whole family"}
_GROUPS_VI = {en: vi for vi, en in reversed(_GROUPS.items())} | {"kids": "các con"}
_MANY = {"parents", "grandparents", "children", "kids"}
_EVERYONE = {"mọi người": "everyone", "mọi người trong nhà": "everyone at home", "mọi người ở nhà": "everyone at home",
             "cả nhà": "everyone at home"}
_EVERYONE_VI = {en: vi for vi, en in reversed(_EVERYONE.items())} | {"everybody": "mọi người",
                                                                      "everybody at home": "mọi người ở nhà"}
_WHO_VI = lazy(rf"(?P<group>(?i:{alternatives(_GROUPS)}))\s+(?:của\s+)?(?P<their>(?i:{alternatives(OWNERS)}))|"
               rf"(?P<all>(?i:{alternatives(_EVERYONE)}))|{WHO}")
_WHO_EN = lazy(rf"(?P<their>(?i:{WHOSE_WORDS}))\s+(?P<group>(?i:{alternatives(_GROUPS_VI)}))|"
               rf"(?P<all>(?i:{alternatives(_EVERYONE_VI)}))|{WHO_EN}")
_LATELY = r"(?i:dạo\s+này|dạo\s+gần\s+đây|gần\s+đây|mấy\s+hôm\s+nay)"
_OPEN = rf"(?:(?P<lately>{_LATELY})\s*,?\s+)?(?P<who_>.+?)(?:\s+(?P<lately2>{_LATELY}))?\s+"
# asked after ("Mẹ bạn có khỏe không?", "Bố mẹ bạn vẫn khỏe chứ?"; "thế nào" only with "dạo này": else what they
# are like), or whether better ("Mẹ bạn đã đỡ hơn chưa?")
_ASKED = lazy(rf"{_OPEN}(?:(?P<how>(?:có\s+)?khỏe\s+không|(?P<sure>(?:vẫn\s+)?khỏe\s+chứ)|thế\s+nào|ra\s+sao)|"
              r"(?P<better>(?:đã\s+)?(?:đỡ|khỏe)\s+hơn\s+chưa|có\s+(?:đỡ|khỏe)\s+hơn\s+không|"
              rf"(?:đã\s+)?khỏe\s+lại\s+chưa)){SOFTENER}\s*\?+")
# said: fine ("vẫn khỏe", "đều khỏe"), in good health ("khỏe mạnh"), not well, better now, well again, getting better
_SAID = lazy(rf"{_OPEN}(?:(?P<fine>(?:(?P<both>đều)\s+)?vẫn\s+khỏe|(?P<both2>đều)\s+khỏe)(?:\s+(?P<strong>mạnh))?"
             r"(?:\s+cả)?|(?P<unwell>không\s+(?:được\s+)?khỏe(?:\s+(?P<very>lắm))?)|"
             r"(?:đã\s+)?(?P<better>(?:đỡ|khỏe)(?:\s+(?P<much>nhiều))?\s+hơn(?:\s+(?P<much2>nhiều))?\s+rồi)|"
             r"(?:đã\s+)?(?P<again>khỏe\s+lại\s+rồi)|"
             r"(?P<getting>đang\s+(?:đỡ\s+dần|khỏe\s+dần(?:\s+lên)?|dần\s+khỏe\s+lại)))(?:\s+ạ)?\s*[.!]*")
# regards or a hello passed on ("Cho tôi gửi lời hỏi thăm bố mẹ bạn nhé.", "Nhớ gửi lời chào mẹ bạn giúp tôi nhé.")
_FROM = r"tôi|mình|chúng\s+tôi|chúng\s+mình"
_PASS = lazy(rf"(?:(?P<remember>[Nn]hớ)\s+|(?P<let>[Cc]ho)\s+(?P<from>{_FROM})\s+)?[Gg]ửi\s+lời\s+"
             r"(?P<what>hỏi\s+thăm|chào)\s+(?:(?:đến|tới)\s+)?(?P<whom>.+?)"
             rf"(?:\s+(?:giúp|hộ)\s+(?P<for>{_FROM}))?(?:\s+(?:nhé|nha|với)(?:\s+ạ)?|\s+ạ)?\s*[.!]*")
# ... or sent by someone ("Mẹ tôi gửi lời hỏi thăm bạn.", "Bố tôi nhờ tôi gửi lời chào bố mẹ bạn.")
_SENT = lazy(r"(?P<who_>.+?)\s+(?:(?:có|nhờ\s+(?:tôi|mình))\s+)?gửi\s+lời\s+(?P<what>hỏi\s+thăm|chào)\s+"
             r"(?:(?:đến|tới)\s+)?(?P<whom>.+?)(?:\s+(?:đấy|đó|ạ))?\s*[.!]*")

# ... and in English: asked after, or whether better
_ASKED_EN = [lazy(r"How(?P<be>['’]s|\s+is|\s+are)\s+(?P<who_>.+?)(?:\s+doing)?"
                  r"(?:\s+(?P<lately>these\s+days|lately))?\s*\?+"),
             lazy(r"How\s+(?P<have>has|have)\s+(?P<who_>.+?)\s+been(?:\s+(?P<lately>lately|recently))?\s*\?+"),
             lazy(r"(?P<be>Is|Are)\s+(?P<who_>.+?)\s+(?:(?P<well>well|keeping\s+well)|"
                  r"(?P<better>(?:feeling\s+)?(?:any\s+)?better(?:\s+now)?))\s*\?+")]
_SAID_EN = lazy(rf"(?P<who_>.+?){BE_EN}(?P<not>\s+not|n['’]t)?\s+(?:(?P<both>both)\s+)?(?:(?P<fine>fine)|"
                r"(?P<strong>in\s+good\s+health)|(?P<very>very\s+)?(?P<well>well)|"
                r"(?:(?P<much>much|a\s+lot)\s+)?(?P<better>better\s+now)|"
                r"feeling\s+(?:(?P<much2>much|a\s+lot)\s+)?"
                r"(?P<feeling>better)(?:\s+now)?|(?P<getting>getting\s+better)|(?P<again>well\s+again))\s*[.!]*")
_BEEN_EN = lazy(r"(?P<who_>.+?)\s+(?P<have>has|have)(?:n['’]t|\s+not)\s+been\s+(?P<very>very\s+)?well"
                r"(?:\s+(?:lately|recently))?\s*[.!]*")
# ... regards or a hello passed on ("Say hi to your parents for me.", "Give my regards to your wife.")
_PASS_EN = [lazy(rf"{p}(?:,?\s+please)?\s*[.!]*") for p in (
    r"(?:Please\s+)?[Ss]ay\s+(?P<hello>hi|hello)\s+to\s+(?P<whom>.+?)(?:\s+(?:for|from)\s+(?P<me>me|us))?",
    r"(?:Please\s+)?(?:[Gg]ive|[Ss]end)\s+(?P<me>my|our)\s+(?:best\s+)?regards\s+to\s+(?P<whom>.+?)",
    r"(?:Please\s+)?[Gg]ive\s+(?P<whom>.+?)\s+(?P<me>my|our)\s+(?:best\s+)?regards",
    r"(?:Please\s+)?[Tt]ell\s+(?P<whom>.+?)\s+(?P<me>I|we)\s+said\s+(?P<hello>hi|hello)")]
# ... or sent by someone ("My mother says hello.", "My parents send their regards.")
_SENT_EN = [lazy(r"(?P<who_>.+?)\s+(?P<verb>says?)\s+(?P<hello>hi|hello)(?:\s+to\s+(?P<whom>.+?))?\s*[.!]*"),
            lazy(r"(?P<who_>.+?)\s+(?P<verb>sends?)\s+(?:you\s+)?(?P<whose>his|her|their|my|our)\s+"
                 r"(?:best\s+)?regards(?:\s+to\s+(?P<whom>.+?))?\s*[.!]*")]


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks after someone, says how they are, or passes on or sends regards or a
    hello; None for any other."""
    if src == "vi":
        return _asked(text) or _said(text) or _passed(text) or _sent(text)
    return _asked_vi(text) or _said_vi(text) or _passed_vi(text) or _sent_vi(text)


def _person(said: str, asked: bool) -> tuple[str, str, str | None] | None:
    """Who of _WHO_VI in English, "is", "am" or "are" after them, and whose they would say ("bố mẹ bạn": "your
    parents", "are", "their"; "mẹ tôi": "my mother", "is", "her"; "Lan": whose None); None for anyone else, and for
    "anh", "chị" … alone not asked (the speaker or "you": mt.hobbies.who)."""
    m = _WHO_VI.fullmatch(" ".join(said.split()))
    if m is None:
        return None
    if m["group"]:
        group = _GROUPS[keyed(m["group"])]
        return f"{OWNERS[keyed(m['their'])]} {group}", "are" if group in _MANY else "is", "their"
    if m["all"]:
        return _EVERYONE[keyed(m["all"])], "is", "their"
    if (found := who(m, asked)) is None:
        return None
    en, one = found
    whose = whose_own(m, en)
    return en, "is" if one else "am" if en == "I" else "are", whose


def _person_vi(said: str) -> tuple[str, str, set[str]] | None:
    """Who of _WHO_EN in Vietnamese, "is", "am" or "are" as English says it after them, and whose English may say of
    them ("my mother": "mẹ tôi", "is", {"her"}; "Lan": {"his", "her"}); None for anyone else."""
    m = _WHO_EN.fullmatch(" ".join(said.split()))
    if m is None:
        return None
    if m["group"]:
        group = m["group"].lower()
        return f"{_GROUPS_VI[group]} {WHOSE_VI[m['their'].lower()]}", "are" if group in _MANY else "is", {"their"}
    if m["all"]:
        return _EVERYONE_VI[keyed(m["all"])], "is", {"their", "his", "her"}
    vi, one = who_vi(m)
    vi = "bạn của bạn" if vi == "bạn bạn" else vi  # ("your friend")
    if m["who"]:
        en = "I" if m["who"].lower() == "i" else m["who"].lower()
        return vi, "is" if one else "am" if en == "I" else "are", {EN_WHOSE[en]}
    whose = his_her(vi)
    return vi, "is", {whose} if whose else {"his", "her"}


def _asked(text: str) -> str | None:
    """"Bố mẹ bạn có khỏe không?" as "How are your parents?", "Dạo này mẹ bạn thế nào?" as "How is your mother
    these days?", "Mẹ bạn vẫn khỏe chứ?" as "Is your mother well?", "Mẹ bạn đã đỡ hơn chưa?" as "Is your mother
    feeling better?" (_ASKED); None for anything else, for "I" and "we", and for "you" asked how (the phrasebook's)."""
    m = _ASKED.fullmatch(text)
    person = m and _person(m["who_"], True)
    if not person or person[0] in ("I", "we") or m["lately"] and m["lately2"]:
        return None
    who_, be, _ = person
    lately = bool(m["lately"] or m["lately2"])
    if m["better"]:
        return None if lately else f"{be.capitalize()} {who_} feeling better?"
    if m["sure"]:
        return f"{be.capitalize()} {who_} well{' these days' * lately}?"
    if who_ == "you" and not lately or not (lately or "khỏe" in m["how"]):
        return None
    return f"How {be} {who_}{' these days' * lately}?"


def _said(text: str) -> str | None:
    """"Bố mẹ tôi vẫn khỏe." as "My parents are fine.", "Bố mẹ tôi đều khỏe." as "My parents are both fine.", "Mẹ
    tôi không được khỏe lắm." as "My mother isn't very well.", "Dạo này bố tôi không khỏe." as "My father hasn't been
    well lately.", "Mẹ tôi đỡ nhiều hơn rồi." as "My mother is much better now." (_SAID); None for anything else, for
    "you", and for "đều" but of parents ("both") or a group said as one ("cả nhà tôi", "mọi người")."""
    m = _SAID.fullmatch(text)
    person = m and _person(m["who_"], False)
    if not person or person[0] == "you" or m["lately"] and m["lately2"]:
        return None
    who_, be, _ = person
    if m["lately"] or m["lately2"]:
        if not m["unwell"]:
            return None
        return capitalised(f"{who_} {'has' if be == 'is' else 'have'}n't been{' very' * bool(m['very'])} well lately.")
    if (m["both"] or m["both2"]) and be == "are" and not who_.endswith("parents"):
        return None  # ("Họ đều khỏe.": both or all)
    both = " both" if (m["both"] or m["both2"]) and be == "are" else ""
    if m["fine"]:
        state = f"{both} {'in good health' if m['strong'] else 'fine'}"
    elif m["unwell"]:
        very = " very" * bool(m["very"])
        return capitalised(contracted(who_, f"am not{very} well.") if be == "am" else f"{who_} {be}n't{very} well.")
    elif m["better"]:
        state = f" {'much ' * bool(m['much'] or m['much2'])}better now"
    else:
        state = " well again" if m["again"] else " getting better"
    return capitalised(contracted(who_, f"{be}{state}."))


def _whom(said: str) -> str:
    """Who of `_person` as whom: "he" as "him", "they" as "them"; anyone else as said."""
    return EN_OBJECT.get(said, said)


def _passed(text: str) -> str | None:
    """"Gửi lời hỏi thăm bố mẹ bạn nhé." and "Cho tôi gửi lời hỏi thăm bố mẹ bạn." as "Give my regards to your
    parents.", "Cho mình gửi lời chào mẹ bạn nhé." as "Say hello to your mother for me.", "Nhớ …" as "Remember to
    …" (_PASS); None for anything else, and for regards to "you", "me" or "us"."""
    m = _PASS.fullmatch(text)
    if not m or m["from"] and m["for"] or m["remember"] and m["let"]:
        return None
    whom = _person(m["whom"], False)
    if not whom or whom[0] in ("I", "we", "you", "everyone"):
        return None  # ("Cho tôi gửi lời chào mọi người.": the speaker greeting those there)
    us = "chúng" in (m["from"] or m["for"] or "")
    said = (f"say hello to {_whom(whom[0])} for {'us' if us else 'me'}" if "chào" in m["what"] else
            f"give {'our' if us else 'my'} regards to {_whom(whom[0])}")
    return capitalised(f"{'Remember to ' * bool(m['remember'])}{said}.")


def _sent(text: str) -> str | None:
    """"Mẹ tôi gửi lời hỏi thăm bạn." as "My mother sends her regards.", "Bố mẹ tôi gửi lời hỏi thăm bố mẹ bạn." as
    "My parents send their regards to your parents.", "Lan gửi lời chào bạn." as "Lan says hello." (_SENT); None for
    anything else, and for regards from someone whose gender is not known ("Lan", "bạn tôi")."""
    m = _SENT.fullmatch(text)
    sender = m and _person(m["who_"], False)
    whom = "you" if m and keyed(m["whom"]) == "bạn" else m and (found := _person(m["whom"], False)) and found[0]
    if not sender or not whom or sender[0] in ("I", "we", "you") or whom in ("I", "we"):
        return None
    who_, be, whose = sender
    one = be == "is"
    to = "" if whom == "you" else f" to {_whom(whom)}"
    if "chào" in m["what"]:
        return capitalised(f"{who_} {'says' if one else 'say'} hello{to}.")
    return whose and capitalised(f"{who_} {'sends' if one else 'send'} {whose} regards{to}.")


def _asked_vi(text: str) -> str | None:
    """"How are your parents?" and "Are your parents well?" as "Bố mẹ bạn có khỏe không?", "How is your mother
    these days?" and "How has your mother been?" as "Dạo này mẹ bạn có khỏe không?", "Is your mother feeling better?"
    as "Mẹ bạn đã đỡ hơn chưa?" (_ASKED_EN); None for anything else, where the verb does not agree with who, and for
    "How are you?" and "How have you been?" (the phrasebook's)."""
    m = next((m for p in _ASKED_EN if (m := p.fullmatch(text))), None)
    person = m and _person_vi(m["who_"])
    if not person or person[0] == "tôi" or person[0] == "chúng tôi":
        return None
    who_, be, _ = person
    found = m.groupdict()
    if found.get("have"):
        if (found["have"] == "has") != (be == "is") or who_ == "bạn":
            return None
    elif be_said(found["be"]) != be or who_ == "bạn" and m.re == _ASKED_EN[0] and not found["lately"]:
        return None
    if found.get("better"):
        return capitalised(f"{who_} đã đỡ hơn chưa?")
    lately = "Dạo này " if found.get("lately") or found.get("have") else ""
    return capitalised(f"{lately}{who_} có khỏe không?")


def _said_vi(text: str) -> str | None:
    """"My parents are fine." as "Bố mẹ tôi vẫn khỏe.", "My parents are both fine." as "Bố mẹ tôi đều khỏe.", "My
    mother isn't very well." as "Mẹ tôi không được khỏe lắm.", "He's much better now." as "Anh ấy đã đỡ hơn nhiều
    rồi.", "She's getting better." as "Cô ấy đang đỡ dần." (_SAID_EN, _BEEN_EN); None for anything else, where the
    verb does not agree with who, for "fine" said of a pronoun, and for "better" said of "we", "they" or "you"."""
    if m := _BEEN_EN.fullmatch(text):
        person = _person_vi(m["who_"])
        if not person or person[0] == "bạn" or (m["have"] == "has") != (person[1] == "is"):
            return None
        return capitalised(f"Dạo này {person[0]} không được khỏe{' lắm' * bool(m['very'])}.")
    m = _SAID_EN.fullmatch(text)
    person = m and _person_vi(m["who_"])
    if not person or be_said(m["be"]) != person[1] or person[0] == "bạn":
        return None
    who_, be, _ = person
    pronoun = _WHO_EN.fullmatch(" ".join(m["who_"].split()))["who"]
    if m["not"] and not m["well"] or m["very"] and not m["not"] or m["both"] and not (
            be == "are" and (m["fine"] or m["strong"] or m["well"]) and not (m["not"] or pronoun)):
        return None
    if m["not"]:
        return capitalised(f"{who_} không được khỏe{' lắm' * bool(m['very'])}.")
    if m["fine"] or m["strong"] or m["well"]:
        if pronoun and m["fine"]:
            return None  # ("She's fine.": not hurt, or of a thing; "I'm fine.": "no, thanks")
        said = "khỏe mạnh" if m["strong"] else "khỏe"
        return capitalised(f"{who_} {'đều' if m['both'] else 'vẫn'} {said}.")
    if pronoun and be == "are" or m["getting"] and who_ in ("tôi", "chúng tôi"):
        return None  # ("They're better now.", "We're getting better.": of things, or at something)
    if m["better"] or m["feeling"]:
        return capitalised(f"{who_} đã đỡ hơn{' nhiều' * bool(m['much'] or m['much2'])} rồi.")
    return capitalised(f"{who_} {'đã khỏe lại rồi' if m['again'] else 'đang đỡ dần'}.")


def _whom_vi(said: str, you: bool = False) -> str | None:
    """Whom regards or a hello go to, in Vietnamese: "him" as "anh ấy", "your parents" as "bố mẹ bạn", "everyone"
    as "mọi người", "you" as "bạn" (where `you`); None for anything else, and for "me" and "us"."""
    if said.lower() in ("him", "her", "them") or you and said.lower() == "you":
        return EN_OBJECT_VI[said.lower()]
    person = _person_vi(said)
    return person[0] if person and not _WHO_EN.fullmatch(" ".join(said.split()))["who"] else None


def _passed_vi(text: str) -> str | None:
    """"Say hi to your parents for me." as "Cho tôi gửi lời chào bố mẹ bạn nhé.", "Give my regards to your wife." as
    "Cho tôi gửi lời hỏi thăm vợ bạn nhé.", "Tell your mother I said hello." (_PASS_EN); None for anything else."""
    m = next((m for p in _PASS_EN if (m := p.fullmatch(text))), None)
    whom = m and _whom_vi(m["whom"])
    if not whom:
        return None
    us = (m["me"] or "").lower() in ("us", "our", "we")
    said = "chào" if m.groupdict().get("hello") else "hỏi thăm"
    return f"Cho {'chúng tôi' if us else 'tôi'} gửi lời {said} {whom} nhé."


def _sent_vi(text: str) -> str | None:
    """"My mother says hello." as "Mẹ tôi gửi lời chào bạn.", "My parents send their regards to your parents." as
    "Bố mẹ tôi gửi lời hỏi thăm bố mẹ bạn." (_SENT_EN); None for anything else, and where "says", "sends" or whose
    does not agree with who ("My mother sends his regards.")."""
    m = next((m for p in _SENT_EN if (m := p.fullmatch(text))), None)
    sender = m and _person_vi(m["who_"])
    whom = m and (_whom_vi(m["whom"], you=True) if m["whom"] else "bạn")
    if not sender or not whom or sender[0] in ("tôi", "chúng tôi", "bạn"):
        return None
    if m["verb"].endswith("s") != (sender[1] == "is") or m.groupdict().get("whose") not in sender[2] | {None}:
        return None
    return capitalised(f"{sender[0]} gửi lời {'chào' if m.groupdict().get('hello') else 'hỏi thăm'} {whom}.")
