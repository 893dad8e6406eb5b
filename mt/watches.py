"""Wristwatches, both ways, written whole by rule: one worn, forgotten, taken off; its battery run out or changed; its
strap broken, loose or changed; a smartwatch had or given. v8 (the rules on) reads "đồng hồ" as a clock, "dây" as a
chain, "watch" as "theo dõi" (to follow), "wear" as "mặc" (clothes): "Tôi quên đeo đồng hồ." → "I forgot to wear the
clock.", "Tôi tháo đồng hồ ra." → "I took the clock out.", "Tôi cần thay pin đồng hồ." → "I need to replace my
battery.", "Dây đồng hồ của tôi bị đứt." → "My clock was knocked out.", "Tôi được tặng một chiếc đồng hồ đeo tay." →
"I was given a watch for my hand."; "I forgot to wear my watch." → "Tôi quên mặc chiếc đồng hồ của mình.", "I've
taken off my watch." → "Tôi đã tắt theo dõi.", "My watch battery is dead." → "Pin theo dõi của tôi đã chết.", "My
watch strap has broken." → "Cái đồng hồ của tôi bị vỡ.".

Taken: who (mt.hobbies.WHO, WHO_EN; not pets) wears a watch or a smartwatch (mt.hobbies.SELDOM: often, never …), is
wearing one, does not, asked; forgot to wear or take off their own (again, today, yesterday); took it off ("đã"), has
("rồi"), has just, has to, asked "… chưa?"; whose (mt.hobbies.OWNER; one) watch has (just) run out of battery (as
mt/mishaps.py writes it), is almost, asked "… à?", needs a new battery or strap; who needs, has or wants to get their
watch battery or strap changed, changed it, has (just), and where they can; whose (one) watch strap has (just) broken,
is broken or loose, asked; who has a smartwatch or a wristwatch ("đồng hồ đeo tay"), asked, denied; who was or has just
been given one (for their birthday, one's). Left: "đồng hồ" with nothing worn, no "đeo tay" or "thông minh", or no
whose with a battery or strap (a clock: "Tôi có một chiếc đồng hồ."; "Đồng hồ hết pin rồi." and a pronoun's run out
are mt/mishaps.py's), many's battery or strap (a clock shared, or one each?), slow or fast (mt/clock.py), broken
(mt/broken.py), given "một chiếc đồng hồ" or by someone (mt/gifts.py), left or lost (mt/left_behind.py, finding.py),
pawned, collected (mt/pawnshops.py, collecting.py); a bare "tháo" or "thay" (done, or a habit?), "lên dây" (winding),
"tháo … ra để sửa" (taken apart), a name alone with their own watch (his or hers?), "chúng ta" said (let's?), "we"
having one (one each?), many's birthday (whose?), "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the
speaker), "I" asked, "never" or "rarely" asked, a statement stressed with "thế", "vậy" (mt.text.STRESSED_SAID), and
a verb not agreeing with who.
mt.phrasebook.translate tries these after mt/skating.py.

    >>> translate("Tôi quên đeo đồng hồ.", "vi", "en"), translate("My watch strap has broken.", "en", "vi")
    ('I forgot to wear my watch.', 'Dây đồng hồ của tôi bị đứt.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .ears import whose_vi
from .hobbies import (HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, asked_of, em_speaking, first_agrees, owner_of,
                      own_thing, person_of, pet, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present,
                   stop)

_KEYS = {"vi": lazy(r"(?i:đồng\s+hồ)"), "en": lazy(r"(?i:watch)")}
# the days one forgot on (the first Vietnamese of each English is written back)
_DAYS = near_days("hôm nay", "sáng nay", "hôm qua", "sáng hôm qua", "sáng qua", "tối qua")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_MANY = {"parents", "grandparents", "children", "kids"}  # (kin that are many: "my parents wears" is left)

# the watch: "đồng hồ" (worn: a watch), "đồng hồ đeo tay", "đồng hồ thông minh"
_WATCH = r"(?i:đồng\s+hồ)(?:\s+(?P<kind>đeo\s+tay|thông\s+minh))?"
_NEW = r"(?:(?P<one>một)\s+(?:chiếc|cái)\s+)?"
_WEAR = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<often>{alternatives(SELDOM)})\s+)?"
             rf"(?:(?P<ing>đang)\s+)?đeo\s+{_NEW}{_WATCH}{ASKED_END}")
_FORGOT = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<again>lại)\s+)?quên\s+"
               rf"(?P<verb>đeo|tháo)\s+{_WATCH}(?P<ra>\s+ra)?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_OFF = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|phải)\s+)?tháo\s+{_WATCH}(?:\s+ra)?(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# whose watch, its battery or its strap ("Đồng hồ của mẹ tôi hết pin rồi.", "Dây đồng hồ của tôi bị đứt.")
_WHOSE = rf"\s+(?:của\s+)?{OWNER}"
_FLAT = lazy(rf"{_WATCH}{_WHOSE}\s+(?:(?:(?P<tense>sắp|vừa)\s+)?hết\s+pin(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>à))?|"
             rf"cần\s+(?:được\s+)?thay\s+(?P<part>pin|dây)(?:\s+mới)?){SOFTENED_END}")
_STRAP = lazy(rf"(?i:dây)\s+{_WATCH}{_WHOSE}\s+(?:(?P<ask>có)\s+|(?P<tense>vừa\s+mới|vừa|mới)\s+)?bị\s+"
              rf"(?P<how>đứt|hỏng|lỏng)(?:\s+(?P<done>rồi))?{ASKED_END}")
_CHANGE = lazy(rf"{WHO}\s+(?:(?P<tense>cần|phải|muốn|đã|vừa\s+mới|vừa|mới)\s+)?(?:(?P<can>có\s+thể)\s+)?thay\s+"
               rf"(?P<part>pin|dây)\s+(?:cho\s+)?{_WATCH}(?:\s+(?P<where>ở\s+đâu))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# ... owned or given: only a watch said worn ("đeo tay") or smart (a bare "đồng hồ" may be a clock)
_KIND = r"(?i:đồng\s+hồ)\s+(?P<kind>đeo\s+tay|thông\s+minh)"
_HAVE = lazy(rf"{WHO}\s+(?P<not>không\s+)?có\s+{_NEW}{_KIND}{ASKED_END}")
_GIVEN = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?được\s+tặng\s+một\s+(?:chiếc|cái)\s+{_KIND}"
              rf"(?:\s+(?P<bday>(?:nhân|vào)\s+(?:dịp|ngày)\s+sinh\s+nhật))?{SOFTENED_END}")

# ... in English
_WATCH_EN = r"(?P<kind>(?i:watch(?:es)?|wrist\s*watch(?:es)?|smart\s*watch(?:es)?))"
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)"
_WEAR_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn|isn|aren)'t|"
                r"\s+(?:is|are|am)(?:\s+not)?|'(?:s|re|m)(?:\s+not)?)?"
                rf"(?:\s+(?P<often>{alternatives(HABIT_VI)}))?\s+(?P<verb>wears?|wearing)\s+(?:(?P<a>a)\s+)?"
                rf"{_WATCH_EN}\s*(?P<end>[.!?]*)")
_FORGOT_EN = lazy(rf"{WHO_EN}\s+forgot\s+to\s+(?:(?P<wear>wear|put\s+on)|take(?P<off1>\s+off)?)\s+"
                  rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_WATCH_EN}(?P<off2>\s+off)?(?P<again>\s+again)?"
                  rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!]*)")
_OFF_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)(?:\s+to|\s+just)?|'(?:ve|s)(?:\s+just)?)?"
               rf"\s+(?P<verb>took|taken|take)(?P<off1>\s+off)?\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+{_WATCH_EN}"
               r"(?P<off2>\s+off)?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_FLAT_EN = lazy(rf"{_WHOSE_EN}\s+{_WATCH_EN}(?:(?:'s)?\s+battery(?:\s+is|'s)\s+(?P<almost>almost\s+)?dead|"
                r"(?:\s+has|'s)\s+(?P<just>just\s+)?run\s+out\s+of\s+battery|(?:\s+is|'s)\s+(?P<almost2>almost)\s+"
                r"out\s+of\s+battery|\s+needs\s+a\s+new\s+(?P<part>battery|strap))\s*(?P<end>[.!]*)")
_STRAP_EN = lazy(rf"(?:(?P<q>Is|Has)\s+)?{_WHOSE_EN}\s+{_WATCH_EN}\s+strap(?P<aux>\s+has(?:\s+just)?|\s+is|'s\s+just)?"
                 r"\s+(?P<how>broken|snapped|broke|loose)\s*(?P<end>[.!?]*)")
_CHANGE_EN = lazy(rf"(?:(?P<where>Where\s+can)\s+)?{WHO_EN}(?P<aux>\s+needs?\s+to|\s+(?:has|have)\s+to|"
                  r"\s+wants?\s+to|\s+(?:has|have)(?:\s+just)?|'(?:ve|s)(?:\s+just)?)?\s+(?P<verb>get|got|had|change|"
                  rf"changed|replace|replaced)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+{_WATCH_EN}\s+(?P<part>battery|strap)"
                  r"(?P<done>\s+(?:changed|replaced))?\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)'t)?\s+(?P<verb>have|has)"
                rf"\s+a\s+{_WATCH_EN}\s*(?P<end>[.!?]*)")
_GIVEN_EN = lazy(rf"{WHO_EN}(?P<aux>\s+was|\s+were|\s+(?:has|have)\s+just\s+been|'(?:ve|s)\s+just\s+been)\s+"
                 rf"given\s+a\s+{_WATCH_EN}(?:\s+for\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+birthday)?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a shape the module docstring names; None for any other."""
    if src == "vi":  # (a statement stressed with "thế", "vậy" says more: so, then)
        return None if STRESSED_SAID.search(text) else (_wear(text) or _forgot(text) or _off(text) or _flat(text) or
                                                        _strap(text) or _change(text) or _have(text) or _given(text))
    text = text.replace("’", "'")
    return (_wear_vi(text) or _forgot_vi(text) or _off_vi(text) or _flat_vi(text) or _strap_vi(text) or
            _change_vi(text) or _have_vi(text) or _given_vi(text))


