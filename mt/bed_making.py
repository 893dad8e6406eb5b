"""Making the bed in the morning, both ways, written whole by rule: folding the blanket ("gấp chăn"), making the bed
("dọn giường"), changing the sheets ("thay ga giường"), airing the pillows ("phơi gối"), a child told to do it, asked
whether they have, and not having done it yet. v8 (the rules on) reads "gấp" as folding oneself or getting rid of, "ga"
(sheets) as a station, "dọn" as moving, and "make", "sheets", "air" as "làm", "bảng tính", "không khí": "Gấp chăn đi
con." → "Getting rid of your baby.", "Dọn giường đi con." → "The bed went to her.", "Con đã dọn giường chưa?" → "Have
you moved the bed yet?", "Sao con chưa gấp chăn?" → "Why don't you be folded?", "Con gấp chăn rồi ạ." → "I'm folding
and slighted.", "Mẹ tôi thay ga giường mỗi tuần." → "My mother takes the bed every week.", "Chúng tôi đang phơi gối."
→ "We're playing knees.", "Ngày mai tôi sẽ thay ga giường." → "Tomorrow, I'll replace bed stations."; and back, "Make
your bed." → "Hãy làm giường của bạn.", "Fold your blanket." → "Đậm mền của bạn.", "I make my bed every morning." →
"Tôi ngủ mỗi buổi sáng." (sleep), "My mother changes the sheets every week." → "Mẹ tôi thay đổi bảng tính mỗi tuần."
(spreadsheets), "We're airing the pillows." → "Chúng tôi không khí gối.", "Don't forget to make your bed." → "Đừng
quên ngủ đi.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) folding their blanket, changing the sheets or airing the pillows (TASKS):
a habit with mt.hobbies.SELDOM or EVERY, or both where SELDOM says "usually" or "always" ("Tôi gấp chăn mỗi sáng.",
denied "không", asked "có … không?"), "đang" (is doing), "vừa", "mới" (has just), "đã … rồi", "… rồi" (has already,
has), "chưa" (hasn't yet; "vẫn chưa": still hasn't), "… chưa?" (has … yet?), "đã" or a day behind (did; "không" and a
day behind: didn't), "sẽ" and a day ahead or today (will); a child ("con", "các con") told ("Gấp chăn đi con.", "Con dọn
giường đi.", "Nhớ dọn giường nhé."), asked ("Con đã dọn giường chưa?", "Sao con chưa gấp chăn?"), or saying it with "ạ"
("Con dọn giường rồi ạ."); the same told without "con" to anyone ("Dọn giường đi.": "Make the bed."). English: the same,
"make" with one's own bed only ("I make my bed every morning."), the verb agreeing with who and whose blanket or bed
with who. Left: who making the bed ("Tôi dọn giường mỗi sáng.", "Bạn dọn giường chưa?") and "make the bed"
(mt/chores.py's), "con" saying it without "ạ" ("Con chưa gấp chăn.": the child, or the child told?), a name's or a
friend's own blanket ("Lan gấp chăn.": his or hers?), "Con tôi gấp chăn." (their blanket?), a plain verb ("Tôi gấp
chăn.": now, done, or a habit?), "thay ga" alone (a gas bottle changed), "phơi chăn" (washed, drying?), "I" asked ("Tôi
đã gấp chăn chưa?"), "Will you …?" (a favour asked), "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the
speaker), "never" or "rarely" asked ("Do you never …?"), "never", "sometimes", "often" with every week ("Họ không bao
giờ thay ga giường mỗi tuần."), "có" and "do" stressing it ("Hôm qua tôi có thay ga giường.", "I do make my bed every
morning."), "yet" on a statement ("He has folded his blanket yet."), rooms tidied (mt/tidying.py), laundry
(mt/laundry.py), bedtime (mt/bedtimes.py), sleep (mt/sleep.py), and anything else.
mt.phrasebook.translate tries these after mt/teaching_kids.py.

    >>> translate("Gấp chăn đi con.", "vi", "en"), translate("I make my bed every morning.", "en", "vi")
    ('Fold your blanket.', 'Tôi dọn giường mỗi sáng.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, SELDOM, WHO, WHO_EN, animal, aux_agrees, em_speaking, often_said,
                      own_thing, who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop

# what is done, as English says it: the verb, and what it is done to ("{}": whose, said only of one's own); the first
# Vietnamese of each is written back
TASKS = {"gấp chăn": ("fold", "{} blanket"), "gấp mền": ("fold", "{} blanket"), "xếp chăn": ("fold", "{} blanket"),
         "xếp mền": ("fold", "{} blanket"), "thay ga giường": ("change", "the sheets"),
         "thay ga trải giường": ("change", "the sheets"), "thay khăn trải giường": ("change", "the sheets"),
         "thay drap giường": ("change", "the sheets"), "phơi gối": ("air", "the pillows"),
         "phơi chăn gối": ("air", "the bedding"), "dọn giường": ("make", "{} bed")}
# the English verbs' forms: with "-s", past, participle, "-ing"
_FORMS = {"fold": ("folds", "folded", "folded", "folding"), "change": ("changes", "changed", "changed", "changing"),
          "air": ("airs", "aired", "aired", "airing"), "make": ("makes", "made", "made", "making")}
_KIND = {form: (base, kind) for base, forms in _FORMS.items()
         for kind, form in zip(("s", "past", "ing"), (forms[0], forms[1], forms[3]))} | {b: (b, "base") for b in _FORMS}
# ... and back: the verb and what it is done to, in English, as Vietnamese says it
TASKS_VI = {("make", "bed"): "dọn giường", ("make", "beds"): "dọn giường", ("fold", "blanket"): "gấp chăn",
            ("fold", "blankets"): "gấp chăn", ("change", "sheets"): "thay ga giường",
            ("change", "bed sheets"): "thay ga giường", ("change", "bedsheets"): "thay ga giường",
            ("air", "pillows"): "phơi gối", ("air", "bedding"): "phơi chăn gối"}
# the days said (mt.dates): behind and today with the past, ahead and today with "will"
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "tuần trước", "hôm nay", "sáng nay", "ngày mai", "sáng mai",
                  "tuần sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_KEYS = {"vi": lazy(r"(?i:gấp\s+chăn|gấp\s+mền|xếp\s+chăn|xếp\s+mền|dọn\s+giường|ga\s+giường|ga\s+trải|khăn\s+trải|"
                    r"drap|phơi\s+gối|phơi\s+chăn\s+gối)"),
         "en": lazy(r"(?i:bed|blanket|sheets|pillows)")}

_TASK = rf"(?P<task>(?i:{alternatives(TASKS)}))"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
# who does it ("Tôi gấp chăn mỗi sáng.", "Mẹ tôi vừa thay ga giường.", "Bạn đã gấp chăn chưa?")
_SAID = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>sẽ|có|vẫn\s+chưa|chưa|đã|đang|vừa\s+mới|vừa|mới|không)\s+)?"
             rf"(?:(?P<often>(?i:{alternatives(SELDOM)}))\s+)?{_TASK}(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?"
             rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?(?:\s+(?P<xong>xong))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# a child asked, or saying it to a parent ("Con đã dọn giường chưa?", "Sao con chưa gấp chăn?", "Con gấp chăn rồi ạ.")
_CHILD = lazy(r"(?:(?P<why>[Ss]ao|[Tt]ại\s+sao)\s+)?(?P<you>(?i:các\s+con|con))\s+(?:(?P<aux>đã|vẫn\s+chưa|chưa|đang|"
              rf"vừa\s+mới|vừa)\s+)?{_TASK}(?:\s+(?P<xong>xong))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?"
              r"(?:\s+(?P<polite>ạ))?\s*(?P<end>[.!?]*)")
# told ("Gấp chăn đi con.", "Con dọn giường đi.", "Nhớ dọn giường nhé.", "Đi dọn giường đi.")
_TOLD = lazy(r"(?:(?P<you>(?i:các\s+con|con))\s+)?(?:(?P<remember>(?i:nhớ|đừng\s+quên))\s+)?(?:(?P<go>(?i:đi))\s+)?"
             rf"{_TASK}(?:\s+(?P<now>đi))?(?:\s+(?P<ok>nhé|nha))?(?:\s+(?P<you2>các\s+con|con))?\s*(?P<end>[.!]*)")

# ... in English: the verb, and what it is done to with whose
_DONE_EN = (rf"(?P<verb>(?i:{alternatives(_KIND)}))\s+(?P<owner>(?i:the|{WHOSE_WORDS}))\s+"
            r"(?P<thing>(?i:beds?|blankets?|bed\s+sheets|bedsheets|sheets|pillows|bedding))")
_AUX_EN = r"(?P<aux>\s+(?:do|does|did|have|has|am|is|are|will|wo)(?:\s+not|n['’]t)?|['’](?:ve|s|m|re|ll))?"
_SAID_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has|Am|Are|Is)\s+)?{WHO_EN}{_AUX_EN}"
                rf"(?:\s+(?P<adv>just|already|{alternatives(HABIT_VI)}))?\s+{_DONE_EN}"
                rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
                r"(?:\s+(?P<yet>yet|already))?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(r"(?:(?P<go>Go(?:\s+and)?)\s+|(?P<remember>Remember\s+to)\s+|(?P<forget>Don['’]t\s+forget\s+to)\s+)?"
                rf"{_DONE_EN}(?:,?\s+please)?\s*(?P<end>[.!]*)", re.IGNORECASE)


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who folds their blanket, makes their bed, changes the sheets
    or airs the pillows, or tells a child to; None for any other."""
    if src == "vi":
        return _said(text) or _child(text) or _told(text)
    return _said_vi(text) or _told_vi(text)


