"""Renovations at home, both ways, written whole by rule: who is doing up the house or redoing a room, has just done
it, finished, is planning, wants, needs or has to; retiling the floor; the neighbours' building work and the noise;
how long it will take; hating the sound of drilling; the builders coming. v8 (rules on) reads "sửa" as fixing or
correcting, "lát" as slicing, "khoan" as science, and "redo" as red, "renovate" as recover: "Nhà bên cạnh đang sửa
nhà, ồn quá." → "The house is fixing home, it's so noisy.", "Chúng tôi đang sửa lại bếp." → "We're fixing the
kitchen.", "Tôi vừa lát lại sàn nhà." → "I'm just sliced the floor.", "Sửa nhà sẽ mất bao lâu?" → "How long will you
fix the house?", "Tôi ghét tiếng khoan tường." → "I hate the science of the wall.", "Thợ xây sẽ đến vào ngày mai." →
"The building will come tomorrow."; "We're redoing the kitchen." → "Chúng tôi đỏ bếp." (red), "I've just retiled the
floor." → "Tôi vừa vặn xuống sàn.", "I hate the sound of drilling." → "Tôi ghét âm thanh của tiếng khô.", "The
neighbours are renovating their house, and it's so noisy." → "… đang hồi phục căn nhà của họ, và thật điên rồ.".

Taken: who (mt.hobbies.WHO, WHO_EN, mt.people.PARENTS_WHOSE; not a pet, not a neighbour) doing up a place of
mt.tidying.PLACES ("sửa nhà", "sửa lại bếp", "sửa sang lại", "cải tạo": "renovate" the house or the flat, "redo" a room)
or retiling the floor ("lát lại sàn nhà", "… sàn nhà bếp"): "đang", "vừa", "mới", "sẽ" (going to), "sắp" (about to),
"định" (planning to), "muốn", "cần", "phải", "… rồi", "chưa", "… chưa?", "xong" (finished), "có đang/định/muốn/cần/phải
… không?", "không định/muốn/cần/phải"; in English the same, the place "the" or who's own. The neighbours' renovating,
building or drilling (as mt/neighbours.py says it) joined to "ồn quá" ("…, and it's so noisy."); how long it will take
("Sửa nhà sẽ mất bao lâu?", "… mất bao lâu nữa?", "… sẽ mất hai tháng."); who hates or can't stand the sound of
drilling; the builders ("thợ xây") here, coming (on a near day), on their way, asked. Left: "sửa" with no "lại" but of
the house ("sửa bếp": the stove?), "sửa chữa" (repairs), a plain verb ("Chúng tôi sửa nhà.": done, doing or will?), "đã"
with no "rồi", days with the work, "Sửa nhà mất bao lâu?" with no "sẽ" or "nữa" (how long it took, or takes?), "thợ"
alone (which trade?), the builders coming today with no "sẽ" (came, or coming?), having it done ("I've had the floor
retiled": who did it is not said in Vietnamese), staying elsewhere meanwhile (tense and place unsure), "anh", "chị",
"em" alone saying it, "I" asked; the neighbours' renovating alone, the house next door being renovated
(mt/neighbours.py), painting (mt/painting.py), moving (mt/moving.py), leaks and damp (mt/leaks.py, mt/damp.py),
roadworks (mt/roadworks.py), furniture (mt/furniture.py).
mt.phrasebook.translate tries these after mt/beaches.py.

    >>> translate("Chúng tôi đang sửa lại bếp.", "vi", "en"), translate("I hate the sound of drilling.", "en", "vi")
    ("We're redoing the kitchen.", 'Tôi ghét tiếng khoan.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, be_agrees, own_thing, person_of, who_vi
from .lazy_re import lazy
from .neighbours import translate as neighbours_said
from .numbers import en_word, vi_word
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop
from .tidying import PLACES, PLACES_VI, ROOMS, ROOMS_VI
from .weather import DEGREE, EN_DEGREE

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sửa|cải\s+tạo|lát\s+lại|khoan|thợ\s+xây)"),
         "en": lazy(r"(?i:renovat|redo|retil|drilling|builders)")}
# the English verbs, and their forms (base, -ing, done)
_FORMS = {"renovate": ("renovate", "renovating", "renovated"), "redo": ("redo", "redoing", "redone"),
          "retile": ("retile", "retiling", "retiled")}
_FORM_OF = {form: (verb, i) for verb, forms in _FORMS.items() for i, form in enumerate(forms)}
# the tense said before the verb, and how English says it ({be}, {have}, {want} … agreeing with who)
_TENSES = {"đang": "{be} {ing}", "vừa": "{have} just {ed}", "mới": "{have} just {ed}", "vừa mới": "{have} just {ed}",
           "sẽ": "{be} going to {base}", "sắp": "{be} about to {base}", "định": "{be} planning to {base}",
           "muốn": "{want} to {base}", "cần": "{need} to {base}", "phải": "{have} to {base}"}
_MODALS = {"định": "planning to", "muốn": "want to", "cần": "need to", "phải": "have to"}  # (asked, denied)
_SPANS = {"ngày": "day", "tuần": "week", "tháng": "month", "năm": "year"}
_SPANS_VI = {en: vi for vi, en in _SPANS.items()}
_N_VI = {vi_word(n): n for n in range(1, 101)}
_N_EN = {en_word(n): n for n in range(1, 101)} | {"a": 1}  # (not "an": no span begins with a vowel, "an year")
_DAYS = near_days("hôm nay", "sáng nay", "chiều nay", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "tuần sau",
                  "tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

# who: parents ("bố mẹ tôi", "my parents"), or mt.hobbies' (a pronoun, kin with whose, a name)
_WHO, _WHO_EN = rf"(?:{PARENTS_WHOSE}|{WHO})", rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
# what is done up: a place renovated or redone ("sửa nhà", "sửa lại bếp", "cải tạo căn hộ"), or the floor retiled
_VP = (rf"(?:(?P<verb>(?i:sửa(?:\s+sang)?(?:\s+lại)?|cải\s+tạo(?:\s+lại)?))\s+(?P<place>(?i:{alternatives(PLACES)}))|"
       rf"(?i:lát)\s+lại\s+(?P<floor>sàn)(?:\s+(?P<of>{alternatives(ROOMS)})|\s+nhà)?)")
# who does it, and when ("Chúng tôi đang sửa lại bếp.", "Bạn sửa nhà xong chưa?", "Tôi vừa lát lại sàn nhà.")
_DOING = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<neg>không|chưa)\s+)?(?:(?P<tense>{alternatives(_TENSES)}|đã)\s+)?"
              rf"{_VP}(?:\s+(?P<done>xong))?(?:\s+(?P<tail>rồi|chưa))?{ASKED_END}")
# the neighbours' work, and the noise ("Nhà bên cạnh đang sửa nhà, ồn quá.")
_NOISY = lazy(r"(?P<work>[^,]+?)\s*(?:,\s*|\s+nên\s+)(?:(?P<before>rất)\s+)?ồn(?:\s+ào)?(?:\s+(?P<after>quá|lắm))?"
              r"\s*(?P<end>[.!]*)")
# how long it will take ("Sửa nhà sẽ mất bao lâu?", "Sửa lại bếp sẽ mất khoảng ba tuần.")
_LONG = lazy(rf"(?:(?i:việc)\s+)?{_VP}\s+(?:(?P<will>sẽ)\s+)?mất\s+(?:(?P<about>khoảng)\s+)?(?:(?P<how>bao\s+lâu)|"
             rf"(?P<n>\d{{1,3}}|{alternatives(_N_VI)})\s+(?P<span>{alternatives(_SPANS)}))(?:\s+(?P<more>nữa))?"
             rf"{SOFTENED_END}")
# the sound of drilling ("Tôi ghét tiếng khoan tường.", "Bạn có ghét tiếng khoan không?")
_DRILLING = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<feel>ghét|không\s+chịu\s+(?:được|nổi))\s+"
                 rf"tiếng\s+khoan(?:\s+tường)?{ASKED_END}")
# the builders ("Thợ xây đến rồi.", "Ngày mai thợ xây sẽ đến.", "Thợ xây đến chưa?")
_DAY = rf"(?P<day>(?i:{alternatives(_DAYS)}))"
_BUILDERS = lazy(rf"(?:{_DAY}\s*,?\s+)?[Tt]hợ\s+xây\s+(?:(?P<tense>sẽ|sắp|đang)\s+)?(?:đến|tới)"
                 rf"(?:\s+(?P<tail>rồi|chưa)|\s+(?:vào\s+)?(?P<day2>(?i:{alternatives(_DAYS)})))?{SOFTENED_END}")

# ... and in English
_VERB_EN = r"(?P<verb>renovat(?:e|ing|ed)|redo(?:ing|ne)?|retil(?:e|ing|ed))"
_PLACE_EN = (rf"(?P<owner>(?i:the|my|your|his|her|our|their))\s+(?:(?P<of>{alternatives(ROOMS_VI)})\s+)?"
             rf"(?P<place>{alternatives(PLACES_VI)}|floor)")
_DOING_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Do|Does|Have|Has)\s+)?{_WHO_EN}(?P<aux>['’](?:m|re|s|ve)|\s+(?:am|is|are|have|"
                 r"has|do|does))?(?P<not>\s+not|n['’]t)?(?P<just>\s+just)?(?:\s+(?P<mod>planning\s+to|going\s+to|"
                 rf"about\s+to|wants?\s+to|needs?\s+to|ha(?:ve|s)\s+to|finished))?\s+{_VERB_EN}\s+{_PLACE_EN}"
                 r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
NOISY_EN = lazy(r"(?P<work>.+?),?\s+and\s+it(?:['’]s|\s+is)\s+(?P<d>so|very|really)\s+noisy\s*(?P<end>[.!]*)")
_TO_EN = rf"to\s+{_VERB_EN}\s+{_PLACE_EN}"
_HOW_LONG_EN = lazy(rf"How\s+(?:(?P<more>much\s+longer)|long)\s+will\s+(?:it\s+take\s+{_TO_EN}|(?P<reno>the\s+"
                    r"renovations?)\s+take)\s*\?+")
_TAKES_EN = lazy(r"(?:It(?:['’]ll|\s+will)\s+take|(?P<reno>The\s+renovations?)\s+will\s+take)\s+"
                 rf"(?:(?P<about>about)\s+)?(?:(?P<another>another)\s+)?(?P<n>\d{{1,3}}|{alternatives(_N_EN)})\s+"
                 rf"(?P<span>(?:{alternatives(_SPANS_VI)})s?)(?:\s+{_TO_EN})?\s*(?P<end>[.!]*)")
_DRILLING_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?"
                    r"(?P<feel>hates?|can['’]t\s+stand|cannot\s+stand)\s+the\s+(?:sound|noise)\s+of\s+drilling"
                    r"\s*(?P<end>[.!?]*)")
_BUILDERS_EN = lazy(rf"(?:(?P<q>Are)\s+the\s+builders|The\s+builders(?:\s+are|['’]re))\s+"
                    r"(?:(?P<here>here)(?P<yet>\s+yet)?|(?P<way>on\s+their\s+way)|(?P<coming>coming)"
                    rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of doing up a house or a room, retiling the floor, the neighbours' noisy work,
    how long it will take, the sound of drilling, or the builders; None for any other."""
    if src == "vi":
        return _doing(text) or _noisy(text) or _long(text) or _drilling(text) or _builders(text)
    text = text.replace("’", "'")
    return _doing_vi(text) or _noisy_vi(text) or _long_vi(text) or _drilling_vi(text) or _builders_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my parents", False; mt.hobbies.person_of: None for a pet,
    "I" asked, "anh" saying it, and a neighbour, whose work is mt/neighbours.py's)."""
    said = (parents_said(m, "en"), False) if m["parents"] else person_of(m, asked)
    return None if said is None or said[0].endswith("neighbour") else said


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether one ("bố mẹ tôi", False; mt.hobbies.who_vi); None for a
    pet and a neighbour."""
    if m["parents"]:
        return parents_said(m, "vi"), False
    said = None if animal(m) else who_vi(m)
    return None if said is None or "hàng xóm" in said[0] else said


def _done_up(m: re.Match) -> tuple[str, str] | None:
    """The English verb and what is done up, of a match of _VP: ("renovate", "the house") for "sửa nhà", ("redo",
    "the kitchen") for "sửa lại bếp", ("retile", "the kitchen floor") for "lát lại sàn nhà bếp"; None for "sửa" of
    anything but the house ("sửa bếp": the stove?)."""
    if m["floor"]:
        return "retile", f"the {ROOMS[keyed(m['of'])]} floor" if m["of"] else "the floor"
    verb, place = " ".join(keyed(m["verb"]).split()), PLACES[keyed(m["place"])]
    if verb == "sửa" and place != "house":
        return None
    return ("renovate" if place in ("house", "flat") or verb.startswith("cải") else "redo"), f"the {place}"


def _done_up_vi(verb: str, place: str, of: str | None) -> str | None:
    """What is done up in Vietnamese, of an English verb and place (`of` a room before "floor"): "sửa nhà", "sửa lại
    bếp", "lát lại sàn nhà"; None for a floor not retiled, or retiling anything but a floor."""
    if (place == "floor") != (verb == "retile") or of and place != "floor":
        return None
    if place == "floor":
        return f"lát lại sàn {ROOMS_VI[of.lower()]}" if of else "lát lại sàn nhà"
    return "sửa nhà" if place == "house" else f"sửa lại {(PLACES_VI | ROOMS_VI)[place]}"  # ("bếp": the kitchen)


