"""School and work uniforms, both ways, written whole by rule: who has to wear one (to school, to work, on a day, as a
child), who forgot theirs or their PE kit, who has to buy, has bought or will buy one (for a child), and a company
or a school that makes its people wear one or not. v8 (rules on) reads "đồng phục" as co-workers or uniforms
anywhere, "bắt" as catching, "PE kit" as a tool kit: "Con tôi phải mặc đồng phục đi học." → "I have to wear my
co-workers.", "Con tôi quên mặc đồng phục." → "I forgot to wear uniforms.", "Công ty tôi không bắt mặc đồng phục." →
"My company doesn't catch the uniforms.", "Mẹ tôi vừa mua đồng phục mới cho em gái tôi." → "My mother bought a new
contract for my sister."; "I forgot my PE kit." → "Tôi quên bộ công cụ PE của tôi.", "My company doesn't make us
wear a uniform." → "Công ty của tôi không làm chúng tôi mặc quân phục.", "I had to wear a uniform as a child." →
"Tôi phải mặc đồng phục như một đứa trẻ.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) has to, needs to or does not have to wear a uniform, a school uniform
("đồng phục học sinh") or PE kit ("đồng phục thể dục"), to school, to work, at school, on a near day of mt.dates
(today, behind: "had to", ahead), as a child ("Hồi nhỏ …": "had to"), said, denied or asked; who forgot ("quên",
"quên mang", "quên mặc": "forgot to wear") their own, again ("lại"), on a day behind or today, or asked ("Did you …?");
who has to, needs to, will, has just, has or has not yet bought or ordered one (new; for a child: "cho con" of a
pronoun, or someone of mt.hobbies.WHOM), or asked ("… chưa?"); a company, a school, an office (whose) that makes or
does not make ("bắt", "bắt buộc") its people wear one, asked. In English too: who wears one (a habit), asked.
Left: "mặc đồng phục" with no "phải" ("Con tôi mặc đồng phục.": now, or a habit?), "phải" this morning or afternoon
("Sáng nay tôi phải …": have to, or had to?), a name alone or "bạn tôi" forgetting theirs (his or her?), "I" asked
whether I forgot or bought, "anh", "chị", "em" alone saying it, "mua đồng phục" with no tense (bought, or buys?),
"cho con" after kin (whose child?), buying for who themself ("Tôi … cho tôi", "I … for me"), in English a child
"his" or "her" after kin or a name ("My mother … for her son": hers, or another woman's?), a uniform left at a place
(mt/left_behind.py), sizes, tailoring and ironing (mt/sizes.py, mt/tailoring.py, mt/clothes_care.py), other clothes
(mt/outfits.py), "bắt" in the past, and anything else. No module before this one reads "đồng phục" or "PE kit".
mt.phrasebook.translate tries these after mt/water_damage.py.

    >>> translate("Con tôi phải mặc đồng phục đi học.", "vi", "en"), translate("I forgot my PE kit.", "en", "vi")
    ('My child has to wear a uniform to school.', 'Tôi quên mang đồng phục thể dục.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN, AS_CHILDREN_EN
from .dates import NEAR_WAY, near_days
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, asked_of, own_thing, pet,
                      someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, capitalised, keyed, stop

_KEYS = {"vi": lazy(r"(?i:đồng\s+phục)"), "en": lazy(r"(?i:uniform|pe\s+kit)")}
# the kinds (English, and whether "a" goes before it: "a uniform", "PE kit"); the first Vietnamese of each is written
KINDS = {"đồng phục": ("uniform", True), "đồng phục học sinh": ("school uniform", True),
         "đồng phục thể dục": ("PE kit", False)}
KINDS_VI = {"uniform": "đồng phục", "uniforms": "đồng phục", "school uniform": "đồng phục học sinh",
            "school uniforms": "đồng phục học sinh", "pe kit": "đồng phục thể dục"}
# where it is worn (the first Vietnamese of each is written back)
WHERE = {"đi học": "to school", "đến trường": "to school", "đi làm": "to work", "ở trường": "at school",
         "ở chỗ làm": "at work"}
WHERE_VI = {en: vi for vi, en in reversed(WHERE.items())}
# the near days said with these shapes, and their way (behind, today, ahead: mt.dates.NEAR_WAY); a part of today is
# "part": "Sáng nay tôi phải mặc …" is "have to", or "had to" said later that day
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "hôm kia", "tuần trước", "hôm nay", "sáng nay", "chiều nay",
                 "ngày mai", "sáng mai", "ngày kia", "tuần sau")
_WAY = NEAR_WAY | dict.fromkeys(("sáng nay", "chiều nay"), "part")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# places that make their people wear one, and whom English names for them ("its staff": "nhân viên")
PLACES = {"công ty": "company", "trường": "school", "cơ quan": "workplace", "văn phòng": "office"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
_STAFF = {"nhân viên": "its staff", "học sinh": "its pupils"}
_STAFF_VI = {"its staff": "nhân viên", "its employees": "nhân viên", "its pupils": "học sinh",
             "its students": "học sinh"}
# whom a place makes wear it, by whose the place is ("Công ty tôi": "my company makes us …")
_WHOM_OF = {"my": "us", "our": "us", "your": "you", "his": "him", "her": "her", "their": "them"}

_KIND = rf"(?P<kind>(?i:{alternatives(KINDS)}))"
_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(DAYS)})))?"
_WHERE = rf"(?:\s+(?P<where>(?i:{alternatives(WHERE)})))?"
# who has to wear it ("Con tôi phải mặc đồng phục đi học.", "Bạn có phải mặc đồng phục không?")
_WEAR = lazy(rf"(?:(?P<child>{AS_A_CHILD})\s*,?\s+)?{_DAY}{WHO}\s+(?:(?P<ask>có)\s+)?(?P<must>(?:đã\s+)?phải|"
             rf"(?P<not>không)\s+(?:phải|cần)|cần)\s+mặc\s+{_KIND}{_WHERE}{_DAY2}{ASKED_END}")
# who forgot it ("Tôi quên mang đồng phục thể dục.", "Con tôi quên mặc đồng phục.")
_FORGOT = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<again>lại)\s+)?(?:đã\s+)?quên\s+(?:(?P<verb>mặc|mang|đem)"
               rf"\s+)?(?:theo\s+)?{_KIND}(?:\s+(?P<done>rồi))?{_DAY2}{ASKED_END}")
# who buys one ("Tôi phải mua đồng phục mới cho con.", "Bạn đã mua đồng phục cho con chưa?")
_BUY = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>phải|cần|vừa\s+mới|vừa|mới|đã|sẽ|chưa)\s+)?"
            rf"(?P<verb>mua|đặt\s+mua|đặt)\s+(?:(?P<n>(?i:{alternatives(VI_TO_EN)}))\s+bộ\s+|bộ\s+)?{_KIND}"
            r"(?P<new>\s+mới)?(?:\s+cho\s+(?:(?P<mine>con(?:\s+trai|\s+gái)?)|" + WHOM + r"))?"
            rf"(?:\s+(?P<done>rồi))?{_DAY2}(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# a place that makes its people wear one ("Công ty tôi không bắt mặc đồng phục.")
_MAKE = lazy(rf"(?P<place>(?i:{alternatives(PLACES)}))\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"bắt(?:\s+buộc)?\s+(?:(?P<staff>(?i:{alternatives(_STAFF)}))\s+)?(?:phải\s+)?mặc\s+{_KIND}{_WHERE}"
             rf"{ASKED_END}")

# ... and in English
_KIND_EN = rf"(?P<kind>(?i:{alternatives(KINDS_VI)}))"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
_WEAR_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|had|needs?|must)(?:\s+to)?|\s+(?:don|doesn|"
                r"didn)['’]t\s+have\s+to|\s+(?:do|does|did)\s+not\s+have\s+to)?\s+(?P<verb>wear|wears)\s+"
                rf"(?:(?P<det>an?)\s+)?{_KIND_EN}(?:\s+(?P<where>{alternatives(WHERE_VI)}))?"
                rf"(?:{_DAY_EN}|\s+(?P<child>{AS_A_CHILD_EN}|{AS_CHILDREN_EN}))\s*(?P<end>[.!?]*)")
_FORGOT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)|['’](?:ve|s))?\s+(?P<verb>forgot|forget|"
                  rf"forgotten)\s+(?:to\s+(?P<how>wear|bring)\s+)?(?P<owner>(?i:{WHOSE_WORDS}|the))\s+{_KIND_EN}"
                  rf"(?P<again>\s+again)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_BUY_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|needs?)\s+to|\s+will|['’]ll|"
               r"(?:\s+has|\s+have|['’]ve|['’]s)?\s+just|\s+has|\s+have|['’]ve|\s+(?:has|have)\s+not|\s+(?:hasn|haven)"
               r"['’]t)?\s+(?P<verb>buy|bought|order|ordered)\s+(?:(?P<det>an?)\s+|(?P<n>"
               rf"{alternatives(EN_TO_VI)})\s+)?(?P<new>new\s+)?{_KIND_EN}(?:\s+for\s+{WHOM_EN})?(?P<yet>\s+yet)?"
               rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
_MAKE_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                rf"(?P<place>{alternatives(PLACES_VI)})(?P<not>\s+doesn['’]t|\s+does\s+not)?\s+(?P<verb>makes?)\s+"
                rf"(?P<whom>me|us|you|him|her|them|{alternatives(_STAFF_VI)})\s+wear\s+(?:(?P<det>an?)\s+)?{_KIND_EN}"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who has to wear a uniform or PE kit, forgot it, buys one, or a place that
    makes its people wear one; None for any other."""
    if src == "vi":
        return _wear(text) or _forgot(text) or _buy(text) or _make(text)
    return _wear_vi(text) or _forgot_vi(text) or _buy_vi(text) or _make_vi(text)


