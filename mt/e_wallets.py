"""Paying by phone, both ways, written whole by rule: who uses or has an e-wallet (ví điện tử, MoMo, ZaloPay, VNPay,
ShopeePay), pays with one or asks whether they can, tops one up, a wallet run out of money, a place taking them or
not, and a payment with one that did not go through. v8 (every other rule on) reads "ví điện tử" as an e-mail, "nạp"
as loading, "e-wallet" as "tiểu cầu" (platelets), "MoMo" as "mẹ", "top up" as standing up: "Quán này không nhận ví
điện tử." → "This process does not receive an e-mail.", "Can I pay with MoMo?" → "Tôi có thể trả tiền với mẹ được
không?", "I need to top up my MoMo wallet." → "Tôi cần đứng đầu chiếc tường MoMo.".

Taken: who (mt.hobbies.WHO, WHO_EN) uses an e-wallet or one by name (said, denied, asked, still, usually, often, ever,
never) or has one (said, denied, asked, yet); who pays with one (can, asked, "ở đây" here; paid, has paid, has just
paid, will pay; said bare by "tôi" or "chúng tôi", what the speaker will do, as mt/transfers.py reads paying); who
tops up their own ("nạp (thêm) tiền vào ví …": needs to, has to, wants to, will, did, has, has just, not yet, asked
yet; "Để tôi …", let me); whose e-wallet is empty or almost, and "…, để tôi nạp thêm." (let me top it up); this shop,
this place …, "ở đây", "chúng tôi" or "họ" taking them, only, not, asked; a payment with one that failed, did not go
through or has not yet. Left: paying by QR code, scanning, "Ở đây có quét mã QR được không?" and "Can I pay by QR code
here?" (mt/cash.py's), cards, cash and bank transfers (mt/cash.py, mt/transfers.py), phone credit
(mt/phone_credit.py), a payment with no wallet said (mt/card_trouble.py), money sent wrong (mt/wrong_transfers.py), a
wallet lost or stolen (mt/theft.py, mt/finding.py), "Ví của tôi hết tiền rồi." alone (a wallet of notes?), topping up
another's wallet or a name's own (his or hers?), sums topped up, the money arriving, paying denied or said bare by
others (did, does or will?), "anh", "chị", "em" alone saying or asking whether one can, "em" asking with "ạ" (the
speaker), "I" asked, a pet as who or whose, "have" with "momo" or "Momo" alone (a dumpling, a name?).
mt.phrasebook.translate tries these after mt/lunch_breaks.py.

    >>> translate("Bạn có dùng ví điện tử không?", "vi", "en"), translate("Can I pay with MoMo?", "en", "vi")
    ('Do you use an e-wallet?', 'Tôi trả bằng MoMo được không?')
"""
from __future__ import annotations

import re

from .cash import SHOPS
from .hobbies import OWNER, WHO, WHO_EN, animal, em_speaking, own_thing, owner_of, person_of, pet, who, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here ("nạp": "nạp tiền vào ví")
_KEYS = {"vi": lazy(r"(?i:ví\s+điện\s+tử|momo|zalopay|vnpay|shopeepay|nạp)"),
         "en": lazy(r"(?i:e-wallet|digital\s+wallet|momo|zalopay|vnpay|shopeepay)")}
# the wallets by name, as they write themselves
_BRANDS = {"momo": "MoMo", "zalopay": "ZaloPay", "vnpay": "VNPay", "shopeepay": "ShopeePay"}
_BRAND = rf"(?P<brand>(?i:{alternatives(_BRANDS)}))"
# an e-wallet, one by name ("ví MoMo": group vi), or the name alone ("MoMo", the app); and in English, its article
# before it (group a) read by _vi
_WALLET = rf"(?:(?P<generic>(?i:ví\s+điện\s+tử))|(?P<vi>(?i:ví)\s+)?{_BRAND})"
_WALLET_EN = rf"(?:(?P<a>an?)\s+)?(?:(?P<generic>(?i:e-wallets?|digital\s+wallets?))|{_BRAND}(?P<wl>\s+wallets?)?)"
# a shop or a place taking them ("Quán này không nhận ví điện tử."), said of one
_SHOPS_VI = {en: vi for vi, en in reversed(SHOPS.items())} | {"this store": "cửa hàng này", "this café": "quán này",
                                                               "this cafe": "quán này"}
