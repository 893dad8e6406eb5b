"""Living in a student dormitory, both ways, written whole by rule: who lives in the dorm (still, no longer, used to,
in their first year), who moves into or out of it, what the dorm is like, and how many people share a dorm room. v8
(the rules on) reads "ký túc xá" as rubber, a sign or a dormancy and writes "dorm" back as it is: "Tôi ở ký túc xá." →
"I'm in the dormacy.", "Bạn có ở ký túc xá không?" → "Are you in a dormant sign?", "Tôi không còn ở ký túc xá nữa." →
"I'm no longer in a rubber sign.", "Hồi năm nhất tôi ở ký túc xá." → "I was in the very rubber year.", "Tôi chuyển ra
khỏi ký túc xá rồi." → "I'm moving out of the rubber.", "Ký túc xá ồn quá." → "It is so rubber.", "Phòng ký túc xá của
tôi có sáu người." → "My rubber room has six people."; "I live in a dorm." → "Tôi sống trong mộtrm.", "I lived in a
dorm in my first year." → "Tôi từng sống trong năm đầu tiên của tôi.", "I moved into the dorm last week." → "Tôi đã
chuyển vào quảng cáo vào tuần trước.", "The dorm is too noisy." → "Tiếng dorm quá noisy.", "My dorm is so crowded." →
"Tôi rất đông đúc.".

"Ký túc xá" is "the dorm" in English (a student's own university's), written so every way; "a dorm", "the dorms", "a
dormitory" and "halls" are read back as "ký túc xá". Taken: who (mt.hobbies.WHO, WHO_EN; people only) lives ("ở", "sống
ở") in the dorm: said, denied, asked ("có … không?"), still ("vẫn"; asked "còn … không?"), no longer ("không còn …
nữa"), used to ("từng"), now ("đang sống"), in a year of their studies ("hồi năm nhất", or "năm nhất" with "đã" or
"từng": in my first year); who moves into ("chuyển vào", "chuyển đến") or out of ("chuyển ra khỏi") the dorm, by the
words of its tense: "rồi", "đã" (has moved), "vừa", "mới" (just), a day behind or ahead (mt.dates.near_days), "sắp"
(soon), "sẽ", "định", "muốn", "chưa", "vẫn chưa", asked "… chưa?", "có định …", "có muốn … không?"; the dorm (whose,
"này") noisy, crowded, cramped, cheap, far from the school … (_ADJ), with a degree ("rất", "hơi", "khá", "quá" before:
too; "quá" after: so; "lắm"), denied or asked; how many people there are in a dorm room (whose), said or asked. Left:
"đang ở ký túc xá" (at the dorm now, or living there?), "ở" with "đã" and no year (was there, or lived there?), "năm
nhất" bare (this year, or back then?), "còn ở" said (still, or also?), "chuyển ra ký túc xá" (moved out of it, or out
to it?), a move with no word of its tense ("Tôi chuyển vào ký túc xá.": done, or ahead?), "mới" with a day (only),
"đông" or "cũ" bare ("KTX Đông", the east dorm? the old dorm?), a statement ending in "vậy" or "thế" ("Tôi ở
ký túc xá vậy.": then, a choice made; "Ký túc xá ồn thế.": so noisy), one person to a room, "từng … chưa?" (taken
only from English: "Have you ever lived in a dorm?"), "anh", "chị", "em" alone saying it, "I" or "we" asked, "à?" or
"không?" without "có", "nhỉ", a pet as who; in English "I'm in the dorm" (at it now), "I'm moving into the dorm" with
no day (now, or soon?), "Did you live in the dorm?" with no year, the dorms said plural or with whom; a dorm's rules,
rent and curfew, sharing a flat or a room (mt/flatmates.py), renting (mt/tenancy.py), moving house (mt/moving.py),
the noise of people (mt/noise.py), and anything else.
mt.phrasebook.translate tries these after mt/insurance.py.

    >>> translate("Tôi ở ký túc xá.", "vi", "en"), translate("I moved into the dorm last week.", "en", "vi")
    ('I live in the dorm.', 'Tuần trước tôi đã chuyển vào ký túc xá.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ký\s+túc\s+xá|kí\s+túc\s+xá|ktx)"), "en": lazy(r"(?i:dorm|halls)")}
_DORM = r"(?i:k[ýí]\s+túc\s+xá|ktx)"
_DORM_EN = r"(?:(?:a|the)\s+dorm(?:itory)?|the\s+dorm(?:itorie|)s|halls(?:\s+of\s+residence)?)"
# days behind and ahead of a move (mt.dates.NEAR_DAYS; "hôm nay", "năm nay": done, or ahead?)
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái", "năm trước", "ngày mai", "ngày kia",
                  "tuần sau", "tuần tới", "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# a year of one's studies (the first Vietnamese of each is written back)
_NTH = {"nhất": "first", "hai": "second", "ba": "third", "tư": "fourth", "cuối": "final"}
_NTH_VI = {en: vi for vi, en in reversed(_NTH.items())} | {"last": "cuối"}
# what the dorm is like (the first Vietnamese of each is written back; "đông", "cũ" bare are left: "KTX Đông", the
# old dorm)
_ADJ = {"ồn": "noisy", "ồn ào": "noisy", "đông người": "crowded", "đông đúc": "crowded", "đông": "crowded",
        "chật": "cramped", "chật chội": "cramped", "rẻ": "cheap", "đắt": "expensive", "sạch sẽ": "clean",
        "sạch": "clean", "bẩn": "dirty", "yên tĩnh": "quiet", "thoải mái": "comfortable", "nóng": "hot", "cũ": "old",
        "xa trường": "far from the school", "ở xa trường": "far from the school", "gần trường": "close to the school",
        "ở gần trường": "close to the school", "xa": "far away", "ở xa": "far away"}
_ADJ_VI = {en: vi for vi, en in reversed(_ADJ.items())} | {
    "loud": "ồn", "far from school": "xa trường", "far from campus": "xa trường", "close to school": "gần trường",
    "close to campus": "gần trường", "near the school": "gần trường", "near campus": "gần trường", "far": "xa"}
# a degree said in English: (before the Vietnamese word, after it)
_DEGREE = {"very": ("rất ", ""), "really": ("rất ", ""), "so": ("", " quá"), "too": ("quá ", ""),
           "quite": ("khá ", ""), "pretty": ("khá ", ""), "rather": ("khá ", ""), "a bit": ("hơi ", ""),
           "a little": ("hơi ", "")}

# who lives in the dorm ("Tôi ở ký túc xá.", "Bạn còn ở ký túc xá không?", "Hồi năm nhất tôi ở ký túc xá.")
_YEAR = r"(?i:(?:hồi\s+)?năm\s+(?:nhất|hai|ba|tư|cuối))"
_LIVE = lazy(rf"(?:(?P<year0>{_YEAR})\s*,?\s+)?{WHO}\s+(?:(?P<aux>vẫn\s+còn|vẫn|có\s+còn|còn|không\s+còn|không|"
             r"đã\s+từng|từng|đã|có|đang)\s+)?(?P<verb>ở|sống\s+ở|sống\s+trong|sống\s+tại)\s+" + _DORM +
             rf"(?:\s+(?P<year>{_YEAR}))?(?:\s+(?P<more>nữa))?{ASKED_END}")
_YEAR_WORDS = lazy(r"(?P<hoi>hồi\s+)?năm\s+(?P<nth>\w+)", re.IGNORECASE)
# who moves into or out of it ("Tôi chuyển ra khỏi ký túc xá rồi.", "Bạn chuyển vào ký túc xá chưa?")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_MOVE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aspect>vừa\s+mới|vừa|mới|đã|sắp|sẽ|"
             r"dự\s+định|định|muốn|vẫn\s+chưa|chưa)\s+)?chuyển\s+(?:(?P<into>vào|đến|tới)(?:\s+ở)?|(?P<out>ra\s+khỏi|"
             rf"khỏi))\s+{_DORM}(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
             + SOFTENED_END)
# what the dorm is like ("Ký túc xá ồn quá.", "Ký túc xá có xa trường không?")
_LIKE = lazy(rf"{_DORM}(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+)?"
             rf"(?:(?P<not>không)\s+)?(?:(?P<before>rất|hơi|khá|quá)\s+)?(?P<adj>{alternatives(_ADJ)})"
             rf"(?:\s+(?P<after>quá|lắm))?{ASKED_END}")
# how many share a dorm room ("Phòng ký túc xá của tôi có sáu người.", "Phòng ký túc xá của bạn có mấy người?")
_ROOM = lazy(rf"(?i:phòng)\s+{_DORM}(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?\s+có\s+(?:(?P<n>\d{{1,2}}|"
             rf"(?i:{alternatives(VI_TO_EN)}))|(?P<how>mấy|bao\s+nhiêu))\s+người(?:\s+ở)?{SOFTENED_END}")

# ... in English: living in or moving into or out of it, the words after who compared whole (`_plain`)
_YEAR_EN = rf"(?P<owner{{n}}>(?i:{WHOSE_WORDS}))\s+(?P<nth{{n}}>first|second|third|fourth|final|last)\s+year"
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_SAID_EN = lazy(rf"(?:(?P<day0>{_DAY_EN})\s*,?\s+|In\s+{_YEAR_EN.format(n=0)}\s*,?\s+)?"
                rf"(?:(?P<q>(?i:do|does|did|have|has|are|is|am|will))\s+)?(?P<subj>{WHO_EN})"
                r"(?P<vp>(?:['’][a-z]+)?(?:\s+[A-Za-z'’]+){0,5}?)\s+(?P<where>in|into|out\s+of)\s+" + _DORM_EN +
                rf"(?:\s+(?P<tail>soon|yet|any\s*more))?(?:\s+(?P<day>{_DAY_EN}))?(?:\s+(?:in|during)\s+"
                rf"{_YEAR_EN.format(n=1)})?\s*(?P<end>[.!?]*)")
_LIKE_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+dorm(?:itory)?"
                r"(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s(?:\s+not)?)?"
                rf"(?:\s+(?P<d>{alternatives(_DEGREE)}))?\s+(?P<adj>{alternatives(_ADJ_VI)})"
                r"\s*(?P<end>[.!?]*)")
_ROOM_EN = lazy(rf"(?:There\s+are\s+(?P<n>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?:people|(?P<us>of\s+us))|"
                r"(?P<how>How\s+many\s+people\s+are(?:\s+there)?))\s+in\s+(?:(?P<det>(?i:the|this|"
                rf"{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+dorm(?:itory)?\s+room\s*(?P<end>[.!?]*)")

# each way of saying it: the Vietnamese written, the English ({be}, {have}, {do}, {s} agreeing with who; the first
# written), and what it takes: "a", "b" a day ahead, behind ("a?", "b?": or none); "y" a year of one's studies
_LIVES = {
    "live": ("{who} ở {what}", ["{who} live{s} in {what}"], ""),
    "not": ("{who} không ở {what}", ["{who} {do} not live in {what}"], ""),
    "still": ("{who} vẫn ở {what}", ["{who} still live{s} in {what}"], ""),
    "no_more": ("{who} không còn ở {what} nữa", ["{who} {do} not live in {what} any more",
                                                 "{who} no longer live{s} in {what}"], ""),
    "used": ("{who} từng ở {what}", ["{who} used to live in {what}", "{who} lived in {what}"], ""),
    "living": ("{who} đang sống ở {what}", ["{who} {be} living in {what}"], ""),
    "year": ("{who} ở {what}", ["{who} lived in {what}"], "y"),
    "year_not": ("{who} không ở {what}", ["{who} did not live in {what}"], "y"),
    "q": ("{who} có ở {what} không?", ["{Do} {who} live in {what}"], ""),
    "q_still": ("{who} còn ở {what} không?", ["{Do} {who} still live in {what}"], ""),
    "q_year": ("{who} có ở {what} không?", ["Did {who} live in {what}"], "y"),
    "q_ever": ("{who} đã từng ở {what} chưa?", ["{Have} {who} ever lived in {what}"], ""),  # (English to Vietnamese)
}
_MOVES = {
    "done": ("{who} chuyển {what} rồi", ["{who} {have} moved {what}", "{who} {have} already moved {what}"], ""),
    "just": ("{who} vừa chuyển {what}", ["{who} {have} just moved {what}", "{who} just moved {what}"], ""),
    "past": ("{who} đã chuyển {what}", ["{who} moved {what}"], "b?"),
    "ahead": ("{who} sẽ chuyển {what}", ["{who} {be} moving {what}"], "a"),
    "will": ("{who} sẽ chuyển {what}", ["{who} will move {what}"], "a?"),
    "soon": ("{who} sắp chuyển {what}", ["{who} {be} moving {what} soon", "{who} {be} about to move {what}"], ""),
    "going": ("{who} định chuyển {what}", ["{who} {be} going to move {what}", "{who} {be} planning to move {what}"],
              "a?"),
    "want": ("{who} muốn chuyển {what}", ["{who} want{s} to move {what}"], ""),
    "not_yet": ("{who} chưa chuyển {what}", ["{who} {have} not moved {what} yet"], ""),
    "still": ("{who} vẫn chưa chuyển {what}", ["{who} still {have} not moved {what}"], ""),
    "q_yet": ("{who} đã chuyển {what} chưa?", ["{Have} {who} moved {what} yet"], ""),
    "q_going": ("{who} có định chuyển {what} không?", ["{Be} {who} going to move {what}",
                                                     "{Be} {who} planning to move {what}"], ""),
    "q_want": ("{who} có muốn chuyển {what} không?", ["{Do} {who} want to move {what}"], ""),
}
# a statement ending in "vậy" or "thế" (mt.text.ASKED_END takes them): "then" of a choice made ("Tôi ở ký túc xá
# vậy.": I'll live in the dorm, then), or "so" of what it is like ("Ký túc xá ồn thế.")
_THEN = lazy(r".*\s(?:vậy|thế)\s*[.!]*", re.IGNORECASE | re.DOTALL)
_NOTS = {"has not": "hasn't", "have not": "haven't", "do not": "don't", "does not": "doesn't", "did not": "didn't"}


@key_checked(_KEYS, agreement="left")  # ("Ký túc xá ồn quá nhỉ.": a tag English would say)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who lives in the dorm or moves into or out of it, what the
    dorm is like or how many people share a dorm room; None for any other."""
    if src == "vi":
        if _THEN.fullmatch(text):
            return None
        return _live(text) or _move(text) or _like(text) or _room(text)
    return _said_vi(text) or _like_vi(text) or _room_vi(text)


