"""Teeth and the dentist, both ways, written whole by rule: braces, a wisdom tooth or a tooth out, a filling, teeth
cleaned, tooth decay, a cavity to be filled, braces hurting, a child's tooth lost, and brushing twice a day told. v8
(rules on) reads "niềng răng" (braces) as teeth, "răng khôn" (a wisdom tooth) as dry teeth, "trám" (fill) as put, "lấy
cao răng" (scaling) as high teeth: "Con gái tôi đang niềng răng." → "My daughter is teeth.", "Tôi phải đi nhổ răng
khôn." → "I must get dry teeth.", "Nha sĩ trám răng cho tôi." → "The doctor put me tooth for me.", "Con tôi bị rụng
răng." → "My child has teeth loss.", "Tôi vừa đi lấy cao răng." → "I just took my teeth high.", "Hãy đánh răng hai lần
mỗi ngày." → "Brush twice a day."; "She has braces." → "Cô ấy có dụng cụ chỉnh hình.", "I need to have my wisdom tooth
out." → "Tôi cần phải có dây chuyền của tôi." (a necklace), "I've got a cavity." → "Tôi có một ca sĩ." (a singer), "The
dentist gave me a filling." → "Nha sĩ đã cho tôi một cái tô đầy." (a full bowl), "I had my teeth cleaned last week." →
"Tôi đã làm sạch răng vào tuần trước.". Braces ahead or hurting, a day after "vào", a cavity to fill: "Con tôi sắp phải
niềng răng." → "I'm going to snugg.", "Tôi phải tháo niềng vào tháng sau." → "I have to take my meditation next month.",
"Niềng răng có đau không?" → "Did it hurt?", "Tôi bị sâu răng phải trám." → "I'm getting tooth deeply."; "My child is
going to need braces." → "Con tôi sẽ cần phải có dụng cụ chỉnh hình.", "Do braces hurt?" → "Có phải dụng cụ chỉnh hình
làm tổn thương không?", "I have a cavity and need a filling." → "Tôi có một con khoa và cần một cái tô đầy.".

Taken: who (mt.hobbies.WHO, WHO_EN) has braces, or gets them, or a wisdom tooth or a tooth out, a filling, teeth
cleaned, braces off (_PROCS): has to, needs to, has just, has, hasn't yet, did on a day behind (mt.dates.LAST, "hôm
qua"), is about to or will on a day ahead ("ngày mai", "tuần sau", "vào tuần sau"), is going to need ("sắp phải", "sẽ
cần"; not of a pet), or asked (has yet, has to, needs to, has braces); the dentist giving someone a filling, taking out
their wisdom tooth or cleaning their teeth; tooth decay or a cavity had, not had, asked, or a cavity that needs a
filling ("bị sâu răng phải trám": one who, not a pet, said only); braces (or wearing them) hurt a lot, or asked whether
they hurt (a lot); a child (a son, a daughter, a child of kin) losing a tooth, any who a baby tooth; "brush your teeth
twice a day" told (plain, "remember to", "you should"). Left: a toothache (mt.terms' ailments, mt/aches.py), an
appointment with the dentist (mt/appointments.py), brushing otherwise (mt/washing.py, and what one does twice a day), a
baby's first tooth and teething (mt/milestones.py, mt/crying.py), braces worn (mt/teeth.py), "anh", "chị", "em" saying
it, a tooth lost by a grown-up, "đi nhổ răng" with no time said, braces hurting now ("Niềng răng đau.", "My braces
hurt.": whose?) or "it hurts to get braces", going to need asked, a cavity asked or denied with a filling, or of "we"
(one cavity or more?), braces "xong" ("vừa niềng răng xong": put on, or done with?), a filling, a tooth (a baby tooth
too) or a wisdom tooth of "we" or "they" (one each, or more?), and anything else.
mt.phrasebook.translate tries these after mt/screen_time.py.

    >>> translate("Tôi phải đi nhổ răng khôn.", "vi", "en"), translate("She has braces.", "en", "vi")
    ('I have to have my wisdom tooth out.', 'Cô ấy đang niềng răng.')
"""
from __future__ import annotations

import re

