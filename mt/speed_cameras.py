"""Traffic fines by camera ("phạt nguội"), both ways, written whole by rule: who got a camera fine (for running a red
light, speeding, driving in the wrong lane), who received the fine notice, who was caught by a speed or red-light
camera, and who checked for camera fines or should. v8 (the rules on) reads "phạt nguội" as a cold or foolish
punishment and "camera fine" as a fine camera: "Tôi bị phạt nguội vì vượt đèn đỏ." → "I was punished for crossing the
red light.", "Bố tôi bị phạt nguội vì chạy quá tốc độ." → "My father was stupid because of running too speed.", "Tôi
vừa nhận được giấy phạt nguội." → "I've received a foolish paper.", "Tôi bị camera bắt lỗi chạy quá tốc độ." → "I was
getting a camera running too speed.", "Bạn đã tra cứu phạt nguội chưa?" → "Have you given a cooling penalty yet?",
"Bạn đã bao giờ bị phạt nguội chưa?" → "Are you ever punished?"; "I got a camera fine for running a red light." →
"Tôi có máy ảnh tốt đẹp để chạy đèn đỏ.", "I got a speeding fine in the post." → "Tôi có một tốc độ tốt trong bài
viết.", "I was caught by a speed camera." → "Tôi bị bắt bởi máy ảnh tốc độ.", "Have you checked for camera fines?" →
"Bạn đã kiểm tra tốt cho máy ảnh chưa?", "I've never had a camera fine." → "Tôi chưa bao giờ có máy ảnh tốt.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asking what they did) fined by camera ("bị (camera) phạt
nguội", a reason of _REASONS after "vì", "do", "lỗi") or caught by one ("bị camera (giao thông) bắt lỗi …": a speed,
red-light or traffic camera): plain or "đã" (past, on a day behind or today: mt.dates.near_days), just ("vừa",
"mới"), ever asked ("đã bao giờ … chưa?"), before ("từng"), never ("chưa bao giờ"), "sẽ", "có thể"; who received
the fine notice ("nhận được giấy/thông báo phạt nguội", a reason, "qua bưu điện"; "a speeding fine in the post"):
past, just, "rồi", not yet, asked with "chưa"; who checked for camera fines ("tra cứu", "kiểm tra phạt nguội",
online): "đã", a day behind, "rồi", just, not yet, asked with "chưa", "nên", "cần", "phải", "muốn", "sẽ" (and asked
with "có … không?"); how or where one checks. Left: "có bị phạt nguội không?" (did, or will?), "bị phạt
nguội rồi", "chưa?" with no "bao giờ" (yet, or ever?), a plain or "đang" "tra cứu" (does, or did?; today too: did,
or will?), a vehicle or a plate as who ("Xe tôi bị phạt nguội": a car or a motorbike?), parents as who (not in
mt.hobbies.WHO), sums, paying the fine, "anh", "chị", "em" alone saying it, pets, "thế", "vậy" statements, a
camera's snap ("bị camera chụp"), a speed camera catching a red light; in English "a camera" alone (a shop's?), a
speeding fine not in the post or a fine in it of no reason (a parking or a library fine?), "I've got a camera fine"
(had, or got?), a habit, a day with the perfect; and what other modules take first: fines by the police, "bị phạt vì
…" and speeding tickets (mt/fines.py), fines for U-turns (mt/u_turns.py), licences and vehicle papers
(mt/licences.py, mt/vehicle_papers.py). mt.phrasebook.translate tries these after mt/practising.py.

    >>> translate("Tôi bị phạt nguội.", "vi", "en"), translate("I got a speeding fine in the post.", "en", "vi")
    ('I got a camera fine.', 'Tôi nhận được giấy phạt nguội vì chạy quá tốc độ.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, person_of, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:phạt\s+nguội|camera)"), "en": lazy(r"(?i:camera|fine\s+in\s+the\s+post)")}
# what a camera fines (the first Vietnamese of each English is written back)
_REASONS = {"vượt đèn đỏ": "running a red light", "chạy đèn đỏ": "running a red light",
            "chạy quá tốc độ": "speeding", "chạy xe quá tốc độ": "speeding", "lái xe quá tốc độ": "speeding",
            "đi quá tốc độ": "speeding", "đi sai làn": "driving in the wrong lane",
            "chạy sai làn": "driving in the wrong lane", "đi sai làn đường": "driving in the wrong lane"}
_REASONS_VI = {en: vi for vi, en in reversed(_REASONS.items())} | {
    "going through a red light": "vượt đèn đỏ", "jumping a red light": "vượt đèn đỏ"}
# the camera that catches each ("caught by a speed camera"), and back
_CAMERAS = {"speeding": "a speed camera", "running a red light": "a red-light camera"}
_KINDS_EN = {"speeding": "speeding", "red-light": "running a red light", "red light": "running a red light"}
_CAMERAS_VI = {"speed": "speeding", "red-light": "running a red light", "red light": "running a red light",
               "traffic": ""}
# days the past is said on (opening the sentence or after it)
_DAYS = near_days("hôm nay", "sáng nay", "hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái")
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}
# ... of them, those not behind: a plain check on one may be a plan ("Hôm nay tôi đi Hà Nội.": am going)
_TODAY = {"hôm nay", "sáng nay"}

_REASON = rf"(?:\s+(?:(?:vì|do)(?:\s+lỗi)?|lỗi)\s+(?P<reason>(?i:{alternatives(_REASONS)})))?"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
_TENSE = (r"(?:(?P<ever>đã\s+bao\s+giờ|đã\s+từng|từng)\s+|(?P<never>chưa\s+bao\s+giờ|chưa\s+từng)\s+|"
          r"(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ|có\s+thể)\s+)?")
_TAIL = rf"{_DAY}(?:\s+(?P<times>lần\s+nào))?(?:\s+(?P<done>chưa))?{SOFTENED_END}"
# "Tôi bị phạt nguội vì vượt đèn đỏ.", "Bạn đã bao giờ bị phạt nguội chưa?"
_FINED = lazy(rf"{_DAY0}{WHO}\s+{_TENSE}bị\s+(?:camera\s+)?phạt\s+nguội{_REASON}{_TAIL}")
# "Tôi bị camera bắt lỗi chạy quá tốc độ.", "Anh ấy vừa bị camera giao thông bắt lỗi vượt đèn đỏ."
_CAUGHT = lazy(rf"{_DAY0}{WHO}\s+{_TENSE}bị\s+camera(?:\s+(?P<cam>giao\s+thông|phạt\s+nguội|tốc\s+độ))?\s+bắt\s+lỗi"
               rf"(?:\s+(?P<reason>(?i:{alternatives(_REASONS)})))?{_TAIL}")
# "Tôi vừa nhận được giấy phạt nguội.", "Bạn đã nhận được thông báo phạt nguội chưa?"
_NOTICE = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|chưa)\s+)?nhận\s+được\s+(?:một\s+)?"
               rf"(?:giấy|giấy\s+báo|thông\s+báo)\s+phạt\s+nguội{_REASON}"
               rf"(?P<post>\s+qua\s+(?:đường\s+)?bưu\s+điện)?{_DAY}(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# "Bạn đã tra cứu phạt nguội chưa?", "Bạn nên tra cứu phạt nguội.", "Tôi có cần tra cứu phạt nguội không?"
_CHECK = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>đã|vừa\s+mới|vừa|mới|chưa|nên|cần|phải|muốn|sẽ)\s+)?"
              r"(?:tra\s+cứu|kiểm\s+tra)\s+phạt\s+nguội(?P<online>\s+(?:trên\s+mạng|online))?"
              rf"{_DAY}(?:\s+(?P<done>rồi|chưa|không))?{SOFTENED_END}")
# "Làm sao để tra cứu phạt nguội?", "Tra cứu phạt nguội ở đâu?"
_HOW = lazy(r"(?:[Ll]àm\s+(?:sao|thế\s+nào)\s+để\s+tra\s+cứu\s+phạt\s+nguội|[Tt]ra\s+cứu\s+phạt\s+nguội\s+"
            r"(?:như\s+thế\s+nào|(?P<where>ở\s+đâu)))(?:\s+(?:vậy|thế|ạ))?\s*\?+")

# ... and in English: a question's first word, who, then the words before the verb (read by the tables below)
_Q = r"(?:(?P<q>Have|Has|Did|Do|Does|Was|Were|Should)\s+)?"
_AUX = (r"(?P<aux>(?:\s+(?:have|has|was|were|will|did|do|does|should|need|needs|want|wants|just|never|not|been|be|"
        r"to|got|ever|already)|'ve|'ll|n't)*)")
_REASON_EN = rf"(?:\s+for\s+(?P<reason>(?i:{alternatives(_REASONS_VI)})))?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?"
_FINE_EN = lazy(rf"{_Q}{WHO_EN}{_AUX}\s+(?P<verb>got|get|had)\s+a\s+camera\s+fine{_REASON_EN}{_DAY_EN}"
                r"(?P<before>\s+before)?\s*(?P<end>[.!?]*)")
_CAUGHT_EN = lazy(rf"{_Q}{WHO_EN}{_AUX}\s+caught(?:\s+(?P<reason>speeding|running\s+a\s+red\s+light))?\s+(?:by|on)"
                  r"\s+(?:a|the)\s+(?P<cam>speed|red-light|red\s+light|traffic)\s+camera"
                  rf"{_DAY_EN}(?P<before>\s+before)?\s*(?P<end>[.!?]*)")
_NOTICE_EN = lazy(rf"{_Q}{WHO_EN}{_AUX}\s+(?P<verb>received|receive|got|get)\s+(?:(?:a|the)\s+camera\s+fine"
                  r"(?P<notice>\s+notice)?|(?:a|the)\s+(?P<kind>speeding|red-light|red\s+light)\s+fine)"
                  rf"{_REASON_EN}(?P<post>\s+in\s+the\s+post)?(?:\s+for\s+(?P<reason2>(?i:"
                  rf"{alternatives(_REASONS_VI)})))?(?P<yet>\s+yet)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_CHECK_EN = lazy(rf"{_Q}{WHO_EN}{_AUX}\s+(?P<verb>checked|check)\s+for\s+camera\s+fines(?P<online>\s+online)?"
                 rf"(?P<yet>\s+yet)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(r"(?:How\s+(?:do|can)|(?P<where>Where\s+can))\s+(?:I|you)\s+check\s+for\s+camera\s+fines\s*\?+")

# English's words before the verb (question word, what follows who, the verb) as the form said, both ways
_FINE_FORMS = {("", "", "got"): "past", ("", "just", "got"): "just", ("", "have just", "got"): "just",
               ("", "have never", "had"): "never", ("have", "ever", "had"): "ever", ("", "have", "had"): "before",
               ("did", "", "get"): "asked", ("", "did not", "get"): "denied", ("", "will", "get"): "will"}
_CAUGHT_FORMS = {("", "was"): "past", ("", "got"): "past", ("", "have just been"): "just",
                 ("", "have never been"): "never", ("have", "ever been"): "ever", ("", "have been"): "before",
                 ("was", ""): "asked", ("", "was not"): "denied", ("", "will be"): "will"}
_NOTICE_FORMS = {("", "", "received"): "past", ("", "", "got"): "past", ("", "just", "received"): "just",
                 ("", "have just", "received"): "just", ("", "just", "got"): "just", ("", "have", "received"): "done",
                 ("", "have already", "received"): "done", ("", "have not", "received"): "notyet",
                 ("have", "", "received"): "asked_done", ("did", "", "receive"): "asked", ("did", "", "get"): "asked"}
_CHECK_FORMS = {("", "", "checked"): "past", ("", "have", "checked"): "done",
                ("", "have already", "checked"): "done", ("", "already", "checked"): "done",
                ("", "just", "checked"): "just", ("", "have just", "checked"): "just",
                ("", "have not", "checked"): "notyet",
                ("have", "", "checked"): "asked_done",
                ("", "should", "check"): "nên", ("", "need to", "check"): "cần", ("", "have to", "check"): "phải",
                ("", "want to", "check"): "muốn", ("", "will", "check"): "sẽ", ("should", "", "check"): "có nên",
                ("do", "need to", "check"): "có cần", ("do", "have to", "check"): "có phải",
                ("do", "want to", "check"): "có muốn"}
# ... how Vietnamese says each ({} the doing)
_VI_FORMS = {"past": "{}", "just": "vừa {}", "never": "chưa bao giờ {}", "ever": "đã bao giờ {} chưa?",
             "before": "từng {}", "asked": "có {} không?", "denied": "không {}", "will": "sẽ {}", "done": "đã {} rồi",
             "notyet": "chưa {}", "asked_done": "đã {} chưa?"}
# ... and how English says each, of the Vietnamese ({who}, {has}: "has" or "have", {was}, {x}: what follows)
_EN_FORMS = {
    "fined": {"past": "{who} got {x}", "just": "{who} {has} just got {x}", "ever": "{Has} {who} ever had {x}?",
              "before": "{who} {has} had {x} before", "never": "{who} {has} never had {x}",
              "will": "{who} will get {x}", "may": "{who} may get {x}"},
    "caught": {"past": "{who} {was} caught {x}", "just": "{who} {has} just been caught {x}",
               "ever": "{Has} {who} ever been caught {x}?", "before": "{who} {has} been caught {x} before",
               "never": "{who} {has} never been caught {x}", "will": "{who} will be caught {x}",
               "may": "{who} may be caught {x}"},
    "notice": {"past": "{who} received {x}", "just": "{who} {has} just received {x}",
               "done": "{who} {has} received {x}", "notyet": "{who} {has} not received {x} yet",
               "asked_done": "{Has} {who} received {x}?"},
    "check": {"past": "{who} checked {x}", "done": "{who} {has} checked {x}", "just": "{who} {has} just checked {x}",
              "notyet": "{who} {has} not checked {x} yet", "asked_done": "{Has} {who} checked {x}?",
              "sẽ": "{who} will check {x}", "nên": "{who} should check {x}", "có nên": "Should {who} check {x}?"}}
# Vietnamese modals of checking, as English says them with present()
_MODALS = {"cần": "need to check", "phải": "have to check", "muốn": "want to check"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who got a camera fine, received its notice, was caught by a
    speed or red-light camera, or checked for camera fines; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("… thế.": so, then; more than English would say)
            return None
        return _fined(text) or _caught(text) or _notice(text) or _check(text) or _how(text)
    text = text.replace("’", "'")
    return _fined_vi(text) or _caught_vi(text) or _notice_vi(text) or _check_vi(text) or _how_vi(text)



def _form(m: re.Match) -> str | None:
    """The form of a match of _FINED or _CAUGHT: "past" (on a day, or none), "just", "ever" (asked with "chưa"),
    "before" ("từng"), "never", "will", "may"; None for any other ("chưa?" without "bao giờ", "đã bao giờ" said,
    a day with any but the past, "lần nào" but with ever or never)."""
    asked, tense, ever = "?" in m["end"], keyed(m["tense"] or ""), keyed(m["ever"] or "")
    if m["done"] and not (asked and ever):
        return None
    if ever:  # (asked, with "chưa" only: "Bạn từng bị phạt nguội?" may say it back, surprised)
        form = ("ever" if m["done"] else None) if asked else "before" if "bao" not in ever else None
    elif m["never"]:
        form = None if asked else "never"
    else:
        form = None if asked else {"": "past", "đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just",
                                   "sẽ": "will", "có thể": "may"}[tense]
    if m["times"] and form not in ("ever", "never") or (m["day0"] or m["day"]) and form != "past":
        return None
    return None if m["day0"] and m["day"] else form


def _english(kind: str, form: str, said: tuple[str, bool], x: str, m: re.Match) -> str:
    """The English of `kind` ("fined", "caught", "notice", "check") in `form`, of who `said` (as _who gives it),
    `x` after the verb, the day of `m` (day0 or day) after it; a statement ended as the source."""
    who_, one = said
    day = m["day0"] or m["day"]
    x += f" {_DAYS[keyed(day)]}" if day else ""
    has = "has" if one else "have"
    line = _EN_FORMS[kind][form].format(who=who_, has=has, Has=has.capitalize(), was="was" if one or who_ == "I"
                                        else "were", x=x)
    if not line.endswith("?"):
        line = capitalised(line.replace(" have not ", " haven't ").replace(" has not ", " hasn't "))
        line = re.sub(r"^(I|You|We|They) have ", r"\1've ", line) + stop(m["end"])
    return line


def _reason(m: re.Match) -> str:
    """" for speeding", " for running a red light" … of a match's reason; "" where none is said."""
    return f" for {_REASONS[keyed(m['reason'])]}" if m["reason"] else ""


