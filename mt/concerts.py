"""Going to concerts and who is performing, both ways, written whole by rule. v8 (with every rule before this one)
reads "ca nhạc" and "hòa nhạc" as music, "concert" as bread or bilateral, "biểu diễn" as showing: "Tối qua tôi đi xem
ca nhạc." → "Last night, I went to the music.", "Tối qua tôi đi xem hòa nhạc." → "Last night, I went to concerts.",
"Bạn có đi xem concert không?" → "Do you go to the bilateral?", "Tối qua tôi đi xem concert." → "Last night, I was
going to see the bread.", "Tôi muốn đi xem hòa nhạc." → "I want to go to music.", "Tôi chưa bao giờ đi xem hòa
nhạc." → "I've never been going to go to concert.", "Họ sẽ biểu diễn ở Hà Nội vào tháng sau." → "They will show in
Hanoi next month.", "Sơn Tùng sẽ biểu diễn ở Hà Nội." → "The My Son will show in Hanoi.", "Ai biểu diễn vậy?" → "Who
shows this?", "Cô ấy đã hát ở buổi hòa nhạc." → "She was singing at the concert."; "She sang at a concert." → "Cô ấy
đến buổi hòa nhạc.", "They're performing in Hanoi next month." → "Họ đang thực hiện ở Hà Nội …" (carrying out), "I'm
going to a concert tonight." → "Tôi sẽ hòa nhạc tối nay.", "I love going to concerts." → "Tôi rất yêu sẽ hòa nhạc.",
"Who's performing tonight?" → "Ai đang thực hiện tối nay?".

Taken: who (mt.hobbies.WHO, WHO_EN) went, is going, wants to go (Vietnamese only), likes going to a concert ("đi xem
hòa nhạc", "đi xem ca nhạc", "đi xem concert", "đêm nhạc", "buổi hòa nhạc", whose or a singer's by a name with
capitals), has never or ever been to one (Vietnamese only), with a day of mt.free_time.when (and mt.dates.LAST,
NEAR_SPANS) that says the tense, or "đã", "sẽ"; said, denied or asked ("Bạn có đi xem concert không?": "Are you going
to the concert?"); who, a band or a singer by name performed, is performing or sang, at a concert or in a place of
mt.people.named_place, on a day; who or which band is performing, asked. Left: a tense nothing says ("Tôi đi xem hòa
nhạc.", "Lan đi xem hòa nhạc tối thứ bảy."), tickets (mt/tickets.py), when it starts (mt/timetables.py, mt.patterns),
how it was (mt/how_was.py), looking forward to it (mt/looking_forward.py), "Chúng ta đi xem hòa nhạc nhé." and
English wanting to go or having been (v8 writes them well), "Who's playing?" (a match?), "anh", "chị", "em" alone
saying it (mt.hobbies.who), English whose verb does not agree with who.
mt.phrasebook.translate tries these after mt/school_years.py.

    >>> translate("Tối qua tôi đi xem ca nhạc.", "vi", "en"), translate("She sang at a concert.", "en", "vi")
    ('I went to a concert last night.', 'Cô ấy đã hát ở một buổi hòa nhạc.')
"""
from __future__ import annotations

import re

from . import dates, tense
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, WHO, WHO_EN, be_agrees, be_of, someone, who, who_vi
from .lazy_re import lazy
from .people import named_place, performer
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (BE_EN, EN_DAYS, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, present,
                   stop, strip_marks)

_DAYS = dates.LAST | dates.NEAR_SPANS  # (with mt.free_time.when's own: "tháng sau", "next month")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhạc|concert|biểu\s+diễn|\bhát)"), "en": lazy(r"(?i:concert|perform|\bsing|sang|play)")}
# a name, each word with a capital or a digit first (a singer's: "Mỹ Tâm", "Sơn Tùng M-TP", "Son Tung", "BTS")
_CAPITAL = "[0-9A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper()) + "]"
_NAME = rf"{_CAPITAL}[\w'’&-]*(?:\s+{_CAPITAL}[\w'’&-]*){{0,3}}"
_NAME_EN = r"[A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){0,3}"
_NOT_NAMES = {"Ai", "Nó", "Who", "Which", "It", "This", "That", "There", "Everyone", "Everybody", "Nobody",
              "Someone", "Somebody", "Many", "Some", "All", "People", "Tonight", "Today", "Tomorrow", "Yesterday",
              "Now", "Then", "Last", "Next", "On", "In", "At", "So", "And", "But"}  # (words opening a sentence)
