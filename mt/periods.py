"""Periods and menopause said plainly, both ways, written whole by rule: who is on her period, has period pains, whose
period is late, whose periods are irregular, a girl's first period, and who is going through, nearing or past the
menopause. v8 (rules on) reads "đến tháng" as coming months, "đau bụng kinh" as a stomach ache, "chậm kinh" as slow,
and "period" as a time or "thời kỳ": "Tôi đang đến tháng." → "I'm coming months.", "Tôi bị đau bụng kinh." → "I have
a stomachache.", "Tôi bị chậm kinh một tuần." → "I'm slowing for a week.", "Kinh nguyệt của tôi không đều." → "My
menstrual period is not all.", "Mẹ tôi đang trong thời kỳ mãn kinh." → "My mother is during menopause.", "Bà tôi mãn
kinh rồi." → "My grandmother is menopause.", "Vợ tôi đang có kinh." → "My wife is having a business."; "I'm on my
period." → "Tôi trong thời gian của tôi.", "I have period pains." → "Tôi bị đau thời kỳ.", "My period is a week
late." → "Kỳ của tôi là một tuần cuối.", "My wife is on her period." → "Vợ tôi đang ở trong thời gian cô ấy.", "Is
your period late?" → "Chu kỳ cuối của bạn có phải không?".

Taken: who (mt.hobbies.WHO, WHO_EN: "I", "you", "she", a woman by her kin or title, a name mt.names.woman_named;
never "he", a man, a pet, "we" or "they", nor "I" asked) is on her period ("đang đến tháng", "đang có kinh",
"đang hành kinh", "đang trong kỳ kinh nguyệt"; "à?" or "có … không?" asked), has got it ("đến tháng rồi"); has had her
first period (just, yet); has period pains (now, often, bad, denied, asked); whose period is late (by days or weeks,
asked, denied); whose periods or menstrual cycle are regular or not, who has irregular periods; who is going through
menopause or perimenopause, is nearing it, has gone through it (yet, not yet), went through it at an age. Left: "có
kinh" without "đang" (her first period, or now?), "đến tháng" denied or "chưa?" (late, or not yet begun?), "mãn kinh"
bare (when?), "ở tuổi mãn kinh" (of the age), early menopause, "rối loạn kinh nguyệt" (any disorder), cramps alone
(a leg's?), "cycle" alone, a name not known as a woman's ("Mary", "Minh"), "anh", "chú", and anything else. No other
module takes these (mt/pregnancy.py, aches, ailments, symptoms, digestion, check_ups, medicine read none of them).
mt.phrasebook.translate tries these after mt/prizes.py.

    >>> translate("Tôi đang đến tháng.", "vi", "en"), translate("My mother is going through menopause.", "en", "vi")
    ("I'm on my period.", 'Mẹ tôi đang trong thời kỳ mãn kinh.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, aux_agrees, his_her_of, who, who_vi
from .lazy_re import lazy
from .names import WOMEN, woman_named
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import his_her
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop,
                   strip_marks)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đến\s+tháng|kinh\s+nguyệt|đau\s+bụng\s+kinh|chậm\s+kinh|trễ\s+kinh|có\s+kinh|hành\s+kinh|"
                    r"kỳ\s+kinh|kì\s+kinh|mãn\s+kinh)"),
         "en": lazy(r"(?i:period|menopaus|menstrual)")}
_WOMEN_EN = {strip_marks(name) for name in WOMEN}  # (English names without marks: "Huong")
# counts of days or weeks late, and ages, in words (mt.numbers) or figures
_N_VI = {vi_word(n): n for n in range(1, 71)}
_N_EN = {en_word(n): n for n in range(1, 71)} | {"a": 1}
_NUM = rf"(?:\d{{1,2}}|(?i:{alternatives(_N_VI)}))"
_NUM_EN = rf"(?:\d{{1,2}}|(?i:{alternatives(_N_EN)}))"
_ASK = r"(?:(?P<ask>có)\s+)?"
_IRREGULAR_VI = "bị kinh nguyệt không đều"

# on her period ("Tôi đang đến tháng.", "Bạn có đang đến tháng không?", "Tôi đến tháng rồi.")
_ON = lazy(rf"{WHO}\s+{_ASK}(?P<now>đang\s+)?(?P<what>(?:bị\s+)?đến\s+tháng|có\s+kinh|hành\s+kinh|"
           rf"trong\s+(?:kỳ|kì)\s+kinh(?:\s+nguyệt)?)(?:\s+(?P<done>rồi))?(?:\s+(?P<a>à))?{ASKED_END}")
# her first period ("Con gái tôi vừa có kinh lần đầu.", "Con gái bạn đã có kinh lần đầu chưa?")
_FIRST = lazy(rf"{WHO}\s+(?:(?P<aux>vừa\s+mới|vừa|mới|đã)\s+)?(?:có\s+kinh|(?:bị\s+)?đến\s+tháng)\s+lần\s+đầu"
              rf"(?:\s+tiên)?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# period pains ("Tôi bị đau bụng kinh.", "Chị tôi hay bị đau bụng kinh.", "Bạn có bị đau bụng kinh không?")
_PAINS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<how>đang|hay|thường\s+xuyên|thường)\s+)?"
              rf"(?:bị\s+)?đau\s+bụng\s+kinh(?:\s+(?P<bad>nặng))?(?:\s+(?P<much>lắm))?{ASKED_END}")
# a period late ("Tôi bị chậm kinh một tuần.", "Bạn có bị chậm kinh không?")
_LATE = lazy(rf"{WHO}\s+{_ASK}(?P<not>không\s+)?(?:bị\s+)?(?:chậm|trễ)\s+kinh(?:\s+(?P<n>{_NUM})\s+"
             rf"(?P<unit>ngày|tuần))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# periods regular or not ("Kinh nguyệt của tôi không đều.", "Chu kỳ kinh nguyệt của bạn có đều không?") ...
_REGULAR = lazy(rf"(?i:(?P<cycle>chu\s+(?:kỳ|kì)\s+)?kinh\s+nguyệt)\s+(?:của\s+)?{WHO}\s+{_ASK}(?P<not>không\s+)?"
                rf"đều(?:\s+đặn)?{ASKED_END}")
# ... and who has them irregular ("Tôi bị kinh nguyệt không đều.", "Bạn có bị kinh nguyệt không đều không?")
_IRREGULAR = lazy(rf"{WHO}\s+{_ASK}(?:bị|có)\s+kinh\s+nguyệt\s+không\s+đều(?:\s+đặn)?{ASKED_END}")
# menopause ("Mẹ tôi đang trong thời kỳ mãn kinh.", "Bà tôi mãn kinh rồi.", "Bạn đã mãn kinh chưa?")
_MENOPAUSE = lazy(rf"{WHO}\s+{_ASK}(?:(?P<aux>đang|đã|sắp|chưa)\s+)?(?:(?P<in>trong)\s+(?:thời\s+(?:kỳ|kì)|giai\s+đoạn)"
                  rf"\s+)?(?P<pre>tiền\s+)?mãn\s+kinh(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# ... at an age ("Mẹ tôi mãn kinh năm 50 tuổi.", "Bà tôi mãn kinh ở tuổi năm mươi.")
_AGE = lazy(rf"{WHO}\s+(?:đã\s+)?mãn\s+kinh\s+(?:(?:năm|lúc|khi)\s+(?P<n>{_NUM})\s+tuổi|(?:ở\s+)?tuổi\s+"
            rf"(?P<n2>{_NUM}))\s*(?P<end>[.!]*)")

# ... and in English
_BE = r"\s+is|\s+am|\s+are|['’]s|['’]m|['’]re"
_OWN = r"(?P<own>my|your|her)"
_OWN_OF = {"tôi": "my", "bạn": "your"}  # (whose period, of who in Vietnamese: "her" for any other)
_OWNER_EN = rf"(?:(?P<poss>(?i:my|your|her))|(?P<someone>{SOMEONE_EN})['’]s)"
_ON_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?P<aux>{_BE}|\s+has|\s+have|(?:['’]s|['’]ve|\s+has|\s+have)\s+got|"
              rf"\s+got)?\s+(?P<on>on\s+)?{_OWN}\s+period\s*(?P<end>[.!?]*)")
_FIRST_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just))?\s+"
                 rf"(?:had|got)\s+{_OWN}\s+(?:very\s+)?first\s+period(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_PAINS_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are|Am)\s+)?{WHO_EN}(?P<aux>{_BE}|\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                 r"(?:\s+(?P<often>often|usually))?\s+(?P<verb>have|has|get|gets|having|getting)\s+"
                 r"(?P<bad>(?:really\s+)?bad\s+)?(?:period\s+(?:pains?|cramps)|menstrual\s+(?:cramps|pains?))"
                 r"\s*(?P<end>[.!?]*)")
_LATE_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_OWNER_EN}\s+period(?P<be>\s+is(?:\s+not)?|['’]s|\s+isn['’]t)?"
                rf"(?:\s+(?P<n>{_NUM_EN})\s+(?P<unit>days?|weeks?))?\s+late\s*(?P<end>[.!?]*)")
_REGULAR_EN = lazy(rf"(?:(?P<q>Are|Is)\s+)?{_OWNER_EN}\s+(?P<what>periods|period|menstrual\s+cycle)"
                   r"(?P<be>\s+(?:are|is)(?:\s+not)?|['’](?:re|s)|\s+(?:aren|isn)['’]t)?\s+(?P<reg>irregular|regular)"
                   r"\s*(?P<end>[.!?]*)")
_IRREGULAR_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|(?:['’]s|['’]ve|\s+has|\s+have)\s+got)"
                     r"\s+irregular\s+periods\s*(?P<end>[.!?]*)")
_MENOPAUSE_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Has|Have)\s+)?{WHO_EN}(?P<aux>{_BE}|\s+has|\s+have|['’]ve|"
                     r"\s+(?:has|have)\s+not|\s+(?:hasn|haven)['’]t)?\s+(?:(?P<verb>going\s+through|gone\s+through|"
                     r"been\s+through|went\s+through|approaching|nearing|reached|in)\s+(?:the\s+)?(?P<pre>peri)?"
                     rf"menopause(?:\s+at\s+(?P<age>{_NUM_EN}))?|(?P<adj>(?:peri|post-?)?menopausal))"
                     r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who is on her period, has had her first, has period pains, whose period is
    late or periods irregular, or who is going through or past the menopause; None for any other."""
    if src == "vi":
        return _on(text) or _first(text) or _pains(text) or _late(text) or _regular(text) or _menopause(text)
    return (_on_vi(text) or _first_vi(text) or _pains_vi(text) or _late_vi(text) or _regular_vi(text) or
            _menopause_vi(text))


