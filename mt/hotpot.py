"""Hotpot, both ways, written whole by rule: who had it, is having it or will (out or at home), who makes it, who has
never had it or ever has, how often, who likes, loves or wants it, suggesting it, and it being the best in cold
weather. v8 (the rules on) reads "lẩu" as shaking, nothing or a diagnosis, and "hotpot" as hot potatoes or a hot
pot: "Hôm nay nhà tôi ăn lẩu." → "Today my home ate.", "Tối nay mình đi ăn lẩu nhé." → "Tonight, I'm going to eat a
shaking.", "Tối qua chúng tôi ăn lẩu." → "Last night, we ate.", "Bạn có thích ăn lẩu không?" → "Do you like
shaking?", "Mẹ tôi đang nấu lẩu bò." → "My mother was cooking crawl.", "Trời lạnh ăn lẩu là nhất." → "The coldest
food is the most.", "Tôi chưa bao giờ ăn lẩu." → "I've never eaten."; "We had hotpot last night." → "Chúng tôi có
khoai tây nóng tối qua.", "Do you like hotpot?" → "Bạn có muốn nồi nóng không?", "My mother is making beef hotpot." →
"Mẹ tôi đang làm khoai tây nóng.", "Have you ever had hotpot?" → "Bạn có bao giờ bị nóng không?".

Taken: who (mt.hobbies.WHO, WHO_EN; parents, mt.people.PARENTS_WHOSE; "nhà tôi", "my family") eating (having), going
out for or making hotpot of KINDS ("lẩu bò": beef hotpot): on a day behind (had; not, asked), today or ahead (is having
tonight; not, asked), now ("đang"), "sẽ" (will, won't), just ("vừa"), already ("rồi"), never ("chưa bao giờ"), ever
asked ("đã bao giờ … chưa?"), as a habit (mt.hobbies.SELDOM: "hay", "thường"; in winter, at the weekend; "có hay …
không?"); who likes ("thích", "rất thích … lắm"), loves ("mê"), hates ("ghét") or wants ("muốn", on a day) it, said,
denied or asked; "chúng ta", "chúng mình", "mình cùng" … suggesting it ("Let's …", "nhé?" as "Shall we …?"), "mình"
alone only before "đi", "thôi", "nào" ("Mình ăn lẩu đi."; mt/suggestions.py, tried first, takes those of its own:
"Chúng ta đi ăn lẩu nhé.", "Let's have hotpot."); hotpot the best in cold weather, in winter or when it rains ("Trời
lạnh ăn lẩu là nhất."). Left: no day nor word of tense ("Mẹ tôi nấu lẩu bò.": now, a habit or a plan?), "chiều nay"
with none (said in the evening, done: had, or having?), "mình" said or asked as who (I or we?), "mình" alone before
"nhé", "nha" ("Tối nay mình đi ăn lẩu nhé.": I'll go, OK?, as mt/suggestions.py leaves it), "nhà mình" (my or our
family?), "anh", "chị", "em" alone saying it, "I" asked, a pet as who, two days, a habit on a day, "vào" before a
day, "đang đi ăn" (there, or on the way?), "Bạn ăn lẩu chưa?", "đã ăn lẩu" without a day; "I'll have hotpot."
(ordering), "We're having hotpot." (now, or for dinner?), "She has hotpot.", "love" asked or denied; "thích lẩu nhất"
(mt/favourites.py), "Tối nay đi ăn lẩu không?" (mt/suggestions.py), and anything else.
mt.phrasebook.translate tries these after mt/uniforms.py.

    >>> translate("Tối qua chúng tôi ăn lẩu.", "vi", "en"), translate("My mother is making beef hotpot.", "en", "vi")
    ('We had hotpot last night.', 'Mẹ tôi đang nấu lẩu bò.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, often_said, person_of
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:lẩu)"), "en": lazy(r"(?i:hotpot|hot\s+pot)")}
# kinds of hotpot (keyed in small letters; the Vietnamese written back with its capital: "lẩu Thái")
KINDS = {"lẩu": "hotpot", "lẩu thái": "Thai hotpot", "lẩu bò": "beef hotpot", "lẩu nấm": "mushroom hotpot",
         "lẩu hải sản": "seafood hotpot", "lẩu gà": "chicken hotpot", "lẩu cá": "fish hotpot", "lẩu dê": "goat hotpot"}
KINDS_VI = {en.lower(): vi.replace("thái", "Thái") for vi, en in KINDS.items()}
# the near days a meal is said on (mt.dates.NEAR_DAYS; not "sáng nay", done or ahead?), and back (the first wins)
_DAYS = near_days("hôm qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua", "đêm qua", "hôm kia",
                  "tuần trước", "cuối tuần trước", "cuối tuần rồi", "hôm nay", "chiều nay", "tối nay", "đêm nay",
                  "cuối tuần này", "ngày mai", "chiều mai", "tối mai", "ngày kia", "tuần sau", "tuần tới",
                  "cuối tuần sau", "cuối tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# when a habit is kept, and hotpot is the best (the first Vietnamese of each is written back)
_WHEN = {"vào mùa đông": "in winter", "mùa đông": "in winter", "vào cuối tuần": "at the weekend",
         "cuối tuần": "at the weekend", "khi trời lạnh": "when it's cold"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {"at weekends": "vào cuối tuần"}
_WEATHER = {"trời lạnh": "in cold weather", "trời rét": "in cold weather", "mùa đông": "in winter",
            "trời mưa": "when it rains"}
_WEATHER_VI = {en: vi for vi, en in reversed(_WEATHER.items())} | {
    "when it's cold": "trời lạnh", "on a cold day": "trời lạnh", "on cold days": "trời lạnh",
    "on a rainy day": "trời mưa", "when it's raining": "trời mưa"}
# the doings: English base, after one, "-ing", past, participle (the first of each Vietnamese is written back)
_VERBS_EN = [("ăn", ("have", "has", "having", "had", "had")),
             ("đi ăn", ("go out for", "goes out for", "going out for", "went out for", "been out for")),
             ("nấu", ("make", "makes", "making", "made", "made")), ("ăn", ("eat", "eats", "eating", "ate", "eaten")),
             ("đi ăn", ("go for", "goes for", "going for", "went for", "been for")),
             ("nấu", ("cook", "cooks", "cooking", "cooked", "cooked"))]
_VERBS = {vi: forms for vi, forms in reversed(_VERBS_EN)}
_FORMS = {form: (vi, forms) for vi, forms in _VERBS_EN for form in forms}
# the words of tense before the doing in Vietnamese, as _frame reads them
_AUX = {"đang", "đã", "sẽ", "sẽ không", "không", "vừa", "mới", "vừa mới", "chưa bao giờ", "chưa từng", "đã bao giờ",
        "có bao giờ", "đã từng", "có", "có hay", "có thường"} | set(SELDOM)

# who: parents, a family ("nhà tôi"), or mt.hobbies' (a pronoun, kin and whose, a name)
_WHO = (rf"(?:{PARENTS_WHOSE}|(?P<fam>(?i:nhà|gia\s+đình))\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|"
        rf"{WHO})")
_WHO_EN = rf"(?:{PARENTS_WHOSE_EN}|(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
_KIND = rf"(?P<kind>(?i:{alternatives(KINDS)}))"
_KIND_EN = r"(?P<kind>(?:(?i:thai|beef|mushroom|seafood|chicken|fish|goat)\s+)?(?i:hotpot|hot\s+pot))"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
_DAY0_EN = rf"(?:(?P<day0>(?i:{alternatives(_DAYS_VI)}))\s*,?\s+)?"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_VERB = r"(?P<verb>(?i:đi\s+ăn|ăn|nấu))"

# who eats, goes out for or makes it ("Tối qua chúng tôi ăn lẩu.", "Bạn đã bao giờ ăn lẩu chưa?")
_EAT = lazy(rf"{_DAY0}{_WHO}\s+(?:(?P<aux>(?i:{alternatives(_AUX)}))\s+)?{_VERB}\s+{_KIND}"
            rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN)})))?{_DAY}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
            rf"{SOFTENED_END}")
# who likes, loves, hates or wants it ("Bạn có thích ăn lẩu không?", "Tối nay tôi muốn đi ăn lẩu.")
_LIKE = lazy(rf"{_DAY0}{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<likes>thích|mê|ghét|muốn)"
             rf"\s+(?:{_VERB}\s+)?{_KIND}(?:\s+(?P<much>lắm))?{_DAY}(?:\s+(?P<asked>không))?{SOFTENED_END}")
# suggested ("Tối nay chúng ta đi ăn lẩu nhé.", "Chúng ta ăn lẩu Thái nhé?", "Mình ăn lẩu đi!")
_LETS = lazy(rf"{_DAY0}(?P<we>(?i:chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình|mình))\s+"
             rf"(?:(?P<together>cùng)\s+)?{_VERB}\s+{_KIND}{_DAY}\s+(?P<ending>nhé|nha|đi|thôi|nào)\s*(?P<end>[.!?]*)")
# the best in cold weather ("Trời lạnh ăn lẩu là nhất.", "Mùa đông mà được ăn lẩu thì là tuyệt nhất.")
_BEST = lazy(rf"(?P<weather>(?i:{alternatives(_WEATHER)}))\s*,?\s+(?:mà\s+)?(?:được\s+)?ăn\s+{_KIND}\s+(?:thì\s+)?"
             r"(?:là\s+nhất|là\s+tuyệt\s+nhất|tuyệt\s+nhất)\s*(?P<end>[.!]*)")

# ... and in English
_AUX_EN = (r"(?P<aux>\s+(?:is|am|are|will|did|have|has|do|does)(?:\s+not|n['’]t)?|['’](?:s|m|re|ve|ll)(?:\s+not)?"
           r"|\s+won['’]t)?")
_ADV_EN = rf"(?:\s+(?P<adv>just|already|ever|never|{alternatives(HABIT_VI)}))?"
_EAT_EN = lazy(rf"{_DAY0_EN}(?:(?P<q>Did|Is|Are|Am|Have|Has|Do|Does)\s+)?{_WHO_EN}{_AUX_EN}{_ADV_EN}\s+"
               rf"(?P<verb>{alternatives(_FORMS)})\s+{_KIND_EN}(?:\s+(?P<when>{alternatives(_WHEN_VI)}))?{_DAY_EN}"
               r"\s*(?P<end>[.!?]*)")
_LIKE_EN = lazy(rf"{_DAY0_EN}(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                r"(?:\s+(?P<very>really))?\s+(?P<likes>likes?|loves?|hates?|enjoys?|wants?)\s+(?:(?P<eating>eating)\s+"
                rf"|to\s+(?P<verb>have|go\s+out\s+for|go\s+for|make|cook)\s+)?{_KIND_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(rf"{_DAY0_EN}(?:[Ll]et['’]s|(?P<shall>[Ss]hall\s+we))\s+(?P<verb>have|go\s+out\s+for|go\s+for|make|"
                rf"cook)\s+{_KIND_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_BEST_EN = lazy(rf"(?P<nothing>[Nn]othing\s+beats\s+)?{_KIND_EN}(?(nothing)|\s+is\s+(?:the\s+)?best)\s+"
                rf"(?P<weather>{alternatives(_WEATHER_VI)})\s*(?P<end>[.!]*)")
_BE = {"is", "am", "are"}
# what each frame needs of a day said: its way (mt.dates.NEAR_WAY; "" for none said)
_WAYS = {"past": {"behind", ""}, "past_not": {"behind"}, "past_q": {"behind"}, "prog": {"today", "ahead", ""},
         "prog_not": {"today", "ahead"}, "prog_q": {"today", "ahead"}, "will": {"today", "ahead", ""},
         "will_not": {"today", "ahead", ""}}
# the Vietnamese frames: words of tense, asked, the way of the day said (mt.dates.NEAR_WAY)
_FRAMES = {("", "", "behind"): "past", ("đã", "", "behind"): "past", ("", "", "today"): "prog",
           ("", "", "ahead"): "prog", ("đang", "", ""): "prog", ("đang", "", "today"): "prog",
           ("không", "", "behind"): "past_not", ("không", "", "today"): "prog_not",
           ("không", "", "ahead"): "prog_not", ("có", "không", "behind"): "past_q", ("có", "không", "today"): "prog_q",
           ("có", "không", "ahead"): "prog_q"} | {
    (aux, "", way): ("will_not" if aux == "sẽ không" else "will") for aux in ("sẽ", "sẽ không")
    for way in ("", "today", "ahead")} | {
    (aux, "", ""): "just" for aux in ("vừa", "mới", "vừa mới")} | {
    (aux, "", ""): "never" for aux in ("chưa bao giờ", "chưa từng")} | {
    (aux, "chưa", ""): "ever_q" for aux in ("đã bao giờ", "có bao giờ", "đã từng")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who has, goes out for or makes hotpot, likes or wants it, suggests it, or
    finds it the best in cold weather; None for any other."""
    if src == "vi":
        return _eat(text) or _like(text) or _lets(text) or _best(text)
    text = text.replace("’", "'")
    return _eat_vi(text) or _like_vi(text) or _lets_vi(text) or _best_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my family has"): parents, "nhà tôi" as "my family", or
    mt.hobbies.person_of; None for "mình" and "nhà mình" (I or we?), a pet, "I" asked, "anh" saying it."""
    if m["parents"]:
        return parents_said(m, "en"), False
    if m["fam"]:
        whose = keyed(m["fwhose"])
        return None if whose == "mình" else (f"{OWNERS[whose]} family", True)
    if m["who"] and keyed(m["who"]) == "mình":
        return None
    said = person_of(m, asked)
    return said and (said[0], be(said[0]) == "is")


def _who_vi(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether one ("my family": "nhà tôi", True); None for a pet or
    "I" asked."""
    if m["parents"]:
        return parents_said(m, "vi"), False
    if m["fwhose"]:
        return f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True
    return person_of(m, asked, "en")


