"""Something that is broken, not working or slow, said or asked, and asking someone to fix it, both ways, written
whole by rule. v7 reads the thing or the verb wrongly: "Vòi sen của phòng tôi bị hỏng." → "My room was broken.",
"Máy ảnh của Lan bị hỏng." → "Land's camera is corrupt.", "Đồng hồ của tôi không chạy." → "My clock does not run.",
"Máy tính của tôi bị chậm." → "My computer slowed down.", "Wifi không vào được." → "Wifi could not be entered.",
"Điện thoại của bạn có bị hỏng không?" → "Are your phone corrupt?"; "The wifi is very slow." → "Sợi dây này rất chậm."
(this string), "Could you fix the shower?" → "Bạn có thể sửa bộ phim không?" (the film), "The lift isn't working." →
"Thầy dậy không làm việc.", "My mother's phone is broken." → "… bị vỡ." (shattered). mt/mishaps.py wrote a few of
these ("Máy lạnh bị hỏng." → "The air conditioner is broken."), not "Máy lạnh có bị hỏng không?" (with the rules
as they were: "Air conditioner corrupt?") or "Bạn có thể sửa máy lạnh không?" ("Can you edit air conditioner?"); they
are all here now, and mishaps reads its things (what runs out of battery) from THINGS.

The thing is one of THINGS ("xe" alone, a car, a motorbike or a bicycle, is left to the model), the only one, with
whose it is: one of mt.terms.OWNERS ("Điện thoại của tôi", my phone), someone by kin or by name (mt.hobbies.SOMEONE:
"Điện thoại của mẹ tôi", my mother's phone), "này" (this), a room ("Vòi sen của phòng tôi", the shower in my room), or
none ("the"). Said: broken ("bị hỏng"; a car or a motorbike "has broken down"), not working ("không hoạt động",
"không chạy", "không bật được" …), slow (a computer, a phone, the wifi or the internet: "bị chậm", "chậm quá");
asked ("… có bị hỏng không?"); and asking to fix it ("Bạn có thể sửa … không?"). mt.phrasebook.translate tries these
after mt/free_time.py.

    >>> translate("Máy tính của tôi bị chậm.", "vi", "en"), translate("Could you fix the shower?", "en", "vi")
    ('My computer is slow.', 'Bạn có thể sửa vòi sen không?')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .terms import OWNERS, WHOSE_VI
from .text import alternatives, capitalised, keyed

# things that break, and how English says them (the first Vietnamese of each is written back; "đồng hồ" is a watch
# when someone's and a clock in a room: `_thing_en`)
THINGS = {"điện thoại": "phone", "điện thoại di động": "phone", "máy tính": "computer", "máy vi tính": "computer",
          "máy tính xách tay": "laptop", "laptop": "laptop", "điều hòa": "air conditioner",
          "máy lạnh": "air conditioner", "máy điều hòa": "air conditioner", "tivi": "TV", "ti vi": "TV",
          "tủ lạnh": "fridge", "máy giặt": "washing machine", "vòi sen": "shower", "vòi hoa sen": "shower",
          "nhà vệ sinh": "toilet", "bồn cầu": "toilet", "đèn": "light", "quạt": "fan", "wifi": "wifi",
          "internet": "internet", "mạng": "internet", "thang máy": "elevator", "khóa cửa": "door lock",
          "ổ khóa": "lock", "xe máy": "motorbike", "xe đạp": "bicycle", "ô tô": "car", "xe hơi": "car",
          "đồng hồ": "watch", "máy ảnh": "camera", "nước nóng": "hot water", "máy sấy tóc": "hair dryer",
          "ổ cắm": "socket", "điều khiển": "remote control", "két sắt": "safe", "vòi nước": "tap", "cây ATM": "ATM",
          "máy ATM": "ATM", "thẻ phòng": "key card", "chìa khóa": "key", "máy in": "printer"}
# (not "bike": a bicycle, or a motorbike as travellers in Vietnam say it)
THINGS_VI = {keyed(en): vi for vi, en in reversed(THINGS.items())} | {
    "lift": "thang máy", "motorcycle": "xe máy", "scooter": "xe máy",
    "television": "tivi", "refrigerator": "tủ lạnh", "air conditioning": "điều hòa",
    "air-conditioner": "điều hòa", "aircon": "điều hòa", "ac": "điều hòa", "wi-fi": "wifi",
    "mobile phone": "điện thoại", "cell phone": "điện thoại", "clock": "đồng hồ", "lamp": "đèn"}
_THINGS_KEYED = {keyed(vi): en for vi, en in THINGS.items()}
SLOW = {"computer", "laptop", "phone", "wifi", "internet"}  # what is said to be slow
_BREAKS_DOWN = {"motorbike", "car"}  # "has broken down", not "is broken"
_UNCOUNTED = {"wifi", "internet", "hot water"}  # not working rather than broken; "the" may be left out in English
_ONLINE = {"wifi", "internet"}  # "không vào được" (cannot get on), "is down"

# the thing and whose it is ("điện thoại của tôi", "máy lạnh của phòng tôi", "đèn phòng tắm", "quạt này")
_OWNER = rf"(?i:{alternatives(OWNERS)})"
_THING = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?:của\s+)?(?P<owner>{_OWNER})|"
          rf"\s+(?:của\s+)?(?P<named>{SOMEONE})|(?P<this>\s+này)|(?:\s+(?:trong|ở|của))?\s+(?P<room>(?i:phòng)"
          rf"(?P<bath>\s+tắm)?)(?:\s+(?:của\s+)?(?P<roomowner>{_OWNER})|(?P<thisroom>\s+này))?)?")
# what is wrong with it: broken, not working (after "không"), won't turn on or start (after "không"), slow
_WRONG = (r"(?:(?P<broken>(?:đã\s+)?(?:bị\s+)?(?:hỏng|hư)(?:\s+mất)?)|(?P<working>hoạt\s+động|chạy|dùng\s+được|"
          r"(?P<online>vào\s+được|vào\s+mạng\s+được|kết\s+nối\s+được)|(?P<lit>sáng))|(?P<on>bật\s+(?:lên\s+)?được|lên)|"
          r"(?P<start>nổ\s+máy(?:\s+được)?)|"
          r"(?P<slow>(?:bị\s+|(?P<very0>rất)\s+)?(?:chạy\s+)?chậm(?:\s+(?P<very>quá|lắm))?))")
_SAID = lazy(rf"{_THING}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?{_WRONG}(?:\s+(?P<more>nữa))?"
             r"(?:\s+(?P<asked>không))?(?:\s+(?:rồi|ạ|vậy|thế))?\s*(?P<end>[.!?]*)")
# asking to fix it ("Bạn có thể sửa máy lạnh không?", "Bạn sửa giúp tôi điện thoại được không?", "Có ai sửa được tivi
# không?")
_FOR_ME = r"(?:giúp|hộ|cho)\s+tôi"
_FIX = lazy(rf"(?:{WHO}|(?P<anyone>(?i:có\s+ai|ai)))\s+(?:(?P<can>có\s+thể)\s+)?(?:(?P<help>giúp\s+tôi)\s+)?"
            rf"sửa(?:\s+(?P<for>{_FOR_ME}))?(?:\s+(?P<can2>được))?\s+{_THING}(?:\s+(?P<for2>{_FOR_ME}))?"
            r"(?:\s+(?P<can3>được))?\s+không(?:\s+(?:ạ|vậy))?\s*\?+")

# ... and in English ("my phone", "my mother's phone", "the fridge in my room", "this fan", "wifi")
_DET = rf"(?i:the|this|{alternatives(WHOSE_VI)})"
_THING_EN = (rf"(?:(?P<det>{_DET})\s+|(?P<named>{SOMEONE_EN})['’]s\s+)?(?P<thing>(?i:{alternatives(THINGS_VI)}))"
             rf"(?:\s+in\s+(?P<roomdet>{_DET})\s+(?P<room>(?i:room|bathroom)))?")
_SAID_EN = lazy(
    rf"{_THING_EN}(?:(?P<broken>(?:\s+is|['’]s)\s+broken|(?:\s+has|['’]s)\s+broken(?:\s+down)?|\s+broke(?:\s+down)?|"
    r"(?:\s+is|['’]s)\s+out\s+of\s+order)|(?P<notbroken>(?:\s+is\s+not|\s+isn['’]t|['’]s\s+not)\s+broken)|"
    r"(?P<working>(?:\s+is\s+not|\s+isn['’]t|['’]s\s+not)\s+working|(?:\s+does\s+not|\s+doesn['’]t|\s+won['’]t|"
    r"\s+will\s+not)\s+work|(?P<down>(?:\s+is|['’]s)\s+down))|(?P<stopped>(?:\s+has|['’]s)?\s+stopped\s+working)|"
    r"(?P<on>(?:\s+won['’]t|\s+will\s+not|\s+doesn['’]t|\s+does\s+not)\s+turn\s+on)|"
    r"(?P<start>(?:\s+won['’]t|\s+will\s+not|\s+doesn['’]t|\s+does\s+not)\s+start)|"
    r"(?P<slow>(?:\s+is|['’]s)\s+(?:(?P<very>very)\s+|(?P<so>so|really|too)\s+)?slow))\s*(?P<end>[.!]*)")
# ... in Vietnamese, by the group of _SAID_EN that said it (slow: by how slow)
_WRONG_VI = {"broken": "bị hỏng", "notbroken": "không bị hỏng", "working": "không hoạt động",
             "stopped": "không hoạt động nữa", "on": "không bật được", "start": "không nổ máy"}
_ASKED_EN = lazy(rf"(?P<be>Is|Has|Does)\s+{_THING_EN}\s+(?P<wrong>broken|broken\s+down|working|work|slow)\s*\?+")
_FIX_EN = lazy(rf"(?:Can|Could)\s+(?:(?P<anyone>someone|somebody|anyone|anybody)|{WHO_EN})\s+"
               rf"(?:please\s+)?fix\s+{_THING_EN}(?P<forme>\s+for\s+me)?"
               r"(?:,?\s+please)?\s*\?+")
# what English asks ("Is … broken?") and how Vietnamese asks it
_ASKED = {("is", "broken"): "có bị hỏng", ("has", "broken down"): "có bị hỏng", ("is", "working"): "có hoạt động",
          ("does", "work"): "có hoạt động", ("is", "slow"): "có bị chậm"}


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks that a thing is broken, not working or slow, or asks someone
    to fix it; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _wrong(text) or _fix(text)
    return _wrong_vi(text) or _asked_vi(text) or _fix_vi(text) if (src, tgt) == ("en", "vi") else None


def _thing_en(m: re.Match) -> str | None:
    """The thing of a match of _THING in English with whose it is: "my phone", "my mother's phone", "this fan", "the
    shower in my room", "the TV"; None for a clock or a watch of no one's ("Đồng hồ không chạy."), or someone who is
    not known."""
    thing = _THINGS_KEYED[keyed(m["thing"])]
    if thing == "watch" and not (m["owner"] or m["named"]):
        if not m["room"]:
            return None
        thing = "clock"  # (in a room)
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {thing}"
    if m["named"]:
        named = someone(m["named"], "vi")
        return f"{named}'s {thing}" if named else None
    if m["this"]:
        return f"this {thing}"
    if m["room"]:
        whose = OWNERS[keyed(m["roomowner"])] if m["roomowner"] else "this" if m["thisroom"] else "the"
        return f"the {thing} in {whose} {'bathroom' if m['bath'] else 'room'}"
    return f"the {thing}"


def _wrong(text: str) -> str | None:
    """"Máy lạnh bị hỏng rồi." as "The air conditioner is broken.", "Xe máy của tôi bị hỏng." as "My motorbike has
    broken down.", "Tivi không hoạt động." as "The TV isn't working.", "Wifi chậm quá." as "The wifi is very slow.",
    "Điện thoại của bạn có bị hỏng không?" as "Is your phone broken?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (thing := _thing_en(m)) is None:
        return None
    what = _THINGS_KEYED[keyed(m["thing"])]
    if not _right(m, what):
        return None
    if asked:
        return capitalised(f"Is {thing} {'broken' if m['broken'] else 'working' if m['working'] else 'slow'}?")
    if m["broken"]:
        said = "isn't broken" if m["not"] else "isn't working" if what in _UNCOUNTED else \
            "has broken down" if what in _BREAKS_DOWN else "is broken"
    elif m["working"]:
        said = "has stopped working" if m["more"] else "isn't working"
    elif m["on"]:
        said = "won't turn on"
    elif m["start"]:
        said = "won't start"
    else:
        said = "is very slow" if m["very"] or m["very0"] else "is slow"
    return capitalised(f"{thing} {said}{m['end'] or '.'}")