def _kind(m: re.Match, a: bool = True) -> str:
    """The kind of a Vietnamese match in English, with "a" where it takes one and `a` asks it: "a uniform", "PE
    kit"."""
    kind, counted = KINDS[keyed(m["kind"])]
    return f"a {kind}" if a and counted else kind


def _day(m: re.Match) -> tuple[str, str] | None:
    """The near day of a Vietnamese match in English with a space before it, and its way ("behind", "today",
    "part", "ahead": _WAY); ("", "") for none; None where it is said twice."""
    if m["day"] and m["day2"]:
        return None
    day = m["day"] or m["day2"]
    return (f" {DAYS[keyed(day)]}", _WAY[keyed(day)]) if day else ("", "")


def _said(pattern: re.Pattern, text: str, lang: str = "vi") -> tuple[re.Match, bool, str, bool] | None:
    """A whole match of `pattern` over WHO (`lang` "vi") or WHO_EN ("en"), whether it asks (a Vietnamese one as
    mt.hobbies.asked_of reads it, an English one by its group "q" with a "?"), and who in the other language and
    whether one (mt.hobbies.who, who_vi); None for no match, a match that asks wrongly, and a pet."""
    m = pattern.fullmatch(text)
    asked = m and (asked_of(m) if lang == "vi" else bool(m["q"]) if bool(m["q"]) == ("?" in m["end"]) else None)
    said = None if asked is None or not m or animal(m) else who(m, asked) if lang == "vi" else who_vi(m)
    return said and (m, asked, *said)


