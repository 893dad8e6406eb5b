"""Wedding gifts, both ways, written whole by rule: the money given at a wedding ("mừng cưới"), how much to give and
how much is enough, going to give it ("đi mừng cưới"), the envelope ("phong bì") got ready or filled, the gift money
sent by bank transfer, and a wedding present bought. v8 (the rules on) reads "mừng" as glad or celebrating and "cưới"
as marrying: "Tôi đi mừng cưới bạn tôi." → "I'm glad my friends.", "Bạn mừng cưới bao nhiêu?" → "How much are you
celebrating?", "Mừng cưới bao nhiêu là đủ?" → "How much is it enough to wedding?", "Tôi mừng cưới năm trăm nghìn." →
"I celebrate hundreds of trillion wedding.", "Tôi chưa chuẩn bị phong bì." → "I'm not ready to get the envelope.",
"Tôi bỏ năm trăm nghìn vào phong bì." → "I left the hundred trillion in the envelope."; "How much should I give at the
wedding?" → "Tôi nên cho vào cưới bao nhiêu?", "How much are you giving at the wedding?" → "Bạn đang cho con bú bao
nhiêu?", "How much is enough to give at a wedding?" → "Trời cưới đủ để cho bé thêm bao nhiêu?", "I haven't got the
envelope ready yet." → "Tôi chưa có phong bì sẵn sàng.", "I sent my wedding gift by bank transfer." → "Tôi gửi quà
cưới của tôi bằng cách chuyển giao ngân hàng.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking; "I" never asked but with "nên", "phải", "cần")
gives a sum (mt.amounts: "500 nghìn", "năm trăm nghìn", "500,000 dong") as a wedding gift, to whom or not, a tense said
("đã mừng cưới Lan 500 nghìn"), or puts one in the envelope ("bỏ phong bì 500 nghìn", "bỏ 500 nghìn vào phong bì"); how
much who gives ("Bạn mừng cưới bao nhiêu?": what one is giving; "đã", "sẽ", "định", "nên", "phải") or puts in the
envelope; how much is enough or reasonable ("Mừng cưới bao nhiêu là đủ?"); who is going to give someone a wedding gift
("đi mừng cưới Lan"), has, hasn't yet, should, asked; who got the envelope or the gift money ready ("chuẩn bị phong
bì"), hasn't yet, asked; who sent the gift money ("gửi tiền mừng cưới", by bank transfer "qua chuyển khoản"), asked; who
bought a wedding present (no one it is for). Left: "mừng cưới bạn" ("bạn" alone: a friend's wedding, or yours?), a plain
"mừng cưới" or "chuẩn bị" with no "đi" and no tense, a sum or not (given, giving, or gives?), "đi … rồi" of anyone but
"I" (has given, or has gone off to give?), "đi mua" (went to buy: bought?), "the money for the wedding" (its costs?), a
wedding who's own ("How much did she give at her wedding?"), "me" or "us" given to oneself, a pet (English too), "không"
said (didn't, or won't?), "tiền mừng" with no "cưới" (any occasion's), a gift sent with no bank transfer in English (a
parcel?), a wedding present for someone (mt/gifts.py), going to a wedding (mt/weddings.py), lucky money
(mt/new_year.py), money sent to someone (mt/transfers.py), and anything else.
mt.phrasebook.translate tries these after mt/wisdom_teeth.py.

    >>> translate("Bạn mừng cưới bao nhiêu?", "vi", "en"), translate("I put 500,000 dong in the envelope.", "en", "vi")
    ('How much are you giving at the wedding?', 'Tôi bỏ 500.000 đồng vào phong bì.')
"""
from __future__ import annotations

import re

from .amounts import SUM_WORDS, SUM_WORDS_EN, sum_said, words_sum
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM_EN, animal, as_whom, be_agrees, someone, who, who_vi
from .hobbies import own_thing, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mừng\s+cưới|phong\s+bì|quà\s+cưới)"), "en": lazy(r"(?i:wedding|envelope)")}

