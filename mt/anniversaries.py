"""Anniversaries and toasts, both ways, written whole by rule: happy anniversary, whose anniversary is today or when,
when it is asked, and the toasts of a party or a wedding. v8 (with the rules before this one) reads "chúc mừng" as
"he congratulates", "sức khỏe" as a deal, "nâng ly" as lifting a glass of something and "toast" as food: "Chúc mừng
kỷ niệm ngày cưới!" → "He congratulates the anniversary of wedding!", "Hôm nay là kỷ niệm mười năm ngày cưới của
chúng tôi." → "Today is our wedding anniversary." (the ten lost), "Kỷ niệm ngày cưới của bạn là khi nào?" → "When is
your anniversary of your wedding day?", "Chúc sức khỏe!" → "Have a good deal!", "Nâng ly vì cô dâu và chú rể!" →
"Bringing up the glass of dye and hesitate!", "Trăm phần trăm!" → "Fifteen percent!", "Dô!" → "Wod!"; "Happy
anniversary!" → "Th kỷ niệm vui vẻ!", "It's our wedding anniversary today." → "Đó là lễ kỷ niệm cưới chúng ta ngày
nay.", "Today is our tenth wedding anniversary." → "Hôm nay là ngày kỷ niệm cưới năm cưới của chúng tôi.", "A toast
to the bride and groom!" → "Nên cho bé bú và phòng vệ!", "Let's drink to that!" → "Hãy uống thức uống cho đó nhé!",
"To your health!" → "Đến sức khỏe của bạn!", "I'd like to propose a toast." → "Tôi muốn đề xuất một món đậu.".

Taken: "Chúc mừng" an anniversary ("ngày kỷ niệm"; "kỷ niệm ngày cưới", the wedding's; "kỷ niệm mười năm", the
tenth: in words or figures, 1 to 99), to whom ("hai bạn": "to you both"; "bố mẹ": ", Mum and Dad"), "… vui vẻ!", and
"Happy … anniversary" back; whose (mt.terms.OWNERS, mt.people.PARENTS_WHOSE, mt.hobbies.SOMEONE; "hai bạn" …) it is
on a day (mt.free_time.when, mt.dates.NEAR_SPANS), said either way round, or asked when; a toast proposed, raised or
drunk, to one of TOASTED ("Cùng nâng ly chúc mừng cô dâu chú rể nào!", "Tôi xin nâng ly …", "Mời mọi người nâng ly
…"), "Vì sức khỏe của bạn!", "Chúc sức khỏe!" alone with "!" (a toast), "Dô!", "Trăm phần trăm!", and "To …!",
"Here's to …!", "Bottoms up!" back. Left: "Chúc sức khỏe." and "Chúc bạn sức khỏe." (a wish at parting: the model
or mt/wishes.py), "kỷ niệm" alone (a memory too), "Cheers!", "Cạn ly!" and "Một, hai, ba, dô!" (the phrasebook's),
anniversaries of dating or of a firm, who celebrates one, "Vì chúng ta!" and "Vì điều đó!" (because of …?), "I'll
drink to that!" (agreeing), and anything else.
mt.phrasebook.translate tries these after mt/social_media.py.

    >>> translate("Chúc mừng kỷ niệm ngày cưới!", "vi", "en"), translate("To your health!", "en", "vi")
    ('Happy wedding anniversary!', 'Vì sức khỏe của bạn!')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .free_time import OPENS, when
from .hobbies import SOMEONE, SOMEONE_EN, someone
from .lazy_re import lazy
from .numbers import en_nth, en_ordinal, vi_word
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENER, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:k[ỷỉ]\s+niệm|nâng\s+(?:ly|cốc|chén)|\buống|sức\s+kh|(?<!\w)(?:dz?ô|zô)(?!\w)|"
                    r"phần\s+trăm|^vì\s)"),
         "en": lazy(r"(?i:anniversar|toast|drink|glass|bottoms\s+up|^(?:to|here['’]s\s+to)\s)")}
# the nth anniversary, 1 to 99: English in words ("tenth", "twenty-fifth") or figures ("10th"), Vietnamese "mười năm"
_NTH = {en_nth(n): n for n in range(1, 100)}
_NTH_EN = _NTH | {w.replace("-", " "): n for w, n in _NTH.items() if "-" in w}
_NTH_VI = {vi_word(n): n for n in range(1, 100)}
# to whom "Chúc mừng …" is said, and how English says it after "Happy … anniversary" (the one spoken to: nothing)
_TO = {"bạn": "", "anh": "", "chị": "", "em": "", "cậu": "", "hai bạn": " to you both", "anh chị": " to you both",
       "hai anh chị": " to you both", "vợ chồng bạn": " to you both", "hai em": " to you both",
       "bố mẹ": ", Mum and Dad", "ba mẹ": ", Mum and Dad", "cha mẹ": ", Mum and Dad",
       "ông bà": ", Grandma and Grandpa"}
_TO_VI = {"both": " của hai bạn", "mum": " của bố mẹ", "mom": " của bố mẹ", "grandma": " của ông bà"}
# a couple spoken to, whose the anniversary is ("của hai bạn": "your")
_BOTH = {"hai bạn": "your", "các bạn": "your", "anh chị": "your", "hai anh chị": "your", "vợ chồng bạn": "your"}
# what a toast is to, and whether Vietnamese raises it "chúc mừng" (celebrating), or "vì" (for)
TOASTED = {"cô dâu chú rể": "the bride and groom", "cô dâu và chú rể": "the bride and groom",
           "đôi uyên ương": "the happy couple", "điều đó": "that", "chuyện đó": "that", "năm mới": "the new year",
           "tình bạn": "friendship", "tình bạn của chúng ta": "our friendship", "thành công": "success",
           "sức khỏe": "good health", "sức khỏe của bạn": "your health", "sức khỏe của các bạn": "your health",
           "sức khỏe của chúng ta": "our health", "sức khỏe của mọi người": "everyone's health"}
TOASTED = TOASTED | {vi.replace("khỏe", "khoẻ"): en for vi, en in TOASTED.items() if "khỏe" in vi}
# ("us": "Vì chúng ta!" may be "because of us!", and is not read back)
TOASTED_VI = {en: vi for vi, en in reversed(TOASTED.items())} | {"us": "chúng ta",
                                                                 "your good health": "sức khỏe của bạn"}
_CELEBRATED = {"the bride and groom", "the happy couple", "that", "the new year"}

_END = r"\s*(?P<end>[.!]*)"
_WISH_END = r"(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)"
# an anniversary: "ngày kỷ niệm", "kỷ niệm (ngày) cưới", "kỷ niệm mười năm (ngày cưới)" ("kỷ niệm" alone: a memory)
_ANNIV = (rf"(?P<day_of>(?i:ngày)\s+)?(?i:kỷ|kỉ)\s+niệm(?:\s+(?P<n>\d{{1,2}}|{alternatives(_NTH_VI)})\s+năm)?"
          r"(?:\s+(?P<wed>(?:ngày\s+)?cưới))?")
# ... whose ("của chúng tôi", "bố mẹ tôi", "của Lan"; "bạn" without "của" may be a friend)
_OF = (rf"(?:\s+(?P<of>của\s+)?(?:{PARENTS_WHOSE}|(?P<owner>(?i:{alternatives(OWNERS | _BOTH)}))|"
       rf"(?P<someone>{SOMEONE})))?")
_WISH = [lazy(rf"(?:(?i:xin)\s+)?(?i:chúc\s+mừng)\s+{_ANNIV}(?:\s+(?:của\s+)?(?P<to>{alternatives(_TO)}))?"
              rf"{_WISH_END}"),
         lazy(rf"(?i:chúc)\s+(?P<to>{alternatives(_TO)})\s+{_ANNIV}\s+vui\s+vẻ{_WISH_END}"),
         lazy(rf"{_ANNIV}\s+vui\s+vẻ{_WISH_END}")]
_DAY_IS = lazy(rf"(?P<day>{OPENS}[^,.!?]*?)\s+(?P<will>sẽ\s+)?là\s+{_ANNIV}{_OF}{SOFTENER}{_END}")
_IS_DAY = lazy(rf"{_ANNIV}{_OF}\s+(?:(?P<will>sẽ\s+)?là\s+)?(?P<day>{OPENS}[^,.!?]*?){SOFTENER}{_END}")
_WHEN = r"(?:khi\s+nào|bao\s+giờ|ngày\s+nào|hôm\s+nào|lúc\s+nào|ngày\s+bao\s+nhiêu)"
_ASKED = [lazy(rf"{_ANNIV}{_OF}\s+(?:(?:sẽ\s+)?là\s+)?(?:vào\s+)?{_WHEN}{SOFTENER}\s*\?+"),
          lazy(rf"(?i:{_WHEN})\s+(?:(?:sẽ\s+)?là\s+)?{_ANNIV}{_OF}{SOFTENER}\s*\?+")]
# a toast ("Cùng nâng ly chúc mừng cô dâu chú rể nào!", "Tôi xin nâng ly …", "Mời mọi người nâng ly …")
_PROPOSE = r"đề\s+nghị\s+(?:mọi\s+người\s+)?(?:cùng\s+)?"
_I = rf"(?P<i>(?i:tôi)\s+(?:(?:(?:xin|muốn)\s+)+(?:phép\s+)?(?:được\s+)?(?:{_PROPOSE})?|{_PROPOSE}))"
_ALL = r"(?P<all>(?:(?i:xin)\s+)?(?i:mời)\s+(?:mọi\s+người|các\s+bạn|cả\s+nhà)\s+(?:cùng\s+)?)"
_LETS = r"(?P<lets>(?:(?i:chúng\s+ta)\s+)?(?:(?i:hãy)\s+)?(?:(?i:cùng)\s+)?)"
_TOAST = lazy(rf"(?:{_I}|{_ALL}|{_LETS})(?P<verb>(?i:nâng)\s+(?:ly|cốc|chén)|(?i:uống))"
              rf"(?:\s+(?:chúc\s+mừng|mừng|vì)\s+(?P<x>(?i:{alternatives(TOASTED)})))?(?:\s+(?P<nao>nào))?{_END}")
_FOR = lazy(rf"(?i:vì)\s+(?P<x>(?i:{alternatives(TOASTED)}))\s*(?P<end>!+)")
_SAID = {"chúc sức khỏe!": "Cheers!", "chúc sức khoẻ!": "Cheers!", "dô!": "Cheers!", "zô!": "Cheers!",
         "dzô!": "Cheers!", "dô nào!": "Cheers!", "trăm phần trăm!": "Bottoms up!",
         "một trăm phần trăm!": "Bottoms up!"}

# ... and in English
_ANNIV_EN = (rf"(?:(?:(?P<nth>(?i:{alternatives(_NTH_EN)}))|(?P<num>\d{{1,2}})(?P<suf>st|nd|rd|th))\s+)?"
             r"(?P<wed>(?i:wedding)\s+)?(?i:anniversary)")
_WHOSE_EN = rf"(?:{PARENTS_WHOSE_EN}['’]|(?P<someone>{SOMEONE_EN})['’]s|(?P<owner>(?i:{WHOSE_WORDS})))"
_WISH_EN = lazy(rf"(?i:happy)\s+{_ANNIV_EN}(?:\s+to\s+(?P<both>you\s+(?:both|two)|both\s+of\s+you)|,\s+"
                rf"(?P<kin>(?:Mum|Mom|Grandma)\s+and\s+(?:Dad|Grandpa)))?{_END}")
_BE_EN = r"(?P<be>['’]s|\s+is|\s+was|['’]ll\s+be|\s+will\s+be)"
_DAY_IS_EN = [lazy(rf"(?P<day>Today|Tomorrow|Yesterday){_BE_EN}\s+{_WHOSE_EN}\s+{_ANNIV_EN}{_END}"),
              lazy(rf"It{_BE_EN}\s+{_WHOSE_EN}\s+{_ANNIV_EN}\s+(?P<day>[^,.!?]+?){_END}"),
              lazy(rf"{_WHOSE_EN}\s+{_ANNIV_EN}{_BE_EN}\s+(?P<day>[^,.!?]+?){_END}")]
_WHEN_EN = lazy(rf"When(?:['’]s|\s+is)\s+(?:{_WHOSE_EN}|(?P<the>the))\s+{_ANNIV_EN}\s*\?+")
_TOASTED_EN = rf"(?P<x>(?i:{alternatives(TOASTED_VI)}))"
_TOAST_EN = lazy(r"(?:(?P<lets>Let['’]s\s+(?:all\s+)?)(?:raise\s+(?:a\s+glass|our\s+glasses)|(?P<drink>drink)|"
                 r"(?:have|make|propose)\s+a\s+toast)|(?P<all>(?:Please\s+)?[Rr]aise\s+your\s+glasses)|"
                 r"(?P<i>I['’]d\s+like|I\s+would\s+like)\s+to\s+propose\s+a\s+toast|(?:A\s+)?[Tt]oast)"
                 rf"(?:\s+to\s+{_TOASTED_EN})?{_END}")
_TO_EN = lazy(rf"(?:Here['’]s\s+to|To)\s+{_TOASTED_EN}\s*(?P<end>!+)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that wishes a happy anniversary, says or asks when one is, or proposes a
    toast; None for any other."""
    if src == "vi":
        return _wish(text) or _on_day(text) or _asked(text) or _toast(text)
    return _wish_vi(text) or _on_day_vi(text) or _asked_vi(text) or _toast_vi(text)


