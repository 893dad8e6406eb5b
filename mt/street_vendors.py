"""Street vendors and hawkers, both ways, written whole by rule: the sticky-rice or bread seller coming by (yet, just,
not yet, every morning), someone coming round selling things, buying from a vendor, hearing their calls ("tiếng rao"),
who is, was or goes round as a street vendor, and a vendor chased off by the ward. v8 (rules on) reads "xôi" as
buckets, "rong" as nothing and "rao" as cake: "Bà bán xôi đi qua chưa?" → "Do you sell the buckets?", "Sáng nào cũng
có người bán bánh mì rong." → "There was always a seller of bread.", "Mẹ tôi mua xôi của bà bán rong." → "My mother
bought her buckets.", "Tôi nghe tiếng rao bán bánh mì." → "I heard the cake of bread.", "Ngày xưa bà tôi gánh hàng
rong." → "The old day I took the rong.", "Người bán hàng rong bị phường đuổi." → "The salesperson was chased."; and
back, "Has the sticky rice lady come by yet?" → "Người phụ nữ có gạo lức chưa?", "My mother bought sticky rice from
the street vendor." → "Mẹ tôi mua gạo dính vào nhà cung cấp đường phố.", "I can hear the bread seller calling." →
"Tôi có thể nghe tiếng gọi người bán chạy.", "We used to be street vendors." → "Chúng tôi từng phố cung cấp.".

Taken: a vendor (_VENDOR: "bà", "ông", "chú" or "người" "bán" goods of _GOODS, "bán (hàng) rong") come by, asked yet,
done, just, not yet, every morning (afternoon, evening, day); someone coming round selling goods every morning; who
(mt.hobbies.WHO, WHO_EN; not a pet) buying goods from a vendor: done, just, often, never, every morning, asked often;
who hearing a vendor's calls: can, can't, asked, every morning; who is (still, not, asked) or used to be a street
vendor ("ngày xưa", "từng"), or goes round selling goods; a vendor chased off by the ward (the ward police, the
police): done, just, again. Left: a vendor coming by on a day, "anh", "chị", "cô" selling (the one spoken to?), "chè"
(tea, or sweet soup?), "đã" alone on coming by (came, or has come?), "rao" alone, asked buying with no "hay", "I"
asked, selling on the pavement and the ward clearing it (mt/pavements.py), prices (mt/prices.py, mt/bargaining.py),
shopping and food asked for (mt/shopping.py, mt/food_requests.py, mt/meals.py), other jobs (mt/careers.py), noise
(mt/noise.py): none of these takes a shape here.
mt.phrasebook.translate tries these after mt/pavements.py.

    >>> translate("Bà bán xôi đi qua chưa?", "vi", "en"), translate("I can hear the bread seller calling.", "en", "vi")
    ('Has the sticky rice lady come by yet?', 'Tôi nghe thấy tiếng rao bán bánh mì.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, be_agrees, em_speaking, person_of
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bán|\brao\b|hàng\s+rong)"), "en": lazy(r"(?i:vendor|seller|hawker|lady|man\b|selling)")}
# goods sold in the street: English bought, and before a seller ("the sweet potato seller"); the first Vietnamese
# of each is written back ("chè" is left: tea in the north, sweet soup in the south)
_GOODS = {"xôi": ("sticky rice", "sticky rice"), "bánh mì": ("bread", "bread"), "kem": ("ice cream", "ice cream"),
          "bánh bao": ("steamed buns", "steamed bun"), "ngô": ("corn", "corn"), "bắp": ("corn", "corn"),
          "khoai lang": ("sweet potatoes", "sweet potato"), "hoa quả": ("fruit", "fruit"),
          "trái cây": ("fruit", "fruit"), "rau": ("vegetables", "vegetable"),
          "tào phớ": ("tofu pudding", "tofu pudding"), "hoa": ("flowers", "flower")}
_GOODS_VI = {en: vi for vi, ones in reversed(_GOODS.items()) for en in ones}
# who sells, in English ("bà bán xôi": the sticky rice lady), and back ("the bread man": "chú bán bánh mì")
_HEADS = {"bà": "lady", "ông": "man", "chú": "man", "người": "seller"}
_HEADS_VI = {"lady": "bà", "woman": "bà", "man": "chú", "seller": "người", "vendor": "người"}
_PARTS = {"sáng": "morning", "chiều": "afternoon", "tối": "evening", "ngày": "day"}
_PARTS_VI = {en: vi for vi, en in _PARTS.items()}
_BY = {"phường": "the ward", "công an phường": "the ward police", "công an": "the police"}
_BY_VI = {en: vi for vi, en in _BY.items()}
_STREET_VI = "người bán hàng rong"

_GOOD = rf"(?i:{alternatives(_GOODS)})"
_GOOD_EN = rf"(?i:{alternatives(_GOODS_VI)})"
# a vendor: "bà bán xôi", "người bán bánh mì rong", "người bán hàng rong", "bà bán rong"
_VENDOR = (rf"(?P<head>(?i:{alternatives(_HEADS)}))\s+bán\s+(?:(?P<good>{_GOOD})(?:\s+rong)?|"
           r"(?P<rong>(?:hàng\s+)?rong))")
_VENDOR_EN = (r"(?i:the)\s+(?:(?P<street>street\s+(?:vendor|seller|hawker))|"
              rf"(?P<good>{_GOOD_EN})\s+(?P<head>lady|woman|man|seller|vendor))")
_EVERY = rf"(?P<part>(?i:{alternatives(_PARTS)}))\s+nào\s+"
_EVERY_EN = rf"(?:\s+every\s+(?P<part>{alternatives(_PARTS_VI)}))"
_COME = r"(?:đi\s+(?:ngang\s+)?|ngang\s+)?qua"

# the vendor come by ("Bà bán xôi đi qua chưa?", "Chú bán kem chưa đi qua.", "… vừa đi qua.")
_PASSED = lazy(rf"{_VENDOR}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|chưa)\s+)?{_COME}(?:\s+(?P<done>rồi|chưa))?"
               rf"{SOFTENED_END}")
# ... every morning ("Sáng nào bà bán xôi cũng đi qua."), or someone selling ("Sáng nào cũng có người bán xôi rong.")
_DAILY = lazy(rf"{_EVERY}{_VENDOR}\s+cũng\s+{_COME}{SOFTENED_END}")
_ROUND = lazy(rf"{_EVERY}cũng\s+có\s+người\s+bán\s+(?P<sold>{_GOOD})\s+(?:rong|{_COME}){SOFTENED_END}")
# who buys from a vendor ("Mẹ tôi mua xôi của bà bán rong.", "Bạn có hay mua hoa quả của người bán rong không?")
_BUY = lazy(rf"(?:{_EVERY})?{WHO}\s+(?:(?P<every>cũng)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|hay|"
            rf"thường|không\s+bao\s+giờ)\s+)?mua\s+(?P<bought>{_GOOD})\s+(?:của|từ)\s+{_VENDOR}{ASKED_END}")
# who hears a vendor's calls ("Tôi nghe tiếng rao bán bánh mì.", "Bạn có nghe thấy tiếng rao của bà bán xôi không?")
_HEAR = lazy(rf"(?:{_EVERY})?{WHO}\s+(?:(?P<every>cũng)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?nghe(?:\s+(?P<seen>"
             rf"thấy))?\s+tiếng\s+rao\s+(?:(?:bán\s+)?(?P<called>{_GOOD})|của\s+{_VENDOR}){ASKED_END}")
# who is, was, or goes round as a vendor ("Ngày xưa bà tôi gánh hàng rong.", "Bố tôi bán bánh mì rong.")
_WORK = lazy(rf"(?:(?P<then>(?i:ngày\s+xưa|ngày\s+trước|hồi\s+trước|trước\s+đây))\s+)?{WHO}\s+(?:(?P<used>(?:đã\s+)?"
             r"từng)\s+|(?P<ask>có)\s+|(?P<not>không)\s+|(?P<still>vẫn)\s+)?(?:(?P<trade>(?:đi\s+)?(?:bán|gánh)\s+"
             rf"hàng\s+rong|đi\s+bán\s+rong)|(?:đi\s+)?bán\s+(?P<sold>{_GOOD})\s+rong){ASKED_END}")
# a vendor chased off ("Người bán hàng rong bị phường đuổi.", "Bà bán xôi vừa bị công an phường đuổi đi.")
_CHASED = lazy(rf"{_VENDOR}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|lại)\s+)?bị\s+(?P<by>(?i:{alternatives(_BY)}))\s+"
               rf"đuổi(?:\s+đi)?(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English
_PASSED_EN = lazy(rf"(?:(?P<has>Has)\s+)?{_VENDOR_EN}(?P<aux>\s+has(?:\s+not|n['’]t)?|['’]s)?(?:\s+(?P<adv>just|"
                  r"already))?\s+(?:come|been)\s+(?:by|past|round)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DAILY_EN = lazy(rf"{_VENDOR_EN}\s+comes\s+(?:by|past|round){_EVERY_EN}\s*(?P<end>[.!]*)")
_ROUND_EN = lazy(rf"Someone\s+comes\s+(?:a?round|by)\s+selling\s+(?P<sold>{_GOOD_EN}){_EVERY_EN}\s*(?P<end>[.!]*)")
_BUY_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<adv>often|usually|"
               rf"never|just))?\s+(?P<verb>buys?|bought)\s+(?P<bought>{_GOOD_EN})\s+from\s+{_VENDOR_EN}{_EVERY_EN}?"
               r"\s*(?P<end>[.!?]*)")
_HEAR_EN = lazy(rf"(?:(?P<q>Can)\s+)?{WHO_EN}(?P<can>\s+can(?:not|['’]t|\s+not)?)?\s+(?P<verb>hears?)\s+"
                rf"{_VENDOR_EN}\s+calling{_EVERY_EN}?\s*(?P<end>[.!?]*)")
_WORK_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?P<not>\s+not|"
                r"n['’]t)?|\s+(?P<used>used\s+to\s+be))?(?:\s+(?P<still>still))?\s+(?P<a>an?\s+)?street\s+"
                r"(?:vendor|hawker|seller)(?P<many>s)?\s*(?P<end>[.!?]*)")
_SELLING_EN = lazy(rf"{WHO_EN}\s+(?:(?P<used>used\s+to\s+go)|(?P<verb>goes|go))\s+(?:a?round|about)\s+selling\s+"
                   rf"(?P<sold>{_GOOD_EN})\s*(?P<end>[.!]*)")
# (each way of saying it takes its own space: "'s" follows the vendor with none, "The street vendor's been …")
_CHASED_EN = lazy(rf"{_VENDOR_EN}(?P<aux>\s+was|\s+has\s+(?P<just>just\s+)?been|['’]s\s+(?P<just2>just\s+)?been)\s+"
                  rf"(?:chased|moved)\s+(?:off|away|on)\s+by\s+(?P<by>{alternatives(_BY_VI)})"
                  r"(?:\s+(?P<again>again))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a street vendor coming by, someone coming round selling, buying from a vendor,
    hearing a vendor's calls, who is or was a street vendor, or a vendor chased off by the ward; None for any other."""
    if src == "vi":
        return _passed(text) or _daily(text) or _buy(text) or _hear(text) or _work(text) or _chased(text)
    text = text.replace("’", "'")
    return _passed_vi(text) or _daily_vi(text) or _buy_vi(text) or _hear_vi(text) or _work_vi(text) or \
        _chased_vi(text)


