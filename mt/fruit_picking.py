"""Picking fruit or tea on a farm trip, both ways, written whole by rule: who went, is going, wants to go, has ever
been or never has, strawberry, grape, tea, orange picking …; let's go; who loves it; the fruit on this farm sweet or
sour; paying by the kilo for what you pick; how many kilos were picked. v8 (every rule on) reads "hái dâu" as a story
or an apology, "hái chè" as a stew, "theo cân" as balanced, and "picking" as choosing or stealing: "Chúng tôi đi hái
dâu." → "We're apologized.", "Cuối tuần trước chúng tôi đi hái dâu ở Đà Lạt." → "Last weekend, we walked a story in
Da Lat.", "Bọn trẻ rất thích đi hái dâu." → "The children are very interested in walking.", "Dâu ở vườn này rất
ngọt." → "The story in this garden is sweet.", "Hái dâu tính tiền theo cân." → "The money is balanced.", "Chúng tôi
hái được ba cân dâu." → "We took three weights."; "We went strawberry picking." → "Chúng tôi đi cầu thang.", "We're
going strawberry picking." → "Chúng tôi đang đi ăn cắp.", "My mother went tea picking." → "Mẹ tôi đi uống trà.",
"Have you ever been strawberry picking?" → "Bạn đã từng là một chiếc phàn nàn chưa?".

Taken: who (mt.hobbies.WHO, WHO_EN; the children, everyone: mt.noise.GROUPS) going picking one of FRUITS ("đi hái dâu",
"strawberry picking"), in a place by its name (mt.people.named_place), with a near day (mt.dates.near_days): gone ("đã",
or a day behind), going ("sẽ", or a day ahead, "tối nay", "cuối tuần này"), denied or asked with a day ("Hôm qua bạn có
đi hái dâu không?"), ever asked, never, done before; wanting to go; "Chúng ta đi hái dâu nhé." (let's; "?" shall we);
who likes or loves (going) picking; the fruit on this farm ("ở vườn này") sweet, sour, good, juicy or fresh, how much,
denied or asked; "Hái dâu tính tiền theo cân." (here, asked); who picked how many kilos, or how many asked. Left: no
word of the tense ("Chúng tôi đi hái dâu.": went, or are going?), "hôm nay" with neither "đã" nor "sẽ", "đang" (out
picking, or on the way?), "rồi" on going (gone out now?), "có … không?" and "chưa?" with no day (did, will, or yet?),
"hái" of flowers and leaves ("hái hoa"), "con dâu" (mt/in_laws.py), "chè" tasted (a sweet soup), "trẻ con" (children in
general), "mình" saying it or "mình … nhé" (I, or we?), "anh", "chị", "em" alone saying it, a pet as who, "I" asked
("we" too in English: chúng tôi, or chúng ta?), everyone denied or never ("Mọi người không …": none, or not all?),
"thế", "vậy" ending a statement (so much), fruit ripe (mt/ripeness.py), priced (mt/prices.py), tasted elsewhere
(mt/tastes.py), and anything else.
mt.phrasebook.translate tries these after mt/jewellery.py.

    >>> translate("Bọn trẻ rất thích đi hái dâu.", "vi", "en"), translate("We went strawberry picking.", "en", "vi")
    ('The children love going strawberry picking.', 'Chúng tôi đã đi hái dâu.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, who, who_vi
from .lazy_re import lazy
from .matches import CAPITALS
from .noise import GROUPS, GROUPS_VI
from .numbers import en_word, vi_word
from .people import named_place
from .rule_keys import key_checked
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed,
                   present, stop)

# what is picked: English of one (as "strawberry picking") and of many (the first Vietnamese of each written back)
FRUITS = {"dâu": ("strawberry", "strawberries"), "dâu tây": ("strawberry", "strawberries"), "nho": ("grape", "grapes"),
          "chè": ("tea", "tea"), "trà": ("tea", "tea"), "cam": ("orange", "oranges"), "táo": ("apple", "apples"),
          "vải": ("lychee", "lychees"), "anh đào": ("cherry", "cherries"), "việt quất": ("blueberry", "blueberries"),
          "mận": ("plum", "plums")}
FRUITS_VI = {en: vi for vi, ones in reversed(FRUITS.items()) for en in ones}
_EATEN = {vi for vi in FRUITS if vi not in ("chè", "trà")}  # ("Chè ở đây rất ngọt.": chè is also a sweet soup)
_MANY_VI = {en: vi for en, vi in FRUITS_VI.items() if en == FRUITS[vi][1]}  # ("strawberries", "tea")
_EATEN_VI = {en: vi for en, vi in _MANY_VI.items() if vi in _EATEN}
# days near, and their way: gone (behind), going (ahead), or either, as "đã" or "sẽ" says ("hôm nay")
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "cuối tuần rồi", "tháng trước", "năm ngoái",
                  "năm trước", "hôm nay", "sáng nay", "chiều nay", "tối nay", "cuối tuần này", "ngày mai", "sáng mai",
                  "chiều mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới",
                  "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_AHEAD_TODAY = {"tối nay", "cuối tuần này"}  # (said of today, but only ever ahead)
_KIDS = {vi: said for vi, said in GROUPS.items() if vi != "trẻ con"}  # ("trẻ con": children in general)
_VI_N = {vi_word(n): n for n in range(1, 21)}
_EN_N = {en_word(n): n for n in range(1, 21)}
_KEYS = {"vi": lazy(r"(?i:hái|vườn)"), "en": lazy(r"(?i:pick|farm)")}

_FRUIT = rf"(?P<fruit>(?i:{alternatives(FRUITS)}))"
_WHO = rf"(?:{WHO}|(?P<group>(?i:{alternatives(_KIDS)})))"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
_PLACE = rf"(?:\s+(?:ở|tại)\s+(?P<place>[{CAPITALS}][^\W\d_]*(?:\s+[{CAPITALS}][^\W\d_]*){{0,2}}))?"
_KILO = r"(?:cân|ký|kí|kg|ki-lô|kilô)"
# going picking ("Cuối tuần trước chúng tôi đi hái dâu ở Đà Lạt.", "Bạn đã bao giờ đi hái dâu chưa?")
_GO = lazy(rf"{_DAY0}{_WHO}\s+(?P<pre>(?:(?:đã|sẽ|có|không|chưa|bao|giờ|từng|hề|muốn)\s+){{0,3}})đi\s+hái\s+{_FRUIT}"
           rf"{_PLACE}{_DAY2}(?:\s+(?P<tail>bao\s+giờ\s+chưa|lần\s+nào\s+chưa|chưa|không))?{SOFTENED_END}")
# let's ("Chúng ta đi hái dâu nhé.", "Đi hái nho đi!")
_LETS = lazy(rf"{_DAY0}(?:(?P<we>(?i:chúng\s+ta|mình|tụi\s+mình|bọn\s+mình))\s+)?(?i:đi)\s+hái\s+{_FRUIT}{_PLACE}"
             rf"{_DAY2}\s+(?P<tell>nhé|nha|đi)\s*(?P<end>[.!?]*)")
# liking it ("Bọn trẻ rất thích đi hái dâu.", "Bạn có thích hái chè không?")
_LIKE = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<likes>thích|mê)\s+(?P<go>đi\s+)?"
             rf"hái\s+{_FRUIT}(?:\s+(?P<much>lắm))?{ASKED_END}")
# the fruit on this farm ("Dâu ở vườn này rất ngọt.", "Nho ở vườn này có chua không?")
_TASTE = lazy(rf"{_FRUIT}\s+(?:(?:ở|trong)\s+)?vườn\s+này\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|"
              r"(?P<deg>rất|hơi|khá)\s+)?(?P<taste>ngọt|chua|ngon|mọng\s+nước|tươi)"
              r"(?:\s+(?P<deg2>lắm|quá))?" + ASKED_END)
# paying by the kilo ("Hái dâu tính tiền theo cân.", "Ở đây hái dâu có tính tiền theo cân không?")
_PAY = lazy(rf"(?:(?P<here>(?i:ở\s+đây))\s*,?\s+)?(?i:hái)\s+{_FRUIT}\s+(?:(?P<ask>có)\s+)?(?:được\s+)?tính\s+"
            rf"(?:tiền\s+)?theo\s+{_KILO}{ASKED_END}")
# how much was picked ("Chúng tôi hái được ba cân dâu.", "Bạn hái được mấy cân nho?")
_PICKED = lazy(rf"{_DAY0}{_WHO}\s+(?:(?P<did>đã)\s+)?hái\s+được\s+(?:(?P<n>\d{{1,2}}|(?i:{alternatives(_VI_N)}))|"
               rf"(?P<half>nửa)|(?P<how>mấy|bao\s+nhiêu))\s+{_KILO}\s+{_FRUIT}{_PLACE}{_DAY2}"
               rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English
_WHO_EN = rf"(?:{WHO_EN}|(?P<group>(?i:{alternatives(GROUPS_VI)})))"
_PICKING_EN = rf"(?P<fruit>{alternatives({one for one, _ in FRUITS.values()})})\s+picking"
_PLACE_EN = r"(?:\s+in\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_GO_EN = lazy(rf"(?:(?P<q>Did|Are|Is|Am|Will|Have|Has|Do|Does)\s+)?{_WHO_EN}(?P<mid>(?:\s+(?:did|do|does|are|is|am|"
              r"will|wo|have|has|not|never|ever)|\s*n['’]t|['’](?:re|s|m|ve))*)\s+(?P<verb>went|go|going|been|"
              rf"wants?\s+to\s+go)\s+{_PICKING_EN}{_PLACE_EN}{_DAY_EN}(?P<before>\s+before)?\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(rf"(?:(?P<lets>Let['’]s|Let\s+us)|(?P<shall>Shall\s+we))\s+go\s+{_PICKING_EN}{_PLACE_EN}{_DAY_EN}"
                r"\s*(?P<end>[.!?]*)")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                r"(?:\s+(?P<really>really))?\s+(?P<likes>likes?|loves?|enjoys?)\s+(?:going\s+"
                rf"{_PICKING_EN}|picking\s+(?P<fruits>{alternatives(_MANY_VI)}))"
                r"\s*(?P<end>[.!?]*)")
_TASTE_EN = lazy(rf"(?:(?P<q>Are)\s+)?[Tt]he\s+(?P<fruits>{alternatives(_EATEN_VI)})\s+(?:on|from)\s+this\s+farm"
                 r"(?:\s+(?P<be>are(?:\s+not|n['’]t)?))?(?:\s+(?P<deg>very|so|really|a\s+bit|a\s+little|quite|too))?"
                 r"\s+(?P<taste>sweet|sour|good|delicious|juicy|fresh)\s*(?P<end>[.!?]*)")
_PAY_EN = lazy(rf"(?:(?P<q>Do)\s+you|You)\s+pay\s+(?:(?P<kilo>by\s+the\s+kilo)\s+)?for\s+the\s+(?P<fruits>"
               rf"{alternatives(_MANY_VI)})\s+you\s+pick(?P<here>\s+here)?(?(kilo)|\s+by\s+the\s+kilo)"
               r"\s*(?P<end>[.!?]*)")
_PICKED_EN = lazy(rf"{_WHO_EN}\s+picked\s+(?:(?P<half>half\s+a)|(?P<n>a|\d{{1,2}}|{alternatives(_EN_N)}))\s+"
                  rf"(?P<kilos>kilos?)\s+of\s+(?P<fruits>{alternatives(_MANY_VI)}){_PLACE_EN}{_DAY_EN}"
                  r"\s*(?P<end>[.!]*)")
_HOW_MANY_EN = lazy(rf"How\s+many\s+kilos\s+of\s+(?P<fruits>{alternatives(_MANY_VI)})\s+did\s+{_WHO_EN}\s+pick"
                    rf"{_PLACE_EN}{_DAY_EN}\s*\?+")
# how the words before "đi hái" and after the place say it (mt.text.keyed), and with which day's way each is read
_GO_KINDS = {("", ""): "bare", ("đã", ""): "past", ("sẽ", ""): "future", ("không", ""): "not",
             ("đã không", ""): "past not", ("sẽ không", ""): "future not", ("có", "không"): "asked",
             ("đã bao giờ", "chưa"): "ever", ("đã", "bao giờ chưa"): "ever", ("đã từng", "chưa"): "ever",
             ("từng", "chưa"): "ever", ("đã", "lần nào chưa"): "ever", ("chưa bao giờ", ""): "never",
             ("chưa từng", ""): "never", ("chưa hề", ""): "never", ("đã từng", ""): "before", ("từng", ""): "before",
             ("muốn", ""): "want", ("không muốn", ""): "want not", ("có muốn", "không"): "want asked"}
_TENSES = {("bare", "behind"): "past", ("bare", "ahead"): "future", ("not", "behind"): "past not",
           ("not", "ahead"): "future not", ("asked", "behind"): "past asked", ("asked", "ahead"): "future asked"}
# the ways of the days each tense is said with ("" for none)
_WAYS = {**dict.fromkeys(("past", "past not", "past asked"), ("", "behind", "either")),
         **dict.fromkeys(("future", "future not", "future asked", "want", "want not", "want asked"),
                         ("", "ahead", "either")), **dict.fromkeys(("ever", "never", "before"), ("",))}
_ASKING = {"past asked", "future asked", "ever", "want asked"}
_DENIED = {"past not", "future not", "want not", "never"}  # (of everyone: none, or not all?)
# ... and in English: (the question's first word, the words after who, the verb), the auxiliaries as "be", "have", "do"
_GO_EN_KINDS = {("", "", "went"): "past", ("", "did not", "go"): "past not", ("did", "", "go"): "past asked",
                ("", "be", "going"): "future", ("", "be not", "going"): "future not",
                ("be", "", "going"): "future asked",
                ("", "will", "go"): "future", ("", "will not", "go"): "future not", ("will", "", "go"): "future asked",
                ("have", "ever", "been"): "ever", ("", "have never", "been"): "never", ("", "have", "been"): "before",
                ("", "", "want"): "want", ("", "do not", "want"): "want not", ("do", "", "want"): "want asked"}
_AUX = {"am": "be", "is": "be", "are": "be", "has": "have", "does": "do", "wo": "will", "n't": "not"}
_TASTES = {"ngọt": "sweet", "chua": "sour", "ngon": "good", "mọng nước": "juicy", "tươi": "fresh"}
_TASTES_VI = {en: vi for vi, en in _TASTES.items()} | {"delicious": "ngon"}
_HOW = {"": "", "rất": "very ", "lắm": "very ", "quá": "so ", "hơi": "a bit ", "khá": "quite "}
_HOW_VI = {"": "{}", "very": "rất {}", "really": "rất {}", "so": "{} quá", "too": "{} quá", "a bit": "hơi {}",
           "a little": "hơi {}", "quite": "khá {}"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who goes picking fruit or tea, wants to, likes it, the fruit on this farm
    sweet or sour, paying by the kilo, or kilos picked; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more than English would: "so much")
        return None if STRESSED_SAID.search(text) else (_go(text) or _lets(text) or _like(text) or _taste(text) or
                                                        _pay(text) or _picked(text))
    text = text.replace("’", "'")
    return (_go_vi(text) or _lets_vi(text) or _like_vi(text) or _taste_vi(text) or _pay_vi(text) or
            _picked_vi(text) or _how_many_vi(text))


def _who(m: re.Match, asked: bool, denied: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my mother goes"): the children (mt.noise.GROUPS), or
    mt.hobbies.who; None for a pet, "em" with "ạ" (the speaker), "mình" (I, or we?), "I" asked and everyone denied."""
    if m["group"]:
        said, one = _KIDS[keyed(m["group"])]
        return None if denied and said == "everyone" else (("the children" if said == "the kids" else said), one)
    if animal(m) or em_speaking(m) or keyed(m["who"] or "") == "mình":
        return None
    said = who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _who_vi(m: re.Match, asked: bool, denied: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s" ("the children": "bọn trẻ",
    "everyone": "mọi người", or mt.hobbies.who_vi); None for a pet, "I" or "we" asked and everyone denied."""
    if m["group"]:
        said = GROUPS_VI[m["group"].lower()]
        return None if denied and said == "mọi người" else (said, said == "mọi người")
    said = None if animal(m) else who_vi(m)
    return None if not said or asked and said[0] in ("tôi", "chúng tôi") else said


def _day(m: re.Match, lang: str = "vi") -> tuple[str, str] | None:
    """The near day of a match in the other language (" last weekend", "cuối tuần trước"; "" for none) and its way
    ("behind", "ahead", "either" for "hôm nay", "" for none); None where a Vietnamese match says two."""
    said = m["day"] if lang == "en" else m["day0"] or m["day2"]
    if lang == "vi" and m["day0"] and m["day2"]:
        return None
    vi = keyed(_DAYS_VI[said.lower()] if lang == "en" and said else said or "")
    way = "" if not vi else "ahead" if vi in _AHEAD_TODAY else "either" if NEAR_WAY[vi] == "today" else NEAR_WAY[vi]
    return (f" {_DAYS[vi]}" if vi and lang == "vi" else vi), way


def _place(m: re.Match, lang: str = "vi") -> str | None:
    """The place of a match in the other language (" in Da Lat", " ở Đà Lạt"; "" for none); None for one
    mt.people.named_place does not know."""
    if not m["place"]:
        return ""
    said = named_place(m["place"], lang)
    return said and (f" in {said}" if lang == "vi" else f" ở {said}")


def _be(who_: str, one: bool) -> str:
    """"am", "is" or "are", as English says it after who."""
    return "am" if who_ == "I" else "is" if one else "are"


def _go(text: str) -> str | None:
    """"Ngày mai mẹ tôi sẽ đi hái chè." as "My mother is going tea picking tomorrow.", "Bạn đã bao giờ đi hái dâu
    chưa?" as "Have you ever been strawberry picking?" (_GO); None for anything else, and where neither a word nor a
    day says the tense ("Chúng tôi đi hái dâu.")."""
    m = _GO.fullmatch(text)
    if not m or (day := _day(m)) is None or (place := _place(m)) is None:
        return None
    kind = _GO_KINDS.get((keyed(m["pre"]), keyed(m["tail"] or "")))
    kind = _TENSES.get((kind, day[1])) or (kind if day[1] in _WAYS.get(kind, ()) else None)
    asked = kind in _ASKING
    if kind is None or asked != ("?" in m["end"]) or (said := _who(m, asked, kind in _DENIED)) is None:
        return None
    who_, one = said
    picking, end = f"{FRUITS[keyed(m['fruit'])][0]} picking{place}{day[0]}", stop(m["end"])
    be, have = _be(who_, one), "has" if one else "have"
    if kind.startswith("want"):
        return present(who_, one, "want", f"to go {picking}", asked, kind == "want not", m["end"])
    if kind.startswith("past"):
        went = "didn't go" if kind == "past not" else "went"
        return f"Did {who_} go {picking}?" if asked else capitalised(f"{who_} {went} {picking}{end}")
    if kind == "future asked":
        return f"{be.capitalize()} {who_} going {picking}?"
    if kind == "future not" and who_ not in EN_WHOSE:  # ("Lan isn't going", "we're not going")
        return capitalised(f"{who_} {be}n't going {picking}{end}")
    if kind.startswith("future"):
        return capitalised(contracted(who_, f"{be}{' not' * (kind == 'future not')} going {picking}") + end)
    if kind == "ever":
        return f"{have.capitalize()} {who_} ever been {picking}?"
    said = f"never been {picking}" if kind == "never" else f"been {picking} before"
    return capitalised(contracted(who_, f"{have} {said}") + end)


def _lets(text: str) -> str | None:
    """"Chúng ta đi hái dâu nhé." and "Đi hái dâu đi!" as "Let's go strawberry picking.", "Cuối tuần này tụi mình đi
    hái nho nhé?" as "Shall we go grape picking this weekend?" (_LETS); None for anything else, a day behind, and "đi"
    asking or "nhé" with no one said ("Đi hái dâu nhé.": you alone?) or "mình" ("Mình đi hái dâu nhé.": I, or we?)."""
    m = _LETS.fullmatch(text)
    if not m or (day := _day(m)) is None or (place := _place(m)) is None or day[1] == "behind":
        return None
    asked = "?" in m["end"]
    if (not m["we"] or keyed(m["we"]) == "mình") and m["tell"] != "đi" or asked and m["tell"] == "đi":
        return None
    picking = f"{FRUITS[keyed(m['fruit'])][0]} picking{place}{day[0]}"
    return f"Shall we go {picking}?" if asked else f"Let's go {picking}{stop(m['end'])}"


def _like(text: str) -> str | None:
    """"Bọn trẻ rất thích đi hái dâu." as "The children love going strawberry picking.", "Bạn có thích hái chè
    không?" as "Do you like picking tea?", "Mẹ tôi không thích đi hái nho." as "My mother doesn't like going grape
    picking." (_LIKE); None for anything else, and "rất" or "lắm" asked or denied."""
    m = _LIKE.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or not m or (m["very"] or m["much"]) and (asked or m["not"]) or m["very"] and m["much"]:
        return None
    said = _who(m, asked, bool(m["not"]))
    if said is None:
        return None
    one, many = FRUITS[keyed(m["fruit"])]
    love = m["likes"] == "mê" or m["very"] or m["much"]
    what = f"going {one} picking" if m["go"] else f"picking {many}"
    return present(*said, "love" if love else "like", what, asked, bool(m["not"]), m["end"])


