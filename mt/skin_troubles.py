"""Small skin troubles, both ways, written whole by rule: a splinter (and getting it out), blisters, chapped lips,
dry or cracked skin and heels, pimples breaking out, and head lice. v8 (rules on) reads "dằm" as a chin, "phồng
rộp" as swollen, "nứt nẻ" as "mẹ", "chấy" as snugged, and back "splinter" as acne, "chapped" as soaked, "lice" as
"licen": "Tay tôi bị dằm." → "My hand was chin.", "Tôi bị dằm vào tay." → "I'm chined into my hands.", "Chân tôi bị
phồng rộp vì đi giày mới." → "My foot was swollen because of the new shoes.", "Môi tôi bị nứt nẻ." → "My mother was
cracked.", "Da tay tôi bị khô." → "My hand was dry.", "Mặt tôi nổi nhiều mụn quá." → "My face is too much acne.",
"Con tôi bị chấy." → "My child was snugged."; "I've got a splinter in my finger." → "Tôi đã bị mụn trứng cá trong
ngón tay.", "Can you get the splinter out?" → "Bạn có thể bị splinter không?", "I have blisters on my hands." → "Tôi
có những kẻ giộp trên tay.", "My lips are chapped." → "Đôi môi của tôi bị ngâm.", "My heels are cracked." → "Món
giày của tôi bị nứt gãy.", "My son has head lice." → "Con trai tôi có đầu licen.".

Taken: who (mt.hobbies.WHO, WHO_EN; a part of whose first, "Tay tôi", or after, "vào tay") has a splinter in a hand,
finger or foot (said, asked); blisters on hands, feet, heels (from new shoes, rowing, digging; said, denied, asked;
"a lot of", "so many" said; "a blister on my heel" said); pimples on the face, forehead, chin, nose or back (of "we"
or "they", "faces"; "nhiều", "quá"; said, denied, asked), often ("hay", "thường"), before exams; head lice ("bị
chấy", "Đầu … có chấy"; "nits"); whose lips chapped, cracked or dry, hands chapped, heels cracked, the skin on hands,
face or feet dry or chapped ("quá", "lắm"; said, denied, asked); asking someone to get the splinter out, and not
getting it out. Left: pets, "anh", "chị", "em" alone saying it (mt.hobbies.who), "I" asked, a name alone or after
"em" or "bạn" where his or her hand is said, "spots" of kin but before exams (a child's rash, a father's age spots?),
bare "Tôi bị mụn.", "Da tôi bị khô." and "I have dandruff." (v8's right), "mụn cóc", "mụn nhọt", "mụn nước" (warts,
boils), pimples without a place or habit, hands dry or cracked ("khô", "nứt": wet, broken?), "rồi" and days, splinters
denied or of "we" or "they", "a blister" asked, rashes and itching (mt/symptoms.py), grazes, cuts, bruises (mt/casts.py,
mt/injuries.py), sunburn (mt/sunburn.py), bites (mt/bites.py), hair loss (mt/hair_loss.py), and anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Tay tôi bị dằm.", "vi", "en"), translate("My lips are chapped.", "en", "vi")
    ('I have a splinter in my hand.', 'Môi tôi bị nứt nẻ.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, WHOSE_OF, alternatives, capitalised, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:dằm|phồng|rộp|nẻ|nứt|môi|da\s|mụn|chấy)"),
         "en": lazy(r"(?i:splinter|blister|chapped|cracked|dry|pimple|spots|lice|nits)")}
# where a splinter goes in, blisters come up, pimples break out (the first Vietnamese of each is written back)
_IN = {"tay": "hand", "bàn tay": "hand", "ngón tay": "finger", "chân": "foot", "bàn chân": "foot",
       "ngón chân": "toe", "gót chân": "heel"}
_ON = {"tay": "hands", "bàn tay": "hands", "ngón tay": "fingers", "chân": "feet", "bàn chân": "feet",
       "ngón chân": "toes", "gót chân": "heels"}
_FACE = {"mặt": "face", "trán": "forehead", "cằm": "chin", "mũi": "nose", "lưng": "back"}
_IN_VI = {en: vi for vi, en in reversed(_IN.items())}
_ON_VI = {en: vi for vi, en in reversed(_ON.items())} | _IN_VI
_FACE_VI = {en: vi for vi, en in _FACE.items()}
# what blisters come from ("{}": whose shoes)
_WHY = {"đi giày mới": "from {} new shoes", "mang giày mới": "from {} new shoes", "chèo thuyền": "from rowing",
        "đào đất": "from digging", "cuốc đất": "from digging"}
_WHY_VI = {"rowing": "chèo thuyền", "digging": "đào đất"}
# whose lips, hands, heels, skin are chapped, cracked or dry (a part of skin is said "the skin on …")
_DRY = {"môi": "lips", "tay": "hands", "bàn tay": "hands", "gót chân": "heels", "da tay": "skin on hands",
        "da bàn tay": "skin on hands", "da mặt": "skin on face", "da chân": "skin on feet"}
_DRY_VI = {en: vi for vi, en in reversed(_DRY.items())}
# the state said of each ("nứt" hands may be broken, "khô" hands or heels just not wet: left)
_STATES = {"nứt nẻ": {"lips": "chapped", "hands": "chapped", "heels": "cracked", "skin": "chapped"},
           "nẻ": {"lips": "chapped", "hands": "chapped", "heels": "cracked", "skin": "chapped"},
           "nứt": {"lips": "cracked", "heels": "cracked", "skin": "cracked"}, "khô": {"lips": "dry", "skin": "dry"}}
_STATES_VI = {("lips", "chapped"): "nứt nẻ", ("lips", "cracked"): "nứt", ("lips", "dry"): "khô",
              ("hands", "chapped"): "nứt nẻ", ("hands", "cracked"): "nứt nẻ", ("heels", "cracked"): "nứt",
              ("skin", "chapped"): "nứt nẻ", ("skin", "cracked"): "nứt nẻ", ("skin", "dry"): "khô"}
_MUCH = {"quá": "so ", "lắm": "really "}
_MUCH_VI = {"so": " quá", "really": " lắm", "very": " lắm"}
_PETS = (" dog", " cat")  # (mt.hobbies.SOMEONE_EN's pets: "my dog's lips")

# whose part first ("Tay mẹ tôi …") or not, then who, and "có" asking or "không" denying
_OWNED = r"(?:(?P<part0>(?i:{}))\s+(?:của\s+)?)?" + WHO + r"\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
_SPLINTER = lazy(_OWNED.format(alternatives(_IN)) + rf"bị\s+dằm(?:\s+(?:đâm\s+)?(?:vào|ở)\s+(?P<part>(?i:"
                 rf"{alternatives(_IN)})))?{ASKED_END}")
_BLISTERS = lazy(_OWNED.format(alternatives(_ON)) + rf"bị\s+(?:phồng\s+rộp|phồng|rộp)(?:\s+(?:ở\s+)?(?P<part>"
                 rf"(?i:{alternatives(_ON)})))?(?:\s+(?:vì|do)\s+(?P<why>{alternatives(_WHY)}))?{ASKED_END}")
_PIMPLES = lazy(_OWNED.format(alternatives(_FACE)) + r"(?:(?P<often>hay|thường)\s+)?(?:bị\s+)?nổi\s+"
                rf"(?P<lots>nhiều\s+)?mụn(?:\s+(?:ở|trên)\s+(?P<part>(?i:{alternatives(_FACE)})))?(?P<exam>\s+trước"
                rf"\s+(?:mỗi\s+|các\s+)?(?:kỳ|kì)\s+thi)?(?:\s+(?P<much>quá|lắm))?{ASKED_END}")
_CHAPPED = lazy(_OWNED.format(alternatives(_DRY)) + r"(?:bị\s+)?(?P<state>nứt\s+nẻ|nẻ|nứt|khô)(?:\s+(?P<part>(?i:"
                rf"{alternatives(_DRY)})))?(?:\s+(?P<much>quá|lắm))?{ASKED_END}")
_LICE = lazy(rf"(?:(?P<part0>(?i:đầu))\s+(?:của\s+)?)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:bị|(?P<has>có))\s+chấy{ASKED_END}")
# the splinter got out ("Bạn lấy cái dằm ra giúp tôi được không?", "Tôi không lấy được cái dằm ra.")
_OUT = lazy(r"(?:(?P<you>(?i:bạn))\s+)?(?:có\s+thể\s+)?(?i:lấy)\s+(?:cái\s+)?dằm(?P<this>\s+này)?\s+ra"
            r"(?P<me>\s+(?:giúp|hộ)\s+tôi)?\s+(?:được\s+)?không\s*\?+")
_CANT = lazy(r"(?i:tôi)\s+không\s+(?:lấy\s+được\s+(?:cái\s+)?dằm\s+ra|lấy\s+(?:cái\s+)?dằm\s+ra\s+được)\s*[.!]*")

# ... and in English: who has what, where ("I've got a splinter in my finger.", "Does he have head lice?")
_HAS_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+got)?|['’](?:ve|s)\s+got|"
               r"\s+(?:do|does)(?:\s+not|n['’]t)\s+have|\s+(?:have|has)(?:\s+not|n['’]t)\s+got|\s+got)\s+"
               r"(?P<what>a\s+splinter|a\s+blister|blisters|pimples|spots|head\s+lice|nits|chapped\s+lips|"
               r"cracked\s+heels|(?P<many>(?:any|a\s+lot\s+of|lots\s+of|so\s+many)\s+)(?P<what2>blisters|pimples|"
               rf"spots))(?:\s+(?P<prep>in|on)\s+(?P<poss>(?i:{WHOSE_WORDS}))\s+(?P<part>[a-z]+))?(?:\s+from\s+"
               rf"(?:(?P<poss2>(?i:{WHOSE_WORDS}))\s+new\s+shoes|(?P<doing>rowing|digging)))?\s*(?P<end>[.!?]*)")
_OFTEN_EN = lazy(rf"{WHO_EN}\s+(?P<often>often|usually)\s+(?P<get>get|gets)\s+(?:pimples|(?P<spots>spots))(?:\s+on\s+"
                 rf"(?P<poss>(?i:{WHOSE_WORDS}))\s+(?P<part>[a-z]+))?(?P<exam>\s+before\s+exams)?\s*(?P<end>[.!]*)")
_DRY_EN = lazy(rf"(?:(?P<q>Are|Is)\s+)?(?P<skin>(?i:the)\s+skin\s+on\s+)?(?:(?P<owner>(?i:{WHOSE_WORDS}))|"
               r"(?P<named>" + SOMEONE_EN + r")['’]s)\s+(?P<part>lips|hands|heels|face|feet)"
               r"(?P<be>\s+(?:is|are)(?:\s+not|n['’]t)?|['’](?:s|re))?\s+(?:(?P<deg>so|really|very)\s+)?"
               r"(?P<adj>chapped|cracked|dry)\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(r"(?:Can|Could)\s+you\s+(?:please\s+)?get\s+(?P<det>the|this)\s+splinter\s+out(?P<me>\s+for\s+me)?"
               r"(?:\s*,?\s+please)?\s*\?+")
_CANT_EN = lazy(r"I\s+(?:can['’]t|cannot|can\s+not)\s+get\s+the\s+splinter\s+out\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has a splinter, blisters, pimples or head lice, whose lips,
    hands, heels or skin are chapped, cracked or dry, or asks to get a splinter out; None for any other."""
    if src == "vi":
        return (_splinter(text) or _blisters(text) or _pimples(text) or _chapped(text) or _lice(text) or
                _out(text))
    return _has_vi(text) or _often_vi(text) or _dry_vi(text) or _out_vi(text)


