"""Casts, crutches, stitches, slings, bandages and grazes after an injury, both ways, written whole by rule. v8 (rules
on) reads "bó bột" as brewing or battering, "tháo bột" as solving, "chống nạng" as fighting, "băng treo" as an
iceberg, "trầy" as knees, and English "cast" as a forecast or a vote, "on crutches" as on top of them, "sling" as a
slide, "graze" as taking: "Cô ấy phải bó bột." → "She must brew.", "Chân anh ấy bị bó bột." → "His foot was
battered.", "Anh ấy đã tháo bột rồi." → "He resolved it.", "Tôi phải chống nạng." → "I must fight crutches.", "Tôi
đang chống nạng." → "I'm rushing.", "Tôi bị khâu năm mũi." → "I was five stitches.", "Tôi phải đeo băng treo tay." →
"I must wear an iceberg.", "Bác sĩ đã băng bó cho tôi." → "Your doctor bandaged me.", "Tôi bị trầy đầu gối." → "I'm
knees.", "Tôi bị trầy xước." → "I have scratched."; "She has her arm in a cast." → "Cô ấy có cánh tay của cô ấy trong
một buổi dự báo." (a forecast), "He's had his cast taken off." → "Anh ta đã bỏ phiếu." (voted), "When is your cast
coming off?" → "Khi nào bạn cũng ra đi?", "I'm on crutches." → "Tôi đang ở trên nạng.", "My arm is in a sling." →
"Cánh tay của tôi đang ở trong một trượt.", "I grazed my knee." → "Tôi lấy gối của tôi." (took my pillow).

Taken: who (mt.hobbies.WHO, WHO_EN) in a cast (a part of CAST_PARTS in it or none), on crutches, with an arm in a sling
(now "đang", still "vẫn", "còn"; asked "có đang … không?"); having to wear a cast, use crutches or wear a sling, or
needing stitches ("phải", "đã phải", "sẽ phải", "vẫn phải"; "phải khâu năm mũi": needs five stitches), for a span of
mt.spans ("trong sáu tuần"); who had stitches ("bị khâu năm mũi", "vừa được khâu"); a part's cast said whose first
("Tay cô ấy đang bó bột.", "Her arm is in a cast."); a cast taken off or stitches out ("tháo bột", "được cắt chỉ"):
done, just done, done yet?, on a day behind, getting it off on a day ahead or soon, when; a part of GRAZED grazed or
with a scratch on it ("bị trầy đầu gối", "bị xước mặt"), a few scratches ("bị trầy xước"), with a day behind; the doctor
or the nurse who bandaged someone, a part, a wound, or "it". English is read by writing each reading back and comparing
(`_readings`), so "has", "does", "is" and whose agree with who. Left: "anh", "chị", "em" alone saying it (the speaker or
the listener: mt.hobbies.who), whose not known in English (a name alone, "we", "they"), "tay" and "chân" grazed (the
hand or the arm?), a cast put on ("được bó bột") or on a day, spans of months, negations, the injury itself (broke, cut,
sprained, fell: mt/injuries.py, mt/falls.py), hospital (mt/hospital.py), sewing (mt/mending.py), English "scratched" a
part (mostly an itch rubbed: "He scratched his chin.").
mt.phrasebook.translate tries these after mt/food_delivery.py.

    >>> translate("Cô ấy phải bó bột.", "vi", "en"), translate("I'm on crutches.", "en", "vi")
    ('She has to wear a cast.', 'Tôi đang chống nạng.')
"""
from __future__ import annotations

import re

from . import hobbies, spans
from . import text as _text
from .aches import PARTS
from .dates import AHEAD, LAST, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed, third_person

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bột|nạng|khâu|băng|trầy|xước|(?:cắt|tháo)\s+chỉ)"),
         "en": lazy(r"(?i:cast|crutch|stitch|sling|bandag|graz|scrap|skinned|scratch|wound)")}

