"""Chargers, cables, power banks, sockets, plugs and adaptors, both ways, written whole by rule. v8 with every other
rule reads "sạc" as the verb, "dự phòng" as a room or defence, "ổ chuyển đổi" as a change, "vừa" as just, "power bank"
as a bank and "adaptor" as someone adapting: "Bạn có sạc dự phòng không?" → "Do you charge the room?", "Bạn có cục sạc
không?" → "Do you charge locals?", "Sạc dự phòng của tôi hết pin." → "My defence out of battery.", "Sạc của tôi không
hoạt động." → "My weight doesn't work.", "Tôi có cần ổ chuyển đổi không?" → "Do I need a change?", "Phích cắm không
vừa." → "The plug-in isn't just.", "Ổ cắm ở đâu?" → "Where do the socket?", "Sạc không vào." → "Rarely not on.";
"Do you have a power bank?" → "Bạn có ngân hàng năng lượng không?", "Do I need an adaptor?" → "Có cần một bộ thích
nghi không?", "My cable is broken." → "Tôi có thể bị vỡ.", "My charger isn't working." → "Cục sạc của tôi không làm
việc.", "Where's the socket?" → "Ổ cắm mạng ở đâu?", "The plug doesn't fit." → "Phần bổ sung không phù hợp.".

Taken: a thing of GEAR (a charger by "cục sạc", "bộ sạc", a phone's, an iPhone's or a laptop's charger, a power bank, a
charging cable, a cable, an adaptor) that who (mt.hobbies.WHO, WHO_EN; "Có ai", anyone, asking) has, does not have,
needs, asks whether they have or need; who asks to borrow one (of whose: "your", mt.terms.OWNERS, someone) or to be lent
one; one (whose: OWNERS, someone, "này", or the) broken, not working, stopped working, a power bank dead or asked
whether it has any charge left; where the socket (the nearest) is, whether there is one here, nearby or in the room
(English), somewhere to plug this, a charger or anything in; a plug that does not fit (a socket, the sockets here) or
asked whether it fits; a device or nothing that "sạc không vào" (won't charge). Left: "I forgot my charger." (to bring
it, or left it somewhere? mt.terms keeps whose: "Tôi quên cục sạc của tôi."), "sạc" alone but as a subject with whose or
"này" ("Bạn có sạc không?", "Cho tôi mượn sạc được không?": the phrasebook's and mt/loans.py's), "sạc điện thoại", "sạc
iPhone" but asked of "you" or anyone after "có" or after "mượn" (also charging it: mt/batteries.py), "Do you have a
charger?", "Ở đây có ổ cắm không?" (mt/patterns.py's), a socket broken (mt/broken.py), "Where can I plug this in?" and
devices charging (mt/batteries.py), brought or forgotten to bring (mt/bring_along.py), left at a place
(mt/left_behind.py), lost (mt/finding.py), bought, several of them.
mt.phrasebook.translate tries these after mt/leave.py.

    >>> translate("Bạn có sạc dự phòng không?", "vi", "en"), translate("Do I need an adaptor?", "en", "vi")
    ('Do you have a power bank?', 'Tôi có cần ổ cắm chuyển đổi không?')
"""
from __future__ import annotations

import re

from .batteries import DEVICES
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, SOFTENER, alternatives, capitalised, keyed, present

# the things, as each language calls them (the first Vietnamese of each is written back)
GEAR = {"sạc dự phòng": "power bank", "cục sạc dự phòng": "power bank", "pin dự phòng": "power bank",
        "pin sạc dự phòng": "power bank", "cục sạc": "charger", "bộ sạc": "charger", "củ sạc": "charger",
        "sạc điện thoại": "phone charger", "sạc iPhone": "iPhone charger", "sạc laptop": "laptop charger",
        "dây sạc": "charging cable", "cáp sạc": "charging cable", "dây cáp sạc": "charging cable", "dây cáp": "cable",
        "ổ cắm chuyển đổi": "adaptor", "ổ chuyển đổi": "adaptor", "đầu chuyển đổi": "adaptor",
        "phích cắm chuyển đổi": "adaptor", "cục chuyển đổi": "adaptor"}
GEAR_VI = {en: vi for vi, en in reversed(GEAR.items())} | {
    "portable charger": "sạc dự phòng", "charger cable": "dây sạc", "adapter": "ổ cắm chuyển đổi",
    "travel adaptor": "ổ cắm chuyển đổi", "travel adapter": "ổ cắm chuyển đổi", "plug adaptor": "ổ cắm chuyển đổi",
    "plug adapter": "ổ cắm chuyển đổi"}
