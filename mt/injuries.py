"""Small injuries and asking whether someone is all right, both ways, written whole by rule. v8 reads "đứt" as
knocked out, "bỏng" as left, "muỗi đốt" as burned, "sao" as what, and English "okay" as want, "hurt" as hurt
feelings: "Tôi bị đứt tay." → "I was knocked out.", "Tôi bị bỏng." → "I was left.", "Tôi bị muỗi đốt." → "I was
burned.", "Tôi bị té." → "I'm getting slighted.", "Anh ấy bị ngã xe." → "He has fallen in the car.", "Tôi bị trẹo
chân." → "I'm snugging.", "Bạn có sao không?" → "What do you?", "Tay tôi bị chảy máu." → "My hands have bleeding.",
"Tôi bị chảy máu." → "I have a bleeding disorder."; "I cut my finger." → "Tôi cắt ngón tay.", "I burned my hand." →
"Tôi đã đốt tay.", "I fell off my bike." → "Tôi ngã xuống cái xe đạp.", "I twisted my ankle." → "Tôi vặn cái bàn
chân của tôi.", "Are you okay?" → "Bạn có muốn không?" (want), "Are you hurt?" → "Bạn có bị tổn thương không?"
(hurt feelings), "My knee is bleeding." → "Đức vua của tôi đang chảy máu." (the king), "She broke her wrist." → "Cô
ấy chia tay vợt của mình." (broke up); a bone stuck and scalds: "Tôi bị hóc xương cá." → "I'm balding my bones.",
"Con tôi bị hóc xương gà." → "My child was balded.", "Tôi bị bỏng nước sôi." → "I was left boiling water.", "Con tôi
bị bỏng nước sôi ở tay." → "My child was left boiling water in my hands."; "I got a fish bone stuck in my throat." →
"Tôi bị xương thủy sản bị kẹt trong cổ họng.", "I scalded myself with boiling water." → "Tôi múc mình bằng nước
sôi." (ladled), "My son scalded his hand with boiling water." → "Con trai tôi múc tay bằng nước sôi.".

Taken: who (mt.hobbies.WHO, WHO_EN) cut a hand or a finger, burned a hand or a finger or got burned, fell over, fell off
a bike or a motorbike, twisted or sprained an ankle, broke an arm, a leg, a wrist or a finger (said, with "vừa" just, a
day behind as mt.free_time.when reads it, or asked "có … không?", "Did …?"); was bitten or stung by mosquitoes, ants, a
bee, a dog or a cat (said); is hurt or not, or bleeding (said or asked); is okay ("có sao không?", "không sao chứ?", "có
ổn không?", "không sao", "ổn"; "Are you okay?", "I'm all right."); a part of someone's body bleeding ("Tay tôi bị chảy
máu.", "My knee is bleeding."); a bone (a fish or a chicken bone) stuck in the throat ("hóc xương cá", "mắc xương":
"I've got …" now, "I got …" with "đã", "vừa" or a day; "I choked on a fish bone.", "Did you get …?", "Have you got …?"),
scalds by boiling or hot water or hot oil, on a part or not ("bỏng nước sôi", "bỏng dầu", "bỏng nước sôi ở tay"; "I
scalded myself with …", "I got scalded by …", "He scalded his hand with …"). Whose body English says by who: his or her
by the word of kinship (mt.terms.his_her), "their" for one it does not tell ("con tôi"); none after a name alone or
after a title that does not tell ("Em Lan"), nor of "we" or "they". Left: "anh", "chị", "em" alone saying it (the
speaker or "you": mt.hobbies.who), a negated injury ("Tôi không bị ngã."), bites asked (did or does), "bị bong gân"
without where, "I'm hurt." (maybe hurt feelings), "It's bleeding." and nosebleeds (v8's are right), "Tôi bị ong đốt."
and "Tôi bị ngã xe." (the phrasebook's), "Tôi bị gãy tay." said or asked plainly (a broken arm: mt/ailments.py's), a
part that hurts (mt/aches.py), a sunburn (mt/ailments.py); a throat or a scalded part of a name alone, "we", "they" or a
pet (his, her or its?), "ở chân" (the foot or the leg?), burns on a stove ("Anh ấy bị bỏng tay vì bếp.", "He burnt his
hand on the stove.": not said so), "I scalded my hand." without what, "nhỉ". mt.phrasebook.translate tries these after
mt/seats.py.

    >>> translate("Tôi bị đứt tay.", "vi", "en"), translate("Are you okay?", "en", "vi")
    ('I cut my hand.', 'Bạn có ổn không?')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, be_of, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, his_her
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENER, agreement_asked, alternatives, be, be_said, capitalised,
                   contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đứt|gãy|bỏng|phỏng|đốt|cắn|ngã|té|trẹo|trặc|lật|bong\s+gân|thương|chảy\s+máu|sao|"
                    r"\bổn|\bhóc|mắc\s+xương)"),
         "en": lazy(r"(?i:cut|burn|\bbr[eo]|bitten|stung|fell|fall|twist|sprain|hurt|injured|bleeding|\bok|"
                    r"al+\s*right|bone|scald)")}

# what happened, in Vietnamese after "bị", and in English: said (the past) and asked after "did" (the base), whose
# body at {w}
_FELL_OFF, _TWISTED = ("fell off {w} motorbike", "fall off {w} motorbike"), ("twisted {w} ankle", "twist {w} ankle")
_SPRAINED = ("sprained {w} ankle", "sprain {w} ankle")
_DONE = {"đứt tay": ("cut {w} hand", "cut {w} hand"), "đứt ngón tay": ("cut {w} finger", "cut {w} finger"),
         "bỏng tay": ("burned {w} hand", "burn {w} hand"), "phỏng tay": ("burned {w} hand", "burn {w} hand"),
         "bỏng ngón tay": ("burned {w} finger", "burn {w} finger"), "bỏng": ("got burned", "get burned"),
         "phỏng": ("got burned", "get burned"), "ngã": ("fell over", "fall over"), "té": ("fell over", "fall over"),
         # ("xe" alone: a motorbike, as the phrasebook says "Tôi bị ngã xe.")
         "ngã xe": _FELL_OFF, "té xe": _FELL_OFF, "ngã xe đạp": ("fell off {w} bike", "fall off {w} bike"),
         "ngã xe máy": _FELL_OFF, "té xe máy": _FELL_OFF, "trẹo chân": _TWISTED, "trặc chân": _TWISTED,
         "trẹo mắt cá chân": _TWISTED, "lật cổ chân": _TWISTED, "bong gân cổ chân": _SPRAINED,
         "bong gân mắt cá chân": _SPRAINED,
         "gãy tay": ("broke {w} arm", "break {w} arm"), "gãy chân": ("broke {w} leg", "break {w} leg"),
         "gãy cổ tay": ("broke {w} wrist", "break {w} wrist"), "gãy ngón tay": ("broke {w} finger", "break {w} finger")}
# ... and back: (the English verb's base, what it is done to) → Vietnamese ("bike" a bicycle: "xe" alone is a motorbike)
_DONE_VI = {("cut", "hand"): "đứt tay", ("cut", "finger"): "đứt ngón tay", ("burn", "hand"): "bỏng tay",
            ("burn", "finger"): "bỏng ngón tay", ("twist", "ankle"): "trẹo chân",
            ("sprain", "ankle"): "bong gân cổ chân", ("break", "arm"): "gãy tay", ("break", "leg"): "gãy chân",
            ("break", "wrist"): "gãy cổ tay", ("break", "finger"): "gãy ngón tay",
            ("fall", "bike"): "ngã xe đạp", ("fall", "bicycle"): "ngã xe đạp", ("fall", "motorbike"): "ngã xe máy",
            ("fall", "scooter"): "ngã xe máy", ("fall", ""): "ngã", ("get burned", ""): "bỏng"}
# English verbs by form: base (after "did"), past, participle (after "have")
_FORMS = {"cut": ("cut", "cut", "cut"), "burn": ("burn", "", ""), "burned": ("burn", "burned", "burned"),
          "burnt": ("burn", "burnt", "burnt"), "twist": ("twist", "", ""), "twisted": ("twist", "twisted", "twisted"),
          "sprain": ("sprain", "", ""), "sprained": ("sprain", "sprained", "sprained"), "fall": ("fall", "", ""),
          "fell": ("fall", "fell", ""), "fallen": ("fall", "", "fallen"), "get": ("get burned", "", ""),
          "got": ("get burned", "got", ""), "break": ("break", "", ""), "broke": ("break", "broke", ""),
          "broken": ("break", "", "broken")}
# who bites or stings, and how English says it
_BITERS = {"muỗi": ("mosquitoes", ("đốt", "cắn")), "kiến": ("ants", ("cắn", "đốt")), "ong": ("a bee", ("đốt",)),
           "chó": ("a dog", ("cắn",)), "mèo": ("a cat", ("cắn",))}
_BITERS_VI = {"mosquito": "muỗi", "mosquitoes": "muỗi", "mosquitos": "muỗi", "ant": "kiến", "ants": "kiến",
              "bee": "ong", "dog": "chó", "cat": "mèo"}
# a part of the body that bleeds ("tay" is the hand here, where mt/aches.py's PARTS read the arm: it hurts)
_BLEEDING = {"tay": "hand", "bàn tay": "hand", "ngón tay": "finger", "cánh tay": "arm", "chân": "leg",
             "bàn chân": "foot", "đầu gối": "knee", "khuỷu tay": "elbow", "mũi": "nose", "môi": "lip", "đầu": "head"}
_BLEEDING_VI = {en: vi for vi, en in reversed(_BLEEDING.items())}

_BITE = rf"(?P<biter>(?i:{alternatives(_BITERS)}))\s+(?P<bites>đốt|cắn)"
_STATE = r"(?P<state>thương|chảy\s+máu)"
# "Tôi bị đứt tay.", "Bạn có bị trẹo chân không?", "Tôi bị muỗi đốt.", "Bạn có bị thương không?", "Tôi đang chảy máu."
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<did>đã|vừa)\s+|(?P<now>đang)\s+)?(?P<bi>bị\s+)?(?:(?P<done>(?i:{alternatives(_DONE)}))|"
             rf"{_BITE}|{_STATE}){DAY_AFTER}(?:\s+(?P<yet>rồi))?{ASKED_END}")
# "Bạn có sao không?", "Bạn không sao chứ?", "Mẹ tôi không sao.", "Tôi ổn."
_OKAY = lazy(rf"{WHO}\s+(?:(?P<ask>có\s+(?:sao|ổn)\s+không|(?:không\s+sao|ổn)\s+chứ)|không\s+sao(?:\s+đâu)?|"
             rf"ổn(?:\s+mà)?){SOFTENER}\s*(?P<end>[.!?]*)")
# "Tay tôi bị chảy máu.", "Chân mẹ tôi đang chảy máu."
_PART = lazy(rf"(?P<part>(?i:{alternatives(_BLEEDING)}))\s+(?:của\s+)?(?:(?P<whose>(?i:{alternatives(OWNERS)}))|"
             rf"(?P<someone>{SOMEONE}))\s+(?:bị\s+|đang\s+)?chảy\s+máu\s*(?P<end>[.!]*)")

_HAVE_EN = r"(?P<have>['’]ve|\s+have|['’]s|\s+has)"
# "I cut my finger.", "I've burned my hand.", "Did you fall over?", "He fell off his bike yesterday."
_DONE_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?:{_HAVE_EN})?(?P<just>\s+just)?\s+(?:(?P<verb>(?i:cut|burned|"
                r"burnt|burn|twisted|twist|sprained|sprain|broke|broken|break))\s+(?P<own>my|your|his|her)\s+"
                r"(?P<part>hand|finger|ankle|arm|leg|wrist)|(?P<fall>fell|fallen|fall)(?:\s+(?:over|down)|"
                r"\s+off\s+(?P<own2>my|your|his|her)\s+(?P<ride>bike|bicycle|motorbike|scooter))?|"
                rf"(?P<got>got|get)\s+(?:burned|burnt)){DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# "I got bitten by mosquitoes.", "She's been stung by a bee."
_BITTEN_EN = lazy(rf"{WHO_EN}(?:\s+(?P<was>got|was|were)|{_HAVE_EN}(?P<just>\s+just)?\s+been)\s+"
                  r"(?P<how>bitten|stung)\s+by\s+(?:(?P<a>an?)\s+)?(?P<biter>mosquito(?:e?s)?|ants?|bee|dog|cat)"
                  rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
# "Are you okay?", "I'm not hurt.", "Is your mother bleeding?"
_BE_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?\s+"
              r"(?P<state>okay|OK|ok|all\s+right|alright|hurt|injured|bleeding)\s*(?P<end>[.!?]*)")
# "My knee is bleeding.", "My mother's hand is bleeding."
_PART_EN = lazy(rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                rf"(?P<part>{alternatives(_BLEEDING_VI)})(?:\s+is|['’]s)\s+bleeding\s*(?P<end>[.!]*)")
# a bone stuck in the throat ("hóc xương cá"), and scalds by what: (English's verb, by what)
_BONES = {"cá": "fish bone", "gà": "chicken bone", "": "bone"}
_BONES_VI = {"fish": " cá", "chicken": " gà", "": ""}
_SCALDS = {"nước sôi": ("scald", "boiling water"), "nước nóng": ("scald", "hot water"), "dầu": ("burn", "hot oil"),
           "dầu nóng": ("burn", "hot oil"), "dầu sôi": ("burn", "hot oil")}
_SCALDS_VI = {"boiling water": "nước sôi", "hot water": "nước nóng", "hot oil": "dầu"}
# a part scalded ("chân" left: the foot or the leg)
_SCALDED = {"tay": "hand", "bàn tay": "hand", "ngón tay": "finger", "cánh tay": "arm", "bàn chân": "foot",
            "mặt": "face"}
_SCALDED_VI = {en: vi for vi, en in reversed(_SCALDED.items())}
_SCALD_FORMS = {"scald": ("scald", "", ""), "scalded": ("scald", "scalded", "scalded")}
_SELF_WHOSE = {"myself": "my", "yourself": "your", "himself": "his", "herself": "her", "ourselves": "our",
               "themselves": "their"}
_SCALD_PART = rf"(?i:{alternatives(_SCALDED)})"
# "Tôi bị hóc xương cá.", "Bạn có bị hóc xương không?", "Tôi bị bỏng nước sôi.", "Con tôi bị bỏng nước sôi ở tay."
_MISHAP = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<did>đã|vừa)\s+)?bị\s+(?:(?P<stuck>hóc|mắc)\s+"
               r"xương(?:\s+(?P<bone>cá|gà))?(?:\s+ở\s+cổ(?:\s+họng)?)?|(?:bỏng|phỏng)\s+(?:(?P<part0>"
               rf"{_SCALD_PART})\s+(?:do|vì)\s+)?(?P<by>(?i:{alternatives(_SCALDS)}))(?:\s+ở\s+(?P<part>"
               rf"{_SCALD_PART}))?){DAY_AFTER}(?:\s+(?P<yet>rồi))?{ASKED_END}")
# "I got a fish bone stuck in my throat.", "Have you got a bone stuck in your throat?", "I choked on a fish bone."
_STUCK_EN = lazy(rf"(?:(?P<aux>Did|Have|Has)\s+)?{WHO_EN}(?:{_HAVE_EN})?(?P<just>\s+just)?\s+(?:(?P<get>got|get|"
                 r"have|has)\s+a\s+(?:(?P<bone>fish|chicken)\s+)?bone\s+stuck\s+in\s+(?P<own>my|your|his|her|"
                 r"their)\s+throat|(?P<choke>choked|choke)\s+on\s+a\s+(?:(?P<bone2>fish|chicken)\s+)?bone)"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# "I scalded myself with boiling water.", "My son scalded his hand with …", "Did you burn yourself with hot oil?"
_SCALD_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?:{_HAVE_EN})?(?P<just>\s+just)?\s+(?:(?P<verb>scalded|scald|"
                 r"burned|burnt|burn)\s+(?:(?P<self>myself|yourself|himself|herself|ourselves|themselves)|"
                 rf"(?P<own>my|your|his|her|their)\s+(?P<part>{alternatives(_SCALDED_VI)}))\s+with|"
                 r"(?P<got>got|get|was|were)\s+(?:scalded|burned|burnt)\s+(?:by|with))\s+"
                 rf"(?P<by>boiling\s+water|hot\s+water|hot\s+oil){DAY_AFTER_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks a small injury (a bone stuck, a scald too), whether someone is
    hurt, bleeding or all right; None for any other."""
    if src == "vi":
        return _said(text) or _okay(text) or _part(text) or _mishap(text)
    return _done_vi(text) or _bitten_vi(text) or _be_vi(text) or _part_vi(text) or _stuck_vi(text) or _scald_vi(text)