def _watch(m: re.Match, many: bool = False) -> str:
    """The watch of a match of _WATCH or _KIND in English: "watch", "smartwatch" ("watches" for `many`)."""
    word = "smartwatch" if keyed(m["kind"] or "") == "thông minh" else "watch"
    return f"{word}es" if many else word


def _person(m: re.Match, asked: bool) -> tuple[str, bool, bool] | None:
    """Who of a match of WHO in English, whether one ("she wears") and whether many ("we", "they": "our watches");
    None for a pet, "I" asked, "anh" saying, "em" asking with "ạ", kin that are many and "chúng ta" said (let's?)."""
    said = None if em_speaking(m) else person_of(m, asked)
    if said is None or said[0].split()[-1] in _MANY or keyed(m["who"] or "") == "chúng ta" and not asked:
        return None
    return said[0], said[1], said[0] in ("we", "they")


def _wear(text: str) -> str | None:
    """"Tôi đeo đồng hồ." as "I wear a watch.", "Anh ấy luôn đeo đồng hồ." as "He always wears a watch.", "Bạn có
    đang đeo đồng hồ không?" as "Are you wearing a watch?" (_WEAR); None for anything else."""
    m = _WEAR.fullmatch(text)
    asked = m and asked_of(m)
    if not m or asked is None or (said := _person(m, asked)) is None:
        return None
    who_, one, many = said
    often = SELDOM.get(keyed(m["often"] or ""), "")
    if m["ing"] and (often or m["not"]) or m["not"] and often not in ("", "often") or m["one"] and many or \
            asked and often in ("never", "rarely"):
        return None
    watch = _watch(m, many) if many else f"a {_watch(m)}"
    if m["ing"]:
        return f"{be(who_).capitalize()} {who_} wearing {watch}?" if asked else \
            capitalised(contracted(who_, f"{be(who_)} wearing {watch}") + stop(m["end"]))
    return present(who_, one, "wear", watch, asked, bool(m["not"]), m["end"], f"{often} " if often else "")


