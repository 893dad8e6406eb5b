"""Taking medicine, both ways, written whole by rule: how often and when to take it, whether someone has taken it,
forgot it, takes it or needs to, a reminder, and medicine or a prescription had, needed or bought. v8 reads "thuốc
này" as "medicine This", "thuốc giảm đau" as pain, "đơn thuốc" as a single medicine and English whose as "của mình":
"Uống thuốc này ngày hai lần." → "Take medicine This date twice.", "Bạn đã uống thuốc chưa?" → "Have you taken
medicine yet?", "Mẹ tôi đã uống thuốc rồi." → "My mother took medicine.", "Bố tôi vẫn chưa uống thuốc." → "My father
was still hasn't taken medicine.", "Tôi đã uống thuốc giảm đau." → "I took medicine relieve pain.", "Tôi cần thuốc
giảm đau." → "I need a sedative.", "Bạn có đơn thuốc không?" → "Do you have a single medicine?", "Đến giờ uống thuốc
rồi." → "By now take medicine."; "Did you take your medicine?" → "Bạn có dùng thuốc của mình không?", "I took my
medicine." → "Tôi sử dụng thuốc của tôi.", "I have a prescription." → "Tôi có theo toa.", "Do you have something for a
headache?" → "Bạn có bị nhức đầu không?" (a headache had).

Taken: "Uống thuốc này" with how often (ngày hai lần, mỗi ngày) or when (sau bữa ăn, trước khi đi ngủ) and "Take this
medicine …"; who (mt.hobbies.WHO, WHO_EN) has taken a medicine of MEDS, asked ("chưa") or said ("rồi", "chưa"), took
it ("đã"), just took it, is taking it, takes it how often, needs to, has to or should take it, forgot it (again,
often); "Nhớ uống thuốc nhé.", "Đừng quên uống thuốc nhé.", "Đến giờ uống thuốc rồi."; who has, has not or needs a
medicine or a prescription, or needs or would like to buy one; "Thuốc này có cần đơn không?". His or her medicine is
said only where who says which (not after a name alone). Left: the dose in tablets and "Take this medicine twice a
day." (mt/patterns.py's), "Tôi đã uống thuốc rồi." (the phrasebook's), "anh", "chị", "em" alone saying it (the
speaker or "you": mt.hobbies.who), "Bạn có quên uống thuốc không?" (did or does), a plain "Tôi uống thuốc.", going to
the pharmacy (mt.terms' "hiệu thuốc"), an ailment (mt/ailments.py), an allergy to a medicine (mt/allergies.py).
mt.phrasebook.translate tries these after mt/supplies.py.

    >>> translate("Uống thuốc này ngày hai lần.", "vi", "en"), translate("Did you take your medicine?", "en", "vi")
    ('Take this medicine twice a day.', 'Bạn đã uống thuốc chưa?')
"""
from __future__ import annotations

import re

from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thuốc|vitamin)"),
         "en": lazy(r"(?i:medic|painkiller|antibiotic|prescription|vitamin|pill|something\s+for)")}

# what is taken: English's noun, whether it is counted ("a painkiller"), and whether one says whose it is ("my
# antibiotics"; not "my painkillers": "a painkiller")
MEDS = {"thuốc": ("medicine", False, True), "thuốc giảm đau": ("painkiller", True, False),
        "thuốc kháng sinh": ("antibiotics", False, True), "thuốc đau đầu": ("headache medicine", False, False),
        "thuốc cảm": ("cold medicine", False, False), "thuốc ho": ("cough medicine", False, False),
        "thuốc huyết áp": ("blood pressure medicine", False, True), "thuốc ngủ": ("sleeping pill", True, False),
        "vitamin": ("vitamins", False, True)}
MEDS_VI = {en: vi for vi, (en, _, _) in MEDS.items()} | {
    "medication": "thuốc", "medicines": "thuốc", "painkillers": "thuốc giảm đau", "sleeping pills": "thuốc ngủ",
    "headache": "thuốc đau đầu", "cold": "thuốc cảm", "cough": "thuốc ho"}  # (the last: "something for a cold")
