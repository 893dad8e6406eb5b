"""Puzzles as a pastime, both ways, written whole by rule: jigsaws, crosswords, sudoku, the Rubik's cube and riddles
liked, being done or done often, finished or solved, solvable (how fast) or not, hard or easy; pieces missing. v8
(rules on): "Tôi ghép xong bộ xếp hình một nghìn mảnh." → "I transplant shaped one thousand pieces.", "Bộ xếp hình
thiếu một mảnh." → "The packer is missing a piece.", "Ông tôi giải ô chữ mỗi sáng." → "My grandfather leans every
morning.", "Bạn có biết giải khối Rubik không?" → "Do you know the Rubik block?", "Câu đố này khó quá." → "The spot
was too difficult."; "I finished a 1000-piece jigsaw puzzle." → "Tôi đã hoàn thành một trò chơi jigsaw.", "Do you
like crosswords?" → "Bạn có thích gươm chéo không?", "This riddle is very easy." → "Những chiếc xe này rất dễ.".

Taken: who (mt.hobbies.WHO, WHO_EN) likes, loves or hates a puzzle of PUZZLES (said, denied, asked), is doing one
("đang"; a Rubik's cube "chơi" played with), does them often or every day (mt.hobbies.SELDOM, EVERY), has (just)
finished ("ghép xong", "giải xong"; a Rubik's cube, a riddle solved) or solved one ("đã giải được"), said or asked
("… chưa?"; "Have you solved a …?" as ever), can or cannot solve one ("giải được", "có thể giải"; in N minutes or
seconds), knows how to ("biết giải"), never has; this, that or today's puzzle hard or easy ("… nhỉ": a tag); a
jigsaw's pieces ("bộ xếp hình 1000 mảnh": "a 1000-piece jigsaw puzzle"), missing (in English from a jigsaw or puzzle
named), the last one missing or not found (in Vietnamese). "câu đố" is "puzzle" (a riddle or a logic puzzle);
"riddle" and "puzzle" are "câu đố". Left: "xếp hình" with no "bộ" or pieces ("mảnh": slang for sex, building blocks,
Tetris; "trò xếp hình", "chơi xếp hình"), "tranh ghép" with no pieces (a collage? a mosaic?), "không … không?" (not
Vietnamese), a plain verb with no time ("Tôi giải ô chữ.": a habit, or done?), "Can I/we solve …?" (may be leave),
"finished the puzzle" (a jigsaw?), pieces missing in English from no jigsaw or puzzle named ("A piece is missing.":
a chess piece, "quân cờ"? a part, "chi tiết"?), "Đố bạn …" (the riddle itself), "anh", "chị", "em" alone saying it
(the speaker or the listener), a statement asking to be agreed with ("… nhỉ.") but of one hard or easy (read plainly
it loses the asking: "Tôi thích ghép hình nhỉ." is not "I like jigsaw puzzles."), and anything else.
mt.phrasebook.translate tries these after mt/adoption.py.

    >>> translate("Tôi ghép xong bộ xếp hình một nghìn mảnh.", "vi", "en")
    'I finished a 1000-piece jigsaw puzzle.'
    >>> translate("Do you like crosswords?", "en", "vi")
    'Bạn có thích giải ô chữ không?'
"""
from __future__ import annotations

import re

from .hobbies import EVERY, EVERY_VI, HABIT_VI, SELDOM, WHO, WHO_EN, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import (ASKED_END, BE_EN, SOFTENED_END, agreement_asked, alternatives, be, be_said, capitalised, contracted,
                   keyed, present, stop)

# the puzzles in Vietnamese (keyed), each a kind; "xếp hình" alone is also slang for sex, building blocks and Tetris
# ("trò xếp hình"): it is taken only as "bộ xếp hình" or with pieces ("mảnh"), never liked alone, after "trò" or
# "chơi"; "tranh ghép" alone is also a collage or a mosaic: taken only with pieces (_ALONE)
PUZZLES = {"ghép hình": "jigsaw", "xếp hình": "jigsaw", "tranh ghép": "jigsaw", "tranh ghép hình": "jigsaw",
           "ô chữ": "crossword", "sudoku": "sudoku", "khối rubik": "rubik", "rubik": "rubik", "câu đố": "puzzle"}
