"""Therapies outside the doctor's surgery, both ways, written whole by rule: physiotherapy, acupuncture and acupressure
had (how often, whether still, ever, after an operation) and herbal medicine taken, and whether one helps, works or
hurts. v8 (the rules on) reads "vật lý trị liệu" as physics, "châm cứu" as a rescue, "đi" as walking, "đông" as crowded
and "bắc" as north: "Tôi đang đi vật lý trị liệu." → "I'm going to go physically.", "Bà tôi đi châm cứu." → "I walked
the acupuncture.", "Tôi uống thuốc đông y." → "I take medicine crowded.", "Ông tôi đang uống thuốc bắc." → "My
grandfather is takeing medicine north.", "Bạn có uống thuốc nam không?" → "Do you have take medicine men?", "Châm cứu có
đỡ không?" → "Urgent rescue?", "Lan tập vật lý trị liệu hằng ngày." → "Lands a daily physical file."; and back, "I'm
having physiotherapy." → "Tôi đang có vật lý.", "My grandmother has acupuncture every week." → "Bà tôi đã châm cứu mỗi
tuần." (past), "My father has to do physiotherapy after his operation." → "Cha tôi phải làm sinh lý sau khi anh ấy
hoạt động.", "My mother sometimes has acupressure." → "Mẹ tôi đôi khi cũng có cảm giác trầm cảm.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) has physiotherapy, acupuncture or acupressure ("đi …"; "tập vật lý
trị liệu", does physiotherapy) or takes herbal medicine ("uống thuốc đông y", "thuốc bắc": Chinese, "thuốc nam":
Vietnamese): now ("đang"), as a habit (mt.hobbies.EVERY, SELDOM, "twice a week"), still, has to (as a habit, a
medicine, on a day ahead; after an operation), has just had, had (on a day behind), will have or is having it on a day
ahead, no longer ("không … nữa"), has never had, ever had (asked), and how often, asked; each said, denied or asked as
the tense allows; and whether a therapy or a medicine helps ("có đỡ không?"), works, is effective, or hurts. Left: a
therapy with no tense said ("Bà tôi đi châm cứu.": goes, went or is going?) or denied without "nữa" ("Tôi không đi châm
cứu.": this time?), "phải" with no tense but a therapy alone or after an operation ("Bố tôi phải tập vật lý trị liệu
sau khi mổ.": has or had to?, as mt/surgery.py leaves "Tôi phải nằm viện ba ngày."), "Bạn có đi châm cứu không?" (a
habit, or today?), "đã … chưa?" (today's session?), "thấy đỡ" ("Tôi đi bấm huyệt thấy đỡ đau lưng."), "do
physiotherapy" but as a habit or has to, or denied or ahead with no day, how often or operation said ("She doesn't do
physiotherapy.", "I will do physiotherapy.": a physiotherapist's work or a course studied?), "does acupuncture" (an
acupuncturist), a pet as who, "I" asked, "anh", "chị", "em" alone saying it, and massages (mt/salons.py), medicine
taken (mt/medicine.py) and operations (mt/surgery.py).
mt.phrasebook.translate tries these after mt/year_end.py.

    >>> translate("Tôi đang đi vật lý trị liệu.", "vi", "en"), translate("Does acupuncture help?", "en", "vi")
    ("I'm having physiotherapy.", 'Châm cứu có đỡ không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import EVERY, EVERY_MONTH, HABIT_VI, SELDOM, WHO, WHO_EN, be_of, person_of, whose_own
from .lazy_re import lazy
from .numbers import VI_TO_EN, vi_word
from .rule_keys import key_checked
from .terms import his_her
from .text import SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed, present, progressive

_KEYS = {"vi": lazy(r"(?i:trị\s+liệu|châm\s+cứu|bấm\s+huyệt|thuốc\s+đông\s+y|thuốc\s+bắc|thuốc\s+nam)"),
         "en": lazy(r"(?i:physio|physical\s+therapy|acupunct|acupress|herbal\s+medicine|chinese\s+medicine|"
                    r"traditional\s+medicine)")}
# therapies had, medicines taken (the first Vietnamese of each is written back)
_THERAPIES = {"vật lý trị liệu": "physiotherapy", "vật lí trị liệu": "physiotherapy", "châm cứu": "acupuncture",
              "bấm huyệt": "acupressure"}
_REMEDIES = {"thuốc đông y": "herbal medicine", "thuốc bắc": "Chinese herbal medicine",
             "thuốc nam": "Vietnamese herbal medicine"}
_THINGS = _THERAPIES | _REMEDIES
_THINGS_VI = {en.lower(): vi for vi, en in reversed(_THINGS.items())} | {
    "physical therapy": "vật lý trị liệu", "physio": "vật lý trị liệu", "traditional medicine": "thuốc đông y",
    "traditional chinese medicine": "thuốc bắc", "chinese medicine": "thuốc bắc"}
_PHYSIO = "vật lý trị liệu"
# English verb forms (base, -s, -ing, past, participle) of each doing, and its Vietnamese verb
_FORMS = {"have": ("have", "has", "having", "had", "had"), "do": ("do", "does", "doing", "did", "done"),
          "take": ("take", "takes", "taking", "took", "taken")}
_VERB_VI = {"have": "đi", "do": "tập", "take": "uống"}
# the days said, and how often ("thường" before a therapy is "often"; "luôn" is left: always, or lately?)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tuần trước", "ngày mai",
                  "sáng mai", "chiều mai", "tuần sau", "tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_EVERY = EVERY | EVERY_MONTH
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
_SELDOM = {vi: en for vi, en in SELDOM.items() if en != "always"}
_PER = {"ngày": "day", "tuần": "week", "tháng": "month"}
_PER_VI = {en: vi for vi, en in _PER.items()}
_N = {"một": 1, "1": 1, "hai": 2, "2": 2} | {w: n for n, w in enumerate(VI_TO_EN, 1) if 2 < n < 8}
_TIMES_EN = {1: "once", 2: "twice"} | {n: f"{VI_TO_EN[w]} times" for w, n in _N.items() if n > 2}
_TIMES_VI = {en: n for n, en in _TIMES_EN.items()} | {f"{n} times": n for n in range(3, 8)}
_AUX = {"đang": "ing", "vẫn đang": "still_ing", "vẫn": "still", "đã": "past", "vừa": "just", "vừa mới": "just",
        "sẽ": "will", "phải": "must", "có": "ask", "có đang": "ask_ing", "không": "not", "không còn": "not",
        "chưa bao giờ": "never", "đã bao giờ": "ever"}

_WHAT = rf"(?P<what>(?i:{alternatives(_THINGS)}))"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_TIMES = (rf"(?:(?:mỗi|một)\s+(?P<per>{alternatives(_PER)})\s+(?P<n>{alternatives(_N)})\s+lần|(?P<n2>"
          rf"{alternatives(_N)})\s+lần\s+(?:mỗi|một)\s+(?P<per2>{alternatives(_PER)}))")
_AFTER = r"sau\s+(?:khi\s+mổ|ca\s+mổ|khi\s+phẫu\s+thuật|phẫu\s+thuật)"
# who has a therapy or takes a medicine ("Bà tôi đi châm cứu mỗi tuần.", "Bạn đã bao giờ đi châm cứu chưa?")
_HAS = lazy(rf"(?:(?P<day0>{_DAY})\s+)?{WHO}\s+(?:(?P<aux>{alternatives(_AUX)})\s+)?(?:(?P<seldom>(?i:"
            rf"{alternatives(_SELDOM)}))\s+)?(?P<verb>đi\s+tập|đi|tập|uống)\s+{_WHAT}(?:\s+(?P<every>(?i:"
            rf"{alternatives(_EVERY)}))|\s+{_TIMES}|\s+(?P<how>bao\s+lâu\s+một\s+lần|mấy\s+lần\s+(?:một|mỗi)\s+"
            rf"(?P<hper>{alternatives(_PER)})))?(?:\s+(?P<after>{_AFTER}))?(?:\s+(?P<day>{_DAY}))?"
            rf"(?:\s+(?P<tail>nữa|về|bao\s+giờ))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# whether it helps ("Châm cứu có đỡ không?", "Thuốc bắc có tác dụng không?", "Châm cứu không đau.")
_WORKS = lazy(rf"{_WHAT}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<how>đỡ|có\s+tác\s+dụng|"
              rf"tác\s+dụng|hiệu\s+quả|đau)(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... in English
_WHAT_EN = rf"(?P<what>(?i:{alternatives(_THINGS_VI)}))"
_HAS_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are|Am|Has|Have)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are|has|have|do|does|will)"
               r"(?:\s+not|n['’]t)?|['’](?:s|m|re|ve|ll)(?:\s+not)?|\s+(?:has|have)\s+to)?(?:\s+(?P<adv>still|just|"
               r"ever|never|often|sometimes|rarely|usually))?\s+(?P<verb>have|has|having|had|do|does|doing|did|done|"
               rf"take|takes|taking|took|taken)\s+{_WHAT_EN}(?:\s+(?P<every>(?i:{alternatives(_EVERY_VI)}))|\s+"
               rf"(?P<times>{alternatives(_TIMES_VI)})\s+a\s+(?P<per>day|week|month))?(?:\s+(?P<after>after\s+"
               r"(?:(?P<poss>my|your|his|her|our|their)\s+operation|surgery)))?(?:\s+(?P<day>"
               + alternatives(_DAYS_VI) + r"))?(?:\s+(?P<more>any\s*more))?\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"How\s+(?:(?P<often>often)|many\s+times\s+a\s+(?P<per>day|week|month))\s+(?P<q>do|does)\s+"
               rf"{WHO_EN}\s+(?P<verb>have|do|take)\s+{_WHAT_EN}\s*\?+")
_WORKS_EN = lazy(rf"(?:(?P<q>Does|Is)\s+)?{_WHAT_EN}\s+(?P<rest>[a-z’' ]+?)\s*(?P<end>[.!?]*)")
# whether it helps, in English (the rest after the therapy, n't written out), and in Vietnamese
_WORKS_VI = {("Does", "help"): "có đỡ không?", ("Does", "work"): "có tác dụng không?",
             ("Does", "hurt"): "có đau không?", ("Is", "effective"): "có hiệu quả không?",
             ("", "does not hurt"): "không đau.", ("", "does not work"): "không có tác dụng.",
             ("", "is not effective"): "không hiệu quả.", ("", "is very effective"): "rất hiệu quả.",
             ("", "is really effective"): "rất hiệu quả.", ("", "works"): "có tác dụng.",
             ("", "is effective"): "có hiệu quả."}
_WORKS_EN_OF = {"đỡ": ("Does", "help"), "tác dụng": ("Does", "work"), "đau": ("Does", "hurt"),
                "hiệu quả": ("Is", "effective")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has physiotherapy, acupuncture or acupressure or takes
    herbal medicine (when, how often), or whether one helps, works or hurts; None for any other."""
    if src == "vi":
        return _has(text) or _works(text)
    text = text.replace("’", "'")
    return _has_vi(text) or _how_vi(text) or _works_vi(text)


