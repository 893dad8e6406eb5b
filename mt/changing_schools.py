"""Changing schools, both ways, written whole by rule: who changes schools or classes, moves to a school of a kind or
to a school in a place, and settles into or likes the new school. v8 (rules on) reads "chuyển trường" as moving the
school or the field, "quen" as known, and "just", "change", "settled" as only, alter, solved: "Con tôi mới chuyển
trường." → "I'm just moving the school.", "Năm sau con gái tôi sẽ chuyển trường." → "Next year, my daughter will move
the school.", "Bạn có định chuyển trường không?" → "Do you want to move the field?", "Con bạn đã chuyển trường chưa?" →
"Have you moved the field yet?", "Năm ngoái em trai tôi chuyển trường lên Hà Nội." → "Last year, my younger brother
move field to Hanoi.", "Con tôi chưa quen trường mới." → "I'm not known to school.", "Lan đã chuyển sang trường tư." →
"Lan moved to the school."; "My son just changed schools." → "Con trai tôi chỉ thay đổi trường." (only), "Are you
going to change schools?" → "Bạn sẽ thay đổi trường?", "My child hasn't settled into the new school yet." → "Con tôi
vẫn chưa được giải quyết vào trường mới." (solved), "Is your daughter changing schools next term?" → "Con gái của bạn
có thay đổi thuật ngữ trường kế tiếp không?", "My younger brother moved to a school in Hanoi." → "Em trai tôi đi học ở
Hà Nội.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) changing schools ("chuyển trường"; changed, switched, moved schools) or
classes ("chuyển lớp"), moving to a school of a kind ("sang trường quốc tế", "trường tư", "trường công", "trường mới",
"trường khác"; "sang lớp khác", "lớp mới") or to a school in a place by its name (mt.trips.place: "chuyển trường lên Hà
Nội", "… đến một trường ở Hà Nội"), with the word of its tense: "vừa", "mới" (just), "đã … rồi", "đã" or a day behind
(mt.dates.near_days, "học kỳ trước": last term), "sẽ", "sẽ không", a day ahead ("học kỳ sau": next term), "định" (going
to), "sắp" (about to), "muốn", "không muốn", "chưa", "vẫn chưa", "không" with a day; asked with "có … không?" (a day,
"định", "muốn"), "… chưa?", "Tại sao" with "đã", "muốn" or "định" ("lại" too); who settled into the new school ("quen
trường mới rồi"), not yet, still not, asked, and who likes it, really, not, asked. Left: a change with no word of its
tense and no day ("Tôi chuyển trường.", "Con tôi chuyển sang trường quốc tế.": changed, or changing?), "không" alone
(didn't, or isn't?), "mới" with a day (only, not just), "hôm nay", "năm nay" (done, or ahead?), "Tại sao … chuyển
trường?" with no tense, "về" a place (back?), a child moved by who ("Chúng tôi định chuyển con sang trường tư."),
"trường dân lập", "a public school" (a private one in Britain), "about to change classes" (the next lesson?), "không
thích … lắm" (not much), "có rất", "có không" liking asked, "Anh", "Chị", "Em" alone saying it, "I" asked, an animal
as who, "nhỉ", "thế", "vậy" ending a statement, moving house (mt/moving.py), starting school and signing up
(mt/enrolment.py), school years and grades (mt/school_years.py), school days (mt/school_days.py), money transferred
(mt/transfers.py), and anything else.
mt.phrasebook.translate tries these after mt/road_trips.py.

    >>> translate("Con tôi mới chuyển trường.", "vi", "en"), translate("Are you going to change schools?", "en", "vi")
    ('My child has just changed schools.', 'Bạn có định chuyển trường không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, own_thing, who, who_vi
from .lazy_re import lazy
from .names import CAPITALS
from .rule_keys import key_checked
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed, stop
from .trips import place

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chuyển\s+trường|chuyển\s+lớp|chuyển\s+sang|chuyển\s+qua|chuyển\s+đến|chuyển\s+tới|"
                    r"chuyển\s+vào|trường\s+mới)"),
         "en": lazy(r"(?i:school|class)")}
# days ahead and behind (mt.dates.NEAR_DAYS), and a school's terms, which it lacks; the first Vietnamese of each is
# written back ("today", "this year" are left: done, or ahead?)
_DAYS = near_days("hôm qua", "tuần trước", "tháng trước", "năm ngoái", "năm trước", "ngày mai", "tuần sau", "tuần tới",
                  "tháng sau", "tháng tới", "năm sau", "năm tới")
_TERMS = {"học kỳ sau": "next term", "học kỳ tới": "next term", "học kì sau": "next term", "học kì tới": "next term",
          "học kỳ trước": "last term", "học kì trước": "last term"}
_TERM_WAY = {vi: "ahead" if en.startswith("next") else "behind" for vi, en in _TERMS.items()}
_DAYS_VI = {en: vi for vi, en in reversed((_DAYS | _TERMS).items())} | {
    "next semester": "học kỳ sau", "last semester": "học kỳ trước"}
# kinds of school (class: "mới", "khác" only) moved to; the first Vietnamese of each is written back
_KINDS = {"quốc tế": "an international", "tư": "a private", "tư thục": "a private", "công": "a state",
          "công lập": "a state", "mới": "a new", "khác": "another"}
_KINDS_VI = {en: vi for vi, en in reversed(_KINDS.items())}
_PLACE = rf"[{CAPITALS}]\w*(?:\s+[{CAPITALS}]\w*){{0,3}}"  # (words with capitals: no day is read as one)

# what is changed: schools, classes, to a school of a kind, to a school in a place
_WHAT = (rf"(?:(?P<school>trường)(?:\s+(?:lên|vào|ra|sang|đến|tới)\s+(?P<place>{_PLACE}))?|(?P<cls>lớp)|"
         r"(?:sang|qua|đến|tới|vào)\s+(?:học\s+)?(?:một\s+)?(?P<to>trường|lớp)\s+(?:(?P<kind>"
         rf"{alternatives(_KINDS)})|(?:học\s+)?(?:ở|tại)\s+(?P<place2>{_PLACE})))")
_DAY_VI = rf"(?i:{alternatives(_DAYS | _TERMS)})"
_ASPECT = r"vừa\s+mới|vừa|mới|đã|sẽ\s+không|sẽ|sắp|dự\s+định|định|không\s+muốn|muốn|vẫn\s+chưa|chưa|không"
_CHANGE = lazy(rf"(?:(?P<why>(?i:tại\s+sao|vì\s+sao))\s+)?(?:(?P<day0>{_DAY_VI})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?"
               rf"(?:(?P<lai>lại)\s+)?(?:(?P<aspect>{_ASPECT})\s+)?chuyển\s+{_WHAT}(?:\s+(?:vào\s+)?"
               rf"(?P<day>{_DAY_VI}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# settled into, or liking, the new school ("Con tôi chưa quen trường mới.", "Con bạn có thích trường mới không?")
_NEW = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aspect>đã|vẫn\s+chưa|chưa|không|rất)\s+)?(?P<verb>quen|thích)"
            r"(?P<with>\s+với)?\s+trường\s+mới(?:\s+(?P<done>rồi))?(?:\s+(?P<much>lắm))?(?:\s+(?P<asked>không|chưa))?"
            + SOFTENED_END)
# a particle ending a statement says more than English would ("nhỉ": a tag; "thế", "vậy": a stress)
_PARTICLE_SAID = lazy(r"\s(?i:nhỉ|thế|vậy)\s*[.!]*\Z")

# ... in English: the words of a change after who (compared whole, in `_plain`), what and the day
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_WHAT_EN = (r"(?:schools|classes|to\s+(?:(?P<kind>an\s+international|a\s+private|a\s+state|a\s+new|another)\s+"
            r"(?P<to>school|class)|a\s+school\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})))")
_CHANGE_EN = lazy(rf"(?:(?P<day0>{_DAY_EN})\s*,?\s+)?(?:(?P<why>Why)\s+)?(?:(?P<q>(?i:has|have|did|do|does|is|are|am|"
                  rf"will))\s+)?(?P<subj>{WHO_EN})(?P<vp>(?:['’][a-z]+)?(?:\s+[A-Za-z'’]+){{0,5}}?)\s+(?P<what>"
                  rf"{_WHAT_EN})(?:\s+(?P<day>{_DAY_EN}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_NEW_EN = lazy(rf"(?:(?P<q>Has|Have|Do|Does)\s+)?(?P<subj>{WHO_EN})(?P<vp>(?:['’][a-z]+)?(?:\s+[A-Za-z'’]+){{0,4}}?)"
               r"\s+(?P<owner>the|my|your|his|her|our|their)\s+new\s+school(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")

# each way of saying it: the Vietnamese written, the English ({be}, {have}, {do}, {s} agreeing with who; the verb's
# forms {V}, {Vd}, {Vg}), the first written, and the days it takes ("a", "b": one ahead, behind; "a?", "b?": or none)
_CHANGES = {
    "just": ("{who} vừa chuyển {what}", ["{who} {have} just {Vd} {what}", "{who} just {Vd} {what}"], ""),
    "done": ("{who} đã chuyển {what} rồi", ["{who} {have} {Vd} {what}", "{who} {have} already {Vd} {what}"], ""),
    "past": ("{who} đã chuyển {what}", ["{who} {Vd} {what}"], "b?"),
    "will": ("{who} sẽ chuyển {what}", ["{who} will {V} {what}"], "a?"),
    "ahead": ("{who} sẽ chuyển {what}", ["{who} {be} {Vg} {what}"], "a"),
    "wont": ("{who} sẽ không chuyển {what}", ["{who} will not {V} {what}", "{who} {be} not {Vg} {what}"], "a?"),
    "not_past": ("{who} không chuyển {what}", ["{who} did not {V} {what}"], "b"),
    "going": ("{who} định chuyển {what}", ["{who} {be} going to {V} {what}", "{who} {be} planning to {V} {what}"],
              "a?"),
    "about": ("{who} sắp chuyển {what}", ["{who} {be} about to {V} {what}"], ""),
    "want": ("{who} muốn chuyển {what}", ["{who} want{s} to {V} {what}"], ""),
    "no_want": ("{who} không muốn chuyển {what}", ["{who} {do} not want to {V} {what}"], ""),
    "not_yet": ("{who} chưa chuyển {what}", ["{who} {have} not {Vd} {what} yet"], ""),
    "still": ("{who} vẫn chưa chuyển {what}", ["{who} still {have} not {Vd} {what}"], ""),
    "q_ahead": ("{who} có chuyển {what} không?", ["{Be} {who} {Vg} {what}", "Will {who} {V} {what}"], "a"),
    "q_past": ("{who} có chuyển {what} không?", ["Did {who} {V} {what}"], "b"),
    "q_going": ("{who} có định chuyển {what} không?", ["{Be} {who} going to {V} {what}",
                                                     "{Be} {who} planning to {V} {what}"], "a?"),
    "q_want": ("{who} có muốn chuyển {what} không?", ["{Do} {who} want to {V} {what}"], ""),
    "q_yet": ("{who} đã chuyển {what} chưa?", ["{Have} {who} {Vd} {what} yet"], ""),
    "why_past": ("Tại sao {who} chuyển {what}?", ["Why did {who} {V} {what}"], ""),
    "why_want": ("Tại sao {who} muốn chuyển {what}?", ["Why {do} {who} want to {V} {what}"], ""),
    "why_going": ("Tại sao {who} định chuyển {what}?", ["Why {be} {who} going to {V} {what}"], ""),
}
# ... and of the new school
_NEWS = {
    "settled": ("{who} đã quen với trường mới rồi", ["{who} {have} settled into {what}", "{who} {have} settled in at "
                                                       "{what}"], ""),
    "not_yet": ("{who} chưa quen với trường mới", ["{who} {have} not settled into {what} yet",
                                                   "{who} {have} not settled in at {what} yet"], ""),
    "still": ("{who} vẫn chưa quen với trường mới", ["{who} still {have} not settled into {what}",
                                                     "{who} still {have} not settled in at {what}"], ""),
    "q_yet": ("{who} đã quen với trường mới chưa?", ["{Have} {who} settled into {what} yet",
                                                    "{Have} {who} settled in at {what} yet"], ""),
    "like": ("{who} thích trường mới", ["{who} like{s} {what}"], ""),
    "really": ("{who} rất thích trường mới", ["{who} really like{s} {what}"], ""),
    "no_like": ("{who} không thích trường mới", ["{who} {do} not like {what}"], ""),
    "q_like": ("{who} có thích trường mới không?", ["{Do} {who} like {what}"], ""),
}
# the verb's forms, as written and as compared (switched, moved, transferred: changed)
_VERBS = {"change": ("change", "changed", "changing"), "move": ("move", "moved", "moving")}
_SAME = {"switch": "change", "switches": "changes", "switched": "changed", "switching": "changing",
         "move": "change", "moves": "changes", "moved": "changed", "moving": "changing", "transfer": "change",
         "transfers": "changes", "transferred": "changed", "transferring": "changing"}
_NOTS = {"has not": "hasn't", "have not": "haven't", "do not": "don't", "does not": "doesn't", "did not": "didn't",
         "will not": "won't", "is not": "isn't", "are not": "aren't"}


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who changes schools or classes, moves to a school of a kind
    or in a place, or settles into or likes the new school; None for any other."""
    if src == "vi":
        return None if _PARTICLE_SAID.search(text) else _change(text) or _new(text)
    return _change_vi(text) or _new_vi(text)


