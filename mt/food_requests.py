"""Asking at a food stall or a restaurant for a dish made a way or for a thing, both ways, written whole by rule: no
spring onions, no chili, no coriander; not spicy, not too salty, just a little salt; a bowl, a pair of chopsticks,
some more chili; vegetarian dishes asked about; a dish sold out; the food ordered long ago and not come. v8 (every
rule on) reads "cho" as letting or giving, "chay" as a lemon, "hết" as all: "Đừng cho hành nhé." → "Don't give it
up.", "Không cay được không?" → "Not spicy Can't?", "Cho tôi xin cái bát." → "Let me be a bowl.", "Có món chay
không?" → "Is it a lemon?", "Món này hết rồi ạ." → "This boy is all.", "Tôi gọi món lâu rồi mà chưa thấy." → "I'm
order long and I'm not seen."; "No spring onions, please." → "Không có hành mùa xuân, làm ơn." (spring the season),
"Could I have a bowl, please?" → "Tôi có thể có một cái bát, làm ơn?", "This dish is sold out." → "Món ăn này được
bán ra.", "I ordered a long time ago and it still hasn't come." → "Tôi đã ra lệnh từ lâu và nó vẫn chưa đến.".

Taken: "Đừng cho …", "Không cho … nhé", "Không …, không … nhé" of LEFT_OUT ("hành" and "hành lá" as spring onions,
"hành tây" as onions) ↔ "No …, please.", "Without …, please."; "Không cay nhé", "Không cay được không?", "Ít mặn
thôi nhé", "Ít cay được không?" (spicy, salty, sweet, sour) ↔ "Not spicy, please.", "Can you make it not spicy?",
"Not too salty, please.", "Can you make it less spicy?"; "Ít muối nhé" ↔ "Less salt, please.", "(Cho tôi) ít muối
thôi" ↔ "Just a little salt, please."; "Cho tôi (xin) (thêm) cái bát, đôi đũa, ít giấy ăn … (nữa)" (tableware
counted with "cái", "chiếc", chopsticks with "đôi", condiments and napkins uncounted; "tôi", "chúng tôi") ↔ "Could I
have a bowl, another pair of chopsticks, some more chili …?"; "Có món chay không?" ("Are there any …?"), "Quán mình
có món chay không?" ("Do you have …?"), "Món này có phải món chay không?"; a dish sold out: "Món này hết rồi ạ",
"Xin lỗi, món này hết rồi", "Hôm nay hết món này rồi", "Món này hôm nay hết rồi à?" ↔ "This dish is sold out.",
"We've run out of this dish.", "Is this dish sold out?", and "Do you still have this dish?" in English; who
(mt.hobbies.WHO, WHO_EN) ordered a long time ago, half an hour ago, N minutes ago, and it has not come yet.
Left: the phrase list's ("Không hành nhé", "Đừng cho ớt", "Cho tôi ít cay thôi", "Cho tôi ít đường thôi"), patterns'
("Cho tôi thêm ớt", "Cho tôi thêm hai đôi đũa", "Could I have a pair of chopsticks?", "Ở đây có món chay không?"),
tastes' ("Làm không cay được không?", "Can you make it not spicy?"), orders (servings of dishes), food_delivery's
("My food hasn't come yet."), "bỏ" ("Đừng bỏ rau": leave it, or put it in?), "Không cho ớt ạ" (an answer: we
don't), "Ít cay thôi." and "Ít cay ạ." bare (an answer: it is not very spicy), "Cho tôi ít muối nhé" (some, or
less?), "chén" (a bowl, or a cup?), "dĩa" (a fork, or a plate?), "Cho tôi đá" (let me kick?), "mình" (I, or we?), a
bowl uncounted or with "một" alone ("một bát": a bowlful), "Món này hết rồi." and "Còn món này không?" bare (sold
out, or eaten up at the table?), "this one" sold out (a dish?), "a glass" in English (of wine?), "a small bowl", a
bowl or a plate not asked for or another ("Two bowls, please.": servings?), a "?" on a statement, and anything else.
mt.phrasebook.translate tries these after mt/shaving.py.

    >>> translate("Cho tôi xin cái bát.", "vi", "en"), translate("No spring onions or chili, please.", "en", "vi")
    ('Could I have a bowl, please?', 'Đừng cho hành và ớt nhé.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:đừng\s+cho|không\s|ít\s|cho\s+tôi|cho\s+chúng|chay|hết|gọi\s+món|gọi\s+đồ)"),
         "en": lazy(r"(?i:no\s|without|not\s|less\s|just\s+a\s+little|could|can\s|may\s|vegetarian|sold\s+out|"
                    r"run\s+out|out\s+of|ordered|still\s+have|please)")}
# what is left out of a dish (the first Vietnamese of each English is written back)
LEFT_OUT = {"hành": "spring onions", "hành lá": "spring onions", "hành tây": "onions", "hành phi": "fried shallots",
            "ớt": "chili", "rau mùi": "coriander", "ngò": "coriander", "ngò rí": "coriander", "rau thơm": "herbs",
            "tỏi": "garlic", "mì chính": "MSG", "bột ngọt": "MSG", "giá": "bean sprouts", "lạc": "peanuts",
            "đậu phộng": "peanuts", "chanh": "lime", "nước mắm": "fish sauce", "đường": "sugar", "đá": "ice"}
_LEFT_OUT_VI = {en.lower(): vi for vi, en in reversed(LEFT_OUT.items())} | {
    "green onions": "hành", "scallions": "hành", "chilli": "ớt", "chillies": "ớt", "chilies": "ớt",
    "cilantro": "rau mùi"}
_TASTES = {"cay": "spicy", "mặn": "salty", "ngọt": "sweet", "chua": "sour"}
_TASTES_VI = {en: vi for vi, en in _TASTES.items()}
# a little of (after "ít … thôi", "Just a little …"; "Ít … nhé", "Less …")
_LITTLE = {"muối": "salt", "đường": "sugar", "đá": "ice", "ớt": "chili", "cơm": "rice",
           "nước mắm": "fish sauce"}
_LITTLE_VI = {en: vi for vi, en in reversed(_LITTLE.items())} | {"chilli": "ớt"}
# things asked for at the table: counted (English one, many; "cái" before them) and uncounted
_COUNTED = {"bát": ("bowl", "bowls"), "bát con": ("small bowl", "small bowls"),
            "đĩa": ("plate", "plates"), "cốc": ("glass", "glasses"), "ly": ("glass", "glasses"),
            "thìa": ("spoon", "spoons"), "muỗng": ("spoon", "spoons"), "nĩa": ("fork", "forks"),
            "dao": ("knife", "knives"), "ống hút": ("straw", "straws")}
# (not "dĩa": a fork in the North, a plate in the South; "nĩa" is a fork to both)
_UNCOUNTED = {"giấy ăn": "napkins", "khăn giấy": "napkins", "tăm": "toothpicks", "ớt": "chili", "chanh": "lime",
              "tỏi": "garlic", "tương ớt": "chili sauce", "nước mắm": "fish sauce", "xì dầu": "soy sauce",
              "muối": "salt", "rau thơm": "herbs", "nước dùng": "broth", "đá": "ice"}
# ("Can I have a glass?" may be of wine: "cái cốc" is the glass itself; "A small bowl, please." may be of pho)
_COUNTED_VI = {en: vi for vi, ones in reversed(_COUNTED.items()) for en in ones
               if en not in ("glass", "glasses", "small bowl", "small bowls")}
# ... and those English also orders servings in ("Two bowls, please.", "Another plate, please.": of the dish?)
_SERVED_IN = {"bát", "đĩa"}
_UNCOUNTED_VI = {en: vi for vi, en in reversed(_UNCOUNTED.items())} | {"chilli": "ớt"}
_ORDERED_AGO = {"lâu": "a long time", "từ lâu": "a long time", "nửa tiếng": "half an hour",
                "hơn nửa tiếng": "more than half an hour", "một tiếng": "an hour", "một tiếng đồng hồ": "an hour",
                "hơn một tiếng": "more than an hour"}
_ORDERED_AGO_EN = {"a long time": "lâu", "half an hour": "nửa tiếng", "more than half an hour": "hơn nửa tiếng",
                   "an hour": "một tiếng", "over an hour": "hơn một tiếng", "more than an hour": "hơn một tiếng",
                   "over half an hour": "hơn nửa tiếng"}

_ONE_OUT = rf"(?i:{alternatives(LEFT_OUT)})"
_NHE = r"(?:\s+(?P<soft>nhé|nha|ạ))?"
# "Đừng cho hành nhé.", "Không cho hành và ớt nhé." (_WITHOUT), "Không hành, không ớt nhé." (_NONE)
_WITHOUT = lazy(rf"(?i:(?P<dont>đừng)|không)\s+cho\s+(?P<items>{_ONE_OUT}(?:\s*(?:,|\s+và|\s+hoặc)\s*{_ONE_OUT})*)"
                rf"(?:\s+vào)?{_NHE}\s*(?P<end>[.!]*)")
_NONE = lazy(rf"(?i:không)\s+(?P<items>{_ONE_OUT}(?:\s*,\s*không\s+{_ONE_OUT})*){_NHE}\s*(?P<end>[.!]*)")
# "Không cay được không?", "Không cay nhé.", "Ít mặn thôi nhé.", "Cho tôi ít muối thôi."
_HOW = lazy(rf"(?i:cho\s+(?P<me>tôi|chúng\s+tôi)\s+)?(?i:(?P<no>không)|ít)\s+(?:(?P<taste>(?i:{alternatives(_TASTES)}))"
            rf"|(?P<thing>(?i:{alternatives(_LITTLE)})))(?P<only>\s+thôi)?(?P<can>\s+được\s+không)?{_NHE}"
            r"\s*(?P<end>[.!?]*)")
_COUNT = rf"(?P<n>\d|(?i:{alternatives(VI_TO_EN)}))"
_THING = rf"(?P<thing>(?i:{alternatives(_COUNTED | _UNCOUNTED | {'đũa': ''})}))"
# "Cho tôi xin cái bát.", "Cho tôi thêm đôi đũa.", "Cho chúng tôi xin thêm ít giấy ăn nữa nhé."
_ASK = lazy(rf"(?:(?P<please>(?i:làm\s+ơn))\s+)?(?i:cho)\s+(?P<us>(?i:tôi|chúng\s+tôi))\s+(?:(?P<xin>(?i:xin))\s+)?"
            rf"(?:(?P<more>(?i:thêm))\s+)?(?:{_COUNT}\s+)?(?:(?P<some>(?i:(?:một\s+)?(?:ít|chút)))\s+)?"
            rf"(?:(?P<cls>(?i:cái|chiếc|đôi))\s+)?{_THING}(?:\s+(?P<again>nữa))?(?P<can>\s+được\s+không)?{_NHE}"
            r"\s*(?P<end>[.!?]*)")
# "Có món chay không?", "Quán mình có món chay không?", "Món này có phải món chay không?"
_VEG = lazy(r"(?:(?P<you>(?i:quán\s+mình|bên\s+mình|nhà\s+hàng\s+mình))\s+)?(?i:có)\s+(?P<what>(?i:món\s+chay|"
            r"đồ\s+chay|đồ\s+ăn\s+chay|món\s+(?:gì|nào)\s+chay))\s+không(?:\s+(?:ạ|vậy))?\s*(?P<end>[.!?]*)")
_VEG_THIS = lazy(r"(?i:món\s+(?P<that>này|đó))\s+(?i:có\s+(?:phải\s+(?:là\s+)?món\s+)?chay)\s+không(?:\s+(?:ạ|vậy))?"
                 r"\s*(?P<end>[.!?]*)")
# "Món này hết rồi ạ.", "Xin lỗi, hôm nay hết món này rồi.", "Món này hôm nay hết rồi à?"
_GONE = lazy(r"(?:(?P<sorry>(?i:xin\s+lỗi)),?\s+)?(?:(?i:món\s+(?P<that>này|đó))(?:\s+(?P<today>hôm\s+nay))?\s+hết|"
             r"(?P<today0>(?i:hôm\s+nay)\s+)?(?i:hết\s+món\s+(?P<that0>này|đó)))\s+rồi(?:\s+(?P<soft>ạ|à))?"
             r"\s*(?P<end>[.!?]*)")
# "Tôi gọi món lâu rồi mà chưa thấy.", "Chúng tôi gọi món 20 phút rồi mà vẫn chưa có."
_AGO = rf"(?P<ago>(?i:{alternatives(_ORDERED_AGO)})|(?P<mins>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+phút)"
_LATE = lazy(rf"{WHO}\s+(?:đã\s+)?gọi\s+(?:món|đồ\s+ăn)\s+(?:được\s+)?{_AGO}\s+rồi\s+mà\s+(?:vẫn\s+)?chưa\s+"
             r"(?:thấy(?:\s+(?:đâu|mang\s+ra|ra|lên|có))?|ra|lên|có|mang\s+ra)(?:\s+ạ)?\s*(?P<end>[.!]*)")

# ... in English
_ONE_OUT_EN = rf"(?i:{alternatives(_LEFT_OUT_VI)})"
_WITHOUT_EN = lazy(rf"(?i:(?P<how>no|without))\s+(?P<items>{_ONE_OUT_EN}(?:(?:\s*,\s*|,?\s+(?:or|and)\s+)"
                   rf"(?:no\s+)?{_ONE_OUT_EN})*),?\s+please\s*(?P<end>[.!]*)")
_HOW_EN = lazy(rf"(?:(?P<no>Not)\s+(?P<too>too\s+)?(?P<taste>{alternatives(_TASTES_VI)})|(?P<less>Less)\s+"
               rf"(?P<thing>{alternatives(_LITTLE_VI)})|Just\s+a\s+little\s+(?P<little>{alternatives(_LITTLE_VI)}))"
               r",?\s+please\s*(?P<end>[.!]*)")
_ASK_EN = lazy(r"(?:(?P<can>Could|Can|May)\s+(?P<us>I|we)\s+(?:please\s+)?(?:have|get)\s+)?"
               rf"(?:(?P<another>(?i:another))|(?P<a>(?i:an?|one))|(?P<n>\d|(?i:{alternatives(EN_TO_VI)}))"
               r"(?:\s+(?P<nmore>more))?|(?P<some>(?i:some))(?:\s+(?P<smore>more))?|(?P<more>(?i:more)))\s+"
               r"(?:(?P<pair>pairs?)\s+of\s+)?"
               rf"(?P<thing>(?i:chopsticks|{alternatives(_COUNTED_VI | _UNCOUNTED_VI)})),?(?P<please>\s+please)?"
               r"\s*(?P<end>[.!?]*)")
_VEG_EN = lazy(r"(?:(?P<you>Do\s+you\s+have)|(?P<are>Are|Is)\s+there|"
               r"(?P<thing>Is\s+there|Do\s+you\s+have)\s+anything)\s+"
               r"(?:(?P<any>any)\s+)?vegetarian(?:\s+(?P<what>dishes|food))?\s*\?+")
_VEG_THIS_EN = lazy(r"Is\s+(?:this|(?P<that>that))\s+dish\s+vegetarian\s*\?+")
_GONE_EN = lazy(r"(?:(?P<sorry>Sorry),\s+)?(?:(?P<q>Is)\s+(?:this|(?P<that>that))\s+dish\s+sold\s+out|"
                r"(?i:this|(?P<that1>that))\s+dish\s+is\s+sold\s+out|(?i:we)['’]ve\s+run\s+out\s+of\s+"
                r"(?:this|(?P<that2>that))\s+dish|(?i:we)['’]re\s+out\s+of\s+(?:this|(?P<that3>that))\s+dish)"
                r"(?P<today>\s+today)?\s*(?P<end>[.!?]*)")
_LEFT_EN = lazy(r"Do\s+you\s+still\s+have\s+(?:this|(?P<that>that))\s+dish\s*\?+")
_AGO_EN = rf"(?P<ago>{alternatives(_ORDERED_AGO_EN)}|(?P<mins>\d{{1,2}}|{alternatives(EN_TO_VI)})\s+minutes)"
_LATE_EN = lazy(rf"{WHO_EN}\s+ordered\s+{_AGO_EN}\s+ago,?\s+(?:and|but)\s+(?:it|the\s+food)\s+"
                r"(?:(?P<still>still)\s+(?:hasn['’]t|has\s+not)\s+(?:come|arrived)|(?:hasn['’]t|has\s+not)\s+"
                r"(?:come|arrived)\s+yet)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence asking for a dish without something, less spicy or salty, for a thing at the
    table, of vegetarian dishes, of a dish sold out, or of food ordered long ago and not come; None for any other."""
    if src == "vi":
        return _without(text) or _how(text) or _ask(text) or _veg(text) or _gone(text) or _late(text)
    return _without_vi(text) or _how_vi(text) or _ask_vi(text) or _veg_vi(text) or _gone_vi(text) or _late_vi(text)


