"""Traditional herbal medicine at home, both ways, written whole by rule: who brews it ("sắc thuốc"), how bitter it is,
who has taken it for how long, who goes to get it made up ("đi bốc thuốc"), and who believes in it or likes taking
it. v8 (the rules on) reads "bắc" as north, "nam" as south or male, "sắc" as sharp and "đông" as a crowd: "Mẹ tôi
đang sắc thuốc bắc." → "My mother was northern.", "Bạn có đang sắc thuốc không?" → "Are you sharpening?", "Thuốc bắc
đắng lắm." → "The northern medicine is very bitter.", "Ông tôi uống thuốc nam mấy năm nay." → "My grandfather takes
medicine south of this year.", "Hôm qua mẹ tôi đi bốc thuốc." → "Yesterday, my parents went to medications.", "Bạn có
tin đông y không?" → "Do you believe crowds?"; and back, "My mother is brewing herbal medicine." → "Mẹ tôi đang ủ thuốc
thảo dược." (ferments), "Herbal medicine is very bitter." → "Thuốc thảo dược rất gay gắt." (harsh), "I went to get
some herbal medicine yesterday." → "Tôi đến để được một số loại thuốc thảo dược hôm qua.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked) brews herbal medicine ("sắc thuốc", "sắc thuốc bắc",
"nấu thuốc nam"; for whom): now, still, asked, as a habit (every day, often), just, already, finished, yet asked or
not, on a day behind or ahead, will, has to every day; herbal medicine (thuốc bắc: Chinese, thuốc nam: Vietnamese,
thuốc đông y, as mt/therapies.py names them; "bát thuốc này") bitter, how much, denied or asked; who has taken it for
a few years, N months, a long time ("mấy năm nay", "được ba tháng rồi", "lâu nay"), or how long, asked; who goes to
get it made up ("đi bốc thuốc"): is out getting it, went, has just been ("vừa … về"), will, on a day ahead, yet asked;
who believes in traditional medicine ("tin đông y") or likes or hates taking it. Left: herbal medicine taken now, as a
habit or had, and whether it works (mt/therapies.py's), medicine in general (mt/medicine.py), food bitter
(mt/tastes.py), a bare "Tôi đi bốc thuốc." or "Mẹ tôi sắc thuốc." (goes, went or is going?), "đi bốc thuốc rồi"
(gone, or been?), "uống thuốc bắc lâu rồi" or "đã lâu" (for long, or long ago?), how often but "thường" (usually)
with "every …" ("hay sắc thuốc mỗi tối"), whom who again ("Họ sắc thuốc cho họ."), "bốc thuốc" without "đi" (the
herbalist's work), "phải" with no habit or day ahead (has or had to?), a herbalist ("thầy lang", "ông lang"), "Anh",
"Chị", "Em" alone saying it, a "?" on a statement, "nhỉ", and anything else.
mt.phrasebook.translate tries these after mt/kitchen_gods.py.

    >>> translate("Mẹ tôi đang sắc thuốc bắc.", "vi", "en"), translate("Herbal medicine is very bitter.", "en", "vi")
    ('My mother is brewing Chinese herbal medicine.', 'Thuốc đông y rất đắng.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_VI, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, asked_of, aux_agrees,
                      often_said, person_of)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .text import (ASKED_END, EN_OBJECT, SOFTENED_END, STRESSED_SAID, agreement_asked, alternatives, be, capitalised,
                   contracted, keyed, present, progressive)

_KEYS = {"vi": lazy(r"(?i:sắc\s+thuốc|nấu\s+thuốc|bốc\s+thuốc|thuốc\s+bắc|thuốc\s+nam|đông\s+y|bát\s+thuốc|"
                    r"chén\s+thuốc|y\s+học\s+cổ\s+truyền)"),
         "en": lazy(r"(?i:herbal|traditional\s+medicine|traditional\s+chinese|bowl\s+of\s+medicine)")}
# the medicines (as mt/therapies.py names them; "sắc thuốc" alone is herbal), and back
KINDS = {"thuốc đông y": "herbal medicine", "thuốc bắc": "Chinese herbal medicine",
         "thuốc nam": "Vietnamese herbal medicine", "thuốc": "herbal medicine"}
KINDS_VI = {"herbal medicine": "thuốc đông y", "chinese herbal medicine": "thuốc bắc",
            "vietnamese herbal medicine": "thuốc nam"}
# believed in: traditional medicine itself, or its medicines (the first Vietnamese of each is written back)
_BELIEF = {"đông y": "traditional medicine", "y học cổ truyền": "traditional medicine"} | {
    vi: en for vi, en in KINDS.items() if vi != "thuốc"}
_BELIEF_VI = {en.lower(): vi for vi, en in reversed(_BELIEF.items())} | {
    "traditional chinese medicine": "đông y", "chinese medicine": "đông y"}
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "hôm kia",
                  "tuần trước", "ngày mai", "sáng mai", "chiều mai", "tối mai", "ngày kia", "tuần sau", "tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_OFTEN = {vi: en for vi, en in SELDOM.items() if en in ("often", "sometimes")}
_OFTEN_VI = {"often": "hay", "sometimes": "thỉnh thoảng", "usually": "thường"}
_N = {vi_word(n): n for n in range(1, 21)} | {str(n): n for n in range(1, 100)}
_N_EN = {en_word(n): n for n in range(2, 21)} | {str(n): n for n in range(2, 100)} | {"a": 1, "one": 1}
_PER = {"năm": "year", "tháng": "month", "tuần": "week"}
_PER_VI = {en: vi for vi, en in _PER.items()}

_KIND = r"(?P<kind>thuốc(?:\s+(?:bắc|nam|đông\s+y))?)"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_FOR = rf"(?:\s+cho\s+{WHOM})?"
_END = r"(?:\s+(?P<tail>xong\s+rồi|xong\s+chưa|xong|rồi|chưa|không))?"
# brewing it ("Mẹ tôi đang sắc thuốc bắc.", "Bà tôi sắc thuốc mỗi ngày.", "Bạn sắc thuốc xong chưa?")
_BREW = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>vẫn\s+đang|có\s+đang|đang|đã|vừa\s+mới|vừa|sẽ|chưa|"
             rf"có|phải)\s+)?(?:(?P<often>{alternatives(_OFTEN)})\s+)?(?:sắc|(?P<cook>nấu))\s+{_KIND}{_FOR}"
             rf"(?:\s+(?P<every>{alternatives(EVERY)}))?(?:\s+(?P<day>{_DAY}))?{_END}{SOFTENED_END}")
# how bitter it is ("Thuốc bắc đắng lắm.", "Bát thuốc này đắng quá.", "Thuốc nam có đắng không?")
_BITTER = lazy(r"(?:(?P<bowl>[Bb]át|[Cc]hén)\s+)?(?P<kind>[Tt]huốc(?:\s+(?:bắc|nam|đông\s+y))?)(?:\s+(?P<this>này))?"
               r"\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<pre>hơi|rất|khá)\s+)?đắng(?:\s+(?P<post>quá|lắm))?"
               rf"{ASKED_END}")
# taken for how long ("Ông tôi uống thuốc nam mấy năm nay.", "Bạn uống thuốc bắc bao lâu rồi?")
_SPAN = (rf"(?:(?P<few>mấy|vài)\s+(?P<per>{alternatives(_PER)})\s+nay|được\s+(?P<n>{alternatives(_N)})\s+"
         rf"(?P<per2>{alternatives(_PER)})\s+(?:rồi|nay)|(?P<n3>{alternatives(_N)})\s+(?P<per3>{alternatives(_PER)})"
         r"\s+nay|(?P<long>lâu\s+nay)|(?P<how>(?:được\s+)?bao\s+lâu\s+rồi))")
_LONG = lazy(rf"(?:(?P<few0>[Mm]ấy|[Vv]ài)\s+(?P<per0>{alternatives(_PER)})\s+nay\s*,?\s+)?{WHO}\s+(?:đã\s+)?uống\s+"
             rf"(?P<kind>thuốc\s+(?:bắc|nam|đông\s+y))(?:\s+{_SPAN})?{SOFTENED_END}")
# going to get it made up ("Hôm qua mẹ tôi đi bốc thuốc.", "Mẹ tôi đang đi bốc thuốc bắc cho bà tôi.")
_GET = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>đang|đã|vừa\s+mới|vừa|sẽ|phải|cần)\s+)?đi\s+bốc\s+"
            rf"(?P<kind>thuốc(?:\s+(?:bắc|nam))?){_FOR}(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<tail>về|chưa))?{SOFTENED_END}")
# believing in it, liking or hating taking it ("Bạn có tin đông y không?", "Tôi không thích uống thuốc bắc.")
_FEEL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<verb>tin(?:\s+vào)?|thích\s+uống|"
             rf"ghét\s+uống)\s+(?P<what>(?i:{alternatives(_BELIEF)}))(?:\s+(?P<much>lắm))?{ASKED_END}")

# ... and in English
_WHAT_EN = rf"(?P<what>(?i:{alternatives(KINDS_VI)}))"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_AUX_EN = (r"(?P<aux>\s+(?:is|am|are|has|have|will)(?:\s+not|n['’]t)?|['’](?:s|m|re|ve|ll)|\s+(?:has|have)\s+to|"
           r"\s+used\s+to)?")
_BREW_EN = lazy(rf"(?:(?P<q>Is|Are|Does|Do|Has|Have)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<adv>still|just|already|often|"
                r"sometimes|usually))?\s+(?P<verb>brew|brews|brewing|brewed|finished\s+brewing)\s+(?P<the>the\s+)?"
                rf"{_WHAT_EN}(?:\s+for\s+{WHOM_EN})?(?:\s+(?P<every>{alternatives(EVERY_VI)}))?{_DAY_EN}"
                r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_DEGREE_EN = {"": "đắng", "very": "rất đắng", "really": "rất đắng", "so": "đắng quá", "too": "đắng quá",
              "a bit": "hơi đắng", "a little": "hơi đắng", "quite": "khá đắng", "pretty": "khá đắng",
              "not": "không đắng", "not very": "không đắng lắm", "not that": "không đắng lắm"}
_BITTER_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?P<this>[Tt]his)\s+)?(?:(?P<bowl>bowl\s+of)\s+)?(?:(?P<med>medicine)|"
                  rf"{_WHAT_EN})(?P<be>\s+is|'s)?(?P<not>\s+not|n't)?(?:\s+(?P<deg>very|really|so|too|a\s+bit|"
                  r"a\s+little|quite|pretty|that))?\s+bitter\s*(?P<end>[.!?]*)")
_SPAN_EN = (rf"for\s+(?:(?P<few>a\s+few)\s+(?P<per>years|months|weeks)|(?P<n>{alternatives(_N_EN)})\s+"
            r"(?P<per2>years?|months?|weeks?)|(?P<long>a\s+long\s+time))")
_LONG_EN = lazy(rf"(?:(?P<how>How\s+long)\s+(?P<q>has|have)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)|['’](?:s|ve))?\s+"
                rf"been\s+taking\s+{_WHAT_EN}(?:\s+{_SPAN_EN})?\s*(?P<end>[.!?]*)")
_GET_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>out\s+getting|went\s+to\s+"
               r"get|been\s+to\s+get|go\s+and\s+get|going\s+to\s+get)\s+(?:(?P<some>some|the)\s+)?"
               rf"{_WHAT_EN}(?:\s+made\s+up)?(?:\s+for\s+{WHOM_EN})?{_DAY_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_FEEL_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                r"(?:\s+(?P<really>really))?\s+(?P<verb>believes?\s+in|(?:likes?|hates?)\s+taking)\s+(?P<what>(?i:"
                rf"{alternatives(_BELIEF_VI)}))\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of herbal medicine brewed, bitter, taken for how long, got made up, believed in
    or liked; None for any other."""
    if src == "vi":
        if agreement_asked(text) or STRESSED_SAID.search(text):
            return None  # ("nhỉ" asks to be agreed with; "thế", "vậy" stress what is said)
        return _brew(text) or _bitter(text) or _long(text) or _get(text) or _feel(text)
    text = text.replace("’", "'")
    return _brew_vi(text) or _bitter_vi(text) or _long_vi(text) or _get_vi(text) or _feel_vi(text)


