"""How crowded or empty a place is, and not liking or avoiding crowds, both ways, written whole by rule. v8 (the rules
on) reads "đông" as large or winter, "vắng" as away, "đông khách" as engaged, "chật kín" as closed, and "packed" as
wrapped: "Siêu thị đông quá." → "The supermarket is too large.", "Chợ hôm nay đông người lắm." → "The crowd of people
today.", "Quán này lúc nào cũng đông khách." → "This process is always engaged.", "Ở đó có đông không?" → "Is winter
there?", "Hôm qua chợ vắng tanh." → "Yesterday, the market was away.", "Bệnh viện lúc nào cũng chật kín người." →
"The hospital is always closed.", "Mẹ tôi ghét chỗ đông người." → "My mother dropped the crowd.", "Siêu thị có đông
không?" → "Do the supermarket?"; "The market is really busy today." → "Thị trường ngày nay thật sự bận rộn.", "This
place is always packed." → "Nơi này luôn được đóng gói.", "The beach is so empty." → "Biển trống quá.", "My mother
hates crowds." → "Đám đông của mẹ tôi.", "Is the supermarket busy?" → "Có phải siêu thị đang bận rộn không?".

Taken: a place of _PLACES (the supermarket, the market, the mall of mt.shopping.PLACES; a restaurant, a café, the
beach, the park, the hospital …; "này", this; "đó", that; "quán này", this place; "ở đây", "ở đó", it … here, there)
crowded, busy, packed, quiet or empty (very, so, really, too, quite, a bit; always, usually), on a day of _DAYS (today,
now, yesterday and last weekend: was; tomorrow: will be; at the weekend, in the evening, on public holidays), or "sẽ"
(will be); said, denied ("không đông lắm", not very; "isn't always", "không phải lúc nào cũng"), asked ("có …
không?", "… không?", "à?"); who (mt.hobbies.WHO, WHO_EN) likes, hates, avoids (always, should, tries to) crowded or
quiet places, going to them, or crowds: said, denied, asked. Left: "đông" bare ("Chợ đông.": "Chợ Đông", a market's
name?) and "Đông" written large (east, winter), "vắng mặt" (absent, mt/school_trouble.py), people ("Lan vắng": away),
the roads and the streets (mt/traffic.py), the dorm (mt/dorms.py), the sea ("biển": mt/beaches.py), "quán" alone and
"the place" (which?), "sáng nay" and "tối nay" (was, is or will be?), "was" with no day behind, "quiet" in English
(noise, or few people?), "empty" or "packed" denied, "lúc nào cũng không" (never), "it" busy (work, or people?), "We
should" and "we" asked (we, or "chúng ta"?), pets, "anh", "chị", "em" alone saying it, "I" asked, and anything else.
mt.phrasebook.translate tries these after mt/debts.py.

    >>> translate("Siêu thị đông quá.", "vi", "en"), translate("This place is always packed.", "en", "vi")
    ('The supermarket is so crowded.', 'Chỗ này lúc nào cũng chật kín người.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .shopping import PLACES as SHOPS
from .text import SOFTENED_END, alternatives, capitalised, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đông|vắng|chật\s+kín)"),
         "en": lazy(r"(?i:crowd|busy|packed|empty|deserted|quiet)")}
# places (English without "the"; the first Vietnamese of each is written back); "quán" only with "này" or "đó"
_PLACES = {vi: en.removeprefix("the ") for vi, en in SHOPS.items()} | {
    "nhà hàng": "restaurant", "quán cà phê": "café", "quán": "place", "chỗ": "place", "bãi biển": "beach",
    "công viên": "park", "phố cổ": "old quarter", "rạp chiếu phim": "cinema", "rạp phim": "cinema",
    "bảo tàng": "museum", "sân bay": "airport", "bệnh viện": "hospital", "phòng khám": "clinic"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items()) if vi != "quán"} | {
    "shopping centre": "trung tâm thương mại", "shopping center": "trung tâm thương mại",
    "shopping mall": "trung tâm thương mại", "cafe": "quán cà phê", "coffee shop": "quán cà phê"}
_HERE = {"ở đây": "here", "ở đó": "there"}
_HERE_VI = {en: vi for vi, en in _HERE.items()}
_SHOPS = {"siêu thị", "trung tâm thương mại", "nhà hàng", "quán cà phê", "chỗ"}  # (busy: "đông khách")
# how crowded ("đông" bare is a name's "Đông" too: taken only with more words said)
_STATES = {"đông": "crowded", "đông người": "crowded", "đông đúc": "crowded", "đông khách": "busy",
           "chật kín người": "packed", "chật kín": "packed", "đông nghịt": "packed", "đông nghẹt": "packed",
           "vắng": "quiet", "vắng vẻ": "quiet", "vắng người": "quiet", "vắng khách": "quiet", "vắng tanh": "empty",
           "vắng hoe": "empty", "vắng ngắt": "empty"}
_FULL = {"packed", "empty"}  # (already said at their most: no "very")
# when (near days of mt.dates: behind, was; ahead, will be; the others are, or are as a habit)
_DAYS = near_days("hôm qua", "cuối tuần trước", "hôm nay", "ngày mai") | {
    "bây giờ": "now", "lúc này": "now", "cuối tuần": "at the weekend", "buổi tối": "in the evening",
    "buổi sáng": "in the morning", "ngày lễ": "on public holidays", "dịp tết": "during Tet"}
_DAYS_VI = {en.lower(): vi for vi, en in reversed(_DAYS.items())} | {
    "right now": "bây giờ", "at weekends": "cuối tuần", "on weekends": "cuối tuần", "on the weekend": "cuối tuần",
    "in the evenings": "buổi tối", "in the mornings": "buổi sáng", "on holidays": "ngày lễ"}
_DAY_VI = {vi: (vi if vi != "dịp tết" else "dịp Tết") for vi in _DAYS}  # (as written back)
_OFTEN = {"lúc nào cũng": "always", "luôn luôn": "always", "luôn": "always", "thường": "usually"}
_OFTEN_VI = {"always": "lúc nào cũng", "usually": "thường"}
_BEFORE = {"rất": "very", "quá": "too", "khá": "quite", "hơi": "a bit"}  # (degree before the state, after it)
_AFTER = {"quá": "so", "lắm": "really", "thế": "so", "vậy": "so"}
_DEGREE_VI = {"very": "rất {}", "too": "quá {}", "quite": "khá {}", "pretty": "khá {}", "a bit": "hơi {}",
              "a little": "hơi {}", "so": "{} quá", "really": "{} lắm"}

_DAY = rf"(?i:(?:vào\s+)?(?:{alternatives(_DAYS)}))"
_STATE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?(?P<place>(?i:{alternatives(_PLACES)}|{alternatives(_HERE)}))"
              r"(?:\s+(?P<this>này|đó))?"
              rf"(?:\s+(?P<day1>{_DAY}))?(?:\s+(?P<often>{alternatives(_OFTEN)}))?(?:\s+(?P<will>sẽ))?"
              rf"(?:\s+(?P<ask>có)|\s+(?P<not>không))?(?:\s+(?P<pre>{alternatives(_BEFORE)}))?"
              rf"\s+(?P<state>{alternatives(_STATES)})(?:\s+(?P<post>{alternatives(_AFTER)}))?"
              rf"(?:\s+(?P<day2>{_DAY}))?(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
# who likes, hates or avoids crowded places ("Tôi không thích chỗ đông người.", "Chúng tôi luôn tránh đám đông.")
_CROWDS = {"đông người": "crowded places", "đông đúc": "crowded places", "vắng vẻ": "quiet places",
           "vắng người": "quiet places"}
_LIKE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<adv>rất|luôn|nên|cố)\s+)?"
             r"(?P<verb>thích|ghét|tránh)\s+(?P<going>(?:đi|đến)\s+)?(?:(?:(?:những|các)\s+)?(?:chỗ|nơi)\s+"
             rf"(?P<what>{alternatives(_CROWDS)})|(?P<crowds>đám\s+đông))"
             rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_VERBS = {"thích": "like", "ghét": "hate", "tránh": "avoid"}
_ADVERBS = {("rất", "thích"): "really ", ("rất", "ghét"): "really ", ("luôn", "tránh"): "always "}

# ... in English
_PLACE_EN = (rf"(?P<det>(?i:the|this|that))\s+(?P<place>(?i:{alternatives(_PLACES_VI)}))")
_STATE_EN = r"(?P<state>crowded|busy|packed|empty|deserted)"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_DEGREE_EN = rf"(?:\s+(?P<deg>{alternatives(_DEGREE_VI)}))?"
_SAID_EN = lazy(rf"(?:{_PLACE_EN}|(?P<it>It))(?P<be>\s+is|['’]s|\s+was|\s+will|['’]ll|\s+won['’]t)"
                rf"(?P<not>\s+not|n['’]t)?(?P<be2>\s+be)?(?:\s+(?P<often>always|usually))?{_DEGREE_EN}\s+{_STATE_EN}"
                rf"(?:\s+(?P<here>here|there))?{_DAY_EN}\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<be>Is|Was|Will)\s+(?:{_PLACE_EN}|(?P<it>it))(?P<be2>\s+be)?(?:\s+(?P<deg>very|too))?"
                 rf"\s+{_STATE_EN}(?:\s+(?P<here>here|there))?{_DAY_EN}\s*\?+")
_CROWDS_VI = {"crowded places": "chỗ đông người", "busy places": "chỗ đông người", "quiet places": "chỗ yên tĩnh",
              "crowds": "đám đông"}
_LIKE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                r"(?:\s+(?P<adv>really|always|should|try\s+to|tries\s+to))?\s+(?P<verb>likes?|loves?|hates?|avoids?)"
                rf"\s+(?P<going>going\s+to\s+)?(?P<what>{alternatives(_CROWDS_VI)})\s*(?P<end>[.!?]*)")
_ADVERBS_VI = {("really", "like"): "rất ", ("really", "hate"): "rất ", ("always", "avoid"): "luôn ",
               ("should", "avoid"): "nên ", ("try to", "avoid"): "cố ", ("tries to", "avoid"): "cố "}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how crowded or empty a place is, or who likes, hates or
    avoids crowded places; None for any other."""
    if src == "vi":
        return _state(text) or _like(text)
    text = text.replace("’", "'")
    return _said_vi(text) or _asked_vi(text) or _like_vi(text)


