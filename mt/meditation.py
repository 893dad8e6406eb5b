"""Meditation, both ways, written whole by rule: who meditates (as a habit, every morning or evening, for how long a
day, still, no more), is meditating now, is learning or has just started, how long they have been at it, likes it,
has tried it or should; meditation helping (to relax, with stress, to sleep); yoga and meditation done together. v8
(rules on) reads "thiền" as getting, putting or suffering, and "meditate" as hating, getting ready or dithering: "Tôi
thiền mỗi sáng." → "I'm getting every morning.", "Mẹ tôi thiền mỗi tối." → "My mother has a meditation every night.",
"Tôi tập thiền mỗi ngày." → "I'm putting me every day.", "Anh ấy đang thiền." → "He's suffering from me.", "Bạn có tập
thiền không?" → "Do you have a meditation?", "Thiền giúp tôi bớt căng thẳng." → "Meditation helps me less stress.";
"I meditate every morning." → "Tôi ghét mỗi buổi sáng." (hate), "Do you meditate?" → "Bạn có sẵn không?", "I'm
learning to meditate." → "Tôi đang học để chuẩn bị.", "I've just started meditating." → "Tôi vừa bắt đầu ăn xong.", "I
like meditating." → "Tôi thích lưỡng lự.", "You should try meditation." → "Bạn nên thử bữa.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) meditating ("thiền", "tập thiền", "thiền định"; "meditate", "practise
meditation") as a habit: with "tập" or how often (mt.hobbies.EVERY, SELDOM, HABIT_VI), for a span (mt.spans) a day or
every morning, still, not, not any more, asked ("có … không?", "còn … không?"), yoga with it ("tập yoga và thiền":
"do yoga and meditation"); now ("đang": "is meditating"; "đang tập thiền": "is practising meditation"), asked with
"có" or "à?"; learning ("đang học"); having just started or started ("mới", "vừa", "đã", "rồi"; asked "… chưa?"); how
long they have been meditating ("bao lâu rồi?", "được hai năm rồi": months and years read here, mt.spans has none);
liking, loving or hating it; never having tried it, having tried it, asked ever, and who should try it; meditation
(with yoga or not) helping whom relax, sleep better, feel less stressed, focus, feel calmer, reduce stress, or a lot,
asked, denied, or has helped. Left: a plain "Tôi thiền." (now, or a habit?), "I" asked but "should I", "anh", "chị",
"em" alone saying it, "nhỉ" on a statement (isn't it?), "we" asked or advised and "us" helped in English ("chúng ta"
or "chúng tôi"?), Zen ("thiền tông", "thiền sư", "thiền viện"), "đi thiền" (gone to a retreat?), a day said ("Hôm
qua tôi không thiền.": v8 has it), days a week ("thiền ba ngày mỗi tuần"), "được" a span shorter than a month with
no "rồi" ("Tôi thiền được 20 phút.": what one can do?), wanting to, how long each day, how often with a time of day,
and anything else; yoga alone is mt/workouts.py's and mt/hobbies.py's, classes signed up for mt/enrolment.py's.
mt.phrasebook.translate tries these after mt/posture.py.

    >>> translate("Tôi thiền mỗi sáng.", "vi", "en"), translate("I've just started meditating.", "en", "vi")
    ('I meditate every morning.', 'Tôi mới bắt đầu tập thiền.')
"""
from __future__ import annotations

import re

from .hobbies import (EVERY, EVERY_VI, HABIT_VI, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, pet,
                      who, who_vi)
from .lazy_re import lazy
from .numbers import EN_TO_VI
from .rule_keys import key_checked
from .spans import COUNTS, EN as SPAN_EN, VI as SPAN_VI, said as span_said
from .text import (ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop,
                   third_person)

