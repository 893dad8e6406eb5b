"""Children's bedtimes, both ways, written whole by rule. v8 (rules on) reads "lúc mấy giờ" as hours, "quá giờ" (past
the time) as time, "không chịu" (won't) as not, "cho con đi ngủ" as going to bed oneself, "dỗ" (coax) as tempting:
"Bọn trẻ nhà bạn đi ngủ lúc mấy giờ?" → "How many hours of your homes go to bed?", "Mấy giờ bọn trẻ đi ngủ?" → "Do you
go to bed?", "Quá giờ đi ngủ rồi." → "It's time for bed.", "Bọn trẻ đã ngủ rồi." → "The children had sleeped.", "Em bé
ngủ chưa?" → "Have you slept yet?", "Thằng bé không chịu đi ngủ." → "The boy doesn't stand to bed.", "Tôi cho con đi
ngủ lúc 8 giờ." → "I went to bed at 8:00.", "Tôi đang dỗ con ngủ." → "I'm tempting to sleep.", "Tối nào tôi cũng kể
chuyện cho con trước khi ngủ." → "I always told my child before sleeping."; and back, "What time do your kids go to
bed?" → "Con bạn đi ngủ là gì?", "The kids go to bed at 9." → "Trẻ đi ngủ lúc 9 tuổi." (aged 9), "Time for bed!" →
"Thời gian ngủ!", "Are the kids in bed yet?" → "Trẻ em vẫn chưa ngủ được?", "He needs a bedtime story." → "Anh ấy cần
một câu chuyện về giờ ngủ." (about bedtime), "I put the kids to bed at 8." → "Tôi đặt trẻ ngủ vào lúc 8 giờ." (placed).

Taken: the kids (KIDS: "bọn trẻ", "em bé", mt.getting_lost.CHILDREN, "bọn trẻ nhà bạn"; "the kids", "your kids" as
"con bạn") going to bed at a time (mt.dates.clock), early or late, said or asked ("What's the kids' bedtime?"); past
bedtime, time for bed ("Quá giờ đi ngủ của con rồi.", "Time for bed!"); the kids or who (mt.hobbies.WHO, WHO_EN; not
I, you, we) already asleep, in bed or gone to bed, or asked "yet"; not going to sleep ("không chịu ngủ", "won't go to
sleep", "wouldn't … last night"); a bedtime story needed or wanted, and told or read to the kids (every night); who
puts the kids to bed (at a time, early; now, will, usually), and is getting them to sleep ("đang dỗ"). Left: kin's and
grown-ups' bedtimes ("Con bạn đi ngủ lúc mấy giờ?", "What time does your son go to bed?": mt/routines.py), "con",
"bé", "các con" alone as subject (the kids, or "you" to a child?), "The kids are asleep." (an earlier rule's),
"asleep" or "in bed" without "already" (ill in bed?), how one sleeps (mt/sleep.py), waking (mt/waking.py), naps
(mt/naps.py), crying (mt/crying.py), looking after the kids (mt/childcare.py), "Đi ngủ thôi!" (v8 writes it well).
mt.phrasebook.translate tries these after mt/pocket_money.py.

    >>> translate("Bọn trẻ nhà bạn đi ngủ lúc mấy giờ?", "vi", "en"), translate("It's past your bedtime.", "en", "vi")
    ('What time do your kids go to bed?', 'Quá giờ đi ngủ của con rồi.')
"""
from __future__ import annotations

import re

from . import dates
from . import text as _text
from .getting_lost import CHILDREN, CHILDREN_VI
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENER, alternatives, be, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngủ|giường)"), "en": lazy(r"(?i:\bbed|asleep|sleep)")}
# children not said by kin, the first Vietnamese of each written back ("bé", "con", "các con" alone may be "you")
KIDS = {"bọn trẻ": "the kids", "lũ trẻ": "the kids", "bọn nhỏ": "the kids", "tụi nhỏ": "the kids",
        "em bé": "the baby"} | {vi: en for vi, en in CHILDREN.items() if en != "the children"}
