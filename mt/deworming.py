"""Deworming, both ways, written whole by rule: people taking worming medicine ("tẩy giun", "uống thuốc tẩy giun"),
regularly ("định kỳ") or how often (every six months, twice a year), having taken it, having to, needing to or
meaning to; giving it to the whole family or a child; buying it; and when or how often one should. v8 (rules on)
reads "tẩy" as removing, erasing, boycotting or a washcloth and "giun" as nothing, and "worming" as anything: "Tôi
phải tẩy giun cho cả nhà." → "I have to remove my giun for both home.", "Sáu tháng một lần cả nhà tôi tẩy giun." →
"Six months once my house is boycotted.", "Con tôi đã uống thuốc tẩy giun rồi." → "My child took medicine boycot the
giun.", "Bạn có tẩy giun định kỳ không?" → "Do you have a routine washcloth?", "Bao lâu thì nên tẩy giun một lần?"
→ "How long should it be removed once?", "Bạn đã tẩy giun chưa?" → "Are you boycotted giuns?"; "I have to give the
whole family worming medicine." → "Tôi phải cho cả gia đình uống thuốc.", "My whole family takes worming medicine
every six months." → "Cả gia đình tôi đều uống thuốc mặc trong sáu tháng.", "My child has taken worming medicine." →
"Con tôi đã uống thuốc đeo thuốc.", "How often should you take worming medicine?" → "Bạn nên sử dụng thuốc đeo tay
như thế nào?".

Taken: who (mt.hobbies.WHO, WHO_EN; mt.people.PARENTS_WHOSE; "cả nhà", "cả gia đình" with whose or not, "my whole
family"; "trẻ em", "người lớn", children, adults; no one, for "you" in general, with "nên", "có nên", "có cần") takes
worming medicine ("tẩy giun", "xổ giun", "uống thuốc tẩy giun"; "take worming medicine", "tablets", "pills"), gives it
to whom ("tẩy giun cho cả nhà", "cho con uống thuốc tẩy giun": mt.hobbies.WHOM, the whole family, "con", "các con" of
"tôi" and "chúng tôi"; "give … worming medicine", "deworm …") or buys it ("mua thuốc tẩy giun (cho …)"): as a habit only
where "định kỳ" or how often says it (regularly, every N months, once or twice a year, every year), with "có … không?"
asked; "đã", "rồi" (has taken), "vừa" (has just), "chưa" (not yet; "… chưa?" asked), on a day behind (took, "có …
không?": did), "phải", "cần", "nên" (has to, needs to, should; asked with "có"), "không cần", "không nên", "sẽ", "sẽ
không" and "định" (will, won't, is going to; a day ahead with them); "Khi nào nên …?" (when should), "Bao lâu thì nên …
một lần?", "… bao lâu một lần?" (how often). Left: a plain verb with no habit, day or tense ("Tôi tẩy giun.": a habit,
or done?), days of today (ahead or done?), "được tẩy giun" (has been dewormed), a pet as who or whom and a pet taken to
be dewormed (mt/pet_vets.py's), "anh", "chị", "em" alone saying it and "em" asking with "ạ", asked of oneself but "có
cần", "có phải", "có nên" ("Do I take …?"), "con" given it by anyone but "tôi", "chúng tôi", whom as who or with who
in it ("Tôi cho tôi …", "I give us …"), a statement ending in "vậy", "thế" (mt.text.STRESSED_SAID), children or adults
doing it once, on a day or to be (children in general, or the children?); in English "is taking" (now, or a course?),
"Did … take …?" with no day (did, or has?), "we", "our", "us" asked (chúng tôi, or chúng ta?), "yet" in a statement
not denied; medicine in general (mt/medicine.py), and anything else.
mt.phrasebook.translate tries these after mt/fruit_picking.py.

    >>> translate("Tôi phải tẩy giun cho cả nhà.", "vi", "en"), translate("Do you take worming medicine regularly?",
    ...                                                                   "en", "vi")
    ('I have to give the whole family worming medicine.', 'Bạn có uống thuốc tẩy giun định kỳ không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import OBJECTS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, as_whom, em_speaking, first_agrees, pet, animal, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_OBJECT, EN_WHOSE, STRESSED_SAID, WE_EN, alternatives, capitalised, contracted, keyed,
                   present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giun)"), "en": lazy(r"(?i:worming|deworm)")}
# days behind and ahead (days of today are left: done, or still to do?)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "hôm kia", "tuần trước", "tháng trước", "ngày mai", "sáng mai", "chiều mai", "tối mai", "ngày kia",
                 "tuần sau", "tuần tới", "tháng sau", "tháng tới")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_MONTHS = {vi_word(n): n for n in range(2, 13)} | {str(n): n for n in range(2, 13)}  # (every N months)
_MONTHS_EN = {en_word(n): n for n in range(2, 13)} | {str(n): n for n in range(2, 13)}
_GROUPS = {"trẻ em": "children", "trẻ nhỏ": "young children", "người lớn": "adults"}  # (people in general)
_GROUPS_VI = {en: vi for vi, en in reversed(_GROUPS.items())}
# ... of whom a habit, or what they have to, need to or should, is said: done once, on a day, or to be, "children" are
# children in general or the children ("Trẻ em đã tẩy giun chưa?": "Have the children …?")
_GROUP_HOWS = {"plain", "not", "must", "need", "no need", "should", "should not"}
# "I" and "we" with "me" and "us": whom with who in it ("Tôi tẩy giun cho chúng tôi.": "I give us …")
_SELVES = {"I", "we"}
_SELVES_VI = {"tôi", "chúng tôi"}
# "we", "our", "us" asked in English: chúng tôi, or chúng ta?
# the English verbs: -s, past, participle
_VERBS = {"take": ("takes", "took", "taken"), "give": ("gives", "gave", "given"), "buy": ("buys", "bought", "bought"),
          "deworm": ("deworms", "dewormed", "dewormed")}
_FORMS = {form: (base, kind) for base, forms in _VERBS.items()
          for form, kind in zip((base, *forms), ("base", "s", "past", "part"))}

# how often ("sáu tháng một lần", "mỗi sáu tháng", "mỗi năm hai lần", "hằng năm"), read again by _OFTEN
_N = rf"(?:{alternatives(_MONTHS)})"
_FREQ = (rf"(?i:(?:cứ\s+)?(?:mỗi\s+)?{_N}\s+tháng\s+(?:một|1)\s+lần|(?:cứ\s+)?mỗi\s+{_N}\s+tháng|"
         r"(?:mỗi|một|1)\s+năm\s+(?:một|hai|1|2)\s+lần|(?:mỗi|hằng|hàng)\s+năm)")
_OFTEN = lazy(rf"(?i:(?:cứ\s+)?(?:(?:mỗi\s+)?(?P<n>{_N})\s+tháng\s+(?:một|1)\s+lần|mỗi\s+(?P<n2>{_N})\s+tháng|"
              r"(?:mỗi|một|1)\s+năm\s+(?P<times>một|hai|1|2)\s+lần|(?P<year>(?:mỗi|hằng|hàng)\s+năm)))")
_DAY = rf"(?i:{alternatives(DAYS)})"
# who: the whole family (whose or not), people in general, or mt.hobbies' (a pronoun, kin and whose, a name)
_WHO = (rf"(?:(?P<fam>(?i:cả\s+nhà|cả\s+gia\s+đình))(?:\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)})))?|"
        rf"(?P<group>(?i:{alternatives(_GROUPS)}))|{PARENTS_WHOSE}|{WHO})")


def _whom(name: str) -> str:
    """A group `name` for whom it is given to: a pronoun, someone (mt.hobbies.SOMEONE), the whole family, "con"."""
    return (rf"(?P<{name}>(?i:{alternatives(OBJECTS)})|{SOMEONE}|(?i:cả\s+(?:nhà|gia\s+đình))"
            rf"(?:\s+(?i:{alternatives(OWNERS)}))?|(?i:các\s+con|con))")


_AUX = (r"(?P<aux>(?i:không\s+cần|không\s+nên|sẽ\s+không|có\s+cần|có\s+phải|có\s+nên|vừa\s+mới|vừa|đã|chưa|phải|"
        r"cần|nên|sẽ|định|không|có))")
_WORMS = r"(?:uống\s+thuốc\s+)?(?:tẩy|xổ)\s+giun"
# "Tôi phải tẩy giun cho cả nhà.", "Sáu tháng một lần cả nhà tôi tẩy giun.", "Khi nào nên tẩy giun?"
_DEWORM = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+|(?P<freq0>{_FREQ})\s*,?\s+)?(?:(?P<when>(?i:khi\s+nào))\s+(?:thì\s+)?|"
               rf"(?P<often0>(?i:bao\s+lâu))\s+(?:thì\s+)?)?(?:{_WHO}\s+)?(?:{_AUX}\s+)?"
               rf"(?:(?P<take>{_WORMS})(?:\s+cho\s+{_whom('whom1')})?|cho\s+{_whom('whom2')}\s+(?P<give>{_WORMS})|"
               rf"(?P<buy>mua\s+thuốc\s+(?:tẩy|xổ)\s+giun)(?:\s+cho\s+{_whom('whom3')})?)"
               rf"(?:\s+(?P<reg>định\s+kỳ))?(?:\s+(?P<freq>{_FREQ}))?(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
               r"(?:\s+(?P<often>bao\s+lâu))?(?:\s+(?P<once>(?:một|1)\s+lần))?(?:\s+(?P<tail>rồi|chưa))?" + ASKED_END)

# ... in English ("My whole family takes worming medicine every six months.", "Have you taken worming medicine yet?")
_WHO_EN = (rf"(?:(?P<fam>(?i:the|{WHOSE_WORDS}))\s+whole\s+family|(?P<group>(?i:{alternatives(_GROUPS_VI)}))|"
           rf"{PARENTS_WHOSE_EN}|{WHO_EN})")


def _whom_en(name: str) -> str:
    """A group `name` for whom it is given to in English: a pronoun, someone, the whole family, one's children."""
    return (rf"(?P<{name}>(?i:{alternatives(EN_OBJECT.values())})|{SOMEONE_EN}|(?i:the|{WHOSE_WORDS})\s+whole\s+"
            rf"family|(?i:my|our)\s+(?:children|kids))")


