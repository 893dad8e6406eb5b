"""Mistakes and fault, both ways, written whole by rule: whose fault it is, a mistake made, the wrong number, bus, stop,
room, day or bag, a thing taken by mistake, someone taken for someone else. v8 (with every rule before this one) reads
"lỗi" as an error and "nhầm" as misleading: "Lỗi của tôi." → "My error.", "Không phải lỗi của bạn." → "Not your
error.", "Lỗi của ai?" → "Who's Error?", "Đó là lỗi của Lan." → "That's the fault of Land.", "Tôi mắc lỗi." → "I have a
mistake.", "Ai cũng có lúc mắc sai lầm." → "There's always a mistake.", "Tôi gọi nhầm số." → "I mistaken called the
wrong number.", "Nhầm số rồi." → "Near the number.", "Tôi lên nhầm xe buýt." → "I miss the bus.", "Tôi nhầm ngày." → "I
misleading the day.", "Chúng tôi xuống nhầm ga." → "We went down to the station.", "Tôi nhầm bạn với người khác." → "I
misleading you with others.", "Xin lỗi, tôi nhầm." → "Sorry, I'm mistaken."; "Sorry, my mistake." → "Rất tiếc, sai lầm
của tôi.", "Whose fault is it?" → "Đó là lỗi nào?", "It's all my fault." → "Đó là lỗi của tôi." (all lost), "He took
the wrong train." → "Anh ta chuyến tàu sai.", "We're going the wrong way." → "Chúng tôi sẽ sai lầm.", "She took my
umbrella by mistake." → "Cô cầm lấy ô của tôi bằng sai lầm.", "I mistook you for someone else." → "Tôi nhớ bạn vì
người khác.".

Taken: whose fault (mt.hobbies.OWNER: a pronoun of mt.terms.OWNERS, kin, a name) it is, is not, is all, or asked ("Đó
là lỗi của ai?": "Whose fault is it?"), nobody's; "My mistake."; who (mt.hobbies.WHO, WHO_EN) made a (big, serious)
mistake, has, has just, or asked ("Did you …?"), everyone makes mistakes; who called the wrong number ("Bạn gọi nhầm
số." as the phrasebook's "You've got the wrong number."), got on, took or got the wrong ride (mt.mishaps.RIDES), got
off at the wrong stop, went the wrong way (is going, with "rồi"), into or to the wrong room or place, got the wrong
day or time, took the wrong thing (mt.left_behind.THINGS) or someone's by mistake, said or asked ("Did you …?"); who
took whom for someone else; "Nhầm số rồi." ("Wrong number."); any of these after "(Tôi) xin lỗi," and "I'm sorry,"
("Xin lỗi, tôi nhầm.": "Sorry, my mistake."). Left: who right, wrong or mistaken ("Tôi nhầm.", "Tôi sai rồi.", "I was
wrong": mt/agreeing.py), a wrong seat (mt/seats.py), a wrong password (mt/accounts.py), "Sorry, wrong number." and
"You have the wrong number." (the phrasebook's), "anh", "chị", "em" alone saying it (the speaker or the listener),
"Tại tôi." alone (because of me?), a message sent or deleted by mistake (the wrong one, or to the wrong person?),
"lỗi" of a machine or a text (an error), negatives ("Tôi không gọi nhầm số."), and mistakes in the plural said of who.
mt.phrasebook.translate tries these after mt/smoking.py.

    >>> translate("Lỗi của ai?", "vi", "en"), translate("Sorry, my mistake.", "en", "vi")
    ('Whose fault is it?', 'Xin lỗi, tôi nhầm.')
"""
from __future__ import annotations

import re

from .hobbies import (
    OWNER,
    SOMEONE_EN,
    WHO,
    WHO_EN,
    WHOM,
    WHOM_EN,
    as_whom,
    someone,
    who,
    who_vi,
)
from .lazy_re import lazy
from .left_behind import THINGS, THINGS_VI
from .mishaps import RIDES
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (
    BE_EN,
    EN_WHOSE,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lỗi|tại|nhầm|sai\s+lầm)"),
         "en": lazy(r"(?i:fault|mistake|wrong|mistook|confused)")}