KIDS_VI = {"the kids": "bọn trẻ", "the children": "bọn trẻ", "the baby": "em bé"} | {
    en: vi for en, vi in CHILDREN_VI.items() if en not in ("the kids", "the children")}
_CON = {"con": "child", "con trai": "son", "con gái": "daughter"}  # whom with "con" ("con trai tôi"; "con": the kids)
_NOT_SAID_OF = {"I", "you", "we", "tôi", "bạn", "chúng tôi"}  # ("Bạn ngủ chưa?" may be "Are you still up?")

_OWNER = rf"(?i:{alternatives(OWNERS)})"
_KID = rf"(?P<kid>(?i:{alternatives(KIDS)}))(?:\s+(?:của|nhà)\s+(?P<kwhose>{_OWNER}))?"
_WHO_KID = rf"(?:{_KID}|{WHO})"
_WHOM = rf"(?:{_KID}|(?P<okin>(?i:{alternatives(_CON)}))(?:\s+(?:của\s+)?(?P<owhose>{_OWNER}))?)"
_SELDOM, _SELDOM_EN = alternatives(SELDOM), alternatives(SELDOM_VI)
_END, _ASKED = rf"{SOFTENER}\s*(?P<end>[.!]*)", _text.SOFTENED_QUESTION
_TIME = r"(?:(?:vào\s+)?lúc\s+(?P<time>[^.!?]+?)|(?P<early>sớm|muộn|trễ))"
# what time the kids go to bed ("Mấy giờ bọn trẻ đi ngủ?", "Giờ đi ngủ của bọn trẻ là mấy giờ?"), and that they do
_WHAT_TIME = [lazy(rf"(?:[Ll]úc\s+)?[Mm]ấy\s+giờ\s+{_KID}\s+(?:(?P<usually>thường)\s+)?đi\s+ngủ{_ASKED}"),
              lazy(rf"{_KID}\s+(?:(?P<usually>thường)\s+)?đi\s+ngủ\s+(?:vào\s+)?lúc\s+mấy\s+giờ{_ASKED}"),
              lazy(rf"[Gg]iờ\s+đi\s+ngủ\s+của\s+{_KID}\s+là\s+mấy\s+giờ{_ASKED}")]
_AT = lazy(rf"{_KID}\s+(?:(?P<usually>{_SELDOM})\s+)?đi\s+ngủ\s+{_TIME}(?:\s+(?P<daily>mỗi\s+tối))?{_END}")
# past bedtime, time for bed ("Quá giờ đi ngủ của con rồi.": said to a child, "your")
_BEDTIME = lazy(rf"(?:[Đđ]ã\s+)?(?P<word>[Qq]uá|[Đđ]ến)\s+giờ\s+(?:đi\s+)?ngủ(?:\s+của\s+(?:(?P<you>con|bạn)|{_KID}))?"
                rf"\s+rồi(?:\s+(?:đấy|đó))?{_END}")
# asleep, in bed or gone to bed already, or yet ("Bọn trẻ đã ngủ rồi.", "Em bé ngủ chưa?"); won't go to sleep
_DONE = lazy(rf"{_WHO_KID}\s+(?:đã\s+)?(?P<what>ngủ|đi\s+ngủ|lên\s+giường)\s+(?:rồi|(?P<yet>chưa))"
             rf"{SOFTENER}\s*(?P<end>[.!?]*)")
_WONT = lazy(rf"(?:(?P<night>[Tt]ối\s+qua|[Đđ]êm\s+qua)\s*,?\s+)?{_WHO_KID}\s+(?:(?P<still>vẫn|cứ)\s+)?không\s+chịu\s+"
             rf"(?P<bed>đi\s+)?ngủ{_END}")
