"""Sprained, twisted and dislocated joints, both ways, written whole by rule: a sprained wrist, knee or ankle ("bong gân
cổ tay"), a twisted ankle ("trẹo chân", "trật chân"), a dislocated shoulder ("trật khớp vai"), how it happened ("khi
chơi bóng", "khi chạy"), and the joint swelling up after. v8 (rules on) reads "bong gân" as a neck or sprains, "trật
khớp" as ordered or matched, "trẹo" as snugging or suffocated, and "sprained" as rained or clapped, "dislocated" as
disbanded, "ankle" as a dish or an eye: "Tôi bị bong gân cổ tay." → "I'm spraining my neck.", "Anh ấy bị trật khớp vai
khi chơi bóng." → "He was ordered to play the shoulder when he plays the ball.", "Mẹ tôi bị trật khớp vai." → "My
mother was ordered to match the shoulder.", "Tôi bị trẹo chân khi chạy." → "I'm snugging when I'm running.", "Cổ chân
tôi sưng lên sau khi bị trẹo." → "My legs were swollen after being suffocated.", "Tôi vừa bị trật chân." → "I've been
squiring.", "Vai anh ấy bị trật khớp." → "He was ordered to match."; "I sprained my wrist." → "Tôi đã mưa to tay vợt.",
"He dislocated his shoulder playing football." → "Anh ấy đã giải tán bóng đá của anh ấy.", "My ankle swelled up after
I twisted it." → "Món mắt của tôi tràn ra sau khi tôi vặn nó.", "My wrist is sprained." → "Món cổ của tôi bị mưa.",
"His shoulder is dislocated." → "Vai ông được giải tán.".

Taken: who (mt.hobbies.WHO, WHO_EN) sprained a joint of _SPRAINED, dislocated one of _DISLOCATED, twisted an ankle or a
wrist (_TWISTED), with how it happened (_DOING: "khi chơi bóng", playing football; "khi chạy", while running) or not:
done now ("I've sprained my wrist."), just ("vừa"), in the past ("đã", a day behind of _DAYS, or how), often ("hay"),
asked ("có … không?": "Have you …?", "Did you … yesterday?"), denied ("không bị": "hasn't"); whose joint is sprained,
dislocated or swollen, said, asked or denied ("Cổ tay tôi bị bong gân.", "Is your ankle swollen?"); a joint that
swelled up after it was twisted, sprained or dislocated, or after a fall ("sau khi bị trẹo", "sau khi bị ngã"); "have
a sprained ankle" and "Do you have …?" in English; "we" and "they" only in English with joints ("We twisted our
ankles."). Left: an ankle twisted or sprained with no how, said, asked, just or on a day (mt/injuries.py's: "Tôi bị
trẹo chân.", "I twisted my ankle."), "bị bong gân" or "trật khớp" with no joint (which?), "trẹo tay" (the hand or the
wrist?), "trẹo cổ" (mt/posture.py's crick), "sái chân", "chân" swollen (the leg or the foot?), how asked in Vietnamese
("Bạn có bị trẹo chân khi chạy không?": then, or whenever?), a statement ending in "thế", "vậy" (so much? then?),
whose joint English cannot tell (a name alone, "we", a pet), one joint of "we" or "they" ("We have a sprained
ankle."), a hip or a jaw swollen ("háng" is the groin), "anh", "chị", "em" alone saying it, casts and crutches
(mt/casts.py), falls (mt/falls.py), aches (mt/aches.py), and anything else.
mt.phrasebook.translate tries these after mt/remittances.py.

    >>> translate("Tôi bị bong gân cổ tay.", "vi", "en"), translate("I twisted my ankle while running.", "en", "vi")
    ("I've sprained my wrist.", 'Tôi bị trẹo chân khi chạy.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .free_time import placed
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, his_her_of, pet, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, STRESSED_SAID, alternatives, capitalised, contracted, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:bong\s+gân|trật|trẹo|trặc|lật\s+cổ|sưng)"),
         "en": lazy(r"(?i:sprain|twist|dislocat|swell|swoll)")}
# joints, as each injury names them (the first Vietnamese of each English is written back)
_SPRAINED = {"cổ tay": "wrist", "cổ chân": "ankle", "mắt cá chân": "ankle", "mắt cá": "ankle", "đầu gối": "knee",
             "ngón tay": "finger", "ngón tay cái": "thumb", "khuỷu tay": "elbow", "vai": "shoulder"}
_DISLOCATED = {"vai": "shoulder", "khớp vai": "shoulder", "ngón tay": "finger", "ngón tay cái": "thumb",
               "khuỷu tay": "elbow", "khớp khuỷu tay": "elbow", "gối": "knee", "đầu gối": "knee", "khớp gối": "knee",
               "háng": "hip", "khớp háng": "hip", "hàm": "jaw", "khớp hàm": "jaw", "cổ tay": "wrist"}
_TWISTED = {"chân": "ankle", "cổ chân": "ankle", "mắt cá chân": "ankle", "cổ tay": "wrist"}
# what happened (Vietnamese after "bị") → (English verb, joint); "trật" alone is a twist only of the ankle
_HURTS = {f"bong gân {vi}": ("sprained", en) for vi, en in _SPRAINED.items()} | {
    f"trật khớp {vi}": ("dislocated", en) for vi, en in _DISLOCATED.items()} | {
    f"{twist} {vi}": ("twisted", en) for twist in ("trẹo", "trặc") for vi, en in _TWISTED.items()} | {
    "trật chân": ("twisted", "ankle"), "trật cổ chân": ("twisted", "ankle"), "lật cổ chân": ("twisted", "ankle")}
_HURTS_VI = {(verb, en): vi for vi, (verb, en) in reversed(_HURTS.items())}
# ... those mt/injuries.py takes with no how (said, asked, just, on a day)
_INJURIES = {"trẹo chân", "trặc chân", "trẹo mắt cá chân", "lật cổ chân", "bong gân cổ chân", "bong gân mắt cá chân"}
_BASE = {"sprained": "sprain", "twisted": "twist", "dislocated": "dislocate"}
_PAST = {form: past for past, base in _BASE.items() for form in (past, base, f"{base}s")}  # ("sprains": "sprained")
_SWOLLEN = {"cổ chân": "ankle", "mắt cá chân": "ankle", "cổ tay": "wrist", "đầu gối": "knee", "vai": "shoulder",
            "khuỷu tay": "elbow", "ngón tay": "finger"}
_JOINTS_VI = {en: vi for vi, en in reversed((_SWOLLEN | _SPRAINED | _DISLOCATED).items())}
# swelling after what ("sau khi bị trẹo"): the English verb, and the joints it is said of
_AFTER = {"trẹo": ("twisted it", {"ankle", "wrist", "knee"}), "trặc": ("twisted it", {"ankle", "wrist", "knee"}),
          "bong gân": ("sprained it", set(_SPRAINED.values())),
          "trật khớp": ("dislocated it", set(_DISLOCATED.values())), "ngã": ("fell", set(_SWOLLEN.values())),
          "té": ("fell", set(_SWOLLEN.values()))}
_AFTER_VI = {"twisted": "trẹo", "sprained": "bong gân", "dislocated": "trật khớp", "fell": "ngã"}
# how it happened ("khi chơi bóng": the first Vietnamese of each English is written back)
_DOING = {"chơi bóng": "playing football", "chơi bóng đá": "playing football", "đá bóng": "playing football",
          "chơi bóng rổ": "playing basketball", "chơi bóng chuyền": "playing volleyball",
          "chơi cầu lông": "playing badminton", "chơi tennis": "playing tennis", "chơi quần vợt": "playing tennis",
          "chơi thể thao": "playing sport", "chạy": "running", "chạy bộ": "running", "đi bộ": "walking",
          "tập thể dục": "exercising", "tập gym": "working out", "tập yoga": "doing yoga", "đạp xe": "cycling",
          "trượt tuyết": "skiing", "xuống cầu thang": "going down the stairs"}
_DOING_VI = {en: vi for vi, en in reversed(_DOING.items())} | {"playing soccer": "chơi bóng đá", "jogging": "chạy bộ"}
# days behind (mt.dates), and back
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "đêm qua", "hôm kia", "tuần trước", "cuối tuần trước", "tháng trước", "năm ngoái", "hôm nay",
                  "sáng nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_DAY = rf"(?i:{alternatives(_DAYS)})"
_HOW = rf"(?:\s+(?P<how>(?:khi|lúc)\s+(?:đang\s+)?(?P<doing>(?i:{alternatives(_DOING)}))))?"
# "Tôi bị bong gân cổ tay.", "Anh ấy bị trật khớp vai khi chơi bóng.", "Hôm qua tôi bị trẹo chân khi chạy."
_HURT = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<often>hay|thường)"
             rf"\s+)?(?:(?P<did>đã|vừa\s+mới|vừa|mới)\s+)?bị\s+(?P<done>(?i:{alternatives(_HURTS)})){_HOW}"
             rf"(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<yet>rồi))?{ASKED_END}")
# "Cổ tay tôi bị bong gân.", "Cổ chân tôi bị sưng.", "Cổ chân tôi sưng lên sau khi bị trẹo."
_JOINT = lazy(rf"(?P<part>(?i:{alternatives(_SWOLLEN | _SPRAINED | _DISLOCATED)}))\s+(?:của\s+)?{WHO}\s+"
              r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<now>đang)\s+)?(?:(?P<bi>bị)\s+)?(?:(?P<state>bong\s+gân|"
              rf"trật\s+khớp)|sưng(?P<up>\s+lên)?(?:\s+sau\s+khi\s+(?:bị\s+)?(?P<after>{alternatives(_AFTER)}))?)"
              rf"(?:\s+(?P<yet>rồi))?{ASKED_END}")

# ... in English
_JOINT_EN = alternatives({w for en in _JOINTS_VI for w in (en, f"{en}s")})
_HOW_EN = rf"(?:\s+(?:(?P<while>while|when)\s+)?(?P<how>{alternatives(_DOING_VI)}))?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
# "I sprained my wrist.", "He's dislocated his shoulder.", "Did you sprain your wrist?", "I often twist my ankle."
_DONE_EN = lazy(rf"(?:(?P<q>Did|Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|\s+(?:have|has|did)\s+not|"
                r"\s+(?:haven|hasn|didn)['’]t)?(?:\s+(?P<adv>just|often))?\s+(?P<verb>sprained|sprains|sprain|twisted|"
                r"twists|twist|dislocated|dislocates|dislocate)\s+(?P<own>my|your|his|her|our|their)\s+"
                rf"(?P<part>{_JOINT_EN}){_HOW_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
# "My mother has a sprained ankle.", "Do you have a dislocated shoulder?"
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’](?:s|ve)\s+got|\s+(?:has|have)\s+got)"
                rf"\s+a\s+(?P<verb>sprained|twisted|dislocated)\s+(?P<part>{_JOINT_EN})\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
# "My wrist is sprained.", "Is your ankle swollen?", "His shoulder isn't dislocated."
_STATE_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+(?P<part>{_JOINT_EN})(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+"
                 r"(?P<state>sprained|dislocated|swollen)\s*(?P<end>[.!?]*)")
# "My ankle swelled up after I twisted it.", "My knee has swollen up."
_SWELLED_EN = lazy(rf"{_WHOSE_EN}\s+(?P<part>{_JOINT_EN})(?:(?P<has>\s+has|['’]s)\s+swollen|\s+swelled)\s+up"
                   r"(?:\s+after\s+(?P<sub>I|you|he|she)\s+(?:(?P<after>twisted|sprained|dislocated)\s+it|"
                   r"(?P<fell>fell)))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a sprained, twisted or dislocated joint, or one swollen after; None for any
    other."""
    if src == "vi":  # ("Cổ tay tôi bị sưng thế.": so swollen; "… vậy.": then; a question's "không thế?" only softens)
        return None if STRESSED_SAID.search(text) else _hurt(text) or _joint(text)
    return _done_vi(text) or _have_vi(text) or _state_vi(text) or _swelled_vi(text)


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose joint, in English, for who of a match of WHO said `who_`: "my", "her" for "mẹ tôi", "their" for "con
    tôi"; None for "we", "they" (one joint, or each?), a pet, a name alone and a title that does not tell."""
    if animal(m):
        return None
    if m["who"]:
        return None if who_ in ("we", "they") else EN_WHOSE[who_]
    return his_her_of(m) or (None if m["given"] or m["titled"] else "their")


