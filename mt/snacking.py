"""Snacking, both ways, written whole by rule: eating between meals as a habit, now or all day, liking it, cutting
down or stopping, told not to, and a snack offered. v8 (rules on) reads "hay" (often) as "or", "ăn quà vặt" as a
present, and "snack" as "ăn nhẹ" or plain eating: "Tôi hay ăn vặt vào buổi tối." → "I usually slighted at night.",
"Bạn có hay ăn vặt không?" → "Do you have or snacks?", "Chúng tôi hay ăn quà vặt." → "We're usually getting a
present.", "Bạn nên bớt ăn vặt." → "You should have a snack.", "Tôi bỏ ăn vặt rồi." → "I'm getting a snack.", "Bạn
có muốn ăn vặt gì không?" → "What do you want to eat?"; "Do you snack a lot?" → "Bạn có ăn nhiều thức ăn không?",
"I've been snacking all day." → "Tôi đã ăn hết ngày.", "Don't snack before dinner!" → "Đừng ăn trước bữa tối!",
"You should cut down on snacking." → "Bạn nên ăn nhẹ.", "I don't snack any more." → "Tôi không ăn thêm bất kỳ thứ
gì nữa.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) snacking ("ăn vặt", "ăn quà vặt" ↔ "snack") as a habit, how often
(mt.hobbies.SELDOM: "hay", "thường", "ít khi", "không bao giờ" … ↔ "often", "usually", "rarely", "never" …; "a lot" ↔
"hay"), when (_TIMES: "vào buổi tối", "ban đêm", "giữa các bữa ăn", "trước bữa tối", "mỗi tối" … ↔ "in the evening",
"at night", "between meals" …), liking it ("thích", "rất thích" ↔ "like", "love"), said, denied, asked, no longer
("không còn … nữa" ↔ "any more"); now ("đang ăn vặt" ↔ "is snacking"); a day behind ("Hôm qua …" ↔ "yesterday");
all day today ("Hôm nay … cả ngày" ↔ "has been snacking all day"); trying to stop or cut down ("đang cố", "muốn",
"cần", "nên", "phải", "sẽ" + "bỏ", "bớt" … ↔ "trying to", "want to" … + "stop", "cut down on" …), done ("bỏ ăn vặt
rồi" ↔ "have stopped snacking"), not yet, asked; orders ("Đừng ăn vặt …!", "Đừng ăn vặt nữa!", "Không được ăn vặt
…!" ↔ "Don't snack …!", "Stop snacking!", "No snacking …!"); a snack offered ("Bạn có muốn ăn vặt gì không?" ↔
"Would you like a snack?"). Left: a bare "Tôi ăn vặt." or "Tôi ăn vặt vào buổi tối." (now, or a habit?), "Tôi ăn vặt
cả ngày." without a day (today, or every day?), "Bạn có ăn vặt không?" alone (a habit asked, or a snack offered?),
"nhiều quá" (today, or as a rule?), "không ăn vặt nữa" without "còn" (won't, or don't any more?), "cố" without
"đang" (tried, or tries?), "hồi nhỏ" and "What are you snacking on?" (not read here), snacks had, bought, sold or
priced (mt/pocket_money.py takes money spent on snacks), named snack foods, a reason ("vì"), "anh", "chị", "em"
alone saying it or asking "nên", "cần" (should I, or you?), "mình" with "nên", "cần" (I, or we?), asked of oneself,
"nhỉ", "yet" but where done is asked, and anything else.
mt.phrasebook.translate tries these after mt/blushing.py.

    >>> translate("Tôi hay ăn vặt vào buổi tối.", "vi", "en"), translate("Don't snack before dinner!", "en", "vi")
    ('I often snack in the evening.', 'Đừng ăn vặt trước bữa tối!')
"""
from __future__ import annotations

import re

