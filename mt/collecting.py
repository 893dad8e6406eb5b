"""Collecting things as a hobby, both ways, written whole by rule: who collects what (stamps, coins, antique clocks,
postcards, models, vinyl records …), likes collecting it, did as a child or used to, how long they have been at it,
how many they have collected, and who has a collection. v8 (every other rule on) reads "sưu tầm" into the past and
its things as anything, and "collect" as "thu thập" (gathering data): "Anh tôi sưu tầm tem." → "My brother collected
stamps.", "Bố tôi thích sưu tầm đồng hồ cổ." → "My father likes collecting the shareholders.", "Bạn có sưu tầm gì
không?" → "What do you collect?", "Hồi nhỏ tôi sưu tầm tem." → "I collected stamps.", "Lan sưu tầm mô hình ô tô." →
"The scam of the car model.", "Bạn sưu tầm tem bao lâu rồi?" → "How long do you collect the importance?", "Bà tôi có
một bộ sưu tập tem." → "My grandfather has a stamp collection."; "My brother collects stamps." → "Em tôi thu thập
tem.", "My grandmother collects old coins." → "Bà tôi thu thập đồng nghiệp cũ." (colleagues), "I used to collect
stamps." → "Tôi từng dùng để thu thập tem.", "We don't collect vinyl records any more." → "Chúng tôi không thu thập
được những kỷ lục vinyl thêm.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked, "anh", "chị", "em" alone only asking) collecting one or
more of THINGS ("sưu tầm tem và bưu thiếp"): said, denied, no longer ("không còn … nữa"), still ("vẫn", "còn"), now
("đang"), asked ("có … không?"), "gì" (anything; "… gì?": what); liking it ("thích", "rất thích", "mê"); as a child
(mt.childhood.AS_A_CHILD, AS_A_CHILD_EN, AS_CHILDREN_EN) or used to ("Trước đây", "Ngày xưa", "Hồi trước"); how long
("được mười năm rồi": months and years; "bao lâu rồi?"), how many of COUNTED collected ("đã … được hơn 500 con tem",
"rồi"; "bao nhiêu … rồi?"); who has (a large) collection of them. Left: "từng sưu tầm" (once, or used to?: as
mt/childhood.py leaves "từng" with a doing), "sưu tầm" alone or of anything not in THINGS ("sưu tầm tài liệu":
gathering documents), "đồng hồ" with no "cổ" (clocks or watches?), "records" alone in English (of data?), "bộ sưu
tập" of fashion, a day or the future ("sẽ"), counts without "rồi" or "đã" ("sưu tầm được 500 con tem": can?), one
thing counted ("1 con tem"), "còn" said (still, or also: "Ngoài tem, tôi còn sưu tầm tiền xu.") and "còn … gì"
(anything else?), shells and bottle caps "being collected" in English (picked up), "I collected stamps." with no time
(as a child, or last year?), "When I was little" (mt/childhood.py reads it of other doings), a collection's own size
("Bộ sưu tập của tôi rất lớn."), and anything else, to the model; liking other hobbies is mt/hobbies.py's.
mt.phrasebook.translate tries these after mt/betting.py.

    >>> translate("Anh tôi sưu tầm tem.", "vi", "en"), translate("I used to collect stamps.", "en", "vi")
    ('My brother collects stamps.', 'Trước đây tôi sưu tầm tem.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN, AS_CHILDREN_EN
from .hobbies import WHO, WHO_EN, animal, be_agrees, be_of, joined, listed, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .spans import ABOUT, ABOUT_EN, COUNTS
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed, present, stop

# things collected: English, many, and English before "collection" where it says one ("a stamp collection"; None:
# "a collection of antique clocks"); the first Vietnamese of each English is written back
THINGS = {"tem": ("stamps", "stamp"), "tem thư": ("stamps", "stamp"), "tem cũ": ("old stamps", None),
          "tiền xu": ("coins", "coin"), "đồng xu": ("coins", "coin"), "tiền xu cũ": ("old coins", None),
          "tiền xu cổ": ("antique coins", None), "tiền cổ": ("antique coins", None),
          "tiền giấy": ("banknotes", "banknote"), "tiền giấy cũ": ("old banknotes", None),
          "đồng hồ cổ": ("antique clocks", None), "bưu thiếp": ("postcards", "postcard"), "mô hình": ("models", None),
          "mô hình ô tô": ("model cars", "model car"), "mô hình xe hơi": ("model cars", "model car"),
          "mô hình máy bay": ("model planes", "model plane"), "đĩa than": ("vinyl records", "record"),
          "truyện tranh": ("comics", "comic"), "sách cũ": ("old books", None), "búp bê": ("dolls", "doll"),
          "vỏ sò": ("seashells", "seashell"), "gấu bông": ("teddy bears", "teddy bear"), "đồ cổ": ("antiques", None),
          "nắp chai": ("bottle caps", "bottle cap"), "tranh": ("paintings", None)}
THINGS_VI = {en: vi for vi, (en, _) in reversed(THINGS.items())} | {
    "model aeroplanes": "mô hình máy bay", "model airplanes": "mô hình máy bay", "vinyl": "đĩa than",
    "comic books": "truyện tranh", "shells": "vỏ sò"}
_ONE_VI = {one: vi for vi, (_, one) in reversed(THINGS.items()) if one} | {
    "vinyl": "đĩa than", "vinyl record": "đĩa than", "comic book": "truyện tranh", "shell": "vỏ sò"}
# things counted, with the word Vietnamese counts them by (the first of each English is written back)
COUNTED = {"con tem": ("stamp", "stamps"), "đồng xu": ("coin", "coins"), "tấm bưu thiếp": ("postcard", "postcards"),
           "đĩa than": ("vinyl record", "vinyl records"), "chiếc đĩa than": ("vinyl record", "vinyl records"),
           "cuốn truyện tranh": ("comic", "comics"), "con búp bê": ("doll", "dolls"), "mô hình": ("model", "models")}
COUNTED_VI = {many: vi for vi, (_, many) in reversed(COUNTED.items())}
_LIKES = {"thích": "like", "rất thích": "really like", "mê": "love"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích"}
# things English says are "being collected" where they are picked up ("The kids are collecting shells.": nhặt)
_PICKED_UP = lazy(r"(?i)\b(?:sea)?shells\b|\bbottle\s+caps\b")
_SIZES = {"lớn": "large", "rất lớn": "very large", "khá lớn": "fairly large", "đồ sộ": "huge"}
_SIZES_VI = {en: vi for vi, en in _SIZES.items()} | {"big": "lớn", "very big": "rất lớn"}
_LONG_EN_VI = {en: vi for vi, en in reversed(COUNTS.items())} | {"a": "một", "an": "một"}
_MANY_WHO = {"we", "they", "chúng tôi", "họ"}  # (as children, not as a child)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sưu\s+tầm|sưu\s+tập)"), "en": lazy(r"(?i:collect)")}

_THINGS = rf"(?P<things>{joined(rf'(?i:{alternatives(THINGS)})', 'và')})"
_BEFORE = r"(?P<before>[Tt]rước\s+(?:đây|kia)|[Nn]gày\s+xưa|[Hh]ồi\s+trước)"
# who collects ("Anh tôi sưu tầm tem.", "Bạn có sưu tầm gì không?", "Hồi nhỏ tôi sưu tầm tem.")
_COLLECT = lazy(rf"(?:(?:(?P<child0>{AS_A_CHILD})|{_BEFORE})\s*,?\s+)?{WHO}(?:\s+(?P<child1>{AS_A_CHILD}))?"
                r"\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<not>không)(?P<nolonger>\s+còn)?"
                rf"\s+)?(?:(?P<ing>đang)\s+)?(?:(?P<likes>{alternatives(_LIKES)})\s+)?sưu\s+tầm\s+(?:{_THINGS}|"
                rf"(?P<what>gì)(?P<all>\s+cả)?)(?:\s*,?\s+(?P<child2>{AS_A_CHILD}))?(?:\s+(?P<more>nữa))?"
                rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# how long ("Tôi sưu tầm tiền xu cũ được mười năm rồi.", "Bạn sưu tầm tem bao lâu rồi?")
_LONG = rf"(?P<many>\d{{1,2}}|(?i:{alternatives(COUNTS)}))\s+(?P<long>tháng|năm)"
_HOW_LONG = lazy(rf"{WHO}\s+(?:đã\s+)?sưu\s+tầm\s+{_THINGS}\s+(?:được\s+(?:(?P<about>{alternatives(ABOUT)})\s+)?"
                 rf"{_LONG}|(?:được\s+)?(?P<how>bao\s+lâu))\s+rồi{SOFTENED_END}")
# how many ("Tôi đã sưu tầm được hơn 500 con tem.", "Bạn sưu tầm được bao nhiêu con tem rồi?")
_N = rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,5}}|(?i:{alternatives(set(VI_TO_EN) - {'một'})}))"
_COUNT = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?sưu\s+tầm\s+được\s+(?:(?P<about>{alternatives(ABOUT)})\s+)?"
              rf"(?:{_N}|(?P<how>bao\s+nhiêu))\s+(?P<counted>(?i:{alternatives(COUNTED)}))(?:\s+(?P<done>rồi))?"
              rf"{SOFTENED_END}")
# a collection had ("Bà tôi có một bộ sưu tập tem.", "Bạn có bộ sưu tập tem không?")
_HAS = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:một\s+)?bộ\s+sưu\s+tập\s+{_THINGS}"
            rf"(?:\s+(?P<size>{alternatives(_SIZES)}))?(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... and in English
_THINGS_EN = rf"(?P<things>{joined(rf'(?i:{alternatives(THINGS_VI)})', 'and')})"
_CHILD_EN = rf"(?:\s+(?:(?P<child>{AS_A_CHILD_EN})|(?P<children>{AS_CHILDREN_EN})))?"
_NOT_EN = r"(?P<not>don['’]t|doesn['’]t|didn['’]t|do\s+not|does\s+not|did\s+not)"
_LIKING_EN = r"(?P<likes>likes|liked|like|loves|loved|love|enjoys|enjoyed|enjoy)\s+collecting"
# each verb's form: its base, whether said of one ("collects"), whether past ("collected")
_FORMS = {form: (base, form.endswith("s"), form.endswith("d")) for base in ("collect", "like", "love", "enjoy")
          for form in (base, f"{base}s", f"{base}d" if base.endswith("e") else f"{base}ed")}
_COLLECT_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Are|Is|Am)\s+)?{WHO_EN}(?:\s+{_NOT_EN}|\s+(?P<nolonger>no\s+longer)|"
                   r"(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re))?(?:\s+(?P<still>still))?(?:\s+(?P<used>used\s+to|"
                   rf"use\s+to))?\s+(?:{_LIKING_EN}|(?P<verb>collects|collected|collecting|collect))\s+(?:{_THINGS_EN}|"
                   rf"(?P<any>anything)){_CHILD_EN}(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+(?P<q>do|does|did)\s+{WHO_EN}(?:\s+(?P<used>use\s+to))?\s+(?:(?P<likes>like|love|enjoy)\s+"
                rf"collecting|(?P<verb>collect)){_CHILD_EN}\s*\?+")
_AUX_EN = r"(?P<aux>\s+has|\s+have|['’]s|['’]ve)"
_ABOUT_EN = rf"(?:(?P<about>{alternatives(ABOUT_EN)})\s+)?"
_LONG_EN = (rf"(?P<many>\d{{1,2}}|(?i:{alternatives(_LONG_EN_VI)}))\s+(?P<long>months?|years?)")
_HOW_LONG_EN = lazy(rf"(?:How\s+long\s+(?P<q>have|has)\s+)?{WHO_EN}{_AUX_EN}?\s+been\s+collecting\s+"
                    rf"{_THINGS_EN}(?:\s+for\s+{_ABOUT_EN}{_LONG_EN})?\s*(?P<end>[.!?]*)")
_N_EN = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}}|(?i:{alternatives(set(EN_TO_VI) - {'one'})}))"
_COUNT_EN = lazy(rf"(?:How\s+many\s+(?P<counted0>{alternatives(COUNTED_VI)})\s+(?P<q>have|has)\s+)?{WHO_EN}{_AUX_EN}?"
                 rf"(?:\s+(?P<already>already))?\s+collected(?:\s+{_ABOUT_EN}{_N_EN}\s+"
                 rf"(?P<counted>{alternatives(COUNTED_VI)}))?(?:\s+(?P<so_far>so\s+far))?\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|\s+(?:do|does)\s+not\s+have|"
               r"\s+(?:don|doesn)['’]t\s+have|['’]s\s+got|['’]ve\s+got)?\s+(?P<a>an?)\s+(?:(?P<size>"
               rf"{alternatives(_SIZES_VI)})\s+)?(?:(?P<one>{alternatives(_ONE_VI)})\s+collection|collection\s+of\s+"
               rf"{_THINGS_EN})\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who collects what, likes to, did as a child or used to, for
    how long, how many, or has a collection; None for any other."""
    if src == "vi":
        return _collect(text) or _how_long(text) or _count(text) or _has(text)
    text = text.replace("’", "'")
    return _collect_vi(text) or _what_vi(text) or _how_long_vi(text) or _count_vi(text) or _has_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one, as mt.hobbies.who; None for a pet (people collect), and for
    "I" asked ("Tôi có sưu tầm tem không?" is a slip, not a question)."""
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _person_vi(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one, as mt.hobbies.who_vi; None for a pet, and "I" asked."""
    said = None if animal(m) else who_vi(m)
    return None if not said or asked and said[0] == "tôi" else said


