"""An elder's long life celebrated, both ways, written whole by rule: a longevity celebration ("mừng thọ", "lễ mừng
thọ") held for a grandparent or an old one, a round age (sixty to a hundred) with it ("mừng thọ tám mươi"), the
whole family going back home for it, an elder's round birthday celebrated ("sinh nhật lần thứ tám mươi"), and who
has turned a round age ("tròn tám mươi tuổi"). v8 (the rules on) reads "mừng thọ" as celebrating someone or a life,
"tròn" as nothing or "round", and writes "kỉ niệm dài" (a long anniversary) and "biến thành" (changed into) back:
"Nhà tôi sắp mừng thọ bà tôi." → "My house is going to be celebrating my grandmother.", "Chúng tôi tổ chức mừng thọ
tám mươi cho ông tôi." → "We celebrate eighty-five life for us.", "Cả nhà về quê mừng thọ ông." → "The whole home was
celebrating him.", "Bà tôi tròn tám mươi tuổi." → "My grandmother was eighty-year-old.", "Mẹ tôi chưa tròn sáu mươi
tuổi." → "My mother wasn't round sixty years old."; "We held a longevity celebration for my grandmother." → "Chúng
tôi tổ chức một lễ kỉ niệm dài cho bà tôi.", "We're celebrating my grandmother's eightieth birthday." → "Chúng tôi
kỉ niệm sinh nhật 8ieth của bà.", "My grandmother has turned eighty." → "Bà tôi đã biến thành tám mươi tên.", "My
grandfather has just turned ninety." → "Ông tôi vừa quay lại chín mươi lăm.".

Taken: who (mt.hobbies.WHO, WHO_EN; mt.people.PARENTS_WHOSE; "nhà tôi", "my family"; "cả nhà", "the whole family")
holding ("mừng thọ", "tổ chức (lễ) mừng thọ", "làm lễ mừng thọ") a longevity celebration, of a round age or not, for
an elder (mt.hobbies.SOMEONE, "ông bà tôi", "ông", "bà" alone as Grandpa and Grandma, "ông ấy", "bà ấy"; in English
SOMEONE_EN, "my grandparents", "Mr. Nam", "Grandma"): held (bare, "đã"), just, already, about to, will, now, on a
near day behind or ahead (mt.dates.near_days), not yet, asked "… chưa?"; going back home ("về quê") for one or to
hold one ("về quê tổ chức mừng thọ"); celebrating an elder's round birthday ("mừng sinh nhật lần thứ tám mươi của bà
tôi"); who has turned, has just turned, will turn, is about to turn or hasn't yet turned a round age, asked "…
chưa?". Left: a when with the age ("năm nay", "tháng sau": mt/ages.py's), "sắp tròn" with a when (mt/ages.py), ages
up to ten (mt/people.py's), ages not round, "thọ chín mươi tuổi" (lived to ninety), wishes ("Chúc ông sống lâu trăm
tuổi!", "Happy eightieth birthday!"), attending one ("dự lễ mừng thọ"), "tổ chức sinh nhật" (a party), "có … không?"
and "không" with a celebration (when?), "đang tròn", "My grandmother turns eighty." (when?), not gone home, a child
or a pet as the elder, a pet holding one, pronouns as the elder in English ("for him": ông ấy or anh ấy?), "his",
"her", "their" elder of kin or a family ("My father … his father": "bố anh ấy"?), "ông bà" without whose, one round
age or birthday for "ông bà" or "grandparents" (whose?), "bà mình" after anyone but the speaker (his, or ours?),
"chúng ta" or "mình" with no tense word and no day behind (let's?), "anh", "chị", "em" alone saying it, "I" asked,
and anything else, to the model.
mt.phrasebook.translate tries these after mt/furniture.py.

    >>> translate("Nhà tôi sắp mừng thọ bà tôi.", "vi", "en"), translate("She has turned eighty.", "en", "vi")
    ('My family is going to hold a longevity celebration for my grandmother.', 'Cô ấy đã tròn tám mươi tuổi.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY, near_days
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, pet, someone, who, who_vi
from .lazy_re import lazy
from .names import GIVEN_EN
from .numbers import en_nth, en_word, vi_word
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, YOUNG_KIN_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# round ages of a longevity celebration (mt.numbers's words), both ways: the first of each is written back
_ROUND = (60, 70, 80, 90, 100)
_AGES = {vi_word(n): n for n in _ROUND} | {"trăm": 100} | {str(n): n for n in _ROUND}
_AGES_VI = {n: vi for vi, n in reversed(_AGES.items()) if not vi.isdigit()}
# ... in English, said and as an ordinal ("a hundredth": the article is the sentence's)
_EN = {n: (en_word(n), en_nth(n) if n < 100 else "hundredth") for n in _ROUND}
_AGES_EN = {en: n for n, (en, _) in _EN.items()} | {"one hundred": 100} | {str(n): n for n in _EN}
_NTH_EN = {nth: n for n, (_, nth) in _EN.items()} | {"one hundredth": 100}
# near days a celebration is held on (behind: held; ahead: to be held), both ways
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "tháng trước", "năm ngoái", "ngày mai",
                  "tuần sau", "tuần tới", "cuối tuần sau", "tháng sau", "năm sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_KEYS = {"vi": lazy(r"(?i:mừng\s+thọ|tròn|sinh\s+nhật\s+lần)"),
         "en": lazy(r"(?i:longevity|long\s+life|turn|sixtieth|seventieth|eightieth|ninetieth|hundredth)")}

# who holds it ("Nhà tôi", "Cả nhà", "Bố mẹ tôi", "Chúng tôi"), and when
_WHO = (rf"(?:(?P<all>(?i:cả\s+nhà|cả\s+gia\s+đình))(?:\s+(?P<awhose>(?i:{alternatives(OWNERS)})))?|"
        rf"(?i:nhà|gia\s+đình)\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|{PARENTS_WHOSE}|{WHO})")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_OPENING = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}(?:\s+(?P<day>{_DAY}))?"
# for whom ("bà tôi", "Ông Nam", "ông bà tôi", "ông" alone: Grandpa)
_ELDER = rf"(?P<elder>{SOMEONE}|(?i:ông\s+bà)\s+(?:của\s+)?(?i:{alternatives(OWNERS)})|(?i:ông\s+ấy|bà\s+ấy|ông|bà))"
_N = rf"(?P<n>(?i:{alternatives(_AGES)}))(?!\w)"
_N2 = _N.replace("<n>", "<n2>")  # (the age after whom: "mừng thọ ông tôi tám mươi tuổi")
_TENSE = r"(?:\s+(?P<tense>đã|vừa\s+mới|vừa|mới|sắp|sẽ|đang|chưa))?"
_TAIL = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}"
# a longevity celebration held ("Nhà tôi sắp mừng thọ bà tôi.", "Chúng tôi tổ chức mừng thọ tám mươi cho ông tôi.",
# "Cả nhà về quê mừng thọ ông.")
_HELD = lazy(rf"{_OPENING}{_TENSE}(?P<home>\s+về\s+quê(?:\s+để)?)?(?P<hold>\s+(?:tổ\s+chức|làm)(?:\s+(?:lễ|tiệc))?)?"
             rf"\s+mừng\s+thọ(?:\s+{_N}(?:\s+tuổi)?)?(?:\s+cho)?\s+{_ELDER}(?:\s+{_N2}\s+tuổi)?{_TAIL}")
# a round birthday celebrated ("Chúng tôi đang mừng sinh nhật lần thứ tám mươi của bà tôi.")
_BIRTHDAY = lazy(rf"{_OPENING}{_TENSE}\s+mừng\s+sinh\s+nhật\s+lần\s+thứ\s+{_N}\s+của\s+{_ELDER}{_TAIL}")
# a round age turned ("Bà tôi tròn tám mươi tuổi.", "Ông tôi vừa tròn chín mươi.", "Bà bạn tròn tám mươi chưa?")
_TURNED = lazy(rf"{WHO}{_TENSE}\s+tròn\s+{_N}(?:\s+tuổi)?{_TAIL}")

# ... and in English: who, the verb's auxiliary (group aux) and an adverb
_WHO_EN = (rf"(?:(?P<all>[Tt]he\s+whole\s+family|(?P<awhose>(?i:{WHOSE_WORDS}))\s+whole\s+family)|"
           rf"(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{PARENTS_WHOSE_EN}|{WHO_EN})")
_AUX_EN = (r"(?P<aux>\s+(?:is|are|am)\s+going\s+to|['’](?:s|re|m)\s+going\s+to|\s+will|['’]ll|\s+(?:is|are|am)|"
           r"['’](?:s|re|m)|\s+(?:has|have)(?:\s+not|n['’]t)?|['’](?:s|ve))?(?:\s+(?P<adv>just|already))?")
_TITLED_EN = rf"(?:Mr|Mrs|Ms)\.?\s+(?:{alternatives(GIVEN_EN)})"
_ELDER_EN = rf"(?P<elder>{SOMEONE_EN}|{_TITLED_EN}|Grandma|Grandpa|Granny|Grandad)"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_END_EN = r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)"


def _said_en(done: str) -> re.Pattern:
    """A pattern of who in English doing `done` (a regex, with the groups verb and elder) on a day or not."""
    return lazy(rf"(?:(?P<q>Has|Have)\s+)?{_WHO_EN}{_AUX_EN}\s+{done}{_DAY_EN}{_END_EN}")


_NTH = rf"(?P<n>(?i:{alternatives(_NTH_EN)}))"
# "We held a longevity celebration for my grandmother.", "… an eightieth birthday celebration for my grandfather."
_HOLD_EN = _said_en(rf"(?P<verb>hold|held|holding)\s+(?:a\s+longevity\s+celebration|(?P<a>an?)\s+{_NTH}\s+birthday\s+"
                    rf"celebration)\s+for\s+"
                    rf"(?:{_ELDER_EN}|(?P<gp>(?i:{WHOSE_WORDS}))\s+grandparents)")
# "The whole family went back home for my grandfather's longevity celebration."
_HOME_EN = _said_en(rf"(?P<verb>go|went|going|gone)\s+back\s+home\s+for\s+{_ELDER_EN}['’]s\s+(?:longevity|{_NTH}\s+"
                    r"birthday)\s+celebration")
# "We're celebrating my grandmother's eightieth birthday.", "We celebrated my grandfather's long life."
_CELEBRATE_EN = _said_en(rf"(?P<verb>celebrate|celebrated|celebrating)\s+{_ELDER_EN}['’]s\s+(?:long\s+life|longevity|"
                         rf"{_NTH}\s+birthday)")
# "My grandmother has turned eighty.", "Has your grandfather turned ninety yet?"
_TURNED_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}(?P<aux>(?:\s+(?:is|am|are)|['’](?:s|m|re))\s+about\s+to|"
                  r"\s+will|['’]ll|\s+(?:is|am|are)|['’](?:s|m|re)|\s+(?:has|have)(?:\s+not|n['’]t)?|['’](?:s|ve))?"
                  r"(?:\s+(?P<adv>just|already))?\s+(?P<verb>turned|turn|turning)\s+"
                  rf"(?P<n>(?i:{alternatives(_AGES_EN)}))(?:\s+years\s+old)?{_END_EN}")

# a tense (as _tense names it) of the English verbs said: base, past, participle, -ing
_HOLD, _GO, _CELEBRATE = ("hold", "held", "held", "holding"), ("go", "went", "gone", "going"), (
    "celebrate", "celebrated", "celebrated", "celebrating")
_TURN = ("turn", "turned", "turned", "turning")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who holds a longevity celebration for an elder, goes back home for
    one, celebrates an elder's round birthday, or has turned a round age; None for any other."""
    if src == "vi":
        return _held(text) or _turned(text)
    return _held_vi(text) or _turned_vi(text)


