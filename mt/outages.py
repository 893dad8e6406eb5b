"""The power, the water or the internet gone off or back on, both ways, written whole by rule: off now, again, at home
or in an area, since when or for how long, on a day behind, and asked (is it off, is it back yet, how long, since when,
when will it be back). v8, every rule on, reads "mất" as lost and "có" as being: "Mất điện rồi." → "It's very
electricity.", "Nhà tôi bị mất nước." → "My home was lost water.", "Mất mạng rồi." → "It's very network.", "Cúp điện
rồi." → "Influenza.", "Có điện lại rồi." → "It's electricity.", "Có điện chưa?" → "Is electricity?", "Mất điện hai
tiếng rồi." → "It's a two-hour power.", "Mất điện bao lâu rồi?" → "How long is the power?"; and "power" as might: "The
power's out." → "Nguồn điện ra ngoài.", "We have no power." → "Chúng tôi không có quyền lực.", "Is the power back
yet?" → "Người ta vẫn có quyền lực trở lại không?", "There's a power cut." → "Có một khoản cắt giảm năng lượng.",
"How long has the power been out?" → "Cuộc chạy đua dài bao lâu rồi?"; who has it cut off: "Tôi bị cắt điện." → "I
was electrode.", "Mẹ tôi bị cắt nước." → "My mother was cut by water.", "Chúng tôi bị cắt nước hai ngày rồi." → "We're
cut by water two days.", "Hôm nay phường tôi bị cắt điện." → "Today, phobias I have been elected.", "Khu tôi bị cắt
điện để sửa đường dây." → "My area was powered to fix the wires.", "My power has been cut off." → "Điện lực của tôi bị
cắt đứt.", "Has your power been cut off?" → "Có phải điện của bạn bị cắt giảm chưa?", "The power's off in my area all
day." → "Sự điện tắt trong khu vực của tôi suốt ngày.".

Taken: "mất", "cúp", "cắt" (power, water), "rớt" (internet) with "điện", "nước", "mạng", "internet", "wifi", said with
"rồi", "bị", "lại" (again), a place (PLACES, or a house, an area, a room … of OWNED with whose, "nhà mẹ tôi"), a day
behind opening it ("Tối qua mất điện."), "từ" and a day behind ("từ sáng nay"), a span (mt.spans) or "cả ngày", or
asked ("có … không?", "à?", "bao lâu rồi?", "từ lúc nào?"); back on ("Có điện lại rồi.", "Điện về rồi.", "Có điện
chưa?", "Khi nào có điện lại?"); none at a place ("Nhà tôi không có nước."), still none ("Vẫn chưa có điện."); who
(mt.hobbies.WHO) "bị cắt" the power or water ("Tôi bị cắt điện." as "My power has been cut off."): "rồi", "lại", since,
a span with "rồi", why (_WHY: maintenance, the line), asked, "chưa", a day behind ("My power was cut off yesterday."),
and a place cut with why or "chưa"; today ("Hôm nay phường tôi bị cắt điện." as "There's a power cut in my ward
today."). English: the power, the water, the internet or the wifi out, off, down, cut off, gone, went; "There's a power
cut" (today too); back, back on, come back; "Is … back yet?"; "There's no … at my house"; "We have no power", "We've
lost power"; "The power is off … all day" ("… bị mất điện cả ngày."); whose power or water cut off (has been, asked,
hasn't, was with a day behind), the power cut off for a why. Left: "Mất điện." alone (a heading as often), "mất nước"
of a person (dehydrated), the signal (mt/reception.py's), the wifi or the internet slow, not working or "is down"
alone (mt/broken.py's, and the phrases'), "Có mạng chưa?" and "Có wifi chưa?" without "lại" (is there any yet, as
often), a cut ahead ("Ngày mai cúp điện."), "There's no power." with no place (v8 writes it well), a cut "vì" not
paying (mt/utility_bills.py's), "không bị cắt" (wasn't, isn't or won't be?), a cut "cả ngày" without "rồi" ("Khu tôi
bị cắt điện cả ngày.": which day, or ahead?), since a time of day or "chiều" without "rồi" ("Khu tôi bị cắt điện từ 8
giờ sáng.": from then, ahead as often), who cut "hôm nay", "cắt mạng", a pet, "was cut off" with no day, a span with a
why in English ("for two days for maintenance"), and "ward" in English (a hospital's too).
mt.phrasebook.translate tries these after mt/tickets.py.

    >>> translate("Mất điện rồi.", "vi", "en"), translate("The power's out.", "en", "vi")
    ("The power's out.", 'Mất điện rồi.')
"""
from __future__ import annotations