def _ended(said: str, end: str) -> str:
    """A wish or a toast with the source's "." or "!" ("!" where it had none)."""
    return f"{said}{'.' if end.startswith('.') else '!'}"


def _anniv_en(m: re.Match) -> str | None:
    """An anniversary of a match of _ANNIV in English: "anniversary", "wedding anniversary", "tenth anniversary",
    "10th wedding anniversary"; None for "kỷ niệm" alone (a memory) and for the 0th."""
    n = m["n"]
    if not (m["day_of"] or n or m["wed"]) or n and n.isdigit() and not 0 < int(n) < 100:
        return None
    nth = "" if not n else f"{en_ordinal(int(n)) if n.isdigit() else en_nth(_NTH_VI[keyed(n)])} "
    return f"{nth}{'wedding ' * bool(m['wed'])}anniversary"


def _whose_en(m: re.Match) -> str | None:
    """Whose of a match of _OF in English: "our", "my parents'", "Lan's"; None for none said, and for "bạn" without
    "của" (a friend's?)."""
    if m["parents"]:
        return f"{parents_said(m, 'en')}'"
    if m["someone"]:
        return (said := someone(m["someone"], "vi")) and f"{said}'s"
    owner = keyed(m["owner"] or "")
    return None if not owner or owner == "bạn" and not m["of"] else (OWNERS | _BOTH)[owner]


