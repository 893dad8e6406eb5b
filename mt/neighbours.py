"""Noise and the neighbours, both ways, written whole by rule: the neighbours noisy or their music loud, building
work or a party next door, their dog barking, asking someone to turn it down, and not sleeping for the noise. v8
reads "ồn" as a noun and "vặn nhỏ" as twist: "Hàng xóm ồn quá." → "Neighbors are too noise.", "Nhà bên cạnh đang sửa
nhà." → "The house is fixing home.", "Con chó nhà hàng xóm sủa cả đêm." → "The neighbor comforted the night.", "Bạn
vặn nhỏ nhạc được không?" → "Could you twist music?", "Làm ơn giữ trật tự." → "Please keep orders."; and back, "The
neighbours are too loud." → "Những người láng giềng quá lớn.", "The people next door are very loud." → "Những người
tới cửa rất lớn.", "Could you keep it down?" → "Bạn giữ nó xuống được không?", "Are your neighbours noisy?" → "Bạn
có phải là người láng giềng không?".

Taken: the neighbours (PLACES: "hàng xóm" with whose of mt.terms.OWNERS, upstairs, next door), their music or "ở
đây" noisy or loud, or making noise, said or asked, now, last night or all night; them doing building work, drilling,
having a party or playing music loud (WORKS); the house next door being renovated or built; their dog barking
(BARKS); asking "you" to turn the music down, keep it down, keep quiet (ACTS); who (mt.hobbies.WHO) can't or
couldn't sleep because of the noise, them, their dog or music, or because they are noisy. Left: a room too noisy
(the phrasebook's), who a neighbour is (mt/people.py, mt/relations.py), sleep with no noise (mt/sleep.py), "anh",
"chị" … alone not sleeping (the speaker or "you"), a past with no time ("The neighbours were noisy."), a dog of no
neighbour's, "The noise kept me awake.".
mt.phrasebook.translate tries these after mt/keys.py.

    >>> translate("Hàng xóm ồn quá.", "vi", "en"), translate("The neighbours are too loud.", "en", "vi")
    ('The neighbours are so noisy.', 'Hàng xóm ồn quá.')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed
from .weather import DEGREE, EN_DEGREE

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hàng\s+xóm|bên\s+cạnh|kế\s+bên|tầng\s+trên|\bồn|nhạc|vặn|nói\s+nhỏ|nhỏ\s+tiếng|"
                    r"trật\s+tự|yên\s+lặng|im\s+lặng)"),
         "en": lazy(r"(?i:neighbou?r|next\s+door|upstairs|nois|\bloud|music|\bturn|\bkeep|quiet)")}
# who makes the noise, and where English puts them ("" the neighbours; "the people upstairs", "… next door")
PLACES = {"hàng xóm": "", "nhà hàng xóm": "", "hàng xóm tầng trên": "upstairs", "nhà tầng trên": "upstairs",
          "người tầng trên": "upstairs", "người ở tầng trên": "upstairs", "tầng trên": "upstairs",
          "nhà bên cạnh": "next door", "hàng xóm bên cạnh": "next door", "nhà kế bên": "next door",
          "bên cạnh": "next door"}
_PLACES_VI = {"": "hàng xóm", "upstairs": "hàng xóm tầng trên", "next door": "nhà bên cạnh"}
_OF_VI = {"": "nhà hàng xóm", "upstairs": "nhà tầng trên", "next door": "nhà bên cạnh"}  # ("con chó nhà hàng xóm")
BY = (rf"(?P<by>(?i:{alternatives(PLACES)}))(?:\s+(?:của\s+)?(?P<of>(?i:{alternatives(OWNERS)})))?")
BY_EN = (rf"(?:(?P<of>(?i:{WHOSE_WORDS}))|(?i:the))\s+(?:(?P<nb>neighbou?r)(?P<many>s)?(?:\s+(?P<place>upstairs|"
          r"next\s+door))?|(?P<people>people)\s+(?P<place2>upstairs|next\s+door))")
_LAST = r"(?:(?P<last>(?i:tối\s+qua|đêm\s+qua|tối\s+hôm\s+qua|đêm\s+hôm\s+qua))\s*,?\s+)?"
# noisy, said or asked ("Hàng xóm ồn quá.", "Nhạc nhà bên cạnh to quá.", "Ở đây có ồn không?", "Hàng xóm làm ồn cả
# đêm.")
_STATE = lazy(rf"{_LAST}(?:(?P<music>(?i:(?:tiếng\s+)?nhạc)(?:\s+(?:của|nhà|ở))?\s+)?{BY}|"
              r"(?P<music0>(?i:(?:tiếng\s+)?nhạc))|(?P<here>(?i:ở\s+đây)))\s+(?:(?P<ask>có)\s+|"
              r"(?P<not>không)\s+|(?P<before>rất|hơi|khá)\s+|(?P<always>lúc\s+nào\s+cũng|luôn)\s+)?"
              r"(?:(?P<make>(?:đang\s+)?làm\s+ồn)|(?P<noisy>ồn\s+ào|ồn|to))(?:\s+(?P<after>quá|lắm))?"
              r"(?:\s+(?P<long>cả\s+đêm|suốt\s+đêm))?"
              rf"{ASKED_END}")
_STATE_EN = lazy(rf"(?:(?P<be0>Is|Are|Was|Were)\s+)?(?:{BY_EN}(?P<poss>['’]s?\s+music)?|(?P<music>(?i:the\s+"
                 r"music))(?:\s+(?P<mplace>upstairs|next\s+door))?|(?P<it>(?i:it)))(?P<be>['’]s|['’]re|\s+is|"
                 r"\s+are|\s+was|\s+were)?(?P<not>\s+not|n['’]t)?\s+(?:(?P<always>always)\s+)?"
                 rf"(?:(?P<d>{alternatives(EN_DEGREE)})\s+)?(?:(?P<adj>noisy|loud)|(?P<make>making\s+"
                 r"(?:(?P<much>so\s+much|a\s+lot\s+of|too\s+much)\s+)?noise))(?P<here>\s+here)?"
                 r"(?:\s+(?P<time>last\s+night|all\s+night))?\s*(?P<end>[.!?]*)")
# what they are doing ("Hàng xóm đang sửa nhà.", "Hàng xóm bật nhạc to quá."; "bật nhạc" loud only)
WORKS = {**dict.fromkeys(("sửa nhà", "sửa sang nhà", "sửa chữa nhà", "sửa lại nhà"), "renovating their house"),
         **dict.fromkeys(("tổ chức tiệc", "mở tiệc", "có tiệc"), "having a party"), "xây nhà": "building a house",
         "xây nhà mới": "building a new house", "khoan tường": "drilling", "khoan": "drilling",
         "bật nhạc": "playing their music", "mở nhạc": "playing their music"}
_WORKS_VI = {en: vi for vi, en in reversed(WORKS.items())} | {
    "renovating the house": "sửa nhà", "renovating": "sửa nhà", "doing building work": "sửa nhà",
    "having building work done": "sửa nhà", "having work done": "sửa nhà", "playing music": "bật nhạc",
    "playing loud music": "bật nhạc"}
_LOUD = r"(?:(?P<before>rất)\s+)?to(?:\s+(?P<after>quá|lắm))?"
_WORK = lazy(rf"{BY}\s+(?:(?P<now>đang)\s+)?(?P<work>(?i:{alternatives(WORKS)}))(?:\s+(?P<loud>{_LOUD}))?"
             rf"{SOFTENER}\s*(?P<end>[.!]*)")
_WORK_EN = lazy(rf"{BY_EN}(?P<be>['’]re|['’]s|\s+are|\s+is)\s+(?P<work>{alternatives(_WORKS_VI)})"
                r"(?:\s+(?P<d>so|too|very|really))?(?P<loud>\s+loud(?:ly)?)?\s*(?P<end>[.!]*)")
# the house next door being renovated or built ("Nhà bên cạnh đang sửa.")
_HOUSE = lazy(r"(?i:nhà\s+bên\s+cạnh|nhà\s+kế\s+bên)\s+đang\s+(?:được\s+)?(?P<done>sửa\s+chữa|sửa\s+sang|sửa|xây"
              rf"\s+dựng|xây)(?:\s+lại)?{SOFTENER}\s*[.!]*")
_HOUSE_EN = lazy(r"The\s+house\s+next\s+door\s+is\s+being\s+(?P<done>renovated|done\s+up|built)\s*[.!]*")
# their dog barking ("Con chó nhà hàng xóm sủa cả đêm."; a habit or all night, its past as v8 hears it said)
BARKS = {**dict.fromkeys(("sủa cả đêm", "sủa suốt đêm", "sủa suốt cả đêm"), "barked all night"),
         **dict.fromkeys(("sủa suốt ngày", "suốt ngày sủa"), "barks all the time"), "đang sủa": "is barking",
         **dict.fromkeys(("đêm nào cũng sủa", "sủa mỗi đêm", "sủa hàng đêm"), "barks every night")}
_BARKS_VI = {en: vi for vi, en in reversed(BARKS.items())} | {
    "was barking all night": "sủa cả đêm", "has been barking all night": "sủa cả đêm",
    "kept barking all night": "sủa cả đêm", "barks all night": "sủa cả đêm", "is always barking": "suốt ngày sủa",
    "never stops barking": "suốt ngày sủa"}
_DOG = lazy(rf"(?i:(?:con\s+)?chó)\s+(?:(?:của|nhà|ở)\s+)?{BY}\s+(?P<bark>{alternatives(BARKS)}){SOFTENER}"
            r"\s*(?P<end>[.!]*)")
# (a thing of theirs: "the neighbours' dog", "my neighbour's music", "the dog next door")
_OF_EN = (rf"(?:{BY_EN}(?P<poss>['’]s?)\s+(?P<thing>dog|music)|(?i:the)\s+(?P<thing2>dog|music)\s+"
          r"(?P<dplace>upstairs|next\s+door))")
_DOG_EN = lazy(rf"{_OF_EN}\s+(?P<bark>{alternatives(_BARKS_VI)})\s*(?P<end>[.!]*)")
# asking someone to turn it down ("Bạn vặn nhỏ nhạc được không?", "Làm ơn giữ trật tự.")
ACTS = {**dict.fromkeys(("vặn nhỏ nhạc", "vặn nhạc nhỏ", "vặn nhỏ tiếng nhạc", "vặn nhỏ nhạc lại"),
                        "turn the music down"), "vặn nhỏ âm lượng": "turn the volume down",
        **dict.fromkeys(("vặn nhỏ tiếng tivi", "vặn nhỏ tivi", "vặn nhỏ tiếng ti vi", "vặn nhỏ ti vi", "vặn nhỏ tv"),
                        "turn the TV down"), "vặn nhỏ lại": "turn it down",
        "vặn nhỏ tiếng": "turn it down",
        **dict.fromkeys(("nói nhỏ", "nói nhỏ lại", "nói nhỏ hơn"), "keep your voice down"),
        "bớt ồn": "keep the noise down", "nhỏ tiếng": "keep it down", "nhỏ tiếng lại": "keep it down",
        **dict.fromkeys(("giữ trật tự", "giữ yên lặng", "giữ im lặng"), "keep quiet")}
_ACTS_VI = {en: vi for vi, en in reversed(ACTS.items())} | {
    "turn down the music": "vặn nhỏ nhạc", "turn your music down": "vặn nhỏ nhạc",
    "turn the volume down": "vặn nhỏ tiếng", "turn down the volume": "vặn nhỏ tiếng",
    "turn down the TV": "vặn nhỏ tiếng tivi", "keep it down": "bớt ồn",
    "keep your voices down": "nói nhỏ", "be quiet": "giữ trật tự", "be quieter": "bớt ồn"}
_YOU = rf"các\s+bạn|mọi\s+người|{YOU}"
_REQUEST = lazy(rf"(?:(?P<please0>(?i:làm\s+ơn|vui\s+lòng|xin\s+hãy|hãy))\s+)?(?:(?P<you>(?i:{_YOU}))\s+)?"
                r"(?:(?P<can>có\s+thể)\s+)?(?:(?P<please>làm\s+ơn|vui\s+lòng)\s+)?"
                rf"(?P<act>(?i:{alternatives(ACTS)}))(?P<bit>\s+(?:một\s+)?(?:chút|tí|xíu))?"
                r"(?:\s+(?:giúp|giùm)(?:\s+tôi)?)?(?:(?:\s+(?P<can2>được))?\s+(?P<asked>không)|"
                rf"\s+(?P<tail>đi|thôi|nhé|nha))?{SOFTENED_END}")
_REQUEST_EN = lazy(r"(?:(?P<can>Can|Could|Would|Will)\s+you\s+(?:(?P<please>please)\s+)?|"
                   rf"(?P<please0>Please)\s+)?(?P<act>(?i:{alternatives(_ACTS_VI)}))"
                   r"(?P<bit>\s+a\s+(?:bit|little))?(?:,?\s+please)?"
                   r"\s*(?P<end>[.!?]*)")
# not sleeping for the noise ("Tôi không ngủ được vì tiếng ồn.", "Tối qua tôi không ngủ được vì hàng xóm ồn quá.")
_SLEEP = lazy(rf"{_LAST}{WHO}\s+(?:(?P<did>đã)\s+)?không\s+(?:thể\s+)?ngủ\s+được\s+(?:vì|do|tại|bởi\s+vì)\s+"
              r"(?P<why>[^.!?]+?)\s*(?P<end>[.!]*)")
_SLEEP_EN = lazy(rf"{WHO_EN}\s+(?P<can>can['’]t|cannot|couldn['’]t|could\s+not)\s+sleep"
                 r"(?P<last>\s+last\s+night)?\s+because\s+(?P<of>of\s+)?(?P<why>[^.!?]+?)\s*(?P<end>[.!]*)")
_NOISE = lazy(rf"(?i:tiếng\s+ồn)(?:\s+(?:từ|của|ở)\s+{BY})?")
_THEIRS = lazy(rf"(?i:(?P<dog>(?:con\s+)?chó)|(?:tiếng\s+)?nhạc)\s+(?:(?:của|nhà)\s+)?{BY}")
_NOISE_EN = lazy(rf"(?i:the\s+noise)(?:\s+from\s+(?:{BY_EN}|(?P<from>upstairs|next\s+door)))?")
_IT_NOISY = lazy(r"(?:(?P<before>rất|quá)\s+)?ồn(?:\s+(?P<after>quá|lắm))?")
_IT_NOISY_EN = lazy(r"it(?:['’]s|\s+is|\s+was)\s+(?:(?P<d>so|too|very|really)\s+)?noisy")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about noise and the neighbours; None for any other."""
    if src == "vi":
        return _state(text) or _work(text) or _house(text, "vi") or _dog(text) or _request(text) or _sleep(text)
    return (_state_vi(text) or _work_vi(text) or _house(text, "en") or _dog_vi(text) or _request_vi(text) or
            _sleep_vi(text))


