"""Ironing clothes as something someone does, both ways, written whole by rule: who is ironing, has ironed, has to
iron, likes or hates ironing, knows how to, can or can't, irons their own things, who irons whose, and how often.
v8 (the rules on) reads "ủi" as comforting or brewing, "là" as being, and "iron" as the metal, "sắt": "Tôi ghét là
quần áo." → "I hate clothes.", "Anh ấy không biết là quần áo." → "He didn't know that clothes.", "Bố tôi tự ủi áo sơ
mi." → "My father comforted her own shirt.", "Ai ủi quần áo cho bạn?" → "Who comforts you?", "Bạn đang ủi quần áo à?"
→ "Are you comforting clothes?", "Mẹ tôi ủi quần áo cho tôi." → "My mother gave me a clothes."; and back, "I'm
ironing clothes." → "Tôi đang mặc quần áo sắt.", "He doesn't know how to iron clothes." → "Anh ta không biết cách sắt
quần áo.", "I hate ironing." → "Tôi ghét sắt.", "Who irons your clothes?" → "Ai có thể sắt quần áo của bạn?", "I
rarely iron my clothes." → "Tôi hiếm khi sắt quần áo của tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) irons the clothes ("quần áo", "đồ"; "clothes") or a thing of
mt.laundry.CLOTHES, whose said (mt.terms.OWNERS, mt.hobbies.SOMEONE, "cho" whom) or their own: now ("đang"; asked
"… à?", "có đang … không?"), has to ("phải"), has done it ("đã … rồi", "vừa", "… chưa?", "chưa …"), likes or hates
ironing ("thích", "ghét", denied, asked), knows how to ("biết"), can or can't ("có thể", "không thể"), does it
themselves ("tự": mt.text.EN_SELF, "his own"), as a habit (mt.hobbies.SELDOM, EVERY; HABIT_VI back), for someone
("ủi quần áo cho tôi": "irons my clothes"); who ("Ai …?", "Who …?") irons, is ironing, has to, ironed a thing;
a thing of many ("họ", "our") as many ("their shirts"), but after "cái", "chiếc".
Left: what mt/chores.py ("đang ủi quần áo": doing the ironing, with "đã", "phải", habits) and mt/laundry.py ("đang
ủi áo sơ mi", "Have you ironed my shirt?") take first; "là" but after "đang", "phải", "thích", "ghét", "tự" and before
the clothes ("biết là", "có thể là", "thường là": know that, may be, is usually); a plain "ủi" with nothing of when
or whom (a habit, or now?), "không phải" (is not?), "sẽ", "will"; the iron itself and creased clothes
(mt/clothes_care.py), the iron too hot (mt/appliances.py), ironing boards, steaming, ironing among other chores, a
reason ("vì", "because"), a name alone with their own things (his or hers?), "his" or "her" after a name not known to
be a woman's ("Nam … her dress"), their own ("của mình") liked, hated or known how, "Ai … của mình?" (whose?), who
and whose alike in English ("Chị tôi ủi váy cho em gái tôi": "My sister … my sister's"), pets, and anything else.
mt.phrasebook.translate tries these after mt/teachers_day.py.

    >>> translate("Tôi ghét là quần áo.", "vi", "en"), translate("Who irons your clothes?", "en", "vi")
    ('I hate ironing.', 'Ai ủi quần áo cho bạn?')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import EVERY, EVERY_VI, HABIT_VI, SELDOM, SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, animal, as_whom, \
    often_said, someone, who, who_vi, whose_own
from .laundry import CLOTHES, CLOTHES_VI
from .lazy_re import lazy
from .names import woman_named
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_SELF, SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, be, capitalised, \
    contracted, keyed, present, progressive

# a cheap look before the regexes: each sentence of every text comes here ("là" only before the clothes)
_KEYS = {"vi": lazy(r"(?i:ủi|là\s+quần|là\s+áo|là\s+váy|là\s+đầm|là\s+chân|là\s+bộ|là\s+đồ)"), "en": lazy(r"(?i:iron)")}
# the things ironed, English one and many ("shirt" is "áo sơ mi" written back: a shirt ironed is a dress shirt)
_MANY = {"trousers", "jeans", "shorts"}
_PLURAL = {en: en if en in _MANY else f"{en}es" if en.endswith("ss") else f"{en}s" for en in set(CLOTHES.values())
           if en != "ao dai"}  # (an "áo dài" has no English many: left)
_CLOTHES = {vi: en for vi, en in CLOTHES.items() if en in _PLURAL}
_FORMS_EN = {form: en for en, many in _PLURAL.items() for form in (en, many)}
# ... looked up in small letters ("T-shirt" is "t-shirt" in mt.laundry.CLOTHES_VI; was a KeyError)
_FORM_OF = {form.lower(): en.lower() for form, en in _FORMS_EN.items()}
_THINGS_VI = {en: vi for en, vi in CLOTHES_VI.items() if en in _FORM_OF.values()} | {"shirt": "áo sơ mi"}
# whose says many people, and so many things ("their shirts"), but after "cái", "chiếc" (one)
_MANY_OWNERS = {"our", "their"}
_OBJ_WHOSE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
# what is said before the verb in Vietnamese, and the kind of sentence each makes ("là" is iron only after the first
# five: "biết là" is know that, "có thể là" may be)
_MODS = {"đang": "now", "phải": "must", "ghét": "hate", "thích": "like", "tự": "self", "biết": "know",
         "có thể": "can", "không thể": "cannot", "đã": "did", "vừa": "just", "vừa mới": "just", "mới": "just"}
_LA_AFTER = {"now", "must", "hate", "like", "self"}

_THING = (rf"(?:(?P<clothes>(?i:quần\s+áo|đồ))|(?:(?P<one>cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(_CLOTHES)})))"
          rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|\s+của\s+(?P<of>{SOMEONE}))?"
          rf"(?:\s+cho\s+{WHOM})?")
# who does it ("Tôi ghét ủi quần áo.", "Bạn có biết ủi quần áo không?", "Bố tôi tự ủi áo sơ mi.")
_DOES = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<yet>chưa)\s+)?(?:(?P<often>{alternatives(SELDOM)})"
             rf"\s+)?(?:(?P<mod>{alternatives(_MODS)})\s+)?(?P<verb>ủi|là)\s+{_THING}"
             rf"(?:\s+(?P<every>{alternatives(EVERY)}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|à|chưa))?"
             rf"{SOFTENED_END}")
# who does it, asked ("Ai ủi quần áo cho bạn?")
_ANYONE = lazy(rf"[Aa]i\s+(?:(?P<mod>đang|phải|đã|thường|hay)\s+)?ủi\s+{_THING}{SOFTENER}\s*(?P<end>\?+)")

# ... in English: the thing, whose ("my", "my mother's", "his own") or not
_THING_EN = (rf"(?:(?P<det>(?i:the|an?|{WHOSE_WORDS}))\s+|(?P<someone>{SOMEONE_EN})['’]s\s+)?(?:(?P<own>own)\s+)?"
             rf"(?P<thing>clothes|{alternatives(_FORMS_EN)})")
_DOES_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are|Am|Can|Have|Has)\s+)?{WHO_EN}"
                r"(?P<aux>\s+(?:do|does|is|are|am|can|has|have)(?:\s+not|n['’]t)?|\s+cannot|\s+can['’]t|"
                r"['’](?:m|s|re|ve))?"
                rf"(?:\s+(?P<adv>{alternatives(HABIT_VI)}|just|already|really))?\s+(?P<verb>irons|iron|ironed|"
                r"(?P<must>has|have)\s+to\s+iron|(?P<know>knows?)\s+how\s+to\s+iron|(?P<like>likes?|loves?|hates?)"
                rf"\s+ironing|ironing)(?:\s+{_THING_EN})?(?:\s+(?P<self>{alternatives(EN_SELF.values())}))?"
                rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_ANYONE_EN = lazy(rf"Who(?P<verb>\s+irons|\s+is\s+ironing|['’]s\s+ironing|\s+ironed|\s+has\s+to\s+iron|"
                  rf"\s+usually\s+irons)\s+{_THING_EN}\s*\?+")
# an auxiliary as _DOES_EN reads it (one word: "'s" by the verb after it)
_SHORT = {"'m": "am", "'re": "are", "'ve": "have", "cannot": "can not", "can't": "can not"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who irons the clothes or a thing of theirs, now, done, has
    to, likes or hates it, knows how to, can, does it themselves or how often, or who does it; None for any other."""
    if src == "vi":
        return _does(text) or _anyone(text)
    text = text.replace("’", "'")
    return _does_vi(text) or _anyone_vi(text)


