"""Collisions on the road, both ways, written whole by rule: who was hit, clipped, run over or knocked down by a car,
a motorbike or a lorry, knocked off their motorbike or bike, had a traffic accident, was hurt or fine after it; two
vehicles that crashed into each other; the driver who hit someone and drove off. v8 (the rules on) reads "tông" as
carving, "đâm" as stabbing, "quệt" as squiring, "cán" as carved, and "hit", "knocked", "crashed" as touched, knocking
on a door or falling: "Tôi bị xe máy tông." → "I'm carving.", "Hôm qua anh ấy bị ô tô đâm." → "Yesterday, he was
stabbing.", "Mẹ tôi bị xe quệt nhưng không sao." → "My mother was squiring but wasn't why.", "Con chó của tôi bị ô tô
cán." → "My dog is carved.", "Tài xế tông tôi đã bỏ chạy." → "The driver I was getting off.", "Bố tôi bị tai nạn
giao thông." → "My father was getting traffic accidents.", "Tôi suýt bị xe tải đâm." → "I was stabilised."; "I got
hit by a car." → "Tôi bị xe hơi chạm vào." (touched), "He was knocked off his motorbike." → "Anh ta bị gõ cửa xe máy."
(knocked on the door), "Two motorbikes crashed into each other." → "Hai chiếc xe máy đã rơi vào nhau." (fell), "The
driver who hit me drove off." → "Người lái xe đánh tôi ra đi." (beat me), "My dog got run over by a car." → "Con chó
của tôi chạy qua xe hơi." (ran past), "A car hit me yesterday." → "Một chiếc xe chở tôi hôm qua." (gave me a lift).

Taken: who (mt.hobbies.WHO, WHO_EN; a pet too: "Con chó của tôi bị ô tô cán.") hit ("tông", "đâm", "đụng", "húc"),
clipped ("quệt"), run over ("cán", "chẹt") or knocked down ("tông ngã") by a vehicle of _VEHICLES ("xe" alone: "a
vehicle"), or knocked off their motorbike or bike ("bị ngã xe vì bị ô tô tông", "bị ô tô tông ngã xe": "xe" alone a
"bike", as English says either), or who had a traffic, car or motorbike accident: said, just ("vừa"), almost ("suýt"),
denied, asked ("có … không?", "Did …?", "Were …?"), on a day behind or today (mt.dates.near_days), and "but she's fine",
"but wasn't hurt", "and was (slightly, badly) hurt" after it; "A car hit me."; two to five vehicles, or one and another,
that crashed into each other (just, at the crossroads, on a day); the driver or the person who hit someone, or caused
the accident, and drove off or didn't stop. Left: "bị đâm" with no vehicle and "Người đâm tôi" (stabbed?), "Người đụng
tôi" (bumped into?), "I got hit." and "The person who hit me ran away." (punched?), "bị tai nạn" alone (at work?), "Bạn
có bị thương không?", "có sao không" and a fall off a bike with no one hitting it (mt/injuries.py), "Tôi bị tai nạn xe
máy." (the phrase list's, said the same), a road jammed by an accident (mt/traffic.py), a death in one
(mt/condolences.py), a car of whose hit ("Xe tôi bị đâm.": a car or a motorbike?), "anh", "chị", "em" alone saying it, a
pet knocked off a bike or driving off, "we" knocked off (one bike or many?), "nhưng không sao" after a name alone (he's
or she's fine?), a day ahead, and anything else.
mt.phrasebook.translate tries these after mt/docked_pay.py.

    >>> translate("Tôi bị xe máy tông.", "vi", "en"), translate("I got hit by a car.", "en", "vi")
    ('I got hit by a motorbike.', 'Tôi bị ô tô tông.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, asked_of, be_agrees, his_her_of, own_thing, who, \
    who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .parking import VEHICLES, VEHICLES_VI
from .rule_keys import key_checked
from .terms import WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, stop

# what hits (the first Vietnamese of each is written back); "xe" alone is "a vehicle": a car or a motorbike
_VEHICLES = VEHICLES | {"xe gắn máy": "motorbike", "xe mô tô": "motorbike", "xe tải": "lorry", "xe buýt": "bus",
                        "xe khách": "coach", "xe taxi": "taxi", "taxi": "taxi", "xe": "vehicle"}
_VEHICLES_VI = VEHICLES_VI | {"lorry": "xe tải", "truck": "xe tải", "bus": "xe buýt", "coach": "xe khách",
                              "taxi": "taxi", "vehicle": "xe"}
_MANY = {"bus": "buses", "coach": "coaches", "lorry": "lorries", "truck": "trucks"}
_MANY_VI = {_MANY.get(en, f"{en}s"): vi for en, vi in _VEHICLES_VI.items()}
# how it hit, in English after "got"; "tông ngã" is "knocked down"
_STRUCK = {"tông": "hit", "tông phải": "hit", "tông vào": "hit", "đâm": "hit", "đâm phải": "hit", "đâm vào": "hit",
           "đụng": "hit", "đụng phải": "hit", "húc": "hit", "quệt": "clipped", "quẹt": "clipped",
           "quệt phải": "clipped",
           "cán": "run over", "cán phải": "run over", "chẹt": "run over"}
_STRUCK_VI = {"hit": "tông", "clipped": "quệt", "run over": "cán", "knocked down": "tông ngã"}
_KINDS = {"giao thông": "traffic", "xe máy": "motorbike", "ô tô": "car", "xe ô tô": "car", "xe hơi": "car"}
_KINDS_VI = {"traffic": "giao thông", "road": "giao thông", "car": "ô tô", "motorbike": "xe máy",
             "motorcycle": "xe máy"}
_BIKES_VI = {"motorbike": "xe máy", "motorcycle": "xe máy", "scooter": "xe máy", "bike": "xe đạp",
             "bicycle": "xe đạp"}
# the days it happened on: behind, or today
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "đêm qua", "hôm kia", "tuần trước", "cuối tuần trước", "tháng trước", "năm ngoái", "năm trước",
                  "hôm nay", "sáng nay", "chiều nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_N = {vi_word(n): n for n in range(2, 6)} | {str(n): n for n in range(2, 6)}
_N_EN = {en_word(n): n for n in range(2, 6)}
# who drove, and whom they hit, in English and back
_DRIVERS = {"tài xế": "driver", "người lái xe": "driver", "người": "person"}
_DRIVERS_VI = {"driver": "Tài xế", "person": "Người", "man": "Người đàn ông", "woman": "Người phụ nữ"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tông|đâm|đụng|\bhúc|quệt|quẹt|cán|chẹt|tai\s+nạn)"),
         "en": lazy(r"(?i:hit|run\s+over|ran\s+over|clipped|knocked|crash|collided|accident)")}

_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
_AUX = r"(?:(?P<aux>vừa\s+mới|vừa|mới|suýt(?:\s+nữa)?(?:\s+thì)?|đã)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?"
_VEH = rf"(?P<vehicle>(?i:{alternatives(_VEHICLES)}))"
_VERB = rf"(?P<verb>(?i:{alternatives(_STRUCK)}))"
_OFF = r"(?P<off>xe(?:\s+(?:máy|đạp))?)"
# after it: fine, not hurt, or hurt ("nhưng không sao", "và bị thương nhẹ")
_TAIL = (r"(?:\s*,?\s+nhưng\s+(?P<fine>không\s+sao|không\s+bị\s+thương(?:\s+gì)?)|"
         r"(?P<hurt>\s*,?\s+và\s+bị\s+thương(?:\s+(?P<deg>nhẹ|nặng))?))?")
# who was hit ("Tôi bị xe máy tông.", "Bà tôi bị xe máy tông ngã.", "Tôi bị ô tô tông ngã xe.")
_HIT = lazy(rf"{_DAY0}{WHO}\s+{_AUX}bị\s+{_VEH}\s+{_VERB}(?:\s+(?P<down>ngã)(?:\s+{_OFF})?)?{_DAY}{_TAIL}{ASKED_END}")
# ... knocked off ("Tôi bị ngã xe vì bị ô tô tông.")
_KNOCKED = lazy(rf"{_DAY0}{WHO}\s+{_AUX}bị\s+ngã\s+{_OFF}\s+(?:vì|do)\s+bị\s+(?:{_VEH}\s+)?{_VERB}{_DAY}{_TAIL}"
                rf"{ASKED_END}")
# ... in an accident ("Bố tôi bị tai nạn giao thông.")
_ACCIDENT = lazy(rf"{_DAY0}{WHO}\s+{_AUX}bị\s+tai\s+nạn\s+(?P<kind>(?i:{alternatives(_KINDS)})){_DAY}{_TAIL}"
                 rf"{ASKED_END}")
# two vehicles ("Hai xe máy đâm nhau.", "Một ô tô và một xe máy đâm nhau ở ngã tư.")
_ONE_VEH = rf"(?i:một|1)\s+(?:chiếc\s+)?(?P<v1>(?i:{alternatives(_VEHICLES)}))"
_CRASH = lazy(rf"{_DAY0}(?:[Cc]ó\s+)?(?:(?P<n>(?i:{alternatives(_N)}))\s+(?:chiếc\s+)?{_VEH}|"
              rf"{_ONE_VEH}\s+(?:và|với)\s+{_ONE_VEH.replace('v1', 'v2')})\s+(?:(?P<aux>vừa|đã)\s+)?"
              rf"(?:đâm|tông|đụng)\s+(?:vào\s+)?nhau(?:\s+(?P<place>ở\s+ngã\s+tư))?{_DAY}{SOFTENED_END}")
# who hit someone and drove off ("Tài xế tông tôi đã bỏ chạy.", "Người gây tai nạn không dừng lại.")
_FLED = lazy(rf"(?P<one>(?i:{alternatives(_DRIVERS)}))\s+(?:đã\s+)?(?:{_VERB}\s+{WHOM}|(?P<caused>gây\s+(?:ra\s+)?"
             r"tai\s+nạn))\s+(?:(?:đã|liền)\s+)?(?:(?P<fled>bỏ\s+chạy|bỏ\s+trốn)(?:\s+(?:luôn|mất|rồi))?|"
             rf"(?P<stop>không\s+dừng\s+lại)){SOFTENED_END}")

# ... and in English
_VEH_EN = rf"(?P<art>an?)\s+(?P<vehicle>(?i:{alternatives(_VEHICLES_VI)}))"
_DAY0_EN = rf"(?:(?P<day0>(?i:{alternatives(_DAYS_VI)}))\s*,?\s+)?"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_AUX_EN = (r"(?P<aux>\s+(?:just\s+|almost\s+|nearly\s+)?(?:got|had)|\s+(?:didn['’]t|did\s+not)\s+(?:get|have)|"
           r"\s+(?:was|were)(?:\s+(?:just|almost|nearly))?|\s+(?:wasn['’]t|weren['’]t|was\s+not|were\s+not))")
_TAIL_EN = (r"(?:,?\s+but\s+(?:(?P<pron>I|you|he|she|we|they)(?P<tbe>['’]m|['’]re|['’]s|\s+am|\s+is|\s+are)\s+"
            r"(?:fine|okay|OK|all\s+right)|(?P<twas>wasn['’]t|weren['’]t)\s+(?:hurt|injured))|"
            r"\s+and\s+(?P<twas2>was|were)\s+(?:(?P<deg>slightly|badly|seriously)\s+)?(?:hurt|injured))?")
_HIT_EN = lazy(rf"{_DAY0_EN}(?:(?P<q>Did|Was|Were)\s+)?{WHO_EN}(?:{_AUX_EN}|\s+(?P<qget>get|have))?\s+"
               rf"(?:(?:(?P<verb>hit|run\s+over|clipped|knocked\s+down)|knocked\s+off\s+(?P<owner>(?i:{WHOSE_WORDS}))"
               rf"\s+(?P<bike>{alternatives(_BIKES_VI)}))(?:\s+by\s+{_VEH_EN})?|"
               rf"(?P<in>in\s+)?(?P<kart>an?)\s+(?P<kind>{alternatives(_KINDS_VI)})\s+accident){_DAY_EN}{_TAIL_EN}"
               r"\s*(?P<end>[.!?]*)")
_ACTIVE_EN = lazy(rf"{_DAY0_EN}(?P<art>An?)\s+(?P<vehicle>(?i:{alternatives(_VEHICLES_VI)}))(?:\s+(?P<aux>almost|"
                  rf"nearly|just))?\s+(?P<verb>hit|ran\s+over|clipped|knocked\s+down)\s+{WHOM_EN}{_DAY_EN}"
                  r"\s*(?P<end>[.!]*)")
_CRASH_EN = lazy(rf"{_DAY0_EN}(?:(?P<n>(?i:{alternatives(_N_EN)}))\s+(?P<vehicles>{alternatives(_MANY_VI)})|"
                 rf"(?P<a1>An?)\s+(?P<v1>{alternatives(_VEHICLES_VI)})\s+and\s+(?P<a2>an?)\s+"
                 rf"(?P<v2>{alternatives(_VEHICLES_VI)}))(?P<aux>\s+have\s+just)?\s+(?P<verb>crashed|collided)"
                 r"(?:\s+(?P<each>into|with)\s+each\s+other)?(?:\s+(?P<place>at\s+the\s+(?:crossroads|intersection|"
                 rf"junction)))?{_DAY_EN}\s*(?P<end>[.!]*)")
_FLED_EN = lazy(r"The\s+(?P<one>driver|person|man|woman)\s+who\s+(?:(?P<verb>hit|ran\s+over|knocked\s+down)\s+"
                rf"{WHOM_EN}|(?P<caused>caused\s+the\s+accident))\s+(?P<fled>fled|drove\s+off|drove\s+away|ran\s+off|"
                r"ran\s+away|didn['’]t\s+stop|did\s+not\s+stop)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who was hit by a vehicle, knocked off a bike or in an accident,
    vehicles that crashed into each other, or a driver who hit someone and drove off; None for any other."""
    if src == "vi":
        return _struck(text) or _crash(text) or _fled(text)
    return _struck_vi(text) or _active_vi(text) or _crash_vi(text) or _fled_vi(text)


