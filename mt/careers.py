"""Changes at work, said or asked, both ways, written whole by rule: a pay rise got, promoted, fired or laid off, hired
(got the job), applying or looking for jobs, a job interview, and a company hiring. v7: "Tôi vừa được tăng lương." →
"I've been raising the wages.", "Anh ấy vừa được thăng chức." → "He has been resigned.", "Tôi bị đuổi việc rồi." →
"I'm chased the job.", "Tôi đang xin việc." → "I'm a job.", "Lan được nhận vào làm rồi." → "Land was received in the
work.", "Công ty tôi vừa tuyển thêm người." → "I've recruited more people."; "He just got promoted." → "Anh ta vừa mới
được thúc đẩy." (pushed), "I got fired." → "Tôi đã bắn." (I shot), "I'm applying for jobs." → "Tôi đang áp dụng công
việc.", "My sister was laid off." → "Chị của tôi bị đặt ra.", "My company is hiring." → "Công ty của tôi đang thuê."
(renting), "We're hiring." → "Chúng tôi đang hi vọng.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name), or a workplace of PLACES and whose ("Công ty tôi");
what changed one of CHANGES, looked for one of SEEKING; when a day mt.free_time.when reads (with mt.dates.LAST), where
the tense allows one ("Hôm qua anh ấy bị đuổi việc.": not with "vừa", "rồi"). English is read by writing each reading
back (`_readings`) and comparing, contractions and "a pay rise", "sacked", "gotten" aside. Quitting, losing,
starting or finding a job are mt/workdays.py's; left to the model: whose company someone was hired by, hired as what
("nhận vào làm kế toán"), a raise by how much, an interview at a time ("lúc 9 giờ") or with whom, "tuyển" of anyone
but people. mt.phrasebook.translate tries these after mt/messages.py.

    >>> translate("Tôi vừa được tăng lương.", "vi", "en"), translate("My sister was laid off.", "en", "vi")
    ('I just got a raise.', 'Em gái tôi đã bị sa thải.')
"""
from __future__ import annotations

from functools import lru_cache

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, EXPANDED, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed

# what changed, and its English readings (base, past, participle; the first is written; "be …" takes "was", "wasn't")
CHANGES = {"được tăng lương": "raise", "được thăng chức": "promoted", "được lên chức": "promoted",
           "bị đuổi việc": "fired", "bị sa thải": "laid off", "bị cho nghỉ việc": "laid off",
           "được nhận vào làm": "hired", "được nhận vào làm việc": "hired", "được nhận việc": "hired",
           "nộp đơn xin việc": "applied"}
_CHANGES_VI = {en: vi for vi, en in reversed(CHANGES.items())}
_FORMS = {"raise": [("get a raise", "got a raise", "got a raise")],
          "promoted": [("get promoted", "got promoted", "been promoted"),
                       ("be promoted", "was promoted", "been promoted")],
          "fired": [("be fired", "was fired", "been fired"), ("get fired", "got fired", "been fired")],
          "laid off": [("be laid off", "was laid off", "been laid off"),
                       ("get laid off", "got laid off", "been laid off")],
          "hired": [("get the job", "got the job", "got the job"), ("be hired", "was hired", "been hired"),
                    ("get hired", "got hired", "been hired")],
          "applied": [("apply for a job", "applied for a job", "applied for a job")]}
# what one is out looking for, said with "đang" (the first Vietnamese of each is written back)
SEEKING = {"xin việc": "applying for jobs", "tìm việc": "looking for a job", "tìm việc làm": "looking for work",
           "tìm việc mới": "looking for a new job", "tìm công việc mới": "looking for a new job"}
_SEEKING_VI = {en: vi for vi, en in reversed(SEEKING.items())} | {
    "looking for jobs": "tìm việc", "looking for another job": "tìm việc mới", "applying for a job": "xin việc"}
