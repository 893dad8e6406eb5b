"""Arranging to meet, both ways, written whole by rule: where, what time or when we shall meet, let's meet somewhere
at a time, who will meet whom there, see you there, whether we are still meeting, and where someone is now. v8 (every
rule on) reads "gặp nhau" as getting together, "mấy giờ" as now or hours: "Gặp nhau ở đâu?" → "Where do you get
together?", "Mấy giờ chúng ta gặp nhau?" → "Now we meet?", "Chúng ta gặp nhau lúc mấy giờ?" → "How many hours do we
meet?", "Chúng ta gặp nhau ở quán cà phê lúc bảy giờ nhé." → "Let's met at the coffee shop at 7:00.", "Ngày mai chúng
ta vẫn gặp nhau chứ?" → "Tomorrow, we still meet?", "Bây giờ bạn đang ở đâu?" → "Where's you're now?"; and "What time
shall we meet?" → "Chúng ta sẽ gặp gì?" (meet what), "Let's meet at the café at seven." → "Chúng ta gặp nhau tại quán
cà phê 7.", "Let's meet outside the cinema." → "… bên ngoài hồ sơ." (a file), "Shall we meet at the station?" → "Bọn
chúng tôi gặp ở trạm tàu?", "Are we still meeting tomorrow?" → "Có phải chúng tôi vẫn đang họp ngày mai không?" (a
meeting, the listener left out), "See you at seven." → "Hẹn gặp bạn vào bảy.".

Taken: "we" (chúng ta, chúng mình, bọn mình, tụi mình, mình, with "nhau"; or none) asking where, what time or when to
meet ("Where shall/should we meet?", "What time are we meeting?"), with a day ahead (mt.free_time.when); who wants to
meet where, what time or when (asked); meeting suggested with "nhé", "nha", "đi" ("Let's meet …"), asked with "nhé?"
("Shall we …?") or "được không?" ("Can we …?"), or said with "sẽ" ("We'll meet …"), at a place of _PLACES, one
mt.journeys.place_en knows (not a name: "at" or "in"?), in front of or outside it, at a time mt.dates.clock reads
("bảy giờ" → "7 o'clock", "seven o'clock" → "7 giờ"), on a day ahead; who (mt.hobbies.WHO) will or can meet whom there;
"Hẹn gặp bạn ở đó." ("See you there.") with a place or a time; whether we are still meeting (on a day); where someone is
now ("Bây giờ … ở đâu?"). Left: "Mình gặp nhau ở đâu?", "Bạn đang ở đâu?" (the phrasebook's), "Where is he now?"
(mt/visits.py);
"See you tomorrow." and "See you" with a day alone (the phrasebook's openers); on one's way (mt/at_the_moment.py);
"Chúng ta gặp nhau ở …" without "sẽ" or "nhé" (met, or meeting?), "… ở đâu nhỉ?" (recalling); "chúng tôi", and "We'll
meet …" in English (the listener in or out?); a day behind; meeting someone first (mt/acquaintances.py), an
appointment (mt/appointments.py), picking up (mt/pickups.py), arriving (mt/arrivals.py), waiting (mt/waiting.py).
mt.phrasebook.translate tries these after mt/at_the_moment.py.

    >>> translate("Gặp nhau ở đâu?", "vi", "en"), translate("Let's meet at the café at seven.", "en", "vi")
    ('Where shall we meet?', 'Chúng ta gặp nhau ở quán cà phê lúc 7 giờ nhé.')
"""
from __future__ import annotations

import re

from . import dates
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import SOMEONE_EN, WHO, WHO_EN, WHOM, as_whom, who, who_vi
from .journeys import place_en, place_vi
from .lazy_re import lazy
from .patterns import the_for
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT_VI, SOFTENED_END, be, capitalised, contracted, keyed

# places one meets at that mt.journeys.place_en does not know (the first Vietnamese of each is written back)
_PLACES = {"quán cà phê": "café", "quán cafe": "café", "nhà hàng": "restaurant", "rạp chiếu phim": "cinema",
           "rạp phim": "cinema", "cổng trường": "school gate", "thư viện": "library", "chỗ cũ": "usual place",
           "trung tâm thương mại": "shopping centre", "nhà sách": "bookshop"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())} | {
    "cafe": "quán cà phê", "coffee shop": "quán cà phê", "mall": "trung tâm thương mại", "shopping mall":
    "trung tâm thương mại", "shopping center": "trung tâm thương mại", "movie theater": "rạp chiếu phim",
    "usual spot": "chỗ cũ", "bookstore": "nhà sách"}