def _woman(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of WHO in English, whether one ("she has"), and her own whose ("my", "your", "her"): "I",
    "you", "she", a woman by kin or title ("mẹ tôi", "Cô Lan"), or a woman's name; None for a man ("anh", "chú" asked
    too), a pet, "we", "they", one English cannot tell ("bạn tôi", "con tôi", "Minh"), and "I" asked."""
    said = who(m, asked)
    if said is None or animal(m) or keyed(m["who"] or "") in ("anh", "chú") or asked and said[0] == "I":
        return None
    if said[0] in ("I", "you", "she"):
        return *said, EN_WHOSE[said[0]]
    woman = his_her_of(m) == "her" if not m["given"] else woman_named(m["given"])
    return (*said, "her") if woman else None


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "her", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?" (True) or says (False); None for a "?" on a statement,
    "có" or "không?" alone, or "không" both denying and asking."""
    asked = bool(m["asked"])
    wrong = asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m.groupdict().get("not")
    return None if wrong else asked


def _on(text: str) -> str | None:
    """"Tôi đang đến tháng." as "I'm on my period.", "Bạn có đang đến tháng không?" and "Bạn đang đến tháng à?" as
    "Are you on your period?", "Tôi đến tháng rồi." as "I've got my period." (_ON); None for anything else, "có kinh"
    without "đang" (her first?), and "có … không?" without "đang" (does she have periods?)."""
    m = _ON.fullmatch(text)
    if not m or m["a"] and (m["asked"] or m["ask"] or "?" not in m["end"]):
        return None
    asked, what = bool(m["a"]) or _asked(m), keyed(m["what"]).removeprefix("bị ")
    if asked is None or m["done"] and (asked or m["now"] or what != "đến tháng"):
        return None
    if not (m["now"] or m["done"]) and (m["ask"] or what != "đến tháng" and not what.startswith("trong")):
        return None
    if (said := _woman(m, asked)) is None:
        return None
    who_, one, own = said
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} got {own} period{stop(m['end'])}"))
    if asked:
        return f"{be(who_).capitalize()} {who_} on {own} period?"
    return capitalised(contracted(who_, f"{be(who_)} on {own} period{stop(m['end'])}"))


