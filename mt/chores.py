"""Housework: who does which chore (does it, did it, is doing it, has to, will, has done it or not yet, never does it),
who does it asked, whose turn it is, and offers, said or asked, both ways, written whole by rule. v7 reads "bát" (a
bowl) as octal and the chores' verbs word by word: "Tôi đang rửa bát." → "I'm washing octal.", "Tôi rửa bát mỗi
ngày." → "I washed a bowl every day.", "Ai rửa bát?" → "Who washed a bowl?", "Đến lượt ai rửa bát?" → "Who washed up in
turn?", "Để tôi rửa bát." → "Let me wash an octal.", "Bạn đã rửa bát chưa?" → "Are you washed octal?", "Tôi đang phơi
quần áo." → "I'm playing clothes.", "Chồng tôi hút bụi vào thứ bảy." → "My husband dust on Saturday.", "Mẹ tôi đang
nấu cơm." → "My mother was cooking the rice."; and back, "I'm washing the dishes." → "Tôi đang rửa món ăn này.", "I have
to do the laundry." → "Tôi phải làm laundry.", "Who does the dishes?" → "Ai cũng giải tán sự tan rã?", "Lan is watering
the plants." → "Lan đang nước cho các nhà máy." (water for the factories), "I mopped the floor." → "Tôi bước xuống
sàn.", "He never does the ironing." → "Anh ta không bao giờ làm việc sắt.". Liked or hated, v8 (every rule on):
"Tôi ghét rửa bát." → "I hate washing.", "Tôi thích rửa bát." → "I like washing.", "Tôi không ngại rửa bát." → "I
don't worry about washing.", "Bạn có ghét rửa bát không?" → "Do you hate washcloth?", "Anh ấy ghét hút bụi." → "He
hates dust."; "I hate washing the dishes." → "Tôi ghét rửa món ăn.", "I don't mind doing the dishes." → "Tôi không
nhớ làm những món ăn này.", "I hate doing the laundry." → "Tôi ghét làm người laundry.", "He hates vacuuming." → "Anh
ấy ghét hoa.", "I hate taking out the rubbish." → "Tôi ghét đống đổ nát." (the rubble).

What is done is one of CHORES (CHORES_VI in English, with the forms of its verb: "does", "did", "done", "doing"); who
as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only asking), or "ai" (who?);
when a day mt.free_time.when reads, or every day, morning, week (mt.hobbies' words for them). "phải" is "have to",
"đang" the progressive, "sẽ" "will", "đã" or a day behind the past, "rồi" "have already done", "chưa" "haven't done …
yet" (asked, "Have … yet?"), "vừa" "have just done"; a plain verb is a habit ("every day", "on Saturdays", "at the
weekend", "usually"), and with a day of its own ("tối nay", "ngày mai") what is arranged ("I'm cooking tonight").
Taken too: "Đến lượt ai rửa bát?" (whose turn), "Để tôi rửa bát." (let me), "Tôi rửa bát nhé?" (shall I), "Bạn rửa bát
giúp tôi được không?" (can you), and who likes, hates ("thích", "ghét", "rất …", "… lắm": really; "không … lắm": not
really) or does not mind ("không ngại") a chore, said, denied or asked ("Bạn có ghét rửa bát không?" ↔ "Do you hate
doing the dishes?"; "like", "enjoy", "love", "hate", "don't mind" and the chore in "-ing"). Anything else is left to
the model: ironing liked or hated (mt/ironing.py's: "Tôi ghét là quần áo."), "cooking" liked in English
(mt/hobbies.py's: "nấu ăn"), "ngại" but "không ngại" and "Do you mind …?" (a favour asked), "love" asked or denied,
"hate to", a pet liking or hating one, "nhỉ", "vậy", "thế" ending a statement (agree?, then), "xong" (finished), a
chore of someone's ("make his bed"), "Let's" and "Shall we …?", "Will you …?" with no day (a favour asked?), "going"
with no day ("I'm going to the market": a plan, or on the way?).
mt.phrasebook.translate tries these after mt/origins.py.

    >>> translate("Tôi đang rửa bát.", "vi", "en"), translate("I have to do the laundry.", "en", "vi")
    ("I'm doing the dishes.", 'Tôi phải giặt quần áo.')
    >>> translate("Đến lượt ai rửa bát?", "vi", "en"), translate("Let me take out the rubbish.", "en", "vi")
    ('Whose turn is it to do the dishes?', 'Để tôi đổ rác.')
    >>> translate("Tôi ghét rửa bát.", "vi", "en"), translate("I don't mind doing the dishes.", "en", "vi")
    ('I hate doing the dishes.', 'Tôi không ngại rửa bát.')
"""
from __future__ import annotations