def _wish(text: str) -> str | None:
    """"Chúc mừng kỷ niệm ngày cưới!" as "Happy wedding anniversary!", "Chúc mừng kỷ niệm mười năm ngày cưới của hai
    bạn!" as "Happy tenth wedding anniversary to you both!", "Chúc bố mẹ kỷ niệm ngày cưới vui vẻ!" as "Happy wedding
    anniversary, Mum and Dad!" (_WISH); None for anything else."""
    m = next((m for p in _WISH if (m := p.fullmatch(text))), None)
    if not m or (anniv := _anniv_en(m)) is None:
        return None
    return _ended(f"Happy {anniv}{_TO[keyed(m['to'])] if m.groupdict().get('to') else ''}", m["end"])


def _on_day(text: str) -> str | None:
    """"Hôm nay là kỷ niệm ngày cưới của chúng tôi." as "Today is our wedding anniversary.", "Ngày kỷ niệm của bố mẹ
    tôi là vào tuần sau." as "My parents' anniversary is next week." (_DAY_IS, _IS_DAY); None for anything else, for
    no one's, a day not read, and "sẽ" with a day behind."""
    m = _DAY_IS.fullmatch(text) or _IS_DAY.fullmatch(text)
    if not m or (anniv := _anniv_en(m)) is None or (whose := _whose_en(m)) is None:
        return None
    day = when(m["day"], "vi", NEAR_SPANS)
    behind = bool(day and BEHIND.match(day))
    if not day or behind and m["will"]:
        return None
    be = "was" if behind else "is"
    if day in ("today", "tomorrow", "yesterday"):
        return f"{day.capitalize()} {be} {whose} {anniv}{m['end'] or '.'}"
    return capitalised(f"{whose} {anniv} {be} {day}{m['end'] or '.'}")


