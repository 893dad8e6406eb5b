"""The Kitchen Gods' Day (ngày ông Công ông Táo, the 23rd of the twelfth lunar month), both ways, written whole by
rule: the day itself, carp bought to offer to the Kitchen Gods, carp released, offerings made to them, votive paper
burned, and the Kitchen God riding a carp up to heaven. v8 (every other rule on) reads "ông Công ông Táo" as "Mr. Cong
Mr Tur", "cá chép" as a copy or a puppy note, "vàng mã" as gold, "thả" as dropping: "Hôm nay là ngày ông Công ông
Táo." → "Today is the day Mr. Cong Mr Tur.", "Mẹ tôi đã mua cá chép để cúng ông Táo." → "My mother bought a copy of
the Turp.", "Chúng tôi đã đốt vàng mã cho ông bà." → "We burned her gold.", "Nhà tôi đã thả cá chép xuống hồ." → "My
house dropped fish on lake.", "Ông Táo cưỡi cá chép lên trời." → "Mr. Turping the fish on the sky.", "Mẹ tôi đang cúng
ông Công ông Táo." → "My mother was bowing Mr. Cong."; and back, "Today is the Kitchen Gods' Day." → "Hôm nay là ngày
Nhà giáo Kitchen.", "My mother went to buy carp for the Kitchen Gods' offering." → "Mẹ tôi đi mua xe cho lời khuyên
của Chúa.", "We burned votive paper for our grandparents." → "Chúng tôi đã đốt giấy báo hiệu cho ông bà của chúng
tôi.", "My family released carp into the lake." → "Gia đình tôi phát hành xe hơi vào hồ.", "The Kitchen God rides a
carp up to heaven." → "Biết Chúa đi xe lên trời.".

Taken: today, tomorrow or yesterday being the Kitchen Gods' Day (in English, or the 23rd of the twelfth lunar month),
said or asked ("có phải … không?", "à?"); when the day is ("ngày nào?", the 23rd of "tháng Chạp"); the Kitchen God (or
Gods) riding a carp up to heaven, or going up on the 23rd, to report to the Jade Emperor; who (mt.hobbies.WHO, WHO_EN;
parents and grandparents; "nhà tôi", "gia đình tôi", my family) buying carp to offer to the Kitchen Gods ("mua cá chép
để cúng ông Táo"), releasing carp (into a lake, a river, a pond; to see the Kitchen Gods off to heaven), burning votive
paper (for the grandparents, the ancestors, someone) or making offerings to the Kitchen Gods: done ("đã", a day behind),
just ("vừa"), already ("rồi"), now ("đang"), ahead ("sẽ", a day ahead), not yet ("chưa", "… chưa?"), as a habit
("thường", "luôn", every year); and, of the customs (votive paper, offerings) only, asked ("có … không?") or denied
("không"); "đi" (going to buy or release) only done or ahead. Left: a bare doing ("Mẹ tôi đi mua cá chép để cúng ông
Táo.", "Chúng tôi đốt vàng mã cho ông bà.", "Nhà tôi thả cá chép ở hồ.": done, now, or a habit?), carp bought with no
Kitchen God said, "ông Công" alone (Mr Cong?), "Táo Quân" (also the TV show), "hóa vàng", incense and the lunar days
(mt/ancestors.py), "Hôm nay là 23 tháng Chạp." (mt/days_asked.py's), worshipping the ancestors and Tet (mt/new_year.py,
mt/tet_holiday.py), the pagoda (mt/religion.py), fishing (mt/fishing.py), carp as pets (mt/aquariums.py) or as food, "có
… không?" of buying or releasing (did, do or will?), "đi … rồi" (gone, or been?), the grandparents of he, she or a name
(whose, in English?), a pet as who, "I" asked, "em" asking with "ạ" (the speaker), "nhà mình" asked (we, or you?),
"anh", "chị", "em" alone saying it, a "?" on a statement, a statement ending in "thế", "vậy" (then? you see?), "nhỉ",
and anything else.
mt.phrasebook.translate tries these after mt/folk_remedies.py.

    >>> translate("Hôm nay là ngày ông Công ông Táo.", "vi", "en"), translate("We burned votive paper.", "en", "vi")
    ("Today is the Kitchen Gods' Day.", 'Chúng tôi đã đốt vàng mã.')
"""
from __future__ import annotations

