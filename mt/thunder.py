"""Thunder and lightning as weather, both ways, written whole by rule: thundering now, all night or on a day behind,
the thunder loud, who heard it, lightning striking a tree, a power pole or a house, a thunderstorm coming, and staying
inside or unplugging the TV when there is lightning. v8 (the rules on) reads "sấm" as stirring or snugging, "sét" as
a sore or slight, "dông" as looks, and English "thunder" as itself, "lightning" as light: "Trời sấm to quá." → "It's
too much.", "Tối qua trời sấm sét suốt đêm." → "Last night, it slighted during the night.", "Trời đang có sấm chớp." →
"It's blinking.", "Tôi nghe thấy tiếng sấm." → "I hear snugging.", "Sét đánh trúng cây trước nhà tôi." → "Taking the
tree before my house.", "Sắp có dông." → "There's a good thing to look.", "Rút phích cắm ti vi khi có sấm sét." →
"Take TV plug-ins when there's a sore."; "There was thunder and lightning all night." → "Có thunder và đèn suốt
đêm.", "It's thundering." → "Nó đang thunder.", "I heard thunder." → "Tôi nghe tiếng thunder.", "Lightning struck the
tree in front of my house." → "Việc ánh sáng đã làm rung chuyển cây phía trước ngôi nhà của tôi.", "Stay indoors
during a thunderstorm." → "Hãy kiên trì các nhà thunderstorm.".

Taken: thunder ("sấm"), thunder and lightning ("sấm sét", "sấm chớp") or lightning ("sét", "chớp" after "có") now
("Trời đang có sấm.": "It's thundering."), all night ("suốt đêm", "cả đêm") or on a day behind (mt.floods.DAYS_DONE,
not today's: now, or earlier?); the thunder so or very loud ("Sấm to quá.", "Tối qua sấm rất to."); who (mt.hobbies.WHO,
WHO_EN) heard thunder ("nghe (thấy) tiếng sấm"), just, on a day done, asked ("có … không?": "Did you hear the
thunder?"), denied with a day; lightning that struck ("Sét đánh trúng/vào …", "… bị sét đánh") a tree or a power pole
("một cái cây", "một cột điện"), someone's house (mt.hobbies.OWNER) or a tree or a pole in front of, next to or
behind it, just or on a day done; a thunderstorm ("dông", "giông", "mưa dông") coming ("sắp"), now ("đang"), on a
day behind, or ahead ("sẽ", "ngày mai", "tối nay"); staying inside, unplugging or turning off the TV, not going out,
not standing or sheltering under a tree when there is thunder, lightning or a thunderstorm (before or after it, "hãy",
"(bạn) nên", "đừng", "(bạn) không nên"). Left: "Có sấm sét." and "Trời sấm." alone (now, or earlier?), "hôm nay", "sáng
nay", "chiều nay" with the weather (now, or earlier? "chiều nay" ahead too), "Tôi không nghe thấy tiếng sấm." without
a day (did not, or cannot?), "cây", "cột điện" alone ("a tree", "the tree" or trees?), "nhà" with no one's, people or
pets struck ("Tôi bị sét đánh.": often said as a curse), a pet hearing, "I" asked, "we", "our" asked in English
(chúng tôi, or chúng ta?), "anh", "chị", "em" alone saying it, "It's lightning." (a verb?), "all night" with a week, a
month or a year behind (which night?) or a morning or an afternoon, a storm over a month or a year ("Năm ngoái có
dông.": one, or several?), "has been struck" (when?), English with a day first, "thế"/"vậy" statements, being afraid
of thunder (mt/fears.py), storms and typhoons (mt/floods.py), and anything else.
mt.phrasebook.translate tries these after mt/gritty_eyes.py.

    >>> translate("Tối qua trời sấm sét suốt đêm.", "vi", "en"), translate("It's thundering.", "en", "vi")
    ('There was thunder and lightning all night last night.', 'Trời đang có sấm.')
"""
from __future__ import annotations

import re

from .dates import LAST, NEAR_WAY, near_days
from .floods import DAYS_DONE
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, owner_of, person_of, pet, someone,
                      who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, stop

_KEYS = {"vi": lazy(r"(?i:sấm|sét|dông|giông|có\s+chớp)"), "en": lazy(r"(?i:thunder|lightning)")}
# what rumbles and flashes, and back (the first Vietnamese of each written back)
_WHAT = {"sấm": "thunder", "sấm sét": "thunder and lightning", "sấm chớp": "thunder and lightning", "sét": "lightning",
         "chớp": "lightning"}
