"""Sentences about someone, of a known shape, translated whole by rule: their name as they are introduced, their work
and where they work, their age, an age reached and how much older or younger they are than another (said or asked),
their height and weight, their school, being retired, their hometown and room number, and what they do, how old they
are, when they were born and where they come from, asked; both ways where v6 gets the other way wrong ("Tôi tên là Nam."
→ "I named it.", "Tôi làm kỹ sư." → "I do engineers.", "Con gái tôi năm tuổi." → "My daughter five years old."; "She
works as a nurse." → "Cô ấy làm việc như một y tá.").

Taken of parents and grandparents too, with whose (PARENTS_WHOSE: "bố mẹ tôi", "ông bà bạn"; "of you" asked, "Bố mẹ
anh"), the verb plural: their work, age and hometown asked (v8: "Bố mẹ bạn quê ở đâu?" → "Where are your parents home?",
"Ông bà bạn năm nay bao nhiêu tuổi rồi?" → "How old are you this year old?"; not the year they were born, nor a grade),
their hometown said, where they work, said or asked (v8: "Bố mẹ bạn làm ở đâu?" → "Where did you work?"), being retired,
from Vietnamese (the same work both ways). "Where are your parents from?" is left to the model (v8 "Bố mẹ của bạn ở
đâu?", where they are), as is "Where are you from?" for anyone but "you" (the phrase list's). mt.phrasebook.translate
tries them after mt/patterns.py.

    >>> translate("Bố tôi làm nông dân.", "vi", "en"), translate("My daughter is five years old.", "en", "vi")
    ('My father is a farmer.', 'Con gái tôi năm tuổi.')
"""
from __future__ import annotations

import re

