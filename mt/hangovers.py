"""Hangovers, being drunk and drink-driving, what mt/smoking.py leaves, both ways, written whole by rule. v8 (every
rule on) reads "bị say rượu" as sick, "tỉnh" as awake, "còn say" as said and a hangover as a toy or a singer: "Tôi bị
say rượu." → "I'm sick.", "Anh ấy uống say rồi." → "He drinks.", "Sáng nay tôi bị mệt vì uống nhiều." → "This
morning, I'm tired of drinking lots.", "Anh ấy say quá không lái xe được." → "He's too hard to drive the car.", "Anh
ấy vẫn còn say." → "He still said.", "Tôi tỉnh rượu rồi." → "I awoke to alcohol.", "Anh ấy tỉnh rượu chưa?" → "Is he
awoke of alcohol?", "Tôi bị nhức đầu vì uống rượu." → "I'm headache for drinking alcohol.", "Đã uống rượu thì không
lái xe." → "Alcohol drinking isn't driving.", "Bạn đã uống mấy cốc bia rồi?" → "Do you drink a few glasses of beer?";
"I have a hangover." → "Tôi có đồ chơi.", "He's got a terrible hangover." → "Anh ta có một ca sĩ khủng khiếp.", "I'm
sober." → "Tôi rấtber.", "Is he sober yet?" → "Anh ta vẫn chưa?", "He's too drunk to drive." → "Anh ta quá say rượu để
lái xe.", "How many beers have you had?" → "Bạn có bao nhiêu bia?", "Don't drive drunk." → "Đừng chạy ổ đĩa.".

Taken: who (mt.hobbies.WHO, WHO_EN) has a (bad) hangover ("bị mệt vì say rượu", "mệt vì uống nhiều", "nôn nao vì
say rượu"; "I'm hungover") or a headache from drinking ("nhức đầu vì uống rượu"), this morning or on a day behind,
asked; who is drunk ("bị say rượu", "uống say rồi"), got drunk ("uống say", "đã say rượu") on a day behind or at the
party, asked; who is still drunk ("vẫn còn say"), asked; who is too drunk to drive ("say quá không lái xe được"); don't
drink and drive ("Đã uống rượu thì không lái xe.", "Đừng lái xe khi say rượu."), who shouldn't; who is sober, has
sobered up ("tỉnh rượu rồi"), isn't sober yet ("chưa tỉnh rượu"), asked ("… tỉnh rượu chưa?"); how many beers who has
had ("mấy cốc bia rồi?"), or had on a day behind; who feels awful after last night ("thấy trong người khó chịu quá sau
tối qua"). Days by mt.free_time.when with mt.dates.NEAR_SPANS. Left: "say", "say rồi", "hơi say", "không say", "say"
with a day and who had too much to drink (mt/smoking.py's), "anh", "chị", "em" alone saying it (mt.hobbies.who), "uống
say" and "tỉnh rượu" with no tense (a habit, or now?), "tỉnh táo" and "tỉnh" alone (awake, or sober?), beers had said
("Tôi mới uống hai cốc bia.": just, or only?), a day ahead, a headache from drinking in English (v8 gets it right).
mt.phrasebook.translate tries these after mt/bargaining.py.

    >>> translate("Tôi bị say rượu.", "vi", "en"), translate("I have a hangover.", "en", "vi")
    ("I'm drunk.", 'Tôi bị mệt vì say rượu.')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .free_time import DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .text import BE_EN, SOFTENED_END, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\bsay|rượu|bia|\buống|khó\s+chịu)"),
         "en": lazy(r"(?i:\bhang|\bhung|drunk|sober|drink|beer|(?:awful|terrible|horrible|rough)\s+after)")}

_PARTY = r"(?P<party>\s+(?:ở|tại)\s+(?:bữa\s+)?tiệc)?"
_DRUNK = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|(?P<did>đã)\s+|(?P<still>vẫn\s+còn|vẫn|còn)\s+)?"
              rf"(?P<how>bị\s+say\s+rượu|uống\s+say|say(?:\s+rượu)?){_PARTY}(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<q>không|à|hả))?{SOFTENED_END}")
# ("được" or "thể" must say it: "say quá, không lái xe" may be "so he isn't driving")
_TOO_DRUNK = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<did>đã)\s+)?(?:bị\s+)?say(?:\s+rượu)?\s+quá(?:\s+rồi)?"
                  r"(?:\s*,|\s+nên)?\s+không\s+(?:(?P<can>thể)\s+)?lái(?:\s+xe)?(?P<home>\s+về\s+nhà)?"
                  rf"(?:\s+(?P<able>được))?(?:\s+(?:nữa|đâu))?{SOFTENED_END}")
_WINE = r"uống\s+rượu(?:\s+bia)?"
_DRINK_DRIVE = lazy(rf"(?i:(?:đã\s+)?{_WINE}\s+thì\s+(?:đừng|không(?:\s+được)?)\s+lái\s+xe|"
                    rf"(?:không|đừng)\s+lái\s+xe\s+(?:sau\s+)?khi\s+(?:đã\s+)?{_WINE}|đừng\s+{_WINE}\s+rồi\s+"
                    r"lái\s+xe|đừng\s+lái\s+xe\s+khi\s+(?P<drunk>say(?:\s+rượu)?))\s*[.!]*")
_SHOULDNT = lazy(rf"{WHO}\s+không\s+nên\s+{_WINE}\s+rồi\s+lái\s+xe{SOFTENED_END}")
_HANGOVER = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|đang\s+)?(?:bị\s+|(?:cảm\s+)?thấy\s+)?"
                 r"(?P<feel>mệt|nôn\s+nao|nhức\s+đầu|đau\s+đầu)(?:\s+(?P<very>lắm|quá))?\s+"
                 r"(?:vì|do|(?P<after>sau\s+khi))\s+"
                 r"(?:(?P<night0>tối\s+qua|đêm\s+qua)\s+)?(?:đã\s+)?(?P<cause>say\s+rượu|uống\s+rượu(?:\s+bia)?|"
                 r"uống\s+bia|uống\s+nhiều(?:\s+quá)?|uống\s+quá\s+nhiều)(?:\s+(?P<night>tối\s+qua|đêm\s+qua))?"
                 rf"(?:\s+(?P<q>không))?{SOFTENED_END}")
_SOBER = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<did>đã)\s+|(?P<not>chưa)\s+)?tỉnh\s+rượu(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<q>chưa|không|à|hả))?{SOFTENED_END}")
_UNITS = {"cốc": "beers", "ly": "beers", "chai": "bottles of beer", "lon": "cans of beer"}
_BEERS = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<did>đã)\s+)?uống\s+(?:mấy|bao\s+nhiêu)\s+(?P<unit>cốc|ly|chai|lon)"
              rf"\s+bia(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_AFTER = {"tối qua": "last night", "đêm qua": "last night", "hôm qua": "yesterday", "bữa tiệc": "the party"}
_AFTER_VI = {"last night": "tối qua", "yesterday": "hôm qua", "the party": "bữa tiệc"}
_AWFUL = lazy(rf"{WHO}\s+(?:cảm\s+)?thấy\s+(?:trong\s+)?người\s+khó\s+chịu(?:\s+(?:quá|lắm))?\s+sau\s+"
              rf"(?P<after>tối\s+qua|đêm\s+qua|hôm\s+qua|bữa\s+tiệc){SOFTENED_END}")

# ... and in English
_BAD = r"(?P<bad>bad|terrible|horrible|massive|huge|killer|really\s+bad)"
_HANGOVER_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?P<have>\s+have|\s+has|\s+had|['’]ve\s+got|"
                    rf"['’]s\s+got|\s+have\s+got|\s+has\s+got)\s+(?:a(?:\s+{_BAD})?|an\s+(?P<awful>awful))\s+"
                    rf"hangover{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_HUNGOVER_EN = lazy(rf"(?:(?P<be0>Is|Are|Am|Was|Were)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|"
                    rf"['’]s|['’]m|['’]re)?(?:\s+(?P<bad>so|really|very))?\s+hung\s*over{DAY_AFTER_EN}"
                    r"\s*(?P<end>[.!?]*)")
_TOO_DRUNK_EN = lazy(rf"{WHO_EN}(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|['’]s|['’]m|['’]re)(?:\s+(?:way|far))?"
                     rf"\s+too\s+drunk\s+to\s+drive(?P<home>\s+home)?{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_DRINK_DRIVE_EN = lazy(r"(?:Please,?\s+)?(?P<no>(?i:don['’]t|do\s+not|never))\s+(?:(?P<drunk>drive\s+drunk|"
                       r"drink-drive)|drink\s+and\s+drive)(?:,?\s+please)?\s*[.!]*")
_SHOULDNT_EN = lazy(rf"{WHO_EN}\s+(?:shouldn['’]t|should\s+not)\s+drink\s+and\s+drive\s*[.!]*")
_GOT_DRUNK_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}\s+(?P<got>got|get)\s+drunk(?:\s+at\s+(?P<a>the|a)\s+"
                     rf"party)?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_STILL_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?\s+still\s+drunk\s*(?P<end>[.!?]*)")
_SOBER_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?(?:\s+(?P<how>completely|"
                 r"totally))?\s+sober(?:\s+(?P<yet>yet|now))?\s*(?P<end>[.!?]*)")
_SOBERED_EN = lazy(rf"(?:(?P<has0>Has|Have)\s+)?{WHO_EN}(?P<has>['’]s|['’]ve|\s+has|\s+have)?(?:\s+just)?"
                   r"\s+sobered\s+up(?:\s+(?P<yet>yet|now))?\s*(?P<end>[.!?]*)")
_UNITS_EN = {"beers": "cốc bia", "glasses of beer": "cốc bia", "pints of beer": "cốc bia",
             "bottles of beer": "chai bia", "cans of beer": "lon bia", "drinks": "ly"}
_HOW_MANY_EN = lazy(r"How\s+many\s+(?P<what>beers|drinks|(?:glasses|pints|bottles|cans)\s+of\s+beer)\s+"
                    rf"(?P<aux>have|has|did)\s+{WHO_EN}\s+(?P<verb>had|have|drunk|"
                    rf"drink){DAY_AFTER_EN}\s*\?+")
_AWFUL_EN = lazy(rf"{WHO_EN}\s+(?P<feel>feels?|felt)\s+(?:(?:so|really)\s+)?(?:awful|terrible|horrible|rough)\s+"
                 r"after\s+(?P<after>last\s+night|yesterday|the\s+party)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has a hangover, is drunk or sober, had how many beers, or
    that one should not drink and drive; None for any other."""
    if src == "vi":
        return (_drunk(text) or _too_drunk(text) or _drink_drive(text) or _hangover(text) or _sober(text) or
                _beers(text) or _awful(text))
    text = text.replace("’", "'")
    return (_hangover_vi(text) or _too_drunk_vi(text) or _drink_drive_vi(text) or _got_drunk_vi(text) or
            _still_vi(text) or _sober_vi(text) or _beers_vi(text) or _awful_vi(text))