# what goes in a cast (mt.aches.PARTS: "tay" the arm, "chân" the leg), and what is grazed or bandaged ("tay" and "chân"
# are left there: the hand or the arm, the foot or the leg)
CAST_PARTS = {vi: en for vi, en in PARTS.items() if en in ("arm", "leg", "wrist", "ankle", "foot", "hand", "finger")}
CAST_PARTS_VI = {en: vi for vi, en in reversed(CAST_PARTS.items())}
GRAZED = {vi: en for vi, en in PARTS.items() if en in ("knee", "hand", "ankle", "wrist")} | {
    "cánh tay": "arm", "khuỷu tay": "elbow", "cùi chỏ": "elbow", "mặt": "face", "cằm": "chin", "trán": "forehead"}
GRAZED_VI = {en: vi for vi, en in reversed(GRAZED.items())}
COUNTS_VI = {en: vi for vi, en in spans.COUNTS.items()}  # (stitches: "năm mũi", five)
# "phải", "đang" … before the act, as (what is said, its tense); "bị" is now for a cast, had for stitches
_AUXES = {"đang": ("now", ""), "vẫn": ("now", "still"), "vẫn còn": ("now", "still"), "vẫn đang": ("now", "still"),
          "còn": ("now", "still"), "phải": ("must", ""), "cần": ("need", ""), "cần phải": ("need", ""),
          "đã phải": ("must", "past"), "sẽ phải": ("must", "will"), "vẫn phải": ("must", "still"),
          "vẫn còn phải": ("must", "still"), "còn phải": ("must", "still"), "bị": ("bị", ""), "được": ("got", "past"),
          "đã bị": ("got", "past"), "đã được": ("got", "past"), "vừa bị": ("got", "just"), "vừa được": ("got", "just"),
          "vừa mới được": ("got", "just"), "mới được": ("got", "just")}
_ACTS = {"bó bột": "cast", "chống nạng": "crutches", "đi nạng": "crutches", "đeo băng treo": "sling",
         "đeo băng treo tay": "sling", "đeo băng treo cánh tay": "sling", "khâu": "stitches"}
# ... and back: (what, tense) → Vietnamese before the act, said and asked ("{a}" the act)
_AUXES_VI = {("now", ""): ("đang {a}", "có đang {a} không"), ("now", "still"): ("vẫn đang {a}", "vẫn còn {a} không"),
             ("must", ""): ("phải {a}", "có phải {a} không"), ("must", "past"): ("đã phải {a}", ""),
             ("must", "will"): ("sẽ phải {a}", ""), ("must", "still"): ("vẫn phải {a}", "vẫn còn phải {a} không"),
             ("got", "past"): ("bị {a}", "có bị {a} không"), ("got", "just"): ("vừa được {a}", "")}
_ACTS_VI = {"cast": "bó bột", "crutches": "chống nạng", "sling": "đeo băng treo tay", "stitches": "khâu"}
# the act as English says it, by (what, act): the verb ("be", "have", "need") and the rest, the first written ("{w}"
# whose, "{p}" the part, "{n}" how many); "cast+" is a cast with its part
_PHRASES = {("now", "cast"): [("be", "in a cast"), ("be", "wearing a cast")],
            ("now", "cast+"): [("have", "{w} {p} in a cast")], ("now", "crutches"): [("be", "on crutches")],
            ("now", "sling"): [("have", "{w} arm in a sling"), ("be", "wearing a sling")],
            ("must", "cast"): [("have", "to wear a cast"), ("have", "to be in a cast")],
            ("must", "cast+"): [("have", "to have {w} {p} in a cast")],
            ("must", "crutches"): [("have", "to use crutches"), ("have", "to walk on crutches")],
            ("must", "sling"): [("have", "to wear a sling")], ("got", "stitches"): [("have", "{n}stitches")],
            ("must", "stitches"): [("need", "{n}stitches"), ("have", "to have {n}stitches")]}
_FORMS = list(_AUXES_VI)  # each (what, tense) English may say

_COUNT = rf"(?P<count>\d{{1,2}}|(?i:{alternatives(spans.COUNTS)}))"
# "Cô ấy phải bó bột.", "Anh ấy đang bó bột tay.", "Bạn có phải chống nạng không?", "Tôi bị khâu năm mũi."
_STATE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<aux>{alternatives(_AUXES)})\s+(?P<act>{alternatives(_ACTS)})"
              rf"(?:\s+(?:ở\s+)?(?P<part>{alternatives(CAST_PARTS)})|\s+{_COUNT}\s+mũi)?"
              rf"(?:\s+(?:trong\s+)?{spans.VI})?{_text.ASKED_END}")