def _wear(text: str) -> str | None:
    """"Con tôi phải mặc đồng phục đi học." as "My child has to wear a uniform to school.", "Hôm qua tôi phải mặc
    đồng phục." as "I had to wear a uniform yesterday.", "Bạn có phải mặc đồng phục không?" as "Do you have to wear a
    uniform?", "Hồi nhỏ tôi phải mặc đồng phục." as "I had to wear a uniform as a child." (_WEAR); None for anything
    else."""
    if not (said := _said(_WEAR, text)) or not (day := _day(said[0])):
        return None
    m, asked, who_, one = said
    must = keyed(m["must"])
    past = day[1] == "behind" or bool(m["child"]) or must.startswith("đã")
    if day[1] == "part" or past and (day[1] in ("today", "ahead") or must.startswith("cần")) or m["child"] and day[0]:
        return None  # ("Sáng nay": have to, or had to? "Hồi nhỏ … ngày mai", "needed to" left)
    verb = "need to" if must.endswith("cần") else "have to"
    rest = f"wear {_kind(m)}{' ' + WHERE[keyed(m['where'])] if m['where'] else ''}{day[0]}"
    if m["child"]:
        rest += " as children" if who_ in ("we", "they") else " as a child"
    do = "Did" if past else "Does" if one else "Do"
    if asked:
        return f"{do} {who_} {verb} {rest}?"
    said_verb = f"{do.lower()}n't {verb}" if m["not"] else "had to" if past else \
        verb.replace("have", "has").replace("need", "needs") if one else verb
    return capitalised(f"{who_} {said_verb} {rest}{stop(m['end'])}")


