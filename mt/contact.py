"""Keeping in touch, said, asked or told, both ways, written whole by rule: keeping or staying in touch, being still
in touch with someone or no longer, losing touch (when), not having heard from someone for a while, still talking
every week, and getting in touch. v8 (every rule on) reads "liên lạc" as a contact and "touch" as touching: "Giữ
liên lạc nhé." → "Keep contacts.", "Chúng tôi mất liên lạc lâu rồi." → "We lost the contact long.", "Bạn còn liên
lạc với cô ấy không?" → "Did you contact her?", "Lâu rồi tôi không có tin tức gì của anh ấy." → "Then I didn't
believe his news.", "Chúng tôi vẫn nói chuyện hàng tuần." → "We still talk about week."; "We lost touch years ago." →
"Chúng tôi mất cảm ứng cách đây nhiều năm." (a touchscreen), "Are you still in touch with her?" → "Bạn vẫn còn tiếp
xúc với cô ấy không?", "Stay in touch!" → "Hãy chạm vào!", "I lost touch with her." → "Tôi đã lạc quan với cô ấy.",
"Get in touch with me." → "Hãy tiếp xúc với tôi.", "Have you heard from him?" → "Bạn có nghe tiếng anh không?".

Taken: keep or stay in touch told ("Giữ liên lạc nhé.", "Let's stay in touch."); who (mt.hobbies.WHO, WHO_EN; "anh",
"chị", "em" alone only asking) keeps, will keep or still keeps in touch, is still or no longer in touch, with someone
(mt.hobbies.WHOM, WHOM_EN) or with each other ("với nhau": "we", "they" only), said or asked; who lost touch, has lost
touch, a long time or years ago; who has not heard from someone for a long time, a while, years, months or lately,
or asked whether they have (lately); who still talks to someone every day or week (mt.hobbies.EVERY); get in touch
with me, how can I get in touch with someone, I'll be or get in touch. Left: "liên lạc với" without "còn" or "vẫn"
("Bạn có liên lạc với cô ấy không?": contact, or in touch?), losing touch with no one said of one person (a signal
too), not hearing with no span ("Tôi chưa có tin gì từ anh ấy.": mt/news.py's), not getting through or reaching
someone (mt/reception.py), calls, texts and emails (mt/calls.py, mt/messages.py), and anything else.
mt.phrasebook.translate tries these after mt/work_status.py.

    >>> translate("Chúng tôi mất liên lạc lâu rồi.", "vi", "en"), translate("We lost touch years ago.", "en", "vi")
    ('We lost touch a long time ago.', 'Chúng tôi đã mất liên lạc từ nhiều năm trước.')
"""
from __future__ import annotations

import re

from .hobbies import (
    EVERY,
    EVERY_VI,
    WHO,
    WHO_EN,
    WHOM,
    WHOM_EN,
    as_whom,
    be_of,
    who,
    who_vi,
)
from .lazy_re import lazy
from .rule_keys import key_checked
from .spans import COUNTS
from .text import (
    ASKED_END,
    BE_EN,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:liên\s+lạc|tin\s+tức\s+gì|tin\s+gì|nói\s+chuyện|trò\s+chuyện)"),
         "en": lazy(r"(?i:\btouch\b|heard\s+from|\btalks?\b|reach|contact)")}
_EVERY = EVERY | {"hàng tuần": "every week", "mỗi tháng": "every month", "hàng tháng": "every month"}
_EVERY_VI = EVERY_VI | {"every month": "mỗi tháng"}
# when touch was lost ("mất liên lạc lâu rồi", "từ nhiều năm trước"; "2 năm rồi" read with COUNTS)
_AGO = {"lâu rồi": "a long time ago", "lâu lắm rồi": "a long time ago", "từ lâu": "a long time ago",
        "từ lâu rồi": "a long time ago", "nhiều năm rồi": "years ago", "từ nhiều năm trước": "years ago",
        "cách đây nhiều năm": "years ago", "mấy năm rồi": "a few years ago", "từ mấy năm trước": "a few years ago"}
