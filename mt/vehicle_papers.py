"""A motorbike's or a car's papers, both ways, written whole by rule: the registration paper ("giấy đăng ký xe", "cà
vẹt") and the vehicle's papers ("giấy tờ xe") lost, forgotten or carried, checked or asked for by the police, got
reissued ("làm lại"), and a vehicle that has them or not. v8 (the rules on) reads "giấy đăng ký" as a paper registered,
"làm lại" as going back, and drops the papers from "vehicle papers": "Tôi bị mất giấy đăng ký xe." → "I'm lost a paper
registered.", "Hôm qua mẹ tôi bị mất cà vẹt xe." → "Yesterday, my mother was lost the car.", "Anh ấy quên mang giấy tờ
xe." → "He forgot to carry the paper.", "Cảnh sát kiểm tra giấy tờ xe của tôi." → "The police examined my paper.",
"Tôi phải đi làm lại giấy đăng ký xe." → "I have to go back to the paper.", "Xe này có giấy tờ không?" → "Do you have a
paper?"; "He forgot to bring his vehicle papers." → "Anh ấy quên mang chiếc xe của mình.", "Do you have your vehicle
papers with you?" → "Bạn có xe của mình với bạn không?", "The police asked me to show my vehicle papers." → "Cảnh sát
yêu cầu tôi xem xe của tôi.", "Do you have to get your vehicle papers reissued?" → "Bạn có phải lấy chiếc xe của mình
tái thiết không?".

Taken: the papers (_PAPER, "xe máy", "ô tô", "xe hơi" after "xe", whose after them, mt.hobbies.OWNER, "của mình" who's
own; "vehicle", "motorbike", "car" (registration) papers in English) of who (mt.hobbies.WHO, WHO_EN; not a pet) lost
("bị mất", "làm mất": "has lost"; "đã", a day behind: "lost"; "vừa": "has just lost"); forgotten ("quên mang": "forgot
to bring"; "có … không?": "Did … forget …?"), "Nhớ …", "Đừng quên mang …"; carried ("có mang theo … không?": "Do you
have … with you?", "không mang": "don't have … with me", "luôn mang theo": "always carries"); checked by the police
(whose said, or who "bị" checked: "my mother's", "Lan's"; just, done, a day behind, "… chưa?") or asked for ("yêu cầu
tôi xuất trình …"); reissued with "phải", "cần", "muốn" (denied, asked, a day ahead), "sẽ", "đang", "xin cấp lại"; a
vehicle ("Xe này", "Xe máy của tôi") with papers, all of them, none, not yet, asked.
Left: papers ("giấy tờ") not said of a vehicle, "giấy đăng ký" of anything else (mt/registrations.py), "đăng ký xe"
(registering one), a driving licence (mt/papers.py, mt/licences.py), fines and being stopped (mt/fines.py), a vehicle
stolen or bought (mt/theft.py, mt/vehicles.py), "mất" asked (did, or have?), "mang" said plain (brings, or brought?),
"làm lại" done (got, or applied?), the police checking with no whose, a name alone whose own papers they are (his or
hers?), "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the speaker: do I?), a pet as who, "bike" (a
bicycle?) and "registration" alone in English, "his" or "her" after a name of the other sex ("Lan … his": another's).
mt.phrasebook.translate tries these after mt/playgrounds.py.

    >>> translate("Tôi bị mất cà vẹt xe.", "vi", "en"), translate("He forgot to bring his car papers.", "en", "vi")
    ("I've lost my vehicle registration papers.", 'Anh ấy quên mang giấy tờ xe ô tô.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, em_speaking,
                      his_her_of, owner_of, own_thing, person_of, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, keyed, present,
                   progressive)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giấy\s+tờ|giấy\s+đăng\s+k|cà\s+vẹt)"), "en": lazy(r"(?i:papers|documents)")}
_BEHIND = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                    "hôm kia", "tuần trước", "tháng trước", "năm ngoái")
_AHEAD = near_days("hôm nay", "sáng nay", "chiều nay", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "tuần sau",
                   "tuần tới")
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
_AHEAD_VI = {en: vi for vi, en in reversed(_AHEAD.items())}
_KINDS = {"máy": "motorbike", "ô tô": "car", "hơi": "car"}  # (after "xe")
_KINDS_VI = {"vehicle": "xe", "motorbike": "xe máy", "motorcycle": "xe máy", "car": "xe ô tô"}
_POLICE = {"cảnh sát giao thông": "traffic police", "csgt": "traffic police", "cảnh sát": "police", "công an": "police"}
_MODALS = {"phải": "have to", "cần": "need to", "muốn": "want to"}
_MODALS_VI = {"have": "phải đi", "need": "cần", "want": "muốn"}  # (English "have to get": "phải đi làm lại")
_OBJECT_WHOSE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}

# the papers, whose after them or not (groups reg: a registration paper; kind: of a motorbike or a car)
_PAPER = (r"(?:(?P<reg>(?:giấy\s+đăng\s+k[ýí]|cà\s+vẹt)\s+xe|cà\s+vẹt)|giấy\s+tờ\s+xe)"
          rf"(?:(?<=xe)\s+(?P<kind>{alternatives(_KINDS)}))?(?:\s+(?:của\s+)?{OWNER})?")
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_BEHIND)}))\s+)?"
_DAY = rf"(?:\s+(?P<day>{alternatives(_BEHIND)}))?"
_JUST = r"(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?"
_POLICE_VI = rf"(?P<police>(?i:{alternatives(_POLICE)}))"
# lost ("Tôi bị mất giấy đăng ký xe.", "Hôm qua mẹ tôi làm mất cà vẹt xe.")
_LOST = lazy(rf"{_DAY0}{WHO}\s+{_JUST}(?:bị\s+|làm\s+|đánh\s+)?mất\s+{_PAPER}{_DAY}(?:\s+(?P<done>rồi))?"
             rf"{SOFTENED_END}")
# forgotten ("Anh ấy quên mang giấy tờ xe.", "Bạn có quên mang theo giấy tờ xe không?")
_FORGOT = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>đã)\s+)?quên\s+(?:mang|đem|cầm)(?:\s+theo)?\s+"
               rf"{_PAPER}(?:\s+theo)?{_DAY}(?:\s+(?P<done>rồi))?{ASKED_END}")
# ... and told ("Nhớ mang theo giấy tờ xe nhé.", "Bạn đừng quên mang giấy tờ xe nhé!")
_REMIND = lazy(rf"(?:[Bb]ạn\s+)?(?P<how>(?i:nhớ|đừng\s+quên))\s+(?:mang|đem|cầm)(?:\s+theo)?\s+{_PAPER}"
               r"(?:\s+theo)?(?:\s+(?:nhé|nha|đấy))?\s*(?P<end>[.!]*)")
# carried ("Bạn có mang giấy tờ xe không?", "Tôi không mang theo giấy tờ xe.", "Anh ấy luôn mang theo giấy tờ xe.")
_CARRY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<always>luôn(?:\s+luôn)?)\s+)?(?:mang|đem|cầm)"
              rf"(?:\s+theo)?\s+{_PAPER}(?:\s+theo)?{ASKED_END}")
# checked by the police ("Cảnh sát kiểm tra giấy tờ xe của tôi.", "Tôi bị CSGT kiểm tra giấy tờ xe.")
_CHECK = lazy(rf"{_DAY0}(?:{WHO}\s+(?:(?P<was>đã|vừa)\s+)?bị\s+)?{_POLICE_VI}\s+{_JUST}kiểm\s+tra\s+{_PAPER}{_DAY}"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# ... or asked for ("Cảnh sát yêu cầu tôi xuất trình giấy tờ xe.")
_SHOW = lazy(rf"{_DAY0}{_POLICE_VI}\s+(?:(?P<tense>đã)\s+)?yêu\s+cầu\s+{WHOM}\s+(?:xuất\s+trình|trình|cho\s+xem)\s+"
             rf"{_PAPER}{_DAY}{SOFTENED_END}")
# reissued ("Tôi phải đi làm lại giấy đăng ký xe.", "Bạn có cần làm lại giấy tờ xe không?")
_REISSUE = lazy(rf"(?:(?P<day0>(?i:{alternatives(_AHEAD)}))\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
                rf"(?P<modal>phải|cần|muốn|sẽ|đang)\s+(?:đi\s+)?(?P<apply>xin\s+cấp\s+lại|làm\s+lại)\s+{_PAPER}"
                rf"(?:\s+(?P<day>{alternatives(_AHEAD)}))?{ASKED_END}")
# a vehicle with papers or not ("Xe này chưa có giấy tờ.", "Xe máy của tôi có đầy đủ giấy tờ.")
_HAS = lazy(rf"(?:[Cc]hiếc\s+)?(?P<veh>[Xx]e(?:\s+(?P<kind>{alternatives(_KINDS)}))?|[Ôô]\s+tô)\s+(?:(?P<this>này)|"
            rf"(?:của\s+)?{OWNER})\s+(?:(?P<aux>vẫn\s+chưa|chưa|không)\s+)?(?P<has>có\s+)?(?P<full>(?:đầy\s+)?đủ\s+)?"
            rf"giấy\s+tờ(?P<full2>\s+đầy\s+đủ)?(?:\s+(?P<yet>chưa))?{ASKED_END}")

# ... and in English: the papers, whose before them (groups owner, someone; kind, reg)
_PAPER_EN = (r"(?P<kind>vehicle|motorbike|motorcycle|car)\s+(?P<reg>registration\s+)?(?:papers|documents)")
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_PAPER_EN}"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_BEHIND_VI)}))?"
_LOST_EN = lazy(rf"{WHO_EN}(?P<aux>\s+has|\s+have|['’]ve|['’]s)?(?:\s+(?P<just>just))?\s+lost\s+{_WHOSE_EN}{_DAY_EN}"
                r"\s*(?P<end>[.!]*)")
_FORGOT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}\s+(?P<verb>forgot|forget)\s+to\s+(?:bring|take)\s+{_WHOSE_EN}{_DAY_EN}"
                  r"\s*(?P<end>[.!?]*)")
_REMIND_EN = lazy(rf"(?P<how>Remember|Don['’]t\s+forget|Do\s+not\s+forget)\s+(?:to\s+(?:bring|take)\s+)?{_WHOSE_EN}"
                  r"(?:\s+with\s+you)?\s*(?P<end>[.!]*)")
_CARRY_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?P<not>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn)['’]t)?"
                 r"(?:\s+(?P<always>always))?\s+(?P<verb>have|has|bring|brought|carry|carries)\s+"
                 rf"{_WHOSE_EN}(?:\s+with\s+(?P<obj>me|you|him|her|us|them))?\s*(?P<end>[.!?]*)")
_POLICE_EN = r"(?P<police>[Tt]he\s+(?P<traffic>traffic\s+)?police)"
_CHECK_EN = lazy(rf"(?:(?P<q>Have)\s+)?{_POLICE_EN}(?P<aux>\s+have|['’]ve)?(?:\s+(?P<just>just))?\s+checked\s+"
                 rf"{_WHOSE_EN}{_DAY_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_SHOW_EN = lazy(rf"{_POLICE_EN}\s+asked\s+{WHOM_EN}\s+to\s+show\s+(?:them\s+)?{_WHOSE_EN}{_DAY_EN}\s*(?P<end>[.!]*)")
_REISSUE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>(?:\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                   r"(?:has|have|needs?|wants?)\s+to|\s+will|['’]ll|\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)\s+"
                   rf"(?P<get>get|getting)\s+{_WHOSE_EN}\s+(?:reissued|replaced)"
                   rf"(?:\s+(?P<day>{alternatives(_AHEAD_VI)}))?\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<det>(?i:this|that|{WHOSE_WORDS}))\s+(?P<veh>vehicle|motorbike|motorcycle|car)"
               r"(?P<not>\s+does\s+not|\s+doesn['’]t)?\s+(?P<verb>has|have)\s+(?:(?P<what>no|any|all\s+its|its)\s+)?"
               r"papers(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a vehicle's papers lost, forgotten, carried, checked, reissued, had; or None."""
    if src == "vi":
        return _lost(text) or _forgot(text) or _carry(text) or _check(text) or _reissue(text) or _has(text)
    text = text.replace("’", "'")
    return _lost_vi(text) or _forgot_vi(text) or _carry_vi(text) or _check_vi(text) or _reissue_vi(text) or \
        _has_vi(text)


