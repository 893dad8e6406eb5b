"""Eyesight and glasses, both ways, written whole by rule: short-sighted, long-sighted, glasses needed to read, not
seeing without one's glasses, contact lenses, eyesight getting worse, poor or good, an eye test needed or booked, and
not reading something for the writing being too small. v8 reads "cận" as near, "viễn" as tele-, "kính" as a glass,
and back "short-sighted" as drunk, "glasses" as drinking glasses: "Tôi bị cận." → "I'm approached.", "Cô ấy bị viễn
thị." → "She was telecommunicated.", "Bạn có bị cận không?" → "Are you accessible?", "Tôi cần đeo kính để đọc." → "I
need a glass to read.", "Bạn có đeo kính áp tròng không?" → "Do you wear a glass?", "Thị lực của tôi ngày càng kém."
→ "My market is increasingly poor.", "Tôi cần đi khám mắt." → "I need to see my eyes."; "I'm short-sighted." → "Tôi
đã say xỉn.", "She's long-sighted." → "Cô ấy rất lâu.", "I need glasses to read." → "Tôi cần ly để đọc.", "I can't
see without my glasses." → "Tôi không thấy không có kính nào cả.", "My eyesight is getting worse." → "Mắt tôi ngày
càng trầm trọng hơn.", "I need to get my eyes tested." → "Tôi cần phải thử nghiệm mắt.", "I have poor eyesight." →
"Tôi có mắt nghèo.", "The writing is too small." → "Bản ghi quá nhỏ.".

Taken: who (mt.hobbies.WHO, WHO_EN) is short-sighted or long-sighted (slightly, very), or not, or asked; needs, has
to or does wear glasses (or reading glasses, "kính lão") to read, or not, or asked; can't see (anything, clearly) or
read without glasses (whose only the subject's own), the glasses said last or first; wears contact lenses, is
wearing them, doesn't, asked; whose eyes or eyesight (mt.hobbies.OWNER) are getting worse, have got worse, are poor or
good; who needs, has, should, would like or is going to (a day ahead, mt.free_time.when) get their eyes tested, asked
with need or have to; who can't read this, the writing too small, each alone or the two joined. "Kính" is taken only
after "đeo", "có" or "cần" with "đọc", and in "kính áp tròng", "kính lão". Left: "anh", "chị", "em" alone saying it
(the speaker or "you": mt.hobbies.who), glasses worn (mt/features.py: "He wears glasses.", "Tôi phải đeo kính."),
where one's glasses are (mt/finding.py), sore eyes (mt/aches.py), astigmatism, "kính" for glass or drinking glasses,
"I need new glasses." (drinking glasses?), "It's too small." alone, "Tôi không đọc được." (can't read at all?), eye
tests done or on a day of the week.
mt.phrasebook.translate tries these after mt/graduation.py.

    >>> translate("Tôi bị cận.", "vi", "en"), translate("I need glasses to read.", "en", "vi")
    ("I'm short-sighted.", 'Tôi cần đeo kính để đọc.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_agrees, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import BE_EN, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cận|viễn|kính|mắt|thị\s+lực|chữ|đọc)"),
         "en": lazy(r"(?i:sighted|glasses|contact|eye|vision|\bread|small)")}

_SIGHT = {"cận": "short-sighted", "viễn": "long-sighted"}
_SIGHT_VI = {"short": "cận thị", "near": "cận thị", "long": "viễn thị", "far": "viễn thị"}
_HOW = {"nặng": "very ", "nhẹ": "slightly ", "hơi": "slightly "}
_HOW_VI = {"very": " nặng", "slightly": " nhẹ", "a little": " nhẹ", "a bit": " nhẹ"}
_Q = rf"(?:\s+(?P<q>không|à|hả|phải\s+không))?{SOFTENED_END}"
_NOT_EN = r"(?:doesn't|don't|does\s+not|do\s+not)"  # (English comes here with "’" written "'")

# who is short- or long-sighted ("Tôi bị cận.", "Bạn có bị cận không?", "Mẹ tôi bị cận nặng.")
_SIGHTED = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?P<bi>bị\s+)?(?P<hoi>hơi\s+)?"
                rf"(?P<sight>cận|viễn)(?P<thi>\s+thị)?(?:\s+(?P<how>nặng|nhẹ))?{_Q}")
# who needs, has to or wears glasses to read ("Tôi cần đeo kính để đọc.", "Bà tôi phải đeo kính lão.")
_READING = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<need>cần|phải)\s+)?(?P<wear>đeo\s+)?"
                r"kính(?:\s+mắt)?(?:\s+(?P<old>lão))?(?P<to>\s+(?:để|khi|mới)\s+đọc(?:\s+(?:sách|báo))?"
                rf"(?:\s+được)?)?{_Q}")
# who can't see without glasses, the glasses said last or first ("Không có kính tôi không nhìn thấy gì.")
_SEE = (r"(?P<see>nhìn\s+thấy\s+gì|thấy\s+gì|nhìn\s+được\s+gì|nhìn\s+rõ|thấy\s+rõ|nhìn\s+thấy|nhìn\s+được|"
        r"đọc\s+được\s+gì|đọc\s+được)(?:\s+(?:cả|hết))?")
_GLASSES = rf"(?:có|đeo)\s+kính(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
_WITHOUT = [lazy(rf"{WHO}\s+(?:không|chẳng)\s+{_SEE}\s+(?:nếu|khi)\s+không\s+{_GLASSES}{SOFTENED_END}"),
            lazy(rf"(?:[Nn]ếu\s+)?[Kk]hông\s+{_GLASSES}\s*,?\s+(?:(?:thì|là)\s+)?{WHO}\s+(?:không|chẳng)\s+"
                 rf"{_SEE}{SOFTENED_END}")]
# who wears contact lenses ("Bạn có đeo kính áp tròng không?")
_LENSES = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<now>đang)\s+)?(?:đeo|dùng)\s+kính\s+"
               rf"(?:áp|sát)\s+tròng{_Q}")
# whose eyes are getting worse, poor, good ("Mắt tôi ngày càng kém.", "Thị lực của bà tôi kém đi nhiều.")
_EYES = lazy(rf"(?:[Mm]ắt|[Tt]hị\s+lực)\s+(?:của\s+)?{OWNER}\s+(?:(?P<worse>(?:ngày|càng\s+ngày)\s+càng\s+"
             r"(?:kém|yếu)(?:\s+đi)?)|(?:đã\s+)?(?P<worsened>(?:kém|yếu)\s+đi)(?P<much>\s+nhiều)?(?:\s+rồi)?|"
             rf"(?P<very>rất\s+)?(?P<state>kém|tốt)(?P<much2>\s+lắm)?){SOFTENED_END}")
# who needs to get their eyes tested, or is going to ("Tôi cần đi khám mắt.", "Mai mẹ tôi sẽ đi khám mắt.")
_TEST = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?P<modal>cần|phải|nên|muốn|sẽ|định)\s+(?:đi\s+)?"
             rf"(?:khám|kiểm\s+tra|đo)\s+mắt{DAY_AFTER}(?:\s+(?P<q>không))?{SOFTENED_END}")
_MODALS = {"cần": "need", "phải": "have", "nên": "should", "muốn": "like", "sẽ": "going", "định": "going"}
# who can't read this, the writing too small, or both ("Tôi không đọc được cái này, chữ nhỏ quá.")
_READ = (rf"{WHO}\s+không\s+(?:(?P<can>thể)\s+)?đọc(?:\s+(?P<ok>được))?(?:\s+(?P<this>cái\s+này|chữ\s+này))?"
         r"(?:\s+(?P<ok2>được))?")
_SMALL = r"(?P<what>[Cc]hữ(?P<this2>\s+này)?|[Cc]ái\s+này|[Nn]ó)\s+(?:(?:nhỏ|bé)\s+quá|quá\s+(?:nhỏ|bé))"
_SMALL_READ = [lazy(rf"{_READ}(?:\s*,\s*|\s+(?=vì|do|bởi))(?:(?P<because>vì|do|bởi\s+vì)\s+)?{_SMALL}"
                    rf"{SOFTENED_END}"),
               lazy(rf"{_SMALL}\s*,?\s+(?:nên\s+)?{_READ}{SOFTENED_END}"),
               lazy(rf"{_READ}{SOFTENED_END}"), lazy(rf"{_SMALL}{SOFTENED_END}")]

# ... and in English
_END = r"\s*(?P<end>[.!?]*)"
_SIGHTED_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n't)?)?\s+(?:(?P<how>very|"
                   rf"slightly|a\s+little|a\s+bit)\s+)?(?P<sight>short|near|long|far)[-\s]?sighted{_END}")
_READING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<not>\s+{_NOT_EN})?\s+(?P<verb>needs?(?:\s+to\s+wear)?|"
                   r"(?:has|have)\s+to\s+wear|wears?)\s+(?P<old>reading\s+)?glasses(?P<to>\s+(?:to\s+read|for\s+"
                   rf"reading))?{_END}")
_CANT_EN = (rf"{WHO_EN}\s+(?:can't|cannot|can\s+not)\s+(?P<see>see|read)(?:\s+(?P<what>anything|a\s+thing|clearly|"
            r"well|properly))?")
_GLASSES_EN = rf"(?:(?P<owner>{WHOSE_WORDS})\s+)?glasses(?:\s+on)?"
_WITHOUT_EN = [lazy(rf"{_CANT_EN}\s+without\s+{_GLASSES_EN}{_END}"),
               lazy(rf"Without\s+{_GLASSES_EN}\s*,?\s+{_CANT_EN}{_END}")]
_LENSES_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:(?P<not>\s+{_NOT_EN})?\s+(?P<wear>wears?)|{BE_EN}\s+"
                  rf"(?P<now>wearing))\s+(?:contact\s+lenses|contacts){_END}")
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)"
_EYES_EN = [lazy(rf"{_WHOSE_EN}\s+(?P<part>eyesight|eyes|vision)(?P<be>\s+is|\s+are|'s|'re)\s+(?:(?P<worse>"
                 rf"getting\s+worse)|(?P<very>very\s+|really\s+)?(?P<state>poor|bad|good)){_END}"),
            lazy(rf"{_WHOSE_EN}\s+(?P<part>eyesight|eyes|vision)(?P<be>\s+has|\s+have|'s|'ve)\s+"
                 rf"(?P<worsened>got|gotten)\s+(?P<much>a\s+lot\s+|much\s+)?worse{_END}")]
_HAS_EYES_EN = lazy(rf"{WHO_EN}\s+(?P<has>has|have)\s+(?P<very>very\s+|really\s+)?(?P<state>poor|bad|good)\s+"
                    rf"eyesight{_END}")
_TEST_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:{BE_EN}\s+(?P<going>going\s+to)|\s+(?P<modal>needs?"
                r"(?:\s+to)?|(?:has|have)\s+to|should|would\s+like\s+to|wants?\s+to)|'d\s+(?P<like>like\s+to))\s+"
                rf"(?:(?:get|have)\s+(?P<owner>{WHOSE_WORDS})\s+eyes\s+(?:tested|checked|examined)|(?P<verb>"
                rf"(?:get|have)\s+)?an\s+eye\s+(?:test|exam|examination|check-?up)){DAY_AFTER_EN}{_END}")
_READ_EN = rf"{WHO_EN}\s+(?:can't|cannot|can\s+not)\s+read\s+(?P<this>this|it)"
_SMALL_EN = (r"(?:(?P<it>[Ii]t's|[Ii]t\s+is)|(?P<det>[Tt]he|[Tt]his)\s+(?P<w>writing|print|text|font|letters|words)"
             r"(?P<be>\s+is|\s+are|'s))\s+(?:much\s+|far\s+|way\s+)?too\s+(?:small|tiny)")
_SMALL_READ_EN = [lazy(rf"{_READ_EN}(?:\s*[,;:—–-]\s*|\s+(?P<because>because)\s+){_SMALL_EN}{_END}"),
                  lazy(rf"{_SMALL_EN}(?:\s*[,;]\s*(?:so\s+)?|\s+so\s+){_READ_EN}{_END}"),
                  lazy(rf"{_SMALL_EN}(?P<to>\s+to\s+read)?{_END}"), lazy(rf"{_READ_EN}{_END}")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about someone's eyesight, glasses to read, contact lenses, an eye test, or
    writing too small to read; None for any other."""
    if src == "vi":
        return (_sighted(text) or _reading(text) or _without(text) or _lenses(text) or _eyes(text) or _test(text) or
                _small(text))
    text = text.replace("’", "'")
    return (_sighted_vi(text) or _reading_vi(text) or _without_vi(text) or _lenses_vi(text) or _eyes_vi(text) or
            _test_vi(text) or _small_vi(text))


