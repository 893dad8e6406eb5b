"""Check-ups and what the doctor says, both ways, written whole by rule: going for a check-up, fasting before a test,
a nurse taking someone's blood pressure, the doctor telling someone to lose weight or cut down on salt, the results.
v8 (every rule on) reads "khám sức khỏe" as a clinic or a visit, "nhịn ăn" as binary, "đo" as resistance, "fast" as
quick and "check-up" as checking: "Tôi đi khám sức khỏe định kỳ." → "I go to a routine health clinic.", "Hôm qua tôi
đã đi khám sức khỏe." → "Yesterday, I visited my health.", "Bạn đã đi khám sức khỏe chưa?" → "Have you visited your
health?", "Tôi phải nhịn ăn trước khi xét nghiệm." → "I have to binary before my test.", "Y tá đo huyết áp cho tôi."
→ "Resistance measures me.", "Bác sĩ bảo tôi phải giảm cân." → "The doctor told me to be weight loss.", "Bác sĩ bảo
bố tôi phải bỏ thuốc lá." → "The doctor told me my father had to give up.", "Kết quả xét nghiệm bình thường." → "The
normal test results."; "I'm going for a check-up." → "Tôi sẽ kiểm tra.", "I had a check-up yesterday." → "Tôi có một
tấm kiểm tra hôm qua.", "I have to fast before the test." → "Tôi phải nhanh trước khi thử nghiệm.", "The doctor told
me to lose weight." → "Bác sĩ bảo tôi mất cân.", "The results came back normal." → "Kết quả trở lại bình thường."
(went back to normal), "She's waiting for her blood test results." → "Cô ấy đang chờ làm xét nghiệm máu của mình.".

Taken: who (mt.hobbies.WHO, WHO_EN) goes for a (routine, general) check-up ("đi khám sức khỏe (định kỳ)", "khám
tổng quát"): "đi" alone or a day ahead (going), "sẽ", "đã", "rồi" or a day behind (mt.free_time.when), "vừa" (just),
"chưa" (not yet), needs, has to, should or wants to, every year, asked ("… chưa?", "có … không?"); has to or needs to
fast before a (blood) test or a check-up, or not, asked; a nurse or the doctor took (has just taken, will take)
someone's (mt.hobbies.WHOM) blood pressure; the doctor told or advised whom to do one or two of ADVICE, or said who
had to; someone's (check-up, blood test) results normal (fine, good: of a test only), or not, asked; who is (still)
waiting for them. Left: blood tests had or needed (mt/jabs.py), blood pressure and cholesterol high or low
(mt/conditions.py), losing weight said alone (mt/weight.py), quitting smoking (mt/smoking.py), an appointment
(mt/appointments.py), "anh", "chị", "em" alone saying it (mt.hobbies.who), a check-up with no tense on a day neither
ahead nor behind ("Hôm nay tôi đi khám sức khỏe.": going or gone), "đang" (at it, or on the way), "Bác sĩ nói …"
(said: has to, or had to), a blood pressure taken on a day, and when results will be ready.
mt.phrasebook.translate tries these after mt/wrapping.py.

    >>> translate("Tôi đi khám sức khỏe định kỳ.", "vi", "en"), translate("I have to fast before the test.", "en", "vi")
    ("I'm going for a routine check-up.", 'Tôi phải nhịn ăn trước khi xét nghiệm.')
"""
from __future__ import annotations

import re

from . import hobbies
from . import text as _text
from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:khám|nhịn\s+ăn|huyết\s+áp|bác\s+sĩ|kết\s+quả)"),
         "en": lazy(r"(?i:check-?ups?\b|fast\s+before|blood\s+pressure|doctor|results?\b)")}

_SORTS = {"định kỳ": "routine ", "tổng quát": "general "}
_SORTS_VI = {"routine": " định kỳ", "regular": " định kỳ", "annual": " định kỳ hằng năm",
             "yearly": " định kỳ hằng năm", "general": " tổng quát", "full": " tổng quát"}