def _fined(text: str) -> str | None:
    """"Tôi bị phạt nguội vì vượt đèn đỏ." as "I got a camera fine for running a red light.", "Bạn đã bao giờ bị phạt
    nguội chưa?" as "Have you ever had a camera fine?", "Tôi chưa bao giờ bị phạt nguội." as "I've never had a camera
    fine." (_FINED); None for anything else."""
    m = _FINED.fullmatch(text)
    form = m and _form(m)
    said = form and person_of(m, form == "ever")
    return said and _english("fined", form, said, f"a camera fine{_reason(m)}", m)


def _caught(text: str) -> str | None:
    """"Tôi bị camera bắt lỗi chạy quá tốc độ." as "I was caught by a speed camera.", "… bắt lỗi vượt đèn đỏ." as "…
    by a red-light camera.", "… bắt lỗi đi sai làn." as "… on camera driving in the wrong lane.", "Tôi bị camera bắt
    lỗi." as "… by a traffic camera." (_CAUGHT); None for anything else, and a speed camera catching a red light."""
    m = _CAUGHT.fullmatch(text)
    form = m and _form(m)
    said = form and person_of(m, form == "ever")
    if not said:
        return None
    reason = _REASONS[keyed(m["reason"])] if m["reason"] else ""
    if keyed(m["cam"] or "") == "tốc độ":  # (a speed camera: caught speeding)
        reason = reason or "speeding"
    if keyed(m["cam"] or "") == "tốc độ" and reason != "speeding":
        return None
    x = _CAMERAS.get(reason) or f"on camera {reason}" if reason else "a traffic camera"
    return _english("caught", form, said, x if x.startswith("on ") else f"by {x}", m)


