"""Medical scans and tests at the hospital, both ways, written whole by rule: an X-ray, a chest X-ray, a CT scan, an
MRI, an endoscopy, a colonoscopy or an ultrasound had, to be had, needed or sent for; its result normal or not; waiting
for it; being kept in hospital for observation. v8 (rules on) reads "chụp" as taking, "đi" as walking, "nội soi" as
nothing and "nằm viện theo dõi" as sitting: "Tôi phải chụp X-quang." → "I have to take X-rays.", "Bác sĩ bảo tôi đi
chụp X-quang." → "The doctor told me to go to the X-ray.", "Tôi phải đi nội soi dạ dày." → "I have to walk the
stomach.", "Tôi vừa chụp cộng hưởng từ." → "I took the MRIs.", "Tôi đi chụp phim phổi." → "I went to a prayer.", "Kết
quả siêu âm bình thường." → "Normal ultrasound results.", "Tôi phải nằm viện theo dõi." → "I have to sit in the
hospital.", "Bố tôi đang nằm viện theo dõi." → "I'm lying to watch the hospital."; "The doctor sent me for an X-ray."
→ "Vị bác sĩ đã gởi tôi cho chụp X-quang.", "I have to have an endoscopy." → "Tôi phải có một nội soi.", "I just had an
MRI." → "Tôi chỉ có MRI.", "I had a chest X-ray." → "Tôi có tia X ngực.", "He was kept in hospital for observation."
→ "Anh ta bị bệnh viện để quan sát.".

Taken: who (mt.hobbies.WHO, WHO_EN; a pet too, as vets scan them) has to, had to, will have to, needs, need not have
one of KINDS; has just had one, has had it ("rồi", "đã"), already, not yet, never, had it on a day behind or is having
it on a day ahead (mt.dates.near_days), is going for it ("đi" alone), went for it, is going to or about to have it;
asked "có phải … không?", "có cần … không?", "… chưa?", "đã bao giờ … chưa?"; the doctor sending whom (mt.hobbies.WHOM)
for one, or saying who has to or needs to have one; whose result of one normal, not, asked ("The ultrasound was
normal."); who (a person) is (still) waiting for the results of one, or to have one; who (a person) has to, had to,
will have to or needs to stay in hospital for observation, is (still) there for it, asked. Left: a scan with no tense
("Tôi chụp X-quang.": does, did, will?), "đi … rồi" (gone, or back?), "vừa đi" (still there?), "hôm nay" (done or
ahead?), "I" asked of the past ("Tôi đã chụp X-quang chưa?"), "anh", "chị", "em" alone saying it, "chúng ta",
"mình" going for one or having it on a day ahead with no tense ("Chúng ta đi siêu âm.": let's?), "siêu âm thai" and
pregnancy scans (mt/pregnancy.py), check-ups, test results and waiting for them (mt/check_ups.py), blood tests
(mt/jabs.py), being in hospital, taken in, out (mt/hospital.py), operations (mt/surgery.py), photos ("chụp ảnh":
mt/photos.py), "theo dõi" of anything else, and anything else.
mt.phrasebook.translate tries these after mt/currency.py.

    >>> translate("Tôi phải chụp X-quang.", "vi", "en"), translate("The doctor sent me for an X-ray.", "en", "vi")
    ('I have to have an X-ray.', 'Bác sĩ bảo tôi đi chụp X-quang.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, asked_of, be_of, own_thing, pet,
                      someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, stop

# the scans in Vietnamese (keyed), in English with its article and as the noun of a result ("My X-ray was normal.")
KINDS = {"chụp x-quang": ("an X-ray", "X-ray"), "chụp x quang": ("an X-ray", "X-ray"),
         "chụp xquang": ("an X-ray", "X-ray"), "chụp phim x-quang": ("an X-ray", "X-ray"),
         "chụp phim phổi": ("a chest X-ray", "chest X-ray"), "chụp x-quang phổi": ("a chest X-ray", "chest X-ray"),
         "chụp x-quang ngực": ("a chest X-ray", "chest X-ray"), "chụp ct": ("a CT scan", "CT scan"),
         "chụp cắt lớp": ("a CT scan", "CT scan"), "chụp cắt lớp vi tính": ("a CT scan", "CT scan"),
         "chụp cộng hưởng từ": ("an MRI", "MRI"), "chụp mri": ("an MRI", "MRI"),
         "nội soi dạ dày": ("an endoscopy", "endoscopy"), "nội soi": ("an endoscopy", "endoscopy"),
         "nội soi đại tràng": ("a colonoscopy", "colonoscopy"), "siêu âm": ("an ultrasound", "ultrasound"),
         "siêu âm bụng": ("an abdominal ultrasound", "abdominal ultrasound")}
# ... a result's may leave "chụp" out ("Kết quả X-quang", "kết quả cộng hưởng từ")
RESULT_KINDS = KINDS | {vi.removeprefix("chụp "): en for vi, en in KINDS.items() if vi.startswith("chụp ")}
# ... and in English (keyed), with the Vietnamese written back and its article
KINDS_EN = {"x-ray": ("chụp X-quang", "an"), "chest x-ray": ("chụp phim phổi", "a"), "ct scan": ("chụp CT", "a"),
            "cat scan": ("chụp CT", "a"), "mri": ("chụp cộng hưởng từ", "an"), "mri scan": ("chụp cộng hưởng từ", "an"),
            "endoscopy": ("nội soi dạ dày", "an"), "gastroscopy": ("nội soi dạ dày", "a"),
            "colonoscopy": ("nội soi đại tràng", "a"), "ultrasound": ("siêu âm", "an"),
            "ultrasound scan": ("siêu âm", "an"), "abdominal ultrasound": ("siêu âm bụng", "an")}
# the days a scan is had on, behind or ahead ("hôm nay": done or ahead, left)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                 "tháng trước", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới",
                 "tháng sau")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_KEYS = {"vi": lazy(r"(?i:chụp|x-quang|x\s+quang|xquang|nội\s+soi|siêu\s+âm|cộng\s+hưởng\s+từ|mri|cắt\s+lớp|"
                    r"phim\s+phổi|kết\s+quả\s+ct|theo\s+dõi)"),
         "en": lazy(r"(?i:x-ray|scan|mri|endoscop|gastroscop|colonoscop|ultrasound|observation)")}

_KIND = rf"(?P<kind>(?i:{alternatives(KINDS)}))"
_RKIND = rf"(?P<rkind>(?i:{alternatives(RESULT_KINDS)}))"
_DAY = rf"(?i:{alternatives(DAYS)})"
_AUX = (r"đã\s+phải|sẽ\s+phải|không\s+phải|không\s+cần|đã\s+bao\s+giờ|đã\s+từng|chưa\s+bao\s+giờ|phải|cần|đã|"
        r"vừa\s+mới|vừa|mới|sẽ|sắp|chưa")
# a scan had, to be had, needed ("Tôi phải chụp X-quang.", "Hôm qua bố tôi đi chụp CT.", "Bạn đã chụp X-quang chưa?")
_HAVE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+|(?P<ask>có)\s+(?P<must>phải|cần)\s+)?"
             rf"(?P<go>đi\s+)?{_KIND}(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<tail>rồi|chưa|không))?{SOFTENED_END}")
# the doctor saying it ("Bác sĩ bảo mẹ tôi phải chụp CT.": what follows is read as a sentence of _HAVE or _WATCH)
_SAYS = lazy(r"[Bb]ác\s+sĩ\s+(?:bảo|nói)(?:\s+(?:là|rằng))?\s+(?P<rest>\S.*)")
# ... or sending whom for one ("Bác sĩ bảo tôi đi chụp X-quang.", "Bác sĩ chỉ định tôi chụp CT.")
_SENT = lazy(rf"[Bb]ác\s+sĩ\s+(?:đã\s+)?(?P<verb>bảo|cho|chỉ\s+định)\s+{WHOM}\s+(?P<go>đi\s+)?{_KIND}"
             rf"{SOFTENED_END}")
# a result ("Kết quả siêu âm bình thường.", "Kết quả chụp CT của mẹ tôi không bình thường.")
_RESULT = lazy(rf"(?i:kết\s+quả)\s+{_RKIND}(?:\s+(?:của\s+)?{OWNER})?\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
               rf"bình\s+thường{ASKED_END}")
# waiting for one or its results ("Tôi đang chờ kết quả chụp CT.", "Bố tôi vẫn đang đợi chụp X-quang.")
_WAIT = lazy(rf"{WHO}\s+(?P<aux>đang|vẫn\s+đang|vẫn\s+còn|vẫn)\s+(?:chờ|đợi)\s+(?:kết\s+quả\s+{_RKIND}|{_KIND})"
             rf"{SOFTENED_END}")
# kept in hospital for observation ("Tôi phải nằm viện theo dõi.", "Bố tôi đang nằm viện theo dõi.")
_WATCH = lazy(rf"{WHO}\s+(?:(?P<aux>đã\s+phải|sẽ\s+phải|không\s+phải|phải|cần|đang|vẫn\s+đang|vẫn\s+còn|vẫn)\s+|"
              r"(?P<ask>có)\s+(?P<must>phải|đang)\s+)?(?:nằm\s+viện|ở\s+lại\s+bệnh\s+viện)\s+(?:để\s+)?theo\s+dõi"
              rf"{ASKED_END}")

# ... and in English: the verb between who and the scan is read by _verb
_KIND_EN = rf"(?P<art>an?)\s+(?P<kind>(?i:{alternatives(KINDS_EN)}))"
_VERB_EN = r"(?P<verb>(?:\s+|['’])[a-z’' ]+?)"
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}{_VERB_EN}\s+{_KIND_EN}(?:\s+(?P<day>"
                rf"{alternatives(DAYS_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_SAYS_EN = lazy(r"The\s+doctor\s+says(?:\s+that)?\s+(?P<rest>\S.*)")
_SENT_EN = lazy(rf"The\s+doctor\s+(?P<verb>sent|has\s+sent|told)\s+{WHOM_EN}\s+(?P<for>for|to\s+(?:have|get|go\s+for))"
                rf"\s+{_KIND_EN}\s*(?P<end>[.!]*)")
_RESULT_EN = lazy(rf"(?:(?P<q>Was|Were|Is|Are)\s+)?(?:(?P<det>(?i:the|{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)"
                  rf"\s+(?P<kind>(?i:{alternatives(KINDS_EN)}))(?P<res>\s+results?)?(?P<be>\s+(?:was|were|is|are)"
                  r"(?:\s+not|n['’]t)?|\s+came\s+back)?\s+normal\s*(?P<end>[.!?]*)")
_WAIT_EN = lazy(rf"{WHO_EN}{BE_EN}(?:\s+(?P<still>still))?\s+waiting\s+(?:for\s+(?P<owner>(?i:the|{WHOSE_WORDS}))\s+"
                rf"(?P<rkind>(?i:{alternatives(KINDS_EN)}))\s+results|to\s+have\s+{_KIND_EN})\s*(?P<end>[.!]*)")
_WATCH_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are|Am)\s+)?{WHO_EN}{_VERB_EN}??\s+(?P<where>stay\s+in|in|kept\s+in)\s+"
                 r"(?:the\s+)?hospital\s+for\s+observation\s*(?P<end>[.!?]*)")

# English verbs said (first word agreed and made plain by _verb), with the Vietnamese before and after the scan
_SAID_EN = {("", "have to have"): ("phải", ""), ("", "have to get"): ("phải", ""), ("", "had to have"): ("đã phải", ""),
            ("", "will have to have"): ("sẽ phải", ""), ("", "do not have to have"): ("không phải", ""),
            ("", "need"): ("cần", ""), ("", "need to have"): ("cần", ""), ("", "do not need"): ("không cần", ""),
            ("", "have had"): ("", " rồi"), ("", "have already had"): ("đã", " rồi"), ("", "just had"): ("vừa", ""),
            ("", "have just had"): ("vừa", ""), ("", "have not had"): ("chưa", ""),
            ("", "have never had"): ("chưa bao giờ", ""), ("", "be about to have"): ("sắp", ""),
            ("do", "have to have"): ("có phải", " không"), ("do", "need"): ("có cần", " không"),
            ("do", "need to have"): ("có cần", " không"), ("have", "had"): ("đã", " chưa"),
            ("have", "ever had"): ("đã bao giờ", " chưa")}
# ... those said with a day (group day: "behind", "ahead", or none), Vietnamese with it and without
_DAYED_EN = {"had": ({"behind", None}, "đã", "đã"), "went for": ({"behind", None}, "đi", "đã đi"),
             "be going for": ({"ahead", None}, "đi", "đi"), "be having": ({"ahead"}, "đi", ""),
             "be going to have": ({"ahead", None}, "sẽ", "sẽ"), "will have": ({"ahead", None}, "sẽ", "sẽ")}
_WATCH_SAID = {("", "have to", "stay in"): "phải", ("", "had to", "stay in"): "đã phải",
               ("", "will have to", "stay in"): "sẽ phải", ("", "do not have to", "stay in"): "không phải",
               ("", "need to", "stay in"): "cần", ("", "be", "in"): "đang", ("", "be still", "in"): "vẫn đang",
               ("", "was", "kept in"): "đã phải", ("do", "have to", "stay in"): "có phải",
               ("be", "", "in"): "có đang"}
_PLAIN = {"has": "have", "does": "do", "needs": "need", "is": "be", "am": "be", "are": "be", "were": "was"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a scan had, to be had, needed or sent for, its result, waiting for it, or a
    stay in hospital for observation; None for any other."""
    if src == "vi":
        return _have(text) or _says(text) or _sent(text) or _result(text) or _wait(text) or _watch(text)
    return _have_vi(text) or _says_vi(text) or _sent_vi(text) or _result_vi(text) or _wait_vi(text) or _watch_vi(text)


