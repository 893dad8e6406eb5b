"""Theft and burglary, both ways, written whole by rule: a house burgled or broken into, someone pickpocketed or
robbed, a thing stolen (whose, where, when), who stole or took it, anything stolen asked, and the police told or
called. v8 (with every rule before this one): "Nhà anh ấy bị trộm." → "His house was thipped.", "Nhà họ bị trộm." →
"Their home was thief.", "Tôi bị móc túi trên xe buýt." → "I was handled on the bus.", "Anh ấy vừa bị móc túi." → "He
was getting a pocket handle.", "Xe máy của anh ấy bị lấy trộm." → "His motorcycle was robbered.", "Tôi bị mất trộm xe
máy." → "I'm lost my motorcycle.", "Ví của Lan bị trộm." → "Wallet of Land was thief.", "Có người đột nhập vào nhà
tôi." → "There was a sudden person entered my house.", "Có gì bị lấy trộm không?" → "What is robbery?", "Bạn đã báo
cảnh sát chưa?" → "Are you warning?", "Gọi cảnh sát đi!" → "Call the police to go!"; "Their house was burgled." →
"Nhà của họ bị hăm dọa." (threatened), "Someone broke into our house." → "Ai đó đã rơi vào nhà của chúng tôi." (fell
into), "I got pickpocketed on the bus." → "Tôi đã được nhặt trên xe buýt." (picked up), "Someone stole my bike." →
"Ai đó ăn cắp bike của tôi.", "My sunglasses were stolen." → "Tôi bị đánh cắp." (I was stolen), "What was stolen?" →
"Tò mò là gì?", "Did you report it to the police?" → "Bạn có báo cáo nó cho cảnh sát không?" (a written report).

Taken: whose house (mt.hobbies.OWNER, SOMEONE_EN) burgled ("bị trộm", "bị mất trộm"), or broken into by someone or
burglars; who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) pickpocketed or robbed, or burgled in
English; a thing of THINGS (mt/left_behind.py's things carried, a motorbike, a bicycle, a car, money) of whose stolen,
or stolen from who ("Tôi bị mất trộm xe máy."), or stolen or taken by someone or a thief; each at a place of
mt.left_behind.PLACES and on a day behind of mt.free_time.when (mt.dates.LAST) or not, just ("vừa"), done ("rồi") or
asked ("… có bị trộm không?", "Was …?"); anything stolen asked, what was stolen, nothing stolen; who reported it to or
called the police (did, has, will, should, has to, needs to; asked), and "Call the police!".
Left: a wallet, a phone … of mine, yours or ours stolen, and someone stealing it (mt/mishaps.py's), "Tôi bị móc túi.",
"Tôi bị cướp.", "I was pickpocketed." (the phrasebook's), things lost (mt/mishaps.py, mt.terms), keys (mt/keys.py),
"kẻ trộm" with no whose said, someone taking a thing (by mistake?), a car broken into, "bike" in Vietnamese ("xe").
mt.phrasebook.translate tries these after mt/laundry.py.

    >>> translate("Nhà anh ấy bị trộm.", "vi", "en"), translate("Someone stole my bike.", "en", "vi")
    ('His house was burgled.', 'Có người lấy trộm xe đạp của tôi.')
"""
from __future__ import annotations

import re

from .broken import THINGS as _DEVICES
from .broken import THINGS_VI as _DEVICES_VI
from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .left_behind import PLACES, PLACES_VI
from .left_behind import THINGS as _CARRIED
from .left_behind import THINGS_VI as _CARRIED_VI
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed, regular_plural

