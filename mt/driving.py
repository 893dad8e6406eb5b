"""Driving, a driving licence, a flat tyre and petrol, both ways, written whole by rule: how someone drives (too fast,
carefully, always slowly), whether they drive, who is driving or will drive, "I'll drive", don't drive too fast, a
licence had or got (last year, just), a flat tyre, needing petrol, filling up. v8 with every other rule: "Anh ấy lái
xe nhanh quá." → "He driving too fast.", "Cô ấy lái xe rất cẩn thận." → "She's very careful.", "Mẹ tôi lái xe chậm
lắm." → "My mother was very slow.", "Lái xe chậm thôi." → "Drive is slow.", "Bạn có bằng lái không?" → "Do you
drive?", "Anh ấy chưa có bằng lái." → "He hasn't been steering.", "Tôi lấy bằng lái năm ngoái." → "I took the
driver last year.", "Tôi mới lấy bằng lái." → "I'm just driving.", "Xe đạp của tôi bị thủng lốp." → "My bicycles are
tires.", "Xe của tôi bị xịt lốp." → "My car is sprayed.", "Tôi phải đi đổ xăng." → "I have to go to gas.", "Đổ đầy
bình giúp tôi." → "Empty it's full for me.", "Ai lái xe?" → "Who driving?", "Ai sẽ lái xe?" → "Who'll driving?";
"Drive slowly." → "Ổ đĩa chậm." (a disk drive), "They drive slowly." → "Chúng lái xe chậm." (animals), "Does she
drive?" → "Bé có lái xe không?" (a little girl), "Do you have a driving licence?" → "Bạn có lái xe không?", "I got my
licence last year." → "Tôi đã nhận được sự kiện của tôi vào năm ngoái.", "I've got a flat tyre." → "Tôi có một chiếc
lốp xe.", "My bike has a puncture." → "Bike của tôi có một puncture.", "We need to get petrol." → "Chúng ta cần thú
nuôi." (pets), "Fill it up, please." → "Làm ơn, tô đầy nó.".

Taken: who (mt.hobbies.WHO, WHO_EN) drives fast, slowly, carefully, recklessly or safely (too, very, not very;
always), does or doesn't drive, asked; "Đừng lái nhanh quá", "Lái chậm thôi", "Lái nhanh lên" and back; who has,
doesn't have (yet) or already has a driving or motorbike licence, asked; who got their licence on a day behind
(mt.free_time.when, mt.dates.LAST) or has just got it; who has a flat tyre ("Xe tôi bị thủng lốp", "xịt", "xẹp"),
a vehicle of mt.parking.VEHICLES (whose, someone's or the) with one, again; who needs, has, wants to or will get petrol
or fill up the tank, has just, is going to, asked; "Fill it up, please"; who is driving or
will drive (today, tomorrow), "I'll drive", "Let me drive", "Shall I drive?". Left: "Bạn biết lái xe không?" and how
well one drives where mt/skills.py takes it, "Bạn có bằng lái xe không?" (mt/patterns.py), "Xe tôi hết xăng rồi."
(mt/supplies.py), "Lái chậm lại." (mt/hurry.py), "Drive safely." and "Lái xe cẩn thận nhé." (mt/goodbyes.py), driving
to work (mt/routines.py), the driving test (mt/exams.py), "anh", "chị", "em" alone saying it, "xe" alone with no owner
(a car or a motorbike), days behind for who drove, "too" with carefully (praise, not blame), a pet as who or whose,
"em" asking with "ạ" (the speaker), a statement ending in "thế", "vậy", and asked with no "có" or "nhé".
mt.phrasebook.translate tries these after mt/favours.py.

    >>> translate("Anh ấy lái xe nhanh quá.", "vi", "en"), translate("I've got a flat tyre.", "en", "vi")
    ('He drives too fast.', 'Xe của tôi bị thủng lốp.')
"""
from __future__ import annotations

