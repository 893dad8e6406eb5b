"""Whether a thing is boring or interesting, said or asked, both ways, written whole by rule: a film, a book, a job, a
lesson, a class, a meeting, a match, a trip or a party boring, dull or interesting (or not, or not at all), asked
whether it is, someone finding it so, and "How boring!". v8 (rules on) reads "chán" as bored and "thấy" as saw: "Bộ
phim này chán quá." → "This movie is bored.", "Công việc của anh ấy chán lắm." → "His job was bored.", "Trò chơi này
chán quá." → "This game is bored.", "Phim này chán quá." → "This Phi is tired.", "Cuốn sách này có chán không?" →
"Is this boring?", "Trận đấu tối qua chán lắm." → "The game last night boring.", "Tôi thấy trận đấu chán." → "I saw
the game bored.", "Bạn có thấy cuốn sách này thú vị không?" → "Do you see this book interesting?"; "This film is
boring." → "Bộ phim này đang chán nản." (is getting depressed), "My job is boring." → "Công việc của tôi đang chán
nản.", "How boring!" → "Đang chán nản như thế nào!", "It's not interesting at all." → "Tất cả đều không thú vị.",
"Is the book interesting?" → "Có thú vị sách không?", "I found the match boring." → "Tôi tìm thấy cái bánh que
diêm." (a matchstick cake).

Taken: a thing of THINGS with "này" (this), "đó", "ấy", "kia" (that), whose ("của tôi", "của mẹ tôi"; "my", "my
mother's") or a day behind (_DAYS: "tối qua", "last night"; then "was"), and books, novels, games and songs with
none ("the"), boring, dull or interesting (WORDS): said, with how much (mt.weather.DEGREE, "thật sự", "cực kỳ"),
denied ("không", "chẳng"; "không … lắm", not very; "… chút nào", "… gì cả", at all), asked ("có … không?", "Is …?");
who (mt.hobbies.WHO, WHO_EN) finding it so ("Tôi thấy trận đấu chán.", "I found the match boring.", "Do you find …
?"); in English "it" or "that" too ("It's not interesting at all." → "Không thú vị chút nào.", "Is it boring?") and
"How boring!", "How interesting!". Vietnamese says no tense: "is" unless a day behind says "was"; English "was" is
said as "is" is. Left: "chán" of a person ("Bạn có chán không?", bored: mt/moods.py), "nó" in Vietnamese (it, or
him?), "Chán quá!" alone (I'm bored, or how boring?), an event bare or with whose ("Bữa tiệc chán lắm.", "The party
was boring.": mt/how_was.py, in the past), a book or film with "này", "đó", "kia" interesting ("Is this book
interesting?": mt/recommendations.py), "hay" (good: theirs too), "hôm nay" and days ahead (over, or not?), plurals
("These books are"), "game" in English (a match? mt/matches.py), "is" with a day behind, "a bit interesting", and
a finder denied ("Tôi không thấy …").
mt.phrasebook.translate tries these after mt/dislikes.py.

    >>> translate("Bộ phim này chán quá.", "vi", "en"), translate("His job is really boring.", "en", "vi")
    ('This film is so boring.', 'Công việc của anh ấy rất chán.')
"""
from __future__ import annotations

import re

from . import books_films, fed_up, how_was
from .dates import LAST
from .free_time import when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .terms import OWNERS, WHOSE_VI
from .text import SOFTENED_END, alternatives, capitalised, keyed
from .weather import DEGREE, EN_DEGREE

# what is boring or interesting: books and films (mt.books_films), events (mt.how_was), jobs, games and songs
# (mt.fed_up), and lessons and matches (the first Vietnamese of each is written back)
_TAKEN = {"book", "novel", "film", "trip", "business trip", "party", "birthday party", "concert", "class", "meeting",
          "presentation", "job", "game", "song"}
THINGS = {vi: en for vi, en in (books_films.THINGS | how_was.EVENTS | fed_up.NOUNS).items() if en in _TAKEN} | {
    "bài học": "lesson", "tiết học": "lesson", "lớp học": "class", "trận đấu": "match",
    "trận bóng đá": "football match", "bài giảng": "lecture", "môn học": "subject"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items()) if en != "game"} | {
    "movie": "bộ phim", "lesson": "bài học", "class": "lớp học", "football game": "trận bóng đá"}
