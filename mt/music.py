"""Kinds of music, listening, favourite singers and bands, and instruments played, said or asked, both ways, written
whole by rule. v8 (with every rule before this one) loses the kind of music and hears it: "Tôi thích nhạc cổ điển." →
"I like the classic.", "Anh ấy nghe nhạc rock suốt ngày." → "He heard the rock all day.", "Tôi không thích nhạc rock."
→ "I don't like rocks.", "Anh ấy không thích nhạc rap." → "He doesn't like a plum.", "Tôi thích nhạc dân ca." → "I
like musical people.", "Mẹ tôi thích nhạc vàng." → "My mother likes gold music.", "Bạn thích nhạc gì?" → "What do you
like music?", "Ca sĩ yêu thích của tôi là Sơn Tùng." → "My favorite singer is Painting.", "Bạn có chơi nhạc cụ nào
không?" → "Do you play any music?"; "I like classical music." → "Tôi thích nhạc học.", "She listens to jazz." → "Cô ấy
nghe tiếng jaz.", "He doesn't like rap." → "Anh ấy không thích cưỡng hiếp.", "My father likes bolero." → "Cha tôi
thích ăn cắp.", "Who is your favourite singer?" → "Một ca sĩ có lợi cho bạn?", "Do you play an instrument?" → "Bạn có
chơi một công cụ không?", "My brother plays the drums." → "Em tôi chơi những cơn ác mộng.".

Taken: who (mt.hobbies.WHO, WHO_EN) likes, really likes, loves, hates or does not like one or more kinds of GENRES (or
listening to them), said or asked; who listens, is listening, often or never listens to them (all day, every day: mt.
hobbies.EVERY), said or asked; what kind of music who likes, listens to or likes best; whose favourite singer, band or
kind of music is a name written with capitals or one of GENRES, said or asked; whether who plays (or can play) an
instrument, what instrument, and who plays or can play one or more of INSTRUMENTS, said or asked. English "pop",
"folk", "metal" and "country" alone are left (soda, people, a country). Left: "âm nhạc" and "nghe nhạc" with no kind
(mt/hobbies.py), "biết chơi" the guitar or piano and how well (mt/skills.py), songs by name, the past, "anh", "chị",
"em" alone saying it (may be the speaker), a verb that does not agree with who, and anything else.
mt.phrasebook.translate tries these after mt/lifts.py.

    >>> translate("Tôi thích nhạc cổ điển.", "vi", "en"), translate("She listens to jazz all day.", "en", "vi")
    ('I like classical music.', 'Cô ấy nghe nhạc jazz cả ngày.')
"""
from __future__ import annotations

import re

from .hobbies import (EVERY, EVERY_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, joined, listed, often_said, someone, who,
                      who_vi)
from .lazy_re import lazy
from .people import performer
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, SOFTENED_END, alternatives, be_said, capitalised, contracted, keyed, strip_marks

# the kinds of music (of several Vietnamese with one English, the first is written back; a loanword alone, "rock", is
# said with "nhạc" back; "nhạc vàng" and "cải lương" are kept, as English writing about Vietnam keeps them)
GENRES = {
    "nhạc cổ điển": "classical music", "nhạc rock": "rock music", "nhạc pop": "pop music", "nhạc jazz": "jazz",
    "nhạc rap": "rap", "nhạc hip hop": "hip hop", "nhạc trẻ": "V-pop", "nhạc dân ca": "folk music",
    "nhạc dân gian": "folk music", "dân ca": "folk songs", "nhạc vàng": "nhạc vàng", "nhạc bolero": "bolero",
    "cải lương": "cải lương", "nhạc K-pop": "K-pop", "nhạc Kpop": "K-pop", "nhạc điện tử": "electronic music",
    "nhạc EDM": "EDM", "nhạc blues": "blues", "nhạc đồng quê": "country music", "nhạc country": "country music",
    "nhạc metal": "heavy metal", "nhạc R&B": "R&B", "nhạc không lời": "instrumental music", "nhạc opera": "opera",
    "nhạc reggae": "reggae", "nhạc punk": "punk", "nhạc Việt": "Vietnamese music", "nhạc Việt Nam": "Vietnamese music",
    "nhạc Hàn": "Korean music", "nhạc Hàn Quốc": "Korean music", "nhạc Âu Mỹ": "Western music",
    "rock": "rock", "pop": "pop", "jazz": "jazz", "rap": "rap", "hip hop": "hip hop", "bolero": "bolero",
    "K-pop": "K-pop", "Kpop": "K-pop", "EDM": "EDM", "blues": "blues", "R&B": "R&B", "opera": "opera"}