def _taste(text: str) -> str | None:
    """"Dâu ở vườn này rất ngọt." as "The strawberries on this farm are very sweet.", "Nho ở vườn này có chua
    không?" as "Are the grapes on this farm sour?", "Cam ở vườn này không ngọt lắm." as "The oranges on this farm
    aren't very sweet." (_TASTE); None for anything else, tea (or "chè", a sweet soup), and how much said twice."""
    m = _TASTE.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or not m or keyed(m["fruit"]) not in _EATEN or m["deg"] and m["deg2"]:
        return None
    how = keyed(m["deg"] or m["deg2"] or "")
    if how and asked or m["not"] and how not in ("", "lắm"):
        return None
    fruit, taste = f"the {FRUITS[keyed(m['fruit'])][1]} on this farm", _TASTES[keyed(m["taste"])]
    if asked:
        return f"Are {fruit} {taste}?"
    are = "aren't" if m["not"] else "are"
    return capitalised(f"{fruit} {are} {_HOW[how]}{taste}{stop(m['end'])}")


def _pay(text: str) -> str | None:
    """"Hái dâu tính tiền theo cân." as "You pay for the strawberries you pick by the kilo.", "Ở đây hái chè có tính
    tiền theo cân không?" as "Do you pay for the tea you pick here by the kilo?" (_PAY); None for anything else."""
    m = _PAY.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or not m:
        return None
    said = f"pay for the {FRUITS[keyed(m['fruit'])][1]} you pick{' here' * bool(m['here'])} by the kilo"
    return f"Do you {said}?" if asked else f"You {said}{stop(m['end'])}"


