"""Haggling over a price at a market or a shop, both ways, written whole by rule: asking for it cheaper or for a
discount, offering a sum, taking it at a sum, the seller's final or best price, not going any lower, a discount for
buying two; and haggling itself, as a skill, a liking, a rule of the market, a price beaten down. v8 (with the other
rules on): "Rẻ hơn một chút được không?" → "Is it a little better?", "Bớt cho tôi một chút đi." → "I gave me a little
bit away.", "150.000 đồng được không?" → "VND150,000 Can't?", "Không bớt được nữa." → "It's not recommended.", "Giá cuối
bao nhiêu?" → "How much prices are the end?", "Được rồi, tôi lấy." → "All right, I took."; "I'll take it for 200,000." →
"Tôi sẽ mất 200.000." (lose), "OK, I'll take it." → "OK, tôi sẽ đưa nó." (give), "Can you knock a bit off?" → "Bạn có
thể gõ cửa một chút được không?" (knock at the door). It reads "mặc cả" (haggle) as wearing, "trả giá" as paying, and
leaves "haggle" in English: "Tôi không giỏi mặc cả." → "I'm not good at wearing.", "Chị ấy mặc cả rất giỏi." → "She is
dressed very well.", "Bạn có biết mặc cả không?" → "Do you know that although?", "Tôi ngại mặc cả." → "I'm afraid to
wear all.", "Ở chợ phải mặc cả." → "In the market must be worn.", "Tôi trả giá xuống còn 100 nghìn." → "I returned the
price to VND100 thousand."; "She's great at haggling." → "Cô ấy rất haggling.", "I hate haggling." → "Tôi ghét đồ chơi."
(toys), "You have to haggle at the market." → "Bạn phải tham gia vào chợ.".

Taken: asking the seller (none named, or one of mt.ever.YOU) to make it (a bit) cheaper ("Rẻ hơn một chút được không?",
"Can you make it a bit cheaper?") or for a (little) discount or a sum off ("Bớt cho tôi một chút đi.", "Can you knock
VND50,000 off?"); a sum offered ("100 nghìn được không?", "Tôi trả 100 nghìn được không?", "How about 100,000?"); taking
it, at a sum or after "OK" ("200 nghìn thì tôi lấy.", "OK, I'll take it."); the final, best or lowest price, said ("Đây
là giá cuối rồi.", "No, that's my last price.") or asked ("Giá cuối là bao nhiêu?", "Is that your final price?"); not
going any lower, or no discount ("Không bớt được nữa.", "I can't go any lower."); a discount asked for buying two or
more ("Mua hai cái có được giảm không?", "Do we get a discount if we buy three?"); a bit dear ("Hơi đắt một chút.", "The
price is a bit high.", "Too expensive!"); who (mt.hobbies.WHO, WHO_EN; no pet) good at haggling, knowing how to, liking,
hating or minding it, said, denied or asked ("Chị ấy mặc cả rất giỏi.", "Tôi ngại mặc cả.", "Can you haggle?", "I don't
mind haggling."); a rule of haggling at the market or the supermarket: have to, should, can, can't ("Đi chợ phải biết
trả giá.", "You can't haggle at the supermarket."); who haggled it down to a sum ("Tôi trả giá được xuống còn 100
nghìn.").
"trả giá" is haggling only in those shapes (not with "cho": "Anh ấy phải trả giá cho sai lầm của mình."). Sums of đồng
are read and written by mt/amounts.py ("VND100 thousand", "100.000 đồng"); a bare sum of thousands keeps its digits
("100.000" "100,000"). Left: the phrasebook's list ("Bớt cho tôi đi.", "Rẻ hơn được không?", "Can you make it
cheaper?"), prices, cheap or dear and discounts asked of who by mt/prices.py ("Anh bớt cho tôi được không?", "It's a bit
expensive."), cheaper things (mt/comparisons.py), paying (mt/bills.py, mt/transfers.py), "anh", "chị", "em" alone saying
they cannot go lower, will take it or are good at haggling (the seller or the buyer? the speaker or you?), "Bớt đi."
(less of what?), a sum alone ("100 nghìn?": an echo) or in words ("một trăm nghìn"), "That's the best I can do." (of
anything), "Giá thấp nhất là bao nhiêu?" (v8 is right enough), who has to or used to haggle ("Tôi phải mặc cả.": has or
had to?), "Ở chợ không mặc cả." (does not, or may not?), haggling ahead, "Can I haggle?" and "You can haggle." (may
I? may you?), "I haggle." (a habit), "not great at it" (how good?), "Tôi trả giá xuống còn 100 nghìn." (without
"được": bid, or got?), "Hơi đắt một chút nhỉ." (isn't it?).
mt.phrasebook.translate tries these after mt/sights.py.

    >>> translate("Rẻ hơn một chút được không?", "vi", "en"), translate("I'm not good at haggling.", "en", "vi")
    ('Can you make it a bit cheaper?', 'Tôi không giỏi mặc cả.')
"""
from __future__ import annotations

