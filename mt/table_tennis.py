"""Table tennis (ping pong) and arm wrestling, both ways, written whole by rule. v8 (the rules on) reads "vật tay" as
hands, "vợt" as a wife, "ping pong" and "table tennis" as baseball or tennis: "Anh ấy vật tay thắng tôi." → "He wins
me.", "Vợt bóng bàn của tôi bị gãy rồi." → "The wife my table tennis is broken."; "Can you play ping pong?" → "Bạn có
thể chơi bóng chày không?" (baseball), "They're arm wrestling." → "Họ đang vỗ tay." (clapping).

Taken: "chơi bóng bàn" ("play table tennis", "ping pong", "ping-pong") and "vật tay" ("arm wrestle") done by who
(mt.hobbies.WHO, WHO_EN): can ("biết"; not, not yet; asked); good or bad at it ("giỏi", "hay"; "dở", "kém", "tệ";
very, quite, so, not, not very; asked); does it often, sometimes, every week, twice a week, with whom
(mt.hobbies.WHOM), asked ("có hay … không?", "… bao lâu một lần?", "thường … với ai?"); let's ("Chúng ta … đi!", a game
of it) on a day ahead; wants to, with whom, on a day ahead; beat or lost to whom (a result is past, as in
mt/matches.py; just, always; on a day done, mt.floods.DAYS_DONE); never lost (to anyone) at it; is at it now (with
whom; "Hai đứa": the two of them); a table tennis bat or table bought (one of it counted: "một", "cây", "cái") or
someone's broken. Left: a bare "Tôi chơi bóng bàn (với …)." and "Bạn chơi bóng bàn với ai?" (now, or a habit?), "với
bố" (whose?), "với bạn" (you, or a friend?), "Mình … đi!" (I, we or you?), "nhé", how often said twice ("thường …
mỗi tuần"), "rồi" after a result, "Ai thắng?", a bat bought uncounted (one, or several?), a ball ("quả bóng bàn":
mt/hail.py's hailstones), liking it (v8 writes it right), "I" asked, a pet as who or whose, "anh", "chị", "em"
saying it, "thế"/"vậy" statements, "He beats me at …" (always?), "… (có) hay không?" (or not), "bạn", "chúng ta"
buying with no "đã", "vừa", "chúng ta" with how often alone (let's?), and English "we", "our" asked (chúng ta?) and
"You can …", "We can …" said (allowed, or able?).
mt.phrasebook.translate tries these after mt/umbrellas.py.

    >>> translate("Anh ấy vật tay thắng tôi.", "vi", "en"), translate("Can you play ping pong?", "en", "vi")
    ('He beat me at arm wrestling.', 'Bạn có biết chơi bóng bàn không?')
"""
from __future__ import annotations

import re

from .dates import near_days
from .floods import DAYS_DONE
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom,
                      be_agrees, em_speaking, first_agrees, often_said, owner_of, person_of, pet, someone)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_OBJECT, SOFTENER, STRESSED_SAID, alternatives, be, capitalised, contracted,
                   keyed, present, stop)

_KEYS = {"vi": lazy(r"(?i:bóng\s+bàn|vật\s+tay)"),
         "en": lazy(r"(?i:table[\s-]tennis|ping[\s-]?pong|arm[\s-]?wrestl)")}
# the doings, and English's forms of each: its base, with "-s", with "-ing", and the sport ("good at table tennis")
_FORMS = {"chơi bóng bàn": ("play table tennis", "plays table tennis", "playing table tennis", "table tennis"),
          "vật tay": ("arm wrestle", "arm wrestles", "arm wrestling", "arm wrestling")}
# ... and back: each form, its doing and which forms it is ("arm wrestling" is both the "-ing" and the sport)
_OF_EN = {form: (vi, {i for i, f in enumerate(forms) if f == form}) for vi, forms in _FORMS.items() for form in forms}
# English said one way before it is read ("ping-pong", "Ping pong", "arm-wrestle", a paddle or racket: a bat)
_SAME_EN = ((lazy(r"(?i)\b(?:ping[\s-]?pong|table-tennis)\b"), "table tennis"),
            (lazy(r"(?i)\barm-wrestl"), "arm wrestl"), (lazy(r"\b(?:paddle|racket)\b"), "bat"))