def _has(who_: str, one: bool, said: str) -> str:
    """Who and "has" (or "have") `said`, contracted as English says it ("I've had", "she's never had")."""
    return contracted(who_, f"{'has' if one else 'have'} {said}")


def _is(who_: str, said: str) -> str:
    """Who and "is" (or "am", "are") `said`, contracted as English says it ("I'm going for", "my mother is")."""
    return contracted(who_, f"{be(who_)} {said}")


def _scan(m: re.Match) -> tuple[str, str, str] | None:
    """The clause of a match of _HAVE in English, uncapitalised and without its end, the Vietnamese before the scan
    (its aux, or "có phải"), and "?" or "."; None where tense, day and asking do not read for sure."""
    aux, tail, go, asked = keyed(m["aux"] or ""), keyed(m["tail"] or ""), bool(m["go"]), "?" in m["end"]
    day = m["day0"] or m["day"]
    wrong = m["day0"] and m["day"] or asked != (tail in ("chưa", "không")) or m["ask"] and not asked
    said = None if wrong else who(m, asked)
    if said is None:
        return None
    (who_, one), kind = said, KINDS[keyed(m["kind"])][0]
    way, on = (NEAR_WAY[keyed(day)], f" {DAYS[keyed(day)]}") if day else (None, "")
    if asked:
        if day or (tail == "không") != bool(m["must"]):
            return None
        if m["must"]:
            verb = "have to have" if m["must"] == "phải" else "need"
            return f"{'Does' if one else 'Do'} {who_} {verb} {kind}", f"có {m['must']}", "?"
        if who_ == "I" or go and aux not in ("", "đã"):
            return None  # (asked of oneself: whether one has had a scan is known)
        ever = {"": "", "đã": "", "đã bao giờ": "ever ", "đã từng": "ever "}.get(aux)
        clause = None if ever is None else f"{'Has' if one else 'Have'} {who_} {ever}had {kind}{' yet' * (not ever)}"
        return clause and (clause, aux, "?")
    if tail == "rồi":
        return (_has(who_, one, f"{'already ' * (aux == 'đã')}had {kind}"), "rồi", ".") if aux in ("", "đã") and not (
            go or day) else None
    must = {"phải": "{has} to have", "đã phải": "had to have", "sẽ phải": "will have to have",
            "không phải": "{doesn't} have to have", "cần": "{needs}", "không cần": "{doesn't} need"}.get(aux)
    if must:
        verbs = {"has": "has" if one else "have", "doesn't": "doesn't" if one else "don't",
                 "needs": "needs" if one else "need"}
        return (f"{who_} {must.format_map(verbs)} {kind}", aux, ".") if not day else None
    if aux in ("vừa", "mới", "vừa mới", "sắp", "chưa", "chưa bao giờ") and not day and not (go and aux != "chưa"):
        said = {"sắp": _is(who_, f"about to have {kind}"),
                "chưa": f"{who_} {'hasn' if one else 'haven'}'t had {kind} yet",
                "chưa bao giờ": _has(who_, one, f"never had {kind}")}.get(aux, f"{who_} just had {kind}")
        return said, aux, "."
    if aux == "sẽ" and way != "behind":
        return _is(who_, f"going to have {kind}{on}"), aux, "."
    if aux == "đã" and way != "ahead" or aux == "" and way == "behind":
        return (f"{who_} {'went for' if go else 'had'} {kind}{on}" if way or go else _has(who_, one, f"had {kind}"),
                aux, ".")
    if aux == "" and (way == "ahead" or go and not day):
        if keyed(m["who"] or "") in ("chúng ta", "mình"):
            return None  # ("Chúng ta đi siêu âm.", "Ngày mai mình đi siêu âm.": let's, or said?)
        return _is(who_, f"{'going for' if go else 'having'} {kind}{on}"), aux, "."
    return None