from .dates import near_days
from .ever import PRONOUNS
from .hobbies import EVERY, EVERY_VI, HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_agrees, often_said, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, progressive, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ăn\s+vặt|quà\s+vặt)"), "en": lazy(r"(?i:snack)")}
# when one snacks (the first Vietnamese of each is written back); a day or a time of a habit (mt.hobbies.EVERY)
_WHEN = {"vào buổi tối": "in the evening", "buổi tối": "in the evening", "vào ban đêm": "at night",
         "ban đêm": "at night", "vào buổi đêm": "at night", "buổi đêm": "at night", "về đêm": "at night",
         "vào đêm khuya": "late at night", "đêm khuya": "late at night", "vào buổi chiều": "in the afternoon",
         "buổi chiều": "in the afternoon", "giữa các bữa ăn": "between meals", "giữa các bữa": "between meals",
         "giữa bữa": "between meals", "trước bữa tối": "before dinner", "trước bữa trưa": "before lunch",
         "trước bữa ăn": "before meals", "trước bữa cơm": "before meals", "trước khi đi ngủ": "before bed",
         "khi xem ti vi": "while watching TV", "khi xem tivi": "while watching TV"}
_TIMES = _WHEN | EVERY
# ... and back, keyed (small letters, as mt.text.keyed looks them up: "while watching tv" for "TV")
_TIMES_VI = {keyed(en): vi for vi, en in reversed(_TIMES.items())} | {
    "in the evenings": "vào buổi tối", "in the afternoons": "vào buổi chiều", "before bedtime": "trước khi đi ngủ",
    "while watching television": "khi xem ti vi"}
# a day behind (a past), or today (all day so far), opening the sentence
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "hôm kia", "hôm nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_LIKES = {"thích": "like", "rất thích": "love", "mê": "love"}
# what one does about it: stopping or cutting down, in English after "to" (or done: "have stopped snacking")
_QUIT = {"bỏ": ("stop", "stopped"), "cai": ("quit", "quit"), "bớt": ("cut down on", "cut down on"),
         "hạn chế": ("cut down on", "cut down on")}
_QUIT_VI = {"stop": "bỏ", "stopped": "bỏ", "quit": "bỏ", "give up": "bỏ", "given up": "bỏ", "cut down on": "bớt",
            "cut back on": "bớt"}
# ... and how ("đang cố" ↔ "trying to"): English after who, Vietnamese before the doing
_TRY = {"đang cố gắng": "trying to", "đang cố": "trying to", "muốn": "want to", "cần": "need to", "nên": "should",
        "phải": "have to", "sẽ": "will"}

_SNACK = r"ăn\s+(?:quà\s+)?vặt"
_WHEN_AT = rf"(?:\s+(?P<when>(?i:{alternatives(_TIMES)})))?"
_END = rf"(?:\s+(?P<asked>không|chưa|à))?{SOFTENED_END}"  # ("… không?", "… chưa?", "… à?" ask)
# who snacks ("Tôi hay ăn vặt.", "Bạn có hay ăn vặt giữa các bữa ăn không?", "Anh ấy rất thích ăn vặt.", "Hôm qua
# tôi ăn vặt nhiều.", "Hôm nay tôi ăn vặt cả ngày.", "Tôi không còn ăn vặt nữa.", "Tôi đang ăn vặt.")
_DOES = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+"
             rf"(?:(?P<ask>có)\s+)?(?:(?P<not>không(?P<more>\s+còn)?)\s+)?(?:(?P<did>đã)\s+)?"
             rf"(?:(?P<how>{alternatives(SELDOM)}|đang|{alternatives(_LIKES)})\s+)?{_SNACK}(?:\s+(?P<lot>nhiều))?"
             rf"{_WHEN_AT}(?:\s+(?P<whole>cả\s+ngày)(?:\s+(?P<day2>hôm\s+qua|hôm\s+nay|nay))?)?"
             rf"(?:\s+(?P<again>nữa))?{_END}")
