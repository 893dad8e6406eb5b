"""Fishing as a pastime, both ways, written whole by rule: going fishing (with whom, where, when), fish caught or
none, the fish biting or not, a fishing rod. v8 (with the rules before this one) reads "câu" as a sentence or a story,
"câu được" as being or getting, and English "fishing" as fish, "catch" as grasp or meet, "rod" as a roof: "Tôi câu
được một con cá to." → "I was a fisherman.", "Bố tôi câu được ba con cá." → "My father was three fishings.", "Tôi
chẳng câu được con nào." → "I don't have any questions.", "Bạn có câu được gì không?" → "What do you have a story?",
"Hôm nay cá không cắn câu." → "The fish didn't bite the story today.", "Tôi có một cái cần câu mới." → "I have a new
sentence.", "Mẹ tôi đang đi câu cá." → "My mother was going fishing.", "Ngày mai chúng tôi sẽ đi câu cá." →
"Tomorrow, we'll go fish."; "He caught a big fish." → "Anh ta bắt gặp một cá lớn.", "Did you catch anything?" →
"Bạn có nắm bắt bất cứ thứ gì không?", "I went fishing with my dad." → "Tôi đi cá bằng cha.", "The fish aren't
biting." → "Con cá không cắn.", "I have a new fishing rod." → "Tôi có một mái cá mới.", "My mother is fishing." →
"Mẹ tôi đang cá.", "How many fish did you catch?" → "Bạn bắt kịp bao nhiêu cá?".

Taken: who (mt.hobbies.WHO, WHO_EN) going fishing, with someone (mt.hobbies.WHOM, WHOM_EN) and at a place of PLACES
or not, with a day read by mt.free_time.when (and mt.LAST): done ("đã" or a day behind; "went", "did … go"),
planned ("sẽ" or a day ahead; "is going", "will go"), wanted ("muốn"; "want to", "would like to"), out fishing now
("đang"; "is fishing"), gone fishing ("has gone fishing"), said, denied or asked; fish caught (a count of them, big or
small; a lot of fish), none caught ("không", "chẳng", "chưa"), asked ("Bạn có câu được gì không?", "How many fish did
you catch?"); the fish biting, not biting or asked, today or yesterday; a fishing rod had (new or not) or asked
to borrow. Left: where a fish was caught ("I caught a big fish at the lake."), fishing as a hobby or how often
("Tôi hay đi câu cá vào cuối tuần.", "Tôi thích câu cá.": mt/hobbies.py), "Let's go fishing." (the phrasebook's), a
time that does not say the tense ("Tôi đi câu cá với bố tôi.", "We go fishing at the lake."), "chưa" and "ever"
("Bạn đã bao giờ đi câu cá chưa?"), fish as food or pets, "anh", "chị", "em" alone saying it (the speaker or "you":
mt.hobbies.who), "Bạn có cần câu không?" (also "Do you need …"), a rod forgotten ("Tôi quên mang cần câu.": whose?),
English whose verb does not agree with who, a pet as who ("My cat caught a fish.": "câu" is with a rod), "vậy" or
"thế" after fish caught ("một con cá to vậy": that big).
mt.phrasebook.translate tries these after mt/ripeness.py.

    >>> translate("Tôi câu được một con cá to.", "vi", "en"), translate("Did you catch anything?", "en", "vi")
    ('I caught a big fish.', 'Bạn có câu được gì không?')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, EN_DAYS, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop

# where (the first Vietnamese of each is written back)
PLACES = {"ở hồ": "at the lake", "ở bờ hồ": "by the lake", "trên hồ": "on the lake", "ở sông": "in the river",
          "trên sông": "on the river", "ở biển": "in the sea", "ngoài biển": "at sea", "ở ao": "in the pond",
          "ở suối": "in the stream"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "at the river": "ở sông", "by the river": "ở sông", "in the lake": "ở hồ", "at the sea": "ở biển"}
# how big a fish is (the first Vietnamese of each is written back)
SIZES = {"to": "big", "lớn": "big", "bự": "big", "nhỏ": "small", "bé": "small", "khổng lồ": "huge"}
SIZES_VI = {en: vi for vi, en in reversed(SIZES.items())} | {"large": "lớn", "little": "nhỏ"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:câu\s+(?:cá|được)|đi\s+câu|cắn\s+câu|cần\s+câu)"),
         "en": lazy(r"(?i:fish|catch|caught)")}

_PLACE = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
_GOING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ|đang)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
              rf"(?:(?P<want>muốn)\s+)?(?P<go>đi\s+)?câu(?(go)(?:\s+cá)?|\s+cá)(?:\s+(?:cùng\s+)?với\s+{WHOM})?"
              rf"{_PLACE}{DAY_AFTER}{ASKED_END}")
# caught: a count of fish, big or not ("một con cá rất to"), a lot, anything, how many
_COUNT = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))"
_FISH = (rf"{_COUNT}\s+con\s+cá(?:\s+(?P<very>rất)\s+|\s+)?(?:(?P<size>(?i:{alternatives(SIZES)}))"
         r"(?:\s+(?P<much>lắm|quá))?)?")
_CAUGHT = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|vừa|mới|vừa\s+mới)\s+)?(?:(?P<ask>có)\s+|"
               rf"(?P<not>không|chẳng|chưa)\s+)?câu\s+được\s+(?:{_FISH}|(?P<many>(?:rất\s+)?nhiều\s+cá)|"
               r"(?P<any>gì|con\s+nào|con\s+cá\s+nào|cá)(?:\s+(?:cả|hết))?|(?P<how>mấy|bao\s+nhiêu)\s+con(?:\s+cá)?)"
               rf"{DAY_AFTER}(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_BITING = lazy(rf"{DAY_OPENING}(?:[Cc]on\s+)?[Cc]á\s+(?:(?P<ask>có)\s+|(?P<not>không|chẳng)\s+(?:chịu\s+)?|"
               rf"(?P<now>đang)\s+)?cắn\s+câu(?:\s+gì\s+cả)?{DAY_AFTER}{ASKED_END}")
_ROD = r"(?:(?:một\s+)?(?:cái|chiếc)\s+)?cần\s+câu(?:\s+cá)?"
# (after "có" only with a classifier: "Bạn có cần câu không?" may be "Do you need …")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?(not)(?:(?:một\s+)?(?:cái|chiếc)\s+)?|(?:một\s+)?(?:cái|chiếc)\s+)"
             rf"cần\s+câu(?:\s+cá)?(?:\s+(?P<new>mới))?{ASKED_END}")
# whose rod is borrowed, asked: the listener's by a word of kinship too ("của anh", your)
_LENDERS = {vi: en for vi, en in OWNERS.items() if en not in ("my", "our")} | dict.fromkeys(
    ("anh", "chị", "em", "cô", "chú", "bác"), "your")
_BORROW = lazy(rf"(?:[Cc]ho\s+)?(?:[Tt]ôi|[Mm]ình)\s+(?P<can>có\s+thể\s+)?mượn\s+{_ROD}\s+(?:của\s+)?"
               rf"(?P<owner>(?i:{alternatives(_LENDERS)}))"
               r"\s+(?(can)không|được\s+không)(?:\s+(?:vậy|ạ))?\s*\?+")

# ... in English: who, then "did", "will", "is", "has" … or none, then how fishing is said
_AUX_EN = (r"(?P<aux>\s+(?:did|will|would|do|does|is|am|are|has|have)(?:\s+not)?|"
           r"\s+(?:didn|won|don|doesn|isn|aren|hasn|haven)['’]t|['’](?:s|m|re|ll|d|ve)(?:\s+not)?)?")
_DOING_EN = (r"(?P<doing>go\s+fishing|went\s+fishing|going\s+fishing|gone\s+fishing|fishing|out\s+fishing|"
             r"wants?\s+to\s+go\s+fishing|like\s+to\s+go\s+fishing)")
_GOING_EN = lazy(rf"(?:(?P<aux0>Did|Are|Is|Am|Do|Does|Would|Will)\s+)?{WHO_EN}{_AUX_EN}\s+{_DOING_EN}"
                 rf"(?:\s+with\s+{WHOM_EN})?(?:\s+(?P<place>{alternatives(PLACES_VI)}))?{DAY_AFTER_EN}"
                 r"\s*(?P<end>[.!?]*)")
_FISH_EN = (rf"(?P<n>an?|\d{{1,2}}|{alternatives(EN_TO_VI)})\s+(?:(?P<very>really|very)\s+)?"
            rf"(?:(?P<size>{alternatives(SIZES_VI)})\s+)?fish")
_CAUGHT_EN = lazy(rf"(?:(?P<aux0>Did|Have|Has)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>catch|caught)"
                  rf"\s+(?:{_FISH_EN}|(?P<many>a\s+lot\s+of\s+fish|lots\s+of\s+fish)|(?P<any>anything|any\s+fish)|"
                  rf"(?P<none>nothing)){DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_HOW_MANY_EN = lazy(rf"How\s+many\s+fish\s+(?P<aux0>did|have|has)\s+{WHO_EN}\s+(?P<verb>catch|caught)"
                    rf"{DAY_AFTER_EN}\s*\?+")
_BITING_EN = lazy(r"(?:(?P<aux0>Are|Were)\s+)?[Tt]he\s+fish(?:\s+(?P<aux>are|were)(?P<not>\s+not|n['’]t)?)?\s+biting"
                  rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(rf"(?:(?P<aux0>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                r"\s+(?P<verb>have|has)\s+a\s+(?P<new>new\s+)?fishing\s+rod\s*(?P<end>[.!?]*)")
_BORROW_EN = lazy(r"(?:Can|Could|May)\s+I\s+borrow\s+(?P<owner>your|his|her|their)\s+fishing\s+rod\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that tells or asks of going fishing, fish caught, the fish biting or a fishing
    rod; None for any other."""
    if src == "vi":
        return _going(text) or _caught(text) or _biting(text) or _rod(text)
    return _going_vi(text) or _caught_vi(text) or _biting_vi(text) or _rod_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether it takes "does" (mt.hobbies.who); None for a pet
    (mt.hobbies.animal) and where mt.hobbies.who gives none."""
    return None if animal(m) else who(m, asked)


def _that_end(text: str) -> bool:
    """Whether a sentence ends with "vậy" or "thế", which after fish caught says how many or how big ("một con cá to
    vậy": that big), not a softener to drop.

    >>> _that_end("Bố tôi câu được một con cá to vậy."), _that_end("Bố tôi câu được một con cá to.")
    (True, False)
    """
    return keyed(text.rstrip(".!?")).endswith((" vậy", " thế"))


def _day(said: str | None, src: str) -> tuple[str, bool, bool] | None:
    """A day said in the other language (mt.free_time.when, and mt.LAST), and whether it is behind and ahead:
    Vietnamese in English with a space before it ((" yesterday", True, False), (" on Sunday", False, False)), English
    in Vietnamese (("hôm qua", True, False)); ("", False, False) for none, None for one not read."""
    day = when(said, src, LAST)
    if day is None:
        return None
    en = day if src == "vi" else said or ""
    if src == "vi":
        day = f" on {day}" if day.partition(" ")[0] in EN_DAYS else f" {day}" * bool(day)
    return day, bool(BEHIND.match(en)), bool(AHEAD.match(en) or en == "tonight")


def _with_en(m: re.Match, lang: str) -> str | None:
    """Whom and where of a match of _GOING (`lang` "vi") or _GOING_EN ("en") in the other language: " with my father
    at the lake", " với bố tôi ở hồ"; "" for neither, None for whom not read."""
    whom = m["whom"] and as_whom(m["whom"], lang)
    if m["whom"] and not whom:
        return None
    place = (PLACES if lang == "vi" else PLACES_VI)[keyed(m["place"])] if m["place"] else ""
    return f" {'with' if lang == 'vi' else 'với'} {whom}" * bool(whom) + f" {place}" * bool(place)


def _going(text: str) -> str | None:
    """"Hôm qua tôi đi câu cá với bố tôi." as "I went fishing with my father yesterday.", "Ngày mai chúng tôi sẽ đi
    câu cá." as "We're going fishing tomorrow.", "Mẹ tôi đang đi câu cá." as "My mother is out fishing.", "Bạn có muốn
    đi câu cá không?" as "Do you want to go fishing?" (_GOING); None for anything else, and where no tense is said."""
    m = _GOING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    said, day, rest = _who(m, asked), _day(m["day0"] or m["day"], "vi"), _with_en(m, "vi")
    if said is None or day is None or rest is None:
        return None
    (who_, one), (day, behind, ahead), t, no = said, day, m["tense"], bool(m["not"])
    end, rest = "?" if asked else stop(m["end"]), f"{rest}{day}"
    if m["want"]:
        if t or behind:
            return None
        does = "does" if one else "do"
        said = f"{does.capitalize()} {who_} want" if asked else f"{who_} {does}n't want" if no else \
            f"{who_} want{'s' * one}"
        return capitalised(f"{said} to go fishing{rest}{end}")
    if t == "đang":
        doing = "out fishing" if m["go"] else "fishing"
        return None if asked or no or day else capitalised(contracted(who_, f"{be(who_)} {doing}{rest}{end}"))
    if t == "đã" or behind and not t:
        if ahead or m["ask"] and not behind:
            return None
        return f"Did {who_} go fishing{rest}?" if asked else capitalised(
            f"{who_} didn't go fishing{rest}{end}" if no else f"{who_} went fishing{rest}{end}")
    if (t == "sẽ" or ahead) and not behind and not (m["ask"] and t):
        be_ = be(who_)
        return f"{be_.capitalize()} {who_} going fishing{rest}?" if asked else capitalised(
            contracted(who_, f"{be_}{' not' * no} going fishing{rest}{end}"))
    return None


def _fish_en(m: re.Match) -> str | None:
    """The fish of a match of _FISH in English: "a big fish", "three fish", "a really big fish"; None for "rất"
    without a size, or with "khổng lồ"."""
    n = keyed(m["n"])
    count = "a" if n in ("một", "1") else VI_TO_EN.get(n, n)
    size = SIZES[keyed(m["size"])] if m["size"] else ""
    if (m["very"] or m["much"]) and size in ("", "huge"):
        return None
    return f"{count} {'really ' * bool(m['very'] or m['much'])}{size} fish".replace("  ", " ")


def _caught(text: str) -> str | None:
    """"Tôi câu được một con cá to." as "I caught a big fish.", "Tôi chẳng câu được con nào." as "I didn't catch any
    fish.", "Bạn có câu được gì không?" as "Did you catch anything?", "Bạn câu được mấy con cá?" as "How many fish did
    you catch?" (_CAUGHT); None for anything else, and for a day ahead."""
    m = _CAUGHT.fullmatch(text)
    asked, yet = bool(m and m["asked"]), bool(m and (m["asked"] == "chưa" or m["not"] == "chưa"))
    if not m or (bool(asked) or bool(m["how"])) != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    said, day = _who(m, asked or bool(m["how"])), _day(m["day0"] or m["day"], "vi")
    if said is None or day is None or day[2] or yet and day[0] or m["tense"] and (
            m["how"] or m["not"] or asked and not (yet and keyed(m["tense"]) == "đã")):
        return None
    (who_, one), day, t = said, day[0], keyed(m["tense"] or "")
    anything = "anything" if keyed(m["any"] or "") == "gì" else "any fish"
    if m["how"]:
        return None if m["ask"] or m["not"] or m["asked"] else f"How many fish did {who_} catch{day}?"
    if asked:
        if not m["any"] or m["ask"] and yet:
            return None
        return f"{'Has' if one else 'Have'} {who_} caught {anything} yet?" if yet else \
            f"Did {who_} catch {anything}{day}?"
    if m["any"]:
        if not m["not"] or m["ask"]:
            return None
        return capitalised(contracted(who_, f"{'has' if one else 'have'}n't caught {anything} yet.") if yet else
                           f"{who_} didn't catch {anything}{day}{stop(m['end'])}")
    fish = "a lot of fish" if m["many"] else _fish_en(m)
    if fish is None or m["not"] or m["ask"] or _that_end(text):
        return None
    if t in ("vừa", "mới", "vừa mới"):
        return None if day else capitalised(contracted(who_, f"{'has' if one else 'have'} just caught {fish}."))
    return capitalised(f"{who_} caught {fish}{day}{stop(m['end'])}")


def _biting(text: str) -> str | None:
    """"Hôm nay cá không cắn câu." as "The fish aren't biting today.", "Cá có cắn câu không?" as "Are the fish
    biting?", "Cá đang cắn câu." as "The fish are biting." (_BITING); None for anything else, and for a day ahead."""
    m = _BITING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    day = _day(m["day0"] or m["day"], "vi")
    if day is None or day[2] or not (day[1] or day[0] in ("", " today", " this morning", " now")):
        return None
    be_ = "were" if day[1] else "are"
    if asked:
        return f"{be_.capitalize()} the fish biting{day[0]}?"
    if m["not"]:
        return f"The fish {be_}n't biting{day[0]}{stop(m['end'])}"
    return f"The fish {be_} biting{day[0]}{stop(m['end'])}" if m["now"] and not day[1] else None


def _rod(text: str) -> str | None:
    """"Tôi có một cái cần câu mới." as "I have a new fishing rod.", "Tôi mượn cần câu của bạn được không?" as "Can I
    borrow your fishing rod?" (_HAVE, _BORROW); None for anything else."""
    if m := _BORROW.fullmatch(text):
        return f"Can I borrow {_LENDERS[keyed(m['owner'])]} fishing rod?"
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or (said := _who(m, asked)) is None:
        return None
    (who_, one), rod = said, f"a {'new ' * bool(m['new'])}fishing rod"
    return present(who_, one, "have", rod, asked, bool(m["not"]), None if m["not"] else m["end"])


def _aux(m: re.Match) -> tuple[str, bool]:
    """The helping verb of a match of _AUX_EN (or "aux0" before who) written out and in small letters ("did",
    "will", "'s" for "is" or "has"), and whether "not" follows it; ("", False) for none."""
    said = " ".join((m["aux0"] or m["aux"] or "").lower().replace("’", "'").split())
    no = said.endswith(("not", "n't"))
    said = said.removesuffix(" not").removesuffix("n't")
    return {"wo": "will", "'ll": "will", "'d": "would", "'m": "am", "'re": "are", "'ve": "have"}.get(said, said), no


def _agrees(aux: str, who_: str, one: bool) -> bool:
    """Whether a helping verb (as _aux gives it) agrees with who (`who_`, `one` as mt.hobbies.who_vi gives them):
    "she does", "I am", "they have"; True for those that agree with all ("did", "will")."""
    if aux in ("is", "am", "are"):
        return aux == be_of(who_, one)
    if aux in ("do", "does", "have", "has"):
        return aux in (("does", "has") if one else ("do", "have"))
    return True


def _going_vi(text: str) -> str | None:
    """"I went fishing with my dad." as "Tôi đã đi câu cá với bố tôi.", "We're going fishing tomorrow." as "Ngày mai
    chúng tôi sẽ đi câu cá.", "Did you go fishing yesterday?" as "Hôm qua bạn có đi câu cá không?", "My mother is
    fishing." as "Mẹ tôi đang câu cá.", "He's gone fishing." as "Anh ấy đi câu cá rồi." (_GOING_EN); None for
    anything else, and where a verb does not agree with who or the day with the tense."""
    m = _GOING_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["aux0"]) != asked or m["aux0"] and m["aux"] or animal(m):
        return None
    (who_, one), (aux, no), doing = who_vi(m), _aux(m), " ".join(m["doing"].lower().split())
    day, rest = _day(m["day"], "en"), _with_en(m, "en")
    if day is None or rest is None:
        return None
    (day, behind, ahead), end = day, " không?" if asked else stop(m["end"])
    aux = ("has" if one else "have") if aux == "'s" and doing == "gone fishing" else be_of(who_, one) \
        if aux == "'s" else aux
    if not _agrees(aux, who_, one) or no and asked:
        return None
    if (aux, doing) in (("", "went fishing"), ("did", "go fishing")) and not ahead and (aux or not no):
        said = f"{who_} {'có ' if asked else 'không ' if no else '' if behind else 'đã '}đi câu cá"
    elif (aux in ("is", "am", "are") and doing == "going fishing" or aux == "will" and doing == "go fishing") \
            and not behind and (day or not asked):
        said = f"{who_} {'có ' if asked else 'sẽ không ' if no else 'sẽ '}đi câu cá"
    elif aux in ("is", "am", "are") and doing in ("fishing", "out fishing") and not (asked or no or m["day"]):
        said = f"{who_} đang {'đi ' * (doing == 'out fishing')}câu cá"
    elif aux in ("has", "have") and doing == "gone fishing" and not (asked or no or m["day"] or m["whom"]):
        return capitalised(f"{who_} đi câu cá{rest} rồi{end}")
    elif (doing.startswith("want") and aux in ("", "do", "does") and (doing.startswith("wants") == (one and not aux))
          or aux == "would" and doing.startswith("like")) and not behind and (aux != "would" or not no):
        said = f"{who_} {'có ' if asked else 'không ' if no else ''}muốn đi câu cá"
    else:
        return None
    return placed(f"{said}{rest}", day, end)


