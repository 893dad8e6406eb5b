"""Looking after a pet's coat, both ways, written whole by rule: the dog or the cat bathed, taken for a bath or to the
groomer's, brushed, treated for fleas; a pet shedding or with fleas; where a groomer's is. v8 (rules on) reads "tắm"
as one's own bath, "tỉa" as billions, "bọ chét" as rushing, and "shedding" as marrying, "fleas" as nothing: "Tôi phải
mang chó đi tắm." → "I have to take a bath dog.", "Tiệm cắt tỉa lông chó ở đâu?" → "Where do you cut billion dogs?",
"Con mèo nhà tôi bị rụng lông nhiều." → "My cat is thinning.", "Chó nhà tôi bị bọ chét." → "My home was rushed.",
"Tôi vừa đưa chó đi cắt tỉa lông." → "I've put the dog to cut my hair.", "Con chó nhà bạn có bị bọ chét không?" →
"Do you have a brew?"; "I need to take the dog to the groomer's." → "Tôi cần phải đưa chó vào phòng tắm.", "Where is
the dog groomer's?" → "Mùi chó ở đâu?", "My cat is shedding a lot." → "Con mèo của tôi đang cưới rất nhiều.", "I'm
brushing the cat." → "Tôi đang đánh mèo.", "Have you given the dog a bath yet?" → "Bạn đã cho chó tắm cho con chưa?",
"He will bathe the dog tomorrow." → "Anh ta sẽ three con chó ngày mai.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) doing a job of _JOBS for a dog or a cat ("chó", "con mèo", "chó nhà
tôi", "con chó của mẹ tôi", "con mèo này"; "the dog", "my cat", "my mother's dog"): now ("đang"), will ("sẽ"), has to
("phải"), needs to ("cần"), a day ahead alone (arranged), every day, week or month, on a day behind or "đã" (past),
"rồi" (already), "vừa" (just), "chưa" (not yet, and asked "… chưa?"), asked "có phải", "có cần", "có … mỗi tuần", "có …
hôm qua … không?"; a pet (with "con" or whose) shedding ("bị", "đang": now; "rụng lông nhiều": a habit; a lot, so much;
denied, asked) or with fleas (said, "rồi", denied, asked); where the (nearest) dog, cat or pet groomer's is, and whether
there is one near. Left: "anh", "chị", "em" alone saying it ("Em đang chải lông cho mèo.": the speaker or "you"?,
mt.hobbies.who), "em" asking with "ạ" (the speaker: mt.hobbies.em_speaking), "mình" asking (I, or we?), "thế", "vậy"
ending a statement ("Con mèo nhà tôi rụng lông nhiều thế.": so much; mt.text.STRESSED_SAID), a plain verb ("Tôi tắm cho
chó.": a habit, or done?), "hôm nay" and days of today (ahead or done?), "mình" as whose ("của mình": whose own?; "nhà
mình": mine, or ours?), a pet by name or breed ("chó Lu", "mèo Anh": a name, or British?; "Mèo", "Chó" with a capital
inside the sentence, often a child's name), a bare "chó" or "mèo" shedding ("Mèo có rụng lông không?": cats in general),
a pet as who, "Will you …?" (a favour), nails clipped (mt/nails.py), pets fed, walked or taken to the vet (mt/pets.py),
people's baths and hair (mt/washing.py, mt/haircuts.py, mt/hair_loss.py), pests in the house (mt/pests.py), bites
(mt/bites.py), scratching (mt/animal_noises.py), allergies to cats (mt/allergies.py), and anything else.
mt.phrasebook.translate tries these after mt/flower_arranging.py.

    >>> translate("Tôi phải mang chó đi tắm.", "vi", "en"), translate("My cat is shedding a lot.", "en", "vi")
    ('I have to take the dog for a bath.', 'Con mèo nhà tôi bị rụng lông nhiều.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_MONTH, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, aux_agrees, em_speaking, someone,
                      who, who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tắm|chải\s+lông|rụng\s+lông|bọ\s+chét|spa|tỉa\s+lông)"),
         "en": lazy(r"(?i:bath|groom|\bshed|flea|brush)")}
_PETS, _PETS_VI = {"chó": "dog", "mèo": "cat"}, {"dog": "chó", "cat": "mèo"}
# the jobs: English verb and what follows it ({} the pet), and the Vietnamese written back
_JOBS = {"bath": ("give", "{} a bath"), "tobath": ("take", "{} for a bath"), "groomer": ("take", "{} to the groomer's"),
         "brush": ("brush", "{}"), "fleas": ("treat", "{} for fleas")}
_JOBS_VI = {"bath": "tắm cho {}", "tobath": "mang {} đi tắm", "groomer": "đưa {} đi cắt tỉa lông",
            "brush": "chải lông cho {}", "fleas": "trị bọ chét cho {}"}
_JOB_OF = {("give", "a bath"): "bath", ("bathe", ""): "bath", ("take", "for a bath"): "tobath",
           ("take", "to the groomer's"): "groomer", ("brush", ""): "brush", ("treat", "for fleas"): "fleas"}
# the verbs' forms: "-s", past, participle, "-ing"
_VERBS = {"give": ("gives", "gave", "given", "giving"), "take": ("takes", "took", "taken", "taking"),
          "brush": ("brushes", "brushed", "brushed", "brushing"), "treat": ("treats", "treated", "treated", "treating"),
          "bathe": ("bathes", "bathed", "bathed", "bathing")}
_KINDS = ("base", "s", "past", "part", "ing")
_FORM_OF: dict[str, tuple[str, set[str]]] = {}  # each form to its verb and the kinds it may be ("brushed": past, part)
for _base, _forms in _VERBS.items():
    for _kind, _form in zip(_KINDS, (_base, *_forms)):
        _FORM_OF.setdefault(_form, (_base, set()))[1].add(_kind)
# days behind and ahead (mt.dates.NEAR_DAYS; days of today are ahead or done by the verb, so left)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "hôm kia",
                 "tuần trước", "cuối tuần trước", "ngày mai", "sáng mai", "chiều mai", "tối mai", "ngày kia",
                 "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_EVERY = EVERY | EVERY_MONTH  # ("mỗi tháng": a groomer's is monthly)
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
_HIS = {"his", "her", "their"}  # (whose pet, said after kin or a name: their own, or another's?)

# the pet ("chó", "con mèo", "chó nhà tôi", "con chó của mẹ tôi", "con mèo này"; a name after it may be a breed)
_PET = (rf"(?:(?P<con>[Cc]on)\s+)?(?P<pet>(?i:chó|mèo))(?:\s+(?:(?:của|nhà)\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))"
        rf"|\s+(?:của|nhà)\s+(?P<someone>{SOMEONE})|\s+(?P<this>này))?")
_JOB = (r"(?:(?P<bath>tắm\s+cho)|(?P<brush>chải\s+lông\s+cho)|(?P<fleas>trị\s+bọ\s+chét\s+cho)|(?P<take>mang|đưa|dẫn))"
        rf"\s+{_PET}(?(take)\s+(?:đi\s+(?P<tobath>tắm)|đi\s+(?:spa|cắt\s+tỉa\s+lông|tỉa\s+lông)|(?:đi|đến|tới)\s+"
        r"tiệm\s+(?:spa|cắt\s+tỉa\s+lông)))")
_DAY = rf"(?i:{alternatives(DAYS)})"
_AUX = r"đang|sẽ|phải|cần|đã|vừa\s+mới|vừa|chưa|có\s+phải|có\s+cần|có"
# who does a job, and when ("Tôi phải mang chó đi tắm.", "Hôm qua tôi đưa mèo đi spa.", "Bạn đã tắm cho chó chưa?")
_DOING = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+)?{_JOB}"
              rf"(?:\s+(?P<every>(?i:{alternatives(_EVERY)})))?(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
              rf"(?:\s+(?P<tail>rồi|chưa))?{ASKED_END}")
# a pet shedding ("Con mèo nhà tôi bị rụng lông nhiều.") or with fleas ("Chó nhà tôi bị bọ chét.")
_SHED = lazy(rf"{_PET}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<ing>đang)\s+)?(?P<bi>bị\s+)?rụng\s+lông"
             rf"(?:\s+(?P<much>nhiều(?:\s+(?:lắm|quá))?|quá\s+nhiều))?{ASKED_END}")
_FLEAS = lazy(rf"{_PET}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<verb>bị|có)\s+bọ\s+chét(?:\s+(?P<done>rồi))?"
              rf"{ASKED_END}")
# a groomer's ("Tiệm cắt tỉa lông chó ở đâu?", "Gần đây có tiệm spa thú cưng nào không?")
_SHOPS = {"chó": "dog", "mèo": "cat", "thú cưng": "pet", "chó mèo": "pet"}
_SHOPS_VI = {"dog": "chó", "cat": "mèo", "pet": "thú cưng"}
_SHOP = (r"(?:tiệm|cửa\s+hàng)\s+(?:cắt\s+tỉa\s+lông|tỉa\s+lông|spa)\s+(?:cho\s+)?"
         rf"(?P<for>{alternatives(_SHOPS)})")
_WHERE = lazy(rf"(?i:{_SHOP}(?:\s+(?P<near>gần\s+nhất))?\s+ở\s+đâu){SOFTENED_END}")
_NEAR = lazy(rf"(?i:(?P<here0>(?:ở\s+)?gần\s+đây\s+)?có\s+{_SHOP}\s+nào(?P<here>\s+gần\s+đây)?\s+không)"
             rf"{SOFTENED_END}")

# ... in English ("I have to take the dog for a bath.", "Have you brushed the cat yet?")
_PET_EN = rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<pet>dog|cat)"
_JOB_EN = (rf"(?P<verb>{alternatives(_FORM_OF)})\s+{_PET_EN}(?P<rest>\s+a\s+bath|\s+for\s+a\s+bath|"
           r"\s+to\s+the\s+groomer(?:['’]?s)?|\s+for\s+fleas)?")
_AUX_EN = (r"(?P<aux>(?:['’](?:s|re|m|ll|ve)|\s+(?:is|am|are|will|wo|has|have|does|do)(?:n['’]t|\s+not)?)"
           r"(?:\s+(?:going|have|has|need|needs)\s+to)?|\s+(?:has|have|need|needs)\s+to)")
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Is|Are|Am|Have|Has)\s+)?{WHO_EN}{_AUX_EN}?(?:\s+(?P<adv>just|already))?"
                 rf"\s+{_JOB_EN}(?:\s+(?P<every>{alternatives(_EVERY_VI)}))?(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
                 r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_SHED_EN = lazy(rf"(?:(?P<q>Is|Does)\s+)?{_PET_EN}(?P<aux>\s+is|['’]s|\s+isn['’]t|\s+is\s+not|\s+doesn['’]t|"
                r"\s+does\s+not)?\s+(?P<verb>shedding|sheds|shed)(?:\s+(?P<much>a\s+lot|so\s+much|much))?"
                r"\s*(?P<end>[.!?]*)")
_FLEAS_EN = lazy(rf"(?:(?P<q>Does)\s+)?{_PET_EN}(?P<verb>\s+has|\s+has\s+got|['’]s\s+got|\s+doesn['’]t\s+have|"
                 r"\s+does\s+not\s+have|\s+have)\s+fleas\s*(?P<end>[.!?]*)")
_SHOP_EN = r"(?P<for>dog|cat|pet)\s+(?:groomer(?:['’]?s)?|grooming\s+(?:salon|parlou?r))"
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+the\s+(?:(?P<near>nearest)\s+)?{_SHOP_EN}\s*\?+")
_NEAR_EN = lazy(rf"Is\s+there\s+an?\s+{_SHOP_EN}\s+(?:near\s+here|nearby|around\s+here)\s*\?+")
# the auxiliaries as said, to how the job is done (contracted, "n't" written out; "'s" is "is" or "has" by the verb)
_HOW_EN = {"": "plain", "is": "be", "am": "be", "are": "be", "'s": "be", "'re": "be", "'m": "be", "will": "will",
           "'ll": "will", "will not": "won't", "wo not": "won't", "has to": "must", "have to": "must",
           "needs to": "need", "need to": "need", "has": "has", "have": "has", "'ve": "has", "has not": "not yet",
           "have not": "not yet"}
_HOW_EN |= {f"{be_} going to": "will" for be_ in ("is", "am", "are", "'s", "'re", "'m")}
_HOW_VI = {"will": "sẽ", "won't": "sẽ không", "must": "phải", "need": "cần"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who bathes, brushes, treats for fleas or takes a dog or a cat for a bath
    or to the groomer's, that a pet is shedding or has fleas, or asks where a groomer's is; None for any other."""
    if src == "vi":
        return _doing(text) or _coat(text) or _shop(text)
    text = text.replace("’", "'")
    return _doing_vi(text) or _coat_vi(text) or _shop_vi(text)