# stopping or cutting down ("Tôi đang cố bỏ ăn vặt.", "Bạn nên bớt ăn vặt.", "Tôi bỏ ăn vặt rồi.")
_STOP = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không|chưa)\s+)?(?:(?P<aux>{alternatives(_TRY)}|đã)\s+)?"
             rf"(?P<verb>{alternatives(_QUIT)})\s+{_SNACK}(?:\s+(?P<done>rồi))?{_END}")
# orders ("Đừng ăn vặt trước bữa tối!", "Con đừng ăn vặt nữa nhé.", "Không được ăn vặt giữa các bữa ăn!")
_DONT = lazy(rf"(?:(?P<you>(?i:bạn|con|em|các\s+con|cháu))\s+)?(?P<dont>(?i:đừng|không\s+được))\s+{_SNACK}"
             rf"(?:\s+(?P<when>(?i:{alternatives(_WHEN)})))?(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
# a snack offered ("Bạn có muốn ăn vặt gì không?", "Anh muốn ăn vặt không?")
_OFFER = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?muốn\s+{_SNACK}(?:\s+(?P<what>(?:chút\s+)?gì(?:\s+đó)?))?"
              rf"\s+(?P<asked>không){SOFTENED_END}")

# ... in English (’ read as ')
_WHEN_EN = rf"(?:\s+(?P<when>(?i:{alternatives(_TIMES_VI)})))?"
_DOES_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|did)\s+not|"
                r"\s+(?:don|doesn|didn)'t|\s+(?:is|are|am)|'(?:s|re|m)|\s+(?:has|have)\s+been|"
                rf"'(?:ve|s)\s+been)?(?:\s+(?P<how>{alternatives(HABIT_VI)}))?\s+(?P<verb>snacks?|snacking|snacked|"
                r"(?P<likes>likes?|loves?|enjoys?)\s+(?:snacking|to\s+snack))"
                rf"(?:\s+(?P<lot>a\s+lot))?{_WHEN_EN}(?:\s+(?P<whole>all\s+day(?:\s+long)?))?"
                rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
                r"(?:\s+(?P<more>any\s*more))?\s*(?P<end>[.!?]*)")
