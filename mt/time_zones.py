"""Time differences between places, and jet lag, both ways, written whole by rule. v8 reads "nhanh hơn" and "chậm
hơn" as faster and slower, "lệch múi giờ" as skewed, "jet-lagged" as jealous: "Việt Nam chậm hơn Nhật Bản hai
tiếng." → "Vietnam has been slower than Japan two hours.", "Hà Nội nhanh hơn London bảy tiếng." → "Hanoi is faster
than seven hours in London.", "Chênh lệch múi giờ là bao nhiêu?" → "How many time zone differences?", "Hà Nội và Paris
chênh nhau mấy tiếng?" → "What languages do Hanoi and Paris differ?", "Tôi vẫn bị lệch múi giờ." → "I'm still skewed
at time.", "Cô ấy vẫn chưa quen giờ ở đây." → "She hasn't been familiar now.", "Ở London bây giờ là mấy giờ?" → "What's
time in London now?"; "What's the time difference between Hanoi and Paris?" → "Sự khác biệt giữa Hà Nội và Paris là
gì?", "London is seven hours behind Hanoi." → "Luân Đôn là bảy giờ sau Hà Nội.", "She's still jet-lagged." → "Cô ấy
vẫn còn ghen tỵ." (jealous), "I have jet lag." → "Tôi có lanhjet.", "How long did your jet lag last?" → "Lỗ gjet của
bạn kéo dài bao lâu?", "She's still not used to the time here." → "Cô ấy vẫn chưa được sử dụng vào lúc này.".

Taken: a place so many hours (mt.spans) ahead of or behind another ("nhanh hơn", "sớm hơn"; "chậm hơn", "muộn hơn",
"trễ hơn"), said or asked (how many hours, or whether); the time difference between two places, or alone, said or
asked; two places in the same time zone or not; who is (still, not) jet-lagged or has jet lag, and how long it lasted;
who is (still) not used to the time here or the time difference, or is now. Places: the countries of
mt.people.COUNTRIES, the towns of mt.terms.GONE_ONLY, and cities abroad (CITIES); the time asked or said in a city of
CITIES, which mt.clock does not know ("Ở London bây giờ là mấy giờ?", "What time is it in London now?"), is read by
mt.clock with Hanoi in its place. Who as in mt/hobbies.py ("anh", "chị", "em" alone only asking). Left: "Tôi bị lệch
múi giờ." and "I'm jet-lagged." (the phrasebook's, written the same here), the time in a place mt.clock knows
(mt/clock.py's), how long with neither "đã" nor "mất" ("Bạn bị lệch múi giờ bao lâu?": were you, or have you been),
getting over jet lag, which time zone, a place not in the tables, "a bit", "very" and other words of how much.
mt.phrasebook.translate tries these after mt/sunburn.py.

    >>> translate("Việt Nam chậm hơn Nhật Bản hai tiếng.", "vi", "en"), translate("I have jet lag.", "en", "vi")
    ('Vietnam is two hours behind Japan.', 'Tôi bị lệch múi giờ.')
"""
from __future__ import annotations

import re

from . import clock, spans
from .hobbies import SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .people import COUNTRIES, COUNTRIES_VI
from .rule_keys import key_checked
from .terms import GONE_ONLY, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed

# cities abroad, which mt.people.named_place does not know (the first Vietnamese of each is written back)
CITIES = {"London": "London", "Luân Đôn": "London", "Paris": "Paris", "Pa-ri": "Paris", "Tokyo": "Tokyo",
          "Seoul": "Seoul", "Bắc Kinh": "Beijing", "Thượng Hải": "Shanghai", "Hồng Kông": "Hong Kong",
          "Hong Kong": "Hong Kong", "Đài Bắc": "Taipei", "Bangkok": "Bangkok", "Băng Cốc": "Bangkok",
          "Kuala Lumpur": "Kuala Lumpur", "Sydney": "Sydney", "Melbourne": "Melbourne", "New York": "New York",
          "Los Angeles": "Los Angeles", "San Francisco": "San Francisco", "Toronto": "Toronto", "Berlin": "Berlin",
          "Moskva": "Moscow", "Mát-xcơ-va": "Moscow", "Dubai": "Dubai", "Frankfurt": "Frankfurt",
          "Amsterdam": "Amsterdam", "Roma": "Rome", "Madrid": "Madrid"}
