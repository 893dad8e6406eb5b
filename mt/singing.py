"""Singing and how well, both ways, written whole by rule. v8 (with the rules before this one) loses karaoke, turns "dở"
(badly) into well, and reads "giọng", "lệch tông" and "hoarse" as anything: "Anh ấy hát karaoke rất hay." → "He singing
karaoke very good.", "Tôi hát dở lắm." → "I singing very well.", "Tôi hát lệch tông." → "I singing slight skew.",
"Cô ấy có giọng hay." → "She has voiced.", "Giọng hát của bạn hay quá!" → "Your singings are too!", "Bài này ai
hát?" → "Who's this song?", "Bạn hát cho chúng tôi nghe một bài nhé?" → "Did you song for us?", "Tôi bị khản giọng vì
hát karaoke." → "I'm singinging karaoke."; "He sings karaoke really well." → "Anh ấy hát thật sự tốt.", "I sing
badly." → "Tôi hát xấu.", "I'm a terrible singer." → "Tôi là một ca sĩ khủng khiếp." (a professional), "I sing out of
tune." → "Tôi hát giai điệu.", "Who sang this song?" → "Ai thành bài hát này?", "Sing us a song!" → "Chúc chúng ta
một bài hát!" (wish us), "She sang at our wedding." → "Cô ấy sang vũ khí của chúng tôi." (weapons), "My voice is
hoarse." → "Giọng của tôi là hoa hồng." (a rose).

Taken: who (mt.hobbies.WHO, WHO_EN) sings karaoke well or badly, or sings badly ("hát dở", "hát tệ"; "sings badly",
"beautifully", "terribly"; "a great singer", "a terrible singer"); sings out of tune or in tune, how often
(mt.hobbies.SELDOM); has a lovely, beautiful … voice, and whose voice is (Vietnamese only); who sings or sang this
song, asked; sing us (me) a song, told or asked; whose favourite (go-to) song to sing at karaoke, asked; who sang or
will sing at a wedding or a birthday party; whose voice is hoarse (from singing); who can or can't sing (English only).
Left: "hát hay" without karaoke, "biết hát" and "a good singer" (mt/skills.py), going to karaoke and liking it
(mt/outings.py), singing at a concert (mt/concerts.py), singing liked (mt/hobbies.py), a wedding sung at with no tense
said ("Cô ấy hát ở đám cưới.") or one "của mình" after a third person (the speaker's, or theirs?), "có hát hay không"
(or: "do you sing or not"), "anh", "chị", "em" alone saying it, English whose verb does not agree with who.
mt.phrasebook.translate tries these after mt/funerals.py.

    >>> translate("Anh ấy hát karaoke rất hay.", "vi", "en"), translate("Sing us a song!", "en", "vi")
    ('He sings karaoke really well.', 'Hát cho chúng tôi nghe một bài đi!')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SELDOM, SELDOM_VI, SOMEONE_EN, WHO, WHO_EN, be_agrees, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import BE_EN, EN_WHOSE, SOFTENER, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\bhát|giọng)"), "en": lazy(r"(?i:\bsing|sang|song|voice|hoarse)")}
_END = r"(?:\s+ạ)?\s*(?P<end>[.!]*)"
_VERY = {"rất": "really ", "lắm": "really ", "quá": "really ", "thật": "really ", "khá": "quite "}
# how well ("hay" alone is mt/skills.py's: "Anh ấy hát rất hay."), and back ("well" alone is theirs too)
_HOW = {"hay": "well", "dở": "badly", "tệ": "badly", "dở tệ": "terribly"}
_HOW_VI = {"well": ("hay", False), "beautifully": ("hay", True), "badly": ("dở", False), "terribly": ("dở", True),
           "awfully": ("dở", True)}  # (and whether "rất" goes with it unasked)
_SINGERS_VI = {"great": ("hay", True), "wonderful": ("hay", True), "fantastic": ("hay", True),
               "amazing": ("hay", True), "brilliant": ("hay", True), "bad": ("dở", False), "terrible": ("dở", True),
               "awful": ("dở", True), "lousy": ("dở", False), "horrible": ("dở", True)}
_VERY_VI = {"very": "rất", "really": "rất", "truly": "rất", "so": "quá", "quite": "khá", "pretty": "khá"}
# in tune or not (the first Vietnamese of each is written back)
_TUNES = {"lệch tông": "out of tune", "lạc tông": "out of tune", "sai tông": "out of tune", "lệch tone": "out of tune",
          "lạc tone": "out of tune", "đúng tông": "in tune", "đúng tone": "in tune"}
_TUNES_VI = {en: vi for vi, en in reversed(_TUNES.items())} | {"off key": "lệch tông", "off-key": "lệch tông"}
# a voice (the first Vietnamese of each is written back)
_FINE = {"hay": "lovely", "đẹp": "beautiful", "ấm": "warm", "ngọt": "sweet", "trầm": "deep", "tuyệt vời": "wonderful"}
_FINE_VI = {en: vi for vi, en in reversed(_FINE.items())} | {"good": "hay", "great": "hay", "nice": "hay",
                                                             "amazing": "tuyệt vời", "gorgeous": "đẹp"}
# a party sung at
_EVENTS = {"đám cưới": "wedding", "tiệc cưới": "wedding", "tiệc sinh nhật": "birthday party"}
_EVENTS_VI = {"wedding": "đám cưới", "birthday party": "tiệc sinh nhật"}
# how much one sang, hoarse from it
_MUCH = {"nhiều quá": "too much", "quá nhiều": "too much", "nhiều": "so much", "cả đêm": "all night"}
_MUCH_VI = {"too much": "nhiều quá", "so much": "nhiều quá", "all night": "cả đêm"}

# how well ("Anh ấy hát karaoke rất hay.", "Tôi hát dở lắm.", "Cô ấy hát karaoke không hay lắm.")
_WELL = lazy(rf"{WHO}\s+hát(?:\s+(?P<karaoke>karaoke))?\s+(?:(?P<not>không)\s+)?(?:(?P<very>rất|khá)\s+)?"
             rf"(?P<how>{alternatives(_HOW)})(?:\s+(?P<much>lắm|quá))?{_END}")
# in tune ("Tôi hát lệch tông.", "Anh ấy hay hát lệch tông.", "Tôi hát hơi lệch tông.")
_TUNE = lazy(rf"{WHO}\s+(?:(?P<seldom>{alternatives(SELDOM)})\s+)?hát\s+(?:(?P<bit>hơi)\s+)?(?:bị\s+)?"
             rf"(?P<tune>(?i:{alternatives(_TUNES)})){_END}")
# a voice ("Cô ấy có giọng hát rất hay.", "Giọng hát của bạn hay quá!")
_FINE_SAID = (rf"(?:(?P<very>rất|khá|thật)\s+)?(?P<fine>{alternatives(_FINE)})(?:\s+(?P<much>lắm|quá))?{_END}")
_VOICE = [lazy(rf"{WHO}\s+có\s+(?:một\s+)?(?:chất\s+)?giọng(?:\s+hát)?\s+{_FINE_SAID}"),
          lazy(rf"[Gg]iọng(?:\s+hát)?\s+(?P<of>của\s+)?{OWNER}\s+{_FINE_SAID}")]
# ... "giọng Nam", "giọng Bắc", "giọng Trung" without "của": as often the Southern, Northern, Central accent
_REGIONS = {"nam", "bắc", "trung"}
# who sings this song ("Bài này ai hát?", "Ai hát bài này vậy?")
_SONG = r"(?:[Bb]ài(?:\s+hát)?|[Cc]a\s+khúc)\s+(?P<this>này|đó)"
_WHO_SANG = [lazy(rf"{_SONG}\s+(?:là\s+)?(?:do\s+)?ai\s+(?P<did>đã\s+)?hát{SOFTENER}\s*\?+"),
             lazy(rf"[Aa]i\s+(?P<did>đã\s+)?hát\s+{_SONG}{SOFTENER}\s*\?+")]
# sing us a song ("Hát cho chúng tôi nghe một bài đi!", "Bạn có thể hát cho tôi nghe một bài không?")
_US = {"chúng tôi": "us", "chúng tớ": "us", "chúng mình": "us", "tôi": "me", "tớ": "me"}
_SING_US = lazy(rf"(?:(?P<please>[Hh]ãy)\s+|(?P<you>(?i:bạn|các\s+bạn|anh|chị|em|cậu))\s+(?:(?P<can>có\s+thể)\s+)?)?"
                rf"(?i:hát)\s+cho\s+(?P<whom>{alternatives(_US)})\s+nghe\s+(?:một|1)\s+bài(?:\s+hát)?"
                r"(?:\s+(?P<tail>đi|nhé|nha|được\s+không|không))?(?:\s+(?:nào|với))?\s*(?P<end>[.!?]*)")
# a favourite karaoke song, asked ("Bài hát yêu thích của bạn khi hát karaoke là gì?")
_FAVOURITE = lazy(rf"[Bb]ài(?:\s+hát)?\s+(?P<kind>yêu\s+thích|ruột|tủ)\s+(?:của\s+)?(?:{OWNER}|"
                  r"(?P<you>anh|chị|em|cậu)(?!\s+(?:ấy|ta)))\s+(?:khi|lúc|mỗi\s+khi)\s+(?:đi\s+)?hát\s+karaoke\s+"
                  rf"là\s+(?:bài\s+)?(?:gì|nào){SOFTENER}\s*\?+")
# sung at a wedding ("Cô ấy đã hát ở đám cưới của chúng tôi.", "Ai đã hát ở đám cưới của bạn?")
_WEDDING = lazy(rf"(?:{WHO}|(?P<ai>[Aa]i))\s+(?P<tense>đã|sẽ)\s+hát\s+(?:ở|tại|trong)\s+(?:(?P<a>một)\s+)?"
                rf"(?P<event>{alternatives(_EVENTS)})(?:\s+(?:của\s+)?{OWNER})?(?:\s+(?P<done>rồi))?\s*(?P<end>[.!?]*)")
# hoarse, and why, and the end ("Tôi bị khản giọng vì hát karaoke.", "Giọng tôi bị khản rồi.")
_FROM = rf"(?P<sung>\s+(?:vì|do)\s+hát(?:\s+(?P<karaoke>karaoke))?(?:\s+(?P<much>{alternatives(_MUCH)}))?)?{_END}"
# ("khàn" without "bị", "rồi" or why may be a voice husky always: "Giọng cô ấy khàn.")
_HOARSE = [lazy(rf"{WHO}\s+(?:(?P<bi>bị)\s+)?(?P<khan>khản|khàn)\s+(?:cả\s+)?giọng(?:\s+(?P<done>rồi))?{_FROM}"),
           lazy(rf"[Gg]iọng\s+(?:của\s+)?{OWNER}\s+(?:(?P<bi>bị)\s+)?(?P<khan>khản|khàn)(?:\s+(?:hết|đặc))?"
                rf"(?:\s+(?P<done>rồi))?{_FROM}")]

# ... and in English
_NOT_EN = r"(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?"
_WELL_EN = lazy(rf"{WHO_EN}\s+{_NOT_EN}(?P<sings>sings?)(?:\s+(?P<karaoke>karaoke))?\s+(?:(?P<very>very|really|so|"
                rf"quite)\s+)?(?P<how>{alternatives(_HOW_VI)})\s*(?P<end>[.!]*)")
_SINGER_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?P<not>not\s+)?(?P<a>an?)\s+(?:(?P<very>very|really|pretty|quite)\s+)?"
                  rf"(?P<adj>{alternatives(_SINGERS_VI)})\s+singer\s*(?P<end>[.!]*)")
_TUNE_EN = lazy(rf"{WHO_EN}\s+(?:(?P<seldom>(?i:{alternatives(SELDOM_VI)}))\s+)?(?P<sings>sings?)\s+"
                rf"(?:(?P<bit>a\s+(?:bit|little))\s+)?(?P<tune>{alternatives(_TUNES_VI)})\s*(?P<end>[.!]*)")
_VOICE_EN = lazy(rf"{WHO_EN}(?P<has>\s+has(?:\s+got)?|\s+have(?:\s+got)?|['’]s\s+got|['’]ve\s+got)\s+"
                 rf"(?:(?P<such>such)\s+)?(?P<a>an?)\s+(?:(?P<very>very|really|truly|quite)\s+)?"
                 rf"(?P<fine>{alternatives(_FINE_VI)})\s+(?P<singing>singing\s+)?voice\s*(?P<end>[.!]*)")
_WHO_SANG_EN = lazy(r"Who\s+(?P<verb>sang|sings)\s+(?P<this>this|that)\s+song\s*\?+")
_SING_US_EN = lazy(r"(?:(?P<can>Can|Could|Will|Would)\s+you\s+(?:please\s+)?|Please\s+)?(?i:sing)\s+"
                   r"(?:(?P<whom>us|me)\s+a\s+song|a\s+song\s+for\s+(?P<for>us|me))(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_FAVOURITE_EN = lazy(rf"What(?:['’]s|\s+is)\s+(?P<owner>{WHOSE_WORDS})\s+(?:(?P<go>go-to)|favou?rite)\s+"
                     r"(?:song\s+to\s+sing\s+at\s+karaoke|karaoke\s+song)\s*\?+")
_WEDDING_EN = lazy(rf"(?:{WHO_EN}|(?P<ai>Who))(?P<verb>\s+sang|\s+will\s+sing|['’]ll\s+sing)\s+at\s+(?:(?P<a>a)|the|"
                   rf"(?P<owner>{WHOSE_WORDS})|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<event>wedding|birthday\s+party)"
                   r"\s*(?P<end>[.!?]*)")
_FROM_EN = (rf"(?P<sung>\s+from\s+(?:all\s+the\s+)?singing(?:\s+(?P<karaoke>karaoke))?"
            rf"(?:\s+(?P<much>{alternatives(_MUCH_VI)}))?)?\s*(?P<end>[.!]*)")
_HOARSE_EN = [lazy(rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+voice(?:\s+is|['’]s)\s+"
                   rf"hoarse{_FROM_EN}"),
              lazy(rf"{WHO_EN}{BE_EN}\s+hoarse{_FROM_EN}")]
_CAN_EN = [lazy(rf"Can\s+{WHO_EN}\s+sing\s*\?+"),
           lazy(rf"{WHO_EN}\s+(?P<can>can['’]t|cannot|can\s+not|can)\s+sing(?P<all>\s+at\s+all)?\s*(?P<end>[.!]*)")]


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of singing this module takes (its "Taken" above); None for any other."""
    if src == "vi":
        return (_well(text) or _tune(text) or _voice(text) or _who_sang(text) or _sing_us(text) or
                _favourite(text) or _wedding(text) or _hoarse(text))
    return (_well_vi(text) or _singer_vi(text) or _tune_vi(text) or _voice_vi(text) or _who_sang_vi(text) or
            _sing_us_vi(text) or _favourite_vi(text) or _wedding_vi(text) or _hoarse_vi(text) or _can_vi(text))