def neighbours_by(m: re.Match) -> tuple[str, str] | None:
    """Who of BY in English and where they are: ("the neighbours", ""), ("my neighbours", ""), ("the people
    upstairs", "upstairs"); None for whose after any but "hàng xóm" ("nhà bên cạnh tôi")."""
    place = PLACES[keyed(m["by"])]
    if m["of"]:
        return None if place else (f"{OWNERS[keyed(m['of'])]} neighbours", "")
    return (f"the people {place}" if place else "the neighbours"), place


def theirs(m: re.Match, thing: str) -> str | None:
    """A thing of theirs (BY) in English: "the neighbours' dog", "my neighbours' music", "the dog next door"."""
    said = neighbours_by(m)
    return said and (f"the {thing} {said[1]}" if said[1] else f"{said[0]}' {thing}")


def neighbours_by_vi(m: re.Match) -> tuple[str, str, bool] | None:
    """Who of BY_EN in Vietnamese, where they are, and whether English said one: ("hàng xóm tôi", "", False) for "my
    neighbours", ("hàng xóm tầng trên", "upstairs", False) for "the people upstairs"; None for whose and a place."""
    place = " ".join((m["place"] or m["place2"] or "").split())
    if m["of"] and place:
        return None
    whose = f" {WHOSE_VI[m['of'].lower()]}" if m["of"] else ""
    return f"{_PLACES_VI[place]}{whose}", place, bool(m["nb"]) and not m["many"]


