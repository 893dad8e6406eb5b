"""Keeping birds as pets, both ways, written whole by rule: who keeps birds or likes keeping them, a bird that sings
well or can talk, the birdcage hung out, a bird fed, and a bird that got out of its cage. v8 (the rules on) reads
"chim sáo" as a squiring, "hót" as good, "biết nói" as said, "sổ lồng" as nested, and "keep", "parrot", "cage" as
"giữ", a dog, "cage": "Tôi nuôi một con chim sáo." → "I'm getting a squiring.", "Con chim của tôi hót rất hay." → "My
birds are very good.", "Ông tôi thích nuôi chim." → "My grandfather like birds.", "Con vẹt của tôi biết nói." → "My son
said.", "Con chim sổ lồng rồi." → "The window is nested.", "Ông tôi treo lồng chim ra ban công mỗi sáng." → "My
grandfather hanged out the bird to launch each morning."; and back, "I keep a myna bird." → "Tôi giữ một con chim.",
"My bird sings beautifully." → "Bọn bird đang hát đẹp.", "My parrot can talk." → "Chó của tôi có thể nói chuyện.",
"The bird has got out of its cage." → "Banrd đã thoát khỏi cái cage của nó.", "Does your bird sing well?" → "Liệu sinh
học của bạn có tốt không?".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked) keeps birds ("nuôi chim"), said, denied, asked, still, no
longer, or counted birds of KINDS ("một con chim sáo": "a myna bird"); likes or loves keeping them (KINDS uncounted
too); a bird of KINDS ("con chim", "con vẹt", "chim sáo"; whose: mt.terms.OWNERS or someone's with "của", "này") that
sings well or beautifully, can sing or talk (denied, asked, yet, now); hangs the birdcage out (on the balcony, the
porch, in the yard) every morning … (mt.hobbies.EVERY), just, already, in the past, now; feeds a bird of KINDS (food of
FOODS, or every day …; one's own by kin: "her bird") and has fed it, just, not yet, asked; a bird that got or flew out
of its cage (and flew away): "rồi", just, "đã", on a day behind (mt.dates.near_days). Left: keeping a kind uncounted
("Tôi nuôi chim sáo.": one or more?), "chim yến" (swiftlets, farmed for their nests, not canaries), counted "con chim",
"con vẹt" kept (mt/family.py's), feeding "chim", "vẹt" (mt/pets.py's), birds singing now or all night
(mt/animal_noises.py's), "chim" without "con" as a pet ("Chim của tôi …": slang too), plain hanging or escaping with no
tense said (a habit, or one past day?), "của mình" fed (whose?), one's own bird by a name fed ("Lan cho con vẹt của Lan
ăn": his or hers?), how often said twice or before "không" ("Mỗi sáng tôi không …": never in the mornings), plural birds
as subject, "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the speaker), "thế", "vậy" ending a statement (so
well!: they say more), "no longer" asked, and anything else.
mt.phrasebook.translate tries these after mt/pet_vets.py.

    >>> translate("Con vẹt của tôi biết nói.", "vi", "en"), translate("I keep a myna bird.", "en", "vi")
    ('My parrot can talk.', 'Tôi nuôi một con chim sáo.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import near_days
from .hobbies import (EVERY, EVERY_VI, SOMEONE, SOMEONE_EN, WHO, WHO_EN, em_speaking, first_agrees, own_thing, owner_of,
                      person_of, someone, whose_own)
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, present

_KEYS = {"vi": lazy(r"(?i:chim|vẹt|sáo|chào\s+mào|hoàng\s+yến)"), "en": lazy(r"(?i:bird|myna|parrot|bulbul|canar)")}
# birds kept (English one, many); a kind without "chim" is said after "con" ("con vẹt"); the first Vietnamese of each
# English is written back ("chim yến" is not here: swiftlets, farmed for their nests)
KINDS = {"chim": ("bird", "birds"), "chim sáo": ("myna bird", "myna birds"), "sáo": ("myna bird", "myna birds"),
         "vẹt": ("parrot", "parrots"), "chim vẹt": ("parrot", "parrots"),
         "chim chào mào": ("red-whiskered bulbul", "red-whiskered bulbuls"),
         "chào mào": ("red-whiskered bulbul", "red-whiskered bulbuls"),
         "chim hoàng yến": ("canary", "canaries"), "hoàng yến": ("canary", "canaries")}
KINDS_VI = {en: vi for vi, ones in reversed(KINDS.items()) for en in ones} | {
    "myna": "chim sáo", "mynas": "chim sáo", "mynah": "chim sáo", "mynahs": "chim sáo", "mynah bird": "chim sáo",
    "mynah birds": "chim sáo", "bulbul": "chim chào mào", "bulbuls": "chim chào mào"}
_ONES = {"bird", "myna bird", "parrot", "red-whiskered bulbul", "canary", "myna", "mynah", "mynah bird", "bulbul"}
# what a bird is fed, and where its cage is hung out
FOODS = {"cào cào": "grasshoppers", "châu chấu": "grasshoppers", "hạt kê": "millet", "cám chim": "bird feed",
         "chuối": "bananas", "trái cây": "fruit", "hoa quả": "fruit", "hạt hướng dương": "sunflower seeds"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())}
PLACES = {"ra ngoài": "out", "ra ban công": "out on the balcony", "ra ngoài ban công": "out on the balcony",
          "ra hiên": "out on the porch", "ra ngoài hiên": "out on the porch", "ra sân": "out in the yard",
          "ra ngoài sân": "out in the yard", "ra trước nhà": "out in front of the house"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"outside": "ra ngoài"}
# the days behind a bird got out on (opening the sentence), and back
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "đêm qua", "hôm kia", "hôm nay", "sáng nay")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}

_KIND = rf"(?P<bird>(?i:{alternatives(KINDS)}))"
# a bird of its own: "con" or a kind after "chim", whose ("của tôi", "nhà bạn", "của ông tôi") or "này"
_BIRD = (rf"(?:(?P<con>[Cc]on)\s+)?{_KIND}(?:\s+(?:(?:của|nhà)\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|"
         rf"\s+(?:của|nhà)\s+(?P<someone>{SOMEONE})|\s+(?P<this>này))?")
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))"
_EVERY = rf"(?i:{alternatives(EVERY)})"
# who keeps birds, or likes keeping them ("Ông tôi thích nuôi chim.", "Tôi nuôi một con chim sáo.")
_KEEP = lazy(rf"{WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<ask>có)\s+|(?P<not>không(?P<nolonger>\s+còn)?)\s+|"
             rf"(?P<very>rất)\s+)?(?:(?P<like>thích|mê)\s+)?nuôi\s+(?:{_N}\s+con\s+)?{_KIND}"
             rf"(?:\s+(?P<more>nữa))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# a bird singing well or able to sing or talk ("Con chim của tôi hót rất hay.", "Con vẹt của bạn có biết nói không?")
_SKILL = lazy(rf"{_BIRD}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?(?:biết\s+(?P<can>hót|nói)(?:\s+(?P<now>rồi))?|"
              r"hót\s+(?:(?P<badly>không)\s+)?(?P<very>rất\s+)?hay(?:\s+(?P<much>lắm|quá))?)"
              rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# who hangs the birdcage out, or feeds a bird ("Ông tôi treo lồng chim ra ban công mỗi sáng.")
_DO = lazy(rf"(?:(?P<every0>{_EVERY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|đang|chưa|có|không)\s+)?(?:"
          rf"treo\s+(?:cái\s+)?lồng\s+chim\s+(?P<place>{alternatives(PLACES)})|"
          rf"cho\s+{_BIRD}\s+ăn(?:\s+(?P<food>{alternatives(FOODS)}))?)"
          rf"(?:\s+(?P<every>{_EVERY}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# a bird out of its cage ("Con chim sổ lồng rồi.", "Hôm qua con vẹt của tôi sổ lồng.")
_OUT = lazy(rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?{_BIRD}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới)\s+)?(?:bị\s+)?"
            r"(?:(?P<got>[sx]ổ\s+lồng|thoát\s+(?:ra\s+)?khỏi\s+lồng)|(?P<flew>bay\s+(?:ra\s+)?khỏi\s+lồng))"
            r"(?:\s+(?P<away>bay\s+(?:đi\s+)?mất))?(?:\s+(?P<done>rồi))?" + SOFTENED_END)

# ... in English: a bird of one's own, who keeps birds, a bird's skills, who hangs or feeds, a bird got out
_BIRD_EN = (rf"(?P<det>(?i:the|this|{WHOSE_WORDS})|(?P<someone>{SOMEONE_EN})['’]s)\s+"
            rf"(?P<bird>{alternatives(_ONES)})")
_N_EN = rf"(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))"
_KEEP_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)|"
                r"\s+(?P<nolonger>no\s+longer))?(?:\s+(?P<still>still))?(?:\s+(?P<really>really))?\s+"
                rf"(?P<verb>keeps?|likes?|loves?)(?P<ing>\s+keeping)?\s+(?:{_N_EN}\s+)?"
                rf"(?P<bird>{alternatives(KINDS_VI)})(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_SKILL_EN = lazy(rf"(?:(?P<q>Does|Can)\s+)?{_BIRD_EN}(?P<aux>\s+can|\s+can['’]t|\s+cannot|\s+doesn['’]t|\s+does\s+not)?"
                 r"\s+(?P<verb>sings|sing|talks|talk|speaks|speak)(?:\s+(?P<how>beautifully|very\s+well|really\s+well|"
                 r"well))?(?:\s+(?P<yet>yet|now))?\s*(?P<end>[.!?]*)")
_FORMS = {"feed": ("feed", "feeds", "fed", "feeding"), "hang": ("hang", "hangs", "hung", "hanging")}
_VERBS_EN = {form: (verb, i) for verb, forms in _FORMS.items() for i, form in enumerate(forms)}
_DO_EN = lazy(r"(?:(?P<q>Do|Does|Have|Has)\s+)?" + WHO_EN + r"(?P<aux>\s+(?:do|does|have|has|is|am|are)(?:\s+not|"
              r"n['’]t)?|['’](?:ve|s|re|m))?(?:\s+(?P<adv>just|already))?\s+(?:(?P<hang>hangs?|hung|hanging)\s+the\s+"
              rf"bird\s*cage\s+(?P<place>{alternatives(PLACES_VI)})|(?P<feed>feeds?|fed|feeding)\s+"
              rf"(?P<owner>the|{WHOSE_WORDS})\s+(?P<bird>{alternatives(_ONES)})"
              rf"(?:\s+(?P<food>{alternatives(FOODS_VI)}))?)"
              rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"{_BIRD_EN}(?P<has>\s+has|['’]s)?(?:\s+(?P<just>just))?\s+(?:(?P<got>got|gotten)\s+out\s+of|"
               r"(?P<esc>escaped)\s+(?:from|out\s+of)|(?P<flew>flew|flown)\s+out\s+of)\s+its\s+cage"
               rf"(?P<away>\s+and\s+(?:flew|flown)\s+away)?(?:\s+(?P<day>{alternatives(DAYS_VI)}))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who keeps pet birds or likes to, a bird that sings well or talks, the
    birdcage hung out, a bird fed, or a bird out of its cage; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Con chim của tôi hót hay thế.": so well!, more than English's plain one)
            return None
        return _keep(text) or _skill(text) or _doing(text) or _out(text)
    text = text.replace("’", "'")
    return _keep_vi(text) or _skill_vi(text) or _doing_vi(text) or _out_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one, as mt.hobbies.person_of gives them; None too for "em" asking
    with "ạ" ("Em có nuôi chim không ạ?": the speaker, mt.hobbies.em_speaking, not "you")."""
    return None if em_speaking(m) else person_of(m, asked)