def _notice(text: str) -> str | None:
    """"Tôi vừa nhận được giấy phạt nguội." as "I've just received a camera fine notice.", "Mẹ tôi nhận được thông
    báo phạt nguội vì chạy quá tốc độ." as "My mother received a camera fine notice for speeding.", "Bạn đã nhận được
    giấy phạt nguội chưa?" as "Have you received a camera fine notice?" (_NOTICE); None for anything else."""
    m = _NOTICE.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    asked, tense, done = "?" in m["end"], keyed(m["tense"] or ""), keyed(m["done"] or "")
    forms = {("", "", False): "past", ("đã", "", False): "past", ("vừa", "", False): "just",
             ("mới", "", False): "just", ("vừa mới", "", False): "just", ("", "rồi", False): "done",
             ("đã", "rồi", False): "done", ("chưa", "", False): "notyet", ("", "chưa", True): "asked_done",
             ("đã", "chưa", True): "asked_done"}
    form = forms.get((tense, done, asked))
    said = form and (form == "past" or not (m["day0"] or m["day"])) and person_of(m, asked)
    post = " in the post" if m["post"] else ""
    return said and _english("notice", form, said, f"a camera fine notice{_reason(m)}{post}", m)


def _check(text: str) -> str | None:
    """"Bạn đã tra cứu phạt nguội chưa?" as "Have you checked for camera fines?", "Hôm qua tôi tra cứu phạt nguội."
    as "I checked for camera fines yesterday.", "Bạn nên tra cứu phạt nguội." as "You should check for camera
    fines.", "Tôi có cần tra cứu phạt nguội không?" as "Do I need to check for camera fines?" (_CHECK); None for
    anything else, and a plain "Tôi tra cứu phạt nguội." (does, or did?)."""
    m = _CHECK.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    asked, tense, done = "?" in m["end"], keyed(m["tense"] or ""), keyed(m["done"] or "")
    day, ask = m["day0"] or m["day"], bool(m["ask"])
    forms = {("", "", False, False): "past" if day and keyed(day) not in _TODAY else None,
             ("đã", "", False, False): "past",
             ("", "rồi", False, False): "done", ("đã", "rồi", False, False): "done", ("vừa", "", False, False): "just",
             ("mới", "", False, False): "just", ("vừa mới", "", False, False): "just",
             ("chưa", "", False, False): "notyet", ("", "chưa", True, False): "asked_done",
             ("đã", "chưa", True, False): "asked_done", ("nên", "", False, False): "nên",
             ("nên", "không", True, True): "có nên", ("sẽ", "", False, False): "sẽ"} | {
        (modal, "", False, False): modal for modal in _MODALS} | {
        (modal, "không", True, True): f"có {modal}" for modal in _MODALS}
    form = forms.get((tense, done, asked, ask))
    said = form and (form == "past" or not day) and person_of(m, form == "asked_done")
    if not said:
        return None
    x = f"for camera fines{' online' if m['online'] else ''}"
    if form.removeprefix("có ") in _MODALS:
        return present(*said, _MODALS[form.removeprefix("có ")], x, asked, end=m["end"])
    return _english("check", form, said, x, m)


