"""Business trips, both ways, written whole by rule. v8 reads "đi công tác" as going to work and "business trip" as a
trip "kinh doanh": "Anh ấy đang đi công tác." → "He's going to work.", "Tuần sau tôi đi công tác ở Đà Nẵng." → "Next
week, I'll go to work in Da Nang.", "Cô ấy hay phải đi công tác." → "She or have to go to work.", "Khi nào anh ấy đi
công tác về?" → "When will he go to work?", "Tôi vừa đi công tác Hà Nội về." → "I just went to work to Hanoi."; "He's
on a business trip." → "Anh ấy đang ở chuyến đi kinh doanh.", "My husband is away on business this week." → "Chồng tôi
vắng mặt vào tuần này.", "She often travels for work." → "Cô ấy thường đi du lịch công việc.".

Taken: who (mt.hobbies.WHO, WHO_EN) is on a business trip ("đang đi công tác"), is going on one ("sẽ", "sắp", a day
ahead), went on one ("đã", a day behind), has gone ("… rồi"), is back or just back ("vừa đi công tác về"), has to go
("phải"), said or asked ("có … không"), with a place mt.trips.place knows, a span of mt.workdays.UNITS and a day
mt.free_time.when reads (and mt.dates.NEAR_SPANS); how often who travels for work (mt.hobbies.SELDOM, "nhiều"); how
long whose trip is or who will be away; when who goes, or will be back. Left: "đi công tác" with nothing that says
when ("Mẹ tôi đi công tác ở Hà Nội.": is, or went?), "đang công tác ở" (works at), "vừa đi công tác" without "về"
(just left, or just back?), a day against the tense, "Anh …" alone saying it (mt.hobbies.who), a name's own trip
("his" or "her"?), how a trip was (mt/how_was.py), holidays and travel (mt/trips.py).
mt.phrasebook.translate tries these after mt/games.py.

    >>> translate("Anh ấy đang đi công tác.", "vi", "en"), translate("My husband is away on business.", "en", "vi")
    ("He's on a business trip.", 'Chồng tôi đang đi công tác.')
"""
from __future__ import annotations

import re

from . import hobbies
from . import text as _text
from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_OPENING, OPENS, placed, when
from .hobbies import WHO, WHO_EN, his_her_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import alternatives, be, capitalised, contracted, keyed
from .trips import place
from .workdays import UNITS, UNITS_VI

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:công\s+tác)"), "en": lazy(r"(?i:business|for\s+work)")}

# a span ("ba ngày", "vài tuần"), a place after "ở" or none ("ở Đà Nẵng", "Đà Nẵng": not a day, a span, nor the
# words that end the sentence)
_N_VI = rf"(?:\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}|vài))\s+(?:{alternatives(UNITS)})"
_SPAN = rf"\s+(?:trong\s+)?(?P<span>{_N_VI})"
_NOT_PLACE = rf"{OPENS}|(?:trong\s+)?{_N_VI}(?!\w)|(?:về|không|rồi|vậy|thế|nhỉ|ạ)(?!\w)"
_PLACE = rf"(?:\s+(?:ở|tại))?\s+(?P<place>(?!{_NOT_PLACE})[^,.!?]+?)"
_TRIP = r"đi\s+công\s+tác"
# when, said before it: now, going (soon), done, just done ("vừa đi công tác về")
_AUX = {"đang": "now", "sẽ": "going", "sắp": "soon", "đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just"}
# "Anh ấy đang đi công tác.", "Tuần sau tôi đi công tác ở Đà Nẵng.", "Tôi vừa đi công tác Hà Nội về.", "Bạn có đang
# đi công tác không?", "Tôi phải đi công tác ba ngày.", "Anh ấy đi công tác Đà Nẵng rồi."
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{alternatives(_AUX)})\s+)?(?:(?P<not>không)\s+)?"
             rf"(?P<must>phải\s+)?{_TRIP}(?:{_PLACE})?(?:{_SPAN})?(?:\s+(?P<day>{OPENS}[^,.!?]*?))?"
             rf"(?:\s+(?P<back>về))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?{_text.SOFTENED_END}")