# a bedtime story told, needed, wanted ("Tối nào tôi cũng kể chuyện cho con trước khi ngủ.")
_BEFORE_SLEEP = r"trước\s+khi\s+(?:đi\s+)?ngủ"
_TELL = lazy(rf"(?:(?P<every0>[Tt]ối\s+nào)\s+)?{WHO}\s+(?:(?P<also>cũng)\s+)?(?:(?P<usually>{_SELDOM})\s+)?"
             rf"(?P<verb>kể|đọc)\s+(?:chuyện|truyện)\s+cho\s+{_WHOM}(?:\s+nghe)?\s+{_BEFORE_SLEEP}"
             rf"(?:\s+(?P<every>mỗi\s+tối))?{_END}")
_NEED = lazy(rf"{_WHO_KID}\s+(?:(?P<ask>có)\s+)?(?P<verb>cần|muốn)\s+(?:được\s+(?:nghe\s+(?:kể\s+|đọc\s+)?|kể\s+)|"
             rf"nghe\s+(?:kể\s+|đọc\s+)?)(?:chuyện|truyện)\s+{_BEFORE_SLEEP}{_text.ASKED_END}")
# who puts the kids to bed, or is getting them to sleep ("Tôi cho bọn trẻ đi ngủ lúc 8 giờ.", "Tôi đang dỗ con ngủ.")
_PUT = lazy(rf"{WHO}\s+(?:(?P<tense>đang|đã|sẽ|{_SELDOM})\s+)?(?P<verb>cho|dỗ)\s+{_WHOM}\s+"
            rf"(?P<bed>đi\s+)?ngủ(?:\s+{_TIME})?{_END}")

# ... and in English
_KID_EN = (rf"(?:(?P<kid>(?i:{alternatives(KIDS_VI)}))|(?P<kwhose>(?i:{WHOSE_WORDS}))\s+(?P<own>kids|children|baby))")
_SUBJ_EN = rf"(?:{_KID_EN}|{WHO_EN})"
_IT_IS = r"(?:It['’]s|It\s+is)"
_END_EN = r"\s*(?P<end>[.!]*)"
_WHAT_TIME_EN = [lazy(rf"What\s+time\s+(?P<do>do|does)\s+{_KID_EN}\s+(?:(?P<usually>usually)\s+)?go\s+to\s+bed\s*\?+"),
                 lazy(rf"What(?:['’]s|\s+is|\s+time\s+is)\s+{_KID_EN}(?P<s>['’]s?)\s+bedtime\s*\?+")]
_AT_EN = lazy(rf"{_KID_EN}\s+(?:(?P<usually>{_SELDOM_EN})\s+)?(?P<go>go|goes)\s+to\s+bed\s+(?:at\s+"
              rf"(?P<time>[^.!?]+?)|(?P<early>early|late))(?:\s+(?P<daily>every\s+night))?{_END_EN}")
_BEDTIME_EN = [lazy(rf"{_IT_IS}\s+(?:(?P<already>already)\s+)?(?P<past>past)\s+(?:(?P<you>your)\s+|"
                    rf"{_KID_EN}(?P<s>['’]s?)\s+)?bedtime{_END_EN}"),
               lazy(rf"(?:{_IT_IS}\s+)?(?i:time)\s+(?:for\s+bed|to\s+go\s+to\s+bed)(?:\s+now)?{_END_EN}"),
               lazy(rf"{_IT_IS}\s+(?:(?P<you>your)\s+)?bedtime(?:\s+now)?{_END_EN}")]
_DONE_EN = [lazy(rf"{_SUBJ_EN}{_text.BE_EN}\s+already\s+(?P<what>asleep|in\s+bed){_END_EN}"),
            lazy(rf"{_SUBJ_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)\s+already\s+(?P<what>gone\s+to\s+bed){_END_EN}"),
            lazy(rf"(?P<be0>Is|Are|Has|Have)\s+{_SUBJ_EN}\s+(?P<what>asleep|in\s+bed|gone\s+to\s+bed)\s+yet\s*\?+")]
