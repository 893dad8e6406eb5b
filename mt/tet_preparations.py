"""Getting the house ready for Tet, both ways, written whole by rule: the big clean ("tổng vệ sinh"), cleaning the
house before Tet ("lau dọn nhà cửa"), making candied fruit ("làm mứt gừng", "mứt dừa", "mứt Tết"), having peach or
apricot blossoms or a kumquat tree at Tet ("chơi hoa đào"), painting the house for Tet and boiling banh chung. v8
(every other rule on) reads "tổng vệ sinh" as a preacher, "lau dọn" as wiping a door, "mứt" as throwing, "chơi" as
playing and "đào" as cherry or training: "Nhà tôi đang tổng vệ sinh đón Tết." → "My home is the preacher of Tet.",
"Chúng tôi lau dọn nhà cửa trước Tết." → "We wipe the door before Tet.", "Mẹ tôi làm mứt gừng." → "My mother was
throwing ginger.", "Nhà tôi chơi hoa đào ngày Tết." → "My house plays cherry flowers on Tet.", "Bạn đã làm mứt Tết
chưa?" → "Have you got the Tet yet?", "Chúng tôi đang luộc bánh chưng." → "We're getting banh chung."; "We're doing a
big clean before Tet." → "Chúng tôi đang làm một chiếc sạch lớn trước Tết.", "My mother makes candied ginger." → "Mẹ
tôi làm cho gừng có thể ăn được.", "My family has peach blossoms at Tet." → "Gia đình tôi thường hay bồi thường vào
dịp Tết." (compensates), "She doesn't make candied coconut." → "Cô ấy không làm bánh quy." (biscuits).

Taken: who (mt.hobbies.WHO, WHO_EN, mt.people.PARENTS_WHOSE; "nhà tôi", "gia đình tôi", my family; no pet; "anh", "chị",
"em" alone only asking; "I" not asked, nor "we" in English) doing one of ACTS (the big clean, of the house or not;
cleaning the house with Tet said; candied fruit of a kind, or "mứt Tết"; blossoms or a kumquat tree had at Tet; painting
or repainting the house; boiling banh chung), for, before or at Tet (TAILS) or not: as a habit (plain, "thường", "năm
nào … cũng", "mỗi năm", every year; "tết nào … cũng", for Tet every year), denied ("không"), asked ("có … không?"), now
("đang"), done ("đã"), already ("rồi"), just ("vừa", "mới"), ahead ("sẽ"), not yet ("chưa") and asked yet ("… chưa?");
in English the same, the verb agreeing with who.
Left: cleaning the house with "dọn nhà", "dọn dẹp nhà cửa" (mt/new_year.py's, and mt/chores.py's with no Tet), and
"clean the house" in English where mt/new_year.py takes it; wrapping banh chung (mt/new_year.py); buying blossoms or a
kumquat tree (mt/tet_holiday.py's; "Năm nay nhà tôi mua cây quất.": bought, or buying this year, and how many?); "chúng
ta", "mình" with a plain verb ("Chúng ta làm mứt gừng.": let's?); "Do we …?", "Have we …?" ("chúng ta", or "chúng
tôi"?); a statement ending in "thế", "vậy" (mt.text.STRESSED_SAID); a region's flowers (mt/tet_holiday.py); painting
with no Tet said (mt/painting.py), and with Tet but no tense ("Chúng tôi sơn lại nhà đón Tết.": did, or do?) or asked
with "có … không?"; a bare "làm mứt" (jam, or candied fruit?), "the big clean" with no Tet, nor a habit word nor a tense
("Chúng tôi tổng vệ sinh nhà cửa.": now, or a habit?); "chơi" with no Tet (plays); "Do you have peach blossoms at Tet?"
(a florist asked?); days and years but every year; and anything else.
mt.phrasebook.translate tries these after mt/wrong_things.py.

    >>> translate("Nhà tôi đang tổng vệ sinh đón Tết.", "vi", "en"), translate("She makes candied ginger.", "en", "vi")
    ('My family is doing a big clean for Tet.', 'Cô ấy làm mứt gừng.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
# ("chơi" and "sơn" only before what is had or painted: alone they are in many sentences of every text)
_KEYS = {"vi": lazy(r"(?i:tổng\s+vệ\s+sinh|lau\s+dọn|mứt|chơi\s+hoa|chơi\s+đào|chơi\s+mai|chơi\s+quất|chơi\s+cây|"
                    r"sơn\s+nhà|sơn\s+lại\s+nhà|bánh\s+chưng)"),
         "en": lazy(r"(?i:clean|candied|blossoms|kumquat|paint|banh\s+chung)")}
# the acts (English verb and what follows it; the first Vietnamese of each is written back) and what each needs:
# "tet": Tet said ("lau dọn nhà cửa" alone is a chore; "chơi" alone is playing), "habit": only as a habit (blossoms
# had), "tailed": as a habit only with Tet or every year ("Chúng tôi tổng vệ sinh.": now, or a habit?), "timed": as a
# habit only every year (painted, or paints?), "own": Tet in itself
ACTS = {"tổng vệ sinh nhà cửa": ("give", "the house a big clean", "tailed"),
        "tổng vệ sinh nhà": ("give", "the house a big clean", "tailed"),
        "tổng vệ sinh": ("do", "a big clean", "tailed"),
        "lau dọn nhà cửa": ("clean", "the house", "tet"), "lau dọn nhà": ("clean", "the house", "tet"),
        "làm mứt tết": ("make", "candied fruit for Tet", "own"), "làm mứt gừng": ("make", "candied ginger", ""),
        "làm mứt dừa": ("make", "candied coconut", ""), "làm mứt bí": ("make", "candied winter melon", ""),
        "làm mứt sen": ("make", "candied lotus seeds", ""), "làm mứt cà rốt": ("make", "candied carrot", ""),
        "làm mứt me": ("make", "candied tamarind", ""),
        "chơi hoa đào": ("have", "peach blossoms", "tet habit"), "chơi đào": ("have", "peach blossoms", "tet habit"),
        "chơi hoa mai": ("have", "apricot blossoms", "tet habit"),
        "chơi mai": ("have", "apricot blossoms", "tet habit"),
        "chơi quất": ("have", "a kumquat tree", "tet habit"), "chơi cây quất": ("have", "a kumquat tree", "tet habit"),
        "sơn lại nhà": ("repaint", "the house", "tet timed"), "sơn lại nhà cửa": ("repaint", "the house", "tet timed"),
        "sơn nhà": ("paint", "the house", "tet timed"), "sơn nhà cửa": ("paint", "the house", "tet timed"),
        "luộc bánh chưng": ("boil", "banh chung", "tailed"), "nấu bánh chưng": ("boil", "banh chung", "tailed")}
ACTS_VI = {(en, rest.lower()): vi for vi, (en, rest, _) in reversed(ACTS.items())} | {
    ("boil", "the banh chung"): "luộc bánh chưng",
    ("have", "peach blossom"): "chơi hoa đào", ("have", "apricot blossom"): "chơi hoa mai"}
_NEEDS = {(en, rest.lower()): needs for en, rest, needs in ACTS.values()} | {("boil", "the banh chung"): "tailed"}
# the verbs of ACTS: said of one, past, participle, "-ing"
_FORMS = {"give": ("gives", "gave", "given", "giving"), "do": ("does", "did", "done", "doing"),
          "clean": ("cleans", "cleaned", "cleaned", "cleaning"), "make": ("makes", "made", "made", "making"),
          "have": ("has", "had", "had", "having"), "paint": ("paints", "painted", "painted", "painting"),
          "repaint": ("repaints", "repainted", "repainted", "repainting"),
          "boil": ("boils", "boiled", "boiled", "boiling")}
_BASE = {form: base for base, forms in _FORMS.items() for form in (base, *forms)}
_HABITS = ("habit", "not", "do?")  # (the times of a habit, as _tense names them)
# Tet after the act, and back (blossoms are had "ngày Tết"; the rest done "vào dịp Tết")
TAILS = {"đón tết": "for Tet", "để đón tết": "for Tet", "trước tết": "before Tet", "ngày tết": "at Tet",
         "vào ngày tết": "at Tet", "dịp tết": "at Tet", "vào dịp tết": "at Tet"}
TAILS_VI = {"for tet": "đón Tết", "before tet": "trước Tết", "at tet": "vào dịp Tết"}
_EVERY = r"(?i:mỗi\s+năm|hằng\s+năm|hàng\s+năm)"

# who: a family, parents, or mt.hobbies.WHO
_SUBJ = (rf"(?:(?:[Nn]hà|[Gg]ia\s+đình)\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|{PARENTS_WHOSE}|"
         rf"{WHO})")
_SUBJ_EN = rf"(?:(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{PARENTS_WHOSE_EN}|{WHO_EN})"
# ("Nhà tôi đang tổng vệ sinh đón Tết.", "Năm nào mẹ tôi cũng làm mứt gừng.", "Bạn đã làm mứt Tết chưa?")
_DOING = lazy(rf"(?:(?P<every0>(?i:năm\s+nào|tết\s+nào))\s+)?{_SUBJ}\s+(?:(?P<every1>(?i:năm\s+nào|tết\s+nào))\s+)?"
              r"(?:(?P<also>cũng)\s+)?"
              r"(?:(?P<tense>đang|đã|sẽ|vừa\s+mới|vừa|mới|thường|chưa)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?"
              rf"(?P<act>(?i:{alternatives(ACTS)}))(?:\s+(?P<tail>(?i:{alternatives(TAILS)})))?"
              rf"(?:\s+(?P<every>{_EVERY}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# ... in English ("We're doing a big clean before Tet.", "Does your mother make candied ginger?")
_RESTS = alternatives({rest for _, rest in ACTS_VI})
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Has|Have)\s+)?{_SUBJ_EN}(?P<aux>\s+(?:do|does|has|have)(?:\s+not|n['’]t)|"
                 r"\s+(?:don|doesn)['’]t|\s+(?:is|am|are|has|have|will)|['’](?:s|re|m|ve|ll))?"
                 r"(?:\s+(?P<adv>just|already|usually))?"
                 rf"\s+(?P<verb>{alternatives(_BASE)})\s+(?P<rest>(?i:{_RESTS}))"
                 r"(?:\s+(?P<tail>(?i:for|before|at)\s+Tet))?"
                 r"(?:\s+(?P<every>every\s+year))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who cleans the house, makes candied fruit, has blossoms, paints the house or
    boils banh chung for Tet; None for any other."""
    if src == "vi":
        return _doing(text)
    return _doing_vi(text.replace("’", "'"))


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ in English, and whether English says it with "-s": "my family" (True), "my parents"
    (False), or mt.hobbies.who; None for a pet, "anh" alone saying it, and "I" asked (a slip, or "do I?")."""
    if m["parents"]:
        return parents_said(m, "en"), False
    if m["fwhose"]:
        return f"{OWNERS[keyed(m['fwhose'])]} family", True
    said = None if animal(m) else who(m, asked)
    return None if asked and said and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ_EN in Vietnamese, and whether English says it with "-s": "nhà tôi" (True, my
    family), "bố mẹ tôi" (False), or mt.hobbies.who_vi; None for a pet."""
    if m["parents"]:
        return parents_said(m, "vi"), False
    if m["fwhose"]:
        return f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True
    return None if animal(m) else who_vi(m)