import re

from . import amounts
from .ever import YOU
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN, restyled
from .rule_keys import key_checked
from .text import SOFTENED_END, SOFTENER, alternatives, be_said, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bớt|giảm|\brẻ|giá|lấy|đắt|mắc|mặc\s+cả|\d)"),
         "en": lazy(r"(?i:cheap|discount|price|\btake|\blower|expensive|knock|haggl|bargain|\d)")}

# the buyer, as whom ("bớt cho tôi": give me), and the buyer or the seller speaking ("Tôi không bớt được nữa.")
_BUYER = {"tôi": "me", "mình": "me", "em": "me", "cháu": "me", "con": "me", "chúng tôi": "us", "chúng mình": "us"}
_ME = r"(?P<me>(?i:tôi|chúng\s+tôi))"
_ME_EN = {"I": "tôi", "We": "chúng tôi", "we": "chúng tôi"}
# a sum of đồng, as mt.amounts reads it after "giá", or thousands grouped ("100.000")
_SUM = r"(?P<sum>\d+(?:[.,]\d+)*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|k|K|tr)(?:\s+rưỡi)?)?(?:\s*(?:đồng|đ|VND|VNĐ))?)"
_SUM_EN = (r"(?P<sum>(?:VND|VNĐ)\s?\d+(?:[.,]\d+)*(?:\s+(?:thousand|million))?|\d+(?:[.,]\d+)*"
           r"(?:\s+(?:thousand|million))?(?:\s?(?:dong|VND|VNĐ))?)")
_BIT = r"(?P<bit>\s+(?:một\s+)?(?:chút|tí|ít))"
_THANKS = r"(?:\s+(?:nhé|nha|đi))?"
_END = r"\s*(?P<end>[.!]*)"
_US = rf"(?:\s+cho\s+(?P<us>{alternatives(_BUYER)}))?"  # (to whom: "bớt cho tôi")
_ASK_END = rf"\s+(?P<how>(?:được\s+)?không|đi){SOFTENED_END}"

# cheaper, asked of the seller ("Rẻ hơn một chút được không?", "Chị bán rẻ hơn cho em được không?")
_CHEAPER = lazy(rf"(?:(?P<you>(?i:{YOU}))\s+)?(?:(?P<can>(?i:có\s+thể))\s+|(?P<co>(?i:có))\s+)?"
                rf"(?:(?P<sell>(?i:bán|để))\s+)?(?i:rẻ)\s+hơn{_US}{_BIT}?{_ASK_END}")
# a discount or a sum off, asked ("Bớt cho tôi một chút đi."); not with "nhé", the seller's too ("Chị bớt cho em nhé.")
_DISCOUNT = lazy(rf"(?:(?P<you>(?i:{YOU}))\s+)?(?:(?P<can>(?i:có\s+thể))\s+)?(?i:bớt|giảm\s+giá)"
                 rf"{_US}(?:{_BIT}|\s+{_SUM})?{_ASK_END}")
# a sum offered ("100 nghìn được không?", "Để 100 nghìn nhé?", "Tôi trả 100 nghìn được không?")
_OFFER = lazy(rf"(?:{_ME}\s+trả\s+|(?P<sell>(?i:bán|để)){_US}\s+)?{_SUM}"
              rf"(?:\s+thôi)?\s+(?P<how>được\s+không|nhé|nha){SOFTENER}\s*(?P<end>[.?]*)")
# taking it ("200 nghìn thì tôi lấy.", "Tôi lấy với giá 200 nghìn.", "Được rồi, tôi lấy.")
_OK = {"được": "OK", "được rồi": "All right", "thôi được": "All right", "ok": "OK", "okay": "OK"}
_OK_VI = {"OK": "Được", "Okay": "Được", "Fine": "Được", "All right": "Thôi được", "Alright": "Thôi được"}
_OK_SAID = rf"(?:(?P<ok>(?i:{alternatives(_OK)}))\s*,\s*)?"
_TAKE = [lazy(rf"{_OK_SAID}{_SUM}\s+(?:thì\s+)?{_ME}\s+lấy(?P<this>){_THANKS}{_END}"),
         lazy(rf"{_OK_SAID}{_ME}\s+(?:sẽ\s+)?lấy(?:\s+(?P<this>cái\s+này|nó))?(?:\s+với\s+giá\s+{_SUM})?"
              rf"(?P<nhe>\s+nhé)?{_END}")]
