"""Nosebleeds, both ways, written whole by rule: who has one, had one, often gets them (in summer, in dry weather), a
baby's or a child's nose bleeding (still, again), what to do (lean forward, pinch the nose; not tilting the head back)
and the bleeding stopped. v8 (rules on) reads "ngửa" as washing, "cúi" as the flu, "bóp" as burping, "hay" as "or",
and English "pinch" and "tilt" as wiping and hugging: "Tôi bị chảy máu cam." → "I have nosebleeds.", "Mũi em bé đang
chảy máu." → "Your baby's nose is bleeding.", "Cúi đầu về phía trước và bóp mũi lại." → "The flu comes ahead and
burping the nose again.", "Đừng ngửa đầu ra sau." → "Don't turn off the back.", "Con bạn có hay bị chảy máu cam
không?" → "Do you have or have a nosebleed?", "Hôm qua Lan bị chảy máu cam." → "Yesterday, land with nosebleeds.",
"Máu cam đã ngừng chảy chưa?" → "Do you stop nosebleeds?", "Mũi tôi hết chảy máu rồi." → "My nose is all bloody.";
"Lean forward and pinch your nose." → "Lean về phía trước và làm cho mũi của bạn.", "Pinch your nose for ten
minutes." → "Bạn nên lau mũi trong vòng 10 phút.", "Should you tilt your head back when you have a nosebleed?" →
"Bạn nên ôm chặt đầu lại khi bị chảy máu cam?", "She doesn't get nosebleeds." → "Nó không chảy máu cam.".

Taken: who (mt.hobbies.WHO, WHO_EN; "em bé", the baby) has a nosebleed ("bị chảy máu cam", "chảy máu mũi"; now,
asked only with "đang"), had one on a day behind (said, denied, asked), has just had one, gets them as a habit
(mt.hobbies.SELDOM, HABIT_VI; in summer, in winter, in the dry season, when the weather is dry or hot), asked, or not
often; whose nose ("mũi em bé", "mũi của mẹ tôi") is bleeding (the baby's), still or again; leaning forward and
pinching the nose (firmly, for some minutes); not tilting the head back, whether one should, "… à?"; what to do when
who has a nosebleed; the nosebleed, the bleeding or whose nose stopped, not yet, asked "chưa?". Left: "Bạn có bị
chảy máu cam không?" and "Tôi không bị chảy máu cam." (now or as a habit?), "đã" without a day (had or has had?),
"nữa", "Mũi tôi bị chảy máu." and "My nose is bleeding." (mt/injuries.py's), bleeding elsewhere (mt/injuries.py), a
runny or blocked nose (mt/symptoms.py, mt.terms), "anh", "chị", "em" alone saying it or having one in "what to do?"
(the speaker, or you?), "em" asking with "ạ" (the speaker), asked of oneself, a pet's nosebleed or nose, one nosebleed
of "we" or "they", our or their nose, "He gets a nosebleed." (one, as a habit?), "just" as only ("He just has a
nosebleed."), "bé" alone (a name?), leaning forward alone and "Ngửa đầu ra sau." told, with no nosebleed said, "nhé",
and anything else.
mt.phrasebook.translate tries these after mt/toys.py.

    >>> translate("Mũi em bé đang chảy máu.", "vi", "en"), translate("Lean forward and pinch your nose.", "en", "vi")
    ("The baby's nose is bleeding.", 'Cúi đầu về phía trước và bóp mũi lại.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (HABIT_VI, SELDOM, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, pet, someone,
                      who, who_vi)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:máu|mũi|ngửa)"), "en": lazy(r"(?i:nose|bleed|tilt)")}
# when one gets them (the first Vietnamese of each is written back)
_WHEN = {"vào mùa hè": "in summer", "vào mùa đông": "in winter", "vào mùa khô": "in the dry season",
         **dict.fromkeys(("khi trời hanh khô", "khi trời khô", "khi thời tiết khô", "khi thời tiết hanh khô"),
                         "when the weather is dry"), "khi trời nóng": "when it's hot"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {
    "in the summer": "vào mùa hè", "in the winter": "vào mùa đông", "in dry weather": "khi trời hanh khô",
    "in hot weather": "khi trời nóng", "when it is hot": "khi trời nóng"}
# the days behind a nosebleed is told of (mt.dates), and back
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều qua", "chiều hôm qua", "tối qua", "tối hôm qua",
                  "đêm qua", "hôm kia", "tuần trước", "sáng nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# minutes, in words (mt.numbers) or digits
_MINUTES = {vi_word(n): n for n in range(1, 31)}
_MINUTES_EN = {en_word(n): n for n in range(1, 31)}
_DOERS = {"tôi": "I", "mình": "I", "bạn": "you"}  # who asks what to do
# whose nose, of many ("our nose": noses; "their nose" may be one person's, not "họ")
_MANY_WHOSE = {"our", "their"}

_NB = r"chảy\s+máu\s+(?:cam|mũi)"
_DAY = rf"(?i:{alternatives(_DAYS)})"
# the baby ("em bé", "em bé nhà tôi"), or mt.hobbies' who
_BABY = rf"(?P<baby>(?i:em\s+bé))(?:\s+(?:nhà\s+|của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)})))?"
_WHO = rf"(?:{_BABY}|{WHO})"
# whose nose ("mũi em bé", "mũi tôi", "mũi của mẹ tôi")
_NOSE = rf"(?i:mũi)\s+(?:của\s+)?(?:{_BABY}|(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE}))"
# who has one ("Con tôi bị chảy máu cam.", "Hôm qua Lan bị chảy máu cam.", "Tôi hay bị chảy máu cam vào mùa hè.")
_HAVE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<often>(?i:{alternatives(SELDOM)}))\s+|(?P<just>vừa\s+mới|vừa)\s+|(?P<now>đang)\s+|"
             rf"(?P<did>đã)\s+)?bị\s+{_NB}(?:\s+(?P<when>{alternatives(_WHEN)}))?(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
# whose nose is bleeding ("Mũi em bé đang chảy máu.", "Mũi con tôi lại chảy máu.", "Mũi bạn còn chảy máu không?")
_BLEEDING = lazy(rf"{_NOSE}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|lại|vẫn\s+còn|vẫn|còn)\s+)?(?:bị\s+)?chảy\s+máu"
                 rf"{ASKED_END}")
# stopped ("Máu cam đã ngừng chảy chưa?", "Máu đã ngừng chảy.", "Mũi tôi hết chảy máu rồi.")
_STOPPED = lazy(rf"(?:(?P<blood>(?i:máu\s+cam|máu))|{_NOSE})\s+(?:(?P<aux>đã|vẫn\s+chưa|chưa)\s+)?"
                r"(?:ngừng|ngưng|hết)\s+chảy(?P<bl>\s+máu)?(?:\s+(?P<tail>rồi|chưa))?" + SOFTENED_END)
# what to do ("Cúi đầu về phía trước và bóp mũi lại.", "Bóp mũi lại trong mười phút.")
_LEAN = r"(?P<lean>(?i:cúi|nghiêng))\s+(?P<part>đầu|người)\s+(?:về\s+phía\s+trước|ra\s+phía\s+trước|ra\s+trước)"
_PINCH = lazy(rf"(?:(?i:hãy)\s+)?(?:{_LEAN}(?:\s*,\s*|\s+và\s+))?(?i:bóp)\s+(?P<firm>chặt\s+)?mũi(?:\s+lại)?"
              rf"(?:\s+trong\s+(?P<about>khoảng\s+)?(?P<n>\d{{1,2}}|{alternatives(_MINUTES)})\s+phút)?{SOFTENED_END}")
# not tilting the head back ("Đừng ngửa đầu ra sau.", "Có nên ngửa đầu ra sau khi bị chảy máu cam không?")
_TILT = lazy(rf"(?:(?P<neg>(?i:đừng|không\s+được|không\s+nên))\s+|(?P<should>(?i:có\s+nên))\s+)?(?i:ngửa)\s+"
             rf"(?:đầu|cổ)\s+ra\s+(?:phía\s+)?sau(?P<when>\s+khi\s+bị\s+{_NB})?(?:\s+(?P<q>không|à))?{SOFTENED_END}")
# what one should do ("Khi bị chảy máu cam thì nên làm gì?", "Tôi nên làm gì khi con tôi bị chảy máu cam?")
_WHAT = lazy(rf"(?:(?P<doer>(?i:tôi|mình|bạn))\s+)?(?i:nên)\s+làm\s+gì\s+khi\s+(?:{_WHO}\s+)?bị\s+{_NB}{SOFTENED_END}")
_WHAT2 = lazy(rf"(?:(?i:khi)\s+)?(?:{_WHO}\s+)?(?i:bị)\s+{_NB}\s+(?:thì\s+)?(?:(?P<doer>tôi|mình|bạn)\s+)?nên\s+"
              rf"làm\s+gì{SOFTENED_END}")

# ... and in English
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_HAVE_EN = lazy(rf"(?:(?P<day0>{_DAY_EN})\s*,?\s+)?(?:(?P<q>Do|Does|Did|Has|Have)\s+)?{WHO_EN}"
                r"(?P<aux>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn)['’]t|\s+has|\s+have|['’]ve|['’]s)?"
                rf"(?:\s+(?P<adv>{alternatives(HABIT_VI)}|just))?\s+(?P<verb>has|have|had|gets|get|got)\s+"
                rf"(?P<what>a\s+nosebleed|nosebleeds)(?:\s+(?P<when>{alternatives(_WHEN_VI)}))?"
                rf"(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_NOSE_EN = (rf"(?:(?P<baby>(?P<bwhose>(?i:the|{WHOSE_WORDS}))\s+baby)['’]s|(?P<owner>(?i:{WHOSE_WORDS}))|"
            rf"(?P<someone>{SOMEONE_EN})['’]s)\s+nose")
_BLEEDING_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_NOSE_EN}(?P<be>\s+is|['’]s)?(?:\s+(?P<still>still))?\s+bleeding"
                    r"(?:\s+(?P<again>again))?\s*(?P<end>[.!?]*)")
_STOPPED_EN = lazy(rf"(?:(?P<q>Has)\s+)?(?:(?P<blood>(?i:the\s+(?:bleeding|nosebleed)))|{_NOSE_EN}(?P<nb>bleed)?)"
                   r"(?P<aux>\s+has|['’]s|\s+hasn['’]t|\s+has\s+not|\s+still\s+hasn['’]t|\s+still\s+has\s+not)?"
                   r"\s+stopped(?P<bl>\s+bleeding)?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_PINCH_EN = lazy(r"(?:(?P<lean>(?i:lean\s+forward|tilt\s+your\s+head\s+forward))(?:\s*,)?\s+and\s+)?(?i:pinch)\s+"
                 r"your\s+nose(?P<firm>\s+firmly)?(?:\s+for\s+(?P<about>about\s+)?"
                 rf"(?P<n>\d{{1,2}}|{alternatives(_MINUTES_EN)})\s+(?P<unit>minutes?))?\s*(?P<end>[.!]*)")
_TILT_EN = lazy(r"(?:(?P<dont>(?i:don['’]t|do\s+not))\s+|(?P<shouldnt>(?i:you\s+shouldn['’]t|you\s+should\s+not))\s+|"
                r"(?P<should>Should\s+you)\s+)?(?i:tilt)\s+your\s+head\s+back(?P<when>\s+when\s+you\s+have\s+a\s+"
                r"nosebleed|\s+during\s+a\s+nosebleed)?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+should\s+(?P<doer>I|you)\s+do\s+when\s+{WHO_EN}\s+(?P<verb>has|have)\s+a\s+nosebleed\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who has, had or gets nosebleeds, whose nose is bleeding, what to do,
    or that it stopped; None for any other."""
    if src == "vi":
        return _have(text) or _bleeding(text) or _stopped(text) or _pinch(text) or _tilt(text) or _what(text)
    en = text.replace("’", "'")  # (one apostrophe)
    return _have_vi(en) or _bleeding_vi(en) or _stopped_vi(en) or _pinch_vi(en) or _tilt_vi(en) or _what_vi(en)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("the baby", "my baby", or mt.hobbies.who); None for a pet,
    "anh" alone saying it, "em" asking with "ạ" (mt.hobbies.em_speaking) and "I" asked ("Tôi có hay …?": a slip)."""
    if m["baby"]:
        return (f"{OWNERS[keyed(m['bwhose'])]} baby" if m["bwhose"] else "the baby"), True
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _have(text: str) -> str | None:
    """"Con tôi bị chảy máu cam." as "My child has a nosebleed.", "Hôm qua Lan bị chảy máu cam." as "Lan had a
    nosebleed yesterday.", "Tôi vừa bị chảy máu cam." as "I have just had a nosebleed.", "Tôi hay bị chảy máu cam vào
    mùa hè." as "I often get nosebleeds in summer." (_HAVE); None for anything else (the module's "Left")."""
    m = _HAVE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or m["day0"] and m["day"] or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    day, not_, often = m["day0"] or m["day"], bool(m["not"]), keyed(m["often"] or "")
    if who_ in ("we", "they") and not (often or m["when"]):
        return None  # ("We have a nosebleed.": one among many; "We have nosebleeds." reads as a habit)
    if day:
        if often or m["just"] or m["now"] or m["when"]:
            return None
        day = _DAYS[keyed(day)]
        if asked:
            return f"Did {who_} have a nosebleed {day}?"
        had = "didn't have" if not_ else "had"
        return capitalised(f"{who_} {had} a nosebleed {day}{stop(m['end'])}")
    if m["did"]:
        return None  # (had, or has had?)
    if m["just"]:
        return None if asked or not_ or m["when"] else capitalised(
            f"{who_} {'has' if one else 'have'} just had a nosebleed{stop(m['end'])}")
    if often or m["when"]:
        adverb = SELDOM.get(often, "")
        if not_ and adverb not in ("", "often") or (asked or not_) and often and adverb == "never" or m["now"]:
            return None
        when = f" {_WHEN[keyed(m['when'])]}" if m["when"] else ""
        return present(who_, one, "get", f"nosebleeds{when}", asked, not_, m["end"], f"{adverb} " if adverb else "")
    if not_ or asked and not m["now"]:
        return None  # (a nosebleed now, or as a habit?)
    return present(who_, one, "have", "a nosebleed", asked, False, m["end"])