_YEARLY = {"mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year",
           "mỗi năm một lần": "once a year", "một năm một lần": "once a year"}
_YEARLY_VI = {"every year": " mỗi năm", "once a year": " mỗi năm một lần"}
_MEANS = {"cần": "need to", "phải": "have to", "nên": "should", "muốn": "want to"}
# what is tested, in English, and back (the first Vietnamese of each is written back)
_TESTS = {"xét nghiệm": "test", "xét nghiệm máu": "blood test", "lấy máu": "blood test",
          "khám sức khỏe": "check-up", "khám sức khoẻ": "check-up"}
_TESTS_VI = {en: vi for vi, en in reversed(_TESTS.items())} | {"checkup": "khám sức khỏe"}
_TEST = r"(?P<test>xét\s+nghiệm(?:\s+máu)?|lấy\s+máu|khám\s+sức\s+kh(?:ỏe|oẻ))"
_TEST_EN = r"(?P<test>blood\s+test|test|check-?up)"
# what the doctor tells someone to do (v8 (every rule on): "The doctor told me to be weight loss.")
ADVICE = {"giảm cân": "lose weight", "ăn bớt muối": "cut down on salt", "ăn ít muối": "eat less salt",
          "ăn bớt đường": "cut down on sugar", "ăn ít đường": "eat less sugar", "bỏ thuốc lá": "stop smoking",
          "bỏ hút thuốc": "stop smoking", "cai thuốc lá": "stop smoking", "bỏ rượu": "stop drinking",
          "uống ít rượu": "drink less alcohol", "tập thể dục nhiều hơn": "exercise more", "tập thể dục": "exercise",
          "uống nhiều nước hơn": "drink more water", "ăn nhiều rau hơn": "eat more vegetables", "nghỉ ngơi": "rest",
          "ngủ nhiều hơn": "get more sleep", "đi bộ nhiều hơn": "walk more"}
ADVICE_VI = {en: vi for vi, en in reversed(ADVICE.items())} | {
    "quit smoking": "bỏ thuốc lá", "give up smoking": "bỏ thuốc lá", "quit drinking": "bỏ rượu",
    "give up drinking": "bỏ rượu", "cut down on alcohol": "uống ít rượu", "lose some weight": "giảm cân",
    "get some rest": "nghỉ ngơi", "get more exercise": "tập thể dục nhiều hơn"}
_STATES = {"bình thường": "normal", "tốt": "good", "ổn": "fine"}
_STATES_VI = {en: vi for vi, en in _STATES.items()}
_WHOSE_OF = {obj: _text.EN_WHOSE[who_] for who_, obj in _text.EN_OBJECT.items()}  # ("him": "his")

# who goes for a check-up ("Tôi đi khám sức khỏe định kỳ.", "Bạn đã đi khám sức khỏe chưa?")
_CHECK = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ|vừa\s+mới|vừa|mới|chưa)\s+)?(?:(?P<ask>có)\s+)?"
              rf"(?:(?P<means>{alternatives(_MEANS)})\s+)?(?P<go>đi\s+)?(?:khám|kiểm\s+tra)\s+(?:sức\s+kh(?:ỏe|oẻ)"
              rf"(?:\s+(?P<sort>định\s+kỳ|tổng\s+quát))?|(?P<general>tổng\s+quát))(?:\s+(?P<every>"
              rf"{alternatives(_YEARLY)}))?(?P<back>\s+về)?{DAY_AFTER}(?:\s+(?P<done>rồi))?(?:\s+(?P<q>không|chưa))?"
              rf"{SOFTENED_END}")
# who has to fast before a test ("Tôi phải nhịn ăn trước khi xét nghiệm.")
_FAST = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<must>phải|cần|sẽ\s+phải)\s+nhịn\s+ăn\s+trước\s+"
             rf"khi\s+(?:đi\s+)?{_TEST}(?:\s+(?P<q>không))?{SOFTENED_END}")