def _hurt(text: str) -> str | None:
    """"Tôi bị bong gân cổ tay." as "I've sprained my wrist.", "Anh ấy bị trật khớp vai khi chơi bóng." as "He
    dislocated his shoulder playing football.", "Tôi bị trẹo chân khi chạy." as "I twisted my ankle while running.",
    "Bạn có bị bong gân cổ tay không?" as "Have you sprained your wrist?", "Mẹ tôi hay bị trẹo chân." as "My mother
    often twists her ankle." (_HURT); None for anything else, and mt/injuries.py's ankles with no how."""
    m = _HURT.fullmatch(text)
    if not m or m["day0"] and m["day"] or (asked := asked_of(m)) is None or (said := who(m, asked)) is None:
        return None
    if em_speaking(m):  # ("Em có bị bong gân cổ tay không ạ?": the speaker asking the doctor)
        return None
    (who_, one), done = said, keyed(m["done"])
    whose, (verb, joint) = _whose(m, who_), _HURTS[done]
    did, day = keyed(m["did"] or ""), _DAYS.get(keyed(m["day0"] or m["day"] or ""), "")
    how = _how(_DOING[keyed(m["doing"])]) if m["how"] else ""
    if whose is None or done in _INJURIES and not (how or m["not"] or m["often"]):
        return None
    hurt, end = f"{whose} {joint}", stop(m["end"])
    if m["often"]:  # ("Tôi hay bị trẹo chân khi chạy.": a habit)
        if did or day or m["yet"] or m["not"]:
            return None
        return present(who_, one, _BASE[verb], f"{hurt}{how}", asked, adverb="often ", end=m["end"])
    if m["not"]:
        return None if did or day or how or m["yet"] else capitalised(
            f"{who_} {'hasn' if one else 'haven'}'t {verb} {hurt}{end}")
    if asked:  # (how asked may be a habit: "Bạn có bị trẹo chân khi chạy không?")
        if how or did or m["yet"]:
            return None
        return f"Did {who_} {_BASE[verb]} {hurt} {day}?" if day else f"{'Has' if one else 'Have'} {who_} {verb} {hurt}?"
    if m["yet"] and (did or day or how):
        return None
    if did in ("vừa", "mới", "vừa mới"):
        has = "has" if one else "have"
        return None if day else capitalised(contracted(who_, f"{has} just {verb} {hurt}{how}{end}"))
    if did or day or how:
        return capitalised(f"{who_} {verb} {hurt}{how}{' ' * bool(day)}{day}{end}")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {verb} {hurt}{end}"))


