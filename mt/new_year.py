"""Lunar New Year (Tet) customs, both ways, written whole by rule: lucky money liked, got, given and how much, making
banh chung, worshipping the ancestors, visiting the family graves, watching the fireworks, cleaning the house for Tet,
New Year visits. v8 (with every other rule) reads "lì xì" as an axe, "gói" as package, "tảo mộ" as a fan, "pháo hoa"
as a flower break: "Trẻ con thích được lì xì." → "Kids like axe.", "Bạn được bao nhiêu tiền lì xì?" → "How much money
do you get?", "Bà tôi mừng tuổi tôi." → "I'm glad I am old.", "Chúng tôi gói bánh chưng." → "We package banh chung.",
"Nhà tôi thờ cúng tổ tiên." → "My house is the first church.", "Chúng tôi đi tảo mộ." → "We went to the fan.", "Xem
pháo hoa đêm giao thừa." → "See the left night wreath.", "Chúng tôi đi chúc Tết họ hàng." → "We went to wish the Tet
they were on."; "How much lucky money did you get?" → "Bạn kiếm được số tiền may mắn bao nhiêu?", "We worship our
ancestors." → "Chúng tôi đeo đuổi những người hướng dẫn của chúng tôi.", "We visit our family graves." → "Chúng tôi
đến thăm gia đình chúng tôi.", "We watched the fireworks on New Year's Eve." → "Chúng tôi nhìn thấy những công việc
hỏa hoạn vào đêm mới.", "Do you worship your ancestors?" → "Bạn có làm cho bạn mặc quần áo không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking; "nhà tôi", "gia đình tôi", my family; "bố
mẹ tôi", "ông bà tôi"; "trẻ con", "bọn trẻ", kids) likes getting lucky money, got it (how much, asked; a lot, none,
from someone), gave it to someone (mt.hobbies.WHOM, "các cháu"); does one of ACTS (banh chung, the ancestors, the
graves, the house cleaned for Tet, New Year visits, the fireworks), as a habit, on a day behind or ahead (DAYS, and
those mt.free_time.when reads), with "đã", "sẽ", "đang", "không", asked with "có … không?". Left: the shops closed at
Tet (mt/opening_hours.py's), going home for Tet and Tet coming (mt/holidays.py's), Happy New Year (mt/wishes.py's),
the house cleaned with no Tet said (mt/chores.py's), the fireworks or going out with no day nor tense ("Chúng tôi xem
pháo hoa.": now, or a habit?), the fireworks asked with no tense (did, or do?), "Will you …?" and "Are you …ing?"
asked, an amount of lucky money, "chưa", "anh", "chị", "em" alone saying it, and whose ancestors not known ("Lan").
mt.phrasebook.translate tries these after mt/school_days.py.

    >>> translate("Chúng tôi gói bánh chưng.", "vi", "en"), translate("We worship our ancestors.", "en", "vi")
    ('We make banh chung.', 'Chúng tôi thờ cúng tổ tiên.')
"""
from __future__ import annotations

import re

from .dates import AHEAD
from .free_time import OPENS, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, be, be_said, capitalised,
                   contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here ("mộ" but not "một")
_KEYS = {"vi": lazy(r"(?i:lì\s+xì|mừng\s+tuổi|bánh\s+chưng|tổ\s+tiên|mộ(?!\w)|pháo\s+hoa|giao\s+thừa|tết)"),
         "en": lazy(r"(?i:lucky\s+money|banh\s+chung|ancestors|graves|fireworks|new\s+year|\btet\b)")}
