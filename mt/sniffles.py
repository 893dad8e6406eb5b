"""A runny nose said "chảy nước mũi", a scratchy, itchy or dry throat, and blowing one's nose, both ways, written whole
by rule. v8 (the rules on) reads "chảy nước mũi" as a nosebleed or diarrhoea, "rát" as burning, "xì mũi" as letting the
nose go, and English "scratchy" and "blow" as scratched and slow: "Tôi bị chảy nước mũi." → "I have a nosebleed.",
"Con tôi bị chảy nước mũi." → "My child has diarrhea.", "Con tôi cứ chảy nước mũi suốt." → "My child flows throughout
the nose.", "Mũi tôi đang chảy nước." → "My nose is flowing water.", "Họng tôi rát quá." → "I'm too burning.", "Họng
tôi bị rát." → "We were burning.", "Tôi bị ngứa họng." → "I was itchy.", "Con xì mũi đi." → "Let your nose go.", "Tôi
cần xì mũi." → "I need to leave my nose.", "Cho tôi xin một tờ khăn giấy để xì mũi." → "Let me have a paper to leave
my nose."; "My nose is running." → "Mũi tôi đang chạy.", "I've got a runny nose." → "Tôi bị mũi hơi.", "My throat is
scratchy." → "Cổ họng của tôi bị trầy xước.", "I have an itchy throat." → "Tôi bị đau họng." (sore), "Blow your nose."
→ "Mũi của bạn chậm hơn.", "She blew her nose." → "Cô ấy thổi mũi.", "Can I have a tissue to blow my nose?" → "Tôi có
thể có mô để thổi mũi được không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "em bé", the baby) has a runny nose ("bị chảy nước mũi"; with one ailment of
mt.terms.AILMENTS before or after it), said, not, asked, since a day behind, all day; whose nose keeps running ("cứ",
"suốt", "mãi"), is running ("Mũi tôi đang chảy nước."), still, streaming ("Nước mũi tôi chảy ròng ròng."), asked; in
English whose nose is running, still, keeps running, is streaming, has been running all day or since a day, and who has
got a runny nose or has had one since a day ("sổ mũi", as mt/ailments.py writes "have a runny nose"); whose throat is
scratchy ("rát"), itchy ("ngứa") or dry ("khô"), a bit, so, since a day, not, asked; who has a scratchy, itchy or dry
throat ("Tôi bị rát họng."), said, not, asked, since; "Xì mũi đi." (on a tissue), "Đừng xì mũi mạnh quá.", who needs to,
has to, wants to, is blowing or has just blown their nose, asked ("Con có cần xì mũi không?"), and "Cho tôi xin một tờ
khăn giấy để xì mũi."; in English also "She blew her nose.". Left: "Tôi bị sổ mũi.", "Tôi bị đau họng.", "Mũi tôi bị
nghẹt." and "I have a runny nose." (mt/ailments.py, mt/symptoms.py: right already), a day told first ("Sáng nay tôi bị
chảy nước mũi.": had, or has?), "rồi", "bé" alone (a name?), "anh", "chị", "em" alone saying it, "em", "con" asking with
"ạ" (the speaker), a pet (in English too), "we" and "they" by their noses or throats (one, or several?), a name's own
nose blown ("Lan đang xì mũi.": his or hers?), a bare "Tôi xì mũi." (now, or a habit?), "khăn giấy" without a nose (a
napkin?), "sneezing" ("hắt hơi"), "thế"/"vậy" statements, English "we", "our son" ("chúng tôi", or "chúng ta"?), and "I
need to blow my nose." and the like, which v8 writes right ("hỉ mũi").
mt.phrasebook.translate tries these after mt/repairmen.py.

    >>> translate("Con tôi bị chảy nước mũi.", "vi", "en"), translate("My throat is scratchy.", "en", "vi")
    ('My child has a runny nose.', 'Họng tôi bị rát.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (OWNER, POLITE, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, own_thing,
                      owner_of, person_of, pet, someone, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import AILMENTS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_WHOSE, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present,
                   stop)

_KEYS = {"vi": lazy(r"(?i:mũi|họng)"), "en": lazy(r"(?i:nose|throat)")}
# since a day behind (mt.dates; "từ sáng" is this morning), and back (the first Vietnamese of each is written back)
_SINCE = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "sáng nay", "hôm kia", "tuần trước") | {
    "sáng": "this morning"}
_SINCE_VI = {en: vi for vi, en in reversed(_SINCE.items())}
# an ailment said with a runny nose ("bị ho và chảy nước mũi"; not "sổ mũi", the same, nor a broken leg)
_WITH = {vi: en for vi, en in AILMENTS.items() if vi not in ("sổ mũi", "gãy chân", "gãy tay")}
# how a throat is, and back ("tickly" is itchy too)
_THROAT = {"rát": "scratchy", "ngứa": "itchy", "khô": "dry"}
_THROAT_VI = {en: vi for vi, en in _THROAT.items()} | {"tickly": "ngứa"}
_DEGREE_VI = {"a bit": "hơi", "a little": "hơi", "so": "quá", "very": "rất", "really": "rất"}

_FROM = rf"(?:\s+từ\s+(?P<since>(?i:{alternatives(_SINCE)})))?"
# the baby ("em bé"), or mt.hobbies' who
_WHO = rf"(?:(?P<baby>[Ee]m\s+bé)|{WHO})"
_OWNED = rf"(?:của\s+)?(?:(?P<baby>(?i:em\s+bé))|{OWNER})"
# who has a runny nose ("Con tôi bị chảy nước mũi.", "Bạn có bị chảy nước mũi không?", "Con tôi cứ chảy nước mũi suốt.")
_AIL = rf"(?i:{alternatives(_WITH)})"
_RUNNY = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<keep>cứ)\s+|đang\s+)?(?:bị\s+)?"
              rf"(?:(?P<first>{_AIL})\s+và\s+)?chảy\s+nước\s+mũi(?:\s+(?P<all>suốt\s+cả\s+ngày|cả\s+ngày|suốt|mãi|"
              rf"liên\s+tục))?(?:\s+và\s+(?P<more>{_AIL}))?{_FROM}{ASKED_END}")
# whose nose is running ("Mũi tôi đang chảy nước.", "Mũi bạn còn chảy nước không?", "Nước mũi tôi chảy ròng ròng.")
_RUNS = lazy(rf"(?:(?P<nose>[Mm]ũi)|[Nn]ước\s+mũi)\s+{_OWNED}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>cứ|đang|vẫn\s+còn|vẫn|"
             rf"còn)\s+)?chảy(?P<water>\s+nước)?(?:\s+(?P<rr>ròng\s+ròng)|\s+(?P<all>suốt|mãi|liên\s+tục))?{ASKED_END}")
# a throat ("Họng tôi bị rát.", "Cổ họng tôi khô quá.", "Họng bạn có bị ngứa không?"), who has one ("Tôi bị rát họng.")
_STATE = rf"(?i:{alternatives(_THROAT)})"
_HOW = (rf"\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<bi>bị)\s+|(?P<feel>(?:cảm\s+)?thấy)\s+)?"
        rf"(?:(?P<bit>hơi)\s+)?(?P<states>{_STATE}(?:\s+(?:và\s+)?{_STATE})?)")
_SORE = lazy(rf"(?:[Cc]ổ\s+)?[Hh]ọng\s+{_OWNED}{_HOW}(?:\s+(?P<much>quá|lắm))?{_FROM}{ASKED_END}")
_SORE_WHO = lazy(rf"{_WHO}{_HOW}\s+(?:cổ\s+)?họng(?:\s+(?P<much>quá|lắm))?{_FROM}{ASKED_END}")
# blowing one's nose, told ("Con xì mũi đi.", "Lấy khăn giấy xì mũi đi.", "Đừng xì mũi mạnh quá."), done or asked
_BLOW = r"(?i:xì|hỉ)\s+mũi"
_TOLD = lazy(rf"(?:(?:[Cc]on|[Ee]m|[Bb]ạn)\s+)?(?:(?P<tissue>(?i:lấy)\s+khăn\s+giấy\s+(?:mà\s+|để\s+)?)|(?i:hãy)\s+)?"
             rf"{_BLOW}(?P<tissue2>\s+vào\s+khăn\s+giấy)?\s+đi(?:\s+(?:con|em))?(?:\s+nào)?\s*(?P<end>[.!]*)|"
             rf"(?P<dont>(?i:đừng))\s+{_BLOW}(?:\s+(?P<hard>mạnh(?P<too>\s+quá|\s+thế)?|quá\s+mạnh))?(?:\s+nhé)?"
             r"\s*(?P<end2>[.!]*)")
_BLOWS = lazy(rf"(?:(?P<con>[Cc]on)|{WHO})\s+(?:(?P<ask>có)\s+)?(?P<aux>cần|phải|muốn|đang|vừa\s+mới|vừa)\s+{_BLOW}"
              rf"{ASKED_END}")
_TISSUE = lazy(r"(?:[Cc]ho\s+(?:tôi|mình|con|em)\s+(?:xin\s+)?|[Xx]in\s+)(?:(?:một\s+)?(?:tờ|cái|chiếc)\s+)?khăn\s+"
               rf"giấy\s+để\s+{_BLOW}(?:\s+(?:nhé|với|được\s+không|ạ))?\s*(?P<end>[.!?]*)")

# ... and in English: whose nose, whose throat
_WHOSE_EN = rf"(?:(?P<baby>[Tt]he\s+baby)['’]s|(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_SINCE_EN = rf"(?:\s+(?P<all>all\s+day)|\s+since\s+(?P<since>(?i:{alternatives(_SINCE_VI)})))?"
_RUNS_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+nose(?P<verb>(?:\s+is|['’]s)?(?:\s+still)?\s+(?:running|streaming)|"
                rf"\s+keeps\s+running|(?:\s+has|['’]s)\s+been\s+running){_SINCE_EN}\s*(?P<end>[.!?]*)")
_GOT_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has)?(?P<not>\s+not|n['’]t)?\s+"
               rf"(?P<verb>got|had)\s+a\s+runny\s+nose{_SINCE_EN}\s*(?P<end>[.!?]*)")
_STATE_EN = rf"(?i:{alternatives(_THROAT_VI)})"
_DEGREE = rf"(?:(?P<deg>{alternatives(_DEGREE_VI)})\s+)?"
_SORE_EN = lazy(rf"(?:(?P<q>Is|Does)\s+)?{_WHOSE_EN}\s+throat(?P<verb>\s+is|['’]s|\s+feels|\s+feel|(?:\s+has|['’]s)\s+"
                rf"been)?(?P<not>\s+not|n['’]t)?\s+{_DEGREE}(?P<states>{_STATE_EN}(?:\s+and\s+{_STATE_EN})?)"
                rf"{_SINCE_EN}\s*(?P<end>[.!?]*)")
_SORE_WHO_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has|\s+do|\s+does)?"
                    rf"(?P<not>\s+not|n['’]t)?\s+(?P<verb>have|has|got|had)\s+(?P<a>an?)\s+(?P<state>{_STATE_EN})\s+"
                    rf"throat{_SINCE_EN}\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(r"(?:(?P<dont>Don['’]t|Do\s+not)\s+)?(?i:blow)\s+your\s+nose(?:\s+(?P<hard>(?:too|so)\s+hard|hard)|"
                r"\s+(?:on|into|in)\s+(?P<tissue>a\s+tissue))?\s*(?P<end>[.!]*)")
_BLEW_EN = lazy(rf"{WHO_EN}\s+blew\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+nose\s*(?P<end>[.!]*)")
_TISSUE_EN = lazy(r"(?:Can|Could|May)\s+I\s+(?:have|get)\s+a\s+tissue\s+to\s+blow\s+my\s+nose(?:,?\s+please)?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a runny nose, a scratchy, itchy or dry throat, or blowing one's nose; None for
    any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _runny(text) or _runs(text) or _sore(text) or _told(text) or _blows(text) or _tissue(text))
    text = text.replace("’", "'")
    return _runs_vi(text) or _got_vi(text) or _sore_vi(text) or _sore_who_vi(text) or _told_vi(text) or _blew_vi(text) \
        or _tissue_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of _WHO in English, whether one ("has"), and whose nose or throat ("my", "my mother's", "the
    baby's"); None for who not read (mt.hobbies.person_of), "em" with "ạ", and "we", "they" (a runny nose, noses?)."""
    if m["baby"]:
        return "the baby", True, "the baby's"
    said = None if em_speaking(m) else person_of(m, asked)
    if said is None or said[0] in ("we", "they"):
        return None
    return *said, EN_WHOSE[said[0]] if m["who"] else f"{said[0]}'s"


