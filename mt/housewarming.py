"""Housewarmings ("tân gia"), both ways, written whole by rule: who is having one or had one, who is coming or going to
one (whose), who was invited, what to bring, when it is, a housewarming present, "Chúc mừng tân gia!". v8 (with the
rules before this one) reads "tân gia" as anything but a housewarming, and "housewarming" as war or a garden gnome:
"Cuối tuần này nhà tôi làm tân gia." → "This weekend, my house is denial.", "Chúc mừng tân gia!" → "He is glad!",
"Bạn có đến dự tân gia nhà tôi không?" → "Do you come to my home attendance?", "Tuần sau Lan làm tân gia." → "Next
week, Landiann.", "Bạn có làm tân gia không?" → "Do you have Xinjiang?", "Tôi mua quà tân gia." → "I bought amnesty
gifts.", "Chúc mừng nhà mới!" → "He congratulated new home!"; "We're having a housewarming this weekend." → "Chúng tôi
đang có một ngôi nhà chiến tranh cuối tuần này.", "Are you coming to my housewarming?" → "Bạn đang đến cảnh báo nhà
mình?", "What should I bring to a housewarming?" → "Tôi nên mang đến một chú lùn nhà?", "Happy housewarming!" → "Chúc
nhà vui vẻ!", "I bought a housewarming gift." → "Tôi mua một món quàwarming nhà.".

Taken: a housewarming had, come or gone to, or invited to, as mt/parties.py reads a "tiệc tân gia" (the sentence
is said to it as one: "làm tân gia" as "tổ chức tiệc tân gia", "nhà tôi làm …" as "chúng tôi …", "tân gia nhà Lan"
as "tiệc tân gia của Lan"; and "housewarming" as "housewarming party"), "party" written back only where "tiệc" was
said; a housewarming present bought, given or thanked for, as mt/gifts.py reads "quà"; "(Chúc) mừng tân gia!",
"Happy housewarming!", "Chúc mừng nhà mới!"; what who (mt.hobbies.WHO, WHO_EN) should bring to a housewarming
("Đi tân gia nên mang gì?"); when someone's housewarming is ("Khi nào bạn làm tân gia?", "Tân gia nhà Lan là khi
nào?"); "Mời bạn đến dự tân gia nhà tôi." (please come). Left: what mt/parties.py takes itself ("tiệc tân gia",
"housewarming party"), "Congratulations on your new home!" and "Chúc mừng nhà mới của bạn!" (mt/wishes.py), "Nhà
mới của bạn đẹp quá!" (the phrasebook's), "làm tân gia" with neither a tense nor a day (had one, or having one?),
"vừa"/"mới" (mt/parties.py reads no "just"), "Bạn làm tân gia khi nào?" ("khi nào" last: behind or ahead?), "Bạn
không cần mang gì đâu." (to a housewarming, or carried?), and anything else.
mt.phrasebook.translate tries these after mt/drinking_out.py.

    >>> translate("Cuối tuần này nhà tôi làm tân gia.", "vi", "en"), translate("Happy housewarming!", "en", "vi")
    ("We're having a housewarming this weekend.", 'Chúc mừng tân gia!')
"""
from __future__ import annotations

import re

from . import gifts, parties
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_agrees, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENER, alternatives, capitalised, keyed
from .wishes import YOU

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tân\s+gia|nhà\s+mới)"), "en": lazy(r"(?i:housewarming)")}
# who is wished a happy housewarming (the one spoken to, or a couple, or the household)
_YOU = rf"(?i:{alternatives(YOU | {'anh chị', 'hai bạn', 'cả nhà', 'gia đình bạn'})})"
_END = r"(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)"
_HOUSEWARMING = r"(?P<party>(?i:tiệc)\s+)?(?i:t)ân\s+gia"
_WHOSE = rf"(?:\s+(?:nhà|của)\s+{OWNER})?"  # ("tân gia nhà tôi", "tân gia của Lan")

