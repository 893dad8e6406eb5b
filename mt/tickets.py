"""Tickets for a film, a concert, a match, a show, a train or a bus, both ways, written whole by rule: any left, sold
out, who got, bought, booked or has them, what one costs, refunds and changes, said or asked. v8 with every other rule:
"Còn vé không?" → "Will you have a ticket?", "Vé đã bán hết rồi." → "He sold all.", "Tôi chưa mua vé." → "I don't buy
tickets.", "Tôi muốn hoàn vé." → "I want to complete my ticket.", "Vé này có hoàn được không?" → "Is this fall?", "Tôi
được hoàn tiền vé rồi." → "I'm finished my ticket.", "Đổi vé mất phí không?" → "Change ticket loss?", "Vé này không
đổi được." → "This fall is not changed.", "Anh ấy sẽ đổi vé tàu." → "He will change the ticket."; "Are there any
tickets left?" → "Có trái vé nào không?" (fruit), "Have you booked the tickets?" → "Bạn đã viết vé chưa?", "I want a
refund for my ticket." → "Tôi muốn xin tị nạn cho vé." (asylum), "Is this ticket refundable?" → "Vé này có thể được
tái tài trợ không?", "I've got a refund for my ticket." → "Tôi đã có một chiếc máy tinh lọc cho vé.", "I want to
change my ticket." → "Tôi muốn thay vé.", "Is there a fee to change the ticket?" → "Có phải để thay đổi vé không?".

Taken: tickets (KINDS: "vé xem phim", "vé tàu" …; "train tickets", "tickets for the concert"), counted or not, any
left, asked or said ("Còn vé không?", "Chỉ còn hai vé."), sold out ("Hết vé rồi."; "The concert is sold out."); who
(mt.hobbies.WHO, WHO_EN) bought, got ("mua được"), booked them (online) or has them: done ("rồi", "have"), just, past
("đã"), "sẽ", "chưa" (not yet), "không … được" (couldn't), "muốn", asked with "chưa" ("Did …?", "Have … yet?"); what a
ticket costs ("Vé xem phim bao nhiêu tiền?"); who would like a refund ("Tôi muốn hoàn vé.", "Bạn có muốn …", "Tôi có
thể … không?"), got one ("được hoàn tiền vé") or changes their own ticket (to a day ahead: "sang ngày mai"), done,
just, past, "sẽ", "chưa", asked with "chưa"; a ticket refundable or changeable, said, denied or asked ("Vé này có hoàn
được không?"), and a fee to change or refund it. Left: "Tôi mua vé." (when?), "Bạn có mua (được) vé không?" (did,
will or can?), "Bạn có vé không?", "anh", "chị", "em" alone saying it, a pet; "Tôi đã hoàn vé rồi." (asked for or
got?), "hoàn" said ahead ("Chúng tôi sẽ hoàn vé.": a seller?), "có thể" said (can or may?), "được đổi" (allowed), "Vé
này được hoàn tiền." (refunded?), another's ticket ("I want to change her ticket."); tickets to a place ("Cho tôi hai
vé đi Huế.": mt/patterns.py), "vé khứ hồi", "vé vào cửa" (the phrasebook's), "vé máy bay" (a flight), goods refunded
(mt/returns.py).
mt.phrasebook.translate tries these after mt/workouts.py.

    >>> translate("Còn vé xem phim không?", "vi", "en"), translate("The tickets are sold out.", "en", "vi")
    ('Are there any tickets left for the film?', 'Vé đã bán hết rồi.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, own_thing, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed

# what a ticket is for, in Vietnamese and English (a ride before "tickets": "train tickets", "tickets for the film")
KINDS = {"xem phim": "film", "phim": "film", "buổi hòa nhạc": "concert", "xem hòa nhạc": "concert",
         "hòa nhạc": "concert", "xem ca nhạc": "concert", "ca nhạc": "concert", "concert": "concert",
         "xem trận đấu": "match", "trận đấu": "match", "xem trận bóng đá": "football match",
         "trận bóng đá": "football match", "xem bóng đá": "football match", "bóng đá": "football match",
         "trận bóng": "football match", "xem buổi biểu diễn": "show", "buổi biểu diễn": "show", "xem biểu diễn": "show",
         "xem kịch": "play", "kịch": "play", "tàu": "train", "tàu hỏa": "train", "xe lửa": "train", "xe buýt": "bus",
         "xe khách": "coach"}
_RIDES = {"train", "bus", "coach"}
KINDS_VI = {en: vi for vi, en in reversed(KINDS.items())} | {"movie": "xem phim", "cinema": "xem phim",
                                                              "football": "xem bóng đá", "game": "xem trận đấu",
                                                              "theatre": "xem kịch", "theater": "xem kịch"}
# "film tickets", "tickets for the film"
_BEFORE_EN = {"film", "movie", "cinema", "concert", "football", "match", "theatre", "theater"} | _RIDES
_AFTER_EN = {"film", "movie", "concert", "match", "football match", "game", "show", "play"}
_ONLINE = r"(?P<online>online|qua\s+mạng|trên\s+mạng|trực\s+tuyến)"
_KEYS = {"vi": lazy(r"(?i:\bvé\b)"), "en": lazy(r"(?i:ticket|sold\s+out)")}

# the tickets ("hai vé xem phim", "vé cho buổi hòa nhạc", "vé tàu")
_TK = (rf"(?:(?P<n>(?i:{alternatives(VI_TO_EN)})|[1-9]\d?)\s+)?[Vv]é(?:\s+(?P<cho>cho\s+)?"
       rf"(?P<kind>(?i:{alternatives(KINDS)})))?")
# ... any left, asked ("Còn vé không?", "Bạn còn vé xem phim không?")
_LEFT = lazy(rf"(?:{WHO}\s+)?(?:(?:[Vv]ẫn\s+)?[Cc]òn)\s+{_TK}(?:\s+nào)?\s+không{SOFTENED_END}")
# ... said ("Vẫn còn vé.", "Chỉ còn hai vé thôi.", "Không còn vé nào.")
_LEFT_SAID = lazy(rf"(?:(?P<only>[Cc]hỉ)\s+|(?P<still>[Vv]ẫn)\s+|(?P<none>[Kk]hông)\s+)?[Cc]òn\s+{_TK}"
                  rf"(?:\s+(?P<any>nào))?(?:\s+(?:thôi|nữa))?{SOFTENER}\s*[.!]*")
# ... sold out ("Vé đã bán hết rồi.", "Hết vé rồi.", "Vé xem phim hết chưa?")
_SOLD = [lazy(rf"(?:(?:[Tt]ất\s+cả\s+)?(?:[Cc]ác\s+)?){_TK}\s+(?:đã\s+)?(?:(?:được\s+)?bán\s+)?hết(?:\s+sạch)?"
              rf"(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}"),
         lazy(rf"(?:[Đđ]ã\s+)?[Hh]ết\s+{_TK}(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")]
# who bought, got, booked or has them, and when ("Tôi mua được vé rồi.", "Bạn đã đặt vé online chưa?")
_DONE = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|chưa|không|muốn)\s+)?(?P<verb>mua|đặt|có|lấy)"
             rf"(?:\s+(?P<got>được))?\s+{_TK}(?:\s+{_ONLINE})?(?:\s+(?P<done>rồi|chưa))?{SOFTENER}\s*(?P<end>[.!?]*)")
# ... and what one costs ("Vé bao nhiêu tiền?", "Giá vé xem phim là bao nhiêu?")
_PRICE = lazy(rf"(?:[Gg]iá\s+)?{_TK}\s+(?:(?:là|giá)\s+)?bao\s+nhiêu(?:\s+tiền)?{SOFTENER}\s*\?+")
# the verbs: Vietnamese (with "được" or not) and English base, past, participle
_VERBS = {("mua", False): ("buy", "bought", "bought"), ("mua", True): ("get", "got", "got"),
          ("lấy", True): ("get", "got", "got"), ("đặt", False): ("book", "booked", "booked"),
          ("đặt", True): ("book", "booked", "booked"), ("có", False): ("have", "had", "got")}

# ... in English ("the concert tickets", "two tickets for the match", "any train tickets left")
_N_EN = rf"(?P<det>the|an?|any|some|(?i:{alternatives(EN_TO_VI)})|[1-9]\d?)"
_TK_EN = (rf"(?:{_N_EN}\s+)?(?:(?P<kind>{alternatives(_BEFORE_EN)})\s+)?(?P<tickets>tickets?)(?P<left>\s+left)?"
          rf"(?:\s+(?:for|to)\s+the\s+(?P<event>{alternatives(_AFTER_EN)}))?(?P<left2>\s+left)?")
_LEFT_EN = [lazy(rf"Are\s+there\s+(?P<still>still\s+)?{_TK_EN}\s*\?+"),
            lazy(rf"Do\s+you\s+(?P<still>still\s+)?have\s+{_TK_EN}\s*\?+")]
_LEFT_SAID_EN = lazy(rf"There(?P<be>\s+are|\s+is|['’]s)\s+(?P<only>only\s+)?(?P<still>still\s+)?(?P<none>no\s+)?"
                     rf"{_TK_EN}\s*[.!]*")
_SOLD_EN = lazy(rf"(?:(?P<be0>Are|Is)\s+)?(?:(?i:{_TK_EN})|(?i:the)\s+(?P<whole>{alternatives(_AFTER_EN)}))"
                r"(?:\s+(?P<be>are|is|have|has)|(?P<be1>['’]re|['’]s))?(?:\s+all)?\s+sold\s+out"
                r"(?:\s+(?P<yet>yet|already))?\s*(?P<end>[.!?]*)")
_AUX_EN = (r"['’]ve|['’]s|['’]ll|['’]d\s+like\s+to|\s+would\s+like\s+to|\s+wants?\s+to|\s+have|\s+has|\s+will|"
           r"\s+(?:haven|hasn|couldn|didn)['’]t|\s+(?:have|has|could|did)\s+not")
_DONE_EN = lazy(rf"(?:(?P<do>Did|Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>{_AUX_EN})?(?P<just>\s+just|\s+already)?"
                rf"\s+(?P<verb>buy|bought|get|got|book|booked|have|has)\s+{_TK_EN}(?P<online>\s+online)?"
                r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_PRICE_EN = [lazy(rf"How\s+much\s+(?P<be>is|are)\s+{_TK_EN}\s*\?+"),
             lazy(rf"How\s+much\s+(?P<be>does|do)\s+{_TK_EN}\s+cost\s*\?+")]
# what "aux" of _DONE_EN says: the tense, and whether it is said of one (None: of any)
_AUX = {"'ve": ("done", False), "have": ("done", False), "'s": ("done", True), "has": ("done", True),
        "'ll": ("will", None), "will": ("will", None), "'d like to": ("want", None), "would like to": ("want", None),
        "want to": ("want", False), "wants to": ("want", True), "haven't": ("yet", False), "have not": ("yet", False),
        "hasn't": ("yet", True), "has not": ("yet", True), "couldn't": ("couldnt", None),
        "could not": ("couldnt", None), "didn't": ("didnt", None), "did not": ("didnt", None), "": ("past", None)}
# ... the Vietnamese said, by the tense and the verb's form ({v}: "mua", "mua được", "đặt"; {t}: the tickets)
_SAID = {("past", "part"): "đã {v} {t}.", ("past", "have"): "có {t}.", ("done", "part"): "đã {v} {t} rồi.",
         ("will", "base"): "sẽ {v} {t}.", ("want", "base"): "muốn {v} {t}.", ("yet", "part"): "chưa {v} {t}.",
         ("couldnt", "base"): "không {v} được {t}.", ("didnt", "base"): "không {v} {t}.",
         ("did", "base"): "đã {v} {t} chưa?", ("have", "part"): "đã {v} {t} chưa?", ("do", "have"): "có {t} không?"}
_AUX_DO = {"did": ("did", None), "have": ("have", False), "has": ("have", True), "do": ("do", False),
           "does": ("do", True)}
_PRONOUNS_EN = {"I", "you", "he", "she", "we", "they"}  # "I'd like to" (but "my mother would like to")
_EN_VERBS = {"buy": "mua", "bought": "mua", "get": "mua được", "got": "mua được", "book": "đặt", "booked": "đặt"}

# refunds and changes: the days a ticket is changed to, and "này" after the tickets ("vé tàu này")
_AHEAD = near_days("ngày mai", "sáng mai", "chiều mai", "tối mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới")
_AHEAD_VI = {en: vi for vi, en in reversed(_AHEAD.items())}
_THIS = r"(?:\s+(?P<this>này))?"
# who would like, can, has or hasn't a refund or a change ("Tôi được hoàn tiền vé rồi.", "Bạn có muốn đổi vé không?")
_CHANGE = lazy(rf"{WHO}\s+(?:(?P<ask>có\s+)?(?P<aux>muốn|có\s+thể|đã|sẽ|chưa|vừa\s+mới|vừa|mới)\s+)?"
               rf"(?:(?P<got>được)\s+)?(?P<act>hoàn(?:\s+lại)?(?:\s+tiền)?|đổi)\s+{_TK}{_THIS}"
               rf"(?:\s+sang\s+(?P<day>{alternatives(_AHEAD)}))?(?:\s+(?P<can>được))?(?:\s+(?P<done>rồi|chưa))?"
               rf"{ASKED_END}")
# ... the tense, by (the word before the verb, "có" before it, "không" asking, "được" after, "rồi" or "chưa")
_TENSES = {(aux, 0, 0, 0, ""): tense for aux, tense in (("muốn", "want"), ("đã", "past"), ("sẽ", "will"),
           ("chưa", "yet"), ("vừa", "just"), ("vừa mới", "just"), ("mới", "just"))} | {
    ("muốn", 1, 1, 0, ""): "wantq", ("có thể", 0, 1, 0, ""): "canq", ("có thể", 0, 1, 1, ""): "canq",
    ("", 0, 1, 1, ""): "canq", ("", 0, 0, 0, "rồi"): "done", ("đã", 0, 0, 0, "rồi"): "done",
    ("", 0, 0, 0, "chưa"): "doneq", ("đã", 0, 0, 0, "chưa"): "doneq"}
# ... in English after who ({b}: the verb and the rest, {p}: its participle, {w}: what is wanted), or asked
_SAID_EN = {"want": "would like {w}.", "done": "{have} {p}.", "just": "{have} just {p}.", "past": "{p}.",
            "will": "will {b}.", "yet": "{have}n't {p} yet.", "wantq": "Would {who} like {w}?",
            "canq": "Can {who} {b}?", "doneq": "{Have} {who} {p} yet?"}
# a ticket refundable or changeable ("Vé này không đổi được."), or a fee to ("Đổi vé có mất phí không?")
_ABLE = lazy(rf"(?:(?P<fee>[Hh]oàn|[Đđ]ổi)\s+)?{_TK}{_THIS}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<pre>được\s+)?"
             rf"(?P<act>hoàn(?:\s+lại)?(?:\s+tiền)?|đổi)(?:\s+(?P<post>được))?|(?:mất|tốn)\s+(?:lệ\s+)?phí){ASKED_END}")
# ... in English: the tickets whose ("my train ticket", "this ticket", "your ticket for the film")
_MINE_EN = (rf"(?P<owner>(?i:my|your|his|her|our|their|the|this|these|a))\s+(?:(?P<kind>{alternatives(_BEFORE_EN)})"
            rf"\s+)?(?P<tickets>tickets?)(?:\s+for\s+the\s+(?P<event>{alternatives(_AFTER_EN)}))?")
_CHANGE_EN = {act: lazy(rf"(?:(?P<do>Have|Has|Did|Can|Would|Do|Does)\s+)?{WHO_EN}(?P<aux>['’]d\s+like|['’]ve|['’]s|"
                        r"['’]ll|\s+(?:would\s+like|wants?|like|have|has|will|can|(?:have|has)\s+not)|"
                        rf"\s+(?:haven|hasn)['’]t)?\s+{said}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
              for act, said in {"refund": rf"(?:(?P<to>to\s+)?(?P<v>get|got)\s+)?a\s+refund\s+(?:for|on)\s+{_MINE_EN}",
                                "change": rf"(?P<to>to\s+)?(?P<v>change|changed)\s+{_MINE_EN}(?:\s+to\s+"
                                          rf"(?P<day>{alternatives(_AHEAD_VI)}))?"}.items()}
# ... the tense, by (the word before who, the word after who, the verb's form), and which of them says "-s"
_TENSES_EN = {("", aux, form): tense for tense, form, auxes in (
    ("want", "to", ("'d like", "would like", "want", "wants")), ("done", "part", ("'ve", "have", "'s", "has")),
    ("yet", "part", ("haven't", "hasn't", "have not", "has not")), ("will", "base", ("'ll", "will")),
    ("can", "base", ("can",)), ("past", "part", ("",))) for aux in auxes} | {("have", "", "part"): "doneq",
    ("has", "", "part"): "doneq", ("did", "", "base"): "doneq", ("can", "", "base"): "canq",
    ("would", "like", "to"): "wantq", ("do", "want", "to"): "wantq", ("does", "want", "to"): "wantq"}
_ONE_EN = dict.fromkeys(("wants", "'s", "has", "hasn't", "has not", "does"), True) | dict.fromkeys(
    ("want", "'ve", "have", "haven't", "have not", "do"), False)
# ... in Vietnamese after who ({v}: the verb and the rest)
_SAID_VI = {"want": "muốn {v}.", "wantq": "có muốn {v} không?", "can": "có thể {v}.", "canq": "có thể {v} không?",
            "done": "{v} rồi.", "past": "đã {v}.", "will": "sẽ {v}.", "yet": "chưa {v}.", "doneq": "{v} chưa?"}
# ... refundable, changeable, a fee ("This ticket can't be changed."), and the verb before by whether of one (None: any)
_ABLE_EN = [lazy(rf"(?P<be>Is|Are|Can)\s+{_MINE_EN}\s+(?P<bee>be\s+)?(?P<act>refundable|changed|refunded)\s*\?+"),
            lazy(rf"{_MINE_EN}(?P<be>\s+(?:is|are|can)|['’](?:s|re))(?P<not>\s+not|n['’]t|not|['’]t)?\s+(?P<bee>be\s+)?"
                 r"(?P<non>non-)?(?P<act>refundable|changed|refunded)\s*[.!]*"),
            lazy(r"(?:(?P<ask>Is)\s+there\s+a|There(?:\s+is|['’]s)\s+(?:(?P<not>no)|a))\s+fee\s+(?:to\s+(?P<act>change|"
                 rf"refund)|for\s+(?P<ing>chang|refund)ing)\s+{_MINE_EN}\s*(?P<end>[.!?]*)")]
_BE_EN = dict.fromkeys(("is", "'s", "is not", "isn't", "'s not"), True) | dict.fromkeys(
    ("are", "'re", "are not", "aren't", "'re not"), False) | dict.fromkeys(("can", "cannot", "can not", "can't"))


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence on tickets that the module docstring says is taken; None for any other."""
    rules = (_left, _left_said, _sold, _done, _price, _change, _able) if src == "vi" else (
        _left_vi, _left_said_vi, _sold_vi, _done_vi, _price_vi, _change_vi, _able_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _tickets_en(m: re.Match, det: str = "the") -> tuple[str, str] | None:
    """The tickets of a match of _TK in English and what goes after "left" (("two tickets", " for the film")), `det`
    where none is counted ("only": none, and "one ticket"); None for "cho" before a ride ("vé cho tàu")."""
    kind = KINDS.get(keyed(m["kind"] or ""))
    if m["cho"] and kind in _RIDES:
        return None
    n = m["n"] and VI_TO_EN.get(keyed(m["n"]), m["n"])
    one = n in ("one", "1")  # ("1 vé" gave "1 tickets")
    head = ("a" if det != "only" else "one") if one else n or ("" if det == "only" else det)
    noun = f"{kind} ticket" if kind in _RIDES else "ticket"
    return f"{head} {noun}{'' if one else 's'}".strip(), f" for the {kind}" if kind and kind not in _RIDES else ""


def _left(text: str) -> str | None:
    """"Còn vé không?" as "Are there any tickets left?" (_LEFT); None for anything else, a count, who not "you"."""
    m = _LEFT.fullmatch(text)
    if not m or "?" not in m["end"] or m["n"] or (said := _tickets_en(m, "any")) is None:
        return None
    if m["who"] or m["kin"] or m["given"] or m["title"]:
        return "Do you have {} left{}?".format(*said) if (who(m, True) or ("",))[0] == "you" else None
    return "Are there {} left{}?".format(*said)


def _left_said(text: str) -> str | None:
    """"Chỉ còn một vé." as "There's only one ticket left." (_LEFT_SAID); None for anything else, "Còn vé." alone."""
    m = _LEFT_SAID.fullmatch(text)
    if not m or bool(m["n"]) == bool(m["still"] or m["none"]) or m["any"] and not m["none"] or (
            m["only"] and not m["n"]) or (said := _tickets_en(m, "only" if m["only"] else "")) is None:
        return None
    tickets, after = said
    be = "There are no" if m["none"] else "There's" if tickets.startswith(("one ", "a ")) else "There are"
    return f"{be} {'only ' * bool(m['only'])}{'still ' * bool(m['still'])}{tickets} left{after}."


def _sold(text: str) -> str | None:
    """"Vé đã bán hết rồi." as "The tickets are sold out.", asked with "chưa" (_SOLD); None for anything else."""
    m = next((m for p in _SOLD if (m := p.fullmatch(text))), None)
    asked = bool(m and m["done"] == "chưa")
    if not m or m["n"] or asked != ("?" in m["end"]) or (said := _tickets_en(m)) is None:
        return None
    return "Are {}{} sold out yet?".format(*said) if asked else capitalised("{}{} are sold out.".format(*said))


def _done(text: str) -> str | None:
    """"Tôi mua được vé rồi." as "I've got the tickets." (_DONE); None for anything else, no tense ("Tôi mua vé.")."""
    m = _DONE.fullmatch(text)
    asked = bool(m and m["done"] == "chưa")
    verbs = m and _VERBS.get((m["verb"], bool(m["got"])))
    if not m or not verbs or asked != ("?" in m["end"]) or animal(m) or (said := who(m, asked)) is None:
        return None
    aux, (who_, one), (base, past, part) = m["aux"] or "", said, verbs
    tickets = _tickets_en(m, "" if aux == "muốn" else "any" if aux == "không" else "the")
    if tickets is None or m["online"] and base in ("have", "get") or asked and who_ == "I":
        return None
    what, have = "{}{}".format(*tickets) + " online" * bool(m["online"]), "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} {part} {what} yet?" if aux in ("", "đã") else None
    if m["done"] and aux in ("", "đã") or aux in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{have} {'just ' * (aux not in ('', 'đã'))}{part} {what}."))
    if m["n"] and aux in ("chưa", "không") or m["done"] or base == "have" and aux not in ("", "chưa"):
        return None
    if aux == "muốn":  # ("Bạn muốn mua vé." said to someone is more likely asked)
        return None if who_ == "you" else capitalised(f"{who_}'d like to {base} {what}." if who_ in _PRONOUNS_EN else
                           f"{who_} would like to {base} {what}.")
    said = {"đã": f"{past} {what}", "sẽ": f"will {base} {what}", "chưa": f"{have}n't {part} {what} yet",
            "không": f"couldn't {base} {what}" if m["got"] else None,
            "": f"{have} {what}" if base == "have" and m["n"] else None}[aux]  # ("I have", not "I've")
    return capitalised(f"{who_} {said}." if aux == "" else contracted(who_, said) + ".") if said else None


def _price(text: str) -> str | None:
    """"Vé bao nhiêu tiền?" as "How much is a ticket?" (_PRICE); None for anything else, a count ("Hai vé …")."""
    m = _PRICE.fullmatch(text)
    if not m or m["n"] or (said := _tickets_en(m)) is None:
        return None
    kind = KINDS.get(keyed(m["kind"] or ""))
    return f"How much is {'a ' + kind if kind in _RIDES else 'a'} ticket{said[1]}?"


def _tickets_vi(m: re.Match) -> tuple[str, bool] | None:
    """The tickets of a match of _TK_EN in Vietnamese ("hai vé xem phim"), and whether English said one; None where
    the count and "ticket" or "tickets" disagree ("two ticket", "a tickets"), and for a ride and an event both."""
    det, one = (m["det"] or "").lower(), m["tickets"] == "ticket"
    if m["kind"] and m["event"] or det != "the" and one != (det in ("a", "an", "one", "1")):
        return None
    n = "một" if det in ("a", "an") else EN_TO_VI.get(det, det if det[:1].isdigit() else "")
    what = KINDS_VI[(m["kind"] or m["event"] or "").lower()] if m["kind"] or m["event"] else ""
    return " ".join(w for w in (n, "vé", what) if w), one


def _left_vi(text: str) -> str | None:
    """"Are there any tickets left?" as "Còn vé không?" (_LEFT_EN); None for anything else, a count, no "left"."""
    i, m = next(((i, m) for i, p in enumerate(_LEFT_EN) if (m := p.fullmatch(text))), (None, None))
    if not m or (m["det"] or "any").lower() != "any" or not (m["left"] or m["left2"] or m["still"]) or (
            tickets := _tickets_vi(m)) is None or tickets[1] or m["left"] and m["left2"]:
        return None
    return f"{'Bạn còn' if i else 'Còn'} {tickets[0]} không?"


def _left_said_vi(text: str) -> str | None:
    """"There are still tickets left." as "Vẫn còn vé." (_LEFT_SAID_EN); None for anything else, a verb not agreeing."""
    m = _LEFT_SAID_EN.fullmatch(text)
    det = (m and m["det"] or "").lower()
    counted = det not in ("", "some")
    if not m or not (m["left"] or m["left2"]) or m["left"] and m["left2"] or det in ("the", "any") or (
            m["none"] and det or not m["none"] and not (counted or m["still"]) or m["only"] and not counted):
        return None
    tickets = _tickets_vi(m)  # ("some": "Vẫn còn vé.")
    if not tickets or tickets[1] != (m["be"].strip() != "are") or det == "some" and (m["only"] or not m["still"]):
        return None
    head = "Không c" if m["none"] else "Chỉ c" if m["only"] else "Vẫn c" if m["still"] else "C"
    return f"{head}òn {tickets[0]}{' nào' * bool(m['none'])}."


def _sold_vi(text: str) -> str | None:
    """"The tickets are sold out." as "Vé đã bán hết rồi.", asked with "yet" (_SOLD_EN); None for anything else, a
    count, "The ticket is sold out.", and where "is" or "are" does not agree."""
    m = _SOLD_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"] or m["be1"]) and asked or m["left"] or (
            m["left2"] or m["yet"] and asked != (m["yet"] == "yet") or (m["det"] or "the").lower() != "the"):
        return None
    tickets = (f"vé {KINDS_VI[m['whole'].lower()]}", True) if m["whole"] else _tickets_vi(m)
    be = (m["be0"] or m["be"] or m["be1"] or "").lower().replace("’", "'")
    if tickets is None or tickets[1] != bool(m["whole"]) or be and (be in ("is", "'s", "has")) != tickets[1]:
        return None
    return capitalised(f"{tickets[0]} đã bán hết {'chưa?' if asked else 'rồi.'}")


