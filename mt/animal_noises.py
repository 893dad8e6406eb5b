"""Animals making their noises, and cats scratching, both ways, written whole by rule: a dog barking, a cat meowing,
a rooster crowing, birds singing, frogs croaking, now, all night, as a habit, at a time, every morning, keeping on,
asked why, loud; and a cat or a dog that scratched someone. v8 (the rules on) reads "sủa" as comfort or brew, "kêu" as
urge or bow, "gáy" as dandruff, "hót" as chips, "cào" as brought, and leaves "barking" in English: "Con chó cứ sủa."
→ "The dog kept comforting.", "Sao con chó sủa thế?" → "Why do the dog brew?", "Con mèo kêu meo meo." → "The cat
bowed me.", "Gà gáy lúc 5 giờ sáng mỗi ngày." → "Dandruff at 5 a.m. every day.", "Chim hót sớm." → "It's very
soon.", "Con mèo cào tôi." → "The cat brought me.", "Chó nhà tôi không sủa người lạ." → "My home didn't pour
strangers.", "Ếch kêu to quá vào ban đêm." → "Teaching urgent to over the night."; and back, "The dog keeps
barking." → "Con chó vẫn còn barking.", "The cat keeps meowing." → "Con mèo vẫn giữ con bò.", "The rooster crows at
5 a.m. every morning." → "Chàng trai lúc 5 giờ sáng mỗi buổi sáng.", "The cat scratched me." → "Con mèo trầy xước
tôi.", "Our dog doesn't bark at strangers." → "… không thanh thảy ở người lạ.", "The frogs are so loud at night." →
"Món ếch quá lớn vào ban đêm.", "The dog barked all night." → "Con chó này thùng cả đêm.".

Taken: an animal of ANIMALS with "con" ("the dog"), "mấy con", "những con", "lũ" ("the dogs"), "này", "đó", whose
(mt.terms.OWNERS) or the neighbours' ("chó nhà hàng xóm", as mt/bites.py reads it); "gà", "chim", "ếch" alone too ("the
rooster", "the birds", "the frogs"); making its noise (NOISES): now ("đang"), keeping on ("cứ", "mãi"), all night (past,
as mt/neighbours.py hears it), as a habit with "người lạ" (at strangers), "nhiều" (a lot), a time (mt.dates.clock) said
with "mỗi …" or "… nào … cũng", early, at night or every morning (mt.hobbies.EVERY; "Sáng nào gà cũng gáy."), not or
never, asked ("Does your dog bark?"), asked why; loud or noisy (mt.weather.DEGREE), at night or not; a cat or a dog
(alone: "a cat") that scratched whom (mt.hobbies.WHOM, WHOM_EN; "vừa" just, a day behind), and who got scratched by one.
The neighbours' dog barking all night, every night, all the time or now is taken here too, but mt/neighbours.py, tried
earlier, takes those first. Left: "chó", "mèo" alone but scratching (a dog or dogs?), "a dog" but scratching, a habit or
"không" with nothing after the verb ("Con chó sủa.", "Con chó không sủa.": now or always?), a time with no "mỗi",
"hằng", "… nào … cũng" ("lúc 3 giờ sáng": one past night?), an animal alone asked why ("Vì sao chim hót?": why do birds
sing?), bites and stings (mt/bites.py), pets fed or walked (mt/pets.py), people noisy (mt/noise.py), what a dog barks
at, howling, purring, and anything else, to the model.
mt.phrasebook.translate tries these after mt/driving_tests.py.

    >>> translate("Con chó cứ sủa.", "vi", "en"), translate("The cat scratched me.", "en", "vi")
    ('The dog keeps barking.', 'Con mèo cào tôi.')
"""
from __future__ import annotations

import re

from . import dates
from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENER, alternatives, capitalised, keyed
from .weather import DEGREE, EN_DEGREE

# the animals (English one, many), and the noises each makes in Vietnamese with their English verbs (the first
# Vietnamese of each verb is written back; "cào" scratches)
ANIMALS = {"chó": ("dog", "dogs"), "mèo": ("cat", "cats"), "gà trống": ("rooster", "roosters"),
           "gà": ("rooster", "roosters"), "chim": ("bird", "birds"), "ếch": ("frog", "frogs")}