_KEYS = {"vi": lazy(r"(?i:thiền)"), "en": lazy(r"(?i:meditat)")}
_MED = r"(?i:thiền)(?:\s+định)?"  # ("thiền định": meditation too)
_EVERY = rf"(?i:{alternatives(EVERY)})"
# what meditation helps whom do (the first Vietnamese of each English is written back); "giảm căng thẳng" with no whom
_HELPS = {"bớt căng thẳng": "feel less stressed", "thư giãn": "relax", "ngủ ngon hơn": "sleep better",
          "tập trung hơn": "focus better", "bình tĩnh hơn": "feel calmer", "giảm căng thẳng": "reduce stress",
          "giảm stress": "reduce stress", "rất nhiều": "a lot"}
_HELPS_VI = {en: vi for vi, en in reversed(_HELPS.items())} | {
    "concentrate better": "tập trung hơn", "with stress": "giảm căng thẳng", "to relax": "thư giãn",
    "to sleep better": "ngủ ngon hơn"}
_LIKES = {"thích": "like", "mê": "love", "yêu thích": "love", "ghét": "hate"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
# months and years, which mt.spans does not count ("được hai năm rồi": for two years)
_LONG = rf"(?P<many>\d{{1,2}}|(?i:{alternatives(COUNTS)}))\s+(?P<long>tháng|năm)"
_LONG_EN = rf"(?P<many>\d{{1,2}}|(?i:a\s+few|an?|{alternatives(EN_TO_VI)}))\s+(?P<long>months?|years?)"

# a habit ("Tôi thiền mỗi sáng.", "Bạn có tập thiền không?", "Mẹ tôi tập yoga và thiền.", "Tôi không thiền nữa.")
_HABIT = lazy(rf"(?:(?P<every0>{_EVERY})\s*,?\s+)?{WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?"
              rf"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?P<tap>tập\s+)?"
              rf"(?:(?P<yoga>yoga\s+và)\s+)?{_MED}(?P<yoga2>\s+và\s+yoga)?(?:\s+{SPAN_VI})?"
              rf"(?:\s+(?P<every>{_EVERY}|một\s+ngày))?(?:\s+(?P<more>nữa))?{ASKED_END}")
# now, learning ("Anh ấy đang thiền.", "Tôi đang học thiền.", "Bạn đang thiền à?")
_NOW = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?đang\s+(?P<what>tập\s+|học\s+)?{_MED}(?:\s+(?P<a>à))?{ASKED_END}")
# started ("Tôi mới bắt đầu tập thiền.", "Bạn đã bắt đầu học thiền chưa?")
_STARTED = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+)?bắt\s+đầu\s+(?P<what>tập\s+|học\s+)?{_MED}"
                rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# how long ("Bạn thiền bao lâu rồi?", "Tôi thiền được hai năm rồi.", "Mỗi ngày bạn thiền bao lâu?")
_LONG_VI = lazy(rf"{WHO}\s+(?:đã\s+)?(?:tập\s+)?{_MED}\s+(?:được\s+(?:{_LONG}|{SPAN_VI})|(?:được\s+)?"
                rf"(?P<how>bao\s+lâu))(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# liking ("Tôi thích thiền.", "Bạn có thích thiền không?")
_LIKE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<likes>{alternatives(_LIKES)})\s+"
             rf"(?:tập\s+)?{_MED}(?:\s+(?P<much>lắm))?{ASKED_END}")