from . import names, spans, terms
from .dates import VI_HOURS, near_days
from .glossary import HINT, Match
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_NUMBER_WORDS, VI_TO_EN
from .patterns import a_place
from .text import (EN_OBJECT, EN_OBJECT_VI, EN_WHO_VI, EN_WHOSE, SOFTENER, alternatives, be, capitalised, contracted,
                   keyed, regular_plural, strip_marks)


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of one of these shapes, else None."""
    rules = (_named, _works_as, _same_job, _asked, _hometown, _works_at_place, _works_where, _aged, _age_gap,
             _age_gap_asked, _turning, _measured, _measured_vi, _at_school, _retired, _room, _stays)
    return next((said for rule in rules if (said := rule(text, src, tgt))), None)


# someone's name, as they are introduced (v6: "Tôi tên là Nam." → "I named it.", "Bạn tôi tên là Hải." → "My name
# is Hair.", "Anh ấy tên là Đông." → "He named East."; shown the name as English writes it, mt.names.called, "I
# named Nam.", "You're name Hai."): for who of terms.OWNERS, or one of these with whose after it
NAMED_WHO = {"bạn": "friend", "em gái": "sister", "chị gái": "sister", "em trai": "younger brother",
              "anh trai": "brother", "em": "younger sibling", "con": "child", "con gái": "daughter", "con trai": "son",
              "vợ": "wife", "chồng": "husband", "mẹ": "mother", "bố": "father", "ba": "father", "con chó": "dog",
              "con mèo": "cat", "ông": "grandfather", "bà": "grandmother",
              # (stop 64: the side of the family said, which every rule passed over; v8: "Bà ngoại tôi bị lãng tai."
              # → "She was was was romantic.", "Ông nội tôi đã mất năm ngoái." → "My internal grandfather died …")
              "ông nội": "grandfather", "ông ngoại": "grandfather", "bà nội": "grandmother", "bà ngoại": "grandmother",
              # (stop 51; v7: "Anh tôi là kỹ sư." → "I'm an engineer.", "Chị tôi sống ở Sài Gòn." → "She lived in
              # Saigon.", "Anh họ tôi là bác sĩ." → "My brother is a doctor.")
              "anh": "brother", "chị": "sister", "anh họ": "cousin", "chị họ": "cousin", "em họ": "cousin",
              # (stop 52; v7: "Bạn trai tôi là bác sĩ." → "My younger brother is a doctor.", "Đồng nghiệp tôi thích đọc
              # sách." → …)
              "bạn trai": "boyfriend", "bạn gái": "girlfriend", "bạn thân": "best friend", "đồng nghiệp": "colleague",
              "hàng xóm": "neighbour", "sếp": "boss", "bạn cùng lớp": "classmate", "bạn cùng phòng": "roommate",
              # (stop 66: a father's younger brother, a mother's sister; every rule left them to the model: "Chú tôi
              # bị đau lưng."; English writes "uncle" and "aunt" back so. "Bác" (either sex) is left)
              "chú": "uncle", "dì": "aunt",
              # (stop 67: a father's sister, a mother's brother, read as kin only where KIN_WORDS takes them; v8:
              # "Cô tôi là giáo viên." → "My teacher is a teacher.", "Cậu tôi đã mất năm ngoái." → "We lost last
              # year."; English "uncle" and "aunt" are written back "chú" and "dì", the words above)
              "cô": "aunt", "cậu": "uncle"}
# "cô" and "cậu" before "bạn" or "họ" are not kin with whose: "cô bạn tôi" is my (girl) friend, "cậu bạn" a boy,
# as often as your aunt or uncle, and "cô họ" a parent's cousin
_NOT_BEFORE = dict.fromkeys(("cô", "cậu"), r"(?!\s+(?:bạn|họ)(?!\w))")


def kin_alternatives(words) -> str:
    """alternatives(words) for words of kinship that whose follows, "cô" and "cậu" not before "bạn" or "họ"."""
    return "|".join(alternatives([w]) + _NOT_BEFORE.get(w, "") for w in sorted(words, key=len, reverse=True))


KIN_WORDS = kin_alternatives(NAMED_WHO)  # (in a pattern: "mẹ|bố|…|cô(?!…)")
_OWNERS = alternatives(terms.OWNERS)
_WHO_NAMED = rf"(?P<who>(?i:{KIN_WORDS}))\s+(?:của\s+)?(?P<whose>{_OWNERS})"
_NAME_SAID = r"\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*[.!]*"
_NAMED = [lazy(rf"[Tt]ên\s+(?:của\s+)?{_WHO_NAMED}\s+là" + _NAME_SAID),
          lazy(rf"{_WHO_NAMED}\s+tên\s+là" + _NAME_SAID),
          lazy(rf"(?P<own>(?i:{_OWNERS}))\s+tên\s+là" + _NAME_SAID),
          lazy(rf"[Tt]ên\s+(?:của\s+)?(?P<own>{_OWNERS})\s+là" + _NAME_SAID)]
# someone's work, after "làm" ("Tôi làm kỹ sư." → "I do engineers.", "Chị ấy làm y tá ở bệnh viện." → "She made
# nurses in the hospital.", "Bố tôi làm nông dân." → "My father was farming."; "She works as a nurse." → "Cô ấy làm
# việc như một y tá."): for the jobs and workplaces of these lists, who one of _WORKER or of NAMED_WHO and whose
JOBS = {"giáo viên": "teacher", "kỹ sư": "engineer", "kỹ sư phần mềm": "software engineer", "bác sĩ": "doctor",
         "y tá": "nurse", "nông dân": "farmer", "luật sư": "lawyer", "kế toán": "accountant", "đầu bếp": "chef",
         "tài xế": "driver", "tài xế taxi": "taxi driver", "tài xế xe buýt": "bus driver",
         "lập trình viên": "programmer", "công nhân": "worker", "nhà báo": "journalist",
         "hướng dẫn viên du lịch": "tour guide", "hướng dẫn viên": "guide", "nhân viên văn phòng": "office worker",
         "nhân viên ngân hàng": "bank clerk", "cảnh sát": "police officer", "bồi bàn": "waiter",
         "thợ cắt tóc": "hairdresser", "thợ may": "tailor", "kiến trúc sư": "architect", "dược sĩ": "pharmacist",
         "nha sĩ": "dentist", "giáo sư": "professor", "giảng viên": "lecturer", "ca sĩ": "singer",
         "diễn viên": "actor", "thư ký": "secretary", "lễ tân": "receptionist", "quản lý": "manager",
         "giám đốc": "director", "nhân viên bán hàng": "shop assistant", "thợ điện": "electrician",
         "thợ sửa xe": "mechanic", "bác sĩ thú y": "vet", "phi công": "pilot",
         "tiếp viên hàng không": "flight attendant", "bảo vệ": "security guard", "phiên dịch": "interpreter",
         "phiên dịch viên": "interpreter", "nhiếp ảnh gia": "photographer", "sinh viên": "student",
         "học sinh": "student"}
JOBS_VI = {en: vi for vi, en in reversed(JOBS.items())}
WORKPLACES = {"bệnh viện": "a hospital", "trường": "a school", "trường học": "a school", "ngân hàng": "a bank",
              "nhà hàng": "a restaurant", "khách sạn": "a hotel", "công ty": "a company", "nhà máy": "a factory",
              "văn phòng": "an office", "sân bay": "the airport", "trường đại học": "a university"}
_WORKPLACES_VI = {en.split(" ", 1)[1]: vi for vi, en in reversed(WORKPLACES.items())}
# more than one with the same work ("Bố mẹ tôi đều là bác sĩ." → "My parents are a doctor.", "Chúng tôi là sinh
# viên." → "We are a student."; "My parents are both doctors." → "Cha mẹ của tôi đều là cả bác sĩ.")
_MANY = {"chúng tôi": "we", "chúng mình": "we", "bọn tôi": "we", "họ": "they"}
PARENTS = {"bố mẹ": "parents", "cha mẹ": "parents", "ba mẹ": "parents", "ông bà": "grandparents"}
_PARENTS_VI = {en: vi for vi, en in reversed(PARENTS.items())}
# someone's parents or grandparents as who (groups parents and pwhose): "bố mẹ tôi", "ông bà bạn" and in English "my
# parents", "your grandparents"; parents_said says them in the other language (mt/moods.py, mt/quarrels.py,
# mt/at_the_moment.py, mt/work_status.py, mt/worries.py, mt/fed_up.py)
PARENTS_WHOSE = rf"(?P<parents>(?i:{alternatives(PARENTS)}))\s+(?:của\s+)?(?P<pwhose>(?i:{_OWNERS}))"
PARENTS_WHOSE_EN = rf"(?P<pwhose>(?i:{alternatives(terms.WHOSE_VI)}))\s+(?P<parents>(?:grand)?parents)"


def parents_said(m: re.Match, tgt: str) -> str:
    """Parents of a match of PARENTS_WHOSE in English (`tgt` "en": "bố mẹ tôi" as "my parents"), or of
    PARENTS_WHOSE_EN in Vietnamese ("vi": "your grandparents" as "ông bà bạn")."""
    if tgt == "en":
        return f"{terms.OWNERS[keyed(m['pwhose'])]} {PARENTS[keyed(m['parents'])]}"
    return f"{_PARENTS_VI[m['parents'].lower()]} {terms.WHOSE_VI[m['pwhose'].lower()]}"


_WORKER = {"tôi": "I", "mình": "I", "anh ấy": "he", "cô ấy": "she", "chị ấy": "she", "ông ấy": "he", "bà ấy": "she"}
_WORKER_VI = {en.lower(): vi for vi, en in reversed(_WORKER.items())}
KIN_VI = {en: vi for vi, en in reversed(NAMED_WHO.items()) if en != "cousin"} | {  # (a cousin: anh, chị or em họ)
    "little brother": "em trai", "little sister": "em gái", "younger sister": "em gái", "older brother": "anh trai",
    "big brother": "anh trai", "older sister": "chị gái", "big sister": "chị gái", "mum": "mẹ", "mom": "mẹ",
    "dad": "bố", "neighbor": "hàng xóm", "co-worker": "đồng nghiệp", "coworker": "đồng nghiệp"}
# kin who are children ("con tôi": a son or daughter) and, with younger siblings, the young of a family: who is a late
# talker or a picky eater, loses a milk tooth, wears nappies, grows (mt/stammering.py, mt/dentist.py, mt/nappies.py …)
CHILD_KIN, CHILD_KIN_EN = {"con", "con trai", "con gái"}, {"child", "son", "daughter"}
YOUNG_KIN = CHILD_KIN | {"em", "em trai", "em gái"}
YOUNG_KIN_EN = CHILD_KIN_EN | {"younger sibling", "younger brother", "little brother", "younger sister", "little sister"}
_WHO_EN = (r"(?:(?P<worker>I|[Hh]e|[Ss]he)|(?P<whose>[Mm]y|[Hh]is|[Hh]er)\s+"
           rf"(?P<kin>{alternatives(KIN_VI)}))")
_JOBS_PLURAL_VI = {regular_plural(en): vi for en, vi in JOBS_VI.items()}
_SAME_JOB = {("vi", "en"): lazy(rf"(?:(?P<many>(?i:{alternatives(_MANY)}))|(?P<parents>(?i:"
                                rf"{alternatives(PARENTS)}))\s+(?:của\s+)?(?P<their>{_OWNERS}))"
                                r"(?:\s+(?P<both>cả\s+hai))?(?:\s+(?P<all>đều))?\s+(?:là|làm)\s+(?:nghề\s+)?"
                                rf"(?P<job>{alternatives(JOBS)})(?:\s+cả)?\s*(?P<end>[.!]*)"),
             ("en", "vi"): lazy(r"(?:(?P<many>We|They)(?:['’]re|\s+are)|(?P<their>My|Your|His|Her|Our|Their)\s+"
                                r"(?P<parents>parents|grandparents)\s+are)(?:\s+(?P<all>both|all))?\s+"
                                rf"(?P<job>{alternatives(_JOBS_PLURAL_VI)})\s*(?P<end>[.!]*)")}
# ... or "là" before the job, said of someone by name too (v7: "Anh tôi là kỹ sư." → "I'm an engineer.", "Chị tôi là
# y tá." → "My sister is nurse.", "Anh ấy là đầu bếp." → "He's the kitchen head.")
_WORKS_AS = {("vi", "en"): lazy(rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED}|"
                                rf"(?P<given>{alternatives(names.GIVEN)}))"
                                r"(?P<once>\s+(?:đã\s+)?từng)?\s+(?:làm\s+(?:nghề\s+)?|là\s+(?:một\s+)?)"
                                rf"(?P<job>{alternatives(JOBS)})(?:\s+(?:ở|tại)\s+"
                                rf"(?:(?P<place>{alternatives(WORKPLACES)})|"
                                rf"(?P<city>{alternatives(terms.GONE_ONLY)})))?\s*[.!]*"),
             ("en", "vi"): lazy(rf"{_WHO_EN}(?:\s+works?\s+as|(?P<is>\s+is|['’]s|\s+am|['’]m))\s+an?\s+"
                                rf"(?P<job>{alternatives(JOBS_VI)})(?:\s+(?:at|in)\s+"
                                rf"(?:(?:an?|the)\s+(?P<place>{alternatives(_WORKPLACES_VI)})|"
                                rf"(?P<city>{alternatives(terms.GONE_ONLY.values())})))?\s*[.!]*")}
# what someone does for a living, how old they are, the year they were born, where they come from, asked ("Chồng chị
# làm nghề gì?" → "What about the sister works?", "Con bạn mấy tuổi rồi?" → "How old are you?", "Bạn sinh năm bao
# nhiêu?" → "How many years are birth?", "Bạn quê ở đâu?" → "Where do you live?"): who as for _WORKS_AS, or "you"
# by a word of kinship (asked, it is "you"), and kin of "you" ("Chồng chị", your husband)
_YOU_ASKED = "bạn|anh|chị|em|cậu|cô|chú|bác"
_ASKED_ABOUT = {"job": r"(?:hiện\s+(?:đang\s+)?)?làm\s+nghề\s+gì",
                "age": r"(?:năm\s+nay\s+)?(?:mấy|bao\s+nhiêu)\s+tuổi(?:\s+rồi)?",
                "born": r"sinh\s+năm\s+(?:bao\s+nhiêu|nào|mấy)", "home": r"quê\s+ở\s+đâu",
                "grade": r"(?:đang\s+)?học\s+lớp\s+mấy"}
# ... or parents and grandparents, with whose or of "you" ("Bố mẹ anh quê ở đâu?": v8 "Where are your parents home?")
_WHO_ASKED = (rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED}|(?P<kin_asked>(?i:"
              rf"{KIN_WORDS}))\s+(?:của\s+)?(?i:{_YOU_ASKED})|{PARENTS_WHOSE}|"
              rf"(?P<parents_asked>(?i:{alternatives(PARENTS)}))\s+(?:của\s+)?(?i:{_YOU_ASKED})|"
              rf"(?P<you>(?i:{_YOU_ASKED})))")
_ASKED = [lazy(rf"{_WHO_ASKED}\s+(?:{'|'.join(f'(?P<{k}>{v})' for k, v in _ASKED_ABOUT.items())})"
               r"(?:\s+(?:vậy|thế|ạ))*\s*\?+"),
          # ... and the hometown with "quê" first ("Quê anh ở đâu?" → "Where did you get?")
          lazy(rf"[Qq]uê\s+(?:(?:hương|nhà)\s+)?(?:của\s+)?{_WHO_ASKED}\s+(?P<home>ở\s+đâu)"
               r"(?:\s+(?:vậy|thế|ạ))*\s*\?+")]
_ASKED_SAID = {"job": ("What does {w} do?", "What do you do?"), "age": ("How old is {w}?", "How old are you?"),
               "born": ("What year was {w} born?", "What year were you born?"),
               "home": ("Where is {ws} hometown?", "Where is your hometown?"),
               "grade": ("What grade is {w} in?", "What grade are you in?")}
# ... of parents, the verb plural ("Where is your parents' hometown?"); not the year they were born (two years, or one?)
# nor their grade
_PARENTS_ASKED_SAID = {"job": "What do {w} do?", "age": "How old are {w}?", "home": "Where is {w}' hometown?"}
_WHOSE_EN = {"he": "his", "she": "her"}
# where someone comes from ("Quê tôi ở Nghệ An." → "I was in Nghe An."): whose of terms.OWNERS, kin and whose, or
# parents and whose ("Quê bố mẹ tôi ở Huế.": "My parents' hometown is in Hue."), a place mt.patterns.a_place knows
# by its name or one to three words with capitals (a province: written without marks)
_HOMETOWN = lazy(rf"[Qq]uê\s+(?:(?:hương|nhà)\s+)?(?:của\s+)?(?:{PARENTS_WHOSE}|"
                 rf"(?:(?P<who>(?i:{KIN_WORDS}))\s+(?:của\s+)?)?(?P<whose>{_OWNERS}))"
                 r"\s+(?P<at>ở|là)\s+(?:tỉnh\s+)?"
                 r"(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*(?P<end>[.!]*)")
# someone's age ("Con gái tôi năm tuổi." → "My daughter five years old.", "Mẹ tôi 60 tuổi." → "My mother was 60
# years old.", "Con tôi được 2 tuổi rồi." → "I'm 2 years old."): who one of _WORKER or of NAMED_WHO and whose
_AGED = {("vi", "en"): lazy(rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED})"
                            rf"(?:\s+năm\s+nay)?(?:\s+(?:đã|được))?\s+(?P<n>\d{{1,3}}|{'|'.join(VI_TO_EN)})"
                            r"\s+tuổi(?:\s+rồi)?\s*[.!]*"),
          ("en", "vi"): lazy(rf"{_WHO_EN}\s*(?:['’]m|['’]s|\s+am|\s+is)\s+"
                             rf"(?P<n>\d{{1,3}}|{'|'.join(VI_TO_EN.values())})\s+years?\s+old\s*[.!]*")}

# how much older or younger someone is than another ("Em gái tôi trẻ hơn tôi ba tuổi." → "My sister younger than I'm
# three years old.", "Tôi lớn hơn anh ấy hai tuổi." → "I'm two years old."; "My sister is three years younger than
# me." → "Chị tôi là ba tuổi trẻ hơn tôi.", "I'm two years older than my brother." → "Tôi lớn hơn anh trai tôi.", the
# years lost): who as for _AGED, and the other so too ("bạn" as well)
_GAP = {"lớn": "older", "già": "older", "hơn": "older", "nhỏ": "younger", "trẻ": "younger", "kém": "younger"}
_GAP_VI = {"older": "lớn", "younger": "nhỏ"}
# a sister or brother older or younger than the speaker, as Vietnamese names them ("I'm older than my sister": "em gái")
_SIBLINGS_VI = {("sister", "older"): "chị gái", ("sister", "younger"): "em gái", ("brother", "older"): "anh trai",
                ("brother", "younger"): "em trai"}
_OTHER = (rf"(?:(?P<kin2>(?i:{KIN_WORDS}))\s+(?:của\s+)?(?P<whose2>{_OWNERS})|"
          rf"(?P<other>(?i:{alternatives(_WORKER)}|bạn)))")
_AGE_GAP = {("vi", "en"): lazy(rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED})\s+"
                               r"(?:(?P<gap>lớn|già|nhỏ|trẻ)(?:\s+tuổi)?\s+hơn|(?P<gap2>hơn|kém))\s+"
                               rf"{_OTHER}\s+(?P<n>\d{{1,2}}|{'|'.join(VI_TO_EN)})\s+tuổi\s*[.!]*"),
            ("en", "vi"): lazy(rf"{_WHO_EN}\s*(?:['’]m|['’]s|\s+am|\s+is)\s+"
                               rf"(?P<n>\d{{1,2}}|{'|'.join(VI_TO_EN.values())})\s+years?\s+"
                               r"(?P<gap>older|younger)\s+than\s+(?:(?P<whose2>[Mm]y|[Hh]is|[Hh]er|[Yy]our)\s+"
                               rf"(?P<kin2>{alternatives(KIN_VI)})|(?P<other>me|him|her|you|I))\s*[.!]*")}
# ... asked ("Bạn lớn hơn tôi mấy tuổi?" → "How are you older than me?"; "How much older than me are you?" → "Tôi
# lớn tuổi hơn bạn?", the other way round): who "you" too, in English before or after the other
_AGE_GAP_ASKED = lazy(rf"(?:(?P<you>(?i:bạn|anh|chị))|(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED})\s+"
                      r"(?:(?P<gap>lớn|già|nhỏ|trẻ)(?:\s+tuổi)?\s+hơn|(?P<gap2>hơn|kém))\s+"
                      rf"{_OTHER}\s+(?:mấy|bao\s+nhiêu)\s+tuổi(?:\s+(?:vậy|thế|ạ))*\s*\?+")
_WHO_GAP_EN = (r"(?:(?P<you>you)|(?P<worker>I|he|she)|(?P<whose>my|his|her|your)\s+"
               rf"(?P<kin>{alternatives(KIN_VI)}))")
_OTHER_EN = (r"(?:(?P<whose2>my|his|her|your)\s+"
             rf"(?P<kin2>{alternatives(KIN_VI)})|(?P<other>me|him|her|you|I))")
_AGE_GAP_ASKED_EN = [lazy(rf"How\s+much\s+(?P<gap>older|younger)\s+(?:am|are|is)\s+{_WHO_GAP_EN}\s+than\s+"
                          rf"{_OTHER_EN}\s*\?+"),
                     lazy(rf"How\s+much\s+(?P<gap>older|younger)\s+than\s+{_OTHER_EN}\s+(?:am|are|is)\s+"
                          rf"{_WHO_GAP_EN}\s*\?+")]

# an age reached this year ("Con trai tôi năm nay lên sáu." → "My son grew six.", "Con tôi năm nay lên sáu." → "I was
# six."; "My son turns six next month." → "Con trai của tôi biến thành sáu tháng tới."): who as for _AGED
_WHEN_TURNING = near_days("năm nay", "tháng sau", "tuần sau", "năm sau")
_WHEN_TURNING_VI = {en: vi for vi, en in _WHEN_TURNING.items()}
_TURNING = {("vi", "en"): lazy(rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED})"
                               rf"(?:\s+(?P<when>{alternatives(_WHEN_TURNING)}))?(?P<will>\s+sẽ)?"
                               r"\s+(?:lên|tròn)\s+"
                               rf"(?P<n>\d{{1,3}}|{'|'.join(VI_TO_EN)})(?:\s+tuổi)?"
                               rf"(?:\s+(?P<when2>{alternatives(_WHEN_TURNING)}))?\s*[.!]*"),
            ("en", "vi"): lazy(rf"{_WHO_EN}(?:\s+(?P<will>will\s+turn|turns?)"
                               r"|\s*(?:['’]m|['’]s|\s+am|\s+is)\s+turning)"
                               rf"\s+(?P<n>\d{{1,3}}|{'|'.join(VI_TO_EN.values())})(?:\s+years?\s+old)?"
                               rf"(?:\s+(?P<when>{alternatives(_WHEN_TURNING_VI)}))?\s*[.!]*")}
# someone's height and weight, said and asked ("Tôi cao 1m70." → "I was 1.70 m.", "Tôi cao một mét bảy." → "I'm a met
# seven meters.", "Tôi nặng 55 ký." → "I weigh 55 characters.", "Bạn cao bao nhiêu?" → "How much are you tall?";
# "He is 1.8 metres tall." → "Anh ta cao to 1,8 mét.", "How tall is your son?" → "Con trai cao của bạn như thế nào?")
_DIGIT_VI = {w: i for i, w in enumerate(VI_NUMBER_WORDS) if i < 10} | {"mốt": 1, "tư": 4, "lăm": 5}
_HEIGHT_VI = (r"(?P<m>\d)(?:[.,](?P<cm>\d{1,2})\s?(?:m|mét)|\s?(?:m|mét)(?:\s?(?P<cm2>\d{1,2}))?)(?!\w)"
              r"|(?P<cms>\d{3})\s?(?:cm|phân)(?!\w)"
              rf"|một\s+mét(?:\s+(?P<tens>{alternatives(VI_NUMBER_WORDS[1:10])})(?:\s+mươi)?"
              rf"(?:\s+(?P<units>{alternatives(_DIGIT_VI)}))?)?")
_WEIGHT_VI = r"(?P<kg>\d{1,3}(?:[.,]\d)?)\s?(?:kg|ký|kí|cân|kilô|kilo|ki\s?lô)(?!\w)"
_BODY_WHO = rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED}|(?P<you>(?i:bạn)))"
_MEASURED = lazy(rf"{_BODY_WHO}\s+(?:(?P<tall>cao)\s+(?:(?P<about>{alternatives(spans.ABOUT)})\s+)?"
                 rf"(?:(?P<ask_tall>bao\s+nhiêu)|{_HEIGHT_VI})"
                 rf"|(?P<heavy>nặng)\s+(?:(?P<about2>{alternatives(spans.ABOUT)})\s+)?"
                 rf"(?:(?P<ask_heavy>bao\s+nhiêu(?:\s+(?:cân|ký|kí|kg|kilô))?)|{_WEIGHT_VI}))"
                 r"(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_HEIGHT_EN = (r"(?P<m>\d)(?:[.,](?P<cm>\d{1,2}))?\s?(?:m|met(?:er|re)s?)"
              r"|(?P<cms>\d{3})\s?(?:cm|centimet(?:er|re)s)")
_WHO_ASKED_EN = rf"(?:(?P<you>you)|(?P<worker>he|she)|(?P<whose>your|his|her)\s+(?P<kin>{alternatives(KIN_VI)}))"
_MEASURED_EN = [lazy(rf"{_WHO_EN}\s*(?:['’]m|['’]s|\s+am|\s+is)\s+(?:(?P<about>about|around)\s+)?"
                     rf"(?:{_HEIGHT_EN})\s+tall\s*[.!]*"),
                lazy(rf"{_WHO_EN}\s+weighs?\s+(?:(?P<about>about|around)\s+)?"
                     r"(?P<kg>\d{1,3}(?:\.\d)?)\s?(?:kg|kilos?|kilograms?)\s*[.!]*"),
                lazy(rf"[Hh]ow\s+tall\s+(?:are|is)\s+{_WHO_ASKED_EN}\s*\?+")]
# where someone is at school ("Em trai tôi đang học cấp ba." → "My younger brother is learning three.", "Con gái tôi học
# mẫu giáo." → "My daughter learned the pattern.", "Tôi là sinh viên năm cuối." → "I'm the last year student."; "My
# brother is in high school." → "Em tôi ở trường trung học cao.", "I'm a second-year student." → "Tôi là một sinh viên
# thứ hai.")
_SCHOOLS = {"đại học": "at university", "cao đẳng": "at college", "cấp ba": "in high school",
            "trung học phổ thông": "in high school", "cấp hai": "in middle school",
            "trung học cơ sở": "in middle school", "tiểu học": "in primary school", "cấp một": "in primary school",
            "mẫu giáo": "in kindergarten"}
_SCHOOLS_VI = {en: vi for vi, en in reversed(_SCHOOLS.items())} | {
    "at college": "đại học", "in college": "đại học", "in elementary school": "tiểu học",
    "in secondary school": "cấp hai"}
_YEARS = {"nhất": "first", "hai": "second", "ba": "third", "tư": "fourth", "cuối": "final"}
_YEARS_VI = {en: vi for vi, en in _YEARS.items()} | {"last": "cuối", "1st": "nhất", "2nd": "hai", "3rd": "ba",
                                                      "4th": "tư"}
# ... and the grade at school ("Em tôi đang học lớp 5." → "I am is in grade 5."; "What grade is your daughter in?" →
# "Đứa con gái của bạn vào lớp gì?"), 1 to 12
_GRADE = r"(?P<grade>[1-9]|1[0-2])(?!\d)"
# (in Vietnamese also in words, dates.VI_HOURS: "Con tôi học lớp ba." → "My child learned the third class.")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_GRADE_EN = (rf"in\s+(?:grade\s+{_GRADE}|(?:the\s+)?(?:(?P<nth>{'|'.join(_NTH)})|(?P<th>[1-9]|1[0-2])(?:st|nd|rd|th))"
             r"\s+grade)")
_GRADE_ASKED_EN = lazy(rf"What\s+grade\s+(?:are\s+(?P<you>you)|is\s+(?:(?P<worker>he|she)|"
                       rf"(?P<whose>your|his|her)\s+(?P<kin>{alternatives(KIN_VI)})))\s+in\s*\?+")
_AT_SCHOOL = {("vi", "en"): lazy(rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED})\s+"
                                 rf"(?:(?:đang\s+)?học\s+lớp\s+(?:{_GRADE}|(?P<gradew>"
                                 rf"{alternatives(VI_HOURS)})(?!\w))|"
                                 rf"(?:đang\s+)?(?:học|là\s+học\s+sinh)\s+(?P<school>{alternatives(_SCHOOLS)})"
                                 r"|là\s+sinh\s+viên\s+năm\s+(?P<year>" + alternatives(_YEARS) + r")"
                                 r"|(?:đang\s+)?học\s+năm\s+(?:thứ\s+)?(?P<year2>" + alternatives(_YEARS) +
                                 r")(?P<uni>\s+đại\s+học)?)\s*[.!]*"),
              ("en", "vi"): lazy(rf"{_WHO_EN}\s*(?:['’]m|['’]s|\s+am|\s+is)\s+(?:{_GRADE_EN}|(?P<school>"
                                 rf"{alternatives(_SCHOOLS_VI)})"
                                 rf"|an?\s+(?P<year>{alternatives(_YEARS_VI)})[- ]year\s+(?:university\s+)?"
                                 r"student|in\s+(?P<whose2>my|his|her)\s+(?P<year2>" +
                                 alternatives(_YEARS_VI) + r")\s+year(?P<uni>\s+(?:of|at)\s+(?:university|"
                                 r"college))?)\s*[.!]*")}
# someone retired ("Bố tôi đã nghỉ hưu." → "My father was retired.", "Bố mẹ tôi đã nghỉ hưu." → "My parents were
# retired.")
_RETIRED = lazy(rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED}|(?P<parents>(?i:"
                rf"{alternatives(PARENTS)}))\s+(?:của\s+)?(?P<their>{_OWNERS}))"
                r"(?:\s+(?:đã|cũng))*\s+nghỉ\s+hưu(?:\s+rồi)?\s*[.!]*")

# where someone works, said with "làm" alone ("Tôi làm ở một công ty phần mềm." → "I do in a software company.", "Bạn
# làm ở đâu?" → "Where do you do?", "Chồng tôi làm ở Samsung." → "My husband did in Samsung."): given to the model as
# "làm việc", which it reads as work; who one of _WORKER, _WHO_NAMED or these
_AT_WORK_WHO = rf"(?:(?i:{alternatives(_WORKER)}|bạn|chúng\s+tôi|họ)|{_WHO_NAMED})"
_WORKS_AT = lazy(rf"(?<!\w){_AT_WORK_WHO}(?:\s+(?:đang|vẫn|đã|cũng))*\s+(?P<work>làm)\s+(?:ở|tại)(?!\w)")
# ... and at a workplace of WORKPLACES, the whole sentence ("Bố tôi làm ở ngân hàng." → "I'm working at the bank.",
# shown "làm việc" as above); parents too ("Bố mẹ tôi làm ở bệnh viện.": "My parents work at the hospital.")
_WORKS_AT_PLACE = lazy(rf"(?:(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED}|{PARENTS_WHOSE})\s+làm"
                       r"(?:\s+việc)?\s+"
                       rf"(?:ở|tại)\s+(?P<one>một\s+)?(?P<place>{alternatives(WORKPLACES)})\s*[.!]*")
# ... and asked where ("Bạn làm ở đâu?": v8 reads "làm việc" shown there as the past, "Where did you work?"), of
# parents too ("Where do your parents work?")
_WORKS_WHERE = lazy(rf"(?:(?P<you>[Bb]ạn)|(?P<worker>(?i:{alternatives(_WORKER)}))|{_WHO_NAMED}|"
                    rf"{PARENTS_WHOSE})\s+"
                    rf"(?:đang\s+)?làm(?:\s+việc)?\s+(?:ở|tại)\s+đâu{SOFTENER}\s*\?+")
# someone's friend, "bạn tôi" ("Tôi đang đợi bạn tôi." → "I'm waiting for you.", "Bạn tôi sống ở Hà Nội." → "You live
# in Hanoi."): given to the model as "bạn của tôi", which it reads as "my friend"; not "bạn" and a pronoun that is
# also a word of kinship ("em", "anh": "bạn em" may be "you, em")
_FRIEND_OF = lazy(r"(?<!\w)(?P<friend>[Bb]ạn(?:\s+thân)?)\s+(?P<whose>tôi|mình|anh\s+ấy|cô\s+ấy|chị\s+ấy|"
                  r"chúng\s+tôi)(?!\w)(?!\s+(?:ấy|ta)(?!\w))")

# how long someone stays somewhere ("Tôi sẽ ở Hà Nội 3 ngày." → "I'll be in Hanoi 3 days.", "Chúng tôi đã ở Huế hai
# ngày." → "We're in Hue two days.", "Tôi ở Việt Nam hai năm." → "I in Vietnam two years.", "Bạn sẽ ở Hà Nội mấy
# ngày?" → "… for days?"): for who of _STAYERS, here, a term for a place, a country of COUNTRIES or a lodging of
# _LODGINGS with "này"
_STAYERS = {"tôi": "I", "mình": "I", "chúng tôi": "we", "chúng mình": "we", "họ": "they", "anh ấy": "he",
            "cô ấy": "she", "chị ấy": "she", "bạn": "you", "gia đình tôi": "my family"}
COUNTRIES = {"Việt Nam": "Vietnam", "Thái Lan": "Thailand", "Lào": "Laos", "Campuchia": "Cambodia", "Úc": "Australia",
             "Nhật Bản": "Japan", "Nhật": "Japan", "Hàn Quốc": "Korea", "Trung Quốc": "China", "Pháp": "France",
             "Đức": "Germany", "Mỹ": "America", "Singapore": "Singapore", "Malaysia": "Malaysia", "Anh": "the UK",
             "Canada": "Canada", "Nga": "Russia", "Ý": "Italy", "Ấn Độ": "India"}
COUNTRIES_VI = {en: vi for vi, en in reversed(COUNTRIES.items())} | {"the US": "Mỹ", "the USA": "Mỹ", "England": "Anh"}
# a room's number, said or asked ("Phòng tôi số 305." → "My room was 305.", "Bạn ở phòng số mấy?" → "What are you in
# the room?"): whose of terms.OWNERS, who of _STAYERS
_ROOM_N = r"(?:(?P<n>\d{1,4}[A-Z]?)|(?P<ask>mấy|bao\s+nhiêu))"
_ROOM = lazy(rf"(?:[Pp]hòng\s+(?:của\s+)?(?P<whose>{_OWNERS})\s+(?:là\s+)?(?:phòng\s+)?(?:số\s+)?|"
             rf"(?P<who>(?i:{alternatives(_STAYERS)}))\s+(?:đang\s+)?ở\s+phòng\s+(?:số\s+)?){_ROOM_N}"
             r"(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_LODGINGS = {"khách sạn": "hotel", "homestay": "homestay", "nhà nghỉ": "guesthouse", "căn hộ": "apartment",
             "phòng": "room", "khu nghỉ dưỡng": "resort"}
_UNITS = {"ngày": "day", "đêm": "night", "tuần": "week", "tháng": "month", "năm": "year"}
_STAY_PLAN = {"sẽ": "will", "đã": "did", "định": "plan", "dự định": "plan", "muốn": "want"}
_STAYS = lazy(rf"(?P<who>(?i:{alternatives(_STAYERS)}))\s+(?:(?P<plan>{alternatives(_STAY_PLAN)})\s+)?ở"
              r"(?:\s+lại)?\s+(?P<place>[^,?.!]+?)\s+(?:(?:trong|khoảng|được|(?P<more>thêm))\s+)?"
              rf"(?:(?P<n>\d{{1,3}}|vài|{'|'.join(VI_TO_EN)})|(?P<ask>mấy|bao\s+nhiêu))\s+"
              rf"(?P<unit>{alternatives(_UNITS)})(?(more)(?:\s+nữa)?|(?P<so_far>\s+rồi)?)"
              r"(?P<q>(?:\s+(?:vậy|ạ|nhỉ|thế))?\s*\?+)?\s*[.!]*")


def _named(text: str, src: str, tgt: str) -> str | None:
    """"Tôi tên là Nam." as "My name is Nam.", "Bạn tôi tên là Hải." (or "Tên bạn tôi là Hải.") as "My friend's
    name is Hai." (_NAMED), the name as English writes it; None for anything else, and for a name in small letters."""
    m = next((m for p in _NAMED if (m := p.fullmatch(text))), None) if (src, tgt) == ("vi", "en") else None
    if m is None or not all(w[0].isupper() for w in m.group("name").split()):
        return None
    name = strip_marks(m.group("name"))
    if own := m.groupdict().get("own"):
        return capitalised(f"{terms.OWNERS[own.lower()]} name is {name}.")
    whose, who = terms.OWNERS[m.group("whose").lower()], NAMED_WHO[m.group("who").lower()]
    return capitalised(f"{whose} {who}'s name is {name}.")