_WONT_EN = lazy(rf"{_SUBJ_EN}\s+(?:(?P<still>still)\s+)?(?P<wont>won['’]t|will\s+not|wouldn['’]t|would\s+not|"
                r"refuses?\s+to)\s+(?:go\s+to\s+(?P<bed>bed|sleep)|sleep)(?:\s+(?P<night>last\s+night))?"
                rf"{_END_EN}")
_TELL_EN = lazy(rf"(?:(?P<every0>Every\s+night),?\s+)?{WHO_EN}\s+(?:(?P<usually>{_SELDOM_EN})\s+)?"
                rf"(?P<verb>tells?|reads?)\s+{_KID_EN}\s+a\s+bedtime\s+story(?:\s+(?P<every>every\s+night))?"
                rf"{_END_EN}")
_NEED_EN = lazy(rf"(?:(?P<do>Does|Do)\s+)?{_SUBJ_EN}\s+(?P<verb>needs?|wants?)\s+a\s+bedtime\s+story\s*(?P<end>[.!?]*)")
_PUT_EN = lazy(rf"{WHO_EN}(?:{_text.BE_EN}\s+(?P<ing>putting|getting)|(?P<will>['’]ll|\s+will)\s+put|\s+(?:(?P<usually>"
               rf"{_SELDOM_EN})\s+)?(?P<verb>puts?))\s+{_KID_EN}\s+to\s+(?P<to>bed|sleep)"
               rf"(?:\s+(?:at\s+(?P<time>[^.!?]+?)|(?P<early>early)))?{_END_EN}")
_DAY_SAID = lazy(r"\b(?:nay|qua|mai|hôm|today|tonight|tomorrow|yesterday)\b")  # (a habit's time is any day's)

@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of children's bedtimes: when they go to bed, past bedtime, asleep or in bed, not
    going to sleep, a bedtime story, putting them to bed; None for any other."""
    if src == "vi":
        return _what_time(text) or _at(text) or _bedtime(text) or _done(text) or _wont(text) or _tell(text) or \
            _need(text) or _put(text)
    return _what_time_vi(text) or _at_vi(text) or _bedtime_vi(text) or _done_vi(text) or _wont_vi(text) or \
        _tell_vi(text) or _need_vi(text) or _put_vi(text)


def _kid(m: re.Match, asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _KID or WHO in English, and whether one: ("your kids", False) for "bọn trẻ nhà bạn", ("the
    baby", True), ("my son", True); None as mt.hobbies.who says."""
    if not m["kid"]:
        return who(m, asked)
    said = KIDS[keyed(m["kid"])]
    if m["kwhose"]:
        said = f"{OWNERS[keyed(m['kwhose'])]} {said.removeprefix('the ')}"
    return said, not said.endswith("kids")


def _whom(m: re.Match) -> str | None:
    """Whom of a match of _WHOM in English: "the kids" for "bọn trẻ" and "con" alone, "my son" for "con trai tôi";
    None for "con trai" without whose."""
    if m["kid"]:
        return _kid(m)[0]
    if m["owhose"]:
        return f"{OWNERS[keyed(m['owhose'])]} {_CON[keyed(m['okin'])]}"
    return "the kids" if keyed(m["okin"]) == "con" else None