def _fits(frame: str, verb: str, way: str, when: bool) -> bool:
    """Whether a frame (past, prog, will … of _FRAMES) may be said of the doing `verb` ("ăn", "đi ăn", "nấu") on a
    day of this way ("" for none) and with a time of habit (`when`): a day only where its tense says one ("We had
    hotpot last night."), none with "just", "never", a habit; going out only where a day tells it is not now."""
    if when and not frame.startswith("habit"):
        return False
    if frame in _WAYS:
        return way in _WAYS[frame] and not (verb == "đi ăn" and frame == "prog" and not way)
    return not way and (verb != "đi ăn" or frame.startswith("habit"))


def _eat(text: str) -> str | None:
    """"Tối qua chúng tôi ăn lẩu." as "We had hotpot last night.", "Hôm nay nhà tôi ăn lẩu." as "My family is having
    hotpot today.", "Mẹ tôi đang nấu lẩu bò." as "My mother is making beef hotpot.", "Bạn đã bao giờ ăn lẩu chưa?" as
    "Have you ever had hotpot?", "Nhà tôi hay ăn lẩu vào mùa đông." as "My family often has hotpot in winter." (_EAT);
    None for anything else: no day nor tense ("Mẹ tôi nấu lẩu bò."), "chiều nay" with no word of tense (done, or
    ahead?), two days."""
    m = _EAT.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["asked"]) != ("?" in m["end"]):
        return None
    aux, asked, day = keyed(m["aux"] or ""), keyed(m["asked"] or ""), keyed(m["day0"] or m["day"] or "")
    way, verb = NEAR_WAY.get(day, ""), keyed(m["verb"])
    often = ""
    if aux in SELDOM or aux in ("có hay", "có thường"):  # (a habit: "hay ăn", asked "có hay ăn … không?")
        frame = "habit_q" if aux.startswith("có ") else "habit"
        often = often_said(aux.removeprefix("có "), bool(m["when"]))
        if asked != ("không" if frame == "habit_q" else "") or m["done"]:
            return None
    elif m["done"]:  # ("Tôi ăn lẩu rồi.": already)
        frame = "already" if aux in ("", "đã") and not asked else ""
    elif day == "chiều nay" and aux in ("", "không", "có"):  # (said in the evening, the afternoon is done: had?)
        return None
    else:
        frame = _FRAMES.get((aux, asked, way), "")
    if not frame or not _fits(frame, verb, way, bool(m["when"])) or (said := _who(m, frame.endswith("_q"))) is None:
        return None
    when = f" {_WHEN[keyed(m['when'])]}" if m["when"] else ""
    return _en(frame, *said, verb, KINDS[keyed(m["kind"])], _DAYS.get(day, ""), when, often, m["end"])


