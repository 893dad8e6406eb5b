"""The wifi and the internet connection, both ways, written whole by rule: slow, weak or free at a place, the wifi
password or name asked or asked for, connecting or not, no internet on a phone, and a connection that keeps dropping. v8
with every other rule reads "chậm quá" as slowing, "chập chờn" as waiting, and "wifi" in English as a wire: "Wifi ở đây
chậm quá." → "The Wifi here is slowing too.", "Ở đây có wifi miễn phí không?" → "Is it free to be here?", "Cho tôi xin
mật khẩu wifi." → "I'm sorry for wifi password.", "Wifi có mật khẩu không?" → "Is Wifi password?", "Wifi cứ chập chờn."
→ "Wifi kept waiting.", "Mạng cứ bị rớt." → "The network was hit.", "Tôi không vào được wifi." → "I can't enter Wifi.";
"The wifi is really slow here." → "Sợi dây thực sự chậm lại ở đây.", "I can't connect to the wifi." → "Tôi không thể kết
nối với dây điện.", "Is there free wifi here?" → "Có dây miễn phí ở đây không?", "The wifi keeps dropping out." → "Dây
cáp giữ cho dây thả ra.", "Can I have the wifi password?" → "Có thể mật khẩu Wifi không?".

Taken: the wifi, the internet ("mạng") or the wifi signal ("sóng wifi") at a place (mt.outages.PLACES, or OWNED with
whose: "nhà tôi") slow or fast, the wifi or its signal weak or strong, patchy, the wifi free, said ("rất", "hơi", "quá",
"lắm") or asked ("có … không?", "à?"); "Ở đây có wifi miễn phí không?"; the wifi password or name asked ("Mật khẩu wifi
ở đây là gì?"), asked for ("Cho tôi xin mật khẩu wifi."), known ("Bạn có biết … không?"), had or needed ("Wifi có mật
khẩu không?"); who (mt.hobbies.WHO, WHO_EN) or a device with whose (a phone, a computer, a laptop, a tablet, a TV) that
can't connect to the wifi or the internet (a device "won't"), asked whether they can or have yet, said to have; who or a
device with no internet ("không có mạng"); the wifi or the internet that keeps dropping ("cứ bị mất kết nối", "cứ chập
chờn"), a device that keeps disconnecting, who keeps getting disconnected. Left: the wifi or the internet slow with no
place (mt/broken.py's), not working or down (mt/broken.py), gone or back (mt/outages.py), the phone signal
(mt/reception.py), "Ở đây có wifi không?" and "Mật khẩu wifi là gì?" (the phrasebook's, mt/patterns.py), a password
forgotten or wrong (mt/accounts.py), "nó" that keeps disconnecting (a person losing touch?), "bắt wifi" (pick up).
mt.phrasebook.translate tries these after mt/meeting_up.py.

    >>> translate("Wifi ở đây chậm quá.", "vi", "en"), translate("I can't connect to the wifi.", "en", "vi")
    ('The wifi here is really slow.', 'Tôi không kết nối được wifi.')
"""
from __future__ import annotations

import re

from . import tech_trouble
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .outages import OWNED, OWNED_VI, PLACES, PLACES_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, be_said, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:wi-?fi|mạng|internet|kết\s+nối)"), "en": lazy(r"(?i:wi-?fi|internet|connect)")}
# what is online, and what each is in English (the first Vietnamese of each is written back)
_NETS = {"wifi": "wifi", "wi-fi": "wifi", "mạng wifi": "wifi", "mạng": "internet", "internet": "internet",
         "sóng wifi": "wifi signal", "tín hiệu wifi": "wifi signal"}
_NETS_VI = {"wifi": "wifi", "wi-fi": "wifi", "internet": "mạng", "internet connection": "mạng",
            "wifi signal": "sóng wifi", "wi-fi signal": "sóng wifi"}
_ONLINE = {vi: en for vi, en in _NETS.items() if en != "wifi signal"}  # (what one connects to)
# how it is, and what may be said so ("weak internet" is not said; "free" only of the wifi)
_STATES = {"chậm": "slow", "nhanh": "fast", "yếu": "weak", "mạnh": "strong", "chập chờn": "patchy",
           "miễn phí": "free"}