_PAY = r"(?:trả|thanh\s+toán)(?:\s+tiền)?\s+(?:bằng|qua)"

# who uses or has one ("Bạn có dùng ví điện tử không?", "Lan không có ví điện tử.", "Bạn đã từng dùng MoMo chưa?")
_USE = lazy(rf"{WHO}\s+(?:(?P<aux>có\s+từng|có|không|vẫn|thường|hay|(?:đã\s+)?từng|chưa\s+(?:bao\s+giờ|từng)|chưa|"
            rf"đã)\s+)?(?P<verb>dùng|sử\s+dụng|có)\s+{_WALLET}(?:\s+(?P<yet>chưa|bao\s+giờ))?{ASKED_END}")
# who pays with one, or can ("Tôi trả bằng MoMo được không?", "Ở đây trả bằng ZaloPay được không?")
_PAYS = lazy(rf"(?:(?P<here>[Ởở]\s+đây)\s+(?:có\s+)?|{WHO}\s+(?:(?P<aux>đã|vừa|sẽ|có\s+thể|thường|hay)\s+)?)"
             rf"{_PAY}\s+{_WALLET}(?P<here2>\s+ở\s+đây)?(?:\s+(?P<can>được))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# who tops up their wallet ("Tôi cần nạp tiền vào ví MoMo.", "Bạn đã nạp tiền vào ví chưa?", "Để tôi nạp tiền …")
_TOP = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+(?:(?P<aux>cần|phải|muốn|sẽ|đã|vừa|chưa)\s+)?nạp\s+(?:thêm\s+)?tiền"
            rf"(?:\s+thêm)?\s+vào\s+(?:{_WALLET}|(?P<plain>(?i:ví)))"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# whose wallet is empty ("Ví MoMo của tôi hết tiền rồi.", "Ví của tôi hết tiền rồi, để tôi nạp thêm.")
_EMPTY = lazy(rf"(?:{_WALLET}|(?P<plain>(?i:ví)))\s+(?:của\s+)?{OWNER}\s+(?P<soon>sắp\s+)?hết\s+tiền"
              r"(?:\s+(?P<done>rồi))?(?:\s*,\s*(?P<then>để\s+tôi|tôi\s+phải|tôi\s+cần|tôi\s+sẽ)\s+nạp\s+"
              rf"(?:thêm(?:\s+tiền)?|tiền\s+vào))?{SOFTENED_END}")
# a shop, a place or who taking them ("Quán này không nhận ví điện tử.", "Ở đây có nhận MoMo không?")
_ONE_WALLET = rf"(?:(?i:ví\s+điện\s+tử)|(?:(?i:ví)\s+)?(?i:{alternatives(_BRANDS)}))"
_TAKE = lazy(rf"(?:(?P<here>[Ởở]\s+đây)|(?P<shop>(?i:{alternatives(SHOPS)}))|(?P<we>(?i:chúng\s+tôi|họ)))\s+"
             r"(?:(?P<only>chỉ)\s+|(?P<not>không)\s+|(?P<ask>có)\s+)?nhận\s+(?:thanh\s+toán\s+(?:bằng|qua)\s+)?"
             rf"(?P<what>{_ONE_WALLET}(?:(?:\s*,\s*|\s+(?:và|hoặc)\s+){_ONE_WALLET})*)(?P<here2>\s+ở\s+đây)?"
             rf"(?:\s+(?P<alone>thôi))?{ASKED_END}")
# a payment with one that did not go through ("Thanh toán qua MoMo không thành công.")
_FAILED = lazy(rf"(?:(?P<pay>(?i:thanh\s+toán|giao\s+dịch))|{WHO}\s+thanh\s+toán)\s+(?:bằng|qua)\s+{_WALLET}\s+"
               r"(?:(?P<ask>có)\s+|(?P<aux>đã|chưa|vẫn\s+chưa)\s+)?(?P<verb>không\s+thành\s+công|thành\s+công|"
               rf"thất\s+bại|bị\s+lỗi)(?:\s+(?P<yet>chưa))?{ASKED_END}")

# ... and in English
_USE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|"
               r"\s+(?:have|has)\s+never|['’]ve\s+never|\s+still|\s+usually|\s+often|\s+ever)?\s+"
               rf"(?P<verb>use|uses|used|have|has)\s+{_WALLET_EN}\s*(?P<end>[.!?]*)")