def _picked(text: str) -> str | None:
    """"Chúng tôi hái được ba cân dâu." as "We picked three kilos of strawberries.", "Hôm qua mẹ tôi hái được nửa cân
    chè." as "My mother picked half a kilo of tea yesterday.", "Bạn hái được mấy cân nho?" as "How many kilos of
    grapes did you pick?" (_PICKED); None for anything else, a day ahead, and "rồi" with a day or "đã"."""
    m = _PICKED.fullmatch(text)
    if not m or (day := _day(m)) is None or (place := _place(m)) is None:
        return None
    asked = bool(m["how"])
    if asked != ("?" in m["end"]) or day[1] == "ahead" or m["done"] and (day[0] or m["did"]):
        return None
    said = _who(m, asked)
    if said is None:
        return None
    (who_, one), fruit, done = said, FRUITS[keyed(m["fruit"])][1], bool(m["done"])
    if asked:
        return (f"How many kilos of {fruit} {'has' if one else 'have'} {who_} picked{place}?" if done else
                f"How many kilos of {fruit} did {who_} pick{place}{day[0]}?")
    n = m["n"] if not m["n"] or m["n"].isdigit() else en_word(_VI_N[keyed(m["n"])])
    kilos = "half a kilo" if m["half"] else "a kilo" if n in ("1", "one") else f"{n} kilos"
    picked = f"picked {kilos} of {fruit}{place}"
    if done:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {picked}") + stop(m["end"]))
    return capitalised(f"{who_} {picked}{day[0]}{stop(m['end'])}")