# days a game is suggested for, and days one was won on (the first Vietnamese of each is written back)
_SOON = near_days("chiều nay", "tối nay", "cuối tuần này", "ngày mai", "sáng mai", "chiều mai", "tối mai")
_SOON_VI, _DAYS_VI = {en: vi for vi, en in _SOON.items()}, {en: vi for vi, en in reversed(DAYS_DONE.items())}
_TIMES = {"hai": "twice", "2": "twice", "ba": "three times", "3": "three times", "bốn": "four times", "4": "four times"}
_TIMES_VI, _PER, _PER_VI = {en: vi for vi, en in reversed(_TIMES.items())}, {"tuần": "week", "tháng": "month"}, {
    "week": "tuần", "month": "tháng"}  # (how many times a week or a month)
_SELVES = ({"we", "me"}, {"I", "us"}, {"chúng tôi", "tôi"})  # (who and whom: "We beat me", "Tôi thắng chúng tôi")


def _doing(name: str = "doing", sport: str = "") -> str:
    """A doing in Vietnamese in a group `name` ("chơi bóng bàn", "vật tay"; `sport` as another way to say it)."""
    return rf"(?P<{name}>chơi\s+bóng\s+bàn|vật\s+tay{sport})"


_DOING, _TAIL = _doing(), _doing("tail", r"|bóng\s+bàn")  # ("thua bóng bàn": lost at it)
_DAY = rf"(?i:{alternatives(_SOON)})"
_CAN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?biết\s+{_DOING}{ASKED_END}")
_WELL = lazy(rf"{WHO}\s+{_DOING}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<very>rất|khá)\s+)?"
             rf"(?P<how>giỏi|hay|dở|kém|tệ)(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
_OFTEN = lazy(rf"{WHO}\s+(?:(?P<seldom>{alternatives(SELDOM)})\s+)?{_DOING}(?:\s+với\s+{WHOM})?(?:\s+(?:(?P<every>"
              rf"{alternatives(EVERY)})|(?P<n>{alternatives(_TIMES)})\s+lần\s+một\s+(?P<per>tuần|tháng)))?"
              r"\s*(?P<end>[.!?]*)")
_OFTEN_ASKED = lazy(rf"{WHO}\s+(?:có\s+(?P<often>hay|thường)\s+{_DOING}\s+không|(?P<usual>hay|thường)\s+"
                    rf"{_doing('doing2')}\s+với\s+ai|{_doing('doing3')}\s+bao\s+lâu\s+một\s+lần){SOFTENER}\s*\?+")
_LETS = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?(?i:chúng\s+(?:ta|mình)|bọn\s+mình|tụi\s+mình)\s+(?:{_DOING}|"
             rf"(?P<game>chơi\s+một\s+ván\s+bóng\s+bàn))(?:\s+(?P<day>{_DAY}))?\s+đi\s*(?P<end>[.!]*)")
_WANT = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?muốn\s+{_DOING}"
             rf"(?:\s+với\s+{WHOM})?(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
_DONE = rf"(?i:{alternatives(DAYS_DONE)})"
_BEAT = lazy(rf"(?:(?P<day0>{_DONE})\s*,?\s+)?{WHO}\s+(?:(?P<aux>đã|vừa|luôn)\s+)?{_DOING}\s+(?P<won>thắng|thua)\s+"
             rf"{WHOM}(?:\s+(?P<day>{_DONE}))?\s*(?P<end>[.!?]*)")
_NEVER = lazy(rf"{WHO}\s+(?:{_doing('lead')}\s+)?(?P<never>chưa\s+bao\s+giờ|chưa\s+từng|không\s+bao\s+giờ)\s+"
              rf"(?:{_doing('mid')}\s+)?thua(?P<anyone>\s+ai)?(?:\s+(?P<when>khi\s+)?{_TAIL})?"
              r"\s*(?P<end>[.!?]*)")
_NOW = lazy(rf"(?:{WHO}|(?P<two>[Hh]ai\s+đứa))\s+đang\s+{_DOING}(?:\s+với\s+{WHOM})?\s*(?P<end>[.!?]*)")
_BOUGHT = lazy(rf"{WHO}\s+(?:(?P<aux>vừa\s+mới|vừa|mới|đã)\s+)?mua\s+(?:(?P<one>một)\s+)?(?:(?P<cl>cây|cái|chiếc)\s+)?"
               r"(?P<thing>vợt\s+bóng\s+bàn|bàn\s+bóng\s+bàn)(?:\s+(?P<new>mới))?\s*(?P<end>[.!?]*)")
_BROKEN = lazy(rf"(?P<thing>[Vv]ợt\s+bóng\s+bàn|[Bb]àn\s+bóng\s+bàn)\s+(?:của\s+)?{OWNER}\s+(?:(?:đã\s+)?bị\s+)?"
               r"(?:gãy|hỏng)(?:\s+rồi)?\s*(?P<end>[.!?]*)")

# ... in English (after _SAME_EN: "table tennis", "arm wrestl…", "bat")
_DO_EN, _DAY_EN = rf"(?P<do>{alternatives(_OF_EN)})", rf"(?P<day>{alternatives(_SOON_VI)})"
_CAN_EN = lazy(rf"(?:(?P<q>Can)\s+)?{WHO_EN}(?:\s+(?P<can>can't|cannot|can\s+not|can))?\s+{_DO_EN}(?:\s+(?P<yet>yet))?"
               r"\s*(?P<end>[.!?]*)")
_GOOD_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?(?P<nt>n't)?\s+(?P<not>not\s+)?(?:(?P<very>very|really|"
                rf"quite|so)\s+)?(?P<how>good|bad)\s+at\s+{_DO_EN}\s*(?P<end>[.!?]*)")
_OFTEN_EN = lazy(rf"{WHO_EN}\s+(?:(?P<seldom>{alternatives(HABIT_VI)})\s+)?{_DO_EN}(?:\s+with\s+{WHOM_EN})?(?:\s+(?:"
                 rf"(?P<every>{alternatives(EVERY_VI)})|(?P<n>{alternatives(_TIMES_VI)})\s+a\s+(?P<per>week|month)))?"
                 r"\s*(?P<end>[.!]*)")
_OFTEN_ASKED_EN = lazy(rf"(?:(?P<how>How\s+often)\s+|(?P<whom>Who)\s+)?(?P<q>[Dd]o|[Dd]oes)\s+{WHO_EN}\s+(?:"
                       rf"(?P<seldom>often|usually)\s+)?{_DO_EN}(?P<with>\s+with)?\s*\?+")
_LETS_EN = lazy(rf"Let's\s+(?:(?P<game>play\s+a\s+game\s+of\s+table\s+tennis)|{_DO_EN})(?:\s+{_DAY_EN})?"
                r"\s*(?P<end>[.!]*)")
_WANT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don't|doesn't|do\s+not|does\s+not))?\s+(?P<want>wants?)"
                rf"\s+to\s+{_DO_EN}(?:\s+with\s+{WHOM_EN})?(?:\s+{_DAY_EN})?\s*(?P<end>[.!?]*)")