# what is stolen: things carried (mt/left_behind.py's), what one rides, money; the first Vietnamese is written back
_RIDDEN = {"motorbike", "bicycle", "car"}
THINGS = _CARRIED | {vi: en for vi, en in _DEVICES.items() if en in _RIDDEN} | {"tiền": "money"}
_MANY = {"glasses", "sunglasses", "headphones", "earphones"}  # ("were stolen")
_PLURALS = {regular_plural(en) for en in _CARRIED.values()} - _MANY  # (several stolen: how many, not said)
THINGS_VI = {en: vi for en, vi in _CARRIED_VI.items() if en not in _PLURALS} | {"bike": "xe đạp", "money": "tiền"} | {
    en: vi for en, vi in _DEVICES_VI.items() if vi in ("xe máy", "xe đạp", "ô tô")}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trộm|cắp|móc\s+túi|cướp|đột\s+nhập|cảnh\s+sát|công\s+an)"),
         "en": lazy(r"(?i:stol|thie|burgl|broke|pickpocket|robbed|police)")}

_THING = rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
_TENSE = r"(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+|(?P<ask>có)\s+)?"
_STEAL = r"(?:(?:lấy|ăn|mất)\s+trộm|(?:lấy|ăn|đánh)\s+cắp|trộm)(?:\s+mất)?"
_PLACE = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
_DONE = rf"{DAY_AFTER}(?:\s+(?P<done>rồi))?{ASKED_END}"
# "Nhà anh ấy bị trộm.", "Nhà mẹ tôi vừa bị mất trộm.", "Nhà bạn có bị trộm không?"
_BURGLED = lazy(rf"(?i:nhà)\s+(?:của\s+)?{OWNER}\s+{_TENSE}bị\s+(?:mất\s+trộm|trộm(?:\s+đột\s+nhập)?)"
                rf"{_DONE}")
# "Tôi bị móc túi trên xe buýt.", "Mẹ tôi bị cướp ở chợ." ("Tôi bị móc túi." alone is the phrasebook's)
_ROBBED = lazy(rf"{WHO}\s+{_TENSE}bị\s+(?P<how>móc\s+túi|cướp){_PLACE}{_DONE}")
# "Xe máy của anh ấy bị lấy trộm.", "Tôi bị mất trộm xe máy ở nhà ga."
_STOLEN = lazy(rf"{_THING}\s+(?:của\s+)?{OWNER}\s+{_TENSE}bị\s+{_STEAL}{_PLACE}{_DONE}")
_STOLEN_FROM = lazy(rf"{WHO}\s+{_TENSE}bị\s+{_STEAL}\s+{_THING}{_PLACE}{_DONE}")
# "Có người đột nhập vào nhà tôi.", "Ai đó đã lấy trộm ví của anh ấy.", "Một tên trộm đã lấy túi của cô ấy."
_BY = r"(?:(?P<anyone>(?i:có\s+người|ai\s+đó))|(?P<a>(?i:một)\s+)?(?P<thief>(?i:tên|kẻ)\s+trộm))"
_BROKE_IN = lazy(rf"(?:(?P<anyone>(?i:có\s+người|ai\s+đó))|(?P<thieves>(?i:kẻ\s+trộm|trộm|kẻ\s+gian)))\s+"
                 rf"(?:(?P<tense>đã|vừa)\s+)?đột\s+nhập\s+vào\s+nhà\s+(?:của\s+)?{OWNER}{DAY_AFTER}"
                 rf"{SOFTENED_END}")
_TOOK = lazy(rf"{_BY}\s+(?:(?P<tense>đã|vừa)\s+)?(?P<steal>{_STEAL}|lấy(?:\s+mất)?)\s+{_THING}\s+(?:của\s+)?"
             rf"{OWNER}{_PLACE}{DAY_AFTER}{SOFTENED_END}")
# "Có gì bị lấy trộm không?", "Những gì đã bị lấy trộm?", "Không có gì bị mất trộm."
_WHAT = r"(?:cái\s+|thứ\s+)?gì\s+(?:đã\s+)?bị\s+(?:lấy\s+|mất\s+)?trộm(?:\s+mất)?"
_ANYTHING = lazy(rf"(?i:(?P<any>có\s+{_WHAT}\s+không)|(?P<what>(?:những\s+)?{_WHAT})|(?P<none>không\s+có\s+"
                 rf"{_WHAT}(?:\s+cả)?)){SOFTENED_END}")