def _vendor(m: re.Match) -> str:
    """The vendor of a match of _VENDOR in English: "the sticky rice lady", "the bread seller", "the street vendor"."""
    if m["rong"]:
        return "the street vendor"
    return f"the {_GOODS[keyed(m['good'])][1]} {_HEADS[keyed(m['head'])]}"


def _vendor_vi(m: re.Match) -> str:
    """The vendor of a match of _VENDOR_EN in Vietnamese: "bà bán xôi", "người bán bánh mì", "người bán hàng rong"."""
    if m["street"]:
        return _STREET_VI
    return f"{_HEADS_VI[m['head'].lower()]} bán {_GOODS_VI[keyed(m['good'])]}"


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.person_of: None for a pet, "I" asked, "anh"
    saying); None too for "em" asking with "ạ" (the speaker)."""
    return None if em_speaking(m) else person_of(m, asked)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone, both "không" and
    asked, or a "?" on a statement."""
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or bool(groups.get("ask")) != asked or asked and groups.get("not"):
        return None
    return asked


def _passed(text: str) -> str | None:
    """"Bà bán xôi đi qua chưa?" as "Has the sticky rice lady come by yet?", "Chú bán kem chưa đi qua." as "The ice
    cream man hasn't come by yet.", "… đi qua rồi." as "… has come by.", "… vừa đi qua." as "… has just come by."
    (_PASSED); None for anything else ("đã" alone: came, or has come?)."""
    m = _PASSED.fullmatch(text)
    if not m:
        return None
    vendor, aux, done, asked = _vendor(m), keyed(m["aux"] or ""), keyed(m["done"] or ""), "?" in m["end"]
    if done == "chưa":
        return f"Has {vendor} come by yet?" if asked and not aux else None
    if asked:
        return None
    if aux == "chưa":
        return None if done else capitalised(f"{vendor} hasn't come by yet.")
    if done:
        return capitalised(f"{vendor} has come by.") if aux in ("", "đã") else None
    return capitalised(f"{vendor} has just come by.") if aux in ("vừa", "mới", "vừa mới") else None


