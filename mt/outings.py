"""Going out for fun, a picnic, karaoke or camping: suggested, liked, wanted, done, planned or kept up, said or asked,
both ways, written whole by rule. v8 (with the rules before this one) reads "dã ngoại" as out of the wild, "picnic" as
a doubt, and loses "karaoke" or "go": "Chúng ta đi dã ngoại nhé." → "Let's go out of wild.", "Đi hát karaoke đi!" →
"Go to the karaoke!", "Chúng tôi đã đi dã ngoại ở công viên." → "We had gone out of at the park.", "Cuối tuần trước
chúng tôi đi cắm trại." → "Last weekend, we camp.", "Họ đi hát karaoke mỗi thứ Sáu." → "They went to singing karaoke
each Friday.", "Bạn có thích hát karaoke không?" → "Do you like singinging karaoke?"; "Let's have a picnic." →
"Chúng ta có một nghi ngờ.", "We had a picnic in the park." → "Chúng tôi có một con nghi ngờ trong công viên.", "Do
you like karaoke?" → "Bạn có muốn karaoke không?", "We often go to karaoke." → "Chúng ta thường đi đầu gối.". Ever
done (v8 with every rule): "Bạn đã bao giờ đi cắm trại chưa?" → "Never camps?", "Bạn đã đi cắm trại bao giờ chưa?" →
"Are you went camping Never?", "Tôi chưa bao giờ đi cắm trại." → "I've never camps.", "Bạn đã bao giờ đi dã ngoại
chưa?" → "Are you never going to go out for a foreign wild?", "Tôi chưa bao giờ đi dã ngoại." → "I've never been
slighted.", "Tôi đã từng đi cắm trại." → "I've been camps."; "Have you ever been on a picnic?" → "Bạn đã từng ở trên
một nghi ngờ chưa?", "Have you ever sung karaoke?" → "Bạn có bao giờ added karaoke không?", "We've never had a picnic
by the lake." → "Chúng tôi chưa bao giờ có nghi ngờ gì bởi hồ.".

Taken: one of OUTINGS ("đi dã ngoại", "đi hát karaoke", "đi cắm trại"; "have a picnic", "go to karaoke", "go camping"),
in a place of PLACES (the park, the beach, the sea, the lake, the river, the woods, the mountains, the hill, a stream,
the garden, the grass; not with karaoke), with a day read by mt.free_time.when (and mt.dates.LAST): suggested ("Chúng ta
… nhé.", "Đi … đi!", "… nhé?", "Hay là …?", "Tối nay đi … không?"; "Let's …", "Shall we …?", "Why don't we …?", "How
about …-ing?"); liked (karaoke, picnics; "don't love" as "không thích … lắm"); wanted ("Bạn có muốn … không?"; "Do you
want to …?", "Would you like to …?"); done (with "đã" or a day behind), planned (with "sẽ" or a day ahead; "going to"
with no day) or kept up (how often, mt.hobbies.SELDOM, or every day, weekend, Friday …; camping every week and "Let's go
camping." as mt/hobbies.py and mt/suggestions.py, tried before, write them), said, denied or asked, by who
(mt.hobbies.WHO, WHO_EN; "we" asking as "chúng ta"); ever done, asked ("Bạn đã bao giờ … chưa?", "Bạn đã … bao giờ
chưa?", "… lần nào chưa?", "Bạn từng … chưa?"; "Have you ever been camping?", "been on a picnic", "been to karaoke",
"sung karaoke"), never done ("Tôi chưa bao giờ …", "chưa từng", "chưa hề", "Tôi chưa … bao giờ"; "I've never been
camping.") or done before ("Tôi đã từng …"; "I've been camping before."). Left: no word of the tense ("Chúng tôi đi dã
ngoại ở công viên.": went, go, or are going?; "We have a picnic."), "với" or "with" someone, "chưa" alone ("Bạn đã đi
cắm trại chưa?": yet?), "Bạn có bao giờ … không?" (ever, or ever does?), "I've been camping." (lately?), "ever …
before", a pet singing karaoke (or going to it), "My parents have" (mt.hobbies.who_vi says one), camping liked
(mt/hobbies.py), "Hãy …" without "chúng ta" (may be told to the listener), "anh", "chị", "em" alone saying it
(mt.hobbies.who), "mình" alone asking, or saying it went, will go, wants or has ever been (I, or we?; liking it is "I"),
English whose verb does not agree with who.
mt.phrasebook.translate tries these after mt/anniversaries.py.

    >>> translate("Chúng ta đi dã ngoại nhé.", "vi", "en"), translate("Do you like karaoke?", "en", "vi")
    ("Let's have a picnic.", 'Bạn có thích hát karaoke không?')
    >>> translate("Bạn đã bao giờ đi cắm trại chưa?", "vi", "en"), translate("I've never been on a picnic.", "en", "vi")
    ('Have you ever been camping?', 'Tôi chưa bao giờ đi dã ngoại.')
"""
from __future__ import annotations