def _way(day: str | None) -> str:
    """Which way a Vietnamese day of _DAYS lies ("behind", "today", "ahead"); "" for none."""
    return NEAR_WAY[keyed(day)] if day else ""


def _thing(task: str, whose: str | None, many: bool) -> str | None:
    """What a task of TASKS is done to, in English, `whose` it is ("my blanket", "our blankets", "the sheets"); None
    where it is one's own and whose is not known."""
    thing = TASKS[task][1]
    if "{}" not in thing:
        return thing
    return whose and thing.format(whose) + "s" * many


def _said(text: str) -> str | None:
    """"Tôi gấp chăn mỗi sáng." as "I fold my blanket every morning.", "Mẹ tôi thay ga giường mỗi tuần." as "My mother
    changes the sheets every week.", "Bạn đã gấp chăn chưa?" as "Have you folded your blanket yet?", "Hôm qua tôi thay
    ga giường." as "I changed the sheets yesterday." (_SAID); None for anything else, making the bed (mt/chores.py's),
    a pet, "I" asked, "em" asking with "ạ", "có" stressing a day behind, and a whose not known ("Lan gấp chăn mỗi
    sáng.")."""
    m = _SAID.fullmatch(text)
    asked = keyed(m["asked"] or "") if m else ""
    if not m or bool(asked) != ("?" in m["end"]) or m["day0"] and m["day"] or keyed(m["task"]) == "dọn giường":
        return None
    said = None if animal(m) or em_speaking(m) else who(m, bool(asked))  # ("Em … không ạ?": the speaker)
    if not said or asked and said[0] == "I":
        return None
    who_, one = said
    task = keyed(m["task"])
    thing = _thing(task, whose_own(m, who_), who_ in ("we", "they"))
    if thing is None:
        return None
    verb, (_, did, done, doing) = TASKS[task][0], _FORMS[TASKS[task][0]]
    aux, way, end = keyed(m["aux"] or ""), _way(m["day0"] or m["day"]), m["end"]
    day = f" {_DAYS[keyed(m['day0'] or m['day'])]}" if way else ""
    finished = bool(m["xong"] or m["done"])
    has = "has" if one else "have"
    if m["often"] or m["every"]:  # (a habit)
        if way or finished or aux not in ("", "không", "có") or (aux == "có") != (asked == "không") or \
                aux == "không" and m["often"]:
            return None
        often = _often(m["often"], bool(m["every"]), bool(asked))
        every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
        return None if often is None else present(who_, one, verb, f"{thing}{every}", bool(asked), aux == "không",
                                                  end, adverb=often)
    if asked:
        if asked != "chưa" or aux not in ("", "đã") or way or finished:
            return None
        return f"{has.capitalize()} {who_} {done} {thing} yet?"
    if aux in ("chưa", "vẫn chưa"):
        still = aux == "vẫn chưa"
        return None if way or finished else capitalised(
            f"{who_}{' still' * still} {has}n't {done} {thing}{' yet' * (not still)}{stop(end)}")
    if aux == "đang":
        return None if way or finished else capitalised(
            contracted(who_, f"{be(who_)} {doing} {thing}{stop(end)}"))
    if aux in ("vừa", "mới", "vừa mới"):
        return None if way or m["done"] else capitalised(contracted(who_, f"{has} just {done} {thing}{stop(end)}"))
    if aux == "sẽ":
        return None if way == "behind" or finished else capitalised(
            contracted(who_, f"will {verb} {thing}{day}{stop(end)}"))
    if m["done"] and aux in ("", "đã") and not way:
        already = " already" if aux == "đã" else ""
        return capitalised(contracted(who_, f"{has}{already} {done} {thing}{stop(end)}"))
    if finished or way == "ahead" or way == "today" and aux != "đã":
        return None  # ("Hôm nay tôi thay ga giường.": done, or a plan?)
    if aux == "không":
        return capitalised(f"{who_} didn't {verb} {thing}{day}{stop(end)}") if way else None
    # ("Hôm qua tôi có thay ga giường.": "có" stresses it, "I did change")
    return capitalised(f"{who_} {did} {thing}{day}{stop(end)}") if aux == "đã" or way and aux != "có" else None