def _first(patterns: list[re.Pattern], text: str) -> tuple[int, re.Match | None]:
    """Which of `patterns` takes the whole text first, and its match; (0, None) for none."""
    return next(((i, m) for i, p in enumerate(patterns) if (m := p.fullmatch(text))), (0, None))


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("?" at its end and "không", "à", "hả" after, "có" before "… không" or not);
    None where they disagree ("Bạn có bị cận.", "Bạn có bị cận à?", "Tôi không bị cận không?")."""
    asked, q = "?" in m["end"], keyed(m["q"] or "")
    if asked != bool(q) or m["ask"] and q != "không" or m.groupdict().get("not") and asked:
        return None
    return asked


def _own(m: re.Match, who_: str) -> str | None:
    """Whose, in English, of who of a match of WHO (`who_` as mt.hobbies.who says it): "my", "her" ("mẹ tôi");
    None where Vietnamese does not say which ("Lan", "bạn tôi")."""
    return EN_WHOSE.get(who_) or (his_her_of(m) if m["kin"] or m["title"] else None)


def _does(who_: str, one: bool, doing: str, asked: bool, not_: bool = False) -> str:
    """`doing` ("need glasses to read", "have to …") of who in English, asked ("Does she need …?"), not ("She
    doesn't need …") or said ("She needs …", "She has to …"); `one` where who takes "does"."""
    verb, _, rest = doing.partition(" ")
    return present(who_, one, verb, rest, asked, not_)


def _sighted(text: str) -> str | None:
    """"Tôi bị cận." as "I'm short-sighted.", "Mẹ tôi bị cận nặng." as "My mother is very short-sighted.", "Bạn có
    bị cận không?" as "Are you short-sighted?", "Cô ấy bị viễn thị." as "She's long-sighted." (_SIGHTED)."""
    m = _SIGHTED.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := who(m, asked)) is None:
        return None
    sight, how = _SIGHT[keyed(m["sight"])], _HOW.get(keyed(m["how"] or m["hoi"] or ""), "")
    if sight[0] == "l" and not (m["bi"] or m["thi"]) or m["hoi"] and m["how"] or how and m["not"]:
        return None  # ("Tôi viễn.": far)
    who_ = said[0]
    if asked:
        return f"{be(who_).capitalize()} {who_} {how}{sight}?"
    return capitalised(contracted(who_, f"{be(who_)} {'not ' * bool(m['not'])}{how}{sight}."))


