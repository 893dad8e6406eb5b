"""Filling up with petrol, both ways, written whole by rule: going for petrol or stopping at a petrol station (with a
day, a need, a plan, done or forgotten), petrol prices up or down and what petrol costs, an amount asked for at the
pump, running out of petrol halfway, the petrol light, and how much petrol a vehicle uses. v8 (every other rule on)
reads "xăng" as gas, "cây xăng" as gas trees, "đổ" as emptying, and "petrol" as a pet: "Hôm nay tôi phải đi đổ xăng."
→ "I have to go to gas today.", "Tôi phải ghé cây xăng đổ xăng." → "I must stop gas trees.", "Hôm qua tôi đã đổ
xăng." → "Yesterday, I've poured gas.", "Giá xăng sắp tăng." → "It's upcoming gas prices.", "Đổ năm mươi nghìn thôi
anh." → "It was twenty thousand thousand years.", "Đèn báo xăng sáng rồi." → "Override gas warnings."; "I need to stop
for petrol." → "Tôi cần dừng thú nuôi.", "I got petrol yesterday." → "Tôi có thú cưng hôm qua.", "Petrol prices have
gone up again." → "Giá dầu tăng lại.", "Just fifty thousand's worth, please." → "Xin vui lòng có giá trị 50 ngàn
năm.", "My motorbike ran out of petrol halfway." → "Máy vận động của tôi chạy ra ngoài đường băng thú nuôi.".

Taken: who (mt.hobbies.WHO, WHO_EN) going for petrol ("đi đổ xăng", "go and get petrol"), getting it ("đổ xăng", "get
petrol"), stopping for it ("ghé cây xăng đổ xăng", "stop for petrol") or at a petrol station: with a day of
mt.dates.NEAR_DAYS (today, ahead or behind, as the verb says), has to, needs to, wants to, will (asked with "có …
không?"), did, has already, hasn't yet, asked with "chưa?", forgot to, "Chúng ta … nhé" (let's); petrol prices gone up
or down (again, just, yet asked), going up, about to; what petrol or a litre of it costs (now); an amount at the pump
("Đổ năm mươi nghìn thôi anh.", 10 to 500 thousand; in English "… worth of petrol"); who or whose vehicle ran out of
petrol halfway (English; the Vietnamese "giữa đường" is mt/car_trouble.py's); the petrol light on, come on or flashing;
whose or this vehicle using a lot of petrol, not much, or economical on it, asked. Left: what mt/driving.py takes ("Tôi
phải đi đổ xăng.", "We need to get petrol.", "Fill it up, please."), mt/car_trouble.py ("Cây xăng gần nhất ở đâu?", "Xe
máy của tôi hết xăng giữa đường."), mt/supplies.py and mt/mishaps.py ("Xe tôi sắp hết xăng.", "I'm almost out of
petrol."), cooking gas (mt/cooking_gas.py), "gas" for petrol (American, and "ran out of gas" is tiredness too), "xe"
alone using petrol (a car or a motorbike?), a plain "Tôi đổ xăng." (now, a habit or done?), "Hôm nay tôi đi đổ xăng."
(going or gone?), "Sáng nay tôi phải đổ xăng." (had to, or has to?) and asked so, "I" asked "chưa?", "em" asking with
"ạ" (the speaker), "Anh ấy đi đổ xăng rồi.", "vừa đi đổ xăng" (gone, or been and back?), "thế", "vậy" ending a statement
(saying more), "Đèn báo xăng sáng lên." (came on, or is on?), "năm chục nghìn" and other amounts; in English "She has
already got petrol." (has it, or got it?), "already" or "just been to get petrol", "we" asked (chúng ta, or chúng tôi?),
"Fifty thousand's worth, please." (of petrol, or of credit, of fruit?); a pet; and anything else.
mt.phrasebook.translate tries these after mt/kids_games.py.

    >>> translate("Giá xăng lại tăng rồi.", "vi", "en"), translate("I need to stop for petrol.", "en", "vi")
    ('Petrol prices have gone up again.', 'Tôi cần ghé cây xăng đổ xăng.')
"""
from __future__ import annotations