# the final, best or lowest price ("Đây là giá cuối rồi.", "Giá cuối là bao nhiêu?", "Đó là giá cuối rồi à?")
_KIND = {"cuối": "final", "cuối cùng": "final", "chót": "final", "tốt nhất": "best", "thấp nhất": "lowest"}
_KIND_VI = {"final": "cuối", "last": "cuối", "bottom": "thấp nhất", "best": "tốt nhất", "lowest": "thấp nhất"}
_KINDS = r"(?P<kind>cuối(?:\s+cùng)?|chót|tốt\s+nhất|thấp\s+nhất)"
_FINAL = lazy(rf"(?:(?P<no>(?i:không)(?:\s+được)?)\s*,\s*)?(?:(?P<that>(?i:đây|đó))\s+là\s+)?(?i:giá)\s+"
              rf"{_KINDS}(?:\s+(?P<done>rồi|đấy))?(?:\s+(?:đấy|ạ))?{_END}")
_FINAL_ASKED = lazy(rf"(?:(?P<that>(?i:đây|đó))\s+là\s+giá\s+{_KINDS}\s+(?:rồi\s+)?(?:à|hả|phải\s+không)|"
                    rf"(?i:giá)\s+(?P<kind2>cuối(?:\s+cùng)?|chót|tốt\s+nhất)\s+(?:là\s+)?bao\s+nhiêu"
                    rf"(?:\s+tiền)?){SOFTENER}\s*\?+")
# not going any lower ("Không bớt được nữa.", "Tôi không thể giảm giá thêm nữa.")
_CANT = lazy(rf"(?:{_ME}\s+)?(?i:không)\s+(?:(?P<can>thể)\s+)?(?:bớt|giảm\s+giá)(?:\s+thêm)?(?:\s+(?P<got>được))?"
             rf"(?P<more>(?:\s+thêm)?\s+nữa)?(?:\s+(?:đâu|ạ))*{_END}")
# a discount for buying two or more ("Mua hai cái có được giảm không?", "Nếu tôi mua ba đôi thì có được bớt không?")
_COUNTS = "|".join(list(VI_TO_EN)[1:]) + r"|\d{1,2}"
_TWO = lazy(rf"(?:(?i:nếu)\s+)?(?:{_ME}\s+)?(?i:mua)\s+(?P<n>{_COUNTS})\s+(?P<one>cái|chiếc|đôi)"
            r"(?:\s+(?:thì|là))?\s+có\s+được\s+(?:giảm(?:\s+giá)?|bớt)\s+không" + SOFTENER + r"\s*\?+")
# a bit dear ("Hơi đắt một chút.", "Cái này hơi đắt một chút.")
_BIT_DEAR = lazy(r"(?:(?P<this>(?i:cái\s+này))\s+|(?i:nó)\s+)?(?i:hơi)\s+(?:đắt|mắc)\s+(?:một\s+)?(?:chút|tí)"
                 rf"(?:\s+ạ)?{_END}")  # (not "nhỉ": isn't it?)

# ... and in English
_PLEASE = r"(?:,?\s+please)?\s*\?+"
_CAN_YOU = r"(?:Can|Could)\s+you\s+(?:please\s+)?"
_CHEAPER_EN = lazy(rf"{_CAN_YOU}(?:make|do|sell)\s+it\s+(?P<bit>a\s+(?:bit|little)\s+)?cheaper"
                   rf"(?:\s+for\s+(?P<us>me|us))?{_PLEASE}")
_OFF_EN = lazy(rf"{_CAN_YOU}(?:knock|take)\s+(?:(?P<bit>a\s+(?:bit|little))|{_SUM_EN})\s+off(?:\s+the\s+price)?"
               rf"{_PLEASE}")
_BETTER_EN = lazy(rf"{_CAN_YOU}give\s+(?P<us>me|us)\s+a\s+better\s+price{_PLEASE}")
_OFFER_EN = lazy(rf"(?:(?:How|What)\s+about|(?:Can|Could)\s+you\s+do(?:\s+it\s+for)?|(?:Would|Will)\s+you\s+"
                 rf"(?:take|accept|do)|(?:Can|Could)\s+I\s+have\s+it\s+for)\s+{_SUM_EN}{_PLEASE}")
_TAKE_EN = lazy(rf"(?:(?P<ok>{alternatives(_OK_VI)})\s*,?\s+)?(?P<me>I|[Ww]e)(?:['’]ll|\s+will)\s+take\s+"
                rf"(?:it|(?P<this>this(?:\s+one)?))(?:\s+for\s+{_SUM_EN})?{_END}")
_FINAL_EN = lazy(r"(?:(?P<no>No|Sorry)\s*,\s*)?(?:(?P<that>[Tt]hat)(?:['’]s|\s+is)|(?P<this>[Tt]his)\s+is)\s+"
                 rf"(?:my|our|the)\s+(?P<kind>final|last|best|lowest|bottom)\s+price{_END}")