def _tense(m: re.Match) -> str | None:
    """What a match of _DOING says of the time, by its words: "habit" (plain, "thường", every year), "not" (a habit
    denied), "do?" ("có … không?"), "yet?" ("… chưa?"), "now" ("đang"), "did" ("đã"), "has" ("rồi"), "just"
    ("vừa", "mới"), "will" ("sẽ"), "not yet" ("chưa"); None for words that do not go together ("đang … rồi")."""
    first = m["every0"] or m["every1"]  # ("Năm nào nhà tôi cũng …", "Nhà tôi năm nào cũng …")
    tense, asked, every = keyed(m["tense"] or ""), "?" in m["end"], bool(first or m["every"])
    if bool(first) != bool(m["also"]) or m["every0"] and m["every1"] or first and m["every"] or \
            bool(m["asked"]) != bool(m["ask"]):
        return None  # ("cũng" only with "năm nào"; "không?" only with "có")
    if asked != bool(m["asked"] or m["yet"]) or m["yet"] and (m["asked"] or m["done"] or tense not in ("", "đã")):
        return None
    if m["yet"]:
        return None if m["not"] or every else "yet?"
    if every and tense or m["not"] and (tense or m["ask"]) or m["ask"] and tense:
        return None
    if m["done"]:
        return "has" if tense in ("", "đã") and not (m["not"] or every) else None
    if m["ask"]:
        return "do?"
    return {"": "not" if m["not"] else "habit", "thường": "habit", "đang": "now", "đã": "did", "vừa": "just",
            "mới": "just", "vừa mới": "just", "sẽ": "will", "chưa": "not yet"}[tense]