def _listed(words: list[str], last: str) -> str | None:
    """Words as an English or Vietnamese list ("spring onions or chili", "hành và ớt"); None where one is said
    twice ("hành" and "hành lá" are both spring onions)."""
    if len(set(words)) != len(words):
        return None
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def _items(said: str, table: dict[str, str], pattern: str) -> list[str]:
    """Each thing of a list `said`, found with `pattern`, as `table` writes it."""
    return [table[keyed(m.group())] for m in re.finditer(pattern, said)]


def _without(text: str) -> str | None:
    """"Đừng cho hành nhé." as "No spring onions, please.", "Không cho rau mùi và ớt nhé." as "No coriander or chili,
    please.", "Không hành, không ớt nhé." (_WITHOUT, _NONE); None for anything else, and for "Không cho …" or
    "Không …" without "nhé" (said as an answer, or of a dish: it has none)."""
    m = _WITHOUT.fullmatch(text) or _NONE.fullmatch(text)
    if not m:
        return None
    if not m.groupdict().get("dont") and keyed(m["soft"] or "") not in ("nhé", "nha"):
        return None
    listed = _listed(_items(m["items"], LEFT_OUT, _ONE_OUT), "or")
    return listed and f"No {listed}, please{'!' if '!' in m['end'] else '.'}"


