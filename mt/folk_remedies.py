"""Vietnamese folk remedies for a chill or a cold, both ways, written whole by rule: coin rubbing ("cạo gió"), a chill
caught ("trúng gió", "cảm gió"), a steam inhalation over boiled leaves ("xông lá", "xông hơi để chữa cảm"), a pot of
leaves boiled for one, cupping ("giác hơi") and balm oil ("dầu gió"). v8 (the rules on) reads "gió" as wind, "cạo" as
shaving, "giác hơi" as feeling, "xông" as rushing, and English "coin", "chill" and "cupping" as nonsense: "Mẹ tôi cạo
gió cho tôi." → "My mother shaved me.", "Tôi bị trúng gió." → "I was winded.", "Bà tôi hay bị trúng gió." → "My
grandmother is constantly getting winds.", "Tôi xông hơi để chữa cảm." → "I slighted to treat my feelings.", "Tôi đi
giác hơi." → "I'm going to feel somewhat.", "Bôi dầu gió vào đi." → "The oil was winded away."; "My mother rubbed my
back with a coin." → "Mẹ tôi chà xát lưng bằng một cái trùng.", "I caught a chill." → "Tôi bắt gặp một con chill.",
"I'm going for cupping." → "Tôi sẽ cốc.", "Put some balm on it." → "Đặt cái bàn chân lên.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) rubs whom's back with a coin ("cạo gió cho" mt.hobbies.WHOM; a plain
verb as the past, as one tells of it), just, now, as a habit (mt.hobbies.SELDOM) or on a day behind; has caught a
chill (said, "rồi", asked "có … không?"), just, on a day behind (said, denied, asked) or as a habit; did a steam
inhalation for their cold or over leaves (herbal: "xông lá", "xông nồi nước lá"), "rồi", just, now, on a day behind,
or as a habit "khi bị cảm"; boiled a pot of leaves for one ("để xông", "cho tôi xông"); goes for cupping ("Tôi đi giác
hơi.": I or we; a day ahead, "sẽ"), went (a day behind), has just been, would like to, as a habit, asked, ever
("đã bao giờ … chưa?") and never; "Bôi dầu gió vào đi." (on it, on a part of _PARTS); who has balm oil, with them
("mang theo"), asked or not. Left: "gió" alone (wind: mt/weather.py), "anh", "chị", "em" or "mẹ" alone saying it,
"I" asked, a pet, "xông hơi" with no cold (a sauna), "đã" with no day ("Tôi đã đi giác hơi.": went, or has been?), a
plain "Bà tôi đi giác hơi." (goes, went or is going?), "đang giác hơi" (having it, or giving it?), "không" with no day
(now, or a habit?), his or her back or steam inhalation of a third person who may be of that sex (their own?), a
pet's back, whom with who among them ("we … my"), "their back" of one (not "họ"), "chúng ta" with a plain verb and no
day (let's?), "Did … go for cupping?" with no day, "balm" had (lip balm?), a cold had (mt/ailments.py), massages
(mt/salons.py), acupuncture (mt/therapies.py), medicine (mt/medicine.py), aches (mt/aches.py), symptoms
(mt/symptoms.py), the chills of goosebumps (mt/goosebumps.py), and anything else.
mt.phrasebook.translate tries these after mt/grey_hairs.py.

    >>> translate("Mẹ tôi cạo gió cho tôi.", "vi", "en"), translate("I've caught a chill.", "en", "vi")
    ('My mother rubbed my back with a coin.', 'Tôi bị trúng gió.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .ever import PRONOUNS
from .hobbies import (HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, animal, em_speaking, his_her_of, own_thing,
                      pet, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:cạo\s+gió|trúng\s+gió|cảm\s+gió|dầu\s+gió|xông|giác\s+hơi)"),
         "en": lazy(r"(?i:coin|chill|steam|cupping|balm|medicated\s+oil)")}
# the days behind and ahead these are told of (mt.dates), and back
_BEHIND = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                    "đêm qua", "hôm kia", "tuần trước")  # (not "sáng nay": "Sáng nay tôi đi giác hơi." went or goes?)
_AHEAD = near_days("ngày mai", "sáng mai", "chiều mai", "tối mai", "ngày kia", "tuần sau", "tuần tới")
_DAYS = _BEHIND | _AHEAD
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# where balm is put, told to "you" (the first Vietnamese of each is written back)
_PARTS = {"thái dương": "your temples", "trán": "your forehead", "lưng": "your back", "ngực": "your chest",
          "bụng": "your stomach", "cổ": "your neck", "mũi": "your nose"}
_PARTS_VI = {en: vi for vi, en in reversed(_PARTS.items())}
# English verbs of each doing: base, with "-s", past, participle, "-ing"
_RUB, _CATCH, _DO = ("rub", "rubs", "rubbed", "rubbed", "rubbing"), ("catch", "catches", "caught", "caught", ""), \
    ("do", "does", "did", "done", "doing")
_BOIL, _GO = ("boil", "boils", "boiled", "boiled", "boiling"), ("go", "goes", "went", "been", "going")
_HAS = {"my": "I have", "your": "you have", "his": "he has", "her": "she has", "our": "we have", "their": "they have"}
_HOW = {"often": "habit", "just": "just", "now": "now"}  # _en's tense for a tense word of _opening (else "past")

# who, and the words of tense before the doing ("Hôm qua mẹ tôi đã …", "Bà tôi hay …", "Bạn có muốn …")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_OPENING = (rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<often>(?i:"
            rf"{alternatives(SELDOM)}))\s+|(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<now>đang)\s+|(?P<did>đã)\s+|"
            r"(?P<will>sẽ)\s+|(?P<want>muốn)\s+)?")
_CLOSING = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<day>{_DAY}))?{ASKED_END}"
_RUB_VI = lazy(rf"{_OPENING}cạo\s+gió\s+cho\s+{WHOM}{_CLOSING}")
_CHILL_VI = lazy(rf"{_OPENING}bị\s+(?:trúng|cảm)\s+gió{_CLOSING}")
# ("xông hơi" alone is a sauna too: a cold is said, or leaves)
_STEAM_VI = lazy(rf"{_OPENING}xông(?:\s+(?P<herbal>lá|nồi\s+lá|nồi\s+nước\s+lá)|\s+hơi)?"
                 rf"(?P<cold>\s+(?:để\s+|cho\s+đỡ\s+)?(?:chữa|giải)\s+cảm)?(?P<when>\s+khi\s+bị\s+cảm)?{_CLOSING}")
_POT_VI = lazy(rf"{_OPENING}(?:nấu|đun)\s+(?:một\s+)?nồi\s+(?:nước\s+)?lá\s+(?:để\s+xông|cho\s+{WHOM}\s+xông)"
               rf"{_CLOSING}")
_CUP_VI = lazy(rf"{_OPENING}(?P<go>đi\s+)?giác\s+hơi{_CLOSING}")
_EVER_VI = lazy(rf"{WHO}\s+(?:(?P<ever>(?:đã\s+)?(?:bao\s+giờ|từng))|(?P<never>chưa\s+(?:bao\s+giờ|từng)))\s+(?:đi\s+)?"
                rf"giác\s+hơi(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
_BALM_ON = lazy(rf"(?:(?i:hãy)\s+)?(?i:bôi|xoa|thoa)\s+(?:(?:một\s+)?(?:ít|chút)\s+)?dầu\s+gió(?P<on>\s+vào"
                rf"(?:\s+(?P<part>{alternatives(_PARTS)}))?)?(?:\s+(?:đi|nhé))?\s*(?P<end>[.!]*)")
_BALM_HAS = lazy(rf"{WHO}\s+(?P<verb>(?:có\s+|không\s+)?mang\s+theo|có|không\s+có)\s+dầu\s+gió{ASKED_END}")

# ... in English: who, the verb group (read by _en_tense) and the doing
_Q = r"(?:(?P<q>Do|Does|Did|Have|Has|Is|Are|Would|Will)\s+)?"
_VG = r"(?P<vg>(?:['’](?:ve|s|re|m|d|ll))?(?:\s+[a-z'’]+)*?)"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?\s*(?P<end>[.!?]*)"
_RUB_EN = lazy(rf"{_Q}{WHO_EN}{_VG}\s+(?P<verb>rub|rubs|rubbed|rubbing)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|"
               rf"(?P<someone>{SOMEONE_EN})['’]s)\s+back(?P<backs>s)?\s+with\s+a\s+coin{_DAY_EN}")
_CHILL_EN = lazy(rf"{_Q}{WHO_EN}{_VG}\s+(?P<verb>catch|catches|caught)\s+(?:a\s+chill|(?P<many>chills)){_DAY_EN}")
_STEAM_EN = lazy(rf"{_Q}{WHO_EN}{_VG}\s+(?P<verb>do|does|did|done|doing)\s+an?\s+(?P<herbal>herbal\s+)?steam\s+"
                 rf"inhalation(?:\s+(?:for\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+cold|(?P<when>when\s+(?P<sub>\w+)\s+"
                 rf"(?P<has>has|have)\s+a\s+cold)))?{_DAY_EN}")
_POT_EN = lazy(rf"{_Q}{WHO_EN}{_VG}\s+(?P<verb>boil|boils|boiled|boiling)\s+a\s+pot\s+of\s+leaves\s+for\s+(?:a|"
               rf"(?P<owner>(?i:{WHOSE_WORDS})))\s+steam\s+inhalation{_DAY_EN}")
_CUP_EN = lazy(rf"{_Q}{WHO_EN}{_VG}\s+(?P<verb>go|goes|went|been|going)\s+for\s+cupping{_DAY_EN}")
_EVER_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<vg>(?:['’]ve|\s+have|\s+has|['’]s)?\s+(?:ever|never))\s+had\s+"
                r"cupping\s*(?P<end>[.!?]*)")
_BALM_EN = r"(?:balm|balm\s+oil|medicated\s+oil)"
_BALM_ON_EN = lazy(rf"(?i:put|rub)\s+some\s+{_BALM_EN}\s+on(?:\s+(?P<it>it)|\s+(?P<part>{alternatives(_PARTS_VI)}))?"
                   r"\s*(?P<end>[.!]*)")
_BALM_HAS_EN = lazy(rf"{_Q}{WHO_EN}{_VG}\s+(?P<verb>have|has)\s+(?P<det>any|some)\s+(?:balm\s+oil|medicated\s+oil)"
                    r"(?P<carry>\s+(?:with|on)\s+(?:you|me|him|her|us|them))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of coin rubbing, a chill caught, a steam inhalation, a pot of leaves boiled for
    one, cupping or balm oil; None for any other."""
    if src == "vi":
        return _rub(text) or _chill(text) or _steam(text) or _pot(text) or _cup(text) or _ever(text) or _balm(text)
    text = text.replace("’", "'")
    return (_rub_vi(text) or _chill_vi(text) or _steam_vi(text) or _pot_vi(text) or _cup_vi(text) or _ever_vi(text)
            or _balm_vi(text))