def _works_as(text: str, src: str, tgt: str) -> str | None:
    """"Tôi làm kỹ sư." as "I'm an engineer.", "Mẹ tôi làm y tá ở bệnh viện." as "My mother is a nurse at a
    hospital.", "Mẹ tôi từng làm y tá." as "My mother used to be a nurse.", and "She works as a nurse." as "Cô ấy làm
    y tá." (_WORKS_AS); None for anything else."""
    m = _WORKS_AS[src, tgt].fullmatch(text.strip()) if (src, tgt) in _WORKS_AS else None
    if m is None:
        return None
    place, city = (m.group("place") or "").lower(), m.group("city")
    if tgt == "vi":
        where = f" ở {_WORKPLACES_VI[place]}" if place else f" ở {terms.place_vi(city)}" if city else ""
        if m["is"] and ((m["worker"] or "").lower() == "i") != (m["is"].strip().lower() in ("am", "'m", "’m")):
            return None  # ("I is a doctor.", "He am …")
        works = "là" if m["is"] else "làm"  # ("My neighbour is a doctor." was v8's "Tôi là một bác sĩ.", I am)
        return capitalised(f"{_who_vi(m)} {works} {JOBS_VI[m.group('job').lower()]}{where}.")
    job = JOBS[m.group("job").lower()]
    where = f" at {WORKPLACES[place]}" if place else f" in {terms.GONE_ONLY[city]}" if city else ""
    who = _who(m) + " used to be" if m.group("once") else _who_is(m)  # "từng": once ("Mẹ tôi từng làm y tá.")
    return capitalised(f"{who} {'an' if job[0] in 'aeio' else 'a'} {job}{where}.")


