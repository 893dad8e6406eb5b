"""The neighbours' building work and its noise, both ways, written whole by rule: drilling, hammering, building or
renovating since the morning or for months, every day or all the time; the drilling waking someone or keeping them
from sleeping or working; how long it has gone on and how long it will; complaining to the neighbours. v8 (the rules
on) reads "khoan" as science or reporting, "đục" as opaque, "đóng đinh" as closing, and "drilling" as wise: "Hàng xóm
đang xây nhà ồn quá." → "Neighbors are building too noise.", "Nhà bên cạnh đang xây nhà, ồn quá." → "The home side is
building, it's so noisy.", "Nhà bên cạnh khoan tường từ sáng." → "The house next to the science wall.", "Hàng xóm khoan
tường mỗi ngày." → "Neighbors reported every day.", "Hàng xóm đang đóng đinh." → "Neighbors are closing.", "Sáng nay
tiếng khoan làm tôi thức giấc." → "This morning, the science makes me wake up.", "Hàng xóm khoan tường bao lâu rồi?" →
"How long does the neighbor bear?", "Bạn nên phàn nàn với hàng xóm." → "Complicate with neighbors.", "Tiếng khoan to
quá." → "Scientific."; "The neighbours are drilling the wall." → "Những người lân cận đang khôn ngoan.", "The
neighbours have been hammering all morning." → "Những người láng giềng đang ôm lại suốt buổi sáng.", "The drilling
woke me up this morning." → "Để khôn ngoan mặc tôi lên sáng nay.", "Have you complained to the neighbours yet?" →
"Bạn có phàn nàn về những người láng giềng chưa?" (about them).

Taken: the neighbours as mt/neighbours.py reads them ("hàng xóm", "nhà bên cạnh", "tầng trên"; "the neighbours", "the
people next door") or "họ", "they", drilling ("khoan tường"), hammering ("đục tường", "đóng đinh"), building a house,
renovating their house (WORKS): since a time or for a span up to now ("từ sáng", "cả buổi sáng nay", "ba tháng nay":
"have been …ing"), every day or all the time (drilling, hammering); going on now ("đang"; in English also "knocking
down a wall"); asked how long it has gone on ("bao lâu rồi?", "từ bao giờ?") or will ("đến bao giờ?", "còn … đến bao
giờ nữa?"); joined to "ồn quá" with a comma or none (", and it's so noisy"); the drilling or the hammering (theirs or
next door) loud, waking someone on a day done, every morning or already, or keeping who (mt.hobbies.WHO, WHO_EN) from
sleeping, working, studying or concentrating; who complaining to the neighbours (about the noise), by the shapes of
mt/e_scooters.py's buying. Left: a plain verb with no time ("Hàng xóm khoan tường.": now, or a habit?), "cả ngày" with
no "nay" (today, or a habit?), "đã" with a span (done, or still going on?), "rồi" after a span of building a house
("xây nhà ba tháng rồi": built three months ago?), "từ bao giờ", "bao lâu rồi" of building (since when, or when was it
built?), "đập tường" in Vietnamese (one wall, or several?), the noise waking someone with no day (then, or every
day?), "Tôi có nên phàn nàn …?" ("I" asked), a clock time ("từ 7 giờ sáng"), building work, the builders and the sound
of drilling hated (mt/renovations.py), the neighbours noisy or drilling alone (mt/neighbours.py), roadworks
(mt/roadworks.py), "anh", "chị", "em" alone saying it, a pet, "họ" renovating and "they" building (what, whose?),
English "we", "our", "us" (chúng tôi, or chúng ta?), the neighbours "his", "her", "their" after kin or a name (theirs,
or another's?) and "của mình" after any but "tôi" (_owned_back).
mt.phrasebook.translate tries these after mt/table_tennis.py.

    >>> translate("Nhà bên cạnh khoan tường từ sáng.", "vi", "en"), translate("The drilling woke me up.", "en", "vi")
    ('The people next door have been drilling since this morning.', 'Tiếng khoan làm tôi thức giấc.')
"""
from __future__ import annotations

import re

from .e_scooters import said_by_shape  # (the shapes of buying: "sẽ", "đã", "nên", "chưa?" … said by who)
from .floods import DAYS_DONE
from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, first_agrees, person_of, pet
from .lazy_re import lazy
from .neighbours import BY, BY_EN, neighbours_by, neighbours_by_vi, theirs, theirs_vi  # (the neighbours, theirs)
from .neighbours import translate as neighbours_said
from .numbers import en_word, vi_word
from .renovations import NOISY_EN
from .rule_keys import key_checked
from .text import SOFTENED_END, SOFTENER, STRESSED_SAID, WE_EN, alternatives, capitalised, contracted, keyed, stop
from .weather import DEGREE, EN_DEGREE