def _forgot(text: str) -> str | None:
    """"Tôi quên mang đồng phục thể dục." as "I forgot my PE kit.", "Con tôi quên mặc đồng phục." as "My child forgot
    to wear their uniform.", "Con trai tôi lại quên mang đồng phục." as "My son forgot his uniform again.", "Bạn có
    quên mang đồng phục không?" as "Did you forget your uniform?" (_FORGOT); None for anything else, and where whose
    is not known (a name alone)."""
    if not (said := _said(_FORGOT, text)) or not (day := _day(said[0])):
        return None
    m, asked, who_, _ = said
    if day[1] == "ahead" or asked and (who_ == "I" or m["again"]) or m["done"] and day[0]:
        return None
    whose = whose_own(m, who_) or ("their" if keyed(m["kin"] or "") == "con" else None)  # (a child: "their")
    if whose is None:
        return None
    kind = _kind(m, a=False)
    if who_ in ("we", "they") and kind != "PE kit":
        kind += "s"  # (each their own: "We forgot our uniforms.")
    wear = "to wear " if keyed(m["verb"] or "") == "mặc" else ""
    again = " again" if m["again"] else ""
    if asked:
        return f"Did {who_} forget {wear}{whose} {kind}{day[0]}?"
    return capitalised(f"{who_} forgot {wear}{whose} {kind}{again}{day[0]}{stop(m['end'])}")