def _often(word: str | None, every: bool, asked: bool) -> str | None:
    """How often (a word of SELDOM) a habit is kept, in English with a space after it ("usually " for "thường" with
    every week: mt.hobbies.often_said), "" for none; None for a word that says other than every week says ("Họ không
    bao giờ thay ga giường mỗi tuần.": never weekly?) and for "never" or "rarely" asked ("Do you never …?")."""
    if not word:
        return ""
    often = often_said(word, every)
    if every and often not in ("usually", "always") or asked and often in ("never", "rarely"):
        return None
    return f"{often} "


def _child(text: str) -> str | None:
    """"Con đã dọn giường chưa?" as "Have you made your bed yet?", "Sao con chưa gấp chăn?" as "Why haven't you folded
    your blanket yet?", and the child saying it with "ạ": "Con dọn giường rồi ạ." as "I've made my bed.", "Con chưa
    gấp chăn ạ." as "I haven't folded my blanket yet." (_CHILD); None for anything else, and "con" saying it without
    "ạ" ("Con chưa gấp chăn.": the child, or the child told?)."""
    m = _CHILD.fullmatch(text)
    if not m or m["polite"] and (m["why"] or m["asked"] or keyed(m["you"]) != "con"):
        return None  # (asked with "ạ": who asks whom?)
    task, aux, asked = keyed(m["task"]), keyed(m["aux"] or ""), "?" in m["end"]
    _, _, done, doing = _FORMS[TASKS[task][0]]
    many = keyed(m["you"]) == "các con"
    if m["why"]:
        ok = asked and aux == "chưa" and not (m["done"] or m["asked"])
        return f"Why haven't you {done} {_thing(task, 'your', many)} yet?" if ok else None
    if m["asked"]:
        ok = asked and aux in ("", "đã") and not m["done"]
        return f"Have you {done} {_thing(task, 'your', many)} yet?" if ok else None
    if not m["polite"] or asked:
        return None
    mine = _thing(task, "my", False)
    if aux in ("chưa", "vẫn chưa"):
        still = aux == "vẫn chưa"
        return None if m["done"] else f"I{' still' * still} haven't {done} {mine}{' yet' * (not still)}{stop(m['end'])}"
    if aux == "đang":
        return None if m["done"] else f"I'm {doing} {mine}{stop(m['end'])}"
    if aux.startswith("vừa"):
        return f"I've just {done} {mine}{stop(m['end'])}"
    if m["done"]:
        return f"I've{' already' * (aux == 'đã')} {done} {mine}{stop(m['end'])}"
    return None


