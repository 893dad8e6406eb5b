"""Getting caught in the rain, both ways, written whole by rule: who got wet or soaked, caught in the rain, things
wet, the rain stopped, waiting for it to stop, rain gear told and the umbrella forgotten. v8 (rules on) reads "ướt như
chuột lột" as slippery, "mắc mưa" as rained, "tạnh" as thanks or expected, and "soaked" as complaining or drunk:
"Tôi bị ướt như chuột lột." → "I'm wet as slippery.", "Tôi bị ướt hết rồi." → "I'm sweated all.", "Tôi ướt sũng
rồi." → "I wet and then.", "Giày tôi bị ướt hết rồi." → "Wealth I'm wet.", "Tôi bị mắc mưa." → "I was rained.",
"Bạn có bị mắc mưa không?" → "Do you get rain?", "Đợi tạnh mưa đã." → "Waiting for rain.", "Chờ tạnh mưa đã." →
"Thanks to rain.", "Mưa tạnh rồi." → "Rain rain.", "Mang áo mưa đi." → "Mang raincoat go.", "Mặc áo mưa vào." → "By
default raincoat in."; "I got soaked." → "Tôi bị than vãn.", "I'm soaked." → "Tôi đã say xỉn.", "I'm soaked to the
skin." → "Tôi bị vỗ da.", "I got caught in the rain." → "Tôi bị bắt trong mưa." (arrested), "My shoes are soaked." →
"Đôi giày của tôi bị vẹo.", "Wait for the rain to stop." → "Chờ mưa để dừng.", "The rain has stopped." → "Máy mưa đã
dừng lại.", "Put on your raincoat." → "Đặt vào áo mưa.", "I forgot my umbrella." → "Tôi quên ô của tôi." (wordy).

Taken: who (mt.hobbies.WHO, WHO_EN) or a thing of THINGS with whose (mt.hobbies.OWNER: "giày tôi", "tóc của mẹ tôi")
wet, all wet, soaked, soaked to the skin ("ướt như chuột lột"), wet all over or from head to toe: said (now, just, "đã",
on a day done by now: mt.floods.DAYS_DONE), denied or asked; who got caught in the rain ("bị mắc mưa", "dính mưa"),
just, almost, on a day behind, on the way home, to work or school, and got wet with it; the rain stopped, about to, not
yet or asked ("Mưa tạnh chưa?"); waiting for it to stop ("Đợi tạnh mưa đã.": let's; "… rồi hãy về": before we go home;
"Tôi đang đợi tạnh mưa."); an umbrella or a raincoat taken ("Mang áo mưa đi."), a raincoat put on, an umbrella opened;
who forgot their umbrella or raincoat. Left: "I'm wet." and "Are you wet?" (sweat? a swim?), "Did I get wet?", "Am I
soaked?", "Did I get caught in the rain?" (asked of oneself), "mình" waiting without "đã" or "nhé" ("Mình đợi tạnh
mưa.": I or we?), "anh", "chị", "em" alone saying it, the rest of bring_along's ("Mang ô theo nhé.", "Tôi quên mang ô.",
"Take a raincoat.": mt/bring_along.py), an umbrella left at a place (mt/left_behind.py), clothes wet or dry ("My clothes
are wet.", "Quần áo tôi bị ướt.": mt/laundry.py), a floor wet (mt/cautions.py), the weather ("Trời đang mưa.":
mt/weather.py, weather_said.py, weather_asked.py), floods (mt/floods.py), damp (mt/damp.py), and anything else.
mt.phrasebook.translate tries these after mt/teeth.py.

    >>> translate("Tôi bị ướt như chuột lột.", "vi", "en"), translate("I got soaked.", "en", "vi")
    ("I'm soaked to the skin.", 'Tôi bị ướt sũng.')
"""
from __future__ import annotations

import re

from .floods import DAYS_DONE
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_agrees, his_her_of, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed,
                   stop)