def _whose(m: re.Match) -> str | None:
    """Whose nose of a match of _NOSE, in English: "the baby's", "my baby's", "my", "my mother's"; None where
    mt.hobbies.someone does not read it, for many ("mũi chúng tôi": not "our nose") and for a pet's."""
    if m["baby"]:
        return f"{OWNERS[keyed(m['bwhose'])]} baby's" if m["bwhose"] else "the baby's"
    if m["owner"]:
        whose = OWNERS[keyed(m["owner"])]
        return None if whose in _MANY_WHOSE else whose
    if pet(m["someone"], "vi"):
        return None  # (a pet's nose: a vet's word)
    named = someone(m["someone"], "vi")
    return named and f"{named}'s"


def _bleeding(text: str) -> str | None:
    """"Mũi em bé đang chảy máu." as "The baby's nose is bleeding.", "Mũi con tôi lại chảy máu." as "My child's nose
    is bleeding again.", "Mũi em bé còn chảy máu không?" as "Is the baby's nose still bleeding?" (_BLEEDING); None for
    anything else, and for "Mũi tôi bị chảy máu." (mt/injuries.py's)."""
    m = _BLEEDING.fullmatch(text)
    if not m or (whose := _whose(m)) is None:
        return None
    aux, asked = keyed(m["aux"] or ""), bool(m["asked"])
    still = aux in ("vẫn", "còn", "vẫn còn")
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and not (still or aux == "đang"):
        return None
    if asked:
        return f"Is {whose} nose {'still ' if still else ''}bleeding?"
    if aux in ("", "đang") and not m["baby"]:
        return None  # (mt/injuries.py's)
    how = " again" if aux == "lại" else ""
    return capitalised(f"{whose} nose is {'still ' if still else ''}bleeding{how}{stop(m['end'])}")


