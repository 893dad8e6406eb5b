"""A phone's, a laptop's or a camera's battery, both ways, written whole by rule: dead, about to die, low, charging,
fully charged, not charging, how much is left, slow to charge or never full, worn out or draining fast, and who charges
it, forgot to, or asks where or whether they can charge it or plug it in. v8 with every other rule reads "pin yếu" as
weak, "đầy" as full of, "còn" as "is", "die" as "chết", "low" as "thấp": "Pin điện thoại tôi yếu rồi." → "My phone
battery is weak.", "Điện thoại mẹ tôi hết pin rồi." → "My mother out of battery phone.", "Điện thoại của tôi đầy pin
rồi." → "My phone is full of battery.", "Điện thoại của tôi không sạc được." → "My phone isn't charged.", "Điện thoại
của tôi còn 5% pin." → "My phone is 5% of battery.", "Bạn đã sạc điện thoại chưa?" → "Are you charging the phone?", "Tôi
có thể cắm điện ở đâu?" → "Where do I plugged out?"; "My phone is about to die." → "Điện thoại của tôi sắp chết.", "My
battery is low." → "Pin của tôi thấp.", "My phone is low on battery." → "Điện thoại của tôi thấp trên pin.", "My phone
is fully charged." → "Điện thoại của tôi đầy đủ đã sạc đầy.", "How much battery does your phone have left?" → "Bạn đã bỏ
pin bao nhiêu?". "sạc" after "quên" is read as a charger, "chai" as a bottle, "mãi" as forever, "worn out" as "mặc
định": "Tôi quên sạc pin." → "I forgot my charger battery.", "Tối qua tôi quên sạc điện thoại." → "Last night, I forgot
my charger phone.", "Điện thoại tôi sạc mãi không đầy." → "My phone chargeless forever.", "Điện thoại tôi sạc lâu đầy."
→ "My phone has long been charged.", "Pin điện thoại tôi chai rồi." → "My phone battery is bottled.", "Pin điện thoại
bạn có bị chai không?" → "Do you have a bottle?", "Pin điện thoại tôi nhanh hết." → "My phone battery is all fast."; "My
phone takes ages to charge." → "Điện thoại của tôi mất thời gian để sạc.", "My phone battery is worn out." → "Pin điện
thoại của tôi đã mặc định.", "My phone battery drains fast." → "Pin điện thoại của tôi nhanh chóng.".

Taken: a device of DEVICES (its owner of mt.terms.OWNERS or mt.hobbies.SOMEONE after it, or "my", "Lan's" before it), or
its battery ("Pin điện thoại tôi", "Pin của tôi", "my phone's battery", "my battery"), dead or about to die (those of
someone, of "anh ấy", or with "Pin" first: "hết pin" of the speaker's, the listener's or no one's is mt/mishaps.py's),
low, charging, fully charged (or asked "… chưa?"), not charging, with some per cent left or asked how much or whether
any; who (mt.hobbies.WHO, WHO_EN) is charging, needs, has or wants to charge, or has charged their own device (asked "…
chưa?"), can charge it here or asks where, or plugs it, the charger or nothing in; who (one) forgot to charge their own
device or battery ("quên sạc pin", "quên không sạc điện thoại", or a night behind: "Tối qua tôi quên sạc điện
thoại."; asked "… à?"); a device or battery that charges slowly, takes long or forever, never or won't charge fully
(_SLOW); a battery (the word "pin" once) worn out ("chai") or draining fast, or asked ("có … không?"). Left: "sạc" with
no device ("Tôi có thể sạc ở đây không?"), "sạc điện thoại" after "có", or "sạc" a device or its battery after "quên"
with no night, "không" or "chưa" (also a charger: "Bạn có sạc điện thoại không?", "Tôi quên sạc điện thoại.", "Sáng nay
tôi quên sạc laptop.", "Tôi quên sạc pin máy ảnh."), "máy tính" (a desktop or a calculator?), "chai" or "drains" of a
device, not its battery, a person "chai", "nhanh hết rồi" (ran out once?), "quá", "so" … asked of draining (too fast?),
a device or battery of "chúng tôi", "họ" and several forgetting ("our phones"?), someone else's device charged,
chargers borrowed, brought, forgotten or lost (mt/loans.py, mt/bring_along.py, mt/finding.py, the phrasebook's "Cho
tôi mượn sạc được không?"), the power off (mt/outages.py), "Ở đây có chỗ sạc điện thoại không?" (mt/patterns.py's),
and a device broken (mt/broken.py). mt.phrasebook.translate tries these after mt/homework.py.

    >>> translate("Pin điện thoại tôi yếu rồi.", "vi", "en"), translate("My phone is about to die.", "en", "vi")
    ('My phone is low on battery.', 'Điện thoại của tôi sắp hết pin.')
"""
from __future__ import annotations

