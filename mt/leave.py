"""Leave from work, both ways, written whole by rule: maternity, paternity and unpaid leave, a boss who won't let
someone take time off, a day off work to look after a child, days of annual leave, and leave used up. v8 (rules on)
reads "nghỉ" as a break and "phép" as permission, and "leave" as going away: "Cô ấy đang nghỉ sinh." → "She is taking
a break of birth.", "Sếp không cho tôi nghỉ." → "Your boss doesn't give me a break.", "Con tôi bị ốm, tôi phải nghỉ
làm." → "My child was sick, I had to take a break.", "Tôi phải nghỉ làm để chăm con trai tôi." → "I have to take a
break to take my son.", "Bạn được nghỉ phép bao nhiêu ngày một năm?" → "How many days are you allowed?", "Tôi hết phép
rồi." → "I'm all right.", "Tôi đã xin nghỉ không lương." → "I've been a salary break."; "He's on paternity leave." →
"Anh ta đang nghỉ ngơi.", "I have to take the day off to look after my son." → "Tôi phải mất ngày để xem xét con trai
tôi.", "My boss won't let me take time off." → "Sếp tôi không để tôi mất thời gian.", "I've used up all my leave." →
"Tôi đã quen đi khắp nơi của tôi.", "I asked for unpaid leave." → "Tôi yêu cầu rời khỏi.".

Taken: who (mt.hobbies.WHO, WHO_EN) on, about to go on, going on, asking for, taking or getting a span of maternity
("nghỉ sinh"), paternity ("nghỉ phép chăm vợ sinh") or unpaid leave ("nghỉ không lương"), said or asked, with a day of
mt.free_time.when and mt.dates.NEAR_SPANS (maternity leave not of "he", paternity leave not of "she"); whose boss
("Sếp", "sếp tôi") who won't or didn't let whom take time off, the day off or a span off; who has, had or needs to take
the day off work to look after a child or kin, or because one is sick ("Con tôi bị ốm, tôi phải nghỉ làm."); how many
days of (annual) leave who gets, has or has left, asked or said; and who has used up all their leave, or not yet.
Left: on leave, on maternity leave and off sick, asking for days off (mt/workdays.py), days off and holidays
(mt/days_off.py), off school (mt/school_days.py), who looks after whom (mt/childcare.py), a negative of being on
leave, "nghỉ sinh" of "anh ấy", a name whose "his" or "her" English cannot say, bare "xin" with no day ("Tôi xin
nghỉ không lương ạ.": asking now, as in a letter), asked with no "đang" or told today without it ("Bạn có nghỉ sinh
không?": will you take it?), a parent without whose of anyone but the speaker ("Mẹ tôi phải nghỉ làm để chăm bố.":
the speaker's father), and the rest.
mt.phrasebook.translate tries these after mt/appliances.py.

    >>> translate("Cô ấy đang nghỉ sinh.", "vi", "en"), translate("My boss won't let me take time off.", "en", "vi")
    ("She's on maternity leave.", 'Sếp tôi không cho tôi nghỉ.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_DAYS, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed
from .workdays import UNITS, UNITS_VI

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nghỉ|phép)"), "en": lazy(r"(?i:\bleave\b|\boff\b)")}
# kinds of leave ("thai sản" and "on maternity leave" are mt/workdays.py's but for a span, "sắp" and "going on")
KINDS = {"sinh": "maternity leave", "thai sản": "maternity leave", "phép chăm vợ sinh": "paternity leave",
         "chăm vợ sinh": "paternity leave", "không lương": "unpaid leave"}
KINDS_VI = {"maternity": "thai sản", "paternity": "phép chăm vợ sinh", "unpaid": "không lương"}
_OF_ONE = {"maternity leave": "his", "paternity leave": "her"}  # (whose it is not: "Anh ấy nghỉ sinh": his wife's?)
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>{alternatives(UNITS)})"
_N_EN = rf"(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<unit>(?:{alternatives(UNITS_VI)})s?)"
_PART = lazy(r"night|morning|afternoon|evening|noon", re.IGNORECASE)  # ("tối nay": leave is days)
# whom one looks after, and who is sick ("chăm con trai tôi", "Con tôi bị ốm"; English the first of each)
CARED = {"con": "child", "con trai": "son", "con gái": "daughter", "mẹ": "mother", "bố": "father", "vợ": "wife",
         "chồng": "husband"}
CARED_VI = {en: vi for vi, en in CARED.items()} | {"mum": "mẹ", "mom": "mẹ", "dad": "bố"}
_PARENTS = {"mother", "father"}  # (said without whose, the speaker's: "chăm bố", looking after my father)
_CARED = rf"(?P<cared>(?i:{alternatives(CARED)}))(?:\s+(?:của\s+)?(?P<cwhose>(?i:{alternatives(OWNERS)})))?"
_CARED_EN = rf"(?P<cwhose>(?i:{WHOSE_WORDS}))\s+(?P<cared>{alternatives(CARED_VI)})"

# on leave, going on it, asking for it, a span of it ("Cô ấy đang nghỉ sinh.", "Tôi đã xin nghỉ không lương.")
_ON = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|sắp|đã\s+xin|xin|đã|"
           rf"được)\s+)?nghỉ\s+(?P<kind>{alternatives(KINDS)})(?:\s+{_N})?{DAY_AFTER}{ASKED_END}")
# whose boss won't let whom take time off ("Sếp không cho tôi nghỉ.", "Hôm qua sếp tôi không cho tôi nghỉ phép.")
_BOSS = lazy(rf"{DAY_OPENING}[Ss]ếp(?:\s+(?:của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)})))?\s+(?P<did>đã\s+)?"
             rf"không\s+cho\s+{WHOM}\s+nghỉ(?:\s+(?:phép|làm))?(?:\s+{_N})?{DAY_AFTER}{SOFTENED_END}")
# the day off to look after a child, or because one is sick ("Tôi phải nghỉ làm để chăm con.")
_MUST = rf"{WHO}\s+(?P<did>đã\s+)?(?P<must>phải|cần)\s+nghỉ\s+làm"
_CARE = lazy(rf"{DAY_OPENING}{_MUST}{DAY_AFTER}\s+để\s+(?:chăm\s+sóc|chăm|trông)\s+{_CARED}\s*(?P<end>[.!]*)")
_SICK = rf"{_CARED}\s+bị\s+ốm"
_BECAUSE = lazy(rf"{_MUST}\s+vì\s+{_SICK}\s*(?P<end>[.!]*)")
_SO = lazy(rf"{_SICK}\s*(?:,\s*|\s+)(?:nên\s+)?{_MUST}\s*(?P<end>[.!]*)")
# days of leave ("Bạn được nghỉ phép bao nhiêu ngày một năm?", "Tôi còn ba ngày phép.")
_DAYS = lazy(rf"(?:(?P<year0>[Mm]ột|[Mm]ỗi)\s+năm\s+)?{WHO}\s+(?P<verb>được(?P<take>\s+nghỉ\s+phép)?|có|còn)\s+"
             r"(?:(?P<many>bao\s+nhiêu)|(?P<n>\d{1,2}|(?i:" + alternatives(VI_TO_EN) + r")))\s+ngày"
             rf"(?:\s+(?P<leave>phép)(?:\s+(?P<annual>năm))?)?(?:\s+(?P<year>một|mỗi)\s+năm)?{SOFTENED_END}")
# leave used up ("Tôi hết phép rồi.", "Bạn đã dùng hết ngày phép chưa?")
_USED = lazy(rf"{WHO}\s+(?:(?P<not>chưa)\s+|(?P<did>đã)\s+)?(?:(?:dùng|sử\s+dụng)\s+)?hết\s+(?:(?:số\s+)?ngày\s+)?"
             rf"phép(?:\s+(?P<annual>năm))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")

# ... in English ("He's on paternity leave.", "She's going on maternity leave next month.")
_BE = r"(?P<aux>['’]s|['’]m|['’]re|['’]ll|\s+is|\s+am|\s+are|\s+was|\s+were|\s+will)?"
_ON_EN = lazy(rf"(?:(?P<aux0>Is|Am|Are|Was|Were|Will)\s+)?{WHO_EN}{_BE}(?P<be>\s+be)?(?P<going>\s+going)?\s+on\s+"
              rf"(?P<kind>maternity|paternity|unpaid)\s+leave{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_SPAN_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has)?\s+(?P<verb>asked\s+for|took|gets?)\s+"
                rf"(?:{_N_EN}\s+of\s+)?(?P<kind>maternity|paternity|unpaid)\s+leave{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_BOSS_EN = lazy(rf"(?:(?P<bwhose>(?i:{WHOSE_WORDS}))|[Tt]he)\s+boss\s+(?P<aux>won['’]t|will\s+not|didn['’]t|did\s+not)"
                rf"\s+(?P<verb>let|give)\s+{WHOM_EN}\s+(?P<take>take\s+)?(?:(?P<time>time)|(?P<one>the\s+day)|{_N_EN})"
                rf"\s+off(?:\s+work)?{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_TAKE_EN = (r"\s+(?P<must>have|has|had|need|needs)\s+to\s+take\s+(?:the\s+day|(?P<named>today|tomorrow))\s+off"
            r"(?:\s+work)?")
_CARE_EN = lazy(rf"{WHO_EN}{_TAKE_EN}{DAY_AFTER_EN}\s+to\s+(?:look\s+after|take\s+care\s+of)\s+{_CARED_EN}"
                r"\s*(?P<end>[.!]*)")
_SICK_EN = rf"{_CARED_EN}\s+(?P<is>is|was)\s+(?:sick|ill)"
_BECAUSE_EN = lazy(rf"{WHO_EN}{_TAKE_EN}\s+because\s+{_SICK_EN}\s*(?P<end>[.!]*)")
_SO_EN = lazy(rf"{_SICK_EN},?\s+so\s+{WHO_EN}{_TAKE_EN}\s*(?P<end>[.!]*)")
_N_DAYS_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<unit>days?)"
_OF_LEAVE_EN = r"\s+of\s+(?P<annual>annual\s+)?leave"
_LEFT_EN = r"(?:\s+(?P<left>left)|\s+(?:a|each|every)\s+(?P<year>year))?"
_HOW_MANY_EN = lazy(rf"How\s+many\s+days{_OF_LEAVE_EN}\s+(?P<do>do|does)\s+{WHO_EN}\s+(?P<verb>get|have)"
                    rf"{_LEFT_EN}\s*\?+")
_DAYS_EN = lazy(rf"{WHO_EN}\s+(?P<verb>gets?|has|have)\s+{_N_DAYS_EN}{_OF_LEAVE_EN}{_LEFT_EN}\s*(?P<end>[.!]*)")
_USED_EN = lazy(rf"(?:(?P<aux0>Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has)?(?P<not>\s+not|n['’]t)?"
                rf"\s+used\s+up\s+(?:all\s+)?(?P<owner>{WHOSE_WORDS})\s+(?P<annual>annual\s+)?leave"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_NONE_LEFT_EN = lazy(rf"{WHO_EN}\s+(?:(?P<have>have|has)\s+no|(?P<do>don['’]t|doesn['’]t)\s+have\s+any)\s+"
                     r"(?P<annual>annual\s+)?leave\s+left\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of leave from work that the module takes ("Taken" above); None for any other."""
    if src == "vi":
        return _on(text) or _boss(text) or _care(text) or _because(text) or _days(text) or _used(text)
    return (_on_vi(text) or _span_vi(text) or _boss_vi(text) or _care_vi(text) or _because_vi(text) or
            _days_vi(text) or _used_vi(text))


