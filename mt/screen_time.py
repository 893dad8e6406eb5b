"""Time on phones, both ways, written whole by rule: too much time on one's phone, always on it or on it all day,
addicted to it, told to put it away, the time a child is let have on it, and how long one spends on it a day. v8
(rules on) reads "xem điện thoại" as watching a phone, "nghiện" as adding, "cất … đi" as going, "on his phone" as on
top of it: "Con tôi xem điện thoại quá nhiều." → "My child watched too much phone.", "Anh ấy lúc nào cũng cắm mặt vào
điện thoại." → "He always plugged into the phone.", "Anh ấy suốt ngày dán mắt vào điện thoại." → "He patched the eye
on the phone.", "Con trai tôi nghiện điện thoại." → "My son adds the phone.", "Cất điện thoại đi!" → "The phone is
gone!", "Bỏ điện thoại xuống đi." → "Removes the phone down.", "Tôi không cho con xem điện thoại." → "I don't let your
child see the phone.", "Tôi cho con xem điện thoại một tiếng mỗi ngày." → "I give your child an hour every day.";
"He's always on his phone." → "Anh ta luôn trên điện thoại.", "Put your phone away!" → "Đặt điện thoại của bạn đi
vắng!", "Get off your phone!" → "Hãy tắt điện thoại của bạn!" (switch it off), "Are you addicted to your phone?" →
"Bạn có muốn điện thoại của mình không?", "My son is addicted to his phone." → "Con trai tôi bị nghiện điện thoại của
anh ấy.", "She's glued to her phone." → "Cô ấy rất vui mừng khi cô ấy điện thoại.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking), or the kids (_GROUPS: "bọn trẻ nhà tôi",
"my kids"), spending too much or a lot of time on their phone ("xem / dùng / lướt … điện thoại quá nhiều", "dành
quá nhiều thời gian cho điện thoại"; "on screens" in English), said, denied or asked; always on it or on it all day
("lúc nào cũng", "suốt ngày", "dán mắt vào", "glued to"); addicted to it, said, denied or asked; told to put it away
or down, or to stop looking at or using it; letting someone (mt.hobbies.SOMEONE, SOMEONE_EN, "con" of "tôi") use the
phone for a span a day (mt.spans, minutes and hours only), or not at all, and limiting their screen time ("thời gian
dùng điện thoại") to a span a day; how long or how much time who spends on it a day, asked or said. Whose phone is who's
own; English's "his" or "her" by the word of kinship (mt.terms.his_her), else "their" ("on the phone" is a call; a
name's phone, his or her, is left). Left: a phone being used now (mt/doing_now.py), calls and "on the phone" in English
(mt/calls.py), its battery (mt/batteries.py), apps and social media (mt/social_media.py), TV and video games (mt/tv.py,
mt/games.py), a day said or done ("Hôm qua tôi xem điện thoại cả ngày."), pronouns let ("cho tôi xem điện thoại": show
me), "Get off the phone." (a call ended?), tablets, and anything else.
mt.phrasebook.translate tries these after mt/bedtimes.py.

    >>> translate("Con tôi xem điện thoại quá nhiều.", "vi", "en"), translate("Put your phone away!", "en", "vi")
    ('My child spends too much time on their phone.', 'Cất điện thoại đi!')
"""
from __future__ import annotations

import re

from . import hobbies, spans, text
from .hobbies import WHO, WHO_EN, be_of, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .terms import WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:điện\s+thoại)"), "en": lazy(r"(?i:phone|screen)")}
# the kids as who, and how the other language says them
_GROUPS = {"bọn trẻ nhà tôi": "my kids", "lũ trẻ nhà tôi": "my kids", "các con tôi": "my kids",
           "bọn trẻ nhà chúng tôi": "our kids", "bọn trẻ": "the kids", "lũ trẻ": "the kids", "bọn nhỏ": "the kids",
           "tụi nhỏ": "the kids", "trẻ con": "kids"}