# a nurse or the doctor taking someone's blood pressure ("Y tá đo huyết áp cho tôi.")
_TAKEN = lazy(rf"(?P<staff>(?:[Cc]ô\s+)?[Yy]\s+tá|[Bb]ác\s+sĩ)\s+(?:(?P<tense>đã|vừa|sẽ)\s+)?(?:đo|kiểm\s+tra)\s+"
              rf"huyết\s+áp\s+(?:cho|của)\s+{WHOM}(?:\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")
# what the doctor told someone to do ("Bác sĩ bảo tôi phải giảm cân và ăn bớt muối.")
_TOLD = lazy(rf"[Bb]ác\s+sĩ(?:\s+của\s+(?P<owner>{alternatives(OWNERS)}))?\s+(?:(?P<tense>đã|vừa)\s+)?"
             rf"(?P<say>bảo|khuyên|dặn)\s+{WHOM}\s+(?:phải\s+|nên\s+|cần\s+)?(?P<advice>{alternatives(ADVICE)})"
             rf"(?:\s+và\s+(?P<advice2>{alternatives(ADVICE)}))?\s*(?P<end>[.!]*)")
# someone's results ("Kết quả xét nghiệm của tôi bình thường."), and who waits for them
_RESULTS = lazy(rf"[Kk]ết\s+quả(?:\s+{_TEST})?(?:\s+(?:của\s+)?{OWNER})?\s+(?:(?P<all>đều)\s+)?(?:(?P<ask>có)\s+|"
                rf"(?P<not>không)\s+)?(?P<state>{alternatives(_STATES)})(?:\s+(?P<q>không))?{SOFTENED_END}")
# ("còn" is "still" as "vẫn" is: "Tôi còn đợi kết quả." is "I'm still waiting …")
_WAITING = lazy(rf"{WHO}\s+(?P<still>vẫn\s+)?(?:đang|(?P<con>còn))\s+(?:chờ|đợi)\s+kết\s+quả(?:\s+{_TEST})?"
                rf"{SOFTENED_END}")

# ... and in English (’ read as ')
_CHECK_EN = lazy(rf"(?:(?P<aux0>Do|Does|Have|Has|Should)\s+)?{WHO_EN}(?:(?P<aux>\s+(?:have|has|needs?|wants?)\s+to|"
                 r"'ve|'s|'m|'re|'ll|\s+have|\s+has|\s+am|\s+is|\s+are|\s+will|\s+should)(?P<nt>n't|\s+not)?)?"
                 r"(?:\s+(?P<just>just|already))?\s+(?P<verb>going\s+for|go\s+for|went\s+for|had|have|has|get|needs?)"
                 rf"\s+(?:an?\s+|(?P<owner>{WHOSE_WORDS})\s+)?(?:(?P<sort>{alternatives(_SORTS_VI)})\s+)?"
                 r"(?P<check>check-?ups?)(?:\s+(?P<every>every\s+year|once\s+a\s+year))?(?P<yet>\s+yet)?"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_FAST_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:don't|doesn't|do\s+not|does\s+not)|'ll|\s+will)?"
                rf"\s+(?P<must>(?:has|have|needs?)\s+to)\s+fast\s+before\s+(?:the|(?P<owner>{WHOSE_WORDS}))\s+"
                rf"{_TEST_EN}\s*(?P<end>[.!?]*)")
_TAKEN_EN = lazy(rf"The\s+(?P<staff>nurse|doctor)(?P<aux>\s+has|'s|\s+will|'ll)?(?P<just>\s+just)?\s+(?P<verb>took|"
                 rf"taken|take|checked|check|measured|measure)\s+(?P<whose>{WHOSE_WORDS}|{SOMEONE_EN}'s)\s+blood\s+"
                 r"pressure\s*(?P<end>[.!]*)")
_TOLD_EN = lazy(rf"(?:The|(?P<owner>(?i:{WHOSE_WORDS})))\s+doctor(?P<just>\s+has\s+just|'s\s+just)?\s+(?:(?P<say>"
                rf"told|advised)\s+{WHOM_EN}\s+to|said\s+(?:that\s+)?{WHO_EN}\s+(?P<must>should|must|had\s+to|"
                rf"has\s+to|have\s+to|needs?\s+to|needed\s+to))\s+(?P<advice>{alternatives(ADVICE_VI)})(?:\s+and\s+"
                rf"(?P<advice2>{alternatives(ADVICE_VI)}))?\s*(?P<end>[.!]*)")