def _how(text: str) -> str | None:
    """"Không cay nhé." as "Not spicy, please.", "Không cay được không?" as "Can you make it not spicy?", "Ít mặn thôi
    nhé." as "Not too salty, please.", "Ít muối nhé." as "Less salt, please.", "Cho tôi ít muối thôi." as "Just a
    little salt, please." (_HOW); None for anything else: "không" with salty or sour, a bare "Ít cay.", "Ít cay
    thôi." or "Ít cay ạ." (an answer: it is not very spicy), "Cho tôi ít muối." (some, or less?), a "?" without
    "được không"."""
    m = _HOW.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["can"] and m["soft"]:
        return None
    if m["taste"]:
        taste = _TASTES[keyed(m["taste"])]
        if m["no"]:
            asking = m["can"] or keyed(m["soft"] or "") in ("nhé", "nha")  # ("Không cay ạ.": an answer)
            if taste not in ("spicy", "sweet") or m["only"] or not asking:
                return None
            return f"Can you make it not {taste}?" if m["can"] else f"Not {taste}, please."
        asking = m["can"] or keyed(m["soft"] or "") in ("nhé", "nha") or m["me"] and (m["only"] or m["soft"])
        if not asking:
            return None  # ("Có cay không?" "Ít cay thôi." or "Ít cay ạ.": it is only a little spicy)
        return f"Can you make it less {taste}?" if m["can"] else f"Not too {taste}, please."
    thing = _LITTLE[keyed(m["thing"])]
    if m["no"] or m["can"] or not m["only"] and (m["me"] or not m["soft"]):
        return None  # ("Không muối" is _NONE's, or a statement; "Cho tôi ít muối." may be "some salt")
    return f"Just a little {thing}, please." if m["only"] else f"Less {thing}, please."


