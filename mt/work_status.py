"""Being out of work, retired or still working, said or asked, both ways, written whole by rule. v8 reads "thất
nghiệp" as failing, loses who before "sắp", and reads "just" as only, "unemployed" as not unemployed: "Anh ấy thất
nghiệp." → "He failed to fail.", "Cô ấy đang thất nghiệp." → "She is unemployment.", "Bố tôi thất nghiệp được ba tháng
rồi." → "My father failed for three months.", "Bố tôi sắp nghỉ hưu." → "I'm going to retire.", "Cô ấy mới nghỉ hưu." →
"She was retired.", "Bố bạn nghỉ hưu chưa?" → "Are you retired?", "Bố tôi vẫn còn đi làm." → "I'm still going to do.",
"Tôi đang tìm việc từ tháng trước." → "I'm looking for the last month."; "He's unemployed." → "Anh ta không thất
nghiệp." (negated), "She's out of work." → "Cô ta ra khỏi công việc.", "She just retired." → "Cô ấy chỉ nghỉ hưu."
(only), "My father is retired." → "Cha tôi đang nghỉ hưu.", "Is he out of work?" → "Anh ta ra khỏi công việc?",
"My mother stopped working." → "Mẹ tôi dừng lại làm việc.".

Taken: who (mt.hobbies.WHO, WHO_EN) unemployed or out of work (still, asked), for how long or since when (a year, last
week, month or year), how long asked; looking for a job for how long or since when; retired for how long or since
when, just retired, about to retire, going to retire (on a day ahead), retired on a day behind or in a year, retired
yet asked, when asked; still working, asked; not working any more; stopped working. Left: "Tôi đã nghỉ hưu.", "Bố
tôi nghỉ hưu rồi." (mt/people.py), fired, laid off, promoted, "đang tìm việc" (mt/careers.py), losing or quitting a job
(mt/workdays.py), "không đi làm nữa" without "còn" (not going to work today?), "nghỉ làm" (a day off?), a word of
kinship alone saying it (the speaker or the listener), and anything else.
mt.phrasebook.translate tries these after mt/features.py.

    >>> translate("Bố tôi sắp nghỉ hưu.", "vi", "en"), translate("She's out of work.", "en", "vi")
    ('My father is about to retire.', 'Cô ấy đang thất nghiệp.')
"""
from __future__ import annotations

import re
from datetime import date

from .dates import AHEAD, LAST, NEAR_SPANS, SPAN, span, whole
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .text import (
    BE_EN,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thất\s+nghiệp|việc\s+làm|nghỉ\s+hưu|tìm\s+việc|đi\s+làm|làm\s+việc)"),
         "en": lazy(r"(?i:unemployed|out\s+of\s+work|jobless|retir|looking\s+for|\bwork)")}
# what someone is, and how the other language says it ("thất nghiệp" is written back for both)
_STATES = {"thất nghiệp": "unemployed", "không có việc làm": "out of work", "nghỉ hưu": "retired",
           "tìm việc": "looking for a job", "tìm việc làm": "looking for work"}
_STATES_VI = {"unemployed": "thất nghiệp", "out of work": "thất nghiệp", "jobless": "thất nghiệp",
              "retired": "nghỉ hưu", "looking for a job": "tìm việc", "looking for work": "tìm việc",
              "looking for a new job": "tìm việc mới"}
# since when (a year, or a week, month or year behind), in both languages
_SINCE = rf"(?P<since>năm\s+(?:19|20)\d\d|{alternatives(LAST)})"
_SINCE_EN = r"(?P<since>(?:19|20)\d\d|last\s+(?:week|month|year))"
_THIS_YEAR = date.today().year

# who, someone's parents too ("Ông bà bạn nghỉ hưu chưa?": v8 "Are you retired?")
_WHO, _WHO_EN = rf"(?:{PARENTS_WHOSE}|{WHO})", rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
_UNITS = {"ngày", "tuần", "tháng", "năm"}  # (not "phút", "giờ": one is out of work for days at least)