def _first(text: str) -> str | None:
    """"Con gái tôi vừa có kinh lần đầu." as "My daughter has just had her first period.", "Con gái bạn đã có kinh lần
    đầu chưa?" as "Has your daughter had her first period yet?" (_FIRST); None for anything else, and a bare "có kinh
    lần đầu" (when?)."""
    m = _FIRST.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := _woman(m, asked)) is None:
        return None
    (who_, one, own), aux = said, keyed(m["aux"] or "")
    has = "has" if one else "have"
    if asked:
        return None if m["done"] or aux not in ("", "đã") else f"{has.capitalize()} {who_} had {own} first period yet?"
    if not (aux or m["done"]):
        return None
    just = " just" if aux in ("vừa", "mới", "vừa mới") else ""
    return capitalised(contracted(who_, f"{has}{just} had {own} first period{stop(m['end'])}"))


def _pains(text: str) -> str | None:
    """"Tôi bị đau bụng kinh." as "I have period pains.", "Chị tôi hay bị đau bụng kinh." as "My sister often gets
    period pains.", "Bạn có bị đau bụng kinh không?" as "Do you have period pains?", "Tôi đang bị đau bụng kinh nặng."
    as "I'm having bad period pains." (_PAINS); None for anything else, "lắm" without "nặng", and "không" with "hay"."""
    m = _PAINS.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or m["much"] and not m["bad"] or m["not"] and (m["how"] or m["bad"]) or (
            said := _woman(m, asked)) is None:
        return None
    (who_, one, _), how = said, keyed(m["how"] or "")
    pains = f"{'really ' * bool(m['much'])}{'bad ' * bool(m['bad'])}period pains"
    if how == "đang":
        return (f"{be(who_).capitalize()} {who_} having {pains}?" if asked else
                capitalised(contracted(who_, f"{be(who_)} having {pains}{stop(m['end'])}")))
    # ("hay", "thường": a habit, "often get"; "bị" alone: now or as a rule, as "have" says it)
    return present(who_, one, "get" if how else "have", pains, asked, bool(m["not"]), m["end"], "often " * bool(how))