_STATES_VI = {en: vi for vi, en in _STATES.items()}
_OF = {"slow": {"wifi", "internet"}, "fast": {"wifi", "internet"}, "weak": {"wifi", "wifi signal"},
       "strong": {"wifi", "wifi signal"}, "patchy": {"wifi", "internet", "wifi signal"}, "free": {"wifi"}}
_VERY = {"quá": "really", "lắm": "really", "rất": "very", "hơi": "a bit", "bị": ""}
_VERY_VI = {"really": "quá", "so": "quá", "too": "quá", "very": "rất", "a bit": "hơi", "a little": "hơi"}
# the devices that go online, of mt/tech_trouble.py's
_ONLINE_DEVICES = ("phone", "computer", "laptop", "tablet", "TV")
DEVICES = {vi: en for vi, en in tech_trouble.DEVICES.items() if en in _ONLINE_DEVICES}
DEVICES_VI = {en: vi for en, vi in tech_trouble.DEVICES_VI.items() if vi in DEVICES}
# "is", "has", "does" … said of one (he, she, my phone), and said of many or of "I"
_ONE = {"is", "has", "does"}

# where ("ở đây", "nhà tôi")
_PLACE = (rf"(?:(?:(?i:ở)\s+)?(?P<place>(?i:{alternatives(PLACES)}))|(?:(?i:ở)\s+)?"
          rf"(?P<owned>(?i:{alternatives(OWNED)}))\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))")


def _place_en(n: str = "") -> str:
    """English where, after a space (" here", " at my house"), its groups' names ending in `n`; optional."""
    return (rf"(?:\s+(?P<place{n}>(?i:{alternatives(PLACES_VI)}))|\s+(?:at|in)\s+(?P<owner{n}>(?i:{WHOSE_WORDS}))"
            rf"\s+(?P<owned{n}>(?i:{alternatives(OWNED_VI)})))?")


_WIFI, _WIFI_EN = rf"(?i:wi-?fi|mạng\s+wifi)(?:\s+{_PLACE})?", r"(?i:wi-?fi)"
# who, or a device and whose it is ("Điện thoại của tôi", "my mother's laptop")
_SUBJECT = rf"(?:{WHO}|(?P<device>(?i:{alternatives(DEVICES)}))(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?)"
_SUBJECT_EN = (rf"(?:{WHO_EN}|(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+"
               rf"(?P<device>(?i:{alternatives(DEVICES_VI)})))")

# slow, weak, free … at a place ("Wifi ở đây chậm quá.", "Ở đây wifi có nhanh không?", "Wifi miễn phí à?")
_STATE = lazy(rf"(?:(?P<first>(?i:{alternatives(PLACES)}))\s*,?\s+)?(?P<net>(?i:{alternatives(_NETS)}))"
              rf"(?:\s+{_PLACE})?\s+(?:(?P<ask>có)\s+)?(?:(?P<pre>rất|hơi|bị)\s+)?"
              rf"(?P<state>{alternatives(_STATES)})(?:\s+(?P<post>quá|lắm))?(?:\s+(?P<asked>không|à))?"
              rf"{SOFTENED_END}")