def _same_job(text: str, src: str, tgt: str) -> str | None:
    """"Bố mẹ tôi đều là bác sĩ." as "My parents are both doctors.", "Chúng tôi là sinh viên." as "We're students.",
    and back (_SAME_JOB); None for anything else."""
    m = _SAME_JOB[src, tgt].fullmatch(text.strip()) if (src, tgt) in _SAME_JOB else None
    if m is None:
        return None
    if tgt == "vi":
        who = EN_WHO_VI[m["many"].lower()] if m["many"] else \
            f"{_PARENTS_VI[m['parents']]} {terms.WHOSE_VI[m['their'].lower()]}"
        return capitalised(f"{who} {'đều ' if m['all'] else ''}là {_JOBS_PLURAL_VI[m['job'].lower()]}{m['end'] or '.'}")
    parents = m["parents"] and f"{terms.OWNERS[keyed(m['their'])]} {PARENTS[keyed(m['parents'])]}"
    who = contracted(_MANY[keyed(m["many"])], "are") if m["many"] else f"{parents} are"
    both = "both" if m["both"] or m["all"] and parents else "all" if m["all"] else ""
    jobs = regular_plural(JOBS[keyed(m["job"])])
    return capitalised(" ".join(w for w in (who, both, jobs) if w) + (m["end"] or "."))


