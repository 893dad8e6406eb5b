"""Being drunk, past what mt/smoking.py and mt/hangovers.py take, both ways, written whole by rule: who is or was
dead drunk ("say khướt", "say bí tỉ", "say mèm", "say túy lúy"), a bit tipsy ("ngà ngà say"), drunk yet ("… say
chưa?"), who often drinks too much or gets drunk, who can or can't hold their drink ("uống kém", "tửu lượng kém",
"uống rượu giỏi"), and drink-driving said to be illegal or dangerous. v8 (rules on) reads "say" as said, "quá chén"
as a bowl and "hold" as keep: "Anh ấy say khướt." → "He said softly.", "Tối qua anh ấy say bí tỉ." → "Last night, he
said pumpkins.", "Bố tôi say mèm rồi." → "My father said silk.", "Tôi ngà ngà say rồi." → "I'm getting a shrunk.",
"Bố tôi hay uống quá chén." → "I'm usually drinking too bowl.", "Tửu lượng của tôi kém." → "Myity is poor.", "Say
rượu lái xe là phạm luật." → "Driving alcohol is a law."; "He was completely drunk last night." → "Anh ấy hoàn toàn
say tối qua.", "Are you drunk yet?" → "Bạn có say xỉn không?", "I can't hold my drink." → "Tôi không thể giữ thức
uống.", "Drink-driving is illegal." → "Uống rượu là bất hợp pháp.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) dead drunk ("completely drunk") now ("say khướt (rồi)"), or on a day behind
(mt.dates.near_days: "Tối qua …", "… last night"), got so drunk ("uống say bí tỉ", "got completely drunk") on a day
behind; who is a bit tipsy ("(hơi) ngà ngà say"), now or on a day behind; who is drunk yet, asked ("Bạn say chưa?", "Is
he drunk yet?"; not of oneself); who often (mt.hobbies.SELDOM, HABIT_VI) drinks too much ("uống quá chén") or gets drunk
("say xỉn", "say rượu", "uống say"), asked ("có hay … không?"); who can't ("uống (rượu) kém, yếu", "tửu lượng kém, yếu,
thấp", "uống … không giỏi") or can ("uống (rượu) giỏi", "uống rượu khỏe", "tửu lượng tốt, cao") hold their drink, really
("rất", "lắm", "quá", "thế", "vậy"), asked ("có giỏi không?"; not of oneself); drink-driving ("say rượu lái xe", "lái xe
khi say rượu", "uống rượu lái xe") illegal, against the law, banned, dangerous. Left: "say", "say rồi", "hơi say", "say
quá", "không say", "chưa say", "say rồi à?", "quá chén rồi", "drunk", "a bit tipsy", "I'm not drunk" (mt/smoking.py),
"bị say rượu", "uống say rồi", "still drunk", "got drunk", "too drunk to drive", "don't drink and drive"
(mt/hangovers.py), "… say rồi, đừng lái xe" (mt/drinking_out.py), fined for drink-driving (mt/fines.py), "say xe", "say
sóng" (mt/travel_sickness.py), "say nắng" (mt/emergencies.py), "say mê", "say sưa", "ngủ say" (passion, sleep), "never
drinks" (mt/smoking.py), dead drunk with no day in the past ("đã say khướt": when?) or asked, "uống say khướt" with no
"rồi" or day (a habit?), "hay say xỉn lắm, quá, thế" (so often), a child's "uống kém" (milk?) or "say chưa?" (carsick?),
a name alone holding "his" or "her" drink in Vietnamese, "I'm a lightweight" (boxing?), "anh", "chị", "em" alone saying
it, "nhỉ" on a statement, and anything else.
mt.phrasebook.translate tries these after mt/pawnshops.py.

    >>> translate("Tối qua anh ấy say bí tỉ.", "vi", "en"), translate("I can't hold my drink.", "en", "vi")
    ('He was completely drunk last night.', 'Tôi uống rượu kém.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_agrees, own_thing, who, who_vi, whose_own
from .lazy_re import lazy
from .people import CHILD_KIN
from .rule_keys import key_checked
from .text import PAST_BE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:\bsay|quá\s+chén|\buống|tửu\s+lượng)"), "en": lazy(r"(?i:drunk|drink|liquor|alcohol|booze)")}
# the days behind that say when who was drunk (the first Vietnamese of each English is written back)
_DAYS = near_days("tối qua", "tối hôm qua", "đêm qua", "hôm qua", "hôm kia", "cuối tuần trước", "cuối tuần rồi")
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
# dead drunk, in Vietnamese ("say khướt", "say bí tỉ" …), and in English after "is" or "got"
_VERY = ("khướt", "bí tỉ", "mèm", "túy lúy", "tuý luý")
_VERY_EN = r"(?P<how>completely|totally|absolutely|dead|blind)"
# who is dead drunk or tipsy, now or on a day behind ("Anh ấy say khướt.", "Tối qua anh ấy uống say bí tỉ.", "Tôi
# ngà ngà say rồi.")
_DRUNK = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<did>đã)\s+)?(?:(?P<bit>(?:hơi\s+)?ngà\s+ngà\s+say)|(?P<drank>uống\s+|nhậu\s+)?"
              rf"say\s+(?:rượu\s+)?(?P<very>{alternatives(_VERY)}))(?:\s+(?P<done>rồi))?{_DAY}{SOFTENED_END}")
# drunk yet, asked ("Bạn say chưa?", "Anh ấy đã say rồi chưa?")
_YET = lazy(rf"{WHO}\s+(?:đã\s+)?say(?:\s+rượu)?(?:\s+rồi)?\s+chưa{SOFTENED_END}")
# how often who drinks too much or gets drunk ("Bố tôi hay uống quá chén.", "Anh ấy có hay say xỉn không?")
_ACTS = {"uống quá chén": "drink too much", "quá chén": "drink too much", "say xỉn": "get drunk",
         "say rượu": "get drunk", "uống say": "get drunk"}
# ("… thế", "… vậy" said: "so often", as group "so")
_OFTEN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<often>{alternatives(SELDOM)})\s+(?P<act>{alternatives(_ACTS)})"
              rf"(?:\s+(?P<so>thế|vậy))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# who holds their drink, or can't ("Tôi uống kém lắm.", "Tửu lượng của tôi kém.", "Bạn uống rượu có giỏi không?");
# True where they can ("uống khỏe" only of drink named: "Con tôi ăn khỏe uống khỏe" is not of alcohol)
_HOLD = {"kém": False, "yếu": False, "giỏi": True, "khỏe": True}
_CAPACITY = {"kém": False, "yếu": False, "thấp": False, "tốt": True, "cao": True}
# ("thế", "vậy" after how are "so", as "lắm" and "quá": "Bạn uống giỏi thế!", really)
_HOW = (r"\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very0>rất)\s+)?(?P<how>{})(?:\s+(?P<very>lắm|quá|thế|vậy))?"
        rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_HOLDS = lazy(rf"{WHO}\s+(?:(?P<tl>tửu\s+lượng)|uống(?:\s+(?P<what>rượu|bia))?)"
              + _HOW.format(alternatives(_HOLD | _CAPACITY)))
_CAPACITY_OF = lazy(rf"[Tt]ửu\s+lượng\s+(?:của\s+)?{WHO}" + _HOW.format(alternatives(_CAPACITY)))
# drink-driving, and what it is ("Say rượu lái xe là phạm luật.", "Lái xe khi say rượu rất nguy hiểm.")
_IS = {"là phạm pháp": "illegal", "là phạm luật": "against the law", "là vi phạm pháp luật": "against the law",
       "bị cấm": "banned", "bị nghiêm cấm": "strictly forbidden", "rất nguy hiểm": "very dangerous",
       "là rất nguy hiểm": "very dangerous", "nguy hiểm lắm": "very dangerous", "là nguy hiểm": "dangerous"}
_DRIVE = lazy(r"(?i:say\s+rượu(?:\s+mà)?\s+lái\s+xe|lái\s+xe\s+khi\s+(?:đã\s+)?say(?:\s+rượu)?|uống\s+rượu(?:\s+bia)?"
              rf"(?:\s+rồi)?\s+lái\s+xe)\s+(?P<is>{alternatives(_IS)})\s*(?P<end>[.!]*)")

# ... and in English
_BE_EN = r"(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|['’]s|['’]m|['’]re)"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?"
_DRUNK_EN = lazy(rf"{WHO_EN}(?:{_BE_EN}|\s+(?P<got>got))\s+{_VERY_EN}\s+drunk{_DAY_EN}\s*(?P<end>[.!]*)")
_YET_EN = lazy(rf"(?P<be>Is|Are|Am)\s+{WHO_EN}\s+drunk\s+yet\s*\?+")
_OFTEN_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?P<often>often|always|sometimes|rarely|usually|"
                 r"never)\s+(?:(?P<drink>drinks?)\s+too\s+much|(?P<get>gets?)\s+drunk)\s*(?P<end>[.!?]*)")
_HOLD_EN = lazy(rf"(?:(?P<q>Can)\s+)?{WHO_EN}(?:\s+(?P<really>really))?(?P<can>\s+can['’]t|\s+cannot|\s+can\s+not|"
                r"\s+can)?(?:\s+(?P<really2>really))?\s+hold\s+(?P<owner>(?i:my|your|his|her|our|their))\s+"
                r"(?:drink|liquor|alcohol|booze)\s*(?P<end>[.!?]*)")
_IS_EN = {"illegal": "là phạm pháp", "against the law": "là phạm luật", "banned": "bị cấm", "forbidden": "bị cấm",
          "not allowed": "bị cấm", "strictly forbidden": "bị nghiêm cấm", "dangerous": "là nguy hiểm",
          "very dangerous": "rất nguy hiểm", "really dangerous": "rất nguy hiểm", "so dangerous": "rất nguy hiểm"}
_DRIVE_EN = lazy(r"(?:(?:[Dd]rink|[Dd]runk)(?:-|\s+)driving|[Dd]riving\s+(?:(?:while|when)\s+)?drunk)\s+"
                 rf"(?:is|['’]s)\s+(?P<is>{alternatives(_IS_EN)})\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who is dead drunk or tipsy, asks whether who is drunk yet, says how
    often who drinks too much, whether who can hold their drink, or what drink-driving is; None for any other."""
    if src == "vi":
        return _drunk(text) or _yet(text) or _often(text) or _holds(text) or _drive(text)
    return _drunk_vi(text) or _yet_vi(text) or _often_vi(text) or _holds_vi(text) or _drive_vi(text)