def _whose(m: re.Match, said: str) -> str | None:
    """Whose body in English of who of a match of WHO said as `said`: "my" for "tôi", "her" for "mẹ tôi", "their" for
    "con tôi"; None for "we", "they" and a name alone or after a title that does not tell ("Em Lan")."""
    if m["who"]:
        return None if said in ("we", "they") else EN_WHOSE[said]
    if m["given"] or m["titled"]:  # (a name is his or hers, never "their": "Lan cut their hand.")
        return his_her_of(m)
    return his_her_of(m) or "their"


def _day(said: str | None, src: str) -> str | None:
    """A day behind or today in the other language ("hôm qua" → "yesterday"); "" for none, None for one not read or
    ahead ("ngày mai")."""
    day = when(said, src, LAST)
    en = day if src == "vi" else said
    return None if day is None or day and (AHEAD.search(keyed(en or "")) or keyed(en or "") == "now") else day


def _said(text: str) -> str | None:
    """"Tôi bị đứt tay." as "I cut my hand.", "Bạn có bị ngã không?" as "Did you fall over?", a bite, hurt or
    bleeding (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    said, day = who(m, asked), _day(m["day0"] or m["day"], "vi")
    if said is None or day is None or not m["bi"] and not (m["state"] and "máu" in m["state"] or m["done"] and (
            keyed(m["done"]).startswith(("ngã", "té")))):
        return None
    if m["state"]:
        return _state(m, said, asked, day)
    if m["not"] or m["now"] or m["yet"] and (asked or day):
        return None
    return _bitten(m, said, day) if m["biter"] else _done(m, said, asked, day)


def _done(m: re.Match, said: tuple[str, bool], asked: bool, day: str) -> str | None:
    """An injury of _DONE said ("I just cut my hand.") or asked ("Did you cut your hand?"), with its day; None for an
    arm or a leg broken without "vừa" (mt/ailments.py's: "Tôi bị gãy tay." → "I have a broken arm.")."""
    who_, _ = said
    past, base = _DONE[keyed(m["done"])]
    whose = _whose(m, who_) if "{w}" in past else ""
    if whose is None or m["did"] and (asked or day and keyed(m["did"]) == "vừa") or keyed(m["done"]) in (
            "gãy tay", "gãy chân") and not m["did"]:
        return None
    when_ = f" {day}" if day else ""
    if asked:
        return f"Did {who_} {base.format(w=whose)}{when_}?"
    just = "just " if m["did"] and keyed(m["did"]) == "vừa" else ""
    return capitalised(f"{who_} {just}{past.format(w=whose)}{when_}.")


def _bitten(m: re.Match, said: tuple[str, bool], day: str) -> str | None:
    """Bitten or stung ("Tôi bị muỗi đốt." as "I've been bitten by mosquitoes.", "Hôm qua tôi bị chó cắn." as "I
    got bitten by a dog yesterday."); None asked, for "chó đốt", and "vừa" with a day."""
    who_, one = said
    by, bites = _BITERS[keyed(m["biter"])]
    if m["ask"] or keyed(m["bites"]) not in bites or day and m["did"]:
        return None
    how = "stung" if by == "a bee" else "bitten"
    if day:
        return capitalised(f"{who_} got {how} by {by} {day}.")
    just = " just" if m["did"] and keyed(m["did"]) == "vừa" else ""
    return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} been {how} by {by}."))