def _asked(text: str, src: str, tgt: str) -> str | None:
    """"Chồng chị làm nghề gì?" as "What does your husband do?", "Con bạn mấy tuổi rồi?" as "How old is your
    child?", "Bạn sinh năm bao nhiêu?" as "What year were you born?", "Bạn quê ở đâu?" as "Where is your hometown?"
    (_ASKED); None for anything else, and for the speaker ("Tôi làm nghề gì?")."""
    m = next((m for p in _ASKED if (m := p.fullmatch(text.strip()))), None) if (src, tgt) == ("vi", "en") else None
    if m is None or m["worker"] and _WORKER[keyed(m["worker"])] == "I":
        return None
    about = next(k for k in _ASKED_ABOUT if m.groupdict().get(k))
    if m["you"]:
        return _ASKED_SAID[about][1]
    if m["parents"] or m["parents_asked"]:
        who = parents_said(m, "en") if m["parents"] else f"your {PARENTS[keyed(m['parents_asked'])]}"
        return _PARENTS_ASKED_SAID[about].format(w=who) if about in _PARENTS_ASKED_SAID else None
    who = f"your {NAMED_WHO[keyed(m['kin_asked'])]}" if m["kin_asked"] else _who(m)
    return _ASKED_SAID[about][0].format(w=who, ws=_WHOSE_EN.get(who) or f"{who}'s")