def _day(said: str | None, src: str) -> tuple[str, str] | None:
    """A day of DAY_OPENING, DAY_AFTER (`src` "vi") or DAY_AFTER_EN in the other language, and "past", "now" or "ahead"
    (("next month", "ahead") for "tháng sau"); ("", "") for none; None for a day not read or part of one ("tối nay")."""
    day = when(said, src, NEAR_SPANS)
    if not day:
        return None if day is None else ("", "")
    en = day if src == "vi" else keyed(said)
    if _PART.search(en):
        return None
    if BEHIND.fullmatch(en):
        return day, "past"
    if en in ("today", "this week", "this month", "this year"):
        return day, "now"
    return (day, "ahead") if AHEAD.match(en) or en.removeprefix("on ").capitalize() in EN_DAYS else None


def _one_day(day: str) -> bool:
    """Whether a day in English is one whole day ("today", "tomorrow", "on Monday"), that "the day off" is said of."""
    return day in ("today", "tomorrow", "yesterday") or day.startswith("on ")


def _span(n: str, unit: str, src: str) -> str | None:
    """A span of _N in English ("sáu tháng" → "six months"), or of _N_EN in Vietnamese ("two weeks" → "hai tuần");
    None where English says "days" of one or "day" of more."""
    if src == "vi":
        count = VI_TO_EN.get(keyed(n), n)
        return f"a {UNITS[keyed(unit)]}" if count in ("one", "1") else f"{count} {UNITS[keyed(unit)]}s"
    one = n.lower() in ("a", "an", "one", "1")
    if unit.endswith("s") == one or n.lower() == "an":
        return None
    return f"{'một' if one else EN_TO_VI.get(n.lower(), n)} {UNITS_VI[unit.removesuffix('s')]}"


