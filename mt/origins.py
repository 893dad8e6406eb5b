"""Where someone was born and grew up, how long they have lived somewhere, and when they moved there, said or asked,
both ways, written whole by rule. v7 (with the rules before this one): "Bạn sinh ra ở đâu?" → "Where do you
deliver?", "Bạn lớn lên ở đâu?" → "Where do you grow up?", "Anh ấy lớn lên ở Đà Nẵng." → "He grew in Da Nang.", "Tôi
không sinh ra ở Việt Nam." → "I don't live in Vietnam.", "Bạn có sinh ra ở Hà Nội không?" → "Do you live in Hanoi?",
"Lan sinh ra ở Sài Gòn." → "Land was born in the Saigo.", "Bạn chuyển đến Hà Nội năm nào?" → "How do you move to
Hanoi?"; "I grew up in Saigon." → "Tôi tăng lên ở Sài Gòn." (rose), "I was born and raised in Hanoi." → "Tôi được sinh
ra và nhấm ở Hà Nội.", "When did you move here?" → "Bạn đã di chuyển ở đây khi nào?" (travelled about), "Did you grow
up in Hue?" → "Bạn có phát triển ở Huế không?" (develop).

Said: someone was born, grew up, or was born and raised somewhere, or not ("Mẹ tôi sinh ra ở Hải Phòng.", "Tôi sinh ra
ở Hà Nội nhưng lớn lên ở Sài Gòn."; "I wasn't born in Vietnam."); has lived somewhere for a span or since a year ("Tôi
sống ở Hà Nội được ba năm rồi."; with "đã" and neither "được" nor "rồi", a time over: "I lived in France for two
years."); moved somewhere, and when ("Năm ngoái chúng tôi chuyển đến Đà Nẵng.", "I moved here two years ago."). Asked:
where someone was born or grew up, whether they were born or grew up in a place, how long they have lived there, and
when they moved. Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only
asking); the place here or one by its name (mt.people.named_place: "Hà Nội", "TP. Hồ Chí Minh", "Pháp"); the span
one mt.dates reads, of days at least ("ba năm", "three years"); the time a year ("năm 2019", "in 2019"), a span ago
("hai năm trước", "two years ago": mt.dates) or the week, month or year before this one ("năm ngoái", "last year").
Left to the model: any other place ("ở quê", "in the countryside"; "Ho Chi Minh City", which the tables do not write
back), any other time ("hồi nhỏ", as a child), a span with no word for the tense ("Bạn sống ở Hà Nội bao lâu?"),
someone living somewhere with no span (mt/family.py's), and a move mt/visits.py takes (to a place by its name, with no
time or "năm ngoái" after it: "Tôi mới chuyển đến Hà Nội."). mt.phrasebook.translate tries these after mt/holidays.py.

    >>> translate("Anh ấy lớn lên ở Đà Nẵng.", "vi", "en"), translate("Where were you born?", "en", "vi")
    ('He grew up in Da Nang.', 'Bạn sinh ra ở đâu?')
    >>> translate("Tôi sống ở Hà Nội được ba năm rồi.", "vi", "en")
    "I've lived in Hanoi for three years."
"""
from __future__ import annotations

import re

from . import dates, tense, visits
from .free_time import placed
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .people import named_place
from .rule_keys import agreement_checked
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# how one came to be from a place: born, grown up, or both (the first Vietnamese of each is written back)
_HOW = {"sinh ra và lớn lên": "both", "sinh ra": "born", "sinh": "born", "lớn lên": "grew"}
_HOW_VI = {how: vi for vi, how in reversed(_HOW.items())}
# the week, month or year before this one in English, back (mt.dates.LAST)
_LAST_VI = {en: vi for vi, en in reversed(dates.LAST.items())}
_YEAR = {"vi": lazy(r"(?:vào\s+)?năm\s+(?P<y>\d{4})"), "en": lazy(r"in\s+(?P<y>\d{4})")}
# a time behind today, as `when` reads it (a span ago: a count of one word, read by mt.dates)
_TIME_VI = (rf"(?:(?:vào\s+)?năm\s+\d{{4}}|{alternatives(dates.LAST)}|"
            r"[^\W_]+\s+(?:năm|tháng|tuần|ngày)\s+trước)")
