"""Late nights and late mornings, both ways, written whole by rule: staying up late ("thức khuya"), sleeping in
("ngủ nướng"), and staying up all night to do something ("thức trắng đêm để ôn thi"). v8 (rules on) reads "thức khuya"
as waking or being awakened, "ngủ nướng" as sleep baked, and "stay up late", "sleep in" word by word: "Tôi hay thức
khuya." → "I'm typically awakened.", "Tối qua tôi thức khuya." → "Last night, I got up late.", "Tôi thích ngủ nướng
vào cuối tuần." → "I like to sleep baked at the weekend.", "Sáng nay tôi ngủ nướng." → "This morning, I sleep baked.",
"Đừng thức khuya nữa." → "Don't wake up.", "Tôi thức trắng đêm để ôn thi." → "I awakened the night to hugged the
test.", "Bạn có hay thức khuya không?" → "Do you have or a tendency official?"; and back, "I often stay up late." →
"Tôi thường ở lại cuối.", "I stayed up late last night." → "Tôi ở lại cuối tối qua.", "I like to sleep in at the
weekend." → "Tôi thích ngủ vào cuối tuần.", "I slept in this morning." → "Tôi ngủ trong sáng nay.", "Stop staying up
late." → "Đừng ở lại cuối.", "I pulled an all-nighter." → "Tôi kéo một cái nhìn tất cả.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) stays up late or sleeps in as a habit (mt.hobbies.SELDOM: "hay",
"thường", "luôn", "không bao giờ" …; "không hay": not often; "Tối nào … cũng", "Cuối tuần nào … cũng": every night,
every weekend; at the weekend, on Sundays), said, denied or asked ("Bạn có hay thức khuya không?"); stayed up late on
a night behind, slept in on a morning behind ("sáng nay", "hôm qua", "cuối tuần trước"), or with "đã", said, denied,
asked; will ("sẽ") or has to ("phải") on a day ahead, or had to on one behind; should or shouldn't ("nên", "không
nên"); likes, really likes or hates to ("thích", "rất thích", "ghét"; asked, denied); "Đừng … (quá) (nữa)" ("Don't
stay up too late.", "Stop sleeping in."); staying up late, or all night, doing one of _DOING ("thức khuya xem phim":
"staying up late watching films"; "thức trắng đêm để ôn thi": "stayed up all night studying for my exams"); "pulled
an all-nighter". Left: a plain "Tôi thức khuya." and "Tôi không thức khuya." (a habit, last night, or tonight?),
"Bạn có thức khuya không?" with no habit and no day, and the English they would be ("I stay up late.", "I don't
stay up late.", "Do you stay up late?": a habit, with no "often" or time of the week), "thức trắng đêm" with nothing
done (mt/insomnia.py: "I was awake all night."), "thức khuya ôn bài", "ôn thi" (mt/revising.py), "dậy muộn" (v8
writes "Tôi hay dậy muộn vào cuối tuần." well), oversleeping ("ngủ quên": mt/waking.py), asking leave to stay up ("…
được không?": mt/permission.py), told off for it ("bị mẹ mắng vì thức khuya": mt/told_off.py), bedtimes
(mt/bedtimes.py), "anh", "chị", "em" alone saying it, "Bạn đừng …", "Con đừng …" (who is bidden, kept or dropped?),
pets, "I" asked (both ways: "Did I …?"), a day with a habit, a day of the wrong way ("Tối qua tôi sẽ …", "I slept in
last night"), English verbs that do not agree with who, "Did you …?" with no day, and anything else.
mt.phrasebook.translate tries these after mt/newcomers.py.

    >>> translate("Tôi hay thức khuya.", "vi", "en"), translate("I stayed up late last night.", "en", "vi")
    ('I often stay up late.', 'Tối qua tôi thức khuya.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (HABIT_VI, SELDOM, WHO, WHO_EN, asked_of, be_agrees, often_said, own_thing, person_of,
                      whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import ASKED_END, BE_EN, SOFTENED_END, SOFTENER_NHE, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thức\s+khuya|ngủ\s+nướng|thức\s+trắng)"),
         "en": lazy(r"(?i:stay\w*\s+up|stayed\s+up|sleep\w*\s+in\b|slept\s+in\b|all-nighter)")}
# the three doings in English: base, said of one, past
_VERBS = {"thức khuya": ("stay up late", "stays up late", "stayed up late"),
          "ngủ nướng": ("sleep in", "sleeps in", "slept in"),
          "thức trắng": ("stay up all night", "stays up all night", "stayed up all night")}
# what one stays up doing (the first Vietnamese of each is written back); revising is mt/revising.py's, but for a
# whole night (_ALL_NIGHT)
_DOING = {"chơi game": "playing games", "chơi điện tử": "playing video games", "xem phim": "watching films",
          "xem ti vi": "watching TV", "xem tivi": "watching TV", "làm việc": "working", "nói chuyện": "talking",
          "tán gẫu": "chatting", "đọc sách": "reading", "học bài": "studying", "làm bài tập": "doing homework"}
_ALL_NIGHT = {"ôn thi": "studying for {} exams", "ôn bài": "revising"}
_DOING_VI = {en: vi for vi, en in reversed(_DOING.items())} | {"watching movies": "xem phim", "studying": "học bài"}
# when in the week a habit is kept, and every night or weekend ("Tối nào tôi cũng …")
_WHEN = {"vào cuối tuần": "at the weekend", "cuối tuần": "at the weekend", "vào các ngày cuối tuần": "at the weekend",
         "vào Chủ nhật": "on Sundays", "vào ngày Chủ nhật": "on Sundays", "vào sáng Chủ nhật": "on Sunday mornings",
         "vào thứ Bảy": "on Saturdays"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {
    "at weekends": "vào cuối tuần", "on weekends": "vào cuối tuần", "on the weekend": "vào cuối tuần"}
_WHEN0 = {"cuối tuần": "at the weekend", "Chủ nhật": "on Sundays", "sáng Chủ nhật": "on Sunday mornings"}
_EACH = {"tối nào": "every night", "đêm nào": "every night", "cuối tuần nào": "every weekend",
         "sáng Chủ nhật nào": "every Sunday morning"}
_EACH_VI = {en: vi for vi, en in reversed(_EACH.items())}
# the days each doing is said on, done (behind: "sáng nay" too, for a morning slept through) or to come
_BEHIND = {"thức khuya": near_days("tối qua", "tối hôm qua", "đêm qua", "hôm qua", "hôm kia"),
           "thức trắng": near_days("đêm qua", "tối qua", "tối hôm qua", "hôm qua", "hôm kia"),
           "ngủ nướng": near_days("sáng nay", "hôm qua", "sáng hôm qua", "sáng qua", "hôm kia", "cuối tuần trước",
                                  "cuối tuần rồi")}
_AHEAD = {"thức khuya": near_days("tối nay", "đêm nay", "ngày mai"), "thức trắng": near_days("tối nay", "đêm nay"),
          "ngủ nướng": near_days("ngày mai", "sáng mai", "cuối tuần này", "cuối tuần sau", "cuối tuần tới")}
_DAYS = {vi: en for table in (_BEHIND, _AHEAD) for days in table.values() for vi, en in days.items()}
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_ACT = (rf"(?P<verb>(?i:thức\s+khuya|ngủ\s+nướng|thức\s+trắng(?:\s+(?:cả\s+)?đêm)?))(?:\s+(?:để\s+)?"
        rf"(?P<doing>(?i:{alternatives(_DOING | _ALL_NIGHT)})))?")
_DAY = rf"(?P<{{}}>(?i:{alternatives(_DAYS)}))"
# a habit ("Tôi hay thức khuya.", "Bạn có hay thức khuya không?", "Cuối tuần tôi hay ngủ nướng.")
_HABIT = lazy(rf"(?:(?P<when0>(?i:{alternatives(_WHEN0)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?"
              rf"(?P<often>{alternatives(SELDOM)})\s+{_ACT}(?:\s+(?P<when>(?i:{alternatives(_WHEN)})))?{ASKED_END}")
_EVERY = lazy(rf"(?P<each>(?i:{alternatives(_EACH)}))\s+{WHO}\s+cũng\s+{_ACT}{SOFTENED_END}")
# once, on a day ("Tối qua tôi thức khuya.", "Sáng mai tôi sẽ ngủ nướng.", "Tôi thức trắng đêm để ôn thi.")
_ONCE = lazy(rf"(?:{_DAY.format('day0')}\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<aux>đã|sẽ|phải|nên)\s+)?{_ACT}(?:\s+{_DAY.format('day')})?{ASKED_END}")
_LIKE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<like>rất\s+thích|thích|ghét)\s+"
             rf"(?P<verb>thức\s+khuya|ngủ\s+nướng)(?:\s+(?P<when>(?i:{alternatives(_WHEN)})))?{ASKED_END}")
_DONT = lazy(r"(?i:đừng)\s+(?P<verb>thức\s+khuya|ngủ\s+nướng)(?:\s+(?P<too>quá))?(?:\s+(?P<more>nữa))?"
             rf"{SOFTENER_NHE}\s*(?P<end>[.!]*)")

# ... in English (’ read as ')
_NOT_EN = r"don't|doesn't|didn't|do\s+not|does\s+not|did\s+not"
_EXAMS_EN = rf"(?:studying|revising)\s+for\s+(?:(?P<owner>the|an|{WHOSE_WORDS})\s+)?exams?"
_DOING_EN = rf"(?P<doing>(?i:{alternatives(_DOING_VI)})|{_EXAMS_EN}|revising)"
_ACT_EN = (r"(?P<verb>stay|stays|stayed|sleep|sleeps|slept)\s+(?P<what>up\s+late|up\s+all\s+night|in)"
           rf"(?:\s+{_DOING_EN})?")
_WHEN_EN = rf"(?:\s+(?:(?P<when>{alternatives(_WHEN_VI)})|(?P<each>{alternatives(_EACH_VI)})))?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_DO_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<neg>{_NOT_EN}))?(?:\s+(?P<often>"
              rf"{alternatives(HABIT_VI)}))?\s+{_ACT_EN}{_WHEN_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_WILL_EN = lazy(rf"{WHO_EN}(?P<aux>'ll|\s+will|\s+(?:have|has|had)\s+to|\s+should(?:\s+not|n't)?|{BE_EN}\s+going\s+to)"
                rf"\s+{_ACT_EN}{_DAY_EN}\s*(?P<end>[.!]*)")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<neg>don't|doesn't|do\s+not|does\s+not))?\s+(?P<like>like|"
                r"likes|love|loves|hate|hates)\s+(?:to\s+(?P<base>stay\s+up\s+late|sleep\s+in)|(?P<ing>staying\s+up"
                rf"\s+late|sleeping\s+in)){_WHEN_EN}\s*(?P<end>[.!?]*)")
_STOP_EN = lazy(r"(?:(?P<stop>Stop)\s+(?P<ing>staying\s+up\s+late|sleeping\s+in)|(?:Don't|Do\s+not)\s+(?P<base>stay\s+"
                r"up\s+(?P<too>too\s+)?late|sleep\s+in))(?P<more>\s+any\s*more)?\s*(?P<end>[.!]*)")
_PULLED_EN = lazy(rf"{WHO_EN}\s+pulled\s+an\s+all-nighter(?:\s+{_DOING_EN})?{_DAY_EN}\s*(?P<end>[.!]*)")
# the verbs said of one (he, she, my mother) and of others
_ONE = {"does", "doesn't", "does not", "stays", "sleeps", "likes", "loves", "hates", "has to"}
_OTHERS = {"do", "don't", "do not", "stay", "sleep", "like", "love", "hate", "have to"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who stays up late, sleeps in, or stays up all night doing
    something, as a habit, once, ahead, liked, or bidden not to; None for any other."""
    if src == "vi":
        return _habit(text) or _once(text) or _like(text) or _dont(text)
    text = text.replace("’", "'")
    return _do_vi(text) or _will_vi(text) or _like_vi(text) or _stop_vi(text) or _pulled_vi(text)