def pet_en(m: re.Match) -> str | None:
    """The pet of a match of _PET (its groups "pet", "owner", "someone", "this") in English: "the dog", "my cat", "my
    mother's dog", "this cat"; None for "mình", for "Mèo", "Chó" with a capital inside the sentence, and where someone
    is not read."""
    if m["pet"][0].isupper() and m.start("pet"):
        return None  # ("Mẹ tôi đang tắm cho Mèo.": a name, often a child's, not the cat)
    pet = _PETS[keyed(m["pet"])]
    if keyed(m["owner"] or "") == "mình":
        return None  # ("Mẹ tôi tắm cho chó của mình.": her own; "nhà mình": mine, or ours?)
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {pet}"
    if m["someone"]:
        named = someone(m["someone"], "vi")
        return named and f"{named}'s {pet}"
    return f"{'this' if m['this'] else 'the'} {pet}"


def _pet_vi(m: re.Match, subject: bool) -> str | None:
    """The pet of a match of _PET_EN in Vietnamese: "the dog" as "chó" (as `subject`, "con chó"), "my cat" as "con mèo
    nhà tôi", "my mother's dog" as "con chó của mẹ tôi", "this cat" as "con mèo này"; None where someone is not
    read."""
    pet = _PETS_VI[m["pet"]]
    if m["someone"]:
        named = someone(m["someone"], "en")
        return named and f"con {pet} của {named}"
    det = m["det"].lower()
    return f"con {pet} này" if det == "this" else (f"con {pet}" if subject else pet) if det == "the" else \
        f"con {pet} nhà {WHOSE_VI[det]}"