def _doing(verb: str, what: str) -> str | None:
    """The English doing ("have", "do", "take") of a Vietnamese verb and what of _HAS ("đi châm cứu": "have", "tập
    vật lý trị liệu": "do", "uống thuốc bắc": "take"); None where they do not go together ("uống châm cứu", "tập
    châm cứu")."""
    verb, what = keyed(verb), keyed(what)
    if what in _REMEDIES:
        return "take" if verb == "uống" else None
    if verb in ("tập", "đi tập"):
        return "do" if _THERAPIES[what] == "physiotherapy" else None
    return "have" if verb == "đi" else None


def _often(m: re.Match) -> str | None:
    """How often of a match of _HAS in English (" every week", " twice a week"); "" for none."""
    if m["every"]:
        return f" {_EVERY[keyed(m['every'])]}"
    n, per = m["n"] or m["n2"], m["per"] or m["per2"]
    return f" {_TIMES_EN[_N[keyed(n)]]} a {_PER[keyed(per)]}" if n else ""


def _after(m: re.Match, who_: str) -> str | None:
    """" after my operation" for a match of _HAS that says "sau khi mổ", whose as English says it of who; "" where it
    does not say it; None where English cannot tell whose (a name alone) or it is many ("we": one operation each?)."""
    if not m["after"]:
        return ""
    whose = whose_own(m, who_)
    return None if whose is None or who_ in ("we", "they") else f" after {whose} operation"


