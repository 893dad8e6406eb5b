"""Washing oneself, both ways, written whole by rule: a shower or a bath, hands or face washed, hair washed, teeth
brushed; just done, done already, being done, asked whether done, wanted, needed, going to be done, done as a habit,
and told to do it ("Go and have a bath."). v8 reads "tắm" as bathing, "shower" as a person or a film: "Tôi vừa tắm
xong." → "I've been bathing.", "Tôi đi tắm." → "I'm going to show.", "Con đi tắm đi." → "She went to bath.", "Đi
đánh răng đi." → "Go to teeth.", "Bạn đã tắm chưa?" → "Are you bathed?", "Bạn đã đánh răng chưa?" → "Have you
brushed?", "Tôi muốn đi tắm." → "I'd like to show up."; and back, "I just had a shower." → "Tôi chỉ có một người
tắm.", "She's in the shower." → "Cô ấy ở trong bộ phim.", "Go brush your teeth." → "Hãy đánh răng răng.", "Have you
brushed your teeth?" → "Bạn đã đánh răng bằng răng chưa?", "I need a shower." → "Tôi cần một người tắm.".

Taken: who (mt.hobbies.WHO, WHO_EN) "vừa", "mới" (just), "đã … rồi" (already), "đang" (now; "in the shower"),
"… chưa?" (have you … yet), "muốn", "cần" (would like, need; asked with "có … không"), "sẽ" (will), "đi" said by the
speaker (going to), a habit with mt.hobbies.EVERY, twice a day or before eating or bed ("thường", "luôn" before it);
told, with "đi" at the end ("Con đi tắm đi.": to a child, "bath"), or "Nhớ … nhé" (remember to). "tắm" is "have a
shower" ("tắm bồn": a bath), back "tắm" for both. Whose hands is said only where who says which (not after a name
alone), and the English given must agree ("She have", "I washed her hands" are left). Left: "anh", "chị", "em" alone
saying it (mt.hobbies.who), "con" saying it ("Con đi tắm nhé.": may be the child), a plain verb ("Tôi tắm.", "Tôi đã
tắm."), "we", "they" or "các con" and a shower (one each, or together?), a day or time said, bathing someone else
("tắm cho em bé"), "Tôi đi tắm đây." and "sắp đi tắm" (mt/about_to.py's), hair washed just now or done ("Tôi vừa
gội đầu.", "I washed my hair.": mt/haircuts.py's), the bathroom (mt/tidying.py, switches.py, broken.py), the rest.
mt.phrasebook.translate tries these after mt/dreams.py.

    >>> translate("Con đi tắm đi.", "vi", "en"), translate("I just had a shower.", "en", "vi")
    ('Go and have a bath.', 'Tôi vừa tắm xong.')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, be_of, his_her_of, own_thing, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import (
    BE_EN,
    EN_WHOSE,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
    present,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tắm|rửa\s+(?:tay|mặt)|gội|đánh\s+răng)"),
         "en": lazy(r"(?i:shower|bath|hands|face|hair|teeth)")}

# what is washed: the English verb and what follows it ("{}": whose), and back (the first Vietnamese written back;
# "shower" and "bath" are both "tắm")
ACTS = {"tắm": ("have", "a shower"), "tắm vòi sen": ("have", "a shower"), "tắm bồn": ("have", "a bath"),
        "rửa tay": ("wash", "{} hands"), "rửa mặt": ("wash", "{} face"), "gội đầu": ("wash", "{} hair"),
        "đánh răng": ("brush", "{} teeth")}
ACTS_VI = {"shower": "tắm", "bath": "tắm", "hands": "rửa tay", "face": "rửa mặt", "hair": "gội đầu",
           "teeth": "đánh răng"}
# the verbs' forms: base, with "-s", past, past participle, "-ing"
_FORMS = {"have": ("have", "has", "had", "had", "having"), "take": ("take", "takes", "took", "taken", "taking"),
          "wash": ("wash", "washes", "washed", "washed", "washing"),
          "brush": ("brush", "brushes", "brushed", "brushed", "brushing")}
_BASE, _S, _PAST, _PP, _ING = range(5)
_VERB_OF = {form: verb for verb, forms in _FORMS.items() for form in forms}
_GOES_WITH = {"have": {"shower", "bath"}, "take": {"shower", "bath"}, "wash": {"hands", "face", "hair"},
              "brush": {"teeth"}}
# when it is done, as a habit (mt.hobbies.EVERY), and before what
TIMES = {"hai lần một ngày": "twice a day", "hai lần mỗi ngày": "twice a day", "mỗi ngày hai lần": "twice a day"}
BEFORE = {"trước khi ăn": "before eating", "trước khi ăn cơm": "before eating", "trước khi đi ngủ": "before bed"}
BEFORE_VI = {en: vi for vi, en in reversed(BEFORE.items())} | {
    "before you eat": "trước khi ăn", "before meals": "trước khi ăn", "before going to bed": "trước khi đi ngủ",
    "before you go to bed": "trước khi đi ngủ"}
_OFTEN = {"thường": "usually", "luôn": "always", "luôn luôn": "always"}  # (mt.hobbies.SELDOM's, before a habit)
_OFTEN_VI = {"usually": "thường", "always": "luôn", "often": "thường"}
_CHILD = {"con", "cháu", "các con", "các cháu"}  # (told to a child: a bath)

_ACT = rf"(?P<act>(?i:{alternatives(ACTS)}))"
_HABIT = (rf"(?:\s+(?:(?P<every>(?i:{alternatives(EVERY)}))|(?P<times>{alternatives(TIMES)})|"
          rf"(?P<before>{alternatives(BEFORE)})))")
# who does it, has just, already, is doing it, would like or needs to, will; asked with "chưa" or "có … không"
_SAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>vừa\s+mới|vừa|mới|đã|đang|sẽ)\s+)?"
             rf"(?:(?P<often>{alternatives(_OFTEN)})\s+)?(?:(?P<want>muốn|cần)\s+)?(?:(?P<go>đi)\s+)?{_ACT}"
             rf"(?:\s+(?P<xong>xong))?{_HABIT}?(?:\s+(?P<done>rồi))?(?:\s+(?P<q>chưa|không))?"
             rf"{SOFTENER}\s*(?P<end>[.!?]*)")
# ... asked of a child ("Con đã đánh răng chưa?": "con" saying it is the child)
_CHILD_ASKED = lazy(rf"(?i:con|cháu)\s+(?P<rest>(?=(?:đã\s+)?(?:tắm|rửa|gội|đánh))\S.*?"
                    rf"\s+chưa{SOFTENER}\s*\?+)")
# told: "Con đi tắm đi.", "Đi đánh răng đi con.", "Rửa tay trước khi ăn.", "Nhớ đánh răng nhé."
_TOLD = lazy(rf"(?:(?P<you>(?i:các\s+con|các\s+cháu|con|cháu|{YOU}))\s+)?(?:(?P<remember>(?i:nhớ))\s+)?"
             rf"(?:(?P<go>(?i:đi))\s+)?{_ACT}{_HABIT}?(?:\s+(?P<now>đi|nhé|nha|đấy))?"
             r"(?:\s+(?P<you2>con|cháu|các\s+con))?\s*[.!]*")

# ... in English: the verb and what is washed ("have a shower", "brushed her teeth")
_ACT_EN = (rf"(?P<verb>(?i:{alternatives(_VERB_OF)}))\s+(?:a\s+(?P<kind>shower|bath)|(?P<owner>{WHOSE_WORDS})\s+"
           r"(?P<part>hands|face|hair|teeth))")
_HABIT_EN = (rf"(?:\s+(?:(?P<every>{alternatives(EVERY_VI)})|(?P<times>twice\s+a\s+day)|"
             rf"(?P<before>{alternatives(BEFORE_VI)})))")
_HAVE = r"(?P<have>'ve|'s|\s+have|\s+has)"
# just done, done already ("I just had a shower.", "She's already brushed her teeth.", "I've had a shower already.")
_DONE_EN = [lazy(rf"{WHO_EN}{_HAVE}?\s+(?P<how>just|already)\s+{_ACT_EN}\s*[.!]*"),
            lazy(rf"{WHO_EN}{_HAVE}\s+{_ACT_EN}\s+(?P<how>already)\s*[.!]*")]
_ASKED_EN = lazy(rf"(?P<aux>Have|Has|Did)\s+{WHO_EN}\s+{_ACT_EN}(?:\s+yet)?\s*\?+")
# being done ("She's in the shower.", "I'm brushing my teeth.", "Is he having a bath?")
_NOW = rf"\s+(?:in\s+the\s+(?P<in>shower|bath)|{_ACT_EN})"
_NOW_EN = [lazy(rf"{WHO_EN}{BE_EN}{_NOW}\s*(?P<end>[.!]*)"),
           lazy(rf"(?P<be>Is|Are|Am)\s+{WHO_EN}{_NOW}\s*(?P<end>\?+)")]
_TOLD_EN = lazy(rf"(?:(?P<go>Go(?:\s+and)?)\s+|(?P<remember>Remember\s+to|Don't\s+forget\s+to)\s+)?"
                rf"{_ACT_EN}{_HABIT_EN}?(?:,?\s+please)?\s*[.!]*", re.IGNORECASE)
_WANTED_EN = lazy(rf"(?:(?P<aux>Would|Do|Does)\s+)?{WHO_EN}(?P<like>'d\s+like|\s+would\s+like|\s+like|"
                  rf"\s+wants?|\s+needs?)\s+(?:to\s+{_ACT_EN}|a\s+(?P<a>shower|bath))\s*(?P<end>[.!?]*)")
_AHEAD_EN = lazy(rf"{WHO_EN}(?:(?P<will>'ll|\s+will)|{BE_EN}\s+going\s+to)\s+{_ACT_EN}\s*[.!]*")
_HABIT_SAID_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<often>usually|always|often))?\s+{_ACT_EN}"
                      rf"{_HABIT_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says, asks or tells someone to have a shower or a bath, wash their hands,
    face or hair, or brush their teeth; None for any other."""
    if src == "vi":
        return _said(text) or _told(text) or _child_asked(text)
    text = text.replace("’", "'")
    return _done_vi(text) or _asked_vi(text) or _now_vi(text) or _told_vi(text) or _wanted_vi(text) or \
        _ahead_vi(text) or _habit_vi(text)


