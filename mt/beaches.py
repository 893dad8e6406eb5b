"""Beaches, both ways, written whole by rule: going to the beach and swimming in the sea ("đi biển", "đi tắm biển"),
on a day behind or ahead, or as a habit; liking it, building sandcastles, sunbathing or collecting shells; doing
those now or on a day behind; and the sea rough or calm, the waves big. v8 (rules on) reads "tắm biển" as bathing,
"động" as launched or moved, "êm" as blew, "sóng" as flakes, "lâu đài cát" as a sand castle or sand for the castle,
and "rough" as "ho" (a cough): "Chúng tôi đi tắm biển." → "We're bathing.", "Hôm nay biển động, không tắm được." →
"Today the sea was launched, not bathed.", "Biển êm." → "The sea was blew.", "Sóng to quá." → "The flakes are too.",
"Con tôi thích xây lâu đài cát." → "I like to build sand castle.", "Mẹ tôi thích tắm nắng." → "My mother likes sun
show.", "Tôi không thích tắm biển." → "I don't like tower.", "Nhà tôi đi biển mỗi mùa hè." → "My house went to the
sea every summer."; "The sea is too rough to swim today." → "Hôm nay, biển quá ho để bơi lội.", "The sea is calm." →
"Bờ biển bình tĩnh.", "The waves are big today." → "Hôm nay vẫy tay lớn.", "My kids love building sandcastles." →
"Con tôi rất thích xây dựng những chiếc cát.", "Do you like going to the beach?" → "Bạn có muốn đi biển không?"
(want), "Lan loves going to the beach." → "Lan yêu con đi biển.".

Taken: who (mt.hobbies.WHO, WHO_EN; parents, "nhà tôi" as "my family", "các con tôi" as "my children", "bọn trẻ" as
"the kids": mt.noise.GROUPS) going to the beach or swimming in the sea on a day behind (said, denied, asked) or "đã",
on a day ahead (said, denied, asked) or "sẽ"; as a habit ("Mùa hè nào … cũng", "mỗi mùa hè", "hằng năm"; "hay",
"thường" … with swimming, or with "vào mùa hè"); liking (loving, not liking, asked) going to the beach, swimming in
the sea, building sandcastles, sunbathing, collecting shells; doing the last four now ("đang", on the beach) or on a
day behind or "đã" (said, denied, asked); the sea rough or calm, the waves big, now, today or on a day behind (very,
really, quite, a bit rough; denied, asked), and too rough to swim. Left: "Chúng tôi đi tắm biển." and "We're going
to the beach." (now, a plan, or the past?), "đi biển" as a habit with no summer nor year ("Bố tôi thường đi biển.": a
fisherman goes to sea), "ra biển", "went to the sea" (to sea?), a day ahead for the sea (a forecast), waves too big
to swim (in?), "trẻ con" (children in general), pets, "anh", "chị", "em" alone saying it, "I" asked, two days,
"nhỉ", companions ("với bạn"), suggestions ("Đi biển không?": mt/suggestions.py), sunburn at the beach
(mt/sunburn.py), the water cold or warm and lifeguards (mt/pools.py), kites on the beach (mt/kites.py), walks along
it (mt/walks.py), swimming as a child (mt/childhood.py), and anything else.
mt.phrasebook.translate tries these after mt/aquariums.py.

    >>> translate("Hôm nay biển động, không tắm được.", "vi", "en"), translate("Do you like sunbathing?", "en", "vi")
    ('The sea is too rough to swim today.', 'Bạn có thích tắm nắng không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, alternatives, capitalised, contracted, keyed, present, progressive, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:biển|sóng|lâu\s+đài\s+cát|tắm\s+nắng|vỏ\s+sò|vỏ\s+ốc)"),
         "en": lazy(r"(?i:beach|seaside|sea\b|sandcastle|sunbath|shells|waves)")}

# the days a trip is said on: behind (went) and ahead (going); the sea is said today or on a day behind
_DAYS = near_days("hôm qua", "hôm kia", "cuối tuần trước", "cuối tuần rồi", "tuần trước", "tháng trước", "năm ngoái",
                  "năm trước", "ngày mai", "ngày kia", "ngày mốt", "cuối tuần sau", "cuối tuần tới", "tuần sau",
                  "tuần tới", "tháng sau", "tháng tới", "năm sau", "năm tới")
_SEA_DAYS = near_days("hôm nay", "sáng nay", "chiều nay", "hôm qua", "hôm kia")
_DAYS_VI = {en: vi for vi, en in reversed((_DAYS | _SEA_DAYS).items())}
# going (the first Vietnamese of each is written back), and what is liked or done: -ing, past, base
_GO = {"đi biển": "to the beach", "đi tắm biển": "swimming in the sea"}
_GO_VI = {"to the beach": "đi biển", "to the seaside": "đi biển", "swimming in the sea": "đi tắm biển"}
_DOING = {"tắm biển": ("swimming in the sea", "swam in the sea", "swim in the sea"),
          "bơi ở biển": ("swimming in the sea", "swam in the sea", "swim in the sea"),
          "xây lâu đài cát": ("building sandcastles", "built sandcastles", "build sandcastles"),
          "tắm nắng": ("sunbathing", "sunbathed", "sunbathe"),
          "nhặt vỏ sò": ("collecting shells", "collected shells", "collect shells"),
          "nhặt vỏ ốc": ("collecting shells", "collected shells", "collect shells")}
_LIKED = {"đi biển": "going to the beach"} | {vi: ing for vi, (ing, *_) in _DOING.items()} | {
    "đi tắm biển": "swimming in the sea"}
_LIKED_VI = {en: vi for vi, en in reversed(_LIKED.items())} | {
    "going to the seaside": "đi biển", "to go to the beach": "đi biển", "to swim in the sea": "tắm biển",
    "making sandcastles": "xây lâu đài cát", "to build sandcastles": "xây lâu đài cát", "to sunbathe": "tắm nắng",
    "collecting seashells": "nhặt vỏ sò", "to collect shells": "nhặt vỏ sò"}
_DOING_VI = {en: (vi, kind) for vi, forms in reversed(_DOING.items())
             for en, kind in zip(forms, ("ing", "past", "base"))}
# a habit: "Mùa hè nào … cũng", "… mỗi mùa hè"; "in summer" only with how often ("vào mùa hè" alone may be a plan)
_EVERY_NAO = {"mùa hè": "every summer", "hè": "every summer", "năm": "every year", "cuối tuần": "every weekend"}
_EVERY = {"mỗi mùa hè": "every summer", "mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year",
          "mỗi cuối tuần": "every weekend"}
_NAO_VI = {en: vi for vi, en in reversed(_EVERY_NAO.items())}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
_IN = {"vào mùa hè": "in summer", "vào dịp hè": "in summer"}
# the sea and the waves, how (English: the sea's "rough", "calm"; the waves' "big"), and how much
_HOW = {("biển", "động"): "rough", ("biển", "êm"): "calm", ("biển", "lặng"): "calm", ("sóng", "to"): "big",
        ("sóng", "lớn"): "big"}
_HOW_VI = {("sea", "rough"): "động", ("sea", "choppy"): "động", ("sea", "calm"): "êm", ("waves", "big"): "to"}
_BEFORE = {"rất": "very", "khá": "quite", "hơi": "a bit"}
_BEFORE_VI = {"very": "rất", "quite": "khá", "a bit": "hơi"}
_DIDNT, _NOT = "didn't", "n't"  # (for f-strings)

# who: parents, a family, one's children, the kids, or mt.hobbies' (a pronoun, kin and whose, a name)
_OWNER = rf"(?i:{alternatives(OWNERS)})"
# (not "trẻ con" alone: "Trẻ con thích xây lâu đài cát." is children in general, not "the kids")
_GROUPS = {vi: said for vi, said in GROUPS.items() if vi != "trẻ con"}
_WHO = (rf"(?:{PARENTS_WHOSE}|(?i:nhà|gia\s+đình)\s+(?:của\s+)?(?P<fwhose>{_OWNER})|(?i:các\s+con)\s+(?:của\s+)?"
        rf"(?P<kwhose>{_OWNER})|(?P<group>(?i:{alternatives(_GROUPS)}))|{WHO})")
_WHO_EN = (rf"(?:{PARENTS_WHOSE_EN}|(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|(?P<kwhose>(?i:{WHOSE_WORDS}))\s+"
           rf"(?:kids|children)|(?P<group>(?i:the\s+kids|the\s+children|everyone|everybody))|{WHO_EN})")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_AT = r"(?:\s+(?P<day1>{0}))?"  # (a day after what is said: "Chúng tôi đi biển hôm qua.")
_ASK = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"

_GOING = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<aux>đã|sẽ)\s+)?{_ASK}(?P<go>(?i:{alternatives(_GO)}))"
              rf"{_AT.format(_DAY)}{ASKED_END}")
_HABIT = lazy(rf"(?:(?P<nao>(?i:{alternatives(_EVERY_NAO)}))\s+nào\s+)?{_WHO}\s+(?P<also>cũng\s+)?(?:(?P<ask>có)\s+)?"
              rf"(?:(?P<often>(?i:{alternatives(SELDOM)}))\s+)?(?P<go>(?i:{alternatives(_GO)}))(?:\s+(?P<every>(?i:"
              rf"{alternatives(_EVERY)}))|\s+(?P<in>(?i:{alternatives(_IN)})))?{ASKED_END}")
_LIKE = lazy(rf"{_WHO}\s+{_ASK}(?:(?P<much>rất)\s+)?thích\s+(?P<act>(?i:{alternatives(_LIKED)}))(?:\s+(?P<lots>lắm))?"
             rf"{ASKED_END}")
_DOING_RE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<aux>đang|đã)\s+)?{_ASK}(?P<act>(?i:"
                 rf"{alternatives(_DOING)}))(?P<on>\s+(?i:trên|ở|ngoài)\s+bãi\s+biển)?{_AT.format(_DAY)}{ASKED_END}")
_SEA_DAY = rf"(?i:{alternatives(_SEA_DAYS)})"
_SEA = lazy(rf"(?:(?P<day0>{_SEA_DAY})\s*,?\s+)?(?P<sea>(?i:biển|sóng(?:\s+biển)?)){_AT.format(_SEA_DAY)}\s+{_ASK}"
            r"(?:(?P<before>rất|khá|hơi)\s+)?(?P<how>động|êm|lặng|to|lớn)(?:\s+(?P<after>quá|lắm))?"
            rf"(?P<swim>(?:\s*,\s*|\s+nên\s+)không\s+tắm\s+được)?{ASKED_END}")

# ... and in English (the days at the end)
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_GOING_EN = lazy(rf"(?:(?P<q>Did|Are|Is|Am)\s+)?{_WHO_EN}(?P<aux>\s+(?:is|are|am|will|won't|didn't|did|isn't|aren't)|"
                 rf"'(?:s|re|m|ll))?(?:\s+(?P<not>not))?\s+(?P<verb>went|go|going)\s+(?P<go>{alternatives(_GO_VI)})"
                 rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
_HABIT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}\s+(?:(?P<often>{alternatives(HABIT_VI)})\s+)?(?P<verb>go|goes)\s+"
                 rf"(?P<go>{alternatives(_GO_VI)})(?:\s+(?P<every>every\s+(?:summer|year|weekend))|\s+(?P<in>in\s+"
                 r"(?:the\s+)?summer))?\s*(?P<end>[.!?]*)")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?P<aux>\s+(?:don't|doesn't|do\s+not|does\s+not))?(?:\s+"
                rf"(?P<really>really))?\s+(?P<verb>likes?|loves?|enjoys?)\s+(?P<act>{alternatives(_LIKED_VI)})"
                r"\s*(?P<end>[.!?]*)")
_DOING_EN = lazy(rf"(?:(?P<q>Did)\s+)?{_WHO_EN}(?P<aux>\s+(?:is|are|am|didn't|did\s+not)|'(?:s|re|m))?\s+"
                 rf"(?P<act>{alternatives(_DOING_VI)})(?P<on>\s+on\s+the\s+beach)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_SEA_EN = lazy(r"(?:(?P<q>Is|Are|Was|Were)\s+)?(?P<sea>[Tt]he\s+(?:sea|waves))(?P<aux>\s+(?:is|are|was|were)(?:\s+not|"
               r"n't)?|'s|'re)?(?:\s+(?P<much>very|really|so|quite|a\s+bit|too))?\s+(?P<how>rough|choppy|calm|big)"
               rf"(?P<swim>\s+to\s+swim)?{_DAY_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who goes to the beach or swims in the sea, likes or does what
    is done there, or how the sea is; None for any other."""
    if src == "vi":
        return _going(text) or _habit(text) or _like(text) or _doing(text) or _sea(text)
    text = text.replace("’", "'")
    return _going_vi(text) or _habit_vi(text) or _like_vi(text) or _doing_vi(text) or _sea_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False where it says; None for "có" or "không?" alone, for
    "không" asked, and for two days said."""
    asked, groups = bool(m["asked"]), m.groupdict()
    ok = asked == ("?" in m["end"]) == bool(groups.get("ask")) and not (asked and groups.get("not"))
    return asked if ok and not (groups.get("day0") and groups.get("day1")) else None


def _read(pattern: re.Pattern, text: str) -> tuple[re.Match | None, bool, tuple[str, bool] | None]:
    """A match of `pattern` (of _WHO) in the whole text, whether it asks, and who in English (as _who gives it);
    who None where it does not match or asks wrongly (_asked)."""
    m = pattern.fullmatch(text)
    asked = _asked(m) if m else None
    return m, bool(asked), None if asked is None else _who(m, asked)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether English says it with "-s": "my parents", "my family" (True),
    "my children", "the kids", or mt.hobbies.who; None for a pet, "anh" alone saying it, and "I" asked."""
    said = (parents_said(m, "en"), False) if m["parents"] else (f"{OWNERS[keyed(m['fwhose'])]} family", True) \
        if m["fwhose"] else (f"{OWNERS[keyed(m['kwhose'])]} children", False) if m["kwhose"] else \
        _GROUPS[keyed(m["group"])] if m["group"] else None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": "bố mẹ tôi", "nhà tôi" (my
    family, True), "các con tôi", "bọn trẻ", or mt.hobbies.who_vi; None for a pet, and "I" asked (as _who)."""
    if m["parents"]:
        return parents_said(m, "vi"), False
    if m["fwhose"] or m["kwhose"]:
        whose = WHOSE_VI[(m["fwhose"] or m["kwhose"]).lower()]
        return (f"nhà {whose}", True) if m["fwhose"] else (f"các con {whose}", False)
    if m["group"]:
        group = " ".join(m["group"].lower().split())
        return GROUPS_VI[group], group.startswith("every")
    return None if animal(m) or m["q"] and (m["who"] or "").lower() == "i" else who_vi(m)


def _be(who_: str, one: bool) -> str:
    """"am", "is" or "are" after who in English (`one`: said with "-s")."""
    return "am" if who_ == "I" else "is" if one else "are"


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether `word`, said after who in English (who in Vietnamese: "tôi" for I) or before it asking, agrees
    with who: "she is", "we are", "I am", "does he", "my family doesn't"."""
    word = {"'s": "is", "'re": "are", "'m": "am"}.get(word.lower(), word.lower())
    if word in ("am", "isn't", "is", "are", "aren't"):
        return word == "am" if who_ == "tôi" else word.startswith("is") == one and word != "am"
    if word.startswith(("does", "do")):
        return word.startswith("does") == one
    return True