def _late(text: str) -> str | None:
    """"Tôi bị chậm kinh một tuần." as "My period is a week late.", "Bạn có bị chậm kinh không?" as "Is your period
    late?", "Tôi không bị chậm kinh." as "My period isn't late." (_LATE); None for anything else, how late asked or
    denied, and days or weeks past a month or two."""
    m = _LATE.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (m["n"] or m["done"]) and (asked or m["not"]) or (said := _woman(m, asked)) is None:
        return None
    whose, by = _whose(said[0]), ""
    if m["n"]:
        n, unit = _count(m["n"]), ("day" if keyed(m["unit"]) == "ngày" else "week")
        if not 1 <= n <= (30 if unit == "day" else 8):
            return None
        by = f"a {unit} " if n == 1 else f"{en_word(n)} {unit}s "
    if asked:
        return f"Is {whose} period late?"
    is_ = "isn't" if m["not"] else "is"
    return capitalised(f"{whose} period {is_} {by}late{stop(m['end'])}")


def _count(said: str) -> int:
    """A count in figures or in Vietnamese words ("một", "năm mươi") as a number."""
    return int(said) if said.isdigit() else _N_VI[keyed(said)]


def _regular(text: str) -> str | None:
    """"Kinh nguyệt của tôi không đều." as "My periods are irregular.", "Chu kỳ kinh nguyệt của bạn có đều không?" as
    "Is your menstrual cycle regular?" (_REGULAR), "Tôi bị kinh nguyệt không đều." as "I have irregular periods."
    (_IRREGULAR); None for anything else."""
    if m := _IRREGULAR.fullmatch(text):
        said = None if (asked := _asked(m)) is None else _woman(m, asked)
        return said and present(said[0], said[1], "have", "irregular periods", asked, end=m["end"])
    m = _REGULAR.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := _woman(m, asked)) is None:
        return None
    whose = _whose(said[0])
    what, be_ = ("menstrual cycle", "is") if m["cycle"] else ("periods", "are")
    if asked:
        return f"{be_.capitalize()} {whose} {what} regular?"
    return capitalised(f"{whose} {what} {be_} {'ir' * bool(m['not'])}regular{stop(m['end'])}")