def _doing(text: str) -> str | None:
    """"Chúng tôi đang sửa lại bếp." as "We're redoing the kitchen.", "Tôi vừa lát lại sàn nhà." as "I've just
    retiled the floor.", "Bạn sửa nhà xong chưa?" as "Have you finished renovating the house yet?", "Bạn có định sửa
    nhà không?" as "Are you planning to renovate the house?" (_DOING); None for anything else, a plain verb, "vừa …
    xong" asked or denied, and a neighbour (mt/neighbours.py's)."""
    m = _DOING.fullmatch(text)
    if not m or (thing := _done_up(m)) is None:
        return None
    asked, q = bool(m["asked"] or m["tail"] == "chưa"), "?" in m["end"]
    tense, neg, tail, done = keyed(m["tense"] or ""), m["neg"], m["tail"], bool(m["done"])
    said = None if asked != q or bool(m["ask"]) != bool(m["asked"]) else _who(m, asked)
    if said is None:
        return None
    who_, one = said
    base, ing, ed = _FORMS[thing[0]]
    have, do, be_ = ("has" if one else "have"), ("does" if one else "do"), be(who_)
    what = f"finished {ing} {thing[1]}" if done else f"{ed} {thing[1]}"
    if tail or neg == "chưa" or tense == "đã":  # (done by now, not yet, or asked)
        if tense not in ("", "đã") or neg == "không" or bool(tail) == (neg == "chưa") or tail == "chưa" and neg:
            return None
        if tail == "chưa":
            return f"{have.capitalize()} {who_} {what} yet?"
        return capitalised(f"{who_} {have}n't {what} yet." if neg else contracted(who_, f"{have} {what}."))
    if done and not tense.startswith(("vừa", "mới")) or not tense or tense in ("sẽ", "sắp") and (neg or asked):
        return None
    if done and (neg or asked):  # ("Bạn có vừa sửa nhà xong không?" is not "You've just finished …")
        return None
    if tense == "đang" and (neg or done):
        return None
    if done:
        return capitalised(contracted(who_, f"{have} just {what}."))
    if asked or neg:
        if tense not in _MODALS and tense != "đang":
            return None
        modal = _MODALS.get(tense, "")
        first, verb = (be_, ing) if tense == "đang" else (be_ if tense == "định" else do, base)
        if asked:
            return f"{first.capitalize()} {who_} {modal + ' ' if modal else ''}{verb} {thing[1]}?"
        negated = "I'm not" if who_ == "I" and first == "am" else f"{who_} {first}n't"
        return capitalised(f"{negated} {modal} {base} {thing[1]}.")
    v = {"be": be_, "have": have, "base": base, "ing": ing, "ed": ed, "want": "wants" if one else "want",
         "need": "needs" if one else "need"}
    return capitalised(contracted(who_, _TENSES[tense].format(**v)) + f" {thing[1]}{stop(m['end'])}")