def _said(m: re.Match, asking: tuple[str, ...] = ("không", "à", "hả")) -> tuple[str, bool, bool, str] | None:
    """Who of a Vietnamese match in English, whether they take "does", whether it asks ("?" and one of `asking` at
    the end; "có" only with "không"), and its day ("" for none, "last night", "this morning"); None where "?" and the
    word asking do not agree ("Bạn có say rượu à?"), for a day ahead and for "anh" … alone saying it."""
    asked, q = "?" in m["end"], keyed(m.groupdict().get("q") or "")
    bad = asked != bool(q) or q and q not in asking or m.groupdict().get("ask") and q != "không"
    said = None if bad else who(m, asked)
    day = said and when(m.groupdict().get("day0"), "vi", NEAR_SPANS)
    if said is None or day is None or day and not (BEHIND.match(day) or day in ("this morning", "today")):
        return None
    return said[0], said[1], asked, day


def _drunk(text: str) -> str | None:
    """"Tôi bị say rượu." as "I'm drunk.", "Anh ấy uống say rồi." as "He's drunk.", "Tối qua cô ấy uống say ở bữa
    tiệc." as "She got drunk at the party last night.", "Anh ấy vẫn còn say." as "He's still drunk.", "Bạn còn say
    không?" as "Are you still drunk?" (_DRUNK); None for anything else, and for mt/smoking.py's "say", "say rồi"."""
    m = _DRUNK.fullmatch(text)
    if not m or (said := _said(m)) is None:
        return None
    who_, _, asked, day = said
    how, past = keyed(m["how"]), bool(day) or bool(m["did"])
    party = " at the party" if m["party"] else ""
    if m["still"]:
        if how.startswith(("bị", "uống")) or day or m["party"] or m["done"]:
            return None
        return f"{be(who_).capitalize()} {who_} still drunk?" if asked else \
            capitalised(contracted(who_, f"{be(who_)} still drunk."))
    if how.startswith("say") and not (party and past) or day in ("today", "this morning") or m["done"] and past:
        return None
    day = f" {day}" if day else ""
    if asked:  # ("có … không?": did they, or are they; "… rồi à?": are they)
        if m["ask"] and past and not m["did"]:
            return f"Did {who_} get drunk{party}{day}?"
        drunk = not (past or party) and (how == "bị say rượu" if m["ask"] else m["done"] and m["q"] != "không")
        return f"{be(who_).capitalize()} {who_} drunk?" if drunk else None
    if m["ask"]:
        return None
    if past or party and how == "uống say":
        return capitalised(f"{who_} got drunk{party}{day}.")
    return capitalised(contracted(who_, f"{be(who_)} drunk.")) if m["done"] or how.startswith("bị") else None