def _verb(m: re.Match) -> str:
    """The doing of a Vietnamese match, as _VERBS keys it: "thức trắng cả đêm" as "thức trắng"."""
    return " ".join(keyed(m["verb"]).split()[:2])


def _doing(m: re.Match, verb: str, who_: str) -> str | None:
    """What who stays up doing in English, after a space (" watching films", " studying for my exams"), "" for
    nothing; None where it is not said of `verb` (sleeping in, revising but all night, nothing done all night)."""
    if not m["doing"]:
        return None if verb == "thức trắng" else ""
    doing = keyed(m["doing"])
    if verb == "ngủ nướng" or doing in _ALL_NIGHT and verb != "thức trắng":
        return None  # (up late revising: mt/revising.py's)
    if doing in _ALL_NIGHT:
        return " " + " ".join(_ALL_NIGHT[doing].format(whose_own(m, who_) or "").split())
    return f" {_DOING[doing]}"


def _said(m: re.Match, asked: bool) -> tuple[str, bool, str, str] | None:
    """Who of a Vietnamese match in English, whether one, the doing (_VERBS' key) and what is done; None for a pet,
    "I" asked, "anh" saying, or a doing not said of it."""
    said = person_of(m, asked)
    verb = _verb(m)
    doing = said and _doing(m, verb, said[0])
    return None if doing is None or not said else (*said, verb, doing)


