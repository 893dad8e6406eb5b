"""Being fed up with, sick of or tired of something or of doing something (not tired from work), said or asked, both
ways, written whole by rule. v8 (rules on) reads the Vietnamese well but writes "fed up" as joined and "sick" as ill:
"I'm fed up with my job." → "Tôi đã tham gia công việc của tôi.", "I'm sick of waiting." → "Tôi bị ốm chờ.", "She's
tired of eating rice every day." → "Món ăn gạo mỗi ngày.", "We're sick of the rain." → "Chúng tôi bị bệnh do mưa.",
"I'm fed up with this city." → "Tôi đã bay lên với thành phố này.", "We're fed up with the traffic." → "Chúng tôi đã
bay lên với giao thông.", "I'm sick of getting up early." → "Tôi bị ốm sớm.", "Are you tired of your job?" → "Bạn có
mệt công việc của mình không?"; and "Bạn có chán công việc của bạn không?" → "Do you bored your job?", "Anh ấy ngấy đồ
ăn nhanh rồi." → "He stirred fast food.", "Tôi không chán công việc này." → "I don't boring this job.", "Tôi chán
ngấy rồi." → "I'm tired of hiding."; "I'm fed up." → "Tôi đã bay lên." (flew up).

Taken: who (mt.hobbies.WHO, WHO_EN, parents of mt.people; "anh", "chị", "em" alone only asking) "chán", "chán ngấy",
"chán ngán", "phát ngán", "phát ngấy", "ngán", "ngấy" or "mệt mỏi với" (fed up with, sick of, tired of, bored of)
a thing (THINGS, THIS; a noun of NOUNS with "này" or whose) or a doing (mt.hobbies.ACTIVITIES and CHORES, "phải" or
"việc" before it, every day … after it); said with "rồi", "lắm rồi" (so), "hơi" (a bit), "bắt đầu … rồi" (getting),
"không" or "chưa" (not, not yet), asked with "có … không?"; "Tôi chán ngấy rồi." (I'm fed up.). Left: "chán" with
nothing after it, or without "rồi" and nothing else to say fed up ("Tôi chán quá.", "Tôi chán công việc này.": bored
or boring? mt/feelings.py, mt/moods.py), "chán ăn" (off one's food), "mệt mỏi" without "với" (tired: mt/moods.py),
people as the thing, a tense other than now, waiting itself (mt/waiting.py), the weather itself (mt/weather*.py).
mt.phrasebook.translate tries these after mt/worries.py.

    >>> translate("Tôi chán ngấy công việc này rồi.", "vi", "en"), translate("I'm sick of waiting.", "en", "vi")
    ("I'm fed up with this job.", 'Tôi chán ngấy việc chờ đợi rồi.')
"""
from __future__ import annotations

import re

from .hobbies import (
    ACTIVITIES,
    ACTIVITIES_VI,
    EVERY,
    EVERY_VI,
    WHO,
    WHO_EN,
    be_of,
    his_her_of,
    own_thing,
    who,
    who_vi,
)
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import (
    BE_EN,
    EN_WHOSE,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# how one is fed up, and how English says it (the first Vietnamese of each is written back); those of STRONG say it
# without "rồi", "ngán" and "ngấy" alone only with it ("Tôi ngán anh ta." is also wary of him)
FEELS = {"chán ngấy": "fed up with", "chán ngán": "fed up with", "phát ngán": "sick of", "phát ngấy": "sick of",
         "ngán": "sick of", "ngấy": "sick of", "chán": "tired of", "mệt mỏi": "tired of"}
_STRONG = {"chán ngấy", "chán ngán", "phát ngán", "phát ngấy"}
FEELS_VI = {"fed up with": "chán ngấy", "sick and tired of": "chán ngấy", "sick of": "chán ngấy",
            "tired of": "chán", "bored of": "chán", "bored with": "chán"}
# what one is fed up with: a thing as it is, "this", "it", a noun with "này" or whose, or a doing
THINGS = {"công việc": "work", "trời mưa": "the rain", "mưa": "the rain", "tiếng ồn": "the noise",
          "thời tiết": "the weather", "tắc đường": "the traffic", "kẹt xe": "the traffic", "đồ ăn nhanh": "fast food",
          "cơm": "rice", "mì gói": "instant noodles", "mì tôm": "instant noodles", "tin tức": "the news",
          "bài tập về nhà": "homework", "trời lạnh": "the cold", "cái lạnh": "the cold", "trời nóng": "the heat",
          "cái nóng": "the heat"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())}