# whose fault ("Lỗi của tôi.", "Đó không phải lỗi của bạn đâu.", "Tất cả là tại tôi.", "Lỗi của ai vậy?")
_FAULT = lazy(r"(?:(?P<that>(?i:đó|đây|đấy|chuyện\s+đó))\s+)?(?:(?P<all>(?i:tất\s+cả))\s+(?:đều\s+)?)?"
              r"(?:(?P<not>(?i:không\s+phải))\s+(?:là\s+)?|(?P<is>(?i:là))\s+)?"
              rf"(?:(?P<fault>(?i:lỗi))\s+(?:(?i:của|tại)\s+)?|(?i:tại)\s+)(?:{OWNER}|(?P<anyone>(?i:ai)))"
              rf"(?:\s+(?P<whole>cả|hết|đâu))?{SOFTENED_END}")
# a mistake made ("Tôi đã mắc lỗi.", "Anh ấy mắc một sai lầm lớn.", "Ai cũng có lúc mắc sai lầm.")
_BIG = {"lớn": "big", "to": "big", "nghiêm trọng": "serious", "tồi tệ": "terrible"}
_BIG_VI = {en: vi for vi, en in reversed(_BIG.items())} | {"huge": "lớn", "bad": "tồi tệ"}
_MADE = lazy(rf"(?:{WHO}|(?P<everyone>(?i:ai|mọi\s+người))\s+(?:cũng|đều)(?:\s+có\s+lúc)?)\s+"
             r"(?:(?P<did>đã)\s+|(?P<just>vừa(?:\s+mới)?|mới)\s+)?(?:mắc|phạm)\s+(?P<one>một\s+)?"
             r"(?:lỗi|sai\s+lầm)"
             rf"(?:\s+(?P<big>{alternatives(_BIG)}))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# the wrong one of what ("nhầm số", "nhầm xe buýt" …), by kind, and what each verb before "nhầm" goes with
_WHAT = {"số": ("number", "number"), "số điện thoại": ("number", "number"), "đường": ("way", "way"),
         **{vi: ("ride", en) for vi, en in RIDES}, "bến": ("stop", "stop"), "trạm": ("stop", "stop"),
         "điểm dừng": ("stop", "stop"), "ga": ("stop", "station"), "phòng": ("place", "room"),
         "nhà": ("place", "house"),
         "địa chỉ": ("place", "address"), "chỗ": ("place", "place"), "khách sạn": ("place", "hotel"),
         "tầng": ("place", "floor"), "ngày": ("time", "day"), "giờ": ("time", "time"),
         **{vi: ("thing", en) for vi, en in THINGS.items()}}
_WHAT_EN = {"number": ("number", "số"), "way": ("way", "đường"), **{en: ("ride", vi) for vi, en in reversed(RIDES)},
            "stop": ("stop", "trạm"), "station": ("stop", "ga"), "room": ("place", "phòng"), "house": ("place", "nhà"),
            "address": ("place", "địa chỉ"), "place": ("place", "chỗ"), "hotel": ("place", "khách sạn"),
            "floor": ("place", "tầng"), "day": ("time", "ngày"), "date": ("time", "ngày"), "time": ("time", "giờ"),
            **{en: ("thing", vi) for en, vi in THINGS_VI.items()}}
# ... each Vietnamese verb: English past, base and the kinds it goes with ("" for "nhầm" alone: "Tôi nhầm ngày.")
_DONE = {"gọi": ("called", "call", {"number"}), "lên": ("got on", "get on", {"ride"}),
         "đi": ("took", "take", {"ride"}), "bắt": ("took", "take", {"ride"}),
         "xuống": ("got off at", "get off at", {"stop"}),
         "vào": ("went into", "go into", {"place"}), "đến": ("went to", "go to", {"place", "stop"}),
         "tới": ("went to", "go to", {"place", "stop"}), "lấy": ("took", "take", {"thing"}),
         "cầm": ("took", "take", {"thing"}), "nhớ": ("got", "get", {"time"}),
         "": ("got", "get", {"time", "place", "ride"})}
# ... and each English verb (past, base): the Vietnamese verb by kind ("" for "nhầm" alone)
_DONE_EN = {("called", "call"): {"number": "gọi"}, ("dialled", "dial"): {"number": "gọi"},
            ("dialed", "dial"): {"number": "gọi"}, ("got on", "get on"): {"ride": "lên"},
            ("took", "take"): {"ride": "đi", "thing": "lấy"}, ("caught", "catch"): {"ride": "bắt"},
            ("got", "get"): {"ride": "đi", "time": "", "place": ""}, ("got off at", "get off at"): {"stop": "xuống"},
            ("went", "go"): {"way": "đi"}, ("went into", "go into"): {"place": "vào"},
            ("went to", "go to"): {"place": "đến", "stop": "đến"}, ("picked up", "pick up"): {"thing": "lấy"},
            ("grabbed", "grab"): {"thing": "lấy"}}
_VERBS_EN = {form: pair for pair in _DONE_EN for form in pair}
_WRONG = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<did>đã)\s+)?(?:(?P<verb>{alternatives(set(_DONE) - {''})})\s+)?"
              rf"nhầm\s+(?P<what>(?i:{alternatives(_WHAT)}))(?:\s+(?:của\s+)?{OWNER})?(?:\s+(?P<done>rồi))?"
              r"(?:\s+(?P<asked>không))?(?:\s+(?:ạ|nhỉ|vậy|thế))?\s*(?P<end>[.!?]*)")