def _opening(m: re.Match) -> tuple[str, bool, str, bool, bool, str, str] | None:
    """Who of a match of _OPENING … _CLOSING in English, whether one ("she does"), the tense word ("often", "just",
    "now", "did", "will", "want" or ""), whether asked ("có … không?"), denied, the day (English) and its way ("behind",
    "ahead", ""); None where asking does not hold together, a day is said twice, "rồi" asked, and who _who leaves."""
    asked, d, day = bool(m["asked"]), m.groupdict(), m["day0"] or m["day"]
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["not"] or m["day0"] and m["day"]:
        return None
    said = _who(m, asked)
    if said is None or asked and m["done"]:
        return None
    tense = next((k for k in ("often", "just", "now", "did", "will", "want") if d.get(k)), "")
    way = "" if not day else "behind" if keyed(day) in _BEHIND else "ahead"
    return said[0], said[1], tense, asked, bool(m["not"]), _DAYS[keyed(day)] if day else "", way


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet, "em" with "ạ" (the
    speaker), "anh" saying it, and "I" asked (a slip)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _c(who_: str, verb: str) -> str:
    """Who and a verb after it, contracted after a pronoun ("I've", "she's", "we're"), not after anyone else."""
    short = {"am": "'m", "is": "'s", "are": "'re", "have": "'ve", "has": "'s"}
    return f"{who_}{short[verb]}" if who_ in EN_WHOSE else f"{who_} {verb}"


