"""A child's nappies, potty training and wetting the bed, a nappy changed, and nappies run out, both ways, written whole
by rule. v8 (rules on) reads "đóng bỉm" as closing, "thay" as replacing, "tè dầm" as silk, "nappy" as joy: "Con tôi vẫn
còn đóng bỉm." → "I'm still closed.", "Tôi phải thay bỉm cho con." → "I have to replace my baby.", "Con tôi đang tập đi
vệ sinh." → "My child is toileting.", "Con gái tôi đã bỏ bỉm rồi." → "My daughter had left me.", "Con trai tôi vẫn còn
tè dầm." → "My son was still silk.", "Chúng tôi hết bỉm rồi." → "We're all right now."; "My son still wears nappies." →
"Con trai tôi vẫn đeo hạnh phúc.", "I need to change the baby's nappy." → "Tôi cần thay đổi niềm vui của em bé.",
"We're potty training our son." → "Chúng tôi đang đi vệ sinh con trai của chúng tôi.", "She's out of nappies now." →
"Giờ đây, cô ấy ra khỏi những điều vui vẻ.", "We've run out of nappies." → "Chúng tôi đã chạy khỏi những điều vui vẻ.".
("Anh ấy đang thay tã cho em bé." and "She's just started potty training her daughter." v8 writes well; taken too.)

Taken: a child ("em bé": the baby, "bé": the little one, mt.getting_lost.CHILDREN, young kin with whose, he, she, a
name) still or no longer in nappies ("đóng", "mặc" "bỉm", "tã"), out of them ("bỏ bỉm rồi", "… chưa?"), being or
already potty trained ("đang tập đi vệ sinh", "đang tập ngồi bô", "biết tự đi vệ sinh rồi"), still, often, again or
last night wetting the bed ("tè dầm", "đái dầm"), needing changing; who (mt.hobbies.WHO, WHO_EN) has to, needs to, is,
has just, has or will change a child's nappy ("cho con": the baby's), can ("… được không?", for me), "Let me …";
who is potty training a child or has started ("tập cho con đi vệ sinh", "cai bỉm cho con": the subject's child); we or
I out of nappies or almost, needing more. English says "nappy", Vietnamese "bỉm"; he and she as a child are "thằng bé",
"con bé". Left: I, we, you, they and "anh", "con" … alone as the child, elders, "She's out of nappies." (run out?),
"needs changing" but of a baby, a habit ("Tôi thay bỉm cho con."), other things run out (mt/supplies.py), firsts
(mt/milestones.py), bedtimes (mt/bedtimes.py).
mt.phrasebook.translate tries these after mt/hotels.py.

    >>> translate("Con tôi vẫn còn đóng bỉm.", "vi", "en"), translate("We're potty training our son.", "en", "vi")
    ('My child still wears nappies.', 'Chúng tôi đang tập cho con trai đi vệ sinh.')
"""
from __future__ import annotations

import re

from .getting_lost import CHILDREN, CHILDREN_VI
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .people import KIN_VI, NAMED_WHO, YOUNG_KIN, YOUNG_KIN_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, alternatives, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bỉm|tã|dầm|vệ\s+sinh|bô)"), "en": lazy(r"(?i:napp|diaper|potty|toilet|wet|needs\s+chang)")}
_NAPPY, _PEE, _NIGHT = r"(?:bỉm|tã(?:\s+lót)?)", r"(?:tè|đái)\s+dầm", r"(?i:tối\s+qua|đêm\s+qua)"
_WEAR = rf"(?:đóng|mặc|dùng)\s+{_NAPPY}"
# the child: the baby first ("Em bé" is not "Em", you), a child, "con" without whose (the subject's), or WHO
_CHILDREN = {vi: en for vi, en in CHILDREN.items() if en != "the children"}
_CHILDREN_EN = {en: vi for en, vi in CHILDREN_VI.items() if en not in ("the children", "the kids")}
_YOUNG = YOUNG_KIN - {"em"}  # (the young of a family but "em" alone, as this module has always read them)
_YOUNG_EN = YOUNG_KIN_EN - {"younger sibling"}
_CHILD = lazy(rf"(?P<baby>(?i:(?P<em>em\s+)?bé))(?:\s+(?:của|nhà)\s+(?P<owner>(?i:{alternatives(OWNERS)})))?|"
              rf"(?P<child>(?i:{alternatives(_CHILDREN)}))|(?P<con>(?i:con(?:\s+(?:trai|gái))?))|{WHO}")
