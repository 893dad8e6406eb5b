"""Road trips and backpacking ("đi phượt", "dân phượt"), both ways, written whole by rule. v8 (rules on) reads
"phượt" as anything but a trip, and "road trip", "backpacker" as a road, a supporter: "Cuối tuần này bọn tôi đi phượt
Hà Giang." → "This weekend, we missed Ha Giang.", "Tháng trước anh ấy đi phượt Tây Bắc." → "Last month, he skirted
North-west.", "Tôi thích đi phượt." → "I like snugging.", "Anh ấy là dân phượt." → "He is snugg.", "Chúng tôi sẽ đi
phượt bằng xe máy." → "We'll be slighted by motorbike.", "Bạn đã bao giờ đi phượt chưa?" → "You've never been
chased?", "Bạn có muốn đi phượt với bọn tôi không?" → "Do you want to ski with us?"; "I love road trips." → "Tôi yêu
con đường.", "He's a backpacker." → "Anh ta là một người ủng hộ.", "We went backpacking in Sa Pa last year." →
"Chúng tôi quay lạipacking ở Sa Pa năm ngoái.", "They're backpackers." → "Họ đang quay lại.".

Taken: who (mt.hobbies.WHO, WHO_EN; "bọn tôi", "tụi mình" … as we) going on a road trip (by motorbike: a motorbike
trip; backpacking in English), to, in or around a place by its name (mt.trips.place; the places of mt.terms' en→vi
list by their marks; the Northwest, the Northeast, the Central Highlands) or across Vietnam ("xuyên Việt"), with
someone (mt.hobbies.as_whom, us, friends; a pet as "con chó của tôi"), on a day ahead ("sẽ", "định", "sắp", "đang"
without one) or behind ("đã" without one), denied or asked where the day says the tense; who likes, loves or hates
road trips; wants to go on one; has ever been, never been or been on one before; has just got back from one; is a
backpacker ("dân phượt": English has no word for one who goes "phượt"; "backpacker", one who travels cheap and on
their own, is the sure one; "you" backpackers as "các bạn"). "We" asking is "chúng ta", saying "chúng tôi".
Left: "đi phượt" with no word or day of tense ("Tôi đi phượt Hà Giang.": a habit, a plan or the past?), "Bạn có đi phượt
không?" without a day, "đang" with a day, "Are you going on a road trip?" without a day, a place not known ("Mù Cang
Chải"), an animal as who, "I" asked, "anh", "chị", "em" alone saying it, "mình" alone going, wanting, back or ever on
one (I, or we?; liking and being one it is "I"), "với bạn" (you, or a friend?) and "với mình" (me, or us?), with one
"của mình" after a third person ("với con chó của mình": hers, or mine?), who going with themself ("Tôi sẽ đi phượt với
chúng ta."), "nhỉ", "thế", "vậy" ending a statement, "don't really want", "our" asking, trips and travel in general
(mt/trips.py, mt/journeys.py), driving (mt/driving.py), and anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Cuối tuần này bọn tôi đi phượt Hà Giang.", "vi", "en"), translate("He's a backpacker.", "en", "vi")
    ("We're going on a road trip to Ha Giang this weekend.", 'Anh ấy là dân phượt.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, as_whom, be_agrees, who, who_vi
from .lazy_re import lazy
from .names import CAPITALS
from .people import KIN_VI, named_place
from .rule_keys import key_checked
from .terms import WHOSE_VI
from .text import (ASKED_END, BE_EN, EN_OBJECT, SOFTENED_END, alternatives, be, capitalised, contracted, keyed,
                   strip_marks)
from .trips import place

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phượt)"), "en": lazy(r"(?i:road\s+trip|motorbike\s+trip|backpacking|backpacker)")}

# "we" that mt.ever.PRONOUNS lacks ("bọn tôi", of "Cuối tuần này bọn tôi đi phượt …"), and whom besides as_whom's
_WE = {"bọn tôi", "bọn mình", "tụi tôi", "tụi mình", "chúng mình"}
_WITH = {we: "us" for we in _WE} | {"bạn bè": "friends"}
_WITH_VI = {"friends": "bạn bè"}
# whom not sure: "bạn" is "you" or a friend ("Lan sẽ đi phượt với bạn."), "mình" me or us
_WHOM_LEFT = {"bạn", "mình"}
# a particle ending a statement says more than English would: a tag ("Bạn thích đi phượt nhỉ.": don't you?), a stress
# or a "then" ("thế", "vậy"); mt.text.SOFTENER, which drops them, is for questions here
_PARTICLE_SAID = lazy(r"\s(?i:nhỉ|thế|vậy)\s*[.!]*\Z")
# days ahead ("cuối tuần này" too) and behind (mt.dates.NEAR_DAYS); the first Vietnamese of each is written back
_DAYS = near_days("tuần sau", "tuần tới", "tháng sau", "tháng tới", "năm sau", "năm tới", "ngày mai", "cuối tuần này",
                  "cuối tuần sau", "cuối tuần tới", "hôm qua", "hôm kia", "cuối tuần trước", "tuần trước",
                  "tháng trước", "năm ngoái", "năm trước")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_BEHIND = {day for day in _DAYS if NEAR_WAY[day] == "behind"}  # ("hôm qua"; not "cuối tuần này", a plan)
# regions mt.people.named_place does not know, or knows without "the"
_REGIONS = {"Tây Bắc": "the Northwest", "Đông Bắc": "the Northeast", "Tây Nguyên": "the Central Highlands"}
_REGIONS_VI = {en.lower(): vi for vi, en in _REGIONS.items()}
_PREPS = {"ở": "in", "tại": "in", "lên": "to", "đến": "to", "tới": "to", "ra": "to", "vào": "to",
          "vòng quanh": "around", "quanh": "around"}
_PREPS_VI = {"to": "", "in": "ở ", "around": "vòng quanh "}
# a place is words with capitals (so no "với", nor a day, is read as one), or across Vietnam
_NAME = rf"[{CAPITALS}]\w*(?:\s+[{CAPITALS}]\w*)*"

_WHO = rf"(?:(?P<we>(?i:{alternatives(_WE)}))|{WHO})"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
_BIKE = r"(?:\s+(?P<bike>bằng\s+xe\s+máy))?"
_TRIP = (rf"đi\s+phượt(?:\s+(?:(?P<prep>{alternatives(_PREPS)})\s+)?(?P<place>{_NAME}|xuyên\s+Việt(?:\s+Nam)?))?"
         rf"{_BIKE}(?:\s+(?:cùng\s+)?với\s+(?P<with>[^,.!?]+?))?")
# going, gone, going now, planned ("Cuối tuần này bọn tôi đi phượt Hà Giang.", "Bạn có định đi phượt không?")
_AUX = {"sẽ", "sẽ không", "sắp", "đang", "đã", "không", "có", "định", "dự định", "có định", "không định", "có đang"}
_GO = lazy(rf"{_DAY0}{_WHO}\s+(?:(?P<aux>{alternatives(_AUX)})\s+)?{_TRIP}{_DAY}{ASKED_END}")
# ... in English, by the word of tense and the day said ("ahead", "behind", "" none); said, then asked
_SHAPES = {key: shape for shape, keys in {
    "{be} going on": [("sẽ", ""), ("", "ahead"), ("sẽ", "ahead")],
    "{be} not going on": [("sẽ không", ""), ("sẽ không", "ahead"), ("không", "ahead")],
    "{be} planning to go on": [("định", ""), ("dự định", ""), ("định", "ahead")],
    "{be} not planning to go on": [("không định", "")], "{be} about to go on": [("sắp", "")], "{be} on": [("đang", "")],
    "went on": [("đã", ""), ("", "behind"), ("đã", "behind")], "didn't go on": [("không", "behind")],
    "{Be} {who} going on": [("có", "ahead")], "{Be} {who} planning to go on": [("có định", ""), ("có định", "ahead")],
    "Did {who} go on": [("có", "behind")], "{Be} {who} on": [("có đang", "")]}.items() for key in keys}
_BACK = lazy(rf"{_WHO}\s+(?:vừa\s+mới|vừa|mới)\s+{_TRIP}\s+về(?:\s+rồi)?{SOFTENED_END}")
_LIKE = lazy(rf"{_WHO}\s+(?:(?P<aux>không|có|rất)\s+)?(?P<verb>thích|mê|ghét)\s+đi\s+phượt{_BIKE}"
             rf"(?:\s+(?P<much>lắm))?{ASKED_END}")
_WANT = lazy(rf"{_DAY0}{_WHO}\s+(?:(?P<aux>không|có|rất)\s+)?muốn\s+{_TRIP}{_DAY}{ASKED_END}")
_EVERS = {"đã bao giờ", "bao giờ", "đã từng", "từng", "chưa bao giờ", "chưa từng", "chưa", "đã"}
_EVER = lazy(rf"{_WHO}\s+(?P<aux>{alternatives(_EVERS)})\s+{_TRIP}(?:\s+(?P<ever>bao\s+giờ))?"
             rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
_BACKPACKER = lazy(rf"{_WHO}\s+(?:(?P<aux>không\s+phải|có\s+phải)\s+)?(?P<la>là\s+)?dân\s+phượt{ASKED_END}")

# ... and in English
_TRIP_EN = r"(?:on\s+a\s+(?P<trip>road|motorbike)\s+trip|(?P<bp>backpacking))"
_REST = (r"(?:\s+(?P<prep>to|in|around|across)\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?"
         r"(?:\s+(?P<bike>by\s+motorbike))?(?:\s+with\s+(?P<with>[^,.!?]+?))?"
         rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?")
_END_EN = r"\s*(?P<end>[.!?]*)"
_REST_EN = _REST + _END_EN
_NOT_EN = r"(?:\s+(?P<not>not)|(?P<nt>n['’]t))?"
_IS_EN = rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}{BE_EN}?{_NOT_EN}\s+"  # (who is, is not, or is who)
_GO_EN = lazy(rf"{_IS_EN}(?:(?P<verb>going|planning\s+to\s+go|about\s+to\s+go)\s+)?{_TRIP_EN}{_REST_EN}")
_WENT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?:\s+(?P<not>didn['’]t|did\s+not))?\s+(?P<verb>went|go)\s+{_TRIP_EN}"
                rf"{_REST_EN}")
_DONT = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?(?:\s+(?P<really>really))?"
_LIKE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_DONT}\s+(?P<verb>likes?|loves?|enjoys?|hates?)\s+"
                rf"(?:(?:going\s+on\s+)?(?P<trip>road|motorbike)\s+trips|(?:going\s+)?(?P<bp>backpacking)){_END_EN}")
_WANT_EN = lazy(rf"(?:(?P<do>Do|Does|Would)\s+)?{WHO_EN}{_DONT}(?P<verb>\s+wants?|\s+would\s+like|['’]d\s+like|"
                rf"\s+like)\s+to\s+go\s+{_TRIP_EN}{_REST_EN}")
_EVER_EN = lazy(rf"(?P<have>Have|Has)\s+{WHO_EN}\s+ever\s+been\s+{_TRIP_EN}{_REST_EN}")
_BEEN_EN = lazy(rf"{WHO_EN}(?P<have>\s+have|\s+has|['’]ve|['’]s)\s+(?:(?P<never>never)\s+)?been\s+{_TRIP_EN}"
                rf"{_REST}(?:\s+(?P<before>before))?{_END_EN}")
_BACK_EN = lazy(rf"{WHO_EN}(?P<have>\s+have|\s+has|['’]ve|['’]s)?\s+just\s+(?P<verb>got|come)\s+back\s+from\s+"
                rf"(?:a\s+(?P<trip>road|motorbike)\s+trip|(?P<bp>backpacking)){_REST_EN}")
_WHOM_EN = lazy(WHO_EN)  # (whom gone with, read as who to tell a pet)
_BACKPACKER_EN = lazy(rf"{_IS_EN}(?:(?P<a>a)\s+)?(?P<noun>backpackers?){_END_EN}")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who going, or gone, on a road trip, liking, wanting, having been on or just
    back from one, or being a backpacker; None for any other."""
    if src == "vi":
        if _PARTICLE_SAID.search(text):
            return None
        return _go(text) or _back(text) or _like(text) or _want(text) or _ever(text) or _backpacker(text)
    return (_go_vi(text) or _went_vi(text) or _like_vi(text) or _want_vi(text) or _ever_vi(text) or _back_vi(text)
            or _backpacker_vi(text))


