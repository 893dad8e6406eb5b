"""Pawning things and the pawnshop, both ways, written whole by rule: who pawned a phone, a motorbike, a ring or a
watch (for money, to pay the tuition fees, to pay off debts), took it to the pawnshop, has to or will; who redeems or
buys it back; a pawnshop near here, the nearest one, and the interest a pawnshop charges. v8 (the rules on) reads
"cầm đồ" as a rumour or a handle and "chuộc" as fighting, "pawn" as a hand: "Tôi mang điện thoại đi cầm đồ." → "I
bring the phone to the rumor.", "Anh ấy đã cầm cố chiếc xe máy." → "He held trying the motorcycle.", "Tôi phải chuộc
lại chiếc nhẫn." → "I have to fight the ring.", "Gần đây có tiệm cầm đồ nào không?" → "Are there any rumor shops
recently?", "Tiệm cầm đồ này tính lãi rất cao." → "This handle calculates the interest rate."; and back, "I pawned my
phone." → "Tôi đã bàn tay điện thoại.", "He pawned his motorbike." → "Anh ấy đã vỗ xe máy của anh ấy.", "I have to
redeem the ring." → "Tôi phải đỏ ngọn nhẫn.", "Is there a pawnshop near here?" → "Có một bàn tay ở đây không?",
"Where's the nearest pawnshop?" → "Bộ tuần tra gần nhất ở đâu?".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) pawns a thing of _THINGS ("mang/đem … đi cầm (đồ)", "cầm cố …", "cầm … ở
tiệm cầm đồ"; "pawn") or takes it to the pawnshop ("mang … ra tiệm cầm đồ"), their own ("của mình": who's) or someone's
said ("của mẹ tôi"), for money, to pay the tuition fees or debts: "đã" (pawned; bare too, but "mang … đi", "mang … ra"),
"rồi" (has), "vừa", "mới" (has just), "phải" (has to), "đã phải" (had to), "sẽ" (will), "cần" (needs to), "chưa" (hasn't
… yet), asked "… chưa?" (has … yet?); who redeems or buys back a thing ("chuộc lại": "buy back", a thief's ransom too,
"redeem" where the pawnshop is said; "muốn" (wants to) too; in English "buy back" one's own as "mua lại … của mình"
("của bạn") but from the pawnshop); whether there is a pawnshop near here and where the nearest is; this or that
pawnshop charging (very, quite) high interest, and how much. Left: "cầm" alone (hold: "Anh ấy đã cầm chiếc xe máy."), a
bare "mang … đi cầm", "mang … ra tiệm cầm đồ" (on the way now, or done?), a bare "chúng ta" (let's?), "cầm cố" of a
house or land (a mortgage), "chuộc" of no thing of _THINGS ("chuộc lỗi": making amends), a name alone pawning its own
thing (his or hers?), "của mình" after "bạn" (yours, or mine?) or a name, "sợi" of a thing not a chain, in English a
name alone with "his" or "her" but a woman's name with "her" ("Lan … his": another man's), another's thing bought back
but from the pawnshop ("mua lại nhẫn của bạn": bought off you?), "không" and "có … không?" (did not, or does not? did,
or will?), "đang", "Did …?", "anh", "chị", "em" alone saying it, "I" asked, "quá cao" (too high), a pawnshop's interest
in general ("Tiệm cầm đồ tính lãi rất cao.": the pawnshop, or pawnshops?), borrowing and lending (mt/loans.py), selling,
and a chess pawn. The things pawned are this module's own table: mt/instalments.py's THINGS has houses and fridges,
mt/gifts.py's no phone.
mt.phrasebook.translate tries these after mt/tailoring.py.

    >>> translate("Tôi đã mang điện thoại đi cầm đồ.", "vi", "en"), translate("I have to redeem the ring.", "en", "vi")
    ('I pawned my phone.', 'Tôi phải chuộc lại chiếc nhẫn.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .names import woman_named
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, capitalised, contracted, keyed

# what is pawned: movable things of worth (English; the first Vietnamese of each is written back, its classifier)
_THINGS = {"điện thoại": "phone", "điện thoại di động": "mobile phone", "xe máy": "motorbike", "xe đạp": "bicycle",
           "nhẫn": "ring", "nhẫn cưới": "wedding ring", "nhẫn vàng": "gold ring", "đồng hồ": "watch",
           "dây chuyền": "necklace", "dây chuyền vàng": "gold necklace", "vòng cổ": "necklace", "vòng tay": "bracelet",
           "laptop": "laptop", "máy tính xách tay": "laptop", "máy ảnh": "camera", "ti vi": "TV", "tivi": "TV"}
_THINGS_VI = {en.lower(): vi for vi, en in reversed(_THINGS.items())} | {
    "motorcycle": "xe máy", "scooter": "xe máy", "mobile": "điện thoại", "bike": "xe đạp", "television": "ti vi"}
_CLASSES = {"dây chuyền": "sợi", "dây chuyền vàng": "sợi", "vòng cổ": "sợi"}  # (others: "chiếc"; "sợi" of these only)
# what the money was for (English; the first Vietnamese of each is written back); "{}" is whose debts
_WHY = {"để lấy tiền": "for money", "lấy tiền": "for money", "để lấy tiền đóng học phí": "to pay the tuition fees",
        "lấy tiền đóng học phí": "to pay the tuition fees", "để đóng học phí": "to pay the tuition fees",
        "để lấy tiền trả nợ": "to pay off {} debts", "để trả nợ": "to pay off {} debts",
        "lấy tiền trả nợ": "to pay off {} debts"}
_WHY_VI = {"for money": "để lấy tiền", "for cash": "để lấy tiền", "to pay the tuition fees": "để lấy tiền đóng học phí",
           "to pay the tuition fee": "để lấy tiền đóng học phí", "to pay off {} debts": "để lấy tiền trả nợ",
           "to pay {} debts": "để lấy tiền trả nợ"}
# the tenses said before the verb, as English says them (the past, the perfect, "just", "has to" …)
_AUX = {"": "past", "đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "phải": "must", "đã phải": "had to",
        "sẽ": "will", "chưa": "not yet", "cần": "need", "muốn": "want"}
_AUX_VI = {"past": "đã", "perfect": "", "just": "vừa", "must": "phải", "had to": "đã phải", "will": "sẽ",
           "not yet": "chưa", "need": "cần", "want": "muốn"}
_KEYS = {"vi": lazy(r"(?i:cầm|chuộc)"),
         "en": lazy(r"(?i:pawn|redeem|buy\s+back|buys\s+back|bought\s+back|buying\s+back)")}

_SHOP = r"(?i:tiệm|hiệu|cửa\s+hàng)\s+cầm\s+đồ"
_THING = (rf"(?:(?P<cls>(?i:cái|chiếc|sợi))\s+)?(?P<thing>(?i:{alternatives(_THINGS)}))"
          rf"(?:\s+của\s+(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE})))?")
_TENSE = r"(?:(?P<aux>(?i:đã\s+phải|đã|vừa\s+mới|vừa|mới|phải|sẽ|chưa|cần|muốn))\s+)?"
_END = r"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?" + SOFTENED_END
# pawned ("Tôi đã mang điện thoại đi cầm đồ.", "Anh ấy đã cầm cố chiếc xe máy.", "Chị ấy cầm đồng hồ ở tiệm cầm đồ.")
_PAWN = lazy(rf"{WHO}\s+{_TENSE}(?:(?P<take>mang|đem)|(?P<pledge>cầm\s+cố)|(?P<hold>cầm))\s+{_THING}"
             rf"(?:\s+(?P<gone>đi\s+cầm(?:\s+cố|\s+đồ)?)|\s+(?P<to>ra|đến|tới)\s+{_SHOP}|\s+(?P<at>ở|tại)\s+{_SHOP})?"
             rf"(?:\s+(?P<why>{alternatives(_WHY)}))?{_END}")
# redeemed ("Tôi phải chuộc lại chiếc nhẫn.", "Bạn đã chuộc lại xe máy chưa?")
_REDEEM = lazy(rf"{WHO}\s+{_TENSE}chuộc(?:\s+lại)?\s+{_THING}(?:\s+(?P<shop>(?:ở|từ|tại)\s+{_SHOP}))?{_END}")
# a pawnshop near, the nearest ("Gần đây có tiệm cầm đồ nào không?", "Tiệm cầm đồ gần nhất ở đâu?")
_NEAR = lazy(rf"(?:[Ởở]\s+)?(?P<near>(?i:gần|quanh))\s+đây\s+có\s+{_SHOP}(?:\s+nào)?\s+không{SOFTENER}\s*\?+")
_NEAREST = lazy(rf"{_SHOP}\s+gần(?:\s+đây)?\s+nhất\s+(?:ở\s+)?đâu{SOFTENER}\s*\?+")
# its interest ("Tiệm cầm đồ này tính lãi rất cao.", "Tiệm cầm đồ đó lấy lãi bao nhiêu?")
_INTEREST = lazy(rf"{_SHOP}\s+(?P<this>này|đó|kia)\s+(?:tính|lấy)\s+lãi\s+(?:(?P<how>rất|khá)\s+cao|cao(?:\s+"
                 rf"(?P<much>lắm|quá))?|(?P<what>bao\s+nhiêu)){SOFTENED_END}")

# ... in English
_SHOP_EN = r"(?:pawn\s*shop|pawnbroker['’]s)"
_THING_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|the))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<thing>(?i:{alternatives(_THINGS_VI)}))")
_AUX_EN = (r"(?P<aux>\s+(?:has|have|had|needs?|wants?)\s+to|\s+(?:has|have)(?:\s+not)?|\s+(?:hasn|haven)['’]t|"
           r"['’](?:ve|s)|\s+will|['’]ll)?(?:\s+(?P<just>just))?")
_WHY_EN = (r"(?:\s+(?P<why>for\s+(?:money|cash)|to\s+pay(?:\s+off)?\s+(?:the\s+tuition\s+fees?|"
           rf"(?P<debtor>{WHOSE_WORDS})\s+debts)))?")
_PAWN_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>pawn|pawns|pawned|take|takes|took|taken)\s+"
                rf"{_THING_EN}(?P<to>\s+to\s+the\s+{_SHOP_EN})?{_WHY_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_REDEEM_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>redeem|redeems|redeemed|buy|buys|bought)"
                  rf"(?P<back>\s+back)?\s+{_THING_EN}(?P<shop>\s+from\s+the\s+{_SHOP_EN})?(?P<yet>\s+yet)?"
                  r"\s*(?P<end>[.!?]*)")
_NEAR_EN = lazy(rf"Is\s+there\s+a\s+{_SHOP_EN}\s+(?P<near>near\s+here|nearby|around\s+here|close\s+by)\s*\?+")
_NEAREST_EN = lazy(rf"Where(?:['’]s|\s+is)\s+the\s+(?:nearest|closest)\s+{_SHOP_EN}\s*\?+")
_INTEREST_EN = lazy(rf"(?:(?P<q>How\s+much)\s+interest\s+does\s+(?P<this>this|that)\s+{_SHOP_EN}\s+charge\s*\?+|"
                    rf"(?P<this2>This|That)\s+{_SHOP_EN}\s+charges\s+(?:(?P<how>very|quite)\s+)?high\s+"
                    r"interest\s*(?P<end>[.!]*))")
_THIS = {"này": "this", "đó": "that", "kia": "that"}
# how high (after "cao", "quá" is "so": "very"; "quá cao", too high, is not said of "charges … interest")
_HOW = {"rất": "very ", "khá": "quite ", "quá": "very ", "lắm": "very ", None: ""}
_HOW_VI = {"very": "rất ", "quite": "khá ", None: ""}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who pawned or redeems a thing, a pawnshop near here, or its interest; None
    for any other."""
    if src == "vi":
        return _pawn(text) or _redeem(text) or _shop(text)
    text = text.replace("’", "'")
    return _pawn_vi(text) or _redeem_vi(text) or _shop_vi(text)