def _fits(rule: str, way: str, year: bool) -> bool:
    """Whether a way of saying it (its `rule`) takes a day that lies `way` ("ahead", "behind", "" none) and a year
    of one's studies said or not."""
    if ("y" in rule) != year:
        return False
    rule = rule.replace("y", "")
    return way[:1] == rule[:1] if way else rule in ("", "a?", "b?")


def _english(template: str, who_en: str, one: bool, what: str) -> str:
    """A template of _LIVES or _MOVES filled for who in English (`one`: said with "-s") and what."""
    be = "am" if who_en == "I" else "is" if one else "are"
    have, do = ("has", "does") if one else ("have", "do")
    return template.format(who=who_en, what=what, be=be, Be=be.capitalize(), have=have, Have=have.capitalize(),
                           do=do, Do=do.capitalize(), s="s" if one else "")


def _written(said: str, who_en: str) -> str:
    """English as it is written: "I am" as "I'm" after a pronoun, "has not" as "hasn't"."""
    for full, short in _NOTS.items():
        said = re.sub(rf"\b{full}\b", short, said)
    if said.startswith(f"{who_en} ") and said.split()[len(who_en.split())] in ("am", "is", "are", "have", "has"):
        said = contracted(who_en, said[len(who_en) + 1:])
    return capitalised(said)