def _on(day: str | None) -> tuple[str, str]:
    """A day of a match in English, with a space before it (" yesterday"), and whether it is "behind", "ahead" or
    "today" (mt.dates.NEAR_WAY); ("", "") for none."""
    day = keyed(day or "")
    return (f" {(_DAYS | _SEA_DAYS)[day]}", NEAR_WAY[day]) if day else ("", "")


def _going(text: str) -> str | None:
    """"Hôm qua chúng tôi đi tắm biển." as "We went swimming in the sea yesterday.", "Chúng tôi đã đi biển." as "We
    went to the beach.", "Hôm qua bạn có đi biển không?" as "Did you go to the beach yesterday?", "Tuần sau nhà tôi
    đi biển." as "My family is going to the beach next week.", "Chúng tôi sẽ đi biển." as "We'll go to the beach."
    (_GOING); None for anything else, and with no day nor tense ("Chúng tôi đi tắm biển.": now, a plan, or done?)."""
    m, asked, said = _read(_GOING, text)
    if said is None:
        return None
    (who_, one), aux, not_, (on, way) = said, keyed(m["aux"] or ""), bool(m["not"]), _on(m["day0"] or m["day1"])
    go, end, be_ = _GO[keyed(m["go"])], stop(m["end"]), _be(who_, one)
    if way == "behind" and not (aux == "sẽ" or aux and asked) or aux == "đã" and not (way or asked):
        if asked:
            return f"Did {who_} go {go}{on}?"
        return capitalised(f"{who_} {_DIDNT + ' go' if not_ else 'went'} {go}{on}{end}")
    if way == "ahead" and aux != "đã" and not (aux and asked):
        if asked:
            return f"{be_.capitalize()} {who_} going {go}{on}?"
        if not_ and who_ not in EN_WHOSE:  # ("My family isn't going", "We're not going")
            return capitalised(f"{who_} {be_}n't going {go}{on}{end}")
        return capitalised(contracted(who_, f"{be_}{' not' * not_} going {go}{on}") + end)
    if aux == "sẽ" and not (way or asked):
        return capitalised(f"{who_} won't go {go}{end}" if not_ else contracted(who_, f"will go {go}") + end)
    return None