def _how(text: str) -> str | None:
    """"Làm sao để tra cứu phạt nguội?" as "How do you check for camera fines?", "Tra cứu phạt nguội ở đâu?" as
    "Where can you check for camera fines?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    return m and f"{'Where can' if m['where'] else 'How do'} you check for camera fines?"


def _read_en(m: re.Match, forms: dict, verb: bool = True) -> tuple[str, str, bool] | None:
    """The form of an English match by `forms` ("has" read as "have", contractions undone), who in Vietnamese and
    whether one; None where there is none, a pet, a question without "?" (or "?" without one), or the first word of
    the verb not agreeing with who ("She have", "We was")."""
    q = (m["q"] or "").lower()
    aux = " ".join(m["aux"].lower().replace("'ve", " have").replace("'ll", " will").replace("n't", " not").split())
    if animal(m) or bool(q) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    first = q or aux.split(" ")[0]
    if first in ("has", "does", "was", "needs", "wants") and not (one or first == "was" and who_ == "tôi") or \
            first in ("have", "do", "were", "need", "want") and (one or first == "were" and who_ == "tôi"):
        return None
    plain = {"has": "have", "does": "do", "were": "was", "needs": "need", "wants": "want"}
    key = (plain.get(q, q), " ".join(plain.get(w, w) for w in aux.split()))
    form = forms.get(key + (m["verb"],) if verb else key)
    return form and (form, who_, one)


def _vietnamese(form: str, who_: str, x: str, m: re.Match) -> str:
    """Vietnamese of who `who_` doing `x` in `form` (_VI_FORMS, or a modal: "nên", "có cần" …), the day of `m`
    opening it; a statement ended as the source."""
    day = m["day"]
    line = _VI_FORMS[form].format(x) if form in _VI_FORMS else \
        f"có {form.removeprefix('có ')} {x} không?" if form.startswith("có ") else f"{form} {x}"
    line = f"{_DAYS_EN[keyed(day)]} {who_} {line}" if day else f"{who_} {line}"
    return capitalised(line if line.endswith("?") else line + stop(m["end"]))


def _fined_vi(text: str) -> str | None:
    """"I got a camera fine for running a red light." as "Tôi bị phạt nguội vì vượt đèn đỏ.", "Have you ever had a
    camera fine?" as "Bạn đã bao giờ bị phạt nguội chưa?", "Did you get a camera fine?" as "Bạn có bị phạt nguội
    không?" (_FINE_EN); None for anything else."""
    m = _FINE_EN.fullmatch(text)
    read = m and _read_en(m, _FINE_FORMS)
    if not read or (read[0] == "before") != bool(m["before"]) or m["day"] and read[0] not in ("past", "asked"):
        return None
    reason = f" vì {_REASONS_VI[keyed(m['reason'])]}" if m["reason"] else ""
    return _vietnamese(read[0], read[1], f"bị phạt nguội{reason}", m)


