"""Road tolls, both ways, written whole by rule: who has to pay the toll (or has paid it), a toll booth ahead, a road or
bridge with a toll, how much the toll is, an ETC tag out of money or topped up, and queues or jams at the toll booth. v8
(every other rule on) reads "phí cầu đường" as sugar or a bridge's cost, "trạm thu phí" as a costume or charging
station, "hết tiền" as "all money", and "toll" as a doll ("búp bê") or a start ("khởi động"): "Chúng ta phải trả phí cầu
đường." → "We must pay for sugar.", "Phía trước có trạm thu phí." → "A previous costume station.", "Phí qua trạm là bao
nhiêu?" → "How much is the station?", "Thẻ ETC của tôi hết tiền rồi." → "My ETC tag is all money.", "Tôi cần nạp tiền
vào thẻ ETC." → "I need to load money in ETC.", "Chúng tôi đang xếp hàng ở trạm thu phí." → "We are packing at the
expense station.", "Cầu này có thu phí không?" → "Is this a freezer?"; "We have to pay the toll." → "Chúng ta phải trả
tiền.", "There's a toll booth ahead." → "Sẽ khởi động phía trước.", "How much is the toll?" → "Con búp bê bao nhiêu?",
"I need to top up my ETC tag." → "Tôi cần phải đứng đầu thẻ ETC.", "Is this a toll road?" → "Con đường này có phải
không?".

Taken: who (mt.hobbies.WHO, WHO_EN) pays the toll ("phí cầu đường", "phí qua trạm", "phí BOT") or tops up their own or
someone's ETC tag or account (TAGS): has to, will have to, needs to, doesn't have to, asked whether they have to, will,
wants to, paid, has paid, already, just, not yet, asked yet; a toll booth ("trạm thu phí", "trạm BOT") ahead, said,
denied or asked; a toll on this road, expressway, bridge or tunnel, said, denied or asked; how much the toll is (here,
at this booth, or this toll) and what it is, a sum of đồng (mt.amounts.sum_said); whose ETC tag out of money, almost,
just, with money still on it or not enough, asked whether any is left; who queuing or stuck in traffic at the toll booth
(now, asked, or past: "đã phải", "đã bị"), a jam or a long queue there; "của mình" after anyone but "I", and who named
again as whose, are who's own. Left: paying bare ("Tôi trả phí cầu đường.": now or a habit?), "phải" with "rồi",
"phải xếp hàng" without "đã" (have to, or had to?), "I" asked whether paid, "anh", "chị", "em" alone saying it, "em"
asking with "ạ" (the speaker), a statement ending "vậy" or "thế" (then, so), a name topping up their own tag (his or
hers?), "của mình" asked of "you" (yours, or mine?), "his" or "her" not who's own (after a name most who bear are of
the other sex too: "Lan … his"), a pet as who, "mới" alone (just, or only then?), spans queued ("nửa tiếng"), a tag's
money asked with "chưa", the toll in the past ("The toll was …"), "Sắp đến trạm thu phí rồi." (who?), road fees ("phí
đường bộ": not a toll), fees of anything else ("thu phí" of a school), "etc." and anything else, to the model; phone
credit and e-wallets topped up are mt/phone_credit.py's and mt/e_wallets.py's, queues elsewhere mt/queues.py's and
mt/waiting.py's.
mt.phrasebook.translate tries these after mt/school_lunches.py.

    >>> translate("Chúng ta phải trả phí cầu đường.", "vi", "en"), translate("How much is the toll?", "en", "vi")
    ('We have to pay the toll.', 'Phí qua trạm là bao nhiêu?')
"""
from __future__ import annotations

import re

from .amounts import sum_said
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, first_agrees, owner_of, own_thing,
                      someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   present, progressive)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phí|etc|epass|\bbot\b)"), "en": lazy(r"(?i:toll|\betc\b|vetc|epass)")}
# an electronic toll tag or account (the first Vietnamese of each is written back)
TAGS = {"thẻ ETC": "ETC tag", "thẻ VETC": "VETC tag", "thẻ ePass": "ePass tag", "tài khoản ETC": "ETC account",
        "tài khoản VETC": "VETC account", "tài khoản ePass": "ePass account",
        "thẻ thu phí không dừng": "electronic toll tag", "tài khoản thu phí không dừng": "electronic toll account"}