def _when(m: re.Match) -> tuple[str, str] | None:
    """The day of a match of _STATE in English and its way ("behind", "today", "ahead"); ("", "") for none; None
    where two are said."""
    days = [d for d in (m["day0"], m["day1"], m["day2"]) if d]
    if len(days) > 1:
        return None
    if not days:
        return "", ""
    day = keyed(days[0]).removeprefix("vào ")
    return _DAYS[day], NEAR_WAY.get(day, "today")


def _state(text: str) -> str | None:
    """"Siêu thị đông quá." as "The supermarket is so crowded.", "Chợ hôm nay đông người lắm." as "The market is
    really crowded today.", "Quán này lúc nào cũng đông khách." as "This place is always busy.", "Ở đó có đông
    không?" as "Is it crowded there?", "Hôm qua chợ vắng tanh." as "The market was empty yesterday." (_STATE); None
    for anything else, "đông" bare, "always" denied, and a tense or a degree that does not fit."""
    m = _STATE.fullmatch(text)
    if not m or (when := _when(m)) is None:
        return None
    day, way = when
    asked = bool(m["asked"])
    place, state, pre, post = keyed(m["place"]), m["state"], m["pre"], keyed(m["post"] or "")
    en = _STATES[state]
    if asked != ("?" in m["end"]) or m["ask"] and m["asked"] != "không" or m["not"] and asked or pre and post:
        return None
    if place in ("quán", "chỗ") and not m["this"] or place in _HERE and m["this"]:
        return None  # ("Quán đông." : which?)
    if state == "đông" and not (day or m["often"] or m["will"] or asked or m["not"] or pre or post):
        return None  # ("Chợ đông.": "Chợ Đông", a market's name?)
    if m["will"] and (way not in ("", "ahead") or m["often"]) or m["often"] and (
            way in ("behind", "ahead") or day in ("today", "now")):
        return None
    if m["not"] and m["often"] and _OFTEN[keyed(m["often"])] == "always":
        return None  # ("lúc nào cũng không đông" is never crowded; "isn't always crowded" would say it sometimes is)
    degree = _degree(en, pre, post, asked, bool(m["not"]))
    if degree is None:
        return None
    tense = "past" if way == "behind" else "future" if way == "ahead" or m["will"] else "present"
    if place in _HERE:
        subject, where = "it", f" {_HERE[place]}"
    else:
        det = "this" if m["this"] == "này" else "that" if m["this"] else "the"
        subject, where = f"{det} {_PLACES[place]}", ""
    often = f" {_OFTEN[keyed(m['often'])]}" if m["often"] else ""
    rest = f"{often}{degree}{where}{' ' + day if day else ''}"
    if asked:
        if m["often"]:
            return None
        be = {"past": "Was {}", "future": "Will {} be", "present": "Is {}"}[tense].format(subject)
        return f"{be}{rest}?"
    not_ = " not" if m["not"] else ""
    be = {"past": f"was{not_}", "future": f"will{not_} be", "present": f"is{not_}"}[tense]
    be = be.replace("is not", "isn't").replace("was not", "wasn't").replace("will not", "won't")
    said = f"It's{rest}" if subject == "it" and be == "is" else capitalised(f"{subject} {be}{rest}")
    return said + ("!" if "!" in m["end"] else ".")