# whose wedding, after "mừng cưới" (English whom and whose); "bạn" alone is left: a friend, or "you"?
_COUPLE = {"anh ấy": ("him", "his"), "cô ấy": ("her", "her"), "chị ấy": ("her", "her"), "họ": ("them", "their")}
_COUPLE_VI = {"his": "anh ấy", "her": "cô ấy", "their": "họ", "your": "bạn"}
_WHOM = rf"(?P<whom>{SOMEONE}|(?i:{alternatives(_COUPLE)}))"
# a sum, in digits or words (mt.amounts reads it: "500 nghìn", "năm trăm nghìn", "500,000 dong")
_SUM = rf"(?P<sum>\d+(?:[.,]\d+)*(?:\s*(?:nghìn|ngàn|triệu|tr|k))?(?:\s*(?:đồng|đ|VNĐ|VND))?|{SUM_WORDS})"
_SUM_EN = (rf"(?P<sum>(?:VND|VNĐ)\s?\d[\d.,]*(?:\s(?:thousand|million))?|\d[\d.,]*(?:\s(?:thousand|million))?\s?"
           rf"(?:dong|VND)|{SUM_WORDS_EN})")
_AUX = r"(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sắp|sẽ|chưa|định|nên|muốn|phải|cần|đang|có\s+nên|có)\s+)?"
_END = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}"
_HOW = r"(?P<how>bao\s+nhiêu)(?:\s+tiền)?"

# the gift given ("Tôi mừng cưới năm trăm nghìn.", "Bạn mừng cưới bao nhiêu?", "Tôi đi mừng cưới bạn tôi.")
_GIVE = lazy(rf"{WHO}\s+{_AUX}(?P<go>đi\s+)?mừng\s+cưới(?:\s+(?:cho\s+)?{_WHOM})?(?:\s+(?:{_SUM}|{_HOW}))?{_END}")
# ... or put in the envelope ("Bạn bỏ phong bì bao nhiêu?", "Tôi bỏ năm trăm nghìn vào phong bì.")
_PUT = [lazy(rf"{WHO}\s+{_AUX}bỏ\s+(?:vào\s+)?phong\s+bì\s+(?:{_SUM}|{_HOW}){_END}"),
        lazy(rf"{WHO}\s+{_AUX}bỏ\s+{_SUM}\s+vào\s+phong\s+bì{_END}")]
# how much is enough ("Mừng cưới bao nhiêu là đủ?", "Nên đi mừng cưới bao nhiêu?")
_ENOUGH = lazy(rf"(?i:(?P<should>nên)\s+)?(?i:đi\s+)?(?i:tiền\s+)?(?i:mừng\s+cưới)\s+bao\s+nhiêu(?:\s+tiền)?"
               rf"(?:\s+(?:là|thì)\s+(?P<is>đủ|hợp\s+lý))?{SOFTENER}\s*\?+")
# the envelope got ready ("Tôi chưa chuẩn bị phong bì.", "Bạn chuẩn bị phong bì chưa?")
_READIES = {"phong bì": "the envelope", "phong bì mừng cưới": "the envelope for the wedding",
            "tiền mừng cưới": "the wedding gift money"}  # (not "the money for the wedding": its costs?)
_READY = lazy(rf"{WHO}\s+{_AUX}chuẩn\s+bị\s+(?P<what>{alternatives(_READIES)}){_END}")
# the gift money sent ("Tôi gửi tiền mừng cưới qua chuyển khoản.", "Tôi chuyển khoản mừng cưới cho Lan.")
_SENT = lazy(rf"{WHO}\s+{_AUX}(?:(?P<verb>gửi|chuyển)\s+tiền\s+mừng\s+cưới|(?P<bank>chuyển\s+khoản)\s+(?:tiền\s+)?"
             rf"mừng\s+cưới)(?:\s+cho\s+{_WHOM})?(?:\s+(?P<by>(?:qua|bằng)\s+chuyển\s+khoản))?{_END}")
