"""Supporting a sports team, said or asked, both ways, written whole by rule: who supports or cheers for a team, is a
fan of one, and which team someone supports. v8 reads "cổ vũ" as armed or shares, "hâm mộ" as a verb "fan", "ủng hộ"
in the past, and writes "support" as "hỗ trợ" (to help) and "cheering" as cooking: "Bạn cổ vũ đội nào?" → "Which
armed are you?", "Bạn ủng hộ đội nào?" → "Which team are you support?", "Tôi là fan của Manchester United." → "I'm
Manchester United fans.", "Tôi cổ vũ Arsenal." → "I shares Arsenal.", "Tôi ủng hộ Arsenal." → "I supported
Arsenal.", "Anh ấy hâm mộ Liverpool." → "He fans Liverpool.", "Bạn có cổ vũ Arsenal không?" → "Do you have Arsenal
shares?", "Tối nay bạn cổ vũ ai?" → "Tonight, who encourages you?", "Bố tôi là fan của Chelsea." → "My father is
Chelsea's fan."; and back, "Which team do you support?" → "Bạn hỗ trợ đội nào?", "He supports Arsenal." → "Anh ấy hỗ
trợ Arsenal.", "Which team are you cheering for tonight?" → "Bạn đang bếp trưởng nhóm nào cho tối nay?", "I'm
cheering for Vietnam tonight." → "Tôi đang lừa dối Việt Nam tối nay.", "Do you support Arsenal?" → "Bạn hỗ trợ Arsenal
không?".

Taken: who (mt.hobbies.WHO, WHO_EN) supports ("ủng hộ", "cổ vũ"), is cheering for or supporting on a day of today or
ahead (mt.free_time.when), is a fan of ("là fan của", "hâm mộ", "là cổ động viên của"; "a Liverpool fan", "a fan of
…"), or a big fan of ("rất hâm mộ", "fan cuồng"), a team; said, denied or asked; and which team ("đội nào") or whom
someone supports or cheers for, asked. A team is a country (mt.people.COUNTRIES), a national team ("đội tuyển Việt
Nam": "the Vietnamese team", by mt.nations.NATIONALITIES), or a club by its name: words with capitals, kept as they
are where they have no Vietnamese marks ("Manchester United"), or a place with "FC" ("Hà Nội FC": "Hanoi FC"). Left:
England ("Anh" is also "you"), names of people ("Tôi ủng hộ Minh."), Vietnamese names with marks that are no place
("Hoàng Anh Gia Lai", "Đảng"), support in the past or since a time ("từ khi còn nhỏ"), "Bạn thích đội nào?" (v8 has
it), and matches and their results (mt/matches.py, mt/scores.py).
mt.phrasebook.translate tries these after mt/music.py.

    >>> translate("Bạn cổ vũ đội nào?", "vi", "en"), translate("He supports Arsenal.", "en", "vi")
    ('Which team do you support?', 'Anh ấy ủng hộ Arsenal.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .matches import CAPITALS
from .names import GIVEN, GIVEN_EN, KIN
from .nations import NATIONALITIES
from .people import COUNTRIES, COUNTRIES_VI, named_place
from .rule_keys import key_checked
from .tense import BEHIND
from .text import EN_WHO_VI, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed, present
from .untranslated import syllable_shaped

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cổ\s+vũ|ủng\s+hộ|hâm\s+mộ|fan|cổ\s+động\s+viên)"),
         "en": lazy(r"(?i:support|cheer|\bfans?\b)")}
# a national team's adjective (not "Anh": England's team is "the England team", and "Anh" is "you" too)
_NATIONAL = {vi: en for vi, en in NATIONALITIES.items() if vi != "Anh"}
_NATIONAL_VI = {en: vi for vi, en in reversed(_NATIONAL.items())}
_COUNTRY_TEAM_VI = {en: vi for en, vi in COUNTRIES_VI.items() if vi in _NATIONAL}  # "the Vietnam team"
# words with capitals that are no team: a word of kinship or a pronoun ("Anh", "Bạn"), English's who and whose, and
# what a firm supports ("We support Windows.": works with it) or a language ("English", and the adjectives of _NATIONAL)
_NOT_TEAMS = {keyed(k) for k in KIN} | set(EN_WHO_VI) | {keyed(en) for en in _NATIONAL.values()} | {
    "the", "my", "your", "his", "her", "our", "their", "it", "this", "that", "me", "him", "them", "us", "god", "mum",
    "mom", "dad", "english", "windows", "android", "linux", "mac", "macos", "ios", "iphone", "apple", "google",
    "chrome", "firefox", "safari", "visa", "mastercard", "paypal", "bluetooth", "wi-fi", "pdf", "usb", "hdmi", "nfc",
    "gps", "sms", "html", "zalo", "momo"}
_WORD = rf"(?!I\b|I['’])(?=[{CAPITALS}0-9])[\w'’&-]+"  # (not "I", "I'm": "… United I'm" is no name)
_NAME = rf"(?:{_WORD}(?:\s+{_WORD}){{0,3}})"
_TEAM = rf"(?P<team>(?:[Đđ]ội\s+(?:tuyển\s+)?)?{_NAME})"
_TEAM_EN = (rf"(?P<team>(?:the\s+)?(?:{alternatives(_NATIONAL_VI)}|{alternatives(_COUNTRY_TEAM_VI)})\s+"
            rf"(?:national\s+)?team|{_NAME})")
_DAY_EN = r"(?:\s+(?P<day>(?![A-Z])[^,.!?]+?))?"  # (in small letters: not the last word of a team's name)
_SUPPORT = {"ủng hộ": "support", "cổ vũ": "support", "hâm mộ": "fan"}
_FAN = r"(?:fan|người\s+hâm\s+mộ|cổ\s+động\s+viên|CĐV)(?:\s+hâm\s+mộ)?"
_BIG = {"cuồng", "ruột", "cứng", "lớn"}  # a fan "cuồng" (crazy), "ruột" (true), "cứng" (hard) or "lớn" (big)

# who supports, cheers for or is a fan of a team: "Tôi ủng hộ Arsenal.", "Bạn có cổ vũ Việt Nam không?", "Tối nay
# tôi cổ vũ Việt Nam.", "Anh ấy rất hâm mộ Liverpool.", "Bố tôi là fan của Chelsea.", "Bạn có phải là fan …"
_SUPPORTS = lazy(
    rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?:(?P<now>đang)\s+)?"
    rf"(?:(?P<verb>{alternatives(_SUPPORT)})(?:\s+cho)?|(?:(?P<isnt>không\s+phải)\s+|(?P<is_it>có\s+phải)\s+)?là\s+"
    rf"(?:một\s+)?{_FAN}(?:\s+(?P<big>{alternatives(_BIG)}))?(?:\s+của)?)\s+{_TEAM}{DAY_AFTER}"
    rf"(?:\s+(?P<asked>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
# which team, or whom, asked: "Bạn cổ vũ đội nào?", "Tối nay bạn cổ vũ ai?", "Bạn là fan của đội nào?"
_WHICH = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<now>đang)\s+)?(?:(?P<verb>{alternatives(_SUPPORT)})(?:\s+cho)?|"
              rf"(?P<fan>là\s+(?:fan|cổ\s+động\s+viên)(?:\s+của)?))\s+(?P<which>đội\s+nào|ai){DAY_AFTER}"
              rf"{SOFTENER}\s*\?+")

# ... in English: "I support Arsenal.", "Does he support Liverpool?", "We're cheering for Vietnam tonight."
_SUPPORTS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                    rf"\s+(?P<verb>supports?)\s+{_TEAM_EN}\s*(?P<end>[.!?]*)")
_BE = (r"(?:(?P<be>\s+(?:is|am|are)|['’](?:s|m|re))(?P<not>\s+not)?|\s+(?P<benot>is|are)n['’]t)")
_CHEERING_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}{_BE}?\s+(?P<verb>cheering\s+(?:for|on)|supporting)"
                    rf"\s+{_TEAM_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_FAN_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}{_BE}?\s+(?:(?P<a>an?)\s+)?(?:(?P<big>big|huge)\s+)?"
               rf"(?:fan(?P<many>s)?\s+of\s+{_TEAM_EN}|(?P<before>{_NAME})\s+fan(?P<many2>s)?)\s*(?P<end>[.!?]*)")
# which team, or whom, asked: "Which team do you support?", "Who are you cheering for tonight?"
_WHICH_EN = lazy(rf"(?P<which>(?:Which|What)\s+team|Who)\s+(?:(?P<do>do|does)|(?P<be>are|is|am))\s+{WHO_EN}"
                 rf"\s+(?P<verb>support|cheering\s+for|supporting|a\s+fan\s+of){_DAY_EN}\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who supports, cheers for or is a fan of a team, or which team
    someone supports; None for any other."""
    if src == "vi":
        return _which(text) or _supports(text)
    return _which_vi(text) or _supports_vi(text) or _cheering_vi(text) or _fan_vi(text)


