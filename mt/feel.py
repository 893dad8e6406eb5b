"""How someone feels, with "thấy" or "cảm thấy" and a word for how ("Tôi thấy cô đơn.": I feel lonely), said or asked,
both ways, written whole by rule. v8 (rules on) reads "thấy" as saw or see and loses who: "Tôi thấy cô đơn." → "I saw
lonely.", "Tôi thấy chán." → "I saw boring.", "Tôi thấy đói." → "I saw hungry.", "Mẹ tôi thấy không khỏe." → "My
mother saw no health.", "Tôi thấy khỏe hơn rồi." → "I see better.", "Bạn có thấy khỏe hơn không?" → "Do you see
better?", "Tôi không thấy mệt." → "I don't see tired.", "Tôi thấy căng thẳng." → "I see stress.", "Tôi thấy hồi hộp."
→ "I saw test anxiety.", "Tôi thấy hơi chóng mặt." → "I saw a little dizzzy.", "Bà tôi thấy cô đơn lắm." → "I saw her
alone.", "Mẹ bạn có thấy mệt không?" → "Are you tired?", "Dạo này tôi thấy mệt." → "This rice I'm tired."; "I feel
better now." → "Tôi cảm thấy khỏe hơn bây giờ.", "He doesn't feel well." → "Anh ấy không cảm thấy khỏe mạnh.", "Lan
feels sad." → "Người ta cảm thấy buồn.", "Does she feel lonely?" → "Bé có cảm thấy cô đơn không?", "We feel tired." →
"Chúng ta cảm thấy mệt mỏi." (we, the listener too).

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) "thấy", "cảm thấy" (or "thấy trong người")
a word of FEELS: mt.moods.MOODS less sick, hungry and thirsty (mt.feelings.FEELINGS), dizzy, well, unwell ("thấy không
(được) khỏe"), better ("khỏe hơn", "đỡ hơn", "khá hơn"; "nhiều", much; "một chút", a bit) and worse; how much
(mt.weather.DEGREE), not, still ("vẫn", "còn"), "đang" (is feeling), "sẽ" (will), "rồi" (now; of a feeling not better or
well, only alone or with "giờ"), asked ("có … không?", "… chưa?" of better), a day before who (mt.free_time.when: behind
it felt, "hôm nay", "bây giờ", "dạo này": have been feeling lately), "How are you feeling?" ("Bạn thấy trong người thế
nào?"). In English "feel", "feels", "felt" (with a day behind), "is feeling", "have been feeling". Left: cold and hot
(mt/temperatures.py), sleepy (mt/sleep.py), "buồn nôn" and "feel sick" (mt/travel_sickness.py; "sick" alone may be ill),
"ốm" (ill, or thin), "Tôi thấy không khỏe.", "Tôi thấy chóng mặt.", "I don't feel well.", "I'm feeling better." (the
phrase list's, tried first), "feeling better" with "is" (mt/regards.py), "Bạn thấy thế nào?" (how do you feel, or what
do you think?), "thấy" with a thing (see, find: "Tôi thấy nó hay."), "cũng" (also), a day after (than yesterday?) or of
no tense ("sáng nay", "tối nay"), good and bad (happy or well?, guilty or ill?), and "felt" without a day (Vietnamese
says the past by the day).
mt.phrasebook.translate tries these after mt/casts.py.

    >>> translate("Tôi thấy cô đơn.", "vi", "en"), translate("I feel better now.", "en", "vi")
    ('I feel lonely.', 'Bây giờ tôi thấy khỏe hơn rồi.')
"""
from __future__ import annotations

import re

from . import dates, tense
from .dates import LAST
from .feelings import FEELINGS
from .free_time import OPENS, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .moods import MOODS
from .rule_keys import key_checked
from .text import BE_EN, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed
from .weather import DEGREE, EN_DEGREE