def _for(m: re.Match, who_: str, lang: str = "vi") -> str | None:
    """" for my grandmother" for whom a match of `lang` says it is for (" cho bà tôi" back; `who_` who in the other
    language); "" for none; None where whom is not read, or is who ("Họ sắc thuốc cho họ.": themselves, or others?)."""
    if not m["whom"]:
        return ""
    whom = as_whom(m["whom"], lang)
    if whom is None or keyed(whom) in (keyed(who_), keyed(EN_OBJECT.get(who_, who_))):  # ("they" and "them")
        return None
    return f" {'cho' if lang == 'en' else 'for'} {whom}"


def _said(pattern, text: str, asked_by: tuple[str, ...]) -> tuple | None:
    """A match of `pattern` (_BREW, _GET), who in English and whether one, the day in English and its way, and for
    whom; None where it does not match, asks but for a "?" (by a tail `asked_by`), says two days, or who or whom is
    not read."""
    m = pattern.fullmatch(text)
    if not m or ("?" in m["end"]) != (keyed(m["tail"] or "") in asked_by) or m["day0"] and m["day"]:
        return None
    said = person_of(m, "?" in m["end"])
    whom = said and _for(m, said[0])
    day = keyed(m["day0"] or m["day"] or "")
    return None if whom is None else (m, *said, _DAYS.get(day, ""), NEAR_WAY.get(day, ""), whom)


