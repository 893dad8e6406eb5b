"""Who pays, among friends at a meal or a café, both ways, written whole by rule: a treat ("It's on me"), offering to
pay, who pays this time, next time or paid last time, whose turn it is, splitting the bill and paying separately. v8
(with the other rules on): "Lần này tôi mời." → "This time I invited.", "Hôm nay tôi bao." → "I'm going today.", "Chia
đôi nhé." → "Splits.", "Chúng tôi trả riêng." → "We replied alone.", "Lần sau tôi trả." → "Next time I replied.", "Lần
trước bạn trả rồi." → "Last time you pay.", "Ai trả?" → "Who answered?", "Đến lượt tôi trả." → "In turn, I replied.";
"This one's on me." → "Cái này ở trên tôi.", "I'll get this." → "Tôi sẽ nhận được cái này.", "I'll pay next time." →
"Tôi sẽ dành thời gian kế tiếp.", "Let's go Dutch." → "Chúng ta hãy đi Hà Lan.", "My treat." → "Tôi chữa trị.", "Can we
pay separately?" → "Chúng ta có thể trả riêng một cách không?", "Lunch is on me." → "Lunch đang ở trên tôi.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only asking) or "ai"
(who?); the time one of TIMES ("lần này", this time). Taken: the speaker's treat ("Lần này tôi mời.", "Bữa trưa để tôi
mời.", "Lunch is on me today.", "My treat."), the speaker's offer to pay ("Để tôi trả.", "Let me pay this time.", "I'll
get this."), who pays this time, today or next time, or paid last time, said or asked ("Lần sau tôi trả.", "You paid
last time.", "Ai trả tiền?"), whose turn it is to pay, splitting the bill ("Chia đôi nhé.", "Let's split it in
half.", "Let's go Dutch.", "Mỗi người trả một nửa."), paying separately ("Chúng tôi trả riêng.", "Can we pay
separately?"). Left: "Tôi mời.", "It's on me.", "Keep the change.", "Let's split the bill.", asking for the bill (the
phrasebook's list), paying bare or in cash ("Lan đã trả tiền.", "I'll pay.": mt/transfers.py), "Lan trả tiền." and
"Tôi trả rồi." (when, or paid or returned, not said), "Tôi mời bạn." (invited), a treat by someone else.
mt.phrasebook.translate tries these after mt/wishes.py.

    >>> translate("Lần này tôi mời.", "vi", "en"), translate("I'll pay next time.", "en", "vi")
    ("This one's on me.", 'Lần sau tôi trả.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .terms import WHOSE_VI
from .text import EN_WHOSE, SOFTENED_END, alternatives, be_said, capitalised, keyed

# when, as a time among rounds (the first Vietnamese of each is written back)
TIMES = {"lần này": "this time", "hôm nay": "today", "lần sau": "next time", "lần tới": "next time",
         "lần trước": "last time"}
TIMES_VI = {en: vi for vi, en in reversed(TIMES.items())}
# what is on the speaker, said first ("Bữa trưa để tôi mời."), and in English ("Lunch is on me."); None: a time
TREATS = {"lần này": "this one", "bữa này": "this meal", "chầu này": "this round", "bữa sáng": "breakfast",
          "bữa trưa": "lunch", "bữa tối": "dinner", "cà phê": "the coffee", "đồ uống": "the drinks", "hôm nay": None,
          "lần sau": None, "lần tới": None}
TREATS_VI = {"it": "", "this": "lần này", "this one": "lần này", "next one": "lần sau", "the next one": "lần sau",
             "next time": "lần sau", "this meal": "bữa này", "this round": "chầu này", "breakfast": "bữa sáng",
             "lunch": "bữa trưa", "dinner": "bữa tối", "coffee": "cà phê", "the coffee": "cà phê", "drinks": "đồ uống",
             "the drinks": "đồ uống"}
_KEYS = {"vi": lazy(r"(?i:trả|mời|bao|khao|đãi|chia)"),
         "en": lazy(r"(?i:pa(?:y|id)|on\s+(?:me|us)|treat|split|dutch|get\s+th|separate)")}
_TIME = rf"(?i:{alternatives(TIMES)})"
_END = rf"(?:\s+(?P<nhe>nhé|nha|đi))?{SOFTENED_END}"

# a treat ("Lần này tôi mời.", "Bữa trưa nay để tôi mời.", "Hôm nay mình bao nhé.")
_TREAT = lazy(rf"(?:(?P<what>(?i:{alternatives(TREATS)}))(?:\s+(?P<nay>nay|hôm\s+nay))?\s+)?(?:[Đđ]ể\s+)?"
              rf"(?i:tôi|mình)\s+(?:mời|bao|khao|đãi)(?:\s+(?P<time>lần\s+này|hôm\s+nay))?{_END}")
# the speaker's offer ("Để tôi trả.", "Lần này để tôi trả tiền nhé.")
_LET = lazy(rf"(?:(?P<time0>{_TIME})\s+)?[Đđ]ể\s+(?:tôi|mình)\s+(?:trả|thanh\s+toán)(?:\s+tiền)?"
            rf"(?:\s+(?P<time>{_TIME}))?{_END}")
# who pays when, or whose turn it is ("Lần sau tôi trả.", "Bạn trả lần trước rồi.", "Đến lượt ai trả?")
_PAYS = lazy(rf"(?:(?P<time0>{_TIME})\s+)?(?:(?P<turn>[Đđ]ến\s+lượt)\s+)?(?:(?P<ai>[Aa]i)|{WHO})\s+"
             rf"(?:(?P<tense>đã|sẽ)\s+)?trả(?:\s+tiền)?(?:\s+(?P<time>{_TIME}))?(?:\s+(?P<done>rồi))?{_END}")
# splitting the bill ("Chia đôi nhé.", "Mình chia đều tiền nhé?", "Chia đôi được không?")
_SPLIT = lazy(r"(?:(?i:chúng\s+ta|chúng\s+mình|mình|tụi\s+mình|bọn\s+mình)\s+)?(?i:chia)(?:\s+(?P<how>đôi|đều))?"
              r"(?:\s+(?P<bill>hóa\s+đơn|tiền))?(?:\s+(?P<can>được))?(?:\s+(?P<asked>không))?" + _END)
_EACH = lazy(r"[Mm]ỗi\s+người\s+(?:tự\s+)?trả\s+(?:(?P<half>một\s+nửa)|phần\s+(?:của\s+)?mình)" + _END)
_APART = lazy(r"(?P<we>(?i:chúng\s+tôi|chúng\s+ta|chúng\s+mình))\s+(?:(?P<want>muốn)\s+|(?P<can>có\s+thể)\s+|"
              r"(?P<will>sẽ)\s+)?trả\s+(?:tiền\s+)?riêng(?:\s+(?P<can2>được))?(?:\s+(?P<asked>không))?" + _END)

# ... and in English
_TIME_EN = r"(?P<time>this\s+time|today|tonight|next\s+time|last\s+time)"
_TIME_ASKED = _TIME_EN.replace("<time>", "<time2>")
_TREAT_EN = lazy(rf"(?:(?P<time0>Next\s+time|This\s+time|Today),?\s+)?(?P<what>(?i:{alternatives(TREATS_VI)}))"
                 rf"(?P<be>['’]s|['’]re|\s+is|\s+are)\s+on\s+(?P<us>me|us)(?:\s+{_TIME_EN})?\s*(?P<end>[.!]*)")
_LET_EN = lazy(rf"Let\s+me\s+(?:pay|get\s+(?P<this>this(?:\s+one)?|the\s+bill))(?:\s+for\s+(?:this|it))?"
               rf"(?:\s+{_TIME_EN})?\s*(?P<end>[.!]*)")
_PAYS_EN = lazy(rf"(?:(?P<time0>Next\s+time|This\s+time|Last\s+time|Today),?\s+)?{WHO_EN}(?:\s+(?P<paid>paid)|"
                r"(?P<will>['’]ll|\s+will|\s+can)\s+(?:pay|get\s+(?P<this>this(?:\s+one)?|the\s+next\s+one))|"
                rf"(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is)\s+paying)(?:\s+{_TIME_EN})?\s*(?P<end>[.!]*)")
_WHO_PAYS_EN = lazy(rf"Who(?:(?P<be>['’]s|\s+is)\s+paying|(?P<will>['’]ll|\s+will)\s+pay|\s+(?P<paid>paid))"
                    rf"(?:\s+{_TIME_EN})?\s*\?+")
_TURN_EN = lazy(rf"(?:It['’]s|It\s+is)\s+(?:(?P<own>(?i:{alternatives(WHOSE_VI)}))|(?P<whose>(?i:"
                rf"{alternatives(WHOSE_VI)})\s+\w+|[A-Z]\w+)['’]s)\s+turn\s+to\s+pay(?:\s+{_TIME_EN})?\s*[.!]*|"
                rf"Whose\s+turn\s+is\s+it\s+to\s+pay(?:\s+{_TIME_ASKED})?\s*\?+")
_SPLIT_EN = lazy(r"(?:Let['’]s|(?P<asked>Shall|Should)\s+we)\s+split\s+(?P<bill>it|the\s+bill|the\s+check)"
                 r"(?:\s+(?:(?P<half>in\s+half|fifty-fifty|50-50|50/50)|(?P<even>evenly|equally)))?"
                 r"\s*(?P<end>[.!?]*)")
_APART_EN = lazy(r"(?:(?P<can>Can|Could|May)\s+we\s+(?:please\s+)?(?:pay\s+separately|have\s+separate\s+bills)"
                 r"(?:,?\s+please)?\s*(?P<end>\?+)|We(?:(?P<like>['’]d\s+like\s+to|\s+would\s+like\s+to|"
                 r"\s+want\s+to)|(?P<will>['’]ll|\s+will))\s+pay\s+separately\s*[.!]*|"
                 r"Let['’]s\s+pay\s+separately\s*[.!]*)")
# sayings of the table, whole (keyed, final stops and "’" as "'"), in Vietnamese
_SAYINGS_EN = {"i'll get this": "Để tôi trả.", "i'll get the bill": "Để tôi trả.", "i'll get this one":
               "Lần này để tôi trả.", "my treat": "Tôi mời.", "this is my treat": "Lần này tôi mời.",
               "it's my treat today": "Hôm nay tôi mời.", "let's go dutch": "Mỗi người tự trả phần của mình nhé.",
               "let's each pay half": "Mỗi người trả một nửa nhé.", "we'll each pay half": "Mỗi người trả một nửa.",
               "let's each pay for ourselves": "Mỗi người tự trả phần của mình nhé.",
               "you get the next one": "Lần sau bạn trả nhé."}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who pays, or treats, among friends, or asks it, or splits the bill;
    None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _treat(text) or _let(text) or _pays(text) or _split(text) or _each(text) or _apart(text)
    return (_SAYINGS_EN.get(keyed(text.replace("’", "'")).rstrip(".! ")) or _treat_vi(text) or _let_vi(text) or
            _pays_vi(text) or _who_pays_vi(text) or _turn_vi(text) or _split_vi(text) or _apart_vi(text))


def _stated(m: re.Match) -> bool:
    """Whether a match ending in _END's groups (or "…!") is said, not asked."""
    return "?" not in m["end"]