# what is said of it: the tense, and how each language says it ("{p}" the change, "{who}" who; Vietnamese: before and
# after the day)
_ASPECTS = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will", "sắp": "about", "chưa": "yet",
            "đang": "is", "vẫn đang": "still", "vẫn": "still"}
# (aspect, "không" before, "không" or "chưa" asked, "rồi") → tense
_TENSE_OF = {("", "", "", ""): "past", ("past", "", "", ""): "past", ("", "", "", "rồi"): "done",
             ("past", "", "", "rồi"): "done", ("just", "", "", ""): "just", ("will", "", "", ""): "will",
             ("about", "", "", ""): "about", ("yet", "", "", ""): "yet", ("", "không", "", ""): "not",
             ("", "", "không", ""): "asked", ("", "", "chưa", ""): "asked yet", ("past", "", "chưa", ""): "asked yet",
             ("is", "", "", ""): "is", ("still", "", "", ""): "still", ("is", "", "không", ""): "asked is"}
_WRITTEN = {  # (by "be", by another verb; "just done", "I've just got", and "asked done" are read, not written)
    "past": ("{was} {rest}", "{past}"), "just": ("{was} just {rest}", "just {past}"),
    "done": ("{have} {done}",) * 2, "will": ("will {base}",) * 2, "about": ("{be} about to {base}",) * 2,
    "not": ("{was}n't {rest}", "didn't {base}"), "yet": ("{have}n't {done} yet",) * 2,
    "asked": ("{Was} {who} {rest}", "Did {who} {base}"), "asked yet": ("{Have} {who} {done} yet",) * 2,
    "asked done": ("{Have} {who} {done}",) * 2, "will not": ("won't {base}",) * 2,
    "just done": ("{have} just {done}",) * 2, "is": ("{be} {base}",) * 2, "still": ("{be} still {base}",) * 2,
    "not is": ("{be} not {base}",) * 2, "asked is": ("{Be} {who} {base}",) * 2}
_WRITTEN_VI = {"past": ("đã {p}", ""), "just": ("vừa {p}", ""), "just done": ("vừa {p}", ""), "done": ("{p} rồi", ""),
               "will": ("sẽ {p}", ""), "will not": ("sẽ không {p}", ""), "about": ("sắp {p}", ""),
               "not": ("không {p}", ""), "yet": ("chưa {p}", ""), "asked": ("có {p}", " không?"),
               "asked yet": ("đã {p}", " chưa?"), "asked done": ("đã {p}", " chưa?"), "is": ("đang {p}", ""),
               "still": ("vẫn đang {p}", ""), "not is": ("không {p}", ""), "asked is": ("có đang {p}", " không?")}
_DAYS_TAKEN = {"past", "not", "asked", "will", "will not"}  # (the tenses a day is said with: not "just", "rồi", "yet")
_SEEKS = {"is", "still", "not is", "asked is"}
_CHANGE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
               rf"(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?(?:(?P<not2>không)\s+)?"
               rf"(?:(?P<change>{alternatives(CHANGES)})|(?P<seek>{alternatives(SEEKING)})){DAY_AFTER}"
               rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_CHANGE_EN = lazy(rf"(?:(?:Did|Have|Has|Was|Were|Are|Is|Am)\s+)?(?P<subject>{WHO_EN})"
                  r"(?P<rest>(?:\s+|['’])[^,.!?]+?)\s*(?P<end>[.!?]*)")
# contractions written out, the words English says alike ("a pay rise", "sacked"), and "'s" as "has" before what has
# been done
_ALIKE = {"gotten": "got", "a pay rise": "a raise", "a pay raise": "a raise", "a rise": "a raise", "sacked": "fired"}
_SAME = EXPANDED | _ALIKE
_SAME_SAID = lazy(rf"{alternatives(EXPANDED)}|\b(?:{alternatives(_ALIKE)})\b")
_HAS = lazy(r"'s(?= (?:just )?(?:been|got|gotten|applied)\b)")