def _forms(job: str, pet: str) -> dict[str, str]:
    """The English forms of a job of _JOBS for the pet, by kind (_KINDS): "gives the dog a bath", "brushed my cat"…"""
    verb, rest = _JOBS[job]
    return {kind: f"{form} {rest.format(pet)}" for kind, form in zip(_KINDS, (verb, *_VERBS[verb]))}


def _doing(text: str) -> str | None:
    """"Tôi phải mang chó đi tắm." as "I have to take the dog for a bath.", "Mẹ tôi đang chải lông cho mèo." as "My
    mother is brushing the cat.", "Bạn đã tắm cho chó chưa?" as "Have you given the dog a bath yet?", "Hôm qua tôi
    đưa mèo đi spa." as "I took the cat to the groomer's yesterday." (_DOING); None for anything else, for a pet as
    who, "của mình" but of "tôi", where the tense is not read for sure ("Tôi tắm cho chó."), for "em" asking with
    "ạ" and "mình" asking (who asks of whom?), and for a statement ending in "thế", "vậy" (they say more)."""
    m = _DOING.fullmatch(text)
    if not m or animal(m) or m["day0"] and m["day"] or (m["day0"] or m["day"]) and m["every"]:
        return None
    aux, tail = keyed(m["aux"] or ""), m["tail"] or ""
    asked = bool(m["asked"]) or tail == "chưa"
    if asked != ("?" in m["end"]) or m["asked"] and tail or aux.startswith("có") != bool(m["asked"]) or \
            not asked and STRESSED_SAID.search(text):
        return None
    # ("Em có phải tắm cho chó không ạ?": the speaker, to one older; "Mình có phải …?": I, or we?)
    mine = asked and keyed(m["who"] or "") == "mình"
    said, pet = None if em_speaking(m) or mine else who(m, asked), pet_en(m)
    if said is None or pet is None or said[0] not in EN_WHOSE and pet.split()[0] in _HIS:
        return None  # ("Bố tôi tắm cho chó nhà anh ấy.": "his dog" would be his own)
    who_, one = said
    job = _forms("bath" if m["bath"] else "brush" if m["brush"] else "fleas" if m["fleas"] else
                 "tobath" if m["tobath"] else "groomer", pet)
    day = keyed(m["day0"] or m["day"] or "")
    kind, on = NEAR_WAY.get(day, ""), f" {DAYS[day]}" if day else ""
    every = f" {_EVERY[keyed(m['every'])]}" if m["every"] else ""
    return english(m, (aux, tail, kind, on, every), who_, one, job)