def _habit(text: str) -> str | None:
    """"Mùa hè nào nhà tôi cũng đi biển." as "My family goes to the beach every summer.", "Chúng tôi đi biển hằng
    năm." as "We go to the beach every year.", "Chúng tôi hay đi tắm biển." as "We often go swimming in the sea.",
    "Bạn có hay đi tắm biển không?" as "Do you often go swimming in the sea?", "Bố mẹ tôi thường đi biển vào mùa hè."
    as "My parents often go to the beach in summer." (_HABIT); None for anything else, and for "đi biển" how often
    with no summer ("Bố tôi thường đi biển.": a fisherman goes to sea)."""
    m = _HABIT.fullmatch(text)
    if not m or bool(m["nao"]) != bool(m["also"]) or bool(m["asked"]) != ("?" in m["end"]) or \
            bool(m["ask"]) != bool(m["asked"]):
        return None
    go, often = keyed(m["go"]), SELDOM.get(keyed(m["often"] or ""))
    every = _EVERY_NAO[keyed(m["nao"])] if m["nao"] else _EVERY[keyed(m["every"])] if m["every"] else ""
    if every and (often or m["in"] or m["ask"] and m["nao"]) or m["in"] and not often or not (every or often) or \
            often and not (m["in"] or go == "đi tắm biển") or m["ask"] and often not in (None, "often"):
        return None
    said = _who(m, bool(m["ask"]))
    if said is None:
        return None
    when = every or (_IN[keyed(m["in"])] if m["in"] else "")
    rest = f"{_GO[go]} {when}".rstrip()
    return present(*said, "go", rest, bool(m["ask"]), end=m["end"], adverb=f"{often} " if often else "")