def _kid_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _KID_EN or WHO_EN in Vietnamese, and whether one: ("bọn trẻ", False), ("con bạn", False) for
    "your kids", ("em bé", True); None for whose not agreeing ("the kids's", "the baby'": group s)."""
    kids = keyed(m["kid"] or m["own"] or "")
    if m.groupdict().get("s") and (m["s"] in ("'", "’")) != kids.endswith("s"):
        return None
    if m["kid"]:
        return KIDS_VI[kids], not kids.endswith(("kids", "children"))
    return (f"con {WHOSE_VI[m['kwhose'].lower()]}", kids == "baby") if m["kwhose"] else who_vi(m)


def _time(said: str | None, early: str | None, lang: str) -> str | None:
    """A bedtime in the other language: "at 9:00" for "lúc 9 giờ", "early" for "sớm", "lúc 9 giờ" for "at 9"; None for
    a time mt.dates.clock does not read whole, or of one day ("lúc 9 giờ tối nay")."""
    if early:
        return {"sớm": "early", "muộn": "late", "trễ": "late", "early": "sớm", "late": "muộn"}[keyed(early)]
    time = None if _DAY_SAID.search(said) else dates.clock(said, lang, "en" if lang == "vi" else "vi")
    return time and f"{'at' if lang == 'vi' else 'lúc'} {time}"


def _full_stop(said: str, end: str) -> str:
    """`said` ended as the source ended, with no second full stop after "p.m."."""
    return said if said.endswith(".") and stop(end) == "." else said + stop(end)


def _what_time(text: str) -> str | None:
    """"Bọn trẻ nhà bạn đi ngủ lúc mấy giờ?", "Mấy giờ bọn trẻ đi ngủ?" as "What time do your kids go to bed?"
    (_WHAT_TIME); None for anything else."""
    m = next((m for p in _WHAT_TIME if (m := p.fullmatch(text))), None)
    if not m:
        return None
    kid, one = _kid(m)
    return f"What time {'does' if one else 'do'} {kid} {'usually ' * bool(m.groupdict().get('usually'))}go to bed?"


def _at(text: str) -> str | None:
    """"Bọn trẻ đi ngủ lúc 9 giờ." as "The kids go to bed at 9:00.", "Bọn trẻ nhà tôi thường đi ngủ sớm." as "My kids
    usually go to bed early." (_AT); None for anything else."""
    m = _AT.fullmatch(text)
    if not m or not (time := _time(m["time"], m["early"], "vi")):
        return None
    kid, one = _kid(m)
    usually = f"{often_said(m['usually'], True)} " if m["usually"] else ""
    return capitalised(_full_stop(f"{kid} {usually}{'goes' if one else 'go'} to bed {time}"
                                  f"{' every night' * bool(m['daily'])}", m["end"]))


def _bedtime(text: str) -> str | None:
    """"Quá giờ đi ngủ của con rồi." as "It's past your bedtime.", "Đến giờ đi ngủ rồi." as "It's time for bed."
    (_BEDTIME); None for anything else."""
    if not (m := _BEDTIME.fullmatch(text)):
        return None
    kid = m["kid"] and _kid(m)[0]
    whose = f"{kid}'{'' if kid.endswith('s') else 's'} " if kid else "your " if m["you"] else ""
    if keyed(m["word"]) == "quá":
        return f"It's past {whose}bedtime{stop(m['end'])}"
    return f"It's {whose}bedtime{stop(m['end'])}" if whose else f"It's time for bed{stop(m['end'])}"


def _done(text: str) -> str | None:
    """"Bọn trẻ đã ngủ rồi." as "The kids are already asleep.", "Anh ấy đi ngủ rồi." as "He's already gone to bed.",
    "Em bé ngủ chưa?" as "Is the baby asleep yet?" (_DONE); None for anything else, and of I, you, we."""
    m = _DONE.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := _kid(m, asked)) is None or said[0] in _NOT_SAID_OF:
        return None
    kid, one = said
    if (what := keyed(m["what"])) == "đi ngủ":
        has = "has" if one else "have"
        return f"{has.capitalize()} {kid} gone to bed yet?" if asked else capitalised(
            contracted(kid, f"{has} already gone to bed{stop(m['end'])}"))
    where = "asleep" if what == "ngủ" else "in bed"
    return f"{be(kid).capitalize()} {kid} {where} yet?" if asked else capitalised(
        contracted(kid, f"{be(kid)} already {where}{stop(m['end'])}"))