import re

from .free_time import OPENS, placed, when
from .hobbies import (EVERY, SELDOM, SELDOM_VI, SOMEONE_EN, WHO, WHO_EN, animal, be_of, often_said, someone, who,
                      who_vi)
from .lazy_re import lazy
from .tense import BEHIND, participle, past, third_person
from .terms import WHOSE_VI
from .text import (ASKED_END, EN_DAYS, EN_OBJECT, EN_OBJECT_VI, EN_WHOSE, SOFTENED_END, SOFTENER, agreement_asked,
                   alternatives, be, capitalised, contracted, keyed, present, stop)

# the chores, and how English says them (the first Vietnamese of each is written back: Northern first)
CHORES = {"rửa bát": "do the dishes", "rửa chén": "do the dishes", "rửa bát đĩa": "do the dishes",
          "giặt quần áo": "do the laundry", "giặt đồ": "do the laundry", "dọn dẹp nhà": "clean the house",
          "dọn dẹp nhà cửa": "clean the house", "dọn nhà": "clean the house", "lau nhà": "mop the floor",
          "lau sàn": "mop the floor", "lau sàn nhà": "mop the floor", "hút bụi": "vacuum", "nấu cơm": "cook",
          "nấu bữa tối": "cook dinner", "nấu cơm tối": "cook dinner", "đổ rác": "take out the rubbish",
          "là quần áo": "do the ironing", "ủi quần áo": "do the ironing", "ủi đồ": "do the ironing",
          "đi chợ": "go to the market", "tưới cây": "water the plants", "tưới hoa": "water the flowers",
          "dọn giường": "make the bed", "phơi quần áo": "hang out the washing", "phơi đồ": "hang out the washing"}
CHORES_VI = {en: vi for vi, en in reversed(CHORES.items())} | {
    "wash the dishes": "rửa bát", "do the washing-up": "rửa bát", "do the washing up": "rửa bát",
    "wash the clothes": "giặt quần áo", "do the washing": "giặt quần áo", "mop the floors": "lau nhà",
    "make dinner": "nấu bữa tối", "take out the trash": "đổ rác", "take out the garbage": "đổ rác",
    "take the rubbish out": "đổ rác", "take the trash out": "đổ rác", "iron the clothes": "là quần áo",
    "hang out the laundry": "phơi quần áo", "do the shopping": "đi chợ"}
# the forms of the chores' verbs mt.tense does not know, its past and its "-ing"
_PAST = {"wash": "washed", "mop": "mopped", "vacuum": "vacuumed", "water": "watered", "hang": "hung", "iron": "ironed"}
_ING = {"do": "doing", "go": "going", "wash": "washing", "clean": "cleaning", "mop": "mopping", "vacuum": "vacuuming",
        "cook": "cooking", "make": "making", "take": "taking", "water": "watering", "hang": "hanging",
        "iron": "ironing"}


def forms(chore: str) -> dict[str, str]:
    """The forms of an English chore of CHORES_VI, by kind ("base", "s", "past", "part", "ing"): "do the dishes" →
    "does the dishes", "did the dishes", "done the dishes", "doing the dishes"."""
    verb, _, rest = chore.partition(" ")
    did = past(verb) or _PAST[verb]
    said = {"base": verb, "s": third_person(verb), "past": did, "part": participle(verb) or did, "ing": _ING[verb]}
    return {kind: f"{form} {rest}".strip() for kind, form in said.items()}


# every form of every one ("cooked" is the past and the participle: `_read_en`)
_FORMS_EN = {keyed(form) for en in CHORES_VI for form in forms(en).values()}
_CHORE = rf"(?P<chore>(?i:{alternatives(CHORES)}))"
_CHORE_EN = rf"(?P<chore>(?i:{alternatives(_FORMS_EN)}))"
_BASE_EN = rf"(?P<chore>(?i:{alternatives(CHORES_VI)}))"
_END = r"\s*(?P<end>[.!?]*)"  # what ends a sentence: ".", "!", "?" or nothing
# liked, hated or not minded ("Tôi ghét rửa bát.", "I don't mind doing the dishes."): ironing is mt/ironing.py's
_LIKES = {"thích": "like", "ghét": "hate", "ngại": "mind"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét", "mind": "ngại"}
# ... "-ing" in English ("doing the dishes"); "cooking" is a hobby too (mt.hobbies: "nấu ăn")
_LIKED_EN = {keyed(forms(en)["ing"]): vi for en, vi in CHORES_VI.items() if vi != "là quần áo" and en != "cook"}
_LIKING = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?P<likes>thích|ghét|ngại)\s+"
               rf"{_CHORE}(?:\s+(?P<much>lắm))?{ASKED_END}")
