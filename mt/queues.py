"""Queues, both ways, written whole by rule: who is in the queue or queuing for something, whether this is the queue,
where it is or ends, how long it is, please queue, who jumped the queue or not to, how long who queued, no queue or no
need to queue, and who has to queue. v8 with every other rule reads "xếp hàng" as packing or arranging rows, "hàng" as
a row, "chen" as cheating, and "queue" as a computer's queue ("hàng đợi"): "Bạn có xếp hàng không?" → "Do you have a
row?", "Đây có phải hàng không?" → "Is this a row?", "Cuối hàng ở đâu?" → "Where are the end of the row?", "Hàng dài
quá." → "It's too long.", "Vui lòng xếp hàng." → "Please arrange the row.", "Có người chen hàng." → "There was a
chener.", "Chúng tôi đã xếp hàng một tiếng." → "We ranked an hour.", "Mẹ tôi đang xếp hàng mua vé." → "My mother was
packing the shop.", "Chúng ta có phải xếp hàng không?" → "Do we pack?"; "Are you in the queue?" → "Bạn có trong hàng
đợi không?", "Is this the queue?" → "Đây có phải hàng đợi không?", "Please wait in line." → "Vui lòng đợi dòng.",
"Someone jumped the queue." → "Người ta nhảy vào hàng đợi.", "She cut in line." → "Cô ấy cắt theo dòng.", "We've been
queuing for an hour." → "Bọn mình đã đi lạc một tiếng đồng hồ.", "Do we have to queue?" → "Chúng ta có phải hàng đợi
không?", "I'm queuing for tickets." → "Tôi đang chờ vé.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) in the queue or queuing for what (FOR:
tickets of mt.tickets.KINDS, a ride of mt.waiting.RIDES, the toilet, to pay, at the counter), said or asked; whether
this is the queue or its end; where the queue is, ends, or who queues; the queue long or short ("There's a long queue."
English to Vietnamese only); please queue (here); someone or who jumped the queue ("chen hàng", "chen ngang vào hàng";
"jumped the queue", "cut in line"), "Đừng chen hàng."; how long who queued (a span of mt.spans or mt.dates.WHOLE_SPANS,
past with "đã" or a day behind of mt.dates, "rồi": have been queuing); no queue ("không có ai xếp hàng") or no need to
queue, on a day of mt.free_time.NOW; who has or needs to queue, said or asked. Left: plain queuing, "Bạn có đang xếp
hàng không?", "We're queuing." (mt/waiting.py's), "chen ngang" without "hàng" (also interrupting), "Hàng ở đâu?" and
"Hôm nay không có hàng." (goods, out of stock), "Có phải xếp hàng không?" (is it, or must we? who?), "the line" alone
(a phone line, a line of text), "cut in" and "pushed in" alone, a queue that moves, tickets (mt/tickets.py), seats
(mt/seats.py), hurrying (mt/hurry.py).
mt.phrasebook.translate tries these after mt/couples.py.

    >>> translate("Bạn có xếp hàng không?", "vi", "en"), translate("Is this the queue for tickets?", "en", "vi")
    ('Are you in the queue?', 'Đây có phải hàng mua vé không?')
"""
from __future__ import annotations

import re

from . import spans
from . import text as words
from .dates import LAST, VI_DAYS_BEHIND, WHOLE_SPANS, WHOLE_SPANS_EN
from .free_time import NOW, NOW_VI, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .text import BE_EN, SOFTENED_END, alternatives, be, be_said, capitalised, keyed
from .tickets import KINDS, KINDS_VI
from .waiting import RIDES, RIDES_VI

# tickets whose kind English says before "tickets" ("film tickets", "train tickets")
_TICKETS = {vi: en for vi, en in KINDS.items() if en in ("film", "concert", "match", "train", "bus", "coach")}
_TICKETS_VI = {en: vi for en, vi in KINDS_VI.items() if en in ("film", "movie", "concert", "match", "train", "bus",
                                                                "coach")}
_LAST_VI = {en: vi for vi, en in LAST.items()}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hàng|chen)"), "en": lazy(r"(?i:queu|\bline\b)")}