_PAYS_EN = lazy(rf"(?:(?P<q>Can)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+(?:already|just))?|['’]ve(?:\s+(?:already|"
                r"just))?|\s+will|['’]ll|\s+usually|\s+can)?\s+(?P<verb>pay|pays|paid)\s+(?P<by>with|by)\s+"
                rf"{_WALLET_EN}(?P<here>\s+here)?\s*(?P<end>[.!?]*)")
_TOP_EN = lazy(rf"(?:(?P<q>Have|Has)\s+|(?P<let>Let)\s+(?P<me>me))?(?:{WHO_EN})?(?P<aux>\s+(?:need|needs|have|has|"
               r"want|wants)\s+to|\s+will|['’]ll|\s+(?:have|has)\s+(?:just|already|not)|['’]ve\s+(?:just|already)|"
               r"\s+haven['’]t|\s+hasn['’]t)?\s+(?P<verb>top|tops|topped)\s+up\s+"
               rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_WALLET_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_EMPTY_EN = lazy(rf"(?P<poss>(?i:{WHOSE_WORDS}))\s+{_WALLET_EN}\s+(?:is|['’]s)\s+(?P<soon>almost\s+|nearly\s+)?empty"
                 r"(?:\s*,\s*(?P<then>let\s+me|I\s+have\s+to|I\s+need\s+to|I['’]ll)\s+top\s+it\s+up)?\s*(?P<end>[.!]*)")
_TAKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?(?:(?P<shop>(?i:{alternatives(_SHOPS_VI)}))|(?P<we>we|they|you|We|They))"
                r"(?:\s+(?P<only>only)|\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<v>takes?|accepts?)\s+(?P<what>[\w\s,-]+?)(?P<here>\s+here)?\s*(?P<end>[.!?]*)")