def _state(m: re.Match, said: tuple[str, bool], asked: bool, day: str) -> str | None:
    """Hurt or bleeding: "Tôi bị thương." as "I'm hurt.", "Tôi đang chảy máu." as "I'm bleeding.", said, denied or
    asked; None with a day, "đã", "vừa", "rồi", or bleeding denied."""
    who_, _ = said
    bleeding = "máu" in m["state"]
    if day or m["did"] or m["yet"] or (m["not"] if bleeding else m["now"] or not m["bi"]):
        return None
    state = "bleeding" if bleeding else "hurt"
    if asked:
        return f"{be(who_).capitalize()} {who_} {state}?"
    if m["not"]:
        return capitalised(contracted(who_, "am not hurt.") if who_ == "I" else f"{who_} {be(who_)}n't hurt.")
    return capitalised(contracted(who_, f"{be(who_)} {state}."))


def _okay(text: str) -> str | None:
    """"Bạn có sao không?" and "Bạn không sao chứ?" as "Are you okay?", "Mẹ tôi không sao." and "Tôi ổn." as "My
    mother is okay.", "I'm okay." (_OKAY); None for anything else."""
    m = _OKAY.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    return f"{be(who_).capitalize()} {who_} okay?" if asked else capitalised(contracted(who_, f"{be(who_)} okay."))


