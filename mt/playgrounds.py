"""Children at a playground, both ways, written whole by rule: who likes, wants, fears or is on the slide, the
swings, the seesaw or the sand; who pushes whom on the swing; a playground near home; who is playing there; who takes
the children there; "let's go to the playground". v8 (the rules on) reads "cầu trượt", "xích đu", "sân chơi" as a
slippery player, "snugg", a yard or a game, "slide" and "swing" as "ảnh chiếu" and "bơi lội": "Con tôi thích chơi
cầu trượt." → "My child likes to play a slippery player.", "Con muốn chơi xích đu nữa." → "I'd like to play the
slight anymore.", "Con trai tôi đang trượt cầu trượt." → "My son is skiing.", "Tôi đang đẩy xích đu cho con." → "I'm
pushing my baby.", "Gần đây có sân chơi không?" → "Are there a playground recently?", "Hôm qua tôi đưa con ra sân
chơi." → "Yesterday, I took the game."; "My daughter loves the slide." → "Đứa con gái tôi yêu thích ảnh chiếu.", "I
want to go on the swings again." → "Tôi muốn đi bơi lần nữa.", "I'm pushing my daughter on the swing." → "Tôi đang
đẩy con gái tôi lên bơi.", "There's a playground near my house." → "Có một trận đấu gần nhà tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN; "Con" alone asked, "you", or wanting, "I") liking or loving (as a child too:
mt.childhood.AS_A_CHILD; "as children" for we and they), wanting (again: "nữa"; not any more: "không … nữa"), scared
of, or now on a thing of _DOINGS, said, denied or asked; who pushing whom on the swing now, just or in the past ("đã",
a day behind); a playground (PLACES) near whose house or here, there or not, asked; who or the kids (mt.noise.GROUPS)
playing or being at one now; who taking whom (their own "con", the kids, mt.hobbies.WHOM) to one: "đã" or a day
behind, "sẽ" or a day ahead or of today, "vừa", "đang", a habit (mt.hobbies.SELDOM, EVERY; both only "thường",
"usually", and "luôn"), asked with "có hay"; "Chúng ta ra sân chơi đi!", "Ra sân chơi nào!". Left: "Bố đẩy xích đu
cho con.", "Đến lượt con trượt." ("bố", "con" alone: the speaker, the one spoken to, or of?), "Chiều nay tôi đưa con
ra sân chơi." (done or planned?), "con" bare after kin ("Mẹ tôi đưa con …": her child, or me?), "Con thích …" said
("I", or "you"?), "Con có … không ạ?" (the child asking), "khu vui chơi" alone (a theme park?), "Ra sân chơi đi!"
(let's, or go?), "trượt" alone (skiing? "trượt chân": mt/falls.py), whose turn (mt/games.py), "anh", "chị", "em"
alone saying it, "I" asked, a pet as who, "sometimes … every day" (two words of how often), "thế", "vậy" ending a
statement (said more), parks and picnics (mt/outings.py), minding children (mt/childcare.py), picking up
(mt/pickups.py), the rest.
mt.phrasebook.translate tries these after mt/birthday_cakes.py.

    >>> translate("Con tôi thích chơi cầu trượt.", "vi", "en"), translate("My daughter loves the slide.", "en", "vi")
    ('My child likes the slide.', 'Con gái tôi rất thích chơi cầu trượt.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, POLITE, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom,
                      asked_of, be_of, em_speaking, often_said, who, who_vi)
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, be, be_said,
                   capitalised, contracted, keyed, present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cầu\s+trượt|xích\s+đu|bập\s+bênh|sân\s+chơi|khu\s+vui\s+chơi|chơi\s+cát)"),
         "en": lazy(r"(?i:slide|swing|seesaw|playground|play\s+area|sand)")}
# what is done on each thing: English liked (and feared), wanted ("to …") and doing now; a thing feared bare
_DOINGS = {"chơi cầu trượt": ("the slide", "go on the slide", "playing on the slide"),
           "trượt cầu trượt": ("going down the slide", "go down the slide", "going down the slide"),
           "chơi xích đu": ("the swings", "go on the swings", "playing on the swings"),
           "chơi bập bênh": ("the seesaw", "go on the seesaw", "playing on the seesaw"),
           "chơi cát": ("playing in the sand", "play in the sand", "playing in the sand")}
_THINGS = {"cầu trượt": "chơi cầu trượt", "xích đu": "chơi xích đu", "bập bênh": "chơi bập bênh"}
_THINGS_EN = {"the slide": "cầu trượt", "the swings": "xích đu", "the swing": "xích đu", "the seesaw": "bập bênh"}
# ... and back: liked or feared ("the slide", "playing on the swings"), wanted ("to go on the swing"), doing now
_ING_EN = {f"playing on {en}": f"chơi {vi}" for en, vi in _THINGS_EN.items()} | {
    "going down the slide": "trượt cầu trượt", "playing in the sand": "chơi cát", "playing in the sandpit": "chơi cát"}
_LIKED_EN = {en: f"chơi {vi}" for en, vi in _THINGS_EN.items()} | _ING_EN
_TO_EN = {f"{go} on {en}": f"chơi {vi}" for en, vi in _THINGS_EN.items() for go in ("go", "play")} | {
    "go down the slide": "trượt cầu trượt", "play in the sand": "chơi cát", "play in the sandpit": "chơi cát"}
# a playground, in English (the first Vietnamese of each is written back; "khu vui chơi" alone may be a theme park)
PLACES = {"sân chơi": "playground", "sân chơi trẻ em": "playground", "khu vui chơi trẻ em": "play area",
          "khu vui chơi thiếu nhi": "play area"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
_AT = {"playground": "at", "play area": "in"}
# the days a trip there is said on, and their way from today (mt.dates.NEAR_WAY)
_DAYS = near_days("hôm qua", "chiều hôm qua", "chiều qua", "cuối tuần trước", "hôm nay", "sáng nay", "chiều nay",
                  "cuối tuần này", "ngày mai", "sáng mai", "chiều mai", "cuối tuần sau", "cuối tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# a child of who's own, said bare after who ("Tôi đưa con …": my child), and in English
_OWN = {"con": "child", "con trai": "son", "con gái": "daughter", "các con": "kids"}
_OWN_VI = {"child": "con", "son": "con trai", "daughter": "con gái", "kids": "các con", "children": "các con"}
_KIDS = {vi for vi, (en, _) in GROUPS.items() if en == "the kids"}
_BE = {"is", "am", "are", "'s", "'m", "'re"}
# how often said with "every …" too ("thường": "usually", "luôn": "always"); another says two ("sometimes … every day")
_WITH_EVERY = {"usually", "always"}

_PLACE = rf"(?P<place>(?i:{alternatives(PLACES)}))"
_PLACE_EN = rf"(?P<place>(?i:{alternatives(PLACES_VI)}))"
_DOING = rf"(?P<doing>(?i:{alternatives(_DOINGS)}))"
_ASK = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
# whom one takes or pushes: their own child, the kids, or mt.hobbies.WHOM ("con tôi", "Lan", "tôi")
_WHOM = rf"(?:(?P<own>(?i:{alternatives(_OWN)}))|(?P<kids>(?i:{alternatives(_KIDS)}))|{WHOM})"
_WHOM_EN = (rf"(?:(?P<kwhose>(?i:{WHOSE_WORDS}))\s+(?P<own>{alternatives(_OWN_VI)})|"
            rf"(?P<kids>(?i:{alternatives(GROUPS_VI)}))|{WHOM_EN})")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"

# liking, wanting, fearing or playing ("Con tôi thích chơi cầu trượt.", "Con muốn chơi xích đu nữa.")
_FUN = lazy(rf"(?:(?P<child0>{AS_A_CHILD})\s*,?\s+)?(?:{WHO}|(?P<con>[Cc]on))\s+{_ASK}(?P<verb>(?i:rất\s+thích|thích|"
            rf"mê|muốn|sợ|đang))\s+(?:{_DOING}|(?P<thing>(?i:{alternatives(_THINGS)})))(?:\s+(?P<much>lắm))?"
            rf"(?:\s+(?P<more>nữa))?(?:\s+(?P<child>{AS_A_CHILD}))?{ASKED_END}")
# pushing on the swing ("Tôi đang đẩy xích đu cho con.", "Hôm qua bố tôi đã đẩy xích đu cho tôi.")
_PUSH = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>(?i:đang|đã|vừa\s+mới|vừa))\s+)?đẩy\s+xích\s+đu\s+"
             rf"cho\s+{_WHOM}(?:\s+(?P<day>{_DAY}))?{SOFTENED_END}")
# a playground near ("Gần nhà tôi có một sân chơi.", "Gần đây có sân chơi không?", "Có một sân chơi gần nhà tôi.")
_NEAR = rf"(?:(?i:gần)\s+(?:nhà\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<here>đây)))"
_THERE = [lazy(rf"(?:(?i:ở)\s+)?{_NEAR}\s+(?:(?P<not>không)\s+)?có\s+(?P<one>một\s+)?{_PLACE}(?P<any>\s+nào)?"
               rf"{ASKED_END}"), lazy(rf"(?P<first>[Cc]ó)\s+một\s+{_PLACE}\s+(?:ở\s+)?{_NEAR}{SOFTENED_END}")]
# playing or being at one now ("Bọn trẻ đang chơi ở sân chơi.")
_AT_PLACE = lazy(rf"(?:{WHO}|(?P<kids>(?i:{alternatives(GROUPS)})))\s+(?:(?P<ask>có)\s+)?đang\s+(?P<play>chơi\s+)?"
                 rf"(?:(?P<prep>ở|ngoài|trong)\s+)?{_PLACE}{ASKED_END}")
# taking someone there ("Hôm qua tôi đưa con ra sân chơi.", "Mẹ tôi thường dẫn bọn trẻ đi sân chơi.")
_TAKE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>(?i:đã|sẽ|vừa\s+mới|vừa|đang))\s+|"
             rf"(?P<often>(?i:{alternatives(SELDOM)}))\s+)?(?i:đưa|dẫn)\s+{_WHOM}\s+(?:ra|đến|tới|đi)\s+{_PLACE}"
             rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
_LETS = lazy(rf"(?:(?P<we>chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình|mình)\s+)?(?:cùng\s+)?(?:đi\s+)?ra\s+{_PLACE}"
             r"\s+(?P<tell>đi|nào)(?:\s+nhé)?\s*(?P<end>[.!]*)", re.IGNORECASE)

# ... in English
_FUN_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Is|Are|Am|Was|Were)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|did)(?:\s+not|n['’]t)|"
               rf"\s+(?:isn|aren|wasn|weren)['’]t|\s+(?:was|were)(?:\s+not)?|{BE_EN}(?:\s+not)?)?\s+(?:(?P<verb>"
               r"likes?|loves?|liked|loved|wants?\s+to|scared\s+of|afraid\s+of)\s+(?P<what>"
               rf"{alternatives(_LIKED_EN.keys() | _TO_EN.keys())})|(?P<ing>{alternatives(_ING_EN)}))"
               rf"(?:\s+(?P<again>again))?(?:\s+(?P<child>{AS_A_CHILD_EN}))?\s*(?P<end>[.!?]*)")
_PUSH_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve\s+just|['’]s\s+just|\s+(?:has|have)\s+just|\s+just|{BE_EN})?\s+"
                rf"(?P<verb>pushing|pushed)\s+{_WHOM_EN}\s+on\s+the\s+swings?(?:\s+(?P<day>{_DAY_EN}))?"
                r"\s*(?P<end>[.!]*)")
_THERE_EN = lazy(rf"(?:(?P<q>Is)\s+there|There['’]s|There\s+is|(?P<isnt>There\s+isn['’]t))"
                 rf"\s+(?P<a>a|an|no|any)\s+{_PLACE_EN}\s+near\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))"
                 r"\s+(?:house|home)|(?P<here>here))\s*(?P<end>[.!?]*)")
_AT_PLACE_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?(?:{WHO_EN}|(?P<kids>(?i:{alternatives(GROUPS_VI)})))(?:{BE_EN})?\s+"
                    rf"(?:(?P<play>playing)\s+)?(?:at|in)\s+the\s+{_PLACE_EN}\s*(?P<end>[.!?]*)")
_TAKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|['’]ve\s+just|['’]s\s+just|"
                rf"\s+(?:has|have)\s+just|{BE_EN})?(?:\s+(?P<often>(?i:{alternatives(HABIT_VI)})))?\s+"
                rf"(?P<verb>take|takes|took|taking|taken)\s+{_WHOM_EN}\s+to\s+the\s+{_PLACE_EN}"
                rf"(?:\s+(?P<day>{_DAY_EN}))?(?:\s+(?P<every>{alternatives(EVERY_VI)}))?\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(rf"(?i:let['’]s)\s+go\s+to\s+the\s+{_PLACE_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who likes, wants, fears or is on a thing of a playground, pushes someone on
    the swing, a playground near, children at one or taken there, or "let's go" there; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("… ở sân chơi vậy.": "thế", "vậy" ending a statement say more)
            return None
        return _fun(text) or _push(text) or _there(text) or _at_place(text) or _take(text) or _lets(text)
    text = text.replace("’", "'")
    return _fun_vi(text) or _push_vi(text) or _there_vi(text) or _at_place_vi(text) or _take_vi(text) or _lets_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("she likes"); None for a pet, "I" asked, "anh" saying it,
    and "em" asking with "ạ" (the speaker)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _whom(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _WHOM in English: "my child" for "con" after "tôi", "the kids", "my son" for "con trai
    tôi", "me" for "tôi"; None for a child bare after anyone but a pronoun ("Mẹ tôi … con": mine, or me?)."""
    if m["own"]:
        return who_ in EN_WHOSE and f"{EN_WHOSE[who_]} {_OWN[keyed(m['own'])]}" or None
    return "the kids" if m["kids"] else as_whom(m["whom"], "vi")


