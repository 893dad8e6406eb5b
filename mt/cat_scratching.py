"""A cat or a dog scratching, tearing or chewing things at home, and scratching posts, both ways, written by rule.
v8 (the rules on) reads "cào" as brought, rubbed or kept, "rách" as silk, "cắn" always as biting, "trụ cào móng" as
biting, and English "scratched" as grazed, "tore" as curious, "chewed" as covered: "Mèo nhà tôi cào hỏng ghế sofa." →
"Cats have broken sofa seats.", "Con mèo cào rách rèm cửa." → "The cat silked the door.", "Con mèo cứ cào ghế sofa." →
"The cat kept sofa seats.", "Con chó cắn nát giày của tôi." → "The dog bites my shoes.", "Tôi cần mua trụ cào móng cho
mèo." → "I need to buy my cat-biting."; "My cat scratched the sofa." → "Con mèo của tôi trầy xước cà phê." (coffee),
"The cat tore the curtains." → "Con mèo phải tò mò.", "The dog chewed up my shoes." → "Con chó này nhan đôi giày của
tôi.", "The cat keeps scratching the sofa." → "Con mèo vẫn giữ trầy xước cào.", "I need to buy a scratching post." →
"Tôi cần mua một bài viết xước.".

Taken: a cat or a dog ("con mèo", "mèo nhà tôi", "con chó của mẹ tôi", "con mèo này", "con mèo nhà hàng xóm"; "the
cat", "my dog", "Lan's cat", "the neighbours' cat", "kitten", "puppy") that scratched ("đã cào", "cào xước"),
scratched up ("cào hỏng"), tore ("cào rách", "cắn rách"), shredded ("cào nát") or chewed up ("cắn nát", "gặm nát") a
thing of _THINGS (a sofa, the curtains, a door, a rug, the wallpaper, the furniture; someone's shoes, slippers, socks):
on a day done (mt.floods.DAYS_DONE), again ("lại"), just ("vừa"), already ("… rồi": has); one that keeps ("cứ")
scratching or chewing it, is doing it ("đang"), often does ("hay", "thường"), never does, no longer does ("không …
nữa"), asked "có … không?" (does it?); who (mt.hobbies.WHO, WHO_EN) bought, just bought, already bought, has not yet
bought, needs, has, wants, plans, should or will buy a scratching post ("trụ cào móng"), for whose pet, asked "… chưa?";
a pet that won't or doesn't use its scratching post, asked. Left: "mèo", "chó" alone as the animal ("Mèo cào ghế
sofa.": a cat, cats?), "mình" as whose ("nhà mình": mine, or ours?), a bare "cào" or "cắn" with no tense or day ("Con
mèo cào cửa.": now, a habit, or done?), a plain "không" ("did not", or "does not"?), "ghế", "gối", "đệm", "tường",
"dép" alone (a chair or chairs, a pillow or a knee, a cushion or a mattress, a wall or walls, sandals or slippers?),
shoes with no one's (whose?), the thing said first ("Ghế sofa bị mèo cào rách."), "ruined" (scratched, or soiled?),
"kept scratching" (past), a dog's "tore" in English (with its teeth, or its claws?), several pets, "nhỉ", and "thế",
"vậy" statements; reviewed: a bare "mua" (bought, buys, or is buying?), "mình" buying (I, or we?), "We should" (us, or
you and us?), a count that does not fit ("chiếc giày": one shoe), "Con mèo mới …" (just, or the new cat?), kin's pet
or kin buying with "anh ấy", "cô ấy", "his", "her" as whose ("My mother's dog chewed up her shoes.": "cô ấy" is not
one's mother; "Con chó của bố tôi … của anh ấy": another's, "his" would be his); "Have we …?" is "chúng ta"; people
scratched (mt/animal_noises.py), bitten (mt/bites.py), claws clipped (mt/nails.py), baths and
fleas (mt/grooming.py).
mt.phrasebook.translate tries these after mt/blood_donation.py.

    >>> translate("Mèo nhà tôi cào hỏng ghế sofa.", "vi", "en"), translate("The cat tore the curtains.", "en", "vi")
    ('My cat scratched up the sofa.', 'Con mèo cào rách rèm cửa.')
"""
from __future__ import annotations

import re

from .floods import DAYS_DONE
from .hobbies import (SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, owner_of,
                      person_of, pet, someone, who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, stop)