def _forgot(text: str) -> str | None:
    """"Tôi quên đeo đồng hồ." as "I forgot to wear my watch.", "Hôm qua mẹ tôi quên tháo đồng hồ ra." as "My mother
    forgot to take off her watch yesterday." (_FORGOT); None for anything else, and a name alone (his or hers?)."""
    m = _FORGOT.fullmatch(text)
    if not m or "?" in m["end"] or m["ra"] and m["verb"] == "đeo" or m["day"] and m["done"]:
        return None
    said = _person(m, False)
    whose = said and whose_own(m, said[0])
    if not whose:
        return None
    verb = "wear" if m["verb"] == "đeo" else "take off"
    again, day = " again" * bool(m["again"]), f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    return capitalised(f"{said[0]} forgot to {verb} {whose} {_watch(m, said[2])}{again}{day}{stop(m['end'])}")


def _off(text: str) -> str | None:
    """"Tôi đã tháo đồng hồ ra." as "I took off my watch.", "Bố tôi tháo đồng hồ ra rồi." as "My father has taken off
    his watch.", "Bạn đã tháo đồng hồ ra chưa?" as "Have you taken off your watch yet?" (_OFF); None for any other."""
    m = _OFF.fullmatch(text)
    asked, tense = bool(m and m["yet"]), keyed(m and m["tense"] or "")
    if not m or asked != ("?" in m["end"]) or (said := _person(m, asked)) is None:
        return None
    who_, one, many = said
    if not (whose := whose_own(m, who_)):
        return None
    watch, has = f"{whose} {_watch(m, many)}", "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} taken off {watch} yet?" if tense in ("", "đã") and not m["done"] else None
    if tense == "phải":
        return None if m["done"] else capitalised(contracted(who_, f"{has} to take off {watch}") + stop(m["end"]))
    return _perfect(who_, one, m, ("took off", "taken off"), watch)


