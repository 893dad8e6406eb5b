"""Hotel stays, asked or said at reception, both ways, written whole by rule: a late check-out or an early check-in,
changing rooms, one more night, a room not cleaned or too noisy, extra pillows, blankets and towels, none in the room,
room service, breakfast included, when to check out, and being locked out of one's room. v8 (every rule on) reads "muộn"
as later, "ở thêm" as being more, "gia hạn" as a limit, "dịch vụ phòng" as a service, "phòng tôi" as me, "late
check-out" as late paying, "extra" as using, "cleaned" as washed: "Tôi muốn trả phòng muộn." → "I want to check out
later.", "Phòng tôi chưa được dọn." → "My room was not cleaned.", "Phòng tôi đã được dọn chưa?" → "Have I been cleaned
yet?", "Chúng tôi muốn ở thêm một đêm." → "We want to be more than one night.", "Tôi muốn gia hạn thêm một đêm." → "I
want to limit a night.", "Có dịch vụ phòng không?" → "Have a service?", "Phòng tôi không có khăn tắm." → "Let me have no
towel.", "Mấy giờ tôi phải trả phòng?" → "Now I have check out?"; "Can I have a late check-out?" → "Tôi có thể trễ trả
phòng không?", "My room hasn't been cleaned." → "Căn phòng của tôi chưa được rửa sạch.", "Could we change rooms?" →
"Chúng ta có thể thay đổi các phòng không?", "Could I have an extra pillow?" → "Tôi có thể dùng gối thêm được không?",
"Is there an airport shuttle?" → "Có một sân bay đóng cửa không?", "I'm locked out of my room." → "Tôi bị khóa khỏi
phòng.".

Taken: who (mt.hobbies.WHO, WHO_EN) would like to, or asks whether they can, check out late, check in early, change
rooms or move to another room, stay, book or extend their stay by one or more nights, order room service; a room (whose,
"này") not yet cleaned, asked whether it is, too noisy (and then changing rooms, in one sentence); "I" or "we" asking
for extra pillows, blankets, towels or hangers ("xin thêm", "mang thêm … cho tôi"), needing an extra pillow or blanket;
none of these, or no soap, shampoo or toilet paper, in the room; room service, a laundry service or an airport shuttle
at the hotel or here; breakfast included in the price; what time "I" or "we" have to check out or can check in; "I" or
"we" locked out of our room. Left: "Cho tôi thêm một cái gối.", "Can I have another pillow?" and the price including
breakfast (mt/patterns.py), towels needed, borrowed or where (mt/showers.py), keys and being locked out with no room
said (mt/keys.py), booking a room (mt/bookings.py), a room's other troubles (mt/broken.py, mt/wifi.py), "Phòng ồn quá."
and check-out time asked of no one (the phrasebook's), "Do you have room service?" (the model's is right), "anh", "chị",
"em" alone saying it, "khăn" alone (a scarf too).
mt.phrasebook.translate tries these after mt/salons.py.

    >>> translate("Phòng tôi chưa được dọn.", "vi", "en"), translate("Can I have a late check-out?", "en", "vi")
    ("My room hasn't been cleaned.", 'Tôi có thể trả phòng muộn không?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phòng|đêm|gối|chăn|mền|khăn|móc|bữa\s+sáng|dịch\s+vụ)"),
         "en": lazy(r"(?i:\broom|check|\bnight|pillow|blanket|towel|hanger|breakfast|shuttle|service)")}

# what who would like to do, or asks to ("đổi phòng": change rooms); nights are counted (_NIGHTS)
_DONE = {"trả phòng muộn": "check out late", "trả phòng trễ": "check out late", "nhận phòng sớm": "check in early",
         "đổi phòng": "change rooms", "đổi sang phòng khác": "move to another room",
         "chuyển sang phòng khác": "move to another room", "gọi dịch vụ phòng": "order room service"}
_NIGHTS = {"ở": "stay", "ở lại": "stay", "đặt": "book", "gia hạn": "extend"}
_COUNT = rf"(?P<n>{alternatives(VI_TO_EN)}|[1-9])"
_DOING = (rf"(?:(?P<act>{alternatives(_DONE)})|(?P<nights>{alternatives(_NIGHTS)})\s+thêm\s+{_COUNT}\s+đêm"
          r"(?:\s+nữa)?)")
# "Tôi muốn đổi phòng.", "Bạn có muốn … không?", "Tôi có thể … không?", "Tôi … được không?", "Cho tôi … được không?"
_WANTED = lazy(rf"(?:(?P<let>[Cc]ho)\s+(?P<me>tôi|chúng\s+tôi)|{WHO})\s+(?:(?P<ask>có\s+)?(?P<want>muốn)\s+|"
               rf"(?P<can>có\s+thể)\s+)?{_DOING}(?:\s+(?P<can2>được))?{ASKED_END}")
# a room ("Phòng tôi", "Phòng của bạn", "Phòng này") not cleaned, asked, too noisy, or with none of a thing in it
_ROOM = rf"[Pp]hòng\s+(?:(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<this>này))"
_CLEAN = r"(?:được\s+)?dọn(?:\s+dẹp)?"
_ROOM_SAID = lazy(rf"(?:(?P<in>Trong)\s+)?{_ROOM}\s+(?:(?P<still>vẫn\s+)?chưa\s+{_CLEAN}|(?P<asked>(?:đã\s+)?"
                  rf"{_CLEAN}\s+chưa)|(?P<noisy>ồn\s+quá)|không\s+có\s+(?P<item>[^.!?]+?)){SOFTENED_END}")
# things asked for, or not there ("khăn" alone is also a scarf); the second only said not there
ITEMS = {"khăn tắm": "towel", "gối": "pillow", "chăn": "blanket", "mền": "blanket", "móc áo": "hanger",
         "móc treo quần áo": "hanger"}
_UNCOUNTED = {"giấy vệ sinh": "toilet paper", "xà phòng": "soap", "dầu gội": "shampoo"}
ITEMS_VI = {en: vi for vi, en in reversed((ITEMS | _UNCOUNTED).items())}
_ITEM = rf"(?P<item>{alternatives(ITEMS)})"
# "Tôi có thể xin thêm một cái chăn không?", "Bạn có thể mang thêm một cái chăn cho tôi không?", "Tôi cần thêm gối."
_ONE = rf"(?:{_COUNT}\s+(?:cái|chiếc)\s+)?{_ITEM}(?:\s+nữa)?"
_EXTRA = [lazy(rf"(?P<me>Tôi|Chúng\s+tôi)\s+(?:có\s+thể\s+)?xin\s+thêm\s+{_ONE}(?:\s+được)?\s+(?P<asked>không)"
               rf"{SOFTENED_END}"),
          lazy(rf"(?P<me>Tôi|Chúng\s+tôi)\s+(?P<need>cần)\s+thêm\s+{_ONE}{SOFTENED_END}"),
          lazy(rf"(?P<you>Bạn)\s+(?:có\s+thể\s+)?mang\s+thêm\s+{_ONE}\s+(?:lên\s+phòng\s+)?cho\s+"
               rf"(?P<whom>tôi|chúng\s+tôi)(?:\s+được)?\s+(?P<asked>không){SOFTENED_END}")]
_SERVICES = {"phòng": "room service", "giặt là": "a laundry service", "giặt ủi": "a laundry service",
             "đưa đón sân bay": "an airport shuttle"}
_SERVICES_VI = {en: vi for vi, en in reversed(_SERVICES.items())}
_SERVICE = lazy(rf"(?:(?P<hotel>[Kk]hách\s+sạn)\s+|(?P<here>[Ởở]\s+đây)\s+)?(?:[Cc]ó\s+)dịch\s+vụ\s+"
                rf"(?P<service>{alternatives(_SERVICES)})\s+không{SOFTENER}\s*\?+")
_BREAKFAST = lazy(rf"Bữa\s+sáng\s+(?:có\s+|đã\s+)?(?:được\s+)?bao\s+gồm(?P<in>\s+trong\s+giá(?P<room>\s+phòng)?)?\s+"
                  rf"(?:không|chưa){SOFTENER}\s*\?+")
# what time: "Mấy giờ tôi phải trả phòng?", "Tôi phải trả phòng lúc mấy giờ?"
_WHEN = r"(?P<me>[Tt]ôi|[Cc]húng\s+tôi)\s+(?P<must>phải|được|có\s+thể)\s+(?P<act>trả|nhận)\s+phòng"
_TIMES = [lazy(rf"[Mm]ấy\s+giờ\s+(?:thì\s+)?{_WHEN}{SOFTENER}\s*\?+"),
          lazy(rf"{_WHEN}\s+lúc\s+mấy\s+giờ{SOFTENER}\s*\?+")]
_OUT = lazy(rf"(?P<me>Tôi|Chúng\s+tôi)\s+(?:(?P<did>vừa)\s+)?(?:bị\s+kh[oó][aá]|(?P<self>tự\s+kh[oó][aá]\s+mình))\s+"
            rf"(?:ở\s+)?(?:bên\s+)?ngoài\s+phòng(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English
_NUMBER_EN = rf"(?:{alternatives(EN_TO_VI)}|[1-9])"
_DONE_EN = {"check out late": "trả phòng muộn", "have a late check-out": "trả phòng muộn",
            "have a late checkout": "trả phòng muộn", "get a late check-out": "trả phòng muộn",
            "check in early": "nhận phòng sớm", "have an early check-in": "nhận phòng sớm",
            "change rooms": "đổi phòng", "move to another room": "đổi sang phòng khác",
            "move to a different room": "đổi sang phòng khác", "order room service": "gọi dịch vụ phòng"}
_NIGHTS_EN = {"stay": "ở", "book": "đặt"}
_DOING_EN = (rf"(?:(?P<act>{alternatives(_DONE_EN)})|(?P<nights>stay|book)\s+(?:(?P<another>another|an\s+extra)|"
             rf"(?P<n>{_NUMBER_EN})\s+more)\s+(?P<night>nights?)|extend\s+(?P<own>{alternatives(WHOSE_VI)})\s+stay\s+"
             rf"by\s+(?P<by>{_NUMBER_EN})\s+(?P<night2>nights?))")
_LIKE = r"(?P<like>['’]d\s+like|\s+would\s+like|\s+like|\s+wants?)"
_NOUN_EN = r"(?P<noun>a\s+late\s+check-?out|an\s+early\s+check-?in)"
_WANTED_EN = lazy(rf"(?:(?P<would>Would)\s+)?{WHO_EN}{_LIKE}\s+(?:to\s+{_DOING_EN}|{_NOUN_EN})(?:,?\s+please)?"
                  r"\s*(?P<end>[.!?]*)")
_CAN_EN = lazy(rf"(?:Can|Could|May)\s+{WHO_EN}\s+(?:please\s+)?{_DOING_EN}(?:,?\s+please)?\s*\?+")
_ROOM_EN = rf"(?P<owner>(?i:{alternatives(WHOSE_VI)}|this))\s+room"
_ITEMS_EN = rf"(?P<item>{alternatives(ITEMS_VI)})(?P<many>s)?"
_ROOM_SAID_EN = [lazy(rf"(?P<has>Has)\s+{_ROOM_EN}\s+been\s+cleaned\s+yet\s*\?+"),
                 lazy(rf"{_ROOM_EN}(?:\s+(?P<still>still)\s+hasn['’]t|\s+hasn['’]t|\s+has\s+not)\s+been\s+cleaned"
                      r"(?:\s+yet)?\s*[.!]*"),
                 lazy(rf"{_ROOM_EN}(?:['’]s|\s+is)\s+(?P<noisy>too\s+noisy)\s*[.!]*"),
                 lazy(rf"There(?P<be>\s+are|\s+is|['’]s)\s+no\s+{_ITEMS_EN}\s+in\s+{_ROOM_EN}\s*[.!]*")]
_COUNT_EN = rf"(?P<n>an|some|{_NUMBER_EN})\s+extra\s+{_ITEMS_EN}"
_EXTRA_EN = [lazy(rf"(?:Can|Could|May)\s+(?P<me>I|we)\s+(?:please\s+)?(?:have|get)\s+{_COUNT_EN}(?:,?\s+please)?"
                  r"\s*\?+"),
             lazy(rf"(?:Could|Can)\s+you\s+(?:please\s+)?bring\s+(?P<whom>me|us)\s+{_COUNT_EN}(?:,?\s+please)?\s*\?+"),
             lazy(rf"(?P<me>I|We)\s+(?P<need>need)\s+{_COUNT_EN}\s*[.!]*")]
_SERVICE_EN = lazy(rf"(?:Is\s+there\s+(?P<service>{alternatives(_SERVICES_VI)})(?P<here>\s+here)?|Does\s+the\s+"
                   rf"(?P<hotel>hotel)\s+have\s+(?P<service2>{alternatives(_SERVICES_VI)})|Is\s+(?P<service3>room"
                   r"\s+service)\s+available)\s*\?+")
_BREAKFAST_EN = lazy(r"Is\s+breakfast\s+included\s+in\s+the\s+(?P<what>price|room\s+rate)\s*\?+")
_TIME_EN = lazy(r"What\s+time\s+(?:do\s+(?P<me>I|we)\s+have\s+to\s+check\s+out|can\s+(?P<me2>I|we)\s+check\s+in)"
                r"\s*\?+")
_OUT_EN = lazy(r"(?P<me>I|We)(?:(?P<be>['’]m|\s+am|['’]re|\s+are)\s+locked\s+out|(?P<done>['’]ve|\s+have)?"
               r"(?P<just>\s+just)?\s+locked\s+(?P<self>myself|ourselves)\s+out)\s+of\s+(?P<own>my|our)\s+room"
               r"\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence said or asked at a hotel's reception (see the module's docstring); None for any
    other."""
    if src == "vi":
        return (_wanted(text) or _room(text) or _extra(text) or _service(text) or _time(text) or _out(text)
                or _both(text))
    return (_wanted_vi(text) or _room_vi(text) or _extra_vi(text) or _service_vi(text) or _time_vi(text)
            or _out_vi(text) or _both_vi(text))