def _menopause(text: str) -> str | None:
    """"Mẹ tôi đang trong thời kỳ mãn kinh." as "My mother is going through menopause.", "Bà tôi mãn kinh rồi." as "My
    grandmother has gone through menopause.", "Mẹ tôi sắp mãn kinh." as "My mother is approaching menopause.", "Bạn đã
    mãn kinh chưa?" as "Have you gone through menopause yet?" (_MENOPAUSE), "Mẹ tôi mãn kinh năm 50 tuổi." as "My
    mother went through menopause at 50." (_AGE); None for anything else, and a bare "mãn kinh" (when?)."""
    if m := _AGE.fullmatch(text):
        said, age = _woman(m, False), m["n"] or m["n2"]
        if said is None or not 30 <= _count(age) <= 65:
            return None
        at = age if age.isdigit() else en_word(_count(age))
        return capitalised(f"{said[0]} went through menopause at {at}{stop(m['end'])}")
    m = _MENOPAUSE.fullmatch(text)
    if not m or bool(m["asked"] or m["yet"]) != ("?" in m["end"]) or m["asked"] and m["yet"]:
        return None
    asked = _asked(m) if m["asked"] or m["ask"] else bool(m["yet"])
    if asked is None or (said := _woman(m, asked)) is None:
        return None
    who_, aux, has = said[0], keyed(m["aux"] or ""), "has" if said[1] else "have"
    pre = "peri" if m["pre"] else ""
    if (aux == "đang" or m["in"]) and aux in ("", "đang") and not (m["done"] or m["yet"]):
        return (f"{be(who_).capitalize()} {who_} going through {pre}menopause?" if m["asked"] else
                capitalised(contracted(who_, f"{be(who_)} going through {pre}menopause{stop(m['end'])}")))
    if m["in"] or m["pre"] or m["asked"] or m["done"] and m["yet"]:
        return None
    if m["yet"]:
        return f"{has.capitalize()} {who_} gone through menopause yet?" if aux in ("", "đã") else None
    if aux in ("đã", "") and (aux or m["done"]):
        return capitalised(contracted(who_, f"{has} gone through menopause{stop(m['end'])}"))
    if aux in ("sắp", "chưa") and not m["done"]:
        said_ = f"{be(who_)} approaching menopause" if aux == "sắp" else f"{has}n't gone through menopause yet"
        return capitalised(contracted(who_, f"{said_}{stop(m['end'])}"))
    return None