_RESULTS_EN = lazy(rf"(?:(?P<be0>Are|Were|Is|Was)\s+)?(?:the|(?P<whose>{WHOSE_WORDS}|{SOMEONE_EN}'s))\s+(?:"
                   rf"{_TEST_EN}\s+)?(?P<res>results?)(?:\s+(?P<verb>came\s+back|are|were|is|was))?(?:\s+(?P<all>all))?"
                   rf"(?P<not>\s+not|n't)?\s+(?P<state>{alternatives(_STATES_VI)})\s*(?P<end>[.!?]*)", re.IGNORECASE)
_WAITING_EN = lazy(rf"{WHO_EN}{_text.BE_EN}(?P<still>\s+still)?\s+waiting\s+for\s+(?:the|(?P<owner>{WHOSE_WORDS}))"
                   rf"\s+(?:{_TEST_EN}\s+)?results\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who goes for a check-up, has to fast before a test, had
    their blood pressure taken or was told by the doctor what to do, or what the results are; None for any other."""
    if src == "vi":
        return _check(text) or _fast(text) or _taken(text) or _told(text) or _results(text) or _waiting(text)
    text = text.replace("’", "'")
    return (_check_vi(text) or _fast_vi(text) or _taken_vi(text) or _told_vi(text) or _results_vi(text) or
            _waiting_vi(text))


def _asked(m: re.Match, asking: tuple[str, ...] = ("không",)) -> bool | None:
    """Whether a Vietnamese match asks ("?" and one of `asking` at the end; "có" only with "không"); None where
    the two do not agree ("Bạn có phải nhịn ăn à?", "Tôi đi khám sức khỏe không.")."""
    asked, q = "?" in m["end"], keyed(m["q"] or "")
    if asked != bool(q) or q and q not in asking or m.groupdict().get("ask") and q != "không":
        return None
    return asked


def _check(text: str) -> str | None:
    """"Tôi đi khám sức khỏe định kỳ." as "I'm going for a routine check-up.", "Hôm qua tôi đã đi khám sức khỏe." as
    "I had a check-up yesterday.", "Tôi vừa đi khám sức khỏe về." as "I've just had a check-up.", "Bạn đã đi khám
    sức khỏe chưa?" as "Have you had a check-up yet?", "Tôi cần đi khám tổng quát." as "I need to go for a general
    check-up." (_CHECK); None for anything else."""
    m = _CHECK.fullmatch(text)
    asked = m and _asked(m, ("không", "chưa"))
    if not m or asked is None or m["day0"] and m["day"] or (said := who(m, asked)) is None:
        return None
    if (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None:
        return None
    who_, one = said
    tense, means, q = keyed(m["tense"] or ""), _MEANS.get(keyed(m["means"] or "")), keyed(m["q"] or "")
    check = f"{_SORTS.get(keyed(m['sort'] or m['general'] or ''), '')}check-up"
    behind, ahead, every = bool(BEHIND.match(day)), bool(AHEAD.match(day)), _YEARLY.get(keyed(m["every"] or ""))
    do, has, more = "Does" if one else "Do", "has" if one else "have", day or m["back"] or m["done"]
    if asked:
        if q == "chưa":  # ("Bạn đã đi khám sức khỏe chưa?")
            return None if tense not in ("", "đã") or more or every or means or m["ask"] else \
                f"{has.capitalize()} {who_} had a {check} yet?"
        if not m["ask"] or tense or more:
            return None
        if means:
            go = f"go for a {check}{' ' * bool(every)}{every or ''}"
            return f"Should {who_} {go}?" if means == "should" else f"{do} {who_} {means} {go}?"
        return f"{do} {who_} have a {check} {every}?" if every else \
            f"{do} {who_} have regular check-ups?" if check.startswith("routine") else None
    if m["ask"] or every and (tense or means or more):
        return None
    day = f" {day}" if day else ""
    if every or tense == "chưa":
        return None if means or more else capitalised(f"{who_} {has} a {check} {every}." if every else
                                                      f"{who_} {has}n't had a {check} yet.")
    if means:
        if tense or behind or m["back"] or m["done"]:
            return None
        means = {"need to": "needs to", "want to": "wants to", "have to": "has to"}.get(means, means) if one else means
        return capitalised(f"{who_} {means} go for a {check}{day}.")
    if tense in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{has} just had a {check}.")) if not (day or m["done"]) else None
    if tense == "đã" or m["done"] or behind:
        if ahead or m["done"] and day or tense == "sẽ":
            return None
        return capitalised(f"{who_} had a {check}{day}." if day else contracted(who_, f"{has} had a {check}."))
    if not m["go"] or m["back"] or day and not ahead:
        return None
    if tense == "sẽ" and not day:
        return capitalised(contracted(who_, f"will go for a {check}."))
    return capitalised(contracted(who_, f"{be(who_)} going for a {check}{day}."))


def _fast(text: str) -> str | None:
    """"Tôi phải nhịn ăn trước khi xét nghiệm." as "I have to fast before the test.", "Bạn có cần nhịn ăn trước khi
    xét nghiệm máu không?" as "Do you need to fast before the blood test?", "Bạn không cần nhịn ăn trước khi xét
    nghiệm." as "You don't need to fast before the test." (_FAST); None for anything else."""
    m = _FAST.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    must, rest = keyed(m["must"]), f"fast before the {_TESTS[keyed(m['test'])]}"
    verb = "need" if must == "cần" else "have"
    if must == "sẽ phải":
        return None if asked or m["not"] else capitalised(contracted(who_, f"will have to {rest}."))
    return present(who_, one, verb, f"to {rest}", asked, bool(m["not"]))


def _taken(text: str) -> str | None:
    """"Y tá đo huyết áp cho tôi." as "The nurse took my blood pressure.", "Bác sĩ vừa đo huyết áp cho mẹ tôi." as
    "The doctor has just taken my mother's blood pressure." (_TAKEN); None for anything else."""
    m = _TAKEN.fullmatch(text)
    whom = m and hobbies.as_whom(m["whom"], "vi")
    if not whom or m["done"] and m["tense"] in ("vừa", "sẽ"):
        return None
    verb = {"vừa": "has just taken", "sẽ": "will take"}.get(m["tense"] or "", "has taken" if m["done"] else "took")
    whose = _WHOSE_OF.get(whom) or f"{whom}'s"
    return f"The {'nurse' if 'tá' in m['staff'] else 'doctor'} {verb} {whose} blood pressure."


def _told(text: str) -> str | None:
    """"Bác sĩ bảo tôi phải giảm cân." as "The doctor told me to lose weight.", "Bác sĩ khuyên bố tôi nên bỏ thuốc
    lá." as "The doctor advised my father to stop smoking." (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    if not m or not (whom := hobbies.as_whom(m["whom"], "vi")):
        return None
    doctor = f"{OWNERS[keyed(m['owner'])].capitalize()} doctor" if m["owner"] else "The doctor"
    said = "advised" if keyed(m["say"]) == "khuyên" else "told"
    advice = ADVICE[keyed(m["advice"])] + (f" and {ADVICE[keyed(m['advice2'])]}" if m["advice2"] else "")
    return f"{doctor} {'has just ' * (m['tense'] == 'vừa')}{said} {whom} to {advice}."


def _results(text: str) -> str | None:
    """"Kết quả xét nghiệm của tôi bình thường." as "My test results are normal.", "Kết quả đều bình thường." as "The
    results are all normal.", "Kết quả có bình thường không?" as "Are the results normal?" (_RESULTS); None for
    anything else."""
    m = _RESULTS.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or bool(m["ask"]) != asked or asked and (m["all"] or m["not"]) or not (
            m["test"] or keyed(m["state"]) == "bình thường"):  # ("Kết quả tốt.": of a match, a game …)
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else \
        f"{hobbies.someone(m['someone'], 'vi')}'s" if m["someone"] else "the"
    results = f"{whose} {_TESTS[keyed(m['test'])] + ' ' if m['test'] else ''}results"
    if asked:
        return capitalised(f"are {results} {_STATES[keyed(m['state'])]}?")
    said = "are all" if m["all"] else "aren't" if m["not"] else "are"
    return capitalised(f"{results} {said} {_STATES[keyed(m['state'])]}.")


def _waiting(text: str) -> str | None:
    """"Tôi đang chờ kết quả xét nghiệm." as "I'm waiting for my test results.", "Mẹ tôi vẫn đang đợi kết quả." as
    "My mother is still waiting for her results.", "Tôi còn đợi kết quả." as "I'm still waiting for my results."
    (_WAITING): whose "the" after a name or "bạn tôi"; None for anything else.

    >>> _waiting("Cô ấy còn chờ kết quả.")
    "She's still waiting for her results."
    """
    m = _WAITING.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    who_ = said[0]
    whose = _text.EN_WHOSE.get(who_, "the") if m["who"] else his_her_of(m) or "the"
    test = f"{_TESTS[keyed(m['test'])]} " if m["test"] else ""
    still = "still " * bool(m["still"] or m["con"])
    return capitalised(contracted(who_, f"{be(who_)} {still}waiting for {whose} {test}results."))


# the words of _CHECK_EN as its table keys them ("'ve": "have", "needs to": "need to"; "'s" is "be" before "going"),
# whether each says who is one ("has") or not ("have"), and those said only first ("Does she needs …" is not taken)
_AUX = {"'ve": "have", "has": "have", "'m": "be", "'re": "be", "am": "be", "is": "be", "are": "be", "'ll": "will",
        "needs to": "need to", "wants to": "want to", "has to": "have to", "needs": "need", "does": "do"}
_ONE = {"has": True, "is": True, "'s": True, "needs to": True, "wants to": True, "has to": True, "needs": True,
        "does": True, "have": False, "'ve": False, "are": False, "'re": False, "need to": False, "want to": False,
        "have to": False, "need": False, "do": False}
_FIRST_ONLY = {"has", "needs", "has to", "needs to", "wants to"}
# ... and what Vietnamese says for them, by (asked with, the verb before, the verb): "đã", "cần" …
_CHECK_VI = {("", "be", "going for"): "", ("", "", "had"): "đã ", ("", "", "went for"): "đã ", ("", "", "have"): "",
             ("", "have", "had"): "đã ", ("", "will", "have"): "sẽ ", ("", "will", "go for"): "sẽ ",
             ("", "", "need"): "cần ", ("have", "", "had"): "đã ", ("do", "", "have"): "có ",
             ("do", "", "need"): "có cần "} | {
    (aux0, means, verb): f"{'có ' * bool(aux0)}{vi} " for means, vi in (("need to", "cần"), ("have to", "phải"),
                                                                      ("should", "nên"), ("want to", "muốn"))
    for verb in ("go for", "have", "get") for aux0 in ("", "do")} | {
    ("should", "", verb): "có nên " for verb in ("go for", "have", "get")}


def _check_key(m: re.Match, who_: str, one: bool) -> tuple[str, ...] | None:
    """The words of a match of _CHECK_EN as _CHECK_VI keys them: ("", "be", "going for") for "I'm going for",
    ("do", "need to", "go for") for "Does she need to go for"; None where one does not agree with who."""
    words = [" ".join((w or "").lower().split()) for w in (m["aux0"], m["aux"], m["verb"])]
    said = [w for w in words if w]
    told = next((_ONE[w] for w in said if w in _ONE), None)  # (the first word that tells)
    if told is not None and told != one or any(w in _FIRST_ONLY for w in said[1:]):
        return None
    if words[1] == "'s":
        words[1] = "is" if words[2] == "going for" else "have"
    if _AUX.get(words[1]) == "be" and _text.be_said(words[1]) != hobbies.be_of(who_, one):
        return None
    return tuple(_AUX.get(w, w) for w in words)


def _check_vi(text: str) -> str | None:
    """"I'm going for a routine check-up tomorrow." as "Ngày mai tôi đi khám sức khỏe định kỳ.", "I had a check-up
    yesterday." as "Hôm qua tôi đã đi khám sức khỏe.", "Have you had a check-up yet?" as "Bạn đã đi khám sức khỏe
    chưa?", "She needs to go for a check-up." as "Cô ấy cần đi khám sức khỏe." (_CHECK_EN, _CHECK_VI); None for
    anything else, and where a verb does not agree with who or with the day."""
    m = _CHECK_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    key = _check_key(m, who_, one)
    said, asked = _CHECK_VI.get(key) if key else None, "?" in m["end"]
    if said is None or asked != bool(m["aux0"]) or m["owner"] and not hobbies.own_thing(m, who_, one) or \
            bool(m["nt"]) != (key == ("", "have", "had") and bool(m["yet"])) or m["yet"] and key[2] != "had":
        return None
    check = f"khám sức khỏe{_SORTS_VI.get((m['sort'] or '').lower(), '')}"
    every, plural = _YEARLY_VI.get((m["every"] or "").lower(), ""), m["check"].endswith("s")
    if every and "hằng năm" in check or plural != (  # ("an annual check-up every year"; "regular check-ups" asked)
            key == ("do", "", "have") and not every and (m["sort"] or "").lower() in ("regular", "routine")):
        return None
    if asked:
        if day or m["just"] or key[0] == "have" and every or key == ("do", "", "have") and not (every or plural):
            return None
        return capitalised(f"{who_} đã đi {check} chưa?" if key[0] == "have" else
                           f"{who_} {said}đi {check}{every} không?")
    behind, ahead = bool(BEHIND.match(m["day"] or "")), bool(AHEAD.match(m["day"] or ""))
    if key[2] == "have" and not key[1] and not (ahead or every) or every and (day or key[2] != "have"):
        return None
    if key == ("", "have", "had"):
        return None if day else capitalised(f"{who_} chưa đi {check}." if m["nt"] else f"{who_} vừa đi {check}."
                                            if m["just"] == "just" else f"{who_} đã đi {check} rồi.")
    if m["just"] or (ahead if said == "đã " else behind):
        return None
    return placed(f"{who_} {said}đi {check}{every}", day, ".")


def _fast_vi(text: str) -> str | None:
    """"I have to fast before the test." as "Tôi phải nhịn ăn trước khi xét nghiệm.", "Do you need to fast before
    the blood test?" as "Bạn có cần nhịn ăn trước khi xét nghiệm máu không?", "She doesn't need to fast before her
    test." as "Cô ấy không cần nhịn ăn trước khi xét nghiệm." (_FAST_EN); None for anything else, and where a verb
    does not agree with who."""
    m = _FAST_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux, must = keyed(m["do"] or m["aux"] or ""), keyed(m["must"])
    told = aux.startswith("does") if aux.startswith("do") else None if aux else must in ("has to", "needs to")
    if told is not None and told != one or aux and must in ("has to", "needs to") or \
            m["owner"] and not hobbies.own_thing(m, who_, one):
        return None
    verb, rest = "cần" if must.startswith("need") else "phải", f"nhịn ăn trước khi {_TESTS_VI[keyed(m['test'])]}"
    if m["do"]:
        return capitalised(f"{who_} có {verb} {rest} không?")
    if aux in ("will", "'ll"):
        return capitalised(f"{who_} sẽ phải {rest}.") if verb == "phải" else None
    return capitalised(f"{who_} {'không ' * bool(aux)}{verb} {rest}.")


def _taken_vi(text: str) -> str | None:
    """"The nurse took my blood pressure." as "Y tá đã đo huyết áp cho tôi.", "The doctor has just taken my
    mother's blood pressure." as "Bác sĩ vừa đo huyết áp cho mẹ tôi." (_TAKEN_EN); None for anything else, and
    for a verb of another tense than its word before ("The nurse has took …")."""
    m = _TAKEN_EN.fullmatch(text)
    if not m:
        return None
    aux, verb, will = keyed(m["aux"] or ""), m["verb"].lower(), keyed(m["aux"] or "") in ("will", "'ll")
    forms = ("take", "check", "measure") if will else ("taken", "checked", "measured") if aux else \
        ("took", "checked", "measured")
    whom = WHOSE_VI.get(m["whose"].lower()) or hobbies.someone(m["whose"][:-2], "en")
    if verb not in forms or not whom or m["just"] and will:
        return None
    tense = "sẽ" if will else "vừa" if m["just"] else "đã"
    return f"{'Y tá' if m['staff'] == 'nurse' else 'Bác sĩ'} {tense} đo huyết áp cho {whom}."


def _told_vi(text: str) -> str | None:
    """"The doctor told me to lose weight." as "Bác sĩ bảo tôi phải giảm cân.", "The doctor advised him to cut down
    on salt." as "Bác sĩ khuyên anh ấy nên ăn bớt muối.", "The doctor said I need to lose weight." as "Bác sĩ nói tôi
    cần giảm cân." (_TOLD_EN); None for anything else, and where "has to" or "needs to" does not agree with who."""
    m = _TOLD_EN.fullmatch(text)
    if not m:
        return None
    doctor = f"Bác sĩ của {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else "Bác sĩ"
    advice = ADVICE_VI[keyed(m["advice"])] + (f" và {ADVICE_VI[keyed(m['advice2'])]}" if m["advice2"] else "")
    if m["say"]:
        whom = hobbies.as_whom(m["whom"], "en")
        say = f"khuyên {whom} nên" if m["say"] == "advised" else f"bảo {whom} phải"
        return f"{doctor}{' vừa' * bool(m['just'])} {say} {advice}." if whom else None
    who_, one = who_vi(m)
    must = keyed(m["must"])
    if m["just"] or must in ("has to", "needs to") and not one or must in ("have to", "need to") and one:
        return None
    must = "nên" if must == "should" else "cần" if must.startswith("need") else "phải"
    return f"{doctor} nói {who_} {must} {advice}."


def _results_vi(text: str) -> str | None:
    """"My test results came back normal." as "Kết quả xét nghiệm của tôi bình thường.", "Are the results normal?"
    as "Kết quả có bình thường không?" (_RESULTS_EN); None for anything else, and where "is" or "are" does not agree
    with the results."""
    m = _RESULTS_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or bool(m["be0"]) == bool(m["verb"]):
        return None
    many, verb = m["res"].lower().endswith("s"), keyed(m["be0"] or m["verb"])
    if verb != "came back" and (verb in ("are", "were")) != many or m["all"] and (not many or m["not"] or m["be0"]) \
            or m["not"] and (m["be0"] or verb == "came back"):
        return None
    whose = m["whose"] and (WHOSE_VI.get(m["whose"].lower()) or hobbies.someone(m["whose"][:-2], "en"))
    test = f" {_TESTS_VI[keyed(m['test'])]}" if m["test"] else ""
    said, state = f"Kết quả{test}{f' của {whose}' if whose else ''}", _STATES_VI[m["state"].lower()]
    if m["be0"]:
        return f"{said} có {state} không?"
    return f"{said} {'đều ' * bool(m['all'])}{'không ' * bool(m['not'])}{state}."


def _waiting_vi(text: str) -> str | None:
    """"I'm waiting for my test results." as "Tôi đang chờ kết quả xét nghiệm.", "She's still waiting for the
    results." as "Cô ấy vẫn đang chờ kết quả." (_WAITING_EN); None for anything else, and where "is" does not agree
    with who or whose is another's."""
    m = _WAITING_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if _text.be_said(m["be"]) != hobbies.be_of(who_, one) or m["owner"] and not hobbies.own_thing(m, who_, one):
        return None
    test = f" {_TESTS_VI[keyed(m['test'])]}" if m["test"] else ""
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang chờ kết quả{test}.")
