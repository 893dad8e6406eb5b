"""Proposals and engagements, both ways, written whole by rule: who proposed to whom, the answer, who is engaged to
whom, a fiancé or fiancée, a ring shown, and when the engagement party is. v8 (rules on) reads "cầu hôn" as demanding
or kissing, "nhận lời" as a prayer, "hôn phu" as anything: "Anh ấy cầu hôn tôi." → "He demanded me.", "Anh ấy đã cầu
hôn cô ấy." → "He asked her to kiss her.", "Tôi muốn cầu hôn cô ấy." → "I want to kiss her.", "Cô ấy đã nhận lời cầu
hôn." → "She received a prayer.", "Cô ấy đính hôn với một bác sĩ à?" → "Did she engaged with a doctor?", "Chồng sắp
cưới của tôi là bác sĩ." → "My husband is about to wedding is a doctor.", "Vị hôn phu của tôi là kỹ sư." → "My horror
is an engineer.", "Lễ ăn hỏi là khi nào?" → "When did you ask?"; "He proposed to me last night." → "Anh ấy đề nghị tôi
tối qua." (suggested), "He hasn't proposed yet." → "Anh ta chưa đề xuất.", "She said yes." → "Cô ấy nói yes.", "Is
she engaged?" → "Bé có đính hôn không?", "She's engaged to a doctor." → "Cô ấy engaged cho một bác sĩ.", "My fiancé is
a doctor." → "Méc-ri của tôi là bác sĩ.", "Show me your engagement ring!" → "Hiển thị nhẫn engagement của bạn!",
"When is the engagement party?" → "Khi nào đảng đính hôn?" (a political party).

Taken: who (mt.hobbies.WHO, WHO_EN) proposed ("cầu hôn") to whom (WHOM, WHOM_EN), on a day behind (mt.free_time.when,
mt.dates.NEAR_SPANS), just, already, not yet ("chưa"), asked ("đã … chưa?"; "có … không?" only with a day behind), is
going to, soon ("sắp"), is planning to or wants to; who accepted or turned down a proposal, someone's, said yes or
no (in English a marriage proposal, or his, hers, a name's or a kin's after "She", "He" or a kin of the other sex:
not "the proposal", "my proposal", nor after "I", "they" or a boss, often a plan at work); who is engaged to whom or
to one of mt.people.JOBS, asked, or got engaged to them on a day behind; whose fiancé or fiancée ("chồng/vợ sắp
cưới", "vị hôn phu", "hôn thê") is one of JOBS, and "This is my fiancé."; "Show me your (engagement) ring!"; when
the engagement party ("lễ đính hôn", "tiệc đính hôn"; "lễ ăn hỏi": the ceremony) is, asked or said.
Left: getting engaged without whom ("Họ đã đính hôn.", "They got engaged last month.": mt/weddings.py's),
"Họ đã đính hôn chưa?" (v8 writes it well), "đồng ý", "nhận lời" alone (agreeing to anything), "có cầu hôn … không?"
without a day (did, or will?), "anh", "chị", "em" alone (speaker or listener), a toast proposed (mt/anniversaries.py's),
a ring bought or admired, and anything else.
mt.phrasebook.translate tries these after mt/tutoring.py.

    >>> translate("Anh ấy cầu hôn tôi.", "vi", "en"), translate("He proposed to me last night.", "en", "vi")
    ('He proposed to me.', 'Tối qua anh ấy cầu hôn tôi.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, OPENS, placed, when
from .hobbies import OWNER, SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, someone, who, who_vi
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN
from .people import JOBS, JOBS_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_WHO_VI, SOFTENED_END, SOFTENER, alternatives, be, capitalised, contracted,
                   keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cầu\s+hôn|đính\s+hôn|hôn\s+(?:phu|thê)|sắp\s+cưới|chưa\s+cưới|ăn\s+hỏi|nhẫn)"),
         "en": lazy(r"(?i:propos|engag|fianc|\bring\b|\bsa(?:y|id)\s+(?:yes|no)\b)")}
# what is said before "cầu hôn" (the past where none is), and back
_TENSES = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "chưa": "yet", "vẫn chưa": "still",
           "sắp": "soon", "sẽ": "will", "định": "plan", "dự định": "plan", "muốn": "want", "có": "ask"}
_PROPOSED = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>{alternatives(_TENSES)})\s+)?cầu\s+hôn(?:\s+{WHOM})?"
                 rf"{DAY_AFTER}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}")
_PROPOSED_EN = lazy(rf"(?:(?P<aux0>Has|Have|Did)\s+)?{WHO_EN}(?P<still>\s+still)?(?P<aux>\s+has|\s+have|['’]s|['’]ve|"
                    r"\s+is|\s+are|\s+am|['’]re|['’]m)?(?P<not>\s+not|n['’]t)?(?:\s+(?P<adv>just|already))?\s+"
                    r"(?P<verb>proposed|propose|going\s+to\s+propose|planning\s+to\s+propose|wants?\s+to\s+propose)"
                    rf"(?:\s+to\s+{WHOM_EN})?(?:\s+(?P<yet>yet))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# ... each English form read (aux0, aux, not, adv, verb) and the tense of _TENSES it says
_FORMS = {("", "", "", "", "proposed"): "past", ("", "", "", "just", "proposed"): "just",
          ("", "have", "", "just", "proposed"): "just", ("", "have", "", "already", "proposed"): "done",
          ("", "have", "", "", "proposed"): "done",
          ("", "have", "not", "", "proposed"): "yet", ("have", "", "", "", "proposed"): "asked",
          ("did", "", "", "", "propose"): "ask", ("", "be", "", "", "going to propose"): "will",
          ("", "be", "", "", "planning to propose"): "plan", ("", "", "", "", "want to propose"): "want"}
_FORMS_VI = {"past": "đã", "just": "vừa", "done": "đã", "yet": "chưa", "still": "vẫn chưa", "will": "sẽ",
             "plan": "định", "want": "muốn"}
# the answer to one ("Cô ấy nhận lời cầu hôn của anh ấy.", "Cô ấy có đồng ý lời cầu hôn không?")
_ANSWERS = {"nhận lời": "accepted", "đồng ý": "accepted", "chấp nhận": "accepted", "từ chối": "turned down"}
_ANSWERED = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|vừa|có)\s+)?(?P<answer>{alternatives(_ANSWERS)})\s+"
                 rf"(?:lời\s+)?cầu\s+hôn(?:\s+(?P<of>của)\s+{OWNER})?{DAY_AFTER}{ASKED_END}")
_WHOSE_EN = rf"(?:(?P<someone>{SOMEONE_EN})['’]s|(?P<owner>(?i:{WHOSE_WORDS}|the)))"
_ANSWERS_EN = {"accept": "nhận lời cầu hôn", "turn down": "từ chối lời cầu hôn", "reject": "từ chối lời cầu hôn",
               "decline": "từ chối lời cầu hôn", "say yes": "đồng ý", "say no": "từ chối"}
_ANSWERED_PAST = {"accepted": "accept", "turned down": "turn down", "rejected": "reject", "declined": "decline"}
_ANSWERED_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?:\s+(?P<just>just))?\s+(?:(?P<said>said|say)\s+(?P<yes>yes|no)|"
                    rf"(?P<verb>{alternatives(_ANSWERED_PAST)}|{alternatives(_ANSWERED_PAST.values())})\s+"
                    rf"{_WHOSE_EN}\s+(?P<marriage>marriage\s+)?proposal){DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# engaged to whom ("Cô ấy đã đính hôn với một bác sĩ.", "Cô ấy đính hôn với ai?")
_TO = rf"(?:{WHOM}|(?:một\s+)?(?P<job>(?i:{alternatives(JOBS)}))|(?P<anyone>ai))"
_ENGAGED = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?đính\s+hôn\s+với\s+{_TO}{DAY_AFTER}"
                rf"(?:\s+(?P<asked>à|phải\s+không))?{SOFTENED_END}")
_TO_EN = rf"(?:{WHOM_EN}|(?P<a>an?)\s+(?P<job>{alternatives(JOBS_VI)}))"
_ENGAGED_EN = lazy(rf"(?:(?P<who0>Who)\s+)?(?:(?P<be0>Is|Are|Am|is|are|am)\s+)?{WHO_EN}(?:{BE_EN}|(?:\s+(?P<just>"
                   rf"just))?\s+(?P<got>got))?\s+engaged(?:(?P<to>\s+to)(?:\s+{_TO_EN})?)?{DAY_AFTER_EN}"
                   r"\s*(?P<end>[.!?]*)")
# a fiancé or fiancée, whose ("Chồng sắp cưới của tôi là bác sĩ.", "Đây là vị hôn phu của tôi.")
FIANCES = {"vị hôn phu": "fiancé", "hôn phu": "fiancé", "chồng sắp cưới": "fiancé", "chồng chưa cưới": "fiancé",
           "vị hôn thê": "fiancée", "hôn thê": "fiancée", "vợ sắp cưới": "fiancée", "vợ chưa cưới": "fiancée"}
FIANCES_VI = {"fiancé": "chồng sắp cưới", "fiance": "chồng sắp cưới", "fiancée": "vợ sắp cưới",
              "fiancee": "vợ sắp cưới"}
_FIANCE = rf"(?P<fiance>(?i:{alternatives(FIANCES)}))\s+(?:(?P<of>của)\s+)?{OWNER}"
_ONE = {"anh ấy": "He", "cô ấy": "She", "chị ấy": "She"}  # (who is introduced: "Anh ấy là …")
_FIANCE_IS = [lazy(rf"{_FIANCE}\s+là\s+(?:một\s+)?(?P<job>(?i:{alternatives(JOBS)})){SOFTENED_END}"),
              lazy(rf"(?:(?P<this>(?i:đây))|(?P<who>(?i:{alternatives(_ONE)}))|(?P<given>{alternatives(GIVEN)}))\s+"
                   rf"là\s+{_FIANCE}{SOFTENED_END}")]
_FIANCE_EN = rf"{_WHOSE_EN}\s+(?P<fiance>(?i:{alternatives(FIANCES_VI)}))"
_FIANCE_IS_EN = [lazy(rf"{_FIANCE_EN}(?:\s+is|['’]s)\s+(?P<a>an?)\s+(?P<job>{alternatives(JOBS_VI)})\s*(?P<end>[.!]*)"),
                 lazy(rf"(?:(?P<this>This)|(?P<who>He|She)|(?P<given>{alternatives(GIVEN_EN)}))(?:['’]s|\s+is)\s+"
                      rf"{_FIANCE_EN}\s*(?P<end>[.!]*)")]
# the ring shown ("Cho tôi xem nhẫn đính hôn của bạn!", "Cho tôi xem nhẫn của bạn được không?")
_ME = {"tôi": "me", "mình": "me", "chúng tôi": "us"}
_SHOW = lazy(rf"[Cc]ho\s+(?P<me>{alternatives(_ME)})\s+xem\s+(?:(?:chiếc|cái)\s+)?nhẫn(?P<engaged>\s+đính\s+hôn)?\s+"
             rf"(?:của\s+)?{OWNER}(?:\s+(?:(?P<can>được\s+không)|đi|nhé|với))?\s*(?P<end>[.!?]*)")
_SHOW_EN = lazy(rf"(?:(?P<show>Show)\s+(?P<me>me|us)|(?P<can>Can|Could|May)\s+(?P<i>I|we)\s+see)\s+{_WHOSE_EN}\s+"
                r"(?P<engaged>engagement\s+)?ring(?:,?\s+please)?\s*(?P<end>[.!?]*)")
# when the engagement party is ("Lễ ăn hỏi là khi nào?", "Lễ đính hôn của họ vào tuần sau.")
_PARTY = (rf"(?P<party>(?i:lễ)\s+ăn\s+hỏi|(?i:lễ|tiệc)\s+đính\s+hôn)(?:\s+(?P<of>của\s+)?(?:(?P<owner>(?i:"
          rf"{alternatives(OWNERS)}))|(?P<someone>{SOMEONE})))?")
_WHEN = r"(?:khi\s+nào|bao\s+giờ|lúc\s+nào|ngày\s+nào|hôm\s+nào)"
_HELD = r"(?:là|diễn\s+ra|được\s+tổ\s+chức)"
_PARTY_WHEN = [lazy(rf"{_PARTY}\s+(?:(?:sẽ\s+)?{_HELD}\s+)?(?:vào\s+)?{_WHEN}{SOFTENER}\s*\?+"),
               lazy(rf"(?i:khi\s+nào|bao\s+giờ)\s+(?:(?:là|có|tổ\s+chức)\s+)?{_PARTY}{SOFTENER}\s*\?+")]
_PARTY_ON = [lazy(rf"{_PARTY}\s+(?:(?P<will>sẽ)\s+)?(?:{_HELD}\s+)?(?P<day>{OPENS}"
                  r"[^,.!?]*?)\s*(?P<end>[.!]*)"),
             lazy(rf"(?P<day>{OPENS}[^,.!?]*?)\s+là\s+{_PARTY}\s*(?P<end>[.!]*)")]
_PARTY_EN = [lazy(rf"When(?:['’]s|\s+is)\s+{_WHOSE_EN}\s+engagement\s+(?:party|ceremony)\s*\?+"),
             lazy(rf"{_WHOSE_EN}\s+engagement\s+(?:party|ceremony)\s+(?P<be>is|was|will\s+be)\s+(?P<day>[^,.!?]+?)"
                  r"\s*(?P<end>[.!]*)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who proposed or answered, who is engaged to whom, whose
    fiancé someone is, asks to see a ring, or says when the engagement party is; None for any other."""
    if src == "vi":
        return _proposed(text) or _answered(text) or _engaged(text) or _fiance(text) or _ring(text) or _party(text)
    return (_proposed_vi(text) or _answered_vi(text) or _engaged_vi(text) or _fiance_vi(text) or _ring_vi(text)
            or _party_vi(text))


