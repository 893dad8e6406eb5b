"""Dyeing one's hair, both ways, written whole by rule: who is dyeing it now, dyes it (how often, or not), has never
dyed it, has to dye their grey hair, is asked whether they dye it, have ever or are going to, and whose hair is dyed
(a colour). v8 (rules on) reads "nhuộm" as blisters or anything, and "dye", "dyed" as patting, dating or hair loss:
"Cô ấy đang nhuộm tóc." → "She is blisters.", "Bạn có nhuộm tóc không?" → "Do you need hair?", "Tóc bạn nhuộm à?" →
"Do you dlisters?", "Tôi chưa bao giờ nhuộm tóc." → "I'm never hairy.", "Mẹ tôi phải nhuộm tóc bạc." → "My mother
must blisters.", "Tôi nhuộm tóc hai tháng một lần." → "I blisters twice.", "Tóc Lan nhuộm màu đỏ." → "The Land is
red."; "She is dyeing her hair." → "Cô ấy đang vỗ tóc." (patting), "Do you dye your hair?" → "Bạn có muốn tóc mình
không?", "Is your hair dyed?" → "Tóc của bạn có bị rụng tóc không?" (falling out), "I've never dyed my hair." → "Tôi
chưa bao giờ vỗ tóc của mình.", "My hair is dyed purple." → "Tóc của tôi bị rụng tóc.", "I dye my hair every two
months." → "Tôi vặn tóc của mình mỗi hai tháng.".

Taken: who (mt.hobbies.WHO, WHO_EN) dyeing their hair (a colour of mt.patterns.COLOURS, "vàng" as blonde; "tóc bạc",
their grey hair) now ("đang", asked with "có … không?" or "à?"), as a habit with how often (mt.hobbies.SELDOM, EVERY
and months: "hai tháng một lần", every two months) or not ("không"), asked ("Bạn có nhuộm tóc không?"), never
("chưa bao giờ", "chưa … bao giờ"), ever asked ("đã bao giờ … chưa?", "có từng … không?"), having to ("phải"), going
to asked ("Bạn có định nhuộm tóc không?"), and what colour who is dyeing it, would like to or is going to; whose hair
(a pronoun, kin, a name) is dyed, a colour or not, asked, and what colour. Whose hair in English follows who: "his"
or "her" only where Vietnamese says which (mt.hobbies.his_her_of), so a name alone dyeing is left from Vietnamese;
and from English a name's "his" or "her" only where the name says it is theirs ("Hung … his", "Lan … her").
Left: a plain verb with no tense word ("Anh ấy nhuộm tóc vàng.": does or did?), done, just done, wanted or going to
said ("đã", "vừa", "mới", "rồi", "muốn", "sẽ", "định": mt/haircuts.py), "Bạn đã nhuộm tóc chưa?" (yet, or ever?),
"có bao giờ … không?" (does, or has, ever?), "từng" said (used to, or has before?), "chưa" alone, "có phải nhuộm"
(must?), "màu bạc" (silver), "xanh" alone (blue or green), hair as born (mt/features.py), covering grey hair without
dyeing it ("cover my grey hair": a hat?), another's hair dyed ("She dyes my hair.", "John is dyeing her hair.": an
English name's "his" or "her"), dyeing clothes, animals, "I" or "we" asked ("chúng ta" or "chúng tôi"?), "được"
asked or denied ("Tóc tôi không được nhuộm.": may not be), "rarely" asked in English, "anh", "chị", "em" alone
saying it, reasons, places, and anything else.
mt.phrasebook.translate tries these after mt/eye_troubles.py.

    >>> translate("Tóc tôi nhuộm màu tím.", "vi", "en"), translate("Do you dye your hair?", "en", "vi")
    ('My hair is dyed purple.', 'Bạn có nhuộm tóc không?')
"""
from __future__ import annotations

import re

from .hobbies import (EVERY, HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, be_of, own_thing, pet, someone, who,
                      who_vi, whose_own)