_BESIDE = {"ở": "at", "tại": "at", "trước": "in front of", "bên ngoài": "outside", "ngoài": "outside"}
_BESIDE_VI = {"at": "ở", "in front of": "trước", "outside": "bên ngoài"}
_THERE = {"đó": "there", "đấy": "there", "đây": "here"}
_KEYS = {"vi": lazy(r"(?i:gặp|ở\s+đâu)"), "en": lazy(r"(?i:meet|see\s+you|still\s+on\s+for)")}

# where, what time and on what day, after "gặp nhau" or whom ("ở quán cà phê lúc bảy giờ tối nay")
_AT = rf"(?:\s+(?P<beside>{'|'.join(_BESIDE)})\s+(?P<place>[^,.!?]+?))?"
_TIME = r"(?:\s+(?:vào\s+)?lúc\s+(?P<time>[^,.!?]+?))?"
_WHERE = f"{_AT}{_TIME}{DAY_AFTER}"
_WE = r"(?:(?P<we>(?i:chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình|mình))\s+)?"
# where, what time, when we shall meet ("Mấy giờ chúng ta gặp nhau?", "Chúng ta gặp nhau ở đâu?")
_ASKED = lazy(rf"{DAY_OPENING}(?:(?P<what_time>[Mm]ấy\s+giờ)\s+|(?P<when>[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+)?{_WE}"
              r"(?:(?P<will>sẽ|nên)\s+)?(?:hẹn\s+)?(?i:g)ặp\s+nhau(?:\s+(?P<where>ở\s+đâu)|\s+(?:vào\s+)?lúc\s+"
              rf"(?P<at_time>mấy\s+giờ))?{_AT}{DAY_AFTER}{SOFTENED_END}")
# ... who wants to ("Bạn muốn gặp ở đâu?")
_WANTS = lazy(rf"(?:(?P<when>[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+)?{WHO}\s+muốn\s+gặp(?:\s+nhau)?(?:\s+(?P<where>ở\s+"
              rf"đâu)|\s+(?:vào\s+)?lúc\s+(?P<at_time>mấy\s+giờ))?{SOFTENED_END}")
# let's meet, shall we, we'll meet ("Chúng ta gặp nhau ở quán cà phê lúc bảy giờ nhé.")
_LETS = lazy(rf"{DAY_OPENING}{_WE}(?:(?P<will>sẽ)\s+)?(?:hẹn\s+)?(?i:g)ặp\s+nhau{_WHERE}"
             r"(?:\s+(?P<lets>nhé|nha|nhá|đi)|\s+(?P<can>được\s+không))?\s*(?P<end>[.!?]*)")
# who will, or can, meet whom ("Tôi sẽ gặp bạn ở nhà ga.", "Bạn có thể gặp tôi lúc 7 giờ không?")
_MEETS = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)|(?P<can>có\s+thể))\s+gặp\s+{WHOM}{_WHERE}"
              r"(?:\s+(?P<asked>không))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!?]*)")