def _asked(m: re.Match) -> bool | None:
    """Whether a match asks ("có … không?"); None where "có", "không" and "?" disagree, or a day opens and ends it."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m["ask"] and not asked or m["day0"] and m["day"] else asked


def _own(m: re.Match, who_: str) -> str | None:
    """The subject's own whose in English, of a match of WHO ("my" of "tôi", "her" of "mẹ tôi"); None if not known."""
    return EN_WHOSE.get(who_) if m["who"] else his_her_of(m)


def _own_en(m: re.Match, who_vi_: str, one: bool, whose: str) -> bool:
    """Whether `whose` after who of WHO_EN is the subject's own ("I … my"; "his" or "her" after a name too)."""
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_vi_) if m["kin"] else None
    return whose.lower() == own or own is None and one and whose.lower() in ("his", "her")


def _of_one(kind: str, someone: str) -> bool:
    """Whether a kind of leave goes with who (Vietnamese): not maternity leave of "he", nor paternity leave of "she"."""
    return kind not in _OF_ONE or _OF_ONE[kind] != his_her(someone)


def _said(who_: str, verb: str, rest: str, asked: bool, end: str) -> str:
    """Who, a verb ("is", "has") and the rest, said ("She's on …", contracted) or asked ("Is she on …?")."""
    return f"{verb.capitalize()} {who_} {rest}?" if asked else capitalised(contracted(who_, f"{verb} {rest}{end}"))