def _who(m: re.Match, asked: bool, trip: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether English says it with "-s"; None for a pet, "I" asked, "anh",
    "chị", "em" alone saying it (mt.hobbies.who) and, of a trip (`trip`), "mình" alone (I, or we?)."""
    if m["we"]:
        return "we", False
    if trip and keyed(m["who"] or "") == "mình":
        return None
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… không?" or "… chưa?", and "?"); None where one is without the other."""
    asked = bool(m.groupdict().get("asked") or m.groupdict().get("yet"))
    return None if asked != ("?" in m["end"]) else asked


def _oneself(who_: str, whom: str, lang: str) -> bool:
    """Whether whom gone with is who, or takes who in, in `lang` ("en": "I" with "me" or "us", "he" with "him"; "vi":
    "tôi" with "tôi" or "chúng ta"): "Tôi sẽ đi phượt với chúng ta." says nothing sure."""
    if lang == "en":
        return whom in (who_, EN_OBJECT.get(who_)) or who_ in ("I", "we") and whom in ("me", "us")
    return whom == who_ or {who_, whom} <= {"tôi", "chúng tôi", "chúng ta"}


def _where(m: re.Match, who_: str) -> str | None:
    """Where to and with whom of a Vietnamese match of who (`who_`, in English) in English (" in Da Lat with us"), ""
    for none; None for a place or whom not known or left (_WHOM_LEFT, who, "của mình" after a third person)."""
    name = " ".join((m["place"] or "").split())
    bare = strip_marks(name)  # (the en→vi list knows "Ha Giang" as "Hà Giang"; the vi→en one leaves it out)
    if keyed(name).startswith("xuyên "):
        found = None if m["prep"] else "across Vietnam"
    else:
        found = name and (_REGIONS.get(name) or place(name, "vi") or (bare if named_place(bare, "en") == name else ""))
        found = found and f"{_PREPS.get(keyed(m['prep'] or ''), 'to')} {found}"
    left = m["with"] and keyed(m["with"]) in _WHOM_LEFT
    whom = m["with"] and not left and (_WITH.get(keyed(m["with"])) or as_whom(m["with"], "vi"))
    if name and not found or m["with"] and not whom or whom and _oneself(who_, whom, "en") or \
            whom and who_ not in ("I", "you") and keyed(m["with"]).split()[-1] == "mình":
        return None  # (… "với con chó của mình" after "Cô ấy": her dog, which as_whom reads as "my dog", or mine?)
    return f" {found}" * bool(found) + f" with {whom}" * bool(whom)


def _trip(m: re.Match) -> str:
    """"a road trip", or "a motorbike trip" ("bằng xe máy")."""
    return "a motorbike trip" if m["bike"] else "a road trip"


def _go(text: str) -> str | None:
    """"Tuần sau bạn có đi phượt không?" as "Are you going on a road trip next week?", "Lan đang đi phượt ở Đà Lạt."
    as "Lan is on a road trip in Da Lat." (_GO, _SHAPES); None for anything else, and where nothing says the tense."""
    m = _GO.fullmatch(text)
    if not m or m["day0"] and m["day"] or (asked := _asked(m)) is None or (said := _who(m, asked, True)) is None:
        return None
    day, aux, who_ = keyed(m["day0"] or m["day"] or ""), keyed(m["aux"] or ""), said[0]
    shape = _SHAPES.get((aux, "" if not day else "behind" if day in _BEHIND else "ahead"))
    if asked != aux.startswith("có") or shape is None or (where := _where(m, who_)) is None:
        return None
    rest = f"{_trip(m)}{where}{' ' + _DAYS[day] if day else ''}"
    if asked:
        return shape.format(Be=be(who_).capitalize(), who=who_) + f" {rest}?"
    said = shape.format(be=be(who_))
    return capitalised(contracted(who_, said) if said.startswith(be(who_)) else f"{who_} {said}") + \
        f" {rest}{(m['end'] or '.')}"


def _back(text: str) -> str | None:
    """"Tôi vừa đi phượt về." as "I've just got back from a road trip." (_BACK); None for anything else."""
    m = _BACK.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False, True)
    if not said or (where := _where(m, said[0])) is None:
        return None
    have = "has" if said[1] else "have"
    return capitalised(contracted(said[0], f"{have} just got back from {_trip(m)}{where}")) + (m["end"] or ".")