# "Bạn đã báo cảnh sát chưa?", "Tôi sẽ gọi cảnh sát.", "Chúng ta có nên báo cảnh sát không?", "Gọi cảnh sát đi!"
_POLICE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>đã|sẽ|nên|phải|cần)\s+)?(?P<act>báo|gọi)\s+(?:cho\s+)?"
               rf"(?:cảnh\s+sát|công\s+an)(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
_CALL = lazy(r"(?:(?i:hãy)\s+)?(?P<act>(?i:báo|gọi))\s+(?:cho\s+)?(?:cảnh\s+sát|công\s+an)(?P<now>\s+ngay)?"
             r"(?:\s+đi)?\s*[.!]*")

# ... and in English ("my bike", "my mother's bag"; "was stolen", "has just been stolen", "'s been stolen")
_OWNER_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_THING_EN = rf"{_OWNER_EN}\s+(?P<thing>(?i:{alternatives(THINGS_VI)}))"
_HOUSE_EN = rf"{_OWNER_EN}\s+(?P<house>house|home)"
_BEEN = r"(?P<be>\s+was|\s+were|\s+got|(?:\s+has|\s+have|['’]s|['’]ve)(?:\s+just)?\s+been)"
_AFTER_EN = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES_VI)})))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)"
_STOLEN_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{_THING_EN}{_BEEN}?\s+stolen{_AFTER_EN}")
_BURGLED_EN = lazy(rf"(?:(?P<q>Was)\s+)?{_HOUSE_EN}{_BEEN}?\s+(?:burgled|burglarized|broken\s+into|robbed)"
                   rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_ROBBED_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{WHO_EN}{_BEEN}?\s+(?P<how>pickpocketed|robbed|burgled){_AFTER_EN}")
_BY_EN = r"(?:(?P<anyone>(?i:someone|somebody))|(?P<a>A|The)\s+thief|(?P<thieves>Burglars|Thieves))"
_TOOK_EN = lazy(rf"{_BY_EN}\s+(?:(?P<v>stole|took|broke)|(?P<has>has|have)(?P<just>\s+just)?\s+"
                rf"(?P<vn>stolen|taken|broken))\s+(?P<into>into\s+)?{_OWNER_EN}\s+(?:(?P<house>house|home)|"
                rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))){_AFTER_EN}")
_ANYTHING_EN = lazy(r"(?:(?P<any>Was\s+anything|Has\s+anything\s+been)|(?P<what>What)(?:\s+was|\s+has\s+been|"
                    r"['’]s\s+been)|(?P<none>Nothing)\s+(?:was|has\s+been|got))\s+stolen\s*(?P<end>[.!?]*)")
