"""Having guests, both ways, written whole by rule: a drink offered, come in and sit down, stay for dinner, help
yourself to something, thank you for having us, you must come again. v8 (with every rule before this one) reads "uống
… nhé?" as a habit, "mời" as invite, "ở lại" as "at", "đón tiếp" as hungry, "đến chơi" as play, and "Thanks" as
"nhờ": "Bạn uống trà nhé?" → "Do you drink tea?", "Mời bạn uống trà." → "Invite you drink tea.", "Mẹ bạn có muốn
uống cà phê không?" → "Do you want to drink coffee?" (the mother lost), "Mời bạn vào ngồi." → "Inviting you to sit.",
"Bạn ở lại ăn tối nhé?" → "Are you stay at dinner?", "Ở lại ăn cơm với chúng tôi nhé." → "At the rest of our rice
with us.", "Bạn cứ tự nhiên lấy nhé." → "You're natural to get yourself.", "Cảm ơn bạn đã đón tiếp chúng tôi." →
"Thank you've been hungry next.", "Hôm nào lại đến chơi nhé." → "What's going to play today."; "Would you like some
tea?" → "Bạn có muốn một vài trà không?", "Can I get you something to drink?" → "Tôi có thể uống được cái gì đó
không?", "Come in and sit down." → "Thôi nào và ngồi xuống.", "Stay for dinner." → "Hãy kiên trì bữa tối.", "Help
yourself to some tea." → "Hãy tự giúp mình uống một số trà.", "Thank you for having us." → "Cám ơn vì đã có chúng
tôi.", "Thanks for coming." → "Nhờ đến.".

Taken: a drink of DRINKS (mt.patterns.SERVED's; in a cup, glass, bottle or can, or one of two) offered to who
(mt.hobbies.WHO, WHO_EN; not "I" or "we"): "Bạn uống trà nhé?" (you only), "… có muốn uống … không?", "Would … like
…?", "Do you want …?"; something to drink offered, what they would like to drink asked; "Mời bạn uống trà." (please
have some); "Tôi lấy nước cho bạn nhé?", "Để tôi lấy gì cho bạn uống nhé." (can I, let me get you); "(Mời bạn) vào
(nhà) ngồi đi." (come in and sit down); who staying for dinner, lunch or a meal (with us), offered or asked; "Cứ tự
nhiên lấy/ăn/uống (food) nhé." (help yourself, to some of DRINKS or mt.mealtimes.FOOD); thanks for having us (or me),
for coming (over), for inviting us; come again (soon, some time), you must come again. Left: "Cứ tự nhiên (như ở
nhà).", "Make yourself at home.", "Help yourself(ves).", "Mời (bạn) ngồi.", "Mời vào." (the phrasebook's), "thêm",
"more" (mt/mealtimes.py's), "Cảm ơn bạn đã mời/đến …" (the phrasebook's _thanked), offers of help (mt/offers.py),
ordering (mt/orders.py), "uống" asked without "muốn" or "nhé" ("Bạn uống trà không?", "Bạn uống gì?", "Bạn uống trà
hay cà phê?": a habit, or what they are drinking?), "Anh ở lại ăn tối nhé." and other kin alone said (the speaker, or
the listener?), "Please come again.", "Come again soon." (a shop's too), "You must come back." (return?), "Tôi lấy
nước nhé?" (for whom?), "a water", "a wine" (English that does not count so).
mt.phrasebook.translate tries these after mt/outdoors.py.

    >>> translate("Bạn uống trà nhé?", "vi", "en"), translate("Would you like some tea?", "en", "vi")
    ('Would you like some tea?', 'Bạn có muốn uống trà không?')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .mealtimes import FOOD
from .patterns import SERVED
from .text import alternatives, capitalised, keyed

# the drinks offered (mt.patterns.SERVED's; the first Vietnamese of each is written back: "nước" for water)
_DRUNK = {"water", "orange juice", "coffee", "tea", "iced tea", "beer", "wine", "milk", "black coffee", "milk coffee",
          "iced milk coffee", "bubble tea", "smoothie", "sugarcane juice"}
DRINKS = {vi: en for vi, en in SERVED.items() if en in _DRUNK}
DRINKS_VI = {en: vi for vi, en in reversed(DRINKS.items())}
_COUNTED = {"beer", "smoothie"}  # ("a beer"; "some tea")
_A_DRINK = _COUNTED | {en for en in _DRUNK if en.endswith(("coffee", "tea"))}  # ("a coffee" is said; "a water" not)
_HOT = {"tea", "coffee", "black coffee", "milk coffee"}  # (a cup of, even from a "ly")
_MEASURES = {"tách": "cup", "chén": "cup", "ly": "glass", "cốc": "glass", "chai": "bottle", "lon": "can"}
_MEASURES_VI = {"cup": "tách", "glass": "ly", "bottle": "chai", "can": "lon"}
# what one helps oneself to: a drink, or the table's food
TREATS = FOOD | DRINKS
TREATS_VI = {en: vi for vi, en in reversed(TREATS.items())}
# a meal stayed for, and how English says it
_MEALS = {"ăn tối": "for dinner", "ăn cơm tối": "for dinner", "ăn trưa": "for lunch", "ăn cơm trưa": "for lunch",
          "ăn cơm": "and have a meal", "dùng bữa": "and have a meal"}
_MEALS_VI = {"dinner": "ăn tối", "lunch": "ăn trưa", "meal": "ăn cơm", "eat": "ăn cơm"}
_ALL = r"các\s+bạn|mọi\s+người|cả\s+nhà"  # (everyone there)
_US = {"chúng tôi": "us", "chúng em": "us", "chúng con": "us", "chúng cháu": "us", "chúng mình": "us", "tôi": "me",
       "em": "me", "con": "me", "cháu": "me", "mình": "me"}
_END = r"(?:\s+(?:nhé|nha|nhá|đi|ạ))*\s*(?P<end>[.!]*)"
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\buống|dùng|lấy|ngồi|\bở\s+lại|tự\s+nhiên|đón\s+tiếp|tiếp\s+(?:đón|đãi)|chơi)"),
         "en": lazy(rf"(?i:\b(?:{alternatives(DRINKS_VI)}|drink|sit|seat|stay|help\s+yoursel(?:f|ves)|having|"
                    r"coming|inviting|again)\b)")}

# a drink, or two ("một tách trà", "trà hay cà phê")
_DRINK = (rf"(?:(?:một\s+)?(?P<measure>{alternatives(_MEASURES)})\s+)?(?P<drink>(?i:{alternatives(DRINKS)}))"
          rf"(?:\s+hay\s+(?P<drink2>{alternatives(DRINKS)}))?")
# who is offered it, or asked what they would like ("Bạn uống trà nhé?", "Mẹ bạn có muốn uống cà phê không?",
# "Bạn muốn uống gì?", "Bạn có muốn uống gì không?")
_OFFER = lazy(rf"{WHO}\s+(?:(?P<ask>có\s+)?(?P<want>muốn)\s+)?(?P<verb>uống|dùng)\s+(?:{_DRINK}|"
              r"(?P<what>(?:cái\s+|chút\s+)?gì))(?:\s+(?P<tail>nhé|nha|không))?(?:\s+(?:ạ|vậy|thế))?"
              r"\s*(?P<end>[.!?]*)")
_SERVE = lazy(rf"(?i:mời)\s+(?P<you>{YOU}|{_ALL})\s+(?:uống|dùng)\s+{_DRINK}{_END}")
# a drink fetched for the listener ("Tôi lấy nước cho bạn nhé?", "Để tôi lấy gì cho bạn uống nhé.")
_FOR_YOU = rf"cho\s+(?:{YOU}|các\s+bạn)"
_FETCH = lazy(rf"(?P<let>(?i:để)\s+)?(?P<me>(?i:tôi|chúng\s+tôi))\s+lấy\s+(?P<you>{_FOR_YOU}\s+)?"
              rf"(?:{_DRINK}|(?P<what>(?:cái\s+|chút\s+)?gì|đồ))(?P<you2>\s+{_FOR_YOU})?(?P<drunk>(?:\s+để)?"
              r"\s+uống)?(?:\s+(?P<nhe>nhé|nha))?\s*(?P<end>[.!?]*)")
_SEATED = lazy(rf"(?:(?P<please>(?i:mời))\s+(?:(?:{YOU}|{_ALL})\s+)?|(?:(?i:bạn|{_ALL})\s+)?)(?i:vào)"
               r"(?:\s+(?:trong\s+nhà|nhà|trong|đây))?\s+ngồi(?:\s+chơi)?(?:\s+(?P<di>đi|nhé|nha|ạ))*"
               r"\s*(?P<end>[.!]*)")
_STAY = lazy(rf"(?:{WHO}\s+)?(?:(?P<ask>có\s+)?(?P<want>muốn)\s+)?(?i:ở)\s+lại\s+(?P<meal>{alternatives(_MEALS)})"
             r"(?P<us>\s+với\s+(?:chúng\s+tôi|chúng\s+mình))?(?:\s+(?P<tail>nhé|nha|đi|không))?(?:\s+ạ)?"
             r"\s*(?P<end>[.!?]*)")
_HELPED = lazy(rf"(?:(?P<all>(?i:{_ALL}))\s+|(?i:bạn)\s+)?(?i:cứ)\s+tự\s+(?:(?P<free>nhiên)\s+)?"
               rf"(?P<verb>lấy|dùng|ăn|uống)(?:\s+(?P<treat>{alternatives(TREATS)}))?{_END}")
_THANKS = lazy(rf"(?i:cảm|cám)\s+ơn(?:\s+(?P<you>{_ALL}|anh\s+chị|cô\s+chú|{YOU}))?"
               r"(?P<much>\s+(?:rất\s+)?nhiều)?\s+(?:vì\s+|về\s+việc\s+)?(?:đã\s+)?"
               r"(?:đón\s+tiếp|tiếp\s+đón|tiếp\s+đãi)\s+"
               rf"(?P<us>{alternatives(_US)})(?:\s+(?:nhé|ạ))?\s*(?P<end>[.!]*)")
_AGAIN = lazy(r"(?:(?P<lead>(?i:lần\s+sau|hôm\s+nào|khi\s+nào\s+rảnh|có\s+dịp))\s+)?"
              rf"(?:(?i:bạn|anh\s+chị|cô\s+chú|{_ALL})\s+)?"
              r"(?:(?P<must>(?i:nhất\s+định\s+phải|phải))\s+|(?i:nhớ)\s+)?(?:(?P<soon>sớm)\s+)?"
              r"(?:(?P<back>lại|quay\s+lại)\s+)?(?i:đến|tới|ghé|qua|sang)(?:\s+nhà)?\s+chơi"
              rf"(?P<more>\s+(?:nữa|lần\s+nữa))?{_END}")

# ... and in English ("some tea", "a cup of coffee", "tea or coffee")
_DRINK_EN = (rf"(?:(?P<some>some|an?)\s+)?(?:(?P<measure>cup|glass|bottle|can)\s+of\s+)?(?P<drink>(?i:"
             rf"{alternatives(DRINKS_VI)}))(?:\s+or\s+(?:(?P<some2>some|an?)\s+)?"
             rf"(?P<drink2>{alternatives(DRINKS_VI)}))?")
_SOMETHING_EN = r"(?P<what>something|anything)\s+to\s+drink|(?P<a_drink>a\s+drink)"
_OFFER_EN = lazy(rf"(?P<aux>Would|Do|Does)\s+{WHO_EN}\s+(?P<verb>like|want)\s+(?:{_DRINK_EN}|{_SOMETHING_EN})"
                 r"(?:,?\s+please)?\s*\?+")
_WHAT_EN = lazy(rf"What\s+(?:would\s+{WHO_EN}\s+like|can\s+(?:I|we)\s+get\s+you)\s+to\s+drink\s*\?+")
_FETCH_EN = lazy(rf"(?:(?P<can>Can|Could|Shall|May)\s+(?P<me>I|we)|Let\s+(?P<let>me|us))\s+get\s+you\s+"
                 rf"(?:{_DRINK_EN}|{_SOMETHING_EN})\s*(?P<end>[.!?]*)")
_SEATED_EN = lazy(r"(?P<please>Please\s+)?(?i:come)(?:\s+on)?\s+in\s+and\s+(?:sit\s+down|have\s+a\s+seat|take\s+a"
                  r"\s+seat)(?P<please2>,?\s+please)?\s*[.!]*")
_STAY_EN = lazy(rf"(?:(?P<would>Would)\s+{WHO_EN}\s+like\s+to\s+|(?P<will>(?:Will|Won['’]t|Why\s+don['’]t)"
                r"\s+you\s+)|(?P<please>(?:Please|Do)\s+))?(?P<stay>(?i:stay))\s+(?:for\s+(?P<meal>dinner|"
                r"lunch|a\s+meal)|and\s+(?:have\s+(?P<had>dinner|lunch|a\s+meal)|(?P<eat>eat)))"
                r"(?P<us>\s+with\s+us)?"
                r"(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_HELPED_EN = lazy(rf"(?:Please\s+)?(?i:help)\s+your(?P<selves>self|selves)\s+to\s+(?:(?P<some>some|an?)\s+)?"
                  rf"(?P<treat>{alternatives(TREATS_VI)})(?:,?\s+please)?\s*[.!]*")
_THANKS_EN = lazy(r"(?:Thank\s+you|Thanks)(?P<all>\s+all)?(?P<much>\s+(?:so|very)\s+much|\s+a\s+lot)?\s+for\s+"
                  r"(?:having\s+(?P<us>us|me)(?:\s+over)?|(?P<coming>coming)|(?P<over>coming\s+over)|"
                  r"inviting\s+(?P<asked>us|me)(?P<invited>\s+over)?)\s*(?P<end>[.!]*)")
_AGAIN_EN = lazy(r"(?:(?:(?P<must>You\s+(?:really\s+)?must)|Please\s+do|Do)\s+come(?:\s+and\s+(?:see|visit)"
                 r"\s+us)?|Come\s+and\s+(?:see|visit)\s+us)\s+again(?P<soon>\s+soon)?"
                 r"(?P<sometime>\s+some\s*time)?\s*[.!]*")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence a host or a guest says: a drink offered or fetched, come in and sit down, stay
    for a meal, help yourself, thanks for having us, come again; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _offer(text) or _serve(text) or _fetch(text) or _seated(text) or _stay(text) or _helped(text) or \
            _thanks(text) or _again(text)
    return _offer_vi(text) or _what_vi(text) or _fetch_vi(text) or _seated_vi(text) or _stay_vi(text) or \
        _helped_vi(text) or _thanks_vi(text) or _again_vi(text)


def _some(en: str) -> str:
    """A drink or a food as offered: "some tea", "a beer"."""
    return f"{'a' if en in _COUNTED else 'some'} {en}"


def _drink_en(m: re.Match) -> str | None:
    """The drink of a match of _DRINK in English: "some tea", "a cup of tea", "tea or coffee"; None for a drink in
    what does not hold it ("một chai trà")."""
    en = DRINKS[keyed(m["drink"])]
    if m["drink2"]:
        return None if m["measure"] else f"{en} or {DRINKS[keyed(m['drink2'])]}"
    if not m["measure"]:
        return _some(en)
    measure = _MEASURES[keyed(m["measure"])]
    if measure == "glass" and en in _HOT:
        measure = "cup"
    return None if measure in ("bottle", "can") and en not in ("beer", "water", "wine") else f"a {measure} of {en}"


def _drink_vi(m: re.Match) -> str | None:
    """The drink of a match of _DRINK_EN in Vietnamese: "trà" for "some tea", "một tách trà" for "a cup of tea",
    "trà hay cà phê"; None where "a" does not go with it ("a water") or "some" with "a cup of"."""
    drink = keyed(m["drink"])
    some, some2 = (keyed(m[g] or "") for g in ("some", "some2"))
    if m["measure"]:
        return f"một {_MEASURES_VI[m['measure']]} {DRINKS_VI[drink]}" if some == "a" and not m["drink2"] else None
    if some.startswith("a") and (drink not in _A_DRINK or some != ("an" if drink[0] in "aeiou" else "a")):
        return None
    if m["drink2"]:
        if some2.startswith("a") and keyed(m["drink2"]) not in _A_DRINK:
            return None
        return f"{DRINKS_VI[drink]} hay {DRINKS_VI[keyed(m['drink2'])]}"
    return DRINKS_VI[drink]


def _offer(text: str) -> str | None:
    """"Bạn uống trà nhé?" as "Would you like some tea?", "Mẹ bạn có muốn uống cà phê không?" as "Would your mother
    like some coffee?", "Bạn muốn uống gì?" as "What would you like to drink?", "Bạn có muốn uống gì không?" as "Would
    you like something to drink?" (_OFFER); None for anything else, "I" or "we" offered, and "nhé" or a drink without
    "muốn" said of anyone but "you"."""
    m = _OFFER.fullmatch(text)
    if not m or m["end"] != "?" or (said := who(m, True)) is None or said[0] in ("I", "we"):
        return None
    tail, want = keyed(m["tail"] or ""), bool(m["want"])
    if m["ask"] and tail != "không" or not want and said[0] != "you" or tail in ("nhé", "nha") and want:
        return None
    if m["what"]:  # ("Bạn uống gì?" may ask what they are drinking)
        if keyed(m["verb"]) == "dùng" or tail in ("nhé", "nha") or not tail and (not want or keyed(m["what"]) != "gì"):
            return None
        return f"Would {said[0]} like something to drink?" if tail else f"What would {said[0]} like to drink?"
    drink = _drink_en(m)  # ("Bạn uống trà không?" may ask a habit)
    if drink is None or not (want or tail in ("nhé", "nha") and not m["drink2"]):
        return None
    return f"Would {said[0]} like {drink}?"


def _serve(text: str) -> str | None:
    """"Mời bạn uống trà." as "Please have some tea.", "Mời mọi người dùng trà." as "Please have some tea,
    everyone." (_SERVE); None for anything else."""
    m = _SERVE.fullmatch(text)
    drink = m and m["end"] != "?" and not m["drink2"] and _drink_en(m)
    if not drink:
        return None
    everyone = ", everyone" if re.fullmatch(_ALL, keyed(m["you"])) else ""
    return f"Please have {drink}{everyone}{m['end'][:1] or '.'}"