def _right(m: re.Match, what: str) -> bool:
    """Whether what is said of the thing goes with it and with how it is said: not working only after "không"
    ("Máy lạnh hoạt động." is not taken), "không vào được" of the wifi or the internet, "không sáng" of a light,
    slow of SLOW and not after "không", "nữa" after not working alone."""
    if m["broken"]:
        return not (m["not"] and what in _UNCOUNTED or m["ask"] and what in _UNCOUNTED or m["more"])
    if m["working"]:
        return bool(m["not"] or m["ask"]) and (not m["online"] or what in _ONLINE) and (
            not m["lit"] or what == "light") and not (m["more"] and m["ask"])
    if m["on"]:
        return bool(m["not"]) and what not in _UNCOUNTED and not m["more"]
    if m["start"]:  # (a car or a motorbike: "Xe máy của tôi không nổ máy.")
        return bool(m["not"]) and what in _BREAKS_DOWN and not (m["more"] or m["ask"])
    return what in SLOW and not m["not"] and not m["more"] and not (m["ask"] and (m["very"] or m["very0"]))


def _fix(text: str) -> str | None:
    """"Bạn có thể sửa máy lạnh không?" as "Can you fix the air conditioner?", "… sửa điện thoại cho tôi …" as "Can
    you fix the phone for me?", "Có ai sửa được tivi không?" as "Can anyone fix the TV?" (_FIX); None for anything
    else, and without "có thể" or "được" ("Bạn có sửa điện thoại không?": do you fix phones)."""
    m = _FIX.fullmatch(text)
    if not m or not (m["can"] or m["can2"] or m["can3"]) or m["anyone"] and m["help"] or \
            len([g for g in ("help", "for", "for2") if m[g]]) > 1:
        return None
    said = ("anyone", True) if m["anyone"] else who(m, True)
    thing = _thing_en(m)
    if said is None or thing is None:
        return None
    for_me = " for me" if m["help"] or m["for"] or m["for2"] else ""
    return f"Can {said[0]} fix {thing}{for_me}?"


