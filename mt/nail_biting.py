"""Nervous habits, both ways, written whole by rule: biting one's nails, sucking one's thumb, cracking one's knuckles,
picking one's nose, biting or licking one's lips. v8 (rules on) reads "hay" (often) as "or", "mút" (suck) as scooping,
"ngoáy mũi" as blowing it, and "suck", "crack", "pick" as surfing, "crisp" and choosing: "Con tôi hay cắn móng tay." →
"My child or nail-biting.", "Anh ấy hay mút ngón tay cái." → "He or scooped his finger.", "Con tôi vẫn còn mút tay." →
"My child still scooped up.", "Anh ấy hay bẻ khớp ngón tay." → "He or her finger joints.", "Đừng ngoáy mũi!" → "Don't
blow your nose!", "Hồi nhỏ tôi hay mút tay." → "My little hands or scoop.", "Con trai tôi đã bỏ được tật cắn móng tay."
→ "My son missed nails."; "She sucks her thumb." → "Cô ấy lướt ngón tay cái của mình.", "He often cracks his knuckles."
→ "Anh ta thường trừ những con dao cừu của mình.", "Stop biting your nails!" → "Hãy cắn móng tay nhé!" (do bite them),
"Don't pick your nose!" → "Đừng chọn mũi nhé!", "My son has stopped biting his nails." → "Con trai tôi dừng lại cắn móng
tay.". Lips: "Tôi hay cắn môi." → "I'm biting my lips.", "Anh ấy hay cắn môi khi lo lắng." → "He or bites his lips as
worried.", "Con tôi hay liếm môi." → "My child or environmental groom.", "Đừng liếm môi nữa!" → "Don't shroom!", "Con
trai tôi đã bỏ được tật cắn môi." → "My son left a bite."; "She bit her lip." → "Cô ấy cắn nắp.", "I often bite my lip."
→ "Tôi thường cắn nắp.", "Stop biting your lip!" → "Hãy ngưng cắn môi!", "My daughter often licks her lips." → "Đứa con
gái tôi thường lén môi.".

Taken: who (mt.hobbies.WHO, WHO_EN; whose by kin or title, mt.hobbies.his_her_of: "con tôi" is "their") doing one of
HABITS as a habit (bare, "hay", "thường" ↔ "often", "usually"), still ("vẫn còn", "còn"), not, no longer ("không còn …
nữa" ↔ "doesn't … any more", "no longer"), asked ("có … không?", "còn … không?"), "khi lo lắng", "khi căng thẳng" ↔
"when I'm worried", "when stressed" ("mỗi khi": whenever), in the past ("từng" ↔ "used to") and as a child ("hồi nhỏ" ↔
"as a child": said, often, not, asked); who has stopped ("đã bỏ được tật …", "… rồi" ↔ "has stopped …ing"), asked ("…
chưa?" ↔ "Has … stopped … yet?"), not yet ("chưa", "vẫn chưa" ↔ "hasn't … yet", "still hasn't"); "Đừng … (nữa)!" ↔
"Don't …!", "Stop …ing your …!"; "đang" (now) Vietnamese to English. The lips' ("cắn môi" ↔ "bite one's lip" or "lips",
"liếm môi" ↔ "lick one's lips") only where Vietnamese says a habit: "hay", "thường", "không còn … nữa", "không … nữa",
"có hay … không?", "hồi nhỏ … hay", "đang", "Đừng … (nữa)", and quitting named ("đã bỏ được tật cắn môi" ↔ "has broken",
"kicked", "quit the habit of biting his lip"); English → Vietnamese also bare, still, asked and not, and "he" or "she"
once in the past ("She bit her lip." → "Cô ấy cắn môi."). Left: "anh", "chị", "em" alone saying it, a given name alone
or after a title that says neither ("Lan cắn móng tay.", "Em Lan": his or her? as every module reads a name), asked
without "có" or of oneself ("Tôi có cắn móng tay không?"), "nhỉ", a pet as who, "mút ngón tay", "bẻ khớp" and "bẻ tay"
alone (which finger, which joint?), "có từng …" (ever?), a plain English past without "as a child" ("I bit my nails."),
"stopped" without "has" (at that moment?); of the lips, a bare, still or denied "cắn môi" (that once, or always? "Cô ấy
cắn môi."), "từng" and "used to" (once?), "bỏ … rồi" and "has stopped biting her lip" (just then?), "I", "we", a kin or
"you" in the past ("I bit my lip": as often a slip while eating), the past with "when" or as a child without "often",
"Did … ?", "mút môi" (suck one's lip: rarely said so), "lick one's lip", lips kissed or bitten of another ("cắn môi cô
ấy"); nails cut or painted (mt/salons.py, mt/makeup.py), fingers hurt (mt/injuries.py), teeth ground (mt/dozing.py,
mt/teeth.py), smoking and addictions (mt/smoking.py, mt/addiction.py), and anything else.
mt.phrasebook.translate tries these after mt/road_trips.py.

    >>> translate("Con tôi hay cắn móng tay.", "vi", "en"), translate("She sucks her thumb.", "en", "vi")
    ('My child often bites their nails.', 'Cô ấy mút tay.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN, AS_CHILDREN_EN
from .feelings import NERVES, NERVES_EN
from .hobbies import WHO, WHO_EN, animal, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, capitalised,
                   keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cắn\s+móng|gặm\s+móng|mút|bẻ\s+khớp|ngoáy\s+mũi|móc\s+mũi|cắn\s+môi|liếm\s+môi)"),
         "en": lazy(r"(?i:nails|thumb|knuckles|nose|lip)")}
# the habits, in Vietnamese, as the English verb and what is bitten, sucked, … (the first Vietnamese is written back)
HABITS = {"cắn móng tay": ("bite", "nails"), "gặm móng tay": ("bite", "nails"), "mút tay": ("suck", "thumb"),
          "mút ngón tay cái": ("suck", "thumb"), "bẻ khớp ngón tay": ("crack", "knuckles"),
          "bẻ khớp tay": ("crack", "knuckles"), "ngoáy mũi": ("pick", "nose"), "móc mũi": ("pick", "nose"),
          "cắn môi": ("bite", "lip"), "liếm môi": ("lick", "lips")}
HABITS_VI = {habit: vi for vi, habit in reversed(HABITS.items())}
# the lips' habits: a bare "Cô ấy cắn môi." may be a moment ("She bit her lip."), so only "hay", "không còn … nữa",
# "đang" are read; and English says "bite one's lip" or "lips", but "lick one's lips"
_LIPS = {("bite", "lip"), ("lick", "lips")}
# the English verb's forms (with "-s", "-ing", past)
_FORMS = {"bite": ("bites", "biting", "bit"), "suck": ("sucks", "sucking", "sucked"),
          "crack": ("cracks", "cracking", "cracked"), "pick": ("picks", "picking", "picked"),
          "lick": ("licks", "licking", "licked")}
_VERB_OF = {form: (verb, i) for verb, forms in _FORMS.items() for i, form in enumerate((verb, *forms))}
_BASE, _S, _ING, _PAST = range(4)
_MANY = {"thumb": "thumbs", "nose": "noses", "lip": "lips"}  # (of "we", "they": "We picked our noses.")
_FEEL, _FEEL_VI = NERVES, NERVES_EN  # (the shared words of mt.feelings: "khi lo lắng" ↔ "when I'm worried")
# how often, still, not … before the habit (the words of _do's table)
_PRE = {"hay": "often", "thường": "often", "thường xuyên": "often", "vẫn": "still", "còn": "still",
        "vẫn còn": "still", "không": "not", "không còn": "no longer", "từng": "used", "đã từng": "used", "đang": "now"}
_PRON = {"his": "he", "her": "she", "their": "they"}  # (who again, after "when", of whose)
_BE = {"I": ("'m", "was"), "he": ("'s", "was"), "she": ("'s", "was")}  # (anyone else: "'re", "were")

_HABIT = rf"(?P<habit>(?i:{alternatives(HABITS)}))"
_YOUNG = AS_A_CHILD
_WHEN = rf"(?P<whenever>mỗi\s+)?khi\s+(?:bị\s+)?(?P<feel>{alternatives(_FEEL)})"
# who does it ("Con tôi hay cắn móng tay.", "Bạn có cắn móng tay không?", "Hồi nhỏ tôi hay mút tay.")
_DO = lazy(rf"(?:(?P<young0>{_YOUNG})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<pre>{alternatives(_PRE)})\s+)?"
           rf"{_HABIT}(?:\s+{_WHEN})?(?:\s+(?P<young>{_YOUNG}))?(?:\s+(?P<more>nữa))?{ASKED_END}")
# who has stopped ("Con trai tôi đã bỏ được tật cắn móng tay.", "Con bạn bỏ mút tay chưa?")
_STOP = lazy(rf"{WHO}\s+(?:(?P<pre>đã|chưa|vẫn\s+chưa)\s+)?bỏ\s+(?P<could>được\s+)?"
             rf"(?:(?P<named>tật|thói\s+quen|thói)\s+)?{_HABIT}(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?"
             rf"{SOFTENED_END}")
_DONT = lazy(rf"(?i:đừng)\s+{_HABIT}(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")

# ... in English
_VERB_EN = rf"(?P<verb>{alternatives(_VERB_OF)})"
_OWN_EN = rf"(?P<poss>(?i:{WHOSE_WORDS}))\s+(?P<obj>nails|thumbs?|knuckles|noses?|lips?)"
_WHEN_EN = (r"(?P<whenever>when(?:ever)?)\s+(?:(?P<pron>(?i:I|you|he|she|we|they))(?P<be>['’]m|['’]re|['’]s|\s+am|"
            rf"\s+are|\s+is|\s+was|\s+were)\s+)?(?P<feel>{alternatives(_FEEL_VI)})")
_DO_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<neg>(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t))?"
              rf"(?:\s+(?P<adv>still|often|usually|no\s+longer|used\s+to|use\s+to))?\s+{_VERB_EN}\s+{_OWN_EN}"
              rf"(?:\s+{_WHEN_EN})?(?:\s+(?P<young>{AS_A_CHILD_EN}|{AS_CHILDREN_EN}))?"
              r"(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_STOP_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}(?P<aux>\s+(?:still\s+)?(?:has|have)(?:\s+not|n['’]t)|"
                rf"\s+has|\s+have|['’]s|['’]ve)?\s+(?:stopped|(?P<named>broken|kicked|quit)\s+the\s+habit\s+of)"
                rf"\s+{_VERB_EN}\s+{_OWN_EN}(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:(?P<dont>Don['’]t|Do\s+not)|(?P<stop>Stop))\s+{_VERB_EN}\s+(?P<poss>your)\s+"
                r"(?P<obj>nails|thumb|knuckles|nose|lips?)\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who bites their nails, sucks their thumb, cracks their
    knuckles, picks their nose, or bites or licks their lips, has stopped, or tells someone not to; None for any
    other."""
    if src == "vi":
        return _do(text) or _stop(text) or _dont(text)
    text = text.replace("’", "'")
    return _do_vi(text) or _stop_vi(text) or _dont_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of WHO in English, whether one ("she bites"), and whose ("my", "her" for "mẹ tôi", "their"
    for "con tôi", "her" for "Chị Lan"); None where who is not known (mt.hobbies.who), a pet, asked of oneself, or a
    name alone or after a title that says neither ("Lan", "Em Lan": mt.hobbies.his_her_of)."""
    said = None if animal(m) else who(m, asked)
    if said is None or asked and said[0] in ("I", "we"):
        return None
    # (a name's sex is not read from the name: his or her is said only by the kin or the title, as elsewhere)
    whose = whose_own(m, said[0]) or ("their" if m["kin"] else None)
    return whose and (*said, whose)


def _when(m: re.Match, who_: str, whose: str, past: bool) -> str:
    """" when I'm nervous", " whenever she was stressed" of a match of _DO, of who and whose, in the tense."""
    if not m["feel"]:
        return ""
    pron = who_ if who_ in EN_WHOSE else _PRON[whose]
    be = _BE.get(pron, ("'re", "were"))[past]
    return f" {'whenever' if m['whenever'] else 'when'} {pron}{' ' * past}{be} {_FEEL[keyed(m['feel'])]}"


def _do(text: str) -> str | None:
    """"Con tôi hay cắn móng tay." as "My child often bites their nails.", "Tôi cắn móng tay khi lo lắng." as "I bite
    my nails when I'm nervous.", "Bạn có mút tay không?" as "Do you suck your thumb?", "Em trai tôi không còn mút tay
    nữa." as "My younger brother doesn't suck his thumb any more.", "Hồi nhỏ tôi hay mút tay." as "I often sucked my
    thumb as a child.", "Tôi hay cắn môi." as "I often bite my lip." (_DO); None for anything else, and the lips'
    habits bare, still, denied or used to ("Cô ấy cắn môi.": that once, or always?)."""
    m = _DO.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    asked, pre, more = bool(m["asked"]), _PRE.get(keyed(m["pre"] or ""), ""), m["more"]
    young, (verb, obj) = m["young0"] or m["young"], HABITS[keyed(m["habit"])]
    if m["young0"] and m["young"] or more and (young or pre not in ("not", "no longer")) or \
            pre == "no longer" and not more:
        return None
    if (verb, obj) in _LIPS and not (pre in ("often", "no longer", "now") or pre == "not" and more):
        return None
    # asked with "có" or "còn" ("Bạn còn mút tay không?"), as a child only said, often, not, used to
    if asked and not (m["ask"] and pre in ("", "often", "still") or pre == "still") or m["ask"] and not asked or \
            young and (m["feel"] or pre not in ("", "often", "not", "used")) or pre == "now" and m["feel"]:
        return None
    said = _who(m, asked)
    if said is None:
        return None
    who_, one, whose = said
    s, ing, past = _FORMS[verb]
    what = f"{whose} {_MANY.get(obj, obj) if who_ in ('we', 'they') else obj}{_when(m, who_, whose, pre == 'used')}"
    as_child = f" as {'children' if who_ in ('we', 'they') else 'a child'}" if young else ""
    often = " often" if pre == "often" else ""
    if young:
        if asked:
            return f"Did {who_}{often} {verb} {what}{as_child}?"
        if pre == "not":
            return capitalised(f"{who_} didn't {verb} {what}{as_child}.")
        return capitalised(f"{who_}{often} {past} {what}{as_child}." if often else
                           f"{who_} used to {verb} {what}{as_child}.")
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{often or ' still' * (pre == 'still')} {verb} {what}?"
    if pre in ("not", "no longer"):
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {what}{' any more' * bool(more)}.")
    if pre == "used":
        return capitalised(f"{who_} used to {verb} {what}.")
    if pre == "now":
        be = "is" if one else "am" if who_ == "I" else "are"
        return capitalised(f"{who_} {be} {ing} {what}.")
    adverb = {"often": " often", "still": " still"}.get(pre, "")
    return capitalised(f"{who_}{adverb} {s if one else verb} {what}.")


def _stop(text: str) -> str | None:
    """"Con trai tôi đã bỏ được tật cắn móng tay." as "My son has stopped biting his nails.", "Con bạn bỏ mút tay
    chưa?" as "Has your child stopped sucking their thumb yet?", "Con tôi vẫn chưa bỏ được tật mút tay." as "My child
    still hasn't stopped sucking their thumb.", "Anh ấy đã bỏ được tật cắn môi." as "He has broken the habit of
    biting his lip." (_STOP); None for anything else, "bỏ" alone (will stop?), and the lips' without "tật"."""
    m = _STOP.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]) or m["done"] and (m["yet"] or m["pre"] not in (None, "đã")):
        return None
    pre = keyed(m["pre"] or "")
    said = _who(m, bool(m["yet"]))
    if said is None:
        return None
    who_, one, whose = said
    verb, obj = HABITS[keyed(m["habit"])]
    lips = (verb, obj) in _LIPS
    if lips and not m["named"]:  # ("Cô ấy bỏ cắn môi rồi.": now, or for good?)
        return None
    # (the lips' named as a habit: "She has stopped biting her lip." is as likely that moment)
    what = f"{'broken the habit of' if lips else 'stopped'} {_FORMS[verb][1]} {whose} " \
        f"{_MANY.get(obj, obj) if who_ in ('we', 'they') else obj}"
    has = "has" if one else "have"
    if m["yet"]:
        return f"{has.capitalize()} {who_} {what} yet?" if pre in ("", "đã") else None
    if pre in ("chưa", "vẫn chưa"):
        return capitalised(f"{who_} still {has}n't {what}." if pre == "vẫn chưa" else f"{who_} {has}n't {what} yet.")
    return capitalised(f"{who_} {has} {what}.") if pre or m["could"] or m["done"] else None