def _paper(m: re.Match) -> str:
    """The papers of a match of _PAPER in English: "vehicle papers", "motorbike registration papers"."""
    kind = _KINDS[keyed(m["kind"])] if m["kind"] else "vehicle"
    return f"{kind} {'registration papers' if m['reg'] else 'papers'}"


def _whose(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of WHO (not a pet; "anh" saying it, "em" asking with "ạ", None), whether one, and whose the papers
    are: as said after them ("my mother's"), else who's own ("my", "her" for "mẹ tôi", and "của mình" after them);
    None where English cannot tell (a name alone)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)  # ("Em có phải … không ạ?": the speaker, do I?)
    other = m["someone"] or m["owner"] and keyed(m["owner"]) != "mình"
    whose = said and (owner_of(m) if other else whose_own(m, said[0]))
    return whose and (*said, whose)


def _have(who_: str, one: bool) -> str:
    """Who with "have" or "has", contracted after a pronoun but "he", "she" ("I've", "my mother has")."""
    return f"{who_} has" if one else f"{who_}'ve" if who_ in EN_WHOSE else f"{who_} have"


def _day(m: re.Match, table: dict[str, str]) -> str | None:
    """The day of a match ("day0", "day") in English from `table`, a space before it; "" for none; None for both."""
    said = m["day0"] or m["day"]
    return None if m["day0"] and m["day"] else f" {table[keyed(said)]}" if said else ""