def _bird(m: re.Match) -> str | None:
    """The bird of a match of _BIRD in English, as one's own: "the bird", "my parrot", "my grandfather's myna bird",
    "this canary"; None for a kind without "con" or "chim" ("vẹt của tôi"), "chim" alone ("Chim của tôi": slang too)
    and "của mình" (whose?)."""
    bird = keyed(m["bird"])
    if not m["con"] and (bird == "chim" or not bird.startswith("chim")) or keyed(m["owner"] or "") == "mình":
        return None
    whose = "this" if m["this"] else owner_of(m)
    return whose and f"{whose} {KINDS[bird][0]}"


def _bird_vi(m: re.Match, con: str = "con ") -> str | None:
    """The bird of a match of _BIRD_EN in Vietnamese: "con chim", "con vẹt của tôi", "con chim sáo của ông tôi", "con
    chim hoàng yến này" (`con` before it); None for someone not read."""
    det, bird = (m["det"] or "").lower(), KINDS_VI[m["bird"].lower()]
    named = someone(m["someone"], "en") if m["someone"] else ""
    whose = f"của {named}" if named else "" if det == "the" else "này" if det == "this" else f"của {WHOSE_VI[det]}"
    return None if named is None else " ".join(filter(None, (f"{con}{bird}", whose)))


