"""The repairman for a thing at home (and the electrician, the plumber, the locksmith), both ways, written whole by
rule: who calls one (has to, needs to, will, has, has just, hasn't yet, asked), called to fix a thing; the repairman
coming soon, on the way, here, not yet, asked, on a day or at a time ahead, come on a day behind; fixing or having fixed
the thing; who is waiting for him. v8 (the rules on) reads "thợ sửa" as a fixing or a fixture, "máy giặt" as a
washcloth, "điều hòa" as peace, and "repairman" as a repair, "fixed" as set: "Thợ sửa máy giặt sắp đến." → "It's
upcoming washcloth.", "Tôi phải gọi thợ sửa điều hòa." → "I have to call my peace fixed.", "Thợ sửa tủ lạnh đến rồi." →
"The refrigerator came.", "Thợ sửa điều hòa bao giờ đến?" → "The idea of peace?", "Thợ điện đến chưa?" → "Power to
Power?", "Thợ khóa đang đến." → "Key bureau is coming.", "Thợ đã sửa xong máy giặt." → "The wife has finished a
washcloth.", "Tôi đang đợi thợ sửa điều hòa." → "I'm waiting for a fixture."; "The repairman is coming soon." → "Cuộc
sửa chữa sắp tới.", "Have you called the electrician?" → "Bạn đã gọi là người điện chưa?", "Has the plumber come yet?" →
"Có phải con búp bê chưa?", "The repairman has fixed the washing machine." → "Người sửa chữa đã cố định máy rửa tay.",
"The locksmith is on his way." → "Cái khóa đang trên đường của nó.".

Taken: the man (MEN: "thợ sửa" one of THINGS, "thợ sửa chữa", "thợ điện", "thợ sửa ống nước", "thợ nước", "thợ khóa";
"the washing machine repairman", "the repairman", "the electrician", …) coming soon ("sắp"), on the way ("đang"), here
("đến rồi"), just arrived ("vừa"), not yet (still), asked ("đến chưa?"), when or at what time ("Bao giờ … đến?", "Mấy
giờ …"), on a day or at a time ahead with "sẽ" (mt.free_time.when, mt.dates.clock), asked so ("Hôm nay … có đến
không?"), "sẽ đến" alone, come on a day behind with "đã" (mt.floods.DAYS_DONE); the man, or "thợ" alone, fixing a thing
(whose: mt.hobbies.OWNER), or the man fixing it ("đang sửa"), having fixed it ("sửa xong": "đã", "rồi", just, not
yet, asked); who (mt.hobbies.WHO, WHO_EN) has to, needs to, should, will, is, has, has just called one, or called one,
hasn't yet, asked, can, needs to (asked), doesn't need to; "gọi thợ đến sửa …" (a repairman to fix the thing); who is
waiting for the man.
Left: "thợ" alone coming or called ("Thợ đến rồi.": the repairman, or the workmen?), "Tôi gọi thợ sửa điều hòa." with no
tense (called, or calls?), "Bạn có gọi … không?" (do you, or did you?), "đến" with a day and no "sẽ" or "đã" ("Chiều nay
thợ sửa điều hòa đến.": came, or coming?), "X đến lúc mấy giờ?" (what time he came?), "không đến" (isn't coming, or
didn't come?), "sửa" with no "xong" but "đang" ("Thợ đã sửa máy giặt.": fixed it, or worked on it?), "Thợ sửa máy giặt
đã đến." with no day (came, or is here?), "sắp đến rồi", "Did you call …?", "I call …" (a habit), "He's called a
locksmith." (his name?), "we" asked in English ("chúng ta", or "chúng tôi"?), "The repairman is coming." (on the way, or
will?), "someone to fix it", a "technician", "thợ" of other trades (builders: mt/renovations.py; a tailor:
mt/mending.py), a pet as who, "anh", "chị", "em" alone saying it, "I" asked, "thế"/"vậy" statements, "thợ" alone
fixing no thing ("Thợ đang sửa.": the workmen?), "của mình" after the man (his own), "gọi cho" (phoned the one known),
"Sáng nay … có đến không?" (or did he come?), "his", "her", "their" thing fixed in English (the man's own?), "we" who
must or will call ("chúng ta", or "chúng tôi"?); and what
mt/circuit_breakers.py, mt/leaks.py, mt/keys.py take first (an electrician, a plumber, a locksmith called or coming).
mt.phrasebook.translate tries these after mt/face_masks.py.

    >>> translate("Thợ sửa máy giặt sắp đến.", "vi", "en"), translate("Have you called the electrician?", "en", "vi")
    ('The washing machine repairman is coming soon.', 'Bạn đã gọi thợ điện chưa?')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import clock
from .floods import DAYS_DONE
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, first_agrees, owner_of, own_thing,
                      person_of, pet, someone, who_vi)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:thợ)"), "en": lazy(r"(?i:repairman|electrician|plumber|locksmith)")}
# the things a repairman comes for, and back (small letters: "tv" for "TV")
THINGS = {"máy giặt": "washing machine", "điều hòa": "air conditioner", "điều hoà": "air conditioner",
          "máy điều hòa": "air conditioner", "máy lạnh": "air conditioner", "tủ lạnh": "fridge", "ti vi": "TV",
          "tivi": "TV", "bình nóng lạnh": "water heater", "máy nước nóng": "water heater", "lò vi sóng": "microwave",
          "máy rửa bát": "dishwasher"}
THINGS_VI = {"washing machine": "máy giặt", "air conditioner": "điều hòa", "air conditioning": "điều hòa",
             "fridge": "tủ lạnh", "refrigerator": "tủ lạnh", "tv": "ti vi", "television": "ti vi",
             "water heater": "bình nóng lạnh", "microwave": "lò vi sóng", "dishwasher": "máy rửa bát"}
# the men: a trade's own word, or a thing's repairman ("thợ sửa máy giặt")
_TRADES = {"thợ sửa chữa": "repairman", "thợ điện": "electrician", "thợ sửa điện": "electrician",
           "thợ sửa ống nước": "plumber", "thợ ống nước": "plumber", "thợ nước": "plumber", "thợ khóa": "locksmith",
           "thợ khoá": "locksmith", "thợ sửa khóa": "locksmith", "thợ sửa khoá": "locksmith"}
MEN = _TRADES | {f"thợ sửa {vi}": f"{en} repairman" for vi, en in THINGS.items()}
_TRADES_VI = {"repairman": "thợ sửa chữa", "electrician": "thợ điện", "plumber": "thợ sửa ống nước",
              "locksmith": "thợ khóa"}
_BEHIND = lazy(r"(?i:\b(?:yesterday|last|ago)\b)")  # (a day behind: the man "will come" yesterday is left)
_DONE_VI = {en: vi for vi, en in reversed(DAYS_DONE.items())}
_EARLIER = lazy(r"\bthis\s+(?:morning|afternoon)\b")  # (asked with "có … không?" it may be "did he come?")

_MAN = rf"(?P<man>(?i:{alternatives(MEN)}))"
_MAN_FIX = rf"(?P<man>(?i:{alternatives(MEN)}|thợ))"  # (fixing a thing: "thợ" alone is the one fixing it)
_THING = rf"(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?"
# coming ("Thợ sửa máy giặt sắp đến.", "Ngày mai thợ sửa điều hòa sẽ đến.", "Thợ điện đến chưa?")
_COMING = lazy(rf"{DAY_OPENING}{_MAN}\s+(?:(?P<still>vẫn)\s+)?(?:(?P<aux>sắp|đang|vừa\s+mới|vừa|chưa|sẽ|đã|có)\s+)?"
               rf"(?:đến|tới)(?:\s+(?P<done>rồi|chưa))?{DAY_AFTER}(?:\s+(?P<asked>không))?{SOFTENED_END}")
_WHEN = lazy(rf"(?:(?P<q0>(?i:bao\s+giờ|khi\s+nào|mấy\s+giờ))\s+)?{_MAN}\s+(?:(?P<q>bao\s+giờ|khi\s+nào|mấy\s+giờ)\s+)?"
             rf"(?P<will>sẽ\s+)?(?:đến|tới)(?:\s+(?P<q2>lúc\s+mấy\s+giờ))?{SOFTENED_END}")
# fixing it ("Thợ đã sửa xong máy giặt.", "Thợ đang sửa tủ lạnh của tôi.", "Thợ điện sửa xong chưa?")
_FIX = lazy(rf"{_MAN_FIX}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|đang|chưa)\s+)?sửa(?:\s+(?P<xong>xong))?(?:\s+{_THING})?"
            rf"(?:\s+(?P<xong2>xong))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# called by who ("Tôi phải gọi thợ sửa điều hòa.", "Tôi đã gọi thợ đến sửa tủ lạnh.", "Bạn gọi thợ khóa chưa?")
_CALL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>chưa|không)\s+)?(?:(?P<aux>phải|cần|nên|sẽ|đã|vừa\s+mới|vừa|"
             rf"đang|có\s+thể)\s+)?gọi\s+(?:{_MAN}|(?i:thợ)(?:\s+sửa\s+chữa)?\s+(?:đến|tới|qua|sang)\s+"
             rf"sửa\s+(?P<fixed>(?i:{alternatives(THINGS)})))(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
             rf"{SOFTENED_END}")
_WAIT = lazy(rf"{WHO}\s+đang\s+(?:đợi|chờ)\s+{_MAN}(?:\s+(?:đến|tới))?{SOFTENED_END}")

# ... and in English: the man ("the washing machine repairman", "the plumber"), a thing ("my fridge", "Lan's TV")
_MAN_EN = rf"(?P<man>(?:(?P<mthing>(?i:{alternatives(THINGS_VI)}))\s+)?repairman|electrician|plumber|locksmith)"
_THING_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|the|this))|(?P<someone>{SOMEONE_EN})'s)\s+"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_COMING_EN = lazy(rf"[Tt]he\s+{_MAN_EN}(?P<said>(?:\s+|'s\s+)[^,!?]*?)\s*(?P<end>[.!]*)")
_ASK_EN = lazy(rf"(?P<q>Has|Is|When\s+is|When\s+will|What\s+time\s+is|What\s+time\s+will)\s+the\s+{_MAN_EN}\s+"
               r"(?P<said>[^,!?]+?)\s*\?+")
_FIX_EN = lazy(rf"(?:(?P<q>Has)\s+)?[Tt]he\s+{_MAN_EN}(?P<aux>\s+has(?:\s+not|n't)?|'s|\s+is)?(?:\s+(?P<adv>just|"
               rf"already))?\s+(?P<verb>fixed|repaired|fixing|repairing)\s+(?:(?P<it>it)|{_THING_EN})"
               r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_AUX_EN = (r"\s+(?:have|has)\s+to|\s+needs?\s+to|\s+should|\s+will|'ll|\s+(?:have|has)(?:\s+not|n't)?|'ve|'s|"
           r"\s+(?:am|is|are)|'m|'re|\s+(?:do|does)(?:\s+not|n't)\s+need\s+to")
_CALL_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does|Can|Could|Should)\s+)?{WHO_EN}(?P<aux>{_AUX_EN})?(?:\s+(?P<adv>just|"
                rf"already))?\s+(?P<verb>call|called|calling)\s+(?P<det>an?|the)\s+{_MAN_EN}(?:\s+to\s+fix\s+"
                rf"(?P<owner>(?i:{WHOSE_WORDS}|the))\s+(?P<fixed>(?i:{alternatives(THINGS_VI)})))?"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WAIT_EN = lazy(rf"{WHO_EN}(?P<be>\s+is|\s+am|\s+are|'s|'m|'re)\s+waiting\s+for\s+the\s+{_MAN_EN}(?:\s+to\s+come)?"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a repairman (an electrician, a plumber, a locksmith) called, coming, come,
    fixing a thing or waited for; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _coming(text) or _when(text) or _fix(text) or _call(text) or _wait(text))
    text = text.replace("’", "'")
    return _coming_vi(text) or _ask_vi(text) or _fix_vi(text) or _call_vi(text) or _wait_vi(text)


def _man(m: re.Match) -> str:
    """The man of a Vietnamese match in English, with "the": "the washing machine repairman", "the plumber"."""
    return f"the {MEN.get(keyed(m['man']), 'repairman')}"


def _man_vi(m: re.Match, alone: str = "thợ sửa chữa") -> str:
    """The man of an English match in Vietnamese: "thợ sửa máy giặt", "thợ điện"; "the repairman" as `alone`."""
    if m["mthing"]:
        return f"thợ sửa {THINGS_VI[keyed(m['mthing'])]}"
    return _TRADES_VI[m["man"].lower()] if m["man"].lower() != "repairman" else alone


def _day(said: str | None, src: str) -> str | None:
    """A day or a time said in the other language ("ngày mai" ↔ "tomorrow", "lúc 3 giờ chiều" ↔ "at 3 p.m."): ""
    for none said, None for one not read (mt.dates.clock reads "the weekend" too: "at at the weekend")."""
    if said and said.lower().startswith(("lúc ", "at ")):
        time = clock(said.split(None, 1)[1], src, "en" if src == "vi" else "vi")
        if time and time[0].isdigit():
            return f"at {time}" if src == "vi" else f"lúc {time}"
    return when(said, src)


def _coming(text: str) -> str | None:
    """"Thợ sửa máy giặt sắp đến." as "The washing machine repairman is coming soon.", "Ngày mai thợ sửa điều hòa sẽ
    đến." as "The air conditioner repairman is coming tomorrow.", "Thợ điện đến chưa?" as "Has the electrician come
    yet?" (_COMING); None for anything else, and a day where the shape says none."""
    m = _COMING.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := _day(m["day0"] or m["day"], "vi")) is None:
        return None
    aux, done, asked, man = keyed(m["aux"] or "").replace("vừa mới", "vừa"), m["done"], "?" in m["end"], _man(m)
    shape = (aux, done or "", bool(m["asked"]), bool(m["still"]))
    if asked != (done == "chưa" or bool(m["asked"])) or day and aux not in ("sẽ", "có", "đã"):
        return None
    if aux == "đã" and not done:  # (come on a day behind: "Hôm qua thợ sửa điều hòa đã đến.")
        said = keyed(m["day0"] or m["day"] or "")
        return capitalised(f"{man} came {day}.") if said in DAYS_DONE else None
    if day and _BEHIND.search(day):
        return None
    if shape == ("có", "", True, False):  # (not "Sáng nay … có đến không?": did he come this morning?)
        return f"Is {man} coming {day}?" if day and not _EARLIER.search(day) else None
    if shape == ("sẽ", "", False, False):
        return capitalised(f"{man} is coming {day}".rstrip(".") + "." if day else f"{man} will come.")
    said = {("sắp", ""): "is coming soon", ("đang", ""): "is on the way", ("", "rồi"): "is here", ("đã", "rồi"):
            "is here", ("vừa", ""): "has just arrived", ("chưa", ""): "hasn't come yet", ("", "chưa"): "come yet",
            ("đã", "chưa"): "come yet"}.get((aux, done or "")) if not m["asked"] else None
    if said is None or day or m["still"] and aux != "chưa":
        return None
    if m["still"]:
        return capitalised(f"{man} still hasn't come.")
    return f"Has {man} {said}?" if asked else capitalised(f"{man} {said}.")


