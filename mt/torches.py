"""Torches (flashlights) and candles at home, both ways, written whole by rule: who has a torch or candles, the torch
batteries flat, low or to be changed, who is looking for the torch, where it is, a candle lit in the dark, and the
torch (the phone's too) turned on, off or used. v8 (every other rule on) reads "đèn pin" as a battery light or an
overlay, "thắp" as going, "torch" as a carpenter, a bench or a chair, and "flat" as a colour: "Nhà có nến không?" →
"Are you a candle?", "Đèn pin hết pin rồi." → "Overlay battery out of battery.", "Đèn pin đâu rồi?" → "Where to
overwhelm?", "Thắp nến lên đi, tối quá." → "The candle went, dark.", "Bật đèn pin điện thoại lên đi." → "Enables the
phone flashlight.", "Anh ấy đang mò đèn pin trong bóng tối." → "He is curing the flashlight in the dark."; "Do we have
a torch?" → "Chúng ta có phải là một thợ mộc không?", "The torch batteries are flat." → "Các cơn mưa có màu phẳng.",
"My mother is looking for the torch." → "Mẹ tôi đang tìm người thợ mộc.", "Light a candle, it's too dark." → "Ánh
sáng một ngọn nến, nó quá đen.", "Turn on the torch." → "Bật bánh chưng.", "I'm using my phone's torch." → "Tôi đang
sử dụng ghế điện thoại của tôi.".

Taken: the home ("Nhà", "Nhà mình": we; "Nhà tôi", "Nhà bạn": at home) or who (mt.hobbies.WHO, WHO_EN; not a pet)
having a torch or candles, said, denied or asked; a torch (whose, "này") with its batteries flat ("hết pin", "lại",
"sắp"), low ("yếu pin") or to be changed ("cần thay pin"), asked ("có … không?", "… rồi à?"); who is looking or
feeling around for the torch ("đang tìm", "đang mò", in the dark), asked; where the torch or the candles are; a candle
lit because it is dark or the power is out ("Thắp nến lên đi, tối quá."), or "một cây nến", and who lit, is lighting,
has just lit or will light one; the torch or the phone's told on, off or used ("Bật đèn pin điện thoại lên đi."),
asked of "bạn", "anh", "chị", offered ("Để tôi …"), or done by who ("đã", "vừa", "đang" using). Left: "Thắp nến lên
đi." alone and "the candles" (mt/birthday_cakes.py's: a cake's), "thắp nến" uncounted (one or several?), a plain verb
("Tôi thắp một cây nến.": done, or a habit?), "tìm" without "đang", "không tìm thấy" (mt/finding.py's,
mt/mishaps.py's), the phone's own battery (mt/batteries.py's), the power off (mt/outages.py's), lights and lamps
(mt/switches.py's, mt/bulbs.py's), candles run out (mt/supplies.py's), "Mở đèn pin" (on, or opened?), "em" asking,
"anh", "chị", "em" saying it, "I" asked, "we" or "our" asked in English but "Do we have …?" ("chúng ta" or "chúng
tôi"?), a statement ending "thế", "vậy" (so, then), "we" or "they" with their phones, a name's phone or "của mình"
(his or hers?), someone else's torch, and anything else.
mt.phrasebook.translate tries these after mt/bus_passes.py.

    >>> translate("Nhà có đèn pin không?", "vi", "en"), translate("The torch batteries are flat.", "en", "vi")
    ('Do we have a torch?', 'Đèn pin hết pin rồi.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, own_thing, person_of, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đèn\s+pin|nến)"), "en": lazy(r"(?i:torch|flashlight|candle)")}
_TORCH = r"(?i:(?:cái|chiếc)\s+)?(?i:đèn)\s+pin"
_OWNER = rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))"
# why a candle is lit (the first Vietnamese of each is written back)
_DARK = {"tối quá": "it's too dark", "trời tối quá": "it's too dark", "mất điện rồi": "the power's out",
         "cúp điện rồi": "the power's out"}
_DARK_VI = {"it's too dark": "tối quá", "it's so dark": "tối quá", "the power's out": "mất điện rồi",
            "the power is out": "mất điện rồi"}
# the home as who has it ("Nhà", "Nhà mình": we; "Nhà tôi": we, at home; "Nhà bạn": you, at home)
_HOMES = {"": ("we", ""), "mình": ("we", ""), "chúng ta": ("we", ""), "tôi": ("we", " at home"),
          "chúng tôi": ("we", " at home"), "bạn": ("you", " at home")}

# who has a torch or candles ("Nhà có đèn pin không?", "Mẹ tôi có đèn pin.", "Tôi không có nến.")
_HAVE = lazy(rf"(?:(?P<home>(?i:nhà))(?:\s+(?P<hwhose>(?i:mình|tôi|chúng\s+tôi|chúng\s+ta|bạn)))?|{WHO})\s+"
             rf"(?:(?P<not>không)\s+)?có\s+(?:(?P<torch>{_TORCH})|(?P<candles>nến)){ASKED_END}")
# the torch batteries flat, low, or to be changed ("Đèn pin hết pin rồi.", "Đèn pin của tôi cần thay pin.")
_FLAT = lazy(rf"{_TORCH}(?:{_OWNER}|\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+(?:bị\s+)?|(?P<aux>sắp|lại|bị|đã)\s+)?"
             r"(?:(?P<flat>hết|yếu)\s+pin|(?:cần|phải)\s+thay\s+pin)(?:\s+(?P<done>rồi))?(?:\s+(?P<a>à))?"
             rf"{ASKED_END}")
# who is looking for the torch ("Mẹ tôi đang tìm đèn pin.", "Anh ấy đang mò đèn pin trong bóng tối.")
_LOOK = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?đang\s+(?P<verb>tìm|lục\s+tìm|mò\s+tìm|mò)\s+{_TORCH}{_OWNER}?"
             rf"(?P<dark>\s+trong\s+(?:bóng\s+tối|đêm\s+tối))?(?:\s+(?P<a>à))?{ASKED_END}")
_WHERE = lazy(rf"(?:(?P<torch>{_TORCH}){_OWNER}?|(?P<candles>(?i:nến)))\s+(?:ở\s+)?đâu(?:\s+rồi)?{SOFTENED_END}")
# a candle lit ("Thắp nến lên đi, tối quá.", "Mất điện rồi, thắp nến lên đi.", "Thắp một cây nến lên đi.")
_LIGHT = lazy(rf"(?:(?P<why0>(?i:{alternatives(_DARK)}))\s*,\s*)?(?i:thắp)\s+(?P<one>một\s+(?:cây|ngọn)\s+)?nến"
              rf"(?:\s+lên)?\s+đi(?:\s*,\s*(?P<why1>(?i:{alternatives(_DARK)})))?{SOFTENED_END}")
_LIT = lazy(rf"{WHO}\s+(?P<aux>đã|vừa\s+mới|vừa|đang|sẽ)\s+thắp\s+một\s+(?:cây|ngọn)\s+nến(?:\s+lên)?{SOFTENED_END}")
# the torch, or the phone's, turned on or off or used: told, offered, asked of someone, or done
_PHONE = r"(?P<phone>\s+(?:của\s+)?điện\s+thoại)?"
_TOLD = lazy(rf"(?:(?P<let>(?i:để)\s+(?:tôi|mình))\s+|(?i:hãy)\s+)?(?P<verb>(?i:bật|tắt|dùng))\s+{_TORCH}{_PHONE}"
             rf"(?:\s+(?P<up>lên))?(?:\s+(?P<go>đi))?{SOFTENED_END}")
_ASKED = lazy(rf"(?P<you>(?i:bạn|anh|chị))\s+(?:(?P<can>có\s+thể)\s+)?(?P<verb>bật|tắt)\s+{_TORCH}{_PHONE}"
              r"(?:\s+(?P<up>lên))?(?P<help>\s+(?:giúp|giùm)\s+tôi)?\s+(?:(?P<could>được\s+không)|không)"
              rf"(?:\s+(?:vậy|ạ))?\s*\?+")
_DONE = lazy(rf"{WHO}\s+(?P<aux>đang|đã|vừa\s+mới|vừa)\s+(?P<verb>bật|tắt|dùng)\s+{_TORCH}{_PHONE}(?:\s+(?P<up>lên))?"
             rf"{SOFTENED_END}")

# ... and in English
_THING_EN = r"(?:torch|flashlight)"
# "we" or "our" asked: "chúng ta" (the one asked too) or "chúng tôi"? ("Do we have …?" is "Nhà có …?")
_OURS = lazy(r"(?i:(?<!do )\b(?:we|our)\b)")
_THE_EN = rf"(?i:the|this|{WHOSE_WORDS})"
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:don|doesn)['’]t|\s+(?:do|does)\s+not)?\s+"
                rf"(?P<verb>have|has)\s+(?:(?P<torch>a\s+{_THING_EN})|(?P<any>any\s+)?(?P<candles>candles))"
                r"(?P<home>\s+at\s+home)?\s*(?P<end>[.!?]*)")
_FLAT_EN = lazy(rf"(?:(?P<q>Are)\s+)?(?:(?P<det>{_THE_EN})\s+{_THING_EN}(?:['’]s)?\s+batteries|(?i:the)\s+batteries\s+"
                rf"in\s+(?P<det2>{_THE_EN})\s+{_THING_EN})(?P<be>\s+are|['’]re)?(?:\s+(?P<almost>almost|nearly))?\s+"
                r"(?P<flat>flat|dead|running\s+low)(?:\s+(?P<again>again))?\s*(?P<end>[.!?]*)")
_NEED_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<det>{_THE_EN})\s+{_THING_EN}\s+(?P<verb>needs|need)\s+new\s+batteries"
                r"\s*(?P<end>[.!?]*)")
_LOOK_EN = lazy(rf"(?:(?P<q>Am|Is|Are)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’](?:s|m|re))?\s+(?P<verb>looking|"
                rf"feeling\s+around|fumbling\s+around)\s+for\s+(?:a|(?P<owner>the|{WHOSE_WORDS}))\s+{_THING_EN}"
                r"(?P<dark>\s+in\s+the\s+dark)?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+(?P<owner>the|{WHOSE_WORDS})\s+{_THING_EN}\s*\?+|"
                 r"(?P<candles>Where\s+are\s+the\s+candles)\s*\?+")
_LIGHT_EN = lazy(rf"(?:(?P<why0>(?i:{alternatives(_DARK_VI)}))\s*,\s*)?(?i:light)\s+a\s+candle"
                 rf"(?:\s*,\s*(?P<why1>(?i:{alternatives(_DARK_VI)})))?\s*(?P<end>[.!]*)")
_LIT_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:is|am|are|has|have|will)|['’](?:s|m|re|ve|ll))?(?P<just>\s+just)?\s+"
               r"(?P<verb>lit|lighting|light)\s+a\s+candle\s*(?P<end>[.!]*)")
# the torch as a thing turned on: "your phone's torch", "the torch on your phone", "the torch"
_ITS_EN = (rf"(?:(?P<phone>your\s+phone['’]s)\s+{_THING_EN}|the\s+{_THING_EN}(?P<onphone>\s+on\s+your\s+phone)?)")
_TOLD_EN = lazy(rf"(?:(?P<let>Let\s+me)\s+(?P<lverb>turn|switch|use)|(?P<verb>Turn|Switch|Use))(?:\s+(?P<on>on|off))?"
                rf"\s+(?:(?P<my>my\s+phone['’]s)\s+{_THING_EN}|{_ITS_EN})(?:\s+(?P<on2>on|off))?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<can>Can|Could)\s+you\s+(?:turn|switch)(?:\s+(?P<on>on|off))?\s+{_ITS_EN}(?:\s+(?P<on2>on|off))?"
                 r"(?P<help>\s+for\s+me)?(?:\s*,?\s*please)?\s*\?+")
_DONE_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:is|am|are|has|have)|['’](?:s|m|re|ve))?(?P<just>\s+just)?\s+(?P<verb>using|"
                rf"used|turned\s+on|turned\s+off|switched\s+on|switched\s+off)\s+(?P<owner>the|{WHOSE_WORDS})\s+"
                rf"(?:(?P<phone>phone['’]s)\s+)?{_THING_EN}\s*(?P<end>[.!]*)")
_VERBS = {"bật": "turn on", "tắt": "turn off", "dùng": "use"}
_BE = {"am": "am", "'m": "am", "is": "is", "'s": "is", "are": "are", "'re": "are"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a torch or candles had, the torch batteries flat, the torch looked for or where
    it is, a candle lit in the dark, or the torch (the phone's too) turned on, off or used; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more than English would: mt.text.STRESSED_SAID)
        return None if STRESSED_SAID.search(text) else _have(text) or _flat(text) or _look(text) or _light(text) or \
            _told(text) or _asked_of(text) or _done(text)
    text = text.replace("’", "'")
    return None if "?" in text and _OURS.search(text) else _have_vi(text) or _flat_vi(text) or _look_vi(text) or \
        _light_vi(text) or _told_vi(text) or _asked_vi(text) or _done_vi(text)


def _asking(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks: "có … không?" ("có" as group ask, where the pattern has one), or "… à?"
    (group a); False said; None where the words that ask and the "?" do not go together ("có" with no "không",
    "không" denying and asking)."""
    groups, mark = m.groupdict(), "?" in m["end"]
    if m["asked"]:  # ("Bạn có đèn pin không?": the "có" before the thing asks too, where no group ask is)
        ok = mark and not groups.get("a") and not groups.get("not") and groups.get("ask", "có") is not None
        return True if ok else None
    if groups.get("a"):
        return True if mark and not groups.get("ask") else None
    return None if mark or groups.get("ask") else False