def _part(text: str) -> str | None:
    """"Tay tôi bị chảy máu." as "My hand is bleeding.", "Đầu gối của con tôi đang chảy máu." as "My child's knee is
    bleeding." (_PART); None for anything else."""
    m = _PART.fullmatch(text)
    if not m:
        return None
    whose = OWNERS[keyed(m["whose"])] if m["whose"] else f"{someone(m['someone'], 'vi')}'s"
    return capitalised(f"{whose} {_BLEEDING[keyed(m['part'])]} is bleeding.")


def _agrees(m: re.Match, own: str, who_: str, one: bool) -> bool:
    """Whether whose body (`own`) is who's (of a match of WHO_EN, in Vietnamese `who_`): "I … my", "she … her", "my
    mother … her"; "his" or "her" after a name or "my friend"."""
    if m["who"]:
        return EN_WHOSE.get("I" if m["who"].lower() == "i" else m["who"].lower()) == own.lower()
    known = his_her(who_)
    return own.lower() in ("his", "her") and known in (None, own.lower())


def _have_agrees(have: str | None, one: bool) -> bool:
    """Whether "have", "has" ("'ve", "'s") or nothing agrees with who (`one`: said of one, as who_vi says)."""
    said = keyed((have or "").replace("’", "'"))
    return not said or (said in ("has", "'s")) == one


