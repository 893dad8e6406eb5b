"""Reporting to the police, both ways, written whole by rule: going to the police station to report something, having
reported a theft, a loss or an incident to the police, being told to report it, the police taking a statement, and
a confirmation of the report got. v8 (the rules on) reads "trình báo" as a release of news, "công an" as security or
the public, "lời khai" as an answer: "Tôi phải lên đồn công an trình báo." → "I must go up to the release of the
news.", "Tôi đã trình báo mất xe với công an." → "I've reported a loss of car with a security.", "Bạn nên trình báo
công an." → "You should alert you.", "Công an đã lấy lời khai của anh ấy." → "The public had taken his public.",
"Người ta bảo tôi trình báo công an." → "People told me the release of public."; and back, "I have to go to the
police station to report it." → "Tôi phải đi đến trạm cảnh sát để báo cáo nó.", "I reported my stolen motorbike to
the police." → "Tôi báo cáo xe máy đánh cắp của tôi đến cảnh sát.", "The police took his statement." → "Cảnh sát đã
đưa ra tuyên bố của mình.", "I was told to report it to the police." → "Tôi được nói với báo cáo nó cho cảnh sát.".

Taken: who (mt.hobbies.WHO, WHO_EN) goes to the police station ("lên đồn công an trình báo") to report it, or reports
it to the police ("trình báo (với) công an"): it, the incident, the theft, one's own thing stolen ("mất xe", "mất trộm
ví": "my stolen motorbike") or lost ("mất ví": "the loss of my wallet"); done ("đã", a day behind), done by now
("rồi"), just, will, should, has to, needs to, had to, going now ("đang"), not yet ("chưa"), asked ("… chưa?", "có …
không?", "có phải, cần, nên … không?"); someone, the police or "người ta" telling, advising or asking whom to report it
("I was told to …"); the police taking whose statement (took, have taken, just, are taking, will, not yet, asked);
who got a confirmation of the report, or needs to get one. Left: "báo công an", "báo cảnh sát", "gọi cảnh sát" and
"report it to the police" said by who (mt/theft.py), theft and loss said alone (mt/theft.py, mt/mishaps.py), fines and
papers checked by the police (mt/fines.py, mt/vehicle_papers.py), "khai báo" (a statement, or registering a stay?),
a plain verb with no word of when ("Tôi trình báo công an.": done, or a habit?), "không trình báo" (didn't, or won't?),
"I" asked done ("Tôi đã trình báo công an chưa?"), a thing of another's ("Lan reported his stolen car."), a vehicle's
loss in English (lost, or stolen?), a name alone with a thing in Vietnamese (his or hers?), "anh", "chị", "em" alone
saying it, a pet as who, who telling themselves ("Tôi bảo tôi …", "She told her to …": or said she had?), and anything
else.
mt.phrasebook.translate tries these after mt/video_games.py.

    >>> translate("Bạn nên trình báo công an.", "vi", "en"), translate("The police took his statement.", "en", "vi")
    ('You should report it to the police.', 'Công an đã lấy lời khai của anh ấy.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, first_agrees, owner_of, own_thing,
                      pet, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trình\s+báo|lời\s+khai)"), "en": lazy(r"(?i:police|report)")}
# what is reported (the first Vietnamese of each is written back); things stolen or lost (True: a vehicle, whose
# "mất" is stolen: it is not mislaid)
_CASES = {"vụ việc": "the incident", "sự việc": "the incident", "vụ trộm": "the theft", "vụ mất trộm": "the theft"}
_CASES_VI = {en: vi for vi, en in reversed(_CASES.items())}
_THINGS = {"xe máy": ("motorbike", True), "xe": ("motorbike", True), "xe đạp": ("bicycle", True),
           "ô tô": ("car", True), "xe ô tô": ("car", True), "ví": ("wallet", False), "điện thoại": ("phone", False),
           "hộ chiếu": ("passport", False), "túi xách": ("handbag", False)}
_THINGS_VI = {en: (vi, ride) for vi, (en, ride) in reversed(_THINGS.items())} | {"motorcycle": ("xe máy", True)}
# days said at the end: behind with the past, ahead with will, should, has to (the first Vietnamese is written back)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối hôm qua", "tối qua",
                  "hôm kia", "tuần trước", "ngày mai", "sáng mai", "chiều mai", "tuần sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# Vietnamese before the verb, as English says it after who (one, others); asked with "có" (English's first word)
_MODALS = {"sẽ": ("will", "will"), "phải": ("has to", "have to"), "cần": ("needs to", "need to"),
           "nên": ("should", "should"), "đã phải": ("had to", "had to")}
_ASKING = {"": "did", "phải": "have to", "cần": "need to", "nên": "should", "đang": "be"}

_POLICE = r"(?:công\s+an|cảnh\s+sát)"
_TENSE = r"(?:(?P<ask>có)\s+)?(?:(?P<tense>đã\s+phải|đã|vừa\s+mới|vừa|sẽ|phải|cần|nên|chưa|đang)\s+)?"
_END = (rf"(?:\s+(?P<day>{alternatives(_DAYS)}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
        rf"{SOFTENED_END}")
# what is reported: the incident, the theft, a thing lost or stolen ("mất xe", "việc bị mất trộm ví")
_OBJ = (rf"(?:\s+(?P<case>{alternatives(_CASES)})|\s+(?:việc\s+)?(?:bị\s+)?mất(?P<stolen>\s+trộm)?\s+"
        rf"(?P<thing>{alternatives(_THINGS)}))?")
# to the police station to report it ("lên đồn công an trình báo mất xe"), or to the police ("trình báo vụ trộm
# với công an", "trình báo công an"): _act reads which
_ACT = (rf"(?:(?P<station>(?:lên|đến|tới|ra)\s+đồn(?:\s+{_POLICE})?\s+(?:để\s+)?)?trình\s+báo{_OBJ}"
        rf"(?P<to>(?:\s+(?P<with>với|cho))?\s+{_POLICE})?)")
_REPORT = lazy(rf"{WHO}\s+{_TENSE}{_ACT}{_END}")
# "Công an bảo tôi lên đồn trình báo.", "Người ta khuyên tôi nên trình báo công an."
_TOLD = lazy(rf"(?:(?P<they>(?i:người\s+ta))|(?P<police>(?i:{_POLICE}))|{WHO})\s+(?:(?P<tense>đã)\s+)?"
             rf"(?P<told>bảo|khuyên|yêu\s+cầu)\s+{WHOM}\s+(?:(?P<must>nên|phải)\s+)?(?:đi\s+)?{_ACT}{SOFTENED_END}")
_STATEMENT = lazy(rf"(?i:{_POLICE})\s+{_TENSE}lấy\s+lời\s+khai\s+(?:của\s+)?{OWNER}{_END}")
_PAPER = lazy(rf"{WHO}\s+{_TENSE}(?P<verb>nhận\s+được|xin)\s+giấy\s+xác\s+nhận\s+(?:đã\s+)?trình\s+báo"
              rf"(?P<from>\s+(?:của|từ)\s+{_POLICE})?{_END}")

# ... and in English (’ read as ')
_Q = r"(?:(?P<q>Do|Does|Did|Have|Has|Should|Are|Is|Am)\s+)?"
_AUX = (r"(?P<aux>\s+(?:will|should|must|had\s+to|ha(?:ve|s)\s+to|needs?\s+to|ha(?:ve|s)(?:\s+not|n't)?|am|is|are)|"
        r"'(?:ll|ve|s|m|re))?(?P<just>\s+just)?")
_END_EN = rf"(?P<yet>\s+yet)?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)"
_OBJ_EN = (rf"(?:(?P<it>it)|(?P<case>{alternatives(_CASES_VI)})|(?P<of>the\s+(?:theft|loss)\s+of\s+)?"
           rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<stolen>stolen\s+)?(?P<thing>{alternatives(_THINGS_VI)}))")
_ACT_EN = (r"(?:(?P<verb>go|going|went|been)\s+to\s+the\s+police\s+station\s+to\s+report|"
           rf"(?P<rep>report|reporting|reported))\s+{_OBJ_EN}(?P<to>\s+to\s+the\s+police)?")
_REPORT_EN = lazy(rf"{_Q}{WHO_EN}{_AUX}\s+{_ACT_EN}{_END_EN}")
_TOLD_EN = lazy(rf"(?:(?P<police>(?i:the\s+police))|{WHO_EN})\s+(?P<told>told|advised|asked)\s+{WHOM_EN}\s+to\s+"
                rf"{_ACT_EN}\s*(?P<end>[.!?]*)")
_TOLD_TO_EN = lazy(rf"{WHO_EN}\s+(?P<be>was|were)\s+(?P<told>told|advised|asked)\s+to\s+{_ACT_EN}\s*(?P<end>[.!?]*)")
_STATEMENT_EN = lazy(rf"{_Q}(?P<police>(?i:the\s+police)){_AUX}\s+(?P<verb>take|took|taken|taking)\s+(?:(?P<owner>"
                     rf"(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)\s+(?P<many>statements?){_END_EN}")
_PAPER_EN = lazy(rf"{_Q}{WHO_EN}{_AUX}\s+(?P<verb>get|got|receive|received)\s+a\s+confirmation\s+of\s+the\s+"
                 rf"report(?P<from>\s+from\s+the\s+police)?{_END_EN}")
# English verbs: which forms a word is (base, past, participle, -ing), and the forms of each verb
_FORMS = {"go": "b", "went": "p", "been": "n", "going": "i", "report": "b", "reported": "pn", "reporting": "i",
          "take": "b", "took": "p", "taken": "n", "taking": "i", "get": "b", "got": "pn", "receive": "b",
          "received": "pn"}
_GO, _REPORTS = ("go", "went", "been", "going"), ("report", "reported", "reported", "reporting")
_TAKE, _RECEIVE, _GET = ("take", "took", "taken", "taking"), ("receive", "received", "received", "receiving"), \
    ("get", "got", "got", "getting")
_TOLD_VI = {"told": "{who} bảo {whom}", "advised": "{who} khuyên {whom} nên", "asked": "{who} yêu cầu {whom}"}
_PASSIVE_VI = {"told": "Người ta bảo {who}", "advised": "{who} được khuyên nên", "asked": "{who} được yêu cầu"}
# who as whom, in English: who telling themselves ("I told me"; "Anh ấy bảo anh ấy trình báo" reads "He said he …")
_SELF = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of going to the police station to report something, reporting it to the police,
    being told to, the police taking a statement, or a confirmation of the report; None for any other."""
    if src == "vi":
        return _report(text) or _told(text) or _statement(text) or _paper(text)
    text = text.replace("’", "'")
    return _report_vi(text) or _told_vi(text) or _statement_vi(text) or _paper_vi(text)


