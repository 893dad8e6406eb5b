"""What goes wrong on a trip, said in one sentence of a known shape and translated whole by rule, both ways:
someone or a bus late (by some minutes), a flight delayed, a train or a flight missed, money, a phone's battery or a
printer's paper run out (something broken or not working is mt/broken.py's). v6 gets most of them wrong: "Tàu đến
muộn 15 phút." → "It's up to 15 minutes.", "Chúng tôi bị lỡ chuyến bay." → "We were missile.", "Tôi hết tiền rồi." →
"I'm all money."; "I'll be 10 minutes late." → "Tôi sẽ 10 phút muộn.", "We ran out of petrol." → "… cà rốt" (carrots).
Who is a pronoun, or someone by kin or by name as mt/hobbies.py reads them ("Mẹ tôi", "Bác Hùng", "Lan"), who may also
lose or not find something (a pronoun doing so is mt.terms'). mt.phrasebook.translate tries them after
mt/journeys.py.

    >>> translate("Tôi hết tiền rồi.", "vi", "en"), translate("I'm 10 minutes late.", "en", "vi")
    ("I've run out of money.", 'Tôi đến muộn 10 phút.')
"""
from __future__ import annotations

import re

from . import spans
from .broken import THINGS
from .hobbies import SOMEONE, SOMEONE_EN, someone
from .lazy_re import lazy
from .terms import CARRIED_EN, OWNERS, WHOSE_VI, his_her
from .text import EN_WHOSE, PAST_BE, alternatives, capitalised, keyed

# who it happens to: Vietnamese, English, and English "be" after it; the first of each the other way
_PEOPLE = [("tôi", "I", "am"), ("mình", "I", "am"), ("chúng tôi", "we", "are"), ("chúng ta", "we", "are"),
           ("anh ấy", "he", "is"), ("cô ấy", "she", "is"), ("chị ấy", "she", "is"), ("họ", "they", "are"),
           ("bạn", "you", "are")]
_BE = {en: be for _, en, be in _PEOPLE}
_SHORT_BE = {"I": "I'm", "we": "we're", "he": "he's", "she": "she's", "they": "they're", "you": "you're"}
_WILL = {"I": "I'll", "we": "we'll", "he": "he'll", "she": "she'll", "they": "they'll", "you": "you'll"}
# things (a phone whose battery runs out: mt/broken.py says what breaks), and rides that run late or are missed
_THINGS = [*THINGS.items()]
RIDES = [("xe buýt", "bus"), ("chuyến xe buýt", "bus"), ("tàu", "train"), ("chuyến tàu", "train"),
          ("tàu hỏa", "train"), ("chuyến bay", "flight"), ("máy bay", "plane"), ("chuyến phà", "ferry")]
# what runs out
_STUFF = [("pin", "battery"), ("xăng", "gas"), ("xăng", "petrol"), ("tiền", "money"), ("tiền mặt", "cash"),
          ("nước", "water"), ("giấy vệ sinh", "toilet paper"), ("thời gian", "time"), ("giấy", "paper"),
          ("mực", "ink")]
# (what one carries, as mt.terms writes it lost, and more that is taken)
_STOLEN_THINGS = [("ví", "wallet"), ("túi xách", "handbag"), ("hộ chiếu", "passport"), ("xe máy", "motorbike"),
                  ("xe đạp", "bicycle"), ("tiền", "money"), ("máy tính", "laptop"), ("hành lý", "luggage"),
                  *((vi, en) for vi, en in CARRIED_EN.items() if en != "password")]
_WHOSE = {"tôi": "my", "mình": "my", "bạn": "your", "chúng tôi": "our"}
_WHOSE_VI = {en: vi for vi, en in reversed(_WHOSE.items())}  # (reversed: the first wins)


def _table(pairs, lang: str) -> dict[str, str]:
    """Vietnamese → English (`lang` "vi") or English → the first Vietnamese listed for it, keys in small letters."""
    if lang == "vi":
        return {vi.lower(): en for vi, en, *_ in pairs}
    return {en.lower(): vi for vi, en, *_ in reversed(pairs)}