def _en(frame: str, who_: str, one: bool, verb: str, kind: str, day: str, when: str, often: str, end: str) -> str:
    """The English of a frame of _eat: who, the doing ("ăn"), the kind ("beef hotpot"), the day ("last night"), the
    time of a habit (" in winter"), how often ("often"), as the source `end`ed."""
    base, _, ing, past, done = _VERBS[verb]
    rest, be_, have = f"{kind}{' ' * bool(day)}{day}", be(who_), "has" if one else "have"
    said = {"past": f"{who_} {past} {rest}", "past_not": f"{who_} didn't {base} {rest}",
            "past_q": f"Did {who_} {base} {rest}?", "prog": contracted(who_, f"{be_} {ing} {rest}"),
            "prog_not": contracted(who_, f"{be_} not {ing} {rest}"),
            "prog_q": f"{be_.capitalize()} {who_} {ing} {rest}?", "will": contracted(who_, f"will {base} {rest}"),
            "will_not": f"{who_} won't {base} {rest}", "ever_q": f"{have.capitalize()} {who_} ever {done} {rest}?"}
    said |= {adv: contracted(who_, f"{have} {adv} {done} {rest}") for adv in ("just", "already", "never")}
    if frame.startswith("habit"):
        return present(who_, one, base, f"{kind}{when}", frame == "habit_q", end=end, adverb=f"{often} ")
    said = said[frame].replace(" is not ", " isn't ").replace(" are not ", " aren't ")
    return said if said.endswith("?") else capitalised(said + stop(end))