def _buy(text: str) -> str | None:
    """"Tôi phải mua đồng phục mới cho con." as "I have to buy a new uniform for my child.", "Mẹ tôi vừa mua đồng
    phục mới cho em gái tôi." as "My mother has just bought a new uniform for my sister.", "Bạn đã mua đồng phục cho
    con chưa?" as "Have you bought a uniform for your child yet?" (_BUY); None for anything else, for no tense said,
    and for "cho con" after anyone but a pronoun (whose child?)."""
    m = _BUY.fullmatch(text)
    if not m or (day := _day(m)) is None:
        return None
    aux, tail, asked = keyed(m["aux"] or ""), keyed(m["asked"] or ""), "?" in m["end"]
    said = None if animal(m) else who(m, asked)
    if not said or bool(tail) != asked or m["ask"] and tail != "không" or tail == "không" and not m["ask"] or \
            (whom := _for(m, said[0])) is None:
        return None
    who_, one = said
    verb = "order" if keyed(m["verb"]).startswith("đặt") else "buy"
    done = "ordered" if verb == "order" else "bought"
    n = VI_TO_EN[keyed(m["n"])] if m["n"] else "one"
    new = "new " if m["new"] else ""
    kind = KINDS[keyed(m["kind"])][0]
    if n != "one" and kind == "PE kit":
        return None  # ("hai bộ đồng phục thể dục": two PE kits? sets of it?)
    rest = (f"a {new}{kind}" if n == "one" else f"{n} {new}{kind}s") + whom
    way = day[1]
    if aux in ("phải", "cần") and way not in ("behind", "part") and not m["done"] and tail != "chưa":
        verb_said = f"{'need' if aux == 'cần' else 'have'} to {verb}"
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {verb_said} {rest}{day[0]}?"
        return capitalised(f"{who_} {verb_said.replace('have', 'has').replace('need ', 'needs ') if one else verb_said}"
                           f" {rest}{day[0]}{stop(m['end'])}")
    if m["ask"] or aux in ("phải", "cần"):
        return None
    has = "has" if one else "have"
    if tail == "chưa" and aux in ("", "đã") and not (m["done"] or day[0]) and who_ != "I":
        return f"{has.capitalize()} {who_} {done} {rest} yet?"
    if asked:
        return None
    if aux == "sẽ" and way != "behind" and not m["done"]:
        return capitalised(f"{who_} will {verb} {rest}{day[0]}{stop(m['end'])}")
    if aux == "chưa" and not (m["done"] or day[0]):
        return capitalised(f"{who_} {has}n't {done} {rest} yet{stop(m['end'])}")
    if aux.startswith(("vừa", "mới")) and not (m["done"] or day[0]):
        return capitalised(f"{who_} {has} just {done} {rest}{stop(m['end'])}")
    if way == "behind" and aux in ("", "đã") and not m["done"]:
        return capitalised(f"{who_} {done} {rest}{day[0]}{stop(m['end'])}")
    if m["done"] and aux in ("", "đã") and not day[0]:
        return capitalised(f"{who_} {has} {done} {rest}{stop(m['end'])}")
    return None


def _for(m: re.Match, who_: str) -> str | None:
    """For whom a match of _BUY buys it, in English with " for " before it: " for my child" ("cho con" of "tôi"), " for
    my sister"; "" for no one; None for "cho con" after anyone but a pronoun (whose child?), and for who themself
    ("Tôi … cho tôi", "cho mình": "for myself"? "Anh ấy … cho anh ấy": himself, or another man?)."""
    if m["mine"]:
        child = {"con": "child", "con trai": "son", "con gái": "daughter"}[keyed(m["mine"])]
        return f" for {EN_WHOSE[who_]} {child}" if m["who"] and who_ in EN_WHOSE else None
    if m["whom"]:
        whom = as_whom(m["whom"], "vi")
        return None if whom in (None, who_, EN_OBJECT.get(who_)) or keyed(m["whom"]) == "mình" else f" for {whom}"
    return ""


def _make(text: str) -> str | None:
    """"Công ty tôi không bắt mặc đồng phục." as "My company doesn't make us wear a uniform.", "Trường con tôi bắt mặc
    đồng phục." as "My child's school makes them wear a uniform.", "Công ty bạn có bắt mặc đồng phục không?" as "Does
    your company make you wear a uniform?" (_MAKE); None for anything else, and for whose not known (a name alone)."""
    if not (m := _MAKE.fullmatch(text)) or (asked := asked_of(m)) is None:
        return None
    place = PLACES[keyed(m["place"])]
    if m["staff"] and (place == "school") != (keyed(m["staff"]) == "học sinh"):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
    whom = _STAFF[keyed(m["staff"])] if m["staff"] else _WHOM_OF[whose] if m["owner"] else _made(m["someone"])
    if whose is None or whom is None:
        return None
    whose += "" if m["owner"] else "'s"
    where = f" {WHERE[keyed(m['where'])]}" if m["where"] else ""
    rest = f"{whom} wear {_kind(m)}{where}"
    if asked:
        return f"Does {whose} {place} make {rest}?"
    makes = "doesn't make" if m["not"] else "makes"
    return capitalised(f"{whose} {place} {makes} {rest}{stop(m['end'])}")


