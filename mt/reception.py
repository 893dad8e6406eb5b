"""Phone reception and calls that do not go through, said or asked, both ways, written whole by rule. v7 (the rules
on) reads "sóng" as waves and "nghe máy" as hearing a machine: "Ở đây không có sóng." → "There is no wave here.",
"Tôi bị mất sóng rồi." → "I'm lost waves.", "Bạn nghe rõ không?" → "Did you hear clearly?", "Tôi không gọi được cho
anh ấy." → "I can't call him.", "Điện thoại anh ấy tắt máy." → "His phone turns off the machine.", "Tôi gọi mà không
ai nghe máy." → "I didn't call anyone heard the machine."; "I couldn't get through to him." → "Tôi không thể vượt qua
anh ấy." (get past him), "We got cut off." → "Chúng tôi đã bị cắt giảm." (cut back), "She didn't pick up." → "Cô ấy
không chọn được.".

Taken: the signal there is or not, lost or weak, here or on someone's phone; hearing on the line (asked of "you", said
by "I" or "we"); getting through to someone or reaching them, or not; calling and no one answering; someone not
answering, and why; a call cut off; someone's phone off. Who as in mt/hobbies.py ("anh", "chị", "em" alone only asking);
whom a pronoun (mt.ever.OBJECTS), kin or a name; a day as mt.free_time.when reads it, not one ahead. Left to
mt/calls.py, mt/messages.py, mt/broken.py and the phrases ("máy bận", a dead battery): what they take. Left to the
model: "tắt máy" of a person (hung up, or switched off), hearing with no word for how ("Tôi không nghe thấy.": now, or
"I didn't hear it"), answering without the phone in English ("Nobody answered.": a question, a door), hanging up.
mt.phrasebook.translate tries these after mt/about_to.py.

    >>> translate("Ở đây không có sóng.", "vi", "en"), translate("I couldn't get through to him.", "en", "vi")
    ("There's no signal here.", 'Tôi không gọi được cho anh ấy.')
"""
from __future__ import annotations

import re

from .dates import AHEAD
from .ever import PRONOUNS, YOU
from .free_time import DAY_OPENING, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .people import KIN_VI
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (EN_OBJECT, EN_OBJECT_VI, EN_WHO_VI, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be_said,
                   capitalised, contracted, keyed)

_HELLO = r"(?:(?P<hello>(?i:alo|a\s+lô|alô))\s*[,.!]?\s+)?"
_HERE = {"ở đây": "here", "chỗ này": "here", "ở chỗ này": "here", "trong này": "in here", "ở trong này": "in here",
         "ở đó": "there", "chỗ đó": "there"}
_HERE_VI = {en: vi for vi, en in reversed(_HERE.items())}
_HERE_RE = rf"(?i:{alternatives(_HERE)})"
# whose phone ("điện thoại anh ấy", "máy của mẹ tôi": "máy" is a phone only with whose it is)
_PHONE = (rf"(?P<phone>(?i:điện\s+thoại|máy))\s+(?:của\s+)?(?:(?P<owner>(?i:{alternatives(OWNERS)}))|"
          rf"(?P<named>{SOMEONE}))")
_PHONE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+(?:mobile\s+|cell\s+)?phone"
_DAY_EN = rf"(?:\s+(?P<day>{BEHIND.pattern}|today|this\s+(?:morning|afternoon|evening)))?"
_SUBJECT = {obj: who_ for who_, obj in EN_OBJECT.items()}  # ("him": "he")

# the signal: none, asked, lost, weak, poor or patchy ("Ở đây không có sóng.", "Sóng yếu quá.")
_SW = r"(?i:sóng)(?:\s+điện\s+thoại)?"
_SIGNAL = lazy(
    rf"(?:(?P<where>{_HERE_RE})\s*,?\s+)?(?:(?:{_PHONE}|{WHO})\s+)?(?:(?P<none>(?i:không|chẳng)\s+có|(?P<ask>(?i:có)))"
    rf"\s+{_SW}|(?P<lost>(?i:bị\s+mất|mất))\s+{_SW}|{_SW}(?:\s+(?P<where3>{_HERE_RE}))?\s+(?:(?P<very0>rất)\s+)?"
    rf"(?P<weak>yếu|kém|chập\s+chờn)(?:\s+(?P<very>quá|lắm))?)(?:\s+(?P<where2>{_HERE_RE}))?(?:\s+(?P<asked>không))?"
    r"(?:\s+(?:gì|cả|rồi|ạ|vậy|thế|nhỉ))*\s*(?P<end>[.!?]*)")