# how wet, after "ướt", in English after "is" or "got" (the first Vietnamese of each is written back)
WET = {"sũng": "soaked", "như chuột lột": "soaked to the skin", "hết": "all wet", "hết cả người": "wet all over",
       "cả người": "wet all over", "từ đầu đến chân": "wet from head to toe", "đẫm": "soaked", "nhẹp": "soaked"}
WET_EN = {en: vi for vi, en in reversed(WET.items())} | {
    "soaking wet": "sũng", "drenched": "sũng", "wet through": "sũng", "soaked through": "sũng", "wet": ""}
# what gets wet, with whose ("giày tôi": my shoes)
# (not "quần áo": clothes wet are mt/laundry.py's, washed or rained on)
THINGS = {"giày": "shoes", "tất": "socks", "vớ": "socks", "tóc": "hair", "quần": "trousers", "áo khoác": "jacket",
          "ba lô": "backpack", "túi": "bag", "sách vở": "books"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())}
_MANY = {"shoes", "socks", "trousers", "books"}
# where one was caught in it
WAYS = {"trên đường về nhà": "on the way home", "trên đường về": "on the way home",
        "trên đường đi làm": "on the way to work", "trên đường đi học": "on the way to school"}
WAYS_VI = {en: vi for vi, en in reversed(WAYS.items())}
# the days behind of mt.floods (today too: "Hôm nay tôi bị mắc mưa."), and back
PAST_DAYS = DAYS_DONE
PAST_DAYS_VI = {en: vi for vi, en in reversed(PAST_DAYS.items())}
GEAR = {"ô": "umbrella", "dù": "umbrella", "áo mưa": "raincoat"}
GEAR_VI = {"umbrella": "ô", "raincoat": "áo mưa"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ướt|mưa|(?:quên|mang|cầm|đem|mở|bung)\s+(?:ô|dù)(?!\w))"),
         "en": lazy(r"(?i:wet|soak|drench|\brain|umbrella)")}

_DAY = rf"(?P<day>(?i:{alternatives(PAST_DAYS)}))"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(PAST_DAYS)})))?"
_AUX_WORDS = r"(?P<aux>vừa\s+mới|vừa|đã)\s+|(?P<ask>có)\s+|(?P<not>không)\s+"
_AUX = rf"(?:{_AUX_WORDS})?"
_HOW = rf"ướt(?:\s+(?P<deg>{alternatives(WET)}))?"
# who or what is wet ("Tôi bị ướt như chuột lột.", "Giày tôi bị ướt hết rồi.", "Bạn có bị ướt không?")
_WET = lazy(rf"(?:{_DAY}\s*,?\s+)?(?:{WHO}|(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+của)?\s+{OWNER})\s+{_AUX}"
            rf"(?P<bi>bị\s+)?{_HOW}(?:\s+(?P<done>rồi))?{_DAY2}{ASKED_END}")
# caught in the rain, and wet with it ("Tôi bị mắc mưa trên đường về nhà.", "Tôi bị mắc mưa, ướt hết cả người.")
_CAUGHT = lazy(rf"(?:{_DAY}\s*,?\s+)?{WHO}\s+(?:{_AUX_WORDS}|(?P<almost>suýt(?:\s+nữa)?(?:\s+thì)?)\s+)?"
               rf"(?:bị\s+)?(?:mắc|dính)\s+mưa(?:\s+(?P<way>{alternatives(WAYS)}))?(?:\s+(?P<done>rồi))?{_DAY2}"
               rf"(?P<wet>(?:\s*,\s*|\s+nên\s+|\s+và\s+)(?:bị\s+)?{_HOW}(?:\s+rồi)?)?{ASKED_END}")
# the rain stopped ("Mưa tạnh rồi.", "Tạnh mưa chưa?", "Mưa vẫn chưa tạnh.")
_STOPPED = lazy(r"(?:trời\s+)?(?P<rain>mưa\s+)?(?:(?P<aux>đã|sắp|vẫn\s+chưa|chưa)\s+)?tạnh(?P<rain2>\s+mưa)?"
                r"(?:\s+(?P<tail>rồi|chưa))?(?:\s+(?:à|nhỉ|ạ))?\s*(?P<end>[.!?]*)", re.IGNORECASE)