def _caught_vi(text: str) -> str | None:
    """"He caught a big fish." as "Anh ấy câu được một con cá to.", "Did you catch anything?" as "Bạn có câu được gì
    không?", "I haven't caught anything yet." as "Tôi chưa câu được gì.", "How many fish did you catch?" as "Bạn câu
    được mấy con cá?" (_CAUGHT_EN, _HOW_MANY_EN); None for anything else, and where a verb does not agree with who."""
    if m := _HOW_MANY_EN.fullmatch(text):
        (who_, one), day = who_vi(m), _day(m["day"], "en")
        perfect = ("has" if one else "have", "caught")
        if animal(m) or day is None or day[2] or (m["aux0"], m["verb"]) not in (("did", "catch"), perfect) or \
                day[0] and m["aux0"] != "did":
            return None
        return placed(f"{who_} câu được mấy con cá", day[0], "?")
    m = _CAUGHT_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["aux0"]) != asked or m["aux0"] and m["aux"] or animal(m):
        return None
    (who_, one), (aux, no), yet = who_vi(m), _aux(m), m["day"] == "yet"
    aux = ("has" if one else "have") if aux == "'s" else aux
    day = ("", False, False) if yet else _day(m["day"], "en")
    if day is None or day[2] or not _agrees(aux, who_, one) or no and asked or m["just"] and (asked or no or m["day"]):
        return None
    perfect, verb, day = aux in ("has", "have"), m["verb"], day[0]
    if m["any"]:
        anything = {"anything": "gì", "any fish": "con cá nào"}[" ".join(m["any"].split())]
        if perfect and verb == "caught" and (asked or no) and not day:  # ("haven't caught anything yet")
            return capitalised(f"{who_} {'' if asked else 'chưa '}câu được {anything}{' chưa?' if asked else '.'}")
        if aux == "did" and verb == "catch" and (asked or no) and not yet:
            return placed(f"{who_} {'có' if asked else 'không'} câu được {anything}", day, " không?" if asked else ".")
        return None
    if asked or no or yet or (aux, verb) not in (("", "caught"), ("has", "caught"), ("have", "caught")) or \
            perfect and not m["just"] or m["none"] and m["just"]:
        return None
    if m["none"]:
        return placed(f"{who_} chẳng câu được gì", day, stop(m["end"]))
    if m["many"]:
        return placed(f"{who_} {'vừa ' * bool(m['just'])}câu được rất nhiều cá", day, stop(m["end"]))
    n, size = m["n"].lower(), m["size"] and SIZES_VI[m["size"].lower()]
    if n == "an" or m["very"] and size in (None, "khổng lồ"):
        return None
    count = "một" if n in ("a", "one") else EN_TO_VI.get(n, n)
    fish = f"{count} con cá{' rất' * bool(m['very'])}{f' {size}' * bool(size)}"
    return placed(f"{who_} {'vừa ' * bool(m['just'])}câu được {fish}", day, stop(m["end"]))