def team(said: str, src: str) -> str | None:
    """A team in the other language: a country ("Việt Nam": "Vietnam"), a national team ("đội tuyển Việt Nam": "the
    Vietnamese team", and back from "the Vietnam national team"), a club as named ("Manchester United"; with a place
    before "FC": "Hà Nội FC" as "Hanoi FC"); None for England, a name of a person or a pronoun, and a Vietnamese name
    with marks that is no place ("Đảng")."""
    said = " ".join(said.split())
    words = keyed(said).split()
    if src == "vi" and words[0] == "đội":
        nation = _NATIONAL.get(said.split(" ", 2 if words[1] == "tuyển" else 1)[-1])
        return f"the {nation} team" if nation else None
    if src == "en" and words[-1] == "team":
        nation = " ".join(said.split()[:-1]).removeprefix("the ").removeprefix("The ").removesuffix(" national")
        vi = _NATIONAL_VI.get(nation) or _COUNTRY_TEAM_VI.get(nation)
        return f"đội tuyển {vi}" if vi else None
    if {words[0], words[0].split("-")[0]} & _NOT_TEAMS or said in GIVEN | GIVEN_EN or "England" in said:
        return None
    if country := (COUNTRIES if src == "vi" else COUNTRIES_VI).get(said):
        return country
    place, fc = (said[:-3], " FC") if said.endswith(" FC") else (said, "")
    if named := named_place(place, src):
        return f"{named}{fc}"
    if src == "vi" and all(syllable_shaped(w) for w in said.split()):
        return None  # (a Vietnamese name without its marks: "Nam Phi", "Cu Ba" are countries, not clubs)
    return said if said.isascii() or src == "en" else None