def _nights(n: str, how: str) -> str:
    """Nights counted in English: "one more night", "two more nights" (`how` "more"), "by one night" ("by")."""
    n = VI_TO_EN.get(keyed(n), n)
    night = "night" if n in ("one", "1") else "nights"
    return f"by {n} {night}" if how == "by" else f"{n} more {night}"


def _doing(m: re.Match, whose: str | None) -> str | None:
    """What a match of _DOING says who does, in English: "check out late", "stay one more night", "extend my stay by
    one night" (`whose`: who's own; None where English has none to say, a name)."""
    if m["act"]:
        return _DONE[keyed(m["act"])]
    verb = _NIGHTS[keyed(m["nights"])]
    if verb == "extend":
        return f"extend {whose} stay {_nights(m['n'], 'by')}" if whose else None
    return f"{verb} {_nights(m['n'], 'more')}"


def _wanted(text: str) -> str | None:
    """"Tôi muốn trả phòng muộn." as "I'd like to check out late.", "Chúng tôi có thể ở thêm một đêm không?" as "Can
    we stay one more night?", "Cho tôi đổi phòng được không?" as "Can I change rooms?" (_WANTED); None for anything
    else, and for a plain verb ("Tôi đổi phòng.")."""
    m = _WANTED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["let"] and (m["want"] or m["can"] or not m["can2"]) or not (
            m["want"] and not m["can2"] and bool(m["ask"]) == asked or (m["can"] or m["can2"]) and asked):
        return None
    said = ("I" if keyed(m["me"]) == "tôi" else "we", False) if m["let"] else who(m, asked)
    # ("Bạn muốn đổi phòng.": said, or asked?; "Em có thể đổi phòng không?": a guest asking for themselves, or not?)
    if said is None or m["want"] and (asked and said[0] in ("I", "we") or not asked and said[0] == "you") or (
            not m["want"] and not m["let"] and said[0] == "you" and keyed(m["who"]) != "bạn"):
        return None
    who_ = said[0]
    doing = _doing(m, EN_WHOSE.get(who_))
    if doing is None:
        return None
    if m["want"]:
        liking = f"{who_}'d like" if who_ in EN_WHOSE else f"{who_} would like"
        return f"Would {who_} like to {doing}?" if asked else capitalised(f"{liking} to {doing}.")
    return f"Can {who_} {doing}?"