_KEYS = {"vi": lazy(r"(?i:cào|gặm|cắn\s+(?:nát|hỏng|rách)|(?:cứ|đang|hay|thường|xuyên|đã|vừa|mới|lại|có|giờ|"
                    r"không|còn)\s+cắn)"),
         "en": lazy(r"(?i:scratch|\btore\b|\btorn\b|\bripped|shredded|\bchew)")}


def _groupless(pattern: str) -> str:
    """`pattern` with its named groups unnamed: a pet or a thing taken whole in a sentence, and read by its own."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _kin_his(whose: str | None, his: str | None) -> bool:
    """Whether whose said `whose` (in English: "my mother's", "Uncle Hung's"; in Vietnamese: "mẹ tôi") is kin or
    titled, and `his` is "his", "her" ("anh ấy", "cô ấy"): "My mother's dog chewed up her shoes." is hers, but
    "cô ấy" is not how one says one's mother; "Con chó của bố tôi … dép lê của anh ấy" is another man's, but "his"
    would be his; a name alone ("Lan's", "Lan") may be either."""
    return " " in (whose or "").strip() and keyed(his or "") in ("his", "her", "anh ấy", "cô ấy")


_PETS, _PETS_VI = {"mèo": "cat", "chó": "dog"}, {"cat": "mèo", "dog": "chó", "kitten": "mèo con", "puppy": "chó con"}
_OWN = alternatives(o for o in OWNERS if o != "mình")  # ("nhà mình": mine, or ours?)
# the pet: "con mèo", "mèo nhà tôi", "con chó của mẹ tôi", "con mèo này", "con mèo nhà hàng xóm"
_PET = (rf"(?i:(?P<con>con\s+)?(?P<pet>mèo|chó)(?:\s+(?:(?:của|nhà)\s+)?(?P<owner>{_OWN})|\s+(?:của|nhà)\s+"
        rf"(?:(?P<nb>hàng\s+xóm)|(?P<someone>{SOMEONE}))|\s+(?P<this>này))?)")
_PET_EN = (rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<nb>(?i:the|our|my)\s+neighbou?rs['’])|"
           rf"(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<pet>(?i:{alternatives(_PETS_VI)}))")
# the things scratched or chewed (those of _OWN_ONLY only with whose: "cắn nát giày" whose shoes?)
_THINGS = {"ghế sofa": "sofa", "ghế sô pha": "sofa", "ghế sô-pha": "sofa", "sofa": "sofa", "rèm cửa": "curtains",
           "rèm": "curtains", "cửa": "door", "cửa ra vào": "door", "thảm": "rug",
           "giấy dán tường": "wallpaper", "đồ đạc": "furniture", "đồ đạc trong nhà": "furniture",
           "đồ nội thất": "furniture", "nệm": "mattress", "cái ghế": "chair", "chiếc ghế": "chair", "cái gối": "pillow",
           "dây sạc": "charger cable", "giày": "shoes", "dép lê": "slippers", "tất": "socks"}
_THINGS_VI = {"sofa": "ghế sofa", "couch": "ghế sofa", "curtains": "rèm cửa", "curtain": "rèm cửa", "door": "cửa",
              "rug": "thảm", "carpet": "thảm", "wallpaper": "giấy dán tường", "furniture": "đồ đạc",
              "mattress": "nệm", "chair": "ghế", "pillow": "gối", "cushion": "gối tựa", "cushions": "gối tựa",
              "charger cable": "dây sạc", "charging cable": "dây sạc", "shoes": "giày", "slippers": "dép",
              "socks": "tất"}
_OWN_ONLY, _CAI = {"shoes", "slippers", "socks"}, {"ghế", "gối"}  # ("the chair": "cái ghế")
# the words counting a thing that fit it ("đôi giày": shoes; "chiếc giày": one shoe, "tấm rèm": one curtain, left)
_COUNTED = {"sofa": ("cái", "chiếc"), "door": ("cái", "chiếc"), "rug": ("cái", "chiếc", "tấm"),
            "mattress": ("cái", "chiếc", "tấm"), "charger cable": ("cái", "chiếc"), "shoes": ("đôi",),
            "slippers": ("đôi",), "socks": ("đôi",)}
_THING = (rf"(?i:(?:(?P<cl>cái|chiếc|tấm|đôi)\s+)?(?P<thing>{alternatives(_THINGS)})(?P<new>\s+mới)?(?:\s+của\s+"
          rf"(?:(?P<owner>{_OWN})|(?P<someone>{SOMEONE})))?)")
_THING_EN = (rf"(?:(?P<det>(?i:the|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<new>(?i:new)\s+)?"
             rf"(?P<thing>(?i:{alternatives(_THINGS_VI)}))")
_PET_RE, _PET_EN_RE, _THING_RE, _THING_EN_RE = map(lazy, (_PET, _PET_EN, _THING, _THING_EN))
_DAYS, _DAYS_VI = alternatives(DAYS_DONE), {en: vi for vi, en in reversed(DAYS_DONE.items())}

# what the pet did: the verb and what came of it ("cào rách": tore), and English's forms of each verb
_ACTS = {("cào", ""): "scratch", ("cào", "xước"): "scratch", ("cào", "hỏng"): "scratch up", ("cào", "rách"): "tear",
         ("cào", "nát"): "shred", ("cắn", ""): "chew", ("gặm", ""): "chew", ("cắn", "nát"): "chew up",
         ("gặm", "nát"): "chew up", ("cắn", "hỏng"): "chew up", ("gặm", "hỏng"): "chew up", ("cắn", "rách"): "tear"}
_FORMS = {"scratch": ("scratch", "scratches", "scratched", "scratched", "scratching"),
          "chew": ("chew", "chews", "chewed", "chewed", "chewing"),
          "tear": ("tear", "tears", "tore", "torn", "tearing"),
          "rip": ("rip", "rips", "ripped", "ripped", "ripping"),
          "shred": ("shred", "shreds", "shredded", "shredded", "shredding")}
_BASE, _S, _PAST, _PP, _ING = range(5)
# ... and back (a cat tears with its claws, a dog with its teeth; a bare "cào", "gặm" said with "đã" in the past)
_ACTS_VI = {"scratch": ("cào", "cào"), "scratch up": ("cào hỏng", "cào hỏng"), "tear": ("cào rách", None),
            "rip": ("cào rách", None), "shred": ("cào nát", "cắn nát"), "tear up": ("cào nát", "cắn nát"),
            "rip up": ("cào nát", "cắn nát"), "chew": ("gặm", "gặm"), "chew up": ("cắn nát", "cắn nát")}
# how the pet did it ("cứ": keeps doing it; "không … nữa": no longer), by what Vietnamese says before the verb,
# whether a result is said (None: either), and after the thing; a past ("{past}") may be said on a day, and a bare
# verb is past only on one ("Hôm qua con mèo cào cửa."; "Con mèo cào cửa.": now, a habit, or done?)
_DID = {("", None, ""): "{p} {past} {t}", ("đã", None, ""): "{p} {past} {t}",
        ("lại", None, ""): "{p} {past} {t} again",
        ("", None, "rồi"): "{p} has {pp} {t}", ("đã", None, "rồi"): "{p} has {pp} {t}",
        ("vừa", None, ""): "{p} has just {pp} {t}", ("cứ", False, ""): "{p} keeps {ing} {t}",
        ("cứ", False, "mãi"): "{p} keeps {ing} {t}", ("đang", False, ""): "{p} is {ing} {t}",
        ("hay", False, ""): "{p} often {s} {t}", ("không bao giờ", False, ""): "{p} never {s} {t}",
        ("không", False, "nữa"): "{p} doesn't {v} {t} any more", ("có", False, ""): "Does {p} {v} {t}"}
_SAME = {"mới": "vừa", "vừa mới": "vừa", "thường": "hay", "thường xuyên": "hay", "không còn": "không"}
_DID_VI = lazy(rf"(?:(?P<day0>(?i:{_DAYS}))\s*,?\s+)?(?P<pet>{_groupless(_PET)})\s+(?:(?P<ask>có)\s+|(?P<aux>đã|"
               r"vừa\s+mới|vừa|mới|lại|cứ|đang|hay|thường\s+xuyên|thường|không\s+bao\s+giờ|không\s+còn|không)\s+)?"
               rf"(?P<verb>(?i:cào|cắn|gặm))(?:\s+(?P<res>hỏng|rách|nát|xước))?\s+(?P<thing>{_groupless(_THING)})"
               rf"(?:\s+(?P<day>(?i:{_DAYS})))?(?:\s+(?P<on>mãi|nữa|rồi))?{ASKED_END}")
_DID_EN = lazy(rf"(?:(?P<day0>(?i:{alternatives(_DAYS_VI)}))\s*,?\s+)?(?:(?P<q>Does)\s+)?"
               rf"(?P<pet>{_groupless(_PET_EN)})(?P<aux>\s+has(?:\s+just)?|['’]s(?:\s+just)?|\s+just|\s+keeps|\s+is|"
               r"\s+often|\s+never|\s+doesn['’]t|\s+does\s+not)?\s+(?P<verb>[a-z]+(?:\s+up)?)\s+"
               rf"(?P<thing>{_groupless(_THING_EN)})(?:\s+(?P<again>again))?(?:\s+(?P<day>(?i:"
               rf"{alternatives(_DAYS_VI)})))?(?:\s+(?P<more>any\s?more))?\s*(?P<end>[.!?]*)")

# a scratching post bought, or to be ("Tôi cần mua trụ cào móng cho mèo."; a bare "mua": bought, buys, or is buying?),
# and one the pet will not use
_POST = r"(?i:trụ|cột)\s+cào\s+móng"
_BUY = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|chưa|cần|phải|muốn|định|nên|sẽ)\s+)?mua\s+(?:(?:một\s+)?"
            rf"(?:cái|chiếc)\s+|một\s+)?{_POST}(?P<new>\s+mới)?(?:\s+cho\s+(?P<pet>{_groupless(_PET)}))?"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
_BOUGHT = {"đã": "bought {t}", "vừa": "{have} just bought {t}", "rồi": "{have} already bought {t}",
           "chưa": "{have}n't bought {t} yet", "cần": "need{s} to buy {t}", "phải": "{have} to buy {t}",
           "muốn": "want{s} to buy {t}", "định": "{be} planning to buy {t}", "nên": "should buy {t}",
           "sẽ": "will buy {t}", "?": "{Have} {w} bought {t} yet?"}
_USE = lazy(rf"(?P<pet>{_groupless(_PET)})\s+(?:(?P<ask>có)\s+|(?P<not>không\s+chịu|không)\s+)(?:dùng|sử\s+dụng)\s+"
            rf"{_POST}{ASKED_END}")
_BUY_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+just|\s+already|\s+not|n['’]t)?|"
               r"['’](?:ve|s)(?:\s+just|\s+already|\s+not)?|\s+just|\s+(?:needs?|wants?|has|have)\s+to|\s+should|"
               r"\s+will|['’]ll|\s+(?:is|am|are)\s+planning\s+to|['’](?:m|re|s)\s+planning\s+to)?\s+"
               rf"(?P<verb>bought|buy)\s+(?P<det>an?)\s+(?P<new>new\s+)?scratching\s+post(?:\s+for\s+"
               rf"(?P<pet>{_groupless(_PET_EN)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_BOUGHT_VI = {("", "bought"): "đã mua {t}", ("just", "bought"): "vừa mua {t}", ("have just", "bought"): "vừa mua {t}",
              ("have", "bought"): "mua {t} rồi", ("have already", "bought"): "đã mua {t} rồi",
              ("have not", "bought"): "chưa mua {t}", ("need to", "buy"): "cần mua {t}",
              ("want to", "buy"): "muốn mua {t}", ("have to", "buy"): "phải mua {t}", ("should", "buy"): "nên mua {t}",
              ("will", "buy"): "sẽ mua {t}", ("be planning to", "buy"): "đang định mua {t}",
              ("have?", "bought"): "đã mua {t} chưa?"}
# ... and back, by what English says before the verb and the verb's form (those of _ONCE said of any verb; the others
# of "scratch", "chew" only: "keeps tearing" left)
_DID_VI_SHAPES = {("", _PAST): "{again}{past} {t}", ("has", _PP): "{v} {t} rồi", ("has just", _PP): "vừa {v} {t}",
                  ("just", _PAST): "vừa {v} {t}", ("keeps", _ING): "cứ {v} {t}", ("is", _ING): "đang {v} {t}",
                  ("often", _S): "hay {v} {t}", ("", _S): "{v} {t}", ("never", _S): "không bao giờ {v} {t}",
                  ("does not", _BASE): "không {v} {t}{more}", ("does", _BASE): "có {v} {t} không?"}
_ONCE = {"{again}{past} {t}", "{v} {t} rồi", "vừa {v} {t}"}
_USE_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<pet>{_groupless(_PET_EN)})(?P<aux>\s+won['’]t|\s+will\s+not|\s+doesn['’]t|"
               r"\s+does\s+not)?\s+(?P<verb>uses?)\s+(?:the|its)\s+scratching\s+post\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a cat or a dog scratching, tearing or chewing a thing at home, or of a
    scratching post bought or used; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _did(text) or _buy(text) or _use(text)
    text = text.replace("’", "'")
    return _did_vi(text) or _buy_vi(text) or _use_vi(text)


def _pet(said: str, bare: bool = False) -> str | None:
    """The pet of _PET in English: "the cat", "my dog", "Lan's cat", "this cat", "the neighbours' dog"; None for "mèo",
    "chó" alone (a cat, or cats?) but where `bare` ("cho mèo": for the cat), and for a pet's pet."""
    m = _PET_RE.fullmatch(said)
    if not m or not (bare or m["con"] or m["owner"] or m["someone"] or m["nb"] or m["this"]) or pet(m["someone"], "vi"):
        return None
    noun = _PETS[keyed(m["pet"])]
    whose = "this" if m["this"] else "the neighbours'" if m["nb"] else owner_of(m)
    return whose and f"{whose} {noun}"


