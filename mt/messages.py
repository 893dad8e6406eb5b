"""Texting, e-mailing and calling someone, replying to someone's message or not, and a message got, said or asked, both
ways, written whole by rule. v7: "Tôi sẽ nhắn tin cho bạn sau." → "I'll Message you later.", "Mẹ tôi vừa nhắn tin cho
tôi." → "My mother had a message to me.", "Lan gọi điện cho tôi hôm qua." → "Lan called my phone to me yesterday." (and
v8 "Nam gọi cho tôi hôm qua." → "Nam called for me yesterday."); "I'll text you later." → "Tôi sẽ văn bản bạn về sau."
(text, a document), "My mother just texted me." → "Mẹ tôi vừa viết cho tôi.", "He didn't reply to my message." → "Anh ta
không trả lời thư của tôi." (a letter), "Did you get my message?" → "Bạn có nhận thư của tôi không?".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); whom a pronoun (mt.ever.OBJECTS, mt.text.
EN_OBJECT_VI) or someone by kin or by name; whose one of mt.terms.OWNERS; when "sau" (later), "ngay" (right away) or a
day mt.free_time.when reads. "sẽ" is "will", "đã" or a day behind the past, "vừa"/"mới" "just". Left to the model: a
plain verb with no word for when ("Tôi nhắn tin cho bạn.": now, or a habit), a message "của mình" got by a third
person (the speaker's, or theirs?), calling back (phrases), and a message about something ("nhắn tin cho tôi về …").
mt.phrasebook.translate tries these after mt/commutes.py.

    >>> translate("Tôi sẽ nhắn tin cho bạn sau.", "vi", "en"), translate("He didn't reply to my message.", "en", "vi")
    ("I'll text you later.", 'Anh ấy không trả lời tin nhắn của tôi.')
"""
from __future__ import annotations

from .free_time import DAY_OPENING, OPENS, when
from .hobbies import WHO, WHOM, WHOM_EN, WHO_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import alternatives, capitalised, contracted, keyed

# how one reaches someone, its English forms (base, past), and back
_SENDS = {"nhắn tin": ("text", "texted"), "gửi tin nhắn": ("text", "texted"), "gửi email": ("email", "emailed"),
          "gửi mail": ("email", "emailed"), "gọi điện": ("call", "called"), "gọi": ("call", "called")}
_SENDS_VI = {base: vi for vi, (base, _) in reversed(_SENDS.items())} | \
    {past: vi for vi, (_, past) in reversed(_SENDS.items())}
# what is replied to or got
_WHAT = {"tin nhắn": "message", "email": "email", "thư": "letter"}
_WHAT_VI = {"message": "tin nhắn", "text": "tin nhắn", "email": "email", "letter": "thư"}
_WHEN = {"sau": "later", "lát nữa": "later", "ngay": "right away"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())}
_SENT = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+|(?P<did>đã)\s+|"
             rf"(?P<just>vừa|mới|vừa\s+mới)\s+)?(?P<send>{alternatives(_SENDS)})\s+cho\s+{WHOM}"
             rf"(?:\s+(?P<when>{alternatives(_WHEN)})|\s+(?P<day>{OPENS}[^,.!?]*?))?(?:\s+(?:nhé|nha))?"
             r"\s*(?P<end>[.!]*)")
_SENT_EN = lazy(rf"{WHO_EN}(?:(?P<will>['’]ll|\s+will)\s+(?P<base>text|email|call)|(?:\s+(?P<just>just))?\s+"
                rf"(?P<past>texted|emailed|called))\s+{WHOM_EN}(?:\s+(?P<when>later|right\s+away)|"
                r"\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!]*)")
_REPLIED = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<did>đã)\s+)?trả\s+lời\s+(?P<what>"
                rf"{alternatives(_WHAT)})\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))"
                r"(?:\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")
_REPLIED_EN = lazy(rf"{WHO_EN}\s+(?:(?P<didnt>didn['’]t|did\s+not)\s+reply|(?P<hasnt>hasn['’]t|haven['’]t)\s+"
                   rf"replied|(?P<did>replied))\s+to\s+(?P<owner>{WHOSE_WORDS})\s+"
                   r"(?P<what>message|text|email|letter)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!]*)")
_GOT = lazy(rf"{WHO}\s+(?:đã\s+)?(?:có\s+)?nhận\s+được\s+(?P<what>{alternatives(_WHAT)})\s+(?:của\s+)?"
            rf"(?P<owner>(?i:{alternatives(OWNERS)}))\s+(?P<asked>chưa|không)(?:\s+(?:vậy|ạ))?\s*\?+")
_GOT_EN = lazy(rf"Did\s+{WHO_EN}\s+get\s+(?P<owner>{WHOSE_WORDS})\s+(?P<what>message|text|email|"
               r"letter)\s*\?+")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about texting, e-mailing or calling someone, replying to a message, or a message
    got; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) == ("vi", "en"):
        return _sent(text) or _replied(text) or _got(text)
    return (_sent_vi(text) or _replied_vi(text) or _got_vi(text)) if (src, tgt) == ("en", "vi") else None


