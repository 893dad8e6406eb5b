"""Dozing and what people do asleep, both ways, written whole by rule: nodding off somewhere (in class, in the meeting,
at the wheel, on the bus, in front of the TV), sleepwalking, talking in one's sleep and grinding one's teeth in it.
v8 (rules on) reads "ngủ gật" as plain sleep, "mộng du" as a trip or a nightmare, "nói mơ" as saying dreams, "nghiến"
as suspecting, and "nod off" as dropping or crying: "Tôi ngủ gật trong lớp." → "I sleeped in my class.", "Anh ấy ngủ
gật trong cuộc họp." → "He sleeped hard in the meeting.", "Em trai tôi bị mộng du." → "My younger brother has a
trip.", "Hồi nhỏ tôi bị mộng du." → "My little nightmares.", "Anh ấy hay nói mơ." → "He often says dreams.", "Tối qua
bạn nói mơ đấy." → "Last night, you dream.", "Con tôi nghiến răng khi ngủ." → "My child suspected teeth during
sleeping."; "He nodded off in the meeting." → "Anh ấy đã khóc trong cuộc họp." (cried), "I nodded off in class." →
"Tôi đã không bỏ rơi trong lớp.", "My brother sleepwalks." → "Em trai tôi ngủ thiếp đi.", "I used to sleepwalk as a
child." → "Tôi từng quen đi ngủ như một đứa trẻ.", "Do you grind your teeth at night?" → "Bạn có grin răng vào ban
đêm không?".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) nodding off ("ngủ gật", "nod off", "doze off", "fall asleep" at a
place of _PLACES): at a place (not "khi …", "lúc …" nor "các cuộc họp") or on a day behind (past: "nodded off"),
"đã", almost ("suýt"), now ("đang"), as a habit (mt.hobbies.SELDOM: "hay", "thường" …; "in meetings"), never, asked
with "có hay …", "có bao giờ …", or on a day, denied on a day, and told ("Đừng ngủ gật!"); sleepwalking ("bị mộng
du"), talking in one's sleep ("nói mơ", "nói mớ" with "khi ngủ", with a habit or last night) and grinding one's teeth
("nghiến răng" in one's sleep or at night): as a habit, denied, asked, now, last night, as a child ("Hồi nhỏ …": "used
to … as a child"). Left: "Tôi ngủ gật.", "Tôi ngủ gật khi lái xe.", "Bạn có ngủ gật không?", "Did you nod off?" and
"I didn't nod off." (now, once, or a habit?), "Anh ấy nói mơ." and "nghiến răng" with no sleep said (in anger?), "Bạn
đang nói mơ." (you're dreaming), "từng" (ever, or used to?), "anh", "chị", "em" alone saying it, a name, "em" or "bạn"
with a name, whose sleep is his or her, "nhỉ" on a statement (isn't it?), nodding off as a child with no habit said,
pets, days ahead, "I nod off." (a habit unsaid), "fell asleep" with no place and sleep itself (mt/bedtimes.py,
mt/sleep.py, mt/insomnia.py), naps (mt/naps.py), dreams and nightmares ("mơ" alone, "nằm mơ thấy": mt/dreams.py),
snoring (mt/reflexes.py), waking and oversleeping ("ngủ quên": mt/waking.py), teeth themselves (mt/teeth.py), and
anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Em trai tôi bị mộng du.", "vi", "en"), translate("He often talks in his sleep.", "en", "vi")
    ('My younger brother sleepwalks.', 'Anh ấy hay nói mơ.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .floods import DAYS_DONE
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_agrees, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import his_her
from .text import ASKED_END, EN_WHOSE, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngủ\s+gật|mộng\s+du|nói\s+mơ|nói\s+mớ|nghiến\s+răng)"),
         "en": lazy(r"(?i:nod\w*\s+off|doz\w*\s+off|asleep|sleepwalk|sleep|grind|ground\s+\w+\s+teeth)")}
# where one nods off (the first Vietnamese of each is written back; "at the wheel" is falling asleep)
_PLACES = {"trong lớp": "in class", "trong giờ học": "in class", "trong lớp học": "in class",
           "trong cuộc họp": "in the meeting", "trong buổi họp": "in the meeting", "trong các cuộc họp": "in meetings",
           "khi lái xe": "at the wheel", "lúc lái xe": "at the wheel", "trong lúc lái xe": "at the wheel",
           "trên xe buýt": "on the bus", "trên tàu": "on the train", "trước ti vi": "in front of the TV",
           "trước tivi": "in front of the TV", "khi xem ti vi": "while watching TV",
           "lúc xem ti vi": "while watching TV", "khi xem tivi": "while watching TV"}
# ... those that are a while, not a place: with no day nor "đã" a habit as easily as once ("Tôi ngủ gật khi lái xe.")
_WHILE = ("khi ", "lúc ", "trong lúc ")
_PLACES_VI = {en.lower(): vi for vi, en in reversed(_PLACES.items())} | {
    "during class": "trong giờ học", "during the meeting": "trong cuộc họp", "while driving": "khi lái xe"}
# when teeth are ground ("sleep": in one's sleep)
_WHEN = {"khi ngủ": "sleep", "lúc ngủ": "sleep", "trong khi ngủ": "sleep", "trong lúc ngủ": "sleep",
         "vào ban đêm": "night", "ban đêm": "night"}
# the days behind of mt.floods (as mt/getting_wet.py takes them), and back; sleep done is done last night
PAST_DAYS = DAYS_DONE
PAST_DAYS_VI = {en: vi for vi, en in reversed(PAST_DAYS.items())}
_NIGHT = "last night"
# what is done, by its Vietnamese, and its English forms (base, "-s", past, "-ing", participle)
_KINDS = {"ngủ gật": "nod", "mộng du": "walk", "nói mơ": "talk", "nói mớ": "talk", "nghiến răng": "grind"}
_EN = {"nod": ("nod off", "nods off", "nodded off", "nodding off", "nodded off"),
       "fall": ("fall asleep", "falls asleep", "fell asleep", "falling asleep", "fallen asleep"),
       "walk": ("sleepwalk", "sleepwalks", "sleepwalked", "sleepwalking", "sleepwalked"),
       "talk": ("talk", "talks", "talked", "talking", "talked"), "grind": ("grind", "grinds", "ground", "grinding",
                                                                         "ground")}
_VI = {"nod": "ngủ gật", "fall": "ngủ gật", "walk": "bị mộng du", "talk": "nói mơ", "grind": "nghiến răng"}
# English forms as read back: "base", "s", "past" (a participle too), "pp", "ing"
_FORMS = {"nod": "base", "doze": "base", "fall": "base", "sleepwalk": "base", "talk": "base", "grind": "base",
          "nods": "s", "dozes": "s", "falls": "s", "sleepwalks": "s", "talks": "s", "grinds": "s", "nodded": "past",
          "dozed": "past", "fell": "past", "sleepwalked": "past", "talked": "past", "ground": "past", "fallen": "pp",
          "nodding": "ing", "dozing": "ing", "falling": "ing", "sleepwalking": "ing", "talking": "ing",
          "grinding": "ing"}
# the words that ask how often ("Bạn có hay nói mơ không?")
_ASKED_OFTEN = {"hay", "thường", "thường xuyên"}
# a statement ending "nhỉ" asks to be agreed with ("Tôi ngủ gật trong lớp nhỉ.": didn't I?)
_AGREED = lazy(r"\s(?i:nhỉ)\s*[.!]*")
# one's own child, whose childhood English does not say "as a child" ("My child used to sleepwalk as a child.")
_YOUNG = {"child": "they were", "son": "he was", "daughter": "she was"}

_DAY = rf"(?P<day>(?i:{alternatives(PAST_DAYS)}))"
_CHILD = rf"(?P<child>{AS_A_CHILD})"
_AUX = rf"(?P<aux>{alternatives(SELDOM)}|chưa\s+bao\s+giờ|bao\s+giờ|đã|đang|suýt(?:\s+nữa)?(?:\s+thì)?|không)"
# "Tôi ngủ gật trong lớp.", "Hồi nhỏ tôi bị mộng du.", "Tối qua bạn nói mơ đấy.", "Con tôi nghiến răng khi ngủ."
_DOZE = lazy(rf"(?:(?:{_DAY}|{_CHILD})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:{_AUX}\s+)?(?:bị\s+)?"
             rf"(?P<verb>(?i:{alternatives(_KINDS)}))(?:\s+(?P<place>(?i:{alternatives(_PLACES)})))?"
             rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN)})))?(?:\s+(?:{_DAY.replace('<day>', '<day2>')}|"
             rf"{_CHILD.replace('<child>', '<child2>')}))?(?:\s+(?P<tell>đấy|đó))?{ASKED_END}")
# told not to ("Đừng ngủ gật!", "Đừng ngủ gật khi lái xe nhé.")
_DONT = lazy(rf"(?i:đừng)\s+(?:bị\s+)?ngủ\s+gật(?:\s+(?P<place>(?i:{alternatives(_PLACES)})))?(?:\s+(?:nhé|nha))?"
             r"\s*(?P<end>[.!]*)")

# ... and in English ("He often nods off in class.", "Do you sleepwalk?", "She grinds her teeth at night.")
_WHOSE = r"(?:my|your|his|her|our|their)"
_DOING_EN = (r"(?:(?P<nod>(?:nod|nods|nodded|nodding|doze|dozes|dozed|dozing)\s+off)|"
             r"(?P<fall>(?:fall|falls|fell|fallen|falling)\s+asleep)|(?P<walk>sleepwalk(?:s|ed|ing)?)|"
             rf"(?P<talk>talk(?:s|ed|ing)?)\s+in\s+(?P<w1>{_WHOSE})\s+sleep|"
             rf"(?P<grind>grind|grinds|ground|grinding)\s+(?P<w2>{_WHOSE})\s+teeth)")
_PLACE_EN = rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES_VI)})))?"
_DOZE_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has|Was|Were|Is|Are|Am)\s+)?{WHO_EN}"
                r"(?P<aux>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn)['’]t|\s+used\s+to|"
                r"\s+(?:has|have|is|am|are|was|were)|['’](?:s|m|re|ve))?"
                r"(?:\s+(?P<adv>often|usually|sometimes|rarely|never|always|ever|almost|nearly))?"
                rf"\s+{_DOING_EN}{_PLACE_EN}(?:\s+in\s+(?P<w3>{_WHOSE})\s+sleep|\s+(?P<night>at\s+night))?"
                rf"(?:\s+(?P<day>{alternatives(PAST_DAYS_VI)})|\s+(?P<child>{AS_A_CHILD_EN}))?"
                r"\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:Don['’]t|Do\s+not)\s+(?:(?:nod|doze)\s+off|(?P<fall>fall\s+asleep)){_PLACE_EN}"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who nods off somewhere, sleepwalks, talks in their sleep or
    grinds their teeth in it, or tells one not to nod off; None for any other."""
    if src == "vi":
        return _doze(text) or _dont(text)
    return _doze_vi(text) or _dont_vi(text)