def _doing_vi(text: str) -> str | None:
    """"We're redoing the kitchen." as "Chúng tôi đang sửa lại bếp.", "I've just retiled the floor." as "Tôi vừa lát
    lại sàn nhà.", "Have you finished renovating the house yet?" as "Bạn sửa nhà xong chưa?", "We don't want to redo
    our bathroom." as "Chúng tôi không muốn sửa lại phòng tắm." (_DOING_EN); None for anything else, where the verb does
    not agree with who, a place not who's own, and a neighbour or a pet."""
    m = _DOING_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and not (m["q"] and m["aux"]) and _who_vi(m)
    if not said:
        return None
    who_, one = said
    verb, form = _FORM_OF[m["verb"].lower()]
    vp, owner = _done_up_vi(verb, keyed(m["place"]), m["of"] and keyed(m["of"])), m["owner"].lower()
    if vp is None or owner != "the" and (owner != "their" if m["parents"] else own_thing(m, who_, one) is not True):
        return None
    first = (m["q"] or m["aux"] or "").strip().lower().replace("'ve", "have").replace("'", "")
    first = {"m": "am", "re": "are", "s": "has" if form == 2 or m["mod"] == "finished" else "is"}.get(first, first)
    mod = " ".join((m["mod"] or "").split())
    asked, neg, yet, just = bool(m["q"]), bool(m["not"]), bool(m["yet"]), bool(m["just"])
    perfect = first in ("have", "has") and mod in ("", "finished")
    if asked and who_ == "tôi" or yet and not (perfect and (neg or asked)) or just and (neg or asked or not perfect):
        return None
    if first in ("am", "is", "are"):
        if not (first == "are" if m["parents"] else be_agrees(m, first)) or just:
            return None
        how = {("", 1): "đang", ("planning to", 0): "định", ("going to", 0): "sẽ", ("about to", 0): "sắp"}.get(
            (mod, form))
        if how is None or asked and how not in ("đang", "định") or neg and how not in ("định", "sẽ"):
            return None
        how = ("sẽ không" if how == "sẽ" else f"không {how}") if neg else how
    elif perfect:
        if (first == "has") != one or form != (1 if mod else 2):
            return None
        if asked:
            return capitalised(f"{who_} {vp} xong chưa?" if mod else f"{who_} đã {vp} chưa?")
        how = "chưa" if neg else "vừa" if just else ""
        if not how:
            return capitalised(f"{who_} {vp} xong rồi." if mod else f"{who_} đã {vp} rồi.")
        vp += " xong" if mod else ""
    else:
        said = mod.replace("wants", "want").replace("needs", "need").replace("has", "have")
        how = {"want to": "muốn", "need to": "cần", "have to": "phải"}.get(said)
        agrees = (first == "does") == one if first in ("do", "does") else (mod != said) == one
        if how is None or form != 0 or not agrees or bool(first) != (asked or neg) or first and mod != said:
            return None
        how = f"không {how}" if neg else how
    if asked:
        return capitalised(f"{who_} có {how} {vp} không?")
    return capitalised(f"{who_} {how} {vp}{stop(m['end'])}")


