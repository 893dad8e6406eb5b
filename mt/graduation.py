"""Graduating and studying abroad, said or asked, both ways, written whole by rule: someone graduated at a time, has
just graduated, has not graduated yet, will graduate or is about to, when they will or did graduate; wants, plans or
is going to study abroad or in a country, is studying there, studied there (for a span), has ever studied abroad;
what someone studied at university. v8 (rules on): "Anh ấy tốt nghiệp năm ngoái." → "He is graduate last year.",
"Cô ấy vừa tốt nghiệp đại học." → "She has just been college graduation.", "Tôi vừa tốt nghiệp." → "I'm just good at
graduation.", "Tôi sẽ tốt nghiệp vào năm sau." → "I'll be graduated next year.", "Tôi muốn đi du học." → "I'd like
to study." (abroad lost), "Anh ấy đã học ở Nhật hai năm." → "He has been studying in Japan two years.", "Bạn học
ngành gì ở đại học?" → "What do you learn the industry?"; "She's just graduated from university." → "Cô ấy chỉ được
tốt nghiệp từ trường đại học." (only), "I'm graduating next year." → "Tôi đã tốt nghiệp năm tới." (past), "He
studied in Japan for two years." → "Ông nghiên cứu ở Nhật trong hai năm." (researched), "She studied abroad in
France." → "Cô ấy học ở nước Pháp." (abroad lost).

Taken: who as in mt/hobbies.py (WHO, WHO_EN: a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only
asking); a school of _SCHOOLS; a place by its name (mt.origins.place, mt.people.COUNTRIES_VI, mt.trips.REGIONS); a
day mt.free_time.when reads with mt.dates.NEAR_SPANS (behind for the past, ahead for what will be); a span of weeks,
months or years (mt.dates.SPAN), only where the tense is said ("đã", "được … rồi"). Left: a graduation in a year
("năm 2020"), asked "năm nào?" or "chưa?", "What do you study?" and "What did you study at university?"
(mt/studies.py's); exams passed (mt/exams.py); a trip abroad (mt/trips.py); "đi du học" or "du học ở Úc" with no word
for the tense (going, gone or studying there), "Ở đại học bạn học gì?", where someone studies abroad asked, a school
by its name. mt.phrasebook.translate tries these after mt/colours.py.

    >>> translate("Anh ấy tốt nghiệp năm ngoái.", "vi", "en"), translate("I want to study abroad.", "en", "vi")
    ('He graduated last year.', 'Tôi muốn đi du học.')
"""
from __future__ import annotations

import re

from . import dates
from .dates import AHEAD, NEAR_SPANS
from .free_time import when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .origins import place
from .people import COUNTRIES_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed
from .trips import REGIONS

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tốt\s+nghiệp|du\s+học|học\s+(?:ở|tại)|đại\s+học)"),
         "en": lazy(r"(?i:graduat|abroad|overseas|stud(?:y|ied|ying))")}
# schools graduated from (the first Vietnamese of each is written back; "college" as mt/studies.py reads it)
_SCHOOLS = {"đại học": "university", "cao đẳng": "college", "cấp ba": "high school", "trung học": "high school"}
_SCHOOLS_VI = {"university": "đại học", "college": "đại học", "uni": "đại học", "high school": "cấp ba"}
# days whose tense is clear ("năm nay", this year, only with "đã" or "sẽ"), and a span ago ("hai năm trước")
_DAYS = {**NEAR_SPANS, "tuần sau": "next week", "hôm qua": "yesterday", "ngày mai": "tomorrow"}
_DAY = rf"(?:(?i:{alternatives(_DAYS)})|(?:\d{{1,2}}|[^\W\d_]+)\s+(?:năm|tháng|tuần)\s+trước)"
_DAY_EN = (r"(?:last|next)\s+(?:week|month|year)|this\s+year|yesterday|tomorrow|(?:\d{1,2}|an?|one|two|three|"
           r"four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:weeks?|months?|years?)\s+ago")
_PLACE_EN = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_SPAN_UNITS = {"tuần", "tháng", "năm"}  # (one studies somewhere for weeks at least)