# "Cô ấy hay phải đi công tác.", "Bạn có thường đi công tác không?", "Anh ấy đi công tác nhiều lắm."
_MUCH = {"nhiều": " a lot", "nhiều lắm": " a lot", "rất nhiều": " a lot", "suốt": " all the time"}
_OFTEN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(hobbies.SELDOM)})\s+)?(?P<must>phải\s+)?{_TRIP}"
              rf"(?:\s+(?P<much>{alternatives(_MUCH)}))?(?:\s+(?P<asked>không))?{_text.SOFTENED_END}")
# "Chuyến công tác của bạn kéo dài bao lâu?", "Bạn sẽ đi công tác bao lâu?"
_HOW_LONG = lazy(rf"[Cc]huyến\s+công\s+tác\s+(?:(?P<this>này)|(?:của\s+)?{hobbies.OWNER})\s+(?:(?P<will>sẽ)\s+)?"
                 rf"(?:kéo\s+dài\s+)?(?:trong\s+)?bao\s+lâu{_text.SOFTENED_QUESTION}")
_AWAY = lazy(rf"{WHO}\s+(?:sẽ|định|dự\s+định)\s+{_TRIP}\s+(?:trong\s+)?bao\s+lâu{_text.SOFTENED_QUESTION}")
# "Khi nào anh ấy đi công tác về?", "Bao giờ bạn đi công tác?" (opening the question: ahead)
_WHEN = lazy(rf"(?:[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+{WHO}\s+(?:sẽ\s+)?{_TRIP}(?:{_PLACE})?(?:\s+(?P<back>về))?"
             rf"{_text.SOFTENED_QUESTION}")

# ... and in English: a place, a span, a day (opened by one of these words)
_PLACE_EN = r"\s+(?:(?P<prep>to|in)\s+(?P<place>[^,.!?]+?)|(?P<abroad>abroad|overseas))"
_N_EN = rf"(?:an?|a\s+few|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?:{alternatives(UNITS_VI)})s?"
_SPAN_EN = rf"\s+for\s+(?P<span>{_N_EN})"
_DAY_EN = r"(?:\s+(?P<day>(?i:next|last|this|on|tomorrow|yesterday|today|tonight)(?!\w)[^,.!?]*?))?"
_REST_EN = rf"(?:{_PLACE_EN})?(?:{_SPAN_EN})?"
_BEHIND = lazy(r"(?i:yesterday|last\s|ago\b)")
_ON = {"on a business trip": "now", "away on business": "now", "away on a business trip": "now",
       "going on a business trip": "going", "going away on business": "going"}
