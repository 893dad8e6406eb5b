"""Worshipping the ancestors at home and at the pagoda on ordinary days, both ways, written whole by rule: burning
incense (for the ancestors, the grandparents, someone late; on the altar, at the pagoda), offerings made or prepared,
the first and the fifteenth of the lunar month, and eating vegetarian then or at the pagoda. v8 (rules on) reads
"thắp hương" as walking a scent or flavouring, "rằm" as a chin, "mùng một" as blind, "mâm cúng" as slighting, "chay"
as lemons: "Tôi đi thắp hương cho ông bà." → "I walked the scent to her.", "Mẹ tôi thắp hương mỗi tối." → "My mother
is lighted every night.", "Bạn có thắp hương cho ông bà không?" → "Would you be flavored for her?", "Hôm nay là ngày
rằm." → "Today is chin.", "Bà tôi cúng rằm." → "My grandfather was chin.", "Mẹ tôi đang làm mâm cúng." → "My mother
was slighting.", "Tôi đi ăn chay ở chùa." → "I went to eat lemons.", "Mùng một nhà tôi ăn chay." → "I ate a
vegetarian."; and back, "I'm going to burn incense for my grandparents." → "Tôi sẽ đốt kinh cho ông bà tôi." (burn
scripture), "Do you burn incense for your ancestors?" → "Bạn có đốt kinh cho các bác sĩ của mình không?" (doctors),
"My mother is preparing the offerings." → "Mẹ tôi đang chuẩn bị những đợt chào đón.", "Today is the full moon day." →
"Hôm nay là ngày trăng đầy đủ.", "I'm going to eat vegetarian at the pagoda." → "Tôi sẽ ăn chaygetarian tại bàn chùa.".

Taken: who (mt.hobbies.WHO, WHO_EN; parents and grandparents, mt.people.PARENTS_WHOSE; "nhà tôi", "gia đình tôi",
my family) burns incense ("thắp hương", "thắp nhang", "đốt nhang"), makes offerings ("cúng" with a day of the lunar
month, or "đang"), prepares the offerings ("làm", "chuẩn bị", "sửa soạn", "bày" "mâm cúng"; "xong", finished), eats
vegetarian at the pagoda ("ăn chay ở chùa"), or a family eats vegetarian on a day of the lunar month; for the
ancestors ("tổ tiên": whose own, else "the"), the grandparents (of I, we, you, a family of mine or yours), someone
(kin with whose, "ông bà tôi"), on the altar, at the pagoda; as a habit (a day of the lunar month, mt.hobbies.EVERY,
"hay", "thường", "luôn"), now ("đang"), going ("đi": of I, we, my family only), ahead ("sẽ", tomorrow), done ("đã",
"rồi", "vừa"), yet ("chưa"), or on a day behind, said, denied or asked ("có … không?", "… chưa?"); and the day:
"Hôm nay là ngày rằm." ("the fifteenth of the lunar month"), "mùng một âm lịch" (the first day), asked, and "mùng
mấy âm lịch?". Left: "cúng tổ tiên", "thờ cúng" (mt/new_year.py's), "cúng giỗ" (mt/funerals.py's), going to the
pagoda (mt/religion.py's), anyone but a family eating vegetarian on a day of the lunar month (mt/diets.py's), the
mid-autumn full moon, "rằm tháng tám" (mt/mid_autumn.py's), "mùng một" without "âm lịch" as a date (the solar
month's? Tet's?), "cúng" with money or anything after it (donated?), bare "Tôi thắp hương." (now, or a habit?), "đi"
of anyone else (is going, or has gone?) or done ("Tôi đi thắp hương rồi.": gone, or been?), "Chúng ta đi …" (let's),
the grandparents of he, she or a name (whose, in the other language?), "his", "her" kin burned for in English (hers,
or another's?) and ancestors not of who's own ("My mother … for his ancestors"), "thường", "hay", "luôn" with
"không" ("usually doesn't"?), an adverb denied or asked as Vietnamese does not say it ("doesn't always", "Does she
never …?"), vegetarian at the pagoda "chưa" (ever, or yet?), "anh", "chị", "em" alone saying it, a pet as who, "I"
asked, "không?" without "có", a "?" on a statement, "nhỉ", and anything else. mt.phrasebook.translate tries these
after mt/savings_clubs.py.

    >>> translate("Tôi đi thắp hương cho ông bà.", "vi", "en"), translate("Today is the full moon day.", "en", "vi")
    ("I'm going to burn incense for my grandparents.", 'Hôm nay là ngày rằm.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import EVERY, EVERY_VI, HABIT_VI, SELDOM, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, pet, \
    someone, who, who_vi, whose_own
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import SOFTENED_END, agreement_asked, alternatives, be, capitalised, contracted, keyed, present

_KEYS = {"vi": lazy(r"(?i:thắp|đốt\s+nhang|cúng|rằm|mùng|mồng|âm\s+lịch|chùa)"),
         "en": lazy(r"(?i:incense|offerings|lunar|full\s+moon|pagoda)")}
# the days of the lunar month kept (keyed, "vào", "các", "ngày" dropped; "mồng" read as "mùng"), and each in English
_LUNAR = {"rằm": "on full moon days", "mùng một": "on the first day of the lunar month",
          "mùng một và rằm": "on the first and fifteenth of the lunar month",
          "rằm và mùng một": "on the first and fifteenth of the lunar month"}
_LUNAR_VI = {"on full moon days": "vào ngày rằm", "on the full moon day": "vào ngày rằm",
             "on the fifteenth of the lunar month": "vào ngày rằm",
             "on the first day of the lunar month": "vào ngày mùng một",
             "on the first of the lunar month": "vào ngày mùng một",
             "on the first and fifteenth of the lunar month": "vào ngày mùng một và ngày rằm"}
_NEAR = near_days("hôm qua", "tối qua", "tối hôm qua", "ngày mai", "tối mai")
_NEAR_VI = {en: vi for vi, en in reversed(_NEAR.items())}
_ONE_LUNAR = r"(?:rằm|m[ùồ]ng\s+một)"
_DAY = (rf"(?i:(?:vào\s+)?(?:(?:các\s+)?ngày\s+)?{_ONE_LUNAR}(?:\s+và\s+(?:ngày\s+)?{_ONE_LUNAR})?|"
        rf"{alternatives(EVERY)}|{alternatives(_NEAR)})")
# the doings: Vietnamese (group name), its English verb (base, "-s", past, past participle, "-ing") and object
_DOINGS = {"incense": ("burn", "burns", "burned", "burned", "burning", "incense"),
           "tray": ("prepare", "prepares", "prepared", "prepared", "preparing", "the offerings"),
           "offer": ("make", "makes", "made", "made", "making", "offerings"),
           "veg": ("eat", "eats", "ate", "eaten", "eating", "vegetarian")}
_DOINGS_VI = {"incense": "thắp hương", "tray": "làm mâm cúng", "offer": "cúng", "veg": "ăn chay"}
_PLACES = {"ở chùa": "at the pagoda", "trên bàn thờ": "on the altar", "lên bàn thờ": "on the altar",
           "trên bàn thờ tổ tiên": "on the ancestral altar", "lên bàn thờ tổ tiên": "on the ancestral altar"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())} | {"at the altar": "trên bàn thờ"}

# who: parents or grandparents ("ông bà tôi"), a family ("nhà tôi", "gia đình tôi"), or mt.hobbies' (a pronoun, kin
# with whose, a name; mt/kitchen_gods.py reads it too)
FAMILY_WHO = rf"(?:{PARENTS_WHOSE}|(?i:nhà|gia\s+đình)\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|{WHO})"
# who in English with "my family" and parents beside WHO_EN (mt/kitchen_gods.py reads it too)
FAMILY_WHO_EN = rf"(?:{PARENTS_WHOSE_EN}|(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
# for whom incense or votive paper is burned (mt/kitchen_gods.py reads it too)
FOR_WHOM = (rf"\s+cho\s+(?:(?P<gp>ông\s+bà)(?:\s+(?:của\s+)?(?P<gpwhose>(?i:{alternatives(OWNERS)})))?|"
            rf"(?P<anc>(?:ông\s+bà\s+)?tổ\s+tiên)|(?P<for>{SOMEONE}))")
_DOING = (r"(?P<go>đi\s+)?(?:(?P<incense>(?:thắp\s+(?:hương|nhang)|đốt\s+nhang))(?:" + FOR_WHOM + r")?|"
          r"(?P<tray>(?:làm|chuẩn\s+bị|sửa\s+soạn|bày)\s+mâm\s+(?:cỗ\s+)?cúng)(?P<trayfull>\s+rằm)?(?P<xong>\s+xong)?|"
          r"(?P<offer>cúng)|(?P<veg>ăn\s+chay))")
_DOES = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{FAMILY_WHO}\s+(?:(?P<t>đã|đang|sẽ|vừa|mới|chưa)\s+)?"
             rf"(?:(?P<ask>có)\s+)?(?:(?P<seldom>hay|thường|luôn)\s+)?(?:(?P<not>không)\s+)?{_DOING}"
             rf"(?:\s+(?P<place>{alternatives(_PLACES)}))?(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# the day ("Hôm nay là ngày rằm.", "Hôm nay có phải ngày rằm không?", "Hôm nay là mùng mấy âm lịch?")
_DATE = lazy(r"(?P<when>[Hh]ôm\s+nay|[Nn]gày\s+mai|[Hh]ôm\s+qua)\s+(?:(?P<ask>có\s+phải)\s+)?(?:là\s+)?"
             r"(?:ngày\s+)?(?:(?P<full>rằm)(?:\s+âm\s+lịch)?|(?P<first>m[ùồ]ng\s+một)\s+âm\s+lịch|"
             r"(?P<what>m[ùồ]ng\s+mấy|bao\s+nhiêu)\s+âm\s+lịch)(?:\s+(?P<asked>không)|\s+(?P<a>à))?" + SOFTENED_END)

# ... in English: who, the verb (its tense read in _does_vi), what, for whom, where and when
_FORMS = {"burn": "incense", "burns": "incense", "burned": "incense", "burnt": "incense", "burning": "incense",
          "light": "incense", "lights": "incense", "lit": "incense", "lighting": "incense", "prepare": "tray",
          "prepares": "tray", "prepared": "tray", "preparing": "tray", "make": "offer", "makes": "offer",
          "made": "offer", "making": "offer", "eat": "veg", "eats": "veg", "ate": "veg", "eaten": "veg",
          "eating": "veg"}
_FORM = {"burnt": "burned", "light": "burn", "lights": "burns", "lit": "burned", "lighting": "burning"}
_DAY_EN = alternatives([*_LUNAR_VI, *EVERY_VI, *_NEAR_VI])
_DOES_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{FAMILY_WHO_EN}"
                r"(?P<aux>\s+(?:do|does|did|has|have)(?:\s+not|n['’]t)|"
                r"\s+(?:has|have)|['’]ve|\s+will|['’]ll|(?:\s+(?:am|is|are)|['’](?:m|s|re))(?P<going>\s+going\s+to)?)?"
                rf"(?:\s+(?P<adv>just|already|{alternatives(HABIT_VI)}))?\s+(?P<verb>{alternatives(_FORMS)})\s+"
                r"(?P<what>(?:the\s+)?incense|the\s+offerings|offerings|vegetarian)"
                rf"(?:\s+for\s+(?:(?P<forwhose>(?i:{WHOSE_WORDS}|the))\s+(?P<fam>grandparents|ancestors)|"
                rf"(?P<for>{SOMEONE_EN})))?(?:\s+(?P<place>{alternatives(_PLACES_VI)}))?(?:\s+(?P<day>(?i:{_DAY_EN})))?"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DATE_EN = lazy(r"(?:(?P<q>Is)\s+(?P<qwhen>today|tomorrow)|(?P<when>Today|Tomorrow)\s+is|(?P<was>Yesterday)\s+was)"
                r"\s+the\s+(?:(?P<full>full\s+moon\s+day|fifteenth(?:\s+day)?\s+of\s+the\s+lunar\s+month)|"
                r"(?P<first>first(?:\s+day)?\s+of\s+the\s+lunar\s+month))\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(r"What\s+day\s+of\s+the\s+lunar\s+month\s+is\s+(?:it\s+)?today\s*\?+")
_WHEN_EN = {"hôm nay": "today", "ngày mai": "tomorrow", "hôm qua": "yesterday"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of incense burned, offerings made or prepared, vegetarian eaten at the pagoda
    or by a family on a day of the lunar month, or of the lunar day itself; None for any other."""
    if src == "vi":
        return None if agreement_asked(text) else _does(text) or _date(text)
    text = text.replace("’", "'")
    return _does_vi(text) or _date_vi(text)


