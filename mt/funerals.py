"""Going to funerals and death anniversaries (giỗ), both ways, written whole by rule: who goes, went, has to go or
can't go to someone's funeral, wearing black to it, whose death anniversary is when, the anniversary meal had or held
at someone's house, and the family gathered on it. v8 (rules on) loses whose funeral, reads "đám ma" as marrying,
"đồ đen" as black hills and "giỗ" as a blaze ("Tôi phải đi đám ma." → "I have to go marry."; more in the tests).

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking; "nhà tôi", "gia đình tôi", "cả nhà", my
family, the whole family) goes ("đi", "đi dự", "dự", "tham dự", "đi viếng", "đến dự": coming) to a funeral ("đám
tang", "đám ma", "tang lễ", "lễ tang"), whose (he, she, they; kin with whose, and kin of kin with "của": "ông của
bạn tôi", my friend's grandfather; "Bác Hùng"; a name), on a day (mt.free_time.when, mt.dates.NEAR_SPANS), with "sẽ",
"đã", "phải", "không", "không … được", asked with "có … không"; should, has to, needs to, will or did wear black to
it, asked, or told ("Hãy", "Nhớ"); whose death anniversary ("ngày giỗ", "giỗ", "đám giỗ") is today, tomorrow,
yesterday or on a day, asked when; who has the anniversary meal ("ăn giỗ"), goes to one ("đi ăn giỗ") or holds one
("làm giỗ", "cúng giỗ"), at someone's house; and the family gathering on it ("tụ họp", "quây quần"). Left: someone's
death, sorry, and the funeral's day (mt/condolences.py's), wedding anniversaries (mt/anniversaries.py's), ancestors
and graves (mt/new_year.py's), "ông bạn tôi" (a buddy, or a friend's grandfather?), "viếng" without a funeral (a
grave, a mausoleum too), "Tôi mặc đồ đen đi đám tang." (when?), "Did you go …?" with no day, "the anniversary meal"
without "death" (a wedding's?), wearing black as a habit, and anything else.
mt.phrasebook.translate tries these after mt/painting.py.

    >>> translate("Tôi phải đi dự đám tang ông của bạn tôi.", "vi", "en")
    "I have to go to my friend's grandfather's funeral."
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .ever import PRONOUNS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, OPENS, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .names import GIVEN, GIVEN_AFTER_KIN, GIVEN_EN, KIN, kin_named
from .people import KIN_VI, NAMED_WHO, kin_alternatives
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, capitalised, contracted, keyed, strip_marks

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đám\s+tang|tang\s+lễ|lễ\s+tang|đám\s+ma|giỗ)"),
         "en": lazy(r"(?i:funeral|death\s+anniversary)")}
# whose funeral or anniversary: kin (no pets; and the aunts and uncles whose houses the meal is at), he, she, they
_KIN = {vi: en for vi, en in NAMED_WHO.items() if en not in ("dog", "cat")} | {
    "ông nội": "grandfather", "ông ngoại": "grandfather", "bà nội": "grandmother", "bà ngoại": "grandmother",
    "chú": "uncle", "bác": "uncle", "cậu": "uncle", "cô": "aunt", "dì": "aunt"}
_KIN_EN = {en: vi for en, vi in KIN_VI.items() if en not in ("dog", "cat")} | {
    "grandpa": "ông", "grandma": "bà", "uncle": "chú", "aunt": "cô"}
_THIRD = {vi: EN_WHOSE[en] for vi, en in PRONOUNS.items() if en in ("he", "she", "they")}
_OWNER, _KINS, _KINS_EN = alternatives(OWNERS), kin_alternatives(_KIN), alternatives(_KIN_EN)
# (kin of kin only with "của": "ông bạn tôi" may be an old pal)
_DEAD = (rf"(?:(?P<dkin>(?i:{_KINS}))\s+của\s+(?P<dkin2>(?i:{_KINS}))\s+(?:của\s+)?(?P<dwhose2>(?i:{_OWNER}))|"
         rf"(?P<dkin1>(?i:{_KINS}))\s+(?:của\s+)?(?P<dwhose>(?i:{_OWNER}))|(?P<third>(?i:{alternatives(_THIRD)}))|"
         rf"(?P<dtitle>(?i:{alternatives(KIN)}))\s+(?P<dtitled>{alternatives(GIVEN_AFTER_KIN)})|"
         rf"(?P<dgiven>{alternatives(GIVEN)}))")
_OF = rf"(?:\s+(?:của\s+)?{_DEAD})?"
_FUNERAL, _GIO = r"(?i:đám\s+tang|đám\s+ma|tang\s+lễ|lễ\s+tang)", r"(?i:ngày\s+giỗ|đám\s+giỗ|giỗ)"
# who: a family ("nhà tôi", "cả nhà", "cả gia đình tôi") or mt.hobbies.WHO
_SUBJ = (rf"(?:(?P<fam>(?P<all>(?i:cả)\s+)?(?i:nhà|gia\s+đình)(?:\s+(?:của\s+)?(?P<fwhose>(?i:{_OWNER})))?)|"
         rf"{WHO})")
_TENSE = r"(?:(?P<tense>sẽ\s+không|sẽ|đã\s+phải|đã|không|có|phải)\s+)?"
# who goes to it ("Tôi phải đi dự đám tang ông của bạn tôi.", "Bạn có đi đám tang không?")
_GOING = lazy(rf"{DAY_OPENING}{_SUBJ}\s+{_TENSE}(?P<go>đi\s+dự|đi\s+viếng|đi|dự|tham\s+dự|(?P<come>đến|tới)\s+"
              rf"(?:dự|viếng))\s+{_FUNERAL}{_OF}{DAY_AFTER}(?:\s+(?P<can>được))?(?:\s+(?P<asked>không))?"
              rf"{SOFTENED_END}")
# wearing black to it ("Bạn nên mặc đồ đen khi đi dự đám tang.", "Tôi có cần mặc đồ đen không …?", "Hãy mặc …")
_BLACK = lazy(rf"(?:{_SUBJ}\s+(?:(?P<ask>có)\s+)?(?P<modal>nên|phải|cần|sẽ|đã)\s+|(?P<told>(?i:hãy|nhớ))\s+)?"
              r"(?i:mặc)\s+(?:đồ|quần\s+áo|áo\s+quần|áo)\s+(?:màu\s+)?đen\s+(?P<khi>khi\s+)?(?:đi|đến|tới)\s+"
              rf"(?:dự\s+|viếng\s+)?{_FUNERAL}{_OF}(?:\s+(?P<nhe>nhé|nha))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# whose death anniversary is when ("Hôm nay là ngày giỗ ông tôi.", "Giỗ ông tôi là vào tuần sau.", "… là khi nào?")
_GIO_IS = lazy(rf"(?P<day0>{OPENS}[^,.!?]*?)\s+là\s+{_GIO}{_OF}{SOFTENED_END}")
_GIO_ON = lazy(rf"{_GIO}{_OF}\s+(?:(?P<will>sẽ)\s+)?(?:là\s+)?(?P<day>{OPENS}[^,.!?]*?){SOFTENED_END}")
_WHEN = r"(?:khi\s+nào|bao\s+giờ|ngày\s+nào|hôm\s+nào|lúc\s+nào)"
_GIO_WHEN = [lazy(rf"{_GIO}{_OF}\s+(?:là\s+)?(?:vào\s+)?{_WHEN}{SOFTENER}\s*\?+"),
             lazy(rf"(?i:khi\s+nào|bao\s+giờ|hôm\s+nào)\s+(?:là\s+)?{_GIO}{_OF}{SOFTENER}\s*\?+")]
# the anniversary meal had, gone to or held, where ("Chúng tôi ăn giỗ ở nhà chú tôi.", "Nhà tôi làm giỗ ông tôi.")
_PLACE = (rf"(?:\s+(?:ở|tại)\s+nhà\s+(?:(?P<hkin>(?i:{_KINS}))\s+(?:của\s+)?(?P<hwhose>(?i:{_OWNER}))|"
          rf"(?P<hown>(?i:{_OWNER}))|(?P<htitle>(?i:{alternatives(KIN)}))\s+(?P<htitled>"
          rf"{alternatives(GIVEN_AFTER_KIN)})|(?P<hgiven>{alternatives(GIVEN)})))?")
_FEAST = lazy(rf"{DAY_OPENING}{_SUBJ}\s+{_TENSE}(?:(?P<eat>(?P<go>đi\s+)?ăn\s+giỗ)|(?:làm|cúng)\s+giỗ{_OF})"
              rf"{_PLACE}{DAY_AFTER}(?:\s+(?P<asked>không))?{SOFTENED_END}")
# the family gathered on it ("Cả gia đình tụ họp vào ngày giỗ.")
_GATHER = lazy(rf"{_SUBJ}\s+(?:(?P<tense>đã|sẽ|thường)\s+)?(?:tụ\s+họp|quây\s+quần|sum\s+họp|họp\s+mặt)"
               rf"(?:\s+(?:lại|đông\s+đủ))?\s+(?:vào|trong)\s+{_GIO}{_OF}{SOFTENED_END}")

# "hôm" with a day of the week ("hôm thứ bảy": most often the Saturday gone)
_HOM_DAY = lazy(r"(?i:hôm\s+(?:thứ|chủ\s+nhật))(?!\w)")

# ... and in English: whose ("his", "my grandfather's", "my friend's grandfather's", "Lan's")
_DEAD_EN = (rf"(?:(?P<fowner>(?i:the|a|his|her|their))|(?:(?P<dwhose>(?i:{WHOSE_WORDS}))\s+(?P<dkin>{_KINS_EN})"
            rf"(?:['’]s\s+(?P<dkin2>{_KINS_EN}))?|(?P<dgiven>{alternatives(GIVEN_EN)}))['’]s)")
_SUBJ_EN = (rf"(?:(?P<fam>(?:(?P<all>(?i:the))|(?P<fwhose>(?i:{WHOSE_WORDS})))\s+(?P<whole>whole\s+)?family)|"
            rf"{WHO_EN})")
_ASK_EN = r"(?:(?P<q>Is|Am|Are|Did|Do|Does|Can|Will)\s+)?"
# (what comes between who and the rest, the verb last: "'m going", " have to go", " didn't go")
_FRAME = r"(?P<frame>(?:\s+|['’])[a-zA-Z'’ ]*?)"
_GOING_EN = lazy(rf"{_ASK_EN}{_SUBJ_EN}{_FRAME}\s+to\s+{_DEAD_EN}\s+funeral{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_PLACE_EN = (rf"(?:\s+at\s+(?:(?P<hwhose>(?i:{WHOSE_WORDS}))\s+(?:(?P<hkin>{_KINS_EN})['’]s\s+)?|"
             rf"(?P<hgiven>{alternatives(GIVEN_EN)})['’]s\s+)(?:house|place))?")
_FEAST_EN = lazy(rf"{_ASK_EN}{_SUBJ_EN}{_FRAME}\s+(?:(?P<to>to\s+)?(?:the|a)\s+death\s+anniversary\s+(?:meal|feast)|"
                 rf"(?P<held>{_DEAD_EN}\s+death\s+anniversary)){_PLACE_EN}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_MODALS_EN = {"should": "nên", "have to": "phải", "has to": "phải", "need to": "cần", "needs to": "cần",
              "will": "sẽ", "'ll": "sẽ", "wore": "đã"}
_BLACK_EN = [lazy(rf"{_SUBJ_EN}(?P<modal>\s+should|\s+ha(?:ve|s)\s+to|\s+needs?\s+to|\s+will|['’]ll)?\s+"
                  rf"(?P<verb>wear|wore)\s+black\s+to\s+{_DEAD_EN}\s+funeral\s*(?P<end>[.!]*)"),
             lazy(rf"(?P<q>Should|Do|Does)\s+{_SUBJ_EN}\s+(?P<modal>have\s+to\s+|need\s+to\s+)?wear\s+black\s+to\s+"
                  rf"{_DEAD_EN}\s+funeral\s*(?P<end>\?+)"),
             lazy(rf"(?:Please\s+)?(?P<told>(?i:remember\s+to\s+)?)(?i:wear)\s+black\s+to\s+{_DEAD_EN}\s+funeral"
                  r"(?:,?\s+please)?\s*(?P<end>[.!]*)")]
_GIO_EN = rf"{_DEAD_EN}\s+death\s+anniversary"
_GIO_IS_EN = [lazy(rf"(?P<day0>Today|Tomorrow|Yesterday)\s+(?P<be>is|was)\s+{_GIO_EN}\s*[.!]*"),
              lazy(rf"It(?:['’]s|\s+is|\s+(?P<be>was))\s+{_GIO_EN}\s+(?P<day>today|tomorrow|yesterday)\s*[.!]*"),
              lazy(rf"{_GIO_EN}\s+(?P<be>is|was|will\s+be)\s+(?P<day>[^,.!?]+?)\s*[.!]*")]
_GIO_WHEN_EN = lazy(rf"When(?:['’]s|\s+is)\s+{_GIO_EN}\s*\?+")
_GATHER_EN = lazy(rf"{_SUBJ_EN}(?P<aux>\s+usually|\s+will|['’]ll)?\s+(?P<verb>gathers?|gathered|gets?\s+together|"
                  rf"got\s+together)\s+on\s+{_GIO_EN}\s*(?P<end>[.!]*)")

# the English verbs, and what they are in Vietnamese ("go" to a funeral: "đi dự")
_VERBS = {"go": ("goes", "going", "went"), "come": ("comes", "coming", "came"), "have": ("has", "having", "had"),
          "hold": ("holds", "holding", "held")}
_FORMS = {form: (base, i) for base, forms in _VERBS.items() for i, form in enumerate((base, *forms))}
# ... and the frames read (who's verb, "BE", "HAVE", "DO" agreeing with who), with the Vietnamese tense of each
_FRAMES = {("", "BE going"): "ing", ("", "BE not going"): "không", ("", "will go"): "sẽ", ("", "will not go"):
           "sẽ không", ("", "went"): "đã", ("", "did not go"): "đã không", ("", "HAVE to go"): "phải",
           ("", "had to go"): "đã phải", ("", "can not go"): "được", ("be", "going"): "có", ("will", "go"): "có",
           ("did", "go"): "có đã", ("can", "go"): "có được", ("do", "have to go"): "có phải"}
_SHORT = {"'m": " am", "'re": " are", "'s": " is", "won't": "will not", "can't": "can not", "cannot": "can not",
          "n't": " not", "'ll": " will"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence the module docstring says is taken; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _going(text) or _black(text) or _gio(text) or _feast(text) or _gather(text)
    return _going_vi(text) or _black_vi(text) or _gio_vi(text) or _feast_vi(text) or _gather_vi(text)


def _dead(m: re.Match, default: str, what: str) -> str | None:
    """Whose `what` of a match of _OF in English ("my friend's grandfather's funeral"), or `default` for none."""
    if m["dkin"]:
        whose = f"{OWNERS[keyed(m['dwhose2'])]} {_KIN[keyed(m['dkin2'])]}'s {_KIN[keyed(m['dkin'])]}'s"
    elif m["dkin1"]:
        whose = f"{OWNERS[keyed(m['dwhose'])]} {_KIN[keyed(m['dkin1'])]}'s"
    elif m["third"]:
        whose = _THIRD[keyed(m["third"])]
    elif m["dtitle"]:
        whose = f"{kin_named(m['dtitle'], m['dtitled'])}'s"
    else:
        whose = m["dgiven"] and f"{strip_marks(m['dgiven'])}'s"
    return f"{whose} {what}" if whose else default


def _dead_vi(m: re.Match) -> str:
    """Whose of a match of _DEAD_EN in Vietnamese, after what is theirs (" ông của bạn tôi"); "" for "the", "a"."""
    if m["fowner"]:
        whose = m["fowner"].lower()
        return "" if whose in ("the", "a") else f" của {WHOSE_VI[whose]}"
    if m["dgiven"]:
        return f" của {m['dgiven']}"
    whose = WHOSE_VI[m["dwhose"].lower()]
    said = f"{_KIN_EN[m['dkin'].lower()]}{' của' * (whose not in ('tôi', 'chúng tôi'))} {whose}"
    return f" {_KIN_EN[m['dkin2'].lower()]} của {said}" if m["dkin2"] else f" {said}"


def _subject(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ in English, whether one ("my family", True); None for "nhà" alone, as mt.hobbies.who."""
    if m["fam"]:
        whose = m["fwhose"] and OWNERS[keyed(m["fwhose"])]
        return (f"{whose or 'the'}{' whole' * bool(m['all'])} family", True) if whose or m["all"] else None
    return who(m, asked)


