"""Childhood and "used to", both ways, written whole by rule: where someone lived, what they were like, whether they
cried a lot, what they did (swim, play football …) as a child, and what someone used to be or do. v8 (rules on)
reads "hồi nhỏ" and "khi còn bé" as a size or a name, loses the past, and reads "use to" as using: "Hồi nhỏ tôi sống
ở Huế." → "I am living in Hue.", "Hồi nhỏ tôi rất nhút nhát." → "My little shyed.", "Khi còn bé, anh ấy hay khóc." →
"When they're young, he cries a lot.", "Lúc bé tôi rất gầy." → "I was very glad.", "Hồi nhỏ anh ấy rất nghịch." →
"His young man was very innocent.", "Hồi nhỏ Lan rất béo." → "Islam is very fat.", "Hồi nhỏ bạn có chơi bóng đá
không?" → "Is you playing football?", "Hồi nhỏ bạn sống ở đâu?" → "Where do you live?", "Trước đây bố tôi là bác sĩ."
→ "I'm a doctor before.", "Tôi từng rất nhút nhát." → "I've been very shy.", "Bạn có từng sống ở Hà Nội không?" →
"Do you ever lived in Hanoi?"; "As a child, he was very shy." → "Khi một đứa trẻ, anh rất nhúc nhát.", "When I was
little, I lived in Hue." → "Khi tôi ít, tôi sống ở Huế.", "As a child, I was very naughty." → "Như một đứa trẻ, tôi
rất bị giết.", "Did you use to play football?" → "Bạn có dùng để chơi bóng đá không?", "My sister used to cry a lot."
→ "Chị của tôi dùng để khóc nhiều.", "Did she use to be a teacher?" → "Cô ấy có thể là giáo viên không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) as a child ("Hồi nhỏ", "Hồi bé", "Khi/Lúc
(tôi) còn nhỏ/bé" opening, after who or closing; "As a child,", "When I was little,", "… as a kid") lived in a place
(mt.origins.place: here or one by its name), was (very, quite, a bit; not) one of LIKE (mt.traits.TRAITS,
mt.features.BUILD and a few words for children), cried a lot, did (often; not) one of DOINGS, said or asked ("có …
không?", where: "đâu"); who used to ("Ngày xưa", "Trước đây", "Trước kia", "Hồi trước" opening; "từng" with a place
or LIKE; "used to", "Did … use to …?") do these or be a job (mt.people's); "Bạn có từng sống ở Hà Nội không?" as
"Have you ever lived in Hanoi?". Left: "từng" with a doing or crying (once, or used to? mt/ever.py), "từng là/làm" a
job (mt/people.py's), "when I was young" (young is not little), a place no table knows ("ở quê"), a job as a child,
"when he was little, my father …" (he may be my father), two people joined, a degree with "không" or asked, ages
("Hồi tôi mười tuổi": mt/ages.py), liking (mt/hobbies.py), learning to swim (mt/skills.py), smoking (mt/smoking.py).
mt.phrasebook.translate tries these after mt/residence.py.

    >>> translate("Hồi nhỏ tôi sống ở Huế.", "vi", "en"), translate("Did you use to play football?", "en", "vi")
    ('As a child, I lived in Hue.', 'Trước đây bạn có chơi bóng đá không?')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .ever import PRONOUNS
from .features import BUILD, BUILD_VI
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .origins import place
from .people import JOBS, JOBS_VI
from .rule_keys import key_checked
from .tense import past
from .text import EN_WHO_VI, SOFTENED_END, alternatives, be, capitalised, keyed
from .traits import TRAITS, TRAITS_VI

# what someone was like: a trait or a build (not bald: one is not bald as a child), and words said of children
LIKE = TRAITS | {vi: en for vi, en in BUILD.items() if en != "bald"} | {
    "nghịch": "naughty", "rụt rè": "shy", "ốm yếu": "sickly", "hiếu động": "lively"}
LIKE_VI = TRAITS_VI | {en: vi for en, vi in BUILD_VI.items() if vi and en != "bald"} | {"sickly": "ốm yếu",
                                                                                       "lively": "hiếu động"}
# what children do, and how English says it (the first Vietnamese of each is written back)
DOINGS = {"bơi ở sông": "swim in the river", "tắm sông": "swim in the river", "bơi dưới sông": "swim in the river",
          "bơi ở biển": "swim in the sea", "tắm biển": "swim in the sea", "đi bơi": "go swimming", "bơi": "swim",
          "chơi bóng đá": "play football", "đá bóng": "play football", "đi câu cá": "go fishing",
          "câu cá": "go fishing", "thả diều": "fly kites", "trèo cây": "climb trees"}
DOINGS_VI = {en: vi for vi, en in reversed(DOINGS.items())} | {"play soccer": "chơi bóng đá"}
_DEGREE = {"rất": "very ", "khá": "quite ", "hơi": "a bit "}
_DEGREE_VI = {"very": "rất ", "really": "rất ", "quite": "khá ", "a bit": "hơi ", "a little": "hơi "}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhỏ|bé|xưa|trước|từng)"), "en": lazy(r"(?i:child|kid|little|small|\buse)")}

# as a child, opening ("Hồi nhỏ", "Khi tôi còn bé,"), after who or closing ("Tôi hồi nhỏ …", "… hồi nhỏ."); "Lúc bé
# tôi …" is not "when my baby …": the rule takes a whole sentence, and a "when" alone is none
_CHILD = (rf"(?P<child>[Hh]ồi|[Kk]hi|[Ll]úc)\s+(?:(?P<owho>(?i:{alternatives(PRONOUNS)}))\s+)?(?:còn\s+)?(?:nhỏ|bé)")
_CHILD_AFTER = r"(?:hồi|khi|lúc)\s+(?:còn\s+)?(?:nhỏ|bé)"
# ... in any case, for the rules that say a habit as a child (mt/dozing.py, stammering.py, picky_eating.py,
# nail_biting.py)
AS_A_CHILD = rf"(?i:{_CHILD_AFTER})"
# ... and in English, of one or of many ("as a child", "As a kid, …"; "as children": mt/blushing.py, dozing.py,
# infections.py, nail_biting.py, picky_eating.py, stammering.py)
AS_A_CHILD_EN = r"(?i:as\s+an?\s+(?:child|kid))"
AS_CHILDREN_EN = r"(?i:as\s+(?:children|kids))"
_BEFORE = r"(?P<before>[Nn]gày\s+(?:xưa|trước)|[Tt]rước\s+(?:đây|kia)|[Hh]ồi\s+trước)"
_SAID = lazy(
    rf"(?:(?:{_CHILD}|{_BEFORE})\s*,?\s+)?{WHO}(?:\s+(?P<mid>{_CHILD_AFTER}))?\s+(?:(?P<ask>có)\s+)?"
    r"(?:(?P<did>(?:đã\s+)?từng|đã)\s+)?(?:(?P<not>không)\s+)?(?:(?P<often>rất\s+hay|hay|thường)\s+)?"
    r"(?:sống\s+(?:ở|tại)\s+(?:(?P<where>đâu)|(?P<place>[^,.!?]+?))|"
    rf"(?:(?P<deg>{alternatives(_DEGREE)})\s+)?(?P<like>{alternatives(LIKE)})(?P<very>\s+lắm)?|"
    r"(?P<cry>khóc)(?P<much>\s+(?:rất\s+)?nhiều)?(?:\s+lắm)?|"
    rf"(?P<doing>{alternatives(DOINGS)})|(?:là|làm)\s+(?:một\s+)?(?P<job>{alternatives(JOBS)}))"
    rf"(?:\s*,?\s+(?P<after>{_CHILD_AFTER}))?(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... and in English: the childhood phrase, opening or closing ("As a child,", "When I was little,", "… as a kid.")
_CHILD_EN = (r"(?:[Aa]s\s+(?:a\s+(?:child|kid)|(?P<kids>children|kids))|[Ww]hen\s+(?P<owho>I|he|she|we|they|you)\s+"
             r"(?P<owas>was|were)\s+(?:a\s+(?:child|kid)|(?P<kids2>children|kids)|little|small))")
_OPEN_EN = lazy(rf"{_CHILD_EN}(?:\s*,\s*|\s+)(?P<rest>.+)")
_CLOSE_EN = lazy(rf"(?P<rest>.+?),?\s+{_CHILD_EN}(?P<end>\s*[.!?]*)")
_PLACE_EN = r"(?:in\s+(?P<place>[^,.!?]+?)|(?P<here>here))"
_LIKE_EN = rf"(?:(?P<deg>{alternatives(_DEGREE_VI)})\s+)?(?P<like>{alternatives(LIKE_VI)})"
_END_EN = r"\s*(?P<end>[.!?]*)"


def _past(doing: str) -> str:
    """A doing of DOINGS in the past: "swim in the river" → "swam in the river", "climb trees" → "climbed trees"."""
    verb, _, rest = doing.partition(" ")
    return f"{past(verb) or verb + 'ed'} {rest}".strip()


_PAST_VI = {_past(en): vi for en, vi in DOINGS_VI.items()}


def _done(form: str) -> str:
    """The regex of what was done, its verb in the base or the past (`form`): living somewhere, crying a lot, a
    doing."""
    live, cry, doings = ("live", "cry", DOINGS_VI) if form == "base" else ("lived", "cried", _PAST_VI)
    return rf"(?:{live}\s+{_PLACE_EN}|(?P<cry>{cry}\s+a\s+lot)|(?P<doing>(?i:{alternatives(doings)})))"


_USED = rf"(?:{_done('base')}|be\s+(?:{_LIKE_EN}|(?P<a>an?)\s+(?P<job>{alternatives(JOBS_VI)})))"
# the shapes said: as a child (with the childhood phrase), used to (without it), and asked
_SHAPES_EN = {
    "did": lazy(rf"{WHO_EN}\s+(?:(?P<often>often)\s+)?{_done('past')}{_END_EN}"),
    "didn't": lazy(rf"{WHO_EN}\s+(?:didn['’]t|did\s+not)\s+{_done('base')}{_END_EN}"),
    "was": lazy(rf"{WHO_EN}\s+(?P<was>was|were)(?P<not>n['’]t|\s+not)?\s+{_LIKE_EN}{_END_EN}"),
    "used": lazy(rf"{WHO_EN}\s+used\s+to\s+{_USED}{_END_EN}"),
    "use?": lazy(rf"Did\s+{WHO_EN}\s+use\s+to\s+{_USED}{_END_EN}"),
    "did?": lazy(rf"Did\s+{WHO_EN}\s+(?:(?P<often>often)\s+)?{_done('base')}{_END_EN}"),
    "was?": lazy(rf"(?P<was>Was|Were)\s+{WHO_EN}\s+{_LIKE_EN}{_END_EN}"),
    "where?": lazy(rf"Where\s+did\s+{WHO_EN}\s+(?P<use>use\s+to\s+)?live{_END_EN}")}
# ... those not taken with the childhood phrase (True: "As a child, did you use to …?") and without it (False: "I
# lived in Hue." says no time)
_NOT_TAKEN = {True: {"use?"}, False: {"did", "didn't", "was", "did?", "was?"}}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks where someone lived, what they were like or did as a child, or
    what they used to be or do; None for any other."""
    return _said(text) if src == "vi" else _said_vi(text)