from .dates import NEAR_WAY, near_days
from .hobbies import OWNER, WHO, WHO_EN, animal, em_speaking, owner_of, pet, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .parking import VEHICLES, VEHICLES_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, STRESSED_SAID, agreement_asked, alternatives, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:xăng|đổ)"), "en": lazy(r"(?i:petrol|fuel|worth)")}
# days said with it (mt.dates.NEAR_DAYS; the first Vietnamese of each is written back)
_DAYS = near_days("hôm nay", "sáng nay", "chiều nay", "tối nay", "ngày mai", "sáng mai", "chiều mai", "tối mai",
                  "hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# the errands: Vietnamese, and English base, past and participle
_ERRANDS = {"đổ xăng": ("get petrol", "got petrol", "got petrol"),
            "đi đổ xăng": ("go and get petrol", "went to get petrol", "been to get petrol"),
            "ghé cây xăng đổ xăng": ("stop for petrol", "stopped for petrol", "stopped for petrol"),
            "ghé cây xăng": ("stop at a petrol station", "stopped at a petrol station", "stopped at a petrol station")}
# modal verbs (English now, and behind a day that lies behind)
_MODS = {"phải": ("have to", "had to"), "cần": ("need to", "needed to"), "muốn": ("want to", "wanted to")}
_MODS_VI = {e: v for v, es in _MODS.items() for e in es} | {"has to": "phải", "needs to": "cần", "wants to": "muốn"}
# amounts at the pump, in thousands (10 to 500: a hundred and five is left, "một trăm linh năm")
_AMOUNTS = {n: (vi_word(n) if n <= 100 else f"{vi_word(n // 100)} trăm{f' {vi_word(n % 100)}' * bool(n % 100)}",
                en_word(n) if n <= 100 else f"{'a' if n < 200 else en_word(n // 100)} hundred"
                f"{f' and {en_word(n % 100)}' * bool(n % 100)}")
            for n in range(10, 501) if n <= 100 or n % 100 == 0 or n % 100 >= 10}
_AMOUNTS_VI = {vi: n for n, (vi, _) in _AMOUNTS.items()}
_AMOUNTS_EN = {en: n for n, (_, en) in _AMOUNTS.items()} | {"one hundred": 100}
_MOTORS = {vi: en for vi, en in VEHICLES.items() if en in ("motorbike", "car")}  # (a bicycle uses no petrol)
_MOTORS_EN = {en: vi for en, vi in VEHICLES_VI.items() if vi in _MOTORS}

# going for petrol ("Hôm nay tôi phải đi đổ xăng.", "Bạn đã đổ xăng chưa?", "Chúng ta ghé cây xăng đổ xăng nhé.")
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
_ERRAND = r"(?P<errand>(?:đi\s+)?đổ\s+xăng|ghé\s+(?:vào\s+)?cây\s+xăng(?:\s+(?:để\s+)?đổ\s+xăng)?)"
_FETCH = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>cần|phải|muốn|sẽ|đã|quên|chưa|vừa\s+mới|vừa|mới)\s+)?"
              rf"{_ERRAND}{_DAY}"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?(?:\s+(?P<nhe>nhé))?{ASKED_END}")
# petrol prices ("Giá xăng lại tăng rồi.", "Giá xăng sắp giảm.", "Giá xăng tăng chưa?")
_PRICES = lazy(r"(?i:giá)\s+xăng\s+(?:(?P<aux>lại|sắp|đã|vừa|mới|đang)\s+)?(?P<way>tăng|giảm)(?:\s+(?P<done>rồi))?"
               r"(?:\s+(?P<q>à|chưa))?\s*(?P<end>[.!?]*)")
# what it costs ("Giá xăng bây giờ bao nhiêu?", "Xăng bao nhiêu một lít?", "Một lít xăng bao nhiêu tiền?")
_NOW = r"(?i:bây\s+giờ|hiện\s+nay)"
_COST = lazy(rf"(?:(?P<now0>{_NOW})\s+)?(?:(?P<litre0>(?i:một|1)\s+lít\s+)|(?i:giá\s+))?(?i:xăng)"
             rf"(?:\s+(?P<now>{_NOW}))?\s+(?:giá\s+)?bao\s+nhiêu(?:\s+tiền)?(?P<litre>\s+(?:một|1)\s+lít)?\s*\?+")