def _said(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one (mt.hobbies.who); None for a pet and for "anh", "chị",
    "em" alone saying it."""
    return None if animal(m) else who(m, asked)


def _drunk(text: str) -> str | None:
    """"Anh ấy say khướt." as "He's completely drunk.", "Tối qua anh ấy say bí tỉ." as "He was completely drunk last
    night.", "Tối qua chúng tôi uống say khướt." as "We got completely drunk last night.", "Tôi ngà ngà say rồi." as
    "I'm a bit tipsy." (_DRUNK); None for anything else, asked, and for "đã" or "uống say" with no day and no "rồi"
    (when? or a habit?)."""
    m = _DRUNK.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or (said := _said(m, False)) is None:
        return None
    day = m["day0"] or m["day"]
    if day and m["done"] or not day and (m["did"] or m["drank"] and not m["done"]):
        return None  # ("Tối qua … rồi"; "Anh ấy đã say khướt.": when?; "Anh ấy uống say khướt.": a habit?)
    who_, state = said[0], "a bit tipsy" if m["bit"] else "completely drunk"
    if not day:
        return capitalised(contracted(who_, f"{be(who_)} {state}") + stop(m["end"]))
    did = "got" if m["drank"] else PAST_BE[be(who_)]
    return capitalised(f"{who_} {did} {state} {_DAYS[keyed(day)]}{stop(m['end'])}")


def _yet(text: str) -> str | None:
    """"Bạn say chưa?" as "Are you drunk yet?", "Anh ấy say rồi chưa?" as "Is he drunk yet?" (_YET); None for
    anything else, asked of oneself ("Tôi say chưa?"), and of a child ("Con tôi say chưa?": carsick? fast asleep?)."""
    m = _YET.fullmatch(text)
    said = m and "?" in m["end"] and _said(m, True)
    if not said or said[0] in ("I", "we") or keyed(m["kin"] or "") in CHILD_KIN:
        return None
    return f"{be(said[0]).capitalize()} {said[0]} drunk yet?"


def _often(text: str) -> str | None:
    """"Bố tôi hay uống quá chén." as "My father often drinks too much.", "Anh ấy thỉnh thoảng say xỉn." as "He
    sometimes gets drunk.", "Anh ấy có hay say xỉn không?" as "Does he often get drunk?" (_OFTEN); None for anything
    else, asked but of "hay" or "thường", and "so often" ("… thế", "… vậy")."""
    m = _OFTEN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    often = SELDOM[keyed(m["often"])]
    said = _said(m, asked)
    if said is None or asked and (often != "often" or said[0] == "I") or m["so"]:
        return None  # ("Anh ấy hay say xỉn thế.": so often, as "lắm" and "quá" are left)
    verb, rest = _ACTS[keyed(m["act"])].split(" ", 1)
    return present(*said, verb, rest, asked, end=m["end"], adverb=f"{often} ")


def _holds(text: str) -> str | None:
    """"Tôi uống kém lắm." as "I really can't hold my drink.", "Tửu lượng của tôi kém." as "I can't hold my drink.",
    "Anh ấy uống rượu giỏi." as "He can hold his drink.", "Bạn uống rượu có giỏi không?" as "Can you hold your
    drink?" (_HOLDS, _CAPACITY_OF), "Bạn uống giỏi thế!" as "You can really hold your drink!"; None for anything
    else, a child (milk?), and a name alone (his or her?)."""
    m = _HOLDS.fullmatch(text) or _CAPACITY_OF.fullmatch(text)
    if not m:
        return None
    how, asked, capacity = keyed(m["how"]), bool(m["asked"]), m.re == _CAPACITY_OF or m["tl"]
    can = (_CAPACITY if capacity else _HOLD).get(how)
    very = bool(m["very0"] or m["very"])
    if can is None or how == "khỏe" and not m.groupdict().get("what") or keyed(m["kin"] or "") in CHILD_KIN:
        return None
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    if asked and (not can or very) or m["not"] and (not can or very):
        return None  # ("có kém không?", "không kém": not said so)
    said = _said(m, asked)
    whose = said and whose_own(m, said[0])
    if not whose or asked and said[0] in ("I", "we"):
        return None
    who_ = said[0]
    if asked:
        return f"Can {who_} hold {whose} drink?"
    if can and not m["not"]:
        return capitalised(f"{who_} can {'really ' * very}hold {whose} drink{stop(m['end'])}")
    return capitalised(f"{who_} {'really ' * very}can't hold {whose} drink{stop(m['end'])}")


def _drive(text: str) -> str | None:
    """"Say rượu lái xe là phạm luật." as "Drink-driving is against the law.", "Lái xe khi say rượu rất nguy hiểm."
    as "Drink-driving is very dangerous." (_DRIVE); None for anything else."""
    m = _DRIVE.fullmatch(text)
    return m and f"Drink-driving is {_IS[keyed(m['is'])]}{stop(m['end'])}"


def _drunk_vi(text: str) -> str | None:
    """"He's completely drunk." as "Anh ấy say bí tỉ rồi.", "He was completely drunk last night." as "Tối qua anh ấy
    say bí tỉ.", "We got completely drunk last night." as "Tối qua chúng tôi uống say bí tỉ." (_DRUNK_EN); None for
    anything else, where "is" does not agree with who, a day with the present, and "was" with no day (when?)."""
    m = _DRUNK_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_ = who_vi(m)[0]
    past = bool(m["got"]) or m["be"] is not None and m["be"].strip().lower() in ("was", "were")
    if m["be"] is not None and not be_agrees(m, m["be"], past) or bool(m["day"]) != past and not m["got"]:
        return None
    day = _DAYS_EN[keyed(m["day"])] if m["day"] else ""
    end = stop(m["end"])
    if m["got"]:
        return capitalised(f"{day} {who_} uống say bí tỉ{end}" if day else f"{who_} đã uống say bí tỉ{end}")
    return capitalised(f"{day} {who_} say bí tỉ{end}" if day else f"{who_} say bí tỉ rồi{end}")


def _yet_vi(text: str) -> str | None:
    """"Are you drunk yet?" as "Bạn say chưa?", "Is my father drunk yet?" as "Bố tôi say chưa?" (_YET_EN); None for
    anything else, where "is" does not agree with who, and asked of oneself."""
    m = _YET_EN.fullmatch(text)
    if not m or not be_agrees(m, m["be"]) or animal(m) or (who_ := who_vi(m)[0]) in ("tôi", "chúng tôi"):
        return None
    return capitalised(f"{who_} say chưa?")


def _often_vi(text: str) -> str | None:
    """"My father often drinks too much." as "Bố tôi hay uống quá chén.", "She sometimes gets drunk." as "Cô ấy thỉnh
    thoảng say xỉn.", "Does he often drink too much?" as "Anh ấy có hay uống quá chén không?" (_OFTEN_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _OFTEN_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb = m["drink"] or m["get"]
    s = verb.endswith("s")
    if m["do"] and (s or (m["do"] == "Does") != one or m["often"] != "often" or who_ == "tôi"):
        return None
    if not m["do"] and s != one:
        return None
    act = "uống quá chén" if m["drink"] else "say xỉn"
    if m["do"]:
        return capitalised(f"{who_} có hay {act} không?")
    return capitalised(f"{who_} {HABIT_VI[m['often']]} {act}{stop(m['end'])}")


def _holds_vi(text: str) -> str | None:
    """"I can't hold my drink." as "Tôi uống rượu kém.", "I really can't hold my drink." as "Tôi uống rượu kém lắm.",
    "He can hold his drink." as "Anh ấy uống rượu giỏi.", "Can you hold your drink?" as "Bạn uống rượu có giỏi
    không?" (_HOLD_EN); None for anything else, another's drink ("I can't hold your drink.": carry it), and asked
    of oneself ("Can we hold our drink?")."""
    m = _HOLD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["can"]) or animal(m):
        return None
    who_, one = who_vi(m)
    if own_thing(m, who_, one) is not True or m["really"] and m["really2"]:
        return None
    if m["q"]:  # (asked of oneself, "we" too, left as the other way leaves it)
        if m["really"] or m["really2"] or who_ in ("tôi", "chúng tôi"):
            return None
        return capitalised(f"{who_} uống rượu có giỏi không?")
    cant = keyed(m["can"]) != "can"
    if cant and m["really2"] or not cant and m["really"]:
        return None  # ("can't really hold": not quite; "really can hold": insisted)
    very = " lắm" if m["really"] or m["really2"] else ""
    return capitalised(f"{who_} uống rượu {'kém' if cant else 'giỏi'}{very}{stop(m['end'])}")


def _drive_vi(text: str) -> str | None:
    """"Drink-driving is illegal." as "Lái xe khi say rượu là phạm pháp.", "Drunk driving is dangerous." as "Lái xe
    khi say rượu là nguy hiểm." (_DRIVE_EN); None for anything else."""
    m = _DRIVE_EN.fullmatch(text)
    return m and f"Lái xe khi say rượu {_IS_EN[keyed(m['is'])]}{stop(m['end'])}"