def _too_drunk(text: str) -> str | None:
    """"Anh ấy say quá không lái xe được." as "He's too drunk to drive.", "Tối qua tôi say quá không thể lái xe về
    nhà." as "I was too drunk to drive home last night." (_TOO_DRUNK); None for anything else, "không lái xe" alone
    (not driving, or can't?)."""
    m = _TOO_DRUNK.fullmatch(text)
    if not m or not (m["can"] or m["able"]) or (said := _said(m)) is None or said[2]:
        return None
    who_, _, _, day = said
    past = bool(BEHIND.match(day)) or bool(m["did"])
    if day and not BEHIND.match(day):  # ("Sáng nay …": is, or was?)
        return None
    was = ("were" if be(who_) == "are" else "was") if past else be(who_)
    home, day = " home" if m["home"] else "", f" {day}" if day else ""
    return capitalised(contracted(who_, f"{was} too drunk to drive{home}{day}."))


def _drink_drive(text: str) -> str | None:
    """"Đã uống rượu thì không lái xe." as "Don't drink and drive.", "Đừng lái xe khi say rượu." as "Don't drive
    drunk.", "Bạn không nên uống rượu rồi lái xe." as "You shouldn't drink and drive." (_DRINK_DRIVE, _SHOULDNT)."""
    if m := _DRINK_DRIVE.fullmatch(text):
        return "Don't drive drunk." if m["drunk"] else "Don't drink and drive."
    m = _SHOULDNT.fullmatch(text)
    said = m and "?" not in m["end"] and who(m, False)
    return capitalised(f"{said[0]} shouldn't drink and drive.") if said else None