_WHAT_VI = {en: vi for vi, en in reversed(_WHAT.items())}
# the days: events (struck, heard) on any day done; the weather only on one behind ("Hôm nay có sấm.": now, or
# earlier?); a storm also on one ahead
_BEHIND = {vi: en for vi, en in DAYS_DONE.items() if NEAR_WAY[vi] == "behind"}
_AHEAD = near_days("tối nay", "đêm nay", "ngày mai", "sáng mai", "chiều mai", "tối mai")
_DAYS = DAYS_DONE | _AHEAD
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_ALL = {"suốt đêm": "all night", "cả đêm": "all night"}
# the days "all night" is said with ("all night last week": which night? "all night yesterday morning": not said)
_NIGHTS = {"", "hôm qua", "tối qua", "tối hôm qua", "đêm qua", "hôm kia"}
# a storm's days ("Năm ngoái có dông.": one, or several?)
_STORM_DAYS = {vi: en for vi, en in (_BEHIND | _AHEAD).items() if vi not in LAST or vi == "tuần trước"}

# the weather ("Trời đang có sấm chớp.", "Tối qua trời sấm sét suốt đêm.")
_SKY = lazy(rf"{_DAY}(?:(?P<sky>(?i:trời))\s+)?(?:(?P<now>(?i:đang))\s+)?(?:(?P<there>(?i:có))\s+)?(?P<what>(?i:"
            rf"{alternatives(_WHAT)}))(?:\s+(?P<all>{alternatives(_ALL)}))?{SOFTENED_END}")
# the thunder loud ("Trời sấm to quá.", "Tối qua sấm rất to.")
_LOUD = lazy(rf"{_DAY}(?:(?i:trời|tiếng)\s+)?(?i:sấm)(?:\s+nổ)?\s+(?:(?P<very>rất)\s+)?(?:to|lớn)(?:\s+(?P<so>quá))?"
             rf"{SOFTENED_END}")
# who heard it ("Tôi nghe thấy tiếng sấm.", "Tối qua bạn có nghe thấy tiếng sấm không?")
_HEARD = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<aux>vừa|mới|đã)\s+)?nghe(?:\s+thấy)?\s+"
              rf"(?:tiếng\s+)?sấm(?:\s+(?P<asked>không))?{SOFTENED_END}")
# what lightning struck: a tree or a pole, someone's house, or a tree or a pole by it
_KINDS = {"cây": "tree", "cột điện": "power pole"}
_NEAR = {"trước": "in front of", "trước cửa": "in front of", "cạnh": "next to", "sau": "behind"}
_KIND = rf"(?i:{alternatives(_KINDS)})"
_THING = (rf"(?:(?P<one>(?i:một)\s+(?:cái\s+)?)(?P<kind1>{_KIND})|(?:(?P<kind>{_KIND})\s+(?P<near>"
          rf"{alternatives(_NEAR)})\s+)?(?i:nhà)(?:\s+của)?\s+{OWNER})")
_STRIKES = lazy(rf"{_DAY}(?i:sét)\s+(?:(?P<aux>vừa|đã)\s+)?đánh\s+(?:trúng|vào)\s+{_THING}{SOFTENED_END}")
_STRUCK = lazy(rf"{_DAY}{_THING}\s+(?:(?P<aux>vừa|đã)\s+)?bị\s+sét\s+đánh(?:\s+trúng)?{SOFTENED_END}")
# a thunderstorm ("Sắp có dông.", "Trời sắp mưa dông.", "Ngày mai có dông.")
_STORM = lazy(rf"{_DAY}(?:(?i:trời)\s+)?(?:(?P<aux>(?i:sắp|sẽ|đang))\s+)?(?:(?P<there>(?i:có))\s+)?(?:cơn\s+)?"
              rf"(?P<rain>mưa\s+)?(?:dông|giông){SOFTENED_END}")
# what to do when there is lightning ("Khi có sấm sét, hãy ở trong nhà.", "Đừng ra ngoài khi có sét.")
_DO = {"ở trong nhà": "stay inside", "ở yên trong nhà": "stay inside", "rút phích cắm ti vi": "unplug the TV",
       "rút phích cắm tivi": "unplug the TV", "tắt ti vi": "turn off the TV", "tắt tivi": "turn off the TV"}
