"""Electric shocks and sockets shorting, both ways, written whole by rule: who got an electric shock (from a socket,
a charger, a kettle; plugging in the charger), being careful not to get one, a socket, a plug, a charger or the
wiring short-circuiting, sparking or burnt out, a short circuit at someone's house, and the plug not touched with wet
hands. v8 (the rules on) reads "điện giật" as an electrode, "chập" as collapsing and "tóe lửa" as fired, and "shock"
as "sốc" (surprise), "short" as short: "Tôi bị điện giật." → "I'm electrode.", "Con tôi bị điện giật khi cắm sạc."
→ "My child is getting a pulse when plugged out.", "Cẩn thận kẻo bị điện giật." → "Be careful is electrode.", "Ổ
điện bị chập." → "The power drive collapsed.", "Nhà tôi bị chập điện." → "My home was getting power.", "Ổ cắm bị tóe
lửa." → "The drive was fired.", "Đừng cầm phích cắm khi tay ướt." → "Don't stop plugging when wet hands."; "I got an
electric shock from the socket." → "Tôi bị sốc điện từ ổ cắm.", "The socket has short-circuited." → "Ổ cắm mạng có
hoàn cảnh ngắn.", "There was a short circuit at my house." → "Có một mạch máu ngắn ở nhà tôi.", "Don't touch the plug
with wet hands." → "Đừng chạm vào tay ướt.".

Taken: who (mt.hobbies.WHO, WHO_EN) got an electric shock ("bị điện giật", "bị giật điện"): said, "rồi", just,
nearly, on a day behind or today (mt.dates.near_days), denied, asked ("có … không?"), often, never, before, ever
asked ("đã bao giờ … chưa?"), from a thing (FROM: "từ ổ cắm") or while doing (WHILE: "khi cắm sạc"); "Cẩn thận
(kẻo) bị điện giật." ("Be careful not to get a shock."); a socket, a plug, a charger or the wiring ("này": this)
short-circuited ("bị chập", "chập cháy"), burnt out ("bị cháy": not the wiring), sparking ("tóe lửa": sparked, just,
now); a short circuit ("chập điện") at whose house, in the house, or with "rồi" alone; "Đừng / Không được / Đừng bao
giờ" touching the plug, the socket or the switch, plugging in or unplugging, with wet hands. Left: "Chập điện."
alone (a heading), a short circuit asked at a house (is there, or was there?), "mới" after a thing or "nhà" alone
("Ổ cắm mới bị chập.": new, or just?), a pet's house, a pet shocked while doing, "anh", "chị", "em" alone saying
it, "I" asked, "a shock" with no thing or doing in English (a surprise?), "electrocuted" (killed?), a day ahead,
lights flickering ("chập chờn": mt/bulbs.py), the power out (mt/outages.py), a socket broken (mt/broken.py), where
the socket is and plugs that fit (mt/chargers.py), a house on fire (mt/emergencies.py), and anything else.
mt.phrasebook.translate tries these after mt/swallowing.py.

    >>> translate("Tôi bị điện giật.", "vi", "en"), translate("The socket has short-circuited.", "en", "vi")
    ('I got an electric shock.', 'Ổ cắm bị chập.')
"""
from __future__ import annotations

import re

from .dates import NEAR_DAYS, near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, pet, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giật|chập|tóe|toé|cháy|ướt)"), "en": lazy(r"(?i:shock|short|spark|burnt|burned|wet)")}
# the days a shock was got on: behind, or today (not "tối nay", ahead too)
DAYS = near_days(*NEAR_DAYS["behind"], "hôm nay", "sáng nay", "chiều nay", "tuần này", "tháng này", "năm nay")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# what the shock came from ("từ ổ cắm"), and back (the first Vietnamese of each is written back)
FROM = {"ổ cắm": "the socket", "ổ cắm điện": "the socket", "ổ điện": "the socket", "cục sạc": "the charger",
        "sạc": "the charger",
        "phích cắm": "the plug", "ấm siêu tốc": "the kettle", "ấm đun nước": "the kettle",
        "máy giặt": "the washing machine", "tủ lạnh": "the fridge"}