THIS = {"chuyện này": "this", "việc này": "this", "điều này": "this", "cái này": "this", "nó": "it",
        "chuyện đó": "that", "việc đó": "that", "điều đó": "that"}
THIS_VI = {en: vi for vi, en in reversed(THIS.items())}
NOUNS = {"công việc": "job", "trò chơi": "game", "thành phố": "city", "thời tiết": "weather", "tiếng ồn": "noise",
         "bài hát": "song", "bộ phim": "film", "phim": "film", "chỗ": "place", "nơi": "place", "cuộc sống": "life",
         "đồ ăn": "food", "căn hộ": "flat", "điện thoại": "phone", "trường": "school"}
NOUNS_VI = {en: vi for vi, en in reversed(NOUNS.items())} | {"work": "công việc", "movie": "bộ phim",
                                                             "apartment": "căn hộ"}
# (v8: "I'm sick of getting up early." → "Tôi bị ốm sớm."; "ăn" alone is left: "chán ăn" is off one's food)
CHORES = {"chờ đợi": "waiting", "chờ": "waiting", "đợi": "waiting", "ăn cơm": "eating rice",
          "ăn mì gói": "eating instant noodles", "ăn mì tôm": "eating instant noodles",
          "ăn đồ ăn nhanh": "eating fast food", "dậy sớm": "getting up early", "thức dậy sớm": "getting up early",
          "làm thêm giờ": "working overtime", "tăng ca": "working overtime", "làm việc": "working", "học": "studying",
          "học bài": "studying", "đi làm": "going to work", "ở nhà": "staying at home", "rửa bát": "washing the dishes",
          "dọn dẹp": "cleaning", "xếp hàng": "queuing", "lái xe": "driving", "đi xe buýt": "taking the bus",
          "làm bài tập": "doing homework", "làm việc nhà": "doing housework"}
_DOINGS = {keyed(vi): en for vi, en in (ACTIVITIES | CHORES).items()}
_DOINGS_VI = {keyed(en): vi for en, vi in ({en: vi for vi, en in reversed(CHORES.items())} | ACTIVITIES_VI).items()} | {
    "doing the dishes": "rửa bát", "studying": "học"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chán|ngán|ngấy|mệt\s+mỏi\s+với)"),
         "en": lazy(r"(?i:fed\s+up|sick\s+(?:of|and)|tired\s+of|bored\s+(?:of|with))")}

_WHAT = (rf"(?:(?:(?P<must>phải)|(?P<job>việc))\s+)?(?P<doing>(?i:{alternatives(_DOINGS)}))"
         rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?|(?:cái\s+)?(?P<noun>(?i:{alternatives(NOUNS)}))\s+"
         rf"(?:(?P<near>này)|của\s+(?P<of>(?i:{alternatives(OWNERS)})))|(?P<this>(?i:{alternatives(THIS)}))|"
         rf"(?P<thing>(?i:{alternatives(THINGS)}))")
# "Tôi chán ngấy công việc này rồi.", "Cô ấy chán phải ăn cơm mỗi ngày.", "Bạn có chán công việc của bạn không?"
_SAID = lazy(rf"(?:{PARENTS_WHOSE}|{WHO})\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+|(?P<start>bắt\s+đầu)\s+|"
             rf"(?P<bit>hơi)\s+)?(?P<feel>{alternatives(FEELS)})(?:\s+(?P<with>với))?(?:\s+(?:{_WHAT}))?"
             r"(?:\s+(?P<much>lắm|quá))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?"
             r"(?:\s+(?P<soft>vậy|thế|nhỉ|ạ))?\s*(?P<end>[.!?]*)")