def _like(text: str) -> str | None:
    """"Con tôi thích xây lâu đài cát." as "My child likes building sandcastles.", "Bạn có thích đi biển không?" as
    "Do you like going to the beach?", "Lan rất thích tắm nắng." as "Lan loves sunbathing.", "Tôi không thích tắm biển
    lắm." as "I don't really like swimming in the sea." (_LIKE); None for anything else."""
    m, asked, said = _read(_LIKE, text)
    if said is None or (m["much"] or m["lots"]) and asked or m["much"] and (m["lots"] or m["not"]):
        return None
    much = m["much"] or m["lots"]
    verb = "like" if asked or m["not"] or not much else "love"
    return present(*said, verb, _LIKED[keyed(m["act"])], asked, bool(m["not"]), m["end"],
                   "really " if m["not"] and much else "")


def _doing(text: str) -> str | None:
    """"Bọn trẻ đang xây lâu đài cát." as "The kids are building sandcastles.", "Mẹ tôi đang tắm nắng trên bãi biển."
    as "My mother is sunbathing on the beach.", "Hôm qua tôi tắm biển." as "I swam in the sea yesterday.", "Hôm qua
    bạn có tắm biển không?" as "Did you swim in the sea yesterday?" (_DOING_RE); None for anything else, and with no
    day nor tense ("Chúng tôi tắm nắng.")."""
    m, asked, said = _read(_DOING_RE, text)
    if said is None:
        return None
    (who_, one), aux, (on, way) = said, keyed(m["aux"] or ""), _on(m["day0"] or m["day1"])
    ing, past, base = _DOING[keyed(m["act"])]
    beach = " on the beach" if m["on"] else ""
    if m["on"] and "sea" in ing or way == "ahead" or aux == "đang" and (on or asked or m["not"]):
        return None  # ("tắm biển trên bãi biển"; "đang" with a day, asked or denied: not read for sure)
    if aux == "đang":
        return progressive(who_, _be(who_, one), f"{ing}{beach}", end=m["end"])
    if way != "behind" and aux != "đã" or aux == "đã" and asked:
        return None
    if asked:
        return f"Did {who_} {base}{beach}{on}?"
    return capitalised(f"{who_} {_DIDNT + ' ' + base if m['not'] else past}{beach}{on}{stop(m['end'])}")