def _whose(m: re.Match) -> str | None:
    """Whose nose or throat of a match of _OWNED in English ("my", "my mother's", "the baby's"); None for ours or
    theirs (one, or several?), a pet's, and someone not read."""
    if m["baby"]:
        return "the baby's"
    whose = None if pet(m["someone"], "vi") else owner_of(m, "")
    return None if not whose or whose in ("our", "their") else whose


def _has(who_: str, one: bool, what: str, asked: bool, m: re.Match) -> str:
    """Who has `what` in English, said, asked or not (group not of the Vietnamese match `m`), or has had it since its
    day (group since: "I've had a runny nose since yesterday.")."""
    if not m["since"]:
        return present(who_, one, "have", what, asked, bool(m["not"]), m["end"])
    had = f"{'has' if one else 'have'} had {what} since {_SINCE[keyed(m['since'])]}"
    return capitalised(contracted(who_, f"{had}{stop(m['end'])}"))


def _runny(text: str) -> str | None:
    """"Con tôi bị chảy nước mũi." as "My child has a runny nose.", "Bạn có bị chảy nước mũi không?" as "Do you have a
    runny nose?", "Tôi bị chảy nước mũi từ hôm qua." as "I've had a runny nose since yesterday.", "Con tôi cứ chảy nước
    mũi suốt." as "My child's nose keeps running." (_RUNNY); None for anything else."""
    m = _RUNNY.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _person(m, asked)) is None or m["first"] and m["more"]:
        return None
    who_, one, whose = said
    keep, all_day = m["keep"] or m["all"] and "ngày" not in m["all"], m["all"] and "ngày" in m["all"]
    if keep or all_day:  # (said of the nose: whose it is)
        if asked or m["not"] or m["since"] or m["first"] or m["more"]:
            return None
        return capitalised(f"{whose} nose {'has been running all day' if all_day else 'keeps running'}{stop(m['end'])}")
    ails = [_WITH[keyed(m["first"])]] if m["first"] else []
    what = " and ".join(ails + ["a runny nose"] + ([_WITH[keyed(m["more"])]] if m["more"] else []))
    if m["since"] and (asked or m["not"]) or m["not"] and (m["first"] or m["more"]):
        return None  # (not a runny nose and a cough: nor, or not both?)
    return _has(who_, one, what, asked, m)


