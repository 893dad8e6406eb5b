"""Carrying a baby or a child, both ways, written whole by rule: in a sling ("địu"), in one's arms ("bế", "bồng", "ẵm"),
on one's back ("cõng") or shoulders ("công kênh"), a child wanting to be carried ("đòi bế"), and arms or a back tired
from carrying one. v8 (rules on) reads "địu" as taking or throwing, "cõng" as a gate, "công kênh" as a channel, "đòi" as
insisting or getting rid of, and "carry" as "mang", "sling" as a slide, "carried" as carried out: "Chị ấy địu con trên
lưng." → "She threw her on the back.", "Con tôi cứ đòi bế." → "I kept holding it.", "Tay tôi mỏi vì bế con cả ngày." →
"My hand was tired of holding him all day.", "Anh ấy đang công kênh con trai." → "He is on his son channel.", "Bạn có
hay địu con không?" → "Do you have or squiring?", "Hôm qua tôi địu con đi chợ." → "Yesterday, I walked to the market.",
"Lưng tôi đau vì cõng con." → "My sore I was painful."; "I carried my baby in a sling to the market." → "Tôi mang con
trong một chiếc trượt đến chợ.", "She carries her baby on her back." → "Cô mang đứa bé về phía sau.", "My child keeps
wanting to be carried." → "Con tôi vẫn muốn được thực hiện.", "Do you carry your baby in a sling?" → "Bạn có mang bé
trong nếp không?", "My son keeps wanting a piggyback." → "Con trai tôi vẫn muốn một con trai của tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN) carrying their own baby, son, daughter, little brother or sister, "em bé" (the baby)
or one with whose ("con tôi", "bé nhà tôi"), in a sling, on their back or front, in their arms or on their shoulders, to
the market, to work, to school, to the fields, home or upstairs, all day, every day: plain (a habit), "hay", "thường"
(often), "đang" (-ing), "đã" or a day behind (past), "sẽ" or a day ahead (will), "phải" (has to), "không" (doesn't),
asked ("có … không?"); "hold the baby" in English; a child (whose "con", "con trai", "con gái", "bé", or "em bé")
wanting to be carried or a piggyback: "cứ" (keeps), "hay" (often), "lúc nào cũng" (always), all day, asked; arms,
shoulders or a back tired or hurting from carrying one ("Tay tôi mỏi vì bế con cả ngày."). Left: a plain verb with a
place to go and no habit ("Tôi địu con đi chợ.": that once, or as a habit?), a "bế" with no how, how long or where to
but "đang" (-ing), a habit or "phải" ("Tôi bế con.", "Tôi đã bế con.": held then, or picked up?), a statement ending in
"thế", "vậy" (they say more), "bố", "mẹ" alone ("Bố đang cõng con.": "con" may be the child speaking, "me"), "em",
"bé", "con" alone as whom or who ("Mẹ địu em."), "cháu" (a grandchild, or the speaker?), whom a pronoun ("cõng tôi"),
a grandparent's own "con", a name's "con" or back (his, or hers?), "we" with one back, "anh", "chị", "em" saying it,
"I" asking, pets as who (in English too), a name's whose that is not theirs by the name ("Lan … his baby on his
back"), kin's own little brother or sister in English ("My mother … her little brother": "Mẹ tôi cõng em trai." reads
as mine), "carry" with no how ("I carried my baby.": in arms?), "hold" but of the baby, "doesn't want to be carried",
"phải" asked ("có phải …": is it you who?), "Bạn bế em bé giúp tôi một lát được không?" (v8 writes it nearly
well: "Could you hold my baby for me a while?"), and anything else. Births, newborns, fussy babies, looking after
children and plain aches are mt/babies.py's, newborns.py's, fussy_babies.py's, childcare.py's, aches.py's and
numbness.py's ("Tay tôi mỏi."); bags carried are mt/luggage.py's.
mt.phrasebook.translate tries these after mt/errands.py.

    >>> translate("Chị ấy địu con trên lưng.", "vi", "en"), translate("My son keeps wanting to be carried.", "en", "vi")
    ('She carries her baby on her back.', 'Con trai tôi cứ đòi bế.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, person_of, someone, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_WHO_VI, EN_WHOSE, STRESSED_SAID, WHOSE_OF, alternatives, be, capitalised, contracted,
                   keyed, present, progressive, stop)

_KEYS = {"vi": lazy(r"(?i:địu|bế|bồng|ẵm|cõng|công\s+kênh)"),
         "en": lazy(r"(?i:carry|carri|hold|held|piggyback|picked\s+up)")}
# how each verb carries, and where on one ("trên lưng" …) it may say so (English where, its whose filled in later)
_VERBS = {"địu": "sling", "bế": "arms", "bồng": "arms", "ẵm": "arms", "cõng": "back", "công kênh": "shoulders"}
_HOW = {("sling", ""): "in a sling", ("sling", "trên lưng"): "on {} back", ("sling", "sau lưng"): "on {} back",
        ("sling", "trước ngực"): "in a sling on {} front", ("arms", ""): "", ("arms", "trên tay"): "in {} arms",
        ("back", ""): "on {} back", ("back", "trên lưng"): "on {} back", ("back", "sau lưng"): "on {} back",
        ("shoulders", ""): "on {} shoulders", ("shoulders", "trên vai"): "on {} shoulders"}
_WHERE_VI = {"back": "trên lưng", "front": "trước ngực"}  # (sling in English, on a baby: "địu … trên lưng")
# whom: a baby in a sling or in the arms, a child on a back or shoulders (English, and "con" written back)
_YOUNG = {"con": "child", "con trai": "son", "con gái": "daughter", "em trai": "little brother",
          "em gái": "little sister", "em bé": "baby", "bé": "baby"}
_YOUNG_VI = {"baby": "con", "child": "con", "son": "con trai", "daughter": "con gái", "little brother": "em trai",
             "younger brother": "em trai", "little sister": "em gái", "younger sister": "em gái"}
_GOING = {"đi chợ": "to the market", "ra đồng": "to the fields", "đi làm đồng": "to the fields", "đi làm": "to work",
          "đi học": "to school", "về nhà": "home", "lên lầu": "upstairs", "lên gác": "upstairs"}
_GOING_VI = {en: vi for vi, en in reversed(_GOING.items())}
_LONG = {"cả ngày": "all day", "suốt ngày": "all day long"}
_LONG_VI = {en: vi for vi, en in _LONG.items()}
_EVERY = {vi: en for vi, en in EVERY.items() if en == "every day"}
# the days a carrying is said on: behind (carried), ahead (will carry)
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "ngày mai", "ngày kia", "tuần sau")
_DAYS_VI = {en: vi for vi, en in _DAYS.items()}
# the parts tired, and how English says each tired ("mỏi") or hurting ("đau")
_PARTS = {"tay": "arms", "cánh tay": "arms", "vai": "shoulders", "lưng": "back"}
_FEELS = {("mỏi", "arms"): "are tired", ("mỏi", "shoulders"): "ache", ("mỏi", "back"): "aches",
          ("đau", "arms"): "hurt", ("đau", "shoulders"): "hurt", ("đau", "back"): "hurts"}
_FEELS_VI = {"are tired": "mỏi", "is tired": "mỏi", "ache": "mỏi", "aches": "mỏi", "hurt": "đau", "hurts": "đau"}

# carrying whom, how, where to and how long, after who (Vietnamese), as _doing reads it
_DOING = (rf"(?P<verb>(?i:{alternatives(_VERBS)}))\s+(?P<young>(?i:{alternatives(_YOUNG)}))(?:\s+(?:nhà\s+|của\s+)?"
          rf"(?P<ywhose>(?i:{alternatives(OWNERS)})))?(?:\s+(?P<how>(?i:trên\s+lưng|sau\s+lưng|trước\s+ngực|trên\s+"
          rf"tay|trên\s+vai)))?(?:\s+(?P<going>(?i:{alternatives(_GOING)})))?(?:\s+(?P<long>(?i:"
          rf"{alternatives(_LONG)})))?")
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
# "Chị ấy địu con trên lưng.", "Bạn có hay địu con không?", "Hôm qua tôi địu con đi chợ."
_CARRY = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|đã|sẽ|phải|thường\s+hay|hay|thường|không)\s+)?"
              rf"{_DOING}(?:\s+(?P<every>(?i:{alternatives(_EVERY)})))?{ASKED_END}")
# a child wanting to be carried ("Con tôi cứ đòi bế.", "Con bạn có hay đòi bế không?")
_CHILD = (rf"(?:(?P<kin>(?i:con\s+trai|con\s+gái|con))|(?P<baby>(?i:em\s+bé|bé)))(?:\s+(?:nhà\s+|của\s+)?"
          rf"(?P<whose>(?i:{alternatives(OWNERS)})))?")
_WANTS = lazy(rf"{_CHILD}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>cứ|hay|thường|lúc\s+nào\s+cũng)\s+)?đòi\s+(?P<verb>(?i:"
              rf"bế|bồng|ẵm|cõng))(?:\s+(?P<long>(?i:{alternatives(_LONG)})))?{ASKED_END}")
# arms tired from it ("Tay tôi mỏi vì bế con cả ngày.", "Tôi mỏi tay vì bế con.")
_PART = rf"(?i:{alternatives(_PARTS)})"
_FROM = r"\s+(?:vì|do)\s+" + _DOING + r"\s*(?P<end>[.!]*)"
_TIRED = [lazy(rf"(?P<part>{_PART})\s+(?:của\s+)?{WHO}\s+(?:bị\s+)?(?P<feel>mỏi|đau){_FROM}"),
          lazy(rf"{WHO}\s+(?:bị\s+)?(?P<feel>mỏi|đau)\s+(?P<part>{_PART}){_FROM}")]

# ... and in English: whom ("my baby", "the baby"), how ("in a sling", "on her back"), where to, how long
_YOUNG_EN = (rf"(?P<yposs>(?i:{WHOSE_WORDS}|the))\s+(?P<young>baby|child|son|daughter|(?:little|younger)\s+"
             r"(?:brother|sister))")
_HOW_EN = (r"(?:\s+(?:(?P<sling>in\s+a\s+(?:sling|baby\s+carrier|carrier))|(?P<prep>on|in)\s+"
           rf"(?P<hposs>(?i:{WHOSE_WORDS}))\s+(?P<on>back|front|arms|shoulders)))?")
_GOING_EN = rf"(?:\s+(?P<going>{alternatives(_GOING_VI)}))?(?:\s+(?P<long>{alternatives(_LONG_VI)}))?"
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_CARRY_EN = lazy(rf"(?:(?P<day>{_DAY_EN})\s*,?\s+)?(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are|will|"
                 r"has\s+to|have\s+to|do\s+not|does\s+not)|['’](?:s|m|re|ll)|\s+(?:don|doesn)['’]t)?"
                 r"(?:\s+(?P<often>often))?\s+"
                 rf"(?P<verb>carry|carries|carried|carrying|hold|holds|held|holding)\s+{_YOUNG_EN}{_HOW_EN}"
                 rf"{_GOING_EN}(?:\s+(?P<every>every\s+day))?(?:\s+(?P<day2>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_WANTS_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<cposs>(?i:{WHOSE_WORDS}|the))\s+(?P<child>baby|child|son|daughter)"
                 r"(?:\s+(?P<how>keeps|always|often))?\s+(?P<want>wants|want|wanting|asks|ask|asking)\s+"
                 r"(?P<what>to\s+be\s+(?:carried|picked\s+up|held)|(?:for\s+)?a\s+piggyback(?:\s+ride)?)"
                 rf"(?:\s+(?P<long>{alternatives(_LONG_VI)}))?\s*(?P<end>[.!?]*)")
_TIRED_EN = lazy(rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<part>arms|shoulders|back)"
                 r"\s+(?P<feel>(?:are|is)\s+tired|aches?|hurts?)\s+from\s+(?P<verb>carrying|holding)\s+"
                 rf"{_YOUNG_EN}{_HOW_EN}{_GOING_EN}\s*(?P<end>[.!]*)")
_PRONOUNS = {vi: en for en, vi in EN_WHO_VI.items()}  # ("cô ấy": "she", as mt.hobbies.who_vi writes her)
_GRAND = ("ông", "bà")  # (a grandparent's "con": their own, or the speaker's parent long ago?)


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who carries a baby or child and how, a child wanting to be carried, or arms
    tired from carrying one; None for any other."""
    if src == "vi":
        return _carry(text) or _wants(text) or _tired(text)
    return _carry_vi(text) or _wants_vi(text) or _tired_vi(text)