def _fetch(text: str) -> str | None:
    """"Tôi lấy nước cho bạn nhé?" as "Can I get you some water?", "Để tôi lấy gì cho bạn uống nhé." as "Let me get
    you something to drink." (_FETCH); None for anything else, for whom not said ("Tôi lấy nước nhé?") or said
    twice, and "Tôi lấy nước cho bạn." (doing it now, or will?)."""
    m = _FETCH.fullmatch(text)
    if not m or bool(m["you"]) == bool(m["you2"]) or m["what"] and not m["drunk"] or m["drink2"]:
        return None
    thing = "something to drink" if m["what"] else _drink_en(m)
    me = "we" if keyed(m["me"]) == "chúng tôi" else "I"
    if thing is None:
        return None
    if m["end"] == "?" and m["nhe"]:
        return f"Can {me} get you {thing}?"
    if m["end"] != "?" and (m["let"] or m["nhe"]):
        return f"Let {'us' if me == 'we' else 'me'} get you {thing}{m['end'][:1] or '.'}"
    return None


def _seated(text: str) -> str | None:
    """"Mời bạn vào nhà ngồi." as "Please come in and sit down.", "Vào nhà ngồi chơi đi." as "Come in and sit down."
    (_SEATED); None for anything else, and "Bạn vào ngồi." (said, or asked?)."""
    m = _SEATED.fullmatch(text)
    if not m or not (m["please"] or m["di"] and keyed(m["di"]) != "ạ"):
        return None
    return f"{'Please come' if m['please'] else 'Come'} in and sit down{m['end'][:1] or '.'}"


