"""Scholarships and going abroad to study, both ways, written whole by rule: someone got, won or received a (full or
partial) scholarship (to study abroad, in a country, to a university), has just, did not, hopes to, is asked whether
they did; applies, is applying, has applied, wants, plans or will apply for one; where someone studies abroad,
asked; going to a country to study; and "đi du học (ở Úc)" said of someone with no word for the tense. v8 (rules
on): "Cô ấy được học bổng." → "She was studied.", "Cô ấy được học bổng toàn phần." → "She was studied entirely.",
"Anh ấy giành được học bổng." → "He won't go to school.", "Bạn có được học bổng không?" → "Can you learn
supplements?", "Tôi đang xin học bổng." → "I'm sorry to learn.", "Tôi muốn xin học bổng." → "I'd like to study
supplements.", "Anh ấy đi du học ở Úc." → "He travels in Australia.", "Con trai tôi sẽ sang Mỹ du học năm sau." →
"My son will travel to the United States next year.", "Chị tôi sang Nhật du học." → "She went to Japan to study.";
"She got a scholarship." → "Cô ấy nhận được một học giả." (a scholar), "I'm applying for a scholarship." → "Tôi đang
áp dụng cho một học giả.", "She got a full scholarship to study in Japan." → "Cô ấy có đầy đủ học giả để học ở
Nhật.", "Where did she study abroad?" → "Cô ấy học ở nước ngoài ở đây?", "My sister is going to America to study." →
"Chị của tôi sẽ học ở Mỹ.".

Taken: who as in mt/hobbies.py (WHO, WHO_EN; "anh", "chị", "em" alone only asking); "được", "nhận được", "giành được" a
scholarship ("got", "received", "won"), "toàn phần" (full) or "bán phần" (partial), for studying abroad, in a place by
its name (mt.origins.place, mt.people.COUNTRIES_VI, mt.trips.REGIONS) or at a university of _UNIVERSITIES; "xin học
bổng" (apply for one; "Did you apply …?" as "đã … chưa?"); "du học ở đâu?" with "đã", "đang", "muốn"; "sang Nhật du học"
with a word for the tense or a day; a day mt.free_time.when reads with mt.dates.NEAR_SPANS, behind for the past, ahead
for what will be (and what is hoped for: "hy vọng năm sau sẽ …"). "du học" and "sang" go abroad: their place is a
country (mt.people.COUNTRIES) or a region (mt.trips.REGIONS), never one in Vietnam ("Anh ấy đi du học ở Sài Gòn.",
"She's going to Hanoi to study.": left). Left: studying abroad with a word for the tense ("Tôi muốn đi du học.", "Anh ấy
đang du học ở Úc.", "My son is going to study in the US next year.": mt/graduation.py's); "đi du học" said of "tôi",
"bạn" with no word for the tense (going or gone?), "xin học bổng" with none, "Bạn có xin học bổng không?" (did or
will?), "được học bổng rồi", "Bạn muốn du học ở nước nào?" (v8 right), "She's on a scholarship.", a scholarship given
("They gave her …"), anything else. mt.phrasebook.translate tries these after mt/volume.py.

    >>> translate("Cô ấy được học bổng toàn phần.", "vi", "en")
    'She got a full scholarship.'
    >>> translate("I'm applying for a scholarship.", "en", "vi")
    'Tôi đang xin học bổng.'
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .origins import place
from .people import COUNTRIES, COUNTRIES_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .text import EXPANDED, SOFTENED_END, alternatives, be, capitalised, contracted, keyed
from .trips import REGIONS

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:học\s+bổng|du\s+học)"), "en": lazy(r"(?i:scholarship|abroad|to\s+study)")}
# how much a scholarship pays (the first Vietnamese of each is written back)
_KINDS = {"toàn phần": "full", "bán phần": "partial", "một phần": "partial"}
_KINDS_VI = {en: vi for vi, en in reversed(_KINDS.items())}
# universities one wins a scholarship to, named alike in both languages ("học bổng vào Oxford")
_UNIVERSITIES = ("Oxford", "Cambridge", "Harvard", "Stanford", "Yale", "Princeton", "MIT")
# getting one: the verb in English, its base, and back (the first Vietnamese of each is written back)
_GOT = {"được": "got", "nhận được": "received", "giành được": "won", "đạt được": "won"}
_GET = {"got": "get", "received": "receive", "won": "win"}
_GOT_VI = {"get": "được", "receive": "nhận được", "win": "giành được"}
_DONE = {"get": ("got", "gotten"), "receive": ("received",), "win": ("won",)}  # (what follows "has just")
# where "du học" and "sang" go: another country or a region abroad, never a place in Vietnam ("sang Hà Nội du học")
_ABROAD = {"vi": {vi for vi, en in COUNTRIES.items() if en != "Vietnam"} | set(REGIONS),
           "en": {en for en, vi in COUNTRIES_VI.items() if vi != "Việt Nam"} | set(REGIONS.values())}

# what it is for: studying abroad, in a place, or a university ("để học ở Nhật", "du học Mỹ", "vào Oxford")
_FOR = (r"(?:\s+(?:để\s+)?(?:đi\s+)?(?P<abroad>du\s+học)(?:(?:\s+(?:ở|tại))?\s+(?P<place>[^,.!?]+?))??|"
        r"\s+để\s+(?:đi\s+)?học\s+(?:ở|tại)\s+(?P<place2>[^,.!?]+?)|"
        rf"\s+vào\s+(?:(?:trường\s+)?(?:đại\s+học|ĐH)\s+)?(?P<school>{alternatives(_UNIVERSITIES)}))?")
_SCHOLARSHIP = rf"(?:một\s+)?(?:suất\s+)?học\s+bổng(?:\s+(?P<kind>{alternatives(_KINDS)}))?{_FOR}"
_END = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}"
# got one ("Cô ấy được học bổng toàn phần.", "Anh ấy giành được học bổng vào Oxford.", "Bạn có được học bổng không?")
_GOT_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<aspect>đã|vừa\s+mới|vừa|mới|muốn|"
                 rf"hy\s+vọng(?:\s+sẽ)?)\s+)?(?P<got>{alternatives(_GOT)})\s+{_SCHOLARSHIP}{DAY_AFTER}{_END}")
# applying for one ("Tôi đang xin học bổng.", "Bạn đã nộp đơn xin học bổng chưa?")
_APPLYING = {"đang": "now", "đã": "past", "vừa mới": "just", "vừa": "just", "mới": "just", "sẽ": "will",
             "muốn": "want", "định": "plan", "dự định": "plan"}
_APPLY = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aspect>{alternatives(_APPLYING)})\s+)?"
              rf"(?:nộp\s+(?:hồ\s+sơ|đơn)\s+)?xin\s+{_SCHOLARSHIP}{DAY_AFTER}{_END}")
# where someone studies abroad, asked ("Cô ấy đã du học ở đâu?")
_WHERE = {"đã": "did", "đang": "now", "muốn": "want"}
_WHERE_ASKED = lazy(rf"{WHO}\s+(?P<aspect>{alternatives(_WHERE)})\s+(?:đi\s+)?du\s+học\s+(?:ở|tại)\s+đâu"
                    rf"{SOFTENED_END}")
# going to a country to study ("Con trai tôi sẽ sang Mỹ du học năm sau.")
_GOING = {"đã": "past", "vừa mới": "just", "vừa": "just", "mới": "just", "sẽ": "will", "sắp": "soon",
          "muốn": "want", "định": "plan", "dự định": "plan"}
_GOING_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aspect>{alternatives(_GOING)})\s+)?"
                   rf"(?:sang|qua)\s+(?P<place>[^,.!?]+?)\s+(?:để\s+)?du\s+học{DAY_AFTER}{_END}")
# studying abroad with no word for the tense, said of someone ("Anh ấy đi du học ở Úc."): mt/graduation.py leaves it
_AWAY = lazy(rf"{WHO}\s+(?:đi\s+)?du\s+học(?:(?:\s+(?:ở|tại))?\s+(?P<place>[^,.!?]+?))?\s*(?P<end>[.!]*)")

# ... and in English: who, the words up to the verb ("'ve just", "is going to"), the verb, a scholarship, what for
_UPTO = r"(?P<verb>(?:['’]\w+|\s+[a-z]+)*?)"
_PLACE_EN = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_A_SCHOLARSHIP = (r"(?:a|the)\s+(?:(?P<kind>full|partial)\s+)?scholarship(?:\s+to\s+(?:study\s+(?:(?P<abroad>abroad|"
                  rf"overseas)|in\s+(?P<place>{_PLACE_EN}))|(?P<school>{alternatives(_UNIVERSITIES)})"
                  r"(?:\s+University)?))?")
_Q = r"(?:(?P<q>Did|Do|Does|Are|Is|Am|Have|Has)\s+)?"
_GOT_EN = lazy(rf"{_Q}{WHO_EN}{_UPTO}\s+(?P<main>got|gotten|won|received|get|win|receive|awarded)\s+"
               rf"{_A_SCHOLARSHIP}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_APPLY_EN = lazy(rf"{_Q}{WHO_EN}{_UPTO}\s+(?P<main>apply|applying|applied)\s+for\s+{_A_SCHOLARSHIP}"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where\s+(?P<q>did|is|are|am|do|does)\s+{WHO_EN}\s+(?P<verb>study|studying|want\s+to\s+study)\s+"
                 r"abroad\s*\?+")
_GOING_EN = lazy(rf"{_Q}{WHO_EN}{_UPTO}\s+(?P<main>go|going|went|gone)\s+to\s+(?P<place>{_PLACE_EN})\s+to\s+study"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# ... each form said in Vietnamese, before the verb (a form asked ends "?": "có … không?", or "chưa?" where "… chưa")
_SAID_VI = {"past": "", "did": "đã ", "just": "vừa ", "not": "không ", "asked?": "có ", "hope": "hy vọng ",
            "now": "đang ", "now?": "có đang ", "done": "đã ", "ever?": "đã ", "did?": "có ", "want": "muốn ",
            "want?": "có muốn ", "will": "sẽ ", "plan": "định ", "plan?": "có định "}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who got or applies for a scholarship, where someone studies
    abroad, or who goes to a country to study; None for any other."""
    if src == "vi":
        return _got(text) or _apply(text) or _where(text) or _going(text) or _away(text)
    return _got_vi(text) or _apply_vi(text) or _where_vi(text) or _going_vi(text)


