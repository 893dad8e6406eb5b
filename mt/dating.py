"""Love life, both ways, written whole by rule: who has a boyfriend or a girlfriend or is seeing someone, is dating,
broke up, got back together or is in love. v8 (with the rules before this one) reads "bạn trai" as a boy, "chia tay"
as the present or hands split, "đang yêu" as "loveing": "Chị ấy có bạn trai chưa?" → "Do she have a boy?", "Họ chia
tay rồi." → "They break up.", "Anh ấy vừa chia tay bạn gái." → "He split his girlfriend's hands.", "Anh ấy đang hẹn
hò với một cô gái Nhật." → "He is dating with a Japanese girl.", "Bạn có đang hẹn hò với ai không?" → "Who are you
appointments with?", "Họ quay lại với nhau rồi." → "They come back together.", "Họ đang yêu nhau." → "They are
loveing each other."; and "boyfriend" as a little boy, "broke up" as burst: "She has a boyfriend." → "Cô ấy có một cậu
bé.", "They broke up last month." → "Họ đã bùng nổ vào tháng trước.", "She's seeing someone." → "Cô ấy đang nhìn một
người nào đó.", "Are they dating?" → "Họ đang ăn không?", "I'm in love." → "Tôi yêu.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) has a boyfriend or girlfriend, already, not
(yet), asked ("người yêu": is seeing someone); is dating someone ("đang hẹn hò với" a pronoun, mt.hobbies.SOMEONE,
"một cô gái Nhật"), two are dating, or anyone, not or asked; broke up ("đã", a day behind of mt.free_time.when), have
("rồi"), just did ("vừa"), asked, or got back together, with each other, one's boyfriend or girlfriend or someone;
is in love, with someone or each other ("đang yêu"), fell in love ("phải lòng"). Left: "He's my boyfriend."
(mt/relations.py's), married, engaged, single (mt/family.py's, mt/weddings.py's), "Bạn có người yêu chưa?", "Are you
seeing anyone?", "I'm seeing someone." (the phrasebook's), love alone ("Họ yêu nhau.", "They're back together.": v8
writes them well), one broken up alone ("Tôi chia tay rồi.": with whom?), kin ("chia tay mẹ": a goodbye), "người
yêu" as whom (boyfriend or girlfriend?), "seeing" someone by name (a visit?), "going out with", a day ahead.
mt.phrasebook.translate tries these after mt/languages.py.

    >>> translate("Chị ấy có bạn trai chưa?", "vi", "en"), translate("They broke up last month.", "en", "vi")
    ('Does she have a boyfriend yet?', 'Tháng trước họ chia tay.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_SPANS
from .ever import OBJECTS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .nations import NATIONALITIES
from .people import NAMED_WHO
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (
    ASKED_END,
    BE_EN,
    SOFTENED_END,
    WHOSE_OF,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bạn\s+(?:trai|gái)|yêu|hẹn\s+hò|chia\s+tay|lại\s+với|phải\s+lòng)"),
         "en": lazy(r"(?i:boyfriend|girlfriend|seeing|dating|broke|break|split|together|in\s+love)")}
# a partner ("người yêu" says neither: "seeing someone"), and someone met ("một cô gái Nhật", "a Japanese girl")
PARTNERS = {"bạn trai": "boyfriend", "bạn gái": "girlfriend", "người yêu": ""}
PARTNERS_VI = {"boyfriend": "bạn trai", "girlfriend": "bạn gái", "partner": "người yêu"}
ONES = {"cô gái": "girl", "chàng trai": "guy", "anh chàng": "guy", "người phụ nữ": "woman", "người đàn ông": "man"}
ONES_VI = {en: vi for vi, en in reversed(ONES.items())} | {"boy": "chàng trai"}
NATIONALITIES_VI = {en: vi for vi, en in reversed(NATIONALITIES.items())}  # (the first: "Nhật", not "Nhật Bản")
_KIN = lazy(rf"(?i:{alternatives(NAMED_WHO)})\s")  # (whom broken up with: "chia tay mẹ tôi" is a goodbye)
_MANY = {"we", "they"}

# whom: one's partner, someone met, anyone, each other, a pronoun or someone (mt.hobbies.WHOM)
_PARTNER = r"(?P<partner>bạn\s+trai|bạn\s+gái|người\s+yêu)"
_WHOM_VI = (rf"(?:{_PARTNER}(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?|(?i:một)\s+"
            rf"(?P<one>{alternatives(ONES)})(?:\s+(?:người\s+)?(?P<nation>{alternatives(NATIONALITIES)}))?|"
            rf"(?P<anyone>(?i:một\s+người|ai\s+đó|ai))|(?P<each>nhau)|{WHOM})")
# who has a partner ("Chị ấy có bạn trai chưa?", "Tôi chưa có người yêu.", "Anh ấy có bạn gái rồi.")
_HAS = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<already>đã)\s+)?có\s+{_PARTNER}(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# who is dating whom ("Anh ấy đang hẹn hò với một cô gái Nhật.", "Bạn có đang hẹn hò với ai không?")
_DATING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<now>đang\s+)?hẹn\s+hò"
               rf"(?:\s+(?:với\s+)?{_WHOM_VI})?(?P<all>\s+cả)?{ASKED_END}")
# who broke up or got back together ("Họ chia tay rồi.", "Anh ấy vừa chia tay bạn gái.", "Họ quay lại với nhau.")
_SPLIT = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?:(?P<split>chia\s+tay)|"
              rf"(?:quay|trở)\s+lại(?=\s+với))(?:\s+(?:với\s+)?{_WHOM_VI})?{DAY_AFTER}(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<asked>chưa|à))?{SOFTENED_END}")
# who is in love or fell in love ("Tôi đang yêu.", "Họ đang yêu nhau.", "Tôi đã phải lòng cô ấy.")
_LOVE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<now>đang)\s+yêu|(?P<past>đã\s+)?phải\s+lòng)"
             rf"(?:\s+{_WHOM_VI})?(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_WHOM_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<partner>boyfriend|girlfriend|partner)|(?P<a>an?)\s+"
            rf"(?:(?P<nation>{alternatives(NATIONALITIES_VI)})\s+)?(?P<one>{alternatives(ONES_VI)})|"
            rf"(?P<anyone>someone|somebody|anyone|anybody)|(?P<each>each\s+other)|{WHOM_EN})")
# (how English has one after who, and whether it is said of one: "has", or not: "have"; "got" after "Has", "Have")
_HAVE = {"has": True, "have": False, "has got": True, "have got": False, "'s got": True, "'ve got": False,
         "already has": True, "already have": False, "'s already got": True, "'ve already got": False,
         "doesn't have": True, "don't have": False, "does not have": True, "do not have": False}
_HAS_EN = lazy(rf"(?:(?P<aux0>Do|Does|Has|Have)\s+)?{WHO_EN}(?:\s+|(?='))(?P<verb>{alternatives(_HAVE)}|got)\s+"
               r"an?\s+(?P<partner>boyfriend|girlfriend)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DATING_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n't)?\s+"
                  rf"(?P<verb>dating|seeing)(?:\s+{_WHOM_EN})?\s*(?P<end>[.!?]*)")
_SPLIT_EN = lazy(rf"(?:(?P<aux0>Did|Have|Has)\s+)?{WHO_EN}(?P<aux>'ve|\s+have|'s|\s+has)?"
                 r"(?:\s+(?P<just>just))?\s+(?:(?P<split>broke|broken|break|split)\s+up|(?P<got>got|gotten|get)"
                 rf"\s+back\s+together)(?:\s+with\s+{_WHOM_EN})?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_LOVE_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n't)?|(?P<aux>'ve|\s+have|"
                rf"'s|\s+has)?\s+(?P<fell>fell|fallen))?\s+in\s+love(?:\s+with\s+{_WHOM_EN})?"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has a boyfriend or a girlfriend, is dating, broke up, got
    back together or is in love; None for any other."""
    if src == "vi":
        return _has(text) or _dating(text) or _split(text) or _love(text)
    text = text.replace("’", "'")  # (the patterns read "'" alone)
    return _has_vi(text) or _dating_vi(text) or _split_vi(text) or _love_vi(text)


