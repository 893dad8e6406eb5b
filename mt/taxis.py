"""Taxis and ride apps (taxi, Grab, xe ôm), both ways, written whole by rule: who calls, books, gets or takes one
(will, has, did, has just, is doing it, would like to, should, can), offers to call one or asks someone to, the taxi
or the driver here, on the way, not here yet or late, and the fare. v8 drops the article, reads "gọi taxi cho bạn" as
your taxi, "đặt" as put and "đến rồi" as comes: "Tôi sẽ gọi taxi." → "I'll call taxi.", "Tôi gọi taxi cho bạn nhé?"
→ "I call your taxi for you?", "Tôi đã đặt taxi." → "I put taxi.", "Chúng tôi đã đi taxi." → "We went taxi.", "Taxi
đến rồi." → "The taxi comes.", "Taxi đang đến." → "Taxes are coming.", "Taxi đến chưa?" → "Is the taxi to?", "Tiền
taxi hết 200 nghìn." → "Taxes VND200 thousand."; and the other way it reads "get" as receive, "book" as a book and
"driver" as a device driver: "I'll get a taxi." → "Tôi sẽ nhận được một taxi.", "Should I call you a taxi?" → "Tôi có
nên gọi cho bạn taxi không?", "I've booked a taxi." → "Tôi đã cuốn sách một taxi.", "The taxi is here." → "Taxi ở
đây.", "The taxi is late." → "Cuối cùng taxi.", "Is the taxi here yet?" → "Hiện tại taxi?", "The driver is waiting."
→ "Trình điều khiển đang đợi.", "How much was the taxi?" → "Taxi là bao taxi nhiêu?".

Taken: who (mt.hobbies.WHO, WHO_EN) with "sẽ", "đã", "rồi", "vừa", "đang", "muốn", "nên", "có thể", "… chưa?", "…
được không?", "có nên … không?", "có muốn (tôi) … không?", or "Tôi … nhé(?)", "Để tôi …", "Làm ơn …", and "gọi" (call),
"đặt" (book), "bắt" (get) or "đi" (take) a ride of RIDES, for whom ("cho bạn", "giúp tôi"; a pronoun of
mt.ever.OBJECTS or someone), home, here or to a place mt.journeys.place_en knows; the taxi, the Grab, the motorbike
taxi or the driver (whose or not) here, coming soon, on the way, not here yet, late, waiting outside, "đâu rồi?"; the
fare asked or said in dong (mt.patterns.SUM_VI). Left: a plain verb with no tense ("Tôi gọi taxi.", "Mẹ tôi đi taxi.":
now, a habit or done), "anh", "chị", "em" alone saying it (mt.hobbies.who), "mình … nhé" and "chúng ta" suggesting it
(may be "we": mt/suggestions.py's "Chúng ta đi taxi nhé.", "Let's take a taxi."), "Shall we …?", "xe" alone (a car, a
bus), a taxi taken with "rồi", "vừa", "chưa" ("Bạn đã đi taxi chưa?": ever?) or "đang", "-ing" (in one, or a plan?),
"I've got a taxi" (had?), "Can I get a taxi here?" (here is where, not where to), a taxi called home, a fare to a
place and "Where is the taxi?" (mt/patterns.py's), how long a ride takes (mt/journeys.py's).
mt.phrasebook.translate tries these after mt/gifts.py.

    >>> translate("Tôi gọi taxi cho bạn nhé?", "vi", "en"), translate("The taxi is here.", "en", "vi")
    ('Shall I call you a taxi?', 'Taxi đến rồi.')
"""
from __future__ import annotations

import re

from .ever import OBJECTS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, as_whom, be_of, someone, who, who_vi
from .journeys import place_en, place_vi
from .lazy_re import lazy
from .patterns import SUM_EN, SUM_VI, sum_said, the_for
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (
    EN_OBJECT,
    EN_OBJECT_VI,
    SOFTENED_END,
    alternatives,
    be,
    capitalised,
    contracted,
    keyed,
)

# a ride, and how English says it (the first Vietnamese of each is written back); "xe" alone is a car or a bus
RIDES = {"taxi": "taxi", "tắc xi": "taxi", "xe taxi": "taxi", "grab": "Grab", "xe grab": "Grab",
         "xe ôm": "motorbike taxi"}
