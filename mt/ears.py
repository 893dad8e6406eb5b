"""Ears that ring, feel blocked or hold a lot of earwax, both ways, written whole by rule: as someone has them now,
still, keeps having them, had them on a day behind, for how long or since when, said, denied or asked. v8 (rules
on) reads "ù" as squiring or kicking, "nghẹt" as suffocated, "ráy tai" as an ear burning, and "ringing" as "vang lên"
or "nhẫn" (a ring): "Tôi bị ù tai." → "I was squiring.", "Tai tôi cứ ù ù." → "I'm squiring.", "Tai tôi vẫn còn ù sau
buổi hòa nhạc." → "My ears remain behind the concert.", "Tai bạn có bị ù không?" → "Do you have a squiring?", "Tai
tôi bị ù hai ngày rồi." → "I'm snugging for two days.", "Tôi bị nghẹt tai." → "I'm suffocated.", "Tai tôi bị tắc." →
"I'm ruled."; "My ears are ringing." → "Tai tôi đang vang lên.", "I have ringing in my ears." → "Tôi đang nhẫn lên
tai.", "My ears have been ringing for two days." → "Tai tôi đang vòng được hai ngày rồi.", "I have earwax build-up."
→ "Tôi có sóng tai tăng lên.".

Taken: whose ears (mt.hobbies.WHO, WHO_EN; "tai trái", a left ear) ring ("Tôi bị ù tai.", "Tai tôi bị ù.", "My ears
are ringing.", "I have ringing in my ears.") or feel blocked ("Tai tôi bị nghẹt.", "Tôi bị tắc tai.", "My ears feel
blocked."): now, still (after a loud event of _AFTER, or a flight for blocked ears), kept ("cứ ù ù", ringing only),
on a day behind, for a span or since a day or event, denied or asked; who has a lot of earwax, a build-up of it, or
ears blocked with it. Left: "ù" without "tai" (a win at cards), ears on a plane ("ù tai" there is the blocked
feeling, "popped" its clearing, and "khi máy bay hạ cánh" says no tense: once, or each time), "ù" after a flight
(blocked, not ringing), ringing "sau buổi hòa nhạc" without "vẫn" (now, or that night?), "Tôi bị ráy tai." (earwax
had by all), "kêu ù ù", deafness ("điếc"), hearing aids, anything with a reason ("vì …"), a pet's ringing or blocked
ears, asked of oneself, "anh", "chị", "em" saying it, earache (mt/aches.py's: "Tôi bị đau tai.") and ear infections.
mt.phrasebook.translate tries these after mt/ironing.py.

    >>> translate("Tai tôi vẫn còn ù sau buổi hòa nhạc.", "vi", "en"), translate("My ears feel blocked.", "en", "vi")
    ('My ears are still ringing after the concert.', 'Tai tôi bị nghẹt.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, own_thing, pet, someone, who, who_vi
from .lazy_re import lazy
from .people import KIN_VI
from .rule_keys import key_checked
from .spans import EN as SPAN_EN, VI as SPAN_VI, said as span_said
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, alternatives, capitalised, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tai\b)"), "en": lazy(r"(?i:\bears?\b|earwax)")}
# days behind, as the ringing was had on them; and since when it lasts (the first Vietnamese of each is written back)
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua",
                  "chiều qua", "hôm kia")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_SINCE = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "sáng nay", "hôm kia", "tuần trước")
_SINCE_VI = {en: vi for vi, en in reversed(_SINCE.items())}
# what the ears ring after (loud things), or feel blocked after (a flight: "ù" after one is the blocked feeling)
_AFTER = {"buổi hòa nhạc": "the concert", "đêm nhạc": "the concert", "buổi biểu diễn": "the show",
          "bữa tiệc": "the party", "đám cưới": "the wedding", "vụ nổ": "the explosion"}
_AFTER_VI = {en: vi for vi, en in reversed(_AFTER.items())} | {"the gig": "buổi hòa nhạc"}
_FLIGHT, _FLIGHT_VI = {"chuyến bay": "the flight"}, {"the flight": "chuyến bay"}
_SIDES, _SIDES_VI = {"trái": "left", "phải": "right"}, {"left": "trái", "right": "phải"}

# when, after the state (span, since a day, since an event, after an event, a day behind) and a day opening
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_WHEN = (rf"(?:\s+(?:(?:đã|được)\s+)?(?P<span>{SPAN_VI})\s+(?:rồi|nay)|\s+(?P<few>mấy\s+ngày\s+nay)|"
         rf"\s+từ\s+(?P<since>{alternatives(_SINCE)})|\s+(?P<from>từ\s+)?sau\s+"
         rf"(?P<event>{alternatives(_AFTER | _FLIGHT)}))?(?:\s+(?P<day2>{alternatives(_DAYS)}))?{ASKED_END}")
_AUX = (r"(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<keep>cứ)\s+)?(?:(?P<ing>đang)\s+)?"
        r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?")
# ringing or blocked, the ears first ("Tai tôi bị ù.", "Tai trái của mẹ tôi bị nghẹt.", "Tai tôi cứ ù ù.")
_EARS_FIRST = lazy(rf"{_DAY}(?i:tai)(?:\s+(?P<side>trái|phải))?\s+(?:của\s+)?{WHO}\s+{_AUX}(?P<bi>bị\s+)?"
                   rf"(?P<what>ù|nghẹt|tắc)(?P<twice>\s+ù)?{_WHEN}")
# ... or who first ("Tôi bị ù tai.", "Bạn có bị nghẹt tai không?", "Tôi bị ù tai trái.")
_WHO_FIRST = lazy(rf"{_DAY}{WHO}\s+{_AUX}(?P<bi>bị\s+)(?P<what>ù|nghẹt|tắc)\s+tai(?:\s+(?P<side>trái|phải))?{_WHEN}")
# earwax ("Tôi có nhiều ráy tai.", "Tai con tôi bị tích tụ ráy tai.", "Tôi bị tắc ráy tai.")
_WAX = lazy(rf"(?:(?P<ears0>(?i:tai))\s+(?:của\s+)?)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
            r"(?:(?P<lots>(?:có\s+)?nhiều)|bị\s+(?P<how>tắc|tích\s+tụ))\s+ráy\s+tai" + ASKED_END)

# ... in English: whose ears, a verb phrase read by _STATES (group vp), and when
_EARS_EN = (rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?:(?P<side>left|right)\s+)?"
            r"(?P<ears>ears?)")
_WHEN_EN = (rf"(?:\s+for\s+(?P<span>{SPAN_EN})|\s+since\s+(?P<since>{alternatives(_SINCE_VI)})|"
            rf"\s+(?P<after>after|since)\s+(?P<event>{alternatives(_AFTER_VI | _FLIGHT_VI)}))?"
            rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_STATE_EN = lazy(rf"(?:(?P<q>Are|Is|Do|Does|Did|Were|Was)\s+)?{_EARS_EN}\s+(?P<vp>[a-z'’]+(?:[\s-]+[a-z'’]+)*?)"
                 + _WHEN_EN)
_HAVE_EN = (r"(?P<aux>\s+has|\s+have|['’]ve\s+got|\s+(?:has|have)\s+got|\s+(?:do|does)\s+not\s+have|"
            r"\s+(?:don|doesn)['’]t\s+have)")
_RINGING_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_HAVE_EN}\s+(?:a\s+)?ringing\s+in\s+(?P<owner>(?i:{WHOSE_WORDS}))"
                   r"\s+ears\s*(?P<end>[.!?]*)")
_WAX_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_HAVE_EN}\s+(?:(?P<lots>a\s+lot\s+of|lots\s+of)\s+"
               r"(?:earwax|ear\s+wax)|(?:earwax|ear\s+wax)\s+build-?up|a\s+build-?up\s+of\s+(?:earwax|ear\s+wax))"
               r"\s*(?P<end>[.!?]*)")
_WAX_BLOCKED_EN = lazy(rf"{_EARS_EN}\s+(?P<be>are|is)\s+blocked\s+with\s+(?:earwax|ear\s+wax)\s*(?P<end>[.!]*)")

# the English said of ears (of many; one ear's verb by _ONE), by what and when ("still past": still, on a day behind)
_SAID = {("ring", "now"): "are ringing", ("ring", "still"): "are still ringing", ("ring", "not"): "are not ringing",
         ("ring", "keep"): "keep ringing", ("ring", "past"): "were ringing",
         ("ring", "still past"): "were still ringing", ("ring", "span"): "have been ringing",
         ("blocked", "now"): "feel blocked",
         ("blocked", "still"): "still feel blocked", ("blocked", "not"): "do not feel blocked",
         ("blocked", "past"): "felt blocked", ("blocked", "still past"): "still felt blocked",
         ("blocked", "span"): "have felt blocked"}
_ASKED_SAID = {("ring", "now"): "are ringing", ("ring", "still"): "are still ringing", ("ring", "past"): "were ringing",
               ("blocked", "now"): "do feel blocked", ("blocked", "still"): "do still feel blocked",
               ("blocked", "past"): "did feel blocked"}
# ... and read back: _SAID's and these, written out (_plain), of many
_STATES = {said: key for key, said in _SAID.items()} | {said: key for key, said in _ASKED_SAID.items()} | {
    "are blocked": ("blocked", "now"), "are still blocked": ("blocked", "still"),
    "are not blocked": ("blocked", "not"), "were blocked": ("blocked", "past"),
    "have been blocked": ("blocked", "span"), "are ringing still": ("ring", "still")}
_ONE = {"are": "is", "were": "was", "have": "has", "keep": "keeps", "feel": "feels", "do": "does"}
_SHORT = {"are not": "aren't", "is not": "isn't", "do not": "don't", "does not": "doesn't"}
_BLOCKED_WORDS = lazy(r"\b(?:clogged|plugged(?:\s+up)?|stuffed\s+up|stuffy|blocked\s+up)\b")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whose ears ring or feel blocked, or who has a lot of earwax;
    None for any other."""
    if src == "vi":
        return _state(text) or _wax(text)
    return _state_vi(text) or _ringing_vi(text) or _wax_vi(text) or _wax_blocked_vi(text)