def _runs(text: str) -> str | None:
    """"Mũi tôi đang chảy nước." as "My nose is running.", "Mũi con tôi cứ chảy nước mãi." as "My child's nose keeps
    running.", "Mũi bạn còn chảy nước không?" as "Is your nose still running?", "Nước mũi tôi chảy ròng ròng." as "My
    nose is streaming." (_RUNS); None for anything else, and "Mũi tôi chảy máu." (mt/nosebleeds.py's)."""
    m = _RUNS.fullmatch(text)
    if not m or bool(m["nose"]) != bool(m["water"]) or (whose := _whose(m)) is None:
        return None
    aux, asked = keyed(m["aux"] or ""), bool(m["asked"])
    still = aux in ("vẫn", "còn", "vẫn còn")
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and not (m["ask"] or still) or (
            m["rr"] or m["all"]) and (asked or still) or m["ask"] and aux not in ("", "đang"):
        return None
    if asked:
        return f"Is {whose} nose {'still ' * still}running?"
    if aux == "cứ" or m["all"]:
        return None if m["rr"] else capitalised(f"{whose} nose keeps running{stop(m['end'])}")
    doing = "streaming" if m["rr"] else "still running" if still else "running"
    return capitalised(f"{whose} nose is {doing}{stop(m['end'])}")