def _keep(text: str) -> str | None:
    """"Tôi nuôi chim." as "I keep birds.", "Tôi nuôi một con chim sáo." as "I keep a myna bird.", "Bạn còn nuôi chim
    không?" as "Do you still keep birds?", "Ông tôi thích nuôi chim." as "My grandfather likes keeping birds." (_KEEP);
    None for anything else, a kind kept uncounted (one or more?) and counted "con chim", "con vẹt" (mt/family.py's)."""
    m = _KEEP.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["more"]) != bool(m["nolonger"]):
        return None
    asked, bird, like = bool(m["asked"]), keyed(m["bird"]), m["like"]
    if m["ask"] and not asked or asked and not (m["ask"] or m["still"]) or asked and m["not"] or m["still"] and (
            m["not"] or m["ask"]) or m["very"] and (not like or m["ask"]):
        return None
    if like and (m["still"] or m["nolonger"] or m["n"]) or not like and not m["n"] and bird != "chim":
        return None
    if m["n"] and (asked or m["not"] or m["still"] or bird in ("chim", "vẹt")):
        return None
    said = _person(m, asked)
    if said is None:
        return None
    who_, one = said
    one_, many = KINDS[bird]
    if like:
        return present(who_, one, "love" if keyed(like) == "mê" else "like", f"keeping {many}", asked, bool(m["not"]),
                       adverb="really " * bool(m["very"]))
    if m["n"]:
        n = VI_TO_EN.get(keyed(m["n"]), m["n"])
        birds = f"{a_or_an(one_)} {one_}" if n in ("one", "1") else f"{n} {many}"
        return present(who_, one, "keep", birds)
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{' still' * bool(m['still'])} keep {many}?"
    if m["not"]:
        return present(who_, one, "keep", f"{many}{' any more' * bool(m['more'])}", denied=True)
    return present(who_, one, "keep", many, adverb="still " * bool(m["still"]))


