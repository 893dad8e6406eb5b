"""Couples, both ways, written whole by rule: two people still together or in love, or no longer, how long they have
been together or dating, one who broke up with another, why they broke up, and two who are separated. v8 (rules on)
reads "bên nhau" as sides, loses "còn" (still) and the question, and "chia tay" as hands split, "ly thân" as divorced:
"Họ vẫn còn yêu nhau chứ?" → "Do they love?", "Họ vẫn còn bên nhau không?" → "Are they still sided?", "Họ có còn yêu
nhau không?" → "Do they love each other?", "Họ không còn bên nhau nữa." → "They don't have any longer side.", "Họ yêu
nhau bao lâu rồi?" → "How long have they been loving each other?", "Họ đã bên nhau được năm năm." → "They've been
sided for five years.", "Cô ấy chia tay bạn trai." → "She splits her hands.", "Lan chia tay Minh." → "I break up.",
"Tại sao họ chia tay?" → "Why do they break up?", "Bố mẹ tôi đang ly thân." → "My parents are divorced."; "Are they
still together?" → "Họ vẫn có cùng nhau không?", "They're still together." → "Họ vẫn còn kết hợp với nhau.", "Are
they still in love?" → "Họ vẫn còn tình yêu?", "They're no longer in love." → "Chúng không còn yêu thương nữa.",
"They've been together for five years." → "Họ đã cùng nhau được 5 năm rồi.", "Are they back together?" → "Họ có phải
quay lại với nhau không?", "They're separated." → "Chúng bị phân biệt.".

Taken: two (we, they, "hai bạn"/"các bạn" asked: you, parents of mt.people.PARENTS_WHOSE, two names "Lan và Minh")
still ("vẫn", "còn", "vẫn còn"), asked ("có còn … không", "chứ", "à"), or no longer ("không còn … nữa") together ("bên
nhau", "ở bên nhau") or in love ("yêu nhau"); anyone (mt.hobbies.WHO) still in love with someone (WHOM); how long two
have been together ("yêu nhau", "bên nhau") or dating ("hẹn hò"), asked ("bao lâu rồi"), or said ("được" or "rồi"
with a span of mt.dates.SPAN in weeks, months, years; "từ năm 2015"); he, she, a name or kin (not "tôi", "bạn") who
broke up with their boyfriend or girlfriend ("chia tay" with no tense; a pronoun or a name as whom is left: a
goodbye?), and why anyone did ("Tại sao …?"); two who are separated ("đang ly thân"), have separated, or did on a
day behind (mt.free_time.when, mt.dates.NEAR_SPANS); in English also "Are they back together?". Left: broke up or got
back together with a tense or a day, in love, dating now (mt/dating.py's), married, divorced (mt/family.py's,
mt/weddings.py's), known each other (mt/family.py's), "quen nhau" (known, or dating?), "Tôi chia tay anh ấy." (done,
or said as it is done?), kin as whom ("chia tay mẹ": a goodbye), "anh", "chị", "em" alone, one alone together.
mt.phrasebook.translate tries these after mt/religion.py.

    >>> translate("Họ vẫn còn yêu nhau chứ?", "vi", "en"), translate("Are they still together?", "en", "vi")
    ('Are they still in love?', 'Họ có còn bên nhau không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS, SPAN, span
from .dating import PARTNERS
from .ever import OBJECTS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM_EN, as_whom, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN
from .numbers import EN_TO_VI
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS
from .text import (BE_EN, SOFTENED_END, WHOSE_OF, alternatives, be, be_said, capitalised, contracted, keyed,
                   strip_marks)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhau|chia\s+tay|ly\s+thân|hẹn\s+hò|còn\s+yêu)"),
         "en": lazy(r"(?i:together|in\s+love|separated|been\s+dating)")}
# two, who are together or not: "họ", "chúng tôi", "bố mẹ tôi", "hai bạn" (asked), "Lan và Minh"
_TWO = (rf"(?:(?P<we>(?i:họ|chúng\s+tôi|chúng\s+ta))|{PARENTS_WHOSE}|(?P<you>(?i:hai\s+bạn|hai\s+người|các\s+bạn))|"
        rf"(?P<a>{alternatives(GIVEN)})\s+và\s+(?P<b>{alternatives(GIVEN)}))")
_TWO_EN = (rf"(?:(?P<we>(?i:we|they|you)(?P<two>\s+two)?)|{PARENTS_WHOSE_EN}|"
           rf"(?P<a>{alternatives(GIVEN_EN)})\s+and\s+(?P<b>{alternatives(GIVEN_EN)}))")
_TWO_VI = {"we": "chúng tôi", "they": "họ", "you": "hai bạn"}
_STILL = r"(?:(?P<still>vẫn\s+còn|vẫn|còn)|(?P<ask>có\s+còn)|(?P<no>không\s+còn))\s+"
_ASKED = r"(?P<more>\s+nữa)?(?:\s+(?P<asked>chứ|không|à))?" + SOFTENED_END
# still together, or in love ("Họ vẫn còn bên nhau chứ?", "Họ không còn yêu nhau nữa.", "Anh ấy vẫn còn yêu cô ấy.")
_TOGETHER = lazy(rf"{_TWO}\s+{_STILL}(?:ở\s+)?(?:(?P<love>yêu)|bên)\s+nhau{_ASKED}")
_IN_LOVE = lazy(rf"{WHO}\s+{_STILL}(?P<love>yêu)\s+(?P<whom>(?i:{alternatives(OBJECTS)})|"
                rf"{alternatives(GIVEN)}){_ASKED}")
# how long ("Họ yêu nhau bao lâu rồi?", "Chúng tôi đã ở bên nhau được năm năm rồi.", "… từ năm 2015.")
_LONG = lazy(rf"{_TWO}\s+(?:đã\s+)?(?:(?:ở\s+)?bên\s+nhau|yêu\s+nhau|(?P<dating>hẹn\s+hò))\s+"
             rf"(?:(?P<by>được)\s+)?(?:(?P<ask>bao\s+lâu)|{SPAN}|từ\s+năm\s+(?P<year>(?:19|20)\d\d))"
             rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# who broke up with whom ("Cô ấy chia tay bạn trai.", "Tại sao Lan chia tay Minh?", "Tại sao họ chia tay?")
_PARTNER = rf"(?P<partner>bạn\s+trai|bạn\s+gái)(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
_SPLIT = lazy(rf"(?:(?P<why>[Tt]ại\s+sao|[Vv]ì\s+sao)\s+)?{WHO}\s+(?:lại\s+)?chia\s+tay(?:\s+(?:với\s+)?"
              rf"(?:{_PARTNER}|(?P<whom>(?i:{alternatives(OBJECTS)})|{alternatives(GIVEN)})))?{SOFTENED_END}")
# two who are separated ("Bố mẹ tôi đang ly thân.", "Họ ly thân năm ngoái.")
_APART = lazy(rf"{DAY_OPENING}{_TWO}\s+(?:(?P<tense>đã|đang)\s+)?ly\s+thân{DAY_AFTER}(?:\s+(?P<done>rồi))?"
              rf"{SOFTENED_END}")

# ... and in English
# still, or no longer, together or in love ("Are they still together?", "They aren't in love anymore.", "Is she still
# in love with him?"), or back together
_NOW_EN = r"(?:\s+(?P<still>still)|(?P<not>\s+not|n't)|\s+(?P<no>no\s+longer))?"
_TOGETHER_EN = lazy(rf"(?:(?P<be0>Are)\s+)?{_TWO_EN}(?P<be>'re|\s+are)?{_NOW_EN}\s+(?:(?P<back>back\s+)?"
                    r"together|(?P<love>in\s+love)(?:\s+with\s+each\s+other)?)(?P<more>\s+any\s?more)?"
                    r"\s*(?P<end>[.!?]*)")
_IN_LOVE_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?{_NOW_EN}\s+(?P<love>in\s+love)\s+with\s+"
                   rf"{WHOM_EN}(?P<more>\s+any\s?more)?\s*(?P<end>[.!?]*)")
_COUNTS_EN = EN_TO_VI | {"a few": "vài", "a": "một", "an": "một"}
_UNITS_VI = {"week": "tuần", "month": "tháng", "year": "năm"}
# ("How long have they been together?", "They've been together for five years.", "… since 2015."; the count and
# "-s" read together: "for a year", "for five years")
_LONG_EN = lazy(rf"(?:(?P<ask>How\s+long\s+have)\s+)?{_TWO_EN}(?(ask)|(?:'ve|\s+have))\s+been\s+"
                r"(?:together|(?P<dating>dating))(?(ask)\s*\?+|\s+(?:for\s+(?P<n>\d{1,2}|a\s+few|an?|"
                rf"{alternatives(EN_TO_VI)})\s+(?P<u>{alternatives(_UNITS_VI)})(?P<s>s)?|"
                r"since\s+(?P<year>(?:19|20)\d\d))\s*[.!]*)")
# ("They're separated.", "They've separated.", "They separated last year.")
_APART_EN = lazy(rf"{_TWO_EN}(?:(?P<be>'re|\s+are)|(?P<have>'ve|\s+have))?\s+separated{DAY_AFTER_EN}\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether two are still together or in love, how long they have
    been together, who broke up with whom or why, or that two are separated; None for any other."""
    if src == "vi":
        return _together(text) or _long(text) or _split(text) or _apart(text)
    text = text.replace("’", "'")  # (the patterns read "'" alone)
    return _together_vi(text) or _long_vi(text) or _apart_vi(text)