def _stay(text: str) -> str | None:
    """"Bạn ở lại ăn tối nhé?" as "Would you like to stay for dinner?", "Ở lại ăn cơm với chúng tôi nhé." as "Stay and
    have a meal with us.", "Mẹ bạn có muốn ở lại ăn tối không?" as "Would your mother like to stay for dinner?"
    (_STAY); None for anything else, and a word of kinship alone said ("Anh ở lại ăn tối nhé.": who stays?)."""
    m = _STAY.fullmatch(text)
    if not m:
        return None
    asked, tail = m["end"] == "?", keyed(m["tail"] or "")
    said = who(m, asked) if m["who"] or m["kin"] or m["given"] or m["titled"] else ("you", False)
    if said is None or said[0] in ("I", "we") or m["ask"] and tail != "không" or (tail == "không") != bool(m["want"]):
        return None
    stay = f"stay {_MEALS[keyed(m['meal'])]}{' with us' if m['us'] else ''}"
    if m["want"]:
        return f"Would {said[0]} like to {stay}?" if asked else None
    if said[0] != "you" or not tail:
        return None
    return f"Would you like to {stay}?" if asked else f"{stay.capitalize()}{m['end'][:1] or '.'}"


def _helped(text: str) -> str | None:
    """"Bạn cứ tự nhiên lấy nhé." as "Help yourself.", "Cứ tự nhiên uống trà nhé." as "Help yourself to some tea.",
    "Mọi người cứ tự nhiên ăn hoa quả nhé." as "Help yourselves to some fruit." (_HELPED); None for anything else,
    and a food drunk or a drink eaten."""
    m = _HELPED.fullmatch(text)
    if not m or m["end"] == "?":
        return None
    verb = keyed(m["verb"])
    if verb != "lấy" and not m["free"]:  # ("Con cứ tự ăn đi.": eat on your own)
        return None
    treat = TREATS[keyed(m["treat"])] if m["treat"] else ""
    if treat and (verb == "uống" and treat not in _DRUNK or verb == "ăn" and treat in _DRUNK):
        return None
    to = f" to {_some(treat)}" if treat else ""
    return f"Help your{'selves' if m['all'] else 'self'}{to}{m['end'][:1] or '.'}"