def _fits(needs: str, tense: str, tail: str, every: bool) -> bool:
    """Whether an act of ACTS that `needs` so is said in the time `tense` names, with Tet said as `tail` ("for tet",
    "" for none) and every year or not: blossoms only as a habit and not "before Tet", painting as a habit only every
    year, a big clean as a habit only with Tet or every year, "mứt Tết" with no more Tet; never "not" every year."""
    habit = tense in _HABITS
    return not ("tet" in needs and not tail or "own" in needs and tail or every and tense not in ("habit", "do?") or
                "habit" in needs and (not habit or tail == "before tet") or "timed" in needs and habit and not every or
                "tailed" in needs and habit and not (tail or every))


def _doing(text: str) -> str | None:
    """"Nhà tôi đang tổng vệ sinh đón Tết." as "My family is doing a big clean for Tet.", "Mẹ tôi làm mứt gừng." as
    "My mother makes candied ginger.", "Nhà tôi chơi hoa đào ngày Tết." as "My family has peach blossoms at Tet.",
    "Bạn đã làm mứt Tết chưa?" as "Have you made candied fruit for Tet yet?" (_DOING); None for anything else, and
    for an act said as it does not go ("Chúng tôi sơn nhà đón Tết.": did, or do?) and a statement ending in "thế",
    "vậy"."""
    m = _DOING.fullmatch(text)
    tense = m and _tense(m)
    if not tense or not tense.endswith("?") and STRESSED_SAID.search(text):
        return None  # ("Mẹ tôi làm mứt gừng thế.": "thế", "vậy" ending a statement say more than English would)
    verb, rest, needs = ACTS[keyed(m["act"])]
    tail, every = TAILS.get(keyed(m["tail"] or "")), bool(m["every0"] or m["every1"] or m["every"])
    if not tail and "own" not in needs and keyed(m["every0"] or m["every1"] or "").startswith("tết"):
        tail = "at Tet" if verb == "have" else "for Tet"  # ("Tết nào mẹ tôi cũng …": every Tet, not only every year)
    if not _fits(needs, tense, tail.lower() if tail else "", every):
        return None
    said = _who(m, tense.endswith("?"))
    if said is None:
        return None
    who_, one = said
    usually = "usually " if keyed(m["tense"] or "") == "thường" else ""
    if tense == "habit" and not (usually or every) and keyed(m["who"] or "") in ("chúng ta", "mình"):
        return None  # ("Chúng ta làm mứt gừng.": we make, or let's make?)
    after = f"{rest}{f' {tail}' if tail else ''}{' every year' if every else ''}"
    return _said_en(who_, one, verb, after, tense, usually)