def _fun(text: str) -> str | None:
    """"Con tôi thích chơi cầu trượt." as "My child likes the slide.", "Con muốn chơi xích đu nữa." as "I want to go
    on the swings again." (_FUN); None for anything else."""
    m = _FUN.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or not m:
        return None
    verb, child = keyed(m["verb"]), bool(m["child0"] or m["child"])
    love = verb in ("rất thích", "mê") or verb == "thích" and m["much"]
    # ("Con" asking is "you", but with "ạ" the child asking, as em_speaking reads "em"; saying what it wants: "I")
    said = (("you", False) if asked and not POLITE.search(text) else ("I", False) if verb == "muốn" and not asked
            else None) if m["con"] else _who(m, asked)
    if said is None or m["child0"] and m["child"] or m["much"] and verb != "thích" or m["more"] and verb != "muốn" or (
            m["thing"] and verb != "sợ") or child and verb not in ("thích", "rất thích", "mê", "sợ"):
        return None
    who_, one = said
    liked, todo, doing = _DOINGS[_THINGS[keyed(m["thing"])] if m["thing"] else keyed(m["doing"])]
    if verb == "đang" or verb == "sợ" and not child:
        what = doing if verb == "đang" else f"scared of {liked}"
        return None if verb == "đang" and m["not"] else _is(who_, what, asked, bool(m["not"]), m["end"])
    # (we and they were children then, not a child)
    as_child = "as children" if be(who_) == "are" and who_ != "you" else "as a child"
    if verb == "sợ":  # (as a child)
        was = "was" if one or who_ == "I" else "were"
        return f"{was.capitalize()} {who_} scared of {liked} {as_child}?" if asked else \
            capitalised(f"{who_} {was}" + "n't" * bool(m["not"]) + f" scared of {liked} {as_child}.")
    if verb == "muốn":  # ("không muốn … nữa": not any more; wanting it "nữa": again)
        more = (" any more" if m["not"] else " again") if m["more"] else ""
        return present(who_, one, "want", f"to {todo}{more}", asked, bool(m["not"]), m["end"])
    if love and (asked or m["not"]):
        return None  # ("Bạn có rất thích …?", "không thích … lắm": not really)
    if child:
        past = "love" if love else "like"
        did = f"didn't {past}" if m["not"] else f"{past}d"
        return f"Did {who_} {past} {liked} {as_child}?" if asked else capitalised(f"{who_} {did} {liked} {as_child}.")
    return present(who_, one, "love" if love else "like", liked, asked, bool(m["not"]), m["end"])