# waiting for it ("Đợi tạnh mưa đã.", "Chờ mưa tạnh rồi hãy về.", "Tôi đang đợi tạnh mưa.")
_WAIT = lazy(rf"(?:{WHO}\s+(?:(?P<now>đang)\s+)?)?(?:(?i:hãy)\s+)?(?i:đợi|chờ)\s+(?:(?:cho|đến\s+khi|tới\s+khi)\s+)?"
             r"(?:tạnh\s+mưa|mưa\s+tạnh)(?:\s+(?P<first>đã)|\s+rồi\s+(?:hãy\s+|mới\s+)?(?P<go>đi|về(?:\s+nhà)?))?"
             rf"(?:\s+(?P<tell>đi|nhé|nha))?{SOFTENED_END}")
# rain gear told ("Mang áo mưa đi.", "Mặc áo mưa vào.", "Mở ô ra.")
_GEAR = lazy(r"(?:(?:mang|cầm|đem)\s+(?P<gear>ô|dù|áo\s+mưa)\s+đi|(?P<wear>mặc)\s+áo\s+mưa\s+vào(?:\s+đi)?|"
             r"(?:mở|bung)\s+(?:ô|dù)\s+ra(?:\s+đi)?)(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)", re.IGNORECASE)
# the umbrella forgotten ("Tôi quên ô rồi."; "quên mang ô" is mt/bring_along.py's)
_FORGOT = lazy(rf"{WHO}\s+(?:đã\s+)?quên\s+(?P<gear>ô|dù|áo\s+mưa)(?:\s+rồi)?{SOFTENED_END}")

# ... and in English ("I got soaked.", "My shoes are soaked.", "Did you get wet?", "Are you soaked?")
_SUBJ_EN = (rf"(?:{WHO_EN}|(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+"
            rf"(?P<thing>{alternatives(THINGS_VI)}))")
_STATE_EN = rf"(?P<state>{alternatives(WET_EN)})"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(PAST_DAYS_VI)}))?"
_WET_EN = lazy(rf"(?:(?P<q>Did|Are|Is|Am)\s+)?{_SUBJ_EN}(?:{BE_EN}|\s+(?P<got>got|get)|\s+(?P<just>just\s+got)|"
               rf"\s+(?P<didnt>didn['’]t\s+get|did\s+not\s+get))?\s+{_STATE_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_CAUGHT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}\s+(?:(?P<just>just)\s+|(?P<almost>almost|nearly)\s+|"
                  r"(?P<didnt>didn['’]t|did\s+not)\s+)?(?P<got>got|get)\s+caught\s+in\s+the\s+rain"
                  rf"(?:\s+(?P<way>{alternatives(WAYS_VI)}))?{_DAY_EN}(?:\s+and\s+got\s+{_STATE_EN})?"
                  r"\s*(?P<end>[.!?]*)")
_STOPPED_EN = lazy(r"(?:(?P<q>Has)\s+)?(?:(?P<rain>[Tt]he\s+rain)|(?P<it>[Ii]t))(?P<aux>\s+has|['’]s|\s+hasn['’]t|"
                   r"\s+has\s+not|\s+is\s+about\s+to)?\s+(?P<verb>stopped|stop)(?(it)\s+raining|)(?P<yet>\s+yet)?"
                   r"\s*(?P<end>[.!?]*)")
_WAIT_EN = lazy(rf"(?:(?P<lets>Let['’]s|Let\s+us)\s+|{WHO_EN}{BE_EN}\s+)?(?i:wait)(?P<ing>ing)?\s+"
                r"(?:for\s+the\s+rain\s+to\s+stop|(?:until|till)\s+the\s+rain\s+stops)(?:\s+first)?"
                r"(?:\s+before\s+(?P<goer>we|you)\s+(?P<go>go\s+home|go|leave))?\s*(?P<end>[.!]*)")