def _day(m: re.Match) -> str | None:
    """The day of a Vietnamese match in English with a space before it (" yesterday"), "" for none; None for two."""
    if m["day0"] and m["day"]:
        return None
    day = m["day0"] or m["day"]
    return f" {_DAYS[keyed(day)]}" if day else ""


def _a(vehicle: str) -> str:
    """A vehicle in English with its article: "a car", "an electric bike"."""
    return f"{a_or_an(vehicle)} {vehicle}"


def _tail(m: re.Match, who_: str, one: bool) -> str | None:
    """What a Vietnamese match of _TAIL says after it, in English: " but she's fine", " but wasn't hurt", " and was
    badly hurt"; "" for none; None for "fine" where English cannot tell he from she (a name alone)."""
    was = "was" if one or who_ == "I" else "were"
    if m["hurt"]:
        return f" and {was} {dict(nhẹ='slightly ', nặng='badly ').get(keyed(m['deg'] or ''), '')}hurt"
    if not m["fine"]:
        return ""
    if "thương" in m["fine"]:
        return f" but {was}n't hurt"
    pron = who_ if who_ in EN_WHOSE else {"his": "he", "her": "she"}.get(his_her_of(m) or "")
    return pron and f" but {contracted(pron, f'{be(pron)} fine')}"