# a job interview someone has ("Tôi có buổi phỏng vấn xin việc vào ngày mai."), or when it is
_INTERVIEW = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:có\s+(?:một\s+)?(?:buổi\s+|cuộc\s+|lịch\s+)?|"
                  rf"(?P<go>đi\s+))phỏng\s+vấn(?P<job>\s+xin\s+việc)?{DAY_AFTER}(?:\s+(?P<asked>không))?"
                  rf"{SOFTENED_END}")
_WHEN = lazy(rf"(?:[Kk]hi\s+nào\s+(?P<whose>(?i:{alternatives(OWNERS)}))\s+(?:có\s+buổi\s+|đi\s+)?phỏng\s+vấn"
             rf"(?P<job>\s+xin\s+việc)?|[Bb]uổi\s+phỏng\s+vấn(?P<job0>\s+xin\s+việc)?\s+(?:của\s+)?"
             rf"(?P<whose0>(?i:{alternatives(OWNERS)}))\s+(?:là\s+)?(?:vào\s+)?(?:khi|lúc|hôm|ngày)\s+nào)"
             rf"{SOFTENER}\s*\?+")
_INTERVIEW_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?P<have>\s+(?:have|has|had|will\s+have)|"
                     r"(?:\s+have|\s+has|['’]ve|['’]s)\s+got|['’]ll\s+have)\s+an?\s+(?P<job>job\s+)?interview"
                     rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(rf"When(?:\s+is|['’]s)\s+(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+(?P<job>job\s+)?interview"
                r"\s*\?+")

# a workplace hiring ("Công ty tôi đang tuyển người."), and how English says it
PLACES = {"công ty": "company", "cửa hàng": "shop", "nhà hàng": "restaurant", "khách sạn": "hotel",
          "nhà máy": "factory", "văn phòng": "office"}
_PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"store": "cửa hàng", "firm": "công ty"}
_HIRING = lazy(rf"(?:(?P<place>(?i:{alternatives(PLACES)}))\s+(?:của\s+)?{OWNER}|{WHO})\s+"
               r"(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<aspect>đang|vẫn\s+đang|vừa\s+mới|vừa|mới)\s+)?"
               r"tuyển(?:\s+dụng)?(?:\s+(?P<more>thêm))?(?:\s+(?:người|nhân\s+viên))?"
               rf"{ASKED_END}")
_WHOSE_PLACE_EN = rf"(?:(?P<owner>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)"
_HIRING_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?(?:{_WHOSE_PLACE_EN}\s+(?P<place>{alternatives(_PLACES_VI)})|"
                  rf"{WHO_EN})(?:(?P<be>\s+is|\s+are|\s+am|['’]s|['’]re|['’]m)?(?:\s+(?P<not>not)|"
                  r"(?P<nt>n['’]t))?(?:\s+(?P<still>still))?\s+hiring(?:\s+(?P<more>more\s+(?:people|staff)))?|"
                  r"(?P<has>\s+has|\s+have|['’]s|['’]ve)?\s+(?P<just>just)\s+hired\s+more\s+(?:people|staff))"
                  r"\s*(?P<end>[.!?]*)")
# (a sentence without one of these is none of the above: most are passed over at once)
_KEYS = lazy(r"lương|chức|việc|sa thải|phỏng vấn|tuyển|nhận vào làm")
_KEYS_EN = lazy(r"raise|rise|promoted|fired|sacked|laid off|job|hiring|hired|interview|for work")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of a change at work, looking for a job, a job interview or a
    workplace hiring; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return (_change(text) or _interview(text) or _when(text) or _hiring(text)) if _KEYS.search(text) else None
    if (src, tgt) == ("en", "vi") and _KEYS_EN.search(text):
        return _change_vi(text) or _interview_vi(text) or _when_vi(text) or _hiring_vi(text)
    return None