_DONT = {"ra ngoài": "go out", "đứng dưới gốc cây": "stand under a tree", "đứng dưới cây": "stand under a tree",
         "trú dưới gốc cây": "shelter under a tree", "trú mưa dưới gốc cây": "shelter under a tree"}
_ACTS = _DO | _DONT
_ACTS_VI = {en.lower(): vi for vi, en in reversed(_ACTS.items())} | {"stay indoors": "ở trong nhà",
                                                                    "go outside": "ra ngoài"}
_SAY = {"": "", "hãy": "", "bạn nên": "You should", "nên": "You should", "đừng": "Don't",
        "bạn không nên": "You shouldn't", "không nên": "You shouldn't"}
_SAY_VI = {en.lower(): vi for vi, en in reversed(_SAY.items())} | {"do not": "đừng", "you should not": "bạn không nên"}
_STORMS = {"dông": "a thunderstorm", "giông": "a thunderstorm", "mưa dông": "a thunderstorm",
           "mưa giông": "a thunderstorm"}
_WHEN = {**{vi: f"when there's {en}" for vi, en in _WHAT.items() if vi != "chớp"},
         **{vi: f"during {en}" for vi, en in _STORMS.items()}}
_X = r"(?i:khi)\s+(?:trời\s+)?có\s+(?:cơn\s+)?"
_SAFE = lazy(rf"(?:{_X}(?P<x1>{alternatives(_WHEN)})\s*,\s+)?(?:(?P<say>(?i:{alternatives(filter(None, _SAY))}))\s+)?"
             rf"(?P<act>(?i:{alternatives(_ACTS)}))(?:\s+{_X}(?P<x2>{alternatives(_WHEN)}))?\s*(?P<end>[.!]*)")

# ... in English
_WHAT_EN = rf"(?P<what>{alternatives(_WHAT_VI)})"
_SKY_EN = lazy(rf"(?:It(?P<be>'s|\s+is|\s+was)\s+thundering|It\s+(?P<ed>thundered)|There(?P<there>'s|\s+is|\s+was)\s+"
               rf"{_WHAT_EN})(?:\s+(?P<all>all\s+night))?{_DAY_EN}\s*(?P<end>[.!]*)")
_LOUD_EN = lazy(rf"The\s+thunder(?P<be>'s|\s+is|\s+was)\s+(?P<deg>so|very)\s+loud{_DAY_EN}\s*(?P<end>[.!]*)")
_HEARD_EN = lazy(rf"(?:(?P<q>Did|Can)\s+)?{WHO_EN}(?:\s+(?P<aux>just|didn't|did\s+not|can))?\s+(?P<verb>heard|hear)"
                 rf"\s+(?:the\s+)?thunder{_DAY_EN}\s*(?P<end>[.!?]*)")
_HOUSE_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)\s+house"
_NEAR_VI = {en: vi for vi, en in reversed(_NEAR.items())}
_KINDS_VI = {en: vi for vi, en in _KINDS.items()}
_THING_EN = (rf"(?:(?P<det>[Aa]|[Tt]he)\s+(?P<kind>tree|power\s+pole)(?:\s+(?P<near>{alternatives(_NEAR_VI)})\s+"
             r")?)?" + rf"(?:{_HOUSE_EN})?")
_STRIKES_EN = lazy(rf"Lightning\s+(?P<just>just\s+)?(?:struck|hit)\s+{_THING_EN}{_DAY_EN}\s*(?P<end>[.!]*)")
_STRUCK_EN = lazy(rf"{_THING_EN}\s+(?:was\s+(?P<just>just\s+)?|has\s+(?P<just2>just\s+)been\s+)struck\s+by\s+"
                  rf"lightning{_DAY_EN}\s*(?P<end>[.!]*)")
_STORM_EN = lazy(rf"(?:(?P<coming>A\s+thunderstorm(?:'s|\s+is)\s+coming|There(?:'s|\s+is)\s+a\s+thunderstorm\s+"
                 rf"coming)|There(?P<be>'s|\s+is|\s+was|\s+will\s+be|'ll\s+be|(?:'s|\s+is)\s+going\s+to\s+be)\s+a\s+"
                 rf"thunderstorm){_DAY_EN}\s*(?P<end>[.!]*)")