def _doing(m: re.Match, own: str | None, grand: bool = False) -> str | None:
    """Whom a match of _DOING carries, how, where to and how long, in English after "carry" ("my baby in a sling to
    the market", "her son on her back"), `own` the carrier's whose ("her"); None where whose is needed and not known
    (a name's, a grandparent's "con"), for "bé" with no whose, a bare little brother or sister of any but a pronoun
    ("Mẹ tôi cõng em gái": mine, or hers?), and a how the verb does not carry by ("bế con trên lưng")."""
    young, kind = keyed(m["young"]), _VERBS[keyed(m["verb"])]
    how = _HOW.get((kind, keyed(m["how"] or "")))
    if how is None or young == "bé" and not m["ywhose"] or young.startswith("em ") and young != "em bé" and not (
            m["ywhose"] or m["who"]) or "{}" in how and own is None:
        return None
    whose = OWNERS[keyed(m["ywhose"])] if m["ywhose"] else "the" if young == "em bé" else None if grand else own
    noun = "baby" if young == "con" and kind in ("sling", "arms") else _YOUNG[young]
    if own in ("our", "their") and (" back" in how or " front" in how):
        return None  # ("Chúng tôi cõng con.": one child on two backs, or ours each on our own?)
    how = how.format(own)
    parts = [f"{whose} {noun}", how, _GOING.get(keyed(m["going"] or "")), _LONG.get(keyed(m["long"] or ""))]
    return whose and " ".join(filter(None, parts))


