"""Sending a letter, a parcel, a postcard, a package, a gift or money to a place by its name or to someone, said, and
what it costs and how long it takes, asked, both ways, written whole by rule (at the post office). v7: "Tôi muốn gửi
thư này đi Mỹ." → "I want to send this message to American.", "Tôi muốn gửi bưu kiện này đi Úc." → "I want to send
this post to Australia.", "Gửi thư đi Mỹ bao nhiêu tiền?" → "How much do the American sends a message?", "Gửi thư đi
Mỹ mất bao lâu?" → "How long does the American send a message?", "Tôi đã gửi thư cho mẹ tôi." → "I sent my mother.";
"I'd like to send a letter to France." → "Tôi muốn gửi thư cho Pháp." (for France), "How long does it take to send
a letter to America?" → "Phải gửi thư đến Mỹ bao lâu?", and with the term "parcel" (bưu kiện, mt/terms.py) "I'd like
to send this parcel to Australia." → "Tôi muốn gửi điều này bưu kiện Úc.".

What is sent is one of THINGS, bare ("thư": "a letter"), with "này" ("this"), counted ("hai tấm bưu thiếp") or with
"những … này" ("these"), after the word that counts it where one is said (_KINDS: "bức thư", not "tấm thư"); where to a
place by its name (mt.people.named_place, "the UK" and "the US" of mt.people.COUNTRIES_VI too), or to someone
(mt.hobbies.SOMEONE, "anh ấy", "bạn" …: mt.ever.OBJECTS) and where they are ("cho bạn tôi ở Úc"). Who sends as in
mt/hobbies.py, wanting, needing, having sent, having just sent or going to ("muốn", "cần", "đã", "vừa", "sẽ"), or "Cho
tôi gửi …"; and how, by airmail or by sea (_BY). Money is taken only sent somewhere or to someone ("gửi tiền" alone is
also to put it in a bank). Anything else is left to the model ("Tôi muốn gửi tiền vào tài khoản.", "Bạn có muốn gửi thư
không?", "gửi hành lý", to leave luggage). mt.phrasebook.translate tries these after mt/broken.py.

    >>> translate("Tôi muốn gửi thư này đi Mỹ.", "vi", "en")
    "I'd like to send this letter to America."
    >>> translate("How much is it to send this parcel to Australia?", "en", "vi")
    'Gửi bưu kiện này đi Úc bao nhiêu tiền?'
"""
from __future__ import annotations

import re

from .ever import OBJECTS
from .hobbies import SOMEONE, WHO, WHO_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .people import COUNTRIES_VI, named_place
from .text import SOFTENED_QUESTION, alternatives, capitalised, contracted, keyed, regular_plural

# what is sent (the first Vietnamese of each is written back)
THINGS = {"thư": "letter", "bưu kiện": "parcel", "kiện hàng": "parcel", "gói hàng": "package",
          "bưu thiếp": "postcard", "thiệp": "card", "quà": "gift", "tiền": "money"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"present": "quà"}
_PLURALS_VI = {regular_plural(en): vi for en, vi in THINGS_VI.items() if en != "money"}  # ("letters")
# the words that count each ("bức thư", "tấm bưu thiếp"; not "tấm thư"): the first written back before a number or
# "này", none where it is "" ("bưu kiện này")
_KINDS = {"thư": ("bức", "lá", "cái"), "bưu kiện": ("", "cái", "chiếc"), "kiện hàng": ("", "cái"),
          "gói hàng": ("", "cái"), "bưu thiếp": ("tấm", "cái", "chiếc"), "thiệp": ("tấm", "cái"), "quà": ("món",),
          "tiền": ("số",)}
# how many, or which, before what is sent, and in English ("a few" of "vài", "these" of "những … này")
_FEW = {"vài": "a few"}
_MANY_VI = {"những", "các"}
_SOME = {"ít", "một ít"}  # (some money)
_THING = (rf"(?:(?P<n>\d{{1,3}}|(?i:{alternatives([*VI_TO_EN, *_FEW, *_MANY_VI, *_SOME])}))\s+)?"
          rf"(?:(?P<kind>{alternatives({k for ks in _KINDS.values() for k in ks if k})})\s+)?"
          rf"(?P<thing>{alternatives(THINGS)})(?:\s+(?P<this>này))?")