def _isnt(who_: str) -> str:
    """Who and "is not", as English says it: "I'm not", "he isn't", "my sister isn't"."""
    return "I'm not" if who_ == "I" else f"{who_} {be(who_)}n't"


def _own(m: re.Match, who_: str) -> str | None:
    """Whose one's own partner is, of who of a match of WHO said `who_` in English: "his" for "anh ấy" and "anh tôi",
    "my" for "tôi"; None for two people and a name alone (whose boyfriend?)."""
    if who_ in _MANY:
        return None
    return WHOSE_OF.get(who_.lower()) or his_her_of(m)


def _whom_en(m: re.Match, own: str | None) -> str | None:
    """Whom of a match of _WHOM_VI in English: "his girlfriend" (`own`, one's own, where no whose is said), "a
    Japanese girl", "her", "my sister"; "" for nobody said; None for "người yêu", "ai", "nhau" (the callers read
    them) and anyone not read."""
    if m["partner"]:
        partner = PARTNERS[keyed(m["partner"])]
        owner = OWNERS[keyed(m["owner"])] if m["owner"] else own
        return f"{owner} {partner}" if partner and owner else None
    if m["one"]:
        said = f"{NATIONALITIES[m['nation']]} " * bool(m["nation"]) + ONES[keyed(m["one"])]
        return f"{a_or_an(said)} {said}"
    if m["whom"]:
        return as_whom(m["whom"], "vi")
    return None if m["anyone"] or m["each"] else ""