_FREE = lazy(rf"(?:{_PLACE}\s+)?(?i:có)\s+wifi\s+miễn\s+phí\s+không{SOFTENED_END}")
# the password or the name asked, asked for, known, had or needed
_ASKED = lazy(rf"(?P<what>(?i:mật\s+khẩu|tên))\s+(?:của\s+)?{_WIFI}\s+là\s+gì{SOFTENED_END}")
_GIVE = lazy(rf"(?i:cho)\s+(?:tôi|mình|em)\s+xin\s+mật\s+khẩu\s+{_WIFI}(?:\s+(?P<can>được\s+không)|"
             r"\s+(?:với|nhé|nha))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
_KNOW = lazy(rf"{WHO}\s+có\s+biết\s+mật\s+khẩu\s+{_WIFI}\s+không{SOFTENED_END}")
_NEEDS = lazy(rf"{_WIFI}\s+(?:(?P<ask>có)\s+(?P<need>cần\s+)?|(?P<not>không)\s+(?:(?P<need2>cần)|có)\s+)"
              rf"mật\s+khẩu(?:\s+(?P<asked>không))?{SOFTENED_END}")
# connecting ("Tôi không kết nối được wifi.", "Bạn kết nối được wifi chưa?", "Tôi đã kết nối wifi rồi."), no
# internet ("Điện thoại của tôi không có mạng."), dropping ("Wifi cứ chập chờn.", "Tôi cứ bị mất kết nối.")
_CONNECT = lazy(rf"{_SUBJECT}\s+(?:(?P<still>vẫn)\s+)?(?:(?P<did>đã)\s+)?"
                r"(?:(?P<not>không)\s+(?:(?P<can>thể)\s+)?|(?P<ask>có)\s+)?(?:kết\s+nối|(?P<in>vào))"
                r"(?:\s+(?P<able>được))?"
                r"(?:\s+(?:với|vào))?\s+"
                rf"(?P<net>(?i:{alternatives(_ONLINE)}))(?:\s+(?P<able2>được))?(?:\s+(?P<done>rồi|chưa|không))?"
                rf"{SOFTENED_END}")
_NONE = lazy(rf"{_SUBJECT}\s+(?:(?P<still>vẫn)\s+)?(?:(?P<not>không|chưa)\s+có|(?P<ask>có))\s+(?:mạng|internet)"
             rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_KEEPS = lazy(rf"(?:(?P<net>(?i:{alternatives(_ONLINE)}))|{_SUBJECT})\s+(?:cứ|liên\s+tục)\s+(?:bị\s+)?"
              r"(?P<drop>mất\s+kết\s+nối|ngắt\s+kết\s+nối|ngắt|rớt(?:\s+mạng)?|chập\s+chờn)"
              rf"(?:\s+(?:(?:với|khỏi)\s+)?(?P<net2>(?i:wi-?fi)))?{SOFTENED_END}")

# ... and in English
_STATE_EN = lazy(rf"(?:(?P<q>Is)\s+)?[Tt]he\s+(?P<net>(?i:{alternatives(_NETS_VI)})){_place_en()}"
                 rf"(?P<be>\s+is|['’]s)?\s+(?:(?P<very>{alternatives(_VERY_VI)})\s+)?"
                 rf"(?P<state>{alternatives(_STATES_VI)}){_place_en('2')}\s*(?P<end>[.!?]*)")
_FREE_EN = lazy(rf"Is\s+there\s+(?:any\s+)?free\s+{_WIFI_EN}{_place_en()}\s*\?+")
_ASKED_EN = lazy(rf"What(?:['’]s|\s+is)\s+the\s+(?:{_WIFI_EN}\s+(?:network\s+)?(?P<what>password|name)|"
                 rf"(?P<what2>password|name)\s+(?:for|of)\s+the\s+{_WIFI_EN}(?:\s+network)?|"
                 rf"{_WIFI_EN}(?:\s+network)?{_place_en('2')}\s+(?P<called>called)){_place_en()}\s*\?+")
_GIVE_EN = lazy(rf"(?:Can|Could|May)\s+(?P<we>I|we)\s+(?:please\s+)?(?:have|get)\s+the\s+{_WIFI_EN}\s+"
                rf"password{_place_en()}(?:,?\s+please)?\s*\?+")
_KNOW_EN = lazy(rf"(?P<do>Do|Does)\s+{WHO_EN}\s+know\s+the\s+{_WIFI_EN}\s+password{_place_en()}\s*\?+")
_NEEDS_EN = lazy(rf"(?:(?P<do>Does)\s+)?[Tt]he\s+{_WIFI_EN}{_place_en()}(?:\s+(?P<not>doesn['’]t|does\s+not))?"
                 r"\s+(?P<verb>have|has|need|needs)\s+a\s+password\s*(?P<end>[.!?]*)")
_NET_EN = r"the\s+(?P<net>(?i:wi-?fi|internet))"
_CONNECT_EN = [
    lazy(rf"{_SUBJECT_EN}(?P<still>\s+still)?\s+(?P<neg>can['’]t|cannot|can\s+not|couldn['’]t|could\s+not|"
         rf"won['’]t|will\s+not)\s+(?:connect\s+to|get\s+on(?:to)?)\s+{_NET_EN}\s*[.!]*"),
    lazy(rf"(?P<q>Can|Could|Have|Has|Are|Is)\s+{_SUBJECT_EN}\s+(?:(?P<can>connect)|connected)\s+to\s+"
         rf"{_NET_EN}(?:\s+yet)?\s*\?+"),
    lazy(rf"{_SUBJECT_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|['’]m|\s+am|['’]re|\s+are|\s+is)(?:\s+now)?\s+"
         rf"connected\s+to\s+{_NET_EN}(?:\s+now)?\s*[.!]*")]
_NONE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_SUBJECT_EN}(?P<still>\s+still)?\s+(?:(?P<has>has|have)(?P<no>\s+no)?|"
                r"(?P<dont>doesn['’]t|don['’]t|does\s+not|do\s+not)\s+have)\s+(?:any\s+)?internet"
                r"\s*(?P<end>[.!?]*)")
_KEEPS_EN = lazy(rf"(?:[Tt]he\s+(?P<net>(?i:wi-?fi|internet))|(?P<it>It)|{_SUBJECT_EN})\s+"
                 r"(?P<keep>keeps?)\s+(?P<drop>disconnecting|dropping\s+out|cutting\s+out|getting\s+disconnected|"
                 rf"losing\s+(?:the\s+)?connection)(?:\s+from\s+the\s+(?P<net2>{_WIFI_EN}))?\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about the wifi or the internet connection (slow, free, its password, connecting,
    none on a phone, dropping); None for any other."""
    if src == "vi":
        return _state(text) or _password(text) or _needs(text) or _connect(text) or _none(text) or _keeps(text)
    return (_state_vi(text) or _password_vi(text) or _needs_vi(text) or _connect_vi(text) or _none_vi(text) or
            _keeps_vi(text))


def _where(m: re.Match) -> str:
    """Where a match of _PLACE says, in English after a space: " here", " at my house", " in my room"; "" for none."""
    if m["place"]:
        return f" {PLACES[keyed(m['place'])]}"
    owned = m["owned"] and OWNED[keyed(m["owned"])]
    return f" {'at' if owned == 'house' else 'in'} {OWNERS[keyed(m['owner'])]} {owned}" if owned else ""


def _where_vi(m: re.Match, n: str = "") -> str:
    """Where a match of _place_en(n) says, in Vietnamese after a space: " ở đây", " nhà tôi"; "" for none."""
    if m[f"place{n}"]:
        return f" {PLACES_VI[keyed(m[f'place{n}'])]}"
    return f" {OWNED_VI[keyed(m[f'owned{n}'])]} {WHOSE_VI[m[f'owner{n}'].lower()]}" if m[f"owned{n}"] else ""


def _subject(m: re.Match, asked: bool) -> tuple[str, bool, bool] | None:
    """Who or the device of a match of _SUBJECT in English, whether it takes "does", and whether it is a device:
    ("my phone", True, True), ("my mother", True, False), ("I", False, False); None for who is not known ("Anh")."""
    if not m["device"]:
        said = who(m, asked)
        return said and (*said, False)
    thing = DEVICES[keyed(m["device"])]
    named = m["someone"] and someone(m["someone"], "vi")
    if m["someone"] and not named:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{named}'s" if named else "this" if m["this"] else "the"
    return f"{whose} {thing}", True, True


def _subject_vi(m: re.Match) -> tuple[str, bool, bool] | None:
    """Who or the device of a match of _SUBJECT_EN in Vietnamese, whether English says it as one, and whether it is a
    device: ("điện thoại của tôi", True, True), ("mẹ tôi", True, False); None for someone not known."""
    if not m["device"]:
        return (*who_vi(m), False)
    device, det = DEVICES_VI[keyed(m["device"])], (m["det"] or "").lower()
    whose = someone(m["named"], "en") if m["named"] else det != "the" and ("này" if det == "this" else WHOSE_VI[det])
    if m["named"] and not whose:
        return None
    return f"{device}{'' if not whose else ' này' if whose == 'này' else f' của {whose}'}", True, True


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether "is", "are", "am", "has", "does" … (`word`, as said) agrees with who (`who_`, `one` as who_vi gives)."""
    word = be_said(word).replace("'ve", "have")
    return one if word in _ONE else who_ == "tôi" if word == "am" else not one and (word != "are" or who_ != "tôi")


def _state(text: str) -> str | None:
    """"Wifi ở đây chậm quá." as "The wifi here is really slow.", "Ở đây wifi có nhanh không?" as "Is the wifi fast
    here?", "Wifi miễn phí à?" as "Is the wifi free?" (_STATE); None for anything else, and for "Wifi chậm quá." (no
    place: mt/broken.py's); "Ở đây có wifi miễn phí không?" as "Is there free wifi here?" (_FREE)."""
    if (m := _FREE.fullmatch(text)) and "?" in m["end"]:
        return f"Is there free wifi{_where(m)}?"
    m = _STATE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != (m["asked"] == "không"):
        return None
    net, state = _NETS[keyed(m["net"])], _STATES[keyed(m["state"])]
    where, first, very = _where(m), m["first"] and f" {PLACES[keyed(m['first'])]}", m["pre"] or m["post"]
    if net not in _OF[state] or where and first or state == "slow" and not (where or first) or very and (
            m["pre"] and m["post"] or m["asked"] or state == "free" or m["pre"] == "bị" and state != "slow"):
        return None
    very = f"{_VERY[very]} " if very and _VERY[very] else ""
    return f"Is the {net}{where} {state}{first or ''}?" if m["asked"] else \
        f"The {net}{where} is {very}{state}{first or ''}."


def _password(text: str) -> str | None:
    """"Mật khẩu wifi ở đây là gì?" as "What's the wifi password here?", "Tên wifi là gì?" as "What's the wifi
    called?" (_ASKED), "Cho tôi xin mật khẩu wifi." as "Could I have the wifi password, please?" (_GIVE), "Bạn có
    biết mật khẩu wifi không?" as "Do you know the wifi password?" (_KNOW); None for anything else."""
    if m := _ASKED.fullmatch(text):
        name = keyed(m["what"]) == "tên"
        return f"What's the wifi{_where(m) if name else ''}{' called' if name else f' password{_where(m)}'}?" if \
            "?" in m["end"] else None
    if m := _GIVE.fullmatch(text):
        return f"Could I have the wifi password{_where(m)}, please?" if bool(m["can"]) == ("?" in m["end"]) else None
    m = _KNOW.fullmatch(text)
    said = m and "?" in m["end"] and who(m, True)
    return said and f"{'Does' if said[1] else 'Do'} {said[0]} know the wifi password{_where(m)}?"


def _needs(text: str) -> str | None:
    """"Wifi có mật khẩu không?" as "Does the wifi have a password?", "Wifi ở đây không cần mật khẩu." as "The wifi
    here doesn't need a password." (_NEEDS); None for anything else."""
    m = _NEEDS.fullmatch(text)
    if not m or bool(m["ask"]) != bool(m["asked"]) or bool(m["asked"]) != ("?" in m["end"]):
        return None
    verb = "need" if m["need"] or m["need2"] else "have"
    return f"Does the wifi{_where(m)} {verb} a password?" if m["ask"] else \
        f"The wifi{_where(m)} doesn't {verb} a password."


def _connect(text: str) -> str | None:
    """"Tôi không kết nối được wifi." as "I can't connect to the wifi.", "Điện thoại của tôi không vào được mạng." as
    "My phone won't connect to the internet.", "Bạn có kết nối được wifi không?" as "Can you connect to the wifi?",
    "Bạn đã kết nối wifi chưa?" as "Have you connected to the wifi yet?", "Tôi kết nối wifi rồi." as "I've
    connected to the wifi." (_CONNECT); None for anything else."""
    m = _CONNECT.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != (m["done"] in ("chưa", "không")) or bool(m["ask"]) != (m["done"] == "không"):
        return None
    said, can, not_or_ask = _subject(m, asked), m["able"] or m["able2"] or m["can"], m["not"] or m["ask"]
    online = m["in"] and keyed(m["net"]) in ("mạng", "internet")  # ("Bạn vào mạng chưa?": gone online, for what?)
    if said is None or asked and said[0] == "I" or not_or_ask and (m["did"] or not can) or \
            m["still"] and not m["not"] or m["not"] and m["done"] or online and not m["not"]:
        return None
    (who_, one, device), net = said, _NETS[keyed(m["net"])]
    if m["not"]:
        return capitalised(f"{who_}{' still' * bool(m['still'])} {'won' if device else 'can'}'t connect to the {net}.")
    if m["ask"]:
        return f"Can {who_} connect to the {net}?"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} connected to the {net} yet?"
    return capitalised(contracted(who_, f"{'has' if one else 'have'} connected to the {net}."))