# a wedding present bought, for no one said ("Tôi chưa mua quà cưới.": "mua quà cưới cho Lan" is mt/gifts.py's); not
# "đi mua" ("Tôi đã đi mua quà cưới.": went to buy one, bought or not)
_BOUGHT = lazy(rf"{WHO}\s+{_AUX}mua\s+quà\s+cưới{_END}")

# ... in English
_OWNER_EN = rf"(?P<owner>(?i:his|her|their|your)|{SOMEONE_EN}['’]s)"
_HOW_EN = lazy(rf"How\s+much\s+(?P<q>should|did|are|is|am|do|does)\s+{WHO_EN}\s+(?P<verb>give|giving|going\s+to\s+give|"
               r"planning\s+to\s+give|have\s+to\s+give|need\s+to\s+give|want\s+to\s+give|put|putting|going\s+to\s+put)"
               rf"\s+(?:at\s+(?:(?P<the>the|a)|{_OWNER_EN})\s+wedding|(?P<gift>as\s+a\s+wedding\s+gift)|"
               r"(?P<envelope>in\s+the\s+envelope))\s*\?+")
_ENOUGH_EN = lazy(r"How\s+much\s+(?:is\s+(?P<is>enough|reasonable)|(?P<should>should\s+you))\s+(?:to\s+)?give\s+"
                  r"(?:at\s+a\s+wedding|as\s+a\s+wedding\s+gift)\s*\?+")
_GAVE_EN = lazy(rf"{WHO_EN}(?P<verb>\s+gave|\s+will\s+give|'ll\s+give|\s+should\s+give|\s+(?:have|has)\s+to\s+give|"
                r"\s+wants?\s+to\s+give|(?P<be>\s+(?:am|is|are)|'(?:m|s|re))\s+(?P<plan>going|planning)\s+to\s+give|"
                rf"\s+put)\s+(?:{WHOM_EN}\s+)?{_SUM_EN}\s+(?:(?P<gift>as\s+a\s+wedding\s+gift)|(?P<envelope>in\s+the\s+"
                r"envelope))\s*(?P<end>[.!]*)")
# the verbs of the rest, after who, as _tense_en reads them
_AUX_EN = (r"(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s)|\s+will|['’]ll|\s+(?:needs?|have|has)\s+to|"
           r"\s+(?:am|is|are)|['’](?:m|re))?(?:\s+(?P<adv>already|just))?")
_WHAT_EN = {"the envelope": "phong bì", "the envelope for the wedding": "phong bì mừng cưới",
            "the wedding gift money": "tiền mừng cưới"}
_READY_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>got|get|getting|prepared|prepare|preparing)"
                 rf"\s+(?P<what>{alternatives(_WHAT_EN)})(?P<ready>\s+ready)?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_SENT_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>sent|send|sending)\s+(?:{WHOM_EN}\s+)?"
                r"(?P<owner>my|your|his|her|our|their|the|a)\s+wedding\s+gift\s+by\s+bank\s+transfer"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_BOUGHT_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>bought|buy|buying)\s+a\s+wedding\s+"
                  r"(?:gift|present)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")

# the tenses a Vietnamese auxiliary (and "rồi", "chưa?", "có … không?") says, as _tensed writes them
_TENSES = {("", True, ""): "already", ("đã", True, ""): "already", ("đã", False, ""): "past",
           ("vừa", False, ""): "just", ("mới", False, ""): "just", ("vừa mới", False, ""): "just",
           ("chưa", False, ""): "not yet", ("sẽ", False, ""): "will", ("sắp", False, ""): "going",
           ("định", False, ""): "planning", ("nên", False, ""): "should", ("phải", False, ""): "have to",
           ("cần", False, ""): "need", ("muốn", False, ""): "want", ("đang", False, ""): "doing",
           ("", False, "chưa"): "yet?", ("đã", False, "chưa"): "yet?", ("có", False, "không"): "going?",
           ("có nên", False, "không"): "should?"}