def _on(text: str) -> str | None:
    """"Cô ấy đang nghỉ sinh." as "She's on maternity leave." and the rest of _ON in English; None for anything else."""
    m = _ON.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or not (said := who(m, asked)) or (read := _day(m["day0"] or m["day"], "vi")) is None:
        return None
    (who_, one), (day, kind_of_day), kind = said, read, KINDS[keyed(m["kind"])]
    aux, will, end, day = keyed(m["aux"] or ""), bool(m["will"]), m["end"] or ".", f" {day}" if day else ""
    if not _of_one(kind, m["who"] or m["kin"] or m["title"] or "") or aux and will:
        return None
    if m["n"] or aux in ("xin", "đã xin"):
        what = f"{_span(m['n'], m['unit'], 'vi')} of {kind}" if m["n"] else kind
        if asked or will or aux not in ("được", "đã", "xin", "đã xin") or kind_of_day not in ("", "past") or \
                aux in ("được", "đã") and not m["n"] or aux == "xin" and not day:
            return None  # ("Tôi xin nghỉ không lương ạ.": asking for it now, as in a letter, not "have asked")
        if aux == "được":
            return None if day else capitalised(f"{who_} {'gets' if one else 'get'} {what}{end}")
        if aux == "đã" or day:
            return capitalised(f"{who_} {'took' if aux == 'đã' else 'asked for'} {what}{day}{end}")
        return capitalised(contracted(who_, f"{'has' if one else 'have'} asked for {what}{end}"))
    be_ = be(who_)
    if aux == "sắp":
        return None if day else _said(who_, be_, f"about to go on {kind}", asked, end)
    if aux in ("đã", "được") or aux == "đang" and kind_of_day not in ("", "now") or will and kind_of_day == "past":
        return None
    if not (aux or will) and kind_of_day in ("", "now") and (asked or day):
        return None  # ("Bạn có nghỉ sinh không?": will you take it?; "Hôm nay cô ấy nghỉ sinh.": she starts today?)
    if will:
        return _said(who_, "will", f"be on {kind}{day}", asked, end)
    if kind_of_day == "past":
        be_ = "was" if one or who_ == "I" else "were"
    on = "going on" if kind_of_day == "ahead" else "on"
    return _said(who_, be_, f"{on} {kind}{day}", asked, end)