def _lost(text: str) -> str | None:
    """"Tôi bị mất giấy đăng ký xe." as "I've lost my vehicle registration papers.", "Anh ấy vừa bị mất giấy tờ xe." as
    "He has just lost his vehicle papers." (_LOST); None for anything else."""
    m = _LOST.fullmatch(text)
    said = m and "?" not in m["end"] and _whose(m, False)
    day = said and _day(m, _BEHIND)
    if not said or day is None:
        return None
    (who_, one, _), tense, papers = said, keyed(m["tense"] or ""), f"{said[2]} {_paper(m)}"
    if day:
        return None if tense not in ("", "đã") or m["done"] else capitalised(f"{who_} lost {papers}{day}.")
    if tense in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{_have(who_, one)} just lost {papers}.")
    return capitalised(f"{who_} lost {papers}." if tense and not m["done"] else f"{_have(who_, one)} lost {papers}.")


def _forgot(text: str) -> str | None:
    """"Anh ấy quên mang giấy tờ xe." as "He forgot to bring his vehicle papers." (_FORGOT); "Nhớ mang theo giấy tờ xe
    nhé." as "Remember to bring your vehicle papers." (_REMIND); None for anything else."""
    m = _REMIND.fullmatch(text)
    if m:
        how = "Remember" if keyed(m["how"]) == "nhớ" else "Don't forget"
        whose = "your" if keyed(m["owner"] or "") == "mình" else owner_of(m, "your")  # ("của mình": the one told's own)
        return f"{how} to bring {whose} {_paper(m)}{'!' if '!' in m['end'] else '.'}"
    m = _FORGOT.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and (m["tense"] or m["done"]):
        return None
    said, day = person_of(m, asked) and _whose(m, asked), _day(m, _BEHIND)
    if not said or day is None:
        return None
    papers = f"{said[2]} {_paper(m)}{day}"
    return f"Did {said[0]} forget to bring {papers}?" if asked else capitalised(f"{said[0]} forgot to bring {papers}.")