def _plain(said: str) -> str:
    """English as `_SAID_EN` compares it: small letters, contractions written out, "anymore" as "any more"."""
    said = said.lower().replace("’", "'").replace("n't", " not").replace("anymore", "any more")
    for short, full in (("'m", " am"), ("'re", " are"), ("'ve", " have"), ("'ll", " will")):
        said = said.replace(short, full)
    said = re.sub(r"'s(?=\s+(?:just|already|moved|not\s+moved|ever)\b)", " has", said)
    return " ".join(re.sub(r"'s\b", " is", said).split())


def _year(said: str) -> tuple[bool, str] | None:
    """A year of one's studies said in Vietnamese: whether "hồi" says it is behind, and the year in English
    ("first"); None for none."""
    m = _YEAR_WORDS.fullmatch(" ".join(said.split()))
    return m and (bool(m["hoi"]), _NTH[keyed(m["nth"])])


def _live_meaning(m: re.Match, asked: bool, year: tuple[bool, str] | None) -> str | None:
    """Which way of saying it (of _LIVES) a match of _LIVE is; None for one not read for sure ("Tôi đang ở ký túc
    xá.": at the dorm now?; "Năm nhất tôi ở ký túc xá.": now, or back then?; "Tôi còn ở …": still, or also?)."""
    aux = keyed(m["aux"] or "").replace("vẫn còn", "vẫn")
    if m["more"] and (year or aux not in ("không", "không còn")) or aux == "đang" and keyed(m["verb"]) == "ở":
        return None
    aux = "không còn" if m["more"] else aux  # ("không … nữa": not any more)
    if year:
        if asked:
            return "q_year" if aux == "có" and year[0] else None
        if aux in ("đã", "từng", "đã từng") or year[0] and aux == "":
            return "year"
        return "year_not" if aux == "không" and year[0] else None
    if asked:
        return {"có": "q", "còn": "q_still", "có còn": "q_still"}.get(aux)
    return {"": "live", "không": "not", "vẫn": "still", "không còn": "no_more", "từng": "used", "đã từng": "used",
            "đang": "living"}.get(aux)


