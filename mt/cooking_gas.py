"""Bottled cooking gas at home, both ways, written whole by rule: who calls for the gas or a new gas bottle, the gas
delivered, the gas turned off ("khoá ga"), a gas bottle's price, the gas bottle empty, and a gas leak. v8 (every rule
on) reads "ga" as a station, "bình ga" as anything, and English "gas" as petrol, tear gas or wind: "Tôi phải gọi đổi
bình ga." → "I have to call the average station.", "Bạn đã gọi ga chưa?" → "Have you called the station yet?", "Người ta
vừa mang ga đến." → "People have just carried the station.", "Một bình ga bao nhiêu tiền?" → "How much money do it?",
"Bạn đã khoá ga chưa?" → "Are you locked the station?", "Bình ga bị rò rỉ." → "The vagina was leaked."; "I have to call
for a new gas bottle." → "Tôi phải kêu gọi một chai xăng dầu mới.", "Have you called for the gas yet?" → "Bạn đã kêu gọi
hơi cay chưa?", "The gas has just been delivered." → "Chứng đầy hơi vừa được cung cấp.", "Have you turned the gas off?"
→ "Bạn đã tắt hơi cay chưa?", "How much is a gas bottle?" → "Chai xăng dầu bao nhiêu?".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) calling for the gas ("gọi ga") or a new gas bottle ("gọi đổi bình ga"),
turning the gas off ("khoá ga"; in Vietnamese only), closing the gas valve, turning off the gas stove: done ("rồi",
"đã"), just, not yet, asked ("… chưa?"), will, has to, needs to (asked, denied), forgot to, on a near day
(mt.dates.near_days) behind or ahead as the tense says (a plain present only of a day behind); told ("Nhớ khoá ga nhé.",
"Đừng quên khoá ga.", "Khoá ga lại đi.", "Để tôi gọi ga."); the gas or a gas bottle delivered ("Người ta vừa mang ga
đến."): just, done, not yet, asked, will; a gas bottle's price asked; the price of gas gone up or down; the gas bottle
empty or almost; the stove out of gas; a gas bottle, stove, pipe, valve or hose leaking (said, denied, asked) and a gas
leak ("Hình như ga bị rò rỉ."). Left: "Nhà tôi hết ga rồi." and "We've run out of cooking gas." (mt/supplies.py), "Tôi
ngửi thấy mùi ga." and "I can smell gas." (mt/smells.py), "Tắt bếp ga." and "Turn off the gas." (mt/cooking.py: the
burner, or the valve?), as "Have you turned the gas off?", "We've run out of gas." (petrol, in American English), "Hết
ga rồi." (a drink gone flat?), "The gas is leaking." (petrol?), a plain present ("Tôi gọi ga.", "Chiều nay tôi gọi ga.":
now, or will?), "có … không?" of a deed done ("Bạn có gọi ga không?"), asked of oneself, "anh", "chị", "em" alone saying
it, and anything else.
mt.phrasebook.translate tries these after mt/contracts.py.

    >>> translate("Tôi phải gọi đổi bình ga.", "vi", "en"), translate("Have you called for the gas yet?", "en", "vi")
    ('I have to call for a new gas bottle.', 'Bạn đã gọi ga chưa?')
"""
from __future__ import annotations

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:ga\b)"), "en": lazy(r"(?i:gas\b)")}
# what is done about the gas: English base, past, and what follows ("khoá" written either way: "khóa")
_DOINGS = {"gọi đổi bình ga": ("call", "called", "for a new gas bottle"),
           "gọi đổi ga": ("call", "called", "for a new gas bottle"), "gọi ga": ("call", "called", "for the gas"),
           "khoá ga": ("turn", "turned", "the gas off"), "khóa ga": ("turn", "turned", "the gas off"),
           "khoá van ga": ("close", "closed", "the gas valve"), "khóa van ga": ("close", "closed", "the gas valve"),
           "tắt bếp ga": ("turn", "turned", "off the gas stove")}