def _made(said: str) -> str | None:
    """Whom a place of someone (Vietnamese: "mẹ tôi", "con tôi") makes wear it, in English: "her", "him", "them" for
    a child ("con tôi": son or daughter?); None for one English cannot tell (a name alone, "bạn tôi") and a pet."""
    young = keyed(said).split()[0] == "con" and not pet(said, "vi")
    return {"his": "him", "her": "her"}.get(his_her(said) or "", "them" if young else None)


def _kind_vi(m: re.Match) -> str | None:
    """The kind of an English match in Vietnamese ("đồng phục thể dục"); None where "a" does not agree with it ("a PE
    kit" worn, "a uniforms")."""
    kind = m["kind"].lower()
    counted = kind != "pe kit" and not kind.endswith("s")
    return KINDS_VI[" ".join(kind.split())] if bool(m["det"]) == counted else None


def _aux(m: re.Match) -> str:
    """The auxiliary of an English match, in small letters, one space apart, "’" as "'"."""
    return " ".join((m["aux"] or "").lower().replace("’", "'").split())


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether the first word of an English match's verb (its question's "Does", its auxiliary's "have", "don't", or
    the verb: "wears") agrees with who; True for one that does not tell ("must", "had", "did", "bought")."""
    first = (m["q"] or "").lower() or _aux(m).split(" ")[0] or m["verb"]
    if first in ("does", "doesn't", "has", "needs", "wears", "hasn't", "'s"):
        return one
    return not one if first in ("do", "don't", "have", "need", "wear", "haven't", "'ve") else True


# an English "have to" and the like, as Vietnamese says it (past where it opens "had", "did")
_MUST = {"has to": "phải", "have to": "phải", "must": "phải", "needs to": "cần", "need to": "cần", "had to": "phải",
         "": ""} | {f"{aux} have to": "không phải" for aux in ("don't", "doesn't", "do not", "does not", "didn't",
                                                              "did not")}


def _wear_vi(text: str) -> str | None:
    """"My child has to wear a uniform to school." as "Con tôi phải mặc đồng phục đi học.", "Do you have to wear a
    uniform?" as "Bạn có phải mặc đồng phục không?", "I had to wear a uniform as a child." as "Hồi nhỏ tôi phải mặc
    đồng phục.", "My son wears a school uniform." as "Con trai tôi mặc đồng phục học sinh." (_WEAR_EN); None for
    anything else, and where the verb does not agree with who."""
    if not (said := _said(_WEAR_EN, text, "en")) or (kind := _kind_vi(m := said[0])) is None or \
            (m["aux"] or m["q"]) and m["verb"] != "wear":
        return None  # ("Does he wears …?")
    _, _, who_, one = said
    aux, q = _aux(m), (m["q"] or "").lower()
    if aux not in _MUST or q and aux not in ("", "have to", "need to") or q == "did" and aux != "have to":
        return None
    must, past = _MUST[aux], aux.startswith(("had", "did")) or q == "did"
    way = NEAR_WAY.get(day := DAYS_VI.get(m["day"], ""), "")  # (the day in Vietnamese, "" for none, and its way)
    then = way == "behind" or bool(m["child"])
    if not _agrees(m, one) or past != then and (then or day or q):
        return None  # ("had to" alone is "đã phải"; not with today or ahead, nor "has to" yesterday)
    if not (must or q) and (day or m["child"]) or q == "did" and not (day or m["child"]):
        return None  # ("I wear a uniform today.": now, or then? "Did you have to …?": when?)
    if m["child"] and m["child"].lower().endswith(("children", "kids")) != (who_ in ("chúng tôi", "họ")):
        return None
    where = f" {WHERE_VI[m['where']]}" if m["where"] else ""
    opening = "Hồi nhỏ " if m["child"] else f"{day} " if day else ""
    if q:
        return capitalised(f"{opening}{who_} có {must + ' ' if must else ''}mặc {kind}{where} không?")
    done = "đã " if past and not (day or m["child"]) else ""
    return capitalised(f"{opening}{who_} {done}{must + ' ' if must else ''}mặc {kind}{where}{stop(m['end'])}")


def _forgot_vi(text: str) -> str | None:
    """"I forgot my PE kit." as "Tôi quên mang đồng phục thể dục.", "She forgot to wear her uniform." as "Cô ấy quên
    mặc đồng phục.", "Did you forget your uniform?" as "Bạn có quên mang đồng phục không?", "I've forgotten my PE
    kit." as "Tôi quên mang đồng phục thể dục rồi." (_FORGOT_EN); None for anything else, and for another's ("I
    forgot your uniform")."""
    if not (said := _said(_FORGOT_EN, text, "en")):
        return None
    m, _, who_, one = said
    aux, verb, kind = _aux(m), m["verb"], KINDS_VI[" ".join(m["kind"].lower().split())]
    day = DAYS_VI[m["day"]] if m["day"] else ""
    if (verb == "forget") != bool(m["q"]) or (verb == "forgotten") != bool(aux) or not _agrees(m, one) or \
            not own_thing(m, who_, one) or m["q"] and (who_ == "tôi" or m["again"]) or aux and day or \
            day and NEAR_WAY[day] == "ahead" or m["kind"].lower().endswith("s") and who_ not in ("chúng tôi", "họ"):
        return None
    how = "mặc" if m["how"] == "wear" else "mang"
    again = "lại " if m["again"] else ""
    opening = f"{day} " if day else ""
    if m["q"]:
        return capitalised(f"{opening}{who_} có quên {how} {kind} không?")
    return capitalised(f"{opening}{who_} {again}quên {how} {kind}{' rồi' if aux else ''}{stop(m['end'])}")