def _hangover(text: str) -> str | None:
    """"Sáng nay tôi bị mệt vì uống nhiều." as "I have a hangover this morning.", "Anh ấy bị mệt lắm vì say rượu." as
    "He has a bad hangover.", "Tôi bị nhức đầu vì uống rượu." as "I have a headache from drinking.", "Bạn có bị mệt
    vì say rượu không?" as "Do you have a hangover?" (_HANGOVER); None for anything else."""
    m = _HANGOVER.fullmatch(text)
    if not m or (said := _said(m, ("không",))) is None or m["night0"] and m["night"]:
        return None
    who_, one, asked, day = said
    night = m["night0"] or m["night"]
    if night and day or asked and not m["ask"]:
        return None
    bad, cause = "a bad" if m["very"] else "a", keyed(m["cause"])
    if keyed(m["feel"]) in ("mệt", "nôn nao"):
        what = f"{bad} hangover{' from last night' if night else ''}"
    else:
        much = " too much" if "quá" in cause else " so much" if "nhiều" in cause else ""
        what = f"{bad} headache {'after' if m['after'] else 'from'} drinking{much}{' last night' if night else ''}"
    past = bool(BEHIND.match(day))
    if "hangover" in what and day in ("last night", "yesterday evening"):
        return None  # (unwell from drinking that night: a hangover comes the morning after)
    day = f" {day}" if day else ""
    if asked:
        return f"{'Did' if past else 'Does' if one else 'Do'} {who_} have {what}{day}?"
    return capitalised(f"{who_} {'had' if past else 'has' if one else 'have'} {what}{day}.")