def _stopped(text: str) -> str | None:
    """"Máu cam đã ngừng chảy chưa?" as "Has the nosebleed stopped yet?", "Máu đã ngừng chảy." as "The bleeding has
    stopped.", "Mũi tôi hết chảy máu rồi." as "My nose has stopped bleeding.", "Máu cam vẫn chưa ngừng chảy." as "The
    nosebleed still hasn't stopped." (_STOPPED); None for anything else, and with no tense ("Máu ngừng chảy.")."""
    m = _STOPPED.fullmatch(text)
    if not m or bool(m["blood"]) == bool(m["bl"]):
        return None  # ("máu … chảy", "mũi … chảy máu")
    what = ("the nosebleed" if keyed(m["blood"]) == "máu cam" else "the bleeding") if m["blood"] else \
        (whose := _whose(m)) and f"{whose} nose"
    aux, tail, asked = keyed(m["aux"] or ""), keyed(m["tail"] or ""), "?" in m["end"]
    if what is None or asked != (tail == "chưa"):
        return None
    bleeding = " bleeding" if m["bl"] else ""
    if asked:
        return f"Has {what} stopped{bleeding} yet?" if aux in ("", "đã") else None
    if aux in ("chưa", "vẫn chưa"):
        return None if tail else capitalised(
            f"{what} {'still ' if aux == 'vẫn chưa' else ''}hasn't stopped{bleeding}{' yet' * (aux == 'chưa')}.")
    return capitalised(f"{what} has stopped{bleeding}{stop(m['end'])}") if aux or tail else None