def doing(act: str, form: int, whose: str | None, bath: bool = False) -> str | None:
    """What is washed of ACTS in English, its verb in `form` and `whose` hands: "tắm" as "had a shower", "rửa tay" as
    "washing her hands"; "a bath" where `bath`; None where whose is needed and not known."""
    verb, what = ACTS[keyed(act)]
    if "{}" in what and not whose:
        return None
    what = "a bath" if bath and what == "a shower" else what.format(whose)
    if whose in ("our", "their") and what.endswith(" face"):
        what += "s"  # ("Họ đang rửa mặt.": they're washing their faces)
    return f"{_FORMS[verb][form]} {what}"


def _whose(m: re.Match, said: str) -> str | None:
    """Whose hands, for who of a match of WHO said in English (`said`): "my" for "I", "her" for "mẹ tôi"; None for a
    name alone ("Lan": his or her?)."""
    if m["who"]:
        return EN_WHOSE[said]
    return his_her_of(m)


def _said(text: str, bath: bool = False) -> str | None:
    """"Tôi vừa tắm xong." as "I just had a shower.", "Bạn đã đánh răng chưa?" as "Have you brushed your teeth yet?",
    "Cô ấy đang tắm." as "She's having a shower.", "Tôi đi tắm." as "I'm going to have a shower." (_SAID; "a bath"
    where `bath`: asked of a child); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m:
        return None
    tense, q, asked = keyed(m["tense"] or ""), m["q"], "?" in m["end"]
    just = tense in ("vừa", "mới", "vừa mới")
    if asked != bool(q) or (q == "không") != bool(m["ask"]) or m["xong"] and not (just or m["done"]):
        return None
    said = who(m, asked)
    habit = m["every"] or m["times"] or m["before"]
    if said is None or m["often"] and not habit:
        return None
    who_, one = said
    if who_ in ("we", "they") and keyed(m["act"]).startswith("tắm"):
        return None  # ("We just had a shower.": one, together?)
    whose = _whose(m, who_)
    if m["want"]:
        return _wanted(m, who_, one, whose, asked)
    if habit:
        return _habit(m, who_, one, whose, asked)
    if q == "chưa":  # ("Bạn tắm chưa?", with "đã" or not)
        act = None if tense not in ("", "đã") or m["go"] or m["done"] else doing(m["act"], _PP, whose, bath)
        return act and f"{'Has' if one else 'Have'} {who_} {act} yet?"
    if asked:
        act = None if tense != "đang" or m["go"] or m["done"] else doing(m["act"], _ING, whose)
        return act and f"{be(who_).capitalize()} {who_} {act}?"
    if m["ask"] or m["go"] and (tense not in ("", "sẽ") or who_ not in ("I", "we") or m["done"]):
        return None  # ("Cô ấy đi tắm.": going, or gone?)
    if just and not m["done"]:
        act = doing(m["act"], _PAST, whose)
        return act and capitalised(f"{who_} just {act}.")
    if m["done"] and tense in ("", "đã"):
        act = doing(m["act"], _PP, whose)
        return act and capitalised(contracted(who_, f"{'has' if one else 'have'} already {act}."))
    if m["done"] or m["xong"] or tense not in ("đang", "sẽ") and not m["go"]:
        return None
    act = doing(m["act"], _ING if tense == "đang" else _BASE, whose)
    going = "will" if tense == "sẽ" else be(who_) if tense == "đang" else f"{be(who_)} going to"
    return act and capitalised(contracted(who_, f"{going} {act}."))


def _child_asked(text: str) -> str | None:
    """"Con đã tắm chưa?" as "Have you had a bath yet?", "Con đã đánh răng chưa?" as "Have you brushed your teeth
    yet?" (_CHILD_ASKED, read as _SAID reads "Bạn … chưa?")."""
    m = _CHILD_ASKED.fullmatch(text)
    return _said(f"Bạn {m['rest']}", bath=True) if m else None