def _reading(text: str) -> str | None:
    """"Tôi cần đeo kính để đọc." as "I need glasses to read.", "Bà tôi phải đeo kính lão." as "My grandmother has to
    wear reading glasses.", "Bạn có cần đeo kính để đọc không?" as "Do you need glasses to read?" (_READING); None
    for glasses not to read ("Tôi cần kính.": a glass?; "Tôi phải đeo kính.": mt/features.py's)."""
    m = _READING.fullmatch(text)
    if not m or not (m["to"] or m["old"]) or not (m["need"] or m["wear"]) or (asked := _asked(m)) is None:
        return None
    if (said := who(m, asked)) is None or keyed(m["need"] or "") == "phải" and not m["wear"]:
        return None
    glasses = "reading glasses" if m["old"] else "glasses"
    verb, to = keyed(m["need"] or "wear"), "" if m["old"] else " to read" if m["need"] else " for reading"
    doing = {"cần": f"need {glasses}", "phải": f"have to wear {glasses}", "wear": f"wear {glasses}"}[verb] + to
    return _does(*said, doing, asked, bool(m["not"]))


def _without(text: str) -> str | None:
    """"Tôi không nhìn thấy gì nếu không có kính." as "I can't see anything without my glasses.", "Không đeo kính
    thì mẹ tôi không nhìn rõ." as "Without her glasses, my mother can't see clearly." (_WITHOUT); None where the
    glasses are another's."""
    i, m = _first(_WITHOUT, text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    who_, own = said[0], _own(m, said[0])
    if m["owner"] and OWNERS[keyed(m["owner"])] != own:
        return None
    see = keyed(m["see"])
    see = ("read" if see.startswith("đọc") else "see") + (
        " anything" if see.endswith("gì") else " clearly" if see.endswith("rõ") else "")
    glasses = f"{own} glasses" if own else "glasses"
    return capitalised(f"Without {glasses}, {who_} can't {see}." if i else f"{who_} can't {see} without {glasses}.")


def _lenses(text: str) -> str | None:
    """"Bạn có đeo kính áp tròng không?" as "Do you wear contact lenses?", "Cô ấy đang đeo kính áp tròng." as "She's
    wearing contact lenses." (_LENSES)."""
    m = _LENSES.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked and m["now"] or (said := who(m, asked)) is None:
        return None
    if m["now"]:
        return capitalised(contracted(said[0], f"{be(said[0])} wearing contact lenses."))
    return _does(*said, "wear contact lenses", asked, bool(m["not"]))


def _eyes(text: str) -> str | None:
    """"Mắt tôi ngày càng kém." as "My eyesight is getting worse.", "Mắt bà tôi kém đi nhiều rồi." as "My
    grandmother's eyesight has got a lot worse.", "Mắt tôi rất tốt." as "My eyesight is very good." (_EYES)."""
    m = _EYES.fullmatch(text)
    if not m or "?" in m["end"] or (whose := OWNERS[keyed(m["owner"])] if m["owner"] else
                                    someone(m["someone"], "vi")) is None:
        return None
    whose = whose if m["owner"] else f"{whose}'s"
    if m["worse"]:
        return capitalised(f"{whose} eyesight is getting worse.")
    if m["worsened"]:
        return capitalised(f"{whose} eyesight has got {'a lot ' * bool(m['much'])}worse.")
    state = "poor" if keyed(m["state"]) == "kém" else "good"
    return None if m["very"] and m["much2"] else capitalised(
        f"{whose} eyesight is {'very ' * bool(m['very'] or m['much2'])}{state}.")


def _test(text: str) -> str | None:
    """"Tôi cần đi khám mắt." as "I need to get my eyes tested.", "Ngày mai mẹ tôi sẽ đi khám mắt." as "My mother
    is going to get her eyes tested tomorrow.", "Bạn có cần đi khám mắt không?" as "Do you need to get your eyes
    tested?" (_TEST); None for a day not ahead, or with anything but "sẽ", "định"."""
    m = _TEST.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := who(m, asked)) is None:
        return None
    who_, one = said
    modal, day = _MODALS[keyed(m["modal"])], when(m["day0"] or m["day"], "vi", LAST)
    if day is None or day and (modal != "going" or not AHEAD.match(day)) or asked and modal not in ("need", "have"):
        return None
    own = _own(m, who_)
    test = f"get {own} eyes tested" if own else "have an eye test"
    if modal == "going":
        return capitalised(contracted(who_, f"{be(who_)} going to {test}{f' {day}' if day else ''}."))
    if modal in ("need", "have"):
        return _does(who_, one, f"{modal} to {test}", asked)
    said = "should" if modal == "should" else "'d like to" if who_ in EN_WHOSE else "would like to"
    return capitalised(f"{who_} {said} {test}.".replace(" '", "'"))