_DONE_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_BEAT_EN = lazy(rf"(?:(?P<day0>{_DONE_EN})\s*,?\s+)?{WHO_EN}(?:\s+(?P<adv>just|always))?\s+(?P<verb>beats?|lost\s+to|"
                rf"loses?\s+to)\s+{WHOM_EN}\s+at\s+{_DO_EN}(?:\s+(?P<day>{_DONE_EN}))?\s*(?P<end>[.!]*)")
_NEVER_EN = lazy(rf"{WHO_EN}(?P<have>\s+have|\s+has|'ve|'s)?\s+never\s+(?P<verb>lost|loses?)(?P<anyone>\s+to\s+"
                 rf"anyone)?\s+at\s+{_DO_EN}\s*(?P<end>[.!]*)")
_NOW_EN = lazy(rf"{WHO_EN}{BE_EN}\s+{_DO_EN}(?:\s+with\s+{WHOM_EN})?\s*(?P<end>[.!]*)")
_THING_EN = r"(?P<thing>table\s+tennis\s+(?:bat|table))"
_BOUGHT_EN = lazy(rf"{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)?(?:\s+(?P<adv>just))?\s+bought\s+a\s+(?P<new>new\s+)?"
                  rf"{_THING_EN}\s*(?P<end>[.!]*)")