def _carry(text: str) -> str | None:
    """"Chị ấy địu con trên lưng." as "She carries her baby on her back.", "Tôi đang bế con." as "I'm carrying my
    baby.", "Bạn có hay địu con không?" as "Do you often carry your baby in a sling?", "Hôm qua tôi địu con đi chợ."
    as "I carried my baby in a sling to the market yesterday." (_CARRY); None for anything else, and for a plain verb
    with a place to go and no habit, a plain "bế" done or to be done, or a statement ending in "thế", "vậy"."""
    m = _CARRY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or em_speaking(m) or animal(m):
        return None
    if not asked and STRESSED_SAID.search(text):
        return None  # ("Tôi đang bế con thế.": "thế", "vậy" ending a statement say more)
    aux, day = keyed(m["aux"] or ""), keyed(m["day"] or "")
    way = NEAR_WAY.get(day)
    if asked and (aux not in ("", "hay", "thường") or day) or way == "behind" and aux not in ("", "đã") or (
            way == "ahead" and aux not in ("", "sẽ")):
        return None
    if m["every"] and (aux not in ("", "hay", "thường", "thường hay", "phải") or day):
        return None
    if m["going"] and not (aux or day or m["every"]) or aux == "không" and m["going"]:
        return None  # ("Tôi địu con đi chợ.": that once, or as a habit?)
    if _VERBS[keyed(m["verb"])] == "arms" and not (m["how"] or m["long"] or m["every"] or m["going"]) and (
            aux not in ("đang", "hay", "thường", "thường hay", "phải")):
        return None  # ("Tôi bế con.", "Tôi đã bế con.": picked up, held then, or carried as a habit?)
    said = person_of(m, asked)
    if said is None:
        return None
    who_, one = said
    doing = _doing(m, whose_own(m, who_), keyed(m["kin"] or "").split(" ")[0] in _GRAND)
    if doing is None:
        return None
    doing += f" {_EVERY[keyed(m['every'])]}" if m["every"] else ""
    when = f" {_DAYS[day]}" if day else ""
    if aux == "đã" or way == "behind":
        return capitalised(f"{who_} carried {doing}{when}{stop(m['end'])}")
    if aux == "sẽ" or way == "ahead":
        return capitalised(contracted(who_, f"will carry {doing}{when}") + stop(m["end"]))
    if aux == "đang":
        return progressive(who_, be(who_), f"carrying {doing}", end=m["end"])
    often = "often " if aux in ("hay", "thường", "thường hay") else ""
    verb = "have to carry" if aux == "phải" else "carry"
    return present(who_, one, verb, doing, asked, aux == "không", m["end"], often)


