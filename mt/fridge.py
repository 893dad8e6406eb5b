"""Keeping food, both ways, written whole by rule: out of date, put in or kept in the fridge or the freezer, heated
up or microwaved, leftovers, how long it keeps. v8 (every rule on) reads "hạn" as a limit, "ngăn đá" as a rock,
"hâm" as bounce, and "fridge" as "tủy" (marrow): "Sữa này hết hạn rồi." → "The Vuo is limited.", "Sữa này hết hạn
chưa?" → "Is it limited?", "Cất cái này vào tủ lạnh đi." → "It's all in the refrigerator.", "Để thịt trong ngăn
đá." → "Tow meat in the rock.", "Bạn có thể hâm nóng cái này không?" → "Can you bounce this?", "Còn thức ăn thừa
không?" → "Is leftover food?", "Nó để được ba ngày." → "It lets for three days."; "This yoghurt is out of date." →
"Tiếng yoghurt này nằm ngoài ngày tháng.", "Put the milk in the fridge." → "Đặt sữa vào tủy.", "Heat it up in the
microwave." → "Hắn nó lên trong lò vi sóng.", "I'll heat up the rice." → "Tôi sẽ nóng gạo.", "It'll keep for three
days." → "Sẽ mất trong ba ngày.".

Taken: a food of KEPT (mt.supplies' perishables, mt.cooking's meats, rice, soup, ice cream …; bare, "the", or "này"
this), the leftovers ("đồ ăn thừa", "cơm thừa"), "nó" (it) or "cái này" (this): out of date ("hết hạn", "quá hạn",
"hạn sử dụng"; "it", "this" expired) or not yet, said or asked; put in ("cất", "để", "cho", "bỏ" … "vào") or kept in
("để", "cất" … "trong") the fridge or the freezer, put in the microwave, heated up ("hâm nóng"; in the microwave; for a
span of mt.spans), microwaved ("quay"), the leftovers eaten or finished: commands ("đi", "nhé", "Đừng", "Nhớ",
"Chúng ta … đi", "Để tôi"), and who (mt.hobbies.WHO, WHO_EN) will, has just, has, did or can do it, or has done it
yet, asked; any food left over, asked, or none; how long a food keeps, in the fridge or not, asked or said. Left: food
gone off, any left at home (mt/supplies.py), papers expired (mt/papers.py), cooking (mt/cooking.py), "ăn cơm" (a
meal), "It's out of date." (old-fashioned?), "I put …" (now or past?), "anh", "em" … alone saying it, still in date,
food in the fridge ("Sữa ở trong tủ lạnh."), and anything else.
mt.phrasebook.translate tries these after mt/showers.py.

    >>> translate("Sữa này hết hạn rồi.", "vi", "en"), translate("Heat it up in the microwave.", "en", "vi")
    ('This milk is out of date.', 'Hâm nóng nó bằng lò vi sóng đi.')
"""
from __future__ import annotations

import re

from . import spans
from .cooking import FOODS as COOKED
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .supplies import PERISHABLE, STOCK
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

# what is kept cold (the first Vietnamese of each is written back; British "yoghurt")
KEPT = {vi: en for vi, en in STOCK.items() if en in PERISHABLE} | {
    vi: en for vi, en in COOKED.items() if en in ("beef", "pork", "chicken", "prawns")} | {
    "sữa chua": "yoghurt", "cơm": "rice", "canh": "soup", "kem": "ice cream", "nước cam": "orange juice",
    "xúc xích": "sausages", "giăm bông": "ham"}
KEPT_VI = {en: vi for vi, en in reversed(KEPT.items())} | {"yogurt": "sữa chua", "chicken": "thịt gà"}
_MANY = {"eggs", "vegetables", "prawns", "sausages"}
_LEFT = {"thức ăn thừa": "leftovers", "đồ ăn thừa": "leftovers", "đồ thừa": "leftovers", "cơm thừa": "leftover rice",
         "canh thừa": "leftover soup"}