# how often, and when ("ngày hai lần", "sau bữa ăn"; the first Vietnamese of each is written back)
TIMES = {"một": "once", "1": "once", "hai": "twice", "2": "twice", "ba": "three times", "3": "three times",
         "bốn": "four times", "4": "four times"}
TIMES_VI = {en: vi for vi, en in reversed(TIMES.items())} | {"3 times": "3", "4 times": "4"}
MEALS = {"sau bữa ăn": "after meals", "sau khi ăn": "after meals", "sau ăn": "after meals",
         "trước bữa ăn": "before meals", "trước khi ăn": "before meals", "trước ăn": "before meals",
         "trước khi đi ngủ": "before bed", "trước khi ngủ": "before bed", "sau bữa sáng": "after breakfast",
         "sau bữa tối": "after dinner", "đúng giờ": "on time"}
MEALS_VI = {en: vi for vi, en in reversed(MEALS.items())} | {
    "after eating": "sau khi ăn", "before eating": "trước khi ăn", "before going to bed": "trước khi đi ngủ",
    "at bedtime": "trước khi đi ngủ", "after food": "sau khi ăn"}
_EVERY_EN = {en for en in EVERY_VI if en != "every weekend"} | {"every night"}
_HOW = (rf"(?:\s*,?\s+(?:(?:(?:một|mỗi)\s+)?ngày\s+(?P<n>{alternatives(TIMES)})\s+lần|(?P<n2>{alternatives(TIMES)})"
        rf"\s+lần\s+(?:một|mỗi)\s+ngày|(?P<every>{alternatives(EVERY)})))?(?:\s*,?\s+(?P<meal>{alternatives(MEALS)}))?")
_HOW_EN = (rf"(?:\s+(?:(?P<n>once|twice|(?:three|four|3|4)\s+times)\s+(?:a|per)\s+day|(?P<every>"
           rf"{alternatives(_EVERY_EN)})))?(?:,?\s+(?P<meal>{alternatives(MEALS_VI)}))?")
_MED = rf"(?P<med>(?i:{alternatives(MEDS)}))(?:\s+(?P<this>này))?"
_MED_EN = (rf"(?:(?:(?P<det>a|some|any|this|the)\s+|(?P<hw>{WHOSE_WORDS})\s+)?(?P<med>{alternatives(MEDS_VI)})|"
           r"(?P<some>something|anything)\s+for\s+(?:a|the)\s+(?P<for>headache|cold|cough))")

# who and a medicine taken ("Bạn đã uống thuốc chưa?", "Mẹ tôi uống thuốc ngày hai lần.")
_TAKE = lazy(rf"{WHO}\s+(?:(?P<aux>vẫn\s+chưa|chưa|đã|vừa\s+mới|vừa|mới|đang|cần|phải|nên|lại|hay|thường|có)"
             rf"\s+)?(?:(?P<forgot>quên)\s+)?uống\s+{_MED}{_HOW}(?:\s+(?P<tail>rồi|chưa|không))?{SOFTENED_END}")