_GEAR_EN = lazy(r"(?:(?P<put>Put\s+on\s+your\s+raincoat|Put\s+your\s+raincoat\s+on|Wear\s+a\s+raincoat)|"
                r"(?:Open|Put\s+up)\s+your\s+umbrella|Put\s+your\s+umbrella\s+up)\s*(?P<end>[.!]*)", re.IGNORECASE)
_FORGOT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}\s+(?P<verb>forgot|forget)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+"
                  r"(?P<gear>umbrella|raincoat)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who got wet or caught in the rain, a thing wet, the rain stopped or
    waited for, rain gear told or the umbrella forgotten; None for any other."""
    if src == "vi":
        return _wet(text) or _caught(text) or _stopped(text) or _wait(text) or _gear(text) or _forgot(text)
    return (_wet_vi(text) or _caught_vi(text) or _stopped_vi(text) or _wait_vi(text) or _gear_vi(text) or
            _forgot_vi(text))


def _asked_right(m: re.Match) -> bool:
    """Whether a Vietnamese match asks with "có … không?" or says without either (not "Tôi có bị ướt."), and says
    no day twice."""
    asked = bool(m["asked"])
    return asked == ("?" in m["end"]) and bool(m["ask"]) == asked and not (m["day"] and m["day2"])


def _day(m: re.Match) -> str:
    """The day behind of a Vietnamese match in English, with a space before it: " yesterday"; "" for none."""
    day = m["day"] or m["day2"]
    return f" {PAST_DAYS[keyed(day)]}" if day else ""


def _wet(text: str) -> str | None:
    """"Tôi bị ướt như chuột lột." as "I'm soaked to the skin.", "Giày tôi bị ướt hết rồi." as "My shoes are all
    wet.", "Tôi vừa bị ướt sũng." as "I just got soaked.", "Bạn có bị ướt không?" as "Did you get wet?" (_WET); None
    for anything else, and for "Tôi bị ướt." (wet how?)."""
    m = _WET.fullmatch(text)
    if not m or not _asked_right(m) or not (m["bi"] or m["deg"]) or m["not"] and m["deg"]:
        return None
    aux, day, asked = keyed(m["aux"] or ""), _day(m), bool(m["asked"])
    if day and (aux.startswith("vừa") or m["done"]) or (m["aux"] or m["not"]) and m["done"]:
        return None
    if m["thing"]:
        thing = THINGS[keyed(m["thing"])]
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
        said, many = f"{whose} {thing}", thing in _MANY
    elif (found := who(m, asked)) is None or asked and found[0] == "I":
        return None
    else:
        said, many = found[0], False
    state = WET[keyed(m["deg"])] if m["deg"] else "wet"
    if asked:
        return f"Did {said} get {state}{day}?"
    if m["not"]:
        return capitalised(f"{said} didn't get wet{day}.")
    if aux.startswith("vừa"):
        return capitalised(f"{said} just got {state}.")
    if aux or day or not (m["deg"] or m["thing"]):
        return capitalised(f"{said} got {state}{day}{stop(m['end'])}")
    verb = "are" if many else be(said)
    return capitalised(contracted(said, f"{verb} {state}{stop(m['end'])}"))


def _caught(text: str) -> str | None:
    """"Tôi bị mắc mưa." as "I got caught in the rain.", "Hôm qua mẹ tôi bị mắc mưa trên đường về nhà." as "My mother
    got caught in the rain on the way home yesterday.", "Bạn có bị mắc mưa không?" as "Did you get caught in the
    rain?", "Tôi bị mắc mưa, ướt hết cả người." as "… and got wet all over." (_CAUGHT); None for anything else."""
    m = _CAUGHT.fullmatch(text)
    found = m and _asked_right(m) and who(m, bool(m["asked"]))
    if not found or m["asked"] and found[0] == "I":
        return None
    aux, day = keyed(m["aux"] or ""), _day(m)
    if m["wet"] and (m["asked"] or m["not"] or m["almost"]) or day and aux.startswith("vừa"):
        return None
    way = f" {WAYS[keyed(m['way'])]}" if m["way"] else ""
    wet = f" and got {WET[keyed(m['deg'])] if m['deg'] else 'wet'}" if m["wet"] else ""
    if m["asked"]:
        return f"Did {found[0]} get caught in the rain{way}{day}?"
    how = "didn't get" if m["not"] else "just got" if aux.startswith("vừa") else "almost got" if m["almost"] else "got"
    return capitalised(f"{found[0]} {how} caught in the rain{way}{day}{wet}{stop(m['end'])}")