def english(m: re.Match, said: tuple[str, str, str, str, str], who_: str, one: bool, forms: dict[str, str],
            plain_past: bool = False) -> str | None:
    """The English of who doing a job (`forms` of its verb phrase) by a match with "asked" and "end" and what was read
    of it (`said`: the Vietnamese word of tense, "rồi"/"chưa", the day's kind, " on" the day, " every" how often):
    asked, "chưa" (yet), a habit or said; a plain verb with no day read as past where `plain_past` (mt/pet_vets.py:
    neutered once); None where they do not go together."""
    aux, tail, kind, on, every = said
    if m["asked"]:
        return asked_en(aux, kind, who_, one, forms, on, every)
    has = "has" if one else "have"
    if tail == "chưa":
        ok = aux in ("", "đã") and not (kind or every) and who_ != "I"
        return f"{has.capitalize()} {who_} {forms['part']} yet?" if ok else None
    if every:
        return capitalised(f"{who_} {forms['s' if one else 'base']}{every}{stop(m['end'])}") if not (aux or tail) \
            else None
    if plain_past and not (aux or tail or kind):
        return capitalised(f"{who_} {forms['past']}{stop(m['end'])}")
    done = said_en(aux, tail, kind, who_, one, forms)
    return done and capitalised(f"{done}{on}{stop(m['end'])}")