def _place(said: str | None, src: str) -> str | None:
    """A place by its name in the other language ("Nhật": "Japan", "the US": "Mỹ", "châu Âu": "Europe"); "" for none
    said, None for one not known."""
    if not said:
        return ""
    said = " ".join(said.split())
    regions = REGIONS if src == "vi" else {en: vi for vi, en in REGIONS.items()}
    return place(said, src) or (COUNTRIES_VI.get(said) if src == "en" else None) or regions.get(said)


def _abroad(said: str | None, src: str) -> str | None:
    """A country or region abroad (_ABROAD) in the other language, as _place says it ("Nhật": "Japan", "the US":
    "Mỹ"); "" for none said, None for any other place ("Hà Nội", "Saigon": studying there is not "du học")."""
    if not said:
        return ""
    return _place(said, src) if " ".join(said.split()) in _ABROAD[src] else None


def _day(said: str | None, src: str, ahead: bool) -> str | None:
    """A day in the other language (mt.free_time.when, mt.dates.NEAR_SPANS), behind today, or ahead of it (`ahead`);
    "" for none said, None for one not read or on the wrong side of today."""
    day = when(said, src, NEAR_SPANS)
    if not day:
        return day
    en = day if src == "vi" else " ".join(said.split())
    return day if (AHEAD.match(en) if ahead else BEHIND.fullmatch(en)) else None