def _two(m: re.Match, asked: bool) -> str | None:
    """Two of a match of _TWO in English: "they", "we", "my parents", "you two" (asked only), "Lan and Minh"."""
    if m["parents"]:
        return parents_said(m, "en")
    if m["a"]:
        return f"{strip_marks(m['a'])} and {strip_marks(m['b'])}"
    if m["you"]:
        return None if not asked else "you" if keyed(m["you"]) == "các bạn" else "you two"
    return "they" if keyed(m["we"]) == "họ" else "we"


def _two_vi(m: re.Match, asked: bool = False) -> str:
    """Two of a match of _TWO_EN in Vietnamese: "họ", "chúng tôi" ("chúng ta" `asked`: of the one asked too), "bố mẹ
    tôi", "hai bạn", "Lan và Minh"."""
    if m["parents"]:
        return parents_said(m, "vi")
    said = f"{m['a']} và {m['b']}" if m["a"] else _TWO_VI[m["we"].split()[0].lower()]
    return "chúng ta" if asked and said == "chúng tôi" else said


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _TOGETHER or _IN_LOVE asks, as its words and "?" agree ("có còn … không?", "vẫn còn …
    chứ?"); None where they do not, or "không còn" ends in "nữa" or not where it should."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and keyed(m["asked"] or "") != "không" or m["no"] and asked or \
            m["more"] and not m["no"]:
        return None
    return asked


def _together(text: str) -> str | None:
    """"Họ vẫn còn yêu nhau chứ?" as "Are they still in love?", "Họ vẫn còn bên nhau." as "They're still together.",
    "Họ không còn bên nhau nữa." as "They're not together anymore.", "Anh ấy có còn yêu cô ấy không?" as "Is he still
    in love with her?" (_TOGETHER, _IN_LOVE); None for anything else."""
    m = _TOGETHER.fullmatch(text) or _IN_LOVE.fullmatch(text)
    if not m or (asked := _asked(m)) is None:
        return None
    if "whom" in m.re.groupindex:
        said, whom = who(m, asked), as_whom(m["whom"], "vi")
        if said is None or not whom:
            return None
        who_, be_ = said[0], be(said[0])
        state = f"in love with {whom}"
    else:
        who_, be_, state = _two(m, asked), "are", "in love" if m["love"] else "together"
        if who_ is None:
            return None
    if asked:
        return f"{be_.capitalize()} {who_} still {state}?"
    if m["no"]:
        said = contracted(who_, f"{be_} not {state} anymore.")
        return capitalised(said.replace(f" {be_} not ", f" {be_}n't "))  # ("they're not", "my parents aren't")
    return capitalised(contracted(who_, f"{be_} still {state}."))


def _long(text: str) -> str | None:
    """"Họ yêu nhau bao lâu rồi?" as "How long have they been together?", "Chúng tôi đã ở bên nhau được năm năm." as
    "We've been together for five years.", "Họ hẹn hò từ năm 2015." as "They've been dating since 2015." (_LONG);
    None for anything else, and a span with neither "được" nor "rồi" (together then, and no longer?)."""
    m = _LONG.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != ("?" in m["end"]) or asked and not m["done"] or m["year"] and m["by"] or \
            m["n"] and (m["u"] not in _UNITS_VI.values() or not (m["by"] or m["done"])):
        return None
    who_, doing = _two(m, asked), "dating" if m["dating"] else "together"
    if who_ is None or who_ == "you" and not asked:
        return None
    if asked:
        return f"How long have {who_} been {doing}?"
    since = f"since {m['year']}" if m["year"] else f"for {span(m)}"
    return capitalised(contracted(who_, f"have been {doing} {since}."))


def _own(m: re.Match, who_: str) -> str | None:
    """Whose one's own boyfriend or girlfriend is, of who of a match of WHO said `who_` in English: "her" for "cô
    ấy" and "chị tôi"; None for a name alone (whose?) and two."""
    if who_ in ("we", "they"):
        return None
    return WHOSE_OF.get(who_.lower()) or his_her_of(m)


def _split(text: str) -> str | None:
    """"Cô ấy chia tay bạn trai." as "She broke up with her boyfriend.", "Tại sao Lan chia tay Minh?" as "Why did Lan
    break up with Minh?", "Tại sao họ chia tay?" as "Why did they break up?" (_SPLIT); None for anything else, "tôi"
    or "bạn" who said it ("Tôi chia tay anh ấy.": done, or being done?), one with no one said, and one not a partner
    said ("Lan chia tay Minh.": or a goodbye?)."""
    m = _SPLIT.fullmatch(text)
    why = bool(m and m["why"])
    if not m or why != ("?" in m["end"]) or (said := who(m, why)) is None or said[0] in ("I", "we"):
        return None
    who_ = said[0]
    if m["partner"]:
        owner = OWNERS[keyed(m["owner"])] if m["owner"] else _own(m, who_)
        whom = owner and f"{owner} {PARTNERS[keyed(m['partner'])]}"
    else:
        whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if whom is None or not (why or m["partner"] and whom and who_ != "you"):
        return None  # (a whom not a partner, said: "Lan chia tay Minh." may be a goodbye)
    whom = f" with {whom}" if whom else ""
    return f"Why did {who_} break up{whom}?" if why else capitalised(f"{who_} broke up{whom}.")


def _apart(text: str) -> str | None:
    """"Bố mẹ tôi đang ly thân." as "My parents are separated.", "Họ ly thân rồi." as "They've separated.", "Họ ly
    thân năm ngoái." as "They separated last year." (_APART); None for anything else, and no tense nor day."""
    m = _APART.fullmatch(text)
    day = when(m["day0"] or m["day"], "vi", NEAR_SPANS) if m and not (m["day0"] and m["day"]) else None
    if not m or "?" in m["end"] or day is None or day and not BEHIND.fullmatch(day) or (who_ := _two(m, False)) \
            is None or m["tense"] == "đang" and (day or m["done"]) or not (m["tense"] or day or m["done"]):
        return None
    if m["tense"] == "đang":
        return capitalised(contracted(who_, "are separated."))
    if day:
        return capitalised(f"{who_} separated {day}.")
    return capitalised(contracted(who_, "have separated."))


def _together_vi(text: str) -> str | None:
    """"Are they still together?" as "Họ có còn bên nhau không?", "They're still in love." as "Họ vẫn còn yêu
    nhau.", "They aren't together anymore." as "Họ không còn bên nhau nữa.", "Is she still in love with him?" as "Cô
    ấy có còn yêu anh ấy không?", "Are they back together?" as "Họ quay lại với nhau rồi à?" (_TOGETHER_EN,
    _IN_LOVE_EN); None for anything else, and where "is" does not agree with who."""
    m = _TOGETHER_EN.fullmatch(text)
    if m and not m["be0"] and m["we"] and m["two"]:
        return None  # ("You two are …": said to them, as Vietnamese does not)
    if m:
        who_, one, back = _two_vi(m, bool(m["be0"])), False, bool(m["back"])
        state = "yêu nhau" if m["love"] else "bên nhau"
    elif m := _IN_LOVE_EN.fullmatch(text):
        (who_, one), back = who_vi(m), False
        state = f"yêu {as_whom(m['whom'], 'en')}" if as_whom(m["whom"], "en") else None
    if not m or not state:
        return None
    asked, be_ = bool(m["be0"]), m["be0"] or m["be"]
    if asked != ("?" in m["end"]) or asked == bool(m["be"]) or be_said(be_) != be_of(who_, one) or (
            asked and not (m["still"] or back)) or back and (m["still"] or m["not"] or m["no"] or m["more"]) or (
            bool(m["more"]) != bool(m["not"])) or not (asked or back or m["still"] or m["not"] or m["no"]):
        return None
    if back:
        return capitalised(f"{who_} quay lại với nhau rồi{' à?' if asked else '.'}")
    if asked:
        return capitalised(f"{who_} có còn {state} không?")
    return capitalised(f"{who_} {'vẫn' if m['still'] else 'không'} còn {state}{'.' if m['still'] else ' nữa.'}")


def _long_vi(text: str) -> str | None:
    """"How long have they been together?" as "Họ đã ở bên nhau bao lâu rồi?", "We've been together for five years."
    as "Chúng tôi đã ở bên nhau được năm năm rồi.", "… since 2015." as "… từ năm 2015." (_LONG_EN); None for anything
    else, and where the count does not agree with the unit ("for five year", "for a years")."""
    m = _LONG_EN.fullmatch(text)
    if not m:
        return None
    who_ = _two_vi(m, bool(m["ask"]))
    doing = "hẹn hò" if m["dating"] else "ở bên nhau"
    if m["ask"]:
        return capitalised(f"{who_} đã {doing} {'được ' * bool(m['dating'])}bao lâu rồi?")
    if m["year"]:
        return capitalised(f"{who_} đã {doing} từ năm {m['year']}.")
    n = keyed(m["n"])
    if (n in ("a", "an", "one", "1")) == bool(m["s"]) or n == "an":
        return None
    return capitalised(f"{who_} đã {doing} được {_COUNTS_EN.get(n, n)} {_UNITS_VI[m['u']]} rồi.")


def _apart_vi(text: str) -> str | None:
    """"My parents are separated." as "Bố mẹ tôi đang ly thân.", "They've separated." as "Họ ly thân rồi.", "They
    separated last year." as "Năm ngoái họ ly thân." (_APART_EN); None for anything else, and a day ahead."""
    m = _APART_EN.fullmatch(text)
    if not m or m["we"] and m["two"]:
        return None
    who_ = _two_vi(m)
    day = when(m["day"], "en", NEAR_SPANS) if m["day"] else ""
    if day is None or day and (m["be"] or m["have"] or not BEHIND.fullmatch(m["day"])):
        return None
    if m["be"]:
        return capitalised(f"{who_} đang ly thân.")
    if day:
        return placed(f"{who_} ly thân", day, ".")
    return capitalised(f"{who_} ly thân rồi." if m["have"] else f"{who_} đã ly thân.")