NOISES = {"chó": {"sủa": "bark", "cào": "scratch"},
          "mèo": {"kêu": "meow", "kêu meo meo": "meow", "meo meo": "meow", "cào": "scratch"},
          "gà": {"gáy": "crow"}, "chim": {"hót": "sing"}, "ếch": {"kêu": "croak", "kêu ộp ộp": "croak"}}
_NOISES_VI = {kind: {en: vi for vi, en in reversed(said.items())} for kind, said in NOISES.items()}
_ANIMALS_VI = {said: ("gà" if vi == "gà trống" else vi) for vi, ones in ANIMALS.items() for said in ones} | {
    "cockerel": "gà", "cockerels": "gà"}
# English verbs: -s, past, -ing ("miaow" read as "meow")
_FORMS = {"bark": ("barks", "barked", "barking"), "meow": ("meows", "meowed", "meowing"),
          "crow": ("crows", "crowed", "crowing"), "sing": ("sings", "sang", "singing"),
          "croak": ("croaks", "croaked", "croaking"), "scratch": ("scratches", "scratched", "scratching")}
_BASE = {form: base for base, forms in _FORMS.items() for form in (base, *forms)} | {
    f"miaow{end}": "meow" for end in ("", "s", "ed", "ing")}
_KINDS = {"s": 0, "past": 1, "ing": 2}
_ALONE = {"gà": "the rooster", "gà trống": "the rooster", "chim": "the birds", "ếch": "the frogs"}  # (not chó, mèo)
_MANY = r"mấy\s+con|những\s+con|các\s+con|lũ|đàn|bầy"
# after the verb: when and how much ("nhiều": a lot; "sớm": early; all night is a past, as mt/neighbours.py hears it)
_WHEN = {"sớm": "early", "từ sớm": "early", "từ sáng sớm": "early in the morning",
         "vào sáng sớm": "early in the morning", "vào ban đêm": "at night", "ban đêm": "at night", "về đêm": "at night"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())}
_EVERY = EVERY | {"mỗi đêm": "every night", "hằng đêm": "every night", "hàng đêm": "every night"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
_EVERY_OPENS = {"sáng": "every morning", "ngày": "every day", "tối": "every evening", "đêm": "every night"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sủa|kêu|\bmeo|\bgáy|\bhót|cào)"),
         "en": lazy(r"(?i:bark|meow|miaow|\bcrow|\bsing|sang|croak|scratch|loud|noisy)")}

# the animal: "con chó", "mấy con chó", "chó nhà tôi", "con chó của hàng xóm", "con mèo này", "gà"
_BEAST = (rf"(?:(?P<cls>(?i:con|{_MANY}))\s+)?(?P<beast>(?i:{alternatives(ANIMALS)}))(?:\s+(?:(?:của|nhà)\s+)?"
          rf"(?:(?P<of>{alternatives(OWNERS)})|(?P<nb>hàng\s+xóm))|\s+(?P<this>này|đó|kia))?")
_NOISE = rf"(?P<noise>{alternatives({n for said in NOISES.values() for n in said})})"
_TAIL = (rf"(?:\s+(?P<strangers>người\s+lạ))?(?:\s+(?P<much>nhiều)(?:\s+(?:lắm|quá))?)?"
         rf"(?:\s+(?P<on>mãi(?:\s+không\s+thôi)?|hoài|không\s+ngừng|suốt))?"
         rf"(?:\s+(?P<all>(?:cả|suốt(?:\s+cả)?)\s+đêm))?(?:\s+lúc\s+(?P<time>[^,.!?]+?))?"
         rf"(?:\s+(?P<when>{alternatives(_WHEN)}))?(?:\s+(?P<every>{alternatives(_EVERY)}))?")
# "Con chó cứ sủa.", "Con mèo đang kêu.", "Sáng nào gà cũng gáy lúc 5 giờ.", "Chó nhà bạn có sủa không?"
_SAID = lazy(rf"(?:(?P<every0>(?i:sáng|ngày|tối|đêm))\s+nào\s+)?{_BEAST}\s+(?:(?P<aux>cứ|đang|không\s+bao\s+giờ|"
             rf"không|có|cũng)\s+)?{_NOISE}{_TAIL}{ASKED_END}")