def _treat(text: str) -> str | None:
    """"Lần này tôi mời." as "This one's on me.", "Hôm nay tôi bao." as "It's on me today.", "Lần sau mình mời
    nhé." as "Next time it's on me.", "Bữa trưa nay để tôi mời." as "Lunch is on me today." (_TREAT); None for
    anything else, and a treat by no time or thing ("Tôi bao.": the phrasebook has "Tôi mời.")."""
    m = _TREAT.fullmatch(text)
    if not m or not _stated(m) or m["nhe"] == "đi" or not m["what"] and not m["time"]:
        return None
    what = keyed(m["what"] or m["time"])
    said, today = TREATS[what], m["nay"] or what == "hôm nay" or m["time"] and keyed(m["time"]) == "hôm nay"
    if m["what"] and m["time"] or m["nay"] and said in (None, "this one", "this meal", "this round"):
        return None
    if said is None:
        return "It's on me today." if today else "Next time it's on me."
    when_ = (" tonight" if said == "dinner" else " today") if today else ""
    be_ = "'s" if said == "this one" else " are" if said == "the drinks" else " is"
    return capitalised(f"{said}{be_} on me{when_}.")


def _let(text: str) -> str | None:
    """"Để tôi trả." as "Let me pay.", "Lần này để tôi trả tiền." as "Let me pay this time." (_LET); None for
    anything else, and for last time."""
    m = _LET.fullmatch(text)
    if not m or not _stated(m) or m["nhe"] == "đi" or m["time0"] and m["time"]:
        return None
    time = TIMES[keyed(m["time0"] or m["time"])] if m["time0"] or m["time"] else ""
    return None if time == "last time" else f"Let me pay{' ' * bool(time)}{time}."