def _way(day: str | None) -> str:
    """Whether a Vietnamese day (of _DAYS or _TERMS) lies "ahead" or "behind"; "" for none."""
    return (NEAR_WAY.get(keyed(day)) or _TERM_WAY[keyed(day)]) if day else ""


def _days_ok(rule: str, way: str) -> bool:
    """Whether a day that lies `way` ("ahead", "behind", "" none) is one a way of saying it takes (`rule`)."""
    return way[:1] == rule[:1] if way else rule in ("", "a?", "b?")


def _english(template: str, who_en: str, one: bool, verb: str, what: str) -> str:
    """A template of _CHANGES or _NEWS filled for who in English (`one`: said with "-s"), the verb ("change",
    "move") and what."""
    be = "am" if who_en == "I" else "is" if one else "are"
    have, do = ("has", "does") if one else ("have", "do")
    forms = dict(zip(("V", "Vd", "Vg"), _VERBS[verb]))
    return template.format(who=who_en, what=what, be=be, Be=be.capitalize(), have=have, Have=have.capitalize(),
                           do=do, Do=do.capitalize(), s="s" if one else "", **forms)


def _written(said: str, who_en: str) -> str:
    """English as it is written: "I am" as "I'm" after a pronoun, "has not" as "hasn't"."""
    if said.startswith(f"{who_en} ") and said.split()[len(who_en.split())] in ("am", "is", "are"):
        said = contracted(who_en, said[len(who_en) + 1:])
    for full, short in _NOTS.items():
        said = re.sub(rf"\b{full}\b", short, said)
    return capitalised(said)