def _ask(text: str) -> str | None:
    """"Cho tôi xin cái bát." as "Could I have a bowl, please?", "Cho tôi thêm đôi đũa." as "Could I have another pair
    of chopsticks?", "Cho chúng tôi xin thêm ít giấy ăn." as "Could we have some more napkins, please?" (_ASK); None
    for anything else: a bowl without "cái" ("một bát": a bowlful), chopsticks counted without "đôi", a count of
    0, "đá" without "xin", "thêm" or "ít" (let me kick?), a "?" without "được không"."""
    m = _ASK.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["can"] and m["soft"] == "nhé":
        return None
    thing, cls = keyed(m["thing"]), keyed(m["cls"] or "")
    n = m["n"] and (int(m["n"]) if m["n"].isdigit() else list(VI_TO_EN).index(keyed(m["n"])) + 1)
    more = bool(m["more"] or m["again"])
    if m["n"] and not n or thing == "đá" and not (m["xin"] or more or m["some"]):
        return None  # (none of it; "Cho tôi đá." may be "let me kick", "let me play")
    if thing == "đũa":
        if cls == "đôi" and not m["some"]:
            what = _counted(n, more, ("pair of chopsticks", "pairs of chopsticks"))
        elif not (cls or n):
            what = f"some {'more ' * more}chopsticks"
        else:
            return None
    elif thing in _COUNTED:
        if cls not in ("cái", "chiếc") or m["some"]:
            return None
        what = _counted(n, more, _COUNTED[thing])
    else:
        if cls or n or m["some"] and not (m["xin"] or more):
            return None  # ("Cho tôi ít muối nhé.": some, or less salt?)
        what = f"some {'more ' * more}{_UNCOUNTED[thing]}"
    us = "we" if keyed(m["us"]) == "chúng tôi" else "I"
    please = ", please" if m["xin"] or m["please"] or m["soft"] else ""
    return what and f"Could {us} have {what}{please}?"