def _day(m: re.Match) -> tuple[str, bool] | None:
    """The day of a match (day0 opening it, or day after) in English with a space before it, and whether it is
    behind today; ("", False) for none, None for one not read or said twice."""
    said = m.groupdict().get("day0") or m["day"]
    if m.groupdict().get("day0") and m["day"] or (day := when(said, "vi", NEAR_SPANS)) is None:
        return None
    return f" {day}" if day else "", bool(BEHIND.match(day))


def _whom(m: re.Match) -> str | None:
    """Whom of a match of WHOM in English with " to " before it ("" for none); None for who themself ("Tôi cầu
    hôn tôi.") or one not read."""
    if not m["whom"]:
        return ""
    if keyed(m["whom"]) == keyed(m["who"] or ""):
        return None
    return (whom := as_whom(m["whom"], "vi")) and f" to {whom}"


def _proposed(text: str) -> str | None:
    """"Anh ấy cầu hôn tôi." as "He proposed to me.", "Anh ấy chưa cầu hôn." as "He hasn't proposed yet.", "Anh ấy
    đã cầu hôn cô ấy chưa?" as "Has he proposed to her yet?", "Tôi muốn cầu hôn cô ấy." as "I want to propose to
    her." (_PROPOSED); None for anything else, and for a day and a tense that disagree."""
    m = _PROPOSED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["asked"]) != asked or (said := who(m, asked)) is None or (day := _day(m)) is None:
        return None
    (who_, one), tense, (on, behind), to = said, _TENSES.get(keyed(m["tense"] or ""), ""), day, _whom(m)
    has = "has" if one else "have"
    if to is None or m["done"] and (tense not in ("", "past") or on or asked):
        return None
    if asked:
        if (tense, m["asked"]) == ("ask", "không") and behind:  # (without a day, ahead or behind?)
            return f"Did {who_} propose{to}{on}?"
        if on or tense not in ("", "past") or m["asked"] != "chưa":
            return None
        return f"{has.capitalize()} {who_} proposed{to} yet?"
    if not tense and on and not behind:
        tense = "will"  # ("Tối nay anh ấy cầu hôn cô ấy.": a day ahead)
    if tense in ("yet", "still", "just", "ask") and on or tense == "past" and on and not behind or \
            tense not in ("", "past", "ask") and behind:
        return None  # ("Tối qua anh ấy sắp cầu hôn …", "Anh ấy chưa cầu hôn hôm qua.")
    if tense in ("yet", "still"):
        return capitalised(f"{who_} {'still ' * (tense == 'still')}{has}n't proposed{to}{' yet' * (tense == 'yet')}.")
    if tense == "want":
        return capitalised(f"{who_} {'wants' if one else 'want'} to propose{to}{on}.")
    if tense in ("soon", "will", "plan"):
        doing = "planning to" if tense == "plan" else "going to"
        return capitalised(contracted(who_, f"{be(who_)} {doing} propose{to}{on or ' soon' * (tense == 'soon')}."))
    if m["done"]:
        return capitalised(contracted(who_, f"{has} already proposed{to}."))
    return None if tense == "ask" else capitalised(f"{who_} {'just ' * (tense == 'just')}proposed{to}{on}.")