_THING_EN = (r"(?:(?P<det>an?|the|this|these|some)\s+)?(?:(?P<n>\d{1,3}|"
             rf"{alternatives([*EN_TO_VI, 'a few'])})\s+)?(?P<thing>{alternatives([*THINGS_VI, *_PLURALS_VI])})")
# where to: a place by its name, after one of these words
_TO = r"(?:đi|sang|về|tới|đến|ra|vào|qua)"
_PLACE = r"(?!(?:cho|bằng)\s)[^,.!?]+?"  # (not "về cho mẹ tôi", to someone; not "đi bằng …", how)
# whom to, besides someone of SOMEONE ("cho anh ấy": "to him")
# how it goes
_BY = {"đường hàng không": "by airmail", "máy bay": "by airmail", "đường biển": "by sea",
       "đường bộ": "by land", "chuyển phát nhanh": "by express"}
_BY_VI = {en: vi for vi, en in reversed(_BY.items())} | {
    "by air": "đường hàng không", "by air mail": "đường hàng không", "by express mail": "chuyển phát nhanh"}
_WHERE = (rf"(?:\s+(?:{_TO}\s+(?P<place>{_PLACE})|(?:về\s+)?cho\s+(?P<whom>{SOMEONE}|(?i:{alternatives(OBJECTS)}))"
          rf"(?:\s+ở\s+(?P<at>{_PLACE}))?))?(?:\s+(?:đi\s+)?bằng\s+(?P<by>{alternatives(_BY)}))?")
_WHERE_EN = (rf"(?:\s+to\s+(?P<to>{_PLACE})(?:\s+in\s+(?P<at>{_PLACE}))?)?"
             rf"(?:\s+(?P<by>{alternatives(_BY_VI)}))?")
# someone sends it, wants or needs to ("Tôi muốn gửi thư này đi Mỹ."; "Cho tôi gửi …", let me send, at the counter)
_SENDING = {"muốn": "want", "cần": "need", "đã": "sent", "vừa": "just", "mới": "just", "vừa mới": "just",
            "sẽ": "will"}
_SEND = lazy(rf"(?:(?P<let>[Cc]ho\s+(?:tôi|mình))|{WHO}\s+(?P<when>{alternatives(_SENDING)}))\s+gửi\s+"
             rf"{_THING}{_WHERE}(?:\s+ạ)?\s*(?P<end>[.!]*)")
# ... in English, and in Vietnamese, with whether it is said of one ("wants") or of more ("want"); None: of any
_SENDING_EN = {"'d like to send": ("muốn", None), "would like to send": ("muốn", None), "want to send": ("muốn", False),
               "wants to send": ("muốn", True), "need to send": ("cần", False), "needs to send": ("cần", True),
               "'ll send": ("sẽ", None), "will send": ("sẽ", None), "sent": ("đã", None),
               "'ve just sent": ("vừa", False), "have just sent": ("vừa", False), "'s just sent": ("vừa", True),
               "has just sent": ("vừa", True)}
_SENDS_EN = alternatives(_SENDING_EN).replace("'", "['’]")
_SEND_EN = lazy(rf"{WHO_EN}\s*(?P<v>{_SENDS_EN})\s+{_THING_EN}{_WHERE_EN}\s*(?P<end>[.!]*)")
# what it costs, how long it takes, asked ("Gửi thư đi Mỹ bao nhiêu tiền?", "… mất bao lâu?", "… mất mấy ngày?")
_ASKED = lazy(rf"[Gg]ửi\s+{_THING}{_WHERE}\s+(?:thì\s+)?(?:(?P<cost>(?:(?:là|hết|mất|tốn|giá)\s+)?bao\s+nhiêu"
              r"(?:\s+tiền)?)|(?P<long>mất\s+bao\s+lâu|bao\s+lâu\s+thì\s+(?:đến|tới))|"
              r"(?P<days>mất\s+mấy\s+ngày|mấy\s+ngày\s+thì\s+(?:đến|tới)))" + SOFTENED_QUESTION)