from .lazy_re import lazy
from .names import GIVEN_AFTER_KIN, WOMEN
from .patterns import COLOURS, COLOURS_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (EN_WHOSE, SOFTENED_END, agreement_asked, alternatives, be, capitalised, contracted, keyed,
                   strip_marks)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhuộm)"), "en": lazy(r"(?i:dye)")}
# a colour hair is dyed ("nhuộm tóc đỏ", "nhuộm tóc màu đỏ"; yellow hair is blonde), and back (not "yellow")
_COLOURS = {vi.removeprefix("màu "): en for vi, en in COLOURS.items()} | {"vàng": "blonde"}
_COLOURS_VI = {en: vi for en, vi in COLOURS_VI.items() if en != "yellow"} | {"blonde": "màu vàng", "blond": "màu vàng"}
# how often (mt.hobbies.EVERY, and the months and weeks hair is dyed by; the first Vietnamese of each is written back)
_NTH = {"hai": "two", "ba": "three", "bốn": "four", "sáu": "six"}
_OFTEN = EVERY | {"mỗi tháng": "every month", "hằng tháng": "every month", "hàng tháng": "every month",
                  "mỗi tháng một lần": "once a month", "một tháng một lần": "once a month"} | {
    f"{n} {unit} một lần": f"every {en} {units}" for n, en in _NTH.items()
    for unit, units in (("tháng", "months"), ("tuần", "weeks"))}
_OFTEN_VI = {en: vi for vi, en in reversed(_OFTEN.items())}
_ADV_EN = {en: vi for en, vi in HABIT_VI.items() if en != "never"}  # ("never" said with "has": _dye_vi)
# the names English writes whose "her" is surely theirs (a woman's), and whose "his" is (a Vietnamese name not a
# woman's: "Hung"); an English name's is not known ("John is dyeing her hair.": another's)
_HERS = {strip_marks(name) for name in WOMEN}
_HIS = {strip_marks(name) for name in GIVEN_AFTER_KIN} - _HERS

# who dyes their hair, and how ("Cô ấy đang nhuộm tóc.", "Bạn có nhuộm tóc không?", "Tôi chưa bao giờ nhuộm tóc.")
_COLOUR = rf"(?P<colour>(?i:{alternatives(_COLOURS)}))"
_DYE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|không|phải|định|sẽ|muốn|chưa)\s+|(?P<never>chưa\s+bao\s+giờ|"
            rf"chưa\s+từng|chưa\s+hề)\s+|(?P<ever>(?:đã\s+)?(?:bao\s+giờ|từng))\s+|(?P<adv>{alternatives(SELDOM)})\s+)?"
            rf"nhuộm\s+tóc(?:\s+(?:màu\s+)?{_COLOUR}|\s+(?P<grey>bạc)|\s+(?P<what>màu\s+gì))?"
            rf"(?:\s+(?P<every>{alternatives(_OFTEN)}))?(?P<never2>\s+bao\s+giờ)?(?:\s+(?P<q>không|chưa|à|hả))?"
            rf"{SOFTENED_END}")
# whose hair is dyed ("Tóc tôi nhuộm màu tím.", "Tóc tôi là tóc nhuộm.", "Tóc bạn nhuộm à?", "Tóc bạn nhuộm màu gì?")
_HAIR = lazy(rf"(?P<cp>(?i:có\s+phải)\s+)?(?i:tóc)\s+(?:của\s+)?{WHO}\s+(?:(?P<not>không(?:\s+phải)?)\s+|(?P<ask>có"
             r"(?:\s+phải)?)\s+)?(?:(?P<la>là\s+)?(?P<noun>tóc\s+nhuộm)|(?P<may>được\s+)?nhuộm(?:\s+(?:màu\s+)?"
             rf"{_COLOUR}|\s+(?P<what>màu\s+gì))?)(?:\s+(?P<q>không|à|hả|phải\s+không))?{SOFTENED_END}")