RIDES_VI = {"taxi": "taxi", "cab": "taxi", "grab": "Grab", "motorbike taxi": "xe ôm"}
# ... and who drives it, as a subject ("Tài xế đến rồi.")
DRIVERS = {"tài xế": "driver", "bác tài": "driver", "tài xế taxi": "taxi driver", "tài xế grab": "Grab driver"}
DRIVERS_VI = {"driver": "tài xế", "taxi driver": "tài xế taxi", "cab driver": "tài xế taxi",
              "grab driver": "tài xế Grab"}
# what is done with a ride, and its English forms: base, past, participle, "-ing" (English "order", "catch" too)
VERBS = {"gọi": ("call", "called", "called", "calling"), "đặt": ("book", "booked", "booked", "booking"),
         "bắt": ("get", "got", "got", "getting"), "đi": ("take", "took", "taken", "taking")}
_MORE_EN = {"đặt": ("order", "ordered", "ordered", "ordering"), "bắt": ("catch", "caught", "caught", "catching")}
_FORMS_EN = {form: (vi, {i for i, said in enumerate(forms) if said == form})  # ("got": ("bắt", {1, 2}))
             for vi, forms in [*VERBS.items(), *_MORE_EN.items()] for form in forms}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:taxi|tắc\s+xi|grab|xe\s+ôm|tài\s+xế|bác\s+tài)"),
         "en": lazy(r"(?i:taxi|\bcab\b|grab|driver)")}

# who calls, books, gets or takes a ride, for whom, where to ("Tôi sẽ gọi taxi cho bạn.", "Bạn đã gọi taxi chưa?")
_RIDE = rf"(?:(?:một\s+)?chiếc\s+)?(?P<ride>(?i:{alternatives(RIDES)}))"
_WHOM = rf"(?:\s+(?P<prep>cho|giúp)\s+(?P<whom>(?i:{alternatives(OBJECTS)})|{SOMEONE}))?"
_TO = r"(?:\s+(?P<to>(?P<home>về\s+nhà)|(?P<here>(?:đến|tới)\s+đây)|(?:đến|tới|ra|vào)\s+(?P<place>[^,.!?]+?)))?"
_RIDDEN = lazy(
    rf"(?:(?P<please>[Ll]àm\s+ơn|[Vv]ui\s+lòng)\s+|(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+(?:(?P<tense>sẽ|đã|vừa\s+mới|vừa|mới|"
    r"đang)\s+)?(?:(?P<modal>có\s+nên|nên|có\s+thể|có\s+muốn|muốn)\s+(?:(?P<me>tôi)\s+)?)?)"
    rf"(?P<verb>gọi|đặt|bắt|đi)\s+{_RIDE}{_WHOM}{_TO}(?:\s+(?P<done>rồi))?"
    rf"(?:\s+(?P<tail>nhé|nha|chưa|được\s+không|không))?{SOFTENED_END}")
# ... in English ("I'll get a taxi.", "Should I call you a taxi?", "Have you booked a Grab yet?")
_AUX_EN = (r"['’]ll|\s+will|['’]ve|\s+have|\s+has|['’]s|['’]m|['’]re|\s+am|\s+is|\s+are|['’]d\s+like\s+to|"
           r"\s+would\s+like\s+to|\s+like\s+(?:me\s+)?to|\s+wants?\s+(?:me\s+)?to|\s+should|\s+can")
_RIDDEN_EN = lazy(
    rf"(?:(?P<please>[Pp]lease)\s+|(?P<let>Let\s+me)\s+|(?:(?P<ask>Shall|Should|Can|Could|Have|Has|Did|Would|Do|"
    rf"Does)\s+)?{WHO_EN}(?P<aux>{_AUX_EN})?(?P<adv>\s+just|\s+already)?\s+)(?P<verb>{alternatives(_FORMS_EN)})\s+"
    rf"(?:(?P<obj>me|you|him|her|us|them)\s+)?an?\s+(?P<ride>(?i:{alternatives(RIDES_VI)}))"
    rf"(?:\s+for\s+(?P<whom>(?i:{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN}))?"
    r"(?:\s+(?P<to>(?P<home>home)|(?P<here>here)|to\s+(?P<place>[^,.!?]+?)))?(?P<yet>\s+yet)?(?:,?\s+please)?"
    r"\s*(?P<end>[.!?]*)")