# for how long, since when, or how long asked ("Bố tôi thất nghiệp được ba tháng rồi.", "… từ năm ngoái", "Bạn nghỉ
# hưu bao lâu rồi?"); "được", "rồi" or "nay" says it goes on ("Tôi đã thất nghiệp hai năm." may be over)
_LASTED = lazy(rf"{_WHO}\s+(?:(?:đã|đang|vẫn\s+còn|vẫn|bị)\s+)?(?P<state>thất\s+nghiệp|nghỉ\s+hưu|tìm\s+việc"
               rf"(?:\s+làm)?)\s+(?:(?P<got>được)\s+)?(?:{SPAN}|(?P<ask>bao\s+lâu)|từ\s+(?:{_SINCE}))"
               rf"(?:\s+(?P<now>rồi|nay))?{SOFTENED_END}")
# out of work, said or asked ("Cô ấy đang thất nghiệp.", "Bạn có đang thất nghiệp không?")
_JOBLESS = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aspect>đang|vẫn\s+đang|vẫn\s+còn|vẫn|đang\s+bị|bị)\s+)?"
                rf"(?P<state>thất\s+nghiệp|không\s+có\s+việc\s+làm)(?:\s+(?P<asked>không))?{SOFTENED_END}")
# retiring: about to, going to, just, on a day ("Bố tôi sắp nghỉ hưu.", "Mẹ tôi nghỉ hưu năm 2020."), yet asked
_ASPECTS = {"sắp": "about", "sẽ": "will", "vừa": "just", "mới": "just", "vừa mới": "just", "đã": "did"}
_RETIRING = lazy(rf"{DAY_OPENING}{_WHO}\s+(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?nghỉ\s+hưu"
                 rf"(?:\s+(?P<yet>chưa)|{DAY_AFTER}){SOFTENED_END}")
_WHEN = [lazy(rf"(?P<ahead>[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+{_WHO}\s+(?:sẽ\s+)?nghỉ\s+hưu{SOFTENER}\s*\?+"),
         lazy(rf"{_WHO}\s+(?P<will>sẽ\s+)?nghỉ\s+hưu\s+(?:vào\s+)?(?P<asked>khi\s+nào|năm\s+nào)"
              rf"{SOFTENER}\s*\?+")]
# still working, or not any more ("Bố tôi vẫn còn đi làm.", "Bạn còn đi làm không?", "Mẹ tôi đã thôi đi làm.")
_WORKING = lazy(rf"{_WHO}\s+(?:(?P<still>vẫn(?:\s+còn|\s+đang)?)\s+(?:đi\s+làm|làm\s+việc)(?:\s+(?P<a>à))?|"
                r"(?:(?P<ask>có|vẫn)\s+)?còn\s+đi\s+làm\s+(?P<asked>không)|(?P<no>không\s+còn\s+(?:đi\s+làm|"
                r"làm\s+việc)(?:\s+nữa)?)|(?:đã\s+)?(?P<stopped>thôi|ngừng)\s+(?:đi\s+làm|làm\s+việc))"
                rf"{SOFTENED_END}")

# ... and in English ("He's unemployed.", "Is she still out of work?", "My father is retired.")
_STATE_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{_WHO_EN}{BE_EN}?(?:\s+(?P<still>still))?\s+"
                 r"(?P<state>unemployed|out\s+of\s+work|jobless|retired)\s*(?P<end>[.!?]*)")
_LASTED_EN = lazy(rf"(?:How\s+long\s+(?P<have0>has|have)\s+)?{_WHO_EN}(?P<have>\s+has|\s+have|['’]s|['’]ve)?"
                  r"\s+been\s+(?P<state>unemployed|out\s+of\s+work|jobless|retired|"
                  r"looking\s+for\s+(?:a\s+(?:new\s+)?job|work))"
                  rf"(?:\s+for\s+(?P<span>[\w ]+?)|\s+since\s+{_SINCE_EN})?\s*(?P<end>[.!?]*)")