def _wants(text: str) -> str | None:
    """"Con tôi cứ đòi bế." as "My child keeps wanting to be carried.", "Bé nhà tôi lúc nào cũng đòi bế." as "My baby
    always wants to be carried.", "Con bạn có hay đòi bế không?" as "Does your child often want to be carried?",
    "Con gái tôi cứ đòi cõng." as "My daughter keeps wanting a piggyback." (_WANTS); None for anything else, and for
    "con" or "bé" with no whose ("Con cứ đòi bế.": the child speaking?), and a statement ending in "thế", "vậy"."""
    m = _WANTS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not asked and STRESSED_SAID.search(text):
        return None  # (and "Con tôi cứ đòi bế thế.": "thế", "vậy" ending a statement say more)
    if not (m["whose"] or keyed(m["baby"] or "") == "em bé"):
        return None  # ("Con cứ đòi bế.": the child speaking? "Bé" called so?)
    aux = keyed(m["aux"] or "")
    if asked and aux not in ("", "hay", "thường") or asked and m["whose"] and OWNERS[keyed(m["whose"])] == "my":
        return None
    whose = OWNERS[keyed(m["whose"])] if m["whose"] else "the"
    child = f"{whose} {'baby' if m['baby'] else _YOUNG[keyed(m['kin'])]}"
    what = "a piggyback" if keyed(m["verb"]) == "cõng" else "to be carried"
    what += f" {_LONG[keyed(m['long'])]}" if m["long"] else ""
    if aux == "cứ":
        return capitalised(f"{child} keeps wanting {what}{stop(m['end'])}")
    adverb = {"hay": "often ", "thường": "often ", "lúc nào cũng": "always "}.get(aux, "")
    return present(child, True, "want", what, asked, False, m["end"], adverb)