def _plain(said: str) -> str:
    """English as `_CHANGE_EN` and `_NEW_EN` compare it: small letters, contractions written out, "switched",
    "moved" as "changed"."""
    said = said.lower().replace("’", "'").replace("won't", "will not").replace("n't", " not")
    for short, full in (("'m", " am"), ("'re", " are"), ("'ve", " have"), ("'ll", " will")):
        said = said.replace(short, full)
    said = re.sub(r"'s(?=\s+(?:just|already|changed|settled|not\s+changed|not\s+settled)\b)", " has", said)
    said = re.sub(r"'s\b", " is", said)
    return " ".join(_SAME.get(word, word) for word in said.split())


def _what(m: re.Match) -> tuple[str, str] | None:
    """What a match of _CHANGE changes in English, and the verb: ("schools", "change"), ("to an international school",
    "move"), ("to a school in Hanoi", "move"); None for a place not known, or a class of a kind ("lớp quốc tế")."""
    if m["school"] and not m["place"]:
        return "schools", "change"
    if m["cls"]:
        return "classes", "change"
    if found := m["place"] or m["place2"]:
        named = place(found, "vi")
        return None if not named or m["to"] == "lớp" else (f"to a school in {named}", "move")
    kind = _KINDS[keyed(m["kind"])]
    if m["to"] == "lớp" and kind not in ("a new", "another"):
        return None
    return f"to {kind} {'school' if m['to'] == 'trường' else 'class'}", "move"