def _small(text: str) -> str | None:
    """"Tôi không đọc được cái này, chữ nhỏ quá." as "I can't read this, the writing is too small.", "Chữ nhỏ quá,
    tôi không đọc được." as "The writing is too small, I can't read it.", "Chữ này nhỏ quá." as "This writing is too
    small." (_SMALL_READ); None for "đọc" without "được" or "thể", "Tôi không đọc được." (at all?), and for a thing
    too small alone ("Cái này nhỏ quá.": a shirt?)."""
    i, m = _first(_SMALL_READ, text)
    if not m or "?" in m["end"]:
        return None
    g, read, small = m.groupdict(), "", ""
    if i < 3:
        if not (g["can"] or g["ok"] or g["ok2"]) or g["ok"] and g["ok2"] or (said := who(m, False)) is None or \
                i == 2 and not g["this"]:
            return None
        this = "this writing" if keyed(g["this"] or "") == "chữ này" else "this" if g["this"] else "it"
        read = f"{said[0]} can't read {this}"
    if i != 2:
        what = keyed(g["what"])
        if i in (1, 3) and not what.startswith("chữ"):
            return None
        small = f"{'this' if g['this2'] else 'the'} writing is too small" if what.startswith("chữ") else \
            "it's too small"
    if i == 0:
        return capitalised(f"{read}{' because ' if g['because'] else ', '}{small}.")
    return capitalised(f"{small}, {read}." if i == 1 else f"{read or small}.")