CITIES_VI = {en: vi for vi, en in reversed(CITIES.items())}
_HCMC = {"Thành phố Hồ Chí Minh": "Ho Chi Minh City", "TP. Hồ Chí Minh": "Ho Chi Minh City"}
PLACES = COUNTRIES | GONE_ONLY | _HCMC | CITIES
PLACES_VI = (COUNTRIES_VI | {en: vi for vi, en in reversed((GONE_ONLY | _HCMC).items())} | CITIES_VI |
             {"Viet Nam": "Việt Nam", "Britain": "Anh", "the United States": "Mỹ", "South Korea": "Hàn Quốc"})
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:múi\s+giờ|chênh|lệch|(?:nhanh|sớm|chậm|muộn|trễ)\s+hơn|quen|giờ)"),
         "en": lazy(r"(?i:\btime|jet|ahead|behind|apart)|\bin\s+[A-Z]")}

_WAYS = {"nhanh": "ahead of", "sớm": "ahead of", "chậm": "behind", "muộn": "behind", "trễ": "behind"}
_WAYS_VI = {"ahead of": "nhanh", "behind": "chậm"}
_HOURS = {"tiếng", "giờ", "tiếng đồng hồ", "hour"}  # (mt.spans reads minutes, days and weeks too)
# a place, "giờ Hà Nội" (Hanoi time) too; "the UK" opening an English sentence
_P = alternatives(PLACES)
_PLACE = {n: rf"(?:(?i:giờ)\s+)?(?P<p{n}>{_P})" for n in (1, 2)}
_P_EN = alternatives(PLACES_VI).replace(r"the\s+", r"[Tt]he\s+")
_PLACE_EN = {n: rf"(?P<p{n}>{_P_EN})" for n in (1, 2)}
_ASKED_HOURS = r"(?:mấy|bao\s+nhiêu)\s+(?:tiếng(?:\s+đồng\s+hồ)?|giờ)"
# one place ahead or behind another ("Hà Nội nhanh hơn London bảy tiếng.", "… mấy tiếng?", "… có … không?")
_COMPARED = lazy(rf"{_PLACE[1]}\s+(?:(?P<ask>có)\s+)?(?P<way>nhanh|sớm|chậm|muộn|trễ)\s+hơn\s+(?:so\s+với\s+)?"
                 rf"{_PLACE[2]}\s+(?:(?P<span>{spans.VI})|(?P<how>{_ASKED_HOURS})){ASKED_END}")
# the time difference, between two places or not ("Hà Nội và Paris chênh nhau mấy tiếng?", "Chênh lệch múi giờ là
# bao nhiêu?")
_AMOUNT = rf"(?:(?P<span>{spans.VI})|(?P<how>{_ASKED_HOURS}|bao\s+nhiêu))"
_DIFF = [lazy(rf"(?:(?i:giữa)\s+)?{_PLACE[1]}\s+(?:và|với)\s+{_PLACE[2]}\s+(?:múi\s+giờ\s+)?(?:chênh|lệch)"
              rf"(?:\s+lệch)?(?:\s+nhau)?(?:\s+(?:về\s+)?múi\s+giờ)?(?:\s+là)?\s+{_AMOUNT}{SOFTENED_END}"),
         lazy(rf"(?i:chênh)\s+lệch\s+múi\s+giờ(?:\s+giữa\s+{_PLACE[1]}\s+(?:và|với)\s+{_PLACE[2]})?\s+là\s+"
              rf"{_AMOUNT}{SOFTENED_END}")]