def _brew(text: str) -> str | None:
    """"Bạn sắc thuốc xong chưa?" as "Have you finished brewing the herbal medicine?" (_BREW); None for anything else,
    a bare "Mẹ tôi sắc thuốc." (now, or a habit?), "nấu thuốc" alone and how often but "thường" with "every …"."""
    said = _said(_BREW, text, ("không", "chưa", "xong chưa"))
    if said is None or said[0]["cook"] and keyed(said[0]["kind"]) == "thuốc":
        return None
    m, who_, one, day, way, whom = said
    aux, tail, asked, what = keyed(m["aux"] or ""), keyed(m["tail"] or ""), "?" in m["end"], KINDS[keyed(m["kind"])]
    if (tail == "không") != aux.startswith("có"):
        return None
    often = often_said(m["often"], bool(m["every"])) if m["often"] else ""
    if m["every"] and often not in ("", "usually"):
        return None  # ("hay sắc thuốc mỗi tối": often every evening? "thường" with it is usually)
    every, on = f" {EVERY[keyed(m['every'])]}" if m["every"] else "", f" {day}" if day else ""
    has, timed, rest = "has" if one else "have", bool(every or often), f"{what}{whom}"
    adverb = f"{often} " * bool(often)
    if tail not in ("", "không"):  # (done, or asked: the batch brewed)
        if timed or day or aux not in ("", "đã", "vừa", "vừa mới") or (tail == "xong") != aux.startswith("v"):
            return None
        done = "finished brewing" if tail.startswith("xong") else "brewed"
        if asked:
            return f"{has.capitalize()} {who_} {done} the {rest}{' yet' * (done == 'brewed')}?"
        return capitalised(contracted(who_, f"{has} {'just' if aux.startswith('v') else 'already'} {done} the {rest}."))
    if aux == "chưa" and not (timed or day):
        return capitalised(f"{who_} {has}n't brewed the {rest} yet.")
    if aux == "có" and timed and asked and not day:
        return present(who_, one, "brew", f"{rest}{every}", asked=True, adverb=adverb)
    if asked:
        return progressive(who_, be(who_), f"brewing {rest}", asked=True) if aux == "có đang" and not (
            timed or day) else None
    if aux == "" and timed and not day:
        return present(who_, one, "brew", f"{rest}{every}", adverb=adverb)
    if aux in ("đang", "vẫn đang") and not (timed or day) or aux == "" and way == "ahead" and not timed:
        return progressive(who_, be(who_), f"{'still ' * (aux == 'vẫn đang')}brewing {rest}{on}")
    if aux in ("", "đã") and way == "behind" and not timed:
        return capitalised(f"{who_} brewed {rest}{on}.")
    if aux in ("vừa", "vừa mới") and not (timed or day):
        return capitalised(contracted(who_, f"{has} just brewed {rest}."))
    if aux == "sẽ" and way != "behind" and not timed:
        return capitalised(contracted(who_, f"will brew {rest}{on}."))
    if aux == "phải" and every and not (often or day):
        return capitalised(f"{who_} {has} to brew {rest}{every}.")
    return None


