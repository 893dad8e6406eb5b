"""Counterfeit and torn banknotes, both ways, written whole by rule: who was given a fake note (in change), a note
fake or real, telling real notes from fake ones, and a torn note a shop will not take. v8 (every other rule on) reads
"giả" as pretended, "rách" as trash or spared, and "note" as a scrap of paper or a memo: "Tôi bị nhận tiền giả." → "I'm
getting a fake money.", "Mẹ tôi bị trả lại tiền giả." → "My mother was paid back.", "Tờ 500 nghìn này là tiền giả." →
"The 500 thousand is the pretended money.", "Tờ tiền này là thật hay giả?" → "Is it true or fake?", "Làm sao biết tiền
thật hay giả?" → "How do you know money or fake?", "Cửa hàng không nhận tiền rách." → "The store doesn't take the
trash.", "Tờ 500 nghìn này bị rách." → "The 500 thousand were spared."; "I was given a fake note." → "Tôi đã đưa một
mẩu giấy giả.", "This note is counterfeit." → "Giấy nợ này là thuốc giả.", "Is this note real or fake?" → "Ghi chú này
có thật hay giả không?", "The shop won't take torn notes." → "Cửa hàng sẽ không ghi chú.", "This 500,000-dong note is
torn." → "500.000 ghi chú này là rìu.".

Taken: who (mt.hobbies.WHO, WHO_EN) given a fake note ("bị nhận (phải) tiền giả", "nhận phải …"; in change: "bị trả
lại", "bị thối"), one or more, of a denomination, at the market or a petrol station, on a day behind or today (past),
just, done ("rồi"), before ("từng"), never, asked ever ("… bao giờ … chưa?") or of a day ("Hôm qua bạn có … không?");
a note (this, that, these; of a denomination of DENOMINATIONS: "tờ 500 nghìn", "500,000-dong note") fake or real,
said, denied, "hình như" (seems to be), asked ("có phải … không?", "thật hay giả?"), and "Đây là tiền giả."; how to tell
whether a note is real or fake, real notes from fake ones, how to spot a fake note; a shop, the bank, many shops,
people or who not taking, taking or asked to take torn notes, or this note because it is torn; whether torn notes
can (still) be spent; a note torn, said, denied or asked.
Left: change and notes had (mt/cash.py), scams and fake websites (mt/scams.py: "giả" of a link or a call), "bị trả
tiền giả" (paid with it, or given it?), "nhận tiền giả" with neither "bị" nor "phải" (accepting it?), "bị nhận tiền
giả" asked with "có" and no day (were you, or do you get?), "à" asking, "tờ này" torn (a sheet of paper?), "tiền cũ"
(old notes: worn, or withdrawn?), "tiền này" (this money), denominations not of DENOMINATIONS or said bare ("tờ 500":
500 or 500,000?), "bill" without a denomination (an invoice?), "anh", "chị", "em" alone saying it, a pet as who, "I"
asked whether given one, checking a note ("Để tôi kiểm tra …": let me, or have to?), a note named bare, fake or
torn ("Tờ tiền giả.": a fake note), "tờ tiền rách" taken (that one, or any?), "thế", "vậy" ending a statement
(mt.text.STRESSED_SAID), and anything else.
mt.phrasebook.translate tries these after mt/chapped_skin.py.

    >>> translate("Tôi bị nhận tiền giả.", "vi", "en"), translate("This 500,000-dong note is torn.", "en", "vi")
    ('I was given a fake note.', 'Tờ 500 nghìn này bị rách.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN, en_word
from .rule_keys import key_checked
from .terms import his_her
from .text import (ASKED_END, PAST_BE, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, be, capitalised,
                   contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giả|rách|tiền\s+thật)"), "en": lazy(r"(?i:fake|counterfeit|forged|torn|genuine|real\b)")}
# the notes of đồng in use (a sum said otherwise, "tờ 300 nghìn", is no note)
DENOMINATIONS = {500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000}
_SAID_VI = {n: f"{n // 1000} nghìn" if n >= 1000 else f"{n} đồng" for n in DENOMINATIONS}  # (as Vietnamese says them)
# the days a note was given on (behind, or today: done by now)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "hôm kia", "tuần trước", "hôm nay", "sáng nay", "chiều nay")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
PLACES = {"ở chợ": "at the market", "ngoài chợ": "at the market", "ở siêu thị": "at the supermarket",
          "ở cây xăng": "at the petrol station"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"at the gas station": "ở cây xăng"}
# who takes notes or not, besides mt.hobbies.WHO ("Cửa hàng không nhận tiền rách.")
TAKERS = {"cửa hàng": "the shop", "cửa hàng này": "this shop", "tiệm này": "this shop", "siêu thị": "the supermarket",
          "siêu thị này": "this supermarket", "ngân hàng": "the bank", "nhiều cửa hàng": "many shops",
          "người ta": "people"}
TAKERS_VI = {en: vi for vi, en in reversed(TAKERS.items())} | {"the store": "cửa hàng", "this store": "cửa hàng này"}
_MANY_TAKERS = {"many shops", "people"}
_THIS = {"này": "this", "đó": "that", "đấy": "that", "kia": "that"}
_THIS_VI = {"this": " này", "that": " đó", "these": " này", "those": " đó", "the": ""}
_NOT = "n't"
_PAST = {"have": "has", "were": "was"}  # (a key of _given_vi's shapes, agreement checked before)

# a denomination ("500 nghìn", "500.000 đồng", "500k"; "500,000-dong", "VND500,000"), read by _value
_DENOM = r"(?P<denom>\d{1,3}(?:\.\d{3})+(?:\s*(?:đồng|đ))?|\d{1,3}\s*(?:nghìn|ngàn|k)(?:\s+đồng)?|\d{3}\s+đồng)"
_DENOM_EN = r"(?P<denom>VND\s?\d{1,3}(?:,\d{3})*|\d{1,3}(?:,\d{3})*(?:-dong|\s+dong|\s+VND)?)"
# a note: "tờ tiền này", "tờ 500 nghìn này", "những tờ tiền này" (group tien: "tiền" said)
_NOTE = (r"(?:(?P<many>(?i:những|mấy|các))\s+)?(?i:tờ)(?:\s+(?P<tien>tiền))?(?:\s+" + _DENOM + r")?"
         rf"(?:\s+(?P<this>{alternatives(_THIS)}))?")
_NOTE_EN = rf"(?P<det>(?i:this|that|the|these|those))\s+(?:{_DENOM_EN}\s+)?(?P<note>(?:bank)?notes?|bills?)"
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))"
_N_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}|an?))"

# who was given a fake note ("Tôi bị nhận tiền giả.", "Mẹ tôi bị trả lại tiền giả.", "Bạn đã bao giờ bị nhận tiền giả
# chưa?"); "bị" or "phải" say it befell them ("Tôi nhận tiền giả.": accepts it?); the perfect said before the verb
_PERFECT = {"vừa": "just been given {}", "vừa mới": "just been given {}", "mới": "just been given {}",
            "từng": "been given {} before", "đã từng": "been given {} before", "chưa bao giờ": "never been given {}",
            "chưa từng": "never been given {}"}
_EVER = ("đã bao giờ", "bao giờ", "từng", "đã từng")  # (… chưa?)
_GIVEN = lazy(rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<pre>"
              rf"{alternatives([*_PERFECT, *_EVER, 'có bao giờ', 'đã', 'có'])})\s+)?(?:bị\s+nhận(?:\s+phải)?|"
              r"nhận\s+phải|(?P<change>bị\s+(?:trả\s+lại|thối(?:\s+lại)?)))\s+(?:(?:(?:một\s+)?tờ|"
              rf"{_N}\s+tờ)\s+(?:tiền\s+giả|{_DENOM}\s+giả)|tiền\s+giả)(?:\s+(?P<place>{alternatives(PLACES)}))?"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<tail>không|chưa))?{SOFTENED_END}")
# a note fake or real ("Tờ tiền này là tiền giả.", "Tờ tiền này có phải là tiền giả không?", "… là thật hay giả?")
_IS = lazy(rf"(?:(?P<seem>(?i:hình\s+như))\s+)?(?:{_NOTE}|(?P<here>(?i:đây|đó)))\s+(?:(?P<ask>có\s+phải)\s+"
           r"(?:là\s+)?|(?P<not>không\s+phải)\s+(?:là\s+)?|(?P<la>là)\s+)?(?P<what>tiền\s+thật\s+hay\s+(?:tiền\s+)?"
           r"giả|thật\s+hay\s+giả|tiền\s+giả|tiền\s+thật|giả)(?:\s+(?P<tail>không|đâu))?\s*(?P<end>[.!?]*)")
# how to tell ("Làm sao biết tiền thật hay giả?", "Làm thế nào để phân biệt tiền thật và tiền giả?")
_TELL = lazy(rf"(?i:làm\s+(?:sao|thế\s+nào))(?:\s+để)?\s+(?:biết\s+(?:(?P<money>tiền)|{_NOTE}\s+(?:là\s+)?)\s*thật"
             r"\s+hay\s+giả|(?P<apart>phân\s+biệt)\s+tiền\s+thật\s+(?:và|với)\s+tiền\s+giả|(?P<spot>nhận\s+biết|"
             r"phát\s+hiện)\s+tiền\s+giả)\s*(?P<end>\?+)")
# who takes torn notes, or not ("Cửa hàng không nhận tiền rách.", "Họ không nhận tờ tiền này vì nó bị rách.")
_TAKE = lazy(rf"(?:(?P<taker>(?i:{alternatives(TAKERS)}))|{WHO})\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
             rf"nhận\s+(?:(?P<torn>tiền\s+(?:bị\s+)?rách)|{_NOTE}\s+vì\s+(?:nó\s+)?(?:bị\s+)?rách){ASKED_END}")
# torn notes spent ("Tiền rách có tiêu được không?", "Tiền rách có còn dùng được không?")
_SPEND = lazy(r"(?i:tiền)\s+rách\s+có\s+(?P<still>còn\s+)?(?P<verb>tiêu|xài|dùng)\s+được\s+không\s*(?P<end>\?+)")
# a note torn ("Tờ 500 nghìn này bị rách.", "Tờ tiền này có bị rách không?")
_TORN = lazy(rf"{_NOTE}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<bi>bị\s+)?rách(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_BE_EN = r"(?:\s+(?P<be>is|are|was|were)(?P<not>\s+not|n['’]t)?|['’](?P<short>s|re))"
_MONEY_EN = (rf"(?:{_N_EN}\s+(?:fake|counterfeit|forged)\s+(?:{_DENOM_EN}\s+)?(?:(?P<note>(?:bank)?notes?)|"
             r"(?P<bill>bills?))|(?:fake|counterfeit|forged)\s+(?P<mass>money|(?:bank)?notes))")
_GIVEN_EN = lazy(rf"(?:(?P<q>Have|Has|Were|Was)\s+)?{WHO_EN}(?:\s+(?P<aux>was|were|has|have|got)|['’](?P<short>ve|s))?"
                 r"(?:\s+(?P<adv>just|never|ever))?(?:\s+(?P<been>been))?\s+(?P<verb>given|got)\s+"
                 rf"{_MONEY_EN}(?:\s+in\s+(?:(?P<chwhose>my|your|his|her|our|their)\s+)?(?P<change>change))?"
                 rf"(?:\s+(?P<place>{alternatives(PLACES_VI)}))?(?:\s+(?P<day>(?i:{alternatives(DAYS_VI)})))?"
                 r"\s*(?P<end>[.!?]*)")
_IS_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?{_NOTE_EN}(?:{_BE_EN}|\s+(?P<seem>seems?)\s+to\s+be)?\s+(?P<what>(?:real|"
              r"genuine)\s+or\s+fake|fake\s+or\s+real|fake|counterfeit|forged|real|genuine)\s*(?P<end>[.!?]*)")
_THIS_IS_EN = lazy(r"(?:(?P<q>Is)\s+)?(?P<det>This|this|That|that)(?:\s+(?P<be>is)(?P<not>\s+not|n['’]t)?|['’]s)?\s+"
                   r"(?:a\s+(?:fake|counterfeit)\s+(?:bank)?note|(?:fake|counterfeit)\s+money)\s*(?P<end>[.!?]*)")
_TELL_EN = lazy(r"How\s+(?:can|do)\s+(?:you|I|we)\s+(?:tell\s+(?:if|whether)\s+(?:a\s+(?:bank)?note|"
                rf"{_NOTE_EN})\s+(?P<be>is|are)\s+(?:real|genuine)\s+or\s+(?:fake|counterfeit)|(?P<apart>tell)\s+"
                r"(?:real\s+(?:bank)?notes\s+from\s+fake\s+ones|a\s+real\s+(?:bank)?note\s+from\s+a\s+fake\s+one|"
                r"real\s+money\s+from\s+(?:fake|counterfeit)\s+money)|(?P<spot>spot)\s+(?:a\s+(?:fake|counterfeit)\s+"
                r"(?:bank)?note|(?:fake|counterfeit)\s+(?:bank)?notes|counterfeit\s+money))\s*(?P<end>\?+)")
_TAKE_EN = lazy(rf"(?:(?P<q>Do|Does|Will)\s+)?(?:(?P<taker>(?i:{alternatives(TAKERS_VI)}))|{WHO_EN})"
                r"(?:\s+(?P<not>won['’]t|will\s+not|don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<verb>take|takes|accept|accepts)\s+(?:torn\s+(?:(?:bank)?notes|money)|{_NOTE_EN}\s+because\s+"
                r"it['’]s\s+torn)\s*(?P<end>[.!?]*)")
_SPEND_EN = lazy(r"Can\s+you\s+(?P<still>still\s+)?(?P<verb>spend|use)\s+torn\s+(?:bank)?notes\s*(?P<end>\?+)")
_TORN_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?{_NOTE_EN}{_BE_EN}?\s+torn\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a fake note given, a note fake, real or torn, telling real notes from fake
    ones, or torn notes taken or not; None for any other."""
    if src == "en":
        return _given_vi(text) or _is_vi(text) or _tell_vi(text) or _take_vi(text) or _torn_vi(text)
    plain = not STRESSED_SAID.search(text)  # ("thế", "vậy" ending a statement say more: "rách thế", so torn)
    return plain and (_given(text) or _is(text) or _tell(text) or _take(text) or _torn(text)) or None