def _struck(text: str) -> str | None:
    """"Tôi bị xe máy tông." as "I got hit by a motorbike.", "Hôm qua anh ấy bị ô tô đâm." as "He got hit by a car
    yesterday.", "Mẹ tôi bị xe quệt nhưng không sao." as "My mother got clipped by a vehicle but she's fine.", "Tôi
    bị ngã xe vì bị ô tô tông." as "I got knocked off my bike by a car.", "Bố tôi bị tai nạn giao thông." as "My
    father had a traffic accident." (_HIT, _KNOCKED, _ACCIDENT); None for anything else."""
    m = _HIT.fullmatch(text) or _KNOCKED.fullmatch(text) or _ACCIDENT.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or (said := who(m, asked)) is None or (day := _day(m)) is None:
        return None
    who_, one = said
    g, aux = m.groupdict(), keyed(m["aux"] or "")
    if asked and who_ == "I" or aux and aux != "đã" and (day and not aux.startswith("suýt") or m["not"]):
        return None  # (asked of oneself; "vừa" with a day)
    if g.get("kind"):
        base, past, rest = "have", "had", f"{_a(_KINDS[keyed(m['kind'])])} accident"
    else:
        base, past, verb = "get", "got", _STRUCK[keyed(m["verb"])]
        by = f" by {_a(_VEHICLES[keyed(m['vehicle'])])}" if m["vehicle"] else ""
        if m["off"]:  # (knocked off: a person's own bike, not run over)
            whose = None if animal(m) or who_ in ("we", "they") else EN_WHOSE.get(who_) or his_her_of(m)
            # ("ngã xe": a bicycle or a motorbike, as English "bike" is; a child's is no motorbike)
            bike = "motorbike" if keyed(m["off"]).endswith("máy") else "bike"
            rest = f"knocked off {whose} {bike}{by}" if whose and verb != "run over" else None
        elif g.get("down"):
            rest = f"knocked down{by}" if verb != "run over" else None
        else:
            rest = f"{verb}{by}"
        if rest is None:
            return None
    tail = _tail(m, who_, one)
    if tail is None or tail and (asked or m["not"] or aux.startswith("suýt")):
        return None
    if asked:
        return f"Did {who_} {base} {rest}{day}?"
    if m["not"]:
        return capitalised(f"{who_} didn't {base} {rest}{day}.")
    how = "almost " if aux.startswith("suýt") else "just " if aux and aux != "đã" else ""
    return capitalised(f"{who_} {how}{past} {rest}{day}{tail}{stop(m['end'])}")