def _day(said: str | None) -> tuple[str, str] | None:
    """A day of _DAY in English, and its way ("habit", "behind", "ahead"): "vào ngày rằm" as ("on full moon days",
    "habit"), "hôm qua" as ("yesterday", "behind"); ("", "") for none; None for a lunar pair not of _LUNAR."""
    if not said:
        return "", ""
    k = re.sub(r"\bmồng\b", "mùng", keyed(said))
    if k in EVERY or k in _NEAR:
        return (EVERY[k], "habit") if k in EVERY else (_NEAR[k], NEAR_WAY[k])
    k = re.sub(r"\bngày\s+", "", re.sub(r"^(?:vào\s+)?(?:các\s+)?", "", k))
    return (_LUNAR[k], "habit") if k in _LUNAR else None


def family_who(m: re.Match, asked: bool) -> tuple[str, bool, str | None] | None:
    """Who of a match of FAMILY_WHO in English, whether one ("burns"), and whose own the ancestors are ("our" for "nhà
    tôi", "her" for "mẹ tôi"; None where English cannot tell); None for a pet, "I" asked, "em" asking with "ạ" (the
    speaker), "nhà mình" asked (ours, or yours?), "anh" saying it (mt/kitchen_gods.py reads it too)."""
    if m["parents"]:
        return parents_said(m, "en"), False, "their"
    if m["fwhose"]:
        if asked and keyed(m["fwhose"]) == "mình":  # ("Nhà mình đã thắp hương chưa?": have we, or have you?)
            return None
        whose = OWNERS[keyed(m["fwhose"])]
        return f"{whose} family", True, {"my": "our", "our": "our", "your": "your"}.get(whose, "their")
    said = None if animal(m) or em_speaking(m) else who(m, asked)  # ("Em có thắp hương không ạ?": do I?)
    if not said or asked and said[0] == "I":
        return None
    return *said, whose_own(m, said[0])