# an amount at the pump ("Đổ năm mươi nghìn thôi anh.", "Anh ơi, đổ cho em 50k nhé.")
_AMOUNT = lazy(r"(?:(?i:anh|chị|em)\s+ơi\s*,?\s+)?(?i:đổ)\s+(?:cho\s+(?:em|tôi|anh|chị|mình|cháu)\s+)?"
               rf"(?:(?P<digits>[1-9]\d{{1,2}})\s*k|(?:(?P<digits2>[1-9]\d{{1,2}})|"  # (no leading 0: "050")
               rf"(?P<n>{alternatives(_AMOUNTS_VI)}))\s+(?:nghìn|ngàn))(?:\s+(?:tiền\s+)?xăng)?(?:\s+(?P<just>thôi))?"
               r"(?:\s+(?:anh|chị|em)(?:\s+ơi)?|\s+(?:nhé|nha|ạ))?\s*[.!]*")
# the petrol light ("Đèn báo xăng sáng rồi.", "Đèn xăng đang nháy.")
_LIGHT = lazy(r"(?i:đèn)\s+(?:báo\s+)?xăng\s+(?:(?P<aux>đã|đang)\s+)?(?P<verb>sáng|nháy)(?P<up>\s+lên)?"
              r"(?:\s+(?P<done>rồi))?\s*[.!]*")
# petrol used ("Xe máy này tốn xăng lắm.", "Ô tô của bạn có tốn xăng không?", "Xe máy của tôi rất tiết kiệm xăng.")
_USES = lazy(rf"(?P<vehicle>(?i:{alternatives(_MOTORS)}))(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))\s+"
             r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?:(?P<uses>tốn|ăn)\s+xăng|(?P<saves>tiết\s+kiệm)"
             rf"\s+xăng)(?:\s+(?P<much>lắm|quá))?{ASKED_END}")

# ... and in English
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_FETCH_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:ha(?:ve|s|d)|needs?|needed|wants?|wanted|"
                 r"forgot)\s+to|\s+will|['’]ll|\s+(?:have|has)(?:\s+not|n['’]t)?|['’]ve|['’]s)?"
                 r"(?:\s+(?P<adv>already|just))?\s+(?P<verb>get|got|go|went|been|stop|stopped)\s+"
                 r"(?P<what>and\s+get\s+petrol|to\s+get\s+petrol|petrol|for\s+petrol|at\s+a\s+petrol\s+station)"
                 rf"{_DAY_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(r"Let['’]s\s+(?P<verb>get|go|stop)\s+(?P<what>and\s+get\s+petrol|petrol|for\s+petrol|"
                r"at\s+a\s+petrol\s+station)\s*[.!]*")