def _is(who_: str, what: str, asked: bool, denied: bool, end: str | None) -> str:
    """Who is `what`, in English: "Are the kids at the playground?", "I'm not scared of …", "She isn't …"."""
    is_ = be(who_)
    if asked:
        return f"{is_.capitalize()} {who_} {what}?"
    not_ = (" not" if is_ == "am" else "n't") if denied else ""
    return capitalised(contracted(who_, f"{is_}{not_} {what}") + stop(end))


def _push(text: str) -> str | None:
    """"Hôm qua bố tôi đẩy xích đu cho tôi." as "My father pushed me on the swing yesterday." (_PUSH); None for
    anything else, and for no word of the tense ("Bố đẩy xích đu cho con.")."""
    m = _PUSH.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False)
    if not said or m["day0"] and m["day"]:
        return None
    who_, _ = said
    whom, aux, day = _whom(m, who_), keyed(m["aux"] or ""), keyed(m["day0"] or m["day"] or "")
    if whom is None or day and (NEAR_WAY[day] != "behind" or aux not in ("", "đã")) or not (aux or day):
        return None
    if aux == "đang":
        return capitalised(contracted(who_, f"{be(who_)} pushing {whom} on the swing") + stop(m["end"]))
    just = "just " if aux.startswith("vừa") else ""
    return capitalised(f"{who_} {just}pushed {whom} on the swing{' ' * bool(day)}{_DAYS.get(day, '')}{stop(m['end'])}")


