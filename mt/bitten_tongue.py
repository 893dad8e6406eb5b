"""A tongue, a lip or a cheek bitten, and a tooth chipped or broken or a lip split (in a fall, on a bone), both ways,
written whole by rule. v8 (rules on) reads "mẻ" as cool, "răng cửa" as a door's, "lưỡi" as we or blood, "môi" as
tissue, "rách" as faded, and English "lip" as a lid, "chip" and "break" as anything: "Tôi bị cắn vào lưỡi." → "I was
bitten in my tongue.", "Con tôi bị ngã gãy răng." → "My child has broken my teeth.", "Tôi bị mẻ răng." → "I have a
tooth.", "Răng cửa của tôi bị mẻ." → "My door was cool.", "Lưỡi tôi bị chảy máu." → "We're getting a blood flow.",
"Lưỡi tôi bị sưng." → "We're swollen.", "Tôi lỡ cắn phải má trong khi ăn." → "I miss my cheeks while I'm eating.",
"Tôi cắn phải lưỡi chảy máu." → "I bite my tongue.", "Con tôi bị ngã rách môi." → "My child was faded."; "I bit my lip
and it bled." → "Tôi cắn nắp và nó chạy.", "I chipped a tooth." → "Tôi đã vặn một cái răng.", "My son fell and broke
his front tooth." → "Con trai tôi rơi xuống và làm cho cái răng trước của mình.", "My lip is swollen." → "Món của tôi
bị sưng.", "Is your tongue bleeding?" → "Xuất huyết của bạn có phải không?", "I have a chipped tooth." → "Tôi đã
tha thứ." (forgave), "He fell and split his lip." → "Anh ấy ngã xuống và chia nắp.".

Taken: who (mt.hobbies.WHO, WHO_EN) bit their cheek ("cắn phải má", "I bit my cheek") or the inside of it ("má trong",
"bên trong má", "thịt má"), their tongue said with "bị" ("Tôi bị cắn vào lưỡi.": only oneself bites one's tongue), or
their tongue, lip or cheek and it bled ("chảy máu"), so hard it bled ("đến chảy máu"), or it really hurts ("đau
quá"): just, accidentally ("lỡ"), again, while eating, on a day behind or today (mt.mouth_sores' days), or asked "Did
… bite …?"; whose tongue or upper or lower lip is bleeding, swollen or hurts (really, a lot), said or asked, and in
English whose lip too; who chipped ("mẻ", "sứt"), broke ("gãy") or cracked ("nứt") a tooth (a front tooth, one to
three teeth) or split their lip ("rách môi"), having fallen ("ngã", "té": "fell and"; off their bike or motorbike), on
a bone ("khi ăn xương", "vì cắn phải xương"), just, already ("rồi": "I've chipped a tooth."), on a day, or asked; whose
(front) tooth is chipped, broken or cracked ("Răng cửa của tôi bị mẻ.", "My front tooth is chipped."), or asked, and
who has one in English ("I have a chipped tooth.").
Left: a tongue or a lip bitten by mistake plainly, and burnt (mt/mouth_sores.py's), "I bit my tongue." and "I bit my
lip." said plainly (bitten, or kept quiet? mt/mouth_sores.py leaves them too), "bị cắn vào môi", "bị cắn vào má" and
"cắn vào má" (by whom? a kiss, a child; "má" is also a mother in the South), with "trong khi ăn" after too ("má trong"
or "trong khi"?), "môi" alone bleeding, swollen or hurting (one lip or both? a lip bleeding is mt/injuries.py's both
ways), "My lips are swollen." (v8's is right), "we" or "they" (a tooth each?), English "our" (chúng tôi or chúng ta?),
"anh", "chị", "em" alone saying it, "I" asked, a pet, a name alone where English must say his or her (a lip, a bike),
a child on a motorbike (riding it?), a tooth knocked out or lost ("rụng": mt/dentist.py), "ngã xe" (a bike or a
motorbike?), what else chipped a tooth ("đá": a stone, or ice?), a bite and what came of it with a day or a meal (in
which order?), a lip bitten "so hard it bled" (held back?), "đang" swollen or hurting, "thế"/"vậy" statements, and
anything else.
mt.phrasebook.translate tries these after mt/cat_scratching.py.

    >>> translate("Con tôi bị ngã gãy răng.", "vi", "en"), translate("I bit my lip and it bled.", "en", "vi")
    ('My child fell and broke a tooth.', 'Tôi cắn phải môi chảy máu.')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, owner_of, pet,
                      someone, who_vi)
from .lazy_re import lazy
from .mouth_sores import (MOUTH_ASK, MOUTH_DAY, MOUTH_DAY2, MOUTH_DAYS, MOUTH_DAYS_VI, MOUTH_END, mouth_asked,
                          mouth_day, mouth_own, mouth_who, mouth_whose)
from .names import named_his_her
from .people import CHILD_KIN
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:lưỡi|môi\s+(?:trên|dưới)|rách\s+môi|cắn\s+(?:phải|vào|trúng)\s+(?:má|thịt\s+má|bên\s+trong|"
                    r"môi)|răng)"),
         "en": lazy(r"(?i:tongue|\blip\b|cheek|tooth|teeth)")}
# what is bitten ("inside": the inside of the cheek), and what came of it (English after the bite), and back
_BITTEN = {"lưỡi": "tongue", "môi": "lip", "má": "cheek", "má trong": "inside", "bên trong má": "inside",
           "thịt má": "inside"}
_AFTER = {"chảy máu": " and it bled", "đến chảy máu": " so hard it bled", "đau quá": " and it really hurts"}
_AFTER_VI = {en.strip(): vi for vi, en in _AFTER.items()} | {"so hard that it bled": "đến chảy máu"}
# what befell a tooth or a lip: English's past, base and past participle, and back
_BROKE = {"gãy": ("broke", "break", "broken"), "mẻ": ("chipped", "chip", "chipped"),
          "sứt": ("chipped", "chip", "chipped"), "nứt": ("cracked", "crack", "cracked"),
          "rách": ("split", "split", "split")}
_BROKE_VI = {en: vi for vi, forms in reversed(_BROKE.items()) for en in forms}
_COUNTS = {"một": 1, "1": 1, "hai": 2, "2": 2, "ba": 3, "3": 3}
_COUNTS_EN = {1: "a", 2: "two", 3: "three"}
_COUNTS_VI = {"a": "", "one": "một cái ", "two": "hai cái ", "three": "ba cái "}
_RIDES = {"xe đạp": "bike", "xe máy": "motorbike"}
_RIDES_VI = {"bike": "xe đạp", "bicycle": "xe đạp", "motorbike": "xe máy"}
_ON_DAYS = alternatives(MOUTH_DAYS)  # (mt.mouth_sores': a day behind, or today)

# a bite ("Tôi lỡ cắn phải má trong khi ăn.", "Tôi bị cắn vào lưỡi.", "Con tôi cắn phải môi chảy máu.")
_BIT = lazy(rf"{MOUTH_DAY.format(_ON_DAYS)}{WHO}\s+{MOUTH_ASK}(?:(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<again>lại)\s+)?"
            rf"(?:(?P<oops>lỡ)\s+)?(?P<bi>bị\s+)?cắn\s+(?P<how>phải|vào|trúng)\s+(?P<part>(?i:{alternatives(_BITTEN)}))"
            r"(?P<meal>\s+(?:khi|lúc|trong\s+lúc|trong\s+khi)\s+ăn)?(?:\s+(?P<after>"
            rf"{alternatives(_AFTER)}))?(?:\s+(?P<done>rồi))?{MOUTH_DAY2.format(_ON_DAYS)}{MOUTH_END}")
# a tooth or a lip hurt ("Con tôi bị ngã gãy răng.", "Tôi bị mẻ răng vì cắn phải xương.", "Anh ấy bị ngã rách môi.")
_TOOTH = lazy(rf"{MOUTH_DAY.format(_ON_DAYS)}{WHO}\s+{MOUTH_ASK}(?:(?P<just>vừa\s+mới|vừa|mới)\s+)?(?:(?P<bi>bị)\s+)?"
              rf"(?:(?P<fell>ngã|té)(?:\s+(?P<ride>{alternatives(_RIDES)}))?\s+)?(?P<verb>{alternatives(_BROKE)})\s+"
              rf"(?:mất\s+)?(?:(?P<n>{alternatives(_COUNTS)})\s+(?:cái\s+)?)?(?P<part>răng(?P<front>\s+cửa)?|môi)"
              r"(?P<bone>\s+(?:khi\s+ăn|(?:vì|do|khi)\s+cắn\s+phải)\s+xương)?(?:\s+(?P<done>rồi))?"
              rf"{MOUTH_DAY2.format(_ON_DAYS)}{MOUTH_END}")
# whose tongue, lip or tooth, and how it is ("Lưỡi tôi bị chảy máu.", "Răng cửa của tôi bị mẻ.", "Lưỡi bạn có đau
# không?")
_STATE = lazy(rf"(?P<part>[Ll]ưỡi|[Mm]ôi\s+(?P<which>trên|dưới)|[Rr]ăng(?P<front>\s+cửa)?)\s+(?:của\s+)?{OWNER}\s+"
              r"(?:(?P<ask>có)\s+)?(?:(?P<bi>bị|đang)\s+)?(?P<state>chảy\s+máu|sưng(?:\s+lên)?|đau|mẻ|sứt|gãy|nứt)"
              rf"(?:\s+(?P<much>quá|lắm))?{ASKED_END}")

# ... in English
_BIT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<just>just))?(?:\s+(?P<oops>accidentally))?\s+"
               r"(?P<verb>bit|bite)\s+"
               r"(?P<inside>the\s+inside\s+of\s+)?(?P<owner>my|your|his|her|their)\s+(?P<part>cheek|tongue|lip)"
               r"(?P<oops2>\s+by\s+accident)?(?P<meal>\s+(?:while|when)\s+eating)?"
               rf"(?:\s+(?P<day>{alternatives(MOUTH_DAYS_VI)}))?(?:\s+(?P<after>{alternatives(_AFTER_VI)}))?"
               r"\s*(?P<end>[.!?]*)")
_TOOTH_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?(?:\s+(?P<just>just))?\s+"
                 r"(?:(?P<fell>fell|fall)(?:\s+(?:over|down))?(?:\s+off\s+(?P<own2>my|your|his|her|their)\s+"
                 rf"(?P<ride>{alternatives(_RIDES_VI)}))?\s+and\s+)?(?P<verb>{alternatives(_BROKE_VI)})\s+"
                 rf"(?:(?P<n>an?|one|two|three)|(?P<own>my|your|his|her|their))\s+(?P<front>front\s+)?"
                 rf"(?P<part>tooth|teeth|lip)(?P<bone>\s+on\s+a\s+bone)?(?:\s+(?P<day>{alternatives(MOUTH_DAYS_VI)}))?"
                 r"\s*(?P<end>[.!?]*)")
_STATE_EN = lazy(rf"(?:(?P<q>Is|Does)\s+)?(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                 r"(?P<part>tongue|(?P<which>upper|lower|top|bottom)\s+lip|lip|(?P<front>front\s+)?tooth)"
                 r"(?P<be>\s+is|['’]s)?(?:\s+(?P<really>really))?\s+(?P<state>bleeding|swollen|chipped|broken|cracked|"
                 r"hurts|hurt)(?:\s+(?P<much>a\s+lot|so\s+much))?\s*(?P<end>[.!?]*)")
# "I have a chipped tooth.", "She's got a broken front tooth."
_HAS_EN = lazy(rf"{WHO_EN}(?P<have>\s+has|\s+have|'ve|'s)(?P<got>\s+got)?\s+a\s+(?P<state>chipped|broken|cracked)\s+"
               r"(?P<front>front\s+)?tooth\s*(?P<end>[.!]*)")
_TOOTH_STATES = {"mẻ": "chipped", "sứt": "chipped", "gãy": "broken", "nứt": "cracked"}
_TOOTH_STATES_VI = {"chipped": "mẻ", "broken": "gãy", "cracked": "nứt"}
_LIPS = {"trên": "upper lip", "dưới": "lower lip"}
_LIPS_VI = {"upper": "Môi trên", "top": "Môi trên", "lower": "Môi dưới", "bottom": "Môi dưới"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a tongue, a lip or a cheek bitten, whose tongue or lip bleeds, is swollen or
    hurts, or a tooth chipped, broken or cracked (or a lip split), in a fall or not; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _bit(text) or _tooth(text) or _state(text)
    text = text.replace("’", "'")
    return _bit_vi(text) or _tooth_vi(text) or _has_vi(text) or _state_vi(text)


def _said_by(m: re.Match) -> tuple[tuple[str, bool], bool] | None:
    """Who of a Vietnamese match of a pattern over WHO in English (as mt.mouth_sores reads them: not a pet, "I" asked,
    "anh" saying), whether one, and whether it asks; None for who not read, "em" speaking, "we" or "they" (a tongue,
    a tooth each?), and a "?" or asking words not agreeing."""
    asked = mouth_asked(m)
    said = None if asked is None or em_speaking(m) else mouth_who(m, asked)
    return None if said is None or said[0] in ("we", "they") else (said, asked)


def _bit(text: str) -> str | None:
    """"Tôi lỡ cắn phải má trong khi ăn." as "I accidentally bit the inside of my cheek while eating.", "Tôi bị cắn vào
    lưỡi." as "I bit my tongue.", "Con tôi cắn phải môi chảy máu." as "My child bit their lip and it bled." (_BIT); None
    for anything else, a tongue or a lip bitten plainly (mt/mouth_sores.py's), and whose not known."""
    m = _BIT.fullmatch(text)
    got = m and _said_by(m)
    if not got:
        return None
    (who_, _), asked = got
    part, after, day = _BITTEN[keyed(m["part"])], m["after"], mouth_day(m, MOUTH_DAYS)
    # ("má trong khi ăn" is also "má" and "trong khi ăn": read as a cheek too)
    cheek = part == "cheek" or keyed(m["part"]) == "má trong" and keyed(m["meal"] or "").startswith(("khi", "lúc"))
    if m["bi"] and (m["oops"] or part == "lip" or cheek) or part in ("tongue", "lip") and not (m["bi"] or after) or \
            cheek and keyed(m["how"]) == "vào":
        return None  # ("bị cắn vào môi": by whom?; "cắn vào má": maybe a kiss, or a mother's)
    if day and (m["just"] or m["again"]) or m["done"] and (asked or m["just"]) or asked and (
            m["just"] or m["again"] or m["oops"]) or after and (asked or day or m["meal"] or m["just"] or m["again"]):
        return None
    if (whose := mouth_whose(m, who_)) is None:
        return None
    bitten = f"the inside of {whose} cheek" if part == "inside" else f"{whose} {part}"
    meal = " while eating" if m["meal"] else ""
    if asked:
        return f"Did {who_} bite {bitten}{meal}{day}?"
    how = "just " * bool(m["just"]) + "accidentally " * bool(m["oops"])
    again, rest = " again" * bool(m["again"]), _AFTER[keyed(after)] if after else ""
    return capitalised(f"{who_} {how}bit {bitten}{meal}{again}{day}{rest}{stop(m['end'])}")


def _tooth(text: str) -> str | None:
    """"Con tôi bị ngã gãy răng." as "My child fell and broke a tooth.", "Tôi bị mẻ răng vì cắn phải xương." as "I
    chipped a tooth on a bone.", "Tôi bị mẻ răng rồi." as "I've chipped a tooth.", "Anh ấy bị ngã rách môi." as "He
    fell and split his lip." (_TOOTH); None for anything else."""
    m = _TOOTH.fullmatch(text)
    got = m and (m["bi"] or m["fell"]) and _said_by(m)
    if not got:
        return None
    (who_, one), asked = got
    lip, verb, day = m["part"] == "môi", keyed(m["verb"]), mouth_day(m, MOUTH_DAYS)
    if lip != (verb == "rách") or lip and m["n"] or m["bone"] and (m["fell"] or lip) or m["done"] and (
            day or m["just"] or asked or m["fell"]) or m["just"] and (asked or day) or keyed(
            m["ride"] or "") == "xe máy" and keyed(m["kin"] or "") in CHILD_KIN:
        return None  # (a child on a motorbike: riding it, or carried?)
    whose = mouth_whose(m, who_) if lip or m["ride"] else ""
    if whose is None:
        return None
    past, base, done = _BROKE[verb]
    n = _COUNTS[keyed(m["n"] or "một")]
    what = f"{whose} lip" if lip else f"{_COUNTS_EN[n]} {'front ' * bool(m['front'])}{'tooth' if n == 1 else 'teeth'}"
    what += " on a bone" * bool(m["bone"])
    fell = f"fell off {whose} {_RIDES[keyed(m['ride'])]} and " if m["ride"] else "fell and " * bool(m["fell"])
    if asked:
        return f"Did {who_} {fell.replace('fell', 'fall')}{base} {what}{day}?"
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {done} {what}") + stop(m["end"]))
    return capitalised(f"{who_} {'just ' * bool(m['just'])}{fell}{past} {what}{day}{stop(m['end'])}")


def _state(text: str) -> str | None:
    """"Lưỡi tôi bị chảy máu." as "My tongue is bleeding.", "Môi dưới của tôi bị sưng." as "My lower lip is swollen.",
    "Lưỡi bạn có đau không?" as "Does your tongue hurt?", "Răng cửa của tôi bị mẻ." as "My front tooth is chipped."
    (_STATE); None for anything else, "đang" swollen or hurting, and "our", "their" (tongues?) or a pet's."""
    m = _STATE.fullmatch(text)
    asked = asked_of(m) if m else None
    whose = None if asked is None or pet(m["someone"], "vi") else owner_of(m, "")
    if not whose or whose in ("our", "their") or asked and whose == "my":
        return None  # (one's own tongue asked of: "Does my tongue hurt?")
    state, bi, much = keyed(m["state"]).split()[0], keyed(m["bi"] or ""), keyed(m["much"] or "")
    tooth = m["part"][0] in "Rr"
    if tooth != (state in _TOOTH_STATES) or much and (asked or state != "đau") or bi == "đang" and state != "chảy":
        return None
    part = "front tooth" if m["front"] else "tooth" if tooth else _LIPS[keyed(m["which"])] if m["which"] else "tongue"
    said = f"{whose} {part}"
    if tooth:
        return f"Is {said} {_TOOTH_STATES[state]}?" if asked else capitalised(
            f"{said} is {_TOOTH_STATES[state]}{stop(m['end'])}") if bi == "bị" else None
    if state == "đau":
        if asked:
            return f"Does {said} hurt?"
        return capitalised(f"{said} {'really hurts' if much == 'quá' else 'hurts a lot' if much else 'hurts'}"
                           f"{stop(m['end'])}")
    how = "bleeding" if state == "chảy" else "swollen"
    return f"Is {said} {how}?" if asked else capitalised(f"{said} is {how}{stop(m['end'])}")


def _owns(m: re.Match, who_: str, word: str | None) -> bool:
    """Whether whose `word` after who of a match of WHO_EN is who's own (mt.mouth_sores' mouth_own), a name's by
    mt.names.named_his_her where it tells ("John … his", not "John … her")."""
    if word is None:
        return True
    return mouth_own(m, who_, word) and not (m["given"] and named_his_her(m["given"]) not in (None, word.lower()))


def _who_en(m: re.Match) -> str | None:
    """Who of a match of WHO_EN in Vietnamese; None for a pet, "I" asked, "we" or "they" (a tongue, a tooth each?),
    "our" (_ours), and a "?" not agreeing with "Did"."""
    who_, _ = who_vi(m)
    if bool(m["q"]) != ("?" in m["end"]) or animal(m) or _ours(who_) or who_ == "họ" or m["q"] and who_ == "tôi":
        return None
    return who_


def _ours(said: str | None) -> bool:
    """Whether someone said in Vietnamese is "we" or ours ("con trai chúng tôi"): English "we", "our" may take in
    the one spoken to (chúng ta), or not (chúng tôi)."""
    return "chúng tôi" in (said or "")


def _bit_vi(text: str) -> str | None:
    """"I bit the inside of my cheek while eating." as "Tôi cắn phải má trong khi ăn.", "I bit my lip and it bled." as
    "Tôi cắn phải môi chảy máu.", "Did you bite your cheek?" as "Bạn có cắn phải má không?" (_BIT_EN); None for
    anything else, a tongue or a lip bitten and nothing coming of it (mt/mouth_sores.py's; "I bit my tongue.": kept
    quiet?), and another's."""
    m = _BIT_EN.fullmatch(text)
    who_ = m and _who_en(m)
    if not who_ or (m["verb"] == "bite") != bool(m["q"]) or not _owns(m, who_, m["owner"]):
        return None
    oops, after = bool(m["oops"] or m["oops2"]), m["after"]
    if m["part"] != "cheek" and (not after or m["inside"]) or m["just"] and m["day"] or m["q"] and (
            m["just"] or oops) or after and (m["q"] or m["day"] or m["meal"] or m["just"]) or (
            m["part"] == "lip" and after and after.startswith("so") and not oops):
        return None  # (a lip bitten "so hard it bled": held back as often as by mistake, and "cắn phải" says which)
    part = "má trong" if m["inside"] else {"cheek": "má", "tongue": "lưỡi", "lip": "môi"}[m["part"]]
    said = f"cắn phải {part}{' khi ăn' * bool(m['meal'])}"
    day = MOUTH_DAYS_VI[m["day"].lower()] if m["day"] else ""
    if m["q"]:
        return capitalised(f"{day} {who_} có {said} không?".strip())
    rest = f" {_AFTER_VI[' '.join(after.split())]}" if after else ""
    how = "vừa " * bool(m["just"]) + "lỡ " * oops
    return capitalised(f"{day} {who_} {how}{said}{rest}{stop(m['end'])}".strip())


def _tooth_vi(text: str) -> str | None:
    """"My son fell and broke his front tooth." as "Con trai tôi bị ngã gãy răng cửa.", "I've chipped a tooth." as
    "Tôi bị mẻ răng rồi.", "Did you break a tooth?" as "Bạn có bị gãy răng không?", "He fell and split his lip." as
    "Anh ấy bị ngã rách môi." (_TOOTH_EN); None for anything else, a verb, "a" or a count not agreeing, and
    another's."""
    m = _TOOTH_EN.fullmatch(text)
    who_ = m and _who_en(m)
    if not who_ or not (_owns(m, who_, m["own"]) and _owns(m, who_, m["own2"])):
        return None
    verb, n, lip = m["verb"].lower(), (m["n"] or "").lower(), m["part"] == "lip"
    past, base, done = _BROKE[_BROKE_VI[verb]]
    want = base if m["q"] else done if m["have"] else past
    fell = (m["fell"] or "") == ("fall" if m["q"] else "fell") if m["fell"] else True
    if verb != want or not fell or m["have"] and (m["fell"] or m["q"] or m["day"] or not first_agrees(
            m["have"].strip(), who_, who_vi(m)[1])) or m["q"] and m["just"]:
        return None
    if lip != (verb == "split") or lip and (n or m["front"] or m["bone"]) or n == "an" or (
            m["part"] == "teeth") != (n in ("two", "three")) or m["bone"] and (m["fell"] or m["have"]) or (
            m["just"] and m["day"]):
        return None
    what = "môi" if lip else f"{_COUNTS_VI.get(n, '')}răng{' cửa' * bool(m['front'])}"
    ride = f" {_RIDES_VI[m['ride'].lower()]}" if m["ride"] else ""
    said = f"bị {f'ngã{ride} ' if m['fell'] else ''}{_BROKE_VI[verb]} {what}{' vì cắn phải xương' * bool(m['bone'])}"
    day = MOUTH_DAYS_VI[m["day"].lower()] if m["day"] else ""
    if m["q"]:
        return capitalised(f"{day} {who_} có {said} không?".strip())
    if m["just"]:
        return capitalised(f"{day} {who_} vừa {said}{stop(m['end'])}".strip())
    return capitalised(f"{day} {who_} {said}{' rồi' * bool(m['have'])}{stop(m['end'])}".strip())


def _has_vi(text: str) -> str | None:
    """"I have a chipped tooth." as "Tôi bị mẻ răng.", "She's got a broken front tooth." as "Cô ấy bị gãy răng cửa."
    (_HAS_EN); None for anything else, "have" not agreeing ("'ve" only with "got"), a pet, "we" and "they"."""
    m = _HAS_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    have = m["have"].strip()
    if _ours(who_) or who_ == "họ" or not first_agrees(have, who_, one) or have in ("'ve", "'s") and not m["got"]:
        return None
    return capitalised(f"{who_} bị {_TOOTH_STATES_VI[m['state']]} răng{' cửa' * bool(m['front'])}{stop(m['end'])}")


def _state_vi(text: str) -> str | None:
    """"My tongue is bleeding." as "Lưỡi tôi đang chảy máu.", "My lip is swollen." as "Môi tôi bị sưng.", "Does your
    tongue hurt?" as "Lưỡi bạn có đau không?", "My front tooth is chipped." as "Răng cửa của tôi bị mẻ." (_STATE_EN);
    None for anything else, a lip bleeding (mt/injuries.py's), "our", "their" or a pet's, "my" asked, and a verb not
    agreeing."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or pet(m["someone"], "en"):
        return None
    poss = (m["poss"] or "").lower()
    whose = WHOSE_VI[poss] if poss else someone(m["someone"], "en")
    state, q, tooth = m["state"], (m["q"] or "").lower(), m["part"].endswith("tooth")
    hurt = state.startswith("hurt")
    if not whose or _ours(whose) or poss == "their" or q and poss == "my" or tooth != (state in _TOOTH_STATES_VI) or (
            q == "does") != (bool(q) and hurt) or bool(m["be"]) == (hurt or bool(q)) or (state == "hurt") != (
            q == "does"):
        return None
    if state == "bleeding" and m["part"] == "lip" or (m["really"] or m["much"]) and (q or not hurt or (
            m["really"] and m["much"])):
        return None
    part = "Răng cửa" if m["front"] else "Răng" if tooth else _LIPS_VI[m["which"]] if m["which"] else (
        "Lưỡi" if m["part"] == "tongue" else "Môi")
    of = "của " if " " in part or not poss else ""
    said = f"{part} {of}{whose}"
    if tooth:
        how = f"bị {_TOOTH_STATES_VI[state]}"
    else:
        how = "đau" if hurt else "chảy máu" if state == "bleeding" else "bị sưng"
    if q:
        return f"{said} có {how if how != 'chảy máu' else 'bị chảy máu'} không?"
    if hurt:
        how += " quá" if m["really"] else " lắm" if m["much"] else ""
    return f"{said} {'đang ' * (how == 'chảy máu')}{how}{stop(m['end'])}"