# how one feels after "thấy": moods less sick ("bị ốm"), hungry and thirsty, dizzy, well, better and worse (the first
# Vietnamese of each English is written back; "angry" as "tức giận", which reads better after "thấy" than "giận")
_BETTER = {"khỏe hơn": "better", "đỡ hơn": "better", "khá hơn": "better", "tệ hơn": "worse"}
FEELS = {vi: en for vi, en in MOODS.items() if en != "sick"} | {
    vi: en for vi, en in FEELINGS.items() if en in ("hungry", "thirsty")} | {
    "chóng mặt": "dizzy", "khỏe": "well"} | _BETTER
FEELS_VI = {en: vi for vi, en in reversed(FEELS.items())} | {"angry": "tức giận", "fine": "khỏe", "unwell": "khỏe"}
_WELL = {"well", "better", "worse", "fine", "unwell"}  # (no "very", "so": "rất khỏe hơn")
# days that say the tense, besides mt.free_time.when's ("dạo này": lately; "giờ": now; "tuần trước": last week)
_MORE = {"giờ": "now", "dạo này": "lately", "dạo gần đây": "lately", "gần đây": "lately",
         "mấy hôm nay": "lately"} | LAST
_LATELY_EN = {"lately": "lately", "recently": "lately", "these days": "lately"}
# how much better ("khỏe hơn nhiều": much; "một chút": a bit; "chút nào": any, not or asked), and back
_MUCH = {"nhiều": "much", "một chút": "a bit", "chút": "a bit", "chút nào": "any"}
_MUCH_VI = {"much": "nhiều", "a lot": "nhiều", "a bit": "một chút", "a little": "một chút", "any": "chút nào"}
# the verb in English by tense: asked ("Does", "Did"; {} for one or many), said, denied, and after who asked
_VERBS = {"now": ("{Does}", "{feels}", "{doesn't} feel", "feel"), "past": ("Did", "felt", "didn't feel", "feel"),
          "ing": ("{Is}", "{is} feeling", "{is} not feeling", "feeling"),
          "lately": ("{Has}", "{has} been feeling", "{hasn't} been feeling", "been feeling"),
          "will": ("Will", "will feel", "won't feel", "feel")}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thấy)"), "en": lazy(r"(?i:\bfe(?:el|lt))")}