# ... and back: the Vietnamese said before the verb and after it
_TENSES_VI = {"past": ("đã", ""), "already": ("đã", " rồi"), "just": ("vừa", ""), "not yet": ("chưa", ""),
              "yet?": ("đã", " chưa"), "will": ("sẽ", ""), "need": ("cần", ""), "have to": ("phải", ""),
              "doing": ("đang", "")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a wedding gift given, how much, the envelope, the gift money sent or a wedding
    present bought; None for any other."""
    if src == "vi":
        return _give(text) or _put(text) or _enough(text) or _ready(text) or _sent(text) or _bought(text)
    text = text.replace("’", "'")
    return _how_vi(text) or _enough_vi(text) or _gave_vi(text) or _ready_vi(text) or _sent_vi(text) or \
        _bought_vi(text)


def _tensed(who_: str, one: bool, tense: str, verb: tuple[str, str, str], rest: str) -> str | None:
    """A sentence of who doing `verb` (base, past and participle, "-ing") and `rest`, in `tense` (of _TENSES):
    "I've already given Lan a wedding gift.", "Have you got the envelope ready yet?"; None for another tense."""
    base, past, ing = verb
    be_, have = "am" if who_ == "I" else "is" if one else "are", "has" if one else "have"
    said = {"past": past, "already": f"{have} already {past}", "just": f"{have} just {past}", "will": f"will {base}",
            "going": f"{be_} going to {base}", "planning": f"{be_} planning to {base}", "should": f"should {base}",
            "have to": f"{have} to {base}", "need": f"{'needs' if one else 'need'} to {base}",
            "want": f"{'wants' if one else 'want'} to {base}", "doing": f"{be_} {ing}"}
    if tense in said:
        return capitalised(f"{contracted(who_, said[tense] + rest)}.")
    asked = {"yet?": f"{have.capitalize()} {who_} {past}{rest} yet?", "going?": f"{be_.capitalize()} {who_} going "
             f"to {base}{rest}?", "should?": f"Should {who_} {base}{rest}?",
             "not yet": capitalised(f"{who_} {have}n't {past}{rest} yet.")}
    return asked.get(tense)


def _said(m: re.Match, bare: str | None = None) -> tuple[str, bool, str] | None:
    """Who of a Vietnamese match in English, whether one ("she has"), and the tense its auxiliary, "rồi" and asking
    say (_TENSES; `bare` where none is said); None for a tense not there, a "?" that does not ask, a pet, "anh"
    saying it, or "I" asked but "có nên"."""
    asked = keyed(m["asked"] or "")
    if bool(asked) != ("?" in m["end"]) or animal(m):
        return None
    said = (keyed(m["aux"] or ""), bool(m["done"]), asked)
    tense = _TENSES.get(said) or (bare if said == ("", False, "") else None)
    said = tense and who(m, bool(asked))
    if not said or tense in ("yet?", "going?") and said[0] == "I":  # ("Should I …?" is asked of oneself)
        return None
    return *said, tense


def _whom_en(m: re.Match) -> tuple[str, str] | None:
    """Whose wedding of a match of _WHOM, as English says whom and whose: ("Lan", "Lan's"), ("them", "their");
    ("", "the") for none; None for one not read."""
    if not m["whom"]:
        return "", "the"
    if keyed(m["whom"]) in _COUPLE:
        return _COUPLE[keyed(m["whom"])]
    said = someone(m["whom"], "vi")
    return said and (said, f"{said}'s")


def _sum_en(said: str) -> str | None:
    """A sum of _SUM in English ("VND500 thousand", "five hundred thousand dong"); None for one not read as đồng."""
    return words_sum(said, "vi") or sum_said(said, "vi")


def _amount(m: re.Match, verb: tuple[str, str, str], whom: tuple[str, str], tail: str) -> str | None:
    """A sum given (`tail` " as a wedding gift", " in the envelope") or how much is asked, of a match of _GIVE or _PUT:
    "I gave Lan VND500 thousand as a wedding gift.", "How much should I give at Lan's wedding?"; None for a tense not
    said of a sum, or a sum not read."""
    aux, end, how = keyed(m["aux"] or ""), m["end"], m.groupdict().get("how")
    forms = {"": "past", "đã": "past", "sẽ": "will", "định": "planning", "nên": "should", "phải": "have to",
             "cần": "need", "muốn": "want"}
    if m["done"] or m["asked"] or aux not in forms or bool(how) != ("?" in end) or "!" in end:
        return None
    said = who(m, bool(how))
    if not said or animal(m):
        return None
    who_, one = said
    base, past, ing = verb
    if how:
        if who_ == "I" and aux not in ("nên", "phải", "cần"):
            return None  # ("Tôi mừng cưới bao nhiêu?": asked of oneself, how much one gave?)
        be_, do = "am" if who_ == "I" else "is" if one else "are", "does" if one else "do"
        asked = {"": f"{be_} {who_} {ing}", "đã": f"did {who_} {base}", "sẽ": f"{be_} {who_} going to {base}",
                 "định": f"{be_} {who_} planning to {base}", "nên": f"should {who_} {base}",
                 "phải": f"{do} {who_} have to {base}", "cần": f"{do} {who_} need to {base}",
                 "muốn": f"{do} {who_} want to {base}"}[aux]
        at = tail if tail == " in the envelope" else f" at {whom[1]} wedding"
        return f"How much {asked}{at}?"
    sum_ = _sum_en(m["sum"])
    obj = f" {whom[0]}" if whom[0] else ""
    return sum_ and _tensed(who_, one, forms[aux], verb, f"{obj} {sum_}{tail}")


def _give(text: str) -> str | None:
    """"Tôi mừng cưới năm trăm nghìn." as "I gave five hundred thousand dong as a wedding gift.", "Bạn mừng cưới bao
    nhiêu?" as "How much are you giving at the wedding?", "Tôi đi mừng cưới bạn tôi." as "I'm going to give my friend
    a wedding gift.", "Bạn đã đi mừng cưới Lan chưa?" as "Have you given Lan a wedding gift yet?" (_GIVE); None for
    anything else, and "mừng cưới" with no "đi" and no tense, a sum or not, and "đi … rồi" of another."""
    m = _GIVE.fullmatch(text)
    whom = m and _whom_en(m)
    if not whom:
        return None
    give = ("give", "gave", "giving")
    if m["sum"] or m["how"]:
        # (a sum given plainly, "Tôi mừng cưới Lan 500 nghìn.": gave, is giving, or gives?)
        return None if m["sum"] and (m["go"] or not m["aux"]) else _amount(m, give, whom, " as a wedding gift")
    said = _said(m, "going" if m["go"] else None)  # ("Tôi mừng cưới Lan.": given, or giving?)
    if said is None:
        return None
    who_, one, tense = said
    if tense == "going?" and not m["go"] or tense == "doing":
        return None
    if m["go"] and m["done"] and not m["aux"] and who_ != "I":
        return None  # ("Mẹ tôi đi mừng cưới họ rồi.": has given, or has gone off to give? "đã" tells)
    given = ("give", "given", "giving") if tense in ("already", "just", "not yet", "yet?") else give
    return _tensed(who_, one, tense, given, f"{' ' * bool(whom[0])}{whom[0]} a wedding gift")


def _put(text: str) -> str | None:
    """"Tôi bỏ năm trăm nghìn vào phong bì." as "I put five hundred thousand dong in the envelope.", "Bạn bỏ phong
    bì bao nhiêu?" as "How much are you putting in the envelope?" (_PUT); None for anything else."""
    m = next((m for p in _PUT if (m := p.fullmatch(text))), None)
    return m and _amount(m, ("put", "put", "putting"), ("", "the"), " in the envelope")


def _enough(text: str) -> str | None:
    """"Mừng cưới bao nhiêu là đủ?" as "How much is enough to give at a wedding?", "Nên mừng cưới bao nhiêu?" as "How
    much should you give at a wedding?" (_ENOUGH); None for anything else, and "Mừng cưới bao nhiêu?" alone."""
    m = _ENOUGH.fullmatch(text)
    if not m or not (m["is"] or m["should"]):
        return None
    if m["is"]:
        return f"How much is {'enough' if keyed(m['is']) == 'đủ' else 'reasonable'} to give at a wedding?"
    return "How much should you give at a wedding?"


def _ready(text: str) -> str | None:
    """"Tôi chưa chuẩn bị phong bì." as "I haven't got the envelope ready yet.", "Bạn chuẩn bị phong bì chưa?" as
    "Have you got the envelope ready yet?", "Tôi đã chuẩn bị phong bì rồi." as "I've already got the envelope ready."
    (_READY); None for anything else, and "chuẩn bị" with no tense (got ready, or getting?)."""
    m = _READY.fullmatch(text)
    said = m and _said(m)
    if not said or said[2] in ("going?", "should?", "going"):
        return None
    return _tensed(*said, ("get", "got", "getting"), f" {_READIES[keyed(m['what'])]} ready")


def _sent(text: str) -> str | None:
    """"Tôi gửi tiền mừng cưới qua chuyển khoản." as "I sent my wedding gift by bank transfer.", "Tôi chuyển khoản
    mừng cưới cho Lan." as "I sent my wedding gift to Lan by bank transfer.", "Bạn đã gửi tiền mừng cưới
    chưa?" as "Have you sent your wedding gift yet?" (_SENT); None for anything else, and "chuyển" with "qua chuyển
    khoản" (said twice)."""
    m = _SENT.fullmatch(text)
    whom = m and (not m["by"] or keyed(m["verb"] or "") == "gửi") and _whom_en(m)
    said = whom and _said(m, "past")  # (sent, said plainly: mt/transfers.py reads it so)
    if not said or said[2] not in ("past", "already", "just", "not yet", "yet?", "will", "planning"):
        return None
    who_, one, tense = said
    whose = whose_own(m, who_) or "a"
    by = " by bank transfer" if m["by"] or m["bank"] else ""
    verb = ("transfer", "transferred", "transferring") if m["verb"] and keyed(m["verb"]) == "chuyển" else \
        ("send", "sent", "sending")
    to = f" to {whom[0]}" if whom[0] else ""
    return _tensed(who_, one, tense, verb, f" {whose} wedding gift{to}{by}")


def _bought(text: str) -> str | None:
    """"Tôi chưa mua quà cưới." as "I haven't bought a wedding present yet.", "Bạn đã mua quà cưới chưa?" as "Have
    you bought a wedding present yet?" (_BOUGHT); None for anything else, and a plain "mua" (bought, or buying?)."""
    m = _BOUGHT.fullmatch(text)
    said = m and _said(m)
    if not said or said[2] in ("going?", "should?"):
        return None
    return _tensed(*said, ("buy", "bought", "buying"), " a wedding present")


def _how_vi(text: str) -> str | None:
    """"How much should I give at the wedding?" as "Tôi nên mừng cưới bao nhiêu?", "How much are you giving at Lan's
    wedding?" as "Bạn mừng cưới Lan bao nhiêu?", "How much should I put in the envelope?" as "Tôi nên bỏ phong bì bao
    nhiêu?" (_HOW_EN); None for anything else, where the verb does not agree with who, a pet, and who's own wedding."""
    m = _HOW_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if m["owner"] and own_thing(m, who_, one):
        return None  # ("How much did she give at her wedding?": her own, or another's?)
    q, verb = m["q"].lower(), " ".join(m["verb"].split())
    aux = {("should", "give"): "nên", ("should", "put"): "nên", ("be", "giving"): "", ("be", "putting"): "",
           ("did", "give"): "đã", ("be", "going to give"): "sẽ", ("be", "going to put"): "sẽ",
           ("be", "planning to give"): "định", ("do", "have to give"): "phải", ("do", "need to give"): "cần",
           ("do", "want to give"): "muốn"}.get(("be" if q in ("are", "is", "am") else "do" if q in ("do", "does")
                                                else q, verb))
    putting = verb.endswith(("put", "putting"))
    if aux is None or q in ("are", "is", "am") and not be_agrees(m, q) or q in ("do", "does") and (q == "does") != one:
        return None
    if putting != bool(m["envelope"]) or m["the"] and m["the"].lower() == "a":
        return None  # ("at a wedding" asked of someone: how much one gives at any, mt's _enough_vi)
    if putting:
        return capitalised(f"{who_} {aux}{' ' * bool(aux)}bỏ phong bì bao nhiêu?")
    whom = _couple_vi(m["owner"]) if m["owner"] else ""
    return None if whom is None else capitalised(f"{who_} {aux}{' ' * bool(aux)}mừng cưới{whom} bao nhiêu?")


def _couple_vi(owner: str) -> str | None:
    """Whose wedding, after "mừng cưới": "Lan's" as " Lan", "their" as " họ"; None for one not read."""
    if owner.lower() in _COUPLE_VI:
        return f" {_COUPLE_VI[owner.lower()]}"
    said = someone(owner.replace("’", "'").removesuffix("'s"), "en")
    return said and f" {said}"


def _enough_vi(text: str) -> str | None:
    """"How much is enough to give at a wedding?" as "Mừng cưới bao nhiêu là đủ?", "How much should you give at a
    wedding?" as "Nên mừng cưới bao nhiêu?" (_ENOUGH_EN); None for anything else."""
    m = _ENOUGH_EN.fullmatch(text)
    if not m:
        return None
    if m["is"]:
        return f"Mừng cưới bao nhiêu là {'đủ' if m['is'] == 'enough' else 'hợp lý'}?"
    return "Nên mừng cưới bao nhiêu?"


def _gave_vi(text: str) -> str | None:
    """"I gave 500,000 dong as a wedding gift." as "Tôi đã mừng cưới 500.000 đồng.", "We'll give Lan one million dong
    as a wedding gift." as "Chúng tôi sẽ mừng cưới Lan một triệu đồng.", "I put 500,000 dong in the envelope." as "Tôi
    bỏ 500.000 đồng vào phong bì." (_GAVE_EN); None for anything else, where the verb does not agree with who, a pet,
    and oneself given to ("I gave me")."""
    m = _GAVE_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["verb"].lower().split())
    sum_ = words_sum(m["sum"], "en") or sum_said(m["sum"], "en")
    if not sum_ or (verb == "put") != bool(m["envelope"]) or verb == "put" and m["whom"]:
        return None
    if verb == "put":
        return capitalised(f"{who_} bỏ {sum_} vào phong bì.")
    if m["plan"]:
        aux = "sẽ" if m["plan"] == "going" else "định"
        if not be_agrees(m, m["be"].strip()):
            return None
    else:
        aux = {"gave": "đã", "will give": "sẽ", "'ll give": "sẽ", "should give": "nên", "have to give": "phải",
               "has to give": "phải", "want to give": "muốn", "wants to give": "muốn"}[verb]
        if verb.startswith(("has", "wants")) != one and verb.startswith(("has", "have", "want")):
            return None
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if whom is None or whom == who_ and who_ in ("tôi", "chúng tôi", "bạn"):
        return None  # (one not read, or "I gave me …")
    return capitalised(f"{who_} {aux} mừng cưới{' ' * bool(whom)}{whom} {sum_}.")