def _sober(text: str) -> str | None:
    """"Tôi tỉnh rượu rồi." as "I've sobered up.", "Anh ấy tỉnh rượu chưa?" as "Is he sober yet?", "Tôi chưa tỉnh
    rượu." as "I'm not sober yet." (_SOBER); None for anything else, and for "tỉnh rượu" with no tense."""
    m = _SOBER.fullmatch(text)
    if not m or (said := _said(m, ("chưa", "không", "à", "hả"))) is None:
        return None
    who_, one, asked, _ = said
    q = keyed(m["q"] or "")
    if asked:
        if m["not"] or q == "chưa" and (m["done"] or m["ask"]) or q == "không" and not m["ask"] or \
                q in ("à", "hả") and not m["done"]:
            return None
        if q == "không":
            return f"{be(who_).capitalize()} {who_} sober?"
        return f"{be(who_).capitalize()} {who_} sober yet?" if q == "chưa" else \
            f"{'Has' if one else 'Have'} {who_} sobered up?"
    if m["ask"] or m["not"] and (m["done"] or m["did"]):
        return None
    if m["not"]:
        return capitalised(contracted(who_, f"{be(who_)} not sober yet."))
    if m["did"] or m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} sobered up."))
    return None


def _beers(text: str) -> str | None:
    """"Bạn đã uống mấy cốc bia rồi?" as "How many beers have you had?", "Tối qua bạn uống mấy lon bia?" as "How many
    cans of beer did you have last night?" (_BEERS); None for anything else, and where no tense is said (a habit)."""
    m = _BEERS.fullmatch(text)
    if not m or "?" not in m["end"] or (said := who(m, True)) is None:
        return None
    (who_, one), day, unit = said, when(m["day0"], "vi", NEAR_SPANS), _UNITS[keyed(m["unit"])]
    if day is None or day and (m["done"] or not BEHIND.match(day)) or not (day or m["did"] or m["done"]):
        return None
    if m["done"]:
        return f"How many {unit} {'has' if one else 'have'} {who_} had?"
    return f"How many {unit} did {who_} have{f' {day}' if day else ''}?"


def _awful(text: str) -> str | None:
    """"Tôi thấy trong người khó chịu quá sau tối qua." as "I feel awful after last night." (_AWFUL)."""
    m = _AWFUL.fullmatch(text)
    if not m or (said := _said(m, ())) is None:
        return None
    who_, one, _, _ = said
    return capitalised(f"{who_} {'feels' if one else 'feel'} awful after {_AFTER[keyed(m['after'])]}.")


def _day_vi(said: str | None, past: bool) -> str | None:
    """An English day in Vietnamese ("" for none): behind or this morning where `past`, today or this morning
    otherwise; None for any other."""
    day = when(said, "en", NEAR_SPANS)
    if day is None or not day:
        return day
    if past:
        return day if BEHIND.match(said) or day == "sáng nay" else None
    return day if day in ("sáng nay", "hôm nay") else None