# how bitter, as Vietnamese says it (before the word, after it, "không"), in English
_DEGREE = {("", ""): "", ("hơi", ""): "a bit ", ("rất", ""): "very ", ("", "lắm"): "very ", ("", "quá"): "so ",
           ("khá", ""): "quite "}


def _bitter(text: str) -> str | None:
    """"Thuốc bắc đắng lắm." as "Chinese herbal medicine is very bitter." (_BITTER); None for anything else, and
    "thuốc" alone (any medicine) but in a bowl of "này"."""
    m = _BITTER.fullmatch(text)
    asked, kind = m and asked_of(m), keyed(m["kind"]) if m else ""
    if asked is None or (kind == "thuốc" or m["bowl"]) and not (m["bowl"] and m["this"]):
        return None
    what = f"{'this ' * bool(m['this'])}{'bowl of ' * bool(m['bowl'])}{'medicine' if kind == 'thuốc' else KINDS[kind]}"
    pre, post = keyed(m["pre"] or ""), keyed(m["post"] or "")
    if m["not"] or asked:  # ("không đắng lắm": not very; asked, "lắm" is very)
        if pre or post == "quá":
            return None
        very = "very " if post else ""
        return f"Is {what} {very}bitter?" if asked else capitalised(f"{what} isn't {very}bitter.")
    degree = _DEGREE.get((pre, post))
    return None if degree is None else capitalised(f"{what} is {degree}bitter.")