_GROUPS_EN = {"my kids": "bọn trẻ nhà tôi", "my children": "bọn trẻ nhà tôi", "our kids": "bọn trẻ nhà chúng tôi",
              "our children": "bọn trẻ nhà chúng tôi", "the kids": "bọn trẻ", "the children": "bọn trẻ"}
_S = rf"(?:(?P<group>(?i:{text.alternatives(_GROUPS)}))|{WHO})"
_S_EN = rf"(?:(?P<group>(?i:{text.alternatives(_GROUPS_EN)}))|{WHO_EN})"
_PHONE = r"điện\s+thoại(?:\s+di\s+động)?"
_PER = r"(?i:mỗi|một|1)\s+ngày|(?i:hằng|hàng)\s+ngày"  # a day
_PER_EN = r"(?:a|per|each|every)\s+day"
# the doings on a phone ("dán mắt vào", "cắm mặt vào": glued to it)
_USE = r"(?P<use>xem|dùng|sử\s+dụng|lướt|nghịch|chơi|cầm|ôm|(?P<glued>dán\s+mắt|cắm\s+mặt)\s+vào)"
_MUCH = {"quá nhiều": "too much", "nhiều quá": "too much", "rất nhiều": "a lot of", "nhiều": "a lot of",
         "nhiều lắm": "a lot of"}
_MUCH_EN = {"too much": "quá nhiều", "so much": "nhiều quá", "a lot of": "rất nhiều", "much": "nhiều"}
_ASKED = rf"(?:\s+(?P<asked>không))?{SOFTENED_END}"

# too much time on it ("Con tôi xem điện thoại quá nhiều.", "Bạn có dùng điện thoại nhiều không?")
_TOO_MUCH = lazy(rf"{_S}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:{_USE}\s+{_PHONE}\s+|dành\s+)"
                 rf"(?P<much>{text.alternatives(_MUCH)})(?(use)|\s+thời\s+gian\s+(?:cho|vào)\s+(?:việc\s+)?"
                 rf"(?:(?:xem|dùng)\s+)?{_PHONE}){_ASKED}")
# always on it, on it all day ("Anh ấy lúc nào cũng cắm mặt vào điện thoại.", "Cô ấy cầm điện thoại suốt ngày.")
_ALWAYS = lazy(rf"{_S}\s+(?:(?P<always>lúc\s+nào\s+cũng|luôn\s+luôn|luôn)\s+|(?P<day0>suốt\s+ngày|cả\s+ngày)\s+)?"
               rf"(?:cứ\s+)?{_USE}\s+{_PHONE}(?:\s+(?P<day>suốt\s+ngày|cả\s+ngày))?{SOFTENED_END}")
_HOOKED = lazy(rf"{_S}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:bị\s+)?nghiện\s+{_PHONE}(?:\s+rồi)?{_ASKED}")
# told ("Cất điện thoại đi!", "Con bỏ điện thoại xuống đi.", "Đừng xem điện thoại nữa.")
_TO = {"con": False, "em": False, "anh": False, "chị": False, "bạn": False, "các con": True, "các em": True,
       "các bạn": True}
_TOLD = lazy(rf"(?:(?P<to>(?i:{text.alternatives(_TO)}))\s*,?\s+)?(?:(?i:hãy)\s+)?"
             rf"(?:(?P<away>(?i:cất)\s+{_PHONE}(?:\s+vào)?\s+đi)|(?P<down>(?i:bỏ|đặt)\s+{_PHONE}\s+xuống"
             rf"(?:\s+đi)?)|(?i:đừng)\s+(?P<stop>xem|dùng|nghịch|chơi)\s+{_PHONE}\s+nữa)"
             rf"{text.SOFTENER_NHE}\s*(?P<end>[.!]*)")