import re

from . import dates, hobbies, tense, text
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, animal, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (SOFTENED_END, agreement_asked, alternatives, be, be_said, capitalised, contracted, keyed, present,
                   stop)

# the outings, each as English says it after "Let's": its verb and what follows (the first Vietnamese is written back)
OUTINGS = {"đi dã ngoại": "picnic", "đi chơi dã ngoại": "picnic", "dã ngoại": "picnic", "đi picnic": "picnic",
           "đi hát karaoke": "karaoke", "đi karaoke": "karaoke", "hát karaoke": "singing",
           "đi cắm trại": "camping", "cắm trại": "camping"}
OUTINGS_VI = {kind: vi for vi, kind in reversed(OUTINGS.items())}
_SAID_EN = {"picnic": ("have", "a picnic"), "karaoke": ("go", "to karaoke"), "singing": ("sing", "karaoke"),
            "camping": ("go", "camping")}
_FORMS = {"have": ("have", "has", "had", "having"), "go": ("go", "goes", "went", "going"),
          "sing": ("sing", "sings", "sang", "singing")}  # base, -s, past, -ing
_PLACED = {"picnic", "camping"}  # (karaoke is not had in a park)
_BASE, _ONE, _PAST, _ING = range(4)
# ... what follows the verb in English, by outing ("go for a picnic", "went on a picnic", "go out for karaoke")
_WHAT_EN = {"a picnic": ("have", "picnic"), "for a picnic": ("go", "picnic"), "on a picnic": ("go", "picnic"),
            "to karaoke": ("go", "karaoke"), "to the karaoke": ("go", "karaoke"), "for karaoke": ("go", "karaoke"),
            "out for karaoke": ("go", "karaoke"), "karaoke": ("sing", "singing"), "camping": ("go", "camping")}
# liked: the outing as English likes it, and back (camping liked is mt/hobbies.py's)
_LIKED = {"hát karaoke": "karaoke", "đi hát karaoke": "karaoke", "karaoke": "karaoke", "đi dã ngoại": "picnics",
          "dã ngoại": "picnics", "đi picnic": "picnics"}
_LIKED_VI = {"karaoke": "hát karaoke", "singing karaoke": "hát karaoke", "going to karaoke": "đi hát karaoke",
             "picnics": "đi dã ngoại", "having picnics": "đi dã ngoại", "going on picnics": "đi dã ngoại"}
_LIKES = {"thích": "like", "mê": "love", "ghét": "hate"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "hate": "ghét"}
# where (the places of mt.getting_lost and mt.terms lack the word before them; the first Vietnamese is written back)
PLACES = {"ở công viên": "in the park", "trong công viên": "in the park", "ở bãi biển": "on the beach",
          "trên bãi biển": "on the beach", "ở biển": "by the sea", "ở bờ hồ": "by the lake", "bên hồ": "by the lake",
          "bên bờ hồ": "by the lake", "ven hồ": "by the lake", "cạnh hồ": "by the lake", "bên sông": "by the river",
          "bên bờ sông": "by the river", "ven sông": "by the river", "trong rừng": "in the woods",
          "trên núi": "in the mountains", "trên đồi": "on the hill", "bên suối": "by the stream",
          "ven suối": "by the stream", "cạnh suối": "by the stream", "trong vườn": "in the garden",
          "ngoài vườn": "in the garden", "trên bãi cỏ": "on the grass"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "at the park": "ở công viên", "at the beach": "ở bãi biển", "at the lake": "ở bờ hồ",
    "by the seaside": "ở biển", "in the forest": "trong rừng"}