def _object(m: re.Match, who_: str) -> str | None:
    """Whom, in English, of who of a match of WHO ("me", "him" for "bố tôi"); None for a name alone."""
    return EN_OBJECT.get(who_) or {"his": "him", "her": "her"}.get(his_her_of(m) or "")


def _carry(text: str) -> str | None:
    """"Bạn có mang giấy tờ xe không?" as "Do you have your vehicle papers with you?", "Anh ấy luôn mang theo giấy tờ
    xe." as "He always carries his vehicle papers." (_CARRY); None for anything else, and "mang" said plain."""
    m = _CARRY.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and not m["ask"] or not (m["ask"] or m["not"] or m["always"]):
        return None
    said = person_of(m, asked) and _whose(m, asked)
    if not said or not (whom := _object(m, said[0])):
        return None
    who_, one, papers = said[0], said[1], f"{said[2]} {_paper(m)}"
    if m["always"]:
        return None if asked else present(who_, one, "carry", papers, adverb="always ")
    return present(who_, one, "have", f"{papers} with {whom}", asked, bool(m["not"]))


def _check(text: str) -> str | None:
    """"Tôi bị CSGT kiểm tra giấy tờ xe." as "The traffic police checked my vehicle papers." (_CHECK), "yêu cầu tôi
    xuất trình …" as "asked me to show …" (_SHOW); None for anything else, and no whose said."""
    m = _SHOW.fullmatch(text)
    if m:
        whom, day = as_whom(m["whom"], "vi"), _day(m, _BEHIND)
        whose = whom and (_OBJECT_WHOSE.get(whom) or his_her(m["whom"]))
        if not whose or day is None or m["owner"] or m["someone"] or "?" in m["end"]:
            return None
        return f"The {_POLICE[keyed(m['police'])]} asked {whom} to show {whose} {_paper(m)}{day}."
    m = _CHECK.fullmatch(text)
    day = m and _day(m, _BEHIND)
    if not m or day is None or bool(m["yet"]) != ("?" in m["end"]) or m["was"] and m["tense"]:
        return None
    if m["who"] or m["kin"] or m["title"] or m["given"]:  # (who "bị" checked: their own papers, "my mother's")
        said = None if m["owner"] or m["someone"] or animal(m) else who(m, False)
        whose = said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s")  # (not "her": "Mẹ tôi bị …" said who)
    else:
        whose = owner_of(m, "")
    if not whose:
        return None
    tense, done, police = keyed(m["tense"] or m["was"] or ""), m["done"], _POLICE[keyed(m["police"])]
    papers = f"{whose} {_paper(m)}"
    if m["yet"]:
        return f"Have the {police} checked {papers} yet?" if tense in ("", "đã") and not (day or done) else None
    if day:
        return None if tense not in ("", "đã") or done else f"The {police} checked {papers}{day}."
    if tense in ("vừa", "mới", "vừa mới"):
        return f"The {police} have just checked {papers}."
    return f"The {police} {'have checked' if done else 'checked'} {papers}."