# "Tay cô ấy đang bó bột.", "Chân mẹ tôi vẫn còn bó bột."
_PART_CAST = lazy(rf"(?P<part>(?i:{alternatives(CAST_PARTS)}))\s+(?:của\s+)?{OWNER}\s+(?:(?P<still>vẫn(?:\s+còn|"
                  rf"\s+đang)?|còn)\s+|đang\s+)?(?:bị\s+)?bó\s+bột{SOFTENED_END}")
# a cast off, stitches out ("Anh ấy đã tháo bột rồi.", "Khi nào bạn được tháo bột?", "Tuần sau tôi được cắt chỉ.")
_OFF = lazy(rf"{DAY_OPENING}(?:(?P<when>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|"
            rf"sắp)\s+)?(?P<got>được\s+)?(?P<off>tháo\s+bột|tháo\s+chỉ|cắt\s+chỉ){DAY_AFTER}(?:\s+(?P<yet>rồi|chưa))?"
            rf"{SOFTENED_END}")
# grazed ("Tôi bị trầy đầu gối.", "Tôi chỉ bị trầy xước thôi.")
_GRAZE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới)\s+)?(?P<only>chỉ\s+)?bị\s+(?P<how>trầy\s+xước|"
              rf"trầy|xước)(?:\s+(?P<part>{alternatives(GRAZED)})|\s+(?P<light>nhẹ))?{DAY_AFTER}(?:\s+(?P<yet>thôi))?"
              rf"{SOFTENED_END}")
# bandaged ("Bác sĩ đã băng bó cho tôi.", "Y tá vừa băng đầu gối cho con tôi.", "Bác sĩ đã băng nó lại.")
_BY = {"bác sĩ": "the doctor", "y tá": "the nurse"}
_BANDAGE = lazy(rf"(?P<by>(?i:{alternatives(_BY)}))\s+(?P<aux>đã|vừa)\s+băng(?:\s+(?P<bo>bó))?(?:\s+(?P<wound>vết\s+"
                rf"thương)|\s+(?P<part>{alternatives(GRAZED)}))?(?:\s+cho\s+{WHOM}|\s+(?P<it>nó\s+lại)){SOFTENED_END}")

# ... and in English: who opening it (after "Is", "Does" …), a part in a cast, how many stitches, for how long
_OPENING_EN = lazy(rf"(?:(?i:is|are|am|do|does|did|will)\s+)?{WHO_EN}(?!\w)")
_PART_IN_EN = lazy(rf"(?i:{WHOSE_WORDS})\s+(?P<part>{alternatives(CAST_PARTS_VI)})\s+in\s+a\s+cast")
_COUNT_EN = lazy(rf"(?P<count>\d{{1,2}}|{alternatives(COUNTS_VI)})\s+stitch")
_SPAN_EN = lazy(rf"\s+for\s+{spans.EN}(?=\s*[.!?]*$)")
_OWN_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
# "Her arm is in a cast.", "My mother's leg is still in a cast.", "My arm is in a sling."
_PART_IN = lazy(rf"{_OWN_EN}\s+(?P<part>{alternatives(CAST_PARTS_VI)})(?:\s+is|['’]s)(?P<still>\s+still)?\s+in\s+a\s+"
                r"(?P<what>cast|sling)\s*[.!]*")
_HAVE = r"(?P<have>['’]ve|\s+have|['’]s|\s+has)"
# "He's had his cast taken off.", "Has she had her stitches out yet?", "I had my cast off yesterday."
_OFF_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}{_HAVE}?(?P<just>\s+just)?\s+(?:had|got)\s+(?P<own>{WHOSE_WORDS})\s+"
               rf"(?:(?P<cast>cast)\s+(?:taken\s+)?off|(?P<stitches>stitches)\s+(?:taken\s+)?out)(?P<yet>\s+yet)?"
               rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# "I'm getting my cast off next week.", "When is your cast coming off?", "When are your stitches coming out?"