def _thanks(text: str) -> str | None:
    """"Cảm ơn bạn đã đón tiếp chúng tôi." as "Thank you for having us.", "Cảm ơn mọi người rất nhiều vì đã tiếp đón
    tôi." as "Thank you all so much for having me." (_THANKS); None for anything else."""
    m = _THANKS.fullmatch(text)
    if not m:
        return None
    everyone = " all" if m["you"] and re.fullmatch(_ALL, keyed(m["you"])) else ""
    much = " so much" if m["much"] else ""
    return f"Thank you{everyone}{much} for having {_US[keyed(m['us'])]}{m['end'][:1] or '.'}"


def _again(text: str) -> str | None:
    """"Bạn nhất định phải đến chơi nữa nhé." as "You must come again.", "Hôm nào lại đến chơi nhé." as "Do come again
    some time.", "Nhớ sớm lại đến chơi nhé." as "Do come again soon." (_AGAIN); None for anything else, and a first
    visit ("Hôm nào đến chơi nhé.")."""
    m = _AGAIN.fullmatch(text)
    lead = keyed(m["lead"] or "") if m else ""
    if not m or not (m["back"] or m["more"] or lead == "lần sau"):
        return None
    when = " soon" if m["soon"] else " some time" if lead and lead != "lần sau" else ""
    return f"{'You must' if m['must'] else 'Do'} come again{when}{m['end'][:1] or '.'}"