def asked_en(aux: str, kind: str, who_: str, one: bool, forms: dict[str, str], on: str, every: str) -> str | None:
    """A "có … không?" of who does something in English, by the Vietnamese words of tense `aux` ("có phải", "có
    cần", "có định", "có"), the day's kind `kind` (mt.dates.NEAR_WAY: "behind", "ahead" or ""), who (`who_` in
    English, `one` for "does"), the verb and what follows it by kind (`forms`: "base", "s", "past", "part", "ing"),
    the day `on` (" yesterday" or "") and how often `every` (" every day" or ""): "Bạn có phải tắm cho chó không?" as
    "Do you have to give the dog a bath?", "có cần" as "need to", "Bạn có định đưa mèo đi tiêm phòng không?" as "Are
    you going to take the cat for its vaccinations?", "Hôm qua bạn có tắm cho chó không?" as "Did you give the dog a
    bath yesterday?", "Bạn có chải lông cho mèo mỗi ngày không?" as "Do you brush the cat every day?"; None for
    anything else, and asked of oneself but "Do I have to", "Do I need to".

    >>> asked_en("có phải", "", "she", True, {"base": "give the dog a bath"}, "", "")
    'Does she have to give the dog a bath?'
    """
    do = "Does" if one else "Do"
    if aux in ("có phải", "có cần") and kind != "behind":
        return f"{do} {who_} {'have' if aux == 'có phải' else 'need'} to {forms['base']}{on}{every}?"
    if who_ == "I" or every and aux != "có":
        return None
    if aux == "có định" and kind != "behind":
        return f"{be(who_).capitalize()} {who_} going to {forms['base']}{on}?"
    if aux != "có":
        return None
    if every:
        return f"{do} {who_} {forms['base']}{every}?"
    return f"Did {who_} {forms['base']}{on}?" if kind == "behind" else None