FROM_VI = {en.removeprefix("the "): vi for vi, en in reversed(FROM.items())} | {
    "outlet": "ổ cắm", "power point": "ổ cắm", "electric kettle": "ấm siêu tốc"}
# what one was doing ("khi cắm sạc"), and back
WHILE = {"cắm sạc": "plugging in the charger", "rút sạc": "unplugging the charger",
         "chạm vào ổ cắm": "touching the socket", "chạm vào ổ điện": "touching the socket",
         "rút phích cắm": "pulling out the plug", "sửa ổ cắm": "fixing the socket"}
WHILE_VI = {en: vi for vi, en in reversed(WHILE.items())} | {
    "plugging the charger in": "cắm sạc", "pulling the plug out": "rút phích cắm"}
# what shorts, sparks or burns out, and back ("dây điện", the wiring, is not said "this" nor burnt out)
THINGS = {"ổ cắm": "socket", "ổ cắm điện": "socket", "ổ điện": "socket", "phích cắm": "plug", "sạc": "charger",
          "dây điện": "wiring"}
THINGS_VI = {"socket": "ổ cắm", "outlet": "ổ cắm", "power point": "ổ cắm", "plug": "phích cắm", "charger": "cục sạc",
             "wiring": "dây điện"}
# what is not done with wet hands ("cầm phích cắm": the plug held is the plug touched), and back
_TOUCHED = {"phích cắm": "the plug", "ổ cắm": "the socket", "ổ điện": "the socket", "công tắc": "the switch"}
DOINGS = {f"{verb} {thing}": f"touch {en}" for thing, en in _TOUCHED.items() for verb in ("chạm vào", "cầm", "sờ vào")
          } | {"cắm điện": "plug anything in", "cắm sạc": "plug in the charger", "rút sạc": "unplug the charger",
               "rút phích cắm": "pull out the plug"}
DOINGS_VI = {en: vi for vi, en in reversed(DOINGS.items())} | {
    "plug things in": "cắm điện", "plug the charger in": "cắm sạc", "pull the plug out": "rút phích cắm",
    "handle the plug": "cầm phích cắm"}

# how a shock is said before "bị" and after it ("không", "chưa" asking), and what each says
_AUX = {("", ""): "said", ("đã", ""): "said", ("vừa", ""): "just", ("vừa mới", ""): "just", ("mới", ""): "just",
        ("suýt", ""): "nearly", ("suýt nữa", ""): "nearly", ("suýt nữa thì", ""): "nearly", ("suýt thì", ""): "nearly",
        ("không", ""): "not", ("có", "không"): "asked", ("hay", ""): "often", ("thường", ""): "often",
        ("có hay", "không"): "asked often", ("có thường", "không"): "asked often", ("chưa bao giờ", ""): "never",
        ("chưa từng", ""): "never", ("từng", ""): "before", ("đã từng", ""): "before", ("đã bao giờ", "chưa"): "ever",
        ("có bao giờ", "không"): "ever", ("đã từng", "chưa"): "ever", ("từng", "chưa"): "ever"}