def _there(text: str) -> str | None:
    """"Gần nhà tôi có một sân chơi." as "There's a playground near my house.", "Gần đây có sân chơi không?" as "Is
    there a playground near here?" (_THERE); None for anything else."""
    m = next((m for p in _THERE if (m := p.fullmatch(text))), None)
    if not m:
        return None
    g = m.groupdict()
    asked = bool(g.get("asked"))
    if asked != ("?" in m["end"]) or g.get("not") and (asked or g["one"]) or g.get("any") and not (asked or g["not"]) \
            or asked and g["one"]:
        return None
    place = PLACES[keyed(m["place"])]
    near = "here" if m["here"] else f"{OWNERS[keyed(m['owner'])]} house"
    if asked:
        return f"Is there a {place} near {near}?"
    a = "no" if g.get("not") else "a"
    return f"There's {a} {place} near {near}{stop(m['end'])}"


def _at_place(text: str) -> str | None:
    """"Bọn trẻ đang chơi ở sân chơi." as "The kids are playing at the playground.", "Con tôi đang ở sân chơi." as
    "My child is at the playground." (_AT_PLACE); None for anything else."""
    m = _AT_PLACE.fullmatch(text)
    asked = m and asked_of(m)
    said = ("the kids", False) if m and m["kids"] else m and _who(m, bool(asked))
    if asked is None or not said or not (m["play"] or m["prep"]):
        return None
    place = PLACES[keyed(m["place"])]
    return _is(said[0], f"{'playing ' * bool(m['play'])}{_AT[place]} the {place}", asked, False, m["end"])