def _value(said: str | None, lang: str) -> int | None:
    """The denomination of a note said ("500 nghìn", "500.000 đồng", "500k"; "500,000-dong", "VND500,000") as a
    number of đồng; None where none is said or it is no note of DENOMINATIONS ("500" alone in English: dong?)."""
    if not said:
        return None
    digits, rest = re.match(r"(?:VND\s?)?([\d.,]+)\s*(.*)", said.strip()).groups()
    n = int(re.sub(r"[.,]", "", digits)) * (1000 if keyed(rest).split(" ")[0] in ("nghìn", "ngàn", "k") else 1)
    if lang == "en" and n < 1000 and not re.search(r"dong|VND", said):
        return None  # ("500 note" in English may be thousands)
    return n if n in DENOMINATIONS else None


def _note_en(m: re.Match, bare: bool = False) -> str | None:
    """The note of a match of _NOTE in English: "this note", "that 500,000-dong note", "these notes", "the note"; None
    for a denomination not read, and for "tờ này" with neither "tiền" nor a denomination (a sheet of paper?) unless
    `bare` (money said after it)."""
    value = _value(m["denom"], "vi")
    if m["denom"] and value is None or not (m["tien"] or m["denom"] or bare):
        return None
    this = _THIS[keyed(m["this"])] if m["this"] else "the"
    det = {"this": "these", "that": "those"}.get(this, this) if m["many"] else this
    return f"{det} {f'{value:,}-dong ' if value else ''}note{'s' * bool(m['many'])}"