import re

from . import spans
from .dates import LAST, WHOLE_SPANS, WHOLE_SPANS_EN
from .free_time import DAY_OPENING, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, animal, pet, someone, who
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed

UTILITIES = {"điện": "power", "nước": "water", "mạng": "internet", "internet": "internet", "wifi": "wifi"}
UTILITIES_VI = {"power": "điện", "electricity": "điện", "water": "nước", "internet": "mạng", "wifi": "wifi",
                "wi-fi": "wifi"}
# how English says each gone ("the power's out", "the water's off", "the internet's down") and back
_GONE = {"power": "out", "water": "off", "internet": "down", "wifi": "down"}
_BACK = {"power": "back on", "water": "back on", "internet": "back", "wifi": "back"}
# ... and what it may be said to be in English ("the power's down" is not said)
_GONE_EN = {"power": {"out", "off", "cut off"}, "water": {"off", "out", "cut off"}, "internet": {"down", "out"},
            "wifi": {"down", "out"}}
# where it is off, as English says it (the first Vietnamese of each is written back)
PLACES = {"ở đây": "here", "chỗ này": "here", "ở nhà": "at home", "khu này": "in this area",
          "khu vực này": "in this area", "cả khu": "in the whole area", "cả khu vực": "in the whole area",
          "cả khu phố": "in the whole neighbourhood", "tòa nhà": "in the building", "tòa nhà này": "in this building",
          "văn phòng": "at the office", "ở công ty": "at work", "công ty": "at work"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
# ... one of someone's ("nhà tôi", at my house; "khu nhà mẹ tôi", in my mother's area)
OWNED = {"nhà": "house", "khu": "area", "khu nhà": "area", "khu phố": "neighbourhood", "phòng": "room",
         "tòa nhà": "building", "chung cư": "building", "căn hộ": "flat", "phường": "ward"}
OWNED_VI = {en: vi for vi, en in reversed(OWNED.items()) if en != "ward"} | {  # ("my ward": a hospital's too)
    "place": "nhà", "neighborhood": "khu phố", "apartment": "căn hộ"}
# why it was cut off (the first Vietnamese of each is written back; the line is the power's, the pipes the water's)
_WHY = {"để bảo trì": "for maintenance", "để bảo dưỡng": "for maintenance", "để sửa chữa": "for repairs",
        "để sửa đường dây": "for repairs to the line", "để sửa đường dây điện": "for repairs to the power line",
        "để sửa đường ống": "for repairs to the pipes"}
_WHY_VI = {en: vi for vi, en in reversed(_WHY.items())} | {"for repairs to the lines": "để sửa đường dây",
                                                          "for work on the line": "để sửa đường dây"}
# a day something went off since, as when() writes it in English ("since two days ago" is not said)
_SINCE_OK = lazy(r"this (?:morning|afternoon)|last (?:night|week)|yesterday(?: morning| afternoon)?|"
                 r"the day before yesterday|\d{1,2}(?::\d\d)? [ap]\.m\.")
_SINCE_MORE = LAST | {"sáng": "this morning", "chiều": "this afternoon"}  # ("từ sáng": since this morning)
# ... of them, those that may be ahead too, left without "rồi" ("từ 8 giờ sáng": from then, as a cut's notice says)
_SINCE_AHEAD = lazy(r"this afternoon|\d{1,2}(?::\d\d)? [ap]\.m\.")
_KEYS = {"vi": lazy(r"(?i:điện|nước|mạng|internet|wifi)"),
         "en": lazy(r"(?i:power|electricity|water|internet|wi-?fi)")}

_UTIL = rf"(?P<util>(?i:{alternatives(UTILITIES)}))(?!\s+thoại)"  # (not "điện thoại", a phone)
_UTIL2 = _UTIL.replace("<util>", "<util2>")
_PLACE = (rf"(?:(?P<place>(?i:{alternatives(PLACES)}))|(?:(?i:ở)\s+)?(?P<owned>(?i:{alternatives(OWNED)}))\s+"
          rf"(?:của\s+)?(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<named>{SOMEONE})))")
# gone off ("Nhà tôi bị mất điện.", "Lại cúp điện rồi.", "Mạng bị rớt rồi.", "Mất điện từ sáng nay rồi.")
_OUT = lazy(
    rf"{DAY_OPENING}(?:{_PLACE}\s+)?(?:(?P<again>(?i:lại))\s+)?(?:(?P<ask>(?i:có))\s+)?(?:(?P<did>(?i:đã))\s+)?"
    rf"(?:(?P<bi>(?i:bị))\s+)?(?:(?P<verb>(?i:mất|cúp|cắt|rớt))\s+{_UTIL}|"
    rf"{_UTIL2}\s+(?:đã\s+)?bị\s+(?P<verb2>mất|cúp|cắt|rớt))"
    rf"(?:\s+(?P<all>{alternatives(WHOLE_SPANS)})|\s+(?P<howlong>bao\s+lâu)|\s+từ\s+(?P<since_when>bao\s+giờ|khi\s+nào|"
    rf"lúc\s+nào)|\s+(?:được\s+)?(?P<span>{spans.VI})|\s+từ\s+(?P<since>[^,.!?]+?))?"
    rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|à|hả))?{SOFTENED_END}")