def _stopped(text: str) -> str | None:
    """"Mưa tạnh rồi." as "The rain has stopped.", "Mưa tạnh chưa?" as "Has the rain stopped yet?", "Mưa vẫn chưa
    tạnh." as "The rain still hasn't stopped.", "Mưa sắp tạnh rồi." as "The rain is about to stop." (_STOPPED); None
    for anything else, and for "Mưa tạnh." (when?)."""
    m = _STOPPED.fullmatch(text)
    if not m or bool(m["rain"]) == bool(m["rain2"]):
        return None
    aux, tail, asked = keyed(m["aux"] or ""), m["tail"] or "", "?" in m["end"]
    if aux == "sắp":
        return None if asked or tail == "chưa" else "The rain is about to stop."
    if tail == "chưa":
        return "Has the rain stopped yet?" if asked and not aux else None
    if aux.endswith("chưa"):
        still = aux != "chưa"
        return None if asked or tail else f"The rain {'still ' * still}hasn't stopped{' yet' * (not still)}."
    if aux == "đã" or tail:
        return "Has the rain stopped?" if asked else "The rain has stopped."
    return None


def _wait(text: str) -> str | None:
    """"Đợi tạnh mưa đã." as "Let's wait for the rain to stop.", "Chờ mưa tạnh rồi hãy về." as "… before we go
    home.", "Bạn đợi tạnh mưa rồi hãy đi." as "Wait for the rain to stop before you go.", "Tôi đang đợi tạnh mưa." as
    "I'm waiting for the rain to stop." (_WAIT); None for anything else, for "Đợi tạnh mưa." alone, and for "mình"
    without "đã" or "nhé" ("Mình đợi tạnh mưa.": I or we?)."""
    m = _WAIT.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    said = m["who"] and keyed(m["who"])
    if not said and (m["kin"] or m["title"] or m["given"]) and not m["now"]:
        return None  # ("Mẹ tôi đợi tạnh mưa đã.": not "let's")
    go = f" before {{}} {'go home' if m['go'].startswith('về') else 'go'}" if m["go"] else ""
    if m["now"]:
        found = who(m, False) if said else None
        if found is None or m["first"] or m["go"] or m["tell"]:
            return None
        return capitalised(contracted(found[0], f"{be(found[0])} waiting for the rain to stop."))
    if said == "mình" and not (m["first"] or keyed(m["tell"] or "") in ("nhé", "nha")):
        return None  # ("Mình đợi tạnh mưa.": "I'm waiting …" too, as "Mình bị ướt hết rồi." is "I'm all wet.")
    if said in (None, "chúng ta", "mình") and (m["first"] or m["go"] or m["tell"] or said):
        return f"Let's wait for the rain to stop{go.format('we')}."
    if said == "bạn" and (m["first"] or m["go"]):
        return f"Wait for the rain to stop{go.format('you')}."
    return None


def _gear(text: str) -> str | None:
    """"Mang áo mưa đi." as "Take a raincoat.", "Mang ô đi." as "Take an umbrella.", "Mặc áo mưa vào." as "Put on
    your raincoat.", "Mở ô ra." as "Open your umbrella." (_GEAR); None for anything else."""
    m = _GEAR.fullmatch(text)
    if not m:
        return None
    if m["gear"]:
        gear = GEAR[keyed(m["gear"])]
        return f"Take {'an' if gear == 'umbrella' else 'a'} {gear}."
    return "Put on your raincoat." if m["wear"] else "Open your umbrella."