_ONE_EN = lazy(rf"(?i:e-wallets|digital\s+wallets|{alternatives(_BRANDS)})")
_FAILED_EN = lazy(rf"(?:(?P<q>Did|Has)\s+)?(?P<det>(?i:the|{WHOSE_WORDS}))\s+{_WALLET_EN}\s+payment"
                  r"(?P<aux>\s+(?:did|has)(?:\s+not|n['’]t)?)?\s+(?P<verb>go|gone|failed)(?P<through>\s+through)?"
                  r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who uses, has, pays with or tops up an e-wallet, a wallet empty, a place
    taking them, or a payment with one that failed; None for any other."""
    if src == "vi":
        return _use(text) or _pays(text) or _top(text) or _empty(text) or _take(text) or _failed(text)
    text = text.replace("’", "'")
    return _use_vi(text) or _pays_vi(text) or _top_vi(text) or _empty_vi(text) or _take_vi(text) or _failed_vi(text)


def _en(m: re.Match, how: str = "a") -> str:
    """The wallet of a match of _WALLET in English: "an e-wallet", "a MoMo wallet" ("ví MoMo"), "MoMo"; `how`
    "many" ("e-wallets", "MoMo": what a shop takes), "whose" ("e-wallet", "MoMo wallet": after "my")."""
    name = m["brand"] and _BRANDS[keyed(m["brand"])]
    if how == "whose":
        return f"{name} wallet" if name else "e-wallet"
    if name:
        return f"a {name} wallet" if m["vi"] and how == "a" else name
    return "e-wallets" if how == "many" else "an e-wallet"


def _vi(m: re.Match, how: str = "a") -> str | None:
    """The wallet of a match of _WALLET_EN in Vietnamese ("ví điện tử", "ví MoMo", "MoMo"), `how` as _en reads it;
    None where the article or the number does not fit ("a e-wallet", "an MoMo", "my e-wallets")."""
    art, wl = (m["a"] or "").lower(), (m["wl"] or "").strip().lower()
    if m["brand"]:
        name = _BRANDS[keyed(m["brand"])]
        if how != "a":
            return None if art or wl == "wallets" or how == "many" and wl else f"ví {name}" if how == "whose" else name
        return None if (art == "a") != (wl == "wallet") or art == "an" else f"ví {name}" if wl else name
    generic = keyed(m["generic"])
    many, want = generic.endswith("s"), "a" if generic.startswith("digital") else "an"
    fits = {"whose": not art and not many, "many": not art and many}.get(how, art == want and not many or
                                                                       not art and many)
    return "ví điện tử" if fits else None


def _use(text: str) -> str | None:
    """"Bạn có dùng ví điện tử không?" as "Do you use an e-wallet?", "Lan không có ví điện tử." as "Lan doesn't have
    an e-wallet.", "Bạn đã từng dùng MoMo chưa?" as "Have you ever used MoMo?" (_USE); None for anything else."""
    m = _USE.fullmatch(text)
    yet = keyed(m["yet"] or "") if m else ""
    asked = bool(m and (m["asked"] or yet == "chưa"))
    if not m or asked != ("?" in m["end"]) or m["asked"] and yet or (said := person_of(m, asked)) is None or \
            em_speaking(m):  # ("Em có dùng MoMo không ạ?": the speaker, to one older)
        return None
    (who_, one), aux, has = said, keyed(m["aux"] or ""), "has" if said[1] else "have"
    w, verb = _en(m), "have" if keyed(m["verb"]) == "có" else "use"
    if verb == "have":
        if (aux, yet, asked) in (("", "", False), ("", "", True), ("không", "", False)):
            return present(who_, one, "have", w, asked and bool(m["asked"]), aux == "không")
        if (aux, yet, asked) in (("", "chưa", True), ("đã", "chưa", True)):
            return f"{'Does' if one else 'Do'} {who_} have {w} yet?"
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {w} yet.") if (aux, yet) == ("chưa", "") and \
            not asked else None
    if (aux, yet) in (("có từng", ""), ("từng", "chưa"), ("đã từng", "chưa")) and asked:
        return f"{has.capitalize()} {who_} ever used {w}?"
    if (aux, yet) in (("chưa bao giờ", ""), ("chưa từng", ""), ("chưa", "bao giờ")) and not asked:
        return capitalised(contracted(who_, f"{has} never used {w}."))
    if (aux, yet) in (("từng", ""), ("đã từng", "")) and not asked:
        return capitalised(contracted(who_, f"{has} used {w} before."))
    adverb = {"": "", "vẫn": "still ", "thường": "usually ", "hay": "often "}.get(aux)
    if yet or adverb is None and aux not in ("có", "không") or asked != (aux == "có") and aux != "vẫn":
        return None
    return present(who_, one, "use", w, asked, aux == "không", m["end"], adverb or "")


def _pays(text: str) -> str | None:
    """"Tôi trả bằng MoMo được không?" and "Tôi có thể thanh toán bằng MoMo không?" as "Can I pay with MoMo?", "Ở
    đây trả bằng ZaloPay được không?" as "Can I pay with ZaloPay here?", "Tôi đã trả bằng MoMo rồi." as "I've already
    paid with MoMo.", "Tôi trả bằng ví điện tử." as "I'll pay with an e-wallet." (_PAYS); None for anything else,
    for others said bare (pays, paid or will?) and a word of kinship alone asking (can I, or you?)."""
    m = _PAYS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["here"] and m["here2"]:
        return None
    aux, w, here = keyed(m["aux"] or ""), _en(m), " here" if m["here"] or m["here2"] else ""
    if m["here"]:
        return f"Can I pay with {w} here?" if asked and m["can"] and not m["done"] else None
    said = None if animal(m) else who(m, asked)
    if said is None or said[0] == "you" and keyed(m["who"] or "bạn") != "bạn" and asked:
        return None  # ("Em trả bằng MoMo được không?": can I or can you?)
    (who_, one), done = said, bool(m["done"])
    if asked or m["can"]:
        can = asked and (m["can"] or aux == "có thể") and aux in ("", "có thể") and not done
        return f"Can {who_} pay with {w}{here}?" if can else None
    has = "has" if one else "have"
    shape = {("", True): f"{has} paid", ("đã", True): f"{has} already paid", ("đã", False): "paid",
             ("vừa", False): f"{has} just paid", ("sẽ", False): "will pay", ("có thể", False): "can pay",
             ("thường", False): "usually pay", ("hay", False): "often pay"}.get((aux, done))
    if shape is None and aux == "" and not done and who_ in ("I", "we"):
        shape = "will pay"  # (said bare by the speaker: what they will do, as mt/transfers.py reads paying)
    if shape is None:
        return None
    if one and shape.endswith(" pay") and not shape.startswith(("will", "can")):
        shape += "s"
    return capitalised(contracted(who_, f"{shape} with {w}{here}."))


def _top(text: str) -> str | None:
    """"Tôi cần nạp tiền vào ví MoMo." as "I need to top up my MoMo wallet.", "Bạn đã nạp tiền vào ví chưa?" as
    "Have you topped up your e-wallet yet?", "Để tôi nạp tiền vào ví." as "Let me top up my e-wallet." (_TOP); None
    for anything else, a name's own (his or hers?) and said bare."""
    m = _TOP.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := person_of(m, asked)) is None or em_speaking(m):
        return None
    (who_, one), aux, done = said, keyed(m["aux"] or ""), bool(m["done"])
    whose = whose_own(m, who_)  # (their own: "vào ví" says no other's)
    if whose is None or m["let"] and (who_ != "I" or aux or done or asked):
        return None
    w = f"{whose} {_en(m, 'whose')}"
    if m["let"]:
        return f"Let me top up {w}{'!' if '!' in m['end'] else '.'}"
    has = "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} topped up {w} yet?" if aux in ("", "đã") and not done else None
    s_ = "s" if one else ""
    shape = {("cần", False): f"need{s_} to", ("phải", False): f"{has} to", ("muốn", False): f"want{s_} to",
             ("sẽ", False): "will", ("đã", False): "", ("đã", True): f"{has} already", ("", True): has,
             ("vừa", False): f"{has} just", ("chưa", False): f"{has}n't"}.get((aux, done))
    if shape is None:
        return None
    said = f"{shape} {'top' if shape.endswith(('to', 'will')) else 'topped'} up".strip()
    return capitalised(contracted(who_, f"{said} {w}{' yet' if aux == 'chưa' else ''}."))