_PRICES_EN = lazy(r"(?:(?P<q>Have|Has)\s+)?(?P<subj>(?i:petrol|fuel)\s+prices|(?i:the)\s+price\s+of\s+(?:petrol|fuel))"
                  r"(?P<aux>\s+have|\s+has|\s+are|\s+is|['’]ve|['’]s|['’]re)?(?:\s+(?P<adv>just))?"
                  r"\s+(?P<verb>gone|going)(?P<to>\s+to\s+go)?\s+(?P<way>up|down)(?:\s+(?P<again>again))?"
                  r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_COST_EN = lazy(r"(?:How\s+much\s+(?:is|(?P<does>does))|What(?:['’]s|\s+is)\s+the\s+price\s+of)\s+(?P<litre>a\s+"
                r"litre\s+of\s+)?petrol(?(does)\s+cost)(?P<now>\s+now)?\s*\?+")
# (the petrol said: "Fifty thousand's worth, please." may be of phone credit, or at a fruit stall)
_AMOUNT_EN = lazy(rf"(?P<just>(?i:just)\s+)?(?:(?P<digits>[1-9]\d{{1,2}})|(?P<n>(?i:{alternatives(_AMOUNTS_EN)})))"
                  r"\s+thousand(?:\s+dong)?['’]s\s+worth\s+of\s+petrol(?:,?\s+please)?\s*[.!]*")
_HALFWAY_EN = lazy(rf"(?:(?P<det>(?i:{WHOSE_WORDS}|the))\s+(?P<vehicle>{alternatives(_MOTORS_EN)})|{WHO_EN})"
                   r"\s+ran\s+out\s+of\s+petrol\s+halfway(?:\s+there)?\s*[.!]*")
_LIGHT_EN = lazy(r"The\s+(?:petrol|fuel)\s+(?:warning\s+)?light(?P<be>\s+is|\s+has|['’]s)\s+(?P<what>on|flashing|"
                 r"come\s+on)\s*[.!]*")
_USES_EN = lazy(rf"(?:(?P<q>Does|Is)\s+)?(?P<det>(?i:{WHOSE_WORDS}|this))\s+(?P<vehicle>{alternatives(_MOTORS_EN)})"
                r"(?P<aux>\s+doesn['’]t|\s+does\s+not|\s+isn['’]t|\s+is\s+not|\s+is|['’]s)?\s+(?:(?P<verb>uses?)\s+"
                r"(?P<amount>a\s+lot\s+of|so\s+much|much)|(?P<very>very\s+)?economical\s+(?:on|with))\s+petrol"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of going for petrol, petrol prices or what petrol costs, an amount at the pump,
    running out of petrol halfway, the petrol light, or petrol a vehicle uses; None for any other."""
    if src == "vi":
        if agreement_asked(text):  # ("… nhỉ?": asks to be agreed with)
            return None
        return _fetch(text) or _prices(text) or _cost(text) or _amount(text) or _light(text) or _uses(text)
    text = text.replace("’", "'")
    return (_fetch_vi(text) or _lets_vi(text) or _prices_vi(text) or _cost_vi(text) or _amount_vi(text) or
            _halfway_vi(text) or _light_vi(text) or _uses_vi(text))


def _errand(said: str) -> str:
    """The _ERRANDS key of a match of _ERRAND: "ghé cây xăng đổ xăng" for "ghé vào cây xăng để đổ xăng" too."""
    return " ".join(w for w in keyed(said).split() if w not in ("vào", "để"))


def _fetch(text: str) -> str | None:
    """"Hôm nay tôi phải đi đổ xăng." as "I have to go and get petrol today.", "Bạn có cần ghé cây xăng không?" as "Do
    you need to stop at a petrol station?", "Hôm qua tôi đã đổ xăng." as "I got petrol yesterday.", "Bạn đã đổ xăng
    chưa?" as "Have you got petrol yet?", "Chúng ta ghé cây xăng đổ xăng nhé." as "Let's stop for petrol." (_FETCH);
    None for anything else, "em" asking with "ạ" (the speaker), a pet, and a statement ending in "thế", "vậy"."""
    m = _FETCH.fullmatch(text)
    if not m or m["day0"] and m["day"] or m["asked"] and m["yet"] or ("?" in m["end"]) != bool(m["asked"] or m["yet"]):
        return None
    if animal(m) or em_speaking(m) or "?" not in m["end"] and STRESSED_SAID.search(text):
        return None
    aux, day = keyed(m["aux"] or ""), keyed(m["day0"] or m["day"] or "")
    way, asked = NEAR_WAY.get(day), bool(m["asked"])
    if bool(m["ask"]) != asked or m["nhe"] and (aux or day or m["done"] or keyed(m["who"] or "") != "chúng ta"):
        return None
    base, past, done = _ERRANDS[_errand(m["errand"])]
    if m["nhe"]:
        return f"Let's {base}."
    said = who(m, asked or bool(m["yet"]))
    if said is None:
        return None
    who_, one = said
    on = f" {_DAYS[day]}" if day else ""
    if (aux in _MODS or aux == "sẽ") and way == "today" and day not in ("hôm nay", "tối nay"):
        return None  # ("Sáng nay tôi phải đổ xăng.", "Sáng nay bạn có phải đổ xăng không?": had to, or has to?)
    if asked:  # ("Bạn có cần đổ xăng không?"; "có" with no need asks of a habit, or of the past?)
        return f"{'Does' if one else 'Do'} {who_} {_MODS[aux][0]} {base}{on}?" if aux in _MODS and way != "behind" \
            else None
    if m["yet"]:  # (not of oneself: "Tôi đã đổ xăng chưa?")
        ok = aux in ("", "đã") and not (day or m["done"]) and who_ != "I"
        return f"{'Has' if one else 'Have'} {who_} {done} yet?" if ok else None
    if keyed(m["errand"]).startswith("đi ") and (m["done"] or aux in ("vừa", "mới", "vừa mới")):
        return None  # ("Anh ấy đi đổ xăng rồi.", "Anh ấy vừa đi đổ xăng.": gone, or been and back?)
    if aux == "chưa" or m["done"]:
        if day or aux not in ("", "đã", "chưa") or aux == "chưa" and m["done"]:
            return None
        have = "has" if one else "have"
        return capitalised(f"{who_} {have}n't {done} yet." if aux == "chưa" else
                           contracted(who_, f"{have} already {done}."))
    if aux in ("vừa", "mới", "vừa mới"):
        return None if day else capitalised(contracted(who_, f"{'has' if one else 'have'} just {done}."))
    if aux in _MODS:
        mod = _MODS[aux][way == "behind"]
        mod = ("has to" if mod == "have to" else mod.replace(" to", "s to")) if one and way != "behind" else mod
        return capitalised(f"{who_} {mod} {base}{on}.")
    if aux == "sẽ":
        return capitalised(contracted(who_, f"will {base}{on}.")) if way != "behind" else None
    if aux == "quên":
        return capitalised(f"{who_} forgot to {base}{on}.") if way != "ahead" else None
    if aux == "đã" or way == "behind":  # ("Sáng nay tôi đã đổ xăng.": done)
        return capitalised(f"{who_} {past}{on}.") if way != "ahead" else None
    if way == "ahead" and keyed(m["errand"]).startswith("đi "):  # (a plan: "Ngày mai tôi đi đổ xăng.")
        be = "is" if one else "am" if who_ == "I" else "are"
        return capitalised(contracted(who_, f"{be} going to get petrol{on}."))
    return None  # ("Tôi đổ xăng.", "Hôm nay tôi đi đổ xăng.": now, a habit, or done?)


def _prices(text: str) -> str | None:
    """"Giá xăng lại tăng rồi." as "Petrol prices have gone up again.", "Giá xăng vừa giảm." as "Petrol prices have
    just gone down.", "Giá xăng sắp tăng." as "Petrol prices are going to go up.", "Giá xăng tăng chưa?" as "Have
    petrol prices gone up yet?" (_PRICES); None for anything else, and a plain "Giá xăng tăng." (a headline)."""
    m = _PRICES.fullmatch(text)
    q = keyed(m["q"] or "") if m else ""
    if not m or bool(q) != ("?" in m["end"]):
        return None
    aux, done, way = keyed(m["aux"] or ""), bool(m["done"]), "up" if keyed(m["way"]) == "tăng" else "down"
    if aux in ("sắp", "đang"):
        going = "going to go" if aux == "sắp" else "going"
        return None if done or q else f"Petrol prices are {going} {way}."
    if q == "chưa":
        return f"Have petrol prices gone {way} yet?" if aux in ("", "đã") and not done else None
    if aux in ("vừa", "mới"):
        return None if done or q else f"Petrol prices have just gone {way}."
    if not (aux or done):
        return None
    again = " again" if aux == "lại" else ""
    return f"Have petrol prices gone {way}{again}?" if q else f"Petrol prices have gone {way}{again}."


def _cost(text: str) -> str | None:
    """"Giá xăng bây giờ bao nhiêu?" as "How much is petrol now?", "Xăng bao nhiêu một lít?" and "Một lít xăng bao
    nhiêu tiền?" as "How much is a litre of petrol?" (_COST); None for anything else."""
    m = _COST.fullmatch(text)
    if not m or m["now0"] and m["now"] or m["litre0"] and m["litre"]:
        return None
    litre = "a litre of " if m["litre0"] or m["litre"] else ""
    return f"How much is {litre}petrol{' now' if m['now0'] or m['now'] else ''}?"


def _amount(text: str) -> str | None:
    """"Đổ năm mươi nghìn thôi anh." as "Just fifty thousand's worth, please.", "Đổ cho em 50k." as "50 thousand's
    worth, please." (_AMOUNT); None for anything else, and amounts under ten thousand or over five hundred."""
    m = _AMOUNT.fullmatch(text)
    digits = m and (m["digits"] or m["digits2"])
    if not m or digits and not 10 <= int(digits) <= 500:
        return None
    amount = digits or _AMOUNTS[_AMOUNTS_VI[keyed(m["n"])]][1]
    said = f"{'just ' * bool(m['just'])}{amount} thousand's worth, please."
    return said[0].upper() + said[1:]  # ("50 thousand's", not "50 Thousand's")


def _light(text: str) -> str | None:
    """"Đèn báo xăng sáng rồi." as "The petrol light has come on.", "Đèn báo xăng đang sáng." as "The petrol light is
    on.", "Đèn xăng đang nháy." as "The petrol light is flashing." (_LIGHT); None for anything else, and "lên"
    without "rồi" or "đã" ("Đèn báo xăng sáng lên.": came on, or is on?)."""
    m = _LIGHT.fullmatch(text)
    came = bool(m and (m["done"] or m["aux"] == "đã"))  # (came on, not is on)
    if not m or m["aux"] == "đang" and m["done"] or m["up"] and not came or m["verb"] == "nháy" and came:
        return None
    return "The petrol light " + ("is flashing." if m["verb"] == "nháy" else "has come on." if came else "is on.")


def _uses(text: str) -> str | None:
    """"Xe máy này tốn xăng lắm." as "This motorbike uses a lot of petrol.", "Ô tô của bạn có tốn xăng không?" as
    "Does your car use a lot of petrol?", "Xe máy của tôi không tốn xăng lắm." as "My motorbike doesn't use much
    petrol.", "Xe máy của tôi rất tiết kiệm xăng." as "My motorbike is very economical on petrol." (_USES); None for
    anything else, a pet's, and a statement ending in "thế", "vậy" ("tốn xăng thế": so much)."""
    m = _USES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (m["very"] or asked) and m["much"]:
        return None
    if pet(m["someone"], "vi") or not asked and STRESSED_SAID.search(text):
        return None
    whose = "this" if m["this"] else owner_of(m, "")
    if not whose:
        return None
    thing = f"{whose} {_MOTORS[keyed(m['vehicle'])]}"
    if m["saves"]:
        if m["much"] and keyed(m["much"]) == "quá" or m["not"] and m["much"]:
            return None
        very, be_ = "very " if m["very"] or m["much"] else "", "isn't" if m["not"] else "is"
        said = f"{thing} {be_} {very}economical on petrol."
        return f"Is {thing} economical on petrol?" if asked else capitalised(said)
    if asked:
        return f"Does {thing} use a lot of petrol?"
    if m["not"]:
        return capitalised(f"{thing} doesn't use much petrol.") if keyed(m["much"] or "lắm") == "lắm" else None
    return capitalised(f"{thing} uses {'so much' if keyed(m['much'] or '') == 'quá' else 'a lot of'} petrol.")


def _fetch_errand(verb: str, what: str) -> tuple[str, str] | None:
    """The errand of a match of _FETCH_EN in Vietnamese, and the verb's form ("base", "past", "done": a participle,
    "either" for "got"): ("đi đổ xăng", "base") for "go and get petrol"; None for words that do not go together."""
    what = " ".join(what.split())
    errand = {"petrol": "đổ xăng", "and get petrol": "đi đổ xăng", "to get petrol": "đi đổ xăng",
              "for petrol": "ghé cây xăng đổ xăng", "at a petrol station": "ghé cây xăng"}[what]
    forms = {"get": ("đổ xăng", "base"), "got": ("đổ xăng", "either"), "go": ("đi đổ xăng", "base"),
             "went": ("đi đổ xăng", "past"), "been": ("đi đổ xăng", "done"), "stop": ("ghé", "base"),
             "stopped": ("ghé", "either")}
    first, form = forms[verb]
    go_ok = what == "to get petrol" or verb == "go"  # ("go and get", "go to get"; "went to get", "been to get")
    ok = errand.startswith(first) and (errand != "đi đổ xăng" or go_ok)
    return (errand, form) if ok else None


def _fetch_vi(text: str) -> str | None:
    """"I have to go and get petrol today." as "Hôm nay tôi phải đi đổ xăng.", "Do you need to stop for petrol?" as "Bạn
    có cần ghé cây xăng đổ xăng không?", "Have you got petrol yet?" as "Bạn đã đổ xăng chưa?", "She has already stopped
    for petrol." as "Cô ấy ghé cây xăng đổ xăng rồi." (_FETCH_EN); None for anything else, where a verb does not agree
    with who, "we" asked, a pet, "has already got" and "already" or "just been to get"."""
    m = _FETCH_EN.fullmatch(text)
    said = m and _fetch_errand(m["verb"], m["what"])
    if not said or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    (errand, form), (who_, one) = said, who_vi(m)
    if m["q"] and who_ == "chúng tôi":  # ("Do we need to stop for petrol?": chúng ta, or chúng tôi?)
        return None
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    day = _DAYS_VI.get((m["day"] or "").lower(), "")
    way, adv, yet = NEAR_WAY.get(day), bool(m["adv"]), bool(m["yet"])

    def placed(said_: str) -> str:
        return capitalised(f"{day} {who_} {said_}" if day else f"{who_} {said_}")
    if aux.endswith(" to") and aux != "forgot to":
        mod = aux.removesuffix(" to")
        now, ones = mod in ("have", "has", "need", "needs", "want", "wants"), mod in ("has", "needs", "wants")
        if form != "base" or adv or yet or (ones != one if now and not q else False) or now and way == "behind" \
                or not now and (q or way == "ahead" or way != "behind" and mod != "had"):
            return None  # (and "Tôi đã cần đổ xăng.", not Vietnamese)
        if q:
            return placed(f"có {_MODS_VI[f'{mod} to']} {errand} không?") if q in ("do", "does") and (
                q == "does") == one and mod in ("have", "need", "want") else None
        return placed(f"{'đã ' * (not now and way != 'behind')}{_MODS_VI[aux]} {errand}.")
    if q in ("do", "does") or adv and yet:
        return None
    if aux in ("will", "'ll"):
        return placed(f"sẽ {errand}.") if form == "base" and way != "behind" and not (adv or yet) else None
    if aux == "forgot to":
        return placed(f"quên {errand}.") if form == "base" and way != "ahead" and not (adv or yet) else None
    if aux or q:  # the perfect: "has already", "haven't … yet", "Have you … yet?"
        have = (q or aux).replace("n't", " not").replace("'ve", "have").replace("'s", "has")
        has, nots = have.startswith("has"), have.endswith(" not")
        if form not in ("done", "either") or q and aux or day or has != one or who_ == "tôi" and q or \
                have.split()[0] not in ("have", "has"):
            return None
        if q:
            return placed(f"đã {errand} chưa?") if yet and not (adv or nots) else None
        if nots:
            return placed(f"chưa {errand}.") if yet and not adv else None
        if adv and not yet:
            already = m["adv"].lower() == "already"
            if errand.startswith("đi ") or already and m["verb"] == "got":
                return None  # ("đi đổ xăng rồi" reads as gone; "She's already got petrol.": has it, or got it?)
            return placed(f"{errand} rồi." if already else f"vừa {errand}.")
        return None
    if form in ("past", "either") and way != "ahead" and not (adv or yet):
        return placed(f"đã {errand}.")
    return None


def _lets_vi(text: str) -> str | None:
    """"Let's stop for petrol." as "Chúng ta ghé cây xăng đổ xăng nhé.", "Let's go and get petrol." as "Chúng ta đi
    đổ xăng nhé." (_LETS_EN); None for anything else."""
    m = _LETS_EN.fullmatch(text)
    said = m and _fetch_errand(m["verb"], m["what"])
    return f"Chúng ta {said[0]} nhé." if said else None


def _prices_vi(text: str) -> str | None:
    """"Petrol prices have gone up again." as "Giá xăng lại tăng rồi.", "The price of petrol has just gone down." as
    "Giá xăng vừa giảm.", "Petrol prices are going to go up." as "Giá xăng sắp tăng.", "Have petrol prices gone up
    yet?" as "Giá xăng đã tăng chưa?" (_PRICES_EN); None for anything else, and "Petrol prices has"."""
    m = _PRICES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    many = m["subj"].lower().endswith("prices")
    aux = (m["q"] or m["aux"] or "").strip().lower()
    aux = {"'ve": "have", "'re": "are", "'s": "has" if m["verb"] == "gone" else "is"}.get(aux, aux)
    if aux not in (("have", "are") if many else ("has", "is")) or (aux in ("have", "has")) != (m["verb"] == "gone"):
        return None
    way = "tăng" if m["way"] == "up" else "giảm"
    prices = "Giá xăng dầu" if "fuel" in m["subj"].lower() else "Giá xăng"  # (fuel is diesel too)
    if m["verb"] == "going":
        return None if m["adv"] or m["again"] or m["yet"] else f"{prices} {'sắp' if m['to'] else 'đang'} {way}."
    if m["to"] or m["adv"] and (m["again"] or m["yet"] or m["q"]) or m["again"] and m["yet"]:
        return None
    if m["q"]:
        return f"{prices} lại {way} rồi à?" if m["again"] else f"{prices} đã {way} chưa?"
    if m["yet"]:
        return None
    return f"{prices} vừa {way}." if m["adv"] else f"{prices} {'lại ' * bool(m['again'])}{way} rồi."


def _cost_vi(text: str) -> str | None:
    """"How much is petrol now?" as "Bây giờ giá xăng bao nhiêu?", "How much does a litre of petrol cost?" as "Một lít
    xăng bao nhiêu tiền?" (_COST_EN); None for anything else."""
    m = _COST_EN.fullmatch(text)
    if not m:
        return None
    said = "một lít xăng bao nhiêu tiền?" if m["litre"] else "giá xăng bao nhiêu?"
    return capitalised(f"bây giờ {said}" if m["now"] else said)


def _amount_vi(text: str) -> str | None:
    """"Just fifty thousand's worth of petrol, please." as "Đổ năm mươi nghìn thôi.", "A hundred thousand's worth of
    petrol, please." as "Đổ cho tôi một trăm nghìn." (_AMOUNT_EN); None for anything else, and no petrol said."""
    m = _AMOUNT_EN.fullmatch(text)
    if not m or m["digits"] and not 10 <= int(m["digits"]) <= 500:
        return None
    amount = m["digits"] or _AMOUNTS[_AMOUNTS_EN[" ".join(m["n"].lower().split())]][0]
    return f"Đổ {amount} nghìn thôi." if m["just"] else f"Đổ cho tôi {amount} nghìn."


def _halfway_vi(text: str) -> str | None:
    """"My motorbike ran out of petrol halfway." as "Xe máy của tôi hết xăng giữa đường.", "We ran out of petrol
    halfway." as "Chúng tôi hết xăng giữa đường." (_HALFWAY_EN); None for anything else."""
    m = _HALFWAY_EN.fullmatch(text)
    if not m or animal(m):  # ("My dog ran out of petrol halfway.")
        return None
    if m["vehicle"]:
        whose = "" if m["det"].lower() == "the" else f" của {WHOSE_VI[m['det'].lower()]}"
        return capitalised(f"{_MOTORS_EN[m['vehicle'].lower()]}{whose} hết xăng giữa đường.")
    return capitalised(f"{who_vi(m)[0]} hết xăng giữa đường.")


def _light_vi(text: str) -> str | None:
    """"The petrol light is on." as "Đèn báo xăng đang sáng.", "The petrol light has come on." as "Đèn báo xăng sáng
    rồi.", "The fuel light is flashing." as "Đèn báo xăng đang nháy." (_LIGHT_EN); None for anything else."""
    m = _LIGHT_EN.fullmatch(text)
    if not m or (m["be"].strip() == "has") != (m["what"].startswith("come")) and m["be"] != "'s":
        return None
    return "Đèn báo xăng " + {"on": "đang sáng.", "flashing": "đang nháy."}.get(m["what"], "sáng rồi.")


def _uses_vi(text: str) -> str | None:
    """"This motorbike uses a lot of petrol." as "Xe máy này tốn xăng lắm.", "Does your car use a lot of petrol?" as
    "Ô tô của bạn có tốn xăng không?", "My motorbike doesn't use much petrol." as "Xe máy của tôi không tốn xăng
    lắm.", "My car is very economical on petrol." as "Ô tô của tôi rất tiết kiệm xăng." (_USES_EN); None for anything
    else, and where a verb does not agree ("Does this car uses")."""
    m = _USES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    det, aux = m["det"].lower(), " ".join((m["aux"] or "").split()).replace("n't", " not")
    thing = f"{_MOTORS_EN[m['vehicle'].lower()]} {'này' if det == 'this' else 'của ' + WHOSE_VI[det]}"
    amount = " ".join((m["amount"] or "").split())
    if m["verb"]:
        if m["verb"] != ("use" if m["q"] or aux else "uses") or aux not in ("", "does not") or m["q"] == "Is":
            return None
        if m["q"]:
            return capitalised(f"{thing} có tốn xăng không?") if amount == "a lot of" else None
        if aux:
            return capitalised(f"{thing} không tốn xăng lắm.") if amount == "much" else None
        return capitalised(f"{thing} tốn xăng {'quá' if amount == 'so much' else 'lắm'}.") if amount != "much" else None
    if m["q"]:
        return capitalised(f"{thing} có tiết kiệm xăng không?") if m["q"] == "Is" and not m["very"] else None
    if aux not in ("is", "'s", "is not"):
        return None
    if aux == "is not":
        return capitalised(f"{thing} không tiết kiệm xăng.") if not m["very"] else None
    return capitalised(f"{thing} {'rất ' * bool(m['very'])}tiết kiệm xăng.")