# whom one lets, limits ("con" of "tôi" or "chúng tôi": "my child")
_WHOM = rf"(?P<whom>{hobbies.SOMEONE}|(?i:các\s+con|con)|(?i:{text.alternatives(_GROUPS)}))"
_LET = lazy(rf"{_S}\s+(?:(?P<only>chỉ)\s+)?(?:(?P<not>không)\s+)?cho\s+{_WHOM}\s+(?:xem|dùng|chơi|sử\s+dụng)\s+"
            rf"{_PHONE}(?:\s+(?:trong\s+)?{spans.VI}\s+(?:{_PER}))?{SOFTENED_END}")
_LIMIT = lazy(rf"{_S}\s+giới\s+hạn\s+thời\s+gian\s+(?:xem|dùng|sử\s+dụng)\s+{_PHONE}\s+của\s+{_WHOM}\s+"
              rf"(?:ở\s+mức\s+|xuống\s+còn\s+|còn\s+|trong\s+)?{spans.VI}\s+(?:{_PER}){SOFTENED_END}")
# how long a day ("Mỗi ngày bạn dùng điện thoại bao lâu?", "Tôi dùng điện thoại ba tiếng mỗi ngày.")
_ABOUT, _ABOUT_EN = (rf"(?:(?P<about>{text.alternatives(a)})\s+)?" for a in (spans.ABOUT, spans.ABOUT_EN))
_HOW_LONG = lazy(rf"(?:(?P<per0>{_PER})\s*,?\s+)?{_S}\s+(?:(?:dùng|xem|sử\s+dụng)\s+{_PHONE}\s+(?:(?P<how>bao\s+lâu)|"
                 rf"{_ABOUT}{spans.VI})|dành\s+(?P<much>bao\s+nhiêu\s+thời\s+gian)\s+(?:cho|vào)\s+{_PHONE})"
                 rf"(?:\s+(?P<per>{_PER}))?{SOFTENED_END}")

# ... and in English: whose phone ("his phone", "their phones"), or screens
_ON_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<phone>phones?)|(?P<screens>screens))"
_TOO_MUCH_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_S_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                    rf"(?P<verb>spends?)\s+(?P<much>{text.alternatives(_MUCH_EN)})\s+time\s+"
                    rf"(?:on|in\s+front\s+of)\s+{_ON_EN}\s*(?P<end>[.!?]*)")
_ALWAYS_EN = lazy(rf"{_S_EN}(?:{text.BE_EN}(?P<always>\s+always)?\s+(?:on|(?P<glued>glued\s+to)|(?P<looking>looking"
                  rf"\s+at))|(?P<always2>\s+always)?\s+(?P<look>looks?)\s+at)\s+{_ON_EN}"
                  r"(?P<day>\s+all\s+day(?:\s+long)?)?\s*(?P<end>[.!]*)")