# tried ("Tôi chưa thử thiền bao giờ.", "Bạn đã bao giờ thử thiền chưa?", "Bạn nên thử thiền.")
_TRIED = lazy(rf"{WHO}\s+(?:(?P<never>chưa\s+(?:bao\s+giờ|từng))|(?P<not>chưa)|(?P<did>đã)|(?P<ever>(?:đã\s+)?(?:bao\s+"
              rf"giờ|từng)|đã\s+từng)|(?P<ask>có)\s+(?P<should>nên)|(?P<should2>nên))\s+thử\s+{_MED}"
              rf"(?:\s+(?P<ever2>bao\s+giờ))?(?:\s+(?P<xem>xem))?(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
# helping ("Thiền giúp tôi bớt căng thẳng.", "Thiền có giúp bạn ngủ ngon hơn không?", "Thiền giúp giảm căng thẳng.")
_HELP = lazy(rf"(?P<subj>(?i:yoga\s+và\s+)?{_MED}(?:\s+và\s+yoga)?)\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|"
             rf"(?P<did>đã)\s+)?giúp\s+(?:(?:cho\s+)?{WHOM}\s+)?(?P<does>{alternatives(_HELPS)}){ASKED_END}")

# ... and in English
_NOT_EN = r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)"
_MEDITATE = (r"(?P<verb>meditates?|practi[sc]es?\s+meditation|(?P<yoga>do|does)\s+(?P<both>yoga\s+and\s+meditation|"
             r"meditation\s+and\s+yoga))")
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?(?:\s+(?P<still>still))?(?:\s+(?P<seldom>"
                 rf"{alternatives(HABIT_VI)}))?\s+{_MEDITATE}(?:\s+for\s+{SPAN_EN}\s+(?:a\s+(?P<per>day|week)|"
                 rf"(?P<every2>{alternatives(EVERY_VI)})))?(?:\s+(?P<every>{alternatives(EVERY_VI)}))?"
                 r"(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_NOW_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)?\s+(?P<what>meditating|"
               r"practi[sc]ing\s+meditation|learning\s+(?:to\s+meditate|meditation))\s*(?P<end>[.!?]*)")
_STARTED_EN = lazy(rf"{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just))?\s+started\s+(?P<what>"
                   r"meditating|practi[sc]ing\s+meditation|learning\s+to\s+meditate|to\s+meditate)\s*(?P<end>[.!]*)")
_HOW_LONG_EN = lazy(rf"How\s+long\s+(?P<aux>have|has)\s+{WHO_EN}\s+been\s+meditating\s*\?+")
_BEEN_EN = lazy(rf"{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve)\s+been\s+meditating\s+for\s+(?:{_LONG_EN}|{SPAN_EN})"
                r"(?P<now>\s+now)?\s*(?P<end>[.!]*)")
_LIKE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?(?:\s+(?P<really>really))?\s+"
                r"(?P<likes>likes?|loves?|enjoys?|hates?)\s+(?:meditating|meditation|to\s+meditate)\s*(?P<end>[.!?]*)")
_TRIED_EN = lazy(rf"(?:(?P<q>Have|Has|Should)\s+)?{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has|\s+should)?"
                 r"(?:\s+(?P<ever>ever|never))?\s+(?P<try>tried|try)\s+(?:meditation|meditating)\s*(?P<end>[.!?]*)")
_HELP_EN = lazy(rf"(?:(?P<do>Does|Do)\s+)?(?P<subj>(?i:meditation|yoga\s+and\s+meditation|meditation\s+and\s+yoga))"
                rf"(?:\s+{_NOT_EN}|\s+(?P<has>has|have))?\s+(?P<help>helps?|helped)(?:\s+{WHOM_EN})?\s+"
                rf"(?P<does>{alternatives(_HELPS_VI)})\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who meditates, how often or long, now, learning, started,
    liked or tried, or meditation helping; None for any other."""
    if src == "vi":
        return _habit(text) or _now(text) or _started(text) or _long(text) or _like(text) or _tried(text) or _help(text)
    return _habit_vi(text) or _now_vi(text) or _started_vi(text) or \
        _how_long_vi(text) or _been_vi(text) or _like_vi(text) or _tried_vi(text) or _help_vi(text)


def _asked(m: re.Match, ask: bool) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?", `ask` its asking word said), False said; None where "?" and
    the asking words do not agree."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or asked != ask else asked


def _person(m: re.Match, asked: bool, self_ok: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one, as mt.hobbies.who; None for a pet (people meditate), and for
    "I" asked (a slip, not "Do I meditate?") unless `self_ok` ("Should I …?")."""
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" and not self_ok else said


def _simple(who_: str, one: bool, verb: str, rest: str, asked: bool, denied: bool, end: str, adverb: str = "") -> str:
    """A sentence in the simple present, the verb agreed with who: "Do you meditate?", "She doesn't meditate.", "My
    mother meditates every evening." (`rest` with its leading space, or "")."""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {adverb}{verb}{rest}?"
    if denied:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb}{rest}{stop(end)}")
    head, _, tail = verb.partition(" ")
    return capitalised(f"{who_} {adverb}{third_person(head) if one else head}{' ' * bool(tail)}{tail}{rest}{stop(end)}")