def _stop(end: str) -> str:
    """A statement's end as the source's: "!" where it has one, else "." (mt.text.stop)."""
    return "!" if "!" in end else "."


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose sleep, in English, of who of a match of WHO: "my" for "I", "her" for "mẹ tôi", "their" for "con tôi" (a
    child of unknown sex) or "bạn tôi"; None for a name, alone or after "em" or "bạn" (his or her, not known)."""
    if who_ in EN_WHOSE:
        return EN_WHOSE[who_]
    return his_her_of(m) or (None if m["given"] or m["title"] else "their")


def _young(who_: str) -> str:
    """"Hồi nhỏ" of who (English), as English says it: " as a child", or of one's child " when they were little"."""
    young = _YOUNG.get(who_.split()[-1])
    return f" when {young} little" if young else " as a child"


def _place(place: str, aux: str, day: str) -> str | None:
    """Where one nods off (_PLACES keyed) in English, by the Vietnamese `aux` before it and `day`: a habit or ever
    nods off in meetings, not in the one meeting; None for a while ("khi lái xe") or "các cuộc họp" with no day and
    no word of when or how often (once, or a habit?)."""
    said = _PLACES[place]
    if not day and (not aux and place.startswith(_WHILE) or said == "in meetings" and not (
            aux in SELDOM or aux in ("bao giờ", "chưa bao giờ"))):
        return None
    if said == "in the meeting" and (aux in SELDOM or aux in ("bao giờ", "chưa bao giờ")):
        return "in meetings" if aux in SELDOM else "in a meeting"
    return said