def _said_en(m: re.Match, who_: str, one: bool, forms: tuple[str, ...], rest: str) -> str | None:
    """A sentence of who doing it (`forms`: base, past, participle, -ing; `rest` after the verb) as the Vietnamese of
    a match (groups ask, tense, day, done, asked, end) says when: "đã" as "reported", "… rồi" as "have reported",
    "chưa?" as "Have you reported …?", "có phải … không?" as "Do I have to …?"; None for a plain verb with no word of
    when, "I" asked done, a day the tense does not take, and "có" or "không?" alone."""
    base, past, part, ing = forms
    tense, done, word = (keyed(m[g] or "") for g in ("tense", "done", "asked"))
    way = m["day"] and NEAR_WAY[keyed(m["day"])]
    when, have = f" {_DAYS[keyed(m['day'])]}" if way else "", "has" if one else "have"
    be = "am" if who_ == "I" else "is" if one else "are"
    if ("?" in m["end"]) != bool(word) or bool(m["ask"]) != (word == "không") or word and (way or done):
        return None
    if word == "chưa":  # ("Bạn đã trình báo công an chưa?")
        return f"{have.capitalize()} {who_} {part} {rest}?" if tense in ("", "đã") and who_ != "I" else None
    if word:  # ("có … không?": "I" asked only whether I have to, need to, should)
        first = _ASKING.get(tense)
        if first is None or who_ == "I" and tense in ("", "đang"):
            return None
        if first == "be":
            return f"{be.capitalize()} {who_} {ing} {rest}?"
        asking = f"{'Does' if one else 'Do'} {who_} {first}" if " " in first else f"{first.capitalize()} {who_}"
        return f"{asking} {base} {rest}?"
    if done:  # ("Tôi đã trình báo công an rồi.": done by now)
        said = f"{have} {part} {rest}" if tense in ("", "đã") and not way else None
    elif tense in ("", "đã"):
        said = f"{past} {rest}{when}" if tense or way == "behind" else None
        said = said if way != "ahead" else None
    elif tense == "chưa":  # (not "I've not reported")
        return None if way else capitalised(f"{who_} {have}n't {part} {rest} yet{stop(m['end'])}")
    elif tense in ("vừa", "vừa mới", "đang"):
        said = None if way else f"{have} just {part} {rest}" if tense != "đang" else f"{be} {ing} {rest}"
    else:
        said = f"{_MODALS[tense][0 if one else 1]} {base} {rest}{when}"
        said = None if way == ("ahead" if tense == "đã phải" else "behind") else said
    return said and capitalised(contracted(who_, said) + stop(m["end"]))