def _empty(text: str) -> str | None:
    """"Ví MoMo của tôi hết tiền rồi." as "My MoMo wallet is empty.", "Ví điện tử của mẹ tôi sắp hết tiền." as "My
    mother's e-wallet is almost empty.", "Ví của tôi hết tiền rồi, để tôi nạp thêm." as "My e-wallet is empty, let me
    top it up." (_EMPTY); None for anything else, and a plain "ví" not topped up after (a wallet of notes?)."""
    m = _EMPTY.fullmatch(text)
    if not m or "?" in m["end"] or m["plain"] and not m["then"] or (whose := owner_of(m, None)) is None or \
            pet(m["someone"], "vi"):
        return None
    then = {"để tôi": "let me", "tôi phải": "I have to", "tôi cần": "I need to", "tôi sẽ": "I'll"}
    tail = f", {then[keyed(m['then'])]} top it up" if m["then"] else ""
    how = "almost empty" if m["soon"] else "empty"
    return capitalised(f"{whose} {_en(m, 'whose')} is {how}{tail}{'!' if '!' in m['end'] else '.'}")


def _listed(parts: list[str], joint: str) -> str:
    """Words as a list is written: "MoMo", "MoMo and ZaloPay", "MoMo, ZaloPay and VNPay" (`joint` "and")."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {joint} {parts[-1]}"


def _take(text: str) -> str | None:
    """"Quán này không nhận ví điện tử." as "This place doesn't take e-wallets.", "Cửa hàng này có nhận MoMo không?"
    as "Does this shop take MoMo?", "Ở đây có nhận ví điện tử không?" as "Do you take e-wallets here?", "Chúng tôi
    nhận MoMo và ZaloPay." as "We take MoMo and ZaloPay." (_TAKE); None for anything else, and "thôi" asked."""
    m = _TAKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["here"] and m["here2"] or asked and (
            m["alone"]) or m["shop"] and m["here2"] or m["we"] and asked and keyed(m["we"]) != "họ":
        return None
    parts = [_en(re.fullmatch(_WALLET, p), "many") for p in re.split(r"\s*,\s*|\s+(?:và|hoặc)\s+", m["what"])]
    what = _listed(parts, "or" if m["not"] or re.search(r"\shoặc\s", m["what"]) else "and")  # (denied: neither)
    only = m["only"] or m["alone"] and not m["not"]
    if m["shop"]:
        shop, verb = SHOPS[keyed(m["shop"])], "doesn't take" if m["not"] else "only takes" if only else "takes"
        return f"Does {shop} take {what}?" if asked else capitalised(f"{shop} {verb} {what}.")
    here = " here" if m["here"] or m["here2"] else ""
    who_ = {"chúng tôi": "we", "họ": "they"}.get(keyed(m["we"] or ""), "you" if asked else "they")
    verb = "don't take" if m["not"] else "only take" if only else "take"
    return f"Do {who_} take {what}{here}?" if asked else capitalised(f"{who_} {verb} {what}{here}.")