# back on ("Có điện lại rồi.", "Điện về rồi.", "Nhà bạn có điện chưa?", "Khi nào có điện lại?")
_BACK_VI = lazy(
    rf"(?:(?P<when>(?i:khi\s+nào|bao\s+giờ))\s+(?:(?:thì|mới)\s+)?)?(?:{_PLACE}\s+)?(?:(?P<still>(?i:vẫn))\s+)?"
    rf"(?:(?P<did>(?i:đã))\s+)?(?:(?P<not>(?i:chưa|không))\s+)?(?:(?i:có)\s+{_UTIL}(?:\s+(?P<again>(?:trở\s+)?lại))?|"
    rf"{_UTIL2}\s+(?:đã\s+)?(?:có\s+)?(?P<again2>(?:trở\s+)?lại|về))"
    rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?(?:\s+(?P<asked>à|hả))?{SOFTENED_END}")
# who has it cut off ("Tôi bị cắt điện.", "Bạn có bị cắt điện không?"), a place with why, or today ("Hôm nay …")
_CUT_VI = lazy(
    rf"{DAY_OPENING}(?:{_PLACE}|{WHO})\s+(?:(?P<again>(?i:lại))\s+)?(?:(?P<ask>có)\s+|(?P<not>chưa)\s+)?bị\s+cắt\s+"
    rf"(?P<util>điện|nước)(?!\s+thoại)(?:\s+(?P<span>{spans.VI})|\s+từ\s+(?P<since>[^,.!?]+?))?"
    rf"(?:\s+(?P<why>{alternatives(_WHY)}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|à))?{SOFTENED_END}")

# ... in English: "the power", a place after it ("at my house", "in my mother's area", "here")
_UTIL_EN = rf"[Tt]he\s+(?P<util>(?i:{alternatives(UTILITIES_VI)}))"
_PLACE_EN = (rf"(?:\s+(?P<place>(?i:{alternatives(PLACES_VI)}))|\s+(?:at|in)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|"
             rf"(?P<named>{SOMEONE_EN})['’]s)\s+(?P<owned>(?i:{alternatives(OWNED_VI)})))?")
_DAY_EN = rf"(?:\s+(?P<day>{BEHIND.pattern}|this\s+morning))?"
_SINCE_EN = (r"(?P<since>this\s+(?:morning|afternoon)|last\s+(?:night|week)|yesterday(?:\s+(?:morning|afternoon))?|"
             r"the\s+day\s+before\s+yesterday|\d{1,2}(?:\s*[ap]m|\s+o['’]clock))")
_GONE_WORDS = r"(?P<gone>out|off|down|cut\s+off)"
_OUT_EN = lazy(
    rf"(?:(?P<q>Is|Has|Did)\s+)?{_UTIL_EN}(?P<aux>\s+is|['’]s|\s+was|\s+has|\s+went|\s+go|\s+gone)?(?P<been>\s+been)?"
    rf"(?P<gone_>\s+gone)?\s+{_GONE_WORDS}{_PLACE_EN}(?P<again>\s+again)?"
    rf"(?:\s+since\s+{_SINCE_EN}|\s+for\s+(?P<span>{spans.EN})|\s+(?P<all>{alternatives(WHOLE_SPANS_EN)}))?{_DAY_EN}"
    r"\s*(?P<end>[.!?]*)")
_CUT_EN = lazy(rf"(?P<q>Is\s+there|There(?:['’]s|\s+is|\s+was))\s+(?:a|(?P<another>another))\s+"
               rf"(?P<what>power\s+(?:cut|outage|failure)|blackout){_PLACE_EN}(?P<again>\s+again)?{_DAY_EN}"
               r"(?P<today>\s+today)?\s*(?P<end>[.!?]*)")
_ASKED_EN = lazy(rf"(?:How\s+long\s+has|(?P<since>When\s+did))\s+{_UTIL_EN}\s+(?:been|go)\s+{_GONE_WORDS}"
                 rf"{_PLACE_EN}\s*\?+")
_BACK_EN = lazy(
    rf"(?:(?P<q>Is|Has)\s+|(?P<when>When\s+(?:will|is)\s+))?{_UTIL_EN}(?P<aux>\s+is|['’]s|\s+has|\s+came|\s+come|"
    rf"\s+be|\s+coming)?(?P<come>\s+come)?\s+back(?:\s+on|\s+up)?{_PLACE_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_NONE_EN = lazy(rf"There(?:['’]s|\s+is)\s+(?P<still>still\s+)?no\s+(?P<util>(?i:{alternatives(UTILITIES_VI)}))"
                rf"{_PLACE_EN}\s*(?P<end>[.!]*)")
_WE_EN = lazy(rf"(?P<who>I|We|They)(?:\s+(?P<no>have\s+no|don['’]t\s+have\s+any|have\s+got\s+no)|['’]ve\s+"
              rf"(?P<no2>got\s+no)|(?P<lost>\s+lost|['’]ve\s+lost|\s+have\s+lost))\s+(?P<util>power|electricity|"
              rf"water|internet|wifi|wi-fi|the\s+internet|the\s+wifi)(?P<home>\s+at\s+home)?{_DAY_EN}"
              r"\s*(?P<end>[.!]*)")
_WE_VI = {"i": "tôi", "we": "chúng tôi", "they": "họ"}
# whose power cut off ("My power has been cut off.", "Has your water been cut off?"), or the power with why
_CUT_OFF_EN = lazy(
    rf"(?:(?P<q>Has|Was)\s+)?(?:(?P<the>[Tt]he)|(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
    r"(?P<util>(?i:power|electricity|water))(?P<aux>\s+has|['’]s|\s+was)?(?P<not>n['’]t|\s+not)?(?P<been>\s+been)?"
    rf"\s+cut\s+off{_PLACE_EN}(?P<again>\s+again)?(?:\s+since\s+{_SINCE_EN}|\s+for\s+(?P<span>{spans.EN}))?"
    rf"(?:\s+(?P<why>{alternatives(_WHY_VI)}))?{_DAY_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence saying or asking that the power, water or internet is off or back on; else None."""
    if src == "vi":
        return _out(text) or _back(text) or _cut(text)
    return _out_vi(text) or _cut_vi(text) or _asked_vi(text) or _back_vi(text) or _none_vi(text) or _we_vi(text) or \
        _cut_off_vi(text)


def _place(m: re.Match) -> str | None:
    """Where a match of _PLACE says it is, in English (" at my house"); "" for none, None for someone unknown."""
    if m["place"]:
        return f" {PLACES[keyed(m['place'])]}"
    if not m["owned"]:
        return ""
    owned = OWNED[keyed(m["owned"])]
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else (named := someone(m["named"], "vi")) and f"{named}'s"
    return whose and f" {'at' if owned == 'house' else 'in'} {whose} {owned}"


def _day(said: str | None) -> str | None:
    """A day behind opening a Vietnamese sentence, in English ("Tối qua" → "last night"); "" for none, None for one
    not read or not behind ("Ngày mai", "Tối nay": a cut ahead, or now)."""
    day = when(said, "vi", _SINCE_MORE)
    return day if not day or day == "this morning" or BEHIND.fullmatch(day) and "ago" not in day else None


def _out(text: str) -> str | None:
    """"Mất điện rồi." as "The power's out.", "Nhà tôi bị mất nước." as "The water's off at my house.", "Tối qua mất
    điện." as "The power went out last night." (_OUT); None for anything else, "Mất điện." alone, "cắt mạng" (cut, not
    gone), and since a time of day without "rồi" ("Mất điện từ 7 giờ tối.": from then, ahead too)."""
    m = _OUT.fullmatch(text)
    asked = bool(m and (m["asked"] or m["howlong"] or m["since_when"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != (m["asked"] == "không"):
        return None
    util = UTILITIES[keyed(m["util"] or m["util2"])]
    verb, place, day = keyed(m["verb"] or m["verb2"]), _place(m), _day(m["day0"])
    span = m["span"] and spans.said(re.fullmatch(spans.VI, keyed(m["span"])), "en")
    since = m["since"] and when(m["since"], "vi", _SINCE_MORE)
    if place is None or day is None or verb == "rớt" and util not in ("internet", "wifi") or \
            verb in ("cúp", "cắt") and util not in ("power", "water") or m["since"] and not (
                since and _SINCE_OK.fullmatch(since)) or since and _SINCE_AHEAD.fullmatch(since) and not m["done"]:
        return None
    lasts, how = span or since or m["all"], m["howlong"] or m["since_when"]
    if day and (lasts or how or m["done"] or m["asked"] in ("à", "hả")) or (lasts or how) and (
            m["again"] or m["ask"] or m["asked"]) or m["did"] and not (day or lasts) or m["all"] and not m["done"] or \
            not (asked or m["done"] or m["bi"] or m["verb2"] or place or m["again"] or day or lasts):
        return None  # ("Mất điện.": a heading as often; "Hôm qua mất điện rồi.")
    gone, again = _GONE[util], " again" * bool(m["again"])
    if how:
        return f"When did the {util} go {gone}{place}?" if m["since_when"] else \
            f"How long has the {util} been {gone}{place}?"
    if day:
        return f"Did the {util} go {gone}{place}{again} {day}?" if asked else \
            f"The {util} went {gone}{place}{again} {day}."
    if asked:
        return f"Is the {util} {gone}{place}{again}?"
    if lasts:
        lasting = f"for {span}" if span else f"since {since}" if since else WHOLE_SPANS[keyed(m["all"])]
        return f"The {util}'s been {gone}{place} {lasting.rstrip('.')}."  # ("since 8 a.m.")
    return f"The {util}'s {gone}{place}{again}."


def _back(text: str) -> str | None:
    """"Có điện lại rồi." as "The power's back on.", "Có điện chưa?" as "Is the power back on yet?", "Khi nào có nước
    lại?" as "When will the water be back on?", "Vẫn chưa có điện." as "The power still isn't back on.", "Nhà tôi không
    có nước." as "There's no water at my house." (_BACK_VI); None for anything else, and "Có điện." alone."""
    m = _BACK_VI.fullmatch(text)
    asked = bool(m and (m["yet"] or m["asked"] or m["when"]))
    if not m or asked != ("?" in m["end"]) or (place := _place(m)) is None:
        return None
    util = UTILITIES[keyed(m["util"] or m["util2"])]
    back, again, none, still = _BACK[util], m["again"] or m["again2"], keyed(m["not"] or ""), bool(m["still"])
    if none:
        if asked or m["done"] or m["did"] or m["util2"] or (again if none == "không" else not (still or again)) or \
                none == "không" and not (place or still):
            return None
        if none == "không":
            return f"There's {'still ' * still}no {util}{place}."
        return f"The {util} {'still ' * still}isn't {back}{place}{'' if still else ' yet'}."
    if still or m["when"] and (m["did"] or m["done"] or m["yet"] or m["asked"] or not again):
        return None
    if m["when"]:
        return f"When will the {util} be {back}{place}?"
    if asked:
        if m["yet"] and (m["asked"] or not again and util in ("internet", "wifi")):
            return None  # ("Ở đây có wifi chưa?": is there wifi here yet, as often)
        return f"Is the {util} {back}{place}{' yet' * bool(m['yet'])}?"
    return f"The {util}'s {back}{place}." if m["done"] or again else None


def _cut(text: str) -> str | None:
    """"Tôi bị cắt điện." as "My power has been cut off.", "Hôm nay phường tôi bị cắt điện." as "There's a power cut in
    my ward today." (_CUT_VI); None for anything else, a pet, a span or since a time of day without "rồi" (ahead too),
    a place alone (_out's)."""
    m = _CUT_VI.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != (m["asked"] == "không") or \
            (place := _place(m) if m["place"] or m["owned"] else "") is None:
        return None
    today, util = keyed(m["day0"] or "") == "hôm nay", UTILITIES[keyed(m["util"])]
    why = f" {_WHY[keyed(m['why'])]}" if m["why"] else ""  # (" for repairs to the line")
    day, again = "" if today else _day(m["day0"]), " again" * bool(m["again"])
    span = m["span"] and spans.said(re.fullmatch(spans.VI, keyed(m["span"])), "en")
    since = m["since"] and when(m["since"], "vi", _SINCE_MORE)
    lasting = f" for {span}" if span else f" since {since.rstrip('.')}" if since else ""
    if day is None or m["since"] and not (since and _SINCE_OK.fullmatch(since)) or \
            since and _SINCE_AHEAD.fullmatch(since) and not m["done"] or why and (
            "line" in why and util != "power" or "pipes" in why and util != "water") or span and not m["done"] or \
            (day or today) and (lasting or m["done"] or m["asked"] == "à") or lasting and (asked or m["again"]) or \
            m["not"] and (asked or m["done"] or m["again"] or lasting or why or day or today):
        return None
    if place and not (why or today or m["not"]) or not place and ((said := who(m, asked)) is None or animal(m)):
        return None  # ("Khu tôi bị cắt điện.": _out's; a pet)
    whose = "the" if place else EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    if today:
        return None if asked or m["again"] or util != "power" or whose != "the" else \
            f"There's a power cut{place} today{why}."
    if day:
        return f"Was {whose} {util} cut off{place}{again}{why} {day}?" if asked else \
            capitalised(f"{whose} {util} was cut off{place}{again}{why} {day}.")
    if asked:
        return f"Has {whose} {util} been cut off{place}{again}{why}?"
    if m["not"]:
        return capitalised(f"{whose} {util} hasn't been cut off{place}.")
    return capitalised(f"{whose} {util} has been cut off{place}{again}{lasting}{why}.")


def _place_vi(m: re.Match) -> str | None:
    """Where a match of _PLACE_EN says it is, in Vietnamese: "nhà tôi", "khu nhà mẹ tôi" ("in my mother's area"),
    "ở đây"; "" for none, None for someone not known."""
    if m["place"]:
        return PLACES_VI[keyed(m["place"])]
    if not m["owned"]:
        return ""
    whose = WHOSE_VI[keyed(m["owner"])] if m["owner"] else someone(m["named"], "en")
    owned = OWNED_VI[keyed(m["owned"])]
    if owned == "khu" and m["named"]:  # ("Lan's area": "khu nhà Lan", her house's; "khu Lan" is one called Lan)
        owned = "khu nhà"
    return whose and f"{owned} {whose}"


def _gone_vi(util: str, place: str, again: bool, day: str = "") -> str:
    """Gone off, in Vietnamese, with its day and its place: "Mất điện", "Nhà tôi bị mất nước", "Lại mất mạng",
    "Tối qua nhà tôi lại bị mất điện"."""
    return capitalised(" ".join(w for w in (day, place, "lại" * again, "bị" * bool(place), "mất", util) if w))


def _day_vi(m: re.Match) -> str | None:
    """The day behind of a match of _DAY_EN in Vietnamese ("last night" → "tối qua"); "" for none, None for one not
    read or "… ago"."""
    return "" if not m["day"] else None if "ago" in m["day"] else when(m["day"], "en")


# what English says of it: (asked with, after it, "been", "gone") → now ("is"), before ("went", "was"), a while ("been")
_SAID_EN = {("", "is", False, False): "is", ("", "'s", False, False): "is", ("", "went", False, False): "went",
            ("", "was", False, False): "was", ("", "has", True, False): "been", ("", "'s", True, False): "been",
            ("", "has", False, True): "is", ("", "'s", False, True): "is", ("is", "", False, False): "is",
            ("has", "gone", False, False): "is", ("did", "go", False, False): "went"}


def _out_vi(text: str) -> str | None:
    """"The power's out." as "Mất điện rồi.", "The power's been out for two hours." as "Mất điện hai tiếng rồi."
    (_OUT_EN); None for anything else, and "The internet is down." (mt/broken.py's)."""
    m = _OUT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (place := _place_vi(m)) is None or (day := _day_vi(m)) is None:
        return None
    util = UTILITIES[UTILITIES_VI[keyed(m["util"])]]
    gone, q, lasts, again = keyed(m["gone"]), keyed(m["q"] or ""), m["since"] or m["span"] or m["all"], bool(m["again"])
    said = _SAID_EN.get((q, keyed(m["aux"] or "").replace("’", "'"), bool(m["been"]), bool(m["gone_"])))
    if said is None or gone not in _GONE_EN[util] or gone == "cut off" and (q or said == "went") or \
            bool(day) != (said == "was") and not (said == "went" and not lasts) or \
            lasts and (said != "been" and not (said == "is" and m["all"]) or q or again) or \
            said == "been" and not lasts and gone != "cut off":
        return None
    if said == "is" and gone == "down" and not (q or place or again):
        return None  # ("The internet is down.": mt/broken.py's)
    vi = UTILITIES_VI[util]
    if gone == "cut off" and not (lasts or day):
        return capitalised(" ".join(w for w in (place, "lại" * again, "bị cắt", vi) if w) + " rồi.")
    if q:
        if again:
            return f"{_gone_vi(vi, place, True)} à?"
        return capitalised(" ".join(w for w in (day, place, f"có bị mất {vi} không?") if w))
    if day:
        return f"{_gone_vi(vi, place, again, day)}."
    if lasts:
        span = m["span"] and spans.said(re.fullmatch(spans.EN, keyed(m["span"])), "vi")
        how = span or (f"từ {when(m['since'], 'en', LAST)}" if m["since"] else WHOLE_SPANS_EN[keyed(m["all"])])
        return f"{_gone_vi(vi, place, False)} {how}{' rồi' if said == 'been' else ''}."  # ("is off all day")
    return f"{_gone_vi(vi, place, again)}{'' if place else ' rồi'}."


def _cut_vi(text: str) -> str | None:
    """"There's a power cut." as "Mất điện rồi.", "There was a power cut last night." as "Tối qua mất điện." (_CUT_EN);
    None for anything else."""
    m = _CUT_EN.fullmatch(text)
    q = m and keyed(m["q"]).replace("’", "'")
    if not m or (q == "is there") != ("?" in m["end"]) or (place := _place_vi(m)) is None or \
            (day := _day_vi(m)) is None or bool(day) != (q == "there was"):
        return None
    if m["today"]:  # ("There's a power cut in my area today.": said as the day is, or ahead)
        if q == "is there" or m["again"] or m["another"]:
            return None
        if not keyed(m["what"]).endswith("cut"):  # (a failure, an outage: gone, not cut)
            return f"{_gone_vi('điện', place, False, 'Hôm nay')}."
        return " ".join(w for w in ("Hôm nay", place, "bị cắt điện.") if w)
    if q == "is there":
        return capitalised(f"{place} có bị mất điện không?" if place else "Có bị mất điện không?")
    return f"{_gone_vi('điện', place, bool(m['again'] or m['another']), day)}{'' if place or day else ' rồi'}."


def _asked_vi(text: str) -> str | None:
    """"How long has the power been out?" as "Mất điện bao lâu rồi?", "When did the water go off at your house?" as
    "Nhà bạn bị mất nước từ lúc nào?" (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    if not m or (place := _place_vi(m)) is None:
        return None
    util = UTILITIES[UTILITIES_VI[keyed(m["util"])]]
    if keyed(m["gone"]) not in _GONE_EN[util] - {"cut off"} or ("go" in text.split()) != bool(m["since"]):
        return None
    return f"{_gone_vi(UTILITIES_VI[util], place, False)} {'từ lúc nào' if m['since'] else 'bao lâu rồi'}?"


def _back_vi(text: str) -> str | None:
    """"The power's back on." as "Có điện lại rồi.", "Is the power back yet?" as "Có điện lại chưa?", "When will the
    water be back on?" as "Khi nào có nước lại?" (_BACK_EN); None for anything else."""
    m = _BACK_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or asked != bool(m["q"] or m["when"]) or (place := _place_vi(m)) is None:
        return None
    aux, come, q = keyed(m["aux"] or "").replace("’", "'"), bool(m["come"]), keyed(m["q"] or m["when"] or "")
    form = (q, aux, come)
    if form not in {("", "is", False), ("", "'s", False), ("", "has", True), ("", "'s", True), ("", "came", False),
                    ("is", "", False), ("has", "come", False), ("when will", "be", False),
                    ("when is", "coming", False)} or m["yet"] and q not in ("is", "has"):
        return None
    util = UTILITIES_VI[keyed(m["util"])]
    there = capitalised(f"{place} có {util} lại" if place else f"Có {util} lại")
    if m["when"]:
        return f"Khi nào {place + ' ' if place else ''}có {util} lại?"
    return f"{there} chưa?" if q else f"{there} rồi."


def _none_vi(text: str) -> str | None:
    """"There's no water at my house." as "Nhà tôi không có nước.", "There's still no power here." as "Ở đây vẫn chưa
    có điện." (_NONE_EN, a place said); None for anything else ("There's no power.": v8 writes it well)."""
    m = _NONE_EN.fullmatch(text)
    if not m or not (place := _place_vi(m)):
        return None
    return capitalised(f"{place} {'vẫn chưa' if m['still'] else 'không'} có {UTILITIES_VI[keyed(m['util'])]}.")


def _we_vi(text: str) -> str | None:
    """"We have no power." as "Chúng tôi không có điện.", "We have no water at home." as "Nhà chúng tôi không có
    nước.", "We've lost power." as "Chúng tôi bị mất điện rồi.", "We lost the internet." as "Chúng tôi bị mất internet
    rồi." (_WE_EN); None for anything else, and the water lost ("bị mất nước" of a person is dehydrated)."""
    m = _WE_EN.fullmatch(text)
    if not m:
        return None
    util, who_, day = UTILITIES_VI[keyed(m["util"]).removeprefix("the ")], _WE_VI[m["who"].lower()], _day_vi(m)
    if m["lost"]:
        util = "internet" if util == "mạng" else util  # ("bị mất mạng" of a person: lost their life)
        perfect = "'" in m["lost"] or "’" in m["lost"] or "have" in m["lost"]
        if util == "nước" or m["home"] or day is None or day and perfect:
            return None  # ("bị mất nước" of a person: dehydrated)
        return capitalised(f"{day} {who_} bị mất {util}." if day else f"{who_} bị mất {util} rồi.")
    if m["day"] or (m["util"].lower().startswith("the ")):
        return None
    return capitalised(f"{'nhà ' * bool(m['home'])}{who_} không có {util}.")


def _cut_off_vi(text: str) -> str | None:
    """"My power has been cut off." as "Tôi bị cắt điện rồi.", "Our power was cut off yesterday." as "Hôm qua chúng tôi
    bị cắt điện." (_CUT_OFF_EN); None for anything else, "was" with no day, a span with why (without "rồi", done or
    ahead), and the power with no why (_out_vi's)."""
    m = _CUT_OFF_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (place := _place_vi(m)) is None or (day := _day_vi(m)) is None:
        return None
    form = (keyed(m["q"] or ""), keyed(m["aux"] or "").replace("’", "'"), bool(m["been"]))
    done = form in {("", "has", True), ("", "'s", True), ("has", "", True)}
    util, why = UTILITIES_VI[keyed(m["util"])], m["why"] and _WHY_VI[keyed(m["why"])]
    whose = "" if m["the"] else WHOSE_VI[keyed(m["whose"])] if m["whose"] else None if pet(m["someone"], "en") else \
        someone(m["someone"], "en")  # (not "my dog's")
    span = m["span"] and spans.said(re.fullmatch(spans.EN, keyed(m["span"])), "vi")
    lasting = span or m["since"] and f"từ {when(m['since'], 'en', LAST)}"  # ("last week": "tuần trước")
    if whose is None or not (done or form in {("", "was", False), ("was", "", False)}) or (
            bool(day) == done) or m["the"] and not why or place and not m["the"] or why and (
            "dây" in why and util != "điện" or "ống" in why and util != "nước") or \
            lasting and (m["q"] or m["again"]) or span and why or \
            m["not"] and (m["q"] or m["again"] or lasting or why or not done):
        return None
    who_ = " ".join(w for w in (day, place or whose) if w)
    cut = " ".join(w for w in ("lại" * bool(m["again"]), "chưa" * bool(m["not"]), "bị cắt", util, lasting, why) if w)
    if m["q"]:
        return capitalised((f"{who_} {cut} à?" if m["again"] else f"{who_} có {cut} không?").lstrip())
    return capitalised(f"{who_} {cut}".lstrip()) + ("" if day or why or m["not"] else " rồi") + "."