def _answered(text: str) -> str | None:
    """"Cô ấy đã nhận lời cầu hôn." as "She accepted the proposal.", "Cô ấy từ chối lời cầu hôn của anh ấy." as "She
    turned down his proposal.", "Hôm qua cô ấy có đồng ý lời cầu hôn không?" as "Did she accept the proposal
    yesterday?" (_ANSWERED); None for anything else, and for asked without a day (did, or will?)."""
    m = _ANSWERED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["asked"]) != asked or (m["tense"] == "có") != asked or (said := who(m, asked)) is None or \
            (day := _day(m)) is None or day[0] and not day[1] or asked and not day[0]:  # (without one: ahead?)
        return None
    if m["owner"] and keyed(m["owner"]) == keyed(m["who"] or ""):
        return None  # ("Cô ấy nhận lời cầu hôn của cô ấy.")
    answer, (who_, _), proposal = _ANSWERS[keyed(m["answer"])], said, f"{_whose(m, 'proposal')}{day[0]}"
    if asked:
        return f"Did {who_} {answer.replace('accepted', 'accept').replace('turned', 'turn')} {proposal}?"
    return capitalised(f"{who_} {'just ' * (m['tense'] == 'vừa')}{answer} {proposal}.")


def _engaged(text: str) -> str | None:
    """"Cô ấy đã đính hôn với một bác sĩ." as "She's engaged to a doctor.", "Cô ấy đính hôn với một bác sĩ à?" as "Is
    she engaged to a doctor?", "Cô ấy đính hôn với ai?" as "Who is she engaged to?", "Lan vừa đính hôn với Minh." as
    "Lan just got engaged to Minh." (_ENGAGED); None for anything else, for two ("Họ …") and a day ahead."""
    m = _ENGAGED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["asked"] or m["anyone"]) or (said := who(m, asked)) is None or \
            be(said[0]) == "are" and said[0] != "you" or (day := _day(m)) is None or day[0] and not day[1]:
        return None
    (who_, _), (on, _), just = said, day, (m["tense"] or "").startswith(("vừa", "mới"))
    whom = _whom(m) if m["whom"] else f" to {a_or_an(JOBS[keyed(m['job'])])} {JOBS[keyed(m['job'])]}" if m["job"] \
        else ""
    if whom is None or asked and (on or just):
        return None
    if m["anyone"]:
        return f"Who {be(who_)} {who_} engaged to?"
    if asked:
        return f"{be(who_).capitalize()} {who_} engaged{whom}?"
    if on or just:
        return capitalised(f"{who_} {'just ' * just}got engaged{whom}{on}.")
    return capitalised(contracted(who_, f"{be(who_)} engaged{whom}."))