def _told(text: str) -> str | None:
    """"Gấp chăn đi con." as "Fold your blanket.", "Con dọn giường đi." as "Make your bed.", "Thay ga giường đi." as
    "Change the sheets.", "Dọn giường đi." as "Make the bed.", "Nhớ dọn giường nhé con." as "Remember to make your
    bed." (_TOLD); None for anything else, and "Con dọn giường nhé." (the child may be saying it)."""
    m = _TOLD.fullmatch(text)
    if not m or m["you"] and m["you2"]:
        return None
    if m["remember"] and (m["now"] or m["go"]) or not m["remember"] and not m["now"]:
        return None
    task, you = keyed(m["task"]), keyed(m["you"] or m["you2"] or "")
    verb = TASKS[task][0]
    thing = _thing(task, "your" if you else "the", you == "các con")
    told = f"{verb} {thing}"
    if m["remember"]:
        opening = "Remember to" if keyed(m["remember"]) == "nhớ" else "Don't forget to"
        return f"{opening} {told}{stop(m['end'])}"
    return capitalised(f"{'Go and ' if m['go'] else ''}{told}{stop(m['end'])}")


def _task_vi(m: re.Match, base: str) -> str | None:
    """The task of a match of _DONE_EN in Vietnamese ("gấp chăn"), `base` its verb; None for a verb and a thing that
    do not go together ("fold the sheets")."""
    return TASKS_VI.get((base, " ".join(m["thing"].lower().split())))