def _en(who_: str, one: bool, tense: str, forms: tuple, rest: str, asked: bool = False, adv: str = "",
        day: str = "", end: str | None = None, denied: bool = False) -> str:
    """A sentence in English of who doing (`forms` of the verb) `rest` in a tense: "past" (asked, denied), "just",
    "perfect" (asked), "now", "habit" (with `adv`; asked), "going" (asked), "will", "like" (asked); a day after it."""
    base, s, past, pp, ing = forms
    be, have, day = "am" if who_ == "I" else "is" if one else "are", "has" if one else "have", f" {day}" * bool(day)
    if asked:
        said = {"past": f"Did {who_} {base}", "perfect": f"{have.title()} {who_} {pp}",
                "habit": f"{'Does' if one else 'Do'} {who_} {adv} {base}", "like": f"Would {who_} like to {base}",
                "going": f"{be.title()} {who_} going"}[tense]
        return f"{said} {rest}{day}?"
    said = {"past": f"{who_} {past}" if not denied else f"{who_} didn't {base}",
            "just": f"{_c(who_, have)} just {pp}", "perfect": f"{_c(who_, have)} {pp}", "now": f"{_c(who_, be)} {ing}",
            "habit": f"{who_} {adv} {s if one else base}", "going": f"{_c(who_, be)} going",
            "will": f"{who_} will {base}", "like": f"{who_} would like to {base}"}[tense]
    return capitalised(f"{said} {rest}{day}{stop(end)}")