def _subject_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ_EN in Vietnamese and whether one ("gia đình tôi", True); None for "the family"."""
    if m["fam"]:
        whose = f" {WHOSE_VI[m['fwhose'].lower()]}" if m["fwhose"] else ""
        return None if not (whose or m["whole"]) else (f"{'cả ' * bool(m['whole'])}gia đình{whose}", True)
    return who_vi(m)


def _day(m: re.Match) -> tuple[str, bool, bool] | None:
    """The day of a match (day0 or day) in English (" today" or ""), whether behind, ahead; None if not read or two."""
    day0, day = m.groupdict().get("day0"), m.groupdict().get("day")
    said = day0 or day
    if day0 and day or (day := when(said, "vi", NEAR_SPANS)) is None:
        return None
    # ("hôm thứ bảy" is the Saturday gone; "hôm thứ bảy tuần sau" says it is ahead)
    behind = bool(BEHIND.search(day)) or bool(_HOM_DAY.match(said or "") and day.startswith("on "))
    return f" {day}" if day else "", behind, bool(AHEAD.match(day))


def _not_be(who_: str) -> str:
    """Who and "am not", "isn't", "aren't" as English says them: "I'm not", "she isn't", "we're not"."""
    said = be(who_)
    return "I'm not" if who_ == "I" else f"{who_} isn't" if said == "is" else contracted(who_, f"{said} not")


def _own(m: re.Match) -> bool:
    """Whether whose funeral or anniversary a match of _OF says is who of _SUBJ ("Lan … đám tang Lan")."""
    said = keyed(" ".join(filter(None, (m["who"], m["kin"], m["whose"], m["title"], m["titled"], m["given"]))))
    dead = keyed(" ".join(filter(None, (m["third"], m["dkin1"], m["dwhose"], m["dtitle"], m["dtitled"], m["dgiven"]))))
    return bool(said) and said == dead


def _english(who_: str, tense: str, day: tuple[str, bool, bool], verb: str, rest: str, asked: bool,
             can: bool) -> str | None:
    """Who does `verb` (of _VERBS) and `rest` in English, in the tense `tense` and `day` say; None where they clash."""
    (on, behind, ahead), (ing, past) = day, _VERBS[verb][1:]
    rest = f"{rest}{on}"
    if (tense.startswith("đã") and ahead or tense.startswith("sẽ") and behind or asked != (tense == "có")
            or can and (tense not in ("có", "không") or behind)):
        return None
    if can:
        return f"Can {who_} {verb} {rest}?" if asked else capitalised(f"{who_} can't {verb} {rest}.")
    if asked:
        return f"Did {who_} {verb} {rest}?" if behind else f"{be(who_).capitalize()} {who_} {ing} {rest}?"
    if "phải" in tense:
        return capitalised(f"{who_} had to {verb} {rest}." if behind or tense == "đã phải" else
                           f"{who_} {'has' if be(who_) == 'is' else 'have'} to {verb} {rest}.")
    if "không" in tense:
        return capitalised(f"{who_} didn't {verb} {rest}." if behind else f"{_not_be(who_)} {ing} {rest}.")
    if tense == "đã" or behind:
        return capitalised(f"{who_} {past} {rest}.")
    return capitalised(contracted(who_, f"{be(who_)} {ing} {rest}."))


def _going(text: str) -> str | None:
    """_GOING in English ("Tôi phải đi đám ma." as "I have to go to a funeral."); None for others, and one's own."""
    m = _GOING.fullmatch(text)
    asked = bool(m and m["asked"])
    if (not m or asked != ("?" in m["end"]) or _own(m) or (said := _subject(m, asked)) is None
            or (day := _day(m)) is None):
        return None
    tense = keyed(m["tense"] or "")
    funeral = _dead(m, "the funeral" if asked or "không" in tense or m["can"] else "a funeral", "funeral")
    if m["come"] and funeral == "a funeral":
        return None  # ("Tôi đến dự đám tang.": not "I'm coming to a funeral")
    return _english(said[0], tense, day, "come" if m["come"] else "go", f"to {funeral}", asked, bool(m["can"]))