_ASKED_EN = lazy(r"How\s+(?:(?P<cost>much\s+(?:is\s+it|does\s+it\s+cost|would\s+it\s+cost))|"
                 r"(?P<long>long)\s+(?:does|will|would)\s+it\s+take|(?P<days>many\s+days)\s+(?:does|will|would)"
                 rf"\s+it\s+take)\s+to\s+send\s+{_THING_EN}{_WHERE_EN}\s*\?+")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says someone sends something somewhere, or asks what it costs or how long
    it takes; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _send(text) or _asked(text)
    return _send_vi(text) or _asked_vi(text) if (src, tgt) == ("en", "vi") else None


def _send(text: str) -> str | None:
    """"Tôi muốn gửi thư này đi Mỹ." as "I'd like to send this letter to America.", "Tôi đã gửi thư cho mẹ tôi." as
    "I sent a letter to my mother." (_SEND); None for anything else."""
    m = _SEND.fullmatch(text)
    said = m and (("I", False) if m["let"] else who(m, False))
    sent, where = m and sent_en(m), m and _where(m)
    if not said or sent is None or where is None:
        return None
    who_, one = said
    when = "want" if m["let"] else _SENDING[keyed(m["when"])]
    if when == "want" and who_ in ("I", "we"):
        does = f"{who_}'d like to send"
    elif when in ("want", "need"):
        does = f"{who_} {when}{'s' * one} to send"
    else:
        does = contracted(who_, {"sent": "sent", "just": f"{'has' if one else 'have'} just sent", "will": "will send"}
                          [when])
    return capitalised(f"{does} {sent}{where}{m['end'] or '.'}")


def _send_vi(text: str) -> str | None:
    """"I'd like to send this letter to America." as "Tôi muốn gửi bức thư này đi Mỹ.", "She sent a parcel to her
    son." as "Cô ấy đã gửi bưu kiện cho con trai cô ấy." (_SEND_EN); None for anything else, and where the verb does
    not agree with who."""
    m = _SEND_EN.fullmatch(text)
    sent, where = m and sent_vi(m), m and _where_vi(m)
    if sent is None or where is None:
        return None
    who_, one = who_vi(m)
    does, of_one = _SENDING_EN[keyed(m["v"].replace("’", "'"))]
    if of_one is not None and of_one != one:
        return None
    return capitalised(f"{who_} {does} gửi {sent}{where}{m['end'] or '.'}")


def _asked(text: str) -> str | None:
    """"Gửi thư đi Mỹ bao nhiêu tiền?" as "How much is it to send a letter to America?", "… mất bao lâu?" as "How long
    does it take to send …?" (_ASKED); None for anything else."""
    m = _ASKED.fullmatch(text)
    sent, where = m and sent_en(m), m and _where(m)
    if sent is None or where is None:
        return None
    how = "How much is it" if m["cost"] else "How long does it take" if m["long"] else "How many days does it take"
    return f"{how} to send {sent}{where}?"