def _live(text: str) -> str | None:
    """"Tôi ở ký túc xá." as "I live in the dorm.", "Bạn có ở ký túc xá không?" as "Do you live in the dorm?", "Tôi
    không còn ở ký túc xá nữa." as "I don't live in the dorm any more.", "Hồi năm nhất tôi ở ký túc xá." as "I lived
    in the dorm in my first year." (_LIVE); None for anything else, a year said twice, "I" or "we" asked, a pet."""
    m = _LIVE.fullmatch(text)
    if not m or m["year0"] and m["year"] or animal(m):
        return None
    asked = bool(m["asked"])
    year = _year(m["year0"] or m["year"] or "")
    meaning = None if asked != ("?" in m["end"]) else _live_meaning(m, asked, year)
    said = meaning and who(m, asked)
    if not said or asked and said[0] in ("I", "we"):
        return None
    en = _english(_LIVES[meaning][1][0], *said, "the dorm")
    if year:
        whose = whose_own(m, said[0])
        if whose is None:
            return None  # (a name alone: "in his first year", or hers?)
        en += f" in {whose} {year[1]} year"
    return _written(en, said[0]) + ("?" if asked else stop(m["end"]))


def _move_meaning(m: re.Match, way: str) -> str | None:
    """Which way of saying it (of _MOVES) a match of _MOVE is, by its words of tense and asking; None for one not
    read for sure ("Tôi chuyển vào ký túc xá.": done, or ahead?)."""
    aspect = {"vừa mới": "vừa", "mới": "vừa", "dự định": "định"}.get(keyed(m["aspect"] or ""), keyed(m["aspect"] or ""))
    asked, tail, done = "?" in m["end"], m["asked"], m["done"]
    if tail == "không":
        found = {"định": "q_going", "muốn": "q_want"}.get(aspect)
        return found if asked and m["ask"] and not (done or way) else None
    if tail == "chưa":
        return "q_yet" if asked and aspect in ("", "đã") and not (m["ask"] or done or way) else None
    if asked or m["ask"] or done and (aspect not in ("", "đã") or way):
        return None
    if done or aspect == "đã" and not way:
        return "done"
    if aspect == "":
        return {"behind": "past", "ahead": "ahead"}.get(way)
    return {"vừa": "just", "đã": "past", "sẽ": "will", "định": "going", "sắp": "soon", "muốn": "want",
            "chưa": "not_yet", "vẫn chưa": "still"}[aspect]