def _pays(text: str) -> str | None:
    """"Lần sau tôi trả." as "I'll pay next time.", "Lần trước bạn trả rồi." as "You paid last time.", "Lần này
    bạn trả nhé." as "You can pay this time.", "Ai trả tiền?" as "Who's paying?", "Đến lượt tôi trả." as "It's my
    turn to pay." (_PAYS); None for anything else, and for one paying no time said ("Lan trả tiền.")."""
    m = _PAYS.fullmatch(text)
    if not m or m["time0"] and m["time"] or m["nhe"] == "đi":
        return None
    time = TIMES[keyed(m["time0"] or m["time"])] if m["time0"] or m["time"] else ""
    past = time == "last time" or m["tense"] == "đã" or bool(m["done"])
    if past and (m["tense"] == "sẽ" or time not in ("", "last time") or m["nhe"]) or m["turn"] and (past or m["tense"]):
        return None
    when_ = f" {time}" if time else ""
    if m["ai"]:
        if _stated(m) or m["nhe"]:
            return None
        if m["turn"]:
            return f"Whose turn is it to pay{when_}?"
        return f"Who paid{when_}?" if past else f"Who's paying{when_}?"
    said = who(m, False)
    if said is None or not _stated(m):
        return None
    who_ = said[0]
    if m["turn"]:
        whose = EN_WHOSE.get(who_) or f"{who_}'s"
        return f"It's {whose} turn to pay{when_}."
    if not time:
        return None
    if past:
        return capitalised(f"{who_} paid{when_}.")
    if m["nhe"] and who_ != "I":
        return capitalised(f"{who_} can pay{when_}.")
    return capitalised(f"{who_}'ll pay{when_}." if who_ in EN_WHOSE else f"{who_} will pay{when_}.")