def _reissue(text: str) -> str | None:
    """"Tôi phải đi làm lại giấy đăng ký xe." as "I have to get my vehicle registration papers reissued.", "Mẹ tôi đang
    làm lại cà vẹt xe." as "My mother is getting her … reissued." (_REISSUE); None for anything else."""
    m = _REISSUE.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    day = m and _day(m, _AHEAD)
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or day is None:
        return None
    modal, said = keyed(m["modal"]), _whose(m, asked)
    if not said or modal in ("sẽ", "đang") and (asked or m["not"]) or modal == "đang" and day:
        return None
    who_, one, whose = said
    get = f"{'apply to have' if m['apply'].startswith('xin') else 'get'} {whose} {_paper(m)} reissued{day}"
    if modal == "đang":
        return progressive(who_, be(who_), get.replace("apply", "applying", 1).replace("get", "getting", 1))
    if modal == "sẽ":
        return capitalised(f"{who_} will {get}.")
    return present(who_, one, _MODALS[modal], get, asked, bool(m["not"]))


def _has(text: str) -> str | None:
    """"Xe này chưa có giấy tờ." as "This vehicle doesn't have any papers yet.", "Xe máy của tôi có đầy đủ giấy tờ."
    as "My motorbike has all its papers." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or bool(m["asked"] or m["yet"]) != ("?" in m["end"]) or m["asked"] and m["yet"]:
        return None
    veh = "car" if keyed(m["veh"]) == "ô tô" else _KINDS.get(keyed(m["kind"] or ""), "vehicle")
    veh = f"this {veh}" if m["this"] else f"{owner_of(m)} {veh}"
    aux, full = keyed(m["aux"] or ""), bool(m["full"] or m["full2"])
    if "?" in m["end"]:
        if aux or not m["has"]:
            return None
        papers = "all its papers" if full else "its papers" if m["yet"] else "papers"
        return f"Does {veh} have {papers}{' yet' * bool(m['yet'])}?"  # ("có đầy đủ giấy tờ chưa?": "yet" kept)
    if aux:
        still = "still " if aux == "vẫn chưa" else ""
        return None if full or not m["has"] else \
            capitalised(f"{veh} {still}doesn't have any papers{' yet' if aux == 'chưa' else ''}.")
    return capitalised(f"{veh} has {'all its ' if full else ''}papers.") if full or m["has"] else None


def _paper_vi(m: re.Match) -> str:
    """The papers of a match of _PAPER_EN in Vietnamese: "giấy tờ xe", "giấy đăng ký xe máy"."""
    return f"{'giấy đăng ký' if m['reg'] else 'giấy tờ'} {_KINDS_VI[m['kind']]}"


def _papers_vi(m: re.Match, own: bool | None) -> str | None:
    """The papers of a match of _WHOSE_EN in Vietnamese, whose after them where they are not `own` (who's own): "giấy
    tờ xe", "giấy tờ xe của bạn", "giấy đăng ký xe máy của mẹ tôi"; None where `own` is None (his or hers, not who's)
    or someone is not read."""
    if m["someone"]:
        named = someone(m["someone"], "en")
        return named and f"{_paper_vi(m)} của {named}"
    return None if own is None else _paper_vi(m) if own else f"{_paper_vi(m)} của {WHOSE_VI[m['owner'].lower()]}"


def _said_vi(m: re.Match, asked: bool, pattern_who: bool = True) -> tuple[str, bool, str] | None:
    """Who of a match of WHO_EN in Vietnamese (not a pet; "I" asked only where `pattern_who` is False), whether one,
    and their papers (_papers_vi, own as mt.hobbies.own_thing reads them); None for anything else, and "his" or "her"
    after a name of the other sex (mt.names.named_his_her)."""
    said = person_of(m, asked, "en") if pattern_who else None if animal(m) else who_vi(m)
    whose = (m["owner"] or "").lower()
    if whose in ("his", "her") and m["given"] and named_his_her(m["given"]) not in (None, whose):
        return None  # ("Lan forgot to bring his …": another's papers, not hers)
    papers = said and _papers_vi(m, own_thing(m, *said) if m["owner"] else False)
    return papers and (*said, papers)


def _aux(said: str | None) -> str:
    """English auxiliaries to compare: small letters, "n't" written out, one space apart ("doesn't" → "does not")."""
    return " ".join((said or "").lower().replace("n't", " not").split())


def _lost_vi(text: str) -> str | None:
    """"She has just lost her car papers." as "Cô ấy vừa bị mất giấy tờ xe ô tô." (_LOST_EN); None for anything else,
    and where "has" does not agree with who."""
    m = _LOST_EN.fullmatch(text)
    said = m and _said_vi(m, False)
    if not said:
        return None
    (who_, one, papers), aux = said, (m["aux"] or "").strip()
    if aux and (aux in ("has", "'s")) != one or aux == "'s" and not m["just"] or aux and m["day"]:
        return None  # ("He's lost …" may be "he is lost")
    lose = "làm mất" if " của " in papers else "bị mất"  # (another's papers lost: "làm mất", by one's fault)
    if m["day"]:
        return f"{_BEHIND_VI[m['day']].capitalize()} {who_} {lose} {papers}."
    return capitalised(f"{who_} {'vừa ' if m['just'] else '' if aux else 'đã '}{lose} {papers}.")


def _forgot_vi(text: str) -> str | None:
    """"He forgot to bring his vehicle papers." as "Anh ấy quên mang giấy tờ xe." (_FORGOT_EN); "Don't forget to bring
    your vehicle papers." as "Đừng quên mang theo giấy tờ xe nhé." (_REMIND_EN); None for anything else."""
    m = _REMIND_EN.fullmatch(text)
    if m:
        papers = _papers_vi(m, bool(m["owner"]) and m["owner"].lower() == "your")
        how = "Nhớ" if m["how"] == "Remember" else "Đừng quên"
        return papers and f"{how} mang theo {papers} nhé{'!' if '!' in m['end'] else '.'}"
    m = _FORGOT_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    said = m and asked == ("?" in m["end"]) == (m["verb"] == "forget") and _said_vi(m, asked)
    if not said:
        return None
    who_ = f"{_BEHIND_VI[m['day']]} {said[0]}" if m["day"] else said[0]
    return capitalised(f"{who_} có quên mang {said[2]} không?" if asked else f"{who_} quên mang {said[2]}.")


def _carry_vi(text: str) -> str | None:
    """"Do you have your vehicle papers with you?" as "Bạn có mang theo giấy tờ xe không?" (_CARRY_EN); None for
    anything else, and where the verb or "with …" does not agree with who."""
    m = _CARRY_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    said = m and asked == ("?" in m["end"]) and _said_vi(m, asked)
    if not said:
        return None
    (who_, one, papers), aux, verb = said, _aux((m["q"] or "") + (m["not"] or "")), m["verb"]
    plain = verb in ("have", "has", "carry", "carries")  # (said with no "do": agrees with who)
    if aux.startswith("do") and aux.startswith("does") != one or not aux and plain and (verb in ("has", "carries")) \
            != one or m["always"] and aux:
        return None
    whom = EN_OBJECT.get("I" if m["who"] and m["who"].lower() == "i" else (m["who"] or "").lower()) or \
        {"his": "him", "her": "her"}.get(his_her(who_) or "") if m["who"] or m["kin"] else None
    if (m["obj"] or whom) != whom or (verb in ("have", "has")) != bool(m["obj"]):
        return None  # ("I have my papers with him"; "with me" said of "have" alone)
    shapes = {("do", "have"): "có", ("does", "have"): "có", ("did", "bring"): "có", ("do not", "have"): "không",
              ("does not", "have"): "không", ("did not", "bring"): "không", ("", "have"): "có", ("", "has"): "có",
              ("", "brought"): "có", ("", "carry"): "luôn", ("", "carries"): "luôn"}
    shape = shapes.get((aux, verb))
    if shape is None or (shape == "luôn") != bool(m["always"]):
        return None
    return capitalised(f"{who_} có mang theo {papers} không?" if asked else f"{who_} {shape} mang theo {papers}.")


def _check_vi(text: str) -> str | None:
    """"The police checked my vehicle papers." as "Cảnh sát kiểm tra giấy tờ xe của tôi." (_CHECK_EN); "The police
    asked me to show my vehicle papers." as "Cảnh sát yêu cầu tôi xuất trình giấy tờ xe." (_SHOW_EN); None for
    anything else, and whose papers not whom's."""
    m = _SHOW_EN.fullmatch(text) or _CHECK_EN.fullmatch(text)
    if not m:
        return None
    police = f"cảnh sát{' giao thông' * bool(m['traffic'])}"
    if m.re == _SHOW_EN:
        whom = as_whom(m["whom"], "en")
        own = _OBJECT_WHOSE.get(m["whom"].lower()) or his_her(whom or "")
        if not whom or not m["owner"] or m["owner"].lower() != own:
            return None
        day = f"{_BEHIND_VI[m['day']]} " if m["day"] else ""
        return capitalised(f"{day}{police} yêu cầu {whom} xuất trình {_paper_vi(m)}.")
    papers = _papers_vi(m, False)
    if not papers or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != bool(m["yet"]) or m["q"] and m["aux"]:
        return None
    if m["yet"]:
        return None if m["just"] or m["day"] else f"{police.capitalize()} đã kiểm tra {papers} chưa?"
    if m["day"]:
        return None if m["aux"] or m["just"] else f"{_BEHIND_VI[m['day']].capitalize()} {police} kiểm tra {papers}."
    if m["just"]:
        return f"{police.capitalize()} vừa kiểm tra {papers}."
    return f"{police.capitalize()} {'đã ' if m['aux'] else ''}kiểm tra {papers}{' rồi' if m['aux'] else ''}."


def _reissue_vi(text: str) -> str | None:
    """"She's getting her car papers replaced." as "Cô ấy đang làm lại giấy tờ xe ô tô." (_REISSUE_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _REISSUE_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    said = m and asked == ("?" in m["end"]) and _said_vi(m, asked, False)
    if not said:
        return None
    (who_, one, papers), aux = said, _aux(m["aux"])
    day = f" {_AHEAD_VI[m['day']]}" if m["day"] else ""
    if aux in ("is", "am", "are", "'s", "'m", "'re"):
        ok = be_agrees(m, aux) and m["get"] == "getting" and not (asked or day)
        return capitalised(f"{who_} đang làm lại {papers}.") if ok else None
    words = aux.split()
    if m["get"] != "get" or asked and len(words) != 2:
        return None
    if words[0] in ("will", "'ll"):
        return None if asked else capitalised(f"{who_} sẽ làm lại {papers}{day}.")
    not_, verb = words[0] in ("do", "does"), words[-2]
    base = {"has": "have", "needs": "need", "wants": "want"}.get(verb, verb)
    does = m["q"].lower() if asked else words[0] if not_ else ""
    if does and (base != verb or (does == "does") != one) or not does and (base != verb) != one:
        return None
    if asked:
        return capitalised(f"{who_} có {_MODALS_VI[base]} làm lại {papers}{day} không?")
    return capitalised(f"{who_} {'không ' * not_}{_MODALS_VI[base]} làm lại {papers}{day}.")


def _has_vi(text: str) -> str | None:
    """"This motorbike doesn't have any papers yet." as "Chiếc xe máy này chưa có giấy tờ.", "My car has all its
    papers." as "Xe ô tô của tôi có đầy đủ giấy tờ." (_HAS_EN); None for anything else."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "have") != bool(m["q"] or m["not"]):
        return None
    det, what, yet = m["det"].lower(), " ".join((m["what"] or "").split()), bool(m["yet"])
    veh = _KINDS_VI[m["veh"]]
    veh = capitalised(f"chiếc {veh} {'này' if det == 'this' else 'đó'}" if det in ("this", "that") else
                      f"{veh} của {WHOSE_VI[det]}")
    if m["q"]:
        if what in ("no", "its") or yet and what == "all its":
            return None
        return f"{veh} có {'đầy đủ ' if what == 'all its' else ''}giấy tờ {'chưa' if yet else 'không'}?"
    if m["not"] or what == "no":
        return f"{veh} {'chưa' if yet else 'không'} có giấy tờ." if what == ("any" if m["not"] else "no") else None
    return None if yet or what in ("any", "its") else f"{veh} có {'đầy đủ ' if what else ''}giấy tờ."