# the same time zone ("Hà Nội và Bangkok cùng múi giờ.")
_SAME = lazy(rf"{_PLACE[1]}\s+(?:và|với)\s+{_PLACE[2]}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:ở\s+)?cùng\s+"
             rf"(?:một\s+)?múi\s+giờ{ASKED_END}")
# who is jet-lagged ("Tôi vẫn bị lệch múi giờ.", "Bạn còn bị lệch múi giờ không?"), and for how long
_LAG = r"lệch\s+múi\s+giờ"
_JET_LAGGED = lazy(rf"{WHO}\s+(?P<aux>(?:(?:vẫn|còn|có|đang|không)\s+)*)bị\s+{_LAG}{ASKED_END}")
_STILL = {"": "", "đang": "", "vẫn": "still ", "vẫn còn": "still ", "vẫn đang": "still ", "còn": "still ",
          "không": "not "}
_ASKED_STILL = {"": "", "có": "", "còn": "still ", "có còn": "still ", "vẫn còn": "still "}
_LASTED = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?bị\s+{_LAG}\s+(?:(?P<took>mất)\s+|trong\s+)?"
               rf"(?:(?P<span>{spans.VI})|(?P<how>bao\s+lâu)){SOFTENED_END}")
# who is not used to the time here yet ("Cô ấy vẫn chưa quen giờ ở đây."), or is now
_USED = {"giờ": "the time here", "giờ giấc": "the time here", "múi giờ": "the time zone here",
         "chênh lệch múi giờ": "the time difference"}
_USED_VI = {"the time here": "giờ ở đây", "the time zone here": "múi giờ ở đây",
            "the time difference": "chênh lệch múi giờ"}
_USED_TO = lazy(rf"{WHO}\s+(?:(?P<still>vẫn)\s+)?(?:(?P<not>chưa)\s+|đã\s+)?quen\s+(?:với\s+)?"
                r"(?:(?P<what>giờ\s+giấc|múi\s+giờ|giờ)\s+(?:ở\s+đây|(?:ở\s+)?bên\s+này)|"
                rf"(?P<diff>chênh\s+lệch\s+múi\s+giờ))(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")

# ... and in English
_COMPARED_EN = [lazy(rf"(?P<q>Is\s+)?{_PLACE_EN[1]}(?(q)|(?:\s+is|['’]s))\s+(?P<span>{spans.EN})\s+"
                     rf"(?P<way>ahead\s+of|behind)\s+{_PLACE_EN[2]}\s*(?P<end>[.!?]*)"),
                lazy(rf"How\s+many\s+hours\s+(?:(?P<way>ahead\s+of|behind)\s+{_PLACE_EN[2]}\s+is\s+"
                     rf"{_PLACE_EN[1]}|"
                     rf"is\s+{_PLACE_EN[1].replace('p1', 'q1')}\s+(?P<way2>ahead\s+of|behind)\s+"
                     rf"{_PLACE_EN[2].replace('p2', 'q2')})\s*(?P<end>\?+)")]
_BETWEEN_EN = rf"\s+between\s+{_PLACE_EN[1]}\s+and\s+{_PLACE_EN[2]}"
_DIFF_EN = [lazy(rf"(?:(?P<q>What)(?:['’]s|\s+is)\s+the|(?P<s>The))\s+time\s+difference(?:{_BETWEEN_EN})?"
                 rf"(?(s)(?:\s+is|['’]s)\s+(?P<span>{spans.EN}))\s*(?P<end>[.!?]*)"),
            lazy(rf"There(?:['’]s|\s+is)\s+an?\s+(?P<span>[\w.]+)-hour\s+time\s+difference(?:{_BETWEEN_EN})?"
                 r"\s*(?P<end>[.!]*)"),
            lazy(rf"(?P<q>How\s+many\s+hours\s+apart\s+are)\s+{_PLACE_EN[1]}\s+and\s+{_PLACE_EN[2]}"
                 r"\s*(?P<end>\?+)"),
            lazy(rf"{_PLACE_EN[1]}\s+and\s+{_PLACE_EN[2]}\s+are\s+(?P<span>{spans.EN})\s+apart"
                 r"\s*(?P<end>[.!]*)")]