# ... and in English ("She is dyeing her hair.", "Do you dye your hair?", "I've never dyed my hair.")
_COLOUR_EN = rf"(?P<colour>(?i:{alternatives(_COLOURS_VI)}))"
_DYE_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:is|are|am|do|does|has|have)"
               rf"(?:\s+not|n't)?|'(?:s|re|m|ve))?(?:\s+(?P<adv>{alternatives(_ADV_EN)}|ever|never))?"
               r"(?P<to>\s+(?:has|have)\s+to|\s+going\s+to)?\s+(?P<verb>dye|dyes|dyeing|dyed)\s+"
               rf"(?P<owner>{WHOSE_WORDS})\s+(?P<grey>gr[ae]y\s+)?hair(?:\s+{_COLOUR_EN})?"
               rf"(?:\s+(?P<every>{alternatives(_OFTEN_VI)}))?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+colou?r\s+(?P<q>are|is|am|would|do|does)\s+{WHO_EN}\s+(?P<how>going\s+to\s+dye|"
                rf"like\s+to\s+dye|dyeing|dye)\s+(?P<owner>{WHOSE_WORDS})\s+hair\s*\?+")
_WHOSE_EN = rf"(?:(?P<of>(?i:{WHOSE_WORDS}))|(?P<ofs>{SOMEONE_EN})'s)"
_HAIR_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+hair(?P<be>\s+is(?:\s+not|n't)?|'s)?\s+dyed(?:\s+{_COLOUR_EN})?"
                r"\s*(?P<end>[.!?]*)")