def _vi(*words: str) -> str:
    """Vietnamese words said in turn, those empty left out, the first capitalised."""
    return capitalised(" ".join(w for w in words if w))


def _go_vi(text: str) -> str | None:
    """"We're going grape picking tomorrow." as "Ngày mai chúng tôi sẽ đi hái nho.", "Have you ever been strawberry
    picking?" as "Bạn đã bao giờ đi hái dâu chưa?" (_GO_EN); None for anything else, and where the verb does not
    agree with who or the day with the tense."""
    m = _GO_EN.fullmatch(text)
    if not m or (place := _place(m, "en")) is None:
        return None
    verb = keyed(m["verb"])
    words = re.findall(r"n't|'re|'s|'m|'ve|[a-z]+", m["mid"].lower().replace("n't", " n't"))
    short = {"'re": "are", "'m": "am", "'ve": "have", "'s": "has" if verb == "been" else "is"}
    words = [short.get(w, w) for w in words]
    q, first = (m["q"] or "").lower(), (m["q"] or "").lower() or (words or [""])[0]
    mid = " ".join(_AUX.get(w, w) for w in words)
    kind = _GO_EN_KINDS.get((_AUX.get(q, q), mid, "want" if verb.startswith("want") else verb))
    asked = kind in _ASKING
    if kind is None or asked != ("?" in m["end"]) or bool(m["before"]) != (kind == "before") and kind not in (
            "ever", "never") or (said := _who_vi(m, asked, kind in _DENIED)) is None:
        return None
    who_, one = said
    day, way = _day(m, "en")
    if not first_agrees(first, who_, one) or verb.startswith("wants") != (one and kind == "want") or \
            way not in _WAYS[kind]:
        return None
    go = f"đi hái {FRUITS_VI[m['fruit']]}{place}"
    if kind.startswith("past"):
        how = "có" if asked else "không" if kind == "past not" else ""
        said = how if way == "behind" or asked else f"đã {how}".strip()  # ("Sáng nay … đã đi": today, gone)
        return _vi(day, who_, said, go) + (" không?" if asked else ".")
    if kind.startswith("future"):
        how = ("có" if day else "có định") if asked else "sẽ không" if kind == "future not" else "sẽ"
        return _vi(day, who_, how, go) + (" không?" if asked else ".")
    if kind.startswith("want"):
        how = "có muốn" if asked else "không muốn" if kind == "want not" else "muốn"
        return _vi(day, who_, how, go) + (" không?" if asked else ".")
    return _vi(who_, {"ever": "đã bao giờ", "never": "chưa bao giờ", "before": "đã từng"}[kind], go) + (
        " chưa?" if asked else ".")