# each kind: one in English, many, the verb English does it with; liked in Vietnamese, one, the verb it is done with
_KINDS = {"jigsaw": ("jigsaw puzzle", "jigsaw puzzles", "do", "ghép hình", "bộ xếp hình", "ghép"),
          "crossword": ("crossword", "crosswords", "do", "giải ô chữ", "ô chữ", "giải"),
          "sudoku": ("sudoku", "sudoku", "do", "chơi sudoku", "bài sudoku", "giải"),
          "rubik": ("Rubik's cube", "Rubik's cubes", "solve", "chơi Rubik", "khối Rubik", "giải"),
          "puzzle": ("puzzle", "puzzles", "solve", "giải câu đố", "câu đố", "giải")}
# the words a kind goes with: a set word before it ("bộ xếp hình", "bài sudoku"), a verb doing it
_SETS = {"jigsaw": {"bộ", "bức"}, "crossword": {"bài", "trò chơi"}, "sudoku": {"bài", "trò chơi"}}
_VERBS = {"jigsaw": {"ghép", "làm"}, "crossword": {"giải", "làm", "chơi"}, "sudoku": {"giải", "làm", "chơi"},
          "rubik": {"giải", "chơi"}, "puzzle": {"giải"}}
# ... and in English, one and many (keyed; "’" is read as "'")
ONES_EN = {"jigsaw puzzle": "jigsaw", "jigsaw": "jigsaw", "crossword": "crossword", "crossword puzzle": "crossword",
           "sudoku": "sudoku", "sudoku puzzle": "sudoku", "rubik's cube": "rubik", "rubik cube": "rubik",
           "puzzle": "puzzle", "riddle": "puzzle"}
MANY_EN = {"jigsaw puzzles": "jigsaw", "jigsaws": "jigsaw", "crosswords": "crossword", "crossword puzzles": "crossword",
           "sudoku": "sudoku", "sudokus": "sudoku", "sudoku puzzles": "sudoku", "rubik's cubes": "rubik",
           "puzzles": "puzzle", "riddles": "puzzle"}
_ING = {"doing": {"jigsaw", "crossword", "sudoku"}, "solving": {"crossword", "sudoku", "rubik", "puzzle"},
        "playing": {"sudoku"}}
_LIKES = {"thích": "like", "mê": "love", "ghét": "hate"}
_LIKES_EN = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
_HOW = {"khó": "hard", "dễ": "easy"}
_HOW_EN = {"hard": "khó", "difficult": "khó", "easy": "dễ"}
_VERY = {"rất": "very", "khá": "quite", "hơi": "a bit", "quá": "so", "lắm": "really", "thật": "so"}
_ALONE = ("xếp hình", "tranh ghép")  # (not a jigsaw alone: `_kind`, `_liking`)
_HUNDREDS = {"trăm": 100, "nghìn": 1000, "ngàn": 1000}
_DIGITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_AFTER_VI = {"this": " này", "that": " đó", "today's": " hôm nay"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:xếp\s+hình|ghép\s+hình|tranh\s+ghép|ô\s+chữ|sudoku|rubik|câu\s+đố|mảnh)"),
         "en": lazy(r"(?i:jigsaw|crossword|sudoku|rubik|puzzle|riddle|piece)")}

# the puzzle ("một bộ xếp hình 1000 mảnh", "ô chữ hôm nay", "câu đố này")
_NUM = r"\d+(?:[.,]\d{3})?|(?:một|hai|ba|bốn|năm)\s+(?:trăm|nghìn|ngàn)"
_THING = (r"(?:(?P<a>(?i:một))\s+)?(?:(?P<set>(?i:bộ|bức|bài|trò\s+chơi))\s+)?"
          rf"(?P<p>(?i:{alternatives(PUZZLES)}))(?:\s+(?P<n>{_NUM})\s+mảnh)?(?:\s+(?P<this>này|đó|hôm\s+nay))?")
# liked ("Tôi thích xếp hình.", "Bạn có thích giải ô chữ không?")
_LIKING = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?P<likes>thích|mê|ghét)\s+"
               rf"(?:(?P<verb>chơi|giải)\s+)?(?P<p>(?i:{alternatives(PUZZLES)}))(?:\s+(?P<much>lắm))?{ASKED_END}")
# being done, or done often ("Tôi đang ghép một bộ xếp hình 1000 mảnh.", "Ông tôi giải ô chữ mỗi sáng.")
_DOING = lazy(rf"{WHO}\s+(?:(?P<now>đang)\s+|(?P<seldom>{alternatives(SELDOM)})\s+)?"
              rf"(?:(?P<verb>giải|ghép|làm|chơi)\s+)?{_THING}(?:\s+(?P<every>{alternatives(EVERY)}))?{SOFTENED_END}")