def _dont(text: str) -> str | None:
    """"Đừng ngoáy mũi!" as "Don't pick your nose!", "Đừng cắn móng tay nữa!" as "Stop biting your nails!" (_DONT);
    None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    verb, obj = HABITS[keyed(m["habit"])]
    said = f"Stop {_FORMS[verb][1]}" if m["more"] else f"Don't {verb}"
    return f"{said} your {obj}{m['end'] or '.'}"


def _habit(verb: str, obj: str, many: bool) -> tuple[str, str] | None:
    """The habit (a key of HABITS_VI) of an English verb and what ("bite", "lips" as ("bite", "lip")), of many ("we",
    "they") or not; None where what is not the verb's ("bite … nose", "lick … lip") or is many of one ("her noses")."""
    for habit in HABITS_VI:
        if habit[0] == verb and obj in (habit[1], _MANY.get(habit[1])):
            # ("bites her lip" or "lips": both are said)
            return habit if obj == habit[1] or many or habit in _LIPS else None
    return None


def _whose_en(m: re.Match) -> tuple[str, bool, str, tuple[str, str]] | None:
    """Who of a match of _DO_EN or _STOP_EN in Vietnamese, whether one, who again as English says it after "when"
    ("she" for "my mother … her"), and the habit; None where whose is not who's ("I … your nails", "My son … her
    thumb"), what is not the verb's ("bites his nose"), or who is a pet."""
    who_, one = who_vi(m)
    habit = _habit(_VERB_OF[m["verb"]][0], m["obj"], who_ in ("chúng tôi", "họ"))
    if animal(m) or habit is None:
        return None
    poss = m["poss"].lower()
    if m["who"]:
        pron = m["who"].lower()
        return (who_, one, pron, habit) if WHOSE_OF[pron] == poss else None
    known = his_her(who_) if m["kin"] else None
    return (who_, one, _PRON[poss], habit) if poss in _PRON and known in (None, poss) else None