def _have(text: str) -> str | None:
    """"Nhà có đèn pin không?" as "Do we have a torch?", "Mẹ tôi có đèn pin." as "My mother has a torch.", "Tôi không
    có nến." as "I don't have any candles." (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    asked = m and _asking(m)
    if asked is None or m is None:
        return None
    said = None if m["home"] else person_of(m, asked)
    if not (m["home"] or said):
        return None
    (who_, at_home), one = (_HOMES[keyed(m["hwhose"] or "")], False) if m["home"] else ((said[0], ""), said[1])
    what = "a torch" if m["torch"] else "any candles" if asked or m["not"] else "candles"
    return present(who_, one, "have", what + at_home, asked, bool(m["not"]), m["end"])


def _flat(text: str) -> str | None:
    """"Đèn pin hết pin rồi." as "The torch batteries are flat.", "Đèn pin của tôi sắp hết pin rồi." as "The
    batteries in my torch are almost flat.", "Đèn pin cần thay pin." as "The torch needs new batteries.", "Đèn pin có
    bị hết pin không?" as "Are the torch batteries flat?" (_FLAT); None for anything else."""
    m = _FLAT.fullmatch(text)
    asked = m and _asking(m)
    if asked is None or m is None or asked and m["aux"] or m["a"] and not (m["flat"] and m["flat"].lower() == "hết"):
        return None
    whose = "this" if m["this"] else OWNERS[keyed(m["owner"])] if m["owner"] else None
    if not m["flat"]:  # (batteries to be changed)
        torch = f"{whose} torch" if whose else "the torch"
        return None if m["aux"] else f"Does {torch} need new batteries?" if asked else \
            capitalised(f"{torch} needs new batteries{stop(m['end'])}")
    batteries = f"the batteries in {whose} torch" if whose else "the torch batteries"
    aux = keyed(m["aux"] or "")
    how = (None if aux or asked else "running low") if keyed(m["flat"]) == "yếu" else {
        "": "flat", "đã": "flat", "bị": "flat", "lại": "flat again", "sắp": "almost flat"}[aux]
    if how is None or asked and not m["done"] and m["a"]:
        return None  # ("Đèn pin hết pin à?" is "… rồi à?" said short: taken only with "rồi")
    return f"Are {batteries} flat?" if asked else capitalised(f"{batteries} are {how}{stop(m['end'])}")


