"""Suggesting doing something together, both ways, written whole by rule: "let's", "shall we", "why don't we", "how
about". v8 reads many as statements, "mình" as "I", and gets the doing wrong: "Mình đi ăn đi." → "I went to eat.",
"Mình về thôi." → "I'm left.", "Tối nay đi ăn lẩu không?" → "Tonight, do you want to go to a diagnosis?", "Hay là
chúng ta đi bơi?" → "Or do we go swimming?", "Tối nay chúng ta đi xem phim nhé." → "Tonight, we go to the movie.",
"Chúng ta đi dạo nhé." → "Let's walk.", "Mình đi mua sắm đi." → "I go shopping go."; "Let's go for a walk." → "Hãy đi
bộ.", "Let's go eat." → "Chúng ta hãy ăn.", "Shall we go swimming?" → "Chúng tôi đi bơi không?" (chúng tôi leaves the
listener out), "How about going to the beach tomorrow?" → "Đi biển ngày mai không?", "Let's go hiking tomorrow." →
"Chúng ta hãy giấu ngày mai." (hide), "Shall we have hotpot tonight?" → "Bọn chúng ta có khoai tây nóng tối nay
không?".

Taken: one of OUTINGS (a walk, a meal, a drink, a game, a break, going home, a taxi, the beach …) suggested by "we"
("chúng ta", "chúng mình", "bọn mình", "tụi mình", "mình cùng") before "nhé", "đi", "thôi" or "nào", or with "hãy"
("Let's …"); asked with "nhé?" or "không?" ("Shall we …?"), or without "we" ("Tối nay đi ăn lẩu không?": "Do you want to
…?", as mt.phrasebook._INVITED has the model say it); opened with "hay là" ("Why don't we …?"); "mình" alone only before
"đi", "thôi" or "nào" ("Mình đi ăn nhé." may be "I"); a day ahead read by mt.free_time.when ("tối nay", "ngày mai",
"cuối tuần này"), opening it or after the doing. English: "Let's …", "Shall we …?", "Why don't we …?", "How about
…-ing?", "What about …-ing?", with such a day after. Left: a doing not in OUTINGS, "đi" alone ("Đi thôi!", "Chúng ta đi
thôi.": the model's "Let's go"), the phrase list's ("Chúng ta đi uống cà phê nhé.", "Let's go out for dinner."), "chúng
tôi" (the listener left out), "Let's not …", "Chúng ta sẽ …" or "có …" (a plan or a question, not a suggestion), a day
behind, a reason before it ("Hôm nay trời đẹp, chúng ta đi dạo nhé."), "Mình … nhé" alone (may be "I": "Mình đi trước
nhé", I'll go first). mt.phrasebook.translate tries these after mt/orders.py.

    >>> translate("Mình đi ăn đi.", "vi", "en"), translate("Shall we go swimming?", "en", "vi")
    ("Let's go and eat.", 'Chúng ta đi bơi nhé?')
"""
from __future__ import annotations

import re

from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .text import EN_DAYS, alternatives, keyed

