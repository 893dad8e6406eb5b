"""Traffic, both ways, written whole by rule: who was stuck in traffic for how long (asked: how long?), the roads busy
or quiet at rush hour or today, the traffic bad, an accident that jammed the road, avoiding the main road or taking
another route, and the traffic moving again. v8 reads "kẹt xe" as a noun, "giờ cao điểm" word by word, "rush hour" as
a hurry: "Sáng nay tôi bị kẹt xe một tiếng." → "This morning, I was traffic jam an hour.", "Tôi bị kẹt xe mất một
tiếng." → "I have traffic jam lost an hour.", "Giờ cao điểm đường rất đông." → "Hour line height is very crowded.",
"Hôm nay kẹt xe quá." → "Today traffic jam too.", "Có tai nạn nên đường bị tắc." → "The accident should be ruled.",
"Bạn nên tránh đường chính." → "You should avoid the main way.", "Hết kẹt xe rồi." → "Out traffic jam.", "Đường có
đông không?" → "Do you have a shareholder?"; "I was stuck in traffic for an hour." → "Tôi bị kẹt trong một tiếng đồng
hồ.", "The roads are busy at rush hour." → "Con đường đang bận rộn vào lúc vội vã.", "Traffic is bad today." → "Lưu
lượng xấu hôm nay.", "The road is clear now." → "Con đường rõ ràng.", "We should take another route." → "Chúng ta nên
đi đi đường khác.".

Taken: who (mt.hobbies.WHO, WHO_EN) stuck in traffic for a span (mt/spans.py, "about" of spans.ABOUT) on a day behind
(mt.free_time.when) or so far ("rồi": have been), asked how long; the roads or the streets busy, quiet or clear (very,
really, not, asked) at rush hour, today, now or yesterday; the traffic terrible, or always, often or usually bad, then;
an accident (ahead), so the road is jammed, blocked or closed or there is a jam, and the road jammed because of one;
who should avoid or take the main road, the highway, this road or another route, "Let's", "Don't" and bidden; the
traffic moving now or again, the road clear now. Left: who is stuck in traffic, said plain or on a day
(mt/arrivals.py), how long a commute takes (mt/commutes.py), "Kẹt xe quá." and "Tắc đường quá." (the phrasebook's),
"Tránh đường!" (get out of the way), "xe" alone (a car that runs again), "sáng nay" for the roads (were or are).
mt.phrasebook.translate tries these after mt/ages.py.

    >>> translate("Giờ cao điểm đường rất đông.", "vi", "en")
    'The roads are very busy at rush hour.'
    >>> translate("I was stuck in traffic for an hour.", "en", "vi")
    'Tôi bị kẹt xe một tiếng.'
"""
from __future__ import annotations

import re

from . import spans
from .dates import AHEAD
from .free_time import DAY_OPENING, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:kẹt|tắc|đường|xe\s+cộ)"),
         "en": lazy(r"(?i:traffic|road|street|route|highway|motorway|accident)")}
_JAM = r"(?:kẹt\s+xe|tắc\s+đường)"
_ABOUT = rf"(?:(?P<about>{alternatives(spans.ABOUT)})\s+)?"
_ABOUT_EN = rf"(?:(?P<about>{alternatives(spans.ABOUT_EN)})\s+)?"
# stuck for how long ("Sáng nay tôi bị kẹt xe một tiếng.", "Bạn bị kẹt xe bao lâu rồi?"); plain, mt/arrivals.py's
_STUCK = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<did>đã)\s+|(?P<now>đang)\s+)?(?:bị\s+)?{_JAM}\s+(?:(?:mất|suốt)\s+|"
              rf"(?P<so_far>được)\s+)?(?:{_ABOUT}{spans.VI}|(?P<ask>bao\s+lâu))(?:\s+(?P<done>rồi))?"
              rf"{SOFTENED_END}")
_STUCK_EN = lazy(rf"{WHO_EN}(?P<be>\s+was|\s+were|\s+got|(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+been)\s+stuck\s+"
                 rf"in\s+(?:the\s+)?traffic\s+for\s+{_ABOUT_EN}{spans.EN}(?:\s+(?P<day>[^,.!?]+?))?"
                 r"\s*(?P<end>[.!]*)")