_WHEN_EN = rf"(?:when\s+there(?:'s|\s+is)\s+(?P<{{0}}>{alternatives(_WHAT_VI)})|during\s+(?P<{{0}}s>a\s+thunderstorm))"
_SAFE_EN = lazy(rf"(?:(?i:{_WHEN_EN.format('x1')})\s*,\s+)?(?:(?P<say>(?i:{alternatives(filter(None, _SAY_VI))}))\s+)?"
                rf"(?P<act>(?i:{alternatives(_ACTS_VI)}))(?:\s+{_WHEN_EN.format('x2')})?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of thunder or lightning now, all night or on a day, the thunder loud, who heard
    it, lightning striking something, a thunderstorm coming, or what to do when there is lightning; None for any
    other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _sky(text) or _loud(text) or _heard(text) or _struck(text) or _storm(text) or _safe(text))
    text = text.replace("’", "'")
    return _sky_vi(text) or _loud_vi(text) or _heard_vi(text) or _struck_vi(text) or _storm_vi(text) or _safe_vi(text)


def _day(m: re.Match, days: dict, lang: str = "en") -> str | None:
    """The day of a match (its group "day") in the other language, as " last night" (English, after) or "tối qua"
    (Vietnamese, first); "" where none is said; None for one not in `days`."""
    if not m["day"]:
        return ""
    said = (days if lang == "en" else _DAYS_VI).get(keyed(m["day"]))
    return None if said is None or lang == "vi" and keyed(said) not in days else (
        f" {said}" if lang == "en" else said)


def _sky(text: str) -> str | None:
    """"Trời đang có sấm." as "It's thundering.", "Tối qua trời sấm sét suốt đêm." as "There was thunder and
    lightning all night last night." (_SKY); None for anything else, and one said with no time ("Có sấm sét.")."""
    m = _SKY.fullmatch(text)
    if not m or "?" in m["end"] or not (m["sky"] or m["there"] or m["all"]) or (day := _day(m, _BEHIND)) is None:
        return None
    what, now, end = _WHAT[keyed(m["what"])], m["now"], stop(m["end"])
    if not m["there"] and not keyed(m["what"]).startswith("sấm") or not now and not (day or m["all"]):
        return None  # ("Trời sét.": not said; "Trời có sấm.": now, or earlier?)
    if now:
        return None if day or m["all"] else f"It's thundering{end}" if what == "thunder" else f"There's {what}{end}"
    if m["all"] and keyed(m["day"] or "") not in _NIGHTS:
        return None
    rest = f"{' all night' * bool(m['all'])}{day}{end}"
    return f"It thundered{rest}" if what == "thunder" else f"There was {what}{rest}"


def _loud(text: str) -> str | None:
    """"Trời sấm to quá." as "The thunder is so loud.", "Tối qua sấm rất to." as "The thunder was very loud last
    night." (_LOUD); None for anything else, and "rất" and "quá" both or neither."""
    m = _LOUD.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["very"]) == bool(m["so"]) or (day := _day(m, _BEHIND)) is None:
        return None
    return f"The thunder {'was' if day else 'is'} {'very' if m['very'] else 'so'} loud{day}{stop(m['end'])}"


def _heard(text: str) -> str | None:
    """"Tôi nghe thấy tiếng sấm." as "I heard thunder.", "Tối qua bạn có nghe thấy tiếng sấm không?" as "Did you
    hear the thunder last night?" (_HEARD); None for anything else, "không" without a day (did not, or cannot?), a
    pet, "I" asked, and "anh", "chị", "em" alone saying it (mt.hobbies.person_of)."""
    m = _HEARD.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or em_speaking(m) or (said := person_of(m, asked)) is None or (day := _day(m, DAYS_DONE)) is None:
        return None
    who_, aux = said[0], keyed(m["aux"] or "")
    if asked:
        return None if aux else f"Did {who_} hear the thunder{day}?"
    if m["not"]:
        return capitalised(f"{who_} didn't hear the thunder{day}{stop(m['end'])}") if day else None
    if aux in ("vừa", "mới"):
        return None if day else capitalised(f"{who_} just heard thunder{stop(m['end'])}")
    return capitalised(f"{who_} heard thunder{day}{stop(m['end'])}")


def _thing(m: re.Match) -> str | None:
    """What a match of _THING names in English: "a tree", "my house", "the tree in front of Lan's house"; None for
    whose not read, and a pet's house."""
    if m["one"]:
        return f"a {_KINDS[keyed(m['kind1'])]}"
    whose = None if pet(m["someone"], "vi") else owner_of(m, "")
    if not whose:
        return None
    house = f"{whose} house"
    return f"the {_KINDS[keyed(m['kind'])]} {_NEAR[keyed(m['near'])]} {house}" if m["kind"] else house