def _states(m: re.Match, table: dict, joined: str) -> str | None:
    """The states of a throat of a match (group states) in the other language by `table`, joined by `joined`; None
    for one said twice ("khô và khô")."""
    said = [table[keyed(s)] for s in re.split(r"\s+(?:và\s+|and\s+)?", m["states"].strip())]
    return None if len(set(said)) < len(said) else f" {joined} ".join(said)


def _sore(text: str) -> str | None:
    """"Họng tôi bị rát." as "My throat is scratchy.", "Họng tôi khô quá." as "My throat is so dry.", "Họng bạn có bị
    ngứa không?" as "Is your throat itchy?", "Tôi bị rát họng." as "I have a scratchy throat.", "Tôi hơi rát họng." as
    "My throat is a bit scratchy." (_SORE, _SORE_WHO); None for anything else."""
    m = _SORE.fullmatch(text) or _SORE_WHO.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (states := _states(m, _THROAT, "and")) is None:
        return None
    degree = "a bit " if m["bit"] else "so " if m["much"] else ""
    if (degree or m["feel"]) and (asked or m["not"] or m["since"]) or m["bit"] and m["much"] or m["since"] and (
            asked or m["not"]):
        return None
    if m.re == _SORE_WHO:
        if (said := _person(m, asked)) is None:
            return None
        who_, one, whose = said
        if not (degree or m["feel"]):  # ("I have a scratchy throat."; one state, with "a" or "an")
            if " " in states:
                return None
            what = f"{'an' if states == 'itchy' else 'a'} {states} throat"
            return _has(who_, one, what, asked, m)
    elif (whose := _whose(m)) is None:
        return None
    if asked:
        return f"Is {whose} throat {states}?"
    verb = "feels" if m["feel"] else "has been" if m["since"] else "isn't" if m["not"] else "is"
    since = f" since {_SINCE[keyed(m['since'])]}" if m["since"] else ""
    return capitalised(f"{whose} throat {verb} {degree}{states}{since}{stop(m['end'])}")