def _woman_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether English said it with "-s": "I", "you", "she", a woman by
    kin ("my mother"), or a Vietnamese woman's name; None for "he", "we", "they", a man, a pet, and any other name."""
    if animal(m):
        return None
    who_, one = who_vi(m)
    if m["who"]:
        return (who_, one) if m["who"].lower() in ("i", "you", "she") else None
    woman = his_her(who_) == "her" if m["kin"] else m["given"] in _WOMEN_EN
    return (who_, one) if woman else None


def _owner_vi(m: re.Match) -> str | None:
    """Whose of a match of _OWNER_EN in Vietnamese, as who ("tôi" of "my", "mẹ tôi" of "my mother's"); None for a
    man's and anyone not known as a woman."""
    if m["poss"]:
        return {"my": "tôi", "your": "bạn", "her": "cô ấy"}[m["poss"].lower()]
    found = re.fullmatch(WHO_EN, " ".join(m["someone"].split()))
    return found and (said := _woman_vi(found)) and said[0] or None


def _said_vi(who_: str, asked: bool, what: str, end: str, yet: bool = False) -> str:
    """Who and what of her in Vietnamese: said ("Tôi đang đến tháng."), asked "có … không?" or "… chưa?" (`yet`)."""
    if yet:
        return capitalised(f"{who_} {what} chưa?")
    return capitalised(f"{who_} có {what} không?" if asked else f"{who_} {what}{stop(end)}")


def _checked(pattern, text: str, first: str = "") -> tuple[re.Match, str, bool] | None:
    """A match of `pattern` over WHO_EN, who in Vietnamese and whether asked; None where it does not match, a "?"
    is not a question's, who is not a woman, "I" asks, or the auxiliary (or `first`, the verb) does not agree."""
    m = pattern.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _woman_vi(m)) is None or m["q"] and said[0] == "tôi":
        return None
    # ("doesn't" read as "does not", so that "She don't", "I hasn't" are seen not to agree)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    how = "has" * (aux.endswith("got") or m.groupdict().get("verb") in ("gone through", "been through", "reached"))
    return (m, said[0], bool(m["q"])) if aux_agrees(m, aux, how, said[1]) and _third(m, first, said[1]) else None


def _third(m: re.Match, first: str, one: bool) -> bool:
    """Whether the verb of group `first`, with no auxiliary nor question before it, agrees with who ("she gets")."""
    verb = m[first] if first and not (m["aux"] or m["q"]) else None
    return verb is None or verb in ("having", "getting") or verb.endswith("s") == one


def _on_vi(text: str) -> str | None:
    """"I'm on my period." as "Tôi đang đến tháng.", "Is she on her period?" as "Cô ấy có đang đến tháng không?",
    "I've got my period." as "Tôi đang đến tháng.", "I got my period." as "Tôi đến tháng rồi." (_ON_EN); None for
    anything else, and whose period not who's own ("I'm on her period")."""
    if (found := _checked(_ON_EN, text)) is None:
        return None
    m, who_, asked = found
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    is_ = bool(m["q"]) or aux in ("is", "am", "are", "'s", "'m", "'re")
    if m["own"] != _OWN_OF.get(who_, "her") or bool(m["on"]) != is_ or not (aux or asked):
        return None
    if aux == "got":
        return capitalised(f"{who_} đến tháng rồi{stop(m['end'])}")
    return _said_vi(who_, asked, "đang đến tháng", m["end"])