_KEYS = {"vi": lazy(r"(?i:khoan|đục|đóng\s+đinh|xây\s+nhà|sửa\s+nhà|tiếng\s+búa|phàn\s+nàn\s+với)"),
         "en": lazy(r"(?i:drill|hammer|been\s+building|be\s+building|building\s+(?:a|their)\s|renovating|knocking|"
                    r"complain(?:ed)?\s+to)")}
# the work, going on (-ing) and as a habit (None: a job, not done every day nor asked since when)
WORKS = {"khoan tường": ("drilling", "drill"), "khoan": ("drilling", "drill"), "đục tường": ("hammering", "hammer"),
         "đục": ("hammering", "hammer"), "đóng đinh": ("hammering", "hammer"), "xây nhà": ("building a house", None),
         "xây nhà mới": ("building a new house", None), "sửa nhà": ("renovating their house", None)}
_WORKS_VI = {"drilling": "khoan tường", "drilling the wall": "khoan tường", "drilling the walls": "khoan tường",
             "drilling into the wall": "khoan tường", "drilling into the walls": "khoan tường",
             "hammering": "đóng đinh", "building": "xây nhà", "building a house": "xây nhà",
             "building their house": "xây nhà", "building a new house": "xây nhà mới", "renovating": "sửa nhà",
             "renovating their house": "sửa nhà", "knocking down a wall": "đập tường",
             "knocking a wall down": "đập tường", "knocking down walls": "đập tường"}
_HABITS_VI = {"drill": "khoan tường", "hammer": "đóng đinh"}
# since when, up to now ("have been drilling since this morning"), and back (the first Vietnamese of each written)
_SINCE = {"từ sáng": "since this morning", "từ sáng đến giờ": "since this morning", "từ sáng đến nay": "since this "
          "morning", "từ sáng sớm": "since early this morning", "từ sáng sớm đến giờ": "since early this morning",
          "cả buổi sáng nay": "all morning", "cả sáng nay": "all morning", "suốt buổi sáng nay": "all morning",
          "suốt sáng nay": "all morning", "cả buổi chiều nay": "all afternoon", "cả chiều nay": "all afternoon",
          "cả ngày hôm nay": "all day", "cả ngày nay": "all day", "suốt cả ngày hôm nay": "all day",
          "từ hôm qua": "since yesterday", "từ hôm qua đến giờ": "since yesterday", "mấy ngày nay": "for days",
          "mấy hôm nay": "for days", "cả tuần nay": "all week", "từ tuần trước": "since last week",
          "mấy tuần nay": "for weeks", "mấy tháng nay": "for months", "từ tháng trước": "since last month",
          "từ năm ngoái": "since last year"}
_SINCE_VI = {en: vi for vi, en in reversed(_SINCE.items())} | {
    "for the past few days": "mấy ngày nay", "all day today": "cả ngày hôm nay", "since morning": "từ sáng",
    "all morning long": "cả buổi sáng nay", "all day long": "cả ngày hôm nay"}
_UNITS = {"ngày": "day", "hôm": "day", "tuần": "week", "tháng": "month", "năm": "year"}
_UNITS_VI = {en: vi for vi, en in reversed(_UNITS.items())}
_N_VI = {vi_word(n): n for n in range(1, 32)}
_N_EN = {en_word(n): n for n in range(1, 32)}
# the noise of it, and what it keeps someone from
_NOISES = {"tiếng khoan": "drilling", "tiếng khoan tường": "drilling", "tiếng máy khoan": "drilling",
           "tiếng búa": "hammering", "tiếng đục": "hammering", "tiếng đục tường": "hammering",
           "tiếng đóng đinh": "hammering"}
_NOISES_VI = {en: vi for vi, en in reversed(_NOISES.items())}
_ABOUT = {"tiếng ồn": "the noise"} | {vi: f"the {en}" for vi, en in _NOISES.items()}
_ABOUT_VI = {en: vi for vi, en in reversed(_ABOUT.items())}
_DOES = {"ngủ": "sleep", "làm việc": "work", "học": "study", "học bài": "study", "tập trung": "concentrate"}
_DOES_VI = {en: vi for vi, en in reversed(_DOES.items())}
_EACH = {"ngày": "every day", "sáng": "every morning", "tối": "every evening", "đêm": "every night"}
_EACH_VI = {en: vi for vi, en in _EACH.items()}

