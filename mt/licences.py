"""A driving licence replaced, exchanged, renewed or converted, and the new one ready, both ways, written whole by rule.
v8 (the rules on) reads "bằng lái" as a driver, "làm lại" as going back, "gia hạn" as a limit, and "licence" as
driving: "Tôi phải đi làm lại bằng lái." → "I have to go back to the driver.", "Tôi phải đổi bằng lái." → "I have to
change the driver.", "Bạn đã gia hạn bằng lái chưa?" → "Are you a driver limit?", "Tôi đổi bằng lái quốc tế sang bằng
Việt Nam rồi." → "I changed by international driver to Vietnam.", "Tôi phải xin cấp lại bằng lái." → "I have to be a
driver again.", "Bao giờ có bằng lái mới?" → "Is it a new driver now?"; and back, "I have to get my driving licence
replaced." → "Tôi phải lái xe của tôi thay thế.", "I have to exchange my driving licence." → "Tôi phải trao đổi sự lái
xe của tôi.", "I've renewed my driving licence." → "Tôi đã đổi mới việc lái xe của tôi.", "I've converted my
international licence to a Vietnamese one." → "Tôi đã chuyển đổi ý kiến quốc tế của tôi sang một người Việt.", "When
will the new driving licence be ready?" → "Khi nào Việc lái xe mới sẽ sẵn sàng không?".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) getting their driving or motorbike licence (bằng lái, bằng lái xe, giấy
phép lái xe; whose said after it or who's own) replaced ("làm lại": "get … replaced"), exchanged ("đổi"), renewed ("gia
hạn"), a foreign or international licence converted ("đổi bằng lái quốc tế sang bằng Việt Nam": "to a Vietnamese one"),
or applying for a replacement ("xin cấp lại"): with "cần", "phải", "muốn" (need, have, want to: said, "không", asked "có
… không?", a day ahead), "đang" (is doing it); and, but for "làm lại", done ("rồi", "đã … rồi"), just ("vừa", "mới"),
not yet ("chưa"), asked ("… chưa?"), or on a day behind; in English the same, with "driving", "driver's" or "motorbike"
before "licence"; when the new licence will be ready ("Bao giờ có bằng lái mới?"), when who gets theirs, and whose new
licence ready, asked, or not yet. Left: "làm lại" done ("Tôi đã làm lại bằng lái rồi.": got the new one, or applied?),
"đổi bằng lái quốc tế" with no "sang" (to get an international permit, or to convert one?), a plain verb, "đã" with no
"rồi" or "đi" with no modal ("Tôi đổi bằng lái.": does, or did?), "có … không?" with no modal (do, or did?), a day with
"rồi", "vừa" or the wrong tense, "I" asking what they did, a name alone with whose own (his or hers?), "của mình"
after anyone but "tôi" (their own, or the speaker's?), "anh", "chị", "em" alone saying it, a pet, "we" and "they" with a
new licence, ours or theirs done by anyone else (one licence or several?), "licence" alone in English (a TV or
business licence?), "the driving licence" renewed (whose?), "Did …?"; and what other modules take first: a licence
expiring and "cần", "phải", "muốn gia hạn" (mt/papers.py, which writes them as here), had or got (mt/driving.py), tests
(mt/driving_tests.py), lost (mt/papers.py), fines and notarised copies (mt/fines.py, mt/notarising.py), passports and ID
cards (mt/passports.py).
mt.phrasebook.translate tries these after mt/sleeping_apart.py.

    >>> translate("Tôi phải đổi bằng lái.", "vi", "en"), translate("I've renewed my driving licence.", "en", "vi")
    ('I have to exchange my driving licence.', 'Tôi đã gia hạn bằng lái xe rồi.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import OWNER, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bằng\s+lái|giấy\s+phép)"), "en": lazy(r"(?i:licen)")}
# the licences (the English says which; Vietnamese writes "bằng lái xe" or "bằng lái xe máy" back)
_LICS = {"bằng lái": "driving", "bằng lái xe": "driving", "bằng lái xe ô tô": "driving", "giấy phép lái xe": "driving",
         "bằng lái xe máy": "motorbike", "giấy phép lái xe máy": "motorbike"}
# what is done to it: English base, "-ing" and past (the past participle too); {0} the licence, whose before it
_ACTS = {"làm lại": ("get {0} replaced", "getting {0} replaced", "had {0} replaced"),
         "gia hạn": ("renew {0}", "renewing {0}", "renewed {0}"),
         "đổi": ("exchange {0}", "exchanging {0}", "exchanged {0}"),
         "sang": ("convert {0} to {1}", "converting {0} to {1}", "converted {0} to {1}"),
         "xin cấp lại": ("apply for {0}", "applying for {0}", "applied for {0}")}
_FROM = {"quốc tế": "international", "nước ngoài": "foreign"}
_MODS = {"cần": "need", "phải": "have", "muốn": "want"}
_MODS_VI = {"need": "cần", "have": "phải", "ha": "phải", "want": "muốn"}  # ("needs", "has", "wants" less "s")
# the English verbs: what is done, and the form said
_VERBS_EN = {f"{stem}{end}": (stem, form) for stem in ("renew", "convert") for end, form in (
    ("", "base"), ("ing", "ing"), ("ed", "past"))} | {
    "get": ("get", "base"), "getting": ("get", "ing"), "had": ("get", "past"), "replace": ("replace", "base"),
    "replacing": ("replace", "ing"), "replaced": ("replace", "past"), "exchange": ("exchange", "base"),
    "exchanging": ("exchange", "ing"), "exchanged": ("exchange", "past"), "apply": ("apply", "base"),
    "applying": ("apply", "ing"), "applied": ("apply", "past")}
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái", "năm trước",
                  "ngày mai", "tuần sau", "tuần tới", "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_MANY = {"we", "they"}  # (whose licences are more than one: "our driving licences")

_LIC = rf"(?P<lic>(?i:{alternatives(_LICS)}))"
_DAY = rf"(?i:{alternatives(_DAYS)})"
# done to it: "Tôi phải đi làm lại bằng lái.", "Bạn đã đổi bằng lái chưa?", "Năm ngoái tôi đã gia hạn bằng lái.",
# "Tôi đổi bằng lái quốc tế sang bằng Việt Nam rồi."
_DOING = lazy(rf"(?:(?P<day0>{_DAY})\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>(?:không\s+)?(?:cần|phải|muốn)|đã|"
              r"vừa\s+mới|vừa|mới|chưa|đang)\s+)?(?:(?P<go>đi)\s+)?"
              rf"(?P<act>(?i:làm\s+lại|gia\s+hạn|đổi|xin\s+cấp\s+lại))\s+{_LIC}(?:\s+(?P<from>quốc\s+tế|nước\s+ngoài))?"
              rf"(?:\s+(?:của\s+)?{OWNER})?"
              r"(?P<to>\s+sang\s+bằng(?:\s+lái(?:\s+xe)?)?\s+(?i:việt\s+nam))?"
              rf"(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
# the new one: "Bao giờ có bằng lái mới?", "Bao giờ tôi có bằng lái mới?", "Bằng lái mới của tôi có chưa?"
_WHEN_NEW = lazy(rf"(?i:bao\s+giờ|khi\s+nào)\s+(?:thì\s+)?(?:{WHO}\s+)?có\s+{_LIC}\s+mới{SOFTENED_END}")
_NEW = lazy(rf"{_LIC}\s+mới(?:\s+(?:của\s+)?{OWNER})?\s+(?:(?P<aux>đã|chưa)\s+)?có(?:\s+(?P<done>rồi|chưa))?"
            + SOFTENED_END)

# ... in English ("driving", "driver's" or "motorbike" said: "licence" alone may be a TV or a business licence)
_LIC_EN = r"(?P<kind>driving|driver['’]s|motorbike|motorcycle)\s+licen[cs]e(?P<many>s)?"
_WHOSE_EN = rf"(?P<owner>(?i:{WHOSE_WORDS}))"
_LIC_EN2 = _LIC_EN.replace("kind", "kind2").replace("many", "many3")  # (a group's name is said once in a pattern)
_VERB_EN = r"(?P<verb>get|getting|had|replace|replacing|replaced|renew|renewing|renewed|exchange|exchanging|" \
    r"exchanged|convert|converting|converted|apply|applying|applied)"
# (converted: "my international licence to a Vietnamese one", "our foreign licences into Vietnamese ones")
_TO_EN = r"\s+(?:to|into)\s+(?:a\s+Vietnamese\s+(?:one|(?:driving\s+)?licen[cs]e)|" \
    r"Vietnamese\s+(?:ones|(?:driving\s+)?licen[cs]es))"
_ACT_EN = (rf"{_VERB_EN}\s+(?:{_WHOSE_EN}\s+(?:(?P<from>international|foreign)\s+(?:driving\s+)?licen[cs]e(?P<many2>s)?"
           rf"{_TO_EN}|{_LIC_EN}(?P<rep>\s+replaced)?)|(?P<replacement>for)\s+(?P<a>a\s+)?replacement\s+{_LIC_EN2})")
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|"
                 r"\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s|m|re)|\s+(?:am|is|are))?(?:\s+(?P<just>just|already))?"
                 rf"(?:\s+(?P<mod>needs?|ha(?:ve|s)|wants?)\s+to)?\s+{_ACT_EN}(?:\s+(?P<day>(?i:"
                 rf"{alternatives(_DAYS_VI)})))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_NEW_EN = r"new\s+(?:driving|driver['’]s)\s+licen[cs]e"
_WHEN_NEW_EN = lazy(rf"When\s+will\s+(?:the\s+{_NEW_EN}\s+be\s+ready|{WHO_EN}\s+get\s+{_WHOSE_EN}\s+"
                    rf"{_NEW_EN})\s*\?+")
_READY_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:{_WHOSE_EN}|(?P<the>[Tt]he))\s+{_NEW_EN}"
                 r"(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+ready(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who gets their driving licence replaced, exchanged, renewed
    or converted, or applies for a replacement, or when the new one is ready; None for any other."""
    if src == "vi":
        return _doing(text) or _when_new(text) or _new(text)
    text = text.replace("’", "'")
    return _doing_vi(text) or _when_new_vi(text) or _ready_vi(text)