def _whose(m: re.Match) -> str | None:
    """Whose the thing of a match of _THING is, in English, where said: "my" for "của tôi" or "cho tôi", "my
    mother's" for "của mẹ tôi"; "" where not said, None where said twice ("áo của tôi cho bạn")."""
    said = [g for g in ("owner", "of", "whom") if m[g] and keyed(m[g]) != "mình"]  # ("của mình": their own)
    if len(said) < sum(bool(m[g]) for g in ("owner", "of", "whom")) and m["whom"]:
        return None  # ("cho mình": to me, or to themselves?)
    if len(said) > 1:
        return None
    if not said:
        return ""
    if said[0] == "owner":
        return OWNERS[keyed(m["owner"])]
    whom = as_whom(m[said[0]], "vi") if said[0] == "whom" else someone(m["of"], "vi")
    return whom and (_OBJ_WHOSE.get(whom) or f"{whom}'s")


def _own_said(m: re.Match) -> bool:
    """Whether a match of _THING says the thing is who's own ("của mình"), which _whose does not count as said."""
    return keyed(m["owner"] or "") == "mình"


def _thing(m: re.Match, kind: str, own: str | None) -> str | None:
    """The thing of a match of _THING in English, as a sentence of `kind` says it: "the clothes", "my shirt" (one
    thing, "now", "must", "can", "did"; "our shirts" of many); "my clothes", "my shirts" (a habit, "self"); "shirts",
    "" (liked, hated: "ironing"); "clothes", "a shirt" (known how). `own` is who's own whose ("my", "her"; None where
    not known); None where the thing is not known to be whose, and who's own liked, hated or known how."""
    whose = _whose(m)
    if whose is None or whose and kind in ("hate", "like", "know", "self"):
        return None
    if _own_said(m) and kind in ("hate", "like", "know"):
        return None  # ("Tôi ghét ủi áo sơ mi của mình": not "I hate ironing shirts")
    one = _CLOTHES[keyed(m["thing"])] if m["thing"] else None
    many = _PLURAL[one] if one else "clothes"
    if kind in ("hate", "like"):
        return many if one else ""
    if kind == "know":
        return "" if keyed(m["clothes"] or "") == "đồ" else "clothes" if not one else \
            one if one in _MANY else f"{a_or_an(one)} {one}"
    if kind in ("habit", "self"):
        whose = whose or own
        return whose and f"{whose} {many}"
    if not one and not _own_said(m):
        return f"{whose or 'the'} clothes"
    whose = whose or own
    return whose and f"{whose} {many if whose in _MANY_OWNERS and not m['one'] else one or many}"


