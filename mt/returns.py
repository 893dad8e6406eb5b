"""Taking something back to a shop, both ways, written whole by rule: exchanging it, returning it and a refund, it
being faulty or not fitting, and the receipt. v7 reads "đổi" as change, "trả lại" as go back, "hoàn tiền" as done,
"hóa đơn" as bills: "Tôi muốn đổi cái áo này." → "I want to change this coat.", "Tôi có thể đổi sang cỡ lớn hơn
không?" → "Can I change to larger size?", "Tôi muốn được hoàn tiền." → "I want to get money done.", "Cái này bị lỗi."
→ "This is an error.", "Bạn có giữ hóa đơn không?" → "Do you keep bills?"; "I'd like to exchange this shirt." → "Tôi
muốn trao đổi chiếc áo này." (trade), "I'd like to return these shoes." → "Tôi muốn quay lại những đôi giày này." (go
back to), "Can I get a refund?" → "… một người tị nạn …" (a refugee), "This shirt doesn't fit." → "Những chiếc áo
này không phù hợp." (these), "Did you keep the receipt?" → "Bạn có giữ lời hứa không?" (the promise).

Taken: who (mt.hobbies.WHO, WHO_EN) would like to, or asks whether they can, exchange a thing (for a bigger or smaller
size, another size or colour, a colour by name of mt.patterns.COLOURS, another one), return it (for a refund), or get a
refund; a thing faulty, torn or dirty, or that fits someone or not, said or asked; the receipt kept, had, still had or
lost, said or asked; and a fault said, then what the speaker would like, in one sentence ("Cái này bị lỗi, tôi muốn
đổi cái khác."). The thing is one of GOODS (mt.patterns' clothes, and things one buys of mt.broken and mt.terms) with
"này" (this), a classifier with "này" ("cái này", this one; "đôi này", this pair), or "nó" (it). Left: a thing
broken (mt/broken.py), too big or in another size (mt/patterns.py), a size by name (mt/sizes.py), money changed,
"I'd like a refund." and "I'd like to return this." (the phrasebook's), a thing bought when, "hóa đơn" for the bill.
mt.phrasebook.translate tries these after mt/parking.py.

    >>> translate("Tôi muốn đổi cái áo này.", "vi", "en"), translate("I'd like to return these shoes.", "en", "vi")
    ("I'd like to exchange this shirt.", 'Tôi muốn trả lại đôi giày này.')
"""
from __future__ import annotations

import re

from . import broken
from .hobbies import SOMEONE_EN, WHO, WHOM, WHO_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .patterns import COLOURS, COLOURS_VI, WORN, WORN_IN_PAIRS
from .rule_keys import key_checked
from .terms import CARRIED_EN
from .text import ASKED_END, EN_OBJECT_VI, EN_WHOSE, alternatives, capitalised, contracted, keyed

# what is taken back: clothes, and the things one buys of those that break and those one carries
_BOUGHT = {"phone", "laptop", "camera", "watch", "hair dryer", "bag", "backpack", "suitcase", "umbrella", "charger"}
GOODS = WORN | {vi: en for vi, en in (broken.THINGS | CARRIED_EN).items() if en in _BOUGHT}
GOODS_VI = {en: vi for vi, en in reversed(GOODS.items())} | {"pants": "quần", "mobile phone": "điện thoại"}
_IN_PAIRS = WORN_IN_PAIRS - {"trousers"}  # "đôi giày" (but "cái quần", though "these trousers")
# what is wrong with it (the first Vietnamese of each is written back; "bị hỏng" is mt/broken.py's)
FAULTS = {"lỗi": "faulty", "rách": "torn", "bẩn": "dirty"}
FAULTS_VI = {en: vi for vi, en in FAULTS.items()} | {"defective": "lỗi"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đổi|trả\s+lại|hoàn|lỗi|rách|bẩn|vừa|hóa\s+đơn|biên\s+lai)"),
         "en": lazy(r"(?i:exchange|return|refund|faulty|defective|torn|dirty|fit|receipt)")}

