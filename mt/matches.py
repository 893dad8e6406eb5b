"""Sports matches and their results, said or asked, both ways, written whole by rule: who won, lost or drew, whom they
beat, the score, who won (asked), whether someone watched the match, how it was, and a match there is on a day. v7
reads "thắng" as "won't" or the present, "đội tôi" as "I", "hòa" as peace and "tỉ số" as a ratio: "Chúng tôi thắng
rồi." → "We won't.", "Đội tôi thua 2-1." → "I lost 2-1.", "Đội nào thắng?" → "Which one won't win?", "Việt Nam thắng
Thái Lan 2-0." → "Vietnam wins Thailand 2-0.", "Hai đội hòa 1-1." → "The two peace teams 1-1.", "Tỉ số là bao nhiêu?"
→ "How much is the scale?", "Đội bạn có thắng không?" → "Do you win?", "Bạn có xem trận đấu tối qua không?" → "Do you
see the game last night?"; and back, "My team lost 2-1." → "Nhóm của tôi mất 2-1." (went missing), "Which team won?" →
"Cuộc chiến nào sẽ giành được được sự tham gia của mình?", "Vietnam drew with Thailand 1-1." → "Việt Nam rút lui với
Thái Lan 1-1." (withdrew), "What's the score?" → "Điểm này là gì?", "Did you watch the match last night?" → "Bạn có
đồng hồ khớp tối qua không?" (a clock), "There's a football match tonight." → "Có một trận cầu bóng đá tối nay.", "How
was the match?" → "Khớp là gì?".

Taken: a result ("thắng", "thua", "hòa", "đánh bại"; "won", "beat", "lost", "drew" …) with whom or the match, a score
kept as its digits ("2-1", "2–1") and a day, said, denied or asked; who won or lost, asked ("Ai thắng?", "Đội nào
thắng?"); the score, said or asked; watching the match ("xem trận đấu"), said or asked; how the match was; a match
there is, or none, on a day ("Tối nay có trận bóng đá."), between two countries. Who is a team ("đội tôi", "my team",
"hai đội"), a country or a place by its name (mt.people.named_place; "Anh", England or "you", is left to the model), or
who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); the sport one of SPORTS; the day one that
mt.free_time.when reads. English says a result in the past unless "sẽ" or a day ahead says otherwise; watching on a day
of today without "sẽ" or "đã" is planned ("Tối nay tôi xem trận đấu." → "I'm watching the match tonight."). Anything
else is left to the model: "thắng 2-0 trước Thái Lan", "thắng cuộc", "xem bóng đá" (no "trận"), "chưa" asked, a score
or a result asked of a match by its teams ("trận Việt Nam – Thái Lan"). mt.phrasebook.translate tries these after
mt/chores.py.

    >>> translate("Đội tôi thua 2-1.", "vi", "en"), translate("Which team won?", "en", "vi")
    ('My team lost 2-1.', 'Đội nào thắng?')
"""
from __future__ import annotations

import re
from string import ascii_uppercase

from .articles import a_or_an
from .dates import AHEAD
from .ever import OBJECTS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import ACTIVITIES, SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .people import COUNTRIES_VI, named_place
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI
from .text import EN_OBJECT_VI, SOFTENER_NHE, alternatives, be, be_said, capitalised, contracted, keyed, strip_marks

# the sports a match is of: the games played of mt.hobbies.ACTIVITIES ("chơi bóng đá": "playing football"; not "đá
# bóng", "trận đá bóng" is not said), and volleyball
SPORTS = {vi.removeprefix("chơi "): en.removeprefix("playing ") for vi, en in ACTIVITIES.items()
          if vi.startswith("chơi ") and en.removeprefix("playing ") in ("football", "basketball", "badminton", "tennis")
          } | {"bóng chuyền": "volleyball"}
SPORTS_VI = {en: vi for vi, en in reversed(SPORTS.items())} | {"soccer": "bóng đá"}
_SPORT, _SPORT_EN = rf"(?P<sport>(?i:{alternatives(SPORTS)}))", rf"(?P<sport>(?i:{alternatives(SPORTS_VI)}))"
# the two sides together
_BOTH = {"hai đội": "the two teams", "cả hai đội": "both teams"}
_BOTH_VI = {en: vi for vi, en in _BOTH.items()}
# a result in Vietnamese and the English verb ("thắng" with whom: "beat"); English's and their forms (base, past,
# "-ing"), and the Vietnamese ("beat" as "thắng": "Việt Nam thắng Thái Lan 2-0.")
_RESULTS = {"thắng": "win", "thua": "lose", "hòa": "draw", "hoà": "draw", "đánh bại": "beat"}
_FORMS = {"win": ("won", "winning"), "beat": ("beat", "beating"), "lose": ("lost", "losing"),
          "draw": ("drew", "drawing"), "watch": ("watched", "watching"), "defeat": ("defeated", "defeating"),
          "tie": ("tied", "tying")}