def _said(pattern, text: str) -> tuple[re.Match, bool, str, bool] | None:
    """A match of `pattern` (whose part said once, before who or after the trouble), whether it asks ("có …
    không?"), who in English and whether one ("she has"); None where it does not match, asks without "có" or says
    with it, asks of "I", or who is a pet."""
    m = pattern.fullmatch(text)
    if not m or m["part0"] and m.groupdict().get("part") or animal(m):
        return None
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["not"] or not (m["ask"] or
                                                                                          m.groupdict().get("has"))):
        return None
    said = who(m, asked)
    return None if not said or asked and said[0] == "I" else (m, asked, *said)


def _part(m: re.Match, table: dict[str, str]) -> str | None:
    """The part of a Vietnamese match in English, by `table`; None for none said."""
    part = m["part0"] or m.groupdict().get("part")
    return table[keyed(part)] if part else None


def _poss(m: re.Match, who_: str) -> str | None:
    """Whose hand, in English, of who of a match of WHO: "my" for "I", "her" for "mẹ tôi", "their" for "con tôi";
    None for a name alone or after "em" or "bạn" (his or her, not known)."""
    if who_ in EN_WHOSE:
        return EN_WHOSE[who_]
    if m["given"]:
        return None
    return his_her_of(m) or (None if m["titled"] else "their")  # ("Em Lan": not "their")