def _whose(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English: "tôi" as "my", "mẹ tôi" as "my mother's"; "your" for "anh",
    "chị" … asking (group "you"); None for none."""
    if m.groupdict().get("you"):
        return "your"
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    return f"{someone(m['someone'], 'vi')}'s" if m["someone"] else None


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match with groups owner ("my") and someone ("my mother") in Vietnamese: "tôi", "mẹ tôi"."""
    return WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en") if m["someone"] else None


def _well(text: str) -> str | None:
    """"Anh ấy hát karaoke rất hay." as "He sings karaoke really well.", "Tôi hát dở lắm." as "I sing really badly.",
    "Cô ấy hát karaoke không hay lắm." as "She doesn't sing karaoke very well." (_WELL); None for anything else, and
    "hát hay" without karaoke (mt/skills.py's)."""
    m = _WELL.fullmatch(text)
    how = m and _HOW[keyed(m["how"])]
    if not m or how == "well" and not m["karaoke"] or m["not"] and (m["very"] or how != "well"):
        return None
    if m["very"] and (m["much"] or how == "terribly" and m["very"] == "khá"):
        return None  # ("rất hay lắm" is not said so; "khá dở tệ": not "terribly")
    if not (said := who(m, False)):
        return None
    who_, one = said
    karaoke, end = " karaoke" if m["karaoke"] else "", stop(m["end"])
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t sing{karaoke}{' very' * bool(m['much'])} well{end}")
    very = "" if how == "terribly" else _VERY.get(m["very"] or m["much"] or "", "")
    return capitalised(f"{who_} {'sings' if one else 'sing'}{karaoke} {very}{how}{end}")


def _tune(text: str) -> str | None:
    """"Tôi hát lệch tông." as "I sing out of tune.", "Anh ấy hay hát lệch tông." as "He often sings out of tune."
    (_TUNE); None for anything else."""
    m = _TUNE.fullmatch(text)
    tune = m and _TUNES[keyed(m["tune"])]
    if not m or m["bit"] and tune == "in tune" or not (said := who(m, False)):
        return None
    who_, one = said
    seldom = f"{SELDOM[keyed(m['seldom'])]} " if m["seldom"] else ""
    return capitalised(f"{who_} {seldom}{'sings' if one else 'sing'} {'a bit ' * bool(m['bit'])}{tune}{stop(m['end'])}")


def _voice(text: str) -> str | None:
    """"Cô ấy có giọng hay." as "She has a lovely voice.", "Cô ấy có giọng hát hay quá!" as "She has such a lovely
    voice!", "Giọng hát của bạn hay quá!" as "Your voice is so lovely!" (_VOICE); None for anything else."""
    m = next((m for p in _VOICE if (m := p.fullmatch(text))), None)
    if not m or m["very"] and m["much"]:
        return None  # ("rất hay lắm" is not said so)
    fine, end = _FINE[keyed(m["fine"])], stop(m["end"])
    very = _VERY.get(m["very"] or m["much"] or "", "")
    if m.re == _VOICE[1]:
        if not m["of"] and keyed(m["someone"] or "") in _REGIONS:
            return None  # ("Giọng Nam hay quá.": the Southern accent, as often)
        whose = _whose(m)
        so = "so " if m["much"] == "quá" and not m["very"] else very
        return whose and capitalised(f"{_voices_are(whose)} {so}{fine}{end}")
    if not (said := who(m, False)):
        return None
    who_, one = said
    such = m["much"] == "quá" and not m["very"]
    if who_ in ("we", "they"):  # ("Họ có giọng hay.": voices, one each)
        voice = f"{'such ' if such else very}{fine} voices"
    else:
        voice = f"such a {fine} voice" if such else (
            f"quite a {fine} voice" if very == "quite " else f"a {very}{fine} voice")
    return capitalised(f"{who_} {'has' if one else 'have'} {voice}{end}")


def _voices_are(whose: str) -> str:
    """Whose voice and "is" in English, or voices and "are" for more than one ("our", "their").

    >>> _voices_are("her"), _voices_are("their")
    ('her voice is', 'their voices are')
    """
    return f"{whose} voices are" if whose in ("our", "their") else f"{whose} voice is"


def _who_sang(text: str) -> str | None:
    """"Bài này ai hát?" as "Who sings this song?", "Ai đã hát bài đó?" as "Who sang that song?"; None for any other."""
    m = next((m for p in _WHO_SANG if (m := p.fullmatch(text))), None)
    return m and f"Who {'sang' if m['did'] else 'sings'} {'this' if m['this'] == 'này' else 'that'} song?"


def _sing_us(text: str) -> str | None:
    """"Hát cho chúng tôi nghe một bài đi!" as "Sing us a song!", "Bạn có thể hát cho tôi nghe một bài không?" as
    "Can you sing me a song?", "Bạn hát cho chúng tôi nghe một bài nhé?" as "Will you sing us a song?" (_SING_US);
    None for anything else, and a statement ("Bạn hát cho tôi nghe một bài.")."""
    m = _SING_US.fullmatch(text)
    if not m:
        return None
    asked, tail = "?" in m["end"], keyed(m["tail"] or "")
    whom = _US[keyed(m["whom"])]
    if m["can"] or tail in ("không", "được không"):
        ok = asked and (tail == "được không" or tail == "không" and m["can"])
        return f"Can you sing {whom} a song?" if ok else None
    if tail in ("nhé", "nha") and asked:
        return f"Will you sing {whom} a song?"
    if asked or m["you"] and not tail or m["please"] and tail in ("nhé", "nha"):
        return None
    return f"Sing {whom} a song{stop(m['end'])}"


def _favourite(text: str) -> str | None:
    """"Bài hát yêu thích của bạn khi hát karaoke là gì?" as "What's your favourite song to sing at karaoke?", "Bài
    tủ của anh khi đi hát karaoke là gì?" as "What's your go-to karaoke song?"; None for any other."""
    m = _FAVOURITE.fullmatch(text)
    if not m or not (whose := _whose(m)):
        return None
    if keyed(m["kind"]) == "tủ":
        return f"What's {whose} go-to karaoke song?"
    return f"What's {whose} favourite song to sing at karaoke?"


def _wedding(text: str) -> str | None:
    """"Cô ấy đã hát ở đám cưới của chúng tôi." as "She sang at our wedding.", "Ai sẽ hát ở đám cưới của bạn?" as
    "Who's singing at your wedding?" (_WEDDING); None for anything else, and with no tense said."""
    m = _WEDDING.fullmatch(text)
    if not m or bool(m["ai"]) != ("?" in m["end"]) or m["a"] and (m["owner"] or m["someone"]):
        return None
    said = ("who", True) if m["ai"] else who(m, False)
    if not said or m["done"] and m["tense"] == "sẽ":
        return None
    if keyed(m["owner"] or "") == "mình" and said[0] not in ("I", "you", "who"):
        return None  # ("Anh ấy đã hát ở đám cưới của mình.": at mine, or at his own?)
    whose = _whose(m) or ("a" if m["a"] else "the")
    where = f"at {whose} {_EVENTS[keyed(m['event'])]}"
    if m["done"]:  # ("đã hát … rồi": already)
        sung = contracted(said[0], f"{'has' if said[1] else 'have'} already sung {where}")
        return capitalised(f"{sung}{'?' if m['ai'] else stop(m['end'])}")
    if m["tense"] == "đã":
        return capitalised(f"{said[0]} sang {where}{'?' if m['ai'] else stop(m['end'])}")
    if m["ai"]:
        return f"Who's singing {where}?"
    will = "'ll" if said[0] in EN_WHOSE else " will"  # ("She'll sing", "My mother will sing")
    return capitalised(f"{said[0]}{will} sing {where}{stop(m['end'])}")


def _hoarse(text: str) -> str | None:
    """"Tôi bị khản giọng vì hát karaoke." as "My voice is hoarse from singing karaoke.", "Giọng tôi bị khản rồi." as
    "My voice is hoarse." (_HOARSE); None for anything else."""
    m = next((m for p in _HOARSE if (m := p.fullmatch(text))), None)
    if not m or m["khan"] == "khàn" and not (m["bi"] or m["done"] or m["sung"]):
        return None
    if m.re == _HOARSE[0]:
        said = who(m, False)
        whose = said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s")
    else:
        whose = _whose(m)
    if not whose:
        return None
    much = f" {_MUCH[keyed(m['much'])]}" if m["much"] else ""
    sung = f" from singing{' karaoke' * bool(m['karaoke'])}{much}" if m["sung"] else ""
    return capitalised(f"{_voices_are(whose)} hoarse{sung}{stop(m['end'])}")


def _who_agrees(m: re.Match, one_said: bool, negated: str | None = None) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one, where the verb (`one_said`: "sings", "has") or the
    "don't"/"doesn't" (`negated`) agrees with who; None where it does not ("He sing", "She don't")."""
    who_, one = who_vi(m)
    if negated:
        return (who_, one) if not one_said and negated.lower().startswith("does") == one else None
    return (who_, one) if one_said == one else None


def _well_said_vi(well: tuple[str, bool], very: str | None, negated: bool) -> str:
    """How well (or how fine a voice) in Vietnamese: "rất hay", "hay quá", "khá dở", "không hay lắm"."""
    adj, strong = well
    if negated:
        return f"không {adj}{' lắm' if very else ''}"
    very = _VERY_VI.get((very or "").lower(), "rất" if strong else "")
    return f"{adj} quá" if very == "quá" else f"{very} {adj}".strip()


def _well_vi(text: str) -> str | None:
    """"He sings karaoke really well." as "Anh ấy hát karaoke rất hay.", "I sing badly." as "Tôi hát dở.", "She sings
    beautifully." as "Cô ấy hát rất hay." (_WELL_EN); None for anything else, "well" without karaoke
    (mt/skills.py's), and a verb that does not agree with who."""
    m = _WELL_EN.fullmatch(text)
    if not m or m["how"] == "well" and not m["karaoke"] or m["not"] and m["how"] != "well":
        return None
    if not (said := _who_agrees(m, m["sings"] == "sings", m["not"])):
        return None
    if (m["very"] or "").lower() == "very" and m["how"] in ("terribly", "awfully"):
        return None  # ("very terribly" is not said so)
    how = _well_said_vi(_HOW_VI[m["how"]], m["very"], bool(m["not"]))
    return capitalised(f"{said[0]} hát{' karaoke' * bool(m['karaoke'])} {how}{stop(m['end'])}")


def _singer_vi(text: str) -> str | None:
    """"I'm a terrible singer." as "Tôi hát rất dở.", "She's a great singer." as "Cô ấy hát rất hay.", "I'm not a
    great singer." as "Tôi hát không hay lắm." (_SINGER_EN); None for anything else, "a good singer" (mt/skills.py's),
    "not a bad singer", and "is" that does not agree with who."""
    m = _SINGER_EN.fullmatch(text)
    if not m or not be_agrees(m, m["be"]) or not _article_agrees(m["a"], m["very"] or m["adj"]):
        return None
    if who_vi(m)[0] in ("chúng tôi", "họ"):
        return None  # ("They're a great singer.": singers)
    well = _SINGERS_VI[m["adj"].lower()]
    if (m["very"] or "").lower() == "very" and well[1] or m["not"] and well[0] == "dở":
        return None  # ("a very terrible singer": "terrible" is as far as it goes; "not a bad singer")
    very = m["very"] or ("very" if m["not"] else None)  # ("not a great singer": "không hay lắm")
    return capitalised(f"{who_vi(m)[0]} hát {_well_said_vi(well, very, bool(m['not']))}{stop(m['end'])}")


def _article_agrees(article: str, word: str) -> bool:
    """Whether "a" or "an" goes with the word after it ("an amazing", "a great"; not "a amazing", "an great").

    >>> _article_agrees("an", "amazing"), _article_agrees("a", "great"), _article_agrees("a", "amazing")
    (True, True, False)
    """
    return (article.lower() == "an") == word.lower().startswith(tuple("aeiou"))


def _tune_vi(text: str) -> str | None:
    """"I sing out of tune." as "Tôi hát lệch tông.", "He always sings out of tune." as "Anh ấy luôn hát lệch tông."
    (_TUNE_EN); None for anything else, and a verb that does not agree with who."""
    m = _TUNE_EN.fullmatch(text)
    if not m or not (said := _who_agrees(m, m["sings"] == "sings")) or m["bit"] and m["tune"] == "in tune":
        return None
    seldom = f"{SELDOM_VI[m['seldom'].lower()]} " if m["seldom"] else ""
    tune = _TUNES_VI[m["tune"].lower()]
    return capitalised(f"{said[0]} {seldom}hát {'hơi ' * bool(m['bit'])}{tune}{stop(m['end'])}")


def _voice_vi(text: str) -> str | None:
    """"She has a beautiful voice." as "Cô ấy có giọng đẹp.", "You've got such a lovely voice!" as "Bạn có giọng hay
    quá!" (_VOICE_EN); None for anything else, and "has" that does not agree with who."""
    m = _VOICE_EN.fullmatch(text)
    has = m and keyed(m["has"].replace("’", "'"))
    if (not m or not (said := _who_agrees(m, has.startswith(("has", "'s")))) or m["such"] and m["very"]
            or not _article_agrees(m["a"], m["very"] or m["fine"])):
        return None
    fine = _well_said_vi((_FINE_VI[m["fine"].lower()], False), "so" if m["such"] else m["very"], False)
    return capitalised(f"{said[0]} có giọng{' hát' * bool(m['singing'])} {fine}{stop(m['end'])}")


def _who_sang_vi(text: str) -> str | None:
    """"Who sang this song?" as "Bài này ai hát vậy?" (_WHO_SANG_EN); None for anything else."""
    m = _WHO_SANG_EN.fullmatch(text)
    return m and f"Bài {'này' if m['this'] == 'this' else 'đó'} ai hát vậy?"


def _sing_us_vi(text: str) -> str | None:
    """"Sing us a song!" as "Hát cho chúng tôi nghe một bài đi!", "Can you sing me a song?" as "Bạn có thể hát cho
    tôi nghe một bài không?", "Will you sing us a song?" as "Bạn hát cho chúng tôi nghe một bài nhé?" (_SING_US_EN);
    None for anything else."""
    m = _SING_US_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]):
        return None
    whom = "chúng tôi" if (m["whom"] or m["for"]) == "us" else "tôi"
    song = f"hát cho {whom} nghe một bài"
    if m["can"] in ("Can", "Could"):
        return f"Bạn có thể {song} không?"
    return f"Bạn {song} nhé?" if m["can"] else capitalised(f"{song} đi{stop(m['end'])}")