def _offer_vi(text: str) -> str | None:
    """"Would you like some tea?" as "Bạn có muốn uống trà không?", "Would you like tea or coffee?" as "Bạn muốn uống
    trà hay cà phê?", "Does your mother want something to drink?" as "Mẹ bạn có muốn uống gì không?" (_OFFER_EN);
    None for anything else, "I" or "we" offered, and "want" that does not agree with who."""
    m = _OFFER_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux = m["aux"]
    if who_ in ("tôi", "chúng tôi") or (aux == "Would") != (m["verb"] == "like") or aux != "Would" and (
            aux == "Does") != one:
        return None
    if m["what"] or m["a_drink"]:
        return capitalised(f"{who_} có muốn uống gì không?")
    drink = _drink_vi(m)
    if drink is None:
        return None
    return capitalised(f"{who_} muốn uống {drink}?" if m["drink2"] else f"{who_} có muốn uống {drink} không?")


def _what_vi(text: str) -> str | None:
    """"What would you like to drink?" and "What can I get you to drink?" as "Bạn muốn uống gì?", "What would your
    mother like to drink?" as "Mẹ bạn muốn uống gì?" (_WHAT_EN); None for anything else, and "I" or "we" asked."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_ = who_vi(m)[0] if m["who"] or m["kin"] or m["given"] else "bạn"
    return None if who_ in ("tôi", "chúng tôi") else capitalised(f"{who_} muốn uống gì?")


def _fetch_vi(text: str) -> str | None:
    """"Can I get you some water?" as "Tôi lấy nước cho bạn nhé?", "Let me get you something to drink." as "Để tôi
    lấy gì cho bạn uống nhé." (_FETCH_EN); None for anything else, two drinks, and a question not asked with "can"."""
    m = _FETCH_EN.fullmatch(text)
    if not m or m["drink2"] or bool(m["can"]) != ("?" in m["end"]):
        return None
    me = "chúng tôi" if (m["me"] or m["let"]) in ("we", "us") else "tôi"
    if m["what"] or m["a_drink"]:
        said = f"{me} lấy gì cho bạn uống"
    elif (drink := _drink_vi(m)) is not None:
        said = f"{me} lấy {drink} cho bạn"
    else:
        return None
    return capitalised(f"{said} nhé?") if m["can"] else f"Để {said} nhé{m['end'][:1] or '.'}"