def _done_vi(text: str) -> str | None:
    """"I cut my finger." as "Tôi bị đứt ngón tay.", "Did you fall over?" as "Bạn có bị ngã không?" (_DONE_EN); None
    for anything else, and where whose or the verb does not agree with who."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or m["did"] and (m["have"] or m["just"]):
        return None
    who_, one = who_vi(m)
    verb = keyed(m["verb"] or m["fall"] or m["got"])
    form = 0 if m["did"] else 2 if m["have"] else 1
    base = _FORMS[verb][0]
    own = m["own"] or m["own2"]
    if _FORMS[verb][form] != verb or not _have_agrees(m["have"], one) or own and not _agrees(m, own, who_, one):
        return None
    said = _DONE_VI.get((base, keyed(m["part"] or m["ride"] or "")))
    day = _day(m["day"], "en")
    if said is None or day is None or m["just"] and day or m["have"] and day:
        return None
    if m["did"]:
        return placed(f"{who_} có bị {said}", day, " không?")
    return placed(f"{who_} {'vừa ' if m['just'] else ''}bị {said}", day, ".")


def _bitten_vi(text: str) -> str | None:
    """"I got bitten by mosquitoes." as "Tôi bị muỗi đốt.", "She's been stung by a bee." as "Cô ấy bị ong đốt."
    (_BITTEN_EN); None for anything else, where "was" or "has" does not agree with who, and a bee biting."""
    m = _BITTEN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    biter, was = keyed(m["biter"]), keyed(m["was"] or "")
    by = _BITERS_VI[biter]
    bites = _BITERS[by][1][0]
    if (m["how"] == "stung") != (by == "ong") or bool(m["a"]) != (biter in ("bee", "dog", "cat", "mosquito", "ant")):
        return None
    if was in ("was", "were") and was != be_of(who_, one, past=True) or not _have_agrees(m["have"], one):
        return None
    day = _day(m["day"], "en")
    if day is None or day and (m["have"] or m["just"]):
        return None
    return placed(f"{who_} {'vừa ' if m['just'] else ''}bị {by} {bites}", day, ".")


def _be_vi(text: str) -> str | None:
    """"Are you okay?" as "Bạn có ổn không?", "I'm not hurt." as "Tôi không bị thương.", bleeding (_BE_EN); None for
    anything else, and where "is", "am" or "are" does not agree with who."""
    m = _BE_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or asked and m["not"]:
        return None
    who_, one = who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    state = keyed(m["state"])
    said = "ổn" if state not in ("hurt", "injured", "bleeding") else "chảy máu" if state == "bleeding" else "thương"
    if asked:
        return capitalised(f"{who_} có {'' if said == 'ổn' else 'bị '}{said} không?")
    if said == "chảy máu":
        return None if m["not"] else capitalised(f"{who_} đang chảy máu.")
    if said == "ổn":
        return capitalised(f"{who_} {'không ' if m['not'] else ''}ổn.")
    if state == "hurt" and not m["not"]:
        return None  # ("I'm hurt." may be hurt feelings: "bị tổn thương")
    return capitalised(f"{who_} {'không ' if m['not'] else ''}bị thương.")


def _part_vi(text: str) -> str | None:
    """"My knee is bleeding." as "Đầu gối tôi đang chảy máu.", "My mother's hand is bleeding." as "Tay mẹ tôi đang
    chảy máu." (_PART_EN); None for anything else."""
    m = _PART_EN.fullmatch(text)
    if not m:
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    return capitalised(f"{_BLEEDING_VI[m['part']]} {whose} đang chảy máu.") if whose else None


