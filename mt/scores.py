"""Goals scored, draws, leads and results with their score in words, both ways, written whole by rule: who scored
(how many goals, first), a match that was a draw or ended so, a side leading, and English's scores in words ("won
three-one", "lost two nil", "one-all") and "at half time". v8 reads "bàn" as a table, "hòa" as peace, "dẫn" as a
verb ending and "hiệp" as a pact: "Ai ghi bàn?" → "Who scored the table?", "Anh ấy ghi hai bàn." → "He scored two
tables.", "Anh ấy có ghi bàn không?" → "Did he scored the table?", "Trận đấu hòa." → "The game of peace.", "Trận đấu
hòa 1-1." → "The 1-1 match.", "Việt Nam đang dẫn 1-0." → "Vietnam is 1-0ing.", "Họ đang thua 0-2 sau hiệp một." →
"They were losing 0-2 after the pact."; and back, "We lost two nil." → "Chúng tôi đã mất 2 nil.", "We won three-one."
→ "Chúng tôi đoạt được ba người.", "It was a draw." → "Đó là một bức vẽ.", "It ended one-all." → "Nó kết thúc một
phần.", "He scored two goals." → "Anh ấy ghi bàn hai bàn.", "They're losing two-nil at half time." → "Họ mất 2-nil vào
một nửa thời gian.", "Vietnam are leading 1-0." → "Việt Nam là 1-0 hàng đầu.".

Taken: who scored ("ghi bàn", "ghi hai bàn", "lập hat-trick"; "scored", "scored twice", "a hat-trick"), first or the
winning goal, said, denied ("didn't score"), asked ("Ai ghi bàn?", "Did he score?"), just done ("vừa") or ahead
("sẽ"), nobody ("Không ai ghi bàn."), with a day of mt.free_time.when; a match that was a draw, or ended with a score
or in a draw ("Trận đấu hòa 1-1.", "It ended one-all."); a side leading by a score ("đang dẫn 1-0"); in English, a
result of mt/matches.py with its score in words ("won three-one": "thắng 3-1"; a loss with the loser's score first,
"lost two nil": "thua 0-2") and a result going on "at half time" ("sau hiệp một"). Who is a team ("đội tôi"), a
country or a place by name (mt.people.named_place; "Anh" left), or who as mt.hobbies.WHO reads. Left: results with
digits, "Who won?", the score asked or said ("Tỉ số bao nhiêu?"), "We're winning." (all mt/matches.py's); marks on a
test (mt/exams.py); "It's one-all.", "chưa ai ghi bàn", whom a side leads, and a score that does not fit the result
("drew two-one", "won nil-one").
mt.phrasebook.translate tries these after mt/waking.py.

    >>> translate("Anh ấy ghi hai bàn.", "vi", "en"), translate("We lost two nil.", "en", "vi")
    ('He scored two goals.', 'Chúng tôi thua 0-2.')
"""
from __future__ import annotations

import re

from . import matches
from .dates import AHEAD
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .matches import CAPITALS, SPORTS, SPORTS_VI
from .numbers import EN_NUMBER_WORDS, VI_TO_EN
from .people import named_place
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed

# goals counted: "một" … "mười" and digits; in English "a", "one" … "ten" and digits
_COUNT_VI = {"một": "a", "1": "a"} | {vi: en for vi, en in VI_TO_EN.items() if vi != "một"}
_COUNT_EN = {"a": "một", "an": "một"} | {en: vi for vi, en in VI_TO_EN.items()}
_TIMES_EN = {"twice": "hai", "three times": "ba", "four times": "bốn"}
_SCORE = r"(?P<score>\d{1,2})\s*[-–]\s*(?P<score2>\d{1,2})"
# a score in English's words: "three-one", "two nil", "one-all", "nil-nil"
_NUMBER_EN = rf"(?:{'|'.join(EN_NUMBER_WORDS[:11])}|nil|nothing)"
_WORDED = lazy(rf"\b(?P<a>(?i:{_NUMBER_EN}))(?:-|\s+)(?P<b>(?i:{_NUMBER_EN}|all))\b")
# a cheap look before the regexes: each sentence of every text comes here (a score in words has no other key word)
_KEYS = {"vi": lazy(r"(?i:bàn|hòa|hoà|kết\s+thúc|dẫn|hat-?trick|cú\s+đúp|\bhiệp)"),
         "en": lazy(rf"(?i:scor|draw|\bended|leading|half|\b{_NUMBER_EN})")}