def _fan(name: str, big: bool, many: bool) -> str:
    """A fan of a team named in English: "a Liverpool fan", "an Arsenal fan", "a big Chelsea fan", "a fan of the
    Vietnamese team"; for more than one ("we", "my parents"), "Chelsea fans", "fans of the Vietnamese team"."""
    if name.startswith("the "):
        return f"{'big ' * big}fans of {name}" if many else f"a {'big ' * big}fan of {name}"
    if many:
        return f"{'big ' * big}{name} fans"
    return f"{'a big' if big else a_or_an(name)} {name} fan"


def _many(who_: str, one: bool) -> bool:
    """Whether who is more than one: "we", "they", "my parents" (not "I", "you": "you" is read as one)."""
    return not one and who_.lower() not in ("i", "you")


def _day(m: re.Match, src: str) -> str | None:
    """The day of a match, in the other language ("tối nay": "tonight"); "" for none, None for one not read and for
    a day behind (support in the past is left)."""
    said = m["day"] if src == "en" else m["day0"] or m["day"]
    if src == "vi" and m["day0"] and m["day"]:
        return None
    day = when(said, src)
    return None if day is None or BEHIND.match(day if src == "vi" else said or "") else day


def _supports(text: str) -> str | None:
    """"Tôi ủng hộ Arsenal." as "I support Arsenal.", "Bạn có cổ vũ Việt Nam tối nay không?" as "Are you cheering
    for Vietnam tonight?", "Anh ấy hâm mộ Liverpool." as "He's a Liverpool fan.", "Bạn có phải là fan của Chelsea
    không?" as "Are you a Chelsea fan?" (_SUPPORTS); None for anything else."""
    m = _SUPPORTS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (m["ask"] or m["is_it"]) and not asked or (said := who(m, asked)) is None:
        return None
    name, day = team(m["team"], "vi"), _day(m, "vi")
    verb = _SUPPORT.get(keyed(m["verb"] or ""), "fan")
    if name is None or day is None or m["very"] and verb != "fan" or m["big"] and m["isnt"]:
        return None
    who_, one = said
    neg = bool(m["not"] or m["isnt"])
    if verb == "fan":
        if day or m["now"]:
            return None
        fan = _fan(name, bool(m["very"] or m["big"]), _many(who_, one))
        if asked:
            return f"{be(who_).capitalize()} {who_} {fan}?"
        return capitalised(contracted(who_, f"{be(who_)} {'not ' * neg}{fan}."))
    if day or m["now"]:
        doing = f"{'cheering for' if keyed(m['verb']) == 'cổ vũ' else 'supporting'} {name}{' ' * bool(day)}{day}"
        if asked:
            return f"{be(who_).capitalize()} {who_} {doing}?"
        return capitalised(contracted(who_, f"{be(who_)} {'not ' * neg}{doing}."))
    return present(who_, one, "support", name, asked, neg)