def _boss(text: str) -> str | None:
    """"Sếp không cho tôi nghỉ." as "My boss won't let me take time off." (_BOSS); None for anything else, or asked."""
    m = _BOSS.fullmatch(text)
    if not m or m["day0"] and m["day"] or "?" in m["end"] or (read := _day(m["day0"] or m["day"], "vi")) is None or \
            not (whom := as_whom(m["whom"], "vi")):
        return None
    (day, kind_of_day), past = read, bool(m["did"]) or read[1] == "past"
    if m["did"] and kind_of_day not in ("", "past"):
        return None
    whose = OWNERS[keyed(m["bwhose"])] if m["bwhose"] else {"me": "my", "us": "our"}.get(whom)
    what = f"{_span(m['n'], m['unit'], 'vi')} off" if m["n"] else "the day off" if _one_day(day) else "time off"
    said = f"{whose or 'the'} boss {'didn' if past else 'won'}'t let {whom} take {what}{' ' * bool(day)}{day}"
    return capitalised(f"{said}{m['end'] or '.'}")


def _cared(m: re.Match, who_: str) -> str | None:
    """Whom of _CARED in English, whose as said or the subject's own ("con" of "tôi": "my child"); None where whose is
    not known, and for a parent without whose of who not the speaker ("Mẹ tôi … chăm bố.": the speaker's father)."""
    whose = OWNERS[keyed(m["cwhose"])] if m["cwhose"] else _own(m, who_)
    cared = CARED[keyed(m["cared"])]
    if not m["cwhose"] and cared in _PARENTS and whose not in ("my", "our"):
        return None
    return f"{whose} {cared}" if whose else None


def _must(m: re.Match, who_: str, one: bool, past: bool) -> str | None:
    """"has to", "have to", "had to", "needs to" … of _MUST in English; None for "cần" in the past."""
    if keyed(m["must"]) == "cần":
        return None if past else f"{'needs' if one else 'need'} to"
    return f"{'had' if past else 'has' if one else 'have'} to"


def _care(text: str) -> str | None:
    """"Tôi phải nghỉ làm để chăm con." as "I have to take the day off to look after my child." (_CARE); None for
    anything else, and for a day not one day ("tuần sau")."""
    m = _CARE.fullmatch(text)
    if not m or m["day0"] and m["day"] or not (said := who(m, False)) or (
            read := _day(m["day0"] or m["day"], "vi")) is None or read[0] and not _one_day(read[0]):
        return None
    (who_, one), (day, kind_of_day) = said, read
    if m["did"] and kind_of_day not in ("", "past") or not (cared := _cared(m, who_)) or not (
            must := _must(m, who_, one, bool(m["did"]) or kind_of_day == "past")):
        return None
    return capitalised(f"{who_} {must} take the day off{' ' * bool(day)}{day} to look after {cared}{m['end'] or '.'}")