import re

from .broken import THINGS, THINGS_VI
from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import CARRIED_EN, OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_WHO_VI, EN_WHOSE, SOFTENED_END, agreement_asked, alternatives, be_said,
                   capitalised, contracted, keyed, present)

# what runs on a battery (the first Vietnamese of each is written back: "máy tính xách tay", as mt/broken.py)
DEVICES = {vi: en for vi, en in (THINGS | CARRIED_EN).items() if en in ("phone", "laptop", "camera")}
DEVICES_VI = {en: vi for en, vi in THINGS_VI.items() if vi in DEVICES}
_KEYS = {"vi": lazy(r"(?i:\bpin|sạc|cắm)"), "en": lazy(r"(?i:batter|charg|dead|\bdie|\bdying|plug|\blow)")}
_DEV = rf"(?i:{alternatives(DEVICES)})"
# (mt/mishaps.py takes "… hết pin" of these owners' devices, and of a device of no one's)
_MISHAPS_OWNERS = {"tôi", "mình", "bạn", "chúng tôi"}
_SEVERAL = {"our", "their"}  # (whose of more than one: "Điện thoại chúng tôi", one phone or several?)

# a device or its battery, whose after it ("Điện thoại mẹ tôi", "Pin điện thoại của tôi", "Pin của tôi", "Pin"), or
# who (only for what is left: "Tôi còn 10% pin.")
_SUBJECT = (rf"(?:(?:(?P<pin>[Pp]in)(?:\s+(?P<device0>{_DEV}))?|(?:(?i:cái|chiếc)\s+)?(?P<device>{_DEV}))"
            rf"(?:\s+(?:của\s+)?{OWNER})?|{WHO})")
_STATE = lazy(
    rf"{_SUBJECT}\s+(?:(?P<dead>(?P<soon>sắp\s+)?hết(?P<of>\s+pin)?)|(?P<low>(?:pin\s+)?yếu(?:\s+pin)?)"
    r"(?:\s+(?P<very>lắm|quá))?|(?P<charging>đang\s+sạc(?:\s+pin)?)|(?P<full>(?:đã\s+)?(?P<by>sạc\s+)?đầy(?:\s+pin)?)|"
    r"(?P<wont>không\s+sạc\s+được)|còn\s+(?:(?P<pct>\d{1,3})\s*%\s+pin|(?P<how>bao\s+nhiêu\s+(?:phần\s+trăm\s+)?pin)|"
    rf"(?P<any>pin)))(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# who charges their device, or plugs it in ("Tôi đang sạc điện thoại.", "Tôi có thể cắm sạc ở đâu?")
_CHARGE = lazy(
    rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|cần|phải|muốn|đã|có\s+thể)\s+)?(?P<verb>sạc|cắm\s+sạc|cắm\s+điện)"
    rf"(?:\s+(?:(?i:cái|chiếc)\s+)?(?P<device>{_DEV}))?(?:\s+ở\s+(?:(?P<here>đây)|(?P<where>đâu)))?"
    rf"(?:\s+(?P<can>được))?(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{ASKED_END}")
_AUX = {"cần": "need", "phải": "have", "muốn": "want"}  # (English says them with "to")
_AUX_VI = {"need": "cần", "needs": "cần", "have": "phải", "has": "phải", "want": "muốn", "wants": "muốn"}

# ... and in English: a device ("my phone", "Lan's laptop", "the camera") or its battery ("my phone's battery",
# "my phone battery", "my battery", "the battery")
_DEVICE_EN = (rf"(?:(?P<whose>(?i:{WHOSE_WORDS}|the))\s+|(?P<someone>{SOMEONE_EN})['’]s\s+)"
              rf"(?P<device>(?i:{alternatives(DEVICES_VI)}))")