def _said_en(who_: str, one: bool, verb: str, after: str, tense: str, usually: str = "") -> str | None:
    """An English sentence of who doing `verb` and what comes `after` it, in the time `tense` says (as _tense
    gives it): "My mother makes candied ginger.", "We're doing a big clean.", "Has your family done …?"."""
    s, past, done, ing = _FORMS[verb]
    have = "has" if one else "have"
    if tense == "habit":
        return capitalised(f"{who_} {usually}{s if one else verb} {after}.")
    if tense == "not":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {after}.")
    if tense == "do?":
        return f"{'Does' if one else 'Do'} {who_} {verb} {after}?"
    if tense == "yet?":
        return f"{have.capitalize()} {who_} {done} {after} yet?"
    if tense == "not yet":
        return capitalised(f"{who_} {have}n't {done} {after} yet.")
    said = {"now": f"{'is' if one else 'am' if who_ == 'I' else 'are'} {ing}", "did": past,
            "has": f"{have} already {done}", "just": f"{have} just {done}", "will": f"will {verb}"}[tense]
    return capitalised(f"{contracted(who_, said) if tense != 'did' else f'{who_} {said}'} {after}.")


def _en_tense(m: re.Match, one: bool) -> str | None:
    """What a match of _DOING_EN says of the time, as _tense names it ("habit", "now", "yet?" …); None where the
    verb does not agree with who or its form with the words before it ("She make", "We're made", "I are")."""
    q, adv, verb = (m["q"] or "").lower(), (m["adv"] or "").lower(), m["verb"].lower()
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    base = _BASE[verb]
    s, past, done, ing = _FORMS[base]
    if ("?" in m["end"]) != bool(q) or bool(m["yet"]) != (q in ("has", "have") or aux in ("has not", "have not")):
        return None
    if adv == "usually":  # (only with a habit said: "She usually makes …")
        return "habit" if not (q or aux) and verb == (s if one else base) else None
    if q:
        if aux or adv or (q in ("does", "has")) != one:
            return None
        return "do?" if q in ("do", "does") and verb == base else "yet?" if q in ("has", "have") and verb == done \
            else None
    if aux in ("has not", "have not"):
        return "not yet" if (aux == "has not") == one and verb == done and not adv else None
    if aux in ("do not", "does not"):
        return "not" if (aux == "does not") == one and verb == base and not adv else None
    if aux in ("is", "am", "are", "'s", "'re", "'m") and verb == ing:  # ("am" only of "I", and "I" only "am")
        i_am = (aux in ("am", "'m")) == ((m["who"] or "").lower() == "i")
        return "now" if not adv and aux in _BE[one] and i_am else None
    if aux in ("has", "have", "'ve", "'s") and verb == done:
        return {"just": "just"}.get(adv, "has") if aux in _HAVE[one] else None
    if aux in ("will", "'ll"):
        return "will" if verb == base and not adv else None
    if not aux and verb == past:
        return {"just": "just", "already": "has"}.get(adv, "did")
    return "habit" if not (aux or adv) and verb == (s if one else base) else None