def _when_vi(m: re.Match, pron: str, past: bool) -> str | None:
    """" khi lo lắng", " mỗi khi căng thẳng" of a match of _DO_EN; "" where none is said; None where who after "when"
    is not who, or "is" is not who's or not the tense's ("when he'm", "I bit … when I'm")."""
    if not m["feel"]:
        return ""
    if m["pron"]:
        said = m["pron"].lower()
        be = " ".join(m["be"].split()).replace("'m", "am").replace("'s", "is").replace("'re", "are")
        right = {"i": ("am", "was"), "he": ("is", "was"), "she": ("is", "was")}.get(said, ("are", "were"))[past]
        if said != pron or be != right:
            return None
    return f" {'mỗi khi' if m['whenever'] == 'whenever' else 'khi'} {_FEEL_VI[m['feel']]}"


def _do_vi(text: str) -> str | None:
    """"My child often bites their nails." as "Con tôi hay cắn móng tay.", "I bite my nails when I'm nervous." as
    "Tôi cắn móng tay khi lo lắng.", "Does she still suck her thumb?" as "Cô ấy còn mút tay không?", "I used to bite
    my nails as a child." as "Hồi nhỏ tôi hay cắn móng tay.", "She bit her lip." as "Cô ấy cắn môi." (_DO_EN); None
    for anything else, where a verb does not agree with who ("She bite", "Do he"), and the lips' used to ("ever?"),
    or in the past as a child without "often" (once?) or with "when" (always?)."""
    m = _DO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _whose_en(m)) is None:
        return None
    who_, one, pron, habit = said
    lips = habit in _LIPS
    q, neg, adv = (m["q"] or "").lower(), keyed(m["neg"] or "").replace("n't", " not"), keyed(m["adv"] or "")
    verb, form = _VERB_OF[m["verb"]]
    young, more = bool(m["young"]), bool(m["more"])
    does, used = q or neg.removesuffix(" not"), adv in ("used to", "use to")
    if does or used:  # ("Do you bite", "I used to bite", "Did you use to bite")
        agrees = form == _BASE and {"do": not one, "does": one, "did": adv != "used to", "": adv == "used to"}[does] \
            and (does in ("", "did") or not used)
    else:  # ("She bites", "I bite", "She bit … as a child")
        agrees = form == (_S if one else _BASE) or form == _PAST and (young and adv in ("", "often") or
                                                                    lips and not adv)
    if not agrees or more and neg not in ("do not", "does not") or young and m["feel"]:
        return None
    past = young or does == "did" or used or form == _PAST
    when, habit = _when_vi(m, pron, past), HABITS_VI[habit]
    if when is None:
        return None
    if young and lips and adv not in ("often", "used to", "use to"):  # ("She bit her lip as a child.": once?)
        return None
    if young:
        opening = f"Hồi nhỏ {who_}"
        if q == "did" and adv in ("", "often", "use to"):
            return f"{opening} có {'hay ' * bool(adv)}{habit} không?"
        if neg == "did not" and not (q or adv):
            return f"{opening} không {habit}."
        if not (q or neg) and (form == _PAST and adv in ("", "often") or adv == "used to"):
            return f"{opening} {'hay ' * bool(adv)}{habit}."
        return None
    # (the lips' once, told of "he" or "she": "She bit her lip."; "I bit my lip." is as often a slip while eating)
    if lips and form == _PAST and not (q or neg or when) and (m["who"] or "").lower() in ("he", "she"):
        return capitalised(f"{who_} {habit}.")
    if past:  # ("I used to bite my nails.", never asked: "Did you use to …?" is "ever?"; the lips' "từng": once)
        if lips:
            return None
        return capitalised(f"{who_} từng {habit}{when}.") if adv == "used to" and not (q or neg) else None
    if q:
        if who_ in ("tôi", "chúng tôi") or adv not in ("", "still", "often"):
            return None
        return capitalised(f"{who_} còn {habit}{when} không?" if adv == "still" else
                           f"{who_} có {'hay ' * bool(adv)}{habit}{when} không?")
    if neg or adv == "no longer":
        if neg and adv:
            return None
        return capitalised(f"{who_} không {'còn ' * (more or bool(adv))}{habit}{when}{' nữa' * (more or bool(adv))}.")
    pre = {"": "", "still": "vẫn còn ", "often": "hay ", "usually": "thường "}[adv]
    return capitalised(f"{who_} {pre}{habit}{when}.")


