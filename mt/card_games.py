"""Cards and board games at home, both ways, written whole by rule: who plays cards, tiến lên or chess somewhere (the
living room, at home, the park) or at a time (at Tet, every afternoon), who knows how to play one, whose turn it is to
deal or shuffle, who deals or shuffles, who won or lost the game of chess or cards, who taught whom to play, and who is
good at chess. v8 (the rules on) reads "bài" as a song or a lesson, "cờ" as a flag or the prime minister, "tiến lên" as
going up, "chia" as dividing, and "chess" as a chef, "cards" as greeting cards, "deal" as coping: "Họ đang đánh bài
trong phòng khách." → "They're playing in the living room.", "Tết nhà tôi hay đánh bài." → "Tet my house or hit cards.",
"Đến lượt ai chia bài?" → "Who's going to divide the lesson?", "Ông nội dạy tôi đánh cờ tướng." → "The cabinet
taught me the prime flag.", "Bố tôi đang chia bài." → "My father is breaking the song."; and back, "We always play
cards at Tet." → "Chúng tôi luôn chơi thiệp vào Tết.", "Whose turn is it to deal?" → "Ai có thể đối phó được không?",
"Who won the game of chess?" → "Ai sẽ chơi các bếp trưởng không?" (the tests keep more).

Taken: who (mt.hobbies.WHO, WHO_EN; "nhà tôi", "cả nhà tôi", "my family": "gia đình tôi" but at Tet) playing a game of
GAMES at a place of PLACES or a time of TIMES ("Tết nhà tôi …" too), going on ("đang"), as a habit (mt.hobbies.SELDOM;
with a time: plain, denied or asked "có … không?"), and tiến lên with neither, denied or asked; who knows how to play
one ("biết chơi"), not, not yet, asked; whose turn it is to deal or shuffle ("Đến lượt ai chia bài?", "Đến lượt tôi xáo
bài."); who is dealing, will deal, has just dealt, has dealt, dealt, or shuffled, "Để tôi chia bài." (let me); who won
or lost a game of one of GAMES ("Ai thắng ván cờ?", "Bạn có thắng ván bài không?"); who taught or is teaching whom to
play a game ("đã dạy", "đang dạy", plain only with "tôi", "chúng tôi" taught; "Ông nội", "Bà ngoại" alone are the
speaker's), "Ai dạy bạn …?"; who is good at a game ("giỏi cờ tướng"). Left: a game played with whom, or with no place or
time, "biết chơi" of its games read as "can play", good at it ("đánh cờ giỏi"), hooked on it and whose turn it is (all
mt/games.py's, which goes first), gambling ("đánh bạc": mt/betting.py), "Who won?" and a match won (mt/matches.py), a
plain, denied or asked "đánh bài trong phòng khách" (now, or a habit?), "đang" with a time, "mới" (just, or only then?),
"Ai thắng ván này?" (still going on?), "Ai dạy <anyone but bạn> …?" and a plain "dạy" to anyone else (taught, or
teaching now?), "Bạn biết chơi … không?" with no "có", a bare "nhà tôi" but at Tet (my family, or my husband?), "anh",
"chị", "em" alone saying it, "I" asked, a pet playing or dealing, "He's dealing." with no cards (drugs?), "the game" of
no game named, "… thế.", "… vậy." said, and anything else.
mt.phrasebook.translate tries these after mt/bonsai.py.

    >>> translate("Tết nhà tôi hay đánh bài.", "vi", "en"), translate("Whose turn is it to deal?", "en", "vi")
    ('My family often plays cards at Tet.', 'Đến lượt ai chia bài?')
"""
from __future__ import annotations

import re

from .hobbies import (HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, asked_of, be_of,
                      em_speaking, often_said, pet, someone, who, who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, be, be_said, capitalised,
                   contracted, keyed, present, stop)

