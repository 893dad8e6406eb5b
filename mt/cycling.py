"""Bicycles, both ways, written whole by rule: who cycles to work, to school or home, around the lake or goes cycling
(a habit, asked, on a day behind or ahead, will, has to, wants to), who learned to ride a bike and when, who taught
whom, who is learning or can ride one, and who pumps up their tyres. v8 with every other rule: "Tôi đi xe đạp đi
làm." → "I walked the bicycle to work.", "Tôi đạp xe đi làm." → "I bicycles go to work.", "Tôi học đi xe đạp khi năm
tuổi." → "I learned bicycles when I was five years old.", "Chúng tôi đạp xe quanh hồ." → "We bicycled around lake.",
"Con gái tôi đang tập đi xe đạp." → "My daughter is putting a bicycle.", "Ai dạy bạn đi xe đạp?" → "Who taught you to
rid of bicycles?", "Bạn học đi xe đạp khi nào?" → "When did you learn bicycles?", "Tôi cần bơm xe." → "I need to pump
the car.", "Ngày mai chúng tôi sẽ đi đạp xe." → "Tomorrow, we'll go bicycles."; "I learned to ride a bike when I was
five." → "Tôi học được đi xe đạp khi tôi năm." (the age lost), "We cycled around the lake." → "Chúng tôi quay quanh
hồ." (turned), "Do you cycle to work?" → "Bạn có chu kỳ làm việc không?" (a cycle), "We're going cycling tomorrow." →
"Chúng tôi đang đi chơi ngày mai.", "My father taught me to ride a bike." → "Cha tôi dạy tôi đến đi xe đạp.", "Can
your son ride a bike?" → "Con trai của bạn đi xe đạp không?" (can lost), "When did you learn to ride a bike?" → "Khi
nào bạn học đi xe đạp?" (when will you).

Taken: who as in mt/hobbies.py (WHO, WHO_EN; "anh", "chị", "em" alone only asking); riding ("đạp xe", "đi xe đạp",
"cycle", "ride my bike") to a place of _WHERE (work, school, home, around the lake, along the river) or going cycling
("đi đạp xe"), how often (mt.hobbies.SELDOM, EVERY) or on a day that mt.free_time.when reads, with "đã", "sẽ",
"phải", "cần", "muốn"; a plain "đạp xe đi làm" is a habit, a plain "đạp xe quanh hồ" an outing done (the past);
learning to ride at an age (2 to 18) or as a child, asked when or at what age; teaching (mt.hobbies.WHOM); "đang tập
đi xe đạp"; "Can … ride a bike (yet)?" and "… can't ride a bike." in English; pumping up the tyres ("bơm lốp", "bơm
xe") needed, had to, wanted, will, done, just done, being done, asked. Left: "đạp xe" how often, and liked
(mt/hobbies.py), "biết đi xe đạp", "đang học đi xe đạp" (mt/skills.py), "đi làm bằng xe đạp", "I cycle to work."
(mt/routines.py), a flat tyre or a puncture (mt/driving.py), a bike stolen (mt/theft.py), a fall off one
(mt/injuries.py), hiring one (mt/rentals.py), "go for a bike ride" (mt/suggestions.py); to the model: "đi đạp xe" with
no day nor how often (goes, or has gone?), a day of this day ("sáng nay") with no tense, "She's learning to ride a
bike." (right), a bike had or bought, distances ridden, and anything else.
mt.phrasebook.translate tries these after mt/lottery.py.

    >>> translate("Chúng tôi đạp xe quanh hồ.", "vi", "en"), translate("Do you cycle to work?", "en", "vi")
    ('We cycled around the lake.', 'Bạn có đạp xe đi làm không?')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import (EVERY, EVERY_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, often_said,
                      own_thing, who, who_vi, whose_own)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import WHOSE_WORDS, his_her
from .text import BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# where one cycles (the first Vietnamese of each is written back)
_WHERE = {"đi làm": "to work", "đến chỗ làm": "to work", "đến công ty": "to work", "đi học": "to school",
          "đến trường": "to school", "về nhà": "home", "đi chợ": "to the market"} | {
    f"{near} {vi}": f"{near_en} {en}" for near, near_en in (("quanh", "around"), ("dọc", "along"))
    for vi, en in {"hồ": "the lake", "Hồ Tây": "West Lake", "hồ Hoàn Kiếm": "Hoan Kiem Lake", "công viên": "the park",
                   "thành phố": "the city", "phố cổ": "the Old Quarter", "bờ sông": "the river",
                   "bờ biển": "the coast", "bãi biển": "the beach"}.items()
    if (near == "dọc") == vi.startswith("b")}
_WHERE_KEYED = {keyed(vi): en for vi, en in _WHERE.items()}
_WHERE_VI = {keyed(en): vi for vi, en in reversed(_WHERE.items())}
_WHERE_VI |= {k.replace("around ", "round "): vi for k, vi in _WHERE_VI.items() if k.startswith("around ")}
_AUX = {"cần": ("need to", "needs to"), "phải": ("have to", "has to"), "muốn": ("want to", "wants to")}
_AUX_VI = {en: vi for vi, ens in _AUX.items() for en in ens}
# ages a child learns at, in words and figures ("năm" "five", "5")
_AGES = {vi_word(n): en_word(n) for n in range(2, 19)} | {str(n): str(n) for n in range(2, 19)}
_AGES_VI = {en: vi for vi, en in _AGES.items()}
_BIKE = r"(?:đi\s+xe\s+đạp|đạp\s+xe)"
_BIKE_EN = r"ride\s+a\s+(?:bike|bicycle)"
_AHEAD = lazy(rf"(?:{AHEAD.pattern}|tonight)", re.IGNORECASE)
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:xe\s+đạp|đạp\s+xe|bơm\s+(?:lốp|bánh|xe))"), "en": lazy(r"(?i:bike|cycl|tyre|tire)")}

# riding somewhere or going cycling ("Tôi đạp xe đi làm.", "Hôm qua chúng tôi đạp xe quanh hồ.", "Bạn có hay đi đạp
# xe không?", "Ngày mai chúng tôi sẽ đi đạp xe.")
_RIDE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?"
             rf"(?:(?P<aux>đã|sẽ|{alternatives(_AUX)})\s+)?(?P<go>đi\s+)?(?P<ride>đạp\s+xe|đi\s+xe\s+đạp)"
             rf"(?:\s+(?:vòng\s+|xung\s+)?(?P<where>(?i:{alternatives(_WHERE)})))?"
             rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)}))|{DAY_AFTER})(?:\s+(?P<asked>không))?{SOFTENED_END}")
# learned to ride at an age or as a child, asked when or at what age ("Tôi học đi xe đạp khi năm tuổi.")
_LEARNED = lazy(rf"{WHO}\s+(?:đã\s+)?(?:học|tập)\s+{_BIKE}\s+(?:(?:khi|lúc|hồi)\s+(?:(?:lên\s+)?(?:(?P<n>"
                rf"{alternatives(_AGES)})|(?P<how_old>mấy))\s+tuổi|(?P<child>còn\s+(?:nhỏ|bé)))|"
                rf"(?P<when>(?:từ\s+)?(?:khi|lúc)\s+nào|bao\s+giờ)){SOFTENED_END}")
_TAUGHT = lazy(rf"(?:(?P<ai>[Aa]i)|{WHO})\s+(?:(?P<tense>đã|đang)\s+)?dạy\s+{WHOM}\s+{_BIKE}{SOFTENED_END}")
_LEARNING = lazy(rf"{WHO}\s+đang\s+tập\s+{_BIKE}{SOFTENED_END}")
_PUMP = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>cần|phải|muốn|sẽ|vừa|mới|đang|đã)\s+)?bơm\s+(?:lại\s+)?"
             r"(?:lốp|bánh|xe)(?:\s+xe)?(?:\s+đạp)?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
             rf"{SOFTENED_END}")

# ... and in English; a verb's forms: after he or she, the past, "-ing"
_FORMS = {"cycle": ("cycles", "cycled", "cycling"), "ride": ("rides", "rode", "riding"),
          "go": ("goes", "went", "going")}
_FORM_OF = {form: (base, kind) for base, forms in _FORMS.items() for kind, form in enumerate((base, *forms))}
_RIDE_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|\s+(?:have|has|want|wants|need|needs)"
                rf"\s+to|{BE_EN}(?P<going>\s+going\s+to)?)?(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+"
                r"(?:(?P<go>go|goes|went|going)\s+cycling|(?P<verb>cycle|cycles|cycled|cycling|ride|rides|rode|riding)"
                rf"(?:\s+(?P<owner>{WHOSE_WORDS}|the)\s+(?P<bike>bikes?|bicycles?))?)"
                rf"(?:\s+(?P<where>(?i:{alternatives(_WHERE_VI)})))?(?:\s+(?P<every>(?i:{alternatives(EVERY_VI)}))|"
                rf"{DAY_AFTER_EN})\s*(?P<end>[.!?]*)")
# learned at an age, asked when or how old; taught; can ride; the tyres pumped up
_AGE_EN = rf"(?P<n>{alternatives(_AGES_VI)})(?:\s+years?\s+old)?"
_LEARNED_EN = lazy(rf"{WHO_EN}\s+learn(?:ed|t)\s+(?:how\s+)?to\s+{_BIKE_EN}\s+(?:(?:when\s+(?P<pron>I|you|he|she|we|"
                   rf"they)\s+(?P<was>was|were)|at(?:\s+the\s+age\s+of)?)\s+{_AGE_EN}|"
                   r"(?P<child>as\s+a\s+(?:child|kid)))\s*(?P<end>[.!]*)")
_LEARNED_ASKED_EN = lazy(rf"(?:When\s+did|How\s+old\s+(?P<was>was|were))\s+{WHO_EN}\s+(?(was)when\s+(?P<pron>I|you|"
                         rf"he|she|we|they)\s+learn(?:ed|t)|learn)\s+(?:how\s+)?to\s+{_BIKE_EN}\s*\?+")
_TAUGHT_EN = lazy(rf"(?:(?P<ai>Who)|{WHO_EN})(?:{BE_EN}\s+teaching|\s+taught)\s+{WHOM_EN}\s+"
                  rf"(?:how\s+)?to\s+{_BIKE_EN}\s*(?P<end>[.!?]*)")
_CAN_EN = lazy(rf"(?P<can0>Can\s+)?{WHO_EN}(?:\s+(?P<can>can['’]t|cannot|can\s+not|can))?\s+{_BIKE_EN}"
               r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_PUMP_EN = lazy(rf"(?:(?P<do>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|\s+(?:have|has|need|needs|want|wants)"
                rf"\s+to|['’]ve|\s+have|\s+has|{BE_EN})?(?:\s+(?P<just>just))?\s+(?P<verb>pump|pumped|pumping)\s+"
                rf"(?P<up>up\s+)?(?P<owner>{WHOSE_WORDS}|the)\s+(?:tyres|tires)(?(up)|\s+up)(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who cycles somewhere or goes cycling, learned, is learning or
    can ride a bike, taught another, or pumps up their tyres; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _ride(text) or _learned(text) or _taught(text) or _learning(text) or _pump(text)
    return _ride_vi(text) or _learned_vi(text) or _taught_vi(text) or _can_vi(text) or _pump_vi(text)


def _day(said: str | None, src: str) -> tuple[str, bool, bool] | None:
    """A day of a match in the other language, and whether it is behind, or ahead ("hôm qua": ("yesterday", True,
    False)); ("", False, False) for none, None for one not read."""
    day = when(said, src, LAST)
    if day is None:
        return None
    en = day if src == "vi" else said or ""
    behind = bool(BEHIND.fullmatch(en) or en.lower().startswith("last "))
    return day, behind, bool(_AHEAD.match(en))


def _ride(text: str) -> str | None:
    """"Tôi đạp xe đi làm." as "I cycle to work.", "Bạn có đạp xe đi làm không?" as "Do you cycle to work?", "Chúng
    tôi đạp xe quanh hồ." as "We cycled around the lake.", "Anh ấy đi đạp xe mỗi cuối tuần." as "He goes cycling every
    weekend.", "Ngày mai chúng tôi sẽ đi đạp xe." as "We'll go cycling tomorrow." (_RIDE); None for anything else,
    "đi đạp xe" with no day nor how often, and a day that does not go with the tense."""
    m = _RIDE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["day0"] and m["day"]:
        return None
    said, day = who(m, asked), _day(m["day0"] or m["day"], "vi")
    where = _WHERE_KEYED[keyed(m["where"])] if m["where"] else ""
    commute = where.startswith(("to ", "home"))
    if not said or not day or m["go"] and (commute or "đạp" not in m["ride"].split()[0]) or not (m["go"] or where):
        return None
    if m["go"] and not (m["seldom"] or m["every"] or m["aux"] or day[0] or where):
        return None  # ("Anh ấy đi đạp xe.": goes, or has gone?; "Bạn có đi đạp xe không?": asked, or asked along?)
    (who_, one), (day, behind, ahead), aux = said, day, keyed(m["aux"] or "")
    habit = m["seldom"] or m["every"]
    verb = "go" if m["go"] else "cycle"
    rest = f"{' cycling' * bool(m['go'])}{' ' * bool(where)}{where}"
    if asked or habit:  # (a habit, said or asked: no day, no tense)
        seldom = f"{often_said(m['seldom'], bool(m['every']) or commute)} " if m["seldom"] else ""
        every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
        if aux or day:
            return None
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {seldom}{verb}{rest}{every}?"
        return capitalised(f"{who_} {seldom}{_FORMS[verb][0] if one else verb}{rest}{every}.")
    day = f" {day}" if day else ""
    if aux == "sẽ" or aux in _AUX:
        said = contracted(who_, f"will {verb}") if aux == "sẽ" else f"{who_} {_AUX[aux][one]} {verb}"
    elif aux == "đã" or behind or not day and where and not commute:  # (a plain "đạp xe quanh hồ": an outing)
        plain = not (aux or day) and keyed(m["who"] or "") == "chúng ta"  # ("Let's …"?)
        said = None if ahead or plain or day and not (behind or aux) else f"{who_} {_FORMS[verb][1]}"
    elif ahead:  # ("Ngày mai chúng tôi đi đạp xe.": arranged)
        said = contracted(who_, f"{be(who_)} {_FORMS[verb][2]}")
    else:
        said = None if day else f"{who_} {_FORMS[verb][0] if one else verb}"
    return None if said is None or behind and aux in ("sẽ", *_AUX) else capitalised(f"{said}{rest}{day}.")



def _when_was(m: re.Match, who_: str) -> str | None:
    """Who of a match of WHO as a pronoun, and "was" or "were", for "when I was five" ("I was", "my mother" "she
    was"); None for one English says as neither he nor she ("my child", "Lan")."""
    if who_ in EN_WHOSE:
        return f"{who_} {'were' if who_ in ('you', 'we', 'they') else 'was'}"
    whose = whose_own(m, who_)
    return whose and f"{'he' if whose == 'his' else 'she'} was"


def _learned(text: str) -> str | None:
    """"Tôi học đi xe đạp khi năm tuổi." as "I learned to ride a bike when I was five.", "Bạn học đi xe đạp khi nào?"
    as "When did you learn to ride a bike?", "Bạn học đi xe đạp lúc mấy tuổi?" as "How old were you when you learned
    to ride a bike?" (_LEARNED); None for anything else, and an age or how old of someone who is neither he nor she."""
    m = _LEARNED.fullmatch(text)
    asked = bool(m and (m["how_old"] or m["when"]))
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    who_ = said[0]
    if m["when"]:
        return f"When did {who_} learn to ride a bike?"
    if m["child"]:
        many = not said[1] and who_.lower() not in ("i", "you")  # ("We learned … as children")
        return capitalised(f"{who_} learned to ride a bike as {'children' if many else 'a child'}.")
    was = _when_was(m, who_)
    if was is None:
        return None if m["how_old"] else capitalised(f"{who_} learned to ride a bike at {_AGES[keyed(m['n'])]}.")
    if m["how_old"]:
        pron, was = was.rsplit(" ", 1)
        return f"How old {was} {who_} when {pron} learned to ride a bike?"
    return capitalised(f"{who_} learned to ride a bike when {was} {_AGES[keyed(m['n'])]}.")


def _taught(text: str) -> str | None:
    """"Ai dạy bạn đi xe đạp?" as "Who taught you to ride a bike?", "Bố tôi dạy tôi đi xe đạp." as "My father taught
    me to ride a bike.", "Mẹ tôi đang dạy em tôi đi xe đạp." as "… is teaching …" (_TAUGHT); None for anything
    else."""
    m = _TAUGHT.fullmatch(text)
    asked = bool(m and m["ai"])
    if not m or asked != ("?" in m["end"]) or not (whom := as_whom(m["whom"], "vi")):
        return None
    who_ = "who" if asked else (who(m, False) or (None,))[0]
    if who_ is None:
        return None
    doing = contracted(who_, f"{be(who_)} teaching") if m["tense"] == "đang" else f"{who_} taught"
    return capitalised(f"{doing} {whom} to ride a bike{'?' if asked else '.'}")


def _learning(text: str) -> str | None:
    """"Con gái tôi đang tập đi xe đạp." as "My daughter is learning to ride a bike." (_LEARNING); None for anything
    else ("học" is mt/skills.py's)."""
    m = _LEARNING.fullmatch(text)
    if not m or "?" in m["end"] or not (said := who(m, False)):
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} learning to ride a bike."))