def _counted(n: int | None, more: bool, names: tuple[str, str]) -> str | None:
    """A thing counted in English: "a bowl", "another bowl", "two bowls", "two more bowls"; None for none."""
    if not n or n == 1:
        return f"another {names[0]}" if more else f"a {names[0]}"
    return f"{list(VI_TO_EN.values())[n - 1] if n <= 10 else n} {'more ' * more}{names[1]}"


def _veg(text: str) -> str | None:
    """"Có món chay không?" as "Are there any vegetarian dishes?", "Quán mình có món chay không?" as "Do you have any
    vegetarian dishes?", "Món này có phải món chay không?" as "Is this dish vegetarian?" (_VEG, _VEG_THIS); None for
    anything else."""
    m = _VEG_THIS.fullmatch(text)
    if m:
        return f"Is {'that' if keyed(m['that']) == 'đó' else 'this'} dish vegetarian?" if "?" in m["end"] else None
    m = _VEG.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    what = keyed(m["what"])
    if what in ("món gì chay", "món nào chay"):
        return f"{'Do you have' if m['you'] else 'Is there'} anything vegetarian?"
    if what[0] == "đ":  # (food is one thing: "Is there any vegetarian food?")
        return f"{'Do you have' if m['you'] else 'Is there'} any vegetarian food?"
    return f"{'Do you have' if m['you'] else 'Are there'} any vegetarian dishes?"