def _licence(m: re.Match, whose: str, many: bool) -> str:
    """Whose licence of a match of _DOING in English, for _ACTS's shapes: "my driving licence", "our international
    licences" (converted: with what it becomes), "a replacement motorbike licence"."""
    kind, s = _LICS[keyed(m["lic"])], "s" * many
    if m["from"]:
        return f"{whose} {_FROM[keyed(m['from'])]} licence{s}"
    if keyed(m["act"]) == "xin cấp lại":
        return f"replacement {kind} licence{s}" if many else f"a replacement {kind} licence"
    return f"{whose} {kind} licence{s}"


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose a licence is, said after it (mt.hobbies.OWNER: "của mẹ tôi") or who's own ("my" for "tôi", "her" for
    "mẹ tôi", and for "Mẹ tôi … của mẹ tôi"); None for a name alone ("his" or "her"?), and "của mình" after anyone
    but "tôi" or "mình"."""
    if m["owner"]:
        if keyed(m["owner"]) == "mình" and who_ != "I":
            return None  # ("Bạn phải đổi bằng lái của mình.": your own, or mine, "mình" saying "I"?)
        return OWNERS[keyed(m["owner"])]
    if m["someone"] and (s := someone(m["someone"], "vi")) != who_:
        return s and f"{s}'s"
    return whose_own(m, who_)  # (who named again is who's own: "her", not "my mother's")


def _doing(text: str) -> str | None:
    """"Tôi phải đi làm lại bằng lái." as "I have to get my driving licence replaced.", "Bạn đã đổi bằng lái chưa?"
    as "Have you exchanged your driving licence yet?", "Năm ngoái tôi đã gia hạn bằng lái." as "I renewed my driving
    licence last year.", "Tôi đổi bằng lái quốc tế sang bằng Việt Nam rồi." as "I've converted my international
    licence to a Vietnamese one." (_DOING); None for anything else."""
    m = _DOING.fullmatch(text)
    if not m or bool(m["from"]) != bool(m["to"]) or m["from"] and (keyed(m["act"]) != "đổi" or
                                                                  _LICS[keyed(m["lic"])] != "driving"):
        return None  # ("đổi bằng lái quốc tế" alone: an international permit got, or one converted?)
    if m["day0"] and m["day"] or animal(m):
        return None
    aux, done, day = keyed(m["aux"] or ""), m["done"] or "", m["day0"] or m["day"]
    way = NEAR_WAY[keyed(day)] if day else ""
    asked = "?" in m["end"]
    modal = aux.removeprefix("không ") in _MODS
    if asked != (bool(m["asked"]) or done == "chưa") or bool(m["ask"]) != bool(m["asked"]) or \
            m["asked"] and (not modal or aux.startswith("không")) or m["go"] and not modal:
        return None
    said = who(m, asked)
    # (a replacement applied for is nobody's yet: "Lan đã xin cấp lại bằng lái rồi." wants no his or her; whose
    # said after it is left: "apply for a replacement of …")
    applied = keyed(m["act"]) == "xin cấp lại"
    whose = said and ("" if applied else _whose(m, said[0]))
    if not said or whose is None or applied and (m["owner"] or m["someone"]):
        return None
    # (many licences only where they are the group's own: "our driving licences", but "my mother's driving licence";
    # ours or theirs done by anyone else may be one licence or several)
    own = applied or whose == whose_own(m, said[0])
    if whose in ("our", "their") and not own:
        return None
    (who_, one), many = said, said[0] in _MANY and own
    base, ing, past = (shape.format(_licence(m, whose, many), "Vietnamese ones" if many else "a Vietnamese one")
                       for shape in _ACTS["sang" if m["to"] else keyed(m["act"])])
    on = f" {_DAYS[keyed(day)]}" if day else ""
    if modal:
        if done or way == "behind":
            return None
        return present(who_, one, _MODS[aux.removeprefix("không ")], f"to {base}{on}", asked, aux.startswith("không"))
    if aux == "đang":
        return None if done or day or asked else capitalised(contracted(who_, f"{be(who_)} {ing}."))
    if keyed(m["act"]) == "làm lại" or way == "ahead" or asked and who_ == "I":
        return None  # (done: got it, or only applied?; asked of oneself: whether one did is known)
    has = "has" if one else "have"
    if day:
        return capitalised(f"{who_} {past}{on}.") if aux in ("", "đã") and not done else None
    if asked:
        return f"{has.capitalize()} {who_} {past} yet?" if aux in ("", "đã") else None
    if done == "rồi" and aux in ("", "đã"):
        return capitalised(contracted(who_, f"{has} {past}."))
    if not done and aux in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{has} just {past}."))
    if not done and aux == "chưa":
        return capitalised(f"{who_} {has}n't {past} yet.")
    return None