def _which(text: str) -> str | None:
    """"Bạn cổ vũ đội nào?" as "Which team do you support?", "Tối nay bạn cổ vũ ai?" as "Who are you cheering for
    tonight?", "Bạn là fan của đội nào?" as "Which team are you a fan of?" (_WHICH); None for anything else, and
    for whom someone is a fan of ("Bạn hâm mộ ai?": a singer too)."""
    m = _WHICH.fullmatch(text)
    if not m or (said := who(m, True)) is None or (day := _day(m, "vi")) is None:
        return None
    who_, one = said
    which = "Which team" if keyed(m["which"]) == "đội nào" else "Who"
    fan = m["fan"] or keyed(m["verb"] or "") == "hâm mộ"
    if fan and (which == "Who" or day or m["now"]):
        return None
    if fan:
        return f"{which} {be(who_)} {who_} {'fans' if _many(who_, one) else 'a fan'} of?"
    if day or m["now"]:
        doing = "cheering for" if keyed(m["verb"]) == "cổ vũ" else "supporting"
        return f"{which} {be(who_)} {who_} {doing}{' ' * bool(day)}{day}?"
    return f"{which} {'does' if one else 'do'} {who_} support?"


def _supports_vi(text: str) -> str | None:
    """"He supports Arsenal." as "Anh ấy ủng hộ Arsenal.", "Do you support Liverpool?" as "Bạn có ủng hộ Liverpool
    không?", "I don't support Chelsea." as "Tôi không ủng hộ Chelsea." (_SUPPORTS_EN); None for anything else, and
    where the verb does not agree with who ("He support", "Does he supports")."""
    m = _SUPPORTS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (name := team(m["team"], "en")) is None:
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    supports = m["verb"] == "supports"
    if aux and (aux.startswith("does") != one or supports) or not aux and supports != one:
        return None
    if m["do"]:
        return capitalised(f"{who_} có ủng hộ {name} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}ủng hộ {name}.")


def _be_agrees(m: re.Match, who_: str, one: bool) -> bool:
    """Whether "is", "am", "are" of a match of _BE (or asked, "be0") agrees with who ("She's", not "She are"), and is
    said once, before who asking or after it."""
    said = m["be0"] or m["be"] or m["benot"]
    return bool(said) and bool(m["be0"]) != bool(m["be"] or m["benot"]) and be_said(said) == be_of(who_, one)