def _asked(m: re.Match) -> bool | None:
    """Whether a match asks ("không", "chưa", "à" and "?" both said); None where only one of them is."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) else None


def _has(text: str) -> str | None:
    """"Chị ấy có bạn trai chưa?" as "Does she have a boyfriend yet?", "Anh ấy có bạn gái rồi." as "He already has a
    girlfriend.", "Tôi chưa có người yêu." as "I'm not seeing anyone yet." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked and (m["not"] or m["done"]) or m["not"] and m["done"] or \
            m["already"] and not (m["done"] or m["asked"] == "chưa") or (said := who(m, asked)) is None:
        return None
    (who_, one), partner = said, PARTNERS[keyed(m["partner"])]
    if partner and who_ in _MANY:
        return None  # ("Họ có bạn trai chưa?": whose?)
    yet = " yet" if "chưa" in (m["not"], m["asked"]) else ""
    already = "already " if m["done"] else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have a {partner}{yet}?" if partner else \
            f"{be(who_).capitalize()} {who_} seeing anyone?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have a {partner}{yet}." if partner else
                           f"{_isnt(who_)} seeing anyone{yet}.")
    return capitalised(f"{who_} {already}{'has' if one else 'have'} a {partner}." if partner else
                       contracted(who_, f"{be(who_)} {already}seeing someone."))


def _dating(text: str) -> str | None:
    """"Anh ấy đang hẹn hò với một cô gái Nhật." as "He's dating a Japanese girl.", "Họ đang hẹn hò." as "They're
    dating.", "Bạn có đang hẹn hò với ai không?" as "Are you seeing anyone?", "Tôi không hẹn hò với ai cả." as "I'm
    not seeing anyone." (_DATING); None for anything else, and without "đang" (dated once, or a date?)."""
    m = _DATING.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked != bool(m["ask"]) or bool(m["now"]) == bool(m["not"]) or \
            (said := who(m, asked)) is None:
        return None
    who_, anyone = said[0], keyed(m["anyone"] or "")
    whom, verb = _whom_en(m, None), "dating"
    if anyone:  # ("ai" only asked or not: anyone; "cả" only after it)
        if (anyone == "ai") != (asked or bool(m["not"])):
            return None
        whom, verb = (" anyone" if anyone == "ai" else " someone"), "seeing"
    elif m["each"] or whom == "":
        whom = "" if who_ in _MANY else None
    else:
        whom = whom and f" {whom}"
    if whom is None or m["all"] and not (anyone == "ai" and m["not"]):
        return None
    if asked:
        return f"{be(who_).capitalize()} {who_} {verb}{whom}?"
    if m["not"]:
        return capitalised(f"{_isnt(who_)} {verb}{whom}.")
    return capitalised(contracted(who_, f"{be(who_)} {verb}{whom}."))