# the concert ("hòa nhạc", "một buổi hòa nhạc", "đêm nhạc của Mỹ Tâm", "buổi hòa nhạc của họ")
_CONCERT = (rf"(?P<one>một\s+)?(?P<buoi>buổi\s+)?(?i:hòa\s+nhạc|hoà\s+nhạc|ca\s+nhạc|concert|đêm\s+nhạc)"
            rf"(?:\s+của\s+(?:{OWNER}|(?P<name>{_NAME})))?")
_GO = r"(?:đi\s+(?:xem|nghe|đến|tới)|đến|tới)"
# going, gone, wanted, liked, never been ("Tối qua tôi đi xem ca nhạc.", "Bạn có đi xem concert không?")
_GOING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+|"
              r"(?P<never>chưa\s+(?:bao\s+giờ|từng))\s+|(?P<ever>bao\s+giờ|từng)\s+)?"
              rf"(?:(?P<likes>muốn|thích|mê)\s+)?{_GO}\s+{_CONCERT}{DAY_AFTER}"
              rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# performing ("Họ sẽ biểu diễn ở Hà Nội vào tháng sau.", "Ai biểu diễn tối nay?", "Cô ấy đã hát ở buổi hòa nhạc.")
_PERFORMER = (rf"(?:(?P<ai>[Aa]i)|(?P<which>[Bb]an\s+nhạc\s+nào)|(?P<band>[Bb]an\s+nhạc)(?:\s+(?:của\s+)?"
              rf"(?P<bowner>(?i:{alternatives(OWNERS)})))?|{WHO}|(?P<singer>{_NAME}))")