def _like(text: str) -> str | None:
    """"Bạn có thích ăn lẩu không?" as "Do you like hotpot?", "Tôi rất thích lẩu Thái." as "I really like Thai
    hotpot.", "Anh ấy ghét lẩu cá." as "He hates fish hotpot.", "Tối nay tôi muốn đi ăn lẩu." as "I want to go out
    for hotpot tonight." (_LIKE); None for anything else: a day but with "muốn", "rất" asked or denied."""
    m = _LIKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m["not"] or m["day0"] and m["day"]:
        return None
    likes, verb, day = keyed(m["likes"]), keyed(m["verb"] or ""), keyed(m["day0"] or m["day"] or "")
    very = bool(m["very"] or m["much"])
    if likes == "muốn" and not verb or likes != "muốn" and verb not in ("", "ăn") or \
            day and (likes != "muốn" or NEAR_WAY[day] == "behind") or \
            very and (asked or m["not"] or likes != "thích") or likes in ("mê", "ghét") and (m["ask"] or m["not"]):
        return None
    said = _who(m, asked)
    if said is None:
        return None
    kind = KINDS[keyed(m["kind"])]
    rest = f"to {_VERBS[verb][0]} {kind}{' ' * bool(day)}{_DAYS.get(day, '')}" if likes == "muốn" else kind
    likes_en = {"thích": "like", "mê": "love", "ghét": "hate", "muốn": "want"}[likes]
    return present(*said, likes_en, rest, asked, bool(m["not"]), m["end"], "really " * very)