from .dates import LAST, near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi, whose_own
from .lazy_re import lazy
from .people import CHILD_KIN, CHILD_KIN_EN
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted,
                   keyed, present)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:răng|niềng)"), "en": lazy(r"(?i:tooth|teeth|braces|filling|cavit|decay)")}
# what is done at the dentist's, and what English has done ("{}": whose); the first Vietnamese of each is written back
_PROCS = {"nhổ răng khôn": "{} wisdom tooth out", "nhổ răng": "a tooth out", "trám răng": "a filling",
          "hàn răng": "a filling", "lấy cao răng": "{} teeth cleaned", "lấy vôi răng": "{} teeth cleaned",
          "cạo vôi răng": "{} teeth cleaned", "niềng răng": "braces", "tháo niềng răng": "{} braces off",
          "tháo niềng": "{} braces off"}
_BRACES = "braces"  # (got, not had: "had braces" is worn them once)
# days behind and ahead (the first Vietnamese of each is written back)
_PAST = near_days("hôm qua", "hôm kia", "hôm nay", "sáng nay", "chiều nay", "tối qua") | LAST
_TODAY = {"hôm nay", "sáng nay", "chiều nay"}
_AHEAD = near_days("ngày mai", "sáng mai", "chiều mai", "tuần sau", "tuần tới", "tháng sau", "tháng tới")
_DAYS_VI = {en: vi for vi, en in reversed((_PAST | _AHEAD).items())}
_DAY = rf"(?i:{alternatives(_PAST | _AHEAD)})"
_DAY_EN = rf"(?:{alternatives(_DAYS_VI)})"
# how many times a day one brushes
_TIMES = {"hai": "twice", "2": "twice", "ba": "three times", "3": "three times"}
_TIMES_VI = {"twice": "hai", "three times": "ba"}
# told to brush, and how English tells it ("Bạn nên …": "You should …")
_TOLD = {"": "", "hãy": "", "nhớ": "Remember to ", "bạn nên": "You should ", "con nên": "You should ",
         "bạn phải": "You have to ", "con phải": "You have to "}
_TOLD_VI = {"": "Hãy", "remember to": "Nhớ", "you should": "Bạn nên", "you have to": "Bạn phải",
            "you must": "Bạn phải"}
_YOUNG, _YOUNG_EN = CHILD_KIN, CHILD_KIN_EN  # (whose tooth lost is a milk tooth)

# who has it done, when, how ("Tôi phải đi nhổ răng khôn.", "Hôm qua tôi đi lấy cao răng.", "Bạn đã … chưa?")
_SAID = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|"
             r"(?:sắp|sẽ)\s+(?:phải|cần)|sắp|sẽ|cần\s+phải|phải|cần|đang|chưa|có\s+phải|có\s+cần|có\s+đang|có)\s+)?"
             r"(?:(?P<go>đi)\s+)?"
             rf"(?P<proc>(?i:{alternatives(_PROCS)}))(?:\s+(?P<done>xong|rồi))?(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
             rf"(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}")
# the dentist doing it for someone ("Nha sĩ trám răng cho tôi.")
_DENTIST = lazy(rf"(?i:nha\s+sĩ)\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?P<proc>trám\s+răng|hàn\s+răng|"
                rf"nhổ\s+răng\s+khôn|lấy\s+cao\s+răng|cạo\s+vôi\s+răng)\s+cho\s+{WHOM}(?:\s+(?P<day>{_DAY}))?"
                r"\s*(?P<end>[.!]*)")
# tooth decay, and a filling needed for it or not ("Tôi bị sâu răng phải trám.", "…, cần trám răng.")
_DECAY = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?bị\s+sâu\s+răng(?:(?:\s*,\s*|\s+và\s+|\s+)"
              rf"(?P<fill>cần\s+phải|phải|cần)\s+(?:đi\s+)?(?:trám|hàn)(?:\s+răng)?)?"
              rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# braces hurting, of anyone ("Niềng răng có đau không?", "Đeo niềng răng rất đau.")
_HURT = lazy(r"(?P<wear>(?i:đeo)\s+)?(?i:niềng)(?:\s+răng)?\s+(?:(?P<ask>có)\s+)?(?P<very>rất\s+)?đau"
             rf"(?:\s+(?P<lot>lắm|nhiều))?{ASKED_END}")
_LOST = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+)?(?:bị\s+)?rụng\s+"
             r"(?:(?:một|1)\s+)?(?:(?:cái|chiếc)\s+)?răng(?P<milk>\s+sữa)?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<day>{_DAY}))?{SOFTENED_END}")