_LIKING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                  rf"(?P<likes>(?:like|love|hate|enjoy|mind)s?)\s+(?P<doing>(?i:{alternatives(_LIKED_EN)})){_END}")
_OPENS = rf"(?:{OPENS}|(?i:mỗi|hằng|hàng)(?!\w))"  # a day, opening or after the chore (mt.free_time's, every …)
_DAY0 = rf"(?:(?P<day0>{_OPENS}[^,.!?]*?)\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>{_OPENS}[^,.!?]*?))?"
_DAY_EN = r"(?:\s+(?P<day>[^,.!?]+?))?"
# a day a habit is kept on, in English ("every day", "on Saturdays", "at the weekend")
_HABIT_DAY = lazy(rf"every\s.*|on\s+(?:{'|'.join(EN_DAYS)})s?|(?:at|on)\s+(?:the\s+)?weekends?", re.IGNORECASE)
_PARTICLE_SAID = lazy(r"\s(?i:nhỉ|thế|vậy)\s*[.!]*\Z")  # ending a statement, says more ("… nhỉ.": haven't I?)

# who does it ("Tôi đang rửa bát.", "Bạn có phải đi chợ không?", "Bạn đã rửa bát chưa?"), and who does it asked
_SAID = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<ask>có)\s+|(?P<yet>chưa)\s+)?"
             r"(?:(?P<aux>đã|đang|vừa\s+mới|vừa|mới)\s+)?(?:(?P<not>không)\s+)?"
             rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<must>phải)\s+)?{_CHORE}{_DAY}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_WHO_ASKED = lazy(rf"{_DAY0}[Aa]i\s+(?:(?P<will>sẽ)\s+)?(?:(?P<aux>đã|đang)\s+)?"
                  rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<must>phải)\s+)?{_CHORE}{_DAY}{SOFTENER}\s*\?+")
# ... in English: "do", "am", "will", "have" … after who, "n't" or "not" after it ("won't": "wo")
_AUX_EN = (r"(?:(?P<aux>\s+(?:do|does|did|will|wo|am|is|are|have|has)|['’](?:m|s|re|ll|ve))"
           r"(?P<not>\s+not|n['’]t)?)?")
_SHORT = {"'m": "am", "'s": "is", "'re": "are", "'ll": "will", "'ve": "have", "wo": "will"}
_ADVERBS_EN = rf"(?:\s+(?P<adv>{alternatives(SELDOM_VI)}|already|just))?"
_SAID_EN = lazy(rf"(?:(?P<aux0>Do|Does|Did|Will|Am|Are|Is|Have|Has)\s+)?{WHO_EN}{_AUX_EN}{_ADVERBS_EN}"
                rf"(?:\s+(?P<must>have|has|had)\s+to)?\s+{_CHORE_EN}(?:\s+(?P<yet>yet))?{_DAY_EN}{_END}")
_WHO_ASKED_EN = lazy(rf"Who(?P<aux>\s+(?:does|did|will|is|has)|['’](?:s|ll))?{_ADVERBS_EN}"
                     rf"(?:\s+(?P<must>has|had)\s+to)?\s+{_CHORE_EN}{_DAY_EN}\s*\?+")

# whose turn it is ("Đến lượt ai rửa bát?", "Hôm nay đến lượt tôi nấu cơm.")
_TURN = lazy(rf"{_DAY0}(?:[Đđ]ến|[Tt]ới)\s+lượt\s+(?:(?P<anyone>ai)|{WHO})\s+{_CHORE}{_DAY}"
             rf"(?:\s+(?:rồi|đấy|đó|nhé))?{SOFTENED_END}")
_TURN_EN = lazy(rf"(?:(?P<asked>Whose)\s+turn\s+is\s+it|It['’]s\s+(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))|"
                rf"(?P<someone>{SOMEONE_EN})['’]s)\s+turn)\s+to\s+{_BASE_EN}{_DAY_EN}{_END}")