# what is suggested, and how English says it after "Let's" (the first Vietnamese of each is written back); a doing
# of one sure reading each way: not "nhảy" (dance, jump), "đi" alone (go, leave), "nghỉ" alone (a break, a day off)
OUTINGS = {
    "đi dạo": "go for a walk", "đi bộ": "walk", "đi bơi": "go swimming", "chạy bộ": "go running",
    "đi chạy bộ": "go running", "đạp xe": "go cycling", "đi câu cá": "go fishing", "đi leo núi": "go hiking",
    "leo núi": "go hiking", "đi cắm trại": "go camping", "cắm trại": "go camping", "đi mua sắm": "go shopping",
    "mua sắm": "go shopping", "đi chơi": "go out", "đi du lịch": "go on a trip", "đi xem phim": "go to the cinema",
    "xem phim": "watch a film", "xem ti vi": "watch TV", "xem tivi": "watch TV", "nghe nhạc": "listen to music",
    "chụp ảnh": "take a photo", "chơi bóng đá": "play football", "đá bóng": "play football",
    "chơi cầu lông": "play badminton", "chơi quần vợt": "play tennis", "chơi tennis": "play tennis",
    "chơi cờ": "play chess", "nấu ăn": "cook", "tập thể dục": "exercise",
    "ăn": "eat", "đi ăn": "go and eat", "ăn sáng": "have breakfast", "đi ăn sáng": "go for breakfast",
    "ăn trưa": "have lunch", "đi ăn trưa": "go for lunch", "ăn tối": "have dinner", "đi ăn tối": "go to dinner",
    "ăn lẩu": "have hotpot", "đi ăn lẩu": "go for hotpot", "ăn phở": "have pho", "đi ăn phở": "go for pho",
    "uống cà phê": "have a coffee", "đi uống cà phê": "go for a coffee", "đi uống bia": "go for a beer",
    "nghỉ một chút": "take a break", "nghỉ một lát": "take a break", "nghỉ giải lao": "take a break",
    "về nhà": "go home", "về": "go home", "đi về": "go home", "đi ngủ": "go to bed",
    "gọi taxi": "call a taxi", "đi taxi": "take a taxi", "bắt taxi": "get a taxi", "đi biển": "go to the beach",
    "ra biển": "go to the beach", "đi công viên": "go to the park", "ra công viên": "go to the park",
    "đi chợ": "go to the market", "đi siêu thị": "go to the supermarket", "bắt đầu": "get started",
}
OUTINGS_VI = {en: vi for vi, en in reversed(OUTINGS.items())} | {
    "go eat": "đi ăn", "go out to eat": "đi ăn", "go out and eat": "đi ăn", "go for a meal": "đi ăn",
    "go and get something to eat": "đi ăn", "go out and get something to eat": "đi ăn", "take a walk": "đi dạo",
    "go for a swim": "đi bơi", "go for a run": "chạy bộ", "go jogging": "chạy bộ", "go for a bike ride": "đạp xe",
    "go on holiday": "đi du lịch", "go to the movies": "đi xem phim", "see a film": "đi xem phim",
    "see a movie": "đi xem phim", "watch a movie": "xem phim", "play soccer": "chơi bóng đá",
    "go out for breakfast": "đi ăn sáng", "go out for lunch": "đi ăn trưa", "go out for dinner": "đi ăn tối",
    "go for dinner": "đi ăn tối", "have hot pot": "ăn lẩu", "go for hot pot": "đi ăn lẩu",
    "have a break": "nghỉ một chút", "take a short break": "nghỉ một chút", "have a rest": "nghỉ một chút",
    "go back home": "về nhà", "get a cab": "bắt taxi", "take a cab": "đi taxi", "call a cab": "gọi taxi",
    "go to the seaside": "đi biển", "start": "bắt đầu", "take a picture": "chụp ảnh", "take photos": "chụp ảnh",
    "take pictures": "chụp ảnh"}
# ... done now, ended with "thôi" when no day is said ("Chúng ta về nhà thôi.", "Chúng ta ăn thôi.", not "… nhé")
_NOW = {"ăn", "về nhà", "bắt đầu", "đi ngủ"}
_DOUBLED = {"get", "run", "swim", "shop"}  # ("getting started", "going running")


def _ing(en: str) -> str:
    """An English doing with its first verb in "-ing", as "How about" takes it: "go for a walk" → "going for a
    walk", "have lunch" → "having lunch", "get a taxi" → "getting a taxi"."""
    verb, _, rest = en.partition(" ")
    verb = verb + verb[-1] if verb in _DOUBLED else verb[:-1] if verb.endswith("e") and verb != "see" else verb
    return f"{verb}ing {rest}".strip()


_OUTINGS_EN = {keyed(en): vi for en, vi in OUTINGS_VI.items()}  # (keyed: "watch tv" typed for "watch TV")
_OUTINGS_ING = {keyed(_ing(en)): vi for en, vi in OUTINGS_VI.items()}
_TOMORROW = {"mai": "tomorrow"}  # ("Mai đi biển không?"; mt.free_time.when reads "ngày mai")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:(?<!\w)(?:ta|mình|hay|hãy)(?!\w)|không\s*\?)"),
         "en": lazy(r"(?i:let['’]s|shall\s+we|why\s+don['’]t\s+we|about)")}

# "we" with the listener ("chúng tôi" leaves the listener out, and is not taken); "mình" alone may be "I"
_WE = r"(?P<we>[Cc]húng\s+(?:ta|mình)|[Bb]ọn\s+mình|[Tt]ụi\s+mình|(?P<me>[Mm]ình))"
_SAID = lazy(rf"(?:(?P<hay>[Hh]ay(?:\s+là)?)\s+)?{DAY_OPENING}(?:{_WE}\s+)?(?:(?P<let>hãy)\s+)?"
             rf"(?:(?P<together>cùng)\s+)?(?P<doing>(?i:{alternatives(OUTINGS)})){DAY_AFTER}"
             r"(?:\s+(?P<ending>nhé|nha|nhá|đi|thôi|nào|không))?\s*(?P<end>[.!?]*)")