def _tired(text: str) -> str | None:
    """"Tay tôi mỏi vì bế con cả ngày." as "My arms are tired from carrying my baby all day.", "Tôi đau lưng vì cõng
    con." as "My back hurts from carrying my child on my back." (_TIRED); None for anything else."""
    m = next((m for p in _TIRED if (m := p.fullmatch(text))), None)
    if m is None or animal(m) or em_speaking(m) or (said := who(m, False)) is None:
        return None
    who_, part = said[0], _PARTS[keyed(m["part"])]
    doing = _doing(m, whose_own(m, who_), keyed(m["kin"] or "").split(" ")[0] in _GRAND)
    whose = EN_WHOSE.get(who_) or f"{who_}'s"
    return doing and capitalised(f"{whose} {part} {_FEELS[keyed(m['feel']), part]} from carrying {doing}"
                                 f"{stop(m['end'])}")


def _owns(who_: str, m: re.Match | None = None) -> set[str]:
    """The words for whose own in English of one said `who_` in Vietnamese ("tôi": {"my"}, "mẹ tôi": {"her"}, "Lan":
    {"her"}, "John": {"his"}; "Minh", "bạn tôi": {"his", "her"}), of a match `m` of WHO_EN where it is one."""
    if m is not None and m["who"]:
        return {WHOSE_OF[m["who"].lower()]}
    said = WHOSE_OF.get(_PRONOUNS.get(who_, "")) or his_her(who_) or named_his_her(who_)  # (a name: "Lan … his" not)
    return {said} if said else {"his", "her"}