def _when(text: str) -> str | None:
    """"Thợ sửa điều hòa bao giờ đến?" as "When is the air conditioner repairman coming?", "Mấy giờ thợ sửa tủ lạnh
    đến?" as "What time is the fridge repairman coming?" (_WHEN); None for anything else, and "… đến lúc mấy giờ?"
    with no "sẽ" (what time he came?)."""
    m = _WHEN.fullmatch(text)
    if not m or "?" not in m["end"] or len([g for g in ("q0", "q", "q2") if m[g]]) != 1 or m["q2"] and not m["will"]:
        return None
    what = "What time" if m["q2"] or "mấy" in keyed(m["q0"] or m["q"] or "") else "When"
    return f"{what} is {_man(m)} coming?"


def _thing(m: re.Match) -> str | None:
    """The thing fixed of a match of _FIX in English ("the washing machine", "my fridge", "this TV"), "it" where
    none is said; None for whose not read and a pet's."""
    if not m["thing"]:
        return "it"
    if keyed(m["owner"] or "") == "mình":  # (after the man: his own)
        return None
    whose = "this" if m["this"] else None if pet(m["someone"], "vi") else owner_of(m)
    return whose and f"{whose} {THINGS[keyed(m['thing'])]}"


def _fix(text: str) -> str | None:
    """"Thợ đã sửa xong máy giặt." as "The repairman has fixed the washing machine.", "Thợ đang sửa tủ lạnh của
    tôi." as "The repairman is fixing my fridge.", "Thợ điện sửa xong chưa?" as "Has the electrician fixed it yet?"
    (_FIX); None for anything else, "sửa" with no "xong" but "đang" (fixed, or worked on?), and "thợ" alone fixing no
    thing."""
    m = _FIX.fullmatch(text)
    if not m or m["xong"] and m["xong2"] or (thing := _thing(m)) is None or not m["thing"] and keyed(
            m["man"]) == "thợ":
        return None  # ("Thợ đang sửa.": the workmen, at the house?)
    aux, asked, man = keyed(m["aux"] or "").replace("vừa mới", "vừa"), "?" in m["end"], _man(m)
    if m["thing"] and man.endswith(f"{THINGS[keyed(m['thing'])]} repairman"):
        man = "the repairman"  # (not "the washing machine repairman has fixed the washing machine")
    said = {("đang", "", "", ""): "is fixing {t}", ("đã", "xong", "", ""): "has fixed {t}", ("", "xong", "rồi", ""):
            "has fixed {t}", ("đã", "xong", "rồi", ""): "has fixed {t}", ("vừa", "xong", "", ""): "has just fixed {t}",
            ("chưa", "xong", "", ""): "hasn't fixed {t} yet", ("chưa", "", "", ""): "hasn't fixed {t} yet",
            ("", "xong", "", "chưa"): "Has {m} fixed {t} yet?", ("đã", "xong", "", "chưa"): "Has {m} fixed {t} yet?"
            }.get((aux, "xong" * bool(m["xong"] or m["xong2"]), m["done"] or "", m["asked"] or ""))
    if said is None or asked != bool(m["asked"]):
        return None
    return said.format(m=man, t=thing) if asked else capitalised(f"{man} {said.format(t=thing)}.")