# the games (the first English of each is written back), and back; "chess" in a round is "ván cờ"
GAMES = {"bài": "cards", "tú lơ khơ": "cards", "tiến lên": "tiến lên", "cờ tướng": "Chinese chess",
         "cờ vua": "chess", "cờ": "chess"}
GAMES_VI = {"cards": "bài", "chinese chess": "cờ tướng", "xiangqi": "cờ tướng", "chess": "cờ vua",
            "tiến lên": "tiến lên", "tien len": "tiến lên"}
_ROUNDS_VI = GAMES_VI | {"chess": "cờ", "card": "bài"}  # ("the game of chess", "the card game": "ván cờ", "ván bài")
# where and when (the first Vietnamese of each is written back)
PLACES = {"trong phòng khách": "in the living room", "ở phòng khách": "in the living room", "ở nhà": "at home",
          "ở công viên": "in the park", "ngoài công viên": "in the park", "ngoài sân": "in the yard",
          "ở ngoài sân": "in the yard"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
TIMES = {"vào dịp Tết": "at Tet", "dịp Tết": "at Tet", "ngày Tết": "at Tet", "vào ngày Tết": "at Tet",
         "mỗi chiều": "every afternoon", "mỗi buổi chiều": "every afternoon", "mỗi tối": "every evening",
         "mỗi buổi tối": "every evening"}
TIMES_VI = {en.lower(): vi for vi, en in reversed(TIMES.items())} | {
    "at tết": "vào dịp Tết", "during tet": "vào dịp Tết", "during tết": "vào dịp Tết", "over tet": "vào dịp Tết"}
_DEALS = {"chia": ("deal", "dealt", "dealing"), "xáo": ("shuffle", "shuffled", "shuffling"),
          "trộn": ("shuffle", "shuffled", "shuffling")}
_DEALS_EN = {form: ("chia" if forms[0] == "deal" else "xáo") for forms in _DEALS.values() for form in forms} | {
    "deals": "chia", "shuffles": "xáo"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bài|cờ|tiến\s+lên|tú\s+lơ)"),
         "en": lazy(r"(?i:cards|chess|xiangqi|tiến\s+lên|tien\s+len|deal|shuffl|card\s+game)")}

# who: a family ("nhà tôi", "cả nhà tôi") or mt.hobbies' (a pronoun, kin and whose, a name)
_WHO = (rf"(?:(?P<whole>(?i:cả)\s+)?(?P<fam>(?i:nhà|gia\s+đình))\s+(?P<fwhose>(?i:{alternatives(OWNERS)}))|{WHO})")
_WHO_EN = rf"(?:(?P<fwhose>(?i:{WHOSE_WORDS}))\s+(?P<whole>whole\s+)?family|{WHO_EN})"
_GAME = rf"(?P<game>(?i:{alternatives(GAMES)}))"
_GAME_EN = rf"(?P<game>(?i:{alternatives(GAMES_VI)}))"
_AT = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?(?:\s+(?P<time>(?i:{alternatives(TIMES)})))?"
_AT_EN = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES_VI)})))?(?:\s+(?P<time>(?i:{alternatives(TIMES_VI)})))?"

# who plays ("Họ đang đánh bài trong phòng khách.", "Tết nhà tôi hay đánh bài.", "Bạn có chơi tiến lên không?")
_PLAY = lazy(r"(?:(?P<tet>(?i:(?:vào\s+)?(?:dịp\s+|ngày\s+)?tết))\s*,?\s+)?"
             rf"{_WHO}\s+(?:(?P<ask>có)\s+(?:(?P<often>hay|thường)\s+|(?P<now2>đang)\s+)?|(?P<not>không)\s+|"
             rf"(?P<now>đang)\s+|(?P<seldom>{alternatives(SELDOM)})\s+)?(?:chơi|đánh)\s+{_GAME}{_AT}{ASKED_END}")
# who knows how to play ("Anh có biết chơi tiến lên không?", "Mẹ tôi chưa biết đánh bài.")
_KNOW = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?biết\s+(?:cách\s+)?(?:chơi|đánh)\s+{_GAME}"
             rf"{ASKED_END}")