# ... said to mt/parties.py as a "tiệc tân gia": the household having it as who ("nhà tôi" as "chúng tôi"), "làm"
# as "tổ chức", "tân gia" as "tiệc tân gia", "nhà" after it as "của"
_HOUSEHOLD = lazy(rf"(?<!\w)(?i:nhà)\s+(?:(?P<we>(?i:tôi|mình|chúng\s+tôi))|{WHO})(?=\s+(?:(?:có|sẽ|đã|đang|định|"
                  r"sắp)\s+)?(?:làm|tổ\s+chức)\s+(?:tiệc\s+)?tân\s+gia)")
_HOLD = lazy(r"(?<!\w)(?:làm\s+(?:tiệc\s+)?|tổ\s+chức\s+(?:tiệc\s+)?)(?=tân\s+gia)")
_PARTY = lazy(r"(?<!\w)(?:(?:đi\s+)?ăn\s+)?(?:(?i:tiệc)\s+)?(?i:t)ân\s+gia(?:\s+nhà(?!\w))?")
_PARTY_EN = lazy(r"(?i:\bhousewarming\b)(?!\s+(?:party|gift|present)\b)")
_BEHIND = lazy(r"(?<!\w)(?:đã|qua|trước)(?!\w)")  # ("đã", "hôm qua", "tuần trước")
# ... a present, said to mt/gifts.py as "quà", "present"
_GIFT = lazy(r"(?<!\w)quà\s+(?:mừng\s+)?tân\s+gia(?!\w)")
_GIFT_EN = lazy(r"(?i:\bhousewarming\s+(?=(?:gift|present)\b))")

_CONGRATS = lazy(rf"(?:(?i:xin)\s+)?(?i:chúc\s+mừng|mừng)(?:\s+(?P<you>{_YOU}))?\s+tân\s+gia"
                 rf"(?:\s+(?:nhà\s+|của\s+)?(?P<you2>{_YOU}))?{_END}")
_NEW_HOME = lazy(rf"(?:(?i:xin)\s+)?(?i:chúc\s+mừng)\s+nhà\s+mới{_END}")
# what to bring ("Tôi nên mang gì đến tiệc tân gia?", "Đi tân gia nên mang gì?")
_BRING = lazy(rf"{WHO}\s+(?:nên|cần)\s+mang\s+(?:theo\s+)?(?:cái\s+)?gì\s+(?:khi\s+)?(?:đi|đến|tới)\s+(?:dự\s+)?"
              rf"{_HOUSEWARMING}{_WHOSE}{SOFTENER}\s*\?+")
_BRING_ANY = lazy(rf"(?i:đi)\s+(?:dự\s+)?{_HOUSEWARMING}{_WHOSE}\s+(?:thì\s+)?(?:nên|cần)\s+mang\s+(?:theo\s+)?"
                  rf"(?:cái\s+)?gì{SOFTENER}\s*\?+")
# when it is ("Khi nào bạn làm tân gia?", "Tân gia nhà Lan là khi nào?")
_ASKED_WHEN = r"(?i:khi\s+nào|bao\s+giờ|hôm\s+nào|ngày\s+nào)"
_WHEN = lazy(rf"{_ASKED_WHEN}\s+(?:(?P<house>nhà)\s+)?{WHO}\s+(?:sẽ\s+)?(?:làm|tổ\s+chức)\s+{_HOUSEWARMING}"
             rf"{SOFTENER}\s*\?+")
_WHEN_OF = lazy(rf"{_HOUSEWARMING}\s+(?:(?P<house>nhà)|của)\s+{OWNER}\s+(?:là\s+)?{_ASKED_WHEN}{SOFTENER}\s*\?+")
# please come ("Mời bạn đến dự tân gia nhà tôi nhé.")
_COME = lazy(rf"(?:(?i:xin)\s+)?(?i:mời)\s+(?:bạn|các\s+bạn|mọi\s+người|anh\s+chị)\s+(?:đến|tới)\s+(?:dự\s+)?"
             rf"{_HOUSEWARMING}\s+(?:nhà|của)\s+(?P<ours>tôi|mình|chúng\s+tôi){_END}")

