"""Board games, cards and video games, both ways, written whole by rule: who plays one (how often, with whom, all
day), is playing, can, wants to, is good at or hooked on it, said or asked; "let's play"; whose turn it is. v8 reads
"cờ" as a flag, "bài" as a song, "lượt" as turning, "chess" as a chef: "Bạn có biết chơi cờ vua không?" → "Do you
know playing chess?", "Ông tôi hay đánh cờ tướng." → "My grandfather is often gambed.", "Chúng ta chơi bài đi." →
"Let's play a song.", "Đến lượt bạn." → "Let's turn you.", "Đến lượt ai?" → "Who's in turn?", "Bạn có muốn chơi một
ván cờ không?" → "Do you want to play a flagboard?", "Họ đang chơi mạt chược." → "They're playing slights.", "Em trai
tôi nghiện chơi game." → "My younger brother adds the game."; and back, "Do you play chess?" → "Bạn có chơi bếp
trưởng không?", "Let's play cards." → "Chúng ta hãy chơi thiệp.", "It's your turn." → "Đó là lần lượt của bạn.",
"Whose turn is it?" → "Sự biến mất là gì?", "They play mahjong every weekend." → "Họ chơi đùa vào cuối tuần.".

Taken: a game of GAMES played ("chơi"; "đánh" for those of _DEALT) by who as mt.hobbies.WHO reads them: said,
denied, asked, how often (mt.hobbies.SELDOM), with whom (mt.hobbies.WHOM), all day or every (_SPANS, "every
Sunday"), going on ("đang"); can play it ("biết chơi"), wants to play it or a round of it ("một ván cờ": "a game of
chess", "một ván nữa": "one more game"), is good at it ("chơi … giỏi"), hooked on it ("nghiện"); "let's play" ("Chúng
ta chơi bài đi."); whose turn it is ("Đến lượt bạn.", "Đến lượt ai?"). Left: "chơi cờ" liked, how often, how well
or suggested, and "good at chess" (mt/hobbies.py, mt/skills.py, mt/suggestions.py take them first), who won or lost
(mt/matches.py, mt/scores.py), whose turn to pay (mt/bills.py), "can" that may be leave ("Can I play …?", "You
can't …"), "another game" (one more, or a different one), a game on one day, "chơi bài" with no who, "Mình … nhé"
(may be "I"), and a kinship word alone saying it.
mt.phrasebook.translate tries these after mt/pests.py.

    >>> translate("Ông tôi hay đánh cờ tướng.", "vi", "en"), translate("It's your turn.", "en", "vi")
    ('My grandfather often plays Chinese chess.', 'Đến lượt bạn.')
"""
from __future__ import annotations

import re

from . import hobbies
from .free_time import when
from .hobbies import HABIT_VI, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, EN_DAYS, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# the games (the first English of each is the one written back); "đánh" is said of those of _DEALT only
GAMES = {"cờ vua": "chess", "cờ": "chess", "cờ tướng": "Chinese chess", "bài": "cards", "tú lơ khơ": "cards",
         "mạt chược": "mahjong", "cờ tỷ phú": "Monopoly", "cờ tỉ phú": "Monopoly", "game": "video games",
         "điện tử": "video games", "game điện tử": "video games", "trò chơi điện tử": "video games",
         "trò chơi cờ bàn": "board games"}
GAMES_VI = {"chess": "cờ vua", "chinese chess": "cờ tướng", "xiangqi": "cờ tướng", "cards": "bài",
            "mahjong": "mạt chược", "monopoly": "cờ tỷ phú", "video games": "game", "computer games": "game",
            "board games": "trò chơi cờ bàn"}
_DEALT = {"cờ vua", "cờ", "cờ tướng", "bài", "tú lơ khơ", "mạt chược"}
_ROUNDS = {"chess", "chinese chess", "cards", "mahjong", "monopoly"}  # ("a game of chess": "một ván cờ vua")
_GAMES_KEYED = {keyed(vi): en for vi, en in GAMES.items()}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cờ|bài|game|điện\s+tử|mạt\s+chược|lượt|ván|trò\s+chơi|tú\s+lơ)"),
         "en": lazy(r"(?i:chess|cards|game|mahjong|monopoly|turn)")}