def _what_en(m: re.Match, whose: str | None) -> str | None:
    """What a match of _ACT says is reported, in English: "it", "the theft", "my stolen motorbike" ("mất xe"), "the
    loss of my wallet" ("mất ví"); None for a thing where whose (`whose`) is not known."""
    if m["case"]:
        return _CASES[keyed(m["case"])]
    if not m["thing"]:
        return "it"
    thing, ride = _THINGS[keyed(m["thing"])]
    if whose is None:
        return None
    return f"{whose} stolen {thing}" if ride or m["stolen"] else f"the loss of {whose} {thing}"


def _act_en(m: re.Match, whose: str | None) -> tuple[tuple[str, ...], str] | None:
    """The English verb's forms and what follows of a match of _ACT: (go …, "to the police station to report it"),
    (report …, "it to the police"); None where the police are not said, or said twice, or "với" is wanted."""
    what = _what_en(m, whose)
    if what is None or bool(m["station"]) == bool(m["to"]) or m["to"] and what != "it" and not m["with"]:
        return None
    return (_GO, f"to the police station to report {what}") if m["station"] else (_REPORTS, f"{what} to the police")


def _report(text: str) -> str | None:
    """"Tôi phải lên đồn công an trình báo." as "I have to go to the police station to report it.", "Tôi đã trình báo
    mất xe với công an." as "I reported my stolen motorbike to the police.", "Bạn đã trình báo công an chưa?" as "Have
    you reported it to the police?" (_REPORT); None for anything else, and a pet."""
    m = _REPORT.fullmatch(text)
    said = m and not animal(m) and who(m, "?" in m["end"])
    act = said and _act_en(m, whose_own(m, said[0]))
    return act and _said_en(m, *said, *act)