_LASTING = {"book", "novel", "game", "song"}  # (said bare in Vietnamese: "Cuốn sách chán lắm."; any other is an event)
# boring, dull, interesting (the first Vietnamese of each is written back)
WORDS = {"chán": "boring", "nhàm chán": "boring", "tẻ nhạt": "dull", "buồn tẻ": "dull", "thú vị": "interesting"}
WORDS_VI = {en: vi for vi, en in reversed(WORDS.items())}
_DOWNS = {"boring", "dull"}  # (only these "a bit": not "a bit interesting")
_DEGREE = DEGREE | {"thật sự": "really", "cực kỳ": "extremely", "cực kì": "extremely"}
_DEGREE_VI = {en: vi for en, vi in EN_DEGREE.items() if en not in ("still", "too")}
_THIS = {"này": "this", "đó": "that", "ấy": "that", "kia": "that"}
_THIS_VI = {"this": " này", "that": " đó", "the": ""}
# days behind ("lúc nãy", earlier), said after the thing: mt.free_time.when says them
_DAYS = {"lúc nãy": "earlier"} | LAST
_DAY = alternatives(("hôm qua", "tối qua", "đêm qua", "hôm kia", "cuối tuần trước", *_DAYS))
_DAY_EN = r"yesterday|last\s+(?:night|week|weekend|month|year)|the\s+day\s+before\s+yesterday|earlier"
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chán|tẻ|thú\s+vị)"), "en": lazy(r"(?i:boring|dull|interesting)")}

# the thing ("bộ phim này", "công việc của anh ấy", "trận đấu tối qua", "cuốn sách"); who finds it so ("Tôi thấy …")
_THING = (rf"(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?P<this>{alternatives(_THIS)})|\s+của\s+{OWNER}|"
          rf"\s+(?P<day>(?i:{_DAY})))?")