def _span(m: re.Match) -> str | None:
    """How long of a match of _LONG in English (" for a few years", " for three months"); "" for none; None for two."""
    if m["few0"] and (m["few"] or m["n"] or m["n3"] or m["long"] or m["how"]):
        return None
    if m["few0"] or m["few"]:
        return f" for a few {_PER[keyed(m['per0'] or m['per'])]}s"
    if m["n"] or m["n3"]:
        n, per = _N[keyed(m["n"] or m["n3"])], _PER[keyed(m["per2"] or m["per3"])]
        return f" for a {per}" if n == 1 else f" for {en_word(n)} {per}s"
    return " for a long time" if m["long"] else ""


def _long(text: str) -> str | None:
    """"Tôi uống thuốc bắc được ba tháng rồi." as "I've been taking Chinese herbal medicine for three months." (_LONG);
    None for anything else, no span said (mt/therapies.py's) and "đã lâu" (for long, or long ago?)."""
    m = _LONG.fullmatch(text)
    said = m and person_of(m, bool(m["how"]))
    if not said or bool(m["how"]) != ("?" in m["end"]) or (span := _span(m)) is None or not (span or m["how"]):
        return None
    (who_, one), what = said, KINDS[keyed(m["kind"])]
    has = "has" if one else "have"
    if m["how"]:
        return f"How long {has} {who_} been taking {what}?"
    return capitalised(contracted(who_, f"{has} been taking {what}{span}."))


def _get(text: str) -> str | None:
    """"Tôi vừa đi bốc thuốc về." as "I've just been to get some herbal medicine." (_GET); None for anything else, and
    a bare "Tôi đi bốc thuốc." (goes, went or is going?)."""
    said = _said(_GET, text, ("chưa",))
    if said is None:
        return None
    m, who_, one, day, way, whom = said
    aux, tail = keyed(m["aux"] or ""), m["tail"] or ""
    has, rest, on = "has" if one else "have", f"{KINDS[keyed(m['kind'])]}{whom}", f" {day}" if day else ""
    if tail == "chưa":
        return f"{has.capitalize()} {who_} been to get the {rest} yet?" if aux in ("", "đã") and not day else None
    if tail == "về":
        return capitalised(contracted(who_, f"{has} just been to get some {rest}.")) if aux.startswith("v") and not \
            day else None
    if aux == "đang" and not day:
        return progressive(who_, be(who_), f"out getting some {rest}")
    if aux in ("", "đã") and way == "behind" or aux == "đã" and not day:
        return capitalised(f"{who_} went to get some {rest}{on}.")
    if aux == "sẽ" and way != "behind":
        return capitalised(contracted(who_, f"will go and get some {rest}{on}."))
    if aux == "" and way == "ahead":
        return progressive(who_, be(who_), f"going to get some {rest}{on}")
    if aux in ("phải", "cần") and way == "ahead":
        verb = f"{has} to" if aux == "phải" else "needs to" if one else "need to"
        return capitalised(f"{who_} {verb} go and get some {rest}{on}.")
    return None