_SUBJECT_EN = rf"(?:{_DEVICE_EN}(?P<its>(?:['’]s)?\s+battery)?|(?P<bwhose>(?i:{WHOSE_WORDS}|the))\s+battery)"
_STATE_EN = lazy(
    rf"{_SUBJECT_EN}(?:(?:\s+is|['’]s)(?P<not>n['’]t|\s+not)?\s+(?:(?P<dead>dead)|(?P<dying>about\s+to\s+die|dying|"
    r"(?:almost|nearly)\s+dead)|(?P<low>(?:(?:very|really)\s+)?low|running\s+low)(?P<on>\s+on\s+battery)?|"
    r"(?P<charging>charging)|(?P<charged>(?:fully\s+)?charged(?:\s+now)?)|(?P<full>full))|\s+(?P<died>just\s+died|"
    r"died)|\s+(?:won['’]t|will\s+not)\s+(?P<wont>charge)|\s+has\s+(?P<pct>\d{1,3})\s*%\s+(?:battery\s+)?left)"
    r"\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?:(?P<is>Is)|(?P<how>How\s+much\s+battery\s+)?(?P<does>[Dd]oes))\s+{_DEVICE_EN}\s+"
                 r"(?:(?:fully\s+)?(?P<charged>charged)(?:\s+yet)?|have\s+(?P<any>any\s+battery\s+)?left)\s*\?+")
# ... what is left, of who ("I have 10% battery left.", "How much battery do you have left?")
_LEFT_EN = lazy(rf"(?:(?P<how>How\s+much\s+battery\s+)?(?P<do>[Dd]o|[Dd]oes)\s+)?{WHO_EN}\s+(?P<have>have|has)\s+"
                r"(?:(?P<pct>\d{1,3})\s*%\s+battery\s+|(?P<any>any\s+battery\s+))?left\s*(?P<end>[.!?]*)")
# who charges their own device ("I'm charging my phone.", "Have you charged your phone?", "Where can I plug it in?")
_OWN = rf"(?P<own>(?i:{WHOSE_WORDS}))\s+(?P<device>(?i:{alternatives(DEVICES_VI)}))"
_CHARGE_EN = lazy(
    rf"(?:(?P<do>Do|Does|Have|Has|Did)\s+)?{WHO_EN}(?:{BE_EN}\s+(?P<ing>charging)|\s+(?P<aux>needs?|has|have|wants?)"
    rf"\s+to\s+charge|(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?:\s+just)?\s+(?P<ed>charged)|\s+(?P<charge>charge))"
    rf"\s+{_OWN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_PLUGGED = rf"(?i:charger|{alternatives(DEVICES_VI)})"
_CAN_EN = lazy(
    rf"(?:(?P<where>Where)\s+(?P<can>can|could)|(?P<Can>Can|Could|May))\s+{WHO_EN}\s+(?:(?P<charge>charge)\s+{_OWN}|"
    rf"plug\s+(?:(?:it|this)\s+in|in(?:\s+(?P<own2>(?i:{WHOSE_WORDS}))\s+(?P<thing>{_PLUGGED}))?|"
    rf"(?P<own3>(?i:{WHOSE_WORDS}))\s+(?P<thing3>{_PLUGGED})\s+in))(?:\s+(?P<here>here))?\s*(?P<end>[.!?]*)")

# who forgot to charge their own device or battery ("Tối qua tôi quên sạc điện thoại.", "Bạn quên sạc pin à?"); not
# "quên sạc" alone, with whose after it, or "quên sạc (pin) điện thoại" with no night, "không" or "chưa" (a charger?)
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "hôm nay", "sáng nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?i:{alternatives(_DAYS)})"
_NIGHTS = {"tối qua", "tối hôm qua", "đêm qua"}  # (when a device is charged: "Hôm qua …" may be a charger left)
_FORGOT = lazy(rf"(?:(?P<day>{_DAY})\s*,?\s+)?{WHO}\s+(?:đã\s+)?quên(?:\s+mất)?\s+(?:(?P<not>không|chưa)\s+)?sạc"
               rf"(?:\s+(?P<pin>pin))?(?:\s+(?P<device>{_DEV}))?(?:\s+(?P<day2>{_DAY}))?(?:\s+rồi|\s+(?P<a>à))?"
               rf"{SOFTENED_END}")
_FORGOT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}\s+(?P<verb>forgot|forget)\s+to\s+charge\s+(?P<own>(?i:{WHOSE_WORDS}))"
                  rf"\s+(?:(?P<device>(?i:{alternatives(DEVICES_VI)}))s?(?P<its>\s+battery)?|battery)"
                  rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?\s*(?P<end>[.!?]*)")
