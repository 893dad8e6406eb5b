"""A child at school, praised or in trouble, both ways, written whole by rule: praised or told off by the teacher,
bullied, cheating in a test, suspended or expelled, given detention or made to stand in the corner, a good student,
always in trouble, and parents called in. v8 (rules on) reads "khen" as strict, "mắng" as lucky or fortunate, "bắt nạt"
as bullying or arrested, "quay cóp" as turning, "đình chỉ học" as school only: "Con tôi được cô giáo khen." → "My child
is stricted.", "Cô giáo mắng con tôi." → "The teacher fortunate me.", "Con tôi bị cô giáo mắng." → "My child was
lucky.", "Con tôi bị bắt nạt ở trường." → "I was bullying at school.", "Anh ấy bị bắt nạt ở trường." → "He was arrested
in school.", "Anh ấy quay cóp trong giờ kiểm tra." → "He turned to havep during the checktime.", "Con tôi bị đình chỉ
học." → "My child was school only.", "Cô ấy là học sinh giỏi." → "She is good at students.", "Tôi bị mời phụ huynh." →
"I was inviting parents.", "Anh ấy lúc nào cũng gặp rắc rối ở trường." → "He always has trouble school."; "The teacher
praised my son." → "Thầy giáo viên ca ngợi con trai tôi.", "The teacher told my son off." → "Thầy giáo viên bảo con
trai mình ra khỏi.", "He got detention." → "Anh ta bị detention.", "He cheated in the test." → "Anh ấy che giấu trong
bài kiểm tra." (hid), "My son was suspended from school." → "Con trai tôi ngưng học.", "He was made to stand in the
corner." → "Anh ta phải đứng ở góc phố." (a street corner), "The teacher called me in." → "Thầy giáo viên gọi tôi ở
trong.", "My son got told off by the teacher." → "Con trai tôi nổi tiếng với giáo viên.". Teased: "Con tôi hay bị bạn
trêu." → "My child is provocative.", "Con gái tôi hay bị bạn cùng lớp trêu." → "My daughter is often friends with a
classroom.", "Các bạn cùng lớp trêu con gái tôi vì con bé đeo kính." → "The classmates my daughter's class because the
child wears glasses.", "Đừng trêu em nữa!" → "Don't dancing me!"; "My son is often teased by his classmates." → "Con
trai tôi thường uống trà bởi những người bạn cùng lớp của mình." (drinks tea), "Stop teasing your sister!" → "Hãy ngưng
uống trà!".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) praised ("được cô giáo khen") or told off ("bị
cô giáo mắng") by the teacher, or the teacher ("cô giáo", "thầy giáo", "giáo viên"; "the teacher", written "cô giáo")
praising, telling off or calling in ("mời … lên trường") whom (mt.hobbies.WHOM, WHOM_EN): done, just ("vừa"), often
("hay", "thường"), always ("luôn", "lúc nào cũng"), asked ("có … không?"); who bullied ("bị bắt nạt", at school or not:
now, before, often, asked; plain "bị bắt nạt" only with "ở trường", "is being bullied"), cheating ("quay cóp", "gian
lận") in a test or an exam (which must be said), caught doing it; suspended ("bị đình chỉ học", for a span) or expelled
("bị đuổi học"); given detention ("bị phạt ở lại sau giờ học"), made to stand in the corner ("bị phạt đứng góc lớp"); a
good or excellent student ("học sinh giỏi", "xuất sắc"), one of the best in their class; always or often in trouble at
school; one's parents called in ("bị mời phụ huynh", by a pronoun); who teased ("bị (bạn, bạn cùng lớp) trêu (chọc)", as
bullied: now, before, a near day behind, often, asked), the other kids ("các bạn khác", "bạn bè") or classmates teasing
whom, often or for wearing glasses ("vì nó đeo kính": he or she told); "Đừng trêu em gái (nữa)!". Left: teased plain
with no "ở trường" (now, or once?), "Các bạn trêu …" ("các bạn": you?), a child's "nó" with no son or daughter said,
"bạn", "bạn bè", "các bạn khác" of one not said a child or a younger sibling, with no "ở trường" ("Mẹ tôi hay bị bạn
trêu.": her friends, not the other kids), a statement ending "nhỉ" (isn't it?), "Đừng trêu em nữa!" ("em": me?), "your
sister" (older?), "trêu ngươi", "trêu ghẹo", a test or an exam not said ("Anh ấy quay cóp.", "He cheated.": cheating on
a partner?), "gian lận" elsewhere, trouble with no how often ("gặp rắc rối": had
problems, or got into trouble?), "bị phạt" alone (v8 writes "was punished"), days and times, the best in the class
(mt/school_years.py), marks and exams passed (mt/exams.py), homework (mt/homework.py), lying (mt/lies.py).
mt.phrasebook.translate tries these after mt/new_year.py.

    >>> translate("Con tôi được cô giáo khen.", "vi", "en"), translate("He cheated in the test.", "en", "vi")
    ('The teacher praised my child.', 'Anh ấy đã quay cóp trong giờ kiểm tra.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .ever import OBJECTS
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .numbers import EN_TO_VI, VI_TO_EN
from .people import YOUNG_KIN
from .terms import WHOSE_VI, his_her
from .text import (ASKED_END, BE_EN, EN_OBJECT, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised,
                   contracted, keyed)
from .workdays import UNITS, UNITS_VI

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giáo|bắt\s+nạt|quay\s+cóp|gian\s+lận|đình\s+chỉ|đuổi\s+học|phạt|học\s+sinh|rắc\s+rối|"
                    r"phụ\s+huynh|trêu)"),
         "en": lazy(r"(?i:teacher|bullied|cheat|suspended|expelled|detention|corner|student|best\s+in|trouble|"
                    r"called\s+in|teas)")}

# (act, how, English, Vietnamese): {S} who, {O} whom, {T} the teacher; vi→en writes the first English of an act and how
_SAID = [
    ("praised", "", "{T} praised {O}.", "Cô giáo khen {O}."),
    ("praised", "just", "{T} has just praised {O}.", "Cô giáo vừa khen {O}."),
    ("praised", "often", "{T} often praises {O}.", "Cô giáo hay khen {O}."),
    ("praised", "always", "{T} always praises {O}.", "Cô giáo luôn khen {O}."),
    ("praised", "asked", "Did {T} praise {O}?", "Cô giáo có khen {O} không?"),
    ("praised", "", "{S} {was/got} praised by {T}.", "{S} được cô giáo khen."),
    ("told_off", "", "{T} told {O} off.", "Cô giáo mắng {O}."),
    ("told_off", "just", "{T} has just told {O} off.", "Cô giáo vừa mắng {O}."),
    ("told_off", "often", "{T} often tells {O} off.", "Cô giáo hay mắng {O}."),
    ("told_off", "always", "{T} is always telling {O} off.", "Cô giáo lúc nào cũng mắng {O}."),
    ("told_off", "asked", "Did {T} tell {O} off?", "Cô giáo có mắng {O} không?"),
    ("told_off", "", "{S} {was/got} told off by {T}.", "{S} bị cô giáo mắng."),
    ("told_off", "often", "{S} often {gets} told off by {T}.", "{S} hay bị cô giáo mắng."),
    ("called", "", "{T} called {O} in.", "Cô giáo mời {O} lên trường."),
    ("called", "asked", "Did {T} call {O} in?", "Cô giáo có mời {O} lên trường không?"),
    ("bullied", "now", "{S} {be} being bullied{at}.", "{S} đang bị bắt nạt{at}."),
    ("bullied", "past", "{S} {was} bullied{at}.", "{S} đã bị bắt nạt{at}."),
    ("bullied", "often", "{S} often {gets} bullied{at}.", "{S} hay bị bắt nạt{at}."),
    ("bullied", "asked", "{Be} {S} being bullied{at}?", "{S} có bị bắt nạt{at} không?"),
    ("cheated", "past", "{S} cheated{where}.", "{S} đã {cheat}{where}."),
    ("cheated", "caught", "{S} {was/got} caught cheating{where}.", "{S} bị bắt quả tang {cheat}{where}."),
    ("cheated", "often", "{S} often {cheats}{wheres}.", "{S} hay {cheat}{wheres}."),
    ("cheated", "asked", "Did {S} cheat{where}?", "{S} có {cheat}{where} không?"),
    ("suspended", "", "{S} {was/got} {out} from school{for}.", "{S} bị {out}{for}."),
    ("suspended", "just", "{S} {has} just been {out} from school{for}.", "{S} vừa bị {out}{for}."),
    ("suspended", "asked", "{Was} {S} {out} from school?", "{S} có bị {out} không?"),
    ("detention", "", "{S} got detention.", "{S} bị phạt ở lại sau giờ học."),
    ("detention", "", "{S} got a detention.", "{S} bị phạt ở lại sau giờ học."),
    ("detention", "often", "{S} often {gets} detention.", "{S} hay bị phạt ở lại sau giờ học."),
    ("detention", "asked", "Did {S} get detention?", "{S} có bị phạt ở lại sau giờ học không?"),
    ("corner", "", "{S} {was} made to stand in the corner.", "{S} bị phạt đứng góc lớp."),
    ("corner", "often", "{S} {be} often made to stand in the corner.", "{S} hay bị phạt đứng góc lớp."),
    ("corner", "asked", "{Was} {S} made to stand in the corner?", "{S} có bị phạt đứng góc lớp không?"),
    ("student", "", "{S} {be} {good}.", "{S} là học sinh {good}."),
    ("best", "", "{S} {be} one of the best students in {own} class.", "{S} là một trong những học sinh giỏi nhất lớp."),
    ("best", "", "{S} {be} one of the best in {own} class.", "{S} là một trong những học sinh giỏi nhất lớp."),
    ("trouble", "always", "{S} {be} always in trouble at school.", "{S} lúc nào cũng gặp rắc rối ở trường."),
    ("trouble", "often", "{S} often {gets} into trouble at school.", "{S} hay gặp rắc rối ở trường."),
    ("teased", "now", "{S} {be} being teased{by}{at}.", "{S} đang bị {by}trêu{at}."),
    ("teased", "past", "{S} {was} teased{by}{at}.", "{S} đã bị {by}trêu{at}."),
    ("teased", "day", "{S} {was} teased{by}{at} {day}.", "{Day} {S} bị {by}trêu{at}."),
    ("teased", "often", "{S} often {gets} teased{by}{at}.", "{S} hay bị {by}trêu{at}."),
    ("teased", "often", "{S} {be} often teased{by}{at}.", "{S} hay bị {by}trêu{at}."),
    ("teased", "", "{S} {gets} teased{by}{at}.", "{S} bị {by}trêu{at}."),
    ("teased", "asked", "{Be} {S} being teased{by}{at}?", "{S} có bị {by}trêu{at} không?"),
    ("parents", "", "{Own} parents were called in.", "{S} bị mời phụ huynh."),
    ("parents", "", "{Own} parents were called in to school.", "{S} bị mời phụ huynh."),
    ("parents", "asked", "Were {own} parents called in?", "{S} có bị mời phụ huynh không?"),
]
_WRITTEN = {(act, how): en for act, how, en, _ in reversed(_SAID)}  # (reversed: the first of an act and how wins)

# how it is said before the verb in Vietnamese ("đã": see _written)
_HOW = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "hay": "often", "thường": "often",
        "thường xuyên": "often", "luôn": "always", "luôn luôn": "always", "lúc nào cũng": "always", "đang": "now"}
# a test or an exam, cheated in; English says which, and Vietnamese "quay cóp" (copying) in a test, "gian lận" in exams
_WHERE = {**{f"{at} kiểm tra": "test" for at in ("trong giờ", "trong bài", "khi làm bài", "lúc làm bài", "khi")},
          **{f"{at} thi": "exam" for at in ("trong giờ", "trong kỳ", "trong kì", "trong phòng", "trong bài", "khi")},
          "lúc thi": "exam", "khi làm bài thi": "exam", "trong thi cử": "exam"}
_WHERE_VI = {"test": ("quay cóp", " trong giờ kiểm tra", " trong giờ kiểm tra"),
             "exam": ("gian lận", " trong kỳ thi", " trong thi cử")}  # (the verb, one, as a habit)
_OUT = {"đình chỉ học": "suspended", "đuổi học": "expelled"}
_OUT_VI = {en: vi for vi, en in _OUT.items()}
_GOOD = {"giỏi": "good", "xuất sắc": "excellent"}
_GOOD_VI = {"good": "giỏi", "top": "giỏi", "excellent": "xuất sắc"}
_TEACHER = r"(?i:cô\s+giáo|thầy\s+giáo|giáo\s+viên)"
_SPAN = rf"\s+(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>{alternatives(UNITS)})"
_ASPECT = rf"(?:(?P<ask>có)\s+)?(?:(?P<how>{alternatives(_HOW)})\s+)?"
# what is said of who in Vietnamese, after who and how ("Con tôi hay bị cô giáo mắng.")
_DONE_VI = {
    "praised": rf"được\s+{_TEACHER}\s+khen(?:\s+ngợi)?",
    "told_off": rf"bị\s+{_TEACHER}\s+(?:la\s+)?mắng",
    "bullied": r"bị\s+bắt\s+nạt(?P<at>\s+ở\s+trường)?",
    "cheated": rf"(?P<caught>bị\s+bắt\s+(?:quả\s+tang\s+)?(?:đang\s+)?)?(?:quay\s+cóp|gian\s+lận)\s+"
               rf"(?P<where>{alternatives(_WHERE)})",
    "suspended": rf"bị\s+(?P<out>{alternatives(_OUT)})(?:{_SPAN})?",
    "detention": r"bị\s+phạt\s+ở\s+lại\s+sau\s+giờ(?:\s+học)?",  # ("ở lại lớp" alone: held back a year)
    "corner": r"bị\s+phạt\s+đứng\s+(?:ở\s+)?góc\s+lớp",
    "student": rf"là\s+(?:một\s+)?học\s+sinh\s+(?P<good>{alternatives(_GOOD)})",
    "best": r"là\s+một\s+trong\s+(?:số\s+)?(?:những|các)\s+học\s+sinh\s+giỏi\s+nhất\s+(?:trong\s+)?lớp",
    "trouble": r"gặp\s+rắc\s+rối\s+ở\s+trường",
    "parents": r"bị\s+mời\s+phụ\s+huynh"}
# teased by whom: the other kids, or classmates; "trêu" or "trêu chọc" alone ("trêu ngươi", "trêu tức": other things)
_BY = {"bạn": "kids", "các bạn": "kids", "các bạn khác": "kids", "bạn bè": "kids", "bạn cùng lớp": "class",
       "các bạn cùng lớp": "class", "bạn bè cùng lớp": "class", "bạn học": "class", "các bạn trong lớp": "class"}
_TEASE = r"trêu(?:\s+chọc)?"
_DONE_VI["teased"] = rf"bị\s+(?:(?P<by>{alternatives(_BY)})\s+)?{_TEASE}(?P<at>\s+ở\s+trường)?"
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "hôm nay", "sáng nay", "chiều nay")  # (teased then: past)
_DAYS_VI = {en: vi for vi, en in _DAYS.items()}
_DONE = {act: lazy(rf"(?P<subj>{WHO})\s+{_ASPECT}{said}{ASKED_END}") for act, said in _DONE_VI.items()}
_DONE["teased"] = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?(?P<subj>{WHO})\s+{_ASPECT}"
                      rf"{_DONE_VI['teased']}{ASKED_END}")  # ("Hôm qua con tôi bị bạn trêu.": past)
# classmates teasing someone ("các bạn" alone may be "you"); said of a child, "nó", "cháu", "con bé" is it
_AGENTS = {k: v for k, v in _BY.items() if k not in ("bạn", "các bạn", "bạn học")}
_ITS = {"nó": "", "cháu": "", "con bé": "she", "thằng bé": "he"}
_TEASING = lazy(rf"(?P<agent>(?i:{alternatives(_AGENTS)}))\s+(?:(?P<how>hay|thường(?:\s+xuyên)?)\s+)?{_TEASE}\s+"
                rf"{WHOM}(?P<at>\s+ở\s+trường)?(?:\s+vì\s+(?:(?P<it>\w+(?:\s+(?:ấy|bé))?)\s+)?(?P<glasses>đeo\s+"
                rf"kính(?:\s+cận)?))?{SOFTENED_END}")
_TEASING_EN = lazy(rf"(?:(?P<kids>(?i:the)\s+other\s+(?:kids|children))|(?P<cown>(?i:my|your|his|her|our|their))"
                   rf"\s+classmates)\s+(?:(?P<often>often)\s+)?tease\s+{WHOM_EN}(?P<at>\s+at\s+school)?(?:\s+because"
                   r"\s+(?P<it>I|you|he|she|we|they)\s+(?P<wear>wears?)\s+glasses)?\s*(?P<end>[.!]*)")
# "Đừng trêu em gái nữa!": a parent to a child, the child's little sister ("Đừng trêu em nữa!" may be "me": left)
_STOP = lazy(rf"[Đđ]ừng\s+{_TEASE}\s+(?:(?P<sib>em\s+(?:gái|trai))|{WHOM})(?P<more>\s+nữa)?(?:\s+nhé)?\s*"
             r"(?P<end>[.!]*)")
_STOP_EN = lazy(rf"(?:(?P<more>Stop)\s+teasing|(?:Don['’]t|Do\s+not)\s+tease)\s+(?:your\s+(?:little|younger)\s+"
                rf"(?P<sib>sister|brother)|{WHOM_EN})\s*(?P<end>[.!]*)")
_SIB = {"em gái": "sister", "em trai": "brother"}
_SIBLING_EN = lazy(r"(?i)(?:my|your|his|her|our|their)\s+(?:sister|brother)\Z")  # (older or younger?)
# the teacher doing it ("Cô giáo mắng con tôi.", "Cô giáo mời tôi lên trường.")
_TEACHER_DID = lazy(rf"{_TEACHER}\s+{_ASPECT}(?:(?P<praised>khen(?:\s+ngợi)?)|(?P<told_off>(?:la\s+)?mắng)|"
                    rf"(?P<called>mời|gọi))\s+{WHOM}(?(called)\s+(?:lên|đến|tới)\s+trường|){ASKED_END}")

# ... and in English, each of _SAID's a pattern: its slots, then its words as they are
_SLOTS_EN = {
    "{S}": WHO_EN, "{O}": WHOM_EN, " {be}": BE_EN, "{Be}": r"(?P<be>Is|Are|Am)", "{was}": r"(?P<was>was|were)",
    "{was/got}": r"(?:(?P<was>was|were)|got)", "{Was}": r"(?P<was>Was|Were)", "{out}": r"(?P<out>suspended|expelled)",
    " {has}": r"(?P<has>\s+has|\s+have|['’]s|['’]ve)", "{gets}": r"(?P<verb>gets?)", "{cheats}": r"(?P<verb>cheats?)",
    "{T}": r"(?P<t>(?i:the|my|your|his|her|our|their))\s+teacher", "{at}": r"(?P<at>\s+at\s+school)?",
    "{where}": r"\s+(?:in|on)\s+the\s+(?P<where>test|exam)", "{wheres}": r"\s+in\s+(?P<where>test|exam)s",
    "{for}": rf"(?:\s+for\s+(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<unit>(?:day|week|month)s?))?",
    "{own}": r"(?P<own>my|your|his|her|our|their)", "{Own}": r"(?P<own>(?i:my|your|his|her|our|their))",
    "{good}": r"(?P<a>an?\s+)?(?P<good>good|top|excellent)\s+(?P<student>students?)",
    "{by}": r"(?:\s+by\s+(?:(?P<kids>(?:the\s+)?other\s+(?:kids|children))|(?:(?P<cown>(?i:the|my|your|his|her|our|"
            r"their))\s+)?(?P<mates>classmates)))?",
    " {day}": rf"\s+(?P<day>{alternatives(_DAYS_VI)})"}
_SLOT = "|".join(map(re.escape, _SLOTS_EN))


def _pattern(english: str) -> str:
    """A regex for an English sentence of _SAID: its slots as _SLOTS_EN reads them, its words with any spaces between
    them, its "." any full stop or none, its "?" one or more."""
    body, end = english[:-1], english[-1]
    parts = [_SLOTS_EN[p] if i % 2 else r"\s+".join(map(re.escape, p.split(" "))) for i, p in
             enumerate(re.split(f"({_SLOT})", body))]
    return "".join(parts) + (r"\s*(?P<end>[.!]*)" if end == "." else r"\s*\?+")


_SAID_EN = [(act, how, lazy(_pattern(en)), vi) for act, how, en, vi in _SAID]


@key_checked(_KEYS)  # (a statement ending "nhỉ" asks agreement: "…, doesn't she?")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks a child at school was praised, told off, bullied, caught
    cheating, punished, suspended, teased, or is a good student or always in trouble; None for any other."""
    text = " ".join(text.split())
    if src == "vi":
        return _done(text) or _teacher_did(text) or _teasing(text) or _stop(text)
    return _english(text) or _teasing_en(text) or _stop_en(text)