def _habit(text: str) -> str | None:
    """"Tôi hay thức khuya." as "I often stay up late.", "Bạn có hay thức khuya không?" as "Do you often stay up
    late?", "Cuối tuần tôi hay ngủ nướng." as "I often sleep in at the weekend.", "Tôi không hay thức khuya." as "I
    don't often stay up late.", "Tối nào tôi cũng thức khuya." as "I stay up late every night." (_HABIT, _EVERY);
    None for anything else, and two times said ("Cuối tuần tôi hay ngủ nướng vào Chủ nhật.")."""
    m = _HABIT.fullmatch(text)
    each = m is None
    m = m or _EVERY.fullmatch(text)
    if not m:
        return None
    asked = False if each else asked_of(m)
    if asked is None or "?" in m["end"] and each:
        return None
    said = _said(m, asked)
    if said is None:
        return None
    who_, one, verb, doing = said
    base, of_one, _ = _VERBS[verb]
    found = m.groupdict()
    if not _fits(verb, found.get("each") or found.get("when0") or found.get("when")):
        return None
    if each:
        return capitalised(f"{who_} {of_one if one else base}{doing} {_key(_EACH, m['each'])}{m['end'] or '.'}")
    when0, when = m["when0"], m["when"]
    if when0 and when:
        return None
    when = f" {_key(_WHEN0, when0)}" if when0 else f" {_key(_WHEN, when)}" if when else ""
    often = often_said(m["often"], bool(when))
    if m["not"]:
        if asked or often not in ("often", "usually"):
            return None  # ("không thỉnh thoảng", "không bao giờ" asked)
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {often} {base}{doing}{when}.")
    if asked:
        return None if often == "never" else f"{'Does' if one else 'Do'} {who_} {often} {base}{doing}{when}?"
    return capitalised(f"{who_} {often} {of_one if one else base}{doing}{when}.")