def _have(text: str) -> str | None:
    """"Tôi phải chụp X-quang." as "I have to have an X-ray.", "Tôi vừa chụp cộng hưởng từ." as "I just had an MRI.",
    "Tôi đi chụp phim phổi." as "I'm going for a chest X-ray.", "Bạn đã chụp X-quang chưa?" as "Have you had an X-ray
    yet?" (_HAVE, _scan); None for anything else."""
    m = _HAVE.fullmatch(text)
    said = m and _scan(m)
    return said and capitalised(said[0] + (said[2] if said[2] == "?" else stop(m["end"])))


def _watched(m: re.Match) -> tuple[str, str, str] | None:
    """The clause of a match of _WATCH in English, uncapitalised and without its end, the Vietnamese before "nằm
    viện", and "?" or "."; None for a pet, a stay with no tense ("Bà tôi nằm viện theo dõi."), or asking wrong."""
    asked, aux, must = "?" in m["end"], keyed(m["aux"] or ""), m["must"]
    said = None if animal(m) or asked != bool(m["asked"]) or bool(m["ask"]) != asked else who(m, asked)
    if said is None or not (aux or must):
        return None
    (who_, one), stay = said, "stay in hospital for observation"
    if asked:
        if must == "đang":  # (not "Am I …?")
            said = f"{be(who_).capitalize()} {who_} in hospital for observation"
            return None if who_ == "I" else (said, "có đang", "?")
        return f"{'Does' if one else 'Do'} {who_} have to {stay}", "có phải", "?"
    has, does = ("has", "doesn't") if one else ("have", "don't")
    clause = {"phải": f"{who_} {has} to {stay}", "đã phải": f"{who_} had to {stay}",
              "sẽ phải": f"{who_} will have to {stay}", "không phải": f"{who_} {does} have to {stay}",
              "cần": f"{who_} {'needs' if one else 'need'} to {stay}",
              "đang": _is(who_, "in hospital for observation")}.get(aux, _is(who_, "still in hospital for observation"))
    return clause, aux, "."