def _black(text: str) -> str | None:
    """_BLACK in English ("Hãy mặc đồ đen đến đám tang." as "Wear black to the funeral."); None for others, no tense."""
    m = _BLACK.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or _own(m):
        return None
    # ("khi đi đám tang" is any funeral only as advice, "nên"; "Tôi sẽ mặc …", "Nhớ mặc …" mean one funeral)
    to = f"black to {_dead(m, 'a funeral' if m['khi'] and m['modal'] == 'nên' else 'the funeral', 'funeral')}"
    if not m["modal"]:
        return None if asked else f"{'Remember to wear' if keyed(m['told'] or '') == 'nhớ' else 'Wear'} {to}."
    if (said := _subject(m, asked)) is None or asked and m["modal"] in ("sẽ", "đã"):
        return None
    who_, one = said
    if asked:
        modal = {"nên": "Should {w}", "phải": "{d} {w} have to", "cần": "{d} {w} need to"}[m["modal"]]
        return f"{modal.format(w=who_, d='Does' if one else 'Do')} wear {to}?"
    modal = {"nên": "should wear", "phải": f"{'has' if one else 'have'} to wear", "cần": f"need{'s' * one} to wear",
             "sẽ": "will wear", "đã": "wore"}[m["modal"]]
    return capitalised(contracted(who_, f"{modal} {to}."))