# the thing ("cái áo này", "đôi này", "nó"), what it is exchanged for ("sang cỡ lớn hơn", "lấy cái khác"), whom it fits
_THING = (rf"(?i:(?P<it>nó)|(?:(?P<one>cái|chiếc|đôi)\s+)?(?:(?P<thing>{alternatives(GOODS)})\s+)?(?P<this>này))")
_FOR = (r"(?:\s+(?:sang|lấy|thành))?\s+(?:(?:cỡ|size|số)\s+(?:(?P<size>lớn|to|nhỏ)\s+hơn|(?P<sizes>khác))|"
        rf"(?P<colours>màu\s+khác)|(?P<named>{alternatives(COLOURS)})|(?P<other>cái|chiếc|đôi)\s+(?P<new>khác|mới))")
# who would like to, or can, exchange it, return it, get a refund ("Tôi muốn …", "Tôi có thể … không?", "Tôi … được
# không?", "Bạn có muốn … không?")
_ACTS = {"exchange": rf"đổi(?:\s+{_THING})?(?:{_FOR})?",
         "return": rf"trả\s+lại\s+{_THING}(?P<refund>\s+(?:và|để)\s+(?:được\s+)?hoàn\s+(?:lại\s+)?tiền)?",
         "refund": r"(?:được\s+)?hoàn\s+(?:lại\s+)?tiền(?P<me>\s+cho\s+tôi)?"}
_WANTED = {act: lazy(rf"{WHO}\s+(?:(?P<ask>có\s+)?(?P<want>muốn)\s+|(?P<can>có\s+thể|có(?=\s+được))\s+)?"
                     rf"{said}(?:\s+(?P<can2>được))?{ASKED_END}") for act, said in _ACTS.items()}
# what is wrong with it, or whether it fits ("Cái này bị lỗi.", "Đôi giày này không vừa với tôi.")
_STATE = lazy(rf"{_THING}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:bị\s+(?P<fault>{alternatives(FAULTS)})|"
              rf"(?P<fit>vừa)(?:(?P<well>\s+vặn)|\s+(?:với\s+)?{WHOM})?)(?:\s+rồi)?{ASKED_END}")
# the receipt kept, had, still had, lost ("Bạn có giữ hóa đơn không?", "Tôi làm mất hóa đơn rồi.")
_RECEIPT = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<still>(?:vẫn\s+)?còn|vẫn)\s+|"
                r"(?P<lost>(?:đã\s+)?(?:(?:làm|bị|đánh)\s+)?mất)\s+|(?P<did>đã)\s+)?"
                rf"(?:(?P<keep>giữ)\s+|(?P<have>có)\s+)?(?:hóa\s+đơn|biên\s+lai)(?:\s+(?P<done>rồi))?{ASKED_END}")
# a fault, then what the speaker would like ("Cái này bị lỗi, tôi muốn đổi cái khác.")
_BOTH = lazy(r"(?P<first>[^,]+?)(?:\s*,\s*(?:nên\s+)?|\s+nên\s+)(?P<then>[^,]+)")

# ... and in English ("this shirt", "these shoes", "this pair of shoes", "this one", "it")
_THING_EN = (rf"(?:(?P<it>(?i:it))|(?P<det>(?i:this|these))(?:\s+(?P<one>one|pair)|\s+(?P<pair>pair\s+of\s+)?"
             rf"(?P<thing>(?i:{alternatives(GOODS_VI)})))?)")
_FOR_EN = (r"\s+for\s+(?:a\s+(?P<size>bigger|larger|smaller)\s+size|(?:a\s+different|another)\s+(?:(?P<sizes>size)|"
           rf"(?P<colours>colou?r))|a\s+(?P<named>{alternatives(COLOURS_VI)})\s+(?:one|pair)|"
           r"(?P<new>another|a\s+new)\s+(?P<other>one|pair))")
_ACTS_EN = {"exchange": rf"exchange\s+{_THING_EN}(?:{_FOR_EN})?",
            "return": rf"return\s+{_THING_EN}(?P<refund>\s+(?:and\s+get|for)\s+a\s+refund)?"}
_LIKE = r"(?P<like>['’]d\s+like|\s+would\s+like|\s+like|\s+wants?)"
_WANTED_EN = {act: lazy(rf"(?:(?P<would>Would)\s+)?{WHO_EN}{_LIKE}\s+{said}(?:,?\s+please)?\s*(?P<end>[.!?]*)")
              for act, said in ({a: rf"to\s+{s}" for a, s in _ACTS_EN.items()} |
                                {"refund": r"(?:to\s+get\s+)?a\s+refund"}).items()}