def _favourite_vi(text: str) -> str | None:
    """"What's your favourite song to sing at karaoke?" as "Bài hát yêu thích của bạn khi hát karaoke là gì?"
    (_FAVOURITE_EN); None for anything else."""
    m = _FAVOURITE_EN.fullmatch(text)
    if not m:
        return None
    return f"{'Bài tủ' if m['go'] else 'Bài hát yêu thích'} của {WHOSE_VI[m['owner'].lower()]} khi hát karaoke là gì?"


def _wedding_vi(text: str) -> str | None:
    """"She sang at our wedding." as "Cô ấy đã hát ở đám cưới của chúng tôi.", "Who will sing at your wedding?" as
    "Ai sẽ hát ở đám cưới của bạn?" (_WEDDING_EN); None for anything else."""
    m = _WEDDING_EN.fullmatch(text)
    if not m or bool(m["ai"]) != ("?" in m["end"]):
        return None
    who_ = "ai" if m["ai"] else who_vi(m)[0]
    whose = _whose_vi(m)
    event = f"{'một ' * bool(m['a'])}{_EVENTS_VI[keyed(m['event'])]}{f' của {whose}' if whose else ''}"
    tense = "đã" if "sang" in m["verb"] else "sẽ"
    return capitalised(f"{who_} {tense} hát ở {event}{'?' if m['ai'] else stop(m['end'])}")