def _seated_vi(text: str) -> str | None:
    """"Please come in and sit down." as "Mời bạn vào ngồi.", "Come in and have a seat." as "Vào ngồi đi."
    (_SEATED_EN); None for anything else."""
    m = _SEATED_EN.fullmatch(text)
    if not m:
        return None
    return "Mời bạn vào ngồi." if m["please"] or m["please2"] else "Vào ngồi đi."


def _stay_vi(text: str) -> str | None:
    """"Would you like to stay for dinner?" as "Bạn có muốn ở lại ăn tối không?", "Will you stay for dinner?" as "Bạn
    ở lại ăn tối nhé?", "Stay for dinner with us." as "Ở lại ăn tối với chúng tôi nhé." (_STAY_EN); None for anything
    else, "I" or "we" asked, and a question or a bid that does not end as one."""
    m = _STAY_EN.fullmatch(text)
    if not m:
        return None
    asked = "?" in m["end"]
    meal = (m["meal"] or m["had"] or m["eat"]).split()[-1].lower()
    stay = f"ở lại {_MEALS_VI[meal]}{' với chúng tôi' if m['us'] else ''}"
    if m["would"]:
        who_ = who_vi(m)[0]
        if who_ in ("tôi", "chúng tôi") or not asked:
            return None
        return capitalised(f"{who_} có muốn {stay} không?")
    if m["will"]:
        return f"Bạn {stay} nhé?" if asked else None
    if asked or m["stay"] != ("stay" if m["please"] else "Stay"):
        return None
    return f"{capitalised(stay)} nhé{m['end'][:1] or '.'}"