_SAME_EN = lazy(rf"(?P<q>Are\s+)?{_PLACE_EN[1]}\s+and\s+{_PLACE_EN[2]}(?(q)|(?:\s+are|['’]re)(?P<not>\s+not|"
                r"n['’]t)?)\s+in\s+the\s+same\s+time\s+zone\s*(?P<end>[.!?]*)")
_JET = r"jet[-\s]?lag"
_JET_LAGGED_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?(be0)|{BE_EN}(?P<not>\s+not|n['’]t)?)"
                      rf"(?:\s+(?P<still>still))?\s+{_JET}ged\s*(?P<end>[.!?]*)")
_HAS_LAG_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<nt>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                   r"(?:\s+(?P<still>still))?(?P<have>\s+have|\s+has|['’]ve\s+got|['’]s\s+got|\s+have\s+got|"
                   rf"\s+has\s+got)\s+{_JET}\s*(?P<end>[.!?]*)")
_WHOSE_LAG = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_JET}"
_LASTED_EN = [lazy(rf"How\s+long\s+did\s+{_WHOSE_LAG}\s+last\s*(?P<end>\?+)"),
              lazy(rf"{_WHOSE_LAG}\s+lasted\s+(?:for\s+)?(?P<span>{spans.EN})\s*(?P<end>[.!]*)"),
              lazy(rf"(?P<q>How\s+long\s+)?(?(q)(?P<was0>was|were)\s+){WHO_EN}(?(q)|\s+(?P<was>was|were))\s+"
                   rf"{_JET}ged(?(q)(?:\s+for)?|\s+for\s+(?P<span>{spans.EN}))\s*(?P<end>[.!?]*)")]