_RETIRING_EN = lazy(rf"{_WHO_EN}(?:(?P<aux>\s+will|['’]ll|\s+has|\s+have|['’]s(?!\s+retiring)|['’]ve)|"
                    rf"{BE_EN}\s+(?P<how>going|about)\s+to|"
                    r"(?P<be2>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?=\s+retiring))?(?P<just>\s+just)?"
                    rf"\s+(?P<verb>retire|retired|retiring){DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?:(?P<has>Has|Have)|When\s+(?P<aux>will|did))\s+{_WHO_EN}\s+(?P<verb>retired|retire)"
                 r"(?P<yet>\s+yet)?\s*\?+")
_WORKING_EN = lazy(rf"(?:(?P<aux0>Is|Are|Am|Does|Do)\s+)?{_WHO_EN}(?:{BE_EN}?\s+still\s+(?P<doing>working)|"
                   r"\s+still\s+(?P<works>works?)|(?P<not>\s+doesn['’]t|\s+don['’]t|\s+does\s+not|\s+do\s+not)"
                   r"\s+work\s+any\s?more|\s+no\s+longer\s+(?P<works2>works?)|(?P<have>\s+has|\s+have|['’]s|"
                   r"['’]ve)?\s+(?P<stopped>stopped)\s+working)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether someone is out of work, retired or still working, and
    since when; None for any other."""
    if src == "vi":
        return _lasted(text) or _jobless(text) or _retiring(text) or _when(text) or _working(text)
    return _state_vi(text) or _lasted_vi(text) or _retiring_vi(text) or _asked_vi(text) or _working_vi(text)


def _since_en(said: str) -> str:
    """Since when, in English: "năm 2020" as "2020", "năm ngoái" as "last year"."""
    return said.split()[-1] if said[-1].isdigit() else LAST[keyed(said)]


def _since_vi(said: str) -> str:
    """Since when, in Vietnamese: "2020" as "năm 2020", "last year" as "năm ngoái"."""
    return f"năm {said}" if said.isdigit() else {en: vi for vi, en in reversed(LAST.items())}[" ".join(said.split())]


def _span_vi(said: str) -> str | None:
    """A span in Vietnamese as mt.dates reads it before "ago": "three months" as "ba tháng"; None for any other, and
    for one shorter than a day."""
    read = whole(f"{' '.join(said.split())} ago", "en", "vi") or ""
    said = read.removeprefix("cách đây ")
    return said if said != read and said.split()[-1] in _UNITS else None


def _lasted(text: str) -> str | None:
    """"Bố tôi thất nghiệp được ba tháng rồi." as "My father has been unemployed for three months.", "Tôi tìm việc từ
    tháng trước." as "I've been looking for a job since last month.", "Bạn nghỉ hưu bao lâu rồi?" as "How long have
    you been retired?" (_LASTED); None for anything else, and for a span that may be over."""
    m = _LASTED.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != ("?" in m["end"]) or m["u"] and (keyed(m["u"]) not in _UNITS or not (m["got"] or m["now"])) \
            or asked and not m["now"] or m["since"] and m["got"] or not (said := _who(m, asked)):
        return None
    who_, one = said
    state, have = _STATES[keyed(m["state"])], "has" if one else "have"
    if asked:
        return f"How long {have} {who_} been {state}?"
    how_long = f"since {_since_en(m['since'])}" if m["since"] else f"for {span(m)}"
    return capitalised(contracted(who_, f"{have} been {state} {how_long}{m['end'] or '.'}"))


def _jobless(text: str) -> str | None:
    """"Anh ấy thất nghiệp." as "He's unemployed.", "Bạn có đang thất nghiệp không?" as "Are you unemployed?", "Tôi
    vẫn còn thất nghiệp." as "I'm still unemployed.", "Anh ấy không có việc làm." as "He's out of work." (_JOBLESS);
    None for anything else."""
    m = _JOBLESS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (said := _who(m, asked)):
        return None
    who_, _ = said
    state, still = _STATES[keyed(m["state"])], " still" * keyed(m["aspect"] or "").startswith("vẫn")
    if asked:
        return None if state == "out of work" else f"{be(who_).capitalize()} {who_}{still} {state}?"
    return capitalised(contracted(who_, f"{be(who_)}{still} {state}{m['end'] or '.'}"))


def _day_en(said: str | None, will: bool) -> tuple[str, str] | None:
    """A day of _RETIRING in English, and whether it is "past" or "ahead" ("năm 2020" as "in 2020": past unless
    `will` or a year to come); ("", "") for none, None for one not read."""
    if not said:
        return "", ""
    if year := re.fullmatch(r"(?:vào\s+)?năm\s+((?:19|20)\d\d)", said):
        return f"in {year[1]}", "ahead" if will or int(year[1]) > _THIS_YEAR else "past"
    day = when(said, "vi", NEAR_SPANS)
    if not day:
        return None
    return day, "ahead" if AHEAD.match(day) else "past" if day in LAST.values() or day.endswith(" ago") else ""


def _retiring(text: str) -> str | None:
    """"Bố tôi sắp nghỉ hưu." as "My father is about to retire.", "Cô ấy mới nghỉ hưu." as "She just retired.", "Mẹ
    tôi sẽ nghỉ hưu vào năm sau." as "My mother is going to retire next year.", "Tôi nghỉ hưu năm 2020." as "I
    retired in 2020.", "Bố bạn nghỉ hưu chưa?" as "Has your father retired yet?" (_RETIRING); None for anything else,
    and for "đã nghỉ hưu" alone (mt/people.py)."""
    m = _RETIRING.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or not (said := _who(m, asked)):
        return None
    who_, one = said
    aspect = _ASPECTS.get(keyed(m["aspect"] or ""), "")
    if asked:
        return f"{'Has' if one else 'Have'} {who_} retired yet?" if aspect in ("", "did") else None
    read = _day_en(m["day0"] or m["day"], aspect == "will")
    if read is None:
        return None
    day, tense = read
    end = m["end"] or "."
    if aspect == "about" and not day:
        return capitalised(contracted(who_, f"{be(who_)} about to retire{end}"))
    if aspect in ("will", "") and (tense == "ahead" or aspect == "will" and not day):
        return capitalised(contracted(who_, f"{be(who_)} going to retire{' ' * bool(day)}{day}{end}"))
    if aspect in ("just", "did", "") and tense == "past" or aspect == "just" and not day:
        return capitalised(f"{who_} {'just ' * (not day)}retired{' ' * bool(day)}{day}{end}")
    return None


def _when(text: str) -> str | None:
    """"Khi nào bạn nghỉ hưu?" as "When will you retire?", "Bố bạn nghỉ hưu khi nào?" as "When did your father
    retire?", "Bạn nghỉ hưu năm nào?" as "What year did you retire?" (_WHEN); None for anything else."""
    m = next((m for p in _WHEN if (m := p.fullmatch(text))), None)
    if not m or not (said := _who(m, True)):
        return None
    found = m.groupdict()
    asked = keyed(found.get("asked") or "")
    if found.get("ahead") or found.get("will"):  # ("Bạn sẽ nghỉ hưu năm nào?": what year will …, left)
        return f"When will {said[0]} retire?" if asked in ("", "khi nào") else None
    return f"{'When' if asked == 'khi nào' else 'What year'} did {said[0]} retire?"


def _working(text: str) -> str | None:
    """"Bố tôi vẫn còn đi làm." as "My father is still working.", "Bạn còn đi làm không?" as "Are you still
    working?", "Mẹ tôi không còn đi làm nữa." as "My mother doesn't work anymore.", "Mẹ tôi đã thôi đi làm." as "My
    mother stopped working." (_WORKING); None for anything else."""
    m = _WORKING.fullmatch(text)
    asked = bool(m and (m["asked"] or m["a"]))
    if not m or asked != ("?" in m["end"]) or not (said := _who(m, asked)):
        return None
    who_, one = said
    if asked:
        return f"{be(who_).capitalize()} {who_} still working?"
    end = m["end"] or "."
    if m["still"]:
        return capitalised(contracted(who_, f"{be(who_)} still working{end}"))
    if m["no"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t work anymore{end}")
    return capitalised(f"{who_} stopped working{end}")


def _state_vi(text: str) -> str | None:
    """"He's unemployed." as "Anh ấy đang thất nghiệp.", "Is she still out of work?" as "Cô ấy có còn thất nghiệp
    không?", "My father is retired." as "Bố tôi đã nghỉ hưu.", "Are you retired?" as "Bạn đã nghỉ hưu chưa?"
    (_STATE_EN); None for anything else, and where "is" does not agree with who."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = _who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    state, still = _STATES_VI[" ".join(m["state"].lower().split())], bool(m["still"])
    if state == "nghỉ hưu":
        return None if still else capitalised(f"{who_} đã nghỉ hưu{' chưa?' if m['be0'] else m['end'] or '.'}")
    if m["be0"]:
        return capitalised(f"{who_} có {'còn' if still else 'đang'} thất nghiệp không?")
    return capitalised(f"{who_} {'vẫn còn' if still else 'đang'} thất nghiệp{m['end'] or '.'}")


def _lasted_vi(text: str) -> str | None:
    """"My father has been out of work for three months." as "Bố tôi đã thất nghiệp được ba tháng rồi.", "I've been
    looking for a job since 2020." as "Tôi đã tìm việc từ năm 2020.", "How long have you been retired?" as "Bạn
    đã nghỉ hưu được bao lâu rồi?" (_LASTED_EN); None for anything else, and where "has" does not agree with who."""
    m = _LASTED_EN.fullmatch(text)
    if not m or bool(m["have0"]) == bool(m["have"]) or bool(m["have0"]) != ("?" in m["end"]) or \
            bool(m["have0"]) == bool(m["span"] or m["since"]):
        return None
    who_, one = _who_vi(m)
    have = be_said(m["have0"] or m["have"])
    if have not in ("has" if one else "have", "is" if one else "'ve"):
        return None
    state = _STATES_VI[" ".join(m["state"].lower().split())]
    if m["have0"]:
        return capitalised(f"{who_} đã {state} được bao lâu rồi?")
    if m["since"]:
        return capitalised(f"{who_} đã {state} từ {_since_vi(m['since'])}{m['end'] or '.'}")
    said = _span_vi(m["span"])
    return capitalised(f"{who_} đã {state} được {said} rồi{m['end'] or '.'}") if said else None


def _retiring_vi(text: str) -> str | None:
    """"She just retired." as "Cô ấy vừa nghỉ hưu.", "My father is about to retire." as "Bố tôi sắp nghỉ hưu.", "My
    father will retire next year." as "Bố tôi sẽ nghỉ hưu vào năm sau.", "I retired in 2020." as "Tôi nghỉ hưu năm
    2020." (_RETIRING_EN); None for anything else, and where the verb does not agree with who or the day with the
    tense."""
    m = _RETIRING_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    aux = be_said(m["aux"] or "")  # ("'s" read as "is": "She's just retired.")
    day = m["day"] and " ".join(m["day"].split())
    year = day and re.fullmatch(r"in\s+((?:19|20)\d\d)", day)
    said = f"năm {year[1]}" if year else when(day, "en", NEAR_SPANS) if day else ""
    past = bool(day) and (day in LAST.values() or day.endswith(" ago") or bool(year) and int(year[1]) <= _THIS_YEAR)
    if said is None or aux and aux not in ("will", "'ll", "has" if one else "have", "is" if one else "'ve") or \
            (m["how"] or m["be2"]) and be_said(m["be"] or m["be2"]) != be_of(who_, one):
        return None
    if day and not (year or past or AHEAD.match(day)):
        return None
    end, verb = m["end"] or ".", m["verb"].lower()
    if m["how"] == "about" and verb == "retire" and not (day or m["just"]):
        return capitalised(f"{who_} sắp nghỉ hưu{end}")
    if (m["how"] == "going" or aux in ("will", "'ll")) and verb == "retire" or m["be2"] and verb == "retiring":
        ok = not m["just"] and (not day or (not past if year else bool(AHEAD.match(day))))
        return capitalised(f"{who_} sẽ nghỉ hưu{' vào ' * bool(day)}{said}{end}") if ok else None
    if verb != "retired" or m["how"] or aux in ("will", "'ll"):
        return None
    if m["just"]:
        return capitalised(f"{who_} vừa nghỉ hưu{end}") if not day else None
    if aux:  # ("has retired": done, without a day)
        return None if day else capitalised(f"{who_} đã nghỉ hưu{end}")
    if day and not past:
        return None
    return capitalised(f"{who_} nghỉ hưu {said}{end}" if past else f"{who_} đã nghỉ hưu{end}")


def _asked_vi(text: str) -> str | None:
    """"Has your father retired yet?" as "Bố bạn đã nghỉ hưu chưa?", "When will you retire?" as "Khi nào bạn nghỉ
    hưu?", "When did you retire?" as "Bạn nghỉ hưu khi nào?" (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    if not m or (m["verb"] == "retired") != bool(m["has"]) or m["yet"] and not m["has"]:
        return None
    who_, one = _who_vi(m)
    if m["has"]:
        return capitalised(f"{who_} đã nghỉ hưu chưa?") if (m["has"] == "Has") == one else None
    return f"Khi nào {who_} nghỉ hưu?" if m["aux"] == "will" else capitalised(f"{who_} nghỉ hưu khi nào?")


def _working_vi(text: str) -> str | None:
    """"My father still works." as "Bố tôi vẫn còn đi làm.", "Are you still working?" as "Bạn có còn đi làm không?",
    "My mother doesn't work anymore." as "Mẹ tôi không còn đi làm nữa.", "She stopped working." as "Cô ấy đã thôi đi
    làm." (_WORKING_EN); None for anything else, and where the verb does not agree with who."""
    m = _WORKING_EN.fullmatch(text)
    asked = bool(m and m["aux0"])
    if not m or asked != ("?" in m["end"]):
        return None
    who_, one = _who_vi(m)
    end, do = m["end"] or ".", "does" if one else "do"
    if m["doing"]:  # ("is still working": at it now, or still in work, as "vẫn đang làm việc" is)
        if asked == bool(m["be"]) or be_said(m["aux0"] or m["be"]) != be_of(who_, one):
            return None
        return capitalised(f"{who_} có còn đi làm không?" if asked else f"{who_} vẫn đang làm việc{end}")
    if m["works"]:
        if asked and (m["aux0"].lower() != do or m["works"] != "work") or not asked and (m["works"] == "works") != one:
            return None
        return capitalised(f"{who_} có còn đi làm không?" if asked else f"{who_} vẫn còn đi làm{end}")
    if asked:
        return None
    if m["works2"] or m["not"]:
        if m["works2"] and (m["works2"] == "works") != one or m["not"] and m["not"].split()[0].lower()[:4] != do[:4]:
            return None
        return capitalised(f"{who_} không còn đi làm nữa{end}")
    have = be_said(m["have"] or "")
    if have and have not in (("has", "is") if one else ("have", "'ve")):
        return None
    return capitalised(f"{who_} đã thôi đi làm{end}")


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "does": hobbies.who, or ("my parents", False)."""
    return (parents_said(m, "en"), False) if m["parents"] else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English said it with "-s": hobbies.who_vi, or ("bố mẹ
    tôi", False)."""
    return (parents_said(m, "vi"), False) if m["parents"] else who_vi(m)