def _whose_of(said: str, m: re.Match, who_: str) -> str | None:
    """Whose, in English, of whom of mt.hobbies.WHOM: "tôi" as "my", "mẹ tôi" as "my mother's"; None for anyone not
    read, a pet (no remedy), who's own (`who_` in English: "I" … "tôi"), and "his" or "her" where who of the match
    `m` may be of that sex ("Bố tôi cạo gió cho anh ấy.": "My father rubbed his back" reads as his own)."""
    whose = EN_WHOSE[PRONOUNS[keyed(said)]] if keyed(said) in PRONOUNS else (named := someone(said, "vi")) and \
        f"{named}'s"
    if pet(said, "vi") or whose in (EN_WHOSE.get(who_), f"{who_}'s"):
        return None
    third = who_ not in ("I", "you", "we", "they")
    return None if whose in ("his", "her") and third and whose_own(m, who_) in (None, whose) else whose


def _proposed(m: re.Match, tense: str, day: str) -> bool:
    """Whether a plain verb with no day or "rồi" follows "chúng ta" (we, the one spoken to among us): "Chúng ta xông
    lá." is as likely "let's" as "we did"."""
    return keyed(m["who"] or "") == "chúng ta" and not tense and not day and not m["done"]


def _rub(text: str) -> str | None:
    """"Mẹ tôi cạo gió cho tôi." as "My mother rubbed my back with a coin.", "Bà tôi đang cạo gió cho bố tôi." as
    "My grandmother is rubbing my father's back with a coin." (_RUB_VI; "cho họ": "their backs"); None for anything
    else, asked, denied, ahead, whom who is or is among, whom _whose_of leaves, and "chúng ta" with a plain verb."""
    said = (m := _RUB_VI.fullmatch(text)) and _opening(m)
    whose = said and _whose_of(m["whom"], m, said[0])
    if not said or not whose or said[3] or said[4] or said[6] == "ahead" or m["done"]:
        return None
    who_, one, tense, _, _, day, _ = said
    if tense in ("will", "want") or day and tense not in ("", "did") or _proposed(m, tense, day):
        return None
    if (who_, whose) in (("I", "our"), ("we", "my")):
        return None  # ("Tôi cạo gió cho chúng ta.": who among whom)
    adv, backs = SELDOM.get(keyed(m["often"] or ""), ""), "s" * (whose in ("our", "their"))  # (each their own)
    return _en(who_, one, _HOW.get(tense, "past"), _RUB, f"{whose} back{backs} with a coin", adv=adv, day=day,
               end=m["end"])


def _chill(text: str) -> str | None:
    """"Tôi bị trúng gió." as "I've caught a chill.", "Hôm qua mẹ tôi bị cảm gió." as "My mother caught a chill
    yesterday.", "Bà tôi hay bị trúng gió." as "My grandmother often catches chills.", "Bạn có bị trúng gió không?"
    as "Have you caught a chill?" (_CHILL_VI); None for anything else, and "không" with no day (now, or a habit?)."""
    said = (m := _CHILL_VI.fullmatch(text)) and _opening(m)
    if not said or said[6] == "ahead" or said[2] in ("now", "will", "want"):
        return None
    who_, one, tense, asked, not_, day, _ = said
    if day and (tense not in ("", "did") or m["done"]) or not_ and not day or tense == "just" and (asked or m["done"]):
        return None
    how = "past" if day else {"often": "habit", "just": "just"}.get(tense, "perfect")
    adv = SELDOM.get(keyed(m["often"] or ""), "")
    return _en(who_, one, how, _CATCH, "chills" if how == "habit" else "a chill", asked, adv, day, m["end"], not_)