def _because(text: str) -> str | None:
    """"Con tôi bị ốm, tôi phải nghỉ làm." as "My child is sick, so I have to take the day off." (_SO, _BECAUSE); None
    for anything else."""
    m = _BECAUSE.fullmatch(text) or _SO.fullmatch(text)
    if not m or not (said := who(m, False)) or not (cared := _cared(m, said[0])) or not (
            must := _must(m, *said, bool(m["did"]))):
        return None
    take, is_ = f"{said[0]} {must} take the day off", "was" if m["did"] else "is"
    said = f"{take} because {cared} {is_} sick" if m.re == _BECAUSE else f"{cared} {is_} sick, so {take}"
    return capitalised(f"{said}{m['end'] or '.'}")


def _days(text: str) -> str | None:
    """"Bạn còn bao nhiêu ngày phép?" as "How many days of leave do you have left?" (_DAYS); None for anything else."""
    m = _DAYS.fullmatch(text)
    asked = bool(m and m["many"])
    if not m or asked != ("?" in m["end"]) or bool(m["take"]) == bool(m["leave"]) or m["year0"] and m["year"] or \
            not (said := who(m, asked)):
        return None
    (who_, one), verb, year = said, keyed(m["verb"]).split()[0], bool(m["annual"] or m["year0"] or m["year"])
    if verb == "còn" and (m["year0"] or m["year"]) or m["take"] and not (asked or year):
        return None  # ("Tôi được nghỉ phép ba ngày." is mt/workdays.py's: "I get three days off.")
    leave, left, have = f"{'annual ' * year}leave", " left" * (verb == "còn"), "get" if verb == "được" else "have"
    if asked:
        return f"How many days of {leave} {'does' if one else 'do'} {who_} {have}{left}?"
    n = VI_TO_EN.get(keyed(m["n"]), m["n"])
    have = ("gets" if have == "get" else "has") if one else have
    return capitalised(f"{who_} {have} {n} day{'s' * (n not in ('one', '1'))} of {leave}{left}{m['end'] or '.'}")


def _used(text: str) -> str | None:
    """"Tôi hết phép rồi." as "I've used up all my leave." (_USED); None for anything else."""
    m = _USED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["done"] and (asked or m["not"]) or not (said := who(m, asked)) or \
            not (whose := _own(m, said[0])):
        return None
    (who_, one), leave = said, f"all {whose} {'annual ' * bool(m['annual'])}leave"
    have = "has" if one else "have"
    if asked or not m["not"]:
        return _said(who_, have, f"used up {leave}{' yet' * asked}", asked, m["end"] or ".")
    return capitalised(f"{who_} {have}n't used up {leave} yet{m['end'] or '.'}")


def _be(m: re.Match, who_: str, one: bool) -> str | None:
    """"is", "was", "will" … of a match of _ON_EN said in full, where it agrees with who; None where it does not."""
    aux = keyed((m["aux0"] or m["aux"] or "").replace("’", "'"))
    aux = {"'s": "is", "'m": "am", "'re": "are", "'ll": "will"}.get(aux, aux)
    return aux if aux in ("will", be_of(who_, one), be_of(who_, one, True)) else None


def _on_vi(text: str) -> str | None:
    """"He's on paternity leave." as "Anh ấy đang nghỉ phép chăm vợ sinh." (_ON_EN); None for anything else, for "on
    maternity leave" (mt/workdays.py's) and where "is" does not agree with who."""
    m = _ON_EN.fullmatch(text)
    if not m or m["aux0"] and m["aux"] or bool(m["aux0"]) != ("?" in m["end"]) or (
            read := _day(m["day"], "en")) is None:
        return None
    (who_, one), (day, kind_of_day), kind, asked = who_vi(m), read, m["kind"].lower(), bool(m["aux0"])
    if not (aux := _be(m, who_, one)) or not _of_one(f"{kind} leave", who_) or kind == "maternity" and not m["going"]:
        return None
    if aux == "will":
        ok, how = m["be"] and not m["going"] and kind_of_day != "past", "có " if asked else "sẽ "
    elif aux in ("was", "were"):
        ok, how = not (m["be"] or m["going"]) and kind_of_day == "past", "có " if asked else ""
    elif m["going"]:
        ok, how = not m["be"] and kind_of_day in ("", "ahead") and (day or not asked), "có " if asked else (
            "sẽ " if day else "sắp ")
    else:
        ok, how = not m["be"] and kind_of_day != "past", ("có " if asked else "") + ("sẽ " if day and kind_of_day
                                                                                     == "ahead" else "đang ")
    return placed(f"{who_} {how}nghỉ {KINDS_VI[kind]}", day, " không?" if asked else m["end"] or ".") if ok else None