def _pet_vi(said: str, bare: bool = False) -> str | None:
    """The pet of _PET_EN in Vietnamese: "con mèo", "con chó của tôi", "con mèo của Lan", "con mèo này", "con chó nhà
    hàng xóm"; "mèo" for "the cat" where `bare` ("cho mèo"); None for a pet's pet."""
    m = _PET_EN_RE.fullmatch(said)
    if not m or pet(m["someone"], "en"):
        return None
    noun, det = _PETS_VI[m["pet"].lower()], (m["det"] or "").lower()
    if m["nb"] or m["someone"]:
        named = "hàng xóm" if m["nb"] else someone(m["someone"], "en")
        return named and f"con {noun} {'nhà' if m['nb'] else 'của'} {named}"
    return noun if bare and det == "the" else f"con {noun}{' này' if det == 'this' else ''}" if det in (
        "the", "this") else f"con {noun} của {WHOSE_VI[det]}"


def _thing(said: str) -> str | None:
    """A thing of _THINGS in English: "the sofa", "my new shoes", "my mother's slippers"; None for shoes, slippers or
    socks of no one said, a count that does not fit the thing ("chiếc giày": one shoe), and for a pet's."""
    m = _THING_RE.fullmatch(said)
    noun = m and _THINGS[keyed(m["thing"])]
    whose = m and (None if pet(m["someone"], "vi") else owner_of(m, ""))
    if whose is None or noun in _OWN_ONLY and not whose or m["cl"] and keyed(m["cl"]) not in _COUNTED.get(noun, ()):
        return None
    return f"{whose or 'the'} {'new ' * bool(m['new'])}{noun}"