def for_whom(m: re.Match, own: str | None, who_: str) -> str | None:
    """For whom incense (or votive paper) is burned, in English (" for my grandparents", " for our ancestors", " for my
    father"); "" for none; None for grandparents whose English cannot tell ("Mẹ tôi thắp hương cho ông bà.") and for
    a pet."""
    if m["gp"]:
        whose = OWNERS[keyed(m["gpwhose"])] if m["gpwhose"] else own if who_ in ("I", "we", "you") or \
            who_.endswith(" family") and own in ("our", "your") else None
        return whose and f" for {whose} grandparents"
    if m["anc"]:
        return f" for {own or 'the'} ancestors"
    if m["for"]:
        return None if pet(m["for"], "vi") else (said := someone(m["for"], "vi")) and f" for {said}"
    return ""


def _does(text: str) -> str | None:
    """"Tôi đi thắp hương cho ông bà." as "I'm going to burn incense for my grandparents.", "Mẹ tôi thắp hương mỗi
    tối." as "My mother burns incense every evening.", "Mẹ tôi đang làm mâm cúng." as "My mother is preparing the
    offerings.", "Bà tôi cúng rằm." as "My grandmother makes offerings on full moon days.", "Mùng một nhà tôi ăn
    chay." as "My family eats vegetarian on the first day of the lunar month.", "Bạn đã thắp hương chưa?" as "Have
    you burned incense yet?" (_DOES); None for anything else."""
    m = _DOES.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["day0"] and m["day"] or bool(m["ask"]) != (
            m["asked"] == "không") or m["not"] and m["asked"]:
        return None
    doing = next(d for d in _DOINGS if m[d])
    day = _day(m["day0"] or m["day"])
    said = day and family_who(m, bool(m["asked"]))
    if not said:
        return None
    who_, one, own = said
    place = _PLACES.get(keyed(m["place"] or ""), "")
    for_ = for_whom(m, own, who_) if doing == "incense" else ""
    pagoda = doing == "veg" and place == "at the pagoda"
    # "cúng" only of a lunar day or now; a family's vegetarian days, else only at the pagoda (mt/diets.py's)
    if for_ is None or place and doing not in ("incense", "veg") or doing == "offer" and not (
            day[0] in _LUNAR.values() or m["t"] == "đang") or doing == "veg" and not (
            pagoda or m["fwhose"] and day[0] in _LUNAR.values()) or doing == "veg" and place and not pagoda:
        return None
    base, s, past, pp, ing, what = _DOINGS[doing]
    what = "the full moon offerings" if m["trayfull"] else what
    rest = " ".join(filter(None, (what, for_.strip(), place, day[0] if day[1] == "habit" else "")))
    tense = _tense(m, day[1], who_, doing)
    if tense is None:
        return None
    on = f" {day[0]}" if day[1] in ("behind", "ahead") else ""
    asked, has = bool(m["asked"]), "has" if one else "have"
    seldom = _seldom(m["seldom"], day[0])
    if tense == "habit":
        return present(who_, one, f"go to {base}" if m["go"] else base, rest, asked, bool(m["not"]), adverb=seldom)
    if tense == "yet":
        return (f"{has.capitalize()} {who_} {pp} {rest} yet?" if asked else
                capitalised(f"{who_} {has}n't {pp} {rest} yet."))
    if tense == "past":
        verb = "go to " + base if m["go"] else base
        if asked or m["not"]:
            return f"Did {who_} {verb} {rest}{on}?" if asked else capitalised(f"{who_} didn't {verb} {rest}{on}.")
        return capitalised(f"{who_} {'went to ' + base if m['go'] else past} {rest}{on}.")
    said = {"now": f"{be(who_)} {ing} {rest}", "going": f"{be(who_)} going to {base} {rest}{on}",
            "will": f"will {'go and ' * bool(m['go'])}{base} {rest}{on}", "done": f"{has} {pp} {rest}",
            "just": f"{has} just {pp} {rest}", "finished": f"{has} finished {ing} {rest}"}[tense]
    return capitalised(contracted(who_, said) + ".")