def _gio(text: str) -> str | None:
    """_GIO_IS, _GIO_ON or _GIO_WHEN in English ("Today is my grandfather's death anniversary."); None for others."""
    if m := next(filter(None, (p.fullmatch(text) for p in _GIO_WHEN)), None):
        return f"When is {_dead(m, 'the death anniversary', 'death anniversary')}?"
    m = _GIO_IS.fullmatch(text) or _GIO_ON.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m)) is None or not day[0]:
        return None
    (on, behind, _), whose = day, _dead(m, "", "death anniversary")
    be_ = "was" if behind else "is"
    if m.re == _GIO_ON:
        return None if m["will"] and behind else capitalised(f"{whose or 'the death anniversary'} {be_}{on}.")
    if not whose or on.strip() not in ("today", "tomorrow", "yesterday"):
        return None
    return f"{on.strip().capitalize()} {be_} {whose}."


def _place(m: re.Match) -> str | None:
    """Where of a match of _PLACE in English: " at my uncle's house", " at Lan's house"; "" for none."""
    if m["hkin"]:
        return f" at {OWNERS[keyed(m['hwhose'])]} {_KIN[keyed(m['hkin'])]}'s house"
    if m["hown"]:
        return f" at {OWNERS[keyed(m['hown'])]} house"
    if m["htitle"]:
        return f" at {kin_named(m['htitle'], m['htitled'])}'s house"
    return f" at {strip_marks(m['hgiven'])}'s house" if m["hgiven"] else ""