def _doze(text: str) -> str | None:
    """"Tôi ngủ gật trong lớp." as "I nodded off in class.", "Anh ấy hay ngủ gật trong giờ học." as "He often nods
    off in class.", "Bố tôi đã ngủ gật khi lái xe." as "My father fell asleep at the wheel.", "Em trai tôi bị mộng
    du." as "My younger brother sleepwalks.", "Hồi nhỏ tôi bị mộng du." as "I used to sleepwalk as a child.", "Tối qua
    bạn nói mơ đấy." as "You were talking in your sleep last night.", "Con tôi nghiến răng khi ngủ." as "My child
    grinds their teeth in their sleep." (_DOZE); None for anything else, pets, a statement asking to be agreed with,
    and a sleep one cannot tell of."""
    m = _DOZE.fullmatch(text)
    if not m or animal(m) or sum(bool(m[g]) for g in ("day", "day2", "child", "child2")) > 1 \
            or not m["asked"] and "?" not in m["end"] and _AGREED.search(text):
        return None
    asked, day, child = bool(m["asked"]), keyed(m["day"] or m["day2"] or ""), bool(m["child"] or m["child2"])
    said = who(m, asked) if asked == ("?" in m["end"]) and asked == bool(m["ask"]) else None
    kind, place, when = _KINDS[keyed(m["verb"])], keyed(m["place"] or ""), _WHEN.get(keyed(m["when"] or ""))
    if said is None or place and kind != "nod" or when and kind in ("nod", "walk") or kind == "grind" and not when \
            or kind == "talk" and when == "night" or m["tell"] and (asked or not day):
        return None
    who_, one = said
    whose = _whose(m, who_) if kind in ("talk", "grind") else ""
    place = _place(place, keyed(m["aux"] or ""), day) if place else ""
    if place is None:
        return None
    if place == "at the wheel":
        kind, place = "fall", ""
    if whose is None or day and kind not in ("nod", "fall") and PAST_DAYS[day] != _NIGHT:
        return None
    if kind == "talk" and not when and keyed(m["aux"] or "") in ("", "không") and not (day or child):
        return None  # ("Anh ấy nói mơ.": now, or as a habit?)
    tail = f" {place}" if place else " at the wheel" if kind == "fall" else ""

    def doing(form: int) -> str:
        verb = _EN[kind][form]
        # (the night not said twice: "Tối qua tôi nghiến răng vào ban đêm.", last night)
        night = "" if day else " at night"
        return f"{verb} {whose} teeth{night if when == 'night' else f' in {whose} sleep'}" if kind == "grind" \
            else f"{verb} in {whose} sleep" if kind == "talk" else f"{verb}{tail}"
    young = _young(who_) if child else ""
    said = _said(who_, one, asked, keyed(m["aux"] or ""), PAST_DAYS.get(day, ""), young, kind, bool(tail), doing)
    return f"{said[:-1]}{_stop(m['end'])}" if said and not asked else said  # ("!" kept)