def _said(pattern, text: str) -> tuple[re.Match, str, str, bool] | None:
    """A match of `pattern` (_PAWN or _REDEEM), the tense English says ("past", "perfect", "just", "must", …, or
    "asked" for "… chưa?"), who in English and whether one ("she pawned"); None for no match, a "?" not asked with
    "chưa", a tense said twice, a pet, "anh", "chị", "em" alone saying it, and a bare "chúng ta" (let's?)."""
    m = pattern.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or animal(m):
        return None
    aux, done = keyed(m["aux"] or ""), bool(m["done"])
    tense = _AUX[aux]
    if m["asked"]:  # ("Bạn đã chuộc lại xe máy chưa?": has … yet?)
        tense = "asked" if tense == "past" and not done else None
    elif done:
        tense = "perfect" if tense == "past" else None
    said = tense and who(m, tense == "asked")
    if not said or tense == "asked" and said[0] == "I":  # ("Have I pawned my phone yet?": one's own is known)
        return None
    if tense == "past" and not m["aux"] and keyed(m["who"] or "") == "chúng ta":
        return None  # ("Chúng ta cầm cố ti vi.": done, or let's?)
    return m, tense, *said


def _thing(m: re.Match, who_: str, whose: str | None) -> str | None:
    """The thing of a match of _THING in English, whose as said ("my mother's ring", "your phone"; "của mình" who's
    own) or `whose` ("my"; "the"), who said `who_` in English; None where whose is neither said nor known, and "sợi"
    of a thing not a chain ("sợi điện thoại")."""
    thing = _THINGS[keyed(m["thing"])]
    if keyed(m["cls"] or "") == "sợi" and keyed(m["thing"]) not in _CLASSES:
        return None
    # "mình" is who's own, the speaker's only after "tôi" ("Anh ấy … của mình": his; "Bạn … của mình": yours, or
    # mine?; after a name: his or hers?), as in "của mẹ mình"
    mine = keyed(m["owner"] or m["someone"] or "").split()[-1:] == ["mình"]
    if mine and who_ != "I":
        own = None if who_ == "you" or m["someone"] else whose_own(m, who_)
        return own and f"{own} {thing}"
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {thing}"
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s {thing}"
    return whose and f"{whose} {thing}"