_DIGITS = {w: str(i) for i, w in enumerate(EN_NUMBER_WORDS[:11])} | {"nil": "0", "nothing": "0"}
# who: a team, who as mt.hobbies reads them, a country or a place by its name
_NAME = rf"(?=[{CAPITALS}])[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}?"
_SIDE = (rf"(?:[Đđ]ội\s+(?:của\s+)?(?P<ours>(?i:{alternatives(OWNERS)}))|{WHO}|"
         rf"(?:[Đđ]ội\s+(?:tuyển\s+)?)?(?P<place>{_NAME}))")
_SIDE_EN = rf"(?:(?P<ours>(?i:{alternatives(WHOSE_VI)}))\s+team|{WHO_EN}|(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
# a match ("trận đấu", "trận bóng đá"; "it", "the match", "the football game")
_MATCH = rf"[Tt]rận(?:\s+đấu)?(?:\s+(?P<sport>(?i:{alternatives(SPORTS)})))?"
_MATCH_EN = rf"(?:(?P<it>It)|[Tt]he\s+(?:(?P<sport>(?i:{alternatives(SPORTS_VI)}))\s+)?(?:match|game))"

# who scored: "Anh ấy ghi hai bàn.", "Ai ghi bàn trước?", "Đội bạn có ghi bàn không?", "Không ai ghi bàn."
_GOAL = lazy(rf"{DAY_OPENING}(?:(?P<which>[Aa]i|[Đđ]ội\s+nào)|(?P<nobody>[Kk]hông\s+(?:có\s+)?ai)|{_SIDE})\s+"
             r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ)\s+)?"
             r"(?:lập\s+(?:(?P<hat>hat-?trick)|(?P<double>cú\s+đúp))|ghi\s+(?:(?P<n>"
             rf"{alternatives(_COUNT_VI)})\s+)?bàn(?:\s+thắng)?(?P<winner>\s+quyết\s+định)?)"
             rf"(?:\s+(?P<first>trước|đầu\s+tiên))?{DAY_AFTER}(?:\s+(?P<asked>không))?{SOFTENER}"
             r"\s*(?P<end>[.!?]*)")