TAGS_VI = {en: vi for vi, en in reversed(TAGS.items())} | {"ETC card": "thẻ ETC", "toll tag": "thẻ thu phí không dừng"}
_TAGS_KEYED, _TAGS_VI_KEYED = {keyed(k): v for k, v in TAGS.items()}, {keyed(k): v for k, v in TAGS_VI.items()}
ROADS = {"đường cao tốc": "expressway", "cao tốc": "expressway", "đường": "road", "con đường": "road",
         "đoạn đường": "road", "cầu": "bridge", "cây cầu": "bridge", "hầm": "tunnel"}
ROADS_VI = {en: vi for vi, en in reversed(ROADS.items())} | {"motorway": "đường cao tốc"}
_TOLL = r"(?i:phí\s+cầu\s+đường|phí\s+qua\s+trạm|phí\s+BOT)"
_BOOTH = r"(?i:trạm\s+thu\s+phí(?:\s+BOT)?|trạm\s+BOT)"
_TAG = rf"(?P<tag>(?i:{alternatives(TAGS)}))"
_WHOSE_TAG = rf"{_TAG}(?:\s+(?:của\s+)?{OWNER})?"

# who pays the toll or tops up a tag ("Chúng ta phải trả phí cầu đường.", "Tôi cần nạp tiền vào thẻ ETC.")
_AUX = (r"(?:(?P<aux>sẽ\s+phải|phải|cần|không\s+phải|không\s+cần|sẽ|muốn|đã|vừa\s+mới|vừa|chưa)\s+|"
        r"(?P<ask>có)\s+(?P<modal>phải|cần)\s+)?")
_DOING = lazy(rf"{WHO}\s+{_AUX}(?:(?P<pay>trả\s+{_TOLL})|nạp\s+(?:thêm\s+)?tiền\s+(?:vào\s+)?{_WHOSE_TAG})"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# a booth ahead ("Phía trước có trạm thu phí.", "Có trạm BOT ở phía trước không?")
_AHEAD = lazy(rf"(?:(?:(?i:ở)\s+)?(?i:phía\s+trước)\s+(?:(?P<not>không)\s+)?có\s+(?:một\s+)?{_BOOTH}|"
              rf"(?i:có)\s+(?:một\s+)?{_BOOTH}\s+(?:ở\s+)?phía\s+trước){ASKED_END}")
# a toll on a road ("Đường này có thu phí không?", "Cầu này không thu phí.")
_ROAD = lazy(rf"(?P<road>(?i:{alternatives(ROADS)}))\s+này\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?thu\s+phí"
             rf"{ASKED_END}")
# how much ("Phí qua trạm là bao nhiêu?", "Phí cầu đường ở đây bao nhiêu tiền?", "Phí qua trạm là 35.000 đồng.")
_HOW_MUCH = lazy(rf"{_TOLL}(?:\s+(?P<here>ở\s+đây|ở\s+trạm\s+này|này))?(?:\s+là)?\s+(?:(?P<how>bao\s+nhiêu"
                 r"(?:\s+tiền)?)|(?P<sum>\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu))?(?:\s*(?:đồng|VNĐ|VND|đ))?))"
                 rf"{SOFTENED_END}")
# a tag's money ("Thẻ ETC của tôi hết tiền rồi.", "Thẻ ETC của bạn còn tiền không?")
_BALANCE = lazy(rf"{_WHOSE_TAG}\s+(?:(?:(?P<aux>sắp|đã|vừa)\s+)?(?P<out>hết)\s+tiền(?:\s+(?P<done>rồi))?|"
                rf"(?:(?P<ask>có)\s+|(?P<still>vẫn)\s+)?(?P<left>còn)\s+tiền|(?P<short>không\s+đủ)\s+tiền){ASKED_END}")
# queuing or stuck there ("Chúng tôi đang xếp hàng ở trạm thu phí.", "Tôi đã phải xếp hàng ở trạm thu phí.")
_QUEUE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<aux>đang|đã\s+phải|đã)\s+(?:(?P<queue>xếp\s+hàng)|bị\s+"
              rf"(?P<stuck>kẹt|tắc)(?P<traffic>\s+xe|\s+đường)?)\s+(?:ở|tại)\s+{_BOOTH}{ASKED_END}")