# each list looked up from Vietnamese ("vi": to English) or from English ("en": to Vietnamese)
_SAID = {lang: {name: _table(pairs, lang) for name, pairs in
                (("people", _PEOPLE), ("things", _THINGS), ("rides", RIDES), ("stuff", _STUFF),
                 ("stolen", _STOLEN_THINGS))}
         for lang in ("vi", "en")}


def _words(pairs, lang: str) -> str:
    """A regex alternation of the Vietnamese (`lang` "vi") or the English words of `pairs`."""
    return alternatives(vi if lang == "vi" else en for vi, en, *_ in pairs)


_END_VI = r"(?:\s+(?:rồi|ạ|nhé|đấy|mất(?:\s+rồi)?))?\s*[.!]*"
_END_EN = r"\s*[.!]*"
# who: a pronoun, or someone by kin or by name as mt/hobbies.py reads them (v7: "Bố tôi bị lỡ chuyến tàu." → "My father
# was missile.", "Lan bị mất ví." → "Lan was lost his wallet.", "Hùng sẽ đến muộn." → "Hung's going to go late.")
_WHO_VI = rf"(?:(?P<who>(?i:{_words(_PEOPLE, 'vi')}))|(?P<named>{SOMEONE}))"
_WHO_EN = rf"(?:(?P<who>I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Yy]ou)|(?P<named>{SOMEONE_EN}))"
_THING_VI = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{_words(_THINGS, 'vi')}))"
             rf"(?:\s+(?:của\s+)?(?P<whose>{alternatives(_WHOSE)}))?(?P<this>\s+này)?")
_THING_EN = rf"(?P<det>[Tt]he|[Mm]y|[Oo]ur|[Yy]our|[Tt]his)\s+(?P<thing>(?i:{_words(_THINGS, 'en')}))"

_COUNT_VI = rf"(?:(?P<about>khoảng)\s+)?{spans.VI}"  # how long (mt/spans.py)
_COUNT_EN = rf"(?:(?P<about>about|around)\s+)?{spans.EN}"
_LATE = {
    ("vi", "en"): lazy(rf"(?:{_WHO_VI}|(?P<ride>(?i:{_words(RIDES, 'vi')})))\s+(?:(?P<did>đã)\s+|"
                       r"(?P<will>sẽ)\s+)?(?:(?:đến|tới|về)\s+)?(?:bị\s+)?(?:muộn|trễ)(?:\s+" + _COUNT_VI + ")?"
                       + _END_VI),
    ("en", "vi"): lazy(rf"(?:{_WHO_EN}|[Tt]he\s+(?P<ride>{_words(RIDES, 'en')}))\s*"
                       r"(?:(?P<did>was|were)|(?P<will>will\s+be|['’]ll\s+be)|am|are|is|['’]m|['’]re|['’]s)\s+"
                       + rf"(?:{_COUNT_EN}\s+)?late" + _END_EN)}
# a ride delayed ("Chuyến bay bị hoãn hai tiếng." → "The flight delayed two hours.", "Tàu bị trễ." → "It was
# delayed.")
_DELAYED = {("vi", "en"): lazy(rf"(?P<ride>(?i:{_words(RIDES, 'vi')}))(?:\s+của\s+(?P<whose>"
                               rf"{alternatives(_WHOSE)}))?\s+(?:đã\s+)?bị\s+(?:hoãn|delay|trễ|chậm)"
                               r"(?:\s+(?:mất\s+)?" + _COUNT_VI + ")?" + _END_VI),
            ("en", "vi"): lazy(r"(?:[Tt]he|(?P<whose>[Mm]y|[Oo]ur|[Yy]our))\s+"
                               rf"(?P<ride>{_words(RIDES, 'en')})\s+"
                               r"(?:has\s+been|have\s+been|is|are|was|were|['’]s\s+been|['’]s)\s+delayed"
                               rf"(?:\s+(?:by\s+)?{_COUNT_EN})?" + _END_EN)}