def _wanted(m: re.Match, who_: str, one: bool, whose: str | None, asked: bool) -> str | None:
    """"Tôi muốn tắm." as "I'd like to have a shower.", "Bạn có muốn tắm không?" as "Would you like to have a
    shower?", "Tôi cần tắm." as "I need a shower.", "Tôi cần rửa tay." as "I need to wash my hands." (_SAID with
    "muốn" or "cần")."""
    act = doing(m["act"], _BASE, whose)
    if not act or m["tense"] or m["done"] or m["xong"] or m["often"] or m["every"] or m["times"] or m["before"] or \
            m["q"] == "chưa" or asked and who_ == "I":
        return None
    if keyed(m["want"]) == "muốn":
        return f"Would {who_} like to {act}?" if asked else capitalised(
            f"{who_}'d like to {act}." if who_ in EN_WHOSE else f"{who_} would like to {act}.")
    act = act.removeprefix("have ") if act.startswith("have a ") else f"to {act}"  # ("I need a shower.")
    return present(who_, one, "need", act, asked)


def _habit(m: re.Match, who_: str, one: bool, whose: str | None, asked: bool) -> str | None:
    """"Tôi tắm mỗi sáng." as "I have a shower every morning.", "Anh ấy thường đánh răng trước khi đi ngủ." as "He
    usually brushes his teeth before bed.", "Bạn có đánh răng mỗi ngày không?" as "Do you brush your teeth every
    day?" (_SAID with a time of EVERY, TIMES or BEFORE)."""
    if m["tense"] or m["go"] or m["done"] or m["xong"] or m["q"] == "chưa" or asked and m["often"]:
        return None
    when = EVERY[keyed(m["every"])] if m["every"] else TIMES[keyed(m["times"])] if m["times"] else BEFORE[
        keyed(m["before"])]
    act = doing(m["act"], _S if one and not asked else _BASE, whose)
    if not act:
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {act} {when}?"
    often = f"{_OFTEN[keyed(m['often'])]} " if m["often"] else ""
    return capitalised(f"{who_} {often}{act} {when}.")