# for how long or how often ("cả ngày", "mỗi tối", "mỗi Chủ nhật", "Chủ nhật hàng tuần", "các ngày Chủ nhật")
_SPANS = {"cả ngày": "all day", "suốt ngày": "all day", "cuối tuần": "at the weekend",
          "vào cuối tuần": "at the weekend"} | hobbies.EVERY
_SPANS_VI = {"all day": "cả ngày", "all day long": "suốt ngày", "all the time": "suốt ngày",
             "at the weekend": "vào cuối tuần", "at weekends": "vào cuối tuần",
             "on weekends": "vào cuối tuần"} | hobbies.EVERY_VI
_WEEKDAY = r"(?P<wd>(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật))"
_SPAN = (rf"(?P<span>(?i:{alternatives(_SPANS)})|(?:vào\s+)?(?:(?P<each>mỗi)\s+|(?P<all>các\s+ngày)\s+)?{_WEEKDAY}"
         r"(?P<weekly>\s+(?:hàng|hằng)\s+tuần)?)")
_SPAN_EN = rf"(?P<span>(?i:{alternatives(_SPANS_VI)})|(?P<on>every|on)\s+(?P<wd>{'|'.join(EN_DAYS)})(?P<s>s)?)"
# what is played: a game, a round of one ("một ván cờ", "một ván nữa"), or a game unnamed ("một trò chơi")
_GAME = rf"(?P<game>(?i:{alternatives(GAMES)}))"
_PLAYED = (rf"(?:{_GAME}|(?P<more>thêm\s+)?(?P<a>một\s+)?ván(?:\s+(?P<of>(?i:{alternatives(GAMES)})))?"
           r"(?P<again>\s+nữa)?|(?:một\s+)?(?P<unnamed>trò\s+chơi)(?P<other>\s+khác)?)")
_GAME_EN = rf"(?P<game>(?i:{alternatives(GAMES_VI)}))"
_PLAYED_EN = (rf"(?:{_GAME_EN}|(?P<a>a|one\s+more)\s+(?P<board>board\s+)?game(?:\s+of\s+(?P<of>(?i:"
              rf"{alternatives(_ROUNDS)})))?|"
              r"(?P<other>a\s+different)\s+game)")

# who plays, is playing, can, wants to ("Ông tôi hay đánh cờ tướng.", "Bạn có biết chơi cờ vua không?")
_PLAYS = lazy(rf"{WHO}\s+(?:(?P<seldom>{alternatives(hobbies.SELDOM)})\s+|(?P<not>không|chưa)\s+|(?P<now>đang)\s+|"
              r"(?P<ask>có)\s+(?:(?P<often>hay|thường)\s+)?)?(?:(?P<can>biết)\s+|(?P<want>muốn)\s+)?"
              rf"(?P<verb>chơi|đánh)\s+{_PLAYED}(?:\s+(?:cùng\s+)?với\s+{WHOM})?(?:\s+{_SPAN})?{ASKED_END}")