_BE = {True: ("is", "'s"), False: ("are", "'re", "am", "'m")}
_HAVE = {True: ("has", "'s"), False: ("have", "'ve")}


def _doing_vi(text: str) -> str | None:
    """"We're doing a big clean before Tet." as "Chúng tôi đang tổng vệ sinh trước Tết.", "My mother makes candied
    ginger." as "Mẹ tôi làm mứt gừng.", "My family has peach blossoms at Tet." as "Nhà tôi chơi hoa đào ngày Tết.",
    "We painted the house for Tet." as "Chúng tôi đã sơn nhà đón Tết." (_DOING_EN); None for anything else, where the
    verb does not agree with who, "I" or "we" asked ("Do we …?": "chúng ta", or "chúng tôi"?), and "Do you have …
    at Tet?" (a florist asked?)."""
    m = _DOING_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said:
        return None
    who_, one = said
    tense = _en_tense(m, one)
    base, rest = _BASE[m["verb"].lower()], " ".join(m["rest"].lower().split())
    act, needs = ACTS_VI.get((base, rest)), _NEEDS.get((base, rest), "")
    tail, every, asker = " ".join((m["tail"] or "").lower().split()), bool(m["every"]), (m["who"] or "").lower()
    if not tense or not act or not _fits(needs, tense, tail, every) or asker in ("i", "we") and tense.endswith("?") or \
            base == "have" and tense == "do?" and asker == "you" or every and (m["adv"] or "").lower() == "usually":
        return None
    where = (" ngày Tết" if base == "have" else f" {TAILS_VI[tail]}") if tail else ""
    return _said_vi(who_, act, where, tense, every, (m["adv"] or "").lower() == "usually")


def _said_vi(who_: str, act: str, where: str, tense: str, every: bool, usually: bool) -> str:
    """A Vietnamese sentence of who doing `act` `where`, in the time `tense` says: "Mẹ tôi làm mứt gừng.", "Năm nào
    nhà tôi cũng …", "Nhà bạn có … không?", "Chúng tôi đang …", "Bạn đã … chưa?"."""
    said = f"{act.replace('tết', 'Tết')}{where}"
    if every:
        return capitalised(f"năm nào {who_} cũng {said}." if tense == "habit" else f"{who_} có {said} hằng năm không?")
    shape = {"habit": "{} thường {}." if usually else "{} {}.", "not": "{} không {}.", "do?": "{} có {} không?",
             "yet?": "{} đã {} chưa?", "not yet": "{} chưa {}.", "now": "{} đang {}.", "did": "{} đã {}.",
             "has": "{} đã {} rồi.", "just": "{} vừa {}.", "will": "{} sẽ {}."}[tense]
    return capitalised(shape.format(who_, said))