def _tense(m: re.Match) -> str | None:
    """The tense of a Vietnamese match: "past", "just", "done", "going", "will", "now", "ahead" (a near day ahead),
    "not yet" or "asked" ("… chưa?"); None where its words gainsay each other ("Hôm qua … sắp", "sẽ … rồi") or a
    "?" is on a statement."""
    tense, done, asked = keyed(m["tense"] or ""), bool(m["done"]), bool(m["asked"])
    day = m.groupdict().get("day0") or m.groupdict().get("day")
    if asked != ("?" in m["end"]) or day and m["day0"] and m["day"]:
        return None
    if asked:
        return "asked" if tense in ("", "đã") and not (done or day) else None
    if day:
        way = NEAR_WAY[keyed(day)]
        if done or way == "behind" and tense not in ("", "đã") or way == "ahead" and tense not in ("", "sẽ", "sắp"):
            return None
        return "past" if way == "behind" else {"": "ahead", "sẽ": "will", "sắp": "going"}[tense]
    if done:
        return "done" if tense in ("", "đã") else None
    return {"": "past", "đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sắp": "going", "sẽ": "will",
            "đang": "now", "chưa": "not yet"}[tense]


def _verb(who_: str, one: bool, tense: str, verb: tuple[str, str, str, str], rest: str) -> str | None:
    """Who doing `verb` (base, past, participle, -ing) `rest` in English in `tense`, agreed with who: "We held …",
    "My family is going to hold …", "She has just turned …", "Has your family held … yet?"."""
    base, past, done, ing = verb
    has = "has" if one else "have"
    said = {"past": f"{who_} {past}", "just": _has(who_, one, f"just {done}"),
            "done": _has(who_, one, f"already {done}"), "perfect": _has(who_, one, done),
            "going": contracted(who_, f"{be(who_)} going to {base}"),
            "will": contracted(who_, f"will {base}"), "now": contracted(who_, f"{be(who_)} {ing}"),
            "ahead": contracted(who_, f"{be(who_)} {ing}"), "not yet": f"{who_} {has}n't {done}"}.get(tense)
    if tense == "asked":
        return f"{has.capitalize()} {who_} {done} {rest} yet?"
    return capitalised(f"{said} {rest}{' yet' * (tense == 'not yet')}.")