# ... and back, by the English after the verb (and the verbs it takes); not "the gas" turned off: the burner ("tắt
# bếp"), or the valve ("khoá ga")? (as mt/cooking.py leaves "Turn off the gas.")
_DOINGS_VI = {"for the gas": ("gọi ga", "call"), "for a new gas bottle": ("gọi đổi bình ga", "call"),
              "for a new bottle of gas": ("gọi đổi bình ga", "call"), "the gas valve": ("khoá van ga", "close"),
              "off the gas valve": ("khoá van ga", "turn"), "the gas valve off": ("khoá van ga", "turn"),
              "off the gas stove": ("tắt bếp ga", "turn"), "the gas stove off": ("tắt bếp ga", "turn")}
_DAYS = near_days("hôm qua", "tối qua", "sáng nay", "hôm nay", "chiều nay", "tối nay", "ngày mai", "sáng mai",
                  "chiều mai")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# what leaks (the first Vietnamese of each is written back)
_LEAKERS = {"bình ga": "gas bottle", "bếp ga": "gas stove", "ống ga": "gas pipe", "ống dẫn ga": "gas pipe",
            "van ga": "gas valve", "dây ga": "gas hose", "dây dẫn ga": "gas hose"}
_LEAKERS_VI = {en: vi for vi, en in reversed(_LEAKERS.items())}
_NHE = r"(?:\s+(?P<nhe>nhé|nha))?"

# who does it ("Tôi phải gọi đổi bình ga.", "Bạn đã khoá ga chưa?", "Hôm qua mẹ tôi đã gọi ga.")
_DO = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?"
           r"(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ|chưa|không\s+cần|không\s+phải|cần|phải|quên)\s+)?"
           rf"(?P<doing>(?i:{alternatives(_DOINGS)}))(?P<back>\s+lại)?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?"
           rf"{ASKED_END}")
# ... told ("Nhớ khoá ga nhé.", "Đừng quên khoá ga.", "Khoá ga lại đi.")
_TOLD = lazy(rf"(?:(?P<tell>[Nn]hớ|[Đđ]ừng\s+quên)\s+)?(?P<doing>(?i:{alternatives(_DOINGS)}))(?P<back>\s+lại)?"
             rf"(?:\s+(?P<go>đi))?{_NHE}\s*(?P<end>[.!]*)")