def _each(who_: str, part: str) -> str:
    """`part` of who in English, one for each of "we" or "they" ("our faces"; "Mặt chúng tôi" is said of one)."""
    return f"{part}s" if who_ in ("we", "they") and part in _FACE.values() else part


def _has(who_: str, one: bool, asked: bool, not_: str | None, what: str) -> str:
    """Who has `what`, in English: "I have …", "My mother has …", "Do you have …?", "She doesn't have …"."""
    return present(who_, one, "have", what, asked, bool(not_))


def _splinter(text: str) -> str | None:
    """"Tay tôi bị dằm." as "I have a splinter in my hand.", "Tôi bị dằm vào ngón tay." as "I have a splinter in my
    finger.", "Tay bạn có bị dằm không?" as "Do you have a splinter in your hand?" (_SPLINTER); None for anything
    else, denied ("không bị dằm": not natural said so), and "we" or "they"."""
    said = _said(_SPLINTER, text)
    if said is None or said[0]["not"] or said[2] in ("we", "they"):
        return None  # (one splinter in many hands?)
    m, asked, who_, one = said
    part, poss = _part(m, _IN), _poss(m, who_)
    if part and not poss:
        return None
    return _has(who_, one, asked, None, f"a splinter in {poss} {part}" if part else "a splinter")