def _steam(text: str) -> str | None:
    """"Tôi xông hơi để chữa cảm." as "I did a steam inhalation for my cold.", "Bà tôi xông lá." as "My grandmother
    did a herbal steam inhalation.", "Bà tôi hay xông lá khi bị cảm." as "My grandmother often does a herbal steam
    inhalation when she has a cold." (_STEAM_VI); None for anything else, "xông hơi" with no cold (a sauna?), whose
    cold not told (a name alone), and "chúng ta" with a plain verb."""
    said = (m := _STEAM_VI.fullmatch(text)) and _opening(m)
    if not said or said[4] or said[6] == "ahead" or not (m["herbal"] or m["cold"] or m["when"]) or m["cold"] and m[
            "when"] or said[2] in ("will", "want"):
        return None
    who_, one, tense, asked, _, day, _ = said
    whose = EN_WHOSE.get(who_) or his_her_of(m) if m["cold"] or m["when"] else ""
    if whose is None or _proposed(m, tense, day) or bool(m["when"]) != (tense == "often") or asked and tense != \
            "often" or day and (tense not in ("", "did") or m["done"]):
        return None
    rest = f"a{' herbal' * bool(m['herbal'])} steam inhalation"
    rest += f" for {whose} cold" if m["cold"] else f" when {_HAS[whose]} a cold" if m["when"] else ""
    adv = SELDOM.get(keyed(m["often"] or ""), "")
    tense = "perfect" if m["done"] and tense in ("", "did") else _HOW.get(tense, "past")
    return _en(who_, one, tense, _DO, rest, asked, adv, day, m["end"])


def _pot(text: str) -> str | None:
    """"Mẹ tôi nấu nồi nước lá để xông." as "My mother boiled a pot of leaves for a steam inhalation.", "Mẹ tôi đang
    đun nồi nước lá cho tôi xông." as "My mother is boiling a pot of leaves for my steam inhalation." (_POT_VI); None
    for anything else, "mẹ" alone (the speaker, or "you"?), asked, whom who is, whom _whose_of leaves, and "chúng ta"
    with a plain verb."""
    said = (m := _POT_VI.fullmatch(text)) and _opening(m)
    whose = "a" if m and not m["whom"] else said and _whose_of(m["whom"], m, said[0])
    if not said or not whose or said[3] or said[4] or said[6] == "ahead" or said[2] not in ("", "did", "just", "now") \
            or m["done"] or said[5] and said[2] not in ("", "did") or _proposed(m, said[2], said[5]):
        return None
    return _en(said[0], said[1], _HOW.get(said[2], "past"), _BOIL, f"a pot of leaves for {whose} steam inhalation",
               day=said[5], end=m["end"])


def _cup(text: str) -> str | None:
    """"Tôi đi giác hơi." as "I'm going for cupping.", "Hôm qua bố tôi đi giác hơi." as "My father went for cupping
    yesterday.", "Mẹ tôi hay đi giác hơi." as "My mother often goes for cupping.", "Bạn có muốn đi giác hơi không?" as
    "Would you like to go for cupping?" (_CUP_VI); None for anything else, and a plain "Bà tôi đi giác hơi." (when?)."""
    said = (m := _CUP_VI.fullmatch(text)) and m["go"] and _opening(m)
    if not said or said[4] or m["done"] or said[2] == "now":
        return None
    who_, one, tense, asked, _, day, way = said
    how = {("ahead", ""): "going", ("ahead", "will"): "going", ("behind", ""): "past", ("behind", "did"): "past",
           ("", "often"): "habit", ("", "just"): "just", ("", "will"): "will", ("", "want"): "like"}.get((way, tense))
    how = "going" if not way and not tense and who_ in ("I", "we") else how
    if how is None or asked and how not in ("past", "habit", "like", "going"):
        return None
    adv = SELDOM.get(keyed(m["often"] or ""), "")
    return _en(who_, one, how, _GO, "for cupping", asked, adv, day, m["end"])


def _ever(text: str) -> str | None:
    """"Bạn đã bao giờ giác hơi chưa?" as "Have you ever had cupping?", "Tôi chưa bao giờ đi giác hơi." as "I've never
    had cupping." (_EVER_VI); None for anything else, "ever" said and "never" asked."""
    asked = bool((m := _EVER_VI.fullmatch(text)) and m["asked"])
    said = m and asked == ("?" in m["end"]) == bool(m["ever"]) and _who(m, asked)
    if not said:
        return None
    return _en(*said, "perfect", ("", "", "", "ever had", ""), "cupping", asked) if asked else \
        capitalised(f"{_c(said[0], 'has' if said[1] else 'have')} never had cupping{stop(m['end'])}")