def _split(text: str) -> str | None:
    """"Chia đôi nhé." as "Let's split it.", "Chia tiền nhé." as "Let's split the bill.", "Chia đều nhé." as "Let's
    split it evenly.", "Chia đôi được không?" as "Shall we split it?" (_SPLIT); None for anything else."""
    m = _SPLIT.fullmatch(text)
    if not m or not (m["how"] or m["bill"]):
        return None
    asked = "?" in m["end"]
    if asked and not (m["asked"] and not m["nhe"] or m["nhe"] == "nhé" and not (m["asked"] or m["can"])) or (
            not asked and (m["asked"] or m["can"] or not m["nhe"])):  # ("Chia đôi.": halve it)
        return None
    what = f"{'the bill' if m['bill'] else 'it'}{' evenly' if m['how'] == 'đều' else ''}"
    return f"Shall we split {what}?" if asked else f"Let's split {what}."


def _each(text: str) -> str | None:
    """"Mỗi người trả một nửa nhé." as "Let's each pay half.", "Mỗi người trả một nửa." as "We'll each pay half.",
    "Mỗi người tự trả phần của mình nhé." as "Let's each pay for ourselves." (_EACH); None for anything else."""
    m = _EACH.fullmatch(text)
    if not m or not _stated(m):
        return None
    lead = "Let's" if m["nhe"] else "We'll"
    return f"{lead} each pay {'half' if m['half'] else 'for ourselves'}."


def _apart(text: str) -> str | None:
    """"Chúng tôi trả riêng." as "We'll pay separately.", "Chúng tôi trả riêng được không?" as "Can we pay
    separately?", "Chúng ta trả riêng nhé." as "Let's pay separately." (_APART); None for anything else."""
    m = _APART.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["can"] or m["can2"]) or m["nhe"] and (asked or m["want"]):
        return None
    if asked:
        return "Can we pay separately?"
    if m["nhe"]:
        return "Let's pay separately." if keyed(m["we"]) != "chúng tôi" else None
    return "We'd like to pay separately." if m["want"] else "We'll pay separately."


def _treat_vi(text: str) -> str | None:
    """"This one's on me." as "Lần này tôi mời.", "It's on me today." as "Hôm nay tôi mời.", "Next time it's on
    me." as "Lần sau tôi mời.", "Lunch is on me." as "Bữa trưa để tôi mời." (_TREAT_EN); None for anything else, and
    where "is" or "are" does not go with the thing ("Drinks is on me.")."""
    m = _TREAT_EN.fullmatch(text)
    if not m or m["time0"] and m["time"]:
        return None
    what, time = keyed(m["what"]).lower(), keyed(m["time0"] or m["time"] or "").lower()
    opener, us = TREATS_VI[what], "chúng tôi" if m["us"] == "us" else "tôi"
    if (be_said(m["be"]) == "are") != what.endswith("drinks") or time == "last time" or time and opener in (
            "lần này", "lần sau", "bữa này", "chầu này") or time == "tonight" and opener not in ("", "bữa tối"):
        return None
    if opener in ("", "lần này", "lần sau"):
        return capitalised(f"{TIMES_VI.get(time, 'tối nay' if time else '') or opener} {us} mời.".lstrip())
    said = {"today": " hôm nay", "tonight": " nay"}.get(time, "")
    return capitalised(f"{opener}{said} để {us} mời.")