def _told(text: str) -> str | None:
    """"Con xì mũi đi." as "Blow your nose.", "Lấy khăn giấy xì mũi đi." as "Blow your nose on a tissue.", "Đừng xì
    mũi mạnh quá." as "Don't blow your nose too hard." (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    if not m or m["tissue"] and m["tissue2"]:
        return None
    if m["dont"]:
        hard = " too hard" if m["too"] or keyed(m["hard"] or "").startswith("quá") else " hard" if m["hard"] else ""
        return f"Don't blow your nose{hard}{stop(m['end2'])}"
    return f"Blow your nose{' on a tissue' * bool(m['tissue'] or m['tissue2'])}{stop(m['end'])}"


# what "cần", "phải", … before "xì mũi" say in English ("{whose}" nose)
_BLOWING = {"cần": "need to blow", "phải": "have to blow", "muốn": "want to blow", "đang": "be blowing",
            "vừa": "have just blown", "vừa mới": "have just blown"}


def _blows(text: str) -> str | None:
    """"Tôi cần xì mũi." as "I need to blow my nose.", "Con có cần xì mũi không?" as "Do you need to blow your nose?",
    "Mẹ tôi đang xì mũi." as "My mother is blowing her nose." (_BLOWS); None for anything else, "con" not asked (my
    child?), and whose nose English cannot tell ("Lan": his or hers?; "we": noses)."""
    m = _BLOWS.fullmatch(text)
    if not m or (asked := asked_of(m)) is None:
        return None
    aux = keyed(m["aux"])
    if m["con"]:  # ("con" alone is "you" asked, not with "ạ"; said, it may be the speaker, or my child)
        said = ("you", False) if asked and not POLITE.search(text) else None
    else:
        said = None if em_speaking(m) else person_of(m, asked)
    if said is None or said[0] in ("we", "they") or asked and aux not in ("cần", "phải", "muốn"):
        return None
    who_, one = said
    if (whose := "your" if m["con"] else whose_own(m, who_)) is None:
        return None
    verb, nose = _BLOWING[aux], f"{whose} nose"
    if verb.startswith(("be ", "have just")):
        first = be(who_) if verb.startswith("be ") else "has" if one else "have"
        return capitalised(contracted(who_, f"{first} {verb.split(' ', 1)[1]} {nose}{stop(m['end'])}"))
    return present(who_, one, verb.split(" ", 1)[0], f"{verb.split(' ', 1)[1]} {nose}", asked, False, m["end"])


def _tissue(text: str) -> str | None:
    """"Cho tôi xin một tờ khăn giấy để xì mũi." as "Can I have a tissue to blow my nose?" (_TISSUE); None for
    anything else."""
    return "Can I have a tissue to blow my nose?" if _TISSUE.fullmatch(text) else None


def _nose_vi(m: re.Match) -> str | None:
    """Whose nose or throat of a match of _WHOSE_EN in Vietnamese ("tôi", "mẹ tôi", "em bé"); None for ours or
    theirs, a pet's, and someone not read."""
    if m["baby"]:
        return "em bé"
    if m["owner"]:
        owner = m["owner"].lower()
        return None if owner in ("our", "their") else WHOSE_VI[owner]
    said = m["someone"]  # ("our son's": "chúng tôi", or "chúng ta"?)
    return None if pet(said, "en") or said.lower().startswith("our ") else someone(said, "en")


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one (mt.hobbies.who_vi); None for a pet, and "we", "our
    son" ("chúng tôi", or "chúng ta"?)."""
    we = (m["who"] or "").lower() == "we" or (m["whose"] or "").lower() == "our"
    return None if we or animal(m) else who_vi(m)


