"""Taking a pet to the vet's, both ways, written whole by rule: a dog or a cat taken to be neutered (spayed), for its
vaccinations or its rabies shot, to be dewormed or for a check-up; whether it has been neutered or has had its shots;
and what such a job costs. v8 (rules on) reads "triệt sản" as sterilised or silk, "tẩy giun" as a punch or a washcloth,
"tiêm phòng" as a room, and "neutered", "spayed", "dewormed" as anything: "Tôi mang con mèo đi triệt sản." → "I bring
cats sterilized.", "Con chó của tôi đã được triệt sản." → "My dog has been silized.", "Con mèo của tôi đã tiêm phòng dại
chưa?" → "Is my cat vaccinated rabies?", "Hôm qua mẹ tôi đưa chó đi tẩy giun." → "Yesterday, my mother gave the punch.",
"Con mèo nhà bạn triệt sản chưa?" → "Are you silky cats?", "Triệt sản cho mèo hết bao nhiêu tiền?" → "How many cats make
it all?"; "I took the cat to be neutered." → "Tôi lấy con mèo để trở nên dễ thương.", "My dog has been neutered." → "Con
chó của tôi đã rất cần thiết.", "Is your cat spayed?" → "Con mèo của bạn có rác không?", "My dog hasn't been dewormed
yet." → "Con chó của tôi vẫn chưa bị phân rã.", "How much does it cost to get a cat neutered?" → "Con mèo có thể tốn bao
nhiêu tiền để có được một con mèo có được không?".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) takes ("mang", "đưa", "dẫn") a dog or a cat ("chó", "con mèo", "chó nhà
tôi", "con chó của mẹ tôi", "con mèo này"; "the dog", "my cat", "Lan's dog"; who named again as its owner as whose own:
"Mẹ tôi … con mèo của mẹ tôi", her cat) for a job of _JOBS: in the past ("đã", a day behind; a plain verb only for
neutering, done once), already ("rồi"), just ("vừa"), not yet ("chưa"), asked ("… chưa?", "có phải", "có cần", "có
định", "có … hôm qua … không?", "có … mỗi năm không?"), now ("đang"), will ("sẽ"), is going to ("định"), has to
("phải"), needs to ("cần"), a day ahead alone (arranged), every month or year; a pet (with "con", whose or "này") that
has (not yet, just, already) been neutered or dewormed or had its (rabies) shots, all of them ("đầy đủ"), asked ("…
chưa?"; "Is it neutered?"); what a job costs for a dog or a cat ("… hết bao nhiêu tiền?").
Left: a plain verb but neutering ("Tôi đưa chó đi tiêm phòng.": a habit, or done?), days of today (ahead or done?), "có
… không?" of a pet's state ("có được": allowed?), "không được" (not allowed?), "của mình" and "nhà mình" (whose?),
"his", "her", "their" pet after kin or a name (their own, or another's?), a name named again as the pet's owner (his, or
hers?), "anh", "chị", "em" alone saying it, "bạn" and "chúng ta" with no tense, no day behind (told to, or "Let's"?),
"em" asking with "ạ", "mình" asking, "we" and "our" asked in English (chúng tôi, or chúng ta?), a pet as who, "Mèo" or
"Chó" with a capital inside the sentence (a name), "tiêm" alone, a cost of someone's own pet (will cost, or did?), a
statement ending in "thế", "vậy"; taken to the vet ("đưa mèo đi khám thú y": mt/pets.py), people's jabs ("Con tôi phải
tiêm phòng.": mt/jabs.py), people's check-ups (mt/check_ups.py), baths and fleas (mt/grooming.py), pet insurance
(mt/insurance.py), and anything else.
mt.phrasebook.translate tries these after mt/festivals.py.

    >>> translate("Tôi mang con mèo đi triệt sản.", "vi", "en"), translate("My dog has been neutered.", "en", "vi")
    ('I took the cat to be neutered.', 'Con chó của tôi đã được triệt sản.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .grooming import asked_vi, english, pet_en
from .hobbies import (EVERY_MONTH, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, aux_agrees, em_speaking, pet as a_pet,
                      someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:triệt\s+sản|tiêm\s+phòng|tiêm\s+vắc|tiêm\s+dại|tẩy\s+giun|xổ\s+giun|khám\s+sức)"),
         "en": lazy(r"(?i:neuter|spay|vaccin|rabies|deworm|wormed|shots|jabs|check-up|checkup)")}
_PETS, _PETS_VI = {"chó": "dog", "mèo": "cat"}, {"dog": "chó", "cat": "mèo"}
# the jobs: Vietnamese written back, English after "take the dog", and what the pet has done (None: not said so)
_JOBS = {"neuter": ("triệt sản", "to be neutered", "been neutered"),
         "shots": ("tiêm phòng", "for its vaccinations", "had its vaccinations"),
         "rabies": ("tiêm phòng dại", "for its rabies shot", "had its rabies shot"),
         "worms": ("tẩy giun", "to be dewormed", "been dewormed"),
         "checkup": ("khám sức khỏe", "for a check-up", None)}
# the forms of "take": base, "-s", past, participle, "-ing"
_TAKE = {"take": "base", "takes": "s", "took": "past", "taken": "part", "taking": "ing"}
_FORMS = {kind: form for form, kind in _TAKE.items()}
# days behind and ahead (mt.dates.NEAR_DAYS; days of today are ahead or done by the verb, so left)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                 "cuối tuần trước", "tháng trước", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "tuần sau",
                 "tuần tới", "cuối tuần sau", "cuối tuần tới", "tháng sau", "tháng tới")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# a vet's visits are monthly or yearly (mt.hobbies.EVERY has neither a vet's nor a year)
_EVERY = EVERY_MONTH | {"mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
_HIS = {"his", "her", "their"}  # (whose pet, said after kin or a name: their own, or another's?)

# the pet ("chó", "con mèo", "chó nhà tôi", "con chó của mẹ tôi", "con mèo này")
_PET = (rf"(?:(?P<con>[Cc]on)\s+)?(?P<pet>(?i:chó|mèo))(?:\s+(?:(?:của|nhà)\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))"
        rf"|\s+(?:của|nhà)\s+(?P<someone>{SOMEONE})|\s+(?P<this>này))?")
# the job ("tiêm phòng dại" before "tiêm phòng"; "vắc-xin" written as people type it)
_VACCINE = r"vắc\s*-?\s*xin"
_JOB = (rf"(?i:(?P<neuter>triệt\s+sản)|(?P<rabies>tiêm\s+(?:phòng\s+|{_VACCINE}\s+)?(?:bệnh\s+)?dại)|"
        rf"(?P<shots>tiêm\s+phòng|tiêm\s+{_VACCINE})|(?P<worms>tẩy\s+giun|xổ\s+giun)|"
        r"(?P<checkup>khám\s+sức\s+kh(?:ỏe|oẻ)))")
_DAY = rf"(?i:{alternatives(DAYS)})"
_AUX = r"đang|sẽ|phải|cần|định|đã|vừa\s+mới|vừa|chưa|có\s+phải|có\s+cần|có\s+định|có"
# who takes a pet ("Tôi phải đưa con chó đi tiêm phòng.", "Hôm qua mẹ tôi đưa chó đi tẩy giun.")
_TAKING = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+)?(?:mang|đưa|dẫn)\s+{_PET}\s+đi\s+"
               rf"{_JOB}(?:\s+(?P<every>(?i:{alternatives(_EVERY)})))?(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
               rf"(?:\s+(?P<tail>rồi|chưa))?{ASKED_END}")
# a pet's jobs done ("Con chó của tôi đã được triệt sản.", "Con mèo của tôi đã tiêm phòng dại chưa?")
_DONE = lazy(rf"{_PET}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|chưa)\s+)?(?:được\s+)?{_JOB}(?:\s+(?P<full>đầy\s+đủ))?"
             rf"(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")
# what a job costs ("Triệt sản cho mèo hết bao nhiêu tiền?")
_COST = lazy(rf"{_JOB}\s+cho\s+(?P<pet>(?i:chó|mèo))\s+(?:(?:thì\s+)?(?:hết|mất|tốn|là)\s+)?(?:khoảng\s+)?"
             rf"bao\s+nhiêu(?:\s+tiền)?{SOFTENED_END}")

# ... in English ("I have to take the dog for its vaccinations.", "Has my cat had its rabies shot?")
_PET_EN = rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<pet>dog|cat)"
_JOB_EN = (r"(?:(?P<neuter>to\s+(?:be|get)\s+(?:neutered|spayed))|(?P<rabies>for\s+(?:its|a)\s+rabies\s+(?:shot|jab))|"
           r"(?P<shots>for\s+its\s+(?:vaccinations|shots|jabs)|to\s+(?:be|get)\s+vaccinated)|"
           r"(?P<worms>to\s+(?:be|get)\s+(?:de)?wormed)|(?P<checkup>for\s+a\s+check-?up))")
_AUX_EN = (r"(?P<aux>(?:['’](?:s|re|m|ll|ve)|\s+(?:is|am|are|will|wo|has|have|does|do)(?:n['’]t|\s+not)?)"
           r"(?:\s+(?:going|have|has|need|needs)\s+to)?|\s+(?:has|have|need|needs)\s+to)")
_TAKING_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Is|Are|Am|Have|Has)\s+)?{WHO_EN}{_AUX_EN}?(?:\s+(?P<adv>just|already))?"
                  rf"\s+(?P<verb>{alternatives(_TAKE)})\s+{_PET_EN}\s+{_JOB_EN}"
                  rf"(?:\s+(?P<every>{alternatives(_EVERY_VI)}))?(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
                  r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DONE_EN = lazy(rf"(?:(?P<q>Has|Is)\s+)?{_PET_EN}(?P<aux>\s+has(?:n['’]t|\s+not)?|\s+is(?:n['’]t|\s+not)?|['’]s)?"
                r"(?:\s+(?P<adv>just|already))?\s+(?:(?P<been>been\s+)?(?P<fully>fully\s+)?(?P<part>neutered|spayed|"
                r"vaccinated|dewormed|wormed)|had\s+(?P<all>all\s+)?its\s+(?:(?P<rabies>rabies\s+(?:shot|jab))|"
                r"vaccinations|shots|jabs))(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_COST_EN = lazy(r"How\s+much\s+(?P<be>does|is)\s+(?:it(?:\s+cost)?\s+to\s+(?:get\s+a\s+(?P<pet>dog|cat)\s+"
                r"(?P<part>neutered|spayed|vaccinated|dewormed|wormed)|(?P<verb>neuter|spay|vaccinate|deworm)\s+a\s+"
                r"(?P<pet2>dog|cat))|a\s+(?P<kind>rabies\s+(?:shot|jab)|check-?up)\s+for\s+a\s+(?P<pet3>dog|cat)"
                r"(?P<cost>\s+cost)?)\s*\?+")
# the jobs by English words ("spayed": "neuter")
_JOB_OF = {"neutered": "neuter", "spayed": "neuter", "neuter": "neuter", "spay": "neuter", "vaccinated": "shots",
           "vaccinate": "shots", "dewormed": "worms", "wormed": "worms", "deworm": "worms"}
# the auxiliaries as said, to how the job is done (contracted, "n't" written out; "'s" is "is" or "has" by the verb)
_HOW_EN = {"": "plain", "is": "be", "am": "be", "are": "be", "'s": "be", "'re": "be", "'m": "be", "will": "will",
           "'ll": "will", "will not": "won't", "wo not": "won't", "has to": "must", "have to": "must",
           "needs to": "need", "need to": "need", "has": "has", "have": "has", "'ve": "has", "has not": "not yet",
           "have not": "not yet"}
_HOW_EN |= {f"{be_} going to": "going" for be_ in ("is", "am", "are", "'s", "'re", "'m")}
_HOW_VI = {"will": "sẽ", "won't": "sẽ không", "must": "phải", "need": "cần", "going": "định"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who takes a dog or a cat to be neutered, dewormed, for its (rabies)
    shots or a check-up, whether a pet has had them done, or asks what one costs; None for any other."""
    if src == "vi":
        return _taking(text) or _done(text) or _cost(text)
    text = text.replace("’", "'")
    return _taking_vi(text) or _done_vi(text) or _cost_vi(text)