_BROKEN_EN = lazy(rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)\s+{_THING_EN}(?:\s+is|'s)\s+broken"
                  r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of table tennis or arm wrestling: who can do it, is good at it, does it, wants
    to, beat whom or never lost, is at it now; let's; a bat or a table bought or broken; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else next(filter(None, (f(text) for f in _RULES_VI)), None)
    text = text.replace("’", "'")
    for pattern, said in _SAME_EN:
        text = pattern.sub(said, text)
    return next(filter(None, (f(text) for f in _RULES_EN)), None)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… không?", "có" before it or not: mt.hobbies.asked_of wants it); None for
    "có" alone, a denial asked, or a "?" on a statement."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m["not"] else asked


def _who(m: re.Match, asked: bool, lang: str = "vi") -> tuple[str, bool] | None:
    """Who of a match of WHO (of WHO_EN: `lang` "en") in the other language, and whether one (mt.hobbies.person_of);
    None for "em" speaking too, and "we", "our" asked in English (chúng tôi, or chúng ta?)."""
    said = None if em_speaking(m) else person_of(m, asked, lang)
    return None if said is None or asked and "chúng tôi" in said[0] else said


def _whom(m: re.Match, who_: str, lang: str) -> str | None:
    """Whom of a match's group "whom" in the other language ("" for none); None for a pet, "bạn" alone (you, or a
    friend?), one not read, and who themselves ("I … with me", "We beat me")."""
    if not m["whom"]:
        return ""
    said = None if pet(m["whom"], lang) or keyed(m["whom"]) == "bạn" else as_whom(m["whom"], lang)
    return None if said is None or said in (who_, EN_OBJECT.get(who_)) or {who_, said} in _SELVES else said


def _with(whom: str, word: str = "with") -> str:
    """" with my father" for whom said, "" for none."""
    return f" {word} {whom}" if whom else ""


def _can(text: str) -> str | None:
    """"Bạn có biết chơi bóng bàn không?" as "Can you play table tennis?", "Con tôi chưa biết vật tay." as "My child
    can't arm wrestle yet." (_CAN); None for anything else, and "we" asked ("Can we …?" asks leave)."""
    m = _CAN.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked)) is None or asked and said[0] == "we":
        return None
    do = _FORMS[keyed(m["doing"])][0]
    can, yet = "can't" if m["not"] else "can", " yet" * (keyed(m["not"] or "") == "chưa")
    return f"Can {said[0]} {do}?" if asked else capitalised(f"{said[0]} {can} {do}{yet}{stop(m['end'])}")


def _well(text: str) -> str | None:
    """"Tôi chơi bóng bàn dở lắm." as "I'm very bad at table tennis.", "Bạn chơi bóng bàn có giỏi không?" as "Are you
    good at table tennis?" (_WELL); None for anything else, "very" said twice, and "not bad"."""
    m = _WELL.fullmatch(text)  # ("… hay không?", "… có hay không?": or not)
    if not m or (asked := _asked(m)) is None or asked and keyed(m["how"]) == "hay" or (said := _who(m, asked)) is None:
        return None
    good, very, much = keyed(m["how"]) in ("giỏi", "hay"), keyed(m["very"] or ""), keyed(m["much"] or "")
    if very and much or asked and (very or much) or m["not"] and (not good or very or much == "quá"):
        return None
    adverb = {"rất": "very ", "khá": "quite ", "lắm": "very ", "quá": "so "}.get(very or much, "")
    who_, how = said[0], f"{'not ' * bool(m['not'])}{adverb}{('bad', 'good')[good]} at {_FORMS[keyed(m['doing'])][3]}"
    return f"{be(who_).capitalize()} {who_} {how}?" if asked else capitalised(
        contracted(who_, f"{be(who_)} {how}")) + stop(m["end"])


def _often(text: str) -> str | None:
    """"Bố tôi hay chơi bóng bàn với tôi." as "My father often plays table tennis with me.", "Tôi chơi bóng bàn hai
    lần một tuần." as "I play table tennis twice a week." (_OFTEN); None for anything else, and how often said not
    at all (now, or a habit?) or twice."""
    m = _OFTEN.fullmatch(text)  # ("Chúng ta … mỗi tuần.": we do, or let's?)
    if not m or "?" in m["end"] or bool(m["seldom"]) == bool(m["every"] or m["n"]) or keyed(m["who"] or "") == (
            "chúng ta") and not m["seldom"] or (said := _who(m, False)) is None:
        return None
    (who_, one), (base, does) = said, _FORMS[keyed(m["doing"])][:2]
    if (whom := _whom(m, who_, "vi")) is None:
        return None
    seldom = f"{often_said(m['seldom'], False)} " if m["seldom"] else ""
    how = f" {EVERY[keyed(m['every'])]}" if m["every"] else f" {_TIMES[keyed(m['n'])]} a {_PER[keyed(m['per'])]}" if (
        m["n"]) else ""
    return capitalised(f"{who_} {seldom}{does if one else base}{_with(whom)}{how}{stop(m['end'])}")