def _noisy(text: str) -> str | None:
    """"Nhà bên cạnh đang sửa nhà, ồn quá." as "The people next door are renovating their house, and it's so noisy."
    (_NOISY: the work as mt/neighbours.py says it, "Hàng xóm đang khoan tường, ồn quá." too); None for anything else,
    and for work that is not building ("Hàng xóm đang mở tiệc, ồn quá.": mt/neighbours.py's alone)."""
    m = _NOISY.fullmatch(text)
    if not m or not (m["before"] or m["after"]) or m["before"] and m["after"]:
        return None
    said = neighbours_said(f"{m['work']}.", "vi", "en")
    if not said or not re.search(r"renovat|building|built|drilling", said):
        return None
    return f"{said[:-1]}, and it's {DEGREE[m['before'] or m['after']]} noisy{stop(m['end'])}"


def _noisy_vi(text: str) -> str | None:
    """"The neighbours are renovating their house, and it's so noisy." as "Hàng xóm đang sửa nhà, ồn quá.", "The
    house next door is being renovated and it's very noisy." as "Nhà bên cạnh đang được sửa lại, rất ồn." (NOISY_EN,
    the work as mt/neighbours.py says it); None for anything else."""
    m = NOISY_EN.fullmatch(text)
    said = m and neighbours_said(f"{m['work']}.", "en", "vi")
    if not said or not re.search(r"sửa|xây|khoan", said):
        return None
    before, after = EN_DEGREE[m["d"]]
    return f"{said[:-1]}, {' '.join(w for w in (before, 'ồn', after) if w)}{stop(m['end'])}"


