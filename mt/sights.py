"""What is worth seeing or visiting, and souvenirs, both ways, written whole by rule. v8 (with the rules on) reads
"đáng" as deserve or good, drops the place, and reads "quà lưu niệm" as gadgets, sweets or cars: "Ở đây có gì đáng
xem không?" → "What's worth this?", "Ở Hà Nội có gì đáng xem?" → "What deserves Hanoi?", "Hội An rất đáng đến." →
"Hoi An is very good.", "Vịnh Hạ Long có đáng đến không?" → "Ha Long Bay Is it worth?", "Phố cổ rất đáng xem." → "The
dividends are worth looking.", "Đáng lắm." → "It's very good.", "Tôi muốn mua ít quà lưu niệm." → "I want to buy less
souvenirs.", "Cửa hàng lưu niệm ở đâu?" → "Where do the store concept?"; "Is there anything worth seeing here?" → "Có
gì đáng nhìn thấy ở đây không?", "What's worth seeing in Hanoi?" → "Hà Nội có giá trị gì?", "The old quarter is worth
visiting." → "Quý già đáng thăm dò.", "It's not worth it." → "Không đáng để nó.", "I want to buy some souvenirs." →
"Tôi muốn mua một vài tiện ích.", "Where can I buy souvenirs?" → "Tôi có thể mua xe hơi ở đâu?".

Taken: whether there is anything, or any place, worth seeing or visiting (here, near here, around here, in a place),
and what is ("Ở Hà Nội có gì đáng xem?"); a place worth a visit or seeing, or not, said or asked, where the place is
one of SIGHTS ("phố cổ", the old quarter) or one by its name that mt/recommendations.py does not take (its towns
with "ghé thăm", "tham quan", "xem"; here "đáng đi", "đáng đến", and "Ha Long Bay", which mt.people.named_place
does not know in English); "It's (not) worth it." said or asked; who (mt.hobbies.WHO, WHO_EN) wants or needs to buy,
bought or has just bought some souvenirs (for someone), asked whether they did or want to, where one can buy them,
and where a souvenir shop is, or whether there is one. Left: towns worth a visit and "You should visit …"
(mt/recommendations.py), "Tôi có thể mua quà lưu niệm ở đâu?" (mt/patterns.py), "Tôi mua quà lưu niệm." (when?),
"anh", "chị", "em" alone saying it, "What should I see in Hanoi?" (v8 is right), a place named in the plural ("the
Cu Chi Tunnels"), "Was it worth it?", and anything else.
mt.phrasebook.translate tries these after mt/handedness.py.

    >>> translate("Ở đây có gì đáng xem không?", "vi", "en"), translate("It's not worth it.", "en", "vi")
    ('Is there anything worth seeing here?', 'Không đáng đâu.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .patterns import a_place
from .people import named_place
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed

# places worth a visit that are no name (the first Vietnamese of each is written back)
SIGHTS = {"phố cổ": "the old quarter", "khu phố cổ": "the old quarter", "chợ đêm": "the night market",
          "chợ nổi": "the floating market", "bảo tàng": "the museum"}
SIGHTS_VI = {en: vi for vi, en in reversed(SIGHTS.items())}
# a name English says with "the" ("the Temple of Literature"); one in the plural is not taken ("the Cu Chi Tunnels")
_THE = lazy(r"\sof\s|(?:Mausoleum|Pagoda|Museum|Palace|Citadel|Quarter)$")
_NEAR = {"đây": "here", "gần đây": "near here", "quanh đây": "around here", "xung quanh đây": "around here"}
_NEAR_VI = {"here": "ở đây", "near here": "ở gần đây", "nearby": "ở gần đây", "around here": "ở quanh đây"}
# what it is worth ("đáng đi": a visit); mt/recommendations.py's with a town by its name
_ACTS = {"xem": "seeing", "đi": "visiting", "đến": "visiting", "tới": "visiting", "đi thăm": "visiting",
         "đến thăm": "visiting", "ghé thăm": "visiting", "tham quan": "visiting", "ghé": "visiting"}
_THEIRS = {"xem", "ghé thăm", "đến thăm", "tham quan"}
_SOME = {"ít": "some", "một ít": "some", "vài": "some", "một vài": "some", "mấy": "some", "nhiều": "a lot of",
         "rất nhiều": "a lot of"}
_SOME_VI = {"some": " ít", "a few": " vài món", "a lot of": " rất nhiều", "lots of": " rất nhiều", "": ""}
_GROUPS = {"gia đình": "family", "bạn bè": "friends"}  # (whose said: "cho gia đình tôi")
_GROUPS_VI = {en: vi for vi, en in _GROUPS.items()}
_KEYS = {"vi": lazy(r"(?i:đáng|lưu\s+niệm)"), "en": lazy(r"(?i:worth|souvenir)")}

_AT = (r"(?:(?P<{0}at>[Ởở])\s+)?(?:(?P<{0}near>(?i:" + alternatives(_NEAR).replace("{", "{{") +
       r"))|(?P<{0}place>[^,.!?]+?))")
_AT_AFTER = rf"(?:(?:(?P<bat>ở)\s+)?(?P<bnear>{alternatives(_NEAR)})|ở\s+(?P<bplace>[^,.!?]+?))"  # ("ở" before a place)
_ACT = rf"(?:để\s+)?(?P<act>{alternatives(_ACTS)})"
# "Ở đây có gì đáng xem không?", "Hà Nội có gì đáng xem?", "Có nơi nào đáng đi ở Huế không?"
_ANYTHING = lazy(rf"(?:{_AT.format('a')}\s+)?(?i:có)\s+(?:(?P<what>gì)|(?:những\s+)?(?P<places>nơi|chỗ|địa\s+"
                 rf"điểm)\s+nào)\s+đáng\s+{_ACT}(?:\s+{_AT_AFTER})?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# "Hội An rất đáng đến.", "Phố cổ có đáng xem không?", "Chợ đêm không đáng đi lắm."
_WORTH = lazy(rf"(?P<place>[^,.!?]+?)\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<very>rất\s+)?đáng\s+{_ACT}"
              rf"(?P<much>\s+lắm)?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# "Không đáng đâu.", "Có đáng không?", "Đáng lắm."
_IT = lazy(rf"(?i:(?:nó\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<very>rất\s+)?đáng(?:\s+(?P<tail>lắm|đấy|"
           rf"mà))?(?:\s+(?P<q>không|đâu))?){SOFTENED_END}")
_FOR = rf"(?:\s+cho\s+(?:(?P<group>{alternatives(_GROUPS)})\s+(?P<owner>{alternatives(OWNERS)})|{WHOM}))?"
_SOUVENIRS = r"(?:(?:món|đồ)\s+)?quà\s+lưu\s+niệm"
# "Tôi muốn mua ít quà lưu niệm.", "Mẹ tôi đã mua rất nhiều quà lưu niệm cho gia đình tôi."
_BUY = lazy(rf"{WHO}\s+(?P<how>muốn|cần|đã|vừa\s+mới|vừa|mới)\s+mua\s+(?:(?P<some>{alternatives(_SOME)})\s+)?"
            rf"{_SOUVENIRS}{_FOR}{SOFTENED_END}")
_SHOP = r"(?i:cửa\s+hàng|tiệm)\s+(?:bán\s+)?(?:đồ\s+|quà\s+)?lưu\s+niệm"
_SHOP_WHERE = lazy(rf"{_SHOP}(?P<nearest>\s+gần\s+(?:đây\s+)?nhất)?\s+(?:nằm\s+)?ở\s+đâu{SOFTENER}\s*\?+")
_SHOP_ANY = lazy(rf"(?:{_AT.format('a')}\s+)?(?i:có)\s+(?:một\s+)?{_SHOP}(?:\s+nào)?(?:\s+{_AT_AFTER})?"
                 rf"\s+không{SOFTENER}\s*\?+")

_WHERE_EN = r"(?:\s+(?P<near>here|near\s+here|nearby|around\s+here)|\s+in\s+(?P<place>[^,.!?]+?))?"
_ANYTHING_EN = lazy(r"(?:Is\s+there\s+(?P<what>anything)|Are\s+there\s+any\s+(?P<places>places)|(?P<what2>What)"
                    r"(?:['’]s|\s+is)|(?P<places2>What|Which)\s+places\s+are)\s+worth\s+(?P<act>seeing|visiting)"
                    rf"{_WHERE_EN}\s*\?+")
_WORTH_EN = lazy(r"(?:(?P<ask>Is)\s+)?(?P<place>[^,.!?]+?)(?:(?P<be>\s+is|['’]s)(?P<not>\s+not|n['’]t)?)?\s+"
                 r"(?P<very>well\s+|really\s+|definitely\s+)?worth\s+(?P<act>a\s+visit|visiting|seeing)\s*"
                 r"(?P<end>[.!?]*)")
_IT_EN = lazy(r"(?:(?P<ask>Is\s+it)|It(?:['’]s|\s+is)(?P<not>\s+not|n['’]t)?|It(?P<isnt>\s+isn['’]t))\s+"
              r"(?P<very>well\s+|really\s+|definitely\s+|so\s+)?worth\s+it\s*(?P<end>[.!?]*)")
_FOR_EN = rf"(?:\s+for\s+(?:(?P<owner>(?i:{alternatives(WHOSE_VI)}))\s+(?P<group>family|friends)|{WHOM_EN}))?"
_BUY_EN = lazy(rf"{WHO_EN}(?:(?P<like>['’]d\s+like|\s+would\s+like|\s+wants?|\s+needs?)\s+to\s+buy|"
               r"(?P<bought>\s+bought)|(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+just\s+bought)\s+"
               rf"(?:(?P<some>some|a\s+few|a\s+lot\s+of|lots\s+of)\s+)?souvenirs{_FOR_EN}\s*(?P<end>[.!]*)")
_BUY_ASKED_EN = lazy(rf"(?P<aux>Did|Have|Has|Do|Does)\s+{WHO_EN}\s+(?P<verb>buy|bought|want\s+to\s+buy)\s+"
                     r"(?:any|some)\s+souvenirs(?P<yet>\s+yet)?\s*\?+")
_WHERE_BUY_EN = lazy(r"Where\s+can\s+(?P<who>I|we)\s+(?:buy|get)\s+(?:some\s+)?souvenirs\s*\?+")
_SHOP_EN = lazy(r"Where(?:['’]s|\s+is)\s+the\s+(?P<nearest>nearest\s+)?souvenir\s+(?:shop|store)\s*\?+|"
                r"Is\s+there\s+a\s+souvenir\s+(?:shop|store)"
                r"(?:\s+(?P<near>here|near\s+here|nearby|around\s+here))?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks or says what is worth seeing, whether a place or it is worth a visit,
    or who buys souvenirs and where; None for any other."""
    if src == "vi":
        return _anything(text) or _worth(text) or _it(text) or _buy(text) or _shop(text)
    return _anything_vi(text) or _worth_vi(text) or _it_vi(text) or _buy_vi(text) or _shop_vi(text)