def _move(text: str) -> str | None:
    """"Tôi chuyển ra khỏi ký túc xá rồi." as "I've moved out of the dorm.", "Tôi chuyển vào ký túc xá tuần
    trước." as "I moved into the dorm last week.", "Bạn chuyển vào ký túc xá chưa?" as "Have you moved into the dorm
    yet?" (_MOVE); None for anything else, a day said twice, "I" or "we" asked, a pet."""
    m = _MOVE.fullmatch(text)
    if not m or m["day0"] and m["day"] or animal(m):
        return None
    day = m["day0"] or m["day"]
    way = NEAR_WAY[keyed(day)] if day else ""
    meaning = _move_meaning(m, way)
    said = meaning and _fits(_MOVES[meaning][2], way, False) and who(m, "?" in m["end"])
    if not said or "?" in m["end"] and said[0] in ("I", "we"):
        return None
    what = "into the dorm" if m["into"] else "out of the dorm"
    en = _english(_MOVES[meaning][1][0], *said, what) + (f" {_DAYS[keyed(day)]}" if day else "")
    return _written(en, said[0]) + ("?" if meaning.startswith("q_") else stop(m["end"]))


def _like(text: str) -> str | None:
    """"Ký túc xá ồn quá." as "The dorm is so noisy.", "Ký túc xá xa trường." as "The dorm is far from the
    school.", "Ký túc xá của tôi quá chật." as "My dorm is too cramped.", "Ký túc xá có rẻ không?" as "Is the dorm
    cheap?" (_LIKE); None for anything else, and "đông" or "cũ" bare."""
    m = _LIKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["before"] and m["after"] or (
            m["not"] and asked):
        return None
    before, after = m["before"] or "", m["after"] or ""
    if keyed(m["adj"]) in ("đông", "cũ") and not (before or after or asked or m["not"]):
        return None  # ("Ký túc xá Đông": the east dorm? "Ký túc xá cũ.": the old dorm?)
    dorm = f"{OWNERS[keyed(m['owner'])]} dorm" if m["owner"] else "this dorm" if m["this"] else "the dorm"
    adj = _ADJ[keyed(m["adj"])]
    if asked or m["not"]:
        if before not in ("", "quá"):
            return None  # ("có rất ồn không?", "không hơi ồn")
        degree = "too " if before else {"": "", "lắm": "very ", "quá": "too "}[after]
        return f"Is {dorm} {degree}{adj}?" if asked else capitalised(f"{dorm} isn't {degree}{adj}{stop(m['end'])}")
    degree = {"rất": "very ", "hơi": "a bit ", "khá": "quite ", "quá": "too "}.get(before, "") or \
        {"quá": "so ", "lắm": "very "}.get(after, "")
    return capitalised(f"{dorm} is {degree}{adj}{stop(m['end'])}")