def _lets(text: str) -> str | None:
    """"Tối nay chúng ta đi ăn lẩu nhé." as "Let's go out for hotpot tonight.", "Chúng ta ăn lẩu Thái nhé?" as
    "Shall we have Thai hotpot?", "Mình ăn lẩu đi!" as "Let's have hotpot!" (_LETS); None for anything else: a day
    behind, "mình" alone before "nhé", "nha" (are we, or am I?), "thôi" with a day ahead."""
    m = _LETS.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    day, ending, asked = keyed(m["day0"] or m["day"] or ""), keyed(m["ending"]), "?" in m["end"]
    alone = keyed(m["we"]) == "mình" and not m["together"]  # ("Mình đi ăn lẩu nhé.": I'll go, OK?)
    if NEAR_WAY.get(day) == "behind" or day and ending in ("thôi", "nào") or asked and ending != "nhé" or \
            alone and (asked or ending in ("nhé", "nha")):
        return None
    doing = f"{_VERBS[keyed(m['verb'])][0]} {KINDS[keyed(m['kind'])]}{' ' * bool(day)}{_DAYS.get(day, '')}"
    return f"Shall we {doing}?" if asked else f"Let's {doing}{stop(m['end'])}"


def _best(text: str) -> str | None:
    """"Trời lạnh ăn lẩu là nhất." as "Hotpot is the best in cold weather.", "Mùa đông ăn lẩu bò là nhất." as "Beef
    hotpot is the best in winter." (_BEST); None for anything else."""
    m = _BEST.fullmatch(text)
    if not m:
        return None
    return capitalised(f"{KINDS[keyed(m['kind'])]} is the best {_WEATHER[keyed(m['weather'])]}{stop(m['end'])}")