# what Vietnamese says of calling ("có", "không"/"chưa", before "gọi", "rồi", asking) and how English says it after
# who ("{have}", "{do}", "{be}", "{s}" agreeing with who; a question says who, "{w}", itself)
_CALLED = {("", "", "phải", "", ""): "{have} to call {x}", ("", "", "cần", "", ""): "need{s} to call {x}",
           ("", "", "nên", "", ""): "should call {x}", ("", "", "sẽ", "", ""): "will call {x}",
           ("", "", "đã", "", ""): "called {x}", ("", "", "", "rồi", ""): "{have} called {x}",
           ("", "", "đã", "rồi", ""): "{have} already called {x}", ("", "", "vừa", "", ""): "{have} just called {x}",
           ("", "", "đang", "", ""): "{be} calling {x}", ("", "chưa", "", "", ""): "{have}n't called {x} yet",
           ("", "", "", "", "chưa"): "{Have} {w} called {x} yet?", ("", "", "đã", "", "chưa"):
           "{Have} {w} called {x} yet?", ("có", "", "cần", "", "không"): "{Do} {w} need to call {x}?",
           ("có", "", "phải", "", "không"): "{Do} {w} have to call {x}?", ("", "", "có thể", "", "không"):
           "Can {w} call {x}?", ("", "không", "cần", "", ""): "{do}n't need to call {x}",
           ("có", "", "nên", "", "không"): "Should {w} call {x}?"}