# offers ("Để tôi rửa bát cho.", "Tôi rửa bát nhé?") and asking a favour ("Bạn rửa bát giúp tôi được không?")
_LET = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+{_CHORE}(?:\s+(?:cho|giúp|giùm)(?:\s+(?P<you>bạn))?)?"
            rf"(?:\s+(?P<ok>nhé|nha))?{_END}")
_LET_EN = lazy(rf"(?:Let\s+(?:(?P<obj>me|us|him|her|them)|(?P<someone>{SOMEONE_EN}))|Shall\s+(?P<shall>I|we))\s+"
               rf"{_BASE_EN}(?P<you>\s+for\s+you)?{_END}")
_CAN = lazy(rf"[Bb]ạn\s+(?:(?P<can>có\s+thể)\s+)?{_CHORE}(?:\s+(?:giúp|giùm|hộ|cho)\s+(?P<me>tôi|mình))?"
            r"\s+(?:(?P<ok>được)\s+)?không(?:\s+(?:vậy|ạ))?\s*\?+")
_CAN_EN = lazy(rf"(?:Can|Could)\s+you\s+(?:please\s+)?{_BASE_EN}(?P<me>\s+for\s+me)?(?:,?\s+please)?\s*\?+")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who does a chore, whose turn it is, or offers or asks for one;
    None for any other, and for a Vietnamese statement ending in "nhỉ", "vậy" or "thế" (_PARTICLE_SAID)."""
    text = text.strip()
    if (src, tgt) == ("vi", "en") and not _PARTICLE_SAID.search(text):
        return _done(text) or _who_asked(text) or _turn(text) or _let(text) or _can(text) or _liking(text)
    if (src, tgt) == ("en", "vi"):
        return _done_vi(text) or _who_asked_vi(text) or _turn_vi(text) or _let_vi(text) or _can_vi(text) or \
            _liking_vi(text)
    return None


def _aspect(m: re.Match, day: str) -> str | None:
    """What a match of _SAID or _WHO_ASKED says is done, by its words and its day (English, `day`), as the module
    docstring reads them: "habit", "past", "doing", "will", "must", "had to", "will have to", "done" or "just"; None
    where the words do not go together ("sẽ … hôm qua", "đang thường")."""
    found = m.groupdict()
    aux, behind, habit = keyed(found.get("aux") or ""), bool(BEHIND.match(day)), bool(_HABIT_DAY.fullmatch(day))
    seldom, will, done = found["seldom"], found["will"], found.get("done") or found.get("yet") or found.get(
        "asked") == "chưa"
    if found["must"]:
        if aux not in ("", "đã") or seldom or done or will and (behind or aux):
            return None
        return "will have to" if will else "had to" if aux or behind else "must"
    if done:  # ("Tôi đã rửa bát rồi.", "Tôi chưa rửa bát.", "Bạn rửa bát chưa?")
        return "done" if aux in ("", "đã") and not (day or seldom or will or found.get("not")) else None
    if will:
        return "will" if not (aux or seldom or behind or habit and day.startswith("every")) else None
    if aux in ("vừa", "mới", "vừa mới"):
        return "just" if not (day or seldom) else None
    if aux == "đang":
        return "doing" if not (seldom or behind or habit) else None
    if aux == "đã":
        return "past" if not (seldom or day and not behind) else None
    if behind:
        return None if seldom else "past"
    if seldom or habit or not day:
        return "habit" if habit or not day else None
    return "doing"  # ("Tối nay tôi nấu cơm.": I'm cooking tonight)


def _english(who_: str, one: bool, aspect: str, chore: str, how: dict) -> str:
    """What is done said in English, by who (`one`: who takes "-s"), `aspect` (of `_aspect`) and `how` ("not",
    "asked", "seldom", "day", "end"): "I'm doing the dishes.", "I haven't done the dishes yet."."""
    said, not_, asked, day = forms(chore), how.get("not"), how.get("asked"), how.get("day", "")
    do, seldom, end = "does" if one else "do", f"{how['seldom']} " if how.get("seldom") else "", how.get("end") or "."
    have = "has" if one else "have"
    if aspect == "habit" and day.removeprefix("on ") in EN_DAYS:
        day += "s"  # ("on Saturdays")
    day = f" {day}" if day else ""
    if aspect == "habit":
        return (f"{do.capitalize()} {who_} {seldom}{chore}{day}?" if asked else f"{who_} {do}n't {chore}{day}{end}"
                if not_ else f"{who_} {seldom}{said['s'] if one else chore}{day}{end}")
    if aspect == "past":
        return (f"Did {who_} {chore}{day}?" if asked else f"{who_} didn't {chore}{day}{end}" if not_ else
                f"{who_} {said['past']}{day}{end}")
    if aspect == "doing":
        return (f"{be(who_).capitalize()} {who_} {said['ing']}{day}?" if asked else
                contracted(who_, f"{be(who_)}{' not' * bool(not_)} {said['ing']}{day}{end}"))
    if aspect in ("will", "will have to"):
        chore = f"have to {chore}" if aspect == "will have to" else chore
        return (f"Will {who_} {chore}{day}?" if asked else f"{who_} won't {chore}{day}{end}" if not_ else
                contracted(who_, f"will {chore}{day}{end}"))
    if aspect in ("must", "had to"):
        do, have = ("did", "had") if aspect == "had to" else (do, have)
        return (f"{do.capitalize()} {who_} have to {chore}{day}?" if asked else
                f"{who_} {do}n't have to {chore}{day}{end}" if not_ else f"{who_} {have} to {chore}{day}{end}")
    if asked or not_:  # ("done", asked or not yet)
        return f"{have.capitalize()} {who_} {said['part']} yet?" if asked else f"{who_} {have}n't {said['part']} yet."
    return contracted(who_, f"{have} {'just' if aspect == 'just' else 'already'} {said['part']}{end}")


def _read_vi(m: re.Match, asked: bool) -> tuple[str, str, str] | None:
    """The day (English), what is done (`_aspect`) and how often ("usually") of a match of _SAID or _WHO_ASKED; None
    where they do not go together, or how often is asked but not "thường" or "hay"."""
    if m["day0"] and m["day"] or (day := when(m["day0"] or m["day"], "vi", EVERY)) is None:
        return None
    if (aspect := _aspect(m, day)) is None or m["seldom"] and (aspect != "habit" or asked and keyed(
            m["seldom"]) not in ("thường", "hay")):
        return None
    return day, aspect, often_said(m["seldom"], True) if m["seldom"] else ""  # ("thường": usually, a house habit)


def _done(text: str) -> str | None:
    """"Tôi đang rửa bát." as "I'm doing the dishes.", "Bạn đã rửa bát chưa?" as "Have you done the dishes yet?",
    "Hôm qua tôi giặt quần áo." as "I did the laundry yesterday." (_SAID); None for anything else."""
    if not (m := _SAID.fullmatch(text)) or bool(m["asked"]) != ("?" in m["end"]) or (m["asked"] == "không") != bool(
            m["ask"]) or m["not"] and (m["seldom"] or m["ask"] or m["aux"] == "đang") or m["yet"] and m["aux"]:
        return None  # (not "không thường", "có không", "đang không")
    asked = bool(m["asked"])
    if not (said := who(m, asked)) or (read := _read_vi(m, asked)) is None:
        return None
    day, aspect, seldom = read
    how = {"not": m["not"] or m["yet"], "asked": asked, "seldom": seldom, "day": day, "end": m["end"]}
    return capitalised(_english(*said, aspect, CHORES[keyed(m["chore"])], how))


def _who_asked(text: str) -> str | None:
    """"Ai rửa bát?" as "Who does the dishes?", "Hôm nay ai nấu cơm?" as "Who is cooking today?", "Ai thường đi
    chợ?" as "Who usually goes to the market?" (_WHO_ASKED); None for anything else."""
    if not (m := _WHO_ASKED.fullmatch(text)) or (read := _read_vi(m, False)) is None:
        return None
    day, aspect, seldom = read
    how = {"seldom": seldom, "day": day, "end": "?"}
    return capitalised(_english("who", True, aspect, CHORES[keyed(m["chore"])], how))