def _ended(said: str | None, end: str) -> str | None:
    """A sentence written ending in ".", ending as the source did where that was "!"."""
    return f"{said[:-1]}!" if said and said.endswith(".") and "!" in end else said


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _DOES asks ("có … không?", "… à?", "… chưa?"), False said; None for a "?" on a statement,
    "có" without "không", "không" both denying and asking."""
    asked, mod = keyed(m["asked"] or ""), keyed(m["mod"] or "")
    if bool(asked) != ("?" in m["end"]) or bool(m["ask"]) != (asked == "không" and mod != "có thể"):
        return None
    if asked and (m["not"] or m["yet"]):
        return None
    if asked == "chưa" and (mod not in ("", "đã") or m["often"] or m["every"] or m["done"]):
        return None
    return bool(asked)


def _does(text: str) -> str | None:
    """"Tôi ghét ủi quần áo." as "I hate ironing.", "Anh ấy không biết ủi quần áo." as "He doesn't know how to iron
    clothes.", "Bố tôi tự ủi áo sơ mi." as "My father irons his shirts himself.", "Bạn đang ủi quần áo à?" as "Are you
    ironing the clothes?", "Mẹ tôi ủi quần áo cho tôi." as "My mother irons my clothes.", "Tôi hiếm khi ủi áo sơ
    mi." as "I rarely iron my shirts." (_DOES); None for anything else."""
    m = _DOES.fullmatch(text)
    asked = _asked(m) if m else None
    said = None if asked is None or animal(m) else who(m, asked)
    if said is None:
        return None
    who_, one = said
    mod, often, every = keyed(m["mod"] or ""), keyed(m["often"] or ""), m["every"]
    kind = _MODS.get(mod, "")
    if kind in ("", "did") and (m["done"] or m["yet"] or keyed(m["asked"] or "") == "chưa"):
        kind = "done"
    kind = kind or "habit"
    if keyed(m["verb"]) == "là" and kind not in _LA_AFTER:
        return None  # ("biết là": know that; "có thể là": may be)
    if (often or every) and kind not in ("habit", "self") or often and every or \
            m["done"] and kind not in ("done", "did"):
        return None  # ("hay … mỗi sáng": often, or every morning?)
    if asked and who_ in ("I", "we") and kind not in ("must", "can"):
        return None  # ("Tôi có đang ủi quần áo không?": who asks that of themselves?)
    if m["not"] and kind not in ("hate", "like", "know") or m["yet"] and (kind != "done" or mod):
        return None
    if kind == "habit" and not (often or every) and (not m["whom"] or asked or who_ in ("I", "we", "you")):
        return None  # (a plain "Tôi ủi áo sơ mi.": a habit, or now? "Tôi ủi áo cho bạn.": an offer?)
    own = whose_own(m, who_)
    thing = _thing(m, kind, own)
    if thing is None or kind == "self" and not own or thing.startswith(f"{who_}'s "):
        return None  # ("Chị tôi ủi váy cho em gái tôi": "My sister irons my sister's dresses")
    denied = "not" if m["not"] else "yet" if m["yet"] else "already" if asked and m["done"] else ""
    return _ended(_english(kind, (who_, one), asked, denied, thing, often, every), m["end"])