_HAIR_WHAT_EN = lazy(rf"What\s+colou?r\s+is\s+{_WHOSE_EN}\s+hair\s+dyed\s*\?+")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who dyes their hair (now, how often, never, ever, going to),
    or whose hair is dyed and what colour; None for any other."""
    if src == "vi":
        said = None if agreement_asked(text) else _dye(text) or _hair(text)
    else:
        text = text.replace("’", "'")
        said = _dye_vi(text) or _what_vi(text) or _hair_vi(text)
    # (a statement's "!" kept as the source has it)
    return said[:-1] + "!" if said and said.endswith(".") and text.endswith("!") else said


def _done_to(m: re.Match, whose: str) -> str:
    """The hair dyed of a match of _DYE in English, whose: "her hair", "her hair red", "her grey hair"."""
    colour = f" {_COLOURS[keyed(m['colour'])]}" if m["colour"] else ""
    return f"{whose} {'grey ' * bool(m['grey'])}hair{colour}"


def _dye(text: str) -> str | None:
    """"Cô ấy đang nhuộm tóc." as "She's dyeing her hair.", "Bạn có nhuộm tóc không?" as "Do you dye your hair?",
    "Tôi chưa bao giờ nhuộm tóc." as "I've never dyed my hair.", "Mẹ tôi phải nhuộm tóc bạc." as "My mother has to dye
    her grey hair.", "Tôi nhuộm tóc hai tháng một lần." as "I dye my hair every two months.", "Bạn đã bao giờ nhuộm
    tóc chưa?" as "Have you ever dyed your hair?" (_DYE); None for anything else, and where English would need "his"
    or "her" and Vietnamese does not say which (a name alone)."""
    m = _DYE.fullmatch(text)
    if not m or animal(m):
        return None
    asked, q, aux = "?" in m["end"], keyed(m["q"] or ""), keyed(m["aux"] or "")
    if asked != bool(q or m["what"]) or bool(m["ask"]) != (q == "không") or q == "chưa" and not m["ever"]:
        return None  # (a "?" with no asking word; "có" with no "không"; "chưa?" asks only "ever")
    if (said := who(m, asked)) is None or asked and said[0] in ("I", "we"):
        return None  # ("Tôi có nhuộm tóc không?": asked of oneself; "Chúng ta có …": are we, a plan?)
    who_, one = said
    if (whose := whose_own(m, who_)) is None:
        return None
    hair, verb = _done_to(m, whose), "dyes" if one else "dye"
    if m["what"]:
        return _what(m, who_, whose)
    if m["every"] and (aux not in ("", "không") or m["adv"] or m["ever"] or m["never"]):
        return None
    every = f" {_OFTEN[keyed(m['every'])]}" if m["every"] else ""
    if m["never2"] and aux != "chưa" or aux == "chưa" and not m["never2"]:
        return None  # ("chưa nhuộm tóc" alone: not yet, or never?)
    if m["never"] or m["never2"]:
        return None if asked or m["ask"] else capitalised(contracted(who_, f"{'has' if one else 'have'} never dyed "
                                                                            f"{hair}."))
    if m["ever"]:
        ever = keyed(m["ever"])
        if not asked or m["ask"] and ever != "từng" or not m["ask"] and q != "chưa":
            return None  # ("có bao giờ … không?": does, or has, ever?)
        return f"{'Has' if one else 'Have'} {who_} ever dyed {hair}?"
    if aux == "đang":
        if asked and (m["ask"] or q in ("à", "hả")):
            return f"{be(who_).capitalize()} {who_} dyeing {hair}?"
        return None if asked else capitalised(contracted(who_, f"{be(who_)} dyeing {hair}."))
    if aux in ("định", "sẽ"):  # (said: mt/haircuts.py's)
        if not asked or m["ask"] and aux == "sẽ":
            return None
        return f"{be(who_).capitalize()} {who_} going to dye {hair}?"
    if asked and q != "không" or aux == "muốn" or m["ask"] and aux in ("không", "phải"):
        return None  # ("Bạn nhuộm tóc à?": did or do?; "có phải": is it that, or must?)
    if aux == "không":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t dye {hair}{every}.")
    if aux == "phải":
        return capitalised(f"{who_} {'has' if one else 'have'} to dye {hair}.")
    adv = SELDOM[keyed(m["adv"])] if m["adv"] else ""
    if asked:
        return None if adv == "never" else f"{'Does' if one else 'Do'} {who_} {adv + ' ' * bool(adv)}dye {hair}{every}?"
    if not (adv or every):
        return None  # ("Anh ấy nhuộm tóc vàng.": does, or did?)
    return capitalised(f"{who_} {adv + ' ' * bool(adv)}{verb} {hair}{every}.")


def _what(m: re.Match, who_: str, whose: str) -> str | None:
    """"Bạn định nhuộm tóc màu gì?" as "What colour are you going to dye your hair?", "… muốn …" as "What colour
    would you like to dye …?", "… đang …" as "What colour are you dyeing …?" of a match of _DYE with "màu gì"; None
    for anything else ("Bạn nhuộm tóc màu gì?": did, or do?)."""
    aux = keyed(m["aux"] or "")
    if m["ask"] or m["q"] or m["every"] or m["never2"] or aux not in ("định", "sẽ", "muốn", "đang"):
        return None
    if aux == "muốn":
        return f"What colour would {who_} like to dye {whose} hair?"
    return f"What colour {be(who_)} {who_} {'dyeing' if aux == 'đang' else 'going to dye'} {whose} hair?"


def _hair(text: str) -> str | None:
    """"Tóc tôi nhuộm màu tím." as "My hair is dyed purple.", "Tóc Lan là tóc nhuộm." as "Lan's hair is dyed.", "Tóc
    tôi không phải tóc nhuộm." as "My hair isn't dyed.", "Tóc bạn nhuộm à?" as "Is your hair dyed?", "Tóc bạn nhuộm
    màu gì?" as "What colour is your hair dyed?" (_HAIR); None for anything else."""
    m = _HAIR.fullmatch(text)
    if not m or animal(m):
        return None
    asked, q, not_, ask = "?" in m["end"], keyed(m["q"] or ""), keyed(m["not"] or ""), keyed(m["ask"] or "")
    if asked != bool(q or m["what"] or m["cp"]) or (bool(ask) or bool(m["cp"])) != (q == "không") or m["cp"] and ask:
        return None  # (a "?" with no asking word; "có" with no "không")
    if m["cp"]:
        ask = "có phải"
    if m["noun"] and (ask == "có" or not_ == "không" or not (m["la"] or ask or not_)):
        return None  # ("Tóc tôi tóc nhuộm.", "Tóc bạn có tóc nhuộm không?")
    if not m["noun"] and (not_ == "không phải" or ask == "có phải" and not m["cp"]):
        return None  # ("Tóc bạn có phải nhuộm không?": does it have to be?)
    if m["may"] and (asked or not_):
        return None  # ("Tóc tôi không được nhuộm.": it may not be; "Tóc bạn có được nhuộm không?": may it?)
    if (said := who(m, asked)) is None or asked and said[0] in ("I", "we"):
        return None  # (asked of oneself)
    whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    hair = f"{whose} hair"
    colour = f" {_COLOURS[keyed(m['colour'])]}" if m["colour"] else ""
    if m["what"]:
        return None if ask or q or not_ else f"What colour is {hair} dyed?"
    if asked:
        return None if not_ else f"Is {hair} dyed{colour}?"
    if not_:
        return None if colour else capitalised(f"{hair} isn't dyed.")
    return capitalised(f"{hair} is dyed{colour}.")