def _read_en(m: re.Match, one: bool, be_: str) -> tuple[str, str] | None:
    """What a match of _SAID_EN or _WHO_ASKED_EN says is done (as `_aspect`) and how often ("usually"); None where
    "do", "is" (`be_`), "has" or the verb does not agree with who (`one`: he, she, a name …) or with its day: "He do
    the dishes.", "I did the dishes tomorrow.", and "going" with no day."""
    found, day = m.groupdict(), keyed(m["day"] or "")
    said = keyed((found.get("aux0") or found.get("aux") or "").replace("’", "'"))
    aux, adv, must, not_ = _SHORT.get(said, said), keyed(m["adv"] or ""), keyed(m["must"] or ""), found.get("not")
    kinds = {kind for kind, form in forms(_chore(m["chore"])[1]).items() if keyed(form) == keyed(m["chore"])}
    do, have = "does" if one else "do", "has" if one else "have"
    behind, habit, seldom = bool(BEHIND.match(day)), bool(_HABIT_DAY.fullmatch(day)), adv in SELDOM_VI
    if aux == "is" and said.startswith("'") and "part" in kinds:
        aux = "has"  # ("He's done the dishes.")
    if said == "wo" and not not_ or seldom and (aux not in ("", do) or not_ or must):
        return None  # ("I won", "I don't usually …": left to the model)
    if seldom and found.get("aux0") and adv not in ("often", "usually"):
        return None  # ("Do you always …?")
    if must:
        if "base" not in kinds or adv or aux not in ("", do, "did", "will") or aux and must != "have":
            return None
        if aux == "will" or not aux and must not in (have, "had"):
            return ("will have to", "") if aux == "will" and not behind else None
        return ("had to", "") if "did" in (aux, must) or must == "had" else ("must", "") if not behind else None
    if aux in ("am", "is", "are"):
        # ("I'm going to the market" with no day: a plan, "sẽ", or on the way now, "đang"?)
        going = not day and keyed(m["chore"]).startswith("going ")
        ok = "ing" in kinds and aux == be_ and not (adv or behind or habit or going)
        return ("doing", "") if ok else None
    if aux in ("have", "has"):
        ok = "part" in kinds and aux == have and not day and adv in ("", "already", "just") and not (
            adv == "just" and (not_ or found.get("yet")))
        return ("just" if adv == "just" else "done", "") if ok else None
    if found.get("yet"):
        return None
    if aux == "will":
        return ("will", "") if "base" in kinds and not (adv or behind or habit and day.startswith("every")) else None
    if aux == "did" or not aux and "past" in kinds and adv in ("", "just"):
        ok = ("base" if aux else "past") in kinds and (not day or behind) and not (aux and adv)
        return ("just" if adv == "just" else "past", "") if ok and not (adv == "just" and day) else None
    ok = (kinds >= {"base"} and aux == do or not aux and ("s" if one else "base") in kinds) and (not day or habit)
    return ("habit", adv) if ok and adv not in ("already", "just") else None