def _co(who_: str, doing: str, asked: bool, not_: bool = False) -> str:
    """`doing` of who in Vietnamese, asked ("Bạn có cần … không?"), not ("Tôi không cần …") or said."""
    return capitalised(f"{who_} có {doing} không?" if asked else f"{who_} {'không ' * not_}{doing}.")


def _agrees(m: re.Match, verb: str, aux: str) -> bool:
    """Whether the verb of a match of WHO_EN agrees with who: "does", "doesn't" (`aux`) with "he", the verb then
    plain; "needs", "has to", "wears" (`verb`, with no `aux`) with "he" ("She need", "Does he needs": False)."""
    one, said_of_one = who_vi(m)[1], keyed(verb).startswith(("needs", "has", "wears", "wants"))
    return keyed(aux).startswith("does") == one and not said_of_one if aux else said_of_one == one


def _own_en(m: re.Match) -> bool:
    """Whether the glasses or eyes whose a match of WHO_EN says (group "owner") are who's own, or none is said ("I …
    my glasses", "Lan … her glasses"; not "She … my glasses")."""
    who_, one = who_vi(m)
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    owner = (m["owner"] or "").lower()
    return not owner or owner == own or own is None and one and owner in ("his", "her")


def _sighted_vi(text: str) -> str | None:
    """"I'm short-sighted." as "Tôi bị cận thị.", "Is she long-sighted?" as "Cô ấy có bị viễn thị không?", "My
    mother is very short-sighted." as "Mẹ tôi bị cận thị nặng." (_SIGHTED_EN); None where "is" does not agree."""
    m = _SIGHTED_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["how"] and m["not"] or \
            not be_agrees(m, m["be0"] or m["be"]):
        return None
    sight = _SIGHT_VI[m["sight"].lower()] + _HOW_VI.get(keyed(m["how"] or ""), "")
    return _co(who_vi(m)[0], f"bị {sight}", bool(m["be0"]), bool(m["not"]))


