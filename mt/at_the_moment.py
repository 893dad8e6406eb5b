"""What someone is doing at the moment (cooking, having a meal, eating, sleeping or napping, working, studying, in a
meeting, out for a walk, shopping, on their way) and what they are doing or eating, said or asked, both ways, written
whole by rule. v8 (rules on) puts "đang" in the past, loses kin as who, reads "tối" as dark and "trưa" as lunch to eat,
and loses "đang" and whose going into Vietnamese: "Mẹ tôi đang nấu ăn." → "My mother was cooking.", "Họ đang ăn tối."
→ "They're eating dark.", "Bố tôi đang ăn trưa." → "I'm eating lunch.", "Bà tôi đang ngủ trưa." → "My grandmother
was sleeping lunch.", "Mẹ bạn có đang nấu ăn không?" → "Are you cooking?", "Bố bạn đang ngủ à?" → "Are you
sleeping?", "Bố bạn đang làm gì vậy?" → "What do you do?", "Anh đang làm gì?" → "What's you doing?", "Anh ấy đang
họp." → "He's meeting.", "Anh ấy đang đi dạo." → "He's going to walk.", "Bố tôi đang trên đường đi làm." → "My father
is on the way to do.", "Con tôi đang trên đường đi học." → "I'm on the way to go to school."; "My grandmother is
having a nap." → "Bà tôi đang có một món quà.", "Uncle Hung is taking a nap." → "Chú Hung đang dùng một nap.", "He's
on his way." → "Anh ta đang theo đường của anh.", "Are you on your way?" → "Bạn đang theo cách của mình?", "She's on
her way here." → "Cô ấy đang ở đây.", "What is Lan doing?" → "Làm gì?", "What's your father doing?" → "Bố làm gì?",
"My father is in a meeting." → "Cha tôi đang ở trong cuộc họp.", "She's out for a walk." → "Cô ta đi bộ.", "Is your
father working?" → "Cha của bạn có làm việc không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking), parents or grandparents and whose
(mt.people.PARENTS), the kids or everyone (mt.noise.GROUPS), "Uncle", "Aunt" and a name in English; "đang" (or "vẫn
đang", still) doing one of DOINGS, said, or asked with "có … không", "à", "hả", "phải không" (in English "is/are …
-ing", "still", "right now"); "… đang làm gì?", "… đang ăn gì?" and "What is … doing / eating?"; on one's way (home,
back, here, to work, to school), whose way as who says it ("the" where who does not, with a place). Left: without
"đang" (a habit), with a day or a time (a story or a plan), "I" asked about, "still working" (not retired:
mt/work_status.py), cooking in English and "nấu cơm", "nấu bữa tối" (mt/chores.py), "đi mua sắm", "đi chợ", getting
dressed, a shower (mt/chores.py, mt/washing.py, the phrase list), watching, reading, the phone (mt/doing_now.py), busy
(mt/busy.py), homework (mt/homework.py), how one sleeps (mt/sleep.py), what someone is cooking (mt/mealtimes.py), "đi
làm" (at work, or going?), the baby.
mt.phrasebook.translate tries these after mt/plants.py.

    >>> translate("Họ đang ăn tối.", "vi", "en"), translate("Uncle Hung is taking a nap.", "en", "vi")
    ("They're having dinner.", 'Chú Hung đang ngủ trưa.')
"""
from __future__ import annotations

import re

from .doing_now import who_now
from .hobbies import WHO, WHO_EN, be_of, who_vi
from .lazy_re import lazy
from .names import EN_TITLES, GIVEN_EN
from .noise import GROUPS, GROUPS_VI
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .terms import his_her
from .text import (
    BE_EN,
    WHOSE_OF,
    alternatives,
    be_said,
    capitalised,
    keyed,
    progressive,
)

# what one is doing, as English says it after "is" (the first Vietnamese of each English is written back; "{whose}"
# is whose way, by who)
DOINGS = {"nấu ăn": "cooking", "nấu nướng": "cooking", "làm cơm": "cooking", "chuẩn bị bữa tối": "making dinner",
          "chuẩn bị bữa trưa": "making lunch", "chuẩn bị bữa sáng": "making breakfast", "ăn tối": "having dinner",
          "ăn cơm tối": "having dinner", "ăn bữa tối": "having dinner", "ăn trưa": "having lunch",
          "ăn cơm trưa": "having lunch", "ăn sáng": "having breakfast", "ăn": "eating", "ăn cơm": "eating",
          "ngủ": "sleeping", "ngủ trưa": "taking a nap", "làm việc": "working", "học": "studying",
          "học bài": "studying", "họp": "in a meeting", "đi dạo": "out for a walk",
          "trên đường đến": "on {whose} way", "trên đường tới": "on {whose} way", "trên đường": "on {whose} way",
          "trên đường về": "on {whose} way back", "trên đường về nhà": "on {whose} way home",
          "trên đường đến đây": "on {whose} way here", "trên đường tới đây": "on {whose} way here",
          "trên đường đi làm": "on {whose} way to work", "trên đường đi học": "on {whose} way to school"}