def _perfect(who_: str, one: bool, m: re.Match, verbs: tuple[str, str], rest: str) -> str | None:
    """Who did `verbs` (past, participle) to `rest`, by the tense of a match (groups "tense", "done", "end"): "đã"
    "changed", "rồi" "has changed", "vừa", "mới" "has just changed"; None for a bare verb (a habit, or done?)."""
    tense = keyed(m["tense"] or "")
    if tense == "đã" and not m["done"]:
        return capitalised(f"{who_} {verbs[0]} {rest}{stop(m['end'])}")
    just = " just" if tense in ("vừa", "mới", "vừa mới") else ""
    said = contracted(who_, f"{'has' if one else 'have'}{just} {verbs[1]} {rest}")
    return capitalised(said + stop(m["end"])) if tense in ("đã", "vừa", "mới", "vừa mới") or m["done"] else None


def _whose(m: re.Match) -> str | None:
    """Whose, in English, of a match of OWNER ("my", "my mother's"); None for a pet's, one not read, and many's ("our":
    a clock shared, or a watch each?)."""
    whose = None if pet(m["someone"], "vi") else owner_of(m, None)
    return None if whose in ("our", "their") else whose


def _flat(text: str) -> str | None:
    """"Đồng hồ của mẹ tôi hết pin rồi." as "My mother's watch has run out of battery.", "Đồng hồ của tôi cần thay
    dây." as "My watch needs a new strap." (_FLAT); None for anything else, and one's own asked ("… à?")."""
    m = _FLAT.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or (whose := _whose(m)) is None:
        return None
    watch, soon = f"{whose} {_watch(m)}", m["tense"] == "sắp"
    if m["part"]:
        return capitalised(f"{watch} needs a new {'battery' if m['part'] == 'pin' else 'strap'}{stop(m['end'])}")
    if m["asked"]:
        return None if soon or whose == "my" else f"Has {watch} {'just ' * bool(m['tense'])}run out of battery?"
    if soon:
        return None if m["done"] else capitalised(f"{watch} is almost out of battery{stop(m['end'])}")
    return capitalised(f"{watch} has {'just ' * bool(m['tense'])}run out of battery{stop(m['end'])}")


def _strap(text: str) -> str | None:
    """"Dây đồng hồ của tôi bị đứt." as "My watch strap has broken.", "Dây đồng hồ của bạn có bị lỏng không?" as "Is
    your watch strap loose?" (_STRAP); None for anything else."""
    m = _STRAP.fullmatch(text)
    asked = m and asked_of(m)
    if not m or asked is None or (whose := _whose(m)) is None or m["tense"] and (m["how"] != "đứt" or m["done"]):
        return None
    strap, snapped = f"{whose} {_watch(m)} strap", m["how"] == "đứt"
    said = "broken" if m["how"] != "lỏng" else "loose"
    if asked:
        return None if m["done"] else f"{'Has' if snapped else 'Is'} {strap} {said}?"
    just = " just" if m["tense"] else ""
    return capitalised(f"{strap} {'has' + just if snapped else 'is'} {said}{stop(m['end'])}")