def _written(who_: str, one: bool, forms: tuple[str, ...] | str, tense: str) -> str:
    """What English says of who in a tense, without the end: ("He", True, ("get promoted", …), "just") as "He just got
    promoted", a seeking ("looking for a job") in "is" as "He's looking for a job"; a question with its verb first."""
    base, past, done = (forms, "", "") if isinstance(forms, str) else forms
    if tense == "done" and done.startswith("got "):  # ("I've got a raise" reads as having one)
        tense = "past"
    was, have = "was" if one or who_ == "I" else "were", "has" if one else "have"
    said = _WRITTEN[tense][not base.startswith("be ")].format(
        was=was, Was=was.capitalize(), have=have, Have=have.capitalize(), be=be(who_), Be=be(who_).capitalize(),
        who=who_, rest=base.removeprefix("be "), base=base, past=past, done=done)
    return said if tense.startswith("asked") else contracted(who_, said)


def _change(text: str) -> str | None:
    """"Tôi vừa được tăng lương." as "I just got a raise.", "Tôi bị đuổi việc rồi." as "I've been fired.", "Chị tôi bị
    sa thải." as "My sister was laid off.", "Bạn có được tăng lương không?" as "Did you get a raise?", "Tôi đang xin
    việc." as "I'm applying for jobs." (_CHANGE); None for anything else, where "có", "không" and "?" do not agree,
    and for a day with a tense that takes none, or one the other way ("Ngày mai tôi đã …")."""
    m = _CHANGE.fullmatch(text)
    if not m or m["day0"] and m["day"] or (m["asked"] == "không") != bool(m["ask"]) or bool(m["asked"]) != (
            "?" in m["end"]):
        return None
    said = _ASPECTS.get(keyed(m["aspect"] or ""), ""), m["not"] or "", m["asked"] or "", m["done"] or ""
    tense, asked = _TENSE_OF.get(said), bool(m["asked"])
    if m["seek"] and tense == "not":
        tense = "not is"
    elif m["not2"]:  # ("Tôi sẽ không bị sa thải.", "Tôi đã không được tăng lương.")
        tense = "will not" if tense == "will" else "not" if said[0] == "past" and tense == "past" else None
    if tense is None or (tense in _SEEKS) != bool(m["seek"]) or not (found := who(m, asked)):
        return None
    if (day := when(m["day0"] or m["day"], "vi", LAST)) is None or day and not _day_fits(day, tense, said[0]):
        return None
    if day and tense == "past" and AHEAD.match(day):  # ("Tháng sau tôi được tăng lương.": will)
        tense = "will"
    who_, one = found
    forms = SEEKING[keyed(m["seek"])] if m["seek"] else _FORMS[CHANGES[keyed(m["change"])]][0]
    end = "?" if asked else m["end"] or "."
    return capitalised(_written(who_, one, forms, tense) + (f" {day}" if day else "") + end)


def _day_fits(day: str, tense: str, aspect: str) -> bool:
    """Whether a day (in English) is said with a tense: ahead with "will" (and no word said: "Tháng sau tôi được tăng
    lương."), not ahead with the past, none with "just" or "rồi"."""
    if tense not in _DAYS_TAKEN:
        return False
    if tense.startswith("will"):
        return not BEHIND.match(day)
    return not AHEAD.match(day) or tense == "past" and not aspect


@lru_cache(maxsize=64)
def _readings(who_: str, one: bool) -> dict[str, tuple[str, str]]:
    """Every English sentence of who that _change_vi takes, as `_said` reads it, and what it says in Vietnamese and in
    which tense: "he just got promoted" → ("được thăng chức", "just") (the first of two alike wins: "got a raise" is
    the past, not "done")."""
    readings: dict[str, tuple[str, str]] = {}
    for tense in _WRITTEN:
        if tense in _SEEKS:
            for en, vi in _SEEKING_VI.items():
                readings.setdefault(_said(_written(who_, one, en, tense)), (vi, tense))
            continue
        for change, forms in _FORMS.items():
            for form in forms:
                readings.setdefault(_said(_written(who_, one, form, tense)), (_CHANGES_VI[change], tense))
    return readings