def _has(text: str) -> str | None:
    """"Tôi đang đi vật lý trị liệu." as "I'm having physiotherapy.", "Bà tôi đi châm cứu mỗi tuần." as "My
    grandmother has acupuncture every week.", "Tôi uống thuốc đông y." as "I take herbal medicine.", "Bố tôi phải tập
    vật lý trị liệu mỗi ngày sau khi mổ." as "My father has to do physiotherapy every day after his operation.", "Bạn
    đã bao giờ đi châm cứu chưa?" as "Have you ever had acupuncture?" (_HAS); None for anything else, and "phải" read
    as neither habit nor ahead ("Tôi phải đi châm cứu.": has or had to?)."""
    m = _HAS.fullmatch(text)
    if not m or (doing := _doing(m["verb"], m["what"])) is None or bool(m["asked"] or m["how"]) != ("?" in m["end"]):
        return None
    asked, kind = keyed(m["asked"] or ""), _AUX.get(keyed(m["aux"] or ""), "")
    tail, day = keyed(m["tail"] or ""), keyed(m["day0"] or m["day"] or "")
    said = person_of(m, bool(asked or m["how"]))
    if said is None or m["day0"] and m["day"] or (often := _often(m)) is None:
        return None
    who_, one = said
    after = _after(m, who_)
    if after is None:
        return None
    forms, what, seldom = _FORMS[doing], _THINGS[keyed(m["what"])], _SELDOM.get(keyed(m["seldom"] or ""), "")
    base, has = forms[0], "has" if one else "have"
    # each kind takes only what it says: a day, how often, "nữa", "về", "bao giờ", asked by "không" or "chưa"
    if m["how"]:
        if kind or seldom or after or day or tail or asked:
            return None
        how = "How often" if m["how"].startswith("bao") else f"How many times a {_PER[keyed(m['hper'])]}"
        return f"{how} {'does' if one else 'do'} {who_} {base} {what}?"
    plain = not (often or after or day or tail or seldom)
    timed = bool(often or seldom)
    if kind == "ever":
        ok = plain and asked == "chưa"
        return f"{has.capitalize()} {who_} ever {forms[4]} {what}?" if ok else None
    if tail == "bao giờ":  # ("Bạn đã đi châm cứu bao giờ chưa?")
        ok = kind == "past" and asked == "chưa" and not (often or after or day or seldom)
        return f"{has.capitalize()} {who_} ever {forms[4]} {what}?" if ok else None
    if asked == "chưa" or seldom and (kind not in ("", "ask") or often) or tail == "về" and kind != "just":
        return None
    if asked:
        rest = f"{what}{often}{after}"
        if kind == "ask" and (timed or doing == "take") and not (day or tail) and seldom != "never":
            return present(who_, one, base, rest, asked=True, adverb=f"{seldom} " if seldom else "")
        if kind in ("ask_ing", "still_ing") and not (day or tail):
            return progressive(who_, be(who_), f"{'still ' * (kind == 'still_ing')}{forms[2]} {rest}", asked=True)
        if kind == "still" and not (day or tail):
            return present(who_, one, base, rest, asked=True, adverb="still ")
        return None
    way = NEAR_WAY.get(day, "")
    on = f" {_DAYS[day]}" if day else ""
    rest = f"{what}{often}{after}"
    if kind == "" and not (day or tail) and (timed or doing == "take"):
        return present(who_, one, base, rest, adverb=f"{seldom} " if seldom else "")
    if kind in ("", "past") and way == "behind" and not (often or tail) or kind == "past" and plain:
        return capitalised(f"{who_} {forms[3]} {what}{after}{on}.")
    if kind in ("", "ing") and way == "ahead" and not (often or tail) and doing == "have":
        return progressive(who_, be(who_), f"{forms[2]} {what}{on}")
    if kind in ("ing", "still_ing") and not (day or tail):
        return progressive(who_, be(who_), f"{'still ' * (kind == 'still_ing')}{forms[2]} {rest}")
    if kind == "still" and not (day or tail):
        return present(who_, one, base, rest, adverb="still ")
    if kind == "just" and not (often or after or day):
        return capitalised(contracted(who_, f"{has} just {forms[4]} {what}.")) if tail != "nữa" else None
    if kind == "will" and not (often or tail) and (way == "ahead" or not day):
        return capitalised(contracted(who_, f"will {base} {what}{after}{on}."))
    # "phải" with no tense is read as the sentence without it is (a habit, a medicine taken, a day ahead); alone, or
    # with only an operation, has to or had to? (as mt/surgery.py leaves "Tôi phải nằm viện ba ngày.")
    if kind == "must" and not tail and (way == "ahead" or not day and (timed or doing == "take")):
        return capitalised(f"{who_} {has} to {base} {rest}{on}.")
    if kind == "not" and tail == "nữa" and not (often or after or day):
        return present(who_, one, base, f"{what} any more", denied=True)
    if kind == "not" and doing == "take" and keyed(m["aux"]) == "không" and not (often or after or day or tail):
        return present(who_, one, base, what, denied=True)
    if kind == "never" and plain:
        return capitalised(contracted(who_, f"{has} never {forms[4]} {what}."))
    return None