def _note_vi(m: re.Match) -> tuple[str, bool] | None:
    """The note of a match of _NOTE_EN in Vietnamese, and whether many: ("tờ tiền này", False), ("những tờ 500 nghìn
    này", True); None for a denomination not read, "bill" without one (an invoice?), "this notes"."""
    value, det, note, many = _value(m["denom"], "en"), m["det"].lower(), m["note"], m["note"].endswith("s")
    if m["denom"] and value is None or note.startswith("bill") and not value or \
            det in ("this", "that", "these", "those") and (det in ("these", "those")) != many:
        return None
    return f"{'những ' * many}tờ {_SAID_VI[value] if value else 'tiền'}{_THIS_VI[det]}", many


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether it takes "has", "was" ("my mother", "Lan"; not "I", "you", "my
    parents"); None for a pet, and for "anh", "chị", "em" saying it (mt.hobbies.who)."""
    said = None if animal(m) else who(m, asked)
    return said and (said[0], said[1] and be(said[0]) == "is")


def _money(m: re.Match) -> str | None:
    """The fake money of a match of _GIVEN in English: "a fake note", "two fake notes", "a fake 500,000-dong note";
    None for a denomination not read."""
    value = _value(m["denom"], "vi")
    n = m["n"] and (VI_TO_EN.get(keyed(m["n"])) or en_word(int(m["n"])))
    kind = f"{value:,}-dong note" if value else "note"
    if m["denom"] and value is None or n == "zero":
        return None
    return f"a fake {kind}" if n in (None, "one") else f"{n} fake {kind}s"


def _given(text: str) -> str | None:
    """"Tôi bị nhận tiền giả." as "I was given a fake note.", "Mẹ tôi bị trả lại tiền giả." as "My mother was given a
    fake note in change.", "Tôi vừa bị nhận tiền giả." as "I've just been given a fake note.", "Bạn đã bao giờ bị nhận
    tiền giả chưa?" as "Have you ever been given a fake note?", "Hôm qua bạn có bị nhận tiền giả không?" as "Were you
    given a fake note yesterday?" (_GIVEN); None for anything else."""
    if not (m := _GIVEN.fullmatch(text)):
        return None
    pre, done, tail, day = keyed(m["pre"] or ""), bool(m["done"]), keyed(m["tail"] or ""), m["day"]
    if (asked := bool(tail)) != ("?" in m["end"]) or (said := _who(m, asked)) is None or \
            (money := _money(m)) is None or asked and said[0] == "I":
        return None  # (asked of oneself: whether one was given it is known)
    who_, one = said
    place = f" {PLACES[keyed(m['place'])]}" if m["place"] else ""
    rest, on = f"{money}{' in change' * bool(m['change'])}{place}", f" {DAYS[keyed(day)]}" if day else ""
    has, was = ("has" if one else "have"), PAST_BE[be(who_)]
    if tail == "chưa" and pre in _EVER or tail == "không" and pre == "có bao giờ":
        return None if done or day else f"{has.capitalize()} {who_} ever been given {rest}?"
    if tail == "không" and pre == "có" and day and not done:
        return f"{was.capitalize()} {who_} given {rest}{on}?"
    if asked or pre not in (*_PERFECT, "", "đã"):
        return None
    if shape := _PERFECT.get(pre) or done and "been given {}":  # ("vừa … hôm qua", "vừa … rồi": not read)
        said_ = capitalised(contracted(who_, f"{has} {shape.format(rest)}."))
        return None if day or done and pre in _PERFECT else said_
    return capitalised(f"{who_} {was} given {rest}{on}.")


def _is(text: str) -> str | None:
    """"Tờ tiền này là tiền giả." as "This note is fake.", "Tờ tiền này có phải là tiền giả không?" as "Is this note
    fake?", "Tờ tiền này là thật hay giả?" as "Is this note real or fake?", "Hình như tờ tiền này là giả." as "This note
    seems to be fake.", "Đây là tiền giả." as "This is counterfeit money." (_IS); None for anything else."""
    if not (m := _IS.fullmatch(text)):
        return None
    what, tail, asked = keyed(m["what"]), keyed(m["tail"] or ""), "?" in m["end"]
    either, said, money = "hay" in what, m["la"] or m["ask"] or m["not"], what.startswith("tiền")
    # (bare "tờ này" only where "tiền" is said after it: "Tờ này là giả." may be a paper)
    note = None if m["here"] else _note_en(m, bare=money and not either)
    if m["here"] and (not money or either or not said) or not m["here"] and note is None:
        return None  # ("Đây là tiền giả.": this money; not "Đây giả.", "Đây là thật hay giả?")
    # (bare "giả" only after "này", "đó" or "hình như": "Tờ tiền giả." is a fake note)
    if not (said or what == "giả" and (m["this"] or m["seem"]) or either) or asked != bool(m["ask"] or either) or \
            (tail == "không") != bool(m["ask"]) or (m["ask"] or m["not"]) and either or \
            (tail == "đâu") and not m["not"] or m["seem"] and (asked or m["not"]):
        return None
    real = "real" if "thật" in what and not either else "fake"
    if m["here"]:
        this = "this" if keyed(m["here"]) == "đây" else "that"
        thing = "real money" if real == "real" else "counterfeit money"
        verb = "isn't" if m["not"] else "seems to be" if m["seem"] else "is"
        return f"Is {this} {thing}?" if asked else capitalised(f"{this} {verb} {thing}.")
    be_ = "are" if m["many"] else "is"
    if either or asked:
        return f"{be_.capitalize()} {note} {'real or fake' if either else real}?"
    if m["seem"]:
        return capitalised(f"{note} {'seem' if m['many'] else 'seems'} to be {real}.")
    return capitalised(f"{note} {be_}{_NOT * bool(m['not'])} {real}.")


def _tell(text: str) -> str | None:
    """"Làm sao biết tiền thật hay giả?" as "How can you tell if a note is real or fake?", "Làm sao phân biệt tiền thật
    và tiền giả?" as "How can you tell real notes from fake ones?", "Làm sao để nhận biết tiền giả?" as "How can you
    spot a fake note?" (_TELL); None for anything else."""
    if not (m := _TELL.fullmatch(text)) or m["apart"] or m["spot"] or m["money"]:
        return m and ("How can you tell real notes from fake ones?" if m["apart"] else "How can you spot a fake note?"
                      if m["spot"] else "How can you tell if a note is real or fake?")
    note = _note_en(m)
    return note and f"How can you tell if {note} {'are' if m['many'] else 'is'} real or fake?"


def _take(text: str) -> str | None:
    """"Cửa hàng không nhận tiền rách." as "The shop won't take torn notes.", "Cửa hàng này có nhận tiền rách không?"
    as "Does this shop take torn notes?", "Họ không nhận tờ tiền này vì nó bị rách." as "They won't take this note
    because it's torn." (_TAKE); "Tiền rách có còn tiêu được không?" as "Can you still spend torn notes?" (_SPEND);
    None for anything else, a pet as who, and "I" asked."""
    if m := _SPEND.fullmatch(text):
        return f"Can you {'still ' * bool(m['still'])}{'use' if keyed(m['verb']) == 'dùng' else 'spend'} torn notes?"
    m = _TAKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or m["ask"] and m["not"] or asked != ("?" in m["end"]) or asked != bool(m["ask"]):
        return None
    taker = m["taker"] and TAKERS[keyed(m["taker"])]
    said = (taker, taker not in _MANY_TAKERS) if taker else _who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    who_, one = said
    if not m["torn"]:  # (this note, because it is torn: only not taken)
        note, it = _note_en(m, bare=True), "they're" if m["many"] else "it's"
        return note and m["not"] and capitalised(f"{who_} won't take {note} because {it} torn.") or None
    if m["not"]:
        return capitalised(f"{who_} won't take torn notes.")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} take torn notes?"
    return capitalised(f"{who_} {'takes' if one else 'take'} torn notes.")


