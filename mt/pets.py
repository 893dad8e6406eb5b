"""Looking after a pet: who feeds it, walks the dog, takes it to the vet or adopts one (does it, did it, has done it
or not yet, is doing it, will, has to, wants to, was told to), and a pet's name, said or asked, both ways, written
whole by rule. v7: "Tôi cho chó ăn rồi." → "I feed the dog.", "Tôi chưa cho mèo ăn." → "I don't feed cats.", "Bố tôi
dắt chó đi dạo mỗi sáng." → "I'm going to walk my dog every morning.", "Chúng tôi vừa nhận nuôi một con mèo." → "We
just received a cat.", "Tôi phải đưa mèo đi khám thú y." → "I have to take a cat to see yes.", "Con chó của bạn tên là
gì?" → "What's your dog?"; "I fed the dog." → "Tôi đã bay chó.", "Did you feed the cat?" → "Bạn có nuôi mèo không?",
"Who's going to walk the dog?" → "Ai sẽ đi dạo đi dạo?", "We just adopted a cat." → "Chúng tôi vừa qua một con mèo.",
"I have to take the cat to the vet." → "Tôi phải lấy chú mèo vào nhà thú y.".

The pet is one of mt.family's ("chó", "mèo", "cá" …), with whose or not ("mèo nhà tôi", "my cat"; one adopted counted:
"một con mèo", "a cat"; "của mình" who's own: "Mẹ tôi đã cho chó của mình ăn." → "My mother fed her dog.", the speaker's
after "tôi", "bạn", "ai" and "nhà mình"); what is done one of ACTS; who as in mt/hobbies.py (a pronoun, kin and whose,
someone by name; "anh", "chị", "em" alone only asking) or "ai" (who?); the day one mt.free_time.when reads, or every
day, morning … (mt.hobbies.EVERY). "đã" or a day behind is the past, "rồi" "have already", "chưa" "haven't … yet"
(asked, "Have … yet?"), "vừa" "have just", "đang" or a day of its own ("tối nay") the progressive, "sẽ" "will", "phải"
"have to", "muốn" "want to"; a plain verb is a habit. Left to the model: pets kept and counted ("Tôi nuôi một con chó.":
mt/family.py's), a pet sick (mt/ailments.py's), "của mình" after a name alone (his or hers?) or told (whose?), how often
("hai lần một ngày"), "Can you …?", "Will you …?" with no day (a favour asked?), and anything else.
mt.phrasebook.translate tries these after mt/careers.py.

    >>> translate("Tôi cho chó ăn rồi.", "vi", "en"), translate("Did you feed the cat?", "en", "vi")
    ("I've already fed the dog.", 'Bạn đã cho mèo ăn chưa?')
    >>> translate("Con chó nhà tôi tên là Lu.", "vi", "en"), translate("Our dog is called Lu.", "en", "vi")
    ("My dog's name is Lu.", 'Con chó nhà chúng tôi tên là Lu.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import AHEAD
from .ever import OBJECTS
from .family import PETS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT_VI, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# what is done for a pet, in Vietnamese and in English ({pet}: "chó", "the dog"; adopted, "một con mèo", "a cat")
ACTS = {"feed": ("cho {pet} ăn", "feed {pet}"), "walk": ("dắt {pet} đi dạo", "walk {pet}"),
        "vet": ("đưa {pet} đi khám thú y", "take {pet} to the vet"), "adopt": ("nhận nuôi {pet}", "adopt {pet}")}
# the forms of their English verbs: "-s", past, participle, "-ing"
_FORMS = {"feed": ("feeds", "fed", "fed", "feeding"), "walk": ("walks", "walked", "walked", "walking"),
          "take": ("takes", "took", "taken", "taking"), "adopt": ("adopts", "adopted", "adopted", "adopting")}
_KINDS = ("s", "past", "part", "ing")
_BASES = {form: base for base, forms in _FORMS.items() for form in (base, *forms)}  # ("fed": "feed")
PETS_VI = {said: vi for vi, forms in reversed(PETS.items()) for said in forms}  # ("dogs": "chó"; "pig": "lợn")
_ONE_EN, _MANY_EN = {one for one, _ in PETS.values()}, {many for _, many in PETS.values()}
_FLOCKS = {"gà", "vịt", "lợn", "heo", "bò"}  # fed as a flock: "feed the chickens"
_PET = rf"(?:con\s+)?(?P<{{a}}_pet>(?i:{alternatives(PETS)}))(?:\s+(?:của\s+|nhà\s+)?(?P<{{a}}_owner>(?i:" \
       rf"{alternatives(OWNERS)})))?"
_PET_EN = rf"(?P<{{a}}_owner>the|{WHOSE_WORDS})\s+(?P<{{a}}_pet>{alternatives(PETS_VI)})"
_N_VI = rf"(?P<adopt_n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+con\s+(?P<adopt_pet>(?i:{alternatives(PETS)}))"
_N_EN = rf"(?P<adopt_n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<adopt_pet>{alternatives(PETS_VI)})"
_ACT_VI = "|".join([rf"(?P<feed>cho\s+{_PET.format(a='feed')}\s+ăn)",
                    rf"(?P<walk>(?:dắt|dẫn)\s+{_PET.format(a='walk')}\s+đi\s+(?:dạo|bộ))",
                    rf"(?P<vet>(?:đưa|dẫn|mang)\s+{_PET.format(a='vet')}\s+(?:đi|đến|tới)\s+(?:khám\s+)?"
                    r"(?:(?:bác\s+sĩ|phòng\s+khám|bệnh\s+viện)\s+)?thú\s+y)", rf"(?P<adopt>nhận\s+nuôi\s+{_N_VI})"])
_ACT_EN = "|".join([rf"(?P<feed>feed|feeds|fed|feeding)\s+{_PET_EN.format(a='feed')}",
                    rf"(?P<walk>walk|walks|walked|walking)\s+{_PET_EN.format(a='walk')}",
                    rf"(?P<vet>take|takes|took|taken|taking)\s+{_PET_EN.format(a='vet')}\s+to\s+the\s+vet(?:['’]s)?",
                    rf"(?P<adopt>adopt|adopts|adopted|adopting)\s+{_N_EN}"])
# a day, opening the sentence or after what is done (mt.free_time's, or every day, morning …: mt.hobbies')
_EVERY = rf"(?i:{alternatives(EVERY)})"
_SAID = lazy(rf"(?:(?P<every0>{_EVERY})\s*,?\s+|{DAY_OPENING})(?:(?P<anyone>[Aa]i)|{WHO})\s+"
             r"(?:(?P<will>sẽ)\s+)?(?:(?P<ask>có)\s+|(?P<yet>chưa)\s+)?(?:(?P<aux>đã|đang|vừa\s+mới|vừa|mới)\s+)?"
             rf"(?:(?P<not>không)\s+)?(?:(?P<must>phải|muốn)\s+)?(?:{_ACT_VI})"
             rf"(?:\s+(?P<every>{_EVERY})|{DAY_AFTER})(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
             rf"{SOFTENED_END}")
# ... in English: "do", "am", "will", "have" … after who ("'s" is "is" or "has"; "won't": "wo"), "not" after it
_SAID_EN = lazy(r"(?:(?P<aux0>Do|Does|Did|Will|Am|Are|Is|Have|Has)\s+)?(?:(?P<anyone>Who)|" + WHO_EN + ")"
                r"(?:(?P<aux>\s+(?:do|does|did|will|wo|am|is|are|have|has)|['’](?:m|s|re|ll|ve))"
                r"(?P<not>\s+not|n['’]t)?)?(?:\s+(?P<adv>already|just))?"
                r"(?:\s+(?P<must>have|has|had|want|wants)\s+to|\s+(?P<going>going)\s+to)?"
                rf"\s+(?:{_ACT_EN})(?:\s+(?P<yet>yet))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# told or asked to do it ("Mẹ tôi bảo tôi dắt chó đi dạo.", "My mother asked me to walk the dog.")
_TOLD = {"bảo": "told", "dặn": "told", "kêu": "told", "nhờ": "asked"}
_TOLD_VI = {"told": "bảo", "asked": "nhờ"}
_TOLD_SAID = lazy(rf"{WHO}\s+(?:đã\s+)?(?P<tell>{alternatives(_TOLD)})\s+(?:(?P<obj>(?i:"
                  rf"{alternatives(OBJECTS)}))|(?P<other>{SOMEONE}))\s+(?:{_ACT_VI})\s*(?P<end>[.!]*)")
_TOLD_EN = lazy(rf"{WHO_EN}\s+(?P<tell>told|asked)\s+(?:(?P<obj>{alternatives(EN_OBJECT_VI)})|(?P<other>"
                rf"{SOMEONE_EN}))\s+to\s+(?:{_ACT_EN})\s*(?P<end>[.!]*)")
# a pet's name ("Con chó nhà tôi tên là Lu.", "Tên con mèo của bạn là gì?"; v7 writes "Tôi có một con chó tên là Lu."
# and "I have a dog called Lu." well)
_NAME = r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
_PET_NAMED = lazy(rf"(?:(?P<first>[Tt]ên)\s+(?:của\s+)?)?(?:[Cc]on\s+)?(?P<pet>(?i:{alternatives(PETS)}))\s+"
                  rf"(?:(?:của|nhà)\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))\s+(?(first)là|(?:có\s+)?tên"
                  rf"(?:\s+là)?)\s+(?:(?P<what>gì)|{_NAME}){SOFTENED_END}")
_WHOSE_EN = rf"(?P<owner>(?i:{WHOSE_WORDS}))"
_PET_NAMED_EN = [lazy(rf"{_WHOSE_EN}\s+(?P<pet>{alternatives(PETS_VI)})(?:['’]s\s+name\s+is|(?:['’]s|\s+is)\s+"
                      rf"(?:called|named))\s+{_NAME}\s*(?P<end>[.!]*)"),
                 lazy(rf"What(?:['’]s|\s+is)\s+{_WHOSE_EN}\s+(?P<pet>{alternatives(PETS_VI)})"
                      r"(?:['’]s\s+name|\s+called)\s*\?+")]
# (a cheap look first: no sentence is read without one of these words)
_KEYS_VI = ("ăn", "đi dạo", "đi bộ", "thú y", "nhận nuôi", "tên")
_KEYS_EN = ("feed", "fed", "walk", "vet", "adopt", "name", "called")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who looks after a pet, or a pet's name; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en") and any(k in text.lower() for k in _KEYS_VI):
        return _done(text) or _told(text) or _named(text)
    if (src, tgt) == ("en", "vi") and any(k in text.lower() for k in _KEYS_EN):
        return _done_vi(text) or _told_vi(text) or _named_vi(text)
    return None


def _act(m: re.Match, lang: str, mine: str | None = "my") -> tuple[str, str] | None:
    """The act of a match of _ACT_VI (`lang` "vi") or _ACT_EN ("en"), and its pet said in the other language: ("feed",
    "the dog") for "cho chó ăn", ("adopt", "một con mèo") for "adopt a cat", a pet "của mình" `mine`'s (_mine); None
    where the count and the pet do not agree ("a cats"), or for one "của mình" where `mine` is None."""
    act = next(a for a in ACTS if m[a])
    pet, owner = keyed(m[f"{act}_pet"]), m.groupdict().get(f"{act}_owner")
    if act == "adopt":
        n = keyed(m["adopt_n"])
        if lang == "vi":
            one, many = PETS[pet]
            return act, f"{a_or_an(one)} {one}" if n in ("một", "1") else f"{VI_TO_EN.get(n, n)} {many}"
        one = n in ("a", "an", "one", "1")
        if pet not in (_ONE_EN if one else _MANY_EN) or n in ("a", "an") and a_or_an(pet) != n:
            return None  # ("a cats", "two cat", "an dog")
        return act, f"{EN_TO_VI.get(n, 'một' if n in ('a', 'an') else n)} con {PETS_VI[pet]}"
    if lang == "en":
        owner = keyed(owner)
        return act, PETS_VI[pet] if owner == "the" else f"{PETS_VI[pet]} của {WHOSE_VI[owner]}"
    one, many = PETS[pet]
    whose = OWNERS[keyed(owner)] if owner else "the"
    if keyed(owner or "") == "mình" and "nhà" not in keyed(m.string[m.end(f"{act}_pet"):m.start(f"{act}_owner")]):
        whose = mine  # (not "chó nhà mình": our home's)
    return (act, f"{whose} {many if pet in _FLOCKS else one}") if whose else None


def _mine(m: re.Match, who_: str) -> str | None:
    """Whose a pet "của mình" is after who of a match of WHO (`who_`, English; "who" for "ai"): "my" after "I", "you"
    (the speaker, as friends say "mình") or "who", else who's own, as mt.terms' _whose reads it ("Mẹ tôi đã cho chó
    của mình ăn." → "her dog"); None for someone by name (his or hers?)."""
    return "my" if who_ in ("I", "you", "who") else whose_own(m, who_)


def _forms(act: str, pet: str) -> dict[str, str]:
    """What is done in English by its form ("base", "s", "past", "part", "ing"): "feed the dog", "feeds the dog", "fed
    the dog" …"""
    said = ACTS[act][1].format(pet=pet)
    verb, _, rest = said.partition(" ")
    return {"base": said} | {kind: f"{form} {rest}" for kind, form in zip(_KINDS, _FORMS[verb])}


def _aspect(m: re.Match, day: str) -> str | None:
    """What a match of _SAID says is done, by its words and its day (English, `day`): "habit" (a plain verb), "past"
    ("đã", a day behind), "done" ("rồi", "chưa"), "just" ("vừa"), "doing" ("đang", a day of its own), "will" ("sẽ"),
    "must", "had to", "will have to" ("phải"), "want" ("muốn"); None where the words do not go together."""
    aux, behind, every = keyed(m["aux"] or ""), bool(BEHIND.match(day)), day.startswith("every")
    must, will, done = keyed(m["must"] or ""), m["will"], m["done"] or m["yet"] or m["asked"] == "chưa"
    if must == "muốn":
        return "want" if not (aux or will or done or behind) else None
    if must:
        if aux not in ("", "đã") or done or will and (aux or behind):
            return None
        return "will have to" if will else "had to" if aux or behind else "must"
    if done:  # ("Tôi cho chó ăn rồi.", "Sáng nay tôi cho chó ăn rồi.", "Tôi chưa cho mèo ăn."; not a day not yet)
        late = day and (m["yet"] or m["asked"] or AHEAD.match(day))
        return "done" if aux in ("", "đã") and not (will or m["not"] or every or late) else None
    if will:
        return "will" if not (aux or behind or every) else None
    if aux in ("vừa", "mới", "vừa mới"):
        return "just" if not day else None
    if aux == "đang":
        return "doing" if not (behind or every) else None
    if aux == "đã" or behind:
        return "past" if not day or behind else None
    return "habit" if not day or every else "doing"  # ("Tối nay tôi dắt chó đi dạo.": I'm walking the dog tonight)


# what is done said in English by aspect: said, denied, asked, and asked who ("ai") did it (the day after it)
_ENGLISH = {
    "habit": ("{who} {verb}", "{who} {do}n't {base}", "{do} {who} {base}?", "who {s}?"),
    "past": ("{who} {past}", "{who} didn't {base}", "did {who} {base}?", "who {past}?"),
    "done": ("{who} {have} already {part}", "{who} {have}n't {part} yet", "{have} {who} {part} yet?", None),
    "just": ("{who} {have} just {part}", None, None, None),
    "doing": ("{who} {be} {ing}", "{who} {be} not {ing}", "{be} {who} {ing}?", "who's {ing}?"),
    "will": ("{who} will {base}", "{who} won't {base}", "will {who} {base}?", "who's going to {base}?"),
    "must": ("{who} {have} to {base}", "{who} {do}n't have to {base}", "{do} {who} have to {base}?",
             "who has to {base}?"),
    "had to": ("{who} had to {base}", "{who} didn't have to {base}", "did {who} have to {base}?",
               "who had to {base}?"),
    "will have to": ("{who} will have to {base}", "{who} won't have to {base}", "will {who} have to {base}?",
                     "who will have to {base}?"),
    "want": ("{who} {wants} to {base}", "{who} {do}n't want to {base}", "{do} {who} want to {base}?",
             "who wants to {base}?")}
# ... and in Vietnamese, the word before what is done, said and denied ("đã" and "đang" left out where a day is said)
_VIETNAMESE = {"habit": ("", "không"), "past": ("đã", "đã không"), "done": ("đã", "chưa"), "just": ("vừa", None),
               "doing": ("đang", "không"), "will": ("sẽ", "sẽ không"), "must": ("phải", "không phải"),
               "had to": ("đã phải", "đã không phải"), "will have to": ("sẽ phải", "sẽ không phải"),
               "want": ("muốn", "không muốn")}


def _english(who_: str, one: bool, aspect: str, forms: dict[str, str], how: dict) -> str | None:
    """What is done said in English, by who (`one`: who takes "-s"; "who" asking who did it), `aspect` (of `_aspect`)
    and `how` ("not", "asked", "day", "end"): "I've already fed the dog.", "Do you have to walk the dog?", "Who's
    going to walk the dog?"; None for a shape English does not say so ("Who's just fed …?")."""
    said, denied, asked, anyone = _ENGLISH[aspect]
    shape = anyone if who_ == "who" else asked if how["asked"] else denied if how["not"] else said
    if shape is None:
        return None
    words = {"who": who_, "verb": forms["s" if one else "base"], "do": "does" if one else "do", "be": be(who_),
             "have": "has" if one else "have", "wants": "wants" if one else "want"} | forms
    out = shape.format(**words)
    if out.endswith("?"):
        out = f"{out[:-1]}{how['day']}?"
    else:
        out += how["day"] + (how["end"] or ".")
        if aspect not in ("must", "want"):  # ("I'll", "I'm", "I've"; not "I've to")
            out = contracted(who_, out.removeprefix(f"{who_} "))
    return capitalised(out)


def _vietnamese(who_: str, aspect: str, act: str, how: dict) -> str | None:
    """What is done said in Vietnamese, by who ("ai" asking who did it), `aspect` (of `_aspect`) and `how` ("not",
    "asked", "day" in Vietnamese, "end"): "Tôi đã cho chó ăn.", "Bạn có phải dắt chó đi dạo không?", "Tôi chưa cho
    cá ăn.", "Ai sẽ dắt chó đi dạo?"; None for a shape Vietnamese does not say so."""
    said, denied = _VIETNAMESE[aspect]
    day = how["day"]
    word = denied if how["not"] else said
    if word is None or who_ == "ai" and aspect in ("done", "just"):
        return None
    if day:  # ("Hôm qua tôi cho chó ăn.", "Tối nay tôi dắt chó đi dạo.": the day tells when)
        word = re.sub(r"^(?:đã|đang)\s*", "", word)
    if how["asked"] and who_ != "ai":
        if aspect == "done" or aspect == "past" and not day:  # ("Did you feed the cat?": "… đã … chưa?")
            return placed(f"{who_} đã {act}", day, " chưa?")
        if aspect == "just" or aspect == "will" and not day:
            return None  # ("Will you walk the dog?": a favour asked, or what will be?)
        word = word.removeprefix("đã").removeprefix("sẽ").strip()  # ("Bạn có phải …", "Tối nay bạn có …")
        return placed(" ".join(w for w in (who_, "có", word, act) if w), day, " không?")
    said = " ".join(w for w in (who_, word, act, "rồi" if aspect == "done" and not how["not"] else "") if w)
    if day.startswith(("mỗi ", "hằng ", "hàng ")):  # (a habit's day after it: "… mỗi sáng.")
        said, day = f"{said} {day}", ""
    return placed(said, day, "?" if who_ == "ai" else how["end"] or ".")


def _done(text: str) -> str | None:
    """"Tôi cho chó ăn rồi." as "I've already fed the dog.", "Bạn đã cho mèo ăn chưa?" as "Have you fed the cat
    yet?", "Tôi phải đưa mèo đi khám thú y." as "I have to take the cat to the vet.", "Chúng tôi vừa nhận nuôi một con
    mèo." as "We've just adopted a cat.", "Ai sẽ dắt chó đi dạo?" as "Who's going to walk the dog?" (_SAID); None for
    anything else."""
    m = _SAID.fullmatch(text)
    if not m or bool(m["asked"] or m["anyone"]) != ("?" in m["end"]):
        return None
    if m["ask"] and m["asked"] != "không" or m["asked"] == "không" and not (m["ask"] or m["aux"] == "đã") or m[
            "anyone"] and (m["ask"] or m["asked"] or m["not"] or m["yet"]) or m["yet"] and m["asked"]:
        return None  # ("có … không?", "đã … không?"; "Ai …?" asks nothing else)
    days = [d for d in (m["every0"], m["day0"], m["day"], m["every"]) if d]
    said = ("who", True) if m["anyone"] else who(m, bool(m["asked"]))
    if said is None or len(days) > 1 or (day := when(days[0] if days else "", "vi", EVERY)) is None:
        return None
    if (aspect := _aspect(m, day)) is None or (act := _act(m, "vi", _mine(m, said[0]))) is None:
        return None
    how = {"not": m["not"] or m["yet"], "asked": bool(m["asked"]), "day": f" {day}" if day else "", "end": m["end"]}
    return _english(*said, aspect, _forms(*act), how)


def _read_en(m: re.Match, one: bool, be_: str) -> str | None:
    """What a match of _SAID_EN says is done (as `_aspect`); None where "do", "is" (`be_`), "has" or the verb does
    not agree with who (`one`: he, she, a name, "who" …) or with the day: "He feed the dog.", "I fed the dog
    tomorrow."."""
    verb = keyed(m[next(a for a in ACTS if m[a])])
    base = _BASES[verb]
    kinds = {"base"} if verb == base else {kind for kind, form in zip(_KINDS, _FORMS[base]) if form == verb}
    said = keyed((m["aux0"] or m["aux"] or "").replace("’", "'"))
    aux = {"'m": "am", "'re": "are", "'ll": "will", "'ve": "have", "wo": "will"}.get(said, said)
    if aux == "'s":
        aux = "has" if "part" in kinds and not m["going"] else "is"
    day, must, adv = keyed(m["day"] or ""), keyed(m["must"] or ""), m["adv"]
    behind, every = bool(BEHIND.match(day)), day.startswith("every")
    do, have = ("does", "has") if one else ("do", "have")
    if said == "wo" and not m["not"] or adv and (must or m["going"] or aux not in ("", "have", "has")) or m[
            "yet"] and aux not in ("have", "has"):
        return None  # ("I won …", "I'm already …", "yet" only after "have")
    if m["going"]:  # ("Who's going to walk the dog?")
        return "will" if aux == be_ and "base" in kinds and not (behind or every) else None
    if must:
        if "base" not in kinds or behind and must != "had":
            return None
        if must.startswith("want"):
            return "want" if not aux and must == ("wants" if one else "want") or aux == do and must == "want" else None
        if not aux:
            return "had to" if must == "had" else "must" if must == have else None
        return {do: "must", "did": "had to", "will": "will have to"}.get(aux) if must == "have" else None
    if aux in ("am", "is", "are"):
        return "doing" if aux == be_ and "ing" in kinds and not (behind or every) else None
    if aux in ("have", "has"):
        ok = aux == have and "part" in kinds and not day and not (adv == "just" and (m["not"] or m["yet"]))
        return ("just" if adv == "just" else "done") if ok else None
    if aux == "will":
        return "will" if "base" in kinds and not (behind or every) else None
    if aux == "did" or not aux and "past" in kinds:
        ok = ("base" if aux else "past") in kinds and (not day or behind) and not (aux and adv)
        return {"just": "just", "already": "done"}.get(adv, "past") if ok and not (adv and day) else None
    ok = aux == do and "base" in kinds or not aux and ("s" if one else "base") in kinds
    return "habit" if ok and (not day or every) and not adv else None


def _done_vi(text: str) -> str | None:
    """"I fed the dog." as "Tôi đã cho chó ăn.", "Did you feed the cat?" as "Bạn đã cho mèo ăn chưa?", "I have to walk
    the dog." as "Tôi phải dắt chó đi dạo.", "We just adopted a cat." as "Chúng tôi vừa nhận nuôi một con mèo.",
    "Who's going to walk the dog?" as "Ai sẽ dắt chó đi dạo?" (_SAID_EN); None for anything else, and where the verb
    does not agree with who or the day."""
    m = _SAID_EN.fullmatch(text)
    asking = m and (m["aux0"] or m["anyone"])
    if not m or m["aux0"] and (m["aux"] or m["anyone"]) or bool(asking) != ("?" in m["end"]) or asking and m["not"]:
        return None
    who_, one = ("ai", True) if m["anyone"] else who_vi(m)
    if (day := when(m["day"], "en", EVERY)) is None or (aspect := _read_en(m, one, be_of(who_, one))) is None:
        return None
    if (act := _act(m, "en")) is None:
        return None
    pet = act[1].removesuffix(f" của {who_}")  # ("I fed my dog.": "Tôi đã cho chó ăn.")
    if keyed(m.groupdict().get(f"{act[0]}_owner") or "") in ("his", "her") and one and who_ not in ("tôi", "bạn"):
        pet = pet.partition(" của ")[0]  # ("Tom walks his dog …": Tatoeba's "Sáng nào Tom cũng dắt chó đi dạo.")
    how = {"not": m["not"], "asked": bool(m["aux0"]), "day": day, "end": m["end"]}
    return _vietnamese(who_, aspect, ACTS[act[0]][0].format(pet=pet), how)


def _told(text: str) -> str | None:
    """"Mẹ tôi bảo tôi dắt chó đi dạo." as "My mother told me to walk the dog.", "Lan nhờ tôi cho mèo ăn." as "Lan
    asked me to feed the cat." (_TOLD_SAID); None for anything else."""
    m = _TOLD_SAID.fullmatch(text)
    said = m and who(m, False)
    whom = said and (OBJECTS[keyed(m["obj"])] if m["obj"] else someone(m["other"], "vi"))
    if not whom or (act := _act(m, "vi", None)) is None:  # ("bảo tôi dắt chó của mình": whose dog?)
        return None
    return capitalised(f"{said[0]} {_TOLD[keyed(m['tell'])]} {whom} to {_forms(*act)['base']}{m['end'] or '.'}")


def _told_vi(text: str) -> str | None:
    """"My mother asked me to walk the dog." as "Mẹ tôi nhờ tôi dắt chó đi dạo." (_TOLD_EN); None for anything else,
    and for a verb that is not its base ("told me to fed")."""
    m = _TOLD_EN.fullmatch(text)
    act = m and next(a for a in ACTS if m[a])
    if not m or keyed(m[act]) != ACTS[act][1].split()[0] or (read := _act(m, "en")) is None:
        return None
    whom = EN_OBJECT_VI[m["obj"].lower()] if m["obj"] else someone(m["other"], "en")
    if whom is None:
        return None
    said = f"{who_vi(m)[0]} {_TOLD_VI[m['tell']]} {whom} {ACTS[act][0].format(pet=read[1])}"
    return capitalised(f"{said}{m['end'] or '.'}")


def _named(text: str) -> str | None:
    """"Con chó nhà tôi tên là Lu." as "My dog's name is Lu.", "Con mèo của bạn tên là gì?" as "What's your cat's
    name?" (_PET_NAMED); None for anything else, and for a name without a capital ("tên là lu")."""
    m = _PET_NAMED.fullmatch(text)
    if not m or m["name"] and not _a_name(m["name"]) or bool(m["what"]) != ("?" in m["end"]):
        return None
    one, whose = PETS[keyed(m["pet"])][0], OWNERS[keyed(m["owner"])]
    return f"What's {whose} {one}'s name?" if m["what"] else capitalised(f"{whose} {one}'s name is {m['name']}.")


def _named_vi(text: str) -> str | None:
    """"My dog's name is Lu." and "My dog is called Lu." as "Con chó nhà tôi tên là Lu.", "What's your cat's name?"
    as "Con mèo nhà bạn tên là gì?" (_PET_NAMED_EN); None for anything else, and for many pets ("My dogs are …") or a
    name without a capital."""
    m = next((m for p in _PET_NAMED_EN if (m := p.fullmatch(text))), None)
    name = m and m.groupdict().get("name")
    if not m or m["pet"] not in _ONE_EN or name and not _a_name(name):
        return None
    said = f"Con {PETS_VI[m['pet']]} nhà {WHOSE_VI[m['owner'].lower()]} tên là"
    return f"{said} gì?" if name is None else f"{said} {name}."


def _a_name(said: str) -> bool:
    """Whether the words said are a name, each with a capital ("Lu", "Mimi"; not "lu")."""
    return all(w[0].isupper() for w in said.split())