def _whose(m: re.Match, said: str) -> str | None:
    """Whose `said` is, of a match with groups owner, someone (OWNER) and of ("của"), in English: "my fiancé", "Lan's
    engagement party", "the proposal" for none said; None for "bạn" without "của" (a friend's?)."""
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s {said}"
    owner = keyed(m["owner"] or "")
    return f"the {said}" if not owner else None if owner == "bạn" and not m["of"] else f"{OWNERS[owner]} {said}"


def _fiance(text: str) -> str | None:
    """"Chồng sắp cưới của tôi là bác sĩ." as "My fiancé is a doctor.", "Đây là vị hôn phu của tôi." as "This is my
    fiancé.", "Anh ấy là chồng sắp cưới của tôi." as "He's my fiancé." (_FIANCE_IS); None for anything else, and for
    "he" as a fiancée."""
    m = next(filter(None, (p.fullmatch(text) for p in _FIANCE_IS)), None)
    if not m or "?" in m["end"] or (whose := _whose(m, FIANCES[keyed(m["fiance"])])) is None:
        return None
    end = m["end"] or "."
    if m.re == _FIANCE_IS[0]:
        job = JOBS[keyed(m["job"])]
        return capitalised(f"{whose} is {a_or_an(job)} {job}{end}")
    if m["this"] or m["given"]:
        return f"{'This' if m['this'] else m['given']} is {whose}{end}"
    one = _ONE[keyed(m["who"])]
    return None if (one == "He") != whose.endswith("fiancé") else f"{one}'s {whose}{end}"