# a device slow to charge or never full, its battery worn out ("chai") or draining fast ("Pin điện thoại tôi chai rồi.")
_SLOW = {"mãi không đầy": "never charges fully", "mãi mà không đầy": "never charges fully", "mãi chẳng đầy":
         "never charges fully", "không bao giờ đầy": "never charges fully", "không đầy": "won't charge fully",
         "mãi mới đầy": "takes forever to charge", "lâu đầy": "takes a long time to charge", "lâu mới đầy":
         "takes a long time to charge", "rất lâu mới đầy": "takes a long time to charge", "lâu quá":
         "takes so long to charge", "chậm": "charges slowly", "chậm quá": "charges so slowly", "rất chậm":
         "charges very slowly"}
_SLOW_EN = {"takes forever to charge": "sạc mãi mới đầy", "takes ages to charge": "sạc mãi mới đầy",
            "takes a long time to charge": "sạc rất lâu mới đầy", "takes so long to charge": "sạc lâu quá",
            "charges slowly": "sạc chậm", "charges so slowly": "sạc chậm quá", "charges very slowly": "sạc rất chậm",
            "charges really slowly": "sạc rất chậm", "never charges fully": "sạc mãi không đầy",
            "never fully charges": "sạc mãi không đầy", "won't charge fully": "sạc không đầy"}
_SLOWS_EN = alternatives(_SLOW_EN).replace("'", "['’]")  # ("won’t charge fully" typed with a curly apostrophe)
_WEAR = lazy(rf"{_SUBJECT}\s+(?:(?P<ask>có)\s+)?(?:(?P<bi>bị)\s+)?(?:(?P<worn>chai)(?P<of>\s+pin)?|(?P<fast>nhanh\s+)?"
             rf"(?:hết|hao)(?P<of2>\s+pin)?(?(fast)|\s+nhanh)|sạc\s+(?P<slow>{alternatives(_SLOW)}))"
             rf"(?:\s+(?P<very>quá|lắm))?(?:\s+(?P<done>rồi))?{ASKED_END}")