GENRES_VI = {en.lower(): vi for vi, en in reversed(GENRES.items()) if vi.startswith(("nhạc", "cải", "dân"))} | {
    "rock": "nhạc rock", "classical": "nhạc cổ điển", "jazz music": "nhạc jazz", "rap music": "nhạc rap",
    "hip-hop": "nhạc hip hop", "kpop": "nhạc K-pop", "the blues": "nhạc blues", "blues music": "nhạc blues",
    "metal music": "nhạc metal", "cai luong": "cải lương"}
_GENRES_KEYED = {keyed(vi): en for vi, en in GENRES.items()}
# the instruments, in English with "the" ("play the drums")
INSTRUMENTS = {
    "đàn ghi-ta": "the guitar", "đàn guitar": "the guitar", "đàn ghita": "the guitar", "ghi-ta": "the guitar",
    "guitar": "the guitar", "đàn piano": "the piano", "piano": "the piano", "dương cầm": "the piano",
    "trống": "the drums", "đàn violin": "the violin", "violin": "the violin", "vĩ cầm": "the violin",
    "đàn vi-ô-lông": "the violin", "sáo": "the flute", "đàn ukulele": "the ukulele", "ukulele": "the ukulele",
    "kèn saxophone": "the saxophone", "saxophone": "the saxophone", "đàn cello": "the cello", "cello": "the cello",
    "kèn trumpet": "the trumpet", "đàn bass": "the bass"}
INSTRUMENTS_VI = {en.removeprefix("the "): vi for vi, en in reversed(INSTRUMENTS.items())} | {"sax": "kèn saxophone"}
INSTRUMENTS_VI |= {f"the {en}": vi for en, vi in INSTRUMENTS_VI.items()} | {"drums": "trống"}
_INSTRUMENTS_KEYED = {keyed(vi): en for vi, en in INSTRUMENTS.items()}
_SKILLED = r"(?i:ghi|guitar|piano)"  # (mt/skills.py's, after "biết chơi": "Can you play the guitar?")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhạc|ca\s+sĩ|cải\s+lương|dân\s+ca|chơi|k-?pop|jazz|rock|rap|hip\s+hop|bolero|blues|"
                    r"edm|r&b|opera|pop)"),
         "en": lazy(r"(?i:music|jazz|rock|\brap|\bhip|k-?pop|bolero|blues|metal|edm|r&b|opera|reggae|punk|cải|"
                    r"cai\s+luong|nhạc|folk|singer|\bband|group|genre|instrument|play)")}

_GENRES = rf"(?P<genres>{joined(rf'(?i:{alternatives(GENRES)})', 'và|hoặc')})"
_GENRES_EN = rf"(?P<genres>{joined(rf'(?i:{alternatives(GENRES_VI)})', 'and|or')})"
_PLAYED = rf"(?P<played>{joined(rf'(?i:{alternatives(INSTRUMENTS)})', 'và')})"
_PLAYED_EN = rf"(?P<played>{joined(rf'(?i:{alternatives(INSTRUMENTS_VI)})', 'and')})"
_SPANS = {"suốt ngày": "all day", "cả ngày": "all day"} | EVERY
_SPANS_VI = {"all day": "cả ngày", "all day long": "suốt ngày", "all the time": "suốt ngày"} | EVERY_VI
_LIKES = {"thích": "like", "mê": "love", "yêu": "love", "yêu thích": "love", "ghét": "hate"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
# who likes a kind ("Tôi thích nhạc cổ điển.", "Bạn có thích nhạc jazz không?", "Tôi không thích nhạc rap lắm")
_LIKING = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?P<likes>"
               rf"{alternatives(_LIKES)})\s+(?P<listen>nghe\s+)?{_GENRES}(?:\s+(?P<much>lắm)|\s+(?P<all>chút\s+"
               rf"nào))?{ASKED_END}")
# who listens to it ("Anh ấy nghe nhạc rock suốt ngày.", "Bạn có hay nghe nhạc jazz không?", "Tôi đang nghe …")
_LISTENING = lazy(rf"{WHO}\s+(?:(?P<seldom>{alternatives(SELDOM)})\s+|(?P<not>không)\s+|(?P<now>đang)\s+|"
                  rf"(?P<ask>có)\s+(?:(?P<often>hay|thường)\s+)?)?nghe\s+{_GENRES}"
                  rf"(?:\s+(?P<span>{alternatives(_SPANS)}))?{ASKED_END}")