# what one queues for ("mua vé xem phim", "lên xe buýt", "đi vệ sinh", "thanh toán", "ở quầy"); _ANY_FOR without groups
_FOR = (rf"(?:để\s+)?mua\s+vé(?:\s+(?P<kind>{alternatives(_TICKETS)}))?|(?:để\s+)?(?:đợi|chờ|lên|đón)\s+"
        rf"(?P<ride>{alternatives(RIDES)})|(?:để\s+)?(?P<loo>đi\s+vệ\s+sinh|vào\s+nhà\s+vệ\s+sinh)|"
        r"(?:để\s+)?(?P<pay>thanh\s+toán|trả\s+tiền)|(?P<counter>ở\s+quầy)")
_FOR_EN = (rf"(?:for|to\s+(?:buy|get))\s+(?:the\s+)?(?:(?P<kind>{alternatives(_TICKETS_VI)})\s+)?tickets|"
           rf"for\s+(?P<ride>{alternatives(RIDES_VI)})|for\s+the\s+(?P<loo>toilets?|loo|bathroom|restroom)|"
           r"to\s+(?P<pay>pay)|(?P<counter>at\s+the\s+counter)")
_FORS = {"vi": lazy(_FOR, re.IGNORECASE), "en": lazy(_FOR_EN, re.IGNORECASE)}
_ANY_FOR, _ANY_FOR_EN = (rf"(?i:{re.sub(r'[(][?]P<[a-z]+>', '(?:', said)})" for said in (_FOR, _FOR_EN))
_WITH, _WITH_EN = (rf"(?:\s+(?P<for>{said}))?" for said in (_ANY_FOR, _ANY_FOR_EN))  # (what for, said or not)
_Q = r"(?i:xếp)\s+hàng"
_BEHIND = rf"(?i:{VI_DAYS_BEHIND})"
_BEHIND_EN = r"yesterday|last\s+(?:night|week|month|year)|the\s+day\s+before\s+yesterday"
_LINE_EN = r"in\s+(?:the\s+queue|(?:the\s+)?line)"  # ("in line", "in the queue")
_END, _STOP = r"\s*(?P<end>[.!?]*)", r"\s*(?P<end>[.!]*)"  # (said or asked; said)