def _minutes(n: str, about: bool, lang: str) -> str:
    """How long, of minutes said in `lang` ("mười", "10"), in the other: " for ten minutes", " trong khoảng 10 phút"."""
    if lang == "vi":
        count = int(n) if n.isdigit() else _MINUTES[keyed(n)]
        said = n if n.isdigit() else en_word(count)
        return f" for {'about ' * about}{said} minute{'s' * (count != 1)}"
    return f" trong {'khoảng ' * about}{n if n.isdigit() else vi_word(_MINUTES_EN[n.lower()])} phút"


def _pinch(text: str) -> str | None:
    """"Cúi đầu về phía trước và bóp mũi lại." as "Lean forward and pinch your nose.", "Bóp chặt mũi trong mười
    phút." as "Pinch your nose firmly for ten minutes." (_PINCH); None for anything else, and asked."""
    m = _PINCH.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    tilt = m["lean"] and keyed(m["lean"]) == "nghiêng" and m["part"] == "đầu"
    lean = ("tilt your head forward and " if tilt else "lean forward and ") if m["lean"] else ""
    how = _minutes(m["n"], bool(m["about"]), "vi") if m["n"] else ""
    return capitalised(f"{lean}pinch your nose{' firmly' * bool(m['firm'])}{how}{stop(m['end'])}")