# graduated, with a time, a school or a place ("Năm ngoái anh ấy tốt nghiệp.", "Cô ấy vừa tốt nghiệp đại học.")
_ASPECTS = {"đã": "did", "vừa mới": "just", "vừa": "just", "mới": "just", "sẽ": "will", "sắp": "about", "chưa": "not"}
_GRADUATED = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?tốt"
                  rf"\s+nghiệp(?:\s+(?P<school>{alternatives(_SCHOOLS)}))?"
                  r"(?:\s+(?:ở|tại)\s+(?P<place>[^,.!?]+?))?"
                  rf"(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# when someone did or will graduate ("Bạn tốt nghiệp khi nào?", "Khi nào bạn tốt nghiệp?": opening, ahead)
_WHEN = r"khi\s+nào|bao\s+giờ|lúc\s+nào|hồi\s+nào"
_WHEN_ASKED = lazy(rf"(?:(?P<when0>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+(?:(?P<will>sẽ)\s+|(?P<did>đã)\s+)?tốt"
                   rf"\s+nghiệp(?:\s+(?P<school>{alternatives(_SCHOOLS)}))?(?:\s+(?:vào\s+)?(?P<when>{_WHEN}))?"
                   rf"{SOFTENED_END}")
# what someone studied at university ("Bạn đã học ngành gì ở đại học?", "Hồi đại học bạn học ngành gì?")
_WHAT = lazy(rf"(?:(?P<back>[Hh]ồi|[Kk]hi)\s+(?:học\s+)?đại\s+học\s*,?\s+)?{WHO}\s+(?:(?P<tense>đã|đang)\s+)?"
             r"học\s+(?:(?:chuyên\s+)?ngành\s+)?gì(?:\s+(?P<at>(?:ở|tại)\s+(?:trường\s+)?đại\s+học))?"
             + SOFTENED_END)
# studying abroad or in a place, wanted, planned, now, done ("Tôi muốn đi du học.", "Con gái tôi đang du học ở Úc.",
# "Anh ấy đã học ở Nhật hai năm.", "Bạn đã từng du học chưa?")
_STUDYING = {"muốn": "want", "định": "plan", "dự định": "plan", "sẽ": "will", "sắp": "soon", "đang": "now",
             "đã từng": "past", "từng": "past", "đã": "past"}
_ABROAD = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?"
               rf"(?:(?P<aspect>{alternatives(_STUDYING)})\s+)?(?:(?P<go>đi)\s+)?"
               r"(?:(?P<abroad>du\s+học)(?:(?:\s+(?:ở|tại))?\s+(?P<place>[^,.!?]+?))??|"
               r"học\s+(?:ở|tại)\s+(?P<place2>[^,.!?]+?))"
               rf"(?:\s+(?:trong\s+)?(?P<so_far>được\s+)?{dates.SPAN}(?:\s+(?P<now>rồi|nay))?)?"
               rf"(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")

# ... and in English: who, what is said of them, and a school, a place, a day ("She's just graduated from university.",
# "I'm graduating next year.", "I haven't graduated yet.")
_SCHOOL_EN = rf"(?:\s+from\s+(?:the\s+)?(?P<school>{alternatives(_SCHOOLS_VI)}))?"
_GRADUATED_EN = lazy(rf"{WHO_EN}(?P<aux>['’]\w+|\s+(?:have|has|will|am|is|are)(?:\s+not)?|"
                     r"\s+(?:haven|hasn)['’]t)?"
                     r"\s+(?P<verb>(?:just\s+)?graduated|graduate|graduating|(?:going|about)\s+to\s+graduate)"
                     rf"{_SCHOOL_EN}(?:\s+in\s+(?P<place>{_PLACE_EN}))?(?:\s+(?P<day>{_DAY_EN}))?"
                     r"(?P<yet>\s+yet)?\s*(?P<end>[.!]*)")
_WHEN_EN = lazy(rf"When\s+(?:(?P<will>will)|(?P<be>are|is|am))\s+{WHO_EN}\s+(?(will)graduate|graduating)"
                rf"{_SCHOOL_EN}\s*\?+")