def _watch(text: str) -> str | None:
    """"Tôi phải nằm viện theo dõi." as "I have to stay in hospital for observation.", "Bố tôi đang nằm viện theo
    dõi." as "My father is in hospital for observation." (_WATCH, _watched); None for anything else."""
    m = _WATCH.fullmatch(text)
    said = m and _watched(m)
    return said and capitalised(said[0] + (said[2] if said[2] == "?" else stop(m["end"])))


def _says(text: str) -> str | None:
    """"Bác sĩ bảo mẹ tôi phải chụp CT." as "The doctor says my mother has to have a CT scan.", "Bác sĩ nói tôi phải
    nằm viện theo dõi." as "The doctor says I have to stay in hospital for observation." (_SAYS); None for anything
    else, and for what the doctor says but has to or needs to."""
    m = _SAYS.fullmatch(text)
    rest = m and (_HAVE.fullmatch(m["rest"]) or _WATCH.fullmatch(m["rest"]))
    said = rest and (_scan(rest) if rest.re == _HAVE else _watched(rest))
    if not said or said[1] not in ("phải", "cần", "không phải", "không cần"):
        return None
    return f"The doctor says {said[0]}{stop(rest['end'])}"


def _sent(text: str) -> str | None:
    """"Bác sĩ bảo tôi đi chụp X-quang." as "The doctor sent me for an X-ray.", "Bác sĩ chỉ định mẹ tôi chụp CT." as
    "The doctor sent my mother for a CT scan." (_SENT); None for anything else, "bảo" or "cho" without "đi" ("Bác sĩ
    bảo tôi chụp CT."), and a pet."""
    m = _SENT.fullmatch(text)
    if not m or "?" in m["end"] or not m["go"] and keyed(m["verb"]) != "chỉ định" or pet(m["whom"], "vi"):
        return None
    whom = as_whom(m["whom"], "vi")
    return whom and f"The doctor sent {whom} for {KINDS[keyed(m['kind'])][0]}{stop(m['end'])}"