def _lets_vi(text: str) -> str | None:
    """"Let's go strawberry picking." as "Chúng ta đi hái dâu nhé.", "Shall we go grape picking this weekend?" as
    "Cuối tuần này chúng ta đi hái nho nhé?" (_LETS_EN); None for anything else, and a day behind."""
    m = _LETS_EN.fullmatch(text)
    if not m or bool(m["shall"]) != ("?" in m["end"]) or (place := _place(m, "en")) is None:
        return None
    day, way = _day(m, "en")
    if way == "behind":
        return None
    end = "?" if m["shall"] else stop(m["end"])
    return _vi(day, f"chúng ta đi hái {FRUITS_VI[m['fruit']]}{place} nhé") + end


def _like_vi(text: str) -> str | None:
    """"She doesn't really like going grape picking." as "Cô ấy không thích đi hái nho lắm." (_LIKE_EN); None for
    anything else, the verb not agreeing, and "love" asked or denied."""
    m = _LIKE_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or not (said := _who_vi(m, asked, bool(m["not"]))):
        return None
    who_, one = said
    aux, likes = (m["q"] or m["not"] or "").lower(), m["likes"]
    love = likes.startswith("love")
    if aux and (likes.endswith("s") or aux.startswith("does") != one) or not aux and likes.endswith("s") != one:
        return None
    if love and (aux or m["really"]):
        return None
    what = f"đi hái {FRUITS_VI[m['fruit']]}" if m["fruit"] else f"hái {_MANY_VI[m['fruits']]}"
    if asked:
        return None if m["really"] else _vi(who_, "có thích", what) + " không?"
    if m["not"]:
        return _vi(who_, "không thích", what, "lắm" if m["really"] else "") + "."
    return _vi(who_, "rất thích" if love or m["really"] else "thích", what) + stop(m["end"])