def _tilt(text: str) -> str | None:
    """"Đừng ngửa đầu ra sau." as "Don't tilt your head back.", "Không nên ngửa đầu ra sau." as "You shouldn't tilt
    your head back.", "Có nên ngửa đầu ra sau khi bị chảy máu cam không?" as "Should you tilt your head back when you
    have a nosebleed?", "Ngửa … à?" as "Tilt your head back …?" (_TILT); None for anything else, and "Ngửa …" told."""
    m = _TILT.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    neg, q = keyed(m["neg"] or ""), m["q"]
    when = " when you have a nosebleed" if m["when"] else ""
    if m["should"]:
        return f"Should you tilt your head back{when}?" if q == "không" else None
    if neg:
        told = "You shouldn't tilt" if neg == "không nên" else "Don't tilt"
        return None if q else f"{told} your head back{when}{stop(m['end'])}"
    return f"Tilt your head back{when}?" if q == "à" and when else None


def _what(text: str) -> str | None:
    """"Khi bị chảy máu cam thì nên làm gì?" as "What should you do when you have a nosebleed?", "Tôi nên làm gì khi
    con tôi bị chảy máu cam?" and "Con tôi bị chảy máu cam thì nên làm gì?" as "What should I do when my child has a
    nosebleed?" (_WHAT, _WHAT2); None for anything else, and where who should do it is not known ("Lan bị …")."""
    m = _WHAT.fullmatch(text) or _WHAT2.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    doer, said = _DOERS.get(keyed(m["doer"] or "")), None
    if m["baby"] or m["who"] or m["kin"] or m["given"] or m["titled"]:
        said = _who(m, True) if m["baby"] or not m["who"] else who(m, True)
        if said is None or said[0] == "you" and keyed(m["who"] or "") != "bạn":
            return None
        # (who should do it, not said: the one it is, or whose child it is; "Lan": unknown)
        doer = doer or (said[0] if said[0] in ("I", "you") else "you" if said[0] == "the baby" else
                        _DOERS.get(keyed(m["whose"] or m["bwhose"] or "")))
        if doer is None:
            return None
    doer = doer or "you"
    who_, one = said or (doer, False)
    return f"What should {doer} do when {who_} {'has' if one else 'have'} a nosebleed?"


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether English says it with "-s"; None for a pet."""
    return None if animal(m) else who_vi(m)


# the first word of a verb group, as who agrees with it: one (he, she, a name) or not (I, you, we, they)
_ONE = {"has", "does", "doesn't", "does not", "'s", "gets"}
_MANY = {"have", "do", "don't", "do not", "'ve", "get"}


def _agrees(first: str, one: bool) -> bool:
    """Whether the first word of an English verb group agrees with who ("she has", "I have"; "did", "had" with any)."""
    return one if first in _ONE else not one if first in _MANY else True


def _have_vi(text: str) -> str | None:
    """"My child has a nosebleed." as "Con tôi bị chảy máu cam.", "Lan had a nosebleed yesterday." as "Hôm qua Lan
    bị chảy máu cam.", "I've just had a nosebleed." as "Tôi vừa bị chảy máu cam.", "Does your child often get
    nosebleeds?" as "Con bạn có hay bị chảy máu cam không?" (_HAVE_EN); None for anything else (the module's "Left"),
    and where a verb does not agree with who ("She have")."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or m["day0"] and m["day"]:
        return None
    said = _who_vi(m)
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").split())
    if said is None or q and said[0] == "tôi" or not _agrees(q or aux or m["verb"], said[1]):
        return None
    who_, _ = said
    day, adv, verb, many = m["day0"] or m["day"], (m["adv"] or "").lower(), m["verb"], m["what"] == "nosebleeds"
    base = verb in ("have", "get")  # (after "do", "did", "not")
    did = q == "did" or aux in ("did not", "didn't")
    if adv == "just" and verb != "had" or verb in ("get", "gets") and not many and not did:
        return None  # ("He just has one": only, not "vừa"; "He gets a nosebleed.": one, as a habit?)
    if q in ("do", "does", "did") or "not" in aux or "n't" in aux:
        if not base:
            return None
    elif aux in ("has", "have", "'s", "'ve") or q in ("has", "have"):
        if verb not in ("got", "had") or (verb == "had") != (adv == "just") or many:
            return None
    elif verb == "got":
        return None  # ("I got a nosebleed.": when?)
    asked, denied = bool(q), "not" in aux or "n't" in aux
    if many:  # a habit: get nosebleeds, have nosebleeds (in summer)
        vi = HABIT_VI.get(adv, "" if adv else "hay")
        if day or adv == "just" or verb == "had" or (asked or denied) and adv not in ("", "often", "usually"):
            return None
        when = f" {_WHEN_VI[m['when'].lower()]}" if m["when"] else ""
        if denied:
            vi = "không hay" if vi == "hay" and adv else "không thường" if vi == "thường" else "không"
        said_vi = f"{who_}{' có' * asked} {vi} bị chảy máu cam{when}"
        return capitalised(f"{said_vi} không?" if asked else f"{said_vi}.")
    if m["when"] or adv and adv != "just":
        return None
    if verb == "had" or q == "did" or aux in ("did not", "didn't"):
        opening = f"{_DAYS_VI[day.lower()]} " if day else ""
        if adv == "just":
            return None if day or asked or denied else capitalised(f"{who_} vừa bị chảy máu cam.")
        if not day and (asked or denied):
            return None  # ("Did you have a nosebleed?": when?)
        said_vi = f"{opening}{who_} {'có ' * asked}{'không ' * denied}{'đã ' * (not (day or asked or denied))}"
        return capitalised(f"{said_vi}bị chảy máu cam{' không?' if asked else '.'}")
    if day:
        return None
    return capitalised(f"{who_} {'có ' * asked}{'không ' * denied}bị chảy máu cam{' không?' if asked else '.'}")