# in the queue or queuing for something, said or asked ("Bạn có xếp hàng không?", "Mẹ tôi đang xếp hàng mua vé.")
_IN = lazy(rf"{WHO}\s+(?P<aux>có\s+đang|có|(?:vẫn\s+)?(?:còn\s+)?đang|vẫn(?:\s+còn)?)\s+(?:(?P<inside>(?:ở|đứng)"
           rf"\s+trong\s+hàng)|xếp\s+hàng){_WITH}(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
# whether this is the queue or its end ("Đây có phải hàng mua vé không?", "Có phải xếp hàng ở đây không?")
_THIS = lazy(rf"(?:(?P<this>(?i:đây|chỗ\s+này))\s+có\s+phải\s+(?:là\s+)?(?P<last>cuối\s+)?hàng|(?i:có)\s+phải\s+"
             rf"xếp\s+hàng){_WITH}(?P<here>\s+ở\s+đây)?\s+không{SOFTENED_END}")
# where the queue is or ends, where who queues ("Hàng mua vé ở đâu?", "Cuối hàng ở đâu?", "Tôi phải xếp hàng ở đâu?")
_WHERE = lazy(rf"(?:(?:{WHO}\s+(?P<must>phải\s+|cần\s+)?)?(?P<queue>{_Q})|(?P<last>(?i:cuối)\s+)?(?P<line>"
              rf"(?i:hàng|chỗ\s+xếp\s+hàng))){_WITH}\s+(?P<ends>kết\s+thúc\s+)?(?:là\s+)?ở\s+đâu{SOFTENED_END}")
# how long the queue is ("Hàng dài quá.", "Hàng mua vé rất dài.", "Hàng có dài không?")
_LONG = lazy(rf"(?i:hàng){_WITH}\s+(?:(?P<ask>có\s+)?(?P<adj>dài|ngắn)(?:\s+(?P<how>quá|lắm|thật))?|(?P<how0>rất|"
             rf"quá|khá)\s+(?P<adj0>dài|ngắn)){words.ASKED_END}")
# please queue ("Vui lòng xếp hàng.", "Làm ơn xếp hàng ở đây.")
_PLEASE = lazy(rf"(?i:vui\s+lòng|làm\s+ơn|xin\s+vui\s+lòng|xin\s+hãy|hãy|xin\s+mời|mời)\s+(?:(?i:các\s+bạn|bạn|"
               rf"mọi\s+người)\s+)?xếp\s+hàng{_WITH}(?P<here>\s+ở\s+đây)?(?:\s+(?:nhé|ạ))?{_STOP}")
# jumping the queue, said or told not to ("Có người chen hàng.", "Anh ấy vừa chen ngang vào hàng.", "Đừng chen hàng.")
_JUMP = r"chen\s+(?:ngang\s+)?(?:vào\s+)?hàng"
_JUMPED = lazy(rf"(?:(?P<anyone>(?i:có\s+người|ai\s+đó))|{WHO})\s+(?:(?P<aux>vừa\s+mới|vừa|mới|đã|đang)\s+)?"
               rf"{_JUMP}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_DONT = lazy(rf"(?:(?P<please>(?i:xin|vui\s+lòng|làm\s+ơn))\s+)?(?:(?i:các\s+bạn|bạn|mọi\s+người)\s+)?"
             rf"(?P<dont>(?i:đừng|không))\s+{_JUMP}(?:\s+(?:nhé|nữa))?{_STOP}")
# how long who queued ("Chúng tôi đã xếp hàng một tiếng.", "Hôm qua tôi xếp hàng mua vé hai tiếng.", "… rồi.")
_SPAN = lazy(rf"(?:(?P<day>{_BEHIND})\s+)?{WHO}\s+(?:(?P<aux>đã\s+phải|đã|phải)\s+)?xếp\s+hàng{_WITH}\s+(?:(?P<span>"
             rf"{spans.VI})|(?P<all>{alternatives(WHOLE_SPANS)}))(?:\s+(?P<for2>{_ANY_FOR}))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<day2>{_BEHIND}))?{SOFTENED_END}")
# no queue, or no need to queue ("Hôm nay không có ai xếp hàng.", "Không cần xếp hàng.", "Bạn không phải xếp hàng.")
_NOW = rf"(?i:{alternatives(NOW)})"
_NO = lazy(rf"(?:(?P<day>{_NOW})\s+)?(?:{WHO}\s+)?(?i:không)\s+(?:(?P<need>phải|cần(?:\s+phải)?)|có\s+"
           rf"(?P<none>ai))\s+xếp\s+hàng(?:\s+(?P<day2>{_NOW}))?{SOFTENED_END}")
# who has to or needs to queue ("Chúng ta phải xếp hàng.", "Tôi có cần xếp hàng không?")
_MUST = lazy(rf"{WHO}\s+(?P<ask>có\s+)?(?P<must>phải|cần)\s+xếp\s+hàng{_WITH}(?P<here>\s+ở\s+đây)?{words.ASKED_END}")

# ... and in English
_IN_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?(?P<still>\s+still)?\s+(?:(?P<inside>{_LINE_EN})|"
              rf"queu(?:e)?ing|(?:standing|waiting)\s+{_LINE_EN}){_WITH_EN}{_END}")
_THIS_EN = lazy(rf"Is\s+this\s+(?:(?P<last>the\s+end\s+of\s+)?the\s+(?P<q>queue|line)|where\s+(?:we|I)\s+queue)"
                rf"{_WITH_EN}\s*\?+")
_WHERE_EN = [lazy(rf"Where(?:['’]s|\s+is)\s+(?P<last>the\s+end\s+of\s+)?the\s+(?P<q>queue|line){_WITH_EN}\s*\?+"),
             lazy(rf"Where\s+does\s+the\s+(?P<q>queue|line){_WITH_EN}\s+end\s*\?+"),
             lazy(rf"Where\s+(?P<do>do|does)\s+{WHO_EN}\s+(?:(?P<must>have|need)\s+to\s+)?(?:queue|wait\s+in\s+"
                  rf"line){_WITH_EN}\s*\?+")]
_LONG_EN = lazy(rf"(?:(?P<be0>Is)\s+)?(?i:the)\s+(?P<q>queue|line){_WITH_EN}(?P<be>\s+is|['’]s)?\s+(?:(?P<how>very|"
                rf"so|really|too|quite)\s+)?(?P<adj>long|short){_END}")
_THERE_EN = lazy(rf"There(?:['’]s|\s+is)\s+a\s+(?:(?P<very>very\s+long|really\s+long|huge|massive)|long)\s+"
                 rf"(?P<q>queue|line){_WITH_EN}{_STOP}")
_PLEASE_EN = lazy(rf"(?:(?P<please>Please)\s+)?(?i:(?P<bare>queue)(?P<up>\s+up)?|(?:wait|stand|get)\s+{_LINE_EN}|"
                  rf"join\s+the\s+queue){_WITH_EN}(?P<here>\s+here)?(?P<please2>,?\s+please)?{_STOP}")
_JUMPED_EN = lazy(rf"(?:(?P<anyone>Someone|Somebody)|{WHO_EN})(?P<aux>\s+is|\s+am|\s+are|\s+has|\s+have|['’]s|"
                  rf"['’]m|['’]re|['’]ve)?(?P<just>\s+just)?\s+(?P<verb>jumped|jumping|cut|cutting)\s+(?:the\s+"
                  rf"(?:queue|line)|in\s+line){_STOP}")
_DONT_EN = lazy(rf"(?:(?P<please>Please)\s+)?(?i:don['’]t|do\s+not)\s+(?:jump\s+the\s+(?:queue|line)|cut\s+in\s+"
                rf"line)(?P<please2>,?\s+please)?{_STOP}")
_SPAN_EN = lazy(rf"{WHO_EN}(?:(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+been\s+(?:queu(?:e)?ing|(?:waiting|"
                rf"standing)\s+{_LINE_EN})|\s+(?P<past>queued|(?:waited|stood)\s+{_LINE_EN}|had\s+to\s+queue))"
                rf"{_WITH_EN}\s+(?:for\s+(?P<span>{spans.EN})|(?P<all>{alternatives(WHOLE_SPANS_EN)}))(?:\s+(?P<for2>"
                rf"{_ANY_FOR_EN}))?(?:\s+(?P<day>{_BEHIND_EN}))?{_STOP}")
_NO_EN = lazy(rf"There(?:['’]s\s+no|\s+is\s+no|\s+isn['’]t\s+(?:a|any))\s+(?P<need>need\s+to\s+queue|queue)"
              rf"(?:\s+(?P<day>{alternatives(NOW_VI)}))?{_STOP}")
_MUST_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+(?P<must>"
                rf"have|has|need|needs)\s+to\s+(?:queue(?:\s+up)?|wait\s+in\s+line){_WITH_EN}(?P<here>\s+here)?{_END}")


@agreement_checked
def translate(said: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a queue, who is in it, queued, jumped it or must queue; None for others."""
    said = said.strip()
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(said):
        return None
    rules = (_in, _this, _where, _long, _please, _jumped, _span, _no, _must) if src == "vi" else (
        _in_vi, _this_vi, _where_vi, _long_vi, _please_vi, _jumped_vi, _span_vi, _no_vi, _must_vi)
    return next((out for rule in rules if (out := rule(said))), None)


def _for(said: str | None, src: str) -> str | None:
    """What one queues for (_FOR, _FOR_EN) in the other language: "mua vé xem phim" as " for film tickets", "lên xe
    buýt" as " for the bus", "to pay" as " thanh toán"; "" for none said, None for one not known."""
    m = said and _FORS[src].fullmatch(" ".join(said.split()))
    if not said or not m:
        return None if said else ""
    if src == "vi":
        kind = m["kind"] and f"{_TICKETS[keyed(m['kind'])]} "
        return (f" for {RIDES[keyed(m['ride'])]}" if m["ride"] else " for the toilet" if m["loo"] else
                " to pay" if m["pay"] else " at the counter" if m["counter"] else f" for {kind or ''}tickets")
    if m["ride"]:
        ride = RIDES_VI[m["ride"].lower()]
        return f" {'đón' if ride == 'taxi' else 'lên'} {ride}"
    kind = m["kind"] and f" {_TICKETS_VI[m['kind'].lower()]}"
    return (" đi vệ sinh" if m["loo"] else " thanh toán" if m["pay"] else " ở quầy" if m["counter"] else
            f" mua vé{kind or ''}")


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _LONG or _MUST is asked; None where "có", "không" and "?" do not all agree."""
    asked = "?" in m["end"]
    return asked if asked == bool(m["asked"]) == bool(m["ask"]) else None


def _in(text: str) -> str | None:
    """"Bạn có xếp hàng không?" as "Are you in the queue?", "Mẹ tôi đang xếp hàng mua vé." as "My mother is queuing
    for tickets.", "Tôi đang ở trong hàng." as "I'm in the queue." (_IN); None for anything else, and for plain
    "đang xếp hàng" (mt/waiting.py's)."""
    m = _IN.fullmatch(text)
    if not m or (asked := "?" in m["end"]) != bool(m["asked"]) or (whom := _for(m["for"], "vi")) is None:
        return None
    aux = keyed(m["aux"])
    if aux.startswith("có") != (m["asked"] == "không") or not (m["inside"] or whom or aux == "có"):
        return None
    if (said := who(m, asked)) is None or asked and said[0] == "I":
        return None
    doing = f"{'still ' * ('vẫn' in aux or 'còn' in aux)}{'in the queue' if m['inside'] or not whom else 'queuing'}"
    if asked:
        return f"{be(said[0]).capitalize()} {said[0]} {doing}{whom}?"
    return capitalised(words.contracted(said[0], f"{be(said[0])} {doing}{whom}."))


def _this(text: str) -> str | None:
    """"Đây có phải hàng mua vé không?" as "Is this the queue for tickets?", "Có phải xếp hàng ở đây không?" as "Is
    this the queue?", "Đây có phải cuối hàng không?" as "Is this the end of the queue?" (_THIS); None for anything
    else."""
    m = _THIS.fullmatch(text)
    if not m or "?" not in m["end"] or bool(m["this"]) == bool(m["here"]) or (whom := _for(m["for"], "vi")) is None:
        return None
    return f"Is this the {'end of the ' * bool(m['last'])}queue{whom}?"


def _where(text: str) -> str | None:
    """"Hàng mua vé ở đâu?" as "Where's the queue for tickets?", "Cuối hàng ở đâu?" as "Where's the end of the
    queue?", "Hàng kết thúc ở đâu?" as "Where does the queue end?", "Tôi phải xếp hàng ở đâu?" as "Where do I have to
    queue?" (_WHERE); None for anything else, and for "Hàng ở đâu?" (goods?)."""
    m = _WHERE.fullmatch(text)
    whom = m and _for(m["for"], "vi")
    if not m or "?" not in m["end"] or m["ends"] and (m["last"] or m["queue"]) or whom is None:
        return None
    if m["ends"] or m["last"]:
        return None if "chỗ" in keyed(m["line"]) else \
            f"Where does the queue{whom} end?" if m["ends"] else f"Where's the end of the queue{whom}?"
    if m["line"] and not (whom or "chỗ" in keyed(m["line"])):
        return None
    if not (m["who"] or m["kin"] or m["given"] or m["title"]):
        return f"Where's the queue{whom}?"
    if (said := who(m, True)) is None:
        return None
    must = {"phải": " have to", "cần": " need to"}.get(keyed(m["must"] or ""), "")
    return f"Where {'does' if said[1] else 'do'} {said[0]}{must} queue{whom}?"


def _long(text: str) -> str | None:
    """"Hàng dài quá." as "The queue is so long.", "Hàng mua vé rất dài." as "The queue for tickets is very long.",
    "Hàng có dài không?" as "Is the queue long?" (_LONG); None for anything else."""
    if not (m := _LONG.fullmatch(text)) or (asked := _asked(m)) is None or (whom := _for(m["for"], "vi")) is None:
        return None
    adj = "long" if keyed(m["adj"] or m["adj0"]) == "dài" else "short"
    if asked:
        return None if m["how"] else f"Is the queue{whom} {adj}?"
    how = {"quá": "so ", "lắm": "really ", "thật": "really "}.get(keyed(m["how"] or ""), "") or \
        {"rất": "very ", "quá": "too ", "khá": "quite "}.get(keyed(m["how0"] or ""), "")
    return f"The queue{whom} is {how}{adj}{words.stop(m['end'])}"


def _please(text: str) -> str | None:
    """"Vui lòng xếp hàng." as "Please queue.", "Làm ơn xếp hàng ở đây." as "Please queue here." (_PLEASE); "Đừng
    chen hàng." as "Don't jump the queue." (_DONT); None for anything else."""
    if m := _DONT.fullmatch(text):
        if keyed(m["dont"]) == "không" and not m["please"]:
            return None
        return f"{'Please d' if m['please'] else 'D'}on't jump the queue{words.stop(m['end'])}"
    if not (m := _PLEASE.fullmatch(text)) or (whom := _for(m["for"], "vi")) is None:
        return None
    return f"Please queue{whom}{' here' * bool(m['here'])}{words.stop(m['end'])}"


def _jumped(text: str) -> str | None:
    """"Có người chen hàng." as "Someone jumped the queue.", "Anh ấy vừa chen ngang vào hàng." as "He just jumped the
    queue.", "Có người đang chen hàng." as "Someone's jumping the queue." (_JUMPED); None for anything else."""
    m = _JUMPED.fullmatch(text)
    if not m or "?" in m["end"] or (said := ("someone", True) if m["anyone"] else who(m, False)) is None:
        return None
    aux, end = keyed(m["aux"] or ""), words.stop(m["end"])
    if aux == "đang":
        return None if m["done"] else capitalised(words.contracted(said[0], f"{be(said[0])} jumping the queue{end}"))
    return capitalised(f"{said[0]} {'just ' * (aux not in ('', 'đã'))}jumped the queue{end}")


def _day(said: str | None, src: str) -> str | None:
    """A day behind (VI_DAYS_BEHIND, _BEHIND_EN) in the other language: "hôm qua" as "yesterday", "last week" as
    "tuần trước"; "" for none said, None for one not known."""
    if not said:
        return ""
    return when(said, src) or (LAST if src == "vi" else _LAST_VI).get(keyed(said))


def _span(text: str) -> str | None:
    """"Chúng tôi đã xếp hàng một tiếng." as "We queued for an hour.", "Hôm qua tôi phải xếp hàng mua vé hai tiếng."
    as "I had to queue for tickets for two hours yesterday.", "Tôi xếp hàng cả buổi sáng rồi." as "I've been queuing
    all morning." (_SPAN); None for anything else, and where the tense is not said ("Tôi xếp hàng một tiếng.")."""
    if not (m := _SPAN.fullmatch(text)) or "?" in m["end"] or m["for"] and m["for2"] or m["day"] and m["day2"]:
        return None
    whom, day, said = _for(m["for"] or m["for2"], "vi"), _day(m["day"] or m["day2"], "vi"), who(m, False)
    aux = keyed(m["aux"] or "")
    if whom is None or day is None or said is None or m["done"] and (day or "phải" in aux) or not (
            m["done"] or day or aux.startswith("đã")):
        return None
    how = f"for {spans.said(m, 'en')}" if m["span"] else WHOLE_SPANS[keyed(m["all"])]
    how = f"{how}{whom}" if whom.startswith(" to") else f"{whom.strip()} {how}".strip()
    if m["done"]:
        return capitalised(words.contracted(said[0], f"{'has' if said[1] else 'have'} been queuing {how}."))
    return capitalised(f"{said[0]} {'had to queue' if 'phải' in aux else 'queued'} {how}{f' {day}' * bool(day)}.")


def _no(text: str) -> str | None:
    """"Hôm nay không có ai xếp hàng." as "There's no queue today.", "Không cần xếp hàng." as "There's no need to
    queue.", "Bạn không phải xếp hàng." as "You don't have to queue." (_NO); None for anything else."""
    if not (m := _NO.fullmatch(text)) or "?" in m["end"] or m["day"] and m["day2"]:
        return None
    day = m["day"] or m["day2"]
    day = f" {NOW[keyed(day)]}" if day else ""
    if not (m["who"] or m["kin"] or m["given"] or m["title"]):
        return f"There's no {'queue' if m['none'] else 'need to queue'}{day}."
    if m["none"] or (said := who(m, False)) is None:
        return None
    verb = "have" if keyed(m["need"]).startswith("phải") else "need"
    return capitalised(f"{said[0]} {'doesn' if said[1] else 'don'}'t {verb} to queue{day}.")


def _must(text: str) -> str | None:
    """"Chúng ta phải xếp hàng." as "We have to queue.", "Tôi có cần xếp hàng không?" as "Do I need to queue?",
    "Chúng ta có phải xếp hàng ở đây không?" as "Do we have to queue here?" (_MUST); None for anything else."""
    if not (m := _MUST.fullmatch(text)) or (asked := _asked(m)) is None or (whom := _for(m["for"], "vi")) is None:
        return None
    if (said := who(m, asked)) is None:
        return None
    verb, here = "have" if keyed(m["must"]) == "phải" else "need", " here" * bool(m["here"])
    if asked:
        return f"{'Does' if said[1] else 'Do'} {said[0]} {verb} to queue{whom}{here}?"
    verbs = f"{'has' if verb == 'have' else 'needs'}" if said[1] else verb
    return capitalised(f"{said[0]} {verbs} to queue{whom}{here}{words.stop(m['end'])}")


def _we(m: re.Match) -> tuple[str, bool]:
    """Who of a match of WHO_EN in Vietnamese (mt.hobbies.who_vi), "we" as "chúng ta": the queue is shared."""
    said, one = who_vi(m)
    return ("chúng ta" if said == "chúng tôi" else said), one


def _in_vi(text: str) -> str | None:
    """"Are you in the queue?" as "Bạn có đang xếp hàng không?", "I'm queuing for tickets." as "Tôi đang xếp hàng mua
    vé.", "Is she still in the queue?" as "Cô ấy vẫn đang xếp hàng à?" (_IN_EN); None for anything else, plain
    queuing (mt/waiting.py's), and where "is", "am" or "are" does not agree with who."""
    if not (m := _IN_EN.fullmatch(text)) or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    (said, one), whom = who_vi(m), _for(m["for"], "en")
    if whom is None or not (m["inside"] or whom) or be_said(m["be0"] or m["be"]) != be_of(said, one):
        return None
    if not m["be0"]:
        return capitalised(f"{said} {'vẫn ' * bool(m['still'])}đang xếp hàng{whom}.")
    return capitalised(f"{said} vẫn đang xếp hàng{whom} à?" if m["still"] else f"{said} có đang xếp hàng{whom} không?")


def _this_vi(text: str) -> str | None:
    """"Is this the queue for tickets?" as "Đây có phải hàng mua vé không?", "Is this the queue?" as "Có phải xếp hàng
    ở đây không?", "Is this the end of the queue?" as "Đây có phải cuối hàng không?" (_THIS_EN); None for anything
    else, and for "the line" alone (a phone line?)."""
    if not (m := _THIS_EN.fullmatch(text)) or (whom := _for(m["for"], "en")) is None or m["q"] == "line" and not whom:
        return None
    if m["last"] or whom:
        return f"Đây có phải {'cuối ' * bool(m['last'])}hàng{whom} không?"
    return "Có phải xếp hàng ở đây không?"


def _where_vi(text: str) -> str | None:
    """"Where's the queue for tickets?" as "Xếp hàng mua vé ở đâu?", "Where does the queue end?" as "Cuối hàng ở
    đâu?", "Where do we have to queue?" as "Chúng ta phải xếp hàng ở đâu?" (_WHERE_EN); None for anything else, "the
    line" alone, and where "do" or "does" does not agree with who."""
    i, m = next(((i, m) for i, p in enumerate(_WHERE_EN) if (m := p.fullmatch(text))), (None, None))
    if not m or (whom := _for(m["for"], "en")) is None or i < 2 and m["q"] == "line" and not whom:
        return None
    if i == 1 or i == 0 and m["last"]:
        return f"Cuối hàng{whom} ở đâu?"
    if i == 0:
        return f"Xếp hàng{whom} ở đâu?"
    said, one = _we(m)
    if (m["do"] == "does") != one:
        return None
    must = {"have": " phải", "need": " cần"}.get(m["must"] or "", "")
    return capitalised(f"{said}{must} xếp hàng{whom} ở đâu?")


def _long_vi(text: str) -> str | None:
    """"The queue is very long." as "Hàng rất dài.", "Is the queue long?" as "Hàng có dài không?" (_LONG_EN); "There's
    a long queue for tickets." as "Có một hàng dài người chờ mua vé." (_THERE_EN); None for anything else, and for "the
    line" alone."""
    if m := _THERE_EN.fullmatch(text):
        whom = _for(m["for"], "en")
        if whom is None or m["q"] == "line" and not whom:
            return None
        return f"Có một hàng {'rất ' * bool(m['very'])}dài{f' người chờ{whom}' if whom else ''}{words.stop(m['end'])}"
    m = _LONG_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["how"]:
        return None
    whom, adj = _for(m["for"], "en"), "dài" if m["adj"] == "long" else "ngắn"
    if whom is None or m["q"] == "line" and not whom:
        return None
    if m["be0"]:
        return f"Hàng{whom} có {adj} không?"
    how = {"very": "rất {}", "so": "{} quá", "really": "{} lắm", "too": "quá {}", "quite": "khá {}"}.get(m["how"], "{}")
    return f"Hàng{whom} {how.format(adj)}{words.stop(m['end'])}"


def _please_vi(text: str) -> str | None:
    """"Please wait in line." as "Vui lòng xếp hàng.", "Queue here." as "Xếp hàng ở đây đi." (_PLEASE_EN); "Please
    don't jump the queue." as "Xin đừng chen hàng." (_DONT_EN); None for anything else."""
    m = _DONT_EN.fullmatch(text) or _PLEASE_EN.fullmatch(text)
    if not m or m["please"] and m["please2"]:
        return None
    please = m["please"] or m["please2"]
    if m.re == _DONT_EN:
        return f"{'Xin đ' if please else 'Đ'}ừng chen hàng{words.stop(m['end'])}"
    whom = _for(m["for"], "en")
    if whom is None or m["bare"] and not (please or m["up"] or whom or m["here"] or "!" in m["end"]):  # (a noun?)
        return None
    said = f"xếp hàng{whom}{' ở đây' * bool(m['here'])}"
    return f"Vui lòng {said}{words.stop(m['end'])}" if please else f"{capitalised(said)} đi{words.stop(m['end'])}"


def _jumped_vi(text: str) -> str | None:
    """"Someone jumped the queue." as "Có người chen hàng.", "He's just cut in line." as "Anh ấy vừa chen hàng.",
    "She's jumping the queue." as "Cô ấy đang chen hàng." (_JUMPED_EN); None for anything else, and where the verb does
    not agree with who ("He jumping", "They has jumped")."""
    if not (m := _JUMPED_EN.fullmatch(text)):
        return None
    said, one = ("có người", True) if m["anyone"] else who_vi(m)
    aux, ing = " ".join((m["aux"] or "").replace("’", "'").split()), m["verb"].endswith("ing")
    if ing != (be_said(aux) in ("is", "am", "are")) or m["just"] and ing or ing and be_said(aux) != be_of(said, one):
        return None  # ("He jumping", "He is jumped")
    if aux and not ing and aux not in (("has", "'s") if one else ("have", "'ve")):
        return None  # ("They has jumped")
    aux = "đang " if ing else "vừa " if m["just"] else "" if m["anyone"] else "đã "
    return capitalised(f"{said} {aux}chen hàng{words.stop(m['end'])}")


def _span_vi(text: str) -> str | None:
    """"We queued for an hour." as "Chúng tôi đã xếp hàng một tiếng.", "I've been queuing for tickets all morning." as
    "Tôi đã xếp hàng mua vé cả buổi sáng rồi.", "She had to queue for two hours yesterday." as "Hôm qua cô ấy đã phải
    xếp hàng hai tiếng." (_SPAN_EN); None for anything else, and where "has" does not agree with who."""
    if not (m := _SPAN_EN.fullmatch(text)) or m["have"] and m["day"] or m["for"] and m["for2"]:
        return None
    (said, one), whom, day = who_vi(m), _for(m["for"] or m["for2"], "en"), _day(m["day"], "en")
    if whom is None or day is None or m["have"] and (be_said(m["have"]) in ("is", "has")) != one:
        return None
    how = spans.said(m, "vi") if m["span"] else WHOLE_SPANS_EN[keyed(m["all"])]
    aux = "đã phải" if m["past"] and m["past"].startswith("had") else "đã"
    said = f"{said} {aux} xếp hàng{whom} {how}{' rồi' * bool(m['have'])}."
    return capitalised(f"{day} {said}" if day else said)


def _no_vi(text: str) -> str | None:
    """"There's no queue today." as "Hôm nay không có ai xếp hàng.", "There's no need to queue." as "Không cần xếp
    hàng." (_NO_EN); None for anything else."""
    if not (m := _NO_EN.fullmatch(text)):
        return None
    said = f"không {'cần' if m['need'].startswith('need') else 'có ai'} xếp hàng{words.stop(m['end'])}"
    return capitalised(f"{NOW_VI[keyed(m['day'])]} {said}" if m["day"] else said)


def _must_vi(text: str) -> str | None:
    """"Do we have to queue?" as "Chúng ta có phải xếp hàng không?", "You don't need to queue." as "Bạn không cần xếp
    hàng.", "She has to queue for the toilet." as "Cô ấy phải xếp hàng đi vệ sinh." (_MUST_EN); None for anything
    else, and where "do", "does", "has" or "needs" does not agree with who."""
    m = _MUST_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or (whom := _for(m["for"], "en")) is None:
        return None
    said, one = _we(m)
    aux = (m["do"] or m["not"] or "").lower()
    if aux and (m["must"] in ("has", "needs") or ("does" in aux) != one) or not aux and (m["must"][-1] == "s") != one:
        return None
    verb, here = "phải" if m["must"].startswith("ha") else "cần", " ở đây" * bool(m["here"])
    if m["do"]:
        return capitalised(f"{said} có {verb} xếp hàng{whom}{here} không?")
    return capitalised(f"{said} {'không ' * bool(m['not'])}{verb} xếp hàng{whom}{here}{words.stop(m['end'])}")