def _one(said: str) -> str:
    """English said of ears (_SAID) as said of one ear, its first verb agreeing: "are ringing" as "is ringing", "still
    feel blocked" as "still feels blocked", "do feel blocked" as "does feel blocked"."""
    words = said.split()
    first = next((i for i, word in enumerate(words) if word in _ONE), None)
    if first is not None:
        words[first] = _ONE[words[first]]
    return " ".join(words)


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "còn … không?"), False said; None for a "?" without "không",
    "không" without "?", "có" said, or "không" both denying and asking."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["not"] or not (m["ask"] or m["still"])):
        return None
    return asked


def _when(m: re.Match, kind: str) -> tuple[str, str] | None:
    """When a match of _EARS_FIRST or _WHO_FIRST says it is had, as (tense, English after the verb): ("now", ""),
    ("past", " yesterday"), ("span", " for two days"), ("still", " after the concert"); None where its words do not
    go together (kept and asked, a span still, "sau buổi hòa nhạc" without "vẫn", ringing after a flight)."""
    still, day = bool(m["still"]), m["day"] or m["day2"]
    if m["day"] and m["day2"] or m["ing"] and (still or m["keep"] or day) or m["keep"] and (still or m["not"]):
        return None
    if m["keep"]:  # ("Tai tôi cứ ù ù.": kept ringing now)
        return None if kind != "ring" or m["asked"] or day or m["span"] or m["few"] or m["since"] or m["event"] \
            else ("keep", "")
    if m.groupdict().get("twice") or m["not"] and (still or day or m["span"] or m["few"] or m["since"] or m["event"]):
        return None  # ("ù ù" only kept: "Tai tôi ù ù." could be mahjong talk)
    if m["event"]:
        event = keyed(m["event"])
        if (event in _FLIGHT) != (kind == "blocked") or day or m["asked"]:
            return None
        if m["from"]:
            return None if still else ("span", f" since {(_AFTER | _FLIGHT)[event]}")
        return ("still", f" after {(_AFTER | _FLIGHT)[event]}") if still else None
    if m["span"] or m["few"] or m["since"]:
        if still or m["asked"] or day:
            return None
        lasted = span_said(m, "en") if m["span"] else "a few days" if m["few"] else ""
        return "span", f" for {lasted}" if lasted else f" since {_SINCE[keyed(m['since'])]}"
    if day:
        return "still past" if still else "past", f" {_DAYS[keyed(day)]}"
    return ("not" if m["not"] else "still" if still else "now"), ""