def _none(text: str) -> str | None:
    """"Điện thoại của tôi không có mạng." as "My phone has no internet.", "Điện thoại của bạn có mạng không?" as "Does
    your phone have internet?" (_NONE); None for anything else."""
    m = _NONE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["still"]:
        return None
    said = _subject(m, asked)
    if said is None:
        return None
    if asked:
        return f"{'Does' if said[1] else 'Do'} {said[0]} have internet?"
    return capitalised(f"{said[0]}{' still' * bool(m['still'])} {'has' if said[1] else 'have'} no internet.")


def _keeps(text: str) -> str | None:
    """"Wifi cứ bị mất kết nối." as "The wifi keeps disconnecting.", "Mạng cứ chập chờn." as "The internet keeps
    cutting out.", "Điện thoại của tôi cứ bị mất kết nối wifi." as "My phone keeps disconnecting from the wifi.",
    "Tôi cứ bị mất kết nối." as "I keep getting disconnected." (_KEEPS); None for anything else."""
    m = _KEEPS.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    drop = keyed(m["drop"])
    lost = drop in ("mất kết nối", "ngắt kết nối", "ngắt")
    if m["net"]:
        drops = "disconnecting" if lost else "cutting out"
        return None if m["net2"] else f"The {_NETS[keyed(m['net'])]} keeps {drops}."
    said = _subject(m, False)
    if said is None or not (lost or drop == "rớt mạng" and not said[2]) or m["net2"] and not said[2]:
        return None
    if said[2]:
        return capitalised(f"{said[0]} keeps disconnecting{' from the wifi' * bool(m['net2'])}.")
    return capitalised(f"{said[0]} {'keeps' if said[1] else 'keep'} getting disconnected.")