def _daily(text: str) -> str | None:
    """"Sáng nào bà bán xôi cũng đi qua." as "The sticky rice lady comes by every morning.", "Sáng nào cũng có người
    bán bánh mì rong." as "Someone comes round selling bread every morning." (_DAILY, _ROUND); None for anything
    else."""
    m = _DAILY.fullmatch(text) or _ROUND.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    every = f"every {_PARTS[keyed(m['part'])]}"
    if m.re == _DAILY:
        return capitalised(f"{_vendor(m)} comes by {every}.")
    return f"Someone comes round selling {_GOODS[keyed(m['sold'])][0]} {every}."


def _buy(text: str) -> str | None:
    """"Mẹ tôi mua xôi của bà bán rong." as "My mother bought sticky rice from the street vendor.", "Tôi vừa mua …" as
    "I have just bought …", "Tôi hay mua …" as "I often buy …", "Sáng nào tôi cũng mua …" as "I buy … every
    morning.", "Bạn có hay mua … không?" as "Do you often buy …?" (_BUY); None for anything else."""
    m = _BUY.fullmatch(text)
    if not m or bool(m["part"]) != bool(m["every"]) or (asked := _asked(m)) is None:
        return None
    said = _person(m, asked)
    if said is None:
        return None
    who_, one = said
    aux = keyed(m["aux"] or "")
    rest = f"{_GOODS[keyed(m['bought'])][0]} from {_vendor(m)}"
    if asked or aux in ("hay", "thường"):
        return present(who_, one, "buy", rest, asked, adverb="often ") if aux in ("hay", "thường") and not m["part"] \
            else None
    if m["part"]:
        return present(who_, one, "buy", f"{rest} every {_PARTS[keyed(m['part'])]}") if not aux else None
    if aux == "không bao giờ":
        return present(who_, one, "buy", rest, adverb="never ")
    if aux in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{who_} {'has' if one else 'have'} just bought {rest}.")
    return capitalised(f"{who_} bought {rest}.")