def place_en(said: str) -> str | None:
    """A place of SIGHTS, or by its name, in English: "phố cổ" as "the old quarter", "vịnh Hạ Long" as "Ha Long
    Bay", "Văn Miếu" as "the Temple of Literature"; None for anything else, and a name in the plural."""
    said = " ".join(said.split())
    if keyed(said) in SIGHTS:
        return SIGHTS[keyed(said)]
    if not any(w[0].isupper() for w in said.split()) or keyed(said) == "anh":  # ("Anh": "you" too)
        return None
    named = (named_place(capitalised(said), "vi") or "").removeprefix("the ")
    if not named[:1].isupper() or named.endswith("s"):
        return None
    return f"the {named}" if _THE.search(named) else named


def place_vi(said: str) -> str | None:
    """A place in English in Vietnamese: "the old quarter" as "phố cổ", "Ha Long Bay" as "vịnh Hạ Long"; None for
    anything else, and a name in the plural."""
    said = " ".join(said.split())
    if keyed(said) in SIGHTS_VI:
        return SIGHTS_VI[keyed(said)]
    name = said.removeprefix("the ").removeprefix("The ")
    if not all(w[0].isupper() or w == "of" for w in name.split()) or name.endswith("s"):
        return None
    if (name == said) == bool(_THE.search(name)):  # ("the Temple of Literature", "Ha Long Bay")
        return None
    named = named_place(name, "en") or a_place(name, "en", "vi") or ""
    return named if any(w[:1].isupper() for w in named.split()) else None