def _room(text: str) -> str | None:
    """"Phòng tôi chưa được dọn." as "My room hasn't been cleaned.", "Phòng tôi đã được dọn chưa?" as "Has my room
    been cleaned yet?", "Phòng chúng tôi ồn quá." as "Our room is too noisy.", "Phòng tôi không có khăn tắm." as
    "There are no towels in my room." (_ROOM_SAID); None for anything else."""
    m = _ROOM_SAID.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["in"] and not m["item"]:
        return None
    room = "this room" if m["this"] else f"{OWNERS[keyed(m['owner'])]} room"
    if m["asked"]:
        return f"Has {room} been cleaned yet?"
    if m["noisy"]:
        return capitalised(f"{room} is too noisy.")
    if m["item"]:
        item = keyed(m["item"])
        if item in _UNCOUNTED:
            return f"There's no {_UNCOUNTED[item]} in {room}."
        return f"There are no {ITEMS[item]}s in {room}." if item in ITEMS else None
    return capitalised(f"{room} {'still ' * bool(m['still'])}hasn't been cleaned.")


def _extra(text: str) -> str | None:
    """"Tôi có thể xin thêm một cái chăn không?" as "Can I have an extra blanket?", "Bạn có thể mang thêm hai cái
    khăn tắm cho tôi không?" as "Could you bring me two extra towels?", "Tôi cần thêm gối." as "I need more
    pillows." (_EXTRA); None for anything else, and towels needed (mt/showers.py's)."""
    m = next((m for p in _EXTRA if (m := p.fullmatch(text))), None)
    if not m or (m.re != _EXTRA[1]) != ("?" in m["end"]) or m.re == _EXTRA[1] and ITEMS[keyed(m["item"])] == "towel":
        return None
    n = VI_TO_EN.get(keyed(m["n"] or ""), m["n"])
    item = ITEMS[keyed(m["item"])]
    items = f"more {item}s" if not n else f"an extra {item}" if n in ("one", "1") else f"{n} extra {item}s"
    if m.re == _EXTRA[2]:
        return f"Could you bring {'me' if keyed(m['whom']) == 'tôi' else 'us'} {items}?"
    me = "I" if keyed(m["me"]) == "tôi" else "we"
    return capitalised(f"{me} need {items}.") if m.re == _EXTRA[1] else f"Can {me} have {items}?"