# ... as English says it (by the word after who, "quên", the word after the medicine, and whether asked), and the
# form of the medicine ("own": "your medicine", "some": "a painkiller", "many": "painkillers")
_TAKEN = {("", "", "chưa", "?"): ("{Has} {who} taken {med}?", "own"),
          ("đã", "", "chưa", "?"): ("{Has} {who} taken {med}?", "own"),
          ("", "", "rồi", ""): ("{who} {has} already taken {med}.", "own"),
          ("đã", "", "rồi", ""): ("{who} {has} already taken {med}.", "own"),
          ("chưa", "", "", ""): ("{who} {hasn't} taken {med} yet.", "own"),
          ("vẫn chưa", "", "", ""): ("{who} still {hasn't} taken {med}.", "own"),
          ("đã", "", "", ""): ("{who} took {med}.", "own"),
          ("vừa", "", "", ""): ("{who} just took {med}.", "own"),
          ("đang", "", "", ""): ("{who} {is} taking {med}{how}.", "many"),
          ("", "quên", "", ""): ("{who} forgot to take {med}.", "owned"),
          ("", "quên", "rồi", ""): ("{who} forgot to take {med}.", "owned"),
          ("đã", "quên", "", ""): ("{who} forgot to take {med}.", "owned"),
          ("lại", "quên", "", ""): ("{who} forgot to take {med} again.", "owned"),
          ("hay", "quên", "", ""): ("{who} often {forgets} to take {med}.", "owned"),
          ("", "", "", ""): ("{who} {takes} {med}{how}.", "habit"),
          ("có", "", "không", "?"): ("{Does} {who} take {med}{how}?", "habit"),
          ("cần", "", "", ""): ("{who} {needs} to take {med}{how}.", "own"),
          ("phải", "", "", ""): ("{who} {has} to take {med}{how}.", "own"),
          ("nên", "", "", ""): ("{who} should take {med}{how}.", "some")}
# taking it, reminded ("Nhớ uống thuốc nhé.") and told how ("Uống thuốc này ngày hai lần.")
_REMIND = lazy(r"(?:(?P<dont>[Đđ]ừng\s+quên)|[Nn]hớ)\s+uống\s+thuốc(?P<on_time>\s+đúng\s+giờ)?"
               r"(?:\s+(?:nhé|nha|nhá|đấy))?\s*[.!]*")
_TIME = lazy(r"(?:[Đđ]ã\s+)?[Đđ]ến\s+giờ\s+uống\s+thuốc(?:\s+rồi)?(?:\s+(?:đấy|đó|nhé))?\s*[.!]*")
_DIRECTED = lazy(rf"(?:[Hh]ãy\s+)?[Uu]ống\s+thuốc\s+này{_HOW}(?:\s+(?:nhé|nha))?\s*[.!]*")
# a medicine or a prescription had, needed or bought ("Bạn có đơn thuốc không?", "Tôi cần mua thuốc.")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<buy>cần|phải|muốn)\s+mua|(?P<not>không\s+)?có|(?P<need>cần))\s+(?:(?P<rx>"
             rf"(?:đơn|toa)\s+thuốc)|{_MED}){ASKED_END}")
_NEEDS_RX = lazy(rf"[Tt]huốc\s+này\s+có\s+cần\s+(?:đơn|toa)(?:\s+thuốc)?\s+không{SOFTENER}\s*\?+")

# ... and in English
_TAKE_EN = lazy(rf"(?:(?P<q>Have|Has|Did|Do|Does)\s+)?{WHO_EN}(?P<aux>'(?:ve|s|m|re)|\s+(?:have|has|am|is|are|"
                r"haven't|hasn't|have\s+not|has\s+not|needs?\s+to|ha(?:ve|s)\s+to|should))?(?:\s+(?P<adv>just|"
                r"already|often))?\s+(?P<verb>(?:forgot|forgets?)\s+to\s+take|taken|took|takes?|taking)\s+"
                rf"{_MED_EN}{_HOW_EN}(?:\s+(?P<tail>yet|again))?\s*(?P<end>[.!?]*)")