def _job(m: re.Match) -> str:
    """The job of _JOBS a match of _JOB or _JOB_EN says."""
    return next(job for job in _JOBS if m[job])


def _pet_en(m: re.Match) -> str | None:
    """The pet of a match of _PET in English (mt.grooming.pet_en); None too for a pet's pet ("con mèo của con chó
    tôi")."""
    return None if m["someone"] and a_pet(m["someone"], "vi") else pet_en(m)


def _pet_vi(m: re.Match) -> str | None:
    """The pet of a match of _PET_EN in Vietnamese: "the dog" as "con chó", "my cat" as "con mèo của tôi", "my
    mother's dog" as "con chó của mẹ tôi", "this cat" as "con mèo này"; None where someone is not read."""
    pet = _PETS_VI[m["pet"]]
    if m["someone"]:
        named = None if a_pet(m["someone"], "en") else someone(m["someone"], "en")
        return named and f"con {pet} của {named}"
    det = m["det"].lower()
    return f"con {pet} này" if det == "this" else f"con {pet}" if det == "the" else f"con {pet} của {WHOSE_VI[det]}"


def _taking(text: str) -> str | None:
    """"Tôi mang con mèo đi triệt sản." as "I took the cat to be neutered.", "Tôi phải đưa con chó đi tiêm phòng." as
    "I have to take the dog for its vaccinations.", "Bạn đã đưa mèo đi tẩy giun chưa?" as "Have you taken the cat to
    be dewormed yet?", "Hôm qua mẹ tôi đưa chó đi tiêm phòng dại." as "My mother took the dog for its rabies shot
    yesterday." (_TAKING); None for anything else, for a pet as who, where the tense is not read for sure ("Tôi đưa
    chó đi tiêm phòng."), for "em" asking with "ạ", "mình" asking, "bạn" and "chúng ta" with no tense (told to,
    or "Let's"?), a name named again as the pet's owner (his, or hers?), and a statement ending in "thế", "vậy"."""
    m = _TAKING.fullmatch(text)
    if not m or animal(m) or m["day0"] and m["day"] or (m["day0"] or m["day"]) and m["every"]:
        return None
    aux, tail, job = keyed(m["aux"] or ""), m["tail"] or "", _job(m)
    asked = bool(m["asked"]) or tail == "chưa"
    if asked != ("?" in m["end"]) or m["asked"] and tail or aux.startswith("có") != bool(m["asked"]) or \
            not asked and STRESSED_SAID.search(text) or m["every"] and job == "neuter":
        return None  # (neutered once: never every year)
    mine = asked and keyed(m["who"] or "") == "mình"  # ("Mình có phải …?": I, or we?)
    said, pet = None if em_speaking(m) or mine else who(m, asked), _pet_en(m)
    if said is None or pet is None or said[0] not in EN_WHOSE and pet.split()[0] in _HIS:
        return None  # ("Bố tôi đưa chó nhà anh ấy đi tiêm phòng.": "his dog" would be his own)
    who_, one = said
    if pet.startswith(f"{who_}'s ") and (pet := _own(m, who_, pet)) is None:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    kind, on = NEAR_WAY.get(day, ""), f" {DAYS[day]}" if day else ""
    if not (asked or aux or tail or kind == "behind") and (who_ == "you" or keyed(m["who"] or "") == "chúng ta"):
        return None  # (with no tense, "bạn" is told to and "chúng ta" suggests: "Let's take the cat …")
    forms = {kind: f"{form} {pet} {_JOBS[job][1]}" for form, kind in _TAKE.items()}
    every = f" {_EVERY[keyed(m['every'])]}" if m["every"] else ""
    return english(m, (aux, tail, kind, on, every), who_, one, forms, job == "neuter")  # (neutered once: done)