def _long(text: str) -> str | None:
    """"Sửa nhà sẽ mất bao lâu?" as "How long will it take to renovate the house?", "Sửa lại bếp mất bao lâu nữa?"
    as "How much longer will it take to redo the kitchen?", "Sửa nhà sẽ mất khoảng hai tháng." as "It'll take about
    two months to renovate the house." (_LONG); None for anything else, and with neither "sẽ" nor "nữa" (took, or
    takes?)."""
    m = _LONG.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or not (m["will"] or m["more"]) or (thing := _done_up(m)) is None:
        return None
    to = f"to {_FORMS[thing[0]][0]} {thing[1]}"
    if m["how"]:
        return None if m["about"] else f"How {'much longer' if m['more'] else 'long'} will it take {to}?"
    n = int(m["n"]) if m["n"].isdigit() else _N_VI[keyed(m["n"])]
    if not 0 < n <= 100 or m["more"] and m["about"]:
        return None
    span = _SPANS[keyed(m["span"])]
    many = f"{en_word(n)} {span}s" if n > 1 else span if m["more"] else f"a {span}"  # ("another week", "a week")
    how = f"{'about ' if m['about'] else ''}{'another ' if m['more'] else ''}{many}"
    return f"It'll take {how} {to}{stop(m['end'])}"