_LEFT_VI = {"leftovers": "đồ ăn thừa", "leftover rice": "cơm thừa", "leftover soup": "canh thừa"}
_PLACES = {"tủ lạnh": "fridge", "ngăn mát": "fridge", "ngăn đá": "freezer", "tủ đông": "freezer",
           "lò vi sóng": "microwave", "lò vi ba": "microwave"}
_PLACES_VI = {"fridge": "tủ lạnh", "refrigerator": "tủ lạnh", "freezer": "ngăn đá", "microwave": "lò vi sóng"}
_COLD = alternatives(p for p, en in _PLACES.items() if en != "microwave")
_COLD_EN = "fridge|refrigerator|freezer"
# what is done, by its Vietnamese verb ("cất", "để" put "vào", keep "trong"; "quay" only in the microwave)
_VERBS = {"cất": "put", "để": "put", "cho": "put", "bỏ": "put", "giữ": "keep", "bảo quản": "keep", "hâm": "heat",
          "hâm nóng": "heat", "hâm lại": "heat", "hâm nóng lại": "heat", "làm nóng": "heat", "quay": "spin",
          "ăn": "eat", "ăn nốt": "finish", "ăn hết": "finish"}
_PUT, _HOLD = {"cất", "để", "cho", "bỏ"}, {"để", "cất", "giữ", "bảo quản"}
# ... and in English: base, past, participle
_FORMS = {"put": ("put", "put", "put"), "keep": ("keep", "kept", "kept"), "eat": ("eat", "ate", "eaten")} | {
    v: (v, f"{v.removesuffix('e')}ed", f"{v.removesuffix('e')}ed") for v in ("heat", "warm", "reheat", "microwave",
                                                                            "finish")}
_BASE = {form: base for base, forms in _FORMS.items() for form in forms}
_KEYS = {"vi": lazy(r"(?i:hạn|tủ\s+lạnh|ngăn\s+(?:đá|mát)|tủ\s+đông|vi\s+(?:sóng|ba)|hâm|làm\s+nóng|thừa|"
                    r"để\s+được|bảo\s+quản)"),
         "en": lazy(r"(?i:\bdate|expire|fridge|refrigerator|freezer|microwave|\bheat|reheat|warm|left\s*over|\bkeep)")}

_THING = (rf"(?:(?P<it>nó)|(?P<this>cái\s+này)|(?P<chi>chỗ\s+)?(?P<left>{alternatives(_LEFT)})|"
          rf"(?P<food>{alternatives(KEPT)})(?:\s+(?P<near>này))?)")
_THING_EN = (rf"(?:(?P<it>it)|(?P<this>this)|(?P<the>the\s+)?(?P<left>{alternatives(_LEFT_VI)})|"
             rf"(?:(?P<det>the|this|these)\s+)?(?P<food>{alternatives(KEPT_VI)}))")