def _said(text: str) -> str:
    """English as _readings compares it: small letters, contractions written out, the words said alike as one ("He's
    been sacked" → "he has been fired")."""
    text = _HAS.sub(" has", keyed(text.replace("’", "'"))).replace("'s ", " is ")
    return _SAME_SAID.sub(lambda m: _SAME[m.group(0)], text)


def _change_vi(text: str) -> str | None:
    """"I just got a raise." as "Tôi vừa được tăng lương.", "I've been fired." as "Tôi bị đuổi việc rồi.", "My sister
    was laid off." as "Em gái tôi đã bị sa thải.", "Did you get the job?" as "Bạn có được nhận vào làm không?", "I'm
    applying for jobs." as "Tôi đang xin việc." (_CHANGE_EN, read by _readings); None for anything else, where "was"
    or "has" does not agree with who, and for a day the tense does not take."""
    m = _CHANGE_EN.fullmatch(text)
    if not m:
        return None
    who_vi_, one = who_vi(m)
    who_en = ("I" if m["subject"] == "I" else m["subject"].lower()) if m["who"] else m["subject"]
    readings, words = _readings(who_en, one), text[:m.end("rest")].split()
    for n in range(min(4, len(words) - 2) + 1):  # (the last n words a day: "… yesterday", "… on Monday")
        found, said = readings.get(_said(" ".join(words[:len(words) - n]))), " ".join(words[len(words) - n:])
        if found is None or (day := when(said, "en", LAST)) is None:
            continue
        (vi, tense), asked = found, "?" in m["end"]
        if asked != tense.startswith("asked") or day and not _day_fits(said, tense, "past"):
            return None
        before, after = _WRITTEN_VI[tense]
        return placed(f"{who_vi_} {before.format(p=vi)}", day, after or m["end"] or ".")
    return None


def _interview(text: str) -> str | None:
    """"Tôi có buổi phỏng vấn xin việc vào ngày mai." as "I have a job interview tomorrow.", "Bạn có buổi phỏng vấn
    không?" as "Do you have an interview?", "Hôm qua tôi đi phỏng vấn." as "I had an interview yesterday."
    (_INTERVIEW); None for anything else, and "đi phỏng vấn" on no day (to interview someone?)."""
    m = _INTERVIEW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or m["day0"] and m["day"] or asked != ("?" in m["end"]) or not (found := who(m, asked)):
        return None
    if (day := when(m["day0"] or m["day"], "vi", LAST)) is None or m["go"] and not day:
        return None
    who_, one = found
    past = bool(BEHIND.match(day))
    if past and m["will"] or asked and m["will"]:
        return None
    what = "a job interview" if m["job"] else "an interview"
    day = f" {day}" if day else ""
    if asked:
        return f"{'Did' if past else 'Does' if one else 'Do'} {who_} have {what}{day}?"
    have = "had" if past else "has" if one else "have"  # (not "I've a job interview")
    said = contracted(who_, f"will have {what}") if m["will"] else f"{who_} {have} {what}"
    return capitalised(f"{said}{day}{m['end'] or '.'}")


def _when(text: str) -> str | None:
    """"Khi nào bạn phỏng vấn?" and "Buổi phỏng vấn của bạn là khi nào?" as "When is your interview?" (_WHEN); None
    for anything else."""
    m = _WHEN.fullmatch(text)
    if not m or m["job0"] and m["job"]:
        return None
    whose = OWNERS[keyed(m["whose"] or m["whose0"])]
    return f"When is {whose} {'job ' * bool(m['job0'] or m['job'])}interview?"