def _taste_vi(text: str) -> str | None:
    """"The strawberries on this farm are very sweet." as "Dâu ở vườn này rất ngọt.", "Are the grapes on this farm
    sour?" as "Nho ở vườn này có chua không?", "The oranges on this farm aren't very sweet." as "Cam ở vườn này không
    ngọt lắm." (_TASTE_EN); None for anything else."""
    m = _TASTE_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    deg, taste = keyed(m["deg"] or ""), _TASTES_VI[m["taste"]]
    not_ = "not" in (m["be"] or "") or "n't" in (m["be"] or "")
    if m["q"] and deg or not_ and deg not in ("", "very", "really", "so"):
        return None
    said = f"có {taste} không?" if m["q"] else (f"không {taste} lắm" if deg else f"không {taste}") if not_ else \
        _HOW_VI[deg].format(taste)
    return _vi(_EATEN_VI[m["fruits"]], "ở vườn này", said) + ("" if m["q"] else stop(m["end"]))


def _pay_vi(text: str) -> str | None:
    """"You pay for the strawberries you pick by the kilo." as "Hái dâu tính tiền theo cân.", "Do you pay for the tea
    you pick here by the kilo?" as "Ở đây hái chè có tính tiền theo cân không?" (_PAY_EN); None for anything else."""
    m = _PAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    said = _vi("ở đây" if m["here"] else "", "hái", _MANY_VI[m["fruits"]], "có" if m["q"] else "", "tính tiền theo cân")
    return said + (" không?" if m["q"] else ".")