_GEAR_KEYED = {keyed(vi): en for vi, en in GEAR.items()} | {"sạc": "charger"}
_GEAR_VI_KEYED = {keyed(en): vi for en, vi in GEAR_VI.items()}
# "sạc" then what it charges reads as the verb too ("Tôi cần sạc iPhone.": to charge it; "Anh ấy có sạc điện thoại
# không?": did he charge it), so only asked of "you" or anyone with "có", or after "mượn"
_BARE = {"sạc điện thoại", "sạc iphone", "sạc laptop"}
_KEYS = {"vi": lazy(r"(?i:sạc|dự\s+phòng|chuyển\s+đổi|dây\s+cáp|cắm)"),
         "en": lazy(r"(?i:charg|power\s+bank|cable|adapt|socket|outlet|power\s+point|plug)")}

_ONE = r"(?:một\s+)?(?:(?i:cái|chiếc|sợi)\s+)?"
_GEAR = rf"{_ONE}(?P<gear>(?i:{alternatives(GEAR)}))"
_WHOSE = rf"(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?"
# who has, needs or asks ("Bạn có sạc dự phòng không?", "Tôi có cần ổ chuyển đổi không?", "Có ai có sạc iPhone không?")
_HAVE = lazy(rf"(?:(?P<anyone>[Cc]ó\s+ai)|{WHO})\s+(?P<verb>(?:không\s+|có\s+)?cần|(?:không\s+)?có)\s+{_GEAR}"
             rf"{ASKED_END}")
# who borrows it or is lent it ("Tôi có thể mượn sạc dự phòng của bạn không?", "Cho tôi mượn dây sạc được không?")
_BORROW = lazy(rf"{WHO}\s+(?:có\s+thể\s+)?mượn\s+{_GEAR}(?:\s+(?:của\s+)?{OWNER})?(?:\s+được)?\s+không{SOFTENER}\s*\?+")
_LEND = lazy(rf"(?:(?P<you>(?i:bạn|anh|chị|em|cậu))\s+(?:có\s+thể\s+)?)?(?i:cho)\s+(?P<me>tôi|mình|chúng\s+tôi)\s+mượn"
             rf"\s+{_GEAR}(?:\s+(?:của\s+)?bạn)?(?:\s+được)?\s+không{SOFTENER}\s*\?+")
# how it is ("Cục sạc của tôi bị hỏng.", "Sạc của tôi không hoạt động.", "Sạc dự phòng của tôi hết pin rồi.")
_STATES = {"hỏng": "broken", "bị hỏng": "broken", "bị đứt": "broken", "đứt": "broken", "không hoạt động": "working",
           "không chạy": "working", "không dùng được": "work", "hết pin": "dead", "đã hết pin": "dead",
           "còn pin": "left"}
_STATE = lazy(rf"{_GEAR.replace('(?P<gear>(?i:', '(?P<gear>(?i:sạc|')}{_WHOSE}\s+(?:(?P<ask>có)\s+)?"
              rf"(?P<state>{alternatives(_STATES)})(?:\s+(?P<done>rồi))?{ASKED_END}")
# where the socket is, somewhere to plug in, a plug that does not fit, a device that will not charge
_SOCKET = lazy(rf"[Ổổ]\s+cắm(?:\s+điện)?(?:\s+(?P<near>gần\s+nhất))?\s+ở\s+(?:đâu|chỗ\s+nào){SOFTENER}\s*\?+")
_PLUG_IN = lazy(rf"(?P<here>[Ởở]\s+đây\s+)?[Cc]ó\s+chỗ\s+(?:nào\s+)?(?:để\s+)?cắm\s+(?P<what>cái\s+này|điện|sạc)"
                rf"(?:\s+(?P<here2>ở\s+đây))?(?:\s+được)?\s+không{SOFTENER}\s*\?+")
_FIT = lazy(rf"(?:[Pp]hích|[Đđ]ầu)\s+cắm{_WHOSE}\s+(?:(?P<ask>có)\s+)?(?P<not>không\s+)?(?:cắm\s+)?vừa"
            rf"(?:\s+(?:với\s+)?(?P<socket>ổ\s+cắm)(?:\s+(?P<where>ở\s+đây|này))?)?{ASKED_END}")