# see you there ("Hẹn gặp lại bạn ở đó nhé.")
_SEE_YOU = lazy(r"[Hh]ẹn\s+gặp(?:\s+lại)?(?:\s+(?:(?P<you>bạn|anh|chị|em|cậu)|(?P<all>mọi\s+người|các\s+bạn))"
                rf"(?!\s+ấy))?(?:\s+lại)?{_WHERE}(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
# still meeting ("Ngày mai chúng ta vẫn gặp nhau chứ?", "Chúng ta có gặp nhau vào ngày mai không?")
_STILL = lazy(rf"{DAY_OPENING}{_WE}(?:(?P<still>vẫn)|(?P<ask>có))\s+gặp\s+nhau{_WHERE}"
              r"\s+(?:(?P<sure>chứ|à|phải\s+không|đúng\s+không)|(?P<asked>không))\s*\?+")
# where someone is now ("Bây giờ bạn đang ở đâu?")
_WHERE_NOW = lazy(rf"(?:[Bb]ây\s+giờ|[Gg]iờ)\s+{WHO}\s+(?:đang\s+)?ở\s+đâu{SOFTENED_END}")

# ... and in English
_DAY_EN = r"(?:today|tonight|tomorrow|this|next|on|at\s+the\s+weekend)\b[^,.!?]*?"
_WHERE_EN = (r"(?:\s+(?P<there>there|here)|\s+(?P<beside>at|outside|in\s+front\s+of)\s+(?P<place>[^,.!?]+?))?"
             rf"(?:\s+at\s+(?P<time>[^,!?]+?))?(?:\s+(?P<day>{_DAY_EN}))?")
_ASKED_EN = lazy(r"(?P<wh>Where|What\s+time|When)\s+(?:(?P<modal>shall|should)\s+we\s+meet|are\s+we\s+meeting)"
                 rf"(?:\s+up)?(?:\s+(?P<day0>{_DAY_EN}))?{_WHERE_EN}\s*\?+")
_WANTS_EN = lazy(rf"(?P<wh>Where|What\s+time|When)\s+(?P<do>do|does|would)\s+{WHO_EN}\s+(?P<want>want|like)\s+"
                 r"to\s+meet(?:\s+up)?\s*\?+")
_LETS_EN = lazy(r"(?:(?P<lets>Let['’]s)|(?P<shall>Shall|Can|Should)\s+we)\s+meet(?:\s+up)?"
                rf"(?:\s+(?P<day0>{_DAY_EN}))?{_WHERE_EN}\s*(?P<end>[.!?]*)")
_MEETS_EN = lazy(rf"(?:(?P<can>Can|Could)\s+)?{WHO_EN}(?P<will>['’]ll|\s+will)?\s+meet\s+(?P<whom>me|you|him|"
                 rf"her|us|them|{SOMEONE_EN})(?:\s+(?P<day0>{_DAY_EN}))?{_WHERE_EN}\s*(?P<end>[.!?]*)")
_SEE_YOU_EN = lazy(rf"(?:I['’]ll\s+see|See)\s+you(?P<all>\s+all|\s+guys)?{_WHERE_EN}\s*(?P<end>[.!]*)")
_STILL_EN = lazy(r"Are\s+we\s+(?P<still>still\s+)?(?:meeting(?:\s+up)?|(?P<on>on)\s+for(?=\s+(?:today|tonight|"
                 rf"tomorrow|this|next|on)\b)){_WHERE_EN}\s*\?+")
_PAST = lazy(r"(?i:yesterday|\blast\b|\bago\b)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that arranges where and when to meet, says see you there, or asks whether we
    are still meeting or where someone is now; None for any other."""
    if src == "vi":
        return _asked(text) or _wants(text) or _lets(text) or _meets(text) or _see_you(text) or _still(text) or \
            _where_now(text)
    return _asked_vi(text) or _wants_vi(text) or _lets_vi(text) or _meets_vi(text) or _see_you_vi(text) or \
        _still_vi(text)


def _place_en(said: str) -> str | None:
    """A place one meets at in English, with "the" where it takes one: "quán cà phê" → "the café", "nhà ga" → "the
    station", "nhà tôi" → "my place", "bệnh viện" → "the hospital"; None for anything else, and a city (at or in?)."""
    said = " ".join(said.split())
    home = re.fullmatch(r"(?i:nhà)\s+(.+)", said)
    if home and keyed(home[1]) in OWNERS:
        return f"{OWNERS[keyed(home[1])]} place"
    place = _PLACES.get(keyed(said)) or place_en(said)
    return place and place[0].islower() and " ".join(w for w in (the_for(place), place) if w) or None


def _place_vi(said: str) -> str | None:
    """A place one meets at in Vietnamese: "the café" → "quán cà phê", "the station" → "nhà ga", "my place" → "nhà
    tôi"; None for anything else, and a common noun without "the" or whose ("at station")."""
    said = " ".join(said.split())
    m = re.fullmatch(rf"(?P<whose>(?i:the|{WHOSE_WORDS}))\s+(?P<place>.+)", said)
    if m and m["whose"].lower() in WHOSE_VI and m["place"].lower() in ("place", "house", "home"):
        return f"nhà {WHOSE_VI[m['whose'].lower()]}"
    if not m:
        return None
    return (_PLACES_VI.get(m["place"].lower()) if m["whose"].lower() == "the" else None) or place_vi(said)


def _time_en(said: str) -> str | None:
    """A time of day (mt.dates.clock) in English: "bảy giờ" and "7 giờ" → "7 o'clock" (the hour in digits, as
    mt.dates writes an hour said in words), "7 giờ tối" → "7 p.m.", "7 giờ rưỡi" → "7:30"; None for anything else."""
    read = dates.clock(said, "vi", "en")
    hour = read and re.fullmatch(r"(\d{1,2}):00", read)
    if hour and 1 <= int(hour[1]) <= 12:
        return f"{hour[1]} o'clock"
    return read


def _where(m: re.Match) -> str | None:
    """Where, when and on what day of a match of _WHERE, in English: " at the café at 7 o'clock tonight", " there";
    "" for none said, None for a place, time or day not read, or a day behind."""
    g = m.groupdict()
    beside, place, time, day = g["beside"], g["place"], g.get("time"), g.get("day0") or g["day"]
    if time and g["day"] and when(g["day"], "vi") is None:  # ("lúc 7 giờ sáng mai": the time goes on)
        time, day = f"{time} {g['day']}", g.get("day0")
    elif g.get("day0") and g["day"]:
        return None
    there = beside and keyed(beside) == "ở" and _THERE.get(keyed(place))
    at = there or place and (found := _place_en(place)) and f"{_BESIDE[keyed(beside)]} {found}"
    read = time and _time_en(time)
    day = when(day, "vi")
    if place and not at or time and not read or day is None or _PAST.search(f"{day} {read}"):
        return None
    return "".join(f" {w}" for w in (at, read and f"at {read}", day) if w)


def _where_vi(m: re.Match) -> tuple[str, str] | None:
    """Where and when of a match of _WHERE_EN, in Vietnamese, and the day apart (for free_time.placed): (" ở quán cà
    phê lúc 7 giờ", "tối nay"); ("", "") for none said, None for a place, time or day not read, or a day behind."""
    day0 = m.groupdict().get("day0")
    place, time, day = m["place"], m["time"], day0 or m["day"]
    if day0 and m["day"] or _PAST.search(day or ""):
        return None
    beside = m["beside"] and " ".join(m["beside"].lower().split())
    at = place and _place_vi(place)
    if place and not at and not time and beside == "at":  # ("at seven": a time, not a place)
        place, at, time = None, "", place
    if place and not at:
        return None
    at = "ở đây" if m["there"] == "here" else "ở đó" if m["there"] else at and f"{_BESIDE_VI[beside]} {at}"
    said = time and re.sub(r"\s*o['’]clock$", "", time.strip(), flags=re.IGNORECASE)
    read = said and (dates.clock(said, "en", "vi") or dates.clock(f"{said}.", "en", "vi"))
    day = when(day, "en")
    if said and not read or day is None:
        return None
    return "".join(f" {w}" for w in (at, read and f"lúc {read}") if w), day


def _ended(said: str, end: str) -> str:
    """A sentence and its end, one full stop after "p.m." ("at 7 p.m.")."""
    return capitalised(said if end == "." and said.endswith(".") else said + end)


def _asked(text: str) -> str | None:
    """"Gặp nhau ở đâu?" as "Where shall we meet?", "Mấy giờ chúng ta gặp nhau?" as "What time shall we meet?",
    "Khi nào chúng ta gặp nhau?" as "When shall we meet?", "Chúng ta nên gặp nhau ở đâu?" as "Where should we meet?"
    (_ASKED); None for anything else, a place with where, and a day behind."""
    m = _ASKED.fullmatch(text)
    asks = [w for w in ("where", "what_time", "at_time", "when") if m and m[w]]
    if not m or len(asks) != 1 or "?" not in m["end"] or m["place"] and asks[0] == "where" or re.search(
            r"nhỉ\s*\?*$", text):  # ("Chúng ta gặp nhau ở đâu nhỉ?" recalls where we met)
        return None
    where = _where(m)
    wh = {"where": "Where", "when": "When"}.get(asks[0], "What time")
    return where is not None and f"{wh} {'should' if m['will'] == 'nên' else 'shall'} we meet{where}?"


def _wants(text: str) -> str | None:
    """"Bạn muốn gặp ở đâu?" as "Where do you want to meet?", "Mẹ tôi muốn gặp lúc mấy giờ?" as "What time does my
    mother want to meet?" (_WANTS); None for anything else."""
    m = _WANTS.fullmatch(text)
    asks = [w for w in ("where", "at_time", "when") if m and m[w]]
    if not m or len(asks) != 1 or "?" not in m["end"] or (said := who(m, True)) is None or said[0] in ("I", "we"):
        return None
    wh = {"where": "Where", "when": "When"}.get(asks[0], "What time")
    return f"{wh} {'does' if said[1] else 'do'} {said[0]} want to meet?"


def _lets(text: str) -> str | None:
    """"Chúng ta gặp nhau ở quán cà phê lúc bảy giờ nhé." as "Let's meet at the café at 7 o'clock.", "Gặp nhau ở
    nhà ga nhé?" as "Shall we meet at the station?", "… được không?" as "Can we meet …?", "Chúng ta sẽ gặp nhau ở đó."
    as "We'll meet there." (_LETS); None for anything else, and for where and when not said."""
    m = _LETS.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or m["can"] and not asked or m["will"] and (m["lets"] or m["can"] or asked or not m["we"]) or not (
            m["lets"] or m["can"] or m["will"]) or not (where := _where(m)):
        return None
    if m["will"]:
        return _ended(f"We'll meet{where}", m["end"] or ".")
    if asked:
        return f"{'Can' if m['can'] else 'Shall'} we meet{where}?"
    return _ended(f"Let's meet{where}", m["end"] or ".")


def _meets(text: str) -> str | None:
    """"Tôi sẽ gặp bạn ở nhà ga." as "I'll meet you at the station.", "Bạn có thể gặp tôi lúc 7 giờ không?" as "Can
    you meet me at 7 o'clock?" (_MEETS); None for anything else, and for where and when not said."""
    m = _MEETS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["can"]) or not (where := _where(m)):
        return None
    said, whom = who(m, asked), as_whom(m["whom"], "vi")
    if not said or not whom or whom in ("me", "us") and said[0] in ("I", "we") or whom == "you" and said[0] in (
            "you", "we"):  # ("Chúng ta sẽ gặp bạn": we, the listener in)
        return None
    if asked:
        return f"Can {said[0]} meet {whom}{where}?"
    return _ended(contracted(said[0], f"will meet {whom}{where}"), m["end"] or ".")


def _see_you(text: str) -> str | None:
    """"Hẹn gặp bạn ở đó." as "See you there.", "Hẹn gặp lại mọi người lúc 7 giờ tối." as "See you all at 7 p.m."
    (_SEE_YOU); None for anything else, and with no place or time (the phrasebook's)."""
    m = _SEE_YOU.fullmatch(text)
    if not m or not (m["place"] or m["time"]) or not (where := _where(m)):
        return None
    return _ended(f"See you{' all' * bool(m['all'])}{where}", m["end"] or ".")


def _still(text: str) -> str | None:
    """"Ngày mai chúng ta vẫn gặp nhau chứ?" as "Are we still meeting tomorrow?", "Chúng ta có gặp nhau vào tối nay
    không?" as "Are we meeting tonight?" (_STILL); None for anything else, and "có" without a day."""
    m = _STILL.fullmatch(text)
    if not m or bool(m["still"]) != bool(m["sure"]) or m["ask"] and not (m["day0"] or m["day"]) or \
            (where := _where(m)) is None:
        return None
    return f"Are we {'still ' * bool(m['still'])}meeting{where}?"


def _where_now(text: str) -> str | None:
    """"Bây giờ bạn đang ở đâu?" as "Where are you now?", "Giờ mẹ tôi ở đâu?" as "Where is my mother now?"
    (_WHERE_NOW); None for anything else."""
    m = _WHERE_NOW.fullmatch(text)
    said = m and "?" in m["end"] and who(m, True)
    return said and f"Where {be(said[0])} {said[0]} now?"


def _asked_vi(text: str) -> str | None:
    """"What time shall we meet?" as "Chúng ta sẽ gặp nhau lúc mấy giờ?", "Where should we meet tomorrow?" as "Ngày
    mai chúng ta nên gặp nhau ở đâu?", "When shall we meet?" as "Khi nào chúng ta gặp nhau?" (_ASKED_EN); None for
    anything else, and a place or time with where."""
    m = _ASKED_EN.fullmatch(text)
    wh = m and " ".join(m["wh"].split())
    if not m or m["time"] or wh == "Where" and (m["place"] or m["there"]) or (found := _where_vi(m)) is None:
        return None
    at, day = found
    will = "nên " if m["modal"] == "should" else "sẽ " if wh != "When" else ""
    if wh == "When":
        return placed(f"Khi nào chúng ta {will}gặp nhau{at}", day, "?")
    return placed(f"chúng ta {will}gặp nhau{at} {'ở đâu' if wh == 'Where' else 'lúc mấy giờ'}", day, "?")


def _wants_vi(text: str) -> str | None:
    """"Where do you want to meet?" as "Bạn muốn gặp ở đâu?", "What time would she like to meet?" as "Cô ấy muốn
    gặp lúc mấy giờ?" (_WANTS_EN); None for anything else, and "does" not agreeing with who."""
    m = _WANTS_EN.fullmatch(text)
    if not m or (m["do"] == "would") != (m["want"] == "like"):
        return None
    who_, one = who_vi(m)
    if m["do"] != "would" and (m["do"] == "does") != one or who_ in ("tôi", "chúng tôi"):
        return None
    wh = " ".join(m["wh"].split())
    if wh == "When":
        return capitalised(f"Khi nào {who_} muốn gặp?")
    return capitalised(f"{who_} muốn gặp {'ở đâu' if wh == 'Where' else 'lúc mấy giờ'}?")


def _lets_vi(text: str) -> str | None:
    """"Let's meet at the café at seven." as "Chúng ta gặp nhau ở quán cà phê lúc 7 giờ nhé.", "Shall we meet at the
    station?" as "Chúng ta gặp nhau ở nhà ga nhé?", "Can we meet at seven?" as "… được không?" (_LETS_EN); None for
    anything else, and for where and when not said."""
    m = _LETS_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["shall"]) or not (found := _where_vi(m)) or found == ("", ""):
        return None
    at, day = found
    if m["shall"] == "Should":
        return placed(f"chúng ta có nên gặp nhau{at}", day, " không?")
    return placed(f"chúng ta gặp nhau{at}", day, " được không?" if m["shall"] == "Can" else " nhé?" if asked else
                  f" nhé{'!' if '!' in m['end'] else '.'}")