# ... in Vietnamese: who works, and what
_WHO_WORKS = rf"(?:{BY}|(?P<they>[Hh]ọ))"
_WORK = rf"(?P<work>(?i:{alternatives(WORKS)}))"
_SPAN = (rf"(?:(?P<since>(?i:{alternatives(_SINCE)}))|(?P<n>[1-9]\d?|(?i:{alternatives(_N_VI)}))\s+"
         rf"(?P<unit>{alternatives(_UNITS)})\s+(?P<now>nay|rồi))")
# since a time ("Nhà bên cạnh khoan tường từ sáng.", "Từ sáng đến giờ hàng xóm khoan tường.", "… ba tháng nay.")
_SINCE_RE = lazy(rf"(?:(?P<first>(?i:{alternatives(_SINCE)}))\s*,?\s+)?{_WHO_WORKS}\s+{_WORK}(?:\s+{_SPAN})?"
                 rf"{SOFTENED_END}")
# a habit ("Ngày nào hàng xóm cũng khoan tường.", "Hàng xóm suốt ngày khoan tường.", "… khoan tường mỗi ngày.")
_HABIT = [lazy(rf"(?P<each>[Nn]gày|[Ss]áng|[Tt]ối|[Đđ]êm)\s+nào\s+{_WHO_WORKS}\s+cũng\s+{_WORK}{SOFTENED_END}"),
          lazy(rf"{_WHO_WORKS}\s+(?:(?P<each>ngày|sáng|tối|đêm)\s+nào\s+cũng|(?P<always>suốt\s+ngày|lúc\s+nào\s+"
               rf"cũng))\s+{_WORK}{SOFTENED_END}"),
          lazy(rf"{_WHO_WORKS}\s+{_WORK}\s+(?P<every>(?i:{alternatives(EVERY)})){SOFTENED_END}")]
_NOW = lazy(rf"{_WHO_WORKS}\s+đang\s+{_WORK}{SOFTENED_END}")
# how long, asked ("Hàng xóm khoan tường bao lâu rồi?", "Hàng xóm còn khoan tường đến bao giờ nữa?")
_HOW_LONG = lazy(rf"{_WHO_WORKS}\s+(?P<still>còn\s+)?{_WORK}\s+(?:(?P<since>từ\s+(?:bao\s+giờ|khi\s+nào)|bao\s+lâu"
                 rf"\s+rồi)|(?P<until>đến\s+(?:bao\s+giờ|khi\s+nào))(?P<more>\s+nữa)?){SOFTENER}\s*(?P<end>\?+)")
