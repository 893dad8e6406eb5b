"""Two things or people compared, or the most of some, said or asked, both ways, written whole by rule. v7: "Áo này đẹp
hơn áo kia." → "It's better than the other coat.", "Hôm nay nóng hơn hôm qua." → "Today hoter than yesterday.", "Em gái
tôi cao hơn tôi." → "My sister higher than me.", "Có cái nào rẻ hơn không?" → "Is there cheaper?"; "Today is hotter
than yesterday." → "Ngày nay nóng hơn hôm qua." (nowadays), "Which dish is the best?" → "Ngải tật nào là tốt nhất?".

Each side is someone (a pronoun, kin and whose, a given name: mt/hobbies.py), this or that one or thing of THINGS, or
a day near today; how they compare one of QUALITIES, with "hơn" (-er … than) or "nhất" (the -est). Asked: which one
("Cái nào rẻ hơn?"), or whether there is one ("Có cái nào rẻ hơn không?"). mt.phrasebook.translate tries these after
mt/traits.py.

    >>> translate("Áo này đẹp hơn áo kia.", "vi", "en"), translate("My sister is taller than me.", "en", "vi")
    ('This shirt is nicer than that one.', 'Em gái tôi cao hơn tôi.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import LAST
from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .text import EN_OBJECT, EN_OBJECT_VI, alternatives, be, be_said, capitalised, keyed

# how two compare: Vietnamese, and English with "-er" and "the -est" (the first Vietnamese of each is written back)
QUALITIES = {"rẻ": ("cheaper", "cheapest"), "đắt": ("more expensive", "most expensive"),
             "mắc": ("more expensive", "most expensive"), "đẹp": ("nicer", "nicest"), "tốt": ("better", "best"),
             "ngon": ("tastier", "tastiest"), "lớn": ("bigger", "biggest"), "to": ("bigger", "biggest"),
             "rộng": ("bigger", "biggest"), "nhỏ": ("smaller", "smallest"), "cao": ("taller", "tallest"),
             "thấp": ("shorter", "shortest"), "nóng": ("hotter", "hottest"), "lạnh": ("colder", "coldest"),
             "ấm": ("warmer", "warmest"), "nhanh": ("faster", "fastest"), "chậm": ("slower", "slowest"),
             "khó": ("harder", "hardest"), "dễ": ("easier", "easiest"), "xa": ("farther", "farthest"),
             "gần": ("closer", "closest"), "mới": ("newer", "newest"), "cũ": ("older", "oldest"),
             "trẻ": ("younger", "youngest"), "già": ("older", "oldest"), "nặng": ("heavier", "heaviest"),
             "nhẹ": ("lighter", "lightest"),
             "dài": ("longer", "longest"), "ngắn": ("shorter", "shortest"), "sạch": ("cleaner", "cleanest"),
             "yên tĩnh": ("quieter", "quietest"), "ồn": ("noisier", "noisiest")}
_MORE_VI = {er: vi for vi, (er, _) in reversed(QUALITIES.items())} | {"larger": "lớn", "further": "xa"}
_MOST_VI = {est: vi for vi, (_, est) in reversed(QUALITIES.items())} | {"largest": "lớn", "furthest": "xa"}
# ... where Vietnamese has one word for people and another for things ("thấp" and "ngắn": short; "cũ", old, is of
# things)
_OF_PEOPLE = {"shorter": "thấp", "shortest": "thấp", "older": "lớn tuổi", "oldest": "lớn tuổi"}
_OF_THINGS = {"shorter": "ngắn", "shortest": "ngắn", "older": "cũ", "oldest": "cũ"}
# ... and the words that say someone's age, not their size, when someone is compared
_OF_AGE = {"lớn", "to", "nhỏ", "bé"}
# things compared, and what English calls them
THINGS = {"cái": "one", "chiếc": "one", "áo": "shirt", "phòng": "room", "khách sạn": "hotel",
          "nhà hàng": "restaurant", "quán": "restaurant", "món": "dish", "điện thoại": "phone", "xe": "car",
          "đôi giày": "pair of shoes", "đường": "road", "thành phố": "city"}
_THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())}
_THIS = {"này": "this", "kia": "that", "đó": "that", "ấy": "that"}
_DAYS = {"hôm nay": ("today", "is"), "hôm qua": ("yesterday", "was"), "ngày mai": ("tomorrow", "will be")}
_DAYS_VI = {en: vi for vi, (en, _) in _DAYS.items()}
_QUALITY = rf"(?P<q>(?i:{alternatives(QUALITIES)}))"
_ONE_VI = (rf"(?:(?P<thing>(?i:{alternatives(THINGS)}))\s+(?P<this>{alternatives(_THIS)})|"
           rf"(?P<day>(?i:{alternatives(_DAYS)})))")
_SAID = lazy(rf"(?:{WHO}|{_ONE_VI})\s+(?:(?P<will>sẽ)\s+)?{_QUALITY}\s+(?P<how>hơn|nhất)"
             r"(?:\s+(?P<other>[^.!?]+?))?\s*(?P<end>[.!]*)")
_WHICH = lazy(rf"(?P<thing>(?i:{alternatives(THINGS)}))\s+nào\s+{_QUALITY}\s+(?P<how>hơn|nhất)"
              r"(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_ANY = lazy(rf"(?:(?P<you>Bạn|Anh|Chị|Em)\s+)?(?:[Cc]ó\s+còn|[Cc]òn|[Cc]ó)\s+"
            rf"(?P<thing>(?i:{alternatives(THINGS)}))\s+nào\s+{_QUALITY}\s+hơn\s+không(?:\s+(?:vậy|ạ))?\s*\?+")
_BE_EN = r"(?P<be>is|are|am|was|were|will\s+be|['’]s|['’]re|['’]m|['’]ll\s+be)"
_ONE_EN = (rf"(?:(?P<this>[Tt]his|[Tt]hat)\s+(?P<thing>{alternatives(_THINGS_VI)})|"
           rf"(?P<day>(?i:{alternatives(_DAYS_VI)})))")
_SAID_EN = lazy(rf"(?:{WHO_EN}|{_ONE_EN})\s*{_BE_EN}\s+(?:(?P<more>{alternatives(_MORE_VI)})\s+than\s+"
                rf"(?P<other>[^.!?]+?)|the\s+(?P<most>{alternatives(_MOST_VI)}))\s*(?P<end>[.!]*)")
_WHICH_EN = lazy(rf"Which(?:\s+(?P<thing>{alternatives(_THINGS_VI)}))?\s+(?:is|are)\s+"
                 rf"(?:(?P<more>{alternatives(_MORE_VI)})|the\s+(?P<most>{alternatives(_MOST_VI)}))\s*\?+")
_ANY_EN = [lazy(rf"(?P<ask>Is\s+there|Do\s+you\s+have)\s+(?:anything|something)\s+"
                rf"(?P<more>{alternatives(_MORE_VI)})\s*\?+"),
           lazy(rf"(?P<ask>Is\s+there|Do\s+you\s+have)\s+an?\s+(?P<more>{alternatives(_MORE_VI)})\s+"
                rf"(?P<thing>{alternatives(_THINGS_VI)})\s*\?+")]


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that compares two things or people, or asks which is more so; None else."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _compared(text) or _which(text) or _any(text)
    if (src, tgt) == ("en", "vi"):
        return _compared_vi(text) or _which_vi(text) or _any_vi(text)
    return None


def _one(m: re.Match, asked: bool = False) -> tuple[str, str] | None:
    """A side of the comparison (_SAID) in English, and "is", "are" … after it; None for one not read."""
    if m["thing"]:
        return f"{_THIS[keyed(m['this'])]} {THINGS[keyed(m['thing'])]}", "is"
    if m["day"]:
        return _DAYS[keyed(m["day"])]
    said = who(m, asked)
    return (said[0], be(said[0])) if said else None


_OTHER = {**{vi: EN_OBJECT[en] for vi, en in PRONOUNS.items()}, **{f"cái {w}": f"{en} one" for w, en in _THIS.items()},
          **{vi: en for vi, (en, _) in _DAYS.items()}, **LAST}
_OTHER_THING = lazy(rf"(?P<thing>{alternatives(THINGS)})\s+(?P<this>{alternatives(_THIS)})", re.IGNORECASE)
_OTHER_WHO = lazy(WHO)


def _other(words: str, first: str) -> str | None:
    """What the first side is compared with, in English: "me", "that one", "that room" ("that one" after the same
    thing: "This shirt is nicer than that one."), "yesterday", someone; None for anything else."""
    key = keyed(words)
    if key in _OTHER:
        return _OTHER[key]
    if m := _OTHER_THING.fullmatch(words):
        thing = THINGS[keyed(m["thing"])]
        return f"{_THIS[keyed(m['this'])]} {'one' if first.endswith(' ' + thing) else thing}"
    if (m := _OTHER_WHO.fullmatch(words)) and (said := who(m, False)) and said[0] not in EN_OBJECT:
        return said[0]  # (kin and whose, a name)
    return None


def _compared(text: str) -> str | None:
    """"Áo này đẹp hơn áo kia." as "This shirt is nicer than that one.", "Em gái tôi cao hơn tôi." as "My sister is
    taller than me.", "Cái này rẻ nhất." as "This one is the cheapest." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or m["will"] and keyed(m["day"] or "") != "ngày mai" or not (one := _one(m)):
        return None
    if keyed(m["q"]) in _OF_AGE and not (m["thing"] or m["day"]):
        return None  # ("Anh ấy lớn hơn tôi.": older, mt/people.py's or the model's)
    first, is_ = one
    more, most = QUALITIES[keyed(m["q"])]
    if m["how"] == "nhất":
        return None if m["other"] else capitalised(f"{first} {is_} the {most}{m['end'] or '.'}")
    if not m["other"]:
        return capitalised(f"{first} {is_} {more}{m['end'] or '.'}")
    other = _other(m["other"], first)
    return capitalised(f"{first} {is_} {more} than {other}{m['end'] or '.'}") if other else None