def _thing_vi(said: str) -> str | None:
    """A thing of _THINGS_VI in Vietnamese: "ghế sofa", "giày mới của tôi", "cái ghế" ("the chair"); None for a
    pet's."""
    m = _THING_EN_RE.fullmatch(said)
    if not m or pet(m["someone"], "en"):
        return None
    thing, det = _THINGS_VI[keyed(m["thing"])], (m["det"] or "").lower()
    whose = someone(m["someone"], "en") if m["someone"] else WHOSE_VI.get(det, "")
    if whose is None:
        return None
    thing = f"{'cái ' * (det == 'the' and thing in _CAI)}{thing}{' mới' * bool(m['new'])}"
    return f"{thing} của {whose}" if whose else thing


def _forms(verb: str) -> tuple[str, ...]:
    """The English forms of a verb of _FORMS, or of one with "up" after it ("scratch up": "scratched up")."""
    base, up = verb.split(" ")[0], " up" * verb.endswith(" up")
    return tuple(f"{form}{up}" for form in _FORMS[base])


def _did(text: str) -> str | None:
    """"Con mèo cào rách rèm cửa." as "The cat tore the curtains.", "Con mèo cứ cào ghế sofa." as "The cat keeps
    scratching the sofa." (_DID_VI, _DID); None for anything else, a result ("rách") or a day said but of the past,
    a day said twice, and "mới" after the pet alone ("Con mèo mới cào …": the cat just, or the new cat?)."""
    m = _DID_VI.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or m["day0"] and m["day"]:
        return None
    aux, res, on, day = keyed(m["aux"] or m["ask"] or ""), keyed(m["res"] or ""), keyed(m["on"] or ""), (
        m["day0"] or m["day"])
    aux, verb = _SAME.get(aux, aux), _ACTS.get((keyed(m["verb"]), res))
    shape = _DID.get((aux, bool(res), on)) or _DID.get((aux, None, on))
    if not shape or not verb or not (aux or res or on or day) or day and "{past}" not in shape or (
            pet_ := _pet(m["pet"])) is None or (thing := _thing(m["thing"])) is None:
        return None
    if _kin_his(owner_of(_PET_RE.fullmatch(m["pet"]), ""), _THING_RE.fullmatch(m["thing"])["owner"]) or keyed(
            m["aux"] or "") == "mới" and keyed(m["pet"]).endswith(("mèo", "chó")):
        return None  # ("… của mẹ tôi … của cô ấy": another woman's, not hers; "Con mèo mới cào …": just, or new?)
    base, s, past, pp, ing = _forms(verb)
    said = shape.format(p=pet_, t=thing, v=base, s=s, past=past, pp=pp, ing=ing)
    said += f" {DAYS_DONE[keyed(day)]}" if day else ""
    return f"{said}?" if asked else capitalised(said + stop(m["end"]))


