"""Being in hospital, both ways, written whole by rule: someone in hospital (still, for how long, which one), taken
or admitted to hospital, having to go in, out of hospital (when, yet), and a visit to someone there. v8 reads
"nhập viện" as import or enter, "xuất viện" as export, and loses who after "phải": "Bố tôi phải nhập viện." → "I
must enter the hospital.", "Bố tôi đã phải nhập viện." → "My father had to import the hospital.", "Khi nào anh ấy
được xuất viện?" → "When did he export the hospital?", "Ông tôi đã xuất viện." → "My grandfather went to the
hospital.", "Ông tôi ra viện rồi." → "My grandfather came to the hospital.", "Anh ấy đã ra viện chưa?" → "Has he gone
to the hospital yet?", "Bà ấy nằm ở bệnh viện nào?" → "Which hospital is she in the hospital?", "Bà ấy nằm viện bao
lâu rồi?" → "How long did she lay the hospital?"; "When will he be discharged?" → "Anh ta sẽ xuất hiện khi nào?"
(appear), "He was discharged yesterday." → "Anh ta bị xuất huyết hôm qua." (bled), "He's been discharged." → "Anh
ta được tiết ra." (secreted), "He was rushed to hospital." → "Anh ta vội vã đến bệnh viện." (hurried), "Is he still
in hospital?" → "Anh ta vẫn còn ở bệnh viện?", "When did he get out of hospital?" → "Khi nào anh ta ra khỏi bệnh
viện?" (asks ahead). v8 writes the rest fairly ("Cô ta ở bệnh viện nào?", "Bà tôi đang nằm viện." → "My grandmother
is in the hospital."), with "anh ta", "cô ta" for he and she.

Taken: who (mt.hobbies.WHO, WHO_EN) in hospital ("đang", "vẫn còn nằm viện"; "is (still) in hospital"), asked, in
the past with a day or a span, how long so far, which hospital; taken, rushed or admitted to hospital, gone in, had
to or will have to go in or stay in, out of hospital or left it, each with its tense as said ("đã", "vừa", "sẽ",
"rồi", or a day of mt.free_time.when that is behind or ahead); when someone went in or gets out, whether they are
out yet; who visited, or is going to visit, whom (mt.hobbies.WHOM, WHOM_EN) in hospital. Left: a tense not said
("Bố tôi phải nhập viện.", "Tôi đi thăm bà tôi ở bệnh viện.", "Bà tôi nằm viện.": has to or had to, goes or is
going), "ở bệnh viện" (at the hospital: a visitor, or one who works there, mt/people.py), "anh", "chị" alone saying
it (the speaker or the listener), an ailment or an injury (mt/ailments.py, mt/injuries.py), an appointment
(mt/appointments.py). mt.phrasebook.translate tries these after mt/theft.py.

    >>> translate("Khi nào anh ấy được xuất viện?", "vi", "en"), translate("He was rushed to hospital.", "en", "vi")
    ('When will he be out of hospital?', 'Anh ấy đã được đưa đi cấp cứu.')
"""
from __future__ import annotations

import re

from . import spans, text
from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .text import PAST_BE, SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:viện|cấp\s+cứu)"), "en": lazy(r"(?i:hospital|discharged)")}
_VIEN = r"(?:bệnh\s+)?viện"
# in hospital ("Bà tôi vẫn còn nằm viện.", "Anh ấy có đang nằm viện không?", "Mẹ tôi nằm viện được ba ngày rồi.")
_LYING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<still>vẫn(?:\s+còn)?(?:\s+đang)?|còn)\s+|(?P<now>(?:hiện\s+)?đang)"
              r"\s+|(?P<ask>có\s+đang)\s+|(?P<did>đã)\s+)?nằm\s+(?:trong\s+)?(?:bệnh\s+)?viện"
              rf"(?:\s+(?:được\s+)?{spans.VI}(?P<done>\s+rồi)?)?{DAY_AFTER}(?:\s+(?P<asked>không|à|hả))?"
              rf"{SOFTENED_END}")