def _sea(text: str) -> str | None:
    """"Biển động." as "The sea is rough.", "Hôm nay biển động, không tắm được." as "The sea is too rough to swim
    today.", "Sóng to quá." as "The waves are really big.", "Hôm qua biển rất êm." as "The sea was very calm
    yesterday.", "Hôm nay biển có động không?" as "Is the sea rough today?", "Biển không động lắm." as "The sea isn't
    very rough." (_SEA); None for anything else, and for a day ahead (a forecast)."""
    m = _SEA.fullmatch(text)
    if not m or (asked := _asked(m)) is None:
        return None
    sea, before, after = keyed(m["sea"]).split()[0], keyed(m["before"] or ""), keyed(m["after"] or "")
    how = _HOW.get((sea, keyed(m["how"])))
    if how is None or before and after or before == "hơi" and how != "rough" or (asked or m["not"]) and (
            before or m["swim"] or after and not (m["not"] and after == "lắm")) or \
            m["swim"] and (before or after == "lắm" or how != "rough"):
        return None  # ("Biển không động quá.", "Biển êm, không tắm được.", "Sóng to, không tắm được." (swim in?),
        # "Biển hơi êm.": a bit calm is not said)
    on, way = _on(m["day0"] or m["day1"])
    subject, be_ = ("the sea", "was" if way == "behind" else "is") if sea == "biển" else \
        ("the waves", "were" if way == "behind" else "are")
    if asked:
        return f"{be_.capitalize()} {subject} {how}{on}?"
    much = "too " if m["swim"] else ("very " if m["not"] else "really ") if after else \
        f"{_BEFORE[before]} " if before else ""
    swim = " to swim" if m["swim"] else ""
    return capitalised(f"{subject} {be_}{_NOT * bool(m['not'])} {much}{how}{swim}{on}{stop(m['end'])}")