def _english(kind: str, said: tuple[str, bool], asked: bool, not_: str, thing: str, often: str,
             every: str | None) -> str | None:
    """The English of a sentence of `kind` (of _MODS, "habit", "done") said of who (`said`: who, whether "-s"),
    denied (`not_`: "not", or "yet" for "chưa"; "already" for "rồi" asked): "I hate ironing.", "Does he know how to
    iron clothes?", "She irons her shirts herself.", "I haven't ironed my shirt yet."; None for a kind asked as
    English does not ask it."""
    (who_, one), obj = said, f" {thing}" if thing else ""
    do = "Does" if one else "Do"
    every = f" {EVERY[keyed(every)]}" if every else ""
    how = f" {often_said(often, bool(every))}" if often else ""
    have = "has" if one else "have"
    if kind == "now":
        return progressive(who_, be(who_), f"ironing{obj}", asked)
    if kind == "must":
        return f"{do} {who_} have to iron{obj}?" if asked else capitalised(f"{who_} {have} to iron{obj}.")
    if kind in ("hate", "like", "know"):
        tail = f"how to iron{obj}" if kind == "know" else f"ironing{obj}"
        return present(who_, one, kind, tail, asked, bool(not_))
    if kind in ("can", "cannot"):
        can = "can" if kind == "can" else "can't"
        return f"Can {who_} iron{obj}?" if asked else capitalised(f"{who_} {can} iron{obj}.")
    if kind in ("habit", "self"):
        self_ = f" {EN_SELF.get(who_) or ('himself' if thing.startswith('his') else 'herself')}" * (kind == "self")
        if asked:  # ("Bạn có không bao giờ …" is not said)
            return None if keyed(often) == "không bao giờ" else f"{do} {who_}{how} iron{obj}{self_}{every}?"
        return capitalised(f"{who_}{how} {'irons' if one else 'iron'}{obj}{self_}{every}.")
    if asked:  # ("Bạn đã ủi áo sơ mi chưa?"; "Bạn đã ủi … không?", "vừa … không?" are not asked so)
        if kind != "done":
            return None
        # ("… rồi à?" asks whether it is done already)
        return f"{have.capitalize()} {who_} already ironed{obj}?" if not_ == "already" else \
            f"{have.capitalize()} {who_} ironed{obj} yet?"
    if kind == "did":
        return capitalised(f"{who_} ironed{obj}.")
    if kind == "just":
        return capitalised(contracted(who_, f"{have} just ironed{obj}") + ".")
    if not_:
        return capitalised(f"{who_} {have}n't ironed{obj} yet.")
    return capitalised(contracted(who_, f"{have} already ironed{obj}") + ".")