def _asked(text: str) -> str | None:
    """"Kỷ niệm ngày cưới của bạn là khi nào?" as "When is your wedding anniversary?", "Khi nào là ngày kỷ niệm của
    các bạn?" as "When is your anniversary?" (_ASKED); None for anything else."""
    m = next((m for p in _ASKED if (m := p.fullmatch(text))), None)
    if not m or (anniv := _anniv_en(m)) is None:
        return None
    whose = _whose_en(m) or (None if m["owner"] else "the")
    return whose and f"When is {whose} {anniv}?"


def _toast(text: str) -> str | None:
    """"Cùng nâng ly chúc mừng cô dâu chú rể nào!" as "Let's raise a glass to the bride and groom!", "Tôi xin nâng ly
    chúc mừng …" as "I'd like to propose a toast to …", "Vì sức khỏe của bạn!" as "To your health!", "Chúc sức khỏe!"
    as "Cheers!" (_TOAST, _FOR, _SAID); None for anything else."""
    if said := _SAID.get(keyed(text)):
        return said
    if m := _FOR.fullmatch(text):
        toasted = TOASTED[keyed(m["x"])]
        return None if toasted == "that" else f"To {toasted}!"
    m = _TOAST.fullmatch(text)
    if not m:
        return None
    raised, to = not keyed(m["verb"]).startswith("uống"), f" to {TOASTED[keyed(m['x'])]}" if m["x"] else ""
    if m["i"] is not None:
        return None if not raised or m["nao"] else _ended(f"I'd like to propose a toast{to}", m["end"] or ".")
    if m["all"]:
        return _ended(f"Please raise your glasses{to}", m["end"]) if raised else None
    if (m["lets"].strip() or m["nao"]) and (raised or to) or not raised and to:  # ("Hãy uống!": drink it)
        return _ended(f"Let's {'raise a glass' if raised else 'drink'}{to}", m["end"])
    return _ended(f"A toast{to}", m["end"]) if to else None