_AGO_EN = {"a long time ago": "từ lâu rồi", "long ago": "từ lâu rồi", "ages ago": "từ lâu rồi",
           "years ago": "từ nhiều năm trước", "a few years ago": "từ mấy năm trước"}
_UNITS = {"năm": "year", "tháng": "month"}
_COUNTS_EN = {en: vi for vi, en in COUNTS.items() if vi != "vài"} | {"a": "một", "an": "một", "a few": "mấy"}
_N_AGO = (rf"(?:(?P<since>từ|cách\s+đây)\s+)?(?P<n>\d{{1,2}}|{alternatives(COUNTS)})\s+(?P<unit>{alternatives(_UNITS)})"
          r"(?:\s+(?P<back>trước|rồi))?")
_N_AGO_EN = (rf"(?P<n>\d{{1,2}}|{alternatives(_COUNTS_EN)})\s+(?P<unit>{alternatives(_UNITS.values())})s?\s+ago")
# how long nothing has been heard, opening the Vietnamese sentence or closing it; and in English
_SINCE = {"lâu rồi": "for a long time", "đã lâu": "for a long time", "đã lâu rồi": "for a long time",
          "lâu lắm rồi": "for a long time", "từ lâu": "for a long time", "cũng lâu rồi": "for a while",
          "nhiều năm rồi": "for years", "nhiều năm nay": "for years", "mấy năm nay": "for years",
          "mấy tháng nay": "for months", "mấy tuần nay": "for weeks", "dạo này": "lately", "gần đây": "lately"}
_SINCE_EN = {"for a long time": "Lâu rồi", "in a long time": "Lâu rồi", "for ages": "Lâu rồi", "in ages": "Lâu rồi",
             "for a while": "Cũng lâu rồi", "in a while": "Cũng lâu rồi", "for years": "Nhiều năm rồi",
             "in years": "Nhiều năm rồi", "for months": "Mấy tháng nay", "in months": "Mấy tháng nay",
             "for weeks": "Mấy tuần nay", "in weeks": "Mấy tuần nay", "lately": "Dạo này", "recently": "Dạo này"}

_WITH = rf"(?:\s+với\s+(?:(?P<each>nhau)|{WHOM}))?"
_NHE = r"(?:\s+(?:nhé|nha|nhá))?"
# keeping or getting in touch told ("Giữ liên lạc nhé.", "Chúng ta giữ liên lạc nhé.", "Liên lạc với tôi nhé.")
_TOLD = lazy(rf"(?:(?P<we>(?i:chúng\s+ta))\s+)?(?:(?P<please>(?i:(?:xin\s+)?vui\s+lòng))\s+|(?P<remember>"
             rf"(?i:(?:hãy\s+)?nhớ))\s+|(?P<do>(?i:hãy))\s+)?(?:(?P<keep>(?i:giữ))\s+)?(?i:liên\s+lạc){_WITH}"
             rf"(?P<nhe>{_NHE})\s*(?P<end>[.!]*)")
# who keeps in touch, is still in touch or no longer ("Bạn còn liên lạc với cô ấy không?", "Chúng tôi vẫn giữ liên
# lạc với nhau.", "Tôi không còn liên lạc với anh ấy nữa.", "Tôi sẽ liên lạc với bạn sau.")
_KEEP = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+|(?P<no>không\s+còn)\s+|"
             rf"(?P<will>sẽ)\s+(?:(?P<soon>sớm)\s+)?)?(?P<keep>giữ\s+)?liên\s+lạc{_WITH}(?:\s+(?P<later>sau))?"
             rf"(?:\s+(?P<more>nữa))?{ASKED_END}")