def _change(text: str) -> str | None:
    """"Tôi cần thay pin đồng hồ." as "I need to get my watch battery changed.", "Tôi có thể thay pin đồng hồ ở đâu?"
    as "Where can I get my watch battery changed?" (_CHANGE); None for anything else."""
    m = _CHANGE.fullmatch(text)
    where, tense = bool(m and m["where"]), keyed(m and m["tense"] or "")
    if not m or where != ("?" in m["end"]) or where != bool(m["can"]) or not (tense or m["done"] or where):
        return None
    said = _person(m, False)  # (asking where for oneself: "I")
    whose = said and whose_own(m, said[0])
    if not whose or said[2] or where and (tense or m["done"] or said[0] not in ("I", "we")):
        return None  # ("Where can you get …?": asking for oneself is "I")
    who_, one, _ = said
    part = f"{whose} {_watch(m)} {'battery' if m['part'] == 'pin' else 'strap'}"
    if where:
        return f"Where can {who_} get {part} changed?"
    if tense in ("cần", "phải", "muốn"):
        verb = {"cần": "need to", "phải": "have to", "muốn": "want to"}[tense]
        return None if m["done"] else present(who_, one, verb, f"get {part} changed", end=m["end"])
    return _perfect(who_, one, m, ("changed", "changed"), part)


def _have(text: str) -> str | None:
    """"Tôi có một chiếc đồng hồ thông minh." as "I have a smartwatch.", "Bạn có đồng hồ thông minh không?" as "Do you
    have a smartwatch?" (_HAVE); None for anything else, and many (one each?)."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and (asked or m["one"]) or (said := _person(m, asked)) is None:
        return None
    return None if said[2] else present(said[0], said[1], "have", f"a {_watch(m)}", asked, bool(m["not"]), m["end"])


def _given(text: str) -> str | None:
    """"Con gái tôi vừa được tặng một chiếc đồng hồ thông minh nhân dịp sinh nhật." as "My daughter has just been given
    a smartwatch for her birthday." (_GIVEN); None for anything else, and a birthday of a name alone (his or hers?)."""
    m = _GIVEN.fullmatch(text)
    if not m or "?" in m["end"] or (said := _person(m, False)) is None:
        return None
    who_, one, many = said
    whose = whose_own(m, who_) if m["bday"] else ""
    if whose is None or whose and many:  # ("for our birthday": whose?)
        return None
    bday, just = f" for {whose} birthday" if whose else "", m["tense"] in ("vừa", "mới", "vừa mới")
    been = f"{'has' if one else 'have'} just been" if just else "was" if one or who_ == "I" else "were"
    return capitalised(contracted(who_, f"{been} given a {_watch(m)}{bday}") + stop(m["end"]))


def _watch_vi(m: re.Match, worn: bool = True, many: bool = False) -> str | None:
    """The watch of a match of _WATCH_EN in Vietnamese: "đồng hồ" (worn; else "đồng hồ đeo tay"), "đồng hồ đeo tay",
    "đồng hồ thông minh"; None where it is many ("watches") and not `many` (who: "we"), or one and `many`."""
    kind = "".join(m["kind"].lower().split())
    if kind.endswith("es") != many:
        return None
    return {"watch": "đồng hồ" if worn else "đồng hồ đeo tay", "wristwatch": "đồng hồ đeo tay"}.get(
        kind.removesuffix("es"), "đồng hồ thông minh")


def _aux(m: re.Match) -> list[str]:
    """The words of a match's question word (group "q", if any) and auxiliary, in small letters, "n't" written "not"
    ("Doesn't" → ["does", "not"]), "'ve", "'s", "'ll" as "have", "has" ("is" before "wearing"), "will"."""
    said = f"{m.groupdict().get('q') or ''} {m['aux'] or ''}".lower().replace("n't", " not")
    words = said.replace("'", " '").split()
    be_ = m.groupdict().get("verb") == "wearing"
    short = {"'ve": "have", "'s": "is" if be_ else "has", "'ll": "will", "'re": "are", "'m": "am"}
    return [short.get(w, w) for w in words]