def _hear(text: str) -> str | None:
    """"Tôi nghe tiếng rao bán bánh mì." as "I can hear the bread seller calling.", "Bạn có nghe thấy tiếng rao của bà
    bán xôi không?" as "Can you hear the sticky rice lady calling?", "Tôi không nghe thấy …" as "I can't hear …",
    "Sáng nào tôi cũng nghe …" as "I hear … every morning." (_HEAR); None for anything else ("không nghe" without
    "thấy": does not listen)."""
    m = _HEAR.fullmatch(text)
    if not m or bool(m["part"]) != bool(m["every"]) or (asked := _asked(m)) is None or m["not"] and not m["seen"]:
        return None
    said = _person(m, asked)
    if said is None:
        return None
    who_, one = said
    seller = _vendor(m) if m["head"] else f"the {_GOODS[keyed(m['called'])][1]} seller"
    calling = f"{seller} calling"
    if m["part"]:
        return None if asked or m["not"] else present(who_, one, "hear", f"{calling} every {_PARTS[keyed(m['part'])]}")
    if asked:
        return f"Can {who_} hear {calling}?"
    return capitalised(f"{who_} {'cannot' if m['not'] else 'can'} hear {calling}.".replace("cannot", "can't"))


def _work(text: str) -> str | None:
    """"Ngày xưa bà tôi gánh hàng rong." as "My grandmother used to be a street vendor.", "Mẹ tôi bán hàng rong." as
    "My mother is a street vendor.", "Bạn có bán hàng rong không?" as "Are you a street vendor?", "Bố tôi bán bánh mì
    rong." as "My father goes round selling bread." (_WORK); None for anything else, and the past denied, asked or
    still."""
    m = _WORK.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    past = bool(m["then"] or m["used"])
    if past and (asked or m["not"] or m["still"]):
        return None
    many = who_ in ("we", "they")
    trade = "street vendors" if many else "a street vendor"
    if m["sold"]:
        selling = f"round selling {_GOODS[keyed(m['sold'])][0]}"
        if past:
            return capitalised(f"{who_} used to go {selling}.")
        return present(who_, one, "go", selling, asked, bool(m["not"]), adverb="still " * bool(m["still"]))
    if past:
        return capitalised(f"{who_} used to be {trade}.")
    be_ = be(who_)
    if asked:
        return f"{be_.capitalize()} {who_} {trade}?"
    return capitalised(f"{who_} {be_} {'not ' if m['not'] else 'still ' if m['still'] else ''}{trade}.")