def _has(who_: str, one: bool, done: str) -> str:
    """Who has done something, "have" contracted ("We've just held"), "has" not ("He has turned": "He's" reads as
    "is")."""
    return f"{who_} has {done}" if one else contracted(who_, f"have {done}")


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my family", "the whole family", "my parents" or
    mt.hobbies.who); None for a pet, "anh" saying it, or "I" asked."""
    if m["all"]:
        return (f"{OWNERS[keyed(m['awhose'])]} whole family" if m["awhose"] else "the whole family"), True
    if m["fwhose"]:
        return f"{OWNERS[keyed(m['fwhose'])]} family", True
    if m["parents"]:
        return parents_said(m, "en"), False
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _elder(said: str) -> str | None:
    """An elder of _ELDER in English: "my grandmother", "Mr. Nam", "my grandparents", "Grandpa" for "ông" alone,
    "him" for "ông ấy"; None for a pet or a child ("con tôi")."""
    said, low = " ".join(said.split()), keyed(said)
    alone = {"ông": "Grandpa", "bà": "Grandma", "ông ấy": "him", "bà ấy": "her"}
    if low in alone:
        return alone[low]
    if low.startswith("ông bà "):
        return f"{OWNERS[low[len('ông bà '):].removeprefix('của ')]} grandparents"
    en = someone(said, "vi")
    return None if en is None or pet(said, "vi") or en.split(" ", 1)[-1] in YOUNG_KIN_EN else en


def _whose(en: str) -> str:
    """Whose in English of someone: "my grandmother's", "his" for "him", "my grandparents'"."""
    return {"him": "his", "her": "her"}.get(en) or (f"{en}'" if en.endswith(" grandparents") else f"{en}'s")


def _lets(m: re.Match, tense: str) -> bool:
    """Whether who of a Vietnamese match in `tense` (as _tense names it) is "chúng ta" or "mình" with no tense word
    and no day behind: who may be suggesting ("Chúng ta mừng thọ bà.", "Ngày mai chúng ta mừng thọ bà.": let's?)."""
    bare = tense == "ahead" or tense == "past" and not (m["day0"] or m["day"])
    return keyed(m["who"] or "") in ("chúng ta", "mình") and not m["tense"] and bare


def _own(m: re.Match, who_: str) -> bool:
    """Whether the elder of a Vietnamese match may be said as "my" where its words say "mình" (oneself): where the
    speaker says it ("Tôi mừng thọ bà mình.", "Nhà mình …"); anyone else's own is theirs ("Anh ấy mừng thọ bà
    mình.": his) or ours ("Chúng tôi …"), left."""
    if keyed(m["elder"]).split()[-1] != "mình":
        return True
    return who_ == "I" or keyed(m["fwhose"] or m["awhose"] or "") in ("tôi", "mình")


def _held(text: str) -> str | None:
    """"Nhà tôi sắp mừng thọ bà tôi." as "My family is going to hold a longevity celebration for my grandmother.",
    "Chúng tôi tổ chức mừng thọ tám mươi cho ông tôi." as "We held an eightieth birthday celebration for my
    grandfather.", "Cả nhà về quê mừng thọ ông." as "The whole family went back home for Grandpa's longevity
    celebration.", "Chúng tôi đang mừng sinh nhật lần thứ tám mươi của bà tôi." as "We're celebrating my
    grandmother's eightieth birthday." (_HELD, _BIRTHDAY); None for anything else."""
    m = _HELD.fullmatch(text) or _BIRTHDAY.fullmatch(text)
    tense = m and _tense(m)
    said = tense and not _lets(m, tense) and _who(m, tense == "asked")
    elder = said and _own(m, said[0]) and _elder(m["elder"])
    n = [said for said in (m["n"], m.groupdict().get("n2")) if said] if elder else []
    if not elder or len(n) > 1 or elder.endswith(" grandparents") and (n or m.re == _BIRTHDAY):
        return None  # (one round age or birthday for two: whose?)
    nth = _EN[_AGES[keyed(n[0])]][1] if n else ""
    what = f"{a_or_an(nth)} {nth} birthday celebration" if nth else "a longevity celebration"
    if m.re == _BIRTHDAY:
        rest, verb = f"{_whose(elder)} {nth} birthday", _CELEBRATE
    elif m["home"]:
        if tense in ("not yet", "asked"):
            return None  # ("Cả nhà chưa về quê mừng thọ ông.": not gone, or gone and not held?)
        # ("về quê tổ chức mừng thọ": gone home to hold it, not only to be there)
        held = f"to hold {what} for {elder}" if m["hold"] else f"for {_whose(elder)} {what.split(' ', 1)[1]}"
        rest = f"back home {held}"
        verb, tense = _GO, "now" if tense == "going" else tense  # ("sắp về quê": "is going back home")
    else:
        rest, verb = f"{what} for {elder}", _HOLD
    day = m["day0"] or m["day"]
    return _verb(*said, tense, verb, f"{rest} {_DAYS[keyed(day)]}" if day else rest)


def _turned(text: str) -> str | None:
    """"Bà tôi tròn tám mươi tuổi." as "My grandmother has turned eighty.", "Ông tôi vừa tròn chín mươi." as "My
    grandfather has just turned ninety.", "Bà bạn tròn tám mươi chưa?" as "Has your grandmother turned eighty yet?"
    (_TURNED); None for anything else, and for "đang" (turning now?)."""
    m = _TURNED.fullmatch(text)
    tense = m and _tense(m)
    said = tense and tense != "now" and not animal(m) and who(m, tense == "asked")
    if not said or tense == "asked" and said[0] == "I":
        return None
    age = _EN[_AGES[keyed(m["n"])]][0]
    if tense in ("past", "done"):  # (turned, with "đã", "rồi" or neither: has turned; "rồi" is not "already")
        tense = "perfect"
    elif tense == "going":
        return capitalised(f"{contracted(said[0], f'{be(said[0])} about to turn')} {age}.")
    return _verb(*said, tense, _TURN, age)


def _aux(m: re.Match) -> tuple[str, bool]:
    """The auxiliary of an English match as its word ("is", "has", "going", "will", or "" for none; "'s" read by the
    verb after it) and whether "not" is said."""
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("’", "'").split())
    not_ = "not" in aux or "n't" in aux
    word = aux.replace("n't", "").replace(" not", "").lstrip("'")
    if "going" in word or "about" in word:
        return "going", not_
    word = {"s": "is" if m["verb"].endswith("ing") or "about" in aux else "has", "re": "are", "m": "am", "ve": "have",
            "ll": "will"}.get(word, word)
    return word, not_