import re

from .dates import LAST
from .ever import PRONOUNS, YOU
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import OWNER, WHO, WHO_EN, animal, em_speaking, own_thing, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .parking import VEHICLES, VEHICLES_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lái|lốp|xăng|đầy\s+bình)"),
         "en": lazy(r"(?i:driv|licen[cs]e|tyre|\btire|puncture|\bflat\b|petrol|\bgas\b|fill)")}
# how someone drives; "too" only with fast and slowly ("lái cẩn thận quá" is praise: "so carefully")
# (how well, "lái xe giỏi", is mt/skills.py's)
_HOW = {"nhanh": "fast", "chậm": "slowly", "cẩn thận": "carefully", "ẩu": "recklessly", "an toàn": "safely"}
_HOW_VI = {en: vi for vi, en in _HOW.items()}
_TOO = {"fast", "slowly"}
_DRIVE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<always>luôn)\s+)?lái(?:\s+xe)?(?:\s+(?:(?P<pre>"
              rf"quá|rất)\s+)?(?P<how>{alternatives(_HOW)})(?:\s+(?P<post>quá|lắm))?)?{ASKED_END}")
# bidden: "Đừng lái nhanh quá!", "Lái chậm thôi." ("chậm lại" is mt/hurry.py's, "cẩn thận nhé" mt/goodbyes.py's)
_BID = lazy(rf"(?:(?i:{YOU})\s+)?(?:(?P<please>(?i:làm\s+ơn))\s+)?(?:(?P<dont>(?i:đừng))\s+)?(?i:lái)"
            r"(?:\s+xe)?\s+(?:(?P<pre>quá)\s+)?(?P<how>nhanh|chậm|ẩu)(?:\s+(?P<post>quá|thôi|lên))?"
            r"(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
# a licence ("bằng lái", "bằng lái xe máy", "giấy phép lái xe"), had or got
_LIC = r"(?:bằng\s+lái|giấy\s+phép\s+lái)(?:\s+(?P<kind>xe\s+máy|ô\s+tô|xe))?"
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<did>đã)\s+)?có\s+{_LIC}(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<yet>chưa))?{ASKED_END}")
_GOT = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<just>vừa\s+mới|vừa|mới)\s+|đã\s+)?(?:lấy|có|lấy\s+được)\s+{_LIC}"
            rf"{DAY_AFTER}(?:\s+rồi)?\s*(?P<end>[.!]*)")
# a flat tyre: "Xe tôi bị thủng lốp.", "Xe đạp của mẹ tôi bị xịt lốp rồi.", "Tôi bị thủng lốp."
_FLAT = lazy(rf"(?:(?P<vehicle>(?i:{alternatives(VEHICLES)}|xe))(?:\s+(?:của\s+)?{OWNER})?|{WHO})\s+"
             r"(?P<again>lại\s+)?bị\s+(?:thủng|xịt|xẹp)\s+lốp(?:\s+rồi)?\s*(?P<end>[.!]*)")
# petrol: "Tôi cần đổ xăng.", "Bạn có cần đổ xăng không?", "Tôi vừa đổ đầy bình."
_FILL = r"(?P<fill>đổ\s+xăng(?:\s+đầy\s+bình)?|đổ\s+đầy\s+bình(?:\s+xăng)?)"
_PETROL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<mod>cần|phải|muốn|sẽ|đang|vừa\s+mới|vừa|mới)\s+)?"
               rf"(?P<go>đi\s+)?{_FILL}(?:\s+(?P<done>rồi))?{ASKED_END}")
_MODS = {"cần": "need to", "phải": "have to", "muốn": "want to", "sẽ": "will", "đang": "be", "vừa": "have just",
         "mới": "have just", "vừa mới": "have just"}