def _habit(text: str) -> str | None:
    """"Tôi thiền mỗi sáng." as "I meditate every morning.", "Bạn có tập thiền không?" as "Do you meditate?", "Tôi
    không thiền nữa." as "I don't meditate any more." (_HABIT); None for anything else."""
    m = _HABIT.fullmatch(text)
    if not m or m["every0"] and m["every"] or m["ask"] and m["still"]:
        return None
    still, seldom, span, yoga = keyed(m["still"] or ""), keyed(m["seldom"] or ""), span_said(m, "en"), m["yoga"]
    every = keyed(m["every"] or m["every0"] or "")
    every = "every day" if every == "một ngày" else EVERY.get(every, "")
    # (after a span, "a day": "for 20 minutes a day")
    every = every.replace("every ", "a ") if span and every in ("every day", "every week") else every
    asked = _asked(m, bool(m["ask"]) or still in ("còn", "vẫn còn"))
    if asked is None or not (m["tap"] or seldom or every or m["not"] or still) or m["more"] and not m["not"]:
        return None  # ("Tôi thiền.": now, or a habit?)
    if m["not"] and (seldom or still or span) or bool(span) != bool(every) and (span or m["every"] == "một ngày"):
        return None
    if keyed(m["unit"] or "") in ("ngày", "tuần"):
        return None  # ("Tôi thiền ba ngày mỗi tuần.": on three days a week, not "for three days a week")
    if seldom and (every or asked and seldom not in ("hay", "thường", "thường xuyên")):
        return None  # ("Tôi hay thiền mỗi sáng.": often, every morning?)
    if (yoga or m["yoga2"]) and (not m["tap"] or yoga and m["yoga2"] or span) or (said := _person(m, asked)) is None:
        return None
    rest = (f" for {span}" if span else "") + (f" {every}" if every else "") + (" any more" if m["more"] else "")
    adverb = ("still " if still else "") + (f"{SELDOM[seldom]} " if seldom else "")
    verb = "do meditation and yoga" if m["yoga2"] else "do yoga and meditation" if yoga else "meditate"
    return _simple(*said, verb, rest, asked, bool(m["not"]), m["end"], adverb)


def _now(text: str) -> str | None:
    """"Anh ấy đang thiền." as "He's meditating.", "Tôi đang tập thiền." as "I'm practising meditation.", "Tôi đang
    học thiền." as "I'm learning to meditate.", "Bạn đang thiền à?" and "Bạn có đang thiền không?" as "Are you
    meditating?" (_NOW); None for anything else."""
    m = _NOW.fullmatch(text)
    if not m or m["a"] and (m["asked"] or m["ask"] or "?" not in m["end"]):
        return None
    asked = True if m["a"] else _asked(m, bool(m["ask"]))
    if asked is None or (said := _person(m, asked)) is None:
        return None
    doing = {"": "meditating", "tập": "practising meditation", "học": "learning to meditate"}[keyed(m["what"] or "")]
    if asked:
        return f"{capitalised(be(said[0]))} {said[0]} {doing}?"
    return capitalised(f"{contracted(said[0], f'{be(said[0])} {doing}')}{stop(m['end'])}")