def _does(said: tuple[str, bool], aux: str, verb: str, rest: str, end: str) -> str:
    """Who (and whether "-s") does `verb` ("like", "want") `rest` in English: asked ("có": "Do you like …?"), denied
    ("không": "She doesn't like …"), "rất" ("I really like …") or said."""
    who_, one = said
    if aux == "có":
        return f"{'Does' if one else 'Do'} {who_} {verb} {rest}?"
    if aux == "không":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {rest}") + (end or ".")
    return capitalised(f"{who_} {'really ' * (aux == 'rất')}{verb}{'s' * one} {rest}") + (end or ".")


def _like(text: str) -> str | None:
    """"Anh ấy mê đi phượt lắm." as "He really loves going on road trips." (_LIKE, _does); None for anything else,
    and "không mê", "ghét lắm"."""
    m = _LIKE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked != (m["aux"] == "có") or (said := _who(m, asked)) is None:
        return None
    aux, verb = m["aux"], keyed(m["verb"])
    if aux == "không" and verb != "thích" or m["much"] and (aux or verb == "ghét") or aux == "rất" and verb == "ghét":
        return None
    like = {"thích": "like", "mê": "love", "ghét": "hate"}[verb]
    return _does(said, "rất" if m["much"] else aux or "", like,
                 f"going on {'motorbike' if m['bike'] else 'road'} trips", m["end"])