def _for_en(m: re.Match) -> str | None:
    """A scholarship in English (`_SCHOLARSHIP`): "a scholarship", "a full scholarship to study in Japan", "a
    scholarship to Oxford"; None for a place not known."""
    kind = f"{_KINDS[keyed(m['kind'])]} " if m["kind"] else ""
    where = _abroad(m["place"], "vi") if m["place"] else _place(m["place2"], "vi")
    if where is None or where == "here":
        return None
    rest = f" to study in {where}" if where else " to study abroad" if m["abroad"] else \
        f" to {m['school']}" if m["school"] else ""
    return f"a {kind}scholarship{rest}"


def _for_vi(m: re.Match) -> str | None:
    """A scholarship in Vietnamese (_A_SCHOLARSHIP): "học bổng", "học bổng toàn phần để học ở Nhật", "học bổng vào
    Oxford"; None for a place not known."""
    kind = f" {_KINDS_VI[m['kind']]}" if m["kind"] else ""
    where = _place(m["place"], "en")
    if where is None:
        return None
    rest = f" để học ở {where}" if where else " để đi du học" if m["abroad"] else \
        f" vào {m['school']}" if m["school"] else ""
    return f"học bổng{kind}{rest}"


def _asked(m: re.Match) -> str | None:
    """How a Vietnamese match (_END) asks: "không", "chưa", or "" for said; None where it asks with no word asking,
    or says a word asking with no "?"."""
    asked = keyed(m["asked"] or "")
    return asked if bool(asked) == ("?" in m["end"]) else None