def _meaning(m: re.Match, way: str) -> str | None:
    """Which way of saying it (of _CHANGES) a match of _CHANGE is, by its words of tense and asking; None for one
    not read for sure ("Tôi chuyển trường.": changed, or changing?)."""
    aspect = {"vừa mới": "vừa", "mới": "vừa", "dự định": "định"}.get(keyed(m["aspect"] or ""), keyed(m["aspect"] or ""))
    asked, tail, done = "?" in m["end"], m["asked"], m["done"]
    if m["lai"] and not m["why"]:  # ("lại" asks why, or says again)
        return None
    if m["why"]:
        found = {"đã": "why_past", "muốn": "why_want", "định": "why_going"}.get(aspect)
        return found if asked and not (m["ask"] or tail or done or way) else None
    if tail == "không":
        found = {"": "q_past" if way == "behind" else "q_ahead", "định": "q_going", "muốn": "q_want"}.get(aspect)
        return found if asked and m["ask"] and not done else None
    if tail == "chưa":
        return "q_yet" if asked and aspect in ("", "đã") and not (m["ask"] or done) else None
    if asked or m["ask"] or done and aspect not in ("", "đã"):
        return None
    if done:
        return "done"
    if aspect in ("", "không"):
        return {"behind": "past" if not aspect else "not_past", "ahead": "ahead" if not aspect else "wont"}.get(way)
    return {"vừa": "just", "đã": "past", "sẽ": "will", "sẽ không": "wont", "định": "going", "sắp": "about",
            "muốn": "want", "không muốn": "no_want", "chưa": "not_yet", "vẫn chưa": "still"}[aspect]