_STOP_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Do|Does|Should|Have|Has)\s+)?{WHO_EN}(?P<pre>(?:'(?:m|s|re|ve|ll))?"
                r"(?:\s+(?:not|\w+n't|is|am|are|trying|to|want|wants|need|needs|should|have|has|will|going))*)"
                rf"\s+(?:(?P<verb>{alternatives(_QUIT_VI)})\s+snacking|(?P<less>snack\s+less))"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?P<dont>Don't|Do\s+not|Stop|No)\s+(?P<verb>snack|snacking)"
                rf"(?:\s+(?P<when>(?i:{alternatives(_TIMES_VI)})))?(?:\s+(?P<more>any\s*more))?\s*(?P<end>[.!]*)")
_OFFER_EN = lazy(rf"(?P<q>Would|Do|Does)\s+{WHO_EN}\s+(?P<verb>like|want)\s+(?:a\s+(?:little\s+)?snack|"
                 r"something\s+to\s+snack\s+on)\s*\?+")
# how the English after who reads (contractions written out) in Vietnamese, and whether it is said of one ("she
# wants to"), None either way ("is trying to" is read by be_agrees)
_PRE_VI = {"am trying to": ("đang cố", None), "is trying to": ("đang cố", None), "are trying to": ("đang cố", None),
           "want to": ("muốn", False), "wants to": ("muốn", True), "need to": ("cần", False),
           "needs to": ("cần", True), "should": ("nên", None), "have to": ("phải", False), "has to": ("phải", True),
           "will": ("sẽ", None), "do not want to": ("không muốn", False), "does not want to": ("không muốn", True),
           "do not need to": ("không cần", False), "does not need to": ("không cần", True),
           "should not": ("không nên", None), "have": ("đã", False), "has": ("đã", True), "'s": ("đã", True),
           "have not": ("chưa", False), "has not": ("chưa", True)}
_OUT = {"'m": " am", "'re": " are", "'ve": " have", "'ll": " will", "n't": " not"}


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who snacks, how often, when or whether they like it, who
    tries to stop, tells someone not to, or offers a snack; None for any other."""
    if src == "vi":
        if re.search(r"(?i)(?<!\w)(?:nhỉ|vì)(?!\w)", text):  # ("…, nhỉ": asks agreement; "vì": a reason)
            return None
        return _does(text) or _stop(text) or _dont(text) or _offer(text)
    text = text.replace("’", "'")
    return _does_vi(text) or _stop_vi(text) or _dont_vi(text) or _offer_vi(text)


def _who(m: re.Match, asked: bool, self_ok: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she snacks"); None for a pet, for who not known
    (mt.hobbies.who: "Anh" saying it) and, but where `self_ok`, asked of oneself ("Tôi có hay ăn vặt không?")."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and not self_ok and said[0] in ("I", "we") else said


def _asked(m: re.Match, words: tuple[str, ...] = ("không",)) -> bool | None:
    """Whether a Vietnamese match asks (one of `words` closing it before a "?"), False said; None for a "?" on a
    statement, an asking word not among `words`, "có" without one, or "không" both denying and asking."""
    asked = keyed(m["asked"] or "")
    if bool(asked) != ("?" in m["end"]) or asked and asked not in words or m["ask"] and not asked or \
            asked == "không" and m["not"]:
        return None
    return bool(asked)


def _does(text: str) -> str | None:
    """"Tôi hay ăn vặt vào buổi tối." as "I often snack in the evening.", and a habit asked or denied, a liking, a day
    or now (_DOES: _habit, _likes, _on_day, _now); None for anything else."""
    m = _DOES.fullmatch(text)
    if not m or m["day"] and m["day2"] or bool(m["more"]) != bool(m["again"]):
        return None
    asked = _asked(m, ("không", "à") if keyed(m["how"] or "") == "đang" else ("không",))
    said = None if asked is None else _who(m, asked)
    if said is None:
        return None
    day = keyed(m["day"] or m["day2"] or "")
    day = "hôm nay" if day == "nay" else day
    if day:
        return _on_day(m, day, asked, *said)
    if m["lot"] or m["whole"] or m["did"]:
        return None
    how = keyed(m["how"] or "")
    if how == "đang":
        return _now(m, asked, *said)
    if how in _LIKES:
        return _likes(m, how, asked, *said)
    return _habit(m, how, asked, *said)


def _habit(m: re.Match, how: str, asked: bool, who_: str, one: bool) -> str | None:
    """A habit of a match of _DOES in English ("I often snack.", "I don't snack any more."); None for a bare "Tôi ăn
    vặt." (now?), a bare "Bạn có ăn vặt không?" (an offer?), "à?", and "không" but with nothing or "hay", "thường"."""
    when = f" {_TIMES[keyed(m['when'])]}" if m["when"] else ""
    often = f"{often_said(how, bool(when))} " if how else ""
    if keyed(m["asked"] or "") == "à" or m["not"] and how not in ("", "hay", "thường") or m["more"] and how or \
            how and m["when"] and keyed(m["when"]) in EVERY:  # ("hay … mỗi ngày": often, every day?)
        return None
    if asked:
        if how not in ("", "hay", "thường", "thường xuyên") or not (how or when):
            return None
        return f"{'Does' if one else 'Do'} {who_} {often}snack{when}?"
    if m["not"]:
        more = " any more" if m["more"] else ""
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {often}snack{when}{more}.")
    if not (how or m["when"] and keyed(m["when"]) in EVERY):  # ("Tôi ăn vặt vào buổi tối.": as a rule, or today?)
        return None
    return capitalised(f"{who_} {often}{'snacks' if one else 'snack'}{when}{stop(m['end'])}")


def _likes(m: re.Match, how: str, asked: bool, who_: str, one: bool) -> str | None:
    """"Tôi thích ăn vặt." as "I like snacking.", "Anh ấy rất thích ăn vặt." as "He loves snacking.", "Bạn có thích
    ăn vặt không?" as "Do you like snacking?"; None for love asked or denied, and "nữa", "à?"."""
    likes, when = _LIKES[how], f" {_TIMES[keyed(m['when'])]}" if m["when"] else ""
    if (asked or m["not"]) and likes == "love" or m["more"] or keyed(m["asked"] or "") == "à":
        return None
    return present(who_, one, likes, f"snacking{when}", asked, bool(m["not"]), None if m["not"] else m["end"])


def _now(m: re.Match, asked: bool, who_: str, one: bool) -> str | None:
    """"Tôi đang ăn vặt." as "I'm snacking.", "Bạn đang ăn vặt à?" and "Bạn có đang ăn vặt không?" as "Are you
    snacking?"; None with "không" denying, "nữa" or when."""
    if m["not"] or m["when"] or m["more"] or m["again"] or asked and keyed(m["asked"]) == "à" and m["ask"]:
        return None
    return progressive(who_, be(who_), "snacking", asked, end=m["end"])


def _on_day(m: re.Match, day: str, asked: bool, who_: str, one: bool) -> str | None:
    """"Hôm qua tôi ăn vặt nhiều." as "I snacked a lot yesterday.", "Tôi ăn vặt cả ngày nay." as "I've been snacking
    all day."; None for a habit, a liking or "đang" on a day, today but all day said, and "à?"."""
    if m["how"] or m["when"] or m["more"] or keyed(m["asked"] or "") == "à":
        return None
    if day == "hôm nay":
        if not m["whole"] or m["lot"] or m["not"] or asked or m["did"]:
            return None
        return capitalised(contracted(who_, f"{'has' if one else 'have'} been snacking all day{stop(m['end'])}"))
    if m["lot"] and m["whole"] or m["not"] and m["did"]:
        return None
    what = " a lot" if m["lot"] else " all day" if m["whole"] else ""
    if asked:
        return f"Did {who_} snack{what} {_DAYS[day]}?"
    if m["not"]:
        return capitalised(f"{who_} didn't snack{what} {_DAYS[day]}.")
    return capitalised(f"{who_} snacked{what} {_DAYS[day]}{stop(m['end'])}")


def _stop(text: str) -> str | None:
    """"Tôi đang cố bỏ ăn vặt." as "I'm trying to stop snacking.", "Tôi bỏ ăn vặt rồi." as "I've stopped snacking.",
    and the like asked or denied (_STOP); None for anything else."""
    m = _STOP.fullmatch(text)
    if not m:
        return None
    aux, not_, done = keyed(m["aux"] or ""), keyed(m["not"] or ""), bool(m["done"])
    asked = _asked(m, ("chưa",) if aux in ("", "đã") and not (done or not_) else ("không",))
    said = None if asked is None else _who(m, asked, aux == "nên")
    if said is None or aux in ("sẽ", "phải") and (asked or not_) or aux in ("đang cố", "đang cố gắng") and not_ or \
            aux in ("nên", "cần") and _self_or_us(m, asked):
        return None
    who_, one = said
    base, done_ = _QUIT[keyed(m["verb"])]
    if aux in ("", "đã"):  # (done: "đã … (rồi)", "… rồi", "… chưa?", "chưa …")
        if not (aux or done or asked or not_ == "chưa") or not_ == "không" or asked and m["ask"] or \
                not_ and (done or asked):
            return None
        have = "has" if one else "have"
        if asked:
            return f"{have.capitalize()} {who_} {done_} snacking yet?"
        if not_:
            return capitalised(f"{who_} {have}n't {done_} snacking yet.")
        return capitalised(contracted(who_, f"{have} {done_} snacking{stop(m['end'])}"))
    if done or not_ == "chưa" or not_ and aux not in ("muốn", "cần", "nên"):
        return None
    pre = _TRY[aux]
    if pre == "trying to":
        return progressive(who_, be(who_), f"trying to {base} snacking", asked, end=m["end"])
    if pre in ("should", "will"):  # ("sẽ" asked or denied is left above)
        nt = "n't" if not_ else ""
        return f"Should {who_} {base} snacking?" if asked else \
            capitalised(f"{who_} {pre}{nt} {base} snacking{stop(m['end'])}")
    verb, rest = pre.split()
    if one:
        verb = "has" if verb == "have" else f"{verb}s"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {pre} {base} snacking?"
    if not_:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {pre} {base} snacking.")
    return capitalised(f"{who_} {verb} {rest} {base} snacking{stop(m['end'])}")


def _self_or_us(m: re.Match, asked: bool) -> bool:
    """Whether who of a match of _STOP with "nên", "cần" may be another than the English says: "Em có nên bỏ ăn vặt
    không?" ("Should I …?", or "you": "anh", "chị", "em" … but "bạn"), "Mình nên bớt ăn vặt." (I, or we?)."""
    pronoun = keyed(m["who"] or "")
    return pronoun == "mình" or asked and pronoun in PRONOUNS and PRONOUNS[pronoun] == "you" and pronoun != "bạn"


def _dont(text: str) -> str | None:
    """"Đừng ăn vặt trước bữa tối!" as "Don't snack before dinner!", "… nữa" as "Stop snacking", "Không được …" as "No
    snacking …" (_DONT); None for anything else, and "không được" after who (an order, or told of?) or with "nữa"."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    when, end = f" {_WHEN[keyed(m['when'])]}" if m["when"] else "", stop(m["end"])
    if keyed(m["dont"]) == "đừng":
        return f"Stop snacking{when}{end}" if m["more"] else f"Don't snack{when}{end}"
    return None if m["you"] or m["more"] else f"No snacking{when}{end}"


def _offer(text: str) -> str | None:
    """"Bạn có muốn ăn vặt gì không?" and "Anh muốn ăn vặt không?" as "Would you like a snack?" (_OFFER); None for
    anything else, and asked of oneself."""
    m = _OFFER.fullmatch(text)
    said = m and "?" in m["end"] and _who(m, True)
    return f"Would {said[0]} like a snack?" if said else None


# ... and back: English to Vietnamese

def _aux(said: str | None) -> str:
    """English between who and the verb, small and written out: "'m" as "am", "doesn't" as "does not"."""
    said = " ".join((said or "").lower().split()).replace("'s been", " has been")
    for short, out in _OUT.items():
        said = said.replace(short, out)
    return " ".join(said.split())


def _does_vi(text: str) -> str | None:
    """"I often snack in the evening." as "Tôi hay ăn vặt vào buổi tối.", "Do you snack a lot?" as "Bạn có hay ăn vặt
    không?", "I'm snacking." as "Tôi đang ăn vặt.", and a liking or a day (_DOES_EN: _likes_vi, _day_vi); None for
    anything else, and where a verb does not agree with who."""
    m = _DOES_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and not (m["q"] and m["aux"] or animal(m)) and who_vi(m)
    if not said:
        return None
    who_, one = said
    q, aux, verb = (m["q"] or "").lower(), _aux(m["aux"]), m["verb"].split()[0].lower()
    how = f"{HABIT_VI[m['how'].lower()]} " if m["how"] else "hay " if m["lot"] else ""
    when = f" {_TIMES_VI[keyed(m['when'])]}" if m["when"] else ""
    if m["how"] and m["lot"] or m["more"] and (how or m["day"]) or q and who_ in ("tôi", "chúng tôi") or \
            how and m["when"] and keyed(m["when"]) in EVERY_VI:
        return None
    if m["likes"]:
        likes = "thích" if verb.startswith(("like", "enjoy")) else "rất thích"
        return _likes_vi(m, q, aux, verb, likes, who_, one, when)
    base = verb in ("snack", "snacks")
    if m["day"] or aux in ("have been", "has been"):  # ("I've been snacking all day.": today)
        return _day_vi(m, q, aux, verb, who_, one)
    if m["whole"] and (q or aux or how or when or verb not in ("snack", "snacks")):
        return None
    if verb == "snacking":
        if not (q or aux) or q and not be_agrees(m, q) or aux and not be_agrees(m, aux) or how or when or m["more"]:
            return None
        return capitalised(f"{who_} có đang ăn vặt không?" if q else f"{who_} đang ăn vặt{stop(m['end'])}")
    if not base or q == "did" or aux not in ("", "do not", "does not") or q and (q == "does") != one or \
            aux and aux.startswith("does") != one or not (q or aux) and (verb == "snacks") != one or \
            (q or aux) and verb != "snack":
        return None
    if q and (how not in ("", "hay ", "thường ") or m["more"] and how):
        return None
    whole = " cả ngày" if m["whole"] else ""
    if aux:
        if how not in ("", "hay "):
            return None
        return capitalised(f"{who_} không còn ăn vặt{when} nữa." if m["more"] else f"{who_} không {how}ăn vặt{when}.")
    if q:
        return capitalised(f"{who_} có {'còn ' if m['more'] else how}ăn vặt{when} không?")
    return None if m["more"] else capitalised(f"{who_} {how}ăn vặt{when}{whole}{stop(m['end'])}")


def _likes_vi(m: re.Match, q: str, aux: str, verb: str, likes: str, who_: str, one: bool, when: str) -> str | None:
    """"I like snacking." as "Tôi thích ăn vặt.", "He loves snacking." as "Anh ấy rất thích ăn vặt.", and like asked
    or denied; None where the verb does not agree, for love asked or denied, and anything but these."""
    if m["how"] or m["lot"] or m["whole"] or m["day"] or m["more"] or verb.endswith("d") or \
            q and (q == "does") != one or aux and (aux not in ("do not", "does not") or aux.startswith("does") != one) \
            or not (q or aux) and verb.endswith("s") != one or (q or aux) and verb not in ("like", "enjoy"):
        return None
    if q:
        return capitalised(f"{who_} có thích ăn vặt{when} không?")
    return capitalised(f"{who_} {'không ' if aux else ''}{likes} ăn vặt{when}{stop(m['end'])}")


def _day_vi(m: re.Match, q: str, aux: str, verb: str, who_: str, one: bool) -> str | None:
    """"I snacked a lot yesterday." as "Hôm qua tôi ăn vặt nhiều.", "Did you snack yesterday?" as "Hôm qua bạn có ăn
    vặt không?", "I've been snacking all day today." as "Hôm nay tôi ăn vặt cả ngày."; None for anything else."""
    day = _DAYS_VI[keyed(m["day"] or "today")]
    if m["how"] or m["when"] or m["lot"] and m["whole"]:
        return None
    if day == "hôm nay":
        if verb != "snacking" or q or aux != ("has been" if one else "have been") or not m["whole"]:
            return None
        return capitalised(f"hôm nay {who_} ăn vặt cả ngày{stop(m['end'])}")
    what = " nhiều" if m["lot"] else " cả ngày" if m["whole"] else ""
    if q == "did" and verb == "snack" and not aux:
        return capitalised(f"{day} {who_} có ăn vặt{what} không?")
    if aux == "did not" and verb == "snack":
        return capitalised(f"{day} {who_} không ăn vặt{what}.")
    return capitalised(f"{day} {who_} ăn vặt{what}{stop(m['end'])}") if verb == "snacked" and not (q or aux) else None


def _stop_vi(text: str) -> str | None:
    """"I'm trying to stop snacking." as "Tôi đang cố bỏ ăn vặt.", "I've stopped snacking." as "Tôi bỏ ăn vặt rồi.",
    and the like asked or denied (_STOP_EN); None for anything else, and where a verb does not agree with who."""
    m = _STOP_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and not animal(m) and who_vi(m)
    if not said:
        return None
    who_, one = said
    q, pre = (m["q"] or "").lower(), _aux(m["pre"])
    verb = " ".join(m["verb"].split()).lower() if m["verb"] else "snack less"
    if q in ("are", "is", "am"):
        if not be_agrees(m, q) or pre != "trying to" or who_ in ("tôi", "chúng tôi"):
            return None
        key, one_said = "đang cố", None
    elif q:
        pres = ("",) if q in ("should", "have", "has") else ("want to", "need to", "have to")  # (q is "do", "does")
        if pre not in pres or q != "should" and ((q in ("does", "has")) != one or who_ in ("tôi", "chúng tôi")):
            return None
        key = "đã" if q in ("have", "has") else {"want to": "muốn", "need to": "cần", "have to": "phải"}.get(pre, "nên")
        one_said = None
    else:
        if pre.endswith("trying to"):  # ("She's trying to", not "She isn't trying to")
            if len(pre.split()) != 3 or not be_agrees(m, pre.split()[0]):
                return None
            pre = "am trying to"
        if pre not in _PRE_VI:
            return None
        key, one_said = _PRE_VI[pre]
    if one_said is not None and one_said != one:
        return None
    done = key in ("đã", "chưa")  # (done, and its verb: "stopped", "quit", "given up", "cut down on")
    if (verb in ("stopped", "given up") or verb in ("quit", "cut down on", "cut back on") and done) != done or \
            verb in ("stop", "give up") and done or done and m["less"] or \
            m["yet"] and not (q and done or key == "chưa"):  # ("Should I stop snacking yet?": the yet not said)
        return None
    doing = f"{_QUIT_VI[verb] if m['verb'] else 'bớt'} ăn vặt"
    if key == "chưa":
        return capitalised(f"{who_} chưa {doing}.")
    if done:
        return capitalised(f"{who_} {doing} chưa?" if q else f"{who_} {doing} rồi{stop(m['end'])}")
    if q:
        return capitalised(f"{who_} có {key} {doing} không?")
    return capitalised(f"{who_} {key} {doing}{stop(m['end'])}")


def _dont_vi(text: str) -> str | None:
    """"Don't snack before dinner!" as "Đừng ăn vặt trước bữa tối!", "Stop snacking!" as "Đừng ăn vặt nữa!", "No
    snacking between meals!" as "Không được ăn vặt giữa các bữa ăn!" (_DONT_EN); None for anything else."""
    m = _DONT_EN.fullmatch(text)
    dont = keyed(m["dont"]) if m else ""
    if not m or (m["verb"] == "snacking") != (dont in ("stop", "no")) or m["more"] and dont in ("stop", "no") or \
            m["when"] and keyed(m["when"]) in EVERY_VI:
        return None
    when, end = f" {_TIMES_VI[keyed(m['when'])]}" if m["when"] else "", stop(m["end"])
    if dont == "no":
        return f"Không được ăn vặt{when}{end}"
    return f"Đừng ăn vặt{when} nữa{end}" if dont == "stop" or m["more"] else f"Đừng ăn vặt{when}{end}"


def _offer_vi(text: str) -> str | None:
    """"Would you like a snack?" and "Do you want a snack?" as "Bạn có muốn ăn vặt gì không?" (_OFFER_EN); None for
    anything else, asked of oneself, and where a verb does not agree ("Would you wants", "Does you want")."""
    m = _OFFER_EN.fullmatch(text)
    said = m and not animal(m) and who_vi(m)
    if not said or said[0] in ("tôi", "chúng tôi") or (m["q"] == "Would") != (
            m["verb"] == "like") or m["q"] != "Would" and (m["q"] == "Does") != said[1]:
        return None
    return capitalised(f"{said[0]} có muốn ăn vặt gì không?")