def _whose_own(m: re.Match, who_: str, one: bool) -> bool:
    """Whether the hair ("her hair", group owner) of a match of _DYE_EN or _WHAT_EN is who's own ("My mother … her",
    "Lan … her", "Hung … his"; not "I … your", nor "Lan … his", "Hung … her", "John … her": a name's "his" or "her"
    only where the name says it is theirs, _HIS and _HERS)."""
    if own_thing(m, who_, one) is not True:
        return False
    owner = m["owner"].lower()
    return not m["given"] or owner not in ("his", "her") or m["given"] in (_HIS if owner == "his" else _HERS)


def _aux(said: str | None, verb: str) -> str:
    """The auxiliary of a match of _DYE_EN as one word ("is", "does", "has"; "not" after it: "does not"), "'s" read as
    "has" before "dyed" and as "is" before anything else."""
    said = " ".join((said or "").split()).replace("n't", " not")
    short = {"'s": "has" if verb == "dyed" else "is", "'re": "are", "'m": "am", "'ve": "have"}
    return short.get(said, said)


def _dye_vi(text: str) -> str | None:
    """"She is dyeing her hair." as "Cô ấy đang nhuộm tóc.", "Do you dye your hair?" as "Bạn có nhuộm tóc không?",
    "I've never dyed my hair." as "Tôi chưa bao giờ nhuộm tóc.", "I dye my hair every two months." as "Tôi nhuộm tóc
    hai tháng một lần.", "Have you ever dyed your hair?" as "Bạn đã bao giờ nhuộm tóc chưa?", "Are you going to dye
    your hair?" as "Bạn có định nhuộm tóc không?" (_DYE_EN); None for anything else, another's hair ("She dyes my
    hair."), and where the verb does not agree with who."""
    m = _DYE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["grey"] and m["colour"]:
        return None
    who_, one = who_vi(m)
    if not _whose_own(m, who_, one) or m["q"] and who_ in ("tôi", "chúng tôi"):
        return None  # ("Do I dye my hair?": asked of oneself; "Are we …?": "chúng ta" or "chúng tôi"?)
    q, aux, adv = (m["q"] or "").lower(), _aux(m["aux"], m["verb"]), (m["adv"] or "").lower()
    be_, do, has, verb = be_of(who_, one), "does" if one else "do", "has" if one else "have", m["verb"]
    done = f"nhuộm tóc{' bạc' * bool(m['grey'])}{' ' + _COLOURS_VI[m['colour'].lower()] if m['colour'] else ''}"
    every, often = (f" {_OFTEN_VI[keyed(m['every'])]}" if m["every"] else ""), _ADV_EN.get(adv)
    # (who asked, the auxiliary, "ever" or "never" or how often, "has to" or "going to", the verb): the Vietnamese
    frames = {("", be_, "", "", "dyeing"): f"đang {done}", (be_, "", "", "", "dyeing"): f"có đang {done} không?",
              ("", "", "", "", "dyes" if one else "dye"): f"{done}{every}",
              ("", "", "often", "", "dyes" if one else "dye"): f"{often} {done}",
              ("", "", "never", "", "dyes" if one else "dye"): f"không bao giờ {done}",
              ("", f"{do} not", "", "", "dye"): f"không {done}{every}",
              ("", has, "never", "", "dyed"): f"chưa bao giờ {done}",
              (has, "", "ever", "", "dyed"): f"đã bao giờ {done} chưa?",
              ("", "", "", f"{has} to", "dye"): f"phải {done}",
              (be_, "", "", "going to", "dye"): f"có định {done} không?",
              (do, "", "", "", "dye"): f"có {done}{every} không?",
              (do, "", "often", "", "dye"): f"có {often} {done} không?",
              (do, "", "ever", "", "dye"): f"có bao giờ {done} không?"}
    if q and adv == "rarely":
        return None  # ("Does she rarely dye her hair?": "có hiếm khi … không?" is not how Vietnamese asks it)
    key = (q, aux, "often" if often else adv, " ".join((m["to"] or "").split()), verb)
    said = frames.get(key)
    if said is None or every and every not in said:
        return None  # ("She is dyeing her hair every month.": not read)
    return capitalised(f"{who_} {said}{'' if said.endswith('?') else '.'}")