def _blisters(text: str) -> str | None:
    """"Chân tôi bị phồng rộp vì đi giày mới." as "I have blisters on my feet from my new shoes.", "Tay tôi bị
    phồng." as "I have blisters on my hands.", "Chân bạn có bị phồng rộp không?" as "Do you have blisters on your
    feet?" (_BLISTERS); None for anything else, and no part said ("Tôi bị phồng.": swollen?)."""
    said = _said(_BLISTERS, text)
    if said is None or (part := _part(said[0], _ON)) is None or (poss := _poss(said[0], said[2])) is None:
        return None
    m, asked, who_, one = said
    why = f" {_WHY[keyed(m['why'])].format(poss)}" if m["why"] else ""
    return _has(who_, one, asked, m["not"], f"{'any ' * bool(m['not'])}blisters on {poss} {part}{why}")


def _pimples(text: str) -> str | None:
    """"Mặt tôi nổi nhiều mụn quá." as "I have so many pimples on my face.", "Tôi bị nổi mụn ở trán." as "I have
    pimples on my forehead.", "Tôi hay bị nổi mụn trước kỳ thi." as "I often get pimples before exams." (_PIMPLES);
    None for anything else, "quá" without "nhiều", and neither a place nor a habit said (bare "Tôi bị nổi mụn.");
    "Mặt chúng tôi" is "our faces"."""
    said = _said(_PIMPLES, text)
    if said is None:
        return None
    m, asked, who_, one = said
    part, poss = _part(m, _FACE), _poss(m, who_)
    if part and not poss or not (part or m["often"]) or m["much"] and not m["lots"] or m["exam"] and not m["often"]:
        return None
    on, exam = f" on {poss} {_each(who_, part)}" if part else "", " before exams" if m["exam"] else ""
    if m["often"]:
        if m["not"] or m["lots"]:
            return None
        return present(who_, one, "get", f"pimples{on}{exam}", asked, adverb="often ")
    lots = "" if not m["lots"] else "so many " if keyed(m["much"] or "") == "quá" else "a lot of "
    if lots and (asked or m["not"]):
        return None
    return _has(who_, one, asked, m["not"], f"{lots or 'any ' * bool(m['not'])}pimples{on}")


def _chapped(text: str) -> str | None:
    """"Môi tôi bị nứt nẻ." as "My lips are chapped.", "Gót chân tôi bị nứt." as "My heels are cracked.", "Da tay
    tôi bị khô." as "The skin on my hands is dry.", "Môi bạn có bị nẻ không?" as "Are your lips chapped?" (_CHAPPED);
    None for anything else, and a state not said of that part ("Tay tôi bị khô.")."""
    said = _said(_CHAPPED, text)
    if said is None or (part := _part(said[0], _DRY)) is None:
        return None
    m, asked, who_, _ = said
    adj = _STATES[keyed(m["state"])].get(part.split()[0])
    if adj is None or m["much"] and (asked or m["not"]):
        return None
    whose = EN_WHOSE.get(who_) or f"{who_}'s"
    what, be = (f"the skin on {whose} {_each(who_, part.split()[-1])}", "is") if part.startswith("skin") else \
        (f"{whose} {part}", "are")
    if asked:
        return f"{be.capitalize()} {what} {adj}?"
    much = _MUCH[keyed(m["much"])] if m["much"] else ""
    be += "n't" if m["not"] else ""
    return capitalised(f"{what} {be} {much}{adj}.")