def _keep_vi(text: str) -> str | None:
    """"I keep a myna bird." as "Tôi nuôi một con chim sáo.", "Do you keep birds?" as "Bạn có nuôi chim không?", "He
    no longer keeps parrots." as "Anh ấy không còn nuôi vẹt nữa.", "My grandfather likes keeping birds." as "Ông tôi
    thích nuôi chim." (_KEEP_EN); None for anything else, where a verb or a count does not agree ("She keep", "two
    canary", "a birds"), and "no longer" asked ("Does he no longer keep birds?")."""
    m = _KEEP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := person_of(m, bool(m["q"]), "en")) is None:
        return None
    who_, one = said
    does, verb, n, bird = (m["q"] or m["not"] or "").lower(), m["verb"], (m["n"] or "").lower(), m["bird"].lower()
    like, single = not verb.startswith("keep"), bird in _ONES
    if does and (verb.endswith("s") or does.startswith("does") != one) or not does and verb.endswith("s") != one:
        return None
    if like != bool(m["ing"]) or m["more"] and not m["not"] or m["still"] and m["not"] or m["nolonger"] and (
            m["not"] or m["still"] or m["q"]) or m["really"] and (not like or m["q"] or m["not"]):
        return None
    if single != (n in ("a", "an", "one", "1")) or n in ("a", "an") and a_or_an(bird) != n:
        return None
    vi = KINDS_VI[bird]
    if like:
        if m["still"] or m["nolonger"] or n or verb.startswith("love") and (m["q"] or m["not"] or m["really"]):
            return None
        likes = "rất thích" if verb.startswith("love") or m["really"] else "thích"
        return capitalised(f"{who_} có thích nuôi {vi} không?" if m["q"] else
                           f"{who_} {'không thích' if m['not'] else likes} nuôi {vi}.")
    if n:
        if m["q"] or m["not"] or m["still"] or m["nolonger"]:
            return None
        return capitalised(f"{who_} nuôi {'một' if n in ('a', 'an') else EN_TO_VI.get(n, n)} con {vi}.")
    if m["q"]:
        return capitalised(f"{who_} {'còn' if m['still'] else 'có'} nuôi {vi} không?")
    if m["not"] or m["nolonger"]:
        more = m["more"] or m["nolonger"]
        return capitalised(f"{who_} không {'còn ' * bool(more)}nuôi {vi}{' nữa' * bool(more)}.")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}nuôi {vi}.")