# ... by the word asking, the word after who, "just" or the like, the verb and "yet" or "again"
_TAKEN_VI = {("have", "", "", "taken", ""): "{who} đã uống {med} chưa?",
             ("have", "", "", "taken", "yet"): "{who} đã uống {med} chưa?",
             ("did", "", "", "take", ""): "{who} đã uống {med} chưa?",
             ("do", "", "", "take", ""): "{who} có uống {med}{how} không?",
             ("did", "", "", "forget", ""): "{who} có quên uống {med} không?",
             ("", "have", "", "taken", ""): "{who} đã uống {med} rồi.",
             ("", "have", "already", "taken", ""): "{who} đã uống {med} rồi.",
             ("", "have", "just", "taken", ""): "{who} vừa uống {med}.",
             ("", "", "just", "took", ""): "{who} vừa uống {med}.", ("", "", "", "took", ""): "{who} đã uống {med}.",
             ("", "not", "", "taken", ""): "{who} chưa uống {med}.",
             ("", "not", "", "taken", "yet"): "{who} chưa uống {med}.",
             ("", "", "", "forgot", ""): "{who} quên uống {med}.",
             ("", "", "", "forgot", "again"): "{who} lại quên uống {med}.",
             ("", "", "often", "forget", ""): "{who} hay quên uống {med}.",
             ("", "", "", "take", ""): "{who} uống {med}{how}.",
             ("", "be", "", "taking", ""): "{who} đang uống {med}{how}.",
             ("", "need", "", "take", ""): "{who} cần uống {med}{how}.",
             ("", "must", "", "take", ""): "{who} phải uống {med}{how}.",
             ("", "should", "", "take", ""): "{who} nên uống {med}{how}."}
_HABIT_EN = {("do", "", "", "take", ""), ("", "", "", "take", "")}  # (said only with how often)
_AUX = {"'ve": "have", "has": "have", "'s": "have", "haven't": "not", "hasn't": "not", "have not": "not",
        "has not": "not", "'m": "be", "am": "be", "is": "be", "are": "be", "'re": "be", "need to": "need",
        "needs to": "need", "have to": "must", "has to": "must", "does": "do", "forgets": "forget", "takes": "take"}
# the words that say who is one ("has", "takes") or not ("have", "take"), or "I" ("am")
_ONE = {"has": True, "'s": True, "hasn't": True, "has not": True, "is": True, "needs to": True, "has to": True,
        "does": True, "takes": True, "forgets": True, "have": False, "'ve": False, "haven't": False,
        "have not": False, "'re": False, "are": False, "need to": False, "have to": False, "do": False,
        "take": False, "forget": False, "'m": None, "am": None, "doesn't": True, "does not": True, "don't": False,
        "do not": False, "need": False, "needs": True}
_BUY = {"need to": "cần", "needs to": "cần", "have to": "phải", "has to": "phải", "'d like to": "muốn",
        "would like to": "muốn"}
_REMIND_EN = lazy(r"(?:(?P<dont>Don't|Do\s+not)\s+forget|Remember)\s+to\s+take\s+your\s+(?:medicine|medication)"
                  r"(?P<on_time>\s+on\s+time)?(?:,?\s+please)?\s*[.!]*")
_TIME_EN = lazy(r"It's\s+time\s+(?:to\s+take|for)\s+your\s+(?:medicine|medication)\s*[.!]*")
_DIRECTED_EN = lazy(rf"(?:Please\s+)?[Tt]ake\s+this\s+medicine{_HOW_EN}\s*[.!]*")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:don't|doesn't|do\s+not|does\s+not|needs?\s+to|"
                r"ha(?:ve|s)\s+to|would\s+like\s+to)|'d\s+like\s+to)?\s+(?P<verb>have|has|needs?|buy)\s+"
                rf"(?:(?P<rx>a\s+prescription)|{_MED_EN})\s*(?P<end>[.!?]*)")