def _room(text: str) -> str | None:
    """"Phòng ký túc xá của tôi có sáu người." as "There are six people in my dorm room.", "Phòng ký túc xá có bốn
    người." as "There are four people in the dorm room.", "Phòng ký túc xá của bạn có mấy người?" as "How many people
    are there in your dorm room?" (_ROOM); None for anything else, and one to a room."""
    m = _ROOM.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    n = VI_TO_EN.get(keyed(m["n"] or ""), m["n"])
    if n in ("one", "1", "0"):
        return None
    named = someone(m["someone"], "vi") if m["someone"] else None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{named}'s" if named else "this" if m["this"] else "the"
    if m["someone"] and not named:
        return None
    if m["how"]:
        return f"How many people are there in {whose} dorm room?"
    return f"There are {n} people in {whose} dorm room{stop(m['end'])}"


def _said_vi(text: str) -> str | None:
    """"I live in a dorm." as "Tôi ở ký túc xá.", "Do you still live in the dorm?" as "Bạn còn ở ký túc xá không?",
    "I lived in a dorm in my first year." as "Hồi năm nhất tôi ở ký túc xá.", "I moved into the dorm last week." as
    "Tuần trước tôi đã chuyển vào ký túc xá.", "Have you moved out of the dorm yet?" as "Bạn đã chuyển ra khỏi ký
    túc xá chưa?" (_SAID_EN, the way of saying it of _LIVES or _MOVES whose English is the sentence's); None for
    anything else, where a verb does not agree with who, a year not one's own, "I" or "we" asked, a pet."""
    m = _SAID_EN.fullmatch(text)
    if not m or animal(m) or m["day0"] and m["day"] or m["owner0"] and m["owner1"]:
        return None
    owner, nth = m["owner0"] or m["owner1"], m["nth0"] or m["nth1"]
    if owner and (m["day0"] or m["day"]):
        return None
    who_, one = who_vi(m)
    asked, subj = "?" in m["end"], " ".join(m["subj"].split())
    who_en = "I" if subj.lower() == "i" else subj
    if asked != bool(m["q"]) or asked and who_ in ("tôi", "chúng tôi") or owner and not _own_year(m, owner, who_, one):
        return None
    where = " ".join(m["where"].lower().split())
    table, what, what_vi = (_LIVES, "the dorm", "ký túc xá") if where == "in" else (
        _MOVES, f"{where} the dorm", f"{'vào' if where == 'into' else 'ra khỏi'} ký túc xá")
    day = " ".join((m["day0"] or m["day"] or "").lower().split())
    way = NEAR_WAY[_DAYS_VI[day]] if day else ""
    said = _plain(" ".join(filter(None, (m["q"], m["subj"] + m["vp"], where, "the dorm", m["tail"]))))
    for vi, ens, rule in table.values():
        if vi.endswith("?") == asked and _fits(rule, way, bool(owner)) and any(
                _plain(_english(en, who_en, one, what)) == said for en in ens):
            opening = f"{_DAYS_VI[day]} " if day else f"hồi năm {_NTH_VI[nth.lower()]} " if owner else ""
            return capitalised(opening + vi.format(who=who_, what=what_vi) + ("" if asked else stop(m["end"])))
    return None