def _look(text: str) -> str | None:
    """"Mẹ tôi đang tìm đèn pin." as "My mother is looking for the torch.", "Anh ấy đang mò đèn pin trong bóng tối."
    as "He is feeling around for the torch in the dark.", "Bạn đang tìm đèn pin à?" as "Are you looking for the
    torch?" (_LOOK); "Đèn pin đâu rồi?" as "Where's the torch?", "Nến ở đâu?" as "Where are the candles?" (_WHERE);
    None for anything else, and "của mình" whose English cannot tell (a name's, or "where")."""
    if (m := _WHERE.fullmatch(text)) and "?" in m["end"] and keyed(m["owner"] or "") != "mình":
        return "Where are the candles?" if m["candles"] else \
            f"Where's {OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} torch?"
    m = _LOOK.fullmatch(text)
    asked = m and _asking(m)
    said = asked is not None and m and person_of(m, asked)
    if not said:
        return None
    who_, one = said
    owner = keyed(m["owner"] or "")
    whose = (whose_own(m, who_) if owner == "mình" and who_ != "I" else OWNERS[owner]) if owner else "the"
    if whose is None:
        return None
    torch = f"{whose} torch"
    verb = "feeling around for" if keyed(m["verb"]).startswith("mò") else "looking for"
    dark = " in the dark" if m["dark"] else ""
    if asked:
        return f"{capitalised(be(who_))} {who_} {verb} {torch}{dark}?"
    return capitalised(f"{who_} {be(who_)} {verb} {torch}{dark}{stop(m['end'])}")