def _how(m: re.Match) -> str | None:
    """How a Vietnamese match says it: "" done, "past" ("đã"), "just", "often", "always", "now", "asked", "asked now"
    ("có đang … không?"); None where "có", "không" and "?" do not go together."""
    asked = bool(m["ask"])
    if asked != bool(m["asked"]) or asked != ("?" in m["end"]):
        return None
    how = _HOW[keyed(m["how"])] if m["how"] else ""
    return {"": "asked", "now": "asked now"}.get(how) if asked else how


def _written(act: str, how: str | None) -> str | None:
    """The English vi→en writes for an act said so, "done" standing for "before" ("đã") where the act has none and
    is a thing done ("Cô ấy đã là học sinh giỏi." is left: was she, or has she become?)."""
    if how is None:
        return None
    done = how == "past" and act not in ("student", "best", "trouble")
    return _WRITTEN.get((act, how)) or (_WRITTEN.get((act, "")) if done else None)


def _english_said(template: str, who_en: str, **slots: str) -> str:
    """An English sentence of _SAID, its verbs agreeing with who (`who_en`), a pronoun contracted ("She's …")."""
    is_ = be(who_en)
    one, was = is_ == "is", "were" if is_ == "are" else "was"
    forms = {"be": is_, "Be": is_.capitalize(), "was": was, "was/got": was, "Was": was.capitalize(), "T": "the teacher",
             "has": "has" if one else "have", "gets": "gets" if one else "get", "cheats": "cheats" if one else "cheat"}
    if template.startswith("{S} "):
        return capitalised(contracted(who_en, template[4:].format(**forms, **slots)))
    return capitalised(template.format(S=who_en, **forms, **slots))