_NUMBER = lazy(r"(?i:nhầm\s+số)(?:\s+rồi)?(?:\s+ạ)?\s*[.!]*")  # ("Wrong number.", said on the phone)
# someone taken for someone else ("Tôi nhầm bạn với người khác.")
_TAKEN_FOR = lazy(rf"{WHO}\s+(?:đã\s+)?(?:nhận\s+)?nhầm\s+{WHOM}\s+với\s+(?:một\s+)?(?:người\s+khác|ai\s+đó)"
                  rf"(?:\s+rồi)?{SOFTENED_END}")
# after an apology ("Xin lỗi, tôi nhầm.": "Sorry, my mistake.", which "Tôi nhầm." alone is not)
_SORRY = lazy(r"(?P<i>(?i:tôi)\s+)?(?i:xin\s+lỗi)(?:\s+(?:bạn|nhé|nha))?\s*,\s*(?P<rest>\S.*)")
_MINE = lazy(r"(?i:tôi|mình)\s+nhầm(?:\s+rồi)?\s*[.!]*")

# ... and in English ("It's not your fault.", "It's all my fault.", "My mistake.", "It's nobody's fault.")
_FAULT_EN = lazy(r"(?:(?P<it>(?i:it|that))(?P<be>['’]s|\s+is|\s+was|\s+isn['’]t|\s+wasn['’]t)(?P<not>\s+not)?\s+"
                 rf"(?P<all>all\s+)?)?(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s|"
                 r"(?P<nobody>(?i:nobody|no\s+one|no-one))['’]s)\s+(?P<kind>fault|mistake)\s*(?P<end>[.!]*)")
_WHOSE_EN = lazy(r"Whose\s+fault(?:\s+(?:is|was)\s+(?:it|that)|['’]s\s+that)?\s*\?+")
_MADE_EN = lazy(rf"(?:(?P<do>Did)\s+)?{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has)?(?P<just>\s+just)?\s+"
                rf"(?P<verb>made|make)\s+a\s+(?:(?P<big>{alternatives(_BIG_VI)})\s+)?mistake\s*(?P<end>[.!?]*)")
_EVERYONE_EN = lazy(r"(?:Every(?:one|body)\s+makes|We\s+all\s+make)\s+mistakes\s*[.!]*")
_WRONG_EN = lazy(rf"(?:(?P<do>Did)\s+)?{WHO_EN}(?P<just>\s+just)?\s+(?P<verb>{alternatives(_VERBS_EN)})\s+"
                 rf"the\s+wrong\s+(?P<what>{alternatives(_WHAT_EN)})\s*(?P<end>[.!?]*)")
_BY_MISTAKE_EN = lazy(rf"{WHO_EN}\s+(?P<verb>took|grabbed|picked\s+up)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|"
                      rf"(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<what>{alternatives(THINGS_VI)})\s+by\s+mistake"
                      r"\s*[.!]*")