_PERFORMING = lazy(rf"{DAY_OPENING}{_PERFORMER}\s+(?:(?P<tense>đã|sẽ|đang)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
                   rf"(?P<verb>biểu\s+diễn|hát)(?:\s+(?:ở|tại)\s+(?:(?P<at>{_CONCERT})|(?P<place>{_NAME})))?"
                   rf"{DAY_AFTER}(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... and in English ("a concert", "the concert", "their concert", "Son Tung's concert")
_CONCERT_EN = rf"(?:(?P<det>a|the)|(?P<cwhose>{WHOSE_WORDS})|(?P<name>{_NAME_EN})['’]s?)\s+concert"
_WENT_EN = lazy(rf"(?:(?P<aux0>Did|Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<benot>\s+not|n['’]t)?|"
                rf"\s+(?P<didnt>didn['’]t|did\s+not))?\s+(?P<verb>went|go|going)\s+to\s+{_CONCERT_EN}"
                rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích"}
_LIKING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                  rf"(?P<likes>(?:{alternatives(_LIKES_VI)})s?)\s+going\s+to\s+concerts\s*(?P<end>[.!?]*)")
_VERBS_VI = {"perform": "biểu diễn", "sing": "hát", "play": "biểu diễn"}
_FORMS = {"perform": ("perform", "performed", "performing"), "sing": ("sing", "sang", "singing"),
          "play": ("play", "played", "playing")}
_FORM = {said: (verb, i) for verb, forms in _FORMS.items() for i, said in enumerate(forms)}
_PERFORMING_EN = lazy(rf"(?:(?P<aux0>Is|Are|Did|Will)\s+)?(?:(?P<q>Who|Which\s+band)|(?P<band>[Tt]he\s+band|"
                      rf"(?P<bwhose>(?i:{WHOSE_WORDS}))\s+band)|{WHO_EN}|(?P<singer>{_NAME_EN}))"
                      rf"(?:{BE_EN}(?P<benot>\s+not|n['’]t)?|\s+(?P<aux>did(?:\s+not|n['’]t)|will(?:\s+not)?|"
                      rf"won['’]t))?\s+(?P<verb>{alternatives(_FORM)})(?:\s+(?:at\s+{_CONCERT_EN}|"
                      rf"in\s+(?P<place>{_NAME_EN})))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who went, is going or likes going to a concert, or who is
    performing; None for any other."""
    if src == "vi":
        return _going(text) or _performing(text)
    return _went_vi(text) or _liking_vi(text) or _performing_vi(text)


def _day_en(said: str | None) -> tuple[str, str] | None:
    """A Vietnamese day in English with a space before it (" last night", " on Saturday"), and whether it is
    "behind", "ahead" (tonight too) or "" (none, today, a weekday); None for one not read."""
    day = when(said, "vi", _DAYS)
    if day is None:
        return None
    return (f" on {day}" if day.partition(" ")[0] in EN_DAYS else f" {day}" if day else ""), _side(day)


def _side(day: str) -> str:
    """Whether an English day is "behind" ("last night"), "ahead" ("tomorrow", "tonight") or neither ("")."""
    return "behind" if tense.BEHIND.match(day) else "ahead" if dates.AHEAD.match(day) or day == "tonight" else ""


def _concert_en(m: re.Match, the: bool) -> str | None:
    """The concert of a match of _CONCERT in English: "Mỹ Tâm's concert", "their concert", "a concert" ("một"), "the
    concert" ("buổi", or `the`), else "a concert"; None for a name not written as one."""
    if m["name"]:
        return f"{strip_marks(m['name'])}'s concert" if performer(m["name"]) else None
    if m["owner"] or m["someone"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
        return whose and f"{whose}{'' if m['owner'] else chr(39) + 's'} concert"
    return "a concert" if m["one"] else "the concert" if m["buoi"] or the else "a concert"


def _going(text: str) -> str | None:
    """"Tối qua tôi đi xem ca nhạc." as "I went to a concert last night.", "Bạn có đi xem concert không?" as "Are
    you going to the concert?", "Tôi muốn đi xem hòa nhạc." as "I want to go to a concert.", "Mẹ tôi thích đi xem
    ca nhạc." as "My mother likes going to concerts.", "Tôi chưa bao giờ đi xem hòa nhạc." as "I've never been to a
    concert." (_GOING); None for anything else, and where nothing says the tense."""
    m = _GOING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["day0"] and m["day"]:
        return None
    said, day = who(m, asked), _day_en(m["day0"] or m["day"])
    concert = m and _concert_en(m, asked or bool(m["not"]))
    if said is None or day is None or concert is None:
        return None
    (who_, one), (day, side), tense_ = said, day, m["tense"]
    chua, plain = m["asked"] == "chưa", not (m["one"] or m["buoi"] or m["owner"] or m["someone"] or m["name"])
    if m["never"] or m["ever"]:  # ("Bạn đã bao giờ … chưa?": ever; "Tôi chưa bao giờ …": never)
        if not plain or day or m["likes"] or not (m["never"] and not (chua or tense_) or chua and tense_ == "đã"):
            return None
        have = "has" if one else "have"
        return f"{have.capitalize()} {who_} ever been to a concert?" if chua else \
            capitalised(contracted(who_, f"{have} never been to a concert{stop(m['end'])}"))
    if chua or m["likes"] and tense_:
        return None
    if m["likes"] in ("thích", "mê"):
        if not plain or day:
            return None
        likes = "like" if m["likes"] == "thích" else "love"
        return present(who_, one, likes, "going to concerts", asked, bool(m["not"]), None if m["not"] else m["end"])
    if m["likes"]:  # "muốn"
        if side == "behind":
            return None
        does = "does" if one else "do"
        wants = f"{does.capitalize()} {who_} want" if asked else f"{who_} {does}n't want" if m["not"] else \
            f"{who_} want{'s' * one}"
        return capitalised(f"{wants} to go to {concert}{day}{'?' if asked else stop(m['end'])}")
    past = tense_ == "đã" or not tense_ and side == "behind"
    future = tense_ == "sẽ" or not tense_ and (side == "ahead" or asked and not day)
    if past == future or past and (side == "ahead" or asked and tense_) or future and side == "behind":
        return None
    if past:
        return f"Did {who_} go to {concert}{day}?" if asked else capitalised(
            f"{who_} {'didn' + chr(39) + 't go' if m['not'] else 'went'} to {concert}{day}{stop(m['end'])}")
    be_ = be(who_)
    if asked:
        return f"{be_.capitalize()} {who_} going to {concert}{day}?"
    return capitalised(contracted(who_, f"{be_}{' not' * bool(m['not'])} going to {concert}{day}{stop(m['end'])}"))


def _performer(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who performs of a match of _PERFORMER in English, and whether it takes "is": "who", "which band", "their
    band", "Son Tung", "my sister"; None for a name not written as one, or "anh" alone said."""
    if m["ai"] or m["which"]:
        return ("who" if m["ai"] else "which band"), True
    if m["band"]:
        return f"{OWNERS[keyed(m['bowner'])] if m['bowner'] else 'the'} band", True
    if m["singer"]:
        return (strip_marks(m["singer"]), True) if performer(m["singer"]) else None
    return who(m, asked)


def _performing(text: str) -> str | None:
    """"Họ sẽ biểu diễn ở Hà Nội vào tháng sau." as "They're performing in Hanoi next month.", "Cô ấy đã hát ở một
    buổi hòa nhạc." as "She sang at a concert.", "Tối nay ai biểu diễn?" as "Who's performing tonight?", "Ban nhạc
    nào biểu diễn tối nay?" as "Which band is performing tonight?" (_PERFORMING); None for anything else, and where
    nothing says the tense."""
    m = _PERFORMING.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    q, asked = bool(m["ai"] or m["which"]), bool(m["asked"])
    place = m["place"] and not _NOT_NAMES.intersection(m["place"].split()) and named_place(m["place"], "vi")
    if (asked or q) != ("?" in m["end"]) or q and (asked or m["ask"] or m["not"]) or m["ask"] and not asked or (
            m["place"] and not place):
        return None  # ("Ai biểu diễn?" asks without "không")
    said, day = _performer(m, asked), _day_en(m["day0"] or m["day"])
    concert = _concert_en(m, asked or bool(m["not"])) if m["at"] else ""
    if said is None or day is None or concert is None:
        return None
    (who_, _), (day, side), tense_ = said, day, m["tense"]
    verb = "perform" if keyed(m["verb"]) == "biểu diễn" else "sing"
    where = f" at {concert}" if concert else f" in {place}" if place else ""
    past = tense_ == "đã" or not tense_ and side == "behind"
    now = tense_ in ("sẽ", "đang") or not tense_ and (side == "ahead" or q or asked) and not past
    if past == now or past and side == "ahead" or now and side == "behind" or tense_ == "đang" and side or (
            asked and tense_):
        return None
    if past:
        done = _FORMS[verb][1]
        if q:
            return f"{capitalised(who_)} {done}{where}{day}?"
        return f"Did {who_} {verb}{where}{day}?" if asked else capitalised(
            f"{who_} {'didn' + chr(39) + 't ' + verb if m['not'] else done}{where}{day}{stop(m['end'])}")
    be_, doing = "is" if q else be(who_), f"{_FORMS[verb][2]}{where}{day}"
    if q:
        return f"{capitalised(who_)}{chr(39) + 's' if who_ == 'who' else ' is'} {doing}?"
    if asked:
        return f"{be_.capitalize()} {who_} {doing}?"
    if tense_ == "sẽ" and not side:  # ("Họ sẽ biểu diễn ở Hà Nội.": will, when is not said)
        said = f"{who_} won't {verb}" if m["not"] else contracted(who_, f"will {verb}")
        return capitalised(f"{said}{where}{stop(m['end'])}")
    return capitalised(contracted(who_, f"{be_}{' not' * bool(m['not'])} {doing}{stop(m['end'])}"))


def _concert_vi(m: re.Match, going: bool) -> str:
    """The concert of a match of _CONCERT_EN in Vietnamese: "a concert" as "hòa nhạc" after "đi xem" (`going`), else
    "một buổi hòa nhạc"; "the concert" as "buổi hòa nhạc"; "their concert", "Son Tung's concert" as "buổi hòa nhạc
    của họ", "… của Son Tung"."""
    if m["det"]:
        return ("hòa nhạc" if going else "một buổi hòa nhạc") if m["det"] == "a" else "buổi hòa nhạc"
    return f"buổi hòa nhạc của {WHOSE_VI[m['cwhose'].lower()] if m['cwhose'] else m['name']}"


def _went_vi(text: str) -> str | None:
    """"I went to a concert last night." as "Tối qua tôi đi xem hòa nhạc.", "Are you going to the concert?" as "Bạn
    có đi xem buổi hòa nhạc không?", "I'm going to a concert tonight." as "Tối nay tôi sẽ đi xem hòa nhạc.", "Did you
    go to the concert?" as "Bạn có đi xem buổi hòa nhạc không?" (_WENT_EN); None for anything else, and where a verb
    does not agree with who or the day with the tense."""
    m = _WENT_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and (m["be"] or m["didnt"]) or (
            m["name"] and not performer(m["name"])):
        return None
    who_, _ = who_vi(m)
    day, side = when(m["day"], "en", _DAYS), _side(m["day"] or "")
    aux0, verb, concert = (m["aux0"] or "").lower(), m["verb"], _concert_vi(m, True)
    if day is None:
        return None
    if verb == "went" or aux0 == "did" or m["didnt"]:  # done
        if side == "ahead" or verb != ("went" if not (aux0 or m["didnt"]) else "go") or m["be"]:
            return None
        said = f"{who_} {'có ' if aux0 else 'không ' if m['didnt'] else '' if side else 'đã '}đi xem {concert}"
        return placed(said, day, " không?" if aux0 else stop(m["end"]))
    if verb != "going" or side == "behind" or not be_agrees(m, m["be"] or aux0):
        return None
    not_ = "không " if m["benot"] else ""
    said = f"{who_} có đi xem {concert}" if aux0 else f"{who_} sẽ {not_}đi xem {concert}"
    return placed(said, day, " không?" if aux0 else stop(m["end"]))


def _liking_vi(text: str) -> str | None:
    """"I love going to concerts." as "Tôi rất thích đi xem hòa nhạc.", "Do you like going to concerts?" as "Bạn có
    thích đi xem hòa nhạc không?" (_LIKING_EN); None for anything else, and where the verb does not agree."""
    m = _LIKING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    if m["likes"].endswith("s") != (one and not aux) or aux and aux.startswith("does") != one:
        return None
    likes = _LIKES_VI[m["likes"].lower().removesuffix("s")]
    if m["do"] or m["not"]:
        likes = f"{'có' if m['do'] else 'không'} {likes.removeprefix('rất ')}"
    return capitalised(f"{who_} {likes} đi xem hòa nhạc{' không?' if m['do'] else stop(m['end'])}")


def _performing_vi(text: str) -> str | None:
    """"They're performing in Hanoi next month." as "Tháng sau họ sẽ biểu diễn ở Hà Nội.", "She sang at a concert."
    as "Cô ấy đã hát ở một buổi hòa nhạc.", "Who's performing tonight?" as "Tối nay ai biểu diễn?" (_PERFORMING_EN);
    None for anything else, "play" with no concert nor place ("Who's playing?": a match?), and where a verb does not
    agree with who or the day with the tense."""
    m = _PERFORMING_EN.fullmatch(text)
    if not m or m["name"] and not performer(m["name"]) or m["singer"] and not performer(m["singer"]):
        return None
    verb, form = _FORM[m["verb"]]
    place = m["place"] and named_place(m["place"], "en")
    at = m["det"] or m["cwhose"] or m["name"]
    if m["place"] and not place or verb != "perform" and not (at or place or m["q"] and (verb == "sing") != (
            m["q"] != "Who")):  # ("Who's playing?": a match?)
        return None
    if m["q"] and (m["benot"] or m["aux"] and "n" in m["aux"].replace("won", "wo")):
        return None  # ("Who's not singing tonight?", "Who didn't sing?")
    if m["q"]:
        who_, one = ("ai" if m["q"] == "Who" else "ban nhạc nào"), True
    elif m["band"]:
        who_, one = f"ban nhạc{' của ' + WHOSE_VI[m['bwhose'].lower()] if m['bwhose'] else ''}", True
    elif m["singer"]:
        who_, one = m["singer"], True
    else:
        who_, one = who_vi(m)
    day, side = when(m["day"], "en", _DAYS), _side(m["day"] or "")
    aux0, aux = (m["aux0"] or "").lower(), " ".join((m["aux"] or "").lower().replace("’", "'").split())
    asked = "?" in m["end"]
    if day is None or asked != bool(aux0 or m["q"]) or aux0 and (m["be"] or aux) or m["q"] and aux0:
        return None
    where = f" ở {_concert_vi(m, False)}" if at else f" ở {place}" if place else ""
    not_ = "không " if m["benot"] or "not" in aux or "n't" in aux else ""
    if form == 1 or aux0 == "did" or aux.startswith("did"):  # done
        if side == "ahead" or form != (1 if not (aux0 or aux) else 0) or m["be"]:
            return None
        said = f"{who_} {'có ' if aux0 else not_ or ('' if side else 'đã ')}{_VERBS_VI[verb]}{where}"
    elif form == 2:  # performing (now, or on a day ahead)
        be_ = m["be"] or aux0
        if side == "behind" or not be_ or not m["q"] and be_of(who_, one) != be_said(be_):
            return None
        soon = "sẽ " if side == "ahead" else "" if m["q"] or aux0 else "đang "
        said = f"{who_} {'có ' if aux0 else not_ + soon}{_VERBS_VI[verb]}{where}"
    elif aux0 == "will" or aux.startswith(("will", "won")):
        if side == "behind" or m["q"]:
            return None
        said = f"{who_} {'có' if aux0 else 'sẽ ' + not_} {_VERBS_VI[verb]}{where}"
    else:
        return None
    return placed(" ".join(said.split()), day, " không?" if aux0 else "?" if m["q"] else stop(m["end"]))