def _balm(text: str) -> str | None:
    """"Bôi dầu gió vào đi." as "Put some balm on it.", "Xoa dầu gió vào thái dương." as "Put some balm on your
    temples.", "Bạn có dầu gió không?" as "Do you have any balm oil?", "Tôi có mang theo dầu gió." as "I have some
    balm oil with me." (_BALM_ON, _BALM_HAS); None for anything else."""
    if m := _BALM_ON.fullmatch(text):
        on = f" {_PARTS[keyed(m['part'])]}" if m["part"] else " it" if m["on"] else ""
        return f"Put some balm on{on}{stop(m['end'])}"
    verb = (m := _BALM_HAS.fullmatch(text)) and keyed(m["verb"])
    asked = bool(m and m["asked"])
    said = m and asked == ("?" in m["end"]) and not (asked and not verb.startswith("có")) and _who(m, asked)
    if not said:
        return None
    who_, one = said
    if "mang" in verb and who_ not in EN_OBJECT:
        return None  # ("Mẹ tôi mang theo dầu gió.": with her, or with them?)
    carry, denied = f" with {EN_OBJECT[who_]}" if "mang" in verb else "", verb.startswith("không")
    oil = f"{'any' if asked or denied else 'some'} balm oil{carry}"
    return present(who_, one, "have", oil, asked, denied, m["end"])


def _en_tense(m: re.Match, forms: tuple) -> tuple[str, str, bool, bool, str] | None:
    """Who of a match of a pattern over WHO_EN in Vietnamese, the tense of its verb group (groups "q", "vg", "verb":
    "present", "past", "perfect", "just", "now", "habit", "will", "like"), whether asked, denied, and a habit's adverb;
    None for a verb group not read or not agreeing ("She have", "Do he"), "I" asked, a pet, and a "?" not asked."""
    base, s, past, pp, ing = forms
    q, said = (m["q"] or "").lower(), " ".join(f"{m['vg']} {m['verb']}".lower().split())
    if bool(q) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    pron, i = bool(m["who"]), who_ == "tôi"
    be, have, do = "am" if i else "is" if one else "are", "has" if one else "have", "does" if one else "do"
    bes = {be} | ({"'m" if i else "'s" if one else "'re"} if pron else set())
    haves = {have} | ({"'s" if one else "'ve"} if pron else set())
    if q:
        table = {"did": {base: "past"}, have: {pp: "perfect"}, do: {base: "present"}, be: {ing: "now"},
                 "would": {f"like to {base}": "like"}}.get(q, {})
        tense = table.get(said) or (q == do and said.split(" ", 1)[0] in HABIT_VI and said.endswith(f" {base}") and
                                   "habit")
        adv = said.split(" ", 1)[0] if tense == "habit" else ""
        return None if not tense or i else (who_, tense, True, False, adv)
    table = {past: ("past", False), f"didn't {base}": ("past", True), f"did not {base}": ("past", True),
             s if one else base: ("present", False), f"{do}n't {base}": ("present", True),
             f"{do} not {base}": ("present", True), f"{have}n't {pp}": ("perfect", True),
             f"{have} not {pp}": ("perfect", True), f"will {base}": ("will", False)}
    table |= {f"{h} just {pp}": ("just", False) for h in haves} | {f"{h} {pp}": ("perfect", False) for h in haves}
    table |= {f"{b} {ing}": ("now", False) for b in bes}
    table |= {f"{a} {s if one else base}": ("habit", False) for a in HABIT_VI}
    table |= {f"{w} like to {base}": ("like", False) for w in (("would", "'d") if pron else ("would",))}
    found = table.get(said)
    return found and (who_, found[0], False, found[1], said.split(" ", 1)[0] if found[0] == "habit" else "")