def _span_vi(text: str) -> str | None:
    """"I've asked for unpaid leave." as "Tôi đã xin nghỉ không lương." (_SPAN_EN); None for anything else, and where
    "has" or "gets" does not agree with who."""
    m = _SPAN_EN.fullmatch(text)
    if not m or (read := _day(m["day"], "en")) is None or read[1] not in ("", "past"):
        return None
    (who_, one), verb, kind = who_vi(m), keyed(m["verb"]), m["kind"].lower()
    span = _span(m["n"], m["unit"], "en") if m["n"] else ""
    aux = keyed((m["aux"] or "").replace("’", "'"))
    if verb == "asked for":
        ok = aux in ("", "has", "'s") if one else aux in ("", "have", "'ve")
        how = "xin nghỉ" if read[0] else "đã xin nghỉ"
    else:
        ok = span and not aux and (verb == "took" or not read[0] and verb == ("gets" if one else "get"))
        how = "được nghỉ" if verb.startswith("get") else "nghỉ" if read[0] else "đã nghỉ"
    if not ok or m["n"] and not span or not _of_one(f"{kind} leave", who_):
        return None
    return placed(f"{who_} {how} {KINDS_VI[kind]}{' ' * bool(span)}{span}", read[0], m["end"] or ".")


def _boss_vi(text: str) -> str | None:
    """"My boss won't let me take time off." as "Sếp tôi không cho tôi nghỉ." (_BOSS_EN); None for anything else."""
    m = _BOSS_EN.fullmatch(text)
    if not m or bool(m["take"]) != (m["verb"] == "let") or (read := _day(m["day"], "en")) is None or not (
            whom := as_whom(m["whom"], "en")):
        return None
    (day, kind_of_day), past = read, m["aux"].startswith("did")
    span = _span(m["n"], m["unit"], "en") if m["n"] else ""
    if past != (kind_of_day == "past") and (kind_of_day or not past) or m["n"] and not span or m["one"] and day and \
            not _one_day(keyed(m["day"])):
        return None
    boss = f"sếp {WHOSE_VI[m['bwhose'].lower()]}" if m["bwhose"] else "sếp"
    said = f"{boss} {'đã ' * (past and not day)}không cho {whom} nghỉ{' ' * bool(span)}{span}"
    return placed(said, day, m["end"] or ".")


def _cared_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """Whom of _CARED_EN in Vietnamese: "con trai" of "I … my son", "con trai bạn" of another's; None for a parent
    of the subject's own who is not the speaker ("My mother … her father": "chăm bố" would be the speaker's father)."""
    kin = CARED_VI[m["cared"].lower()]
    if not _own_en(m, who_, one, m["cwhose"]):
        return f"{kin} {WHOSE_VI[m['cwhose'].lower()]}"
    return None if kin in ("bố", "mẹ") and m["cwhose"].lower() not in ("my", "our") else kin


def _has_to(m: re.Match, one: bool) -> bool:
    """Whether "has to", "needs to" … of _TAKE_EN agrees with who ("I have", "she has"; "had" with any)."""
    return m["must"] in ("had", "has" if one else "have", "needs" if one else "need")


def _care_vi(text: str) -> str | None:
    """"I have to take the day off to look after my son." as "Tôi phải nghỉ làm để chăm con trai." (_CARE_EN); None
    for anything else, and where "has" does not agree with who or the day with "had"."""
    m = _CARE_EN.fullmatch(text)
    if not m or m["named"] and m["day"] or (read := _day(m["named"] or m["day"], "en")) is None or (
            read[0] and not _one_day(keyed(m["named"] or m["day"]))):
        return None
    (who_, one), (day, kind_of_day), past = who_vi(m), read, m["must"] == "had"
    if not _has_to(m, one) or past != (kind_of_day == "past") and (kind_of_day or not past) or not (
            cared := _cared_vi(m, who_, one)):
        return None
    must = "cần" if m["must"].startswith("need") else "đã phải" if past and not day else "phải"
    # the day first: after "chăm con trai" it would be when one looks after ("… con trai vào thứ Hai")
    return capitalised(f"{day.removeprefix('vào ')} {who_} {must} nghỉ làm để chăm {cared}{m['end'] or '.'}".strip())