def _degree(en: str, pre: str | None, post: str, asked: bool, not_: bool) -> str | None:
    """The state `en` with its degree in English (" so crowded", " very busy", " too crowded"), as said, asked or
    denied; None for a degree that does not fit ("rất vắng tanh", "có rất đông không?")."""
    if not (pre or post):
        return f" {en}"
    if en in _FULL:
        return None
    pre = keyed(pre or "")
    if asked or not_:  # ("có đông lắm không?", "không đông lắm": very; "không quá đông": too)
        said = "very" if post == "lắm" and not pre else "too" if not_ and pre == "quá" else None
        return said and f" {said} {en}"
    return f" {_BEFORE[pre] if pre else _AFTER[post]} {en}"


def _like(text: str) -> str | None:
    """"Tôi không thích chỗ đông người." as "I don't like crowded places.", "Mẹ tôi rất ghét đám đông." as "My mother
    really hates crowds.", "Chúng tôi luôn tránh những nơi đông người." as "We always avoid crowded places.", "Bạn có
    thích chỗ đông người không?" as "Do you like crowded places?" (_LIKE); None for anything else."""
    m = _LIKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked or m["adv"] and (
            asked or m["not"]):
        return None
    said = None if animal(m) else who(m, asked)  # (a pet's likes are not crowded places')
    if said is None or asked and said[0] in ("I", "we"):
        return None
    who_, one = said
    verb, adv = _VERBS[m["verb"]], m["adv"]
    what = "crowds" if m["crowds"] else _CROWDS[keyed(m["what"])]
    if m["going"] and m["crowds"]:
        return None
    rest = f"going to {what}" if m["going"] else what
    if adv in ("nên", "cố"):
        if verb != "avoid":
            return None
        return capitalised(f"{who_} should avoid {rest}{stop(m['end'])}" if adv == "nên" else
                           present(who_, one, "try", f"to avoid {rest}", end=m["end"]))
    if adv and (adv, m["verb"]) not in _ADVERBS:
        return None
    return present(who_, one, verb, rest, asked, bool(m["not"]), m["end"], _ADVERBS.get((adv, m["verb"]), ""))