def _agrees(m: re.Match, vi: str, one: bool) -> bool:
    """Whether the auxiliary of an English match agrees with who (`vi`, `one` as mt.hobbies.who_vi gives them: "she
    has", "I am", "we're going to")."""
    aux = _aux(m)[0]
    if aux == "going":  # (the "is" of "is going to", "is about to")
        first = m["aux"].split()[0].lower().replace("’", "'")
        aux = {"'s": "is", "'re": "are", "'m": "am"}.get(first, first)
    if aux in ("is", "am", "are"):
        return aux == ("is" if one else "am" if vi == "tôi" else "are")
    return aux not in ("has", "have") or (aux == "has") == one


def _tense_en(m: re.Match, verb: tuple[str, str, str, str]) -> str | None:
    """The tense of an English match (as _tense names them) by its auxiliary, adverb, verb (of `verb`'s forms), day
    and "yet"; None where they do not go together ("We has held", "We are hold", "We held … next week")."""
    aux, not_ = _aux(m)
    said, adv, yet = m["verb"].lower(), m["adv"], bool(m["yet"])
    day = NEAR_WAY[_DAYS_VI[m["day"].lower()]] if m.groupdict().get("day") else None
    if m["q"]:
        tense = "asked" if said == verb[2] and yet and not (m["aux"] or adv or day) and "?" in m["end"] else None
    elif "?" in m["end"] or yet and not not_ or day and adv:
        tense = None
    elif aux in ("has", "have"):
        tense = ("not yet" if not adv else None) if not_ else {None: "perfect", "just": "just", "already": "done"}[adv]
        tense = tense if said == verb[2] and not day else None
    elif not_:
        tense = None
    elif aux in ("is", "am", "are"):
        tense = ("ahead" if day == "ahead" else "now" if not day else None) if said == verb[3] and not adv else None
    elif aux in ("going", "will"):
        tense = ("going" if aux == "going" else "will") if said == verb[0] and day != "behind" and not adv else None
    else:  # (no auxiliary: the past, just or already)
        tense = {None: "past", "just": "just", "already": "done"}[adv] if said == verb[1] and day != "ahead" else None
    return tense


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether one: "cả nhà", "nhà tôi", "bố mẹ tôi", or
    mt.hobbies.who_vi."""
    if m["all"]:
        return (f"cả nhà {WHOSE_VI[m['awhose'].lower()]}" if m["awhose"] else "cả nhà"), True
    if m["fwhose"]:
        return f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True
    return (parents_said(m, "vi"), False) if m["parents"] else who_vi(m)


def _elder_vi(m: re.Match) -> str | None:
    """The elder of an English match in Vietnamese: "bà tôi", "ông Nam" for "Mr. Nam", "bà" for "Grandma", "ông bà
    tôi" for "my grandparents"; None for a pet or a child."""
    if m.groupdict().get("gp"):
        return f"ông bà {WHOSE_VI[m['gp'].lower()]}"
    said = " ".join(m["elder"].split())
    title, _, name = said.partition(" ")
    if said in ("Grandma", "Granny", "Grandpa", "Grandad"):
        return "ông" if said.startswith("Grandpa") or said == "Grandad" else "bà"
    if title.rstrip(".") in ("Mr", "Mrs", "Ms"):
        return f"{'ông' if title.startswith('Mr') and not title.startswith('Mrs') else 'bà'} {name}"
    vi = someone(said, "en")
    return None if vi is None or pet(said, "en") or said.split(" ", 1)[-1].lower() in YOUNG_KIN_EN else vi