_ASKED = ("need to", "have to", "want to")  # ("Bạn có sẽ đổ xăng không?" is no Vietnamese)
_DONE = {"get petrol": "got petrol", "fill up the tank": "filled up the tank"}
_FILL_UP = lazy(r"(?:(?i:làm\s+ơn)\s+)?(?i:đổ)\s+(?:xăng\s+)?đầy\s+bình(?:\s+xăng)?(?:\s+(?:giúp|cho)\s+"
                r"(?:tôi|em|anh|chị|mình))?(?:\s+(?:nhé|nha|ạ))?\s*[.!]*")
# who drives: "Ai lái xe?", "Ngày mai ai sẽ lái?"; "Tôi sẽ lái.", "Để tôi lái cho.", "Tôi lái nhé?"
_WHO_DRIVES = lazy(rf"{DAY_OPENING}(?i:ai)\s+(?:(?P<tense>sẽ|đang)\s+)?lái(?:\s+xe)?{DAY_AFTER}{ASKED_END}")
_I_DRIVE = lazy(rf"(?:(?P<let>(?i:để))\s+)?{WHO}\s+(?:(?P<will>sẽ)\s+)?lái(?:\s+xe)?(?:\s+(?P<for>cho))?"
                r"(?:\s+(?P<nhe>nhé|nha))?\s*(?P<end>[.!?]*)")