def _light(text: str) -> str | None:
    """"Thắp nến lên đi, tối quá." as "Light a candle, it's too dark.", "Mất điện rồi, thắp nến lên đi." as "The
    power's out, light a candle.", "Thắp một cây nến lên đi." as "Light a candle." (_LIGHT); "Mẹ tôi vừa thắp một
    cây nến." as "My mother has just lit a candle." (_LIT); None for anything else ("Thắp nến lên đi." alone, of a
    cake's candles, is mt/birthday_cakes.py's)."""
    m = _LIGHT.fullmatch(text)
    if m and "?" not in m["end"] and not (m["why0"] and m["why1"]) and (m["why0"] or m["why1"] or m["one"]):
        if m["why0"]:
            return f"{capitalised(_DARK[keyed(m['why0'])])}, light a candle{stop(m['end'])}"
        return f"Light a candle{', ' + _DARK[keyed(m['why1'])] if m['why1'] else ''}{stop(m['end'])}"
    m = _LIT.fullmatch(text)
    said = m and "?" not in m["end"] and person_of(m, False)
    if not said:
        return None
    who_, one = said
    did = {"đã": "lit", "vừa": "has just lit" if one else "have just lit", "đang": f"{be(who_)} lighting",
           "sẽ": "will light"}[keyed(m["aux"]).removesuffix(" mới")]
    return capitalised(f"{who_} {did} a candle{stop(m['end'])}")