def _where(m: re.Match, g: str) -> str | None:
    """Where, of _AT (`g` "a", before) or _AT_AFTER ("b"), in English: " here", " near here", " in Hanoi"; "" for none
    said; None for a place not known, and "đây" without "ở"."""
    if m[f"{g}near"]:
        near = _NEAR[keyed(m[f"{g}near"])]
        return None if near == "here" and not m[f"{g}at"] else f" {near}"
    if not m[f"{g}place"]:
        return ""
    place = place_en(m[f"{g}place"])
    return place and f" in {place}"


def _anything(text: str) -> str | None:
    """"Ở đây có gì đáng xem không?" as "Is there anything worth seeing here?", "Ở Hà Nội có gì đáng xem?" as "What's
    worth seeing in Hanoi?", "Ở Huế có chỗ nào đáng đi không?" as "Are there any places worth visiting in Hue?"
    (_ANYTHING); None for anything else."""
    m = _ANYTHING.fullmatch(text)
    if not m or "?" not in m["end"] or (before := _where(m, "a")) is None or (after := _where(m, "b")) is None:
        return None
    if before and after:
        return None
    worth = f"worth {_ACTS[keyed(m['act'])]}{before or after}?"
    if m["asked"]:
        return f"Is there anything {worth}" if m["what"] else f"Are there any places {worth}"
    return f"What's {worth}" if m["what"] else f"Which places are {worth}"