# the taxi or the driver here, coming, on the way, late … ("Taxi đến rồi.", "Tài xế đang đợi bên ngoài.")
_THE = (rf"(?P<ride>(?i:{alternatives(RIDES | DRIVERS)}))(?:\s+của\s+(?P<whose>(?i:{alternatives(OWNERS)})))?\s+")
_STATES = {"here": r"(?:đã\s+)?(?:đến|tới)(?:\s+nơi)?\s+rồi", "soon": r"sắp\s+(?:đến|tới)(?:\s+nơi)?(?:\s+rồi)?",
           "way": r"đang\s+(?:trên\s+đường\s+)?(?:đến|tới)(?:\s+rồi)?|đang\s+trên\s+đường",
           "yet": r"(?:đã\s+)?(?:đến|tới)(?:\s+nơi)?\s+chưa", "still": r"vẫn\s+chưa\s+(?:đến|tới)",
           "not": r"chưa\s+(?:đến|tới)", "late": r"(?:bị\s+|đến\s+)?(?:muộn|trễ)\s+rồi|bị\s+(?:muộn|trễ)",
           "where": r"đâu\s+rồi", "outside": r"đang\s+(?:đợi|chờ)\s+(?:bên\s+ngoài|ở\s+ngoài|ngoài\s+cửa)",
           "downstairs": r"đang\s+(?:đợi|chờ)\s+(?:ở\s+dưới(?:\s+nhà)?|dưới\s+nhà)", "waiting": r"đang\s+(?:đợi|chờ)"}
_STATE = lazy(rf"{_THE}(?:{'|'.join(f'(?P<{k}>{s})' for k, s in _STATES.items())}){SOFTENED_END}")
# ... as English says them ({the}: "the taxi", "your driver"), and as Vietnamese writes them back
_STATES_EN = {"here": "{the}'s here.", "soon": "{the} will be here soon.", "way": "{the}'s on {its} way.",
              "yet": "Is {the} here yet?", "still": "{the} still isn't here.", "not": "{the} isn't here yet.",
              "late": "{the}'s late.", "where": "Where's {the}?", "outside": "{the}'s waiting outside.",
              "downstairs": "{the}'s waiting downstairs.", "waiting": "{the}'s waiting."}
_STATES_VI = {"here": "đến rồi.", "soon": "sắp đến rồi.", "way": "đang đến.", "yet": "đến chưa?",
              "still": "vẫn chưa đến.", "not": "chưa đến.", "late": "đến muộn.", "outside": "đang đợi bên ngoài.",
              "downstairs": "đang đợi ở dưới.", "waiting": "đang đợi."}
_THE_EN = (rf"(?P<the>[Tt]he|(?i:{WHOSE_WORDS}))\s+(?P<ride>(?i:{alternatives(RIDES_VI | DRIVERS_VI)}))")
_IS = r"(?:['’]s|\s+is)"
_STATE_EN = [(k, lazy(p)) for k, p in (
    ("here", rf"{_THE_EN}(?:{_IS}\s+here|\s+has\s+(?:arrived|come))\s*[.!]*"),
    ("soon", rf"{_THE_EN}(?:\s+will\s+be\s+here\s+soon|{_IS}\s+(?:almost|nearly)\s+here)\s*[.!]*"),
    ("way", rf"{_THE_EN}{_IS}\s+(?:on\s+(?:its|the|his|her)\s+way|coming)\s*[.!]*"),
    ("yet", rf"Is\s+{_THE_EN}\s+here(?:\s+yet)?\s*\?+"),
    ("yet", rf"Has\s+{_THE_EN}\s+(?:arrived|come)(?:\s+yet)?\s*\?+"),
    ("still", rf"{_THE_EN}\s+still\s+(?:isn['’]t\s+here|hasn['’]t\s+(?:arrived|come))(?:\s+yet)?\s*[.!]*"),
    ("not", (rf"{_THE_EN}(?:(?:\s+isn['’]t|\s+is\s+not|['’]s\s+not)\s+here|(?:\s+hasn['’]t|\s+has\s+not)\s+"
             r"(?:arrived|come))\s+yet\s*[.!]*")),
    ("late", rf"{_THE_EN}{_IS}\s+late\s*[.!]*"),
    ("outside", rf"{_THE_EN}{_IS}\s+waiting\s+outside\s*[.!]*"),
    ("downstairs", rf"{_THE_EN}{_IS}\s+waiting\s+downstairs\s*[.!]*"),
    ("waiting", rf"{_THE_EN}{_IS}\s+waiting\s*[.!]*"))]