_HOOKED_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{_S_EN}(?:{text.BE_EN}(?P<not>\s+not|n['’]t)?)?\s+addicted\s+to\s+"
                  rf"{_ON_EN}\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(r"(?P<please>(?i:please)\s+)?(?i:(?P<away>put\s+(?:your|the)\s+(?P<d1>phones?)\s+away|put\s+away\s+"
                r"(?:your|the)\s+(?P<d2>phones?))|(?P<down>put\s+your\s+(?P<d3>phones?)\s+down|put\s+down\s+"
                r"your\s+(?P<d4>phones?))|(?P<stop>get\s+off|stop\s+using|stop\s+looking\s+at|stop\s+playing"
                r"\s+on)\s+your\s+(?P<d5>phones?))(?:,?\s+(?P<please2>please))?\s*(?P<end>[.!]*)")
_WHOM_EN = rf"(?P<whom>{hobbies.SOMEONE_EN}|(?i:{text.alternatives(_GROUPS_EN)}))"
_LET_EN = lazy(rf"{_S_EN}(?P<only>\s+only)?(?:\s+(?P<not>don['’]t|doesn['’]t))?\s+(?P<verb>lets?)\s+{_WHOM_EN}\s+"
               rf"(?:use|look\s+at|be\s+on)\s+(?:the|{WHOSE_WORDS})\s+phones?(?:\s+for\s+{spans.EN}\s+"
               rf"{_PER_EN})?\s*(?P<end>[.!]*)")
_LIMIT_EN = lazy(rf"{_S_EN}\s+(?P<verb>limits?)\s+{_WHOM_EN}['’]s?\s+(?:screen|phone)\s+time\s+to\s+{spans.EN}\s+"
                 rf"{_PER_EN}\s*(?P<end>[.!]*)")
_HOW_LONG_EN = lazy(rf"How\s+(?:(?P<long>long)|much\s+time)\s+(?P<do>do|does)\s+{_S_EN}\s+spend\s+on\s+{_ON_EN}\s+"
                    rf"{_PER_EN}\s*\?+")
_SPENDS_EN = lazy(rf"{_S_EN}\s+(?P<verb>spends?)\s+{_ABOUT_EN}{spans.EN}(?P<per0>\s+{_PER_EN})?\s+on\s+{_ON_EN}"
                  rf"(?P<per>\s+{_PER_EN})?\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about time spent on a phone; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _much(text) or _always(text) or _hooked(text) or _told(text) or _let(text) or _how_long(text)
    return (_much_vi(text) or _always_vi(text) or _hooked_vi(text) or _told_vi(text) or _let_vi(text) or
            _how_long_vi(text))


def _subject(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of _S in English, whether they take "does", and their phone: ("my son", True, "his phone"),
    ("I", False, "my phone"), ("my kids", False, "their phones"), ("my child", True, "their phone"); None where who
    is not sure ("Anh" alone, said) and for a name (his or her? "the phone" reads as calls)."""
    if m["group"]:
        return _GROUPS[keyed(m["group"])], False, "their phones"
    said = who(m, asked)
    if said is None:
        return None
    who_, one = said
    if m["given"]:
        return None  # (a name's phone: his or her? "the phone" reads as calls)
    whose = whose_own(m, who_) or "their"
    return who_, one, f"{whose} phone{'s' * (whose in ('our', 'their') and not one)}"


def _much(text: str) -> str | None:
    """"Con tôi xem điện thoại quá nhiều." as "My child spends too much time on their phone.", "Bạn có dùng điện thoại
    nhiều không?" as "Do you spend a lot of time on your phone?" (_TOO_MUCH); None for anything else."""
    m = _TOO_MUCH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) and not asked or m["not"] and asked or (
            m["use"] and (m["glued"] or keyed(m["use"]) in ("cầm", "ôm"))) or not (said := _subject(m, asked)):
        return None
    who_, one, phone = said
    much = _MUCH[keyed(m["much"])]
    if asked:
        return f"{'Does' if one else 'Do'} {who_} spend {much} time on {phone}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t spend {much.removeprefix('a lot of')} time on "
                           f"{phone}.".replace("spend  time", "spend much time"))
    return capitalised(f"{who_} spend{'s' * one} {much} time on {phone}.")


def _always(text: str) -> str | None:
    """"Anh ấy lúc nào cũng cắm mặt vào điện thoại." as "He's always glued to his phone.", "Cô ấy cầm điện thoại suốt
    ngày." as "She's on her phone all day." (_ALWAYS); None for anything else, and where neither is said."""
    m = _ALWAYS.fullmatch(text)
    held = keyed(m["use"]) in ("cầm", "ôm") if m else False  # ("luôn cầm điện thoại": always has it on them)
    if not m or "?" in m["end"] or not (m["always"] and not held or m["day0"] or m["day"]) or m["day0"] and m[
            "day"] or not (said := _subject(m, False)):
        return None
    who_, _, phone = said
    if phone == "the phone" and not m["glued"]:  # ("Lan is on the phone all day": calls)
        phone = "their phone" if m["kin"] else None
    if phone is None:
        return None
    on = "glued to" if m["glued"] else "on"
    day = " all day" if m["day0"] or m["day"] else ""
    always = " always" if m["always"] and not day else ""
    return capitalised(contracted(who_, f"{be(who_)}{always} {on} {phone}{day}."))


def _hooked(text: str) -> str | None:
    """"Con trai tôi nghiện điện thoại." as "My son is addicted to his phone.", "Bạn có nghiện điện thoại không?" as
    "Are you addicted to your phone?" (_HOOKED); None for anything else."""
    m = _HOOKED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (said := _subject(m, asked)):
        return None
    who_, _, phone = said
    is_ = be(who_)
    if asked:
        return f"{is_.capitalize()} {who_} addicted to {phone}?"
    if m["not"]:
        return capitalised("I'm not" if who_ == "I" else f"{who_} {is_}n't") + f" addicted to {phone}."
    return capitalised(contracted(who_, f"{is_} addicted to {phone}."))


def _told(text: str) -> str | None:
    """"Cất điện thoại đi!" as "Put your phone away!", "Các con bỏ điện thoại xuống đi." as "Put your phones down.",
    "Đừng xem điện thoại nữa." as "Stop looking at your phone." (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    if not m:
        return None
    phone = f"your phone{'s' * _TO[keyed(m['to'])] if m['to'] else ''}"
    stop = keyed(m["stop"] or "")
    said = (f"Put {phone} away" if m["away"] else f"Put {phone} down" if m["down"] else
            f"Stop {'looking at' if stop == 'xem' else 'using' if stop == 'dùng' else 'playing on'} {phone}")
    return said + ("!" if "!" in m["end"] else ".")


def _whom(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _WHOM in English: "con trai tôi" as "my son", "con" as "my child" (said by "tôi"), "bọn trẻ"
    as "the kids"; None for "con" said by anyone else."""
    whom = keyed(m["whom"])
    if whom in ("con", "các con"):
        whose = EN_WHOSE.get(who_) if who_ in ("I", "we") else None
        return whose and f"{whose} {'child' if whom == 'con' else 'kids'}"
    return _GROUPS.get(whom) or someone(m["whom"], "vi")


def _let(text: str) -> str | None:
    """"Tôi cho con xem điện thoại một tiếng mỗi ngày." as "I let my child use the phone for an hour a day.", "Tôi
    không cho con xem điện thoại." as "I don't let my child use the phone.", "Tôi giới hạn thời gian dùng điện thoại
    của con trai tôi một tiếng mỗi ngày." as "I limit my son's screen time to an hour a day." (_LET, _LIMIT); None for
    anything else, a span not of minutes or hours, and letting with neither a span nor "không"."""
    m = _LET.fullmatch(text) or _LIMIT.fullmatch(text)
    if not m or "?" in m["end"] or not (said := _subject(m, False)) or not (whom := _whom(m, said[0])):
        return None
    who_, one, _ = said
    span = spans.said(m, "en")
    if m["unit"] and keyed(m["unit"]) not in ("phút", "tiếng", "tiếng đồng hồ", "giờ") or m.re == _LET and (
            bool(span) == bool(m["not"]) or m["not"] and m["only"]):
        return None
    if m.re != _LET:
        return capitalised(f"{who_} limit{'s' * one} {whom}{chr(39) * (whom[-1] == 's') or chr(39) + 's'} screen time "
                           f"to {span} a day.")
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t let {whom} use the phone.")
    return capitalised(f"{who_}{' only' * bool(m['only'])} let{'s' * one} {whom} use the phone for {span} a day.")


def _how_long(text: str) -> str | None:
    """"Mỗi ngày bạn dùng điện thoại bao lâu?" as "How long do you spend on your phone each day?", "Tôi dùng điện
    thoại ba tiếng mỗi ngày." as "I spend three hours a day on my phone." (_HOW_LONG); None for anything else, and
    where "a day" is not said once."""
    m = _HOW_LONG.fullmatch(text)
    asked = bool(m and (m["how"] or m["much"]))
    if not m or asked != ("?" in m["end"]) or bool(m["per0"]) == bool(m["per"]) or not (said := _subject(m, asked)):
        return None
    who_, one, phone = said
    if asked:
        return f"How {'much time' if m['much'] else 'long'} {'does' if one else 'do'} {who_} spend on {phone} each day?"
    if keyed(m["unit"] or "tiếng") not in ("phút", "tiếng", "tiếng đồng hồ", "giờ"):
        return None
    about = f"{spans.ABOUT[keyed(m['about'])]} " if m["about"] else ""
    return capitalised(f"{who_} spend{'s' * one} {about}{spans.said(m, 'en')} a day on {phone}.")


def _subject_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _S_EN in Vietnamese, and whether English says them with "-s"; None where whose phone
    (the group "owner", where there is one) is not their own ("He … her phone", "I … your phone", "the phone")."""
    found = m.groupdict()
    who_, one = (_GROUPS_EN[keyed(m["group"])], False) if m["group"] else who_vi(m)
    owner = (found.get("owner") or "").lower()
    if found.get("phone") == "phones" and owner not in ("our", "their", "your"):
        return None
    if m["group"]:
        return (who_, one) if owner in ("", "their") else None
    return (who_, one) if not owner or owner != "the" and own_thing(m, who_, one) is True else None


def _much_vi(text: str) -> str | None:
    """"My kids spend too much time on screens." as "Bọn trẻ nhà tôi xem điện thoại quá nhiều.", "Do you spend a lot
    of time on your phone?" as "Bạn có xem điện thoại nhiều không?" (_TOO_MUCH_EN); None for anything else, and where
    "spend" or "do" does not agree with who."""
    m = _TOO_MUCH_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or not (said := _subject_vi(m)):
        return None
    who_, one = said
    aux, much = (m["do"] or m["not"] or "").lower(), " ".join(m["much"].lower().split())
    if (aux.startswith("does") if aux else m["verb"] == "spends") != one or aux and m["verb"] == "spends" or (
            much == "much" and not aux):
        return None
    much = _MUCH_EN[much].removeprefix("rất " if aux else "")  # ("không xem điện thoại nhiều")
    if m["do"]:
        return capitalised(f"{who_} có xem điện thoại {much} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}xem điện thoại {much}.")


def _always_vi(text: str) -> str | None:
    """"He's always on his phone." as "Anh ấy lúc nào cũng dán mắt vào điện thoại.", "She looks at her phone all
    day." as "Cô ấy xem điện thoại suốt ngày." (_ALWAYS_EN); None for anything else, and where "is" or "looks" does
    not agree with who."""
    m = _ALWAYS_EN.fullmatch(text)
    if not m or not (m["always"] or m["always2"] or m["day"] or m["glued"]) or not m["owner"] or not (
            said := _subject_vi(m)):
        return None
    who_, one = said
    if m["look"] and (m["look"] == "looks") != one or m["be"] and be_said(m["be"]) != (
            "are" if m["group"] else be_of(who_, one)):
        return None
    doing = "xem điện thoại" if m["look"] or m["looking"] else "dán mắt vào điện thoại"
    if m["day"]:
        return capitalised(f"{who_} {doing} suốt ngày.")
    return capitalised(f"{who_} lúc nào cũng {doing}.")


def _hooked_vi(text: str) -> str | None:
    """"My son is addicted to his phone." as "Con trai tôi nghiện điện thoại.", "Are you addicted to your phone?" as
    "Bạn có nghiện điện thoại không?" (_HOOKED_EN); None for anything else, and where "is" does not agree."""
    m = _HOOKED_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["be0"]) != asked or bool(m["be0"]) == bool(m["be"]) or not (said := _subject_vi(m)):
        return None
    who_, one = said
    is_ = be_said(m["be0"] or m["be"])
    if is_ != ("are" if m["group"] else be_of(who_, one)) or m["not"] and is_ == "am" and "n" in m["not"][:1]:
        return None
    if asked:
        return capitalised(f"{who_} có nghiện điện thoại không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}nghiện điện thoại.")


def _told_vi(text: str) -> str | None:
    """"Put your phone away!" as "Cất điện thoại đi!", "Put down your phone." as "Bỏ điện thoại xuống đi.", "Stop
    looking at your phone." as "Đừng xem điện thoại nữa." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    if not m or m["please"] and m["please2"]:
        return None
    stop = " ".join((m["stop"] or "").lower().split())
    said = ("Cất điện thoại đi" if m["away"] else "Bỏ điện thoại xuống đi" if m["down"] else
            f"Đừng {'xem' if stop == 'stop looking at' else 'nghịch' if stop == 'stop playing on' else 'dùng'} "
            "điện thoại nữa")
    return said + (" nhé" if m["please"] or m["please2"] else "") + ("!" if "!" in m["end"] else ".")


def _let_vi(text: str) -> str | None:
    """"I let my kids use the phone for an hour a day." as "Tôi cho bọn trẻ nhà tôi dùng điện thoại một tiếng mỗi
    ngày.", "I limit my son's screen time to an hour a day." as "Tôi chỉ cho con trai tôi xem điện thoại một tiếng
    mỗi ngày." (_LET_EN, _LIMIT_EN); None for anything else, and where the verb does not agree with who."""
    m = _LET_EN.fullmatch(text) or _LIMIT_EN.fullmatch(text)
    if not m or not (said := _subject_vi(m)):
        return None
    who_, one = said
    not_, only = m.groupdict().get("not"), m.groupdict().get("only")  # (of _LET_EN only)
    whom = _GROUPS_EN.get(keyed(m["whom"])) or someone(m["whom"], "en")
    span = spans.said(m, "vi") if m["n"] or m["half_hour"] else ""
    if not whom or (m["verb"].endswith("s") != (one and not not_)) or not_ and (
            not_.lower().startswith("does") != one or span or only) or not (span or not_) or (
            m["unit"] and m["unit"].lower() not in ("minute", "hour")):
        return None
    if m.re != _LET_EN:
        return capitalised(f"{who_} chỉ cho {whom} xem điện thoại {span} mỗi ngày.")
    if not_:
        return capitalised(f"{who_} không cho {whom} dùng điện thoại.")
    return capitalised(f"{who_}{' chỉ' * bool(only)} cho {whom} dùng điện thoại {span} mỗi ngày.")


def _how_long_vi(text: str) -> str | None:
    """"How long do you spend on your phone each day?" as "Mỗi ngày bạn dùng điện thoại bao lâu?", "My son spends
    three hours a day on his phone." as "Con trai tôi dùng điện thoại ba tiếng mỗi ngày." (_HOW_LONG_EN); None for
    anything else, and where "does" or "spends" does not agree with who."""
    m = _HOW_LONG_EN.fullmatch(text) or _SPENDS_EN.fullmatch(text)
    if not m or not (said := _subject_vi(m)):
        return None
    who_, one = said
    if m.re == _HOW_LONG_EN:
        if (m["do"] == "does") != one:
            return None
        return capitalised(f"Mỗi ngày {who_} dùng điện thoại bao lâu?" if m["long"] else
                           f"Mỗi ngày {who_} dành bao nhiêu thời gian cho điện thoại?")
    if (m["verb"] == "spends") != one or bool(m["per0"]) == bool(m["per"]) or m["screens"] or (
            m["unit"] and m["unit"].lower() not in ("minute", "hour")):
        return None
    about = f"{spans.ABOUT_EN[keyed(m['about'])]} " if m["about"] else ""
    return capitalised(f"{who_} dùng điện thoại {about}{spans.said(m, 'vi')} mỗi ngày.")