_HOW_LONG_EN = lazy(rf"How\s+long\s+(?P<aux>was|were|have|has)\s+{WHO_EN}(?P<been>\s+been)?\s+stuck\s+in\s+"
                    r"(?:the\s+)?traffic(?:\s+(?P<day>[^,.!?]+?))?\s*\?+")
# when the roads are busy (the first Vietnamese of each is written back; "sáng nay" left: were or are)
_WHEN = {"giờ cao điểm": "at rush hour", "giờ tan tầm": "at rush hour", "hôm nay": "today", "bây giờ": "now",
         "lúc này": "now", "hôm qua": "yesterday"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {"during rush hour": "giờ cao điểm",
                                                              "during the rush hour": "giờ cao điểm",
                                                              "right now": "bây giờ", "this morning": "sáng nay"}
_AT = rf"(?i:{alternatives(_WHEN)})"
_STATES = {"đông": "busy", "đông đúc": "busy", "đông xe": "busy", "vắng": "quiet", "vắng vẻ": "quiet",
           "thông thoáng": "clear"}
_STATES_VI = {"busy": "đông", "crowded": "đông", "packed": "đông", "quiet": "vắng", "empty": "vắng",
              "clear": "thông thoáng"}
_ROADS = {"đường": "roads", "đường sá": "roads", "đường phố": "streets"}
_ROADS_VI = {"roads": "đường", "streets": "đường phố"}
_ROAD_STATE = lazy(rf"(?:(?P<when0>{_AT})\s*,?\s+)?(?P<road>(?i:{alternatives(_ROADS)}))(?:\s+(?P<when1>{_AT}))?"
                   r"\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<very>rất)\s+)?"
                   rf"(?P<state>{alternatives(_STATES)})(?:\s+(?P<much>quá|lắm))?"
                   rf"(?:\s+(?:vào\s+)?(?P<when2>{_AT}))?"
                   rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_OFTEN = {"thường": "usually", "hay": "often", "luôn": "always", "lúc nào cũng": "always"}
_OFTEN_VI = {en: vi for vi, en in reversed(_OFTEN.items())}
# the traffic terrible ("Hôm nay kẹt xe quá.") or always bad then ("Giờ cao điểm lúc nào cũng kẹt xe.")
_JAMMED = lazy(rf"(?:(?P<when0>{_AT})\s*,?\s+)?(?:(?P<often>{alternatives(_OFTEN)})\s+|(?P<ask>có)\s+)?"
               rf"(?:bị\s+)?{_JAM}(?:\s+(?P<much>quá|lắm|kinh\s+khủng|khủng\s+khiếp))?"
               rf"(?:\s+(?:vào\s+)?(?P<when2>{_AT}))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_AT_EN = rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN_VI)})))?"
_ROAD_STATE_EN = lazy(rf"(?:(?P<be0>Are|Were)\s+the\s+(?P<road0>roads|streets)|(?i:the)\s+(?P<road>roads|streets)"
                      r"\s+(?P<be>are|were)(?P<not>\s+not|n['’]t)?)\s+(?:(?P<very>very|extremely)\s+|"
                      rf"(?P<much>really|so)\s+)?(?P<state>{alternatives(_STATES_VI)}){_AT_EN}\s*(?P<end>[.!?]*)")
_BAD = r"(?P<state>bad|terrible|awful|horrible)"
_JAMMED_EN = lazy(rf"(?:(?P<be0>Is|Was)\s+(?:the\s+)?traffic|(?i:(?:the\s+)?traffic)(?P<be>\s+is|\s+was|['’]s)"
                  rf"(?P<not>\s+not|n['’]t)?)\s+(?:(?P<often>{alternatives(_OFTEN_VI)})\s+)?"
                  rf"(?:(?:very|really|so)\s+)?{_BAD}{_AT_EN}\s*(?P<end>[.!?]*)")
# an accident, and the road jammed
_EFFECTS = {"tắc": "the road is jammed", "kẹt": "the road is jammed", "chặn": "the road is blocked",
            "phong tỏa": "the road is closed", "đóng": "the road is closed"}
_EFFECTS_VI = {"jammed": "tắc", "blocked": "chặn", "closed": "đóng"}
_EFFECT = (rf"(?:(?P<road>đường)\s+(?:đang\s+)?bị\s+(?P<how>{alternatives(_EFFECTS)})|(?:(?:đang\s+)?bị\s+)?"
           rf"(?P<jam>{_JAM}))")
_CRASH = r"(?:một\s+)?(?:vụ\s+)?tai\s+nạn(?P<ahead>\s+(?:ở\s+)?(?:phía|đằng)\s+trước)?"
_ACCIDENT = lazy(rf"(?:(?P<ahead0>(?i:phía|đằng)\s+trước)\s+(?:có|vừa\s+có)|(?i:có|vừa\s+có))\s+{_CRASH}"
                 rf"(?:\s*,\s*(?:nên\s+)?|\s+nên\s+){_EFFECT}{SOFTENED_END}")
_BECAUSE = lazy(rf"(?i:{_EFFECT})\s+(?:vì|do)\s+(?:có\s+)?{_CRASH}{SOFTENED_END}")
_EFFECT_EN = (r"(?:(?P<road>the\s+road)(?:['’]s|\s+is)\s+(?P<how>jammed|blocked|closed)|"
              r"(?P<jam>there['’]s\s+a\s+(?:traffic\s+)?jam|there\s+is\s+a\s+(?:traffic\s+)?jam))")
_ACCIDENT_EN = lazy(rf"There(?:\s+was|['’]s\s+been|\s+has\s+been)\s+an\s+accident(?P<ahead>\s+(?:up\s+)?ahead)?"
                    rf"(?:\s*,\s*(?:so|and)|\s+so|\s+and)\s+{_EFFECT_EN}\s*(?P<end>[.!]*)")
_BECAUSE_EN = lazy(r"The\s+road(?:['’]s|\s+is)\s+(?P<how>jammed|blocked|closed)\s+because\s+of\s+an\s+accident"
                   r"(?P<ahead>\s+(?:up\s+)?ahead)?\s*(?P<end>[.!]*)")
# avoiding a road, taking another ("tránh đường" alone is "get out of the way")
_ROUTES = {"đường chính": "the main road", "đường lớn": "the main road", "đường cao tốc": "the highway",
           "đường này": "this road", "đường khác": "another route", "lối khác": "another way"}
_ROUTES_VI = {en: vi for vi, en in reversed(_ROUTES.items())} | {
    "the motorway": "đường cao tốc", "another road": "đường khác", "a different route": "đường khác",
    "a different road": "đường khác", "a different way": "lối khác"}
_AVOID = lazy(rf"(?:{WHO}\s+(?P<should>nên\s+)?|(?P<dont>(?i:đừng))\s+|(?P<please>(?i:hãy))\s+)?"
              rf"(?P<verb>(?i:tránh|đi))\s+(?P<route>{alternatives(_ROUTES)})(?P<di>\s+đi)?"
              r"(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
_AVOID_EN = lazy(rf"(?:{WHO_EN}\s+(?P<should>should)\s+|(?P<lets>Let['’]s)\s+|(?P<dont>Don['’]t)\s+|"
                 rf"(?P<please>Please)\s+)?(?P<verb>(?i:avoid|take))\s+(?P<route>{alternatives(_ROUTES_VI)})"
                 r"(?:,?\s+please)?\s*(?P<end>[.!]*)")
# the traffic moving again ("xe cộ": "xe" alone may be a car that runs again)
_MOVING = lazy(r"(?:(?i:giờ|bây\s+giờ)\s*,?\s+)?(?:(?P<over>(?i:hết)\s+(?:kẹt\s+xe|tắc\s+đường))|"
               r"(?P<road>(?i:đường))\s+(?:đã\s+)?(?:thông(?:\s+thoáng)?|hết\s+(?:kẹt|tắc)(?:\s+xe)?)|"
               r"(?P<cars>(?i:xe\s+cộ))\s+(?:đã\s+)?(?:chạy|di\s+chuyển|lưu\s+thông)\s+(?:được|(?P<again>"
               rf"(?:trở\s+)?lại)))(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_MOVING_EN = lazy(r"(?:(?i:(?:the\s+)?traffic)(?:['’]s|\s+is)\s+(?:finally\s+)?moving\s+(?:(?P<again>again)|now)|"
                  r"(?P<road>(?i:the\s+road))(?:['’]s|\s+is)\s+clear\s+now|"
                  r"(?P<over>(?i:(?:the\s+)?traffic)\s+has\s+cleared(?:\s+up)?))\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about traffic: stuck in it for how long, the roads busy, an accident, a road to
    avoid, the traffic moving again; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    ways = (_stuck, _road_state, _jammed, _accident, _avoid, _moving) if src == "vi" else \
        (_stuck_vi, _road_state_vi, _jammed_vi, _accident_vi, _avoid_vi, _moving_vi)
    return next((said for way in ways if (said := way(text))), None)


def _stuck(text: str) -> str | None:
    """"Sáng nay tôi bị kẹt xe một tiếng." as "I was stuck in traffic for an hour this morning.", "Tôi bị kẹt xe nửa
    tiếng rồi." as "I've been stuck in traffic for half an hour.", "Bạn bị kẹt xe bao lâu?" as "How long were you stuck
    in traffic?" (_STUCK); None for anything else, a day ahead, and "đang" without "rồi"."""
    m = _STUCK.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    day = when(m["day0"], "vi")
    so_far = bool(m["done"] or m["so_far"])
    if day is None or day and (AHEAD.match(day) or so_far or m["now"]) or m["now"] and not so_far:
        return None
    who_, one = said
    day = f" {day}" if day else ""
    if asked:
        return f"How long {'has' if one else 'have'} {who_} been stuck in traffic?" if so_far else \
            f"How long {'was' if one or who_ == 'I' else 'were'} {who_} stuck in traffic{day}?"
    about = f"{spans.ABOUT[keyed(m['about'])]} " if m["about"] else ""
    lasts = f"for {about}{spans.said(m, 'en')}"
    if so_far:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} been stuck in traffic {lasts}."))
    return capitalised(f"{who_} {'was' if one or who_ == 'I' else 'were'} stuck in traffic {lasts}{day}.")


def _day_vi(said: str | None) -> str | None:
    """A day behind said in English, in Vietnamese ("this morning" → "sáng nay"); "" for none, None for one ahead or
    not read."""
    if not said:
        return ""
    return None if AHEAD.match(said.lower()) else when(said, "en")


def _stuck_vi(text: str) -> str | None:
    """"I was stuck in traffic for an hour this morning." as "Sáng nay tôi bị kẹt xe một tiếng.", "I've been stuck in
    traffic for half an hour." as "Tôi bị kẹt xe nửa tiếng rồi.", "How long were you stuck in traffic?" as "Bạn bị
    kẹt xe bao lâu?" (_STUCK_EN, _HOW_LONG_EN); None for anything else, and where the verb does not agree."""
    if m := _HOW_LONG_EN.fullmatch(text):
        who_, one = who_vi(m)
        have = m["aux"] in ("have", "has")
        if have != bool(m["been"]) or (m["aux"] in ("has", "was") if have else m["aux"]) != (
                one if have else be_of(who_, one, True)) or have and m["day"] or (day := _day_vi(m["day"])) is None:
            return None
        return capitalised(f"{day} {who_} bị kẹt xe bao lâu{' rồi' * have}?".strip())
    if not (m := _STUCK_EN.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["be"].split()).replace("’", "'")
    if m["have"] and (verb in ("'s been", "has been")) != one or verb in ("was", "were") and verb != be_of(
            who_, one, True) or m["have"] and m["day"] or (day := _day_vi(m["day"])) is None:
        return None
    about = f"{spans.ABOUT_EN[keyed(m['about'])]} " if m["about"] else ""
    done = " rồi" if m["have"] else ""
    return capitalised(f"{day} {who_} bị kẹt xe {about}{spans.said(m, 'vi')}{done}{m['end'] or '.'}".strip())


def _when_of(m: re.Match) -> str | None:
    """The one time of a match (_ROAD_STATE, _JAMMED) in English; "" for none, None for two."""
    said = [m[g] for g in ("when0", "when1", "when2") if m.groupdict().get(g)]
    return None if len(said) > 1 else _WHEN[keyed(said[0])] if said else ""


def _road_state(text: str) -> str | None:
    """"Giờ cao điểm đường rất đông." as "The roads are very busy at rush hour.", "Hôm nay đường có đông không?" as
    "Are the roads busy today?", "Hôm qua đường vắng." as "The roads were quiet yesterday." (_ROAD_STATE); None for
    anything else."""
    m = _ROAD_STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and (m["very"] or m["much"]) or \
            (at := _when_of(m)) is None:
        return None
    roads, state = _ROADS[keyed(m["road"])], _STATES[keyed(m["state"])]
    be_ = "were" if at == "yesterday" else "are"
    at = f" {at}" if at else ""
    if asked:
        return f"{be_.capitalize()} the {roads} {state}{at}?"
    very = "very " if m["very"] else "really " if m["much"] else ""
    be_ += "n't" if m["not"] else ""
    return f"The {roads} {be_} {very}{state}{at}."


def _jammed(text: str) -> str | None:
    """"Hôm nay kẹt xe quá." as "The traffic is terrible today.", "Giờ cao điểm lúc nào cũng kẹt xe." as "The traffic
    is always bad at rush hour.", "Hôm nay có kẹt xe không?" as "Is the traffic bad today?" (_JAMMED); None for
    anything else, and for "kẹt xe" alone (a jam, or stuck in one)."""
    m = _JAMMED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (at := _when_of(m)) is None or \
            not (asked or m["often"] or m["much"]) or m["often"] and (m["much"] or at == "yesterday"):
        return None
    be_ = "was" if at == "yesterday" else "is"
    at = f" {at}" if at else ""
    if asked:
        return f"{be_.capitalize()} the traffic bad{at}?"
    if m["often"]:
        return f"The traffic is {_OFTEN[keyed(m['often'])]} bad{at}."
    return f"The traffic {be_} terrible{at}."


def _road_state_vi(text: str) -> str | None:
    """"The roads are very busy at rush hour." as "Giờ cao điểm đường rất đông.", "Are the roads busy today?" as "Hôm
    nay đường có đông không?" (_ROAD_STATE_EN); None for anything else, and "were" but for yesterday."""
    m = _ROAD_STATE_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or ((m["be0"] or m["be"]).lower() == "were") != (
            (m["when"] or "").lower() in ("yesterday", "this morning")) or m["not"] and (m["very"] or m["much"]):
        return None
    at = _WHEN_VI[" ".join(m["when"].lower().split())] + " " if m["when"] else ""
    road, state = _ROADS_VI[m["road0"] or m["road"]], _STATES_VI[m["state"]]
    if asked:
        return capitalised(f"{at}{road} có {state} không?")
    very = "rất " if m["very"] else ""
    return capitalised(f"{at}{road} {'không ' * bool(m['not'])}{very}{state}{' quá' * bool(m['much'])}.")


def _jammed_vi(text: str) -> str | None:
    """"The traffic is terrible today." as "Hôm nay kẹt xe quá.", "Traffic is always bad at rush hour." as "Giờ cao
    điểm lúc nào cũng kẹt xe.", "Is the traffic bad today?" as "Hôm nay có kẹt xe không?" (_JAMMED_EN); None for
    anything else, and "was" but for yesterday."""
    m = _JAMMED_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    at = m and (m["when"] or "").lower()
    if not m or asked != ("?" in m["end"]) or (" ".join((m["be0"] or m["be"]).split()).lower() == "was") != (
            at in ("yesterday", "this morning")) or m["often"] and (m["not"] or asked or at == "yesterday"):
        return None
    at = _WHEN_VI[" ".join(at.split())] + " " if at else ""
    if asked:
        return capitalised(f"{at}có kẹt xe không?")
    if m["not"]:
        return capitalised(f"{at}không kẹt xe lắm.")
    return capitalised(f"{at}{_OFTEN_VI[m['often']]} kẹt xe." if m["often"] else f"{at}kẹt xe quá.")


def _accident(text: str) -> str | None:
    """"Có tai nạn nên đường bị tắc." as "There was an accident, so the road is jammed.", "Đường bị tắc vì có tai nạn
    phía trước." as "The road is jammed because of an accident ahead." (_ACCIDENT, _BECAUSE); None for anything
    else."""
    m = _ACCIDENT.fullmatch(text) or _BECAUSE.fullmatch(text)
    if not m or "?" in m["end"] or m.groupdict().get("ahead0") and m["ahead"] or m["jam"] and m.re == _BECAUSE:
        return None
    ahead = " ahead" if m["ahead"] or m.groupdict().get("ahead0") else ""
    effect = "there's a traffic jam" if m["jam"] else _EFFECTS[keyed(m["how"])]
    if m.re == _BECAUSE:
        return f"{capitalised(effect)} because of an accident{ahead}."
    return f"There was an accident{ahead}, so {effect}."


def _accident_vi(text: str) -> str | None:
    """"There was an accident, so the road is jammed." as "Có tai nạn nên đường bị tắc.", "The road is blocked
    because of an accident." as "Đường bị chặn vì có tai nạn." (_ACCIDENT_EN, _BECAUSE_EN); None for anything
    else."""
    m = _ACCIDENT_EN.fullmatch(text) or _BECAUSE_EN.fullmatch(text)
    if not m:
        return None
    effect = "kẹt xe" if m.groupdict().get("jam") else f"đường bị {_EFFECTS_VI[m['how']]}"
    if m.re == _BECAUSE_EN:
        return f"{capitalised(effect)} vì có tai nạn{' phía trước' * bool(m['ahead'])}."
    return f"{'Phía trước có' if m['ahead'] else 'Có'} tai nạn nên {effect}."


def _avoid(text: str) -> str | None:
    """"Bạn nên tránh đường chính." as "You should avoid the main road.", "Tránh đường chính đi." as "Avoid the main
    road.", "Chúng ta đi đường khác đi." as "Let's take another route.", "Đừng đi đường chính." as "Don't take the
    main road." (_AVOID); None for anything else, "anh" … alone as who, and avoiding "another route"."""
    m = _AVOID.fullmatch(text)
    if not m or m["dont"] and (m["di"] or keyed(m["verb"]) == "tránh"):
        return None
    route = _ROUTES[keyed(m["route"])]
    verb = "avoid" if keyed(m["verb"]) == "tránh" else "take"
    if verb == "avoid" and route.startswith("another"):
        return None
    if m["should"] or m["who"] or m["kin"] or m["title"] or m["given"]:
        said = who(m, False)
        if not said or m["should"] and m["di"] or not m["should"] and not (m["di"] and said[0] == "we"):
            return None
        return capitalised(f"{said[0]} should {verb} {route}.") if m["should"] else f"Let's {verb} {route}."
    return f"Don't {verb} {route}." if m["dont"] else capitalised(f"{verb} {route}.")


def _avoid_vi(text: str) -> str | None:
    """"You should avoid the main road." as "Bạn nên tránh đường chính.", "Let's take another route." as "Chúng ta
    đi đường khác đi.", "Don't take the main road." as "Đừng đi đường chính." (_AVOID_EN); None for anything else."""
    m = _AVOID_EN.fullmatch(text)
    if not m:
        return None
    route = _ROUTES_VI[" ".join(m["route"].lower().split())]
    verb = "tránh" if m["verb"].lower() == "avoid" else "đi"
    if verb == "tránh" and route in ("đường khác", "lối khác") or m["dont"] and verb == "tránh":
        return None
    if m["should"]:
        who_ = who_vi(m)[0]  # (a suggestion: "we" with the one spoken to)
        return capitalised(f"{'chúng ta' if who_ == 'chúng tôi' else who_} nên {verb} {route}.")
    if m["lets"]:
        return f"Chúng ta {verb} {route} đi."
    return f"Đừng đi {route}." if m["dont"] else f"{verb.capitalize()} {route} đi."


def _moving(text: str) -> str | None:
    """"Hết kẹt xe rồi." as "The traffic's moving now.", "Xe cộ đã lưu thông trở lại." as "The traffic's moving
    again.", "Đường thông rồi." as "The road's clear now." (_MOVING); None for anything else, and without "rồi" but
    for "trở lại"."""
    m = _MOVING.fullmatch(text)
    if not m or "?" in m["end"] or not (m["done"] or m["again"]):
        return None
    if m["road"]:
        return "The road's clear now."
    return f"The traffic's moving {'again' if m['again'] else 'now'}."


def _moving_vi(text: str) -> str | None:
    """"The traffic's moving now." as "Giờ hết kẹt xe rồi.", "The traffic is moving again." as "Xe cộ đã lưu thông
    trở lại.", "The road is clear now." as "Giờ đường thông rồi." (_MOVING_EN); None for anything else."""
    m = _MOVING_EN.fullmatch(text)
    if not m:
        return None
    if m["road"]:
        return "Giờ đường thông rồi."
    return "Hết kẹt xe rồi." if m["over"] else "Xe cộ đã lưu thông trở lại." if m["again"] else "Giờ hết kẹt xe rồi."