def _english(tense: str, who_: str, one: bool, verbs: tuple[str, str, str], rest: str, end: str) -> str:
    """A sentence of who doing `verbs` (base, past, participle) to `rest`, in `tense` as _said gives it: "I pawned
    my phone.", "She's just pawned her ring.", "Have you redeemed the ring yet?", "He has to pawn his watch."."""
    base, past, done = verbs
    has, stop = "has" if one else "have", "!" if "!" in end else "."
    if tense == "asked":
        return f"{has.capitalize()} {who_} {done} {rest} yet?"
    said = {"past": f"{past} {rest}", "perfect": f"{has} {done} {rest}", "just": f"{has} just {done} {rest}",
            "must": f"{has} to {base} {rest}", "had to": f"had to {base} {rest}", "will": f"will {base} {rest}",
            "not yet": f"{has}n't {done} {rest} yet", "need": f"{'needs' if one else 'need'} to {base} {rest}",
            "want": f"{'wants' if one else 'want'} to {base} {rest}"}[tense]
    return capitalised(contracted(who_, said) + stop)


def _pawn(text: str) -> str | None:
    """"Tôi đã mang điện thoại đi cầm đồ." as "I pawned my phone.", "Anh ấy đã cầm cố chiếc xe máy." as "He pawned his
    motorbike.", "Mẹ tôi cầm đồng hồ ở tiệm cầm đồ để lấy tiền đóng học phí." as "My mother pawned her watch to pay
    the tuition fees.", "Chúng tôi vừa mang laptop ra tiệm cầm đồ." as "We've just taken our laptop to the
    pawnshop." (_PAWN); None for anything else, "cầm" alone (held), and a bare "mang … đi cầm", "mang … ra tiệm cầm
    đồ" (on the way now, or done?)."""
    said = _said(_PAWN, text)
    if said is None:
        return None
    m, tense, who_, one = said
    # how it is pawned: taken and "đi cầm" or to the shop; "cầm cố" alone or at the shop; "cầm" only at the shop
    how = "take" if m["take"] else "pledge" if m["pledge"] else "hold"
    if not {"take": m["gone"] or m["to"], "pledge": not (m["gone"] or m["to"]), "hold": m["at"]}[how] or \
            m["why"] and tense in ("asked", "not yet"):
        return None
    if how == "take" and tense == "past" and not m["aux"]:
        return None  # ("Tôi mang điện thoại đi cầm đồ.": on the way now, or done? mt/tailoring.py reads it now)
    whose = whose_own(m, who_)
    thing = _thing(m, who_, whose)
    why = _WHY[keyed(m["why"])] if m["why"] else ""
    if thing is None or "{}" in why and whose is None:
        return None
    rest = f"{thing}{' to the pawnshop' if m['to'] else ''}{f' {why.format(whose)}' if why else ''}"
    verbs = ("take", "took", "taken") if m["to"] else ("pawn", "pawned", "pawned")
    return _english(tense, who_, one, verbs, rest, m["end"])