# who lost touch ("Chúng tôi mất liên lạc lâu rồi.", "Tôi đã mất liên lạc với anh ấy từ lâu.")
_LOST = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?(?:bị\s+)?mất\s+liên\s+lạc{_WITH}(?:\s+(?:(?P<ago>"
             rf"{alternatives(_AGO)})|{_N_AGO}))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# who has not heard from someone for a while ("Lâu rồi tôi không có tin tức gì của anh ấy."), or asked lately
_NEWS = r"(?:có|nhận\s+được|nghe)\s+(?:được\s+)?tin(?:\s+tức)?\s+gì\s+(?:của|từ)"
_SINCE_RE = rf"(?i:{alternatives(_SINCE)})"
_HEARD = lazy(rf"(?:(?P<since0>{_SINCE_RE})\s*,?\s+)?{WHO}\s+(?:vẫn\s+)?(?:không|chưa)\s+{_NEWS}\s+{WHOM}"
              rf"(?:\s+(?:cả|hết))?(?:\s+(?P<since>{_SINCE_RE}))?{SOFTENED_END}")
_HEARD_ASKED = lazy(rf"(?P<lately>(?i:dạo\s+này|gần\s+đây))\s*,?\s+{WHO}\s+{_NEWS}\s+{WHOM}\s+không"
                    rf"{SOFTENER}\s*\?+")
# who still talks to someone every week ("Chúng tôi vẫn nói chuyện hàng tuần."), asked ("Bạn còn nói chuyện với …?")
_TALK = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:nói|trò)\s+chuyện{_WITH}"
             rf"(?:\s+(?P<every>(?i:{alternatives(_EVERY)})))?{ASKED_END}")
# how to get in touch with someone ("Làm sao để liên lạc với bạn?")
_HOW = [lazy(rf"(?i:làm\s+(?:sao|thế\s+nào))\s+(?:để\s+)?(?:(?i:tôi|mình)\s+)?(?:có\s+thể\s+)?liên\s+lạc"
             rf"(?:\s+được)?\s+với\s+{WHOM}{SOFTENER}\s*\?+"),
        lazy(rf"(?i:tôi|mình)\s+(?:có\s+thể\s+)?liên\s+lạc\s+với\s+{WHOM}\s+(?:bằng\s+cách\s+nào|"
             rf"như\s+thế\s+nào|thế\s+nào){SOFTENER}\s*\?+")]

# ... and in English
_WITH_EN = rf"(?:\s+with\s+(?:(?P<each>each\s+other)|{WHOM_EN}))?"
_TOLD_EN = lazy(r"(?:(?P<we>(?i:let['’]s))\s+|(?P<please>(?i:please))\s+|(?P<remember>(?i:remember\s+to|"
                r"don['’]t\s+forget\s+to))\s+)?(?:(?P<keep>(?i:keep|stay))|(?i:get))\s+in\s+touch(?:\s+with\s+"
                r"(?:(?P<each>each\s+other)|(?P<whom>me|us)))?(?:,?\s+(?:okay|OK|ok|please))?\s*(?P<end>[.!]*)")
_IN_TOUCH_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t|\s+no\s+longer)?)?"
                    rf"(?:\s+(?P<still>still))?\s+in\s+touch{_WITH_EN}(?:\s+(?P<more>anymore|any\s+more))?"
                    r"\s*(?P<end>[.!?]*)")
_KEEP_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                rf"(?:\s+(?P<still>still))?\s+(?P<verb>keeps?|stays?)\s+in\s+touch{_WITH_EN}"
                r"(?:\s+(?P<more>anymore|any\s+more))?\s*(?P<end>[.!?]*)")
_WILL_EN = lazy(rf"{WHO_EN}(?:['’]ll|\s+will)\s+(?:(?P<be>be)|(?P<get>get)|keep)\s+in\s+touch{_WITH_EN}"
                r"(?:\s+(?P<when>soon|later))?\s*(?P<end>[.!]*)")