def _works(text: str) -> str | None:
    """"Châm cứu có đỡ không?" as "Does acupuncture help?", "Thuốc bắc có tác dụng không?" as "Does Chinese herbal
    medicine work?", "Châm cứu không đau." as "Acupuncture doesn't hurt.", "Châm cứu rất hiệu quả." as "Acupuncture is
    very effective." (_WORKS); None for anything else, and a medicine that "hurts"."""
    m = _WORKS.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    what, how = keyed(m["what"]), keyed(m["how"])
    said, has_co, how = capitalised(_THINGS[what]), how.startswith("có "), how.removeprefix("có ")
    if how == "đau" and what in _REMEDIES:
        return None
    if m["asked"]:
        if not m["ask"] or has_co:
            return None
        q, verb = _WORKS_EN_OF[how]
        return f"{q} {_THINGS[what]} {verb}?"
    shapes = {(None, "not", "tác dụng", True): "doesn't work", (None, "not", "đau", False): "doesn't hurt",
              (None, "not", "hiệu quả", False): "isn't effective", ("ask", None, "tác dụng", False): "works",
              (None, "very", "hiệu quả", False): "is very effective"}
    key = ("ask" if m["ask"] else None, "not" if m["not"] else "very" if m["very"] else None, how, has_co)
    return f"{said} {shapes[key]}." if key in shapes else None