def _span_en(m: re.Match) -> str:
    """How long someone is suspended for, in English: " for a week", " for three days"; "" for none said."""
    if not m["n"]:
        return ""
    n, unit = keyed(m["n"]), UNITS[keyed(m["unit"])]
    return f" for a {unit}" if n in ("một", "1") else f" for {VI_TO_EN.get(n, n)} {unit}s"


def _done(text: str) -> str | None:
    """"Con tôi được cô giáo khen." as "The teacher praised my child." (_DONE); None for anything else."""
    act, m = next(((act, m) for act, p in _DONE.items() if (m := p.fullmatch(text))), (None, None))
    how = m and _how(m)
    said = m and how is not None and who(m, how == "asked")
    if not said:
        return None
    who_en, groups = said[0], m.groupdict()
    if act == "teased" and (animal(m) or groups["day"] and how not in ("", "past")):
        return None  # (a pet teased by classmates; "Hôm qua … có bị …?", "Hôm qua … hay …")
    if act == "teased" and keyed(m["by"] or "") in ("bạn", "các bạn") and (how.startswith("asked") or who_en in (
            "I", "you", "we")):
        return None  # ("Tôi bị bạn trêu.", "Con tôi có bị bạn trêu không?": by you?)
    if act == "teased" and _BY.get(keyed(m["by"] or "")) == "kids" and not (m["at"] or _young(m)):
        return None  # ("Mẹ tôi hay bị bạn bè trêu.", "Anh ấy hay bị bạn trêu.": a grown-up's friends, not kids)
    how = "day" if act == "teased" and groups["day"] else how
    if act in ("bullied", "teased") and how in ("", "asked now"):
        how = "asked" if how else "now" if m["at"] else None  # ("bị bắt nạt" alone: now, or once?)
    if act == "cheated" and m["caught"]:
        how = "caught" if how in ("", "past") else None
    elif act == "cheated" and how == "":
        how = "past"
    template = _written(act, how)
    if template is None:
        return None
    where = _WHERE.get(keyed(groups.get("where") or ""), "")
    slots = {"O": EN_OBJECT.get(who_en, who_en), "at": " at school" if groups.get("at") else "",
             "where": f" in the {where}", "wheres": f" in {where}s", "for": ""}
    if act == "teased":
        by, own = _BY.get(keyed(m["by"] or "")), whose_own(m, who_en)  # (a name's classmates: "by classmates")
        slots["by"] = {"kids": " by the other kids", "class": f" by {own + ' ' if own else ''}classmates"}.get(by, "")
        slots["day"] = _DAYS.get(keyed(m["day"] or ""), "")
    elif act == "suspended":
        slots |= {"out": _OUT[keyed(m["out"])], "for": _span_en(m)}
        if slots["out"] == "expelled" and slots["for"]:
            return None
    elif act == "student":
        many, good = be(who_en) == "are" and who_en != "you", _GOOD[keyed(m["good"])]
        slots["good"] = f"{good} students" if many else f"{'an' if good[0] in 'aeiou' else 'a'} {good} student"
    elif act == "best":
        own = WHOSE_OF.get(who_en.lower()) or his_her(m["subj"])
        if own is None or be(who_en) == "are" and who_en != "you":
            return None  # (a name: his or her class?; "they": among the best)
        slots["own"] = own
    elif act == "parents":
        if not m["who"]:
            return None  # ("Con tôi bị mời phụ huynh.": the speaker called in, about their child)
        slots["own"] = slots["Own"] = WHOSE_OF[who_en.lower()]
    return _english_said(template, who_en, **slots)