# ever done, asked or denied, or done before ("Bạn đã bao giờ đi cắm trại chưa?", "Tôi chưa đi dã ngoại bao giờ.",
# "Tôi đã từng đi cắm trại."): each outing's participle in English, and back (mt/ever.py mends only a place by name)
_BEEN = {"picnic": "been on a picnic", "karaoke": "been to karaoke", "singing": "sung karaoke",
         "camping": "been camping"}
_BEEN_VI = {"been camping": "camping", "gone camping": "camping", "been on a picnic": "picnic",
            "been for a picnic": "picnic", "had a picnic": "picnic", "been to karaoke": "karaoke",
            "sung karaoke": "singing", "done karaoke": "singing"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:dã\s+ngoại|karaoke|cắm\s+trại|picnic)"),
         "en": lazy(r"(?i:picnic|karaoke|camping)")}

_DOING = rf"(?P<doing>(?i:{alternatives(OUTINGS)}))"
_PLACE = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
_EVERY = (rf"(?:vào\s+)?(?:(?P<every>(?i:{alternatives(hobbies.EVERY)}))|"
          r"(?i:mỗi)\s+(?P<weekday>(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)))")
# "we" with the listener ("chúng tôi" leaves the listener out); "mình" alone may be "I" (as mt/suggestions.py reads)
_WE = r"(?P<we>[Cc]húng\s+(?:ta|mình)|[Bb]ọn\s+mình|[Tt]ụi\s+mình|(?P<me>[Mm]ình))"
_LETS = lazy(rf"(?:(?P<hay>[Hh]ay(?:\s+là)?)\s+)?{DAY_OPENING}(?:{_WE}\s+)?(?:(?P<let>hãy)\s+)?"
             rf"(?:(?P<together>cùng)\s+)?{_DOING}{_PLACE}{DAY_AFTER}"
             r"(?:\s+(?P<ending>nhé|nha|đi|nào|không))?\s*(?P<end>[.!?]*)")
_LIKING = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?P<likes>thích|mê|ghét)\s+"
               rf"(?P<liked>(?i:{alternatives(_LIKED)}))(?:\s+(?P<much>lắm))?{text.ASKED_END}")
# done, planned, kept up or wanted ("Cuối tuần trước chúng tôi đi cắm trại.", "Bạn có muốn đi dã ngoại không?")
_TOLD = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<seldom>{alternatives(hobbies.SELDOM)})\s+)?(?:(?P<want>muốn)\s+)?{_DOING}{_PLACE}"
             rf"(?:\s+{_EVERY}|{DAY_AFTER}){text.ASKED_END}")
# ("bao giờ", "từng", "hề" before the outing, or "bao giờ", "lần nào" after it; "chưa" asking or denying)
_EVER = lazy(rf"{WHO}\s+(?:(?P<no>chưa)\s+)?(?:(?P<did>đã)\s+)?(?:(?P<ever>bao\s+giờ|từng|hề)\s+)?{_DOING}{_PLACE}"
             rf"(?:\s+(?P<ever2>bao\s+giờ|lần\s+nào))?(?:\s+(?P<yet>chưa|rồi))?{SOFTENED_END}")

# ... in English
_DOING_EN = rf"(?P<verb>(?i:{alternatives(sum(_FORMS.values(), ()))}))\s+(?P<what>{alternatives(_WHAT_EN)})"
_PLACE_EN = rf"(?:\s+(?P<place>{alternatives(PLACES_VI)}))?"
_EVERY_EN = rf"(?:every\s+(?P<weekday>{alternatives(text.EN_DAYS)})|(?P<every>{alternatives(hobbies.EVERY_VI)}))"
_LETS_EN = lazy(r"(?:(?P<lets>[Ll]et['’]s)|(?P<shall>[Ss]hall\s+we)|(?P<why>[Ww]hy\s+don['’]t\s+we)|"
                rf"(?P<how>(?:[Hh]ow|[Ww]hat)\s+about))\s+{_DOING_EN}{_PLACE_EN}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_LIKING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                  rf"\s+(?P<likes>(?:{alternatives(_LIKES_VI)})s?)\s+(?P<liked>{alternatives(_LIKED_VI)})"
                  r"\s*(?P<end>[.!?]*)")