# the customs, and what English says of each ({whose}: the ancestors' own); the first Vietnamese of each is written
# back; "tet": taken only with a day of Tet ("dọn nhà" alone is mt/chores.py's), "timed": only with a day or a tense
ACTS = {"gói bánh chưng": ("make banh chung", ""), "thờ cúng tổ tiên": ("worship {whose} ancestors", ""),
        "thờ tổ tiên": ("worship {whose} ancestors", ""), "cúng tổ tiên": ("make offerings to {whose} ancestors", ""),
        "đi tảo mộ": ("visit {whose} family graves", ""), "tảo mộ": ("visit {whose} family graves", ""),
        "đi thăm mộ ông bà": ("visit {whose} grandparents' graves", ""),
        "thăm mộ ông bà": ("visit {whose} grandparents' graves", ""),
        "đi thăm mộ tổ tiên": ("visit {whose} ancestors' graves", ""),
        "dọn nhà đón tết": ("clean the house for Tet", ""), "dọn dẹp nhà cửa đón tết": ("clean the house for Tet", ""),
        "dọn dẹp nhà cửa": ("clean the house", "tet"), "dọn nhà": ("clean the house", "tet"),
        "đi chúc tết họ hàng": ("pay New Year visits to {whose} relatives", ""),
        "đi chúc tết ông bà": ("pay a New Year visit to {whose} grandparents", ""),
        "đi chúc tết": ("pay New Year visits", ""), "đi thăm họ hàng": ("visit {whose} relatives", "tet"),
        "xem pháo hoa": ("watch the fireworks", "timed"), "đi chơi tết": ("go out during Tet", "timed")}
ACTS_VI = {en: vi for vi, (en, _) in reversed(ACTS.items())}
# ... and as English says them otherwise ("We go to visit relatives at Tet.")
_ALIASES = {"visit relatives": "visit {whose} relatives", "go to visit relatives": "visit {whose} relatives",
            "go to visit {whose} relatives": "visit {whose} relatives", "wrap banh chung": "make banh chung"}
# the verbs of ACTS: said of one, past, "-ing" (and the American spellings read too)
_FORMS = {"wrap": ("wraps", "wrapped", "wrapping"), "make": ("makes", "made", "making"),
          "worship": ("worships", "worshipped", "worshipping"), "visit": ("visits", "visited", "visiting"),
          "clean": ("cleans", "cleaned", "cleaning"), "pay": ("pays", "paid", "paying"),
          "watch": ("watches", "watched", "watching"), "go": ("goes", "went", "going")}
_BASE = {f: (base, i) for base, forms in _FORMS.items() for i, f in enumerate((base, *forms))} | {
    "worshiped": ("worship", 2), "worshiping": ("worship", 3)}
# days, and what each says of the tense: behind, ahead, now (this year: "are making"), a habit, or Tet (either)
DAYS = {"vào dịp tết": ("at Tet", "tet"), "dịp tết": ("at Tet", "tet"), "vào ngày tết": ("at Tet", "tet"),
        "ngày tết": ("at Tet", "tet"), "tết": ("at Tet", "tet"), "trước tết": ("before Tet", "tet"),
        "vào đêm giao thừa": ("on New Year's Eve", "tet"), "đêm giao thừa": ("on New Year's Eve", "tet"),
        "tối giao thừa": ("on New Year's Eve", "tet"), "mùng một tết": ("on the first day of Tet", "tet"),
        "mỗi năm": ("every year", "habit"), "hằng năm": ("every year", "habit"), "hàng năm": ("every year", "habit"),
        "năm nào": ("every year", "habit"), "mỗi dịp tết": ("every Tet", "habit"), "mỗi tết": ("every Tet", "habit"),
        "tết nào": ("every Tet", "habit"), "năm nay": ("this year", "now"), "tết này": ("at Tet this year", "now"),
        "tết năm nay": ("at Tet this year", "now"), "năm ngoái": ("last year", "behind"),
        "năm trước": ("last year", "behind"), "tết năm ngoái": ("at Tet last year", "behind"),
        "năm sau": ("next year", "ahead"), "tết năm sau": ("at Tet next year", "ahead")}
DAYS_VI = {en.lower(): vi.replace("tết", "Tết") for vi, (en, _) in reversed(DAYS.items()) if "nào" not in vi} | {
    "during tet": "vào dịp Tết"}