def _teacher_did(text: str) -> str | None:
    """"Cô giáo mời tôi lên trường." as "The teacher called me in." (_TEACHER_DID); None for anything else."""
    m = _TEACHER_DID.fullmatch(text)
    how = m and _how(m)
    whom = m and how is not None and as_whom(m["whom"], "vi")
    if not whom:
        return None
    act = next(act for act in ("praised", "told_off", "called") if m[act])
    template = _written(act, how)
    return template and _english_said(template, "the teacher", O=whom)


def _own(pronoun: str, said_vi: str) -> set[str]:
    """The words for one's own that go with someone (`pronoun` as English said it, "" for none; `said_vi` in
    Vietnamese): "the", and "my" for "I" or "me", "his" for "my son", "his" or "her" for a name or "my friend"."""
    pronoun = {obj.lower(): who_.lower() for who_, obj in EN_OBJECT.items()}.get(pronoun.lower(), pronoun.lower())
    if pronoun in WHOSE_OF:
        return {"the", WHOSE_OF[pronoun]}
    own = his_her(said_vi)
    return {"the", own} if own else {"the", "his", "her"}


def _agrees(m: re.Match, one: bool, is_: str) -> bool:
    """Whether the verbs of a match of _SAID_EN ("is", "was", "has", "gets") agree with who (`one`; `is_` of be_of)."""
    said = {k: keyed(v).replace("’", "'") for k, v in m.groupdict().items() if k in ("be", "was", "has", "verb") and v}
    be_ = {"'s": "is", "'m": "am", "'re": "are"}.get(said.get("be"), said.get("be"))
    return (be_ in (None, is_) and said.get("was") in (None, "was" if is_ != "are" else "were") and
            said.get("has") in (None, *(("has", "'s") if one else ("have", "'ve"))) and
            said.get("verb", "s" if one else "").endswith("s") == one)