# good at it ("Anh ấy đánh cờ rất giỏi.", "Bạn chơi cờ vua có giỏi không?"), hooked on it ("nghiện chơi game")
_GOOD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<verb>chơi|đánh)\s+{_GAME}\s+(?:(?P<ask2>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<very>rất|khá)\s+)?giỏi(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
_HOOKED = lazy(rf"{WHO}\s+(?:(?P<very>rất)\s+)?nghiện\s+(?:(?P<verb>chơi|đánh)\s+)?{_GAME}{SOFTENED_END}")
# "let's play" ("Chúng ta chơi bài đi.", "Chúng mình chơi thêm một ván nữa nhé?"; "mình" alone, "I" too, only
# before "đi", "nào", "thôi", as mt/suggestions.py reads it: "Mình chơi trước nhé." is "I'll play first")
_LETS = lazy(r"(?P<we>(?i:chúng\s+ta|chúng\s+mình|mình|tụi\s+mình|bọn\s+mình))\s+(?P<along>cùng\s+)?"
             rf"(?P<verb>chơi|đánh)\s+{_PLAYED}\s+(?P<let>đi|nhé|nào|thôi)\s*(?P<end>[.!?]*)")
# whose turn ("Đến lượt bạn.", "Tới lượt mẹ tôi rồi.", "Đến lượt tôi chưa?", "Bây giờ đến lượt ai?", "Lượt của ai?")
_TURN = lazy(rf"(?:(?P<now>(?i:bây\s+giờ|giờ))\s+)?(?:(?i:đến|tới)\s+lượt\s+(?:của\s+)?(?:(?P<ai>ai)|{WHO})"
             rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?|(?i:lượt)\s+(?:của\s+)?(?P<ai2>ai)){SOFTENED_END}")

# ... and in English
_NOT = r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not|can['’]t|cannot)"
_PLAYS_EN = lazy(rf"(?:(?P<do>Do|Does|Can|Would)\s+)?{WHO_EN}(?:{BE_EN}\s+(?P<now>playing)|\s+(?:{_NOT}\s+|"
                 r"(?P<can>can)\s+|(?P<seldom>often|usually|sometimes|always|rarely|never)\s+)?"
                 r"(?:(?P<want>wants?|like)\s+to\s+)?(?P<play>plays?))\s+"
                 rf"{_PLAYED_EN}(?:\s+with\s+{WHOM_EN})?(?:\s+{_SPAN_EN})?\s*(?P<end>[.!?]*)")
_GOOD_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?\s+"
                rf"(?:(?P<very>very|really|quite)\s+)?good\s+at\s+(?:playing\s+)?{_GAME_EN}\s*(?P<end>[.!?]*)")
_HOOKED_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?:(?P<very>really|totally)\s+)?addicted\s+to\s+(?:playing\s+)?{_GAME_EN}"
                  r"\s*(?P<end>[.!]*)")
_LETS_EN = lazy(rf"(?:Let['’]s|(?P<shall>Shall)\s+we)\s+play\s+{_PLAYED_EN}\s*(?P<end>[.!?]*)")
_TURN_EN = lazy(rf"(?:(?P<is>Is\s+it)|It['’]s|It\s+is)\s+(?:(?P<own>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})"
                r"['’]s)\s+turn(?P<yet>\s+yet)?(?P<now>\s+now)?\s*(?P<end>[.!?]*)|"
                r"(?P<whose>Whose)\s+turn\s+is\s+it(?P<now2>\s+now)?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who plays a game, can, wants to, is good at or hooked on it,
    "let's play", or whose turn it is; None for any other."""
    if src == "vi":
        return _plays(text) or _good(text) or _hooked(text) or _lets(text) or _turn(text)
    return _plays_vi(text) or _good_vi(text) or _hooked_vi(text) or _lets_vi(text) or _turn_vi(text)


def _played(m: re.Match) -> str | None:
    """What a match of _PLAYED plays, in English: "chess", "a game of chess", "one more game", "a game", "a
    different game"; None for "đánh" with a game not dealt ("đánh game", "đánh trò chơi"), and "ván" with no "một"
    or "nữa"."""
    if m["game"]:
        return _game(m)
    hit = keyed(m["verb"]) == "đánh"
    if m["unnamed"]:
        return None if hit else "a different game" if m["other"] else "a game"
    of = _GAMES_KEYED[keyed(m["of"])] if m["of"] else None
    if hit and m["of"] and keyed(m["of"]) not in _DEALT or of and of.lower() not in _ROUNDS or not (
            m["a"] or m["more"] or m["again"]):
        return None  # (a round of a game played in rounds; "một ván", or "thêm" or "nữa", said)
    return f"{'one more' if m['more'] or m['again'] else 'a'} game{f' of {of}' if of else ''}"


def _span(m: re.Match, lang: str) -> str | None:
    """A span of _SPAN (`lang` "vi") in English, or of _SPAN_EN ("en") in Vietnamese: "mỗi tối" "every evening",
    "Chủ nhật hàng tuần" "every Sunday", "các ngày Chủ nhật" "on Sundays", "every Sunday" "mỗi Chủ nhật"; "" for
    none, None for one not read ("vào Chủ nhật" alone: a day ahead or every one)."""
    if not m["span"]:
        return ""
    if lang == "en":
        if not m["wd"]:
            return _SPANS_VI[keyed(m["span"])]
        day = when(f"on {m['wd']}", "en").removeprefix("vào ")
        return None if (m["on"] == "on") != bool(m["s"]) else f"mỗi {day}" if m["on"] == "every" else \
            f"vào các ngày {day}"
    if not m["wd"]:
        return _SPANS[keyed(m["span"])]
    day = when(m["wd"], "vi").removeprefix("on ")
    return None if bool(m["all"]) == bool(m["each"] or m["weekly"]) else f"on {day}s" if m["all"] else f"every {day}"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks (ends "không?"); None where "có" or "?" does not go with how it ends."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m["ask"] and not asked else asked


def _plays(text: str) -> str | None:
    """"Ông tôi hay đánh cờ tướng." as "My grandfather often plays Chinese chess.", "Bạn có biết chơi cờ vua
    không?" as "Can you play chess?", "Bạn có muốn chơi một ván cờ không?" as "Do you want to play a game of
    chess?", "Họ đang chơi mạt chược." as "They're playing mahjong." (_PLAYS); None for anything else."""
    m = _PLAYS.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or (played := _played(m)) is None or (span := _span(m, "vi")) is None:
        return None
    how, named = m["seldom"] or m["often"] or m["now"], bool(m["game"])
    if (m["can"] or m["want"]) and (how or span) or not (m["want"] or named) or m["now"] and (asked or span) or \
            keyed(m["not"] or "") == "chưa" and not m["can"] or (said := who(m, asked)) is None:
        return None
    who_, one = said
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if whom is None or m["whom"] and m["can"]:
        return None
    rest = f"{played}{f' with {whom}' if whom else ''}{f' {span}' if span else ''}"
    if m["can"]:
        can = "can't" if m["not"] else "can"
        yet = " yet" if keyed(m["not"] or "") == "chưa" else ""
        return f"Can {who_} play {rest}?" if asked else capitalised(f"{who_} {can} play {rest}{yet}.")
    verb = "want to play" if m["want"] else "play"
    if m["now"]:
        return capitalised(contracted(who_, f"{be(who_)} playing {rest}."))
    if asked:
        often = f" {hobbies.often_said(m['often'], False)}" if m["often"] else ""
        return f"{'Does' if one else 'Do'} {who_}{often} {verb} {rest}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {rest}.")
    seldom = f" {hobbies.often_said(m['seldom'], bool(span))}" if m["seldom"] else ""
    verb = f"want{'s' * one} to play" if m["want"] else f"play{'s' * one}"
    return capitalised(f"{who_}{seldom} {verb} {rest}.")


