"""Giving blood, both ways, written whole by rule: how many times someone has given blood (ever, never), who just gave
it, who can't give it and why, a blood drive at a school or a company, feeling dizzy after giving blood, what to do
before or after, whether giving blood is safe, being afraid of it, the first time, and when someone last gave it. v8
(the rules on) reads "hiến máu" as a donor or "don't", and writes "cho máu", "đưa máu" back: "Bạn đã hiến máu bao giờ
chưa?" → "Never don't you donate blood?", "Tôi hiến máu được năm lần rồi." → "I don't donate blood again.", "Tôi
không được hiến máu." → "I don't have blood donors.", "Trường tôi có đợt hiến máu." → "I had a blood donor.", "Tôi
thấy chóng mặt sau khi hiến máu." → "I felt dizzy after I don't blood.", "Hiến máu có an toàn không?" → "Are you
safe?"; "I just gave blood." → "Tôi chỉ đưa máu." (only), "I've given blood five times." → "Tôi đã cho máu 5 lần.",
"There's a blood drive at my school." → "Có một ổ máu ở trường tôi." (a disk drive), "Is giving blood safe?" → "Uống
máu an toàn không?" (drinking), "I'm scared of giving blood." → "Tôi sợ máu.".

Taken: who (mt.hobbies.WHO, WHO_EN) has given blood N or many times ("đã", "được", "rồi" or "từng" said: a bare count
may be a habit), how many times, ever ("… bao giờ chưa?", "… lần nào chưa?"), never ("chưa … bao giờ", "chưa … lần
nào"); just gave blood (English "just gave"); can't ("không thể", "không … được") or isn't allowed ("không được") to
give blood, with a reason of _WHY after "vì" (its subject dropped in Vietnamese, said as who's pronoun in English) or
before "nên"; is too light or doesn't weigh enough to ("để"); can, asked; a blood drive ("đợt", "buổi hiến máu") at
someone's school, university, company or office, on a day of _DAYS or none, asked; felt dizzy after giving blood
("đã", a day of mt.floods.DAYS_DONE) or does so how often (mt.hobbies.SELDOM), asked; should do one of _DO before or
after; whether giving blood is so (_SO), asked or said; afraid of it; "Đây là lần đầu tiên …" (to the tenth), asked;
when someone last gave blood. Left: a bare "Tôi bị chóng mặt sau khi hiến máu." and "Bạn có bị chóng mặt …?" (once,
or each time?), "Hôm nay tôi đi hiến máu." (going, or gone?), a name with a reason ("Lan không thể hiến máu vì đang
ốm": he or she?), "ốm" alone (thin in the south), a reason said of another, "được" alone asking a count (how many
can one?), English "we" and "our" (chúng tôi, or chúng ta?), "at work" (whose?), "I" asked (but "Can I give blood?"), a
pet, "anh", "chị", "em" alone saying it, "thế"/"vậy" statements, what mt/jabs.py takes first ("Tôi vừa hiến máu.",
"Have you ever given blood?", "I give blood twice a year.", "Does giving blood hurt?"), and blood types
(mt/blood_types.py).
mt.phrasebook.translate tries these after mt/planned_cuts.py.

    >>> translate("Tôi hiến máu được năm lần rồi.", "vi", "en"), translate("I just gave blood.", "en", "vi")
    ("I've given blood five times.", 'Tôi vừa hiến máu.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import PRONOUNS
from .floods import DAYS_DONE
from .free_time import placed
from .hobbies import (HABIT_VI, SELDOM, SOMEONE, WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, person_of,
                      who, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .numbers import en_nth, en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (EN_WHO_VI, SOFTENED_END, SOFTENER, STRESSED_SAID, alternatives, be, be_said, capitalised, contracted,
                   keyed)

_KEYS = {"vi": lazy(r"(?i:hiến\s+máu)"),
         "en": lazy(r"(?i:(?:give|gave|given|giving|donate|donated|donating)\s+blood|blood\s+(?:donation\s+)?drive)")}
_GIVE = r"(?:đi\s+)?hiến\s+máu(?:\s+nhân\s+đạo)?"  # ("nhân đạo": voluntary, as all giving is; not written back)
_GIVING_EN = r"(?:giving|donating)\s+blood"
# numbers in words, read through mt.numbers (1 to 100)
_N_VI = {vi_word(n): n for n in range(1, 101)}
_N_EN = {en_word(n): n for n in range(1, 101)}
_NUM = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(_N_VI)})|nhiều)"
_NUM_EN = rf"(?P<n>\d{{1,3}}|many|(?i:{alternatives(_N_EN)}))"
# why one can't give blood: Vietnamese, and what English says after who's verb ("I'm underweight", "I have a cold")
_WHY = {"nhẹ cân": "underweight", "thiếu cân": "underweight", "quá nhẹ cân": "too light", "nhẹ cân quá": "too light",
        "không đủ cân": "weigh enough", "đang ốm": "ill", "bị ốm": "ill", "đang bị ốm": "ill",  # ("ốm" alone: thin?)
        "bị bệnh": "ill", "đang bị bệnh": "ill", "đang uống thuốc": "taking medicine", "uống thuốc": "taking medicine",
        "đang dùng thuốc": "taking medicine", "bị thiếu máu": "anaemic", "thiếu máu": "anaemic",
        "đang mang thai": "pregnant", "mang thai": "pregnant", "có thai": "pregnant", "bị cảm": "a cold",
        "đang bị cảm": "a cold", "bị huyết áp thấp": "low blood pressure", "huyết áp thấp": "low blood pressure"}
_WHY_VI = {en: vi for vi, en in reversed(_WHY.items())} | {"sick": "đang ốm", "on medication": "đang uống thuốc",
                                                           "anemic": "bị thiếu máu"}
_HAD = ("a cold", "low blood pressure")  # (had: "I have a cold"; the others are been)
_BEEN = alternatives(en for en in _WHY_VI if en not in _HAD and en != "weigh enough")
_BE_EN = r"(?:'m|'re|'s|\s+am|\s+is|\s+are)"
_WHY_EN = (rf"(?P<why>{_BE_EN}\s+(?:{_BEEN})|\s+(?:have|has)\s+(?:{alternatives(_HAD)})|"
           r"\s+(?:don't|doesn't|do\s+not|does\s+not)\s+weigh\s+enough)")
_PRONOUNS_EN = {"he": "his", "she": "her", "they": "their"}
_HAS = ("have", "has")  # (by whether who is one)
# a blood drive's places, and its days (mt.dates.NEAR_DAYS)
_PLACES = {"trường": "school", "trường học": "school", "trường đại học": "university", "công ty": "company",
           "cơ quan": "office"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())}
_DAYS = near_days("hôm qua", "tuần trước", "tháng trước", "hôm nay", "sáng nay", "chiều nay", "tuần này",
                  "cuối tuần này", "tháng này", "ngày mai", "sáng mai", "chiều mai", "tuần sau", "tuần tới",
                  "cuối tuần sau", "tháng sau", "tháng tới")
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}
_DONE_EN = {en: vi for vi, en in reversed(DAYS_DONE.items())}
# what one should do before or after giving blood, and whether giving blood is so
_DO = {"uống nhiều nước": "drink plenty of water", "nghỉ ngơi": "rest", "ăn no": "eat well",
       "ăn sáng": "have breakfast", "ăn uống đầy đủ": "eat well", "tránh vận động mạnh": "avoid heavy exercise"}
_DO_VI = {en: vi for vi, en in reversed(_DO.items())} | {
    "drink lots of water": "uống nhiều nước", "drink a lot of water": "uống nhiều nước", "eat breakfast": "ăn sáng"}
_WHEN = {"sau": "after", "trước": "before"}
_SO = {"an toàn": "safe", "nguy hiểm": "dangerous", "mệt": "tiring", "hại": "harmful",
       "hại cho sức khỏe": "bad for your health", "tốt cho sức khỏe": "good for your health"}
_SO_VI = {en: vi for vi, en in _SO.items()} | {"good for you": "tốt cho sức khỏe", "bad for you": "hại cho sức khỏe"}
# the first time, the second … the tenth ("lần thứ tư": the fourth)
_NTH = {"đầu tiên": 1, "đầu": 1, **{f"thứ {'tư' if n == 4 else vi_word(n)}": n for n in range(2, 11)}}
_NTH_VI = {n: vi for vi, n in reversed(_NTH.items())}
_NTH_EN = {en_nth(n): n for n in range(1, 11)}

# how many times, ever, never ("Tôi hiến máu được năm lần rồi.", "Bạn đã hiến máu bao giờ chưa?")
_GIVEN = lazy(rf"{WHO}\s+(?:(?P<not>chưa)\s+(?:từng\s+)?|(?P<aux>đã\s+từng|đã|từng)\s+)?{_GIVE}\s+(?:(?P<got>được)\s+)?"
              rf"(?:{_NUM}|(?P<how>mấy|bao\s+nhiêu)|(?P<ever>bao\s+giờ|lần\s+nào))(?(ever)|\s+lần)"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<q>chưa))?{SOFTENED_END}")
# can't, and why ("Tôi không được hiến máu vì đang uống thuốc.", "Tôi bị cảm nên không hiến máu được.")
_WHY_RE = rf"(?i:{alternatives(_WHY)})"
_UNABLE = lazy(rf"{WHO}\s+(?:(?P<why0>{_WHY_RE})\s+(?P<so>nên|để)\s+)?(?:(?P<cant>không\s+thể\s+{_GIVE}(?:\s+được)?|"
               rf"không\s+{_GIVE}\s+được)|(?P<allowed>không\s+được)\s+{_GIVE}|{_GIVE})(?:\s+(?:bởi\s+)?vì\s+"
               rf"(?:(?P<who2>(?i:{alternatives(PRONOUNS)})|{SOMEONE})\s+)?(?P<why>{_WHY_RE}))?{SOFTENED_END}")
_CAN = lazy(rf"{WHO}\s+có\s+(?:thể\s+được|thể|được)\s+{_GIVE}(?:\s+được)?\s+không{SOFTENER}\s*\?+")
# a blood drive ("Tuần sau trường tôi có đợt hiến máu.")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_DRIVE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?(?P<place>(?i:{alternatives(_PLACES)}))\s+(?:của\s+)?(?P<owner>"
              rf"(?i:{alternatives(OWNERS)}))\s+có\s+(?:một\s+)?(?:đợt|buổi)\s+hiến\s+máu(?:\s+nhân\s+đạo)?"
              rf"(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# dizzy after it ("Hôm qua tôi bị chóng mặt sau khi hiến máu.", "Tôi hay bị chóng mặt sau khi hiến máu.")
_DIZZY = lazy(rf"(?:(?P<day0>(?i:{alternatives(DAYS_DONE)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|"
              rf"{alternatives(SELDOM)})\s+)?(?:bị|thấy|cảm\s+thấy)\s+(?P<bit>hơi\s+)?chóng\s+mặt\s+sau\s+khi\s+{_GIVE}"
              rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# what to do ("Bạn nên uống nhiều nước sau khi hiến máu."), whether it is safe ("Hiến máu có an toàn không?")
_ADVICE = lazy(rf"{WHO}\s+nên\s+(?P<do>(?i:{alternatives(_DO)}))\s+(?P<when>sau|trước)\s+khi\s+{_GIVE}{SOFTENED_END}")
_SAFE = lazy(rf"(?:[Vv]iệc\s+)?[Hh]iến\s+máu(?:\s+nhân\s+đạo)?\s+(?:(?P<ask>có)\s+|(?P<very>rất)\s+|(?P<not>không)\s+)?"
             rf"(?P<so>{alternatives(_SO)})(?:\s+(?P<asked>không))?{SOFTENED_END}")
# afraid of it, the first time, the last time
_AFRAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?sợ\s+{_GIVE}(?:\s+(?P<asked>không))?"
               rf"{SOFTENED_END}")
_FIRST = lazy(rf"Đây\s+là\s+lần\s+(?P<nth>{alternatives(_NTH)})\s+{WHO}\s+{_GIVE}(?:\s+(?P<q>à|phải\s+không))?"
              rf"{SOFTENED_END}")
_LAST = lazy(rf"(?P<lead>[Ll]ần\s+cuối(?:\s+cùng)?\s+)?{WHO}\s+{_GIVE}\s+(?(lead)là|lần\s+cuối(?:\s+cùng)?"
             rf"(?:\s+(?:là|vào))?)\s+(?:khi\s+nào|lúc\s+nào|bao\s+giờ|hồi\s+nào){SOFTENER}\s*\?+")

# ... in English
_GIVEN_EN = lazy(rf"(?:How\s+many\s+times\s+(?P<q>have|has)\s+)?{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)?"
                 rf"(?:\s+(?P<just>just))?\s+(?P<verb>given|gave|donated)\s+blood(?:\s+(?P<times>once|twice|"
                 rf"{_NUM_EN}\s+times))?\s*(?P<end>[.!?]*)")
_UNABLE_EN = lazy(rf"(?:(?P<q>Can)\s+)?{WHO_EN}(?:(?P<cant>\s+can't|\s+cannot|\s+can\s+not)|(?P<be>{_BE_EN})"
                  rf"(?:\s+not|n't)\s+allowed\s+to|(?P<too>{_BE_EN})\s+too\s+light\s+to|"
                  r"\s+(?P<do>don't|doesn't|do\s+not|does\s+not)\s+weigh\s+enough\s+to)?\s+(?:give|donate)\s+blood"
                  rf"(?:\s+because\s+(?P<pron>I|[Hh]e|[Ss]he|[Yy]ou|[Tt]hey){_WHY_EN})?\s*(?P<end>[.!?]*)")
_PLACE_EN = rf"(?P<whose>(?i:{WHOSE_WORDS}))\s+(?P<place>{alternatives(_PLACES_VI)})"
_DRIVE_N = r"a\s+blood\s+(?:donation\s+)?drive"
_DRIVE_EN = [lazy(rf"(?:(?P<q>Is|Was)\s+there|There(?P<be>'s|\s+is|\s+was))\s+{_DRIVE_N}\s+at\s+{_PLACE_EN}"
                  rf"(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?\s*(?P<end>[.!?]*)"),
             lazy(rf"{_PLACE_EN}\s+(?P<be>is\s+having|is\s+holding|has|had|held)\s+{_DRIVE_N}"
                  rf"(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?\s*(?P<end>[.!?]*)")]
_DIZZY_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<adv>{alternatives(HABIT_VI)}))?\s+(?P<verb>felt|feels|"
                 rf"feel|got|gets|get)\s+(?P<bit>a\s+bit\s+|a\s+little\s+)?dizzy\s+after\s+{_GIVING_EN}"
                 rf"(?:\s+(?P<day>{alternatives(_DONE_EN)}))?\s*(?P<end>[.!?]*)")
_ADVICE_EN = lazy(rf"{WHO_EN}\s+should\s+(?P<do>{alternatives(_DO_VI)})\s+(?P<when>after|before)\s+{_GIVING_EN}"
                  r"\s*(?P<end>[.!]*)")
_SAFE_EN = lazy(rf"(?:(?P<q>Is)\s+{_GIVING_EN}|(?:Giving|Donating)\s+blood(?P<be>\s+is|'s)(?P<not>\s+not|n't)?)"
                rf"(?:\s+(?P<very>very))?\s+(?P<so>{alternatives(_SO_VI)})\s*(?P<end>[.!?]*)")
_AFRAID_EN = lazy(rf"(?:(?P<q>Are|Is)\s+)?{WHO_EN}(?P<be>{_BE_EN})?(?P<not>\s+not|n't)?(?:\s+(?P<very>really|very))?"
                  rf"\s+(?:afraid|scared)\s+of\s+{_GIVING_EN}\s*(?P<end>[.!?]*)")
_FIRST_EN = lazy(rf"(?P<q>Is\s+this|This\s+is|It's|It\s+is)\s+(?:(?P<my>my|your|his|her)\s+first\s+time\s+"
                 rf"{_GIVING_EN}|the\s+(?P<nth2>{alternatives(_NTH_EN)})\s+time\s+{WHO_EN}(?P<have>'ve|'s|\s+have|"
                 r"\s+has)\s+(?:given|donated)\s+blood)\s*(?P<end>[.!?]*)")
_LAST_EN = lazy(rf"When\s+(?P<was>was\s+the\s+last\s+time\s+)?(?(was)|did\s+){WHO_EN}\s+(?(was)(?:gave|donated)|"
                r"last\s+(?:give|donate))\s+blood\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of giving blood: how many times, ever, just, can't and why, a blood drive, dizzy
    after it, what to do, whether it is safe, afraid of it, the first time, the last time; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _given(text) or _unable(text) or _drive(text) or _dizzy(text) or _said(text))
    text = text.replace("’", "'")
    return _given_vi(text) or _unable_vi(text) or _drive_vi(text) or _dizzy_vi(text) or _said_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one (mt.hobbies.person_of); None for "em" asking with "ạ"."""
    return None if em_speaking(m) else person_of(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one; None for a pet, "we", "our" (chúng tôi, chúng ta?)."""
    if animal(m) or (m["who"] or m["whose"] or "").lower() in ("we", "our"):
        return None
    return who_vi(m)


def _times(n: str, lang: str) -> str | None:
    """How many times in `lang`, of a count said in the other: "năm" → "five times", "hai" → "twice", "nhiều" → "many
    times"; "twice" → "hai lần", "12" → "12 lần"; None for "one times"."""
    n = keyed(n)
    if lang == "en":
        count = int(n) if n.isdigit() else _N_VI.get(n, 0)
        said = n if n.isdigit() else en_word(count) if count else "many"
        return {1: "once", 2: "twice"}.get(count) or f"{said} times"
    count = {"once": 1, "twice": 2}.get(n) or (int(n) if n.isdigit() else _N_EN.get(n, 0))
    if n not in ("once", "twice", "many") and count < 2:
        return None
    return f"{n if n.isdigit() else vi_word(count) if count else 'nhiều'} lần"


def _given(text: str) -> str | None:
    """"Tôi hiến máu được năm lần rồi." as "I've given blood five times.", "Bạn đã hiến máu bao giờ chưa?" as "Have you
    ever given blood?", "Tôi chưa hiến máu lần nào." as "I've never given blood." (_GIVEN); None for anything else, and
    "được" alone asking ("Bạn hiến máu được mấy lần?": how many times can you?)."""
    m = _GIVEN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    done = bool(m["aux"] or m["got"] or m["done"])
    if m["ever"]:
        if m["got"] or m["done"] or asked != bool(m["q"]) or asked == bool(m["not"]):
            return None
        return f"{_HAS[one].capitalize()} {who_} ever given blood?" if asked else capitalised(
            contracted(who_, f"{_HAS[one]} never given blood."))
    if m["not"] or m["q"] or not done or asked != bool(m["how"]) or asked and not (m["aux"] or m["done"]):
        return None
    if asked:
        return f"How many times {_HAS[one]} {who_} given blood?"
    return capitalised(contracted(who_, f"{_HAS[one]} given blood {_times(m['n'], 'en')}."))


def _pronoun(m: re.Match, who_: str) -> str | None:
    """The pronoun English says who of a match of WHO (`who_` in English) again with: "I", "she" for "my mother",
    "they" for "my parents"; None for a name alone (he or she?)."""
    if who_ in ("I", "you", "he", "she", "we", "they"):
        return who_
    return "they" if be(who_) == "are" else {"his": "he", "her": "she"}.get(whose_own(m, who_) or "")


def _why(why: str, who_: str) -> str:
    """Who and why they can't give blood in English: "I'm underweight", "she has a cold", "he doesn't weigh enough"."""
    one = be(who_) == "is"
    if why == "weigh enough":
        return f"{who_} {'does' if one else 'do'}n't weigh enough"
    many = why == "a cold" and be(who_) == "are" and who_ != "you"  # ("we have colds")
    return f"{who_} {_HAS[one]} {'colds' if many else why}" if why in _HAD else contracted(who_, f"{be(who_)} {why}")


def _unable(text: str) -> str | None:
    """"Tôi bị cảm nên không hiến máu được." as "I have a cold, so I can't give blood.", "Tôi không đủ cân để hiến
    máu." as "I don't weigh enough to give blood." (_UNABLE, _CAN); None for anything else, another's reason."""
    if m := _CAN.fullmatch(text):
        said = None if em_speaking(m) or animal(m) else who(m, True)
        return said and f"Can {said[0]} give blood?"
    m = _UNABLE.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None:
        return None
    who_, so = said[0], keyed(m["so"] or "")
    why0, why = (m["why0"] and _WHY[keyed(m["why0"])]), (m["why"] and _WHY[keyed(m["why"])])
    if so == "để":
        ok = not (m["cant"] or m["allowed"] or why) and why0 in ("weigh enough", "too light")
        return capitalised(f"{_why(why0, who_)} to give blood.") if ok else None
    pron = _pronoun(m, who_) if so or why else who_
    if not (m["cant"] or m["allowed"]) or so and why or pron is None:
        return None
    if m["who2"] and ((m2 := re.fullmatch(WHO, " ".join(m["who2"].split()))) is None or
                      (who(m2, False) or ("",))[0] not in (who_, pron)):
        return None  # (another's reason: "Tôi không thể hiến máu vì mẹ tôi đang ốm.")
    subject = pron if so else who_
    cant = f"{subject} can't give blood" if m["cant"] else contracted(
        subject, f"{be(subject)} not allowed to give blood")
    if so:
        return capitalised(f"{_why(why0, who_)}, so {cant}.")
    return capitalised(f"{cant} because {_why(why, pron)}." if why else f"{cant}.")


def _drive(text: str) -> str | None:
    """"Tuần sau công ty tôi có đợt hiến máu." as "There's a blood drive at my company next week.", asked (_DRIVE);
    None for anything else, and a day said twice."""
    m = _DRIVE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    past = bool(day) and NEAR_WAY[day] == "behind"
    at = f"a blood drive at {OWNERS[keyed(m['owner'])]} {_PLACES[keyed(m['place'])]}"
    at += f" {_DAYS[day]}" if day else ""
    if m["asked"]:
        return f"{'Was' if past else 'Is'} there {at}?"
    return f"There was {at}." if past else f"There's {at}."


def _dizzy(text: str) -> str | None:
    """"Tôi hay bị chóng mặt sau khi hiến máu." as "I often feel dizzy after giving blood.", asked (_DIZZY); None for
    anything else, and neither a day, "đã" nor how often said (once, or each time?)."""
    m = _DIZZY.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    aux, day = keyed(m["aux"] or ""), DAYS_DONE.get(keyed(m["day0"] or ""), "")
    past, how = aux == "đã" or bool(day), SELDOM.get(aux)
    if past == bool(how) or asked and (aux == "đã" or how == "never"):
        return None
    dizzy, day = f"{'a bit ' * bool(m['bit'])}dizzy after giving blood", f" {day}" if day else ""
    if asked:
        return f"Did {who_} feel {dizzy}{day}?" if past else f"{'Does' if one else 'Do'} {who_} {how} feel {dizzy}?"
    return capitalised(f"{who_} felt {dizzy}{day}." if past else f"{who_} {how} feel{'s' * one} {dizzy}.")


def _said(text: str) -> str | None:
    """"Bạn nên nghỉ ngơi sau khi hiến máu." as "You should rest after giving blood.", "Hiến máu có an toàn không?" as
    "Is giving blood safe?" (_ADVICE, _SAFE, _AFRAID, _FIRST, _LAST); None for anything else."""
    if (m := _SAFE.fullmatch(text)) and (asked := asked_of(m)) is not None:
        so = _SO[keyed(m["so"])]
        if asked:
            return None if m["very"] else f"Is giving blood {so}?"
        return None if so == "harmful" else f"Giving blood is{' not' * bool(m['not'])}{' very' * bool(m['very'])} {so}."
    if m := _ADVICE.fullmatch(text):
        said = None if "?" in m["end"] else _who(m, False)
        return said and capitalised(f"{said[0]} should {_DO[keyed(m['do'])]} {_WHEN[m['when']]} giving blood.")
    if (m := _AFRAID.fullmatch(text)) and (asked := asked_of(m)) is not None and (said := _who(m, asked)):
        who_, afraid = said[0], f"{'really ' * bool(m['very'])}afraid of giving blood"
        if asked:
            return f"{be(who_).capitalize()} {who_} {afraid}?"
        return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {afraid}."))
    if m := _FIRST.fullmatch(text):
        asked = "?" in m["end"]
        said = None if asked != bool(m["q"]) else _who(m, asked)
        nth = _NTH[keyed(m["nth"])]
        time_ = said and f"the {en_nth(nth)} time {contracted(said[0], _HAS[said[1]] + ' given blood')}"
        return time_ and (f"Is this {time_}?" if asked else f"This is {time_}.")
    said = (m := _LAST.fullmatch(text)) and _who(m, True)
    return said and f"When did {said[0]} last give blood?"


def _agrees(first: str, one: bool, who_: str) -> bool:
    """Whether `first`, said after who in English (or asking first), agrees with who (`who_` in Vietnamese, `one` as
    mt.hobbies.who_vi gives them): mt.hobbies.first_agrees, with "don't", "isn't", "Is" as said."""
    word = " ".join(first.split()).lower().replace("n't", "").replace(" not", "")
    return first_agrees(be_said(word) if word in ("'s", "'m", "'re") else word, who_, one)


def _given_vi(text: str) -> str | None:
    """"How many times has your father given blood?" as "Bố bạn đã hiến máu bao nhiêu lần rồi?", "I just gave blood." as
    "Tôi vừa hiến máu." (_GIVEN_EN); None for anything else, a verb or a count not agreeing ("one times")."""
    m = _GIVEN_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    verb, have = m["verb"], m["q"] or m["have"]
    if m["just"]:
        return capitalised(f"{who_} vừa hiến máu.") if not have and not m["times"] and verb != "given" else None
    if not have or verb == "gave" or not _agrees(have, one, who_) or bool(m["q"]) == bool(m["times"]):
        return None
    if m["q"]:
        return None if who_ == "tôi" else capitalised(f"{who_} đã hiến máu bao nhiêu lần rồi?")
    times = _times(m["n"] or m["times"], "vi")
    return times and capitalised(f"{who_} đã hiến máu {times}.")


def _same(m: re.Match, pron: str, who_: str, one: bool) -> bool:
    """Whether `pron` is who of a match of WHO_EN said again: "I … I", "my mother … she", "Lan … she"."""
    pron = pron.lower()
    if m["who"]:
        return pron == m["who"].lower()
    if not one:
        return pron == "they"
    his = his_her(who_) if m["kin"] else named_his_her(m["given"])
    return _PRONOUNS_EN.get(pron) in ({"his", "her"} if his is None else {his})


def _unable_vi(text: str) -> str | None:
    """"I can't give blood because I'm taking medicine." as "Tôi không thể hiến máu vì đang uống thuốc." (_UNABLE_EN);
    None for anything else, a verb not agreeing, and a reason said of another."""
    m = _UNABLE_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    first = m["be"] or m["too"] or m["do"]
    if m["q"]:
        return None if first or m["cant"] or m["why"] else capitalised(f"{who_} có thể hiến máu không?")
    if first and not _agrees(first, one, who_) or not (first or m["cant"]):
        return None
    if m["too"] or m["do"]:
        return None if m["why"] else capitalised(
            f"{who_} {'quá nhẹ cân' if m['too'] else 'không đủ cân'} để hiến máu.")
    said = f"{who_} {'không thể' if m['cant'] else 'không được'} hiến máu"
    if not m["why"]:
        return capitalised(f"{said}.")
    why = " ".join(m["why"].split()).replace("do not", "don't").replace("does not", "doesn't")
    verb, _, what = why.partition(" ")
    pron = m["pron"].lower()
    if not _same(m, pron, who_, one) or not _agrees(verb, pron in ("he", "she"), EN_WHO_VI[pron]):
        return None
    return capitalised(f"{said} vì {_WHY_VI[keyed(what)]}.")


def _drive_vi(text: str) -> str | None:
    """"My company is holding a blood drive next week." as "Tuần sau công ty tôi có đợt hiến máu." (_DRIVE_EN); None for
    anything else, a day not agreeing, "our" (chúng tôi, chúng ta?), and "Was there …?" with no day."""
    m = next((m for p in _DRIVE_EN if (m := p.fullmatch(text))), None)
    q = m and m.groupdict().get("q")
    if not m or bool(q) != ("?" in m["end"]) or m["whose"].lower() == "our":
        return None
    past = keyed(q or m["be"]) in ("was", "had", "held")
    day = _DAYS_EN.get(keyed(m["day"] or ""), "")
    if day and (NEAR_WAY[day] == "behind") != past or past and q and not day:
        return None
    place = f"{_PLACES_VI[keyed(m['place'])]} {WHOSE_VI[m['whose'].lower()]}"
    drive = f"{place} {'đã ' * (past and not day)}có đợt hiến máu"
    return placed(drive, day, " không?" if q else ".")


def _dizzy_vi(text: str) -> str | None:
    """"I felt dizzy after giving blood yesterday." as "Hôm qua tôi bị chóng mặt sau khi hiến máu." (_DIZZY_EN);
    None for anything else, and a verb not agreeing."""
    m = _DIZZY_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    q, verb, adv = (m["q"] or "").lower(), m["verb"], (m["adv"] or "").lower()
    past = verb in ("felt", "got") or q == "did"
    if q and (verb not in ("feel", "get") or who_ == "tôi" or adv == "never" or q != "did" and not _agrees(
            q, one, who_)) or not q and not past and verb.endswith("s") != one or past and adv or m["day"] and not past:
        return None
    day = _DONE_EN.get(keyed(m["day"] or ""), "")
    dizzy = f"{HABIT_VI[adv] + ' ' if adv else ''}{'thấy hơi' if m['bit'] else 'bị'} chóng mặt sau khi hiến máu"
    if q:
        return placed(f"{who_} có {dizzy}", day, " không?")
    return placed(f"{who_} {dizzy}" if day or not past else f"{who_} đã {dizzy}", day, ".")


def _said_vi(text: str) -> str | None:
    """"Is giving blood safe?" as "Hiến máu có an toàn không?", "Is this your first time giving blood?" as "Đây là lần
    đầu tiên bạn hiến máu à?" (_ADVICE_EN, _SAFE_EN, _AFRAID_EN, _FIRST_EN, _LAST_EN); None for anything else."""
    if m := _SAFE_EN.fullmatch(text):
        so, asked = _SO_VI[keyed(m["so"])], "?" in m["end"]
        if asked != bool(m["q"]) or m["very"] and (asked or m["not"]):
            return None
        if asked:
            return f"Hiến máu có {so} không?"
        return f"Hiến máu {'không ' * bool(m['not'])}{'rất ' * bool(m['very'])}{'có ' * so.startswith('hại')}{so}."
    if m := _ADVICE_EN.fullmatch(text):
        said = _who_vi(m)
        when_ = "sau" if m["when"] == "after" else "trước"
        return said and capitalised(f"{said[0]} nên {_DO_VI[keyed(m['do'])]} {when_} khi hiến máu.")
    if m := _AFRAID_EN.fullmatch(text):
        said, q = _who_vi(m), m["q"]
        if not said or bool(q) == bool(m["be"]) or bool(q) != ("?" in m["end"]) or not _agrees(
                q or m["be"], said[1], said[0]):
            return None
        if q:
            return None if m["not"] or m["very"] or said[0] == "tôi" else capitalised(
                f"{said[0]} có sợ hiến máu không?")
        return None if m["not"] and m["very"] else capitalised(
            f"{said[0]} {'không ' * bool(m['not'])}{'rất ' * bool(m['very'])}sợ hiến máu.")
    if m := _FIRST_EN.fullmatch(text):
        asked = keyed(m["q"]) == "is this"
        said = (WHOSE_VI[m["my"].lower()], 1) if m["my"] else _who_vi(m)
        if asked != ("?" in m["end"]) or not said or m["have"] and not _agrees(m["have"], said[1], said[0]):
            return None
        nth = 1 if m["my"] else _NTH_EN[m["nth2"].lower()]
        return f"Đây là lần {_NTH_VI[nth]} {said[0]} hiến máu{' à?' if asked else '.'}"
    said = (m := _LAST_EN.fullmatch(text)) and _who_vi(m)
    return said and (None if said[0] == "tôi" else f"Lần cuối {said[0]} hiến máu là khi nào?")