def _english(text: str) -> str | None:
    """"The teacher praised my son." as "Cô giáo khen con trai tôi." (_SAID_EN); None for anything else, and where a
    verb does not agree with who, or the teacher, the class or the parents are another's."""
    act, m, vi = next(((act, m, vi) for act, _, p, vi in _SAID_EN if (m := p.fullmatch(text))), (None, None, None))
    if not m:
        return None
    groups = m.groupdict()
    said, one = who_vi(m) if groups.get("kin") or groups.get("who") or groups.get("given") else ("", True)
    if said and not _agrees(m, one, be_of(said, one)):
        return None
    whom, pronoun = as_whom(m["whom"], "en") if groups.get("whom") else "", groups.get("who") or ""
    if whom is None or groups.get("t") and m["t"].lower() not in (
            _own(m["whom"], whom) if whom else _own(pronoun, said)):
        return None  # ("Her teacher praised him.")
    slots = {"S": said, "O": whom, "at": " ở trường" if groups.get("at") else "", "for": ""}
    if act == "teased":
        if animal(m) or groups["cown"] and m["cown"].lower() not in _own(pronoun, said):
            return None  # ("My dog gets teased …", "My son is teased by her classmates.")
        slots["by"] = "các bạn khác " if m["kids"] else "bạn cùng lớp " if m["mates"] else ""
        slots["Day"] = _DAYS_VI.get((groups.get("day") or "").lower(), "")
    elif act == "cheated":
        slots["cheat"], slots["where"], slots["wheres"] = _WHERE_VI[m["where"]]
    elif act == "suspended":
        slots["out"] = _OUT_VI[m["out"]]
        if span := groups.get("n"):  # (the asked sentence has no span: "Was he suspended from school?")
            n, unit = span.lower(), m["unit"].lower()
            if slots["out"] == "đuổi học" or (n in ("a", "an", "one")) == unit.endswith("s"):
                return None  # ("expelled for a week", "for a weeks", "for two week")
            slots["for"] = f" {EN_TO_VI.get(n, 'một' if n in ('a', 'an') else n)} {UNITS_VI[unit.rstrip('s')]}"
    elif act == "student":
        many = be_of(said, one) == "are" and said != "bạn"
        if bool(m["a"]) == many or m["student"].endswith("s") != many:
            return None  # ("She's good student.", "They're a good student.")
        slots["good"] = _GOOD_VI[m["good"]]
    elif act == "best":
        if m["own"] not in _own(pronoun, said) - {"the"} or be_of(said, one) == "are" and said != "bạn":
            return None  # ("She's one of the best in his class.", "They're one of …")
    elif act == "parents":
        slots["S"] = WHOSE_VI[m["own"].lower()]
    return capitalised(vi.format(**slots))