_SHORT_EN = {"'ve": "have", "'m": "am", "'re": "are", "'ll": "will", "wo": "will"}


def _said_vi(text: str) -> str | None:
    """"I make my bed every morning." as "Tôi dọn giường mỗi sáng.", "Have you made your bed yet?" as "Bạn đã dọn
    giường chưa?", "She hasn't folded her blanket yet." as "Cô ấy chưa gấp chăn.", "I changed the sheets yesterday."
    as "Hôm qua tôi thay ga giường." (_SAID_EN); None for anything else, "make the bed" (mt/chores.py's), another's
    bed or blanket ("I made your bed"), a pet, "yet" on a statement, and where a verb does not agree with who ("She
    make", "Do she")."""
    m = _SAID_EN.fullmatch(text.replace("’", "'"))
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    base, kind = _KIND[m["verb"].lower()]
    task = _task_vi(m, base)
    who_, one = who_vi(m)
    if task is None or animal(m) or not own_thing(m, who_, one) or base == "make" and m["owner"].lower() == "the" \
            or m["q"] and who_ == "tôi":
        return None  # (… a pet, and "Have I made my bed yet?": asked of oneself)
    words = " ".join((m["aux"] or "").lower().replace("won't", "will not").replace("n't", " not").split()).split()
    aux = _SHORT_EN.get(words[0], words[0]) if words else ""
    if aux == "'s":
        aux = "is" if kind == "ing" else "has"
    q, adv, yet, not_ = (m["q"] or "").lower(), (m["adv"] or "").lower(), (m["yet"] or "").lower(), "not" in words
    if q and aux or not aux_agrees(m, aux, "has" if aux == "has" or q == "has" else "", one):
        return None
    first = q or aux
    if first in ("do", "does") or not first and kind in ("s", "base"):
        return _habit_vi(m, who_, one, task, kind, q, adv, not_)
    if yet and (first not in ("have", "has") or yet == "already" and (q or not_ or adv) or
                yet == "yet" and not (q or not_)):
        return None  # ("He has folded his blanket yet.": "yet" only asked or denied)
    day = m["day"] and _DAYS_VI[m["day"].lower()]
    way = _way(day)
    if m["every"] or adv not in ("", "just", "already") or way and first not in ("", "did", "will"):
        return None
    if first in ("have", "has") and kind == "past":  # ("made", "folded": the participle too)
        if q:
            return None if adv else capitalised(f"{who_} đã {task} chưa?")
        if not_:
            return None if adv else capitalised(f"{who_} chưa {task}{stop(m['end'])}")
        return capitalised(f"{who_} {'vừa ' + task if adv == 'just' else f'đã {task} rồi'}{stop(m['end'])}")
    if first in ("am", "is", "are") and kind == "ing" and not (adv or not_):
        return capitalised(f"{who_} có đang {task} không?" if q else f"{who_} đang {task}{stop(m['end'])}")
    if first == "will" and kind == "base" and not (adv or q) and way != "behind":
        return _dated(day, f"{who_} sẽ {'không ' * not_}{task}{stop(m['end'])}")
    if first == "did" and kind == "base" and not adv and way != "ahead":
        if q:
            return _dated(day, f"{who_} có {task} không?") if day else capitalised(f"{who_} đã {task} chưa?")
        return _dated(day, f"{who_} không {task}{stop(m['end'])}") if not_ and day else None
    if not first and kind == "past" and way != "ahead":
        if adv:
            return None if day else capitalised(
                f"{who_} {'vừa ' + task if adv == 'just' else f'đã {task} rồi'}{stop(m['end'])}")
        return _dated(day, f"{who_} {'' if way == 'behind' else 'đã '}{task}{stop(m['end'])}")
    return None