def _service(text: str) -> str | None:
    """"Có dịch vụ phòng không?" as "Is there room service?", "Khách sạn có dịch vụ giặt là không?" as "Does the
    hotel have a laundry service?" (_SERVICE); "Bữa sáng có bao gồm trong giá phòng không?" as "Is breakfast included
    in the room rate?" (_BREAKFAST); None for anything else."""
    if m := _BREAKFAST.fullmatch(text):
        return f"Is breakfast included{' in the room rate' if m['room'] else ' in the price' * bool(m['in'])}?"
    if not (m := _SERVICE.fullmatch(text)):
        return None
    service = _SERVICES[keyed(m["service"])]
    if m["hotel"]:
        return f"Does the hotel have {service}?"
    return f"Is there {service}{' here' * bool(m['here'])}?"


def _time(text: str) -> str | None:
    """"Mấy giờ tôi phải trả phòng?" as "What time do I have to check out?", "Tôi có thể nhận phòng lúc mấy giờ?" as
    "What time can I check in?" (_TIMES); None for anything else ("phải nhận phòng")."""
    m = next((m for p in _TIMES if (m := p.fullmatch(text))), None)
    if not m or (keyed(m["must"]) == "phải") != (m["act"] == "trả"):
        return None
    me = "I" if keyed(m["me"]) == "tôi" else "we"
    return f"What time do {me} have to check out?" if m["act"] == "trả" else f"What time can {me} check in?"