def _caught_vi(text: str) -> str | None:
    """"I was caught by a speed camera." as "Tôi bị camera bắt lỗi chạy quá tốc độ.", "Have you ever been caught by
    a red-light camera?" as "Bạn đã bao giờ bị camera bắt lỗi vượt đèn đỏ chưa?" (_CAUGHT_EN); None for anything
    else, and a speed camera catching a red light."""
    m = _CAUGHT_EN.fullmatch(text)
    read = m and _read_en(m, _CAUGHT_FORMS, verb=False)
    if not read or (read[0] == "before") != bool(m["before"]) or m["day"] and read[0] not in ("past", "asked"):
        return None
    cam = _CAMERAS_VI[keyed(m["cam"])]
    reason = keyed(m["reason"]) if m["reason"] else cam
    if cam and reason != cam:
        return None
    what = f" {_REASONS_VI[reason]}" if reason else ""
    return _vietnamese(read[0], read[1], f"bị camera bắt lỗi{what}", m)


def _notice_vi(text: str) -> str | None:
    """"I've just received a camera fine notice." as "Tôi vừa nhận được giấy phạt nguội.", "I got a speeding fine in
    the post." as "Tôi nhận được giấy phạt nguội vì chạy quá tốc độ." (the post is what makes it a camera's fine),
    "Have you received a camera fine notice yet?" as "Bạn đã nhận được giấy phạt nguội chưa?" (_NOTICE_EN); None
    for anything else, "a camera fine" not in the post (mt.speed_cameras._fined_vi's), a fine of two reasons."""
    m = _NOTICE_EN.fullmatch(text)
    read = m and _read_en(m, _NOTICE_FORMS)
    if not read or m["yet"] and read[0] not in ("notyet", "asked_done") or m["day"] and read[0] != "past":
        return None
    kind = _KINDS_EN.get(keyed(m["kind"] or ""))
    reasons = [keyed(r) for r in (kind, m["reason"], m["reason2"]) if r]
    if len(reasons) > 1 or not (m["notice"] or m["post"]) or m["reason"] and m["reason2"]:
        return None
    reason = f" vì {_REASONS_VI[reasons[0]]}" if reasons else ""
    post = " qua đường bưu điện" if m["post"] and not kind else ""
    return _vietnamese(read[0], read[1], f"nhận được giấy phạt nguội{reason}{post}", m)