def _fits(verb: str, when: str | None) -> bool:
    """Whether a doing (_VERBS' key) is said of a time (a night is not slept in, a Sunday morning not stayed up)."""
    when = keyed(when or "")
    return not ("sáng" in when or "morning" in when) if verb != "ngủ nướng" else not (
        "tối" in when or "đêm" in when or "night" in when)


def _key(table: dict[str, str], said: str) -> str:
    """What `said` is in a table keyed with capitals ("vào Chủ nhật", "on Sundays"), however it is typed."""
    return next(en for vi, en in table.items() if keyed(vi) == keyed(said))


def _once(text: str) -> str | None:
    """"Tối qua tôi thức khuya." as "I stayed up late last night.", "Sáng nay tôi ngủ nướng." as "I slept in this
    morning.", "Tối qua bạn có thức khuya không?" as "Did you stay up late last night?", "Tối nay tôi phải thức
    khuya." as "I have to stay up late tonight.", "Sáng mai tôi sẽ ngủ nướng." as "I'll sleep in tomorrow morning.",
    "Tôi thức trắng đêm để ôn thi." as "I stayed up all night studying for my exams.", "Bạn không nên thức khuya." as
    "You shouldn't stay up late." (_ONCE); None for anything else, no day with neither "đã" nor "sẽ" ("Tôi thức
    khuya.": when?), and a day of the wrong way ("Tối qua tôi sẽ …")."""
    m = _ONCE.fullmatch(text)
    asked = m and asked_of(m)
    if not m or asked is None or m["day0"] and m["day"]:
        return None
    said = _said(m, asked)
    if said is None:
        return None
    who_, one, verb, doing = said
    base, _, past = _VERBS[verb]
    aux, day = keyed(m["aux"] or ""), keyed(m["day0"] or m["day"] or "")
    behind, ahead = day in _BEHIND[verb], day in _AHEAD[verb]
    when = f" {_DAYS[day]}" if day else ""
    if aux == "nên":
        if asked or day:
            return None
        return capitalised(f"{who_} {'should not' if m['not'] else 'should'} {base}{doing}.".replace(" not", "n't"))
    if aux in ("sẽ", "phải"):
        if asked or m["not"] or day and not (ahead or aux == "phải" and behind):
            return None
        said = ("will" if aux == "sẽ" else "had to" if behind else "has to" if one else "have to") + f" {base}"
        return capitalised(contracted(who_, f"{said}{doing}{when}."))
    if not (behind or aux == "đã" and not day or not day and verb == "thức trắng" and not asked and not m["not"]):
        return None  # (no day: a habit, last night, or tonight? but a night stayed up doing something is done)
    if aux == "đã" and (asked or m["not"]):
        return None
    if asked:
        return f"Did {who_} {base}{doing}{when}?"
    if m["not"]:
        return capitalised(f"{who_} didn't {base}{doing}{when}.")
    return capitalised(f"{who_} {past}{doing}{when}.")