def _stop_vi(text: str) -> str | None:
    """"My son has stopped biting his nails." as "Con trai tôi đã bỏ được tật cắn móng tay.", "Has your child stopped
    sucking their thumb yet?" as "Con bạn đã bỏ được tật mút tay chưa?", "He still hasn't stopped cracking his
    knuckles." as "Anh ấy vẫn chưa bỏ được tật bẻ khớp ngón tay." (_STOP_EN); None for anything else, "stopped"
    without "has" (just then?), "hasn't stopped" without "yet" or "still", and where "has" does not agree."""
    m = _STOP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]) or \
            _VERB_OF[m["verb"]][1] != _ING or (said := _whose_en(m)) is None:
        return None
    who_, one, _, habit = said
    if habit in _LIPS and not m["named"]:  # ("She has stopped biting her lip.": just now?)
        return None
    aux = keyed(m["q"] or m["aux"]).replace("n't", " not")
    has = aux.removeprefix("still ").split()[0]
    if (has in ("has", "'s")) != one:  # ("She have stopped", "I's")
        return None
    habit = f"bỏ được tật {HABITS_VI[habit]}"
    if m["q"]:
        return None if who_ in ("tôi", "chúng tôi") else capitalised(f"{who_} đã {habit} chưa?")
    if aux.endswith("not"):
        still = aux.startswith("still")
        return capitalised(f"{who_} {'vẫn ' * still}chưa {habit}.") if still or m["yet"] else None
    return None if m["yet"] or aux.startswith("still") else capitalised(f"{who_} đã {habit}.")


def _dont_vi(text: str) -> str | None:
    """"Don't pick your nose!" as "Đừng ngoáy mũi!", "Stop biting your nails!" as "Đừng cắn móng tay nữa!"
    (_DONT_EN); None for anything else, and where the verb's form or what is not its own ("Stop bite", "Don't bite
    your nose")."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    verb, form = _VERB_OF[m["verb"]]
    if form != (_ING if m["stop"] else _BASE) or (habit := _habit(verb, m["obj"], False)) is None:
        return None
    return f"Đừng {HABITS_VI[habit]}{' nữa' * bool(m['stop'])}{m['end'] or '.'}"