def _pump(text: str) -> str | None:
    """"Tôi cần bơm lốp xe." as "I need to pump up my tyres.", "Bạn có cần bơm xe không?" as "Do you need to pump up
    your tyres?", "Tôi vừa bơm lốp xe." as "I've just pumped up my tyres.", "Bạn bơm lốp chưa?" as "Have you pumped
    up your tyres yet?" (_PUMP); None for anything else, and for a plain "bơm xe" (pumps, or pumped?)."""
    m = _PUMP.fullmatch(text)
    asked, aux = bool(m and m["asked"]), keyed(m and m["aux"] or "")
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    (who_, one), yet = said, keyed(m["asked"] or "") == "chưa"
    tyres = f"up {whose_own(m, who_) or 'the'} tyres"
    if yet or m["done"] or aux in ("vừa", "mới"):  # (done: "rồi", "vừa"; asked with "chưa")
        if yet != asked or m["ask"] or aux not in ("", "đã", "vừa", "mới") or aux in ("vừa", "mới") and m["done"]:
            return None
        has = "has" if one else "have"
        if asked:
            return f"{has.capitalize()} {who_} pumped {tyres} yet?"
        return capitalised(contracted(who_, f"{has} {'just ' * (aux in ('vừa', 'mới'))}pumped {tyres}."))
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {_AUX[aux][0]} pump {tyres}?" if m["ask"] and aux in _AUX else None
    if m["ask"] or aux in ("", "đã"):
        return None
    if aux == "đang":
        return capitalised(contracted(who_, f"{be(who_)} pumping {tyres}."))
    said = contracted(who_, f"will pump {tyres}.") if aux == "sẽ" else f"{who_} {_AUX[aux][one]} pump {tyres}."
    return capitalised(said)