def _skill(text: str) -> str | None:
    """"Con chim của tôi hót rất hay." as "My bird sings beautifully.", "Con vẹt của tôi biết nói." as "My parrot can
    talk.", "Con vẹt của bạn có biết nói không?" as "Can your parrot talk?", "Con chim sáo này chưa biết nói." as "This
    myna bird can't talk yet." (_SKILL); None for anything else."""
    m = _SKILL.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or (bird := _bird(m)) is None:
        return None
    asked, nope, bird = keyed(m["asked"] or ""), keyed(m["not"] or ""), capitalised(bird)
    if asked == "không" and (not m["ask"] or nope or m["now"]) or asked == "chưa" and (m["ask"] or nope or m["now"]):
        return None
    if m["ask"] and not asked or m["now"] and nope:
        return None
    if m["can"]:
        verb = "talk" if keyed(m["can"]) == "nói" else "sing"
        if asked:
            return f"Can {bird[0].lower()}{bird[1:]} {verb}{' yet' * (asked == 'chưa')}?"
        can = "can't" if nope else "can"
        return f"{bird} {can} {verb}{' yet' * (nope == 'chưa')}{' now' * bool(m['now'])}."
    if nope or asked == "chưa" or (m["very"] or m["much"]) and (asked or m["badly"]):
        return None
    if asked:
        return None if m["badly"] else f"Does {bird[0].lower()}{bird[1:]} sing well?"
    if m["badly"]:
        return f"{bird} doesn't sing well."
    return f"{bird} sings {'beautifully' if m['very'] or m['much'] else 'well'}."