def _asked_vi(text: str) -> str | None:
    """"How much is it to send a letter to America?" as "Gửi thư đi Mỹ bao nhiêu tiền?", "How long does it take to
    send …?" as "Gửi … mất bao lâu?" (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    sent, where = m and sent_vi(m), m and _where_vi(m)
    if sent is None or where is None:
        return None
    how = "bao nhiêu tiền" if m["cost"] else "mất bao lâu" if m["long"] else "mất mấy ngày"
    return f"Gửi {sent}{where} {how}?"


def sent_en(m: re.Match) -> str | None:
    """What is sent (groups n, kind, thing, this of _THING) in English: "thư" as "a letter", "bức thư này" as "this
    letter", "hai tấm bưu thiếp" as "two postcards", "những tấm bưu thiếp này" as "these postcards", "ít tiền" as
    "some money"; None where the word that counts it is not its own ("tấm thư") or the number does not fit."""
    thing = keyed(m["thing"])
    n, said, this = keyed(m["n"] or ""), THINGS[thing], bool(m["this"])
    if m["kind"] and m["kind"] not in _KINDS[thing]:
        return None
    if thing == "tiền":  # (not counted: "số tiền này", "ít tiền")
        if not n:
            return "this money" if this else "money"
        return "some money" if n in _SOME and not this else None
    if n in ("", "một", "1"):
        return None if n and this else f"this {said}" if this else f"a {said}"
    if n in _MANY_VI:
        return f"these {regular_plural(said)}" if this else None
    if n in _SOME or n in _FEW and this:
        return None
    many = f"{_FEW.get(n) or VI_TO_EN.get(n, n)} {regular_plural(said)}"
    return f"these {many}" if this else many


def sent_vi(m: re.Match) -> str | None:
    """What is sent (groups det, n, thing of _THING_EN) in Vietnamese: "a letter" as "thư", "this letter" as "bức thư
    này", "two postcards" as "hai tấm bưu thiếp", "these postcards" as "những tấm bưu thiếp này"; None where the
    number does not agree with it ("this letters", "a money")."""
    det, n, thing = keyed(m["det"] or ""), keyed(m["n"] or ""), keyed(m["thing"])
    many, vi = thing in _PLURALS_VI, _PLURALS_VI.get(thing) or THINGS_VI.get(thing)
    kind = _KINDS[vi][0]
    if vi == "tiền":
        return {"": "tiền", "the": "tiền", "some": "một ít tiền", "this": "số tiền này"}.get(det) if not n else None
    # (plural after "these" and a number above one; no "some", and no number after "a", "the", "this")
    if det == "some" or n and det not in ("", "these") or many != (n not in ("", "one", "1") or det == "these"):
        return None
    count = "vài" if n == "a few" else EN_TO_VI.get(n, n)
    if det in ("this", "these"):
        return " ".join(w for w in ("những" if det == "these" and not n else count, kind, vi, "này") if w)
    if n:
        return " ".join(w for w in (count, kind, vi) if w)
    return vi  # ("a letter", "the parcel": "thư", "bưu kiện")


def _where(m: re.Match) -> str | None:
    """Where and how a match of _WHERE sends it, in English: " to America", " to my friend in Australia", " by
    airmail"; "" for nowhere (but not of money); None for a place or someone not known."""
    by = f" {_BY[keyed(m['by'])]}" if m["by"] else ""
    if m["place"]:
        place = named_place(m["place"], "vi")
        return place and f" to {place}{by}"
    if not m["whom"]:
        return None if keyed(m["thing"]) == "tiền" else by
    whom = as_whom(m["whom"], "vi")
    at = named_place(m["at"], "vi") if m["at"] else ""
    return None if whom is None or at is None else f" to {whom}{' in ' + at if at else ''}{by}"


def _where_vi(m: re.Match) -> str | None:
    """Where and how a match of _WHERE_EN sends it, in Vietnamese: " đi Mỹ", " về Việt Nam", " cho bạn tôi ở Úc", "
    bằng đường hàng không"; "" for nowhere (but not of money); None for a place or someone not known."""
    by = f" bằng {_BY_VI[keyed(m['by'])]}" if m["by"] else ""
    if not m["to"]:
        return None if keyed(m["thing"]) == "money" else by
    if (place := _place_vi(m["to"])) and not m["at"]:
        return f" {'về' if place == 'Việt Nam' else 'đi'} {place}{by}"
    whom = as_whom(m["to"], "en")
    at = _place_vi(m["at"]) if m["at"] else ""
    return None if whom is None or at is None else f" cho {whom}{' ở ' + at if at else ''}{by}"


def _place_vi(said: str) -> str | None:
    """A place by its name in Vietnamese ("America": "Mỹ"), "the UK" and "the US" too; None for any other."""
    return named_place(said, "en") or COUNTRIES_VI.get(" ".join(said.split()))