def _state(text: str) -> str | None:
    """"Tôi bị ù tai." and "Tai tôi bị ù." as "My ears are ringing.", "Tai tôi vẫn còn ù sau buổi hòa nhạc." as "My
    ears are still ringing after the concert.", "Tai bạn có bị ù không?" as "Are your ears ringing?", "Tai tôi bị ù hai
    ngày rồi." as "My ears have been ringing for two days.", "Tai tôi bị nghẹt." as "My ears feel blocked."
    (_EARS_FIRST, _WHO_FIRST); None for anything else."""
    m = _EARS_FIRST.fullmatch(text) or _WHO_FIRST.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := who(m, asked)) is None or animal(m):
        return None
    if asked and said[0] in ("I", "we") or m["still"] and keyed(m["still"]) == "còn" and not asked:
        return None  # (asked of oneself; "còn" alone asks: "Tai bạn còn ù không?")
    kind = "ring" if m["what"] == "ù" else "blocked"
    if kind == "blocked" and not m["bi"] and not m["still"]:
        return None  # ("Tai tôi tắc." is not said so)
    if (when := _when(m, kind)) is None:
        return None
    tense, rest = when
    side = f"{_SIDES[m['side']]} " if m["side"] else ""
    one = bool(side)
    ears = f"{_whose(said[0])} {side}ear{'' if one else 's'}"
    if asked:
        if (kind, tense) not in _ASKED_SAID:
            return None
        first, *verb = _ASKED_SAID[kind, tense].split()
        first = _ONE.get(first, first) if one else first
        return capitalised(f"{first} {ears} {' '.join(verb)}{rest}?")
    verb = _SAID[kind, tense]
    verb = _one(verb) if one else verb
    for long, short in _SHORT.items():
        verb = verb.replace(long, short)
    return capitalised(f"{ears} {verb}{rest}{stop(m['end'])}")