def _vi_who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one ("mẹ tôi", True); None for a pet or "I" asked."""
    return person_of(m, asked, "en")


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether the first verb said after or before who of WHO_EN (`who_`, `one` as who_vi gives them) agrees with
    it ("she has", "I am", "do you", "does he"); True for one that does not tell ("had", "will")."""
    word = word.lower()
    if word in ("is", "am", "are"):
        return be_of(who_, one) == word
    if word in ("has", "does", "takes"):
        return one
    return not one if word in ("have", "do", "take") else True


def _owns(m: re.Match, who_: str) -> set[str]:
    """Whose operation may be who's own in English, for who of a match of WHO_EN ("my" for "I", "her" for "my
    mother", "his" or "her" for a name)."""
    if m["who"]:
        return {WHOSE_OF[m["who"].lower()]}
    own = his_her(who_) if m["kin"] else None
    return {own} if own else {"his", "her"}


# the auxiliary (or the question's first word, with "?") said as each shape reads it
_AUX_EN = {"is": "be", "am": "be", "are": "be", "'m": "be", "'re": "be", "has": "has", "have": "has", "'ve": "has",
           "do not": "not", "does not": "not", "is not": "be not", "am not": "be not", "are not": "be not",
           "'m not": "be not", "'re not": "be not", "has to": "must", "have to": "must", "will": "will", "'ll": "will"}