def _own(m: re.Match, who_: str, pet: str) -> str | None:
    """The pet of who of a match of _TAKING (`who_` in English) named again as its owner ("Mẹ tôi … con mèo của mẹ
    tôi": "her cat"), as who's own; None where English cannot tell his from hers (a name, "bạn tôi")."""
    whose = whose_own(m, who_)
    return whose and f"{whose} {pet.rsplit(' ', 1)[-1]}"


def _done(text: str) -> str | None:
    """"Con chó của tôi đã được triệt sản." as "My dog has been neutered.", "Con mèo của tôi đã tiêm phòng dại chưa?"
    as "Has my cat had its rabies shot?", "Chó nhà tôi chưa được tẩy giun." as "My dog hasn't been dewormed yet.",
    "Con mèo đã được tiêm phòng đầy đủ rồi." as "The cat has already had all its vaccinations." (_DONE); None for
    anything else, for a bare "chó", "mèo" (dogs and cats in general?), and with no word of tense ("Con mèo được
    triệt sản.")."""
    m = _DONE.fullmatch(text)
    if not m or not (m["con"] or m["owner"] or m["someone"] or m["this"]) or (pet := _pet_en(m)) is None:
        return None
    job, aux, tail = _job(m), keyed(m["aux"] or ""), m["tail"] or ""
    done = _JOBS[job][2]
    asked = tail == "chưa"
    if done is None or asked != ("?" in m["end"]) or m["full"] and job != "shots" or STRESSED_SAID.search(text):
        return None
    if m["full"]:
        done = "had all its vaccinations"
    if asked:  # (the pet as _pet_en wrote it: "the cat", "Minh's cat")
        return f"Has {pet} {done}?" if aux in ("", "đã") else None
    pet, end = capitalised(pet), stop(m["end"])
    if aux == "chưa":
        return None if tail else f"{pet} hasn't {done} yet{end}"
    if aux in ("vừa", "vừa mới"):
        return None if tail else f"{pet} has just {done}{end}"
    if tail:
        return f"{pet} has already {done}{end}"
    return f"{pet} has {done}{end}" if aux == "đã" else None