def _wont(text: str) -> str | None:
    """"Con bé không chịu ngủ." as "The girl won't go to sleep.", "Tối qua em bé không chịu đi ngủ." as "The baby
    wouldn't go to bed last night." (_WONT); None for anything else, and of I, you, we."""
    m = _WONT.fullmatch(text)
    if not m or (said := _kid(m)) is None or said[0] in _NOT_SAID_OF or m["night"] and m["still"]:
        return None
    to = "bed" if m["bed"] else "sleep"
    if m["night"]:
        return capitalised(f"{said[0]} wouldn't go to {to} last night{stop(m['end'])}")
    still = "still " if m["still"] and keyed(m["still"]) == "vẫn" else ""  # ("cứ": keeps on, as "won't")
    return capitalised(f"{said[0]} {still}won't go to {to}{stop(m['end'])}")


def _tell(text: str) -> str | None:
    """"Tối nào tôi cũng kể chuyện cho con trước khi ngủ." as "I tell the kids a bedtime story every night." (_TELL);
    None for anything else."""
    m = _TELL.fullmatch(text)
    if not m or bool(m["every0"]) != bool(m["also"]) or m["every0"] and m["every"] or (said := who(m, False)) is None \
            or (whom := _whom(m)) is None:
        return None
    who_, one = said
    verb = ("tell" if keyed(m["verb"]) == "kể" else "read") + "s" * one
    usually = f"{often_said(m['usually'], True)} " if m["usually"] else ""
    every = " every night" if m["every0"] or m["every"] else ""
    return capitalised(f"{who_} {usually}{verb} {whom} a bedtime story{every}{stop(m['end'])}")


def _need(text: str) -> str | None:
    """"Thằng bé cần nghe kể chuyện trước khi ngủ." as "The boy needs a bedtime story.", "Bạn có muốn nghe kể chuyện
    trước khi ngủ không?" as "Do you want a bedtime story?" (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := _kid(m, asked)) is None:
        return None
    who_, one = said
    verb = "need" if keyed(m["verb"]) == "cần" else "want"
    return present(who_, one, verb, "a bedtime story", asked, end=m["end"])


def _put(text: str) -> str | None:
    """"Tôi cho bọn trẻ đi ngủ lúc 8 giờ." as "I put the kids to bed at 8:00.", "Tôi đang dỗ con ngủ." as "I'm getting
    the kids to sleep." (_PUT); None for anything else, and for "cho … ngủ" (let sleep)."""
    m = _PUT.fullmatch(text)
    if not m or (said := who(m, False)) is None or (whom := _whom(m)) is None:
        return None
    tense, coax, timed = keyed(m["tense"] or ""), keyed(m["verb"]) == "dỗ", m["time"] or m["early"]
    if coax == bool(m["bed"]) or coax and tense != "đang" or timed and tense == "đang" or \
            keyed(m["early"] or "") in ("muộn", "trễ"):  # ("cho … đi ngủ muộn": lets them stay up)
        return None
    if (time := _time(m["time"], m["early"], "vi") if timed else "") is None:
        return None
    who_, one = said
    if tense == "đang":
        doing = f"{be(who_)} {'getting' if coax else 'putting'}"
    else:
        doing = {"đã": "put", "sẽ": "will put", "": "puts" if one else "put"}.get(tense) or \
            f"{often_said(m['tense'], True)} {'puts' if one else 'put'}"
    said = contracted(who_, f"{doing} {whom} to {'sleep' if coax else 'bed'}{f' {time}' if time else ''}")
    return capitalised(_full_stop(said, m["end"]))