def _whose_vi(m: re.Match) -> str | None:
    """Whose nose of a match of _NOSE_EN in Vietnamese: "the baby's" as "em bé", "my baby's" as "con tôi", "my" as
    "tôi", "my mother's" as "mẹ tôi"; None for "our", "their" (many noses, or one person's: not "họ") and a pet's."""
    if m["baby"]:
        whose = m["bwhose"].lower()
        return "em bé" if whose == "the" else f"con {WHOSE_VI[whose]}"
    if m["owner"]:
        return None if m["owner"].lower() in _MANY_WHOSE else WHOSE_VI[m["owner"].lower()]
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")


def _bleeding_vi(text: str) -> str | None:
    """"The baby's nose is bleeding." as "Mũi em bé đang chảy máu.", "My nose is bleeding again." as "Mũi tôi lại
    chảy máu.", "Is her nose still bleeding?" as "Mũi cô ấy còn chảy máu không?" (_BLEEDING_EN); None for anything
    else, and "My nose is bleeding." (mt/injuries.py's)."""
    m = _BLEEDING_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["again"]:
        return None
    if not (m["q"] or m["still"] or m["again"] or m["baby"]) or (whose := _whose_vi(m)) is None:
        return None  # ("My nose is bleeding.": mt/injuries.py's; our, their or a pet's nose)
    nose = f"Mũi {whose}"
    if m["q"]:
        return f"{nose} {'còn' if m['still'] else 'có đang'} chảy máu không?"
    how = "vẫn còn " if m["still"] else ""
    return f"{nose} {how}{'lại' if m['again'] else '' if how else 'đang'} chảy máu.".replace("  ", " ")