# what kind ("Bạn thích loại nhạc nào?", "Bạn thích nghe nhạc gì?", "Mẹ bạn hay nghe nhạc gì?")
_KIND = lazy(rf"{WHO}\s+(?:(?P<often>hay|thường)\s+)?(?P<like>thích\s+)?(?P<listen>nghe\s+)?(?:(?:thể\s+loại|"
             rf"loại|dòng|kiểu)\s+)?nhạc\s+(?:nào|gì)(?:\s+(?P<best>nhất))?{SOFTENED_END}")
# a favourite ("Ca sĩ yêu thích của tôi là Mỹ Tâm.", "Ban nhạc yêu thích của bạn là gì?")
_FAVOURITES = {"ca sĩ": "singer", "ban nhạc": "band", "nhóm nhạc": "group", "thể loại nhạc": "kind of music",
               "loại nhạc": "kind of music"}
_FAVOURITES_VI = {"singer": "ca sĩ", "band": "ban nhạc", "group": "nhóm nhạc", "kind of music": "thể loại nhạc",
                  "type of music": "thể loại nhạc", "sort of music": "thể loại nhạc", "genre": "thể loại nhạc",
                  "music genre": "thể loại nhạc", "genre of music": "thể loại nhạc"}
_NAME = r"(?P<name>[^\W\d_][\w'’&/-]*(?:\s+[\w'’&/-]+){0,4})"
_FAVOURITE = lazy(rf"(?P<kind>(?i:{alternatives(_FAVOURITES)}))\s+(?:yêu|ưa)\s+thích\s+(?:của\s+)?{OWNER}\s+là\s+"
                  rf"(?:(?P<who_q>ai)|(?P<what_q>gì)|{_GENRES}|{_NAME}){SOFTENED_END}")
# an instrument played ("Bạn có chơi nhạc cụ nào không?", "Bạn chơi nhạc cụ gì?", "Em trai tôi chơi trống.")
_PLAYING = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?P<can>biết\s+)?chơi\s+(?:(?:loại\s+)?nhạc\s+"
                rf"cụ\s+(?:(?P<any>nào)|(?P<what>gì))|{_PLAYED}){ASKED_END}")

# ... and in English
_NOT = r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)"
_LIKING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?:{_NOT}\s+)?(?:(?P<very>really)\s+)?"
                  rf"(?P<likes>(?:like|love|hate|enjoy)s?)\s+(?P<listen>listening\s+to\s+)?{_GENRES_EN}"
                  r"(?P<all>\s+at\s+all)?\s*(?P<end>[.!?]*)")
_LISTENING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:{BE_EN}\s+(?P<now>listening)|\s+(?:{_NOT}\s+|"
                     r"(?P<seldom>often|usually|sometimes|always|rarely|never)\s+)?(?P<listen>listens?))\s+to\s+"
                     rf"{_GENRES_EN}(?:\s+(?P<span>(?i:{alternatives(_SPANS_VI)})))?\s*(?P<end>[.!?]*)")
_SELDOM_VI = {"often": "hay", "usually": "thường", "sometimes": "thỉnh thoảng", "always": "luôn", "rarely": "ít khi",
              "never": "không bao giờ"}
_KIND_EN = lazy(rf"What\s+(?:(?:kinds?|sorts?|types?|genres?)\s+of\s+)?music\s+(?P<do>do|does)\s+{WHO_EN}\s+"
                r"(?:(?P<often>usually|normally)\s+)?(?P<verb>like\s+listening\s+to|like|enjoy|listen\s+to)"
                r"(?P<best>\s+best|\s+most)?\s*\?+")
_WHOSE_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s?)"
_FAVOURITE_EN = lazy(rf"(?:(?P<q>Who|What)(?:['’]s|\s+is)\s+{_WHOSE_EN}|{_WHOSE_EN.replace('?P<', '?P<s_')})\s+"
                     rf"favou?rite\s+(?P<kind>{alternatives(_FAVOURITES_VI)})(?:\s+is\s+(?:{_GENRES_EN}|"
                     rf"{_NAME}))?\s*(?P<end>[.!?]*)")
