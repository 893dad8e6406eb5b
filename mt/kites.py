"""Kites, both ways, written whole by rule: who is flying kites, often, likes to or wants to, did on a day behind or
will on a day ahead, and where; a kite stuck in a tree, flying high, flown away or torn, the kite string broken; who
is making a kite or made one, or knows how to; and "Let's go fly a kite!". v8 (rules on) reads "thả" (let fly) as
dropping, "diều" as wood, an airport or nothing, and "kite" as a king ("vua"): "Bọn trẻ đang thả diều." → "The
children are dropping.", "Em trai tôi hay thả diều trên bãi biển." → "My younger brother or drop the soil on the
beach.", "Diều của tôi bị mắc trên cây." → "My wood was made on the tree.", "Con diều bay rất cao." → "The airport
was very high.", "Dây diều bị đứt rồi." → "It's broken.", "Bố tôi đang làm diều cho tôi." → "My dad is making me.",
"Chúng ta đi thả diều nhé!" → "Let's go away!"; "The children are flying kites." → "Những đứa trẻ này rất thích
thú.", "I'm flying a kite." → "Tôi đang bay một vị vua.", "My kite got stuck in a tree." → "Tôi bị kẹt trong một
cây.", "The kite string broke." → "Chuỗi kite bị hỏng.", "Let's go fly a kite!" → "Chúng ta hãy đi một con vua nào
đó!".

Taken: who (mt.hobbies.WHO, WHO_EN; "bọn trẻ", "lũ trẻ" … of mt.noise.GROUPS ↔ "the children"; no pets) flying kites
("thả diều" ↔ "fly kites", "đi thả diều" ↔ "go kite flying") now ("đang"; "đang đi thả diều" → "out flying kites"),
often ("hay", "thường"), liking it ("thích", "rất thích" ↔ "like", "love"), wanting to ("muốn" ↔ "want to go fly a
kite"), in the past ("đã", a day behind: mt.dates near_days), ahead ("sẽ", a day ahead), denied and asked ("có …
không?"; "we" asked → "chúng ta"), at a place of _PLACES ("ngoài đồng" ↔ "in the field" …); a kite or the kite string
(whose: mt.hobbies.OWNER; "con diều này" ↔ "this kite") stuck in a tree, flying (very) high, flown away, torn, the
string broken ("Dây diều bị đứt rồi." ↔ "The kite string broke."), denied or asked; who is making a kite (for whom),
made one (a day behind), has just made one, knows how to make kites, asked; "Chúng ta đi thả diều nhé!", "Đi thả diều
nào!" ↔ "Let's go fly a kite!", "Shall we …?". Left: a bare "Tôi thả diều." and "Bạn có thả diều không?" (now, or a
habit?), "không thả diều" with no day, today's days ("Hôm nay …": done, or ahead?), kites flown as a child
(mt/childhood.py: "Hồi nhỏ tôi hay thả diều."), "anh", "chị", "em" alone saying it, asked of "I", a pet as who, "Đi thả
diều đi!" (let's, or go and fly one yourself?), "mình" alone with "nhé" ("Mình đi thả diều nhé!": let's, or I'm off?),
"I'm going kite flying." (out at it now, or a plan?), "Go fly a kite!" (go away), "diều hâu" and the bird, "thả" of
other things, the kite flying "cao" asked or denied, and anything else.
mt.phrasebook.translate tries these after mt/blushing.py.

    >>> translate("Bọn trẻ đang thả diều ngoài đồng.", "vi", "en"), translate("Let's go fly a kite!", "en", "vi")
    ('The children are flying kites in the field.', 'Chúng ta đi thả diều nhé!')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import OBJECTS
from .hobbies import OWNER, SOMEONE, be_of, SOMEONE_EN, WHO, WHO_EN, animal, as_whom, owner_of, someone, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_OBJECT_VI, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed,
                   present, stop)

_KEYS = {"vi": lazy(r"(?i:diều)"), "en": lazy(r"(?i:kite)")}
# where kites are flown (the first Vietnamese of each is written back)
_PLACES = {"ngoài đồng": "in the field", "ở ngoài đồng": "in the field", "ngoài cánh đồng": "in the field",
           "trên cánh đồng": "in the field", "trên đê": "on the dyke", "ở trên đê": "on the dyke",
           "ở công viên": "in the park", "trong công viên": "in the park", "trên bãi biển": "on the beach",
           "ở bãi biển": "on the beach"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())} | {
    "in the fields": "ngoài đồng", "on the dike": "trên đê", "at the park": "ở công viên", "at the beach": "ở bãi biển"}
# the days behind and ahead a kite is flown or made (not today's: "Hôm nay tôi đi thả diều." is done, or ahead?)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                  "cuối tuần trước", "cuối tuần rồi", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "tuần sau",
                  "tuần tới", "cuối tuần sau", "cuối tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# the children: mt.noise's groups of kids (not "trẻ con" alone: children in general)
_KIDS = rf"(?P<kids>(?i:{alternatives(k for k, (en, _) in GROUPS.items() if en == 'the kids' and k != 'trẻ con')}))"
_KIDS_EN = rf"(?P<kids>(?i:{alternatives(en for en, vi in GROUPS_VI.items() if vi == 'bọn trẻ')}))"

_DAY = rf"(?i:{alternatives(_DAYS)})"
_PLACE = rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES)})))?"
# how: now, often, liking, wanting, done, ahead, not (English after `_how` reads it)
_AUX = ("đang", "đã", "sẽ", "không", "sẽ không", "hay", "thường", "thích", "rất thích", "không thích", "muốn",
        "không muốn")
# who flies kites ("Bọn trẻ đang thả diều ngoài đồng.", "Hôm qua chúng tôi đi thả diều.", "Bạn có thích thả diều
# không?")
_FLY = lazy(rf"(?:(?P<day>{_DAY})\s*,?\s+)?(?:{_KIDS}|{WHO})\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{alternatives(_AUX)})"
            rf"\s+)?(?P<go>đi\s+)?thả\s+diều{_PLACE}(?:\s+(?P<day2>{_DAY}))?{ASKED_END}")
# the kite, or its string ("Diều của tôi bị mắc trên cây.", "Con diều bay rất cao.", "Dây diều bị đứt rồi.")
_KITE = lazy(rf"(?:(?P<string>(?i:dây))\s+|(?P<cls>(?i:con|chiếc|cái))\s+)?(?i:diều)(?:\s+(?:của\s+)?{OWNER}|"
             r"\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<now>đang)\s+)?"
             r"(?:(?P<stuck>(?:bị\s+)?(?:mắc|vướng|kẹt))\s+(?:trên|vào|lên)\s+(?:(?:một\s+)?cái\s+)?(?:cành\s+)?cây|"
             r"bay\s+(?P<high>rất\s+cao|cao\s+quá|cao\s+lắm|cao)|(?P<away>bay\s+mất)|(?P<torn>bị\s+rách)|"
             rf"(?P<cut>(?:bị\s+)?đứt)(?P<cord>\s+dây)?)(?:\s+(?P<done>rồi))?{ASKED_END}")
_HIGH = {"rất cao": "very high", "cao quá": "so high", "cao lắm": "really high", "cao": "high"}
_WHOM = rf"(?i:{alternatives(OBJECTS)})|{SOMEONE}"
# making one ("Bố tôi đang làm diều cho tôi.", "Hôm qua bố tôi làm cho tôi một con diều.", "Bạn có biết làm diều
# không?")
_MAKE = lazy(rf"(?:(?P<day>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|đã|vừa\s+mới|vừa|biết|"
             rf"không\s+biết)\s+)?làm\s+(?:cho\s+(?P<whom>{_WHOM})\s+)?(?:(?P<one>một)\s+)?(?:(?:con|cái|chiếc)\s+)?"
             rf"diều(?:\s+cho\s+(?P<whom2>{_WHOM}))?(?:\s+(?P<day2>{_DAY}))?{ASKED_END}")
# let's ("Chúng ta đi thả diều nhé!", "Đi thả diều nào!", "Mình đi thả diều không?")
_LETS = lazy(r"(?:(?P<we>(?i:chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình|mình))\s+)?(?P<together>cùng\s+)?"
             rf"(?P<go>(?i:đi)\s+)?(?i:thả)\s+diều{_PLACE}(?:\s+(?P<tell>đi|nhé|nha|nào|thôi|không))?{SOFTENED_END}")

# ... and in English
_WHO_EN = rf"(?:{_KIDS_EN}|{WHO_EN})"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_PLACE_EN = rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES_VI)})))?"
_FLY_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Are|Is|Am|Will)\s+)?{_WHO_EN}(?P<aux>\s+(?:is|am|are|will|do|does|did)"
               r"(?:\s+not|n['’]t)?|['’](?:s|m|re|ll)|\s+won['’]t)?(?:\s+(?P<often>often))?"
               r"\s+(?:(?P<like>(?:like|love|enjoy|want)s?)\s+(?:(?P<to>to)\s+)?)?"
               r"(?:(?P<go>go|goes|going|went)\s+(?:kite\s+flying|fly\s+(?P<fly_one>a\s+kite))|"
               rf"(?P<fly>fly|flies|flying|flew)\s+(?:kites|a\s+kite)){_PLACE_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_FORMS = {"go": "base", "fly": "base", "goes": "s", "flies": "s", "going": "ing", "flying": "ing", "went": "past",
          "flew": "past"}
_AUX_EN = {"is": "be", "am": "be", "are": "be", "'s": "be", "'m": "be", "'re": "be", "will": "will", "'ll": "will",
           "won't": "won't", "will not": "won't", "do not": "don't", "don't": "don't", "does not": "doesn't",
           "doesn't": "doesn't", "did not": "didn't", "didn't": "didn't"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "want": "muốn"}
_KITE_EN = lazy(rf"(?:(?P<q>Did|Is)\s+)?(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+"
                r"kite(?P<string>\s+string)?(?P<rest>(?:\s+|['’]s\s+)[a-z'’ ]+?)\s*(?P<end>[.!?]*)")
# what the kite (False) or its string (True) did, asked (with "Did" or "Is") or not, in Vietnamese
_KITE_SAID = {("", "got stuck in a tree"): (False, "bị mắc trên cây"),
              ("", "is stuck in a tree"): (False, "bị mắc trên cây"),
              ("", "got caught in a tree"): (False, "bị mắc trên cây"),
              ("did", "get stuck in a tree"): (False, "có bị mắc trên cây không?"),
              ("", "didn't get stuck in a tree"): (False, "không bị mắc trên cây"),
              ("", "is flying very high"): (False, "bay rất cao"), ("", "is flying so high"): (False, "bay cao quá"),
              ("", "is flying really high"): (False, "bay cao lắm"), ("", "is flying high"): (False, "bay cao"),
              ("", "flew away"): (False, "bay mất rồi"), ("", "is torn"): (False, "bị rách rồi"),
              ("", "got torn"): (False, "bị rách rồi"), ("is", "torn"): (False, "có bị rách không?"),
              ("", "isn't torn"): (False, "không bị rách"), ("", "broke"): (True, "bị đứt rồi"),
              ("", "snapped"): (True, "bị đứt rồi"), ("", "has broken"): (True, "bị đứt rồi"),
              ("", "has snapped"): (True, "bị đứt rồi"), ("", "is broken"): (True, "bị đứt rồi"),
              ("did", "break"): (True, "có bị đứt không?"), ("", "didn't break"): (True, "không bị đứt")}
_WHOM_EN = rf"(?i:{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN}"
_MAKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are|has|have)|['’](?:s|m|re|ve))?"
                r"(?:\s+(?P<just>just))?(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<verb>making|made|knows?\s+how\s+to\s+make)\s+(?:(?P<whom>{_WHOM_EN})\s+)?"
                rf"(?P<obj>a\s+kite|kites)(?:\s+for\s+(?P<whom2>{_WHOM_EN}))?{_DAY_EN}\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(r"(?:(?P<lets>Let['’]s|Let\s+us)|(?P<shall>Shall\s+we))\s+(?:(?P<go>go)\s+(?:(?:and\s+)?fly\s+"
                rf"(?:a\s+kite|kites)|kite\s+flying)|fly\s+(?:a\s+kite|kites))(?P<together>\s+together)?{_PLACE_EN}"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who flies kites, what a kite or its string did, who makes a
    kite, or "let's go fly a kite"; None for any other."""
    if src == "vi":
        return _lets(text) or _fly(text) or _kite(text) or _make(text)
    return _lets_vi(text) or _fly_vi(text) or _kite_vi(text) or _make_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) == bool(m["ask"]) else None


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _FLY or _MAKE in English, and whether English says it with "-s" ("the children", False);
    None for "anh", "chị", "em" alone saying it, a pet, and "I" asked (a slip: "Tôi có hay thả diều không?")."""
    if m.groupdict().get("kids"):
        return "the children", False
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _day(m: re.Match) -> tuple[str, str | None] | None:
    """The day of a Vietnamese match in English, with a space before it, and its way ("behind", "ahead"): ("", None)
    for none; None where it is said twice."""
    if m["day"] and m["day2"]:
        return None
    day = m["day"] or m["day2"]
    return (f" {_DAYS[keyed(day)]}", NEAR_WAY[keyed(day)]) if day else ("", None)


def _how(aux: str, way: str | None, asked: bool) -> str | None:
    """Which English a Vietnamese `aux` of _FLY with a day's `way` says: "now", "often", "like", "love", "dislike",
    "want", "unwanted", "past", "didn't", "will", "won't"; None for any other ("Tôi thả diều.": now, or a habit?)."""
    if way is None:
        said = {"đang": "now", "hay": "often", "thường": "often", "thích": "like", "rất thích": "love",
                "không thích": "dislike", "muốn": "want", "không muốn": "unwanted", "đã": "past", "sẽ": "will"}
        how = said.get(aux)
        return None if asked and how not in ("now", "often", "like", "want") else how
    if way == "behind":
        return {"": "past", "đã": "past", "không": None if asked else "didn't"}.get(aux)
    if way == "ahead":
        return {"": "will", "sẽ": "will", "không": None if asked else "won't", "sẽ không": None if asked else "won't"
                }.get(aux)
    return None


def _fly(text: str) -> str | None:
    """"Bọn trẻ đang thả diều." as "The children are flying kites.", "Em trai tôi hay thả diều trên bãi biển." as "My
    younger brother often flies kites on the beach.", "Hôm qua chúng tôi đi thả diều." as "We went kite flying
    yesterday.", "Bạn có thích thả diều không?" as "Do you like flying kites?" (_FLY); None for anything else."""
    m = _FLY.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (day := _day(m)) is None or (said := _who(m, asked)) is None:
        return None
    how = _how(keyed(m["aux"] or ""), day[1], asked)
    if how is None:
        return None
    who_, one = said
    go, place, when = bool(m["go"]), f" {_PLACES[keyed(m['place'])]}" if m["place"] else "", day[0]
    base, s, ing, past = (("go kite flying", "goes kite flying", "going kite flying", "went kite flying") if go else
                          ("fly kites", "flies kites", "flying kites", "flew kites"))
    if how in ("want", "unwanted"):
        base = "go fly a kite" if go else "fly a kite"
    now = "out flying kites" if go else ing  # ("đang đi": out at it; "are going kite flying" would tell a plan)
    do = "Does" if one else "Do"
    if asked:
        said_ = {"now": f"{be(who_).capitalize()} {who_} {now}", "often": f"{do} {who_} often {base}",
                 "like": f"{do} {who_} like {ing}", "want": f"{do} {who_} want to {base}",
                 "past": f"Did {who_} {base}", "will": f"Will {who_} {base}"}[how]
        return f"{said_}{place}{when}?"
    said_ = {"now": contracted(who_, f"{be(who_)} {now}"), "often": f"{who_} often {s if one else base}",
             "like": f"{who_} {'likes' if one else 'like'} {ing}", "love": f"{who_} {'loves' if one else 'love'} {ing}",
             "dislike": f"{who_} {do.lower()}n't like {ing}", "want": f"{who_} {'wants' if one else 'want'} to {base}",
             "unwanted": f"{who_} {do.lower()}n't want to {base}", "past": f"{who_} {past}",
             "didn't": f"{who_} didn't {base}", "will": contracted(who_, f"will {base}"),
             "won't": f"{who_} won't {base}"}[how]
    return capitalised(f"{said_}{place}{when}{stop(m['end'])}")


