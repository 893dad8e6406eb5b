"""What things cost, asked and said, and whether they are cheap or dear, both ways, written whole by rule. v8 (with
the other rules on): "Rẻ quá." → "Tooth.", "Đôi giày này rẻ quá." → "The shoes are too cheap." ("rẻ quá" is said
gladly: "so cheap"), "Quả xoài này bao nhiêu một cân?" → "How many do this giveup?", "Một cân xoài bao nhiêu tiền?" →
"How much do you take a balance?", "Cái này bao nhiêu?" → "How much does this?", "Cái điện thoại này bao nhiêu tiền?"
→ "How much do this phone?", "Đôi giày này giá 500 nghìn." → "The shoes costs VND500 thousand.", "Tôi mua cái áo này
với giá 200.000 đồng." → "I bought this shirt with costs VND200,000.", "Đắt thế!" → "Replace!", "Có giảm giá không?"
→ "Are there a discount?"; "How much are these shoes?" → "Những đôi giày này có bao nhiêu?", "How much is a kilo of
mangoes?" → "Có bao nhiêu ki-lô-mét không?", "This shirt costs 200,000 dong." → "Chiếc áo này chi phí 200.000 đồng.",
"These shoes are so cheap!" → "Những đôi giày này rẻ tiền quá!" (shoddy), "What a good price!" → "Giá tốt đẹp!".

Taken: what a thing costs, asked ("Cái này bao nhiêu?", "How much do these shoes cost?") or said ("Cái áo này giá
200.000 đồng."); a kilo of something of mt.patterns' sold by the kilo, asked ("Một cân xoài bao nhiêu tiền?", "Quả
xoài này bao nhiêu một cân?"); what who (mt.hobbies.WHO, WHO_EN) paid for a thing, said or asked ("Tôi mua cái áo
này với giá 200.000 đồng.", "How much did you pay for it?"); a thing, or what was just said, cheap or dear, said or
asked, with how much ("rẻ quá": so cheap; "đắt quá": too expensive, as the phrasebook and mt/patterns.py say it;
"rất", "lắm": very; "hơi": a bit; "khá": quite; "thật": really; "thế", "ghê": so); a good or fair price; a
discount asked for or asked about. The thing is "nó" (it), "cái này" (this), "mấy cái này" (these), or one of
mt.returns' GOODS with "này". Sums are read and written by mt/amounts.py ("VND200,000"; "200.000 đồng"). Left: what
the phrasebook's list and mt/patterns.py take ("Cái này bao nhiêu tiền?", "Đắt quá!", "Cái áo này đắt quá.", a price
per night or per kilo said, "Xoài bao nhiêu một cân?"), cheaper and cheapest (mt/comparisons.py), who pays
(mt/bills.py), "quá rẻ" and "too cheap" (a complaint, or glad?), "Giá rẻ." or "Giá hợp lý." alone (a shop's sign),
a sum mt.amounts does not read as đồng ("Cái này 50.000."), a sum without "giá" ("Cái này 309 nghìn.": a count?),
"anh", "chị", "em" alone saying what they paid.
mt.phrasebook.translate tries these after mt/days_asked.py.

    >>> translate("Đôi giày này rẻ quá.", "vi", "en"), translate("How much are these shoes?", "en", "vi")
    ('These shoes are so cheap.', 'Đôi giày này bao nhiêu tiền?')
"""
from __future__ import annotations

import re

from . import amounts
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .patterns import BY_THE_KILO
from .returns import GOODS, GOODS_VI, this_good, this_good_vi
from .rule_keys import key_checked
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bao\s+nhiêu|giá|\brẻ|đắt|mắc|bớt|\d)"),
         "en": lazy(r"(?i:how\s+much|cost|cheap|expensive|pric|discount|\d)")}
_KILO_VI = {en: vi for vi, en in reversed(BY_THE_KILO.items())}  # (sold by the kilo, as mt/patterns.py reads it)
_MANY_KILO = {en for en in BY_THE_KILO.values() if en.endswith("s")}  # ("mangoes are"; "rice is")
_NUM = r"\d+(?:[.,]\d+)*"  # (as mt.amounts reads a number: a full stop after it ends the sentence)

# the thing: "nó", "cái này", "mấy cái này", "cái áo này", "đôi giày này", "điện thoại này"
_THING = (r"(?i:(?P<it>nó)|(?P<these>mấy|những)\s+cái\s+này|(?:(?P<one>cái|chiếc|đôi)\s+)?"
          rf"(?:(?P<thing>{alternatives(GOODS)})\s+)?(?P<this>này))")