def _crash(text: str) -> str | None:
    """"Hai xe máy đâm nhau." as "Two motorbikes crashed into each other.", "Một ô tô và một xe máy vừa đâm nhau."
    as "A car and a motorbike have just crashed into each other." (_CRASH); None for anything else."""
    m = _CRASH.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m)) is None or m["aux"] == "vừa" and day:
        return None
    if m["n"]:
        one = _VEHICLES[keyed(m["vehicle"])]
        said = f"{en_word(_N[keyed(m['n'])])} {_MANY.get(one, f'{one}s')}"
    else:
        said = f"{_a(_VEHICLES[keyed(m['v1'])])} and {_a(_VEHICLES[keyed(m['v2'])])}"
    verb = "have just crashed" if m["aux"] == "vừa" else "crashed"
    place = " at the crossroads" if m["place"] else ""
    return capitalised(f"{said} {verb} into each other{place}{day}{stop(m['end'])}")


def _fled(text: str) -> str | None:
    """"Tài xế tông tôi đã bỏ chạy." as "The driver who hit me drove off.", "Người tông mẹ tôi bỏ chạy." as "The
    person who hit my mother fled.", "Tài xế gây tai nạn không dừng lại." as "The driver who caused the accident
    didn't stop." (_FLED); None for anything else, and "Người đâm tôi" (a knife?), "Người đụng tôi" (bumped into
    me?), "húc" (butted), "quệt" (brushed past)."""
    m = _FLED.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    one = _DRIVERS[keyed(m["one"])]
    if m["verb"]:
        verb, whom = _STRUCK[keyed(m["verb"])].replace("run", "ran"), as_whom(m["whom"], "vi")
        if whom is None or one == "person" and not keyed(m["verb"]).startswith(("tông", "cán", "chẹt")):
            return None  # (a person, no vehicle said, "đâm": stabbed, "đụng": bumped, "húc": butted)
        did = f"{verb} {whom}"
    else:
        did = "caused the accident"
    fled = "didn't stop" if m["stop"] else "drove off" if one == "driver" else "fled"
    return f"The {one} who {did} {fled}{stop(m['end'])}"