def _kind_vi(said: str) -> str:
    """The Vietnamese of a kind of _KIND_EN: "Thai hot pot" as "lẩu Thái"."""
    return KINDS_VI[keyed(said).replace("hot pot", "hotpot")]


def _day_vi(m: re.Match) -> tuple[str, str] | None:
    """The day of a match of an English pattern in Vietnamese, and its way ("tối qua", "behind"); ("", "") for none,
    None for two."""
    if m["day0"] and m["day"]:
        return None
    day = _DAYS_VI.get(keyed(m["day0"] or m["day"] or ""), "")
    return day, NEAR_WAY.get(day, "")


def _frame_en(m: re.Match, one: bool, who_: str) -> tuple[str, str] | None:
    """The frame of a match of _EAT_EN (past, prog_q …, as _FRAMES) and the Vietnamese of how often ("hay"); None
    where the auxiliary and the verb's form are no frame, or do not agree with who (`who_` in Vietnamese)."""
    q, adv = (m["q"] or "").lower(), (m["adv"] or "").lower()
    aux = keyed(m["aux"] or "").replace("won't", "will not").replace("n't", " not")
    neg, word = aux.endswith(" not"), aux.removesuffix(" not").strip()
    verb, (_, forms) = keyed(m["verb"]), _FORMS[keyed(m["verb"])]
    word = {"'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "'s": "is" if verb == forms[2] else "has"}.get(
        word, word)
    first = q or word
    if first in _BE and be_said(first) != ("is" if one else "am" if who_ == "tôi" else "are") or \
            first in ("has", "does") and not one or first in ("have", "do") and one or q and (word or neg):
        return None
    frame = ""
    if q == "did" and not adv and verb == forms[0]:
        frame = "past_q"
    elif q in _BE and not adv and verb == forms[2]:
        frame = "prog_q"
    elif q in ("have", "has") and adv == "ever" and verb == forms[4]:
        frame = "ever_q"
    elif q in ("do", "does") and adv in ("often", "usually", "sometimes") and verb == forms[0]:
        frame = "habit_q"
    elif not q and not word and not neg:
        frame = "past" if not adv and verb == forms[3] else "habit" if adv in HABIT_VI and verb == forms[
            1 if one else 0] else ""
    elif word == "did" and neg and not adv and verb == forms[0]:
        frame = "past_not"
    elif word in _BE and not adv and verb == forms[2]:
        frame = "prog_not" if neg else "prog"
    elif word == "will" and not adv and verb == forms[0]:
        frame = "will_not" if neg else "will"
    elif word in ("have", "has") and not neg and adv in ("just", "already", "never") and verb == forms[4]:
        frame = adv
    return (frame, HABIT_VI.get(adv, "")) if frame else None