# whose turn to deal ("Đến lượt ai chia bài?", "Đến lượt tôi xáo bài.", "Đến lượt bạn chia bài chưa?")
_TURN = lazy(rf"(?i:đến|tới)\s+lượt\s+(?:của\s+)?(?:(?P<ai>ai)|{WHO})\s+(?P<deal>chia|xáo|trộn)\s+bài"
             rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")
# who deals or shuffles ("Bố tôi đang chia bài.", "Để tôi chia bài.", "Tôi chia bài rồi.", "Bạn xáo bài chưa?")
_DEAL = lazy(rf"(?:(?P<let>[Đđ]ể)\s+(?P<me>tôi|mình)|{_WHO}(?:\s+(?P<aux>đang|sẽ|vừa\s+mới|vừa|đã|chưa))?)\s+"
             rf"(?P<deal>chia|xáo|trộn)\s+bài(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# who won or lost the game ("Ai thắng ván cờ?", "Ông tôi thắng ván cờ.", "Bạn có thắng ván bài không?")
_ROUND = rf"ván\s+{_GAME}"
_WON = lazy(rf"(?:(?P<ai>[Aa]i)|{_WHO})\s+(?:(?P<ask>có)\s+|(?P<aux>đã|vừa\s+mới|vừa)\s+)?(?P<won>thắng|thua)\s+"
            rf"{_ROUND}{ASKED_END}")
# who taught whom ("Ông nội dạy tôi đánh cờ tướng.", "Bố tôi đã dạy tôi chơi cờ vua.", "Ai dạy bạn chơi cờ?")
_TAUGHT = lazy(rf"(?:(?P<ai>[Aa]i)|{_WHO}|(?P<gp>(?i:ông|bà)\s+(?i:nội|ngoại)))\s+(?:(?P<aux>đã|đang)\s+)?dạy\s+"
               rf"{WHOM}\s+(?:cách\s+)?(?:chơi|đánh)\s+{_GAME}{SOFTENED_END}")
# good at it ("Ông tôi giỏi cờ tướng.", "Bạn có giỏi cờ vua không?")
_GOOD = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<very>rất|khá)\s+)?giỏi\s+"
             rf"(?:(?P<verb>chơi|đánh)\s+)?{_GAME}(?:\s+(?P<much>lắm))?{ASKED_END}")

# ... and in English
_NOT_EN = r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)"
_PLAY_EN = lazy(rf"(?:(?P<do>Do|Does|Are|Is|Am)\s+)?{_WHO_EN}(?:(?:{BE_EN})?\s+(?P<now>playing)|\s+(?:{_NOT_EN}\s+|"
                r"(?P<seldom>often|usually|sometimes|always|rarely|never)\s+)?(?P<play>plays?))\s+"
                rf"{_GAME_EN}{_AT_EN}\s*(?P<end>[.!?]*)")