def _things(said: str, lang: str) -> str:
    """Things of _THINGS (`lang` "vi") in English, or of _THINGS_EN ("en") in Vietnamese: "tem và bưu thiếp" as
    "stamps and postcards"."""
    if lang == "vi":
        return listed(said, {keyed(vi): en for vi, (en, _) in THINGS.items()}, {"và": "and"})[0]
    return listed(said, {keyed(en): vi for en, vi in THINGS_VI.items()}, {"and": "và"})[0]


def _collect(text: str) -> str | None:
    """"Anh tôi sưu tầm tem." as "My brother collects stamps.", "Bạn có sưu tầm gì không?" as "Do you collect
    anything?", "Bố tôi thích sưu tầm đồng hồ cổ." as "My father likes collecting antique clocks.", "Hồi nhỏ tôi sưu
    tầm tem." as "I collected stamps as a child.", "Trước đây tôi sưu tầm tem." as "I used to collect stamps."
    (_COLLECT); None for anything else, and where the asking words do not agree."""
    m = _COLLECT.fullmatch(text)
    times = [bool(m[g]) for g in ("child0", "before", "child1", "child2", "ing")] if m else []
    if not m or times.count(True) > 1:
        return None
    asked, q = bool(m["asked"]), "?" in m["end"]
    what = m["what"] and not (asked or m["ask"] or m["not"])
    if asked != q and not what or what and not q or m["ask"] and not asked or asked and not (m["ask"] or m["still"]):
        return None
    if m["still"] == "còn" and (not asked or m["what"]):
        return None  # (said, "còn" is still or also; "còn sưu tầm gì không?" asks for anything else)
    if m["not"] and (asked or m["still"]) or m["nolonger"] and not m["more"] or m["more"] and not m["not"] or \
            m["all"] and not m["not"] or m["what"] and not (asked or m["not"] or what):
        return None
    said = _person(m, asked or bool(what))
    if said is None:
        return None
    time = "child" if m["child0"] or m["child1"] or m["child2"] else "before" if m["before"] else \
        "ing" if m["ing"] else "now"
    mood = "what" if what else "asked" if asked else "more" if m["more"] else "denied" if m["not"] else "said"
    things = "" if what else "anything" if m["what"] else _things(m["things"], "vi")
    return _english(*said, time, _LIKES[keyed(m["likes"])] if m["likes"] else "", mood, things, bool(m["still"]),
                    m["end"])