def _day_vi(day: str | None) -> tuple[str, str]:
    """A day of an English match in Vietnamese, with a space after it ("hôm qua "), and whether it is "behind",
    "ahead" or "today"; ("", "") for none."""
    vi = _DAYS_VI[" ".join(day.lower().split())] if day else ""
    return (f"{vi} ", NEAR_WAY[vi]) if vi else ("", "")


def _going_vi(text: str) -> str | None:
    """"We went swimming in the sea." as "Chúng tôi đã đi tắm biển.", "We went to the beach yesterday." as "Hôm qua
    chúng tôi đi biển.", "Did you go to the beach yesterday?" as "Hôm qua bạn có đi biển không?", "We're going to
    the beach tomorrow." as "Ngày mai chúng tôi đi biển.", "I'm not going to the beach next week." as "Tuần sau tôi
    không đi biển." (_GOING_EN); None for anything else, where a verb does not agree, and "going" with no day (now,
    or a plan?)."""
    m = _GOING_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_vi(m)
    if not said:
        return None
    (who_, one), verb, go = said, m["verb"], _GO_VI[m["go"].lower()]
    words = f"{m['q'] or ''} {m['aux'] or ''} {m['not'] or ''}".lower().split()
    first, not_ = (words or [""])[0], "not" in words or "won't" in words or any(w.endswith("n't") for w in words)
    day, way = _day_vi(m["day"])
    if not _agrees(first, who_, one) or m["q"] and (m["aux"] or m["not"]) or m["not"] and m["q"]:
        return None
    if verb == "went" and not words and way in ("", "behind"):
        return capitalised(f"{day}{who_} {'' if day else 'đã '}{go}{stop(m['end'])}")
    if verb == "go" and first in ("did", "didn't") and way in ("", "behind") and (day if m["q"] else not_):
        return capitalised(f"{day}{who_} có {go} không?" if m["q"] else f"{day}{who_} {'' if day else 'đã '}không "
                           f"{go}{stop(m['end'])}")
    if verb == "go" and first in ("will", "'ll", "won't") and way in ("", "ahead"):
        return capitalised(f"{day}{who_} sẽ {'không ' * not_}{go}{stop(m['end'])}")
    if verb == "going" and first in ("am", "is", "are", "'m", "'s", "'re", "isn't", "aren't") and way == "ahead":
        return capitalised(f"{day}{who_} có {go} không?" if m["q"] else f"{day}{who_} {'không ' * not_}{go}"
                           f"{stop(m['end'])}")
    return None