def _often_asked(text: str) -> str | None:
    """"Bạn có hay chơi bóng bàn không?" as "Do you often play table tennis?", "Bạn thường chơi bóng bàn với ai?" as
    "Who do you usually play table tennis with?", "… bao lâu một lần?" as "How often …" (_OFTEN_ASKED)."""
    m = _OFTEN_ASKED.fullmatch(text)
    if not m or (said := _who(m, True)) is None:
        return None
    who_, do, base = said[0], "does" if said[1] else "do", _FORMS[keyed(m["doing"] or m["doing2"] or m["doing3"])][0]
    if m["often"]:
        return f"{do.capitalize()} {who_} {often_said(m['often'], False)} {base}?"
    return f"Who {do} {who_} usually {base} with?" if m["usual"] else f"How often {do} {who_} {base}?"


def _lets(text: str) -> str | None:
    """"Chúng ta vật tay đi!" as "Let's arm wrestle!", "Chiều nay chúng ta chơi một ván bóng bàn đi." as "Let's play a
    game of table tennis this afternoon." (_LETS); None for anything else, and a day said twice."""
    m = _LETS.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    day, do = m["day0"] or m["day"], "play a game of table tennis" if m["game"] else _FORMS[keyed(m["doing"])][0]
    return f"Let's {do}{' ' + _SOON[keyed(day)] if day else ''}{stop(m['end'])}"


def _want(text: str) -> str | None:
    """"Chiều nay bạn có muốn chơi bóng bàn không?" as "Do you want to play table tennis this afternoon?", "Bạn có muốn
    vật tay với tôi không?" as "Do you want to arm wrestle with me?" (_WANT); None for anything else."""
    m = _WANT.fullmatch(text)
    if not m or m["day0"] and m["day"] or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    (who_, one), day = said, m["day0"] or m["day"]
    if (whom := _whom(m, who_, "vi")) is None:
        return None
    rest = f"to {_FORMS[keyed(m['doing'])][0]}{_with(whom)}{' ' + _SOON[keyed(day)] if day else ''}"
    return present(who_, one, "want", rest, asked, bool(m["not"]), m["end"])


def _beat(text: str) -> str | None:
    """"Anh ấy vật tay thắng tôi." as "He beat me at arm wrestling.", "Hôm qua tôi chơi bóng bàn thua bố tôi." as "I
    lost to my father at table tennis yesterday." (_BEAT; "luôn": always); None for anything else, and a day said
    twice or with "vừa", "luôn"."""
    m = _BEAT.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or (said := _who(m, False)) is None:
        return None
    (who_, one), aux, day = said, keyed(m["aux"] or ""), m["day0"] or m["day"]
    if not (whom := _whom(m, who_, "vi")) or day and aux in ("vừa", "luôn"):
        return None
    verb = ("beat", "lost to") if aux != "luôn" else ("beats", "loses to") if one else ("beat", "lose to")
    adverb, when = {"vừa": "just ", "luôn": "always "}.get(aux, ""), f" {DAYS_DONE[keyed(day)]}" if day else ""
    said_ = f"{verb[keyed(m['won']) == 'thua']} {whom} at {_FORMS[keyed(m['doing'])][3]}{when}"
    return capitalised(f"{who_} {adverb}{said_}{stop(m['end'])}")


def _never(text: str) -> str | None:
    """"Tôi chưa bao giờ thua vật tay." as "I've never lost at arm wrestling." (_NEVER; "không bao giờ": never
    loses); None for anything else, and the doing said twice or not at all."""
    m = _NEVER.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None:
        return None
    doings, tail = [d for d in (m["lead"], m["mid"], m["tail"]) if d], keyed(m["tail"] or "")
    if len(doings) != 1 or tail == "chơi bóng bàn" and not m["when"] or tail == "bóng bàn" and m["when"]:
        return None
    (who_, one), sport = said, _FORMS["chơi bóng bàn" if tail == "bóng bàn" else keyed(doings[0])][3]
    lose = f"never lose{'s' * one}" if "không" in keyed(m["never"]) else f"{'has' if one else 'have'} never lost"
    return capitalised(contracted(who_, f"{lose}{' to anyone' * bool(m['anyone'])} at {sport}")) + stop(m["end"])