def _first_vi(text: str) -> str | None:
    """"My daughter has just had her first period." as "Con gái tôi vừa có kinh lần đầu.", "Has your daughter had her
    first period yet?" as "Con gái bạn đã có kinh lần đầu chưa?" (_FIRST_EN); None for anything else."""
    if (found := _checked(_FIRST_EN, text)) is None:
        return None
    m, who_, asked = found
    if m["own"] != _OWN_OF.get(who_, "her") or m["yet"] and not asked or asked and (m["aux"] or m["just"]):
        return None
    return _said_vi(who_, False, f"{'vừa' if m['just'] else 'đã'} có kinh lần đầu", m["end"], yet=asked)


def _pains_vi(text: str) -> str | None:
    """"I have period pains." as "Tôi bị đau bụng kinh.", "My sister often gets period pains." as "Chị tôi hay bị đau
    bụng kinh.", "Do you get period pains?" as "Bạn có bị đau bụng kinh không?", "I'm having bad period cramps." as
    "Tôi đang bị đau bụng kinh nặng." (_PAINS_EN); None for anything else, and a verb not agreeing with who."""
    if (found := _checked(_PAINS_EN, text, "verb")) is None:
        return None
    m, who_, asked = found
    aux, verb, q = " ".join((m["aux"] or "").lower().replace("’", "'").split()), m["verb"], (m["q"] or "").lower()
    being, not_ = verb in ("having", "getting"), "not" in aux or "n't" in aux
    if being != (q in ("is", "are", "am") or aux in ("is", "am", "are", "'s", "'m", "'re")) or q and aux or (
            m["often"] and (being or not_)) or not_ and m["bad"] or verb in ("has", "gets") and (q or aux):
        return None
    bad = (" rất nặng" if "really" in m["bad"] else " nặng") if m["bad"] else ""
    how = "đang " if being else {"often": "hay ", "usually": "thường "}.get(m["often"] or "", "")
    return _said_vi(who_, asked, f"{'không ' * not_}{how}bị đau bụng kinh{bad}", m["end"])


def _late_vi(text: str) -> str | None:
    """"My period is a week late." as "Tôi bị chậm kinh một tuần.", "Is your period late?" as "Bạn có bị chậm kinh
    không?" (_LATE_EN); None for anything else, a man's, how late asked or denied, and "a days", "two week"."""
    m = _LATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or (who_ := _owner_vi(m)) is None:
        return None
    not_, by = bool(re.search(r"not|n['’]t", m["be"] or "")), ""  # ("isn’t" curly too: not read as "is")
    if m["n"]:
        said, n = m["n"].lower(), _n_en(m["n"])
        if m["q"] or not_ or (n == 1) == m["unit"].endswith("s") or not 1 <= n <= (30 if "day" in m["unit"] else 8):
            return None
        by = f" {said if said.isdigit() else vi_word(n)} {'ngày' if 'day' in m['unit'] else 'tuần'}"
    if m["q"] and who_ == "tôi":
        return None
    return _said_vi(who_, bool(m["q"]), f"{'không ' * not_}bị chậm kinh{by}", m["end"])


def _regular_vi(text: str) -> str | None:
    """"My periods are irregular." as "Kinh nguyệt của tôi không đều.", "Are your periods regular?" as "Kinh nguyệt
    của bạn có đều không?" (_REGULAR_EN), "I have irregular periods." as "Tôi bị kinh nguyệt không đều.", "Are your
    periods irregular?" as "Bạn có bị kinh nguyệt không đều không?" (_IRREGULAR_EN); None for anything else, "is"
    with "periods", "not irregular", and a cycle asked irregular."""
    if found := _checked(_IRREGULAR_EN, text):
        m, who_, asked = found
        return None if asked and keyed(m["aux"]) != "have" else _said_vi(who_, asked, _IRREGULAR_VI, m["end"])
    m = _REGULAR_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or (who_ := _owner_vi(m)) is None:
        return None
    be_ = " ".join((m["q"] or m["be"]).lower().replace("’", "'").split())
    not_, cycle, irregular = "not" in be_ or "n't" in be_, m["what"] == "menstrual cycle", m["reg"] == "irregular"
    if be_.startswith(("are", "'re")) != (m["what"] == "periods") or not_ and irregular or m["q"] and who_ == "tôi":
        return None
    what = "Chu kỳ kinh nguyệt" if cycle else "Kinh nguyệt"
    if m["q"] and irregular:  # ("Bạn có bị kinh nguyệt không đều không?"; a cycle so: left)
        return None if cycle else _said_vi(who_, True, _IRREGULAR_VI, "")
    if m["q"]:
        return f"{what} của {who_} có đều không?"
    return f"{what} của {who_} {'không ' * (not_ or irregular)}đều{stop(m['end'])}"