_DOINGS_KEYED = {keyed(vi): en for vi, en in DOINGS.items()}
# ... and back; cooking and making a meal are mt/chores.py's ("My mother is cooking." → "… nấu cơm.")
DOINGS_VI = {en: vi for vi, en in reversed(DOINGS.items()) if "{" not in en and not en.startswith(("cook", "mak"))} | {
    "eating dinner": "ăn tối", "eating lunch": "ăn trưa", "eating breakfast": "ăn sáng", "having a meal": "ăn cơm",
    "asleep": "ngủ", "having a nap": "ngủ trưa", "napping": "ngủ trưa", "at a meeting": "họp",
    "taking a walk": "đi dạo", "shopping": "đi mua sắm", "out shopping": "đi mua sắm"}
# whose way is where ("home": "trên đường về nhà"), the first Vietnamese of each
_WAYS_VI = {en.removeprefix("on {whose} way").strip(): vi for vi, en in reversed(DOINGS.items()) if "{" in en}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đang\s+(?:nấu|làm|chuẩn|ăn|ngủ|học|họp|đi\s+dạo|trên))"),
         "en": lazy(r"(?i:\b(?:having|eating|sleeping|asleep|nap|working|studying|meeting|walk|shopping|way|doing))")}

_WHO_ANY = (rf"(?:{PARENTS_WHOSE}|"
            rf"(?P<group>(?i:{alternatives(GROUPS)}))|{WHO})")
_PARTICLE = r"(?:\s+(?P<soft>vậy|thế|nhỉ|ạ|đấy))?\s*(?P<end>[.!?]*)"
_NOW = lazy(rf"{_WHO_ANY}\s+(?:(?P<ask>có)\s+)?(?P<still>vẫn\s+)?đang\s+(?P<doing>(?i:{alternatives(DOINGS)}))"
            rf"(?:\s+(?P<asked>không|à|hả|phải\s+không))?{_PARTICLE}")
_WHAT = lazy(rf"{_WHO_ANY}\s+(?P<still>vẫn\s+)?đang\s+(?P<verb>làm|ăn)\s+gì{_PARTICLE}")
_WHO_EN_ANY = (rf"(?:{PARENTS_WHOSE_EN}|"
               rf"(?P<etitle>Uncle|Aunt)\s+(?P<named>{alternatives(GIVEN_EN)})|"
               rf"(?P<group>(?i:{alternatives(GROUPS_VI)}))|{WHO_EN})")
_DOING_EN = (rf"(?:(?P<doing>(?i:{alternatives(DOINGS_VI)}))|on\s+(?P<owner>my|your|his|her|our|their)\s+way"
             rf"(?:\s+(?P<where>{alternatives(w for w in _WAYS_VI if w)}))?)")
_NOW_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+)?{_WHO_EN_ANY}{BE_EN}?(?:\s+(?P<still>still))?\s+{_DOING_EN}"
               r"(?:\s+(?:right\s+)?now)?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What(?P<be>['’]s|\s+is|\s+are|\s+am)\s+{_WHO_EN_ANY}(?:\s+(?P<still>still))?\s+"
                r"(?P<verb>doing|eating)(?:\s+(?:right\s+)?now)?\s*\?+")
_WHAT_VI = {"doing": "làm", "eating": "ăn"}


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone is doing at the moment, or what they are doing or
    eating; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    return _now(text) or _what(text) if src == "vi" else _now_vi(text) or _what_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, str, str | None] | None:
    """Who of _WHO_ANY in English, "is", "am" or "are" after them, and whose way it is: ("my parents", "are",
    "their"), or as mt.doing_now.who_now reads the rest ("my mother", "is", "her"); None for "anh", "chị" … alone
    said, and for "I" asked."""
    return (parents_said(m, "en"), "are", "their") if m["parents"] else who_now(m, asked)


