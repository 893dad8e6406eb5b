"""Shaving and growing, both ways, written whole by rule: who forgot to shave or has to, shaved a beard or a moustache
off, is growing one (or wants to, is going to, has started), is growing their hair long or out, and a razor needed,
had, used, forgotten or blunt. v8 (rules on) reads "cạo râu" as shame, "nuôi" as feeding, "dao cạo" as shaving, and
back "shave" as shame, "beard" as a bench, "razor" as rain: "Tôi quên cạo râu." → "I forgot to shame.", "Tôi phải
cạo râu." → "I'm shaving.", "Anh ấy cạo hết râu rồi." → "He is shaving.", "Anh ấy đang nuôi râu." → "He's feeding.",
"Anh ấy muốn để râu." → "He wanted to leave.", "Tôi đang để tóc dài." → "I'm putting long hair.", "Tôi đang nuôi
tóc." → "I'm getting hair.", "Bạn có dao cạo không?" → "Are you shaving?"; "I forgot to shave." → "Tôi quên xấu hổ.",
"He shaved his beard off." → "Anh ấy róc ra khỏi băng ghế.", "He's growing a beard." → "Anh ta đang phát triển một
chiếc ghế.", "I'm growing my hair long." → "Tôi đang mọc tóc dài.", "I need a new razor." → "Tôi cần một chiếc mưa
mới.", "My razor is blunt." → "Món của tôi bị giòn.".

Taken: who (mt.hobbies.WHO, WHO_EN) forgot to shave (a day behind or today: mt.dates.near_days; often, never:
mt.hobbies.SELDOM), asked ("à?", "có … không?"); has to shave (every morning: mt.hobbies.EVERY), doesn't, asked;
shaved their beard or moustache off ("cạo hết râu", "cạo sạch râu"; "cạo ria mép" with a word of tense), has, has
just, wants to, is going to, asked with "à?" or "chưa?" (and back "He's shaved." as "Anh ấy cạo râu rồi.", which
mt/makeup.py takes in Vietnamese); is growing a beard or a moustache ("đang để râu", "nuôi râu"), wants to, is going
to, has started, asked; is growing their hair long or out ("để tóc dài", "nuôi tóc"), the same; needs, wants to buy,
has or uses a razor (new, electric; "máy cạo râu": an electric shaver), forgot to bring theirs (on a day; "we": our
razors, one each) or one ("một": a razor); whose razor is blunt.
A woman ("mẹ tôi", "chị ấy", "Lan"; "she", "my wife"), or a name alone but a man's ("Minh"), shaving or
growing a beard is left, and English "shave" said of her (her legs?). Left: a plain verb ("Anh ấy cạo râu.", "Anh ấy
nuôi râu.", "Anh ấy để tóc dài.": a habit, or looks?), "không quên", "có cạo hết râu không?" (when?), a name alone
growing their hair in Vietnamese (his or hers?), "anh", "chị", "em" alone saying it, asked of oneself, shaving now,
done, not yet, needed, with SELDOM or EVERY and told (mt/makeup.py), a beard had and "đang để râu" said
(mt/features.py, tried first), a head shaved (mt/hair_loss.py), legs, haircuts (mt/haircuts.py), one of one's
razors blunt ("1 dao cạo của tôi"), and anything else.
mt.phrasebook.translate tries these after mt/ancestors.py.

    >>> translate("Tôi quên cạo râu.", "vi", "en"), translate("He's growing a beard.", "en", "vi")
    ('I forgot to shave.', 'Anh ấy đang để râu.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import near_days
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, his_her_of,
                      own_thing, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed, present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cạo|râu|ria|nuôi\s+tóc|để\s+tóc)"),
         "en": lazy(r"(?i:shav|beard|moustache|mustache|razor|grow\w*\s+\w+\s+hair)")}

# the days one forgot on (the first Vietnamese of each English is written back)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "hôm nay", "sáng nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_RAZORS = {"dao cạo": "razor", "dao cạo râu": "razor", "dao cạo điện": "electric razor",
           "máy cạo râu": "electric shaver"}
_RAZORS_VI = {en: vi for vi, en in reversed(_RAZORS.items())}
_FACE = {"râu": "beard", "ria": "moustache", "ria mép": "moustache"}
_FACE_VI = {"beard": "râu", "moustache": "ria mép", "mustache": "ria mép"}
_MANY = {"we", "they", "chúng tôi", "chúng ta", "họ"}

# how a Vietnamese sentence ends: "không?" after "có" (group asked), "à?" (group ah), or said
_END = rf"(?:\s+(?P<asked>không)|\s+(?P<ah>à|hả))?{SOFTENED_END}"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_RAZOR = rf"(?:(?P<one>một|1)\s+)?(?:(?:cái|chiếc)\s+)?(?P<razor>(?i:{alternatives(_RAZORS)}))(?P<new>\s+mới)?"
# forgot to shave ("Tôi quên cạo râu.", "Hôm nay tôi quên cạo râu.", "Anh ấy hay quên cạo râu.", "Bạn quên cạo râu
# à?"), or to bring a razor ("Tôi quên mang dao cạo.")
_FORGOT = lazy(rf"(?:(?P<day>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<often>{alternatives(SELDOM)})\s+)?"
               rf"(?:(?P<did>đã)\s+|(?P<ask>có)\s+)?quên\s+(?:cạo\s+râu|(?:mang|đem)(?:\s+theo)?\s+{_RAZOR})"
               rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<day2>{_DAY}))?{_END}")
# has to shave ("Tôi phải cạo râu.", "Anh ấy phải cạo râu mỗi sáng.", "Bạn có phải cạo râu không?")
_MUST = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?phải\s+cạo\s+râu"
             rf"(?:\s+(?P<every>{alternatives(EVERY)}))?{_END}")
# shaved it off ("Anh ấy cạo hết râu rồi.", "Anh ấy đã cạo sạch râu.", "Chồng tôi cạo ria mép rồi.")
_OFF = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã|muốn|định|sẽ)\s+)?cạo\s+(?:(?P<clean>hết|sạch)\s+)?"
            rf"(?P<face>râu|ria\s+mép|ria)(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{_END}")
# growing a beard, or one's hair ("Anh ấy đang nuôi râu.", "Anh ấy muốn để râu.", "Tôi đang để tóc dài.", "Tôi
# đang nuôi tóc.")
_GROW = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<tense>đang|muốn|định|sẽ|(?:đã\s+)?bắt\s+đầu)\s+"
             r"(?:(?:để|nuôi)\s+(?P<face>râu|ria\s+mép|ria)|để\s+tóc\s+(?P<long>dài)|nuôi\s+(?P<hair>tóc)"
             rf"(?:\s+(?P<long2>dài))?)(?:\s+(?P<done>rồi))?{_END}")
# a razor needed, had or used ("Tôi cần dao cạo mới.", "Bạn có dao cạo không?", "Anh ấy dùng dao cạo điện.")
_RAZOR_HAD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+(?=cần|muốn|dùng|sử)|(?P<not>không)\s+)?(?P<verb>cần|muốn\s+mua|có|"
                  rf"dùng|sử\s+dụng)\s+(?P<buy>mua\s+)?{_RAZOR}{_END}")
# ... blunt ("Dao cạo của tôi bị cùn rồi.")
_BLUNT = lazy(rf"{_RAZOR}\s+(?:của\s+)?{OWNER}\s+(?:bị\s+)?cùn(?:\s+rồi)?{SOFTENED_END}")

# ... and in English
_NOT_EN = r"(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))"
_RAZOR_EN = rf"(?P<new>new\s+)?(?P<razor>{alternatives(_RAZORS_VI)})"
_FORGOT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<often>{alternatives(HABIT_VI)}))?\s+"
                  rf"(?P<verb>forgot|forgets|forget)\s+(?:to\s+(?P<shave>shave)|(?:to\s+(?:bring|take)\s+)?"
                  rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_RAZOR_EN})(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
                  r"\s*(?P<end>[.!?]*)")
_MUST_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_NOT_EN}?\s+(?P<have>have|has)\s+to\s+shave"
                rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?\s*(?P<end>[.!?]*)")
_FACES_EN = r"beards?|moustaches?|mustaches?"
_BE_EN = r"\s+is|\s+am|\s+are|['’]s|['’]m|['’]re"
_OFF_EN = lazy(rf"{WHO_EN}(?P<aux>['’]s|['’]ve|\s+has|\s+have|\s+wants\s+to|\s+want\s+to|(?:{_BE_EN})\s+going\s+to)?"
               rf"(?P<just>\s+just)?\s+(?P<verb>shaved|shave)(?:\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))\s+"
               rf"(?P<face>{_FACES_EN})\s+off|off\s+(?P<owner2>(?i:{WHOSE_WORDS}))\s+(?P<face2>{_FACES_EN})))?"
               r"\s*(?P<end>[.!]*)")
_GROW_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Does|Do)\s+)?{WHO_EN}(?P<be>{_BE_EN})?(?P<going>\s+going\s+to)?"
                r"(?P<want>\s+wants?\s+to)?(?P<has>\s+has|\s+have|['’]ve)?(?P<started>\s+started)?\s+"
                r"(?P<verb>growing|grow)\s+(?:an?\s+(?P<face>beard|moustache|mustache)|"
                rf"(?P<faces>beards|moustaches|mustaches)|(?P<owner>(?i:{WHOSE_WORDS}))\s+hair"
                r"(?:\s+(?P<how>long|out))?)\s*(?P<end>[.!?]*)")
_RAZOR_HAD_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_NOT_EN}?\s+(?P<verb>needs?|wants?|has|have|uses?)\s+"
                     rf"(?P<buy>to\s+buy\s+)?an?\s+{_RAZOR_EN}\s*(?P<end>[.!?]*)")
_BLUNT_EN = lazy(rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<razor>razor)"
                 r"(?:\s+is|['’]s)\s+(?:blunt|dull)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who forgot to shave or has to, shaved a beard off, is growing one or
    their hair, or needs, has or forgot a razor; None for any other."""
    if src == "vi":
        return _forgot(text) or _must(text) or _off(text) or _grow(text) or _razor_had(text) or _blunt(text)
    return (_forgot_vi(text) or _must_vi(text) or _off_vi(text) or _grow_vi(text) or _razor_had_vi(text) or
            _blunt_vi(text))