def _tense_en(m: re.Match, one: bool, forms: tuple[str, str, str]) -> str | None:
    """The tense (of _TENSES_VI) of a match over WHO_EN and _AUX_EN with a verb of `forms` (base, past, "-ing") in
    the group "verb": "have … got … yet?" "yet?", "haven't got" "not yet", "'ve got" "already", "got" "past",
    "will get" "will", "needs to get" "need", "is getting" "doing"; None where a verb does not agree with who."""
    base, past, ing = forms
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    verb, q, adv, end = m["verb"], (m["q"] or "").lower(), m["adv"], m["end"]
    if bool(q) != ("?" in end) or "!" in end and q or m["yet"] and not (q or aux.endswith("not")):
        return None
    first = q or aux.split(" ")[0] if q or aux else ""
    if first in ("has", "have", "'s", "'ve") and (first in ("has", "'s")) != one:
        return None
    if q:
        return "yet?" if verb == past and not aux and not adv else None
    if aux in ("has not", "have not"):
        return "not yet" if verb == past and not adv else None
    if aux in ("has", "have", "'s", "'ve"):
        return {"": "already", "already": "already", "just": "just"}[adv or ""] if verb == past else None
    if not aux:
        return {"": "past", "already": "already", "just": "just"}[adv or ""] if verb == past else None
    if adv:
        return None
    if aux in ("will", "'ll"):
        return "will" if verb == base else None
    if aux in ("need to", "needs to", "have to", "has to"):
        if (aux.startswith(("needs", "has"))) != one:
            return None
        return ("need" if aux.startswith("need") else "have to") if verb == base else None
    return "doing" if verb == ing and be_agrees(m, aux) else None