def _seldom(said: str | None, day: str) -> str:
    """How often, in English with a space after it, of "hay", "thường", "luôn" (`said`) with the day in English:
    "usually " for "thường", "hay" with an every day ("Mẹ tôi hay thắp hương mỗi tối.": not "often … every
    evening"); "" for none."""
    if not said:
        return ""
    often = SELDOM[keyed(said)]
    return f"{'usually' if often == 'often' and day in EVERY.values() else often} "


def _tense(m: re.Match, way: str, who_: str, doing: str) -> str | None:
    """The tense a match of _DOES says (`way` its day's: "habit", "behind", "ahead", ""): "habit", "now", "going",
    "will", "done", "just", "finished", "yet", "past"; None where it does not say one for sure ("Tôi thắp hương.")."""
    t, asked, go = m["t"] or "", m["asked"], bool(m["go"])
    # (of I, we, my family only: "Mẹ tôi đi thắp hương." is going, or gone; "Chúng ta đi …" is "let's")
    mine = who_ in ("I", "we", "my family", "our family") and keyed(m["who"] or "") != "chúng ta"
    if m["xong"] and (t not in ("", "đã") or way or asked or m["not"] or m["seldom"]):
        return None
    if m["xong"]:
        return "finished"
    if asked == "chưa" or t == "chưa":  # ("Bạn đã ăn chay ở chùa chưa?": ever, or yet?)
        ok = t in ("", "đã", "chưa") and not (way or m["seldom"] or m["done"] or go or doing == "veg") and (
            t == "chưa") != bool(asked)
        return "yet" if ok else None
    # ("Tôi thường không thắp hương." is "usually doesn't", not "doesn't often"; "luôn không" is "never")
    if m["seldom"] and (t or way not in ("", "habit") or m["not"]) or go and not (doing == "incense" or doing == "veg"):
        return None
    if way == "behind":
        return "past" if t in ("", "đã") and not (m["done"] or m["seldom"]) else None
    if t in ("vừa", "mới") or t == "đã" or m["done"]:  # ("Tôi đi thắp hương rồi.": gone, or been?)
        if go or way or asked or m["not"] or t in ("vừa", "mới") and m["done"]:
            return None
        return "just" if t in ("vừa", "mới") else "done"
    if t == "đang":
        return "now" if not (way or asked or m["not"] or go) else None
    if t == "sẽ":
        return "will" if way in ("", "ahead") and not (asked or m["not"]) else None
    if go and not (way == "habit" or m["seldom"] or m["not"] or asked):
        return "going" if mine and way in ("", "ahead") else None
    if way == "habit" or m["seldom"] or asked or m["not"]:  # ("Bạn có đi thắp hương không?": now, or a habit?)
        return "habit" if way != "ahead" and not (go and not (way or m["seldom"])) else None
    return None