def _told(text: str) -> str | None:
    """"Bật đèn pin điện thoại lên đi." as "Turn on your phone's torch.", "Tắt đèn pin đi." as "Turn off the
    torch.", "Để tôi bật đèn pin điện thoại." as "Let me turn on my phone's torch." (_TOLD); None for anything else,
    and told with neither "đi" nor "lên" ("Bật đèn pin." may be a heading)."""
    m = _TOLD.fullmatch(text)
    if not m or "?" in m["end"] or m["up"] and keyed(m["verb"]) != "bật" or m["let"] and m["go"] or not (
            m["let"] or m["go"] or m["up"]):
        return None
    torch = ("my phone's torch" if m["let"] else "your phone's torch") if m["phone"] else "the torch"
    let = "Let me " if m["let"] else ""
    return capitalised(f"{let}{_VERBS[keyed(m['verb'])]} {torch}{stop(m['end'])}")


def _asked_of(text: str) -> str | None:
    """"Bạn bật đèn pin điện thoại lên được không?" as "Could you turn on your phone's torch?", "Anh có thể tắt đèn
    pin không?" as "Can you turn off the torch?" (_ASKED); None for anything else, "có thể" with "được" or neither."""
    m = _ASKED.fullmatch(text)
    if not m or bool(m["can"]) == bool(m["could"]) or m["up"] and keyed(m["verb"]) != "bật":
        return None
    torch = "your phone's torch" if m["phone"] else "the torch"
    return f"{'Could' if m['could'] else 'Can'} you {_VERBS[keyed(m['verb'])]} {torch}{' for me' * bool(m['help'])}?"