def _young(m: re.Match) -> bool:
    """Whether who of a match of WHO is said young ("con tôi", "em trai tôi"): their "bạn bè" are "the other kids"."""
    return not animal(m) and keyed(m["kin"] or "") in YOUNG_KIN


def _he_she(said_vi: str) -> tuple[str, ...]:
    """Who someone said in Vietnamese (whom) is again in English: ("I",) for "tôi", ("he",) for "con trai tôi", ("he",
    "she") for "con tôi" or a name; () for kin not young ("nó" of "mẹ tôi" is rude) and for a pet."""
    if keyed(said_vi) in OBJECTS:
        return ({obj: who_ for who_, obj in EN_OBJECT.items()}[OBJECTS[keyed(said_vi)]],)
    m = re.fullmatch(WHO, said_vi)
    if not m or animal(m) or not (m["given"] or keyed(m["kin"] or "") in YOUNG_KIN):
        return ()
    own = whose_own(m, "")
    return ({"his": "he", "her": "she"}[own],) if own else ("he", "she")


def _teasing(text: str) -> str | None:
    """"Bạn bè hay trêu con tôi." as "The other kids often tease my child." (_TEASING); None for any other."""
    m = _TEASING.fullmatch(text)
    whom = m and as_whom(m["whom"], "vi")
    if not whom or "?" in m["end"] or not (m["how"] or m["glasses"]):
        return None
    its, it = _he_she(m["whom"]), keyed(m["it"] or "")
    if it and keyed(m["whom"]) in OBJECTS:
        its = its if it == keyed(m["whom"]) else ()  # ("trêu anh ấy vì anh ấy đeo kính")
    elif it:
        its = tuple(p for p in its if _ITS.get(it) in ("", p))  # ("con tôi … con bé": she; "nó": he or she)
    kids = _BY[keyed(m["agent"])] == "kids"
    if not its or len(its) > 1 and (m["glasses"] or not kids):
        return None  # (a pet; "con tôi … vì nó đeo kính", a name's classmates: his or hers?)
    if kids and not m["at"] and not ((young := re.fullmatch(WHO, m["whom"])) and _young(young)):
        return None  # ("Bạn bè hay trêu tôi.": a grown-up's friends, not kids)
    agent = "The other kids" if kids else f"{EN_WHOSE[its[0]].capitalize()} classmates"
    because = f" because {its[0]} {'wears' if its[0] in ('he', 'she') else 'wear'} glasses" if m["glasses"] else ""
    return f"{agent} {'often ' * bool(m['how'])}tease {whom}{' at school' * bool(m['at'])}{because}."