def _english(who_: str, one: bool, time: str, likes: str, mood: str, things: str, still: bool, end: str) -> str | None:
    """Who collects `things` (or likes, "like", "really like", "love", collecting them) in English, at `time` ("now",
    "child", "before", "ing") and in `mood` ("said", "asked", "denied", "more": no longer, "what"); None for a shape
    English would say otherwise ("really" asked, "still" as a child)."""
    verb, rest = (likes.split()[-1], f"collecting {things}".strip()) if likes else ("collect", things)
    if likes == "really like" and mood != "said" or still and (time != "now" or mood in ("denied", "more")):
        return None
    if (mood == "said" or likes) and things == "anything":
        return None  # ("Tôi sưu tầm gì." is no sentence; "thích sưu tầm gì không?" is left)
    kids = "as children" if who_ in _MANY_WHO else "as a child"
    if time == "now":
        if mood == "what":
            return f"What {'does' if one else 'do'} {who_} {'still ' * still}{verb}{' ' * bool(rest)}{rest}?"
        more = " any more" if mood == "more" else ""
        adverb = "still " if still else "really " if likes == "really like" else ""
        return present(who_, one, verb, rest + more, mood == "asked", mood in ("denied", "more"), end, adverb)
    if mood == "more" or likes and time == "ing":
        return None
    said = f"{verb}{' ' * bool(rest)}{rest}"
    really = "really " if likes == "really like" else ""  # (said only: "I really liked …", "I used to really like …")
    if time == "ing":
        be_ = be_of("tôi" if who_ == "I" else who_, one)
        if mood == "asked":
            return f"{be_.capitalize()} {who_} {said.replace('collect', 'collecting', 1)}?"
        return None if mood != "said" else \
            capitalised(f"{contracted(who_, f'{be_} collecting {rest}')}{stop(end)}")
    if time == "before":
        return {"said": f"{capitalised(who_)} used to {really}{said}{stop(end)}", "asked": f"Did {who_} use to {said}?",
                "what": f"What did {who_} use to {said}?"}.get(mood)
    if mood == "what":
        return f"What did {who_} {said} {kids}?"
    if mood == "asked":
        return f"Did {who_} {said} {kids}?"
    if mood == "denied":
        return capitalised(f"{who_} didn't {said} {kids}{stop(end)}")
    return capitalised(f"{who_} {really}{verb + 'd' if verb.endswith('e') else verb + 'ed'} {rest} {kids}{stop(end)}")