def _place_vi(m: re.Match) -> str | None:
    """The place of a match of _SAID_EN or _ASKED_EN in Vietnamese: "siêu thị", "nhà hàng này", "chỗ này", "ở đây"
    ("it … here"); None for "it" with no here or there, "it" busy, and "the place"."""
    if m["it"]:  # ("It's busy here." may be work: "Ở đây bận lắm", not "đông người")
        return _HERE_VI[m["here"]] if m["here"] and m["state"] != "busy" else None
    if m["here"]:
        return None
    det, place = m["det"].lower(), _PLACES_VI[keyed(m["place"])]
    if det == "the":
        return None if place == "chỗ" else place
    return f"{place} {'này' if det == 'this' else 'đó'}"


def _tense(m: re.Match, be: str) -> str | None:
    """The way of "is", "was", "will" said (`be`) with the day of a match in English ("behind", "today", "ahead"),
    the day in Vietnamese; None where they do not agree ("was" with no day behind, "is … yesterday")."""
    day = _DAYS_VI.get(" ".join((m["day"] or "").lower().split()), "")
    way = NEAR_WAY.get(day, "today") if day else ""
    said = {"was": "behind", "will": "ahead", "'ll": "ahead", "won't": "ahead"}.get(be, "today")
    if bool(m["be2"]) != (said == "ahead") or said == "behind" and way != "behind" or said == "today" and way not in (
            "", "today") or said == "ahead" and way not in ("", "ahead"):
        return None
    return _DAY_VI[day] if day else ""