def _call(text: str) -> str | None:
    """"Tôi phải gọi thợ sửa điều hòa." as "I have to call an air conditioner repairman.", "Tôi đã gọi thợ đến sửa tủ
    lạnh." as "I called a repairman to fix the fridge.", "Bạn đã gọi thợ điện chưa?" as "Have you called an
    electrician yet?" (_CALL, _CALLED); None for anything else, "I" asked, a pet, and "anh", "em" … alone saying it."""
    m = _CALL.fullmatch(text)
    words = m and tuple(keyed(m[g] or "").replace("vừa mới", "vừa") for g in ("ask", "not", "aux", "done", "asked"))
    shape = m and _CALLED.get(words)
    asked = bool(m) and "?" in m["end"]
    if not shape or asked != bool(m["asked"]) or em_speaking(m) or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    man = f"repairman to fix the {THINGS[keyed(m['fixed'])]}" if m["fixed"] else MEN[keyed(m["man"])]
    have, do = ("has", "does") if one else ("have", "do")
    done = shape.format(x=f"{a_or_an(man)} {man}", have=have, do=do, be=be(who_), s="s" * one, w=who_,
                        Have=have.capitalize(), Do=do.capitalize())
    return done if asked else capitalised(contracted(who_, done) + ".")


def _wait(text: str) -> str | None:
    """"Tôi đang đợi thợ sửa điều hòa." as "I'm waiting for the air conditioner repairman." (_WAIT); None for
    anything else."""
    m = _WAIT.fullmatch(text)
    if not m or "?" in m["end"] or em_speaking(m) or (said := person_of(m, False)) is None:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} waiting for {_man(m)}") + ".")