_WEAR_EN = lazy(rf"(?:(?P<q>Is|Does)\s+)?{_SUBJECT_EN}(?P<is>\s+is|['’]s)?\s+(?:(?P<worn>worn\s+out)|"
                r"(?P<drain>drains?)\s+(?:(?P<very>really|so|very)\s+)?(?:fast|quickly)|"
                rf"(?P<slow>{_SLOWS_EN}))\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence on how a device's battery is, or who charges it or where; None for any other."""
    if src == "vi":
        return _state(text) or _charge(text) or _forgot(text) or _wear(text)
    return _state_vi(text) or _asked_vi(text) or _charge_vi(text) or _can_vi(text) or _forgot_vi(text) or _wear_vi(text)


def _subject(m: re.Match) -> str:
    """The device or battery of a match of _SUBJECT in English: "my mother's laptop", "my battery", "the battery"."""
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s" if m["someone"] else "the"
    device = m["device"] or m["device0"]
    return f"{whose} {DEVICES[keyed(device)] if device else 'battery'}"


def _state(text: str) -> str | None:
    """"Điện thoại mẹ tôi hết pin rồi." as "My mother's phone is dead.", and the other states of _STATE; else None."""
    if not (m := _STATE.fullmatch(text)):
        return None
    asked, pin, device = "?" in m["end"], bool(m["pin"]), bool(m["device"] or m["device0"])
    if _unsaid(m, asked, pin):
        return None
    if m["who"] or m["kin"] or m["given"] or m["titled"]:  # (who: only what is left: "Tôi còn 10% pin.")
        said = who(m, asked) if m["pct"] or m["how"] or m["any"] else None
        return None if said is None else _left_of(said[0], said[1], m)
    mishaps = not (pin or m["someone"]) and keyed(m["owner"] or "tôi") in _MISHAPS_OWNERS
    if _of_several(m) or m["dead"] and (bool(m["of"]) == pin or mishaps) or not (pin or device) or \
            m["full"] and not (m["by"] or pin or " pin" in m["full"]):
        return None
    subject, battery = _subject(m), not device
    if m["dead"]:
        dead = "dead" if not m["soon"] else "almost dead" if battery else "about to die"
        return capitalised(f"{subject} is {dead}.")
    if m["low"]:
        very = "very " if m["very"] else ""
        return capitalised(f"{subject} is {very}low." if battery else f"{subject} is {very}low on battery.")
    if m["charging"]:
        return capitalised(f"{subject} is charging.")
    if m["full"]:
        full = "full" if battery else "fully charged"
        return f"Is {subject} {full}?" if asked else capitalised(f"{subject} is {full}.")
    if m["wont"]:
        return capitalised(f"{subject} won't charge.")
    return _left_of(subject, True, m)


def _of_several(m: re.Match) -> bool:
    """Whether the device or battery of a match of _SUBJECT is of "chúng tôi", "họ" … (_SEVERAL: our phones?)."""
    return bool(m["owner"]) and OWNERS[keyed(m["owner"])] in _SEVERAL


def _unsaid(m: re.Match, asked: bool, pin: bool) -> bool:
    """Whether a match of _STATE is said as none of its states is: asked without "không", "chưa" or "bao nhiêu", "chưa"
    but of "đầy", "không" but of "còn pin", "rồi" asked or of "đang sạc", "pin" twice, what is left of "Pin"."""
    if asked != bool(m["asked"] or m["yet"] or m["how"]) or m["yet"] and not m["full"] or m["asked"] and not m["any"]:
        return True
    if m["any"] and not asked:  # ("Tôi còn pin.": some left, said; not "Do I have any left?")
        return True
    if m["done"] and (asked or m["how"] or m["any"] or m["charging"]):
        return True
    return pin and bool(" pin" in m.group(0)[3:] or m["pct"] or m["how"] or m["any"] or m["wont"])


def _left_of(subject: str, one: bool, m: re.Match) -> str:
    """What is left of a battery in English: "My phone has 5% battery left.", "How much battery do you have left?"."""
    do = "Does" if one else "Do"
    if m["how"]:
        return f"How much battery {do.lower()} {subject} have left?"
    if m["any"]:
        return f"{do} {subject} have any battery left?"
    return capitalised(f"{subject} {'has' if one else 'have'} {m['pct']}% battery left.")


def _charge(text: str) -> str | None:
    """"Mẹ tôi cần sạc điện thoại." as "My mother needs to charge her phone.", and the like of _CHARGE; None for
    anything else, and "sạc" with no device or after "có" alone (a charger had?)."""
    if not (m := _CHARGE.fullmatch(text)):
        return None
    verb, aux, asked = keyed(m["verb"]), keyed(m["aux"] or ""), "?" in m["end"]
    if asked != bool(m["asked"] or m["yet"] or m["where"]) or m["where"] and (m["asked"] or m["can"]) or \
            (verb == "cắm điện") == bool(m["device"]) and verb != "cắm sạc" or \
            m["ask"] and not m["asked"] or (said := who(m, asked)) is None:
        return None
    who_, one = said
    if (own := whose_own(m, who_)) is None or own in _SEVERAL and (m["device"] or verb == "cắm sạc"):
        return None  # ("Chúng tôi đang sạc điện thoại.": our phone or our phones?)
    thing = f"{own} {DEVICES[keyed(m['device'])]}" if m["device"] else f"{own} charger" if verb == "cắm sạc" else ""
    doing = f"charge {thing}" if verb == "sạc" else f"plug in {thing}".rstrip()
    if aux == "có thể" or m["can"]:
        if m["where"]:
            return f"Where can {who_} {doing}?"
        if m["ask"] or m["done"] or m["yet"] or m["can"] and (aux or not asked):
            return None
        here = " here" if m["here"] else ""
        return f"Can {who_} {doing}{here}?" if asked else capitalised(f"{who_} can {doing}{here}.") if here else None
    if verb != "sạc" or m["here"] or m["where"] or m["can"]:
        return None
    if m["yet"] and aux in ("", "đã") or m["done"] and aux in ("", "đã"):
        have = "Has" if one else "Have"
        return f"{have} {who_} charged {thing}?" if asked else capitalised(
            contracted(who_, f"{have.lower()} charged {thing}."))
    if aux == "đang" and not (asked or m["done"] or m["ask"]):
        return capitalised(contracted(who_, f"{be_of(EN_WHO_VI.get(who_.lower(), ''), one)} charging {thing}."))
    if aux in _AUX and not (m["done"] or m["yet"]) and (not asked or m["ask"] and aux != "phải"):
        return present(who_, one, _AUX[aux], f"to {doing}", asked)
    return None


def _device_vi(m: re.Match) -> str:
    """The device of a match of _DEVICE_EN in Vietnamese, or the battery of a match of _SUBJECT_EN as who has it:
    "điện thoại của tôi", "máy tính xách tay của mẹ tôi", "điện thoại", "tôi" (my battery), "" (the battery)."""
    if m["device"]:
        whose = m["whose"] and m["whose"].lower()
        owner = someone(m["someone"], "en") if m["someone"] else None if whose == "the" else WHOSE_VI[whose]
        device = DEVICES_VI[keyed(m["device"])]
        return f"{device} của {owner}" if owner else device
    whose = m["bwhose"].lower()
    return "" if whose == "the" else WHOSE_VI[whose]


def _state_vi(text: str) -> str | None:
    """"My phone is about to die." as "Điện thoại của tôi sắp hết pin.", and the like of _STATE_EN; None for anything
    else, "full" of a device, "charged" of a battery, and "died" without "just" of a device (broken?)."""
    m = _STATE_EN.fullmatch(text)
    if not m or (m["not"] and not m["charging"]) or m["on"] and (not m["device"] or m["its"]):
        return None
    device, said = bool(m["device"]), _device_vi(m)
    if m["full"] and device or m["charged"] and not device or m["pct"] and not device or m["died"] == "died" and device:
        return None
    if m["wont"] or m["not"]:
        return capitalised(f"{said} không sạc được.")
    if m["pct"]:
        return capitalised(f"{said} còn {m['pct']}% pin.")
    if m["dead"] or m["died"] or m["dying"]:
        done = "sắp hết pin." if m["dying"] else "vừa hết pin." if m["died"] and "just" in m["died"] else "hết pin rồi."
        if not (device or said):  # ("the battery")
            return "Pin sắp hết rồi." if m["dying"] else f"Hết {done[4:]}"
        return capitalised(f"{said} {done}")
    if m["low"]:
        return capitalised(f"{said} sắp hết pin." if device or said else "Pin yếu rồi.")
    battery = f"Pin của {said}" if said and not device else "Pin" if not device else said
    if m["charging"]:
        return capitalised(f"{battery} đang sạc.")
    return capitalised(f"{battery} đã sạc đầy pin rồi." if m["charged"] else f"{battery} đầy rồi.")


def _asked_vi(text: str) -> str | None:
    """"Is your phone fully charged?" as "Điện thoại của bạn đã sạc đầy chưa?", and the like of _ASKED_EN, _LEFT_EN;
    None for anything else, and where "does" or "has" does not agree with who."""
    if m := _ASKED_EN.fullmatch(text):
        if bool(m["is"]) != bool(m["charged"]) or not m["is"] and bool(m["how"]) == bool(m["any"]):
            return None
        said = _device_vi(m)
        return capitalised(f"{said} đã sạc đầy chưa?" if m["is"] else f"{said} còn bao nhiêu phần trăm pin?"
                           if m["how"] else f"{said} còn pin không?")
    if not (m := _LEFT_EN.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    asked = "?" in m["end"]
    if asked != bool(m["do"]) or bool(m["how"]) == bool(m["pct"] or m["any"]) and asked or not asked and not m["pct"] \
            or (m["have"] == "has") != (one and not m["do"]) or m["do"] and (m["do"].lower() == "does") != one:
        return None
    if not asked:
        return capitalised(f"{who_} còn {m['pct']}% pin.")
    return capitalised(f"{who_} còn {'bao nhiêu phần trăm pin?' if m['how'] else 'pin không?'}")


def _own_vi(m: re.Match, own: str) -> str | None:
    """Who of a match of WHO_EN in Vietnamese and whether "does" goes with them, where `own` ("my", "her") is theirs
    ("I … my", "my mother … her", "Lan … her"); None for another's ("I … your")."""
    who_, one = who_vi(m)
    own = own.lower()
    if m["who"]:
        return (who_, one) if EN_WHOSE.get(m["who"] if m["who"] == "I" else m["who"].lower()) == own else None
    mine = his_her(who_)
    return (who_, one) if own == mine or mine is None and own in ("his", "her") else None


def _charge_vi(text: str) -> str | None:
    """"I'm charging my phone." as "Tôi đang sạc điện thoại.", and the like of _CHARGE_EN; None for anything else,
    someone else's device, and where the verb does not agree with who."""
    m = _CHARGE_EN.fullmatch(text)
    if not m or (said := _own_vi(m, m["own"])) is None:
        return None
    who_, one = said
    asked, do = "?" in m["end"], (m["do"] or "").lower()
    device = DEVICES_VI[keyed(m["device"])]
    if asked != bool(do) or m["yet"] and not (m["ed"] and do in ("have", "has") or m["charge"] and do == "did"):
        return None
    if do:
        aux = (m["aux"] or "").lower()
        if (do in ("does", "has")) != one and do != "did" or not (aux in ("need", "want") and do in ("do", "does") or
                                                                  m["ed"] and do in ("have", "has") and not m["have"] or
                                                                  m["charge"] and do == "did"):
            return None
        if aux:
            return capitalised(f"{who_} có {_AUX_VI[aux]} sạc {device} không?")
        return capitalised(f"{who_} đã sạc {device} chưa?")
    if m["ing"]:
        return capitalised(f"{who_} đang sạc {device}.") if be_said(m["be"]) == be_of(who_, one) else None
    if m["aux"]:
        aux = m["aux"].lower()
        if (aux in ("needs", "has", "wants")) != one:
            return None
        return capitalised(f"{who_} {_AUX_VI[aux]} sạc {device}.")
    have = keyed(m["have"] or "").replace("’", "'")
    if m["ed"] and have and (have in ("has", "'s")) == one:
        return capitalised(f"{who_} đã sạc {device} rồi.")
    return None


def _can_vi(text: str) -> str | None:
    """"Where can I plug it in?" as "Tôi có thể cắm điện ở đâu?" (_CAN_EN); else None, and for another's device."""
    m = _CAN_EN.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["Can"] or m["where"]) or m["where"] and m["here"]:
        return None
    own, thing = m["own"] or m["own2"] or m["own3"], (m["thing"] or m["thing3"] or "").lower()
    said = _own_vi(m, own) if own else who_vi(m)
    if said is None:
        return None
    if m["charge"]:
        doing = f"sạc {DEVICES_VI[keyed(m['device'])]}"
    else:
        doing = "cắm sạc" if thing == "charger" else f"cắm sạc {DEVICES_VI[keyed(thing)]}" if thing else "cắm điện"
    return capitalised(f"{said[0]} có thể {doing} ở đâu?" if m["where"] else
                       f"{said[0]} có thể {doing}{' ở đây' if m['here'] else ''} không?")


def _forgot(text: str) -> str | None:
    """"Bạn quên sạc pin à?" as "Did you forget to charge your battery?", and the like of _FORGOT; None for anything
    else, "sạc" with no device or battery, "sạc (pin) điện thoại" with no night, "không" or "chưa" (a phone charger
    forgotten?), and who many ("our phones"?)."""
    m = _FORGOT.fullmatch(text)
    if not m or not (m["pin"] or m["device"]) or m["day"] and m["day2"] or agreement_asked(text):
        return None
    if m["device"] and not (m["not"] or keyed(m["day"] or m["day2"] or "") in _NIGHTS):
        return None  # (a charger forgotten?: "Tôi quên sạc pin máy ảnh.", "Sáng nay tôi quên sạc laptop.")
    asked = "?" in m["end"]
    said = who(m, asked) if asked == bool(m["a"]) else None
    if said is None or (own := whose_own(m, said[0])) in (None, "our", "their"):
        return None
    device = DEVICES[keyed(m["device"])] if m["device"] else ""
    thing = f"{device} battery".strip() if m["pin"] else device
    day = f" {_DAYS[keyed(m['day'] or m['day2'])]}" if m["day"] or m["day2"] else ""
    return f"Did {said[0]} forget to charge {own} {thing}{day}?" if asked else \
        capitalised(f"{said[0]} forgot to charge {own} {thing}{day}.")


def _forgot_vi(text: str) -> str | None:
    """"I forgot to charge my phone last night." as "Tối qua tôi quên sạc điện thoại.", and the like of _FORGOT_EN;
    None for anything else, someone else's device, and where "forget" does not go with "did"."""
    m = _FORGOT_EN.fullmatch(text)
    asked = m is not None and "?" in m["end"]
    if not m or asked != bool(m["did"]) or (m["verb"] == "forget") != asked or (said := _own_vi(m, m["own"])) is None:
        return None
    device = DEVICES_VI[keyed(m["device"])] if m["device"] else ""
    thing = f"pin {device}".strip() if m["its"] or not device else device
    day = f"{_DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{said[0]} quên sạc {thing}{' à?' if asked else '.'}")