def _ride_vi(text: str) -> str | None:
    """"Do you cycle to work?" as "Bạn có đạp xe đi làm không?", "She rides her bike to school." as "Cô ấy đi xe đạp
    đi học.", "We cycled around the lake yesterday." as "Hôm qua chúng tôi đạp xe quanh hồ.", "We're going cycling
    tomorrow." as "Ngày mai chúng tôi sẽ đi đạp xe." (_RIDE_EN); None for anything else, where the verb does not agree
    with who or the tense with the day, and another's bike ridden."""
    m = _RIDE_EN.fullmatch(text)
    if not m or (m["verb"] or "").startswith("r") != bool(m["bike"]) or m["go"] and m["where"] and \
            _WHERE_VI[keyed(m["where"])].startswith(("đi ", "đến ", "về ")):
        return None  # ("I ride to work": a horse?; "go cycling to work")
    who_, one = who_vi(m)
    day = _day(m["day"], "en")
    if day is None or m["bike"] and not own_thing(m, who_, one) or m["every"] and m["day"]:
        return None
    (day, behind, ahead), (base, kind) = day, _FORM_OF[keyed(m["go"] or m["verb"])]
    aux, do, asked = keyed(m["aux"] or "").replace("’", "'"), keyed(m["do"] or ""), "?" in m["end"]
    doing = "đi đạp xe" if m["go"] else "đi xe đạp" if base == "ride" else "đạp xe"
    doing += f" {_WHERE_VI[keyed(m['where'])]}" if m["where"] else ""
    seldom = f"{SELDOM_VI[m['seldom'].lower()]} " if m["seldom"] else ""
    every = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    if bool(do) != asked or (seldom or every) and (aux or do == "did" or kind in (2, 3)) or m["be"] and not \
            be_agrees(m, m["be"]) or aux.endswith(" to") and (aux.split()[0] in ("has", "needs", "wants")) != one:
        return None
    if do:
        if aux or kind != 0 or (do == "does") != one or do == "did" and ahead or do != "did" and day:
            return None
        return placed(f"{who_} có {seldom}{doing}{every}", day, " không?")
    if aux in ("'ll", "will") or m["going"] or m["be"] and kind == 3 and ahead:
        said = None if behind or kind != (3 if m["be"] and not m["going"] else 0) else f"{who_} sẽ {doing}"
    elif aux and not m["be"]:
        said = None if behind or kind != 0 else f"{who_} {_AUX_VI[aux]} {doing}"
    elif kind == 2:
        said = None if ahead or day and not behind else f"{who_} {'' if behind else 'đã '}{doing}"
    else:
        said = None if day or m["be"] or kind != (1 if one else 0) else f"{who_} {seldom}{doing}{every}"
    return said and placed(said, day, ".")