_NEEDS_RX_EN = lazy(r"Do\s+I\s+need\s+a\s+prescription\s+for\s+(?:this|it|this\s+medicine)\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says how to take a medicine, whether someone took it, forgot it or needs
    it, reminds someone to take it, or says who has, needs or buys a medicine or a prescription; None for any other."""
    if src == "vi":
        return _take(text) or _told(text) or _have(text)
    text = text.replace("’", "'")
    return _take_vi(text) or _told_vi(text) or _have_vi(text)


def _med_en(m: re.Match, form: str, whose: str | None) -> str | None:
    """The medicine of a match of _MED in English, as `form` says it: "own" ("your medicine"; "a painkiller", one
    not said as whose), "owned" (whose only), "some" ("some medicine", "a painkiller"), "many" ("medicine",
    "painkillers"), "habit" (whose, or "painkillers"), "buy" ("some painkillers"), "any"; None where whose is needed
    and not known ("Lan": his or her)."""
    if m["this"]:
        return "this medicine" if keyed(m["med"]) == "thuốc" else None
    noun, counted, owned = MEDS[keyed(m["med"])]
    many = f"{noun}s" if counted else noun
    if form in ("own", "owned", "habit") and owned:
        return f"{whose} {many}" if whose else None
    if form == "owned":
        return None
    form = {"own": "some", "habit": "many", "buy": "some many"}.get(form, form)
    return f"a {noun}" if form == "some" and counted else many if form == "many" else f"{form[:4]} {many}"


def _how_en(m: re.Match) -> str:
    """How often and when of a match of _HOW in English (" twice a day after meals"); "" for none said."""
    n = m["n"] or m["n2"]
    often = f"{TIMES[keyed(n)]} a day" if n else EVERY[keyed(m["every"])] if m["every"] else ""
    return "".join(f" {w}" for w in (often, m["meal"] and MEALS[keyed(m["meal"])]) if w)


def _take(text: str) -> str | None:
    """"Bạn đã uống thuốc chưa?" as "Have you taken your medicine?", "Bố tôi vẫn chưa uống thuốc." as "My father
    still hasn't taken his medicine.", "Tôi vừa uống thuốc giảm đau." as "I just took a painkiller.", "Mẹ tôi uống
    thuốc ngày hai lần." as "My mother takes her medicine twice a day.", "Tôi quên uống thuốc." as "I forgot to take
    my medicine." (_TAKE, _TAKEN); None for anything else."""
    m = _TAKE.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (said := who(m, asked)) is None:
        return None
    aux = {"mới": "vừa", "vừa mới": "vừa", "thường": "hay"}.get(keyed(m["aux"] or ""), keyed(m["aux"] or ""))
    frame = _TAKEN.get((aux, "quên" * bool(m["forgot"]), keyed(m["tail"] or ""), "?" * asked))
    how = _how_en(m)
    if frame is None or how and "{how}" not in frame[0] or not how and frame[1] == "habit":
        return None
    who_, one = said
    whose = EN_WHOSE.get(who_) or (his_her_of(m) if m["kin"] or m["title"] else None)
    med = _med_en(m, frame[1], whose)
    return None if med is None else capitalised(_filled(frame[0], who_, one, med=med, how=how))


def _filled(frame: str, who_: str, one: bool, **said: str) -> str:
    """A frame of _TAKEN said of who, its verbs agreeing ("{has}": "has" or "have"), contracted after a pronoun
    where English contracts it ("I've already taken", "she's taking"; not "I've to")."""
    verbs = {"Has": "Has" if one else "Have", "Does": "Does" if one else "Do", "has": "has" if one else "have",
             "hasn't": "hasn't" if one else "haven't", "is": be(who_), "takes": "takes" if one else "take",
             "forgets": "forgets" if one else "forget", "needs": "needs" if one else "need"}
    filled = frame.format_map({"who": who_, **verbs, **said})
    if frame.startswith(("{who} {has} already", "{who} {is}")):
        return contracted(who_, filled.removeprefix(f"{who_} "))
    return filled


def _told(text: str) -> str | None:
    """"Uống thuốc này ngày hai lần." as "Take this medicine twice a day.", "Nhớ uống thuốc nhé." as "Remember to
    take your medicine.", "Đến giờ uống thuốc rồi." as "It's time to take your medicine." (_DIRECTED, _REMIND,
    _TIME); None for anything else, and for "Uống thuốc này." (how not said)."""
    if m := _REMIND.fullmatch(text):
        told = "Don't forget" if m["dont"] else "Remember"
        return f"{told} to take your medicine{' on time' * bool(m['on_time'])}."
    if _TIME.fullmatch(text):
        return "It's time to take your medicine."
    m = _DIRECTED.fullmatch(text)
    return f"Take this medicine{how}." if m and (how := _how_en(m)) else None


def _have(text: str) -> str | None:
    """"Bạn có đơn thuốc không?" as "Do you have a prescription?", "Tôi cần thuốc giảm đau." as "I need some
    painkillers.", "Tôi cần mua thuốc." as "I need to buy some medicine.", "Thuốc này có cần đơn không?" as "Do I
    need a prescription for this medicine?" (_HAVE, _NEEDS_RX); None for anything else."""
    if _NEEDS_RX.fullmatch(text):
        return "Do I need a prescription for this medicine?"
    m = _HAVE.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["asked"]) or asked and (m["buy"] or m["need"] or m["not"]) or m["rx"] and m["buy"]:
        return None
    if (said := who(m, asked)) is None or (med := "a prescription" if m["rx"] else _med_en(
            m, "any" if asked or m["not"] else "buy", None)) is None:
        return None
    who_, one = said
    if m["buy"]:
        wants = {"cần": "needs" if one else "need", "phải": "has" if one else "have"}.get(keyed(m["buy"]))
        return capitalised(f"{who_} {wants} to buy {med}." if wants else f"{_likes(who_)} to buy {med}.")
    if m["need"]:
        return capitalised(f"{who_} {'needs' if one else 'need'} {med}.")
    return present(who_, one, "have", med, asked, bool(m["not"]))