_POLICE_EN = lazy(rf"(?:(?P<q>Did|Have|Has|Should)\s+)?{WHO_EN}(?P<aux>\s+will|['’]ll|\s+should|\s+needs?\s+to|"
                  r"\s+ha(?:ve|s)\s+to|\s+have|\s+has|['’]ve|['’]s)?(?P<just>\s+just)?\s+(?P<act>report(?:ed)?\s+"
                  r"it\s+to|call(?:ed)?)\s+the\s+police(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_CALL_EN = lazy(r"(?P<act>Call|Report\s+it\s+to)\s+the\s+police(?P<now>\s+now)?\s*[.!]*")
# what English says of the police, by the Vietnamese verb; what Vietnamese says before it, by the English one
_ACTS = {"báo": ("report it to the police", "reported it to the police"),
         "gọi": ("call the police", "called the police")}
_AUX_VI = {"will": "sẽ", "'ll": "sẽ", "should": "nên", "need to": "cần", "needs to": "cần", "have to": "phải",
           "has to": "phải"}
_AUX_EN = {"sẽ": "will", "nên": "should", "phải": "have to", "cần": "need to"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of a theft, a burglary or the police; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _burgled(text) or _robbed(text) or _stolen(text) or _took(text) or _anything(text) or _police(text)
    return _stolen_vi(text) or _robbed_vi(text) or _took_vi(text) or _anything_vi(text) or _police_vi(text)


def _day(m: re.Match, src: str) -> str | None:
    """The day of a match (group "day") in the other language with a space before it, "" for none; None for a day
    not read, or not behind ("ngày mai", "now": a theft is told after it)."""
    said = when(m["day"], src, LAST)
    if said is None or said in ("now", "bây giờ") or AHEAD.search((m["day"] if src == "en" else said) or ""):
        return None
    return f" {said}" if said else ""


def _after(m: re.Match, src: str) -> str | None:
    """Where and when of a match in the other language: " on the bus last night", " trên xe buýt tối qua"."""
    day = _day(m, src)
    place = m.groupdict().get("place")
    if day is None or not place:
        return day
    return f" {PLACES[keyed(place)] if src == 'vi' else PLACES_VI[keyed(place)]}{day}"


def _been(m: re.Match, who_: str, one: bool) -> str | None:
    """"was", "were", "has just been", "have been" as English says it after who (`one`: "he", a thing; "I" was)
    by "vừa" (just), "rồi" (done, no day said) and asking; None for just on a day said, or asked."""
    just = keyed(m["tense"] or "") in ("vừa", "mới", "vừa mới")
    was = "was" if one or who_ == "I" else "were"
    if m["asked"]:
        return None if just or m["done"] else was.capitalize()
    if just or m["done"] and not m["day"]:
        return None if just and m["day"] else f"{'has' if one else 'have'}{' just' * just} been"
    return was


def _asks(m: re.Match) -> bool | None:
    """Whether a match asks ("có … không?"), None where "có", "không" and "?" do not agree."""
    asked = bool(m["asked"])
    return asked if asked == bool(m["ask"]) == ("?" in m["end"]) else None


def _whose(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English: "my", "my mother's", "Lan's"."""
    if m["someone"]:
        said = someone(m["someone"], "vi")
        return said and f"{said}'s"
    return OWNERS[keyed(m["owner"])]


def _passive(m: re.Match, who_: str, one: bool, done: str) -> str | None:
    """A sentence of who or what `done` ("burgled", "stolen"), with where and when: "His house was burgled.", "Was
    your bike stolen?", "I've just been pickpocketed on the bus."."""
    asked, after = _asks(m), _after(m, "vi")
    been = None if asked is None or after is None else _been(m, who_, one)
    if been is None:
        return None
    if asked:
        return f"{been} {who_} {done}{after}?"
    return capitalised(contracted(who_, f"{been} {done}{after}."))


def _burgled(text: str) -> str | None:
    """"Nhà anh ấy bị trộm." as "His house was burgled.", "Nhà bạn có bị trộm không?" as "Was your house burgled?"
    (_BURGLED)."""
    m = _BURGLED.fullmatch(text)
    whose = m and _whose(m)
    return whose and _passive(m, f"{whose} house", True, "burgled")


def _robbed(text: str) -> str | None:
    """"Tôi bị móc túi trên xe buýt." as "I was pickpocketed on the bus.", "Mẹ tôi vừa bị cướp." as "My mother has
    just been robbed." (_ROBBED); None for "anh", "chị" … alone saying it."""
    m = _ROBBED.fullmatch(text)
    said = m and _asks(m) is not None and who(m, bool(m["asked"]))
    how = said and ("robbed" if keyed(m["how"]) == "cướp" else "pickpocketed")
    return how and _passive(m, *said, how)


def _stolen(text: str) -> str | None:
    """"Xe máy của anh ấy bị lấy trộm." as "His motorbike was stolen.", "Tôi bị mất trộm xe máy." as "My motorbike
    was stolen." (_STOLEN, _STOLEN_FROM: whose is who's own)."""
    if m := _STOLEN.fullmatch(text):
        whose = _whose(m)
    elif (m := _STOLEN_FROM.fullmatch(text)) and _asks(m) is not None and (said := who(m, bool(m["asked"]))):
        whose = EN_WHOSE.get(said[0], f"{said[0]}'s")
    else:
        return None
    thing = THINGS[keyed(m["thing"])]
    return whose and _passive(m, f"{whose} {thing}", thing not in _MANY, "stolen")


def _took(text: str) -> str | None:
    """"Ai đó đã lấy trộm ví của anh ấy." as "Someone stole his wallet.", "Một tên trộm đã lấy túi của cô ấy." as "A
    thief took her bag.", "Có người đột nhập vào nhà tôi." as "Someone broke into my house." (_TOOK, _BROKE_IN);
    None for "kẻ trộm" without "một" (a thief or the thief?), someone taking a thing (by mistake?)."""
    m = _BROKE_IN.fullmatch(text) or _TOOK.fullmatch(text)
    if not m or (whose := _whose(m)) is None or (after := _after(m, "vi")) is None:
        return None
    groups = m.groupdict()
    just = m["tense"] == "vừa"
    if just and m["day"] or groups.get("thief") and not (m["a"] or keyed(m["thief"]) == "tên trộm"):
        return None
    by = "Someone" if m["anyone"] else "Burglars" if groups.get("thieves") else "A thief" if m["a"] else "The thief"
    if not groups.get("thing"):
        did = ("have just broken" if by == "Burglars" else "has just broken") if just else "broke"
        return f"{by} {did} into {whose} house{after}."
    took = keyed(m["steal"]).startswith("lấy") and not keyed(m["steal"]).startswith("lấy trộm")
    if took and by == "Someone" or "mất trộm" in keyed(m["steal"]):
        return None
    did = ("has just taken" if took else "has just stolen") if just else "took" if took else "stole"
    return f"{by} {did} {whose} {THINGS[keyed(m['thing'])]}{after}."


def _anything(text: str) -> str | None:
    """"Có gì bị lấy trộm không?" as "Was anything stolen?", "Những gì đã bị lấy trộm?" as "What was stolen?",
    "Không có gì bị mất trộm." as "Nothing was stolen." (_ANYTHING)."""
    m = _ANYTHING.fullmatch(text)
    if not m or bool(m["none"]) == ("?" in m["end"]):
        return None
    return "Nothing was stolen." if m["none"] else "Was anything stolen?" if m["any"] else "What was stolen?"


def _police(text: str) -> str | None:
    """"Bạn đã báo cảnh sát chưa?" as "Have you reported it to the police?", "Bạn có báo cảnh sát không?" as "Did
    you report it to the police?", "Tôi sẽ gọi cảnh sát." as "I'll call the police.", "Gọi cảnh sát đi!" as "Call the
    police!" (_POLICE, _CALL); None for a plain verb said (done, doing or offered?)."""
    if m := _CALL.fullmatch(text):
        return f"{capitalised(_ACTS[keyed(m['act'])][0])}{' now' * bool(m['now'])}!"
    m = _POLICE.fullmatch(text)
    asked = m and ("?" in m["end"])
    tense, done = keyed(m and m["tense"] or ""), keyed(m and m["done"] or "")
    if not m or asked != bool(m["asked"] or done == "chưa") or bool(m["ask"]) != bool(m["asked"]) or (
            done and tense not in ("", "đã")) or (said := who(m, asked)) is None:
        return None
    (who_, one), (base, part) = said, _ACTS[keyed(m["act"])]
    if done == "chưa":
        return f"{'Has' if one else 'Have'} {who_} {part}?"
    if asked:
        return f"{'Should' if tense == 'nên' else 'Did'} {who_} {base}?" if tense in ("", "nên") else None
    if tense == "đã":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {part}.") if done else f"{who_} {part}.")
    aux = _AUX_EN.get(tense)
    if aux and aux.startswith(("have", "need")) and one:
        aux = aux.replace("have", "has").replace("need", "needs")
    return aux and capitalised(contracted(who_, f"{aux} {base}.") if aux == "will" else f"{who_} {aux} {base}.")


def _owner_vi(m: re.Match) -> str | None:
    """Whose of a match of _THING_EN in Vietnamese: "tôi" for "my", "mẹ tôi" for "my mother's"."""
    return someone(m["someone"], "en") if m["someone"] else WHOSE_VI[m["owner"].lower()]


def _tense_vi(m: re.Match, one: bool, who_i: bool = False) -> tuple[str, str] | None:
    """What Vietnamese says before "bị" and at the end for a match's "was", "has just been" …: ("vừa ", ""), ("",
    " rồi"); None where the verb does not agree with who (`one`: "he", a thing; `who_i`: "I") or "has been" has a
    day, or where a question is not asked."""
    be = " ".join((m["be"] or m["q"] or "").lower().replace("’", "'").split())
    verb = be.split()[0] if be else ""
    agrees = {"was": one or who_i, "were": not (one or who_i), "has": one, "'s": one, "have": not one,
              "'ve": not one}.get(verb, verb == "got")
    if not agrees or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    if verb in ("was", "were", "got"):
        return "", ""
    return None if m["day"] else ("vừa ", "") if "just" in be else ("", " rồi")


def _stolen_vi(text: str) -> str | None:
    """"My phone was stolen on the bus." as "Tôi bị lấy trộm điện thoại trên xe buýt.", "Was your bike stolen?" as
    "Xe đạp của bạn có bị lấy trộm không?", "Their house was burgled." as "Nhà họ bị trộm." (_STOLEN_EN,
    _BURGLED_EN); None where "was" or "were" does not agree with the thing."""
    m = _STOLEN_EN.fullmatch(text)
    house = m is None
    m = _BURGLED_EN.fullmatch(text) if house else m
    thing = m and not house and THINGS_VI[keyed(m["thing"])]
    tense = m and _tense_vi(m, house or keyed(m["thing"]) not in _MANY)
    owner, after = tense and _owner_vi(m), tense and _after(m, "en")
    if not owner or after is None:
        return None
    if house:
        return f"Nhà {owner} có bị trộm{after} không?" if m["q"] else f"Nhà {owner} {tense[0]}bị trộm{after}{tense[1]}."
    if m["q"]:
        return f"{capitalised(thing)} của {owner} có bị lấy trộm{after} không?"
    return capitalised(f"{owner} {tense[0]}bị lấy trộm {thing}{after}{tense[1]}.")


def _robbed_vi(text: str) -> str | None:
    """"I got pickpocketed on the bus." as "Tôi bị móc túi trên xe buýt.", "We were burgled." as "Nhà chúng tôi bị
    trộm.", "Were you robbed?" as "Bạn có bị cướp không?" (_ROBBED_EN); None where the verb does not agree with
    who."""
    m = _ROBBED_EN.fullmatch(text)
    who_, one = who_vi(m) if m else ("", False)
    tense = m and _tense_vi(m, one, who_ == "tôi")
    after = tense and _after(m, "en")
    if not tense or after is None:
        return None
    said = {"pickpocketed": "móc túi", "robbed": "cướp", "burgled": "trộm"}[m["how"]]
    subject = f"nhà {who_}" if said == "trộm" else who_
    if m["q"]:
        return capitalised(f"{subject} có bị {said}{after} không?")
    return capitalised(f"{subject} {tense[0]}bị {said}{after}{tense[1]}.")


def _took_vi(text: str) -> str | None:
    """"Someone stole my bike." as "Có người lấy trộm xe đạp của tôi.", "A thief took her bag." as "Một tên trộm đã
    lấy mất túi của cô ấy.", "Someone broke into our house." as "Có người đột nhập vào nhà chúng tôi." (_TOOK_EN);
    None where "has" or "have" does not agree, or for someone taking a thing (by mistake?)."""
    m = _TOOK_EN.fullmatch(text)
    if not m or "?" in m["end"] or (owner := _owner_vi(m)) is None or (after := _after(m, "en")) is None:
        return None
    verb, into = (m["v"] or m["vn"]).lower(), bool(m["into"])
    if m["has"] and (m["day"] or (m["has"] == "has") == bool(m["thieves"])) or verb.startswith("broke") != into or (
            into != bool(m["house"]) or m["thieves"] and not into or m["anyone"] and verb in ("took", "taken")):
        return None
    just = "vừa " if m["just"] else "đã " if m["has"] else ""
    by = "Có người" if m["anyone"] else "Trộm" if m["thieves"] else "Một tên trộm" if m["a"] == "A" else "Tên trộm"
    if m["into"]:
        return f"{by} {just}đột nhập vào nhà {owner}{after}."
    did = "lấy mất" if verb in ("took", "taken") else "lấy trộm"
    if by != "Có người" and not just:
        just = "đã "
    return f"{by} {just}{did} {THINGS_VI[keyed(m['thing'])]} của {owner}{after}."


def _anything_vi(text: str) -> str | None:
    """"Has anything been stolen?" as "Có gì bị lấy trộm không?", "What was stolen?" as "Những gì đã bị lấy trộm?",
    "Nothing was stolen." as "Không có gì bị lấy trộm." (_ANYTHING_EN)."""
    m = _ANYTHING_EN.fullmatch(text)
    if not m or bool(m["none"]) == ("?" in m["end"]):
        return None
    return ("Không có gì bị lấy trộm." if m["none"] else "Có gì bị lấy trộm không?" if m["any"] else
            "Những gì đã bị lấy trộm?")


def _police_vi(text: str) -> str | None:
    """"Have you reported it to the police?" as "Bạn đã báo cảnh sát chưa?", "Did you report it to the police?" as
    "Bạn có báo cảnh sát không?", "I'll call the police." as "Tôi sẽ gọi cảnh sát.", "Call the police!" as "Gọi
    cảnh sát đi!" (_POLICE_EN, _CALL_EN); None where the verb does not agree with who or is not the form it takes."""
    if m := _CALL_EN.fullmatch(text):
        call = m["act"] == "Call"
        return f"{'Gọi' if call else 'Hãy báo'} cảnh sát{' ngay' * bool(m['now'])}{' đi' * call}!"
    m = _POLICE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().replace("’", "'").split())
    act = "báo" if m["act"].startswith("report") else "gọi"
    done = m["act"].split()[0].endswith("ed")
    have = q in ("have", "has") or aux in ("have", "has", "'ve", "'s")
    if q and aux or done != (have or not (q or aux)) or m["yet"] and q not in ("have", "has") or m["just"] and (
            q or not have) or (q or aux) in ("has", "'s", "needs to", "has to") and not one or (
            q or aux) in ("have", "'ve", "need to", "have to") and one:
        return None
    if who_ == "chúng tôi" and (q == "should" or aux in _AUX_VI and _AUX_VI[aux] != "sẽ"):
        who_ = "chúng ta"  # (should, must: said of those spoken to as well)
    if q == "did" or q == "should":
        return capitalised(f"{who_} có {'nên ' * (q == 'should')}{act} cảnh sát không?")
    if have:
        return capitalised(f"{who_} đã {act} cảnh sát chưa?" if q else
                           f"{who_} {'vừa' if m['just'] else 'đã'} {act} cảnh sát{'' if m['just'] else ' rồi'}.")
    return capitalised(f"{who_} {_AUX_VI[aux] + ' ' if aux else 'đã '}{act} cảnh sát.")