def _chore(said: str) -> tuple[str, str]:
    """The Vietnamese and the chore of an English form ("did the laundry" → "giặt quần áo", "do the laundry")."""
    return next((vi, en) for en, vi in CHORES_VI.items() if keyed(said) in map(keyed, forms(en).values()))


def _vietnamese(who_: str, aspect: str, chore: str, how: dict) -> str | None:
    """What is done said in Vietnamese, by who (Vietnamese), `aspect` (of `_aspect`) and `how` ("not", "asked",
    "seldom" in English, "day" in Vietnamese, "end"): "Tôi đang rửa bát.", "Bạn có phải giặt quần áo không?"."""
    not_, asked, day, end = how.get("not"), how.get("asked"), how.get("day", ""), how.get("end") or "."
    if aspect == "done" and (asked or not_) or aspect == "past" and asked and not day:
        return placed(f"{who_} chưa {chore}" if not_ else f"{who_} đã {chore} chưa", "", "?" if asked else end)
    if asked:
        if aspect == "will" and not day:
            return None  # ("Will you do the dishes?": a favour asked, or what will be?)
        often = {"often": "hay ", "usually": "thường "}.get(how.get("seldom"), "")
        how_ = {"doing": "" if day else "đang ", "must": "phải ", "had to": "phải ", "will have to": "phải "}
        return _placed(f"{who_} có {often}{how_.get(aspect, '')}{chore}", day, " không?")
    said = {"habit": SELDOM_VI[how["seldom"]] if how.get("seldom") else "", "doing": "" if day or not_ else "đang",
            "will": "sẽ", "must": "phải", "had to": "phải" if day else "đã phải", "will have to": "sẽ phải",
            "done": "đã", "just": "vừa", "past": "" if day else "đã"}[aspect]
    if not_:  # ("không phải", "sẽ không", "đã không phải")
        said = {"sẽ": "sẽ không", "đã": "đã không", "đã phải": "đã không phải", "sẽ phải": "sẽ không phải"}.get(
            said, f"không {said}".strip())
    return _placed(" ".join(w for w in (who_, said, chore, "rồi" * (aspect == "done")) if w), day, end)