def _doing_vi(m: re.Match, owns: set[str], who_: str, bare: bool = False, kin: bool = False) -> str | None:
    """Whom a match of _YOUNG_EN and _HOW_EN is carried by and how, in Vietnamese, with where to and how long ("địu
    con trên lưng đi chợ", "bế em bé", "cõng con trai"), `owns` the carrier's whose; None where how is not said (but
    for holding a baby, or `bare`: carrying that tired one), or not theirs ("on your back" of "she"), for a
    grandparent's own ("bà tôi bế con"), and for the own little brother or sister of one who is `kin` ("my
    mother")."""
    poss, young, verb = m["yposs"].lower(), " ".join(m["young"].split()), m["verb"].lower()
    on, how = m["on"], m["sling"] or m["prep"]
    if m["prep"] and (f"{m['prep']} {on}" not in ("on back", "on front", "in arms", "on shoulders") or
                      m["hposs"].lower() not in owns):
        return None
    if on == "front" and young != "baby" or poss == "the" and young != "baby":
        return None
    holding = verb.startswith(("hold", "held"))
    if holding and (how or young != "baby") or not (holding or how or bare):
        return None  # ("carry" needs a how; "hold" is of a baby, with no how)
    own = poss in owns
    if own and (who_.split(" ")[0] in _GRAND or kin and young.startswith(("little ", "younger "))):
        return None  # (a grandparent's "con"; "Mẹ tôi cõng em trai." reads as my little brother, not hers)
    whom = "em bé" if poss == "the" else _YOUNG_VI[young] if own else f"{_YOUNG_VI[young]} {WHOSE_VI[poss]}"
    if m["sling"] or on == "front" or on == "back" and young == "baby":
        doing = f"địu {whom}" + (f" {_WHERE_VI[on]}" if on else "")
    else:
        doing = f"{'cõng' if on == 'back' else 'công kênh' if on == 'shoulders' else 'bế'} {whom}" + (
            " trên tay" if on == "arms" else "")
    going = f" {_GOING_VI[m['going']]}" if m["going"] else ""
    return doing + going + (f" {_LONG_VI[m['long']]}" if m["long"] else "")


def _carry_vi(text: str) -> str | None:
    """"She carries her baby on her back." as "Cô ấy địu con trên lưng.", "I carried my baby in a sling to the
    market." as "Tôi đã địu con đi chợ.", "She's holding the baby." as "Cô ấy đang bế em bé.", "Do you carry your
    baby in a sling?" as "Bạn có địu con không?" (_CARRY_EN); None for anything else, and where the verb does not
    agree with who or the day with the tense, and for a pet carrying."""
    m = _CARRY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["day"] and m["day2"]:
        return None
    if animal(m):
        return None  # ("My cat is holding the baby.")
    who_, one = who_vi(m)
    aux, verb = " ".join((m["aux"] or "").lower().replace("’", "'").split()), m["verb"].lower()
    base, past = verb in ("carry", "hold"), verb in ("carried", "held")
    if m["q"]:
        mark = "có" if base and not aux and (m["q"] == "Does") == one else None
    elif aux in ("is", "am", "are", "'s", "'m", "'re"):
        mark = "đang" if verb.endswith("ing") and be_agrees(m, aux) else None
    elif aux in ("will", "'ll", "has to", "have to", "do not", "does not", "don't", "doesn't"):
        agrees = aux[:2] in ("wi", "'l") or aux.startswith(("has", "does")) == one
        mark = ("sẽ" if aux[:2] in ("wi", "'l") else "phải" if "to" in aux else "không") if base and agrees else None
    else:
        mark = "đã" if past else "" if verb in ("carries", "holds") and one or base and not one else None
    day = " ".join((m["day"] or m["day2"] or "").lower().split())
    way = NEAR_WAY.get(_DAYS_VI.get(day, ""))
    if mark is None or m["often"] and mark not in ("", "có") or day and {"behind": "đã", "ahead": "sẽ"}[way] != mark:
        return None
    if m["every"] and (mark not in ("", "có", "phải") or day) or mark == "có" and who_ == "tôi":
        return None  # (asked of oneself: "Do I carry my baby …?")
    if (doing := _doing_vi(m, _owns(who_, m), who_, kin=bool(m["kin"]))) is None:
        return None
    doing = ("hay " if m["often"] else "") + doing + (" mỗi ngày" if m["every"] else "")
    if mark == "có":
        return f"{capitalised(who_)} có {doing} không?"
    said = f"{who_} {mark} {doing}" if mark and not (day and mark == "đã") else f"{who_} {doing}"
    return capitalised(f"{_DAYS_VI[day]} {said}" if day else said) + stop(m["end"])