def _out(text: str) -> str | None:
    """"Tôi bị khóa ở ngoài phòng." as "I'm locked out of my room.", "Chúng tôi tự khóa mình ở ngoài phòng rồi." as
    "We've locked ourselves out of our room." (_OUT); None for anything else."""
    m = _OUT.fullmatch(text)
    if not m or "?" in m["end"] or not m["self"] and (m["did"] or m["done"]):
        return None
    me = "I" if keyed(m["me"]) == "tôi" else "we"
    room = f"of {EN_WHOSE[me]} room."
    if not m["self"]:
        return f"{'I' if me == 'I' else 'We'}'{'m' if me == 'I' else 're'} locked out {room}"
    done = "'ve" if m["done"] else ""
    just = " just" if m["did"] else ""
    return capitalised(f"{me}{done}{just} locked {'myself' if me == 'I' else 'ourselves'} out {room}")


def _both(text: str) -> str | None:
    """"Phòng tôi ồn quá, tôi có thể đổi phòng không?" as "My room is too noisy. Can I change rooms?", "Phòng này ồn
    quá, tôi muốn đổi phòng." as "This room is too noisy, so I'd like to change rooms." (a room too noisy, then
    changing rooms); None for anything else."""
    first, comma, then = text.partition(", ")
    first = comma and _room(f"{first}.")
    then = first and "too noisy" in first and _wanted(capitalised(then.removeprefix("nên ")))
    if not then or not then.startswith(("Can I ", "Can we ", "I'd ", "We'd ")) or "room" not in then:
        return None
    return f"{first} {then}" if then.endswith("?") else f"{first[:-1]}, so {'w' if then[0] == 'W' else 'I'}{then[1:]}"