def _own_year(m: re.Match, owner: str, who_: str, one: bool) -> bool:
    """Whether whose year of studies ("in my first year") is who's own ("I … my", "My son … his"; not "I … your")."""
    m_own = {"owner": owner, "who": m["who"], "kin": m["kin"]}
    return owner.lower() != "the" and own_thing(m_own, who_, one) is True  # (own_thing reads the groups alone)


def _like_vi(text: str) -> str | None:
    """"The dorm is too noisy." as "Ký túc xá quá ồn.", "My dorm is so crowded!" as "Ký túc xá của tôi đông người
    quá!", "Is the dorm far from the school?" as "Ký túc xá có xa trường không?", "The dorm isn't very clean." as
    "Ký túc xá không sạch sẽ lắm." (_LIKE_EN); None for anything else, and a degree English does not ask so."""
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    det = m["det"].lower()
    dorm = "ký túc xá" + ("" if det == "the" else " này" if det == "this" else f" của {WHOSE_VI[det]}")
    adj, d = _ADJ_VI[" ".join(m["adj"].lower().split())], " ".join((m["d"] or "").lower().split())
    denied = bool(re.search(r"not|n['’]t", m["be"] or ""))
    if m["q"] or denied:
        shape = {"": "{} {}", "very": "{} {} lắm", "too": "{} quá {}"}.get(d)
        if shape is None:
            return None
        said = shape.format("có" if m["q"] else "không", adj)
        return capitalised(f"{dorm} {said} không?" if m["q"] else f"{dorm} {said}{stop(m['end'])}")
    before, after = _DEGREE.get(d, ("", ""))
    return capitalised(f"{dorm} {before}{adj}{after}{stop(m['end'])}")


def _room_vi(text: str) -> str | None:
    """"There are six people in my dorm room." and "There are six of us in my dorm room." as "Phòng ký túc xá của tôi
    có sáu người.", "How many people are there in your dorm room?" as "Phòng ký túc xá của bạn có mấy người?"
    (_ROOM_EN); None for anything else, one to a room, and "of us" in a room not ours."""
    m = _ROOM_EN.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    det = (m["det"] or "").lower()
    n = (m["n"] or "").lower()
    if n in ("one", "1", "0") or m["us"] and det not in ("my", "our"):
        return None
    whose = f" của {someone(m['named'], 'en')}" if m["named"] else "" if det == "the" else " này" if det == "this" \
        else f" của {WHOSE_VI[det]}"
    if m["how"]:
        return f"Phòng ký túc xá{whose} có mấy người?"
    return f"Phòng ký túc xá{whose} có {EN_TO_VI.get(n, n)} người{stop(m['end'])}"