def _skill_vi(text: str) -> str | None:
    """"My bird sings beautifully." as "Con chim của tôi hót rất hay.", "Can your parrot talk?" as "Con vẹt của bạn có
    biết nói không?", "My parrot can't talk yet." as "Con vẹt của tôi chưa biết nói.", "Does your bird sing well?" as
    "Con chim của bạn có hót hay không?" (_SKILL_EN); None for anything else, and a verb that does not agree."""
    m = _SKILL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (bird := _bird_vi(m)) is None:
        return None
    q, aux, verb, how, yet = (m["q"] or "").lower(), " ".join((m["aux"] or "").split()), m["verb"], m["how"], m["yet"]
    bird, base = capitalised(bird), not verb.endswith("s")
    did = "nói" if verb.startswith(("talk", "speak")) else "hót"
    if base != bool(q or aux) or q and aux:
        return None
    if q == "can" or aux in ("can", "can't", "cannot"):
        if how or yet == "now" and aux != "can" or yet == "yet" and aux == "can":
            return None
        if q:
            return f"{bird} {'biết ' + did + ' chưa' if yet else 'có biết ' + did + ' không'}?"
        can = "biết" if aux == "can" else "chưa biết" if yet else "không biết"
        return f"{bird} {can} {did}{' rồi' * (yet == 'now')}."
    if yet or how and did == "nói" or not how and did == "hót":
        return None
    if did == "nói":  # ("My parrot talks.": it can)
        return f"{bird} có biết nói không?" if q else f"{bird} {'không ' * bool(aux)}biết nói."
    if q or aux:
        return None if how != "well" else f"{bird} có hót hay không?" if q else f"{bird} hót không hay."
    return f"{bird} hót {'hay' if how == 'well' else 'rất hay'}."


# the aspect of who's doing, English from Vietnamese: (what "{did}" stands for, the shape)
_ASPECTS = {"habit": ("s", "{who} {did}{rest}."), "asked": ("base", "{Do} {who} {did}{rest}?"),
            "not": ("base", "{who} {dont} {did}{rest}."), "just": ("part", "{who} {has} just {did}{rest}."),
            "done": ("part", "{who} {has} already {did}{rest}."), "past": ("part", "{who} {did}{rest}."),
            "ing": ("ing", "{who} {be} {did}{rest}."), "yet": ("part", "{Has} {who} {did}{rest} yet?"),
            "not yet": ("part", "{who} {hasnt} {did}{rest} yet.")}
_ASPECTS_VI = {"habit": "{who} {did}{every}.", "asked": "{who} có {did}{every} không?", "not": "{who} không {did}.",
               "just": "{who} vừa {did}.", "done": "{who} {did} rồi.", "past": "{who} đã {did}.",
               "ing": "{who} đang {did}.", "yet": "{who} đã {did} chưa?", "not yet": "{who} chưa {did}."}


def _aspect(m: re.Match) -> str | None:
    """The aspect of a match of _DO: a habit (every day, or food said, as mt/pets.py reads a plain verb), asked or
    not, just, done ("rồi"), past ("đã"), now ("đang"), asked yet or not yet; None for anything else."""
    aux, done, asked = keyed(m["aux"] or ""), bool(m["done"]), keyed(m["asked"] or "")
    every = bool(m["every"] or m["every0"])
    if bool(asked) != ("?" in m["end"]) or every and (aux not in ("", "có", "không") or done):
        return None
    # how often said twice (one would be lost), or before "không" ("Mỗi sáng tôi không …": never in the mornings, not
    # "not every morning")
    if m["every0"] and (m["every"] or aux == "không"):
        return None
    plain = every or m["food"]  # (a plain "Tôi treo lồng chim ra ban công." is a habit, or one past day?)
    if asked:
        return "asked" if aux == "có" and asked == "không" and not done and plain else "yet" if asked == "chưa" and \
            aux in ("", "đã") and not (done or every) else None
    if aux in ("", "có", "không") and not done:
        return None if not plain or aux == "có" else "not" if aux else "habit"
    return {("vừa", False): "just", ("vừa mới", False): "just", ("mới", False): "just", ("", True): "done",
            ("đã", True): "done", ("đã", False): "past", ("đang", False): "ing", ("chưa", False): "not yet"}.get(
        (aux, done))