# out of date, or not yet ("Sữa này hết hạn rồi.", "Sữa này hết hạn chưa?", "Nó hết hạn sử dụng rồi.")
_EXPIRY = lazy(rf"(?i){_THING}\s+(?:(?P<ask>có)\s+|(?P<yet>chưa)\s+|(?P<did>đã)\s+)?(?:bị\s+)?"
               r"(?P<out>hết|quá)\s+hạn(?P<use>\s+sử\s+dụng)?(?:\s+(?P<done>rồi))?"
               rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_EXPIRY_EN = lazy(rf"(?i)(?:(?P<q>is|are|has|have)\s+)?{_THING_EN}(?P<aux>\s+is|\s+are|['’]s|['’]re|"
                  r"\s+has|\s+have|['’]ve)?(?P<not>\s+not|n['’]t)?\s+(?:(?P<exp>expired)|out\s+of\s+date|"
                  r"past\s+(?P<its>its|their)\s+(?:use-by|best-before|sell-by)\s+date)(?:\s+(?P<yet>yet))?"
                  r"\s*(?P<end>[.!?]*)")
# any food left over ("Còn thức ăn thừa không?", "Không còn cơm thừa.", "Are there any leftovers?")
_FOOD_LEFT = {"thức ăn": "food", "đồ ăn": "food", "cơm": "rice", "canh": "soup"}
_FOOD_LEFT_VI = {"food": "đồ ăn", "rice": "cơm", "soup": "canh", "leftovers": "đồ ăn"}
_LEFT_OVER = lazy(rf"(?i)(?:(?P<ask>có)\s+)?(?:(?P<none>không)\s+)?còn\s+(?:(?P<what>"
                  rf"{alternatives(_FOOD_LEFT)})\s+thừa|(?P<stuff>đồ)\s+thừa)(?:\s+(?:nào|gì))?"
                  rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_LEFT_OVER_EN = lazy(r"(?i)(?:(?P<q>is|are)\s+there|there(?P<be>['’]s|\s+is|\s+are))\s+(?:(?P<any>any)|no)"
                     r"\s+(?:(?P<what>food|rice|soup)\s+left\s+over|(?P<lo>leftovers))\s*(?P<end>[.!?]*)")
# what is done: put in or kept in the fridge, heated up, microwaved, the leftovers eaten ("Cất sữa vào tủ lạnh đi.")
_ACT = (rf"(?P<verb>{alternatives(_VERBS)})\s+{_THING}(?:\s+(?P<back>lại|lên))?(?:\s+(?P<prep>vào|(?:ở\s+)?trong|"
        rf"bằng)\s+(?P<place>{alternatives(_PLACES)})(?:\s+(?P<spin>quay|hâm(?:\s+nóng)?))?)?"
        rf"(?:\s+(?:trong\s+)?{spans.VI})?")
_ORDER = lazy(rf"(?i)(?:(?P<open>hãy|làm\s+ơn|đừng|nhớ|chúng\s+ta|để\s+tôi)\s+)?{_ACT}(?:\s+(?P<p>đi\s+nhé|"
              r"đi|nhé|nha|giúp\s+tôi|giùm\s+tôi))?\s*(?P<end>[.!]*)")
_DONE = lazy(rf"(?i){WHO}\s+(?:(?P<will>sẽ)\s+|(?P<did>đã)\s+|(?P<just>vừa\s+mới|vừa|mới)\s+|"
             rf"(?P<can>có\s+thể)\s+)?{_ACT}(?:\s+(?P<can2>được))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_ACT_EN = (rf"(?P<verb>{alternatives(_BASE)})\s+(?:(?P<up0>up)\s+)?{_THING_EN}(?:\s+(?P<up>up))?(?:\s+(?P<prep>in|"
           rf"into)\s+the\s+(?P<place>{alternatives(_PLACES_VI)}))?(?:\s+for\s+{spans.EN})?")
_ORDER_EN = lazy(rf"(?i)(?:(?P<please>please)\s+)?(?:(?P<open>don['’]t\s+forget\s+to|remember\s+to|"
                 rf"don['’]t|do\s+not|let['’]s|let\s+me)\s+)?{_ACT_EN}(?P<please2>,?\s+please)?"
                 r"\s*(?P<end>[.!]*)")
_DONE_EN = lazy(rf"(?i)(?:(?P<q>have|has|did|can|could)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|['’]ve|"
                rf"\s+have|['’]s|\s+has|\s+can)?(?:\s+(?P<adv>just|already))?\s+{_ACT_EN}"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# how long it keeps ("Sữa để được bao lâu?", "Nó để trong tủ lạnh được ba ngày.", "How long does it keep?")
_IN_COLD = r"\s+(?:(?:ở\s+)?trong\s+)?(?P<{}>" + _COLD + ")"
_LASTS = lazy(rf"(?i){_THING}\s+(?:có\s+thể\s+)?(?:để|bảo\s+quản|giữ)(?:{_IN_COLD.format('place')})?\s+"
              rf"được\s+(?:(?P<how>bao\s+lâu)|(?:(?P<about>khoảng)\s+)?{spans.VI})"
              rf"(?:{_IN_COLD.format('place2')})?{SOFTENED_END}")
_HOW_LONG_EN = lazy(rf"(?i)how\s+long\s+(?P<do>does|do|will)\s+{_THING_EN}\s+keep(?:\s+in\s+the\s+"
                    rf"(?P<place>{_COLD_EN}))?\s*\?+")
_KEEPS_EN = lazy(rf"(?i){_THING_EN}(?:(?P<will>['’]ll|\s+will)\s+keep|\s+(?P<keeps>keeps?))\s+for\s+"
                 rf"(?:(?P<about>about)\s+)?{spans.EN}(?:\s+in\s+the\s+(?P<place>{_COLD_EN}))?"
                 r"\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks that food is out of date, is put, kept or heated up, is left
    over, or how long it keeps; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _expiry(text) or _left_over(text) or _order(text) or _done(text) or _lasts(text)
    return _expiry_vi(text) or _left_over_vi(text) or _order_vi(text) or _done_vi(text) or _lasts_vi(text)


def _thing(m: re.Match, bare: bool = False) -> tuple[str, bool]:
    """The thing of a match of _THING in English, and whether it is many: ("the milk", False), ("these eggs",
    True), "it", "this", "the leftovers"; without "the" where `bare` (any: "milk")."""
    if m["it"] or m["this"]:
        return ("it" if m["it"] else "this"), False
    said = _LEFT[keyed(m["left"])] if m["left"] else KEPT[keyed(m["food"])]
    many = said in _MANY or said == "leftovers"
    if m["near"]:
        return f"{'these' if many else 'this'} {said}", many
    return (said if bare and not m["chi"] else f"the {said}"), many


def _thing_vi(m: re.Match, bare: bool = False) -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether it is many: "sữa" ("the milk"), "trứng này"
    ("these eggs"), "nó", "cái này"; None for "these milk", and food without "the" unless `bare`."""
    if m["it"] or m["this"]:
        return ("nó" if m["it"] else "cái này"), False
    if m["left"]:
        left = " ".join(m["left"].lower().split())
        return (_LEFT_VI[left], left == "leftovers") if bare or m["the"] else None
    food, det = " ".join(m["food"].lower().split()), (m["det"] or "").lower()
    many = food in _MANY
    if not det and not bare or det == ("this" if many else "these"):
        return None
    return f"{KEPT_VI[food]}{' này' if det.startswith(('this', 'these')) else ''}", many


def _expiry(text: str) -> str | None:
    """"Sữa này hết hạn rồi." as "This milk is out of date.", "Sữa này hết hạn chưa?" as "Is this milk out of
    date?", "Nó hết hạn rồi." as "It's expired." (_EXPIRY); None for anything else."""
    m = _EXPIRY.fullmatch(text)
    asked = m and m["asked"]
    if not m or bool(asked) != ("?" in m["end"]):
        return None
    shape = "asked" if asked == "không" and m["ask"] or asked == "chưa" and not (m["ask"] or m["yet"] or m["done"]) \
        else "yet" if m["yet"] and not (asked or m["done"]) else "out" if not (asked or m["ask"] or m["yet"]) else None
    vague = (m["it"] or m["this"]) and not m["use"]  # ("Nó hết hạn rồi.": a visa too; "Nó quá hạn rồi." overdue)
    if shape is None or vague and (keyed(m["out"]) == "quá" or shape == "out" and not (m["done"] or m["did"])):
        return None
    said, many = _thing(m)
    be = "are" if many else "is"
    if shape == "asked":
        return f"Has {said} expired?" if vague else f"{be.capitalize()} {said} out of date?"
    if shape == "yet":
        return capitalised(f"{said} hasn't expired yet." if vague else f"{said} {be}n't out of date yet.")
    return capitalised(contracted(said, "has expired." if vague else f"{be} out of date."))


def _expiry_vi(text: str) -> str | None:
    """"This yoghurt has expired." as "Sữa chua này hết hạn rồi.", "Is the milk out of date?" as "Sữa hết hạn
    chưa?" (_EXPIRY_EN); None for anything else, where "is", "has" … do not agree, and "It's out of date."."""
    m = _EXPIRY_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked == bool(m["aux"]) or asked != ("?" in m["end"]) or (thing := _thing_vi(m)) is None:
        return None
    (said, many), verb = thing, (m["q"] or m["aux"]).strip().lower().replace("’", "'")
    verb = {"'s": "has" if m["exp"] else "is", "'re": "are", "'ve": "have"}.get(verb, verb)
    want = ("have" if many else "has") if m["exp"] else ("are" if many else "is")
    if verb != want or m["its"] and (m["its"].lower() == "their") != many or (m["it"] or m["this"]) and not (
            m["exp"] or m["its"]) or m["not"] and asked or m["yet"] and not (m["not"] or asked):
        return None  # ("It's out of date.": old-fashioned?)
    return capitalised(f"{said} hết hạn chưa?" if asked else f"{said} chưa hết hạn." if m["not"] else
                       f"{said} hết hạn rồi.")


def _left_over(text: str) -> str | None:
    """"Còn thức ăn thừa không?" as "Is there any food left over?", "Không còn cơm thừa." as "There's no rice left
    over." (_LEFT_OVER); None for anything else."""
    m = _LEFT_OVER.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["none"]) or m["ask"] and not asked:
        return None
    what = _FOOD_LEFT[keyed(m["what"])] if m["what"] else "food"
    return f"Is there any {what} left over?" if asked else f"There's no {what} left over."


def _left_over_vi(text: str) -> str | None:
    """"Are there any leftovers?" as "Còn đồ ăn thừa không?", "There's no food left over." as "Không còn đồ ăn
    thừa." (_LEFT_OVER_EN); None for anything else, and where "is" or "are" does not agree."""
    m = _LEFT_OVER_EN.fullmatch(text)
    be = m and (m["q"] or m["be"]).strip().lower().replace("’", "'")
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != bool(m["any"]) or \
            {"'s": "is"}.get(be, be) != ("are" if m["lo"] else "is"):
        return None
    vi = _FOOD_LEFT_VI[(m["what"] or "leftovers").lower()]
    return f"Còn {vi} thừa không?" if m["q"] else f"Không còn {vi} thừa."


def _act(m: re.Match) -> tuple[str, str | None] | None:
    """What a match of _ACT does, and where: ("put", "fridge") for "cất … vào tủ lạnh", ("heat", "microwave") for
    "hâm nóng … bằng lò vi sóng"; None where the words do not go together ("quay" alone, "ăn cơm": a meal)."""
    verb, prep = keyed(m["verb"]), keyed(m["prep"] or "")
    act, place = _VERBS[verb], _PLACES.get(keyed(m["place"] or ""))
    if prep == "vào":
        act = ("microwave" if place == "microwave" else None) if m["spin"] else "put" if verb in _PUT else None
    elif prep:
        act = ("keep" if verb in _HOLD else None) if place != "microwave" else \
            {"heat": "heat", "spin": "microwave"}.get(act) if prep != "bằng" or act != "put" else None
    if act is None or act in ("put", "keep", "spin") and not place or act in ("eat", "finish") and not m["left"]:
        return None
    if m["back"] and act != "heat" or (m["n"] or m["half_hour"]) and act not in ("heat", "microwave"):
        return None
    return act, (None if act == "microwave" else place)


def _english(m: re.Match, act: str, place: str | None, form: int) -> str:
    """What a match of _ACT does (`act`, `place`) in English, its verb in `form` (0 base, 1 past, 2 participle):
    "put the milk in the fridge", "heat it up in the microwave", "heat up the rice for two minutes"."""
    thing = _thing(m)[0]
    verb = _FORMS[act][form]
    if act in ("put", "keep"):
        return f"{verb} {thing} in the {place}"
    said = (f"{verb} {thing} up" if thing in ("it", "this") else f"{verb} up {thing}") if act == "heat" else \
        f"{verb} {thing}"
    span = spans.said(m, "en")
    return f"{said}{' in the microwave' * bool(place)}{f' for {span}' if span else ''}"


def _order(text: str) -> str | None:
    """"Cất cái này vào tủ lạnh đi." as "Put this in the fridge.", "Chúng ta ăn đồ ăn thừa đi." as "Let's eat the
    leftovers.", "Để tôi hâm nóng nó." as "Let me heat it up." (_ORDER); None for anything else."""
    m = _ORDER.fullmatch(text)
    if not m or (act := _act(m)) is None:
        return None
    opening, p, said = keyed(m["open"] or ""), keyed(m["p"] or ""), _english(m, *act, 0)
    end = "!" if "!" in m["end"] else "."
    if opening in ("đừng", "nhớ"):
        return ("Don't " if opening == "đừng" else "Remember to ") + said + end
    if opening == "chúng ta":
        return f"Let's {said}{end}" if p in ("đi", "nhé", "đi nhé") else None
    if opening == "để tôi":
        return f"Let me {said}{end}" if p in ("", "nhé") else None
    return f"Please {said}{end}" if opening == "làm ơn" or p.startswith(("giúp", "giùm")) else capitalised(said + end)


def _done(text: str) -> str | None:
    """"Tôi đã cất sữa vào tủ lạnh rồi." as "I've put the milk in the fridge.", "Bạn có thể hâm nóng cái này
    không?" as "Can you heat this up?" (_DONE); None for anything else, and a plain verb (now, or done?)."""
    m = _DONE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (act := _act(m)) is None or (said := who(m, asked)) is None:
        return None
    (who_, one), can = said, m["can"] or m["can2"]
    have, aux = "has" if one else "have", [k for k in ("will", "did", "just", "done") if m[k]]
    if m["asked"] == "chưa":
        return None if can or set(aux) - {"did"} else f"{have.capitalize()} {who_} {_english(m, *act, 2)} yet?"
    if asked or can:
        return f"Can {who_} {_english(m, *act, 0)}?" if asked and can and not aux else None
    if aux == ["will"]:
        return capitalised(contracted(who_, f"will {_english(m, *act, 0)}."))
    if aux in (["just"], ["done"], ["did", "done"]):
        return capitalised(contracted(who_, f"{have} {'just ' * bool(m['just'])}{_english(m, *act, 2)}."))
    return capitalised(f"{who_} {_english(m, *act, 1)}.") if aux == ["did"] else None


def _act_vi(m: re.Match) -> str | None:
    """What a match of _ACT_EN does, in Vietnamese: "cất sữa vào tủ lạnh", "hâm nóng nó bằng lò vi sóng"; None
    where the words do not go together ("heat up it", "keep it in the microwave", "eat the milk")."""
    base = _BASE[m["verb"].lower()]
    act, place = {"warm": "heat", "reheat": "heat"}.get(base, base), (m["place"] or "").lower()
    up, span, thing = m["up"] or m["up0"], spans.said(m, "vi"), _thing_vi(m)
    ok = {"put": place and not up, "keep": place not in ("", "microwave") and m["prep"].lower() == "in" and not up,
          "heat": (bool(up) != (base == "reheat")) and place in ("", "microwave") and (m["prep"] or "in") == "in",
          "microwave": not place and not up, "eat": m["left"] and not (place or up), "finish": m["left"] and not (
              place or up)}[act]
    if not ok or thing is None or m["up0"] and (m["it"] or m["this"]) or span and act not in ("heat", "microwave"):
        return None
    thing = thing[0]
    where = _PLACES_VI.get(place, "")
    if act in ("put", "keep"):
        return f"{'cất' if act == 'put' and place != 'microwave' else 'cho' if act == 'put' else 'để'} {thing} " \
               f"{'vào' if act == 'put' else 'trong'} {where}"
    if act == "heat":
        return f"hâm nóng{' lại' * (base == 'reheat')} {thing}{' bằng lò vi sóng' * bool(place)}" \
               f"{f' trong {span}' if span else ''}"
    if act == "microwave":
        return f"cho {thing} vào lò vi sóng quay {span}" if span else f"quay {thing} bằng lò vi sóng"
    return f"ăn {'nốt ' * (act == 'finish')}{thing}"


def _order_vi(text: str) -> str | None:
    """"Put this in the fridge." as "Cất cái này vào tủ lạnh đi.", "Let's eat the leftovers." as "Chúng ta ăn đồ ăn
    thừa đi." (_ORDER_EN); None for anything else, and a verb not its base."""
    m = _ORDER_EN.fullmatch(text)
    if not m or m["verb"].lower() != _BASE[m["verb"].lower()] or (said := _act_vi(m)) is None:
        return None
    opening = keyed((m["open"] or "").replace("’", "'"))
    if opening in ("don't", "do not"):
        return f"Đừng {said}."
    if opening.startswith(("remember", "don't forget")):
        return f"Nhớ {said} nhé."
    if opening.startswith("let"):
        return f"Chúng ta {said} đi." if opening == "let's" else f"Để tôi {said}."
    return f"Làm ơn {said}." if m["please"] or m["please2"] else capitalised(f"{said} đi.")


def _done_vi(text: str) -> str | None:
    """"Did you put the milk in the fridge?" as "Bạn đã cất sữa vào tủ lạnh chưa?", "I'll heat up the rice." as "Tôi
    sẽ hâm nóng cơm." (_DONE_EN); None for anything else, where "has" or the verb does not agree, and "I put …"."""
    m = _DONE_EN.fullmatch(text)
    if not m or m["q"] and m["aux"] or bool(m["q"]) != ("?" in m["end"]) or (said := _act_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    verb = m["verb"].lower()
    base, past, part = _FORMS[_BASE[verb]]
    q, adv = (m["q"] or "").lower(), (m["adv"] or "").lower()
    aux = m["aux"].strip().lower().replace("’", "'") if m["aux"] else ""
    aux = {"'ll": "will", "'ve": "have", "'s": "has"}.get(aux, aux)
    have = "has" if one else "have"
    if q:
        ok = q == have and verb == part and adv != "just" if q in ("have", "has") else verb == base and not (
            adv or m["yet"])
        return capitalised(f"{who_} {'có thể' if q in ('can', 'could') else 'đã'} {said} "
                           f"{'không' if q in ('can', 'could') else 'chưa'}?") if ok else None
    if m["yet"] or aux in ("will", "can") and (verb != base or adv):
        return None
    if aux in ("will", "can"):
        return capitalised(f"{who_} {'sẽ' if aux == 'will' else 'có thể'} {said}.")
    if aux and (aux != have or verb != part) or not aux and (verb != past or verb == base and not one):
        return None
    return capitalised(f"{who_} vừa {said}." if adv == "just" else f"{who_} đã {said} rồi." if aux or adv else
                       f"{who_} đã {said}.")


def _lasts(text: str) -> str | None:
    """"Sữa để được bao lâu trong tủ lạnh?" as "How long does milk keep in the fridge?", "Nó để được ba ngày." as
    "It'll keep for three days." (_LASTS); None for anything else."""
    m = _LASTS.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["place"] and m["place2"]:
        return None
    place = m["place"] or m["place2"]
    where = f" in the {_PLACES[keyed(place)]}" if place else ""
    bare = not (m["it"] or m["this"] or m["near"] or m["chi"])
    said, many = _thing(m, bare)
    if m["how"]:
        return f"How long {'do' if many else 'does'} {said} keep{where}?"
    span = f"{'about ' * bool(m['about'])}{spans.said(m, 'en')}"
    if bare:
        return capitalised(f"{said} {'keep' if many else 'keeps'} for {span}{where}.")
    return capitalised(contracted(said, f"will keep for {span}{where}."))


def _lasts_vi(text: str) -> str | None:
    """"How long does it keep?" as "Nó để được bao lâu?", "It'll keep for three days." as "Nó để được ba ngày."
    (_HOW_LONG_EN, _KEEPS_EN); None for anything else, and where "does" or "keeps" does not agree."""
    m = _HOW_LONG_EN.fullmatch(text) or _KEEPS_EN.fullmatch(text)
    thing = m and _thing_vi(m, bare=True)
    if not thing:
        return None
    said, many = thing
    do = (m.groupdict().get("do") or m.groupdict().get("keeps") or "will").lower()
    if do not in ("will", "keep" if many else "keeps", "do" if many else "does"):
        return None
    where = f" trong {_PLACES_VI[m['place'].lower()]}" if m["place"] else ""
    if m.re == _HOW_LONG_EN:
        return capitalised(f"{said} để{where} được bao lâu?")
    return capitalised(f"{said} để{where} được {'khoảng ' * bool(m['about'])}{spans.said(m, 'vi')}.")