def _who_en(m: re.Match, asked: bool) -> tuple[str, bool, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, whether one, whether many ("we", "they"); None for a pet, "I" asked."""
    said = person_of(m, asked, "en")
    return said and (said[0], said[1], said[0] in ("chúng tôi", "họ"))


def _wear_vi(text: str) -> str | None:
    """"He always wears a watch." as "Anh ấy luôn đeo đồng hồ.", "Are you wearing a watch?" as "Bạn có đang đeo đồng
    hồ không?" (_WEAR_EN); None for anything else, and a verb not agreeing with who."""
    m = _WEAR_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked and m["aux"] or (said := _who_en(m, asked)) is None:
        return None
    who_, one, many = said
    words, often = _aux(m), (m["often"] or "").lower()
    neg, ing = "not" in words, m["verb"] == "wearing"
    watch = _watch_vi(m, many=many)
    if watch is None or bool(m["a"]) == many or ing and often or neg and often not in ("", "often") or \
            asked and often in ("never", "rarely"):
        return None
    first = words[0] if words else ""  # ("'s" before a bare verb: "has")
    if ing != (first in ("is", "are", "am")) or first == "has" or not first_agrees(first, who_, one) or \
            not ing and (m["verb"] == "wears") != (one and not first):
        return None
    how = "đang " if ing and not neg else f"{HABIT_VI[often]} " if often else ""  # ("isn't wearing": "không đeo")
    return capitalised(f"{who_} có {how}đeo {watch} không?" if asked else
                       f"{who_} {'không ' * neg}{how}đeo {watch}{stop(m['end'])}")


def _owned(m: re.Match, asked: bool = False) -> tuple[str, bool, str] | None:
    """Who of a match of WHO_EN in Vietnamese, whether one, and the watch (group "owner" whose, their own) in
    Vietnamese; None where it is not who's own ("I … your watch", "she … his"), or many with one watch."""
    said = _who_en(m, asked)
    watch = said and _watch_vi(m, many=said[2])
    return None if watch is None or own_thing(m, said[0], said[1]) is not True else (said[0], said[1], watch)


def _forgot_vi(text: str) -> str | None:
    """"I forgot to wear my watch." as "Tôi quên đeo đồng hồ.", "She forgot to take off her watch again today." as
    "Hôm nay cô ấy lại quên tháo đồng hồ ra." (_FORGOT_EN); None for anything else, and another's watch."""
    m = _FORGOT_EN.fullmatch(text)
    if not m or "?" in m["end"] or not m["wear"] and bool(m["off1"]) == bool(m["off2"]) or m["wear"] and m["off2"] or \
            (said := _owned(m)) is None:
        return None
    verb, ra = ("đeo", "") if m["wear"] else ("tháo", " ra")
    day = f"{_DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{said[0]} {'lại ' * bool(m['again'])}quên {verb} {said[2]}{ra}{stop(m['end'])}")


def _off_vi(text: str) -> str | None:
    """"I took off my watch." as "Tôi đã tháo đồng hồ ra.", "Have you taken off your watch yet?" as "Bạn đã tháo đồng
    hồ ra chưa?" (_OFF_EN); None for anything else."""
    m = _OFF_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or bool(m["off1"]) == bool(m["off2"]) or asked != bool(m["yet"]) or \
            asked and m["aux"] or (said := _owned(m, asked)) is None:
        return None
    who_, one, watch = said
    words = _aux(m)
    if words and not first_agrees(words[0], who_, one):
        return None
    how = {("", "took"): "đã", ("have", "taken"): "", ("have just", "taken"): "vừa", ("have to", "take"): "phải"}.get(
        (" ".join(words).replace("has", "have"), m["verb"]))
    if how is None or asked and how:
        return None
    if asked:
        return capitalised(f"{who_} đã tháo {watch} ra chưa?")
    done = " rồi" if words == ["has"] or words == ["have"] else ""
    return capitalised(f"{who_} {how + ' ' if how else ''}tháo {watch} ra{done}{stop(m['end'])}")


def _flat_vi(text: str) -> str | None:
    """"My watch battery is dead." as "Đồng hồ của tôi hết pin rồi.", "My smartwatch battery is almost dead." as
    "Đồng hồ thông minh của tôi sắp hết pin." (_FLAT_EN); None for anything else."""
    m = _FLAT_EN.fullmatch(text)
    if not m or (watch := _watch_vi(m)) is None or (owner := whose_vi(m)) is None:
        return None
    how = f"cần thay {'pin' if m['part'] == 'battery' else 'dây'}" if m["part"] else \
        "sắp hết pin" if m["almost"] or m["almost2"] else "vừa hết pin" if m["just"] else "hết pin rồi"
    return capitalised(f"{watch} của {owner} {how}{stop(m['end'])}")