def _take(text: str) -> str | None:
    """"Hôm qua tôi đưa con ra sân chơi." as "I took my child to the playground yesterday." (_TAKE); None for anything
    else, and a day of today with no word of the tense ("Chiều nay tôi đưa con ra sân chơi.": done, or planned?)."""
    m = _TAKE.fullmatch(text)
    asked = m and asked_of(m)
    said = asked is not None and m and _who(m, asked)
    if not said or m["day0"] and m["day"]:
        return None
    who_, one = said
    whom, aux, day = _whom(m, who_), keyed(m["aux"] or ""), keyed(m["day0"] or m["day"] or "")
    often = m["often"] and often_said(m["often"], bool(m["every"]))
    way = NEAR_WAY.get(day, "")
    if whom is None or asked and often not in ("often", "sometimes", "usually") or (often or m["every"]) and (
            aux or day) or often and m["every"] and often not in _WITH_EVERY:
        return None
    where = f"{whom} to the {PLACES[keyed(m['place'])]}"
    if often or m["every"]:
        every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
        return present(who_, one, "take", where + every, asked, end=m["end"], adverb=f"{often} " if often else "")
    when = f" {_DAYS[day]}" if day else ""
    if asked or aux == "đang" and day or aux.startswith("vừa") and day:
        return None
    if aux == "đã" and way != "ahead" or not aux and way == "behind":
        said = f"{who_} took {where}{when}"
    elif aux == "sẽ" and way != "behind" or not aux and way == "ahead":
        said = contracted(who_, f"will take {where}{when}")
    elif aux.startswith("vừa"):
        said = contracted(who_, f"{'has' if one else 'have'} just taken {where}")
    elif aux == "đang":
        said = contracted(who_, f"{be(who_)} taking {where}")
    else:
        return None
    return capitalised(said + stop(m["end"]))