def _kite(text: str) -> str | None:
    """"Diều của tôi bị mắc trên cây." as "My kite got stuck in a tree.", "Con diều bay rất cao." as "The kite is
    flying very high.", "Dây diều bị đứt rồi." as "The kite string broke.", "Diều của em trai tôi bị rách rồi." as "My
    younger brother's kite is torn." (_KITE); None for anything else."""
    m = _KITE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["now"] and not m["high"] or m["done"] and (asked or m["not"]):
        return None
    string = bool(m["string"] or m["cord"])
    if bool(m["cut"]) != string or m["string"] and m["cord"] or string and m["this"] or m["cls"] and string:
        return None
    if (whose := owner_of(m, "this" if m["this"] else "the")) is None:
        return None
    kite = f"{whose} kite{' string' * string}"
    if m["stuck"]:
        said = (f"Did {kite} get stuck in a tree" if asked else f"{kite} didn't get stuck in a tree" if m["not"] else
                f"{kite} got stuck in a tree")
    elif m["torn"]:
        said = f"Is {kite} torn" if asked else f"{kite} isn't torn" if m["not"] else f"{kite} is torn"
    elif m["cut"]:
        said = f"Did {kite} break" if asked else f"{kite} didn't break" if m["not"] else f"{kite} broke"
    elif asked or m["not"] or m["high"] and m["done"]:
        return None  # (flying high or flown away: said only)
    else:
        said = f"{kite} is flying {_HIGH[keyed(m['high'])]}" if m["high"] else f"{kite} flew away"
    return capitalised(said + ("?" if asked else stop(m["end"])))