_MISSED = {
    ("vi", "en"): lazy(rf"{_WHO_VI}\s+(?:(?P<will>sẽ)\s+|(?P<almost>suýt(?:\s+nữa)?(?:\s+thì)?)\s+|đã\s+)?"
                       rf"(?:bị\s+)?(?:bỏ\s+)?(?:lỡ|nhỡ)\s+(?:mất\s+)?(?P<ride>(?i:{_words(RIDES, 'vi')}))"
                       rf"(?:\s+của\s+(?P<whose>{alternatives(_WHOSE)}))?" + _END_VI),
    ("en", "vi"): lazy(rf"{_WHO_EN}\s*(?:(?P<almost>almost|nearly)\s+missed|missed|(?P<will>will|['’]ll|"
                       rf"might|(?:are|['’]re|am|['’]m|is|['’]s)\s+going\s+to)\s+miss)\s+"
                       rf"(?:the|(?P<whose>my|our|your))\s+(?P<ride>{_words(RIDES, 'en')})" + _END_EN)}
# something stolen (stop 50; v7: "Ai đó đã lấy trộm ví của tôi." → "Someone had thipped my wallet.", "Tôi bị móc
# ví." → "I have a wallet handle.", "Điện thoại của tôi bị lấy trộm." → "My phone was thiefened."; "Someone stole my
# wallet." → "Ai đó đánh cắp tủy của tôi." (marrow), "My bag has been stolen." → "Vắc-xin của tôi đã bị cắp.")
_STEAL_VI = r"(?:lấy\s+trộm|ăn\s+trộm|lấy\s+cắp|ăn\s+cắp|đánh\s+cắp|trộm|móc|giật)(?:\s+mất)?"
_STOLEN_VI = rf"(?i:{_words(_STOLEN_THINGS, 'vi')})"
_STOLEN = {
    ("vi", "en"): lazy(rf"(?:(?:(?P<someone>(?i:có\s+người|ai\s+đó|kẻ\s+trộm|kẻ\s+gian))\s+(?:đã\s+)?|"
                       rf"{_WHO_VI}\s+(?:đã\s+)?bị\s+(?:kẻ\s+gian\s+)?){_STEAL_VI}\s+(?P<thing>{_STOLEN_VI})"
                       rf"(?:\s+của\s+(?P<whose>{alternatives(_WHOSE)}))?|(?P<thing2>{_STOLEN_VI})\s+(?:của\s+)?"
                       rf"(?P<whose2>{alternatives(_WHOSE)})\s+(?:đã\s+)?bị\s+(?:kẻ\s+gian\s+)?{_STEAL_VI})"
                       + _END_VI),
    ("en", "vi"): lazy(rf"(?:(?P<someone>[Ss]omeone|[Ss]omebody)\s+(?:has\s+)?stol(?:e|en)\s+"
                       rf"(?P<whose>my|our|your|his|her)\s+(?P<thing>{_words(_STOLEN_THINGS, 'en')})|"
                       r"(?P<whose2>[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er)\s+"
                       rf"(?P<thing2>{_words(_STOLEN_THINGS, 'en')})\s+(?:was|has\s+been|got)\s+stolen)"
                       + _END_EN)}
# something lost, dropped, forgotten or not found by someone by kin or by name (v7: "Mẹ tôi bị mất điện thoại." → "My
# mother was lost his phone.", "Bố tôi không tìm thấy kính." → "I don't find glass."; with a pronoun, mt.terms'
# _LOST writes the verb and whose)
_LOSING = {"bị mất": "lost", "làm mất": "lost", "đánh mất": "lost", "đánh rơi": "dropped", "làm rơi": "dropped",
           "quên": "forgot", "để quên": "left", "không tìm thấy": "can't find"}
_LOST = {("vi", "en"): lazy(rf"{_WHO_VI}\s+(?:(?P<did>đã|vừa)\s+)?(?P<v>(?i:{alternatives(_LOSING)}))\s+"
                            rf"(?P<thing>{_STOLEN_VI})(?:\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)})))?"
                            + _END_VI)}