_FLAGS = {en: flag for en, flag in ACTS.values()}
_EVERY = {"năm nào", "tết nào"}  # (said first, with "cũng": "Năm nào nhà tôi cũng gói bánh chưng.")
_DAY = rf"(?:(?i:{alternatives(DAYS)})(?!\w)|{OPENS}[^,.!?]*?)"
_DAY0 = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
_DAY_AFTER = rf"(?:\s+(?P<day>{_DAY}))?"
# who: kids, a family, parents, or mt.hobbies.WHO
KIDS = {"trẻ con": "kids", "trẻ em": "children", "bọn trẻ": "the kids", "bọn trẻ con": "the kids", "lũ trẻ": "the kids"}
KIDS_VI = {"kids": "trẻ con", "children": "trẻ em", "the kids": "bọn trẻ", "the children": "bọn trẻ",
           "the grandchildren": "các cháu"}
_SUBJ = (rf"(?:(?P<kids>(?i:{alternatives(KIDS)}))|(?:[Nn]hà|[Gg]ia\s+đình)\s+(?:của\s+)?(?P<fwhose>(?i:"
         rf"{alternatives(OWNERS)}))|{PARENTS_WHOSE}|{WHO})")
_SUBJ_EN = (rf"(?:(?P<kids>(?i:{alternatives(set(KIDS_VI) - {'the grandchildren'})}))|(?P<fwhose>(?i:"
            rf"{WHOSE_WORDS}))\s+family|{PARENTS_WHOSE_EN}|{WHO_EN})")
_WHOM_KIDS = {"các cháu": "the kids", "bọn trẻ": "the kids", "lũ trẻ": "the kids", "con cháu": "the kids"}
_LUCKY = r"(?:tiền\s+)?(?:lì\s+xì|mừng\s+tuổi)"
# a custom done ("Chúng tôi gói bánh chưng.", "Năm ngoái nhà tôi không gói bánh chưng.", "Bạn có đi tảo mộ không?")
_DOING = lazy(rf"{_DAY0}{_SUBJ}\s+(?:(?P<also>cũng)\s+)?(?:(?P<tense>đã|sẽ|đang)\s+)?(?:(?P<ask>có)\s+)?"
              rf"(?:(?P<often>thường)\s+)?(?:(?P<not>không)\s+)?(?P<act>(?i:{alternatives(ACTS)})){_DAY_AFTER}"
              rf"{ASKED_END}")
_FIREWORKS = lazy(r"[Xx]em\s+pháo\s+hoa\s+(?:vào\s+)?đêm\s+giao\s+thừa\s*\.?")
# lucky money liked, how much got, given, got ("Trẻ con thích được lì xì.", "Bà tôi mừng tuổi tôi.")
_LIKE = lazy(rf"{_SUBJ}\s+(?:(?P<very>rất)\s+)?(?P<likes>thích|mê)\s+(?:được\s+(?:nhận\s+)?|nhận\s+){_LUCKY}"
             rf"(?:\s+(?P<much>lắm))?{SOFTENED_END}")
_HOW_MUCH = lazy(rf"{_DAY0}{_SUBJ}\s+(?:đã\s+)?được\s+(?:bao\s+nhiêu\s+{_LUCKY}|{_LUCKY}\s+(?:được\s+)?bao\s+nhiêu"
                 rf"(?:\s+tiền)?){_DAY_AFTER}{SOFTENER}\s*\?+")
_GAVE = lazy(rf"{_DAY0}{_SUBJ}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?:lì\s+xì|mừng"
             rf"\s+tuổi)\s+(?:cho\s+)?(?:(?P<kw>(?i:{alternatives(_WHOM_KIDS)}))|{WHOM})(?:\s+tiền)?|cho\s+(?:(?P<kw2>"
             rf"(?i:{alternatives(_WHOM_KIDS)}))|{WHOM.replace('?P<whom>', '?P<whom2>')})\s+tiền\s+(?:lì\s+xì|mừng"
             rf"\s+tuổi)){_DAY_AFTER}{ASKED_END}")
_GOT = lazy(rf"{_DAY0}{_SUBJ}\s+(?:(?P<tense>đã)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?được\s+(?:(?P<giver>"
            rf"{SOMEONE})\s+(?:lì\s+xì|mừng\s+tuổi)|(?:(?P<lot>(?:rất\s+)?nhiều)\s+)?{_LUCKY}(?:\s+(?P<lot2>nhiều"
            rf"(?:\s+lắm)?))?){_DAY_AFTER}{ASKED_END}")