def _gone(text: str) -> str | None:
    """"Món này hết rồi ạ." as "This dish is sold out.", "Xin lỗi, hôm nay hết món này rồi." as "Sorry, this dish is
    sold out today.", "Món này hôm nay hết rồi à?" as "Is this dish sold out today?" (_GONE); None for anything else:
    a "?" without "à", and "Món này hết rồi." with neither "ạ", "xin lỗi" nor "hôm nay" (a diner's: all eaten?)."""
    m = _GONE.fullmatch(text)
    if not m or (m["soft"] == "à") != ("?" in m["end"]) or m["soft"] == "à" and m["sorry"]:
        return None
    if not (m["soft"] == "ạ" or m["sorry"] or m["today"] or m["today0"]):
        return None  # (at the table "Món này hết rồi." may be "this plate is finished")
    dish = f"{'that' if keyed(m['that'] or m['that0']) == 'đó' else 'this'} dish"
    today = " today" if m["today"] or m["today0"] else ""
    if m["soft"] == "à":
        return f"Is {dish} sold out{today}?"
    return f"{'Sorry, ' if m['sorry'] else ''}{capitalised(dish) if not m['sorry'] else dish} is sold out{today}."


def _late(text: str) -> str | None:
    """"Tôi gọi món lâu rồi mà chưa thấy." as "I ordered a long time ago and it still hasn't come.", "Chúng tôi gọi
    món 20 phút rồi mà vẫn chưa có." as "We ordered 20 minutes ago and it still hasn't come." (_LATE); None for
    anything else, "mình" (I, or we?), a pet as who, and "anh", "chị", "em" alone saying it."""
    m = _LATE.fullmatch(text)
    if not m or animal(m) or keyed(m["who"] or "") == "mình":
        return None
    said = who(m, False)
    if said is None:
        return None
    if m["mins"]:
        n = int(m["mins"]) if m["mins"].isdigit() else list(VI_TO_EN).index(keyed(m["mins"])) + 1
        ago = f"{n} minute{'s' * (n != 1)}" if m["mins"].isdigit() else f"{VI_TO_EN[keyed(m['mins'])]} minutes"
        if n < 2:
            return None  # ("một phút": a minute, said of no long wait; "0 phút")
    else:
        ago = _ORDERED_AGO[keyed(m["ago"])]
    return capitalised(f"{said[0]} ordered {ago} ago and it still hasn't come.")