def _like(text: str) -> str | None:
    """"Tôi thích ngủ nướng vào cuối tuần." as "I like to sleep in at the weekend.", "Bạn có thích thức khuya không?"
    as "Do you like to stay up late?", "Tôi ghét thức khuya." as "I hate staying up late." (_LIKE); None for anything
    else, and "ghét" or "rất thích" denied or asked."""
    m = _LIKE.fullmatch(text)
    asked = m and asked_of(m)
    said = None if not m or asked is None else person_of(m, asked)
    like = m and " ".join(keyed(m["like"]).split())
    if said is None or (asked or m["not"]) and like != "thích":
        return None
    who_, one = said
    verb = keyed(m["verb"])
    base, of_one, _ = _VERBS[verb]
    when = f" {_key(_WHEN, m['when'])}" if m["when"] else ""
    if not _fits(verb, m["when"]):
        return None
    if like == "ghét":
        doing = "staying up late" if verb == "thức khuya" else "sleeping in"
        return capitalised(f"{who_} {'hates' if one else 'hate'} {doing}{when}.")
    if asked or m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t like to {base}{when}.") if m["not"] else \
            f"{'Does' if one else 'Do'} {who_} like to {base}{when}?"
    really = "really " if like == "rất thích" else ""
    return capitalised(f"{who_} {really}{'likes' if one else 'like'} to {base}{when}.")


def _dont(text: str) -> str | None:
    """"Đừng thức khuya nữa." as "Stop staying up late.", "Đừng thức khuya quá nhé." as "Don't stay up too late.",
    "Đừng ngủ nướng." as "Don't sleep in." (_DONT); None for anything else, and "quá" with "nữa" or sleeping in."""
    m = _DONT.fullmatch(text)
    if not m or m["too"] and (m["more"] or keyed(m["verb"]) == "ngủ nướng"):
        return None
    verb = keyed(m["verb"])
    end = m["end"] if m["end"] else "."
    if m["more"]:
        return f"Stop {'staying up late' if verb == 'thức khuya' else 'sleeping in'}{end}"
    return f"Don't {'stay up too late' if m['too'] else _VERBS[verb][0]}{end}"


def _agrees(word: str, one: bool) -> bool:
    """Whether an English verb or auxiliary agrees with who ("she stays", "do you"); True for one that takes
    anyone ("stayed", "didn't", "will")."""
    word = " ".join(word.lower().split())
    return (word in _ONE) == one if word in _ONE | _OTHERS else True


def _en_said(m: re.Match, verb: str) -> tuple[str, bool, str] | None:
    """Who of an English match in Vietnamese, whether one, and what is done after the doing `verb` (_VERBS' key: "
    xem phim", " để ôn thi"); None for a pet, "I" asked ("Did I …?", as "Tôi có … không?" is left), a doing not said
    of `verb`, or exams not who's own ("I … his exams")."""
    said = person_of(m, bool(m.groupdict().get("q")), "en")
    if said is None or not m["doing"]:
        return None if said is None or verb == "thức trắng" else (*said, "")
    doing = " ".join(m["doing"].split())
    exams = doing.startswith(("studying for", "revising"))
    if verb == "ngủ nướng" or exams and verb != "thức trắng":
        return None  # (up late revising: mt/revising.py's)
    if m["owner"] and m["owner"].lower() != "an" and own_thing(m, *said) is not True:
        return None
    if exams:
        return (*said, " để ôn bài" if doing == "revising" else " để ôn thi")
    vi = next(vi for en, vi in _DOING_VI.items() if en.lower() == doing.lower())  # (read case-blind: "watching tv")
    return (*said, f" {'để ' * (verb == 'thức trắng')}{vi}")