def _state_vi(text: str) -> str | None:
    """"The wifi is really slow here." as "Wifi ở đây chậm quá.", "Is the wifi here free?" as "Wifi ở đây có miễn
    phí không?", "The wifi signal is weak." as "Sóng wifi yếu." (_STATE_EN); None for anything else, and for the
    wifi slow with no place (mt/broken.py's); "Is there free wifi here?" as "Ở đây có wifi miễn phí không?"
    (_FREE_EN)."""
    if m := _FREE_EN.fullmatch(text):
        return capitalised(f"{_where_vi(m)} có wifi miễn phí không?".lstrip())
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    net, state, very = _NETS_VI[keyed(m["net"])], _STATES_VI[m["state"]], _VERY_VI.get(keyed(m["very"] or ""))
    where, where2 = _where_vi(m), _where_vi(m, "2")
    if _NETS[net] not in _OF[m["state"]] or where and where2 or state == "chậm" and not where + where2 or \
            very and (m["q"] or state == "miễn phí"):
        return None
    said = f"{net}{where}{where2}"
    if m["q"]:
        return capitalised(f"{said} có {state} không?")
    return capitalised(f"{said} {state} quá." if very == "quá" else f"{said} {very} {state}." if very else
                       f"{said} {state}.")


def _password_vi(text: str) -> str | None:
    """"What's the wifi password here?" as "Mật khẩu wifi ở đây là gì?", "What's the wifi called?" as "Tên wifi là
    gì?" (_ASKED_EN), "Can I have the wifi password?" as "Cho tôi xin mật khẩu wifi được không?" (_GIVE_EN), "Do you
    know the wifi password?" as "Bạn có biết mật khẩu wifi không?" (_KNOW_EN); None for anything else, "Does you"."""
    if m := _ASKED_EN.fullmatch(text):
        what = "Tên" if m["called"] or "name" in (m["what"], m["what2"]) else "Mật khẩu"
        return None if _where_vi(m) and _where_vi(m, "2") else f"{what} wifi{_where_vi(m)}{_where_vi(m, '2')} là gì?"
    if m := _GIVE_EN.fullmatch(text):
        return f"Cho {'tôi' if m['we'] == 'I' else 'chúng tôi'} xin mật khẩu wifi{_where_vi(m)} được không?"
    m = _KNOW_EN.fullmatch(text)
    said = m and who_vi(m)
    ok = said and _agrees(m["do"], *said)
    return capitalised(f"{said[0]} có biết mật khẩu wifi{_where_vi(m)} không?") if ok else None