def _without_vi(text: str) -> str | None:
    """"No spring onions, please." as "Đừng cho hành nhé.", "No coriander or chili, please." as "Đừng cho rau mùi và
    ớt nhé." (_WITHOUT_EN); None for anything else."""
    m = _WITHOUT_EN.fullmatch(text)
    listed = m and _listed(_items(m["items"], _LEFT_OUT_VI, _ONE_OUT_EN), "và")
    return listed and f"Đừng cho {listed} nhé{'!' if '!' in m['end'] else '.'}"


def _how_vi(text: str) -> str | None:
    """"Not spicy, please." as "Không cay nhé.", "Not too salty, please." as "Ít mặn thôi nhé.", "Less salt,
    please." as "Ít muối nhé.", "Just a little salt, please." as "Cho tôi ít muối thôi." (_HOW_EN); None for anything
    else, and "not salty" or "not sour" (as it comes?)."""
    m = _HOW_EN.fullmatch(text)
    if not m:
        return None
    if m["taste"]:
        taste = _TASTES_VI[m["taste"]]
        if not m["too"] and taste not in ("cay", "ngọt"):
            return None
        return f"Ít {taste} thôi nhé." if m["too"] else f"Không {taste} nhé."
    return f"Ít {_LITTLE_VI[m['thing']]} nhé." if m["less"] else f"Cho tôi ít {_LITTLE_VI[m['little']]} thôi."


