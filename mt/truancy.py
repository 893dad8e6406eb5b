"""Truancy, both ways, written whole by rule: who skips school or a class ("trốn học", "cúp học", "cúp tiết toán"),
to play games or go out, on a day behind, as a habit, never, ever (asked), no more, ahead; who got caught doing it; and
"Đừng trốn học nữa!". v8 (rules on) reads "trốn học" as hiding or fleeing from school, "bị bắt" as arrested, "cúp" as
bowing, and "skip" as "bỏ qua" (ignore), "skipping school" as dropping out or going: "Nó hay trốn học đi chơi game." →
"It or flees to school to play games.", "Hôm qua tôi trốn học." → "Yesterday, I escaped from school.", "Tôi cúp tiết
toán." → "I bowed to math.", "Bạn có bao giờ trốn học không?" → "Do you ever hide from school?", "Con tôi bị bắt vì
trốn học." → "My child was arrested for a fleet.", "Tôi chưa bao giờ trốn học." → "I never hide from school.", "Tôi sẽ
không trốn học nữa." → "I won't go to school anymore."; "He often skips school to play games." → "Anh ta thường bỏ qua
trường chơi game.", "I skipped class yesterday." → "Tôi bỏ qua lớp hôm qua.", "My son got caught skipping school." →
"Con trai tôi bị bắt gặp bỏ học." (dropping out), "Stop skipping school." → "Hãy dừng đi học." (stop going), "We
played truant last week." → "Chúng tôi chơi động đất vào tuần trước." (an earthquake).

Taken: who (mt.hobbies.WHO, WHO_EN; "thằng bé", he, and "con bé", she; no pets) skipping school ("trốn học" ↔ "skip
school", "play truant"), class ("cúp học" ↔ "skip class") or a subject's class (mt.school_reports.SUBJECTS, PE: "cúp
tiết toán", "trốn tiết", "bỏ tiết" ↔ "skip the maths class"), for a reason of _FOR ("đi chơi game" ↔ "to play
games"): plain or "đã", the past (the day behind before or after: "Hôm qua tôi trốn học." ↔ "I skipped school
yesterday."); "không" on a day behind (didn't); a habit of mt.hobbies.SELDOM ("hay" ↔ "often", "không bao giờ" ↔
"never"); never yet ("chưa bao giờ", "chưa từng" ↔ "has never skipped"); before ("đã từng" ↔ "has skipped … before");
no more ("không … nữa" ↔ "doesn't … any more"); ahead ("sẽ", a day ahead ↔ "will"; "sẽ không … nữa" ↔ "won't … again");
asked: on a day behind ("Hôm qua bạn có trốn học không?" ↔ "Did you …?"), often ("có hay … không?"), ever ("có bao
giờ … không?", "đã bao giờ … chưa?", "đã từng … chưa?" ↔ "Have you ever skipped …?"); who got caught skipping ("bị
bắt vì", "bị bắt quả tang", "bị phát hiện" ↔ "got caught", "was caught"), asked or never; told ("Đừng trốn học!" ↔
"Don't skip school!", "Đừng … nữa!" ↔ "Stop skipping school!"). Left: "nó" (a child, he or she? mt.hobbies.who does
not read it), "bỏ học" (dropping out), "trốn học thêm" (extra classes), a bare "có … không?" and a bare "không"
(done, or a habit?), "hôm nay", "sáng nay" (done, or planned?), "đang", "vừa", "mới", "lại", "rồi", "à?", "nhỉ",
asked of oneself, "anh", "chị", "em" alone saying it, English's plain present ("I skip school.": a habit, or a story
told?), "is skipping", "skipped maths" (no class said), "skip breakfast" and other skipping, punished or told off for
it ("bị phạt", "bị mắng vì trốn học": mt/school_trouble.py, mt/told_off.py), and anything else; late for school is
mt/lateness.py's, putting off studying mt/procrastination.py's, and none of mt/school_days.py, mt/lessons.py,
mt/games.py or mt/ever.py (which mends the model's "ever" and "never") reads truancy.
mt.phrasebook.translate tries these after mt/phone_storage.py.

    >>> translate("Hôm qua tôi trốn học.", "vi", "en"), translate("He often skips school to play games.", "en", "vi")
    ('I skipped school yesterday.', 'Anh ấy hay trốn học đi chơi game.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .school_reports import SUBJECTS
from .text import SOFTENED_END, agreement_asked, alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:trốn\s+học|cúp\s+học|trốn\s+tiết|cúp\s+tiết|bỏ\s+tiết)"), "en": lazy(r"(?i:skip|truant)")}
# what is skipped: school or class, or a subject's class ("tiết toán"; the first Vietnamese of each is written back)
_WHAT = {"trốn học": "school", "cúp học": "class"}
_WHAT_VI = {en: vi for vi, en in _WHAT.items()}
_SUBJECTS = {keyed(vi): en for vi, en in SUBJECTS.items()} | {"thể dục": "PE"}
_SUBJECTS_VI = {en.lower(): vi for vi, en in reversed(SUBJECTS.items())} | {"math": "toán", "pe": "thể dục"}
# what it is skipped for (the first Vietnamese of each is written back)
_FOR = {"đi chơi game": "to play games", "chơi game": "to play games", "đi chơi điện tử": "to play video games",
        "chơi điện tử": "to play video games", "đi chơi với bạn bè": "to go out with friends",
        "đi chơi với bạn": "to go out with friends", "đi chơi": "to go out", "đi đá bóng": "to play football",
        "đi xem phim": "to go to the cinema", "đi bơi": "to go swimming"}
_FOR_VI = {en: vi for vi, en in reversed(_FOR.items())} | {
    "to go to the movies": "đi xem phim", "to hang out with friends": "đi chơi với bạn bè",
    "to play soccer": "đi đá bóng"}
# days behind and ahead (mt.dates; not today: "Hôm nay tôi trốn học." may be planned)
_BEHIND = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước")
_AHEAD = near_days("ngày mai", "sáng mai", "chiều mai", "tuần sau", "tuần tới")
_DAYS = _BEHIND | _AHEAD
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}
_KID = {"thằng bé": "he", "con bé": "she"}  # (a child said as a boy or a girl; "nó" is either)

_WHO = rf"(?:(?P<kid>(?i:{alternatives(_KID)}))|{WHO})"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_SKIPPED = (rf"(?P<verb>(?i:trốn|cúp|bỏ)\s+tiết)\s+(?:môn\s+)?(?P<subject>(?i:{alternatives(_SUBJECTS)}))|"
            rf"(?P<what>(?i:{alternatives(_WHAT)}))")
_FOR_SAID = rf"(?:\s+(?:để\s+)?(?P<for>(?i:{alternatives(_FOR)})))?"
# how, before the verb: done, not, never yet, before, ever (asked), ahead, or how often (mt.hobbies.SELDOM)
_HOW = alternatives(["đã từng", "từng", "chưa bao giờ", "chưa từng", "đã bao giờ", "bao giờ", "sẽ không", "sẽ", "đã",
                     "không", *SELDOM])
# who skips ("Nó hay trốn học đi chơi game.", "Hôm qua tôi trốn học.", "Bạn có bao giờ trốn học không?")
_SKIP = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<how>{_HOW})\s+)?"
             rf"(?:{_SKIPPED}){_FOR_SAID}"
             rf"(?:\s+(?P<day1>{_DAY}))?(?:\s+(?P<more>nữa))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# who got caught ("Con tôi bị bắt vì trốn học.", "Em trai tôi bị bắt quả tang trốn học.")
_CAUGHT = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+|(?P<never>chưa\s+bao\s+giờ)\s+|đã\s+)?"
               r"bị\s+(?:bắt\s+vì|bắt\s+quả\s+tang(?:\s+đang)?|phát\s+hiện(?:\s+đang)?)\s+"
               rf"(?:{_SKIPPED}){_FOR_SAID}(?:\s+(?P<day1>{_DAY}))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# told ("Đừng trốn học nữa!", "Con đừng cúp học nhé.")
_DONT = lazy(rf"(?:[Cc]on\s+)?(?i:đừng)\s+(?:{_SKIPPED}){_FOR_SAID}(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha))?"
             r"\s*(?P<end>[.!]*)")

# ... and in English
_WHAT_EN = (rf"(?:(?P<what>school|class(?:es)?)|(?:(?:the|a)\s+)?(?P<subject>(?i:{alternatives(_SUBJECTS_VI)}))"
            r"\s+(?:class(?:es)?|lessons?))")
_FOR_EN = rf"(?:\s+(?P<for>(?i:{alternatives(_FOR_VI)})))?"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_EN)})))?"
_SKIP_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:did|do|does|will)\s+not|"
                r"\s+(?:didn|don|doesn|won)['’]t|\s+will|['’]ll|\s+have|\s+has|['’]ve|['’]s)?"
                rf"(?:\s+(?P<adv>{alternatives(HABIT_VI)}|ever))?\s+(?:(?P<skip>skip|skips|skipped)\s+{_WHAT_EN}|"
                rf"(?P<play>play|plays|played)\s+truant){_FOR_EN}(?P<before>\s+before)?{_DAY_EN}"
                r"(?P<more>\s+again|\s+any\s*more)?\s*(?P<end>[.!?]*)")
# (the spaces before aux are its own: none before "'ve", "'s")
_CAUGHT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+(?:got|get|was|were|(?:has|have)\s+never\s+been)|"
                  rf"['’](?:ve|s)\s+never\s+been)\s+caught\s+(?:skipping\s+{_WHAT_EN}|playing\s+truant){_FOR_EN}"
                  rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:(?P<stop>Stop)|Don['’]t)\s+(?:(?P<skip>skipping|skip)\s+{_WHAT_EN}|(?P<play>playing|play)\s+"
                rf"truant){_FOR_EN}(?P<more>\s+again|\s+any\s*more)?\s*(?P<end>[.!]*)")
_HAVE = {"I": "I've", "you": "you've", "we": "we've", "they": "they've", "he": "he's", "she": "she's"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who skips school or a class, who got caught doing it, or tells
    someone not to; None for any other."""
    if src == "vi":
        return None if agreement_asked(text) else _skip(text) or _caught(text) or _dont(text)
    text = text.replace("’", "'")
    return _skip_vi(text) or _caught_vi(text) or _dont_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether English says it with "-s" ("he", True); None for a pet, for
    "anh", "chị", "em" alone saying it (mt.hobbies.who) and for "I" asked (of oneself)."""
    if m["kid"]:
        return _KID[keyed(m["kid"])], True
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _skipped(m: re.Match, general: bool = False) -> str:
    """What a match of _SKIPPED says is skipped, with the reason, in English: "school", "class", "the maths class" (one)
    or "maths classes" (`general`: a habit, ever or never), " to play games" after it."""
    if m["subject"]:
        subject = _SUBJECTS[keyed(m["subject"])]
        what = f"{subject} classes" if general else f"the {subject} class"
    else:
        what = _WHAT[keyed(m["what"])]
    return what + (f" {_FOR[keyed(m['for'])]}" if m["for"] else "")


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a match of _SKIP or _CAUGHT in English, and its way ("behind", "ahead"); ("", "") for none; None
    for two days."""
    if m["day0"] and m["day1"]:
        return None
    day = keyed(m["day0"] or m["day1"] or "")
    return (f" {_DAYS[day]}", "behind" if day in _BEHIND else "ahead") if day else ("", "")