def _redeem(text: str) -> str | None:
    """"Tôi phải chuộc lại chiếc nhẫn." as "I have to buy back the ring.", "Bạn đã chuộc lại xe máy chưa?" as "Have
    you bought back the motorbike yet?", "Anh ấy đã chuộc lại đồng hồ ở tiệm cầm đồ." as "He redeemed the watch
    from the pawnshop." (_REDEEM: "chuộc" of a thief too, so "buy back" but at a pawnshop); None for anything else."""
    said = _said(_REDEEM, text)
    if said is None:
        return None
    m, tense, who_, one = said
    thing = _thing(m, who_, "the")
    if thing is None:
        return None
    if m["shop"]:
        return _english(tense, who_, one, ("redeem", "redeemed", "redeemed"), f"{thing} from the pawnshop", m["end"])
    return _english(tense, who_, one, ("buy back", "bought back", "bought back"), thing, m["end"])


def _shop(text: str) -> str | None:
    """"Gần đây có tiệm cầm đồ nào không?" as "Is there a pawnshop near here?", "Tiệm cầm đồ gần nhất ở đâu?" as
    "Where's the nearest pawnshop?", "Tiệm cầm đồ này tính lãi rất cao." as "This pawnshop charges very high
    interest." (_NEAR, _NEAREST, _INTEREST); None for anything else."""
    if m := _NEAR.fullmatch(text):
        return f"Is there a pawnshop {'near' if keyed(m['near']) == 'gần' else 'around'} here?"
    if _NEAREST.fullmatch(text):
        return "Where's the nearest pawnshop?"
    m = _INTEREST.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]):
        return None
    this = _THIS[m["this"]]
    if m["what"]:
        return f"How much interest does {this} pawnshop charge?"
    stop = "!" if "!" in m["end"] else "."
    return f"{this.capitalize()} pawnshop charges {_HOW[m['how'] or m['much']]}high interest{stop}"