# English said of the man coming, its "'s", "n't" written out, and how Vietnamese says it after him
_STATES_EN = {"is coming soon": "sắp đến", "will be here soon": "sắp đến", "is on his way": "đang đến",
              "is on her way": "đang đến", "is on the way": "đang đến", "is here": "đến rồi", "has arrived": "đến rồi",
              "has just arrived": "vừa đến", "has not come yet": "chưa đến", "has not arrived yet": "chưa đến",
              "is not here yet": "chưa đến", "still has not come": "vẫn chưa đến",
              "still has not arrived": "vẫn chưa đến", "will come": "sẽ đến"}
_HAS = ("just", "arrived", "come", "not come", "not arrived")  # ("'s" before these is "has")


def _said_en(said: str) -> str:
    """The words said after the man in English, written out: "'s here" as "is here", "'s just arrived" as "has just
    arrived", "hasn't" as "has not"."""
    said = " ".join(said.replace("n't", " not").split())  # (not lower-cased: "on Saturday")
    if said.startswith("'s "):
        said = ("has " if said[3:].startswith(_HAS) else "is ") + said[3:]
    return said


def _placed(said: str, day: str, end: str) -> str:
    """A Vietnamese sentence with its day (mt.free_time.placed), a time of day ("lúc …") after what is said."""
    return capitalised(f"{said} {day}{end}") if day.startswith("lúc ") else placed(said, day, end)