def _placed(said: str, day: str, end: str) -> str:
    """A Vietnamese sentence with its day as mt.free_time.placed puts it, and every day, morning … after what is said
    ("Tôi rửa bát mỗi ngày.", as a habit is said; "Mỗi ngày tôi rửa bát." tells of each day first)."""
    return placed(f"{said} {day}", "", end) if day.startswith(("mỗi ", "hằng ", "hàng ")) else placed(said, day, end)


def _done_vi(text: str) -> str | None:
    """"I'm washing the dishes." as "Tôi đang rửa bát.", "Have you done the dishes yet?" as "Bạn đã rửa bát chưa?"
    (_SAID_EN); None for anything else, and where the verb does not agree with who or the day."""
    if not (m := _SAID_EN.fullmatch(text)) or m["aux0"] and (m["aux"] or m["not"]) or bool(m["aux0"]) != (
            "?" in m["end"]) or m["yet"] and not (m["not"] or m["aux0"]):
        return None
    who_, one = who_vi(m)
    if (day := when(m["day"], "en", EVERY)) is None or (read := _read_en(m, one, be_of(who_, one))) is None:
        return None
    aspect, seldom = read
    how = {"not": m["not"], "asked": bool(m["aux0"]), "seldom": seldom, "day": day, "end": m["end"]}
    return _vietnamese(who_, aspect, _chore(m["chore"])[0], how)


def _who_asked_vi(text: str) -> str | None:
    """"Who does the dishes?" as "Ai rửa bát?", "Who's cooking tonight?" as "Tối nay ai nấu cơm?", "Who usually does
    the shopping?" as "Ai thường đi chợ?" (_WHO_ASKED_EN); None for anything else."""
    if not (m := _WHO_ASKED_EN.fullmatch(text)) or (day := when(m["day"], "en", EVERY)) is None:
        return None
    if (read := _read_en(m, True, "is")) is None or read[0] in ("done", "just"):
        return None
    return _vietnamese("ai", read[0], _chore(m["chore"])[0], {"seldom": read[1], "day": day, "end": "?"})


def _turn(text: str) -> str | None:
    """"Đến lượt ai rửa bát?" as "Whose turn is it to do the dishes?", "Hôm nay đến lượt tôi nấu cơm." as "It's my
    turn to cook today." (_TURN); None for anything else, and for a day behind or a habit's."""
    if not (m := _TURN.fullmatch(text)) or m["day0"] and m["day"] or bool(m["anyone"]) != ("?" in m["end"]):
        return None
    if (day := when(m["day0"] or m["day"], "vi", EVERY)) is None or BEHIND.match(day) or _HABIT_DAY.fullmatch(day):
        return None
    chore, day = CHORES[keyed(m["chore"])], f" {day}" if day else ""
    if m["anyone"]:
        return f"Whose turn is it to {chore}{day}?"
    if not (said := who(m, False)):
        return None
    whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"  # ("my", "my mother's", "Lan's")
    return f"It's {whose} turn to {chore}{day}{m['end'] or '.'}"


def _turn_vi(text: str) -> str | None:
    """"Whose turn is it to do the dishes?" as "Đến lượt ai rửa bát?", "It's my turn to cook tonight." as "Tối nay
    đến lượt tôi nấu cơm." (_TURN_EN); None for anything else."""
    if not (m := _TURN_EN.fullmatch(text)) or bool(m["asked"]) != ("?" in m["end"]):
        return None
    if (day := when(m["day"], "en", EVERY)) is None or BEHIND.match(m["day"] or "") or _HABIT_DAY.fullmatch(
            m["day"] or ""):
        return None
    whose = "ai" if m["asked"] else WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    if whose is None:
        return None
    return placed(f"đến lượt {whose} {CHORES_VI[keyed(m['chore'])]}", day, "?" if m["asked"] else m["end"] or ".")


def _let(text: str) -> str | None:
    """"Để tôi rửa bát." as "Let me do the dishes.", "Để tôi đổ rác cho bạn nhé." as "Let me take out the rubbish for
    you.", "Tôi rửa bát nhé?" as "Shall I do the dishes?" (_LET); None for anything else, and for "you"."""
    m = _LET.fullmatch(text)
    asked = "?" in m["end"] if m else False
    if not m or not (m["let"] or m["ok"]) or asked and not m["ok"] or not (said := who(m, False)):
        return None
    chore, you = CHORES[keyed(m["chore"])], " for you" if m["you"] else ""
    if not m["let"]:  # ("Tôi rửa bát nhé?": "Shall I …?"; "Tôi rửa bát nhé.": "I'll …")
        if said[0] not in ("I", "we"):
            return None
        return f"Shall {said[0]} {chore}{you}?" if asked else capitalised(contracted(said[0], f"will {chore}{you}."))
    return None if said[0] == "you" else f"Let {EN_OBJECT.get(said[0], said[0])} {chore}{you}{m['end'] or '.'}"