import re

from .ancestors import FAMILY_WHO, FAMILY_WHO_EN, FOR_WHOM, family_who, family_who_vi, for_whom, verb_agrees
from .dates import NEAR_WAY, near_days
from .hobbies import SOMEONE_EN, animal, pet, someone
from .lazy_re import lazy
from .numbers import en_ordinal, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here ("táo" alone is an apple)
_KEYS = {"vi": lazy(r"(?i:ông\s+táo|vàng\s+mã|cá\s+chép)"),
         "en": lazy(r"(?i:kitchen\s+god|votive|joss|carp\b|twelfth\s+lunar)")}
_DAY_23 = f"the {en_ordinal(23)} of the twelfth lunar month"
_LUNAR_23 = rf"(?:ngày\s+)?(?:23|{vi_word(23)})\s+tháng\s+(?i:chạp)(?:\s+âm\s+lịch)?"
_LUNAR_23_EN = rf"the\s+{en_ordinal(23)}(?:\s+day)?\s+of\s+the\s+twelfth\s+lunar\s+month"
_GOD_DAY_EN = r"(?:the\s+)?(?i:kitchen\s+gods?['’]?\s+day)"
_WHEN = near_days("hôm nay", "ngày mai", "hôm qua")
_NEAR = near_days("hôm qua", "tối qua", "hôm kia", "năm ngoái", "ngày mai", "tối mai", "ngày kia", "năm sau")
_NEAR_EN = {en: vi for vi, en in reversed(_NEAR.items())}
_YEARLY = {"mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year"}  # (a custom's habit)
_WATER = {"hồ": "the lake", "sông": "the river", "ao": "the pond"}
_WATER_EN = {en.split()[1]: vi for vi, en in _WATER.items()}


def _gods(name: str) -> str:
    """The Kitchen God ("ông Táo") or Gods ("ông Công ông Táo") in Vietnamese, as the group `name`."""
    return rf"(?P<{name}>(?i:ông\s+công\s+(?:và\s+)?ông\s+táo|ông\s+táo))"


# the day ("Hôm nay là ngày ông Công ông Táo.", "Hôm nay có phải là ngày ông Táo không?"; "Hôm nay là 23 tháng
# Chạp." is mt/days_asked.py's)
_DATE = lazy(rf"(?P<when>(?i:{alternatives(_WHEN)}))\s+(?:(?P<ask>có\s+phải)\s+)?(?:là\s+)?ngày\s+{_gods('g')}"
             rf"(?:\s+(?P<asked>không)|\s+(?P<a>à))?{SOFTENED_END}")
# ... and when it is ("Ngày ông Công ông Táo là ngày 23 tháng Chạp.", "Ngày ông Công ông Táo là ngày nào?")
_DAY_IS = lazy(rf"[Nn]gày\s+{_gods('g')}\s+(?:là\s+(?P<lunar>{_LUNAR_23})|(?:là\s+|vào\s+)?(?P<what>ngày\s+nào|"
               rf"hôm\s+nào|khi\s+nào)){SOFTENED_END}")
# the legend ("Ông Táo cưỡi cá chép lên trời.", "Ông Công ông Táo về trời vào ngày 23 tháng Chạp.")
_LEGEND = lazy(rf"{_gods('g')}\s+(?:(?P<ride>cưỡi\s+cá\s+chép)\s+)?(?:về|lên)\s+trời(?:\s+(?P<on>vào\s+{_LUNAR_23}))?"
               r"(?P<report>\s+(?:để\s+)?(?:báo\s+cáo|bẩm\s+báo)\s+(?:với\s+)?(?i:ngọc\s+hoàng))?" + SOFTENED_END)
_DOING = (rf"(?P<go>đi\s+)?(?:(?P<buy>mua)\s+cá\s+chép\s+(?:để\s+)?cúng\s+{_gods('g1')}|"
          rf"(?P<burn>đốt)\s+vàng\s+mã(?:{FOR_WHOM})?|(?P<free>thả)\s+cá\s+chép(?:\s+(?:ở|xuống|ra)\s+(?P<water>"
          rf"{alternatives(_WATER)}))?(?P<off>\s+(?:để\s+)?tiễn\s+{_gods('g2')}\s+về\s+trời)?|"
          rf"(?P<offer>cúng)\s+{_gods('g3')})")