def _eat_vi(text: str) -> str | None:
    """"We had hotpot last night." as "Tối qua chúng tôi ăn lẩu.", "My family is having hotpot today." as "Hôm nay
    nhà tôi ăn lẩu.", "Have you ever had hotpot?" as "Bạn đã bao giờ ăn lẩu chưa?", "My mother often makes hotpot in
    winter." as "Mẹ tôi hay nấu lẩu vào mùa đông." (_EAT_EN); None for anything else, a verb not agreeing with who,
    and a day not of the tense ("We had hotpot tomorrow.")."""
    m = _EAT_EN.fullmatch(text)
    if not m or (m["q"] is not None) != ("?" in m["end"]) or (day := _day_vi(m)) is None:
        return None
    said = _who_vi(m, bool(m["q"]))
    framed = said and _frame_en(m, said[1], said[0])
    verb = _FORMS[keyed(m["verb"])][0]
    if not framed or not _fits(framed[0], verb, day[1], bool(m["when"])):
        return None
    (frame, often), who_, kind = framed, said[0], _kind_vi(m["kind"])
    when = f" {_WHEN_VI[keyed(m['when'])]}" if m["when"] else ""
    if frame == "past" and not day[0]:
        frame = "past_done"  # ("We had hotpot.": "đã")
    if frame.startswith("will") and not day[0] or frame == "prog" and not day[0] and m["verb"].lower() == "having":
        return None  # ("I'll have hotpot.": ordering; "We're having hotpot.": now, or for dinner?)
    if frame == "prog" and not day[0]:
        frame = "prog_now"
    said = {"past": "{d}{w} {v} {k}", "past_done": "{w} đã {v} {k}", "past_not": "{d}{w} không {v} {k}",
            "past_q": "{d}{w} có {v} {k} không?", "prog": "{d}{w} {v} {k}", "prog_now": "{w} đang {v} {k}",
            "prog_not": "{d}{w} không {v} {k}", "prog_q": "{d}{w} có {v} {k} không?", "will": "{d}{w} sẽ {v} {k}",
            "will_not": "{d}{w} sẽ không {v} {k}", "just": "{w} vừa {v} {k}", "already": "{w} {v} {k} rồi",
            "never": "{w} chưa bao giờ {v} {k}", "ever_q": "{w} đã bao giờ {v} {k} chưa?",
            "habit": "{w} {o} {v} {k}{n}", "habit_q": "{w} có {o} {v} {k}{n} không?"}[frame]
    said = said.format(d=f"{day[0]} " if day[0] else "", w=who_, v=verb, k=kind, o=often, n=when)
    return capitalised(said if said.endswith("?") else said + stop(m["end"]))


def _like_vi(text: str) -> str | None:
    """"Do you like hotpot?" as "Bạn có thích ăn lẩu không?", "I really like eating hotpot." as "Tôi rất thích ăn
    lẩu.", "She loves Thai hotpot." as "Cô ấy rất thích ăn lẩu Thái.", "I want to go out for hotpot tonight." as
    "Tối nay tôi muốn đi ăn lẩu." (_LIKE_EN); None for anything else, a verb not agreeing with who, and "love" or
    "hate" asked or denied."""
    m = _LIKE_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or (day := _day_vi(m)) is None or (said := _who_vi(m, asked)) is None:
        return None
    who_, one = said
    likes, told = m["likes"].lower(), (m["q"] or m["not"] or "").lower()
    base, want = likes.removesuffix("s"), likes.startswith("want")
    if told and (likes != base or told.startswith(("does", "doesn")) != one) or not told and (likes != base) != one:
        return None
    if want != bool(m["verb"]) or want and m["eating"] or day[0] and (not want or day[1] == "behind") or \
            m["very"] and (told or base not in ("like", "enjoy")) or told and base in ("love", "hate"):
        return None
    verb = _FORMS[keyed(m["verb"])][0] if want else "ăn"
    how = "muốn" if want else "ghét" if base == "hate" else "rất thích" if m["very"] or base == "love" else "thích"
    said = f"{who_} {'có ' * asked}{'không ' * bool(m['not'])}{how} {verb} {_kind_vi(m['kind'])}"
    return capitalised(f"{day[0]} {said}".strip() + (" không?" if asked else stop(m["end"])))


def _lets_vi(text: str) -> str | None:
    """"Let's go out for hotpot tonight." as "Tối nay chúng ta đi ăn lẩu nhé.", "Shall we have Thai hotpot?" as
    "Chúng ta ăn lẩu Thái nhé?" (_LETS_EN); None for anything else, and a day behind."""
    m = _LETS_EN.fullmatch(text)
    if not m or bool(m["shall"]) != ("?" in m["end"]) or (day := _day_vi(m)) is None or day[1] == "behind":
        return None
    said = f"{day[0]} chúng ta {_FORMS[keyed(m['verb'])][0]} {_kind_vi(m['kind'])} nhé".strip()
    return capitalised(said + ("?" if m["shall"] else stop(m["end"])))


def _best_vi(text: str) -> str | None:
    """"Hotpot is the best in cold weather." and "Hotpot is best when it's cold." as "Trời lạnh ăn lẩu là nhất.",
    "Nothing beats beef hotpot in winter." as "Mùa đông ăn lẩu bò là nhất." (_BEST_EN); None for anything else."""
    m = _BEST_EN.fullmatch(text)
    if not m:
        return None
    return capitalised(f"{_WEATHER_VI[keyed(m['weather'])]} ăn {_kind_vi(m['kind'])} là nhất{stop(m['end'])}")