def _what_vi(text: str) -> str | None:
    """"What colour are you going to dye your hair?" as "Bạn định nhuộm tóc màu gì?", "What colour would you like to
    dye your hair?" as "Bạn muốn nhuộm tóc màu gì?", "What colour are you dyeing …?" as "Bạn đang nhuộm tóc màu gì?",
    "What colour do you dye …?" as "Bạn nhuộm tóc màu gì?" (_WHAT_EN); None for anything else, and where the verb
    does not agree with who."""
    m = _WHAT_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if who_ in ("tôi", "chúng tôi") or not _whose_own(m, who_, one):
        return None  # (asked of oneself)
    how, q = " ".join(m["how"].split()), m["q"]
    frames = {(be_of(who_, one), "going to dye"): "định ", ("would", "like to dye"): "muốn ",
              (be_of(who_, one), "dyeing"): "đang ", ("does" if one else "do", "dye"): ""}
    said = frames.get((q, how))
    return None if said is None else capitalised(f"{who_} {said}nhuộm tóc màu gì?")


def _hair_vi(text: str) -> str | None:
    """"My hair is dyed purple." as "Tóc tôi nhuộm màu tím.", "Lan's hair is dyed." as "Tóc Lan là tóc nhuộm.", "My
    hair isn't dyed." as "Tóc tôi không phải tóc nhuộm.", "Is your hair dyed?" as "Tóc bạn có phải tóc nhuộm không?",
    "Is her hair dyed red?" as "Có phải tóc cô ấy nhuộm màu đỏ không?", "What colour is your hair dyed?" as "Tóc bạn
    nhuộm màu gì?" (_HAIR_EN, _HAIR_WHAT_EN); None for anything else, and for a pet's hair (fur: "lông")."""
    m = _HAIR_WHAT_EN.fullmatch(text)
    what = m is not None
    if not m and not (m := _HAIR_EN.fullmatch(text)):
        return None
    if m["ofs"]:
        whose = someone(m["ofs"], "en")
        if whose is None or pet(m["ofs"], "en"):
            return None
    else:
        whose = WHOSE_VI[m["of"].lower()]
    hair = f"tóc {whose}"
    if what:
        return None if whose in ("tôi", "chúng tôi") else capitalised(f"{hair} nhuộm màu gì?")
    if bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    colour = f" {_COLOURS_VI[m['colour'].lower()]}" if m["colour"] else ""
    if m["q"]:
        if whose in ("tôi", "chúng tôi"):
            return None  # ("Is my hair dyed?", "Is our hair dyed?": asked of oneself)
        return f"Có phải {hair} nhuộm{colour} không?" if colour else capitalised(f"{hair} có phải tóc nhuộm không?")
    if "not" in m["be"] or "n't" in m["be"]:
        return None if colour else capitalised(f"{hair} không phải tóc nhuộm.")
    return capitalised(f"{hair} nhuộm{colour}." if colour else f"{hair} là tóc nhuộm.")