def _mishap(text: str) -> str | None:
    """"Tôi bị hóc xương cá." as "I've got a fish bone stuck in my throat.", "Tôi bị bỏng nước sôi." as "I got scalded
    by boiling water." (_MISHAP); None for anything else, "vừa" or "rồi" with a day or asked, and a throat or a hand
    whose English does not tell."""
    m = _MISHAP.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or agreement_asked(text) or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or m["day0"] and (
            m["day"]) or m["part0"] and m["part"]:
        return None
    said, day = who(m, asked), _day(m["day0"] or m["day"], "vi")
    just = bool(m["did"]) and keyed(m["did"]) == "vừa"
    if said is None or day is None or m["did"] and (asked or day and just) or m["yet"] and (asked or day or just):
        return None
    (who_, one), part = said, m["part0"] or m["part"]
    whose = _whose(m, who_) if m["stuck"] or part else ""
    if whose is None or whose and animal(m):
        return None  # (a pet's throat or paw is "its": who is not read as a pet)
    when_, did = f" {day}" if day else "", f"{who_} just" if just else who_
    if m["stuck"]:
        thing = f"a {_BONES[keyed(m['bone'] or '')]} stuck in {whose} throat"
        if asked:
            return f"Did {who_} get {thing}{when_}?" if day else f"{'Has' if one else 'Have'} {who_} got {thing}?"
        if day or just or m["did"]:
            return capitalised(f"{did} got {thing}{when_}.")
        return capitalised(contracted(who_, f"{'has' if one else 'have'} got {thing}."))
    verb, by = _SCALDS[keyed(m["by"])]
    if part:  # ("scalded her hand with", as "burned her hand" above)
        done = f"{whose} {_SCALDED[keyed(part)]} with {by}{when_}"
        return f"Did {who_} {verb} {done}?" if asked else capitalised(f"{did} {verb}ed {done}.")
    return f"Did {who_} get {verb}ed by {by}{when_}?" if asked else capitalised(f"{did} got {verb}ed by {by}{when_}.")