def _hometown(text: str, src: str, tgt: str) -> str | None:
    """"Quê tôi ở Nghệ An." as "My hometown is in Nghe An.", "Quê của bố tôi là Huế." as "My father's hometown is
    Hue." (_HOMETOWN); None for anything else."""
    m = _HOMETOWN.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    words = m["place"].split() if m else []
    if not words or not all(w[0].isupper() for w in words):
        return None
    place = COUNTRIES.get(m["place"]) or a_place(m["place"], "vi", "en")
    if not place and len(words) == 1 and words[0] in names.NOT_GIVEN:  # ("Thái" alone is Thai; "Thái Bình" a place)
        return None
    place = place or strip_marks(m["place"])
    if m["parents"]:
        whose = f"{parents_said(m, 'en')}'"  # ("my parents'")
    else:
        whose = terms.OWNERS[keyed(m["whose"])]
        whose = f"{whose} {NAMED_WHO[keyed(m['who'])]}'s" if m["who"] else whose
    return capitalised(f"{whose} hometown is {'in ' if m['at'] == 'ở' else ''}{place}{m['end'] or '.'}")


def _aged(text: str, src: str, tgt: str) -> str | None:
    """"Con gái tôi năm tuổi." as "My daughter is five years old.", and back (_AGED); None for anything else."""
    m = _AGED[src, tgt].fullmatch(text.strip()) if (src, tgt) in _AGED else None
    if m is None:
        return None
    if tgt == "vi":
        n = EN_TO_VI.get(m.group("n").lower(), m.group("n"))
        return capitalised(f"{_who_vi(m)} {n} tuổi.")
    n = VI_TO_EN.get(m.group("n").lower(), m.group("n"))
    return capitalised(f"{_who_is(m)} {n} {'year' if n in ('1', 'one') else 'years'} old.")


def _age_gap(text: str, src: str, tgt: str) -> str | None:
    """"Em gái tôi trẻ hơn tôi ba tuổi." as "My sister is three years younger than me.", and back (_AGE_GAP); None
    for anything else."""
    m = _AGE_GAP[src, tgt].fullmatch(text.strip()) if (src, tgt) in _AGE_GAP else None
    if m is None:
        return None
    if tgt == "vi":
        return _age_gap_vi(m)
    if m["kin2"]:
        other = f"{terms.OWNERS[keyed(m['whose2'])]} {NAMED_WHO[keyed(m['kin2'])]}"
    else:
        other = EN_OBJECT[_WORKER.get(keyed(m["other"]), "you")]
    n = VI_TO_EN.get(m["n"].lower(), m["n"])
    years = "year" if n in ("1", "one") else "years"
    return capitalised(f"{_who_is(m)} {n} {years} {_GAP[(m['gap'] or m['gap2']).lower()]} than {other}.")


def _age_gap_asked(text: str, src: str, tgt: str) -> str | None:
    """"Bạn lớn hơn tôi mấy tuổi?" as "How much older are you than me?", and back (_AGE_GAP_ASKED,
    _AGE_GAP_ASKED_EN); None for anything else."""
    if (src, tgt) == ("en", "vi"):
        m = next((m for p in _AGE_GAP_ASKED_EN if (m := p.fullmatch(text.strip()))), None)
        if m is None:
            return None
        who = "bạn" if m["you"] else _WORKER_VI.get((m["worker"] or "").lower()) or \
            f"{KIN_VI[m['kin']]} {terms.WHOSE_VI[m['whose']]}"
        other = EN_OBJECT_VI.get(m["other"]) or EN_WHO_VI.get((m["other"] or "").lower()) or \
            f"{KIN_VI[m['kin2']]} {terms.WHOSE_VI[m['whose2']]}"
        return capitalised(f"{who} {_GAP_VI[m['gap']]} hơn {other} mấy tuổi?")
    m = _AGE_GAP_ASKED.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if m is None:
        return None
    if m["kin2"]:
        other = f"{terms.OWNERS[keyed(m['whose2'])]} {NAMED_WHO[keyed(m['kin2'])]}"
    else:
        other = EN_OBJECT[_WORKER.get(keyed(m["other"]), "you")]
    who = "you" if m["you"] else _who(m)
    gap = _GAP[(m["gap"] or m["gap2"]).lower()]
    return f"How much {gap} {be(who)} {who} than {other}?" if who != "you" or other != "you" else None


def _age_gap_vi(m: re.Match) -> str:
    """A match of _AGE_GAP in English, in Vietnamese; a sister or brother beside the speaker named by which is
    older ("I'm two years older than my sister." → "Tôi lớn hơn em gái tôi hai tuổi.")."""
    gap, who = m["gap"], _who_vi(m)
    if m["kin2"]:
        kin2 = m["kin2"]
        if m["whose2"].lower() == "my" and (m["worker"] or "").lower() == "i" and kin2 in ("sister", "brother"):
            kin2 = _SIBLINGS_VI[kin2, "older" if gap == "younger" else "younger"]
        other = f"{KIN_VI.get(kin2, kin2)} {terms.WHOSE_VI[m['whose2'].lower()]}"
    else:
        other = EN_OBJECT_VI.get(m["other"]) or EN_WHO_VI[m["other"].lower()]  # ("than me", "than I")
        if m["other"] == "me" and (m["whose"] or "").lower() == "my" and m["kin"] in ("sister", "brother"):
            who = f"{_SIBLINGS_VI[m['kin'], gap]} tôi"
    n = EN_TO_VI.get(m["n"].lower(), m["n"])
    return capitalised(f"{who} {_GAP_VI[gap]} hơn {other} {n} tuổi.")