def theirs_vi(m: re.Match, thing: str, poss: str, place: str | None) -> str | None:
    """A thing of theirs in Vietnamese: "con chó nhà hàng xóm" ("the neighbours' dog"), "nhạc nhà bên cạnh" ("the
    music next door"); None for "'" after one neighbour or "'s" after many, and for the people's ("the people
    upstairs' dog")."""
    if place is not None:
        return f"{thing} {_OF_VI[' '.join(place.split())]}"
    by = neighbours_by_vi(m)
    if by is None or m["people"] or by[1] or (poss.strip() in ("'", "’")) == by[2]:
        return None
    whose = by[0].removeprefix("hàng xóm")
    return f"{thing} nhà hàng xóm{whose}"


def _state(text: str, past: bool = False) -> str | None:
    """"Hàng xóm ồn quá." as "The neighbours are so noisy.", "Nhạc nhà bên cạnh to quá." as "The music next door is
    so loud.", "Ở đây có ồn không?" as "Is it noisy here?", "Hàng xóm làm ồn cả đêm." as "The neighbours were making
    noise all night." (_STATE; `past`, said in a clause of a past); None for anything else, "to" of people (big)
    and "làm ồn" of music."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["last"] and m["long"]:
        return None
    music = m["music"] or m["music0"]
    if music and m["make"] or not music and m["noisy"] == "to" or m["here"] and m["make"] or m["make"] and (
            m["before"] or m["not"] or m["after"] == "lắm" and asked):
        return None
    if m["here"] or m["music0"]:
        subject = "it" if m["here"] else "the music"
    else:
        subject = theirs(m, "music") if music else (by := neighbours_by(m)) and by[0]
    if not subject:
        return None
    one, past = bool(music or m["here"]), past or bool(m["last"] or m["long"])
    be = ("was" if one else "were") if past else ("is" if one else "are")
    degree = DEGREE.get(m["before"] or m["after"] or "", "")
    if m["after"] == "quá" and (asked or m["not"]) or m["not"] and degree == "really":
        degree = "too" if m["after"] == "quá" else "very"  # ("có ồn quá không": too; "không ồn lắm": not very)
    much = {"quá": "too much " if asked else "so much ", "lắm": "a lot of "}.get(m["after"], "")
    said = " ".join(w for w in ("always" if m["always"] else "", f"making {much}noise" if m["make"] else degree,
                                "" if m["make"] else "loud" if music else "noisy") if w)
    said += " here" * bool(m["here"]) + (" last night" if m["last"] else " all night" if m["long"] else "")
    if asked:
        return f"{be.capitalize()} {subject} {said}?"
    said = f"{subject} {be}n't {said}" if m["not"] else contracted(subject, f"{be} {said}")
    return capitalised(said + (m["end"] or "."))


def _work(text: str) -> str | None:
    """"Nhà bên cạnh đang sửa nhà." as "The people next door are renovating their house.", "Hàng xóm bật nhạc to
    quá." as "The neighbours are playing their music so loud." (_WORK); None for anything else, work without "đang"
    (said when?), and music not loud."""
    m = _WORK.fullmatch(text)
    said = m and neighbours_by(m)
    if not said:
        return None
    work = WORKS[keyed(m["work"])]
    music = work.startswith("playing")
    if music != bool(m["loud"]) or not music and not m["now"]:
        return None
    degree = f" {DEGREE[m['before'] or m['after']]}" if m["before"] or m["after"] else ""
    return capitalised(f"{said[0]} are {work}{f'{degree} loud' if music else ''}.")


def _house(text: str, src: str) -> str | None:
    """"Nhà bên cạnh đang sửa." as "The house next door is being renovated.", and back as "Nhà bên cạnh đang được sửa
    lại."; "… đang xây." as "… being built."."""
    m = (_HOUSE if src == "vi" else _HOUSE_EN).fullmatch(text)
    built = m and m["done"].startswith(("xây", "built"))
    if src == "vi":
        return m and f"The house next door is being {'built' if built else 'renovated'}."
    return m and f"Nhà bên cạnh đang được {'xây' if built else 'sửa lại'}."