_WORD = rf"(?P<word>{alternatives(WORDS)})"
_SAID = lazy(rf"(?:{WHO}\s+(?P<ask0>có\s+)?thấy\s+)?{_THING}\s+(?P<ask>có\s+)?(?:(?P<not>không|chẳng)\s+)?"
             rf"(?:(?P<before>rất|khá|hơi|thật\s+sự|cực\s+k[ỳì])\s+)?{_WORD}(?:\s+(?P<after>lắm|quá))?"
             rf"(?P<all>\s+(?:chút|tí)\s+nào|\s+gì\s+cả)?(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... in English ("this film", "his job", "my mother's job", "the match last night", "it")
_THING_EN = (rf"(?:(?:(?P<det>(?i:this|that|the))|(?P<owner>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})"
             rf"['’]s)\s+(?P<thing>(?i:{alternatives(THINGS_VI)}))(?:\s+(?P<day>(?i:{_DAY_EN})))?)")
_WORD_EN = r"(?P<word>(?i:boring|dull|interesting))"
_HOW_MUCH_EN = rf"(?:\s+(?P<d>{alternatives(_DEGREE_VI)}))?"
_SAID_EN = lazy(rf"(?:(?P<be0>Is|Was)\s+)?(?:{_THING_EN}|(?P<it>It|it|That|that))(?P<be>\s+is|\s+was|['’]s)?"
                rf"(?P<not>\s+not|n['’]t)?{_HOW_MUCH_EN}\s+{_WORD_EN}(?P<all>\s+at\s+all)?\s*(?P<end>[.!?]*)")
_FOUND_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}\s+(?P<verb>find|finds|found)\s+{_THING_EN}{_HOW_MUCH_EN}"
                 rf"\s+{_WORD_EN}\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(r"How\s+(?P<word>boring|interesting)\s*(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether a thing is boring or interesting, or that someone
    finds it so; None for any other (what mt/how_was.py or mt/recommendations.py takes they are tried for first)."""
    text = text.strip()
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or len(text) > 100 or not _KEYS[src].search(text):
        return None
    return _said(text) if src == "vi" else _said_vi(text) or _found_vi(text) or _how_vi(text)


def _end(end: str) -> str:
    """A statement's end as the source ended it: "!" or "."."""
    return "!" if "!" in end else "."


def _thing_en(m: re.Match, bare: bool) -> tuple[str, bool] | None:
    """The thing of a match of _THING in English, and whether a day behind says "was": "bộ phim này" as "this film",
    "công việc của mẹ tôi" as "my mother's job", "trận đấu tối qua" as ("the match last night", True), "cuốn sách"
    as "the book"; None for an event bare but where `bare` ("buổi học": what tense?), "phim" bare ("xem phim"), and
    "của anh" … (the speaker?)."""
    thing = THINGS[keyed(m["thing"])]
    if m["someone"]:
        whose = (found := someone(m["someone"], "vi")) and f"{found}'s"
    elif m["owner"]:
        whose = OWNERS.get(keyed(m["owner"]))
    else:
        whose = _THIS[keyed(m["this"])] if m["this"] else "the"
    day = m["day"] and when(m["day"], "vi", _DAYS)
    if not whose or m["day"] and not day or whose == "the" and not (m["day"] or bare or thing in _LASTING) or (
            keyed(m["thing"]) == "phim" and not m["this"]):
        return None
    return " ".join(w for w in (whose, thing, day) if w), bool(day)


def _how_en(m: re.Match) -> str | None:
    """How boring or interesting, of a match of _SAID in English: "rất chán" as "very boring", "chán quá" as "so
    boring", "không thú vị lắm" as "not very interesting", "không chán chút nào" as "not boring at all"; None for
    two degrees, "hơi thú vị" (a bit interesting), "không … quá", and "chẳng … lắm"."""
    word, before, after = WORDS[keyed(m["word"])], keyed(m["before"] or ""), keyed(m["after"] or "")
    if before and after or before == "hơi" and word not in _DOWNS:
        return None
    if m["not"]:
        if before or after == "quá" or after and (m["all"] or keyed(m["not"]) == "chẳng"):
            return None
        return f"not {'very ' * bool(after)}{word}{' at all' * bool(m['all'])}"
    if m["all"]:
        return None
    degree = before or after
    return f"{_DEGREE[degree]} {word}" if degree else word


def _said(text: str) -> str | None:
    """"Bộ phim này chán quá." as "This film is so boring.", "Công việc của anh ấy chán lắm." as "His job is really
    boring.", "Cuốn sách này có chán không?" as "Is this book boring?", "Trận đấu tối qua chán lắm." as "The match
    last night was really boring.", "Tôi thấy trận đấu chán." as "I find the match boring." (_SAID); None for
    anything else, a softener ending what is said ("thế", so? "nhỉ", isn't it?), a degree asked, a thing bare and
    plain ("Cuốn sách chán.": a title?), and a finder denied."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or not asked and re.search(r"(?:vậy|thế|nhỉ)\W*$", text):
        return None
    finds = bool(m["who"] or m["kin"] or m["title"] or m["given"])
    plain = not (m["before"] or m["after"] or m["not"] or m["all"])
    if bool(m["ask0"] if finds else m["ask"]) != asked or finds and (m["ask"] or m["not"]) or not plain and asked:
        return None
    thing, how = _thing_en(m, bare=finds), _how_en(m)
    person = who(m, asked) if finds else ("", False)
    if thing is None or how is None or person is None or (
            plain and not (asked or finds or m["this"] or m["owner"] or m["someone"] or m["day"])):
        return None
    (said, past), (who_, one) = thing, person
    if finds and asked:
        return f"{'Did' if past else 'Does' if one else 'Do'} {who_} find {said} {how}?"
    if finds:
        return capitalised(f"{who_} {'found' if past else 'finds' if one else 'find'} {said} {how}{_end(m['end'])}")
    be = "was" if past else "is"
    if asked:
        return f"{be.capitalize()} {said} {how}?"
    if how.startswith("not "):
        return capitalised(f"{said} {be}n't {how.removeprefix('not ')}{_end(m['end'])}")
    return capitalised(f"{said} {be} {how}{_end(m['end'])}")


def _thing_vi(m: re.Match) -> str | None:
    """The thing of a match of _THING_EN in Vietnamese: "this film" as "bộ phim này", "his job" as "công việc của anh
    ấy", "my mother's job" as "công việc của mẹ tôi", "the match last night" as "trận đấu tối qua"; None for a day
    with "this", "that" or whose, and someone not known."""
    vi = THINGS_VI[keyed(m["thing"])]
    if m["day"]:
        day = when(m["day"], "en", _DAYS)
        return f"{vi} {day}" if day and (m["det"] or "").lower() == "the" else None
    if m["det"]:
        return f"{vi}{_THIS_VI[m['det'].lower()]}"
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    return whose and f"{vi} của {whose}"


def _how_vi(m: re.Match | str, alone: bool = False, bare: bool = False) -> str | None:
    """How boring or interesting, of a match of _SAID_EN or _FOUND_EN in Vietnamese: "very boring" as "rất chán", "so
    boring" as "chán quá", "not very interesting" as "không thú vị lắm", "not interesting at all" as "không thú vị
    chút nào"; "chán lắm" said `alone` (no thing), "rất chán" with a thing `bare` ("the"); for a string, "How boring!"
    as "Chán quá!" (_HOW_EN). None for "a bit interesting", "not so boring" …"""
    if isinstance(m, str):
        how = _HOW_EN.fullmatch(m)
        return how and f"{WORDS_VI[how['word']].capitalize()} quá{'.' if how['end'] == '.' else '!'}"
    word, degree = WORDS_VI[m["word"].lower()], " ".join((m["d"] or "").lower().split())
    if m.groupdict().get("not"):
        if degree not in ("", "very") or degree and m["all"]:
            return None
        return f"không {word}{' lắm' * bool(degree)}{' chút nào' * bool(m['all'])}"
    if m.groupdict().get("all") or degree in ("a bit", "a little") and word not in ("chán", "tẻ nhạt"):
        return None
    before, after = _DEGREE_VI[degree] if degree else ("rất" if alone or bare else "", "")
    if alone and before == "rất":
        before, after = "", "lắm"
    return " ".join(w for w in (before, word, after) if w)


def _said_vi(text: str) -> str | None:
    """"This film is boring." as "Bộ phim này chán.", "His job is really boring." as "Công việc của anh ấy rất
    chán.", "Is the book interesting?" as "Cuốn sách có thú vị không?", "It's not interesting at all." as "Không thú
    vị chút nào." (_SAID_EN); None for anything else, "is" with a day behind, and "It's interesting." (a reply)."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    be = (m["be0"] or m["be"]).strip().lower()
    asked, alone = bool(m["be0"]), bool(m["it"])
    if m["day"] and be != "was" or asked and (m["not"] or m["d"] or m["all"]):
        return None
    if alone and not (asked or m["not"] or m["d"] or m["word"].lower() != "interesting"):
        return None
    subject = "" if alone else _thing_vi(m)
    how = _how_vi(m, alone, bare=bool(m["det"] and m["det"].lower() == "the"))
    if subject is None or how is None:
        return None
    if asked:
        return capitalised(f"{subject} có {WORDS_VI[m['word'].lower()]} không?".strip())
    return capitalised(f"{subject} {how}".strip() + _end(m["end"]))


def _found_vi(text: str) -> str | None:
    """"I found the match boring." as "Tôi thấy trận đấu chán.", "Do you find this book interesting?" as "Bạn có
    thấy cuốn sách này thú vị không?" (_FOUND_EN); None for anything else, and where the verb does not agree with
    who ("She find", "Does she found")."""
    m = _FOUND_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    verb, do = m["verb"], (m["do"] or "").lower()
    if do and (verb != "find" or do != "did" and (do == "does") != one) or not do and verb == ("find" if one else
                                                                                              "finds"):
        return None
    if (subject := _thing_vi(m)) is None or m["day"] and verb == "find" or (how := _how_vi(m)) is None:
        return None
    if do:
        return None if m["d"] else capitalised(f"{who_} có thấy {subject} {how} không?")
    return capitalised(f"{who_} thấy {subject} {how}{_end(m['end'])}")