_WANT_EN = lazy(rf"(?:(?P<aux0>Do|Does|Would)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t))?"
                r"(?P<want>\s+wants?|\s+would\s+like|['’]d\s+like|\s+like)\s+to\s+"
                rf"{_DOING_EN}{_PLACE_EN}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"(?:(?P<aux0>Did|Do|Does|Are|Is|Am|Will)\s+)?{WHO_EN}"
                r"(?:(?P<aux>\s+(?:did|do|does|will)(?:\s+not)?|\s+(?:didn|don|doesn|won)['’]t|['’]ll)|"
                rf"{text.BE_EN}(?P<benot>\s+not|n['’]t)?)?(?P<gonna>\s+going\s+to)?"
                rf"(?:\s+(?P<seldom>{alternatives(hobbies.SELDOM_VI)}))?\s+{_DOING_EN}{_PLACE_EN}"
                rf"(?:\s+{_EVERY_EN}|{DAY_AFTER_EN})\s*(?P<end>[.!?]*)")
_EVER_EN = lazy(rf"(?:(?P<aux0>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?"
                rf"(?:\s+(?P<ever>ever|never))?\s+(?P<been>{alternatives(_BEEN_VI)}){_PLACE_EN}(?P<before>\s+before)?"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that suggests, likes, wants, tells or asks of a picnic, karaoke or camping; None
    for any other."""
    if src == "vi":
        return _lets(text) or _liking(text) or _told(text) or _ever(text)
    return _lets_vi(text) or _liking_vi(text) or _want_vi(text) or _told_vi(text) or _ever_vi(text)


def _doing_en(kind: str, form: int, place: str | None) -> str | None:
    """An outing in English, its verb in `form` ("have a picnic", "went camping", "going to karaoke") and the place
    of PLACES after it; None for karaoke in a place."""
    verb, what = _SAID_EN[kind]
    if place and kind not in _PLACED:
        return None
    return f"{_FORMS[verb][form]} {what}" + (f" {PLACES[keyed(place)]}" if place else "")


def _day_en(said: str | None) -> str | None:
    """A day of Vietnamese in English with a space before it (mt.free_time.when, and mt.dates.LAST): " tonight", " on
    Saturday morning", " last week"; "" for none, None for one not read."""
    day = when(said, "vi", dates.LAST)
    if day is None:
        return None
    return f" on {day}" if day.partition(" ")[0] in text.EN_DAYS else f" {day}" if day else ""


def _we_maybe(m: re.Match) -> bool:
    """Whether who of a match of WHO is "mình" alone, which may be "we" (or "you" asking) as often as "I": "Mình đã
    bao giờ đi cắm trại chưa?" is not "Have I ever …?" (liking, it is "I": `_liking` takes it said)."""
    return keyed(m["who"] or "") == "mình"


def _pet_singing(m: re.Match, kind: str) -> bool:
    """Whether who of a match of WHO or WHO_EN is a pet (mt.hobbies.animal) singing or going to karaoke (a pet on a
    picnic or camping is taken)."""
    return kind not in _PLACED and animal(m)


def _lets(text: str) -> str | None:
    """"Chúng ta đi dã ngoại nhé." as "Let's have a picnic.", "Đi hát karaoke đi!" as "Let's go to karaoke!",
    "Chủ nhật chúng ta đi dã ngoại nhé?" as "Shall we have a picnic on Sunday?", "Hay là chúng ta đi cắm
    trại?" as "Why don't we go camping?", "Tối nay đi hát karaoke không?" as "Do you want to go to karaoke tonight?"
    (_LETS); None for anything else, and "Mình … nhé." ("mình" may be "I")."""
    m = _LETS.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    ending, asked, alone = m["ending"] or "", "?" in m["end"], not m["we"] or m["me"] and not m["together"]
    if m["hay"]:
        how = "Why don't we" if asked and not m["let"] and ending in ("", "nhé") else None
    elif alone:  # (a doing with "đi" only: "Hát karaoke đi!" may be told to the listener)
        going = keyed(m["doing"]).startswith("đi ")
        how = "Let's" if going and not asked and not m["let"] and ending in ("đi", "nào") else \
            "Do you want to" if going and asked and not m["we"] and not m["let"] and ending == "không" else None
    elif asked:
        how = "Shall we" if ending in ("nhé", "không") and not m["let"] else None
    else:
        how = "Let's" if ending in ("nhé", "nha", "đi", "nào") or m["let"] and not ending else None
    day = _day_en(m["day0"] or m["day"])
    doing = _doing_en(OUTINGS[keyed(m["doing"])], _BASE, m["place"])
    if how is None or day is None or doing is None or tense.BEHIND.match(day.strip()):
        return None
    return f"Let's {doing}{day}{stop(m['end'])}" if how == "Let's" else f"{how} {doing}{day}?"


def _liking(text: str) -> str | None:
    """"Bạn có thích hát karaoke không?" as "Do you like karaoke?", "Mẹ tôi rất thích đi dã ngoại." as "My mother
    really likes picnics.", "Tôi không thích hát karaoke." as "I don't like karaoke." (_LIKING); None for anything
    else."""
    m = _LIKING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["much"] and (m["not"] or asked):
        return None
    if (said := who(m, asked)) is None or asked and _we_maybe(m):
        return None
    who_, one = said
    likes, liked = _LIKES[keyed(m["likes"])], _LIKED[keyed(m["liked"])]
    very = "really " if (m["very"] or m["much"]) and not (asked or m["not"]) else ""
    return present(who_, one, likes, liked, asked, bool(m["not"]), None if m["not"] else m["end"], very)


def _tense(m: re.Match, day: str) -> str | None:
    """What a match of _TOLD tells: "want", "habit" (how often, or every …), "past" ("đã", or a day behind), "future"
    ("sẽ", or a day ahead); None where they disagree or none is said ("Chúng tôi đi cắm trại.")."""
    behind, ahead = bool(tense.BEHIND.match(day)), bool(dates.AHEAD.match(day) or day.startswith("tonight"))
    if m["want"]:
        return "want" if not (m["tense"] or m["seldom"] or m["every"] or m["weekday"] or behind) else None
    if m["seldom"] or m["every"] or m["weekday"]:
        habit = not m["tense"] and (not day or day == "at the weekend" and m["seldom"]) and not m["not"]
        return "habit" if habit and not (m["ask"] and m["every"] is None and m["weekday"] is None and
                                         keyed(m["seldom"] or "") not in ("hay", "thường")) else None
    if m["tense"] == "đã" or behind and not m["tense"]:
        return "past" if not ahead and (not m["ask"] or behind) else None
    return "future" if (m["tense"] == "sẽ" or ahead) and not behind and not (m["ask"] and m["tense"]) else None


def _told(text: str) -> str | None:
    """"Cuối tuần trước chúng tôi đi cắm trại." as "We went camping last weekend.", "Chúng tôi đã đi dã ngoại ở công
    viên." as "We had a picnic in the park.", "Tuần sau họ sẽ đi cắm trại." as "They're going camping next week.",
    "Họ đi hát karaoke mỗi thứ Sáu." as "They go to karaoke every Friday.", "Bạn có muốn đi dã ngoại không?" as "Do
    you want to have a picnic?" (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    said, day = who(m, asked), _day_en(m["day0"] or m["day"])
    if said is None or day is None or _we_maybe(m) or (how := _tense(m, day.strip().removeprefix("on "))) is None:
        return None
    (who_, one), kind, no = said, OUTINGS[keyed(m["doing"])], bool(m["not"])
    base, end = _doing_en(kind, _BASE, m["place"]), "?" if asked else stop(m["end"])
    if base is None or _pet_singing(m, kind):
        return None
    if how == "want":
        does = f"{'does' if one else 'do'}"
        said = f"{does.capitalize()} {who_} want" if asked else f"{who_} {does}n't want" if no else \
            f"{who_} want{'s' * one}"
    elif how == "habit":
        seldom = f" {often_said(m['seldom'], bool(day or m['every'] or m['weekday']))}" if m["seldom"] else ""
        every = f" {hobbies.EVERY[keyed(m['every'])]}" if m["every"] else \
            f" every {when(m['weekday'], 'vi').removeprefix('on ')}" if m["weekday"] else day
        if asked:
            return f"{'Does' if one else 'Do'} {who_}{seldom} {base}{every}?"
        return capitalised(f"{who_}{seldom} {_doing_en(kind, _ONE if one else _BASE, m['place'])}{every}{end}")
    elif how == "past":
        if asked or no:
            return f"Did {who_} {base}{day}?" if asked else capitalised(f"{who_} didn't {base}{day}{end}")
        return capitalised(f"{who_} {_doing_en(kind, _PAST, m['place'])}{day}{end}")
    else:  # (with no day "-ing" reads as now, "He's singing karaoke."; "going to" says it is ahead)
        ing, be_ = _doing_en(kind, _ING, m["place"]) if day else f"going to {base}", be(who_)
        if asked:
            return f"{be_.capitalize()} {who_} {ing}{day}?"
        return capitalised(contracted(who_, f"{be_}{' not' * no} {ing}{day}{end}"))
    return capitalised(f"{said} to {base}{day}{end}")


def _outing(m: re.Match) -> tuple[str, int] | None:
    """The outing of a match of _DOING_EN in Vietnamese ("đi dã ngoại"), and the form of its English verb (_BASE,
    _ONE, _PAST, _ING); None for a verb that does not go with it ("go a picnic"), or karaoke in a place."""
    verb, kind = _WHAT_EN[keyed(m["what"])]
    said = m["verb"].lower()
    if said not in _FORMS[verb] or m["place"] and kind not in _PLACED:
        return None
    return OUTINGS_VI[kind] + (f" {PLACES_VI[keyed(m['place'])]}" if m["place"] else ""), _FORMS[verb].index(said)


def _who_vi(m: re.Match, asked: bool) -> tuple[str, bool]:
    """Who of a match of WHO_EN in Vietnamese, and whether English said it with "-s" (mt.hobbies.who_vi); "we" asking
    as "chúng ta" ("Have we ever been camping?": the one asked is one of us)."""
    who_, one = who_vi(m)
    return "chúng ta" if asked and who_ == "chúng tôi" else who_, one


def _day_vi(said: str | None) -> str | None:
    """A day of English in Vietnamese (mt.free_time.when, and mt.dates.LAST): "cuối tuần trước", "vào Chủ nhật";
    "" for none, None for one not read."""
    return when(said, "en", dates.LAST)


def _lets_vi(text: str) -> str | None:
    """"Let's have a picnic." as "Chúng ta đi dã ngoại nhé.", "Shall we go for a picnic on Sunday?" as "Chúng ta đi
    dã ngoại vào Chủ nhật nhé?", "Why don't we go camping?" and "How about going camping?" as "Hay là chúng ta đi cắm
    trại?" (_LETS_EN); None for anything else, and for a day behind."""
    m = _LETS_EN.fullmatch(text)
    outing = m and _outing(m)
    if not outing or outing[1] != (_ING if m["how"] else _BASE) or bool(m["lets"]) == ("?" in m["end"]):
        return None
    day = _day_vi(m["day"])
    if day is None or m["day"] and tense.BEHIND.match(m["day"]):
        return None
    said = f"chúng ta {outing[0]}"
    if m["lets"] or m["shall"]:
        return placed(said, day, f" nhé{'?' if m['shall'] else stop(m['end'])}")
    said = placed(said, day, "?")
    return f"Hay là {said[0].lower()}{said[1:]}"


def _liking_vi(text: str) -> str | None:
    """"Do you like karaoke?" as "Bạn có thích hát karaoke không?", "She loves picnics." as "Cô ấy rất thích đi dã
    ngoại.", "I don't like karaoke." as "Tôi không thích hát karaoke." (_LIKING_EN); None for anything else, and
    where the verb does not agree with who."""
    m = _LIKING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = _who_vi(m, bool(m["do"]))
    aux = (m["do"] or m["not"] or "").lower()
    if m["likes"].endswith("s") != (one and not aux) or aux and aux.startswith("does") != one:
        return None
    likes, liked = _LIKES_VI[m["likes"].lower().removesuffix("s")], _LIKED_VI[keyed(m["liked"])]
    if m["do"] or m["not"]:  # ("don't love": not much, "không thích … lắm", not "don't like")
        much = " lắm" if m["not"] and likes.startswith("rất ") else ""
        return capitalised(f"{who_} {'có' if m['do'] else 'không'} {likes.removeprefix('rất ')} {liked}"
                           f"{' không?' if m['do'] else f'{much}.'}")
    return capitalised(f"{who_} {likes} {liked}.")


def _want_vi(text: str) -> str | None:
    """"Do you want to go to karaoke tonight?" as "Tối nay bạn có muốn đi hát karaoke không?", "Would you like to go
    camping?" as "Bạn có muốn đi cắm trại không?", "She wants to have a picnic." as "Cô ấy muốn đi dã ngoại."
    (_WANT_EN); None for anything else, and where the verb does not agree with who."""
    m = _WANT_EN.fullmatch(text)
    outing = m and _outing(m)
    if not outing or outing[1] != _BASE or bool(m["aux0"]) != ("?" in m["end"]) or \
            _pet_singing(m, _WHAT_EN[keyed(m["what"])][1]):
        return None
    who_, one = _who_vi(m, bool(m["aux0"]))
    want, aux = " ".join(m["want"].replace("’", "'").split()), (m["aux0"] or m["not"] or "").lower()
    agrees = aux.startswith("does") == one if aux.startswith("do") else (want == "wants") == one \
        if want.startswith("want") else True
    if not agrees or (aux == "would") != (want == "like") or aux.startswith("do") and want != "want" or \
            m["not"] and m["aux0"] or (day := _day_vi(m["day"])) is None or m["day"] and tense.BEHIND.match(m["day"]):
        return None
    said = f"{who_} {'có ' if m['aux0'] else 'không ' if m['not'] else ''}muốn {outing[0]}"
    return placed(said, day, " không?" if m["aux0"] else ".")


def _told_vi(text: str) -> str | None:
    """"We went camping last weekend." as "Cuối tuần trước chúng tôi đi cắm trại.", "We had a picnic in the park." as
    "Chúng tôi đã đi dã ngoại ở công viên.", "We're going camping next weekend." as "Cuối tuần sau chúng tôi sẽ đi
    cắm trại.", "They go to karaoke every Friday." as "Họ đi hát karaoke mỗi thứ Sáu.", "Did you go camping last
    weekend?" as "Cuối tuần trước bạn có đi cắm trại không?" (_TOLD_EN); None for anything else, and where a verb
    does not agree with who or the day with the tense."""
    m = _TOLD_EN.fullmatch(text)
    outing = m and _outing(m)
    if not outing or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and (m["aux"] or m["be"]) or \
            _pet_singing(m, _WHAT_EN[keyed(m["what"])][1]):
        return None
    who_, one = _who_vi(m, bool(m["aux0"]))
    (doing, form), day = outing, _day_vi(m["day"])
    aux = " ".join((m["aux0"] or m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    behind = bool(m["day"] and tense.BEHIND.match(m["day"]))
    ahead = bool(m["day"] and (dates.AHEAD.match(m["day"]) or m["day"].startswith("tonight")))
    every = m["every"] or m["weekday"]
    if day is None or m["gonna"] and form != _BASE or every and (m["aux0"] not in (None, "Do", "Does") or m["aux"]):
        return None
    no, asked = "not" in aux or bool(m["benot"]), bool(m["aux0"])
    aux = "will" if aux.startswith("wo") or aux == "'ll" else aux
    if aux.startswith("did") or form == _PAST:  # done: "went", "did … go", "didn't go"
        if ahead or m["seldom"] or every or m["be"] or form != (_PAST if not aux else _BASE) or aux and not behind:
            return None
        said = f"{who_} {'có ' if asked else 'không ' if no else '' if behind else 'đã '}{doing}"
        return placed(said, day, " không?" if asked else stop(m["end"]))
    if m["be"] or aux in ("are", "is", "am"):  # planned: "are going camping", "is going to have a picnic"
        if be_said(m["be"] or aux) != be_of(who_, one) or behind or m["seldom"] or every or \
                form != (_BASE if m["gonna"] else _ING) or not (ahead or m["gonna"]):
            return None
    elif aux.startswith("will"):
        if behind or m["seldom"] or every or form != _BASE:
            return None
    else:  # kept up: "go to karaoke every Friday", "Do you often go camping?"
        seldom = (m["seldom"] or "").lower()
        if m["day"] or no or not (seldom or every) or form != (_BASE if asked or not one else _ONE) or \
                asked and (aux == "does") != one or asked and not every and seldom not in ("often", "usually"):
            return None
        seldom_vi = "hay" if asked and seldom == "often" else hobbies.SELDOM_VI.get(seldom, "")
        every_vi = f" mỗi {when(m['weekday'], 'en')}" if m["weekday"] else \
            f" {hobbies.EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
        said = " ".join(w for w in (who_, "có" if asked else "", seldom_vi, doing) if w) + every_vi
        return capitalised(f"{said}{' không?' if asked else stop(m['end'])}")
    if asked and not day:  # ("Will you go camping?": "Bạn có đi cắm trại không?" asks whether you ever do)
        return None
    said = f"{who_} {'có ' if asked else 'sẽ không ' if no else 'sẽ '}{doing}"
    return placed(said, day, " không?" if asked else stop(m["end"]))


def _ever(text: str) -> str | None:
    """"Bạn đã bao giờ đi cắm trại chưa?" and "Bạn đã đi cắm trại bao giờ chưa?" as "Have you ever been camping?",
    "Tôi chưa bao giờ đi dã ngoại." as "I've never been on a picnic.", "Tôi đã từng đi cắm trại." as "I've been
    camping before." (_EVER); None for anything else: "Tôi chưa đi cắm trại." (not yet?), "Bạn có bao giờ đi cắm
    trại không?" (ever, or ever does?), a pet singing karaoke."""
    m = _EVER.fullmatch(text)
    if not m or not (m["ever"] or m["ever2"]) or m["ever"] and m["ever2"] or m["no"] and m["did"]:
        return None
    asked, kind, yet = "?" in m["end"], OUTINGS[keyed(m["doing"])], keyed(m["yet"] or "")
    if asked:
        how = "asked" if yet == "chưa" and not m["no"] and keyed(m["ever"] or "") != "hề" else None
    elif m["no"]:
        how = "never" if not yet else None
    else:  # (done before: "từng" only, "bao giờ" alone is when)
        how = "once" if keyed(m["ever"] or "") == "từng" and yet != "chưa" else None
    said = who(m, asked)
    if how is None or said is None or kind not in _PLACED and m["place"] or _pet_singing(m, kind) or _we_maybe(m) or \
            not asked and agreement_asked(text):
        return None
    who_, place = said[0], f" {PLACES[keyed(m['place'])]}" if m["place"] else ""
    have = "has" if be(who_) == "is" else "have"
    if how == "asked":
        return f"{have.capitalize()} {who_} ever {_BEEN[kind]}{place}?"
    been = f"never {_BEEN[kind]}{place}" if how == "never" else f"{_BEEN[kind]}{place} before"
    return capitalised(contracted(who_, f"{have} {been}{stop(m['end'])}"))


def _ever_vi(text: str) -> str | None:
    """"Have you ever been camping?" as "Bạn đã bao giờ đi cắm trại chưa?", "I've never been on a picnic." as "Tôi
    chưa bao giờ đi dã ngoại.", "She's been camping before." as "Cô ấy đã từng đi cắm trại." (_EVER_EN); None for
    anything else, and where "have" does not agree with who ("She have never been camping.")."""
    m = _EVER_EN.fullmatch(text)
    if not m or bool(m["aux0"]) == bool(m["aux"]) or bool(m["aux0"]) != ("?" in m["end"]):
        return None
    who_, one = _who_vi(m, bool(m["aux0"]))
    has, kind = (m["aux0"] or m["aux"]).strip().lower() in ("has", "'s", "’s"), _BEEN_VI[keyed(m["been"])]
    if has != one or m["place"] and kind not in _PLACED or _pet_singing(m, kind):
        return None
    doing = OUTINGS_VI[kind] + (f" {PLACES_VI[keyed(m['place'])]}" if m["place"] else "")
    ever, before = (m["ever"] or "").lower(), bool(m["before"])
    if m["aux0"]:
        return capitalised(f"{who_} đã bao giờ {doing} chưa?") if ever == "ever" and not before else None
    if ever == "never" and not before:
        return capitalised(f"{who_} chưa bao giờ {doing}{stop(m['end'])}")
    return capitalised(f"{who_} đã từng {doing}{stop(m['end'])}") if not ever and before else None