def _what_time_vi(text: str) -> str | None:
    """"What time do your kids go to bed?" as "Con bạn đi ngủ lúc mấy giờ?", "What's the kids' bedtime?" as "Bọn trẻ
    đi ngủ lúc mấy giờ?" (_WHAT_TIME_EN); None for anything else, and where "does" or "'s" does not agree."""
    m = next((m for p in _WHAT_TIME_EN if (m := p.fullmatch(text))), None)
    if not m or (said := _kid_vi(m)) is None or m.groupdict().get("do") and (m["do"] == "does") != said[1]:
        return None
    return capitalised(f"{said[0]} {'thường ' * bool(m.groupdict().get('usually'))}đi ngủ lúc mấy giờ?")


def _at_vi(text: str) -> str | None:
    """"The kids go to bed at 9." as "Bọn trẻ đi ngủ lúc 9 giờ.", "My kids usually go to bed early." as "Con tôi
    thường đi ngủ sớm." (_AT_EN); None for anything else, and where "goes" does not agree."""
    m = _AT_EN.fullmatch(text)
    if not m or (m["go"] == "goes") != _kid_vi(m)[1] or not (time := _time(m["time"], m["early"], "en")):
        return None
    usually = f"{SELDOM_VI[m['usually'].lower()]} " if m["usually"] else ""
    return capitalised(f"{_kid_vi(m)[0]} {usually}đi ngủ {time}{' mỗi tối' * bool(m['daily'])}{stop(m['end'])}")


def _bedtime_vi(text: str) -> str | None:
    """"It's past your bedtime." as "Quá giờ đi ngủ của con rồi.", "Time for bed!" as "Đến giờ đi ngủ rồi!"
    (_BEDTIME_EN); None for anything else."""
    m = next((m for p in _BEDTIME_EN if (m := p.fullmatch(text))), None)
    said = m and m.groupdict()
    if not m or (said.get("kid") or said.get("kwhose")) and _kid_vi(m) is None:
        return None
    whose = f" của {_kid_vi(m)[0]}" if said.get("kid") or said.get("kwhose") else " của con" if said.get("you") else ""
    word = ("Đã quá" if m["already"] else "Quá") if said.get("past") else "Đến"
    return f"{word} giờ đi ngủ{whose} rồi{stop(m['end'])}"