# the noise ("tiếng khoan nhà bên cạnh", "tiếng búa của hàng xóm"), loud, waking someone or keeping them from a thing
_NOISE = rf"(?P<noise>(?i:{alternatives(_NOISES)}))(?:\s+(?:(?:của|từ|ở)\s+)?{BY})?"
_DAY = rf"(?P<day>(?i:{alternatives(DAYS_DONE)}))"
_DAYS_VI = {en: vi for vi, en in reversed(DAYS_DONE.items())}
_LOUD = lazy(rf"{_NOISE}\s+(?:(?P<before>rất|hơi|khá)\s+)?(?:ồn|to)(?:\s+(?P<after>quá|lắm))?{SOFTENED_END}")
_WAKE = lazy(rf"(?:{_DAY}\s*,?\s+|(?P<each>[Ss]áng|[Nn]gày|[Đđ]êm)\s+nào\s+)?{_NOISE}\s+(?P<also>cũng\s+)?làm\s+"
             rf"{WHOM}\s+(?:thức|tỉnh)\s+(?:giấc|dậy)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_DOING = rf"không\s+(?:thể\s+)?(?P<does>{alternatives(_DOES)})\s+được"
_CANT = [lazy(rf"(?:{_DAY}\s*,?\s+)?{WHO}\s+{_DOING}\s+(?:vì|do|tại|bởi\s+vì)\s+{_NOISE}{SOFTENED_END}"),
         lazy(rf"(?:{_DAY}\s*,?\s+)?{_NOISE}\s+làm\s+{WHO}\s+{_DOING}{SOFTENED_END}")]
# complaining to them ("Bạn nên phàn nàn với hàng xóm.", "Mẹ tôi đã phàn nàn với hàng xóm về tiếng khoan.")
_COMPLAIN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>chưa|không)\s+)?(?:(?P<aux>sẽ|đã|vừa\s+mới|vừa|mới|nên|"
                 rf"muốn|đang\s+định|định|phải)\s+)?phàn\s+nàn\s+với\s+{BY}(?:\s+về\s+(?P<about>(?i:"
                 rf"{alternatives(_ABOUT)})))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# joined to the noise ("Nhà bên cạnh đang xây nhà, ồn quá.", "Hàng xóm đang xây nhà ồn quá.")
_NOISY = lazy(r"(?P<work>[^,]+?)\s*(?:,\s*|\s+nên\s+|\s+)(?:(?P<before>rất)\s+)?ồn(?:\s+ào)?(?:\s+(?P<after>quá|"
              r"lắm))?\s*(?P<end>[.!]*)")
# building work, in the translation of a clause from each language (not a party: mt/neighbours.py's alone)
_BUILDING = {"vi": lazy(r"drill|hammer|build|renovat|knock"), "en": lazy(r"khoan|đục|đóng đinh|xây|sửa|đập")}

# ... in English
_WHO_WORKS_EN = rf"(?:{BY_EN}|(?P<they>[Tt]hey))"
_WORK_EN = rf"(?P<work>(?i:{alternatives(_WORKS_VI)}))"
_SPAN_EN = (rf"(?:(?P<since>(?i:{alternatives(_SINCE_VI)}))|for\s+(?P<n>[1-9]\d?|a|(?i:{alternatives(_N_EN)}))\s+"
            r"(?P<unit>days?|weeks?|months?|years?))")
_SINCE_EN = lazy(rf"{_WHO_WORKS_EN}(?P<have>\s+have|\s+has|['’]ve)\s+been\s+{_WORK_EN}\s+{_SPAN_EN}\s*(?P<end>[.!]*)")
_BE_EN = r"(?P<be>['’]re|['’]s|\s+are|\s+is)"
_HABIT_EN = lazy(rf"{_WHO_WORKS_EN}(?:\s+(?P<verb>drills?|hammers?)|{_BE_EN}\s+(?P<always>always\s+)?(?P<ing>drilling|"
                 rf"hammering))(?:\s+(?P<every>(?i:{alternatives(EVERY_VI)})))?\s*(?P<end>[.!]*)")
_NOW_EN = lazy(rf"{_WHO_WORKS_EN}{_BE_EN}\s+{_WORK_EN}\s*(?P<end>[.!]*)")
_HOW_LONG_EN = [lazy(rf"(?:(?P<long>How\s+long)|Since\s+when)\s+(?P<have>have|has)\s+{_WHO_WORKS_EN}\s+been\s+"
                     rf"{_WORK_EN}\s*\?+"),
                lazy(rf"How\s+(?:(?P<more>much\s+longer)|long)\s+will\s+{_WHO_WORKS_EN}\s+be\s+{_WORK_EN}\s*\?+")]
_NOISE_EN = (r"(?:(?i:the)\s+(?:noise|sound)\s+of\s+)?(?:(?i:the)\s+(?P<noise>drilling|hammering)(?:\s+(?P<dplace>"
             rf"next\s+door|upstairs))?|{BY_EN}(?P<poss>['’]s?)\s+(?P<noise2>drilling|hammering))")
_LOUD_EN = lazy(rf"{_NOISE_EN}(?:\s+is|['’]s)\s+(?P<d>{alternatives(EN_DEGREE)})\s+(?:loud|noisy)\s*(?P<end>[.!]*)")
_WAKE_EN = lazy(rf"{_NOISE_EN}\s+(?:(?P<woke>woke)|(?P<wakes>wakes)|(?P<has>has\s+woken))\s+{WHOM_EN}\s+up(?:\s+"
                rf"(?P<day>(?i:{alternatives(_DAYS_VI)}))|"
                r"\s+(?P<every>every\s+(?:morning|day|night)))?\s*(?P<end>[.!]*)")
_CANT_EN = lazy(rf"{WHO_EN}\s+(?P<can>can['’]t|cannot|couldn['’]t|could\s+not)\s+(?P<does>{alternatives(_DOES_VI)})"
                rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?\s+because\s+of\s+{_NOISE_EN}\s*(?P<end>[.!]*)")
_COMPLAIN_EN = lazy(rf"(?:(?P<q>Have|Has|Should)\s+)?{WHO_EN}(?P<aux>\s+will|['’]ll|\s+should(?:\s+not|n['’]t)?|"
                    r"\s+(?:have|has)\s+to|\s+(?:have|has)(?:\s+not|n['’]t)?|['’]ve|\s+wants?\s+to|(?:\s+(?:am|is|are)"
                    r"|['’]m|['’]re|['’]s)\s+going\s+to)?(?:\s+(?P<adv>just|already))?\s+(?P<verb>complain(?:ed)?)"
                    rf"\s+to\s+{BY_EN}(?:\s+about\s+(?P<about>(?i:{alternatives(_ABOUT_VI)})))?(?:\s+(?P<yet>yet))?"
                    r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the neighbours' building work: drilling, hammering, building, its noise, how
    long it goes on, and complaining of it; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (_clause(text, "vi") or _how_long(text) or _loud(text) or
                                                        _wake(text) or _cant(text) or _complain(text) or _noisy(text))
    text = text.replace("’", "'")
    if WE_EN.search(text):  # ("we", "our neighbours": chúng tôi, or chúng ta? the one spoken to may be in it)
        return None
    return (_clause(text, "en") or _how_long_vi(text) or _loud_vi(text) or _wake_vi(text) or _cant_vi(text) or
            _complain_vi(text) or _noisy(text, "en"))


def _doers(m: re.Match) -> tuple[str, str, str | None] | None:
    """Who works and the work of a match over _WHO_WORKS, _WORK in English: ("the neighbours", "drilling", "drill");
    None for whose after a place ("nhà bên cạnh tôi"), and "họ" renovating (their own house, or another's?)."""
    ing, base = WORKS[keyed(m["work"])]
    who_ = "they" if m["they"] else (by := neighbours_by(m)) and by[0]
    return None if not who_ or m["they"] and ing.startswith("renovat") else (who_, ing, base)


def _doers_vi(m: re.Match, be: str | None) -> tuple[str, str] | None:
    """Who works and the work of a match over _WHO_WORKS_EN, _WORK_EN in Vietnamese ("hàng xóm", "khoan tường"); None
    where `be` (None: not said) does not agree with who, and "they" building or renovating (what, whose?)."""
    said, _, one = ("họ", "", False) if m["they"] else neighbours_by_vi(m) or (None, "", False)
    work = keyed(m.groupdict().get("work") or "")
    if said is None or be is not None and (be.strip() in ("is", "'s", "has")) != one or m["they"] and work in (
            "building", "renovating"):
        return None
    return said, _WORKS_VI.get(work, "")


def _clause(text: str, src: str) -> str | None:
    """The work since a time, as a habit, or going on now, both ways (`src`): "Hàng xóm khoan tường từ sáng." as "The
    neighbours have been drilling since this morning.", "Hàng xóm suốt ngày khoan tường."; None for anything else."""
    if src == "vi":
        return _since(text) or _habit(text) or _now(text)
    return _since_vi(text) or _habit_vi(text) or _now_vi(text)


def _since(text: str) -> str | None:
    m = _SINCE_RE.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["first"]) == bool(m["since"] or m["n"]) or not (said := _doers(m)) or (
            m["now"] == "rồi" and not said[2]):  # ("xây nhà ba tháng rồi": built three months ago?)
        return None
    if m["n"]:
        count = int(m["n"]) if m["n"].isdigit() else _N_VI[keyed(m["n"])]
        n = m["n"] if m["n"].isdigit() else "a" if count == 1 else en_word(count)
        span = f"for {n} {_UNITS[keyed(m['unit'])]}{'s' * (count != 1)}"
    else:
        span = _SINCE[keyed(m["first"] or m["since"])]
    return capitalised(contracted(said[0], f"have been {said[1]} {span}") + stop(m["end"]))


def _habit(text: str) -> str | None:
    m = next((m for p in _HABIT if (m := p.fullmatch(text))), None)
    if not m or "?" in m["end"] or not (said := _doers(m)) or not said[2]:  # (a house is not built every day)
        return None
    if m.groupdict().get("always"):
        return capitalised(contracted(said[0], f"are always {said[1]}") + stop(m["end"]))
    every = _EACH[keyed(m["each"])] if m.groupdict().get("each") else EVERY[keyed(m["every"])]
    return capitalised(f"{said[0]} {said[2]} {every}{stop(m['end'])}")


def _now(text: str) -> str | None:
    m = _NOW.fullmatch(text)
    said = m and "?" not in m["end"] and _doers(m)
    return said and capitalised(contracted(said[0], f"are {said[1]}") + stop(m["end"]))


def _since_vi(text: str) -> str | None:
    m = _SINCE_EN.fullmatch(text)
    if not m or (m["have"] == "'ve") != bool(m["they"]) or not (said := _doers_vi(m, m["have"])):
        return None
    if m["n"]:
        n, unit = m["n"].lower(), m["unit"].lower()
        count = 1 if n == "a" else int(n) if n.isdigit() else _N_EN[n]
        if (count == 1) == unit.endswith("s"):
            return None
        span = f"{n if n.isdigit() else vi_word(count)} {_UNITS_VI[unit.rstrip('s')]} nay"
    else:
        span = _SINCE_VI[keyed(m["since"])]
    return capitalised(f"{said[0]} {said[1]} {span}{stop(m['end'])}")


def _habit_vi(text: str) -> str | None:
    m = _HABIT_EN.fullmatch(text)
    be = m and (m["be"] or (" is" if m["verb"].endswith("s") else " are"))  # ("drills" agrees as "is" does)
    if not m or bool(m["always"]) == bool(m["every"]) or not (said := _doers_vi(m, be)):
        return None
    work = _HABITS_VI[m["verb"].rstrip("s")] if m["verb"] else _WORKS_VI[m["ing"]]
    when = ("suốt ngày", "") if m["always"] else ("", f" {EVERY_VI[keyed(m['every'])]}")
    return capitalised(" ".join(w for w in (said[0], when[0], work) if w) + when[1] + stop(m["end"]))


def _now_vi(text: str) -> str | None:
    m = _NOW_EN.fullmatch(text)
    said = m and _doers_vi(m, m["be"])
    return said and capitalised(f"{said[0]} đang {said[1]}{stop(m['end'])}")


def _how_long(text: str) -> str | None:
    """"Hàng xóm khoan tường bao lâu rồi?" as "How long have the neighbours been drilling?", "… còn … đến bao giờ nữa?"
    as "How much longer will …?" (_HOW_LONG); None for anything else, and since when of a house built (built when?)."""
    m = _HOW_LONG.fullmatch(text)
    if not m or not (said := _doers(m)) or m["since"] and (m["still"] or not said[2]):
        return None
    if m["since"]:
        return f"How long have {said[0]} been {said[1]}?"
    return f"How {'much longer' if m['still'] or m['more'] else 'long'} will {said[0]} be {said[1]}?"


def _how_long_vi(text: str) -> str | None:
    """"How long have the neighbours been drilling?" as "Hàng xóm khoan tường bao lâu rồi?", "How much longer will …?"
    as "… còn … đến bao giờ nữa?" (_HOW_LONG_EN); None for anything else."""
    m = next((m for p in _HOW_LONG_EN if (m := p.fullmatch(text))), None)
    have = m and m.groupdict().get("have")
    if not m or not (said := _doers_vi(m, have)):
        return None
    who_, work = said
    if have:
        return capitalised(f"{who_} {work} {'bao lâu rồi' if m['long'] else 'từ bao giờ'}?")
    return capitalised(f"{who_} còn {work} đến bao giờ nữa?" if m["more"] else f"{who_} {work} đến bao giờ?")


def _owned_back(m: re.Match) -> bool:
    """Whether whose the neighbours are (group "of") is read wrong after who (group "who", if any): "his", "her",
    "their" after kin or a name (another's, or theirs?), "mình" after any but "tôi" (theirs: "Bố tôi … của mình")."""
    of, who_ = keyed(m["of"] or ""), m.groupdict().get("who", "tôi")
    third = of in ("his", "her", "their", "anh ấy", "cô ấy", "họ")
    return third and not who_ or of == "mình" and keyed(who_ or "") not in ("tôi", "mình")


def _noise(m: re.Match) -> str | None:
    """The noise of a match of _NOISE in English: "the drilling", "the drilling next door", "the neighbours'
    hammering"; None for whose after a place, and _owned_back."""
    thing = _NOISES[keyed(m["noise"])]
    return None if _owned_back(m) else theirs(m, thing) if m["by"] else f"the {thing}"


def _noise_vi(m: re.Match) -> str | None:
    """The noise of a match of _NOISE_EN in Vietnamese: "tiếng khoan", "tiếng khoan nhà bên cạnh", "tiếng búa nhà
    hàng xóm"; None for "'" after one neighbour or "'s" after several, the people's, and _owned_back."""
    if m["noise2"]:
        return None if _owned_back(m) else theirs_vi(m, _NOISES_VI[m["noise2"]], m["poss"], None)
    return theirs_vi(m, _NOISES_VI[m["noise"]], "", m["dplace"]) if m["dplace"] else _NOISES_VI[m["noise"]]


def _loud(text: str) -> str | None:
    """"Tiếng khoan nhà bên cạnh ồn quá." as "The drilling next door is so loud." (_LOUD); None for anything else, and
    no degree or two."""
    m = _LOUD.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["before"]) == bool(m["after"]) or (noise := _noise(m)) is None:
        return None
    return capitalised(f"{noise} is {DEGREE[m['before'] or m['after']]} loud{stop(m['end'])}")


def _loud_vi(text: str) -> str | None:
    """"The drilling next door is so loud." as "Tiếng khoan nhà bên cạnh ồn quá." (_LOUD_EN); None for any other."""
    m = _LOUD_EN.fullmatch(text)
    if not m or (noise := _noise_vi(m)) is None:
        return None
    before, after = EN_DEGREE[" ".join(m["d"].lower().split())]
    return capitalised(" ".join(w for w in (noise, before, "ồn", after) if w) + stop(m["end"]))


def _wake(text: str) -> str | None:
    """"Sáng nay tiếng khoan làm tôi thức giấc." as "The drilling woke me up this morning.", "Sáng nào … cũng …" as
    "… wakes me up every morning", "… rồi." as "… has woken me up" (_WAKE); None for anything else, and no day said."""
    m = _WAKE.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["each"]) != bool(m["also"]) or [bool(m[g]) for g in (
            "day", "each", "done")].count(True) != 1 or (noise := _noise(m)) is None:
        return None
    whom = as_whom(m["whom"], "vi")
    if not whom or pet(m["whom"], "vi"):
        return None
    if m["day"]:
        return capitalised(f"{noise} woke {whom} up {DAYS_DONE[keyed(m['day'])]}{stop(m['end'])}")
    if m["each"]:
        return capitalised(f"{noise} wakes {whom} up {_EACH[keyed(m['each'])]}{stop(m['end'])}")
    return capitalised(f"{noise} has woken {whom} up{stop(m['end'])}")


def _wake_vi(text: str) -> str | None:
    """"The drilling woke me up this morning." as "Sáng nay tiếng khoan làm tôi thức giấc.", "The drilling wakes me up
    every morning." as "Sáng nào tiếng khoan cũng làm tôi thức giấc." (_WAKE_EN); None for anything else."""
    m = _WAKE_EN.fullmatch(text)
    if not m or m["day"] and not m["woke"] or m["every"] and not m["wakes"] or (noise := _noise_vi(m)) is None:
        return None
    whom = as_whom(m["whom"], "en")
    if not whom or pet(m["whom"], "en"):
        return None
    said = f"làm {whom} thức giấc{' rồi' * bool(m['has'])}{stop(m['end'])}"
    if m["every"]:
        return f"{_EACH_VI[keyed(m['every'])].capitalize()} nào {noise} cũng {said}"
    return f"{_DAYS_VI[keyed(m['day'])].capitalize()} {noise} {said}" if m["day"] else capitalised(f"{noise} {said}")


def _cant(text: str) -> str | None:
    """"Tôi không làm việc được vì tiếng khoan." as "I can't work because of the drilling.", "Tối qua tiếng búa làm
    tôi không ngủ được." as "I couldn't sleep last night because of the hammering." (_CANT); None for anything else."""
    m = next((m for p in _CANT if (m := p.fullmatch(text))), None)
    if not m or "?" in m["end"] or (said := person_of(m, False)) is None or (noise := _noise(m)) is None:
        return None
    does = _DOES[keyed(m["does"])]
    if m["day"]:
        return capitalised(f"{said[0]} couldn't {does} {DAYS_DONE[keyed(m['day'])]} because of {noise}{stop(m['end'])}")
    return capitalised(f"{said[0]} can't {does} because of {noise}{stop(m['end'])}")


def _cant_vi(text: str) -> str | None:
    """"I can't work because of the drilling next door." as "Tôi không làm việc được vì tiếng khoan nhà bên cạnh."
    (_CANT_EN); None for anything else, and a day with "can't"."""
    m = _CANT_EN.fullmatch(text)
    if not m or m["day"] and m["can"].lower().startswith("can") or (said := person_of(m, False, "en")) is None:
        return None
    noise = _noise_vi(m)
    said = noise and f"{said[0]} không {_DOES_VI[m['does'].lower()]} được vì {noise}{stop(m['end'])}"
    return said and (f"{_DAYS_VI[keyed(m['day'])].capitalize()} {said}" if m["day"] else capitalised(said))


# complaining, as mt/e_scooters.py's buying is said ("{have}", "{be}", "{s}" agreeing with who, "{w}" who asked)
_COMPLAINED = {("", "", "sẽ", "", ""): "will complain {t}", ("", "", "đã", "", ""): "complained {t}",
               ("", "", "vừa", "", ""): "just complained {t}", ("", "", "", "rồi", ""): "{have} complained {t}",
               ("", "", "đã", "rồi", ""): "{have} already complained {t}", ("", "chưa", "", "", ""):
               "{have}n't complained {t} yet", ("", "", "", "", "chưa"): "{Have} {w} complained {t} yet?",
               ("", "", "đã", "", "chưa"): "{Have} {w} complained {t} yet?", ("", "", "nên", "", ""):
               "should complain {t}", ("", "không", "nên", "", ""): "shouldn't complain {t}",
               ("có", "", "nên", "", "không"): "Should {w} complain {t}?", ("", "", "muốn", "", ""):
               "want{s} to complain {t}", ("", "", "định", "", ""): "{be} going to complain {t}",
               ("", "", "phải", "", ""): "{have} to complain {t}"}
# ... and back, by the question's first word, the auxiliaries (written out), the verb and the adverb
_COMPLAINED_VI = {("", "", "complained", ""): "đã {v}", ("", "", "complained", "just"): "vừa {v}",
                  ("", "will", "complain", ""): "sẽ {v}", ("", "should", "complain", ""): "nên {v}",
                  ("", "should not", "complain", ""): "không nên {v}",
                  ("should", "", "complain", ""): "có nên {v} không?", ("", "have", "complained", ""): "đã {v} rồi",
                  ("", "have", "complained", "already"): "đã {v} rồi",
                  ("", "have", "complained", "just"): "vừa {v}", ("", "have not", "complained", ""): "chưa {v}",
                  ("have", "", "complained", ""): "đã {v} chưa?", ("", "want to", "complain", ""): "muốn {v}",
                  ("", "be going to", "complain", ""): "sẽ {v}", ("", "have to", "complain", ""): "phải {v}"}
_AUX = {"'ll": "will", "has": "have", "'ve": "have", "wants": "want", "am": "be", "is": "be", "are": "be", "'m": "be",
        "'re": "be", "'s": "be"}


def _complain(text: str) -> str | None:
    """"Bạn nên phàn nàn với hàng xóm." as "You should complain to the neighbours.", "Bạn đã phàn nàn với hàng xóm
    chưa?" as "Have you complained to the neighbours yet?" (_COMPLAIN, _COMPLAINED); None for anything else."""
    m = _COMPLAIN.fullmatch(text)
    by = m and not _owned_back(m) and neighbours_by(m)
    about = by and (f" about {_ABOUT[keyed(m['about'])]}" if m["about"] else "")
    return by and said_by_shape(m, _COMPLAINED, t=f"to {by[0]}{about}")


def _complain_vi(text: str) -> str | None:
    """"Have you complained to the neighbours yet?" as "Bạn đã phàn nàn với hàng xóm chưa?", "I'm going to complain to
    the neighbours about the noise." as "Tôi sẽ phàn nàn với hàng xóm về tiếng ồn." (_COMPLAIN_EN, _COMPLAINED_VI);
    None for anything else, "I" asked but "Should I", and where a verb does not agree with who."""
    m = _COMPLAIN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := person_of(m, False, "en")) is None:
        return None
    who_, one = said
    q, raw = (m["q"] or "").lower(), (m["aux"] or "").lower().replace("n't", " not").replace("'", " '").split()
    aux, first = " ".join(_AUX.get(w, w) for w in raw), q or (raw[0] if raw else "")
    shape = _COMPLAINED_VI.get((_AUX.get(q, q), aux, m["verb"].lower(), (m["adv"] or "").lower()))
    by = not _owned_back(m) and neighbours_by_vi(m)
    if not shape or not by or m["yet"] and "chưa" not in shape or not first_agrees(first, who_, one) or (
            "want" in aux and ("wants" in raw) != one or m["q"] and who_ == "tôi" and first != "should"):
        return None
    about = f" về {_ABOUT_VI[keyed(m['about'])]}" if m["about"] else ""
    said = capitalised(f"{who_} {shape.format(v=f'phàn nàn với {by[0]}{about}')}")
    return said if said.endswith("?") else f"{said}{stop(m['end'])}"


def _noisy(text: str, src: str = "vi") -> str | None:
    """The work joined to the noise, both ways: "Nhà bên cạnh đang xây nhà, ồn quá." as "The people next door are
    building a house, and it's so noisy." (_NOISY, NOISY_EN as mt/renovations.py joins them, the work as this module
    or mt/neighbours.py says it); None for anything else, and work that is not building ("đang mở tiệc")."""
    m = (_NOISY if src == "vi" else NOISY_EN).fullmatch(text)
    if not m or src == "vi" and bool(m["before"]) == bool(m["after"]) or STRESSED_SAID.search(m["work"]):
        return None
    work = f"{m['work']}."
    said = _clause(work, src) or neighbours_said(work, src, "en" if src == "vi" else "vi")
    if not said or not _BUILDING[src].search(said.lower()):
        return None
    if src == "vi":
        return f"{said[:-1]}, and it's {DEGREE[m['before'] or m['after']]} noisy{stop(m['end'])}"
    before, after = EN_DEGREE[m["d"]]
    return f"{said[:-1]}, {' '.join(w for w in (before, 'ồn', after) if w)}{stop(m['end'])}"