def _done(text: str) -> str | None:
    """"Tôi đang dùng đèn pin điện thoại." as "I am using my phone's torch.", "Mẹ tôi đã bật đèn pin." as "My mother
    turned on the torch.", "Tôi vừa tắt đèn pin điện thoại." as "I have just turned off my phone's torch." (_DONE);
    None for anything else, "đang" switching, and a phone whose English cannot tell (a name's, "we", "they")."""
    m = _DONE.fullmatch(text)
    said = m and "?" not in m["end"] and not (m["up"] and keyed(m["verb"]) != "bật") and person_of(m, False)
    if not said:
        return None
    who_, one = said
    verb, aux, torch = keyed(m["verb"]), keyed(m["aux"]).removesuffix(" mới"), "the torch"
    if m["phone"]:
        whose = whose_own(m, who_) if who_ not in ("we", "they") else None
        if whose is None:
            return None
        torch = f"{whose} phone's torch"
    if aux == "đang":
        return capitalised(f"{who_} {be(who_)} using {torch}{stop(m['end'])}") if verb == "dùng" else None
    words = {"bật": "turned on", "tắt": "turned off", "dùng": "used"}[verb]
    did = words if aux == "đã" else f"{'has' if one else 'have'} just {words}"
    return capitalised(f"{who_} {did} {torch}{stop(m['end'])}")


def _who_en(m: re.Match) -> tuple[str, bool, str] | None:
    """Who of a match of WHO_EN in Vietnamese, whether English says it with "-s", and the pronoun said ("i", "we" …;
    "" for kin or a name); None for a pet."""
    return None if animal(m) else (*who_vi(m), (m["who"] or "").lower())


def _agrees(word: str, one: bool, pronoun: str) -> bool:
    """Whether "am", "is", "are" (or "'m", "'s", "'re") said after or before who agrees with it."""
    return _BE.get(word.strip().lower()) == ("am" if pronoun == "i" else "is" if one else "are")


def _tense(ing: bool, aux: str, just: bool, one: bool, pronoun: str) -> str | None:
    """The Vietnamese of an English verb's tense: "đang" for "-ing" (`ing`) after "is", "am", "are" (`aux`) agreeing,
    "vừa" for "just" after "has" or "have" agreeing or none, "đã" for the past alone; None for anything else."""
    if ing:
        return "đang" if not just and _agrees(aux, one, pronoun) else None
    if not aux:
        return "vừa" if just else "đã"
    return "vừa" if just and aux in ("has", "'s", "have", "'ve") and (aux in ("has", "'s")) == one else None