def _told(text: str) -> str | None:
    """"Mẹ tôi bảo tôi trình báo công an." as "My mother told me to report it to the police.", "Người ta bảo tôi lên
    đồn trình báo." as "I was told to go to the police station to report it.", "Công an khuyên tôi nên trình báo."
    (_TOLD); None for anything else, a thing reported (whose?), a question, and a pet."""
    m = _TOLD.fullmatch(text)
    if not m or "?" in m["end"] or m["thing"] or m["they"] and m["tense"] or pet(m["whom"], "vi"):
        return None
    act = _act_en(m, None)
    told = {"bảo": "told", "khuyên": "advised", "yêu cầu": "asked"}[keyed(m["told"])]
    if act is None or m["must"] and (told != "advised") == (keyed(m["must"]) == "nên"):
        return None  # ("khuyên … nên", "bảo … phải": either, as said; not "khuyên … phải")
    to = f"{act[0][0]} {act[1]}"
    if m["they"]:  # ("Người ta bảo tôi …": I was told)
        whom = re.fullmatch(WHO, " ".join(m["whom"].split()))
        said = whom and not animal(whom) and who(whom, False)
        return said and capitalised(f"{said[0]} {'was' if said[1] or said[0] == 'I' else 'were'} {told} to {to}"
                                    f"{stop(m['end'])}")
    said = ("the police", False) if m["police"] else not animal(m) and who(m, False)
    whom = as_whom(m["whom"], "vi")
    if said and whom and _SELF.get(said[0].lower(), said[0].lower()) == whom.lower():
        return None  # (who telling themselves: "I told me", "He told him": he said he …?)
    return said and whom and capitalised(f"{said[0]} {told} {whom} to {to}{stop(m['end'])}")