def _pronoun_agrees(m: re.Match, who_: str, one: bool) -> bool:
    """Whether the pronoun and "was" or "were" of a match of _LEARNED_EN or _LEARNED_ASKED_EN go with who ("I … I
    was", "my mother … she was", "Lan … he was")."""
    pron, was = m["pron"], m["was"]
    if pron.lower() != (m["who"] or "").lower() and not (one and not m["who"] and pron in ("he", "she")):
        return False
    whose = his_her(who_) if m["kin"] else None
    return (whose is None or pron == ("he" if whose == "his" else "she")) and (was == "was") == (
        pron in ("I", "he", "she"))


def _learned_vi(text: str) -> str | None:
    """"I learned to ride a bike when I was five." as "Tôi học đi xe đạp lúc năm tuổi.", "When did you learn to ride a
    bike?" as "Bạn học đi xe đạp khi nào?", "How old were you when you learned to ride a bike?" as "Bạn học đi xe đạp
    lúc mấy tuổi?" (_LEARNED_EN, _LEARNED_ASKED_EN); None for anything else, and a pronoun or "was" that does not go
    with who ("My mother learned … when he was five")."""
    m = _LEARNED_EN.fullmatch(text) or _LEARNED_ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if m["pron"] and not _pronoun_agrees(m, who_, one):
        return None
    if m.re == _LEARNED_ASKED_EN:
        return capitalised(f"{who_} học đi xe đạp {'lúc mấy tuổi' if m['was'] else 'khi nào'}?")
    at = "khi còn nhỏ" if m["child"] else f"lúc {_AGES_VI[m['n'].lower()]} tuổi"
    return capitalised(f"{who_} học đi xe đạp {at}.")