def _tensed_vi(m: re.Match, forms: tuple[str, str, str], said: str) -> str | None:
    """A Vietnamese sentence of who of a match over WHO_EN doing `said` ("chuẩn bị phong bì") in the tense
    `_tense_en` reads; None where it reads none, of "I" asked, or of a pet."""
    who_, one = who_vi(m)
    tense = _tense_en(m, one, forms)
    if tense is None or tense == "yet?" and who_ == "tôi" or animal(m):
        return None
    before, after = _TENSES_VI[tense]
    return capitalised(f"{who_} {before} {said}{after}{'?' if tense == 'yet?' else '.'}")


def _ready_vi(text: str) -> str | None:
    """"I haven't got the envelope ready yet." as "Tôi chưa chuẩn bị phong bì.", "Have you got the envelope ready?"
    as "Bạn đã chuẩn bị phong bì chưa?", "I've prepared the envelope." as "Tôi đã chuẩn bị phong bì rồi." (_READY_EN);
    None for anything else."""
    m = _READY_EN.fullmatch(text)
    got = m and m["verb"].startswith("g")  # ("got the envelope ready", "prepared the envelope")
    if not m or got != bool(m["ready"]):
        return None
    forms = ("get", "got", "getting") if got else ("prepare", "prepared", "preparing")
    return _tensed_vi(m, forms, f"chuẩn bị {_WHAT_EN[keyed(m['what'])]}")