_HOW_MUCH = r"(?:giá\s+)?bao\s+nhiêu(?:\s+tiền)?"
_ASKED = lazy(rf"(?:{_THING}|(?P<price>[Gg]iá)|(?P<all>[Tt]ổng\s+cộng|[Tt]ất\s+cả))\s+{_HOW_MUCH}{SOFTENED_END}")
_FRUIT = rf"(?i:{alternatives(BY_THE_KILO)})"
_KILO_ASKED = lazy(rf"(?:(?:(?:[Qq]uả|[Tt]rái)\s+)?(?P<fruit>{_FRUIT})\s+này\s+{_HOW_MUCH}\s+(?:một|mỗi)\s+"
                   rf"(?:cân|ký|kí|kg)|[Mm]ột\s+(?:cân|ký|kí|kg)\s+(?P<fruit2>{_FRUIT})\s+{_HOW_MUCH})"
                   rf"{SOFTENED_END}")
_SUM = rf"(?P<sum>{_NUM}(?:\s*[^\W\d_]+){{0,3}}?)"  # (mt.amounts says whether it is a sum, and which)
# ... only after "giá": "Cái này 309 nghìn." may be a count (mt.amounts leaves it; everyday check 110)
_SAID = lazy(rf"{_THING}\s+giá\s+{_SUM}{SOFTENED_END}")
# what who paid ("Tôi mua cái áo này với giá 200.000 đồng.", "Bạn mua nó bao nhiêu tiền?")
_PAID = lazy(rf"{WHO}\s+(?:đã\s+)?mua\s+{_THING}\s+(?:(?:với\s+giá|hết|mất)\s+{_SUM}|"
             rf"(?:(?:với\s+)?giá\s+|hết\s+|mất\s+)?(?P<how>bao\s+nhiêu)(?:\s+tiền)?){SOFTENED_END}")
# cheap or dear, and how much ("Rẻ quá!", "Cái này có đắt không?", "Không đắt lắm.")
_DEAR = {"rẻ": "cheap", "đắt": "expensive", "mắc": "expensive"}
_QUALITY = lazy(rf"(?:{_THING}\s+|(?P<price>[Gg]iá)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
                r"(?:(?P<pre>rất|hơi|khá|quá)\s+)?(?P<adj>rẻ|đắt|mắc)(?:\s+(?P<post>quá|thế|vậy|thật|ghê|lắm))?"
                r"(?:\s+(?P<asked>không))?(?:\s+(?P<part>ạ|nhỉ|đấy|đó))?\s*(?P<end>[.!?]*)", re.IGNORECASE)
# how much, before or after the word, in English; "quá" is "too" of a price a buyer refuses, "so" said gladly
_DEGREE = {"rất": "very", "lắm": "very", "hơi": "a bit", "khá": "quite", "thật": "really", "thế": "so",
           "vậy": "so", "ghê": "so"}
# a good or fair price ("Giá tốt quá!", "Giá hợp lý đấy.")
_FAIR = {"tốt": "good", "hợp lý": "fair", "phải chăng": "reasonable"}
_GOOD = lazy(rf"[Gg]iá\s+(?P<adj>{alternatives(_FAIR)})\s+(?P<post>quá|thế|thật|ghê|đấy|đó)\s*(?P<end>[.!]*)")
# a discount asked about ("Có giảm giá không?", "Sinh viên …" not) or asked for ("Chị bớt cho em được không?")
_DISCOUNT = lazy(rf"(?:{WHO}\s+)?[Cc]ó\s+(?P<got>được\s+)?giảm\s+giá\s+không{SOFTENED_END}")
_US = {"tôi": "me", "mình": "me", "em": "me", "chúng tôi": "us", "chúng mình": "us"}
_FOR_US = lazy(rf"{WHO}\s+(?P<can>có\s+thể\s+)?(?:bớt|giảm\s+giá)\s+cho\s+(?P<us>{alternatives(_US)})"
               r"(?P<bit>\s+(?:một\s+)?(?:chút|ít))?\s+(?(can)(?:được\s+)?|được\s+)không" + SOFTENED_END)