def _skip(text: str) -> str | None:
    """"Hôm qua tôi trốn học." as "I skipped school yesterday.", "Thằng bé hay trốn học đi chơi game." as "He often
    skips school to play games.", "Tôi chưa bao giờ trốn học." as "I've never skipped school.", "Bạn có bao giờ trốn
    học không?" as "Have you ever skipped school?" (_SKIP); None for anything else."""
    m = _SKIP.fullmatch(text)
    if not m or (days := _day(m)) is None:
        return None
    asked, ask, word = "?" in m["end"], bool(m["ask"]), keyed(m["asked"] or "")
    how, (day, way), more = keyed(m["how"] or ""), days, bool(m["more"])
    if asked != bool(word) or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    if asked:
        return _skip_asked(m, who_, one, how, ask, word, day, way)
    if ask or more and (how not in ("không", "sẽ không") or day) or how == "không" and not (day or more) or \
            way == "ahead" and how not in ("sẽ", "sẽ không") or way == "behind" and how not in ("", "đã", "không"):
        return None
    general = how in SELDOM or how in ("chưa bao giờ", "chưa từng", "đã từng", "từng") or more and how == "không"
    what = _skipped(m, general)
    if how in ("", "đã"):
        return capitalised(f"{who_} skipped {what}{day}.")
    if how == "không":
        return capitalised(f"{who_} didn't skip {what}{day}." if day else
                           f"{who_} {'doesn' if one else 'don'}'t skip {what} any more.")
    if how in SELDOM:
        return capitalised(f"{who_} {SELDOM[how]} {'skips' if one else 'skip'} {what}.")
    if how in ("sẽ", "sẽ không"):
        will = f"{who_}'ll" if who_ in _HAVE and how == "sẽ" else f"{who_} will"
        return capitalised(f"{will} skip {what}{day}." if how == "sẽ" else
                           f"{who_} won't skip {what}{' again' * more}{day}.")
    have = _HAVE.get(who_) or f"{who_} {'has' if one else 'have'}"
    if how in ("chưa bao giờ", "chưa từng"):
        return capitalised(f"{have} never skipped {what}.")
    return capitalised(f"{have} skipped {what} before.") if how in ("đã từng", "từng") else None