def _let_vi(text: str) -> str | None:
    """"Let me do the dishes." as "Để tôi rửa bát.", "Shall I take out the rubbish?" as "Để tôi đổ rác nhé?"
    (_LET_EN); None for anything else, and "Shall we …?" (let's, or an offer?)."""
    if not (m := _LET_EN.fullmatch(text)) or bool(m["shall"]) != ("?" in m["end"]) or m["shall"] == "we":
        return None  # ("Shall we …?": let's, "chúng ta", or an offer, "chúng tôi"?)
    whom = EN_OBJECT_VI[m["obj"] or "me"] if not m["someone"] else someone(m["someone"], "en")  # ("Shall I": me)
    if whom is None:
        return None
    said = f"Để {whom} {CHORES_VI[keyed(m['chore'])]}{' cho bạn' if m['you'] else ''}"
    return f"{said} nhé?" if m["shall"] else f"{said}{m['end'] or '.'}"


def _can(text: str) -> str | None:
    """"Bạn rửa bát giúp tôi được không?" as "Can you do the dishes for me?", "Bạn có thể đổ rác không?" as "Can you
    take out the rubbish?" (_CAN); None for anything else ("Bạn rửa bát không?" asks whether you do)."""
    if not (m := _CAN.fullmatch(text)) or not (m["can"] or m["ok"]):
        return None
    return f"Can you {CHORES[keyed(m['chore'])]}{' for me' if m['me'] else ''}?"


def _can_vi(text: str) -> str | None:
    """"Can you do the dishes for me?" as "Bạn rửa bát giúp tôi được không?", "Could you take out the rubbish?" as
    "Bạn có thể đổ rác được không?" (_CAN_EN); None for anything else."""
    if not (m := _CAN_EN.fullmatch(text)):
        return None
    chore = CHORES_VI[keyed(m["chore"])]
    return f"Bạn {chore} giúp tôi được không?" if m["me"] else f"Bạn có thể {chore} được không?"


def _liking(text: str) -> str | None:
    """"Tôi ghét rửa bát." as "I hate doing the dishes.", "Tôi không thích rửa bát lắm." as "I don't really like
    doing the dishes." (_LIKING); None for anything else, and for what the module docstring leaves (ironing, "ngại"
    but "không ngại", a pet, "nhỉ")."""
    m = _LIKING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (m["much"] or m["not"]) and (
            asked or m["very"]) or animal(m) or agreement_asked(text):
        return None
    likes, chore = _LIKES[keyed(m["likes"])], CHORES[keyed(m["chore"])]
    if chore == "do the ironing" or likes == "mind" and not m["not"] or not (said := who(m, asked)):
        return None
    # ("không thích … lắm": not much, "don't really like")
    really = "really " * bool(not asked and (m["much"] if m["not"] else m["very"] or m["much"]))
    return present(*said, likes, forms(chore)["ing"], asked, bool(m["not"]), m["end"], really)


def _liking_vi(text: str) -> str | None:
    """"I hate washing the dishes." as "Tôi ghét rửa bát.", "She loves cooking dinner." as "Cô ấy rất thích nấu bữa
    tối." (_LIKING_EN); None for anything else, where the verb does not agree with who, and for what the module
    docstring leaves ("mind" but "don't mind", "love" asked or denied, a pet)."""
    if not (m := _LIKING_EN.fullmatch(text)) or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or animal(m):
        return None
    (who_, one), aux, likes = who_vi(m), (m["do"] or m["not"] or "").lower(), m["likes"].lower()
    if likes.endswith("s") != (one and not aux) or aux and aux.startswith("does") != one:
        return None  # ("He hate …", "Does she hates …", "Do he …")
    likes = likes.removesuffix("s")
    if likes == "mind" and not m["not"] or likes == "love" and aux:
        return None
    said = f"{who_} {'có ' if m['do'] else 'không ' if m['not'] else ''}{_LIKES_VI[likes]}"
    said += f" {_LIKED_EN[keyed(m['doing'])]}"
    return capitalised(f"{said} không?" if m["do"] else f"{said}{stop(m['end'])}")