def _chased(text: str) -> str | None:
    """"Người bán hàng rong bị phường đuổi." as "The street vendor was chased off by the ward.", "Bà bán xôi vừa bị
    công an phường đuổi đi." as "The sticky rice lady has just been chased off by the ward police.", "… lại bị …" as
    "… again.", "… rồi." as "… has been …" (_CHASED); None for anything else."""
    m = _CHASED.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    vendor, aux, by = _vendor(m), keyed(m["aux"] or ""), _BY[keyed(m["by"])]
    if m["done"]:
        return capitalised(f"{vendor} has been chased off by {by}.") if aux in ("", "đã") else None
    if aux in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{vendor} has just been chased off by {by}.")
    return capitalised(f"{vendor} was chased off by {by}{' again' if aux == 'lại' else ''}.")


def _passed_vi(text: str) -> str | None:
    """"Has the sticky rice lady come by yet?" as "Bà bán xôi đi qua chưa?", "The ice cream man hasn't come by yet."
    as "Chú bán kem chưa đi qua.", "The bread seller has just come by." as "Người bán bánh mì vừa đi qua."
    (_PASSED_EN); None for anything else."""
    m = _PASSED_EN.fullmatch(text)
    if not m or bool(m["has"]) != ("?" in m["end"]) or m["has"] and m["aux"]:
        return None
    vendor, aux, adv, yet = capitalised(_vendor_vi(m)), " ".join((m["aux"] or "").split()), m["adv"], m["yet"]
    if m["has"]:
        return f"{vendor} đi qua chưa?" if yet and not adv else None
    if aux in ("has not", "hasn't"):
        return f"{vendor} chưa đi qua." if not adv else None
    if not aux or yet:
        return None
    return f"{vendor} vừa đi qua." if adv == "just" else f"{vendor} đi qua rồi."


def _daily_vi(text: str) -> str | None:
    """"The sticky rice lady comes by every morning." as "Sáng nào bà bán xôi cũng đi qua.", "Someone comes round
    selling bread every morning." as "Sáng nào cũng có người bán bánh mì rong." (_DAILY_EN, _ROUND_EN); None for
    anything else."""
    m = _DAILY_EN.fullmatch(text) or _ROUND_EN.fullmatch(text)
    if not m:
        return None
    every = _PARTS_VI[m["part"].lower()].capitalize()
    if m.re == _DAILY_EN:
        return f"{every} nào {_vendor_vi(m)} cũng đi qua."
    return f"{every} nào cũng có người bán {_GOODS_VI[keyed(m['sold'])]} rong."


def _who_vi(m: re.Match, asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one (mt.hobbies.person_of); None for a pet, and "I"
    `asked` (left as Vietnamese leaves it: "Can I hear …?" may ask leave to listen)."""
    return person_of(m, asked, "en")


def _buy_vi(text: str) -> str | None:
    """"My mother bought sticky rice from the street vendor." as "Mẹ tôi đã mua xôi của người bán hàng rong.", "I've
    just bought …" as "Tôi vừa mua …", "I often buy …" as "Tôi hay mua …", "She never buys …" as "Cô ấy không bao giờ
    mua …", "I buy … every morning." as "Sáng nào tôi cũng mua …", "Do you often buy …?" as "Bạn có hay mua …
    không?" (_BUY_EN); None for anything else, and where the verb does not agree with who."""
    m = _BUY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m, bool(m["q"]))) is None:
        return None
    who_, one = said
    aux, adv, verb, q = (m["aux"] or "").strip().lower(), m["adv"], m["verb"], (m["q"] or "").lower()
    rest = f"{_GOODS_VI[keyed(m['bought'])]} của {_vendor_vi(m)}"
    if q:
        if (q == "does") != one or aux or verb != "buy" or adv not in ("often", "usually") or m["part"]:
            return None
        return capitalised(f"{who_} có {'hay' if adv == 'often' else 'thường'} mua {rest} không?")
    if verb == "bought":
        if m["part"] or adv not in (None, "just") or aux and (adv != "just" or (aux in ("has", "'s")) != one):
            return None
        return capitalised(f"{who_} vừa mua {rest}." if adv == "just" else f"{who_} đã mua {rest}.")
    if aux or (verb == "buys") != one or adv == "just":
        return None
    if m["part"]:
        return None if adv else f"{_PARTS_VI[m['part'].lower()].capitalize()} nào {who_} cũng mua {rest}."
    how = {"often": "hay", "usually": "thường", "never": "không bao giờ"}.get(adv or "")
    return how and capitalised(f"{who_} {how} mua {rest}.")