def _want(text: str) -> str | None:
    """"Tôi muốn đi phượt." as "I want to go on a road trip." (_WANT); None for anything else, and a day behind."""
    m = _WANT.fullmatch(text)
    if not m or m["day0"] and m["day"] or (asked := _asked(m)) is None or asked != (m["aux"] == "có"):
        return None
    day = keyed(m["day0"] or m["day"] or "")
    if day in _BEHIND or (said := _who(m, asked, True)) is None or (where := _where(m, said[0])) is None:
        return None
    return _does(said, m["aux"] or "", "want", f"to go on {_trip(m)}{where}{' ' + _DAYS[day] if day else ''}", m["end"])


def _ever(text: str) -> str | None:
    """"Bạn đã bao giờ đi phượt chưa?" as "Have you ever been on a road trip?", "Tôi chưa bao giờ đi phượt." as "I've
    never been on a road trip." (_EVER); None for anything else ("Bạn đã đi phượt chưa?": yet, not ever)."""
    m = _EVER.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked, True)) is None or (
            where := _where(m, said[0])) is None:
        return None
    aux, ever = keyed(m["aux"]), bool(m["ever"])
    who_, have = said[0], "has" if said[1] else "have"
    if asked:
        ok = aux in ("đã bao giờ", "bao giờ", "đã từng", "từng") and not ever or aux == "đã" and ever
        return f"{have.capitalize()} {who_} ever been on {_trip(m)}{where}?" if ok else None
    if aux in ("chưa bao giờ", "chưa từng") and not ever or aux == "chưa" and ever:
        return capitalised(contracted(who_, f"{have} never been on {_trip(m)}{where}")) + (m["end"] or ".")
    if aux in ("đã từng", "từng") and not ever:
        return capitalised(contracted(who_, f"{have} been on {_trip(m)}{where} before")) + (m["end"] or ".")
    return None