# finished, solved ("Tôi ghép xong bộ xếp hình một nghìn mảnh.", "Bạn đã giải xong ô chữ chưa?")
_DONE = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?:(?P<verb>giải|ghép|làm)\s+xong|(?P<whole>hoàn\s+"
             rf"thành)|(?P<solved>giải\s+được))\s+{_THING}(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")
# can solve it, how fast, never has ("Bạn có biết giải khối Rubik không?", "Tôi không giải được câu đố này.")
_IN = r"(?:\s+trong\s+(?:vòng\s+)?(?P<k>\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?P<unit>phút|giây))?"
_CAN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa\s+bao\s+giờ)\s+)?(?:(?P<know>biết)\s+|(?P<able>có\s+thể)"
            rf"\s+)?giải(?:\s+(?P<got>được))?\s+{_THING}(?:\s+(?P<got2>được))?{_IN}{ASKED_END}")
# hard or easy ("Câu đố này khó quá.", "Ô chữ hôm nay có khó không?")
_HARD = lazy(rf"{_THING}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<very>rất|khá|hơi)\s+)?(?P<how>khó|dễ)"
             rf"(?:\s+(?P<much>quá|lắm|thật))?{ASKED_END}")
# pieces missing ("Bộ xếp hình thiếu một mảnh.", "Thiếu một mảnh rồi."), the last one lost or not found
_MISSING = lazy(rf"(?:{_THING}\s+)?(?:(?i:bị)\s+)?(?i:thiếu)(?:\s+mất)?\s+(?P<k>một|hai|ba|\d+)\s+mảnh(?:\s+rồi)?"
                r"\s*(?P<end>[.!]*)")
_LAST = lazy(rf"(?:(?i:mảnh\s+cuối\s+cùng)\s+(?:bị\s+)?(?:mất|thiếu)(?:\s+rồi)?|(?P<find>{WHO}\s+không\s+tìm\s+thấy"
             r"\s+mảnh\s+cuối\s+cùng(?:\s+đâu)?))\s*(?P<end>[.!]*)")

# ... and in English
_THING_EN = (r"(?P<det>(?i:a|the|this|that|today's))\s+(?:(?P<n>\d+(?:,\d{3})?)[-\s]piece\s+)?"
             rf"(?P<p>(?i:{alternatives(ONES_EN)}))")
_LIKING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?:(?P<not>don't|doesn't|do\s+not|does\s+not)\s+)?"
                  rf"(?P<likes>(?:{alternatives(_LIKES_EN)})s?)\s+(?:(?P<ing>doing|solving|playing)\s+)?"
                  rf"(?P<p>(?i:{alternatives(MANY_EN)}))\s*(?P<end>[.!?]*)")