_WEAK = {"yếu": "weak", "kém": "poor", "chập chờn": "patchy"}
_WEAK_VI = {"weak": "yếu", "bad": "kém", "poor": "kém", "terrible": "kém", "patchy": "chập chờn"}
_SIGNAL_EN = lazy(
    r"(?:(?P<none>There['’]s\s+no|There\s+is\s+no)|(?P<ask>Is\s+there\s+(?:a|any))|(?P<det>[Tt]he)|"
    rf"{_PHONE_EN}|{WHO_EN})(?:(?P<has>\s+has|\s+have)\s+no|(?P<lost>['’]ve\s+lost|['’]s\s+lost|\s+has\s+lost|"
    r"\s+have\s+lost|\s+lost)|(?P<dont>\s+doesn['’]t|\s+don['’]t)\s+have\s+(?:a|any))?\s+(?:(?P<the>the|its|my)\s+)?"
    r"(?:phone\s+|mobile\s+|cell\s+)?(?:signal|reception)(?:(?:\s+is|['’]s)\s+(?:(?P<very>very|really|so|too)\s+)?"
    rf"(?P<weak>weak|bad|poor|terrible|patchy))?(?:\s+(?P<where>(?i:{alternatives(_HERE_VI)})))?\s*(?P<end>[.!?]*)")

# hearing someone on the line, asked of "you" ("Bạn nghe rõ không?") and said by "I" or "we" ("Tôi nghe không rõ.")
_NOW = r"(?:bây\s+giờ|giờ)"
_HEAR = lazy(rf"{_HELLO}(?:(?P<now0>(?i:{_NOW}))\s+)?{WHO}\s+(?:có\s+)?nghe\s+(?:(?P<clear>rõ)|thấy|được)"
             rf"(?:\s+(?P<whom>{alternatives(PRONOUNS)}))?(?:\s+nói)?(?:\s+(?P<now>{_NOW}))?\s+không"
             rf"{SOFTENER}\s*\?+")
_HEARD = lazy(rf"{_HELLO}(?P<i>(?i:tôi|mình|chúng\s+tôi))\s+(?:không\s+nghe\s+(?:(?P<clear>rõ)|thấy|được)|"
              rf"nghe\s+(?P<unclear>không\s+rõ))(?:\s+(?P<anything>gì(?:\s+(?:cả|hết))?)|\s+(?P<you>{YOU})"
              r"(?P<saying>\s+nói\s+gì)?)?(?:\s+(?P<very>lắm))?\s*(?P<end>[.!]*)")
_HEAR_EN = lazy(
    r"(?:(?P<hello>Hello|Hi)\s*[,.!]?\s+)?(?:(?i:can|could)\s+you\s+hear\s+(?P<obj>me|us|him|her|them)"
    r"(?:\s+(?P<clear>clearly|well|OK|okay|all\s+right))?(?:\s+(?P<now>now))?\s*\?+|(?P<i>I|We)\s+(?:can['’]t|cannot|"
    r"can\s+not|couldn['’]t)\s+hear\s+(?:(?P<anything>anything)|(?P<saying>what\s+you(?:['’]re|\s+are)\s+saying)|you"
    r"(?:\s+(?P<very>very\s+)?(?P<well>well|clearly|properly))?)\s*(?P<end>[.!]*))")