def _habit_vi(text: str) -> str | None:
    """"My family goes to the beach every summer." as "Mùa hè nào nhà tôi cũng đi biển.", "We often go swimming in
    the sea." as "Chúng tôi hay đi tắm biển.", "Do you often go to the beach?" as "Bạn có hay đi biển không?", "Do you
    go to the beach every summer?" as "Bạn có đi biển mỗi mùa hè không?" (_HABIT_EN); None for anything else, and
    where the verb does not agree."""
    m = _HABIT_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_vi(m)
    if not said or not (m["every"] or m["often"]) or m["every"] and m["often"] or m["in"] and not m["often"]:
        return None
    (who_, one), go = said, _GO_VI[m["go"].lower()]
    if (m["q"] and (m["q"] == "Does") != one) or (m["q"] is None) and (m["verb"] == "goes") != one or \
            m["q"] and m["verb"] == "goes":
        return None
    every = " ".join((m["every"] or "").split())
    often = HABIT_VI[m["often"].lower()] if m["often"] else ""
    in_ = " vào mùa hè" if m["in"] else ""
    if m["q"]:
        when = f" {_EVERY_VI[every]}" if every else ""
        return capitalised(f"{who_} có {often + ' ' if often else ''}{go}{when}{in_} không?") \
            if often in ("", "hay", "thường") else None
    if every:
        return f"{_NAO_VI[every].capitalize()} nào {who_} cũng {go}{stop(m['end'])}"
    return capitalised(f"{who_} {often} {go}{in_}{stop(m['end'])}")


def _like_vi(text: str) -> str | None:
    """"Do you like going to the beach?" as "Bạn có thích đi biển không?", "My kids love building sandcastles." as
    "Các con tôi rất thích xây lâu đài cát.", "She doesn't like sunbathing." as "Cô ấy không thích tắm nắng.", "I
    don't really like swimming in the sea." as "Tôi không thích tắm biển lắm." (_LIKE_EN); None for anything else,
    where the verb does not agree, "enjoy to", and love asked or denied."""
    m = _LIKE_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_vi(m)
    if not said or m["q"] and (m["aux"] or m["really"]):
        return None
    (who_, one), verb, act = said, m["verb"].lower(), m["act"].lower()
    aux = " ".join((m["q"] or m["aux"] or "").lower().split())
    if aux and (verb.endswith("s") or not _agrees(aux, who_, one)) or not aux and verb.endswith("s") != one or \
            verb.startswith("enjoy") and act.startswith("to ") or (aux or m["really"]) and verb.startswith("love"):
        return None
    act = _LIKED_VI[act]
    if m["q"]:
        return capitalised(f"{who_} có thích {act} không?")
    if aux:
        return capitalised(f"{who_} không thích {act}{' lắm' * bool(m['really'])}{stop(m['end'])}")
    much = "rất " if m["really"] or verb.startswith("love") else ""
    return capitalised(f"{who_} {much}thích {act}{stop(m['end'])}")