_ASKED_EN = {"do": "do?", "does": "do?", "is": "be?", "am": "be?", "are": "be?", "has": "has?", "have": "has?"}
# each shape (aux, adverb, verb form: 0 base or -s, 2 -ing, 3 past, 4 participle): the Vietnamese, and what else it
# may say: o how often, a after an operation, b a day behind, f a day ahead, m "any more" ("!": it must)
_SHAPES_VI = {
    ("", "", 0): ("{who} {body}", "oa"), ("", "habit", 0): ("{who} {habit} {body}", "a"),
    ("", "still", 0): ("{who} vẫn {body}", "oa"), ("not", "", 0): ("{who} không {body}", "m"),
    ("do?", "", 0): ("{who} có {body} không?", "oa"), ("do?", "habit", 0): ("{who} có {habit} {body} không?", "a"),
    ("do?", "still", 0): ("{who} vẫn {body} không?", "oa"), ("do?", "ever", 0): ("{who} có bao giờ {body} không?", ""),
    ("be", "", 2): ("{who} đang {body}", "oaf"), ("be", "still", 2): ("{who} vẫn đang {body}", "oa"),
    ("be not", "", 2): ("{who} không {body}", "!"), ("be?", "", 2): ("{who} có đang {body} không?", "oa"),
    ("be?", "still", 2): ("{who} vẫn đang {body} không?", "oa"), ("must", "", 0): ("{who} phải {body}", "oa"),
    ("", "", 3): ("{who} đã {body}", "ab"), ("", "just", 3): ("{who} vừa {body}", ""),
    ("has", "just", 4): ("{who} vừa {body}", ""), ("has", "never", 4): ("{who} chưa bao giờ {body}", ""),
    ("has?", "ever", 4): ("{who} đã bao giờ {body} chưa?", ""), ("will", "", 0): ("{who} sẽ {body}", "af")}