# the gas brought ("Người ta vừa mang ga đến.", "Người ta mang ga đến chưa?")
_BROUGHT = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?(?i:người\s+ta)\s+(?:(?P<tense>đã|vừa\s+mới|vừa|"
                r"mới|sẽ|chưa)\s+)?(?:mang|giao|chở|đem)\s+(?P<what>ga|bình\s+ga(?P<new>\s+mới)?)\s+(?:đến|tới)"
                rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# a gas bottle's price ("Một bình ga bao nhiêu tiền?"), and the price of gas up or down ("Giá ga lại tăng rồi.")
_PRICE = lazy(r"(?:(?P<now>(?i:bây\s+giờ|hiện\s+nay))\s+)?(?i:một|1)\s+bình\s+ga\s+(?:giá\s+)?bao\s+nhiêu(?:\s+tiền)?"
              rf"(?P<now2>\s+bây\s+giờ)?{SOFTENED_END}")
_PRICES = lazy(r"(?i:giá)\s+ga\s+(?:(?P<again>lại)\s+|(?P<soon>sắp)\s+|đã\s+)?(?P<way>tăng|giảm)(?:\s+(?P<done>rồi))?"
               rf"{SOFTENED_END}")
# the bottle empty ("Bình ga hết rồi.", "Bình ga sắp hết.") or the stove out of gas ("Bếp hết ga rồi.")
_EMPTY = lazy(r"(?P<what>(?i:bình\s+ga|bếp(?:\s+ga)?))\s+(?:(?P<soon>sắp|gần)\s+|đã\s+)?hết(?P<gas>\s+ga)?"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# a leak ("Bình ga bị rò rỉ.", "Bình ga có bị rò rỉ không?", "Hình như ga bị rò rỉ.", "Bị rò rỉ ga rồi!")
_LEAK = lazy(rf"(?P<what>(?i:{alternatives(_LEAKERS)}))(?P<this>\s+này)?\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:đang\s+)?bị\s+rò\s+rỉ(?:\s+ga)?(?:\s+rồi)?{ASKED_END}")
_GAS_LEAK = lazy(r"(?:(?P<seems>(?i:hình\s+như))\s+)?(?:(?i:ga)\s+(?:(?P<ask>có)\s+)?bị\s+rò\s+rỉ|(?i:bị)\s+rò\s+rỉ"
                 rf"\s+ga|(?P<ask2>(?i:có))\s+(?:bị\s+)?rò\s+rỉ\s+ga)(?:\s+rồi)?{ASKED_END}")

# ... in English
_DOING_EN = (r"(?P<verb>call|calls|called|calling|turn|turns|turned|close|closes|closed)\s+"
             rf"(?P<obj>{alternatives(_DOINGS_VI)})")
_DO_EN = lazy(rf"(?:(?P<q>Have|Has|Did|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’]ve|"
              r"\s+will|['’]ll|\s+(?:has|have|need|needs)\s+to|\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+"
              r"(?:have|need)\s+to|\s+forgot\s+to)?(?:\s+(?P<adv>just|already))?"
              rf"\s+{_DOING_EN}(?:\s+(?P<yet>yet))?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"(?:(?P<tell>Remember\s+to|Don['’]t\s+forget\s+to|Do\s+not\s+forget\s+to|Let\s+me)\s+)?"
                rf"(?i:{_DOING_EN})\s*(?P<end>[.!]*)")
_BROUGHT_EN = lazy(r"(?:(?P<q>Has)\s+)?[Tt]he\s+(?P<new>new\s+)?gas(?P<bottle>\s+bottle)?"
                   r"(?P<aux>\s+has(?:\s+not|n['’]t)?|\s+will|\s+was)?(?:\s+(?P<adv>just|already))?"
                   r"\s+(?:(?P<been>been|be)\s+)?delivered(?:\s+(?P<yet>yet))?"
                   rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_PRICE_EN = lazy(r"How\s+much\s+(?:(?P<is>is)\s+a\s+(?:gas\s+bottle|bottle\s+of\s+gas)|does\s+a\s+(?:gas\s+bottle|"
                 r"bottle\s+of\s+gas)\s+cost)(?P<now>\s+now)?\s*\?+")
_PRICES_EN = lazy(r"(?:The\s+price\s+of\s+cooking\s+gas\s+has|Cooking\s+gas\s+prices\s+have)\s+(?:(?P<just>just)\s+)?"
                  r"gone\s+(?P<way>up|down)(?:\s+(?P<again>again))?\s*(?P<end>[.!]*)")
_EMPTY_EN = lazy(r"(?:The\s+gas\s+bottle(?:(?P<be>\s+is|['’]s)\s+(?:(?P<soon>almost|nearly)\s+)?empty|"
                 r"(?P<run>\s+has|['’]s)\s+run\s+out|(?P<running>\s+is|['’]s)\s+running\s+out)|"
                 r"The\s+(?:gas\s+)?stove\s+(?:has|['’]s)\s+run\s+out\s+of\s+gas)\s*(?P<end>[.!]*)")
_LEAK_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<det>[Tt]he|[Tt]his)\s+(?P<what>{alternatives(_LEAKERS_VI)})"
                r"(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+leaking\s*(?P<end>[.!?]*)")
_GAS_LEAK_EN = lazy(r"(?:(?P<seems>I\s+think)\s+)?(?:[Tt]here(?:['’]s|\s+is)\s+a\s+gas\s+leak\s*(?P<end>[.!]*)|"
                    r"(?P<q>Is)\s+there\s+a\s+gas\s+leak\s*\?+)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of bottled cooking gas: calling for it, turned off, delivered, its price, the
    bottle empty, a leak; None for any other."""
    if src == "vi":
        said = _do(text) or _told(text) or _brought(text) or _price(text) or _empty(text) or _leak(text)
    else:
        said = _do_vi(text) or _told_vi(text) or _brought_vi(text) or _price_vi(text) or _empty_vi(text) or \
            _leak_vi(text)
    # (a statement's "!" kept: "Bị rò rỉ ga rồi!" → "There's a gas leak!")
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said


def _have(who_: str, one: bool, rest: str, denied: bool = False) -> str:
    """Who has done it, in English, contracted after a pronoun but "he" and "she" ("she's called" reads as named): "I've
    called …", "My mother has called …", "We haven't called …"."""
    have = ("hasn't" if one else "haven't") if denied else "has" if one else "have"
    if not denied and not one and who_ in ("I", "you", "we", "they"):
        return capitalised(f"{who_}'ve {rest}")
    return capitalised(f"{who_} {have} {rest}")


def _do(text: str) -> str | None:
    """"Tôi phải gọi đổi bình ga." as "I have to call for a new gas bottle.", "Bạn đã gọi ga chưa?" as "Have you called
    for the gas yet?", "Tôi đã khoá ga rồi." as "I've turned the gas off.", "Hôm qua mẹ tôi đã gọi ga." as "My mother
    called for the gas yesterday." (_DO); None for anything else, a tense not said, and a pet as who."""
    m = _DO.fullmatch(text)
    if not m or animal(m):
        return None
    asked, tense, ask = "?" in m["end"], " ".join((m["tense"] or "").split()), bool(m["ask"])
    if asked != bool(m["asked"] or m["yet"]) or m["asked"] and not ask or ask and tense not in ("phải", "cần") or \
            m["asked"] and m["yet"] or m["back"] and not keyed(m["doing"]).startswith("kh"):
        return None
    said = who(m, asked)
    if said is None:
        return None
    who_, one = said
    base, past, obj = _DOINGS[keyed(m["doing"])]
    day = keyed(m["day"] or "")
    way, on = NEAR_WAY.get(day), f" {_DAYS[day]}" if day else ""
    yet = " yet" if base == "call" else ""
    if m["let"]:
        return f"Let me {base} {obj}." if who_ == "I" and not (tense or m["done"] or asked or day) else None
    if m["yet"]:  # ("… chưa?": done yet, asked; not of oneself)
        ok = tense in ("", "đã") and not (m["done"] or day) and who_ != "I"
        return f"{'Has' if one else 'Have'} {who_} {past} {obj}{yet}?" if ok else None
    if tense in ("phải", "cần", "không phải", "không cần"):
        if m["done"] or way == "behind":
            return None
        need = "have" if tense.endswith("phải") else "need"
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {need} to {base} {obj}{on}?" if who_ != "I" else None
        if tense.startswith("không"):
            return capitalised(f"{who_} {'doesn' if one else 'don'}'t {need} to {base} {obj}{on}.")
        needs = ("has" if need == "have" else "needs") if one else need
        return capitalised(f"{who_} {needs} to {base} {obj}{on}.")
    if asked:
        return None
    if tense == "sẽ":
        will = f"{who_}'ll" if who_ in ("I", "you", "we", "they", "he", "she") else f"{who_} will"
        return capitalised(f"{will} {base} {obj}{on}.") if way != "behind" and not m["done"] else None
    if tense == "quên":
        return capitalised(f"{who_} forgot to {base} {obj}{on}.") if way != "ahead" else None
    if day:  # (a day behind, or this morning with "đã": done then; "Chiều nay tôi gọi ga." at noon is planned)
        ok = not m["done"] and (way == "behind" and tense in ("", "đã") or way == "today" and tense == "đã" and
                                day != "tối nay")
        return capitalised(f"{who_} {past} {obj}{on}.") if ok else None
    if tense in ("vừa", "mới", "vừa mới"):
        return _have(who_, one, f"just {past} {obj}.") if not m["done"] else None
    if tense == "chưa":
        return _have(who_, one, f"{past} {obj}{yet}.", denied=True) if not m["done"] else None
    if tense == "đã" or m["done"] and not tense:
        return _have(who_, one, f"{past} {obj}.")
    return None


def _told(text: str) -> str | None:
    """"Nhớ khoá ga nhé." as "Remember to turn the gas off.", "Đừng quên gọi ga." as "Don't forget to call for the
    gas.", "Khoá ga lại đi." as "Turn the gas off.", "Gọi ga đi." as "Call for the gas." (_TOLD); None for anything
    else, and "tắt bếp ga" told (mt/cooking.py's)."""
    m = _TOLD.fullmatch(text)
    doing = keyed(m["doing"]) if m else ""
    if not m or doing == "tắt bếp ga" or m["back"] and not doing.startswith("kh"):
        return None
    base, _, obj = _DOINGS[doing]
    if m["tell"]:
        return f"{'Remember' if keyed(m['tell']) == 'nhớ' else 'Don’t forget'} to {base} {obj}.".replace("’", "'")
    return f"{base.capitalize()} {obj}." if m["go"] or m["back"] or m["nhe"] else None


def _brought(text: str) -> str | None:
    """"Người ta vừa mang ga đến." as "The gas has just been delivered.", "Người ta mang ga đến chưa?" as "Has the gas
    been delivered yet?", "Người ta chưa mang bình ga mới đến." as "The new gas bottle hasn't been delivered yet.",
    "Ngày mai người ta sẽ mang ga đến." as "The gas will be delivered tomorrow." (_BROUGHT); None for anything else."""
    m = _BROUGHT.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["yet"]):
        return None
    tense, done, day = " ".join((m["tense"] or "").split()), bool(m["done"]), keyed(m["day"] or "")
    what = "the new gas bottle" if m["new"] else "the gas bottle" if m["what"] != "ga" else "the gas"
    way, on = NEAR_WAY.get(day), f" {_DAYS[day]}" if day else ""
    if m["yet"]:
        return f"Has {what} been delivered yet?" if tense in ("", "đã") and not (done or day) else None
    if day:
        if tense == "sẽ" and way != "behind" and not done:
            return capitalised(f"{what} will be delivered{on}.")
        # (a plain present today may be planned: "Chiều nay người ta mang ga đến." at noon)
        ok = not done and (way == "behind" and tense in ("", "đã") or way == "today" and tense == "đã" and
                           day != "tối nay")
        return capitalised(f"{what} was delivered{on}.") if ok else None
    if tense in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{what} has just been delivered.") if not done else None
    if tense == "chưa":
        return capitalised(f"{what} hasn't been delivered yet.") if not done else None
    if tense == "sẽ":
        return capitalised(f"{what} will be delivered.") if not done else None
    return capitalised(f"{what} has been delivered.") if tense == "đã" or done and not tense else None


def _price(text: str) -> str | None:
    """"Một bình ga bao nhiêu tiền?" as "How much is a gas bottle?", "Bây giờ một bình ga giá bao nhiêu?" as "How much
    is a gas bottle now?" (_PRICE), "Giá ga lại tăng rồi." as "The price of cooking gas has gone up again.", "Giá ga sắp
    tăng." as "The price of cooking gas is going to go up." (_PRICES); None for anything else."""
    m = _PRICE.fullmatch(text)
    if m:
        ok = "?" in m["end"] and not (m["now"] and m["now2"])
        return f"How much is a gas bottle{' now' if m['now'] or m['now2'] else ''}?" if ok else None
    m = _PRICES.fullmatch(text)
    if not m or "?" in m["end"] or not (m["again"] or m["soon"] or m["done"] or "đã" in text) or m["soon"] and (
            m["done"] or m["again"]):
        return None
    way = "up" if m["way"] == "tăng" else "down"
    if m["soon"]:
        return f"The price of cooking gas is going to go {way}."
    return f"The price of cooking gas has gone {way}{' again' if m['again'] else ''}."


def _empty(text: str) -> str | None:
    """"Bình ga hết rồi." as "The gas bottle is empty.", "Bình ga sắp hết rồi." as "The gas bottle is almost empty.",
    "Bình ga hết chưa?" as "Is the gas bottle empty?", "Bếp hết ga rồi." as "The stove has run out of gas." (_EMPTY);
    None for anything else."""
    m = _EMPTY.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["yet"]):
        return None
    bottle = keyed(m["what"]) == "bình ga"
    if bottle == bool(m["gas"]):
        return None  # ("Bếp hết rồi.": the stove's what?; "Bình ga hết ga rồi." said twice)
    if m["yet"]:
        return "Is the gas bottle empty?" if bottle and not (m["soon"] or m["done"]) else None
    if not (m["done"] or m["soon"] or " đã " in f" {text} "):
        return None  # ("Bình ga hết." is a headline, or "when the bottle runs out")
    if bottle:
        return f"The gas bottle is {'almost ' if m['soon'] else ''}empty."
    return "The stove is almost out of gas." if m["soon"] else "The stove has run out of gas."


def _leak(text: str) -> str | None:
    """"Bình ga bị rò rỉ." as "The gas bottle is leaking.", "Bình ga có bị rò rỉ không?" as "Is the gas bottle leaking?"
    (_LEAK), "Hình như ga bị rò rỉ." as "I think there's a gas leak.", "Có rò rỉ ga không?" as "Is there a gas leak?"
    (_GAS_LEAK); None for anything else."""
    m = _LEAK.fullmatch(text)
    if m:
        asked = "?" in m["end"]
        if asked != bool(m["asked"]) or bool(m["ask"]) != asked or m["not"] and asked:
            return None
        what = f"{'this' if m['this'] else 'the'} {_LEAKERS[keyed(m['what'])]}"
        if asked:
            return f"Is {what} leaking?"
        return capitalised(f"{what} isn't leaking." if m["not"] else f"{what} is leaking.")
    m = _GAS_LEAK.fullmatch(text)
    if not m:
        return None
    asked = "?" in m["end"]
    if asked != bool(m["asked"]) or asked != bool(m["ask"] or m["ask2"]) or asked and m["seems"]:
        return None
    return "Is there a gas leak?" if asked else f"{'I think there' if m['seems'] else 'There'}'s a gas leak."


def _do_vi(text: str) -> str | None:
    """"I have to call for a new gas bottle." as "Tôi phải gọi đổi bình ga.", "Have you called for the gas yet?" as "Bạn
    đã gọi ga chưa?", "Did you close the gas valve?" as "Bạn đã khoá van ga chưa?", "She hasn't called for the gas." as
    "Cô ấy chưa gọi ga.", "I'll call for the gas tomorrow." as "Ngày mai tôi sẽ gọi ga." (_DO_EN); None for anything
    else, a verb not agreeing with who, asked of oneself, and "the gas" turned off (_DOINGS_VI)."""
    m = _DO_EN.fullmatch(text)
    if not m or animal(m) or ("?" in m["end"]) != bool(m["q"]):
        return None
    doing, verb_of = _DOINGS_VI[keyed(m["obj"])]
    verb, q = m["verb"], (m["q"] or "").lower()
    if not verb.startswith(verb_of) or verb.endswith(("s", "ing")):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    past, adv, day, yet = verb.endswith("ed"), m["adv"], keyed(m["day"] or ""), bool(m["yet"])
    day_vi = _DAYS_VI.get(day, "")
    way = NEAR_WAY.get(day_vi)
    if q:
        if adv or day or who_ == "tôi" or q in ("has", "does") and not one or q in ("have", "do") and one:
            return None
        if q in ("have", "has", "did") and not aux and past == (q != "did") and (not yet or q != "did"):
            return capitalised(f"{who_} đã {doing} chưa?")
        if q in ("do", "does") and aux in ("have to", "need to") and not (past or yet):
            return capitalised(f"{who_} có {'phải' if aux == 'have to' else 'cần'} {doing} không?")
        return None
    if aux in ("have", "has", "'ve") or not aux and past:
        if aux and (aux == "has") != one or aux == "'ve" and who_ not in ("tôi", "bạn", "chúng tôi", "họ") or yet:
            return None
        if not past or aux and day or adv and day:
            return None
        if day:
            return capitalised(f"{day_vi} {who_} đã {doing}.") if way != "ahead" and day != "tonight" else None
        if adv == "just":
            return capitalised(f"{who_} vừa {doing}.")
        return capitalised(f"{who_} đã {doing}{' rồi' if aux or adv else ''}.")
    if aux in ("have not", "has not"):
        ok = past and (aux == "has not") == one and not (adv or day)
        return capitalised(f"{who_} chưa {doing}.") if ok else None
    if past or adv or yet:
        return None
    if aux in ("will", "'ll"):
        if aux == "'ll" and who_ not in ("tôi", "bạn", "chúng tôi", "họ", "anh ấy", "cô ấy") or way == "behind":
            return None
        return capitalised(f"{day_vi} {who_} sẽ {doing}." if day else f"{who_} sẽ {doing}.")
    needs = {"has to": ("phải", True), "have to": ("phải", False), "needs to": ("cần", True), "need to": ("cần", False),
             "does not have to": ("không phải", True), "do not have to": ("không phải", False),
             "does not need to": ("không cần", True), "do not need to": ("không cần", False)}
    if aux in needs:
        need, of_one = needs[aux]
        if of_one != one or way == "behind":
            return None
        return capitalised(f"{day_vi} {who_} {need} {doing}." if day else f"{who_} {need} {doing}.")
    if aux == "forgot to":
        return capitalised(f"{who_} quên {doing}.") if not day else None
    return None


def _told_vi(text: str) -> str | None:
    """"Remember to close the gas valve." as "Nhớ khoá van ga nhé.", "Don't forget to call for the gas." as "Đừng quên
    gọi ga nhé.", "Let me call for the gas." as "Để tôi gọi ga.", "Close the gas valve." as "Khoá van ga lại đi."
    (_TOLD_EN); None for anything else, "the gas" turned off (_DOINGS_VI), and "Turn off the gas stove." told
    (mt/cooking.py's)."""
    m = _TOLD_EN.fullmatch(text)
    if not m:
        return None
    doing, verb_of = _DOINGS_VI[keyed(m["obj"])]
    if keyed(m["verb"]) != verb_of or bool(m["tell"]) == m["verb"][0].isupper():
        return None  # (told without "Remember to" only where the verb opens the sentence: "Close the gas valve.")
    tell = keyed(m["tell"] or "").replace("’", "'")
    if tell == "let me":
        return f"Để tôi {doing}."
    if tell:
        return f"{'Nhớ' if tell == 'remember to' else 'Đừng quên'} {doing} nhé."
    if doing == "tắt bếp ga":
        return None
    return capitalised(f"{doing}{' lại' if doing.startswith('kh') else ''} đi.")


def _brought_vi(text: str) -> str | None:
    """"The gas has just been delivered." as "Người ta vừa mang ga đến.", "Has the gas been delivered yet?" as "Người ta
    đã mang ga đến chưa?", "The gas will be delivered tomorrow." as "Ngày mai người ta sẽ mang ga đến." (_BROUGHT_EN);
    None for anything else."""
    m = _BROUGHT_EN.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["q"]) or m["new"] and not m["bottle"]:
        return None
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    what = f"bình ga{' mới' if m['new'] else ''}" if m["bottle"] else "ga"
    adv, day, yet, been = m["adv"], keyed(m["day"] or ""), bool(m["yet"]), m["been"] == "been"
    day_vi = _DAYS_VI.get(day, "")
    way, said = NEAR_WAY.get(day_vi), f"mang {what} đến"
    if m["q"]:
        return f"Người ta đã {said} chưa?" if been and not (aux or adv or day) else None
    if aux == "will":
        ok = m["been"] == "be" and not (adv or yet) and way != "behind"
        return capitalised(f"{day_vi} người ta sẽ {said}." if day else f"Người ta sẽ {said}.") if ok else None
    if aux == "was":
        ok = not (m["been"] or adv or yet) and day and way != "ahead" and day != "tonight"
        return capitalised(f"{day_vi} người ta đã {said}.") if ok else None
    if not been or day:
        return None
    if aux == "has not":
        return f"Người ta chưa {said}." if not adv else None
    if aux != "has" or yet:
        return None
    return f"Người ta vừa {said}." if adv == "just" else f"Người ta đã {said} rồi."


def _price_vi(text: str) -> str | None:
    """"How much is a gas bottle?" as "Một bình ga bao nhiêu tiền?", "How much does a gas bottle cost now?" as "Bây giờ
    một bình ga bao nhiêu tiền?" (_PRICE_EN), "The price of cooking gas has gone up again." as "Giá ga lại tăng rồi."
    (_PRICES_EN); None for anything else."""
    m = _PRICE_EN.fullmatch(text)
    if m:
        return f"{'Bây giờ một' if m['now'] else 'Một'} bình ga bao nhiêu tiền?"
    m = _PRICES_EN.fullmatch(text)
    if not m or m["just"] and m["again"]:
        return None
    way = "tăng" if m["way"] == "up" else "giảm"
    return f"Giá ga {'lại ' if m['again'] else 'vừa ' if m['just'] else ''}{way}{'' if m['just'] else ' rồi'}."


def _empty_vi(text: str) -> str | None:
    """"The gas bottle is empty." as "Bình ga hết rồi.", "The gas bottle is almost empty." and "The gas bottle is
    running out." as "Bình ga sắp hết rồi.", "The stove has run out of gas." as "Bếp hết ga rồi." (_EMPTY_EN); None for
    anything else."""
    m = _EMPTY_EN.fullmatch(text)
    if not m:
        return None
    if not (m["be"] or m["run"] or m["running"]):
        return "Bếp hết ga rồi."
    return f"Bình ga {'sắp ' if m['soon'] or m['running'] else ''}hết rồi."


def _leak_vi(text: str) -> str | None:
    """"The gas bottle is leaking." as "Bình ga bị rò rỉ.", "Is the gas pipe leaking?" as "Ống ga có bị rò rỉ không?"
    (_LEAK_EN), "There's a gas leak." as "Ga bị rò rỉ.", "I think there's a gas leak." as "Hình như ga bị rò rỉ.", "Is
    there a gas leak?" as "Ga có bị rò rỉ không?" (_GAS_LEAK_EN); None for anything else."""
    m = _LEAK_EN.fullmatch(text)
    if m:
        be = " ".join((m["be"] or "").lower().replace("’", "'").replace("n't", " not").split())
        if bool(m["q"]) == bool(be) or m["q"] and m["det"][0].isupper() or bool(m["q"]) != ("?" in m["end"]):
            return None  # ("Is the bottle is leaking?", "The gas bottle leaking.", "The gas bottle is leaking?")
        what = f"{_LEAKERS_VI[keyed(m['what'])]}{' này' if m['det'].lower() == 'this' else ''}"
        if m["q"]:
            return capitalised(f"{what} có bị rò rỉ không?")
        return capitalised(f"{what} {'không ' if 'not' in be else ''}bị rò rỉ.")
    m = _GAS_LEAK_EN.fullmatch(text)
    if not m or m["q"] and m["seems"]:
        return None
    return "Ga có bị rò rỉ không?" if m["q"] else f"{'Hình như ga' if m['seems'] else 'Ga'} bị rò rỉ."