def _vi(said: tuple, doing: str, day: str | None = None, done: str = "") -> str:
    """A sentence in Vietnamese of who doing `doing` in the tense of `said` (as _en_tense gives it): "Mẹ tôi vừa …",
    "Bạn có hay … không?", "Tôi không …", a day before it ("Hôm qua tôi …"), `done` ("rồi") after a perfect."""
    who_, tense, asked, denied, adv = said
    word = {"just": "vừa ", "now": "đang ", "habit": f"{HABIT_VI.get(adv, '')} ", "will": "sẽ ", "like": "muốn "}.get(
        tense, "")
    opening = f"{_DAYS_VI[day.lower()]} " if day else ""
    if asked:
        return capitalised(f"{opening}{who_} có {word}{doing} không?")
    if tense == "perfect" and done and not denied:
        doing += f" {done}"
    return capitalised(f"{opening}{who_} {'không ' * denied}{word}{doing}.")


def _rub_vi(text: str) -> str | None:
    """"My mother rubbed my back with a coin." as "Mẹ tôi cạo gió cho tôi.", "Is she rubbing your back with a coin?"
    as "Cô ấy có đang cạo gió cho bạn không?" (_RUB_EN; "our backs": "chúng tôi"); None for anything else, whom who is
    or among who, a pet's back, "our" or "their" with one back, and his or her back of a third person (their own?)."""
    said = (m := _RUB_EN.fullmatch(text)) and _en_tense(m, _RUB)
    if not said or said[1] not in ("past", "just", "now", "habit") or not _past_day(m, said[1]) or said[3]:
        return None
    owner = (m["owner"] or "").lower()
    whom = WHOSE_VI.get(owner) or someone(m["someone"], "en") if owner or m["someone"] else None
    if not whom or whom == said[0] or owner in ("his", "her", "their") and keyed(m["who"] or "") not in ("i", "you",
                                                                                                       "we"):
        return None  # (one's own back, or maybe: "My mother rubbed her back …")
    if bool(m["backs"]) != (owner in ("our", "their")) or pet(m["someone"], "en"):
        return None  # ("their back": one, not "họ"; "my dog's back": no remedy)
    if {whom, said[0]} in ({"tôi", "chúng tôi"}, {"tôi", "chúng ta"}):
        return None  # ("We rubbed my back": who among whom)
    return _vi(said, f"cạo gió cho {whom}", m["day"])


def _chill_vi(text: str) -> str | None:
    """"I've caught a chill." and "I caught a chill." as "Tôi bị trúng gió.", "Have you caught a chill?" as "Bạn có bị
    trúng gió không?", "My mother caught a chill yesterday." as "Hôm qua mẹ tôi bị trúng gió.", "My grandmother often
    catches chills." as "Bà tôi hay bị trúng gió." (_CHILL_EN); None for anything else, and "chills" but as a habit."""
    said = (m := _CHILL_EN.fullmatch(text)) and _en_tense(m, _CATCH)
    if not said or said[1] not in ("past", "perfect", "just", "habit") or m["many"] and said[1] != "habit" or \
            not _past_day(m, said[1]) or said[1] == "habit" and said[3]:
        return None
    return _vi(said, "bị trúng gió", m["day"])


def _past_day(m: re.Match, tense: str) -> bool:
    """Whether the day of an English match (group "day") goes with its tense: none, or a day behind with the past."""
    return not m["day"] or tense == "past" and _DAYS_VI[m["day"].lower()] in _BEHIND


def _steam_vi(text: str) -> str | None:
    """"I did a steam inhalation for my cold." as "Tôi xông hơi để chữa cảm.", "She often does a herbal steam
    inhalation when she has a cold." as "Cô ấy hay xông lá khi bị cảm." (_STEAM_EN); None for anything else, no leaves
    or cold said (a sauna in Vietnamese), and a cold not who's own ("I … for your cold", "She … when he has a cold")."""
    said = (m := _STEAM_EN.fullmatch(text)) and _en_tense(m, _DO)
    if not said or said[3] or said[1] not in ("past", "perfect", "just", "now", "habit") or not _past_day(m, said[1]) \
            or not (m["herbal"] or m["owner"] or m["when"]) or bool(m["when"]) != (said[1] == "habit") or said[2] and (
            said[1] != "habit") or m["owner"] and not own_thing(m, *who_vi(m)):
        return None
    if m["when"]:
        sub, own = m["sub"].lower(), keyed(m["who"] or "") or {"his": "he", "her": "she"}.get(his_her(said[0]) or "")
        if sub != (own or sub) or sub not in ("he", "she") and not own or (m["has"] == "has") != (sub in ("he", "she")):
            return None
    doing = f"xông {'lá' if m['herbal'] else 'hơi'}{' để chữa cảm' * bool(m['owner'])}{' khi bị cảm' * bool(m['when'])}"
    return _vi(said, doing, m["day"], "rồi")