def _have_vi(text: str) -> str | None:
    """"Do we have a torch?" as "Nhà có đèn pin không?", "My mother has a torch." as "Mẹ tôi có đèn pin.", "Do you have
    any candles at home?" as "Nhà bạn có nến không?" (_HAVE_EN); None for anything else, "I" asked, and where the
    verb does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or m["any"] and not (m["q"] or m["not"]):
        return None
    said = _who_en(m)
    if said is None or m["q"] and said[2] == "i":
        return None
    who_, one, pronoun = said
    aux = (m["q"] or m["not"] or "").strip().lower()
    if (m["verb"] != "have" or aux.startswith("does") != one) if aux else (m["verb"] == "has") != one:
        return None
    home = " ở nhà" if m["home"] else ""
    if pronoun == "we" or pronoun == "you" and home:
        who_, home = "nhà" if pronoun == "we" else "nhà bạn", ""
    thing = "đèn pin" if m["torch"] else "nến"
    if m["q"]:
        return capitalised(f"{who_} có {thing}{home} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}có {thing}{home}{stop(m['end'])}")


def _torch_vi(det: str) -> str:
    """The torch of "the", "this" or whose in Vietnamese: "Đèn pin", "Đèn pin này", "Đèn pin của tôi"."""
    det = det.lower()
    return "Đèn pin" if det == "the" else "Đèn pin này" if det == "this" else f"Đèn pin của {WHOSE_VI[det]}"


def _flat_vi(text: str) -> str | None:
    """"The torch batteries are flat." as "Đèn pin hết pin rồi.", "The batteries in my torch are almost dead." as
    "Đèn pin của tôi sắp hết pin rồi.", "Are the torch batteries flat?" as "Đèn pin có bị hết pin không?" (_FLAT_EN);
    "The torch needs new batteries." as "Đèn pin cần thay pin." (_NEED_EN); None for anything else."""
    m = _NEED_EN.fullmatch(text)
    if m:
        if bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "need") != bool(m["q"]):
            return None
        torch = _torch_vi(m["det"])
        return f"{torch} có cần thay pin không?" if m["q"] else f"{torch} cần thay pin{stop(m['end'])}"
    m = _FLAT_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or m["almost"] and m["again"]:
        return None
    torch, low = _torch_vi(m["det"] or m["det2"]), m["flat"].startswith("running")
    if asked:
        return None if m["almost"] or m["again"] or low else f"{torch} có bị hết pin không?"
    if low:
        return None if m["almost"] or m["again"] else f"{torch} yếu pin rồi{stop(m['end'])}"
    how = "sắp hết" if m["almost"] else "lại hết" if m["again"] else "hết"
    return f"{torch} {how} pin rồi{stop(m['end'])}"


def _look_vi(text: str) -> str | None:
    """"My mother is looking for the torch." as "Mẹ tôi đang tìm đèn pin.", "He's feeling around for the torch in the
    dark." as "Anh ấy đang mò tìm đèn pin trong bóng tối.", "Are you looking for the torch?" as "Bạn có đang tìm đèn
    pin không?" (_LOOK_EN); "Where's the torch?" as "Đèn pin đâu rồi?", "Where are the candles?" as "Nến đâu rồi?"
    (_WHERE_EN); None for anything else, "I" asked, a pet, and "his" or "her" not surely who's own."""
    if m := _WHERE_EN.fullmatch(text):
        return "Nến đâu rồi?" if m["candles"] else f"{_torch_vi(m['owner'])} đâu rồi?"
    m = _LOOK_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and bool(m["q"]) != bool(m["be"]) and _who_en(m)
    if not said or not _agrees(m["q"] or m["be"], said[1], said[2]) or m["q"] and said[2] == "i":
        return None
    who_, one, _ = said
    whose = ""
    if m["owner"] and m["owner"].lower() != "the":
        own = own_thing(m, who_, one)
        if own is None:
            return None
        whose = " của mình" if own else f" của {WHOSE_VI[m['owner'].lower()]}"
    verb = "tìm" if m["verb"] == "looking" else "mò tìm"
    said = f"{who_} {{}}{verb} đèn pin{whose}{' trong bóng tối' * bool(m['dark'])}"
    return capitalised(said.format("có đang ") + " không?" if m["q"] else said.format("đang ") + stop(m['end']))


def _light_vi(text: str) -> str | None:
    """"Light a candle, it's too dark." as "Thắp nến lên đi, tối quá.", "The power's out, light a candle." as "Mất
    điện rồi, thắp nến lên đi.", "Light a candle." as "Thắp một cây nến lên đi." (_LIGHT_EN); "My mother lit a
    candle." as "Mẹ tôi đã thắp một cây nến." (_LIT_EN); None for anything else ("Light the candles." is
    mt/birthday_cakes.py's)."""
    m = _LIGHT_EN.fullmatch(text)
    if m and not (m["why0"] and m["why1"]):
        if m["why0"]:
            return f"{capitalised(_DARK_VI[keyed(m['why0'])])}, thắp nến lên đi{stop(m['end'])}"
        said = f"nến lên đi, {_DARK_VI[keyed(m['why1'])]}" if m["why1"] else "một cây nến lên đi"
        return f"Thắp {said}{stop(m['end'])}"
    m = _LIT_EN.fullmatch(text)
    said = m and _who_en(m)
    if not said:
        return None
    who_, one, pronoun = said
    aux, verb, just = (m["aux"] or "").strip().lower(), m["verb"], bool(m["just"])
    how = ("sẽ" if not just and aux in ("will", "'ll") else None) if verb == "light" else \
        _tense(verb == "lighting", aux, just, one, pronoun)
    return how and capitalised(f"{who_} {how} thắp một cây nến{stop(m['end'])}")