def _lice(text: str) -> str | None:
    """"Con tôi bị chấy." as "My child has head lice.", "Đầu con tôi có chấy." as well, "Con bạn có bị chấy không?"
    as "Does your child have head lice?" (_LICE); None for anything else, "có chấy" without "Đầu", and pets."""
    said = _said(_LICE, text)
    if said is None or said[0]["has"] and not said[0]["part0"] or said[0]["has"] and said[0]["ask"]:
        return None
    m, asked, who_, one = said
    return _has(who_, one, asked, m["not"], "head lice")


def _out(text: str) -> str | None:
    """"Bạn lấy cái dằm ra giúp tôi được không?" as "Can you get the splinter out for me?" (_OUT), "Tôi không lấy
    được cái dằm ra." as "I can't get the splinter out." (_CANT); None for anything else."""
    if (m := _OUT.fullmatch(text)) and (m["you"] or m["me"]):  # (neither: can it be got out, or can you?)
        return f"Can you get {'this' if m['this'] else 'the'} splinter out{' for me' * bool(m['me'])}?"
    return "I can't get the splinter out." if _CANT.fullmatch(text) else None


def _aux(m: re.Match) -> str:
    """The words asking or saying "have" of a match of _HAS_EN, in small letters, one space apart ("does have",
    "'ve got", "doesn't have")."""
    return " ".join(f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("’", "'").split())


def _own(m: re.Match, who_: str, poss: str | None) -> bool:
    """Whether whose hand or shoes (`poss`) of a match of WHO_EN is who's own ("I … my", "My son … his", "Lan …
    her"); True where none is said."""
    if not poss:
        return True
    poss = poss.lower()
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == poss
    own = None if m["given"] else his_her(who_)
    return poss == own if own else poss in ("his", "her") or poss == "their" and not m["given"]