def _said_vi(text: str) -> str | None:
    """"The supermarket is so crowded." as "Siêu thị đông quá.", "The mall is very crowded at the weekend." as "Cuối
    tuần trung tâm thương mại rất đông.", "This place is always packed." as "Chỗ này lúc nào cũng chật kín người.",
    "It's so crowded here." as "Ở đây đông quá.", "The beach will be busy tomorrow." as "Ngày mai bãi biển sẽ đông
    người.", "The supermarket isn't always busy." as "Siêu thị không phải lúc nào cũng đông khách." (_SAID_EN); None
    for anything else, "quiet" (of noise?), and "was" with no day behind."""
    m = _SAID_EN.fullmatch(text)
    if not m or (place := _place_vi(m)) is None:
        return None
    be = {"'s": "is", "'ll": "will"}.get(keyed(m["be"]), keyed(m["be"]))
    day = _tense(m, be)
    not_ = bool(m["not"]) or be == "won't"
    if day is None or m["not"] and be == "won't" or m["often"] and (day and day not in _OFTEN_SAID or be != "is"):
        return None
    shop = place.removesuffix(" này").removesuffix(" đó") in _SHOPS
    # ("isn't always busy": not every time, "không phải lúc nào cũng đông"; "lúc nào cũng không đông" is never)
    sometimes = not_ and m["often"] == "always"
    if sometimes and m["deg"] not in (None, "very", "too"):
        return None  # ("isn't always so busy": not this busy, not "không phải lúc nào cũng đông quá")
    state = _state_vi(m["state"], keyed(m["deg"] or ""), not_ and not sometimes, shop)
    if state is None:
        return None
    will = "sẽ " if be in ("will", "'ll", "won't") else ""
    often = "không phải lúc nào cũng " if sometimes else f"{_OFTEN_VI[m['often']]} " if m["often"] else ""
    said = f"{day} {place}" if day else place
    return capitalised(f"{said} {often}{will}{state}") + ("!" if "!" in m["end"] else ".")


_OFTEN_SAID = {"cuối tuần", "buổi tối", "buổi sáng", "ngày lễ", "dịp Tết"}  # (days a habit may be said on)