_BASE_OF = {said: base for base, forms in _FORMS.items() for said in (base, *forms)}
_RESULTS_VI = {"win": "thắng", "beat": "thắng", "defeat": "đánh bại", "lose": "thua", "draw": "hòa", "tie": "hòa",
               "watch": "xem"}
# the word before whom in English, by the verb ("lost to Thailand", "drew with", "beat" none)
_BEFORE_WHOM = {"win": {"against"}, "beat": {""}, "defeat": {""}, "lose": {"to", "against"},
                "draw": {"with", "against"}, "tie": {"with", "against"}}
_SCORE = r"(?P<score>\d{1,2}\s*[-–]\s*\d{1,2})"
_SCORE0 = _SCORE.replace("score", "score0")  # (English says it before "to" too: "lost 2-1 to Thailand")
# a place by its name, up to three words opening with a capital ("Việt Nam", "Ấn Độ"), as mt.people.named_place reads
# it (not "rồi" in "Chúng tôi thắng rồi.")
# the capitals a name of a place or a team opens with (Latin letters, with Vietnamese marks or not)
CAPITALS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and strip_marks(c) in ascii_uppercase)
_NAME = rf"(?=[{CAPITALS}])[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}?"
_NAME_EN = r"(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
# the match ("trận đấu", "trận bóng đá"; "the match", "the football game")
_MATCH = rf"(?P<match>[Tt]rận(?:\s+đấu)?(?:\s+{_SPORT})?)"
_MATCH_EN = rf"(?P<match>the\s+(?:{_SPORT_EN}\s+)?(?:match|game))"
# who: a team, both, someone (mt.hobbies.WHO), a country or a place by its name ("đội tuyển Việt Nam": Vietnam) …
_SIDE = (rf"(?:[Đđ]ội\s+(?:của\s+)?(?P<ours>(?i:{alternatives(OWNERS)}))|(?P<both>(?i:{alternatives(_BOTH)}))|{WHO}|"
         rf"(?:[Đđ]ội\s+(?:tuyển\s+)?)?(?P<place>{_NAME}))")
_SIDE_EN = (rf"(?:(?P<ours>(?i:{alternatives(WHOSE_VI)}))\s+team|(?P<both>(?i:{alternatives(_BOTH_VI)}))|{WHO_EN}|"
            rf"(?P<place>{_NAME_EN}))")
# ... and whom (mt.ever.OBJECTS: "thắng họ", beat them)
_OTHER = (rf"(?:[Đđ]ội\s+(?:của\s+)?(?P<theirs>(?i:{alternatives(OWNERS)}))|(?P<whom>(?i:{alternatives(OBJECTS)}))|"
          rf"(?P<someone>{SOMEONE})|(?:[Đđ]ội\s+(?:tuyển\s+)?)?(?P<place2>{_NAME}))")
_OTHER_EN = (rf"(?:(?P<theirs>(?i:{alternatives(WHOSE_VI)}))\s+team|(?P<whom>{alternatives(EN_OBJECT_VI)})|"
             rf"(?P<someone>{SOMEONE_EN})|(?P<place2>{_NAME_EN}))")
# "có", "không", "đã", "sẽ", "đang", "vừa" around the verb, and "rồi", "không?" after it
_MARKS = (r"(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<aux>đã|sẽ|đang|vừa\s+mới|vừa|mới)\s+)?"
          r"(?:(?P<not2>không)\s+)?")
_ASKED = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?{SOFTENER_NHE}\s*(?P<end>[.!?]*)"
# "did", "will", "am" … before or after who in English, "not", "going to" and "just"
_AUX0_EN = r"(?:(?P<aux0>Did|Will|Is|Are|Am)\s+)?"
_AUX_EN = (r"(?P<aux>\s+(?:did|will)(?:\s+not)?|\s+(?:didn|won)['’]t|['’]ll|(?:\s+(?:am|are|is)|['’](?:m|re|s))"
           r"(?:\s+not)?|\s+(?:isn|aren)['’]t)?(?:\s+(?P<going>going\s+to)|\s+(?P<just>just))?")