def _buy_vi(text: str) -> str | None:
    """"I have to buy a new uniform for my child." as "Tôi phải mua đồng phục mới cho con.", "She has just bought a
    PE kit." as "Cô ấy vừa mua đồng phục thể dục.", "Have you bought a uniform for your son yet?" as "Bạn đã mua
    đồng phục cho con trai chưa?", "We'll order new uniforms next week." as "Tuần sau chúng tôi sẽ đặt mua đồng phục
    mới." (_BUY_EN); None for anything else, and where the verb does not agree with who."""
    if not (said := _said(_BUY_EN, text, "en")):
        return None
    m, _, who_, one = said
    aux, q, verb = _aux(m), (m["q"] or "").lower(), m["verb"]
    kind, n = m["kind"].lower(), (m["n"] or "").lower()
    many = kind.endswith("s")
    if many != (n not in ("", "one")) and not (many and not n and not m["det"]) or not many and not (m["det"] or n):
        return None  # ("a uniform", "one uniform", "two uniforms", "new uniforms"; not "a uniforms", "two uniform")
    way = NEAR_WAY.get(day := DAYS_VI.get(m["day"], ""), "")  # (the day in Vietnamese, "" for none, and its way)
    if verb in ("buy", "order"):  # ("have to buy", "will buy", "Do you need to buy …?")
        how = {"have to": "phải", "has to": "phải", "need to": "cần", "needs to": "cần", "will": "sẽ", "'ll": "sẽ"}.get(
            aux) if not q else {"have to": "có phải", "need to": "có cần"}.get(aux) if q in ("do", "does") else None
    else:  # ("has just bought", "has bought", "bought", "hasn't bought … yet", "Have you bought … yet?")
        how = {"just": "vừa", "'s just": "vừa", "'ve just": "vừa", "has just": "vừa", "have just": "vừa", "has": "đã",
               "have": "đã", "'ve": "đã", "": "past", "hasn't": "chưa", "haven't": "chưa", "has not": "chưa",
               "have not": "chưa"}.get(aux) if not q else "yet?" if q in ("have", "has") and not aux else None
    if how is None or not _agrees(m, one) or bool(m["yet"]) != (how in ("chưa", "yet?")):
        return None
    if day and (way == "behind") != (how == "past") or day and how in ("vừa", "đã", "chưa", "yet?"):
        return None
    if (whom := _for_vi(m, who_)) is None:
        return None
    n = f"{EN_TO_VI[n]} bộ " if n else ""
    what = f"{n}{KINDS_VI[' '.join(kind.split())]}{' mới' if m['new'] else ''}{whom}"
    bought = "đặt mua" if verb.startswith("order") else "mua"
    opening = f"{day} " if day else ""
    if how == "yet?":
        return capitalised(f"{who_} đã {bought} {what} chưa?")
    if how.startswith("có "):
        return capitalised(f"{opening}{who_} {how} {bought} {what} không?")
    if how == "past":
        return capitalised(f"{opening}{who_} {'' if day else 'đã '}{bought} {what}{stop(m['end'])}")
    done = " rồi" if how == "đã" else ""
    return capitalised(f"{opening}{who_} {how} {bought} {what}{done}{stop(m['end'])}")