def _owns(m: re.Match, own: str, who_: str, one: bool) -> bool:
    """Whether whose (`own`) is who's, as _agrees says, or "their" of kin English says neither his nor hers of ("My
    child … their"); "we" and "they" have no one throat."""
    if m["who"] and m["who"].lower() in ("we", "they"):
        return False
    if own.lower() == "their" and m["kin"]:
        return his_her(who_) is None
    return _agrees(m, own, who_, one)


def _stuck_vi(text: str) -> str | None:
    """"I got a fish bone stuck in my throat.", "I choked on a fish bone." as "Tôi bị hóc xương cá.", asked too
    (_STUCK_EN); None for anything else, and where a verb or whose does not agree with who."""
    m = _STUCK_EN.fullmatch(text)
    asked = bool(m and m["aux"])
    if not m or asked != ("?" in m["end"]) or asked and (m["have"] or m["just"]):
        return None
    who_, one = who_vi(m)
    verb, aux, day = (m["get"] or m["choke"]).lower(), (m["aux"] or "").lower(), _day(m["day"], "en")
    if aux == "did":
        right = verb in ("get", "choke")
    elif aux:
        right = verb == "got" and (aux == "has") == one and not m["day"]
    elif m["have"]:
        right = verb == "got" and _have_agrees(m["have"], one) and not m["day"]
    else:  # ("I got …", "I choked …", or "I have …", "She has …" now)
        right = verb in ("got", "choked") or verb in ("have", "has") and (verb == "has") == one and not (
            m["just"] or m["day"])
    if not right or day is None or m["just"] and day or m["own"] and not _owns(m, m["own"], who_, one):
        return None
    said = f"hóc xương{_BONES_VI[(m['bone'] or m['bone2'] or '').lower()]}"
    if asked:
        return placed(f"{who_} có bị {said}", day, " không?")
    return placed(f"{who_} {'vừa ' if m['just'] else ''}bị {said}", day, ".")