def _ring(text: str) -> str | None:
    """"Cho tôi xem nhẫn đính hôn của bạn!" as "Show me your engagement ring!", "Cho tôi xem nhẫn của bạn được
    không?" as "Can I see your ring?" (_SHOW); None for anything else, and for the speaker's own ring."""
    m = _SHOW.fullmatch(text)
    if not m or m["someone"] or OWNERS[keyed(m["owner"])] == "my" or ("?" in m["end"]) != bool(m["can"]):
        return None
    end, ring = m["end"] or ".", f"{OWNERS[keyed(m['owner'])]} {'engagement ' * bool(m['engaged'])}ring"
    me = _ME[keyed(m["me"])]
    return f"Can {'I' if me == 'me' else 'we'} see {ring}?" if m["can"] else f"Show {me} {ring}{end}"


def _party(text: str) -> str | None:
    """"Lễ ăn hỏi là khi nào?" as "When is the engagement ceremony?", "Lễ đính hôn của họ vào tuần sau." as "Their
    engagement party is next week." (_PARTY_WHEN, _PARTY_ON); None for anything else."""
    m = next(filter(None, (p.fullmatch(text) for p in _PARTY_WHEN + _PARTY_ON)), None)
    if not m:
        return None
    whose = _whose(m, "engagement ceremony" if "hỏi" in m["party"] else "engagement party")
    if whose is None or m.re in _PARTY_WHEN:
        return whose and f"When is {whose}?"
    day = when(m["day"], "vi", NEAR_SPANS)
    if not day or BEHIND.match(day) and m.groupdict().get("will"):
        return None
    return capitalised(f"{whose} {'was' if BEHIND.match(day) else 'is'} {day}{m['end'] or '.'}")