_WHAT_EN = lazy(rf"What\s+(?P<did>did|do|does)\s+{WHO_EN}\s+study\s+(?:in|at)\s+(?:college|uni)\s*\?+")
_STUDY_EN = lazy(rf"(?:(?P<q>Do|Does|Would|Are|Is|Am|Have|Has)\s+)?{WHO_EN}(?P<verb>(?:['’]\w+|\s+[a-z]+)*?)\s+"
                 r"(?P<study>study|studying|studied)\s+(?:(?P<abroad>abroad|overseas)(?:\s+in\s+(?P<place>"
                 rf"{_PLACE_EN}))?|in\s+(?P<place2>{_PLACE_EN}))(?:\s+for\s+(?P<span>[\w\s]+?)|\s+(?P<day>"
                 rf"{_DAY_EN}))?\s*(?P<end>[.!?]*)")
# ... what each says, written out, after who (`_study_forms`), and how Vietnamese says it ("{go}": "đi " before "du
# học" alone)
_STUDYING_VI = {"want": "muốn {go}", "plan": "định {go}", "will": "sẽ {go}", "now": "đang ", "past": "đã ",
                "ever": "đã từng ", "never": "chưa từng ", "so far": ""}
_SHORT = {"'d": " would", "'ll": " will", "'m": " am", "'re": " are", "'ve": " have"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks when someone graduated or will, or where they study or
    studied; None for any other."""
    if src == "vi":
        return _graduated(text) or _when_asked(text) or _what(text) or _abroad(text)
    return _graduated_vi(text) or _when_asked_vi(text) or _what_vi(text) or _abroad_vi(text)


def _place(said: str | None, src: str) -> str | None:
    """A place by its name in the other language ("Úc": "Australia", "the UK": "Anh", "châu Âu": "Europe"); "" for
    none said, None for one not known."""
    if not said:
        return ""
    regions = REGIONS if src == "vi" else {en: vi for vi, en in REGIONS.items()}
    said = " ".join(said.split())
    return place(said, src) or (COUNTRIES_VI.get(said) if src == "en" else None) or regions.get(said)


def _span_vi(said: str) -> str | None:
    """A span in Vietnamese, as mt.dates reads it before "ago": "two years" as "hai năm"; None for one shorter than a
    week, or not read."""
    read = dates.whole(f"{' '.join(said.split())} ago", "en", "vi") or ""
    span = read.removeprefix("cách đây ")
    return span if span != read and span.split()[-1] in _SPAN_UNITS else None


def _in(where: str) -> str:
    """"in Japan", or "here" alone; "" for no place said."""
    return f" {where}" if where == "here" else f" in {where}" if where else ""


def _has(who_: str) -> str:
    """"has" or "have" after who in English."""
    return "has" if be(who_) == "is" else "have"


def _graduated(text: str) -> str | None:
    """"Anh ấy tốt nghiệp năm ngoái." as "He graduated last year.", "Cô ấy vừa tốt nghiệp đại học." as "She's just
    graduated from university.", "Tôi sẽ tốt nghiệp năm sau." as "I'll graduate next year.", "Tôi chưa tốt nghiệp."
    as "I haven't graduated yet." (_GRADUATED); None for anything else, a day against the tense said ("đã … năm sau"),
    and for one with neither a day nor a place nor a word for the tense (mt/studies.py's)."""
    m = _GRADUATED.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or not (said := who(m, False)):
        return None
    who_, aspect = said[0], _ASPECTS.get(keyed(m["aspect"] or ""), "")
    day, where = when(m["day0"] or m["day"], "vi", _DAYS), _place(m["place"], "vi")
    if day is None or where is None or day and aspect in ("just", "about", "not") or m["done"] and (
            day or aspect not in ("", "did")) or where and aspect in ("about", "not"):
        return None
    behind, ahead = bool(BEHIND.fullmatch(day)), bool(AHEAD.match(day))
    school = f" from {_SCHOOLS[keyed(m['school'])]}" if m["school"] else ""
    done = f"{school}{_in(where)}{f' {day}' if day else ''}."
    if m["done"]:
        return capitalised(contracted(who_, f"{_has(who_)} {'already ' * (aspect == 'did')}graduated{done}"))
    if aspect == "just":
        return capitalised(contracted(who_, f"{_has(who_)} just graduated{done}"))
    if aspect == "about":
        return capitalised(contracted(who_, f"{be(who_)} about to graduate{done}"))
    if aspect == "not":
        return capitalised(f"{who_} {_has(who_)}n't graduated{school} yet.")
    if aspect == "will" and not behind or not aspect and ahead:
        return capitalised(contracted(who_, f"will graduate{done}"))
    if aspect in ("", "did") and behind or aspect == "did" and not ahead or not aspect and not day and where:
        return capitalised(f"{who_} graduated{done}")
    return None


def _when_asked(text: str) -> str | None:
    """"Bạn tốt nghiệp khi nào?" as "When did you graduate?", "Khi nào em gái bạn tốt nghiệp?" as "When will your
    sister graduate?" (_WHEN_ASKED: "khi nào" opening asks ahead); None for anything else."""
    m = _WHEN_ASKED.fullmatch(text)
    if not m or bool(m["when0"]) == bool(m["when"]) or "?" not in m["end"] or m["when0"] and m["did"]:
        return None
    if m["will"] and m["did"] or not (said := who(m, True)):
        return None
    school = f" from {_SCHOOLS[keyed(m['school'])]}" if m["school"] else ""
    return f"When {'will' if m['when0'] or m['will'] else 'did'} {said[0]} graduate{school}?"


def _what(text: str) -> str | None:
    """"Bạn đã học ngành gì ở đại học?" and "Hồi đại học bạn học ngành gì?" as "What did you study at university?",
    "Bạn học gì ở đại học?" as "What do you study at university?" (_WHAT); None for anything else."""
    m = _WHAT.fullmatch(text)
    if not m or bool(m["back"]) == bool(m["at"]) or "?" not in m["end"] or m["back"] and m["tense"] == "đang":
        return None
    if not (said := who(m, True)):
        return None
    who_ = said[0]
    if m["back"] or m["tense"] == "đã":
        return f"What did {who_} study at university?"
    if m["tense"]:
        return f"What {be(who_)} {who_} studying at university?"
    return f"What {'does' if be(who_) == 'is' else 'do'} {who_} study at university?"


def _abroad(text: str) -> str | None:
    """"Tôi muốn đi du học." as "I want to study abroad.", "Con gái tôi đang du học ở Úc." as "My daughter is studying
    in Australia.", "Anh ấy đã học ở Nhật hai năm." as "He studied in Japan for two years.", "Bạn đã từng du học
    chưa?" as "Have you ever studied abroad?" (_ABROAD); None for anything else, and where the tense is not said."""
    m = _ABROAD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and keyed(m["asked"] or "") != "không" or m["day0"] and \
            m["day"] or not (said := who(m, asked)):
        return None
    who_, aspect = said[0], _STUDYING.get(keyed(m["aspect"] or ""), "")
    day, where = when(m["day0"] or m["day"], "vi", _DAYS), _place(m["place"] or m["place2"], "vi")
    so_far = bool(m["so_far"] or m["now"])
    if day and not aspect:  # (the tense by the day: "Năm ngoái tôi du học ở Pháp.", "Năm sau tôi đi du học.")
        aspect = "past" if BEHIND.fullmatch(day) else "will" if AHEAD.match(day) else ""
    span = dates.span(m) if m["u"] else ""
    if day is None or where is None or span and (keyed(m["u"]) not in _SPAN_UNITS or day or asked) or (
            so_far and (not span or aspect not in ("", "now"))) or (span and not so_far and aspect != "past"):
        return None
    if day and not (BEHIND.fullmatch(day) if aspect == "past" else AHEAD.match(day) and aspect in ("want", "will",
                                                                                                    "plan")):
        return None  # ("đã … năm sau"; "đang … năm ngoái")
    study = f"study{_in(where) or ' abroad'}{f' for {span}' if span else ''}{f' {day}' if day else ''}"
    one = be(who_) == "is"
    if asked:
        return _abroad_asked(who_, aspect, keyed(m["asked"]), study)
    if so_far:
        return capitalised(contracted(who_, f"{_has(who_)} been {study.replace('study', 'studying', 1)}."))
    if aspect == "past":
        return capitalised(f"{who_} {'went to study' if m['go'] and not span else 'studied'}{study[5:]}.")
    said = {"want": f"want{'s' * one} to {study}", "plan": f"{be(who_)} planning to {study}", "will": f"will {study}",
            "soon": f"{be(who_)} going to {study} soon", "now": f"{be(who_)} {study.replace('study', 'studying', 1)}"}
    return capitalised(contracted(who_, said[aspect] + ".")) if aspect in said else None


def _abroad_asked(who_: str, aspect: str, asked: str, study: str) -> str | None:
    """Asked whether someone wants, plans, is or has ever been studying abroad ("Bạn có muốn đi du học không?": "Do
    you want to study abroad?", "Bạn đã từng du học chưa?": "Have you ever studied abroad?"); None for any other."""
    if asked == "chưa":
        return f"{_has(who_).capitalize()} {who_} ever studied{study[5:]}?" if aspect == "past" else None
    one = be(who_) == "is"
    said = {"want": f"{'Does' if one else 'Do'} {who_} want to {study}?",
            "plan": f"{be(who_).capitalize()} {who_} planning to {study}?",
            "now": f"{be(who_).capitalize()} {who_} {study.replace('study', 'studying', 1)}?",
            "past": f"{_has(who_).capitalize()} {who_} ever studied{study[5:]}?"}
    return said.get(aspect)


def _graduated_vi(text: str) -> str | None:
    """"He graduated last year." as "Anh ấy tốt nghiệp năm ngoái.", "She's just graduated from university." as "Cô ấy
    vừa tốt nghiệp đại học.", "I'm graduating next year." as "Tôi sẽ tốt nghiệp năm sau.", "I haven't graduated
    yet." as "Tôi chưa tốt nghiệp." (_GRADUATED_EN); None for anything else, where "has", "is" … does not agree with
    who, and for "He graduated." or "… in 2020." (mt/studies.py's)."""
    m = _GRADUATED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux = (m["aux"] or "").replace("’", "'")
    aux = " ".join(_SHORT.get(aux, aux).lower().split())
    verb, day = " ".join(m["verb"].split()), when(m["day"], "en", _DAYS)
    if aux == "'s":  # ("has" before "just graduated", "is" before "graduating")
        aux = "has" if "graduated" in verb else "is"
    have, be_ = "has" if one else "have", be_of(who_, one)
    aspect = {("", "graduated"): "did", ("", "just graduated"): "just", (have, "just graduated"): "just",
              (f"{have} not", "graduated"): "not", (f"{have}n't", "graduated"): "not", ("will", "graduate"): "will",
              (be_, "graduating"): "ing", (be_, "going to graduate"): "will", (be_, "about to graduate"): "sắp"}.get(
        (aux, verb))
    where = _place(m["place"], "en")
    if not aspect or day is None or where is None or bool(m["yet"]) != (aspect == "not") or day and (
            aspect in ("just", "not", "sắp") or bool(BEHIND.fullmatch(m["day"])) != (aspect == "did")):
        return None
    if aspect == "did" and not day and not where or aspect == "ing" and not day or where and aspect in ("not", "sắp"):
        return None
    said = {"did": "", "just": "vừa ", "not": "chưa ", "will": "sẽ ", "ing": "sẽ ", "sắp": "sắp "}[aspect]
    school = f" {_SCHOOLS_VI[keyed(m['school'])]}" if m["school"] else ""
    return capitalised(f"{who_} {said}tốt nghiệp{school}{f' ở {where}' if where else ''}{f' {day}' if day else ''}"
                       f"{m['end'] or '.'}")


def _when_asked_vi(text: str) -> str | None:
    """"When will you graduate?" and "When are you graduating?" as "Khi nào bạn tốt nghiệp?" (_WHEN_EN); None for
    anything else, and where "is", "are" does not agree with who."""
    m = _WHEN_EN.fullmatch(text)
    if not m or m["be"] and m["be"] != be_of(*who_vi(m)):  # ("When is you graduating?")
        return None
    school = f" {_SCHOOLS_VI[keyed(m['school'])]}" if m["school"] else ""
    return f"Khi nào {who_vi(m)[0]} tốt nghiệp{school}?"


def _what_vi(text: str) -> str | None:
    """"What did you study in college?" as "Bạn đã học ngành gì ở đại học?" (_WHAT_EN); None for anything else, and
    where "do" or "does" does not agree with who."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if m["did"] != "did" and (m["did"] == "does") != one:
        return None
    return f"{capitalised(who_)} {'đã ' * (m['did'] == 'did')}học ngành gì ở đại học?"


def _study_forms(who_: str, one: bool) -> dict[tuple[str, str], str]:
    """What is said of studying somewhere in English after who (`who_`, `one` as mt.hobbies.who_vi gives them), keyed
    by the word asking (or "") and the words from who to "study", each written out ("would like to"), as a form of
    _STUDYING_VI or one asked (with "?")."""
    do, have, be_ = "does" if one else "do", "has" if one else "have", be_of(who_, one)
    return {("", f"want{'s' * one} to study"): "want", ("", "would like to study"): "want",
            (do, "want to study"): "want?", ("would", "like to study"): "want?",
            ("", f"{be_} planning to study"): "plan", (be_, "planning to study"): "plan?",
            ("", f"{be_} going to study"): "will", ("", "will study"): "will", ("", f"{be_} studying"): "now",
            (be_, "studying"): "now?", ("", "studied"): "past", (have, "ever studied"): "ever?",
            ("", f"{have} studied"): "ever", ("", f"{have} never studied"): "never",
            ("", f"{have} been studying"): "so far"}


def _abroad_vi(text: str) -> str | None:
    """"I want to study abroad." as "Tôi muốn đi du học.", "My daughter is studying in Australia." as "Con gái tôi
    đang học ở Úc.", "He studied in Japan for two years." as "Anh ấy đã học ở Nhật hai năm.", "Have you ever studied
    abroad?" as "Bạn đã từng du học chưa?" (_STUDY_EN, _study_forms); None for anything else, and where the verb does
    not agree with who."""
    m = _STUDY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    verb = re.sub(r"'\w+", lambda s: _SHORT.get(s[0], s[0]), f"{m['verb']} {m['study']}".replace("’", "'"))
    verb = " ".join(verb.lower().split())
    forms = _study_forms(who_, one)
    q = (m["q"] or "").lower()
    form = next((forms[k] for k in ((q, verb), (q, verb.replace("'s", "is", 1)), (q, verb.replace("'s", "has", 1)))
                 if k in forms), None)
    where, day = _place(m["place"] or m["place2"], "en"), when(m["day"], "en", _DAYS)
    span = _span_vi(m["span"]) if m["span"] else ""
    if not form or where is None or day is None or span is None or form.endswith("?") != ("?" in m["end"]):
        return None
    form = form.rstrip("?")
    if span and form not in ("past", "so far") or form == "so far" and not span or day and (
            bool(BEHIND.fullmatch(m["day"])) != (form == "past") or form in ("now", "ever", "never")):
        return None
    abroad = bool(m["abroad"])
    doing = ("du học" if abroad else "học") + (f" ở {where}" if where else "")
    said = _STUDYING_VI[form].format(go="đi " if abroad and not where else "") + doing
    rest = f"{f' {span}' if span and form == 'past' else ''}{f' {day}' if day else ''}"
    if form == "so far":
        return capitalised(f"{who_} {doing} được {span} rồi{m['end'] or '.'}")
    if "?" in m["end"]:
        ask = " chưa?" if form == "ever" else " không?"
        said = said if form == "ever" else f"có {said}"
        return capitalised(f"{who_} {said}{rest}{ask}")
    return capitalised(f"{who_} {said}{rest}{m['end'] or '.'}")