def _how(doing: str) -> str:
    """How it happened, in English, after the injury: " playing football", " while running"."""
    return f" {doing}" if doing.startswith("playing ") else f" while {doing}"


def _joint(text: str) -> str | None:
    """"Cổ tay tôi bị bong gân." as "My wrist is sprained.", "Vai anh ấy có bị trật khớp không?" as "Is his shoulder
    dislocated?", "Cổ chân tôi bị sưng." as "My ankle is swollen.", "Cổ chân tôi sưng lên rồi." as "My ankle has
    swollen up.", "Cổ chân tôi sưng lên sau khi bị trẹo." as "My ankle swelled up after I twisted it." (_JOINT); None
    for anything else."""
    m = _JOINT.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := who(m, asked)) is None or animal(m) or em_speaking(m):
        return None
    who_, part, end = said[0], keyed(m["part"]), stop(m["end"])
    if m["who"] and who_ in ("we", "they"):
        return None
    whose = EN_WHOSE.get(who_) or f"{who_}'s"
    if m["state"]:
        verb = "sprained" if "gân" in m["state"] else "dislocated"
        joint = (_SPRAINED if verb == "sprained" else _DISLOCATED).get(part)
        if not joint or not m["bi"] or m["now"] or m["yet"]:
            return None
        be_ = "isn't" if m["not"] else "is"
        return f"Is {whose} {joint} {verb}?" if asked else capitalised(f"{whose} {joint} {be_} {verb}{end}")
    joint = _SWOLLEN.get(part)
    if not joint:
        return None
    if m["after"]:
        done, joints = _AFTER[keyed(m["after"])]
        sub = who_ if m["who"] else {"his": "he", "her": "she"}.get(his_her_of(m) or "", None if (
            m["given"] or m["titled"]) else "they")
        if asked or m["not"] or m["now"] or m["yet"] or sub is None or joint not in joints:
            return None
        return capitalised(f"{whose} {joint} swelled up after {sub} {done}{end}")
    if asked or m["not"]:
        if not m["bi"] or m["up"] or m["yet"] or m["now"]:
            return None
        return f"Is {whose} {joint} swollen?" if asked else capitalised(f"{whose} {joint} isn't swollen{end}")
    if m["yet"]:
        return capitalised(f"{whose} {joint} has swollen up{end}") if m["up"] and not (m["bi"] or m["now"]) else None
    return capitalised(f"{whose} {joint} is swollen{end}") if m["bi"] else None