def _taught_vi(text: str) -> str | None:
    """"Who taught you to ride a bike?" as "Ai dạy bạn đi xe đạp?", "My father taught me to ride a bike." as "Bố tôi
    đã dạy tôi đi xe đạp.", "She's teaching her son to ride a bike." as "Cô ấy đang dạy con trai cô ấy đi xe đạp."
    (_TAUGHT_EN); None for anything else, and where "is" does not agree with who."""
    m = _TAUGHT_EN.fullmatch(text)
    asked = bool(m and m["ai"])
    if not m or asked != ("?" in m["end"]) or m["be"] and (asked or not be_agrees(m, m["be"])):
        return None
    who_ = "ai" if asked else who_vi(m)[0]
    tense = "đang " if m["be"] else "" if asked else "đã "
    return capitalised(f"{who_} {tense}dạy {as_whom(m['whom'], 'en')} đi xe đạp{'?' if asked else '.'}")


def _can_vi(text: str) -> str | None:
    """"Can your son ride a bike?" as "Con trai bạn có biết đi xe đạp không?", "He can't ride a bike yet." as "Anh ấy
    chưa biết đi xe đạp.", "Can she ride a bike yet?" as "Cô ấy biết đi xe đạp chưa?" (_CAN_EN); None for anything
    else."""
    m = _CAN_EN.fullmatch(text)
    asked = bool(m and m["can0"])
    if not m or asked == bool(m["can"]) or asked != ("?" in m["end"]):
        return None
    who_, yet, can = who_vi(m)[0], bool(m["yet"]), keyed(m["can"] or "")
    if asked:
        return capitalised(f"{who_} biết đi xe đạp chưa?" if yet else f"{who_} có biết đi xe đạp không?")
    if can == "can":
        return None if yet else capitalised(f"{who_} biết đi xe đạp.")
    return capitalised(f"{who_} {'chưa' if yet else 'không'} biết đi xe đạp.")