def _doing_vi(text: str) -> str | None:
    """"The kids are building sandcastles." as "Bọn trẻ đang xây lâu đài cát.", "My mother is sunbathing on the
    beach." as "Mẹ tôi đang tắm nắng trên bãi biển.", "We collected shells yesterday." as "Hôm qua chúng tôi nhặt vỏ
    sò.", "Did you swim in the sea yesterday?" as "Hôm qua bạn có tắm biển không?" (_DOING_EN); None for anything
    else, where the verb does not agree, and a day with "-ing"."""
    m = _DOING_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_vi(m)
    if not said:
        return None
    (who_, one), (act, kind) = said, _DOING_VI[" ".join(m["act"].lower().split())]
    aux = " ".join((m["q"] or m["aux"] or "").lower().split())
    day, way = _day_vi(m["day"])
    beach = " trên bãi biển" if m["on"] else ""
    if m["on"] and act == "tắm biển" or way not in ("", "behind") or m["q"] and m["aux"]:
        return None
    if kind == "ing":
        ok = aux not in ("", "did", "didn't", "did not") and _agrees(aux, who_, one) and not day
        return capitalised(f"{who_} đang {act}{beach}{stop(m['end'])}") if ok else None
    if kind == "past" and not aux:
        return capitalised(f"{day}{who_} {'' if day else 'đã '}{act}{beach}{stop(m['end'])}")
    if kind == "base" and aux == "did" and day:
        return capitalised(f"{day}{who_} có {act}{beach} không?")
    if kind == "base" and aux in ("didn't", "did not"):
        return capitalised(f"{day}{who_} {'' if day else 'đã '}không {act}{beach}{stop(m['end'])}")
    return None


def _sea_vi(text: str) -> str | None:
    """"The sea is rough today." as "Hôm nay biển động.", "The sea is too rough to swim today." as "Hôm nay biển
    động, không tắm được.", "The waves are really big." as "Sóng to quá.", "Is the sea calm?" as "Biển có êm không?",
    "The sea isn't very rough." as "Biển không động lắm." (_SEA_EN); None for anything else, where "is" does not agree,
    and the past with no day behind."""
    m = _SEA_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["aux"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    sea = m["sea"].split()[1]
    how = _HOW_VI.get((sea, m["how"]))
    be_ = " ".join((m["q"] or m["aux"]).lower().replace("n't", " not").split())
    not_, much = be_.endswith(" not"), " ".join((m["much"] or "").split())
    be_ = {"'s": "is", "'re": "are"}.get(be_, be_).split()[0]
    day, way = _day_vi(m["day"])
    if how is None or (be_ in ("is", "was")) != (sea == "sea") or (be_ in ("was", "were")) != (way == "behind") or \
            way == "ahead" or (much == "too") != bool(m["swim"]) or m["swim"] and (not_ or how != "động") or \
            m["q"] and much or not_ and much not in ("", "very") or much == "a bit" and how != "động":
        return None  # (too calm, or waves too big, to swim (in?), as _sea leaves them; "a bit calm" not said)
    said = "biển" if sea == "sea" else "sóng"
    if m["q"]:
        return capitalised(f"{day}{said} có {how} không?")
    if not_:
        return capitalised(f"{day}{said} không {how}{' lắm' * bool(much)}{stop(m['end'])}")
    if much in ("really", "so"):
        return capitalised(f"{day}{said} {how} quá{stop(m['end'])}")
    before = f"{_BEFORE_VI[much]} " if much in _BEFORE_VI else ""
    return capitalised(f"{day}{said} {before}{how}{', không tắm được' * bool(m['swim'])}{stop(m['end'])}")