def _check_vi(text: str) -> str | None:
    """"Have you checked for camera fines?" as "Bạn đã tra cứu phạt nguội chưa?", "I checked for camera fines
    yesterday." as "Hôm qua tôi tra cứu phạt nguội.", "You should check for camera fines." as "Bạn nên tra cứu
    phạt nguội." (_CHECK_EN); None for anything else."""
    m = _CHECK_EN.fullmatch(text)
    read = m and _read_en(m, _CHECK_FORMS)
    if not read or m["yet"] and read[0] not in ("notyet", "asked_done") or m["day"] and read[0] != "past":
        return None
    # ("đã" where no day says the past, or one that is today: "Hôm nay tôi tra cứu phạt nguội." may be a plan)
    today = not m["day"] or _DAYS_EN[keyed(m["day"])] in _TODAY
    form = "đã" if read[0] == "past" and today else read[0]
    return _vietnamese(form, read[1], f"tra cứu phạt nguội{' trên mạng' if m['online'] else ''}", m)


def _how_vi(text: str) -> str | None:
    """"How do I check for camera fines?" as "Làm sao để tra cứu phạt nguội?", "Where can I check for camera
    fines?" as "Tra cứu phạt nguội ở đâu?" (_HOW_EN); None for anything else."""
    m = _HOW_EN.fullmatch(text)
    return m and ("Tra cứu phạt nguội ở đâu?" if m["where"] else "Làm sao để tra cứu phạt nguội?")