def _hangover_vi(text: str) -> str | None:
    """"I have a hangover." as "Tôi bị mệt vì say rượu.", "He's got a terrible hangover." as "Anh ấy bị mệt lắm vì
    say rượu.", "Do you have a hangover?" as "Bạn có bị mệt vì say rượu không?", "I was hungover this morning." as
    "Sáng nay tôi bị mệt vì say rượu." (_HANGOVER_EN, _HUNGOVER_EN); None for anything else, and where "has", "is"
    does not agree with who."""
    if m := _HANGOVER_EN.fullmatch(text):
        who_, one = who_vi(m)
        have = keyed(m["have"]).replace("'ve", "have").replace("'s", "has")
        verb, asked = have.split()[0], bool(m["do"])
        if asked != ("?" in m["end"]) or asked and (have != "have" or m["do"] != "Did" and (m["do"] == "Does") != one) \
                or not asked and verb != "had" and (verb == "has") != one:
            return None
        past, bad = verb == "had" or m["do"] == "Did", bool(m["bad"] or m["awful"])
    elif m := _HUNGOVER_EN.fullmatch(text):
        who_, one = who_vi(m)
        said = be_said(m["be0"] or m["be"] or "")
        asked, past = bool(m["be0"]), said in ("was", "were")
        if bool(m["be0"]) == bool(m["be"]) or asked != ("?" in m["end"]) or said != be_of(who_, one, past):
            return None
        bad = bool(m["bad"])
    else:
        return None
    day = _day_vi(m["day"], past)
    if day is None or past and not day:
        return None
    return placed(f"{who_} {'có ' * asked}bị mệt{' lắm' * bad} vì say rượu", day, " không?" if asked else ".")


def _too_drunk_vi(text: str) -> str | None:
    """"He's too drunk to drive." as "Anh ấy say quá không lái xe được.", "I was too drunk to drive home last
    night." as "Tối qua tôi say quá không lái xe về nhà được." (_TOO_DRUNK_EN); None for anything else, and where
    "is" does not agree with who."""
    m = _TOO_DRUNK_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said = be_said(m["be"])
    past = said in ("was", "were")
    if said != be_of(who_, one, past) or (day := _day_vi(m["day"], past)) is None or day and not past:
        return None
    home = " về nhà" if m["home"] else ""
    return placed(f"{who_} {'đã ' * (past and not day)}say quá không lái xe{home} được", day, ".")


def _drink_drive_vi(text: str) -> str | None:
    """"Don't drink and drive." as "Đã uống rượu thì đừng lái xe.", "Don't drive drunk." as "Đừng lái xe khi say
    rượu.", "You shouldn't drink and drive." as "Bạn không nên uống rượu rồi lái xe." (_DRINK_DRIVE_EN,
    _SHOULDNT_EN)."""
    if m := _DRINK_DRIVE_EN.fullmatch(text):
        never = " bao giờ" if m["no"].lower() == "never" else ""
        if m["drunk"]:
            return f"Đừng{never} lái xe khi say rượu."
        return "Đừng bao giờ uống rượu rồi lái xe." if never else "Đã uống rượu thì đừng lái xe."
    m = _SHOULDNT_EN.fullmatch(text)
    return capitalised(f"{who_vi(m)[0]} không nên uống rượu rồi lái xe.") if m else None


def _got_drunk_vi(text: str) -> str | None:
    """"She got drunk at the party." as "Cô ấy đã uống say ở bữa tiệc.", "He got drunk last night." as "Tối qua anh
    ấy uống say.", "Did you get drunk last night?" as "Tối qua bạn có uống say không?" (_GOT_DRUNK_EN); None for
    anything else."""
    m = _GOT_DRUNK_EN.fullmatch(text)
    if not m or bool(m["did"]) != (m["got"] == "get") or bool(m["did"]) != ("?" in m["end"]):
        return None
    if (day := _day_vi(m["day"], True)) is None:
        return None
    who_ = who_vi(m)[0]
    party = " ở bữa tiệc" if m["a"] == "the" else " ở một bữa tiệc" if m["a"] else ""
    if m["did"]:
        return placed(f"{who_} có uống say{party}", day, " không?")
    return placed(f"{who_} {'' if day else 'đã '}uống say{party}", day, ".")