def _cheering_vi(text: str) -> str | None:
    """"I'm cheering for Vietnam tonight." as "Tối nay tôi cổ vũ Việt Nam.", "Are you cheering for Arsenal?" as
    "Bạn có đang cổ vũ Arsenal không?", "We're supporting Vietnam." as "Chúng tôi đang ủng hộ Việt Nam."
    (_CHEERING_EN); None for anything else, and where "is" does not agree with who."""
    m = _CHEERING_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or (name := team(m["team"], "en")) is None:
        return None
    who_, one = who_vi(m)
    day = _day(m, "en")
    if day is None or not _be_agrees(m, who_, one) or m["be0"] and (m["not"] or m["benot"]):
        return None
    verb = "ủng hộ" if m["verb"] == "supporting" else "cổ vũ"
    now = "" if day and day != "bây giờ" else "đang "  # ("Tối nay tôi cổ vũ …", but "Bây giờ tôi đang cổ vũ …")
    if m["be0"]:
        return placed(f"{who_} có {now}{verb} {name}", day, " không?")
    return placed(f"{who_} {'không ' if m['not'] or m['benot'] else now}{verb} {name}", day, ".")


def _fan_vi(text: str) -> str | None:
    """"I'm a Manchester United fan." as "Tôi là fan của Manchester United.", "He's a big Arsenal fan." as "Anh ấy rất
    hâm mộ Arsenal.", "Are you a fan of Liverpool?" as "Bạn có phải là fan của Liverpool không?" (_FAN_EN); None for
    anything else, where "is" does not agree with who, and "a" where English says "an" ("a Arsenal fan")."""
    m = _FAN_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]):
        return None
    name = team(m["team"] or m["before"], "en")
    article = "a" if m["big"] or m["team"] else a_or_an(m["before"])
    who_, one = who_vi(m)
    neg = bool(m["not"] or m["benot"])
    many = bool(m["many"] or m["many2"])  # "We're Chelsea fans.": no article, and more than one
    if many and (m["a"] or one or keyed(who_) == "tôi") or not many and (
            m["a"] != article or not one and keyed(who_) not in ("tôi", "bạn")):
        return None  # ("We are a Chelsea fan.", "I am Chelsea fans.")
    if name is None or not _be_agrees(m, who_, one) or neg and (m["big"] or m["be0"]):
        return None
    if m["big"]:
        return capitalised(f"{who_} có rất hâm mộ {name} không?" if m["be0"] else f"{who_} rất hâm mộ {name}.")
    if m["be0"]:
        return capitalised(f"{who_} có phải là fan của {name} không?")
    return capitalised(f"{who_} {'không phải ' * neg}là fan của {name}.")


def _which_vi(text: str) -> str | None:
    """"Which team do you support?" as "Bạn ủng hộ đội nào?", "Who are you cheering for tonight?" as "Tối nay bạn cổ
    vũ ai?", "Which team is he a fan of?" as "Anh ấy là fan của đội nào?" (_WHICH_EN); None for anything else, and
    where "do", "is" does not agree with who or the verb ("do you cheering for")."""
    m = _WHICH_EN.fullmatch(text)
    if not m or (day := _day(m, "en")) is None:
        return None
    who_, one = who_vi(m)
    verb = m["verb"]
    if m["do"] and (verb != "support" or day or (m["do"] == "does") != one) or m["be"] and (
            verb == "support" or be_of(who_, one) != m["be"]):
        return None
    which = "ai" if m["which"] == "Who" else "đội nào"
    if verb.startswith("a "):
        return None if which == "ai" or day else capitalised(f"{who_} là fan của đội nào?")
    now = "đang " if m["be"] and not day else ""  # ("Who are you supporting?": "Bạn đang ủng hộ ai?")
    said = f"{who_} {now}{'cổ vũ' if verb.startswith('cheering') else 'ủng hộ'} {which}"
    return placed(said, day, "?")