def _hoarse_vi(text: str) -> str | None:
    """"My voice is hoarse from singing." as "Tôi bị khản giọng vì hát.", "I'm hoarse from singing karaoke too much."
    as "Tôi bị khản giọng vì hát karaoke nhiều quá." (_HOARSE_EN); None for anything else."""
    m = next((m for p in _HOARSE_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    if m.re == _HOARSE_EN[1]:
        who_ = who_vi(m)[0] if be_agrees(m, m["be"]) else None
    else:
        who_ = _whose_vi(m)
    if not who_:
        return None
    much = f" {_MUCH_VI[keyed(m['much'])]}" if m["much"] else ""
    sung = f" vì hát{' karaoke' * bool(m['karaoke'])}{much}" if m["sung"] else ""
    return capitalised(f"{who_} bị khản giọng{sung}{stop(m['end'])}")


def _can_vi(text: str) -> str | None:
    """"I can't sing." as "Tôi không biết hát.", "Can you sing?" as "Bạn có biết hát không?"; None for any other."""
    m = next((m for p in _CAN_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_ = who_vi(m)[0]
    if m.re == _CAN_EN[0]:
        if who_ in ("tôi", "chúng tôi"):
            return None  # ("Can I sing?" asks leave, not whether one knows how)
        return capitalised(f"{who_} có biết hát không?")
    if keyed(m["can"]) == "can":
        return None if m["all"] else capitalised(f"{who_} biết hát{stop(m['end'])}")
    return capitalised(f"{who_} không biết hát{' chút nào' * bool(m['all'])}{stop(m['end'])}")