def _for_vi(m: re.Match, who_: str) -> str | None:
    """For whom a match of _BUY_EN buys it, in Vietnamese with " cho " before it: " cho con trai" (who's own: "I …
    for my son"), " cho con trai cô ấy" ("He … for her son"); "" for no one; None for who themself ("I … for me"), and
    a child "his", "her" or "their" of someone not a pronoun ("My mother … for her son": hers, or another woman's?)."""
    if not m["whom"]:
        return ""
    said = m["whom"].lower()
    whom, whose = as_whom(said, "en"), said.split()[0]
    if whom is None or whom == who_:
        return None
    if whom.startswith("con ") and m["who"] and whose == WHOSE_OF[m["who"].lower()]:
        return f" cho {whom.removesuffix(f' {who_}')}"  # ("I … for my son": "cho con trai")
    if said not in EN_OBJECT.values() and whose in ("his", "her", "their") and not m["who"]:
        return None  # ("My mother … for her son": "con trai cô ấy" is another woman's)
    return f" cho {whom}"


def _make_vi(text: str) -> str | None:
    """"My company doesn't make us wear a uniform." as "Công ty tôi không bắt mặc đồng phục.", "Does your school make
    you wear a uniform?" as "Trường bạn có bắt mặc đồng phục không?", "My company makes its staff wear a uniform." as
    "Công ty tôi bắt nhân viên mặc đồng phục." (_MAKE_EN); None for anything else, and where whom is not whose ("Your
    company makes us …")."""
    m = _MAKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (kind := _kind_vi(m)) is None or \
            (m["verb"] == "makes") != (not (m["q"] or m["not"])):
        return None  # ("Does your company makes …?")
    whom = " ".join(m["whom"].lower().split())
    place = PLACES_VI[m["place"]]
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    if whose is None:
        return None
    if whom in _STAFF_VI:
        if (place == "trường") != (_STAFF_VI[whom] == "học sinh"):
            return None
        staff = f" {_STAFF_VI[whom]}"
    elif whom == (_WHOM_OF[m["owner"].lower()] if m["owner"] else _made(whose)):
        staff = ""
    elif whom == "me" and (m["owner"] or "").lower() == "my":
        staff = " tôi"
    else:
        return None
    said = f"{place} {whose} {{}}bắt{staff} mặc {kind}"
    if m["q"]:
        return capitalised(said.format("có ") + " không?")
    return capitalised(said.format("không " if m["not"] else "") + stop(m["end"]))