def _lets(text: str) -> str | None:
    """"Chúng ta ra sân chơi đi!" and "Ra sân chơi nào!" as "Let's go to the playground!" (_LETS); None for anything
    else, and "Ra sân chơi đi!" (let's, or go?)."""
    m = _LETS.fullmatch(text)
    ok = m and (m["we"] or keyed(m["tell"]) == "nào")
    return ok and f"Let's go to the {PLACES[keyed(m['place'])]}{stop(m['end'])}" or None


def _agrees(m: re.Match, first: str, one: bool) -> bool:
    """Whether `first`, the verb said first ("Does", "'s", "likes", "were"), agrees with who of a match of WHO_EN."""
    first = first.lower().strip()
    if first in ("did", "didn't", "will", "'ll") or first.endswith("ed"):
        return True
    if first in _BE or first in ("was", "were"):
        return be_said(first) == be_of(who_vi(m)[0], one, first in ("was", "were"))
    return one == (first == "doesn't" or first.endswith("s"))


def _fun_vi(text: str) -> str | None:
    """"My daughter loves the slide." as "Con gái tôi rất thích chơi cầu trượt.", "She's scared of the slide." as "Cô
    ấy sợ cầu trượt." (_FUN_EN); None for anything else, and where a verb does not agree with who."""
    m = _FUN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or animal(m):
        return None  # (… and a pet: "My dog likes the slide.")
    who_, one = who_vi(m)
    aux = " ".join((m["q"] or m["aux"] or "").lower().split())
    first, not_ = aux.split(" ")[0].replace("n't", ""), "not" in aux or "n't" in aux
    verb, child = " ".join((m["verb"] or "").split()), bool(m["child"])
    first = {"isn": "is", "aren": "are", "wasn": "was", "weren": "were"}.get(first, first)
    be_verb = first in _BE or first in ("was", "were")
    if m["ing"]:
        ok = be_verb and not (not_ or child or m["again"] or first in ("was", "were"))
        return ok and _agrees(m, first, one) and _vi(who_, f"đang {_ING_EN[m['ing']]}", bool(m["q"]), False) or None
    base, what = verb.split(" ")[0].removesuffix("s"), m["what"]
    table = _TO_EN if base == "want" else _LIKED_EN
    if what not in table or m["again"] and base != "want" or child and base == "want":
        return None
    if base in ("scared", "afraid"):
        if not be_verb or (first in ("was", "were")) != child or not _agrees(m, first, one):
            return None
        return _vi(who_, f"sợ {_THINGS_EN.get(what) or table[what]}", bool(m["q"]), not_, child)
    past, word = verb in ("liked", "loved"), verb.split(" ")[0]
    if be_verb or (past != (child and not aux)) or aux and (first == "did") != child or aux and word != base or (
            not aux and not _agrees(m, word, one)) or aux and not _agrees(m, first, one):
        return None
    love = base.startswith("love")
    if love and (m["q"] or not_):
        return None  # ("Do you love …?": "có rất thích" is not said)
    doing = f"{'rất ' * love}{'thích' if base != 'want' else 'muốn'} {table[what]}{' nữa' * bool(m['again'])}"
    return _vi(who_, doing, bool(m["q"]), not_, child)