def _done_vi(text: str) -> str | None:
    """"I've got the tickets." as "Tôi có vé rồi." (_DONE_EN, _AUX, _SAID); None else, and for a verb not agreeing."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["left"] or m["left2"] or animal(m) or (
            tickets := _tickets_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    do, verb, det, just = (m["do"] or "").lower(), m["verb"], (m["det"] or "").lower(), (m["just"] or "").strip()
    tense, of_one = _AUX_DO[do] if do else _AUX.get(aux, (None, None))
    kind = "have" if verb in ("have", "has") else "base" if verb in ("buy", "get", "book") else "part"
    said = _SAID.get((tense, kind))
    if said is None or do and aux or of_one is not None and of_one != one or verb == "has" and not (
            tense == "past" and one) or verb == "have" and tense == "past" and one:
        return None
    if just and tense not in ("done", "past") or m["yet"] and tense not in ("yet", "have") or det == "any" and tense \
            not in ("couldnt", "didnt", "did", "have", "do") or det not in ("", "any", "the") and tense in (
            "yet", "couldnt", "didnt") or m["online"] and verb not in ("buy", "bought", "book", "booked"):
        return None
    vi = "có" if verb == "got" and tense in ("done", "yet", "have") and not just else _EN_VERBS.get(verb, "")
    vi = vi.removesuffix(" được") if tense in ("will", "want", "couldnt") else vi
    if just == "just":
        said = said.replace("đã {v}", "vừa {v}").replace(" rồi.", ".")
    elif just == "already" and tense == "past":
        said = said.replace(".", " rồi.")
    said = said.replace("đã {v}", "{v}") if vi == "có" or "được" in vi and tense in ("did", "have") else said
    return capitalised(f"{who_} {said.format(v=vi, t=tickets[0] + ' qua mạng' * bool(m['online']))}")


def _price_vi(text: str) -> str | None:
    """"How much is a ticket?" as "Vé bao nhiêu tiền?" (_PRICE_EN); None else, a count, "is"/"are" not agreeing."""
    m = next((m for p in _PRICE_EN if (m := p.fullmatch(text))), None)
    if not m or m["left"] or m["left2"] or (tickets := _tickets_vi(m)) is None or (m["det"] or "").lower() not in (
            "", "a", "an", "the") or (m["be"] in ("is", "does")) != tickets[1]:
        return None
    return f"{tickets[0].removeprefix('một ')} bao nhiêu tiền?".capitalize()


def _ticket_en(m: re.Match, whose: str, many: bool = False) -> str | None:
    """The ticket of a match of _TK and _THIS in English, `whose` where no count or "này" says it ("my ticket", "this
    train ticket", "two tickets for the film", "our tickets" if `many`); None for a count with "này", "vé cho tàu"."""
    kind = KINDS.get(keyed(m["kind"] or ""))
    if m["cho"] and kind in _RIDES or m["n"] and m["this"]:
        return None
    n = m["n"] and VI_TO_EN.get(keyed(m["n"]), m["n"])
    many = n != "one" if n else many and not m["this"]
    noun, after = (f"{kind} ticket", "") if kind in _RIDES else ("ticket", f" for the {kind}" if kind else "")
    return f"{'this' if m['this'] else n or whose} {noun}{'s' * many}{after}"


def _change(text: str) -> str | None:
    """"Tôi muốn hoàn vé." as "I'd like a refund for my ticket." (_CHANGE, _TENSES); None for anything else, "được
    đổi" (allowed to), and "hoàn" but wanted or asked ("Chúng tôi sẽ hoàn vé.": a seller?)."""
    m = _CHANGE.fullmatch(text)
    tense = m and _TENSES.get((keyed(m["aux"] or ""), bool(m["ask"]), bool(m["asked"]), bool(m["can"]),
                               m["done"] or ""))
    if not tense or tense.endswith("q") != ("?" in m["end"]) or animal(m) or (
            said := who(m, tense.endswith("q"))) is None:
        return None
    change, (who_, one), asks_you = keyed(m["act"]) == "đổi", said, (said[0], tense) == ("you", "canq")
    # ("Bạn có thể hoàn vé không?" may ask the clerk; "… đổi vé không?": "the ticket"; "Would we like …?" is not asked)
    if (m["got"] if change else m["day"] or not m["got"] and (tense.rstrip("q") not in ("want", "can") or asks_you)
            ) or who_ in ("I", "we") and tense == "wantq" or (who_, tense) in (("I", "doneq"), ("you", "want")) or (
            t := _ticket_en(m, "the" if asks_you else whose_own(m, who_) or "the", who_ in ("we", "they"))) is None:
        return None
    day = f" to {_AHEAD[keyed(m['day'])]}" if m["day"] else ""
    b, p, w = (f"change {t}{day}", f"changed {t}{day}", f"to change {t}{day}") if change else (
        f"get a refund for {t}", f"got a refund for {t}", f"a refund for {t}")
    said = _SAID_EN[tense].format(b=b, p=p, w=w, who=who_, have=("have", "has")[one], Have=("Have", "Has")[one])
    if tense == "want" and who_ in _PRONOUNS_EN:
        return capitalised(f"{who_}'d like {w}.")
    return said if tense.endswith("q") else capitalised(contracted(who_, said))


def _able(text: str) -> str | None:
    """"Vé này có hoàn được không?" as "Is this ticket refundable?" (_ABLE); None for anything else, a count, "Vé
    này được hoàn tiền." (refundable or refunded?)."""
    m = _ABLE.fullmatch(text)
    # ("có" only asking, "không" only saying: "Vé này không hoàn được không?" is not "Is it refundable?")
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["not" if m["asked"] else "ask"] or m["n"] or bool(
            m["fee"]) == bool(m["act"]) or m["act"] and (bool(m["pre"]) == bool(m["post"]) or m["pre"] and not (
            m["asked"] or m["not"])) or (t := _ticket_en(m, "the")) is None:
        return None
    if m["fee"]:
        fee = f"fee to {'change' if keyed(m['fee']) == 'đổi' else 'refund'} {t}"
        return f"Is there a {fee}?" if m["asked"] else f"There's {'no' if m['not'] else 'a'} {fee}."
    can, be = ("can't", "isn't") if m["not"] else ("can", "is")
    if keyed(m["act"]) == "đổi":
        return f"Can {t} be changed?" if m["asked"] else capitalised(f"{t} {can} be changed.")
    return f"Is {t} refundable?" if m["asked"] else capitalised(f"{t} {be} refundable.")


def _ticket_vi(m: re.Match, whose: tuple[str, ...]) -> str | None:
    """The tickets of a match of _MINE_EN in Vietnamese ("vé tàu", "vé xem phim này"); None for whose not of `whose`,
    "this tickets", "these ticket", "a tickets", and a ride and an event both."""
    owner, one = m["owner"].lower(), m["tickets"] == "ticket"
    if m["kind"] and m["event"] or owner in ("this", "a") and not one or owner == "these" and one or owner not in whose:
        return None
    what = KINDS_VI[(m["kind"] or m["event"]).lower()] if m["kind"] or m["event"] else ""
    return " ".join(w for w in ("vé", what, "này" * (owner in ("this", "these"))) if w)


def _change_vi(text: str) -> str | None:
    """"I want a refund for my ticket." as "Tôi muốn hoàn vé." (_CHANGE_EN, _TENSES_EN); None for anything else,
    another's ticket ("I … her ticket"), and a verb that does not agree with who."""
    act, m = next(((act, m) for act, p in _CHANGE_EN.items() if (m := p.fullmatch(text))), (None, None))
    if not m or m["to"] and m["v"] in ("got", "changed"):
        return None
    do, aux = (m["do"] or "").lower(), " ".join((m["aux"] or "").lower().replace("’", "'").split())
    tense = _TENSES_EN.get((do, aux, "to" if m["to"] or not m["v"] else "base" if m["v"] in ("get", "change") else
                            "part"))
    who_, one = who_vi(m)
    if not tense or tense.endswith("q") != ("?" in m["end"]) or _ONE_EN.get(do or aux, one) != one or m["yet"] and (
            tense not in ("yet", "doneq")) or tense == "doneq" and who_ == "tôi" or tense == "wantq" and who_ in (
            "tôi", "chúng tôi") or animal(m):
        return None
    t = _ticket_vi(m, ("my", "your", "his", "her", "our", "their", "the", "this", "these"))
    # ("Bạn có thể đổi vé không?" asks the listener to change the speaker's ticket, "… hoàn vé không?" to refund it)
    if t is None or m["owner"].lower() not in ("this", "these") and own_thing(m, who_, one) is not True or (
            act, tense, m["owner"].lower()) == ("change", "canq", "your"):
        return None
    day = f" sang {_AHEAD_VI[keyed(m['day'])]}" if act == "change" and m["day"] else ""
    v = f"đổi {t}{day}" if act == "change" else f"hoàn {t}" if tense in ("want", "wantq") or (tense, who_) == (
        "canq", "tôi") else f"được hoàn tiền {t}"
    return capitalised(f"{who_} {_SAID_VI[tense].format(v=v)}")


def _able_vi(text: str) -> str | None:
    """"Is this ticket refundable?" as "Vé này có hoàn được không?" (_ABLE_EN); None for anything else, another's
    ticket, and "is", "are", "be" not agreeing."""
    i, m = next(((i, m) for i, p in enumerate(_ABLE_EN) if (m := p.fullmatch(text))), (None, None))
    if not m or (t := _ticket_vi(m, ("the", "this", "these") + ("a", "my", "your", "our") * (i == 2))) is None or (
            i == 2 and bool(m["ask"]) != ("?" in m["end"])):  # ("There's a fee …?", "Is there a fee … .")
        return None
    said = m.groupdict()
    verb = "đổi" if (said["act"] or said["ing"]).startswith("chang") else "hoàn"
    if i == 2:
        return f"{verb.capitalize()} {t} " + ("có mất phí không?" if said["ask"] else
                                              f"{'không ' * bool(said['not'])}mất phí.")
    be = _BE_EN.get(" ".join((said["be"] + (said.get("not") or "")).lower().replace("’", "'").split()), "?")
    if be == "?" or (be is None) != bool(said["bee"]) or (be is None) == (m["act"] == "refundable") or (
            be is not None and be != (m["tickets"] == "ticket") or said.get("not") and said.get("non")):
        return None
    denied = bool(said.get("not") or said.get("non"))
    return capitalised(f"{t} có {verb} được không?" if i == 0 else f"{t} {'không ' * denied}{verb} được.")