# ... and in English ("it", "this", "this one", "these", "this shirt", "these shoes")
_THING_EN = (rf"(?:(?P<it>(?i:it))|(?P<det>(?i:this|these))(?:\s+(?P<one>one)|\s+(?P<thing>"
             rf"{alternatives(GOODS_VI)}))?)")
_SUM_EN = (rf"(?P<sum>(?:VND|VNĐ)\s?{_NUM}(?:\s+(?:thousand|million|billion))?|"
           rf"{_NUM}(?:\s+(?:thousand|million|billion))?\s?(?:dong|VND|VNĐ))")
_ASKED_EN = lazy(rf"How\s+much\s+(?:(?P<be>is|are)|(?P<do>does|do))\s+{_THING_EN}(?(do)\s+cost)\s*\?+")
_KILO_EN = lazy(rf"How\s+much\s+(?:is\s+a\s+kilo\s+of\s+(?P<fruit>{alternatives(_KILO_VI)})|"
                rf"(?P<be>is|are)\s+(?P<fruit2>{alternatives(_KILO_VI)})\s+(?:a|per)\s+kilo)\s*\?+")
_SAID_EN = lazy(rf"{_THING_EN}(?:\s+(?P<costs>costs?)|(?P<be>['’]s|\s+is|\s+are))\s+{_SUM_EN}\s*(?P<end>[.!]*)")
_PAID_EN = [lazy(rf"{WHO_EN}\s+bought\s+{_THING_EN}\s+for\s+{_SUM_EN}\s*(?P<end>[.!]*)"),
            lazy(rf"How\s+much\s+did\s+{WHO_EN}\s+pay\s+for\s+{_THING_EN}\s*(?P<asked>\?+)")]
_DEGREE_VI = {"so": "{} quá", "very": "rất {}", "really": "{} thật", "a bit": "hơi {}", "a little": "hơi {}",
              "quite": "khá {}", "pretty": "khá {}", "": "{}"}
_QUALITY_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?(?:{_THING_EN}|(?P<that>(?i:that)))"
                   r"(?:(?P<be>['’]s|\s+is|\s+are)(?P<not>\s+not|n['’]t)?|(?P<nt>\s+isn['’]t|\s+aren['’]t))?\s+"
                   r"(?:(?P<deg>so|very|really|too|a\s+bit|a\s+little|quite|pretty)\s+)?(?P<adj>cheap|expensive)"
                   r"\s*(?P<end>[.!?]*)")
_GOOD_EN = lazy(r"(?:(?:That|It)(?:['’]s|\s+is)\s+a\s+(?P<adj>good|fair|reasonable)|What\s+a\s+(?P<great>good|"
                r"great))\s+price\s*(?P<end>[.!]*)")