def _date(text: str) -> str | None:
    """"Hôm nay là ngày rằm." as "Today is the fifteenth of the lunar month.", "Ngày mai là mùng một âm lịch." as
    "Tomorrow is the first day of the lunar month.", "Hôm nay có phải là ngày rằm không?" as "Is today the fifteenth
    of the lunar month?", "Hôm nay là mùng mấy âm lịch?" as "What day of the lunar month is it today?" (_DATE); None
    for anything else."""
    m = _DATE.fullmatch(text)
    asked = bool(m and (m["asked"] or m["a"] or m["what"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["what"] and (m["ask"] or m["a"]):
        return None
    when = _WHEN_EN[keyed(m["when"])]
    if m["what"]:
        return f"What day of the lunar month {'was it' if when == 'yesterday' else 'is it'} {when}?"
    day = "the fifteenth of the lunar month" if m["full"] else "the first day of the lunar month"
    if asked:
        return f"{'Was' if when == 'yesterday' else 'Is'} {when} {day}?"
    return f"{when.capitalize()} {'was' if when == 'yesterday' else 'is'} {day}."


def family_who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of FAMILY_WHO_EN in Vietnamese ("nhà tôi" for "my family"), and whether English says it with
    "-s"."""
    if m["parents"]:
        return parents_said(m, "vi"), False
    return (f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True) if m["fwhose"] else who_vi(m)


def verb_agrees(first: str, who_: str, one: bool, verbs: tuple[str, ...] = ()) -> bool:
    """Whether the first word of the verb (`first`: "is", "'m", "have", "does", or one of `verbs` as said or with
    "-s": "burn", "burns") agrees with who in Vietnamese (`who_`, `one` as family_who_vi gives them); True for one that
    does not tell ("will", "did")."""
    if first in ("is", "'s", "has", "does") or first in {v + ("es" if v.endswith("o") else "s") for v in verbs}:
        return one
    if first in ("am", "'m"):
        return who_ == "tôi"
    if first in ("are", "'re", "have", "'ve", "do", *verbs):
        return not one and who_ != "tôi" or first not in ("are", "'re") and who_ == "tôi"
    return True


# whose own things are, of who in Vietnamese ("nhà tôi": "our")
_MINE = {"tôi": "my", "chúng tôi": "our", "bạn": "your", "họ": "their", "anh ấy": "his", "cô ấy": "her",
         "nhà tôi": "our", "nhà chúng tôi": "our", "nhà bạn": "your", "nhà anh ấy": "his", "nhà cô ấy": "her",
         "nhà họ": "their"}


# the adverbs Vietnamese asks with "có … không?" as English does ("có thỉnh thoảng": not "có hiếm khi")
_ASKED = ("often", "usually", "always", "sometimes")


def _for_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """For whom incense is burned, in Vietnamese (" cho ông bà", " cho tổ tiên", " cho bố tôi"); "" for none; None
    for whose not who's own ("I burn incense for his ancestors") or a pet."""
    if m["fam"]:
        whose, mine = m["forwhose"].lower(), _MINE.get(who_) or ("their" if m["parents"] else None)
        # ("My mother … for her ancestors": her own; "for his ancestors": another's; "Lan", "my friend": either)
        if m["fam"] == "ancestors" and (whose in ("the", mine) or not mine and one and whose in ("his", "her") and
                                        whose == (his_her(who_) or whose)):
            return " cho tổ tiên"
        if m["fam"] == "grandparents" and whose != "the":
            if whose not in ("my", "our", "your"):
                return None  # ("My mother … for her grandparents": whose, in Vietnamese?)
            return " cho ông bà" if whose == mine else f" cho ông bà {WHOSE_VI[whose]}"
        return None
    if m["for"]:  # ("for her father": hers, or another woman's?)
        if pet(m["for"], "en") or m["for"].split()[0].lower() in ("his", "her", "their"):
            return None
        return (said := someone(m["for"], "en")) and f" cho {said}"
    return ""


def _does_vi(text: str) -> str | None:
    """"I'm going to burn incense for my grandparents." as "Tôi đi thắp hương cho ông bà.", "My mother burns incense
    every evening." as "Mẹ tôi thắp hương mỗi tối.", "Do you burn incense for your ancestors?" as "Bạn có thắp hương
    cho tổ tiên không?", "My mother is preparing the offerings." as "Mẹ tôi đang làm mâm cúng.", "Have you lit the
    incense yet?" as "Bạn đã thắp hương chưa?" (_DOES_EN); None for anything else, and where a verb does not agree."""
    m = _DOES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    doing, verb = _FORMS[m["verb"].lower()], _FORM.get(m["verb"].lower(), m["verb"].lower())
    base, s, past, pp, ing, what = _DOINGS[doing]
    who_, one = family_who_vi(m)
    aux = " ".join((m["aux"] or "").lower().split())
    q, first = (m["q"] or "").lower(), (m["q"] or aux.split(" ")[0] if m["q"] or aux else m["verb"]).lower()
    first = first.removesuffix("n't")  # ("doesn't": "does")
    day = keyed(m["day"] or "")
    way = "habit" if day in _LUNAR_VI or day in EVERY_VI else NEAR_WAY.get(_NEAR_VI.get(day, ""), "")
    place = _PLACES_VI.get(keyed(m["place"] or ""), "")
    for_ = _for_vi(m, who_, one) if doing == "incense" else ""
    pagoda = doing == "veg" and place == "ở chùa"
    wanted = {"incense": ("incense", "the incense"), "tray": ("the offerings",), "offer": ("offerings",),
              "veg": ("vegetarian",)}[doing]
    if keyed(m["what"]) not in wanted or for_ is None or not m["fwhose"] and animal(m) or q and who_ == "tôi":
        return None  # (… a pet, and "I" asked)
    if not verb_agrees(first, who_, one) or place and doing not in ("incense", "veg") or doing == "veg" and not (
            pagoda or m["fwhose"] and day in _LUNAR_VI) or doing == "veg" and place and not pagoda:
        return None  # (vegetarian days of anyone but a family are mt/diets.py's)
    seldom = m["adv"] if m["adv"] in HABIT_VI else ""
    vi = _DOINGS_VI[doing] + for_ + (f" {place}" if place else "")
    lunar = _LUNAR_VI.get(day, "")
    if doing == "offer" and lunar:  # ("cúng rằm", "cúng mùng một và rằm": as said)
        lunar = lunar.removeprefix("vào ngày ").replace(" ngày ", " ")
    vi += f" {lunar or EVERY_VI[day]}" if way == "habit" else ""
    near = _NEAR_VI.get(day, "")
    not_ = "not" in aux or "n't" in aux
    go = "đi " if doing == "incense" or pagoda else ""
    if doing == "offer" and way != "habit" and verb != ing:
        return None  # ("She makes offerings." alone: of what? "cúng" is read only of a lunar day, or now)
    if verb in (base, s) and not (aux and not aux.startswith(("do", "does"))) and q not in ("have", "has", "did"):
        if (verb == s) != (one and not (q or not_)) or way not in ("", "habit") or m["adv"] and not seldom or m["yet"]:
            return None
        if seldom and (q and seldom not in _ASKED or not_ and seldom != "often"):
            return None  # ("Does she never …?" is not "có không bao giờ"; "doesn't always" not "không luôn")
        adv = f"{HABIT_VI[seldom]} " if seldom else ""
        return capitalised(f"{who_} có {adv}{vi} không?" if q else f"{who_} không {adv}{vi}." if not_ else
                           f"{who_} {adv}{vi}.")
    if seldom or way == "habit" and verb != ing:
        return None
    if verb == ing and first in ("am", "is", "are", "'m", "'s", "'re") and not m["going"]:
        return capitalised(f"{who_} đang {vi}.") if not (not_ or m["adv"] or way or m["yet"]) else None
    if m["going"] and verb == base:
        if not_ or m["adv"] or way == "behind" or m["yet"]:
            return None
        said = f"{go if go and who_ in ('tôi', 'chúng tôi') else 'sẽ ' + go}{vi}"
        return capitalised(f"{near} {who_} {said}." if near else f"{who_} {said}.")
    if aux in ("will", "'ll") and verb == base:
        return capitalised(f"{near} {who_} sẽ {vi}." if near else f"{who_} sẽ {vi}.") if way != "behind" and not (
            m["adv"] or m["yet"]) else None
    if verb == pp and (q in ("have", "has") or aux.startswith(("have", "has", "'ve")) or aux == "'s"):
        if way or bool(m["yet"]) != bool(q or not_) or m["adv"] and (q or not_):
            return None
        if q or not_:
            return capitalised(f"{who_} đã {vi} chưa?" if q else f"{who_} chưa {vi}.")
        return capitalised(f"{who_} vừa {vi}." if m["adv"] == "just" else f"{who_} đã {vi} rồi.")
    if verb == past and not aux and not q or verb == base and (q == "did" or aux.startswith("did")):
        if way not in ("", "behind") or m["adv"] or m["yet"] or (q or not_) and not near:
            return None
        said = f"có {vi} không?" if q else f"không {vi}." if not_ else f"đã {vi}." if not near else f"{vi}."
        return capitalised(f"{near} {who_} {said}" if near else f"{who_} {said}")
    return None


def _date_vi(text: str) -> str | None:
    """"Today is the full moon day." as "Hôm nay là ngày rằm.", "Tomorrow is the first day of the lunar month." as
    "Ngày mai là mùng một âm lịch.", "Is today the fifteenth of the lunar month?" as "Hôm nay có phải là ngày rằm
    không?", "What day of the lunar month is it today?" as "Hôm nay là mùng mấy âm lịch?" (_DATE_EN, _WHAT_EN); None
    for anything else."""
    if _WHAT_EN.fullmatch(text):
        return "Hôm nay là mùng mấy âm lịch?"
    m = _DATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    when = {"today": "Hôm nay", "tomorrow": "Ngày mai", "yesterday": "Hôm qua"}[(m["qwhen"] or m["when"] or
                                                                               m["was"]).lower()]
    day = "ngày rằm" if m["full"] else "mùng một âm lịch"
    return f"{when} có phải là {day} không?" if m["q"] else f"{when} là {day}."