_GOAL_EN = lazy(rf"(?:(?P<did>Did)\s+)?(?:(?P<which>Who|Which\s+team)|(?P<nobody>Nobody|No\s+one)|"
                rf"{_SIDE_EN})(?P<aux>\s+(?:didn['’]t|did\s+not)|\s+(?:has|have)\s+just|['’](?:s|ve)\s+just|"
                r"\s+just|\s+will|['’]ll)?\s+(?P<verb>scored|score)(?:\s+(?P<n>a|an|one|two|three|four|five|\d)"
                rf"\s+(?P<goals>goals?)|\s+(?P<times>{alternatives(_TIMES_EN)})|\s+a\s+(?P<hat>hat-trick)|"
                r"\s+the\s+(?P<winner>winning)\s+goal)?"
                rf"(?:\s+(?P<first>first))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# a draw, or how it ended: "Trận đấu hòa 1-1.", "Trận đấu kết thúc với tỉ số 2-1.", "It ended one-all."
_DRAW = lazy(rf"{DAY_OPENING}{_MATCH}{DAY_AFTER}\s+(?:đã\s+)?(?:(?P<drew>hòa|hoà)|kết\s+thúc(?:\s+"
             r"(?P<drawn>hòa|hoà|với\s+kết\s+quả\s+h(?:òa|oà))|(?:\s+với\s+t[ỉỷ]\s+số)?(?=\s+\d)))"
             rf"(?:\s+{_SCORE})?\s*(?P<end>[.!]*)")
_DRAW_EN = lazy(rf"{_MATCH_EN}{DAY_AFTER_EN}\s+(?:was\s+an?\s+(?:(?P<none>goalless|scoreless)\s+|{_SCORE}\s+)?"
                rf"(?P<drew>draw)|ended\s+(?:(?P<drawn>in\s+a\s+draw)|{_SCORE.replace('score', 'ended')}))"
                r"\s*(?P<end>[.!]*)")
# a side leading: "Việt Nam đang dẫn 1-0.", "We're leading one-nil."
_LEADING = lazy(rf"{_SIDE}\s+đang\s+dẫn(?:\s+trước)?\s+{_SCORE}\s*(?P<end>[.!]*)")
_LEADING_EN = lazy(rf"{_SIDE_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)\s+leading\s+{_SCORE}\s*(?P<end>[.!]*)")
# at half time: "… sau hiệp một." / "… at half time."
_HALF = lazy(r"(?P<said>.+?)\s+sau\s+hiệp\s+(?:một|1)\s*(?P<end>[.!]*)")
_HALF_EN = lazy(r"(?P<said>.+?),?\s+at\s+half[-\s]?time\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who scored, that a match was a draw or how it ended, that a
    side is leading, or a result with its score in words or at half time; None for any other."""
    if src == "vi":
        return _goal(text) or _draw(text) or _leading(text) or _half(text)
    return _goal_vi(text) or _draw_vi(text) or _leading_vi(text) or _worded_vi(text) or _half_vi(text)


def _side(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _SIDE in English, and whether English says "has" after them ("đội tôi": ("my team", True),
    "Việt Nam": ("Vietnam", True), "chúng tôi": ("we", False)); None for one not known, "Anh" (England or you), and
    "anh" … not asking (mt.hobbies.who)."""
    if m["ours"]:
        return f"{OWNERS[keyed(m['ours'])]} team", True
    if m["place"]:
        said = None if keyed(m["place"]) == "anh" else named_place(m["place"], "vi")
        return (said, True) if said else None
    return who(m, asked)


def _side_vi(m: re.Match) -> tuple[str, bool | None] | None:
    """Who of a match of _SIDE_EN in Vietnamese, and whether English says "has" after them (None: a team or a country,
    either); None for a place not known, and England ("Anh" is also you)."""
    if m["ours"]:
        return f"đội {WHOSE_VI[m['ours'].lower()]}", None
    if m["place"]:
        said = named_place(m["place"], "en")
        return (said, None) if said and said != "Anh" else None
    return who_vi(m)


def _day(said: str | None, src: str, tense: str) -> str | None:
    """A day of a goal or a draw in the other language, "" for none; None for one not read, or not of the tense ("will"
    needs a day ahead or none; "just", none; "past", one not ahead)."""
    day = when(said, src)
    if day is None or tense == "just" and day:
        return None
    ahead = bool(AHEAD.match(day if src == "vi" else keyed(said or "")))
    return None if day and ahead != (tense == "will") else day


def _goals(m: re.Match) -> str:
    """What was scored of a match of _GOAL in English: "", " a goal", " two goals", " twice", " a hat-trick", " the
    winning goal", and " first" after it."""
    n = keyed(m["n"] or "")
    scored = (" a hat-trick" if m["hat"] else " twice" if m["double"] else " the winning goal" if m["winner"] else
              f" {_COUNT_VI[n]} goal{'s' * (_COUNT_VI[n] != 'a')}" if n else "")
    return f"{scored}{' first' * bool(m['first'])}"


def _goal(text: str) -> str | None:
    """"Anh ấy ghi hai bàn." as "He scored two goals.", "Ai ghi bàn?" as "Who scored?", "Anh ấy có ghi bàn không?" as
    "Did he score?", "Con trai tôi vừa ghi bàn!" as "My son has just scored!", "Không ai ghi bàn." as "Nobody
    scored." (_GOAL); None for anything else."""
    m = _GOAL.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["asked"]) != bool(m["ask"]) or m["not"] and (m["aux"] or m["n"]):
        return None
    aux, asked = keyed(m["aux"] or ""), "?" in m["end"]
    tense = "will" if aux == "sẽ" else "just" if aux in ("vừa", "mới", "vừa mới") else "past"
    if bool(m["which"] or m["asked"]) != asked or (m["which"] or m["nobody"]) and (m["not"] or m["ask"]) or (
            m["asked"] or m["nobody"] or m["not"]) and tense != "past" or m["nobody"] and _goals(m):
        return None
    if (day := _day(m["day0"] or m["day"], "vi", tense)) is None:
        return None
    goals, day = _goals(m), f" {day}" * bool(day)
    if m["which"]:
        which = "Who" if keyed(m["which"]) == "ai" else "Which team"
        return f"{which} {'will score' if tense == 'will' else 'has just scored' if tense == 'just' else 'scored'}" \
               f"{goals}{day}?"
    if m["nobody"]:
        return f"Nobody scored{day}{m['end'] or '.'}"
    if (side := _side(m, asked)) is None:
        return None
    who_, one = side
    if asked:
        return f"Did {who_} score{goals}{day}?"
    done = ("didn't score" if m["not"] else "will score" if tense == "will" else
            f"{'has' if one else 'have'} just scored" if tense == "just" else "scored")
    return capitalised(contracted(who_, f"{done}{goals}{day}") + (m["end"] or "."))


def _draw(text: str) -> str | None:
    """"Trận đấu hòa." as "The match was a draw.", "Trận đấu tối qua hòa 1-1." as "The match last night was a 1-1
    draw.", "Trận đấu kết thúc với tỉ số 2-1." as "The match ended 2-1." (_DRAW); None for anything else, and for a
    draw whose score is not one ("hòa 2-1")."""
    m = _DRAW.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := _day(m["day0"] or m["day"], "vi", "past")) is None:
        return None
    drew, score = m["drew"] or m["drawn"], m["score"] and f"{int(m['score'])}-{int(m['score2'])}"
    if drew and score and int(m["score"]) != int(m["score2"]) or not (drew or score):
        return None
    match = f"The {SPORTS[keyed(m['sport'])]} match" if m["sport"] else "The match"
    match += f" {day}" * bool(day)
    if m["drew"]:
        return f"{match} was {'an' if score and score[0] == '8' else 'a'} {score + ' ' if score else ''}draw."
    return f"{match} ended {'in a ' + score + ' draw' if score and drew else 'in a draw' if drew else score}."