def _likes(who_: str) -> str:
    """Who would like, contracted after a pronoun: "I'd like", "my mother would like"."""
    return f"{who_}'d like" if who_ in EN_WHOSE else f"{who_} would like"


def _med_vi(m: re.Match) -> str | None:
    """The medicine of a match of _MED_EN in Vietnamese ("thuốc", "thuốc này", "thuốc giảm đau"); None where its
    word before does not go with it ("a medicine", "some painkiller", "this painkiller")."""
    if m["for"]:
        return MEDS_VI[m["for"]]
    med, det = m["med"], m["det"] or ""
    counted = med in ("painkiller", "sleeping pill")
    if (det == "a") != counted or counted and m["hw"] or det == "this" and med != "medicine" or \
            med in ("headache", "cold", "cough"):
        return None
    return "thuốc này" if det == "this" else MEDS_VI[med]


def _how_vi(m: re.Match) -> str:
    """How often and when of a match of _HOW_EN in Vietnamese (" ngày hai lần, sau bữa ăn"); "" for none said."""
    n = m["n"] and " ".join(m["n"].split())
    often = f"ngày {TIMES_VI[n]} lần" if n else EVERY_VI.get(m["every"], "mỗi tối") if m["every"] else ""
    meal = m["meal"] and MEALS_VI[" ".join(m["meal"].split())]
    return "".join(f" {w}" for w in (often and f"{often}{',' * bool(meal)}", meal) if w)


def _whose_ok(m: re.Match, who_: str, one: bool) -> bool:
    """Whether whose medicine is who's own ("She took her medicine.", not "She took my medicine.")."""
    if not m["hw"]:
        return True
    whose = m["hw"].lower()
    if m["who"]:
        return EN_WHOSE.get("I" if m["who"].lower() == "i" else m["who"].lower()) == whose
    return whose == his_her(who_) if m["kin"] else whose in ("his", "her")