def _thing_vi(m: re.Match) -> str | None:
    """The thing of a match of _THING_EN in Vietnamese with whose it is: "điện thoại của tôi", "điện thoại của mẹ
    tôi", "quạt này", "tủ lạnh trong phòng tôi", "tivi"; None for a thing without "the" that needs one ("My phone"
    and "Phone is broken" are not taken alike), for whose it is said twice, and someone not known."""
    thing = THINGS_VI[keyed(m["thing"])]
    det = (m["det"] or "").lower()
    if not (det or m["named"]) and _what(m["thing"]) not in _UNCOUNTED or m["room"] and (
            m["named"] or det != "the"):
        return None
    if m["room"]:
        roomdet = m["roomdet"].lower()
        whose = "" if roomdet == "the" else " này" if roomdet == "this" else f" {WHOSE_VI[roomdet]}"
        return f"{thing} trong phòng{' tắm' if m['room'].lower() == 'bathroom' else ''}{whose}"
    if m["named"]:
        named_vi = someone(m["named"], "en")
        return f"{thing} của {named_vi}" if named_vi else None
    if det in WHOSE_VI:
        return f"{thing} của {WHOSE_VI[det]}"
    return f"{thing} này" if det == "this" else thing


def _what(said: str) -> str:
    """The thing of English `said` (a key of THINGS_VI) as THINGS says it in English: "lift" → "elevator", "ATM"
    (its Vietnamese "cây ATM" keyed in small letters)."""
    return _THINGS_KEYED[keyed(THINGS_VI[keyed(said)])]