def _en_verb(m: re.Match) -> tuple[str, str] | None:
    """The doing of a match of _ACT_EN (_VERBS' key) and the form of its verb ("base", "one", "past"); None for
    "sleep up late", "stay in"."""
    what, verb = " ".join(m["what"].split()), m["verb"]
    key = {"up late": "thức khuya", "in": "ngủ nướng", "up all night": "thức trắng"}[what]
    if verb.startswith("sl") != (key == "ngủ nướng"):
        return None
    return key, "past" if verb in ("stayed", "slept") else "one" if verb.endswith("s") else "base"


def _day_vi(m: re.Match, verb: str, way: str) -> str | None:
    """The Vietnamese of the English day of a match ("tối qua" for "last night"), "" for none; None for a day not
    of `way` ("behind" or "ahead") for the doing `verb` ("I slept in last night")."""
    if not m["day"]:
        return ""
    day = _DAYS_VI[" ".join(m["day"].lower().split())]
    return day if day in (_BEHIND if way == "behind" else _AHEAD)[verb] else None


def _do_vi(text: str) -> str | None:
    """"I often stay up late." as "Tôi hay thức khuya.", "Do you often stay up late?" as "Bạn có hay thức khuya
    không?", "I stayed up late last night." as "Tối qua tôi thức khuya.", "He usually sleeps in on Sundays." as "Anh
    ấy thường ngủ nướng vào Chủ nhật.", "Did you sleep in this morning?" as "Sáng nay bạn có ngủ nướng không?", "I
    stayed up all night studying for the exam." as "Tôi đã thức trắng đêm để ôn thi." (_DO_EN); None for anything
    else, a verb not agreeing with who, a habit with a day, "I" asked, and a plain "I stay up late.", "Do you stay up
    late?", "I don't stay up late." (a habit unsaid: without "hay" or a time of the week, as "Tôi thức khuya." is)."""
    m = _DO_EN.fullmatch(text)
    verb = m and _en_verb(m)
    said = verb and _en_said(m, verb[0])
    if not said or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["neg"]:
        return None
    (verb, form), (who_, one, doing) = verb, said
    q, neg, often = (m["q"] or "").lower(), " ".join((m["neg"] or "").split()), (m["often"] or "").lower()
    vi = "thức trắng đêm" if verb == "thức trắng" else verb
    if q == "did" or neg in ("didn't", "did not") or form == "past":  # (done, once)
        day = _day_vi(m, verb, "behind")
        if day is None or often or m["when"] or m["each"] or form != ("past" if not (q or neg) else "base"):
            return None
        if not day and (q or neg):
            return None  # ("Did you stay up late?": last night, or ever?)
        if verb == "thức trắng" and day:
            vi = "thức trắng"  # ("Đêm qua tôi thức trắng …", not "thức trắng đêm" again)
        opening = f"{day} " if day else ""
        said = f"có {vi}{doing} không?" if q else f"không {vi}{doing}." if neg else \
            f"{'' if day else 'đã '}{vi}{doing}."
        return capitalised(f"{opening}{who_} {said}")
    if m["day"] or not _agrees(q or neg or m["verb"], one) or (q or neg) and form != "base" or \
            m["when"] and m["each"] or often == "never" and (q or neg) or not _fits(verb, m["when"] or m["each"]):
        return None
    when = f" {_key(_WHEN_VI, m['when'])}" if m["when"] else ""
    habit = f"{HABIT_VI[often]} " if often else ""
    if m["each"]:
        if often or q or neg:
            return None
        return capitalised(f"{_key(_EACH_VI, m['each'])} {who_} cũng {vi}{doing}.")
    if (q or neg) and not (often or when):
        return None  # ("Bạn có thức khuya không?", "Tôi không thức khuya.": a habit unsaid, as "I stay up late.")
    if q:
        return capitalised(f"{who_} có {habit}{vi}{doing}{when} không?")
    if neg:
        return capitalised(f"{who_} không {habit}{vi}{doing}{when}.") if often in ("", "often", "usually") else None
    return capitalised(f"{who_} {habit}{vi}{doing}{when}.") if often or when else None