def _vi(who_: str, doing: str, asked: bool, denied: bool, child: bool = False) -> str:
    """Who does `doing` in Vietnamese: "Bạn có thích … không?", "Tôi không …", "Hồi nhỏ tôi …" (`child`)."""
    said = f"{who_} có {doing} không?" if asked else f"{who_} {'không ' * denied}{doing}."
    return f"Hồi nhỏ {said}" if child else capitalised(said)


def _whom_vi(m: re.Match, who_en: str | None) -> str | None:
    """Whom of a match of _WHOM_EN in Vietnamese: "my son" after "I" as "con trai", "your son" as "con trai bạn",
    "the kids" as "bọn trẻ", "me" as "tôi"; None for anyone not read, and "his son" after anyone but "he"."""
    if m["own"]:  # ("My mother … her son": her own, or another woman's?)
        own, whose = _OWN_VI[m["own"]], m["kwhose"].lower()
        if who_en and WHOSE_OF.get(who_en.lower()) == whose:
            return own
        return None if whose in ("his", "her", "their") else f"{own} {WHOSE_VI[whose]}"
    return GROUPS_VI[keyed(m["kids"])] if m["kids"] else as_whom(m["whom"], "en")


def _push_vi(text: str) -> str | None:
    """"I'm pushing my daughter on the swing." as "Tôi đang đẩy xích đu cho con gái.", "My father pushed me on the
    swing yesterday." as "Hôm qua bố tôi đẩy xích đu cho tôi." (_PUSH_EN); None for anything else ("Dad" alone)."""
    m = _PUSH_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    whom, aux = _whom_vi(m, m["who"]), " ".join((m["aux"] or "").lower().split())
    day = _DAYS_VI.get(keyed(m["day"] or ""))
    if whom is None or day and NEAR_WAY[day] != "behind":
        return None
    if m["verb"] == "pushing":
        ok = aux and "just" not in aux and _agrees(m, aux, one) and not day
        return ok and capitalised(f"{who_} đang đẩy xích đu cho {whom}{stop(m['end'])}") or None
    if "just" in aux:
        ok = not day and (aux == "just" or _agrees(m, aux.split(" ")[0].replace("'ve", "have"), one))
        return ok and capitalised(f"{who_} vừa đẩy xích đu cho {whom}{stop(m['end'])}") or None
    if aux:
        return None
    return capitalised(f"{day} {who_} đẩy" if day else f"{who_} đã đẩy") + f" xích đu cho {whom}{stop(m['end'])}"