def _change(text: str) -> str | None:
    """"Con tôi mới chuyển trường." as "My child has just changed schools.", "Năm sau con gái tôi sẽ chuyển
    trường." as "My daughter will change schools next year.", "Bạn có định chuyển trường không?" as "Are you going to
    change schools?", "Con tôi đã chuyển sang trường quốc tế." as "My child moved to an international school."
    (_CHANGE); None for anything else, for a day said twice, and for "I" asked."""
    m = _CHANGE.fullmatch(text)
    if not m or m["day0"] and m["day"] or animal(m):
        return None
    day = m["day0"] or m["day"]
    way = _way(day)
    meaning = _meaning(m, way)
    said = meaning and _days_ok(_CHANGES[meaning][2], way) and who(m, "?" in m["end"])
    what = said and _what(m)
    if not what or "?" in m["end"] and said[0] == "I":
        return None
    (who_en, one), asked = said, meaning.startswith(("q_", "why"))
    en = _english(_CHANGES[meaning][1][0], who_en, one, what[1], what[0])
    en += f" {(_DAYS | _TERMS)[keyed(day)]}" if day else ""
    return _written(en, who_en) + ("?" if asked else stop(m["end"]))


def _new(text: str) -> str | None:
    """"Con tôi chưa quen trường mới." as "My child hasn't settled into the new school yet.", "Con bạn đã quen với
    trường mới chưa?" as "Has your child settled into the new school yet?", "Con bạn có thích trường mới không?" as
    "Does your child like the new school?" (_NEW); None for anything else, and for "Con tôi quen trường mới." (knows
    it, or is used to it?)."""
    m = _NEW.fullmatch(text)
    if not m or animal(m):
        return None
    aspect, asked, tail, done = keyed(m["aspect"] or ""), "?" in m["end"], m["asked"] or "", bool(m["done"])
    if m["verb"] == "quen":
        # ("đã" or "rồi" says it is done: "Con tôi đã quen trường mới." is "has settled")
        plain = not (m["ask"] or m["much"]) and (tail == "chưa") == asked
        meaning = None if not plain else "q_yet" if asked and aspect in ("", "đã") and not done else \
            "settled" if not tail and aspect in ("", "đã") and (done or aspect) else \
            {"chưa": "not_yet", "vẫn chưa": "still"}.get(aspect) if not (tail or done) else None
    else:
        # ("không … lắm": not much; "có rất", "có không" asking: more than "Does … like")
        plain = not (done or m["with"] or aspect == "không" and m["much"] or m["ask"] and aspect) and \
            (tail == "không") == asked == bool(m["ask"])
        meaning = None if not plain or aspect in ("đã", "chưa", "vẫn chưa") else "q_like" if asked else \
            "really" if aspect == "rất" or m["much"] else "no_like" if aspect == "không" else "like"
        meaning = None if meaning == "q_like" and m["much"] else meaning
    said = meaning and who(m, asked)
    if not said or asked and said[0] == "I":
        return None
    en = _english(_NEWS[meaning][1][0], *said, "change", "the new school")
    return _written(en, said[0]) + ("?" if asked else stop(m["end"]))