def _wax(text: str) -> str | None:
    """"Tôi có nhiều ráy tai." as "I have a lot of earwax.", "Tai con tôi bị tích tụ ráy tai." as "My child has a
    build-up of earwax.", "Tôi bị tắc ráy tai." as "My ears are blocked with earwax.", "Con bạn có nhiều ráy tai
    không?" as "Does your child have a lot of earwax?" (_WAX); None for anything else."""
    m = _WAX.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["not"]:
        return None
    asked, has = bool(m["asked"]), bool(m["ask"]) or keyed(m["lots"] or "").startswith("có")
    if asked and not has or m["ask"] and not (asked or m["lots"]) or (said := who(m, asked)) is None:
        return None  # ("có" of "có nhiều" is had, said or asked; "có bị" only asks)
    who_, one = said
    if asked and who_ in ("I", "we"):
        return None
    if m["how"] and keyed(m["how"]) == "tắc":
        blocked = f"{_whose(who_)} ears are blocked with earwax{stop(m['end'])}"
        return None if asked or m["not"] else capitalised(blocked)
    what = "a lot of earwax" if m["lots"] else "a build-up of earwax"
    return present(who_, one, "have", what, asked, bool(m["not"]), None if m["not"] else m["end"])


def _plain(vp: str) -> str:
    """An English verb phrase in small letters, contractions written out and words for blocked as "blocked":
    "aren't ringing" as "are not ringing", "feel clogged" as "feel blocked"."""
    vp = " ".join(vp.lower().replace("’", "'").split())
    vp = vp.replace("n't", " not").replace("'ve", " have").replace("'re", " are").replace("ca not", "cannot")
    return _BLOCKED_WORDS.sub("blocked", vp)