_USED_TO_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?(be0)|{BE_EN}(?:\s+(?P<still>still))?(?P<not>\s+not|"
                   r"n['’]t)?)\s+used\s+to\s+(?P<what>the\s+time(?:\s+zone)?\s+here|the\s+time\s+difference)"
                   r"(?:\s+(?P<tail>yet|now))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how far ahead or behind a place is, the time difference or
    zone, whether who is jet-lagged or used to the time here, or the time in a city abroad; None for any other."""
    if src == "vi":
        return (_compared(text) or _diff(text) or _same(text) or _jet_lagged(text) or _lasted(text)
                or _used_to(text) or _abroad(text, src, tgt))
    return (_compared_vi(text) or _diff_vi(text) or _same_vi(text) or _jet_lagged_vi(text) or _lasted_vi(text)
            or _used_to_vi(text) or _abroad(text, src, tgt))


def _place(m: re.Match, n: int, lang: str, group: str = "p") -> str:
    """Place p1 or p2 (`n`; q1, q2 for `group` "q") of a match in the other language: "Hà Nội" as "Hanoi", "the UK"
    as "Anh"."""
    said = " ".join(m[f"{group}{n}"].split())
    return PLACES[said] if lang == "vi" else PLACES_VI[said[:1].lower() + said[1:] if said[:4] == "The " else said]


def _hours(m: re.Match, lang: str) -> str | None:
    """The span of hours of a match of mt.spans' VI (`lang` "vi") or EN, in the other language: "bảy tiếng" as
    "seven hours", "an hour" as "một tiếng"; None for minutes, days or weeks."""
    return spans.said(m, "en" if lang == "vi" else "vi") if m["half_hour"] or keyed(m["unit"]) in _HOURS else None


def _compared(text: str) -> str | None:
    """"Hà Nội nhanh hơn London bảy tiếng." as "Hanoi is seven hours ahead of London.", "… chậm hơn Nhật Bản mấy
    tiếng?" as "How many hours behind Japan is …?", "… có … không?" as "Is …?" (_COMPARED); None for anything else."""
    m = _COMPARED.fullmatch(text)
    asked = bool(m and ("?" in m["end"]))
    if not m or m["how"] and (m["ask"] or m["asked"] or not asked) or m["span"] and (
            bool(m["ask"]) != asked or bool(m["asked"]) != asked):
        return None
    one, other, way = _place(m, 1, "vi"), _place(m, 2, "vi"), _WAYS[keyed(m["way"])]
    if m["how"]:
        return f"How many hours {way} {other} is {one}?"
    span = _hours(m, "vi")
    if span is None:
        return None
    return f"Is {one} {span} {way} {other}?" if asked else capitalised(f"{one} is {span} {way} {other}.")


def _diff(text: str) -> str | None:
    """"Hà Nội và Paris chênh nhau mấy tiếng?" as "What's the time difference between Hanoi and Paris?", "Chênh lệch
    múi giờ là bảy tiếng." as "The time difference is seven hours." (_DIFF); None for anything else, and for "bao
    nhiêu" with no hours nor "múi giờ" said."""
    m = next((m for p in _DIFF if (m := p.fullmatch(text))), None)
    if not m or bool(m["how"]) != ("?" in m["end"]) or keyed(m["how"] or "") == "bao nhiêu" and "múi giờ" not in text:
        return None  # ("Việt Nam và Nhật Bản chênh lệch bao nhiêu?" may ask of prices)
    between = f" between {_place(m, 1, 'vi')} and {_place(m, 2, 'vi')}" if m["p1"] else ""
    if m["how"]:
        return f"What's the time difference{between}?"
    span = _hours(m, "vi")
    return span and f"The time difference{between} is {span}."


def _same(text: str) -> str | None:
    """"Hà Nội và Bangkok cùng múi giờ." as "Hanoi and Bangkok are in the same time zone.", "… có … không?" as "Are
    …?" (_SAME); None for anything else."""
    m = _SAME.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked:
        return None
    both = f"{_place(m, 1, 'vi')} and {_place(m, 2, 'vi')}"
    are = "aren't" if m["not"] else "are"
    return f"Are {both} in the same time zone?" if asked else capitalised(f"{both} {are} in the same time zone.")


def _jet_lagged(text: str) -> str | None:
    """"Tôi vẫn bị lệch múi giờ." as "I'm still jet-lagged.", "Bạn còn bị lệch múi giờ không?" as "Are you still
    jet-lagged?" (_JET_LAGGED); None for anything else."""
    m = _JET_LAGGED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    aux, who_ = keyed(m["aux"]), said[0]
    still = (_ASKED_STILL if asked else _STILL).get(aux)
    if still is None:
        return None
    if asked:
        return f"{be(who_).capitalize()} {who_} {still}jet-lagged?"
    return capitalised(contracted(who_, f"{be(who_)} {still}jet-lagged."))


def _whose(who_: str) -> str:
    """Whose, of who in English: "my" for "I", "my mother's" for "my mother"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _lasted(text: str) -> str | None:
    """"Tôi bị lệch múi giờ mất ba ngày." as "My jet lag lasted three days.", "Bạn đã bị lệch múi giờ bao lâu?" as
    "How long did your jet lag last?" (_LASTED); None for anything else, and with neither "đã" nor "mất"."""
    m = _LASTED.fullmatch(text)
    asked = bool(m and m["how"])
    if not m or not (m["did"] or m["took"]) or asked != ("?" in m["end"]) or keyed(m["unit"] or "") == "phút" or (
            said := who(m, asked)) is None:
        return None
    if asked:
        return f"How long did {_whose(said[0])} jet lag last?"
    return capitalised(f"{_whose(said[0])} jet lag lasted {spans.said(m, 'en')}.")


def _used_to(text: str) -> str | None:
    """"Cô ấy vẫn chưa quen giờ ở đây." as "She's still not used to the time here.", "Tôi chưa quen giờ ở đây." as
    "I'm not used to the time here yet.", "Bạn đã quen giờ ở đây chưa?" as "Are you used to the time here yet?",
    "Tôi quen giờ ở đây rồi." as "I'm used to the time here now." (_USED_TO); None for anything else."""
    m = _USED_TO.fullmatch(text)
    asked = bool(m and m["tail"] == "chưa")
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_, what = said[0], _USED[keyed(m["what"] or m["diff"])]
    if asked:
        return None if m["not"] or m["still"] else f"{be(who_).capitalize()} {who_} used to {what} yet?"
    if m["not"] and not m["tail"]:
        if m["still"] or who_ == "I":
            return capitalised(contracted(who_, f"{be(who_)} {'still not' if m['still'] else 'not'} used to {what}"
                                                f"{'' if m['still'] else ' yet'}."))
        return capitalised(f"{who_} {be(who_)}n't used to {what} yet.")
    return capitalised(contracted(who_, f"{be(who_)} used to {what} now.")) if m["tail"] and not m["still"] else None


def _abroad(text: str, src: str, tgt: str) -> str | None:
    """The time asked or said in a city of CITIES ("Ở London bây giờ là mấy giờ?" as "What time is it in London
    now?"): mt.clock's shapes, read with Hanoi where the city was; None for anything else."""
    found = re.findall(rf"(?<!\w)(?:{alternatives(CITIES if src == 'vi' else CITIES_VI)})(?!\w)", text)
    here = {"vi": "Hà Nội", "en": "Hanoi"}
    if len(found) != 1 or here[src] in text:
        return None
    said = clock.translate(text.replace(found[0], here[src]), src, tgt)
    city = CITIES[" ".join(found[0].split())] if src == "vi" else CITIES_VI[" ".join(found[0].split())]
    return said.replace(here[tgt], city) if said and said.count(here[tgt]) == 1 else None


def _compared_vi(text: str) -> str | None:
    """"London is seven hours behind Hanoi." as "London chậm hơn Hà Nội bảy tiếng.", "How many hours ahead of London
    is Hanoi?" as "Hà Nội nhanh hơn London mấy tiếng?" (_COMPARED_EN); None for anything else."""
    m = next((m for p in _COMPARED_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    if "span" not in m.re.groupindex:  # ("How many hours …?": the places of the second form as q1, q2)
        one, other = (_place(m, n, "en") if m["p1"] else _place(m, n, "en", "q") for n in (1, 2))
        return capitalised(f"{one} {_WAYS_VI[keyed(m['way'] or m['way2'])]} hơn {other} mấy tiếng?")
    span, asked = _hours(m, "en"), bool(m["q"])
    if span is None or asked != ("?" in m["end"]):
        return None
    way, one, other = _WAYS_VI[keyed(m["way"])], _place(m, 1, "en"), _place(m, 2, "en")
    return f"{one} có {way} hơn {other} {span} không?" if asked else f"{one} {way} hơn {other} {span}."


def _diff_vi(text: str) -> str | None:
    """"What's the time difference between Hanoi and Paris?" as "Hà Nội và Paris chênh nhau mấy tiếng?", "The time
    difference is seven hours." as "Chênh lệch múi giờ là bảy tiếng.", "There's a seven-hour time difference." too,
    "Hanoi and Paris are six hours apart." as "Hà Nội và Paris chênh nhau sáu tiếng." (_DIFF_EN); None for anything
    else."""
    m = next((m for p in _DIFF_EN if (m := p.fullmatch(text))), None)
    asked = bool(m and m.groupdict().get("q"))
    if not m or asked != ("?" in m["end"]):
        return None
    if asked:
        span = "mấy tiếng"
    elif "half_hour" in m.re.groupindex:
        span = _hours(m, "en")
    else:  # ("a seven-hour time difference")
        span = (h := re.fullmatch(spans.EN, f"{m['span']} hour")) and _hours(h, "en")
    if not span:
        return None
    if m["p1"]:
        return f"{_place(m, 1, 'en')} và {_place(m, 2, 'en')} chênh nhau {span}{'?' if asked else '.'}"
    return "Chênh lệch múi giờ là bao nhiêu?" if asked else f"Chênh lệch múi giờ là {span}."


def _same_vi(text: str) -> str | None:
    """"Hanoi and Bangkok are in the same time zone." as "Hà Nội và Bangkok cùng múi giờ.", "Are …?" as "… có cùng
    múi giờ không?" (_SAME_EN); None for anything else."""
    m = _SAME_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    both = f"{_place(m, 1, 'en')} và {_place(m, 2, 'en')}"
    return f"{both} có cùng múi giờ không?" if m["q"] else f"{both} {'không ' if m['not'] else ''}cùng múi giờ."


def _jet_lagged_vi(text: str) -> str | None:
    """"She's still jet-lagged." as "Cô ấy vẫn bị lệch múi giờ.", "Are you still jet-lagged?" as "Bạn còn bị lệch múi
    giờ không?" (_JET_LAGGED_EN), "I have jet lag." as "Tôi bị lệch múi giờ.", "Does she have jet lag?" as "Cô ấy có
    bị lệch múi giờ không?" (_HAS_LAG_EN); None for anything else, and where the verb does not agree with who."""
    m = _JET_LAGGED_EN.fullmatch(text)
    if m:
        who_, one = who_vi(m)
        asked, still, not_ = bool(m["be0"]), bool(m["still"]), bool(m["not"])
        if be_said(m["be0"] or m["be"]) != be_of(who_, one) or asked != ("?" in m["end"]) or still and not_:
            return None
    elif m := _HAS_LAG_EN.fullmatch(text):
        who_, one = who_vi(m)
        asked, still, not_ = bool(m["do"]), bool(m["still"]), bool(m["nt"])
        aux, have = keyed(m["do"] or m["nt"] or "").replace("’", "'"), keyed(m["have"]).replace("’", "'")
        ones = aux.startswith("does") if aux else have in ("has", "'s got", "has got")
        if ones != one or aux and have != "have" or asked != ("?" in m["end"]) or not_ and (asked or still):
            return None
    else:
        return None
    if asked:
        return f"{capitalised(who_)} {'còn' if still else 'có'} bị lệch múi giờ không?"
    return f"{capitalised(who_)} {'vẫn ' if still else 'không ' if not_ else ''}bị lệch múi giờ."


def _lasted_vi(text: str) -> str | None:
    """"How long did your jet lag last?" as "Bạn bị lệch múi giờ mất bao lâu?", "My jet lag lasted three days." and "I
    was jet-lagged for three days." as "Tôi bị lệch múi giờ mất ba ngày." (_LASTED_EN); None for anything else."""
    m = next((m for p in _LASTED_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    if "someone" in m.re.groupindex:  # (whose jet lag)
        who_ = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    else:
        who_, one = who_vi(m)
        if (m["was0"] or m["was"]) != be_of(who_, one, past=True):
            return None
    asked = "?" in m["end"]
    if who_ is None or asked != (m.groupdict().get("span") is None):
        return None
    span = "bao lâu?" if asked else f"{spans.said(m, 'vi')}."
    return f"{capitalised(who_)} bị lệch múi giờ mất {span}"


def _used_to_vi(text: str) -> str | None:
    """"She's still not used to the time here." as "Cô ấy vẫn chưa quen giờ ở đây.", "Are you used to the time here
    yet?" as "Bạn đã quen giờ ở đây chưa?", "I'm used to the time here now." as "Tôi đã quen giờ ở đây rồi."
    (_USED_TO_EN); None for anything else, and where "is", "are" … does not agree with who."""
    m = _USED_TO_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    asked, tail, what = bool(m["be0"]), m["tail"] or "", _USED_VI[keyed(m["what"])]
    if be_said(m["be0"] or m["be"]) != be_of(who_, one) or asked != ("?" in m["end"]) or (
            m["still"] and not m["not"]) or (tail == "now" if asked or m["not"] else tail == "yet"):
        return None
    if asked:
        return f"{capitalised(who_)} đã quen {what} chưa?"
    if m["not"]:
        return f"{capitalised(who_)} {'vẫn ' if m['still'] else ''}chưa quen {what}."
    return f"{capitalised(who_)} đã quen {what} rồi."