def _now(text: str) -> str | None:
    """"Mẹ tôi đang nấu ăn." as "My mother is cooking.", "Họ vẫn đang ăn tối." as "They're still having dinner.", "Bố
    bạn có đang ngủ không?" as "Is your father sleeping?", "Bố tôi đang trên đường về nhà." as "My father is on his
    way home.", "Con tôi đang trên đường đi học." as "My child is on the way to school." (_NOW); None for anything
    else, and for "vẫn đang làm việc" (mt/work_status.py's)."""
    m = _NOW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and keyed(m["asked"] or "") != "không" or \
            m["still"] and (m["ask"] or keyed(m["doing"]) == "làm việc") or \
            not asked and m["soft"] not in (None, "ạ") or (said := _who(m, asked)) is None:
        return None  # ("… thế.", "… nhỉ.": so? isn't she?)
    who_, be_, whose = said
    doing = _DOINGS_KEYED[keyed(m["doing"])]
    if "{whose}" in doing:
        if whose is None and doing.endswith("way"):
            return None  # ("Con tôi đang trên đường đến.": "My child is on the way" is a birth)
        doing = doing.format(whose=whose or "the")  # ("Lan is on the way home.": his or her unknown)
    doing = f"{'still ' * bool(m['still'])}{doing}"
    return progressive(who_, be_, doing, asked, end=m["end"])


def _what(text: str) -> str | None:
    """"Bố bạn đang làm gì vậy?" as "What is your father doing?", "Anh đang làm gì?" as "What are you doing?", "Bọn
    trẻ đang ăn gì thế?" as "What are the kids eating?" (_WHAT); None for anything else."""
    m = _WHAT.fullmatch(text)
    if not m or "?" not in m["end"] or (said := _who(m, True)) is None:
        return None
    who_, be_, _ = said
    verb = "doing" if keyed(m["verb"]) == "làm" else "eating"
    return f"What {be_} {who_} {'still ' * bool(m['still'])}{verb}?"


def _who_vi(m: re.Match) -> tuple[str, str, str | None]:
    """Who of _WHO_EN_ANY in Vietnamese, the "be" that agrees with them, and their own whose in English where it is
    known: ("bố mẹ tôi", "are", "their") for "my parents", ("chú Hung", "is", "his") for "Uncle Hung", ("tôi", "am",
    "my") for "I", ("mẹ tôi", "is", "her") for "my mother", ("Lan", "is", None) for "Lan"."""
    if m["parents"]:
        return parents_said(m, "vi"), "are", "their"
    if m["etitle"]:
        return f"{EN_TITLES[m['etitle'].lower()]} {m['named']}", "is", "his" if m["etitle"] == "Uncle" else "her"
    if m["group"]:
        said = keyed(m["group"])
        return GROUPS_VI[said], "is" if said.startswith("every") else "are", "their"
    said, one = who_vi(m)
    whose = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(said) if m["kin"] else None
    return said, be_of(said, one), whose


def _doing_vi(m: re.Match, own: str | None) -> str | None:
    """What is being done of a match of _DOING_EN in Vietnamese ("having dinner": "ăn tối", "on her way home":
    "trên đường về nhà"); None for a way that is not who's own ("I'm on his way"; a name's is his or her)."""
    if not m["owner"]:
        return DOINGS_VI[keyed(m["doing"])]
    whose = m["owner"].lower()
    if whose != own and not (own is None and whose in ("his", "her")):
        return None
    return _WAYS_VI[keyed(m["where"] or "")]


def _now_vi(text: str) -> str | None:
    """"My mother is having lunch." as "Mẹ tôi đang ăn trưa.", "Is your father in a meeting?" as "Bố bạn có đang
    họp không?", "Are they still having dinner?" as "Họ vẫn đang ăn tối à?", "He's on his way here." as "Anh ấy đang
    trên đường đến đây." (_NOW_EN); None for anything else, where "is" does not agree with who, for "I" asked, and
    for "still working" (not retired?)."""
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or \
            m["still"] and keyed(m["doing"] or "") == "working":
        return None
    who_, be_, own = _who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_ or m["be0"] and who_ == "tôi" or (doing := _doing_vi(m, own)) is None:
        return None
    if m["be0"]:
        return capitalised(f"{who_} vẫn đang {doing} à?" if m["still"] else f"{who_} có đang {doing} không?")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {doing}") + ("!" if "!" in m["end"] else ".")


def _what_vi(text: str) -> str | None:
    """"What is your mother doing?" as "Mẹ bạn đang làm gì?", "What's Lan eating?" as "Lan đang ăn gì?", "What are
    the kids doing?" as "Bọn trẻ đang làm gì?" (_WHAT_EN); None for anything else, where "is" does not agree with
    who, and for "I" asked."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_, be_, _ = _who_vi(m)
    if be_said(m["be"]) != be_ or who_ == "tôi":
        return None
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {_WHAT_VI[m['verb']]} gì?")