def _torn(text: str) -> str | None:
    """"Tờ 500 nghìn này bị rách." as "This 500,000-dong note is torn.", "Tờ tiền này có bị rách không?" as "Is this
    note torn?", "Tờ tiền này không bị rách." as "This note isn't torn." (_TORN); None for anything else, and "tờ này"
    (a sheet of paper?) or "Tờ tiền rách." (a torn note)."""
    note, asked = (m := _TORN.fullmatch(text)) and _note_en(m), bool(m and m["asked"])
    if not note or m["ask"] and m["not"] or m["done"] and (m["ask"] or m["not"]) or asked != ("?" in m["end"]) or \
            asked != bool(m["ask"]) or not (m["this"] or m["bi"] or m["ask"] or m["not"] or m["done"]):
        return None  # (nor "rách" alone after a note with no "này", "đó": "Tờ tiền rách." is a torn note)
    be_ = "are" if m["many"] else "is"
    return f"{be_.capitalize()} {note} torn?" if asked else capitalised(f"{note} {be_}{_NOT * bool(m['not'])} torn.")


def _agrees(word: str, be_: str) -> bool:
    """Whether a verb said with who agrees with who's "am", "is" or "are" (`be_`): "I was", "she has", "do you",
    "takes"; True for one that does not tell ("got", "won't")."""
    word = keyed(word).replace("’", "'")
    if word in ("was", "has", "'s", "does", "doesn't", "does not", "takes", "accepts"):
        return be_ in (("am", "is") if word == "was" else ("is",))
    if word in ("were", "have", "'ve", "do", "don't", "do not", "take", "accept"):
        return be_ in (("are",) if word == "were" else ("am", "are"))
    return True