def _how_long(text: str) -> str | None:
    """"Tôi sưu tầm tiền xu cũ được mười năm rồi." as "I've been collecting old coins for ten years.", "Bạn sưu tầm
    tem bao lâu rồi?" as "How long have you been collecting stamps?" (_HOW_LONG); None for anything else."""
    m = _HOW_LONG.fullmatch(text)
    said = m and bool(m["how"]) == ("?" in m["end"]) and _person(m, bool(m["how"]))
    if not said:
        return None
    (who_, one), things = said, _things(m["things"], "vi")
    have = "has" if one else "have"
    if m["how"]:
        return f"How long {have} {who_} been collecting {things}?"
    n, unit = COUNTS.get(keyed(m["many"]), m["many"]), "month" if m["long"] == "tháng" else "year"
    long = f"a {unit}" if n in ("one", "1") else f"{n} {unit}s"
    about = f"{ABOUT[keyed(m['about'])]} " if m["about"] else ""
    return capitalised(f"{contracted(who_, f'{have} been collecting {things} for {about}{long}')}{stop(m['end'])}")


def _count(text: str) -> str | None:
    """"Tôi đã sưu tầm được hơn 500 con tem." as "I've collected over 500 stamps.", "Bạn sưu tầm được bao nhiêu con
    tem rồi?" as "How many stamps have you collected?" (_COUNT); None for anything else, and a count with neither
    "đã" nor "rồi" ("sưu tầm được 500 con tem": what one can do?)."""
    m = _COUNT.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or not (m["did"] or m["done"]) or m["how"] and m["about"] or \
            m["n"] == "1":
        return None  # (one thing counted: "1 con tem" is no count of a collection)
    said = _person(m, bool(m["how"]))
    if said is None:
        return None
    (who_, one), counted = said, COUNTED[keyed(m["counted"])][1]
    have = "has" if one else "have"
    if m["how"]:
        return f"How many {counted} {have} {who_} collected?"
    # (English writes a comma in a figure of five digits: "12,345")
    n = VI_TO_EN.get(keyed(m["n"])) or (f"{int(m['n']):,}" if m["n"].isdigit() else m["n"].replace(".", ","))
    about = f"{ABOUT[keyed(m['about'])]} " if m["about"] else ""
    return capitalised(f"{contracted(who_, f'{have} collected {about}{n} {counted}')}{stop(m['end'])}")