def _failed(text: str) -> str | None:
    """"Thanh toán qua MoMo không thành công." as "The MoMo payment didn't go through.", "Tôi thanh toán bằng ví điện
    tử bị lỗi." as "My e-wallet payment failed." (_FAILED); None for anything else."""
    m = _FAILED.fullmatch(text)
    asked = bool(m and (m["asked"] or m["yet"]))
    if not m or asked != ("?" in m["end"]) or m["asked"] and m["yet"] or bool(m["ask"]) != bool(m["asked"]):
        return None
    w = _en(m, "whose").removesuffix(" wallet")  # ("the MoMo payment", "the e-wallet payment")
    if m["pay"]:
        thing = f"the {w} {'transaction' if 'dịch' in keyed(m['pay']) else 'payment'}"
    else:
        said = person_of(m, False)
        thing = said and f"{EN_WHOSE.get(said[0]) or said[0] + chr(39) + 's'} {w} payment"
    if not thing:
        return None
    aux, verb = keyed(m["aux"] or ""), keyed(m["verb"])
    said = {("", "không thành công", False): "{} didn't go through.", ("", "thất bại", False): "{} failed.",
            ("", "bị lỗi", False): "{} failed.", ("chưa", "thành công", False): "{} hasn't gone through yet.",
            ("vẫn chưa", "thành công", False): "{} still hasn't gone through.",
            ("", "thành công", True): "Did {} go through?", ("đã", "thành công", True): "Has {} gone through yet?"}
    shape = said.get((aux, verb, asked))
    if shape is None or asked and (aux == "đã") != bool(m["yet"]):
        return None
    return capitalised(shape.format(thing))


def _agrees(one: bool, *words: str | None) -> bool:
    """Whether the first word said of `words` (a question's first word, an auxiliary, the verb) agrees with who ("she
    has", "do you"); True for one that does not tell ("will")."""
    first = next((w.split()[0].lower() for w in words if w and w.strip()), "")
    if first in ("does", "has", "uses", "pays", "needs", "wants", "doesn't", "hasn't", "tops"):
        return one
    return not one if first in ("do", "have", "use", "pay", "need", "want", "don't", "haven't", "'ve", "top") else True


def _use_vi(text: str) -> str | None:
    """"Do you use an e-wallet?" as "Bạn có dùng ví điện tử không?", "She has an e-wallet." as "Cô ấy có ví điện
    tử." (_USE_EN); None for anything else, and a verb that does not agree with who."""
    m = _USE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (w := _vi(m)) is None or \
            (said := person_of(m, bool(m["q"]), "en")) is None:
        return None
    (who_, one), q, verb = said, (m["q"] or "").lower(), m["verb"]
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").replace("'ve", "have").split())
    base = {"uses": "use", "has": "have"}.get(verb, verb)
    if not _agrees(one, q, aux if aux.startswith(("do", "have", "has")) else "", verb) or base == "have" and \
            m["brand"] and not m["wl"] and m["brand"] != _BRANDS[keyed(m["brand"])]:
        return None  # ("Do you have momo?": a dumpling, or one named so?)
    core = "not" if aux.endswith("not") else "never" if aux.endswith("never") else aux
    if (q or core == "not") and verb not in ("use", "have", "used"):
        return None
    shape = {("", "", "use"): "{} dùng {}.", ("do", "", "use"): "{} có dùng {} không?",
             ("", "not", "use"): "{} không dùng {}.", ("", "still", "use"): "{} vẫn dùng {}.",
             ("do", "still", "use"): "{} còn dùng {} không?", ("", "usually", "use"): "{} thường dùng {}.",
             ("", "often", "use"): "{} hay dùng {}.", ("have", "ever", "used"): "{} đã từng dùng {} chưa?",
             ("", "never", "used"): "{} chưa bao giờ dùng {}.", ("", "", "have"): "{} có {}.",
             ("do", "", "have"): "{} có {} không?", ("", "not", "have"): "{} không có {}."
             }.get((q.replace("does", "do").replace("has", "have"), core, base))
    return shape and capitalised(shape.format(who_, w))