def _be_en(m: re.Match) -> str:
    """"am", "is" or "are" for who of a match of WHO_EN ("I", "my mother", "my parents", "you")."""
    if m["who"]:
        return be("I" if m["who"].lower() == "i" else m["who"].lower())
    return be(m["kin"].lower()) if m["kin"] else "is"


def _money_vi(m: re.Match) -> str | None:
    """The fake money of a match of _MONEY_EN in Vietnamese: "a fake note", "fake money" as "tiền giả", "two fake
    notes" as "hai tờ tiền giả", "a fake 500,000-dong note" as "một tờ 500 nghìn giả"; None where the count does not
    agree ("a fake notes", "two fake note") or a denomination is not read."""
    if m["mass"]:
        return "tiền giả"
    value, n, note = _value(m["denom"], "en"), (m["n"] or "").lower(), m["note"] or m["bill"]
    one = n in ("a", "one", "1")
    if m["denom"] and value is None or m["bill"] and not value or note.endswith("s") == one or n in ("an", "0"):
        return None
    count = "một" if one else EN_TO_VI.get(n) or n
    return f"{count} tờ {_SAID_VI[value]} giả" if value else "tiền giả" if n == "a" else f"{count} tờ tiền giả"


def _given_vi(text: str) -> str | None:
    """"I was given a fake note." as "Tôi bị nhận tiền giả.", "My mother was given a fake note in change." as "Mẹ tôi
    bị trả lại tiền giả.", "He's just been given a fake note." as "Anh ấy vừa bị nhận tiền giả.", "Have you ever been
    given a fake note?" as "Bạn đã bao giờ bị nhận tiền giả chưa?" (_GIVEN_EN); None for anything else, a pet, "I"
    asked, and where a verb or whose change it was does not agree with who."""
    if not (m := _GIVEN_EN.fullmatch(text)) or bool(m["q"]) != ("?" in m["end"]) or (money := _money_vi(m)) is None:
        return None
    q, adv, verb = (m["q"] or "").lower(), m["adv"] or "", m["verb"]
    aux = m["aux"] or {"ve": "have", "s": "has"}.get(m["short"] or "", "")
    if aux and q or not _agrees(q or aux, _be_en(m)) or m["chwhose"] and not _own_change(m) or animal(m) or \
            q and (m["who"] or "").lower() == "i":
        return None
    place = f" {PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    said = f"bị {'trả lại' if m['change'] else 'nhận'} {money}{place}"
    day = f"{DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    past, just = "{day}{who} {said}.", "{who} vừa {said}."
    shape = {("", "was", "", False, "given"): past, ("", "got", "", False, "given"): past, ("", "", "", False, "got"):
             past, ("", "", "just", False, "got"): just, ("", "has", "", True, "given"): "{who} {said} rồi.",
             ("", "has", "just", True, "given"): just, ("", "has", "never", True, "given"):
             "{who} chưa bao giờ {said}.", ("has", "", "ever", True, "given"): "{who} đã bao giờ {said} chưa?",
             ("was", "", "", False, "given"): "{day}{who} có {said} không?"}.get(
        (_PAST.get(q, q), _PAST.get(aux, aux), adv, bool(m["been"]), verb))
    if shape is None or day and "{day}" not in shape:
        return None
    return capitalised(shape.format(day=day, who=who_vi(m)[0], said=said))