def _forgot(text: str) -> str | None:
    """"Tôi quên ô rồi." as "I forgot my umbrella.", "Mẹ tôi quên áo mưa." as "My mother forgot her raincoat.", "Họ
    quên áo mưa rồi." as "They forgot their raincoats." (_FORGOT); None for anything else, and for a name alone (his
    or her?)."""
    m = _FORGOT.fullmatch(text)
    found = m and "?" not in m["end"] and who(m, False)
    if not found:
        return None
    whose = EN_WHOSE.get(found[0]) or (his_her_of(m) if m["kin"] or m["titled"] else None)
    if whose is None:
        return None
    many = "s" if found[0] in ("we", "they") else ""  # (each their own: "They forgot their raincoats.")
    return capitalised(f"{found[0]} forgot {whose} {GEAR[keyed(m['gear'])]}{many}.")


def _subject_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who or what of a match of _SUBJ_EN in Vietnamese ("tôi", "giày tôi", "tóc của mẹ tôi"), and whether English
    says "is" of it ("she", "my hair"); None for someone not read."""
    if not m["thing"]:
        return who_vi(m)
    thing = m["thing"].lower()
    if m["owner"]:
        return f"{THINGS_VI[thing]} {WHOSE_VI[m['owner'].lower()]}", thing not in _MANY
    named = someone(m["named"], "en")
    return (f"{THINGS_VI[thing]} của {named}", thing not in _MANY) if named else None


def _wet_vi(text: str) -> str | None:
    """"I got soaked." as "Tôi bị ướt sũng.", "I'm soaked to the skin." as "Tôi bị ướt như chuột lột.", "My shoes are
    wet." as "Giày tôi bị ướt.", "Did you get wet?" as "Bạn có bị ướt không?" (_WET_EN); None for anything else,
    where the verb does not agree with who, and for "I'm wet." (sweat? a swim?)."""
    m = _WET_EN.fullmatch(text)
    if not m or (found := _subject_vi(m)) is None:
        return None
    said, one = found
    q, asked, state = (m["q"] or "").lower(), "?" in m["end"], m["state"].lower()
    verbs = [v for v in ("be", "got", "just", "didnt") if m[v]]
    if bool(q) != asked or len(verbs) > 1 or (q == "did") != (m["got"] == "get") or q and q != "did" and verbs:
        return None
    if asked and said == "tôi":  # ("Did I get wet?", "Am I soaked?": asked of oneself)
        return None
    be_ = q if q and q != "did" else m["be"]
    if be_ is not None:
        agrees = (be_said(be_) == "is") == one if m["thing"] else be_agrees(m, be_)
        if not agrees or m["day"] or state == "wet" and not m["thing"]:
            return None  # ("I'm wet": sweat? a swim?)
    elif not verbs and not q or m["didnt"] and state != "wet" or m["just"] and m["day"]:
        return None
    how = f"ướt {WET_EN[state]}".rstrip()
    day = PAST_DAYS_VI[m["day"]] if m["day"] else ""
    if asked:
        return capitalised(f"{day} {said} có bị {how} không?".strip())
    if m["didnt"]:
        return capitalised(f"{day} {said} không bị {how}.".strip())
    return capitalised(f"{day} {said} {'vừa ' * bool(m['just'])}bị {how}{stop(m['end'])}".strip())


def _caught_vi(text: str) -> str | None:
    """"I got caught in the rain." as "Tôi bị mắc mưa.", "Did you get caught in the rain?" as "Bạn có bị mắc mưa
    không?", "She got caught in the rain on the way home yesterday." as "Hôm qua cô ấy bị mắc mưa trên đường về
    nhà." (_CAUGHT_EN); None for anything else."""
    m = _CAUGHT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["got"] == "get") != bool(m["q"] or m["didnt"]) or (
            m["state"] and (m["q"] or m["didnt"] or m["almost"])) or m["just"] and m["day"]:
        return None
    who_ = who_vi(m)[0]
    if m["q"] and who_ == "tôi":  # ("Did I get caught in the rain?": asked of oneself)
        return None
    how = "có " if m["q"] else "không " if m["didnt"] else "vừa " if m["just"] else "suýt " if m["almost"] else ""
    way = f" {WAYS_VI[m['way']]}" if m["way"] else ""
    wet = f" và bị ướt {WET_EN[m['state'].lower()]}".rstrip() if m["state"] else ""
    day = PAST_DAYS_VI[m["day"]] if m["day"] else ""
    end = " không?" if m["q"] else stop(m["end"])
    return capitalised(f"{day} {who_} {how}bị mắc mưa{way}{wet}{end}".strip())