def _teasing_en(text: str) -> str | None:
    """"Her classmates tease my daughter because she wears glasses." as "Các bạn cùng lớp trêu con gái tôi vì nó đeo
    kính." (_TEASING_EN); None for anything else, and where the classmates, he or she, or "wear" disagree with whom."""
    m = _TEASING_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    its = _he_she(whom) if whom else ()
    it = m and (m["it"] or "").lower().replace("i", "I")
    if not its or it and (it not in its or m["wear"].endswith("s") != (it in ("he", "she"))):
        return None  # (a pet; "my son … she", "he wear")
    if m["cown"] and m["cown"].lower() not in {EN_WHOSE[p] for p in its}:
        return None  # ("My classmates tease my son.")
    agent = "Các bạn khác" if m["kids"] else "Các bạn cùng lớp"
    named = (said := re.fullmatch(WHO, whom)) and said["given"]  # (a name again: "nó" of a grown-up is rude)
    because = f" vì {whom if keyed(whom) in OBJECTS or named else 'nó'} đeo kính" if it else ""
    return f"{agent} {'hay ' * bool(m['often'])}trêu {whom}{' ở trường' * bool(m['at'])}{because}."


def _stop(text: str) -> str | None:
    """"Đừng trêu em gái nữa!" as "Stop teasing your little sister!" (_STOP); None for anything else ("em": me?)."""
    m = _STOP.fullmatch(text)
    whom = m and (f"your little {_SIB[keyed(m['sib'])]}" if m["sib"] else as_whom(m["whom"], "vi"))
    if not whom or whom == "you":
        return None
    said = "Stop teasing" if m["more"] else "Don't tease"
    return f"{said} {whom}{m['end'][:1] or '.'}"


def _stop_en(text: str) -> str | None:
    """"Stop teasing your little sister!" as "Đừng trêu em gái nữa!" (_STOP_EN); None for any other ("my sister")."""
    m = _STOP_EN.fullmatch(text)
    whom = m and (f"em {'gái' if m['sib'] == 'sister' else 'trai'}" if m["sib"] else as_whom(m["whom"], "en"))
    if not whom or whom == "bạn" or m["whom"] and _SIBLING_EN.search(m["whom"]):
        return None  # ("you"; "my sister": older or younger?)
    return f"Đừng trêu {whom}{' nữa' * bool(m['more'])}{m['end'][:1] or '.'}"