def _day(m: re.Match) -> str | None:
    """The day of a match (day0 opening it or day after) in English, with a space before it, behind today ("last
    month", "yesterday"); "" for none; None for a day not read or ahead."""
    said = m["day0"] or m["day"]
    if m["day0"] and m["day"] or (day := when(said, "vi", NEAR_SPANS)) is None:
        return None
    return "" if not day else f" {day}" if BEHIND.fullmatch(day) else None


def _split(text: str) -> str | None:
    """"Họ chia tay rồi." as "They've broken up.", "Anh ấy vừa chia tay bạn gái." as "He just broke up with his
    girlfriend.", "Họ chia tay tháng trước." as "They broke up last month.", "Họ chia tay rồi à?" as "Have they broken
    up?", "Họ quay lại với nhau rồi." as "They're back together." (_SPLIT); None for anything else, one alone ("Tôi
    chia tay rồi.": with whom?), kin ("chia tay mẹ tôi", a goodbye) and no tense ("Họ chia tay.")."""
    m = _SPLIT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := who(m, asked)) is None or (on := _day(m)) is None:
        return None
    who_, one = said
    tense, split = keyed(m["tense"] or ""), bool(m["split"])
    if m["whom"] and keyed(m["whom"]) not in OBJECTS and _KIN.match(m["whom"]) or not split and not (
            m["each"] or m["partner"]) or m["each"] and who_ not in _MANY:
        return None
    whom = "" if m["each"] else _whom_en(m, _own(m, who_))
    if whom is None or not whom and who_ not in _MANY or m["one"]:
        return None
    whom = f" with {whom}" if whom else ""
    if asked:
        if on or not (m["asked"] == "à" and m["done"] and tense in ("", "đã") or m["asked"] == "chưa" and tense == "đã"
                      and not m["done"]):
            return None
        return (f"{'Has' if one else 'Have'} {who_} broken up{whom}?" if split else
                f"{be(who_).capitalize()} {who_} back together{whom}?")
    done = "broke up" if split else "got back together"
    if tense in ("vừa", "mới", "vừa mới"):
        return None if m["done"] else capitalised(f"{who_} just {done}{whom}{on}.")
    if m["done"] and not on:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} broken up{whom}." if split else
                                      f"{be(who_)} back together{whom}."))
    return capitalised(f"{who_} {done}{whom}{on}.") if tense or on else None


def _love(text: str) -> str | None:
    """"Tôi đang yêu." as "I'm in love.", "Họ đang yêu nhau." as "They're in love.", "Anh ấy đang yêu Lan." as "He's
    in love with Lan.", "Tôi đã phải lòng cô ấy." as "I fell in love with her.", "Cô ấy phải lòng anh ấy rồi." as
    "She's fallen in love with him." (_LOVE); None for anything else."""
    m = _LOVE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked != bool(m["ask"]) or (said := who(m, asked)) is None or \
            m["anyone"] or m["now"] and m["done"] or m["past"] and m["done"] or asked and not m["now"]:
        return None
    who_, one = said
    whom = "" if m["each"] else _whom_en(m, None)
    if whom is None or m["each"] and who_ not in _MANY or not whom and not (m["now"] or m["each"]):
        return None
    whom = f" with {whom}" if whom else ""
    if m["now"]:
        return f"{be(who_).capitalize()} {who_} in love{whom}?" if asked else \
            capitalised(contracted(who_, f"{be(who_)} in love{whom}."))
    if m["past"]:
        return capitalised(f"{who_} fell in love{whom}.")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} fallen in love{whom}."))