_NOT_IN = lazy(rf"(?:(?:(?i:cái|chiếc)\s+)?(?P<device>(?i:{alternatives(DEVICES)})){_WHOSE}\s+)?(?i:sạc)\s+không\s+vào"
               rf"(?:\s+pin)?(?:\s+(?:gì\s+)?cả)?{SOFTENED_END}")

# ... and in English: whose ("my", "Lan's", "the", "this", "a") and the thing
_WHOSE_EN = rf"(?:(?P<a>(?i:an?))|(?P<owner>(?i:{WHOSE_WORDS}|the|this))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
_GEAR_EN = rf"(?P<gear>(?i:{alternatives(GEAR_VI)}))"
_HAVE_EN = lazy(rf"(?:(?P<do>Do|Does|Will)\s+)?(?:{WHO_EN}|(?P<anyone>[Aa]nyone|[Aa]nybody))(?:\s+(?P<not>don['’]t|"
                rf"doesn['’]t|do\s+not|does\s+not))?\s+(?P<verb>have|has|needs?)\s+(?P<a>an?)\s+{_GEAR_EN}"
                r"\s*(?P<end>[.!?]*)")
_BORROW_EN = lazy(rf"(?:Can|Could|May)\s+{WHO_EN}\s+(?:please\s+)?borrow\s+{_WHOSE_EN}{_GEAR_EN}(?:,?\s+please)?\s*\?+")
_LEND_EN = lazy(rf"(?:Can|Could|Would)\s+you\s+(?:please\s+)?lend\s+(?P<me>me|us)\s+(?:(?P<a>an?)|(?P<your>your))\s+"
                rf"{_GEAR_EN}(?:,?\s+please)?\s*\?+")
_STATE_EN = lazy(rf"{_WHOSE_EN}{_GEAR_EN}(?:(?:\s+is|['’]s)\s+(?P<broken>broken)|(?:\s+is|['’]s)\s+"
                 r"(?:(?P<dead>dead|flat|empty)|out\s+of\s+(?P<out>charge|battery))|"
                 r"(?:\s+isn['’]t|\s+is\s+not|['’]s\s+not)\s+(?P<working>working)|"
                 r"\s+(?:doesn['’]t|does\s+not|won['’]t|will\s+not)\s+(?P<work>work)|"
                 r"(?:\s+has)?\s+(?P<stopped>stopped)\s+working|"
                 r"(?:\s+has|['’]s)\s+(?P<ran>run)\s+out(?:\s+of\s+(?:charge|battery))?)\s*(?P<end>[.!]*)")
_SOCKET_EN = lazy(r"Where(?:['’]s|\s+is)\s+the\s+(?P<near>nearest\s+)?(?:(?:power|plug|electrical|wall)\s+)?"
                  r"(?:socket|outlet|power\s+point)\s*\?+|Where\s+are\s+the\s+(?:(?:power|plug|electrical|wall)\s+)?"
                  r"(?:sockets|outlets|power\s+points)\s*\?+")
_THERE_EN = lazy(r"Is\s+there\s+an?\s+(?:(?:power|plug|electrical)\s+)?(?:socket|outlet|power\s+point)\s+(?P<where>"
                 r"here|nearby|near\s+here|in\s+(?:the|my)\s+room)\s*\?+")
_THERE_VI = {"here": "Ở đây", "nearby": "Gần đây", "near here": "Gần đây", "in the room": "Trong phòng",
             "in my room": "Trong phòng tôi"}
_PLUG_IN_EN = lazy(r"Is\s+there\s+(?:somewhere|anywhere|a\s+place)(?P<here>\s+here)?\s+(?:to|I\s+(?:can|could))\s+plug"
                   r"\s+(?:(?P<this>this|it)\s+in|in(?:\s+my\s+(?P<mine>charger|phone))?|my\s+(?P<mine2>charger|phone)"
                   r"\s+in)(?P<here2>\s+here)?\s*\?+")