def _when_new(text: str) -> str | None:
    """"Bao giờ có bằng lái mới?" as "When will the new driving licence be ready?", "Bao giờ tôi có bằng lái mới?"
    as "When will I get my new driving licence?" (_WHEN_NEW); None for anything else, and a name alone."""
    m = _WHEN_NEW.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    kind = _LICS[keyed(m["lic"])]
    if not (m["who"] or m["kin"] or m["given"] or m["title"]):
        return f"When will the new {kind} licence be ready?"
    said = None if animal(m) else who(m, True)
    whose = said and whose_own(m, said[0])
    if not whose or said[0] in _MANY:
        return None
    return f"When will {said[0]} get {whose} new {kind} licence?"


def _new(text: str) -> str | None:
    """"Bằng lái mới của tôi có chưa?" as "Is my new driving licence ready yet?", "Bằng lái mới của bạn có rồi." as
    "Your new driving licence is ready.", "Bằng lái mới của mẹ tôi chưa có." as "My mother's new driving licence
    isn't ready yet." (_NEW); None for anything else."""
    m = _NEW.fullmatch(text)
    if not m:
        return None
    aux, done, asked = m["aux"] or "", m["done"] or "", "?" in m["end"]
    whose = "the"
    if m["owner"] or m["someone"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else (s := someone(m["someone"], "vi")) and f"{s}'s"
    if not whose or whose in ("our", "their"):
        return None  # (ours: one licence, or several?)
    licence = f"{whose} new {_LICS[keyed(m['lic'])]} licence"
    if asked:
        return f"Is {licence} ready yet?" if done == "chưa" and aux in ("", "đã") else None
    if done == "rồi" and aux in ("", "đã"):
        return capitalised(f"{licence} is ready.")
    return capitalised(f"{licence} isn't ready yet.") if aux == "chưa" and not done else None


def _lic_vi(m: re.Match) -> str:
    """The licence of a match of _LIC_EN in Vietnamese: "bằng lái xe máy" or "bằng lái xe"."""
    return "bằng lái xe máy" if (m["kind"] or m["kind2"]).lower().startswith("motor") else "bằng lái xe"


def _act_vi(m: re.Match, own: bool) -> tuple[str, str] | None:
    """What is done to the licence of a match of _DOING_EN in Vietnamese ("gia hạn bằng lái xe"), and the English
    verb's form ("base", "ing", "past"); None where the verb does not go with its object ("renew … replaced")."""
    stem, form = _VERBS_EN[m["verb"]]
    if (stem == "get") != bool(m["rep"]) or (stem == "convert") != bool(m["from"]) or (stem == "apply") != bool(
            m["replacement"]):
        return None
    whose = "" if own else f" của {WHOSE_VI[m['owner'].lower()]}"
    if m["from"]:
        return f"đổi bằng lái {'quốc tế' if m['from'] == 'international' else 'nước ngoài'}{whose} sang bằng lái " \
               "Việt Nam", form
    act = {"get": "làm lại", "replace": "làm lại", "renew": "gia hạn", "exchange": "đổi", "apply": "xin cấp lại"}[stem]
    return f"{act} {_lic_vi(m)}{whose}", form


def _doing_vi(text: str) -> str | None:
    """"I have to get my driving licence replaced." as "Tôi phải làm lại bằng lái xe.", "Have you renewed your
    driving licence yet?" as "Bạn đã gia hạn bằng lái xe chưa?", "She renewed her driving licence last year." as
    "Năm ngoái cô ấy đã gia hạn bằng lái xe." (_DOING_EN); None for anything else, a verb that does not agree with
    who, one licence of many or many of one, and whose neither own nor another's ("My mother … his")."""
    m = _DOING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    many = bool(m["many"] or m["many2"] or m["many3"])
    if many and (who_ not in ("chúng tôi", "họ") or m["a"]) or m["owner"] and (own := own_thing(m, who_, one)) is None:
        return None
    said = _act_vi(m, not m["owner"] or own)
    if said is None:
        return None
    act, form = said
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("n't", " not").split())
    mod, just, yet, day = (m["mod"] or "").lower(), m["just"], m["yet"], m["day"]
    way, day_vi = (NEAR_WAY[_DAYS_VI[day.lower()]], _DAYS_VI[day.lower()]) if day else ("", "")
    not_, first = aux.endswith("not"), aux.split(" ")[0] if aux else mod
    if first and not _agrees(first, who_, one) or aux and mod.endswith("s"):
        return None  # ("she have", "I needs", "we is", "does she needs")
    if mod:
        if form != "base" or aux not in ("", "do", "does", "do not", "does not") or just or yet or way == "behind":
            return None
        said = f"{'có ' if m['q'] else 'không ' if not_ else ''}{_MODS_VI[mod.removesuffix('s')]} {act}"
        return _placed(day_vi, f"{who_} {said}", bool(m["q"]))
    if form == "ing":
        ok = aux in ("am", "is", "are", "'m", "'s", "'re") and not (just or yet or day)
        return capitalised(f"{who_} đang {act}.") if ok else None
    if form != "past" or way == "ahead" or aux in ("am", "is", "are", "'m", "'re", "do", "does", "do not", "does not"):
        return None
    if day:
        return _placed(day_vi, f"{who_} đã {act}", False) if not (aux or just or yet) else None
    if m["q"]:
        return None if just or who_ == "tôi" else capitalised(f"{who_} đã {act} chưa?")
    if not_:
        return None if just else capitalised(f"{who_} chưa {act}.")
    if yet:
        return None
    return capitalised(f"{who_} vừa {act}." if just == "just" else f"{who_} đã {act} rồi.")