def _has_vi(text: str) -> str | None:
    """"I've got a splinter in my finger." as "Ngón tay tôi bị dằm.", "I have blisters on my feet from my new
    shoes." as "Chân tôi bị phồng rộp vì đi giày mới.", "I've got a lot of spots on my face." as "Mặt tôi nổi nhiều
    mụn.", "Does your son have head lice?" as "Con trai bạn có bị chấy không?", "I have chapped lips." as "Môi tôi
    bị nứt nẻ." (_HAS_EN); None for anything else, a verb not agreeing ("She have"), whose not who's own, pets,
    what not said there ("a splinter on", "pimples on my hands"), and "spots" of kin ("My son": a rash?)."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = _aux(m)
    if m["q"]:
        said = "ask" if aux in ("do have", "does have", "have got", "has got") else None
    else:
        said = "" if aux in ("have", "has", "'ve got", "'s got", "have got", "has got") else \
            "not" if "not" in aux or "n't" in aux else None  # ("I got a splinter": when?)
    if said is None or (aux.split()[0] in ("does", "has", "'s", "doesn't", "hasn't")) != one or \
            not (_own(m, who_, m["poss"]) and _own(m, who_, m["poss2"])) or who_ == "tôi" and said == "ask":
        return None
    what, many = " ".join((m["what2"] or m["what"]).split()), " ".join((m["many"] or "").split())
    part, prep, asked, not_ = m["part"], m["prep"], said == "ask", said == "not"
    if many == "any" and not (asked or not_) or many not in ("", "any") and (asked or not_):
        return None
    if (m["poss2"] or m["doing"]) and what != "blisters":
        return None
    ask_end = " không?" if asked else "."
    how = "có bị" if asked else "không bị" if not_ else "bị"
    if what == "a splinter":
        if not_ or who_ in ("chúng tôi", "họ") or part and (prep != "in" or part not in _IN_VI):
            return None
        return capitalised(f"{_IN_VI[part]} {who_} {how} dằm{ask_end}" if part else f"{who_} {how} dằm{ask_end}")
    if what in ("blisters", "a blister"):
        if not part or prep != "on" or part not in _ON_VI or (what == "blisters") != (part in _ON.values()):
            return None
        if what == "a blister":
            return None if asked or not_ else capitalised(f"{who_} bị một vết phồng rộp ở {_ON_VI[part]}.")
        why = f" vì {_WHY_VI[m['doing']]}" if m["doing"] else " vì đi giày mới" if m["poss2"] else ""
        lots = {"a lot of": " nhiều chỗ", "lots of": " nhiều chỗ", "so many": " nhiều quá"}.get(many, "")
        return capitalised(f"{_ON_VI[part]} {who_} {how} phồng rộp{lots}{why}{ask_end}")
    if what in ("pimples", "spots"):
        if what == "spots" and m["kin"] or not part or prep != "on" or part not in _FACE_VI:
            return None
        lots = {"a lot of": "nhiều mụn", "lots of": "nhiều mụn", "so many": "nhiều mụn quá"}.get(many)
        return capitalised(f"{_FACE_VI[part]} {who_} nổi {lots}." if lots else
                           f"{_FACE_VI[part]} {who_} {how} nổi mụn{ask_end}")
    if part:
        return None
    if what in ("head lice", "nits"):
        return capitalised(f"{who_} {how} chấy{ask_end}")
    body, state = ("Môi", "nứt nẻ") if what == "chapped lips" else ("Gót chân", "nứt")
    return f"{body} {who_} {how} {state}{ask_end}"


def _often_vi(text: str) -> str | None:
    """"I often get spots before exams." as "Tôi hay bị nổi mụn trước kỳ thi.", "She usually gets pimples on her
    chin." as "Cô ấy thường bị nổi mụn ở cằm." (_OFTEN_EN); None for anything else, a verb not agreeing, and "spots"
    of kin but before exams."""
    m = _OFTEN_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if m["spots"] and m["kin"] and not m["exam"]:
        return None  # (a child's or a parent's spots: a rash, moles? before exams, pimples)
    if (m["get"] == "gets") != one or m["part"] and m["part"] not in _FACE_VI or not _own(m, who_, m["poss"]):
        return None
    on = f" ở {_FACE_VI[m['part']]}" if m["part"] else ""
    often = "hay" if m["often"] == "often" else "thường"
    return capitalised(f"{who_} {often} bị nổi mụn{on}{' trước kỳ thi' if m['exam'] else ''}.")


def _dry_vi(text: str) -> str | None:
    """"My lips are chapped." as "Môi tôi bị nứt nẻ.", "My heels are cracked." as "Gót chân tôi bị nứt.", "The skin
    on my hands is dry." as "Da tay tôi bị khô.", "Are your lips chapped?" as "Môi bạn có bị nứt nẻ không?"
    (_DRY_EN); None for anything else, "is" and "are" not agreeing, and "My hands are dry." (not wet?)."""
    m = _DRY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    be = " ".join(f"{m['q'] or ''} {m['be'] or ''}".lower().replace("’", "'").split())
    skin, part = bool(m["skin"]), m["part"]
    if not be.startswith(("is", "'s") if skin else ("are", "'re")) or \
            part not in (("hands", "face", "feet") if skin else ("lips", "hands", "heels")):
        return None
    state = _STATES_VI.get(("skin" if skin else part, m["adj"]))
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en")
    if state is None or whose is None or m["q"] and m["deg"] or m["named"] and keyed(m["named"]).endswith(_PETS):
        return None
    body = _DRY_VI[f"skin on {part}" if skin else part]
    if m["q"]:
        return capitalised(f"{body} {whose} có bị {state} không?")
    not_ = "không " if "not" in be or "n't" in be else ""
    much = _MUCH_VI[m["deg"]] if m["deg"] and not not_ else ""
    return None if m["deg"] and not_ else capitalised(f"{body} {whose} {not_}bị {state}{much}.")


def _out_vi(text: str) -> str | None:
    """"Can you get the splinter out?" as "Bạn lấy cái dằm ra được không?", "… out for me?" as "Bạn lấy cái dằm ra
    giúp tôi được không?" (_OUT_EN), "I can't get the splinter out." as "Tôi không lấy được cái dằm ra." (_CANT_EN);
    None for anything else."""
    if m := _OUT_EN.fullmatch(text):
        return f"Bạn lấy cái dằm{' này' if m['det'] == 'this' else ''} ra{' giúp tôi' if m['me'] else ''} được không?"
    return "Tôi không lấy được cái dằm ra." if _CANT_EN.fullmatch(text) else None