def _tail_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """What an English match of _TAIL_EN says after it, in Vietnamese: " nhưng không sao", " và bị thương nặng"; ""
    for none; None where a pronoun or a verb does not agree with who ("My mother … but he's fine")."""
    was = "was" if one or who_ == "tôi" else "were"
    if m["twas"] or m["twas2"]:
        if (m["twas"] or m["twas2"]).lower()[:3] != was[:3]:
            return None
        if m["twas"]:
            return " nhưng không bị thương"
        return f" và bị thương{dict(slightly=' nhẹ', badly=' nặng', seriously=' nặng').get(m['deg'] or '', '')}"
    if not m["pron"]:
        return ""
    pron, said = m["pron"], m["who"] or (his_her(who_) if m["kin"] else None)
    own = {"his": "he", "her": "she"}.get(said or "", said)  # (who's pronoun; a name alone: "he" or "she")
    if not (own and own.lower() == pron.lower() or m["given"] and pron in ("he", "she")):
        return None
    return " nhưng không sao" if be_said(m["tbe"]) == be(pron) else None


def _struck_vi(text: str) -> str | None:
    """"I got hit by a car." as "Tôi bị ô tô tông.", "He was knocked off his motorbike." as "Anh ấy bị ngã xe máy vì
    bị tông.", "Did you get hit by a car?" as "Bạn có bị ô tô tông không?", "I was in a car accident." as "Tôi bị tai
    nạn ô tô." (_HIT_EN); None for anything else, and where a verb does not agree with who."""
    m = _HIT_EN.fullmatch(text)
    if not m or (q := (m["q"] or "").lower()) and "?" not in m["end"] or not q and "?" in m["end"]:
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    had = m["kind"] and not m["in"]  # ("had a car accident", not "got")
    be_ = q if q in ("was", "were") else aux.split(" ")[0] if aux.startswith("w") else None
    verb = "have" if had else "get"
    if q == "did" and (m["qget"] or "") != verb or q != "did" and m["qget"] or q and m["aux"] or not q and not aux:
        return None
    said_be = be_ and ("was" if be_.startswith("was") else "were")
    if had and be_ or m["kind"] and bool(m["in"]) != bool(be_) or be_ and not be_agrees(m, said_be, True):
        return None  # ("I was a car accident", "I had in a car accident", "She were hit")
    if be_ is None and aux and aux.split(" ")[-1] not in (verb, "got" if verb == "get" else "had"):
        return None
    if m["day0"] and m["day"] or q and who_ == "tôi" or m["verb"] and not m["vehicle"] or m["owner"] and (
            animal(m) or not own_thing(m, who_, one)):
        return None
    asked, denied = bool(q), "not" in aux or "n't" in aux
    how = "vừa " if "just" in aux else "suýt " if "almost" in aux or "nearly" in aux else ""
    if m["kind"]:
        rest = f"tai nạn {_KINDS_VI[m['kind'].lower()]}"
    elif m["verb"]:
        rest = f"{_VEHICLES_VI[m['vehicle'].lower()]} {_STRUCK_VI[' '.join(m['verb'].split())]}"
    else:
        by = f"{_VEHICLES_VI[m['vehicle'].lower()]} " if m["vehicle"] else ""
        rest = f"ngã {_BIKES_VI[m['bike'].lower()]} vì bị {by}tông"
    if m["vehicle"] and m["art"].lower() != a_or_an(m["vehicle"]) or m["kind"] and m["kart"] != a_or_an(m["kind"]):
        return None
    tail = _tail_vi(m, who_, one)
    if tail is None or tail and (asked or denied or how == "suýt "):
        return None
    day = m["day0"] or m["day"]
    day = f"{_DAYS_VI[keyed(day)]} " if day else ""
    if how == "vừa " and day or m["owner"] and who_.split(" ")[0] in ("chúng", "họ"):
        return None
    said = f"{who_} có bị {rest} không?" if asked else f"{who_} {'không ' if denied else how}bị {rest}{tail}."
    return capitalised(f"{day}{said}")