# "Tôi thấy cô đơn.", "Hôm qua mẹ tôi thấy mệt.", "Bạn có thấy mệt không?", "Tôi thấy khỏe hơn nhiều rồi."
_FEEL = lazy(rf"(?:(?P<day0>(?:{OPENS}|(?i:giờ|dạo|gần|mấy)(?!\w))[^,.!?]*?)\s*,?\s+)?{WHO}"
             r"(?:\s+(?P<still>vẫn(?:\s+còn)?|còn))?(?:\s+(?P<did>đã)|\s+(?P<now>đang)|\s+(?P<will>sẽ))?"
             r"(?:\s+(?P<not>không)|\s+(?P<ask>có))?\s+(?:cảm\s+)?thấy(?:\s+trong\s+người)?"
             r"(?:\s+(?P<unwell>không(?:\s+được)?))?(?:\s+(?P<before>rất|hơi|khá))?"
             rf"\s+(?P<word>{alternatives(FEELS)})(?:\s+(?P<after>quá|lắm))?(?:\s+(?P<much>{alternatives(_MUCH)}))?"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# "Bạn thấy trong người thế nào?" (not "Bạn thấy thế nào?": also what do you think?)
_HOW = lazy(rf"{WHO}\s+(?:cảm\s+)?thấy\s+trong\s+người\s+(?:thế\s+nào|ra\s+sao|sao)(?:\s+(?P<done>rồi))?"
            rf"{SOFTENER}\s*\?+")

# ... in English: "I feel lonely.", "Does she feel better?", "I felt tired yesterday.", "I'm feeling tired.", "I've
# been feeling tired lately."
_WORD_EN = (r"(?:\s+(?P<deg>very|really|so|quite|pretty|a\s+bit|a\s+little|much|a\s+lot|any))?"
            rf"\s+(?P<word>(?i:{alternatives(FEELS_VI)}))(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_FEEL_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<still>still))?(?:\s+(?P<nt>don['’]t|doesn['’]t|"
                rf"didn['’]t|do\s+not|does\s+not|did\s+not))?\s+(?P<verb>feels?|felt){_WORD_EN}")
_FEELING_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?(?P<nt>\s+not|n['’]t)?(?:\s+(?P<still>still))?"
                   rf"\s+feeling{_WORD_EN}")
_BEEN_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?(?P<nt>\s+not|n['’]t)?"
                rf"\s+been\s+feeling{_WORD_EN}")
_HOW_EN = lazy(rf"How\s+(?:(?P<be0>are|is|am)|(?P<do>do|does))\s+{WHO_EN}\s+(?P<feel>feeling|feel)(?P<now>\s+now)?"
               r"\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how someone feels; None for any other."""
    if src == "vi":
        return _feel(text) or _how(text)
    return _feel_vi(text) or _how_vi(text)


def _time(day: str) -> str | None:
    """The tense an English day says: "past" ("yesterday", "last week"), "ahead" ("tomorrow"), "lately", "now"
    ("today", "now", none); None for one of no tense ("this morning": still, or over?)."""
    day = keyed(day)
    if tense.BEHIND.fullmatch(day):
        return "past"
    if dates.AHEAD.match(day):
        return "ahead"
    return "lately" if day == "lately" else "now" if day in ("", "today", "now") else None


def _how_much(m: re.Match, word: str) -> str | None:
    """How much of a match of _FEEL in English ("very ", "a bit ", "much " before better; "" for none); None for two,
    or one that does not go with the word ("rất khỏe hơn", "khỏe lắm", "mệt nhiều", "chút nào" said)."""
    said = [w for w in (m["before"], m["after"], m["much"]) if w]
    if len(said) > 1 or said and word == "well":
        return None
    if m["much"]:
        much = _MUCH[keyed(m["much"])]
        return f"{much} " if word in _WELL and (much != "any" or m["not"] or m["asked"]) else None
    return "" if not said else f"{DEGREE[said[0]]} " if word not in _WELL else None


def _feel(text: str) -> str | None:
    """"Tôi thấy cô đơn." as "I feel lonely.", "Mẹ tôi thấy không khỏe." as "My mother doesn't feel well.", "Bạn có
    thấy mệt không?" as "Do you feel tired?", "Hôm qua tôi thấy mệt." as "I felt tired yesterday.", "Tôi thấy khỏe hơn
    nhiều rồi." as "I feel much better now.", "Tôi thấy đói rồi." as "I feel hungry now.", "Dạo này tôi thấy mệt."
    as "I've been feeling tired lately.", "Bạn thấy đỡ hơn chưa?" as "Are you feeling better?" (_FEEL); None for
    anything else."""
    m = _FEEL.fullmatch(text)
    asked = keyed(m["asked"]) if m and m["asked"] else ""
    if not m or bool(asked) != ("?" in m["end"]) or m["ask"] and asked != "không" or (said := who(m, bool(asked))) \
            is None or (day := when(m["day0"], "vi", _MORE)) is None or (time := _time(day)) is None:
        return None
    who_, one = said
    word, how = FEELS[keyed(m["word"])], None
    negated = bool(m["not"] or m["unwell"])
    if m["unwell"] and (m["not"] or word != "well") or negated and (asked or m["before"] or m["done"] or m["still"]
                                                                    or m["after"] == "quá") or asked and who_ == "I":
        return None  # ("không thấy mệt quá", "không thấy mệt rồi", "Tôi có thấy mệt không?")
    if asked == "chưa":  # ("Bạn (đã) thấy đỡ hơn chưa?", as mt/regards.py asks it)
        plain = not any(m[g] for g in ("ask", "still", "now", "will", "before", "after", "much", "done", "day0"))
        return f"{be(who_).capitalize()} {who_} feeling better?" if word == "better" and plain else None
    if negated and m["after"] == "lắm" and not m["much"] and not m["before"] and word not in _BETTER.values():
        how = "very "  # ("không thấy mệt lắm": not very tired)
    elif (how := _how_much(m, word)) is None:
        return None
    form = "ing" if m["now"] else "will" if m["will"] else "now" if time == "ahead" else time
    if m["did"] or time == "ahead" and not m["will"] or m["will"] and time not in ("now", "ahead") or m["now"] and (
            m["still"] or time != "now") or time == "lately" and (m["still"] or m["done"]):
        return None
    if m["done"] and word not in _WELL and (m["still"] or m["will"] or m["now"] or day not in ("", "now")):
        return None  # ("rồi" said only as "now": "Hôm qua tôi thấy mệt rồi.", "Tôi vẫn thấy mệt rồi.")
    if m["done"] and not day:  # ("Tôi thấy đói rồi.": I feel hungry now; "rồi" not lost)
        day = "now"
    return _said(who_, one, f"{how}{word}", form, bool(asked), negated, bool(m["still"]), day)


def _said(who_: str, one: bool, felt: str, form: str, asked: bool, negated: bool, still: bool, day: str) -> str:
    """Who feels how in English, in a form of _VERBS, said, denied or asked, with the day after it: "My mother feels
    tired.", "I didn't feel well yesterday.", "Have you been feeling tired lately?", "I'm feeling tired."."""
    be_, dont = be(who_), "doesn't" if one else "don't"
    words = {"Does": "Does" if one else "Do", "feels": "feels" if one else "feel", "doesn't": dont,
             "Is": be_.capitalize(), "is": be_, "Has": "Has" if one else "Have", "has": "has" if one else "have",
             "hasn't": "hasn't" if one else "haven't"}
    aux, verb, denied, rest = (w.format(**words) for w in _VERBS[form])
    tail = f" {felt}{' ' * bool(day)}{day}"
    if asked:
        return f"{aux} {who_} {'still ' * still}{rest}{tail}?"
    verb = denied if negated else verb
    if still:  # ("I still feel", "I still felt"; "I'm still feeling", "I'll still feel")
        first, _, more = verb.partition(" ")
        verb = f"{first} still {more}" if form not in ("now", "past") else f"still {verb}"
    return capitalised(contracted(who_, f"{verb}{tail}."))


def _how(text: str) -> str | None:
    """"Bạn thấy trong người thế nào?" as "How are you feeling?", "Mẹ bạn thấy trong người sao rồi?" as "How is your
    mother feeling now?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    if not m or (said := who(m, True)) is None or said[0] == "I":
        return None
    return f"How {be(said[0])} {said[0]} feeling{' now' * bool(m['done'])}?"


def _form_vi(m: re.Match, one: bool) -> tuple[str, bool, bool] | None:
    """The form of a match of _FEEL_EN, _FEELING_EN or _BEEN_EN ("now", "past", "ing", "lately"), whether it is
    asked and whether denied; None where the verb does not agree with who ("She feel", "Does he feels", "I is
    feeling") or how it is asked."""
    groups = m.groupdict()
    nt = keyed((m["nt"] or "").replace("’", "'").replace("n't", " not"))
    first = groups.get("do") or groups.get("be0") or groups.get("have0")
    if bool(first) != ("?" in m["end"]) or first and nt:
        return None
    if "verb" in groups:  # (_FEEL_EN)
        past = first == "Did" or nt.startswith("did") or m["verb"] == "felt"
        if (first or nt) and m["verb"] != "feel" or past and m["verb"] == "feels":
            return None
        says_one = first == "Does" if first else nt.startswith("does") if nt else m["verb"] == "feels"
        return None if not past and says_one != one else ("past" if past else "now", bool(first), bool(nt))
    if "be0" in groups:  # (_FEELING_EN)
        said = be_said(first or m["be"] or "")
        return ("ing", bool(first), bool(nt)) if bool(first) != bool(m["be"]) and said == be_of(
            who_vi(m)[0], one) else None
    have = (first or m["have"] or "").strip().lower().replace("’", "'")
    return ("lately", bool(first), bool(nt)) if bool(first) != bool(m["have"]) and (
        have in ("has", "'s")) == one else None


def _felt_vi(word: str, deg: str, negated: bool, asked: bool) -> str | None:
    """How one feels in Vietnamese, with how much: "rất mệt", "mệt quá", "khỏe hơn nhiều", "không khỏe" (unwell, or
    well denied), "mệt lắm" (very, denied or asked); None where how much does not go with the word ("very better",
    "much tired", "any" said) or denied or asked does not ("don't feel unwell", "Do you feel unwell?")."""
    said = FEELS_VI[word]
    if word in ("better", "worse"):
        if deg and (deg not in _MUCH_VI or deg == "any" and not (negated or asked)):
            return None
        return f"{said} {_MUCH_VI[deg]}" if deg else said
    if word in ("well", "fine", "unwell"):
        if deg and not (deg == "very" and negated and word == "well") or word != "well" and negated or \
                word == "unwell" and asked or word == "fine" and asked:
            return None
        return f"không {said}{' lắm' * bool(deg)}" if negated or word == "unwell" else said
    if deg in ("much", "a lot", "any") or deg and (negated or asked) and deg != "very":
        return None
    if negated or asked:
        return f"{said} lắm" if deg else said
    before, after = EN_DEGREE[deg] if deg else ("", "")
    return " ".join(w for w in (before, said, after) if w)


def _feel_vi(text: str) -> str | None:
    """"I feel lonely." as "Tôi thấy cô đơn.", "Does she feel tired?" as "Cô ấy có thấy mệt không?", "He doesn't feel
    well." as "Anh ấy thấy không khỏe.", "I feel better now." as "Bây giờ tôi thấy khỏe hơn rồi.", "I felt tired
    yesterday." as "Hôm qua tôi thấy mệt.", "I've been feeling tired lately." as "Dạo này tôi thấy mệt." (_FEEL_EN,
    _FEELING_EN, _BEEN_EN); None for anything else, where the verb does not agree with who, for "felt" without a day
    behind, and for "feeling better" (mt/regards.py's)."""
    m = next((m for p in (_FEEL_EN, _FEELING_EN, _BEEN_EN) if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, one = who_vi(m)
    form = _form_vi(m, one)
    day_en = _LATELY_EN.get(keyed(m["day"] or ""), keyed(m["day"] or ""))
    day = when(day_en, "en", _MORE)
    if form is None or day is None or (time := _time(day_en)) is None:
        return None
    form, asked, negated = form
    word, deg, still = m["word"].lower(), keyed(m["deg"] or ""), m.groupdict().get("still")
    timed = time == "past" if form == "past" else time == "lately" or not day_en if form == "lately" else time == "now"
    if not timed or asked and who_ == "tôi" or still and (negated or form == "lately") or form == "ing" and \
            word == "better":
        return None  # ("I felt tired.": when?; "I feel tired yesterday."; "I'm feeling better.": the phrase list's)
    felt = _felt_vi(word, deg, negated, asked)
    if felt is None:
        return None
    if form == "lately" and not day:
        day = "dạo này"
    if asked:
        return placed(f"{who_} {'còn' if still else 'có'} thấy {felt}", day, " không?")
    done = " rồi" * (not negated and form in ("now", "ing") and (word == "better" or word in _WELL and day_en == "now"))
    verb = "không thấy" if negated and not felt.startswith("không") else "thấy"
    return placed(f"{who_} {'vẫn ' * bool(still)}{verb} {felt}{done}", day, "!" if "!" in m["end"] else ".")


def _how_vi(text: str) -> str | None:
    """"How are you feeling?" and "How do you feel?" as "Bạn thấy trong người thế nào?", "How is your mother feeling
    now?" as "Mẹ bạn thấy trong người thế nào rồi?" (_HOW_EN); None for anything else, and where the verb does
    not agree with who."""
    m = _HOW_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if who_ == "tôi" or bool(m["be0"]) != (m["feel"] == "feeling") or m["be0"] and m["be0"] != be_of(who_, one) or \
            m["do"] and (m["do"] == "does") != one:
        return None
    return capitalised(f"{who_} thấy trong người thế nào{' rồi' * bool(m['now'])}?")