# the English verbs' forms: base, with "-s", past, participle
_PAWNS = ("pawn", "pawns", "pawned", "pawned")
_TAKES = ("take", "takes", "took", "taken")
_REDEEMS = ("redeem", "redeems", "redeemed", "redeemed")
_BUYS = ("buy", "buys", "bought", "bought")
# the tense (as _AUX_VI keys it) of the words before the verb: asked ("have"), the auxiliary ("has", "had to" …:
# "has", "needs", "wants" said "have", "need", "want"), "just", "yet", and the verb's form
_TENSES = {("", "", False, False, "past"): "past", ("", "", True, False, "past"): "just",
           ("", "have", False, False, "done"): "perfect", ("", "have", True, False, "done"): "just",
           ("", "have not", False, True, "done"): "not yet", ("", "have not", False, False, "done"): "not yet",
           ("", "have to", False, False, "base"): "must", ("", "had to", False, False, "base"): "had to",
           ("", "will", False, False, "base"): "will", ("", "need to", False, False, "base"): "need",
           ("", "want to", False, False, "base"): "want", ("have", "", False, True, "done"): "asked",
           ("have", "", False, False, "done"): "asked"}
_THIRD = {"has": "have", "needs": "need", "wants": "want"}


def _tense_en(m: re.Match, one: bool, forms: tuple[str, str, str, str]) -> str | None:
    """The tense of a match of _PAWN_EN or _REDEEM_EN as _AUX_VI keys it ("past", "perfect", "must" …, "asked" for
    "Have you … yet?"), the verb one of `forms`; None for any other, and where "has", "have" or the verb does not agree
    with who (`one`: "He have pawned", "She need to")."""
    said = f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("n't", " not").split()
    words = [{"'ve": "have", "'s": "has", "'ll": "will"}.get(w, w) for w in said]
    if words and words[0] in _THIRD.keys() | _THIRD.values() and (words[0] in _THIRD) != one:
        return None
    words = [_THIRD.get(words[0], words[0]), *words[1:]] if words else []
    q, aux = ("have", " ".join(words[1:])) if m["q"] else ("", " ".join(words))
    verb, (base, _, past, done) = m["verb"].lower(), forms
    form = "base" if verb == base else "done" if aux or q else "past" if verb == past else ""
    if form == "done" and verb != done:
        return None
    return _TENSES.get((q, aux, bool(m["just"]), bool(m["yet"]), form))