def _pays_vi(text: str) -> str | None:
    """"Can I pay with MoMo here?" as "Ở đây trả bằng MoMo được không?", "I've already paid with ZaloPay." as "Tôi đã
    trả bằng ZaloPay rồi." (_PAYS_EN); None for anything else, and "I pay with …" (a habit, or what I will do?)."""
    m = _PAYS_EN.fullmatch(text)
    by = bool(m) and m["by"] == "by" and keyed(m["generic"] or "") == "e-wallet" and not m["a"]  # ("by e-wallet")
    if not m or bool(m["q"]) != ("?" in m["end"]) or (w := "ví điện tử" if by else _vi(m)) is None or \
            (said := person_of(m, False, "en")) is None:
        return None
    (who_, one), aux, verb = said, " ".join((m["aux"] or "").lower().split()), m["verb"]
    here = " ở đây" if m["here"] else ""
    if m["q"]:
        if aux or verb != "pay":
            return None
        return f"Ở đây trả bằng {w} được không?" if who_ == "tôi" and here else \
            capitalised(f"{who_} trả bằng {w}{here} được không?")
    if not _agrees(one, "" if aux == "usually" else aux, verb):  # ("he will pay", "she usually pays")
        return None
    done = aux.startswith(("have", "has", "'ve"))
    tense = {("", "paid"): "đã trả", ("will", "pay"): "sẽ trả", ("'ll", "pay"): "sẽ trả", ("can", "pay"): "có thể trả",
             ("usually", "pay"): "thường trả", ("usually", "pays"): "thường trả"}.get((aux, verb))
    if done and verb == "paid":
        tense = "vừa trả" if aux.endswith("just") else "đã trả" if aux.endswith("already") else "trả"
    if tense is None or done and verb != "paid":
        return None
    after = " rồi" if done and not aux.endswith("just") else ""
    return capitalised(f"{who_} {tense} bằng {w}{here}{after}.")


def _top_vi(text: str) -> str | None:
    """"I need to top up my MoMo wallet." as "Tôi cần nạp tiền vào ví MoMo.", "Let me top up my e-wallet." as "Để
    tôi nạp tiền vào ví điện tử." (_TOP_EN); None for anything else, and a wallet not who's own (or his or hers?)."""
    m = _TOP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (w := _vi(m, "whose")) is None:
        return None
    if m["let"]:
        ok = not (m["who"] or m["kin"] or m["given"] or m["aux"] or m["yet"]) and m["verb"] == "top" and \
            m["owner"].lower() == "my"
        return f"Để tôi nạp tiền vào {w}{'!' if '!' in m['end'] else '.'}" if ok else None
    if not (m["who"] or m["kin"] or m["given"]) or (said := person_of(m, bool(m["q"]), "en")) is None:
        return None
    (who_, one), q, verb = said, (m["q"] or "").lower(), m["verb"]
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").replace("'ve", "have").split())
    if not own_thing(m, who_, one) or m["kin"] and not his_her(who_) or not _agrees(one, q, aux, verb):
        return None
    core = re.sub(r"^(?:needs|wants|has)\b", lambda x: {"needs": "need", "wants": "want", "has": "have"}[x[0]], aux)
    yet = bool(m["yet"])
    if q:
        ok = not aux and verb == "topped" and yet
        return f"{capitalised(who_)} đã nạp tiền vào {w} chưa?" if ok else None
    said = {("need to", "top"): "cần nạp", ("want to", "top"): "muốn nạp", ("have to", "top"): "phải nạp",
            ("will", "top"): "sẽ nạp", ("'ll", "top"): "sẽ nạp", ("", "topped"): "đã nạp",
            ("have just", "topped"): "vừa nạp", ("have already", "topped"): "đã nạp",
            ("have not", "topped"): "chưa nạp"}.get((core, verb))
    if said is None or yet != said.startswith("chưa"):
        return None
    return capitalised(f"{who_} {said} tiền vào {w}{' rồi' if aux.endswith('already') else ''}.")