def _needs_vi(text: str) -> str | None:
    """"Does the wifi have a password?" as "Wifi có mật khẩu không?", "The wifi doesn't need a password." as "Wifi
    không cần mật khẩu." (_NEEDS_EN); None for anything else."""
    m = _NEEDS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or bool(m["do"] or m["not"]) != (m["verb"] in ("have", "need")):
        return None
    need = m["verb"].startswith("need")
    if m["do"]:
        return f"Wifi{_where_vi(m)} có {'cần ' * need}mật khẩu không?"
    return f"Wifi{_where_vi(m)} {'không ' * bool(m['not'])}{'cần' if need else 'có'} mật khẩu."


def _connect_vi(text: str) -> str | None:
    """"I can't connect to the wifi." as "Tôi không kết nối được wifi.", "My phone won't connect to the wifi." as
    "Điện thoại của tôi không kết nối được wifi.", "Can you connect to the wifi?" as "Bạn có kết nối được wifi
    không?", "Are you connected to the wifi?" as "Bạn đã kết nối wifi chưa?", "I've connected to the wifi." as "Tôi
    đã kết nối wifi rồi." (_CONNECT_EN); None for anything else, for who "won't", and where the verb does not
    agree."""
    m = next((m for p in _CONNECT_EN if (m := p.fullmatch(text))), None)
    said = m and _subject_vi(m)
    if not said:
        return None
    who_, one, device = said
    groups, net = m.groupdict(), _NETS_VI[keyed(m["net"])]
    if "neg" in groups:
        if not device and m["neg"].lower().startswith(("won", "will")):
            return None  # ("I won't connect": will not)
        return capitalised(f"{who_}{' vẫn' * bool(m['still'])} không kết nối được {net}.")
    if "q" in groups:
        q = m["q"].lower()
        if bool(m["can"]) != (q in ("can", "could")) or not m["can"] and not _agrees(q, who_, one):
            return None
        return capitalised(f"{who_} có kết nối được {net} không?" if m["can"] else f"{who_} đã kết nối {net} chưa?")
    return capitalised(f"{who_} đã kết nối {net} rồi.") if _agrees(m["aux"], who_, one) else None