def _reading_vi(text: str) -> str | None:
    """"I need glasses to read." as "Tôi cần đeo kính để đọc.", "She has to wear reading glasses." as "Cô ấy phải
    đeo kính lão.", "Do you need glasses for reading?" as "Bạn có cần đeo kính để đọc không?" (_READING_EN); None
    for glasses not to read ("I need glasses.": drinking glasses?), and where the verb does not agree."""
    m = _READING_EN.fullmatch(text)
    if not m or not (m["to"] or m["old"]) or m["to"] and m["old"] or bool(m["do"]) != ("?" in m["end"]) or \
            m["do"] and m["not"] or not _agrees(m, m["verb"], m["do"] or m["not"] or ""):
        return None
    verb = keyed(m["verb"])
    need = "cần " if verb.startswith("need") else "phải " if verb.startswith("ha") else ""
    return _co(who_vi(m)[0], f"{need}đeo kính{' lão' if m['old'] else ' để đọc'}", bool(m["do"]), bool(m["not"]))


def _without_vi(text: str) -> str | None:
    """"I can't see without my glasses." as "Tôi không nhìn thấy gì nếu không đeo kính.", "Without her glasses, she
    can't read." as "Không đeo kính thì cô ấy không đọc được." (_WITHOUT_EN); None where the glasses are another's."""
    i, m = _first(_WITHOUT_EN, text)
    if not m or "?" in m["end"] or not _own_en(m):
        return None
    what = keyed(m["what"] or "")
    if m["see"] == "read":
        see = None if what not in ("", "anything") else "đọc được gì" if what else "đọc được"
    else:
        see = "nhìn rõ" if what in ("clearly", "well", "properly") else "nhìn thấy gì"
    who_ = who_vi(m)[0]
    return see and capitalised(f"Không đeo kính thì {who_} không {see}." if i else
                               f"{who_} không {see} nếu không đeo kính.")