def _own_change(m: re.Match) -> bool:
    """Whether whose change in a match of _GIVEN_EN is who's own ("I … in my change", "My mother … in her change")."""
    whose = m["chwhose"].lower()
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == whose
    if m["kin"]:
        return whose == (his_her(who_vi(m)[0]) or ("their" if _be_en(m) == "are" else None))
    return whose in ("his", "her")


def _be_note(m: re.Match, many: bool) -> str | None:
    """"is" or "are" said of a note in a match of _IS_EN or _TORN_EN, asked or not ("Is this note", "these notes
    are", "this note's"); "" where none is said; None where it does not agree or is past ("This note was fake.")."""
    be_ = (m["q"] or m["be"] or {"s": "is", "re": "are"}.get(m["short"] or "", "")).lower()
    return None if be_ in ("was", "were") or be_ and (be_ == "are") != many else be_


def _is_vi(text: str) -> str | None:
    """"This note is fake." as "Tờ tiền này là tiền giả.", "Is this note real or fake?" as "Tờ tiền này là thật hay
    giả?", "This note isn't counterfeit." as "Tờ tiền này không phải là tiền giả.", "These notes seem to be fake." as
    "Hình như những tờ tiền này là tiền giả." (_IS_EN); "This is a fake note." as "Đây là tiền giả." (_THIS_IS_EN);
    None for anything else, and where "is" does not agree with the note."""
    if m := _THIS_IS_EN.fullmatch(text):
        this = "Đây" if m["det"].lower() == "this" else "Đó"
        if bool(m["q"]) != ("?" in m["end"]) or m["det"][0].isupper() == bool(m["q"]) or m["q"] and m["be"]:
            return None
        return f"{this} có phải là tiền giả không?" if m["q"] else \
            f"{this} {'không phải là' if m['not'] else 'là'} tiền giả."
    said = (m := _IS_EN.fullmatch(text)) and _note_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]) or (be_ := _be_note(m, said[1])) is None:
        return None
    (note, many), what = said, keyed(m["what"])
    either, real = " or " in what, "tiền thật" if what in ("real", "genuine") else "tiền giả"
    if m["q"] and (m["be"] or m["short"] or m["seem"]) or not (be_ or m["seem"]) or either and not m["q"] or \
            m["seem"] and ((m["seem"] == "seems") == many or m["not"]):
        return None
    if m["q"]:
        return f"{capitalised(note)} {'là thật hay giả' if either else f'có phải là {real} không'}?"
    if m["seem"]:
        return f"Hình như {note} là {real}."
    return capitalised(f"{note} {'không phải là' if m['not'] else 'là'} {real}.")