def said_en(aux: str, tail: str, kind: str, who_: str, one: bool, forms: dict[str, str]) -> str | None:
    """Who does something in English, said (no day, no end), by the Vietnamese word of tense `aux` ("đã", "sẽ",
    "định", "phải", "cần", "đang", "vừa", "vừa mới", "chưa" or ""), "rồi" (`tail`), the day's kind `kind`, who
    (`who_`, `one`) and the verb's forms (`forms`), all as asked_en takes them; None where they do not go together or
    do not tell the tense.

    >>> said_en("đã", "rồi", "", "she", True, {"part": "brushed the cat"})
    "she's already brushed the cat"
    """
    has = "has" if one else "have"
    if tail:  # "rồi": done already, with no day
        return contracted(who_, f"{has} already {forms['part']}") if aux in ("", "đã") and not kind else None
    if kind == "behind":
        return f"{who_} {forms['past']}" if aux in ("", "đã") else None
    if aux == "sẽ":
        return contracted(who_, f"will {forms['base']}")
    if aux == "định":
        return contracted(who_, f"{be(who_)} going to {forms['base']}")
    if aux in ("phải", "cần"):
        return f"{who_} {has if aux == 'phải' else 'needs' if one else 'need'} to {forms['base']}"
    if aux == "đang" and not kind or aux == "" and kind == "ahead":  # ("Ngày mai tôi tắm cho chó.": arranged)
        return contracted(who_, f"{be(who_)} {forms['ing']}")
    if kind:
        return None
    said = {"đã": forms["past"], "vừa": f"{has} just {forms['part']}", "vừa mới": f"{has} just {forms['part']}",
            "chưa": f"{has}n't {forms['part']} yet"}.get(aux)
    return said and contracted(who_, said)


def _coat(text: str) -> str | None:
    """"Con mèo nhà tôi bị rụng lông nhiều." as "My cat is shedding a lot.", "Con chó nhà tôi rụng lông nhiều." as
    "My dog sheds a lot.", "Mèo nhà bạn có bị rụng lông không?" as "Is your cat shedding?", "Chó nhà tôi bị bọ
    chét." as "My dog has fleas.", "Con chó nhà bạn có bị bọ chét không?" as "Does your dog have fleas?" (_SHED,
    _FLEAS); None for anything else, for a bare "chó", "mèo" (dogs and cats in general?), and for a statement ending
    in "thế", "vậy" ("… rụng lông nhiều thế.": so much)."""
    m = _SHED.fullmatch(text) or _FLEAS.fullmatch(text)
    if not m or not (m["con"] or m["owner"] or m["someone"] or m["this"]) or (pet := pet_en(m)) is None:
        return None
    asked, has = bool(m["asked"]), m.groupdict().get("verb") == "có"  # ("Con chó có bọ chét không?" asks too)
    if asked != ("?" in m["end"]) or asked and not (m["ask"] or has) or m["ask"] and (has or not asked) or \
            asked and m["not"] or not asked and STRESSED_SAID.search(text):
        return None
    end = stop(m["end"])
    if m.re == _FLEAS:
        if m["done"] and (asked or m["not"]):
            return None
        return f"Does {pet} have fleas?" if asked else capitalised(
            f"{pet} doesn't have fleas{end}" if m["not"] else f"{pet} has{' got' * bool(m['done'])} fleas{end}")
    much = keyed(m["much"] or "")
    lot = " so much" if "quá" in much else " a lot" if much else ""
    if asked and "quá" in much or m["not"] and much:
        return None
    if m["bi"] or m["ing"]:
        return f"Is {pet} shedding{lot}?" if asked else capitalised(
            f"{pet} isn't shedding{end}" if m["not"] else f"{pet} is shedding{lot}{end}")
    if asked:
        return f"Does {pet} shed{lot}?"
    return capitalised(f"{pet} doesn't shed{end}" if m["not"] else f"{pet} sheds{lot}{end}") if m["not"] or much \
        else None  # ("Con mèo rụng lông.": now, or a habit?)


def _shop(text: str) -> str | None:
    """"Tiệm cắt tỉa lông chó ở đâu?" as "Where is the dog groomer's?", "Tiệm spa thú cưng gần nhất ở đâu?" as "Where
    is the nearest pet groomer's?", "Gần đây có tiệm cắt tỉa lông chó nào không?" as "Is there a dog groomer's near
    here?" (_WHERE, _NEAR); None for anything else."""
    m = _WHERE.fullmatch(text) or _NEAR.fullmatch(text)
    if not m or "?" not in m["end"] or m.re == _NEAR and bool(m["here0"]) == bool(m["here"]):
        return None  # (near here said once: "Có tiệm … nào không?" asks of anywhere)
    shop = f"{_SHOPS[keyed(m['for'])]} groomer's"
    if m.re == _NEAR:
        return f"Is there a {shop} near here?"
    return f"Where is the {'nearest ' * bool(m['near'])}{shop}?"