def _helped_vi(text: str) -> str | None:
    """"Help yourself to some tea." as "Cứ tự nhiên uống trà nhé.", "Help yourselves to some fruit." as "Mọi người cứ
    tự nhiên ăn hoa quả nhé." (_HELPED_EN); None for anything else, and "a" that does not go with it."""
    m = _HELPED_EN.fullmatch(text)
    if not m:
        return None
    en = keyed(m["treat"])
    if (m["some"] or "").lower().startswith("a") and en not in _A_DRINK:
        return None
    verb = "uống" if en in _DRUNK else "ăn"
    said = f"cứ tự nhiên {verb} {TREATS_VI[en]} nhé."
    return f"Mọi người {said}" if m["selves"] == "selves" else capitalised(said)


def _thanks_vi(text: str) -> str | None:
    """"Thank you for having us." as "Cảm ơn bạn đã đón tiếp chúng tôi.", "Thanks for coming." as "Cảm ơn bạn đã
    đến.", "Thanks for inviting us over." as "Cảm ơn bạn đã mời chúng tôi đến chơi." (_THANKS_EN); None for anything
    else."""
    m = _THANKS_EN.fullmatch(text)
    if not m:
        return None
    you = "mọi người" if m["all"] else "bạn"
    if m["us"]:
        done = f"đón tiếp {'chúng tôi' if m['us'] == 'us' else 'tôi'}"
    elif m["asked"]:
        done = f"mời {'chúng tôi' if m['asked'] == 'us' else 'tôi'}{' đến chơi' if m['invited'] else ''}"
    else:
        done = "đến chơi" if m["over"] else "đến"
    said = f"{you} rất nhiều vì đã {done}" if m["much"] else f"{you} đã {done}"
    return f"Cảm ơn {said}{m['end'][:1] or '.'}"


def _again_vi(text: str) -> str | None:
    """"You must come again." as "Bạn nhất định phải đến chơi nữa nhé.", "Do come again soon." as "Nhớ sớm lại đến
    chơi nhé.", "Come and see us again some time." as "Hôm nào lại đến chơi nhé." (_AGAIN_EN); None for anything
    else."""
    m = _AGAIN_EN.fullmatch(text)
    if not m or m["soon"] and m["sometime"]:
        return None
    if m["must"]:
        lead = "Hôm nào bạn" if m["sometime"] else "Bạn"
        return f"{lead} nhất định phải {'sớm ' * bool(m['soon'])}đến chơi nữa nhé."
    return "Nhớ sớm lại đến chơi nhé." if m["soon"] else "Hôm nào lại đến chơi nhé." if m["sometime"] else \
        "Lần sau lại đến chơi nhé."