def _buy(text: str) -> str | None:
    """"Tôi cần mua trụ cào móng cho mèo." as "I need to buy a scratching post for the cat.", "Bạn đã mua trụ cào móng
    chưa?" as "Have you bought a scratching post yet?" (_BUY, _BOUGHT); None for anything else, "I" asked, and a bare
    "mua"."""
    m = _BUY.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or em_speaking(m) or keyed(m["who"] or "") == "mình" or (
            said := person_of(m, bool(m["asked"]))) is None or m["pet"] and _kin_his(
            said[0], _PET_RE.fullmatch(m["pet"])["owner"]):
        return None  # ("Mình": I, or we?; "Bố tôi … cho mèo nhà anh ấy": another man's, but "his" would be his)
    aux = keyed(m["aux"] or "")
    aux = _SAME.get(aux, aux)
    if m["asked"] or m["done"]:  # ("… chưa?": have you yet?; "… rồi": already)
        aux = None if aux not in ("", "đã") or m["asked"] and m["done"] else "?" if m["asked"] else "rồi"
    pet_ = _pet(m["pet"], True) if m["pet"] else ""
    if aux not in _BOUGHT or pet_ is None:
        return None
    who_, one = said
    thing = f"a {'new ' * bool(m['new'])}scratching post{f' for {pet_}' * bool(pet_)}"
    said = _BOUGHT[aux].format(t=thing, have="has" if one else "have", Have="Has" if one else "Have", w=who_,
                               s="s" * one, be=be(who_))
    return said if aux == "?" else capitalised(contracted(who_, said) + stop(m["end"]))