def _started(text: str) -> str | None:
    """"Tôi mới bắt đầu tập thiền." as "I've just started meditating.", "Mẹ tôi đã bắt đầu học thiền." as "My mother
    has started learning to meditate.", "Bạn đã bắt đầu tập thiền chưa?" as "Have you started meditating yet?"
    (_STARTED); None for anything else, and for no word of when ("Tôi bắt đầu tập thiền.": done, or to come?)."""
    m = _STARTED.fullmatch(text)
    tense = keyed(m["tense"] or "") if m else ""
    if not m or bool(m["yet"]) != ("?" in m["end"]) or m["yet"] and (tense not in ("", "đã") or m["done"]):
        return None
    if not (tense or m["done"]) or tense in ("vừa", "mới", "vừa mới") and m["done"]:
        return None
    if (said := _person(m, bool(m["yet"]))) is None:
        return None
    who_, one = said
    doing = "learning to meditate" if keyed(m["what"] or "") == "học" else "meditating"
    have = "has" if one else "have"
    if m["yet"]:
        return f"{capitalised(have)} {who_} started {doing} yet?"
    just = " just" if tense in ("vừa", "mới", "vừa mới") else ""
    return capitalised(f"{contracted(who_, f'{have}{just} started {doing}')}{stop(m['end'])}")


def _long(text: str) -> str | None:
    """"Bạn thiền bao lâu rồi?" as "How long have you been meditating?", "Tôi thiền được hai năm rồi." as "I've been
    meditating for two years." (_LONG_VI); None for anything else, "bao lâu" with no "rồi" (how long a time?), and a
    span shorter than a month with no "rồi" ("Tôi thiền được 20 phút.": what one can do?)."""
    m = _LONG_VI.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["how"] and not m["done"]:
        return None
    if not (m["how"] or m["long"] or m["done"]):
        return None  # ("Tôi thiền được 20 phút.": what one can do, or did, as well as how long till now)
    if (said := _person(m, bool(m["how"]))) is None:
        return None
    who_, one = said
    have = "has" if one else "have"
    if m["how"]:
        return f"How long {have} {who_} been meditating?"
    n, unit = COUNTS.get(keyed(m["many"] or ""), m["many"]), "month" if m["long"] == "tháng" else "year"
    long = span_said(m, "en") if not m["long"] else f"a {unit}" if n in ("one", "1") else f"{n} {unit}s"
    return capitalised(f"{contracted(who_, f'{have} been meditating for {long}')}{stop(m['end'])}")


def _like(text: str) -> str | None:
    """"Tôi thích thiền." as "I like meditating.", "Mẹ tôi rất thích thiền." as "My mother really likes meditating.",
    "Bạn có thích thiền không?" as "Do you like meditating?" (_LIKE); None for anything else."""
    m = _LIKE.fullmatch(text)
    asked = _asked(m, bool(m["ask"])) if m else None
    very = m and (m["very"] or m["much"])
    if asked is None or m["not"] and (m["much"] or asked) or very and (asked or m["likes"] != "thích") or \
            (said := _person(m, asked)) is None:
        return None
    adverb = "really " if very else ""
    return _simple(said[0], said[1], _LIKES[keyed(m["likes"])], " meditating", asked, bool(m["not"]), m["end"], adverb)


def _tried(text: str) -> str | None:
    """"Tôi chưa thử thiền bao giờ." as "I've never tried meditation.", "Bạn đã bao giờ thử thiền chưa?" as "Have you
    ever tried meditation?", "Tôi đã thử thiền rồi." as "I've tried meditation.", "Bạn nên thử thiền." as "You should
    try meditation.", "Tôi có nên thử thiền không?" as "Should I try meditation?" (_TRIED); None for anything else."""
    m = _TRIED.fullmatch(text)
    if not m or m["asked"] and not m["ask"] or m["ask"] and not m["asked"]:
        return None
    done, q = keyed(m["done"] or ""), "?" in m["end"]
    ever = bool(m["ever"] or m["ever2"])
    if m["should"] or m["should2"]:
        if done or m["ever2"] or q != bool(m["should"]):
            return None
        said = _person(m, q, self_ok=True)
        return said and (f"Should {said[0]} try meditation?" if q else
                         capitalised(f"{said[0]} should try meditation{stop(m['end'])}"))
    if q:  # asked ever: "… đã (bao giờ) thử thiền (bao giờ) chưa?"
        ok = done == "chưa" and (ever or m["did"]) and not (m["never"] or m["not"] or m["xem"] or m["asked"])
        said = _person(m, True) if ok else None
        return said and f"{'Has' if said[1] else 'Have'} {said[0]}{' ever' * ever} tried meditation?"
    never = m["never"] or m["not"] and m["ever2"]
    if never and done:
        return None  # ("Tôi chưa bao giờ thử thiền rồi.": never, and done?)
    if m["xem"] or m["asked"] or done == "chưa" or not never and not (m["did"] and done == "rồi" and not ever):
        return None
    if (said := _person(m, False)) is None:
        return None
    said_ = f"{'has' if said[1] else 'have'}{' never' * bool(never)} tried meditation"
    return capitalised(f"{contracted(said[0], said_)}{stop(m['end'])}")