_FIT_EN = lazy(r"(?:(?P<do>Does|Will)\s+)?(?P<owner>(?i:the|this|my|your))\s+plug\s+(?:(?P<not>doesn['’]t|does\s+not|"
               r"won['’]t|will\s+not)\s+)?(?P<fit>fits?)(?:\s+(?:in(?:to)?\s+)?(?P<socket>the\s+sockets?"
               r"(?P<here>\s+here)?|this\s+socket))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about having, needing, borrowing, a fault of, a charger, a cable, a power bank or
    an adaptor, or about a socket or a plug; None for any other."""
    if src == "vi":
        return (_have(text) or _borrow(text) or _lend(text) or _state(text) or _socket(text) or _plug_in(text) or
                _fit(text) or _not_in(text))
    return (_have_vi(text) or _borrow_vi(text) or _lend_vi(text) or _state_vi(text) or
            _socket_vi(text) or _plug_in_vi(text) or _fit_vi(text))


def _a(thing: str) -> str:
    """A thing with "a" or "an": "a power bank", "an adaptor", "an iPhone charger"."""
    return f"{'an' if thing[0].lower() in 'aeiou' else 'a'} {thing}"


def _whose(m: re.Match) -> str:
    """Whose of a match of _WHOSE or OWNER in English: "my", "my mother's", "this", "the"."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s"
    return "this" if m.groupdict().get("this") else "the"


def _have(text: str) -> str | None:
    """"Bạn có sạc dự phòng không?" as "Do you have a power bank?", "Tôi có cần ổ chuyển đổi không?" as "Do I need an
    adaptor?", "Anh ấy không có dây sạc." as "He doesn't have a charging cable.", "Có ai có sạc iPhone không?" as
    "Does anyone have an iPhone charger?" (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    asked, verb, gear = bool(m["asked"]), keyed(m["verb"]), keyed(m["gear"])
    if asked and verb.startswith("không") or not asked and verb == "có cần" or m["anyone"] and not asked:
        return None
    said = ("anyone", True) if m["anyone"] else who(m, asked)
    if said is None or gear in _BARE and (verb != "có" or said[0] not in ("you", "anyone")):
        return None
    who_, one = said
    base, thing = "need" if "cần" in verb else "have", _a(_GEAR_KEYED[gear])
    return present(who_, one, base, thing, asked, verb.startswith("không"))


def _borrow(text: str) -> str | None:
    """"Tôi có thể mượn sạc dự phòng của bạn không?" as "Can I borrow your power bank?", "Mẹ tôi mượn dây sạc của
    Lan được không?" as "Can my mother borrow Lan's charging cable?" (_BORROW); None for anything else, one's own."""
    m = _BORROW.fullmatch(text)
    said = m and who(m, True)
    if not said:
        return None
    who_, whose = said[0], _whose(m)
    if whose == "the":  # (not said: the one asked)
        whose = "your" if who_ in ("I", "we") else None
    if whose is None or {who_, whose} in ({"I", "my"}, {"we", "our"}, {"you", "your"}):
        return None
    return f"Can {who_} borrow {whose} {_GEAR_KEYED[keyed(m['gear'])]}?"


def _lend(text: str) -> str | None:
    """"Cho tôi mượn dây sạc được không?" as "Can I borrow your charging cable?", "Bạn có thể cho tôi mượn sạc dự
    phòng không?" as "Can you lend me your power bank?" (_LEND); None for anything else."""
    m = _LEND.fullmatch(text)
    if not m:
        return None
    we, gear = keyed(m["me"]) == "chúng tôi", _GEAR_KEYED[keyed(m["gear"])]
    if m["you"]:
        return f"Can you lend {'us' if we else 'me'} your {gear}?"
    return f"Can {'we' if we else 'I'} borrow your {gear}?"


def _state(text: str) -> str | None:
    """"Cục sạc của tôi bị hỏng." as "My charger is broken.", "Sạc của tôi không hoạt động." as "My charger isn't
    working.", "Sạc dự phòng của mẹ tôi hết pin rồi." as "My mother's power bank is dead.", "Sạc dự phòng của bạn còn
    pin không?" as "Does your power bank have any charge left?" (_STATE); None for anything else, "sạc" with no whose,
    a cable alone "đứt", a power bank alone "hết pin"."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != (asked and "hỏng" in m["state"]):
        return None
    gear, state = _GEAR_KEYED[keyed(m["gear"])], _STATES[keyed(m["state"])]
    if gear == "charger" and keyed(m["gear"]) == "sạc" and not (m["owner"] or m["someone"] or m["this"]) or \
            "đứt" in m["state"] and "cable" not in gear or (state in ("dead", "left")) != (gear == "power bank") or \
            asked != (state == "left" or bool(m["ask"])) or m["done"] and state not in ("broken", "dead"):
        return None
    thing = f"{_whose(m)} {gear}"
    if asked:
        return f"Is {thing} broken?" if state == "broken" else f"Does {thing} have any charge left?"
    said = {"broken": "is broken", "working": "isn't working", "work": "doesn't work", "dead": "is dead"}[state]
    return capitalised(f"{thing} {said}.")


def _socket(text: str) -> str | None:
    """"Ổ cắm ở đâu?" as "Where's the socket?", "Ổ cắm gần nhất ở đâu?" as "Where's the nearest socket?"
    (_SOCKET); None for anything else."""
    m = _SOCKET.fullmatch(text)
    return None if not m else f"Where's the {'nearest ' if m['near'] else ''}socket?"


def _plug_in(text: str) -> str | None:
    """"Có chỗ nào để cắm cái này không?" as "Is there somewhere to plug this in?", "Ở đây có chỗ cắm sạc không?" as
    "Is there somewhere here to plug in my charger?" (_PLUG_IN); None for anything else."""
    m = _PLUG_IN.fullmatch(text)
    if not m or m["here"] and m["here2"]:
        return None
    doing = {"cái này": "plug this in", "điện": "plug in", "sạc": "plug in my charger"}[keyed(m["what"])]
    return f"Is there somewhere{' here' if m['here'] or m['here2'] else ''} to {doing}?"


def _fit(text: str) -> str | None:
    """"Phích cắm không vừa." as "The plug doesn't fit.", "Phích cắm của tôi không vừa ổ cắm ở đây." as "My plug
    doesn't fit the sockets here.", "Phích cắm này có vừa không?" as "Does this plug fit?" (_FIT); None for anything
    else, and "vừa" said alone ("just")."""
    m = _FIT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (asked or m["not"]) or asked and m["not"]:
        return None
    where = keyed(m["where"] or "")
    socket = "" if not m["socket"] else " this socket" if where == "này" else f" the socket{'s here' * bool(where)}"
    plug = f"{_whose(m)} plug"
    return f"Does {plug} fit{socket}?" if asked else capitalised(f"{plug} doesn't fit{socket}.")


def _not_in(text: str) -> str | None:
    """"Điện thoại của tôi sạc không vào." as "My phone won't charge.", "Sạc không vào." as "It won't charge."
    (_NOT_IN); None for anything else."""
    m = _NOT_IN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if not m["device"]:
        return "It won't charge."
    return capitalised(f"{_whose(m)} {DEVICES[keyed(m['device'])]} won't charge.")


def _gear_vi(m: re.Match) -> str:
    """The thing of a match of _GEAR_EN in Vietnamese, with whose after it as the match says it: "sạc dự phòng",
    "cục sạc của tôi", "dây sạc này", "sạc dự phòng của mẹ tôi"."""
    gear = _GEAR_VI_KEYED[keyed(m["gear"])]
    if m.groupdict().get("someone"):
        return f"{gear} của {someone(m['someone'], 'en')}"
    return gear + _owned_vi(m.groupdict().get("owner") or "the")


def _have_vi(text: str) -> str | None:
    """"Do you have a power bank?" as "Bạn có sạc dự phòng không?", "Do I need an adaptor?" as "Tôi có cần ổ cắm
    chuyển đổi không?", "She doesn't have a charger." as "Cô ấy không có cục sạc.", "Does anyone have an iPhone
    charger?" as "Có ai có sạc iPhone không?" (_HAVE_EN); None for anything else, and where the verb or "a" does not
    agree."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or m["anyone"] and not m["do"]:
        return None
    who_, one = ("ai", True) if m["anyone"] else who_vi(m)
    do, verb, aux = (m["do"] or "").lower(), m["verb"], (m["not"] or "").lower()
    need = verb.startswith("need")
    if m["a"].lower() != _a(m["gear"]).split()[0] or do == "will" and not need or \
            (do or aux) and verb not in ("have", "need") or do in ("do", "does") and (do == "does") != one or \
            aux and aux.startswith("does") != one or not (do or aux) and verb.endswith("s") != one:
        return None
    thing, doing = _GEAR_VI_KEYED[keyed(m["gear"])], "cần" if need else "có"
    if m["anyone"]:
        return f"Có ai {doing} {thing} không?"
    if do:
        return capitalised(f"{who_} có {'cần ' if need else ''}{thing} không?")
    return capitalised(f"{who_} {'không ' if aux else ''}{doing} {thing}.")


def _borrow_vi(text: str) -> str | None:
    """"Can I borrow your power bank?" as "Tôi có thể mượn sạc dự phòng của bạn không?", "Could I borrow a charging
    cable?" as "Tôi có thể mượn dây sạc không?" (_BORROW_EN); None for anything else, one's own ("I … my")."""
    m = _BORROW_EN.fullmatch(text)
    if not m:
        return None
    owner = (m["owner"] or "").lower()
    if m["who"] and owner == {"i": "my", "we": "our", "you": "your"}.get(m["who"].lower()) or owner == "the":
        return None
    return capitalised(f"{who_vi(m)[0]} có thể mượn {_gear_vi(m)} không?")


def _lend_vi(text: str) -> str | None:
    """"Can you lend me your power bank?" as "Bạn có thể cho tôi mượn sạc dự phòng không?" (_LEND_EN); None for
    anything else."""
    m = _LEND_EN.fullmatch(text)
    if not m or m["a"] and m["a"].lower() != _a(m["gear"]).split()[0]:
        return None
    return f"Bạn có thể cho {'tôi' if m['me'] == 'me' else 'chúng tôi'} mượn {_gear_vi(m).split(' của ')[0]} không?"



def _state_vi(text: str) -> str | None:
    """"My charger is broken." as "Cục sạc của tôi bị hỏng.", "My charger isn't working." as "Cục sạc của tôi không
    hoạt động.", "My power bank is dead." as "Sạc dự phòng của tôi hết pin rồi." (_STATE_EN); None for anything else,
    "a" first, a power bank only dead, and "dead" of anything else."""
    m = _STATE_EN.fullmatch(text)
    if not m or m["a"]:
        return None
    if (m["dead"] or m["out"] or m["ran"]) and _GEAR_VI_KEYED[keyed(m["gear"])] != "sạc dự phòng":
        return None
    said = "bị hỏng" if m["broken"] else "không hoạt động nữa" if m["stopped"] else \
        "không hoạt động" if m["working"] or m["work"] else "hết pin rồi"
    return capitalised(f"{_gear_vi(m)} {said}.")


def _socket_vi(text: str) -> str | None:
    """"Where's the socket?" as "Ổ cắm ở đâu?", "Where's the nearest socket?" as "Ổ cắm gần nhất ở đâu?", "Is there a
    socket nearby?" as "Gần đây có ổ cắm không?" (_SOCKET_EN, _THERE_EN); None for anything else."""
    if m := _SOCKET_EN.fullmatch(text):
        return f"Ổ cắm {'gần nhất ' if m['near'] else ''}ở đâu?"
    m = _THERE_EN.fullmatch(text)
    return f"{_THERE_VI[keyed(m['where'])]} có ổ cắm không?" if m else None


def _plug_in_vi(text: str) -> str | None:
    """"Is there somewhere to plug this in?" as "Có chỗ nào để cắm cái này không?", "Is there anywhere here I can
    plug my phone in?" as "Ở đây có chỗ nào để cắm sạc điện thoại không?" (_PLUG_IN_EN); None for anything else."""
    m = _PLUG_IN_EN.fullmatch(text)
    if not m or m["here"] and m["here2"]:
        return None
    mine = m["mine"] or m["mine2"]
    what = "cái này" if m["this"] else "điện" if not mine else "sạc" if mine == "charger" else "sạc điện thoại"
    return f"{'Ở đây có' if m['here'] or m['here2'] else 'Có'} chỗ nào để cắm {what} không?"


def _fit_vi(text: str) -> str | None:
    """"The plug doesn't fit." as "Phích cắm không vừa.", "Will this plug fit the sockets here?" as "Phích cắm này có
    vừa ổ cắm ở đây không?" (_FIT_EN); None for anything else, "fits" not agreeing, and "fits" said alone."""
    m = _FIT_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or (m["fit"] == "fits") == bool(m["do"] or m["not"]) \
            or not (asked or m["not"] or m["socket"]):
        return None
    socket = "" if not m["socket"] else " ổ cắm này" if m["socket"].startswith("this") else \
        f" ổ cắm{' ở đây' if m['here'] else ''}"
    plug = f"Phích cắm{_owned_vi(m['owner'])}"
    if asked:
        return f"{plug} có vừa{socket} không?"
    return f"{plug} {'không ' if m['not'] else ''}vừa{socket}."


def _owned_vi(owner: str) -> str:
    """Whose in English after a thing in Vietnamese: "" for "the", " này" for "this", " của tôi" for "my"."""
    owner = owner.lower()
    return "" if owner in ("the", "a", "an") else " này" if owner == "this" else f" của {WHOSE_VI[owner]}"