def _feast(text: str) -> str | None:
    """_FEAST in English ("Nhà tôi làm giỗ ông tôi." as "My family is holding my grandfather's …"); None for others."""
    m = _FEAST.fullmatch(text)
    asked = bool(m and m["asked"])
    if (not m or asked != ("?" in m["end"]) or _own(m)  # ("Anh ấy làm giỗ anh ấy.")
            or (said := _subject(m, asked)) is None or (day := _day(m)) is None):
        return None
    tense = keyed(m["tense"] or "")
    if m["go"]:
        verb, rest = "go", f"to {'the' if asked or 'không' in tense else 'a'} death anniversary meal"
    elif m["eat"]:
        verb, rest = "have", "the death anniversary meal"
    else:
        verb, rest = "hold", _dead(m, "a death anniversary", "death anniversary")
    return _english(said[0], tense, day, verb, f"{rest}{_place(m)}", asked, False)


def _gather(text: str) -> str | None:
    """_GATHER in English ("The whole family gathers on my grandfather's death anniversary."); None for others."""
    m = _GATHER.fullmatch(text)
    if (not m or "?" in m["end"] or (said := _subject(m, False)) is None
            or not m["fam"] and said[0] not in ("we", "they")):
        return None  # (one alone does not gather: "Tôi quây quần …", "Mẹ tôi tụ họp …")
    verb = {"đã": "gathered", "sẽ": "will gather", "thường": "usually gather"}.get(m["tense"] or "", "gather")
    verb += "s" * (said[1] and verb.endswith("gather") and not verb.startswith("will"))
    return capitalised(f"{said[0]} {verb} on {_dead(m, 'the death anniversary', 'death anniversary')}.")