# ... in English
_RESTS = alternatives({en.partition(" ")[2].replace("{whose}", "WHOSE") for en in [*ACTS_VI, *_ALIASES]}).replace(
    "WHOSE", f"(?:{WHOSE_WORDS})")
_DOING_EN = lazy(rf"(?:(?P<day0>[^,.!?]+?),\s+)?(?:(?P<q>Do|Does|Did|Will|Are|Is|Am)\s+)?{_SUBJ_EN}"
                 r"(?P<aux>\s+(?:do|does|did|will|wo)(?:\s+not|n['’]t)|\s+will|['’]ll|(?:\s+is|\s+am|\s+are|['’]s|"
                 r"['’]m|['’]re)(?:\s+not|n['’]t)?)?(?:\s+(?P<usually>usually))?"
                 rf"\s+(?P<verb>{alternatives(_BASE)})\s+(?P<rest>{_RESTS})(?:\s+(?P<day>[^,.!?]+?))?"
                 r"\s*(?P<end>[.!?]*)")
_FIREWORKS_EN = lazy(r"Watching\s+the\s+fireworks\s+on\s+New\s+Year['’]s\s+Eve\s*\.?")
_LIKE_EN = lazy(rf"{_SUBJ_EN}\s+(?P<likes>loves?|likes?|enjoys?)\s+(?:getting|receiving)\s+lucky\s+money\s*"
                r"(?P<end>[.!]*)")