def _done_vi(text: str) -> str | None:
    """"The kids are already asleep." as "Bọn trẻ đã ngủ rồi.", "Is the baby in bed yet?" as "Em bé đã lên giường
    chưa?" (_DONE_EN); None for anything else, of I, you, we, and where "is" or "has" does not agree."""
    m = next((m for p in _DONE_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    (kid, one), said, what = _kid_vi(m), m.groupdict(), keyed(m["what"])
    has = said.get("has") and keyed(said["has"].replace("’", "'"))
    aux = {"'s": "has", "'ve": "have"}.get(has, has) or _text.be_said(said.get("be0") or said["be"])
    perfect = what == "gone to bed"
    if kid in _NOT_SAID_OF or perfect != (aux in ("has", "have")) or (
            (aux == "has") != one if perfect else aux != be_of(kid, one)):
        return None
    verb = {"asleep": "ngủ", "in bed": "lên giường", "gone to bed": "đi ngủ"}[what]
    if m.re == _DONE_EN[2]:
        return capitalised(f"{kid} {'đã ' * (what != 'asleep')}{verb} chưa?")
    return capitalised(f"{kid} đã {verb} rồi{stop(m['end'])}")


def _wont_vi(text: str) -> str | None:
    """"She won't go to sleep." as "Cô ấy không chịu ngủ.", "The baby wouldn't go to bed last night." as "Tối qua em
    bé không chịu đi ngủ." (_WONT_EN); None for anything else, of I, you, we, and "wouldn't" without "last night"."""
    if not (m := _WONT_EN.fullmatch(text)):
        return None
    kid, one = _kid_vi(m)
    wont = keyed(m["wont"].replace("’", "'"))
    if kid in _NOT_SAID_OF or wont.startswith("would") != bool(m["night"]) or wont.startswith(
            "refuse") and (wont.startswith("refuses") != one or m["night"] or m["still"]):
        return None
    night = "Tối qua " if m["night"] else ""
    return capitalised(f"{night}{kid} {'vẫn ' * bool(m['still'])}không chịu {'đi ' * (m['bed'] == 'bed')}ngủ"
                       f"{stop(m['end'])}")


def _tell_vi(text: str) -> str | None:
    """"I read the kids a bedtime story every night." as "Tối nào tôi cũng đọc truyện cho bọn trẻ trước khi ngủ."
    (_TELL_EN); None for anything else, and where "tells" does not agree."""
    m = _TELL_EN.fullmatch(text)
    if not m or m["every0"] and m["every"] or m["usually"] and (m["every0"] or m["every"]):
        return None
    who_, one = who_vi(m)
    if m["verb"].endswith("s") != one and not (m["verb"] == "read" and not m["usually"]):  # ("He read": the past)
        return None
    own = m["kwhose"] and m["who"] and _text.WHOSE_OF.get(m["who"].lower()) == m["kwhose"].lower()  # ("I … my kids")
    said = f"{'kể chuyện' if m['verb'].startswith('tell') else 'đọc truyện'} cho {'con' if own else _kid_vi(m)[0]} " \
           "trước khi ngủ"
    if m["every0"] or m["every"]:
        return f"Tối nào {who_} cũng {said}{stop(m['end'])}"
    usually = f"{SELDOM_VI[m['usually'].lower()]} " if m["usually"] else ""
    return capitalised(f"{who_} {usually}{said}{stop(m['end'])}")


def _need_vi(text: str) -> str | None:
    """"He needs a bedtime story." as "Anh ấy cần nghe kể chuyện trước khi ngủ.", "Does the baby want a bedtime
    story?" as "Em bé có muốn nghe kể chuyện trước khi ngủ không?" (_NEED_EN); None for anything else, and where the
    verb does not agree."""
    m = _NEED_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    (kid, one), s = _kid_vi(m), m["verb"].endswith("s")
    if m["do"] and (s or (m["do"] == "Does") != one) or not m["do"] and s != one:
        return None
    verb = "cần" if m["verb"].startswith("need") else "muốn"
    if m["do"]:
        return capitalised(f"{kid} có {verb} nghe kể chuyện trước khi ngủ không?")
    return capitalised(f"{kid} {verb} nghe kể chuyện trước khi ngủ{stop(m['end'])}")


def _put_vi(text: str) -> str | None:
    """"I put the kids to bed at 8." as "Tôi cho bọn trẻ đi ngủ lúc 8 giờ.", "I'm getting the baby to sleep." as "Tôi
    đang dỗ em bé ngủ." (_PUT_EN); None for anything else, and where "is" or "puts" does not agree."""
    m = _PUT_EN.fullmatch(text)
    if not m or (m["ing"] == "getting") != (m["to"] == "sleep") or m["ing"] and (m["time"] or m["early"]):
        return None
    who_, one = who_vi(m)
    if m["ing"] and _text.be_said(m["be"]) != be_of(who_, one) or m["verb"] and (m["verb"] == "puts") != one and (
            m["usually"] or m["verb"] == "puts"):
        return None
    if (time := _time(m["time"], m["early"], "en") if m["time"] or m["early"] else "") is None:
        return None
    tense = "đang" if m["ing"] else "sẽ" if m["will"] else SELDOM_VI[m["usually"].lower()] if m["usually"] else \
        "đã" if m["verb"] == "put" and one else ""  # ("He put": in the past)
    own = m["kwhose"] and m["who"] and _text.WHOSE_OF.get(m["who"].lower()) == m["kwhose"].lower()
    verb, to = ("dỗ", "ngủ") if m["ing"] == "getting" else ("cho", "đi ngủ")
    said = " ".join(w for w in (who_, tense, verb, "con" if own else _kid_vi(m)[0], to, time) if w)
    return capitalised(f"{said}{stop(m['end'])}")