def _menopause_vi(text: str) -> str | None:
    """"My mother is going through menopause." as "Mẹ tôi đang trong thời kỳ mãn kinh.", "My grandmother has gone
    through menopause." as "Bà tôi mãn kinh rồi.", "Has she reached menopause yet?" as "Cô ấy đã mãn kinh chưa?",
    "She is perimenopausal." as "Cô ấy đang trong thời kỳ tiền mãn kinh.", "My mother went through menopause at 50."
    as "Mẹ tôi mãn kinh ở tuổi 50." (_MENOPAUSE_EN); None for anything else, and a form not the verb's."""
    if (found := _checked(_MENOPAUSE_EN, text)) is None:
        return None
    m, who_, asked = found
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("’", "'").split())
    verb, adj, done = " ".join((m["verb"] or "").split()), (m["adj"] or "").lower(), ("gone through", "been through",
                                                                                        "reached")
    form = ("be" if aux in ("is", "am", "are", "'m", "'re") or aux == "'s" and verb not in done else
            "not" if "not" in aux or "n't" in aux else "has" if aux else "")
    if m["q"] and m["aux"] or m["age"] and (form or verb not in ("went through", "reached") or not 30 <= _n_en(
            m["age"]) <= 65) or m["yet"] and form not in ("has", "not"):
        return None
    if adj:  # ("She is menopausal.", "perimenopausal", "post-menopausal": gone through it)
        if form != "be" or m["yet"]:
            return None
        pre = "tiền " if adj.startswith("peri") else ""
        if adj.startswith("post"):
            return _said_vi(who_, False, "đã mãn kinh" if asked else "mãn kinh rồi", m["end"], yet=asked)
        return _said_vi(who_, asked, f"đang trong thời kỳ {pre}mãn kinh", m["end"])
    if form == "be" and verb in ("going through", "in"):
        return _said_vi(who_, asked, f"đang trong thời kỳ {'tiền ' * bool(m['pre'])}mãn kinh", m["end"])
    if m["pre"] or m["yet"] and not (asked or form == "not"):
        return None
    if form == "be" and verb in ("approaching", "nearing") and not asked:  # ("có sắp … không?": not surely said so)
        return _said_vi(who_, asked, "sắp mãn kinh", m["end"])
    if verb in done and form in ("has", "not"):
        said = "đã mãn kinh" if asked else "chưa mãn kinh" if form == "not" else "mãn kinh rồi"
        return _said_vi(who_, False, said, m["end"], yet=asked)
    if not form and verb in ("went through", "reached") and not m["q"]:
        return _said_vi(who_, False, f"mãn kinh ở tuổi {_age_vi(m['age'])}" if m["age"] else "đã mãn kinh", m["end"])
    return None


def _age_vi(said: str) -> str:
    """An age said in English in figures or words, in Vietnamese: "50", "năm mươi"."""
    return said if said.isdigit() else vi_word(_n_en(said))


def _n_en(said: str) -> int:
    """A count said in English in figures or words ("3", "a", "forty-eight") as a number."""
    return int(said) if said.isdigit() else _N_EN[said.lower()]