def _result(text: str) -> str | None:
    """"Kết quả siêu âm bình thường." as "The ultrasound was normal.", "Kết quả chụp CT của mẹ tôi không bình
    thường." as "My mother's CT scan wasn't normal.", "Kết quả X-quang của bạn có bình thường không?" as "Was your
    X-ray normal?" (_RESULT); None for anything else."""
    m = _RESULT.fullmatch(text)
    if not m or (asked := asked_of(m)) is None:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s" if m["someone"] else "the"
    scan = f"{whose} {RESULT_KINDS[keyed(m['rkind'])][1]}"
    if asked:
        return f"Was {scan} normal?"
    was = "wasn't" if m["not"] else "was"
    return capitalised(f"{scan} {was} normal{stop(m['end'])}")


def _wait(text: str) -> str | None:
    """"Tôi đang chờ kết quả chụp cộng hưởng từ." as "I'm waiting for my MRI results.", "Bố tôi vẫn đang đợi chụp
    X-quang." as "My father is still waiting to have an X-ray." (_WAIT); None for anything else, and a pet."""
    m = _WAIT.fullmatch(text)
    said = None if not m or "?" in m["end"] or animal(m) else who(m, False)
    if said is None:
        return None
    who_, still = said[0], " still" * (keyed(m["aux"]) != "đang")
    if m["rkind"]:
        doing = f"for {whose_own(m, who_) or 'the'} {RESULT_KINDS[keyed(m['rkind'])][1]} results"
    else:
        doing = f"to have {KINDS[keyed(m['kind'])][0]}"
    return capitalised(_is(who_, f"{still.strip()} waiting {doing}".strip()) + stop(m["end"]))