_FINAL_ASKED_EN = lazy(r"(?:What(?:['’]s|\s+is)\s+(?:your|the)|(?P<that>Is\s+that)\s+your)\s+"
                       r"(?P<kind>final|last|best|lowest|bottom)\s+price\s*\?+")
_CANT_EN = lazy(r"(?P<me>I|We)\s+(?:can['’]t|cannot|can\s+not)\s+(?:go\s+(?:any\s+)?lower(?:\s+than\s+that)?|"
                r"make\s+it\s+any\s+cheaper|lower\s+(?:it|the\s+price)\s+any\s+(?:more|further)|"
                rf"(?P<any>give\s+(?:you\s+)?(?:a|any)\s+discount)){_END}")
_TWO_EN = lazy(r"(?:(?:Can|Could|Do|Will)\s+(?P<me>I|we)\s+get|Is\s+there)\s+a\s+discount\s+if\s+(?P<me2>I|we)\s+"
               rf"buy\s+(?P<n>{'|'.join(list(EN_TO_VI)[1:])}|\d{{1,2}})(?P<pairs>\s+pairs)?(?:\s+of\s+them)?"
               r"\s*\?+", re.IGNORECASE)
_HIGH_EN = {"a bit": "hơi cao", "a little": "hơi cao", "too": "cao quá", "very": "rất cao", "quite": "khá cao"}
_HIGH = lazy(rf"(?:The|the)\s+price\s+is\s+(?P<deg>{alternatives(_HIGH_EN)})\s+high{_END}")
_TOO_DEAR = lazy(rf"Too\s+expensive{_END}")

# haggling itself; "trả giá" only so (it is paying a price too: "Anh ấy phải trả giá cho sai lầm của mình.")
_HAGGLE = r"(?:mặc\s+cả|trả\s+giá)"
_GOOD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<deg>rất|khá)\s+)?(?P<how>giỏi|biết|thích|ghét|ngại)"
             rf"\s+{_HAGGLE}(?P<much>\s+lắm)?(?:\s+(?P<asked>không))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
_WELL = lazy(rf"{WHO}\s+{_HAGGLE}\s+(?:(?P<not>không)\s+)?(?:(?P<deg>rất|khá)\s+)?(?P<how>giỏi)(?P<much>\s+lắm)?{_END}")
_FELT = {"giỏi": ("good", "at haggling"), "biết": ("know", "how to haggle"), "thích": ("like", "haggling"),
         "ghét": ("hate", "haggling"), "ngại": ("feel", "awkward haggling")}  # (English verb, "-s" after one; be good)
# where one has to haggle ("Ở chợ phải mặc cả.", "Đi chợ phải biết trả giá.", "Ở siêu thị không mặc cả được.")
_PLACES = {"chợ": "at the market", "chợ đêm": "at the night market", "siêu thị": "at the supermarket"}
_MODALS = {"phải": "have to", "nên": "should", "không nên": "shouldn't", "có thể": "can", "không thể": "can't",
           "không": "can't"}  # ("không" only with "được" after: "Ở siêu thị không mặc cả được.")
_MUST = lazy(rf"(?:(?i:khi)\s+)?(?i:ở|đi)\s+(?P<place>{alternatives(_PLACES)})(?:\s+thì)?\s*,?\s+"
             rf"(?:(?P<modal>{alternatives(_MODALS)})\s+)?(?P<know>biết\s+)?{_HAGGLE}(?P<got>\s+được)?{_END}")
# a price beaten down to a sum ("Tôi trả giá được xuống còn 100 nghìn."; without "được" only bid, or got?)
_DOWN = lazy(rf"{WHO}\s+(?:đã\s+)?{_HAGGLE}\s+được\s+xuống(?:\s+còn)?\s+{_SUM}(?:\s+rồi)?{_END}")
# ... and in English
_GOOD_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+(?:am|is|are)|['’](?:m|s|re))?(?P<not>\s+not|n['’]t)?"
                r"\s+(?:(?P<deg>very|really|quite|pretty)\s+)?(?P<how>good|great)\s+at\s+(?:haggling|bargaining)"
                r"\s*(?P<end>[.!?]*)")
_DO_EN = lazy(rf"(?:(?P<q>Do|Does|Can)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|can)\s*not|\s+(?:don|doesn|can)['’]t|"
              r"\s+can)?(?:\s+(?P<deg>really))?\s+(?:(?P<verb>like|love|hate|enjoy|mind|know)(?P<s>s)?\s+)?"
              r"(?P<what>(?:how\s+)?to\s+(?:haggle|bargain)|haggle|bargain|haggling|bargaining)\s*(?P<end>[.!?]*)")