def _has_vi(text: str) -> str | None:
    """"I'm having physiotherapy." as "Tôi đang đi vật lý trị liệu.", "My grandmother has acupuncture every week."
    as "Bà tôi đi châm cứu mỗi tuần.", "I take herbal medicine." as "Tôi uống thuốc đông y.", "My father has to do
    physiotherapy after his operation." as "Bố tôi phải tập vật lý trị liệu sau khi mổ.", "I had acupuncture
    yesterday." as "Hôm qua tôi đi châm cứu." (_HAS_EN); None for anything else, where a verb does not agree with
    who, and "whose operation" not who's own."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    verb, what_vi = m["verb"], _THINGS_VI[keyed(m["what"])]
    doing = next(d for d, forms in _FORMS.items() if verb in forms)
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    aux = aux.replace("'s", "is" if verb.endswith("ing") else "has", 1)  # ("she's having", "he's just had")
    perfect = aux in ("has", "have", "'ve") or (m["q"] or "").lower() in ("has", "have")
    form = _FORMS[doing].index(verb) if verb != "had" else 4 if perfect else 3
    form = 0 if form == 1 else form
    if (doing == "take") != (what_vi in _REMEDIES) or doing == "do" and what_vi != _PHYSIO or (
            said := _vi_who(m, bool(m["q"]))) is None:
        return None
    who_, one = said
    shape = _ASKED_EN.get((m["q"] or "").lower(), "") if m["q"] else _AUX_EN.get(aux, "?" if aux else "")
    adv = (m["adv"] or "").lower()
    adv = "habit" if adv in HABIT_VI and not (adv == "never" and form) else adv
    first = (m["q"] or aux.split(" ")[0] if m["q"] or aux else verb).lower()
    first = {"'m": "am", "'re": "are", "'ve": "have"}.get(first, first)
    said_vi = _SHAPES_VI.get((shape, adv, form))
    if said_vi is None or not _agrees(first, who_, one) or m["poss"] and m["poss"] not in _owns(m, who_) or (
            m["adv"] or "").lower() == "never" and shape == "do?":
        return None
    day = _DAYS_VI.get((m["day"] or "").lower(), "")
    way, may = NEAR_WAY.get(day, ""), said_vi[1]
    more, said_on = bool(m["more"]), "a" if m["after"] else ""  # (m["after"]: "afternoon" is no operation)
    said_on += "o" * bool(m["every"] or m["times"]) + {"behind": "b", "ahead": "f"}.get(way, "")
    if any(c not in may for c in said_on) or "!" in may and not more or more and not ("!" in may or "m" in may):
        return None
    if way == "ahead" and shape == "be" and (doing != "have" or said_on != "f"):
        return None
    if doing == "do" and shape in ("", "do?", "be", "be?") and not (m["every"] or m["times"]):
        return None  # ("She does physiotherapy.", "She's doing physiotherapy.": her work, or her studies?)
    if doing == "do" and shape in ("not", "be not", "will") and not (m["every"] or m["times"] or m["after"] or day):
        return None  # ("She doesn't do physiotherapy.", "I will do physiotherapy.": work or studies too)
    often = f" {_EVERY_VI[m['every'].lower()]}" if m["every"] else (
        f" mỗi {_PER_VI[m['per']]} {vi_word(_TIMES_VI[m['times']])} lần" if m["times"] else "")
    body = f"{_VERB_VI[doing]} {what_vi}{often}{' sau khi mổ' * bool(m['after'])}"
    if way == "ahead" and shape == "be":
        return capitalised(f"{day} {who_} {body}.")
    said_vi = said_vi[0].format(who="{who}", habit=HABIT_VI.get((m["adv"] or "").lower(), ""), body=body)
    if day:  # (the day opens the Vietnamese: "Hôm qua tôi đi châm cứu.", "Ngày mai tôi sẽ đi châm cứu.")
        said_vi = said_vi.replace("{who} đã", "{who}").replace("{who}", f"{day} {who_}")
    said_vi = said_vi.replace("{who}", who_)
    return capitalised(said_vi if said_vi.endswith("?") else f"{said_vi}{' nữa' * more}.")


def _how_vi(text: str) -> str | None:
    """"How often do you have acupuncture?" as "Bạn đi châm cứu bao lâu một lần?", "How many times a week does she
    have physiotherapy?" as "Cô ấy đi vật lý trị liệu mấy lần một tuần?" (_HOW_EN); None for anything else."""
    m = _HOW_EN.fullmatch(text)
    said = m and _vi_who(m, True)
    if not said or (m["q"] == "does") != said[1]:
        return None
    what_vi = _THINGS_VI[keyed(m["what"])]
    if (m["verb"] == "take") != (what_vi in _REMEDIES) or m["verb"] == "do" and what_vi != _PHYSIO:
        return None
    how = "bao lâu một lần" if m["often"] else f"mấy lần một {_PER_VI[m['per']]}"
    return capitalised(f"{said[0]} {_VERB_VI[m['verb']]} {what_vi} {how}?")


def _works_vi(text: str) -> str | None:
    """"Does acupuncture help?" as "Châm cứu có đỡ không?", "Is acupuncture effective?" as "Châm cứu có hiệu quả
    không?", "Acupuncture doesn't hurt." as "Châm cứu không đau." (_WORKS_EN); None for anything else."""
    m = _WORKS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    what_vi = _THINGS_VI[keyed(m["what"])]
    said = _WORKS_VI.get((m["q"] or "", " ".join(m["rest"].replace("n't", " not").split())))
    if said is None or "đau" in said and what_vi in _REMEDIES:
        return None
    return capitalised(f"{what_vi} {said}")