def _long_vi(text: str) -> str | None:
    """"How long will it take to renovate the house?" as "Sửa nhà sẽ mất bao lâu?", "How long will the renovation
    take?" as "Việc sửa nhà sẽ mất bao lâu?", "It'll take two months to redo the kitchen." as "Sửa lại bếp sẽ mất hai
    tháng." (_HOW_LONG_EN, _TAKES_EN); None for anything else, "It'll take two months." alone (what?), and a number
    not agreeing with its span ("one months", "an year", "another a month")."""
    m = _HOW_LONG_EN.fullmatch(text) or _TAKES_EN.fullmatch(text)
    if not m or m["verb"] and m["reno"] or not (m["verb"] or m["reno"]):
        return None
    what = "Việc sửa nhà"
    if m["verb"]:
        verb, form = _FORM_OF[m["verb"].lower()]
        vp = form == 0 and m["owner"].lower() == "the" and _done_up_vi(verb, keyed(m["place"]),
                                                                      m["of"] and keyed(m["of"]))
        if not vp:
            return None
        what = vp.capitalize()
    if "n" not in m.groupdict():  # (how long, asked)
        return f"{what} {'sẽ mất bao lâu nữa' if m['more'] else 'sẽ mất bao lâu'}?"
    n = int(m["n"]) if m["n"].isdigit() else _N_EN[m["n"].lower()]
    span = m["span"].lower()
    if not 0 < n <= 100 or (n > 1) != span.endswith("s") or m["about"] and m["another"] or m["another"] and n == 1:
        return None  # ("another month", not "another a month")
    how = f"{'khoảng ' if m['about'] else ''}{vi_word(n)} {_SPANS_VI[span.removesuffix('s')]}"
    return f"{what} sẽ mất {how}{' nữa' if m['another'] else ''}{stop(m['end'])}"