def _has(text: str) -> str | None:
    """"Bà tôi có một bộ sưu tập tem." as "My grandmother has a stamp collection.", "Bạn có bộ sưu tập tem không?" as
    "Do you have a stamp collection?", "Mẹ tôi có một bộ sưu tập đĩa than rất lớn." as "My mother has a very large
    record collection." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"]:
        return None
    said = _person(m, asked)
    if said is None:
        return None
    things = keyed(m["things"])
    size = f"{_SIZES[keyed(m['size'])]} " if m["size"] else ""
    one = THINGS[things][1] if things in THINGS else None
    collection = f"{size}{one} collection" if one else f"{size}collection of {_things(m['things'], 'vi')}"
    return present(*said, "have", f"{'an' if collection[0] in 'aeiou' else 'a'} {collection}", asked,
                   bool(m["not"]), m["end"])


def _collect_vi(text: str) -> str | None:
    """"My brother collects stamps." as "Anh trai tôi sưu tầm tem.", "Do you collect anything?" as "Bạn có sưu tầm gì
    không?", "My father likes collecting antique clocks." as "Bố tôi thích sưu tầm đồng hồ cổ.", "I collected stamps
    as a child." as "Hồi nhỏ tôi sưu tầm tem.", "I used to collect stamps." as "Trước đây tôi sưu tầm tem."
    (_COLLECT_EN); None for anything else, and where a verb does not agree with who or the time."""
    m = _COLLECT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    q, nt = (m["q"] or "").lower(), " ".join((m["not"] or "").lower().replace("n't", " not").split())
    said = _person_vi(m, bool(q))
    if said is None or m["children"] and said[0] not in _MANY_WHO or m["child"] and said[0] in _MANY_WHO:
        return None
    who_, one = said
    verb, likes = (m["verb"] or "").lower(), (m["likes"] or "").lower()
    word = verb or likes
    base, s_form, past = _FORMS.get(word, (None, False, False))
    vi_likes = likes and _liking_vi(base, not (q or nt))
    doing = f"{vi_likes} sưu tầm" if likes else "sưu tầm"
    if m["any"] and (vi_likes or not (q or nt)):
        return None  # ("I collected anything as a child." is no sentence)
    things = "gì" if m["any"] else _things(m["things"], "en")
    if m["child"] or m["children"]:  # as a child: past said, "Did …?" or "didn't" with the base
        ok = not (m["be"] or m["still"] or m["used"] or m["nolonger"] or m["more"]) and (
            past and not (q or nt) or (q == "did" or nt == "did not") and word == base)
        return _vietnamese(who_, "child", doing, things, "asked" if q else "denied" if nt else "said") if ok else None
    if m["used"]:
        ok = not (m["be"] or m["still"] or m["nolonger"] or m["more"] or nt) and word == base and (
            q == "did" and m["used"].startswith("use ") or not q and m["used"].startswith("used"))
        return _vietnamese(who_, "before", doing, things, "asked" if q else "said") if ok else None
    if q in ("are", "is", "am") or m["be"]:
        ok = verb == "collecting" and not (nt or m["nolonger"] or m["still"] or m["more"]) and \
            be_agrees(m, q or m["be"]) and bool(q) != bool(m["be"]) and not _PICKED_UP.search(m["things"] or "")
        return _vietnamese(who_, "ing", doing, things, "asked" if q else "said") if ok else None
    if past or verb == "collecting" or q == "did" or nt == "did not" or m["more"] and not (nt or m["nolonger"]):
        return None
    does = (q or nt.split(" ")[0]) if q or nt else ""
    if does and (word != base or (does == "does") != one) or not does and s_form != one:
        return None
    if m["still"] and (nt or m["nolonger"]) or vi_likes and (m["nolonger"] or m["more"]):
        return None
    mood = "asked" if q else "more" if m["nolonger"] or m["more"] else "denied" if nt else "said"
    return _vietnamese(who_, "now", doing, things, mood, bool(m["still"]))


def _liking_vi(base: str, said: bool) -> str:
    """Liking (`base` "like", "enjoy", "love") in Vietnamese, "love" as "rất thích" `said` and as "mê" asked or denied
    ("có rất thích … không?", "không rất thích" are not said)."""
    return "mê" if base == "love" and not said else _LIKES_VI[base]


def _vietnamese(who_: str, time: str, doing: str, things: str, mood: str, still: bool = False) -> str:
    """Who collects (`doing`: "sưu tầm", "thích sưu tầm") `things` ("gì" for anything or what) in Vietnamese, at `time`
    ("now", "child", "before", "ing") and in `mood` ("said", "asked", "denied", "more": no longer, "what")."""
    opening = {"child": "Hồi nhỏ ", "before": "Trước đây "}.get(time, "")
    who_ = who_ if opening else capitalised(who_)
    doing = f"đang {doing}" if time == "ing" else doing
    if mood == "what":
        return f"{opening}{who_} {doing} gì?"
    if mood == "asked":
        return f"{opening}{who_} {'còn' if still else 'có'} {doing} {things} không?"
    if mood == "more":
        return f"{opening}{who_} không còn {doing} {things} nữa."
    if mood == "denied":
        return f"{opening}{who_} không {doing} {things}{' cả' * (things == 'gì')}."
    return f"{opening}{who_} {'vẫn ' * still}{doing} {things}."


def _what_vi(text: str) -> str | None:
    """"What do you collect?" as "Bạn sưu tầm gì?", "What did you collect as a child?" as "Hồi nhỏ bạn sưu tầm gì?",
    "What does she like collecting?" as "Cô ấy thích sưu tầm gì?" (_WHAT_EN); None for anything else."""
    m = _WHAT_EN.fullmatch(text)
    said = m and _person_vi(m, True)
    if not said or m["children"] and said[0] not in _MANY_WHO or m["child"] and said[0] in _MANY_WHO:
        return None
    time = "child" if m["child"] or m["children"] else "before" if m["used"] else "now"
    if (m["q"] == "did") != (time != "now") or m["q"] == "does" and not said[1] or m["q"] == "do" and said[1]:
        return None
    doing = f"{_liking_vi(m['likes'], False)} sưu tầm" if m["likes"] else "sưu tầm"
    return _vietnamese(said[0], time, doing, "gì", "what")


def _has_agrees(m: re.Match, one: bool) -> bool:
    """Whether "has", "have" or "does" of a match of _HOW_LONG_EN, _COUNT_EN or _HAS_EN agrees with who (`one`)."""
    first = ((m["q"] or "") + (m["aux"] or "")).strip().lower().split(" ")[0]
    return first.startswith(("has", "does", "'s", "doesn")) == one


def _how_long_vi(text: str) -> str | None:
    """"I've been collecting old coins for ten years." as "Tôi sưu tầm tiền xu cũ được mười năm rồi.", "How long have
    you been collecting stamps?" as "Bạn sưu tầm tem bao lâu rồi?" (_HOW_LONG_EN); None for anything else, and where
    "has" or "years" does not agree."""
    m = _HOW_LONG_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["many"]) or bool(m["q"]) == bool(m["aux"]):
        return None
    said = _person_vi(m, bool(m["q"]))
    if said is None or not _has_agrees(m, said[1]):
        return None
    who_, things = capitalised(said[0]), _things(m["things"], "en")
    if m["q"]:
        return f"{who_} sưu tầm {things} bao lâu rồi?"
    many = m["many"].lower()
    if (many in ("a", "an", "one", "1")) == m["long"].endswith("s") or many == "an":
        return None
    about = f"{ABOUT_EN[keyed(m['about'])]} " if m["about"] else ""
    unit = "tháng" if m["long"].startswith("month") else "năm"
    return f"{who_} sưu tầm {things} được {about}{_LONG_EN_VI.get(many, many)} {unit} rồi{stop(m['end'])}"


def _count_vi(text: str) -> str | None:
    """"I've collected over 500 stamps." as "Tôi đã sưu tầm được hơn 500 con tem.", "How many stamps have you
    collected?" as "Bạn đã sưu tầm được bao nhiêu con tem rồi?" (_COUNT_EN); None for anything else."""
    m = _COUNT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["n"]) or bool(m["q"]) == bool(m["aux"]) \
            or m["q"] and m["already"] or m["n"] == "1":
        return None
    said = _person_vi(m, bool(m["q"]))
    if said is None or not _has_agrees(m, said[1]):
        return None
    who_ = capitalised(said[0])
    if m["q"]:
        return f"{who_} đã sưu tầm được bao nhiêu {COUNTED_VI[m['counted0']]} rồi?"
    n = EN_TO_VI.get(m["n"].lower()) or m["n"].replace(",", ".")
    about = f"{ABOUT_EN[keyed(m['about'])]} " if m["about"] else ""
    done = " rồi" if m["so_far"] or m["already"] else ""  # ("so far": "… được … rồi")
    return f"{who_} đã sưu tầm được {about}{n} {COUNTED_VI[m['counted']]}{done}{stop(m['end'])}"