def _dated(day: str | None, said: str) -> str:
    """A Vietnamese sentence with the day it is said of before it ("Hôm qua tôi thay ga giường.")."""
    return capitalised(f"{day} {said}" if day else said)


def _habit_vi(m: re.Match, who_: str, one: bool, task: str, kind: str, q: str, adv: str, not_: bool) -> str | None:
    """"I make my bed every morning." as "Tôi dọn giường mỗi sáng.", "He never makes his bed." as "Anh ấy không bao
    giờ dọn giường.", "Do you fold your blanket every morning?" as "Bạn có gấp chăn mỗi sáng không?", "She doesn't
    change the sheets." as "Cô ấy không thay ga giường." of a match of _SAID_EN; None for a plain "I make my bed."
    (a habit, said alone?), "do" stressing it, "never", "sometimes", "often" with every morning, a day, and where the
    verb does not agree."""
    if m["day"] or m["yet"] or adv in ("just", "already") or kind not in ("s", "base"):
        return None
    auxed = bool(q or m["aux"])
    if auxed and kind != "base" or not auxed and (kind == "s") != one or not (q or not_ or adv or m["every"]):
        return None
    if not_ and (q or adv) or q and adv not in ("", "usually", "always", "often") or m["aux"] and not not_:
        return None  # ("Do you never …?"; "I do make my bed.": stressed)
    if m["every"] and adv not in ("", "usually", "always"):
        return None  # ("I never make my bed every morning.": never every morning?)
    often = f"{HABIT_VI[adv]} " if adv else ""
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    if q:
        return capitalised(f"{who_} có {often}{task}{every} không?")
    return capitalised(f"{who_} {'không ' * not_}{often}{task}{every}{stop(m['end'])}")


def _told_vi(text: str) -> str | None:
    """"Make your bed." as "Dọn giường đi.", "Fold your blanket." as "Gấp chăn đi.", "Go and make your bed." as "Đi
    dọn giường đi.", "Don't forget to change the sheets." as "Đừng quên thay ga giường nhé." (_TOLD_EN); None for
    anything else, and another's bed ("Make his bed.")."""
    m = _TOLD_EN.fullmatch(text)
    if not m or m["owner"].lower() not in ("the", "your") or m["verb"].lower() not in _FORMS:
        return None
    task = _task_vi(m, m["verb"].lower())
    if task is None:
        return None
    if m["remember"] or m["forget"]:
        return f"{'Nhớ' if m['remember'] else 'Đừng quên'} {task} nhé{stop(m['end'])}"
    return capitalised(f"{'đi ' * bool(m['go'])}{task} đi{stop(m['end'])}")