def _take_vi(text: str) -> str | None:
    """"Did you take your medicine?" as "Bạn đã uống thuốc chưa?", "I've already taken my medicine." as "Tôi đã
    uống thuốc rồi.", "My mother takes her medicine twice a day." as "Mẹ tôi uống thuốc ngày hai lần.", "I forgot to
    take my medicine." as "Tôi quên uống thuốc." (_TAKE_EN, _TAKEN_VI); None for anything else, and where the verb or
    whose does not agree with who."""
    m = _TAKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (med := _med_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    q, aux, verb = (" ".join((w or "").lower().split()) for w in (m["q"], m["aux"], m["verb"].split()[0]))
    person = _ONE.get(q or aux or verb, "")  # (the first word tells: "Did he take", "She has taken")
    if person is None and who_ != "tôi" or person in (True, False) and person != one or \
            aux in ("are", "'re") and who_ == "tôi" or (q or aux) and verb in ("takes", "forgets"):
        return None  # ("I has", "Does she takes", "You is")
    aux = "be" if aux == "'s" and verb == "taking" else _AUX.get(aux, aux)
    key = (_AUX.get(q, q), aux, (m["adv"] or "").lower(), _AUX.get(verb, verb), m["tail"] or "")
    frame, how = _TAKEN_VI.get(key), _how_vi(m)
    if frame is None or not _whose_ok(m, who_, one) or how and "{how}" not in frame or not how and key in _HABIT_EN:
        return None  # (how often said only where the frame says it; "I take my medicine." alone is left)
    return capitalised(frame.format(who=who_, med=med, how=how))


def _told_vi(text: str) -> str | None:
    """"Take this medicine after meals." as "Uống thuốc này sau bữa ăn.", "Don't forget to take your medicine." as
    "Đừng quên uống thuốc nhé.", "It's time to take your medicine." as "Đến giờ uống thuốc rồi." (_DIRECTED_EN,
    _REMIND_EN, _TIME_EN); None for anything else, and for a dose of mt/patterns.py's ("… twice a day after
    meals")."""
    if m := _REMIND_EN.fullmatch(text):
        return f"{'Đừng quên' if m['dont'] else 'Nhớ'} uống thuốc{' đúng giờ' * bool(m['on_time'])} nhé."
    if _TIME_EN.fullmatch(text):
        return "Đến giờ uống thuốc rồi."
    m = _DIRECTED_EN.fullmatch(text)
    if not m or not (how := _how_vi(m)) or m["n"] and (m["meal"] or "meals").endswith("meals"):
        return None
    return f"Uống thuốc này{how}."


def _have_vi(text: str) -> str | None:
    """"Do you have a prescription?" as "Bạn có đơn thuốc không?", "I need some painkillers." as "Tôi cần thuốc giảm
    đau.", "I need to buy some medicine." as "Tôi cần mua thuốc.", "Do you have something for a headache?" as "Bạn
    có thuốc đau đầu không?" (_HAVE_EN, _NEEDS_RX_EN); None for anything else, and where the verb does not agree
    with who."""
    if _NEEDS_RX_EN.fullmatch(text):
        return "Thuốc này có cần đơn không?"
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not m["rx"] and (med := _med_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    q, aux, verb = (" ".join((w or "").lower().split()) for w in (m["q"], m["aux"], m["verb"]))
    det, med = (m["det"] or m["some"] or "").lower(), "đơn thuốc" if m["rx"] else med
    person = _ONE.get(q or aux or verb, "")  # (the first word tells: "Does she have", "She doesn't have")
    if person in (True, False) and person != one or (q or aux) and verb in ("has", "needs") or m["hw"] or \
            det == "the" or det == "this" and verb != "buy":
        return None
    if verb == "buy":
        wants = _BUY.get(aux)
        return None if q or m["rx"] or not wants else capitalised(f"{who_} {wants} mua {med}.")
    if verb.startswith("need"):
        return None if q or aux or det in ("any", "anything") else capitalised(f"{who_} cần {med}.")
    nothing = aux in ("don't", "doesn't", "do not", "does not")
    if aux and not nothing or q and aux or not (q or nothing) and det in ("any", "anything"):
        return None
    return capitalised(f"{who_} có {med} không?" if q else f"{who_} {'không ' * nothing}có {med}.")