def _runs_vi(text: str) -> str | None:
    """"My nose is running." as "Mũi tôi đang chảy nước.", "Is your nose still running?" as "Mũi bạn còn chảy nước
    không?", "My nose has been running since yesterday." as "Tôi bị chảy nước mũi từ hôm qua." (_RUNS_EN); None for
    anything else."""
    m = _RUNS_EN.fullmatch(text)
    if not m or (whose := _nose_vi(m)) is None:
        return None
    verb, asked = keyed(m["verb"]), "?" in m["end"]
    been, still = "been" in verb, "still" in verb
    if bool(m["q"]) != asked or been != bool(m["all"] or m["since"]):
        return None
    if asked:  # ("Is your nose (still) running?")
        return f"Mũi {whose} {'còn' if still else 'có đang'} chảy nước không?" if verb in (
            "running", "still running") else None
    if been:
        when = " cả ngày" if m["all"] else f" từ {_SINCE_VI[keyed(m['since'])]}"
        return capitalised(f"{whose} bị chảy nước mũi{when}{stop(m['end'])}")
    if verb == "keeps running":
        return f"Mũi {whose} cứ chảy nước mãi{stop(m['end'])}"
    if not verb.startswith(("is ", "'s ")) or still and "streaming" in verb:
        return None
    if "streaming" in verb:
        return f"Nước mũi {whose} chảy ròng ròng{stop(m['end'])}"
    return f"Mũi {whose} {'vẫn còn' if still else 'đang'} chảy nước{stop(m['end'])}"


def _got_vi(text: str) -> str | None:
    """"I've got a runny nose." as "Tôi bị sổ mũi.", "Have you got a runny nose?" as "Bạn có bị sổ mũi không?", "I've
    had a runny nose since yesterday." as "Tôi bị sổ mũi từ hôm qua." (_GOT_EN); None for anything else, "got" alone
    (caught one?), and "has" not agreeing."""
    m = _GOT_EN.fullmatch(text)
    if not m or m["all"] or m["who"] and m["who"].lower() == "i" and m["q"] or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    first, asked, had = (m["q"] or m["aux"] or "").strip().lower(), "?" in m["end"], m["verb"] == "had"
    if not first or bool(m["q"]) != asked or m["q"] and m["not"] or had != bool(m["since"]) or had and (
            asked or m["not"]) or not first_agrees(first, who_, one):
        return None
    return _had(who_, asked, bool(m["not"]), "sổ mũi", m)


def _had(who_: str, asked: bool, not_: bool, what: str, m: re.Match) -> str:
    """Who has `what` ("sổ mũi", "rát họng") in Vietnamese, asked, not, or since a day (group since of `m`)."""
    if asked:
        return capitalised(f"{who_} có bị {what} không?")
    since = f" từ {_SINCE_VI[keyed(m['since'])]}" if m["since"] else ""
    return capitalised(f"{who_} {'không ' * not_}bị {what}{since}{stop(m['end'])}")