def _help(text: str) -> str | None:
    """"Thiền giúp tôi bớt căng thẳng." as "Meditation helps me feel less stressed.", "Thiền có giúp bạn ngủ ngon hơn
    không?" as "Does meditation help you sleep better?", "Thiền giúp giảm căng thẳng." as "Meditation helps reduce
    stress." (_HELP); None for anything else, and whom left out but for stress reduced."""
    m = _HELP.fullmatch(text)
    asked = _asked(m, bool(m["ask"])) if m else None
    if asked is None or asked and (m["not"] or m["did"]):
        return None
    does = _HELPS[keyed(m["does"])]
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if whom is None or pet(m["whom"], "vi") or not whom and does != "reduce stress":
        return None
    subj = keyed(m["subj"])
    thing = "yoga and meditation" if subj.startswith("yoga") else "meditation and yoga" if "yoga" in subj \
        else "meditation"
    one, rest = thing == "meditation", f"{' ' * bool(whom)}{whom} {does}"
    if m["did"]:
        return capitalised(f"{thing} {'has' if one else 'have'} helped{rest}{stop(m['end'])}")
    return _simple(thing, one, "help", rest, asked, bool(m["not"]), m["end"])


# ... English into Vietnamese


def _s_form(word: str) -> bool:
    """Whether an English verb (its first word) is the form said of one: "meditates", "does", "has", "doesn't"."""
    return word.lower().replace("’", "'").replace("n't", "").split()[0].endswith("s")