def _make(text: str) -> str | None:
    """"Bố tôi đang làm diều cho tôi." as "My father is making a kite for me.", "Hôm qua bố tôi làm cho tôi một con
    diều." as "My father made a kite for me yesterday.", "Bạn có biết làm diều không?" as "Do you know how to make
    kites?" (_MAKE); None for anything else, and for "Bố tôi làm diều." (now, or a habit?)."""
    m = _MAKE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (day := _day(m)) is None or (said := _who(m, asked)) is None:
        return None
    whom_vi = m["whom"] or m["whom2"]
    whom = as_whom(whom_vi, "vi") if whom_vi else ""
    if m["whom"] and m["whom2"] or whom is None:
        return None
    who_, one = said
    aux, way, for_ = keyed(m["aux"] or ""), day[1], f" for {whom}" if whom else ""
    if aux in ("biết", "không biết"):
        if whom or m["one"] or way:
            return None
        if asked and aux != "biết":
            return None
        return present(who_, one, "know", "how to make kites", asked, aux != "biết", m["end"])
    if asked:
        return None
    if aux == "đang" and not way:
        said_ = contracted(who_, f"{be(who_)} making a kite")
    elif aux.startswith("vừa") and not way:
        said_ = contracted(who_, f"{'has' if one else 'have'} just made a kite")
    elif aux == "đã" and way != "ahead" or not aux and way == "behind":
        said_ = f"{who_} made a kite"
    else:
        return None
    return capitalised(f"{said_}{for_}{day[0]}{stop(m['end'])}")