def _worth(text: str) -> str | None:
    """"Hội An rất đáng đến." as "Hoi An is well worth a visit.", "Phố cổ có đáng xem không?" as "Is the old quarter
    worth seeing?", "Chợ đêm không đáng đi lắm." as "The night market isn't really worth a visit." (_WORTH); None for
    anything else, and a town with what mt/recommendations.py takes."""
    m = _WORTH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and (m["not"] or m["very"] or m["much"]):
        return None
    place, act = place_en(m["place"]), keyed(m["act"])
    if not place or keyed(m["place"]) not in SIGHTS and act in _THEIRS or m["very"] and (m["not"] or m["much"]):
        return None
    worth = "a visit" if _ACTS[act] == "visiting" else "seeing"
    if asked:
        return capitalised(f"is {place} worth {worth}?")
    if m["not"]:
        return capitalised(f"{place} isn't {'really ' * bool(m['much'])}worth {worth}.")
    return capitalised(f"{place} is {'well ' * bool(m['very'] or m['much'])}worth {worth}.")


def _it(text: str) -> str | None:
    """"Không đáng đâu." as "It's not worth it.", "Có đáng không?" as "Is it worth it?", "Đáng lắm." as "It's well
    worth it." (_IT); None for anything else, and "Đáng." alone."""
    m = _IT.fullmatch(text)
    if not m:
        return None
    q, tail = keyed(m["q"] or ""), keyed(m["tail"] or "")
    asked = q == "không"
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or q == "đâu" and not m["not"] or m["very"] and tail:
        return None
    if asked:
        return None if m["not"] or m["very"] or tail else "Is it worth it?"
    if m["not"]:
        return None if tail not in ("", "lắm") else f"It's not {'really ' * (tail == 'lắm')}worth it."
    if not (m["very"] or tail):  # ("Nó đáng.", "Đáng!": he deserved it, serves him right)
        return None
    return f"It's {'well ' * bool(m['very'] or tail == 'lắm')}worth it."