# a jam or a queue there ("Trạm thu phí đang kẹt xe.", "Xe đang xếp hàng dài ở trạm thu phí.")
_JAM = lazy(rf"(?:(?:(?i:ở|tại)\s+)?{_BOOTH}\s+(?:(?P<ask>có)\s+)?(?:đang\s+)?(?:kẹt\s+xe|tắc\s+đường|ùn\s+tắc|"
            r"bị\s+tắc)(?:\s+(?P<much>lắm|quá))?|(?P<long>(?i:xe)\s+(?:cộ\s+)?(?:đang\s+)?xếp\s+hàng\s+dài\s+"
            rf"(?:ở|tại)\s+{_BOOTH})){ASKED_END}")

# ... and in English
_TOLL_EN = r"(?P<toll>(?:the|a)\s+(?:road\s+)?toll|(?:the\s+)?(?:road\s+)?tolls)"
_BOOTH_EN = r"(?:toll\s*booth|toll\s+plaza|toll\s+gate|toll\s+station)"
_TAG_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|the))|(?P<named>{SOMEONE_EN})['’]s)\s+"
           rf"(?P<tag>{alternatives(TAGS_VI)})")
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has|Did)\s+)?{WHO_EN}(?P<aux>\s+(?:will|do|does|have|has)(?:\s+not|n['’]t)?|"
                 r"\s+won['’]t|['’](?:ll|ve|s))?(?:\s+(?P<adv>already|just))?(?:\s+(?P<modal>have|has|need|needs|want|"
                 rf"wants)\s+to)?\s+(?:(?P<pay>pay|paid)\s+{_TOLL_EN}|(?P<top>top\s+up|topped\s+up)\s+{_TAG_EN})"
                 r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_AHEAD_EN = lazy(rf"(?P<head>There['’]s\s+a|There\s+is\s+a|Is\s+there\s+a|There['’]s\s+no|There\s+is\s+no|"
                 rf"There\s+isn['’]t\s+a)\s+{_BOOTH_EN}\s+(?:up\s+)?ahead\s*(?P<end>[.!?]*)")
_ROAD_EN = lazy(rf"(?:(?P<head>Is\s+there\s+a|There['’]s\s+a|There\s+is\s+a|There['’]s\s+no|There\s+is\s+no)\s+toll\s+"
                rf"on\s+this|(?P<head2>Is\s+this|This\s+is|This\s+isn['’]t)\s+a\s+toll)\s+(?P<road>"
                rf"{alternatives(ROADS_VI)})\s*(?P<end>[.!?]*)")
_HOW_MUCH_EN = lazy(r"(?:(?P<how>How\s+much\s+is|What['’]s|What\s+is)\s+the\s+(?:road\s+)?toll|The\s+(?:road\s+)?toll)"
                    r"(?:\s+(?P<here>here|at\s+this\s+(?:toll\s*)?booth))?(?:\s+is\s+(?P<sum>.+?))?\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"{_TAG_EN}(?P<aux>\s+has|['’]s|\s+is)(?:\s+(?P<adv>just|almost|nearly))?\s+(?P<how>run\s+out|out|"
               r"running\s+out)\s+of\s+(?:money|credit)\s*(?P<end>[.!?]*)")
_LEFT_EN = lazy(r"(?P<head>Is\s+there\s+any\s+money\s+left|There['’]s\s+still\s+(?:some\s+)?money|There\s+is\s+still\s+"
                r"(?:some\s+)?money|There\s+isn['’]t\s+enough\s+money|There\s+is\s+not\s+enough\s+money)\s+on\s+"
                rf"{_TAG_EN}\s*(?P<end>[.!?]*)")
_QUEUE_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN}|\s+(?P<had>had\s+to)|\s+(?P<got>got))?\s+(?P<what>"
                 rf"queuing|queueing|queue|waiting\s+in\s+line|stuck(?:\s+in\s+traffic)?)\s+at\s+the\s+{_BOOTH_EN}"
                 r"\s*(?P<end>[.!?]*)")
_JAM_EN = lazy(rf"(?P<head>There['’]s|There\s+is|Is\s+there)\s+(?:(?P<jam>a\s+traffic\s+jam)|(?P<long>a\s+long\s+"
               rf"queue(?:\s+of\s+cars)?))\s+at\s+the\s+{_BOOTH_EN}\s*(?P<end>[.!?]*)")

# what is said of who paying or topping up, in Vietnamese ({} is the verb and what), as _how reads it
_HOW_VI = {"must": "phải {}.", "will_must": "sẽ phải {}.", "need": "cần {}.", "not_must": "không phải {}.",
           "not_need": "không cần {}.", "ask_must": "có phải {} không?", "ask_need": "có cần {} không?",
           "will": "sẽ {}.", "want": "muốn {}.", "paid": "đã {}.", "already": "đã {} rồi.", "have": "{} rồi.",
           "just": "vừa {}.", "not_yet": "chưa {}.", "ask_yet": "đã {} chưa?"}
_AUX_HOW = {"phải": "must", "sẽ phải": "will_must", "cần": "need", "không phải": "not_must", "không cần": "not_need",
            "sẽ": "will", "muốn": "want", "đã": "paid", "vừa": "just", "vừa mới": "just", "chưa": "not_yet"}
# ... and in English: (asking word, auxiliary, adverb, "to" verb, verb's form, "yet") as _doing_vi reads them
_EN_HOW = {("", "", "", "have", "base"): "must", ("", "will", "", "have", "base"): "will_must",
           ("", "", "", "need", "base"): "need", ("", "do not", "", "have", "base"): "not_must",
           ("", "do not", "", "need", "base"): "not_need", ("do", "", "", "have", "base"): "ask_must",
           ("do", "", "", "need", "base"): "ask_need", ("", "will", "", "", "base"): "will",
           ("", "", "", "want", "base"): "want", ("", "", "", "", "past"): "paid",
           ("", "", "already", "", "past"): "already",
           ("", "have", "already", "", "past"): "already", ("", "have", "", "", "past"): "have",
           ("", "have", "just", "", "past"): "just", ("", "", "just", "", "past"): "just",
           ("", "have not", "", "", "past"): "not_yet", ("have", "", "", "", "past"): "ask_yet",
           ("did", "", "", "", "base"): "ask_yet"}
_MODAL = {"must", "will_must", "need", "not_must", "not_need", "ask_must", "ask_need"}
_SHORT = {"'ll": "will", "'ve": "have", "'s": "has", "won't": "will not"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who pays a toll or tops up an ETC tag, a toll booth ahead, a road's toll, how
    much the toll is, a tag's money, or a queue or jam at the toll booth; None for any other."""
    if src == "vi":  # ("vậy", "thế" ending a statement say more than English would: then, so)
        return None if STRESSED_SAID.search(text) else (_doing(text) or _ahead(text) or _road(text) or
                                                        _how_much(text) or _balance(text) or _queue(text))
    text = text.replace("’", "'")
    return (_doing_vi(text) or _ahead_vi(text) or _road_vi(text) or _how_much_vi(text) or _balance_vi(text) or
            _queue_vi(text))


def _how(m: re.Match) -> str | None:
    """What a match of _DOING says of who (a key of _HOW_VI: "must", "ask_yet" …); None for what it does not read ("phải
    … rồi", "có" without "không", a "?" on a statement, paying bare)."""
    aux, asked, q = keyed(m["aux"] or ""), bool(m["asked"]), "?" in m["end"]
    if m["ask"]:
        return ("ask_must" if keyed(m["modal"]) == "phải" else "ask_need") if asked and q and not (
            m["done"] or m["yet"]) else None
    if asked:
        return None
    if m["yet"]:
        return "ask_yet" if q and aux in ("", "đã") and not m["done"] else None
    if q:
        return None
    if m["done"]:
        return {"": "have", "đã": "already"}.get(aux)
    return _AUX_HOW.get(aux)


def _said_en(how: str, who_: str, one: bool, base: str, past: str, thing: str) -> str:
    """Who doing it as `how` says (_HOW_VI's keys), in English: "We have to pay the toll.", "Have you paid the toll
    yet?" ("a toll" where one is asked or denied)."""
    has = "has" if one else "have"
    if how in _MODAL - {"will_must"} | {"want"}:
        to = {"must": "have", "need": "need", "want": "want"}[how.split("_")[-1]]
        thing = thing.replace("the toll", "a toll") if how.startswith(("not", "ask")) else thing
        return present(who_, one, f"{to} to {base}", thing, how.startswith("ask"), how.startswith("not"))
    said = {"will_must": f"will have to {base}", "will": f"will {base}", "paid": past,
            "already": f"{has} already {past}", "have": f"{has} {past}", "just": f"{has} just {past}",
            "not_yet": f"{has}n't {past}"}.get(how)
    if said is None:
        return f"{has.capitalize()} {who_} {past} {thing} yet?"
    yet = " yet" if how == "not_yet" else ""
    said = contracted(who_, said) if how.startswith("will") or said.startswith("have ") else f"{who_} {said}"
    return capitalised(f"{said} {thing}{yet}.")


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose the tag of a match of _DOING is, in English, who being `who_`: who's own where no one is said, where
    "của mình" follows anyone but "I" (the reflexive: "Anh ấy … của mình" his) or who is named again ("Bố tôi … của
    bố tôi": his); else the one said ("my", "my mother's"); None where English cannot tell his from hers (a name, "bạn
    tôi") and "của mình" after "you" (yours, or the speaker's?)."""
    whose = owner_of(m, "")
    if keyed(m["owner"] or "") == "mình" and who_ != "I":
        return None if who_ == "you" else whose_own(m, who_)
    return whose_own(m, who_) if whose in ("", f"{who_}'s") else whose


def _doing(text: str) -> str | None:
    """"Chúng ta phải trả phí cầu đường." as "We have to pay the toll.", "Bạn đã trả phí qua trạm chưa?" as "Have you
    paid the toll yet?", "Tôi cần nạp tiền vào thẻ ETC." as "I need to top up my ETC tag." (_DOING); None for anything
    else, "I" asked whether paid, a pet, "em … ạ" asking (the speaker), and a name's own tag (his or hers?)."""
    m = _DOING.fullmatch(text)
    how = m and not animal(m) and not em_speaking(m) and _how(m)
    said = how and who(m, how.startswith("ask"))
    if not said or how == "ask_yet" and said[0] == "I":
        return None
    who_, one = said
    if m["pay"]:
        return _said_en(how, who_, one, "pay", "paid", "the toll")
    whose = _whose(m, who_)
    return whose and _said_en(how, who_, one, "top up", "topped up", f"{whose} {_TAGS_KEYED[keyed(m['tag'])]}")


def _ahead(text: str) -> str | None:
    """"Phía trước có trạm thu phí." as "There's a toll booth ahead.", "Phía trước có trạm BOT không?" as "Is there a
    toll booth ahead?", "Phía trước không có trạm thu phí." as "There's no toll booth ahead." (_AHEAD); None for
    anything else."""
    m = _AHEAD.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["not"]:
        return None
    return ("Is there a toll booth ahead?" if m["asked"] else
            f"There's {'no' if m['not'] else 'a'} toll booth ahead.")


def _road(text: str) -> str | None:
    """"Đường này có thu phí không?" as "Is there a toll on this road?", "Cầu này không thu phí." as "There's no toll on
    this bridge.", "Đường cao tốc này có thu phí." as "There's a toll on this expressway." (_ROAD); None for anything
    else."""
    m = _ROAD.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["not"]:
        return None  # ("Đường này thu phí không?": asked, "có" or not)
    road = ROADS[keyed(m["road"])]
    if m["asked"]:
        return f"Is there a toll on this {road}?"
    return f"There's {'no' if m['not'] else 'a'} toll on this {road}."


def _how_much(text: str) -> str | None:
    """"Phí qua trạm là bao nhiêu?" as "How much is the toll?", "Phí cầu đường ở đây bao nhiêu tiền?" as "How much is
    the toll here?", "Phí qua trạm là 35.000 đồng." as "The toll is VND35,000." (_HOW_MUCH); None for anything else, and
    a sum mt.amounts does not read as đồng; "Phí cầu đường này …", "Phí BOT này …" as "this toll"."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    toll, here = "the toll", {"": "", "ở đây": " here"}.get(keyed(m["here"] or ""), " at this booth")
    if keyed(m["here"] or "") == "này" and not keyed(text).startswith("phí qua trạm"):
        toll, here = "this toll", ""  # ("này" after "phí qua trạm" is the booth passed; after another, the toll)
    if m["how"]:
        return f"How much is {toll}{here}?"
    said = sum_said(m["sum"], "vi")
    return said and capitalised(f"{toll}{here} is {said}.")


def _thing_en(m: re.Match) -> str | None:
    """Whose tag of a match of _WHOSE_TAG in English: "my ETC tag", "my father's ETC account", "the ETC tag"; None for
    someone not read."""
    whose = owner_of(m)
    return whose and f"{whose} {_TAGS_KEYED[keyed(m['tag'])]}"


def _balance(text: str) -> str | None:
    """"Thẻ ETC của tôi hết tiền rồi." as "My ETC tag has run out of money.", "Thẻ ETC của tôi sắp hết tiền." as "My ETC
    tag is almost out of money.", "Thẻ ETC của bạn còn tiền không?" as "Is there any money left on your ETC tag?", "…
    không đủ tiền." as "There isn't enough money on …" (_BALANCE); None for anything else."""
    m = _BALANCE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and not m["left"] or (
            thing := _thing_en(m)) is None:
        return None
    aux = keyed(m["aux"] or "")
    if m["out"]:
        if aux == "vừa" and m["done"]:
            return None
        said = {"sắp": "is almost out of", "vừa": "has just run out of", "đã": "has run out of"}.get(
            aux, "has run out of" if m["done"] else "is out of")
        return capitalised(f"{thing} {said} money.")
    if asked:
        return f"Is there any money left on {thing}?"
    return f"There's still money on {thing}." if m["left"] else f"There isn't enough money on {thing}."


def _queue(text: str) -> str | None:
    """"Chúng tôi đang xếp hàng ở trạm thu phí." as "We're queuing at the toll booth.", "Tôi đã phải xếp hàng ở trạm thu
    phí." as "I had to queue at the toll booth.", "Bố tôi đang bị kẹt xe ở trạm thu phí." as "My father is stuck in
    traffic at the toll booth.", "Trạm thu phí đang kẹt xe." as "There's a traffic jam at the toll booth." (_QUEUE,
    _JAM); None for anything else."""
    m = _QUEUE.fullmatch(text)
    if m:
        asked, aux = bool(m["asked"]), keyed(m["aux"])
        said = None if animal(m) or em_speaking(m) or asked != ("?" in m["end"]) or bool(m["ask"]) != asked else \
            who(m, asked)
        if not said or asked and (aux != "đang" or said[0] == "I") or aux == "đã phải" and not m["queue"] or \
                aux == "đã" and m["queue"]:
            return None
        # ("bị kẹt" alone: stuck, the barrier or the traffic; "bị tắc", "kẹt xe": in traffic)
        stuck = "stuck" + " in traffic" * bool(m["traffic"] or keyed(m["stuck"] or "") == "tắc")
        if aux != "đang":
            return capitalised(f"{said[0]} {'had to queue' if m['queue'] else f'got {stuck}'} at the toll booth.")
        return progressive(said[0], be(said[0]), f"{'queuing' if m['queue'] else stuck} at the toll booth", asked)
    m = _JAM.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["asked"] and m["much"]:
        return None
    if m["long"]:
        return "There's a long queue at the toll booth."
    if m["asked"]:
        return "Is there a traffic jam at the toll booth?"
    return f"There's a {'bad ' * bool(m['much'])}traffic jam at the toll booth."


def _tag_vi(m: re.Match, who_: str | None = None, one: bool = False) -> str | None:
    """The tag of a match of _TAG_EN in Vietnamese: "thẻ ETC của tôi", "thẻ ETC" (the, or who's own where `who_` is
    said), "thẻ ETC của mẹ tôi"; None for someone not read, and "his" or "her" not who's own (after a name most who
    bear are of the other sex too: "Lan … his", mt.names.named_his_her)."""
    tag = _TAGS_VI_KEYED[keyed(m["tag"])]
    if m["named"]:
        named = someone(m["named"], "en")
        return named and f"{tag} của {named}"
    owner = m["owner"].lower()
    if who_ is not None and owner in ("his", "her") and m["given"] and named_his_her(m["given"]) not in (None, owner):
        return None  # (own_thing takes "his" or "her" after any name as who's own)
    if who_ is not None and owner != "the":
        own = own_thing(m, who_, one)
        return None if own is None else tag if own else f"{tag} của {WHOSE_VI[owner]}"
    return tag if owner == "the" else f"{tag} của {WHOSE_VI[owner]}"


def _doing_vi(text: str) -> str | None:
    """"We have to pay the toll." as "Chúng ta phải trả phí cầu đường.", "Have you paid the toll yet?" as "Bạn đã trả
    phí cầu đường chưa?", "I need to top up my ETC tag." as "Tôi cần nạp tiền vào thẻ ETC." (_DOING_EN); None for
    anything else, where a verb does not agree with who, "Have I paid …?", and a pet."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    aux = _SHORT.get(aux, aux).replace("n't", " not")
    modal, verb = (m["modal"] or "").lower(), " ".join((m["pay"] or m["top"]).split())
    first = q or aux.split(" ")[0] or modal
    who_, one = who_vi(m)
    key = ({"does": "do", "has": "have"}.get(q, q), aux.replace("does", "do").replace("has", "have"), m["adv"] or "",
           {"has": "have", "needs": "need", "wants": "want"}.get(modal, modal),
           "past" if verb in ("paid", "topped up") else "base")
    how = _EN_HOW.get(key)
    if how is None or not first_agrees(first, who_, one) or (q or aux) and modal in ("has", "needs", "wants") or \
            m["yet"] and how not in ("not_yet", "ask_yet") or how == "ask_yet" and who_ == "tôi":
        return None
    if not (q or aux) and modal and (modal.endswith("s") != one or who_ == "tôi" and modal == "has"):
        return None
    if m["pay"]:  # (who has to pay, travelling together: "chúng ta", as the brief's "We have to pay the toll.")
        who_ = "chúng ta" if who_ == "chúng tôi" and how in _MODAL else who_
        return capitalised(f"{who_} {_HOW_VI[how].format('trả phí cầu đường')}")
    tag = _tag_vi(m, who_, one)
    return tag and capitalised(f"{who_} {_HOW_VI[how].format(f'nạp tiền vào {tag}')}")


def _ahead_vi(text: str) -> str | None:
    """"There's a toll booth ahead." as "Phía trước có trạm thu phí.", "Is there a toll booth ahead?" as "Phía trước có
    trạm thu phí không?", "There's no toll booth ahead." as "Phía trước không có trạm thu phí." (_AHEAD_EN); None for
    anything else."""
    m = _AHEAD_EN.fullmatch(text)
    if not m or m["head"].startswith("Is") != ("?" in m["end"]):
        return None
    if m["head"].startswith("Is"):
        return "Phía trước có trạm thu phí không?"
    denied = "no" in m["head"].split() or "n't" in m["head"]  # ("There's no", "There isn't a")
    return f"Phía trước {'không ' * denied}có trạm thu phí."


def _road_vi(text: str) -> str | None:
    """"Is there a toll on this road?" and "Is this a toll road?" as "Đường này có thu phí không?", "This is a toll
    bridge." as "Cầu này có thu phí.", "There's no toll on this road." as "Đường này không thu phí." (_ROAD_EN); None
    for anything else."""
    m = _ROAD_EN.fullmatch(text)
    if not m:
        return None
    head = " ".join((m["head"] or m["head2"]).split())
    if head.startswith("Is") != ("?" in m["end"]):
        return None
    road = capitalised(ROADS_VI[m["road"].lower()])
    if head.startswith("Is"):
        return f"{road} này có thu phí không?"
    denied = "no" in head.split() or head.endswith("n't")
    return f"{road} này {'không' if denied else 'có'} thu phí."


def _how_much_vi(text: str) -> str | None:
    """"How much is the toll?" as "Phí qua trạm là bao nhiêu?", "How much is the toll here?" as "Phí qua trạm ở đây là
    bao nhiêu?", "The toll is 35,000 dong." as "Phí qua trạm là 35.000 đồng." (_HOW_MUCH_EN); None for anything else,
    and a sum mt.amounts does not read as đồng."""
    m = _HOW_MUCH_EN.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or bool(m["how"]) == bool(m["sum"]):
        return None
    here = "" if not m["here"] else " ở đây" if m["here"] == "here" else " này"
    if m["how"]:
        return f"Phí qua trạm{here} là bao nhiêu?"
    said = sum_said(m["sum"], "en")
    return said and f"Phí qua trạm{here} là {said}."


def _balance_vi(text: str) -> str | None:
    """"My ETC tag has run out of money." as "Thẻ ETC của tôi hết tiền rồi.", "My ETC tag is almost out of money." as
    "Thẻ ETC của tôi sắp hết tiền.", "Is there any money left on your ETC tag?" as "Thẻ ETC của bạn còn tiền không?"
    (_LEFT_EN, _OUT_EN); None for anything else, and where a verb does not agree ("My ETC tag is run out")."""
    m = _LEFT_EN.fullmatch(text) or _OUT_EN.fullmatch(text)
    head = m and m.groupdict().get("head")
    if not m or bool(head and head.startswith("Is")) != ("?" in m["end"]) or (tag := _tag_vi(m)) is None:
        return None
    if head:
        head = m["head"].lower()
        said = "còn tiền không?" if head.startswith("is") else "vẫn còn tiền." if "still" in head else "không đủ tiền."
        return capitalised(f"{tag} {said}")
    aux, adv, how = m["aux"].strip(), m["adv"] or "", " ".join(m["how"].split())
    if how == "run out" and aux in ("has", "'s") and adv in ("", "just"):
        return capitalised(f"{tag} {'vừa hết tiền.' if adv else 'hết tiền rồi.'}")
    if aux in ("is", "'s") and (how == "running out" and not adv or how == "out" and adv in ("almost", "nearly")):
        return capitalised(f"{tag} sắp hết tiền.")
    return capitalised(f"{tag} hết tiền rồi.") if aux in ("is", "'s") and how == "out" and not adv else None


def _queue_vi(text: str) -> str | None:
    """"We're queuing at the toll booth." as "Chúng tôi đang xếp hàng ở trạm thu phí.", "I had to queue at the toll
    booth." as "Tôi đã phải xếp hàng ở trạm thu phí.", "Are you stuck in traffic at the toll booth?" as "Bạn có đang bị
    kẹt xe ở trạm thu phí không?", "There's a traffic jam at the toll booth." as "Trạm thu phí đang kẹt xe." (_QUEUE_EN,
    _JAM_EN); None for anything else, and where "is", "am", "are" does not agree with who."""
    m = _QUEUE_EN.fullmatch(text)
    if m:
        asked, what = bool(m["q"]), " ".join(m["what"].split())
        be_ = m["q"] or m["be"]
        if asked != ("?" in m["end"]) or animal(m) or asked and m["be"] or [bool(be_), bool(m["had"]), bool(m["got"])
                                                                            ].count(True) != 1:
            return None
        who_ = who_vi(m)[0]
        stuck = "bị kẹt xe" if what == "stuck in traffic" else "bị kẹt" if what == "stuck" else None
        if be_:
            doing = stuck or "xếp hàng" if what != "queue" else None
            if not doing or not be_agrees(m, be_) or asked and who_ == "tôi":
                return None
            return capitalised(f"{who_} {'có ' * asked}đang {doing} ở trạm thu phí{' không?' if asked else '.'}")
        if m["had"]:
            return capitalised(f"{who_} đã phải xếp hàng ở trạm thu phí.") if what == "queue" else None
        return capitalised(f"{who_} đã {stuck} ở trạm thu phí.") if stuck else None
    m = _JAM_EN.fullmatch(text)
    if not m or m["head"].startswith("Is") != ("?" in m["end"]):
        return None
    if m["long"]:
        return None if "?" in m["end"] else "Xe đang xếp hàng dài ở trạm thu phí."
    return "Trạm thu phí có đang kẹt xe không?" if "?" in m["end"] else "Trạm thu phí đang kẹt xe."