def _feel(text: str) -> str | None:
    """"Tôi không thích uống thuốc bắc." as "I don't like taking Chinese herbal medicine." (_FEEL); None for others."""
    m = _FEEL.fullmatch(text)
    asked = m and asked_of(m)
    said = asked is not None and person_of(m, asked)
    if not said or m["much"] and not m["not"]:
        return None
    verb = {"tin": "believe in", "thích": "like taking", "ghét": "hate taking"}[keyed(m["verb"]).split()[0]]
    really = "really " if m["very"] or m["much"] else ""
    return present(*said, verb, _BELIEF[keyed(m["what"])], asked, bool(m["not"]), adverb=really)


# the auxiliary after who (or the question's first word, with "?"), as the shapes of _BREW_EN and _GET_EN read it
_AUX_KIND = {"is": "be", "am": "be", "are": "be", "'m": "be", "'re": "be", "has": "has", "have": "has", "'ve": "has",
             "has not": "not", "have not": "not", "will": "will", "'ll": "will", "has to": "must", "have to": "must"}
_Q_KIND = {"is": "be?", "are": "be?", "do": "do?", "does": "do?", "has": "has?", "have": "has?"}
# each shape of brewing (question, aux, adverb, verb): the Vietnamese, and what it says: t "the" and e how often
# (both as they must be), y "yet" said, b a day behind (it must), f a day ahead (it may)
_BREW_VI = {("", "be", "", "brewing"): ("{who} đang {body}.", ""),
            ("be?", "", "", "brewing"): ("{who} có đang {body} không?", ""),
            ("", "be", "still", "brewing"): ("{who} vẫn đang {body}.", ""),
            ("", "will", "", "brew"): ("{who} sẽ {body}.", "f"),
            ("", "", "habit", "brew"): ("{who} {habit}{body}{every}.", "e"),
            ("do?", "", "habit", "brew"): ("{who} có {habit}{body}{every} không?", "e"),
            ("", "has", "already", "brewed"): ("{who} đã {body} rồi.", "t"),
            ("", "has", "just", "brewed"): ("{who} vừa {body}.", ""),
            ("", "has", "just", "finished brewing"): ("{who} vừa {body} xong.", "t"),
            ("", "has", "", "finished brewing"): ("{who} {body} xong rồi.", "t"),
            ("has?", "", "", "brewed"): ("{who} đã {body} chưa?", "ty"),
            ("", "not", "", "brewed"): ("{who} chưa {body}.", "ty"),
            ("has?", "", "", "finished brewing"): ("{who} {body} xong chưa?", "t"),
            ("", "", "", "brewed"): ("{who} {body}.", "b"),
            ("", "must", "", "brew"): ("{who} phải {body}{every}.", "e")}
_BODY_VI = {"thuốc đông y": "thuốc", "thuốc bắc": "thuốc bắc", "thuốc nam": "thuốc nam"}  # (what "sắc" is said of)


def _en_said(m: re.Match, perfect_verbs: tuple[str, ...]) -> tuple[str, str, str, bool] | None:
    """Who of a match of WHO_EN (groups q, aux, verb) in Vietnamese, the question's kind and the auxiliary's (_Q_KIND,
    _AUX_KIND: "'s" as "has" before `perfect_verbs`), and whether one; None where asked but for "?", both asked and an
    auxiliary, a pet, "I" asked, or the verb not agreeing with who ("Does she brews")."""
    q, verb = (m["q"] or "").lower(), " ".join(m["verb"].split())
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    aux = {"'s": "has" if verb in perfect_verbs else "is", "'ve": "have"}.get(aux, aux)
    said = person_of(m, bool(q), "en")
    if not said or bool(q) != ("?" in m["end"]) or q and aux or aux and aux not in _AUX_KIND or not aux_agrees(
            m, aux, "has" if verb in perfect_verbs else "", said[1]):
        return None
    if verb in ("brew", "brews") and (verb == "brews") != (said[1] and not (q or aux)):
        return None  # ("brews" only after one, nothing before it: "She will brews", "Does she brews")
    return said[0], _Q_KIND.get(q, ""), _AUX_KIND.get(aux, ""), said[1]