def _which(text: str) -> str | None:
    """"Cái nào rẻ hơn?" as "Which one is cheaper?", "Món nào ngon nhất?" as "Which dish is the tastiest?"
    (_WHICH); None for anything else."""
    m = _WHICH.fullmatch(text)
    if not m:
        return None
    more, most = QUALITIES[keyed(m["q"])]
    return f"Which {THINGS[keyed(m['thing'])]} is {more if m['how'] == 'hơn' else 'the ' + most}?"


def _any(text: str) -> str | None:
    """"Có cái nào rẻ hơn không?" as "Is there a cheaper one?", "Bạn có phòng nào rộng hơn không?" as "Do you have
    a bigger room?" (_ANY); None for anything else."""
    m = _ANY.fullmatch(text)
    if not m:
        return None
    more, thing = QUALITIES[keyed(m["q"])][0], THINGS[keyed(m["thing"])]
    return f"{'Do you have' if m['you'] or thing != 'one' else 'Is there'} {a_or_an(more)} {more} {thing}?"


def _one_vi(m: re.Match) -> tuple[str, bool] | None:
    """A side of the comparison (_SAID_EN) in Vietnamese, and whether it takes "is"."""
    if m["thing"]:
        return f"{_THINGS_VI[m['thing']]} {'này' if m['this'].lower() == 'this' else 'kia'}", True
    if m["day"]:
        return _DAYS_VI[m["day"].lower()], True
    return who_vi(m)