def _whom_vi(m: re.Match, who_: str) -> str | None:
    """Whom of a match of WHOM_EN or _TO_EN in Vietnamese with a space before it ("" for none): " tôi", " mẹ tôi",
    " một bác sĩ"; None for who themself, one not read, and "a" before "an"'s word."""
    if m.groupdict().get("job"):
        job = m["job"].lower()
        return None if a_or_an(job) != m["a"].lower() else f" một {JOBS_VI[job]}"
    if not m["whom"]:
        return ""
    whom = as_whom(m["whom"], "en")
    return None if not whom or whom == who_ else f" {whom}"


def _aux_agrees(m: re.Match, one: bool) -> str | None:
    """The auxiliaries of a match of _PROPOSED_EN as _FORMS keys them ("has" and "'s" as "have", "is" … as "be"),
    where they agree with who; None where they do not ("She have", "Has they")."""
    aux0, aux = (m["aux0"] or "").lower(), (m["aux"] or "").strip().lower().replace("’", "'")
    verb = " ".join(m["verb"].split())
    if aux0 in ("has", "have") and (aux0 == "has") != one or verb.startswith("want") and verb.startswith(
            "wants") != one:
        return None
    if verb.startswith(("going", "planning")):
        return "be" if aux and be_agrees(m, aux) else None
    if aux in ("is", "are", "am", "'re", "'m") or aux and (aux in ("has", "'s")) != one:
        return None
    return "have" if aux else ""


def _proposed_vi(text: str) -> str | None:
    """"He proposed to me last night." as "Tối qua anh ấy cầu hôn tôi.", "He hasn't proposed yet." as "Anh ấy chưa
    cầu hôn.", "Has he proposed to you yet?" as "Anh ấy đã cầu hôn bạn chưa?", "Did he propose?" as "Anh ấy có cầu
    hôn không?", "He's going to propose to her." as "Anh ấy sẽ cầu hôn cô ấy." (_PROPOSED_EN, _FORMS); None for
    anything else, where "has", "is" or "wants" does not agree with who, and for a day and a tense that disagree."""
    m = _PROPOSED_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or (aux := _aux_agrees(m, (said := who_vi(m))[1])) is None:
        return None
    verb = re.sub(r"^wants", "want", " ".join(m["verb"].split()))
    form = _FORMS.get(((m["aux0"] or "").lower().replace("has", "have"), aux, "not" * bool(m["not"]),
                       m["adv"] or "", verb))
    who_, day, whom = said[0], when(m["day"], "en", NEAR_SPANS), _whom_vi(m, said[0])
    behind = bool(m["day"] and BEHIND.search(m["day"]))
    if form == "yet" and m["still"]:
        form = "still"
    if not form or day is None or whom is None or m["still"] and form != "still" or m["yet"] and form not in (
            "yet", "asked") or day and (behind != (form in ("past", "ask")) or form in ("past", "ask") and not behind):
        return None
    said = f"{who_} {_FORMS_VI.get(form, 'có')} cầu hôn{whom}"
    if form == "asked" or form == "ask" and not day:  # ("Did he propose?" without a day: has he?)
        return capitalised(f"{who_} đã cầu hôn{whom} chưa?")
    if day:
        return placed(said.replace(" đã ", " ", 1) if form == "past" else said, day, " không?" * (form == "ask")
                      or ".")
    return capitalised(f"{said}{' rồi' * (form == 'done')}{' không?' if form == 'ask' else '.'}")