def _good(text: str) -> str | None:
    """"Anh ấy đánh cờ rất giỏi." as "He's very good at chess.", "Bạn chơi cờ vua có giỏi không?" as "Are you good
    at chess?", "Tôi chơi bài không giỏi lắm." as "I'm not very good at cards." (_GOOD); None for anything else."""
    m = _GOOD.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or m["ask"] and m["ask2"] or m["ask2"] and not asked or (asked or m["not"]) and m["very"] or \
            (game := _game(m)) is None or (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    if asked:
        return f"{be(who_).capitalize()} {who_} good at {game}?" if not m["much"] else None
    very = " very" if m["much"] == "lắm" or keyed(m["very"] or "") == "rất" else " really" if m["much"] else \
        " quite" if m["very"] else ""
    if m["not"]:
        return capitalised(contracted(who_, f"{be(who_)} not{very} good at {game}."))
    return capitalised(contracted(who_, f"{be(who_)}{very} good at {game}{'!' if '!' in m['end'] else '.'}"))


def _game(m: re.Match) -> str | None:
    """The game of a match with a group "verb" and a group "game", in English; None for "đánh" with a game not
    dealt."""
    dealt = keyed(m["verb"] or "chơi") != "đánh" or keyed(m["game"]) in _DEALT
    return _GAMES_KEYED[keyed(m["game"])] if dealt else None


def _hooked(text: str) -> str | None:
    """"Em trai tôi nghiện chơi game." as "My younger brother is addicted to video games." (_HOOKED); None for
    anything else."""
    m = _HOOKED.fullmatch(text)
    if not m or "?" in m["end"] or (game := _game(m)) is None or (said := who(m, False)) is None:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])}{' really' * bool(m['very'])} addicted to {game}."))