_VERBS_VI = {"like": "thích", "enjoy": "thích", "love": "thích", "hate": "ghét", "mind": "ngại"}  # (else "biết")
_DEGREES_VI = {"very": "rất", "really": "rất", "quite": "khá", "pretty": "khá", None: ""}
_PLACES_VI = {en: vi for vi, en in _PLACES.items()} | {"in the market": "chợ", "in markets": "chợ"}
_MODALS_VI = {"have to": "phải", "must": "phải", "need to": "phải", "should": "nên", "shouldn't": "không nên",
              "can": "có thể", "can't": "không thể", "cannot": "không thể"}  # (after "’" is read as "'")
_MUST_EN = lazy(rf"(?:(?P<place0>(?i:{alternatives(_PLACES_VI)}))\s*,?\s+)?(?:you|You)\s+"
                rf"(?P<modal>{alternatives(_MODALS_VI)})\s+(?P<know>know\s+how\s+to\s+)?(?:haggle|bargain)"
                rf"(?:\s+(?P<place>{alternatives(_PLACES_VI)}))?{_END}")
_DOWN_EN = lazy(rf"{WHO_EN}\s+(?:haggled|bargained)\s+(?:it|the\s+price)\s+down\s+to\s+{_SUM_EN}{_END}")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that haggles over a price (what the module docstring takes); None for any other."""
    rules = (_cheaper, _discount, _offer, _take, _final, _cant, _two, _bit_dear, _good, _must, _down) if src == "vi" \
        else (_cheaper_vi, _offer_vi, _take_vi, _final_vi, _cant_vi, _two_vi, _dear_vi, _skill_vi, _must_vi, _down_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def money_en(said: str) -> str | None:
    """A sum of đồng in English: "100 nghìn" "VND100 thousand", "150.000 đồng" "VND150,000", "100.000" (bare
    thousands) "100,000"; None for anything else ("100", "100,5")."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", said):
        return restyled(said, "en")
    return amounts.sum_said(said, "vi")


def money_vi(said: str) -> str | None:
    """A sum of đồng in Vietnamese: "100,000 dong" "100.000 đồng", "100,000" "100.000", "100 thousand" "100 nghìn";
    None for anything else ("100", "VND100")."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", said):
        return restyled(said, "vi")
    if re.fullmatch(r"\d+\s+(?:thousand|million)", said):
        return (amounts.sum_said(f"{said} dong", "en") or "").removesuffix(" đồng") or None
    return amounts.sum_said(said, "en")


def _asked(m: re.Match) -> bool:
    """Whether a match asking the seller is asked as Vietnamese asks: "không" after "có thể", "được không", or "đi"
    (a request); not "không" alone ("Bớt không?") nor a question after "đi"."""
    how = m["how"]
    return (how != "không" or bool(m["can"])) and not (how == "đi" and "?" in m["end"]) and "!" not in m["end"]


def _cheaper(text: str) -> str | None:
    """"Chị bán rẻ hơn cho em được không?" as "Can you make it cheaper for me?" (_CHEAPER); None for anything else,
    for "có" without "được" ("Có rẻ hơn không?": is it?), and for the seller named without "bán" ("Bạn rẻ hơn …")."""
    m = _CHEAPER.fullmatch(text)
    if not m or not _asked(m) or m["co"] and m["how"] != "được không" or m["you"] and not m["sell"]:
        return None
    us = f" for {_BUYER[keyed(m['us'])]}" if m["us"] else ""
    return f"Can you make it{' a bit' * bool(m['bit'])} cheaper{us}?"


def _discount(text: str) -> str | None:
    """"Bớt cho tôi một chút đi." as "Can you give me a little discount?", "Bớt cho tôi 50 nghìn đi." as "Can you take
    VND50 thousand off?" (_DISCOUNT); None for anything else, and for the seller and the buyer named (mt/prices.py)."""
    m = _DISCOUNT.fullmatch(text)
    if not m or not _asked(m) or m["you"] and m["us"] and m["how"] != "đi" and not m["sum"] or not (
            m["us"] or m["bit"] or m["sum"] or m["can"] or m["how"] == "được không"):
        return None  # (and "Bớt đi.": less of what?)
    if m["sum"]:
        said = money_en(m["sum"])
        return said and f"Can you take {said} off?"
    return f"Can you give {_BUYER[keyed(m['us'])] if m['us'] else 'me'} a{' little' * bool(m['bit'])} discount?"


def _offer(text: str) -> str | None:
    """"100 nghìn được không?" as "How about VND100 thousand?", "Tôi trả 100 nghìn được không?" as "Would you take
    VND100 thousand?" (_OFFER); None for anything else, and for a sum not of đồng ("2 được không?")."""
    m = _OFFER.fullmatch(text)
    said = m and money_en(m["sum"])
    return (f"Would you take {said}?" if m["me"] else f"How about {said}?") if said else None


