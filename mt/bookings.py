"""Booking a table, a room or a hotel, a reservation and cancelling it, both ways, written whole by rule. v8 (the
rules on) reads "đặt" as put, "book" as a book, "booking" as account books, "reservation" as conservation: "Tôi muốn
hủy đặt phòng." → "I want to cancel the book a room.", "Tôi muốn hủy đặt chỗ." → "I want to cancel my place.", "Tôi
có cần đặt trước không?" → "Do I need to put in front?", "Tôi đã đặt chỗ rồi." → "I've put it.", "Chúng tôi đã đặt
hai phòng." → "We put two rooms.", "Khách sạn đã kín phòng." → "The hotel closed the room."; "Have you booked a
table?" → "Bạn đã đã đặt một bàn chưa?", "I'd like to cancel my booking." → "Tôi muốn hủy bỏ sổ sách.", "Do I need to
book in advance?" → "Tôi có cần cuốn sách trước không?", "We booked two rooms." → "Chúng tôi cuốn sách hai phòng.",
"Is the hotel fully booked?" → "Khách sạn có quyển sách đầy đủ không?".

Taken: who (mt.hobbies.WHO, WHO_EN) booking a table, a room (double, single, hotel) or a hotel, making a reservation
("đặt chỗ") or cancelling one ("hủy đặt phòng", "cancel my booking"): "muốn", "có muốn … không?", "(không) cần", "có cần
… không?", "nên", "có nên … không?", "sẽ", "có thể … không?", "đã", "rồi", "vừa", "mới", "chưa", "… chưa?" and the
English of each; how many (mt.numbers), for how many people and nights, in advance ("trước"), under a name; a time
(mt.dates.clock) and a day (mt.free_time.when) after "cho" (for), or where the booking is made now ("muốn", "có thể");
tickets needed or to be booked ("Chúng ta cần đặt vé trước."); "Có cần đặt trước không?" of no one; who has a
reservation ("Tôi có đặt chỗ trước (không?)"); a hotel, a restaurant or "we" fully booked. Left: a plain verb ("Tôi đặt
bàn.": now, or a habit?), "anh", "chị", "em" alone saying it, "Bạn muốn đặt bàn." (asked?), "Bạn có đặt bàn không?"
(did, or will?), a day or time that may be when the booking is made ("Tôi đã đặt bàn tối nay.", "Bạn có thể đặt bàn ngày
mai không?"), tickets otherwise (mt/tickets.py), a taxi (mt/taxis.py), a haircut (mt/haircuts.py), "Tôi muốn đặt phòng
cho hai người." and "Còn phòng trống không?" (the phrasebook's), ordering ("đặt hàng", "đặt món"), anything else.
mt.phrasebook.translate tries these after mt/papers.py.

    >>> translate("Tôi muốn hủy đặt phòng.", "vi", "en"), translate("Have you booked a table?", "en", "vi")
    ("I'd like to cancel my room booking.", 'Bạn đã đặt bàn chưa?')
"""
from __future__ import annotations

import re

from . import dates
from .free_time import OPENS, when
from .hobbies import WHO, WHO_EN, own_thing, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import his_her
from .text import EN_WHOSE, SOFTENER, alternatives, capitalised, keyed, strip_marks

# what is booked (the first Vietnamese of each is written back; "chỗ", a reservation, and "vé" are read apart)
THINGS = {"bàn": "table", "phòng đôi": "double room", "phòng đơn": "single room", "phòng khách sạn": "hotel room",
          "phòng": "room", "khách sạn": "hotel"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())}
# ... and a booking of it cancelled ("hủy đặt phòng": "cancel my room booking")
_BOOKINGS = {"phòng": "room booking", "phòng khách sạn": "hotel booking", "khách sạn": "hotel booking",
             "bàn": "table booking", "chỗ": "booking"}
_BOOKINGS_VI = {"room": "phòng", "hotel": "phòng khách sạn", "hotel room": "phòng khách sạn", "table": "bàn", "": "chỗ"}
_KEYS = {"vi": lazy(r"(?i:đặt|kín|hết\s+(?:phòng|chỗ|bàn))"),
         "en": lazy(r"(?i:book|reserv|fully)")}