def _told(text: str) -> str | None:
    """"Con đi tắm đi." as "Go and have a bath.", "Đi đánh răng đi." as "Go and brush your teeth.", "Rửa tay trước
    khi ăn." as "Wash your hands before eating.", "Nhớ đánh răng nhé." as "Remember to brush your teeth." (_TOLD);
    None for anything else, and for "Con đi tắm nhé." (the child may be saying it)."""
    m = _TOLD.fullmatch(text)
    if not m or m["every"] or m["times"] or m["you"] and m["you2"]:
        return None
    now = keyed(m["now"] or "")
    if m["remember"] and (m["go"] or now == "đi") or not m["remember"] and not (
            now == "đi" or m["before"] and not now and not m["you2"]):
        return None
    you = keyed(m["you"] or m["you2"] or "")
    if you.startswith("các") and keyed(m["act"]).startswith("tắm"):
        return None  # ("Go and have your baths.")
    act = doing(m["act"], _BASE, "your", bath=you in _CHILD)
    before = f" {BEFORE[keyed(m['before'])]}" if m["before"] else ""
    if m["remember"]:
        return f"Remember to {act}{before}."
    return f"Go and {act}{before}." if m["go"] else capitalised(f"{act}{before}.")


def _act_vi(m: re.Match, forms: tuple[int, ...], who_: str | None = None, one: bool = False) -> str | None:
    """What a match of _ACT_EN washes, in Vietnamese ("rửa tay", "tắm"), where its verb is in one of `forms`, goes
    with what is washed, and whose is who's own (`who_`, `one` as mt.hobbies.who_vi gives them; "your" where
    `who_` is None: told); else None."""
    said = m["verb"].lower()
    verb, what = _VERB_OF[said], m["kind"] or m["part"]
    if not any(_FORMS[verb][f] == said for f in forms) or what not in _GOES_WITH[verb]:
        return None
    if m["owner"] and not (own_thing(m, who_, one) if who_ else m["owner"].lower() == "your"):
        return None
    return ACTS_VI[what]