_SHOCKED = r"bị\s+(?:điện\s+giật|giật\s+điện)"
_DAY = rf"(?P<day>(?i:{alternatives(DAYS)}))"
# who got a shock ("Tôi bị điện giật.", "Con tôi bị điện giật khi cắm sạc.", "Bạn có bị điện giật không?")
_SHOCK = lazy(rf"(?:{_DAY}\s*,?\s+)?{WHO}\s+(?:(?P<aux>{alternatives(a for a, _ in _AUX if a)})\s+)?{_SHOCKED}"
              rf"(?:\s+(?:từ|ở)\s+(?:(?:cái|cục|chiếc)\s+)?(?P<src>{alternatives(FROM)})|"
              rf"\s+(?:khi|lúc)\s+(?P<doing>{alternatives(WHILE)}))?(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<day2>{alternatives(DAYS)}))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# being careful of one ("Cẩn thận kẻo bị điện giật.", "Coi chừng bị điện giật đấy!")
_CAREFUL = lazy(r"(?i:cẩn\s+thận|coi\s+chừng)\s*,?\s+(?:(?:kẻo|không\s+thì|không\s+lại)\s+)?(?:bị\s+)?"
                r"(?:điện\s+giật|giật\s+điện)(?:\s+(?:đấy|đó|nhé|nha))?\s*(?P<end>[.!]*)")
# a thing short-circuited, burnt out or sparking ("Ổ điện bị chập.", "Ổ cắm này bị chập rồi.", "Ổ cắm bị tóe lửa.")
_BROKE = lazy(rf"(?:(?i:cái|cục|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?P<this>này))?\s+"
              r"(?:(?P<aux>vừa\s+mới|vừa|mới|đang|có)\s+)?(?P<bi>bị\s+)?(?:(?P<short>chập)(?:\s+điện)?"
              r"(?:\s+(?P<burnt>cháy))?|(?P<burn>cháy)|(?P<spark>t(?:óe|oé)\s+lửa))(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# a short circuit at a house, or just now ("Nhà tôi bị chập điện.", "Chập điện rồi.")
_CIRCUIT = lazy(rf"(?:(?P<home>(?i:nhà))(?:\s+(?:của\s+)?{OWNER})?\s+)?(?:(?P<aux>(?i:vừa\s+mới|vừa|mới))\s+)?"
                rf"(?P<bi>(?i:bị)\s+)?(?i:chập)\s+điện(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# wet hands ("Đừng cầm phích cắm khi tay ướt.", "Không được cắm điện bằng tay ướt.")
_WET = lazy(rf"(?P<dont>(?i:đừng(?:\s+bao\s+giờ)?|không\s+được))\s+(?P<doing>{alternatives(DOINGS)})\s+"
            r"(?:(?:khi|lúc)\s+tay\s+(?:(?:còn|đang)\s+)?ướt|bằng\s+tay\s+ướt)(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")

# ... and in English: the words before "got", "get", "had" and what each says, as _AUX
_AUX_EN = {("", "", "", "got"): "said", ("", "", "just", "got"): "just", ("", "", "nearly", "got"): "nearly",
           ("", "", "almost", "got"): "nearly", ("", "not", "", "get"): "not", ("did", "", "", "get"): "asked",
           ("", "", "often", "get"): "often", ("do", "", "often", "get"): "asked often",
           ("", "have", "never", "had"): "never", ("have", "", "ever", "had"): "ever",
           ("", "have", "", "had"): "before"}
_THE = r"(?:the|a|an)\s+"
_SHOCK_EN = lazy(rf"(?:(?P<q>Did|Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+didn['’]t|\s+did\s+not|\s+have|\s+has|"
                 r"['’]ve|['’]s)?(?:\s+(?P<adv>just|nearly|almost|often|never|ever))?\s+(?P<verb>got|get|gets|had)\s+"
                 r"(?P<what>an\s+electric\s+shock|a\s+shock|electric\s+shocks|shocks)"
                 rf"(?:\s+from\s+{_THE}(?P<src>{alternatives(FROM_VI)})|\s+(?:(?:when|while)\s+)?"
                 rf"(?P<doing>{alternatives(WHILE_VI)}))?(?P<before>\s+before)?"
                 rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_CAREFUL_EN = lazy(r"(?:Be\s+)?(?i:careful)\s*,?\s+(?:not\s+to\s+get|you\s+don['’]t\s+get)\s+"
                   r"(?:a|an\s+electric)\s+shock\s*(?P<end>[.!]*)")
_THING_EN = rf"(?P<det>(?i:the|this))\s+(?P<thing>{alternatives(THINGS_VI)})"
_BROKE_EN = lazy(rf"(?:(?P<q>Has)\s+)?{_THING_EN}(?P<aux>\s+has|['’]s|\s+is)?(?:\s+(?P<just>just))?\s+"
                 r"(?:(?P<short>short-circuited|short\s+circuited|shorted(?:\s+out)?)|"
                 r"(?P<burn>burnt\s+out|burned\s+out)|(?P<spark>sparked|sparking))\s*(?P<end>[.!?]*)")
_SHORT_IN_EN = lazy(rf"There['’]s\s+a\s+short\s+in\s+{_THING_EN}\s*(?P<end>[.!]*)")
_CIRCUIT_EN = lazy(r"There(?P<was>\s+was)?(?:['’]s|\s+has)?(?:\s+(?P<just>just))?(?P<been>\s+been)?\s+a\s+short"
                   rf"(?:\s+|-)circuit(?:\s+(?:at|in)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|"
                   rf"(?P<someone>{SOMEONE_EN})['’]s|(?P<the>the))\s+(?:house|home))?\s*(?P<end>[.!]*)")
_WET_EN = lazy(rf"(?P<dont>Don['’]t|Do\s+not|Never)\s+(?P<doing>{alternatives(DOINGS_VI)})\s+"
               r"(?:with\s+wet\s+hands|when\s+your\s+hands\s+are\s+wet)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an electric shock got or to be careful of, a socket or a plug shorted,
    sparking or burnt out, a short circuit at a house, or the plug not touched with wet hands; None for any other."""
    if src == "vi":
        return _shock(text) or _careful(text) or _broke(text) or _circuit(text) or _wet(text)
    return _shock_vi(text) or _careful_vi(text) or _broke_vi(text) or _circuit_vi(text) or _wet_vi(text)


def _kind(m: re.Match) -> str | None:
    """What a match of _SHOCK says (a value of _AUX), asked only with "?" and "?" only asked; None for anything
    else, a day said twice or with what has none ("Hôm qua tôi hay bị …"), and "rồi" but said plainly."""
    tail = keyed(m["asked"] or "")
    kind = _AUX.get((keyed(m["aux"] or ""), tail))
    if kind is None or bool(tail) != ("?" in m["end"]) or m["day"] and m["day2"] or m["done"] and kind != "said":
        return None
    if (m["day"] or m["day2"]) and kind not in ("said", "nearly", "not", "asked"):
        return None
    if (m["src"] or m["doing"]) and kind in ("not", "never", "before", "ever"):
        return None  # ("I've never had an electric shock from the socket": which socket?)
    return kind


def _shock(text: str) -> str | None:
    """"Tôi bị điện giật." as "I got an electric shock.", "Con tôi bị điện giật khi cắm sạc." as "My child got an
    electric shock plugging in the charger.", "Hôm qua mẹ tôi bị điện giật." as "My mother got an electric shock
    yesterday.", "Bạn có bị điện giật không?" as "Did you get an electric shock?", "Tôi chưa bao giờ bị điện giật."
    as "I've never had an electric shock." (_SHOCK); None for anything else, "I" asked, and a pet doing a thing."""
    m = _SHOCK.fullmatch(text)
    kind = m and _kind(m)
    said = kind and who(m, kind.startswith(("asked", "ever")))
    if not said or said[0] == "I" and kind.startswith(("asked", "ever")) or m["doing"] and animal(m):
        return None
    who_, one = said
    what = f" from {FROM[keyed(m['src'])]}" if m["src"] else f" {WHILE[keyed(m['doing'])]}" if m["doing"] else ""
    day = m["day"] or m["day2"]
    what += f" {DAYS[keyed(day)]}" if day else ""
    if kind == "asked":
        return f"Did {who_} get an electric shock{what}?"
    if kind == "asked often":
        return f"{'Does' if one else 'Do'} {who_} often get electric shocks{what}?"
    if kind == "ever":
        return f"{'Has' if one else 'Have'} {who_} ever had an electric shock?"
    if kind in ("never", "before"):
        have = "has" if one else "have"
        done = f"{have} never had an electric shock" if kind == "never" else f"{have} had an electric shock before"
        return capitalised(contracted(who_, done) + stop(m["end"]))
    said = {"said": "got an electric shock", "just": "just got an electric shock",
            "nearly": "nearly got an electric shock", "not": "didn't get an electric shock",
            "often": f"often {'gets' if one else 'get'} electric shocks"}[kind]
    return capitalised(f"{who_} {said}{what}{stop(m['end'])}")


def _careful(text: str) -> str | None:
    """"Cẩn thận kẻo bị điện giật." as "Be careful not to get a shock." (_CAREFUL); None for anything else."""
    m = _CAREFUL.fullmatch(text)
    return m and f"Be careful not to get a shock{stop(m['end'])}"


def _broke(text: str) -> str | None:
    """"Ổ điện bị chập." as "The socket has short-circuited.", "Ổ cắm này vừa bị chập cháy." as "This socket has just
    short-circuited and burnt out.", "Cái sạc bị cháy rồi." as "The charger has burnt out.", "Ổ cắm bị tóe lửa." as
    "The socket sparked.", "Ổ cắm đang tóe lửa." as "The socket is sparking.", "Ổ cắm có bị chập không?" as "Has
    the socket short-circuited?" (_BROKE); None for anything else, the wiring said "this" or burnt out, and "mới"
    after the thing without "này" (new, or just?)."""
    m = _BROKE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    aux, thing = keyed(m["aux"] or ""), THINGS[keyed(m["thing"])]
    asked, just = aux == "có", aux in ("vừa", "vừa mới", "mới")
    if asked != bool(m["asked"]) or m["done"] and (asked or aux) or thing == "wiring" and (m["this"] or m["burn"]):
        return None
    if (m["burn"] or m["burnt"]) and (not m["bi"] or thing == "wiring") or aux == "đang" and not m["spark"]:
        return None  # ("Ổ cắm cháy": burning now? "chập" and "cháy" are said with "bị")
    if aux == "mới" and not m["this"]:
        return None  # ("Ổ cắm mới bị chập.": the new socket, as often as just; "Ổ cắm này mới …" is just)
    the = "this" if m["this"] else "the"
    if m["spark"]:
        if asked or aux == "đang" and (m["bi"] or m["done"]):
            return None
        said = "is sparking" if aux == "đang" else "just sparked" if just else "sparked"
        return capitalised(f"{the} {thing} {said}{stop(m['end'])}")
    done = "short-circuited and burnt out" if m["burnt"] else "short-circuited" if m["short"] else "burnt out"
    if asked:
        return f"Has {the} {thing} {done}?"
    return capitalised(f"{the} {thing} has {'just ' if just else ''}{done}{stop(m['end'])}")


def _circuit(text: str) -> str | None:
    """"Nhà tôi bị chập điện." as "There was a short circuit at my house.", "Nhà mẹ tôi vừa bị chập điện." as
    "There's just been a short circuit at my mother's house.", "Chập điện rồi." as "There's been a short circuit."
    (_CIRCUIT); None for anything else, "Chập điện." alone (a heading), asked (is there, or was there?), "Nhà mới"
    (the new house, or just?) and a pet's house."""
    m = _CIRCUIT.fullmatch(text)
    if not m or "?" in m["end"] or m["aux"] and m["done"] or not (m["home"] or m["aux"] or m["done"]):
        return None
    if m["home"] and not (m["owner"] or m["someone"]) and keyed(m["aux"] or "") == "mới" or pet(m["someone"], "vi"):
        return None  # ("Nhà mới bị chập điện.": the new house, as often as just; "Nhà con chó của tôi": a kennel)
    where = ""
    if m["home"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi") if m["someone"] else None
        where = f" at {whose}'s house" if m["someone"] and whose else f" at {whose} house" if whose else " in the house"
    if m["aux"]:
        return f"There's just been a short circuit{where}{stop(m['end'])}"
    if m["done"] and not m["home"]:
        return f"There's been a short circuit{stop(m['end'])}"
    return f"There was a short circuit{where}{stop(m['end'])}"


def _wet(text: str) -> str | None:
    """"Đừng cầm phích cắm khi tay ướt." as "Don't touch the plug with wet hands.", "Không được cắm điện bằng tay
    ướt." as "Don't plug anything in with wet hands.", "Đừng bao giờ chạm vào ổ điện khi tay ướt." as "Never touch
    the socket with wet hands." (_WET); None for anything else."""
    m = _WET.fullmatch(text)
    if not m:
        return None
    dont = "Never" if "bao" in m["dont"] else "Don't"
    return f"{dont} {DOINGS[keyed(m['doing'])]} with wet hands{stop(m['end'])}"


def _said_of(m: re.Match) -> str | None:
    """What a match of _SHOCK_EN says (a value of _AUX_EN), its verbs agreeing with who and "shocks" many only as a
    habit; None for anything else ("He get", "Does we", "I has", "I got a shock." with no thing: a surprise?)."""
    q, aux, adv = (m["q"] or "").lower(), keyed((m["aux"] or "").replace("’", "'")), (m["adv"] or "").lower()
    one = who_vi(m)[1]
    if q not in ("", "did") and (q in ("does", "has")) != one or (aux in ("has", "'s")) != one and aux in (
            "has", "'s", "have", "'ve"):
        return None
    neg = "not" if aux in ("didn't", "did not") else "have" if aux in ("have", "has", "'ve", "'s") else ""
    verb = "get" if m["verb"] == "gets" else m["verb"]
    kind = _AUX_EN.get(({"does": "do", "has": "have"}.get(q, q), neg, adv, verb))
    if kind is None or (m["verb"] == "gets") != (kind == "often" and one) or kind == "before" and not m["before"] or (
            m["before"] and kind != "before") or bool(q) != ("?" in m["end"]):
        return None
    many, what = kind.endswith("often"), m["what"].lower()
    if what.endswith("shocks") != many or what in ("a shock", "shocks") and not (m["src"] or m["doing"]):
        return None
    if m["day"] and kind not in ("said", "nearly", "not", "asked") or (m["src"] or m["doing"]) and kind in (
            "not", "never", "before", "ever"):
        return None
    return kind


def _shock_vi(text: str) -> str | None:
    """"I got an electric shock." as "Tôi bị điện giật.", "I got an electric shock from the socket." as "Tôi bị điện
    giật từ ổ cắm.", "My child got an electric shock plugging in the charger." as "Con tôi bị điện giật khi cắm
    sạc.", "Did you get an electric shock yesterday?" as "Hôm qua bạn có bị điện giật không?", "I've never had an
    electric shock." as "Tôi chưa bao giờ bị điện giật." (_SHOCK_EN); None for anything else, "I" asked, and a pet
    doing a thing."""
    m = _SHOCK_EN.fullmatch(text)
    kind = m and _said_of(m)
    if not kind or m["who"] and m["who"].lower() == "i" and m["q"] or m["doing"] and animal(m):
        return None
    who_ = who_vi(m)[0]
    what = f" từ {FROM_VI[keyed(m['src'])]}" if m["src"] else f" khi {WHILE_VI[keyed(m['doing'])]}" if m[
        "doing"] else ""
    how = {"said": "", "just": "vừa ", "nearly": "suýt ", "not": "không ", "asked": "có ", "often": "hay ",
           "asked often": "có hay ", "never": "chưa bao giờ ", "ever": "đã bao giờ ", "before": "đã từng "}[kind]
    tail = " không?" if kind.startswith("asked") else " chưa?" if kind == "ever" else stop(m["end"])
    day = f"{DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{who_} {how}bị điện giật{what}{tail}")


def _careful_vi(text: str) -> str | None:
    """"Be careful not to get a shock." as "Cẩn thận kẻo bị điện giật." (_CAREFUL_EN); None for anything else."""
    m = _CAREFUL_EN.fullmatch(text)
    return m and f"Cẩn thận kẻo bị điện giật{stop(m['end'])}"


def _thing_vi(m: re.Match) -> str | None:
    """The thing of a match of _THING_EN in Vietnamese, opening a sentence: "Ổ cắm", "Phích cắm này"; None for "this
    wiring"."""
    thing, this = THINGS_VI[keyed(m["thing"])], m["det"].lower() == "this"
    return None if this and thing == "dây điện" else capitalised(f"{thing}{' này' * this}")


def _broke_vi(text: str) -> str | None:
    """"The socket has short-circuited." as "Ổ cắm bị chập.", "This plug has just shorted." as "Phích cắm này vừa
    bị chập.", "The charger has burnt out." as "Cục sạc bị cháy.", "The socket sparked." as "Ổ cắm bị tóe lửa.",
    "The socket is sparking." as "Ổ cắm đang tóe lửa.", "There's a short in the socket." as "Ổ cắm bị chập."
    (_BROKE_EN); None for anything else, "is" not sparking, and the wiring said "this" or burnt out."""
    if m := _SHORT_IN_EN.fullmatch(text):
        the = _thing_vi(m)
        return the and f"{the} bị chập{stop(m['end'])}"
    m = _BROKE_EN.fullmatch(text)
    the = m and _thing_vi(m)
    if not the or m["burn"] and the.startswith("Dây"):
        return None
    aux, asked = keyed((m["aux"] or "").replace("’", "'")), bool(m["q"])
    if asked != ("?" in m["end"]) or asked and (aux or m["just"] or m["spark"]) or m["q"] and m["short"] == "shorted":
        return None  # ("Has the socket shorted?" is English too, but rare: left)
    if m["spark"]:
        if (m["spark"] == "sparking") != (aux in ("is", "'s")) or aux == "has" or m["just"] and aux:
            return None
        said = "đang tóe lửa" if aux else "vừa bị tóe lửa" if m["just"] else "bị tóe lửa"
        return f"{the} {said}{stop(m['end'])}"
    if aux == "is":
        return None
    said = "bị chập" if m["short"] else "bị cháy"
    if asked:
        return f"{the} có {said} không?"
    return f"{the} {'vừa ' if m['just'] else ''}{said}{stop(m['end'])}"


def _circuit_vi(text: str) -> str | None:
    """"There was a short circuit at my house." as "Nhà tôi bị chập điện.", "There's just been a short circuit at my
    mother's house." as "Nhà mẹ tôi vừa bị chập điện.", "There's been a short circuit." as "Bị chập điện rồi."
    (_CIRCUIT_EN); None for anything else, "There was a short circuit." with no place, and a pet's house."""
    m = _CIRCUIT_EN.fullmatch(text)
    if not m or bool(m["was"]) == bool(m["been"]) or m["was"] and m["just"] or pet(m["someone"], "en"):
        return None  # ("at my dog's house": its kennel)
    if not (m["owner"] or m["someone"] or m["the"]):
        return None if m["was"] else f"{'Vừa bị' if m['just'] else 'Bị'} chập điện{' rồi' * (not m['just'])}" \
            f"{stop(m['end'])}"
    home = "Nhà" if m["the"] else f"Nhà {WHOSE_VI[m['owner'].lower()] if m['owner'] else someone(m['someone'], 'en')}"
    return f"{home} {'vừa ' if m['just'] else ''}bị chập điện{stop(m['end'])}"


def _wet_vi(text: str) -> str | None:
    """"Don't touch the plug with wet hands." as "Đừng chạm vào phích cắm khi tay ướt.", "Never plug anything in
    with wet hands." as "Đừng bao giờ cắm điện khi tay ướt." (_WET_EN); None for anything else."""
    m = _WET_EN.fullmatch(text)
    if not m:
        return None
    dont = "Đừng bao giờ" if m["dont"] == "Never" else "Đừng"
    return f"{dont} {DOINGS_VI[keyed(m['doing'])]} khi tay ướt{stop(m['end'])}"