def _stopped_vi(text: str) -> str | None:
    """"The bleeding has stopped." as "Máu đã ngừng chảy.", "Has the nosebleed stopped yet?" as "Máu cam đã ngừng
    chảy chưa?", "My nose has stopped bleeding." as "Mũi tôi đã ngừng chảy máu.", "The nosebleed still hasn't
    stopped." as "Máu cam vẫn chưa ngừng chảy." (_STOPPED_EN); None for anything else."""
    m = _STOPPED_EN.fullmatch(text)
    nose = bool(m) and not m["blood"] and not m["nb"]
    if not m or nose != bool(m["bl"]) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    aux = " ".join((m["aux"] or "").split())
    if m["blood"]:
        what = "Máu cam" if m["blood"].lower().endswith("nosebleed") else "Máu"
    elif (whose := _whose_vi(m)) is None:
        return None
    else:
        what = f"{'Mũi' if nose else 'Máu cam của'} {whose}"
    said = f"{what} {{}} chảy{' máu' * nose}"
    if m["q"]:
        return said.format("đã ngừng") + " chưa?"
    if "not" in aux or "n't" in aux:
        return said.format(f"{'vẫn ' * ('still' in aux)}chưa ngừng") + "."
    return None if m["yet"] else said.format("đã ngừng") + "."


def _pinch_vi(text: str) -> str | None:
    """"Lean forward and pinch your nose." as "Cúi đầu về phía trước và bóp mũi lại.", "Pinch your nose for ten
    minutes." as "Bóp mũi lại trong mười phút." (_PINCH_EN); None for anything else, and "one minutes"."""
    m = _PINCH_EN.fullmatch(text)
    if not m:
        return None
    if m["n"]:
        count = int(m["n"]) if m["n"].isdigit() else _MINUTES_EN[m["n"].lower()]
        if (count == 1) != (m["unit"] == "minute"):
            return None
    lean = "cúi đầu về phía trước và " if m["lean"] else ""
    pinch = "bóp chặt mũi" if m["firm"] else "bóp mũi lại"
    how = _minutes(m["n"], bool(m["about"]), "en") if m["n"] else ""
    return capitalised(f"{lean}{pinch}{how}.")


def _tilt_vi(text: str) -> str | None:
    """"Don't tilt your head back." as "Đừng ngửa đầu ra sau.", "Should you tilt your head back when you have a
    nosebleed?" as "Có nên ngửa đầu ra sau khi bị chảy máu cam không?", "Tilt your head back when you have a
    nosebleed?" as "Ngửa đầu ra sau khi bị chảy máu cam à?" (_TILT_EN); None for anything else, and "Tilt …" told."""
    m = _TILT_EN.fullmatch(text)
    if not m or bool(m["should"] or not (m["dont"] or m["shouldnt"])) != ("?" in m["end"]):
        return None
    when = " khi bị chảy máu cam" if m["when"] else ""
    if m["should"]:
        return f"Có nên ngửa đầu ra sau{when} không?"
    if m["dont"] or m["shouldnt"]:
        return f"{'Đừng' if m['dont'] else 'Không nên'} ngửa đầu ra sau{when}."
    return f"Ngửa đầu ra sau{when} à?" if when else None


def _what_vi(text: str) -> str | None:
    """"What should you do when you have a nosebleed?" as "Bạn nên làm gì khi bị chảy máu cam?", "What should I do
    when my son has a nosebleed?" as "Tôi nên làm gì khi con trai tôi bị chảy máu cam?" (_WHAT_EN); None for
    anything else, and where "has" does not agree with who."""
    m = _WHAT_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or not _agrees(m["verb"], said[1]):
        return None
    doer = "Tôi" if m["doer"] == "I" else "Bạn"
    who_ = "" if said[0] == doer.lower() else f"{said[0]} "
    return f"{doer} nên làm gì khi {who_}bị chảy máu cam?"