_TIME_EN = r"(?P<time>in\s+\d{4}|last\s+(?:week|month|year)|[\w\s]+?\s+ago)"
_PLACE = r"(?P<place>(?:TP\.\s*)?[^,.!?]+?)"  # ("TP. Hồ Chí Minh")
_PLACE_EN = r"(?:(?:in|to)\s+(?P<place>[^,.!?]+?)|(?P<here>here))"
# born or grown up: "Mẹ tôi sinh ra ở Hải Phòng.", "Bạn có sinh ra ở Hà Nội không?", "Bạn lớn lên ở đâu?", "Tôi sinh
# ra ở Hà Nội nhưng lớn lên ở Sài Gòn."
_BORN = lazy(rf"(?:(?P<time0>(?i:{_TIME_VI}))\s*,?\s+)?{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có(?:\s+phải)?)\s+)?"
             rf"(?:đã\s+)?(?:được\s+)?(?P<how>{alternatives(_HOW)})\s+(?:ở|tại)\s+(?:(?P<where>đâu)|{_PLACE})"
             r"(?:,?\s+(?P<but>nhưng|và)\s+(?:lại\s+)?lớn\s+lên\s+(?:ở|tại)\s+(?P<place2>[^,.!?]+?))?"
             rf"(?:\s+(?P<time>{_TIME_VI}))?(?:\s+(?P<asked>không|phải\s+không|à))?{SOFTENED_END}")
# lived somewhere for a span or since a year, or asked how long: "Tôi sống ở Hà Nội được ba năm rồi.", "Bạn sống ở
# đây bao lâu rồi?"
_LIVED = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?sống\s+(?:ở|tại)\s+{_PLACE}\s+(?:(?P<so_far>được)\s+)?"
              rf"(?:{dates.SPAN}|(?P<ask>bao\s+lâu)|từ\s+năm\s+(?P<since>\d{{4}}))(?:\s+(?P<now>rồi|nay))?"
              rf"{SOFTENED_END}")
_SPANS_LIVED = {"ngày", "tuần", "tháng", "năm"}  # (not "phút", "giờ": one lives somewhere for days at least)
# moved, and when, or asked when: "Năm ngoái chúng tôi chuyển đến Đà Nẵng.", "Bạn chuyển đến đây khi nào?" ("khi
# nào" or "bao giờ" opening the question asks of a move ahead: "Khi nào bạn chuyển đến Hà Nội?")
_ASKED_WHEN = {"khi nào": "When", "bao giờ": "When", "lúc nào": "When", "hồi nào": "When", "năm nào": "What year"}
_MOVED = lazy(rf"(?:(?P<time0>(?i:{_TIME_VI}))\s*,?\s+|(?P<when0>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+"
              r"(?:(?P<just>vừa\s+mới|mới|vừa)\s+|(?P<did>đã)\s+)?chuyển\s+(?:nhà\s+)?(?:đến|tới|về|sang|ra|vào)"
              rf"\s+(?:sống\s+ở\s+)?{_PLACE}(?:\s+(?:(?P<time>{_TIME_VI})|(?P<when>"
              rf"{alternatives(_ASKED_WHEN)})))?(?:\s+rồi)?{SOFTENED_END}")

# ... and in English: "He grew up in Da Nang.", "I wasn't born in Vietnam.", "Were you born in Hanoi?", "Where did you
# grow up?"
_RAISED = r"(?P<raised>\s+and\s+(?:raised|bred|brought\s+up|grew\s+up))?"
_BORN_EN = {
    "said": [lazy(rf"{WHO_EN}\s+(?P<was>was|were)(?:\s+(?P<not>not)|(?P<nt>n['’]t))?\s+born{_RAISED}\s+"
                  rf"{_PLACE_EN}(?:,?\s+(?P<but>but|and)\s+grew\s+up\s+in\s+(?P<place2>[^,.!?]+?))?"
                  rf"(?:\s+{_TIME_EN})?\s*(?P<end>[.!]*)"),
             lazy(rf"{WHO_EN}\s+(?:(?P<not>didn['’]t|did\s+not)\s+grow|grew)\s+up\s+{_PLACE_EN}"
                  r"\s*(?P<end>[.!]*)")],
    "asked": [lazy(rf"(?P<was>Was|Were)\s+{WHO_EN}\s+born{_RAISED}\s+{_PLACE_EN}\s*\?+"),
              lazy(rf"Did\s+{WHO_EN}\s+grow\s+up\s+{_PLACE_EN}\s*\?+")],
    "where": [lazy(rf"Where\s+(?P<was>was|were)\s+{WHO_EN}\s+born{_RAISED}\s*\?+"),
              lazy(rf"Where\s+did\s+{WHO_EN}\s+grow\s+up\s*\?+")]}