def _struck(text: str) -> str | None:
    """"Sét đánh trúng cây trước nhà tôi." as "Lightning struck the tree in front of my house.", "Nhà tôi bị sét
    đánh." as "My house was struck by lightning." (_STRIKES, _STRUCK); None for anything else."""
    m = _STRIKES.fullmatch(text) or _STRUCK.fullmatch(text)
    if not m or "?" in m["end"] or (thing := _thing(m)) is None or (day := _day(m, DAYS_DONE)) is None:
        return None
    just = keyed(m["aux"] or "") == "vừa"
    if just and day:
        return None
    if m.re == _STRIKES:
        return f"Lightning {'just ' * just}struck {thing}{day}{stop(m['end'])}"
    return capitalised(f"{thing} was {'just ' * just}struck by lightning{day}{stop(m['end'])}")


def _storm(text: str) -> str | None:
    """"Sắp có dông." as "A thunderstorm is coming.", "Tối qua có dông." as "There was a thunderstorm last night.",
    "Ngày mai sẽ có mưa dông." as "There will be a thunderstorm tomorrow." (_STORM); None for anything else, and
    one said with no time ("Có dông.": now, or earlier?) or over a month or a year (one, or several?)."""
    m = _STORM.fullmatch(text)
    if not m or "?" in m["end"] or not (m["there"] or m["rain"]) or (day := _day(m, _STORM_DAYS)) is None:
        return None
    aux, end, ahead = keyed(m["aux"] or ""), stop(m["end"]), keyed(m["day"] or "") in _AHEAD
    if aux == "sắp" or aux == "đang":
        return None if day else "A thunderstorm is coming" + end if aux == "sắp" else "There's a thunderstorm" + end
    if aux == "sẽ" or ahead:
        return None if day and not ahead else f"There will be a thunderstorm{day}{end}"
    return f"There was a thunderstorm{day}{end}" if day else None


def _safe(text: str) -> str | None:
    """"Khi có sấm sét, hãy ở trong nhà." as "When there's thunder and lightning, stay inside.", "Đừng ra ngoài khi
    có sét." as "Don't go out when there's lightning." (_SAFE); None for anything else, a "when" said twice or not
    at all, and "đừng" before what to do, or not before what not to."""
    m = _SAFE.fullmatch(text)
    if not m or bool(m["x1"]) == bool(m["x2"]):
        return None
    say, act = keyed(m["say"] or ""), keyed(m["act"])
    if ("không" in say or say == "đừng") != (act in _DONT):  # ("Đừng ở trong nhà …", "Ra ngoài khi có sét.")
        return None
    did = " ".join(filter(None, (_SAY[say], _ACTS[act])))
    when = _WHEN[keyed(m["x1"] or m["x2"])]
    said = f"{capitalised(when)}, {did[0].lower()}{did[1:]}" if m["x1"] else f"{capitalised(did)} {when}"
    return said + stop(m["end"])


def _sky_vi(text: str) -> str | None:
    """"It's thundering." as "Trời đang có sấm.", "There was thunder and lightning all night." as "Trời có sấm sét
    suốt đêm." (_SKY_EN); None for anything else, and the past with no time said or the present with one."""
    m = _SKY_EN.fullmatch(text)
    if not m or (day := _day(m, _BEHIND, "vi")) is None:
        return None
    past = m["ed"] or "was" in (m["be"] or m["there"] or "")
    what = _WHAT_VI[keyed(m["what"] or "thunder")]
    if not past:
        return None if day or m["all"] else f"Trời đang có {what}."
    if not (day or m["all"]) or m["all"] and keyed(day) not in _NIGHTS:
        return None
    return capitalised(f"{day} trời có {what}{' suốt đêm' * bool(m['all'])}.".lstrip())


def _loud_vi(text: str) -> str | None:
    """"The thunder is so loud." as "Sấm to quá.", "The thunder was very loud last night." as "Tối qua sấm rất to."
    (_LOUD_EN); None for anything else, and "was" with no day, or "is" with one."""
    m = _LOUD_EN.fullmatch(text)
    if not m or (day := _day(m, _BEHIND, "vi")) is None or bool(day) != ("was" in m["be"]):
        return None
    loud = "rất to" if m["deg"] == "very" else "to quá"
    return capitalised(f"{day} sấm {loud}.".lstrip())