# which hospital, for how long so far ("Bà ấy nằm ở bệnh viện nào?", "Bà ấy nằm viện bao lâu rồi?")
_HOW = lazy(rf"{WHO}\s+(?:(?P<now>đang)\s+|đã\s+)?nằm\s+(?:(?P<which>(?:viện\s+)?(?:ở\s+|tại\s+)?bệnh\s+viện\s+"
            rf"nào)|viện\s+(?:được\s+)?bao\s+lâu\s+rồi){SOFTENED_END}")
# taken, admitted, out, having to go in, with the tense said ("Bố tôi đã phải nhập viện.", "Ông tôi ra viện rồi.")
_MOVED = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ|sắp|vừa\s+mới|vừa|mới)\s+)?(?:(?P<must>phải)\s+)?"
              r"(?:(?P<out>(?:được\s+)?(?:xuất|ra)\s+viện)|(?P<in>nhập\s+viện|(?<=phải\s)vào\s+viện)|"
              r"(?P<stay>nằm\s+viện)|"
              rf"(?:được|bị)\s+(?:đưa|chở)\s+(?:(?:vào|đến|tới|đi)\s+{_VIEN}(?P<er>\s+cấp\s+cứu)?|"
              rf"(?P<er2>đi\s+cấp\s+cứu)))(?:\s+{spans.VI})?{DAY_AFTER}(?P<done>\s+rồi)?(?:\s+(?P<yet>chưa))?"
              rf"{SOFTENED_END}")
# ... in English, by the act and the time: the words after who, "{be}", "{was}", "{has}" agreeing with who
_MOVED_EN = {
    "taken": {"past": "{was} taken to hospital", "done": "{has} been taken to hospital",
              "just": "{has} just been taken to hospital", "ahead": "will be taken to hospital"},
    "rushed": {"past": "{was} rushed to hospital", "done": "{has} been rushed to hospital",
               "just": "{has} just been rushed to hospital"},
    "in": {"past": "{was} admitted to hospital", "đã": "{was} admitted to hospital",
           "done": "{has} gone into hospital", "just": "{has} just gone into hospital",
           "ahead": "will go into hospital",
           "yet": "{Has} {who} gone into hospital yet?"},
    "must in": {"past": "had to go into hospital", "ahead": "will have to go into hospital"},
    "must stay": {"past": "had to stay in hospital", "ahead": "will have to stay in hospital"},
    "out": {"past": "left hospital", "đã": "{has} left hospital", "done": "{be} out of hospital",
            "just": "{has} just left hospital", "ahead": "will be out of hospital",
            "soon": "will be out of hospital soon", "yet": "{Has} {who} left hospital yet?"}}
# when someone went in or gets out ("Khi nào anh ấy được xuất viện?", "Anh ấy xuất viện khi nào?")
_WHEN = lazy(rf"(?:(?P<when0>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:được\s+)?"
             r"(?:(?P<out>(?:xuất|ra)\s+viện)|nhập\s+viện|vào\s+viện)"
             rf"(?:\s+(?P<when>khi\s+nào|bao\s+giờ|hồi\s+nào|lúc\s+nào|hôm\s+nào|ngày\s+nào))?{SOFTENED_END}")
# a visit to someone there ("Tôi sẽ đi thăm bà tôi ở bệnh viện.", "Hôm qua tôi vào viện thăm bà tôi.")
_VISITS = [lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ|định|sắp|vừa\s+mới|vừa|mới)\s+)?{said}{DAY_AFTER}"
                rf"{SOFTENED_END}")
           for said in (rf"(?:(?:đi|đến|tới|vào)\s+)?thăm\s+{WHOM}\s+(?:ở|tại|trong)\s+{_VIEN}",
                        rf"(?:đi\s+)?vào\s+{_VIEN}\s+thăm\s+{WHOM}")]

# ... and in English
_THERE = r"(?:the\s+)?hospital"
_IN_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:(?P<has>\s+has|\s+have|['’]s|['’]ve)\s+been|"
              r"(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)|(?P<was>\s+was|\s+were))?(?P<still>\s+still)?"
              rf"\s+in\s+{_THERE}(?:\s+for\s+{spans.EN})?(?P<now>\s+now)?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# (the words after who, as written, then the aux said: the act and the time in Vietnamese; "'s" is "is" or "has")