_CAN_EN = {act: lazy(rf"(?:Can|Could|May)\s+{WHO_EN}\s+(?:please\s+)?(?:{said})(?:,?\s+please)?\s*\?+")
           for act, said in (_ACTS_EN | {"refund": r"(?:get|have)\s+a\s+refund|(?P<me>give\s+me\s+a\s+refund|"
                                                   r"refund\s+me)"}).items()}
# (the phrasebook's: "Tôi muốn được hoàn tiền.", "Tôi muốn trả lại cái này.")
_LISTED = lazy(r"I(?:['’]d\s+like\s+a\s+refund|(?:['’]d\s+like|\s+want)\s+to\s+return\s+this)\s*[.!]*")
_STATE_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+|(?P<do>Does|Do)\s+)?{_THING_EN}(?:(?:(?P<be>\s+is|\s+are|['’]s|['’]re)"
                 rf"(?P<not>\s+not|n['’]t)?)?\s+(?P<fault>{alternatives(FAULTS_VI)})|(?:\s+(?P<nofit>doesn['’]t|"
                 r"don['’]t|does\s+not|do\s+not))?\s+(?P<fit>fits?)(?:\s+(?P<whom>(?i:"
                 rf"{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN}))?(?P<well>\s+well)?)\s*(?P<end>[.!?]*)")
_RECEIPT_EN = lazy(rf"(?:(?P<do>Do|Does|Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+still|\s+(?:do|does|did)\s+not|"
                   r"\s+(?:don|doesn|didn)['’]t|['’]ve|\s+have|['’]s|\s+has)?\s+(?P<verb>have|has|keep|kept|lost|"
                   r"got)\s+(?:the|my|your)\s+receipt\s*(?P<end>[.!?]*)")
# ... the receipt, by what is asked or said (how it is asked, the word after who, the verb), in Vietnamese
_RECEIPT_VI = {("", "", "have"): "có", ("", "have", "got"): "có", ("", "still", "have"): "vẫn còn giữ",
               ("", "not", "have"): "không có", ("", "", "kept"): "có giữ", ("", "didnt", "keep"): "không giữ",
               ("", "", "lost"): "làm mất", ("", "have", "lost"): "làm mất", ("do", "", "have"): "có",
               ("do", "still", "have"): "còn giữ", ("did", "", "keep"): "có giữ", ("have", "", "got"): "có",
               ("have", "", "kept"): "có giữ"}
# ... and which of the words says he or she (True) or not, and what each is in _RECEIPT_VI's keys
_PERSON = {"do": False, "does": True, "have": False, "has": True, "'ve": False, "'s": True, "don't": False,
           "doesn't": True, "do not": False, "does not": True}
_AS_KEYED = {"does": "do", "has": "have", "'ve": "have", "'s": "have", "don't": "not", "doesn't": "not",
             "do not": "not", "does not": "not", "didn't": "didnt", "did not": "didnt"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks for an exchange or a refund, returns a thing, says it is faulty or
    does not fit, or asks or says who has the receipt; None for any other."""
    if src == "vi":
        return _wanted(text) or _state(text) or _receipt(text) or _both(text)
    return _wanted_vi(text) or _state_vi(text) or _receipt_vi(text) or _both_vi(text)


def this_good(thing: str, one: str) -> tuple[str, bool] | None:
    """A thing of GOODS with "này" in English, and whether English says it as many: "áo" ("this shirt", False),
    "giày" ("these shoes", True); None for a classifier `one` that does not go with it ("đôi áo")."""
    said = GOODS[keyed(thing)]
    if one and (one == "đôi") != (said in _IN_PAIRS):
        return None
    many = said in WORN_IN_PAIRS
    return f"{'these' if many else 'this'} {said}", many


def this_good_vi(thing: str, many: bool) -> str | None:
    """A thing of GOODS_VI, with "this" or "these" (`many`), in Vietnamese: "cái áo này", "đôi giày này"; None where
    "these" does not go with it ("these shirt", "this shoes")."""
    vi = GOODS_VI[keyed(thing)]
    said = GOODS[vi]
    return None if (said in WORN_IN_PAIRS) != many else f"{'đôi' if said in _IN_PAIRS else 'cái'} {vi} này"


def _thing_en(m: re.Match, subject: bool = False) -> tuple[str, bool] | None:
    """The thing of a match of _THING in English, and whether English says it as many: ("this shirt", False),
    ("these shoes", True), "this" ("this one" said first), "this pair", "it"; None for a classifier that does not go
    with the thing ("đôi áo"), or "này" alone."""
    if m["it"]:
        return "it", False
    one = keyed(m["one"] or "")
    if not m["thing"]:
        return None if not one else ("this pair", False) if one == "đôi" else ("this one" if subject else "this", False)
    return this_good(m["thing"], one)


def _for_en(m: re.Match, pair: bool) -> str:
    """What a thing is exchanged for (_FOR), in English: " for a bigger size", " for a red one", " for another
    pair"; "" for nothing said."""
    if m["size"]:
        return f" for a {'smaller' if keyed(m['size']) == 'nhỏ' else 'bigger'} size"
    if m["sizes"] or m["colours"]:
        return f" for a different {'size' if m['sizes'] else 'colour'}"
    one = "pair" if pair or keyed(m["other"] or "") == "đôi" else "one"
    if m["named"]:
        return f" for a {COLOURS[keyed(m['named'])]} {one}"
    return f" for {'another' if keyed(m['new']) == 'khác' else 'a new'} {one}" if m["other"] else ""


def _likes(who_: str) -> str:
    """Who would like, contracted after a pronoun: "I'd like", "my mother would like"."""
    return f"{who_}'d like" if who_ in EN_WHOSE else f"{who_} would like"


def _wanted(text: str) -> str | None:
    """"Tôi muốn đổi cái áo này." as "I'd like to exchange this shirt.", "Tôi có thể đổi sang cỡ lớn hơn không?" as
    "Can I exchange it for a bigger size?", "Tôi muốn được hoàn tiền." as "I'd like a refund." (_WANTED); None for
    anything else, and for "Tôi muốn đổi." (what, not said)."""
    act, m = next(((act, m) for act, p in _WANTED.items() if (m := p.fullmatch(text))), (None, None))
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or not (
            m["want"] and not m["can2"] and (asked or not m["ask"]) or (m["can"] or m["can2"]) and asked):
        return None
    said = who(m, asked)
    me = m.groupdict().get("me")  # ("hoàn tiền cho tôi": asked of someone else)
    if said is None or m["want"] and asked and said[0] == "I" or me and (m["want"] or said[0] in ("I", "we")):
        return None
    who_ = said[0]
    if act == "refund":
        doing = "give me a refund" if me else "a refund" if m["want"] else "get a refund"
    else:
        thing = _thing_en(m) if m["this"] or m["it"] else ("it", False)
        if thing is None or act == "exchange" and not (m["this"] or m["it"] or m["size"] or m["sizes"] or
                                                       m["colours"] or m["named"] or m["other"]):
            return None
        rest = _for_en(m, thing[1]) if act == "exchange" else "" if not m["refund"] else \
            " for a refund" if "để" in m["refund"] else " and get a refund"
        doing = f"{'to ' * bool(m['want'])}{act} {thing[0]}{rest}"
    if m["want"]:
        return f"Would {who_} like {doing}?" if asked else capitalised(f"{_likes(who_)} {doing}.")
    return f"Can {who_} {doing}?"


def _state(text: str) -> str | None:
    """"Cái này bị lỗi." as "This one is faulty.", "Cái áo này không vừa." as "This shirt doesn't fit.", "Đôi giày
    này có vừa với bạn không?" as "Do these shoes fit you?" (_STATE); None for anything else, and for "vừa" alone
    said ("vừa" is also "just")."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and asked:
        return None
    thing = _thing_en(m, subject=True)
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if thing is None or m["whom"] and not whom or m["fit"] and not (m["not"] or asked or m["well"] or whom):
        return None
    said, many = thing
    if m["fault"]:
        be, fault = "are" if many else "is", FAULTS[keyed(m["fault"])]
        if asked:
            return f"{be.capitalize()} {said} {fault}?"
        return capitalised(f"{said} {be}n't {fault}." if m["not"] else contracted(said, f"{be} {fault}."))
    whom = f" {whom}" if whom else ""
    if asked:
        return f"{'Do' if many else 'Does'} {said} fit{whom}?"
    if m["not"]:
        return capitalised(f"{said} {'don' if many else 'doesn'}'t fit{whom}.")
    return capitalised(f"{said} {'fit' if many else 'fits'}{whom}{' well' * bool(m['well'])}.")


def _receipt(text: str) -> str | None:
    """"Bạn có giữ hóa đơn không?" as "Did you keep the receipt?", "Tôi không có hóa đơn." as "I don't have the
    receipt.", "Tôi vẫn còn giữ hóa đơn." as "I still have the receipt.", "Tôi làm mất hóa đơn rồi." as "I've lost
    the receipt." (_RECEIPT); None for anything else."""
    m = _RECEIPT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and not (m["ask"] or m["still"]) or m["done"] and not (
            m["lost"] or m["did"]) or m["have"] and not (m["not"] or m["still"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    keep = bool(m["keep"])
    if m["lost"] and not (keep or m["have"]):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} lost the receipt."))
    if m["still"] and (keep or m["have"] or "còn" in m["still"]):
        return f"{'Does' if one else 'Do'} {who_} still have the receipt?" if asked else capitalised(
            f"{who_} still {'has' if one else 'have'} the receipt.")
    if m["ask"] and keep or m["did"] and keep:
        return f"Did {who_} keep the receipt?" if asked else capitalised(f"{who_} kept the receipt.")
    if m["ask"]:
        return f"{'Does' if one else 'Do'} {who_} have the receipt?" if asked else capitalised(
            f"{who_} {'has' if one else 'have'} the receipt.")
    if m["not"] and (keep or m["have"]):
        return capitalised(f"{who_} didn't keep the receipt." if keep else
                           f"{who_} {'doesn' if one else 'don'}'t have the receipt.")
    return None


def _both(text: str) -> str | None:
    """"Cái này bị lỗi, tôi muốn đổi cái khác." as "This one is faulty, so I'd like to exchange it for another
    one." (_BOTH: what is wrong, then what the speaker would like); None for anything else."""
    m = _BOTH.fullmatch(text) if "," in text or " nên " in text else None
    first = m and _state(m["first"])
    then = first and _wanted(capitalised(m["then"]))
    if not then or not then.startswith(("I'd ", "We'd ")) or first.endswith("?"):
        return None
    return f"{first.rstrip('.')}, so {then[0].lower() if then[0] == 'W' else then[0]}{then[1:]}"


def _thing_vi(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether English said it as many: ("cái áo này", False)
    for "this shirt", ("đôi giày này", True) for "these shoes", "cái này" for "this" or "this one", "đôi này" for
    "this pair", "nó" for "it"; None where "this" or "these" does not go with the thing ("these shirt")."""
    if m["it"]:
        return "nó", False
    many = m["det"].lower() == "these"
    if not m["thing"]:
        return None if many else (f"{'đôi' if m['one'] == 'pair' else 'cái'} này", False)
    said = None if many and m["pair"] else this_good_vi(m["thing"], many or bool(m["pair"]))
    return (said, many) if said else None


def _for_vi(m: re.Match, pair: bool) -> str:
    """What a thing is exchanged for (_FOR_EN), in Vietnamese: " sang cỡ lớn hơn", " sang màu đỏ", " lấy cái
    khác"; "" for nothing said."""
    if m["size"] or m["sizes"]:
        return f" sang cỡ {'khác' if m['sizes'] else 'nhỏ hơn' if m['size'] == 'smaller' else 'lớn hơn'}"
    if m["colours"] or m["named"]:
        return f" sang {COLOURS_VI[m['named'].lower()] if m['named'] else 'màu khác'}"
    one = "đôi" if pair or m["other"] == "pair" else "cái"
    return f" lấy {one} {'khác' if m['new'] == 'another' else 'mới'}" if m["other"] else ""


def _wanted_vi(text: str) -> str | None:
    """"I'd like to exchange this shirt." as "Tôi muốn đổi cái áo này.", "Can I exchange it for a bigger size?" as
    "Tôi có thể đổi sang cỡ lớn hơn không?", "Can I get a refund?" as "Tôi có thể được hoàn tiền không?" (_WANTED_EN,
    _CAN_EN); None for anything else, where "want" does not agree with who, and for the phrasebook's (_LISTED)."""
    act, m = next(((act, m) for act, p in _WANTED_EN.items() if (m := p.fullmatch(text))), (None, None))
    can = m is None
    if can:
        act, m = next(((act, m) for act, p in _CAN_EN.items() if (m := p.fullmatch(text))), (None, None))
    if not m or _LISTED.fullmatch(text):
        return None
    who_, one = who_vi(m)
    like, me = "" if can else " ".join(m["like"].split()), m.groupdict().get("me")
    if not can and (bool(m["would"]) != (like == "like") or bool(m["would"]) != ("?" in m["end"]) or
                    like.startswith("want") and (like == "wants") != one) or me and who_ in ("tôi", "chúng tôi"):
        return None
    if act == "refund":
        doing = "hoàn tiền cho tôi" if me else "được hoàn tiền"
    else:
        thing = _thing_vi(m)
        if thing is None:
            return None
        rest = _for_vi(m, thing[1] or thing[0].startswith("đôi")) if act == "exchange" else (
            " và được hoàn tiền" if m["refund"] else "")
        said = "" if thing[0] == "nó" and rest else f" {thing[0]}"  # ("đổi sang cỡ lớn hơn", not "đổi nó sang …")
        doing = f"{'đổi' if act == 'exchange' else 'trả lại'}{said}{rest}"
    if can:
        return capitalised(f"{who_} có thể {doing} không?")
    return capitalised(f"{who_} có muốn {doing} không?" if m["would"] else f"{who_} muốn {doing}.")


def _state_vi(text: str) -> str | None:
    """"This one is faulty." as "Cái này bị lỗi.", "This shirt doesn't fit." as "Cái áo này không vừa.", "Do these
    shoes fit you?" as "Đôi giày này có vừa với bạn không?" (_STATE_EN); None for anything else, and where the verb
    does not agree with the thing."""
    m = _STATE_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    said, many = thing
    asked = "?" in m["end"]
    if m["fault"]:
        be = (m["be0"] or m["be"] or "").strip().lower().replace("’", "'")
        if bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or (be in ("are", "'re")) != many:
            return None
        fault = FAULTS_VI[m["fault"].lower()]
        return capitalised(f"{said} có bị {fault} không?" if asked else
                           f"{said} {'không ' * bool(m['not'])}bị {fault}.")
    whom = m["whom"] and as_whom(m["whom"], "en")
    aux = (m["do"] or m["nofit"] or "").lower()
    one = aux.startswith("does") if aux else m["fit"] == "fits"  # (said of one: "does", "doesn't", "fits")
    if bool(m["do"]) != asked or aux and m["fit"] == "fits" or one == many or m["whom"] and (not whom or m["well"]):
        return None
    fits = f"vừa với {whom}" if whom else "vừa"
    if asked:
        return capitalised(f"{said} có {fits} không?")
    return capitalised(f"{said} {'không ' if m['nofit'] else ''}{fits if whom or m['nofit'] else 'vừa vặn'}.")


def _receipt_vi(text: str) -> str | None:
    """"Did you keep the receipt?" as "Bạn có giữ hóa đơn không?", "I don't have the receipt." as "Tôi không có hóa
    đơn.", "I've lost the receipt." as "Tôi làm mất hóa đơn rồi." (_RECEIPT_EN, _RECEIPT_VI); None for anything
    else, and where "does", "has" … does not agree with who."""
    m = _RECEIPT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    parts = [" ".join((w or "").lower().replace("’", "'").split()) for w in (m["do"], m["aux"], m["verb"])]
    words = [w for w in parts if w]
    person = next((_PERSON[w] for w in words if w in _PERSON), None)  # (the first word that tells)
    if person is not None and person != one or m["verb"] == "has" and len(words) > 1 and words[-2] != "still":
        return None  # ("I has", "She have", "Does she has")
    said = _RECEIPT_VI.get(tuple(_AS_KEYED.get(w, w) for w in parts))
    if said is None:
        return None
    done = " rồi" if said == "làm mất" else ""
    return capitalised(f"{who_} {said} hóa đơn{done}{' không?' if m['do'] else '.'}")


def _both_vi(text: str) -> str | None:
    """"This one is faulty, so I'd like to exchange it for another one." as "Cái này bị lỗi, tôi muốn đổi lấy cái
    khác." (what is wrong, then what the speaker would like); None for anything else."""
    first, comma, then = text.partition(", ")
    then = then.removeprefix("so ").removeprefix("and ")
    if not comma or not then.startswith(("I'd ", "I’d ", "We'd ", "We’d ", "I would ", "We would ", "I want")):
        return None
    first, then = _state_vi(first), _wanted_vi(capitalised(then))
    if not first or not then or first.endswith("?") or then.endswith("?"):
        return None
    return f"{first.rstrip('.')}, {then[0].lower()}{then[1:]}"