def _got(text: str) -> str | None:
    """"Cô ấy được học bổng toàn phần." as "She got a full scholarship.", "Anh ấy giành được học bổng vào Oxford." as
    "He won a scholarship to Oxford.", "Con trai tôi vừa được học bổng." as "My son has just got a scholarship.",
    "Bạn có được học bổng không?" as "Did you get a scholarship?" (_GOT_SAID); None for anything else."""
    m = _GOT_SAID.fullmatch(text)
    if not m or m["done"] or m["day0"] and m["day"] or (asked := _asked(m)) is None or bool(m["ask"]) != bool(asked):
        return None
    aspect = keyed(m["aspect"] or "")
    wish = aspect in ("muốn", "hy vọng", "hy vọng sẽ")
    if asked and (aspect or asked == "chưa") or (said := who(m, bool(asked))) is None:
        return None
    who_, scholarship = said[0], _for_en(m)
    day = _day(m["day0"] or m["day"], "vi", ahead=wish)
    if scholarship is None or day is None or day and aspect in ("vừa", "mới", "vừa mới"):
        return None
    got = _GOT[keyed(m["got"])]
    rest, one = f"{scholarship}{f' {day}' if day else ''}", be(who_) == "is"
    if asked:
        return f"Did {who_} {_GET[got]} {rest}?"
    if m["not"]:
        return capitalised(f"{who_} didn't {_GET[got]} {rest}.")
    if wish:
        return capitalised(f"{who_} {'want' if aspect == 'muốn' else 'hope'}{'s' * one} to {_GET[got]} {rest}.")
    if aspect in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just {got} {rest}."))
    return capitalised(f"{who_} {got} {rest}.")


def _apply(text: str) -> str | None:
    """"Tôi đang xin học bổng." as "I'm applying for a scholarship.", "Bạn đã xin học bổng chưa?" as "Have you
    applied for a scholarship?", "Tôi muốn xin học bổng du học." as "I want to apply for a scholarship to study
    abroad." (_APPLY); None for anything else, and with no word for the tense or a day."""
    m = _APPLY.fullmatch(text)
    if not m or m["day0"] and m["day"] or (asked := _asked(m)) is None or m["ask"] and asked != "không":
        return None
    aspect, day = _APPLYING.get(keyed(m["aspect"] or ""), ""), m["day0"] or m["day"]
    seen = when(day, "vi", NEAR_SPANS) or ""
    if not aspect:  # (the tense by the day, by "rồi" or by "chưa": "Năm sau tôi xin học bổng.", "Bạn xin … chưa?")
        aspect = "will" if AHEAD.match(seen) else "past" if BEHIND.fullmatch(seen) or m["done"] or asked else ""
    if not aspect or asked == "không" and aspect not in ("now", "want", "plan") or asked == "chưa" and \
            aspect != "past" or m["done"] and aspect != "past" or (said := who(m, bool(asked))) is None:
        return None
    who_, scholarship, day = said[0], _for_en(m), _day(day, "vi", ahead=aspect in ("will", "want", "plan"))
    if scholarship is None or day is None or day and (aspect in ("now", "just") or asked or m["done"]):
        return None
    one, be_ = be(who_) == "is", be(who_)
    rest = f"for {scholarship}{f' {day}' if day else ''}"
    if asked:
        return {"now": f"{be_.capitalize()} {who_} applying {rest}?", "want": f"{'Does' if one else 'Do'} {who_} "
                f"want to apply {rest}?", "plan": f"{be_.capitalize()} {who_} planning to apply {rest}?",
                "past": f"{'Has' if one else 'Have'} {who_} applied {rest}?"}[aspect]
    said = {"now": f"{be_} applying", "past": "applied", "just": f"{'has' if one else 'have'} just applied",
            "will": "will apply", "want": f"want{'s' * one} to apply", "plan": f"{be_} planning to apply"}[aspect]
    if m["done"]:
        said = f"{'has' if one else 'have'} already applied"
    return capitalised(contracted(who_, f"{said} {rest}."))