def _said(who_: str, one: bool, asked: bool, aux: str, day: str, child: str, kind: str, placed: bool,
          doing) -> str | None:
    """The English sentence of who doing what `doing` gives (by the form of its verb: 0 base, 1 "-s", 2 past,
    3 "-ing", 4 participle), by the Vietnamese `aux` before it, on `day` (English) or as a child (`child`, as English
    says it: " as a child"; "" for none), and nodding off somewhere (`placed`); None where the Vietnamese does not
    tell the tense for sure."""
    nod, on = kind in ("nod", "fall"), f" {day}" if day else ""
    do, have = ("Does", "Has") if one else ("Do", "Have")
    if asked:
        if nod and (who_ == "I" or child):  # ("Tôi có hay ngủ gật không?": one knows)
            return None
        if day or child:
            return f"Did {who_} {doing(0)}{on or child}?" if not aux else None
        if aux in _ASKED_OFTEN:
            return f"{do} {who_} often {doing(0)}?"
        if aux == "bao giờ":
            return f"{have} {who_} ever {doing(4)}?"
        return f"{do} {who_} {doing(0)}?" if not (aux or nod) else None
    if aux == "bao giờ" or child and nod:
        return None
    if child:
        if aux and aux not in SELDOM or aux == "không bao giờ":
            return None
        return capitalised(f"{who_} {f'{SELDOM[aux]} {doing(2)}' if aux else f'used to {doing(0)}'}{child}.")
    if day:
        if aux == "không":
            return capitalised(f"{who_} didn't {doing(0)}{on}.")
        if not nod:
            return capitalised(f"{who_} {'was' if one or who_ == 'I' else 'were'} {doing(3)}{on}.") if not aux \
                else None
        if aux in ("", "đã") or aux.startswith("suýt"):
            return capitalised(f"{who_} {'almost ' * aux.startswith('suýt')}{doing(2)}{on}.")
        return None
    if aux in SELDOM:
        return capitalised(f"{who_} {SELDOM[aux]} {doing(1 if one else 0)}.")
    if aux == "chưa bao giờ":
        return capitalised(f"{who_} {have.lower()} never {doing(4)}.")
    if aux == "đang":
        # (not said of oneself now; "Bạn đang nói mơ.", said to one awake, is "you're dreaming")
        if kind == "grind" or kind in ("walk", "talk") and who_ in ("I", "we") or kind == "talk" and who_ == "you":
            return None
        return capitalised(contracted(who_, f"{'am' if who_ == 'I' else 'is' if one else 'are'} {doing(3)}."))
    if nod:
        if aux.startswith("suýt"):
            return capitalised(f"{who_} almost {doing(2)}.")
        # (a place makes it one time: "Tôi ngủ gật trong lớp."; "Tôi ngủ gật." may be now)
        return capitalised(f"{who_} {doing(2)}.") if aux == "đã" or not aux and placed else None
    if aux == "không":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {doing(0)}.")
    return None if aux else capitalised(f"{who_} {doing(1 if one else 0)}.")