def _statement(text: str) -> str | None:
    """"Công an đã lấy lời khai của anh ấy." as "The police took his statement.", "Công an đang lấy lời khai của
    tôi." as "The police are taking my statement.", "Công an đã lấy lời khai của bạn chưa?" as "Have the police
    taken your statement?" (_STATEMENT); None for anything else, and a pet's statement."""
    m = _STATEMENT.fullmatch(text)
    whose = m and not pet(m["someone"], "vi") and owner_of(m, None)
    if not whose:
        return None
    many = "s" if whose in ("our", "their") else ""
    return _said_en(m, "the police", False, _TAKE, f"{whose} statement{many}")


def _paper(text: str) -> str | None:
    """"Tôi đã nhận được giấy xác nhận trình báo của công an." as "I received a confirmation of the report from the
    police.", "Bạn cần xin giấy xác nhận trình báo." as "You need to get a confirmation of the report." (_PAPER);
    None for anything else: "xin" is only got where it is needed or to be ("đã xin": asked for, or got?)."""
    m = _PAPER.fullmatch(text)
    said = m and not animal(m) and who(m, "?" in m["end"])
    asking = keyed(m["verb"]) == "xin" if m else False
    if not said or asking != (keyed(m["tense"] or "") in _MODALS and keyed(m["tense"]) != "đã phải"):
        return None
    rest = f"a confirmation of the report{' from the police' if m['from'] else ''}"
    return _said_en(m, *said, _GET if asking else _RECEIVE, rest)


def _agrees(m: re.Match, who_: str, one: bool) -> bool:
    """Whether the verb of an English match (group q, or aux after who) agrees with who in Vietnamese `who_`, `one`
    ("she has", "I am", "do you", "he needs to")."""
    first = ((m["q"] or "").lower() or " ".join((m["aux"] or "").split()).split(" ")[0]).replace("n't", "")
    return (first == "needs") == one if first in ("need", "needs") else first_agrees(first, who_, one)