def _coming_vi(text: str) -> str | None:
    """"The repairman is coming soon." as "Thợ sửa chữa sắp đến.", "The plumber is coming tomorrow." as "Ngày mai thợ
    sửa ống nước sẽ đến.", "The fridge repairman came yesterday." as "Hôm qua thợ sửa tủ lạnh đã đến." (_COMING_EN);
    None for anything else, and a day not read or behind where it is coming."""
    m = _COMING_EN.fullmatch(text)
    said = m and _said_en(m["said"])
    if not m:
        return None
    man = _man_vi(m)
    if state := _STATES_EN.get(said):
        return capitalised(f"{man} {state}.")
    ahead = re.fullmatch(r"(?:is\s+coming|will\s+come|will\s+be\s+here)\s+(?P<day>.+)", said)
    if ahead and (day := _day(ahead["day"], "en")) and not _BEHIND.search(ahead["day"]):
        return _placed(f"{man} sẽ đến", day, ".")
    came = re.fullmatch(r"came\s+(?P<day>.+)", said)
    day = _DONE_VI.get(came["day"]) if came else None
    return capitalised(f"{day} {man} đã đến.") if day else None


def _ask_vi(text: str) -> str | None:
    """"Has the plumber come yet?" as "Thợ sửa ống nước đến chưa?", "When is the TV repairman coming?" as "Khi nào thợ
    sửa ti vi đến?", "Is the repairman coming today?" as "Hôm nay thợ sửa chữa có đến không?" (_ASK_EN); None for
    anything else."""
    m = _ASK_EN.fullmatch(text)
    if not m:
        return None
    q, said, man = keyed(m["q"]), " ".join(m["said"].split()), _man_vi(m)
    if (q, said) in (("has", "come"), ("has", "come yet"), ("has", "arrived"), ("has", "arrived yet"),
                     ("is", "here yet")):
        return capitalised(f"{man} đến chưa?")
    if said == ("coming" if q.endswith(" is") else "come") and q.startswith(("when", "what")):
        return f"{'Mấy giờ' if q.startswith('what') else 'Khi nào'} {man} đến?"
    ahead = re.fullmatch(r"coming\s+(?P<day>.+)", said) if q == "is" else None
    day = _day(ahead["day"], "en") if ahead and not _BEHIND.search(ahead["day"]) else None
    return _placed(f"{man} có đến", day, " không?") if day else None