# "He's on a business trip.", "I'm going on a business trip to Da Nang next week.", "Is your husband away on
# business?", "I'm going to Hanoi on business.", "She'll be away on business next week."
_BEING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are|Will)\s+)?{WHO_EN}(?:{_text.BE_EN}(?P<not>\s+not|n['’]t)?|"
                 rf"(?P<will>['’]ll|\s+will)(?P<wnot>\s+not)?\s+be|\s+(?P<wont>won['’]t)\s+be)?(?P<be2>\s+be)?\s+"
                 rf"(?:(?P<doing>{alternatives(_ON)}){_REST_EN}|going\s+to\s+(?P<to>[^,.!?]+?)\s+on\s+(?:business|"
                 rf"a\s+business\s+trip)){_DAY_EN}\s*(?P<end>[.!?]*)")
# "I went on a business trip to Japan last month.", "Did you go on a business trip?", "I have to go on a business
# trip.", "Does he have to go on a business trip?", "She doesn't have to go on a business trip."
_DID_EN = lazy(rf"(?:(?P<aux0>Did|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
               rf"(?P<verb>went|go|have\s+to\s+go|has\s+to\s+go|had\s+to\s+go)\s+on\s+a\s+business\s+trip{_REST_EN}"
               rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
# "She often travels for work.", "Do you often have to travel for work?", "He travels a lot for work."
_OFTEN_EN = lazy(rf"(?:(?P<do0>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<seldom>{alternatives(hobbies.SELDOM_VI)}))?"
                 r"(?:\s+(?P<must>has|have)\s+to)?\s+(?P<travel>travels?)(?P<much>\s+a\s+lot)?\s+for\s+work"
                 r"(?P<much2>\s+a\s+lot)?\s*(?P<end>[.!?]*)")
# "How long is your business trip?", "How long will you be away on business?"
_HOW_LONG_EN = lazy(rf"How\s+long\s+(?:(?:is|was)\s+(?:(?P<this>this|the)|(?P<owner>{WHOSE_WORDS}))\s+business\s+trip|"
                    rf"will\s+{WHO_EN}\s+be\s+away\s+on\s+business)\s*\?+")
# "When will he be back from his business trip?", "When is she going on her business trip?"
_WHEN_EN = lazy(rf"When\s+(?P<aux>will|is|are|am|does|do)\s+{WHO_EN}(?:\s+(?P<be>be|get))?\s+(?:(?P<back>back\s+from)|"
                rf"going\s+on)\s+(?P<owner>a|the|{WHOSE_WORDS})\s+business\s+trip(?:\s+to\s+(?P<place>[^,.!?]+?))?"
                r"\s*\?+")
# "I've just got back from a business trip to Hanoi.", "He got back from a business trip yesterday."
_BACK_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?P<just>\s+just)?\s+(?:(?:got|gotten|come|"
                rf"came)\s+back|returned)\s+from\s+a\s+business\s+trip(?:\s+to\s+(?P<place>[^,.!?]+?))?{_DAY_EN}"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is on, going on or back from a business trip, how often
    they travel for work, how long a trip is, or when they will be back; None for any other."""
    if src == "vi":
        return _often(text) or _said(text) or _how_long(text) or _when(text)
    return _being_vi(text) or _did_vi(text) or _often_vi(text) or _how_long_vi(text) or _when_vi(text) or \
        _back_vi(text)


def _span(said: str, src: str) -> str | None:
    """A span in the other language: "ba ngày" as "three days", "một tuần" as "a week", "vài ngày" as "a few days",
    "a week" as "một tuần"; None where English says "days" of one or "day" of more."""
    n, unit = keyed(said).rsplit(" ", 1)
    if src == "vi":
        count = "a few" if n == "vài" else VI_TO_EN.get(n, n)
        return f"a {UNITS[unit]}" if count in ("one", "1") else f"{count} {UNITS[unit]}s"
    one = n in ("a", "an", "one", "1")
    if unit.endswith("s") == one or n == "an":
        return None
    return f"{'một' if one else 'vài' if n == 'a few' else EN_TO_VI.get(n, n)} {UNITS_VI[unit.removesuffix('s')]}"


def _place(said: str) -> str | None:
    """A Vietnamese place in English (mt.trips.place), or "nước ngoài" as "abroad"; None for one not known."""
    return "abroad" if keyed(said) == "nước ngoài" else place(said, "vi")


def _times(day: str) -> tuple[bool, bool]:
    """Whether a day in English is behind today ("last week", "yesterday"), and whether it is ahead ("next week")."""
    return bool(_BEHIND.search(day)), bool(AHEAD.search(day))


def _tense(m: re.Match, day: str) -> str | None:
    """What a match of _SAID says: "now", "going", "soon", "past", "just" back, "back" (on a day behind), "home"
    ("về rồi"), "gone" ("rồi"), "must", "had" to, "will" have to; None where the day and the tense disagree, or
    nothing says when."""
    aux = _AUX.get(keyed(m["aux"] or ""))
    behind, ahead = _times(day)
    if m["back"]:
        if m["done"]:
            return "home" if aux in (None, "past") and not day else None
        return "just" if aux == "just" and not day else "back" if aux in (None, "past") and behind else None
    if m["done"] or aux == "just":
        return "gone" if aux in (None, "past") and not day else None
    if m["must"]:
        return {None: "had" if behind else "must", "going": "will", "past": "had"}.get(aux) if not (
            aux == "going" and behind or aux == "past" and ahead) else None
    if aux is None:
        aux = "past" if behind else "going" if ahead else "now" if day in ("this week", "this month") else None
    ok = {"now": not (behind or ahead), "going": not behind, "soon": not behind, "past": not ahead}
    return aux if aux and ok[aux] else None


def _said(text: str) -> str | None:
    """"Anh ấy đang đi công tác." as "He's on a business trip.", "Tuần sau tôi đi công tác ở Đà Nẵng." as "I'm going
    on a business trip to Da Nang next week.", "Tôi vừa đi công tác Hà Nội về." as "I've just got back from a business
    trip to Hanoi.", "Tôi phải đi công tác ba ngày." as "I have to go on a business trip for three days." (_SAID);
    None for anything else, and where who, the place, the span or the day is not read whole."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    said, day = who(m, asked), when(m["day0"] or m["day"], "vi", NEAR_SPANS)
    where, span = m["place"] and _place(m["place"]), m["span"] and _span(m["span"], "vi")
    if not said or day is None or m["place"] and not where or m["span"] and not span or (
            tense := _tense(m, day)) is None:
        return None
    who_, one = said
    not_ = bool(m["not"])
    if not_ and (asked or tense not in ("going", "must") or keyed(m["aux"] or "") == "sắp") or asked and (
            m["aux"] and tense != "now" or tense not in ("now", "going", "past", "must")):
        return None  # ("sẽ không", "không phải" only; asked: "có đang", or the day says when)
    where = where and (where if where == "abroad" else f"{'in' if tense == 'now' else 'to'} {where}")
    rest = "".join(f" {w}" for w in (where, span and f"for {span}",
                                     "soon" if tense == "soon" and not day else "", day) if w)
    trip, be_, has = f"a business trip{rest}", be(who_), "has" if one else "have"
    doing = f"on {trip}" if where or not (span or day) else f"away on business{rest}"
    tense = "going" if tense == "soon" else tense
    if asked:
        return {"now": f"{be_.capitalize()} {who_} {doing}?", "going": f"{be_.capitalize()} {who_} going on {trip}?",
                "past": f"Did {who_} go on {trip}?", "must": f"{'Does' if one else 'Do'} {who_} have to go on {trip}?"
                }[tense]
    if tense in ("must", "had", "past", "back"):  # (not contracted: "I have to", not "I've to")
        verb = {"had": "had to go on", "past": "went on", "back": "got back from"}.get(tense) or (
            f"{'doesn' if one else 'don'}'t have to go on" if not_ else f"{has} to go on")
        return capitalised(f"{who_} {verb} {trip}.")
    if tense == "home" and not (whose := _whose(m, who_)):
        return None
    said = {"now": f"{be_} {doing}", "going": f"{be_}{' not' * not_} going on {trip}", "gone": f"{has} gone on {trip}",
            "will": f"will have to go on {trip}", "just": f"{has} just got back from {trip}"}.get(tense) or (
        f"{be_} back from {whose} business trip{rest}")  # ("Anh ấy đi công tác về rồi.")
    return capitalised(contracted(who_, f"{said}."))


def _often(text: str) -> str | None:
    """"Cô ấy hay phải đi công tác." as "She often has to travel for work.", "Bạn có thường đi công tác không?" as "Do
    you often travel for work?", "Anh ấy đi công tác nhiều lắm." as "He travels a lot for work." (_OFTEN); None for
    anything else, and where neither how often nor "nhiều" is said."""
    m = _OFTEN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or bool(m["seldom"]) == bool(m["much"]):
        return None
    often = hobbies.SELDOM[keyed(m["seldom"])] if m["seldom"] else ""
    if (said := who(m, asked)) is None or asked and often not in ("", "often"):
        return None
    who_, one = said
    much = _MUCH[keyed(m["much"])] if m["much"] else ""
    often = f"{often} " if often else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {often}{'have to ' * bool(m['must'])}travel{much} for work?"
    verb = f"{'has' if one else 'have'} to travel" if m["must"] else "travels" if one else "travel"
    return capitalised(f"{who_} {often}{verb}{much} for work.")


def _how_long(text: str) -> str | None:
    """"Chuyến công tác của bạn kéo dài bao lâu?" as "How long is your business trip?", "Bạn sẽ đi công tác bao lâu?"
    as "How long will you be away on business?" (_HOW_LONG, _AWAY); None for anything else."""
    if m := _HOW_LONG.fullmatch(text):
        whose = "this" if m["this"] else OWNERS.get(keyed(m["owner"] or "")) or (
            (found := hobbies.someone(m["someone"], "vi")) and f"{found}'s")
        return whose and (f"How long will {whose} business trip last?" if m["will"] else
                          f"How long is {whose} business trip?")
    m = _AWAY.fullmatch(text)
    said = m and who(m, True)
    return said and f"How long will {said[0]} be away on business?"


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose trip, in English, of who of a match of WHO: "my", "his" for "bố tôi"; None for a name alone or kin whose
    English says neither ("bạn tôi")."""
    if m["kin"] or m["titled"]:
        return his_her_of(m)
    return None if m["given"] else _text.EN_WHOSE[who_]


def _when(text: str) -> str | None:
    """"Khi nào anh ấy đi công tác về?" as "When will he be back from his business trip?", "Bao giờ bạn đi công tác?"
    as "When are you going on your business trip?" (_WHEN); None for anything else."""
    m = _WHEN.fullmatch(text)
    said = m and who(m, True)
    where = m and m["place"] and place(m["place"], "vi")
    if not said or m["place"] and not where or (whose := _whose(m, said[0])) is None:
        return None
    trip = f"{whose} business trip{f' to {where}' if where else ''}"
    if m["back"]:
        return f"When will {said[0]} be back from {trip}?"
    return f"When {be(said[0])} {said[0]} going on {trip}?"


def _where_vi(m: re.Match) -> str | None:
    """The place of a match of _PLACE_EN in Vietnamese after "ở" (" ở Đà Nẵng", " ở nước ngoài"), "" for none, None
    for one not known."""
    if not m["place"]:
        return " ở nước ngoài" if m["abroad"] else ""
    return (found := place(m["place"], "en")) and f" ở {found}"


def _being_vi(text: str) -> str | None:
    """"He's on a business trip." as "Anh ấy đang đi công tác.", "I'm going on a business trip to Da Nang next week."
    as "Tuần sau tôi sẽ đi công tác ở Đà Nẵng.", "My husband is away on business this week." as "Tuần này chồng tôi
    đi công tác.", "Is he on a business trip?" as "Anh ấy có đang đi công tác không?" (_BEING_EN); None for anything
    else, and where "is", "am" or "are" does not agree with who."""
    m = _BEING_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    asked, will = bool(m["be0"]), bool(m["will"] or m["wont"]) or m["be0"] == "Will"
    be_ = None if will else m["be0"] or m["be"]
    if asked != ("?" in m["end"]) or asked and (m["be"] or m["will"] or m["wont"]) or not asked and not (
            m["be"] or m["will"] or m["wont"]) or bool(m["be2"]) != (m["be0"] == "Will") or be_ and _text.be_said(
            be_) != hobbies.be_of(who_, one):
        return None
    where = f" ở {found}" if m["to"] and (found := place(m["to"], "en")) else None if m["to"] else _where_vi(m)
    tense = "going" if m["to"] else _ON[keyed(m["doing"])]
    day, span = when(m["day"], "en", NEAR_SPANS), m["span"] and _span(m["span"], "en")
    behind, ahead = _times(m["day"] or "")
    not_ = bool(m["not"] or m["wnot"] or m["wont"])
    if where is None or day is None or m["span"] and not span or behind or will and tense == "going" or (
            m["prep"] and (m["prep"] == "in") != (tense == "now")) or asked and (not_ or will and not day):
        return None
    if ahead or will:  # ("I'm away on business next week.": going)
        tense = "going"
    if not_:
        how = "sẽ không " if tense == "going" else "không "
    elif asked:
        how = "" if day or span else "đang " if tense == "now" else "sắp "
    else:
        how = "sẽ " if tense == "going" else "" if day or span else "đang "
    said = f"{who_} {'có ' * asked}{how}đi công tác{where}{f' {span}' if span else ''}"
    return placed(said, day, " không?" if asked else f"{m['end'] or '.'}")


# how each verb of _DID_EN is said in Vietnamese, by the word before who or after it ("Did", "don't")
_DID_VI = {("", "went"): "đã ", ("did", "go"): "có ", ("", "have to go"): "phải ", ("", "has to go"): "phải ",
           ("", "had to go"): "đã phải ", ("do", "have to go"): "có phải ", ("does", "have to go"): "có phải ",
           ("did", "have to go"): "có phải ", ("do not", "have to go"): "không phải ",
           ("does not", "have to go"): "không phải "}


def _did_vi(text: str) -> str | None:
    """"I went on a business trip to Japan last month." as "Tháng trước tôi đã đi công tác ở Nhật Bản.", "I have to go
    on a business trip." as "Tôi phải đi công tác.", "Does he have to go on a business trip?" as "Anh ấy có phải đi
    công tác không?" (_DID_EN); None for anything else, and where "has", "does" does not agree with who."""
    m = _DID_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    verb = keyed(m["verb"])
    aux = keyed((m["aux0"] or m["aux"] or "").replace("’", "'").replace("n't", " not"))
    how = _DID_VI.get((aux, verb))
    day, span, where = when(m["day"], "en", NEAR_SPANS), m["span"] and _span(m["span"], "en"), _where_vi(m)
    behind, ahead = _times(m["day"] or "")
    past = aux == "did" or verb in ("went", "had to go")
    if how is None or aux.startswith("does") != one and aux not in ("", "did") or (
            aux == "" and verb in ("have to go", "has to go") and (verb == "has to go") != one) or (
            aux == "did" and not behind) or (ahead if past else behind) or m["prep"] == "in" or day is None or (
            where is None or m["span"] and not span):
        return None
    said = f"{who_} {how}đi công tác{where}{f' {span}' if span else ''}"
    return placed(said, day, " không?" if m["aux0"] else f"{m['end'] or '.'}")


def _often_vi(text: str) -> str | None:
    """"She often travels for work." as "Cô ấy thường đi công tác.", "Do you often have to travel for work?" as "Bạn
    có thường phải đi công tác không?", "He travels a lot for work." as "Anh ấy đi công tác nhiều." (_OFTEN_EN); None
    for anything else, where the verb does not agree with who, and where neither how often nor "a lot" is said."""
    m = _OFTEN_EN.fullmatch(text)
    if not m or bool(m["do0"]) != ("?" in m["end"]) or m["much"] and m["much2"]:
        return None
    who_, one = who_vi(m)
    much, seldom = bool(m["much"] or m["much2"]), keyed(m["seldom"] or "")
    said_of_one = m["do0"] == "Does" if m["do0"] else m["must"] == "has" if m["must"] else m["travel"] == "travels"
    if said_of_one != one or (m["do0"] or m["must"]) and m["travel"] == "travels" or m["do0"] and (
            m["must"] == "has" or seldom not in ("", "often")) or much == bool(seldom):
        return None
    often = f"{hobbies.SELDOM_VI[seldom]} " if seldom else ""
    said = f"{often}{'phải ' * bool(m['must'])}đi công tác{' nhiều' * much}"
    return f"{capitalised(who_)} có {said} không?" if m["do0"] else capitalised(f"{who_} {said}{m['end'] or '.'}")


def _how_long_vi(text: str) -> str | None:
    """"How long is your business trip?" as "Chuyến công tác của bạn kéo dài bao lâu?", "How long will you be away on
    business?" as "Bạn sẽ đi công tác bao lâu?" (_HOW_LONG_EN); None for anything else."""
    m = _HOW_LONG_EN.fullmatch(text)
    if not m:
        return None
    if m["this"] or m["owner"]:
        whose = "này" if m["this"] == "this" else "" if m["this"] else f"của {WHOSE_VI[m['owner'].lower()]}"
        return f"Chuyến công tác{f' {whose}' if whose else ''} kéo dài bao lâu?"
    return capitalised(f"{who_vi(m)[0]} sẽ đi công tác bao lâu?")


def _when_vi(text: str) -> str | None:
    """"When will he be back from his business trip?" as "Khi nào anh ấy đi công tác về?", "When is she going on her
    business trip?" as "Khi nào cô ấy đi công tác?" (_WHEN_EN); None for anything else, where "is", "does" does not
    agree with who, and where whose trip is another's."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, get = m["aux"], keyed(m["be"] or "")
    ok = {"will": get == "be", "does": get == "get" and one, "do": get == "get" and not one}.get(
        aux, not get and aux == hobbies.be_of(who_, one))
    where = m["place"] and place(m["place"], "en")
    if not ok or m["place"] and not where or not m["back"] and aux not in ("is", "are", "am") or (
            m["owner"].lower() != "a" and not hobbies.own_thing(m, who_, one)):
        return None
    return f"Khi nào {who_} đi công tác{f' {where}' if where else ''}{' về' * bool(m['back'])}?"


def _back_vi(text: str) -> str | None:
    """"I've just got back from a business trip to Hanoi." as "Tôi vừa đi công tác Hà Nội về.", "He got back from a
    business trip yesterday." as "Hôm qua anh ấy đi công tác về." (_BACK_EN); None for anything else, and where
    "has" or "have" does not agree with who."""
    m = _BACK_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    have = keyed((m["have"] or "").replace("’", "'"))
    where = m["place"] and place(m["place"], "en")
    day = when(m["day"], "en", NEAR_SPANS)
    if have and (have in ("'s", "has")) != one or have and not m["just"] or m["place"] and not where or \
            day is None or m["just"] and day or day and not _times(m["day"])[0]:
        return None
    said = f"{who_} {'vừa ' if m['just'] else '' if day else 'đã '}đi công tác{f' {where}' if where else ''} về"
    return placed(said, day, m["end"] or ".")