def _empty_vi(text: str) -> str | None:
    """"My e-wallet is empty, let me top it up." as "Ví của tôi hết tiền rồi, để tôi nạp thêm.", "Her e-wallet is
    almost empty." as "Ví điện tử của cô ấy sắp hết tiền." (_EMPTY_EN); None for anything else."""
    m = _EMPTY_EN.fullmatch(text)
    if not m or (w := _vi(m, "whose")) is None:
        return None
    then = {"let me": "để tôi", "i have to": "tôi phải", "i need to": "tôi cần", "i'll": "tôi sẽ"}
    tail = f", {then[keyed(m['then'])]} nạp thêm" if m["then"] else ""
    w = "ví" if tail and w == "ví điện tử" else w  # (topped up: "ví" says it is one)
    empty = "sắp hết tiền" if m["soon"] else "hết tiền rồi"
    return capitalised(f"{w} của {WHOSE_VI[m['poss'].lower()]} {empty}{tail}{'!' if '!' in m['end'] else '.'}")


def _take_vi(text: str) -> str | None:
    """"This place doesn't take e-wallets." as "Quán này không nhận ví điện tử.", "Do you take MoMo?" as "Ở đây có
    nhận MoMo không?" (_TAKE_EN); None for anything else, and a verb that does not agree."""
    m = _TAKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    parts = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m["what"].strip())
    if not all(_ONE_EN.fullmatch(p) for p in parts):
        return None
    what = _listed([_BRANDS.get(p.lower(), "ví điện tử") for p in parts], "hoặc" if " or " in m["what"] else "và")
    one, q, here = bool(m["shop"]), (m["q"] or "").lower(), bool(m["here"])
    neg = (m["not"] or "").lower()
    first = q or neg.split()[0].replace("n't", "") if q or neg else ""
    if (first == "does" if first else m["v"].endswith("s")) != one or first and m["v"].endswith("s") or \
            q and (neg or m["only"]) or m["only"] and neg:
        return None
    verb = "không nhận" if neg else "chỉ nhận" if m["only"] else "nhận"
    if m["shop"] and here:
        return None
    if m["shop"]:
        subject = _SHOPS_VI[m["shop"].lower()]
    else:
        we = m["we"].lower()
        if we == "you" and not q or we == "we" and q:
            return None
        subject = "ở đây" if we == "you" or we == "they" and here else {"we": "chúng tôi", "they": "họ"}[we]
        here = here and subject != "ở đây"
    where = " ở đây" if here else ""
    return capitalised(f"{subject} có nhận {what}{where} không?" if q else f"{subject} {verb} {what}{where}.")


def _failed_vi(text: str) -> str | None:
    """"The MoMo payment didn't go through." as "Thanh toán qua MoMo không thành công.", "Did the MoMo payment go
    through?" as "Thanh toán qua MoMo có thành công không?" (_FAILED_EN); None for anything else."""
    m = _FAILED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["a"] or m["wl"] or m["generic"] and \
            keyed(m["generic"]) != "e-wallet":
        return None
    det, w = m["det"].lower(), _BRANDS[keyed(m["brand"])] if m["brand"] else "ví điện tử"
    thing = "Thanh toán" if det == "the" else f"{capitalised(WHOSE_VI[det])} thanh toán"
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    key = ((m["q"] or "").lower(), aux, m["verb"], bool(m["through"]), bool(m["yet"]))
    said = {("", "did not", "go", True, False): "không thành công",
            ("", "", "failed", False, False): "không thành công",
            ("", "has not", "gone", True, True): "chưa thành công",
            ("did", "", "go", True, False): "có thành công không?",
            ("has", "", "gone", True, True): "đã thành công chưa?"}.get(key)
    return said and f"{thing} qua {w} {said}{'' if said.endswith('?') else '.'}"