def _words(said: str | None) -> list[str] | None:
    """English verbs said, in small letters, written out ("'ve had" → ["have", "had"], "doesn't" → ["does",
    "not"], "'s" → "has" before "had", "just", "never", "already", else "is"); None for another contraction."""
    words = " ".join((said or "").replace("’", "'").lower().split())
    if words.startswith("'"):
        first, _, rest = words.partition(" ")
        has = rest.split(" ")[0] in ("had", "just", "never", "already")
        full = {"'ve": "have", "'m": "am", "'re": "are", "'ll": "will", "'s": "has" if has else "is"}.get(first)
        if full is None:
            return None
        words = f"{full} {rest}"
    return words.replace("n't", " not").split()


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether an English verb agrees with who (`who_`, `one` as mt.hobbies.who_vi gives them): "she has", "I am",
    "we were"; True for one that does not tell ("had", "will")."""
    if word in ("is", "am", "are"):
        return be_of(who_, one) == word
    if word in ("was", "were"):
        return (word == "was") == (one or who_ == "tôi")
    return one if word in ("has", "does", "needs") else not one if word in ("have", "do", "need") else True


def _verb(said: str | None, q: str | None, m: re.Match) -> tuple[str, str] | None:
    """The question's word and the verb of a match over WHO_EN, each made plain ("does" → "do", "is" → "be",
    "haven't" → "have not") once agreed with who; None where one does not agree ("She have", "Do he", "Does she
    needs")."""
    who_, one = who_vi(m)
    words = _words(said)
    if words is None:
        return None
    if q:
        q = q.lower()
        if not _agrees(q, who_, one) or words and words[0] in (*_PLAIN, "was"):
            return None
        return _PLAIN.get(q, q), " ".join(words)
    if not words or not _agrees(words[0], who_, one):
        return None
    return "", " ".join([_PLAIN.get(words[0], words[0]), *words[1:]])


def _have_vi(text: str) -> str | None:
    """"I have to have an X-ray." as "Tôi phải chụp X-quang.", "I just had an MRI." as "Tôi vừa chụp cộng hưởng từ.",
    "My father had an MRI yesterday." as "Hôm qua bố tôi đã chụp cộng hưởng từ.", "Have you had an X-ray yet?" as
    "Bạn đã chụp X-quang chưa?" (_HAVE_EN, _scan_vi); None for anything else."""
    m = _HAVE_EN.fullmatch(text)
    said = m and _scan_vi(m)
    return said and capitalised(said[0] + ("?" if said[2] else stop(m["end"])))


def _scan_vi(m: re.Match) -> tuple[str, str, bool] | None:
    """The Vietnamese of a match of _HAVE_EN, without its end, the Vietnamese before the scan, and whether asked;
    None where the verb, the article, the day or the asking do not agree."""
    verb, (kind, art) = _verb(m["verb"], m["q"], m), KINDS_EN[keyed(m["kind"])]
    asked = bool(m["q"])
    if verb is None or m["art"] != art or asked != ("?" in m["end"]) or asked and verb[0] == "have" and \
            who_vi(m)[0] == "tôi":
        return None
    who_, day = who_vi(m)[0], m["day"]
    yet = bool(m["yet"]) and verb in (("", "have not had"), ("have", "had"))
    if m["yet"] and not yet:
        return None
    if verb in _SAID_EN and not day:
        aux, tail = _SAID_EN[verb]
        return f"{who_} {aux} {kind}{tail}".replace("  ", " "), aux, asked
    if asked or verb[1] not in _DAYED_EN:
        return None
    ways, dayed, plain = _DAYED_EN[verb[1]]
    way = NEAR_WAY[DAYS_VI[day.lower()]] if day else None
    if way not in ways:
        return None
    if day:
        return f"{DAYS_VI[day.lower()]} {who_} {dayed} {kind}", dayed, False
    return f"{who_} {plain} {kind}", plain, False


def _says_vi(text: str) -> str | None:
    """"The doctor says my mother has to have a CT scan." as "Bác sĩ bảo mẹ tôi phải chụp CT.", "The doctor says I
    need to stay in hospital for observation." as "Bác sĩ bảo tôi cần nằm viện theo dõi." (_SAYS_EN); None for
    anything else, and for what the doctor says but has to or needs to."""
    m = _SAYS_EN.fullmatch(text)
    rest = m and (_HAVE_EN.fullmatch(m["rest"]) or _WATCH_EN.fullmatch(m["rest"]))
    said = rest and (_scan_vi(rest) if rest.re == _HAVE_EN else _watched_vi(rest))
    if not said or said[1] not in ("phải", "cần", "không phải", "không cần"):
        return None
    return f"Bác sĩ bảo {said[0]}{stop(rest['end'])}"


def _sent_vi(text: str) -> str | None:
    """"The doctor sent me for an X-ray." as "Bác sĩ bảo tôi đi chụp X-quang.", "The doctor told my mother to have
    an MRI." as "Bác sĩ bảo mẹ tôi đi chụp cộng hưởng từ." (_SENT_EN); None for anything else, and a pet."""
    m = _SENT_EN.fullmatch(text)
    kind, art = KINDS_EN[keyed(m["kind"])] if m else ("", "")
    if not m or m["art"] != art or (m["verb"] == "told") != m["for"].startswith("to") or pet(m["whom"], "en"):
        return None
    whom = as_whom(m["whom"], "en")
    return whom and f"Bác sĩ bảo {whom} đi {kind}{stop(m['end'])}"


def _result_vi(text: str) -> str | None:
    """"The ultrasound was normal." as "Kết quả siêu âm bình thường.", "My mother's CT scan wasn't normal." as "Kết
    quả chụp CT của mẹ tôi không bình thường.", "Was your MRI normal?" as "Kết quả chụp cộng hưởng từ của bạn có bình
    thường không?" (_RESULT_EN); None for anything else, and where the verb does not agree ("The X-ray were")."""
    m = _RESULT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    many = bool(m["res"]) and m["res"].strip() == "results"
    first = (m["q"] or m["be"]).lower().replace("’", "'").split()[0].replace("n't", "")
    if first != "came" and (first in ("were", "are")) != many:
        return None
    whose = WHOSE_VI.get(m["det"].lower()) if m["det"] else someone(m["named"], "en")
    scan = f"Kết quả {KINDS_EN[keyed(m['kind'])][0]}{f' của {whose}' if whose else ''}"
    if m["q"]:
        return f"{scan} có bình thường không?"
    denied = m["be"] and ("not" in m["be"] or "n't" in m["be"].replace("’", "'"))
    return f"{scan} {'không ' * bool(denied)}bình thường{stop(m['end'])}"


def _wait_vi(text: str) -> str | None:
    """"I'm waiting for my CT scan results." as "Tôi đang chờ kết quả chụp CT.", "She's still waiting to have an
    X-ray." as "Cô ấy vẫn đang chờ chụp X-quang." (_WAIT_EN); None for anything else, whose results not who's own
    ("She's waiting for my MRI results."), a verb not agreeing, and a pet."""
    m = _WAIT_EN.fullmatch(text)
    if not m or animal(m) or be_said(m["be"]) != be_of(*who_vi(m)):
        return None
    who_, one = who_vi(m)
    if m["rkind"] and own_thing(m, who_, one) is not True or m["kind"] and m["art"] != KINDS_EN[keyed(m["kind"])][1]:
        return None
    scan = f"kết quả {KINDS_EN[keyed(m['rkind'])][0]}" if m["rkind"] else KINDS_EN[keyed(m["kind"])][0]
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang chờ {scan}{stop(m['end'])}")


def _watched_vi(m: re.Match) -> tuple[str, str, bool] | None:
    """The Vietnamese of a match of _WATCH_EN, without its end, the Vietnamese before "nằm viện", and whether asked;
    None for a pet, a verb not agreeing, or asking wrong."""
    verb = _verb(m["verb"], m["q"], m)
    asked = bool(m["q"])
    aux = verb and _WATCH_SAID.get((*verb, " ".join(m["where"].split())))
    if not aux or animal(m) or asked != ("?" in m["end"]) or aux == "có đang" and who_vi(m)[0] == "tôi":
        return None
    return f"{who_vi(m)[0]} {aux} nằm viện theo dõi{' không' * asked}", aux, asked


def _watch_vi(text: str) -> str | None:
    """"I have to stay in hospital for observation." as "Tôi phải nằm viện theo dõi.", "She's in hospital for
    observation." as "Cô ấy đang nằm viện theo dõi.", "He was kept in hospital for observation." as "Anh ấy đã phải
    nằm viện theo dõi." (_WATCH_EN, _watched_vi); None for anything else."""
    m = _WATCH_EN.fullmatch(text)
    said = m and _watched_vi(m)
    return said and capitalised(said[0] + ("?" if said[2] else stop(m["end"])))