def _backpacker(text: str) -> str | None:
    """"Bạn có phải là dân phượt không?" as "Are you a backpacker?" (_BACKPACKER); None for anything else."""
    m = _BACKPACKER.fullmatch(text)
    aux = keyed(m["aux"] or "") if m else ""
    if not m or (asked := _asked(m)) is None or asked != (aux == "có phải") or not (aux or m["la"]) or not (
            said := _who(m, asked)):
        return None
    who_ = said[0]
    noun = "backpackers" if who_ in ("we", "they") else "a backpacker"
    if asked:
        return f"{be(who_).capitalize()} {who_} {noun}?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(aux)} {noun}")) + (m["end"] or ".")


# ... and back


def _who_vi(m: re.Match, asked: bool) -> str | None:
    """Who of an English match in Vietnamese (mt.hobbies.who_vi), "we" asking (`asked`) as "chúng ta", taking in the
    one asked; None for "our" asking, of who or whom ("Is our mother …?": is the one asked in "our"?)."""
    if asked and "our" in f"{m['whose'] or ''} {m.groupdict().get('with') or ''}".lower().split():
        return None
    who_ = who_vi(m)[0]
    return "chúng ta" if asked and who_ == "chúng tôi" else who_


def _whom_vi(said: str) -> str | None:
    """Whom gone with, of English, in Vietnamese (mt.hobbies.as_whom): "him" as "anh ấy", "my mother" as "mẹ tôi", a
    pet with "của" ("my dog" as "con chó của tôi": "con chó tôi" reads poorly); None for one not known."""
    m = _WHOM_EN.fullmatch(" ".join(said.split()))
    if m and m["kin"] and animal(m):
        return f"{KIN_VI[m['kin'].lower()]} của {WHOSE_VI[m['whose'].lower()]}"
    return as_whom(said, "en")