def _take(text: str) -> str | None:
    """"200 nghìn thì tôi lấy." as "I'll take it for VND200 thousand.", "Được, tôi lấy cái này." as "OK, I'll take
    this one." (_TAKE); None for anything else, and for "Tôi lấy." alone (took, or will take?)."""
    m = next((m for p in _TAKE if (m := p.fullmatch(text))), None)
    price = m and m["sum"] and money_en(m["sum"])
    if not m or not (m["ok"] or m["sum"] or m.groupdict().get("nhe")) or m["this"] and m["sum"] or (
            m["sum"] and not price):
        return None
    ok = f"{_OK[keyed(m['ok'])]}, " if m["ok"] else ""
    me = "I" if keyed(m["me"]) == "tôi" else "we" if ok else "We"
    thing = "this one" if m["this"] and keyed(m["this"]) == "cái này" else "it"
    return f"{ok}{me}'ll take {thing}{f' for {price}' if price else ''}{m['end'] or '.'}"


def _final(text: str) -> str | None:
    """"Đây là giá cuối rồi." as "That's my final price.", "Giá cuối là bao nhiêu?" as "What's your final price?"
    (_FINAL, _FINAL_ASKED); None for anything else, and for "giá cuối" with neither "đây", "đó" nor "rồi"."""
    if m := _FINAL_ASKED.fullmatch(text):
        return ("Is that" if m["that"] else "What's") + f" your {_KIND[keyed(m['kind'] or m['kind2'])]} price?"
    m = _FINAL.fullmatch(text)
    if not m or not (m["that"] or m["done"]):
        return None
    kind = _KIND[keyed(m["kind"])]
    whose = "my" if kind == "final" else "the"  # (the best price found, said by the buyer too)
    return f"{'No, t' if m['no'] else 'T'}hat's {whose} {kind} price{m['end'] or '.'}"


def _cant(text: str) -> str | None:
    """"Không bớt được nữa." as "I can't go any lower." (_CANT); None for anything else, and for "Không bớt nữa."."""
    m = _CANT.fullmatch(text)
    if not m or not (m["can"] or m["got"]):
        return None
    me = "We" if m["me"] and keyed(m["me"]) == "chúng tôi" else "I"
    return f"{me} can't {'go any lower' if m['more'] else 'give you a discount'}{m['end'] or '.'}"


def _two(text: str) -> str | None:
    """"Mua hai cái có được giảm không?" as "Can I get a discount if I buy two?" (_TWO); None for anything else."""
    m = _TWO.fullmatch(text)
    if not m:
        return None
    me, n = "we" if m["me"] and keyed(m["me"]) == "chúng tôi" else "I", VI_TO_EN.get(keyed(m["n"]), m["n"])
    return f"Can {me} get a discount if {me} buy {n}{' pairs' * (m['one'] == 'đôi')}?"


def _bit_dear(text: str) -> str | None:
    """"Cái này hơi đắt một chút." as "This is a bit expensive." (_BIT_DEAR); None for anything else."""
    m = _BIT_DEAR.fullmatch(text)
    it = "This is" if m and m["this"] else "It's"
    return m and f"{it} a bit expensive{m['end'] or '.'}"


def _cheaper_vi(text: str) -> str | None:
    """"Can you make it a bit cheaper?" as "Bớt cho tôi một chút được không?", "Can you knock VND50,000 off?" as "Bớt
    cho tôi 50.000 đồng được không?" (_CHEAPER_EN, _OFF_EN, _BETTER_EN); None for anything else."""
    if m := _CHEAPER_EN.fullmatch(text) or _BETTER_EN.fullmatch(text):
        us = "chúng tôi" if m["us"] == "us" else "tôi"
        return f"Bớt cho {us}{' một chút' * bool(m.groupdict().get('bit'))} được không?"
    m = _OFF_EN.fullmatch(text)
    if not m:
        return None
    said = " một chút" if m["bit"] else (price := money_vi(m["sum"])) and f" {price}"
    return said and f"Bớt cho tôi{said} được không?"


def _offer_vi(text: str) -> str | None:
    """"How about 100,000?" as "100.000 được không?" (_OFFER_EN); None for anything else and a sum not of đồng."""
    m = _OFFER_EN.fullmatch(text)
    said = m and money_vi(m["sum"])
    return said and f"{said} được không?"


def _take_vi(text: str) -> str | None:
    """"I'll take it for 200,000 dong." as "Tôi lấy với giá 200.000 đồng.", "OK, I'll take it." as "Được, tôi lấy."
    (_TAKE_EN); None for anything else, and for "I'll take it." alone (of anything)."""
    m = _TAKE_EN.fullmatch(text)
    price = m and m["sum"] and money_vi(m["sum"])
    if not m or not (m["ok"] or m["sum"]) or m["sum"] and not price:
        return None
    ok = f"{_OK_VI[' '.join(m['ok'].split())]}, " if m["ok"] else ""
    said = f"{_ME_EN[m['me']]} lấy{' cái này' * bool(m['this'])}{f' với giá {price}' if price else ''}"
    return capitalised(f"{ok}{said}{m['end'] or '.'}")