def _joint_vi(part: str, verb: str, many: bool) -> str | None:
    """What happened to a joint, in Vietnamese after "bị", of an English verb's past and joint ("sprained", "wrist":
    "bong gân cổ tay"), `many` joints ("our ankles") or one; None for a pair not known."""
    if part.endswith("s") != many:
        return None
    return _HURTS_VI.get((verb, part.removesuffix("s")))


def _owned(m: re.Match, who_: str, one: bool) -> bool:
    """Whether whose joint (group "own") of a match of WHO_EN is who's: "I … my", "we … our", "my mother … her",
    "my child … their", "Lan … his" or "her"."""
    own = m["own"].lower()
    if m["who"]:
        return EN_WHOSE.get("I" if m["who"].lower() == "i" else m["who"].lower()) == own
    known = his_her(who_)
    return own in ("his", "her") and known in (None, own) or own == "their" and known is None and bool(m["kin"])


def _done_vi(text: str) -> str | None:
    """"I sprained my wrist." and "I've sprained my wrist." as "Tôi bị bong gân cổ tay.", "He dislocated his shoulder
    playing football." as "Anh ấy bị trật khớp vai khi chơi bóng.", "Did you sprain your wrist yesterday?" as "Hôm qua
    bạn có bị bong gân cổ tay không?", "I often twist my ankle." as "Tôi hay bị trẹo chân.", "We twisted our ankles."
    as "Chúng tôi bị trẹo chân." (_DONE_EN); None for anything else, where a verb or whose does not agree with who,
    and mt/injuries.py's ankles with no how."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux, adv = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().replace("’", "'").split()), m["adv"] or ""
    many = bool(m["who"]) and m["who"].lower() in ("we", "they")
    verb, s_form = m["verb"], m["verb"].endswith("s")
    past = verb.endswith("ed")
    said = _joint_vi(m["part"], _PAST[verb], many)
    if said is None or not _owned(m, who_, one):
        return None
    how = f" khi {_DOING_VI[keyed(m['how'])]}" if m["how"] else ""
    day = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    if said in _INJURIES and m["part"] == "ankle" and not (how or adv == "often" or "not" in aux or "n't" in aux):
        return None
    has = "has" if one else "have"
    if q or aux in ("did not", "didn't"):  # ("Did you sprain …?", "I didn't sprain …")
        ok = not past and not s_form and not adv and (q == "did" and not aux or not q)
        if q in ("have", "has"):
            ok = q == has and past and not aux and not day and adv != "often"
        if not ok or aux and (how or day):
            return None
        return placed(f"{who_} có {'vừa ' * bool(adv)}bị {said}{how}", day, " không?") if q else \
            capitalised(f"{who_} không bị {said}{stop(m['end'])}")
    if adv == "often":
        return capitalised(f"{who_} hay bị {said}{how}.") if not (aux or past or day) and s_form == one else None
    if not past:
        return None
    if aux in ("have not", "has not", "haven't", "hasn't"):
        ok = aux.startswith(has) and not (adv or how or day)
        return capitalised(f"{who_} không bị {said}{stop(m['end'])}") if ok else None
    if aux and (aux not in (has, "'ve" if not one else "'s") or day):
        return None
    return placed(f"{who_} {'vừa ' * bool(adv)}bị {said}{how}", day, stop(m["end"])) if not (adv and day) else None


def _have_vi(text: str) -> str | None:
    """"My mother has a sprained ankle." as "Mẹ tôi bị bong gân cổ chân.", "Do you have a dislocated shoulder?" as
    "Bạn có bị trật khớp vai không?" (_HAVE_EN); None for anything else, where "has" or "does" does not agree, and
    for "we" and "they" (one joint of theirs)."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or m["who"] and m["who"].lower() in ("we", "they"):
        return None  # ("We have a sprained ankle.": whose, of us?)
    who_, one = who_vi(m)
    aux, q = " ".join(m["aux"].lower().replace("’", "'").split()), (m["q"] or "").lower()
    said = _joint_vi(m["part"], m["verb"], False)
    ok = aux == "have" and q == ("does" if one else "do") if q else aux.startswith(("has", "'s") if one else (
        "have", "'ve"))
    if said is None or not ok:
        return None
    return capitalised(f"{who_} có bị {said} không?" if q else f"{who_} bị {said}{stop(m['end'])}")


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese: "tôi" for "my", "mẹ tôi" for "my mother's"; None for "our",
    "their" (one joint of many?), a pet and anyone not known."""
    if m["poss"]:
        return None if m["poss"].lower() in ("our", "their") else WHOSE_VI[m["poss"].lower()]
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")


def _state_vi(text: str) -> str | None:
    """"My wrist is sprained." as "Cổ tay tôi bị bong gân.", "His shoulder is dislocated." as "Vai anh ấy bị trật
    khớp.", "Is your ankle swollen?" as "Cổ chân bạn có bị sưng không?", "My ankle isn't swollen." as "Cổ chân tôi
    không bị sưng." (_STATE_EN); None for anything else, joints not one ("My ankles is …"), and a joint not said so
    (_SPRAINED, _DISLOCATED, _SWOLLEN: "My hip is swollen.")."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or (whose := _whose_vi(m)) is None:
        return None
    part, state, be_ = m["part"], m["state"], (m["be"] or "").replace("’", "'")
    not_ = "not" in be_ or "n't" in be_
    joints = {"sprained": _SPRAINED, "dislocated": _DISLOCATED, "swollen": _SWOLLEN}[state].values()
    if part not in joints:  # (a hip swollen is not "háng", the groin, swollen)
        return None
    said = {"sprained": "bong gân", "dislocated": "trật khớp", "swollen": "sưng"}[state]
    if m["q"]:
        return capitalised(f"{_JOINTS_VI[part]} {whose} có bị {said} không?")
    return capitalised(f"{_JOINTS_VI[part]} {whose} {'không ' * not_}bị {said}{stop(m['end'])}")