def _leading(text: str) -> str | None:
    """"Việt Nam đang dẫn 1-0." as "Vietnam is leading 1-0.", "Chúng tôi đang dẫn trước 2-1." as "We're leading
    2-1." (_LEADING); None for anything else, and for a score led by less."""
    m = _LEADING.fullmatch(text)
    if not m or int(m["score"]) <= int(m["score2"]) or (side := _side(m, False)) is None:
        return None
    who_, one = side
    return capitalised(contracted(who_, f"{'is' if one else be(who_)} leading {m['score']}-{m['score2']}")) + (
        m["end"] or ".")


def _half(text: str) -> str | None:
    """"Họ đang thua 0-2 sau hiệp một." as "They're losing 0-2 at half time." (_HALF: a result going on, with its
    score, as mt/matches.py or this module says it); None for anything else."""
    m = _HALF.fullmatch(text)
    said = m and (matches.translate(m["said"] + ".", "vi", "en") or _leading(m["said"] + "."))
    if not said or not re.search(r"ing \d", said) or said.endswith("?"):
        return None
    return f"{said.rstrip('.')} at half time{m['end'] or '.'}"


def _goal_vi(text: str) -> str | None:
    """"He scored two goals." as "Anh ấy ghi hai bàn.", "Who scored first?" as "Ai ghi bàn trước?", "Did Vietnam
    score?" as "Việt Nam có ghi bàn không?", "She scored twice last night." as "Tối qua cô ấy ghi hai bàn."
    (_GOAL_EN); None for anything else, and where "has" does not agree with who."""
    m = _GOAL_EN.fullmatch(text)
    if not m:
        return None
    did, aux, asked = (m["did"] or "").lower(), keyed((m["aux"] or "").replace("’", "'")), "?" in m["end"]
    tense = "will" if aux in ("will", "'ll") else "just" if aux.endswith("just") else "past"
    if bool(did or m["which"]) != asked or did and (aux or m["which"] or m["nobody"]) or (
            m["verb"] == "score") != bool(did or aux.startswith("did") or tense == "will"):
        return None
    if m["nobody"] and (aux or m["n"] or m["times"] or m["hat"] or m["winner"]) or (
            aux.startswith("did") or asked and not m["which"]) and tense != "past":
        return None
    n, ours = keyed(m["n"] or ""), not (m["which"] or m["nobody"])
    side = _side_vi(m) if ours else ("", True)  # ("Who has just scored?")
    if n and (n in ("a", "an", "one", "1")) == (m["goals"] == "goals") or side is None or (
            day := _day(m["day"], "en", tense)) is None:
        return None
    who_, one = side
    if tense == "just" and one is not None and aux.split()[0] in ("has", "'s", "have", "'ve") and (
            aux.split()[0] in ("has", "'s")) != one:
        return None  # ("He have just scored")
    goals = ("lập hat-trick" if m["hat"] else "ghi bàn thắng quyết định" if m["winner"] else
             f"ghi {_TIMES_EN[keyed(m['times'])]} bàn" if m["times"] else f"ghi {_COUNT_EN.get(n, n)} bàn" if n else
             "ghi bàn") + " trước" * bool(m["first"])
    mark = {"past": "", "will": "sẽ ", "just": "vừa "}[tense]
    if m["which"]:
        return placed(f"{'ai' if m['which'] == 'Who' else 'đội nào'} {mark}{goals}", day, "?")
    if m["nobody"]:
        return placed(f"không ai {goals}", day, m["end"] or ".")
    if asked:
        return placed(f"{who_} có {goals}", day, " không?")
    return placed(f"{who_} {'không ' if aux.startswith('did') else mark}{goals}", day, m["end"] or ".")