def _frame(m: re.Match, one: bool, who_: str) -> tuple[str, str] | None:
    """The tense (of _FRAMES) and English verb of a match's frame ("phải", "go"); None if not read or not agreeing."""
    said = f" {m['frame']}".replace("’", "'")
    for short, full in _SHORT.items():
        said = said.replace(short, full)
    words, q = said.split(), (m["q"] or "").lower()
    if not words or words[-1] not in _FORMS:
        return None
    (base, form), aux = _FORMS[words[-1]], " ".join(words[:-1])
    be_ = be_of(who_, one)
    agrees = {"am": be_ == "am", "is": be_ == "is", "are": be_ == "are", "has": one, "have": not one, "does": one,
              "do": not one}
    if not agrees.get(q or aux.partition(" ")[0], True):
        return None
    if q:
        q = "be" if q in ("am", "is", "are") else "do" if q in ("do", "does") else q
    else:
        aux = re.sub(r"^(?:am|is|are)\b", "BE", re.sub(r"^ha(?:ve|s) to\b", "HAVE to", aux))
    tense = _FRAMES.get((q, f"{aux} {('go', 'goes', 'going', 'went')[form]}".strip()))
    return (tense, base) if tense else None


def _vietnamese(who_: str, tense: str, day: str, said: str, going: bool) -> str:
    """Who and `said` in Vietnamese, in the tense of _FRAMES, with the day ("sẽ" going where no day says it)."""
    if tense.startswith("có"):
        must, can = " phải" * (tense == "có phải"), " được" * (tense == "có được")
        return placed(f"{who_} có{must} {said}{can}", day, " không?")
    if tense == "được":
        return placed(f"{who_} không {said} được", day, ".")
    if tense in ("ing", "không") and going and not day:
        tense = "sẽ" if tense == "ing" else "sẽ không"
    elif tense == "ing" or day and tense in ("đã không", "đã phải"):
        tense = tense.removeprefix("đã ").replace("ing", "")
    return placed(" ".join(filter(None, (who_, tense, said))), day, ".")