def _meets_vi(text: str) -> str | None:
    """"I'll meet you at the station." as "Tôi sẽ gặp bạn ở nhà ga.", "Can you meet me at seven?" as "Bạn có thể gặp
    tôi lúc 7 giờ không?" (_MEETS_EN); None for anything else, and for where and when not said."""
    m = _MEETS_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["can"]) or bool(m["can"]) == bool(m["will"]) or not (found := _where_vi(m)) or \
            found == ("", ""):
        return None
    (who_, _), whom = who_vi(m), EN_OBJECT_VI.get(m["whom"]) or as_whom(m["whom"], "en")
    if not whom or whom == who_:
        return None
    return placed(f"{who_} {'có thể' if asked else 'sẽ'} gặp {whom}{found[0]}", found[1], " không?" if asked else ".")


def _see_you_vi(text: str) -> str | None:
    """"See you there." as "Hẹn gặp bạn ở đó.", "See you at the station at seven." as "Hẹn gặp bạn ở nhà ga lúc 7
    giờ." (_SEE_YOU_EN); None for anything else, and with no place or time (the phrasebook's)."""
    m = _SEE_YOU_EN.fullmatch(text)
    if not m or not (m["there"] or m["place"] or m["time"]) or not (found := _where_vi(m)):
        return None
    said = f"Hẹn gặp {'mọi người' if m['all'] else 'bạn'}{found[0]}{' ' * bool(found[1])}{found[1]}"
    return said + ("!" if "!" in m["end"] else ".")


def _still_vi(text: str) -> str | None:
    """"Are we still meeting tomorrow?" and "Are we still on for tomorrow?" as "Ngày mai chúng ta vẫn gặp nhau chứ?",
    "Are we meeting tonight?" as "Tối nay chúng ta có gặp nhau không?" (_STILL_EN); None for anything else, and
    meeting without "still" or a day."""
    m = _STILL_EN.fullmatch(text)
    if not m or not (m["still"] or m["day"]) or m["on"] and not m["still"] or not (found := _where_vi(m)):
        return None
    if m["on"] and found[0]:
        return None
    return placed(f"chúng ta {'vẫn' if m['still'] else 'có'} gặp nhau{found[0]}", found[1],
                  " chứ?" if m["still"] else " không?")