def _anyone(text: str) -> str | None:
    """"Ai ủi quần áo cho bạn?" as "Who irons your clothes?", "Ai đang ủi áo sơ mi của tôi?" as "Who is ironing my
    shirt?", "Ai đã ủi quần áo?" as "Who ironed the clothes?" (_ANYONE); None for anything else, and a thing with no
    whose ("Ai ủi áo sơ mi?": whose shirts?)."""
    m = _ANYONE.fullmatch(text)
    whose = _whose(m) if m else None
    if whose is None or m["thing"] and not whose or _own_said(m):
        return None  # ("Ai ủi quần áo của mình?": whose, the asker's?)
    mod = keyed(m["mod"] or "")
    one = _CLOTHES[keyed(m["thing"])] if m["thing"] else None
    many = mod in ("", "thường", "hay") or whose in _MANY_OWNERS and not m["one"]  # (a habit; "their shirts")
    thing = f"{whose or 'the'} {(_PLURAL[one] if many else one) if one else 'clothes'}"
    verb = {"": "irons", "đang": "is ironing", "phải": "has to iron", "đã": "ironed", "thường": "usually irons",
            "hay": "often irons"}[mod]
    return f"Who {verb} {thing}?"


def _thing_vi(m: re.Match, kind: str, who_: str) -> tuple[str, str] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whose where not who's own, as a sentence of `kind` says
    it: ("quần áo", "") for "clothes", "the clothes", "my clothes" said by "I"; ("áo sơ mi", " cho bạn") for "your
    shirt" (a habit, "can"; " của bạn" for the rest); None for a thing not known to be one or many ("I iron shirt",
    "a shirts"), another's where `kind` does not take it, "own" but one's own ("I iron his own shirts"), and "his" or
    "her" after a name not known to be a woman's ("Nam … her dress": whose?)."""
    if not m["thing"]:  # ("I hate ironing.", "I can't iron.": the clothes)
        return ("quần áo", "") if kind in ("iron", "can", "know", "like", "ing") else None
    thing, det = m["thing"].lower(), (m["det"] or "").lower()
    base = _FORM_OF.get(thing)
    vi = "quần áo" if thing == "clothes" else _THINGS_VI[base]
    single = thing != "clothes" and thing == base and base not in _MANY
    if det in ("a", "an") and (not single or det != a_or_an(base)) or not det and not m["someone"] and single:
        return None
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else _name_his_her(m)
    if m["given"] and not own and det in ("his", "her"):
        return None  # ("Nam is ironing her dress", "Mary … his shirt": theirs, or another's?)
    if m["someone"]:
        whose = someone(m["someone"], "en")
    elif det in WHOSE_VI and not (det == own or own is None and det in ("his", "her")):
        whose = WHOSE_VI[det]  # (another's; a name's "his" or "her" is theirs: who else's?)
    else:
        whose = ""
    if whose is None or m["own"] and (whose or det not in WHOSE_VI):
        return None
    if not whose:
        return vi, ""
    return None if kind in ("know", "like") else (vi, f" {'cho' if kind in ('iron', 'can') else 'của'} {whose}")