def _lets(text: str) -> str | None:
    """"Chúng ta chơi bài đi." as "Let's play cards.", "Chúng mình chơi thêm một ván nữa nhé?" as "Shall we play one
    more game?" (_LETS); None for anything else, and for "Mình … nhé" (may be "I")."""
    m = _LETS.fullmatch(text)
    if not m or (played := _played(m)) is None or keyed(m["we"]) == "mình" and not m["along"] and (
            keyed(m["let"]) == "nhé" or "?" in m["end"]) or "?" in m["end"] and keyed(m["let"]) != "nhé":
        return None
    return f"Shall we play {played}?" if "?" in m["end"] else f"Let's play {played}{'!' if '!' in m['end'] else '.'}"


def _turn(text: str) -> str | None:
    """"Đến lượt bạn." as "It's your turn.", "Đến lượt mẹ tôi rồi." as "It's my mother's turn.", "Đến lượt tôi
    chưa?" as "Is it my turn yet?", "Đến lượt ai?" as "Whose turn is it?" (_TURN); None for anything else, and for a
    kinship word alone ("Đến lượt anh.": you, or the speaker)."""
    m = _TURN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["ai"] or m["ai2"] or m["yet"]):
        return None
    if m["ai"] or m["ai2"]:
        return None if m["yet"] else f"Whose turn is it{' now' * bool(m['now'])}?"
    if (said := who(m, False)) is None or m["now"] and m["yet"]:
        return None
    whose, now = EN_WHOSE.get(said[0]) or f"{said[0]}'s", " now" if m["now"] else ""
    return f"Is it {whose} turn yet?" if asked else f"It's {whose} turn{now}{'!' if '!' in m['end'] else '.'}"


def _plays_vi(text: str) -> str | None:
    """"Do you play chess?" as "Bạn có chơi cờ vua không?", "He plays video games all day." as "Anh ấy chơi game cả
    ngày.", "Can you play mahjong?" as "Bạn có biết chơi mạt chược không?", "Do you want to play a game of chess?" as
    "Bạn có muốn chơi một ván cờ vua không?" (_PLAYS_EN); None for anything else, where a verb does not agree with
    who, and for "can" that may be leave ("Can I …?", "You can't …", "We can …", "They can …")."""
    m = _PLAYS_EN.fullmatch(text)
    if not m or (played := _played_vi(m)) is None or (span := _span(m, "en")) is None:
        return None
    who_, one = who_vi(m)
    do, aux, want = (m["do"] or "").lower(), keyed(m["not"] or m["can"] or ""), keyed(m["want"] or "")
    asked, can = bool(do), do == "can" or aux.startswith("can")
    if asked != ("?" in m["end"]) or (m["now"] or can or want) and (m["seldom"] or span) or not (want or m["game"]) or \
            (do == "would") != (want == "like") or can and (want or who_ in ("chúng tôi", "họ") or
                                                            who_ == ("tôi" if asked else "bạn")) or \
            not _agrees(m, one) or asked and m["seldom"] not in (None, "often", "usually"):
        return None
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if whom is None or whom and can or whom.endswith((" anh ấy", " cô ấy", " họ")):
        return None  # ("Can you play with me?" asks a favour; "with her grandmother": "với bà cô ấy", a great-aunt)
    rest = f"{played}{f' với {whom}' if whom else ''}{f' {span}' if span else ''}"
    verb = "biết chơi" if can else "muốn chơi" if want else "đang chơi" if m["now"] else "chơi"
    if asked:
        often = {"often": "hay ", "usually": "thường "}.get(m["seldom"] or "", "")
        return capitalised(f"{who_} có {often}{verb} {rest} không?")
    seldom = f"{HABIT_VI[m['seldom']]} " if m["seldom"] else "không " if m["not"] else ""
    return capitalised(f"{who_} {seldom}{verb} {rest}.")


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether the verbs of a match of _PLAYS_EN agree with who (`one`: "he"): "Does he play", "he doesn't play",
    "he plays", "he wants to play", "he's playing"; not "Do he play", "he play", "he doesn't plays"."""
    if m["now"]:
        return not m["do"] and hobbies.be_agrees(m, m["be"])
    said = (m["do"] or m["not"] or m["can"] or "").lower()
    last = m["want"] or m["play"]
    if m["want"] and m["play"].endswith("s") or said and last.endswith("s"):
        return False
    if said.startswith(("do", "does")):
        return said.startswith("does") == one
    return bool(said) or last.endswith("s") == one


def _played_vi(m: re.Match) -> str | None:
    """What a match of _PLAYED_EN plays, in Vietnamese: "cờ vua", "một ván cờ vua", "thêm một ván nữa", "một trò
    chơi", "một trò chơi cờ bàn", "một trò chơi khác"; None for "one more board game", "a board game of chess"."""
    if m["board"]:
        return "một trò chơi cờ bàn" if keyed(m["a"]) == "a" and not m["of"] else None
    if m["game"]:
        return GAMES_VI[keyed(m["game"])]
    if m["other"]:
        return "một trò chơi khác"
    of = f" {GAMES_VI[keyed(m['of'])]}" if m["of"] else ""
    if keyed(m["a"]) == "a":
        return f"một ván{of}" if of else "một trò chơi"
    return f"thêm một ván{of} nữa"