def _let_vi(text: str) -> str | None:
    """"Let me pay." as "Để tôi trả.", "Let me pay this time." as "Lần này để tôi trả.", "Let me get this one." as
    "Lần này để tôi trả." (_LET_EN); None for anything else."""
    m = _LET_EN.fullmatch(text)
    time = keyed(m["time"]).lower() if m and m["time"] else ""
    one = bool(m and m["this"] and m["this"].endswith("one"))
    if not m or time not in ("", "this time", "today") or one and time:
        return None
    return capitalised(f"{TIMES_VI[time] if time else 'lần này' if one else ''} để tôi trả.".lstrip())


def _pays_vi(text: str) -> str | None:
    """"I'll pay next time." as "Lần sau tôi trả.", "You paid last time." as "Lần trước bạn trả rồi.", "You can
    pay next time." as "Lần sau bạn trả nhé.", "She's paying today." as "Hôm nay cô ấy trả." (_PAYS_EN); None for
    anything else, for no time said ("I'll pay.": mt/transfers.py), and where "is", "am", "are" does not agree."""
    m = _PAYS_EN.fullmatch(text)
    if not m or m["time0"] and m["time"]:
        return None
    time = keyed(m["time0"] or m["time"] or "").lower()
    who_, one = who_vi(m)
    this = keyed(m["this"] or "").lower()
    if this:  # ("I'll get this one"; "You'll get this" is also "you'll understand")
        if time or this != "the next one" and who_ != "tôi":
            return None
        time = "next time" if this == "the next one" else "this time"
    if m["paid"]:
        return f"Lần trước {who_} trả rồi." if time == "last time" else None
    if time not in ("this time", "today", "next time") or m["be"] and be_said(m["be"]) != be_of(who_, one):
        return None
    can = m["will"] and keyed(m["will"]) == "can"
    said = "trả nhé" if can else "trả" if who_ == "tôi" or m["be"] else "sẽ trả"
    return f"{capitalised(TIMES_VI[time])} {who_} {said}."


def _who_pays_vi(text: str) -> str | None:
    """"Who's paying?" as "Ai trả tiền?", "Who paid last time?" as "Lần trước ai trả tiền?", "Who'll pay next
    time?" as "Lần sau ai sẽ trả tiền?" (_WHO_PAYS_EN); None for anything else."""
    m = _WHO_PAYS_EN.fullmatch(text)
    time = keyed(m["time"]).lower() if m and m["time"] else ""
    if not m or time == "tonight" or (time == "last time") != bool(m["paid"]) and time:
        return None
    verb = "đã trả" if m["paid"] and not time else "sẽ trả" if m["will"] else "trả"
    return capitalised(f"{TIMES_VI[time] + ' ' if time else ''}ai {verb} tiền?")


def _turn_vi(text: str) -> str | None:
    """"It's my turn to pay." as "Đến lượt tôi trả.", "It's Lan's turn to pay next time." as "Lần sau đến lượt Lan
    trả.", "Whose turn is it to pay?" as "Đến lượt ai trả?" (_TURN_EN); None for anything else."""
    m = _TURN_EN.fullmatch(text)
    time = keyed(m["time"] or m["time2"] or "").lower() if m else ""
    if not m or time in ("last time", "tonight"):
        return None
    whose = WHOSE_VI[m["own"].lower()] if m["own"] else someone(m["whose"], "en") if m["whose"] else "ai"
    if whose is None:
        return None
    return capitalised(f"{TIMES_VI[time] + ' ' if time else ''}đến lượt {whose} trả{'?' if whose == 'ai' else '.'}")


def _split_vi(text: str) -> str | None:
    """"Let's split it." as "Chúng ta chia tiền nhé.", "Let's split the bill in half." as "Chúng ta chia đôi
    nhé.", "Shall we split it evenly?" as "Chúng ta chia đều nhé?" (_SPLIT_EN); None for anything else."""
    m = _SPLIT_EN.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    how = "đôi" if m["half"] else "đều" if m["even"] else "tiền"
    return f"Chúng ta chia {how} nhé{'?' if m['asked'] else '.'}"


def _apart_vi(text: str) -> str | None:
    """"Can we pay separately?" as "Chúng tôi trả riêng được không?", "We'd like to pay separately." as "Chúng tôi
    muốn trả riêng.", "Let's pay separately." as "Chúng ta trả riêng nhé." (_APART_EN); None for anything else."""
    m = _APART_EN.fullmatch(text)
    if not m:
        return None
    if m["can"]:
        return "Chúng tôi trả riêng được không?"
    if m["like"] or m["will"]:
        return f"Chúng tôi {'muốn' if m['like'] else 'sẽ'} trả riêng."
    return "Chúng ta trả riêng nhé."