def _will_vi(text: str) -> str | None:
    """"I'll stay up late tonight." as "Tối nay tôi sẽ thức khuya.", "I'm going to sleep in tomorrow." as "Ngày mai
    tôi sẽ ngủ nướng.", "She has to stay up late tonight." as "Tối nay cô ấy phải thức khuya.", "I had to stay up late
    last night." as "Tối qua tôi phải thức khuya.", "You shouldn't stay up late." as "Bạn không nên thức khuya."
    (_WILL_EN); None for anything else, a verb not agreeing, and a day of the wrong way."""
    m = _WILL_EN.fullmatch(text)
    verb = m and _en_verb(m)
    said = verb and verb[1] == "base" and _en_said(m, verb[0])
    if not said:
        return None
    verb, (who_, one, doing) = verb[0], said
    aux = " ".join(m["aux"].split()).lower()
    if m["be"] and not be_agrees(m, m["be"]) or not _agrees(aux, one):
        return None
    way = "behind" if aux == "had to" else "ahead"
    day = _day_vi(m, verb, way)
    if day is None or aux == "had to" and not day or aux.startswith("should") and day:
        return None
    said = "phải" if aux.endswith(" to") and "going" not in aux else "nên" if aux == "should" else \
        "không nên" if aux.startswith("should") else "sẽ"
    vi = "thức trắng đêm" if verb == "thức trắng" and not day else verb
    return capitalised(f"{day + ' ' if day else ''}{who_} {said} {vi}{doing}.")


def _like_vi(text: str) -> str | None:
    """"I like to sleep in at the weekend." as "Tôi thích ngủ nướng vào cuối tuần.", "I love sleeping in." as "Tôi rất
    thích ngủ nướng.", "Do you like staying up late?" as "Bạn có thích thức khuya không?", "She hates staying up
    late." as "Cô ấy ghét thức khuya." (_LIKE_EN); None for anything else, a verb not agreeing, "I" asked, and love
    or hate asked or denied."""
    m = _LIKE_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")  # ("Do I like …?": left, as "Tôi có thích … không?")
    if not said or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["neg"] or m["each"]:
        return None
    who_, one = said
    like = m["like"].rstrip("s")
    first = m["q"] or m["neg"] or m["like"]
    if not _agrees(first, one) or (m["q"] or m["neg"]) and m["like"] != "like":
        return None
    vi = "thức khuya" if (m["base"] or m["ing"]).startswith("stay") else "ngủ nướng"
    if not _fits(vi, m["when"]):
        return None
    when = f" {_key(_WHEN_VI, m['when'])}" if m["when"] else ""
    said = {"like": "thích", "love": "rất thích", "hate": "ghét"}[like]
    if m["q"]:
        return capitalised(f"{who_} có thích {vi}{when} không?")
    return capitalised(f"{who_} {'không ' * bool(m['neg'])}{said} {vi}{when}.")


def _stop_vi(text: str) -> str | None:
    """"Stop staying up late." as "Đừng thức khuya nữa.", "Don't stay up too late." as "Đừng thức khuya quá.", "Don't
    sleep in." as "Đừng ngủ nướng." (_STOP_EN); None for anything else ("Stop … any more")."""
    m = _STOP_EN.fullmatch(text)
    if not m or m["stop"] and m["more"] or m["too"] and m["more"]:
        return None
    vi = "thức khuya" if (m["ing"] or m["base"]).startswith("stay") else "ngủ nướng"
    tail = " nữa" if m["stop"] or m["more"] else " quá" if m["too"] else ""
    return f"Đừng {vi}{tail}{m['end'] or '.'}"


def _pulled_vi(text: str) -> str | None:
    """"I pulled an all-nighter." as "Tôi đã thức trắng đêm.", "She pulled an all-nighter working last night." as
    "Tối qua cô ấy thức trắng để làm việc." (_PULLED_EN); None for anything else."""
    m = _PULLED_EN.fullmatch(text)
    said = m and person_of(m, False, "en")
    if not said:
        return None
    done = _en_said(m, "thức trắng") if m["doing"] else (*said, "")
    day = _day_vi(m, "thức trắng", "behind")
    if not done or day is None:
        return None
    return capitalised(f"{day} {done[0]} thức trắng{done[2]}." if day else f"{done[0]} đã thức trắng đêm{done[2]}.")