def _whose_vi(m: re.Match) -> str:
    """Whose of a match of _WHOSE_EN in Vietnamese with " của " before it: " của Lan", " của anh ấy"; "" for
    "the"."""
    if m["someone"]:
        return f" của {someone(m['someone'], 'en')}"
    whose = m["owner"].lower()
    return "" if whose == "the" else f" của {WHOSE_VI[whose]}"


def _suitor(m: re.Match, who_: str) -> bool:
    """Whether a proposal answered (a match of _ANSWERED_EN, `who_` its who in Vietnamese) is one of marriage for
    sure: one of the other sex than who, "his" or "her", a kin's or a name's, after "She", "He" or a kin of either:
    "She accepted his proposal.", "He turned down Lan's proposal."; not "the", "my", "our", "their" (a plan at work
    or a deal), nor after "I", "they", a name, a boss or a wife ("his" and "her" of one whose sex is not said)."""
    sex = his_her(who_)
    if sex is None or keyed(who_).split()[0] in ("chồng", "vợ"):
        return False  # (a husband or wife answering another's proposal: a plan at work)
    if m["someone"]:
        return m["someone"] in GIVEN_EN or his_her(someone(m["someone"], "en") or "") not in (None, sex)
    return m["owner"].lower() in ("his", "her") and m["owner"].lower() != sex


def _answered_vi(text: str) -> str | None:
    """"She said yes." as "Cô ấy đã đồng ý.", "Did she say yes?" as "Cô ấy có đồng ý không?", "She accepted his
    proposal." as "Cô ấy đã nhận lời cầu hôn của anh ấy.", "She turned down the marriage proposal." as "Cô ấy đã từ
    chối lời cầu hôn." (_ANSWERED_EN); None for anything else, for "did" and a past, or a day ahead, and for a
    proposal that may be a plan at work (_suitor)."""
    m = _ANSWERED_EN.fullmatch(text)
    asked = bool(m and m["did"])
    verb = m and " ".join((m["verb"] or "").lower().split())
    if not m or asked != ("?" in m["end"]) or asked != (m["said"] == "say" or verb in _ANSWERS_EN) or \
            asked and m["just"] or (day := when(m["day"], "en", NEAR_SPANS)) is None or day and not (
            BEHIND.search(m["day"])):
        return None
    who_ = who_vi(m)[0]
    if m["verb"] and not (m["marriage"] or _suitor(m, who_)):
        return None  # ("My boss rejected my proposal.", "They accepted the proposal.": a plan, not marriage)
    whose = "" if m["yes"] else _whose_vi(m)
    said = _ANSWERS_EN[f"say {m['yes'].lower()}" if m["yes"] else _ANSWERED_PAST.get(verb, verb)] + whose
    if whose == f" của {who_}":
        return None  # ("I accepted my proposal.")
    if asked:
        return placed(f"{who_} có {said}", day, " không?")
    return placed(f"{who_} {'vừa' if m['just'] else '' if day else 'đã'} {said}".replace("  ", " "), day,
                  m["end"] or ".")