def _draw_vi(text: str) -> str | None:
    """"It was a draw." as "Trận đấu hòa.", "The match was a 1-1 draw." as "Trận đấu hòa 1-1.", "It ended one-all."
    as "Trận đấu kết thúc với tỉ số 1-1.", "The match ended in a draw." as "Trận đấu kết thúc với kết quả hòa."
    (_DRAW_EN, scores in words read by _worded); None for anything else, and for a draw whose score is not one."""
    m = _DRAW_EN.fullmatch(_worded(text)[0])
    if not m or m["it"] and m["day"] or (day := _day(m["day"], "en", "past")) is None:
        return None
    score = "0-0" if m["none"] else m["score"] and f"{m['score']}-{m['score2']}"
    if score and m["drew"] and score.split("-")[0] != score.split("-")[1]:
        return None
    match = f"trận {SPORTS_VI[keyed(m['sport'])]}" if m["sport"] else "trận đấu"
    match += f" {day}" * bool(day)
    if m["drew"]:
        return capitalised(f"{match} hòa{' ' + score if score else ''}.")
    ended = "với kết quả hòa" if m["drawn"] else f"với tỉ số {m['ended']}-{m['ended2']}"
    return capitalised(f"{match} kết thúc {ended}.")


def _leading_vi(text: str) -> str | None:
    """"Vietnam is leading 1-0." as "Việt Nam đang dẫn 1-0.", "We're leading one-nil." as "Chúng tôi đang dẫn 1-0."
    (_LEADING_EN); None for anything else, where "is" does not agree with who, and for a score led by less."""
    m = _LEADING_EN.fullmatch(_worded(text)[0])
    if not m or int(m["score"]) <= int(m["score2"]) or (side := _side_vi(m)) is None:
        return None
    who_, one = side
    if be_said(m["be"]) not in (("is", "are") if one is None else (be_of(who_, one),)):
        return None
    return capitalised(f"{who_} đang dẫn {m['score']}-{m['score2']}{m['end'] or '.'}")


def _worded(text: str) -> tuple[str, bool]:
    """The text with its score in English's words as digits ("won three-one" → "won 3-1", "one-all" → "1-1"), and
    whether there was one."""
    m = _WORDED.search(text)
    if not m:
        return text, False
    a = _DIGITS[m["a"].lower()]
    b = a if m["b"].lower() == "all" else _DIGITS[m["b"].lower()]
    return f"{text[:m.start()]}{a}-{b}{text[m.end():]}", True


def _worded_vi(text: str) -> str | None:
    """"We won three-one." as "Chúng tôi thắng 3-1.", "We lost two nil." as "Chúng tôi thua 0-2." (the loser's score
    first), "We drew one-all." as "Chúng tôi hòa 1-1.": a result as mt/matches.py says it, its score in words; None
    for anything else, and for a score that does not fit the result ("drew two-one", "won nil-two")."""
    digits, worded = _worded(text)
    said = worded and matches.translate(digits, "en", "vi")
    m = said and re.search(r"\b(?P<verb>thắng|thua|hòa|đánh bại)\b.*?(?P<a>\d+)-(?P<b>\d+)", said)
    if not m:
        return said if said and said.startswith("Tỉ số") else None  # ("The score is one-all.")
    a, b = int(m["a"]), int(m["b"])
    if (a == b) != (m["verb"] == "hòa") or a < b:
        return None
    return said[:m.start("a")] + f"{b}-{a}" + said[m.end("b"):] if m["verb"] == "thua" else said


def _half_vi(text: str) -> str | None:
    """"They're losing two-nil at half time." as "Họ đang thua 0-2 sau hiệp một." (_HALF_EN: a result going on, with
    its score, as mt/matches.py or this module says it); None for anything else."""
    m = _HALF_EN.fullmatch(text)
    said = m and (_worded_vi(m["said"] + ".") or _leading_vi(m["said"] + ".") or
                  matches.translate(m["said"] + ".", "en", "vi"))
    if not said or not re.search(r"\bđang\b.*\d-\d", said) or said.endswith("?"):
        return None
    return f"{said.rstrip('.')} sau hiệp một{m['end'] or '.'}"