_N = rf"(?:(?i:{alternatives(VI_TO_EN)})|[1-9]\d?)"
_TIME = (r"(?:\d{1,2}(?:[:h]\d{2})?(?:\s*giờ(?:\s+rưỡi|\s+\d{1,2}(?:\s+phút)?)?)?|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|"
         r"chín|mười(?:\s+một|\s+hai)?)\s+giờ(?:\s+rưỡi)?)(?:\s+(?:sáng|trưa|chiều|tối))?")
_NAME = r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)"
# what follows the thing booked: in advance, for how many people and nights, at a time, for a day, under a name
_EXTRAS = (rf"(?P<ahead>\s+trước)?(?:\s+cho\s+(?P<people>{_N})\s+người)?(?:\s+(?:cho\s+|trong\s+)?(?P<nights>{_N})"
           rf"\s+đêm)?(?:\s+(?P<for_t>cho\s+)?lúc\s+(?P<time>{_TIME}))?(?:\s+(?P<for_d>cho\s+)?(?P<day>{OPENS}"
           rf"[^,.!?]*?))?(?:\s+(?:dưới|với|bằng)\s+tên\s+{_NAME})?(?P<ahead2>\s+trước)?")
_BOOK = lazy(
    rf"(?P<subj>{WHO})\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|chưa|muốn|cần|nên|không\s+cần)\s+|(?P<ask>có)\s+"
    rf"(?P<aux2>muốn|cần|nên|thể)\s+|(?P<has>có)\s+)?(?P<cancel>hủy\s+(?:bỏ\s+)?(?:việc\s+)?)?đặt(?P<ahead0>\s+trước)?"
    rf"(?:\s+(?:(?P<n>{_N})\s+)?(?P<thing>(?i:{alternatives(THINGS)}|chỗ|vé)))?{_EXTRAS}"
    rf"(?:\s+(?P<done>rồi|chưa))?(?:\s+(?P<asked>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
# ... said of no one ("Có cần đặt trước không?", "Không cần đặt bàn trước đâu.")
_NEED = lazy(rf"(?:(?P<ask>(?i:có))\s+|(?P<no>(?i:không))\s+)?(?i:cần)\s+(?:phải\s+)?đặt(?P<ahead0>\s+trước)?"
             rf"(?:\s+(?P<thing>{alternatives(THINGS)}|chỗ))?(?P<ahead>\s+trước)?(?:\s+(?P<asked>không))?"
             rf"(?:\s+đâu)?{SOFTENER}\s*(?P<end>[.!?]*)")
# a hotel or a restaurant fully booked ("Khách sạn đã kín phòng.", "Nhà hàng tối nay hết chỗ rồi.")
_DAY_VI = r"(?i:tối\s+nay|hôm\s+nay|ngày\s+mai|cuối\s+tuần\s+này)"
_FULL = lazy(rf"(?:(?P<day1>{_DAY_VI})\s*,?\s+)?(?P<place>(?i:khách\s+sạn|nhà\s+hàng|chúng\s+tôi))(?:\s+"
             rf"(?P<this>này))?(?:\s+(?P<day0>{_DAY_VI}))?\s+(?:(?P<ask>có)\s+|đã\s+)?(?:(?:kín|hết)\s+"
             r"(?P<what>phòng|chỗ|bàn)|(?:được\s+)?đặt\s+(?:kín|hết)(?:\s+(?P<what2>phòng|chỗ|bàn))?)"
             rf"(?:\s+(?P<done>rồi|chưa))?(?:\s+(?P<asked>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
_PLACES = {"khách sạn": ("hotel", "phòng chỗ"), "nhà hàng": ("restaurant", "bàn chỗ"),
           "chúng tôi": ("", "phòng chỗ bàn")}

# ... in English ("a table for two", "two rooms for three nights", "a reservation", "my booking")
_N_EN = rf"(?:(?i:{alternatives(EN_TO_VI)})|[1-9]\d?)"
_DAY_EN = (r"(?P<day>tonight|today|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|"
           r"evening|weekend)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|"
           r"night))?|next\s+(?:week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))")
_OBJ_EN = (rf"(?:\s+(?:(?P<n>an?|{_N_EN})\s+)?(?P<thing>(?i:{alternatives(THINGS_VI)})|tickets?)(?P<s>s)?|"
           rf"\s+(?P<resv>a\s+(?:reservation|booking))|\s+(?P<owner>my|your|his|her|our|their|the)\s+(?:(?P<kind>"
           r"hotel\s+room|hotel|room|table)\s+)?(?:booking|reservation))?")
_TAIL_EN = (rf"(?P<ahead0>\s+in\s+advance|\s+ahead)?(?:\s+for\s+(?P<people>{_N_EN})(?P<ppl>\s+people)?(?!\s+nights?))?"
            rf"(?:\s+for\s+(?P<nights>an?|{_N_EN})\s+night(?P<ns>s)?)?(?:\s+at\s+(?P<time>\d{{1,2}}(?::\d{{2}})?"
            rf"(?:\s*[ap]\.?m\.?|\s+o['’]clock)?|(?i:{alternatives(EN_TO_VI)}|eleven|twelve)(?:\s+o['’]clock)?))?"
            rf"(?:\s+(?P<for_d>for\s+)?{_DAY_EN})?(?:\s+under\s+(?:the\s+name\s+(?:of\s+)?)?{_NAME})?"
            r"(?P<ahead>\s+in\s+advance|\s+ahead)?(?P<yet>\s+yet|\s+already)?(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_VERB_EN = r"(?P<verb>book|booked|reserve|reserved|make|made|cancel|cancell?ed)"
_BOOK_EN = lazy(
    rf"{WHO_EN}(?P<aux>['’]d\s+like\s+to|\s+would\s+like\s+to|\s+wants?\s+to|\s+needs?\s+to|\s+(?:don['’]t|"
    r"doesn['’]t|do\s+not|does\s+not)\s+need\s+to|\s+should|['’]ll|\s+will|['’]ve|['’]s|\s+have|\s+has|\s+(?:haven|"
    rf"hasn)['’]t|\s+(?:have|has)\s+not)?(?P<just>\s+just|\s+already)?\s+{_VERB_EN}{_OBJ_EN}{_TAIL_EN}")
_ASK_EN = lazy(rf"(?P<q>Would|Do|Does|Should|Can|Could|Have|Has|Did)\s+{WHO_EN}(?P<qaux>\s+like\s+to|"
               rf"\s+need\s+to)?(?P<just>\s+just|\s+already)?\s+{_VERB_EN}{_OBJ_EN}{_TAIL_EN}")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<hv>have|has)\s+a\s+(?:reservation|booking){_TAIL_EN}")
_FULL_EN = lazy(r"(?:(?P<q>Is)\s+)?(?:(?P<det>[Tt]he|[Tt]his)\s+(?P<place>hotel|restaurant)|(?P<we>We))"
                r"(?P<be>\s+is|['’]s|\s+are|['’]re)?(?P<yet>\s+already)?\s+fully\s+booked(?:\s+(?P<day>tonight|"
                r"today|tomorrow|this\s+weekend))?\s*(?P<end>[.!?]*)")

# the tense of the English, by its words: the Vietnamese then said ({w} who, {v} the verb and what follows it)
_VI = {"want": "{w} muốn {v}.", "would_q": "{w} có muốn {v} không?", "need": "{w} cần {v}.",
       "need_q": "{w} có cần {v} không?", "no_need": "{w} không cần {v}.", "should": "{w} nên {v}.",
       "should_q": "{w} có nên {v} không?", "will": "{w} sẽ {v}.", "can_q": "{w} có thể {v} không?",
       "past": "{w} đã {v}.", "done": "{w} đã {v} rồi.", "just": "{w} vừa {v}.", "not_yet": "{w} chưa {v}.",
       "done_q": "{w} đã {v} chưa?"}
# ... and in English ({s} "-s" of one, {do} "do" or "does", {have} "have" or "has")
_EN = {"want": "{w} would like to {base}{rest}.", "would_q": "Would {w} like to {base}{rest}?",
       "need": "{w} need{s} to {base}{rest}.", "need_q": "{Do} {w} need to {base}{rest}?",
       "no_need": "{w} {do}n't need to {base}{rest}.", "should": "{w} should {base}{rest}.",
       "should_q": "Should {w} {base}{rest}?", "will": "{w} will {base}{rest}.", "can_q": "Can {w} {base}{rest}?",
       "past": "{w} {past}{rest}.", "done": "{w} {have} {past}{rest}.", "just": "{w} {have} just {past}{rest}.",
       "not_yet": "{w} {have}n't {past}{rest} yet.", "done_q": "{Have} {w} {past}{rest} yet?"}
_NOW = {"want", "would_q", "can_q"}  # (a booking made now: a time or day said is what is booked, not when)
_NEEDS = {"need", "need_q", "no_need", "should", "should_q"}  # (tickets only so: the rest is mt/tickets.py's)
_SHORT = lazy(r"^(I|you|he|she|we|they) (would|will|have|has) ")
_CONTRACTED = {"would": "'d", "will": "'ll", "have": "'ve", "has": "'s"}
_LONG = {"d": "would", "ll": "will", "ve": "have", "s": "has"}
# the English words before the verb, written out ("'ve" "have", "doesn't" "does not"), of any who: the tense
_AUX_EN = {"would like to": "want", "want to": "want", "need to": "need", "do not need to": "no_need", "should":
           "should", "will": "will", "have": "done", "have not": "not_yet", "": "past"}
_BASE = {"wants": "want", "needs": "need", "does": "do", "has": "have"}  # (said of one; the rest of anyone else)
_ASKED = {"would": "would_q", "do": "need_q", "does": "need_q", "should": "should_q", "can": "can_q",
          "could": "can_q", "have": "done_q", "has": "done_q", "did": "done_q"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence on booking a table or a room, a reservation, cancelling one, booking in
    advance or a place fully booked; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _booked(text) or _need(text) or _full(text)
    return _booked_vi(text) or _have_vi(text) or _full_vi(text)


def _tense(m: re.Match) -> str | None:
    """The tense of a match of _BOOK, a key of _EN: "want" for "muốn", "done_q" for "… chưa?"; None for a plain
    verb, and where how it is asked and its end disagree."""
    aux, done, q = keyed(m["aux"] or ""), m["done"], "?" in m["end"]
    if m["ask"]:
        ok = m["asked"] and q and not done
        return ok and {"muốn": "would_q", "cần": "need_q", "nên": "should_q", "thể": "can_q"}[m["aux2"]] or None
    if m["has"] and m["asked"] and q and not done and not m["cancel"] and keyed(m["thing"] or "") == "chỗ":
        return "has_q"  # ("Bạn có đặt chỗ trước không?": do you have a reservation?)
    if m["asked"] or q != (done == "chưa") or done and aux not in ("", "đã", "vừa", "mới", "vừa mới"):
        return None
    if done:
        return "done_q" if done == "chưa" else "done" if aux in ("", "đã") else "just"
    if m["has"]:  # ("Tôi có đặt bàn.": "có" stressing it, taken only with the name booked under)
        return None if m["cancel"] else "has" if keyed(m["thing"] or "") == "chỗ" else "past" if m["name"] else None
    return {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will", "chưa": "not_yet",
            "muốn": "want", "cần": "need", "không cần": "no_need", "nên": "should"}.get(aux)


def _day_en(m: re.Match, tense: str) -> str | None:
    """The time and day booked, in English after a space (" at 7 p.m. for tonight", " on Saturday evening"); "" for
    none; None for one not read, one behind, or one said without "cho" where the booking is not made now."""
    time = m["time"] and dates.clock(m["time"], "vi", "en")
    day = m["day"] and when(m["day"], "vi")
    if m["time"] and (not time or not (m["for_t"] or tense in _NOW)) or m["day"] and (
            not day or BEHIND.search(day) or not (m["for_d"] or tense in _NOW)):
        return None
    day = f"for {day.removeprefix('on ')}" if day and (m["for_d"] or not day.startswith("on ")) else day
    return "".join(f" {w}" for w in (time and f"{'for' if m['for_t'] else 'at'} {time}", day) if w)


def _rest_en(m: re.Match, tense: str, who_: str) -> tuple[str, str, str] | None:
    """What is booked or cancelled in English, with the verb's base and past: ("book", "booked", " a table for two
    at 7 p.m."), ("make", "made", " a reservation"), ("cancel", "cancelled", " my room booking"); None where it is not
    taken."""
    thing = keyed(m["thing"] or "")
    aheads = [a for a in (m["ahead0"], m["ahead"], m["ahead2"]) if a]
    extras = m["people"] or m["nights"] or m["time"] or m["day"] or m["name"]
    if m["cancel"]:
        whose = EN_WHOSE.get(who_) or his_her(m["subj"]) or "the"  # ("Lan": his or hers, not said)
        if thing not in _BOOKINGS or aheads or extras or m["n"]:
            return None
        return "cancel", "cancelled", f" {whose} {_BOOKINGS[thing]}"
    if thing == "vé" and tense not in _NEEDS or thing == "chỗ" and m["n"] or len(aheads) > 1 or not thing and (
            not aheads or extras) or m["name"] and not all(w[0].isupper() for w in m["name"].split()):
        return None
    if (day := _day_en(m, "" if tense == "can_q" and who_ not in ("I", "we") else tense)) is None:
        return None
    people = m["people"] and VI_TO_EN.get(keyed(m["people"]), m["people"])
    nights = m["nights"] and VI_TO_EN.get(keyed(m["nights"]), m["nights"])
    if thing == "chỗ":
        said = "" if aheads else " a reservation"
    else:
        n = VI_TO_EN.get(keyed(m["n"] or "một"), m["n"])
        noun = "ticket" if thing == "vé" else THINGS.get(thing, "")
        said = " tickets" if thing == "vé" and not m["n"] else f" a {noun}" if n == "one" else f" {n} {noun}s"
        said = said if thing else ""
    said += f" for {people}{' people' * bool(nights)}" if people else ""
    said += f" for {'a night' if nights == 'one' else f'{nights} nights'}" if nights else ""
    said += day + (f" under the name {strip_marks(m['name'])}" if m["name"] else "") + " in advance" * bool(aheads)
    return ("make", "made", said) if thing == "chỗ" and not aheads else ("book", "booked", said)


def _booked(text: str) -> str | None:
    """"Tôi muốn đặt bàn cho hai người." as "I'd like to book a table for two.", "Bạn đã đặt bàn chưa?" as "Have you
    booked a table yet?", "Tôi muốn hủy đặt phòng." as "I'd like to cancel my room booking.", "Tôi có cần đặt trước
    không?" as "Do I need to book in advance?", "Tôi có đặt chỗ trước." as "I have a reservation." (_BOOK); None for
    anything else."""
    m = _BOOK.fullmatch(text)
    tense = m and _tense(m)
    said = tense and who(m, tense.endswith("_q"))
    if not said or tense == "want" and said[0] == "you" or (rest := _rest_en(m, tense, said[0])) is None:
        return None  # ("Bạn muốn đặt bàn.": more likely asked, as mt/tickets.py has it)
    (who_, one), (base, past, rest_) = said, rest
    if tense in ("has", "has_q"):  # ("Tôi có đặt chỗ trước.": I have a reservation)
        rest_ = rest_.removeprefix(" a reservation").removesuffix(" in advance")
        if tense == "has_q":
            return f"{'Does' if one else 'Do'} {who_} have a reservation{rest_}?"
        return capitalised(f"{who_} {'has' if one else 'have'} a reservation{rest_}.".replace("..", "."))
    out = _EN[tense].format(w=who_, s="s" * one, do="does" if one else "do", Do="Does" if one else "Do",
                            have="has" if one else "have", Have="Has" if one else "Have", base=base, past=past,
                            rest=rest_)
    return capitalised(_SHORT.sub(lambda s: f"{s[1]}{_CONTRACTED[s[2]]} ", out).replace("..", "."))


def _need(text: str) -> str | None:
    """"Có cần đặt trước không?" as "Do you need to book in advance?", "Không cần đặt bàn trước đâu." as "You don't
    need to book a table in advance." (_NEED: said of no one, "you" as English says it of anyone); None for anything
    else."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["ahead0"] and m["ahead"]:
        return None
    thing = keyed(m["thing"] or "")
    ahead = " in advance" if m["ahead0"] or m["ahead"] else ""
    said = " a reservation" if thing == "chỗ" and not ahead else f" a {THINGS[thing]}{ahead}" if thing in THINGS \
        else ahead
    verb = "make" if thing == "chỗ" and not ahead else "book"
    if asked:
        return f"Do you need to {verb}{said}?"
    need = "don't need" if m["no"] else "need"
    return f"You {need} to {verb}{said}."


def _full(text: str) -> str | None:
    """"Khách sạn đã kín phòng." as "The hotel is fully booked.", "Nhà hàng có kín chỗ không?" as "Is the restaurant
    fully booked?", "Chúng tôi hết phòng rồi." as "We're fully booked." (_FULL); None for anything else, and for a
    restaurant out of rooms."""
    m = _FULL.fullmatch(text)
    asked = bool(m and (m["asked"] or m["done"] == "chưa"))
    if not m or asked != ("?" in m["end"]) or m["asked"] and (not m["ask"] or m["done"]) or m["ask"] and not m[
            "asked"] or m["what"] and m["what2"]:
        return None
    place, kinds = _PLACES[keyed(m["place"])]
    what = keyed(m["what"] or m["what2"] or "chỗ")
    day = f" {when(m['day0'] or m['day1'], 'vi')}" if m["day0"] or m["day1"] else ""
    if m["day0"] and m["day1"] or what not in kinds.split() or not place and (asked or m["this"]):
        return None
    if not place:
        return f"We're fully booked{day}."
    said = f"{'this' if m['this'] else 'the'} {place}"
    if asked:
        return f"Is {said} {'already ' * (m['done'] == 'chưa')}fully booked{day}?"
    return capitalised(f"{said} is fully booked{day}.")


def _expanded(words: str | None) -> str:
    """English words before a verb written out, in small letters: "'ve" as "have", "doesn't" as "does not"."""
    words = (words or "").lower().replace("’", "'").replace("n't", " not")
    return " ".join(re.sub(r"'(d|ll|ve|s)\b", lambda s: f" {_LONG[s[1]]}", words).split())


def _agrees(words: str, one: bool) -> bool:
    """Whether English words written out (`_expanded`: "has", "needs to", "does not need to") agree with who (`one`:
    "he", "my mother"); True for words that say nothing of who, or none."""
    first = words.split(" ", 1)[0]
    return one if first in _BASE else not one if first in _BASE.values() else True


def _tense_vi(m: re.Match, asked: bool) -> str | None:
    """The tense of a match of _BOOK_EN (`asked` False) or _ASK_EN, a key of _VI: "want" for "I'd like to book",
    "done_q" for "Have you booked …?"; None where the verb's form or the words around it do not go together."""
    base = m["verb"] in ("book", "reserve", "make", "cancel")
    just = (m["just"] or "").strip()
    yet = (m["yet"] or "").strip()
    if asked:
        q, qaux = m["q"].lower(), (m["qaux"] or "").split()
        tense = _ASKED[q]
        if qaux != {"would": ["like", "to"], "do": ["need", "to"], "does": ["need", "to"]}.get(q, []) or base != (
                q not in ("have", "has")) or just and q not in ("have", "has") or yet and (
                yet != "yet" or tense != "done_q") or not _agrees(q, who_vi(m)[1]):
            return None
        return tense
    aux = _expanded(m["aux"])
    first, _, rest = aux.partition(" ")
    tense = _AUX_EN.get(" ".join(w for w in (_BASE.get(first, first), rest) if w))
    if tense is None or base != (tense not in ("past", "done", "not_yet")) or not _agrees(aux, who_vi(m)[1]):
        return None
    if just and tense not in ("past", "done") or yet and (yet == "yet") != (tense == "not_yet"):
        return None
    if just == "just":
        return "just"
    return "done" if just == "already" or yet == "already" else tense


def _extras_vi(m: re.Match, tense: str) -> str | None:
    """What follows the thing booked, in Vietnamese: " cho hai người trong ba đêm", " lúc 7 giờ tối", " cho tối
    nay", " dưới tên Nam"; None where a count and "nights" disagree, or a time or day is not read or may be when."""
    nights = (m["nights"] or "").lower()
    n = nights and ("một" if nights in ("a", "an") else EN_TO_VI.get(nights, nights))
    time = m["time"] and dates.clock(m["time"].rstrip("."), "en", "vi")
    day = m["day"] and when(m["day"], "en")
    if n and (n == "một") == bool(m["ns"]) or m["time"] and (not time or tense not in _NOW) or m["day"] and (
            not day or BEHIND.search(m["day"]) or not (m["for_d"] or tense in _NOW)) or m["name"] and not all(
            w[0].isupper() for w in m["name"].split()):
        return None
    return "".join((f" cho {EN_TO_VI.get(m['people'].lower(), m['people'])} người" if m["people"] else "",
                    f" trong {n} đêm" if n else "", f" lúc {time}" if time else "",
                    (f" cho {day.removeprefix('vào ')}" if m["for_d"] else f" {day}") if day else "",
                    f" dưới tên {m['name']}" if m["name"] else ""))


def _object_vi(m: re.Match, tense: str) -> str | None:
    """The verb and what is booked or cancelled, in Vietnamese: "đặt bàn", "đặt hai phòng đôi", "đặt chỗ", "hủy
    đặt phòng", "đặt trước"; None where the verb and what follows it do not go together, or a count and the plural
    disagree ("a rooms", "two table")."""
    verb, thing = m["verb"][:3].replace("mad", "mak"), (m["thing"] or "").lower()
    ahead = " trước" * bool(m["ahead0"] or m["ahead"])
    if m["ahead0"] and m["ahead"]:
        return None
    if verb == "can":
        if not m["owner"] or own_thing(m, *who_vi(m)) is not True or ahead:
            return None
        return f"hủy đặt {_BOOKINGS_VI[' '.join((m['kind'] or '').lower().split())]}"
    if verb == "mak":
        return f"đặt chỗ{ahead}" if m["resv"] else None
    if m["resv"] or m["owner"]:
        return None
    if not thing:
        return "đặt trước" if ahead or tense in _NEEDS else None
    n = (m["n"] or "").lower()
    many = bool(m["s"]) or thing == "tickets"
    if thing.startswith("ticket") and (tense not in _NEEDS or n and many == (n in ("a", "one"))) or \
            not thing.startswith("ticket") and (not n or many == (n in ("a", "one")) or n == "an"):
        return None
    count = "" if n in ("", "a") else EN_TO_VI.get(n, n) + " "
    return f"đặt {count}{'vé' if thing.startswith('ticket') else THINGS_VI[' '.join(thing.split())]}{ahead}"


def _booked_vi(text: str) -> str | None:
    """"I'd like to book a table for two." as "Tôi muốn đặt bàn cho hai người.", "Have you booked a table?" as "Bạn
    đã đặt bàn chưa?", "I'd like to cancel my booking." as "Tôi muốn hủy đặt chỗ.", "Do I need to book in advance?"
    as "Tôi có cần đặt trước không?" (_BOOK_EN, _ASK_EN); None for anything else, and where a verb does not agree
    with who."""
    asked = bool(m := _ASK_EN.fullmatch(text))
    m = m or _BOOK_EN.fullmatch(text)
    if not m or asked != ("?" in m["end"]) or (tense := _tense_vi(m, asked)) is None:
        return None
    said, extras = _object_vi(m, tense), _extras_vi(m, tense)
    if said is None or extras is None or said.startswith("hủy") and extras:
        return None
    return capitalised(_VI[tense].format(w=who_vi(m)[0], v=f"{said}{extras}"))


def _have_vi(text: str) -> str | None:
    """"I have a reservation under the name Nam." as "Tôi đã đặt chỗ trước dưới tên Nam.", "Do you have a
    reservation?" as "Bạn có đặt chỗ trước không?" (_HAVE_EN); None for anything else, a time, and where "has" or
    "does" does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or m["time"] or m["nights"] or m["yet"] or m["ahead0"] or m["ahead"]:
        return None
    who_, one = who_vi(m)
    if asked and (m["hv"] != "have" or not _agrees(m["q"].lower(), one)) or not asked and not _agrees(m["hv"], one):
        return None
    extras = _extras_vi(m, "past")
    if extras is None:
        return None
    return capitalised(f"{who_} có đặt chỗ trước{extras} không?" if asked else f"{who_} đã đặt chỗ trước{extras}.")


def _full_vi(text: str) -> str | None:
    """"The hotel is fully booked." as "Khách sạn đã kín phòng.", "Is the restaurant fully booked tonight?" as "Tối
    nay nhà hàng có kín chỗ không?", "We're fully booked." as "Chúng tôi đã kín chỗ." (_FULL_EN); None for anything
    else, and where "is" or "are" does not agree."""
    m = _FULL_EN.fullmatch(text)
    asked = bool(m and m["q"])
    be = (m and m["be"] or "").strip().replace("’", "'")
    if not m or asked != ("?" in m["end"]) or asked == bool(be) or m["we"] and (asked or be not in ("are", "'re")) or \
            m["place"] and not asked and be not in ("is", "'s"):
        return None
    place = {"hotel": "khách sạn", "restaurant": "nhà hàng"}.get(m["place"] or "", "chúng tôi")
    said = f"{place}{' này' * (m['det'] in ('this', 'This'))}"
    full = "kín phòng" if m["place"] == "hotel" else "kín chỗ"
    day = f"{when(m['day'], 'en')} " if m["day"] else ""
    if asked:
        return capitalised(f"{day}{said} đã {full} chưa?" if m["yet"] else f"{day}{said} có {full} không?")
    return capitalised(f"{day}{said} đã {full}.")