def _said_vi(m: re.Match, who_: str, one: bool, vp: str) -> str | None:
    """A Vietnamese sentence of who doing `vp` as an English match (groups q, aux, just, verb or rep, yet, day, end)
    says when: "reported" as "đã …", "have reported" as "đã … rồi", "Have you …?" as "… đã … chưa?", "Do I have to
    …?" as "… có phải … không?"; None where the verb's form or who does not agree, or a day the tense does not take."""
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").split()).replace("n't", " not")
    form, just, yet, asked = _FORMS[(m["verb"] or m["rep"]).lower()], bool(m["just"]), bool(m["yet"]), "?" in m["end"]
    way = m["day"] and NEAR_WAY[_DAYS_VI[m["day"].lower()]]
    day = f" {_DAYS_VI[m['day'].lower()]}" if way else ""
    if bool(q) != asked or not _agrees(m, who_, one) or just and (q or aux not in ("have", "has", "'ve", "'s")):
        return None
    have, be = aux in ("have", "has", "'ve", "'s"), aux in ("am", "is", "are", "'m", "'re", "'s") and form == "i"
    if yet and not (q in ("have", "has") or aux.endswith("not")) or (asked or have or be) and way:
        return None
    if q:  # ("Have you …?", "Did you …?", "Should I …?", "Do I have to …?", "Are you going …?")
        tense = {("have", "n"): "đã", ("has", "n"): "đã", ("did", "b"): "", ("should", "b"): "nên ",
                 ("do", "b"): "", ("does", "b"): "", ("are", "i"): "đang ", ("is", "i"): "đang ", ("am", "i"): "đang "}
        said = tense.get((q, "n" if "n" in form and q.startswith("ha") else form))
        modal = {"have to": "phải ", "need to": "cần "}.get(aux)  # (after "Does": "have to", not "has to")
        if said is None or bool(modal) != (q in ("do", "does")) or aux and not modal or \
                who_ == "tôi" and not (modal or said == "nên "):  # ("Did I …?": not asked of oneself)
            return None
        return capitalised(f"{who_} {said} {vp} chưa?" if said == "đã" else f"{who_} có {modal or said}{vp} không?")
    tense = ("vừa" if just else "đã") if have and "n" in form else "chưa" if aux in ("have not", "has not") and \
        "n" in form else "đang" if be else "đã" if not aux and "p" in form else None
    if tense is None and form == "b":
        tense = {"will": "sẽ", "'ll": "sẽ", "should": "nên", "must": "phải", "have to": "phải", "has to": "phải",
                 "need to": "cần", "needs to": "cần", "had to": "đã phải"}.get(aux)
    if tense is None or way and way != ("behind" if tense in ("đã", "đã phải") else "ahead") or way and \
            tense in ("vừa", "chưa", "đang") or tense == "đã" and have and day:
        return None
    done = " rồi" if have and tense == "đã" else ""
    return capitalised(f"{who_} {tense} {vp}{done}{day}{stop(m['end'])}")


def _what_vi(m: re.Match, who_: str | None, one: bool) -> str | None:
    """What a match of _ACT_EN says is reported, in Vietnamese ("" for it, "vụ trộm", "mất xe máy", "mất trộm ví");
    None for another's thing (a name's "his" or "her" that is not the name's: "Lan … his"), a vehicle's loss (lost, or
    stolen?), a thing both stolen and its theft said."""
    if m["it"] or m["case"]:
        return _CASES_VI[m["case"]] if m["case"] else ""
    thing, ride = _THINGS_VI[m["thing"]]
    of = (m["of"] or "").split(" ")[1:2]
    if who_ is None or not own_thing(m, who_, one) or bool(of) == bool(m["stolen"]) or of == ["loss"] and ride:
        return None
    if m["given"] and named_his_her(m["given"]) not in (None, m["owner"].lower()):
        return None  # ("Lan reported his stolen car.": another's; "Minh … his", either's name, as said)
    return f"mất {thing}" if ride or of == ["loss"] else f"mất trộm {thing}"