def _use(text: str) -> str | None:
    """"Con mèo nhà tôi không chịu dùng trụ cào móng." as "My cat won't use the scratching post." (_USE); None for
    anything else."""
    m = _USE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (pet_ := _pet(m["pet"])) is None:
        return None
    if asked:
        return f"Does {pet_} use the scratching post?"
    return capitalised(f"{pet_} {'won' if 'chịu' in m['not'] else 'doesn'}'t use the scratching post{stop(m['end'])}")


def _did_vi(text: str) -> str | None:
    """"The cat tore the curtains." as "Con mèo cào rách rèm cửa.", "The dog chewed up my shoes." as "Con chó cắn nát
    giày của tôi." (_DID_EN, _DID_VI_SHAPES); None for anything else, a verb not agreeing, and a dog that tore."""
    m = _DID_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["q"]) != ("?" in m["end"]) or (pet_ := _pet_vi(m["pet"])) is None:
        return None
    first, up = keyed(m["verb"]).split(" ")[0], " up" * keyed(m["verb"]).endswith(" up")
    base = next((b for b, forms in _FORMS.items() if first in forms), "")
    acts, thing = _ACTS_VI.get(base + up), _thing_vi(m["thing"])
    if not acts or not thing or (act := acts[m["pet"].split()[-1].lower() in ("dog", "puppy")]) is None or _kin_his(
            _PET_EN_RE.fullmatch(m["pet"])["someone"], _THING_EN_RE.fullmatch(m["thing"])["det"]):
        return None  # ("My mother's dog chewed up her shoes.": hers, but not "của cô ấy")
    aux = "does" if m["q"] else keyed(m["aux"] or "").replace("doesn't", "does not")
    aux = aux.replace("'s", "is" if first.endswith("ing") else "has")
    shape = next((s for (a, k), s in _DID_VI_SHAPES.items() if a == aux and _FORMS[base][k] == first), None)
    day = m["day0"] or m["day"]
    if not shape or (day or m["again"]) and "{again}" not in shape or m["more"] and "{more}" not in shape or (
            base + up not in ("scratch", "chew") and shape not in _ONCE):
        return None
    past = f"đã {act}" if act in ("cào", "gặm") and not day and not m["again"] else act
    again, more = "lại " * bool(m["again"]), " nữa" * bool(m["more"])
    said = f"{pet_} {shape.format(v=act, t=thing, past=past, again=again, more=more)}"
    said = capitalised(f"{_DAYS_VI[keyed(day)]} {said}" if day else said)
    return said if said.endswith("?") else said + stop(m["end"])