def _where(text: str) -> str | None:
    """"Cô ấy đã du học ở đâu?" as "Where did she study abroad?", "Bạn đang du học ở đâu?" as "Where are you studying
    abroad?", "Bạn muốn đi du học ở đâu?" as "Where do you want to study abroad?" (_WHERE_ASKED); None for anything
    else."""
    m = _WHERE_ASKED.fullmatch(text)
    if not m or "?" not in m["end"] or (said := who(m, True)) is None:
        return None
    who_, aspect = said[0], _WHERE[keyed(m["aspect"])]
    if aspect == "want":
        return f"Where {'does' if be(who_) == 'is' else 'do'} {who_} want to study abroad?"
    return f"Where did {who_} study abroad?" if aspect == "did" else f"Where {be(who_)} {who_} studying abroad?"


def _going(text: str) -> str | None:
    """"Con trai tôi sẽ sang Mỹ du học năm sau." as "My son is going to America to study next year.", "Chị tôi đã
    sang Nhật du học." as "My sister went to Japan to study." (_GOING_SAID); None for anything else, and with no word
    for the tense or a day ("Chị tôi sang Nhật du học.": gone, or going?)."""
    m = _GOING_SAID.fullmatch(text)
    if not m or m["done"] or m["day0"] and m["day"] or (asked := _asked(m)) is None or bool(m["ask"]) != bool(asked):
        return None
    aspect, said = _GOING.get(keyed(m["aspect"] or ""), ""), who(m, bool(asked))
    where, day = _abroad(m["place"], "vi"), m["day0"] or m["day"]
    seen = when(day, "vi", NEAR_SPANS) or ""
    aspect = aspect or ("will" if AHEAD.match(seen) else "past" if BEHIND.fullmatch(seen) else "")
    day = _day(day, "vi", ahead=aspect != "past")
    if said is None or not where or day is None or not aspect or asked and (
            asked != "không" or aspect != "want") or day and aspect in ("just", "soon"):
        return None
    who_, one = said[0], be(said[0]) == "is"
    rest = f"to {where} to study{f' {day}' if day else ''}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} want to go {rest}?"
    said = {"past": "went", "just": f"{'has' if one else 'have'} just gone", "will": f"{be(who_)} going",
            "soon": f"{be(who_)} going", "want": f"want{'s' * one} to go", "plan": f"{be(who_)} planning to go"}
    return capitalised(contracted(who_, f"{said[aspect]} {rest}{' soon' * (aspect == 'soon')}."))


def _away(text: str) -> str | None:
    """"Anh ấy đi du học ở Úc." as "He's studying in Australia.", "Con trai tôi đi du học." as "My son is studying
    abroad." (_AWAY); None for anything else, and for "tôi", "bạn", "chúng tôi" (going or gone?)."""
    m = _AWAY.fullmatch(text)
    if not m or not (said := who(m, False)) or said[0] in ("I", "you", "we"):
        return None
    where = _abroad(m["place"], "vi")
    if where is None:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} studying {f'in {where}' if where else 'abroad'}."))


def _expanded(m: re.Match) -> list[str]:
    """The words from who to the verb of an English match, written out in small letters ("'ve just applied" as
    "have just applied", "didn't get" as "did not get"), "'s" read as "is", then as "has"."""
    said = f"{m['verb']} {m['main']}".replace("’", "'").lower()
    for short, full in EXPANDED.items():
        said = said.replace(short, full)
    said = " ".join(said.split())
    return [said.replace("'s", "is", 1), said.replace("'s", "has", 1)] if "'s" in said else [said]


def _form(m: re.Match, forms: dict[tuple[str, str], str]) -> str | None:
    """The form of an English match by its words (`forms`, keyed by the word asking and the words up to the verb);
    None for one not there, or said with "?" against its form."""
    q = (m["q"] or "").lower()
    form = next((forms[k] for said in _expanded(m) if (k := (q, said)) in forms), None)
    return None if not form or form.endswith("?") != ("?" in m["end"]) else form