# a tense (as _tense names it) in Vietnamese: the word before the verb and the words after it
_TENSE_VI = {"past": ("đã", ""), "perfect": ("đã", ""), "just": ("vừa", ""), "done": ("đã", " rồi"),
             "going": ("sắp", ""), "will": ("sẽ", ""),
             "now": ("đang", ""), "ahead": ("", ""), "not yet": ("chưa", ""), "asked": ("đã", " chưa")}


def _vi(who_: str, tense: str, doing: str, day: str | None, end: str) -> str:
    """Who doing `doing` in Vietnamese in `tense` on a day (put first): "Chúng tôi đã tổ chức … .", "Hôm qua chúng
    tôi tổ chức …", "Nhà bạn đã … chưa?"."""
    before, after = _TENSE_VI[tense]
    if day:  # (the day says the tense: "Hôm qua chúng tôi tổ chức …", "Tuần sau chúng tôi sẽ …")
        before = "" if tense in ("past", "ahead") else "sẽ" if tense == "going" else before
    words = " ".join(w for w in (_DAYS_VI[day.lower()] if day else "", who_, before, doing) if w)
    return capitalised(f"{words}{after}{'?' if tense == 'asked' else '!' if '!' in end else '.'}")


def _held_vi(text: str) -> str | None:
    """"We held a longevity celebration for my grandmother." as "Chúng tôi đã tổ chức mừng thọ cho bà tôi.", "We're
    celebrating my grandmother's eightieth birthday." as "Chúng tôi đang mừng sinh nhật lần thứ tám mươi của bà
    tôi.", "The whole family went back home for Grandpa's longevity celebration." as "Cả nhà đã về quê mừng thọ
    ông." (_HOLD_EN, _HOME_EN, _CELEBRATE_EN); None for anything else, and where the verb does not agree."""
    m = next((m for p in (_HOLD_EN, _HOME_EN, _CELEBRATE_EN) if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    verb = _HOLD if m.re == _HOLD_EN else _GO if m.re == _HOME_EN else _CELEBRATE
    tense, (who_, one) = _tense_en(m, verb), _who_vi(m)
    elder, gp = _elder_vi(m), m.groupdict().get("gp")
    if not tense or not elder or not _agrees(m, who_, one) or tense == "asked" and who_ == "tôi" or animal(m):
        return None
    theirs = (gp or m["elder"].split()[0]).lower() in ("his", "her", "their") and not (m["who"] or m["given"])
    if gp and m["n"] or theirs:
        return None  # (one round age for two; "My father … his father": "bố anh ấy" calls my father "anh ấy")
    if m.re == _HOLD_EN and m["n"] and m["a"].lower() != a_or_an(m["n"].lower()):
        return None  # ("a eightieth")
    age = _AGES_VI[_NTH_EN[" ".join(m["n"].lower().split())]] if m["n"] else ""
    if m.re == _HOLD_EN:
        doing = f"tổ chức mừng thọ {age + ' ' if age else ''}cho {elder}"
    elif m.re == _HOME_EN:
        if tense in ("not yet", "asked"):
            return None
        tense = "going" if tense == "now" else tense  # ("is going back home for …" is a plan: "sắp")
        doing = f"về quê mừng thọ {elder}{f' {age} tuổi' if age else ''}"
    else:
        doing = f"mừng sinh nhật lần thứ {age} của {elder}" if age else f"mừng thọ {elder}"
    return _vi(who_, tense, doing, m["day"], m["end"])


def _turned_vi(text: str) -> str | None:
    """"My grandmother has turned eighty." as "Bà tôi đã tròn tám mươi tuổi.", "He has just turned seventy." as "Anh
    ấy vừa tròn bảy mươi tuổi.", "Has your grandfather turned ninety yet?" as "Ông bạn đã tròn chín mươi tuổi
    chưa?", "My mother is about to turn sixty." as "Mẹ tôi sắp tròn sáu mươi tuổi." (_TURNED_EN); None for anything
    else, a pet, and "turns" (when?)."""
    m = _TURNED_EN.fullmatch(text)
    if m is None or animal(m):
        return None
    who_, one = who_vi(m)
    aux, _ = _aux(m)
    tense = _tense_en(m, _TURN)
    if aux == "going" and m["verb"].lower() == "turn" and not (m["adv"] or m["yet"] or "?" in m["end"]):
        tense = "going"  # ("is about to turn")
    elif tense in ("now", "ahead"):
        tense = "going" if tense == "now" else None  # ("is turning eighty": soon)
    if not tense or not _agrees(m, who_, one) or tense == "asked" and who_ == "tôi":
        return None
    age = _AGES_VI[_AGES_EN[" ".join(m["n"].lower().split())]]
    return _vi(who_, tense, f"tròn {age} tuổi", None, m["end"])