def _final_vi(text: str) -> str | None:
    """"That's my final price." as "Đó là giá cuối rồi.", "What's your best price?" as "Giá tốt nhất là bao nhiêu?"
    (_FINAL_EN, _FINAL_ASKED_EN); None for anything else."""
    if m := _FINAL_ASKED_EN.fullmatch(text):
        return f"Đó là giá {_KIND_VI[m['kind']]} rồi à?" if m["that"] else f"Giá {_KIND_VI[m['kind']]} là bao nhiêu?"
    m = _FINAL_EN.fullmatch(text)
    if not m:
        return None
    no = {"No": "Không, ", "Sorry": "Xin lỗi, ", None: ""}[m["no"]]
    that = "đây" if m["this"] else "đó"
    return capitalised(f"{no}{that if no else that.capitalize()} là giá {_KIND_VI[m['kind']]} rồi{m['end'] or '.'}")


def _cant_vi(text: str) -> str | None:
    """"I can't go any lower." as "Tôi không bớt được nữa." (_CANT_EN); None for anything else."""
    m = _CANT_EN.fullmatch(text)
    return m and capitalised(f"{_ME_EN[m['me']]} không bớt được{'' if m['any'] else ' nữa'}{m['end'] or '.'}")


def _two_vi(text: str) -> str | None:
    """"Can I get a discount if I buy two?" as "Nếu tôi mua hai cái thì có được giảm giá không?" (_TWO_EN); None for
    anything else, and where who buys is not who gets it ("Can I … if we buy two?")."""
    m = _TWO_EN.fullmatch(text)
    if not m or m["me"] and m["me"].lower() != m["me2"].lower():
        return None
    n = m["n"].lower()
    said = f"{EN_TO_VI.get(n, n)} {'đôi' if m['pairs'] else 'cái'}"
    return f"Nếu {'tôi' if m['me2'].lower() == 'i' else 'chúng tôi'} mua {said} thì có được giảm giá không?"


def _dear_vi(text: str) -> str | None:
    """"The price is a bit high." as "Giá hơi cao.", "Too expensive!" as "Đắt quá!" (_HIGH, _TOO_DEAR); None else."""
    if m := _HIGH.fullmatch(text):
        return f"Giá {_HIGH_EN[' '.join(m['deg'].split())]}{m['end'] or '.'}"
    m = _TOO_DEAR.fullmatch(text)
    return m and f"Đắt quá{m['end'] or '!'}"


def _good(text: str) -> str | None:
    """"Chị ấy mặc cả rất giỏi." as "She is very good at haggling.", "Tôi không ngại mặc cả." as "I don't mind
    haggling." (_GOOD, _WELL); None for anything else, a pet, and a degree the word does not take ("rất biết")."""
    m = _GOOD.fullmatch(text) or _WELL.fullmatch(text)
    g = m.groupdict() if m else {}
    asked, how, deg, much = bool(g.get("asked")), keyed(g.get("how") or ""), keyed(g.get("deg") or ""), g.get("much")
    if not m or animal(m) or asked != ("?" in m["end"]) or g.get("ask") and not asked or asked and m["not"] or (
            m["not"] and deg or deg and much or how == "ghét" and (m["not"] or deg == "khá")):
        return None
    if (deg or much) and (how in ("biết", "ngại") or asked and how != "giỏi") or (said := who(m, asked)) is None:
        return None  # ("rất biết"; "Bạn có thích mặc cả lắm không?": a lot, not "really")
    (who_, one), (verb, rest) = said, _FELT[how]
    if how == "ngại" and (m["not"] or asked):
        verb, rest = "mind", "haggling"  # ("Bạn có ngại mặc cả không?": do you mind it?)
    adv = f"{'very' if verb == 'good' else 'really'} " if deg == "rất" or much else "quite " if deg else ""
    aux = ("am" if who_ == "I" else "is" if one else "are") if verb == "good" else "does" if one else "do"
    if asked:
        return f"{aux.capitalize()} {who_} {adv}{verb} {rest}?"
    if m["not"]:
        head = "'m not" if aux == "am" else f" {aux}n't"
    else:  # ("I'm good at it", "she is"; "she likes it")
        head, verb = ("'m" if aux == "am" else f" {aux}", verb) if verb == "good" else ("", verb + "s" * one)
    return capitalised(f"{who_}{head} {adv}{verb} {rest}{m['end'] or '.'}")