def _done_vi(text: str) -> str | None:
    """"I just had a shower." as "Tôi vừa tắm xong.", "She's already brushed her teeth." as "Cô ấy đã đánh răng
    rồi.", "I've had a shower already." as "Tôi đã tắm rồi." (_DONE_EN); None where "has" does not agree."""
    m = next((m for p in _DONE_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, one = who_vi(m)
    have = {"'ve": "have", "'s": "has"}.get(m["have"] or "", (m["have"] or "").strip())
    if have and (have == "has") != one or not have and m["how"] == "already":
        return None
    act = _act_vi(m, (_PP,) if have else (_PAST,), who_, one)
    return act and capitalised(f"{who_} vừa {act} xong." if m["how"] == "just" else f"{who_} đã {act} rồi.")


def _asked_vi(text: str) -> str | None:
    """"Have you washed your hands?" as "Bạn đã rửa tay chưa?", "Did you brush your teeth?" as "Bạn đã đánh răng
    chưa?", "Has she had a shower yet?" as "Cô ấy đã tắm chưa?" (_ASKED_EN); None where "has" does not agree."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if m["aux"] != "Did" and (m["aux"] == "Has") != one:
        return None
    act = _act_vi(m, (_BASE,) if m["aux"] == "Did" else (_PP,), who_, one)
    return act and capitalised(f"{who_} đã {act} chưa?")


def _now_vi(text: str) -> str | None:
    """"She's in the shower." as "Cô ấy đang tắm.", "I'm brushing my teeth." as "Tôi đang đánh răng.", "Is he
    having a bath?" as "Anh ấy có đang tắm không?" (_NOW_EN); None where "is" does not agree."""
    m = next((m for p in _NOW_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, one = who_vi(m)
    act = "tắm" if m["in"] else _act_vi(m, (_ING,), who_, one)
    if act is None or be_said(m["be"]) != be_of(who_, one):
        return None
    return capitalised(f"{who_} có đang {act} không?" if "?" in m["end"] else f"{who_} đang {act}.")


def _told_vi(text: str) -> str | None:
    """"Go and have a bath." as "Đi tắm đi.", "Wash your hands." as "Rửa tay đi.", "Wash your hands before eating."
    as "Rửa tay trước khi ăn nhé.", "Remember to brush your teeth." as "Nhớ đánh răng nhé." (_TOLD_EN)."""
    m = _TOLD_EN.fullmatch(text)
    act = m and not m["every"] and not m["times"] and _act_vi(m, (_BASE,))
    if not act:
        return None
    before = f" {BEFORE_VI[keyed(m['before'])]}" if m["before"] else ""
    if m["remember"]:
        return f"Nhớ {act}{before} nhé."
    return capitalised(f"{'đi ' if m['go'] else ''}{act}{before} {'nhé' if before else 'đi'}.")


def _wanted_vi(text: str) -> str | None:
    """"I'd like to have a shower." as "Tôi muốn tắm.", "Would you like to have a bath?" as "Bạn có muốn tắm
    không?", "She needs a shower." as "Cô ấy cần tắm." (_WANTED_EN); None where "wants", "needs" does not agree."""
    m = _WANTED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    like, aux, asked = " ".join(m["like"].split()), m["aux"] or "", "?" in m["end"]
    if bool(aux) != asked or (aux == "Would") != (like == "like") or like.endswith("s") != (one and not aux) or \
            aux == "Do" and one or aux == "Does" and not one or aux and like.endswith("like") and aux != "Would":
        return None
    act = "tắm" if m["a"] else _act_vi(m, (_BASE,), who_, one)
    if not act:
        return None
    verb = "cần" if like.startswith("need") else "muốn"
    return capitalised(f"{who_} có {verb} {act} không?" if asked else f"{who_} {verb} {act}.")


def _ahead_vi(text: str) -> str | None:
    """"I'm going to have a shower." as "Tôi sẽ đi tắm.", "I'll wash my hands." as "Tôi sẽ rửa tay." (_AHEAD_EN);
    None where "is" does not agree."""
    m = _AHEAD_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    act = _act_vi(m, (_BASE,), who_, one)
    if not act or not m["will"] and be_said(m["be"]) != be_of(who_, one):
        return None
    return capitalised(f"{who_} sẽ {act}." if m["will"] else f"{who_} sẽ đi {act}.")


def _habit_vi(text: str) -> str | None:
    """"I have a shower every morning." as "Tôi tắm mỗi sáng.", "He usually brushes his teeth before bed." as "Anh
    ấy thường đánh răng trước khi đi ngủ.", "Do you brush your teeth every day?" as "Bạn có đánh răng mỗi ngày
    không?" (_HABIT_SAID_EN); None where the verb does not agree."""
    m = _HABIT_SAID_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if m["do"] and (m["do"] == "Does") != one:
        return None
    act = _act_vi(m, (_BASE,) if m["do"] or not one else (_S,), who_, one)
    if not act:
        return None
    when = EVERY_VI[keyed(m["every"])] if m["every"] else "hai lần một ngày" if m["times"] else BEFORE_VI[
        keyed(m["before"])]
    if m["do"]:
        return capitalised(f"{who_} có {act} {when} không?")
    return capitalised(f"{who_} {_OFTEN_VI[m['often']] + ' ' if m['often'] else ''}{act} {when}.")