_PLAYING_EN = lazy(rf"(?:(?P<do>Do|Does|Can)\s+)?{WHO_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not|"
                   r"can['’]t|cannot)\s+|(?P<can>can)\s+)?(?P<play>plays?)\s+(?:(?P<any>an?\s+(?:musical\s+)?"
                   rf"instrument|any\s+(?:musical\s+)?instruments?)|{_PLAYED_EN})\s*(?P<end>[.!?]*)")
_WHAT_PLAYED_EN = lazy(rf"What\s+(?:musical\s+)?instruments?\s+(?P<do>do|does|can)\s+{WHO_EN}\s+play\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what music someone likes or listens to, their favourite
    singer or band, or what instrument they play; None for any other."""
    if src == "vi":
        return _liking(text) or _listening(text) or _kind(text) or _favourite(text) or _playing(text)
    return _liking_vi(text) or _listening_vi(text) or _kind_vi(text) or _favourite_vi(text) or _playing_vi(text)


def _genres(m: re.Match, lang: str) -> str:
    """The kinds of music of a match in the other language: "nhạc jazz và nhạc blues" as "jazz and blues", "rock
    music or rap" as "nhạc rock hoặc nhạc rap"."""
    if lang == "vi":
        return listed(m["genres"], _GENRES_KEYED, {"và": "and", "hoặc": "or"})[0]
    return listed(m["genres"], GENRES_VI, {"and": "và", "or": "hoặc"})[0]


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks (ends "không?"); None where "có" or "?" does not go with how it ends."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m["ask"] and not asked else asked


def _agrees(m: re.Match, verb: str, one: bool) -> bool:
    """Whether English "Do"/"Does", "don't"/"doesn't" or a verb ("like", "likes") agrees with who (`one`: "he")."""
    said = (m["do"] or m["not"] or "").lower()
    if said:
        return not verb.endswith("s") and said.startswith(("does", "doesn")) == one
    return verb.endswith("s") == one


def _liking(text: str) -> str | None:
    """"Tôi thích nhạc cổ điển." as "I like classical music.", "Bạn có thích nhạc jazz không?" as "Do you like
    jazz?", "Tôi không thích nhạc rap lắm." as "I don't really like rap." (_LIKING); None for anything else."""
    m = _LIKING.fullmatch(text)
    asked = m and _asked(m)
    likes = m and _LIKES[keyed(m["likes"])]
    if asked is None or (m["not"] or m["very"] or m["all"]) and likes == "love" or m["all"] and not m["not"] or (
            asked and (m["very"] or m["much"] or m["all"])) or not (said := who(m, asked)):
        return None
    (who_, one), what = said, ("listening to " if m["listen"] else "") + _genres(m, "vi")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {likes} {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {'really ' * bool(m['much'])}{likes} {what}"
                           f"{' at all' * bool(m['all'])}.")
    return capitalised(f"{who_} {'really ' * bool(m['very'] or m['much'])}{likes}{'s' * one} {what}.")


def _listening(text: str) -> str | None:
    """"Anh ấy nghe nhạc rock suốt ngày." as "He listens to rock music all day.", "Bạn có hay nghe nhạc jazz
    không?" as "Do you often listen to jazz?", "Tôi đang nghe nhạc jazz." as "I'm listening to jazz." (_LISTENING);
    None for anything else."""
    m = _LISTENING.fullmatch(text)
    asked = m and _asked(m)
    often = m and (m["often"] or m["seldom"])
    if asked is None or m["now"] and (m["span"] or asked) or asked and m["seldom"] and keyed(often) not in (
            "hay", "thường") or not (said := who(m, asked)):
        return None
    who_, one = said
    span = f" {_SPANS[keyed(m['span'])]}" if m["span"] else ""
    what = f"to {_genres(m, 'vi')}{span}"
    if m["now"]:
        return capitalised(contracted(who_, f"{'is' if one else 'am' if who_ == 'I' else 'are'} listening {what}."))
    if asked:
        often = f" {often_said(often, False)}" if often else ""
        return f"{'Does' if one else 'Do'} {who_}{often} listen {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t listen {what}.")
    seldom = f" {often_said(m['seldom'], bool(span))}" if m["seldom"] else ""
    return capitalised(f"{who_}{seldom} {'listens' if one else 'listen'} {what}.")