# "I've lived in Hanoi for three years.", "I lived in France for two years.", "How long have you lived here?"
_LIVED_EN = {
    "said": [lazy(rf"{WHO_EN}\s*(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+(?:lived|been\s+living)\s+{_PLACE_EN}\s+"
                  r"(?:for\s+(?P<span>[\w\s]+?)|since\s+(?P<since>\d{4}))\s*(?P<end>[.!]*)"),
             lazy(rf"{WHO_EN}\s+lived\s+{_PLACE_EN}\s+for\s+(?P<span>[\w\s]+?)\s*(?P<end>[.!]*)")],
    "asked": [lazy(rf"How\s+long\s+(?P<have>have|has)\s+{WHO_EN}\s+(?:lived|been\s+living)\s+{_PLACE_EN}\s*\?+"),
              lazy(rf"How\s+long\s+did\s+{WHO_EN}\s+live\s+{_PLACE_EN}\s*\?+")]}
# "I moved to Hanoi in 2019.", "We've just moved here.", "When did you move here?", "When are you moving to Hue?"
_MOVED_EN = {
    "said": [lazy(rf"{WHO_EN}(?:\s*(?P<have>['’]ve|['’]s|\s+have|\s+has))?(?:\s+(?P<just>just))?\s+moved\s+"
                  rf"{_PLACE_EN}(?:\s+{_TIME_EN})?\s*(?P<end>[.!]*)")],
    "asked": [lazy(rf"(?:When|(?P<year>What\s+year))\s+did\s+{WHO_EN}\s+move\s+{_PLACE_EN}\s*\?+"),
              lazy(rf"When\s+will\s+{WHO_EN}\s+move\s+{_PLACE_EN}\s*\?+"),
              lazy(rf"When\s+(?P<be>are|is|am)\s+{WHO_EN}\s+moving\s+{_PLACE_EN}\s*\?+")]}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks where someone was born or grew up, how long they have lived
    somewhere, or when they moved there; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _born(text) or _lived(text) or _moved(text)
    if (src, tgt) == ("en", "vi"):
        return next((said for rule, forms in ((_born_vi, _BORN_EN), (_lived_vi, _LIVED_EN), (_moved_vi, _MOVED_EN))
                     for form, patterns in forms.items() for p in patterns
                     if (m := p.fullmatch(text)) and (said := rule(m, form))), None)
    return None


def place(said: str, src: str) -> str | None:
    """A place someone is from, lives in or moved to, in the other language: here ("đây", "here") or one by its name
    (mt.people.named_place: "Hà Nội" as "Hanoi", "Pháp" as "France", "England" as "Anh"); None for any other."""
    said = " ".join(said.split())
    return ({"đây": "here"} if src == "vi" else {"here": "đây"}).get(said) or named_place(said, src)


def when(said: str | None, src: str) -> str | None:
    """A time behind today in the other language: a year ("năm 2019" as "in 2019", "in 2019" as "vào năm 2019"), the
    week, month or year before this one ("năm ngoái" as "last year") or a span ago ("hai năm trước" as "two years
    ago", "two years ago" as "cách đây hai năm": mt.dates); "" for none said, None for one not read."""
    if not said:
        return ""
    said = keyed(said)
    if year := _YEAR[src].fullmatch(said):
        return f"in {year['y']}" if src == "vi" else f"vào năm {year['y']}"
    if last := (dates.LAST if src == "vi" else _LAST_VI).get(said):
        return last
    if src == "vi":
        ago = dates.day(said, "vi", "en")
        return ago if ago and tense.BEHIND.fullmatch(ago) else None
    return dates.whole(said, "en", "vi") if tense.BEHIND.fullmatch(said) else None


def _in(where: str) -> str:
    """"in Hanoi", or "here" alone."""
    return where if where == "here" else f"in {where}"