def _now(text: str) -> str | None:
    """"Hai đứa đang vật tay." as "The two of them are arm wrestling.", "Tôi đang vật tay với anh trai tôi." as "I'm
    arm wrestling with my brother." (_NOW); None for anything else."""
    m = _NOW.fullmatch(text)
    said = m and "?" not in m["end"] and (("the two of them", False) if m["two"] else _who(m, False))
    if not said or (whom := _whom(m, said[0], "vi")) is None or m["two"] and whom:
        return None
    who_, doing = said[0], _FORMS[keyed(m["doing"])][2]
    return capitalised(contracted(who_, f"{'are' if m['two'] else be(who_)} {doing}{_with(whom)}")) + stop(m["end"])


def _bat(text: str) -> str | None:
    """"Tôi vừa mua một cây vợt bóng bàn." as "I just bought a table tennis bat." (_BOUGHT), "Vợt bóng bàn của tôi bị
    gãy rồi." as "My table tennis bat is broken." (_BROKEN); None for anything else, and one bought uncounted."""
    m = _BOUGHT.fullmatch(text) or _BROKEN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    thing = f"table tennis {'bat' if keyed(m['thing']).startswith('vợt') else 'table'}"
    if m.re == _BROKEN:
        return None if pet(m["someone"], "vi") or not (whose := owner_of(m, "")) else capitalised(
            f"{whose} {thing} is broken{stop(m['end'])}")
    if not (m["one"] or m["cl"]) or keyed(m["cl"] or "") == "cây" and thing.endswith("table") or not m["aux"] and keyed(
            m["who"] or "") in ("bạn", "chúng ta") or (said := _who(m, False)) is None:  # (you bought, or buy one?)
        return None
    just = "just " * (keyed(m["aux"] or "") in ("vừa", "mới", "vừa mới"))
    return capitalised(f"{said[0]} {just}bought a {'new ' * bool(m['new'])}{thing}{stop(m['end'])}")


def _vi_do(m: re.Match, *forms: int) -> str | None:
    """The Vietnamese doing of a match's group "do" said in one of `forms` (of _FORMS: 0 the base, 1 with "-s", 2 with
    "-ing", 3 the sport); None for another ("He play table tennis")."""
    vi, said = _OF_EN[keyed(m["do"])]
    return vi if said & set(forms) else None


def _can_vi(text: str) -> str | None:
    """"Can you play ping pong?" as "Bạn có biết chơi bóng bàn không?", "I can't arm wrestle." as "Tôi không biết vật
    tay." (_CAN_EN); None for anything else, and "Can we …?" (may we?), "You can …", "We can …"."""
    m = _CAN_EN.fullmatch(text)
    denied = bool(m) and bool(m["can"]) and keyed(m["can"]) != "can"
    if not m or bool(m["q"]) == bool(m["can"]) or bool(m["q"]) != ("?" in m["end"]) or m["yet"] and not denied or (
            said := _who(m, bool(m["q"]), "en")) is None or (do := _vi_do(m, 0)) is None:
        return None
    if m["q"] or said[0] in ("bạn", "chúng tôi"):  # ("You can …", "We can …" said: allowed, or able?)
        return m["q"] and capitalised(f"{said[0]} có biết {do} không?")
    return capitalised(f"{said[0]} {('chưa ' if m['yet'] else 'không ') * denied}biết {do}{stop(m['end'])}")


def _good_vi(text: str) -> str | None:
    """"I'm not good at table tennis." as "Tôi chơi bóng bàn không giỏi.", "Are you good at arm wrestling?" as "Bạn
    vật tay có giỏi không?" (_GOOD_EN); None for anything else, "is" not agreeing, and "not bad", "not so good"."""
    m = _GOOD_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or not be_agrees(
            m, m["q"] or m["be"]) or m["nt"] and (m["not"] or not m["be"] or m["be"].strip() not in ("is", "are")):
        return None
    very, good, denied = (m["very"] or "").lower(), m["how"] == "good", bool(m["not"] or m["nt"])
    if m["q"] and (very or denied) or denied and (not good or very not in ("", "very")) or (
            said := _who(m, bool(m["q"]), "en")) is None or (do := _vi_do(m, 2, 3)) is None:
        return None
    how = "giỏi" if good else "dở"
    if m["q"] or denied:
        return capitalised(f"{said[0]} {do} có {how} không?" if m["q"] else
                           f"{said[0]} {do} không {how}{' lắm' * bool(very)}{stop(m['end'])}")
    adverb = {"very": "rất ", "really": "rất ", "quite": "khá "}.get(very, "")
    return capitalised(f"{said[0]} {do} {adverb}{how}{' quá' * (very == 'so')}{stop(m['end'])}")