def _doing(text: str) -> str | None:
    """"Ông tôi treo lồng chim ra ban công mỗi sáng." as "My grandfather hangs the birdcage out on the balcony every
    morning.", "Mẹ tôi cho chim sáo ăn cào cào." as "My mother feeds the myna bird grasshoppers.", "Bạn đã cho chim
    sáo ăn chưa?" as "Have you fed the myna bird yet?", "Mẹ tôi cho con chim của mẹ tôi ăn hạt kê." as "My mother
    feeds her bird millet." (_DO); None for anything else, "chim", "vẹt" fed with no food said (mt/pets.py's), and
    one's own bird by a name alone (his or hers?)."""
    m = _DO.fullmatch(text)
    if not m or (aspect := _aspect(m)) is None or (said := _person(m, aspect in ("asked", "yet"))) is None:
        return None
    who_, one = said
    if m["place"]:
        verb, rest = "hang", f" the birdcage {PLACES[keyed(m['place'])]}"
    else:
        bird = _bird(m) if m["con"] or keyed(m["bird"]).startswith("chim ") else None
        if bird is None or not m["food"] and keyed(m["bird"]) in ("chim", "vẹt"):
            return None
        if m["someone"] and someone(m["someone"], "vi") == who_:  # (one's own: "her bird", not "my mother's")
            own = whose_own(m, who_)
            if own is None:  # ("Lan cho con vẹt của Lan ăn": his or hers?)
                return None
            bird = f"{own} {KINDS[keyed(m['bird'])][0]}"
        verb, rest = "feed", f" {bird}{' ' + FOODS[keyed(m['food'])] if m['food'] else ''}"
    every = m["every"] or m["every0"]
    rest += f" {EVERY[keyed(every)]}" if every else ""
    form, shape = _ASPECTS[aspect]
    forms = dict(zip(("base", "s", "part", "ing"), _FORMS[verb]))
    did = forms[form] if form != "s" or one else forms["base"]
    be = "am" if who_ == "I" else "is" if one else "are"
    said = shape.format(who=who_, did=did, rest=rest, Do="Does" if one else "Do", dont="doesn't" if one else "don't",
                        has="has" if one else "have", Has="Has" if one else "Have", hasnt="hasn't" if one else
                        "haven't", be=be)
    return capitalised(said)


def _doing_vi(text: str) -> str | None:
    """"My grandfather hangs the birdcage out on the balcony every morning." as "Ông tôi treo lồng chim ra ban công
    mỗi sáng.", "She feeds her myna bird grasshoppers." as "Cô ấy cho con chim sáo ăn cào cào.", "I've just
    fed the parrot." as "Tôi vừa cho con vẹt ăn." (_DO_EN); None for anything else, and an auxiliary or a verb that does
    not agree with who."""
    m = _DO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := person_of(m, bool(m["q"]), "en")) is None:
        return None
    who_, one = said
    verb, form = _VERBS_EN[(m["hang"] or m["feed"]).lower()]
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    first, neg, q = (m["q"] or "").lower() or aux.split(" ")[0], "not" in aux, bool(m["q"])
    first = {"'ve": "have", "'re": "are", "'m": "am", "'s": "has" if form == 2 else "is"}.get(first, first)
    if first and not first_agrees(first, who_, one) or q and aux or first == "is" and form != 3:
        return None
    if first in ("has", "have") and form == 2:
        aspect = ("yet" if q else "not yet") if m["yet"] and not m["adv"] and (q or neg) else None if q or neg or \
            m["yet"] else "just" if m["adv"] == "just" else "done"
    elif first in ("am", "is", "are") and form == 3 and not (q or neg or m["adv"] or m["yet"]):
        aspect = "ing"
    elif first in ("do", "does") and form == 0 and not (m["adv"] or m["yet"]):
        aspect = "asked" if q else "not" if neg else None
    elif not first and form in (1, 0) and (form == 1) == one and not (m["adv"] or m["yet"]):
        aspect = "habit"
    else:
        past = not first and form == 2 and not m["yet"]  # ("We just fed the parrot.": just, as American says it)
        aspect = {"just": "just", "already": "done", None: "past"}[m["adv"]] if past else None
    if aspect is None or m["every"] and aspect not in ("habit", "asked", "not"):
        return None
    if m["hang"]:
        did = f"treo lồng chim {PLACES_VI[keyed(m['place'])]}"
        if aspect in ("habit", "asked", "not") and not m["every"]:
            return None  # (as in Vietnamese: a plain habit of hanging is not said without how often)
    else:
        own = own_thing(m, who_, one)  # ("She feeds her myna bird.": her own, as Vietnamese leaves it unsaid)
        if own is None:
            return None
        bird = f"con {KINDS_VI[m['bird'].lower()]}" + ("" if own else f" của {WHOSE_VI[m['owner'].lower()]}")
        did = f"cho {bird} ăn{' ' + FOODS_VI[m['food'].lower()] if m['food'] else ''}"
    every = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    return capitalised(_ASPECTS_VI[aspect].format(who=who_, did=did + (every if aspect == "not" else ""),
                                                  every=every))