def _who_en(m: re.Match) -> tuple[str, bool, str | None] | None:
    """Who of a match of WHO_EN in Vietnamese, whether English says it with "-s", and whose their own things are
    ("my" for "I", "her" for "my mother"; None for a name alone); None for a pet."""
    if animal(m):
        return None
    who_, one = who_vi(m)
    return who_, one, WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None


def _thing_vi(m: re.Match, who_: str, one: bool, bare: bool, mine: bool = False) -> str | None:
    """The thing of a match of _THING_EN in Vietnamese: who's own "điện thoại" (`bare`) or "chiếc điện thoại" (with
    "của mình", "của bạn" where `mine`), "the ring" "chiếc nhẫn", another's "nhẫn của bạn", "nhẫn của mẹ tôi" (None
    where `mine`); None where "his", "her" is neither's, and after a name alone but a woman's with "her"."""
    vi = _THINGS_VI[m["thing"].lower()]
    if m["someone"]:
        return None if mine else f"{vi} của {someone(m['someone'], 'en')}"
    whose = m["owner"].lower()
    # ("Lan … his": another man's; "Minh", "Tom" … her or his: English names are not told apart, as mt/notarising.py)
    if m["given"] and whose in ("his", "her") and not (whose == "her" and woman_named(m["given"])):
        return None
    own = own_thing(m, who_, one)
    if own is None or mine and not own:
        return None
    if not own:
        return f"{vi} của {WHOSE_VI[whose]}"
    if whose == "the":
        return f"{_CLASSES.get(vi, 'chiếc')} {vi}"
    # ("của mình" after "bạn" reads as mine too: "của bạn")
    whose_vi = f" của {'bạn' if who_ == 'bạn' else 'mình'}" if mine else ""
    return vi if bare else f"{_CLASSES.get(vi, 'chiếc')} {vi}{whose_vi}"


def _vietnamese(tense: str, who_: str, did: str, end: str) -> str:
    """A sentence of who having done `did` in Vietnamese, in `tense` (as _AUX_VI keys it): "Tôi đã mang điện thoại đi
    cầm.", "Bạn đã chuộc lại chiếc nhẫn chưa?", "Anh ấy mang đồng hồ đi cầm rồi."."""
    if tense == "asked":
        return capitalised(f"{who_} đã {did} chưa?")
    aux, stop = _AUX_VI[tense], "!" if "!" in end else "."
    return capitalised(f"{who_} {aux + ' ' if aux else ''}{did}{' rồi' * (tense == 'perfect')}{stop}")