def _must(text: str) -> str | None:
    """"Ở chợ phải mặc cả." as "You have to haggle at the market.", "Ở siêu thị không mặc cả được." as "You can't
    haggle at the supermarket." (_MUST); None for anything else, and "không" without "được" (does not, or may not?)."""
    m = _MUST.fullmatch(text)
    modal = m and keyed(m["modal"] or "")
    if not m or modal not in ("có thể", "không thể") and bool(m["got"]) != (modal in ("", "không")) or (
            m["know"] and modal not in ("phải", "nên")):
        return None
    said = _MODALS.get(modal, "can")
    return f"You {said} {'know how to ' * bool(m['know'])}haggle {_PLACES[keyed(m['place'])]}{m['end'] or '.'}"


def _down(text: str) -> str | None:
    """"Tôi trả giá được xuống còn 100 nghìn." as "I haggled it down to VND100 thousand." (_DOWN); None for anything
    else, for a pet, for a sum not of đồng, and without "được" (bid, or got?)."""
    m = _DOWN.fullmatch(text)
    said = None if not m or animal(m) else who(m, False)
    price = said and money_en(m["sum"])
    return capitalised(f"{said[0]} haggled it down to {price}{m['end'] or '.'}") if price else None


def _skill_vi(text: str) -> str | None:
    """"She's great at haggling." as "Cô ấy rất giỏi mặc cả.", "Can you haggle?" as "Bạn có biết mặc cả không?"
    (_GOOD_EN, _DO_EN); None for anything else, a verb that does not agree with who, "not great", "Can I haggle?" (may
    I?), "I haggle." (a habit), "You can haggle." (may you?), "not" or "really" asked."""
    m = _GOOD_EN.fullmatch(text) or _DO_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    (vi, one), q, aux, deg = who_vi(m), m["q"], (m["aux"] or "").lower(), _DEGREES_VI[m["deg"]]
    if m.re == _GOOD_EN:
        am = "am" if (m["who"] or "").lower() == "i" else "is" if one else "are"
        great, not_, verb = m["how"] == "great", bool(m["not"]), "giỏi"
        if bool(q) == bool(aux) or be_said(q or aux) != am or great and (q or not_ or deg) or q and (deg or not_) or (
                not_ and deg == "khá"):
            return None
        deg = "rất" if great else deg
    else:
        verb, what, aux = m["verb"], " ".join(m["what"].lower().split()), (q or aux).lower()
        not_, can, ing = "not" in aux or "n't" in aux or "n’t" in aux, "can" in aux, what.endswith("ing")
        if q and m["aux"] or can != (verb is None) or can and (deg or "to" in what or q and vi in ("tôi", "chúng tôi")
                                                               or not q and vi in ("bạn", "chúng tôi", "họ")):
            return None  # ("Can I haggle here?": may I; "You can haggle.": may you, or are you able to?)
        agrees = not m["s"] and ("do" not in aux or ("does" in aux) == one) if aux else bool(m["s"]) == one
        # (a verb not agreeing with who, "know" without "how to", "enjoy to haggle", "I like haggle", "I mind it";
        # "Do you really like it?" is not "rất")
        if verb and (not agrees or (verb == "know") != what.startswith("how") or verb in ("enjoy", "mind") and not ing
                     or what in ("haggle", "bargain") or verb == "mind" and not (not_ or q) or deg and (
                         q or verb not in ("like", "hate")) or (not_ or q) and verb == "love" or (
                         verb == "hate" and not_)):
            return None
        deg, verb = "rất" if verb == "love" else deg, _VERBS_VI.get(verb, "biết")
    before, after = ("", " lắm" * bool(deg)) if not_ else (f"{deg} " if deg else "", "")
    said = f"{vi} {'có ' if q else 'không ' if not_ else ''}{before}{verb} mặc cả{after}"
    return capitalised(f"{said} không?" if q else f"{said}{m['end'] or '.'}")


def _must_vi(text: str) -> str | None:
    """"You have to haggle at the market." as "Ở chợ phải mặc cả.", "At the market you have to know how to haggle."
    as "Ở chợ phải biết mặc cả." (_MUST_EN); None for anything else, and for a place said twice or not at all."""
    m = _MUST_EN.fullmatch(text.replace("’", "'"))
    if not m or bool(m["place0"]) == bool(m["place"]) or m["know"] and m["modal"] not in ("have to", "must", "should"):
        return None
    modal, place = _MODALS_VI[keyed(m["modal"])], _PLACES_VI[keyed(m["place0"] or m["place"])]
    return f"Ở {place} {modal} {'biết ' * bool(m['know'])}mặc cả{m['end'] or '.'}"


def _down_vi(text: str) -> str | None:
    """"I haggled it down to 100,000 dong." as "Tôi đã mặc cả được xuống còn 100.000 đồng." (_DOWN_EN); None for
    anything else, for a pet, and for a sum not of đồng."""
    m = _DOWN_EN.fullmatch(text)
    price = None if not m or animal(m) else money_vi(m["sum"])
    return capitalised(f"{who_vi(m)[0]} đã mặc cả được xuống còn {price}{m['end'] or '.'}") if price else None