# ... and in English: "I'm fed up with my job.", "Is she tired of eating rice every day?", "We're sick of the rain."
_WHAT_EN = (rf"(?P<doing>(?i:{alternatives(_DOINGS_VI)}))(?:\s+(?P<every>(?i:{alternatives(EVERY_VI)})))?|"
            rf"(?:(?P<near>(?i:this))|(?P<owner>(?i:{alternatives(WHOSE_VI)})))\s+"
            rf"(?P<noun>(?i:{alternatives(NOUNS_VI)}))|"
            rf"(?P<this>(?i:{alternatives(THIS_VI)}))|(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_DEGREES = {"so": "much", "really": "much", "a bit": "bit", "getting": "start"}
_SAID_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+)?(?:{PARENTS_WHOSE_EN}|{WHO_EN}){BE_EN}?(?P<not>\s+not|n['’]t)?"
                rf"(?:\s+(?P<deg>{alternatives(_DEGREES)}))?\s+(?:(?P<feel>{alternatives(FEELS_VI)})\s+"
                rf"(?:{_WHAT_EN})|(?P<fed>fed\s+up))(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is fed up with, sick of or tired of something; None for
    any other."""
    return _said(text) if src == "vi" else _said_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, str, str | None] | None:
    """Who of a match of _SAID in English, "am", "is" or "are" after them, and whose their own is ("my mother",
    "is", "her"; "my parents", "are", "their"; "Lan", "is", None); None for "anh", "chị", "em" alone said."""
    if m["parents"]:
        return parents_said(m, "en"), "are", "their"
    said = who(m, asked)
    if said is None:
        return None
    own = EN_WHOSE.get(said[0]) if m["who"] else his_her_of(m) if not m["given"] else None
    return said[0], be(said[0]), own


def _what(m: re.Match, own: str | None) -> str | None:
    """What one is fed up with, of a match of _WHAT, in English: "waiting", "eating rice every day", "this job", "my
    job", "the rain", "this"; "" for nothing said; None for "của mình" where whose it is is not known ("Lan")."""
    if m["doing"]:
        return _DOINGS[keyed(m["doing"])] + (f" {EVERY[keyed(m['every'])]}" if m["every"] else "")
    if m["noun"]:
        whose = "this" if m["near"] else own if keyed(m["of"]) == "mình" else OWNERS[keyed(m["of"])]
        return whose and f"{whose} {NOUNS[keyed(m['noun'])]}"
    return THIS[keyed(m["this"])] if m["this"] else THINGS[keyed(m["thing"])] if m["thing"] else ""


def _said(text: str) -> str | None:
    """"Tôi chán ngấy công việc này rồi." as "I'm fed up with this job.", "Cô ấy chán phải ăn cơm mỗi ngày." as
    "She's tired of eating rice every day.", "Tôi không chán công việc này." as "I'm not tired of this job.", "Bạn
    có chán công việc của bạn không?" as "Are you tired of your job?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or not _fits(m) or (said := _who(m, bool(m["asked"]))) is None:
        return None
    who_, verb, own = said
    what = _what(m, own)
    feel = keyed(m["feel"])
    if what is None or not what and (feel not in _STRONG or m["asked"] or m["not"] or m["with"]):
        return None
    feels = f"{FEELS[feel]} {what}" if what else "fed up" if feel.startswith("chán") else "sick of it"
    if m["asked"]:
        return None if who_ == "I" else f"{verb.capitalize()} {who_} {feels}?"
    degree = "so " if m["much"] else "a bit " if m["bit"] else "getting " if m["start"] else ""
    if m["not"]:
        yet = " yet" if keyed(m["not"]) == "chưa" else ""
        if who_.lower() in EN_WHOSE or who_ == "I":
            return capitalised(contracted(who_, f"{verb} not {feels}{yet}."))
        return capitalised(f"{who_} {verb}n't {feels}{yet}.")
    return capitalised(contracted(who_, f"{verb} {degree}{feels}."))


def _fits(m: re.Match) -> bool:
    """Whether the words around the feeling of a match of _SAID go together: asked with "có … không?" and "?",
    said with "ạ" at most; "không", "hơi", "bắt đầu" with plain "chán" (and "mệt mỏi với"), no "rồi" after "không";
    "phải", "việc" and "với" where they belong; "rồi" (or "lắm", "quá", "phải", "với", a word of _STRONG) saying
    fed up, not bored."""
    feel = keyed(m["feel"])
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not asked and m["soft"] not in (None, "ạ"):
        return False
    if asked and (m["much"] or m["done"]) or (m["not"] or m["bit"]) and feel not in ("chán", "mệt mỏi"):
        return False
    if m["not"] and (m["much"] or m["done"]) or m["start"] and (feel not in ("chán", "chán ngấy") or not m["done"]):
        return False
    if feel == "mệt mỏi" and not m["with"] or m["must"] and m["with"]:
        return False
    if feel in ("ngán", "ngấy"):
        return bool(m["done"])
    return bool(asked or m["not"] or m["done"] or m["much"] or m["must"] or m["with"] or feel in _STRONG)


def _what_vi(m: re.Match, own: bool | None) -> str | None:
    """What one is fed up with, of a match of _WHAT_EN, in Vietnamese: "chờ đợi", "công việc này", "công việc của
    mình" (`own`: whose it is is the subject's), "trời mưa", "chuyện này"; None for whose not known ("Lan … her")."""
    if m["doing"]:
        return _DOINGS_VI[keyed(m["doing"])] + (f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else "")
    if m["noun"]:
        noun = NOUNS_VI[m["noun"].lower()]
        if m["near"]:
            return f"{noun} này"
        return None if own is None else f"{noun} của {'mình' if own else WHOSE_VI[m['owner'].lower()]}"
    return THIS_VI[m["this"].lower()] if m["this"] else THINGS_VI[keyed(m["thing"])]


def _said_vi(text: str) -> str | None:
    """"I'm fed up with my job." as "Tôi chán ngấy công việc của mình rồi.", "I'm sick of waiting." as "Tôi chán
    ngấy việc chờ đợi rồi.", "Are you tired of your job?" as "Bạn có chán công việc của mình không?", "I'm not tired
    of it yet." as "Tôi chưa chán nó." (_SAID_EN); None for anything else, and where "is", "are" does not agree."""
    m = _SAID_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or m["not"] and (asked or m["deg"]) or \
            m["yet"] and not m["not"] or m["fed"] and (asked or m["not"]):
        return None
    who_, one = (parents_said(m, "vi"), False) if m["parents"] else who_vi(m)
    verb = "are" if m["parents"] else be_of(who_, one)
    if be_said(m["be0"] or m["be"]) != verb or asked and who_ == "tôi":
        return None
    degree = _DEGREES.get(keyed(m["deg"] or ""), "")
    if m["fed"]:
        return capitalised(f"{who_} {'bắt đầu ' * (degree == 'start')}chán ngấy{' lắm' * (degree == 'much')} rồi.")
    own = True if m["parents"] and (m["owner"] or "").lower() == "their" else (
        own_thing(m, who_, one) if m["owner"] and not m["parents"] else None if m["owner"] else False)
    what = _what_vi(m, own)
    if what is None:
        return None
    feel = FEELS_VI[keyed(m["feel"])]
    if feel == "chán ngấy" and m["doing"]:
        what = f"việc {what}"  # ("chán ngấy việc chờ đợi": the doing as a thing)
    if asked:
        return capitalised(f"{who_} có {feel} {what} không?")
    if m["not"]:
        return capitalised(f"{who_} {'chưa' if m['yet'] else 'không'} chán {what}.")
    if degree == "bit" and feel != "chán":
        return None
    before = {"bit": "hơi ", "start": "bắt đầu "}.get(degree, "")
    return capitalised(f"{who_} {before}{feel} {what}{' lắm' * (degree == 'much')} rồi.")