def _said_vi(m: re.Match) -> tuple[str, str, str, str] | None:
    """Who, the tense, the English verb and the day of a match of _GOING_EN or _FEAST_EN; None where they disagree."""
    said = _subject_vi(m)
    frame, day = said and _frame(m, said[1], said[0]), when(m["day"], "en", NEAR_SPANS)
    if not frame or day is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    behind, ahead = bool(m["day"] and BEHIND.search(m["day"])), bool(m["day"] and AHEAD.match(m["day"].lower()))
    past = frame[0] in ("đã", "đã không", "đã phải", "có đã")
    if past and ahead or not past and behind or frame[0] == "có đã" and not behind:
        return None
    return said[0], frame[0], frame[1], day or ""


def _going_vi(text: str) -> str | None:
    """_GOING_EN in Vietnamese ("Are you going to the funeral?" as "Bạn có đi dự đám tang không?"); None for others."""
    m = _GOING_EN.fullmatch(text)
    said = m and _said_vi(m)
    if not said or said[2] not in ("go", "come"):
        return None
    who_, tense, verb, day = said
    return _vietnamese(who_, tense, day, f"{'đến' if verb == 'come' else 'đi'} dự đám tang{_dead_vi(m)}", True)


def _black_vi(text: str) -> str | None:
    """_BLACK_EN in Vietnamese ("Wear black to the funeral." as "Hãy mặc đồ đen đi dự đám tang."); None for others."""
    m = next(filter(None, (p.fullmatch(text) for p in _BLACK_EN)), None)
    if not m:
        return None
    to = f"mặc đồ đen {'khi ' * ((m['fowner'] or '').lower() == 'a')}đi dự đám tang{_dead_vi(m)}"
    if m.re == _BLACK_EN[2]:
        return f"Nhớ {to} nhé." if m["told"] else f"Hãy {to}."
    if not (said := _subject_vi(m)):
        return None
    (who_, one), modal = said, keyed((m["modal"] or "").replace("’", "'"))
    if m.re == _BLACK_EN[1]:
        if (m["q"] == "Should") == bool(modal) or m["q"] != "Should" and (m["q"] == "Does") != one:
            return None
        return capitalised(f"{who_} có {_MODALS_EN[modal] if modal else 'nên'} {to} không?")
    if bool(modal) == (m["verb"] == "wore") or modal.endswith(" to") and modal.split()[0].endswith("s") != one:
        return None
    return capitalised(f"{who_} {_MODALS_EN[modal or 'wore']} {to}.")