def _has_vi(text: str) -> str | None:
    """"My grandmother has a stamp collection." as "Bà tôi có một bộ sưu tập tem.", "Do you have a collection of
    antique clocks?" as "Bạn có bộ sưu tập đồng hồ cổ không?", "She has a huge record collection." as "Cô ấy có một
    bộ sưu tập đĩa than đồ sộ." (_HAS_EN); None for anything else, and where "has" or "a" does not agree."""
    m = _HAS_EN.fullmatch(text)
    aux = " ".join((m and m["aux"] or "").split())
    if not m or bool(m["q"]) != ("?" in m["end"]) or not aux or m["q"] and aux != "have":
        return None
    said = _person_vi(m, bool(m["q"]))
    if said is None or not _has_agrees(m, said[1]) or m["q"] and said[1] != (m["q"] == "Does"):
        return None
    vowel = (m["size"] or m["one"] or "collection")[0].lower() in "aeiou"
    if (m["a"] == "an") != vowel:
        return None
    things = _ONE_VI[m["one"].lower()] if m["one"] else _things(m["things"], "en")
    size = f" {_SIZES_VI[keyed(m['size'])]}" if m["size"] else ""
    who_ = capitalised(said[0])
    if m["q"]:
        return f"{who_} có bộ sưu tập {things}{size} không?"
    nt = "not" in aux or "n't" in aux
    return f"{who_} {'không có' if nt else 'có một'} bộ sưu tập {things}{size}{stop(m['end'])}"