def _lenses_vi(text: str) -> str | None:
    """"Do you wear contact lenses?" as "Bạn có đeo kính áp tròng không?", "She's wearing contacts." as "Cô ấy đang
    đeo kính áp tròng." (_LENSES_EN); None where the verb does not agree."""
    m = _LENSES_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["not"] or not m["wear"]) or not (
            be_agrees(m, m["be"]) if m["now"] else _agrees(m, m["wear"], m["do"] or m["not"] or "")):
        return None
    return _co(who_vi(m)[0], f"{'đang ' * bool(m['now'])}đeo kính áp tròng", bool(m["do"]), bool(m["not"]))


def _eyes_vi(text: str) -> str | None:
    """"My eyesight is getting worse." as "Mắt tôi ngày càng kém.", "Her eyes have got a lot worse." as "Mắt cô ấy
    đã kém đi nhiều.", "I have poor eyesight." as "Mắt tôi kém." (_EYES_EN, _HAS_EYES_EN); None where the verb does
    not agree with the eyes or who."""
    if text.rstrip().endswith("?"):
        return None  # (said, not asked: "My eyesight is getting worse?")
    if m := _HAS_EYES_EN.fullmatch(text):
        whose, one = who_vi(m)
        if (m["has"] == "has") != one:
            return None
    else:
        _, m = _first(_EYES_EN, text)
        if not m or (whose := WHOSE_VI.get(keyed(m["owner"])) if m["owner"] else someone(m["someone"], "en")) is None:
            return None
        if (m["part"] == "eyes") != (keyed(m["be"]) in ("are", "'re", "have", "'ve")):
            return None
    if m.groupdict().get("worse"):
        return f"Mắt {whose} ngày càng kém."
    if m.groupdict().get("worsened"):
        return f"Mắt {whose} đã kém đi{' nhiều' * bool(m['much'])}."
    return f"Mắt {whose} {'rất ' * bool(m['very'])}{'tốt' if m['state'] == 'good' else 'kém'}."


def _test_vi(text: str) -> str | None:
    """"I need to get my eyes tested." as "Tôi cần đi khám mắt.", "She's going to have an eye test tomorrow." as
    "Ngày mai cô ấy sẽ đi khám mắt.", "Do you need an eye test?" as "Bạn có cần đi khám mắt không?" (_TEST_EN); None
    where the verb does not agree, the eyes are another's, or a day is said with anything but "going to"."""
    m = _TEST_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (day := when(m["day"], "en", LAST)) is None or not _own_en(m):
        return None
    modal = keyed(m["modal"] or ("like to" if m["like"] else "going to"))
    bare = not m["owner"] and not m["verb"]  # ("needs an eye test": no "to")
    if bare != (modal in ("need", "needs")) or day and (not m["going"] or not AHEAD.match(m["day"])):
        return None
    if not (be_agrees(m, m["be"]) if m["going"] else _agrees(m, modal, m["do"] or "")) or m["do"] and (
            modal not in ("need", "need to", "have to")):
        return None
    said = {"n": "cần", "h": "phải", "s": "nên", "w": "muốn", "l": "muốn", "g": "sẽ"}[modal[0]]
    return _co(who_vi(m)[0], f"{said} đi khám mắt", True) if m["do"] else placed(f"{who_vi(m)[0]} {said} đi khám mắt",
                                                                                     day, ".")


def _small_vi(text: str) -> str | None:
    """"I can't read this, it's too small." as "Tôi không đọc được cái này, chữ nhỏ quá.", "The print is too small
    to read." as "Chữ nhỏ quá, không đọc được.", "I can't read this." as "Tôi không đọc được cái này."
    (_SMALL_READ_EN); None for "It's too small." alone, "I can't read it." alone, and where "is" does not agree."""
    i, m = _first(_SMALL_READ_EN, text)
    if not m or "?" in m["end"] or i == 3 and m["this"] != "this":
        return None
    g = m.groupdict()
    read = "" if i == 2 else f"{who_vi(m)[0]} không đọc được{' cái này' * (m['this'] == 'this')}"
    if i == 3:
        return capitalised(f"{read}.")
    if g["it"] and i != 0 or g["w"] and (keyed(g["be"]) in ("is", "'s")) == (g["w"] in ("letters", "words")):
        return None
    small = f"chữ{' này' * ((g['det'] or '').lower() == 'this')} nhỏ quá"
    if i == 0:
        return capitalised(f"{read}{' vì ' if g['because'] else ', '}{small}.")
    return capitalised(f"{small}, {read}." if i == 1 else f"{small}, không đọc được." if g["to"] else f"{small}.")