def _who_vi(m: re.Match, asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one, as mt.hobbies.who_vi; None for a pet, for "I" `asked`
    ("Do I meditate?": a slip), and "we" asked ("Are we meditating?": "chúng ta", you too, or "chúng tôi"?)."""
    said = None if animal(m) else who_vi(m)
    return None if said is None or asked and said[0] in ("tôi", "chúng tôi") else said


def _habit_vi(text: str) -> str | None:
    """"I meditate every morning." as "Tôi thiền mỗi sáng.", "Do you meditate?" as "Bạn có tập thiền không?", "I don't
    meditate any more." as "Tôi không tập thiền nữa.", "I do yoga and meditation." as "Tôi tập yoga và thiền."
    (_HABIT_EN); None for anything else, and where the verb does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or (said := _who_vi(m, asked)) is None:
        return None
    who_, one = said
    aux, seldom, still, more = m["do"] or m["not"], (m["seldom"] or "").lower(), m["still"], m["more"]
    if _s_form(aux or m["verb"]) != one or aux and _s_form(m["verb"]) or more and not m["not"]:
        return None
    span = span_said(m, "vi")
    every = EVERY_VI[m["every"].lower()] if m["every"] else EVERY_VI[m["every2"].lower()] if m["every2"] else \
        f"mỗi {'ngày' if m['per'] == 'day' else 'tuần'}" if m["per"] else ""
    if m["every"] and span or seldom and (every or m["not"] or still or m["do"] and seldom != "often") or \
            m["not"] and (still or span) or m["both"] and span:
        return None
    if m["both"]:
        doing = "tập thiền và yoga" if m["both"].lower().startswith("meditation") else "tập yoga và thiền"
    else:
        doing = "thiền" if every or seldom else "tập thiền"
    rest, often = f"{doing}{' ' * bool(span)}{span}{' ' * bool(every)}{every}", f"{HABIT_VI[seldom]} " if seldom else ""
    if m["do"]:
        return capitalised(f"{who_} {'còn' if still else 'có'} {often}{rest} không?")
    if m["not"]:
        return capitalised(f"{who_} không {rest}{' nữa' if more else ''}{stop(m['end'])}")
    return capitalised(f"{who_} {'vẫn ' * bool(still)}{often}{rest}{stop(m['end'])}")


def _now_vi(text: str) -> str | None:
    """"He's meditating." as "Anh ấy đang thiền.", "I'm learning to meditate." as "Tôi đang học thiền.", "Is she
    meditating?" as "Cô ấy có đang thiền không?" (_NOW_EN); None for anything else, and where "is" does not agree."""
    m = _NOW_EN.fullmatch(text)
    q = m and m["q"]
    if not m or bool(q) == bool(m["be"]) or bool(q) != ("?" in m["end"]) or not be_agrees(m, q or m["be"]):
        return None
    if (said := _who_vi(m, bool(m["q"]))) is None:
        return None
    what = m["what"].lower()
    doing = "học thiền" if what.startswith("learning") else "tập thiền" if what.startswith("practi") else "thiền"
    return capitalised(f"{said[0]} có đang {doing} không?" if m["q"] else f"{said[0]} đang {doing}{stop(m['end'])}")


def _started_vi(text: str) -> str | None:
    """"I've just started meditating." as "Tôi mới bắt đầu tập thiền.", "She has started learning to meditate." as
    "Cô ấy đã bắt đầu học thiền." (_STARTED_EN); None for anything else, and where "has" does not agree."""
    m = _STARTED_EN.fullmatch(text)
    said = _who_vi(m) if m else None
    if said is None or m["aux"] and _s_form(m["aux"]) != said[1]:
        return None
    doing = "học thiền" if m["what"].startswith("learning") else "tập thiền"
    return capitalised(f"{said[0]} {'mới' if m['just'] else 'đã'} bắt đầu {doing}{stop(m['end'])}")


def _how_long_vi(text: str) -> str | None:
    """"How long have you been meditating?" as "Bạn thiền bao lâu rồi?" (_HOW_LONG_EN); None for anything else, and
    where "have" does not agree."""
    m = _HOW_LONG_EN.fullmatch(text)
    said = _who_vi(m, True) if m else None
    return None if said is None or _s_form(m["aux"]) != said[1] else capitalised(f"{said[0]} thiền bao lâu rồi?")


def _been_vi(text: str) -> str | None:
    """"I've been meditating for two years." as "Tôi thiền được hai năm rồi." (_BEEN_EN); None for anything else, and
    where "have" or the count does not agree ("two year")."""
    m = _BEEN_EN.fullmatch(text)
    said = _who_vi(m) if m else None
    if said is None or _s_form(m["aux"]) != said[1]:
        return None
    if m["long"]:
        many = keyed(m["many"])
        if (many in ("a", "an", "one", "1")) == m["long"].endswith("s") or many == "an":
            return None
        span = f"{'một' if many in ('a', 'one') else 'vài' if many == 'a few' else EN_TO_VI.get(many, many)} " \
               f"{'tháng' if m['long'].startswith('month') else 'năm'}"
    else:
        span = span_said(m, "vi")
    return capitalised(f"{said[0]} thiền được {span} rồi{stop(m['end'])}")


def _like_vi(text: str) -> str | None:
    """"I like meditating." as "Tôi thích thiền.", "My mother loves meditation." as "Mẹ tôi rất thích thiền.", "Do you
    like meditating?" as "Bạn có thích thiền không?" (_LIKE_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _LIKE_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or (said := _who_vi(m, asked)) is None:
        return None
    aux, likes = m["do"] or m["not"], m["likes"].rstrip("s")
    if _s_form(aux or m["likes"]) != said[1] or aux and m["likes"].endswith("s") or m["really"] and aux or \
            (aux or m["really"]) and likes not in ("like", "enjoy"):
        return None  # ("Do you love meditating?", "I don't really like …": left)
    if m["do"]:
        return capitalised(f"{said[0]} có thích thiền không?")
    vi = "rất thích" if m["really"] else _LIKES_VI[likes]
    return capitalised(f"{said[0]} {'không ' if m['not'] else ''}{vi} thiền{stop(m['end'])}")


def _tried_vi(text: str) -> str | None:
    """"I've never tried meditation." as "Tôi chưa thử thiền bao giờ.", "Have you ever tried meditation?" as "Bạn đã
    bao giờ thử thiền chưa?", "You should try meditation." as "Bạn nên thử thiền." (_TRIED_EN); None for anything
    else, and where "have" does not agree."""
    m = _TRIED_EN.fullmatch(text)
    aux = keyed((m["q"] or m["aux"] or "").replace("’", "'")) if m else ""
    said = _who_vi(m, bool(m["q"]) and aux != "should") if m else None
    if said is None or bool(m["q"]) == bool(m["aux"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    if aux == "should":
        if m["ever"] or m["try"] != "try" or said[0] == "chúng tôi":
            return None  # ("We should try meditation.": "chúng ta", you too, or "chúng tôi"?)
        return capitalised(f"{said[0]} có nên thử thiền không?" if m["q"] else
                           f"{said[0]} nên thử thiền{stop(m['end'])}")
    if m["try"] != "tried" or (aux in ("has", "'s")) != said[1] or m["q"] and m["ever"] != "ever" or \
            m["aux"] and m["ever"] == "ever":
        return None
    if m["q"]:
        return capitalised(f"{said[0]} đã bao giờ thử thiền chưa?")
    return capitalised(f"{said[0]} {'chưa thử thiền bao giờ' if m['ever'] else 'đã thử thiền rồi'}{stop(m['end'])}")


def _help_vi(text: str) -> str | None:
    """"Meditation helps me relax." as "Thiền giúp tôi thư giãn.", "Meditation helps with stress." as "Thiền giúp giảm
    căng thẳng.", "Meditation has helped me a lot." as "Thiền đã giúp tôi rất nhiều." (_HELP_EN); None for anything
    else, where the verb does not agree, and "us" helped ("chúng ta" or "chúng tôi"?)."""
    m = _HELP_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or sum(map(bool, (m["do"], m["not"], m["has"]))) > 1:
        return None
    subj, help_, aux = keyed(m["subj"]), m["help"], m["do"] or m["not"] or m["has"]
    one = subj == "meditation"
    if aux and (_s_form(aux) != one or help_ != ("helped" if m["has"] else "help")) or \
            not aux and help_ != "helped" and (help_ == "helps") != one:
        return None
    does, whom = _HELPS_VI[keyed(m["does"])], as_whom(m["whom"], "en") if m["whom"] else ""
    if whom is None or pet(m["whom"], "en") or whom == "chúng tôi" or \
            (keyed(m["does"]) == "with stress" if whom else does != "giảm căng thẳng"):
        return None  # ("Meditation helps me with stress.": said otherwise; whom left out but of stress)
    if does == "rất nhiều" and (m["do"] or m["not"]):
        does = "nhiều"  # ("Thiền có giúp bạn nhiều không?": "rất" is not said asked or denied)
    thing = "yoga và thiền" if subj.startswith("yoga") else "thiền và yoga" if "yoga" in subj else "thiền"
    verb = "có giúp" if m["do"] else "không giúp" if m["not"] else "đã giúp" if help_ == "helped" else "giúp"
    said = f"{thing} {verb}{' ' * bool(whom)}{whom} {does}"
    return capitalised(f"{said} không?" if m["do"] else f"{said}{stop(m['end'])}")