_DISCOUNT_EN = lazy(rf"(?:Is\s+there\s+(?:a|any)\s+discount|Are\s+there\s+any\s+discounts|(?P<you>Do\s+you)\s+"
                    rf"(?:give|offer)\s+(?:any\s+)?discounts|(?P<do>Do|Does)\s+{WHO_EN}\s+get\s+a\s+discount|"
                    r"(?:Can|Could)\s+you\s+give\s+(?P<us>me|us)\s+a\s+(?P<bit>little\s+|small\s+)?discount)"
                    r"(?:,?\s+please)?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks or says what a thing costs or what someone paid, says a thing is
    cheap or dear, or asks for a discount; None for any other."""
    rules = (_asked, _kilo, _said, _paid, _quality, _good, _discount) if src == "vi" else (
        _asked_vi, _kilo_vi, _said_vi, _paid_vi, _quality_vi, _good_vi, _discount_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _thing_en(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THING in English, and whether it is many: ("this shirt", False), ("these shoes",
    True), ("this", False) for "cái này", ("these", True), ("it", False); None for a classifier that does not go with
    the thing ("đôi áo"), for a thing without "này" or with another's classifier."""
    if m["it"]:
        return "it", False
    if m["these"]:
        return "these", True
    one = keyed(m["one"] or "")
    if not m["thing"]:
        return ("this", False) if one in ("cái", "chiếc") else None
    return this_good(m["thing"], one)


def _be(thing: str, many: bool) -> str:
    """The thing and "is" or "are": "It's", "That's", "This is", "These shoes are"."""
    return "That's" if thing == "that" else capitalised(contracted(thing, "are" if many else "is"))


def _asked(text: str) -> str | None:
    """"Cái này bao nhiêu?" as "How much is this?", "Đôi giày này giá bao nhiêu tiền?" as "How much are these
    shoes?", "Giá bao nhiêu?" as "How much is it?", "Tổng cộng bao nhiêu tiền?" as "How much is it altogether?"
    (_ASKED); None for anything else."""
    m = _ASKED.fullmatch(text)
    if not m or m["end"] not in ("", "?"):
        return None
    if m["price"] or m["all"]:
        return f"How much is it{' altogether' * bool(m['all'])}?"
    thing = _thing_en(m)
    return thing and f"How much {'are' if thing[1] else 'is'} {thing[0]}?"


def _kilo(text: str) -> str | None:
    """"Quả xoài này bao nhiêu một cân?" as "How much are these mangoes per kilo?", "Một cân xoài bao nhiêu tiền?"
    as "How much is a kilo of mangoes?" (_KILO_ASKED); None for anything else."""
    m = _KILO_ASKED.fullmatch(text)
    if not m or m["end"] not in ("", "?"):
        return None
    if m["fruit2"]:
        return f"How much is a kilo of {BY_THE_KILO[keyed(m['fruit2'])]}?"
    said = BY_THE_KILO[keyed(m["fruit"])]
    many = said in _MANY_KILO
    return f"How much {'are these' if many else 'is this'} {said} per kilo?"


def _said(text: str) -> str | None:
    """"Cái áo này giá 200.000 đồng." as "This shirt costs VND200,000.", "Đôi giày này 500 nghìn đồng." as "These
    shoes cost VND500 thousand." (_SAID); None for anything else, and for a sum mt.amounts does not read whole."""
    m = _SAID.fullmatch(text)
    if not m or "?" in m["end"] or (thing := _thing_en(m)) is None or \
            (said := amounts.sum_said(m["sum"], "vi")) is None:
        return None
    return capitalised(f"{thing[0]} {'cost' if thing[1] else 'costs'} {said}{m['end'] or '.'}")


def _paid(text: str) -> str | None:
    """"Tôi mua cái áo này với giá 200.000 đồng." as "I bought this shirt for VND200,000.", "Bạn mua nó bao nhiêu
    tiền?" as "How much did you pay for it?" (_PAID); None for anything else."""
    m = _PAID.fullmatch(text)
    asked = bool(m and m["how"])
    if not m or asked != ("?" in m["end"]) or (thing := _thing_en(m)) is None or (said := who(m, asked)) is None:
        return None
    if asked:
        return f"How much did {said[0]} pay for {thing[0]}?"
    price = amounts.sum_said(m["sum"], "vi")
    return price and capitalised(f"{said[0]} bought {thing[0]} for {price}{m['end'] or '.'}")


def _quality(text: str) -> str | None:
    """"Rẻ quá!" as "That's so cheap!", "Đôi giày này rẻ quá." as "These shoes are so cheap.", "Cái điện thoại này
    đắt quá." as "This phone is too expensive.", "Cái áo này có đắt không?" as "Is this shirt expensive?", "Không
    đắt lắm." as "It isn't very expensive." (_QUALITY); None for anything else, and for "quá rẻ" (too, or so?)."""
    m = _QUALITY.fullmatch(text)
    if not m or (m["pre"] and m["post"]) or m["part"] and keyed(m["part"]) in ("đấy", "đó") and (m["pre"] or m["post"]):
        return None
    adj, pre, post = _DEAR[keyed(m["adj"])], keyed(m["pre"] or ""), keyed(m["post"] or "")
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and (asked or pre or post not in ("", "lắm")):
        return None
    if "quá" in (pre, post):
        if adj == "cheap" and pre or asked:
            return None
        degree = "too" if adj == "expensive" else "so"
    elif pre == "hơi" and adj == "cheap" or post == "vậy" and asked:
        return None
    else:
        degree = _DEGREE.get(pre or post, "")
    thing = _thing_en(m) if m["this"] or m["it"] or m["these"] else None
    if (m["this"] or m["these"]) and thing is None:
        return None
    said = f"{degree} {adj}".strip()
    if asked:
        return f"{'Are' if thing and thing[1] else 'Is'} {thing[0] if thing else 'it'} {said}?"
    if not thing and not (degree or m["not"] or keyed(m["part"] or "") in ("đấy", "đó")):
        return None  # ("Giá rẻ." is a shop's sign; "Rẻ." alone, a word)
    thing = thing or (("it" if m["not"] else "that"), False)
    if m["not"]:
        return capitalised(f"{thing[0]} {'aren' if thing[1] else 'isn'}'t {said}{m['end'] or '.'}")
    return f"{_be(*thing)} {said}{m['end'] or '.'}"


def _good(text: str) -> str | None:
    """"Giá tốt quá!" as "That's a really good price!", "Giá hợp lý đấy." as "That's a fair price." (_GOOD); None
    for anything else."""
    m = _GOOD.fullmatch(text)
    if not m:
        return None
    really = "really " * (keyed(m["post"]) not in ("đấy", "đó"))
    return f"That's a {really}{_FAIR[keyed(m['adj'])]} price{m['end'] or '.'}"


def _discount(text: str) -> str | None:
    """"Có giảm giá không?" as "Is there a discount?", "Bạn có giảm giá không?" as "Do you give discounts?", "Mẹ
    tôi có được giảm giá không?" as "Does my mother get a discount?", "Chị bớt cho em một chút được không?" as "Can
    you give me a little discount?" (_DISCOUNT, _FOR_US); None for anything else."""
    m = _DISCOUNT.fullmatch(text)
    if m and m["end"] in ("", "?"):
        if not (m["who"] or m["kin"] or m["given"] or m["titled"]):
            return "Is there a discount?"
        said = who(m, True)
        if said is None or said[0] == "you" and m["got"] and keyed(m["who"] or "") != "bạn":
            return None  # ("Em có được giảm giá không?": a buyer may say "em" of herself)
        if not m["got"]:
            return "Do you give discounts?" if said[0] == "you" else None
        return f"{'Does' if said[1] else 'Do'} {said[0]} get a discount?"
    m = _FOR_US.fullmatch(text)
    said = m and m["end"] in ("", "?") and who(m, True)
    if not said or said[0] in ("I", "we"):
        return None
    return f"Can {said[0]} give {_US[keyed(m['us'])]} a{' little' * bool(m['bit'])} discount?"


def _thing_vi(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether English said it as many: ("cái áo này", False)
    for "this shirt", ("đôi giày này", True) for "these shoes", "cái này" for "this" or "this one", "mấy cái này" for
    "these", "nó" for "it"; None where "this" or "these" does not go with the thing ("these shirt")."""
    if m["it"]:
        return "nó", False
    many = m["det"].lower() == "these"
    if not m["thing"]:
        return ("mấy cái này", True) if many and not m["one"] else ("cái này", False) if not many else None
    said = this_good_vi(m["thing"], many)
    return (said, many) if said else None


def _asked_vi(text: str) -> str | None:
    """"How much are these shoes?" as "Đôi giày này bao nhiêu tiền?", "How much does this phone cost?" as "Cái điện
    thoại này bao nhiêu tiền?" (_ASKED_EN); None for anything else, and where "is" or "does" does not agree."""
    m = _ASKED_EN.fullmatch(text)
    thing = m and _thing_vi(m)
    if not thing or thing[1] != ((m["be"] or m["do"]) in ("are", "do")):
        return None
    return "Bao nhiêu tiền?" if thing[0] == "nó" else capitalised(f"{thing[0]} bao nhiêu tiền?")


def _kilo_vi(text: str) -> str | None:
    """"How much is a kilo of mangoes?" as "Một cân xoài bao nhiêu tiền?", "How much are mangoes a kilo?" as "Xoài
    bao nhiêu tiền một cân?" (_KILO_EN); None for anything else, and where "is" or "are" does not agree."""
    m = _KILO_EN.fullmatch(text)
    if not m:
        return None
    if m["fruit"]:
        return f"Một cân {_KILO_VI[m['fruit']]} bao nhiêu tiền?"
    if (m["be"] == "are") != (m["fruit2"] in _MANY_KILO):
        return None
    return capitalised(f"{_KILO_VI[m['fruit2']]} bao nhiêu tiền một cân?")


def _said_vi(text: str) -> str | None:
    """"This shirt costs 200,000 dong." as "Cái áo này giá 200.000 đồng.", "It's VND50,000." as "Giá 50.000 đồng."
    (_SAID_EN); None for anything else, and where the verb does not agree."""
    m = _SAID_EN.fullmatch(text)
    thing = m and _thing_vi(m)
    price = thing and amounts.sum_said(m["sum"], "en")
    verb = m and (m["costs"] or m["be"]).strip().lower().replace("’", "'")
    if not price or thing[1] != (verb in ("cost", "are")) or verb == "cost" and m["it"]:
        return None
    return capitalised(f"{'' if thing[0] == 'nó' else thing[0] + ' '}giá {price}{m['end'] or '.'}")


def _paid_vi(text: str) -> str | None:
    """"I bought this shirt for 200,000 dong." as "Tôi mua cái áo này với giá 200.000 đồng.", "How much did you pay
    for it?" as "Bạn mua nó bao nhiêu tiền?" (_PAID_EN); None for anything else."""
    m = next((m for p in _PAID_EN if (m := p.fullmatch(text))), None)
    thing = m and _thing_vi(m)
    if not thing:
        return None
    who_ = who_vi(m)[0]
    if m.groupdict().get("asked"):
        return capitalised(f"{who_} mua {thing[0]} bao nhiêu tiền?")
    price = amounts.sum_said(m["sum"], "en")
    return price and capitalised(f"{who_} mua {thing[0]} với giá {price}{m['end'] or '.'}")


def _quality_vi(text: str) -> str | None:
    """"It's so cheap!" as "Rẻ quá!", "These shoes are so cheap!" as "Đôi giày này rẻ quá!", "Is this shirt
    expensive?" as "Cái áo này có đắt không?", "It isn't very expensive." as "Không đắt lắm." (_QUALITY_EN); None for
    anything else, for "too cheap", and where "is" or "are" does not agree."""
    m = _QUALITY_EN.fullmatch(text)
    if not m or (m["be"] or m["nt"]) and m["be0"] or not (m["be"] or m["nt"] or m["be0"]):
        return None
    asked, thing = bool(m["be0"]), None if m["that"] else _thing_vi(m)
    be = (m["be0"] or m["be"] or m["nt"]).strip().lower().replace("’", "'")
    if asked != ("?" in m["end"]) or not m["that"] and thing is None or \
            (thing[1] if thing else False) != be.startswith("are") or m["that"] and asked:
        return None
    adj, deg, neg = "rẻ" if m["adj"] == "cheap" else "đắt", " ".join((m["deg"] or "").split()), m["not"] or m["nt"]
    if deg == "too":
        if adj == "rẻ":
            return None
        said = f"{adj} quá"
    elif neg:
        said = f"không {adj}" + {"": "", "very": " lắm", "so": " lắm"}.get(deg, "?")
    else:
        said = _DEGREE_VI.get(deg, "{}").format(adj)
    subject = "" if not thing or thing[0] == "nó" else f"{thing[0]} "
    if asked:
        return None if neg or deg not in ("", "too", "very") else capitalised(
            f"{subject}có {adj}{' quá' * (deg == 'too')}{' lắm' * (deg == 'very')} không?")
    if "?" in said:
        return None
    end = m["end"] or "."
    if not subject:
        said += " đâu" if said == f"không {adj}" else " đấy" if said == adj else ""
    return capitalised(f"{subject}{said}{end}")


def _good_vi(text: str) -> str | None:
    """"That's a good price." as "Giá tốt đấy.", "What a good price!" as "Giá tốt quá!" (_GOOD_EN); None for
    anything else."""
    m = _GOOD_EN.fullmatch(text)
    if not m:
        return None
    if m["great"]:
        return f"Giá tốt quá{m['end'] or '!'}"
    return f"Giá {'tốt' if m['adj'] == 'good' else 'hợp lý'} đấy{m['end'] or '.'}"


def _discount_vi(text: str) -> str | None:
    """"Is there a discount?" as "Có giảm giá không?", "Do you give discounts?" as "Bạn có giảm giá không?", "Does
    my mother get a discount?" as "Mẹ tôi có được giảm giá không?", "Can you give me a little discount?" as "Bạn có
    thể giảm giá cho tôi một chút không?" (_DISCOUNT_EN); None for anything else, and where "does" does not agree."""
    m = _DISCOUNT_EN.fullmatch(text)
    if not m:
        return None
    if m["us"]:
        us = "tôi" if m["us"] == "me" else "chúng tôi"
        return f"Bạn có thể giảm giá cho {us}{' một chút' * bool(m['bit'])} không?"
    if m["do"]:
        who_, one = who_vi(m)
        return None if (m["do"] == "Does") != one else capitalised(f"{who_} có được giảm giá không?")
    return "Bạn có giảm giá không?" if m["you"] else "Có giảm giá không?"