def _thing_vi(m: re.Match) -> str | None:
    """The thing of a match of _THING_EN in Vietnamese: "máy giặt", "tủ lạnh của tôi", "ti vi này", "ti vi của
    Lan"; None for a pet's, whose not read, and "his", "her", "their" (the man's own, or another's?)."""
    thing = THINGS_VI[keyed(m["thing"])]
    if m["someone"]:
        named = None if pet(m["someone"], "en") else someone(m["someone"], "en")
        return named and f"{thing} của {named}"
    det = m["owner"].lower()
    if det in ("his", "her", "their"):
        return None
    return thing if det == "the" else f"{thing} này" if det == "this" else f"{thing} của {WHOSE_VI[det]}"


def _fix_vi(text: str) -> str | None:
    """"The repairman has fixed the washing machine." as "Thợ đã sửa xong máy giặt.", "Has the plumber fixed it yet?"
    as "Thợ sửa ống nước đã sửa xong chưa?" (_FIX_EN); None for anything else, and a verb not agreeing."""
    m = _FIX_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (thing := "" if m["it"] else _thing_vi(m)) is None:
        return None
    doing = m["verb"].endswith("ing")
    aux = keyed((m["aux"] or "").replace("n't", " not").replace("'s", "is" if doing else "has"))
    if doing != (aux == "is") or m["q"] and (aux or m["adv"]) or m["yet"] and not (m["q"] or "not" in aux):
        return None
    man, t = capitalised(_man_vi(m, "thợ")), f" {thing}" * bool(thing)
    if m["q"]:
        return f"{man} đã sửa xong{t} chưa?"
    if doing:
        return None if m["adv"] else f"{man} đang sửa{t}."
    if "not" in aux:
        return None if m["adv"] else f"{man} chưa sửa xong{t}."
    if m["adv"] == "just":
        return f"{man} vừa sửa xong{t}."
    return f"{man} đã sửa xong{t}{' rồi' * bool(m['adv'] or not thing)}."