def whose_vi(m: re.Match) -> str | None:
    """Whose, in Vietnamese, of an English match with a group "poss" (a word of WHOSE_WORDS) or "someone" (of
    SOMEONE_EN, said before "'s"): "tôi" for "my", "mẹ tôi" for "my mother's"; None for someone not read and for a
    pet's ("my dog's": here, only people say their ears ring)."""
    if m["poss"]:
        return WHOSE_VI[m["poss"].lower()]
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")


def _state_vi(text: str) -> str | None:
    """"My ears are ringing." as "Tai tôi bị ù.", "My ears are still ringing after the concert." as "Tai tôi vẫn còn
    bị ù sau buổi hòa nhạc.", "Are your ears ringing?" as "Tai bạn có bị ù không?", "My ears have been ringing for two
    days." as "Tai tôi bị ù hai ngày rồi.", "My ears feel blocked." as "Tai tôi bị nghẹt." (_STATE_EN); None for
    anything else, and where the verb does not agree with the ears."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (whose := whose_vi(m)) is None:
        return None
    one = m["ears"] == "ear"
    said = _plain(f"{m['q'] or ''} {m['vp']}")
    states = {_one(k) if one else k: v for k, v in _STATES.items()}
    if said not in states or bool(m["q"]) and (states[said] not in _ASKED_SAID or whose in ("tôi", "chúng tôi")):
        return None
    kind, tense = states[said]
    return _told_vi(m, whose, kind, tense)


def _told_vi(m: re.Match, whose: str, kind: str, tense: str) -> str | None:
    """The Vietnamese of a match of _STATE_EN read as `kind` ("ring", "blocked") and `tense`, whose ears `whose`;
    None where its when does not go with the tense ("were ringing" without a day, "have been ringing" without how
    long)."""
    asked, day = bool(m["q"]), m["day"]
    past, span = tense in ("past", "still past"), tense == "span"
    lasted = m["span"] or m["since"] or m["event"] and m["after"] == "since"
    after = m["event"] and m["after"] == "after"
    if past != bool(day) or span != bool(lasted) or day and (m["event"] or m["span"] or m["since"]):
        return None
    if m["event"] and (keyed(m["event"]) in _FLIGHT_VI) != (kind == "blocked"):
        return None
    if after and (asked or tense not in ("now", "still")) or tense in ("not", "keep") and (lasted or after):
        return None
    if m["span"]:
        n, plural = keyed(m["n"] or ""), m["span"].rstrip().endswith("s")
        if m["half_hour"] or m["half"] or m["half2"] or plural == (n in ("a", "an", "one", "1")):
            return None
    side = f" {_SIDES_VI[m['side']]} của" if m["side"] else ""
    ears = f"tai{side} {whose}"
    verb = "ù" if kind == "ring" else "nghẹt"
    if asked:
        how = "còn bị" if tense == "still" else "có bị"
        opening = f"{_DAYS_VI[day]} " if day else ""
        return capitalised(f"{opening}{ears} {how} {verb} không?")
    how = {"now": "bị", "still": "vẫn còn bị", "not": "không bị", "keep": "cứ bị", "past": "bị",
           "still past": "vẫn còn bị", "span": "bị"}[tense]
    rest = ""
    if m["span"]:
        rest = f" {span_said(m, 'vi')} rồi"
    elif m["since"]:
        rest = f" từ {_SINCE_VI[m['since'].lower()]}"
    elif m["event"]:
        event = (_AFTER_VI | _FLIGHT_VI)[keyed(m["event"])]
        rest = f" từ sau {event}" if span else f" sau {event}"
    opening = f"{_DAYS_VI[day]} " if day else ""
    return capitalised(f"{opening}{ears} {how} {verb}{rest}{stop(m['end'])}")


def _has_vi(m: re.Match) -> tuple[str, bool, str] | None:
    """Who of a match of _RINGING_EN or _WAX_EN in Vietnamese, whether asked, and "có", "không" or "" as Vietnamese
    says it before the state; None where the verb does not agree with who, or asks of oneself."""
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    q, asked = (m["q"] or "").lower(), "?" in m["end"]
    not_ = "not" in aux or "n't" in aux
    first = q or aux.split()[0]  # ("'ve got": not of one)
    if bool(q) != asked or q and aux != "have" or (first in ("has", "does", "doesn't")) != one:
        return None
    if asked and who_ in ("tôi", "chúng tôi"):
        return None
    return who_, asked, "có" if asked else "không" if not_ else ""


def _ringing_vi(text: str) -> str | None:
    """"I have ringing in my ears." as "Tôi bị ù tai.", "Do you have ringing in your ears?" as "Bạn có bị ù tai
    không?", "She doesn't have ringing in her ears." as "Cô ấy không bị ù tai." (_RINGING_EN); None for anything else,
    and where the ears are not who's own ("I have ringing in your ears")."""
    m = _RINGING_EN.fullmatch(text)
    said = m and _has_vi(m)
    if not said or own_thing(m, *who_vi(m)) is not True or animal(m):
        return None
    who_, asked, how = said
    if asked:
        return capitalised(f"{who_} có bị ù tai không?")
    return capitalised(f"{who_} {how + ' ' if how else ''}bị ù tai{stop(m['end'])}")