def _scald_vi(text: str) -> str | None:
    """"I scalded myself with boiling water." and "I got scalded by boiling water." as "Tôi bị bỏng nước sôi.", a
    part or asked too (_SCALD_EN); None for anything else, and where a verb, "was", whose or "-self" does not agree."""
    m = _SCALD_EN.fullmatch(text)
    asked = bool(m and m["did"])
    if not m or asked != ("?" in m["end"]) or asked and (m["have"] or m["just"]):
        return None
    who_, one = who_vi(m)
    got, day = (m["got"] or "").lower(), _day(m["day"], "en")
    form = 0 if asked else 2 if m["have"] else 1
    if m["verb"]:
        verb = m["verb"].lower()
        right = (_FORMS | _SCALD_FORMS)[verb][form] == verb and _have_agrees(m["have"], one)
    else:  # ("I got scalded", "Did you get scalded", "I was scalded")
        right = not m["have"] and (got == "get" if asked else got == "got" or got == be_of(who_, one, past=True))
    own = m["own"] or _SELF_WHOSE.get((m["self"] or "").lower())
    if not right or day is None or (m["just"] or m["have"]) and day or own and not _owns(m, own, who_, one):
        return None
    said = f"bỏng {_SCALDS_VI[' '.join(m['by'].lower().split())]}"
    said += f" ở {_SCALDED_VI[m['part'].lower()]}" if m["part"] else ""
    if asked:
        return placed(f"{who_} có bị {said}", day, " không?")
    return placed(f"{who_} {'vừa ' if m['just'] else ''}bị {said}", day, ".")