def _anniv_vi(m: re.Match) -> str | None:
    """An anniversary of a match of _ANNIV_EN in Vietnamese: "ngày kỷ niệm", "kỷ niệm ngày cưới", "ngày kỷ niệm
    mười năm", "kỷ niệm 10 năm ngày cưới"; None for an ending that does not go with its figures ("10st")."""
    if m["num"] and (en_ordinal(int(m["num"])) != f"{m['num']}{m['suf']}" or m["num"].startswith("0")):
        return None
    n = int(m["num"]) if m["num"] else _NTH_EN[keyed(m["nth"]).replace("-", " ")] if m["nth"] else 0
    years = "" if not n else f" {m['num'] or vi_word(n)} năm"
    return f"kỷ niệm{years} ngày cưới" if m["wed"] else f"ngày kỷ niệm{years}"


def _whose_vi(m: re.Match) -> str:
    """Whose of a match of _WHOSE_EN in Vietnamese: "chúng tôi", "bố mẹ tôi", "Lan"."""
    if m["parents"]:
        return parents_said(m, "vi")
    return someone(m["someone"], "en") if m["someone"] else WHOSE_VI[m["owner"].lower()]


def _wish_vi(text: str) -> str | None:
    """"Happy anniversary!" as "Chúc mừng ngày kỷ niệm!", "Happy tenth wedding anniversary to you both!" as "Chúc
    mừng kỷ niệm mười năm ngày cưới của hai bạn!" (_WISH_EN); None for anything else."""
    m = _WISH_EN.fullmatch(text)
    if not m or (anniv := _anniv_vi(m)) is None:
        return None
    to = _TO_VI["both" if m["both"] else m["kin"].split()[0].lower()] if m["both"] or m["kin"] else ""
    return _ended(f"Chúc mừng {anniv}{to}", m["end"])