def _got_vi(text: str) -> str | None:
    """"She got a full scholarship to study in Japan." as "Cô ấy được học bổng toàn phần để học ở Nhật.", "He won a
    scholarship to Oxford." as "Anh ấy giành được học bổng vào Oxford.", "Did you get the scholarship?" as "Bạn có
    được học bổng không?" (_GOT_EN); None for anything else, and where the verb does not agree with who."""
    m = _GOT_EN.fullmatch(text)
    if not m or (scholarship := _for_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    have, forms = "has" if one else "have", {("", f"{be_of(who_, one, True)} awarded"): "receive:past",
                                             ("", f"{'has' if one else 'have'} just been awarded"): "receive:just"}
    for base, done in _DONE.items():  # (the base first: a form asked ends "?")
        forms |= {("", done[0]): f"{base}:past", ("", f"did not {base}"): f"{base}:not", ("did", base):
                  f"{base}:asked?", ("", f"hope{'s' * one} to {base}"): f"{base}:hope"}
        forms |= {("", f"{have} just {said}"): f"{base}:just" for said in done}
    if not (form := _form(m, forms)):
        return None
    base, form = form.split(":")
    day = _day(m["day"], "en", ahead=form == "hope")
    if day is None or day and form == "just":
        return None
    if form == "hope" and day and not day.startswith(("vào ", "thứ ", "Chủ nhật")):
        # ("Năm sau cô ấy hy vọng …" reads as hoping next year: the day goes with what is hoped for)
        return capitalised(f"{who_} hy vọng {day} sẽ {_GOT_VI[base]} {scholarship}.")
    said = f"{_SAID_VI[form]}{_GOT_VI[base]} {scholarship}"
    return placed(f"{who_} {said}", day, " không?" if form.endswith("?") else ".")


def _apply_vi(text: str) -> str | None:
    """"I'm applying for a scholarship." as "Tôi đang xin học bổng.", "Have you applied for a scholarship?" as "Bạn
    đã xin học bổng chưa?", "He wants to apply for a scholarship to study abroad." as "Anh ấy muốn xin học bổng để
    đi du học." (_APPLY_EN); None for anything else, and where the verb does not agree with who."""
    m = _APPLY_EN.fullmatch(text)
    if not m or (scholarship := _for_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    do, have, be_ = "does" if one else "do", "has" if one else "have", be_of(who_, one)
    form = _form(m, {("", f"{be_} applying"): "now", (be_, "applying"): "now?", ("", "applied"): "did",
                     ("", f"{have} applied"): "done", ("", f"{have} already applied"): "done",
                     ("", f"{have} just applied"): "just", (have, "applied"): "ever?", ("did", "apply"): "did?",
                     ("", f"want{'s' * one} to apply"): "want", (do, "want to apply"): "want?",
                     ("", "will apply"): "will", ("", f"{be_} going to apply"): "will",
                     ("", f"{be_} planning to apply"): "plan", (be_, "planning to apply"): "plan?"})
    day = form and _day(m["day"], "en", ahead=form.rstrip("?") in ("will", "want", "plan"))
    if not form or day is None or day and form in ("now", "now?", "just", "done", "ever?"):
        return None
    if form == "did?" and not day:  # ("Bạn có xin học bổng không?" may ask what will be: "đã … chưa?" says done)
        form = "ever?"
    end = " chưa?" if form == "ever?" else " không?" if form.endswith("?") else " rồi." if form == "done" else "."
    return placed(f"{who_} {_SAID_VI[form]}xin {scholarship}", day, end)


def _where_vi(text: str) -> str | None:
    """"Where did she study abroad?" as "Cô ấy đã du học ở đâu?", "Where are you studying abroad?" as "Bạn đang du học
    ở đâu?", "Where do you want to study abroad?" as "Bạn muốn đi du học ở đâu?" (_WHERE_EN); None for anything else,
    and where "is", "does" … does not agree with who."""
    m = _WHERE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    q, verb = m["q"].lower(), " ".join(m["verb"].split())
    said = {("did", "study"): "đã du học", (be_of(who_, one), "studying"): "đang du học",
            ("does" if one else "do", "want to study"): "muốn đi du học"}.get((q, verb))
    return capitalised(f"{who_} {said} ở đâu?") if said else None


def _going_vi(text: str) -> str | None:
    """"My sister is going to America to study." as "Chị gái tôi sẽ sang Mỹ du học.", "He went to Japan to study last
    year." as "Năm ngoái anh ấy đã sang Nhật du học." (_GOING_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _GOING_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    do, have, be_ = "does" if one else "do", "has" if one else "have", be_of(who_, one)
    form = _form(m, {("", "went"): "did", ("", f"{have} just gone"): "just", ("", f"{be_} going"): "will",
                     ("", "will go"): "will", ("", f"want{'s' * one} to go"): "want", (do, "want to go"): "want?",
                     ("", f"{be_} planning to go"): "plan"})
    where, day = _abroad(m["place"], "en"), form and _day(m["day"], "en", ahead=form != "did")
    if not form or not where or day is None or day and form == "just":
        return None
    return placed(f"{who_} {_SAID_VI[form]}sang {where} du học", day, " không?" if form.endswith("?") else ".")