def _pot_vi(text: str) -> str | None:
    """"My mother boiled a pot of leaves for a steam inhalation." as "Mẹ tôi nấu nồi nước lá để xông.", "My mother is
    boiling a pot of leaves for my steam inhalation." as "Mẹ tôi đang nấu nồi nước lá cho tôi xông." (_POT_EN); None
    for anything else, and his or her steam inhalation (whose?)."""
    said = (m := _POT_EN.fullmatch(text)) and _en_tense(m, _BOIL)
    if not said or said[2] or said[3] or said[1] not in ("past", "just", "now") or not _past_day(m, said[1]):
        return None
    own = own_thing(m, *who_vi(m)) if m["owner"] else True
    whose = "để xông" if own else f"cho {WHOSE_VI.get(m['owner'].lower())} xông"
    return None if own is None else _vi(said, f"nấu nồi nước lá {whose}", m["day"])


def _cup_vi(text: str) -> str | None:
    """"I'm going for cupping." as "Tôi đi giác hơi.", "My father went for cupping yesterday." as "Hôm qua bố tôi đi
    giác hơi.", "I'd like to go for cupping." as "Tôi muốn đi giác hơi." (_CUP_EN); None for anything else, "has
    been" (once, or ever?), and "Did … go …?" with no day (in Vietnamese it asks "are you going?")."""
    said = (m := _CUP_EN.fullmatch(text)) and _en_tense(m, _GO)
    if not said or said[3] or said[1] not in ("past", "just", "now", "habit", "will", "like"):
        return None
    if m["day"] and not _past_day(m, said[1]) and (said[1] not in ("now", "will") or _past_day(m, "past")):
        return None
    if said[2] and said[1] == "past" and not m["day"]:
        return None  # ("Did you go …?": "Bạn có đi giác hơi không?" asks "are you going?")
    if said[1] == "now":  # ("I'm going for cupping": on the way, or soon)
        said = (said[0], "going", said[2], False, "")
    past = said[1] == "past" and not (m["day"] or said[2] or said[3])  # ("Tôi đi giác hơi." is going)
    return _vi(said, f"{'đã ' * past}đi giác hơi", m["day"])


def _ever_vi(text: str) -> str | None:
    """"Have you ever had cupping?" as "Bạn đã bao giờ giác hơi chưa?", "I've never had cupping." as "Tôi chưa bao giờ
    giác hơi." (_EVER_EN); None for anything else, and "has" or "have" not agreeing with who."""
    if not (m := _EVER_EN.fullmatch(text)) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    vg, have = " ".join(m["vg"].lower().split()), "has" if one else "have"
    if m["q"]:
        return f"{capitalised(who_)} đã bao giờ giác hơi chưa?" if m["q"].lower() == have and vg == "ever" and \
            who_ != "tôi" else None
    shorts = {f"{have} never"} | ({f"'{'s' if one else 've'} never"} if m["who"] else set())
    return capitalised(f"{who_} chưa bao giờ giác hơi.") if vg in shorts else None


def _balm_vi(text: str) -> str | None:
    """"Put some balm on it." as "Bôi dầu gió vào đi.", "Rub some balm on your temples." as "Bôi dầu gió vào thái
    dương đi.", "Do you have any balm oil?" as "Bạn có dầu gió không?", "I don't have any balm oil with me." as "Tôi
    không mang theo dầu gió." (_BALM_ON_EN, _BALM_HAS_EN); None for anything else, and "with" someone not who."""
    if m := _BALM_ON_EN.fullmatch(text):
        on = f" {_PARTS_VI[m['part'].lower()]}" if m["part"] else "" if m["it"] else None
        return None if on is None else f"Bôi dầu gió vào{on} đi."
    said = (m := _BALM_HAS_EN.fullmatch(text)) and _en_tense(m, ("have", "has", "had", "had", "having"))
    if not said or said[1] != "present" or (m["det"].lower() == "any") != (said[2] or said[3]):
        return None  # ("I have any balm oil.")
    carry, pron = m["carry"] and m["carry"].split()[-1].lower(), m["who"] and m["who"].lower()
    if carry and carry != EN_OBJECT.get("I" if pron == "i" else pron or ""):
        return None  # ("I have some balm oil with her": whose?)
    return _vi(said, "mang theo dầu gió" if carry else "có dầu gió").replace(" có có ", " có ")