def _dog(text: str) -> str | None:
    """"Con chó nhà hàng xóm sủa cả đêm." as "The neighbours' dog barked all night.", "Chó nhà bên cạnh đang sủa."
    as "The dog next door is barking." (_DOG); None for anything else."""
    m = _DOG.fullmatch(text)
    dog = m and theirs(m, "dog")
    return dog and capitalised(f"{dog} {BARKS[keyed(m['bark'])]}.")


def _request(text: str) -> str | None:
    """"Bạn vặn nhỏ nhạc được không?" as "Could you turn the music down?", "Làm ơn giữ trật tự." as "Please keep
    quiet.", "Nói nhỏ thôi." as "Please keep your voice down." (_REQUEST); None for anything else, and for "Bạn vặn
    nhỏ nhạc." (said, not asked)."""
    m = _REQUEST.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["can"] or m["can2"]) or asked and (
            not m["you"] or m["please0"]) or m["you"] and not (asked or m["please0"] or m["please"] or m["tail"]):
        return None
    act = ACTS[keyed(m["act"])]
    if keyed(m["you"] or "") in ("các bạn", "mọi người"):
        act = act.replace("voice", "voices")
    act += " a bit" * bool(m["bit"] and act != "keep quiet")
    if asked:
        return f"Could you {'please ' * bool(m['please'])}{act}?"
    return f"Please {act}." if m["please0"] or m["please"] or m["tail"] or m["you"] else capitalised(f"{act}.")