def _kind(text: str) -> str | None:
    """"Bạn thích loại nhạc nào?" as "What kind of music do you like?", "Bạn thích nghe nhạc gì?" as "What kind of
    music do you like listening to?", "Mẹ bạn hay nghe nhạc gì?" as "What kind of music does your mother usually
    listen to?" (_KIND); None for anything else."""
    m = _KIND.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["like"] or m["listen"] and m["often"]) or m["often"] and (
            m["like"] or m["best"]) or m["best"] and not m["like"] or not (said := who(m, True)):
        return None
    who_, one = said
    verb = "like listening to" if m["like"] and m["listen"] else "like" if m["like"] else "listen to"
    often = " usually" if m["often"] else ""
    return f"What kind of music {'does' if one else 'do'} {who_}{often} {verb}{' best' * bool(m['best'])}?"


def _favourite(text: str) -> str | None:
    """"Ca sĩ yêu thích của tôi là Mỹ Tâm." as "My favourite singer is My Tam.", "Ban nhạc yêu thích của bạn là
    gì?" as "What's your favourite band?", "Thể loại nhạc yêu thích của tôi là nhạc jazz." as "My favourite kind of
    music is jazz." (_FAVOURITE); None for anything else, and a name not written with capitals."""
    m = _FAVOURITE.fullmatch(text)
    asked = bool(m and (m["who_q"] or m["what_q"]))
    if not m or asked != ("?" in m["end"]):
        return None
    kind = _FAVOURITES[keyed(m["kind"])]
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
    people = kind != "kind of music"
    if asked:
        return None if m["who_q"] and not people else \
            f"{'What' if m['what_q'] and kind != 'singer' else 'Who'}'s {whose} favourite {kind}?"
    if (m["genres"] is not None) == people or m["name"] and not performer(m["name"]):
        return None
    said = _genres(m, "vi") if m["genres"] else strip_marks(m["name"])
    return capitalised(f"{whose} favourite {kind} is {said}.")


def _playing(text: str) -> str | None:
    """"Bạn có chơi nhạc cụ nào không?" as "Do you play an instrument?", "Bạn chơi nhạc cụ gì?" as "What instrument
    do you play?", "Em trai tôi chơi trống." as "My younger brother plays the drums." (_PLAYING); None for anything
    else, and "biết chơi" the guitar or the piano (mt/skills.py's)."""
    m = _PLAYING.fullmatch(text)
    if m and m["what"]:
        said = not (m["asked"] or m["not"] or m["ask"]) and "?" in m["end"] and who(m, True)
        return f"What instrument {'can' if m['can'] else 'does' if said[1] else 'do'} {said[0]} play?" if said else None
    asked = m and _asked(m)
    if asked is None or m["any"] and not (asked or m["not"]) or m["played"] and m["can"] and re.search(
            _SKILLED, m["played"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    played = "an instrument" if m["any"] and asked else "any instruments" if m["any"] else listed(
        m["played"], _INSTRUMENTS_KEYED, {"và": "and"})[0]
    if asked:
        return f"{'Can' if m['can'] else 'Does' if one else 'Do'} {who_} play {played}?"
    if m["not"]:
        return capitalised(f"{who_} {'can' if m['can'] else 'doesn' if one else 'don'}'t play {played}.")
    return capitalised(f"{who_} {'can play' if m['can'] else 'plays' if one else 'play'} {played}.")


def _liking_vi(text: str) -> str | None:
    """"I like classical music." as "Tôi thích nhạc cổ điển.", "Does she like jazz?" as "Cô ấy có thích nhạc jazz
    không?", "He doesn't like rap." as "Anh ấy không thích nhạc rap." (_LIKING_EN); None for anything else, and where
    the verb does not agree with who."""
    m = _LIKING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["not"] or m["very"] or m["all"]):
        return None
    who_, one = who_vi(m)
    likes = m["likes"].lower().removesuffix("s")
    if not _agrees(m, m["likes"].lower(), one) or m["all"] and not m["not"] or m["very"] and (
            likes not in ("like", "hate") or m["all"]):
        return None
    likes = _LIKES_VI[likes]
    what = ("nghe " if m["listen"] else "") + _genres(m, "en")
    if m["do"]:
        return capitalised(f"{who_} có {likes.removeprefix('rất ')} {what} không?")
    if m["not"]:
        end = " lắm" if m["very"] else " chút nào" if m["all"] else ""
        return capitalised(f"{who_} không {likes.removeprefix('rất ')} {what}{end}.")
    return capitalised(f"{who_} {'rất ' * bool(m['very'])}{likes} {what}.")


def _listening_vi(text: str) -> str | None:
    """"She listens to jazz all day." as "Cô ấy nghe nhạc jazz cả ngày.", "Do you often listen to jazz?" as "Bạn có
    hay nghe nhạc jazz không?", "I'm listening to jazz." as "Tôi đang nghe nhạc jazz." (_LISTENING_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _LISTENING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["not"] or m["now"]):
        return None
    who_, one = who_vi(m)
    if m["now"]:
        if be_said(m["be"]) != ("is" if one else "am" if who_ == "tôi" else "are") or m["span"]:
            return None
    elif not _agrees(m, m["listen"].lower(), one) or m["do"] and m["seldom"] not in (None, "often", "usually"):
        return None
    span = f" {_SPANS_VI[keyed(m['span'])]}" if m["span"] else ""
    what = f"nghe {_genres(m, 'en')}{span}"
    seldom = f"{_SELDOM_VI[m['seldom']]} " if m["seldom"] else ""
    if m["do"]:
        return capitalised(f"{who_} có {seldom}{what} không?")
    not_ = "không " if m["not"] else "đang " if m["now"] else ""
    return capitalised(f"{who_} {not_}{seldom}{what}.")


def _kind_vi(text: str) -> str | None:
    """"What kind of music do you like?" as "Bạn thích loại nhạc nào?", "What music does your mother usually listen
    to?" as "Mẹ bạn thường nghe loại nhạc nào?" (_KIND_EN); None for anything else, and "do"/"does" not agreeing."""
    m = _KIND_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["verb"].split())
    if (m["do"] == "does") != one or m["best"] and not verb.startswith("like") or m["often"] and verb != "listen to":
        return None
    said = {"like listening to": "thích nghe", "like": "thích", "enjoy": "thích", "listen to": "nghe"}[verb]
    return capitalised(f"{who_} {'thường ' * bool(m['often'])}{said} loại nhạc nào{' nhất' * bool(m['best'])}?")