def _ask_vi(text: str) -> str | None:
    """"Could I have a bowl, please?" as "Cho tôi xin một cái bát.", "Could I have another pair of chopsticks?" as
    "Cho tôi xin thêm một đôi đũa.", "Could we have some more napkins, please?" as "Cho chúng tôi xin thêm ít giấy
    ăn." (_ASK_EN); None for anything else: neither asked nor "please", a count not agreeing ("a bowls", "two
    bowl"), chopsticks counted without "pair", a small bowl, a bowl or a plate not asked for or more of them
    (servings: "Two bowls, please.", "Could I have another bowl?")."""
    m = _ASK_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or not (m["can"] or m["please"]):
        return None
    thing, n = m["thing"].lower(), (m["n"] or "").lower()
    more = bool(m["another"] or m["nmore"] or m["smore"] or m["more"])
    many = bool(n) and n not in ("1", "one")
    if thing == "chopsticks" and m["pair"]:
        if (m["pair"] == "pairs") != many or m["some"] or m["more"]:
            return None
        what = "đôi đũa"
    elif thing in _COUNTED_VI:
        plural = _COUNTED[_COUNTED_VI[thing]][1] == thing
        an = (m["a"] or "").lower() == "an"
        if plural != many or m["some"] or m["more"] or m["pair"] or an != (thing[0] in "aeiou"):
            return None  # ("two bowl", "an bowl")
        if _COUNTED_VI[thing] in _SERVED_IN and (more or not m["can"]):
            return None  # ("Another bowl, please.": of pho?)
        what = f"cái {_COUNTED_VI[thing]}"
    elif thing in _UNCOUNTED_VI and not (m["a"] or n or m["another"] or m["pair"]):
        return f"Cho {_US_VI[m['us'] or 'I']} xin thêm{' ít' * bool(m['some'])} {_UNCOUNTED_VI[thing]}." if more \
            else f"Cho {_US_VI[m['us'] or 'I']} xin ít {_UNCOUNTED_VI[thing]}."
    else:
        return None
    count = EN_TO_VI.get(n, n) if many else "một"
    return f"Cho {_US_VI[m['us'] or 'I']} xin {'thêm ' * more}{count} {what}."


_US_VI = {"I": "tôi", "we": "chúng tôi"}


def _veg_vi(text: str) -> str | None:
    """"Do you have any vegetarian dishes?" as "Quán mình có món chay không?", "Are there any vegetarian dishes?" as
    "Có món chay không?", "Is this dish vegetarian?" as "Món này có phải món chay không?" (_VEG_EN, _VEG_THIS_EN);
    None for anything else."""
    m = _VEG_THIS_EN.fullmatch(text)
    if m:
        return f"Món {'đó' if m['that'] else 'này'} có phải món chay không?"
    m = _VEG_EN.fullmatch(text)
    if not m or m["thing"] and (m["any"] or m["what"]) or not m["thing"] and not (m["any"] and m["what"]):
        return None
    if m["are"] and (m["are"] == "Is") != (m["what"] == "food"):
        return None  # ("Is there any vegetarian dishes?")
    you = "Quán mình có" if m["you"] or (m["thing"] or "").startswith("Do") else "Có"
    what = "món gì chay" if m["thing"] else "đồ chay" if m["what"] == "food" else "món chay"
    return f"{you} {what} không?"


def _gone_vi(text: str) -> str | None:
    """"This dish is sold out." as "Món này hết rồi.", "Sorry, we've run out of this dish." as "Xin lỗi, món này hết
    rồi.", "Is this dish sold out?" as "Món này hết rồi à?", "Do you still have this dish?" as "Món này còn không?"
    (_GONE_EN, _LEFT_EN); None for anything else."""
    m = _LEFT_EN.fullmatch(text)
    if m:
        return f"Món {'đó' if m['that'] else 'này'} còn không?"
    m = _GONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["sorry"]:
        return None
    that = "đó" if m["that"] or m["that1"] or m["that2"] or m["that3"] else "này"
    today = " hôm nay" if m["today"] else ""
    if m["q"]:
        return f"Món {that}{today} hết rồi à?"
    return f"{'Xin lỗi, món' if m['sorry'] else 'Món'} {that}{today} hết rồi."


def _late_vi(text: str) -> str | None:
    """"I ordered a long time ago and it still hasn't come." as "Tôi gọi món lâu rồi mà vẫn chưa thấy.", "She ordered
    ten minutes ago and it hasn't come yet." as "Cô ấy gọi món mười phút rồi mà chưa thấy." (_LATE_EN); None
    for anything else, and a pet as who."""
    m = _LATE_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_ = who_vi(m)[0]
    if m["mins"]:
        mins = m["mins"].lower()
        if mins in ("1", "one"):
            return None
        ago = f"{EN_TO_VI.get(mins, mins)} phút"
    else:
        ago = _ORDERED_AGO_EN[" ".join(m["ago"].lower().split())]
    return capitalised(f"{who_} gọi món {ago} rồi mà {'vẫn ' * bool(m['still'])}chưa thấy.")