def _as_child(who_: str, owho: str | None, asked: bool) -> tuple[str, str]:
    """The childhood phrase in English, opening and closing: ("As a child, ", ""), ("As children, ", "") for we, they
    or parents, ("", " as a child") asked, ("When I was little, ", "") where who is said in it ("Khi tôi còn nhỏ")."""
    many = be(who_) == "are" and who_ != "you"
    if owho:
        said = f"when {owho} {'were' if be(owho) == 'are' else 'was'} little"
    else:
        said = "as children" if many else "as a child"
    return ("", f" {said}") if asked else (f"{capitalised(said)}, ", "")


def _said(text: str) -> str | None:
    """"Hồi nhỏ tôi sống ở Huế." as "As a child, I lived in Hue.", "Khi còn bé, anh ấy hay khóc." as "As a child, he
    cried a lot.", "Hồi nhỏ bạn có chơi bóng đá không?" as "Did you play football as a child?", "Trước đây bố tôi là
    bác sĩ." as "My father used to be a doctor.", "Tôi từng rất nhút nhát." as "I used to be very shy." (_SAID); None
    for anything else, and where "có", "không" and "?" do not agree."""
    m = _SAID.fullmatch(text)
    if not m or sum(bool(g) for g in (m["child"], m["before"], m["mid"], m["after"])) > 1:
        return None
    asked = bool(m["asked"] or m["where"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["not"] and asked or \
            (said := who(m, asked)) is None:
        return None
    child = bool(m["child"] or m["mid"] or m["after"])
    used = "từng" in (m["did"] or "") and not child
    owho = None
    if m["owho"] and keyed(m["owho"]) != keyed(m["who"] or ""):  # (not the same who said twice: "Khi tôi còn nhỏ, tôi")
        owho = PRONOUNS[keyed(m["owho"])]
        if owho == "you" and keyed(m["owho"]) != "bạn":
            return None
    if child:
        return _childhood(m, said[0], owho, asked)
    return _used_to(m, said[0], asked) if m["before"] or used else None


def _unsure(m: re.Match, asked: bool) -> bool:
    """Whether a match of _SAID says what is not taken: crying with neither "hay" nor "nhiều" (once, or a lot?), a
    degree said twice ("rất … lắm") or asked ("có rất … không?"), "hay" with what is no habit."""
    return bool(m["cry"] and not (m["often"] or m["much"]) or m["deg"] and m["very"] or
                asked and (m["deg"] or m["very"]) or m["often"] and not (m["doing"] or m["cry"]))


def _like(m: re.Match) -> str:
    """What someone was like (_SAID's "like") in English, with how much: "very shy", "a bit thin", "naughty"."""
    return f"{_DEGREE.get(keyed(m['deg'] or ''), 'very ' if m['very'] else '')}{LIKE[keyed(m['like'])]}"


def _doing(m: re.Match, often: bool = True) -> tuple[str, str] | None:
    """What someone did (_SAID's "place", "cry" or "doing") in English, in the base and the past: ("live in Hue",
    "lived in Hue"), ("cry a lot", "cried a lot"), ("often swim", "often swam") with "hay"; None for a place that
    mt.origins.place does not know."""
    if m["place"]:
        if (where := place(m["place"], "vi")) is None:
            return None
        where = where if where == "here" else f"in {where}"
        return f"live {where}", f"lived {where}"
    if m["cry"]:
        return "cry a lot", "cried a lot"
    doing, often_ = DOINGS[keyed(m["doing"])], "often " if often and m["often"] else ""
    return f"{often_}{doing}", f"{often_}{_past(doing)}"


def _childhood(m: re.Match, who_: str, owho: str | None, asked: bool) -> str | None:
    """What a match of _SAID with the childhood phrase says in English: "As a child, I lived in Hue.", "As children, we
    often swam in the river.", "Were you shy as a child?", "Where did you live as a child?"; None for a job (as a
    child?), "không" with a degree or a habit, and what _unsure finds."""
    if m["job"] or m["not"] and (m["deg"] or m["very"] or m["often"] and m["doing"]) or _unsure(m, asked):
        return None
    opening, closing = _as_child(who_, owho, asked)
    end = m["end"] or "."
    if m["where"]:
        return f"Where did {who_} live{closing}?"
    if m["like"]:
        was = "were" if be(who_) == "are" else "was"
        if asked:
            return f"{was.capitalize()} {who_} {_like(m)}{closing}?"
        not_ = "n't" if m["not"] else ""
        return capitalised(f"{opening}{who_} {was}{not_} {_like(m)}{end}")
    if (done := _doing(m)) is None:
        return None
    if asked:
        return f"Did {who_} {done[0]}{closing}?"
    said = ("didn't cry much" if m["cry"] else f"didn't {done[0]}") if m["not"] else done[1]
    return capitalised(f"{opening}{who_} {said}{end}")


def _used_to(m: re.Match, who_: str, asked: bool) -> str | None:
    """What a match of _SAID opened by "Ngày xưa", "Trước đây" … or with "từng" says in English: "I used to live in
    Saigon.", "Did you use to be a teacher?", "Where did you use to live?", "Bạn có từng sống ở Hà Nội không?" as
    "Have you ever lived in Hanoi?"; None for "không", "từng" with a doing or crying (once? mt/ever.py's), "hay" with
    what one was like, and what _unsure finds."""
    ever = not m["before"]  # ("từng" alone)
    if m["not"] or m["often"] and m["like"] or _unsure(m, asked) or ever and not (
            m["place"] or m["like"] and not asked):
        return None
    if m["where"]:
        return f"Where did {who_} use to live?"
    if m["like"]:
        doing = f"be {_like(m)}"
    elif m["job"]:
        job = JOBS[keyed(m["job"])]
        doing = f"be {a_or_an(job)} {job}"
    elif (done := _doing(m, often=False)) is None:
        return None
    elif ever and asked:
        return f"{'Has' if be(who_) == 'is' else 'Have'} {who_} ever {done[1]}?"
    else:
        doing = done[0]
    return f"Did {who_} use to {doing}?" if asked else capitalised(f"{who_} used to {doing}{m['end'] or '.'}")


def _childhood_en(text: str) -> tuple[str, str | None, bool | None] | None:
    """The English without its childhood phrase, the pronoun said in it ("When I was little,") and whether it says
    more than one ("As children,"; None: not said); (text, None, None) where there is none; None where "was" does not
    agree with its pronoun."""
    m = _OPEN_EN.fullmatch(text) or _CLOSE_EN.fullmatch(text)
    if not m:
        return text, None, None
    owho = m["owho"] if m["owho"] in ("I", None) else m["owho"].lower()
    if owho and m["owas"] != be_of(EN_WHO_VI[owho.lower()], owho in ("he", "she"), past=True):
        return None
    many = bool(m["kids"] or m["kids2"]) if not owho or m["kids2"] else None
    rest = m["rest"] + (m.groupdict().get("end") or "").strip()
    return rest, owho, many


def _said_vi(text: str) -> str | None:
    """"As a child, he was very shy." as "Hồi nhỏ anh ấy rất nhút nhát.", "I lived in Hue when I was little." as
    "Hồi nhỏ tôi sống ở Huế.", "Did you use to play football?" as "Trước đây bạn có chơi bóng đá không?", "My sister
    used to cry a lot." as "Trước đây em gái tôi hay khóc." (_SHAPES_EN); None for anything else, where "was" does
    not agree with who, and for "did", "was" with no childhood phrase."""
    found = _childhood_en(text)
    if found is None:
        return None
    rest, owho, many = found
    shape, m = next(((s, m) for s, p in _SHAPES_EN.items() if (m := p.fullmatch(rest))), (None, None))
    child = rest != text
    if not m or ("?" in m["end"]) != shape.endswith("?") or shape in _NOT_TAKEN[child] or \
            shape == "where?" and bool(m["use"]) == child:
        return None
    who_, one = who_vi(m)
    if m.groupdict().get("was") and m["was"].lower() != be_of(who_, one, past=True):
        return None
    if many is not None and many != (who_ in ("chúng tôi", "họ") or who_ == "bạn" and many):
        return None  # ("As a child, we …")
    body = _body_vi(m, shape, child)
    if body is None:
        return None
    said = EN_WHO_VI.get(owho.lower()) if owho else None
    if said and said != who_ and owho in ("he", "she", "they"):
        return None  # ("When he was little, my father …": he may be my father)
    opening = f"Hồi {said} còn nhỏ, " if said and said != who_ else "Hồi nhỏ " if child else \
        "Trước đây " if shape != "used" or "khóc" in body else ""
    if shape.endswith("?"):
        return capitalised(f"{opening}{who_} {body}?" if shape == "where?" else f"{opening}{who_} có {body} không?")
    return capitalised(f"{opening}{who_} {body}{m['end'] or '.'}")


def _body_vi(m: re.Match, shape: str, child: bool) -> str | None:
    """What a match of _SHAPES_EN says after who in Vietnamese: "sống ở Huế", "rất nhút nhát", "hay khóc", "hay bơi ở
    sông", "từng là giáo viên" ("từng" said of what one used to be or do, "có" asking it then said by the caller);
    None for a place it does not know, "not" with a degree, a degree asked."""
    gd = m.groupdict()
    if shape == "where?":
        return "sống ở đâu"
    if gd.get("place") or gd.get("here"):
        where = "đây" if m["here"] else place(m["place"], "en")
        said = where and f"sống ở {where}"
    elif gd.get("like"):
        if m["deg"] and (gd.get("not") or shape.endswith("?")):
            return None
        said = f"{_DEGREE_VI.get(keyed(m['deg'] or ''), '')}{LIKE_VI[keyed(m['like'])]}"
    elif gd.get("job"):
        if m["a"] != a_or_an(m["job"]) or child:
            return None
        said = f"{'phải ' * (shape == 'use?')}là {JOBS_VI[m['job']]}"
    elif gd.get("cry"):
        return "không hay khóc" if shape == "didn't" else "hay khóc"
    else:
        doing = m["doing"].lower()
        said = DOINGS_VI.get(doing) or _PAST_VI[doing]
        said = f"hay {said}" if gd.get("often") or shape == "used" and child else said
    if said is None:
        return None
    if shape == "didn't" or gd.get("not"):
        return f"không {said}"
    return f"từng {said}" if shape == "used" and not child else said