_AUX = {"is": "be", "'s": "be", "am": "be", "are": "be", "'m": "be", "'re": "be", "was": "was", "were": "was",
        "has": "has", "have": "has", "'ve": "has", "had": "had", "will": "will", "'ll": "will", "": ""}
_ACTS_EN = {("was", "taken to"): ("taken", "past"), ("was", "rushed to"): ("rushed", "past"),
            ("has", "been taken to"): ("taken", "done"), ("has", "been rushed to"): ("rushed", "done"),
            ("was", "admitted to"): ("in", "past"), ("", "went into"): ("in", "past"),
            ("has", "gone into"): ("in", "done"),
            ("had", "to go into"): ("must in", "past"), ("had", "to go to"): ("must in", "past"),
            ("has", "to go into"): ("must in", "now"), ("will", "have to go into"): ("must in", "ahead"),
            ("had", "to stay in"): ("must stay", "past"), ("will", "have to stay in"): ("must stay", "ahead"),
            ("be", "out of"): ("out", "done"), ("has", "left"): ("out", "done"),
            ("has", "got out of"): ("out", "done"),
            ("has", "been discharged"): ("out", "done"), ("", "left"): ("out", "past"),
            ("", "got out of"): ("out", "past"), ("", "came out of"): ("out", "past"),
            ("was", "discharged"): ("out", "past"), ("will", "be out of"): ("out", "ahead"),
            ("will", "leave"): ("out", "ahead"), ("will", "be discharged"): ("out", "ahead")}