def _swelled_vi(text: str) -> str | None:
    """"My ankle swelled up after I twisted it." as "Cổ chân tôi sưng lên sau khi bị trẹo.", "My knee swelled up after
    I fell." as "Đầu gối tôi sưng lên sau khi bị ngã.", "My ankle has swollen up." as "Cổ chân tôi sưng lên rồi."
    (_SWELLED_EN); None for anything else, and where who did it is not whose joint ("my ankle … after she …")."""
    m = _SWELLED_EN.fullmatch(text)
    if not m or (whose := _whose_vi(m)) is None or m["part"] not in _SWOLLEN.values():
        return None
    joint = _JOINTS_VI[m["part"]]
    if m["has"]:
        return None if m["sub"] else capitalised(f"{joint} {whose} sưng lên rồi{stop(m['end'])}")
    if not m["sub"]:
        return None  # ("My ankle swelled up.": is it still?)
    sub = m["sub"].lower()
    own = (m["poss"] or "").lower() or his_her(whose)
    if own and {"i": "my", "you": "your", "he": "his", "she": "her"}[sub] != own or not own and sub in ("i", "you"):
        return None
    done = m["after"] or m["fell"]
    if m["part"] not in _AFTER[_AFTER_VI[done]][1]:
        return None
    return capitalised(f"{joint} {whose} sưng lên sau khi bị {_AFTER_VI[done]}{stop(m['end'])}")