def _why(said: str, past: bool) -> str | None:
    """Why one could not sleep (_SLEEP's "why") in English: "of the noise", "of the noise from next door", "of the
    neighbours' dog", "it's so noisy", "the neighbours were so noisy"; None for anything else."""
    if m := _NOISE.fullmatch(said):
        by = neighbours_by(m) if m["by"] else ("", "")
        return by and f"of the noise{' from ' if m['by'] else ''}{by[1] or by[0]}"
    if (m := re.fullmatch(rf"{BY}", said)) and (by := neighbours_by(m)):
        return f"of {by[0]}"
    if m := _THEIRS.fullmatch(said):
        return (thing := theirs(m, "dog" if m["dog"] else "music")) and f"of {thing}"
    if (m := _IT_NOISY.fullmatch(said)) and not (m["before"] and m["after"]):
        degree = DEGREE.get(m["before"] or m["after"] or "", "")
        return f"it {'was' if past else 'is'} {degree} noisy".replace("  ", " ")
    clause = _state(capitalised(said), past)
    return clause and not clause.endswith("?") and f"{clause[0].lower()}{clause[1:-1]}"


def _sleep(text: str) -> str | None:
    """"Tôi không ngủ được vì tiếng ồn." as "I can't sleep because of the noise.", "Tối qua tôi không ngủ được vì
    hàng xóm ồn quá." as "I couldn't sleep last night because the neighbours were so noisy." (_SLEEP); None for
    anything else, and "Anh không ngủ được …" (the speaker or "you")."""
    m = _SLEEP.fullmatch(text)
    said = m and who(m, False)
    past = bool(m and (m["last"] or m["did"]))
    why = said and _why(m["why"], past)
    if not why:
        return None
    why = why.replace("it is", "it's") if why.startswith("it is") else why
    last = " last night" * bool(m["last"])
    return capitalised(f"{said[0]} {'could' if past else 'ca'}n't sleep{last} because {why}.")