def _lets(text: str) -> str | None:
    """"Chúng ta đi thả diều nhé!" and "Đi thả diều nào!" as "Let's go fly a kite!", "Chúng ta cùng đi thả diều ở
    công viên nhé." as "Let's go fly a kite together in the park.", "Mình đi thả diều không?" as "Shall we go fly a
    kite?" (_LETS); None for anything else, and for "Đi thả diều đi!" (let's, or go and fly one yourself?)."""
    m = _LETS.fullmatch(text)
    tell, asked = keyed(m["tell"] or "") if m else "", m and "?" in m["end"]
    if not m or not tell or not m["we"] and (tell not in ("nào", "thôi") or asked or m["together"]):
        return None
    if asked != (tell in ("không", "nhé", "nha")) and (asked or tell == "không"):
        return None
    if keyed(m["we"] or "") == "mình" and tell in ("nhé", "nha"):
        return None  # ("Mình đi thả diều nhé!" may be "I" telling, or asking leave: "I'm off to fly a kite, OK?")
    go, place = "go " if m["go"] else "", f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    together = " together" if m["together"] else ""
    return f"Shall we {go}fly a kite{together}{place}?" if asked else f"Let's {go}fly a kite{together}{place}" + stop(
        m["end"])


def _fly_how(m: re.Match, who_: str, one: bool) -> str | None:
    """The Vietnamese before "thả diều" of a match of _FLY_EN said by `who_` ("đang", "hay", "có thích", "không",
    "" for a day behind), the verbs agreeing with who; None for anything else ("I fly kites.": now, or a habit?)."""
    q, aux_said = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().replace("’", "'").split())
    aux = _AUX_EN.get(aux_said, None if aux_said else "")
    head = (m["like"] or "").lower()
    liked, form = head.removesuffix("s"), _FORMS[m["go"] or m["fly"]]
    if aux is None or m["fly_one"] and not (liked == "want" and m["to"]) or liked == "enjoy" and m["to"]:
        return None
    if form == "ing" and m["go"] and not head:
        return None  # ("I'm going kite flying.": out at it now, or a plan?)
    do, s_said = "does" if one else "do", form == "s" or head.endswith("s")
    if head:
        if form != ("base" if m["to"] else "ing") or liked == "want" and not m["to"] or m["often"] or m["day"]:
            return None
        if q:
            return f"có {_LIKES_VI[liked]}" if q == do and not aux and liked != "love" else None
        if aux:
            return f"không {_LIKES_VI[liked]}" if aux == f"{do}n't" and head == liked != "love" else None
        return _LIKES_VI[liked] if s_said == one else None
    day = m["day"] and _DAYS_VI[keyed(m["day"])]
    way, be_ = day and NEAR_WAY[day], be_of(who_, one)
    said = {("are", "", False, "ing", None): "có đang", ("do", "", True, "base", None): "có hay",
            ("did", "", False, "base", "behind"): "có", ("will", "", False, "base", "ahead"): "có",
            ("", "be", False, "ing", None): "đang", ("", "will", False, "base", None): "sẽ",
            ("", "will", False, "base", "ahead"): "sẽ", ("", "won't", False, "base", "ahead"): "sẽ không",
            ("", "didn't", False, "base", "behind"): "không", ("", "", True, "base", None): "hay",
            ("", "", True, "s", None): "hay", ("", "", False, "past", None): "đã",
            ("", "", False, "past", "behind"): ""}
    key = ("are" if q in ("is", "am", "are") else "do" if q in ("do", "does") else q, aux, bool(m["often"]), form, way)
    how = said.get(key)
    if how is None or q in ("is", "am", "are") and q != be_ or q in ("do", "does") and q != do:
        return None
    if aux == "be" and be_said(aux_said) != be_ or m["often"] and not q and s_said != one:
        return None
    return how