# "Sao con chó sủa thế?", "Tại sao con mèo cứ kêu mãi vậy?"
_WHY = lazy(rf"(?i:sao|tại\s+sao|vì\s+sao)\s+{_BEAST}\s+(?:(?P<aux>cứ|lại|đang)\s+)?{_NOISE}"
            rf"(?:\s+(?P<on>mãi|hoài|suốt))?{SOFTENER}\s*\?+")
# "Ếch kêu to quá vào ban đêm.", "Ban đêm ếch kêu to quá.", "Con chó sủa rất to."
_NIGHT = r"(?:vào\s+)?ban\s+đêm|về\s+đêm"
_LOUD = lazy(rf"(?:(?P<night0>(?i:{_NIGHT}))\s*,?\s+)?{_BEAST}\s+{_NOISE}\s+(?:(?P<before>rất|hơi|khá|quá)\s+)?"
             rf"to(?:\s+(?P<after>quá|lắm))?(?:\s+(?P<night>{_NIGHT}))?{SOFTENER}\s*[.!]*")
# "Con mèo cào tôi.", "Hôm qua mèo cào con trai tôi."; "Tôi bị mèo cào."
_SCRATCHED = lazy(rf"{DAY_OPENING}{_BEAST}\s+(?:(?P<did>vừa|đã)\s+)?cào\s+{WHOM}{DAY_AFTER}{SOFTENER}\s*[.!]*")
_GOT_SCRATCHED = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<did>vừa|đã)\s+)?bị\s+{_BEAST}\s+cào{DAY_AFTER}{SOFTENER}\s*[.!]*")

# ... and in English: "the dog", "the dogs", "this dog", "our dog", "the neighbours' dog", "birds", "a cat"
_BEAST_EN = (rf"(?:(?P<a>(?i:an?))\s+|(?P<the>(?i:the))\s+|(?P<this>(?i:this|that))\s+|(?P<nb>(?i:the|my|our)\s+"
             rf"neighbou?rs?['’]s?)\s+|(?P<of>(?i:{WHOSE_WORDS}))\s+)?(?P<beast>(?i:{alternatives(_ANIMALS_VI)}))")
_AUX_EN = (r"(?P<aux>\s+(?:keeps|keep|kept|won['’]t\s+stop|wouldn['’]t\s+stop|is|are|doesn['’]t|don['’]t|"
           r"does\s+not|do\s+not|never)|['’]s|['’]re)")
_SAID_EN = lazy(rf"(?:(?P<do>Does|Do)\s+)?{_BEAST_EN}{_AUX_EN}?\s+(?P<verb>[a-z]+)(?:\s+(?P<strangers>at\s+strangers))?"
                r"(?:\s+(?P<much>a\s+lot))?(?:\s+(?P<all>all\s+night))?(?:\s+at\s+(?P<time>\d{1,2}(?::\d\d)?"
                r"(?:\s*[ap]\.?m\.?)?|\w+\s+o['’]clock))?(?:\s+(?P<when>early(?:\s+in\s+the\s+morning)?|at\s+night))?"
                r"(?:\s+(?P<every>every\s+(?:day|week|morning|evening|night|weekend)))?\s*(?P<end>[.!?]*)")
_WHY_EN = lazy(rf"Why\s+(?P<aux>is|are|does|do)\s+{_BEAST_EN}\s+(?P<keep>keep\s+)?(?P<verb>[a-z]+)\s*\?+")
_LOUD_EN = lazy(rf"{_BEAST_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)(?:\s+(?P<d>so|too|very|really|quite|a\s+bit))?\s+"
                r"(?P<loud>loud|noisy)(?P<night>\s+at\s+night)?\s*[.!]*")