def _drilling(text: str) -> str | None:
    """"Tôi ghét tiếng khoan tường." as "I hate the sound of drilling.", "Mẹ tôi không chịu nổi tiếng khoan." as "My
    mother can't stand the sound of drilling.", "Bạn có ghét tiếng khoan không?" as "Do you hate the sound of
    drilling?" (_DRILLING); None for anything else."""
    m = _DRILLING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (m["ask"] or m["not"]) and m["feel"] != "ghét":
        return None
    said = _who(m, asked)
    if said is None:
        return None
    who_, one = said
    if m["feel"] != "ghét":
        return capitalised(f"{who_} can't stand the sound of drilling{stop(m['end'])}")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} hate the sound of drilling?"
    hate = (f"{'doesn' if one else 'don'}'t hate" if m["not"] else "hates" if one else "hate")
    return capitalised(f"{who_} {hate} the sound of drilling{stop(m['end'])}")


def _drilling_vi(text: str) -> str | None:
    """"I hate the sound of drilling." as "Tôi ghét tiếng khoan.", "She can't stand the noise of drilling." as "Cô
    ấy không chịu nổi tiếng khoan.", "Do you hate the sound of drilling?" as "Bạn có ghét tiếng khoan không?"
    (_DRILLING_EN); None for anything else, and where the verb does not agree with who."""
    m = _DRILLING_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_vi(m)
    if not said:
        return None
    who_, one = said
    feel, first = " ".join(m["feel"].lower().split()), (m["q"] or m["not"] or "").lower()
    hates = feel.startswith("hate")
    if hates and (first.startswith("does") != one if first else (feel == "hates") != one) or \
            hates and first and feel != "hate" or not hates and first or m["q"] and who_ == "tôi":
        return None
    if not hates:
        return capitalised(f"{who_} không chịu nổi tiếng khoan{stop(m['end'])}")
    if m["q"]:
        return capitalised(f"{who_} có ghét tiếng khoan không?")
    return capitalised(f"{who_} {'không ghét' if m['not'] else 'ghét'} tiếng khoan{stop(m['end'])}")


def _builders(text: str) -> str | None:
    """"Thợ xây đến rồi." as "The builders are here.", "Ngày mai thợ xây sẽ đến." as "The builders are coming
    tomorrow.", "Thợ xây đang đến." as "The builders are on their way.", "Thợ xây đến chưa?" as "Are the builders here
    yet?" (_BUILDERS); None for anything else, and a plain "Thợ xây đến." (come, or coming?), today as well ("Sáng
    nay thợ xây đến.": came this morning, or coming?)."""
    m = _BUILDERS.fullmatch(text)
    if not m or (m["tail"] == "chưa") != ("?" in m["end"]) or m["day"] and m["day2"]:
        return None
    tense, day = m["tense"] or "", m["day"] or m["day2"]
    if m["tail"]:
        if tense or day:
            return None
        return "Are the builders here yet?" if m["tail"] == "chưa" else f"The builders are here{stop(m['end'])}"
    if tense == "đang":
        return None if day else f"The builders are on their way{stop(m['end'])}"
    if tense == "sắp" and not day:
        return f"The builders will be here soon{stop(m['end'])}"
    if day and (tense == "sẽ" or tense == "" and not keyed(day).endswith("nay")):  # ("Sáng nay thợ xây đến.": came?)
        return f"The builders are coming {_DAYS[keyed(day)]}{stop(m['end'])}"
    return None


def _builders_vi(text: str) -> str | None:
    """"The builders are here." as "Thợ xây đến rồi.", "The builders are coming tomorrow." as "Ngày mai thợ xây sẽ
    đến.", "The builders are on their way." as "Thợ xây đang đến.", "Are the builders here yet?" as "Thợ xây đến
    chưa?" (_BUILDERS_EN); None for anything else, and "coming" with no day (now, or some day?)."""
    m = _BUILDERS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != bool(m["yet"]):
        return None
    if m["here"]:
        return "Thợ xây đến chưa?" if m["q"] else f"Thợ xây đến rồi{stop(m['end'])}"
    if m["q"]:
        return None
    if m["way"]:
        return f"Thợ xây đang đến{stop(m['end'])}"
    return m["day"] and f"{capitalised(_DAYS_VI[m['day'].lower()])} thợ xây sẽ đến{stop(m['end'])}"