_LOST_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?\s+lost\s+touch{_WITH_EN}(?:\s+(?:(?P<ago>"
                rf"(?i:{alternatives(_AGO_EN)}))|{_N_AGO_EN}))?\s*(?P<end>[.!]*)")
_HEARD_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>\s+haven['’]t|\s+hasn['’]t|\s+have\s+not|"
                 rf"\s+has\s+not)?\s+heard\s+(?:anything\s+)?from\s+{WHOM_EN}(?:\s+(?P<since>"
                 rf"(?i:{alternatives(_SINCE_EN)})))?\s*(?P<end>[.!?]*)")
_TALK_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<still>still))?\s+(?P<verb>talks?)(?:\s+(?:to|with)\s+"
                rf"(?:(?P<each>each\s+other)|{WHOM_EN}))?(?:\s+(?P<every>(?i:{alternatives(_EVERY_VI)})))?"
                r"\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"How\s+(?:can|do|could)\s+I\s+(?:get\s+in\s+touch\s+with|reach|contact)\s+{WHOM_EN}\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that keeps, loses or asks about being in touch, says someone has not been heard
    from, or still talks every week; None for any other."""
    if src == "vi":
        return _told(text) or _keep(text) or _lost(text) or _heard(text) or _talk(text) or _how(text)
    return (_told_vi(text) or _in_touch_vi(text) or _keep_vi(text) or _will_vi(text) or _lost_vi(text) or
            _heard_vi(text) or _talk_vi(text) or _how_vi(text))


def _with(m: re.Match, lang: str, who_: str, each: str = "") -> str | None:
    """" with {whom}" of a match's whom in the other language; for "each other" or none said, `each` in English, " với
    nhau" in Vietnamese, of who that is many only; None for whom not read, for one alone, and for "I … me"."""
    if m["each"] or not m["whom"]:
        many = who_.lower() in ("we", "they", "chúng tôi", "họ")
        return None if not many else " với nhau" if lang == "en" else each * bool(m["each"])
    whom = as_whom(m["whom"], lang)
    if not whom or whom == {"I": "me", "we": "us", "you": "you"}.get(who_, who_):
        return None
    return f" với {whom}" if lang == "en" else f" with {whom}"


def _told(text: str) -> str | None:
    """"Giữ liên lạc nhé." as "Keep in touch.", "Chúng ta giữ liên lạc nhé." as "Let's keep in touch.", "Liên lạc với
    tôi nhé." as "Get in touch with me." (_TOLD); None for anything else, and for "Chúng ta giữ liên lạc." (said of
    what we do too)."""
    m = _TOLD.fullmatch(text)
    if not m or m["we"] and (not m["keep"] or m["whom"] or not (m["nhe"] or m["do"])) or m["each"] and not m["we"] \
            or not m["keep"] and not m["whom"]:
        return None
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if whom is None or whom == "you":
        return None
    told = "Let's " if m["we"] else "Please " if m["please"] else "Remember to " if m["remember"] else ""
    said = f"{told}{'keep' if m['keep'] else 'get'} in touch{f' with {whom}' * bool(whom)}"
    return f"{capitalised(said)}{'!' if '!' in m['end'] else '.'}"


def _keep(text: str) -> str | None:
    """"Bạn còn liên lạc với cô ấy không?" as "Are you still in touch with her?", "Chúng tôi vẫn giữ liên lạc." as "We
    still keep in touch.", "Tôi không còn liên lạc với anh ấy nữa." as "I'm no longer in touch with him." (_KEEP); None
    for anything else, for "liên lạc với" alone (contact, or in touch?) and "Chúng ta giữ liên lạc." (let's?)."""
    m = _KEEP.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["more"] and not m["no"] or (
            m["later"] or m["soon"]) and (m["keep"] or not m["whom"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    if m["will"]:
        return None if asked else _will(m, who_)
    with_ = _with(m, "vi", who_, " with each other" if m["keep"] else "")
    if with_ is None or asked and (m["no"] or not (m["still"] or m["keep"] and m["ask"])) or not asked and m[
            "keep"] and not (m["still"] or m["no"]) and keyed(m["who"] or "") == "chúng ta":
        return None
    still = " still" * bool(m["still"])
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{still} keep in touch{with_}?" if m["keep"] else \
            f"{be(who_).capitalize()} {who_} still in touch{with_}?"
    if m["no"]:
        return capitalised(contracted(who_, f"{be(who_)} no longer in touch{with_}."))
    if m["keep"]:
        return capitalised(f"{who_}{still} keep{'s' * one} in touch{with_}.")
    return capitalised(contracted(who_, f"{be(who_)} still in touch{with_}.")) if m["still"] else None


def _will(m: re.Match, who_: str) -> str | None:
    """A match of _KEEP with "sẽ": "Tôi sẽ liên lạc với bạn sau." as "I'll get in touch with you later.", "Tôi sẽ liên
    lạc." as "I'll be in touch." ("I", "we" only), "Chúng tôi sẽ giữ liên lạc." as "We'll keep in touch."."""
    if not m["whom"] and not m["each"]:
        return capitalised(contracted(who_, f"will {'keep' if m['keep'] else 'be'} in touch.")) if m[
            "keep"] or who_ in ("I", "we") else None
    with_ = _with(m, "vi", who_, " with each other")
    if with_ is None or m["each"] and not m["keep"]:
        return None
    soon = " soon" if m["soon"] else " later" if m["later"] else ""
    return capitalised(contracted(who_, f"will {'keep' if m['keep'] else 'get'} in touch{with_}{soon}."))


def _ago(m: re.Match, lang: str) -> str | None:
    """When touch was lost (_AGO, _N_AGO; _AGO_EN, _N_AGO_EN) in the other language: "a long time ago", "two years
    ago", "từ hai năm trước"; "" for none said, None for a count not read."""
    if m["ago"]:
        return _AGO[keyed(m["ago"])] if lang == "vi" else _AGO_EN[keyed(m["ago"])]
    if not m["n"]:
        return ""
    n, unit = keyed(m["n"]), keyed(m["unit"])
    if lang == "en":
        count = _COUNTS_EN.get(n, n)
        return f"từ {count} {'năm' if unit == 'year' else 'tháng'} trước"
    count = "a" if n in ("1", "một") else COUNTS.get(n, n)
    return f"{count} {_UNITS[unit]}{'s' * (count != 'a')} ago"


def _lost(text: str) -> str | None:
    """"Chúng tôi mất liên lạc lâu rồi." as "We lost touch a long time ago.", "Tôi mất liên lạc với cô ấy rồi." as
    "I've lost touch with her.", "Chúng tôi đã mất liên lạc." as "We lost touch." (_LOST); None for anything else, and
    for no "đã", "rồi" or when said."""
    m = _LOST.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or (ago := _ago(m, "vi")) is None:
        return None
    (who_, one), with_ = said, _with(m, "vi", said[0])
    if with_ is None or not (m["did"] or m["done"] or ago) or m["n"] and not (m["since"] or m["back"] or m["done"]):
        return None
    if ago or m["did"]:
        return capitalised(f"{who_} lost touch{with_}{f' {ago}' * bool(ago)}.")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} lost touch{with_}."))


def _heard(text: str) -> str | None:
    """"Lâu rồi tôi không có tin tức gì của anh ấy." as "I haven't heard from him for a long time.", "Dạo này bạn có
    tin tức gì của anh ấy không?" as "Have you heard from him lately?" (_HEARD, _HEARD_ASKED); None for anything else,
    and for no span said (mt/news.py's)."""
    m = _HEARD.fullmatch(text)
    asked = m is None
    if asked:
        m = _HEARD_ASKED.fullmatch(text)
    if not m or not asked and (bool(m["since0"]) == bool(m["since"]) or "?" in m["end"]):
        return None
    said, whom = who(m, asked), as_whom(m["whom"], "vi")
    if said is None or not whom or whom == {"I": "me", "we": "us"}.get(said[0]):
        return None
    who_, one = said
    if asked:
        return f"{'Has' if one else 'Have'} {who_} heard from {whom} lately?"
    since = _SINCE[keyed(m["since0"] or m["since"])]
    return capitalised(f"{who_} {'has' if one else 'have'}n't heard from {whom} {since}.")


def _talk(text: str) -> str | None:
    """"Chúng tôi vẫn nói chuyện hàng tuần." as "We still talk every week.", "Tôi nói chuyện với mẹ tôi mỗi ngày." as
    "I talk to my mother every day.", "Bạn còn nói chuyện với cô ấy không?" as "Do you still talk to her?" (_TALK);
    None for anything else, and for a statement with no "every"."""
    m = _TALK.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or not (m["still"] if asked else m["every"]):
        return None
    said = who(m, asked)
    with_ = said and _with(m, "vi", said[0], " to each other")
    if with_ is None:
        return None
    (who_, one), to = said, with_.replace(" with ", " to ", 1)
    every, still = f" {_EVERY[keyed(m['every'])]}" if m["every"] else "", " still" * bool(m["still"])
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{still} talk{to}{every}?"
    return capitalised(f"{who_}{still} talk{'s' * one}{to}{every}.")


def _how(text: str) -> str | None:
    """"Làm sao để liên lạc với bạn?" as "How can I get in touch with you?" (_HOW); None for anything else."""
    m = next((m for p in _HOW if (m := p.fullmatch(text))), None)
    whom = m and as_whom(m["whom"], "vi")
    return f"How can I get in touch with {whom}?" if whom and whom != "me" else None


def _told_vi(text: str) -> str | None:
    """"Keep in touch." as "Giữ liên lạc nhé.", "Let's stay in touch." as "Chúng ta giữ liên lạc nhé.", "Please get in
    touch with me." as "Vui lòng liên lạc với tôi." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    if not m or m["we"] and m["whom"] or not m["keep"] and (m["we"] or not m["whom"]):
        return None
    with_ = " với nhau" if m["each"] else f" với {as_whom(m['whom'].lower(), 'en')}" if m["whom"] else ""
    end = "!" if "!" in m["end"] else "."
    if not m["keep"]:
        return f"Vui lòng liên lạc{with_}{end}" if m["please"] else \
            f"{'Nhớ' if m['remember'] else 'Hãy'} liên lạc{with_} nhé{end}"
    told = "Chúng ta giữ" if m["we"] else "Nhớ giữ" if m["remember"] else "Hãy giữ" if m["please"] else "Giữ"
    return f"{told} liên lạc{with_} nhé{end}"


def _in_touch_vi(text: str) -> str | None:
    """"Are you still in touch with her?" as "Bạn còn liên lạc với cô ấy không?", "We're still in touch." as "Chúng
    tôi vẫn còn liên lạc với nhau.", "I'm no longer in touch with him." as "Tôi không còn liên lạc với anh ấy nữa."
    (_IN_TOUCH_EN); None for anything else, and where "is", "am", "are" does not agree with who."""
    m = _IN_TOUCH_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    with_ = _with(m, "en", who_)
    if with_ is None or be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    if m["be0"]:
        return None if m["more"] else capitalised(f"{who_} {'còn' if m['still'] else 'có'} liên lạc{with_} không?")
    if m["not"]:
        no = "longer" in m["not"] or m["more"]
        return capitalised(f"{who_} không còn liên lạc{with_} nữa.") if no and not m["still"] else None
    return capitalised(f"{who_} vẫn còn liên lạc{with_}.") if m["still"] and not m["more"] else None


def _keep_vi(text: str) -> str | None:
    """"Do you still keep in touch with him?" as "Bạn còn giữ liên lạc với anh ấy không?", "We still keep in touch."
    as "Chúng tôi vẫn giữ liên lạc với nhau.", "We don't keep in touch anymore." as "Chúng tôi không còn giữ liên lạc
    với nhau nữa." (_KEEP_EN); None for anything else, and where "do", "does", "keeps" does not agree with who."""
    m = _KEEP_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or m["more"] and not m["not"]:
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    if (aux.startswith("does") if aux else m["verb"].endswith("s")) != one or aux and m["verb"].endswith("s"):
        return None
    if (with_ := _with(m, "en", who_)) is None:
        return None
    if m["do"]:
        return capitalised(f"{who_} {'còn' if m['still'] else 'có'} giữ liên lạc{with_} không?")
    if m["not"]:
        return None if m["still"] else capitalised(
            f"{who_} không {'còn ' * bool(m['more'])}giữ liên lạc{with_}{' nữa' * bool(m['more'])}.")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}giữ liên lạc{with_}.")


def _will_vi(text: str) -> str | None:
    """"I'll be in touch." as "Tôi sẽ liên lạc với bạn.", "I'll get in touch with you soon." as "Tôi sẽ sớm liên lạc
    với bạn.", "We'll keep in touch." as "Chúng tôi sẽ giữ liên lạc với nhau." (_WILL_EN); None for anything else."""
    m = _WILL_EN.fullmatch(text)
    if not m:
        return None
    who_, _ = who_vi(m)
    if m["be"] or m["get"] and not m["whom"]:
        if m["get"] or m["each"] or m["whom"] or who_ not in ("tôi", "chúng tôi"):
            return None
        with_ = " với bạn"  # (I'll be in touch: with the one spoken to)
    elif not m["get"] and not m["whom"] and not m["each"]:
        with_ = ""  # ("I'll keep in touch.")
    elif (with_ := _with(m, "en", who_)) is None:
        return None
    soon = "sớm " if m["when"] == "soon" else ""
    later = " sau" if m["when"] == "later" else ""
    verb = "liên lạc" if m["be"] or m["get"] else "giữ liên lạc"
    return capitalised(f"{who_} sẽ {soon}{verb}{with_}{later}.")


def _lost_vi(text: str) -> str | None:
    """"We lost touch years ago." as "Chúng tôi đã mất liên lạc từ nhiều năm trước.", "I've lost touch with him." as
    "Tôi mất liên lạc với anh ấy rồi." (_LOST_EN); None for anything else, and where "has", "have" does not agree
    with who, or "have" goes with "ago"."""
    m = _LOST_EN.fullmatch(text)
    if not m or "?" in m["end"] or (ago := _ago(m, "en")) is None:
        return None
    who_, one = who_vi(m)
    with_ = _with(m, "en", who_)
    with_ = "" if with_ == " với nhau" and not m["each"] else with_  # ("Chúng tôi mất liên lạc rồi.")
    have = (m["have"] or "").strip().lower().replace("’", "'")
    if with_ is None or have and ((have in ("'s", "has")) != one or ago):
        return None
    if have:
        return capitalised(f"{who_} mất liên lạc{with_} rồi.")
    return capitalised(f"{who_} đã mất liên lạc{with_}{f' {ago}' * bool(ago)}.")


def _heard_vi(text: str) -> str | None:
    """"I haven't heard from him for a long time." as "Lâu rồi tôi không có tin tức gì của anh ấy.", "Have you heard
    from him?" as "Bạn có tin tức gì của anh ấy không?" (_HEARD_EN); None for anything else, where "has", "have" does
    not agree with who, and for no span said."""
    m = _HEARD_EN.fullmatch(text)
    if not m or bool(m["have0"]) == bool(m["have"]) or bool(m["have0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    whom, have = as_whom(m["whom"], "en"), (m["have0"] or m["have"]).strip().lower()
    if not whom or whom == who_ or have.startswith("has") != one:
        return None
    since = _SINCE_EN[keyed(m["since"])] if m["since"] else ""
    if m["have0"]:
        if since and since != "Dạo này":
            return None
        return capitalised(f"{since} {who_} có tin tức gì của {whom} không?".strip())
    return f"{since} {who_} không có tin tức gì của {whom}." if since else None


def _talk_vi(text: str) -> str | None:
    """"We still talk every week." as "Chúng tôi vẫn nói chuyện với nhau mỗi tuần.", "Do you still talk to her?" as
    "Bạn còn nói chuyện với cô ấy không?" (_TALK_EN); None for anything else, where the verb does not agree with who,
    and for a statement with no "every"."""
    m = _TALK_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or not (m["still"] if asked else m["every"]):
        return None
    who_, one = who_vi(m)
    with_ = _with(m, "en", who_)
    if with_ is None or (m["do"].lower() == "does" if asked else m["verb"] == "talks") != one or asked and \
            m["verb"] == "talks":
        return None
    every = f" {_EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    if asked:
        return capitalised(f"{who_} còn nói chuyện{with_}{every} không?")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}nói chuyện{with_}{every}.")


def _how_vi(text: str) -> str | None:
    """"How can I get in touch with you?" as "Làm sao để tôi liên lạc với bạn?" (_HOW_EN); None for anything else."""
    m = _HOW_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    return f"Làm sao để tôi liên lạc với {whom}?" if whom and whom != "tôi" else None