def _dont(text: str) -> str | None:
    """"Đừng ngủ gật!" as "Don't nod off!", "Đừng ngủ gật khi lái xe nhé." as "Don't fall asleep at the wheel."
    (_DONT); None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    place = _PLACES[keyed(m["place"])] if m["place"] else ""
    doing = "fall asleep at the wheel" if place == "at the wheel" else f"nod off {place}".rstrip()
    return f"Don't {doing}{_stop(m['end'])}"


def _own(m: re.Match, who_: str, whose: str) -> bool:
    """Whether `whose` ("his") is who's own, of a match of WHO_EN (`who_` in Vietnamese): "I … my", "My mother … her",
    "My child … his", "her" or "their"."""
    if m["who"]:
        return EN_WHOSE.get(m["who"].lower(), "my") == whose  # (EN_WHOSE keys "I" alone in capitals)
    own = his_her(who_) if m["kin"] else None
    return whose == own if own else whose in ("his", "her", "their")


def _doze_vi(text: str) -> str | None:
    """"I nodded off in class." as "Tôi ngủ gật trong lớp.", "He often nods off in class." as "Anh ấy hay ngủ gật
    trong lớp.", "My father fell asleep at the wheel." as "Bố tôi đã ngủ gật khi lái xe.", "My brother sleepwalks." as
    "Anh trai tôi bị mộng du.", "I used to sleepwalk as a child." as "Hồi nhỏ tôi bị mộng du.", "You were talking in
    your sleep last night." as "Tối qua bạn nói mơ.", "Do you grind your teeth at night?" as "Bạn có nghiến răng vào
    ban đêm không?" (_DOZE_EN); None for anything else, pets, whose not who's, and verbs that do not agree."""
    m = _DOZE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None  # (… and "Do you not sleepwalk?", asked and denied)
    kind = next(k for k in _EN if m[k])
    form, place, night = _FORMS[m[kind].split()[0].lower()], (m["place"] or "").lower(), bool(m["night"])
    who_, one = who_vi(m)
    whose = (m["w1"] or m["w2"] or "").lower()
    if kind == "fall" and not place or place and kind not in ("nod", "fall") or (kind == "grind") != bool(
            m["w3"] or night) or whose and not _own(m, who_, whose) or m["w3"] and m["w3"].lower() != whose:
        return None
    q, adv, day = (m["q"] or "").lower(), (m["adv"] or "").lower(), (m["day"] or "").lower()
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    aux = {"'s": "is" if form == "ing" else "has", "'m": "am", "'re": "are", "'ve": "have"}.get(aux, aux)
    nod = kind in ("nod", "fall")
    if day and not nod and day != _NIGHT or day and m["child"]:
        return None
    tail = f" {_PLACES_VI[place]}" if place else " vào ban đêm" if night else " khi ngủ" if kind == "grind" else ""
    plain = tail + (" khi ngủ" if kind == "talk" else "")  # ("Anh ấy nói mơ khi ngủ.": "hay" tells it without)
    said = _said_vi(m, who_, one, q or aux, form, adv, nod, kind)
    if said is None:
        return None
    opening, words, asked = said
    words = words.replace("{}", _VI[kind]).replace("{plain}", plain).replace("{tail}", tail)
    opening = opening or PAST_DAYS_VI.get(day, "")
    said = f"{opening} {who_} {words}{' không?' if asked else _stop(m['end'])}".strip()
    return capitalised(said.replace(" chưa không?", " chưa?").replace("đang bị ", "đang "))