def _whom_vi(m: re.Match, own: set[str]) -> str | None:
    """Whom of a match of _WHOM_EN in Vietnamese: "bạn gái" for one's own girlfriend (whose one of `own`), "bạn gái
    tôi", "một cô gái Nhật", "anh ấy", "em gái tôi"; "" for nobody said; None for "a" before a vowel and anyone,
    anybody, each other (the callers read them)."""
    if m["partner"]:
        owner = m["owner"].lower()
        return PARTNERS_VI[m["partner"]] + ("" if owner in own else f" {WHOSE_VI[owner]}")
    if m["one"]:
        said = f"{m['nation']} {m['one']}" if m["nation"] else m["one"]
        if a_or_an(said) != m["a"].lower():
            return None
        return f"một {ONES_VI[m['one']]}" + (f" {NATIONALITIES_VI[m['nation']]}" if m["nation"] else "")
    if m["whom"]:
        return as_whom(m["whom"], "en")
    return None if m["anyone"] or m["each"] else ""


def _own_en(m: re.Match, who_: str) -> set[str]:
    """Whose one's own partner is, of who of a match of WHO_EN (`who_` its Vietnamese): {"his"} for "he", {"her"} for
    "my sister", {"his", "her"} for a name alone."""
    if m["who"]:
        return {WHOSE_OF[m["who"].lower()]}
    return {his_her(who_)} if his_her(who_) else {"his", "her"}


def _has_vi(text: str) -> str | None:
    """"She has a boyfriend." as "Cô ấy có bạn trai.", "Does he have a girlfriend yet?" as "Anh ấy có bạn gái
    chưa?", "I don't have a girlfriend." as "Tôi không có bạn gái.", "He already has …" as "… rồi." (_HAS_EN); None
    for anything else, and where the verb does not agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux, verb = (m["aux0"] or "").lower(), " ".join(m["verb"].split())
    nt = "not" in verb or "n't" in verb
    if (aux in ("does", "has") if aux else _HAVE.get(verb)) != one or verb != {"do": "have", "does": "have"}.get(
            aux, "got" if aux else verb) or m["yet"] and not (aux or nt) or who_ in ("họ", "chúng tôi"):
        return None  # ("She have", "Does she has", "Do you got"; "They have a boyfriend": whose?)
    partner = PARTNERS_VI[m["partner"]]
    if aux:
        return capitalised(f"{who_} có {partner} {'chưa' if m['yet'] else 'không'}?")
    if nt:
        return capitalised(f"{who_} {'chưa' if m['yet'] else 'không'} có {partner}.")
    return capitalised(f"{who_} có {partner}{' rồi' if 'already' in verb else ''}.")


def _dating_vi(text: str) -> str | None:
    """"He's dating a Japanese girl." as "Anh ấy đang hẹn hò với một cô gái Nhật.", "Are they dating?" as "Họ có đang
    hẹn hò không?", "She's seeing someone." as "Cô ấy đang hẹn hò với một người.", "He isn't dating anyone." as "Anh
    ấy không hẹn hò với ai cả." (_DATING_EN); None for anything else, "seeing" anyone by name, and where "is" does
    not agree with who."""
    m = _DATING_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked == bool(m["be"]) or asked != ("?" in m["end"]) or asked and m["not"]:
        return None
    who_, one = who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    anyone = (m["anyone"] or "").lower()
    if anyone:
        if anyone.startswith("any") != (asked or bool(m["not"])) and not (asked and anyone.startswith("some")):
            return None
        whom = " với ai" if asked or m["not"] else " với một người"
    elif m["verb"] == "seeing":
        return None
    else:
        whom = "" if m["each"] else _whom_vi(m, set())
        if whom is None or not whom and who_ not in ("họ", "chúng tôi"):
            return None
        whom = f" với {whom}" if whom else ""
    if asked:
        return capitalised(f"{who_} có đang hẹn hò{whom} không?")
    return capitalised(f"{who_} không hẹn hò{whom}{' cả' if anyone else ''}." if m["not"] else
                       f"{who_} đang hẹn hò{whom}.")


def _split_vi(text: str) -> str | None:
    """"They broke up last month." as "Tháng trước họ chia tay.", "She broke up with her boyfriend." as "Cô ấy đã
    chia tay bạn trai.", "They've broken up." as "Họ chia tay rồi.", "He just broke up with her." as "Anh ấy vừa
    chia tay với cô ấy.", "Have they broken up?" as "Họ đã chia tay chưa?", "They got back together." as "Họ đã quay
    lại với nhau." (_SPLIT_EN); None for anything else, a day ahead, and where the verb does not agree with who."""
    m = _SPLIT_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux0, aux, verb = (m["aux0"] or "").lower(), (m["aux"] or "").strip(), (m["split"] or m["got"]).lower()
    have = aux0 if aux0 in ("have", "has") else aux  # (the perfect: "Have they …", "They've …")
    day = when(m["day"], "en", NEAR_SPANS) if m["day"] else ""
    if aux0 and aux or have and (have in ("has", "'s")) != one or (verb in ("break", "get")) != (aux0 == "did") and \
            verb != "split" or verb in ("broke", "got") and have or verb in ("broken", "gotten") and not have or \
            day is None or day and (have or m["just"] or aux0 or not BEHIND.fullmatch(m["day"])):
        return None
    whom = "" if m["each"] else _whom_vi(m, _own_en(m, who_))
    if whom is None or not whom and who_ not in ("họ", "chúng tôi") or m["one"]:
        return None
    if m["split"]:
        whom = f" {whom}" if m["partner"] else f" với {whom}" if whom else ""
        done = f"chia tay{whom}"
    else:
        done = f"quay lại với {whom or 'nhau'}"
    if aux0:
        return capitalised(f"{who_} đã {done} chưa?")
    if m["just"]:
        return capitalised(f"{who_} vừa {done}.")
    if day:
        return placed(f"{who_} {done}", day, ".")
    return capitalised(f"{who_} {done} rồi." if have else f"{who_} đã {done}.")