def _biting_vi(text: str) -> str | None:
    """"The fish aren't biting today." as "Hôm nay cá không cắn câu.", "Are the fish biting?" as "Cá có cắn câu
    không?", "The fish weren't biting yesterday." as "Hôm qua cá không cắn câu." (_BITING_EN); None for anything
    else, and where "were" does not go with the day."""
    m = _BITING_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["aux0"]) != asked or bool(m["aux0"]) == bool(m["aux"]) or asked and m["not"]:
        return None
    day = _day(m["day"], "en")
    past = (m["aux0"] or m["aux"]).lower() == "were"
    if day is None or not ((day[1] or not m["day"]) if past else day[0] in ("", "hôm nay", "sáng nay", "bây giờ")):
        return None
    if asked:
        return placed("cá có cắn câu", day[0], " không?")
    if not m["not"] and past:
        return None
    return placed(f"cá {'không' if m['not'] else 'đang'} cắn câu", day[0], stop(m["end"]))


def _rod_vi(text: str) -> str | None:
    """"I have a new fishing rod." as "Tôi có một cái cần câu mới.", "Do you have a fishing rod?" as "Bạn có cần câu
    không?", "Can I borrow your fishing rod?" as "Tôi mượn cần câu của bạn được không?" (_HAVE_EN, _BORROW_EN); None
    for anything else, and where a verb does not agree with who."""
    if m := _BORROW_EN.fullmatch(text):
        return f"Tôi mượn cần câu của {WHOSE_VI[m['owner'].lower()]} được không?"
    m = _HAVE_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["aux0"]) != asked or m["aux0"] and m["aux"] or animal(m):
        return None
    (who_, one), (aux, no) = who_vi(m), _aux(m)
    if not _agrees(aux, who_, one) or m["verb"] != ("have" if aux or not one else "has"):
        return None
    if asked:
        return capitalised(f"{who_} có cần câu{' mới' * bool(m['new'])} không?")
    return capitalised(f"{who_} {'không có' if no else 'có một cái'} cần câu{' mới' * bool(m['new'])}.")