def _born(text: str) -> str | None:
    """"Mẹ tôi sinh ra ở Hải Phòng." as "My mother was born in Hai Phong.", "Tôi sinh ra và lớn lên ở Hà Nội." as "I
    was born and raised in Hanoi.", "Bạn có sinh ra ở Hà Nội không?" as "Were you born in Hanoi?", "Bạn lớn lên ở
    đâu?" as "Where did you grow up?" (_BORN); None for anything else."""
    m = _BORN.fullmatch(text)
    if not m:
        return None
    yes_no = keyed(m["asked"] or "")
    asked = bool(yes_no or m["where"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != (yes_no == "không") or m["not"] and asked \
            or m["where"] and (yes_no or m["place2"] or m["time0"] or m["time"]) or m["time0"] and m["time"]:
        return None  # ("có" asks with "không" after it; "đâu" asks alone)
    how, said = _HOW[keyed(m["how"])], who(m, asked)
    first = place(m["place"], "vi") if m["place"] else ""
    second = place(m["place2"], "vi") if m["place2"] else ""
    time = when(m["time0"] or m["time"], "vi")
    if not said or first is None or second is None or time is None or second and (how != "born" or time):
        return None
    who_ = said[0]
    was = "were" if be(who_) == "are" else "was"
    if m["where"]:
        return f"Where did {who_} grow up?" if how == "grew" else \
            f"Where {was} {who_} born{' and raised' * (how == 'both')}?"
    but = {"nhưng": "but", "và": "and"}.get(keyed(m["but"] or ""), "")
    where = _in(first) + (f" {but} grew up in {second}" if second else "") + (f" {time}" if time else "")
    if how == "grew":
        if asked:
            return f"Did {who_} grow up {where}?"
        grew = "didn't grow" if m["not"] else "grew"
        return capitalised(f"{who_} {grew} up {where}{m['end'] or '.'}")
    born = f"born and raised {where}" if how == "both" else f"born {where}"
    if asked:
        return f"{was.capitalize()} {who_} {born}?"
    not_ = "n't" if m["not"] else ""
    return capitalised(f"{who_} {was}{not_} {born}{m['end'] or '.'}")


def _lived(text: str) -> str | None:
    """"Tôi sống ở Hà Nội được ba năm rồi." as "I've lived in Hanoi for three years.", "Tôi đã sống ở Pháp hai năm."
    as "I lived in France for two years.", "Bạn sống ở đây bao lâu rồi?" as "How long have you lived here?" (_LIVED);
    None for anything else, and where neither "được", "rồi" nor "đã" says the tense ("Tôi sống ở Huế hai năm.")."""
    m = _LIVED.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or m["u"] and keyed(m["u"]) not in _SPANS_LIVED \
            or m["since"] and m["so_far"]:
        return None
    said, where = who(m, bool(m["ask"])), place(m["place"], "vi")
    so_far = bool(m["so_far"] or m["now"] or m["since"])
    if not said or not where or not (so_far or m["did"]):
        return None
    who_, one = said
    have = "has" if one else "have"
    if m["ask"]:
        return f"How long {have} {who_} lived {_in(where)}?" if so_far else f"How long did {who_} live {_in(where)}?"
    how_long = f"since {m['since']}" if m["since"] else f"for {dates.span(m)}"
    if so_far:
        return capitalised(contracted(who_, f"{have} lived {_in(where)} {how_long}{m['end'] or '.'}"))
    return capitalised(f"{who_} lived {_in(where)} {how_long}{m['end'] or '.'}")


def _moved(text: str) -> str | None:
    """"Năm ngoái chúng tôi chuyển đến Đà Nẵng." as "We moved to Da Nang last year.", "Chúng tôi mới chuyển đến
    đây." as "We just moved here.", "Bạn chuyển đến đây khi nào?" as "When did you move here?" (_MOVED); None for
    anything else, and for a move mt/visits.py takes ("Tôi mới chuyển đến Hà Nội.")."""
    m = _MOVED.fullmatch(text)
    asked = bool(m and (m["when0"] or m["when"]))
    if not m or asked != ("?" in m["end"]) or m["when0"] and m["when"] or m["time0"] and m["time"] \
            or visits.translate(text, "vi", "en"):
        return None
    said, where, time = who(m, asked), place(m["place"], "vi"), when(m["time0"] or m["time"], "vi")
    if not said or not where or time is None or m["just"] and (time or asked):
        return None  # ("mới" with a time is "only": "only moved here last year")
    who_, to = said[0], where if where == "here" else f"to {where}"
    if m["when0"]:  # (opening the question, of a move ahead; "đã" says one behind)
        return f"When did {who_} move {to}?" if m["did"] else f"When will {who_} move {to}?"
    if m["when"]:
        return f"{_ASKED_WHEN[keyed(m['when'])]} did {who_} move {to}?"
    if not (time or m["just"] or m["did"]):
        return None  # ("Chúng tôi chuyển đến đây." may be a move ahead)
    said_ = f"{who_} {'just moved' if m['just'] else 'moved'} {to}"
    return capitalised(f"{said_} {time}{m['end'] or '.'}" if time else f"{said_}{m['end'] or '.'}")


def _where_vi(m: re.Match) -> str | None:
    """The place of a match of an English pattern (_PLACE_EN) in Vietnamese: "đây", or one by its name."""
    return "đây" if m["here"] else place(m["place"], "en")


def _born_vi(m: re.Match, form: str) -> str | None:
    """"He grew up in Da Nang." as "Anh ấy lớn lên ở Đà Nẵng.", "I was born and raised in Hanoi." as "Tôi sinh ra và
    lớn lên ở Hà Nội.", "Were you born in Hanoi?" as "Bạn có sinh ra ở Hà Nội không?", "Where were you born?" as "Bạn
    sinh ra ở đâu?" (_BORN_EN); None for anything else, and where "was" or "were" does not agree with who."""
    found = m.groupdict()
    who_, one = who_vi(m)
    if "was" in found and (m["was"].lower() == "was") != (be_of(who_, one) != "are"):
        return None
    how = _HOW_VI["grew" if "was" not in found else "both" if m["raised"] else "born"]
    if form == "where":
        return capitalised(f"{who_} {how} ở đâu?")
    where, second = _where_vi(m), place(found["place2"], "en") if found.get("place2") else ""
    time = when(found.get("time"), "en")
    if not where or second is None or time is None or second and time:
        return None
    if form == "asked":
        return capitalised(f"{who_} có {how} ở {where} không?")
    not_ = "không " if m["not"] or found.get("nt") else ""
    but = f" {'nhưng' if m['but'] == 'but' else 'và'} lớn lên ở {second}" if second else ""
    return placed(f"{who_} {not_}{how} ở {where}{but}", time, m["end"] or ".")


def _lived_vi(m: re.Match, form: str) -> str | None:
    """"I've lived in Hanoi for three years." as "Tôi sống ở Hà Nội được ba năm rồi.", "I lived in France for two
    years." as "Tôi đã sống ở Pháp hai năm.", "How long have you lived here?" as "Bạn sống ở đây bao lâu rồi?"
    (_LIVED_EN); None for anything else, and where "have" or "has" does not agree with who."""
    found = m.groupdict()
    who_, one = who_vi(m)
    if found.get("have") and (keyed(m["have"].replace("’", "'")) in ("has", "'s")) != one:
        return None
    where = _where_vi(m)
    span = _span_vi(found["span"]) if found.get("span") else ""
    if not where or span is None:
        return None
    if form == "asked":
        return capitalised(f"{who_} sống ở {where} bao lâu rồi?" if found.get("have") else
                           f"{who_} đã sống ở {where} bao lâu?")
    if not found.get("have"):  # (a time over: "I lived in France for two years.")
        return capitalised(f"{who_} đã sống ở {where} {span}{m['end'] or '.'}")
    how_long = f"từ năm {m['since']}" if m["since"] else f"được {span} rồi"
    return capitalised(f"{who_} sống ở {where} {how_long}{m['end'] or '.'}")


def _span_vi(said: str) -> str | None:
    """A span someone has lived somewhere, in Vietnamese: "three years" as "ba năm", "six months" as "sáu tháng" (as
    mt.dates reads it before "ago"); None for any other, and for one shorter than a day."""
    read = dates.whole(f"{' '.join(said.split())} ago", "en", "vi") or ""
    span = read.removeprefix("cách đây ")
    return span if span != read and span.split()[-1] in _SPANS_LIVED else None


def _moved_vi(m: re.Match, form: str) -> str | None:
    """"I moved to Hanoi in 2019." as "Tôi đã chuyển đến Hà Nội vào năm 2019.", "We've just moved here." as "Chúng
    tôi mới chuyển đến đây.", "When did you move here?" as "Bạn chuyển đến đây khi nào?" (_MOVED_EN); None for
    anything else, for a move mt/visits.py takes ("I just moved to Hanoi.") and where "have" or "is" does not agree
    with who."""
    found = m.groupdict()
    if visits.translate(m.string, "en", "vi"):
        return None
    who_, one = who_vi(m)
    have, be_ = keyed((found.get("have") or "").replace("’", "'")), found.get("be")
    if have and (have in ("has", "'s")) != one or be_ and be_ != be_of(who_, one):
        return None
    where, time = _where_vi(m), when(found.get("time"), "en")
    if not where or time is None or have and time or found.get("just") and time:
        return None  # ("I've moved here last year." says two times)
    if form == "asked":
        if m.re == _MOVED_EN["asked"][0]:
            return capitalised(f"{who_} chuyển đến {where} {'năm nào' if m['year'] else 'khi nào'}?")
        return f"Khi nào {who_} chuyển đến {where}?"
    moved = "mới chuyển" if m["just"] else "đã chuyển"
    return placed(f"{who_} {moved} đến {where}{' rồi' if have and not m['just'] else ''}", time, m["end"] or ".")