def _said_vi(m: re.Match, who_: str, one: bool, aux: str, form: str, adv: str, nod: bool,
             kind: str) -> tuple[str, str, bool] | None:
    """What opens the Vietnamese ("Hồi nhỏ", "Trước đây", "" for a day or none), the words after who ("{}" for the
    doing, "{tail}" for where or when, "{plain}" for both said plainly) and whether asked, of a match of _DOZE_EN with
    its auxiliary `aux` (asking or not, written out: "does not"), the form of its verb and its adverb; None where the
    tense, the asking or the verb's agreeing is not read for sure."""
    day, child, asked = m["day"], m["child"], "?" in m["end"]
    habit = HABIT_VI.get(adv)
    if aux in ("do", "does") and asked:
        pre = {"": "", "often": "hay ", "usually": "thường ", "ever": "bao giờ "}.get(adv)
        ok = form == "base" and not (day or child) and (aux == "does") == one and pre is not None and (pre or not nod)
        return ("", f"có {pre}{{}}{{plain}}" if not pre else f"có {pre}{{}}{{tail}}", True) if ok else None
    if aux == "did" and asked:  # (not "Did you nod off?": "Bạn có ngủ gật không?" is now, or a habit)
        ok = form == "base" and not adv and (day or child and not nod)
        return ("Hồi nhỏ" if child else "", "có {}{tail}", True) if ok else None
    if aux in ("have", "has") and asked:
        ok = adv == "ever" and form in ("past", "pp") and not (day or child) and (aux == "has") == one
        return ("", "đã bao giờ {}{tail} chưa", True) if ok else None
    if aux in ("was", "were") and asked:
        ok = form == "ing" and day and not (nod or adv) and be_agrees(m, aux, True)
        return ("", "có {}{tail}", True) if ok else None
    if asked:
        return None
    if aux in ("do not", "does not"):
        ok = form == "base" and not (adv or day or child or nod) and (aux == "does not") == one
        return ("", "không {}{plain}", False) if ok else None
    if aux == "did not":  # (not "I didn't nod off.": "Tôi không ngủ gật." is "I don't")
        return ("", "không {}{tail}", False) if form == "base" and not (adv or child) and day else None
    if aux == "used to":
        ok = form == "base" and not (adv or day)
        return ("Hồi nhỏ" if child else "Trước đây", f"{'' if kind == 'walk' else 'hay '}{{}}{{tail}}", False) \
            if ok else None
    if aux in ("have", "has"):
        ok = adv == "never" and form in ("past", "pp") and not (day or child) and (aux == "has") == one
        return ("", "chưa bao giờ {}{tail}", False) if ok else None
    if aux in ("is", "am", "are"):
        ok = form == "ing" and not (adv or day or child) and kind != "grind" and be_agrees(m, aux) and not (
            kind in ("walk", "talk") and who_ in ("tôi", "chúng tôi"))
        return ("", "đang {}{tail}".replace("bị ", ""), False) if ok else None
    if aux in ("was", "were"):
        ok = form == "ing" and day and not (nod or adv) and be_agrees(m, aux, True)
        return ("", "{}{tail}", False) if ok else None
    if aux:
        return None
    if form in ("s", "base"):
        ok = (form == "s") == one and not (day or child) and (habit or not (nod or adv))  # ("almost sleepwalks")
        return ("", f"{habit} {{}}{{tail}}" if habit else "{}{plain}", False) if ok else None
    if form != "past":
        return None
    if adv in ("almost", "nearly"):
        return ("", "suýt {}{tail}", False) if nod and not child else None
    if child:  # (not "He nodded off as a child.", once or a habit, as "Hồi nhỏ" reads it)
        ok = habit or not (adv or nod)
        return ("Hồi nhỏ", f"{habit} {{}}{{tail}}" if habit else "{}{tail}", False) if ok else None
    if adv or not (nod or day):
        return None
    # (a place says it was once, but not a while nor meetings: "Bố tôi đã ngủ gật khi lái xe.")
    where = _PLACES_VI.get((m["place"] or "").lower(), "")
    once = where and not where.startswith(_WHILE) and "các " not in where
    return ("", "{}{tail}" if day or once else "đã {}{tail}", False)


def _dont_vi(text: str) -> str | None:
    """"Don't nod off!" as "Đừng ngủ gật!", "Don't fall asleep at the wheel." as "Đừng ngủ gật khi lái xe." (_DONT_EN);
    None for anything else, and "Don't fall asleep." with no place (mt/bedtimes.py's)."""
    m = _DONT_EN.fullmatch(text)
    if not m or m["fall"] and not m["place"]:
        return None
    place = f" {_PLACES_VI[m['place'].lower()]}" if m["place"] else ""
    return f"Đừng ngủ gật{place}{_stop(m['end'])}"