# ... and in English
_DRIVE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<always>always))?(?:\s+(?P<not>don['’]t|doesn['’]t|"
                 r"do\s+not|does\s+not))?\s+(?P<drive>drives?)(?:\s+(?:(?P<deg>too|very|really)\s+)?"
                 rf"(?P<how>{alternatives(_HOW_VI)}))?\s*(?P<end>[.!?]*)")
_BID_EN = lazy(r"(?P<please>[Pp]lease\s+)?(?:(?P<dont>[Dd]on['’]t|[Dd]o\s+not)\s+)?[Dd]rive\s+"
               r"(?:(?P<deg>too|so|more)\s+)?(?P<how>fast|faster|slowly|slower|recklessly)"
               r"(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_LIC_EN = r"(?:(?P<kind>driving|driver['’]s|motorbike|motorcycle)\s+)?licen[cs]e"
_HAVE_EN = lazy(rf"(?:(?P<do>Do|Does|Have|Has)\s+)?{WHO_EN}(?:\s+(?P<aux>already|don['’]t|doesn['’]t|do\s+not|"
                rf"does\s+not|have|has)|(?P<short>['’]ve|['’]s))?\s+(?P<verb>have|has|got)\s+an?\s+{_LIC_EN}"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_GOT_EN = lazy(rf"{WHO_EN}(?:(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+(?P<just>just))?\s+got\s+(?P<owner>"
               rf"(?i:{WHOSE_WORDS}))\s+{_LIC_EN}(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!]*)")
_FLAT_EN = lazy(rf"(?:{WHO_EN}(?P<have>['’]ve\s+got|['’]s\s+got|\s+ha(?:ve|s)\s+got|\s+have|\s+has)|"
                rf"(?P<owner>(?i:{WHOSE_WORDS}|the))\s+(?P<vehicle>{alternatives(VEHICLES_VI)})\s+has(?:\s+got)?)"
                r"\s+a\s+(?:flat\s+(?:tyre|tire)|puncture|(?(vehicle)flat))(?P<again>\s+again)?\s*(?P<end>[.!]*)")
_PETROL_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<mod>needs?|ha(?:ve|s)|wants?)\s+to|(?P<will>['’]ll|"
                  r"\s+will)|(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+just)\s+(?P<fill>(?:get|got)\s+(?:some\s+)?"
                  r"(?:petrol|gas)|fill(?:ed)?\s+up(?P<tank>\s+the\s+tank)?)\s*(?P<end>[.!?]*)")
_FILL_UP_EN = lazy(r"(?:Please\s+)?[Ff]ill\s+(?:(?:it|her|the\s+tank)\s+up|up\s+the\s+tank)"
                   r"(?:,?\s+please)?\s*[.!]*")
_WHO_DRIVES_EN = lazy(r"Who(?:(?:['’]s|\s+is)\s+(?P<now>driving)|(?:['’]s|\s+is)\s+going\s+to\s+drive|"
                      r"(?:['’]ll|\s+will)\s+drive)(?:\s+(?P<day>[^,.!?]+?))?\s*\?+")
_I_DRIVE_EN = lazy(rf"(?P<let>Let\s+me\s+drive)\s*[.!]*|(?P<shall>Shall|Should)\s+I\s+drive\s*\?+|"
                   rf"{WHO_EN}(?:['’]ll|\s+will)\s+drive\s*[.!]*")
# whether "does", "has" … said goes with he or she (True) or another (False)
_ONE = {"does": True, "has": True, "'s": True, "doesn't": True, "does not": True, "needs": True, "wants": True,
        "do": False, "have": False, "'ve": False, "don't": False, "do not": False, "need": False, "want": False}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how or whether someone drives, who drives, a licence, a flat
    tyre or petrol needed; None for any other."""
    if src == "vi" and STRESSED_SAID.search(text):
        return None  # ("Anh ấy lái xe nhanh thế.": so fast; asked, they only soften: "Bạn có lái xe không vậy?")
    if src == "vi":
        return (_drive(text) or _bid(text) or _have(text) or _got(text) or _flat(text) or _petrol(text) or
                _who_drives(text) or _i_drive(text))
    return (_drive_vi(text) or _bid_vi(text) or _have_vi(text) or _got_vi(text) or _flat_vi(text) or
            _petrol_vi(text) or _who_drives_vi(text) or _i_drive_vi(text))


def _said(word: str | None) -> str:
    """A word of English as _ONE keys it ("Doesn’t" → "doesn't", " has" → "has")."""
    return keyed((word or "").replace("’", "'"))


def _agrees(one: bool, *words: str | None) -> bool:
    """Whether each of `words` that tells (_ONE) goes with who (`one`: he or she): "She have" does not."""
    return all(_ONE.get(_said(w), one) == one for w in words)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, as mt.hobbies.who gives it; None for a pet ("Con chó của tôi": none drives)
    and "em" asking with "ạ" (mt.hobbies.em_speaking: "Em có lái xe không ạ?" asks "do I?")."""
    return None if animal(m) or em_speaking(m) else who(m, asked)


def _day(said: str | None, src: str) -> str | None:
    """A day behind in the other language ("năm ngoái" → "last year", "yesterday" → "hôm qua"); None for any other."""
    day = when(said, src, LAST) if said else None
    return day if day and BEHIND.fullmatch(day if src == "vi" else keyed(said)) else None


def _drive(text: str) -> str | None:
    """"Anh ấy lái xe nhanh quá." as "He drives too fast.", "Bạn có lái xe không?" as "Do you drive?", "Tôi không lái
    xe nhanh lắm." as "I don't drive very fast." (_DRIVE); None for anything else, and "too" with carefully."""
    m = _DRIVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["pre"] and m["post"]:
        return None
    said, deg = _who(m, asked), keyed(m["pre"] or m["post"] or "")
    how = _HOW[keyed(m["how"])] if m["how"] else ""
    if said is None or asked and said[0] == "I" or not how and not (asked or m["not"]):
        return None  # ("Do I drive?", "Tôi lái xe.": a habit, or now?)
    if deg and (asked or deg != "lắm" and m["not"] or deg == "quá" and how not in _TOO):
        return None
    (who_, one), how = said, f" {'too' if deg == 'quá' else 'very'} {how}" if deg else f" {how}" * bool(how)
    if asked:
        return f"{'Does' if one else 'Do'} {who_} drive{how}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t drive{how}.")
    return capitalised(f"{who_}{' always' * bool(m['always'])} {'drives' if one else 'drive'}{how}{m['end'] or '.'}")


def _bid(text: str) -> str | None:
    """"Đừng lái nhanh quá!" as "Don't drive too fast!", "Lái xe chậm thôi." as "Drive more slowly.", "Lái nhanh
    lên!" as "Drive faster!" (_BID); None for anything else."""
    m = _BID.fullmatch(text)
    how, post = (m["how"], keyed(m["post"] or m["pre"] or "")) if m and not (m["pre"] and m["post"]) else ("", "")
    if m and m["dont"]:
        said = {("nhanh", "quá"): "don't drive too fast", ("nhanh", ""): "don't drive fast",
                ("ẩu", ""): "don't drive recklessly"}.get((how, post))
    else:
        said = {("chậm", "thôi"): "drive more slowly", ("nhanh", "lên"): "drive faster"}.get((how, post))
    return said and capitalised(f"{'please ' if m['please'] else ''}{said}{m['end'] or '.'}")


def _licence(m: re.Match) -> str:
    """The licence of a match of _LIC in English: "motorbike licence" or "driving licence"."""
    return "motorbike licence" if keyed(m["kind"] or "") == "xe máy" else "driving licence"


def _have(text: str) -> str | None:
    """"Bạn có bằng lái không?" as "Do you have a driving licence?", "Anh ấy chưa có bằng lái." as "He doesn't have a
    driving licence yet.", "Tôi đã có bằng lái rồi." as "I already have a driving licence." (_HAVE); else None."""
    m = _HAVE.fullmatch(text)
    q = "không" if m and m["asked"] else "chưa" if m and m["yet"] else ""
    if not m or bool(q) != ("?" in m["end"]) or (said := _who(m, bool(q))) is None or q and (
            m["not"] or m["done"] or m["did"] and q == "không"):
        return None
    (who_, one), lic = said, _licence(m)
    if q:
        return f"{'Does' if one else 'Do'} {who_} have a {lic}{' yet' * (q == 'chưa')}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have a {lic}{' yet' * (m['not'] == 'chưa')}.")
    return capitalised(f"{who_}{' already' * bool(m['did'] or m['done'])} {'has' if one else 'have'} a {lic}.")


def _got(text: str) -> str | None:
    """"Tôi lấy bằng lái năm ngoái." as "I got my driving licence last year.", "Mẹ tôi vừa lấy bằng lái." as "My
    mother has just got her driving licence." (_GOT); None for anything else, a day not behind, and a name alone."""
    m = _GOT.fullmatch(text)
    said = m and not (m["day0"] and m["day"]) and _who(m, False)
    if not said:
        return None
    (who_, one), day = said, m["day0"] or m["day"]
    whose = whose_own(m, who_)  # (a name alone: "his" or "her"?)
    if not whose or bool(m["just"]) == bool(day) or day and not (day := _day(day, "vi")):
        return None
    if m["just"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just got {whose} {_licence(m)}."))
    return capitalised(f"{who_} got {whose} {_licence(m)} {day}.")


def _flat(text: str) -> str | None:
    """"Xe tôi bị thủng lốp rồi." as "I've got a flat tyre.", "Xe đạp của tôi bị thủng lốp." as "My bike has a flat
    tyre." (_FLAT); None for anything else, "xe" with no owner (a car or a motorbike?), and a pet's."""
    m = _FLAT.fullmatch(text)
    vehicle, owner = (keyed(m["vehicle"] or ""), keyed(m["owner"] or "")) if m else ("", "")
    other = m and m["someone"] and not pet(m["someone"], "vi") and someone(m["someone"], "vi")
    if not m or m["someone"] and not other:
        return None
    again = " again" * bool(m["again"])
    if vehicle not in ("", "xe"):
        whose = OWNERS[owner] if owner else f"{other}'s" if other else "the"
        return capitalised(f"{whose} {VEHICLES[vehicle].replace('bicycle', 'bike')} has a flat tyre{again}.")
    said = (PRONOUNS[owner], PRONOUNS[owner] in ("he", "she")) if owner else (other, True) if other else \
        None if vehicle else _who(m, False)
    return said and capitalised(contracted(said[0], f"{'has' if said[1] else 'have'} got a flat tyre{again}."))


def _petrol(text: str) -> str | None:
    """"Tôi cần đổ xăng." as "I need to get petrol.", "Bạn có cần đổ xăng không?" as "Do you need to get petrol?",
    "Tôi vừa đổ đầy bình." as "I've just filled up the tank." (_PETROL), "Đổ đầy bình giúp tôi." as "Fill it up,
    please."; None for anything else."""
    if _FILL_UP.fullmatch(text):
        return "Fill it up, please."
    m = _PETROL.fullmatch(text)
    asked = bool(m and m["asked"])
    mod = _MODS.get(keyed(m["mod"] or "")) if m else None
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or asked and mod not in _ASKED or m["done"] and \
            mod != "have just" or not (m["go"] or mod) or m["go"] and mod == "have just":
        return None
    if (said := _who(m, asked)) is None:
        return None
    (who_, one), tank = said, "đầy" in m["fill"]
    fill = "fill up the tank" if tank else "get petrol"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {mod} {fill}?"
    if mod == "have just":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just {_DONE[fill]}."))
    if mod in ("be", None):
        doing = f"going to {fill}" if mod is None else "filling up the tank" if tank else "getting petrol"
        return capitalised(contracted(who_, f"{'is' if one else 'am' if who_ == 'I' else 'are'} {doing}."))
    if mod == "will":
        return capitalised(contracted(who_, f"will {fill}."))
    verb = mod.removesuffix(" to")
    return capitalised(f"{who_} {('has' if verb == 'have' else verb + 's') if one else verb} to {fill}.")


def _who_drives(text: str) -> str | None:
    """"Ai lái xe?" as "Who's driving?", "Ngày mai ai sẽ lái xe?" as "Who's going to drive tomorrow?"
    (_WHO_DRIVES); None for anything else, and a day behind."""
    m = _WHO_DRIVES.fullmatch(text)
    said = m and not m["asked"] and "?" in m["end"] and not (m["day0"] and m["day"]) and (m["day0"] or m["day"] or "")
    day = when(said, "vi") if said else "" if said == "" else None
    if day is None or day and BEHIND.fullmatch(day):
        return None
    return f"Who's {'going to drive' if m['tense'] == 'sẽ' else 'driving'}{' ' * bool(day)}{day}?"


def _i_drive(text: str) -> str | None:
    """"Tôi sẽ lái." as "I'll drive.", "Để tôi lái cho." as "Let me drive.", "Tôi lái nhé?" as "Shall I drive?",
    "Bạn lái nhé?" as "Will you drive?" (_I_DRIVE); None for anything else."""
    m = _I_DRIVE.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    said = m and _who(m, asked)
    if not said or m["let"] and (said[0] != "I" or m["will"]) or asked and not m["nhe"]:  # ("Để tôi lái?": me?)
        return None
    if m["let"]:
        return "Shall I drive?" if asked else "Let me drive."
    if m["will"]:
        return None if asked or m["nhe"] or m["for"] else capitalised(contracted(said[0], "will drive."))
    if said[0] == "I" and (m["nhe"] or m["for"]):
        return "Shall I drive?" if asked else "I'll drive."
    return "Will you drive?" if said[0] == "you" and m["nhe"] and asked and not m["for"] else None


def _drive_vi(text: str) -> str | None:
    """"He drives too fast." as "Anh ấy lái xe quá nhanh.", "Does she drive?" as "Cô ấy có lái xe không?" (_DRIVE_EN);
    None for anything else, and where "drives", "does" … does not agree with who."""
    m = _DRIVE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["do"]) != ("?" in m["end"]) or m["always"] and (m["do"] or m["not"]):
        return None
    (who_, one), aux = who_vi(m), m["do"] or m["not"]
    how, deg = _HOW_VI.get(m["how"] or ""), m["deg"]
    if not _agrees(one, aux) or (m["drive"] == "drives") != (one and not aux) or not how and not aux or deg and (
            m["do"] or deg == "too" and (m["how"] not in _TOO or m["not"])):
        return None
    how = f" {how}" if how else ""
    if m["do"]:
        return capitalised(f"{who_} có lái xe{how} không?")
    if m["not"]:
        return capitalised(f"{who_} không lái xe{how}{' lắm' * bool(deg)}.")
    how = f" {'quá' if deg == 'too' else 'rất'}{how}" if deg else how
    return capitalised(f"{who_} {'luôn ' * bool(m['always'])}lái xe{how}{m['end'] or '.'}")


def _bid_vi(text: str) -> str | None:
    """"Don't drive too fast." as "Đừng lái xe nhanh quá.", "Drive slowly." as "Lái xe chậm thôi.", "Please drive
    faster." as "Làm ơn lái nhanh lên." (_BID_EN); None for anything else."""
    m = _BID_EN.fullmatch(text)
    if not m or m["please"] and m["please2"]:
        return None
    said = {("fast", "too"): "đừng lái xe nhanh quá", ("fast", "so"): "đừng lái xe nhanh quá",
            ("fast", None): "đừng lái xe nhanh", ("recklessly", None): "đừng lái xe ẩu"} if m["dont"] else {
        ("slowly", None): "lái xe chậm thôi", ("slowly", "more"): "lái xe chậm thôi",
        ("slower", None): "lái xe chậm thôi", ("faster", None): "lái nhanh lên"}
    said = said.get((m["how"], m["deg"]))
    return said and capitalised(f"{'làm ơn ' if m['please'] or m['please2'] else ''}{said}{m['end'] or '.'}")


def _have_vi(text: str) -> str | None:
    """"Do you have a driving licence?" as "Bạn có bằng lái xe không?", "She doesn't have a driver's license yet." as
    "Cô ấy chưa có bằng lái xe." (_HAVE_EN); None for anything else, "licence" alone, and "She have" and the like."""
    m = _HAVE_EN.fullmatch(text)
    if not m or animal(m) or not m["kind"] or bool(m["do"]) != ("?" in m["end"]):
        return None
    (who_, one), do, aux, verb = who_vi(m), _said(m["do"]), _said(m["aux"] or m["short"]), _said(m["verb"])
    negated = aux in ("don't", "doesn't", "do not", "does not")
    # the shapes English says it in: "Do you have", "Have you got", "I don't have", "I've got", "I (already) have"
    verbs = ("have",) if do in ("do", "does") or negated else ("got",) if do or aux in ("have", "has", "'ve", "'s") \
        else ("have", "has")
    if do and aux or verb not in verbs or not _agrees(one, do, aux, verb if verbs != ("have",) else None) or m[
            "yet"] and not (do or negated):
        return None
    lic = "bằng lái xe máy" if m["kind"].startswith("motor") else "bằng lái xe"
    if do:
        return capitalised(f"{who_} {'đã ' if m['yet'] else ''}có {lic} {'chưa' if m['yet'] else 'không'}?")
    if negated:
        return capitalised(f"{who_} {'chưa' if m['yet'] else 'không'} có {lic}.")
    return capitalised(f"{who_} đã có {lic} rồi." if aux == "already" else f"{who_} có {lic}.")


def _got_vi(text: str) -> str | None:
    """"I got my licence last year." as "Năm ngoái tôi lấy bằng lái xe.", "She's just got her driving licence." as
    "Cô ấy vừa lấy bằng lái xe." (_GOT_EN); None for anything else, whose not the subject's, and a day not behind."""
    m = _GOT_EN.fullmatch(text)
    if not m or animal(m) or m["have"] and not m["just"] or bool(m["just"]) == bool(m["day"]):
        return None
    (who_, one), day = who_vi(m), _day(m["day"], "en")
    lic = "bằng lái xe máy" if (m["kind"] or "").startswith("motor") else "bằng lái xe"
    if own_thing(m, who_, one) is not True or not _agrees(one, m["have"]) or m["day"] and not day:
        return None
    return capitalised(f"{who_} vừa lấy {lic}.") if m["just"] else placed(f"{who_} lấy {lic}", day, ".")


def _flat_vi(text: str) -> str | None:
    """"I've got a flat tyre." as "Xe của tôi bị thủng lốp.", "My bike has a puncture." as "Xe đạp của tôi bị thủng
    lốp." (_FLAT_EN); None for anything else, and where "has" … does not agree with who."""
    m = _FLAT_EN.fullmatch(text)
    if not m or animal(m):
        return None
    flat = "lại bị thủng lốp rồi" if m["again"] else "bị thủng lốp"
    if m["vehicle"]:
        owner = m["owner"].lower()
        return capitalised(f"{VEHICLES_VI[m['vehicle']]}{'' if owner == 'the' else ' của ' + WHOSE_VI[owner]} {flat}.")
    who_, one = who_vi(m)
    return f"Xe của {who_} {flat}." if _agrees(one, _said(m["have"]).split()[0]) else None


def _petrol_vi(text: str) -> str | None:
    """"We need to get petrol." as "Chúng tôi cần đổ xăng.", "Do you need to fill up?" as "Bạn có cần đổ xăng
    không?" (_PETROL_EN), "Fill it up, please." as "Đổ đầy bình giúp tôi."; None for anything else, and "She need"."""
    if _FILL_UP_EN.fullmatch(text):
        return "Đổ đầy bình giúp tôi."
    m = _PETROL_EN.fullmatch(text)
    if not m or animal(m) or bool(m["do"]) != ("?" in m["end"]) or m["do"] and not m["mod"]:
        return None
    (who_, one), mod = who_vi(m), _said(m["mod"])
    base = {"needs": "need", "has": "have", "wants": "want"}.get(mod, mod)
    if m["fill"].startswith(("got", "filled")) != bool(m["have"]) or m["do"] and mod != base or not _agrees(
            one, m["do"], m["do"] or mod, m["have"]):
        return None
    verb = {"need": "cần", "have": "phải", "want": "muốn"}.get(base) or ("sẽ" if m["will"] else "vừa")
    fill = "đổ đầy bình" if m["tank"] else "đổ xăng"
    return capitalised(f"{who_} có {verb} {fill} không?" if m["do"] else f"{who_} {verb} {fill}.")


def _who_drives_vi(text: str) -> str | None:
    """"Who's driving?" as "Ai lái xe?", "Who's going to drive tomorrow?" as "Ngày mai ai sẽ lái xe?"
    (_WHO_DRIVES_EN); None for anything else, and a day behind."""
    m = _WHO_DRIVES_EN.fullmatch(text)
    day = m and (when(m["day"], "en") if m["day"] else "")
    if not m or day is None or m["day"] and BEHIND.fullmatch(keyed(m["day"])):
        return None
    return placed(f"ai {'' if m['now'] else 'sẽ '}lái xe", day, "?")


def _i_drive_vi(text: str) -> str | None:
    """"I'll drive." as "Tôi sẽ lái xe.", "Let me drive." as "Để tôi lái cho.", "Shall I drive?" as "Để tôi lái
    nhé?" (_I_DRIVE_EN); None for anything else."""
    m = _I_DRIVE_EN.fullmatch(text)
    if not m or m["let"] or m["shall"]:
        return m and ("Để tôi lái cho." if m["let"] else "Để tôi lái nhé?")
    return None if animal(m) else capitalised(f"{who_vi(m)[0]} sẽ lái xe.")