def _for(m: re.Match, src: str) -> str | None:
    """Whom it is for (_FOR, _FOR_EN) in the other language: " for my mother", " cho gia đình tôi"; "" for none; None
    for someone not known."""
    if m["group"]:
        if src == "vi":
            return f" for {OWNERS[keyed(m['owner'])]} {_GROUPS[keyed(m['group'])]}"
        return f" cho {_GROUPS_VI[m['group']]} {WHOSE_VI[m['owner'].lower()]}"
    if not m["whom"]:
        return ""
    whom = as_whom(m["whom"], src)
    return whom and f" {'for' if src == 'vi' else 'cho'} {whom}"


def _buy(text: str) -> str | None:
    """"Tôi muốn mua ít quà lưu niệm." as "I want to buy some souvenirs.", "Mẹ tôi vừa mua quà lưu niệm." as "My
    mother has just bought some souvenirs." (_BUY); None for anything else, and for "anh", "chị", "em" alone."""
    m = _BUY.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or (whom := _for(m, "vi")) is None:
        return None
    (who_, one), how = said, keyed(m["how"])
    things = f"{_SOME[keyed(m['some'])] if m['some'] else 'some'} souvenirs{whom}"
    if how in ("muốn", "cần"):
        verb = {"muốn": "want", "cần": "need"}[how]
        return capitalised(f"{who_} {verb}{'s' * one} to buy {things}.")
    if how == "đã":
        return capitalised(f"{who_} bought {things}.")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} just bought {things}."))


def _shop(text: str) -> str | None:
    """"Cửa hàng lưu niệm ở đâu?" as "Where's the souvenir shop?", "Ở gần đây có cửa hàng lưu niệm nào không?" as "Is
    there a souvenir shop near here?" (_SHOP_WHERE, _SHOP_ANY); None for anything else."""
    if m := _SHOP_WHERE.fullmatch(text):
        return f"Where's the {'nearest ' * bool(m['nearest'])}souvenir shop?"
    m = _SHOP_ANY.fullmatch(text)
    if not m or (before := _where(m, "a")) is None or (after := _where(m, "b")) is None or before and after:
        return None
    return f"Is there a souvenir shop{before or after}?"


def _where_vi(m: re.Match) -> str | None:
    """Where, of _WHERE_EN, in Vietnamese at the sentence's start: "Ở đây ", "Ở gần đây ", "Ở Hà Nội "; "" for none
    said; None for a place not known."""
    if m["near"]:
        return f"{capitalised(_NEAR_VI[keyed(m['near'])])} "
    if not m["place"]:
        return ""
    place = place_vi(m["place"])
    return place and f"Ở {place} "


def _anything_vi(text: str) -> str | None:
    """"Is there anything worth seeing here?" as "Ở đây có gì đáng xem không?", "What's worth seeing in Hanoi?" as
    "Ở Hà Nội có gì đáng xem?", "Are there any places worth visiting in Hue?" as "Ở Huế có nơi nào đáng để ghé thăm
    không?" (_ANYTHING_EN); None for anything else."""
    m = _ANYTHING_EN.fullmatch(text)
    if not m or (where := _where_vi(m)) is None:
        return None
    act = "xem" if m["act"] == "seeing" else "để ghé thăm"
    what = "gì" if m["what"] or m["what2"] else "nơi nào" if m["places"] else "những nơi nào"
    asked = " không" if m["what"] or m["places"] else ""
    return capitalised(f"{where}có {what} đáng {act}{asked}?")