def _said_vi(table: dict, m: re.Match, what_en: str, what_vi: str, day: str) -> str | None:
    """The Vietnamese of a match of _CHANGE_EN or _NEW_EN: the way of saying it of `table` whose English is the
    sentence's (who's verbs agreeing), and whose days take the day said ("" none); None where none is."""
    who_, one = who_vi(m)
    asked = "?" in m["end"]
    if animal(m) or asked != bool(m["q"] or m.groupdict().get("why")) or asked and who_ == "tôi":
        return None
    subj = " ".join(m["subj"].split())
    who_en = "I" if subj.lower() == "i" else subj
    said = _plain(" ".join(filter(None, (m.groupdict().get("why"), m["q"], m["subj"] + m["vp"], what_en, m["yet"]))))
    day = day.lower()
    way = _way(_DAYS_VI[day] if day else None)
    for meaning, (vi, ens, rule) in table.items():
        if meaning.startswith(("q_", "why")) == asked and _days_ok(rule, way) and any(
                _plain(_english(en, who_en, one, "change", what_en)) == said for en in ens):
            who_ = "chúng ta" if asked and who_ == "chúng tôi" else who_  # ("we" asking: "chúng ta")
            vi = vi.format(who=who_, what=what_vi)
            opening = f"{_DAYS_VI[day]} " if day else ""
            return capitalised(opening + vi + ("" if asked else stop(m["end"])))
    return None


def _change_vi(text: str) -> str | None:
    """"My son just changed schools." as "Con trai tôi vừa chuyển trường.", "My daughter will change schools next
    year." as "Năm sau con gái tôi sẽ chuyển trường.", "Are you going to change schools?" as "Bạn có định chuyển
    trường không?", "She moved to a private school last year." as "Năm ngoái cô ấy đã chuyển sang trường
    tư." (_CHANGE_EN); None for anything else, where a verb does not agree with who, for a day said twice, and for
    "about to change classes" (to the next lesson?)."""
    m = _CHANGE_EN.fullmatch(text)
    if not m or m["day0"] and (m["day"] or m["q"] or m["why"]):
        return None
    what = " ".join(m["what"].split())
    if what == "classes" and re.search(r"\babout\s+to\b", m["vp"], re.I):  # (to the next lesson, most often)
        return None
    if m["place"]:
        named = place(" ".join(m["place"].split()), "en")
        if not named:
            return None
        what_vi = f"đến một trường ở {named}"
    elif m["kind"]:
        what_vi = f"sang {'trường' if m['to'] == 'school' else 'lớp'} {_KINDS_VI[keyed(m['kind'])]}"
        if m["to"] == "class" and keyed(m["kind"]) not in ("a new", "another"):
            return None
    else:
        what_vi = "trường" if what == "schools" else "lớp"
    return _said_vi(_CHANGES, m, what, what_vi, " ".join((m["day0"] or m["day"] or "").split()))


def _new_vi(text: str) -> str | None:
    """"My child hasn't settled into the new school yet." as "Con tôi chưa quen với trường mới.", "Does your child
    like the new school?" as "Con bạn có thích trường mới không?", "My son really likes his new school." as "Con trai
    tôi rất thích trường mới." (_NEW_EN); None for anything else, and for another's school ("I like your new
    school.")."""
    m = _NEW_EN.fullmatch(text)
    if not m or own_thing(m, *who_vi(m)) is not True:
        return None
    return _said_vi(_NEWS, m, f"{m['owner'].lower()} new school", "", "")