def _wants_vi(text: str) -> str | None:
    """"My child keeps wanting to be carried." as "Con tôi cứ đòi bế.", "My baby always wants to be picked up." as
    "Bé nhà tôi lúc nào cũng đòi bế.", "Does your son often want to be carried?" as "Con trai bạn có hay đòi bế
    không?", "My daughter wants a piggyback." as "Con gái tôi đòi cõng." (_WANTS_EN); None for anything else."""
    m = _WANTS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    poss, child, how, want, what = m["cposs"].lower(), m["child"], m["how"] or "", m["want"], m["what"]
    forms = {"": ("want", "ask"), "often": ("want", "ask")} if m["q"] else {
        "keeps": ("wanting", "asking"), "": ("wants", "asks"), "always": ("wants", "asks"), "often": ("wants", "asks")}
    piggy = not what.startswith("to ")
    if want not in forms.get(how, ()) or poss == "the" and child != "baby" or m["q"] and poss == "my" or (
            piggy and what.startswith("for ") != want.startswith("ask")):
        return None  # ("asks for a piggyback", "wants a piggyback"; not "wants for", "asks a piggyback")
    whose = WHOSE_VI[poss] if poss != "the" else ""
    who_ = ("em bé" if not whose else f"bé nhà {whose}") if child == "baby" else f"{_YOUNG_VI[child]} {whose}"
    aux = {"keeps": "cứ ", "always": "lúc nào cũng ", "often": "hay "}.get(how, "")
    said = f"{aux}đòi {'cõng' if piggy else 'bế'}" + (f" {_LONG_VI[m['long']]}" if m["long"] else "")
    return f"{capitalised(who_)} có {said} không?" if m["q"] else capitalised(f"{who_} {said}{stop(m['end'])}")


def _tired_vi(text: str) -> str | None:
    """"My arms are tired from carrying my baby all day." as "Tay tôi mỏi vì bế con cả ngày.", "My back hurts from
    carrying my son on my back." as "Lưng tôi đau vì cõng con trai." (_TIRED_EN); None for anything else, and where
    the verb does not agree with the part ("My arms is tired"), and a pet's."""
    m = _TIRED_EN.fullmatch(text)
    if not m or (m["part"] != "back") != (" ".join(m["feel"].split()) in ("are tired", "ache", "hurt")):
        return None
    said = m["someone"] and re.fullmatch(WHO_EN, " ".join(m["someone"].split()))  # (whose someone: kin, a name)
    if said and animal(said):
        return None  # ("My dog's back hurts …")
    who_ = WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")
    doing = who_ and _doing_vi(m, _owns(who_), who_, bare=True, kin=bool(said and said["kin"]))
    part = {"arms": "tay", "shoulders": "vai", "back": "lưng"}[m["part"]]
    return doing and capitalised(f"{part} {who_} {_FEELS_VI[' '.join(m['feel'].split())]} vì {doing}{stop(m['end'])}")