def _sent(text: str) -> str | None:
    """"Tôi sẽ nhắn tin cho bạn sau." as "I'll text you later.", "Mẹ tôi vừa nhắn tin cho tôi." as "My mother just
    texted me.", "Lan gọi điện cho tôi hôm qua." as "Lan called me yesterday." (_SENT); None for anything else, and
    for a plain verb with no word for when."""
    m = _SENT.fullmatch(text)
    if not m or m["day0"] and m["day"] or not (said := who(m, False)) or not (whom := as_whom(m["whom"], "vi")):
        return None
    day = when(m["day0"] or m["day"], "vi")
    if day is None:
        return None
    base, past = _SENDS[keyed(m["send"])]
    behind = bool(day and BEHIND.fullmatch(day))
    later = _WHEN.get(keyed(m["when"] or ""), "")
    if m["will"] or later and not (m["did"] or m["just"]) or day and not behind and not (m["did"] or m["just"]):
        if behind:
            return None
        verb = contracted(said[0], f"will {base} {whom}")
    elif m["did"] or m["just"] or behind:
        if later:
            return None
        verb = f"{said[0]} {'just ' if m['just'] else ''}{past} {whom}"
    else:
        return None
    tail = " ".join(w for w in (later, day) if w)
    return capitalised(f"{verb}{' ' * bool(tail)}{tail}{m['end'] or '.'}")


def _sent_vi(text: str) -> str | None:
    """"I'll text you later." as "Tôi sẽ nhắn tin cho bạn sau.", "My mother just texted me." as "Mẹ tôi vừa nhắn tin
    cho tôi.", "Lan called me yesterday." as "Hôm qua Lan gọi điện cho tôi." (_SENT_EN); None for anything else."""
    m = _SENT_EN.fullmatch(text)
    if not m:
        return None
    whom = as_whom(m["whom"], "en")
    day = when(m["day"], "en")
    if not whom or day is None or m["will"] and m["day"] and BEHIND.fullmatch(m["day"]) or \
            m["past"] and (m["when"] or m["day"] and not BEHIND.fullmatch(m["day"])):
        return None
    send = _SENDS_VI[m["base"] or m["past"]]
    verb = "sẽ " if m["will"] else "vừa " if m["just"] else "" if m["day"] else "đã "
    later = f" {_WHEN_VI[' '.join(m['when'].split())]}" if m["when"] else ""
    # (the day after, as the model writes it: "Lan gọi điện cho tôi hôm qua.")
    return capitalised(f"{who_vi(m)[0]} {verb}{send} cho {whom}{later}{' ' * bool(day)}{day}{m['end'] or '.'}")


def _replied(text: str) -> str | None:
    """"Anh ấy không trả lời tin nhắn của tôi." as "He didn't reply to my message.", "Tôi chưa trả lời email của cô
    ấy." as "I haven't replied to her email yet." (_REPLIED); None for anything else."""
    m = _REPLIED.fullmatch(text)
    if not m or not (said := who(m, False)) or m["done"] and m["not"]:
        return None
    who_, one = said
    what = f"{OWNERS[keyed(m['owner'])]} {_WHAT[keyed(m['what'])]}"
    if m["not"] == "chưa":
        return capitalised(contracted(who_, f"{'has' if one else 'have'}n't replied to {what} yet") + (m["end"] or "."))
    if m["not"]:
        return capitalised(f"{who_} didn't reply to {what}{m['end'] or '.'}")
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} replied to {what}") + (m["end"] or "."))
    return capitalised(f"{who_} replied to {what}{m['end'] or '.'}") if m["did"] else None


def _replied_vi(text: str) -> str | None:
    """"He didn't reply to my message." as "Anh ấy không trả lời tin nhắn của tôi.", "I haven't replied to her email
    yet." as "Tôi chưa trả lời email của cô ấy." (_REPLIED_EN); None for anything else, and where has/have does not
    agree with who."""
    m = _REPLIED_EN.fullmatch(text)
    if not m or m["yet"] and not m["hasnt"]:
        return None
    who_, one = who_vi(m)
    if m["hasnt"] and m["hasnt"].startswith("has") != one:
        return None
    said = "chưa" if m["hasnt"] else "không" if m["didnt"] else "đã"
    return capitalised(f"{who_} {said} trả lời {_WHAT_VI[m['what']]} của {WHOSE_VI[m['owner']]}{m['end'] or '.'}")


def _got(text: str) -> str | None:
    """"Bạn đã nhận được tin nhắn của tôi chưa?" as "Did you get my message?" (_GOT); None for anything else, and for
    "của mình" after a third person ("Anh ấy đã nhận được email của mình chưa?": mine, or his own?)."""
    m = _GOT.fullmatch(text)
    if not m or not (said := who(m, True)) or keyed(m["owner"]) == "mình" and said[0] not in ("I", "you"):
        return None
    return f"Did {said[0]} get {OWNERS[keyed(m['owner'])]} {_WHAT[keyed(m['what'])]}?"


def _got_vi(text: str) -> str | None:
    """"Did you get my message?" as "Bạn có nhận được tin nhắn của tôi không?" (_GOT_EN); None for anything else."""
    if not (m := _GOT_EN.fullmatch(text)):
        return None
    return capitalised(f"{who_vi(m)[0]} có nhận được {_WHAT_VI[m['what']]} của {WHOSE_VI[m['owner']]} không?")