def _heard_vi(text: str) -> str | None:
    """"I heard thunder." as "Tôi nghe thấy tiếng sấm.", "Did you hear the thunder last night?" as "Tối qua bạn có
    nghe thấy tiếng sấm không?" (_HEARD_EN); None for anything else, "I" asked, "we", "our" asked (chúng tôi, or
    chúng ta?), a pet, and a verb not agreeing."""
    m = _HEARD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (day := _day(m, DAYS_DONE, "vi")) is None:
        return None
    who_, q, aux = who_vi(m)[0], (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    if (m["verb"] == "heard") != (not q and aux in ("", "just")) or q and (aux or who_ == "tôi" or "chúng" in who_):
        return None
    if q == "can" and day or aux in ("can", "just") and day:
        return None
    does = "có" if q else {"": "", "can": "", "just": "vừa", "didn't": "không", "did not": "không"}[aux]
    said = f"{day} {who_} {does} nghe thấy tiếng sấm".replace("  ", " ").strip()
    return capitalised(f"{said} không?" if q else f"{said}.")


def _thing_vi(m: re.Match) -> str | None:
    """What a match of _THING_EN names in Vietnamese: "một cái cây", "nhà tôi", "cây trước nhà mẹ tôi", "cột
    điện"; None for a pet's house, "a tree" by a house, and "the" without a house or "a" with one."""
    kind = m["kind"] and _KINDS_VI[keyed(m["kind"])]
    if m["det"] and m["det"].lower() == "a":
        return None if m["whose"] or m["someone"] else "một cái cây" if kind == "cây" else f"một {kind}"
    if not (m["whose"] or m["someone"]):
        return None if m["near"] else kind  # ("the tree": "cây")
    if pet(m["someone"], "en") or bool(m["near"]) != bool(kind):
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    house = whose and f"nhà {whose}"
    return house and (f"{kind} {_NEAR_VI[keyed(m['near'])]} {house}" if kind else house)


def _struck_vi(text: str) -> str | None:
    """"Lightning struck the tree in front of my house." as "Sét đánh trúng cây trước nhà tôi.", "My house was struck
    by lightning last night." as "Tối qua nhà tôi bị sét đánh." (_STRIKES_EN, _STRUCK_EN); None for anything else."""
    m = _STRIKES_EN.fullmatch(text) or _STRUCK_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or (day := _day(m, DAYS_DONE, "vi")) is None:
        return None
    if (just := bool(m["just"] or m.groupdict().get("just2"))) and day:
        return None
    said = f"sét {'vừa ' * just}đánh trúng {thing}" if m.re == _STRIKES_EN else f"{thing} {'vừa ' * just}bị sét đánh"
    return capitalised(f"{day} {said}.".lstrip())


def _storm_vi(text: str) -> str | None:
    """"A thunderstorm is coming." as "Sắp có dông.", "There was a thunderstorm last night." as "Tối qua có dông.",
    "There will be a thunderstorm tomorrow." as "Ngày mai sẽ có dông." (_STORM_EN); None for anything else."""
    m = _STORM_EN.fullmatch(text)
    if not m or (day := _day(m, _BEHIND | _AHEAD, "vi")) is None:
        return None
    be, ahead = " ".join((m["be"] or "").split()), keyed(day) in _AHEAD
    if m["coming"] or be in ("'s", "is"):
        return None if day else "Sắp có dông." if m["coming"] else "Trời đang có dông."
    if be == "was":
        return f"{day.capitalize()} có dông." if day and not ahead else None
    return None if day and not ahead else capitalised(f"{day} sẽ có dông.".lstrip())


def _safe_vi(text: str) -> str | None:
    """"Stay inside when there's lightning." as "Hãy ở trong nhà khi có sét.", "When there's thunder and lightning,
    don't go out." as "Khi có sấm sét, đừng ra ngoài." (_SAFE_EN); None for anything else."""
    m = _SAFE_EN.fullmatch(text)
    x1, x2 = m and (m["x1"] or m["x1s"]), m and (m["x2"] or m["x2s"])
    if not m or bool(x1) == bool(x2):
        return None
    say, act = " ".join((m["say"] or "").lower().split()), _ACTS_VI[keyed(m["act"])]
    if ("n't" in say or "not" in say) != (act in _DONT):
        return None
    when = "dông" if m["x1s"] or m["x2s"] else _WHAT_VI[keyed(x1 or x2)]
    did = f"{_SAY_VI[say] or 'hãy'} {act}"
    return f"Khi có {when}, {did}{stop(m['end'])}" if x1 else capitalised(f"{did} khi có {when}{stop(m['end'])}")