def _picked_vi(text: str) -> str | None:
    """"We picked three kilos of strawberries." as "Chúng tôi hái được ba cân dâu.", "My mother picked half a kilo
    of tea yesterday." as "Hôm qua mẹ tôi hái được nửa cân chè." (_PICKED_EN); None for anything else, "a kilos",
    "two kilo", and a day ahead."""
    m = _PICKED_EN.fullmatch(text)
    if not m or (place := _place(m, "en")) is None or (said := _who_vi(m, False)) is None:
        return None
    day, way = _day(m, "en")
    n = (m["n"] or "").lower()
    if way == "ahead" or (m["kilos"] == "kilo") != (bool(m["half"]) or n in ("a", "one", "1")):
        return None
    kilos = "nửa" if m["half"] else "một" if n == "a" else n if n.isdigit() else vi_word(_EN_N[n])
    return _vi(day, said[0], f"hái được {kilos} cân {_MANY_VI[m['fruits']]}{place}") + stop(m["end"])


def _how_many_vi(text: str) -> str | None:
    """"How many kilos of strawberries did you pick?" as "Bạn hái được mấy cân dâu?" (_HOW_MANY_EN); None for
    anything else, a day ahead, and "I" asking."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m or (place := _place(m, "en")) is None or (said := _who_vi(m, True)) is None:
        return None
    day, way = _day(m, "en")
    return None if way == "ahead" else _vi(day, said[0], f"hái được mấy cân {_MANY_VI[m['fruits']]}{place}?")