def _works_at_place(text: str, src: str, tgt: str) -> str | None:
    """"Bố tôi làm ở ngân hàng." as "My father works at the bank.", "… ở một ngân hàng" as "… at a bank."
    (_WORKS_AT_PLACE); None for anything else."""
    m = _WORKS_AT_PLACE.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if m is None:
        return None
    who, place = _who(m), WORKPLACES[m.group("place").lower()]
    if not m.group("one"):  # "the", as for a place after a word of where (mt.terms.WHERE_ONLY: "at the hospital")
        place = "the " + place.split(" ", 1)[1]
    return capitalised(f"{who} {'works' if be(who) == 'is' else 'work'} at {place}.")  # ("I", "my parents": work)


def _works_where(text: str, src: str, tgt: str) -> str | None:
    """"Bạn làm ở đâu?" as "Where do you work?", "Bố tôi làm việc ở đâu?" as "Where does my father work?"
    (_WORKS_WHERE); None for anything else."""
    m = _WORKS_WHERE.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if m is None:
        return None
    who = "you" if m["you"] else _who(m)
    if who == "I":
        return None  # (not a question one asks)
    return f"Where {'does' if be(who) == 'is' else 'do'} {who} work?"  # ("you", "your parents": do)


def hints(text: str, src: str, tgt: str) -> list[Match]:
    """Hints (HINTs) for the model: "làm việc" for "làm" where someone works at a place (_WORKS_AT), "bạn của tôi" for
    "bạn tôi", someone's friend (_FRIEND_OF)."""
    if (src, tgt) != ("vi", "en"):
        return []
    work = [Match(*m.span("work"), "làm việc", HINT) for m in _WORKS_AT.finditer(text)]
    friends = [Match(m.end("friend"), m.start("whose"), " của ", HINT) for m in _FRIEND_OF.finditer(text)]
    return sorted(work + friends, key=lambda m: m.start)


def _turning(text: str, src: str, tgt: str) -> str | None:
    """"Con trai tôi năm nay lên sáu." as "My son turns six this year.", and back (_TURNING); None for anything
    else."""
    m = _TURNING[src, tgt].fullmatch(text.strip()) if (src, tgt) in _TURNING else None
    if m is None:
        return None
    if tgt == "vi":
        when = _WHEN_TURNING_VI.get(m.group("when") or "", "")
        return capitalised(" ".join(w for w in (when, _who_vi(m), "sẽ" if m.group("will") == "will turn" else "",
                                                "lên", EN_TO_VI.get(m.group("n").lower(), m.group("n")), "tuổi.") if w))
    if m.group("when") and m.group("when2"):
        return None
    when = _WHEN_TURNING.get(m.group("when") or m.group("when2") or "", "")
    n = VI_TO_EN.get(m.group("n").lower(), m.group("n"))
    who = _who(m)
    if m.group("will"):
        turns = contracted(who, "will turn")
    elif when:
        turns = f"{who} {'turn' if who == 'I' else 'turns'}"
    else:
        turns = "I'm turning" if who == "I" else contracted(who, "is turning")
    return capitalised(" ".join(w for w in (turns, n, when) if w) + ".")


def _measured(text: str, src: str, tgt: str) -> str | None:
    """"Tôi cao 1m70." as "I'm 1.70 m tall.", "Tôi nặng 55 ký." as "I weigh 55 kg.", "Bạn cao bao nhiêu?" as "How
    tall are you?" (_MEASURED); None for anything else."""
    m = _MEASURED.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    asked = m and (m.group("ask_tall") or m.group("ask_heavy"))
    if m is None or bool(asked) != ("?" in m.group("end")) or m.group("you") and not asked:
        return None
    who = "you" if m.group("you") else _who(m)
    one = who not in ("I", "you")
    if m.group("ask_tall"):
        return f"How tall {'is' if one else 'are'} {who}?"
    if m.group("ask_heavy"):
        return f"How much {'does' if one else 'do'} {who} weigh?"
    about = spans.ABOUT.get(m.group("about") or m.group("about2") or "", "")
    if m.group("heavy"):
        said = f"{who} {'weighs' if one else 'weigh'} {about} {m.group('kg').replace(',', '.')} kg."
    else:
        said = f"{_who_is(m)} {about} {_height(m)} tall."
    return capitalised(" ".join(said.split()))


def _height(m: re.Match) -> str:
    """A height of _HEIGHT_VI in English: "1.70 m" ("1m7", "1,7 mét", "một mét bảy"), "165 cm"."""
    if m.group("cms"):
        return f"{m.group('cms')} cm"
    if m.group("m"):
        cm = m.group("cm") or m.group("cm2") or ""
        return f"{m.group('m')}.{cm.ljust(2, '0')} m" if cm else f"{m.group('m')} m"
    tens, units = _DIGIT_VI.get(m.group("tens") or "", 0), _DIGIT_VI.get(m.group("units") or "", 0)
    return f"1.{tens}{units} m" if tens else "1 m"


def _measured_vi(text: str, src: str, tgt: str) -> str | None:
    """"He is 1.8 metres tall." as "Anh ấy cao 1,8 m.", "I weigh 60 kg." as "Tôi nặng 60 kg.", "How tall is your
    son?" as "Con trai bạn cao bao nhiêu?" (_MEASURED_EN); None for anything else."""
    m = next((m for p in _MEASURED_EN if (m := p.fullmatch(text.strip()))), None) if (src, tgt) == ("en", "vi") \
        else None
    if m is None:
        return None
    if m.groupdict().get("you") is not None or m.re == _MEASURED_EN[2]:
        who = "bạn" if m.group("you") else _who_vi(m)
        return capitalised(f"{who} cao bao nhiêu?")
    about = "khoảng " if m.group("about") else ""
    if "kg" in m.re.groupindex:
        return capitalised(f"{_who_vi(m)} nặng {about}{m.group('kg').replace('.', ',')} kg.")
    cm = f",{m.group('cm')}" if m.group("cm") else ""
    height = f"{m.group('cms')} cm" if m.group("cms") else f"{m.group('m')}{cm} m"
    return capitalised(f"{_who_vi(m)} cao {about}{height}.")  # (as mt.amounts writes it: "1,75 m")


def _at_school(text: str, src: str, tgt: str) -> str | None:
    """"Em trai tôi đang học cấp ba." as "My younger brother is in high school.", "Tôi là sinh viên năm cuối." as "I'm
    a final-year student.", and back (_AT_SCHOOL); None for anything else."""
    m = _AT_SCHOOL[src, tgt].fullmatch(text.strip()) if (src, tgt) in _AT_SCHOOL else None
    if m is None and (src, tgt) == ("en", "vi") and (asked := _GRADE_ASKED_EN.fullmatch(text.strip())):
        who = "bạn" if asked["you"] else f"{KIN_VI[asked['kin']]} bạn" if asked["whose"] == "your" else None
        return capitalised(f"{who or _who_vi(asked)} học lớp mấy?")
    if m is None:
        return None
    year = (m.group("year") or m["year2"] or "").lower()
    worker = m["worker"] and (m["worker"] if m["worker"] == "I" else m["worker"].lower())
    if m["year2"] and tgt == "vi" and worker and m["whose2"] != EN_WHOSE[worker]:
        return None  # ("I'm in his second year")
    uni = " university" * bool(m["uni"]) if tgt == "en" else " đại học" * bool(m["uni"])
    grade = m["grade"] or (m["th"] or _NTH.get((m["nth"] or "").lower()) if tgt == "vi" else
                           VI_HOURS.get(keyed(m["gradew"] or "")))
    if grade:
        return capitalised(f"{_who_vi(m)} đang học lớp {grade}." if tgt == "vi" else f"{_who_is(m)} in grade {grade}.")
    if tgt == "vi":
        if year:
            if m["year2"]:  # ("năm thứ hai", but "năm nhất", "năm cuối")
                nth = _YEARS_VI[year]
                return capitalised(f"{_who_vi(m)} đang học năm {'' if nth in ('nhất', 'cuối') else 'thứ '}{nth}{uni}.")
            return capitalised(f"{_who_vi(m)} là sinh viên năm {_YEARS_VI[year]}.")
        return capitalised(f"{_who_vi(m)} đang học {_SCHOOLS_VI[keyed(m.group('school'))]}.")
    if year:
        return capitalised(f"{_who_is(m)} a {_YEARS[year]}-year{uni} student.")
    return capitalised(f"{_who_is(m)} {_SCHOOLS[keyed(m.group('school'))]}.")