def _job_vi(m: re.Match) -> tuple[str, set[str]] | None:
    """The job of a match of _DOING_EN in Vietnamese, the pet in it, and the kinds its verb may be ("brushed": past,
    participle); None for a verb and what follows it that are no job ("give the dog", "brush the cat a bath")."""
    base, kinds = _FORM_OF[m["verb"]]
    rest = keyed(m["rest"] or "")
    job = _JOB_OF.get((base, "to the groomer's" if rest.startswith("to the groomer") else rest))
    pet = job and _pet_vi(m, False)
    return pet and (_JOBS_VI[job].format(pet), kinds)


def _doing_vi(text: str) -> str | None:
    """"I have to take the dog for a bath." as "Tôi phải mang chó đi tắm.", "I'm brushing the cat." as "Tôi đang chải
    lông cho mèo.", "She took her dog to the groomer's yesterday." as "Hôm qua cô ấy đưa con chó nhà cô ấy đi cắt
    tỉa lông." (_DOING_EN); None for anything else, where a verb does not agree with who, for a pet as who, and where
    the tense is not read for sure ("I brush the dog.")."""
    m = _DOING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or (job := _job_vi(m)) is None or \
            not m["who"] and (m["det"] or "").lower() in _HIS:
        return None  # ("My father brushes his dog.": his own, "của mình", or another's?)
    (said, kinds), day = job, DAYS_VI.get(keyed(m["day"] or ""), "")
    kind, (who_, one) = NEAR_WAY.get(day, ""), who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    how, adv, every, yet = _HOW_EN.get(aux), m["adv"], m["every"], bool(m["yet"])
    if aux == "'s" and "ing" not in kinds:
        how = "has"  # ("She's brushed the cat."; "She's brushing …" is "is")
    if how is None or not aux_agrees(m, aux, how, one) or every and (kind or adv or yet) or yet and (kind or adv):
        return None
    every = f" {_EVERY_VI[keyed(every)]}" if every else ""
    head = capitalised(f"{day} {who_}".strip())
    if m["q"]:
        return asked_vi(m, how, said, kinds, head, kind, who_, every)
    end, bare = stop(m["end"]), not (adv or every or yet)
    if how == "be" and "ing" in kinds and kind != "behind" and bare:
        return f"{head} {'sẽ' if kind else 'đang'} {said}{end}"  # ("I'm giving the dog a bath tomorrow.": arranged)
    if how in _HOW_VI and "base" in kinds and kind != "behind" and bare:
        return f"{head} {_HOW_VI[how]} {said}{end}"
    if how == "plain" and every and ("s" in kinds) == one and {"s", "base"} & kinds:
        return f"{head} {said}{every}{end}"
    if how == "plain" and "past" in kinds and "base" not in kinds and kind != "ahead" and bare:
        return f"{head} {'' if kind else 'đã '}{said}{end}"
    if how == "plain" and "past" in kinds and adv and not (kind or every or yet):  # ("We just gave the dog a bath.")
        return f"{head} vừa {said}{end}" if adv == "just" else f"{head} đã {said} rồi{end}"
    if how in ("has", "not yet") and "part" in kinds and not (kind or every):
        if how == "not yet":
            return None if adv else f"{head} chưa {said}{end}"
        return None if yet else f"{head} vừa {said}{end}" if adv == "just" else f"{head} đã {said} rồi{end}"
    return None