def _stopped_vi(text: str) -> str | None:
    """"The rain has stopped." as "Mưa tạnh rồi.", "Has it stopped raining?" as "Mưa tạnh chưa?", "The rain hasn't
    stopped yet." as "Mưa vẫn chưa tạnh.", "The rain is about to stop." as "Mưa sắp tạnh rồi." (_STOPPED_EN); None
    for anything else."""
    m = _STOPPED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    if m["q"]:
        return "Mưa tạnh chưa?" if not aux and m["verb"] == "stopped" else None
    if (m["verb"] == "stop") != (aux == "is about to") or m["it"] and aux == "is about to":
        return None
    if aux in ("hasn't", "has not"):
        return "Mưa vẫn chưa tạnh."
    return None if m["yet"] else "Mưa sắp tạnh rồi." if aux == "is about to" else "Mưa tạnh rồi."


def _wait_vi(text: str) -> str | None:
    """"Let's wait for the rain to stop." as "Chúng ta đợi tạnh mưa đã.", "Wait until the rain stops before you go
    home." as "Đợi tạnh mưa rồi hãy về nhà.", "I'm waiting for the rain to stop." as "Tôi đang đợi tạnh mưa."
    (_WAIT_EN); None for anything else, and where "am", "is", "are" does not agree with who."""
    m = _WAIT_EN.fullmatch(text)
    if not m or bool(m["be"]) != bool(m["ing"]) or m["be"] and (m["go"] or not be_agrees(m, m["be"])):
        return None
    if m["be"]:
        return capitalised(f"{who_vi(m)[0]} đang đợi tạnh mưa.")
    if m["goer"] and (m["goer"] == "we") != bool(m["lets"]):
        return None
    go = m["go"] and ("về nhà" if m["go"] == "go home" else "đi")
    rest = f" rồi hãy {go}" if go else " đã"
    return f"{'Chúng ta đợi' if m['lets'] else 'Đợi'} tạnh mưa{rest}."


def _gear_vi(text: str) -> str | None:
    """"Put on your raincoat." as "Mặc áo mưa vào đi.", "Open your umbrella." as "Mở ô ra đi." (_GEAR_EN); None for
    anything else."""
    m = _GEAR_EN.fullmatch(text)
    return None if not m else "Mặc áo mưa vào đi." if m["put"] else "Mở ô ra đi."


def _forgot_vi(text: str) -> str | None:
    """"I forgot my umbrella." as "Tôi quên mang ô.", "Did she forget her raincoat?" as "Cô ấy có quên mang áo mưa
    không?" (_FORGOT_EN); None for anything else, and for another's ("I forgot your umbrella")."""
    m = _FORGOT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "forget") != bool(m["q"]):
        return None
    who_, one = who_vi(m)
    if not own_thing(m, who_, one):
        return None
    gear = GEAR_VI[m["gear"]]
    return capitalised(f"{who_} có quên mang {gear} không?" if m["q"] else f"{who_} quên mang {gear}.")