# getting through to someone, or reaching them ("Tôi không gọi được cho anh ấy.", "Bạn gọi được cho mẹ chưa?")
_THROUGH = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<ask>có)\s+|(?P<still>vẫn)\s+không\s+|"
                rf"đã\s+)?(?P<reach>liên\s+lạc|gọi(?:\s+điện)?)\s+được\s+(?:cho\s+|với\s+)?{WHOM}"
                rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_THROUGH_EN = lazy(
    rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?:\s+(?P<still>still))?\s+(?:(?P<cant>can['’]t|cannot|can\s+not|couldn['’]t|"
    r"could\s+not)\s+(?:get\s+through\s+to|(?P<reach>reach))|(?P<havent>haven['’]t|hasn['’]t)\s+been\s+able\s+to\s+"
    r"(?:get\s+through\s+to|(?P<reach2>reach))|(?P<get>get\s+through\s+to|manage\s+to\s+(?:get\s+through\s+to|"
    rf"(?P<reach3>reach))))\s+{WHOM_EN}{_DAY_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
# calling, and no one answering or not getting through ("Tôi gọi mà không ai nghe máy.", "Tôi gọi cho anh ấy không
# được."); who did not answer a pronoun, whom called said again ("mẹ" for "mẹ tôi") or someone by kin or by name
_ANSWER = r"(?:nghe\s+máy|nghe\s+điện\s+thoại|bắt\s+máy|nhấc\s+máy)"
_TIMES = {"mấy lần": "several times", "nhiều lần": "several times", "hai lần": "twice", "ba lần": "three times"}
_TIMES_VI = {en: vi for vi, en in reversed(_TIMES.items())} | {"a few times": "mấy lần", "many times": "nhiều lần"}
_CALLED = lazy(
    rf"{DAY_OPENING}{WHO}\s+(?:đã\s+)?(?:(?P<tried>thử)\s+)?gọi(?:\s+điện)?(?:\s+(?:cho\s+)?{WHOM})?"
    rf"(?:\s+(?:(?P<times>{alternatives(_TIMES)})|(?P<kept>mãi)))?(?:(?:\s*,?\s+(?P<but>mà|nhưng))?\s+(?P<failed>"
    rf"không\s+được)|\s*,?\s+(?:mà|nhưng)\s+(?:(?P<nobody>không\s+(?:có\s+)?ai)|(?P<who2>(?i:{alternatives(PRONOUNS)})"
    rf"|{SOMEONE}|(?i:{alternatives(KIN_VI.values())}))\s+không)\s+(?:{_ANSWER}|nghe))(?:\s+(?:cả|hết))?"
    r"\s*(?P<end>[.!]*)")
_CALLED_EN = lazy(
    rf"{WHO_EN}\s+(?:(?P<kept>kept\s+calling)|(?P<tried>tried\s+(?:to\s+call|calling))|called|rang)(?:\s+{WHOM_EN})?"
    rf"(?:\s+(?P<times>{alternatives(_TIMES_VI)}))?{_DAY_EN}\s*,?\s+but\s+(?:(?P<failed>(?:I\s+|we\s+)?couldn['’]t\s+"
    r"get\s+through)|(?P<nobody>nobody|no\s+one)\s+(?:answered|picked\s+up)|(?P<who2>he|she|they|you)\s+"
    r"(?:didn['’]t|did\s+not)\s+(?:answer|pick\s+up))\s*(?P<end>[.!]*)")
# someone not answering, and why ("Mẹ tôi không nghe máy.", "Sao bạn không nghe máy?"); in English with the phone
# or "pick up"
_NOT_ANSWERING = lazy(
    rf"(?:(?P<why>(?i:sao|tại\s+sao|vì\s+sao))\s+)?(?:(?P<nobody>(?i:không\s+(?:có\s+)?ai))|{WHO}\s+(?:(?P<did>đã)\s+|"
    rf"(?P<still>vẫn)\s+)?(?:lại\s+)?không)\s+{_ANSWER}(?:\s+(?:cả|hết))?{SOFTENED_END}")
_ANSWERS_EN = (rf"(?P<verb>answer|answering|answered|pick|picking|picked)(?:\s+(?P<the>the|{WHOSE_WORDS})"
               r"\s+phone|\s+up)")
_NOT_ANSWERING_EN = lazy(
    r"(?:(?P<nobody>Nobody|No\s+one)(?P<nbe>['’]s|\s+is)?|(?:Why\s+(?P<why>didn['’]t|isn['’]t|aren['’]t)\s+)?"
    rf"{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?:\s+(?P<still>still))?\s+not|(?P<still2>\s+still)?"
    r"(?P<bent>\s+isn['’]t|\s+aren['’]t)|(?P<didnt>\s+didn['’]t|\s+did\s+not))?)"
    rf"\s+{_ANSWERS_EN}\s*(?P<end>[.!?]*)")

# a call cut off ("Cuộc gọi bị ngắt.", "We got cut off."; "bị cắt" alone is the power or the water), a phone off
_CUT = lazy(r"(?:(?P<sorry>(?i:xin\s+lỗi))\s*,?\s+)?(?:(?P<earlier>(?i:lúc\s+nãy|vừa\s+nãy|ban\s+nãy))\s*,?\s+)?"
            r"(?:(?P<call>(?i:cuộc\s+gọi))|(?i:chúng\s+ta|mình))?\s*(?:(?P<just>vừa)\s+)?(?i:bị)\s+(?:ngắt|rớt|"
            r"cắt\s+ngang|gián\s+đoạn)(?P<line>\s+máy)?(?:\s+giữa\s+chừng)?(?:\s+rồi)?\s*(?P<end>[.!]*)")
_CUT_EN = lazy(r"(?:(?P<sorry>Sorry)\s*,?\s+)?(?:(?P<call>[Tt]he\s+call)|[Ww]e)\s+(?:(?P<just>just)\s+)?"
               r"(?P<got>got|was|were)\s+cut\s+off(?P<earlier>\s+earlier)?\s*(?P<end>[.!]*)")
_OFF = lazy(rf"{_PHONE}\s+(?:(?P<still>vẫn)\s+)?(?:đang\s+|bị\s+)?tắt(?:\s+máy|\s+nguồn)?(?:\s+rồi)?"
            r"\s*(?P<end>[.!]*)")
_OFF_EN = lazy(rf"{_PHONE_EN}(?:\s+is|\s+was|['’]s)\s+(?:(?P<still>still)\s+)?(?:switched\s+|turned\s+)?off"
               r"\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence on phone reception, hearing on the line, getting through, no answer, a call cut
    off or a phone off; None for any other. A rule is tried only where one of its words is in the sentence (_RULES)."""
    text = " ".join(text.split())
    low = text.lower()
    return next((said for keys, rule in _RULES.get((src, tgt), ()) if any(k in low for k in keys) and (
        said := rule(text))), None)


def _whom(said: str, src: str) -> str | None:
    """Whom in the other language ("anh ấy" → "him", "mẹ tôi" → "my mother", "him" → "anh ấy"); None for others."""
    return as_whom(said, src)


def _phone(m: re.Match, src: str) -> str | None:
    """Whose phone of a match of _PHONE (`src` "vi") or _PHONE_EN in the other language: "his phone", "my mother's
    phone", "điện thoại của anh ấy"; None for someone not known."""
    if src == "vi":
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["named"], "vi")
        return whose and (f"{whose} phone" if m["owner"] else f"{whose}'s phone")
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en")
    return whose and f"điện thoại của {whose}"


def _day(m: re.Match) -> str | None:
    """The day opening a Vietnamese sentence in English after a space ("Hôm qua" → " yesterday"), "" for none; None
    for one not read or one ahead ("Ngày mai tôi không gọi được …")."""
    day = when(m["day0"], "vi")
    return None if day is None or AHEAD.match(day) else f" {day}" * bool(day)


def _signal(text: str) -> str | None:
    """"Ở đây không có sóng." as "There's no signal here.", "Ở đây có sóng không?" as "Is there a signal here?",
    "Điện thoại tôi bị mất sóng." as "My phone has lost its signal.", "Sóng yếu quá." as "The signal is very weak."
    (_SIGNAL); None for anything else, "có sóng" said, not asked, and who asked or said to be weak."""
    m = _SIGNAL.fullmatch(text)
    asked = bool(m and m["asked"])
    wheres = [w for w in (m["where"], m["where2"], m["where3"]) if w] if m else []
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or len(wheres) > 1:
        return None
    here, end = f" {_HERE[keyed(wheres[0])]}" if wheres else "", m["end"] or "."
    phone = _phone(m, "vi") if m["phone"] else ""
    said = who(m, False) if m["who"] or m["kin"] or m["titled"] or m["given"] else ""
    if phone is None or said is None or said and (asked or m["weak"]):
        return None
    subject, one = (phone, True) if phone else said or ("", True)
    if m["weak"]:
        how = f"{'very ' * bool(m['very0'] or m['very'])}{_WEAK[keyed(m['weak'])]}"
        return capitalised(f"the signal{' on ' * bool(phone)}{phone} is {how}{here}{end}")
    if asked:
        return f"Does {phone} have a signal{here}?" if phone else f"Is there a signal{here}?"
    if m["none"]:
        said_ = f"{subject} {'has' if one else 'have'} no signal" if subject else "there's no signal"
    else:
        lost = f"{'has' if one else 'have'} lost {'its' if phone else 'the'} signal"
        said_ = contracted(subject, lost) if subject else "there's no signal" if here else "the signal's gone"
    return capitalised(f"{said_}{here}{end}")


def _signal_vi(text: str) -> str | None:
    """"There's no signal here." as "Ở đây không có sóng.", "The signal is very weak." as "Sóng rất yếu.", "My phone
    has no signal." as "Điện thoại của tôi không có sóng.", "I've lost the signal." as "Tôi bị mất sóng rồi."
    (_SIGNAL_EN); None for anything else, and where "has", "have" or "doesn't" does not agree with who."""
    m = _SIGNAL_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    state = next((g for g in ("has", "lost", "dont") if m[g]), None)
    where, end = _HERE_VI[m["where"].lower()] if m["where"] else "", m["end"] or "."
    if m["none"] or m["ask"] or m["det"]:
        if state or m["the"] or bool(m["det"]) != bool(m["weak"]):
            return None
        weak = _WEAK_VI.get(m["weak"] or "")
        said = ("có sóng" if m["ask"] else "không có sóng") if not weak else f"sóng rất {weak}" if m[
            "very"] == "very" else f"sóng {weak}{' quá' * bool(m['very'])}"
        return capitalised(f"{where} {said}".strip() + (" không?" if m["ask"] else end))
    subject, one = (_phone(m, "en"), True) if m["owner"] or m["named"] else who_vi(m)
    verb = (m[state] or "").strip().lower().replace("’", "'") if state else ""
    if not subject or not state or m["weak"] or m["the"] and state != "lost" or verb != "lost" and verb.startswith(
            ("has", "'s", "doesn")) != one:
        return None
    said = "bị mất sóng" + " rồi" * (verb != "lost") if state == "lost" else "không có sóng"
    return capitalised(f"{where} {subject} {said}".strip() + end)


def _hear(text: str) -> str | None:
    """"Bạn nghe rõ không?" as "Can you hear me clearly?", "Anh có nghe thấy em không?" as "Can you hear me?" (_HEAR:
    "you" other than who is the speaker), "Tôi nghe không rõ." as "I can't hear you well." (_HEARD); None for anything
    else, "Tôi không nghe thấy." (now, or "I didn't hear it"), and who asked not "you"."""
    if m := _HEARD.fullmatch(text):
        clear = m["clear"] or m["unclear"]
        if m["anything"] and clear or m["very"] and (not clear or m["anything"] or m["saying"]) or not (
                clear or m["anything"] or m["you"]):
            return None
        heard = "anything" if m["anything"] else "what you're saying" if m["saying"] else \
            f"you {'very ' * bool(m['very'])}well" if clear else "you"
        return capitalised(f"{'Hello, ' * bool(m['hello'])}{PRONOUNS[keyed(m['i'])]} can't hear {heard}"
                           f"{m['end'] or '.'}")
    m = _HEAR.fullmatch(text)
    said = m and not (m["now0"] and m["now"]) and who(m, True)
    if not said or said[0] != "you" or m["whom"] and keyed(m["whom"]) == keyed(m["who"] or ""):
        return None
    heard = PRONOUNS[keyed(m["whom"])] if m["whom"] else "I"
    whom = "me" if heard in ("you", "I") else EN_OBJECT[heard]
    now = " now" * bool(m["now0"] or m["now"])
    return f"{'Hello, c' if m['hello'] else 'C'}an you hear {whom}{' clearly' * bool(m['clear'])}{now}?"


def _hear_vi(text: str) -> str | None:
    """"Can you hear me?" as "Bạn có nghe thấy tôi không?", "Can you hear me clearly?" as "Bạn có nghe rõ không?",
    "I can't hear you very well." as "Tôi nghe không rõ lắm." (_HEAR_EN); None for anything else."""
    m = _HEAR_EN.fullmatch(text)
    if not m:
        return None
    hello = "Alô, " * bool(m["hello"])
    if m["obj"]:
        whom = EN_OBJECT_VI[m["obj"]]
        heard = (f"nghe rõ {whom} nói" if m["obj"] != "me" else "nghe rõ") if m["clear"] else f"nghe thấy {whom}"
        return capitalised(f"{hello}{'bây giờ ' * bool(m['now'])}bạn có {heard} không?")
    said = "không nghe thấy gì cả" if m["anything"] else "không nghe rõ bạn nói gì" if m["saying"] else \
        f"nghe không rõ{' lắm' * bool(m['very'])}" if m["well"] else "không nghe thấy bạn"
    return capitalised(f"{hello}{EN_WHO_VI[m['i'].lower()]} {said}{m['end'] or '.'}")


def _through(text: str) -> str | None:
    """"Tôi không gọi được cho anh ấy." as "I couldn't get through to him.", "Tôi không liên lạc được với Lan." as "I
    couldn't reach Lan.", "Bạn gọi được cho mẹ bạn chưa?" as "Have you managed to get through to your mother yet?"
    (_THROUGH); None for anything else, and for "gọi được" with nothing that says whether it went through."""
    m = _THROUGH.fullmatch(text)
    asked = m and m["asked"]
    if not m or bool(asked) != ("?" in m["end"]):
        return None
    said, whom, day = who(m, bool(asked)), _whom(m["whom"], "vi"), _day(m)
    if not said or not whom or day is None:
        return None
    (who_, one), reach = said, keyed(m["reach"]) == "liên lạc"
    to = f"reach {whom}" if reach else f"get through to {whom}"
    if asked == "không" and m["ask"]:
        return f"Did {who_} {'manage to ' * reach}{to}{day}?"
    if asked == "chưa" and not (m["ask"] or m["not"] or m["still"] or day):
        return f"{'Has' if one else 'Have'} {who_} managed to {to} yet?"
    if asked or not (m["not"] or m["still"]) or (m["still"] or m["not"] == "chưa") and day:
        return None
    said_ = f"still can't {to}" if m["still"] else f"couldn't {to}" if m["not"] == "không" else \
        f"{'has' if one else 'have'}n't managed to {to} yet"
    return capitalised(f"{who_} {said_}{day}{m['end'] or '.'}")


def _through_vi(text: str) -> str | None:
    """"I couldn't get through to him." as "Tôi không gọi được cho anh ấy.", "I haven't been able to reach him yet."
    as "Tôi chưa liên lạc được với anh ấy.", "Did you get through to him?" as "Bạn có gọi được cho anh ấy không?"
    (_THROUGH_EN); None for anything else, and where "hasn't" or "haven't" does not agree with who."""
    m = _THROUGH_EN.fullmatch(text)
    if not m or bool(m["did"]) != bool(m["get"]) or bool(m["did"]) != ("?" in m["end"]) or m["yet"] and not m[
            "havent"] or m["still"] and not m["cant"] or m["day"] and (m["still"] or m["havent"]):
        return None
    (who_, one), whom = who_vi(m), _whom(m["whom"], "en")
    if not whom or m["havent"] and m["havent"].lower().startswith("has") != one:
        return None
    to = f"liên lạc được với {whom}" if m["reach"] or m["reach2"] or m["reach3"] else f"gọi được cho {whom}"
    said = "có" if m["did"] else "vẫn không" if m["still"] else "không" if m["cant"] else "chưa"
    return placed(f"{who_} {said} {to}", when(m["day"], "en") or "", " không?" if m["did"] else m["end"] or ".")


def _called(text: str) -> str | None:
    """"Tôi gọi mà không ai nghe máy." as "I called but nobody answered.", "Hôm qua tôi gọi cho bạn nhưng bạn không
    nghe máy." as "I called you yesterday but you didn't answer.", "Tôi gọi cho anh ấy không được." as "I couldn't get
    through to him." (_CALLED); None for anything else, and for one not answering who is not whom called."""
    m = _CALLED.fullmatch(text)
    said, whom, day = m and who(m, False), m and (_whom(m["whom"], "vi") if m["whom"] else ""), m and _day(m)
    if not said or whom is None or day is None:
        return None
    to, end = f" {whom}" * bool(whom), m["end"] or "."
    if m["failed"] and not (m["but"] or m["times"] or m["kept"] or m["tried"]):
        return capitalised(f"{said[0]} couldn't get through{' to' * bool(whom)}{to}{day}{end}")
    if m["failed"] or m["nobody"]:
        tail = "couldn't get through" if m["failed"] else "nobody answered"
    elif answerer := _answerer(m["who2"], m["whom"], whom):
        tail = f"{answerer} didn't answer"
    else:
        return None
    times = f" {_TIMES[keyed(m['times'])]}" if m["times"] else ""
    called = f"kept calling{to}" if m["kept"] else f"tried to call{to}" if m["tried"] else f"called{to}"
    return capitalised(f"{said[0]} {called}{times}{day} but {tail}{end}")


def _answerer(said: str, whom_vi: str | None, whom: str) -> str | None:
    """Who did not answer, in English ("anh ấy" → "he"), whom called said again as he or she ("Tôi gọi cho mẹ tôi
    nhưng mẹ không nghe máy": "she"); None for one not known, or one who is not whom called."""
    k = keyed(said)
    expected = _SUBJECT.get(whom) or {"his": "he", "her": "she"}.get(his_her(whom_vi or "") or "")
    if whom_vi and (k == keyed(whom_vi) or keyed(whom_vi).startswith(f"{k} ")):
        return expected or whom
    answerer = (PRONOUNS.get(k) if k == "bạn" or PRONOUNS.get(k) != "you" else None) or someone(said, "vi")
    if not answerer or whom and (answerer != expected if expected else answerer not in ("he", "she")):
        return None  # (a name or a friend called: he or she)
    return answerer


def _called_vi(text: str) -> str | None:
    """"I called but nobody answered." as "Tôi gọi nhưng không ai nghe máy.", "I called my mother but she didn't
    answer." as "Tôi gọi cho mẹ tôi nhưng mẹ không nghe máy.", "I tried to call you but couldn't get through." as "Tôi
    đã thử gọi cho bạn nhưng không được." (_CALLED_EN); None for anything else."""
    m = _CALLED_EN.fullmatch(text)
    whom = m and (_whom(m["whom"], "en") if m["whom"] else "")
    if not m or whom is None:
        return None
    if m["failed"] or m["nobody"]:
        tail = "không được" if m["failed"] else "không ai nghe máy"
    elif answerer := _answerer_vi(m["who2"], m["whom"]):
        tail = f"{answerer} không nghe máy"
    else:
        return None
    times = f" {_TIMES_VI[' '.join(m['times'].split())]}" if m["times"] else ""
    called = f"{'đã thử ' * bool(m['tried'])}gọi{f' cho {whom}' * bool(whom)}{' mãi' * bool(m['kept'])}{times}"
    return placed(f"{who_vi(m)[0]} {called} nhưng {tail}", when(m["day"], "en") or "", m["end"] or ".")


def _answerer_vi(said: str, whom: str | None) -> str | None:
    """Who did not answer, in Vietnamese ("he" → "anh ấy"), whom called by kin or by name said again as "he" or "she"
    ("I called my mother but she didn't answer": "mẹ"); None for one who is not whom called."""
    if not whom or whom in EN_OBJECT_VI:
        return EN_WHO_VI[said] if not whom or _SUBJECT[whom] == said else None
    m = re.fullmatch(WHO_EN, whom)  # (SOMEONE_EN: kin or a name)
    kin = m["kin"] and KIN_VI[m["kin"].lower()]
    if said not in ("he", "she") or kin and his_her(kin) not in (None, EN_WHOSE[said]):
        return None
    return kin or m["given"]


def _not_answering(text: str) -> str | None:
    """"Mẹ tôi không nghe máy." as "My mother isn't answering her phone.", "Anh ấy đã không nghe máy." as "He didn't
    answer his phone.", "Sao bạn không nghe máy?" as "Why didn't you answer your phone?", "Không ai nghe máy cả." as
    "Nobody's answering." (_NOT_ANSWERING); None for anything else."""
    m = _NOT_ANSWERING.fullmatch(text)
    asked = bool(m and m["why"])
    if not m or asked != ("?" in m["end"]) or m["nobody"] and asked:
        return None
    end = m["end"] or "."
    if m["nobody"]:
        return f"Nobody's answering{end}"
    said = who(m, asked)
    if not said or said[0] == "I" or asked and (m["did"] or m["still"]):
        return None
    who_, isnt = said[0], "isn't" if said[1] else "aren't"
    whose = whose_own(m, who_)  # (a name alone: his or her not known)
    phone = f" {whose} phone" if whose else ""
    if asked:  # (asking "you", afterwards; anyone else, while calling)
        return f"Why didn't you answer{phone}?" if who_ == "you" else f"Why {isnt} {who_} answering{phone}?"
    said_ = f"didn't answer{phone}" if m["did"] else f"{'still ' * bool(m['still'])}{isnt} answering{phone}"
    return capitalised(f"{who_} {said_}{end}")


def _answering(m: re.Match, form: str, who_: str) -> bool:
    """Whether a match of _ANSWERS_EN has its verb in `form` ("ing", "ed", or "" for the bare verb) and whose phone
    it is agrees with who (`who_` in Vietnamese: "He isn't answering her phone." is not taken)."""
    verb, the = m["verb"].lower(), (m["the"] or "the").lower()
    if not verb.endswith(form) or not form and verb.endswith(("ing", "ed")):
        return False
    if the == "the":
        return True
    if m["kin"] or m["given"]:  # ("My mother isn't answering her phone.")
        return the in ("his", "her") and his_her(who_) in (None, the)
    return the == EN_WHOSE.get(m["who"].lower(), "my")  # ("I": "my")


def _not_answering_vi(text: str) -> str | None:
    """"My mother isn't answering her phone." as "Mẹ tôi không nghe máy.", "Nobody picked up." as "Không ai nghe
    máy.", "Why didn't you pick up?" as "Sao bạn không nghe máy?" (_NOT_ANSWERING_EN); None for anything else, and
    where "is", "am" or "are" does not agree with who."""
    m = _NOT_ANSWERING_EN.fullmatch(text)
    if not m or bool(m["why"]) != ("?" in m["end"]):
        return None
    if m["nobody"]:
        found = m["the"] in (None, "the") and _answering(m, "ing" if m["nbe"] else "ed", "")
        return f"Không ai nghe máy{m['end'] or '.'}" if found else None
    who_, one = who_vi(m)
    said = m["why"] or m["be"] or m["bent"] or m["didnt"]
    if not said or m["why"] and (m["be"] or m["bent"] or m["didnt"] or m["still2"]):
        return None
    be = None if "did" in said else re.sub(r"n['’]t$", "", said.strip())
    if be and be_said(be) != be_of(who_, one) or not _answering(m, "ing" if be else "", who_):
        return None
    if m["why"]:
        return f"Sao {who_} không nghe máy?"
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'] or m['still2'])}không nghe máy{m['end'] or '.'}")


def _cut(text: str) -> str | None:
    """"Cuộc gọi bị ngắt." as "The call got cut off.", "Xin lỗi, lúc nãy bị ngắt máy." as "Sorry, we got cut off
    earlier." (_CUT), "Điện thoại anh ấy tắt máy." as "His phone is off." (_OFF); None for anything else."""
    if m := _CUT.fullmatch(text):
        if not (m["call"] or m["line"]):  # ("bị ngắt" alone: the power, the water)
            return None
        said = f"{'the call' if m['call'] else 'we'}{' just' * bool(m['just'])} got cut off"
        return capitalised(f"{'Sorry, ' * bool(m['sorry'])}{said}{' earlier' * bool(m['earlier'])}{m['end'] or '.'}")
    m = _OFF.fullmatch(text)
    phone = m and _phone(m, "vi")
    return phone and capitalised(f"{phone} is {'still ' * bool(m['still'])}off{m['end'] or '.'}")


def _cut_vi(text: str) -> str | None:
    """"We got cut off." as "Chúng ta bị ngắt máy." (_CUT_EN), "His phone is off." as "Điện thoại của anh ấy tắt máy."
    (_OFF_EN); None for anything else ("The call were …", "We was …")."""
    if m := _CUT_EN.fullmatch(text):
        if m["got"] == ("were" if m["call"] else "was"):
            return None
        said = f"{'cuộc gọi' if m['call'] else 'chúng ta'}{' vừa' * bool(m['just'])} bị ngắt{' máy' * (not m['call'])}"
        return capitalised(f"{'Xin lỗi, ' * bool(m['sorry'])}{'lúc nãy ' * bool(m['earlier'])}{said}{m['end'] or '.'}")
    m = _OFF_EN.fullmatch(text)
    phone = m and _phone(m, "en")
    return phone and capitalised(f"{phone} {'vẫn ' * bool(m['still'])}tắt máy{m['end'] or '.'}")


# each rule, by the words (in small letters) one of which a sentence it takes has: a test far cheaper than its regex
_RULES = {("vi", "en"): ((("sóng",), _signal), (("nghe",), _hear), (("gọi được", "lạc được", "điện được"), _through),
                         (("không được", "nghe", "bắt máy", "nhấc máy"), _called),
                         (("nghe máy", "nghe điện", "bắt máy", "nhấc máy"), _not_answering),
                         (("ngắt", "rớt", "cắt ngang", "gián đoạn", "tắt"), _cut)),
          ("en", "vi"): ((("signal", "reception"), _signal_vi), (("hear",), _hear_vi),
                         (("through", "reach"), _through_vi), (("called", "calling", "rang", "to call"), _called_vi),
                         (("answer", "pick"), _not_answering_vi), (("off",), _cut_vi))}