_OTHER_VI = {**EN_OBJECT_VI, "this one": "cái này", "that one": "cái kia", **_DAYS_VI,
             **{en: vi for vi, en in reversed(LAST.items())}}
_OTHER_THING_EN = lazy(rf"(?P<this>this|that)\s+(?P<thing>{alternatives(_THINGS_VI)})", re.IGNORECASE)
_OTHER_WHO_EN = lazy(WHO_EN)


def _other_vi(words: str, first: str) -> str | None:
    """What the first side is compared with, in Vietnamese ("tôi", "cái kia", "áo kia", "hôm qua", "mẹ tôi")."""
    key = " ".join(words.split())
    if key.lower() in _OTHER_VI:
        return _OTHER_VI[key.lower()]
    if m := _OTHER_THING_EN.fullmatch(key):
        return f"{_THINGS_VI[m['thing'].lower()]} {'này' if m['this'].lower() == 'this' else 'kia'}"
    if (m := _OTHER_WHO_EN.fullmatch(key)) and not m["who"]:
        return who_vi(m)[0]
    return None


def _compared_vi(text: str) -> str | None:
    """"This room is bigger than that one." as "Phòng này lớn hơn cái kia.", "My sister is taller than me." as "Em
    gái tôi cao hơn tôi.", "This one is the cheapest." as "Cái này rẻ nhất." (_SAID_EN); None for anything else,
    and where "is", "am" or "are" does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m or not (one := _one_vi(m)):
        return None
    first, single = one
    said_be = " ".join(be_said(m["be"]).split())
    if said_be in ("was", "were", "will be", "'ll be"):
        if not m["day"]:  # (the past or what will be, of a day only: "Yesterday was colder than today.")
            return None
    elif not m["day"] and said_be != ("is" if single else "am" if first == "tôi" else "are"):
        return None
    will = "sẽ " if said_be in ("will be", "'ll be") else ""
    quality = _quality_vi(m["most"] or m["more"], not (m["thing"] or m["day"]))
    if m["most"]:
        return capitalised(f"{first} {will}{quality} nhất{m['end'] or '.'}")
    other = _other_vi(m["other"], first)
    return capitalised(f"{first} {will}{quality} hơn {other}{m['end'] or '.'}") if other else None



def _which_vi(text: str) -> str | None:
    """"Which one is cheaper?" as "Cái nào rẻ hơn?", "Which dish is the best?" as "Món nào ngon nhất?" (_WHICH_EN)."""
    m = _WHICH_EN.fullmatch(text)
    if not m:
        return None
    thing = _THINGS_VI[m["thing"]] if m["thing"] else "cái"
    quality = _quality_vi(m["more"] or m["most"], False)
    return capitalised(f"{thing} nào {quality} {'hơn' if m['more'] else 'nhất'}?")


def _any_vi(text: str) -> str | None:
    """"Is there anything cheaper?" as "Có cái nào rẻ hơn không?", "Do you have a bigger room?" as "Bạn có phòng nào
    lớn hơn không?" (_ANY_EN)."""
    m = next((m for p in _ANY_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    thing = _THINGS_VI[m["thing"]] if m.groupdict().get("thing") else "cái"
    you = "Bạn có" if m["ask"].startswith("Do") else "Có"
    return f"{you} {thing} nào {_quality_vi(m['more'], False)} hơn không?"


def _quality_vi(said: str, person: bool) -> str:
    """The Vietnamese of an English "-er" or "-est" word, for people or for things."""
    return (_OF_PEOPLE if person else _OF_THINGS).get(said) or _MORE_VI.get(said) or _MOST_VI[said]