def _we(who_: str, asked: bool) -> str:
    """Who (or whose) in Vietnamese, "chúng tôi" asked as "chúng ta": the one asked is one of us ("Will we go kite
    flying tomorrow?", "Is our kite torn?")."""
    return "chúng ta" if asked and who_ == "chúng tôi" else who_


def _fly_vi(text: str) -> str | None:
    """"The children are flying kites." as "Bọn trẻ đang thả diều.", "My younger brother often flies kites on the
    beach." as "Em trai tôi hay thả diều trên bãi biển.", "We went kite flying yesterday." as "Hôm qua chúng tôi đi thả
    diều.", "Do you want to go fly a kite?" as "Bạn có muốn đi thả diều không?" (_FLY_EN); None for anything else."""
    m = _FLY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = ("bọn trẻ", False) if m["kids"] else who_vi(m)
    asked = "?" in m["end"]
    if bool(m["q"]) != asked or asked and who_ == "tôi" or animal(m) or (how := _fly_how(m, who_, one)) is None:
        return None
    who_ = _we(who_, asked)
    day = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    place = f" {_PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    said = " ".join(w for w in (day, who_, how, "đi" if m["go"] else "", "thả diều") if w)
    return capitalised(f"{said}{place}{' không?' if asked else stop(m['end'])}")