def _wear(text: str) -> str | None:
    """"Pin điện thoại tôi chai rồi." as "My phone battery is worn out.", and the like of _WEAR; None for anything
    else, "chai" or "hết" without "pin" or with it twice, who (a person worn out?), "quá" asked (too fast?) and of
    "chúng tôi", "họ"."""
    m = _WEAR.fullmatch(text)
    if not m or agreement_asked(text) or m["who"] or m["kin"] or m["given"] or m["titled"] or _of_several(m):
        return None
    pin, device, asked = bool(m["pin"]), bool(m["device"] or m["device0"]), "?" in m["end"]
    if asked != bool(m["asked"]) or m["ask"] and not asked or m["bi"] and not m["worn"] or m["done"] and (
            asked or not m["worn"]):
        return None
    subject = _subject(m)
    if m["slow"]:
        if m["very"] or m["ask"] or asked:
            return None
        return capitalised(f"{subject}{' battery' if pin and device else ''} {_SLOW[keyed(m['slow'])]}.")
    # ("pin" once: the battery, said once; "có nhanh hết quá không?" asks whether too fast)
    if pin == bool(m["of"] or m["of2"]) or m["very"] and (m["worn"] or asked):
        return None
    battery = f"{subject} battery" if device else subject
    if m["worn"]:
        return f"Is {battery} worn out?" if asked else capitalised(f"{battery} is worn out.")
    return f"Does {battery} drain fast?" if asked else capitalised(
        f"{battery} drains {'really ' if m['very'] else ''}fast.")


def _wear_vi(text: str) -> str | None:
    """"My phone battery is worn out." as "Pin điện thoại của tôi bị chai rồi.", and the like of _WEAR_EN; None for
    anything else, a device worn out or draining (not its battery), and "so", "really" asked (too fast?)."""
    m = _WEAR_EN.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["q"]):
        return None
    q, battery, said = (m["q"] or "").lower(), bool(m["its"] or m["bwhose"]), _device_vi(m)
    pin = f"Pin {said}" if m["device"] else f"Pin của {said}" if said else "Pin"
    if m["slow"]:
        slow = _SLOW_EN[keyed(m["slow"]).replace("’", "'")]
        return None if q or m["is"] else capitalised(f"{pin if battery else said} {slow}.")
    if not battery or m["worn"] and bool(m["is"]) == (q == "is") or m["very"] and q or m["drain"] and (
            m["is"] or q not in ("", "does") or bool(q) != (m["drain"] == "drain")):
        return None
    if m["worn"]:
        return f"{pin} có bị chai không?" if q else f"{pin} bị chai rồi."
    return f"{pin} có nhanh hết không?" if q else f"{pin} nhanh hết{' quá' if m['very'] else ''}."