def asked_vi(m: re.Match, how: str, said: str, kinds: set[str], head: str, kind: str, who_: str,
             every: str) -> str | None:
    """A question of who does something in Vietnamese, of a match of a pattern over WHO_EN (its groups "q", "aux",
    "adv", "yet"), with how its auxiliary does it (`how`: "plain", "must", "need" …), what is done in Vietnamese
    (`said`), the kinds its verb may be (`kinds`), the day and who to begin with (`head`), the day's kind, who in
    Vietnamese (`who_`) and how often (`every`): "Do you have to give the dog a bath?" as "Bạn có phải tắm cho chó
    không?", "Is she brushing the cat?" as "Cô ấy có đang chải lông cho mèo không?", "Did you bathe the dog
    yesterday?" as "Hôm qua bạn có tắm cho chó không?", "Have you given the dog a bath yet?" as "Bạn đã tắm cho chó
    chưa?"; None for anything else, and asked of oneself but "Do I have to", "Do I need to"."""
    q, aux = m["q"].lower(), " ".join((m["aux"] or "").split())
    if m["adv"] or who_ == "tôi" and how not in ("must", "need") or m["yet"] and q not in ("have", "has"):
        return None
    if q in ("do", "does") and how in ("must", "need") and aux in ("have to", "need to") and kind != "behind":
        return f"{head} có {_HOW_VI[how]} {said}{every} không?"  # (not "Does she has to …?")
    if how != "plain":
        return None
    if q in ("do", "does") and every and "base" in kinds:
        return f"{head} có {said}{every} không?"
    if q in ("is", "are", "am") and "ing" in kinds and kind != "behind" and not every:
        return f"{head} có {'' if kind else 'đang '}{said} không?"
    if q == "did" and "base" in kinds and kind == "behind":
        return f"{head} có {said} không?"
    if q in ("have", "has") and "part" in kinds and not (kind or every):
        return f"{head} đã {said} chưa?"
    return None


def _coat_vi(text: str) -> str | None:
    """"My cat is shedding a lot." as "Con mèo nhà tôi bị rụng lông nhiều.", "Is your cat shedding?" as "Con mèo nhà
    bạn có bị rụng lông không?", "My dog has fleas." as "Con chó nhà tôi bị bọ chét.", "Does your dog have fleas?"
    as "Con chó nhà bạn có bị bọ chét không?" (_SHED_EN, _FLEAS_EN); None for anything else, where a verb does not
    agree, and "sheds" with no "a lot" (a habit of how much?)."""
    m = _SHED_EN.fullmatch(text) or _FLEAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (pet := _pet_vi(m, True)) is None:
        return None
    pet, verb, end = capitalised(pet), " ".join(m["verb"].lower().split()), stop(m["end"])
    if m.re == _FLEAS_EN:
        if m["q"]:
            return f"{pet} có bị bọ chét không?" if verb == "have" else None
        said = {"has": "bị", "has got": "bị", "'s got": "bị", "doesn't have": "không bị", "does not have": "không bị"}
        return f"{pet} {said[verb]} bọ chét{end}" if verb in said else None
    aux, much = " ".join((m["aux"] or "").split()).replace("n't", " not"), keyed(m["much"] or "")
    lot = " nhiều quá" if much == "so much" else " nhiều" if much else ""
    if m["q"] == "Is" and not aux and verb == "shedding" and much != "so much":
        return f"{pet} có bị rụng lông{lot} không?"
    if m["q"] == "Does" and not aux and verb == "shed" and much != "so much":
        return f"{pet} có rụng lông{lot} không?"
    if m["q"] or much == "much" and aux not in ("does not",):
        return None
    if aux in ("is", "'s") and verb == "shedding":
        return f"{pet} {'bị rụng lông' if much else 'đang rụng lông'}{lot}{end}"
    if aux == "is not" and verb == "shedding" and not much:
        return f"{pet} không bị rụng lông{end}"
    if not aux and verb == "sheds" and much:
        return f"{pet} rụng lông{lot}{end}"
    return f"{pet} không rụng lông{lot}{end}" if aux == "does not" and verb == "shed" and much != "so much" else None


def _shop_vi(text: str) -> str | None:
    """"Where is the dog groomer's?" as "Tiệm cắt tỉa lông chó ở đâu?", "Where's the nearest pet groomer's?" as "Tiệm
    cắt tỉa lông thú cưng gần nhất ở đâu?", "Is there a dog groomer's near here?" as "Gần đây có tiệm cắt tỉa lông
    chó nào không?" (_WHERE_EN, _NEAR_EN); None for anything else."""
    m = _WHERE_EN.fullmatch(text) or _NEAR_EN.fullmatch(text)
    if not m:
        return None
    shop = f"tiệm cắt tỉa lông {_SHOPS_VI[m['for']]}"
    if m.re == _NEAR_EN:
        return f"Gần đây có {shop} nào không?"
    return f"{capitalised(shop)}{' gần nhất' * bool(m['near'])} ở đâu?"