def _agrees(first: str, who_: str, one: bool) -> bool:
    """Whether the first verb after who of a match of _DOING_EN (or the question's: "does", "have", "'s", "am",
    "needs") agrees with who (`who_`, `one` as mt.hobbies.who_vi gives them)."""
    if first in ("am", "'m"):
        return who_ == "tôi"
    if first in ("are", "'re"):
        return not one and who_ != "tôi"
    return one == (first in ("does", "has", "'s", "is", "needs", "wants"))


def _placed(day_vi: str, said: str, asked: bool) -> str:
    """A Vietnamese sentence with its day opening it ("Tháng sau tôi phải …"), asked ("… không?") or said."""
    said = f"{day_vi} {said}" if day_vi else said
    return capitalised(f"{said} không?" if asked else f"{said}.")


def _when_new_vi(text: str) -> str | None:
    """"When will the new driving licence be ready?" as "Bao giờ có bằng lái xe mới?", "When will I get my new
    driving licence?" as "Bao giờ tôi có bằng lái xe mới?" (_WHEN_NEW_EN); None for anything else, and whose not
    who's own."""
    m = _WHEN_NEW_EN.fullmatch(text)
    if not m:
        return None
    if not m["owner"]:
        return "Bao giờ có bằng lái xe mới?"
    who_, one = who_vi(m)
    if animal(m) or who_ in ("chúng tôi", "họ") or own_thing(m, who_, one) is not True:
        return None
    return f"Bao giờ {who_} có bằng lái xe mới?"


def _ready_vi(text: str) -> str | None:
    """"Is your new driving licence ready yet?" as "Bằng lái xe mới của bạn có chưa?", "My new driving licence is
    ready." as "Bằng lái xe mới của tôi có rồi.", "My new driving licence isn't ready yet." as "Bằng lái xe mới của
    tôi chưa có." (_READY_EN); None for anything else."""
    m = _READY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["be"] or not (m["q"] or m["be"]):
        return None
    whose = f" của {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else ""
    if m["owner"] and m["owner"].lower() in ("our", "their"):
        return None
    licence = f"Bằng lái xe mới{whose}"
    not_ = "not" in m["be"] or "n't" in m["be"] if m["be"] else False
    if m["q"]:
        return f"{licence} có chưa?"
    if not_:
        return f"{licence} chưa có." if m["yet"] else None
    return None if m["yet"] else f"{licence} có rồi."