def _strap_vi(text: str) -> str | None:
    """"My watch strap has broken." as "Dây đồng hồ của tôi bị đứt.", "My watch strap is broken." as "Dây đồng hồ
    của tôi bị hỏng." (_STRAP_EN); None for anything else."""
    m = _STRAP_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or (watch := _watch_vi(m)) is None or (owner := whose_vi(m)) is None:
        return None
    said = {("is", "broken"): "bị hỏng", ("is", "loose"): "bị lỏng", ("has", "broken"): "bị đứt",
            ("has", "snapped"): "bị đứt", ("has just", "broken"): "vừa bị đứt", ("has just", "snapped"): "vừa bị đứt",
            ("", "broke"): "bị đứt", ("", "snapped"): "bị đứt"}.get((" ".join(_aux(m)), m["how"]))
    if said is None or asked and "vừa" in said:
        return None
    return f"Dây {watch} của {owner} có {said} không?" if asked else f"Dây {watch} của {owner} {said}{stop(m['end'])}"


def _change_vi(text: str) -> str | None:
    """"I need to get my watch battery changed." as "Tôi cần thay pin đồng hồ.", "She changed her watch strap." as
    "Cô ấy đã thay dây đồng hồ." (_CHANGE_EN); None for anything else."""
    m = _CHANGE_EN.fullmatch(text)
    where = bool(m and m["where"])
    if not m or where != ("?" in m["end"]) or (said := _owned(m)) is None:
        return None
    who_, one, watch = said
    words, verb, got = _aux(m), m["verb"], m["verb"] in ("get", "got", "had")
    if got != bool(m["done"]) or words and not first_agrees(words[0], who_, one) or \
            words[:1] and words[0] in ("needs", "wants", "need", "want") and words[0].endswith("s") != one:
        return None
    part = f"{'pin' if m['part'] == 'battery' else 'dây'} {watch}"
    base = verb in ("get", "change", "replace")
    if where:
        return f"{capitalised(who_)} có thể thay {part} ở đâu?" if base and got and not words and \
            who_ in ("tôi", "chúng tôi") else None
    if words and words[-1] == "to":
        how = {"need": "cần", "needs": "cần", "want": "muốn", "wants": "muốn", "has": "phải", "have": "phải"}
        return capitalised(f"{who_} {how[words[0]]} thay {part}{stop(m['end'])}") if base else None
    if base:  # (a bare "change" or "get": a habit)
        return None
    how = "vừa" if words[-1:] == ["just"] else "đã"
    return capitalised(f"{who_} {how} thay {part}{' rồi' if words and how == 'đã' else ''}{stop(m['end'])}")


def _have_vi(text: str) -> str | None:
    """"I have a smartwatch." as "Tôi có một chiếc đồng hồ thông minh.", "Do you have a smartwatch?" as "Bạn có đồng
    hồ thông minh không?" (_HAVE_EN); None for anything else, and many."""
    m = _HAVE_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked and m["aux"] or (said := _who_en(m, asked)) is None or said[2]:
        return None
    who_, one, _ = said
    words, watch = _aux(m), _watch_vi(m, worn=False)
    if watch is None or not first_agrees(words[0] if words else "", who_, one) or \
            (m["verb"] == "has") != (one and not words):
        return None
    return capitalised(f"{who_} có {watch} không?" if asked else f"{who_} không có {watch}{stop(m['end'])}" if words
                       else f"{who_} có một chiếc {watch}{stop(m['end'])}")


def _given_vi(text: str) -> str | None:
    """"I was given a watch for my birthday." as "Tôi được tặng một chiếc đồng hồ đeo tay nhân dịp sinh nhật."
    (_GIVEN_EN); None for anything else, and another's birthday."""
    m = _GIVEN_EN.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who_en(m, False)) is None or (watch := _watch_vi(m, worn=False)) is None:
        return None
    (who_, one, _), words = said, _aux(m)
    if m["owner"] and own_thing(m, who_, one) is not True or not first_agrees(words[0], who_, one) or \
            words[0] in ("was", "were") and (words[0] == "was") != (one or who_ == "tôi"):
        return None
    bday = " nhân dịp sinh nhật" if m["owner"] else ""
    return capitalised(f"{who_} {'vừa ' if 'just' in words else ''}được tặng một chiếc {watch}{bday}{stop(m['end'])}")