def _state_vi(text: str, past: bool = False) -> str | None:
    """"The neighbours are too loud." as "Hàng xóm ồn quá.", "Is the music too loud?" as "Nhạc có to quá không?",
    "It's so noisy here." as "Ở đây ồn quá." (_STATE_EN); None for anything else, where "is" does not agree, and a
    past with no time (`past`: said in a clause of one)."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    be = (m["be0"] or m["be"]).strip().lower().replace("’", "'")
    music, one, subject = bool(m["music"] or m["poss"]), True, None
    if m["music"]:
        subject = f"nhạc {_OF_VI[' '.join(m['mplace'].split())]}" if m["mplace"] else "nhạc"
    elif m["poss"]:
        subject = theirs_vi(m, "nhạc", m["poss"].split()[0], None)
    elif m["it"]:
        subject = "ở đây" if m["here"] else None
    elif by := neighbours_by_vi(m):
        subject, one = by[0], by[2]
    time, was = (m["time"] or "").split(), be in ("was", "were")
    if not subject or bool(m["here"]) != bool(m["it"]) or (be in ("is", "'s", "was")) != one or be == "'s" and not (
            m["it"]) or was and not (time or past) or not was and time == ["last", "night"]:
        return None
    if music and (m["adj"] != "loud" or m["make"]) or m["make"] and (m["d"] or m["not"] or m["always"]):
        return None
    before, after = EN_DEGREE.get(" ".join((m["d"] or "").split()), ("", ""))
    if m["not"] and m["d"]:
        before, after = ("", "lắm") if m["d"] in ("very", "really") else (None, None)
    if before is None or m["be0"] and m["not"]:
        return None
    adj = "to" if music else "làm ồn" if m["make"] else "ồn"
    if m["make"]:
        before, after = ("" if m["much"] or time else "đang"), ("quá" if m["much"] else "")
    said = " ".join(w for w in ("lúc nào cũng" if m["always"] else "", "không" if m["not"] else "", before, adj, after,
                                "cả đêm" if time == ["all", "night"] else "") if w)
    last = "Tối qua " if time == ["last", "night"] else ""
    if m["be0"]:
        return capitalised(f"{last}{subject} có {said} không?")
    return f"{last}{subject} {said}{m['end']}" if last else capitalised(f"{subject} {said}{m['end']}")


def _work_vi(text: str) -> str | None:
    """"The neighbours are doing building work." as "Hàng xóm đang sửa nhà.", "My neighbours are playing their
    music so loud." as "Hàng xóm tôi bật nhạc to quá." (_WORK_EN); None for anything else, where "is" does not agree,
    and music not said loud."""
    m = _WORK_EN.fullmatch(text)
    by = m and neighbours_by_vi(m)
    if not by or (m["be"].strip().replace("’", "'") in ("is", "'s")) != by[2]:
        return None
    work = m["work"].lower()
    music, loud = "music" in work, bool(m["loud"]) or work == "playing loud music"
    if music != loud or m["d"] and not m["loud"] or work == "playing loud music" and m["loud"]:
        return None
    if not music:
        return capitalised(f"{by[0]} đang {_WORKS_VI[work]}.")
    before, after = EN_DEGREE.get(m["d"] or "", ("", ""))
    loud = " ".join(w for w in (before, "to", after) if w)
    return capitalised(f"{by[0]} {'' if after else 'đang '}bật nhạc {loud}.")


def _dog_vi(text: str) -> str | None:
    """"The neighbours' dog barked all night." as "Con chó nhà hàng xóm sủa cả đêm.", "The dog next door is barking."
    as "Con chó nhà bên cạnh đang sủa." (_DOG_EN); None for anything else."""
    m = _DOG_EN.fullmatch(text)
    dog = m and "dog" in (m["thing"] or m["thing2"]) and theirs_vi(m, "con chó", m["poss"] or "", m["dplace"])
    return dog and capitalised(f"{dog} {_BARKS_VI[' '.join(m['bark'].split())]}.")


def _request_vi(text: str) -> str | None:
    """"Could you turn the music down?" as "Bạn có thể vặn nhỏ nhạc được không?", "Please keep it down." as "Làm ơn
    bớt ồn.", "Keep quiet!" as "Giữ trật tự đi!" (_REQUEST_EN); None for anything else."""
    m = _REQUEST_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]):
        return None
    act = _ACTS_VI[keyed(m["act"]).replace("tv", "TV")] + " một chút" * bool(m["bit"])
    if m["can"]:
        return f"Bạn có thể {act} được không?"
    return f"Làm ơn {act}{m['end'] or '.'}" if m["please0"] or "please" in text.lower() else \
        capitalised(f"{act} đi{m['end'] or '.'}")