def _pump_vi(text: str) -> str | None:
    """"I need to pump up my tyres." as "Tôi cần bơm lốp xe.", "I've just pumped up the tyres." as "Tôi vừa bơm lốp
    xe.", "Have you pumped up your tyres yet?" as "Bạn đã bơm lốp xe chưa?" (_PUMP_EN); None for anything else, where
    the verb does not agree with who, and another's tyres."""
    m = _PUMP_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    do, aux, verb = keyed(m["do"] or ""), keyed(m["aux"] or "").replace("’", "'"), m["verb"]
    asked = "?" in m["end"]
    if not own_thing(m, who_, one) or bool(do) != asked or m["yet"] and not (asked and verb == "pumped"):
        return None
    has = do in ("have", "has") or aux in ("'ve", "have", "has") or aux == "'s" and verb == "pumped"
    if has:  # ("has", or "have", and "pumped")
        if verb != "pumped" or ((do or aux) in ("has", "'s")) != one or do and (aux or m["just"]):
            return None
        done = "vừa bơm lốp xe." if m["just"] else "đã bơm lốp xe rồi."
        return capitalised(f"{who_} đã bơm lốp xe chưa?" if do else f"{who_} {done}")
    if m["just"] or do and not aux.endswith(" to") or aux.endswith(" to") and (
            (aux.split()[0] in ("has", "needs", "wants")) != (one and not do) or verb != "pump"):
        return None
    if do:
        return None if (do == "does") != one else capitalised(f"{who_} có {_AUX_VI[aux]} bơm lốp xe không?")
    if aux in ("'ll", "will") and verb == "pump":
        return capitalised(f"{who_} sẽ bơm lốp xe.")
    if m["be"] and verb == "pumping" and be_agrees(m, m["be"]):
        return capitalised(f"{who_} đang bơm lốp xe.")
    return capitalised(f"{who_} {_AUX_VI[aux]} bơm lốp xe.") if aux in _AUX_VI and verb == "pump" else None

