"""Talking about a book or a film, both ways, written whole by rule: what it is about, how long a film is, who is in
it, who wrote or directed it, who has read or seen it (how many times, when), finished it, what it is based on, how
its ending was, and a good book or film said or asked. v8 (rules on) reads "đóng" as close, "dài" as does, "kết"
as grief, and drops "about" going into Vietnamese: "Cuốn sách đó nói về cái gì?" → "What's the book talk about?",
"Bộ phim đó dài bao lâu?" → "How long does that movie?", "Ai đóng trong bộ phim đó?" → "Who closes in that movie?",
"Ai đạo diễn bộ phim đó?" → "Who acts that movie?", "Tôi chưa đọc cuốn sách đó." → "I didn't read that book.",
"Tôi chưa đọc xong cuốn sách." → "I haven't read the book.", "Tôi đã xem xong bộ phim." → "I've done the movie.",
"Cái kết buồn quá." → "The grief is too sad.", "Cái kết của bộ phim rất buồn." → "The combination of the movie is
very sad.", "Đó là một cuốn sách hay." → "It's a book or book."; "What's the book about?" → "Cuốn sách về sao?",
"How long is the film?" → "Bộ phim thời gian là bao lâu?", "Who's in the film?" → "Ai là trong bộ phim?", "Who
directed the film?" → "Ai trực tiếp phim?", "Have you seen the film?" → "Bạn đã nhìn thấy phim chưa?", "I finished
the book last night." → "Tôi đã hoàn thành cuốn sách tối qua.", "The ending was sad." → "Việc kết thúc là buồn.",
"Is it a good book?" → "Có một cuốn sách tốt không?".

Taken: a book, novel or film of THINGS with "này", "đó", "ấy", "kia" or none ("the"; "phim" alone only with one),
or "nó" (it) where nothing else may be meant: what it is about, asked; how long a film is; who is in it, or stars
in it; who wrote or directed it; who (mt.hobbies.WHO, WHO_EN) has read or seen it ("đã", "rồi"), not yet ("chưa"),
asked ("… chưa?", "Have you …?", "Did you …?"), how many times ("hai lần", "mấy lần"), on a day behind (_DAYS:
"tối qua", "năm ngoái"), or finished it ("đọc xong", "xem xong"); what it is based on (SOURCES), said, denied or
asked; how its ending was (ENDINGS), said ("was") or asked ("Is"); and "Đó là một cuốn sách hay." (a book or film
ENDINGS calls good, boring …), said or asked. Left: "anh", "chị", "em" alone saying it (the speaker or the
listener), "Bạn có đọc … không?" (do or did?), "xem phim" alone (going to the films), a day ahead, "bao giờ" and
"từng" (mt/ever.py), reading or watching now (mt/doing_now.py), how a film was and whether it is any good
(mt/how_was.py, mt/recommendations.py), what one thinks of it (mt/agreeing.py), liking it (mt/hobbies.py), tickets
(mt/tickets.py), "What's it about?" (a talk? a meeting?), and English whose verb does not agree ("She have read").
mt.phrasebook.translate tries these after mt/fed_up.py.

    >>> translate("Bộ phim đó dài bao lâu?", "vi", "en"), translate("What's the book about?", "en", "vi")
    ('How long is that film?', 'Cuốn sách nói về gì?')
"""
from __future__ import annotations

import re

from .dates import LAST
from .free_time import placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

# a book or a film, and English's word for it (the first Vietnamese of each is written back)
THINGS = {"cuốn sách": "book", "quyển sách": "book", "cuốn tiểu thuyết": "novel", "quyển tiểu thuyết": "novel",
          "bộ phim": "film", "phim": "film"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"movie": "bộ phim"}