def _there_vi(text: str) -> str | None:
    """"There's a playground near my house." as "Gần nhà tôi có một sân chơi.", "Is there a playground near here?"
    as "Gần đây có sân chơi không?" (_THERE_EN); None for anything else."""
    m = _THERE_EN.fullmatch(text)
    a = m and m["a"].lower()
    if not m or bool(m["q"]) != ("?" in m["end"]) or a == "an" or a == "no" and (m["q"] or m["isnt"]) or (
            a == "any" and not (m["q"] or m["isnt"])):
        return None
    near = "Gần đây" if m["here"] else f"Gần nhà {WHOSE_VI[m['owner'].lower()]}"
    place = PLACES_VI[m["place"].lower()]
    if m["q"]:
        return f"{near} có {place}{' nào' * (a == 'any')} không?"
    if a == "no" or m["isnt"]:
        return f"{near} không có {place} nào{stop(m['end'])}"
    return f"{near} có một {place}{stop(m['end'])}"


def _at_place_vi(text: str) -> str | None:
    """"The kids are playing at the playground." as "Bọn trẻ đang chơi ở sân chơi.", "Is your son at the
    playground?" as "Con trai bạn có đang ở sân chơi không?" (_AT_PLACE_EN); None for anything else."""
    m = _AT_PLACE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or animal(m):
        return None
    said = be_said(m["q"] or m["be"])
    who_ = GROUPS_VI[keyed(m["kids"])] if m["kids"] else who_vi(m)[0]
    ok = said == "are" if m["kids"] else _agrees(m, said, who_vi(m)[1])
    place = PLACES_VI[m["place"].lower()]
    return ok and _vi(who_, f"đang {'chơi ' * bool(m['play'])}ở {place}", bool(m["q"]), False) or None


def _take_vi(text: str) -> str | None:
    """"I took my son to the playground yesterday." as "Hôm qua tôi đưa con trai ra sân chơi.", "My mother often takes
    my son to the playground." as "Mẹ tôi hay đưa con trai tôi ra sân chơi." (_TAKE_EN); None for anything else."""
    m = _TAKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    whom, verb = _whom_vi(m, m["who"]), m["verb"]
    aux = " ".join((m["aux"] or "").lower().split())
    day = _DAYS_VI.get(keyed(m["day"] or ""))
    way, often = NEAR_WAY.get(day or "", ""), (m["often"] or "").lower()
    where = f"đưa {whom} ra {PLACES_VI[m['place'].lower()]}"
    if whom is None or m["q"] and (aux or not often or verb != "take" or not _agrees(m, m["q"], one)):
        return None
    if often or m["every"]:
        if aux or day or not m["q"] and (verb not in ("take", "takes") or not _agrees(m, verb, one)):
            return None
        every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
        return _vi(who_, f"{HABIT_VI[often] + ' ' if often else ''}{where}{every}", bool(m["q"]), False)
    first, end = aux.split(" ")[0].replace("'ve", "have"), stop(m["end"])
    if verb == "took" and not aux and way != "ahead":
        tense = "" if way == "behind" else "đã "
    elif verb == "take" and aux in ("will", "'ll") and way != "behind":
        tense = "sẽ "
    elif verb == "taken" and aux.endswith("just") and not day and _agrees(m, first, one):
        tense = "vừa "
    elif verb == "taking" and aux in _BE and _agrees(m, aux, one) and way != "behind":
        tense = "sẽ " if day else "đang "
    else:
        return None
    return capitalised(f"{day + ' ' if day else ''}{who_} {tense}{where}{end}")


def _lets_vi(text: str) -> str | None:
    """"Let's go to the playground!" as "Chúng ta ra sân chơi đi!" (_LETS_EN); None for anything else."""
    m = _LETS_EN.fullmatch(text)
    return m and f"Chúng ta ra {PLACES_VI[m['place'].lower()]} đi{stop(m['end'])}"