def _buy_vi(text: str) -> str | None:
    """"I need to buy a scratching post for my cat." as "Tôi cần mua trụ cào móng cho con mèo của tôi.", "Have you
    bought a scratching post yet?" as "Bạn đã mua trụ cào móng chưa?" (_BUY_EN, _BOUGHT_VI); None for anything else,
    "an", "I" asked, a pet as who, and a verb not agreeing with who."""
    m = _BUY_EN.fullmatch(text)
    if not m or m["det"].lower() != "a" or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    said = f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("n't", " not").split()
    same = {"has": "have", "'ve": "have", "'s": "be" if "planning" in said else "have", "needs": "need",
            "wants": "want", "is": "be", "am": "be", "are": "be", "'m": "be", "'re": "be", "'ll": "will"}
    aux, first = " ".join(same.get(w, w) for w in said), said[0] if said else ""
    shape = _BOUGHT_VI.get((f"{aux}?" if m["q"] else aux, m["verb"]))
    who_, one = who_vi(m)
    if not shape or m["yet"] and "chưa" not in shape or m["q"] and who_ == "tôi" or not first_agrees(
            first, who_, one) or first in ("needs", "wants", "need", "want") and first.endswith("s") != one or (
            m["pet"] and _kin_his(who_ if m["kin"] else "", _PET_EN_RE.fullmatch(m["pet"])["det"])):
        return None  # ("My father bought … for his cat.": his, but not "của anh ấy")
    pet_ = _pet_vi(m["pet"], True) if m["pet"] else ""
    if pet_ is None or keyed(m["who"] or "") == "we" and aux == "should":  # ("We should": us, or you and us?)
        return None
    if keyed(m["who"] or "") == "we" and m["q"]:  # ("Have we …?" asks one of us: "chúng ta", and "our cat" ours)
        who_, pet_ = "chúng ta", pet_.replace("chúng tôi", "chúng ta")
    thing = f"trụ cào móng{' mới' * bool(m['new'])}{f' cho {pet_}' * bool(pet_)}"
    said = capitalised(f"{who_} {shape.format(t=thing)}")
    return said if m["q"] else said + stop(m["end"])


def _use_vi(text: str) -> str | None:
    """"My cat won't use the scratching post." as "Con mèo của tôi không chịu dùng trụ cào móng.", "Does your cat use
    the scratching post?" as "Con mèo của bạn có dùng trụ cào móng không?" (_USE_EN); None for anything else."""
    m = _USE_EN.fullmatch(text)
    aux = m and keyed(m["aux"] or "")
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "uses") != (not m["q"] and not aux) or (
            m["q"] and aux) or (pet_ := _pet_vi(m["pet"])) is None:
        return None
    if m["q"]:
        return capitalised(f"{pet_} có dùng trụ cào móng không?")
    denied = "không chịu " if aux.startswith(("won", "will")) else "không " * bool(aux)
    return capitalised(f"{pet_} {denied}dùng trụ cào móng{stop(m['end'])}")