_THIS = {"này": "this", "đó": "that", "ấy": "that", "kia": "that"}
_THIS_VI = {"the": "", "this": " này", "that": " đó"}
# what a film or a book is based on (in Vietnamese after "dựa trên", a classifier before it or not)
SOURCES = {"tiểu thuyết": "novel", "sách": "book", "chuyện có thật": "true story", "truyện có thật": "true story",
           "chuyện thật": "true story", "truyện tranh": "comic"}
SOURCES_VI = {"novel": "cuốn tiểu thuyết", "book": "cuốn sách", "true story": "câu chuyện có thật",
              "comic": "bộ truyện tranh", "comic book": "bộ truyện tranh"}
# how an ending, a book or a film was (the first Vietnamese of each is written back)
ENDINGS = {"buồn": "sad", "bất ngờ": "surprising", "hay": "good", "tuyệt vời": "great", "tuyệt": "great",
           "khó hiểu": "confusing", "cảm động": "moving", "dở": "bad", "đáng thất vọng": "disappointing",
           "có hậu": "happy", "chán": "boring", "thú vị": "interesting", "đáng sợ": "scary", "hài hước": "funny"}
ENDINGS_VI = {en: vi for vi, en in reversed(ENDINGS.items())} | {"unexpected": "bất ngờ"}
_ENDING_ONLY = {"surprising", "confusing", "disappointing", "happy", "unexpected"}  # (not "a happy book")
# days behind on which one read or saw it (mt.free_time.when says them)
_DAYS = ("hôm qua", "tối qua", "đêm qua", "hôm kia", "sáng nay", "chiều nay", "cuối tuần trước", *LAST)
_DAYS_EN = {when(vi, "vi", LAST): vi for vi in reversed(_DAYS)}
_VERY = {"rất": "very", "khá": "quite", "thật": "so", "quá": "so", "lắm": "really"}
_VERY_VI = {"very": "rất", "really": "rất", "quite": "khá"}
_KEYS = {"vi": lazy(r"(?i:sách|phim|tiểu\s+thuyết|kết|đọc|xem|dựa|chuyển\s+thể|viết|đạo\s+diễn)"),
         "en": lazy(r"(?i:\bbook|novel|film|movie|\bending|based|\bread|seen|\bsaw|watch|wrote|directed|finish)")}

# the book or film ("cuốn sách này", "bộ phim đó", "phim ấy", "nó")
_THING = rf"(?:(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?P<this>{alternatives(_THIS)}))?|(?P<it>[Nn]ó))"
_ABOUT = lazy(rf"{_THING}\s+(?:nói|kể)\s+về\s+(?:cái\s+|điều\s+|chuyện\s+)?gì{SOFTENED_END}")
_LONG = lazy(rf"{_THING}\s+(?:kéo\s+)?dài\s+bao\s+lâu{SOFTENED_END}")
_CAST = [lazy(rf"[Aa]i\s+đóng(?P<lead>\s+vai\s+chính)?\s+(?:trong\s+)?{_THING}{SOFTENED_END}"),
         lazy(rf"{_THING}\s+có\s+(?:những\s+)?ai\s+đóng(?P<lead>\s+vai\s+chính)?{SOFTENED_END}")]
_MADE = lazy(rf"[Aa]i\s+(?:là\s+(?:người\s+)?)?(?:đã\s+)?(?P<verb>viết|đạo\s+diễn|tác\s+giả)(?:\s+của)?\s+"
             rf"{_THING}{SOFTENED_END}")
# who read or saw it, finished it, how many times, when ("Tôi đã đọc nó hai lần.", "Bạn đã xem bộ phim đó chưa?")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_READ = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>đã|chưa)\s+)?(?P<verb>đọc|xem)(?P<done>\s+xong)?"
             rf"(?:\s+{_THING})?(?:\s+(?P<n>{alternatives(VI_TO_EN)}|[1-9]|mấy)\s+lần)?(?:\s+(?P<day>{_DAY}))?"
             rf"(?:\s+(?P<yet>rồi|chưa))?{SOFTENED_END}")