def _why_vi(said: str, of: bool, past: bool) -> str | None:
    """Why one could not sleep (_SLEEP_EN's "why") in Vietnamese: "tiếng ồn" ("of the noise"), "tiếng ồn từ nhà bên
    cạnh", "con chó nhà hàng xóm", "ồn quá" ("it was so noisy"), "hàng xóm ồn quá"; None for anything else, and a
    clause after "of" or a thing after "because" alone."""
    if of:
        if (m := _NOISE_EN.fullmatch(said)) and (m["from"] or m["nb"] or m["people"]):
            by = ("", " ".join(m["from"].split()), False) if m["from"] else neighbours_by_vi(m)
            return by and f"tiếng ồn từ {_OF_VI[by[1]] if by[1] else 'nhà ' + by[0]}"
        if m:
            return "tiếng ồn"
        if m := re.fullmatch(BY_EN, said):
            return (by := neighbours_by_vi(m)) and by[0]
        if m := re.fullmatch(_OF_EN, said):
            thing = "con chó" if (m["thing"] or m["thing2"]) == "dog" else "nhạc"
            return theirs_vi(m, thing, m["poss"] or "", m["dplace"])
        return "tiếng nhạc" if re.fullmatch(r"(?i:the)\s+music", said) else None
    if m := _IT_NOISY_EN.fullmatch(said):
        before, after = EN_DEGREE.get(m["d"] or "", ("", ""))
        return " ".join(w for w in (before, "ồn", after) if w)
    clause = _state_vi(capitalised(said), past)
    return clause and f"{clause[0].lower()}{clause[1:]}"


def _sleep_vi(text: str) -> str | None:
    """"I couldn't sleep because of the noise." as "Tôi không ngủ được vì tiếng ồn.", "I couldn't sleep last night
    because the neighbours were so noisy." as "Tối qua tôi không ngủ được vì hàng xóm ồn quá." (_SLEEP_EN); None
    for anything else."""
    m = _SLEEP_EN.fullmatch(text)
    if not m:
        return None
    past = m["can"].lower().startswith("could")
    if m["last"] and not past or not (why := _why_vi(m["why"], bool(m["of"]), past)):
        return None
    said = f"{who_vi(m)[0]} không ngủ được vì {why}."
    return f"Tối qua {said}" if m["last"] else capitalised(said)