_DOING_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?P<ing>doing|solving)\s+{_THING_EN}\s*(?P<end>[.!]*)")
_OFTEN_EN = lazy(rf"{WHO_EN}\s+(?:(?P<seldom>often|usually|sometimes|always)\s+)?"
                 rf"(?P<verb>does|do|solves|solve|plays|play)\s+(?P<p>(?i:{alternatives(MANY_EN)})|the\s+crossword)"
                 rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?\s*(?P<end>[.!]*)")
_DONE_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>'ve|\s+have|'s|\s+has)?(?:\s+(?P<just>just))?\s+"
                rf"(?P<verb>finished|completed|done|solved)\s+{_THING_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_CAN_EN = lazy(rf"(?:(?P<can0>Can)\s+)?{WHO_EN}(?:\s+(?P<can>can|can't|cannot)|(?P<never>'ve|\s+have|'s|\s+has)\s+"
               rf"never)?\s+(?P<verb>solve|solved)\s+{_THING_EN}(?:\s+in\s+(?P<k>\d+|{alternatives(EN_TO_VI)})\s+"
               r"(?P<unit>minutes?|seconds?))?\s*(?P<end>[.!?]*)")
_HARD_EN = lazy(rf"(?:(?P<is0>Is)\s+)?{_THING_EN}(?P<be>\s+is|'s)?(?P<not>\s+not|n't)?\s+"
                r"(?:(?P<very>very|so|too|really|quite|pretty|a\s+bit)\s+)?(?P<how>hard|difficult|easy)"
                r"\s*(?P<end>[.!?]*)")
# (a jigsaw or a puzzle named: "A piece is missing." alone may be a chess piece, "quân cờ", or a part, "chi tiết")
_MISSING_EN = lazy(rf"{_THING_EN}\s+is\s+missing\s+(?:(?P<one>a|one)\s+piece|(?P<k>two|three|\d+)\s+pieces)"
                   r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who likes, is doing, has finished or can solve a puzzle, how
    hard one is, or a piece missing; None for any other, and a statement asking to be agreed with ("… nhỉ.") but of
    one hard or easy, the one shape written as a tag ("…, isn't it?")."""
    if src == "vi":
        if agreement_asked(text) and "?" not in text:
            return _hard(text)  # ("Tôi thích ghép hình nhỉ.": "I like jigsaw puzzles, don't I?")
        return _liking(text) or _doing(text) or _done(text) or _can(text) or _hard(text) or _missing(text)
    text = text.replace("’", "'")
    return _liking_vi(text) or _doing_vi(text) or _done_vi(text) or _can_vi(text) or _hard_vi(text) or \
        _missing_vi(text)


def _kind(m: re.Match, verb: str | None = None, pieces: bool = False) -> str | None:
    """The kind of a puzzle of _THING, where its set word and `verb` go with it; None where they do not ("bộ ô chữ",
    "ghép ô chữ"), for "xếp hình" with no "bộ" or pieces (sex? building blocks? Tetris?) and "tranh ghép" with no
    pieces (a collage?), said with it or, where `pieces`, elsewhere ("thiếu một mảnh")."""
    p, said, pieces = keyed(m["p"]), keyed(m["set"] or ""), pieces or bool(m["n"])
    kind = PUZZLES[p]
    if said and said not in _SETS.get(kind, ()) or said == "bức" and not p.startswith("tranh"):
        return None
    alone = p == "xếp hình" and not (said or pieces) or p == "tranh ghép" and not pieces
    return None if verb and keyed(verb) not in _VERBS[kind] or alone else kind


def _thing_en(m: re.Match, kind: str, default: str, counted: str = "a") -> str | None:
    """A puzzle of _THING in English ("this puzzle", "today's crossword", "a 1000-piece jigsaw puzzle"): `default` where
    nothing is said with it, `counted` where only its pieces are; None for pieces of anything but a jigsaw."""
    this = keyed(m["this"] or "")
    if m["n"] and kind != "jigsaw" or m["a"] and this or this == "hôm nay" and kind not in ("crossword", "sudoku"):
        return None
    det = {"này": "this", "đó": "that", "hôm nay": "today's"}.get(this) or (
        "a" if m["a"] else counted if m["n"] else default)
    words = keyed(m["n"] or "").split()  # ("một nghìn", "1.000")
    n = _DIGITS[words[0]] * _HUNDREDS[words[1]] if len(words) == 2 else re.sub(r"[.,]", "", m["n"] or "")
    return f"{det} {f'{n}-piece ' if n else ''}{_KINDS[kind][0]}"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… không?"); None where "có" or "?" does not go with how it ends, and for
    "không", "chưa bao giờ" asked so ("Bạn không thích câu đố không?": not Vietnamese)."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked else asked


def _liking(text: str) -> str | None:
    """"Tôi thích ghép hình." as "I like jigsaw puzzles.", "Bạn có thích giải ô chữ không?" as "Do you like
    crosswords?" (_LIKING); None for anything else, and "xếp hình", "tranh ghép" (_ALONE)."""
    m = _LIKING.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["much"] and (m["not"] or asked) or (p := keyed(m["p"])) in _ALONE:
        return None  # ("Tôi thích xếp hình.": sex, building blocks, Tetris?; "tranh ghép": a collage?)
    if m["verb"] and keyed(m["verb"]) not in _VERBS[PUZZLES[p]] or (said := who(m, asked)) is None:
        return None
    (who_, one), likes, many = said, _LIKES[keyed(m["likes"])], _KINDS[PUZZLES[p]][1]
    really = "really " if (m["very"] or m["much"]) and not (asked or m["not"]) else ""
    return present(who_, one, likes, many, asked, bool(m["not"]), None if m["not"] else m["end"], really)


def _doing(text: str) -> str | None:
    """"Tôi đang ghép một bộ xếp hình 1000 mảnh." as "I'm doing a 1000-piece jigsaw puzzle.", "Ông tôi giải ô chữ
    mỗi sáng." as "My grandfather does the crossword every morning.", "Cô ấy đang chơi Rubik." as "She's playing with
    a Rubik's cube." (_DOING); None for anything else, and for a plain verb (a habit, or done?)."""
    m = _DOING.fullmatch(text)
    if not m or "?" in m["end"] or (kind := _kind(m, m["verb"])) is None or (said := who(m, False)) is None or \
            not m["verb"] and (keyed(m["p"]) != "ghép hình" or m["set"] or m["a"] or m["n"]):
        return None  # ("ghép hình" is itself the doing)
    (who_, one), (_, many, verb, *_) = said, _KINDS[kind]
    if m["now"]:
        if m["every"] or (thing := _thing_en(m, kind, "a")) is None:
            return None  # ("chơi khối Rubik": playing with it, maybe not solving it)
        playing = kind == "rubik" and keyed(m["verb"] or "") == "chơi"
        doing = "playing with" if playing else f"{verb.removesuffix('e')}ing"
        return capitalised(contracted(who_, f"{be(who_)} {doing} {thing}."))
    if not (m["seldom"] or m["every"]) or m["a"] or m["set"] or m["n"] or m["this"] or verb == "solve" or \
            m["seldom"] and m["every"] and keyed(m["seldom"]) != "thường":
        return None  # ("thỉnh thoảng … mỗi sáng")
    seldom = f" {often_said(m['seldom'], bool(m['every']))}" if m["seldom"] else ""
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    what = "the crossword" if kind == "crossword" and every else many
    return capitalised(f"{who_}{seldom} {'does' if one else 'do'} {what}{every}.")


def _done(text: str) -> str | None:
    """"Tôi ghép xong bộ xếp hình một nghìn mảnh." as "I finished a 1000-piece jigsaw puzzle.", "Bạn đã giải xong ô
    chữ chưa?" as "Have you finished the crossword yet?", "Em tôi vừa giải được khối Rubik." as "My younger sibling
    has just solved the Rubik's cube." (_DONE); None for anything else, and "giải được" with no tense (can solve)."""
    m = _DONE.fullmatch(text)
    asked, tense = bool(m and m["yet"]), keyed(m and m["tense"] or "")
    just = tense in ("vừa", "mới", "vừa mới")
    if not m or asked != ("?" in m["end"]) or (kind := _kind(m, m["verb"])) is None or m["solved"] and (
            kind not in ("rubik", "puzzle") or not (tense or m["done"])) or m["done"] and just or asked and just or \
            (said := who(m, asked)) is None or (thing := _thing_en(m, kind, "the")) is None:
        return None
    # (a Rubik's cube, a riddle done is solved: "Tôi đã giải xong khối Rubik." as "I solved the Rubik's cube.")
    (who_, one), verb = said, "solved" if m["solved"] or _KINDS[kind][2] == "solve" else "finished"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} {verb} {thing} yet?"
    if just or m["done"]:
        return capitalised(f"{contracted(who_, 'has' if one else 'have')}{' just' * just} {verb} {thing}"
                           f"{stop(m['end'])}")
    return capitalised(f"{who_} {verb} {thing}{stop(m['end'])}")


def _can(text: str) -> str | None:
    """"Bạn có giải được câu đố này không?" as "Can you solve this puzzle?", "Tôi không giải được câu đố này." as "I
    can't solve this puzzle.", "Em trai tôi có thể giải khối Rubik trong một phút." as "My younger brother can solve a
    Rubik's cube in one minute.", "Bạn có biết giải sudoku không?" as "Do you know how to do sudoku?" (_CAN; `_know`);
    None for anything else, and "giải được" said alone."""
    m = _CAN.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (kind := _kind(m, "giải")) is None:
        return None
    never = keyed(m["not"] or "") == "chưa bao giờ"
    if len([g for g in ("know", "able", "got", "got2") if m[g]]) != 1 or never and not (m["got"] or m["got2"]) or \
            m["k"] and not m["able"] or not (m["not"] or asked or m["know"] or m["able"]) or \
            (said := who(m, asked)) is None:
        return None  # ("Tôi giải được câu đố này.": can, or did; "… trong 30 giây": did, or can?)
    if m["know"]:
        return _know(m, kind, said, asked)
    # ("a" where none is said: a sudoku never solved, a Rubik's cube solvable; the one of the day otherwise)
    if (thing := _thing_en(m, kind, "a" if kind == "rubik" or never else "the")) is None:
        return None
    who_, one = said
    k = m["k"] and (VI_TO_EN.get(keyed(m["k"])) or m["k"])
    unit = f" in {k} {'minute' if keyed(m['unit']) == 'phút' else 'second'}{'s' * (k not in ('one', '1'))}" if k else ""
    if asked:
        return f"Can {who_} solve {thing}{unit}?"
    if never:
        return capitalised(f"{contracted(who_, 'has' if one else 'have')} never solved {thing}.")
    can = "can't" if m["not"] else "can"
    return capitalised(f"{who_} {can} solve {thing}{unit}{stop(m['end'])}")


def _know(m: re.Match, kind: str, said: tuple[str, bool], asked: bool) -> str | None:
    """Know-how ("biết giải") of a match of _CAN in English: "Bạn có biết giải sudoku không?" as "Do you know how to
    do sudoku?", "Anh ấy không biết giải ô chữ." as "He doesn't know how to do crosswords." (many, "a Rubik's cube");
    None for one of a set or counted ("bài sudoku": this one, or any?)."""
    if m["a"] or m["set"] or m["n"] or (thing := _thing_en(m, kind, "a")) is None:
        return None
    (who_, one), (_, many, verb, *_) = said, _KINDS[kind]
    thing = thing if m["this"] or kind == "rubik" else many
    return present(who_, one, "know", f"how to {verb} {thing}", asked, bool(m["not"]), m["end"])


def _hard(text: str) -> str | None:
    """"Câu đố này khó quá." as "This puzzle is so hard.", "Ô chữ hôm nay có khó không?" as "Is today's crossword
    hard?", "Câu đố này khó quá nhỉ." as "This puzzle is so hard, isn't it?" (_HARD); None for anything else, a
    puzzle with no "this", "that" or "today's", and "không … nhỉ"."""
    m = _HARD.fullmatch(text)
    tag = text.rstrip(" .!?").split()[-1].lower() == "nhỉ"  # (asking agreement: a tag in English)
    if not m or (asked := _asked(m)) is None or not m["this"] or (kind := _kind(m)) is None or \
            (thing := _thing_en(m, kind, "the")) is None or m["very"] and (asked or m["not"] or m["much"]):
        return None
    how, much = _HOW[keyed(m["how"])], keyed(m["much"] or "")
    if asked or m["not"]:
        return None if much and (asked or much != "lắm") or m["not"] and tag else f"Is {thing} {how}?" if asked else \
            capitalised(f"{thing} isn't{' very' * bool(much)} {how}.")
    very = _VERY.get(keyed(m["very"] or much))
    end = ", isn't it?" if tag else stop(m["end"])
    return capitalised(f"{thing} is{f' {very}' if very else ''} {how}{end}")


def _missing(text: str) -> str | None:
    """"Bộ xếp hình thiếu một mảnh." as "The jigsaw puzzle is missing a piece.", "Thiếu một mảnh rồi." as "A piece is
    missing.", "Tôi không tìm thấy mảnh cuối cùng." as "I can't find the last piece." (_MISSING, _LAST); None for
    anything else."""
    if m := _LAST.fullmatch(text):
        if not m["find"]:
            return f"The last piece is missing{stop(m['end'])}"
        return None if (said := who(m, False)) is None else capitalised(f"{said[0]} can't find the last piece.")
    if not (m := _MISSING.fullmatch(text)):
        return None
    k = VI_TO_EN.get(keyed(m["k"])) or m["k"]
    pieces = "a piece" if k == "one" else f"{k} pieces"
    if not m["p"]:  # (the first letter only: "3 pieces are missing.")
        return f"{pieces[:1].upper()}{pieces[1:]} {'is' if k == 'one' else 'are'} missing{stop(m['end'])}"
    if m["a"] or _kind(m, pieces=True) != "jigsaw" or (thing := _thing_en(m, "jigsaw", "the", "the")) is None:
        return None
    return capitalised(f"{thing} is missing {pieces}{stop(m['end'])}")


def _thing_vi(m: re.Match, kind: str, one: bool = True) -> str | None:
    """A puzzle of _THING_EN in Vietnamese: "câu đố này", "ô chữ hôm nay", "một bộ xếp hình 1000 mảnh" ("a" as "một"
    where `one`, never of a Rubik's cube); None for pieces of what is not a jigsaw, "today's" of what is not daily."""
    det = keyed(m["det"])
    if m["n"] and kind not in ("jigsaw", "puzzle") or det == "today's" and kind not in ("crossword", "sudoku"):
        return None
    kind = "jigsaw" if m["n"] else kind  # ("a 1000-piece puzzle")
    n = f" {m['n'].replace(',', '')} mảnh" if m["n"] else ""
    a = "một " if det == "a" and one and kind != "rubik" else ""
    return f"{a}{_KINDS[kind][4]}{n}{_AFTER_VI.get(det, '')}"


def _has(said: str) -> bool:
    """Whether "has", "'s", "'s got" (not "have", "'ve", "'ve got") is `said`."""
    return keyed(said).strip("'").split()[0] in ("has", "s")


def _liking_vi(text: str) -> str | None:
    """"I like jigsaw puzzles." as "Tôi thích ghép hình.", "Do you like crosswords?" as "Bạn có thích giải ô chữ
    không?" (_LIKING_EN); None for anything else, and where a verb does not agree with who."""
    m = _LIKING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    (who_, one), kind = who_vi(m), MANY_EN[keyed(m["p"])]
    said = (m["do"] or m["not"] or "").lower()
    if m["likes"].endswith("s") != (one and not said) or said and said.startswith("does") != one or \
            m["ing"] and kind not in _ING[m["ing"]]:
        return None
    likes, doing = _LIKES_EN[m["likes"].lower().removesuffix("s")], _KINDS[kind][3]
    if said:
        return capitalised(f"{who_} {'có' if m['do'] else 'không'} {likes.removeprefix('rất ')} {doing}"
                           f"{' không?' if m['do'] else '.'}")
    return capitalised(f"{who_} {likes} {doing}{stop(m['end'])}")


def _doing_vi(text: str) -> str | None:
    """"I'm doing a 1000-piece jigsaw puzzle." as "Tôi đang ghép một bộ xếp hình 1000 mảnh.", "My grandfather does
    the crossword every morning." as "Ông tôi giải ô chữ mỗi sáng." (_DOING_EN, _OFTEN_EN); None for anything else,
    and where a verb does not agree with who."""
    if m := _DOING_EN.fullmatch(text):
        (who_, one), kind = who_vi(m), "jigsaw" if m["n"] else ONES_EN[keyed(m["p"])]
        if be_said(m["be"]) != be_of(who_, one) or kind not in _ING[m["ing"]] or \
                (thing := _thing_vi(m, kind)) is None:
            return None
        return capitalised(f"{who_} đang {_KINDS['jigsaw' if m['n'] else kind][5]} {thing}.")
    if not (m := _OFTEN_EN.fullmatch(text)) or not (m["seldom"] or m["every"]):
        return None
    (who_, one), p, verb = who_vi(m), keyed(m["p"]), m["verb"]
    kind = "crossword" if p == "the crossword" else MANY_EN[p]
    if verb.endswith("s") != one or verb.startswith("pl") and kind != "sudoku" or verb.startswith("so") and \
            _KINDS[kind][2] != "solve" or p == "the crossword" and not m["every"] or \
            m["seldom"] and m["every"] and m["seldom"] != "usually":
        return None
    seldom = f" {HABIT_VI[m['seldom']]}" if m["seldom"] else ""
    every = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    return capitalised(f"{who_}{seldom} {_KINDS[kind][3]}{every}{stop(m['end'])}")


def _done_vi(text: str) -> str | None:
    """"I finished a 1000-piece jigsaw puzzle." as "Tôi đã ghép xong bộ xếp hình 1000 mảnh.", "Have you finished
    the crossword yet?" as "Bạn đã giải xong ô chữ chưa?", "Have you solved a Rubik's cube?" as "Bạn đã bao giờ
    giải được khối Rubik chưa?" (_DONE_EN); None for anything else, "finished the puzzle" (a jigsaw?), "a" one asked
    with "yet", and where "has", "have" does not agree with who."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["have0"]) != ("?" in m["end"]) or m["have0"] and (m["have"] or m["just"]):
        return None
    (who_, one), kind, have = who_vi(m), ONES_EN[keyed(m["p"])], m["have0"] or m["have"]
    if have and _has(have) != one or not have and (m["verb"] == "done" or m["yet"] or m["just"]) or \
            m["yet"] and not m["have0"] or (m["verb"] == "solved") != (kind in ("rubik", "puzzle")) or \
            (thing := _thing_vi(m, kind, one=False)) is None:
        return None
    verb = "giải được" if m["verb"] == "solved" else f"{_KINDS['jigsaw' if m['n'] else kind][5]} xong"
    ever = m["have0"] and keyed(m["det"]) == "a"  # ("Have you solved a …?": ever)
    if ever and m["yet"]:
        return None
    if m["have0"]:
        return capitalised(f"{who_} đã {'bao giờ ' * bool(ever)}{verb} {thing} chưa?")
    if m["just"]:
        return capitalised(f"{who_} vừa {verb} {thing}{stop(m['end'])}")
    return capitalised(f"{who_} đã {verb} {thing}{' rồi' * bool(have)}{stop(m['end'])}")


def _can_vi(text: str) -> str | None:
    """"Can you solve a Rubik's cube?" as "Bạn có giải được khối Rubik không?", "I've never solved a Rubik's cube." as
    "Tôi chưa bao giờ giải được khối Rubik." (_CAN_EN); None for anything else, "Can I/we …?" (may be leave), and
    where a verb does not agree with who or a unit with its number."""
    m = _CAN_EN.fullmatch(text)
    if not m or bool(m["can0"]) != ("?" in m["end"]) or not (m["can0"] or m["can"] or m["never"]):
        return None
    (who_, one), kind, never = who_vi(m), ONES_EN[keyed(m["p"])], m["never"]
    if m["can0"] and (m["can"] or never or who_ in ("tôi", "chúng tôi")) or (m["verb"] == "solved") != bool(never) or \
            never and _has(never) != one or kind == "jigsaw" or (m["can0"] or m["can"] != "can") and m["k"] or \
            m["k"] and (m["k"].lower() in ("one", "1")) == m["unit"].endswith("s") or \
            (thing := _thing_vi(m, kind, one=False)) is None:
        return None  # (… "in one seconds": not English)
    if m["can0"] or never or m["can"] != "can":
        return capitalised(f"{who_} có giải được {thing} không?" if m["can0"] else
                           f"{who_} {'chưa bao giờ' if never else 'không'} giải được {thing}.")
    k = m["k"] and (EN_TO_VI.get(m["k"].lower()) or m["k"])
    if not k:
        return capitalised(f"{who_} giải được {thing}{stop(m['end'])}")
    unit = "phút" if m["unit"].startswith("minute") else "giây"
    return capitalised(f"{who_} có thể giải {thing} trong {k} {unit}{stop(m['end'])}")


def _hard_vi(text: str) -> str | None:
    """"This riddle is very easy." as "Câu đố này rất dễ.", "Is today's crossword hard?" as "Ô chữ hôm nay có khó
    không?" (_HARD_EN); None for anything else, and "the", "a" puzzle."""
    m = _HARD_EN.fullmatch(text)
    if not m or bool(m["is0"]) == bool(m["be"]) or bool(m["is0"]) != ("?" in m["end"]) or m["n"] or \
            keyed(m["det"]) in ("a", "the") or m["is0"] and (m["not"] or m["very"]) or \
            (thing := _thing_vi(m, ONES_EN[keyed(m["p"])])) is None:
        return None
    how, very = _HOW_EN[m["how"].lower()], keyed(m["very"] or "")
    if m["is0"] or m["not"]:
        return capitalised(f"{thing} có {how} không?" if m["is0"] else
                           f"{thing} không {how}{' lắm' * bool(very and very != 'a bit')}.")
    said = {"very": f"rất {how}", "really": f"rất {how}", "so": f"{how} quá", "too": f"quá {how}",
            "quite": f"khá {how}", "pretty": f"khá {how}", "a bit": f"hơi {how}"}.get(very, how)
    return capitalised(f"{thing} {said}{stop(m['end'])}")


def _missing_vi(text: str) -> str | None:
    """"This jigsaw puzzle is missing two pieces." as "Bộ xếp hình này thiếu hai mảnh." (_MISSING_EN); None for
    anything else, and pieces missing from no jigsaw or puzzle named ("A piece is missing.": a chess piece? a
    part?)."""
    if not (m := _MISSING_EN.fullmatch(text)):
        return None
    k = EN_TO_VI.get(m["k"].lower()) or m["k"] if m["k"] else "một"
    if ONES_EN[keyed(m["p"])] not in ("jigsaw", "puzzle") or keyed(m["det"]) == "a" or \
            (thing := _thing_vi(m, "jigsaw")) is None:
        return None
    return capitalised(f"{thing} thiếu {k} mảnh{stop(m['end'])}")