def _skip_asked(m: re.Match, who_: str, one: bool, how: str, ask: bool, word: str, day: str, way: str) -> str | None:
    """A match of _SKIP asking, in English: "Hôm qua bạn có trốn học không?" as "Did you skip school yesterday?",
    "Bạn có hay trốn học không?" as "Do you often skip school?", "Bạn đã bao giờ trốn học chưa?" as "Have you ever
    skipped school?"; None for a bare "có … không?" (done, or a habit?) and anything else."""
    if m["more"] or way == "ahead":
        return None
    if word == "không" and ask and not how and way == "behind":
        return f"Did {who_} skip {_skipped(m)}{day}?"
    if day:
        return None
    if word == "không" and ask and how in ("hay", "thường", "thường xuyên"):
        return f"{'Does' if one else 'Do'} {who_} often skip {_skipped(m, True)}?"
    ever = (word == "không" and ask and how in ("bao giờ", "từng") or
            word == "chưa" and not ask and how in ("bao giờ", "đã bao giờ", "từng", "đã từng"))
    return f"{'Has' if one else 'Have'} {who_} ever skipped {_skipped(m, True)}?" if ever else None


def _caught(text: str) -> str | None:
    """"Con tôi bị bắt vì trốn học." as "My child got caught skipping school.", "Bạn có bị bắt quả tang trốn học
    không?" as "Did you get caught skipping school?", "Tôi chưa bao giờ bị phát hiện trốn học." as "I've never been
    caught skipping school." (_CAUGHT); None for anything else, and for a day ahead."""
    m = _CAUGHT.fullmatch(text)
    if not m or (days := _day(m)) is None or days[1] == "ahead":
        return None
    asked = "?" in m["end"]
    if asked != bool(m["asked"]) or asked != bool(m["ask"]) or m["never"] and days[0] or \
            (said := _who(m, asked)) is None:
        return None
    who_, one = said
    what = "skipping " + _skipped(m, bool(m["never"]))
    if asked:
        return f"Did {who_} get caught {what}{days[0]}?"
    if m["never"]:
        have = _HAVE.get(who_) or f"{who_} {'has' if one else 'have'}"
        return capitalised(f"{have} never been caught {what}.")
    return capitalised(f"{who_} got caught {what}{days[0]}.")