_HOW_MUCH_EN = lazy(rf"How\s+much\s+lucky\s+money\s+did\s+{_SUBJ_EN}\s+get(?:\s+(?P<day>[^,.!?]+?))?\s*\?+")
_GAVE_EN = lazy(rf"(?:(?P<q>Did|Does|Do|Will)\s+)?{_SUBJ_EN}(?P<aux>\s+(?:did|does|do|will)\s+not|\s+(?:didn|doesn|"
                rf"don|won)['’]t|\s+will|['’]ll)?\s+(?P<verb>gave|gives|give)\s+(?:(?P<kw>(?i:the\s+kids|the\s+"
                rf"children|the\s+grandchildren))|{WHOM_EN})\s+(?:some\s+|any\s+)?lucky\s+money"
                r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_GOT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{_SUBJ_EN}(?P<aux>\s+did\s+not|\s+didn['’]t)?\s+(?P<verb>got|get)\s+"
               r"(?P<lot>a\s+lot\s+of\s+|lots\s+of\s+|some\s+|any\s+)?lucky\s+money(?:\s+from\s+(?P<giver>"
               rf"{SOMEONE_EN}))?(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about lucky money or a custom of Tet; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _doing(text) or _like(text) or _how_much(text) or _gave(text) or _got(text)
    return _doing_vi(text) or _like_vi(text) or _how_much_vi(text) or _gave_vi(text) or _got_vi(text)


def _subject(m: re.Match, asked: bool) -> tuple[str, bool, str | None] | None:
    """Who of a match of _SUBJ in English, whether it takes "does", and whose ancestors are theirs: ("we", False,
    "our"), ("my family", True, "our"), ("your family", True, "the"), ("the kids", False, "their"); None where
    mt.hobbies.who is."""
    if m["kids"]:
        return KIDS[keyed(m["kids"])], False, "their"
    if m["fwhose"]:
        whose = OWNERS[keyed(m["fwhose"])]
        # ("Does your family worship the ancestors?", not "… your ancestors?": the family's, not the listener's)
        return f"{whose} family", True, "our" if whose in ("my", "our") else "the"
    if m["parents"]:
        return parents_said(m, "en"), False, "their"
    if (said := who(m, asked)) is None:
        return None
    return said[0], said[1], whose_own(m, said[0])


def _subject_vi(m: re.Match) -> tuple[str, bool, set[str]]:
    """Who of a match of _SUBJ_EN in Vietnamese, whether English says it with "-s", and the whose that are theirs:
    ("chúng tôi", False, {"our"}), ("gia đình tôi", True, {"my", "our"}), ("mẹ tôi", True, {"her"})."""
    if m["kids"]:
        return KIDS_VI[keyed(m["kids"])], False, {"their"}
    if m["fwhose"]:
        whose = m["fwhose"].lower()
        return f"gia đình {WHOSE_VI[whose]}", True, {whose, "our"} if whose == "my" else {whose}
    if m["parents"]:
        return parents_said(m, "vi"), False, {"their"}
    said, one = who_vi(m)
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(said) if m["kin"] else None
    return said, one, {own} if own else {"his", "her"} if m["given"] else set()


def _day(m: re.Match) -> tuple[str, str | None] | None:
    """The day of a match (day0 or day, not both) in English and what it says of the tense (DAYS; "behind", "ahead"
    by the English mt.free_time.when gives: "hôm qua" ("yesterday", "behind"), "other" for "hôm nay"); ("", None)
    for none said; None for one not read, and for two."""
    if m["day0"] and m["day"]:
        return None
    if not (said := m["day0"] or m["day"]):
        return "", None
    if known := DAYS.get(keyed(said)) or DAYS.get(keyed(said).removeprefix("vào ")):
        return known
    en = when(said, "vi")
    if not en:
        return None
    return en, "behind" if BEHIND.fullmatch(en) else "ahead" if AHEAD.match(en) or en == "tonight" else "other"


def _tense(m: re.Match, kind: str | None, flag: str) -> str | None:
    """The tense English says a custom in: "present", "past", "will", "ing" (from "đã", "sẽ", "đang" and the day's
    kind, as _day gives it); None where they disagree, or for an act of `flag` "timed" with neither."""
    tense = m["tense"]
    if tense == "đã":
        return "past" if kind in (None, "tet", "behind", "now", "other") else None
    if tense == "sẽ":
        return "will" if kind in (None, "tet", "ahead", "now", "other") else None
    if tense == "đang":
        return "ing" if kind in (None, "other") else None
    if kind == "behind":
        return "past"
    if kind in ("ahead", "now"):
        return "ing"
    return "present" if kind in ("habit", "tet") or kind is None and not flag else None


def _doing(text: str) -> str | None:
    """"Chúng tôi gói bánh chưng." as "We make banh chung.", "Nhà tôi thờ cúng tổ tiên." as "My family worships our
    ancestors.", "Năm ngoái chúng tôi đi tảo mộ." as "We visited our family graves last year." (_DOING, ACTS); "Xem
    pháo hoa đêm giao thừa." as "Watching the fireworks on New Year's Eve."; None for anything else."""
    if _FIREWORKS.fullmatch(text):
        return "Watching the fireworks on New Year's Eve."
    m = _DOING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked or \
            (day := _day(m)) is None or (said := _subject(m, asked)) is None:
        return None
    en, flag = ACTS[keyed(m["act"])]
    day_en, kind = day
    if bool(m["also"]) != (keyed(m["day0"] or "") in _EVERY) or keyed(m["day"] or "") in _EVERY or \
            flag == "tet" and "Tet" not in day_en and "New Year" not in day_en or \
            "Tet" in en and "Tet" in day_en or (tense := _tense(m, kind, flag)) is None or \
            m["often"] and (tense != "present" or m["not"]) or "{whose}" in en and not said[2] or \
            flag == "timed" and asked and tense == "present":
        return None
    who_, one, whose = said
    verb, _, rest = en.format(whose=whose).partition(" ")
    s, past, ing = _FORMS[verb]
    rest += f" {day_en}" if day_en else ""
    if asked:
        aux = {"present": "Does" if one else "Do", "past": "Did", "will": "Will"}.get(tense)
        return f"{aux} {who_} {verb} {rest}?" if aux else f"{be(who_).capitalize()} {who_} {ing} {rest}?"
    if tense == "ing" and m["not"]:
        said = "I'm not" if who_ == "I" else f"{who_} {be(who_)}n't"
        return capitalised(f"{said} {ing} {rest}.")
    if tense == "ing":
        return capitalised(contracted(who_, f"{be(who_)} {ing} {rest}."))
    if tense == "will":
        return capitalised(f"{who_} won't {verb} {rest}." if m["not"] else contracted(who_, f"will {verb} {rest}."))
    if m["not"]:
        aux = "didn't" if tense == "past" else "doesn't" if one else "don't"
        return capitalised(f"{who_} {aux} {verb} {rest}.")
    usually = "usually " if m["often"] else ""
    return capitalised(f"{who_} {usually}{past if tense == 'past' else s if one else verb} {rest}.")


def _like(text: str) -> str | None:
    """"Trẻ con thích được lì xì." as "Kids like getting lucky money.", "Bọn trẻ rất thích nhận tiền mừng tuổi." as
    "The kids love getting lucky money." (_LIKE); None for anything else, and asked."""
    m = _LIKE.fullmatch(text)
    if not m or "?" in m["end"] or (said := _subject(m, False)) is None:
        return None
    likes = "love" if m["very"] or m["much"] or m["likes"] == "mê" else "like"
    return capitalised(f"{said[0]} {likes}{'s' * said[1]} getting lucky money.")


def _how_much(text: str) -> str | None:
    """"Bạn được bao nhiêu tiền lì xì?" as "How much lucky money did you get?", "Năm nay con bạn được lì xì bao
    nhiêu?" as "How much lucky money did your child get this year?" (_HOW_MUCH); None for anything else."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or (day := _day(m)) is None or day[1] not in (None, "tet", "behind", "now", "other") or \
            (said := _subject(m, True)) is None:
        return None
    return f"How much lucky money did {said[0]} get{' ' * bool(day[0])}{day[0]}?"


def _whom(m: re.Match) -> str | None:
    """Whom lucky money is given to, of a match of _GAVE, in English: "me", "my son", "the kids"; None for another."""
    kids = m["kw"] or m["kw2"]
    return _WHOM_KIDS[keyed(kids)] if kids else as_whom(m["whom"] or m["whom2"], "vi")


def _gave(text: str) -> str | None:
    """"Bà tôi lì xì cho tôi." as "My grandmother gave me lucky money.", "Ông tôi mừng tuổi các cháu mỗi năm." as "My
    grandfather gives the kids lucky money every year." (_GAVE: a plain verb is the past); None for anything else."""
    m = _GAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked or \
            (day := _day(m)) is None or (said := _subject(m, asked)) is None or (whom := _whom(m)) is None:
        return None
    day_en, kind = day
    tense = {"đã": "past", "sẽ": "will"}.get(m["tense"]) or {"habit": "present", "behind": "past", None: "past",
                                                              "ahead": "will"}.get(kind)
    if tense is None or m["tense"] == "đã" and kind not in (None, "behind", "now", "other") or \
            m["tense"] == "sẽ" and kind not in (None, "ahead", "now", "other"):
        return None
    who_, one = said[:2]
    rest = f" {whom} {'any ' * bool(m['not'] or asked)}lucky money{' ' * bool(day_en)}{day_en}"
    aux = {"present": "does" if one else "do", "past": "did", "will": "will"}[tense]
    if asked:
        return f"{aux.capitalize()} {who_} give{rest}?"
    if m["not"]:
        return capitalised(f"{who_} {'won' if aux == 'will' else aux + 'n'}'t give{rest}.")
    verb = {"past": "gave", "will": "will give", "present": "gives" if one else "give"}[tense]
    return capitalised(contracted(who_, f"{verb}{rest}.") if tense == "will" else f"{who_} {verb}{rest}.")


def _got(text: str) -> str | None:
    """"Năm nay tôi được nhiều tiền lì xì." as "I got a lot of lucky money this year.", "Tôi không được lì xì." as "I
    didn't get any lucky money.", "Tôi được bà tôi lì xì." as "I got lucky money from my grandmother." (_GOT); None
    for anything else, and for a day ahead; "Trẻ con được lì xì." (kids in general) as "Kids get lucky money.", and
    None for it asked, denied or from someone."""
    m = _GOT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked or \
            (day := _day(m)) is None or day[1] not in (None, "tet", "behind", "now", "other") or \
            (said := _subject(m, asked)) is None:
        return None
    giver = m["giver"] and as_whom(m["giver"], "vi")
    if m["giver"] and not giver or m["giver"] and (m["not"] or asked):
        return None
    # kids in general, with no "đã" nor a day behind, say what is so: "Trẻ con được lì xì." → "Kids get lucky money."
    general = said[0] in ("kids", "children") and not m["tense"] and day[1] in (None, "tet")
    if general and (asked or m["not"] or giver):
        return None
    lot = "a lot of " if m["lot"] or m["lot2"] else "any " if m["not"] or asked else ""
    rest = f"{lot}lucky money{f' from {giver}' if giver else ''}{' ' * bool(day[0])}{day[0]}"
    if asked:
        return f"Did {said[0]} get {rest}?"
    got = "get" if general else "didn't get" if m["not"] else "got"
    return capitalised(f"{said[0]} {got} {rest}.")


def _aux(said: str | None) -> tuple[str, bool]:
    """An English helping verb as said ("don't", "’ll", "'re not", " won't") written out, and whether "not" is said:
    ("do", True), ("will", False), ("are", True), ("will", True); ("", False) for none."""
    words = (said or "").lower().replace("’", "'").replace("n't", " not").split()
    word = next((w for w in words if w != "not"), "")
    return {"'ll": "will", "wo": "will", "'s": "is", "'m": "am", "'re": "are"}.get(word, word), "not" in words


def _day_vi(day: str | None, said: str, end: str) -> str | None:
    """A Vietnamese sentence with its English day (DAYS_VI, or one mt.free_time.when reads), placed by
    mt.free_time.placed ("Năm ngoái …", "… vào dịp Tết"), a habit or "trước Tết" after it; None for a day not read."""
    vi = (DAYS_VI.get(keyed(day)) or when(day, "en")) if day else ""
    if vi is None:
        return None
    return capitalised(f"{said} {vi}{end}") if vi.startswith(("mỗi ", "trước ")) else placed(said, vi, end)


def _doing_vi(text: str) -> str | None:
    """"We make banh chung." as "Chúng tôi gói bánh chưng.", "Do you worship your ancestors?" as "Bạn có thờ cúng tổ
    tiên không?", "We visited our family graves last year." as "Năm ngoái chúng tôi đi tảo mộ." (_DOING_EN); None
    for anything else, where the verb does not agree with who, and for another's ancestors."""
    if _FIREWORKS_EN.fullmatch(text):
        return "Xem pháo hoa đêm giao thừa."
    m = _DOING_EN.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    base, form = _BASE[m["verb"].lower()]
    words = m["rest"].split()
    whose = next((w for w in words if w.lower() in WHOSE_VI), None)
    en = " ".join("{whose}" if w == whose else w for w in [base, *words])
    en = _ALIASES.get(en, en)
    who_, one, own = _subject_vi(m)
    q = (m["q"] or "").lower()
    aux, not_ = _aux(m["aux"])
    day = m["day0"] or m["day"] or ""
    asked, behind = "?" in m["end"], bool(BEHIND.search(day)) or "last year" in day.lower()
    if en not in ACTS_VI or whose and whose.lower() not in own or bool(q) != asked or q and aux or \
            m["usually"] and (q or aux) or _FLAGS[en] == "tet" and not re.search(r"Tet|New\s+Year", day):
        return None
    do = q or aux
    if do in ("do", "does", "did", "will"):
        tense = "past" if do == "did" else "will" if do == "will" else "present"
        ok = form == 0 and (tense != "present" or (do == "does") == one)
    elif do:
        tense, ok = "ing", form == 3 and be_said(do) == be_of(who_, one)
    else:
        tense, ok = ("past", True) if form == 2 else ("present", form == (1 if one else 0))
    ahead = bool(AHEAD.match(day.lower())) or day.lower() == "tonight"
    if not ok or asked and tense in ("will", "ing") or behind and tense in ("will", "ing") or ahead and tense == "past":
        return None
    act = ACTS_VI[en].replace("tết", "Tết")
    if asked:
        return _day_vi(day, f"{who_} có {act}", " không?")
    mark = {"past": "không" if not_ else "" if behind else "đã",  # ("didn't": "không", "đã không" is stilted)
            "will": "sẽ không" if not_ else "sẽ", "ing": "không" if not_ else "" if day else "đang",
            "present": "không" if not_ else "thường" if m["usually"] else ""}[tense]
    return _day_vi(day, f"{who_} {mark} {act}".replace("  ", " "), ".")


def _like_vi(text: str) -> str | None:
    """"Kids love getting lucky money." as "Trẻ con rất thích được lì xì." (_LIKE_EN); None for anything else, and
    where the verb does not agree with who."""
    m = _LIKE_EN.fullmatch(text)
    if not m:
        return None
    who_, one, _ = _subject_vi(m)
    if m["likes"].endswith("s") != one:
        return None
    return capitalised(f"{who_} {'rất thích' if m['likes'].startswith('love') else 'thích'} được lì xì.")


def _how_much_vi(text: str) -> str | None:
    """"How much lucky money did you get?" as "Bạn được bao nhiêu tiền lì xì?", "… this year?" as "Năm nay bạn …"
    (_HOW_MUCH_EN); None for anything else."""
    m = _HOW_MUCH_EN.fullmatch(text)
    if not m or m["day"] and AHEAD.match(m["day"]):
        return None
    return _day_vi(m["day"], f"{_subject_vi(m)[0]} được bao nhiêu tiền lì xì", "?")


def _gave_vi(text: str) -> str | None:
    """"My grandmother gave me lucky money." as "Bà tôi lì xì cho tôi.", "Did your grandfather give you any lucky
    money?" as "Ông bạn có lì xì cho bạn không?" (_GAVE_EN); None for anything else, and where the verb does not
    agree with who, and "Will … give …?" asked."""
    m = _GAVE_EN.fullmatch(text)
    if not m:
        return None
    who_, one, _ = _subject_vi(m)
    whom = KIDS_VI[keyed(m["kw"])] if m["kw"] else as_whom(m["whom"], "en")
    q = (m["q"] or "").lower()
    aux, not_ = _aux(m["aux"])
    do, asked = q or aux, "?" in m["end"]
    verb = "give" if do else "gave" if m["verb"] == "gave" else "gives" if one else "give"
    # not "Will you give the kids lucky money?": "có … không?" reads back as "Did you …?"; a request?
    if not whom or bool(q) != asked or q and aux or q == "will" or m["verb"] != verb or \
            do in ("do", "does") and (do == "does") != one:
        return None
    mark = "có " if asked else "sẽ không " if do == "will" and not_ else "sẽ " if do == "will" else \
        "không " if not_ else ""
    return _day_vi(m["day"], f"{who_} {mark}lì xì cho {whom}", " không?" if asked else ".")


def _got_vi(text: str) -> str | None:
    """"I got a lot of lucky money." as "Tôi được nhiều tiền lì xì.", "I didn't get any lucky money." as "Tôi không
    được lì xì.", "I got lucky money from my grandmother." as "Tôi được bà tôi lì xì." (_GOT_EN); None for anything
    else."""
    m = _GOT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "get") != bool(m["q"] or m["aux"]):
        return None
    who_ = _subject_vi(m)[0]
    lot = " ".join((m["lot"] or "").split())
    giver = m["giver"] and as_whom(m["giver"], "en")
    if lot == "any" and not (m["q"] or m["aux"]) or m["giver"] and (not giver or lot or m["q"] or m["aux"]):
        return None
    if m["q"]:
        return _day_vi(m["day"], f"{who_} có được lì xì", " không?")
    if m["aux"]:
        return _day_vi(m["day"], f"{who_} không được lì xì", ".")
    said = f"được {giver} lì xì" if giver else "được nhiều tiền lì xì" if lot in ("a lot of", "lots of") else \
        "được lì xì"
    return _day_vi(m["day"], f"{who_} {said}", ".")