def _wax_vi(text: str) -> str | None:
    """"I have a lot of earwax." as "Tôi có nhiều ráy tai.", "I have earwax build-up." as "Tai tôi bị tích tụ ráy
    tai.", "Does your son have a lot of earwax?" as "Con trai bạn có nhiều ráy tai không?", "My dog has a lot of
    earwax." as "Con chó của tôi có nhiều ráy tai." (_WAX_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _WAX_EN.fullmatch(text)
    said = m and _has_vi(m)
    if not said:
        return None
    who_, asked, how = said
    if animal(m):  # (a pet's earwax: "con chó của tôi", as who_vi's "con chó tôi" reads clipped)
        who_ = f"{KIN_VI[m['kin'].lower()]} của {WHOSE_VI[m['whose'].lower()]}"
    if m["lots"]:
        return capitalised(f"{who_} có nhiều ráy tai không?" if asked else
                           f"{who_} không có nhiều ráy tai." if how else f"{who_} có nhiều ráy tai{stop(m['end'])}")
    if asked:
        return capitalised(f"tai {who_} có bị tích tụ ráy tai không?")
    return capitalised(f"tai {who_} {how + ' ' if how else ''}bị tích tụ ráy tai{stop(m['end'])}")


def _wax_blocked_vi(text: str) -> str | None:
    """"My ears are blocked with earwax." as "Tôi bị tắc ráy tai." (_WAX_BLOCKED_EN); None for anything else, a
    single ear ("My left ear …": "tắc ráy tai" does not say which) and a verb not agreeing."""
    m = _WAX_BLOCKED_EN.fullmatch(text)
    if not m or m["side"] or (m["ears"] == "ear") != (m["be"] == "is") or (whose := whose_vi(m)) is None:
        return None
    return capitalised(f"{whose} bị tắc ráy tai{stop(m['end'])}")