_MOVED_EN_RE = lazy(rf"{WHO_EN}(?P<aux>\s+(?:will|has|have|had|was|were|is|are|am)|['’](?:s|ve|re|m|ll))?"
                    rf"(?P<just>\s+just)?\s+(?:(?P<act>{alternatives(act for _, act in _ACTS_EN)})\s+{_THERE}|"
                    rf"(?P<dis>(?:been\s+|be\s+)?discharged)(?:\s+from\s+{_THERE})?)(?P<now>\s+now)?"
                    rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_MOVED_VI = {"taken": {"past": "được đưa vào bệnh viện", "done": "đã được đưa vào bệnh viện",
                       "just": "vừa được đưa vào bệnh viện"},
             "rushed": {"past": "được đưa đi cấp cứu", "done": "đã được đưa đi cấp cứu",
                        "just": "vừa được đưa đi cấp cứu"},
             "in": {"past": "nhập viện", "done": "đã nhập viện", "just": "vừa nhập viện"},
             "must in": {"past": "đã phải nhập viện", "now": "phải nhập viện", "ahead": "sẽ phải nhập viện"},
             "must stay": {"past": "đã phải nằm viện", "ahead": "sẽ phải nằm viện"},
             "out": {"past": "xuất viện", "done": "đã xuất viện rồi", "just": "vừa xuất viện", "ahead": "sẽ xuất viện"}}
# questions, each with its "is", "has" or "was" (group aux) and what Vietnamese asks
_ASKED_EN = [(lazy(rf"When\s+(?:(?P<aux>did)|(?P<aux2>was|were))\s+{WHO_EN}\s+(?(aux)(?:get\s+out\s+of\s+"
                   rf"{_THERE}|leave\s+hospital|come\s+out\s+of\s+{_THERE})|discharged(?:\s+from\s+{_THERE})?)"
                   r"\s*\?+"),
              "{who} xuất viện khi nào?"),
             (lazy(rf"When\s+(?:did|(?P<aux2>was|were))\s+{WHO_EN}\s+(?(aux2)admitted(?:\s+to\s+{_THERE})?|"
                   rf"go\s+into\s+{_THERE})\s*\?+"), "{who} nhập viện khi nào?"),
             (lazy(rf"When\s+(?:will|can)\s+{WHO_EN}\s+(?:be\s+out\s+of\s+{_THERE}|get\s+out\s+of\s+{_THERE}|"
                   rf"leave\s+hospital|be\s+discharged(?:\s+from\s+{_THERE})?)\s*\?+"),
              "Khi nào {who} được xuất viện?"),
             (lazy(rf"(?:(?P<aux>Is|Are)|(?P<aux3>Has|Have))\s+{WHO_EN}\s+(?(aux)out\s+of\s+{_THERE}|(?:left\s+"
                   rf"hospital|got\s+out\s+of\s+{_THERE}|been\s+discharged(?:\s+from\s+{_THERE})?))\s+yet\s*\?+"),
              "{who} đã xuất viện chưa?"),
             (lazy(rf"(?P<aux2>Was|Were)\s+{WHO_EN}\s+taken\s+to\s+{_THERE}\s*\?+"),
              "{who} có được đưa vào bệnh viện không?"),
             (lazy(rf"Did\s+{WHO_EN}\s+have\s+to\s+go\s+(?:in)?to\s+{_THERE}\s*\?+"),
              "{who} có phải nhập viện không?"),
             (lazy(rf"How\s+long\s+(?P<aux3>has|have)\s+{WHO_EN}\s+been\s+in\s+{_THERE}\s*\?+"),
              "{who} nằm viện bao lâu rồi?"),
             (lazy(rf"Which\s+hospital\s+(?P<aux>is|are|am)\s+{WHO_EN}\s+in\s*\?+"),
              "{who} đang nằm ở bệnh viện nào?")]
_VISIT_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:will|has|have|am|is|are)|['’](?:s|ve|re|m|ll))?(?P<just>\s+just)?\s+"
                 r"(?P<verb>visited|visit|went\s+to\s+(?:visit|see)|been\s+to\s+see|going\s+to\s+visit|"
                 r"visiting)\s+"
                 rf"{WHOM_EN}\s+(?:in|at)\s+{_THERE}{DAY_AFTER_EN}\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is in hospital, was taken there or went in, is out or
    when, or visits someone there; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _lying(text) or _how(text) or _moved(text) or _when(text) or _visit(text)
    return _in_vi(text) or _asked_vi(text) or _moved_vi(text) or _visit_vi(text)


def _day(m: re.Match, src: str) -> tuple[str, str] | None:
    """The day of a match (groups day0, day) in the other language and whether it is "past" or "ahead": ("yesterday",
    "past") for "hôm qua", ("ngày mai", "ahead") for "tomorrow"; ("", "") for none said; None for two, for one not
    read, or for one neither behind nor ahead ("hôm nay", "thứ hai")."""
    days = [d for d in (m.groupdict().get("day0"), m["day"]) if d]
    if not days:
        return "", ""
    said = len(days) == 1 and when(days[0], src, NEAR_SPANS)
    english = (said if src == "vi" else days[0]).lower() if said else ""
    if english.startswith(("yesterday", "last ", "the day before")):
        return said, "past"
    return (said, "ahead") if english.startswith(("tomorrow", "next ", "the day after")) else None


def _said(m: re.Match, asked: bool = False) -> tuple[str, str, str, str] | None:
    """Who of a match of WHO in English, with "is", "was" and "has" as English says them after it: ("my father",
    "is", "was", "has"), ("I", "am", "was", "have"); None for "anh", "chị" … alone saying it."""
    said = who(m, asked)
    if said is None:
        return None
    is_ = text.be(said[0])
    return said[0], is_, PAST_BE[is_], "has" if is_ == "is" else "have"


def _ended(m: re.Match, asked: bool) -> bool:
    """Whether a match's sentence ends as said (asked with "?", said without)."""
    return ("?" in m["end"]) == asked


def _lying(text: str) -> str | None:
    """"Bà tôi vẫn còn nằm viện." as "My grandmother is still in hospital.", "Anh ấy có đang nằm viện không?" as "Is
    he in hospital?", "Mẹ tôi nằm viện được ba ngày rồi." as "My mother has been in hospital for three days.", "Tuần
    trước bố tôi nằm viện." as "My father was in hospital last week." (_LYING); None for anything else, and for "Bà
    tôi nằm viện." (is, or was?)."""
    m = _LYING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or not _ended(m, asked) or (said := _said(m, asked)) is None or (day := _day(m, "vi")) is None:
        return None
    who_, is_, was, has = said
    span = spans.said(m, "en")
    if asked:
        plain = not (m["did"] or span or day[0] or m["asked"] == "không" and not (m["ask"] or m["still"]))
        return f"{is_.capitalize()} {who_}{' still' * bool(m['still'])} in hospital?" if plain else None
    if m["ask"] or (m["still"] or m["now"]) and (span or day[0]):
        return None
    if m["still"] or m["now"]:
        return capitalised(contracted(who_, f"{is_}{' still' * bool(m['still'])} in hospital."))
    if span and m["done"] and not day[0]:
        return capitalised(contracted(who_, f"{has} been in hospital for {span}."))
    if m["done"] or day[1] == "ahead" or not (day[0] or span and m["did"]):
        return None
    return capitalised(f"{who_} {was} in hospital{f' for {span}' * bool(span)}{f' {day[0]}' * bool(day[0])}.")


def _how(text: str) -> str | None:
    """"Bà ấy nằm ở bệnh viện nào?" as "Which hospital is she in?", "Bà ấy nằm viện bao lâu rồi?" as "How long has
    she been in hospital?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    if not m or not _ended(m, True) or (said := _said(m, True)) is None or said[0] in ("I", "we"):
        return None
    who_, is_, _, has = said
    if m["which"]:
        return f"Which hospital {is_} {who_} in?" if "đã" not in m[0].split() else None
    return f"How long {has} {who_} been in hospital?" if not m["now"] else None


def _time(m: re.Match, day: str) -> str | None:
    """The time of a match of _MOVED or of _VISITS by its word of tense (group tense), its day (`day`: "past",
    "ahead" or "") and "rồi": "past" (a day behind), "đã", "done" ("rồi"), "just" ("vừa", "mới"), "ahead" ("sẽ",
    "định", a day ahead), "soon" ("sắp"), "yet" ("chưa"); None for none said, or two that do not agree."""
    tense = keyed(m["tense"] or "")
    done, yet = bool(m.groupdict().get("done")), bool(m.groupdict().get("yet"))
    if yet:
        return "yet" if tense in ("", "đã") and not (day or done) else None
    if tense in ("vừa", "mới", "vừa mới", "sắp"):
        return None if day or done else "just" if tense != "sắp" else "soon"
    if tense in ("sẽ", "định") or day == "ahead":
        return "ahead" if tense in ("", "sẽ", "định") and not done and day != "past" else None
    if day == "past":
        return "past" if tense in ("", "đã") else None
    return "done" if done else "đã" if tense == "đã" else None


def _moved(text: str) -> str | None:
    """"Anh ấy được đưa vào bệnh viện hôm qua." as "He was taken to hospital yesterday.", "Bố tôi đã phải nhập
    viện." as "My father had to go into hospital.", "Ông tôi ra viện rồi." as "My grandfather is out of hospital.",
    "Anh ấy đã xuất viện chưa?" as "Has he left hospital yet?" (_MOVED); None for anything else, and for a tense not
    said ("Bố tôi phải nhập viện.": has to, or had to?)."""
    m = _MOVED.fullmatch(text)
    if not m or not _ended(m, bool(m["yet"])) or (said := _said(m, bool(m["yet"]))) is None or (
            day := _day(m, "vi")) is None:
        return None
    span, time = spans.said(m, "en"), _time(m, day[1])
    act = "out" if m["out"] else "in" if m["in"] else "stay" if m["stay"] else "rushed" if m["er"] or m[
        "er2"] else "taken"
    if m["must"]:
        act, time = f"must {act}", "past" if time == "đã" else time
    if time == "đã" and act not in ("in", "out") or time is None and act in ("taken", "rushed") and not (
            m["tense"] or m["yet"]):
        time = "past"  # ("Anh ấy được đưa vào bệnh viện.": passive, told as past)
    words = _MOVED_EN.get(act, {}).get(time or "")
    if words is None or span and act != "must stay":
        return None
    who_, is_, was, has = said
    if time == "yet":
        return words.format(Has=has.capitalize(), who=who_)
    words = words.format(be=is_, was=was, has=has) + f" for {span}" * bool(span) + f" {day[0]}" * bool(day[0])
    return capitalised(contracted(who_, f"{words}."))


def _when(text: str) -> str | None:
    """"Khi nào anh ấy được xuất viện?" as "When will he be out of hospital?", "Anh ấy xuất viện khi nào?" as "When
    did he get out of hospital?" (_WHEN: "khi nào" first asks ahead, last behind); None for anything else."""
    m = _WHEN.fullmatch(text)
    if not m or bool(m["when0"]) == bool(m["when"]) or not _ended(m, True) or (said := _said(m, True)) is None:
        return None
    tense = m["tense"] or ""
    ahead = bool(m["when0"]) or tense == "sẽ"
    if ahead and tense == "đã" or not ahead and tense == "sẽ":
        return None
    if ahead:
        return f"When will {said[0]} {'be out of' if m['out'] else 'go into'} hospital?"
    return f"When did {said[0]} {'get out of' if m['out'] else 'go into'} hospital?"


def _visit(text: str) -> str | None:
    """"Tôi sẽ đi thăm bà tôi ở bệnh viện." as "I'm going to visit my grandmother in hospital.", "Hôm qua tôi vào viện
    thăm bà tôi." as "I visited my grandmother in hospital yesterday." (_VISITS); None for anything else, and for
    "Tôi đi thăm bà tôi ở bệnh viện." (goes, or is going?)."""
    m = next((m for p in _VISITS if (m := p.fullmatch(text))), None)
    if not m or not _ended(m, False) or (said := _said(m)) is None or (day := _day(m, "vi")) is None:
        return None
    whom, time = as_whom(m["whom"], "vi"), _time(m, day[1])
    if not whom or time not in ("past", "đã", "just", "ahead"):
        return None
    who_, is_, _, has = said
    doing = {"just": f"{has} just visited", "ahead": f"{is_} going to visit"}.get(time, "visited")
    return capitalised(contracted(who_, f"{doing} {whom} in hospital{f' {day[0]}' * bool(day[0])}."))


def _agrees(m: re.Match, aux: str | None) -> bool:
    """Whether "is", "has", "was" … `aux` (contracted or not, any case) agrees with who of a match of WHO_EN ("She
    has", not "She have"); True for none said, or one said of anyone ("had", "will", "did")."""
    said = keyed((aux or "").replace("’", "'"))
    who_, one = who_vi(m)
    me = who_ == "tôi"
    agreed = {"is": one, "'s": one, "has": one, "was": one or me, "am": me, "'m": me, "are": not one and not me,
              "'re": not one and not me, "have": not one, "'ve": not one, "were": not one and not me}
    return agreed.get(said, True)


def _in_vi(text: str) -> str | None:
    """"My grandmother is in hospital." as "Bà tôi đang nằm viện.", "Is he still in hospital?" as "Anh ấy vẫn còn
    nằm viện à?", "She has been in hospital for a week." as "Cô ấy đã nằm viện được một tuần rồi.", "He was in
    hospital last week." as "Tuần trước anh ấy nằm viện." (_IN_EN); None for anything else, and where "is", "has"
    or "was" does not agree with who."""
    m = _IN_EN.fullmatch(text)
    aux = m and (m["be0"] or m["be"] or m["has"] or m["was"])
    if not m or not aux or bool(m["be0"]) != ("?" in m["end"]) or not _agrees(m, aux) or (day := _day(m, "en")) is None:
        return None
    who_, span, now = who_vi(m)[0], spans.said(m, "vi"), bool(m["now"])
    if m["be0"] or m["be"]:
        if span or day[0] or m["be"] and now and m["still"]:
            return None
        if m["be0"]:
            return capitalised(f"{who_} vẫn còn nằm viện à?" if m["still"] else f"{who_} có đang nằm viện không?")
        return capitalised(f"{who_} {'vẫn còn' if m['still'] else 'đang'} nằm viện.")
    if m["has"]:
        plain = span and not (day[0] or now or m["still"])
        return capitalised(f"{who_} đã nằm viện được {span} rồi.") if plain else None
    if now or m["still"] or day[1] == "ahead" or not (span or day[0]):
        return None
    return placed(f"{who_} {'đã ' * (not day[0])}nằm viện{f' {span}' * bool(span)}", day[0], ".")


def _asked_vi(text: str) -> str | None:
    """"When did he get out of hospital?" as "Anh ấy xuất viện khi nào?", "When will he be discharged?" as "Khi nào
    anh ấy được xuất viện?", "Which hospital is she in?" as "Cô ấy đang nằm ở bệnh viện nào?" (_ASKED_EN); None for
    anything else, and where "is", "has" or "was" does not agree with who."""
    for pattern, said in _ASKED_EN:
        if m := pattern.fullmatch(text):
            aux = m.groupdict().get("aux2") or m.groupdict().get("aux3") or m.groupdict().get("aux")
            return capitalised(said.format(who=who_vi(m)[0])) if _agrees(m, aux) else None
    return None


def _moved_vi(text: str) -> str | None:
    """"He was taken to hospital." as "Anh ấy đã được đưa vào bệnh viện.", "My father had to go into hospital." as
    "Bố tôi đã phải nhập viện.", "He's out of hospital now." as "Anh ấy đã xuất viện rồi.", "My grandfather left
    hospital yesterday." as "Hôm qua ông tôi xuất viện." (_MOVED_EN_RE, _ACTS_EN); None for anything else, where the
    verb does not agree with who, and for a day that does not go with the tense ("He has left hospital yesterday.")."""
    m = _MOVED_EN_RE.fullmatch(text)
    if not m or (day := _day(m, "en")) is None:
        return None
    aux = keyed((m["aux"] or "").replace("’", "'"))
    act = keyed(m["act"] or m["dis"])  # ("left the hospital": a visitor too)
    kinds = [_AUX.get(aux)] + (["has"] if aux == "'s" else [])
    found = next((_ACTS_EN[k, act] for k in kinds if (k, act) in _ACTS_EN), None)
    if found is None or not _agrees(m, aux if aux != "'s" else "is") or act in ("left", "leave") and re.search(
            r"(?i:\bthe\s+hospital)", m[0]):
        return None
    kind, time = found
    if m["just"]:
        time = "just" if time in ("done", "past") and not day[0] else ""
    if m["now"] and (time != "done" or day[0]) or day[0] and time != day[1]:
        return None
    if (words := _MOVED_VI[kind].get(time)) is None:
        return None
    who_ = who_vi(m)[0]
    return placed(f"{who_} {words}", day[0], ".") if day[0] else capitalised(
        f"{who_} {'đã ' * (time == 'past' and not words.startswith('đã'))}{words}.")


def _visit_vi(text: str) -> str | None:
    """"I'm going to visit my grandmother in hospital." as "Tôi sẽ đi thăm bà tôi ở bệnh viện.", "I visited her in
    hospital yesterday." as "Hôm qua tôi đi thăm cô ấy ở bệnh viện." (_VISIT_EN); None for anything else, and where
    the verb does not agree with who."""
    m = _VISIT_EN.fullmatch(text)
    if not m or (day := _day(m, "en")) is None or not _agrees(m, m["aux"]) or not (whom := as_whom(m["whom"], "en")):
        return None
    aux, verb = _AUX.get(keyed((m["aux"] or "").replace("’", "'"))), keyed(m["verb"])
    if aux == "be" and (verb == "going to visit" or verb == "visiting" and day[1] == "ahead") or aux == "will" and \
            verb == "visit":
        time = "sẽ" if day[1] != "past" else None
    elif not aux and verb in ("visited", "went to visit", "went to see") or aux == "has" and m["just"] and verb in (
            "visited", "been to see"):
        time = "vừa" if m["just"] else "đã" if day[1] != "ahead" else None
    else:
        time = None
    if time is None or m["just"] and (day[0] or time == "sẽ"):
        return None
    said = f"{who_vi(m)[0]} {time + ' ' if time != 'đã' or not day[0] else ''}đi thăm {whom} ở bệnh viện"
    return placed(said, day[0], ".") if day[0] else capitalised(f"{said}.")