def _state_vi(state: str, deg: str, not_: bool, shop: bool) -> str | None:
    """A state of English in Vietnamese, with its degree (`deg`) and denied: "crowded" as "đông người", "so crowded"
    as "đông quá", "not very busy" as "không đông lắm", "busy" of a shop as "đông khách", "empty" as "vắng tanh";
    None for "very packed", "not empty" and the like."""
    if state in ("packed", "deserted") and (deg or not_):
        return None
    if state == "packed":
        return "chật kín người"
    if state == "deserted" or state == "empty" and not deg:
        return None if not_ else "vắng tanh"
    vi = "vắng" if state == "empty" else "đông"
    if not_:
        if state == "empty":
            return None
        return {"": "không đông", "very": "không đông lắm", "too": "không quá đông"}.get(deg)
    if deg:
        return _DEGREE_VI[deg].format(vi)
    return "đông khách" if state == "busy" and shop else "đông người"


def _asked_vi(text: str) -> str | None:
    """"Is the supermarket busy?" as "Siêu thị có đông không?", "Is it crowded there?" as "Ở đó có đông không?",
    "Was the market very crowded yesterday?" as "Hôm qua chợ có đông lắm không?", "Will the market be crowded?" as
    "Chợ sẽ có đông không?" (_ASKED_EN); None for anything else, "deserted" and "too"."""
    m = _ASKED_EN.fullmatch(text)
    if not m or (place := _place_vi(m)) is None or (day := _tense(m, m["be"].lower())) is None:
        return None
    state, deg = m["state"], m["deg"]
    if deg == "too" or state == "deserted" or deg and state in ("packed", "empty"):
        return None
    vi = {"packed": "chật kín người", "empty": "vắng"}.get(state, "đông") + (" lắm" if deg else "")
    said = f"{day} {place}" if day else place
    # ("Will" with no day ahead to say it: "Chợ có đông không?" alone is asked of now)
    will = "sẽ " if m["be"].lower() == "will" and not day else ""
    return capitalised(f"{said} {will}có {vi} không?")


def _like_vi(text: str) -> str | None:
    """"I don't like crowded places." as "Tôi không thích chỗ đông người.", "My mother hates crowds." as "Mẹ tôi ghét
    đám đông.", "We always avoid crowded places." as "Chúng tôi luôn tránh chỗ đông người.", "Do you like crowded
    places?" as "Bạn có thích chỗ đông người không?" (_LIKE_EN); None for anything else, verbs that do not agree
    with who, and "I" or "we" asked."""
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["going"] and m["what"].lower() == "crowds" or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["do"] or m["not"] or "").lower().split())
    adv, verb = " ".join((m["adv"] or "").split()), m["verb"]
    base = verb.removesuffix("s")
    if aux:  # (the auxiliary agrees with who: "Does she", "I don't"; no adverb after it; "Do we" may be "chúng ta")
        if aux.startswith("does") != one or verb != base or adv or m["do"] and who_ in ("tôi", "chúng tôi"):
            return None
    elif adv in ("should", "try to", "tries to"):
        if verb != base or adv != "should" and (adv == "tries to") != one or adv == "should" and who_ == "chúng tôi":
            return None  # ("We should …" may take the listener in: "chúng ta", or not)
    elif (verb != base) != one:
        return None
    if base == "love":
        if adv or m["not"]:
            return None
        verb_vi = "rất thích"
    else:
        said = {"like": "thích", "hate": "ghét", "avoid": "tránh"}[base]
        if adv and (adv, base) not in _ADVERBS_VI:
            return None
        verb_vi = f"{_ADVERBS_VI.get((adv, base), '')}{said}"
    what = f"{'đi ' if m['going'] else ''}{_CROWDS_VI[' '.join(m['what'].lower().split())]}"
    if m["do"]:
        return capitalised(f"{who_} có {verb_vi} {what} không?")
    return capitalised(f"{who_} {'không ' if m['not'] else ''}{verb_vi} {what}") + ("!" if "!" in m["end"] else ".")