def _doing_vi(m: re.Match) -> str | None:
    """What a match of _DOING_EN (or _NOUN_EN) says who does, in Vietnamese: "trả phòng muộn", "ở thêm một đêm", "gia
    hạn thêm hai đêm"; None where "night" or "nights" does not go with the count ("two more night")."""
    if m.groupdict().get("noun"):
        return "trả phòng muộn" if "late" in m["noun"] else "nhận phòng sớm"
    if m["act"]:
        return _DONE_EN[keyed(m["act"].lower())]
    n = "một" if m["another"] else (m["n"] or m["by"]).lower()
    if (n in ("one", "1", "một")) != ((m["night"] or m["night2"]) == "night"):
        return None
    verb = _NIGHTS_EN[m["nights"]] if m["nights"] else "gia hạn"
    return f"{verb} thêm {EN_TO_VI.get(n, n)} đêm"


def _wanted_vi(text: str) -> str | None:
    """"Can I have a late check-out?" as "Tôi có thể trả phòng muộn không?", "We'd like to stay two more nights." as
    "Chúng tôi muốn ở thêm hai đêm.", "I'd like a late check-out." as "Tôi muốn trả phòng muộn." (_WANTED_EN,
    _CAN_EN); None for anything else, and where "wants" or "my" does not agree with who."""
    m = _WANTED_EN.fullmatch(text)
    can = m is None
    m = m or _CAN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    # ("I … extend my stay"; not "your", nor "my mother … her", left)
    own = m["own"] is None or m["who"] is not None and WHOSE_OF[m["who"].lower()] == m["own"].lower()
    like = "" if can else " ".join(m["like"].replace("’", "'").split())
    if not own or not can and (bool(m["would"]) != (like == "like") or bool(m["would"]) != ("?" in m["end"]) or
                               like.startswith("want") and (like == "wants") != one):
        return None
    doing = _doing_vi(m) if can or not (m["noun"] and m["would"]) else None
    if doing is None:
        return None
    if can:
        return capitalised(f"{who_} có thể {doing} không?")
    return capitalised(f"{who_} có muốn {doing} không?" if m["would"] else f"{who_} muốn {doing}.")