def _wrong_vi(text: str) -> str | None:
    """"My phone is broken." as "Điện thoại của tôi bị hỏng.", "The TV doesn't work." as "Tivi không hoạt động.",
    "The wifi is very slow." as "Wifi rất chậm." (_SAID_EN); None for anything else."""
    m = _SAID_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    what = _what(m["thing"])
    if m["down"] and what not in _ONLINE or m["slow"] and what not in SLOW or m["start"] and what not in _BREAKS_DOWN:
        return None
    said = next((vi for group, vi in _WRONG_VI.items() if m[group]), None) or (
        "rất chậm" if m["very"] else "chậm quá" if m["so"] else "bị chậm")
    return capitalised(f"{thing} {said}{m['end'] or '.'}")


def _asked_vi(text: str) -> str | None:
    """"Is the air conditioner broken?" as "Máy lạnh có bị hỏng không?", "Does the shower work?" as "Vòi sen có hoạt
    động không?" (_ASKED_EN); None for anything else ("Is the wifi broken down?")."""
    m = _ASKED_EN.fullmatch(text)
    asked = m and _ASKED.get((m["be"].lower(), " ".join(m["wrong"].split())))
    if not asked or (thing := _thing_vi(m)) is None:
        return None
    if asked == "có bị chậm" and _what(m["thing"]) not in SLOW:
        return None
    return capitalised(f"{thing} {asked} không?")


def _fix_vi(text: str) -> str | None:
    """"Can you fix my phone?" as "Bạn có thể sửa điện thoại của tôi không?", "Could someone fix the light?" as "Có
    ai có thể sửa đèn không?", "… for me?" as "… cho tôi không?" (_FIX_EN); None for anything else."""
    m = _FIX_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    who_ = "Có ai" if m["anyone"] else capitalised(who_vi(m)[0])
    return f"{who_} có thể sửa {thing}{' cho tôi' if m['forme'] else ''} không?"