def _cost(text: str) -> str | None:
    """"Triệt sản cho mèo hết bao nhiêu tiền?" as "How much does it cost to get a cat neutered?", "Tiêm phòng dại cho
    chó bao nhiêu tiền?" as "How much does a rabies shot for a dog cost?" (_COST); None for anything else."""
    m = _COST.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    job, pet = _job(m), _PETS[keyed(m["pet"])]
    if job in ("rabies", "checkup"):
        return f"How much does a {'rabies shot' if job == 'rabies' else 'check-up'} for a {pet} cost?"
    done = {"neuter": "neutered", "shots": "vaccinated", "worms": "dewormed"}[job]
    return f"How much does it cost to get a {pet} {done}?"


def _job_vi(m: re.Match) -> str:
    """The job of a match of _JOB_EN in Vietnamese, with its pet: "đưa con chó đi tiêm phòng"."""
    return f"đưa {_pet_vi(m)} đi {_JOBS[_job(m)][0]}"


def _taking_vi(text: str) -> str | None:
    """"I took the cat to be neutered." as "Tôi đã đưa con mèo đi triệt sản.", "I have to take the dog for its
    vaccinations." as "Tôi phải đưa con chó đi tiêm phòng.", "My mother took the dog to be dewormed yesterday." as
    "Hôm qua mẹ tôi đưa con chó đi tẩy giun." (_TAKING_EN); None for anything else, where a verb does not agree with
    who, for a pet as who, "his", "her", "their" pet after kin or a name, where the tense is not read for sure ("I
    take the dog for its vaccinations."), and "we" or "our" asked (chúng tôi, or chúng ta?)."""
    m = _TAKING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or _pet_vi(m) is None or \
            not m["who"] and (m["det"] or "").lower() in _HIS or m["every"] and m["neuter"]:
        return None  # ("My father takes his dog …": his own, "của mình", or another's?)
    said, kinds, day = _job_vi(m), {_TAKE[m["verb"]]}, DAYS_VI.get(keyed(m["day"] or ""), "")
    kind, (who_, one) = NEAR_WAY.get(day, ""), who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    how, adv, every, yet = _HOW_EN.get(aux), m["adv"], m["every"], bool(m["yet"])
    if aux == "'s" and "ing" not in kinds:
        how = "has"  # ("She's taken the cat …"; "She's taking …" is "is")
    if how is None or not aux_agrees(m, aux, how, one) or \
            every and (kind or adv or yet) or yet and (kind or adv):
        return None
    every = f" {_EVERY_VI[keyed(every)]}" if every else ""
    head = capitalised(f"{day} {who_}".strip())
    if m["q"]:  # ("we", "our" asked: chúng tôi, or chúng ta?)
        return None if who_ == "chúng tôi" or (m["det"] or "").lower() == "our" else \
            asked_vi(m, how, said, kinds, head, kind, who_, every)
    end, bare = stop(m["end"]), not (adv or every or yet)
    if how == "be" and "ing" in kinds and kind != "behind" and bare:
        return f"{head} {'sẽ' if kind else 'đang'} {said}{end}"  # ("I'm taking the dog … tomorrow.": arranged)
    if how in _HOW_VI and "base" in kinds and kind != "behind" and bare:
        return f"{head} {_HOW_VI[how]} {said}{end}"
    if how == "plain" and every and ("s" in kinds) == one and {"s", "base"} & kinds:
        return f"{head} {said}{every}{end}"
    if how == "plain" and "past" in kinds and kind != "ahead" and bare:
        return f"{head} {'' if kind else 'đã '}{said}{end}"
    if how == "plain" and "past" in kinds and adv and not (kind or every or yet):  # ("We just took the dog …")
        return f"{head} vừa {said}{end}" if adv == "just" else f"{head} đã {said} rồi{end}"
    if how in ("has", "not yet") and "part" in kinds and not (kind or every):
        if how == "not yet":
            return None if adv else f"{head} chưa {said}{end}"
        return None if yet else f"{head} vừa {said}{end}" if adv == "just" else f"{head} đã {said} rồi{end}"
    return None