# ... in English: "Let's …", "Shall we …?", "Why don't we …?", "How about …-ing?"
_DOING_EN = rf"(?P<doing>(?i:{alternatives(OUTINGS_VI)}))"
_SAID_EN = [(lazy(rf"(?:[Ll]et['’]s|(?P<asked>[Ss]hall\s+we))\s+{_DOING_EN}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)"),
             _OUTINGS_EN),
            (lazy(rf"[Ww]hy\s+don['’]t\s+we\s+{_DOING_EN}{DAY_AFTER_EN}\s*(?P<end>\?+)"), _OUTINGS_EN),
            (lazy(rf"(?:[Hh]ow|[Ww]hat)\s+about\s+(?P<doing>(?i:{alternatives(_OUTINGS_ING)})){DAY_AFTER_EN}"
                  r"\s*(?P<end>\?+)"), _OUTINGS_ING)]


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that suggests doing one of OUTINGS together, or asks whether to; None for any
    other."""
    return _suggested(text) if src == "vi" else _suggested_vi(text)


def _how(m: re.Match) -> str | None:
    """How a match of _SAID suggests: "let's" ("Chúng ta đi dạo nhé.", "Mình về thôi.", "Chúng ta hãy bắt đầu."),
    "shall" ("Chúng ta đi bơi nhé?"), "want" ("Tối nay đi ăn lẩu không?": asked without who, an invitation, as
    mt.phrasebook._INVITED has the model say it), "why" ("Hay là chúng ta đi bơi?"); None for
    anything else: "Chúng ta đi dạo." (said), "Mình đi ăn nhé." (may be "I"), "Anh đi ăn không?" (not read)."""
    ending, asked = m["ending"] or "", "?" in m["end"]
    if m["hay"]:
        return "why" if asked and not m["let"] and ending in ("", "nhé", "đi") else None
    if not m["we"] or m["me"] and not m["together"]:  # (asked without who; "mình" alone, only before "đi", "thôi")
        if asked and not m["we"] and ending == "không" and keyed(m["doing"]).startswith("đi "):
            return "want"
        return "let's" if not asked and m["me"] and ending in ("đi", "thôi", "nào") else None
    if asked:
        return "shall" if ending in ("nhé", "không") and not m["let"] else None
    return "let's" if ending in ("nhé", "nha", "nhá", "đi", "thôi", "nào") or m["let"] and ending != "không" else None


def _day_en(said: str | None) -> str | None:
    """A day ahead of a match of _SAID in English, with a space before it: " tonight", " on Saturday afternoon"; ""
    for none, None for one not read or behind ("hôm qua")."""
    day = when(said, "vi", _TOMORROW)
    if day is None or BEHIND.match(day):
        return None
    return f" on {day}" if day.partition(" ")[0] in EN_DAYS else f" {day}" if day else ""


def _suggested(text: str) -> str | None:
    """"Chúng ta đi dạo nhé." as "Let's go for a walk.", "Mình đi ăn đi." as "Let's go and eat.", "Tối nay đi ăn lẩu
    không?" as "Do you want to go for hotpot tonight?", "Hay là chúng ta đi bơi?" as "Why don't we go swimming?"
    (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or (m["day0"] and m["day"]) or (how := _how(m)) is None:
        return None
    if (day := _day_en(m["day0"] or m["day"])) is None:
        return None
    doing = OUTINGS[keyed(m["doing"])]
    if how == "let's":
        return f"Let's {doing}{day}{'!' if '!' in m['end'] else '.'}"
    asked = {"shall": "Shall we", "want": "Do you want to", "why": "Why don't we"}[how]
    return f"{asked} {doing}{day}?"


def _suggested_vi(text: str) -> str | None:
    """"Let's go for a walk." as "Chúng ta đi dạo nhé.", "Shall we go swimming?" as "Chúng ta đi bơi nhé?", "Why don't
    we take a break?" as "Hay là chúng ta nghỉ một chút?", "How about going to the beach tomorrow?" as "Hay là ngày
    mai chúng ta đi biển?" (_SAID_EN); None for anything else, and for a day behind ("Let's go swimming yesterday.")."""
    kind, m, table = next(((i, m, table) for i, (p, table) in enumerate(_SAID_EN) if (m := p.fullmatch(text))),
                          (None, None, None))
    if not m or (m["day"] and BEHIND.match(m["day"])) or (day := when(m["day"], "en")) is None:
        return None
    doing = table[keyed(m["doing"])]
    said = f"chúng ta {doing}"
    if kind == 0 and not m.groupdict().get("asked"):
        ending = " thôi" if doing in _NOW and not day else " nhé"
        return placed(said, day, f"{ending}{'!' if '!' in m['end'] else '.'}") if "?" not in m["end"] else None
    if kind == 0:
        return placed(said, day, " nhé?") if "?" in m["end"] else None
    said = placed(said, day, "?")
    return f"Hay là {said[0].lower()}{said[1:]}"