_CHILD_EN = lazy(rf"(?P<baby>(?i:the|(?P<owner>{WHOSE_WORDS}))\s+(?i:baby|(?P<one>little\s+one)))|"
                 rf"(?P<child>(?i:{alternatives(_CHILDREN_EN)}))|{WHO_EN}")
_WHO, _WHO_EN = lazy(WHO), lazy(WHO_EN)

# still, or no longer, in nappies or wetting the bed ("Con tôi vẫn còn đóng bỉm.", "Con bạn còn tè dầm không?")
_STILL = lazy(rf"(?P<child>.+?)\s+(?:(?P<ask>có)\s+)?(?P<still>vẫn\s+còn|vẫn|còn)\s+(?:{_WEAR}|(?P<wet>{_PEE}))"
              rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_NO_MORE = lazy(rf"(?P<child>.+?)\s+không\s+(?:còn\s+)?(?:{_WEAR}|(?P<wet>{_PEE}))\s+nữa(?:\s+rồi)?{SOFTENED_END}")
_OFF = lazy(rf"(?P<child>.+?)\s+(?:đã\s+)?(?:bỏ|cai)\s+{_NAPPY}(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa)){SOFTENED_END}")
# wetting the bed often, again, last night ("Thằng bé lại tè dầm rồi.", "Tối qua con tôi tè dầm.")
_WET = lazy(rf"(?:(?P<day0>{_NIGHT})\s*,?\s+)?(?P<child>.+?)\s+(?:(?P<ask>có)\s+)?(?:(?P<often>hay|thường\s+xuyên)"
            rf"\s+|(?P<again>lại)\s+)?{_PEE}(?:\s+(?P<day>{_NIGHT}))?(?:\s+(?P<done>rồi)|\s+(?P<asked>không))?"
            rf"{SOFTENED_END}")
# who changes whose nappy ("Tôi phải thay bỉm cho con.", "Bạn thay bỉm cho bé giúp tôi được không?")
_CHANGE = lazy(rf"(?:(?P<let>Để)\s+)?(?P<carer>.+?)\s+(?:(?P<tense>phải|cần|đang|vừa\s+mới|vừa|đã|sẽ|có\s+thể)\s+)?"
               rf"thay\s+{_NAPPY}\s+cho\s+(?P<obj>.+?)(?P<help>\s+giúp\s+tôi)?(?:\s+(?P<done>rồi)|"
               rf"(?P<can>\s+được)?\s+(?P<asked>không))?{SOFTENED_END}")
_NEEDS = lazy(rf"(?P<child>.+?)\s+cần\s+(?:được\s+)?thay\s+{_NAPPY}(?:\s+rồi)?{SOFTENED_END}")
# potty training ("Chúng tôi đang tập cho con trai đi vệ sinh.", "Con tôi đang tập ngồi bô.")
_TRAIN = lazy(rf"(?P<carer>.+?)\s+(?P<tense>đang|(?:đã\s+)?bắt\s+đầu)\s+(?:tập\s+cho\s+(?P<obj>.+?)\s+"
              rf"(?:đi\s+vệ\s+sinh|ngồi\s+bô)|cai\s+{_NAPPY}\s+cho\s+(?P<obj2>.+?)){SOFTENED_END}")
_LEARNING = lazy(rf"(?P<child>.+?)\s+(?:đang\s+tập\s+(?:(?P<toilet>đi\s+vệ\s+sinh)|ngồi\s+bô)|(?:đã\s+)?biết\s+"
                 rf"(?:tự\s+)?đi\s+vệ\s+sinh(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))){SOFTENED_END}")
# run out, buy more ("Nhà hết bỉm rồi.", "Chúng ta cần mua thêm bỉm.")
_OUT = lazy(rf"(?:(?P<who>(?i:nhà(?:\s+mình)?|chúng\s+tôi|chúng\s+ta|tôi))\s+)?(?:(?P<almost>(?i:sắp))\s+)?(?i:hết)\s+"
            rf"{_NAPPY}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_BUY = lazy(rf"(?P<who>(?i:chúng\s+ta|chúng\s+tôi|tôi))\s+(?P<must>cần|phải)\s+mua\s+thêm\s+{_NAPPY}{SOFTENED_END}")

# ... and in English ("diapers" read too)
_NAPPIES, _NAPPY_EN, _END = r"(?:nappies|diapers)", r"(?:nappy|diaper)", r"\s*(?P<end>[.!?]*)"
_STILL_EN = lazy(rf"(?:(?P<do>Does|Is)\s+)?(?P<child>.+?)(?P<be>\s+is|['’]s)?\s+still\s+(?:(?P<verb>wears?|in)\s+"
                 rf"(?:{_NAPPIES}|a\s+{_NAPPY_EN})|(?P<wet>wets?)\s+the\s+bed){_END}")
_NO_MORE_EN = lazy(rf"(?P<child>.+?)\s+(?:doesn['’]t|does\s+not)\s+(?:wear\s+{_NAPPIES}|(?P<wet>wet)\s+the\s+bed)"
                   rf"\s+any\s*more{_END}")
_OUT_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<child>.+?)(?:(?P<be>\s+is|\s+are|\s+am|['’]s|['’]re|['’]m)|(?P<have>\s+have|"
               rf"['’]ve)\s+run)?(?:\s+(?P<almost>almost|nearly))?\s+(?P<low>out\s+of|running\s+low\s+on)\s+"
               rf"{_NAPPIES}(?:\s+(?P<when>now|yet))?{_END}")
_BUY_EN = lazy(rf"(?P<who>We|I)\s+(?P<must>need|have)\s+to\s+buy\s+(?:some\s+)?more\s+{_NAPPIES}{_END}")
_WET_EN = lazy(rf"(?:(?P<do>Does|Did)\s+)?(?P<child>.+?)\s+(?:(?P<often>often)\s+)?(?P<verb>wets|wet)\s+the\s+bed"
               rf"(?:\s+(?P<day>last\s+night|again))?{_END}")
_BE = r"\s+am|\s+is|\s+are|['’]m|['’]s|['’]re"
_CHANGE_EN = lazy(rf"(?:(?P<can>Can|Could)\s+|(?P<let>Let)\s+)?(?P<carer>.+?)(?P<aux>\s+(?:needs?|ha(?:ve|s))\s+to|"
                  rf"\s+must|\s+will|['’]ll|{_BE}|(?:['’]ve|\s+ha(?:ve|s))?\s+just)?\s+(?P<verb>change|changing|"
                  rf"changed)\s+(?P<obj>.+?)\s+{_NAPPY_EN}(?P<help>\s+for\s+me)?(?:,?\s+please)?{_END}")
_NEEDS_EN = lazy(rf"(?:(?P<obj>.+?)\s+{_NAPPY_EN}\s+needs\s+changing|(?P<child>.+?)\s+needs\s+(?:(?P<changing>"
                 rf"changing)|a\s+{_NAPPY_EN}\s+change)){_END}")
_TRAIN_EN = lazy(rf"(?P<carer>.+?)(?P<aux>{_BE}|(?:['’]ve|['’]s|\s+ha(?:ve|s))(?:\s+just)?\s+started)\s+"
                 rf"(?:potty|toilet)[\s-]training\s+(?P<obj>.+?){_END}")
_TRAINED_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<child>.+?)(?P<be>\s+is|['’]s)?\s+(?:(?P<being>being\s+)?(?:potty|toilet)"
                   rf"[\s-]trained|learning\s+to\s+use\s+the\s+(?P<where>potty|toilet))(?:\s+(?P<when>now|yet))?"
                   rf"{_END}")
# English's word before "change" in Vietnamese ("changing" after "is", "changed" after "just" and alone)
_TENSES = {"need to": "cần", "needs to": "cần", "have to": "phải", "has to": "phải", "must": "phải", "will": "sẽ",
           "'ll": "sẽ", "am": "đang", "is": "đang", "are": "đang", "'m": "đang", "'s": "đang", "'re": "đang",
           "just": "vừa", "'ve just": "vừa", "have just": "vừa", "has just": "vừa", "": "đã"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of a child's nappies, potty training or wetting the bed, of
    changing a nappy, or of running out of nappies; None for any other."""
    if src == "vi":
        return _state(text) or _wet(text) or _change(text) or _needs(text) or _train(text) or _out(text)
    return (_still_vi(text) or _out_vi(text) or _wet_vi(text) or _change_vi(text) or _needs_vi(text) or
            _train_vi(text) or _trained_vi(text))


def _child_en(said: str, owner: str | None = None, sure: bool = False) -> str | None:
    """A child in English ("con trai tôi": "my son", "bé": "the little one", "anh ấy": "he"), "con trai" as `owner`'s
    ("our son"); None for I, you … , grown-ups, and (`sure`) he, she or a name, who may be a grown-up."""
    m = _CHILD.fullmatch(" ".join(said.split()))
    if not m or m["titled"] or m["kin"] and keyed(m["kin"]) not in _YOUNG or sure and (m["who"] or m["given"]):
        return None
    if m["baby"]:
        return f"{OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} {'baby' if m['em'] else 'little one'}"
    if m["child"] or m["con"]:
        return _CHILDREN[keyed(m["child"])] if m["child"] else owner and f"{owner} {NAMED_WHO[keyed(m['con'])]}"
    said = who(m, False)
    return said[0] if said and (m["who"] is None or said[0] in ("he", "she")) else None


def _child_vi(said: str, owner: str | None = None, sure: bool = False) -> str | None:
    """A child in Vietnamese ("my son": "con trai tôi", "he": "thằng bé"), whose left out where it is `owner`'s ("tôi"
    … "con trai"); None for I, you … , grown-ups, and (`sure`) he, she or a name."""
    m = _CHILD_EN.fullmatch(" ".join(said.split()))
    if not m or m["kin"] and m["kin"].lower() not in _YOUNG_EN or sure and (m["who"] or m["given"]):
        return None
    if m["baby"]:
        whose = m["owner"] and WHOSE_VI[m["owner"].lower()]
        return ("bé" if m["one"] else "em bé") if not whose else "con" if whose == owner else f"con {whose}"
    if m["child"] or m["who"]:
        return _CHILDREN_EN[m["child"].lower()] if m["child"] else {"he": "thằng bé", "she": "con bé"}.get(
            m["who"].lower())
    return KIN_VI[m["kin"].lower()] if m["kin"] and WHOSE_VI[m["whose"].lower()] == owner else who_vi(m)[0]


def _whose_vi(said: str, owner: str | None = None) -> str | None:
    """Whose nappy in English ("his", "the baby's") as the child in Vietnamese ("thằng bé", "em bé")."""
    said = said.replace("’", "'")
    if said.lower() in ("his", "her"):
        return "thằng bé" if said.lower() == "his" else "con bé"
    return _child_vi(said[:-2], owner) if said.endswith("'s") else None


def _carer(said: str, lang: str, asked: bool = False) -> tuple[str, bool] | None:
    """Who changes a nappy (WHO, WHO_EN) in the other language, and whether one: ("my mother", True), ("chúng tôi",
    False); None for anything else."""
    m = (_WHO if lang == "vi" else _WHO_EN).fullmatch(" ".join(said.split()))
    return None if not m else who(m, asked) if lang == "vi" else who_vi(m)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match is asked ("không" or "chưa", and "?"); None where the two disagree."""
    asked = bool(m.groupdict().get("asked") or m.groupdict().get("yet"))
    return asked if asked == ("?" in m["end"]) else None


def _state(text: str) -> str | None:
    """"Con tôi vẫn còn đóng bỉm." as "My child still wears nappies.", "Con bạn bỏ bỉm chưa?" as "Is your child out of
    nappies yet?", and the rest of _STILL, _NO_MORE, _OFF, _LEARNING; None for anything else."""
    m = next((m for p in (_STILL, _NO_MORE, _OFF, _LEARNING) if (m := p.fullmatch(text))), None)
    asked = m and _asked(m)
    if not m or asked is None or (child := _child_en(m["child"])) is None:
        return None
    verb, what = ("wet", "the bed") if m.groupdict().get("wet") else ("wear", "nappies")
    if m.re == _STILL:
        return (f"Does {child} still {verb} {what}?" if keyed(m["still"]) == "còn" else None) if asked else (
            None if m["ask"] else capitalised(f"{child} still {verb}s {what}."))
    if m.re == _NO_MORE:
        return None if asked else capitalised(f"{child} doesn't {verb} {what} any more.")
    if m.re == _OFF or m["done"] or m["yet"]:
        said = "out of nappies" if m.re == _OFF else "potty trained"
        return f"Is {child} {said} yet?" if asked else capitalised(contracted(child, f"is {said} now."))
    return capitalised(contracted(child, "is being potty trained." if m["toilet"] else "is learning to use the potty."))


def _wet(text: str) -> str | None:
    """"Con tôi hay tè dầm." as "My child often wets the bed.", "Thằng bé lại tè dầm rồi." as "The boy has wet the bed
    again.", "Tối qua con tôi tè dầm." as "My child wet the bed last night." (_WET); None for anything else."""
    m = _WET.fullmatch(text)
    asked = m and _asked(m)
    day = m and (m["day0"] or m["day"])
    if not m or asked is None or bool(m["ask"]) != asked or m["day0"] and m["day"] or m["again"] and (asked or day) or (
            m["often"] and (day or m["done"])) or not (m["often"] or m["again"] or day or m["done"]) or (
            child := _child_en(m["child"])) is None:
        return None
    if m["often"]:
        return f"Does {child} often wet the bed?" if asked else capitalised(f"{child} often wets the bed.")
    if day:
        return None if m["done"] else f"Did {child} wet the bed last night?" if asked else capitalised(
            f"{child} wet the bed last night.")
    return None if asked else capitalised(f"{child} has wet the bed{' again' * bool(m['again'])}.")


def _change(text: str) -> str | None:
    """"Tôi phải thay bỉm cho con." as "I have to change the baby's nappy.", "Bạn thay bỉm cho bé giúp tôi được
    không?" as "Can you change the little one's nappy for me?" (_CHANGE); None for anything else, and for a habit."""
    m = _CHANGE.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (carer := _carer(m["carer"], "vi", asked)) is None:
        return None
    who_, one = carer
    child = "the baby" if keyed(m["obj"]) == "con" else _child_en(m["obj"], EN_WHOSE.get(who_))
    tense = keyed(m["tense"] or "")
    if child is None:
        return None
    nappy = {"he": "his", "she": "her"}.get(child, f"{child}'s") + " nappy"
    if m["let"]:
        return f"Let me change {nappy}." if who_ == "I" and not (tense or asked or m["help"] or m["done"]) else None
    if asked:
        if tense not in ("", "có thể") or not (m["can"] or tense) or m["help"] and who_ == "I":
            return None
        return f"Can {who_} change {nappy}{' for me' * bool(m['help'])}?"
    has, be = ("has", "is") if one else ("have", "am" if who_ == "I" else "are")
    said = {"phải": f"{has} to change", "cần": f"{'needs' if one else 'need'} to change", "sẽ": "will change",
            "đang": f"{be} changing", "vừa": f"{has} just changed", "vừa mới": f"{has} just changed",
            "đã": f"{has} {'already ' * bool(m['done'])}changed"}.get(tense or ("đã" if m["done"] else ""))
    if said is None or m["help"] or m["can"] or m["done"] and tense not in ("", "đã", "vừa", "vừa mới"):
        return None
    return capitalised(contracted(who_, f"{said} {nappy}."))


def _needs(text: str) -> str | None:
    """"Em bé cần thay bỉm." as "The baby needs a nappy change." (_NEEDS); None for anything else, and for he, she or
    a name ("Lan cần thay bỉm.": Lan may be changing one)."""
    m = _NEEDS.fullmatch(text)
    if not m or "?" in m["end"] or (child := _child_en(m["child"], sure=True)) is None:
        return None
    return capitalised(f"{child} needs a nappy change.")


def _train(text: str) -> str | None:
    """"Chúng tôi đang tập cho con trai đi vệ sinh." as "We're potty training our son.", "Tôi đã bắt đầu cai bỉm cho
    con." as "I've started potty training my child." (_TRAIN); None for anything else."""
    m = _TRAIN.fullmatch(text)
    if not m or "?" in m["end"] or (carer := _carer(m["carer"], "vi")) is None:
        return None
    who_, one = carer
    if (child := _child_en(m["obj"] or m["obj2"], EN_WHOSE.get(who_))) is None:
        return None
    be = "is" if one else "am" if who_ == "I" else "are"
    said = f"{be} potty" if keyed(m["tense"]) == "đang" else f"{'has' if one else 'have'} started potty"
    return capitalised(contracted(who_, f"{said} training {child}."))


def _out(text: str) -> str | None:
    """"Nhà hết bỉm rồi." as "We're out of nappies.", "Nhà sắp hết bỉm rồi." as "We're almost out of nappies.",
    "Chúng ta cần mua thêm bỉm." as "We need to buy more nappies." (_OUT, _BUY); None for anything else."""
    m = _OUT.fullmatch(text) or _BUY.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    who_ = "I" if keyed(m["who"] or "") == "tôi" else "we"
    if m.re == _BUY:
        return capitalised(f"{who_} {'need' if keyed(m['must']) == 'cần' else 'have'} to buy more nappies.")
    if not (m["done"] or m["almost"]):
        return None
    return capitalised(contracted(who_, f"{'am' if who_ == 'I' else 'are'} {'almost ' * bool(m['almost'])}out of "
                                        "nappies."))


def _still_vi(text: str) -> str | None:
    """"My son still wears nappies." as "Con trai tôi vẫn còn đóng bỉm.", "Is she still in nappies?" as "Con bé còn
    đóng bỉm không?" (_STILL_EN, _NO_MORE_EN); None for anything else, and where the verb does not agree."""
    m = _STILL_EN.fullmatch(text) or _NO_MORE_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (child := _child_vi(m["child"])) is None:
        return None
    doing = "tè dầm" if m["wet"] else "đóng bỉm"
    if m.re == _NO_MORE_EN:
        return None if asked else capitalised(f"{child} không còn {doing} nữa.")
    verb = m["verb"] or m["wet"]
    if bool(m["do"]) != asked or m["do"] and m["be"] or (verb == "in") != (m["do"] == "Is" or bool(m["be"])) or (
            m["be"] and be_said(m["be"]) != "is") or verb != "in" and verb.endswith("s") == bool(m["do"]):
        return None
    return capitalised(f"{child} còn {doing} không?" if asked else f"{child} vẫn còn {doing}.")


def _out_vi(text: str) -> str | None:
    """"We've run out of nappies." as "Nhà hết bỉm rồi.", "She's out of nappies now." as "Con bé bỏ bỉm rồi."
    (_OUT_EN, _BUY_EN); None for anything else, and where "is", "are", "am" does not agree."""
    if m := _BUY_EN.fullmatch(text):
        return None if "?" in m["end"] else \
            f"{'Chúng ta' if m['who'] == 'We' else 'Tôi'} {'cần' if m['must'] == 'need' else 'phải'} mua thêm bỉm."
    m = _OUT_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["q"]) != asked or m["q"] and (m["be"] or m["have"]):
        return None
    said, low = m["child"].lower(), m["low"].startswith("running")
    if said in ("we", "i"):
        if asked or m["when"] or m["almost"] and low or m["have"] and low or not (m["have"] or m["be"] and be_said(
                m["be"]) == ("am" if said == "i" else "are")):
            return None
        return f"{'Nhà' if said == 'we' else 'Tôi'} {'sắp ' * bool(m['almost'] or low)}hết bỉm rồi."
    child = _child_vi(m["child"], sure=not m["when"])
    if child is None or m["have"] or m["almost"] or low or m["when"] == ("now" if asked else "yet") or (
            not asked and be_said(m["be"] or "") != "is"):
        return None
    return capitalised(f"{child} bỏ bỉm {'chưa?' if asked else 'rồi.'}")


def _wet_vi(text: str) -> str | None:
    """"He often wets the bed." as "Thằng bé hay tè dầm.", "She wet the bed again." as "Con bé lại tè dầm rồi."
    (_WET_EN); None for anything else, and where the verb does not agree."""
    m = _WET_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["do"]) != asked or (child := _child_vi(m["child"])) is None:
        return None
    do, day, often, wets = m["do"], m["day"], bool(m["often"]), m["verb"] == "wets"
    if do == "Does" and often and not (day or wets):
        return capitalised(f"{child} có hay tè dầm không?")
    if do == "Did" and day == "last night" and not (often or wets):
        return f"Tối qua {child} có tè dầm không?"
    if do or often != wets or often and day or not (often or day):
        return None
    return capitalised(f"{child} hay tè dầm." if often else f"Tối qua {child} tè dầm." if day == "last night" else
                       f"{child} lại tè dầm rồi.")


def _change_vi(text: str) -> str | None:
    """"I need to change the baby's nappy." as "Tôi cần thay bỉm cho em bé.", "Can you change her nappy?" as "Bạn
    thay bỉm cho con bé được không?" (_CHANGE_EN, _TENSES); None for anything else, or a verb not agreeing."""
    m = _CHANGE_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or m["let"] and (m["carer"].lower() != "me" or m["aux"] or asked or m["verb"] != "change"):
        return None
    carer = ("tôi", False) if m["let"] else _carer(m["carer"], "en")
    if not carer or (child := _whose_vi(m["obj"], carer[0])) is None:
        return None
    who_, one = carer
    if m["let"] or m["can"]:
        if m["can"] and (not asked or m["aux"] or m["verb"] != "change") or m["help"] and who_ == "tôi":
            return None
        return capitalised(f"{'Để tôi' if m['let'] else who_} thay bỉm cho {child}{' giúp tôi' * bool(m['help'])}"
                           f"{' được không?' if m['can'] else '.'}")
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    tense = _TENSES.get(aux)
    verb = "changing" if tense == "đang" else "changed" if tense in ("vừa", "đã") else "change"
    if asked or m["help"] or tense is None or m["verb"] != verb or aux.startswith(("need", "ha", "'ve")) and (
            aux.startswith(("need ", "have ", "'ve")) == one) or tense == "đang" and be_said(aux) != be_of(who_, one):
        return None
    return capitalised(f"{who_} {tense} thay bỉm cho {child}.")


def _needs_vi(text: str) -> str | None:
    """"His nappy needs changing." as "Thằng bé cần thay bỉm." (_NEEDS_EN); None for anything else, and for
    "needs changing" of anyone but a baby (clothes?)."""
    m = _NEEDS_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["changing"] and not m["child"].lower().endswith((" baby", " little one")):
        return None
    child = _whose_vi(m["obj"]) if m["obj"] else _child_vi(m["child"])
    return capitalised(f"{child} cần thay bỉm.") if child else None


def _train_vi(text: str) -> str | None:
    """"We're potty training our son." as "Chúng tôi đang tập cho con trai đi vệ sinh." (_TRAIN_EN); None for
    anything else, and where "is" or "has" does not agree with who."""
    m = _TRAIN_EN.fullmatch(text)
    carer = m and _carer(m["carer"], "en")
    if not carer or "?" in m["end"] or (child := _child_vi(m["obj"], carer[0])) is None:
        return None
    who_, one = carer
    aux = " ".join(m["aux"].lower().replace("’", "'").split())
    if not aux.endswith("started"):
        return capitalised(f"{who_} đang tập cho {child} đi vệ sinh.") if be_said(aux) == be_of(who_, one) else None
    if aux.startswith(("has", "'s")) != one:
        return None
    return capitalised(f"{who_} {'vừa' if 'just' in aux else 'đã'} bắt đầu tập cho {child} đi vệ sinh.")


def _trained_vi(text: str) -> str | None:
    """"Is she potty trained yet?" as "Con bé đã biết tự đi vệ sinh chưa?", "He's learning to use the potty." as
    "Thằng bé đang tập ngồi bô." (_TRAINED_EN); None for anything else."""
    m = _TRAINED_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["q"]) != asked or (child := _child_vi(m["child"])) is None:
        return None
    if asked:
        return None if m["be"] or m["being"] or m["where"] or m["when"] == "now" else capitalised(
            f"{child} đã biết tự đi vệ sinh chưa?")
    if be_said(m["be"] or "") != "is" or m["when"] == "yet" or m["when"] and (m["being"] or m["where"]):
        return None
    if m["being"] or m["where"]:
        return capitalised(f"{child} đang tập {'ngồi bô' if m['where'] == 'potty' else 'đi vệ sinh'}.")
    return capitalised(f"{child} đã biết tự đi vệ sinh rồi.")