def _gio_vi(text: str) -> str | None:
    """_GIO_IS_EN, _GIO_WHEN_EN in Vietnamese ("Hôm nay là ngày giỗ bà tôi."); None for others, a tense off the day."""
    if m := _GIO_WHEN_EN.fullmatch(text):
        return f"Ngày giỗ{_dead_vi(m)} là khi nào?"
    m = next(filter(None, (p.fullmatch(text) for p in _GIO_IS_EN)), None)
    if not m or (m["fowner"] or "").lower() == "a":
        return None
    said = m.groupdict().get("day0") or m["day"]
    day, behind = when(said, "en", NEAR_SPANS), bool(BEHIND.search(said))
    if not day or behind != (m["be"] == "was") or m.re != _GIO_IS_EN[2] and not _dead_vi(m):
        return None
    if m.re != _GIO_IS_EN[2]:
        return f"{capitalised(day)} là ngày giỗ{_dead_vi(m)}."
    on = day if day.startswith(("vào ", "hôm ", "ngày ")) else f"vào {day}"
    return f"Ngày giỗ{_dead_vi(m)} là {on}."


def _place_vi(m: re.Match) -> str:
    """Where of a match of _PLACE_EN in Vietnamese: " ở nhà chú tôi", " ở nhà tôi", " ở nhà Lan"; "" for none."""
    if not m["hwhose"]:
        return f" ở nhà {m['hgiven']}" if m["hgiven"] else ""
    whose = WHOSE_VI[m["hwhose"].lower()]
    return f" ở nhà {_KIN_EN[m['hkin'].lower()]} {whose}" if m["hkin"] else f" ở nhà {whose}"


def _feast_vi(text: str) -> str | None:
    """_FEAST_EN in Vietnamese ("Chúng tôi ăn giỗ ở nhà chú tôi."); None for others, and for a verb not fitting."""
    m = _FEAST_EN.fullmatch(text)
    said = m and _said_vi(m)
    if (not said or said[2] != ("hold" if m["held"] else "go" if m["to"] else "have")
            or m["held"] and (m["fowner"] or "").lower() in ("his", "her", "their")):
        return None  # ("làm giỗ của anh ấy": "làm giỗ ông ấy", or "anh ấy"?)
    who_, tense, verb, day = said
    if m["held"]:
        done = f"làm giỗ {m['dgiven']}" if m["dgiven"] else f"làm giỗ{_dead_vi(m)}"  # (not "làm giỗ của Lan")
    else:
        done = "đi ăn giỗ" if verb == "go" else "ăn giỗ"
    return _vietnamese(who_, tense, day, f"{done}{_place_vi(m)}", False)


def _gather_vi(text: str) -> str | None:
    """_GATHER_EN in Vietnamese ("Cả gia đình quây quần vào ngày giỗ."); None for others, and "gathers" not agreeing."""
    m = _GATHER_EN.fullmatch(text)
    said = m and _subject_vi(m)
    if not said or (m["fowner"] or "").lower() == "a" or not m["fam"] and said[0] not in ("chúng tôi", "họ"):
        return None  # (one alone does not gather: "I gather …", "She gathers …")
    verb, aux = " ".join(m["verb"].split()), (m["aux"] or "").strip().replace("’", "'")
    past, s_form, will = verb.startswith(("gathered", "got")), verb.startswith(("gathers", "gets")), aux != "usually"
    if past and aux or aux and will and s_form or not (aux and will or past) and s_form != said[1]:
        return None
    tense = {"will": "sẽ ", "'ll": "sẽ ", "usually": "thường "}.get(aux, "đã " if past else "")
    return capitalised(f"{said[0]} {tense}quây quần vào ngày giỗ{_dead_vi(m)}.")