_KNOW_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}(?:\s+{_NOT_EN})?\s+(?P<know>knows?)\s+how\s+to\s+play\s+"
                rf"{_GAME_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_TURN_EN = lazy(rf"(?:(?P<is>Is\s+it)|It['’]s|It\s+is)\s+(?:(?P<own>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})"
                r"['’]s)\s+turn\s+to\s+(?P<deal>deal|shuffle)(?:\s+the\s+cards)?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)|"
                r"(?P<whose>Whose)\s+turn\s+is\s+it\s+to\s+(?P<deal2>deal|shuffle)(?:\s+the\s+cards)?\s*\?+")
_DEAL_EN = lazy(rf"(?:(?P<let>Let\s+me)|{_WHO_EN}(?P<aux>{BE_EN}|\s+will|['’]ll|\s+(?P<has>has|have)|['’]ve)?"
                r"(?:\s+(?P<just>just))?)\s+(?P<verb>deal|deals|dealt|dealing|shuffle|shuffles|shuffled|shuffling)"
                r"(?P<cards>\s+the\s+cards)?\s*(?P<end>[.!]*)")
_ROUND_EN = rf"the\s+(?:game\s+of\s+{_GAME_EN}|(?P<kind>card|chess)\s+game)"
_WON_EN = lazy(rf"(?:(?P<ai>Who)|(?:(?P<did>Did)\s+)?{_WHO_EN}(?P<aux>\s+(?P<has>has|have)\s+just|\s+just)?)"
               rf"\s+(?P<won>won|lost|win|lose)\s+{_ROUND_EN}\s*(?P<end>[.!?]*)")
_TAUGHT_EN = lazy(rf"(?:(?P<ai>Who)|{_WHO_EN}(?:{BE_EN})?)\s+(?P<verb>taught|teaching)\s+{WHOM_EN}\s+"
                  rf"(?:(?:how\s+)?to\s+play\s+)?{_GAME_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who plays cards or chess where or when, knows how to play, whose
    turn to deal it is, who deals, who won the game, who taught whom, or who is good at it; None for any other."""
    if src == "vi":
        if "?" not in text and STRESSED_SAID.search(text):
            return None  # ("… thế.", "… vậy.": so, then; more than English says)
        return _play(text) or _know(text) or _turn(text) or _deal(text) or _won(text) or _taught(text) or _good(text)
    text = text.replace("’", "'")
    return _play_vi(text) or _know_vi(text) or _turn_vi(text) or _deal_vi(text) or _won_vi(text) or _taught_vi(text)

_TIMES_KEYED = {keyed(vi): en for vi, en in TIMES.items()}


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my family", True; mt.hobbies.who); None for a pet, "I"
    asked, "anh", "chị", "em" alone saying it, and a bare "nhà tôi" but at Tet (my family, or my husband?)."""
    if m["fam"]:
        bare = not m["whole"] and keyed(m["fam"]) == "nhà"
        if bare and not (m.groupdict().get("tet") or keyed(m.groupdict().get("time") or "").endswith("tết")):
            return None
        return f"{OWNERS[keyed(m['fwhose'])]} {'whole ' * bool(m['whole'])}family", True
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether one: "my family" as "nhà tôi" at Tet, else "gia đình tôi"
    (a bare "nhà tôi" is my husband or wife too), "my whole family" as "cả nhà tôi", or mt.hobbies.who_vi."""
    if m["fwhose"]:
        tet = keyed(m.groupdict().get("time") or "").endswith(("tet", "tết"))
        family = "cả nhà" if m["whole"] else "nhà" if tet else "gia đình"
        return f"{family} {WHOSE_VI[m['fwhose'].lower()]}", True
    return who_vi(m)


def _at(m: re.Match) -> tuple[str, str] | None:
    """Where and when of a match of _PLAY in English ("in the living room", "at Tet"; "" for none); None for Tet said
    twice."""
    if m["tet"] and m["time"]:
        return None
    place = PLACES[keyed(m["place"])] if m["place"] else ""
    return place, "at Tet" if m["tet"] else _TIMES_KEYED[keyed(m["time"])] if m["time"] else ""


def _play(text: str) -> str | None:
    """"Họ đang đánh bài trong phòng khách." as "They're playing cards in the living room.", "Tết nhà tôi hay đánh bài."
    as "My family often plays cards at Tet.", "Bạn có chơi tiến lên không?" as "Do you play tiến lên?" (_PLAY); None for
    anything else, a game but tiến lên with no place or time (mt/games.py's), and one with a place alone, said, denied
    or asked (now, or a habit?)."""
    m = _PLAY.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (at := _at(m)) is None:
        return None
    (place, time), game, now = at, GAMES[keyed(m["game"])], m["now"] or m["now2"]
    # a place alone, said, denied or asked, is now or a habit: "Họ không đánh bài trong phòng khách." (not now?)
    if not (place or time or game == "tiến lên") or now and time or \
            not (now or m["seldom"] or m["often"] or time or (asked or m["not"]) and not place):
        return None
    if (said := _who(m, asked)) is None:
        return None
    who_, one = said
    rest = " ".join(w for w in (game, place, time) if w)
    if now:
        return f"{be(who_).capitalize()} {who_} playing {rest}?" if asked else \
            capitalised(contracted(who_, f"{be(who_)} playing {rest}")) + stop(m["end"])
    how = m["seldom"] or m["often"]
    adverb = f"{often_said(how, bool(time))} " if how else ""
    return present(who_, one, "play", rest, asked, bool(m["not"]), m["end"], adverb)


def _know(text: str) -> str | None:
    """"Anh có biết chơi tiến lên không?" as "Do you know how to play tiến lên?", "Mẹ tôi chưa biết đánh bài." as "My
    mother doesn't know how to play cards yet." (_KNOW); None for anything else."""
    m = _KNOW.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    how = f"how to play {GAMES[keyed(m['game'])]}{' yet' * (keyed(m['not'] or '') == 'chưa')}"
    return present(who_, one, "know", how, asked, bool(m["not"]), m["end"])


def _turn(text: str) -> str | None:
    """"Đến lượt ai chia bài?" as "Whose turn is it to deal?", "Đến lượt tôi xáo bài." as "It's my turn to shuffle.",
    "Đến lượt bạn chia bài chưa?" as "Is it your turn to deal yet?" (_TURN); None for anything else."""
    m = _TURN.fullmatch(text)
    if not m:
        return None
    asked, deal = "?" in m["end"], _DEALS[keyed(m["deal"])][0]
    if m["ai"]:
        return f"Whose turn is it to {deal}?" if asked and not (m["done"] or m["yet"]) else None
    if asked != bool(m["yet"]) or animal(m) or (said := who(m, False)) is None:
        return None
    whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    now = " now" * bool(m["done"])  # ("Đến lượt tôi chia bài rồi.": it has come round by now)
    return f"Is it {whose} turn to {deal} yet?" if asked else f"It's {whose} turn to {deal}{now}{stop(m['end'])}"


def _deal(text: str) -> str | None:
    """"Bố tôi đang chia bài." as "My father is dealing the cards.", "Để tôi chia bài." as "Let me deal the cards.",
    "Tôi chia bài rồi." as "I've dealt the cards.", "Bạn xáo bài chưa?" as "Have you shuffled the cards yet?" (_DEAL);
    None for anything else, and a plain "Tôi chia bài." (now, or about to?)."""
    m = _DEAL.fullmatch(text)
    if not m:
        return None
    base, done, doing = _DEALS[keyed(m["deal"])]
    asked, aux, end = "?" in m["end"], keyed(m["aux"] or ""), stop(m["end"])
    if m["let"]:
        return f"Let me {base} the cards{end}" if not (m["done"] or m["yet"] or asked) else None
    if asked != bool(m["yet"]) or m["done"] and m["yet"] or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    has = "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} {done} the cards yet?" if aux in ("", "đã") else None
    said = {("đang", False): f"{be(who_)} {doing}", ("sẽ", False): f"will {base}", ("vừa", False): f"{has} just {done}",
            ("vừa mới", False): f"{has} just {done}", ("chưa", False): f"{has}n't {done}", ("", True): f"{has} {done}",
            ("đã", True): f"{has} {done}", ("đã", False): done}.get((aux, bool(m["done"])))
    if said is None:
        return None
    return capitalised(contracted(who_, f"{said} the cards{' yet' * (aux == 'chưa')}")) + end


def _won(text: str) -> str | None:
    """"Ai thắng ván cờ?" as "Who won the game of chess?", "Ông tôi thắng ván cờ." as "My grandfather won the game of
    chess.", "Bạn có thắng ván bài không?" as "Did you win the game of cards?", "Tôi vừa thua ván cờ tướng." as "I've
    just lost the game of Chinese chess." (_WON); None for anything else."""
    m = _WON.fullmatch(text)
    if not m:
        return None
    won, aux, game = keyed(m["won"]) == "thắng", keyed(m["aux"] or ""), f"the game of {GAMES[keyed(m['game'])]}"
    just = aux.startswith("vừa")
    if m["ai"]:
        if "?" not in m["end"] or m["ask"] or m["asked"]:
            return None
        return f"Who {'has just ' * just}{'won' if won else 'lost'} {game}?"
    if (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    if asked:
        return f"Did {who_} {'win' if won else 'lose'} {game}?"
    verb = f"{'has' if one else 'have'} just {'won' if won else 'lost'}" if just else 'won' if won else 'lost'
    return capitalised(contracted(who_, f"{verb} {game}")) + stop(m["end"])


def _taught(text: str) -> str | None:
    """"Ông nội dạy tôi đánh cờ tướng." as "My grandfather taught me to play Chinese chess.", "Bố tôi đang dạy tôi chơi
    cờ vua." as "My father is teaching me to play chess.", "Ai dạy bạn chơi cờ?" as "Who taught you to play chess?"
    (_TAUGHT); None for anything else, and a plain "dạy" to anyone but "tôi", "chúng tôi" (taught, or teaching now?)."""
    m = _TAUGHT.fullmatch(text)
    if not m or pet(m["whom"], "vi") or (whom := as_whom(m["whom"], "vi")) is None:
        return None
    asked, aux, game = "?" in m["end"], keyed(m["aux"] or ""), GAMES[keyed(m["game"])]
    if m["ai"]:
        if not asked or not aux and whom != "you":
            return None
        return f"Who {'is teaching' if aux == 'đang' else 'taught'} {whom} to play {game}?"
    if asked or not aux and whom not in ("me", "us"):
        return None
    if m["gp"]:
        said = (f"{'our' if whom == 'us' else 'my'} {'grandfather' if keyed(m['gp'])[0] == 'ô' else 'grandmother'}",
                True) if whom in ("me", "us") else None
    else:
        said = _who(m, False)
    if said is None or (said[0], whom) in (("I", "me"), ("we", "us")):
        return None
    who_ = said[0]
    taught = f"{be(who_)} teaching" if aux == "đang" else "taught"
    return capitalised(contracted(who_, f"{taught} {whom} to play {game}")) + stop(m["end"])


def _good(text: str) -> str | None:
    """"Ông tôi giỏi cờ tướng." as "My grandfather is good at Chinese chess.", "Bạn có giỏi cờ vua không?" as "Are you
    good at chess?", "Tôi không giỏi đánh bài lắm." as "I'm not very good at cards." (_GOOD); None for anything else,
    and "giỏi bài" with no verb (good at lessons?)."""
    m = _GOOD.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (asked or m["not"]) and m["very"] or asked and m["much"] or \
            m["very"] and m["much"] or keyed(m["game"]) == "bài" and not m["verb"] or (said := _who(m, asked)) is None:
        return None
    who_, game = said[0], GAMES[keyed(m["game"])]
    if asked:
        return f"{be(who_).capitalize()} {who_} good at {game}?"
    very = " quite" if keyed(m["very"] or "") == "khá" else " very" if m["very"] or m["much"] else ""
    said_ = f"{be(who_)} not{very}" if m["not"] else f"{be(who_)}{very}"
    return capitalised(contracted(who_, f"{said_} good at {game}")) + stop(m["end"])


def _game_vi(m: re.Match) -> str:
    """The game of a match of _GAME_EN in Vietnamese, with its verb: "đánh bài", "chơi cờ tướng"."""
    game = GAMES_VI[keyed(m["game"])]
    return f"{'đánh' if game == 'bài' else 'chơi'} {game}"


def _play_vi(text: str) -> str | None:
    """"They're playing cards in the living room." as "Họ đang đánh bài trong phòng khách.", "We always play cards at
    Tet." as "Chúng tôi luôn đánh bài vào dịp Tết.", "Do you play tiến lên?" as "Bạn có chơi tiến lên không?"
    (_PLAY_EN); None for anything else, where a verb does not agree with who, and a game but tiến lên with no place or
    time (mt/games.py's)."""
    m = _PLAY_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = _who_vi(m)
    do, game = (m["do"] or "").lower(), GAMES_VI[keyed(m["game"])]
    if do and who_ == "tôi":
        return None  # (asked of oneself)
    place = f" {PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    time = f" {TIMES_VI[keyed(m['time'])]}" if m["time"] else ""
    if not (place or time or game == "tiến lên") or m["now"] and time:
        return None
    rest = f"{_game_vi(m)}{place}{time}"
    if m["now"]:
        if be_said(do or m["be"] or "") != be_of(who_, one) or do and m["be"]:  # ("Is they", "They playing")
            return None
        return capitalised(f"{who_} có đang {rest} không?" if do else f"{who_} đang {rest}{stop(m['end'])}")
    said = (do or m["not"] or "").lower()
    if said and (m["play"] != "play" or said.startswith("does") != one or said.startswith(("is", "are", "am"))) or \
            not said and m["play"].endswith("s") != one or do and m["seldom"] not in (None, "often", "usually"):
        return None
    if do:
        often = {"often": "hay ", "usually": "thường "}.get(m["seldom"] or "", "")
        return capitalised(f"{who_} có {often}{rest} không?")
    how = "không " if m["not"] else f"{HABIT_VI[m['seldom']]} " if m["seldom"] else ""
    return capitalised(f"{who_} {how}{rest}{stop(m['end'])}")


def _know_vi(text: str) -> str | None:
    """"Do you know how to play tiến lên?" as "Bạn có biết chơi tiến lên không?", "My mother doesn't know how to play
    chess yet." as "Mẹ tôi chưa biết chơi cờ vua." (_KNOW_EN); None for anything else, and where a verb does not agree
    with who."""
    m = _KNOW_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or m["yet"] and not m["not"] or animal(m):
        return None
    who_, one = _who_vi(m)
    said = (m["do"] or m["not"] or "").lower()
    if m["do"] and who_ == "tôi" or said and (m["know"] != "know" or said.startswith("does") != one) or \
            not said and m["know"].endswith("s") != one:
        return None
    if m["do"]:
        return capitalised(f"{who_} có biết {_game_vi(m)} không?")
    how = ("chưa " if m["yet"] else "không ") if m["not"] else ""
    return capitalised(f"{who_} {how}biết {_game_vi(m)}{stop(m['end'])}")


def _turn_vi(text: str) -> str | None:
    """"Whose turn is it to deal?" as "Đến lượt ai chia bài?", "It's my turn to shuffle." as "Đến lượt tôi xáo bài.",
    "Is it my turn to deal yet?" as "Đến lượt tôi chia bài chưa?" (_TURN_EN); None for anything else."""
    m = _TURN_EN.fullmatch(text)
    if not m:
        return None
    if m["whose"]:
        return f"Đến lượt ai {_DEALS_EN[m['deal2']]} bài?"
    if bool(m["is"]) != ("?" in m["end"]) or m["yet"] and not m["is"]:
        return None
    whose = WHOSE_VI[m["own"].lower()] if m["own"] else None if pet(m["someone"], "en") else \
        someone(m["someone"], "en")
    if whose is None:
        return None
    said = f"Đến lượt {whose} {_DEALS_EN[m['deal']]} bài"
    return f"{said} {'chưa' if m['yet'] else 'à'}?" if m["is"] else f"{said}{stop(m['end'])}"


def _deal_vi(text: str) -> str | None:
    """"My father is dealing the cards." as "Bố tôi đang chia bài.", "Let me deal." as "Để tôi chia bài.", "I've dealt
    the cards." as "Tôi chia bài rồi.", "She has just shuffled the cards." as "Cô ấy vừa xáo bài." (_DEAL_EN); None for
    anything else, where a verb does not agree with who, and one with no cards but "Let me deal." ("He's dealing.":
    drugs?)."""
    m = _DEAL_EN.fullmatch(text)
    if not m:
        return None
    verb, end = m["verb"], stop(m["end"])
    deal = f"{_DEALS_EN[verb]} bài"
    if m["let"]:
        return f"Để tôi {deal}{end}" if verb in ("deal", "shuffle") else None
    if not m["cards"] or animal(m):
        return None
    who_, one = _who_vi(m)
    aux = (m["aux"] or "").strip().lower()
    done, base = verb in ("dealt", "shuffled"), verb in ("deal", "shuffle")
    if m["be"] and verb.endswith("ing") and not m["just"] and be_said(m["be"]) == be_of(who_, one):
        how = "đang "
    elif aux in ("will", "'ll") and base and not m["just"]:
        how = "sẽ "
    elif m["has"] or aux == "'ve":
        if not done or (m["has"] or "").lower() == "has" and not one or aux in ("have", "'ve") and one:
            return None
        how = "vừa " if m["just"] else ""
        end = f" rồi{end}" if not m["just"] else end
    elif not aux and done:
        how = "vừa " if m["just"] else "đã "
    else:
        return None
    return capitalised(f"{who_} {how}{deal}{end}")


def _won_vi(text: str) -> str | None:
    """"Who won the game of chess?" as "Ai thắng ván cờ?", "Did you win the card game?" as "Bạn có thắng ván bài
    không?", "My grandfather won the game of chess." as "Ông tôi đã thắng ván cờ." (_WON_EN); None for anything else,
    "I" asked, and where a verb does not agree with who."""
    m = _WON_EN.fullmatch(text)
    if not m:
        return None
    asked, verb, game = "?" in m["end"], m["won"], f"ván {_ROUNDS_VI[keyed(m['game'] or m['kind'])]}"
    won = "thắng" if verb in ("won", "win") else "thua"
    if m["ai"]:
        return f"Ai {won} {game}?" if asked and verb in ("won", "lost") else None
    if animal(m) or asked != bool(m["did"]) or (verb in ("win", "lose")) != bool(m["did"]) or m["did"] and m["aux"]:
        return None
    who_, one = _who_vi(m)
    if m["did"]:
        return capitalised(f"{who_} có {won} {game} không?") if who_ != "tôi" else None
    if m["has"] and (m["has"].lower() == "has") != one:
        return None
    return capitalised(f"{who_} {'vừa' if m['aux'] else 'đã'} {won} {game}{stop(m['end'])}")


def _taught_vi(text: str) -> str | None:
    """"My grandfather taught me Chinese chess." as "Ông tôi đã dạy tôi chơi cờ tướng.", "Who taught you to play chess?"
    as "Ai đã dạy bạn chơi cờ vua?", "My father is teaching me to play cards." as "Bố tôi đang dạy tôi đánh bài."
    (_TAUGHT_EN); None for anything else, and where a verb does not agree with who."""
    m = _TAUGHT_EN.fullmatch(text)
    if not m or pet(m["whom"], "en") or (whom := as_whom(m["whom"], "en")) is None:
        return None
    asked, teaching = "?" in m["end"], m["verb"] == "teaching"
    if m["ai"]:
        return f"Ai đã dạy {whom} {_game_vi(m)}?" if asked and not teaching else None
    if asked or animal(m) or teaching != bool(m["be"]):
        return None
    who_, one = _who_vi(m)
    if who_ == whom or teaching and be_said(m["be"]) != be_of(who_, one):
        return None
    return capitalised(f"{who_} {'đang' if teaching else 'đã'} dạy {whom} {_game_vi(m)}{stop(m['end'])}")