def _tell_vi(text: str) -> str | None:
    """"How can you tell if a note is real or fake?" as "Làm sao biết tiền thật hay giả?", "How do you tell real
    notes from fake ones?" as "Làm sao phân biệt tiền thật và tiền giả?", "How can you spot a fake note?" as "Làm sao
    để nhận biết tiền giả?" (_TELL_EN); None for anything else, and where "is" does not agree with the note."""
    if not (m := _TELL_EN.fullmatch(text)) or m["apart"] or m["spot"]:
        return m and ("Làm sao phân biệt tiền thật và tiền giả?" if m["apart"] else "Làm sao để nhận biết tiền giả?")
    if not m["det"]:  # ("a note")
        return "Làm sao biết tiền thật hay giả?" if m["be"] == "is" else None
    said = _note_vi(m)
    return said and (m["be"] == "are") == said[1] and f"Làm sao biết {said[0]} là thật hay giả?" or None


def _take_vi(text: str) -> str | None:
    """"The shop won't take torn notes." as "Cửa hàng không nhận tiền rách.", "Does this shop accept torn notes?" as
    "Cửa hàng này có nhận tiền rách không?", "They won't take this note because it's torn." as "Họ không nhận tờ tiền
    này vì bị rách." (_TAKE_EN); "Can you still spend torn notes?" as "Tiền rách có còn tiêu được không?" (_SPEND_EN);
    None for anything else, a pet, "I" asked, and where a verb does not agree with who."""
    if m := _SPEND_EN.fullmatch(text):
        return f"Tiền rách có {'còn ' * bool(m['still'])}{'tiêu' if m['verb'] == 'spend' else 'dùng'} được không?"
    if not (m := _TAKE_EN.fullmatch(text)) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    verb, first = m["verb"], m["q"] or m["not"] or m["verb"]
    if taker := m["taker"] and keyed(m["taker"]):
        who_, be_ = TAKERS_VI[taker], "are" if taker in _MANY_TAKERS else "is"
    elif animal(m) or m["q"] and (m["who"] or "").lower() == "i":
        return None
    else:
        who_, be_ = who_vi(m)[0], _be_en(m)
    if not _agrees(first, be_) or (m["q"] or m["not"]) and verb.endswith("s"):
        return None
    if m["det"]:  # (this note, because it's torn: only not taken)
        said = _note_vi(m)
        return said and not said[1] and m["not"] and capitalised(f"{who_} không nhận {said[0]} vì bị rách.") or None
    return capitalised(f"{who_} có nhận tiền rách không?" if m["q"] else
                       f"{who_} {'không ' * bool(m['not'])}nhận tiền rách.")


def _torn_vi(text: str) -> str | None:
    """"This note is torn." as "Tờ tiền này bị rách.", "This 500,000-dong note is torn." as "Tờ 500 nghìn này bị
    rách.", "Is this note torn?" as "Tờ tiền này có bị rách không?" (_TORN_EN); None for anything else, and where
    "is" does not agree with the note."""
    said = (m := _TORN_EN.fullmatch(text)) and _note_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"] or m["short"]) or \
            not _be_note(m, said[1]) or m["q"] and m["not"]:
        return None
    return f"{capitalised(said[0])} có bị rách không?" if m["q"] else \
        capitalised(f"{said[0]} {'không ' * bool(m['not'])}bị rách.")