_SCRATCHED_EN = lazy(rf"{_BEAST_EN}(?P<just>\s+just)?\s+scratched\s+{WHOM_EN}{DAY_AFTER_EN}\s*[.!]*")
_GOT_SCRATCHED_EN = lazy(rf"{WHO_EN}\s+(?:(?P<was>was|were|got)|(?P<just>just)\s+got)\s+scratched\s+by\s+"
                         rf"{_BEAST_EN}{DAY_AFTER_EN}\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks an animal making its noise, loud, or a cat that scratched
    someone; None for any other."""
    rules = (_said, _why, _loud, _scratched) if src == "vi" else (_said_vi, _why_vi, _loud_vi, _scratched_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _kind(m: re.Match) -> str:
    """The animal of a match of _BEAST or _BEAST_EN as NOISES keys it ("gà trống" → "gà"; "dogs" → "chó")."""
    return _ANIMALS_VI.get(beast := keyed(m["beast"]), beast.removesuffix(" trống"))


def _beast(m: re.Match, scratch: bool = False) -> tuple[str, bool] | None:
    """The animal of a match of _BEAST in English and whether it is many: ("the dog", False) for "con chó", ("the
    dogs", True) for "mấy con chó", "my dog", "the neighbours' dog", "this dog", ("the birds", True) for "chim";
    "a cat" for "mèo" alone only where it scratched (`scratch`), else None for "chó", "mèo" alone."""
    beast, cls = keyed(m["beast"]), keyed(m["cls"] or "")
    many = bool(cls) and cls != "con"
    noun = ANIMALS[beast][many]
    if m["of"]:
        return f"{OWNERS[keyed(m['of'])]} {noun}", many
    if m["nb"]:
        return f"the neighbours' {noun}", many
    if m["this"]:
        return f"{('these' if many else 'this') if m['this'] == 'này' else ('those' if many else 'that')} {noun}", many
    if cls:
        return f"the {noun}", many
    if scratch:
        return (f"a {noun}", False) if beast in ("chó", "mèo") else None
    return (_ALONE[beast], beast in ("chim", "ếch")) if beast in _ALONE else None


def _verb(m: re.Match) -> str | None:
    """The English verb of the noise of a match (groups beast, noise): "bark" for "chó … sủa"; None for a noise not
    the animal's ("chó kêu")."""
    return NOISES[_kind(m)].get(keyed(m["noise"]))


def _form(verb: str, kind: str) -> str:
    """An English verb in a form of _KINDS ("s", "past", "ing"), or as it is for "" ("bark")."""
    return _FORMS[verb][_KINDS[kind]] if kind else verb


def _rest(m: re.Match) -> str | None:
    """What came after the verb of a match of _SAID, in English: " at strangers", " a lot", " all night", " at 5
    a.m.", " early", " every morning"; None for a time not read, a time without "mỗi", "hằng", "… nào … cũng" ("Con
    chó sủa lúc 3 giờ sáng.": one past night as likely as a habit), or strangers barked at by anything but a dog."""
    if m["time"] and not (m["every"] or m["every0"]):
        return None
    morning = "sáng" in keyed(f"{m['every0'] or ''} {m['every'] or ''}") and not re.search(
        r"sáng|trưa|chiều|tối|đêm", m["time"] or "")  # ("Sáng nào gà cũng gáy lúc 5 giờ.": 5 a.m.)
    time = m["time"] and dates.clock(f"{m['time']}{' sáng' * morning}", "vi", "en")
    if m["time"] and not time or m["strangers"] and keyed(m["noise"]) != "sủa":
        return None
    words = (" at strangers" * bool(m["strangers"]), " a lot" * bool(m["much"]), " all night" * bool(m["all"]),
             f" at {time}" if time else "", f" {_WHEN[keyed(m['when'])]}" if m["when"] else "",
             f" {_EVERY[keyed(m['every'])]}" if m["every"] else "")
    return "".join(words)


def _ended(said: str) -> str:
    """`said` and its full stop, one dot after "a.m." ("… crows at 5 a.m.")."""
    return said if said.endswith(".") else f"{said}."


def _said(text: str) -> str | None:
    """"Con chó cứ sủa." as "The dog keeps barking.", "Con mèo đang kêu meo meo." as "The cat is meowing.", "Gà gáy
    lúc 5 giờ sáng mỗi ngày." as "The rooster crows at 5 a.m. every day.", "Chó nhà tôi không sủa người lạ." as "My
    dog doesn't bark at strangers.", "Chó nhà bạn có sủa không?" as "Does your dog bark?" (_SAID); None for anything
    else, and a habit, or "không", said with nothing after the verb ("Con chó sủa.", "Con chó không sủa.")."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != (m["aux"] == "có") or bool(m["every0"]) != (m["aux"] == "cũng"):
        return None
    said, verb, rest = _beast(m), _verb(m), _rest(m)
    if not said or not verb or rest is None or m["every0"] and m["every"]:
        return None
    beast, many = said
    aux, kept = keyed(m["aux"] or ""), m["on"] or m["aux"] == "cứ"
    # (not "không" alone: "Con chó không sủa." is now or always, as "Con chó sủa." is)
    habit = not (kept or m["all"]) and (rest or m["every0"] or aux in ("có", "không bao giờ"))
    rest += f" {_EVERY_OPENS[keyed(m['every0'])]}" if m["every0"] else ""
    if aux == "đang":
        return None if rest or m["on"] else capitalised(f"{beast} {'are' if many else 'is'} {_form(verb, 'ing')}.")
    if kept:
        if rest != " all night" * bool(m["all"]) or aux not in ("", "cứ"):
            return None
        keeps = "kept" if m["all"] else "keep" if many else "keeps"
        return capitalised(f"{beast} {keeps} {_form(verb, 'ing')}{rest}.")
    if m["all"]:
        return None if rest != " all night" or aux else capitalised(f"{beast} {_form(verb, 'past')} all night.")
    if not habit:
        return None
    if asked:
        return f"{'Do' if many else 'Does'} {beast} {verb}{rest}?"
    if aux == "không":
        return _ended(capitalised(f"{beast} {'don' if many else 'doesn'}'t {verb}{rest}"))
    never = "never " if aux == "không bao giờ" else ""
    return _ended(capitalised(f"{beast} {never}{verb if many else _form(verb, 's')}{rest}"))


def _why(text: str) -> str | None:
    """"Sao con chó sủa thế?" as "Why is the dog barking?", "Tại sao con mèo cứ kêu mãi vậy?" as "Why does the cat
    keep meowing?" (_WHY); None for anything else, and an animal alone ("Vì sao chim hót?": why do birds sing?)."""
    m = _WHY.fullmatch(text)
    said, verb = (_beast(m), _verb(m)) if m else (None, None)
    if not said or not verb or not (m["cls"] or m["of"] or m["nb"] or m["this"]):
        return None
    (beast, many), keep = said, m["on"] or m["aux"] == "cứ"
    aux = ("do" if many else "does") if keep else ("are" if many else "is")
    return f"Why {aux} {beast}{' keep' * bool(keep)} {_form(verb, 'ing')}?"


def _loud(text: str) -> str | None:
    """"Ếch kêu to quá vào ban đêm." as "The frogs are so loud at night.", "Con chó sủa rất to." as "The dog is very
    loud." (_LOUD); None for anything else, and "to" without the noise ("Con chó to quá.": big)."""
    m = _LOUD.fullmatch(text)
    said = m and _verb(m) not in (None, "scratch") and _beast(m)
    if not said or m["night0"] and m["night"] or m["before"] and m["after"]:
        return None
    degree = f"{DEGREE[m['before'] or m['after']]} " if m["before"] or m["after"] else ""
    night = " at night" if m["night0"] or m["night"] else ""
    return capitalised(f"{said[0]} {'are' if said[1] else 'is'} {degree}loud{night}.")


def _day(said: str | None, src: str) -> str | None:
    """A day behind or today in the other language ("hôm qua" → "yesterday"); "" for none, None for one not read or
    ahead ("ngày mai")."""
    day = when(said, src, LAST)
    en = day if src == "vi" else said
    return None if day is None or day and (AHEAD.search(keyed(en or "")) or keyed(en or "") == "now") else day


def _scratched(text: str) -> str | None:
    """"Con mèo cào tôi." as "The cat scratched me.", "Mèo vừa cào con trai tôi." as "A cat just scratched my son.",
    "Tôi bị mèo cào hôm qua." as "I got scratched by a cat yesterday." (_SCRATCHED, _GOT_SCRATCHED); None for
    anything else, a bird that scratched, "vừa" with a day, and "anh", "chị" … alone (mt.hobbies.who)."""
    m = _SCRATCHED.fullmatch(text) or _GOT_SCRATCHED.fullmatch(text)
    if not m or m["day0"] and m["day"] or _kind(m) not in ("chó", "mèo") or not (said := _beast(m, scratch=True)):
        return None
    day, just = _day(m["day0"] or m["day"], "vi"), " just" * (m["did"] == "vừa")
    day = None if day is None or just and day else f" {day}" * bool(day)
    if m.re == _SCRATCHED:
        whom = as_whom(m["whom"], "vi")
        return whom and day is not None and capitalised(f"{said[0]}{just} scratched {whom}{day}.") or None
    subject = who(m, False)
    return subject and day is not None and capitalised(f"{subject[0]}{just} got scratched by {said[0]}{day}.") or None


def _beast_vi(m: re.Match) -> tuple[str, str, bool] | None:
    """The animal of a match of _BEAST_EN in Vietnamese, as NOISES keys it, and whether English says it as many:
    ("con chó", "chó", False) for "the dog", "mấy con chó" for "the dogs", "chim" for "the birds" or "birds", "con
    chó của chúng tôi" for "our dog", "con chó nhà hàng xóm", "con mèo này"; None for "a dog", "a birds"."""
    word, kind = m["beast"].lower(), _kind(m)
    many = word.endswith("s")
    noun = "gà trống" if kind == "gà" and not many else kind
    if m["a"] or not (m["the"] or m["this"] or m["nb"] or m["of"] or many):
        return None
    one = "con" if not many else "mấy con"
    if m["of"]:
        return f"{one} {noun} của {WHOSE_VI[m['of'].lower()]}", kind, many
    if m["nb"]:
        return f"{one} {noun} nhà hàng xóm", kind, many
    if m["this"]:
        return None if many else f"con {noun} {'này' if m['this'].lower() == 'this' else 'đó'}", kind, many
    return (f"con {noun}" if not many else noun if kind in _ALONE or not m["the"] else f"mấy con {noun}"), kind, many


def _noise_vi(kind: str, form: str) -> tuple[str, str] | None:
    """The Vietnamese noise of an animal (NOISES' key) for an English verb in any form, and the form's kind of _KINDS
    ("" for the verb as it is): ("sủa", "ing") for "barking"; None for a verb not the animal's."""
    base = _BASE.get(form.lower())
    vi = base and _NOISES_VI[kind].get(base)
    if not vi:
        return None
    said = form.lower().replace("miaow", "meow")
    return vi, next((k for k, i in _KINDS.items() if _FORMS[base][i] == said), "")


def _rest_vi(m: re.Match) -> str | None:
    """What came after the verb of a match of _SAID_EN, in Vietnamese: " người lạ", " nhiều", " suốt đêm", " lúc 5
    giờ sáng", " sớm", " mỗi sáng"; None for a time not read."""
    time = m["time"] and dates.clock(m["time"].rstrip("."), "en", "vi")
    if m["time"] and not time:
        return None
    words = (" người lạ" * bool(m["strangers"]), " nhiều" * bool(m["much"]), " suốt đêm" * bool(m["all"]),
             f" lúc {time}" if time else "", f" {_WHEN_VI[keyed(m['when'])]}" if m["when"] else "",
             f" {_EVERY_VI[keyed(m['every'])]}" if m["every"] else "")
    return "".join(words)


def _said_vi(text: str) -> str | None:
    """"The dog keeps barking." as "Con chó cứ sủa mãi.", "The rooster crows at 5 a.m. every morning." as "Con gà
    trống gáy lúc 5 giờ sáng mỗi sáng.", "Our dog doesn't bark at strangers." as "Con chó của chúng tôi không sủa
    người lạ.", "Does your dog bark?" as "Con chó của bạn có sủa không?" (_SAID_EN); None for anything else, and
    where the verb does not agree with the animal ("The dog bark every night.")."""
    m = _SAID_EN.fullmatch(text)
    said = m and _beast_vi(m)
    noise = said and _noise_vi(said[1], m["verb"])
    rest = noise and _rest_vi(m)
    if rest is None or not noise or bool(m["do"]) != ("?" in m["end"]) or m["strangers"] and said[1] != "chó":
        return None
    beast, _, many = said
    vi, kind = noise
    aux = keyed((m["aux"] or "").replace("’", "'"))
    if m["do"]:
        return capitalised(f"{beast} có {vi}{rest} không?") if (m["do"] == "Does") != many and not kind else None
    if aux in ("keeps", "keep", "kept", "won't stop", "wouldn't stop"):
        agrees = aux not in ("keeps", "keep") or (aux == "keeps") != many
        if kind != "ing" or not agrees or rest not in ("", " suốt đêm"):
            return None
        return capitalised(f"{beast} cứ {vi} {rest.strip() or 'mãi'}{' không thôi' * ('stop' in aux)}.")
    if aux in ("is", "are", "'s", "'re"):
        agrees = (aux in ("is", "'s")) != many
        return capitalised(f"{beast} đang {vi}.") if agrees and kind == "ing" and not rest else None
    if aux in ("doesn't", "don't", "does not", "do not"):
        agrees = aux.startswith("does") != many
        return capitalised(f"{beast} không {vi}{rest}.") if agrees and not kind and not m["all"] else None
    if kind == "past":
        return capitalised(f"{beast} {vi}{rest}.") if rest == " suốt đêm" and not aux else None
    if kind == "ing" or aux not in ("", "never") or (kind == "s") == many or not (rest or aux):
        return None  # ("The dogs barks", "The dog barks.": now or always?)
    return capitalised(f"{beast} {'không bao giờ ' * (aux == 'never')}{vi}{rest}.")


def _why_vi(text: str) -> str | None:
    """"Why is the dog barking?" as "Sao con chó sủa vậy?", "Why does the cat keep meowing?" as "Sao con mèo cứ kêu
    mãi vậy?" (_WHY_EN); None for anything else, and where "is", "does" do not agree with the animal."""
    m = _WHY_EN.fullmatch(text)
    said = m and _beast_vi(m)
    noise = said and _noise_vi(said[1], m["verb"])
    if not noise or noise[1] != "ing" or (m["aux"] in ("is", "does")) == said[2] or bool(m["keep"]) != (
            m["aux"] in ("does", "do")):
        return None
    return f"Sao {said[0]} {'cứ ' * bool(m['keep'])}{noise[0]}{' mãi' * bool(m['keep'])} vậy?"


def _loud_vi(text: str) -> str | None:
    """"The frogs are so loud at night." as "Ếch kêu to quá vào ban đêm.", "The dog is very noisy." as "Con chó sủa
    rất to." (_LOUD_EN); None for anything else, and where "is", "are" do not agree with the animal."""
    m = _LOUD_EN.fullmatch(text)
    said = m and _beast_vi(m)
    if not said or (keyed(m["be"].replace("’", "'")) in ("is", "'s")) == said[2]:
        return None
    before, after = EN_DEGREE.get(keyed(m["d"] or ""), ("", ""))
    loud = " ".join(w for w in (before, "to", after) if w)
    noise = next(iter(NOISES[said[1]]))  # (the animal's first noise: "sủa", "kêu")
    return capitalised(f"{said[0]} {noise} {loud}{' vào ban đêm' * bool(m['night'])}.")


def _scratched_vi(text: str) -> str | None:
    """"The cat scratched me." as "Con mèo cào tôi.", "A cat scratched my son." as "Con trai tôi bị mèo cào.", "I got
    scratched by the cat." as "Tôi bị con mèo cào." (_SCRATCHED_EN, _GOT_SCRATCHED_EN); None for anything else, a
    bird that scratched, "was" that does not agree with who, and "just" with a day."""
    m = _SCRATCHED_EN.fullmatch(text) or _GOT_SCRATCHED_EN.fullmatch(text)
    kind = m and _kind(m)
    if kind not in ("chó", "mèo") or m["a"] and m["beast"].lower() != ANIMALS[kind][0]:
        return None
    said = (kind, True) if m["a"] else (_beast_vi(m) or (None,))[:1] + (False,)
    day = _day(m["day"], "en")
    if not said[0] or day is None or m["just"] and day:
        return None
    just = "vừa " * bool(m["just"])
    if m.re == _SCRATCHED_EN:
        whom = as_whom(m["whom"], "en")
        done = f"{whom} {just}bị {said[0]} cào" if said[1] else f"{said[0]} {just}cào {whom}"
        return whom and placed(done, day, ".") or None
    subject, one = who_vi(m)
    if m["was"] in ("was", "were") and m["was"] != be_of(subject, one, past=True):
        return None
    return placed(f"{subject} {just}bị {said[0]} cào", day, ".")