def _aux(m: re.Match, kind: str) -> tuple[str, bool] | None:
    """The auxiliary of a match of _DOES_EN, asking or after who, as one word ("does", "is", "has", "can", "" for
    none), and whether "not" is said; None for "'s" where the verb does not tell "is" from "has"."""
    word = " ".join((m["q"] or m["aux"] or "").lower().split())
    word = _SHORT.get(word, word).replace("n't", " not")
    if word == "'s":
        word = {"ing": "is", "ironed": "has"}.get(kind, "")
        if not word:
            return None
    words = word.split()
    return (words[0] if words else ""), "not" in words


def _agrees(aux: str, m: re.Match, who_: str, one: bool) -> bool:
    """Whether the auxiliary (of _aux), or else the verb of a match of _DOES_EN, agrees with who ("she does", "I am",
    "he irons", "we have to")."""
    verb = m["verb"].split()[0].lower()
    if aux and verb.endswith("s"):  # ("Does he irons", "She doesn't knows")
        return False
    if aux == "am":
        return who_ == "tôi"
    if aux in ("does", "is", "has"):
        return one
    if aux in ("do", "are", "have"):
        return not one and not (aux == "are" and who_ == "tôi")
    if aux:  # ("can")
        return True
    return verb == "ironed" or verb != "ironing" and verb.endswith("s") == one


def _does_vi(text: str) -> str | None:
    """"I hate ironing." as "Tôi ghét ủi quần áo.", "He doesn't know how to iron clothes." as "Anh ấy không biết ủi
    quần áo.", "I'm ironing clothes." as "Tôi đang ủi quần áo.", "My father irons his shirts himself." as "Bố tôi tự
    ủi áo sơ mi.", "My mother irons my clothes." as "Mẹ tôi ủi quần áo cho tôi.", "Do you often iron your clothes?"
    as "Bạn có hay ủi quần áo không?" (_DOES_EN); None for anything else, where a verb does not agree with who, and
    for pets."""
    m = _DOES_EN.fullmatch(text)
    if not m or m["q"] and m["aux"] or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    verb = keyed(m["verb"])
    kind = "know" if m["know"] else "like" if m["like"] else "must" if m["must"] else \
        {"irons": "iron", "iron": "iron", "ironed": "ironed", "ironing": "ing"}[verb]
    said = _aux(m, kind)
    who_, one = who_vi(m)
    if said is None or not _agrees(said[0], m, who_, one):
        return None
    aux, not_ = said
    if aux == "can":  # ("Can you iron …?"; not "I can hate ironing")
        if kind != "iron":
            return None
        kind = "can"
    allowed = {"iron": ("", "do"), "can": ("can",), "ing": ("is", "am", "are"), "ironed": ("", "has", "have"),
               "must": ("", "do", "does"), "know": ("", "do", "does"), "like": ("", "do", "does")}
    if aux.replace("does", "do") not in allowed[kind] or aux in ("do", "does") and not (m["q"] or not_):
        return None  # ("I do iron my shirts": emphatic)
    adv, every, self_ = keyed(m["adv"] or ""), m["every"], keyed(m["self"] or "")
    if adv and adv not in {"iron": HABIT_VI, "ironed": ("just", "already"), "like": ("really",)}.get(kind, ()):
        return None
    if (every or self_ or m["own"]) and kind != "iron" or every and adv or \
            m["yet"] and not (kind == "ironed" and aux and (m["q"] or not_)):
        return None
    if self_ and self_ != _self(m, who_, self_):
        return None  # ("My mother irons her shirts himself.")
    thing = _thing_vi(m, kind, who_)
    if thing is None or (self_ or m["own"]) and thing[1]:
        return None
    if m["q"] and who_ in ("tôi", "chúng tôi") and kind not in ("must", "can"):
        return None  # ("Am I ironing?")
    return _ended(_vietnamese(kind, m, (who_, not_, bool(m["q"])), adv, thing, every), m["end"])


def _self(m: re.Match, who_: str, said: str) -> str:
    """The reflexive English says of who of a match of _DOES_EN: "myself" for "I", "herself" for "my mother" and
    "Lan", `said` ("himself" or "herself") for a name or kin that does not tell."""
    if m["who"]:
        pronoun = m["who"].lower()
        return EN_SELF["I" if pronoun == "i" else pronoun]
    whose = his_her(who_) or _name_his_her(m)
    return {"his": "himself", "her": "herself"}.get(whose or "", said if said in ("himself", "herself") else "")