def _hear_vi(text: str) -> str | None:
    """"I can hear the bread seller calling." as "Tôi nghe thấy tiếng rao bán bánh mì.", "Can you hear the sticky rice
    lady calling?" as "Bạn có nghe thấy tiếng rao của bà bán xôi không?", "I can't hear …" as "Tôi không nghe thấy
    …", "I hear … every morning." as "Sáng nào tôi cũng nghe thấy …" (_HEAR_EN); None for anything else."""
    m = _HEAR_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m, bool(m["q"]))) is None:
        return None
    who_, one = said
    can = " ".join((m["can"] or "").split()).lower()
    seller = m["head"] and m["head"].lower() in ("seller", "vendor")
    calls = f"tiếng rao bán {_GOODS_VI[keyed(m['good'])]}" if seller else f"tiếng rao của {_vendor_vi(m)}"
    if m["q"]:
        return capitalised(f"{who_} có nghe thấy {calls} không?") if not (can or m["part"]) and m["verb"] == "hear" \
            else None
    if can:
        if m["verb"] != "hear" or m["part"]:
            return None
        return capitalised(f"{who_} {'nghe' if can == 'can' else 'không nghe'} thấy {calls}.")
    if not m["part"] or (m["verb"] == "hears") != one:
        return None
    return f"{_PARTS_VI[m['part'].lower()].capitalize()} nào {who_} cũng nghe thấy {calls}."


def _work_vi(text: str) -> str | None:
    """"My grandmother used to be a street vendor." as "Ngày xưa bà tôi bán hàng rong.", "My mother is a street
    vendor." as "Mẹ tôi bán hàng rong.", "Are you a street vendor?" as "Bạn có bán hàng rong không?", "My father goes
    round selling bread." as "Bố tôi bán bánh mì rong." (_WORK_EN, _SELLING_EN); None for anything else, where "is"
    or the verb does not agree with who, or "a" with how many."""
    if m := _SELLING_EN.fullmatch(text):
        said = _who_vi(m)
        if said is None or m["verb"] and (m["verb"] == "goes") != said[1]:
            return None
        return capitalised(f"{'ngày xưa ' if m['used'] else ''}{said[0]} bán {_GOODS_VI[keyed(m['sold'])]} rong.")
    m = _WORK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m, bool(m["q"]))) is None:
        return None
    who_ = said[0]
    many = who_ in ("chúng tôi", "họ")
    if many != bool(m["many"]) or many == bool(m["a"]) or (m["a"] and m["a"].split()[0] != "a"):
        return None
    if m["used"]:
        return None if m["q"] or m["still"] else capitalised(f"ngày xưa {who_} bán hàng rong.")
    if bool(m["q"]) == bool(m["be"]) or not be_agrees(m, m["q"] or m["be"]) or m["not"] and m["still"]:
        return None
    if m["q"]:
        return None if m["still"] else capitalised(f"{who_} có bán hàng rong không?")
    return capitalised(f"{who_} {'không ' if m['not'] else 'vẫn ' if m['still'] else ''}bán hàng rong.")


def _chased_vi(text: str) -> str | None:
    """"The street vendor was chased off by the ward." as "Người bán hàng rong đã bị phường đuổi đi.", "… has just
    been …" as "… vừa bị …", "… has been …" as "… bị … đuổi đi rồi.", "… again." as "… lại bị …" (_CHASED_EN); None
    for anything else."""
    m = _CHASED_EN.fullmatch(text)
    if not m:
        return None
    vendor, by = capitalised(_vendor_vi(m)), _BY_VI[" ".join(m["by"].lower().split())]
    if m["aux"].strip() == "was":
        return f"{vendor} {'lại' if m['again'] else 'đã'} bị {by} đuổi đi."
    if m["again"]:
        return None
    return f"{vendor} vừa bị {by} đuổi đi." if m["just"] or m["just2"] else f"{vendor} bị {by} đuổi đi rồi."