_GETTING_EN = lazy(rf"{WHO_EN}{_text.BE_EN}\s+getting\s+(?P<own>{WHOSE_WORDS})\s+(?:(?P<cast>cast)\s+off|(?P<stitches>"
                   rf"stitches)\s+out){DAY_AFTER_EN}\s*[.!]*")
_WHEN_EN = lazy(rf"When\s+(?P<be>is|are)\s+(?P<whose>{WHOSE_WORDS})\s+(?:(?P<cast>cast)\s+coming\s+off|(?P<stitches>"
                r"stitches)\s+coming\s+out)\s*\?+")
# "I grazed my knee.", "She's scraped her elbow.", "I only got a few scratches." (not "scratched": "He scratched his
# chin." rubs an itch)
_GRAZE_EN = lazy(rf"{WHO_EN}{_HAVE}?(?P<just>\s+just)?\s+(?:(?P<how>grazed|scraped|skinned)\s+(?P<own>"
                 rf"{WHOSE_WORDS})\s+(?P<part>{alternatives(GRAZED_VI)})|(?P<only>only\s+)?got\s+(?:a\s+few|some)\s+"
                 rf"(?:scratches|scrapes)){DAY_AFTER_EN}\s*[.!]*")
# "The doctor bandaged me up.", "The nurse bandaged my knee.", "The doctor dressed my wound.", "… put a bandage on it."
_BANDAGE_EN = lazy(rf"(?P<by>The\s+doctor|The\s+nurse)(?P<just>\s+just)?\s+(?P<verb>bandaged|dressed|put\s+a\s+bandage"
                   rf"\s+on)\s+(?:(?P<it>it)|{WHOM_EN}\s+up|{_OWN_EN}"
                   rf"\s+(?:(?P<wound>wound)|(?P<part>{alternatives(GRAZED_VI)})))\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a cast, crutches, stitches, a sling, a bandage or a graze; None for others."""
    if src == "vi":
        return _state(text) or _part_cast(text) or _off(text) or _graze(text) or _bandage(text)
    return _state_vi(text) or _part_in_vi(text) or _off_vi(text) or _graze_vi(text) or _bandage_vi(text)


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose body in English, of who of a match of WHO said as `who_`: "my" for "tôi", "her" for "mẹ tôi", "their"
    for "con tôi"; None for "we", "they", a pet, and a name alone (his or her not known)."""
    if m["who"]:
        return None if who_ in ("we", "they") else _text.WHOSE_OF[who_.lower()]
    if m["given"] or m["kin"] and keyed(m["kin"]) in ("con chó", "con mèo"):
        return None
    return his_her_of(m) or "their"


def _day(said: str | None, src: str) -> tuple[str, bool] | None:
    """A day in the other language and whether it is ahead ("tuần sau" → ("next week", True), "yesterday" → ("hôm
    qua", False)); ("", False) for none, None for one not read or neither behind nor ahead ("hôm nay", "thứ hai")."""
    day = when(said, src, NEAR_SPANS | LAST)
    en = keyed((day if src == "vi" else said) or "")
    if day is None or day and not (AHEAD.search(en) or BEHIND.search(en)):
        return None
    return day, bool(day and AHEAD.search(en))


def _english(who_: str, one: bool, verb: str, rest: str, tense: str, asked: bool) -> str | None:
    """An act said in English, of who (`one`: "has", "does"), by its verb ("be", "have", "need") and tense ("",
    "still", "past", "will", "just"): "She's in a cast.", "Is she still on crutches?", "He had to wear a sling.",
    "Does he need stitches?", "I've just had five stitches."; None for a tense the verb does not take."""
    still = " still" if tense == "still" else ""
    if verb == "be":
        if tense not in ("", "still"):
            return None
        return f"{be(who_).capitalize()} {who_}{still} {rest}?" if asked else capitalised(
            contracted(who_, f"{be(who_)}{still} {rest}."))
    if tense == "just":
        done = {"have": "had", "need": ""}[verb]
        return None if asked or not done else capitalised(contracted(who_, f"{'has' if one else 'have'} just {done} "
                                                                           f"{rest}."))
    if asked:
        aux = {"past": "Did", "will": "Will"}.get(tense, "Does" if one else "Do")
        return f"{aux} {who_}{still} {verb} {rest}?"
    said = {"past": {"have": "had", "need": "needed"}[verb], "will": f"will {verb}"}.get(
        tense, third_person(verb) if one else verb)
    return capitalised(f"{who_}{still} {said} {rest}.")


def _readings(who_: str, one: bool, form: tuple[str, str], act: str, asked: bool, whose: str | None, part: str = "",
              count: str = "", span: str = "") -> list[str]:
    """The English of an act (`form` what and tense, as _FORMS; `act` as _ACTS), the first the one written: "She has
    her arm in a cast.", "I have to use crutches for six weeks.", "He needs five stitches."; [] for one not said so
    ("cần" for a cast, whose not known where it is said, a cast or a sling of "we" or "they")."""
    what, tense = form
    phrases = _PHRASES.get((what, f"{act}+" if part else act), [])
    if who_ in ("we", "they") and act in ("cast", "sling"):
        return []  # (casts, slings: "We're in casts.")
    if span and not (what == "must" and tense in ("", "past", "will") and act != "stitches"):
        return []
    said = []
    for verb, rest in phrases:
        if "{w}" in rest and not whose:
            continue
        rest = rest.format(w=whose, p=part, n=f"{count} " if count else "") + (f" for {span}" if span else "")
        if count == "one":
            rest = rest.replace("stitches", "stitch")
        said.append(_english(who_, one, verb, rest, tense, asked))
    return [s for s in said if s]


def _state(text: str) -> str | None:
    """"Cô ấy phải bó bột." as "She has to wear a cast.", "Anh ấy đang bó bột tay." as "He has his arm in a cast.",
    "Tôi phải chống nạng sáu tuần." as "I have to use crutches for six weeks.", "Anh ấy phải khâu năm mũi." as "He
    needs five stitches.", "Bạn có đang chống nạng không?" as "Are you on crutches?" (_STATE); None for others."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (said := who(m, asked)) is None:
        return None
    what, tense = _AUXES[keyed(m["aux"])]
    act = _ACTS[keyed(m["act"])]
    if what == "need":  # (stitches needed; "bị" a cast now, stitches had)
        what = "must" if act == "stitches" else None
    elif what == "bị":
        what, tense = {"cast": ("now", ""), "stitches": ("got", "past")}.get(act, (None, ""))
    if what is None or m["ask"] and keyed(m["aux"]) not in ("đang", "phải", "cần", "cần phải", "bị") or \
            m["count"] and (act != "stitches" or keyed(m["aux"]) == "phải") or m["part"] and act != "cast":
        return None
    count = m["count"] and spans.COUNTS.get(keyed(m["count"]), m["count"])
    part = CAST_PARTS[keyed(m["part"])] if m["part"] else ""
    said = _readings(*said, (what, tense), act, asked, _whose(m, said[0]), part, count or "",
                     spans.said(m, "en") if m["unit"] or m["half_hour"] else "")
    return said[0] if said else None


def _part_cast(text: str) -> str | None:
    """"Tay cô ấy đang bó bột." as "Her arm is in a cast.", "Chân mẹ tôi vẫn còn bó bột." as "My mother's leg is still
    in a cast." (_PART_CAST); None for anything else."""
    if not (m := _PART_CAST.fullmatch(text)) or "?" in m["end"]:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
    still = " still" if m["still"] else ""
    return capitalised(f"{whose} {CAST_PARTS[keyed(m['part'])]} is{still} in a cast.")


def _off(text: str) -> str | None:
    """"Anh ấy đã tháo bột rồi." as "He's had his cast taken off.", "Khi nào bạn được tháo bột?" as "When is your
    cast coming off?", "Tuần sau tôi được cắt chỉ." as "I'm getting my stitches out next week.", "Hôm qua cô ấy được
    tháo bột." as "She had her cast taken off yesterday." (_OFF); None for anything else, and "cắt chỉ" without
    "được" (cutting a thread)."""
    m = _OFF.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or keyed(m["off"]) == "cắt chỉ" and not m["got"] or (said := who(m, asked)) is None:
        return None
    (who_, one), aux, yet = said, keyed(m["aux"] or ""), m["yet"] or ""
    whose, day = _whose(m, who_), _day(m["day0"] or m["day"], "vi")
    if whose is None or day is None or m["day0"] and m["day"]:
        return None
    (day, ahead), cast = day, "bột" in m["off"]
    what = f"{whose} {'cast' if cast else 'stitches'}"
    if m["when"]:
        ok = asked and aux in ("", "sẽ") and not day and not yet
        return f"When {'is' if cast else 'are'} {what} coming {'off' if cast else 'out'}?" if ok else None
    taken = f"{what} {'taken off' if cast else 'out'}"
    if asked:
        ok = yet == "chưa" and aux in ("", "đã") and not day
        return f"{'Has' if one else 'Have'} {who_} had {taken} yet?" if ok else None
    just = aux in ("vừa", "mới", "vừa mới")
    if yet == "chưa" or just and day:
        return None
    if just or not day and aux in ("", "đã") and (aux or yet):
        return capitalised(contracted(who_, f"{'has' if one else 'have'}{' just' * just} had {taken}."))
    getting = f"{be(who_)} getting {what} {'off' if cast else 'out'}"
    if aux == "sắp" and not day or ahead and aux in ("", "sẽ") and not yet:
        return capitalised(contracted(who_, f"{getting} {day or 'soon'}."))
    return capitalised(f"{who_} had {taken} {day}.") if day and aux in ("", "đã") and not yet else None


def _graze(text: str) -> str | None:
    """"Tôi bị trầy đầu gối." as "I grazed my knee.", "Hôm qua con tôi bị trầy khuỷu tay." as "My child grazed their
    elbow yesterday.", "Tôi bị xước mặt." as "I got a scratch on my face.", "Tôi chỉ bị trầy xước thôi." as "I only
    got a few scratches." (_GRAZE); None for anything else, and a day ahead."""
    m = _GRAZE.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or m["day0"] and m["day"]:
        return None
    who_, aux = said[0], keyed(m["aux"] or "")
    day, how = _day(m["day0"] or m["day"], "vi"), keyed(m["how"])
    just = "just " if aux and aux != "đã" else ""
    if day is None or day[1] or day[0] and just or bool(m["only"]) != bool(m["yet"]):
        return None
    day = f" {day[0]}" if day[0] else ""
    if not m["part"]:
        only = "only " if m["only"] else ""
        return capitalised(f"{who_} {just}{only}got a few scratches{day}.") if how == "trầy xước" else None
    whose = _whose(m, who_)
    # ("bị xước" a graze: "I scratched my face." would rub an itch)
    grazed = "got a scratch on" if how == "xước" else "grazed"
    return None if not whose or m["only"] else capitalised(
        f"{who_} {just}{grazed} {whose} {GRAZED[keyed(m['part'])]}{day}.")


def _bandage(text: str) -> str | None:
    """"Bác sĩ đã băng bó cho tôi." as "The doctor bandaged me up.", "Y tá vừa băng đầu gối cho mẹ tôi." as "The nurse
    just bandaged my mother's knee.", "Bác sĩ đã băng vết thương cho tôi." as "The doctor dressed my wound.", "Bác sĩ
    đã băng nó lại." as "The doctor put a bandage on it." (_BANDAGE); None for anything else."""
    if not (m := _BANDAGE.fullmatch(text)) or "?" in m["end"]:
        return None
    by = f"{_BY[keyed(m['by'])]}{' just' if keyed(m['aux']) == 'vừa' else ''}"
    if m["it"]:
        return None if m["bo"] or m["part"] or m["wound"] else capitalised(f"{by} put a bandage on it.")
    whom = hobbies.as_whom(m["whom"], "vi")
    whose = OWNERS.get(keyed(m["whom"])) or (f"{whom}'s" if whom and whom not in _text.EN_OBJECT_VI else None)
    if not (m["part"] or m["wound"]):
        return capitalised(f"{by} bandaged {whom} up.") if whom and m["bo"] else None
    if not whose:
        return None
    said = "dressed {w} wound" if m["wound"] else f"bandaged {{w}} {GRAZED[keyed(m['part'])]}"
    return capitalised(f"{by} {said.format(w=whose)}.")


def _same(said: str, text: str) -> bool:
    """Whether English written by a rule (`said`) is the sentence typed, contracted or not, in any case."""
    def plain(s: str) -> set[str]:
        s = " ".join(s.lower().replace("’", "'").split()).rstrip(".!?")
        for short, full in _text.EXPANDED.items():
            s = s.replace(short, full)
        return {s.replace("'s ", w, 1) for w in (" is ", " has ")}
    return bool(plain(text) & plain(said)) and said.endswith("?") == text.rstrip().endswith("?")


def _whose_en(m: re.Match, who_: str) -> list[str]:
    """Whose body English may say, of who of a match of WHO_EN (`who_` in Vietnamese): "her" for "she" and "my
    mother", "his" or "her" for a name or "my friend"; [] for "we", "they"."""
    if m["who"]:
        said = m["who"].lower()
        return [] if said in ("we", "they") else [_text.WHOSE_OF[said]]
    known = None if m["given"] else his_her(who_)
    return [known] if known else ["his", "her", "their"] if m["kin"] else ["his", "her"]


def _state_vi(text: str) -> str | None:
    """"She has her arm in a cast." as "Cô ấy đang bó bột tay.", "I'm on crutches." as "Tôi đang chống nạng.", "He
    needs stitches." as "Anh ấy cần phải khâu.", "I had five stitches." as "Tôi bị khâu năm mũi." (each reading
    of _FORMS written and compared); None for anything else."""
    if not (m := _OPENING_EN.match(text)):
        return None
    who_, one = who_vi(m)
    said = ("I" if m["who"].lower() == "i" else m["who"].lower()) if m["who"] else m["given"] or \
        f"{m['whose'].lower()} {keyed(m['kin'])}"
    part, count, span = _PART_IN_EN.search(text), _COUNT_EN.search(text), _SPAN_EN.search(text)
    part_en, count_en = part["part"] if part else "", count["count"].lower() if count else ""
    span_en = " ".join(span[0].split()[1:]) if span else ""
    asked = text.rstrip().endswith("?")
    for form in _FORMS:
        for act in ("cast", "crutches", "sling", "stitches"):
            if any(_same(s, text) for w in _whose_en(m, who_) or [None]
                   for s in _readings(said, one, form, act, asked, w, part_en, count_en, span_en)):
                return _said_vi(who_, form, act, asked, part_en, count_en, span and spans.said(span, "vi"))
    return None


def _said_vi(who_: str, form: tuple[str, str], act: str, asked: bool, part: str, count: str, span: str) -> str | None:
    """An act of _FORMS in Vietnamese: "Cô ấy đang bó bột tay.", "Bạn có phải chống nạng không?", "Anh ấy cần phải
    khâu."; None for a question Vietnamese asks otherwise ("Did you have to …?")."""
    said, question = _AUXES_VI[form]
    if asked and not question:
        return None
    doing = _ACTS_VI[act] + (f" {CAST_PARTS_VI[part]}" if part else "") + (
        f" {COUNTS_VI.get(count, count)} mũi" if count else "") + (f" trong {span}" if span else "")
    if act == "stitches" and form == ("must", ""):
        return capitalised(f"{who_} {'có cần' if asked else 'cần phải'} {doing}{' không?' if asked else '.'}")
    return capitalised(f"{who_} {(question if asked else said).format(a=doing)}{'?' if asked else '.'}")


def _part_in_vi(text: str) -> str | None:
    """"Her arm is in a cast." as "Tay cô ấy đang bó bột.", "My arm is in a sling." as "Tôi đang đeo băng treo tay."
    (_PART_IN); None for anything else, and a sling on anything but an arm."""
    if not (m := _PART_IN.fullmatch(text)):
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    still = "vẫn " if m["still"] else ""
    if m["what"] == "sling":
        return capitalised(f"{whose} {still}đang đeo băng treo tay.") if whose and m["part"] == "arm" else None
    return capitalised(f"{CAST_PARTS_VI[m['part']]} {whose} {still}đang bó bột.") if whose else None


def _off_vi(text: str) -> str | None:
    """"He's had his cast taken off." as "Anh ấy đã được tháo bột rồi.", "Has she had her stitches out yet?" as "Cô
    ấy đã được cắt chỉ chưa?", "I'm getting my cast off next week." as "Tuần sau tôi được tháo bột.", "When is your
    cast coming off?" as "Khi nào bạn được tháo bột?" (_OFF_EN, _GETTING_EN, _WHEN_EN); None for anything else, and
    where "has", "is" or whose does not agree with who."""
    if m := _WHEN_EN.fullmatch(text):
        ok = (m["be"] == "is") == bool(m["cast"])
        return f"Khi nào {WHOSE_VI[m['whose'].lower()]} được {'tháo bột' if m['cast'] else 'cắt chỉ'}?" if ok else None
    if not (m := _GETTING_EN.fullmatch(text) or _OFF_EN.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    soon = m.re == _GETTING_EN and keyed(m["day"] or "") == "soon"
    day = ("", False) if soon else _day(m["day"], "en")
    off = "tháo bột" if m["cast"] else "cắt chỉ"
    if m["own"].lower() not in _whose_en(m, who_) or day is None:
        return None
    if m.re == _GETTING_EN:
        ok = hobbies.be_agrees(m, m["be"]) and (day[1] or soon)
        return (capitalised(f"{who_} sắp được {off}.") if soon else placed(f"{who_} được {off}", day[0], ".")) \
            if ok else None
    (day, ahead), have = day, keyed((m["have"] or "").replace("’", "'"))
    if m["q"]:
        ok = (m["q"] == "Has") == one and not (have or m["just"] or day) and "?" in m["end"]
        return capitalised(f"{who_} đã được {off} chưa?") if ok else None
    if "?" in m["end"] or m["yet"] or ahead or have and (have in ("has", "'s")) != one or have and day or \
            m["just"] and day:
        return None
    if m["just"] or have:
        return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} được {off}{'' if m['just'] else ' rồi'}.")
    return placed(f"{who_} đã được {off}", day, ".")


def _graze_vi(text: str) -> str | None:
    """"I grazed my knee." as "Tôi bị trầy đầu gối.", "She's just scraped her elbow." as "Cô ấy vừa bị trầy khuỷu
    tay.", "I only got a few scratches." as "Tôi chỉ bị trầy xước thôi." (_GRAZE_EN); None for anything else, and
    where "has" or whose does not agree with who."""
    if not (m := _GRAZE_EN.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    have, day = keyed((m["have"] or "").replace("’", "'")), _day(m["day"], "en")
    if day is None or day[1] or day[0] and (have or m["just"]) or have and (have in ("has", "'s")) != one or \
            m["own"] and m["own"].lower() not in _whose_en(m, who_) or (have or m["just"]) and m["only"]:
        return None
    just = "vừa " if m["just"] else ""
    if not m["how"]:
        return placed(f"{who_} {just}{'chỉ ' if m['only'] else ''}bị trầy xước{' thôi' * bool(m['only'])}", day[0],
                      ".") if not have else None
    return placed(f"{who_} {just}bị trầy {GRAZED_VI[m['part']]}", day[0], ".")


def _bandage_vi(text: str) -> str | None:
    """"The doctor bandaged me up." as "Bác sĩ đã băng bó cho tôi.", "The nurse bandaged my knee." as "Y tá đã băng
    đầu gối cho tôi.", "The doctor put a bandage on it." as "Bác sĩ đã băng nó lại." (_BANDAGE_EN); None for anything
    else."""
    if not (m := _BANDAGE_EN.fullmatch(text)):
        return None
    by = f"{'Bác sĩ' if 'doctor' in m['by'] else 'Y tá'} {'vừa' if m['just'] else 'đã'}"
    verb = keyed(m["verb"])
    if m["it"]:
        return f"{by} băng nó lại." if verb.startswith("put") else None
    if m["whom"]:
        whom = hobbies.as_whom(m["whom"], "en")
        return f"{by} băng bó cho {whom}." if whom and verb == "bandaged" else None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    if not whose or (verb == "dressed") != bool(m["wound"]):
        return None
    return f"{by} băng {'vết thương' if m['wound'] else GRAZED_VI[m['part']]} cho {whose}."