def _pawn_vi(text: str) -> str | None:
    """"I pawned my phone." as "Tôi đã mang điện thoại đi cầm.", "She pawned her watch to pay the tuition fees." as
    "Cô ấy đã mang đồng hồ đi cầm để lấy tiền đóng học phí.", "My brother took his laptop to the pawnshop." as "Anh
    trai tôi đã mang laptop ra tiệm cầm đồ.", "Have you pawned your ring yet?" as "Bạn đã mang nhẫn đi cầm chưa?"
    (_PAWN_EN); None for anything else, "take" not to the pawnshop, debts not who's own, a pet."""
    m = _PAWN_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_en(m)
    if not said or (m["verb"].lower().startswith(("tak", "took"))) != bool(m["to"]):
        return None
    who_, one, own = said
    tense = _tense_en(m, one, _TAKES if m["to"] else _PAWNS)
    thing = _thing_vi(m, who_, one, True)
    if tense is None or thing is None or m["why"] and (tense in ("asked", "not yet") or m["debtor"] and (
            own is None or m["debtor"].lower() != own)) or tense == "asked" and who_ == "tôi":
        return None
    why = re.sub(r"\s+", " ", (m["why"] or "").lower())
    why = _WHY_VI[why.replace(f" {m['debtor'].lower()} ", " {} ") if m["debtor"] else why] if why else ""
    did = f"mang {thing} ra tiệm cầm đồ" if m["to"] else f"mang {thing} đi cầm"
    return _vietnamese(tense, who_, f"{did}{' ' + why if why else ''}", m["end"])


def _redeem_vi(text: str) -> str | None:
    """"I have to redeem the ring." as "Tôi phải chuộc lại chiếc nhẫn.", "We bought back the ring from the pawnshop."
    as "Chúng tôi đã chuộc lại chiếc nhẫn ở tiệm cầm đồ.", "She's just bought back her watch." as "Cô ấy vừa mua
    lại chiếc đồng hồ của mình." (_REDEEM_EN); None for anything else, "buy" without "back", and another's bought back
    but from the pawnshop (bought off them?)."""
    m = _REDEEM_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_en(m)
    buys = bool(m) and m["verb"].lower() in _BUYS
    if not said or buys != bool(m["back"]):
        return None
    who_, one, _ = said
    tense = _tense_en(m, one, _BUYS if buys else _REDEEMS)
    # "mua lại" of another's reads as buying it off them ("mua lại nhẫn của bạn"), so is left; of one's own, as buying
    # it again, so "của mình" says it was theirs ("mua lại chiếc đồng hồ của mình")
    mua = buys and not m["shop"]
    thing = _thing_vi(m, who_, one, False, mua)
    if tense is None or thing is None or tense == "asked" and who_ == "tôi":
        return None
    verb = "mua lại" if mua else "chuộc lại"
    return _vietnamese(tense, who_, f"{verb} {thing}{' ở tiệm cầm đồ' * bool(m['shop'])}", m["end"])


def _shop_vi(text: str) -> str | None:
    """"Is there a pawnshop near here?" as "Gần đây có tiệm cầm đồ nào không?", "Where's the nearest pawnshop?" as
    "Tiệm cầm đồ gần nhất ở đâu?", "This pawnshop charges very high interest." as "Tiệm cầm đồ này tính lãi rất
    cao." (_NEAR_EN, _NEAREST_EN, _INTEREST_EN); None for anything else."""
    if m := _NEAR_EN.fullmatch(text):
        return f"{'Quanh' if m['near'] == 'around here' else 'Gần'} đây có tiệm cầm đồ nào không?"
    if _NEAREST_EN.fullmatch(text):
        return "Tiệm cầm đồ gần nhất ở đâu?"
    m = _INTEREST_EN.fullmatch(text)
    if not m:
        return None
    if m["q"]:
        return f"Tiệm cầm đồ {'này' if m['this'] == 'this' else 'đó'} tính lãi bao nhiêu?"
    stop = "!" if "!" in m["end"] else "."
    return f"Tiệm cầm đồ {'này' if m['this2'] == 'This' else 'đó'} tính lãi {_HOW_VI[m['how']]}cao{stop}"