# a result: "Đội tôi thua 2-1.", "Việt Nam thắng Thái Lan 2-0.", "Liệu chúng ta có thắng không?"
_RESULT = lazy(rf"{DAY_OPENING}(?:(?P<maybe>[Ll]iệu)\s+)?{_SIDE}\s+{_MARKS}(?P<verb>{alternatives(_RESULTS)})"
               rf"(?:\s+(?P<with>với\s+)?{_OTHER}|\s+{_MATCH})?(?:\s+(?:với\s+t[ỉỷ]\s+số\s+)?{_SCORE})?"
               rf"{DAY_AFTER}{_ASKED}")
_RESULT_EN = lazy(rf"{_AUX0_EN}{_SIDE_EN}{_AUX_EN}\s+(?P<verb>(?i:{alternatives(_BASE_OF)}))"
                  rf"(?:\s+{_SCORE0})?(?:\s+(?:(?P<prep>to|with|against)\s+)?{_OTHER_EN}|\s+{_MATCH_EN})?"
                  rf"(?:\s+{_SCORE})?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# who won, asked: "Ai thắng?", "Đội nào thắng trận đấu tối qua?"
_WHO_WON = lazy(rf"{DAY_OPENING}(?P<which>[Aa]i|[Đđ]ội\s+nào)\s+(?:(?P<aux>đã|sẽ|đang)\s+)?(?P<verb>thắng|thua)"
                rf"(?:\s+{_MATCH})?{DAY_AFTER}{SOFTENER_NHE}\s*\?+")
_WHO_WON_EN = lazy(rf"(?P<which>Who|Which\s+team)(?P<aux>\s+will|\s+is|['’]s)?\s+(?P<verb>won|lost|win|lose|"
                   rf"winning|losing)(?:\s+{_MATCH_EN})?{DAY_AFTER_EN}\s*\?+")
# the score, said or asked: "Tỉ số là bao nhiêu?", "Tỉ số cuối cùng là 2-1."
_SCORE_VI = lazy(rf"[Tt][ỉỷ]\s+số(?:\s+(?P<final>cuối\s+cùng))?\s+(?:là\s+)?(?:(?P<what>bao\s+nhiêu|mấy\s*[-–]\s*"
                 rf"mấy|thế\s+nào)(?:\s+(?:vậy|thế|rồi))?\s*\?+|{_SCORE}\s*(?P<end>[.!]*))")
_SCORE_EN = lazy(rf"(?:(?P<what>What)(?P<be0>['’]s|\s+is|\s+was)\s+the\s+(?P<final>final\s+)?score\s*\?+|"
                 rf"The\s+(?P<final2>final\s+)?score\s+(?P<be>is|was)\s+{_SCORE}\s*(?P<end>[.!]*))")
# watching the match: "Bạn có xem trận đấu tối qua không?", "I watched the football match last night."
_WATCHED = lazy(rf"{DAY_OPENING}{WHO}\s+{_MARKS}xem\s+{_MATCH}{DAY_AFTER}{_ASKED}")
_WATCHED_EN = lazy(rf"{_AUX0_EN}{WHO_EN}{_AUX_EN}\s+(?P<verb>watch|watched|watching)\s+{_MATCH_EN}{DAY_AFTER_EN}"
                   r"\s*(?P<end>[.!?]*)")
# how the match was: "Trận đấu tối qua thế nào?"
_HOW = lazy(rf"{_MATCH}{DAY_AFTER}\s+(?:thế\s+nào|ra\s+sao)(?:\s+(?:vậy|thế))?\s*\?+")
_HOW_EN = lazy(rf"How\s+was\s+{_MATCH_EN}{DAY_AFTER_EN}\s*\?+")
# a match there is: "Tối nay có trận bóng đá.", "Ngày mai có trận đấu không?", "… giữa Việt Nam và Thái Lan"
_BETWEEN = rf"(?:\s+giữa\s+(?P<one>{_NAME})\s+và\s+(?P<two>{_NAME}))?"
_THERE = lazy(rf"{DAY_OPENING}(?:(?P<not>[Kk]hông)\s+|(?P<will>[Ss]ẽ)\s+)?(?:[Cc]ó)\s+(?:một\s+)?{_MATCH}"
              rf"(?(not)(?:\s+nào)?){_BETWEEN}{DAY_AFTER}(?:\s+(?P<asked>không))?{SOFTENER_NHE}"
              r"\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(rf"(?:There(?P<be>['’]s|\s+is|\s+was|\s+will\s+be)|(?P<be0>Is|Was)\s+there|"
                 rf"(?P<will0>Will)\s+there\s+be)\s+(?:an?|(?P<no>no))\s+(?:{_SPORT_EN}\s+)?(?:match|game)"
                 rf"(?:\s+on)?(?:\s+between\s+(?P<one>{_NAME_EN})\s+and\s+(?P<two>{_NAME_EN}))?{DAY_AFTER_EN}"
                 r"\s*(?P<end>[.!?]*)")
# a day of today, in which one may watch a match or have watched it: "Tối nay tôi xem trận đấu." is planned
_TODAY = lazy(r"today|tonight|this\s+(?:morning|afternoon|evening)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who won, lost or drew a match, the score, whether someone
    watched it, how it was, or that there is one; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _who_won(text) or _score(text) or _how(text) or _there(text) or _watched(text) or _result(text)
    if (src, tgt) == ("en", "vi"):
        return (_who_won_vi(text) or _score_vi(text) or _how_vi(text) or _there_vi(text) or _watched_vi(text)
                or _result_vi(text))
    return None


def _place(said: str, src: str) -> str | None:
    """A country or a place by its name as a side, in the other language ("Việt Nam": "Vietnam", "the US": "Mỹ");
    None for anything else, and for "Anh" (England, the UK or "you")."""
    if src == "en" and keyed(said).startswith("the "):  # (mt.people.named_place takes a name with a capital)
        return COUNTRIES_VI.get(f"the {said[4:]}")
    return None if keyed(said) == "anh" else named_place(said, src)


def _side(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of _SIDE in English, and "is", "am" or "are" after them ("đội tôi": ("my team", "is"), "hai
    đội": ("the two teams", "are")); None for one not known, and for "anh" … not asking (mt.hobbies.who)."""
    if m["ours"]:
        return f"{OWNERS[keyed(m['ours'])]} team", "is"
    if m["both"]:
        return _BOTH[keyed(m["both"])], "are"
    if m["place"]:
        return (said, "is") if (said := _place(m["place"], "vi")) else None
    said = who(m, asked)
    return (said[0], be(said[0])) if said else None


def _other(m: re.Match) -> str | None:
    """Whom of a match of _OTHER in English ("họ": "them", "đội bạn": "your team", "Thái Lan": "Thailand"); "" for
    none, None for one not known."""
    if m["theirs"]:
        return f"{OWNERS[keyed(m['theirs'])]} team"
    if m["whom"]:
        return OBJECTS.get(keyed(m["whom"]))
    if m["someone"]:
        return someone(m["someone"], "vi")
    return _place(m["place2"], "vi") if m["place2"] else ""


def _match(m: re.Match, lang: str) -> str:
    """The match of a match of _MATCH (`lang` "vi") in English, or of _MATCH_EN ("en") in Vietnamese: "trận bóng đá"
    as "the football match", "the game" as "trận đấu"; "" for none."""
    if not m["match"]:
        return ""
    if lang == "vi":
        return f"the {SPORTS[keyed(m['sport'])]} match" if m["sport"] else "the match"
    return f"trận {SPORTS_VI[keyed(m['sport'])]}" if m["sport"] else "trận đấu"


def _tense(aux: str | None, done: bool, day: str) -> str | None:
    """The English tense of a Vietnamese result or watching, by "sẽ", "đang", "vừa", "đã" or "rồi" and the day (in
    English): "will" for "sẽ" or a day ahead ("Ngày mai chúng tôi thắng."), "ing" for "đang", "just" for "vừa",
    "past" otherwise ("Đội tôi thua 2-1."); None where they disagree ("sẽ" and "hôm qua")."""
    aux = keyed(aux or "")
    ahead, behind = bool(AHEAD.match(day)), bool(BEHIND.match(day))
    if aux == "sẽ":
        return None if behind or done else "will"
    if aux in ("đang", "vừa", "mới", "vừa mới"):
        return None if day or done else "ing" if aux == "đang" else "just"
    if aux == "đã" or done:
        return None if ahead else "past"
    return "will" if ahead else "past"


def _said(who_: str, be_: str, said: tuple[str, bool, bool], verb: str, rest: str, end: str) -> str | None:
    """A result or watching in English, by who, "is" after them, the tense, whether denied and asked (`said`), the
    verb's base and what follows it: "My team lost 2-1.", "We'll win tomorrow.", "Did you watch the match last
    night?", "I'm not watching the match tonight."; None for one English does not say so ("just" asked or denied)."""
    tense, not_, asked = said
    past, ing = _FORMS[verb]
    if asked:
        if tense == "just":
            return None
        if tense == "ing":
            return f"{be_.capitalize()} {who_} {ing}{rest}?"
        return f"{'Will' if tense == 'will' else 'Did'} {who_} {verb}{rest}?"
    if not_ and tense == "just":
        return None
    if tense == "will":
        return capitalised(f"{who_} won't {verb}{rest}" if not_ else contracted(who_, f"will {verb}{rest}")) + end
    if tense == "ing":
        return capitalised(contracted(who_, f"{be_}{' not' * not_} {ing}{rest}")) + end
    done = f"didn't {verb}" if not_ else f"just {past}" if tense == "just" else past
    return capitalised(f"{who_} {done}{rest}") + end


def _question(m: re.Match) -> bool | None:
    """Whether a match of _RESULT or _WATCHED asks ("có … không?", "sẽ … không?", "Liệu … có … không?"); None where
    "có", "không", "rồi" and "?" do not agree, or "không" is said twice."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["not"] and m["not2"] or asked and (m["not"] or m["not2"] or m["done"]):
        return None
    maybe = m.groupdict().get("maybe")
    if bool(m["ask"]) > asked or maybe and not m["ask"] or asked and not (m["ask"] or keyed(m["aux"] or "") == "sẽ"):
        return None
    return asked


def _result(text: str) -> str | None:
    """"Đội tôi thua 2-1." as "My team lost 2-1.", "Việt Nam thắng Thái Lan 2-0." as "Vietnam beat Thailand 2-0.",
    "Hai đội hòa 1-1." as "The two teams drew 1-1.", "Đội bạn có thắng không?" as "Did your team win?", "Chúng tôi
    thắng rồi." as "We won." (_RESULT); None for anything else."""
    m = _RESULT.fullmatch(text)
    if not m or (asked := _question(m)) is None or m["day0"] and m["day"]:
        return None
    verb = _RESULTS[keyed(m["verb"])]
    if (side := _side(m, asked)) is None or (other := _other(m)) is None or m["with"] and verb != "draw":
        return None
    if verb == "win" and other:
        verb = "beat"  # ("Việt Nam thắng Thái Lan": beat Thailand)
    if verb == "beat" and not other or (day := when(m["day0"] or m["day"], "vi")) is None:
        return None
    tense = _tense(m["aux"], bool(m["done"]), day)
    if m["maybe"] and tense == "past" and not m["aux"] and not BEHIND.match(day):
        tense = "will"  # ("Bạn có thắng không?" asks what is done, "Liệu bạn có thắng không?" what will be)
    if tense is None or m["maybe"] and tense != "will" or tense == "ing" and (m["not"] or m["not2"]):
        return None
    before = {"lose": "to ", "draw": "with "}.get(verb, "") if other else ""
    rest = "".join(f" {w}" for w in (before + other, _match(m, "vi"), _scored(m["score"]), day) if w)
    return _said(*side, (tense, bool(m["not"] or m["not2"]), asked), verb, rest, m["end"] or ".")


def _scored(said: str | None) -> str:
    """A score as written, without spaces ("2 - 1": "2-1"); "" for none."""
    return re.sub(r"\s+", "", said or "")


def _who_won(text: str) -> str | None:
    """"Ai thắng?" as "Who won?", "Đội nào thắng trận đấu tối qua?" as "Which team won the match last night?", "Ai
    đang thắng?" as "Who's winning?" (_WHO_WON); None for anything else."""
    m = _WHO_WON.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := when(m["day0"] or m["day"], "vi")) is None:
        return None
    tense = _tense(m["aux"], False, day)
    if tense is None:
        return None
    which = "Who" if keyed(m["which"]) == "ai" else "Which team"
    verb = _RESULTS[keyed(m["verb"])]
    rest = "".join(f" {w}" for w in (_match(m, "vi"), day) if w)
    if tense == "ing":  # ("Ai đang thắng?": "Who's winning?")
        is_ = "Who's" if which == "Who" else "Which team is"
        return f"{is_} {_FORMS[verb][1]}{rest}?"
    return f"{which} will {verb}{rest}?" if tense == "will" else f"{which} {_FORMS[verb][0]}{rest}?"


def _score(text: str) -> str | None:
    """"Tỉ số là bao nhiêu?" as "What's the score?", "Tỉ số cuối cùng là 2-1." as "The final score was 2-1."
    (_SCORE_VI); None for anything else."""
    m = _SCORE_VI.fullmatch(text)
    if not m:
        return None
    if m["what"]:
        return "What was the final score?" if m["final"] else "What's the score?"
    return f"The final score was {_scored(m['score'])}{m['end'] or '.'}" if m["final"] else (
        f"The score is {_scored(m['score'])}{m['end'] or '.'}")


def _how(text: str) -> str | None:
    """"Trận đấu tối qua thế nào?" as "How was the match last night?" (_HOW); None for anything else, and for a day
    ahead."""
    m = _HOW.fullmatch(text)
    day = when(m["day"], "vi") if m else None
    if day is None or AHEAD.match(day):
        return None
    return f"How was {_match(m, 'vi')}{' ' * bool(day)}{day}?"


def _there(text: str) -> str | None:
    """"Tối nay có trận bóng đá." as "There's a football match tonight.", "Ngày mai có trận đấu không?" as "Is there a
    match tomorrow?", "Hôm qua không có trận đấu nào." as "There was no match yesterday." (_THERE); None for anything
    else."""
    m = _THERE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or m["day0"] and m["day"]:
        return None
    day = when(m["day0"] or m["day"], "vi")
    if day is None or m["will"] and BEHIND.match(day) or m["one"] and not (
            (one := _place(m["one"], "vi")) and (two := _place(m["two"], "vi"))):
        return None
    thing = f"{SPORTS[keyed(m['sport'])]} match" if m["sport"] else "match"
    rest = f"{thing}{f' between {one} and {two}' if m['one'] else ''}{' ' * bool(day)}{day}"
    was = bool(BEHIND.match(day))
    if asked:
        return f"{'Was there' if was else 'Will there be' if m['will'] else 'Is there'} {a_or_an(thing)} {rest}?"
    there = "There was" if was else "There will be" if m["will"] else "There's"
    return f"{there} {'no' if m['not'] else a_or_an(thing)} {rest}{m['end'] or '.'}"


def _watched(text: str) -> str | None:
    """"Bạn có xem trận đấu tối qua không?" as "Did you watch the match last night?", "Tối qua tôi xem trận bóng rổ."
    as "I watched the basketball match last night.", "Bạn có xem trận đấu tối nay không?" as "Are you watching the
    match tonight?" (_WATCHED); None for anything else."""
    m = _WATCHED.fullmatch(text)
    if not m or (asked := _question(m)) is None or m["day0"] and m["day"] or not (said := who(m, asked)):
        return None
    day = when(m["day0"] or m["day"], "vi")
    tense = _tense(m["aux"], bool(m["done"]), day) if day is not None else None
    if tense is None:
        return None
    if tense == "past" and not (m["aux"] or m["done"]) and _TODAY.match(day):
        tense = "ing"  # (a day of today, without "đã" or "sẽ": planned, "I'm watching the match tonight.")
    rest = "".join(f" {w}" for w in (_match(m, "vi"), day) if w)
    return _said(said[0], be(said[0]), (tense, bool(m["not"] or m["not2"]), asked), "watch", rest, m["end"] or ".")


def _tense_en(m: re.Match, bes: tuple[str, ...]) -> tuple[str, bool, bool] | None:
    """The tense of a match of _RESULT_EN or _WATCHED_EN by its "did", "will", "am" …, "going to" and "just" ("past",
    "will", "ing" or "just"), whether it is denied and whether asked; None where they do not agree with each other,
    with who (`bes`: "is", "am" or "are" after them), the verb's form or the day ("We won tomorrow.")."""
    aux0 = (m["aux0"] or "").lower()
    aux = keyed((m["aux"] or "").replace("’", "'"))
    not_ = aux.endswith((" not", "n't"))
    aux = {"wo": "will", "'ll": "will", "isn": "is", "aren": "are"}.get(word := aux.removesuffix(" not").removesuffix(
        "n't"), be_said(word) if word.startswith("'") else word)
    asked = bool(aux0)
    said = aux0 or aux
    if asked != ("?" in m["end"]) or asked and (aux or not_) or m["just"] and said or (
            m["going"] and said not in ("am", "is", "are")) or said in ("am", "is", "are") and said not in bes:
        return None
    tense = ("will" if said == "will" or m["going"] else "ing" if said in ("am", "is", "are") else
             "just" if m["just"] else "past")
    base = _BASE_OF[m["verb"].lower()]
    past, ing = _FORMS[base]
    form = ing if tense == "ing" else past if tense == "just" or tense == "past" and not (said or asked) else base
    day = keyed(m["day"] or "")
    if m["verb"].lower() != form or tense == "past" and AHEAD.match(day) or tense == "will" and BEHIND.match(day) or (
            tense == "just" and day) or tense == "ing" and day and not (base == "watch" and _TODAY.match(day)):
        return None  # ("I'm watching the match tonight.": planned)
    return tense, not_, asked


def _said_vi(who_: str, said: tuple[str, bool, bool], verb: str, day: str, end: str) -> str | None:
    """A result or watching in Vietnamese, by who, the tense, whether denied and asked (`said`), the verb and what
    follows it, and the day: "Đội tôi thua 2-1.", "Ngày mai chúng tôi sẽ thắng.", "Tối qua bạn có xem trận đấu
    không?", "Liệu Việt Nam có thắng không?"; None for one Vietnamese does not say so ("đang", "vừa" denied)."""
    tense, not_, asked = said
    if tense == "ing" and day:  # (planned for a day of today: "Tối nay tôi xem trận đấu.")
        tense = "past"
    if asked:
        if tense == "will" and not day:
            return f"Liệu {who_} có {verb} không?"
        return placed(f"{who_} có {'đang ' * (tense == 'ing')}{verb}", day, " không?")
    if not_ and tense in ("ing", "just"):
        return None
    mark = {"past": "", "will": "sẽ ", "ing": "đang ", "just": "vừa "}[tense]
    return placed(f"{who_} {mark}{'không ' * not_}{verb}", day, end)


def _side_vi(m: re.Match) -> tuple[str, tuple[str, ...]] | None:
    """Who of a match of _SIDE_EN in Vietnamese, and "is", "am" or "are" after them in English ("my team": ("đội
    tôi", ("is", "are")): British English says a team "are"; "we": ("chúng tôi", ("are",))); None for a place not
    known."""
    if m["ours"]:
        return f"đội {WHOSE_VI[m['ours'].lower()]}", ("is", "are")
    if m["both"]:
        return _BOTH_VI[keyed(m["both"])], ("are",)
    if m["place"]:
        return (said, ("is", "are")) if (said := _place(m["place"], "en")) else None
    said, one = who_vi(m)
    return said, (be_of(said, one),)


def _other_vi(m: re.Match) -> str | None:
    """Whom of a match of _OTHER_EN in Vietnamese ("them": "họ", "your team": "đội bạn", "Thailand": "Thái Lan"); ""
    for none, None for one not known."""
    if m["theirs"]:
        return f"đội {WHOSE_VI[m['theirs'].lower()]}"
    if m["whom"]:
        return EN_OBJECT_VI[m["whom"]]
    if m["someone"]:
        return someone(m["someone"], "en")
    return _place(m["place2"], "en") if m["place2"] else ""


def _result_vi(text: str) -> str | None:
    """"My team lost 2-1." as "Đội tôi thua 2-1.", "Vietnam beat Thailand 2-0." as "Việt Nam thắng Thái Lan 2-0.",
    "Thailand lost 2-0 to Vietnam." as "Thái Lan thua Việt Nam 2-0.", "Did your team win?" as "Đội bạn có thắng
    không?", "We'll win tomorrow." as "Ngày mai chúng tôi sẽ thắng." (_RESULT_EN); None for anything else."""
    m = _RESULT_EN.fullmatch(text)
    if not m or _BASE_OF[m["verb"].lower()] == "watch" or m["score0"] and m["score"] or (side := _side_vi(m)) is None:
        return None
    who_, bes = side
    said = _tense_en(m, bes)
    base = _BASE_OF[m["verb"].lower()]
    other = _other_vi(m)
    if said is None or other is None or (m["prep"] or "") not in (_BEFORE_WHOM[base] if other else {""}) or (
            base in ("beat", "defeat") and not other) or (day := when(m["day"], "en")) is None:
        return None
    rest = "".join(f" {w}" for w in (other, _match(m, "en"), _scored(m["score0"] or m["score"])) if w)
    return _said_vi(who_, said, f"{_RESULTS_VI[base]}{rest}", day, m["end"] or ".")


def _who_won_vi(text: str) -> str | None:
    """"Who won?" as "Ai thắng?", "Which team won the match last night?" as "Tối qua đội nào thắng trận đấu?",
    "Who's winning?" as "Ai đang thắng?" (_WHO_WON_EN); None for anything else."""
    m = _WHO_WON_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en")) is None:
        return None
    aux = keyed((m["aux"] or "").replace("’", "'"))
    tense = "will" if aux == "will" else "ing" if aux else "past"
    base = _BASE_OF[m["verb"]]
    past, ing = _FORMS[base]
    said = keyed(m["day"] or "")
    if m["verb"] != {"will": base, "ing": ing, "past": past}[tense] or tense == "past" and AHEAD.match(said) or (
            tense == "will" and BEHIND.match(said) or tense == "ing" and said):
        return None
    which = "ai" if m["which"] == "Who" else "đội nào"
    mark = {"past": "", "will": "sẽ ", "ing": "đang "}[tense]
    match = f" {_match(m, 'en')}" if m["match"] else ""
    return placed(f"{which} {mark}{_RESULTS_VI[base]}{match}", day, "?")


def _score_vi(text: str) -> str | None:
    """"What's the score?" as "Tỉ số là bao nhiêu?", "The final score was 2-1." as "Tỉ số cuối cùng là 2-1."
    (_SCORE_EN); None for anything else."""
    m = _SCORE_EN.fullmatch(text)
    if not m:
        return None
    final = " cuối cùng" if m["final"] or m["final2"] else ""
    return f"Tỉ số{final} là bao nhiêu?" if m["what"] else f"Tỉ số{final} là {_scored(m['score'])}{m['end'] or '.'}"


def _how_vi(text: str) -> str | None:
    """"How was the match last night?" as "Trận đấu tối qua thế nào?" (_HOW_EN); None for anything else, and for a
    day ahead."""
    m = _HOW_EN.fullmatch(text)
    day = when(m["day"], "en") if m else None
    if day is None or AHEAD.match(keyed(m["day"] or "")):
        return None
    return f"{capitalised(_match(m, 'en'))}{' ' * bool(day)}{day} thế nào?"


def _there_vi(text: str) -> str | None:
    """"There's a football match tonight." as "Tối nay có trận bóng đá.", "Is there a match tomorrow?" as "Ngày mai
    có trận đấu không?", "There was no match yesterday." as "Hôm qua không có trận đấu nào." (_THERE_EN); None for
    anything else."""
    m = _THERE_EN.fullmatch(text)
    asked = bool(m and (m["be0"] or m["will0"]))
    if not m or asked != ("?" in m["end"]) or asked and m["no"] or (day := when(m["day"], "en")) is None:
        return None
    said = keyed(m["day"] or "")
    was, will = keyed(m["be0"] or m["be"] or "") == "was", bool(m["will0"] or "will" in (m["be"] or ""))
    if was and AHEAD.match(said) or not was and BEHIND.match(said):
        return None
    if m["one"] and not ((one := _place(m["one"], "en")) and (two := _place(m["two"], "en"))):
        return None
    match = f"trận {SPORTS_VI[keyed(m['sport'])]}" if m["sport"] else "trận đấu"
    between = f" giữa {one} và {two}" if m["one"] else ""
    if asked:
        return placed(f"{'sẽ ' * will}có {match}{between}", day, " không?")
    said = f"{'sẽ ' * will}không có {match} nào{between}" if m["no"] else f"{'sẽ ' * will}có {match}{between}"
    return placed(said, day, m["end"] or ".")


def _watched_vi(text: str) -> str | None:
    """"Did you watch the match last night?" as "Tối qua bạn có xem trận đấu không?", "I watched the basketball game
    last night." as "Tối qua tôi xem trận bóng rổ." (_WATCHED_EN); None for anything else, and where "is", "am" or
    "are" does not agree with who."""
    m = _WATCHED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said = _tense_en(m, (be_of(who_, one),))
    if said is None or (day := when(m["day"], "en")) is None:
        return None
    return _said_vi(who_, said, f"xem {_match(m, 'en')}", day, m["end"] or ".")