# ... and in English
_CONGRATS_EN = lazy(r"(?i:happy\s+housewarming)\s*(?P<end>[.!]*)")
_AT_EN = (rf"(?:(?P<art>an?|the)|(?P<someone>{SOMEONE_EN})['’]s|(?P<owner>(?i:{WHOSE_WORDS})))\s+housewarming"
          r"(?P<party>\s+party)?")
_BRING_EN = lazy(rf"What\s+should\s+{WHO_EN}\s+bring\s+to\s+{_AT_EN}\s*\?+")
_WHEN_EN = lazy(rf"When(?:['’]s|\s+is)\s+{_AT_EN}\s*\?+")
_HAVING_EN = lazy(rf"When\s+(?P<be>are|is|am)\s+{WHO_EN}\s+having\s+{_AT_EN}\s*\?+")
_COME_EN = lazy(r"(?:Please\s+come|Come)\s+to\s+(?P<ours>my|our)\s+housewarming(?P<party>\s+party)?(?:,?\s+please)?"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is having a housewarming, coming to one or invited to
    one, of a housewarming present, what to bring to one or when it is, or that wishes a happy housewarming; None for
    any other."""
    if src == "vi":
        return _congrats(text) or _bring(text) or _when(text) or _come(text) or _party(text) or _gift(text)
    return _congrats_vi(text) or _bring_vi(text) or _when_vi(text) or _come_vi(text) or _party_vi(text) or \
        _gift_vi(text)


def _housewarming(m: re.Match, article: str) -> str:
    """The housewarming of a match of _HOUSEWARMING and OWNER in English: "a housewarming" (`article`), "Lan's
    housewarming party", "your housewarming"; "nhà bạn" is the listener's ("nhà bạn tôi" a friend's)."""
    party = " party" if m["party"] else ""
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s housewarming{party}"
    return f"{OWNERS[keyed(m['owner'])] if m['owner'] else article} housewarming{party}"


def _congrats(text: str) -> str | None:
    """"Chúc mừng tân gia!", "Mừng tân gia anh chị nhé!" as "Happy housewarming!", "Chúc mừng nhà mới!" as
    "Congratulations on your new home!" (_CONGRATS, _NEW_HOME); None for anything else, and for who said twice."""
    if m := _NEW_HOME.fullmatch(text):
        return f"Congratulations on your new home{'.' if m['end'].startswith('.') else '!'}"
    m = _CONGRATS.fullmatch(text)
    if not m or m["you"] and m["you2"]:
        return None
    return f"Happy housewarming{'.' if m['end'].startswith('.') else '!'}"


def _bring(text: str) -> str | None:
    """"Tôi nên mang gì đến tiệc tân gia?" as "What should I bring to a housewarming party?", "Đi tân gia nên mang
    gì?" as "What should I bring to a housewarming?", "Mẹ tôi nên mang gì đến tân gia nhà Lan?" as "What should my
    mother bring to Lan's housewarming?" (_BRING, _BRING_ANY); None for anything else, and for "anh", "chị", "em"
    alone ("Em nên mang gì đến tân gia?": you, or I?)."""
    if m := _BRING_ANY.fullmatch(text):
        return f"What should I bring to {_housewarming(m, 'a')}?"
    m = _BRING.fullmatch(text)
    said = m and who(m, False)  # ("Em nên mang gì …?" is often the speaker asking advice, not "you")
    return f"What should {said[0]} bring to {_housewarming(m, 'a')}?" if said else None


def _when(text: str) -> str | None:
    """"Khi nào bạn làm tân gia?" as "When's your housewarming?", "Tân gia nhà Lan là khi nào?" as "When's Lan's
    housewarming?", "Khi nào nhà tôi làm tân gia?" as "When's our housewarming?" (_WHEN, _WHEN_OF); None for anything
    else ("Bạn làm tân gia khi nào?": behind, or ahead?)."""
    if m := _WHEN_OF.fullmatch(text):
        return f"When's {_ours(m, _housewarming(m, 'the'))}?"
    m = _WHEN.fullmatch(text)
    said = m and who(m, True)
    if not said:
        return None
    whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    return f"When's {_ours(m, whose)} housewarming{' party' if m['party'] else ''}?"


def _ours(m: re.Match, said: str) -> str:
    """`said` ("my housewarming") with "my" as "our" where a match's group "house" said "nhà" before it: "nhà tôi" is
    the household ("Tân gia nhà tôi là khi nào?": "When's our housewarming?")."""
    return re.sub(r"^my\b", "our", said) if m["house"] else said


def _come(text: str) -> str | None:
    """"Mời bạn đến dự tân gia nhà tôi." as "Please come to my housewarming." (_COME); None for anything else."""
    m = _COME.fullmatch(text)
    if not m:
        return None
    return f"Please come to {OWNERS[keyed(m['ours'])]} housewarming{' party' if m['party'] else ''}{m['end'] or '.'}"


def _household(m: re.Match) -> str:
    """Who a household having a housewarming is, said to mt/parties.py: "nhà tôi" as "chúng tôi", "nhà Lan" as
    "Lan"."""
    said = "chúng tôi" if m["we"] else re.sub(r"^(?i:nhà)\s+", "", m.group())
    return capitalised(said) if m.start() == 0 else said


def _party_said(m: re.Match) -> str:
    """A housewarming of _PARTY said to mt/parties.py: "tiệc tân gia", "đi dự tiệc tân gia" ("đi ăn tân gia"),
    "tiệc tân gia của" ("tân gia nhà")."""
    said = f"{'đi dự ' if 'ăn' in m.group() else ''}tiệc tân gia{' của' if m.group().endswith('nhà') else ''}"
    return capitalised(said) if m.start() == 0 else said


def _party(text: str) -> str | None:
    """"Cuối tuần này nhà tôi làm tân gia." as "We're having a housewarming this weekend.", "Bạn có đến dự tân gia
    nhà tôi không?" as "Are you coming to my housewarming?", "Tối qua tôi đi ăn tân gia." as "I went to a
    housewarming last night.", as mt/parties.py reads it said with "tiệc tân gia";
    None for what it takes itself, and for a housewarming had with neither a tense nor a day ("Chúng tôi làm tân
    gia.")."""
    said = _HOUSEHOLD.sub(_household, text)
    said = _HOLD.sub("tổ chức ", said)
    said = _PARTY.sub(_party_said, said)
    if said == text or not (done := parties.translate(said, "vi", "en")):
        return None
    if re.search(r"\bhad a housewarming", done) and not _BEHIND.search(text):
        return None  # (parties reads "tổ chức" alone as had: "làm tân gia" alone may be ahead)
    # (one gone to whose no one said is "a" housewarming: "Tối qua tôi đi ăn tân gia.")
    done = re.sub(r"\bwent to the (?=housewarming)", "went to a ", done)
    return done if re.search(r"(?i:tiệc)", text) else done.replace("housewarming party", "housewarming")


def _gift(text: str) -> str | None:
    """"Tôi mua quà tân gia cho Lan." as "I bought a housewarming present for Lan.", as mt/gifts.py reads it said
    with "quà"; None for anything else."""
    said = _GIFT.sub("quà", text)
    if said == text or len(re.findall(r"(?<!\w)quà(?!\w)", said)) != 1 or not (
            done := gifts.translate(said, "vi", "en")):
        return None
    gift = re.findall(r"\b(?:present|gift)s?\b", done)
    return re.sub(r"\b(?=(?:present|gift)s?\b)", "housewarming ", done) if len(gift) == 1 else None


def _congrats_vi(text: str) -> str | None:
    """"Happy housewarming!" as "Chúc mừng tân gia!" (_CONGRATS_EN); None for anything else."""
    m = _CONGRATS_EN.fullmatch(text)
    return m and f"Chúc mừng tân gia{'.' if m['end'].startswith('.') else '!'}"


def _at_vi(m: re.Match, to: str) -> str | None:
    """The housewarming of a match of _AT_EN in Vietnamese, after "đến" (`to`): " đến tân gia nhà Lan", " đến tiệc
    tân gia"; " khi đi tân gia" for "a housewarming"; None for "an" ("an housewarming")."""
    art = (m["art"] or "").lower()
    party = "tiệc " if m["party"] else ""
    if art == "an":
        return None
    if m["someone"] or m["owner"]:
        whose = someone(m["someone"], "en") if m["someone"] else WHOSE_VI[m["owner"].lower()]
        return f" {to} {party}tân gia {'của' if party else 'nhà'} {whose}"
    return f" {'khi đi' + ' dự' * bool(party) if art == 'a' else to} {party}tân gia"


def _bring_vi(text: str) -> str | None:
    """"What should I bring to a housewarming?" as "Tôi nên mang gì khi đi tân gia?", "What should we bring to your
    housewarming party?" as "Chúng tôi nên mang gì đến tiệc tân gia của bạn?" (_BRING_EN); None for anything else."""
    m = _BRING_EN.fullmatch(text)
    at = m and _at_vi(m, "đến")
    return at and capitalised(f"{who_vi(m)[0]} nên mang gì{at}?")


def _when_vi(text: str) -> str | None:
    """"When's your housewarming?", "When are you having your housewarming?" as "Khi nào bạn làm tân gia?" (_WHEN_EN,
    _HAVING_EN); None for anything else, "the" and "a" (whose?), and where "is", "are" or whose does not agree with
    who ("When is she having my housewarming?")."""
    if m := _HAVING_EN.fullmatch(text):
        who_, one = who_vi(m)
        if not be_agrees(m, m["be"]) or not m["owner"] or not own_thing(m, who_, one):
            return None
    elif m := _WHEN_EN.fullmatch(text):
        if not (m["someone"] or m["owner"]):
            return None
        who_ = someone(m["someone"], "en") if m["someone"] else WHOSE_VI[m["owner"].lower()]
    else:
        return None
    return f"Khi nào {who_} {'tổ chức tiệc' if m['party'] else 'làm'} tân gia?"


def _come_vi(text: str) -> str | None:
    """"Please come to my housewarming." as "Mời bạn đến dự tân gia nhà tôi." (_COME_EN); None for anything else."""
    m = _COME_EN.fullmatch(text)
    if not m:
        return None
    ours = WHOSE_VI[m["ours"]]
    return f"Mời bạn đến dự {'tiệc tân gia của' if m['party'] else 'tân gia nhà'} {ours}{m['end'] or '.'}"


def _party_vi(text: str) -> str | None:
    """"Are you coming to my housewarming?" as "Bạn có đến dự tiệc tân gia của tôi không?", "Did you have a
    housewarming?" as "Bạn đã tổ chức tiệc tân gia chưa?", as mt/parties.py reads it said with "housewarming
    party"; None for what it takes itself."""
    said = _PARTY_EN.sub("housewarming party", text)
    done = None if said == text else parties.translate(said, "en", "vi")
    # ("có … không?" alone loses "did": with no day behind said, it is asked "đã … chưa?")
    asked = done and re.match(r"(?i:did)\b", text) and not _BEHIND.search(done) and \
        re.fullmatch(r"(?P<who>.+?)\s+có\s+(?P<what>.+)\s+không\?", done)
    return f"{asked['who']} đã {asked['what']} chưa?" if asked else done


def _gift_vi(text: str) -> str | None:
    """"I bought a housewarming gift for Lan." as "Tôi đã mua quà tân gia cho Lan.", as mt/gifts.py reads it said
    without "housewarming"; None for anything else."""
    said = _GIFT_EN.sub("", text)
    if said == text or not (done := gifts.translate(said, "en", "vi")) or \
            len(re.findall(r"(?<!\w)quà(?!\w)", done)) != 1:
        return None
    return re.sub(r"(?<!\w)quà(?!\w)", "quà tân gia", done)