def _where_vi(m: re.Match, who_: str) -> str | None:
    """Where to, how and with whom of an English match of who (`who_`, in Vietnamese) in Vietnamese (" ở Đà Lạt bằng
    xe máy với chúng tôi"), "" for none; None for a place or whom not known, who as whom, and a pet as who."""
    name = " ".join((m["place"] or "").split())
    if m["prep"] == "across":
        found = "xuyên Việt" if name == "Vietnam" else ""
    else:
        found = name and (_REGIONS_VI.get(name.lower()) or place(name, "en"))
        found = found and f"{_PREPS_VI[m['prep']]}{found}"
    whom = m["with"] and (_WITH_VI.get(keyed(m["with"])) or _whom_vi(m["with"]))
    if animal(m) or name and not found or m["with"] and not whom or m["bike"] and m["trip"] == "motorbike" or \
            whom and _oneself(who_, whom, "vi"):
        return None
    bike = " bằng xe máy" if m["bike"] or m["trip"] == "motorbike" else ""
    return f" {found}" * bool(found) + bike + f" với {whom}" * bool(whom)


def _said_vi(m: re.Match, asked: bool, aux: str, day: str, end: str) -> str | None:
    """A Vietnamese sentence of who of an English match going on a road trip: the day (`day`, in Vietnamese) first,
    then who, `aux` and "đi phượt" where to; None where who or where is left (_who_vi, _where_vi)."""
    if (who_ := _who_vi(m, asked)) is None or (where := _where_vi(m, who_)) is None:
        return None
    return capitalised(" ".join(w for w in (day, who_, aux, f"đi phượt{where}") if w)) + end


def _go_vi(text: str) -> str | None:
    """"Are you going on a road trip next week?" as "Tuần tới bạn có đi phượt không?" (_GO_EN); None for anything
    else, where "is" does not agree with who, and a day behind."""
    m = _GO_EN.fullmatch(text)
    said_be = m and (m["be0"] or m["be"])
    if not m or bool(m["be0"]) == bool(m["be"]) or not be_agrees(m, said_be) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    day = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    verb, not_ = keyed(m["verb"] or ""), bool(m["not"] or m["nt"])
    if day and (day in _BEHIND or verb not in ("going", "planning to go")) or m["be0"] and not_:
        return None
    if m["be0"]:  # ("Are you going on a road trip?" without a day: asked of a plan, or of now?)
        aux = {"planning to go": "có định", "": "có đang"}.get(verb, "có" if day else None)
        return aux and _said_vi(m, True, aux, day, " không?")
    aux = ({"going": "không" if day else "sẽ không", "planning to go": "không định"} if not_ else {
        "going": "" if day else "sẽ", "planning to go": "định", "about to go": "sắp", "": "đang"}).get(verb)
    return None if aux is None else _said_vi(m, False, aux, day, m["end"] or ".")


def _went_vi(text: str) -> str | None:
    """"Did you go on a road trip last weekend?" as "Cuối tuần trước bạn có đi phượt không?" (_WENT_EN); None for
    anything else, a day ahead, and "Did" or "didn't" without a day."""
    m = _WENT_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or (m["verb"] == "go") != bool(m["did"] or m["not"]):
        return None
    day = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    if day and day not in _BEHIND or (m["did"] or m["not"]) and not day or m["did"] and m["not"]:
        return None
    if m["did"]:
        return _said_vi(m, True, "có", day, " không?")
    return _said_vi(m, False, "không" if m["not"] else "" if day else "đã", day, m["end"] or ".")


def _agrees(m: re.Match, verb: str) -> bool:
    """Whether the verb of an English match (`verb`: "likes", "want"), or its "do", agrees with who ("She likes",
    "Does she like", "She doesn't like"; not "She like", "Do she like")."""
    one = who_vi(m)[1]
    do = keyed(m["do"] or m["not"] or "")
    if do:
        return not verb.endswith("s") and (do.startswith("does") == one or do == "would")
    return verb.endswith("s") == one