def _retired(text: str, src: str, tgt: str) -> str | None:
    """"Bố tôi đã nghỉ hưu." as "My father is retired.", "Bố mẹ tôi đã nghỉ hưu." as "My parents are retired."
    (_RETIRED); None for anything else."""
    m = _RETIRED.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if m is None:
        return None
    if parents := m.group("parents"):
        whose = terms.OWNERS[m.group("their").lower()]
        return capitalised(f"{whose} {PARENTS[keyed(parents)]} are retired.")
    return capitalised(f"{_who_is(m)} retired.")


def _room(text: str, src: str, tgt: str) -> str | None:
    """"Phòng tôi số 305." as "My room number is 305.", "Tôi ở phòng 305." as "I'm in room 305.", "Phòng của bạn số
    mấy?" as "What's your room number?", "Bạn ở phòng số mấy?" as "What room are you in?" (_ROOM); None for anything
    else."""
    m = _ROOM.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if m is None or bool(m["ask"]) != ("?" in m["end"]):
        return None
    if m["whose"]:
        whose = terms.OWNERS[keyed(m["whose"])]
        return f"What's {whose} room number?" if m["ask"] else capitalised(f"{whose} room number is {m['n']}.")
    who = _STAYERS[keyed(m["who"])]
    if m["ask"]:
        return f"What room {be(who)} {who} in?" if who != "I" else None
    return capitalised(contracted(who, f"{be(who)} in room {m['n']}."))


def _stays(text: str, src: str, tgt: str) -> str | None:
    """"Tôi sẽ ở Hà Nội 3 ngày." as "I'll stay in Hanoi for 3 days.", "Cô ấy ở đây ba tháng." as "She's here for three
    months.", "Bạn sẽ ở Huế mấy ngày?" as "How many days will you stay in Hue?" (_STAYS); None for anything else."""
    m = _STAYS.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    where = _stayed_at(m.group("place")) if m and bool(m.group("ask")) == bool(m.group("q")) else None
    if where is None:
        return None
    who, plan, unit = _STAYERS[m.group("who").lower()], _STAY_PLAN.get(m.group("plan") or ""), _UNITS[m.group("unit")]
    one = who in ("he", "she", "my family")  # (says "is", "plans")
    be = {"will": "will be", "did": "was" if one or who == "I" else "were"}.get(plan) or (
        "is" if one else "am" if who == "I" else "are")
    stay = {"will": "will stay", "did": "stayed", "plan": "plans to stay" if one else "plan to stay",
            "want": "wants to stay" if one else "want to stay"}.get(plan) or f"{be} staying"
    here = where == "here"
    if m.group("so_far"):  # "Tôi ở Việt Nam hai năm rồi." (v6: "I'm in Vietnam two years.")
        plan, stay = "so far", "has been" if one else "have been"
    elif here and plan in ("will", "did", None):
        stay = be  # "I'm here", "I'll be here"
    place = " here" if here else f" in {where}"
    if m.group("ask"):  # "How many days will you stay …", "… are you staying …", "… do you plan to stay …"
        asked = {"will": f"will {who} {'be' if here else 'stay'}", "did": f"{be} {who}" if here else f"did {who} stay",
                 "plan": f"{'does' if one else 'do'} {who} plan to stay",
                 "want": f"{'does' if one else 'do'} {who} want to stay",
                 "so far": f"{stay.split()[0]} {who} been"}.get(plan)
        more = "more " if m["more"] else ""
        return f"How many {more}{unit}s {asked or be + ' ' + who + ('' if here else ' staying')}{place}?"
    n = m.group("n").lower()
    n = {"một": "a", "vài": "a few"}.get(n) or VI_TO_EN.get(n, n)
    if m["more"]:  # ("thêm ba ngày nữa": for three more days, another day)
        more = "another" if n in ("a", "1", "one") else f"{n} more"
        return capitalised(f"{contracted(who, stay)}{place} for {more} {unit}{'' if more == 'another' else 's'}.")
    return capitalised(f"{contracted(who, stay)}{place} for {n} {unit}{'' if n in ('a', '1') else 's'}.")


def _stayed_at(place: str) -> str | None:
    """Where someone stays, in English: "here", a term for a place, a country, "this hotel"; else None."""
    place = " ".join(place.split())
    if place == "đây":
        return "here"
    lodging = re.fullmatch(rf"(?P<l>(?i:{alternatives(_LODGINGS)}))\s+này", place)
    if lodging:
        return f"this {_LODGINGS[lodging.group('l').lower()]}"
    found = terms.matches(place, "vi", "en")
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(place)) and found[0].replacement[0].isupper():
        return found[0].replacement  # a place ("Hà Nội", "Hội An"; not "phở")
    return COUNTRIES.get(place) or terms.GONE_ONLY.get(place)


def _who_is(m: re.Match) -> str:
    """Who a Vietnamese sentence is about, with "is": "I'm", "he's", "my father is" (groups of _WORKER, _WHO_NAMED)."""
    if worker := (m.group("worker") or "").lower():
        return {"I": "I'm", "he": "he's", "she": "she's"}[_WORKER[worker]]
    return f"{_who(m)} is"


def _who(m: re.Match) -> str:
    """Who a Vietnamese sentence is about: "I", "he", "my father", "my parents" (groups of _WORKER, _WHO_NAMED,
    PARENTS_WHOSE)."""
    if worker := (m.group("worker") or "").lower():
        return _WORKER[worker]
    if m.groupdict().get("given"):
        return strip_marks(m["given"])
    if m.groupdict().get("pwhose"):  # (parents of PARENTS_WHOSE: "my parents")
        return parents_said(m, "en")
    return f"{terms.OWNERS[m.group('whose').lower()]} {NAMED_WHO[m.group('who').lower()]}"


def _who_vi(m: re.Match) -> str:
    """Who an English sentence is about, in Vietnamese: "tôi", "anh ấy", "bố tôi" (groups of _WHO_EN)."""
    worker = (m.group("worker") or "").lower()
    return _WORKER_VI.get(worker) or f"{KIN_VI[m.group('kin').lower()]} {terms.WHOSE_VI[m.group('whose').lower()]}"


# words of kinship, pronouns and common words that a capital does not make a name (Vietnamese and English)
_NOT_NAME_WORDS = {keyed(k) for k in names.KIN} | {
    "mẹ", "bố", "ba", "má", "con", "cháu", "sếp", "chồng", "vợ", "tôi", "ấy", "nó", "và", "học", "sinh", "cả", "lớp",
    "ai", "who", "which", "it", "this", "that", "there", "everyone", "everybody", "nobody", "someone", "somebody",
    "many", "some", "all", "people", "tonight", "today", "tomorrow", "yesterday", "now", "then", "last", "next", "on",
    "in", "at", "so", "and", "but", "mom", "mum", "mother", "dad", "father", "kids", "children", "students",
    "teachers", "parents", "grandma", "grandpa"}


def performer(name: str) -> bool:
    """Whether words written with capitals may be a singer's or a band's name ("Mỹ Tâm", "Sơn Tùng M-TP", "BTS", "The
    Beatles"): each word with a capital or a digit first, and none a word of kinship, a pronoun or a common word
    ("Mẹ Tôi", "Học Sinh", "Mom", "Tonight"), nor a place ("Việt Nam", "Hà Nội")."""
    words = name.split()
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words) and not (
        {keyed(w) for w in words} & _NOT_NAME_WORDS or named_place(name, "vi") or named_place(name, "en"))


def named_place(said: str, src: str) -> str | None:
    """A country of COUNTRIES or a place by its name that mt.patterns.a_place knows, in the other language ("Đà Lạt":
    "Da Lat"); None for anything else ("Nước", water, is a term but no place; "chợ", the market, has no name)."""
    said = " ".join(said.split())
    if not said[:1].isupper():
        return None
    if found := (COUNTRIES if src == "vi" else COUNTRIES_VI).get(said):
        return found
    named = a_place(said, src, "en" if src == "vi" else "vi") or ""
    return named if named[:1].isupper() else None