def _favourite_vi(text: str) -> str | None:
    """"My favourite singer is Adele." as "Ca sĩ yêu thích của tôi là Adele.", "Who's your favourite band?" as "Ban
    nhạc yêu thích của bạn là ai?", "What's your favourite kind of music?" as "Thể loại nhạc yêu thích của bạn là
    gì?" (_FAVOURITE_EN); None for anything else."""
    m = _FAVOURITE_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["genres"] or m["name"]):
        return None
    kind = _FAVOURITES_VI[keyed(m["kind"]).lower()]
    people, g = kind != "thể loại nhạc", ("" if asked else "s_")
    whose = WHOSE_VI[m[f"{g}whose"].lower()] if m[f"{g}whose"] else someone(m[f"{g}someone"], "en")
    if whose is None or asked and m["q"] == "Who" and not people:
        return None
    if asked:
        return capitalised(f"{kind} yêu thích của {whose} là {'ai' if m['q'] == 'Who' or kind == 'ca sĩ' else 'gì'}?")
    if (m["genres"] is not None) == people or m["name"] and not performer(m["name"]):
        return None
    return capitalised(f"{kind} yêu thích của {whose} là {_genres(m, 'en') if m['genres'] else m['name']}.")


def _playing_vi(text: str) -> str | None:
    """"Do you play an instrument?" as "Bạn có chơi nhạc cụ nào không?", "What instrument do you play?" as "Bạn chơi
    nhạc cụ gì?", "My brother plays the drums." as "Anh trai tôi chơi trống." (_PLAYING_EN, _WHAT_PLAYED_EN); None
    for anything else, and where the verb does not agree with who."""
    if m := _WHAT_PLAYED_EN.fullmatch(text):
        who_, one = who_vi(m)
        can = m["do"] == "can"
        return None if not can and (m["do"] == "does") != one else \
            capitalised(f"{who_} {'biết ' * can}chơi nhạc cụ gì?")
    m = _PLAYING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    can = (m["do"] or m["not"] or m["can"] or "").lower().startswith("can")
    if can and m["play"] != "play" or not can and not _agrees(m, m["play"], one) or (
            m["any"] and not (m["do"] or m["not"])):
        return None
    played = "nhạc cụ nào" if m["any"] else listed(m["played"], {keyed(k): v for k, v in INSTRUMENTS_VI.items()},
                                                    {"and": "và"})[0]
    verb = f"{'biết ' * can}chơi {played}"
    if m["do"]:
        return capitalised(f"{who_} có {verb} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{verb}.")