def _often_vi(text: str) -> str | None:
    """"I often play table tennis with my father." as "Tôi hay chơi bóng bàn với bố tôi.", "She plays ping pong twice a
    week." as "Cô ấy chơi bóng bàn hai lần một tuần." (_OFTEN_EN); None for anything else, and how often said not at
    all or twice."""
    m = _OFTEN_EN.fullmatch(text)
    if not m or bool(m["seldom"]) == bool(m["every"] or m["n"]) or (said := _who(m, False, "en")) is None:
        return None
    (who_, one), seldom = said, f"{HABIT_VI[m['seldom'].lower()]} " if m["seldom"] else ""
    if (do := _vi_do(m, 1 if one else 0)) is None or (whom := _whom(m, who_, "en")) is None:
        return None
    how = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else (
        f" {_TIMES_VI[keyed(m['n'])]} lần một {_PER_VI[m['per']]}" if m["n"] else "")
    return capitalised(f"{who_} {seldom}{do}{_with(whom, 'với')}{how}{stop(m['end'])}")


def _often_asked_vi(text: str) -> str | None:
    """"How often do you play table tennis?" as "Bạn chơi bóng bàn bao lâu một lần?", "Do you often …?" as "Bạn có hay
    … không?" (_OFTEN_ASKED_EN); None for anything else, and "do" not agreeing."""
    m = _OFTEN_ASKED_EN.fullmatch(text)
    if not m or (said := _who(m, True, "en")) is None or (do := _vi_do(m, 0)) is None:
        return None
    if m["q"].lower().startswith("does") != said[1] or m["q"][0].isupper() == bool(m["how"] or m["whom"]) or bool(
            m["with"]) != bool(m["whom"]) or bool(m["seldom"]) == bool(m["how"]):
        return None
    if m["how"]:
        return capitalised(f"{said[0]} {do} bao lâu một lần?")
    seldom = HABIT_VI[m["seldom"]]
    return capitalised(f"{said[0]} {seldom} {do} với ai?" if m["whom"] else f"{said[0]} có {seldom} {do} không?")


def _lets_vi(text: str) -> str | None:
    """"Let's play ping pong!" as "Chúng ta chơi bóng bàn đi!", "Let's arm wrestle this afternoon." as "Chiều nay
    chúng ta vật tay đi." (_LETS_EN); None for anything else."""
    m = _LETS_EN.fullmatch(text)
    if not (do := m and ("chơi một ván bóng bàn" if m["game"] else _vi_do(m, 0))):
        return None
    return capitalised(f"{_SOON_VI[keyed(m['day'])] + ' ' if m['day'] else ''}chúng ta {do} đi{stop(m['end'])}")


def _want_vi(text: str) -> str | None:
    """"Do you want to play ping pong this afternoon?" as "Chiều nay bạn có muốn chơi bóng bàn không?" (_WANT_EN);
    None for anything else, and "do" or "want" not agreeing with who."""
    m = _WANT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or (
            said := _who(m, bool(m["q"]), "en")) is None or (do := _vi_do(m, 0)) is None:
        return None
    (who_, one), aux = said, (m["q"] or m["not"] or "").lower()
    if aux and aux.startswith("does") != one or m["want"] != ("wants" if one and not aux else "want") or (
            whom := _whom(m, who_, "en")) is None:
        return None
    day, rest = f"{_SOON_VI[keyed(m['day'])]} " if m["day"] else "", f"muốn {do}{_with(whom, 'với')}"
    if m["q"]:
        return capitalised(f"{day}{who_} có {rest} không?")
    return capitalised(f"{day}{who_} {'không ' * bool(m['not'])}{rest}{stop(m['end'])}")