def _be_agrees(m: re.Match) -> tuple[str, bool] | None:
    """Who of an English match with "is" before or after who (group "be0" or "be", one of them) in Vietnamese, and
    whether it asks; None where "is" is said twice or none, or does not agree ("Is you", "I are")."""
    if bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    return (who_, bool(m["be0"])) if be_said(m["be0"] or m["be"]) == be_of(who_, one) else None


def _still_vi(text: str) -> str | None:
    """"He's still drunk." as "Anh ấy vẫn còn say.", "Are you still drunk?" as "Bạn còn say không?" (_STILL_EN)."""
    m = _STILL_EN.fullmatch(text)
    if not m or (said := _be_agrees(m)) is None:
        return None
    return capitalised(f"{said[0]} còn say không?" if said[1] else f"{said[0]} vẫn còn say.")


def _sober_vi(text: str) -> str | None:
    """"I'm sober." as "Tôi không say.", "Is he sober yet?" as "Anh ấy tỉnh rượu chưa?", "I'm not sober yet." as
    "Tôi chưa tỉnh rượu.", "She's sobered up." as "Cô ấy tỉnh rượu rồi." (_SOBER_EN, _SOBERED_EN); None for anything
    else, and where "is" or "has" does not agree with who."""
    if m := _SOBERED_EN.fullmatch(text):
        who_, one = who_vi(m)
        has, asked = keyed(m["has0"] or m["has"] or ""), bool(m["has0"])
        if m["has0"] and m["has"] or asked != ("?" in m["end"]) or has and (has in ("has", "'s")) != one or \
                m["yet"] == ("now" if asked else "yet"):
            return None
        return capitalised(f"{who_} tỉnh rượu chưa?" if asked else f"{who_} tỉnh rượu rồi.")
    m = _SOBER_EN.fullmatch(text)
    if not m or (said := _be_agrees(m)) is None:
        return None
    (who_, asked), yet = said, m["yet"]
    if asked:
        return None if m["not"] or m["how"] else capitalised(
            f"{who_} tỉnh rượu chưa?" if yet else f"{who_} có tỉnh táo không?")
    if m["not"]:
        return None if m["how"] or yet == "now" else capitalised(
            f"{who_} chưa tỉnh rượu." if yet else f"{who_} không tỉnh táo.")
    if yet == "yet" or m["how"] and yet:
        return None
    return capitalised(f"{who_} tỉnh rượu rồi." if yet else f"{who_} hoàn toàn tỉnh táo." if m["how"] else
                       f"{who_} không say.")


def _beers_vi(text: str) -> str | None:
    """"How many beers have you had?" as "Bạn đã uống mấy cốc bia rồi?", "How many drinks did he have last night?" as
    "Tối qua anh ấy uống mấy ly?" (_HOW_MANY_EN); None for anything else, and where "has" does not agree with who or
    the day."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, verb, what = m["aux"].lower(), m["verb"], _UNITS_EN[keyed(m["what"])]
    if aux != "did":
        if (aux == "has") != one or verb not in ("had", "drunk") or m["day"]:
            return None
        return capitalised(f"{who_} đã uống mấy {what} rồi?")
    day = _day_vi(m["day"], True)
    return None if day is None or verb not in ("have", "drink") else \
        placed(f"{who_} {'' if day else 'đã '}uống mấy {what}", day, "?")


def _awful_vi(text: str) -> str | None:
    """"I feel awful after last night." as "Tôi thấy trong người khó chịu quá sau tối qua." (_AWFUL_EN); None where
    "feels" does not agree with who."""
    m = _AWFUL_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if m["feel"] != "felt" and (m["feel"] == "feels") != one:
        return None
    return capitalised(f"{who_} thấy trong người khó chịu quá sau {_AFTER_VI[keyed(m['after'])]}.")