def _active_vi(text: str) -> str | None:
    """"A car hit me." as "Tôi bị ô tô tông.", "A motorbike almost hit my mother yesterday." as "Hôm qua mẹ tôi suýt
    bị xe máy tông." (_ACTIVE_EN); None for anything else."""
    m = _ACTIVE_EN.fullmatch(text)
    if not m or m["art"].lower() != a_or_an(m["vehicle"]) or m["day0"] and m["day"] or m["aux"] == "just" and (
            m["day0"] or m["day"]) or (whom := as_whom(m["whom"], "en")) is None:
        return None
    day = m["day0"] or m["day"]
    how = {"almost": "suýt ", "nearly": "suýt ", "just": "vừa "}.get(m["aux"] or "", "")
    verb = _STRUCK_VI[" ".join(m["verb"].split()).replace("ran", "run")]
    said = f"{whom} {how}bị {_VEHICLES_VI[m['vehicle'].lower()]} {verb}{stop(m['end'])}"
    return capitalised(f"{_DAYS_VI[keyed(day)]} {said}" if day else said)


def _crash_vi(text: str) -> str | None:
    """"Two motorbikes crashed into each other." as "Hai xe máy đâm nhau.", "A car and a motorbike collided at the
    crossroads." as "Một ô tô và một xe máy đâm nhau ở ngã tư." (_CRASH_EN); None for anything else, "crashed" alone
    (each on its own?) and "crashed with each other"."""
    m = _CRASH_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or m["aux"] and (m["day0"] or m["day"]) or (m["verb"], m["each"]) not in (
            ("crashed", "into"), ("collided", None), ("collided", "with")):
        return None
    if m["n"]:
        said = f"{vi_word(_N_EN[m['n'].lower()])} {_MANY_VI[m['vehicles']]}"
    elif m["a1"].lower() != a_or_an(m["v1"]) or m["a2"] != a_or_an(m["v2"]):
        return None
    else:
        said = f"một {_VEHICLES_VI[m['v1']]} và một {_VEHICLES_VI[m['v2']]}"
    day = m["day0"] or m["day"]
    # (a junction is any meeting of roads, often a T-junction, "ngã ba": not "ngã tư", a crossroads)
    place = m["place"] and (" ở giao lộ" if m["place"].endswith("junction") else " ở ngã tư")
    said = f"{said} {'vừa ' if m['aux'] else ''}đâm nhau{place or ''}{stop(m['end'])}"
    return capitalised(f"{_DAYS_VI[keyed(day)]} {said}" if day else said)


def _fled_vi(text: str) -> str | None:
    """"The driver who hit me drove off." as "Tài xế tông tôi đã bỏ chạy.", "The driver who caused the accident
    didn't stop." as "Tài xế gây tai nạn không dừng lại." (_FLED_EN); None for anything else, and one who hit someone
    and ran away (a punch?)."""
    m = _FLED_EN.fullmatch(text)
    if not m:
        return None
    fled = " ".join(m["fled"].replace("’", "'").split())
    driven = fled.startswith("drove") or m["verb"] and m["verb"].startswith("ran") or m["caused"]
    if m["one"] != "driver" and not driven:
        return None  # ("The man who hit me ran away.", "… knocked me down …": a punch?)
    whom = as_whom(m["whom"], "en") if m["verb"] else None
    if m["verb"] and whom is None:
        return None
    did = f"{_STRUCK_VI[' '.join(m['verb'].split()).replace('ran', 'run')]} {whom}" if m["verb"] else "gây tai nạn"
    return f"{_DRIVERS_VI[m['one']]} {did} {'không dừng lại' if 'stop' in fled else 'đã bỏ chạy'}{stop(m['end'])}"