def _because_vi(text: str) -> str | None:
    """"My son is sick, so I have to take the day off." as "Con trai tôi bị ốm, tôi phải nghỉ làm." (_SO_EN,
    _BECAUSE_EN); None for anything else, and where "is" and "has" do not agree."""
    m = _BECAUSE_EN.fullmatch(text) or _SO_EN.fullmatch(text)
    if not m or m["named"] or (who_ := who_vi(m))[0] and not _has_to(m, who_[1]) or (m["must"] == "had") != (
            m["is"] == "was"):
        return None
    sick = f"{CARED_VI[m['cared'].lower()]} {WHOSE_VI[m['cwhose'].lower()]} bị ốm"
    must = {"had": "đã phải", "need": "cần", "needs": "cần"}.get(m["must"], "phải")
    said = f"{who_[0]} {must} nghỉ làm vì {sick}" if m.re == _BECAUSE_EN else f"{sick}, {who_[0]} {must} nghỉ làm"
    return capitalised(f"{said}{m['end'] or '.'}")


def _days_vi(text: str) -> str | None:
    """"I have three days of leave left." as "Tôi còn ba ngày phép." (_HOW_MANY_EN, _DAYS_EN); None for anything
    else, and where "does" or "has" does not agree with who."""
    m = _HOW_MANY_EN.fullmatch(text) or _DAYS_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), asked = who_vi(m), m.re == _HOW_MANY_EN
    verb = m["verb"].removesuffix("s").replace("has", "have")
    agrees = m["do"] == ("does" if one else "do") if asked else m["verb"] == (verb + "s" if one else verb).replace(
        "haves", "has")
    if not agrees or m["left"] and verb == "get" or not asked and (n := _span(m["n"], m["unit"], "en")) is None:
        return None
    have = "còn" if m["left"] else "được" if verb == "get" else "có"
    leave = f"ngày phép{' năm' * bool(m['annual'] or m['year'])}"
    return capitalised(f"{who_} {have} bao nhiêu {leave}?" if asked else f"{who_} {have} {n.removesuffix(' ngày')} "
                       f"{leave}{m['end'] or '.'}")


def _used_vi(text: str) -> str | None:
    """"I've used up all my leave." as "Tôi đã dùng hết ngày phép rồi." (_USED_EN, _NONE_LEFT_EN); None for anything
    else, for another's leave, and where "has" does not agree with who."""
    if m := _NONE_LEFT_EN.fullmatch(text):
        who_, one = who_vi(m)
        ok = keyed((m["have"] or m["do"]).replace("’", "'")) in (("has", "doesn't") if one else ("have", "don't"))
        return capitalised(f"{who_} hết phép{' năm' * bool(m['annual'])} rồi{m['end'] or '.'}") if ok else None
    m = _USED_EN.fullmatch(text)
    if not m or m["aux0"] and m["aux"] or bool(m["aux0"]) != ("?" in m["end"]):
        return None
    (who_, one), aux = who_vi(m), keyed((m["aux0"] or m["aux"] or "").replace("’", "'"))
    if aux not in (("has", "'s") if one else ("have", "'ve")) and (aux or m["not"] or m["yet"]) or m["aux0"] and \
            m["not"] or m["yet"] and not (m["aux0"] or m["not"]) or not _own_en(m, who_, one, m["owner"]):
        return None
    leave = f"ngày phép{' năm' * bool(m['annual'])}"
    if m["aux0"] or m["not"]:
        return capitalised(f"{who_} {'đã' if m['aux0'] else 'chưa'} dùng hết {leave}{' chưa?' if m['aux0'] else '.'}")
    return capitalised(f"{who_} đã dùng hết {leave} rồi{m['end'] or '.'}")