def _sent_vi(text: str) -> str | None:
    """"I sent my wedding gift by bank transfer." as "Tôi đã gửi tiền mừng cưới qua chuyển khoản.", "Have you sent
    your wedding gift by bank transfer?" as "Bạn đã gửi tiền mừng cưới qua chuyển khoản chưa?" (_SENT_EN); None for
    anything else, a gift not who's own ("She sent my wedding gift"), and one sent to oneself ("I sent me")."""
    m = _SENT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if keyed(m["owner"]) not in ("a", "the") and not own_thing(m, who_, one):
        return None
    whom = m["whom"] and as_whom(m["whom"], "en")
    if m["whom"] and (not whom or whom == who_ and who_ in ("tôi", "chúng tôi", "bạn")):
        return None  # (one not read, or "I sent me …")
    to = f" cho {whom}" if whom else ""
    return _tensed_vi(m, ("send", "sent", "sending"), f"gửi tiền mừng cưới{to} qua chuyển khoản")


def _bought_vi(text: str) -> str | None:
    """"I haven't bought a wedding gift yet." as "Tôi chưa mua quà cưới.", "Have you bought a wedding present yet?" as
    "Bạn đã mua quà cưới chưa?", "I need to buy a wedding gift." as "Tôi cần mua quà cưới." (_BOUGHT_EN); None for
    anything else."""
    m = _BOUGHT_EN.fullmatch(text)
    return m and _tensed_vi(m, ("buy", "bought", "buying"), "mua quà cưới")