# what English says of calling (the question, the auxiliaries written out, the verb, the adverb), in Vietnamese
_CALLED_VI = {("", "have to", "call", ""): "phải gọi {x}", ("", "need to", "call", ""): "cần gọi {x}",
              ("", "should", "call", ""): "nên gọi {x}", ("", "will", "call", ""): "sẽ gọi {x}",
              ("", "", "called", ""): "đã gọi {x}", ("", "have", "called", ""): "đã gọi {x} rồi",
              ("", "have", "called", "already"): "đã gọi {x} rồi", ("", "have", "called", "just"): "vừa gọi {x}",
              ("", "", "called", "just"): "vừa gọi {x}", ("", "be", "calling", ""): "đang gọi {x}",
              ("", "have not", "called", ""): "chưa gọi {x}", ("have", "", "called", ""): "đã gọi {x} chưa?",
              ("do", "need to", "call", ""): "có cần gọi {x} không?", ("do", "have to", "call", ""):
              "có phải gọi {x} không?", ("can", "", "call", ""): "có thể gọi {x} không?", ("could", "", "call", ""):
              "có thể gọi {x} không?", ("should", "", "call", ""): "có nên gọi {x} không?",
              ("", "do not need to", "call", ""): "không cần gọi {x}"}
_SAME_EN = {"'ve": "have", "has": "have", "'ll": "will", "does": "do", "needs": "need", "am": "be", "is": "be",
            "are": "be", "'m": "be", "'re": "be"}


def _call_vi(text: str) -> str | None:
    """"I have to call an air conditioner repairman." as "Tôi phải gọi thợ sửa điều hòa.", "I called a repairman to
    fix the fridge." as "Tôi đã gọi thợ đến sửa tủ lạnh.", "Have you called the electrician?" as "Bạn đã gọi thợ điện
    chưa?" (_CALL_EN, _CALLED_VI); None for anything else, a verb or "a" not agreeing, "I" asked, "we" asked
    ("Should we …?": "chúng ta", or "chúng tôi"?) or that must or will call, "'s called", a pet, and another's thing
    fixed ("… to fix your fridge.", "Lan … his fridge")."""
    m = _CALL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or m["aux"] == "'s" and m["verb"] == "called":
        return None  # ("He's called a locksmith.": his name, or has called one?)
    who_, one = who_vi(m)
    raw = (f"{m['q'] or ''} {m['aux'] or ''}").lower().replace("n't", " not").replace("'s", "is").split()
    said = [_SAME_EN.get(w, w) for w in raw]
    q, aux = (said[0], " ".join(said[1:])) if m["q"] else ("", " ".join(said))
    shape = _CALLED_VI.get((q, aux, m["verb"], (m["adv"] or "").lower()))
    man = (m["mthing"] or "").lower() + " " * bool(m["mthing"]) + m["man"].split()[-1].lower()
    if shape is None or q and who_ in ("tôi", "chúng tôi") or m["yet"] and "chưa" not in shape or not first_agrees(
            raw[0] if raw else "", who_, one) or "needs" in raw and (q or not one) or "need" in raw and one and not q:
        return None
    if m["det"].lower() != "the" and m["det"].lower() != a_or_an(man) or m["fixed"] and (
            m["man"].lower() != "repairman" or own_thing(m, who_, one) is not True) or m["given"] and (
            m["owner"] or "").lower() in ("his", "her") and named_his_her(m["given"]) != m["owner"].lower():
        return None  # ("Lan … his fridge": another's)
    if m["who"] and who_ == "chúng tôi" and aux in ("have to", "need to", "should", "will", "do not need to"):
        return None  # ("We should call …": "chúng ta", or "chúng tôi"?)
    x = f"thợ đến sửa {THINGS_VI[keyed(m['fixed'])]}" if m["fixed"] else _man_vi(m)
    said_vi = capitalised(f"{who_} {shape.format(x=x)}")
    return said_vi if said_vi.endswith("?") else f"{said_vi}."


def _wait_vi(text: str) -> str | None:
    """"I'm waiting for the plumber." as "Tôi đang đợi thợ sửa ống nước." (_WAIT_EN); None for anything else, "be"
    not agreeing, and a pet waiting."""
    m = _WAIT_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if not first_agrees(m["be"].strip().lower(), who_, one):
        return None
    return capitalised(f"{who_} đang đợi {_man_vi(m)}.")