def _kite_vi(text: str) -> str | None:
    """"My kite got stuck in a tree." as "Diều của tôi bị mắc trên cây.", "The kite is flying very high." as "Con diều
    bay rất cao.", "The kite string broke." as "Dây diều bị đứt rồi.", "Did your kite get stuck in a tree?" as "Diều
    của bạn có bị mắc trên cây không?" (_KITE_EN); None for anything else."""
    m = _KITE_EN.fullmatch(text)
    if not m:
        return None
    q, rest = (m["q"] or "").lower(), " ".join(m["rest"].lower().replace("’", "'").split())
    rest = "is " + rest[3:] if rest.startswith("'s ") else rest
    rest = rest.replace("is not", "isn't").replace("did not", "didn't")
    said = _KITE_SAID.get((q, rest))
    if said is None or said[0] != bool(m["string"]) or bool(q) != ("?" in m["end"]):
        return None
    det, kite = (m["det"] or "").lower(), "dây diều" if m["string"] else "diều"
    if det in ("the", "this"):
        if det == "this" and m["string"]:
            return None
        subject = kite if m["string"] else f"con diều{' này' * (det == 'this')}"
    else:
        whose = _we(WHOSE_VI[det], bool(q)) if det else someone(m["named"], "en")
        if whose is None:
            return None
        subject = f"{kite} của {whose}"
    return capitalised(f"{subject} {said[1]}{'' if q else stop(m['end'])}")