# the fare, asked or said ("Tiền taxi hết bao nhiêu?", "Tiền taxi hết 200 nghìn.", "Đi taxi hết bao nhiêu tiền?")
_FARE = lazy(rf"(?:(?P<fare>[Tt]iền|[Cc]ước|[Gg]iá\s+cước)\s+(?:xe\s+)?|(?P<go>[Đđ]i)\s+)(?P<ride>(?i:"
             rf"{alternatives(RIDES)}))\s+(?:(?P<verb>hết|mất|là)\s+)?(?:(?P<ask>bao\s+nhiêu)(?:\s+tiền)?|"
             rf"{SUM_VI}){SOFTENED_END}")
_FARE_EN = lazy(rf"(?:How\s+much\s+(?:(?P<be>is|was)\s+(?P<the>the|a)|(?P<did>did|does)\s+(?P<the2>the|a))\s+"
                rf"(?P<ride>(?i:{alternatives(RIDES_VI)}))(?P<fare>\s+fare)?(?(did)\s+cost)\s*\?+|"
                rf"The\s+(?P<ride2>(?i:{alternatives(RIDES_VI)}))(?P<fare2>\s+fare)?\s+(?P<cost>cost|was|is)\s+"
                rf"{SUM_EN}\s*[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who calls, books or takes a taxi, where the taxi or the driver
    is, or what the fare is; None for any other."""
    if src == "vi":
        return _ridden(text) or _state(text) or _fare(text) or None
    return _ridden_vi(text) or _state_vi(text) or _fare_vi(text) or None


def _doing(m: re.Match, form: int, who_: str = "") -> str | None:
    """What is done of a match of _RIDDEN in English, its verb in `form` of VERBS: "call you a taxi", "get a taxi
    home", "book a Grab for my mother", "take a motorbike taxi to the airport"; None for whom not read or who himself
    ("Tôi gọi taxi cho tôi."), a taxi taken for someone, "gọi taxi về nhà" (called home?) and a place not known."""
    verb = keyed(m["verb"])
    said = m["whom"] and keyed(m["whom"])
    whom = said and (OBJECTS.get(said) or someone(m["whom"], "vi"))
    if said and (not whom or verb == "đi" or whom == EN_OBJECT.get(who_)) or m["to"] and verb == "gọi":
        return None
    place = m["place"] and place_en(" ".join(m["place"].split()))
    if m["place"] and not place:
        return None
    to = " home" if m["home"] else " here" if m["here"] else \
        " to " + " ".join(w for w in (the_for(place), place) if w) if place else ""
    ride = f"a {RIDES[keyed(m['ride'])]}"
    helped = m["prep"] and keyed(m["prep"]) == "giúp"  # ("gọi taxi giúp tôi": for me, as mt.phrasebook says it)
    ride = f"{whom} {ride}" if said in OBJECTS and not helped else f"{ride} for {whom}" if whom else ride
    return f"{VERBS[verb][form]} {ride}{to}"


def _ridden(text: str) -> str | None:
    """"Tôi sẽ gọi taxi." as "I'll call a taxi.", "Tôi gọi taxi cho bạn nhé?" as "Shall I call you a taxi?", "Tôi đã
    đặt Grab rồi." as "I've booked a Grab.", "Bạn có thể gọi taxi cho tôi không?" as "Can you call me a taxi?",
    "Chúng tôi đã đi taxi về nhà." as "We took a taxi home." (_RIDDEN); None for anything else."""
    m = _RIDDEN.fullmatch(text)
    if not m:
        return None
    asked, tail = "?" in m["end"], keyed(m["tail"] or "")
    if m["please"]:
        doing = not (asked or tail not in ("", "nhé") or m["done"]) and _doing(m, 0)
        return doing and f"Please {doing}."
    said = who(m, asked)
    if said is None:
        return None
    who_, one = said
    tense, modal, verb = keyed(m["tense"] or ""), keyed(m["modal"] or ""), keyed(m["verb"])
    me = keyed(m["who"] or "") == "tôi" and who_ == "I"  # ("mình … nhé" may be "we")
    if m["me"] and (modal != "có muốn" or who_ != "you") or m["let"] and not me or tense and modal:
        return None
    if asked:
        return _asked(m, who_, one, tail, tense, modal, me)
    if tail and (tail not in ("nhé", "nha") or not me or tense not in ("", "sẽ") or modal):
        return None
    if m["let"]:
        return None if tense or modal or m["done"] else (doing := _doing(m, 0, who_)) and f"Let me {doing}."
    if m["done"] or tense in ("vừa", "mới", "vừa mới"):
        just = "" if m["done"] else "just "
        doing = verb != "đi" and (not m["done"] or tense in ("", "đã")) and _doing(m, 2, who_)
        return doing and capitalised(contracted(who_, f"{'has' if one else 'have'} {just}{doing}."))
    said = {"sẽ": "will {0}", "đã": "{1}", "đang": f"{be(who_)} {{3}}"}.get(tense) or (
        "will {0}" if tail else {"muốn": "would like to {0}", "nên": "should {0}", "có thể": "can {0}"}.get(modal))
    forms = said and [_doing(m, i, who_) for i in range(4)]
    if not said or None in forms or tense == "đang" and verb == "đi":  # ("đang đi taxi": in one, or taking one?)
        return None
    if modal == "muốn" and who_ in ("I", "we", "you", "they", "he", "she"):
        return capitalised(f"{who_}'d like to {forms[0]}.")
    return capitalised(contracted(who_, said.format(*forms) + "."))


def _asked(m: re.Match, who_: str, one: bool, tail: str, tense: str, modal: str, me: bool) -> str | None:
    """A question of _RIDDEN in English: "… chưa?" ("Have you called a taxi yet?"), "có nên … không?" ("Should I …?"),
    "có thể … không?" and "… được không?" ("Can you …?"), "có muốn (tôi) … không?" ("Would you like (me) to …?"),
    "Tôi … nhé?" ("Shall I …?"); None for anything else ("Bạn có gọi taxi không?": did you, or will you?)."""
    if m["done"] or m["let"]:
        return None
    if tail == "chưa":
        doing = tense in ("", "đã") and not modal and keyed(m["verb"]) != "đi" and _doing(m, 2, who_)
        return doing and f"{'Has' if one else 'Have'} {who_} {doing} yet?"
    doing = not tense and _doing(m, 0, who_)
    if not doing:
        return None
    if tail in ("nhé", "nha"):
        return f"Shall I {doing}?" if me and not modal else None
    if tail == "được không" and modal in ("", "có thể") or tail == "không" and modal == "có thể":
        return f"Can {who_} {doing}?"
    if tail == "không" and modal == "có nên":
        return f"Should {who_} {doing}?"
    if tail == "không" and modal == "có muốn":
        return f"Would {who_} like {'me ' * bool(m['me'])}to {doing}?"
    return None


def _state(text: str) -> str | None:
    """"Taxi đến rồi." as "The taxi's here.", "Taxi của bạn đang đến." as "Your taxi's on its way.", "Taxi đến
    chưa?" as "Is the taxi here yet?", "Tài xế đang đợi bên ngoài." as "The driver's waiting outside." (_STATE);
    None for anything else."""
    m = _STATE.fullmatch(text)
    state = m and next(k for k in _STATES if m[k])
    if not m or (state in ("yet", "where")) != ("?" in m["end"]):
        return None
    ride = (RIDES | DRIVERS)[keyed(m["ride"])]
    the = f"{OWNERS[keyed(m['whose'])]} {ride}" if m["whose"] else f"the {ride}"
    its = "the" if ride.endswith("driver") else "its"  # (the driver's "his" or "her" is not known)
    return capitalised(_STATES_EN[state].format(the=the, its=its))


def _fare(text: str) -> str | None:
    """"Tiền taxi hết bao nhiêu?" as "How much is the taxi fare?", "Đi taxi hết bao nhiêu tiền?" as "How much is a
    taxi?", "Tiền taxi hết 200 nghìn." as "The taxi cost 200,000 dong." (_FARE); None for anything else."""
    m = _FARE.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    ride, verb = RIDES[keyed(m["ride"])], keyed(m["verb"] or "")
    if m["ask"]:
        return f"How much is the {ride} fare?" if m["fare"] else f"How much is a {ride}?"
    if verb in ("hết", "mất"):
        return f"The {ride} cost {sum_said(m, 'en')} dong."
    return None if m["go"] else f"The {ride} fare is {sum_said(m, 'en')} dong."


def _doing_vi(m: re.Match, vi: str, who_: str) -> str | None:
    """What is done of a match of _RIDDEN_EN in Vietnamese ("gọi taxi cho bạn", "đi taxi về nhà", "đặt Grab đến sân
    bay"); None for whom said twice or not read, who himself ("Should I call me a taxi?"), a taxi taken for someone,
    a place not known."""
    said = m["obj"] or m["whom"]
    whom = said and as_whom(said, "en")
    if m["obj"] and m["whom"] or said and (not whom or vi == "đi" or whom == who_) or m["to"] and vi == "gọi":
        return None
    if m["here"] and (vi != "đi" or "?" in m["end"]):
        return None  # ("Can I get a taxi here?": here is where, not where to)
    place = m["place"] and place_vi(m["place"])
    if m["place"] and not place:
        return None
    to = " về nhà" if m["home"] else " đến đây" if m["here"] else f" đến {place}" if place else ""
    return f"{vi} {RIDES_VI[keyed(m['ride'])]}{f' cho {whom}' if whom else ''}{to}"


def _ridden_vi(text: str) -> str | None:
    """"I'll get a taxi." as "Tôi sẽ bắt taxi.", "Should I call you a taxi?" as "Tôi gọi taxi cho bạn nhé?", "I've
    booked a taxi." as "Tôi đã đặt taxi rồi.", "Can you call me a taxi?" as "Bạn có thể gọi taxi cho tôi không?"
    (_RIDDEN_EN); None for anything else, and where the verb does not agree with who."""
    m = _RIDDEN_EN.fullmatch(text)
    if not m or (bool(m["ask"]) != ("?" in m["end"])) or m["yet"] and m["ask"] not in ("Have", "Has"):
        return None
    vi, forms = _FORMS_EN[m["verb"].lower()]
    who_, one = ("bạn", False) if m["please"] else ("tôi", False) if m["let"] else who_vi(m)
    doing = _doing_vi(m, vi, who_)
    if not doing:
        return None
    if m["please"] or m["let"]:
        return None if 0 not in forms or m["adv"] else f"{'Làm ơn' if m['please'] else 'Để tôi'} {doing}."
    aux = " ".join((m["aux"] or "").replace("’", "'").lower().split())
    if m["ask"]:
        said = _asked_vi(m, who_, one, aux, forms, doing)
        return said and capitalised(said)
    said = _tense_vi(who_, one, aux, m["adv"], forms, vi)
    return said and capitalised(said.format(doing) + ".")


def _tense_vi(who_: str, one: bool, aux: str, adv: str | None, forms: set[int], vi: str) -> str | None:
    """A statement's "{who} sẽ {0}" … as Vietnamese says the tense of English's `aux` and form ("'ll call" "sẽ",
    "'ve called" "đã … rồi", "'ve just called" "vừa", "'m calling" "đang", "called" "đã"); None where "is", "has" or
    "wants" does not agree with who, and for the present ("I call a taxi.", a habit)."""
    have = {"'ve": False, "have": False, "has": True, "'s": True}
    if adv and aux not in have:
        return None
    if aux in have and 2 in forms:
        if have[aux] != one or vi in ("đi", "bắt"):
            return None  # ("I've got a taxi" may be one had, not one got; "I've taken a taxi", ever?)
        return f"{who_} vừa {{}}" if adv and "just" in adv else f"{who_} đã {{}} rồi"
    if aux in ("'s", "'m", "'re", "am", "is", "are"):
        be_ = {"'s": "is", "'m": "am", "'re": "are"}.get(aux, aux)
        return f"{who_} đang {{}}" if 3 in forms and be_ == be_of(who_, one) and vi != "đi" else None  # (a plan?)
    if 0 not in forms and aux:
        return None
    if aux in ("'ll", "will", "should", "can"):
        return f"{who_} {({'should': 'nên', 'can': 'có thể'}).get(aux, 'sẽ')} {{}}"
    if aux in ("'d like to", "would like to", "want to", "wants to"):
        return None if aux.startswith("want") and (aux == "wants to") != one else f"{who_} muốn {{}}"
    return f"{who_} đã {{}}" if not aux and 1 in forms else None


def _asked_vi(m: re.Match, who_: str, one: bool, aux: str, forms: set[int], doing: str) -> str | None:
    """A question of _RIDDEN_EN in Vietnamese: "Should I call you a taxi?" and "Shall I …?" ("Tôi … nhé?"), "Should
    we …?" ("… có nên … không?"), "Can you …?" ("… có thể … không?"), "Have you …?" and "Did you …?" ("… đã … chưa?"),
    "Would you like (me) to …?", "Do you want (me) to …?" ("… có muốn (tôi) … không?"); None for anything else."""
    ask = m["ask"].lower()
    if m["adv"] or ask in ("have", "has", "did") and m["verb"].lower().startswith(("take", "took")):
        return None
    if ask in ("have", "has"):
        return f"{who_} đã {doing} chưa?" if not aux and 2 in forms and (ask == "has") == one else None
    if 0 not in forms:
        return None
    if ask in ("would", "do", "does"):
        wants = aux in ("like to", "like me to") if ask == "would" else aux in ("want to", "want me to") and (
            ask == "does") == one
        return f"{who_} có muốn {'tôi ' * ('me' in aux)}{doing} không?" if wants else None
    if aux:
        return None
    if ask == "did":
        return f"{who_} đã {doing} chưa?"
    if ask in ("can", "could"):
        return f"{who_} có thể {doing} không?"
    if who_ != "tôi":  # ("Should we …?" asks the listener, one of "we")
        return f"{'chúng ta' if who_ == 'chúng tôi' else who_} có nên {doing} không?" if ask == "should" else None
    offered = ask == "shall" or (m["obj"] or m["whom"] or "").lower() == "you"  # ("Should I call you a taxi?")
    return f"Tôi {doing} nhé?" if offered else f"Tôi có nên {doing} không?"


def _state_vi(text: str) -> str | None:
    """"The taxi is here." as "Taxi đến rồi.", "Your taxi is on its way." as "Taxi của bạn đang đến.", "Is the taxi
    here yet?" as "Taxi đến chưa?", "The driver is waiting outside." as "Tài xế đang đợi bên ngoài." (_STATE_EN);
    None for anything else."""
    state, m = next(((k, m) for k, p in _STATE_EN if (m := p.fullmatch(text))), (None, None))
    if not m:
        return None
    ride = keyed(m["ride"])
    said = DRIVERS_VI.get(ride) or {"grab": "xe Grab"}.get(ride) or RIDES_VI[ride]  # ("xe Grab", not "Grab")
    whose = m["the"].lower()
    return capitalised(f"{said}{f' của {WHOSE_VI[whose]}' if whose != 'the' else ''} {_STATES_VI[state]}")


def _fare_vi(text: str) -> str | None:
    """"How much was the taxi?" as "Tiền taxi hết bao nhiêu?", "How much is a taxi?" as "Đi taxi hết bao nhiêu
    tiền?", "The taxi cost 200,000 dong." as "Tiền taxi hết 200.000 đồng." (_FARE_EN); None for anything else."""
    m = _FARE_EN.fullmatch(text)
    if not m:
        return None
    if m["ride2"]:
        ride, cost = RIDES_VI[keyed(m["ride2"])], m["cost"]
        if cost == "is" and not m["fare2"]:
            return None  # ("The taxi is 200,000 dong.": ask the model)
        return f"Tiền {ride} {'là' if cost == 'is' else 'hết'} {sum_said(m, 'vi')} đồng."
    ride, a = RIDES_VI[keyed(m["ride"])], (m["the"] or m["the2"]) == "a"
    if a:
        return None if m["fare"] or m["be"] == "was" or m["did"] == "did" else f"Đi {ride} hết bao nhiêu tiền?"
    if m["did"] == "does":
        return None
    return f"Tiền {ride} {'hết ' if m['be'] == 'was' or m['did'] else ''}bao nhiêu?"