def _dont(text: str) -> str | None:
    """"Đừng trốn học nữa!" as "Stop skipping school!", "Đừng cúp tiết toán." as "Don't skip the maths class." (_DONT);
    None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    end = m["end"][:1] or "."
    return f"Stop skipping {_skipped(m, True)}{end}" if m["more"] else f"Don't skip {_skipped(m)}{end}"


def _what_vi(m: re.Match) -> str:
    """What a match of _WHAT_EN says is skipped, and why, in Vietnamese: "trốn học" (school; "play truant" too), "cúp
    học" (class), "cúp tiết toán", " đi chơi game" after it."""
    if m["subject"]:
        what = f"cúp tiết {_SUBJECTS_VI[m['subject'].lower()]}"
    else:
        what = "cúp học" if (m["what"] or "school").startswith("class") else "trốn học"
    return what + (f" {_FOR_VI[m['for'].lower()]}" if m["for"] else "")


def _skip_vi(text: str) -> str | None:
    """"I skipped school yesterday." as "Hôm qua tôi trốn học.", "He often skips school to play games." as "Anh ấy hay
    trốn học đi chơi game.", "Have you ever skipped school?" as "Bạn đã bao giờ trốn học chưa?", "I won't skip school
    again." as "Tôi sẽ không trốn học nữa." (_SKIP_EN); None for anything else, and where the verb does not agree."""
    m = _SKIP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, adv, aux = m["q"] or "", (m["adv"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    verb = m["skip"] or m["play"]
    form = "past" if verb.endswith("ed") else "one" if verb.endswith("s") else "base"
    day = _DAYS_EN.get((m["day"] or "").lower(), "")
    way = "" if not day else "behind" if day in _BEHIND else "ahead"
    more, before = (m["more"] or "").strip().lower(), bool(m["before"])
    vi = _what_vi(m)
    key = (q, aux, adv, form)
    if q and who_ == "tôi" or before and key[:3] not in (("", "have", ""), ("", "'ve", ""), ("", "has", ""),
                                                       ("", "'s", "")):
        return None
    if more and key not in (("", "won't", "", "base"), ("", "will not", "", "base"), ("", "don't", "", "base"),
                            ("", "do not", "", "base"), ("", "doesn't", "", "base"), ("", "does not", "", "base")):
        return None
    one_of = {"does": True, "doesn't": True, "does not": True, "has": True, "'s": True, "do": False, "don't": False,
              "do not": False, "have": False, "'ve": False, "Does": True, "Has": True, "Do": False, "Have": False}
    first = q or aux
    if first in one_of and one_of[first] != one or not first and form in ("one", "base") and (form == "one") != one:
        return None
    day_vi = capitalised(day) + " " if day else ""
    said = None
    if not q and not aux and not adv and form == "past" and way != "ahead":
        said = f"{day_vi}{who_} {'' if day else 'đã '}{vi}."
    elif not q and aux in ("didn't", "did not") and not adv and form == "base" and way != "ahead":
        said = f"{day_vi}{who_} không {vi}."
    elif not q and not aux and adv in HABIT_VI and adv != "ever" and form != "past" and not day:
        said = f"{who_} {HABIT_VI[adv]} {vi}."
    elif not q and aux in ("have", "has", "'ve", "'s") and adv in ("never", "") and form == "past" and not day and \
            (adv == "never") != before:
        said = f"{who_} {'chưa bao giờ' if adv else 'đã từng'} {vi}."
    elif not q and aux in ("will", "'ll", "won't", "will not") and not adv and form == "base" and way != "behind" and \
            not (more and day):  # (as "sẽ không … nữa" on a day is left)
        said = f"{day_vi}{who_} sẽ {vi}." if aux in ("will", "'ll") else \
            f"{day_vi}{who_} sẽ không {vi}{' nữa' * bool(more)}."
    elif not q and aux in ("don't", "do not", "doesn't", "does not") and more and not adv and not day:
        said = f"{who_} không {vi} nữa."
    elif q == "Did" and not aux and not adv and form == "base" and way != "ahead":
        said = f"{day_vi}{who_} có {vi} không?"
    elif q in ("Do", "Does") and not aux and adv in ("often", "ever", "") and form == "base" and not day:
        said = f"{who_} có {'hay ' if adv == 'often' else 'bao giờ ' if adv else ''}{vi} không?"
    elif q in ("Have", "Has") and not aux and adv == "ever" and form == "past" and not day:
        said = f"{who_} đã bao giờ {vi} chưa?"
    return said and capitalised(said)


def _caught_vi(text: str) -> str | None:
    """"My son got caught skipping school." as "Con trai tôi bị bắt quả tang trốn học.", "Did she get caught skipping
    class yesterday?" as "Hôm qua cô ấy có bị bắt quả tang cúp học không?", "I've never been caught playing truant."
    as "Tôi chưa bao giờ bị bắt quả tang trốn học." (_CAUGHT_EN); None for anything else, and where "was", "were",
    "has", "have" do not agree."""
    m = _CAUGHT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or m["what"] == "classes":
        return None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].lower().split())
    day = _DAYS_EN.get((m["day"] or "").lower(), "")
    if day in _AHEAD or (m["q"] is not None) != (aux == "get") or m["q"] and who_ == "tôi":
        return None
    was = "was" if one or who_ == "tôi" else "were"
    if aux in ("was", "were") and aux != was or aux.startswith(("has", "have")) and aux.startswith("has") != one or \
            "never" in aux and day or aux.startswith("'s") and not one or aux.startswith("'ve") and one:
        return None
    day_vi = capitalised(day) + " " if day else ""
    caught = f"bị bắt quả tang {_what_vi(m)}"
    if m["q"]:
        return capitalised(f"{day_vi}{who_} có {caught} không?")
    return capitalised(f"{who_} chưa bao giờ {caught}." if "never" in aux else f"{day_vi}{who_} {caught}.")


def _dont_vi(text: str) -> str | None:
    """"Stop skipping school!" as "Đừng trốn học nữa!", "Don't skip class." as "Đừng cúp học.", "Don't play truant
    again!" as "Đừng trốn học nữa!" (_DONT_EN); None for anything else."""
    m = _DONT_EN.fullmatch(text)
    if not m or bool(m["stop"]) != (m["skip"] or m["play"]).endswith("ing") or m["stop"] and m["more"]:
        return None
    end = m["end"][:1] or "."
    return f"Đừng {_what_vi(m)}{' nữa' * bool(m['stop'] or m['more'])}{end}"