def _asking(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… à?"), False said; None for "có" or "không?" alone, a "?"
    on a statement, or "không" denied and asked."""
    groups = m.groupdict()
    asked = bool(m["asked"] or m["ah"])
    if asked != ("?" in m["end"]) or bool(groups.get("ask")) != bool(m["asked"]) or asked and groups.get("not"):
        return None
    return asked


def _woman(m: re.Match) -> bool:
    """Whether who of a match of WHO is or may be a woman ("mẹ tôi", "cô ấy", "chị" asked, "Bác Lan"; a name alone
    but a man's, mt.names.named_his_her: "Lan", "Minh", not "Hùng")."""
    first, given = keyed(m["who"] or "").split()[:1], m["given"]
    return first in (["cô"], ["chị"], ["bà"]) or his_her_of(m) == "her" or bool(given) and named_his_her(given) != "his"


def _man(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one, for a beard shaved or grown; None for a woman, a pet, "anh"
    … alone saying it, and "I" asked."""
    said = None if _woman(m) or animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _man_en(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one, for a beard shaved or grown; None for "she", a woman
    by kin ("my wife"), a pet, and a name alone but a man's ("Hung", "John"; mt.names.named_his_her)."""
    who_, one = who_vi(m)
    if who_ == "cô ấy" or his_her(who_) == "her" or animal(m) or m["given"] and named_his_her(m["given"]) != "his":
        return None
    return who_, one


def _razor(m: re.Match, article: bool = True) -> str:
    """The razor of a Vietnamese match in English, with "a" or "an" (`article`): "a new razor", "an electric
    shaver"."""
    said = f"{'new ' if m['new'] else ''}{_RAZORS[keyed(m['razor'])]}"
    return f"{a_or_an(said)} {said}" if article else said


def _forgot(text: str) -> str | None:
    """"Tôi quên cạo râu." as "I forgot to shave.", "Hôm nay tôi quên cạo râu." as "I forgot to shave today.", "Anh
    ấy hay quên cạo râu." as "He often forgets to shave.", "Bạn quên cạo râu à?" as "Did you forget to shave?", "Tôi
    quên mang dao cạo." as "I forgot to bring my razor." (_FORGOT); None for anything else."""
    m = _FORGOT.fullmatch(text)
    asked = m and _asking(m)
    if asked is None or not m or m["day"] and m["day2"]:
        return None
    said = _man(m, asked) if not m["razor"] else None if asked else who(m, False)
    if not said:
        return None
    who_, one = said
    day = m["day"] or m["day2"]
    day = f" {_DAYS[keyed(day)]}" if day else ""
    if m["often"]:
        if m["did"] or m["done"] or day or asked or m["razor"]:
            return None
        return capitalised(f"{who_} {SELDOM[keyed(m['often'])]} forget{'s' * one} to shave{stop(m['end'])}")
    if m["razor"]:
        return _razor_forgot(m, who_, day)
    return f"Did {who_} forget to shave{day}?" if asked else capitalised(f"{who_} forgot to shave{day}{stop(m['end'])}")


def _razor_forgot(m: re.Match, who_: str, day: str) -> str | None:
    """"Tôi quên mang dao cạo." of a match of _FORGOT (who said `who_`, the `day` in English, " yesterday" or "") as
    "I forgot to bring my razor.": "a razor" for "một" (not one's own, nor "my"), "our razors" for we and they (one
    each); None where English cannot tell his from hers."""
    whose = "" if m["one"] else whose_own(m, who_)
    if whose is None:
        return None
    razor = _razor(m) if m["one"] else f"{whose} {_razor(m, False)}{'s' * (who_ in _MANY)}"
    return capitalised(f"{who_} forgot to bring {razor}{day}{stop(m['end'])}")


def _must(text: str) -> str | None:
    """"Tôi phải cạo râu." as "I have to shave.", "Anh ấy phải cạo râu mỗi sáng." as "He has to shave every
    morning.", "Bạn có phải cạo râu không?" as "Do you have to shave?" (_MUST); None for anything else."""
    m = _MUST.fullmatch(text)
    asked = m and _asking(m)
    said = None if asked is None or not m else _man(m, asked)
    if not said:
        return None
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    return present(*said, "have", f"to shave{every}", asked, bool(m["not"]), m["end"])


def _beard(face: str, who_: str) -> str:
    """A beard or a moustache in English, one each ("his beard") or more ("our beards", for we and they)."""
    return f"{face}s" if who_ in _MANY else face


def _off(text: str) -> str | None:
    """"Anh ấy cạo hết râu rồi." as "He's shaved his beard off.", "Anh ấy đã cạo sạch râu." as "He shaved his beard
    off.", "Chồng tôi cạo ria mép rồi." as "My husband has shaved his moustache off.", "Anh ấy muốn cạo hết râu." as
    "He wants to shave his beard off.", "Anh ấy cạo hết râu chưa?" as "Has he shaved his beard off yet?" (_OFF); None
    for anything else, "cạo râu" alone (makeup's), and "cạo ria mép" with no word of tense (a habit?)."""
    m = _OFF.fullmatch(text)
    if not m or m["yet"] and (m["asked"] or m["ah"] or "?" not in m["end"] or m["done"]):
        return None
    asked = True if m["yet"] else _asking(m)
    tense = keyed(m["tense"] or "")
    said = None if asked is None else _man(m, asked)
    if not said or not (m["clean"] or m["face"] != "râu" and (tense or m["done"])):
        return None
    who_, one = said
    whose = EN_WHOSE.get(who_) or (None if who_ in _MANY or not one else "his")
    if whose is None or m["done"] and tense in ("muốn", "định", "sẽ") or asked and tense not in ("", "đã"):
        return None
    thing = f"{whose} {_beard(_FACE[keyed(m['face'])], who_)} off"
    has = "has" if one else "have"
    if asked:
        if m["yet"]:
            return f"{has.capitalize()} {who_} shaved {thing} yet?"
        return f"{has.capitalize()} {who_} shaved {thing}?" if m["done"] else f"Did {who_} shave {thing}?"
    if tense == "muốn":
        return present(who_, one, "want", f"to shave {thing}", end=m["end"])
    if tense in ("định", "sẽ"):
        return capitalised(contracted(who_, f"{be(who_)} going to shave {thing}{stop(m['end'])}"))
    if tense.startswith(("vừa", "mới")) or m["done"]:
        just = "just " if tense.startswith(("vừa", "mới")) else ""
        return capitalised(contracted(who_, f"{has} {just}shaved {thing}{stop(m['end'])}"))
    return capitalised(f"{who_} shaved {thing}{stop(m['end'])}")


def _grow(text: str) -> str | None:
    """"Anh ấy đang nuôi râu." as "He's growing a beard.", "Anh ấy muốn để râu." as "He wants to grow a beard.", "Tôi
    định để ria mép." as "I'm going to grow a moustache.", "Anh ấy bắt đầu để râu." as "He's started growing a
    beard.", "Tôi đang để tóc dài." as "I'm growing my hair long.", "Tôi đang nuôi tóc." as "I'm growing my hair
    out.", "Bạn có đang để râu không?" as "Are you growing a beard?" (_GROW); None for anything else, and for a name
    alone growing their hair (his or hers?)."""
    m = _GROW.fullmatch(text)
    asked = m and _asking(m)
    tense = keyed(m["tense"]) if m else ""
    if asked is None or not m or m["done"] and "bắt" not in tense or asked and "bắt" in tense:
        return None
    said = _man(m, asked) if m["face"] else who(m, asked)
    if not said or asked and said[0] == "I":
        return None
    who_, one = said
    if m["face"]:
        face = _FACE[keyed(m["face"])]
        thing = f"{face}s" if who_ in _MANY else f"{a_or_an(face)} {face}"
    elif (whose := whose_own(m, who_)) is None:
        return None
    else:
        thing = f"{whose} hair {'long' if m['long'] or m['long2'] else 'out'}"
    if tense == "muốn":
        return present(who_, one, "want", f"to grow {thing}", asked, end=m["end"])
    if "bắt" in tense:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} started growing {thing}{stop(m['end'])}"))
    doing = f"growing {thing}" if tense == "đang" else f"going to grow {thing}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {doing}?"
    return capitalised(contracted(who_, f"{be(who_)} {doing}{stop(m['end'])}"))


def _razor_had(text: str) -> str | None:
    """"Tôi cần dao cạo mới." as "I need a new razor.", "Tôi cần mua dao cạo." as "I need to buy a razor.", "Bạn có
    dao cạo không?" as "Do you have a razor?", "Anh ấy dùng dao cạo điện." as "He uses an electric razor."
    (_RAZOR_HAD); None for anything else."""
    m = _RAZOR_HAD.fullmatch(text)
    if not m or m["buy"] and not m["verb"].startswith("cần"):
        return None
    verb = keyed(m["verb"])
    if verb == "có":  # (the verb itself: "Bạn có dao cạo không?")
        wrong = m["ah"] or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["not"]
        asked = None if wrong else bool(m["asked"])
    else:
        asked = _asking(m)
    said = None if asked is None else who(m, asked)
    if not said or asked and said[0] == "I":
        return None
    en = {"cần": "need", "muốn mua": "want", "có": "have", "dùng": "use", "sử dụng": "use"}[verb]
    buy = "to buy " if m["buy"] or verb == "muốn mua" else ""
    return present(*said, en, f"{buy}{_razor(m)}", asked, bool(m["not"]), m["end"])


def _blunt(text: str) -> str | None:
    """"Dao cạo của tôi bị cùn rồi." as "My razor is blunt.", "Dao cạo của bố tôi cùn rồi." as "My father's razor is
    blunt." (_BLUNT); None for anything else, asked, and one of one's razors ("1 dao cạo của tôi")."""
    m = _BLUNT.fullmatch(text)
    if not m or "?" in m["end"] or m["new"] or m["one"]:  # ("1 dao cạo của tôi": one of my razors)
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
    if whose is None:
        return None
    whose = whose if m["owner"] else f"{whose}'s"
    return capitalised(f"{whose} {_RAZORS[keyed(m['razor'])]} is blunt{stop(m['end'])}")


def _forgot_vi(text: str) -> str | None:
    """"I forgot to shave." as "Tôi quên cạo râu.", "He forgot to shave this morning." as "Sáng nay anh ấy quên cạo
    râu.", "He often forgets to shave." as "Anh ấy hay quên cạo râu.", "Did you forget to shave?" as "Bạn có quên cạo
    râu không?", "I forgot my razor." as "Tôi quên mang dao cạo." (_FORGOT_EN); None for anything else, where the
    verb does not agree with who, and for a woman shaving."""
    m = _FORGOT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    said = _man_en(m) if m["shave"] else who_vi(m)
    if not said or m["razor"] and (m["often"] or m["q"] or m["new"] or not own_thing(m, *said)):
        return None
    who_, one = said
    verb = "forget" if m["q"] or m["often"] and not one else "forgets" if m["often"] else "forgot"
    if m["verb"] != verb or m["often"] and m["day"] or m["q"] and who_ == "tôi":
        return None
    what = "cạo râu" if m["shave"] else f"mang {_RAZORS_VI[m['razor'].lower()]}"
    day = f"{_DAYS_VI[m['day'].lower()]} " if m["day"] else ""
    if m["often"]:
        return capitalised(f"{who_} {HABIT_VI[m['often'].lower()]} quên {what}{stop(m['end'])}")
    return capitalised(f"{day}{who_} có quên {what} không?" if m["q"] else f"{day}{who_} quên {what}{stop(m['end'])}")


def _agrees(do: str | None, said: str, one: bool, verb: str) -> bool:
    """Whether the verb `said` after who, or `do` ("Do", "Does", "don't" … before it), agrees with who: "he has", "do
    you", "she doesn't"; `verb` is the sentence's verb in its base form, which "do" takes."""
    do, said = " ".join((do or "").lower().replace("’", "'").split()), said.lower()
    if do:
        return do.startswith("does") == one and said == verb
    return said == ({"have": "has"}.get(verb) or f"{verb}s") if one else said == verb


def _must_vi(text: str) -> str | None:
    """"I have to shave." as "Tôi phải cạo râu.", "He has to shave every morning." as "Anh ấy phải cạo râu mỗi
    sáng.", "Do you have to shave?" as "Bạn có phải cạo râu không?" (_MUST_EN); None for anything else."""
    m = _MUST_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    said = _man_en(m)
    if not said or not _agrees(m["q"] or m["not"], m["have"], said[1], "have") or m["q"] and said[0] == "tôi":
        return None
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    if m["q"]:
        return capitalised(f"{said[0]} có phải cạo râu{every} không?")
    return capitalised(f"{said[0]} {'không ' * bool(m['not'])}phải cạo râu{every}{stop(m['end'])}")


def _off_vi(text: str) -> str | None:
    """"He shaved his beard off." as "Anh ấy đã cạo sạch râu.", "He's shaved off his moustache." as "Anh ấy cạo sạch
    ria mép rồi.", "I just shaved my beard off." as "Tôi vừa cạo sạch râu.", "He wants to shave his beard off." as
    "Anh ấy muốn cạo sạch râu.", "He's shaved." as "Anh ấy cạo râu rồi." (_OFF_EN); None for anything else, where the
    verb does not agree with who, a beard not one's own, a woman's, and "He shaved." (when? makeup's "I shave.")."""
    m = _OFF_EN.fullmatch(text)
    said = m and _man_en(m)
    if not said:
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    whose, face = (m["owner"] or m["owner2"] or "").lower(), (m["face"] or m["face2"] or "").lower()
    own = WHOSE_OF.get(m["who"].lower()) if m["who"] else "his"
    if face and (whose != own or face.endswith("s") != (who_ in _MANY)):
        return None
    going, wants, has = aux.endswith("going to"), aux.startswith("want"), aux in ("has", "have", "'s", "'ve")
    if (m["verb"] == "shaved") != (has or not aux) or m["just"] and (going or wants) or not (face or has) or \
            going and not be_agrees(m, aux.split()[0]) or wants and (aux == "wants to") != one or \
            aux in ("has", "'s") and not one or aux in ("have", "'ve") and one:
        return None
    what = f"cạo sạch {_FACE_VI[face.rstrip('s')]}" if face else "cạo râu"
    if going or wants:
        return capitalised(f"{who_} {'định' if going else 'muốn'} {what}{stop(m['end'])}")
    if m["just"] or has:
        return capitalised(f"{who_} vừa {what}{stop(m['end'])}" if m["just"] else f"{who_} {what} rồi{stop(m['end'])}")
    return capitalised(f"{who_} đã {what}{stop(m['end'])}")


def _grow_vi(text: str) -> str | None:
    """"He's growing a beard." as "Anh ấy đang để râu.", "He wants to grow a moustache." as "Anh ấy muốn để ria
    mép.", "He's started growing a beard." as "Anh ấy đã bắt đầu để râu.", "I'm growing my hair long." as "Tôi đang để
    tóc dài.", "I'm growing my hair out." as "Tôi đang nuôi tóc.", "Is he growing a beard?" as "Anh ấy có đang để râu
    không?" (_GROW_EN); None for anything else, where the verb does not agree with who, and another's hair."""
    m = _GROW_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    said = who_vi(m) if m["owner"] else _man_en(m)
    if not said or m["owner"] and not own_thing(m, *said) or m["q"] and said[0] == "tôi":
        return None
    who_, one = said
    q, be_, has = (m["q"] or "").lower(), (m["be"] or "").strip(), (m["has"] or "").strip().lower()
    asked_be = q in ("is", "are", "am")
    if m["verb"] == "growing" and not (m["going"] or m["want"]):
        if m["started"]:  # ("He's started growing …": "'s" is "has")
            how = "đã bắt đầu" if not q and (be_ in ("'s", "’s") and one or not be_ and (
                not has or (has == "has") == one)) else None
        else:
            how = "đang" if not has and bool(be_) != asked_be and be_agrees(m, be_ or q) else None
    elif m["going"]:
        how = "định" if not (has or m["want"] or m["started"]) and bool(be_) != asked_be and \
            be_agrees(m, be_ or q) else None
    elif m["want"]:
        want = m["want"].split()[0]
        how = "muốn" if not (be_ or has or m["started"] or asked_be) and (
            _agrees(q, want, one, "want") if q else (want == "wants") == one) else None
    else:
        how = None
    if how is None or (m["faces"] is not None) != (who_ in _MANY) or q in ("do", "does") and how != "muốn":
        return None
    if m["owner"]:
        what = "nuôi tóc" if m["how"] != "long" else "để tóc dài"
    else:
        what = f"để {_FACE_VI[(m['face'] or m['faces']).rstrip('s')]}"
    if q:
        return capitalised(f"{who_} có {how} {what} không?")
    return capitalised(f"{who_} {how} {what}{stop(m['end'])}")


def _razor_had_vi(text: str) -> str | None:
    """"I need a new razor." as "Tôi cần dao cạo mới.", "I need to buy a razor." as "Tôi cần mua dao cạo.", "Do you
    have a razor?" as "Bạn có dao cạo không?", "He uses an electric razor." as "Anh ấy dùng dao cạo điện."
    (_RAZOR_HAD_EN); None for anything else, and where the verb does not agree with who."""
    m = _RAZOR_HAD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    who_, one = who_vi(m)
    base = {"needs": "need", "wants": "want", "has": "have", "uses": "use"}.get(m["verb"], m["verb"])
    if not _agrees(m["q"] or m["not"], m["verb"], one, base) or bool(m["buy"]) != (base == "want") and base != "need" \
            or m["q"] and who_ == "tôi":
        return None
    verb = {"need": "cần", "want": "muốn", "have": "có", "use": "dùng"}[base]
    razor = f"{'mua ' * bool(m['buy'])}{_RAZORS_VI[keyed(m['razor'])]}{' mới' * bool(m['new'])}"
    if m["q"]:
        return capitalised(f"{who_} có {razor} không?" if base == "have" else f"{who_} có {verb} {razor} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{verb} {razor}{stop(m['end'])}")


def _blunt_vi(text: str) -> str | None:
    """"My razor is blunt." as "Dao cạo của tôi bị cùn rồi.", "My father's razor is dull." as "Dao cạo của bố tôi bị
    cùn rồi." (_BLUNT_EN); None for anything else."""
    m = _BLUNT_EN.fullmatch(text)
    whose = m and (WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en"))
    return whose and f"Dao cạo của {whose} bị cùn rồi{stop(m['end'])}"