def _engaged_vi(text: str) -> str | None:
    """"She's engaged to a doctor." as "Cô ấy đã đính hôn với một bác sĩ.", "Is she engaged?" as "Cô ấy đã đính hôn
    chưa?", "Who is she engaged to?" as "Cô ấy đính hôn với ai?", "She got engaged to Minh last year." as "Năm ngoái
    cô ấy đính hôn với Minh." (_ENGAGED_EN); None for anything else, where "is" does not agree with who, and for
    engaged without whom said (mt/weddings.py's)."""
    m = _ENGAGED_EN.fullmatch(text)
    if not m or (whom := _whom_vi(m, who_vi(m)[0])) is None or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, asked, to = who_vi(m)[0], "?" in m["end"], bool(m["to"])
    if m["who0"] or m["be0"]:
        if not asked or not m["be0"] or m["be"] or m["got"] or day or not be_agrees(m, m["be0"]) or m["be0"].islower(
                ) != bool(m["who0"]) or bool(m["who0"]) != (to and not whom) or to and not (whom or m["who0"]):
            return None
        if m["who0"]:
            return f"{capitalised(who_)} đính hôn với ai?"
        return capitalised(f"{who_} đã đính hôn với{whom} phải không?" if whom else f"{who_} đã đính hôn chưa?")
    if not whom or m["be"] and (day or m["just"] or not be_agrees(m, m["be"])) or not (m["be"] or m["got"]) or \
            m["got"] and (asked or day and not BEHIND.search(m["day"])):
        return None
    if m["be"]:
        return capitalised(f"{who_} đã đính hôn với{whom}{' à?' if asked else '.'}")
    if day:
        return placed(f"{who_} {'vừa ' * bool(m['just'])}đính hôn với{whom}", day, ".")
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} đính hôn với{whom}.")


def _fiance_vi(text: str) -> str | None:
    """"My fiancé is a doctor." as "Chồng sắp cưới của tôi là bác sĩ.", "This is my fiancée." as "Đây là vợ sắp
    cưới của tôi.", "He's my fiancé." as "Anh ấy là chồng sắp cưới của tôi." (_FIANCE_IS_EN); None for anything
    else, "the", and "he" as a fiancée ("She's my fiance": the man's word, or the woman's typed without its e?)."""
    m = next(filter(None, (p.fullmatch(text) for p in _FIANCE_IS_EN)), None)
    if not m or (whose := _whose_vi(m)) == "":
        return None
    fiance, end = FIANCES_VI[m["fiance"].lower()], m["end"] or "."
    if m.re == _FIANCE_IS_EN[0]:
        job = m["job"].lower()
        return None if a_or_an(job) != m["a"].lower() else capitalised(f"{fiance}{whose} là {JOBS_VI[job]}{end}")
    if m["who"] and (m["who"] == "She") != fiance.startswith("vợ"):
        return None
    one = "Đây" if m["this"] else m["given"] or capitalised(EN_WHO_VI[m["who"].lower()])
    return f"{one} là {fiance}{whose}{end}"


def _ring_vi(text: str) -> str | None:
    """"Show me your engagement ring!" as "Cho tôi xem nhẫn đính hôn của bạn đi!", "Can I see your ring?" as "Cho tôi
    xem chiếc nhẫn của bạn được không?" (_SHOW_EN); None for anything else, and for one's own ring."""
    m = _SHOW_EN.fullmatch(text)
    if not m or (whose := _whose_vi(m)) in ("", " của tôi") or ("?" in m["end"]) != bool(m["can"]):
        return None
    ring = "nhẫn đính hôn" if m["engaged"] else "chiếc nhẫn"
    me = "tôi" if (m["me"] or m["i"]).lower() in ("me", "i") else "chúng tôi"
    return f"Cho {me} xem {ring}{whose} {'được không?' if m['can'] else 'đi' + (m['end'] or '!')}"


def _party_vi(text: str) -> str | None:
    """"When is the engagement party?" as "Lễ đính hôn là khi nào?", "Their engagement party is on Saturday." as "Lễ
    đính hôn của họ vào thứ Bảy." (_PARTY_EN); None for anything else, and for a day and a tense that disagree."""
    m = _PARTY_EN[0].fullmatch(text)
    if m:
        return f"Lễ đính hôn{_whose_vi(m)} là khi nào?"
    m = _PARTY_EN[1].fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None or not day or bool(
            BEHIND.search(m["day"])) != (m["be"] == "was"):
        return None
    past = m["be"] == "was"  # ("đã diễn ra tuần trước", not "vào tuần trước"; "vào thứ Bảy")
    on = day if day.startswith(("vào ", "lúc ")) or past and not day.startswith(("thứ ", "Chủ nhật")) else f"vào {day}"
    return f"Lễ đính hôn{_whose_vi(m)} {'đã diễn ra ' * past}{on}{m['end'] or '.'}"