def _worth_vi(text: str) -> str | None:
    """"The old quarter is worth seeing." as "Phố cổ đáng xem.", "Is Ha Long Bay worth a visit?" as "Vịnh Hạ Long có
    đáng để ghé thăm không?" (_WORTH_EN); None for anything else, and a town by its name that mt.people.named_place
    knows (mt/recommendations.py's)."""
    m = _WORTH_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["ask"]) != asked or bool(m["be"]) == asked or m["not"] and m["very"]:
        return None
    place = place_vi(m["place"])
    if not place or named_place(m["place"], "en"):
        return None
    act = "xem" if m["act"] == "seeing" else "để ghé thăm"
    if asked:
        return capitalised(f"{place} có đáng {act} không?")
    return capitalised(f"{place} {'không ' * bool(m['not'])}{'rất ' * bool(m['very'])}đáng {act}.")


def _it_vi(text: str) -> str | None:
    """"It's not worth it." as "Không đáng đâu.", "Is it worth it?" as "Có đáng không?", "It's well worth it." as
    "Rất đáng." (_IT_EN); None for anything else."""
    m = _IT_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    very = (m["very"] or "").strip()
    if m["ask"]:
        return {"": "Có đáng không?", "really": "Có thật sự đáng không?"}.get(very)
    if m["not"] or m["isnt"]:
        return {"": "Không đáng đâu.", "really": "Không đáng lắm."}.get(very)
    return "Rất đáng." if very else "Đáng đấy."


def _buy_vi(text: str) -> str | None:
    """"I want to buy some souvenirs." as "Tôi muốn mua ít quà lưu niệm.", "Did you buy any souvenirs?" as "Bạn có
    mua quà lưu niệm không?", "Where can I buy souvenirs?" as "Tôi có thể mua quà lưu niệm ở đâu?" (_BUY_EN,
    _BUY_ASKED_EN, _WHERE_BUY_EN); None for anything else, and where the verb does not agree with who."""
    if m := _WHERE_BUY_EN.fullmatch(text):
        return f"{'Tôi' if m['who'] == 'I' else 'Chúng tôi'} có thể mua quà lưu niệm ở đâu?"
    if m := _BUY_ASKED_EN.fullmatch(text):
        (who_, one), aux = who_vi(m), m["aux"]
        said = {("Did", "buy"): "có mua {} không", ("Have", "bought"): "đã mua {} chưa",
                ("Do", "want to buy"): "có muốn mua {} không"}.get((aux.replace("Has", "Have").replace("Does", "Do"),
                                                                  " ".join(m["verb"].split())))
        if said is None or (aux in ("Has", "Does")) != one or m["yet"] and aux not in ("Have", "Has"):
            return None
        return capitalised(f"{who_} {said.format('quà lưu niệm')}?")
    m = _BUY_EN.fullmatch(text)
    if not m or (whom := _for(m, "en")) is None:
        return None
    (who_, one), like = who_vi(m), " ".join((m["like"] or "").split()).replace("’", "'")
    have = (m["have"] or "").strip().replace("’", "'")
    if like and not like.endswith("like") and like.endswith("s") != one or have and (have in ("has", "'s")) != one:
        return None
    how = "vừa mua" if not like and not m["bought"] else "đã mua" if m["bought"] else \
        "cần mua" if like.startswith("need") else "muốn mua"
    return capitalised(f"{who_} {how}{_SOME_VI[' '.join((m['some'] or '').split())]} quà lưu niệm{whom}.")


def _shop_vi(text: str) -> str | None:
    """"Where's the souvenir shop?" as "Cửa hàng lưu niệm ở đâu?", "Is there a souvenir shop near here?" as "Ở gần
    đây có cửa hàng lưu niệm không?" (_SHOP_EN); None for anything else."""
    m = _SHOP_EN.fullmatch(text)
    if not m:
        return None
    if text.startswith("Where"):
        return f"Cửa hàng lưu niệm {'gần nhất ' * bool(m['nearest'])}ở đâu?"
    where = _NEAR_VI[keyed(m["near"])] if m["near"] else ""
    return capitalised(f"{where} có cửa hàng lưu niệm không?".strip())