_GOING_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+)?{WHO_EN}(?:{BE_EN})?\s+going\s+the\s+wrong\s+way\s*(?P<end>[.!?]*)")
_TAKEN_FOR_EN = lazy(rf"{WHO_EN}\s+(?:(?P<mistook>mistook)|confused)\s+{WHOM_EN}\s+(?P<prep>for|with)\s+"
                     r"someone\s+else\s*[.!]*")
_SORRY_EN = lazy(r"(?P<i>I['’]m\s+)?(?i:sorry)\s*,\s*(?P<rest>\S.*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whose fault something is, that someone made a mistake, got the
    wrong number, bus, stop, room, day or thing, or took someone for someone else; None for any other."""
    if src == "vi":
        said = _said(text) or _sorry(text)
    else:
        said = _said_vi(text) or _sorry_vi(text)
    return capitalised(said) if said else None


def _said(text: str) -> str | None:
    """A Vietnamese sentence of this module in English, its first letter as it comes ("it's my fault.")."""
    if _NUMBER.fullmatch(text):
        return "wrong number."
    return _fault(text) or _made(text) or _wrong(text) or _taken_for(text)


def _whose(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English: "my", "your", "my mother's", "Lan's"."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    said = someone(m["someone"], "vi")
    return f"{said}'s" if said else None


def _fault(text: str) -> str | None:
    """"Lỗi của tôi." as "My fault.", "Đó là lỗi của mẹ tôi." as "It's my mother's fault.", "Không phải lỗi của bạn
    đâu." as "It's not your fault.", "Tất cả là tại tôi." as "It's all my fault.", "Lỗi của ai?" as "Whose fault is
    it?", "Không phải lỗi của ai cả." as "It's nobody's fault." (_FAULT); None for anything else and "Tại tôi."."""
    m = _FAULT.fullmatch(text)
    if not m or m["that"] and not (m["is"] or m["not"]) or m["all"] and not m["is"] or not (
            m["fault"] or m["is"] or m["not"]):
        return None
    asked, whole = "?" in m["end"], keyed(m["whole"] or "")
    if m["anyone"]:
        if asked and not (m["not"] or m["all"] or whole):
            return "whose fault is it?"
        return "it's nobody's fault." if m["not"] and whole in ("cả", "hết") and not asked else None
    if asked or whole and (whole != "đâu" or not m["not"]) or (whose := _whose(m)) is None:
        return None
    if m["not"]:
        return f"it's not {whose} fault."
    return f"it's {'all ' * bool(m['all'])}{whose} fault." if m["is"] else f"{whose} fault."


def _made(text: str) -> str | None:
    """"Tôi đã mắc lỗi." as "I made a mistake.", "Tôi mắc lỗi rồi." as "I've made a mistake.", "Anh ấy vừa mắc một sai
    lầm lớn." as "He's just made a big mistake.", "Ai cũng có lúc mắc sai lầm." as "Everyone makes mistakes." (_MADE);
    None for anything else."""
    m = _MADE.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if m["everyone"]:
        return None if m["did"] or m["just"] or m["one"] or m["big"] or m["done"] else "everyone makes mistakes."
    if (said := who(m, False)) is None:
        return None
    who_, one = said
    a = f"a {_BIG[keyed(m['big'])]} mistake" if m["big"] else "a mistake"
    if m["just"] or m["done"] and not m["did"]:
        return contracted(who_, f"{'has' if one else 'have'}{' just' * bool(m['just'])} made {a}.")
    return f"{who_} made {a}."


def _wrong(text: str) -> str | None:
    """"Tôi gọi nhầm số." as "I called the wrong number.", "Bạn có lên nhầm xe buýt không?" as "Did you get on the wrong
    bus?", "Chúng ta đi nhầm đường rồi." as "We're going the wrong way.", "Tôi nhầm ngày." as "I got the wrong day.",
    "Tôi cầm nhầm ô của bạn." as "I took your umbrella by mistake." (_WRONG); None for anything else."""
    m = _WRONG.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    who_, verb = said[0], keyed(m["verb"] or "")
    kind, what = _WHAT[keyed(m["what"])]
    owned = m["owner"] or m["someone"]
    if owned and (kind != "thing" or (whose := _whose(m)) is None or whose == EN_WHOSE.get(who_)):
        return None
    if kind == "way" and verb == "đi":
        if asked or m["done"] and not m["did"]:
            return f"{be(who_).capitalize()} {who_} going the wrong way?" if asked else contracted(
                who_, f"{be(who_)} going the wrong way.")
        return f"{who_} went the wrong way."
    past, base, kinds = _DONE[verb]
    if kind not in kinds:
        return None
    done = f"{whose} {what} by mistake" if owned else f"the wrong {what}"
    if asked:
        return f"Did {who_} {base} {done}?"
    if kind == "number" and who_ == "you" and not m["did"]:
        return "you've got the wrong number."  # (as the phrasebook writes "Bạn gọi nhầm số rồi.")
    return f"{who_} {past} {done}."


def _taken_for(text: str) -> str | None:
    """"Tôi nhầm bạn với người khác." as "I mistook you for someone else." (_TAKEN_FOR); None for anything else."""
    m = _TAKEN_FOR.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or (whom := as_whom(m["whom"], "vi")) is None:
        return None
    return None if whom in ("me", "us") and said[0] in ("I", "we") else f"{said[0]} mistook {whom} for someone else."


def _sorry(text: str) -> str | None:
    """"Xin lỗi, tôi nhầm." as "Sorry, my mistake.", "Tôi xin lỗi, đó là lỗi của tôi." as "I'm sorry, it's my fault."
    (_SORRY, then what _said takes); None for anything else."""
    m = _SORRY.fullmatch(text)
    rest = m and ("my mistake." if _MINE.fullmatch(m["rest"]) else _said(capitalised(m["rest"])))
    if not rest or rest.endswith("?"):
        return None
    sorry = "I'm sorry" if m["i"] else "sorry"
    return f"{sorry}, {rest}"


def _said_vi(text: str) -> str | None:
    """An English sentence of this module in Vietnamese, its first letter as it comes ("đó là lỗi của tôi.")."""
    if _WHOSE_EN.fullmatch(text):
        return "đó là lỗi của ai?"
    if _EVERYONE_EN.fullmatch(text):
        return "ai cũng mắc sai lầm."
    return _fault_vi(text) or _made_vi(text) or _wrong_vi(text) or _going_vi(text) or _taken_for_vi(text)


def _whose_vi(whose: str | None, someone_: str) -> str | None:
    """Whose (`whose`: "my", "your" …, else `someone_`: "my mother", "Lan") in Vietnamese: "tôi", "mẹ tôi", "Lan"."""
    return WHOSE_VI[whose.lower()] if whose else someone(someone_, "en")


def _fault_vi(text: str) -> str | None:
    """"My fault." as "Lỗi của tôi.", "My mistake." as "Tôi nhầm.", "It's not your fault." as "Đó không phải là lỗi
    của bạn.", "It's all my fault." as "Tất cả là lỗi của tôi.", "It's nobody's fault." as "Không phải lỗi của ai cả."
    (_FAULT_EN); None for anything else."""
    m = _FAULT_EN.fullmatch(text)
    if not m:
        return None
    nt = bool(m["not"] or m["be"] and "n't" in m["be"].replace("’", "'"))
    if m["nobody"]:
        return "không phải lỗi của ai cả." if m["it"] and not (nt or m["all"]) else None
    if nt and m["all"] or (whose := _whose_vi(m["whose"], m["someone"])) is None:
        return None
    if not m["it"]:
        if m["kind"] == "mistake":
            return "tôi nhầm." if whose == "tôi" else None
        return f"lỗi của {whose}."
    return f"đó không phải là lỗi của {whose}." if nt else f"{'tất cả' if m['all'] else 'đó'} là lỗi của {whose}."


def _agrees(aux: str, one: bool, who_: str) -> bool:
    """Whether "have", "'ve", "has", "'s" (`aux`, as said) agrees with who (`who_`, `one` as who_vi gives them)."""
    has = aux.strip().lower().replace("’", "'") in ("has", "'s")
    return has == one and not (has and who_ == "tôi")


def _made_vi(text: str) -> str | None:
    """"I made a mistake." as "Tôi đã mắc lỗi.", "He's just made a big mistake." as "Anh ấy vừa mắc một sai lầm lớn.",
    "Did you make a mistake?" as "Bạn có mắc lỗi không?" (_MADE_EN); None for anything else, and where the verb does
    not agree with who."""
    m = _MADE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (m["verb"] == "make") != bool(m["do"]):
        return None
    who_, one = who_vi(m)
    if m["aux"] and (m["do"] or not _agrees(m["aux"], one, who_)) or m["do"] and m["just"]:
        return None
    a = f"một sai lầm {_BIG_VI[m['big'].lower()]}" if m["big"] else "lỗi"
    if m["do"]:
        return f"{who_} có mắc {a} không?"
    if m["just"]:
        return f"{who_} vừa mắc {a}."
    return f"{who_} mắc {a} rồi." if m["aux"] else f"{who_} đã mắc {a}."


def _wrong_vi(text: str) -> str | None:
    """"I called the wrong number." as "Tôi gọi nhầm số.", "Did you get on the wrong bus?" as "Bạn có lên nhầm xe buýt
    không?", "I got the wrong day." as "Tôi nhầm ngày.", "She took my umbrella by mistake." as "Cô ấy lấy nhầm ô của
    tôi." (_WRONG_EN, _BY_MISTAKE_EN); None for anything else, and "Did he took …"."""
    if m := _BY_MISTAKE_EN.fullmatch(text):
        who_, _ = who_vi(m)
        whose = _whose_vi(m["owner"], m["someone"])
        thing = _WHAT_EN[keyed(m["what"])][1]
        return None if whose is None or whose == who_ else f"{who_} lấy nhầm {thing} của {whose}."
    m = _WRONG_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["just"]:
        return None
    verb = keyed(m["verb"])
    pair = _VERBS_EN[verb]
    kind, what = _WHAT_EN[keyed(m["what"])]
    vi = _DONE_EN[pair].get(kind)
    if vi is None or (verb == pair[1]) != bool(m["do"]):
        return None
    who_, _ = who_vi(m)
    done = f"{vi} nhầm {what}".lstrip()
    if m["do"]:
        return f"{who_} có {done} không?"
    return f"{who_} {'vừa ' * bool(m['just'])}{done}."


def _going_vi(text: str) -> str | None:
    """"We're going the wrong way." as "Chúng ta đi nhầm đường rồi.", "Are we going the wrong way?" as "Chúng ta có
    đi nhầm đường không?" (_GOING_EN); None for anything else, and where "is", "are" does not agree with who."""
    m = _GOING_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    said = be_said(m["be0"] or m["be"])
    if said != ("is" if one else "am" if who_ == "tôi" else "are"):
        return None
    who_ = "chúng ta" if who_ == "chúng tôi" else who_  # (on the way together)
    return f"{who_} có đi nhầm đường không?" if m["be0"] else f"{who_} đi nhầm đường rồi."


def _taken_for_vi(text: str) -> str | None:
    """"I mistook you for someone else." as "Tôi nhầm bạn với người khác." (_TAKEN_FOR_EN: "mistook … for", "confused
    … with"); None for anything else."""
    m = _TAKEN_FOR_EN.fullmatch(text)
    if not m or bool(m["mistook"]) != (m["prep"] == "for") or (whom := as_whom(m["whom"], "en")) is None:
        return None
    who_, _ = who_vi(m)
    return None if whom == who_ else f"{who_} nhầm {whom} với người khác."


def _sorry_vi(text: str) -> str | None:
    """"Sorry, my mistake." as "Xin lỗi, tôi nhầm.", "I'm sorry, it's my fault." as "Tôi xin lỗi, đó là lỗi của tôi."
    (_SORRY_EN, then what _said_vi takes); None for anything else."""
    m = _SORRY_EN.fullmatch(text)
    rest = m and _said_vi(capitalised(m["rest"]))
    if not rest or rest.endswith("?"):
        return None
    return f"{'tôi xin lỗi' if m['i'] else 'xin lỗi'}, {rest}"