def _with_day(said: str, day: str, who_: str) -> str:
    """A Vietnamese sentence of `said` with the day opening it ("Ngày mai tôi sẽ …"), who in small letters."""
    return capitalised(f"{day} {who_[0].lower()}{who_[1:]}{said.removeprefix(who_)}" if day else said)


def _brew_vi(text: str) -> str | None:
    """"Has she brewed the herbal medicine yet?" as "Cô ấy đã sắc thuốc chưa?" (_BREW_EN); None for anything else, a
    verb not agreeing with who, and "often" or "sometimes" with "every …"."""
    m = _BREW_EN.fullmatch(text)
    said = m and _en_said(m, ("brewed", "finished brewing"))
    if not said:
        return None
    who_, q, aux, _ = said
    adv, verb, day = (m["adv"] or "").lower(), " ".join(m["verb"].split()), _DAYS_VI.get((m["day"] or "").lower(), "")
    habit = adv in _OFTEN_VI
    if habit and adv != "usually" and m["every"]:
        return None  # ("often … every day": as "hay … mỗi ngày" is left; "usually" is "thường" with it)
    verb = "brew" if verb == "brews" else verb
    plain = habit or not (adv or aux) and verb == "brew"  # (a habit: how often said, "every …" or "often")
    shape = _BREW_VI.get((q, aux, "habit" if plain else adv, verb))
    whom = _for(m, who_, "en")
    if shape is None or whom is None:
        return None
    vi, needs = shape
    way, timed = NEAR_WAY.get(day, ""), bool(m["every"] or habit)
    if bool(m["the"]) != ("t" in needs) or bool(m["yet"]) != ("y" in needs) or timed != ("e" in needs) and not (
            "e" in needs and aux == "must" and m["every"] and not habit) or ("b" in needs) != (way == "behind") or \
            way == "ahead" and "f" not in needs or aux == "must" and not m["every"]:
        return None
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    body = f"sắc {_BODY_VI[KINDS_VI[keyed(m['what'])]]}{whom}"
    return _with_day(vi.format(who=who_, habit=f"{_OFTEN_VI[adv]} " if habit else "", body=body, every=every),
                     day, who_)


def _bitter_vi(text: str) -> str | None:
    """"This bowl of medicine is so bitter." as "Bát thuốc này đắng quá." (_BITTER_EN); None for anything else, and
    "medicine" but in "this bowl of" (any medicine)."""
    m = _BITTER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or m["med"] and not (
            m["bowl"] and m["this"]) or m["bowl"] and not m["this"] or m["q"] and m["not"]:
        return None  # (and "Is herbal medicine is bitter?", "Herbal medicine bitter.")
    what = "thuốc" if m["med"] else KINDS_VI[keyed(m["what"])]
    what = f"bát {what} này" if m["bowl"] else f"{what} này" if m["this"] else what
    deg = keyed(m["deg"] or "")
    if m["q"]:
        return capitalised(f"{what} có đắng{' lắm' * (deg == 'very')} không?") if deg in ("", "very") else None
    said = _DEGREE_EN.get(f"not {deg}".strip() if m["not"] else deg)
    return capitalised(f"{what} {said}.") if said and (deg != "that" or m["not"]) else None