_BRUSH = lazy(r"(?i:(?P<told>hãy|nhớ|bạn\s+nên|con\s+nên|bạn\s+phải|con\s+phải)\s+)?(?i:đánh)\s+răng\s+(?:(?P<n>hai|"
              r"ba|2|3)\s+lần\s+(?:một|mỗi)\s+ngày|(?:mỗi\s+)?ngày\s+(?P<n2>hai|ba|2|3)\s+lần)(?:\s+(?:nhé|nha|đi))?"
              r"\s*[.!]*")

# ... and in English: who, then what is said of them ("has to have", "'s just had", "is getting"), then what is done
_FRAME_WORDS = (r"has|have|needs?|to|just|had|get|got|gotten|is|am|are|having|getting|going|not|n['’]t|"
                r"['’](?:s|ve|m|re)")
_SAID_EN = lazy(rf"(?:(?P<q>Does|Do|Has|Have)\s+)?{WHO_EN}(?P<frame>(?:\s*(?:{_FRAME_WORDS}))*?)\s+"
                rf"(?:(?P<poss>(?i:{WHOSE_WORDS}|a))\s+)?(?:(?P<wisdom>wisdom\s+(?:tooth|teeth))|(?P<tooth>tooth)|"
                r"(?P<teeth>teeth)|(?P<braces>braces)|(?P<filling>filling))(?:\s+(?P<how>out|removed|taken\s+out|"
                rf"pulled(?:\s+out)?|filled|cleaned|off|taken\s+off))?(?:\s+(?P<day>{_DAY_EN}|soon))?"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DENTIST_EN = lazy(rf"(?i:the)\s+dentist\s+(?:(?P<just>has\s+just|['’]s\s+just)\s+)?(?:(?P<gave>gave|given)\s+{WHOM_EN}"
                   rf"\s+a\s+filling|(?P<took>took|taken|pulled)\s+(?:out\s+)?(?P<poss>{WHOSE_WORDS})\s+wisdom\s+tooth"
                   rf"(?:\s+out)?|(?P<cleaned>cleaned)\s+(?P<poss2>{WHOSE_WORDS})\s+teeth)(?:\s+(?P<day>{_DAY_EN}))?"
                   r"\s*(?P<end>[.!]*)")
_DECAY_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|do|does)(?:\s+not|n['’]t)?"
                 r"(?:\s+(?:have|got))?|['’](?:s|ve)\s+got)?\s+(?:(?P<any>any\s+)?cavities|a\s+cavity|"
                 r"(?P<any2>any\s+)?tooth\s+decay)(?:\s+and\s+(?P<fill>needs?|(?:has|have)\s+to\s+have)\s+a\s+filling)?"
                 r"\s*(?P<end>[.!?]*)")
_HURT_EN = lazy(r"(?:(?P<q>Do|Does)\s+)?(?P<wear>(?i:wearing)\s+)?(?i:braces)\s+(?P<verb>hurts?)(?:\s+(?P<lot>a\s+lot|"
                r"much))?\s*(?P<end>[.!?]*)")
_LOST_EN = lazy(rf"{WHO_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just))?\s+lost\s+a\s+"
                rf"(?P<milk>(?:baby|milk)\s+)?tooth(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!]*)")
_BRUSH_EN = lazy(r"(?:(?P<told>(?i:remember\s+to|you\s+should|you\s+have\s+to|you\s+must))\s+)?(?i:brush)\s+your\s+"
                 r"teeth\s+(?P<n>twice|three\s+times)\s+a\s+day\s*[.!]*")
# what is said of who in English, as keyed by _frame ("do|have to have": asked; "has", "needs" as "have", "need")
_ASPECTS_EN = {"|have to have": "must", "|have to get": "must", "|need to have": "need", "|need to get": "need",
               "|need": "need", "|have just had": "just", "|have just got": "just", "|just had": "just",
               "|just got": "just", "|have had": "done", "|have not had": "notyet", "|had": "past", "|got": "past",
               "|be having": "future", "|be getting": "future", "|have": "now", "|have got": "now",
               "do|have to have": "must?", "do|have to get": "must?", "do|need to have": "need?", "do|need": "need?",
               "have|had": "yet?", "do|have": "now?", "have|got": "now?"} | {
                   f"|be going to {need}": "later" for need in ("need", "need to have", "need to get", "have to have",
                                                                 "have to get")}
_THIRD, _OTHER = {"has", "needs", "is", "does"}, {"have", "need", "are", "do"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of braces, a tooth out, a filling, teeth cleaned, tooth decay, a child's tooth
    lost, brushing twice a day told, or braces hurting; None for any other."""
    if src == "vi":
        return _said(text) or _dentist(text) or _decay(text) or _lost(text) or _brush(text) or _hurt(text)
    return _said_vi(text) or _dentist_vi(text) or _decay_vi(text) or _lost_vi(text) or _brush_vi(text) or _hurt_vi(text)


def _aspect(m: re.Match) -> str | None:
    """What is said of who in a match of _SAID: "must", "need", "just", "done", "notyet", "past", "future", "now", or
    asked ("yet?", "now?", "must?", "need?"); None where the tense and the day do not go together ("đã … ngày mai")."""
    tense, asked = keyed(m["tense"] or ""), m["asked"]
    day, done = keyed(m["day0"] or m["day"] or ""), m["done"]
    if m["day0"] and m["day"] or done and day or not tense and day in _TODAY:
        return None  # ("Hôm nay tôi đi nhổ răng khôn.": had it out, or is having it out)
    if asked:
        return ("yet?" if asked == "chưa" and tense in ("", "đã") else {"có": "now?", "có đang": "now?",
                "có phải": "must?", "có cần": "need?"}.get(tense) if asked == "không" else None) if not day else None
    if tense in ("phải", "cần phải", "cần"):
        return None if done or day in _PAST else "need" if tense == "cần" else "must"
    if tense in ("vừa", "vừa mới", "mới", "đã", ""):
        return "past" if day in _PAST else None if day else "just" if tense not in ("đã", "") else "done" if (
            tense or done) else None
    if tense.startswith(("sắp ", "sẽ ")):  # ("Con tôi sắp phải niềng răng.": is going to need braces)
        return "later" if not done and (not day or day in _AHEAD) else None
    if tense in ("sắp", "sẽ"):
        return "future" if day in _AHEAD or tense == "sắp" and not day and not done else None
    return {"đang": "now", "chưa": "notyet"}.get(tense) if not (day or done) else None


def _many(who_: str) -> bool:
    """Whether who in English (as `who` gives it) is more than one ("we", "they", "my parents"; not "you"): a
    filling, a tooth or a wisdom tooth of theirs is not known to be one each ("Chúng tôi phải đi trám răng.")."""
    return be(who_) == "are" and who_ != "you"


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose, in English, of who of a match of WHO (`who_` as `who` gives it): "my", "her" ("con gái tôi"), "their"
    ("con tôi"); None for a name alone (he or she, not known)."""
    return whose_own(m, who_) or (None if m["given"] else "their")


def _said(text: str) -> str | None:
    """"Tôi phải đi nhổ răng khôn." as "I have to have my wisdom tooth out.", "Con gái tôi đang niềng răng." as "My
    daughter has braces.", "Tuần trước tôi đi lấy cao răng." as "I had my teeth cleaned last week.", "Bạn đã trám răng
    chưa?" as "Have you had a filling yet?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    aspect = m and _aspect(m)
    if not aspect or bool(m["asked"]) != ("?" in m["end"]) or (said := who(m, bool(m["asked"]))) is None:
        return None
    who_, one = said
    obj, whose = _PROCS[keyed(m["proc"])], _whose(m, who_)
    if "{}" in obj and not whose or aspect == "later" and animal(m):
        return None  # (a pet's wisdom tooth or braces ahead: a vet's, not said so)
    obj = obj.format(whose)
    if _many(who_) and ("tooth" in obj or obj.startswith("a ")):
        return None  # ("We have to have a filling.": one between them, or one each?)
    braces, day = obj == _BRACES, _PAST.get(keyed(m["day0"] or m["day"] or "")) or _AHEAD.get(
        keyed(m["day0"] or m["day"] or ""), "")
    if aspect.startswith("now") and (not braces or m["go"]) or braces and (aspect == "done" or m["done"]):
        return None  # ("vừa niềng răng xong": braces just put on, or just done with?)
    has, does = ("has", "Does") if one else ("have", "Do")
    verb, pp, ing = ("get", "got", "getting") if braces else ("have", "had", "having")
    need = obj if braces or obj == "a filling" else f"to {verb} {obj}"
    said = {"must": f"{who_} {has} to {verb} {obj}", "need": f"{who_} need{'s' * one} {need}",
            "just": contracted(who_, f"{has} just {pp} {obj}"), "done": contracted(who_, f"{has} {pp} {obj}"),
            "notyet": f"{who_} {has}n't {pp} {obj} yet", "past": f"{who_} {pp} {obj}",
            "future": contracted(who_, f"{be(who_)} {ing} {obj} {day or 'soon'}"),
            "later": contracted(who_, f"{be(who_)} going to need {need}"), "now": f"{who_} {has} braces",
            "yet?": f"{has.capitalize()} {who_} {pp} {obj} yet", "now?": f"{does} {who_} have braces",
            "must?": f"{does} {who_} have to {verb} {obj}", "need?": f"{does} {who_} need {need}"}[aspect]
    day = f" {day}" if day and aspect != "future" else ""
    return capitalised(f"{said}{day}{'?' if m['asked'] else '.'}")


def _dentist(text: str) -> str | None:
    """"Nha sĩ trám răng cho tôi." as "The dentist gave me a filling.", "Nha sĩ vừa lấy cao răng cho mẹ tôi." as
    "The dentist has just cleaned my mother's teeth." (_DENTIST); None for anything else, and for a filling or a
    wisdom tooth of "chúng tôi", "họ" (one each, or more?)."""
    m = _DENTIST.fullmatch(text)
    whom = m and as_whom(m["whom"], "vi")
    just = bool(m) and keyed(m["tense"] or "") in ("vừa", "vừa mới", "mới")
    if not whom or m["day"] and (keyed(m["day"]) not in _PAST or just):
        return None
    whose = {obj: EN_WHOSE[who_] for who_, obj in EN_OBJECT.items()}.get(whom, f"{whom}'s")
    proc = keyed(m["proc"])
    if (whom in ("us", "them") or _many(whom)) and (proc in ("trám răng", "hàn răng") or "khôn" in proc):
        return None  # ("gave us a filling": one between them, or one each?; their teeth cleaned are taken)
    done = (("given" if just else "gave"), f"{whom} a filling") if proc in ("trám răng", "hàn răng") else (
        ("taken" if just else "took"), f"out {whose} wisdom tooth") if "khôn" in proc else ("cleaned", f"{whose} teeth")
    day = f" {_PAST[keyed(m['day'])]}" if m["day"] else ""
    return f"The dentist {'has just ' * just}{done[0]} {done[1]}{day}."


def _decay(text: str) -> str | None:
    """"Con tôi bị sâu răng." as "My child has tooth decay.", "Bạn có bị sâu răng không?" as "Do you have any tooth
    decay?", "Tôi không bị sâu răng." as "I don't have any tooth decay.", "Tôi bị sâu răng phải trám." as "I have a
    cavity and need a filling." (_DECAY); None for anything else."""
    m = _DECAY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    if m["fill"]:  # (said only: "có bị sâu răng phải trám không" asks two things; a pet's teeth are a vet's; "we":
        # one cavity or more?)
        return None if asked or m["not"] or animal(m) or _many(who_) else capitalised(
            f"{who_} {'has' if one else 'have'} a cavity and need{'s' * one} a filling.")
    return present(who_, one, "have", "any tooth decay" if asked or m["not"] else "tooth decay", asked, bool(m["not"]))


def _lost(text: str) -> str | None:
    """"Con tôi bị rụng răng." as "My child has lost a tooth.", "Hôm nay con trai tôi rụng một chiếc răng sữa." as "My
    son lost a baby tooth today." (_LOST); None for anything else, for one not a child losing a tooth ("Mẹ tôi bị
    rụng răng.": teeth lost with age), and for "chúng tôi", "họ" (a tooth each, or more?)."""
    m = _LOST.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or m["day0"] and m["day"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    if not (m["milk"] or keyed(m["kin"] or "") in _YOUNG) or day and (day not in _PAST or m["done"]):
        return None
    who_, one = said
    if _many(who_):
        return None  # ("We've just lost a baby tooth.": one each, or more?)
    tooth = f"a {'baby ' * bool(m['milk'])}tooth"
    if day:
        return capitalised(f"{who_} lost {tooth} {_PAST[day]}.")
    just = " just" * (keyed(m["tense"] or "") in ("vừa", "vừa mới", "mới"))
    return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} lost {tooth}."))


def _brush(text: str) -> str | None:
    """"Hãy đánh răng hai lần mỗi ngày." as "Brush your teeth twice a day.", "Bạn nên đánh răng ngày hai lần." as "You
    should brush your teeth twice a day." (_BRUSH); None for anything else."""
    m = _BRUSH.fullmatch(text)
    if not m:
        return None
    return capitalised(f"{_TOLD[keyed(m['told'] or '')]}brush your teeth {_TIMES[m['n'] or m['n2']]} a day.")


def _frame(m: re.Match) -> tuple[str, str | None]:
    """What is said of who in a match of _SAID_EN, keyed as _ASPECTS_EN keys it ("|have just had" for "'ve just had",
    "do|need" for "Does … need"), and its first word that agrees with who ("has", "are"; None for "had", "got")."""
    words = m["frame"].lower().replace("’", "'").replace("n't", " not").replace("'ve", " have").replace(
        "'m", " am").replace("'re", " are")
    words = re.sub(r"'s(?=\s+(?:just|had|got|not))", " has", words).replace("'s", " is").split()
    q = (m["q"] or "").lower()
    first = q or next(iter(words), None)
    if any(w in _THIRD | {"am", "are"} for w in words[0 if q else 1:]):
        return "", None  # (only the first agrees: "Does she has", "She has to has")
    key = [{"has": "have", "needs": "need", "is": "be", "am": "be", "are": "be", "does": "do"}.get(w, w)
           for w in words]
    asked = {"has": "have", "does": "do"}.get(q, q)
    return f"{asked}|{' '.join(key)}", first if first in _THIRD | _OTHER | {"am"} else None


def _proc_vi(m: re.Match) -> str | None:
    """What is done of a match of _SAID_EN, in Vietnamese ("nhổ răng khôn" for "my wisdom tooth out", "trám răng"
    for "a filling"); None for whose not who's own ("I … your wisdom tooth"), or for what is not done at a dentist's."""
    poss, how = (m["poss"] or "").lower(), keyed(m["how"] or "")
    own = WHOSE_OF.get((m["who"] or "").lower()) or m["kin"] and his_her(who_vi(m)[0])  # (None: a name, "my child")
    owned = poss == own if own else poss in ("his", "her", "their")
    out = how in ("out", "removed", "taken out", "pulled", "pulled out")
    if m["wisdom"]:
        return "nhổ răng khôn" if out and (owned or poss == "a" and "tooth" in m["wisdom"]) else None
    if m["tooth"] or m["filling"]:
        return None if poss != "a" else "trám răng" if m["filling"] and not how or how == "filled" else \
            "nhổ răng" if m["tooth"] and out else None
    if m["teeth"]:
        return "lấy cao răng" if owned and how == "cleaned" else None
    return "niềng răng" if not poss and not how else "tháo niềng răng" if owned and how in (
        "off", "removed", "taken off") else None


def _agrees(first: str | None, who_: str, one: bool) -> bool:
    """Whether the first word said of who in English that agrees with it ("has", "are", "'s": `first` keyed as
    _frame keys it) agrees with who (`who_`, `one` as who_vi gives them)."""
    if first is None:
        return True
    return (first in _THIRD) == one and (first == "am") == (who_ == "tôi" and first in ("am", "are"))


def _said_vi(text: str) -> str | None:
    """"I need to have my wisdom tooth out." as "Tôi cần nhổ răng khôn.", "She has braces." as "Cô ấy đang niềng
    răng.", "I had my teeth cleaned last week." as "Tuần trước tôi đã đi lấy cao răng.", "Have you had a filling
    yet?" as "Bạn đã trám răng chưa?" (_SAID_EN); None for anything else, and where a verb does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    proc = m and _proc_vi(m)
    key, first = _frame(m) if proc else ("", None)
    aspect = _ASPECTS_EN.get(key)
    if not aspect or aspect.endswith("?") != ("?" in m["end"]) or not _agrees(first, *who_vi(m)) or (
            aspect == "later" and animal(m)):
        return None
    braces, day = proc == "niềng răng", (m["day"] or "").lower()
    if braces and "had" in key.split("|")[1].split() or not braces and aspect.startswith("now") or m["yet"] and (
            aspect not in ("notyet", "yet?")) or day and not (aspect == "past" and day in _PAST.values() or aspect in (
            "must", "need", "future", "later") and (day in _AHEAD.values() or day == "soon" and aspect == "future")):
        return None
    w, go = who_vi(m)[0], "" if braces else "đi "
    said = {"must": f"{w} phải {go}{proc}", "need": f"{w} cần {proc}", "just": f"{w} vừa {proc}",
            "done": f"{w} đã {proc} rồi", "notyet": f"{w} chưa {proc}", "past": f"{w} đã {go}{proc}",
            "future": f"{w} {'sẽ' if day in _AHEAD.values() else 'sắp'} {go}{proc}",
            "later": f"{w} sẽ phải {go}{proc}", "now": f"{w} đang {proc}",
            "yet?": f"{w} đã {proc} chưa?", "now?": f"{w} có đang {proc} không?",
            "must?": f"{w} có phải {go}{proc} không?", "need?": f"{w} có cần {proc} không?"}[aspect]
    day = _DAYS_VI[day] if day and day != "soon" else ""
    return capitalised(f"{day} {said}".strip() + ("" if aspect.endswith("?") else "."))


def _dentist_vi(text: str) -> str | None:
    """"The dentist gave me a filling." as "Nha sĩ đã trám răng cho tôi.", "The dentist has just taken out my wisdom
    tooth." as "Nha sĩ vừa nhổ răng khôn cho tôi." (_DENTIST_EN); None for anything else."""
    m = _DENTIST_EN.fullmatch(text)
    just = bool(m and m["just"])
    done = {"gave": False, "took": False, "given": True, "taken": True}.get(m and (m["gave"] or m["took"]) or "")
    if not m or done is not None and done != just or m["day"] and (just or m["day"].lower() not in _PAST.values()):
        return None
    whom = as_whom(m["whom"], "en") if m["gave"] else WHOSE_VI[(m["poss"] or m["poss2"]).lower()]
    proc = "trám răng" if m["gave"] else "nhổ răng khôn" if m["took"] else "lấy cao răng"
    day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    return whom and capitalised(f"{day} nha sĩ {'vừa' if just else 'đã'} {proc} cho {whom}.".strip())


def _decay_vi(text: str) -> str | None:
    """"I've got a cavity." as "Tôi bị sâu răng.", "Do you have any cavities?" as "Bạn có bị sâu răng không?", "She
    doesn't have any tooth decay." as "Cô ấy không bị sâu răng.", "I have a cavity and need a filling." as "Tôi bị
    sâu răng và cần trám răng." (_DECAY_EN); None for anything else, and where "has", "does" or "needs" does not
    agree with who."""
    m = _DECAY_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or not m["aux"]:
        return None
    words = m["aux"].lower().replace("’", "'").replace("n't", " not").split()
    w, one = who_vi(m)
    first = m["q"].lower() if asked else words[0]
    if words not in ([["have"]] if asked else [["has"], ["have"], ["has", "got"], ["have", "got"], ["'s", "got"],
                                               ["'ve", "got"], ["does", "not", "have"], ["do", "not", "have"]]) or (
            first in ("has", "'s", "does")) != one or (m["any"] or m["any2"]) and not (asked or "not" in words):
        return None
    fill = (m["fill"] or "").lower().split()
    if fill and (asked or "not" in words or (fill[0] in ("needs", "has")) != one or animal(m) or (
            m["who"] or "").lower() in ("we", "they") or be((m["kin"] or "").lower()) == "are"):
        return None  # (the second verb agrees with who too: "She has a cavity and need a filling.")
    if fill:
        return capitalised(f"{w} bị sâu răng và {'cần' if 'need' in fill[0] else 'phải đi'} trám răng.")
    return capitalised(f"{w} có bị sâu răng không?" if asked else f"{w} {'không ' * ('not' in words)}bị sâu răng.")


def _lost_vi(text: str) -> str | None:
    """"My son lost a tooth today." as "Hôm nay con trai tôi bị rụng một chiếc răng.", "My daughter has just lost a
    baby tooth." as "Con gái tôi vừa bị rụng một chiếc răng sữa." (_LOST_EN); None for anything else, for one not a
    child losing a tooth not said a baby tooth, and where "has" does not agree with who."""
    m = _LOST_EN.fullmatch(text)
    if not m or not (m["milk"] or (m["kin"] or "").lower() in _YOUNG_EN) or m["has"] and m["day"]:
        return None
    w, one = who_vi(m)
    if m["has"] and (m["has"].strip().lower().replace("’", "'") in ("has", "'s")) != one:
        return None
    tooth = f"bị rụng một chiếc răng{' sữa' * bool(m['milk'])}"
    if m["just"]:
        return capitalised(f"{w} vừa {tooth}.")
    day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    if day and m["day"].lower() not in _PAST.values():
        return None
    return capitalised(f"{day} {w} {tooth}{' rồi' * bool(m['has'])}.".strip())


def _brush_vi(text: str) -> str | None:
    """"Brush your teeth twice a day." as "Hãy đánh răng hai lần một ngày.", "Remember to brush your teeth twice a
    day." as "Nhớ đánh răng hai lần một ngày nhé." (_BRUSH_EN); None for anything else."""
    m = _BRUSH_EN.fullmatch(text)
    if not m:
        return None
    told = _TOLD_VI[keyed(m["told"] or "")]
    return f"{told} đánh răng {_TIMES_VI[keyed(m['n'])]} lần một ngày{' nhé' * (told == 'Nhớ')}."


def _hurt(text: str) -> str | None:
    """"Niềng răng có đau không?" as "Do braces hurt?", "Đeo niềng răng có đau lắm không?" as "Does wearing braces
    hurt a lot?", "Niềng răng rất đau." as "Braces hurt a lot." (_HURT); None for anything else, and for "Niềng răng
    đau." (whose braces, hurting now?)."""
    m = _HURT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not asked and not (m["very"] or m["lot"]) \
            or asked and m["very"]:
        return None
    lot = " a lot" * bool(m["very"] or m["lot"])
    if asked:
        return f"{'Does wearing braces' if m['wear'] else 'Do braces'} hurt{lot}?"
    return f"{'Wearing braces hurts' if m['wear'] else 'Braces hurt'}{lot}."


def _hurt_vi(text: str) -> str | None:
    """"Do braces hurt?" as "Niềng răng có đau không?", "Does wearing braces hurt much?" as "Đeo niềng răng có đau
    lắm không?", "Braces hurt a lot." as "Niềng răng rất đau." (_HURT_EN); None for anything else, where the verb
    does not agree ("Braces hurts."), and for "Braces hurt." (a wearer's now, or braces always?)."""
    m = _HURT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "hurts") != bool(m["wear"] and not m["q"]):
        return None
    q, lot, braces = (m["q"] or "").lower(), (m["lot"] or "").lower(), "Đeo niềng răng" if m["wear"] else "Niềng răng"
    if q and (q == "does") != bool(m["wear"]) or not q and lot != "a lot":
        return None
    return f"{braces} có đau{' lắm' * bool(lot)} không?" if q else f"{braces} rất đau."