def _done_vi(text: str) -> str | None:
    """"My dog has been neutered." as "Con chó của tôi đã được triệt sản.", "Has my cat had its rabies shot?" as "Con
    mèo của tôi đã được tiêm phòng dại chưa?", "Is your cat spayed?" as "Con mèo của bạn đã được triệt sản chưa?",
    "My dog hasn't been dewormed yet." as "Con chó của tôi chưa được tẩy giun." (_DONE_EN); None for anything else,
    where a verb does not agree ("The dog has neutered.": it did the neutering), and "our" asked (chúng tôi, or
    chúng ta?)."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (pet := _pet_vi(m)) is None or m["q"] and m["aux"] or \
            m["q"] and (m["det"] or "").lower() == "our":
        return None  # ("Is our cat spayed?": chúng tôi, or chúng ta?)
    words = (m["q"] or m["aux"] or "").lower().replace("n't", " not").split()
    aux, not_, adv, yet = (words or [""])[0], "not" in words, m["adv"], bool(m["yet"])
    if aux == "'s":
        aux = "has" if m["been"] else "is"
    part = m["part"]
    job = _JOB_OF[part] if part else "rabies" if m["rabies"] else "shots"
    full = bool(m["fully"] or m["all"])
    if (aux == "has") != bool(m["been"] or not part) or m["fully"] and part != "vaccinated" or \
            m["all"] and m["rabies"] or not aux:
        return None  # ("is been", "has neutered", "is had its shots", "fully neutered", "all its rabies shot")
    said = f"được {_JOBS[job][0]}{' đầy đủ' * full}"
    pet, end = capitalised(pet), stop(m["end"])
    if m["q"]:
        return None if adv or yet and aux == "is" else f"{pet} đã {said} chưa?"
    if not_:
        return None if adv else f"{pet} chưa {said}{end}"
    if yet or adv and aux == "is":
        return None
    return f"{pet} vừa {said}{end}" if adv == "just" else f"{pet} đã {said}{' rồi' * bool(adv)}{end}"


def _cost_vi(text: str) -> str | None:
    """"How much does it cost to get a cat neutered?" as "Triệt sản cho mèo hết bao nhiêu tiền?", "How much is a
    rabies shot for a dog?" as "Tiêm phòng dại cho chó hết bao nhiêu tiền?" (_COST_EN); None for anything else, and
    where "does" and "cost" do not go together ("How much does a check-up for a dog?")."""
    m = _COST_EN.fullmatch(text)
    if not m:
        return None
    does = m["be"] == "does"
    if m["kind"]:
        if does != bool(m["cost"]):
            return None
        job, pet = "rabies" if m["kind"].startswith("rabies") else "checkup", m["pet3"]
    else:
        cost = " cost " in f" {m.string[m.end('be'):m.start('pet') if m['pet'] else m.start('verb')]} "
        if does != cost:
            return None  # ("How much does it to …", "How much is it cost to …")
        job, pet = _JOB_OF[m["part"] or m["verb"]], m["pet"] or m["pet2"]
    return f"{capitalised(_JOBS[job][0])} cho {_PETS_VI[pet]} hết bao nhiêu tiền?"