def _none_vi(text: str) -> str | None:
    """"My phone has no internet." and "My phone doesn't have internet." as "Điện thoại của tôi không có mạng.", "Does
    your phone have internet?" as "Điện thoại của bạn có mạng không?" (_NONE_EN); None for anything else."""
    m = _NONE_EN.fullmatch(text)
    said = m and _subject_vi(m)
    if not said or bool(m["do"]) != ("?" in m["end"]):
        return None
    if m["do"]:
        ok = m["has"] == "have" and not (m["no"] or m["still"]) and _agrees(m["do"], *said[:2])
        return capitalised(f"{said[0]} có mạng không?") if ok else None
    verb = m["has"] if m["no"] else m["dont"] and m["dont"].split()[0].lower().replace("’", "'").removesuffix("n't")
    if not verb or not _agrees(verb, *said[:2]) or m["dont"] and m["still"]:
        return None
    return capitalised(f"{said[0]}{' vẫn' * bool(m['still'])} không có mạng.")


def _keeps_vi(text: str) -> str | None:
    """"The wifi keeps dropping out." as "Wifi cứ chập chờn.", "It keeps disconnecting." as "Nó cứ bị mất kết nối.",
    "My phone keeps disconnecting from the wifi." as "Điện thoại của tôi cứ bị mất kết nối wifi.", "I keep getting
    disconnected." as "Tôi cứ bị mất kết nối." (_KEEPS_EN); None for anything else."""
    m = _KEEPS_EN.fullmatch(text)
    if not m:
        return None
    drop = keyed(m["drop"])
    if m["net"] or m["it"]:  # (what drops: the wifi, the internet, "it")
        said = "cứ bị mất kết nối" if drop == "disconnecting" else "cứ chập chờn" if drop.endswith(" out") else None
        subject = "Nó" if m["it"] else capitalised(_NETS_VI[m["net"].lower()])
        ok = said and m["keep"] == "keeps" and not m["net2"] and not (m["it"] and drop != "disconnecting")
        return f"{subject} {said}." if ok else None
    said = _subject_vi(m)  # (a device disconnects; a person gets disconnected)
    if not said or (m["keep"] == "keeps") != said[1] or said[2] != (drop == "disconnecting") or \
            drop.endswith(" out") or m["net2"] and not said[2]:
        return None
    return capitalised(f"{said[0]} cứ bị mất kết nối{' wifi' * bool(m['net2'])}.")