_SOURCE = rf"(?:một\s+)?(?:(?:cuốn|quyển|câu|bộ)\s+)?(?P<source>{alternatives(SOURCES)})(?P<same>\s+cùng\s+tên)?"
_BASED = lazy(rf"{_THING}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:được\s+)?(?:dựa\s+(?:trên|theo)|"
              rf"chuyển\s+thể\s+từ)\s+{_SOURCE}(?:\s+(?P<asked>không))?{SOFTENED_END}")
_ENDING = lazy(rf"(?:[Cc]ái\s+kết|[Đđ]oạn\s+kết|[Kk]ết\s+thúc)(?:\s+(?:của\s+)?{_THING})?\s+(?:(?P<ask>có)\s+|"
               rf"(?P<not>không)\s+|(?P<very>rất|khá|thật)\s+)?(?P<adj>{alternatives(ENDINGS)})"
               rf"(?:\s+(?P<much>quá|lắm))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_GOOD = lazy(rf"(?P<that>Đó|Nó|Đây)\s+(?:(?P<ask>có\s+phải)\s+)?là\s+một\s+(?P<thing>(?i:{alternatives(THINGS)}))"
             rf"\s+(?:(?P<very>rất)\s+)?(?P<adj>{alternatives(ENDINGS)})(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... in English ("the book", "this film", "that movie", "it")
_THING_EN = r"(?:(?P<det>(?i:the|this|that))\s+(?P<thing>book|novel|film|movie)|(?P<it>(?i:it)))"
_ABOUT_EN = lazy(rf"What(?:['’]s|\s+is|\s+was)\s+{_THING_EN}\s+about\s*\?+")
_LONG_EN = lazy(rf"How\s+long\s+(?:is|was)\s+{_THING_EN}\s*\?+")
_CAST_EN = lazy(rf"Who(?:['’]s\s+in|\s+is\s+in|\s+was\s+in|(?P<lead>\s+stars\s+in|\s+starred\s+in))\s+"
                rf"{_THING_EN}\s*\?+")
_MADE_EN = lazy(rf"Who\s+(?P<verb>wrote|directed)\s+{_THING_EN}\s*\?+")
_DAY_EN = rf"(?:{alternatives(_DAYS_EN)})"
_READ_EN = lazy(rf"(?:(?P<how>How\s+many\s+times)\s+(?P<do0>have|has)\s+|(?P<do>Have|Has|Did)\s+)?{WHO_EN}"
                r"(?P<aux>['’]ve|['’]s|\s+have|\s+has|\s+haven['’]t|\s+hasn['’]t|\s+have\s+not|\s+has\s+not)?"
                r"(?P<already>\s+already)?\s+(?P<verb>read|seen|saw|see|watched|watch|finished|finish)"
                rf"(?:\s+(?P<ing>reading|watching))?\s+{_THING_EN}(?:\s+(?P<n>once|twice|(?P<times>"
                rf"{alternatives(EN_TO_VI)}|[1-9])\s+times))?(?:\s+(?P<day>{_DAY_EN}))?(?P<yet>\s+yet)?"
                r"\s*(?P<end>[.!?]*)")
_BASED_EN = lazy(rf"(?:(?P<be0>Is|Was)\s+)?{_THING_EN}(?P<be>\s+is|\s+was|['’]s)?(?P<not>\s+not|n['’]t)?\s+based"
                 rf"\s+on\s+(?:an?\s+(?P<source>{alternatives(SOURCES_VI)})|the\s+(?P<same>novel|book)\s+of\s+"
                 r"the\s+same\s+name)\s*(?P<end>[.!?]*)")
_ENDING_EN = lazy(rf"(?:(?P<be0>Is|Was)\s+)?(?i:the)\s+ending(?:\s+of\s+{_THING_EN})?(?P<be>\s+is|\s+was|['’]s)?"
                  rf"(?P<not>\s+not|n['’]t)?(?:\s+(?P<very>very|really|quite|so))?\s+"
                  rf"(?P<adj>{alternatives(ENDINGS_VI)})\s*(?P<end>[.!?]*)")
_GOOD_EN = lazy(rf"(?:Is\s+(?P<that0>it|that|this)|(?P<that>It|That|This)(?:['’]s|\s+is))\s+(?P<a>an?)\s+"
                rf"(?:(?P<very>very|really)\s+)?(?P<adj>{alternatives(ENDINGS_VI)})\s+(?P<thing>book|novel|"
                r"film|movie)\s*(?P<end>[.!?]*)")
_THAT = {"đó": "that", "nó": "it", "đây": "this"}
_THAT_IS = {"that": "That's", "it": "It's", "this": "This is"}
_THAT_VI = {"it": "Đó", "that": "Đó", "this": "Đây"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks or says what a book or film is about, how long, who is in it or made
    it, who read or saw it, what it is based on, how its ending was, or that it is a good one; None for any other."""
    if src == "vi":
        return _asked(text) or _read(text) or _based(text) or _ending(text) or _good(text)
    return _asked_vi(text) or _read_vi(text) or _based_vi(text) or _ending_vi(text) or _good_vi(text)


def _thing_en(m: re.Match) -> tuple[str, str] | None:
    """The thing of a match of _THING in English, and its kind: ("this book", "book"), ("the film", "film"), ("it",
    ""); None for "phim" alone ("xem phim" is going to the films)."""
    if m["it"]:
        return "it", ""
    this = keyed(m["this"] or "")
    if keyed(m["thing"]) == "phim" and not this:
        return None
    said = THINGS[keyed(m["thing"])]
    return f"{_THIS[this] if this else 'the'} {said}", "film" if said == "film" else "book"


def _thing_vi(m: re.Match) -> tuple[str, str]:
    """The thing of a match of _THING_EN in Vietnamese, and its kind: ("cuốn sách này", "book") for "this book",
    ("bộ phim", "film") for "the movie", ("nó", "") for "it"."""
    if m["it"]:
        return "nó", ""
    thing = m["thing"].lower()
    return f"{THINGS_VI[thing]}{_THIS_VI[m['det'].lower()]}", "film" if thing in ("film", "movie") else "book"


def _asked(text: str) -> str | None:
    """"Cuốn sách đó nói về cái gì?" as "What's that book about?", "Bộ phim dài bao lâu?" as "How long is the
    film?", "Ai đóng trong bộ phim đó?" as "Who's in that film?", "Ai đạo diễn bộ phim này?" as "Who directed this
    film?"; None for anything else, "nó" but who made it, and a book's length or cast."""
    for shape, m in (("about", _ABOUT.fullmatch(text)), ("long", _LONG.fullmatch(text)),
                     ("made", _MADE.fullmatch(text)), *(("cast", p.fullmatch(text)) for p in _CAST)):
        if m and "?" in m["end"] and (thing := _thing_en(m)) and (shape == "made" or not m["it"]):
            said, kind = thing
            made = shape == "made" and ("directed" if keyed(m["verb"]) == "đạo diễn" else "wrote")
            if kind != "film" and shape in ("long", "cast") or made and kind and (made == "wrote") != (kind == "book"):
                return None
            cast = "Who stars" if shape == "cast" and m["lead"] else "Who's"
            return {"about": f"What's {said} about?", "long": f"How long is {said}?", "made": f"Who {made} {said}?",
                    "cast": f"{cast} in {said}?"}[shape]
    return None


def _times(n: str | None) -> str:
    """How many times, in English: " once", " twice", " three times"; "" for none said."""
    n = VI_TO_EN.get(keyed(n), n) if n else ""
    return {"": "", "one": " once", "1": " once", "two": " twice", "2": " twice"}.get(n, f" {n} times")


def _read(text: str) -> str | None:
    """"Tôi đã đọc nó hai lần." as "I've read it twice.", "Bạn đã xem bộ phim đó chưa?" as "Have you seen that
    film?", "Tôi đọc xong cuốn sách tối qua." as "I finished the book last night.", "Tôi chưa đọc cuốn sách đó." as
    "I haven't read that book." (_READ); None for anything else, "xem" of a book, and "Tôi đọc cuốn sách đó." (do or
    did?)."""
    m = _READ.fullmatch(text)
    thing = m and (_thing_en(m) if m["thing"] or m["it"] else ("it", "") if m["n"] and m["verb"] == "đọc" else None)
    said = thing and who(m, "?" in m["end"])
    day = m and (m["day0"] or m["day"])
    if not said or m["day0"] and m["day"] or thing[1] and (thing[1] == "book") != (m["verb"] == "đọc"):
        return None
    (who_, one), (obj, kind), asked = said, thing, "?" in m["end"]
    many, aux, yet = keyed(m["n"] or "") == "mấy", m["aux"], m["yet"]
    done = bool(m["done"])
    obj = f"watching {obj}" if done and kind == "film" else obj
    pp, past = ("finished", "finished") if done else ("read", "read") if m["verb"] == "đọc" else ("seen", "saw")
    have = "has" if one else "have"
    if asked:
        if aux == "chưa" or day or (yet == "chưa") == many or m["n"] and not many:
            return None
        return f"How many times {have} {who_} {pp} {obj}?" if many else f"{have.capitalize()} {who_} {pp} {obj}?"
    if many or yet == "chưa":
        return None
    if aux == "chưa":
        return None if yet or m["n"] or day else capitalised(f"{who_} {have}n't {pp} {obj}{' yet' * done}.")
    if day:
        return capitalised(f"{who_} {past} {obj}{_times(m['n'])} {when(day, 'vi', LAST)}.")
    if not (aux or yet or done):
        return None
    return capitalised(contracted(who_, f"{have} {pp} {obj}{_times(m['n'])}."))


def _based(text: str) -> str | None:
    """"Bộ phim dựa trên một cuốn tiểu thuyết." as "The film is based on a novel.", "Nó dựa trên một câu chuyện có
    thật." as "It's based on a true story.", "Bộ phim đó có dựa trên một cuốn sách không?" as "Is that film based on
    a book?" (_BASED); None for anything else."""
    m = _BASED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (thing := _thing_en(m)):
        return None
    source = SOURCES[keyed(m["source"])]
    if m["same"] and source not in ("novel", "book"):
        return None
    source = f"the {source} of the same name" if m["same"] else f"a {source}"
    if asked:
        return f"Is {thing[0]} based on {source}?"
    is_ = f"{thing[0]} isn't" if m["not"] else contracted(thing[0], "is")
    return capitalised(f"{is_} based on {source}.")


def _ending(text: str) -> str | None:
    """"Cái kết buồn quá." as "The ending was so sad.", "Cái kết của bộ phim rất buồn." as "The ending of the film
    was very sad.", "Cái kết có bất ngờ không?" as "Is the ending surprising?" (_ENDING); None for anything else,
    "nó" ("its"), and "rất" with "lắm" or "quá"."""
    m = _ENDING.fullmatch(text)
    adj = m and keyed(m["adj"])
    asked, very = bool(m and m["asked"]), m and (m["very"] or m["much"])
    if not m or asked != ("?" in m["end"]) or m["it"] or m["very"] and m["much"] or very and (asked or m["not"]):
        return None
    if adj == "có hậu" and (very or m["ask"]) or bool(m["ask"]) > asked or asked > bool(m["ask"] or adj == "có hậu"):
        return None  # ("Cái kết có hậu không?" asks; "Cái kết có buồn." does not)
    of = ""
    if m["thing"]:
        if not (thing := _thing_en(m)):
            return None
        of = f" of {thing[0]}"
    if asked:
        return f"Is the ending{of} {ENDINGS[adj]}?"
    very = _VERY.get(keyed(very or ""), "")
    was = "wasn't" if m["not"] else "was"
    return f"The ending{of} {was} {very}{' ' * bool(very)}{ENDINGS[adj]}."


def _good(text: str) -> str | None:
    """"Đó là một cuốn sách hay." as "That's a good book.", "Đây là một bộ phim rất hay." as "This is a really good
    film.", "Đó có phải là một cuốn sách hay không?" as "Is that a good book?" (_GOOD); None for anything else."""
    m = _GOOD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["very"]:
        return None
    adj = ENDINGS[keyed(m["adj"])]
    if adj in _ENDING_ONLY:
        return None
    said = f"{'really ' * bool(m['very'])}{adj} {THINGS[keyed(m['thing'])]}"
    a = "an" if said[0] in "aeiou" else "a"
    that = _THAT[keyed(m["that"])]
    if asked:
        return f"Is {that} {a} {said}?"
    return f"{_THAT_IS[that]} {a} {said}."


def _asked_vi(text: str) -> str | None:
    """"What's the book about?" as "Cuốn sách nói về gì?", "How long is the film?" as "Bộ phim dài bao lâu?",
    "Who's in that film?" as "Bộ phim đó có những ai đóng?", "Who directed the film?" as "Ai đạo diễn bộ phim?";
    None for anything else, "it" but who made it, and a book's length or cast."""
    for shape, m in (("about", _ABOUT_EN.fullmatch(text)), ("long", _LONG_EN.fullmatch(text)),
                     ("cast", _CAST_EN.fullmatch(text)), ("made", _MADE_EN.fullmatch(text))):
        if m and (shape == "made" or not m["it"]):
            said, kind = _thing_vi(m)
            if kind != "film" and shape in ("long", "cast") or shape == "made" and kind and (
                    (m["verb"] == "wrote") != (kind == "book")):
                return None
            if shape == "made":
                return f"Ai {'viết' if m['verb'] == 'wrote' else 'đạo diễn'} {said}?"
            if shape == "cast":
                return f"Ai đóng vai chính trong {said}?" if m["lead"] else capitalised(f"{said} có những ai đóng?")
            return capitalised(f"{said} {'nói về gì' if shape == 'about' else 'dài bao lâu'}?")
    return None


def _read_vi(text: str) -> str | None:
    """"I've read it twice." as "Tôi đã đọc nó hai lần rồi.", "Have you seen the film?" as "Bạn đã xem bộ phim
    chưa?", "I finished the book last night." as "Tối qua tôi đã đọc xong cuốn sách.", "How many times have you seen
    it?" as "Bạn đã xem nó mấy lần rồi?" (_READ_EN); None for anything else, "have" or "has" not agreeing with who,
    a verb's form that does not fit, "seen" of a book, and "I read that book." (now, or before?)."""
    m = _READ_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), (thing, kind), asked = who_vi(m), _thing_vi(m), "?" in m["end"]
    do, aux, verb = (m["do"] or m["do0"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["verb"]
    aux = aux.replace("’", "'").replace(" not", "n't").lstrip("'")
    tells = [w for w in (do, aux) if w and w != "did"]
    if tells and any(w in ("has", "s", "hasn't") for w in tells) != one:
        return None  # ("She have", "Has I", "I's")
    form = "part" if do in ("have", "has") or aux else "base" if do == "did" else "past"
    if verb not in {"part": ("read", "seen", "watched", "finished"), "base": ("read", "see", "watch", "finish"),
                    "past": ("read", "saw", "watched", "finished")}[form] or asked != bool(do):
        return None
    finished = verb.startswith("finish")
    read = m["ing"] == "reading" if m["ing"] else kind == "book" if finished else verb == "read"
    if m["ing"] and not finished or finished and not (kind or m["ing"]) or kind and (kind == "book") != read:
        return None
    said = f"{'đọc' if read else 'xem'}{' xong' * finished} {thing}"
    times = "" if not m["n"] else {"once": " một lần", "twice": " hai lần"}.get(m["n"]) or \
        f" {EN_TO_VI.get(m['times'].lower(), m['times'])} lần"
    if asked:
        if m["how"]:
            return None if times or m["day"] or m["yet"] else capitalised(f"{who_} đã {said} mấy lần rồi?")
        return None if times or m["day"] or m["already"] else capitalised(f"{who_} đã {said} chưa?")
    if m["how"] or m["day"] and aux or m["yet"] and aux != "haven't" and aux != "hasn't":
        return None
    if aux.endswith("n't"):
        return None if times or m["already"] else capitalised(f"{who_} chưa {said}.")
    if m["day"]:
        return placed(f"{who_} đã {said}{times}", _DAYS_EN[m["day"].lower()], ".")
    if aux:
        return capitalised(f"{who_} đã {said}{times} rồi.")
    return capitalised(f"{who_} đã {said}{times}.") if verb != "read" or one else None


def _twice_not(m: re.Match) -> bool:
    """Whether "not" of a match is "n't" after "'s" ("It'sn't"): "It's not" and "It isn't" are English."""
    return m["be"][0] in "'’" and m["not"][0] in "nN"


def _based_vi(text: str) -> str | None:
    """"The film is based on a novel." as "Bộ phim dựa trên một cuốn tiểu thuyết.", "Is it based on a true story?"
    as "Nó có dựa trên một câu chuyện có thật không?" (_BASED_EN); None for anything else."""
    m = _BASED_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["be0"]) != asked or bool(m["be"]) == asked or m["not"] and (asked or _twice_not(m)):
        return None
    thing = _thing_vi(m)[0]
    source = f"{SOURCES_VI[m['same']]} cùng tên" if m["same"] else f"một {SOURCES_VI[keyed(m['source'])]}"
    if asked:
        return capitalised(f"{thing} có dựa trên {source} không?")
    return capitalised(f"{thing} {'không ' * bool(m['not'])}dựa trên {source}.")


def _ending_vi(text: str) -> str | None:
    """"The ending was sad." as "Cái kết buồn.", "The ending of the film was very sad." as "Cái kết của bộ phim rất
    buồn.", "Was the ending happy?" as "Cái kết có hậu không?" (_ENDING_EN); None for anything else."""
    m = _ENDING_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["be0"]) != asked or bool(m["be"]) == asked or m["it"] or (asked or m["not"]) and m["very"]:
        return None
    adj = ENDINGS_VI[m["adj"].lower()]
    if m["not"] and _twice_not(m):
        return None
    said = f"Cái kết{' của ' + _thing_vi(m)[0] if m['thing'] else ''}"
    if asked:
        return f"{said} {'' if adj == 'có hậu' else 'có '}{adj} không?"
    very = (m["very"] or "").lower()
    if very and adj == "có hậu":
        return None
    adj = f"{adj} quá" if very == "so" else f"{_VERY_VI[very]} {adj}" if very else adj
    return f"{said} {'không ' * bool(m['not'])}{adj}."


def _good_vi(text: str) -> str | None:
    """"It's a good book." as "Đó là một cuốn sách hay.", "This is a really good film." as "Đây là một bộ phim rất
    hay.", "Is it a good book?" as "Đó có phải là một cuốn sách hay không?" (_GOOD_EN); None for anything else, and
    "a" or "an" that does not fit."""
    m = _GOOD_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["that0"]) != asked or asked and m["very"] or m["adj"].lower() in _ENDING_ONLY:
        return None
    if (m["a"] == "an") != ((m["very"] or m["adj"])[0].lower() in "aeiou"):
        return None
    that = _THAT_VI[(m["that0"] or m["that"]).lower()]
    said = f"một {THINGS_VI[m['thing']]} {'rất ' * bool(m['very'])}{ENDINGS_VI[m['adj'].lower()]}"
    return f"{that} có phải là {said} không?" if asked else f"{that} là {said}."