def _sore_vi(text: str) -> str | None:
    """"My throat is scratchy." as "Họng tôi bị rát.", "My throat is so dry." as "Họng tôi khô quá.", "Is your throat
    itchy?" as "Họng bạn có bị ngứa không?", "My throat has been dry since this morning." as "Họng tôi bị khô từ sáng
    nay." (_SORE_EN); None for anything else, and where the verb does not agree ("Does my throat feels …")."""
    m = _SORE_EN.fullmatch(text)
    if not m or m["all"] or (whose := _nose_vi(m)) is None or (states := _states(m, _THROAT_VI, "và")) is None:
        return None
    verb, q, asked = " ".join((m["verb"] or "").split()), (m["q"] or "").lower(), "?" in m["end"]
    been, deg = "been" in verb, _DEGREE_VI.get(keyed(m["deg"] or ""), "")
    if bool(q) != asked or (verb != "feel" if q == "does" else verb != "" if q else verb in ("", "feel")) or (
            been != bool(m["since"])) or m["not"] and verb not in ("is", "'s") or (m["not"] or been or asked) and deg:
        return None
    throat = f"Họng {whose}"
    if asked:
        return f"{throat} có bị {states} không?"
    if m["not"]:
        return f"{throat} không bị {states}{stop(m['end'])}"
    if m["since"]:
        return f"{throat} bị {states} từ {_SINCE_VI[keyed(m['since'])]}{stop(m['end'])}"
    said = f"{deg} {states}" if deg in ("hơi", "rất") else f"{states} quá" if deg else f"bị {states}"
    return f"{throat} {said}{stop(m['end'])}"


def _sore_who_vi(text: str) -> str | None:
    """"I have an itchy throat." as "Tôi bị ngứa họng.", "Do you have a scratchy throat?" as "Bạn có bị rát họng
    không?", "I've had a dry throat since yesterday." as "Tôi bị khô họng từ hôm qua." (_SORE_WHO_EN); None for
    anything else, "a" not agreeing, and "has", "does" not agreeing with who."""
    m = _SORE_WHO_EN.fullmatch(text)
    if not m or m["all"] or m["a"].lower() != ("an" if m["state"].lower() == "itchy" else "a") or (
            said := _who_vi(m)) is None:
        return None
    who_, one = said
    q, aux, verb = (m["q"] or "").lower(), (m["aux"] or "").strip().lower(), m["verb"]
    asked, had = "?" in m["end"], verb == "had"
    forms = {("", "", "have"), ("", "", "has"), ("", "have", "got"), ("", "'ve", "got"), ("", "has", "got"),
             ("", "'s", "got"), ("", "do", "have"), ("", "does", "have"), ("do", "", "have"), ("does", "", "have"),
             ("have", "", "got"), ("has", "", "got"), ("", "have", "had"), ("", "'ve", "had"), ("", "has", "had"),
             ("", "'s", "had")}
    if (q, aux, verb) not in forms or bool(q) != asked or q and m["not"] or had != bool(m["since"]) or had and m[
            "not"] or aux in ("do", "does") and not m["not"] or asked and who_ == "tôi":
        return None
    if not first_agrees(q or aux or verb, who_, one):
        return None
    return _had(who_, asked, bool(m["not"]), f"{_THROAT_VI[m['state'].lower()]} họng", m)


def _told_vi(text: str) -> str | None:
    """"Blow your nose." as "Xì mũi đi.", "Blow your nose on a tissue." as "Lấy khăn giấy xì mũi đi.", "Don't blow
    your nose too hard." as "Đừng xì mũi mạnh quá." (_TOLD_EN); None for anything else, and "Blow your nose hard."."""
    m = _TOLD_EN.fullmatch(text)
    if not m or m["dont"] and m["tissue"] or m["hard"] and not m["dont"]:
        return None
    if m["dont"]:
        hard = " mạnh quá" if " " in (m["hard"] or "") else " mạnh" if m["hard"] else ""
        return f"Đừng xì mũi{hard}{stop(m['end'])}"
    return f"{'Lấy khăn giấy xì mũi' if m['tissue'] else 'Xì mũi'} đi{stop(m['end'])}"


def _blew_vi(text: str) -> str | None:
    """"She blew her nose." as "Cô ấy xì mũi." (_BLEW_EN); None for anything else, another's nose, "we", "they"."""
    m = _BLEW_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    owner = m["owner"].lower()  # (a name's his or hers: mt.names.named_his_her)
    if own_thing(m, who_, one) is not True or owner in ("our", "their") or m["given"] and named_his_her(
            m["given"]) not in (None, owner):
        return None
    return capitalised(f"{who_} xì mũi{stop(m['end'])}")


def _tissue_vi(text: str) -> str | None:
    """"Can I have a tissue to blow my nose?" as "Cho tôi xin một tờ khăn giấy để xì mũi được không?" (_TISSUE_EN);
    None for anything else."""
    return "Cho tôi xin một tờ khăn giấy để xì mũi được không?" if _TISSUE_EN.fullmatch(text) else None