def _out(text: str) -> str | None:
    """"Con chim sổ lồng rồi." as "The bird has got out of its cage.", "Con vẹt của tôi vừa bay ra khỏi lồng." as "My
    parrot has just flown out of its cage.", "Hôm qua con chim hoàng yến của Lan sổ lồng." as "Lan's canary got out of
    its cage yesterday." (_OUT); None for anything else, and with no tense said ("Con chim sổ lồng.")."""
    m = _OUT.fullmatch(text)
    if not m or "?" in m["end"] or (bird := _bird(m)) is None:
        return None
    aux, done, day = keyed(m["aux"] or ""), bool(m["done"]), keyed(m["day"] or "")
    got, part, past = ("got", "got", "got") if m["got"] else ("flew", "flown", "flew")
    away = (" and flew away", " and flown away") if m["away"] else ("", "")
    if m["flew"] and m["away"]:
        return None
    bird = capitalised(bird)
    if day:
        return f"{bird} {past} out of its cage{away[0]} {DAYS[day]}." if aux in ("", "đã") and not done else None
    if aux in ("vừa", "vừa mới", "mới"):
        return None if done else f"{bird} has just {part} out of its cage{away[1]}."
    if done:
        return f"{bird} has {part} out of its cage{away[1]}." if aux in ("", "đã") else None
    return f"{bird} {past} out of its cage{away[0]}." if aux == "đã" else None


def _out_vi(text: str) -> str | None:
    """"The bird has got out of its cage." as "Con chim sổ lồng rồi.", "My parrot has just escaped from its cage." as
    "Con vẹt của tôi vừa sổ lồng.", "Our canary flew out of its cage yesterday." as "Hôm qua con chim hoàng yến của
    chúng tôi bay ra khỏi lồng." (_OUT_EN); None for anything else, and a verb not of its tense ("has flew")."""
    m = _OUT_EN.fullmatch(text)
    if not m or (bird := _bird_vi(m)) is None:
        return None
    verb, has, away = (m["got"] or m["esc"] or m["flew"]).lower(), bool(m["has"]), keyed(m["away"] or "")
    part = verb in ("gotten", "flown") or verb in ("got", "escaped") and has
    if has != part or away and (away.endswith("flown away") != has or m["flew"]) or m["day"] and (has or m["just"]):
        return None
    out = "bay ra khỏi lồng" if m["flew"] else f"sổ lồng{' bay mất' * bool(away)}"
    if m["day"]:
        return f"{DAYS_VI[keyed(m['day'])].capitalize()} {bird} {out}."
    if m["just"]:
        return capitalised(f"{bird} vừa {out}.")
    return capitalised(f"{bird} {out} rồi." if has else f"{bird} đã {out}.")