_AUX_EN = (r"(?P<aux>\s+(?:has|have|need|needs)\s+to|\s+(?:do|does)(?:\s+not|n['’]t)\s+need\s+to|"
           r"\s+(?:is|am|are)\s+going\s+to|['’](?:s|m|re)\s+going\s+to|"
           r"\s+(?:has|have|do|does|did|should|will)(?:\s+not|n['’]t)?|\s+won['’]t|['’](?:ve|s|ll))")
_FREQ_EN = (rf"(?P<freq>regularly|every\s+(?P<n>{alternatives(_MONTHS_EN)})\s+months|(?P<times>once|twice)\s+a\s+year|"
            r"every\s+year)")
_DEWORM_EN = lazy(rf"(?:(?P<wh>When|How\s+often)\s+)?(?:(?P<q>(?i:do|does|did|have|has|should))\s+)?{_WHO_EN}"
                  rf"{_AUX_EN}?(?:\s+(?P<adv>just|already))?\s+(?P<verb>{alternatives(_FORMS)})"
                  rf"(?:\s+{_whom_en('whom1')})?(?P<med>\s+(?:de)?worming\s+(?:medicine|tablets|pills))?"
                  rf"(?:\s+for\s+{_whom_en('whom2')})?(?:\s+{_FREQ_EN})?(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
                  r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# the English auxiliaries as said (written out), to how the deed is done
_HOW_EN = {"": "plain", "do not": "not", "does not": "not", "did not": "not", "has": "has", "have": "has",
           "has not": "not yet", "have not": "not yet", "has to": "must", "have to": "must", "need to": "need",
           "needs to": "need", "do not need to": "no need", "does not need to": "no need", "should": "should",
           "should not": "should not", "will": "will", "will not": "won't", "going to": "going"}
_HOW_VI = {"must": "phải", "need": "cần", "no need": "không cần", "should": "nên", "should not": "không nên",
           "will": "sẽ", "won't": "sẽ không", "going": "định"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who takes, gives or buys worming medicine, how often, when or
    whether they have to; None for any other."""
    return _deworm(text) if src == "vi" else _deworm_vi(text.replace("’", "'"))


def _often(m: re.Match) -> str | None:
    """How often of a match of _DEWORM in English: "regularly", "every six months", "twice a year"; "" for none,
    None for two ("Sáu tháng một lần … sáu tháng một lần")."""
    said = m["freq0"] or m["freq"]
    if m["freq0"] and m["freq"]:
        return None
    if not said:
        return " regularly" if m["reg"] else ""
    o = _OFTEN.fullmatch(said)
    if o["year"]:
        return " every year"
    if o["times"]:
        return " once a year" if keyed(o["times"]) in ("một", "1") else " twice a year"
    return f" every {en_word(_MONTHS[keyed(o['n'] or o['n2'])])} months"


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _DEWORM in English and whether one ("my whole family", True; "children", False); "you" (in
    general) where none is said; None for a pet, "anh" saying it, "em" asking with "ạ"."""
    if m["fam"]:
        return f"{OWNERS[keyed(m['fwhose'])] if m['fwhose'] else 'the'} whole family", True
    if m["group"]:
        return _GROUPS[keyed(m["group"])], False
    if m["parents"]:
        return parents_said(m, "en"), False
    if not (m["who"] or m["kin"] or m["title"] or m["given"]):
        return "you", False
    return None if animal(m) or em_speaking(m) else who(m, asked)


def _given(m: re.Match, who_: str) -> str | None:
    """Whom it is given to, of a match of _DEWORM, in English: "the whole family", "my child" ("con" of "tôi"),
    "my son", "her"; "" for none; None for a pet, who as whom (or in it: "I" and "us"), and "con" of anyone but "I" or
    "we"."""
    said = m["whom1"] or m["whom2"] or m["whom3"]
    if not said:
        return ""
    whom = keyed(said)
    if whom.startswith("cả "):
        owner = re.sub(r"^cả (?:nhà|gia đình)\s*", "", whom)
        return f"{OWNERS[owner] if owner else 'the'} whole family"
    if whom in ("con", "các con"):
        whose = EN_WHOSE.get(who_) if who_ in ("I", "we") else None
        return whose and f"{whose} {'child' if whom == 'con' else 'children'}"
    said = None if pet(said, "vi") else as_whom(said, "vi")
    if who_ in _SELVES and said in ("me", "us"):
        return None  # ("Tôi tẩy giun cho chúng tôi.": "I give us …")
    return None if said in (None, who_, EN_OBJECT.get(who_)) else said


def _how(m: re.Match) -> str | None:
    """How the deed of a match of _DEWORM is said (_english's `how`), by its auxiliary, its tail ("rồi", "chưa"), a
    day and how often; None where they do not go together ("đã … định kỳ", "vừa … hôm qua", a plain verb alone)."""
    aux, tail, q = keyed(m["aux"] or ""), keyed(m["tail"] or ""), "?" in m["end"]
    day = m["day0"] or m["day"]
    way = day and NEAR_WAY[keyed(day)]
    often = bool(m["freq0"] or m["freq"] or m["reg"])
    asked = bool(m["asked"])
    if asked != aux.startswith("có") or asked != q and not (tail == "chưa" or m["when"] or m["often0"] or m["often"]):
        return None
    if aux == "" and (m["when"] or m["often0"] or m["often"]) and not (day or tail):
        return "plain"  # ("Bạn tẩy giun bao lâu một lần?")
    if tail == "chưa":
        return "yet?" if q and aux in ("", "đã") and not (day or often) else None
    if tail == "rồi":
        return "past" if way == "behind" and aux in ("", "đã") else "has" if aux in ("", "đã") and not (
            day or often) else None
    if way == "behind":
        return {"": "past", "đã": "past", "không": "not past", "có": "past"}.get(aux) if not often else None
    if aux in ("", "không", "có") and not day:
        return ("plain" if aux != "không" else "not") if often else None
    if aux in ("đã", "vừa", "vừa mới", "chưa"):
        return None if day or often else {"đã": "has", "vừa": "just", "vừa mới": "just", "chưa": "not yet"}[aux]
    if day and aux not in ("sẽ", "sẽ không", "phải", "cần", "định"):
        return None
    return {"phải": "must", "có phải": "must", "cần": "need", "có cần": "need", "không cần": "no need",
            "nên": "should", "có nên": "should", "không nên": "should not", "sẽ": "will", "sẽ không": "won't",
            "định": "going"}.get(aux)


def _deworm(text: str) -> str | None:
    """"Tôi phải tẩy giun cho cả nhà." as "I have to give the whole family worming medicine.", "Sáu tháng một lần cả
    nhà tôi tẩy giun." as "My whole family takes worming medicine every six months.", "Con tôi đã uống thuốc tẩy
    giun rồi." as "My child has taken worming medicine.", "Khi nào nên tẩy giun?" as "When should you take worming
    medicine?" (_DEWORM); None for anything else."""
    m = _DEWORM.fullmatch(text)
    if not m or (m["day0"] and m["day"]) or (how := _how(m)) is None or (often := _often(m)) is None:
        return None
    asked = "?" in m["end"]
    if not asked and STRESSED_SAID.search(text) or m["group"] and (how not in _GROUP_HOWS or m["day0"] or m["day"]):
        return None  # ("… định kỳ vậy.": says more; "Trẻ em đã tẩy giun chưa?": children, or the children?)
    generic = not (m["fam"] or m["group"] or m["parents"] or m["who"] or m["kin"] or m["title"] or m["given"])
    if generic and how not in ("should", "need") or generic and how == "need" and not asked:
        return None  # (no one said: "you" in general only where one should, or asks whether one needs to)
    said = _who(m, asked)
    if said is None or asked and said[0] in ("I", "we") and not (how in ("must", "need", "should") or m["when"]):
        return None  # ("Tôi có tẩy giun định kỳ không?": asked of oneself)
    who_, one = said
    whom = _given(m, who_)
    if whom is None:
        return None
    verb, rest = ("give", f"{whom} worming medicine") if whom and not m["buy"] else \
        ("buy", f"worming medicine{f' for {whom}' if whom else ''}") if m["buy"] else ("take", "worming medicine")
    day = f" {DAYS[keyed(m['day0'] or m['day'])]}" if m["day0"] or m["day"] else ""
    wh = "When" if m["when"] else "How often" if m["often0"] or m["often"] else None
    if wh:
        asking = bool(m["often0"]) + bool(m["often"]) + bool(m["when"])  # (one asking word, "một lần" with "bao lâu")
        if not asked or m["asked"] or asking != 1 or bool(m["when"]) == bool(m["once"]) or day or often or (
                how not in ("plain", "should") or m["when"] and how != "should" or
                how == "plain" and (generic or who_ in ("I", "we"))):
            return None
        return f"{wh} should {who_} {verb} {rest}?" if how == "should" else \
            f"{wh} {'does' if one else 'do'} {who_} {verb} {rest}?"
    if m["once"]:
        return None
    return _english(who_, one, how, verb, f"{rest}{often}{day}", asked, m["end"])


def _english(who_: str, one: bool, how: str, verb: str, rest: str, asked: bool, end: str) -> str | None:
    """Who does the deed (`verb` and `rest`: "take", "worming medicine every six months") as `how` says, asked or
    said, in English: "My child has taken …", "Do you have to …?", "We took … yesterday."; None for a `how` not
    asked so ("Will you …?")."""
    s, past, part = _VERBS[verb]
    has = "has" if one else "have"
    if asked:
        said = {"plain": present(who_, one, verb, rest, True), "past": f"Did {who_} {verb} {rest}?",
                "yet?": f"{has.capitalize()} {who_} {part} {rest} yet?",
                "must": f"{'Does' if one else 'Do'} {who_} have to {verb} {rest}?",
                "need": f"{'Does' if one else 'Do'} {who_} need to {verb} {rest}?",
                "should": f"Should {who_} {verb} {rest}?"}.get(how)
        return said
    do, be_ = ("doesn't", "is") if one else ("don't", "am" if who_ == "I" else "are")
    said = {"plain": present(who_, one, verb, rest, end=end),
            "not": present(who_, one, verb, rest, denied=True, end=end),
            "past": f"{who_} {past} {rest}", "not past": f"{who_} didn't {verb} {rest}",
            "has": f"{who_} {has} {part} {rest}", "just": f"{who_} {has} just {part} {rest}",
            "not yet": f"{who_} {has}n't {part} {rest} yet", "must": f"{who_} {has} to {verb} {rest}",
            "need": f"{who_} {'needs' if one else 'need'} to {verb} {rest}",
            "no need": f"{who_} {do} need to {verb} {rest}",
            "should": f"{who_} should {verb} {rest}", "should not": f"{who_} shouldn't {verb} {rest}",
            "will": f"{who_} will {verb} {rest}", "won't": f"{who_} won't {verb} {rest}",
            "going": contracted(who_, f"{be_} going to {verb} {rest}")}[how]
    return said if how in ("plain", "not") else capitalised(f"{said}{stop(end)}")


def _aux_said(m: re.Match) -> tuple[str, str] | None:
    """The auxiliary of a match of _DEWORM_EN written out and its first word ("has not", "has"; "is going to" as
    "going to", "is"); None for "'s" before anything but a participle ("has", not "is")."""
    aux = " ".join((m["aux"] or "").lower().split())
    aux = aux.replace("won't", "will not").replace("n't", " not").replace("'ve", " have").replace("'ll", " will")
    aux = aux.strip()
    aux = re.sub(r"^'(s|m|re) going", lambda g: {"s": "is", "m": "am", "re": "are"}[g[1]] + " going", aux)
    if aux == "'s":
        if _FORMS[m["verb"]][1] != "part":
            return None
        aux = "has"
    first = aux.split(" ")[0] if aux else ""
    return (aux.split(" ", 1)[1] if "going to" in aux else aux), first


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _DEWORM_EN in Vietnamese and whether English says it with "-s": "cả nhà tôi" (True),
    "trẻ em" (False), or mt.hobbies.who_vi; None for a pet."""
    if m["fam"]:
        whose = m["fam"].lower()
        return ("cả nhà" if whose == "the" else f"cả nhà {WHOSE_VI[whose]}"), True
    if m["group"]:
        return _GROUPS_VI[m["group"].lower()], False
    if m["parents"]:
        return parents_said(m, "vi"), False
    return None if animal(m) else who_vi(m)


def _given_vi(said: str | None, who_: str) -> str | None:
    """Whom it is given to, in Vietnamese: "cả nhà", "cả nhà tôi", "các con" (one's own), "con trai tôi", "anh ấy";
    "" for none; None for a pet and for who as whom (or in it: "I give us")."""
    if not said:
        return ""
    said = " ".join(said.lower().split())
    if said.endswith("whole family"):
        whose = said.split()[0]
        return "cả nhà" if whose == "the" else f"cả nhà {WHOSE_VI[whose]}"
    if said.endswith(("children", "kids")):
        whose = WHOSE_VI[said.split()[0]]
        return "các con" if whose == who_ else f"các con {whose}"
    vi = None if pet(said, "en") else as_whom(said, "en")
    return None if vi in (None, who_) or who_ in _SELVES_VI and vi in _SELVES_VI else vi


def _often_vi(m: re.Match) -> str:
    """How often of a match of _DEWORM_EN in Vietnamese: " định kỳ", " sáu tháng một lần", " mỗi năm hai lần"; "" for
    none."""
    if not m["freq"]:
        return ""
    if m["n"]:
        return f" {vi_word(_MONTHS_EN[m['n'].lower()])} tháng một lần"
    if m["times"]:
        return f" mỗi năm {'một' if m['times'] == 'once' else 'hai'} lần"
    return " định kỳ" if m["freq"] == "regularly" else " hằng năm"


def _deed_vi(m: re.Match, who_: str) -> str | None:
    """The deed of a match of _DEWORM_EN in Vietnamese: "uống thuốc tẩy giun", "cho cả nhà uống thuốc tẩy giun",
    "mua thuốc tẩy giun cho con tôi", "tẩy giun cho các con"; None where the verb and what follows do not go together
    ("take my son worming medicine", "give worming medicine", "deworm" alone with no habit)."""
    verb, whom1, whom2, med = _FORMS[m["verb"]][0], m["whom1"], m["whom2"], m["med"]
    whom = _given_vi(whom1 or whom2, who_)
    if whom is None or whom1 and whom2:
        return None
    if verb == "take" and med and not (whom1 or whom2):
        return "uống thuốc tẩy giun"
    if verb == "give" and med and whom1:
        return f"cho {whom} uống thuốc tẩy giun"
    if verb == "buy" and med and not whom1:
        return f"mua thuốc tẩy giun{f' cho {whom}' if whom else ''}"
    if verb == "deworm" and not (med or whom2) and (whom1 or m["freq"]):
        return f"tẩy giun{f' cho {whom}' if whom else ''}"
    return None


def _how_en(m: re.Match, who_: str, one: bool) -> str | None:
    """How the deed of a match of _DEWORM_EN is done (_vietnamese's `how`: "plain", "has", "yet?", "must" …), its
    verbs agreeing with who; None for any other ("Does he needs to", "She have taken", "We took … tomorrow")."""
    said = _aux_said(m)
    if said is None:
        return None
    aux, first = said
    q, kind, adv = (m["q"] or "").lower(), _FORMS[m["verb"]][1], m["adv"]
    if kind == "part" and _VERBS[_FORMS[m["verb"]][0]][1] == m["verb"] and not (aux or q):
        kind = "past"  # ("bought", "dewormed": past, or a participle after "has")
    if not first_agrees(q or first or ("does" if kind == "s" else "do" if kind == "base" else ""), who_, one) or \
            first in ("need", "needs") and (first == "needs") != one and not q:
        return None
    if adv and (q or aux not in ("has", "have") or kind != "part" or m["yet"]) or m["yet"] and kind != "part":
        return None
    if m["yet"] and not q and not aux.endswith("not"):
        return None  # ("She has taken … yet.": "yet" asks or denies)
    if q:
        if q in ("have", "has"):
            return "yet?" if kind == "part" and not aux else None
        if kind != "base":
            return None
        return {("do", ""): "plain", ("do", "have to"): "must", ("do", "need to"): "need", ("did", ""): "past",
                ("should", ""): "should"}.get((q.replace("does", "do"), aux))
    if kind == "part":
        return {"has": "just" if adv == "just" else "has", "have": "just" if adv == "just" else "has",
                "has not": "not yet", "have not": "not yet"}.get(aux)
    if kind == "past":
        return None if aux else "past"
    if not aux:
        return "plain"
    how = _HOW_EN.get(aux.replace("does not need", "do not need").replace("needs to", "need to")
                      .replace("has to", "have to"))
    return "not past" if aux == "did not" else how if how not in (None, "plain", "has", "not yet") else None


def _deworm_vi(text: str) -> str | None:
    """"I have to give the whole family worming medicine." as "Tôi phải cho cả nhà uống thuốc tẩy giun.", "My whole
    family takes worming medicine every six months." as "Cả nhà tôi uống thuốc tẩy giun sáu tháng một lần.", "Have
    you taken worming medicine yet?" as "Bạn đã uống thuốc tẩy giun chưa?", "When should you take worming medicine?"
    as "Khi nào nên uống thuốc tẩy giun?" (_DEWORM_EN); None for anything else."""
    m = _DEWORM_EN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or asked != bool(m["q"]) or m["wh"] and not m["q"] or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    if (how := _how_en(m, who_, one)) is None or (deed := _deed_vi(m, who_)) is None:
        return None
    if asked and (who_ == "tôi" and how not in ("must", "need", "should") or WE_EN.search(text)):
        return None  # ("Do I take …?"; "we", "our", "us" asked: chúng tôi, or chúng ta?)
    if m["group"] and (how not in _GROUP_HOWS or m["day"]):
        return None  # ("Have children taken …?": children, or the children?)
    often, day = _often_vi(m), m["day"] and DAYS_VI[m["day"].lower()]
    way = day and NEAR_WAY[day]
    if often and how in ("past", "not past", "has", "just", "not yet", "yet?") or not often and how in (
            "plain", "not") and not m["wh"] or day and (way == "behind") != (how in ("past", "not past")) or \
            day and how not in ("past", "not past", "will", "won't", "must", "need", "going") or \
            how == "not past" and not day or how == "past" and asked and not day:
        return None
    if m["wh"]:
        return _asked_how(m["wh"], how, who_, deed, often)
    return _vietnamese(who_, how, deed + often, day, asked)


def _asked_how(wh: str, how: str, who_: str, deed: str, often: str) -> str | None:
    """"When should you …?" as "Khi nào nên …?", "How often do you …?" as "Bạn … bao lâu một lần?", "How often should
    you …?" as "Bao lâu thì nên … một lần?" ("you" in general left out); None for any other."""
    if often or how not in ("plain", "should") or wh == "When" and how != "should":
        return None
    if how == "plain":
        return capitalised(f"{who_} {deed} bao lâu một lần?")
    if wh == "When":
        return f"Khi nào {'' if who_ == 'bạn' else who_ + ' '}nên {deed}?"
    return f"Bao lâu thì nên {deed} một lần?" if who_ == "bạn" else capitalised(f"{who_} nên {deed} bao lâu một lần?")


def _vietnamese(who_: str, how: str, deed: str, day: str, asked: bool) -> str:
    """Who does the deed as `how` says, on a day or not, asked or said, in Vietnamese: "Cả nhà tôi uống thuốc tẩy
    giun định kỳ.", "Hôm qua chúng tôi đã uống …", "Bạn có cần … không?", "Ngày mai bạn có cần … không?"."""
    if asked:
        said = {"plain": f"{who_} có {deed} không?", "past": f"{who_} có {deed} không?",
                "yet?": f"{who_} đã {deed} chưa?", "must": f"{who_} có phải {deed} không?",
                "need": f"{who_} có cần {deed} không?", "should": f"{who_} có nên {deed} không?"}[how]
        return capitalised(f"{day} {said}" if day else said)  # ("Ngày mai anh ấy có phải … không?")
    said = {"plain": f"{who_} {deed}", "not": f"{who_} không {deed}", "past": f"{who_} đã {deed}",
            "not past": f"{who_} không {deed}", "has": f"{who_} đã {deed} rồi", "just": f"{who_} vừa {deed}",
            "not yet": f"{who_} chưa {deed}"}.get(how) or f"{who_} {_HOW_VI[how]} {deed}"
    return capitalised(f"{day} {said}." if day else f"{said}.")