def _on_day_vi(text: str) -> str | None:
    """"It's our wedding anniversary today." as "Hôm nay là kỷ niệm ngày cưới của chúng tôi.", "My parents'
    anniversary is next week." as "Tuần sau là ngày kỷ niệm của bố mẹ tôi." (_DAY_IS_EN); None for anything else, a
    day not read, and "is" or "will be" with a day behind, "was" with one ahead."""
    m = next((m for p in _DAY_IS_EN if (m := p.fullmatch(text))), None)
    if not m or (anniv := _anniv_vi(m)) is None or not (day := when(m["day"], "en", NEAR_SPANS)):
        return None
    if bool(BEHIND.match(m["day"])) != ("was" in m["be"]):
        return None
    said = f"{anniv} của {_whose_vi(m)}"
    if day.startswith(("vào ", "thứ ", "Chủ nhật")):
        return capitalised(f"{said} là {day if day.startswith('vào ') else f'vào {day}'}{m['end'] or '.'}")
    return f"{capitalised(day)} là {said}{m['end'] or '.'}"


def _asked_vi(text: str) -> str | None:
    """"When is your wedding anniversary?" as "Kỷ niệm ngày cưới của bạn là ngày nào?" (_WHEN_EN); None for anything
    else."""
    m = _WHEN_EN.fullmatch(text)
    if not m or (anniv := _anniv_vi(m)) is None:
        return None
    return capitalised(f"{anniv}{'' if m['the'] else f' của {_whose_vi(m)}'} là ngày nào?")


def _toasted_vi(x: str, raised: bool) -> str:
    """What a toast is to, in Vietnamese, after "nâng ly" (`raised`) or "uống": "chúc mừng cô dâu chú rể", "mừng điều
    đó", "vì sức khỏe của bạn"."""
    en = " ".join(x.lower().replace("’", "'").split())
    said = "chúc mừng" if raised else "mừng"
    return f"{said if en in _CELEBRATED else 'vì'} {TOASTED_VI[en]}"


def _toast_vi(text: str) -> str | None:
    """"Let's raise a glass to the bride and groom!" as "Cùng nâng ly chúc mừng cô dâu chú rể nào!", "Let's drink to
    that!" as "Cùng uống mừng điều đó nào!", "To your health!" as "Vì sức khỏe của bạn!", "Bottoms up!" as "Cạn ly!"
    (_TOAST_EN, _TO_EN); None for anything else, and "To that!" (to what?)."""
    if re.fullmatch(r"(?i:bottoms\s+up)\s*!+", text):
        return "Cạn ly!"
    if m := _TO_EN.fullmatch(text):
        x = m["x"].lower()
        return None if x == "that" else capitalised(f"{'Nâng ly ' if x in _CELEBRATED else ''}{_toasted_vi(x, True)}!")
    m = _TOAST_EN.fullmatch(text)
    if not m:
        return None
    raised = not m["drink"]
    to = f" {_toasted_vi(m['x'], raised)}" if m["x"] else ""
    if m["i"]:
        return _ended(f"Tôi xin nâng ly{to}" if to else "Tôi xin đề nghị mọi người cùng nâng ly", m["end"] or ".")
    if m["all"]:
        return _ended(f"Mời mọi người nâng ly{to}", m["end"])
    if m["lets"] and (raised or to):  # ("Let's drink!": going out to?)
        return _ended(f"Cùng {'nâng ly' if raised else 'uống'}{to} nào", m["end"])
    return _ended(f"Nâng ly{to}", m["end"]) if to else None