def _like_vi(text: str) -> str | None:
    """"I love road trips." as "Tôi rất thích đi phượt." (_LIKE_EN); None for anything else, a verb not agreeing, and
    "don't love", "don't hate"."""
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or not _agrees(m, m["verb"]) or animal(m) or m["do"] and (
            m["not"] or m["really"]):
        return None
    verb = m["verb"].removesuffix("s")
    if m["not"] and (verb not in ("like", "enjoy") or m["really"]) or (who_ := _who_vi(m, bool(m["do"]))) is None:
        return None
    like = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}[verb]
    if m["really"]:
        like = {"thích": "rất thích", "rất thích": "rất mê", "ghét": "rất ghét"}[like]
    trip = " bằng xe máy" if m["trip"] == "motorbike" else ""
    if m["do"]:  # ("Do you love …?": "mê")
        return capitalised(f"{who_} có {'mê' if like == 'rất thích' else like} đi phượt{trip} không?")
    return capitalised(f"{who_} {'không thích' if m['not'] else like} đi phượt{trip}") + (m["end"] or ".")


def _want_vi(text: str) -> str | None:
    """"Do you want to go on a road trip with us?" as "Bạn có muốn đi phượt với chúng tôi không?" (_WANT_EN); None for
    anything else, and a day behind."""
    m = _WANT_EN.fullmatch(text)
    verb = keyed(m["verb"].replace("’", "'")) if m else ""
    # ("don't really want": "không muốn … lắm" or "không thực sự muốn"? as _like_vi leaves "don't really like")
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or (m["do"] or m["not"]) and m["really"]:
        return None
    day = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    if (m["do"] == "Would") != (verb == "like") or verb in ("would like", "'d like") and (m["not"] or m["do"]) or \
            verb.startswith("want") and not _agrees(m, verb) or m["bp"] or day in _BEHIND:
        return None
    if m["do"]:
        return _said_vi(m, True, "có muốn", day, " không?")
    return _said_vi(m, False, "không muốn" if m["not"] else "rất muốn" if m["really"] else "muốn", day, m["end"] or ".")


def _has_agrees(m: re.Match, have: str) -> bool:
    """Whether "have" or "has" (contracted or not: "'ve", "'s") agrees with who of an English match."""
    return keyed(have.replace("’", "'")) in (("has", "'s") if who_vi(m)[1] else ("have", "'ve"))


def _ever_vi(text: str) -> str | None:
    """"Have you ever been on a road trip?" as "Bạn đã bao giờ đi phượt chưa?", "I've never been on a road trip." as
    "Tôi chưa bao giờ đi phượt." (_EVER_EN, _BEEN_EN); None for anything else, and a day said."""
    m, ever = _EVER_EN.fullmatch(text), True
    if not m:
        m, ever = _BEEN_EN.fullmatch(text), False
    if not m or m["day"] or ("?" in m["end"]) != ever or not _has_agrees(m, m["have"]) or \
            not ever and bool(m["never"]) == bool(m["before"]):
        return None
    aux = "đã bao giờ" if ever else "chưa bao giờ" if m["never"] else "đã từng"
    return _said_vi(m, ever, aux, "", " chưa?" if ever else m["end"] or ".")


def _back_vi(text: str) -> str | None:
    """"I've just got back from a road trip." as "Tôi vừa đi phượt về." (_BACK_EN); None for anything else."""
    m = _BACK_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["day"] or m["have"] and not _has_agrees(m, m["have"]) or \
            m["verb"] == "come" and not m["have"]:
        return None
    return _said_vi(m, False, "vừa", "", f" về{m['end'] or '.'}")


def _backpacker_vi(text: str) -> str | None:
    """"He's a backpacker." as "Anh ấy là dân phượt." (_BACKPACKER_EN); None for any other, "is" or "a" not agreeing."""
    m = _BACKPACKER_EN.fullmatch(text)
    said_be = m and (m["be0"] or m["be"])
    if not m or bool(m["be0"]) == bool(m["be"]) or not be_agrees(m, said_be) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    many = m["noun"].endswith("s")
    if many == bool(m["a"]) or many == (one or who_ in ("tôi", "bạn")) and who_ != "bạn" or animal(m) or \
            m["be0"] and (m["not"] or m["nt"]):
        return None
    who_ = "các bạn" if who_ == "bạn" and many else _who_vi(m, bool(m["be0"]))  # ("you" backpackers: "các bạn")
    if who_ is None:
        return None
    if m["be0"]:
        return capitalised(f"{who_} có phải là dân phượt không?")
    return capitalised(f"{who_} {'không phải là' if m['not'] or m['nt'] else 'là'} dân phượt") + (m["end"] or ".")