def _love_vi(text: str) -> str | None:
    """"I'm in love." as "Tôi đang yêu.", "They're in love." as "Họ đang yêu nhau.", "He's in love with Lan." as "Anh
    ấy đang yêu Lan.", "Is she in love with him?" as "Cô ấy có yêu anh ấy không?", "She fell in love with him." as
    "Cô ấy đã phải lòng anh ấy." (_LOVE_EN); None for anything else, and where the verb does not agree with who."""
    m = _LOVE_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or asked and (m["be"] or m["fell"] or m["not"]) or not (
            asked or m["be"] or m["fell"]):
        return None
    who_, one = who_vi(m)
    aux = (m["aux"] or "").strip()
    if m["fell"] and (bool(aux) != (m["fell"] == "fallen") or aux and (aux in ("has", "'s")) != one) or \
            not m["fell"] and be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    many, whom = who_ in ("họ", "chúng tôi"), _whom_vi(m, set())
    if m["each"] and many or whom == "" and many:
        whom = "nhau"  # ("They're in love.": with each other)
    if whom is None or not whom and m["fell"]:
        return None
    whom = f" {whom}" if whom else ""
    if asked:
        return capitalised(f"{who_} có {'yêu' if whom else 'đang yêu'}{whom} không?")
    if m["not"]:
        return capitalised(f"{who_} không yêu{whom}.") if whom else None
    if m["fell"]:
        fell = "yêu" if whom == " nhau" else "phải lòng"  # ("They fell in love.": "Họ đã yêu nhau.")
        return capitalised(f"{who_} đã {fell}{whom}." if aux == "" else f"{who_} {fell}{whom} rồi.")
    return capitalised(f"{who_} đang yêu{whom}.")