def _turned(m: re.Match, verb: str) -> str | None:
    """What a match of _TOLD_EN or _ASKED_EN does in Vietnamese ("bật", "tắt", "dùng"), of `verb` ("turn", "use")
    and "on" or "off" before or after the torch (one of them, and none after "use"); None for anything else."""
    on = m["on"] or m["on2"]
    if verb == "use":
        return None if on else "dùng"
    if not on or m["on"] and m["on2"] or m["on2"] and m["onphone"]:
        return None  # ("Turn the torch on your phone on.")
    return "bật" if on == "on" else "tắt"


def _told_vi(text: str) -> str | None:
    """"Turn on your phone's torch." as "Bật đèn pin điện thoại lên đi.", "Turn the torch off." as "Tắt đèn pin
    đi.", "Let me turn on my phone's torch." as "Để tôi bật đèn pin điện thoại lên." (_TOLD_EN); None for anything
    else, "my phone" told and "your phone" offered."""
    m = _TOLD_EN.fullmatch(text)
    verb = m and _turned(m, (m["lverb"] or m["verb"]).lower().replace("switch", "turn"))
    if not verb or bool(m["my"]) != bool(m["let"]) or m["let"] and (m["phone"] or m["onphone"]):
        return None
    phone = " điện thoại" if m["phone"] or m["onphone"] or m["my"] else ""
    up = " lên" if verb == "bật" else ""
    if m["let"]:
        return f"Để tôi {verb} đèn pin{phone}{up}{stop(m['end'])}"
    return capitalised(f"{verb} đèn pin{phone}{up} đi{stop(m['end'])}")


def _asked_vi(text: str) -> str | None:
    """"Could you turn on your phone's torch?" as "Bạn bật đèn pin điện thoại lên được không?", "Can you turn off the
    torch for me?" as "Bạn có thể tắt đèn pin giúp tôi không?" (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    verb = m and _turned(m, "turn")
    if not verb:
        return None
    phone = " điện thoại" if m["phone"] or m["onphone"] else ""
    rest = f"đèn pin{phone}{' lên' * (verb == 'bật')}{' giúp tôi' * bool(m['help'])}"
    return f"Bạn có thể {verb} {rest} không?" if m["can"] == "Can" else f"Bạn {verb} {rest} được không?"


def _done_vi(text: str) -> str | None:
    """"I'm using my phone's torch." as "Tôi đang dùng đèn pin điện thoại.", "She turned on the torch." as "Cô ấy đã
    bật đèn pin.", "I've just turned off my phone's torch." as "Tôi vừa tắt đèn pin điện thoại." (_DONE_EN); None
    for anything else, a phone not who's own, "we" and "they" with their phones, and "the phone's"."""
    m = _DONE_EN.fullmatch(text)
    said = m and _who_en(m)
    if not said:
        return None
    who_, one, pronoun = said
    owner, verb = m["owner"].lower(), " ".join(m["verb"].lower().split())
    if (owner == "the") == bool(m["phone"]) or m["phone"] and (pronoun in ("we", "they") or not own_thing(
            m, who_, one)):
        return None
    how = _tense(verb == "using", (m["aux"] or "").strip().lower(), bool(m["just"]), one, pronoun)
    done = "dùng" if verb in ("using", "used") else "bật" if verb.endswith("on") else "tắt"
    phone = " điện thoại" if m["phone"] else ""
    return how and capitalised(f"{who_} {how} {done} đèn pin{phone}{stop(m['end'])}")