def _room_vi(text: str) -> str | None:
    """"My room hasn't been cleaned." as "Phòng tôi chưa được dọn.", "Has my room been cleaned yet?" as "Phòng tôi đã
    được dọn chưa?", "Our room is too noisy." as "Phòng chúng tôi ồn quá.", "There are no towels in my room." as
    "Phòng tôi không có khăn tắm." (_ROOM_SAID_EN); None for anything else, and where "are" does not go with the
    thing ("There are no soap")."""
    m = next((m for p in _ROOM_SAID_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    owner = m["owner"].lower()
    whose = WHOSE_VI.get(owner, "này")
    room = f"phòng {whose}" if whose in ("tôi", "chúng tôi", "này") else f"phòng của {whose}"
    if m.re == _ROOM_SAID_EN[0]:
        return capitalised(f"{room} đã được dọn chưa?")
    if m.re == _ROOM_SAID_EN[2]:
        return capitalised(f"{room} ồn quá.")
    if m.re == _ROOM_SAID_EN[3]:
        item = m["item"].lower()
        uncounted = item in ("toilet paper", "soap", "shampoo")
        if uncounted and m["many"] or (m["be"].strip() == "are") != bool(m["many"]):
            return None
        return capitalised(f"{room} không có {ITEMS_VI[item]}.")
    return capitalised(f"{room} {'vẫn ' * bool(m['still'])}chưa được dọn.")


def _extra_vi(text: str) -> str | None:
    """"Could I have an extra pillow?" as "Cho tôi thêm một cái gối được không?", "Could you bring me an extra
    blanket?" as "Bạn có thể mang thêm một cái chăn cho tôi không?", "I need an extra pillow." as "Tôi cần thêm một
    cái gối." (_EXTRA_EN); None for anything else, and where "an" or "two" does not go with the thing."""
    m = next((m for p in _EXTRA_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    n, item = m["n"].lower(), m["item"].lower()
    if item not in ITEMS_VI or item in ("toilet paper", "soap", "shampoo") or (n in ("an", "one", "1")) == bool(
            m["many"]):
        return None
    vi = ITEMS_VI[item]
    items = vi if n == "some" else f"{'một' if n == 'an' else EN_TO_VI.get(n, n)} cái {vi}"
    if m.re == _EXTRA_EN[1]:
        return f"Bạn có thể mang thêm {items} cho {'tôi' if m['whom'] == 'me' else 'chúng tôi'} không?"
    me = "tôi" if m["me"] == "I" else "chúng tôi"
    return capitalised(f"{me} cần thêm {items}.") if m.re == _EXTRA_EN[2] else f"Cho {me} thêm {items} được không?"


def _service_vi(text: str) -> str | None:
    """"Is there room service?" as "Có dịch vụ phòng không?", "Does the hotel have a laundry service?" as "Khách sạn
    có dịch vụ giặt là không?" (_SERVICE_EN); "Is breakfast included in the price?" as "Giá có bao gồm bữa sáng
    không?" (_BREAKFAST_EN); None for anything else."""
    if m := _BREAKFAST_EN.fullmatch(text):
        return f"Giá{' phòng' * (m['what'] != 'price')} có bao gồm bữa sáng không?"
    if not (m := _SERVICE_EN.fullmatch(text)):
        return None
    service = _SERVICES_VI[" ".join((m["service"] or m["service2"] or m["service3"]).split())]
    where = "Khách sạn có" if m["hotel"] else "Ở đây có" if m["here"] else "Có"
    return f"{where} dịch vụ {service} không?"


def _time_vi(text: str) -> str | None:
    """"What time do I have to check out?" as "Tôi phải trả phòng lúc mấy giờ?", "What time can we check in?" as
    "Chúng tôi có thể nhận phòng lúc mấy giờ?" (_TIME_EN); None for anything else."""
    m = _TIME_EN.fullmatch(text)
    if not m:
        return None
    me = "Tôi" if (m["me"] or m["me2"]) == "I" else "Chúng tôi"
    return f"{me} phải trả phòng lúc mấy giờ?" if m["me"] else f"{me} có thể nhận phòng lúc mấy giờ?"


def _out_vi(text: str) -> str | None:
    """"I'm locked out of my room." as "Tôi bị khóa ở ngoài phòng.", "I've locked myself out of my room." as "Tôi tự
    khóa mình ở ngoài phòng rồi." (_OUT_EN); None for anything else, and where "am", "myself" or "my" does not agree."""
    m = _OUT_EN.fullmatch(text)
    if not m:
        return None
    i = m["me"] == "I"
    be = (m["be"] or "").replace("’", "'").strip()
    if (m["own"] == "my") != i or m["be"] and (be in ("'m", "am")) != i or m["self"] and (m["self"] == "myself") != i:
        return None
    me = "Tôi" if i else "Chúng tôi"
    if m["be"]:
        return f"{me} bị khóa ở ngoài phòng."
    return f"{me} {'vừa ' * bool(m['just'])}tự khóa mình ở ngoài phòng{' rồi' * bool(m['done'] and not m['just'])}."


def _both_vi(text: str) -> str | None:
    """"My room is too noisy, can I change rooms?" as "Phòng tôi ồn quá, tôi có thể đổi phòng không?" (a room too
    noisy, then changing rooms, "so" or not); None for anything else."""
    first, comma, then = text.partition(", ")
    first = comma and _room_vi(f"{first}.")
    then = first and first.endswith("ồn quá.") and _wanted_vi(capitalised(then.removeprefix("so ")))
    if not then or not then.startswith(("Tôi ", "Chúng tôi ")) or "phòng" not in then:
        return None
    return f"{first[:-1]}, {then[0].lower()}{then[1:]}"