def _beat_vi(text: str) -> str | None:
    """"He beat me at arm wrestling." as "Anh ấy vật tay thắng tôi.", "I lost to my father at ping pong yesterday." as
    "Hôm qua tôi chơi bóng bàn thua bố tôi." (_BEAT_EN); None for anything else, and a verb not agreeing."""
    m = _BEAT_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or (said := _who(m, False, "en")) is None:
        return None
    (who_, one), verb, adverb, day = said, keyed(m["verb"]), (m["adv"] or "").lower(), m["day0"] or m["day"]
    won = verb.startswith("beat")
    agrees = verb in ("beat", "lost to") if adverb != "always" else (
        verb == ("beats" if won else "loses to") if one else verb == ("beat" if won else "lose to"))
    if not agrees or day and adverb or not (whom := _whom(m, who_, "en")) or (do := _vi_do(m, 2, 3)) is None:
        return None
    adverb, day = {"just": "vừa ", "always": "luôn "}.get(adverb, ""), f"{_DAYS_VI[keyed(day)]} " if day else ""
    return capitalised(f"{day}{who_} {adverb}{do} {'thắng' if won else 'thua'} {whom}{stop(m['end'])}")


def _never_vi(text: str) -> str | None:
    """"I've never lost at arm wrestling." as "Tôi vật tay chưa bao giờ thua.", "He never loses to anyone at table
    tennis." as "Anh ấy không bao giờ thua ai khi chơi bóng bàn." (_NEVER_EN); None for anything else."""
    m = _NEVER_EN.fullmatch(text)
    if not m or (said := _who(m, False, "en")) is None or (do := _vi_do(m, 2, 3)) is None:
        return None
    (who_, one), lost = said, m["verb"] == "lost"
    if lost != bool(m["have"]) or lost and not first_agrees(keyed(m["have"]), who_, one) or not lost and (
            m["verb"] == "loses") != one:
        return None
    never = "chưa bao giờ" if lost else "không bao giờ"
    said_ = f"{never} thua ai khi {do}" if m["anyone"] else f"{do} {never} thua"
    return capitalised(f"{who_} {said_}{stop(m['end'])}")


def _now_vi(text: str) -> str | None:
    """"They're arm wrestling." as "Họ đang vật tay.", "I'm playing ping pong with my brother." as "Tôi đang chơi bóng
    bàn với anh trai tôi." (_NOW_EN); None for anything else, and "is" not agreeing."""
    m = _NOW_EN.fullmatch(text)
    if not m or not be_agrees(m, m["be"]) or (said := _who(m, False, "en")) is None or (
            do := _vi_do(m, 2)) is None or (whom := _whom(m, said[0], "en")) is None:
        return None
    return capitalised(f"{said[0]} đang {do}{_with(whom, 'với')}{stop(m['end'])}")


def _bat_vi(text: str) -> str | None:
    """"I just bought a table tennis bat." as "Tôi vừa mua một cây vợt bóng bàn." (_BOUGHT_EN), "My table tennis bat
    is broken." as "Vợt bóng bàn của tôi bị gãy rồi." (_BROKEN_EN); None for anything else, and a pet's."""
    m = _BOUGHT_EN.fullmatch(text) or _BROKEN_EN.fullmatch(text)
    if not m:
        return None
    bat = m["thing"].endswith("bat")
    if m.re == _BROKEN_EN:
        named = m["someone"] and not pet(m["someone"], "en") and someone(m["someone"], "en")
        whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else named
        broken = f"bị {'gãy' if bat else 'hỏng'} rồi{stop(m['end'])}"
        return f"{'Vợt' if bat else 'Bàn'} bóng bàn của {whose} {broken}" if whose else None
    said = _who(m, False, "en")
    if said is None or (have := keyed(m["have"] or "")) and not first_agrees(have, *said):
        return None
    thing = f"một {'cây vợt' if bat else 'cái bàn'} bóng bàn{' mới' * bool(m['new'])}"
    verb, done = ("vừa mua", "") if m["adv"] else ("đã mua", " rồi" * bool(have))
    return capitalised(f"{said[0]} {verb} {thing}{done}{stop(m['end'])}")


_RULES_VI = (_can, _well, _often, _often_asked, _lets, _want, _beat, _never, _now, _bat)
_RULES_EN = (_can_vi, _good_vi, _often_vi, _often_asked_vi, _lets_vi, _want_vi, _beat_vi, _never_vi, _now_vi, _bat_vi)