def _make_vi(text: str) -> str | None:
    """"My father is making a kite for me." as "Bố tôi đang làm diều cho tôi.", "My father made me a kite yesterday."
    as "Hôm qua bố tôi làm cho tôi một con diều.", "Do you know how to make a kite?" as "Bạn có biết làm diều
    không?" (_MAKE_EN); None for anything else."""
    m = _MAKE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    q, asked, whom_en = (m["q"] or "").lower(), "?" in m["end"], m["whom"] or m["whom2"]
    whom = as_whom(whom_en, "en") if whom_en else ""
    if bool(q) != asked or asked and who_ == "tôi" or m["whom"] and m["whom2"] or whom is None or animal(m):
        return None
    who_ = _we(who_, asked)
    verb, aux = " ".join(m["verb"].split()), be_said(m["aux"] or "").replace("'ve", "have")
    do = "does" if one else "do"
    if verb.endswith("make"):  # (knows how to)
        if whom or m["day"] or m["just"] or aux or (q or m["not"]) and verb.startswith("knows"):
            return None
        if q:
            return f"{capitalised(who_)} có biết làm diều không?" if q == do else None
        if m["not"]:
            said_not = " ".join(m["not"].lower().replace("’", "'").split()).replace(" not", "n't")
            return capitalised(f"{who_} không biết làm diều{stop(m['end'])}") if said_not == f"{do}n't" else None
        return capitalised(f"{who_} biết làm diều{stop(m['end'])}") if verb.startswith("knows") == one else None
    if q or m["not"]:
        return None
    a_kite = m["obj"].startswith("a")
    if verb == "making":
        if aux != be_of(who_, one) or m["just"] or m["day"]:
            return None
        return capitalised(f"{who_} đang làm diều{f' cho {whom}' if whom else ''}{stop(m['end'])}")
    made = (f"cho {whom} " if whom and a_kite else "") + ("một con diều" if a_kite else "diều") + (
        f" cho {whom}" if whom and not a_kite else "")
    if m["just"]:
        # ("He's just made": "has"; "He is just made" is not English)
        has = " ".join((m["aux"] or "").lower().replace("’", "'").split())
        if m["day"] or has not in (("", "'s", "has") if one else ("", "'ve", "have")):
            return None
        return capitalised(f"{who_} vừa làm {made}{stop(m['end'])}")
    day = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    if aux or day and NEAR_WAY[day] != "behind":
        return None
    return capitalised(f"{day} {who_} {'' if day else 'đã '}làm {made}{stop(m['end'])}".strip())


def _lets_vi(text: str) -> str | None:
    """"Let's go fly a kite!" as "Chúng ta đi thả diều nhé!", "Let's fly kites in the park." as "Chúng ta thả diều ở
    công viên nhé.", "Shall we go kite flying?" as "Chúng ta đi thả diều nhé?" (_LETS_EN); None for anything else."""
    m = _LETS_EN.fullmatch(text)
    if not m or bool(m["shall"]) != ("?" in m["end"]):
        return None
    place = f" {_PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    said = f"Chúng ta{' cùng' * bool(m['together'])}{' đi' * bool(m['go'])} thả diều{place} nhé"
    return f"{said}?" if m["shall"] else said + stop(m["end"])