_WHEN_VI = rf"(?i:{alternatives(_NEAR)}|{alternatives(_YEARLY)})"
_DOES = lazy(rf"(?:(?P<day0>{_WHEN_VI})\s*,?\s+)?{FAMILY_WHO}\s+(?:(?P<t>đã|đang|sẽ|vừa\s+mới|vừa|chưa)\s+)?"
             rf"(?:(?P<ask>có)\s+)?(?:(?P<seldom>thường|luôn)\s+)?(?:(?P<not>không)\s+)?{_DOING}"
             rf"(?:\s+(?P<day>{_WHEN_VI}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# the doings: the English verb (base, "-s", past, past participle, "-ing"), and what is done
_VERBS = {"buy": ("buy", "buys", "bought", "bought", "buying"),
          "burn": ("burn", "burns", "burned", "burned", "burning"),
          "free": ("release", "releases", "released", "released", "releasing"),
          "offer": ("make", "makes", "made", "made", "making")}
_BASES = (*(forms[0] for forms in _VERBS.values()), "go")  # the verbs whose "-s" tells who (verb_agrees)
_CUSTOMS = ("burn", "offer")  # (kept or not, asked or denied: "Bạn có đốt vàng mã không?" is a habit)
_SELDOM = {"thường": "usually", "luôn": "always"}
_SELDOM_VI = {en: vi for vi, en in _SELDOM.items()}

# ... in English
_DATE_EN = lazy(rf"(?:(?P<q>Is|Was)\s+(?P<qwhen>today|tomorrow|yesterday)|(?P<when>Today|Tomorrow|Yesterday)\s+"
                rf"(?P<be>is|was))\s+(?:(?P<day>{_GOD_DAY_EN})|(?P<lunar>{_LUNAR_23_EN}))\s*(?P<end>[.!?]*)")
_DAY_IS_EN = lazy(rf"(?:{_GOD_DAY_EN}\s+is\s+(?:on\s+)?{_LUNAR_23_EN}\s*[.!]*|When\s+is\s+{_GOD_DAY_EN}\s*\?+)",
                  re.IGNORECASE)
_LEGEND_EN = lazy(r"The\s+(?i:kitchen)\s+(?P<gods>(?i:gods?))\s+(?:(?P<ride>rides?)\s+(?P<a>a\s+)?carp|"
                  rf"(?P<go>goes|go))\s+(?:back\s+)?up\s+to\s+heaven(?P<on>\s+on\s+{_LUNAR_23_EN})?"
                  r"(?P<report>\s+to\s+report\s+to\s+the\s+Jade\s+Emperor)?\s*(?P<end>[.!]*)")
_FORMS = {form: doing for doing, forms in _VERBS.items() for form in forms} | {"burnt": "burn"}
_WHAT_EN = (r"(?P<carp>carp)(?P<offering>\s+(?i:for\s+the\s+kitchen\s+gods?['’]?\s+offerings?|to\s+offer\s+to\s+the\s+"
            r"kitchen\s+gods?))?|(?P<paper>(?:votive|joss)\s+paper)|(?P<offerings>offerings)\s+to\s+the\s+"
            r"(?i:kitchen\s+gods?)")
_DOES_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{FAMILY_WHO_EN}(?P<aux>\s+(?:do|does|has|have)(?:\s+not|n['’]t)|"
                r"\s+(?:has|have)|['’]ve|\s+will|['’]ll|\s+(?:am|is|are)|['’](?:m|s|re))?"
                r"(?:\s+(?P<adv>just|already|usually|always))?(?:\s+(?P<go>go|goes|went)\s+(?:to|and))?"
                rf"\s+(?P<verb>{alternatives(_FORMS)})\s+(?:{_WHAT_EN})"
                rf"(?:\s+for\s+(?:(?P<forwhose>(?i:{WHOSE_WORDS}|the))\s+(?P<fam>grandparents|ancestors)|"
                rf"(?P<for>{SOMEONE_EN})))?(?:\s+(?:into|in)\s+the\s+(?P<water>lake|river|pond))?"
                r"(?P<off>\s+to\s+see\s+the\s+(?i:kitchen\s+gods?)\s+off\s+to\s+heaven)?"
                rf"(?:\s+(?P<day>{alternatives(_NEAR_EN)}|every\s+year))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# whose own things are, of who in Vietnamese ("nhà tôi": "our")
_MINE = {"tôi": "my", "chúng tôi": "our", "bạn": "your", "họ": "their", "anh ấy": "his", "cô ấy": "her",
         "nhà tôi": "our", "nhà chúng tôi": "our", "nhà bạn": "your", "nhà anh ấy": "his", "nhà cô ấy": "her",
         "nhà họ": "their"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the Kitchen Gods' Day, the Kitchen God going up to heaven, carp bought for
    them or released, offerings made to them, or votive paper burned; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Chúng tôi sẽ đi thả cá chép vậy.": then; the plain statement loses it)
            return None
        return _date(text) or _day_is(text) or _legend(text) or _does(text)
    text = text.replace("’", "'")
    return _date_vi(text) or _day_is_vi(text) or _legend_vi(text) or _does_vi(text)


def _date(text: str) -> str | None:
    """"Hôm nay là ngày ông Công ông Táo." as "Today is the Kitchen Gods' Day.", "Ngày mai có phải là ngày ông Táo
    không?" as "Is tomorrow the Kitchen Gods' Day?" (_DATE); None for anything else."""
    m = _DATE.fullmatch(text)
    asked = bool(m and (m["asked"] or m["a"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    when = _WHEN[keyed(m["when"])]
    day, was = "the Kitchen Gods' Day", NEAR_WAY[keyed(m["when"])] == "behind"
    if asked:
        return f"{'Was' if was else 'Is'} {when} {day}?"
    return f"{when.capitalize()} {'was' if was else 'is'} {day}."


def _day_is(text: str) -> str | None:
    """"Ngày ông Công ông Táo là ngày 23 tháng Chạp." as "The Kitchen Gods' Day is the 23rd of the twelfth lunar
    month.", "Ngày ông Công ông Táo là ngày nào?" as "When is the Kitchen Gods' Day?" (_DAY_IS); None for anything
    else."""
    m = _DAY_IS.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]):
        return None
    return "When is the Kitchen Gods' Day?" if m["what"] else f"The Kitchen Gods' Day is {_DAY_23}."


def _legend(text: str) -> str | None:
    """"Ông Táo cưỡi cá chép lên trời." as "The Kitchen God rides a carp up to heaven.", "Ông Công ông Táo về trời
    vào ngày 23 tháng Chạp." as "The Kitchen Gods go up to heaven on the 23rd of the twelfth lunar month." (_LEGEND);
    None for anything else, and for going up with neither the carp nor the day (done, or as every year?)."""
    m = _LEGEND.fullmatch(text)
    if not m or "?" in m["end"] or not (m["ride"] or m["on"]):
        return None
    many = " " in keyed(m["g"]).removeprefix("ông ")
    god = "The Kitchen Gods" if many else "The Kitchen God"
    verb = ("ride carp" if many else "rides a carp") if m["ride"] else "go" if many else "goes"
    on = f" on {_DAY_23}" if m["on"] else ""
    return f"{god} {verb} up to heaven{on}{' to report to the Jade Emperor' if m['report'] else ''}."


def _tense(m: re.Match, way: str, doing: str) -> str | None:
    """The tense a match of _DOES says (`way` its day's: "habit", "behind", "ahead", ""): "habit", "now", "will",
    "done", "just", "yet", "past"; None where it does not say one for sure ("Tôi đốt vàng mã.")."""
    t, asked, go, done = keyed(m["t"] or ""), m["asked"], bool(m["go"]), bool(m["done"])
    if asked == "chưa" or t == "chưa":
        ok = t in ("", "đã", "chưa") and (t == "chưa") != bool(asked) and not (
            way or m["seldom"] or done or go or m["not"] or m["ask"])
        return "yet" if ok else None
    if m["ask"] or asked or m["not"]:  # ("Bạn có thả cá chép không?": did, do, or will?)
        ok = doing in _CUSTOMS and not (t or go or done or way not in ("", "habit") or m["not"] and (
            asked or m["seldom"])) and bool(m["ask"]) == bool(asked)
        return "habit" if ok else None
    if m["seldom"] or way == "habit":
        return "habit" if not (t or done or way not in ("", "habit")) else None
    if way:
        ok = t in ("", "đã" if way == "behind" else "sẽ") and not done
        return ("past" if way == "behind" else "will") if ok else None
    if done:  # ("Mẹ tôi đi mua cá chép rồi.": gone, or been?)
        return "done" if t in ("", "đã") and not go else None
    if t in ("đã", "sẽ"):
        return "past" if t == "đã" else "will"
    return None if go else {"vừa": "just", "vừa mới": "just", "đang": "now"}.get(t)


def _does(text: str) -> str | None:
    """"Mẹ tôi đã đi mua cá chép để cúng ông Táo." as "My mother went to buy carp for the Kitchen Gods' offering.",
    "Chúng tôi đã đốt vàng mã cho ông bà." as "We burned votive paper for our grandparents.", "Nhà tôi vừa thả cá
    chép xuống hồ." as "My family has just released carp into the lake.", "Bạn có cúng ông Công ông Táo không?" as
    "Do you make offerings to the Kitchen Gods?", "Bạn đã mua cá chép cúng ông Táo chưa?" as "Have you bought carp
    for the Kitchen Gods' offering yet?" (_DOES); None for anything else."""
    m = _DOES.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    doing = next(d for d in _VERBS if m[d])
    day = keyed(m["day0"] or m["day"] or "")
    way = "habit" if day in _YEARLY else NEAR_WAY.get(day, "")
    said = family_who(m, bool(m["asked"]))
    tense = said and _tense(m, way, doing)
    if not tense:
        return None
    who_, one, own = said
    for_ = for_whom(m, own, who_) if doing == "burn" else ""
    if for_ is None:
        return None
    what = {"buy": "carp for the Kitchen Gods' offering", "burn": f"votive paper{for_}",
            "offer": "offerings to the Kitchen Gods", "free": "carp"}[doing]
    if doing == "free":
        what += (f" into {_WATER[keyed(m['water'])]}" if m["water"] else "") + (
            " to see the Kitchen Gods off to heaven" if m["off"] else "")
    base, _, past, pp, ing = _VERBS[doing]
    on = f" {_YEARLY.get(day) or _NEAR[day]}" if day else ""
    asked, has = bool(m["asked"]), "has" if one else "have"
    if tense == "habit":
        verb = f"go to {base}" if m["go"] else base
        seldom = f"{_SELDOM[keyed(m['seldom'])]} " if m["seldom"] else ""
        return present(who_, one, verb, what + on, asked, bool(m["not"]), adverb=seldom)
    if tense == "yet":
        return f"{has.capitalize()} {who_} {pp} {what} yet?" if asked else capitalised(
            f"{who_} {has}n't {pp} {what} yet.")
    said = {"past": f"{'went to ' + base if m['go'] else past} {what}{on}",
            "will": f"will {'go and ' * bool(m['go'])}{base} {what}{on}", "now": f"{be(who_)} {ing} {what}",
            "done": f"{has} already {pp} {what}", "just": f"{has} just {pp} {what}"}[tense]
    return capitalised(contracted(who_, said) + ".")


def _date_vi(text: str) -> str | None:
    """"Today is the Kitchen Gods' Day." as "Hôm nay là ngày ông Công ông Táo.", "Is tomorrow the Kitchen Gods' Day?"
    as "Ngày mai có phải là ngày ông Công ông Táo không?", "Yesterday was the 23rd of the twelfth lunar month." as "Hôm
    qua là ngày 23 tháng Chạp." (_DATE_EN); None for anything else, and where "is" is not the day's ("Yesterday
    is")."""
    m = _DATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    when, be_ = (m["qwhen"] or m["when"]).lower(), (m["q"] or m["be"]).lower()
    if (be_ == "was") != (when == "yesterday"):
        return None
    day = "ngày 23 tháng Chạp" if m["lunar"] else "ngày ông Công ông Táo"
    when_vi = capitalised(next(vi for vi, en in _WHEN.items() if en == when))
    return f"{when_vi} có phải là {day} không?" if m["q"] else f"{when_vi} là {day}."


def _day_is_vi(text: str) -> str | None:
    """"The Kitchen Gods' Day is the 23rd of the twelfth lunar month." as "Ngày ông Công ông Táo là ngày 23 tháng
    Chạp.", "When is the Kitchen Gods' Day?" as "Ngày ông Công ông Táo là ngày nào?" (_DAY_IS_EN); None for anything
    else."""
    if not _DAY_IS_EN.fullmatch(text):
        return None
    return "Ngày ông Công ông Táo là ngày nào?" if "?" in text else "Ngày ông Công ông Táo là ngày 23 tháng Chạp."


def _legend_vi(text: str) -> str | None:
    """"The Kitchen God rides a carp up to heaven." as "Ông Táo cưỡi cá chép lên trời.", "The Kitchen Gods go up to
    heaven on the 23rd of the twelfth lunar month." as "Ông Công ông Táo về trời vào ngày 23 tháng Chạp."
    (_LEGEND_EN); None for anything else, and where the verb does not agree ("The Kitchen God ride …")."""
    m = _LEGEND_EN.fullmatch(text)
    if not m or not (m["ride"] or m["on"]):
        return None
    many = m["gods"].lower() == "gods"
    if (m["ride"] or m["go"]) in (("rides", "goes") if many else ("ride", "go")) or many and m["a"]:
        return None
    god = "Ông Công ông Táo" if many else "Ông Táo"
    on = " vào ngày 23 tháng Chạp" if m["on"] else ""
    report = " để báo cáo với Ngọc Hoàng" if m["report"] else ""
    return f"{god} {'cưỡi cá chép lên' if m['ride'] else 'về'} trời{on}{report}."


def _for_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """For whom votive paper is burned, in Vietnamese (" cho ông bà", " cho tổ tiên", " cho bố tôi"); "" for none;
    None for whose not who's own ("I … for his ancestors"), "his", "her" kin (whose?) or a pet."""
    if m["fam"]:
        whose, mine = m["forwhose"].lower(), _MINE.get(who_) or ("their" if m["parents"] else None)
        if m["fam"] == "ancestors":
            return " cho tổ tiên" if whose in ("the", mine) else None
        if whose not in ("my", "our", "your"):
            return None  # ("My mother … for her grandparents": whose, in Vietnamese?)
        return " cho ông bà" if whose == mine else f" cho ông bà {WHOSE_VI[whose]}"
    if m["for"]:
        if pet(m["for"], "en") or m["for"].split()[0].lower() in ("his", "her", "their"):
            return None
        return (said := someone(m["for"], "en")) and f" cho {said}"
    return ""


def _does_vi(text: str) -> str | None:
    """"My mother went to buy carp for the Kitchen Gods' offering." as "Mẹ tôi đã đi mua cá chép để cúng ông Táo.",
    "We burned votive paper for our grandparents." as "Chúng tôi đã đốt vàng mã cho ông bà.", "My family released
    carp into the lake." as "Nhà tôi đã thả cá chép xuống hồ.", "Do you make offerings to the Kitchen Gods?" as "Bạn
    có cúng ông Công ông Táo không?", "Have you bought carp for the Kitchen Gods' offering yet?" as "Bạn đã mua cá
    chép để cúng ông Táo chưa?" (_DOES_EN); None for anything else, and where a verb does not agree."""
    m = _DOES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or not m["fwhose"] and animal(m):
        return None
    doing, verb = _FORMS[m["verb"].lower()], m["verb"].lower().replace("burnt", "burned")
    base = _VERBS[doing][0]
    if {"buy": not m["offering"], "free": m["offering"] or not m["carp"], "burn": not m["paper"],
            "offer": not m["offerings"]}[doing] or doing != "free" and (m["water"] or m["off"]):
        return None
    who_, one = family_who_vi(m)
    for_ = _for_vi(m, who_, one) if doing == "burn" else "" if not (m["fam"] or m["for"]) else None
    aux, q = " ".join((m["aux"] or "").lower().split()), (m["q"] or "").lower()
    go, adv, day, not_ = (m["go"] or "").lower(), m["adv"], (m["day"] or "").lower(), "n't" in aux or "not" in aux
    first = (q or aux.split(" ")[0] if q or aux else go or verb).removesuffix("n't")
    if for_ is None or q and who_ == "tôi" or not verb_agrees(first, who_, one, _BASES) or go and (
            verb != base or aux and (aux not in ("will", "'ll") or go != "go")):
        return None
    vi = {"buy": "mua cá chép để cúng ông Táo", "burn": f"đốt vàng mã{for_}", "offer": "cúng ông Công ông Táo",
          "free": "thả cá chép"}[doing]
    if doing == "free":
        vi += (f" xuống {_WATER_EN[m['water']]}" if m["water"] else "") + (
            " để tiễn ông Công ông Táo về trời" if m["off"] else "")
    vi = f"đi {vi}" if go else vi
    way = "habit" if day == "every year" else NEAR_WAY[_NEAR_EN[day]] if day else ""
    said = _said_vi(m, doing, _kind(verb, go, _VERBS[doing]), (aux, q, adv, not_), way)
    if said is None:
        return None
    near = capitalised(_NEAR_EN[day]) if way in ("behind", "ahead") else ""
    said = said.format(vi=vi + (" hằng năm" if way == "habit" else ""))
    return capitalised(f"{near} {who_} {said}" if near else f"{who_} {said}")


def _kind(verb: str, go: str, forms: tuple[str, ...]) -> str | None:
    """Which form of its doing the verb of a match of _DOES_EN is ("base", "s", "past" or the past participle,
    "ing"), or "go", "goes", "went" is before it; None for "went to bought"."""
    if go:
        return {"go": "base", "goes": "s", "went": "past"}[go] if verb == forms[0] else None
    return "past" if verb == forms[2] else ("base", "s", "past", "past", "ing")[forms.index(verb)]


def _said_vi(m: re.Match, doing: str, kind: str | None, said: tuple[str, str, str | None, bool],
             way: str) -> str | None:
    """What is said after who in Vietnamese, "{vi}" standing for the doing ("đã {vi}.", "có {vi} không?"), of a match
    of _DOES_EN, its verb's `kind` (_kind), its auxiliary, question word, adverb and denial (`said`), and its day's
    way; None where English does not say one tense for sure."""
    aux, q, adv, not_ = said
    yet, seldom, go = bool(m["yet"]), adv in _SELDOM_VI, bool(m["go"])
    if kind in ("base", "s") and q in ("", "do", "does") and aux in ("", "do not", "does not", "don't", "doesn't"):
        custom = doing in _CUSTOMS and not go  # (asked or denied: "Do you release carp?" is did, do, or will?)
        if (q or not_) and (not custom or kind == "s") or way not in ("", "habit") or adv and not seldom or \
                not_ and adv or yet:
            return None
        adv_vi = f"{_SELDOM_VI[adv]} " if seldom else ""
        return f"có {adv_vi}{{vi}} không?" if q else "không {vi}." if not_ else f"{adv_vi}{{vi}}."
    if seldom or way == "habit" or yet and not (kind == "past" and (q or not_)):
        return None
    if kind == "ing" and aux in ("am", "is", "are", "'m", "'s", "'re"):
        return "đang {vi}." if not (adv or way) else None
    if kind == "base" and aux in ("will", "'ll"):
        return "sẽ {vi}." if way in ("", "ahead") and not adv else None
    if kind == "past" and not go and (q in ("have", "has") or aux.startswith(("have", "has", "'ve")) or aux == "'s"):
        if way or yet != bool(q or not_) or adv and (q or not_):
            return None
        if q or not_:
            return "đã {vi} chưa?" if q else "chưa {vi}."
        return "vừa {vi}." if adv == "just" else "đã {vi} rồi."
    if kind == "past" and not (aux or q) and way in ("", "behind") and not (adv and way):
        return "vừa {vi}." if adv == "just" else "đã {vi} rồi." if adv == "already" else "{vi}." if way else "đã {vi}."
    return None