_OWNER = rf"(?:{_WHO_VI}|{_THING_VI})"
_RUN_OUT = {
    ("vi", "en"): lazy(rf"{_OWNER}\s+(?:(?P<soon>sắp)\s+|đã\s+)?hết\s+(?P<stuff>{_words(_STUFF, 'vi')})"
                             + _END_VI),
    ("en", "vi"): lazy(rf"(?:{_WHO_EN}|{_THING_EN})\s*(?:(?:(?:have|has|['’]ve|['’]s)\s+)?(?:run|ran)|"
                       r"(?:am|is|are|['’]m|['’]s|['’]re)\s+(?:(?P<soon>almost|nearly|running)\s+)?)\s*"
                       rf"out\s+of\s+(?P<stuff>{_words(_STUFF, 'en')})" + _END_EN)}


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of one of these shapes, else None."""
    for rule, shapes in ((_late, _LATE), (_delayed, _DELAYED), (_missed, _MISSED),
                         (_run_out, _RUN_OUT), (_stolen, _STOLEN), (_lost, _LOST)):
        if (src, tgt) in shapes and (m := shapes[src, tgt].fullmatch(text.strip())) and (said := rule(m, tgt)):
            return capitalised(said)
    return None


def _stolen(m: re.Match, tgt: str) -> str | None:
    """"Có người lấy trộm ví của tôi." as "Someone stole my wallet.", "Tôi bị móc ví." and "Ví của tôi bị lấy trộm."
    as "My wallet was stolen."; "Someone stole my bag." as "Có người lấy trộm túi của tôi.", "My phone was stolen."
    as "Tôi bị lấy trộm điện thoại." (_STOLEN)."""
    if tgt == "vi":
        whose = WHOSE_VI[(m.group("whose") or m.group("whose2")).lower()]
        thing = _SAID["en"]["stolen"][_low(m, "thing") or _low(m, "thing2")]
        return f"Có người lấy trộm {thing} của {whose}." if m.group("someone") else f"{whose} bị lấy trộm {thing}."
    thing = _SAID["vi"]["stolen"][_low(m, "thing") or _low(m, "thing2")]
    if thing == "bag" and re.search(r"(?i)\bmóc\b", m.group()):
        return None  # ("bị móc túi": pickpocketed)
    if m.group("someone"):
        return f"Someone stole {_WHOSE[_low(m, 'whose')] if m.group('whose') else 'my'} {thing}."
    if m.group("whose"):
        return None  # ("Tôi bị lấy trộm ví của anh ấy.")
    whose = _WHOSE[_low(m, "whose2")] if m.group("whose2") else EN_WHOSE.get(who := _who(m, "en"), f"{who}'s")
    return f"{whose} {thing} was stolen."


def _lost(m: re.Match, tgt: str) -> str | None:
    """"Mẹ tôi bị mất điện thoại." as "My mother lost her phone.", "Bác Hùng không tìm thấy kính." as "Uncle Hung can't
    find his glasses." (_LOST): his or her by the word of kinship (mt.terms.his_her), "their" for a name
    alone or a child; None for a pronoun (mt.terms' to write) or for something of someone else's."""
    if not m["named"] or m["whose"] and keyed(m["whose"]) != "mình":
        return None
    who = _who(m, "en")
    whose = his_her(m["named"]) or "their"
    said = ("just " if keyed(m["did"] or "") == "vừa" else "") + _LOSING[keyed(m["v"])]
    return f"{who} {said} {whose} {_SAID['vi']['stolen'][_low(m, 'thing')]}."


def _low(m: re.Match, group: str) -> str:
    """A group in small letters with single spaces ("" where it did not match)."""
    return keyed(m.group(group) or "")


def _other(lang: str) -> str:
    return "en" if lang == "vi" else "vi"


def _who(m: re.Match, tgt: str) -> str:
    """Who it happens to, in `tgt` ("" where a thing or a ride is)."""
    if m.groupdict().get("named"):
        return someone(m["named"], _other(tgt)) or ""
    return _SAID[_other(tgt)]["people"].get(_low(m, "who"), "")


def _thing(m: re.Match, tgt: str) -> str:
    """The thing with whose or which it is: "my phone", "this fan", "the TV"; "điện thoại của tôi", "quạt này"."""
    if tgt == "en":
        det = _WHOSE.get(_low(m, "whose")) or ("this" if m.group("this") else "the")
        return f"{det} {_SAID['vi']['things'][_low(m, 'thing')]}"
    said, det = _SAID["en"]["things"][_low(m, "thing")], _low(m, "det")
    return said + {"my": " của tôi", "our": " của chúng tôi", "your": " của bạn", "this": " này"}.get(det, "")


def _late(m: re.Match, tgt: str) -> str | None:
    """"Tôi đến muộn 10 phút." as "I'm 10 minutes late.", "Xe buýt sẽ đến muộn …" as "The bus will be …"; and back.
    None for "về muộn" without a time ("Anh ấy về muộn.": he came home late)."""
    if not spans.said(m, tgt) and "về" in m.group().split():
        return None
    ride = _low(m, "ride")
    about = " khoảng" if tgt == "vi" and m.group("about") else " about" if m.group("about") else ""
    if tgt == "vi":
        who = _who(m, "vi") or _SAID["en"]["rides"][ride]
        when = " đã" if m.group("did") else " sẽ" if m.group("will") else ""
        return " ".join(f"{who}{when} đến muộn{about} {spans.said(m, 'vi')}".split()) + "."
    who = _who(m, "en") or f"the {_SAID['vi']['rides'][ride]}"
    be = _BE.get(who, "is")
    if m.group("will"):
        said = f"{_WILL.get(who, who + ' will')} be"
    else:
        said = f"{who} {PAST_BE[be]}" if m.group("did") else _SHORT_BE.get(who, f"{who} is")
    return " ".join(f"{said}{about} {spans.said(m, 'en')} late".split()) + "."


def _delayed(m: re.Match, tgt: str) -> str:
    """"Chuyến bay bị hoãn hai tiếng." as "The flight is delayed by two hours.", "Tàu bị trễ." as "The train is
    delayed."; and back ("The flight has been delayed by two hours." as "Chuyến bay bị hoãn hai tiếng.")."""
    if tgt == "vi":
        whose = _WHOSE_VI.get(_low(m, "whose"), "")
        ride = _SAID["en"]["rides"][_low(m, "ride")]
        said = f"{ride}{' của ' + whose if whose else ''} bị hoãn"
        return " ".join(f"{said} {spans.said(m, 'vi')}".split()) + "."
    whose = _WHOSE.get(_low(m, "whose"), "the")
    by = f" by{' about' * bool(m.group('about'))} {spans.said(m, 'en')}" if spans.said(m, "en") else ""
    return f"{whose} {_SAID['vi']['rides'][_low(m, 'ride')]} is delayed{by}."


def _missed(m: re.Match, tgt: str) -> str:
    """"Tôi bị lỡ chuyến tàu." as "I missed the train.", with "sẽ" "will miss", "suýt" "almost missed"; and back."""
    if tgt == "vi":
        ride = _SAID["en"]["rides"][_low(m, "ride")]
        how = " sẽ bị lỡ" if m.group("will") else " suýt lỡ" if m.group("almost") else " bị lỡ"
        whose = {"my": " của tôi", "our": " của chúng tôi", "your": " của bạn"}.get(_low(m, "whose"), "")
        return f"{_who(m, 'vi')}{how} {ride}{whose}."
    ride = _SAID["vi"]["rides"][_low(m, "ride")]
    how = "will miss" if m.group("will") else "almost missed" if m.group("almost") else "missed"
    return f"{_who(m, 'en')} {how} {_WHOSE.get(_low(m, 'whose'), 'the')} {ride}."


def _run_out(m: re.Match, tgt: str) -> str:
    """"Tôi hết tiền rồi." as "I've run out of money.", "… sắp hết pin" as "… is almost out of battery"; and back."""
    if tgt == "vi":
        who = _who(m, "vi") or _thing(m, "vi")
        stuff = _SAID["en"]["stuff"][_low(m, "stuff")]
        return f"{who} sắp hết {stuff}." if m.group("soon") else f"{who} hết {stuff} rồi."
    who = _who(m, "en") or _thing(m, "en")
    stuff = _SAID["vi"]["stuff"][_low(m, "stuff")]
    if m.group("soon"):
        return f"{_SHORT_BE.get(who, who + ' is')} almost out of {stuff}."
    have = {"I": "I've", "we": "we've", "they": "they've", "you": "you've"}.get(who, f"{who} has")
    return f"{have} run out of {stuff}."