def _act_vi(m: re.Match, who_: str | None, one: bool) -> str | None:
    """The Vietnamese of a match of _ACT_EN: "lên đồn công an trình báo", "trình báo vụ trộm với công an"; None where
    the police are not said or said twice, or for "report it to the police" (mt/theft.py's)."""
    what = _what_vi(m, who_, one)
    if what is None or bool(m["verb"]) == bool(m["to"]) or m["rep"] and not what and who_ is not None:
        return None
    if m["verb"]:
        return f"lên đồn công an trình báo{' ' * bool(what)}{what}"
    return f"trình báo {what} với công an" if what else "trình báo công an"


def _report_vi(text: str) -> str | None:
    """"I have to go to the police station to report it." as "Tôi phải lên đồn công an trình báo.", "I reported my
    stolen motorbike to the police." as "Tôi đã trình báo mất xe máy với công an." (_REPORT_EN); None for anything
    else, a pet, and where the verb does not agree with who."""
    m = _REPORT_EN.fullmatch(text)
    said = m and not animal(m) and who_vi(m)
    act = said and _act_vi(m, *said)
    return act and _said_vi(m, *said, act)


def _told_vi(text: str) -> str | None:
    """"My mother told me to report it to the police." as "Mẹ tôi bảo tôi trình báo công an.", "I was told to go to
    the police station to report it." as "Người ta bảo tôi lên đồn công an trình báo." (_TOLD_EN, _TOLD_TO_EN); None
    for anything else, a thing reported (whose?), a pet, and a verb not its base form."""
    m = _TOLD_EN.fullmatch(text) or _TOLD_TO_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["thing"] or m["verb"] not in (None, "go") or m["rep"] not in (None, "report"):
        return None
    act, told = _act_vi(m, None, False), m["told"]
    if m.re == _TOLD_TO_EN:
        who_, one = who_vi(m) if not animal(m) else (None, False)
        if not who_ or not act or (m["be"] == "was") != (one or who_ == "tôi"):
            return None
        return capitalised(f"{_PASSIVE_VI[told].format(who=who_)} {act}{stop(m['end'])}")
    said = "Công an" if m["police"] else not animal(m) and who_vi(m)[0]
    whom = not pet(m["whom"], "en") and as_whom(m["whom"], "en")
    if said and whom and keyed(said) == keyed(whom):
        return None  # ("I told me", "She told her": "Cô ấy bảo cô ấy …" reads "She said she …")
    return act and said and whom and capitalised(f"{_TOLD_VI[told].format(who=said, whom=whom)} {act}{stop(m['end'])}")


def _statement_vi(text: str) -> str | None:
    """"The police took his statement." as "Công an đã lấy lời khai của anh ấy.", "Have the police taken your
    statement?" as "Công an đã lấy lời khai của bạn chưa?" (_STATEMENT_EN); None for anything else, "has" or "is"
    after the police, and several statements of one ("my statements")."""
    m = _STATEMENT_EN.fullmatch(text)
    whose = m and (WHOSE_VI[m["owner"].lower()] if m["owner"] else not pet(m["someone"], "en") and
                   someone(m["someone"], "en"))
    if not whose or m["many"] == "statements" and whose not in ("chúng tôi", "họ"):
        return None
    return _said_vi(m, "công an", False, f"lấy lời khai của {whose}")


def _paper_vi(text: str) -> str | None:
    """"I received a confirmation of the report from the police." as "Tôi đã nhận được giấy xác nhận trình báo của
    công an.", "You need to get a confirmation of the report." as "Bạn cần xin giấy xác nhận trình báo." (_PAPER_EN);
    None for anything else, and where the verb does not agree with who."""
    m = _PAPER_EN.fullmatch(text)
    said = m and not animal(m) and who_vi(m)
    if not said:
        return None
    aux = " ".join((m["aux"] or "").split())
    asking = m["verb"] == "get" and aux in ("will", "'ll", "should", "must", "have to", "has to", "need to", "needs to")
    verb = "xin" if asking else "nhận được"
    return _said_vi(m, *said, f"{verb} giấy xác nhận trình báo{' của công an' * bool(m['from'])}")