def _good_vi(text: str) -> str | None:
    """"I'm not good at cards." as "Tôi chơi bài không giỏi.", "Is he good at mahjong?" as "Anh ấy chơi mạt chược có
    giỏi không?" (_GOOD_EN); None for anything else, and where "is", "am", "are" does not agree with who."""
    m = _GOOD_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and (
            m["not"] or m["very"]) or not hobbies.be_agrees(m, m["be0"] or m["be"]):
        return None
    who_, game = who_vi(m)[0], GAMES_VI[keyed(m["game"])]
    if m["be0"]:
        return capitalised(f"{who_} chơi {game} có giỏi không?")
    very = {"very": "rất ", "really": "rất ", "quite": "khá "}.get(keyed(m["very"] or ""), "")
    if m["not"]:
        return capitalised(f"{who_} chơi {game} không giỏi{' lắm' if very else ''}.")
    return capitalised(f"{who_} chơi {game} {very}giỏi{'!' if '!' in m['end'] else '.'}")


def _hooked_vi(text: str) -> str | None:
    """"My brother is addicted to video games." as "Anh trai tôi nghiện chơi game." (_HOOKED_EN); None for anything
    else, and where "is", "am", "are" does not agree with who."""
    m = _HOOKED_EN.fullmatch(text)
    if not m or not hobbies.be_agrees(m, m["be"]):
        return None
    return capitalised(f"{who_vi(m)[0]} {'rất ' * bool(m['very'])}nghiện chơi {GAMES_VI[keyed(m['game'])]}.")


def _lets_vi(text: str) -> str | None:
    """"Let's play cards." as "Chúng ta chơi bài đi.", "Shall we play a game of chess?" as "Chúng ta chơi một ván
    cờ vua nhé?" (_LETS_EN); None for anything else."""
    m = _LETS_EN.fullmatch(text)
    if not m or bool(m["shall"]) != ("?" in m["end"]):
        return None
    if (played := _played_vi(m)) is None:
        return None
    return f"Chúng ta chơi {played} nhé?" if m["shall"] else f"Chúng ta chơi {played} đi{m['end'] or '.'}"


def _turn_vi(text: str) -> str | None:
    """"It's your turn." as "Đến lượt bạn.", "It's my mother's turn." as "Đến lượt mẹ tôi.", "Is it my turn yet?" as
    "Đến lượt tôi chưa?", "Whose turn is it?" as "Đến lượt ai?" (_TURN_EN); None for anything else."""
    m = _TURN_EN.fullmatch(text)
    if not m:
        return None
    if m["whose"]:
        return f"{'Bây giờ đến' if m['now2'] else 'Đến'} lượt ai?"
    if bool(m["is"]) != ("?" in m["end"]) or m["yet"] and not m["is"] or m["now"] and m["is"]:
        return None
    whose = WHOSE_VI[m["own"].lower()] if m["own"] else hobbies.someone(m["someone"], "en")
    if whose is None:
        return None
    if m["is"]:
        return f"Đến lượt {whose}{' chưa' if m['yet'] else ' à'}?"
    return f"{'Bây giờ đến' if m['now'] else 'Đến'} lượt {whose}{m['end'] or '.'}"