def _long_vi(text: str) -> str | None:
    """"How long have you been taking herbal medicine?" as "Bạn uống thuốc đông y bao lâu rồi?" (_LONG_EN); None for
    anything else, and a verb or a count not agreeing ("She have", "for one years")."""
    m = _LONG_EN.fullmatch(text)
    said = m and person_of(m, bool(m["how"]), "en")
    has = ((m["q"] or m["aux"] or "").strip().lower() if m else "").replace("'ve", "have").replace("'s", "has")
    if not said or bool(m["how"]) != ("?" in m["end"]) or bool(m["how"]) == bool(m["aux"]) or (
            has == "has") != said[1] or bool(m["how"]) == bool(m["few"] or m["n"] or m["long"]):
        return None
    who_, what = said[0], KINDS_VI[keyed(m["what"])]
    if m["how"]:
        return capitalised(f"{who_} uống {what} bao lâu rồi?")
    if m["n"]:
        n = _N_EN[m["n"].lower()]
        if (n == 1) == m["per2"].endswith("s"):
            return None
        return capitalised(f"{who_} uống {what} được {vi_word(n)} {_PER_VI[m['per2'].rstrip('s')]} rồi.")
    span = f"mấy {_PER_VI[m['per'][:-1]]} nay" if m["few"] else "đã lâu"
    return capitalised(f"{who_} uống {what} {span}.")


# each shape of getting it (question, aux, "just", verb): the Vietnamese, and the day it may say: b behind, f ahead,
# ! one it must say; t "the" and "yet" said
_GET_VI = {("", "be", "", "out getting"): ("{who} đang đi {body}.", ""),
           ("", "", "", "went to get"): ("{who} đã đi {body}.", "b"),
           ("", "has", "just", "been to get"): ("{who} vừa đi {body} về.", ""),
           ("has?", "", "", "been to get"): ("{who} đã đi {body} chưa?", "t"),
           ("", "will", "", "go and get"): ("{who} sẽ đi {body}.", "f"),
           ("", "be", "", "going to get"): ("{who} sẽ đi {body}.", "f!"),
           ("", "must", "", "go and get"): ("{who} phải đi {body}.", "f!")}


def _get_vi(text: str) -> str | None:
    """"I went to get some Chinese herbal medicine yesterday." as "Hôm qua tôi đi bốc thuốc bắc." (_GET_EN); None for
    anything else, and "going to get" with no day (on the way, or ahead?)."""
    m = _GET_EN.fullmatch(text)
    said = m and _en_said(m, ("been to get",))
    if not said:
        return None
    who_, q, aux, _ = said
    verb, day = " ".join(m["verb"].split()), _DAYS_VI.get((m["day"] or "").lower(), "")
    shape, whom = _GET_VI.get((q, aux, "just" if m["just"] else "", verb)), _for(m, who_, "en")
    if shape is None or whom is None:
        return None
    vi, needs = shape
    way = NEAR_WAY.get(day, "")
    if (m["some"] == "the") != ("t" in needs) or bool(m["yet"]) != ("t" in needs) or (
            way and "bf"[way == "ahead"] not in needs) or "!" in needs and not day:
        return None
    if way == "behind":
        vi = vi.replace(" đã", "")  # ("Hôm qua tôi đi bốc thuốc.")
    return _with_day(vi.format(who=who_, body=f"bốc {_BODY_VI[KINDS_VI[keyed(m['what'])]]}{whom}"), day, who_)


def _feel_vi(text: str) -> str | None:
    """"My mother really believes in herbal medicine." as "Mẹ tôi rất tin thuốc đông y." (_FEEL_EN); None for anything
    else, and a verb not agreeing with who."""
    m = _FEEL_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or m["really"] and m["q"]:
        return None
    (who_, one), verb = said, m["verb"].split()[0]
    first = (m["q"] or m["aux"] or "").split()[0].lower() if m["q"] or m["aux"] else verb
    if first.startswith("do") and verb.endswith("s") or (first.startswith("does") or first.endswith("s")) != one:
        return None
    what, doing = _BELIEF_VI[keyed(m["what"])], {"bel": "tin", "lik": "thích uống", "hat": "ghét uống"}[verb[:3]]
    if m["q"]:
        return capitalised(f"{who_} có {doing} {what} không?")
    if m["aux"]:
        return capitalised(f"{who_} không {doing} {what}{' lắm' * bool(m['really'])}.")
    return capitalised(f"{who_} {'rất ' * bool(m['really'])}{doing} {what}.")