def _interview_vi(text: str) -> str | None:
    """"I have a job interview tomorrow." as "Ngày mai tôi có buổi phỏng vấn xin việc.", "Do you have an interview
    today?" as "Hôm nay bạn có buổi phỏng vấn không?" (_INTERVIEW_EN); None for anything else, where "has" or "does"
    does not agree with who, and for "had" with a day ahead."""
    m = _INTERVIEW_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (day := when(m["day"], "en", LAST)) is None:
        return None
    who_, one = who_vi(m)
    have, past = keyed(m["have"].replace("’", "'")), bool(m["day"] and BEHIND.match(m["day"]))
    if m["do"]:
        ok = have == "have" and m["do"] == ("Did" if past else "Does" if one else "Do")
    elif have.endswith("got"):
        ok = have.startswith(("has", "'s")) == one and not past
    else:
        ok = have in ("will have", "'ll have") and not past or have == "had" and not AHEAD.match(m["day"] or "") or \
            have == ("has" if one else "have") and not past
    if not ok:
        return None
    will = "sẽ " if "ll" in have else "đã " if have == "had" and not day else ""
    said = f"{who_} {will}có buổi phỏng vấn{' xin việc' * bool(m['job'])}"
    return placed(said, day, " không?" if m["do"] else m["end"] or ".")


def _when_vi(text: str) -> str | None:
    """"When is your job interview?" as "Buổi phỏng vấn xin việc của bạn là khi nào?" (_WHEN_EN); None for anything
    else."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    return f"Buổi phỏng vấn{' xin việc' * bool(m['job'])} của {WHOSE_VI[m['whose'].lower()]} là khi nào?"


def _hiring(text: str) -> str | None:
    """"Công ty tôi đang tuyển người." as "My company is hiring.", "Công ty bạn có đang tuyển người không?" as "Is your
    company hiring?", "Công ty tôi vừa tuyển thêm người." as "My company just hired more people." (_HIRING); None for
    anything else, "tuyển" with no word of when ("Công ty tôi tuyển người.": a habit?), and "vừa" without "thêm"."""
    m = _HIRING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["not"] and m["aspect"]:
        return None
    if m["place"]:  # ("Công ty tôi", "Công ty bố tôi": "My father's company")
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
        who_ = f"{whose} {PLACES[keyed(m['place'])]}"
    elif not (found := who(m, asked)):
        return None
    else:
        who_ = found[0]
    aspect, more = keyed(m["aspect"] or ""), " more people" * bool(m["more"])
    if aspect in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{who_} just hired more people{m['end'] or '.'}") if m["more"] and not asked else None
    if asked:
        return f"{be(who_).capitalize()} {who_} hiring{more}?"
    if not (m["not"] or aspect):
        return None
    how = " not" if m["not"] else " still" if aspect == "vẫn đang" else ""
    return capitalised(contracted(who_, f"{be(who_)}{how} hiring{more}{m['end'] or '.'}"))


def _hiring_vi(text: str) -> str | None:
    """"My company is hiring." as "Công ty tôi đang tuyển người.", "Is your company hiring?" as "Công ty bạn có đang
    tuyển người không?", "We're not hiring." as "Chúng tôi không tuyển người.", "My company has just hired more
    people." as "Công ty tôi vừa tuyển thêm người." (_HIRING_EN); None for anything else, and where "is" or "has"
    does not agree with who."""
    m = _HIRING_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and (m["be"] or m["has"]) or m["be0"] and (
            m["not"] or m["nt"] or m["still"]):
        return None
    if m["place"]:
        whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
        who_, one = f"{_PLACES_VI[m['place']]} {whose}", True
    else:
        who_, one = who_vi(m)
    more, has = " thêm" * bool(m["more"]), keyed((m["has"] or "").replace("’", "'"))
    if m["just"]:  # ("My company just hired more people.", "We've just hired …")
        ok = not m["be0"] and (not has or has in ("has", "'s") and one or has in ("have", "'ve") and not one)
        return capitalised(f"{who_} vừa tuyển thêm người{m['end'] or '.'}") if ok else None
    if be_said(m["be0"] or m["be"] or "") != be_of(who_, one):
        return None
    if m["be0"]:
        return capitalised(f"{who_} có đang tuyển{more} người không?")
    how = "không" if m["not"] or m["nt"] else "vẫn đang" if m["still"] else "đang"
    return capitalised(f"{who_} {how} tuyển{more} người{m['end'] or '.'}")