def _name_his_her(m: re.Match) -> str | None:
    """"her" for a name of a match of _DOES_EN most often a woman's (mt.names.woman_named: "Lan"); None for any other
    (who knows whether "Nam", "Mary" is a man or a woman? English names are not told apart)."""
    return "her" if m["given"] and woman_named(m["given"]) else None


def _vietnamese(kind: str, m: re.Match, said: tuple[str, bool, bool], adv: str, thing: tuple[str, str],
                every: str | None) -> str | None:
    """The Vietnamese of a sentence of `kind` ("iron", "can", "ing", "ironed", "must", "know", "like") of a match of
    _DOES_EN, who (`said`: who, denied, asked) doing it to `thing` (of _thing_vi): "Tôi ghét ủi quần áo.", "Bạn có
    hay ủi quần áo không?", "Bố tôi tự ủi áo sơ mi."; None for what is not said so ("Do you love ironing?")."""
    who_, not_, asked = said
    obj = f"ủi {thing[0]}{thing[1]}"
    every_ = f" {EVERY_VI[keyed(every)]}" if every else ""
    if kind == "iron":
        self_ = "tự " if m["self"] or m["own"] else ""
        how = f"{HABIT_VI[adv]} " if adv else ""
        if not_ and (adv or self_):
            return None
        if asked:
            return None if adv == "never" else capitalised(f"{who_} có {how}{self_}{obj}{every_} không?")
        return capitalised(f"{who_} {'không ' * not_}{how}{self_}{obj}{every_}.")
    if kind == "like":
        verb = keyed(m["like"]).rstrip("s")
        if verb == "love" and (asked or not_) or adv and (asked or not_):
            return None
        vi = {"like": "thích", "love": "rất thích", "hate": "ghét"}[verb]
        vi = f"rất {vi}" if adv and verb != "love" else vi
    else:
        vi = {"can": "có thể", "ing": "đang", "must": "phải", "know": "biết"}.get(kind, "")
    if kind == "ironed":
        if asked:
            return None if adv else capitalised(f"{who_} đã {obj} chưa?")
        if not_:
            return None if adv else capitalised(f"{who_} chưa {obj}.")
        done = m["aux"] or adv == "already"
        return capitalised(f"{who_} vừa {obj}." if adv == "just" else f"{who_} đã {obj}{' rồi' * bool(done)}.")
    if kind in ("ing", "must") and not_:
        return None  # ("isn't ironing", "doesn't have to": not taken)
    if asked:
        return capitalised(f"{who_} {vi} {obj} không?" if kind == "can" else f"{who_} có {vi} {obj} không?")
    if not_:
        return capitalised(f"{who_} {'không thể' if kind == 'can' else 'không ' + vi} {obj}.")
    return capitalised(f"{who_} {vi} {obj}.")


def _anyone_vi(text: str) -> str | None:
    """"Who irons your clothes?" as "Ai ủi quần áo cho bạn?", "Who is ironing my shirt?" as "Ai đang ủi áo sơ mi
    của tôi?", "Who ironed the clothes?" as "Ai đã ủi quần áo?" (_ANYONE_EN); None for anything else, "a shirt",
    "own", and a thing not known to be one or many."""
    m = _ANYONE_EN.fullmatch(text)
    det = (m["det"] or "").lower() if m else ""
    if not m or m["own"] or det in ("", "a", "an") and not m["someone"]:
        return None
    thing = m["thing"].lower()
    vi = "quần áo" if thing == "clothes" else _THINGS_VI[_FORM_OF[thing]]
    whose = someone(m["someone"], "en") if m["someone"] else WHOSE_VI.get(det, "")
    if whose is None:
        return None
    verb = keyed(m["verb"]).replace("'s", "is")
    mod = {"irons": "", "is ironing": "đang ", "ironed": "đã ", "has to iron": "phải ",
           "usually irons": "thường "}[verb]
    tail = f" {'cho' if mod in ('', 'thường ') else 'của'} {whose}" if whose else ""
    return f"Ai {mod}ủi {vi}{tail}?"
