"""Natural disasters, both ways, written whole by rule: an earthquake, a tsunami or a landslide there was, a drought
or saltwater intrusion, how often a place has them, a place hit by one, a volcano erupting or still active, and who
felt an earthquake. v8 (rules on) reads "hạn hán" as a groin, "hạn mặn" as limited, "phun trào" as spraying: "Hôm qua
có động đất." → "Yesterday, there was earthquake.", "Năm ngoái có sóng thần." → "Last year, has tsunami.", "Ở đây hay
có động đất không?" → "Are there an earthquake here?", "Năm nay hạn hán nặng." → "This year, heavy groin.", "Miền Tây
đang bị hạn mặn." → "The West is in limited.", "Núi lửa đang phun trào." → "The fire is spraying.", "Nhật Bản hay có
động đất." → "Japan or earthquakes."; and back, "Are there often earthquakes here?" → "Có thường xảy ra ở đây
không?", "The volcano is erupting." → "Tiếng volcano đang bùng nổ.", "There's a bad drought this year." → "Năm nay có
một điều tồi tệ.", "Is this volcano still active?" → "Cơn núi lửa này có hoạt động không?".

Taken: there was an earthquake, a tsunami, a landslide (strong, big, minor) on a day behind or earlier today, or has
just been ("vừa"), here, in a place (mt.people.named_place, _PLACES, _REGIONS) or a place opening the sentence, said
or asked; a drought or saltwater intrusion (bad, severe) this or last year or month; how often a place has them
("hay", "thường", "ít khi"; asked with "không"; "Are earthquakes common here?"); a place hit by one on a day behind,
just hit, or suffering a drought now ("đang bị"); the volcano (this, that; one in a place) erupting, erupted, about to,
on a day behind, and still active; who (mt.hobbies.WHO, WHO_EN) felt the earthquake on a day behind, just or "đã",
asked or denied. Left: no tense said ("Núi lửa phun trào.", "Có sạt lở đất ở miền Trung.", "Bạn có cảm thấy động đất
không?"), shaking felt ("Tôi cảm thấy rung lúc nửa đêm.": what shook?), a day ahead, an earthquake "năm nay" (one, or
some by now?), in Vietnamese a strike "chiều nay" (the afternoon may lie ahead) and a tsunami today (a warning?), a
drought just had ("Vừa có hạn hán.": begun, or over?), a landslide in the Mekong Delta ("sạt lở" there is a river's
bank giving way), "Anh" opening a sentence (the UK, or you?), a place asked whether hit, a verb not agreeing with a
place ("The Central Highlands was hit …"), floods and storms (mt/floods.py), the weather (mt/weather.py), and anything
else.
mt.phrasebook.translate tries these after mt/investing.py.

    >>> translate("Hôm qua có động đất.", "vi", "en"), translate("Are there often earthquakes here?", "en", "vi")
    ('There was an earthquake yesterday.', 'Ở đây hay có động đất không?')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_DAYS, near_days
from .floods import REGIONS
from .hobbies import SELDOM, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .people import named_place
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:động\s+đất|sóng\s+thần|lở\s+đất|sạt\s+lở|hạn\s+hán|hạn\s+mặn|xâm\s+nhập\s+mặn|núi\s+lửa)"),
         "en": lazy(r"(?i:earthquake|tsunami|landslide|drought|saltwater|volcano)")}
# what happened (English one, many; whether it lasts, as droughts do, rather than strikes; the first Vietnamese of
# each English is written back)
WHAT = {"động đất": ("earthquake", "earthquakes", False), "sóng thần": ("tsunami", "tsunamis", False),
        "sạt lở đất": ("landslide", "landslides", False), "lở đất": ("landslide", "landslides", False),
        "sạt lở": ("landslide", "landslides", False), "hạn hán": ("drought", "droughts", True),
        "hạn mặn": ("saltwater intrusion", "saltwater intrusion", True),
        "xâm nhập mặn": ("saltwater intrusion", "saltwater intrusion", True)}
WHAT_VI = {en: vi for vi, ones in reversed(WHAT.items()) for en in ones[:2]}
_UNCOUNTED = {"saltwater intrusion"}
# how strong, and of which (the first Vietnamese of each English is written back)
_SIZES = {"mạnh": ("strong", {"động đất"}), "lớn": ("big", {"động đất", "sóng thần", "sạt lở đất"}),
          "nhẹ": ("minor", {"động đất"}), "nặng": ("bad", {"hạn hán", "hạn mặn"}),
          "nghiêm trọng": ("severe", {"hạn hán", "hạn mặn"})}
_SIZES_VI = {en: vi for vi, (en, _) in reversed(_SIZES.items())} | {"small": "nhẹ", "major": "lớn"}
# the days: strikes on one behind or earlier today, lasting ones this or last year or month
_STRIKE_DAYS = near_days(*NEAR_DAYS["behind"], "hôm nay", "sáng nay", "chiều nay")
_LASTING_DAYS = near_days("năm nay", "tháng này", "năm ngoái", "năm trước", "tháng trước")
DAYS = _STRIKE_DAYS | _LASTING_DAYS
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_NOW_DAYS = {"năm nay", "tháng này", "hôm nay", "sáng nay", "chiều nay"}  # (…"There's a drought this year.")
# places: regions (mt.floods', and the Mekong Delta and the Highlands), and countries mt.people.named_place lacks
_REGIONS = REGIONS | {"miền Tây": "the Mekong Delta", "đồng bằng sông Cửu Long": "the Mekong Delta",
                      "Tây Nguyên": "the Central Highlands"}
_REGIONS_KEYED = {keyed(vi): en for vi, en in _REGIONS.items()}
_PLACES = {"Indonesia": "Indonesia", "Philippines": "the Philippines", "Đài Loan": "Taiwan",
           "Thổ Nhĩ Kỳ": "Turkey", "Chile": "Chile", "Nepal": "Nepal"}
_MANY_PLACES = {"the Central Highlands"}  # (… "are suffering", "often have", "were hit", "have just been hit")
_MANY_PLACES_KEYED = {p.lower() for p in _MANY_PLACES}
# "sạt lở" in the flat Mekong Delta is a river's bank giving way, no landslide
_FLAT = {"the Mekong Delta"}
_PLACES_VI = {en.lower(): vi for vi, en in reversed((_REGIONS | _PLACES).items())}
_OFTEN = {vi: en for vi, en in SELDOM.items() if en in ("often", "rarely")}
_OFTEN_VI = {"often": "hay", "rarely": "ít khi"}

_WHAT = rf"(?:(?:một\s+)?(?:trận|cơn|vụ|đợt)\s+)?(?P<what>(?i:{alternatives(WHAT)}))"
_SIZE = rf"(?:\s+(?P<very>rất\s+)?(?P<size>{alternatives(_SIZES)})(?:\s+(?P<much>quá|lắm))?)?"
_DAY = rf"(?i:{alternatives(DAYS)})"
_DAY0, _DAY_END = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?", rf"(?:\s+(?P<day>{_DAY}))?"
# a place's name: words, none of them a verb's ("Năm nay có …" is no place "có")
_WORD = r"(?!(?i:có|vừa|mới|đang|đã|bị|hay|thường|ít|hiếm|sắp|không)(?!\w))[^\W\d_]+"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,4}}?"
# where: "ở đây", "ở" a place, or a place opening the sentence
_WHERE0 = rf"(?:(?P<here0>[Ởở]\s+đây)|(?P<at0>[Ởở]\s+)?(?P<place0>{_NAME}))"
_WHERE1 = rf"(?:\s+(?:(?P<here1>ở\s+đây)|ở\s+(?P<place1>{_NAME})))?"
# there was one ("Hôm qua có động đất.", "Vừa có động đất mạnh ở Nhật Bản.", "Năm nay hạn hán nặng.")
_THERE = lazy(rf"{_DAY0}(?:{_WHERE0}\s+)?(?:(?P<just>(?i:vừa\s+mới|vừa|mới))\s+)?(?:[Cc]ó\s+(?P<there>)|(?=[Hh]ạn))"
              rf"{_WHAT}{_SIZE}{_WHERE1}{_DAY_END}{ASKED_END}")
# how often ("Ở đây hay có động đất không?", "Ở đây có hay bị động đất không?", "Nhật Bản hay có động đất.")
_HABIT = lazy(rf"{_WHERE0}\s+(?:(?P<ask>có)\s+)?(?P<often>{alternatives(_OFTEN)})\s+(?:có|bị)\s+{_WHAT}{ASKED_END}")
# a place hit ("Nhật Bản vừa bị động đất.", "Miền Tây đang bị hạn mặn.", "Hôm qua Huế bị sạt lở đất.")
_HIT = lazy(rf"{_DAY0}(?P<place0>{_NAME})\s+(?:(?P<aux>đang|vừa\s+mới|vừa|mới)\s+)?bị\s+{_WHAT}{_SIZE}{_DAY_END}"
            rf"{SOFTENED_END}")
_VOLCANO = rf"(?:[Nn]gọn\s+|[Cc]on\s+)?(?:[Nn]úi\s+lửa)(?:\s+(?P<this>này|đó|ấy)|\s+ở\s+(?P<place1>{_NAME}))?"
_ERUPTS = lazy(rf"{_DAY0}{_VOLCANO}\s+(?:(?P<aux>đang|đã|vừa\s+mới|vừa|mới|sắp)\s+)?phun\s+trào{_DAY_END}"
               rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_ACTIVE = lazy(rf"{_VOLCANO}\s+(?:(?P<ask>có)\s+)?(?:vẫn\s+)?còn\s+hoạt\s+động{ASKED_END}")
# who felt it ("Tối qua tôi cảm thấy động đất.", "Bạn có cảm thấy động đất tối qua không?")
_FELT = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<aux>vừa|đã)\s+)?cảm\s+thấy\s+"
             rf"(?:trận\s+)?động\s+đất{_DAY_END}{ASKED_END}")

# ... and in English
_DAY_EN = rf"(?i:{alternatives(DAYS_VI)})"
_DAY0_EN, _DAY_END_EN = rf"(?:(?P<day0>{_DAY_EN}),?\s+)?", rf"(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)"
_PLACE_EN = r"(?P<place>(?:the\s+|The\s+)?(?:[a-z]+\s+)?[A-Z]\w*(?:\s+[A-Z]\w*){0,2})"
_WHERE_EN = rf"(?:\s+(?:(?P<here>here)|in\s+{_PLACE_EN}))"
_ONE_EN = (rf"(?:(?P<a>an?)\s+)?(?:(?P<size>{alternatives(_SIZES_VI)})\s+)?(?P<what>earthquake|tsunami|landslide|"
           r"drought|saltwater\s+intrusion)")
_MANY_EN = r"(?P<what>(?i:earthquakes|tsunamis|landslides|droughts|saltwater\s+intrusion))"
_THERE_EN = lazy(rf"{_DAY0_EN}(?:[Tt]here(?P<be>\s+was|\s+is|['’]s\s+just\s+been|\s+has\s+just\s+been|['’]s)|"
                 rf"(?P<q>Was|Is)\s+there)\s+{_ONE_EN}{_WHERE_EN}?{_DAY_END_EN}")
# ("There's" as "There is": translate has read "’" as "'")
_HABIT_EN = [lazy(rf"(?:(?P<q>Are|Is)\s+there|There(?:\s+(?P<be>are|is)|(?P<be_s>'s)))\s+(?P<often>often|rarely)\s+"
                  rf"{_MANY_EN}{_WHERE_EN}\s*(?P<end>[.!?]*)"),
             lazy(rf"(?:(?P<q>Does|Do)\s+)?{_PLACE_EN}\s+(?P<often>often|rarely)\s+(?P<has>has|have)\s+{_MANY_EN}"
                  r"\s*(?P<end>[.!?]*)"),
             lazy(rf"(?:(?P<q>Are|Is)\s+)?{_MANY_EN}(?:\s+(?P<be>are|is))?\s+common{_WHERE_EN}\s*(?P<end>[.!?]*)")]
_HIT_EN = lazy(rf"{_PLACE_EN}\s+(?:(?P<was>was|were|ha(?:s|ve)\s+just\s+been)\s+hit\s+by|"
               rf"(?P<now>is|are)\s+suffering\s+from)\s+{_ONE_EN}{_DAY_END_EN}")
_VOLCANO_EN = (r"(?:(?P<det>[Tt]he|[Tt]his|[Tt]hat)\s+volcano|(?P<a>A)\s+volcano\s+in\s+"
               r"(?P<place>(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*){0,2}))")
# (translate reads "’" as "'")
_ERUPTS_EN = lazy(rf"{_DAY0_EN}{_VOLCANO_EN}(?:\s+|(?='))(?P<verb>(?:is|'s)\s+erupting|"
                  rf"(?:has|'s)\s+(?:just\s+)?erupted|just\s+erupted|erupted|is\s+about\s+to\s+erupt){_DAY_END_EN}")
_ACTIVE_EN = lazy(r"(?:(?P<q>Is)\s+(?P<det>this|that|the)\s+volcano|(?P<det2>This|That|The)\s+volcano\s+is)"
                  r"\s+still\s+active\s*(?P<end>[.!?]*)")
_FELT_EN = lazy(rf"{_DAY0_EN}(?:(?P<q>Did)\s+)?{WHO_EN}\s+(?P<verb>feel|didn['’]t\s+feel|did\s+not\s+feel|just\s+felt|"
                rf"felt)\s+(?P<a>the|an)\s+earthquake{_DAY_END_EN}")
# the English of a volcano's tense in Vietnamese, and back ("'s" read as "is" or "has" first)
_ERUPTS_VI = {"đang": "is erupting", "đã": "has erupted", "rồi": "has erupted", "vừa": "has just erupted",
              "mới": "has just erupted", "vừa mới": "has just erupted", "sắp": "is about to erupt"}
_ERUPTED_VI = {"is erupting": "đang", "has erupted": "đã", "has just erupted": "vừa", "just erupted": "vừa",
               "is about to erupt": "sắp", "erupted": "đã"}
_THIS = {"này": "this", "đó": "that", "ấy": "that"}
_THIS_VI = {"this": "ngọn núi lửa này", "that": "ngọn núi lửa đó", "the": "núi lửa"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of those the module docstring says are taken; None for any other."""
    if src == "vi":
        return _there(text) or _habit(text) or _hit(text) or _erupts(text) or _active(text) or _felt(text)
    text = text.replace("’", "'")
    return _there_vi(text) or _habit_vi(text) or _hit_vi(text) or _erupts_vi(text) or _active_vi(text) or _felt_vi(text)


def _place(said: str | None) -> str | None:
    """A place of Vietnamese in English: a region ("miền Tây": "the Mekong Delta"), a country of _PLACES, or what
    mt.people.named_place knows ("Nhật Bản": "Japan"); None for anything else, and for "Anh" (the UK, or you?)."""
    if said is None or keyed(said) == "anh":
        return None
    said = " ".join(said.split())
    return _REGIONS_KEYED.get(keyed(said)) or _PLACES.get(said) or named_place(said, "vi")


def _fits(what: str, place: str | None) -> bool:
    """Whether `what` (a key of WHAT) may be said of `place` (in English): no landslide in the Mekong Delta (_FLAT)."""
    return not (place in _FLAT and WHAT[what][0] == "landslide")


def _place_vi(said: str | None, opening: bool = False) -> str | None:
    """A place of English in Vietnamese ("Japan": "Nhật Bản"); None for any other, and "Anh" `opening` a sentence."""
    if said is None:
        return None
    said = " ".join(said.split())
    vi = _PLACES_VI.get(said.lower()) or named_place(said, "en")
    return None if opening and vi == "Anh" else vi


def _one(m: re.Match, what: str, size: str | None) -> str:
    """One thing of WHAT in English, with its size: "an earthquake", "a strong earthquake", "severe saltwater
    intrusion", "a very bad drought" ("rất nặng"), "a really bad drought" ("nặng quá", "rất nặng quá")."""
    one, very = WHAT[what][0], "really " if m["much"] else "very " if m["very"] else ""
    said = f"{very}{_SIZES[size][0]} {one}" if size else one
    return said if one in _UNCOUNTED else f"{a_or_an(said)} {said}"


def _sized(m: re.Match) -> tuple[str, str | None] | None:
    """What of a match, keyed (as WHAT's first of it: "sạt lở" as "sạt lở đất"), and its size; None where the size
    does not go with it ("hạn hán mạnh"), or "rất", "quá" go with a strike ("động đất rất mạnh")."""
    what, size = keyed(m["what"]), keyed(m["size"]) if m["size"] else None
    first = WHAT_VI[WHAT[what][0]]
    if size and first not in _SIZES[size][1] or (m["very"] or m["much"]) and first not in ("hạn hán", "hạn mặn"):
        return None
    return what, size


def _day(m: re.Match, lasting: bool) -> tuple[str | None, bool] | None:
    """The day of a match in English and whether it is now (this year, today); None where both ends say one, or
    the day does not go with what ("năm nay" of an earthquake, "hôm qua" of a drought)."""
    if m["day0"] and m["day"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    if day and day not in (_LASTING_DAYS if lasting else _STRIKE_DAYS):
        return None
    return (DAYS[day] if day else None), day in _NOW_DAYS


def _there(text: str) -> str | None:
    """"Hôm qua có động đất." as "There was an earthquake yesterday.", "Vừa có động đất mạnh ở Nhật Bản." as "There
    has just been a strong earthquake in Japan." (_THERE); None for anything else, and what the module leaves."""
    m = _THERE.fullmatch(text)
    if not m or (sized := _sized(m)) is None or bool(m["asked"]) != ("?" in m["end"]):
        return None
    what, size = sized
    lasting, asked = WHAT[what][2], bool(m["asked"])
    if m["there"] is None and not (lasting and size and not asked) or (day := _day(m, lasting)) is None:
        return None  # ("có" left out only before a drought's size: "Năm nay hạn hán nặng.")
    places = [p for p in (m["here0"], m["place0"], m["here1"], m["place1"]) if p]
    if len(places) > 1 or bool(day[0]) == bool(m["just"]) or m["just"] and (asked or lasting):
        return None  # (and "Vừa có hạn hán.": one just begun, or just over?)
    if not lasting and (day[0] == "this afternoon" or day[1] and WHAT[what][0] == "tsunami"):
        return None  # ("Chiều nay có động đất.": the afternoon may lie ahead; "Hôm nay có sóng thần không?": warned?)
    named = m["place0"] or m["place1"]
    if named and ((place := _place(named)) is None or not _fits(what, place)):
        return None
    where = f" in {place}" if named else " here" if m["here0"] or m["here1"] else ""
    one, on = _one(m, what, size), f" {day[0]}" if day[0] else ""
    if m["just"]:
        return f"There has just been {one}{where}."
    if asked:
        return f"{'Is' if day[1] and lasting else 'Was'} there {one}{where}{on}?"
    there = "There's" if day[1] and lasting else "There was"
    return f"{there} {one}{where}{on}."


def _habit(text: str) -> str | None:
    """"Ở đây hay có động đất không?" as "Are there often earthquakes here?", "Nhật Bản hay có động đất." as "Japan
    often has earthquakes." (_HABIT); None for anything else, and "rarely" asked."""
    m = _HABIT.fullmatch(text)
    asked = bool(m and m["asked"])
    often = _OFTEN[keyed(m["often"])] if m else None
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and often == "rarely":
        return None
    many, place = WHAT[keyed(m["what"])][1], None if m["here0"] else _place(m["place0"])
    if place is None and not m["here0"] or not _fits(keyed(m["what"]), place):
        return None
    be = "is" if many in _UNCOUNTED else "are"
    if m["at0"] or m["here0"]:
        where = f"in {place}" if place else "here"
        return f"{be.capitalize()} there {often} {many} {where}?" if asked else f"There {be} {often} {many} {where}."
    one = place not in _MANY_PLACES
    return f"{'Does' if one else 'Do'} {place} {often} have {many}?" if asked else \
        capitalised(f"{place} {often} {'has' if one else 'have'} {many}.")


def _hit(text: str) -> str | None:
    """"Nhật Bản vừa bị động đất." as "Japan has just been hit by an earthquake.", "Miền Tây đang bị hạn mặn." as
    "The Mekong Delta is suffering from saltwater intrusion." (_HIT); None for anything else."""
    m = _HIT.fullmatch(text)
    if not m or "?" in m["end"] or (sized := _sized(m)) is None or (place := _place(m["place0"])) is None:
        return None
    what, size = sized
    lasting, aux = WHAT[what][2], keyed(m["aux"] or "")
    if (day := _day(m, lasting)) is None or not _fits(what, place):
        return None
    one, on = _one(m, what, size), f" {day[0]}" if day[0] else ""
    be, has, was = ("are", "have", "were") if place in _MANY_PLACES else ("is", "has", "was")
    if aux == "đang":
        return capitalised(f"{place} {be} suffering from {one}{on}.") if lasting and (day[1] or not day[0]) else None
    if aux:
        return capitalised(f"{place} {has} just been hit by {one}.") if not (lasting or day[0]) else None
    return capitalised(f"{place} {was} hit by {one}{on}.") if day[0] and not day[1] else None


def _volcano(m: re.Match) -> str | None:
    """The volcano of a _VOLCANO match in English ("this volcano", "a volcano in Japan"); None for a place unknown."""
    if m["place1"]:
        place = _place(m["place1"])
        return place and f"a volcano in {place}"
    return f"{_THIS[keyed(m['this'])] if m['this'] else 'the'} volcano"


def _erupts(text: str) -> str | None:
    """"Núi lửa đang phun trào." as "The volcano is erupting.", "Hôm qua núi lửa phun trào." as "The volcano erupted
    yesterday." (_ERUPTS); None for anything else, and "Núi lửa phun trào." (no tense said)."""
    m = _ERUPTS.fullmatch(text)
    if not m or "?" in m["end"] or (volcano := _volcano(m)) is None or (day := _day(m, False)) is None:
        return None
    aux = keyed(m["aux"] or "")
    if day[1]:  # ("Hôm nay núi lửa phun trào.": erupted, erupting, or to erupt?)
        return None
    if day[0]:
        return capitalised(f"{volcano} erupted {day[0]}.") if aux in ("", "đã") and not m["done"] else None
    if m["done"] and aux not in ("", "đã") or not (aux or m["done"]):
        return None  # ("Núi lửa vừa phun trào rồi.": two tenses; "Núi lửa phun trào.": none)
    return capitalised(f"{volcano} {_ERUPTS_VI[aux or 'rồi']}.")


def _active(text: str) -> str | None:
    """"Ngọn núi lửa này còn hoạt động không?" as "Is this volcano still active?", "Núi lửa này vẫn còn hoạt động."
    as "This volcano is still active." (_ACTIVE); None for anything else."""
    m = _ACTIVE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["ask"] and not m["asked"] or m["place1"]:
        return None  # (and "Núi lửa ở Indonesia còn hoạt động không?": which volcano?)
    volcano = _volcano(m)
    return f"Is {volcano} still active?" if m["asked"] else capitalised(f"{volcano} is still active.")


def _felt(text: str) -> str | None:
    """"Bạn có cảm thấy động đất tối qua không?" as "Did you feel the earthquake last night?" (_FELT); None for
    anything else, and for no day behind, "vừa" nor "đã" (felt now, or then?)."""
    m = _FELT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (day := _day(m, False)) is None or \
            (said := who(m, asked)) is None:
        return None
    aux, on = keyed(m["aux"] or ""), f" {day[0]}" if day[0] else ""
    if not (day[0] or aux) or aux == "vừa" and day[0] or asked and said[0] in ("I", "we"):
        return None
    if asked:
        return f"Did {said[0]} feel the earthquake{on}?"
    if m["not"]:
        return capitalised(f"{said[0]} didn't feel the earthquake{on}.")
    return capitalised(f"{said[0]} {'just ' * (aux == 'vừa')}felt an earthquake{on}.")


def _what_vi(m: re.Match) -> tuple[str, str, bool, tuple[str, bool]] | None:
    """What of an English match in Vietnamese ("động đất"), its size (" mạnh"), whether it lasts, and _day_vi's day;
    None where "a", "an" is wrong, or the size or the day does not go with it."""
    what, a = " ".join(m["what"].lower().split()), (m["a"] or "").lower()
    vi, size = WHAT_VI[what], _SIZES_VI.get((m["size"] or "").lower())
    if bool(a) == (what in _UNCOUNTED) or a and a != a_or_an(m["size"] or what) or size and vi not in _SIZES[size][1]:
        return None
    day = _day_vi(m, WHAT[vi][2])
    return None if day is None else (vi, f" {size}" if size else "", WHAT[vi][2], day)


def _day_vi(m: re.Match, lasting: bool) -> tuple[str, bool] | None:
    """The day of an English match in Vietnamese ("" none) and whether now; None for both ends saying one, or a
    day that does not go with what."""
    day0 = m.groupdict().get("day0")
    if day0 and m["day"]:
        return None
    day = DAYS_VI.get((day0 or m["day"] or "").lower(), "")
    if day and day not in (_LASTING_DAYS if lasting else _STRIKE_DAYS):
        return None
    return day, day in _NOW_DAYS


def _there_vi(text: str) -> str | None:
    """"There was an earthquake yesterday." as "Hôm qua có động đất.", "There's a bad drought this year." as "Năm
    nay hạn hán nặng." (_THERE_EN); None for anything else, and a drought "just"."""
    m = _THERE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _what_vi(m)) is None:
        return None
    vi, size, lasting, day = said
    be = " ".join((m["q"] or m["be"]).lower().split())
    just = "just" in be
    if just == bool(day[0]) or just and lasting or not just and (be in ("is", "'s")) != (day[1] and lasting):
        return None  # (and "There has just been a drought.": one just begun, or just over?)
    if (place := "đây" if m["here"] else _place_vi(m["place"]) if m["place"] else "") is None:
        return None
    where = f" ở {place}" if place else ""
    if just:
        return f"Vừa có {vi}{size}{where}."
    if m["q"]:
        return capitalised(f"{day[0]} có {vi}{size}{where} không?")
    if lasting and size:  # ("Năm nay hạn hán nặng.")
        return capitalised(f"{day[0]} {vi}{size}{where}.")
    return capitalised(f"{day[0]} có {vi}{size}{where}.")


def _habit_vi(text: str) -> str | None:
    """"Are there often earthquakes here?" as "Ở đây hay có động đất không?", "Japan often has earthquakes." as
    "Nhật Bản hay có động đất." (_HABIT_EN); None for anything else, where a verb does not agree, and "rarely" asked."""
    m = next((m for p in _HABIT_EN if (m := p.fullmatch(text))), None)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    groups, what = m.groupdict(), keyed(m["what"])
    be = (m["q"] or groups.get("be") or groups.get("be_s") or "").lower()
    if "has" in groups:  # (the place's own verb: "Japan often has", "Does Japan …", "The Central Highlands often have")
        many = keyed(m["place"]) in _MANY_PLACES_KEYED
        if m["has"] != ("have" if m["q"] or many else "has") or m["q"] and m["q"] != ("Do" if many else "Does"):
            return None
    elif be and (be in ("is", "'s")) != (what in _UNCOUNTED):
        return None
    # ("common": one of the two verbs, never both or none)
    often = m["often"] if "often" in groups else "often" if bool(m["q"]) != bool(m["be"]) else None
    place = _place_vi(m["place"], "has" in groups) if m["place"] else None
    if often is None or m["q"] and often == "rarely" or m["place"] and place is None:
        return None
    asked = " không?" if m["q"] else "."
    if "has" in groups:
        return capitalised(f"{place} {_OFTEN_VI[often]} có {WHAT_VI[what]}{asked}")
    return f"Ở {place or 'đây'} {_OFTEN_VI[often]} có {WHAT_VI[what]}{asked}"


def _hit_vi(text: str) -> str | None:
    """"Japan was hit by an earthquake yesterday." as "Hôm qua Nhật Bản bị động đất.", "Japan has just been hit by an
    earthquake." as "Nhật Bản vừa bị động đất." (_HIT_EN); None for anything else."""
    m = _HIT_EN.fullmatch(text)
    if not m or "?" in m["end"] or (said := _what_vi(m)) is None or (place := _place_vi(m["place"], True)) is None:
        return None
    vi, size, lasting, day = said
    verb = keyed(m["now"] or m["was"]).split()[0]
    if (verb in ("are", "were", "have")) != (keyed(m["place"]) in _MANY_PLACES_KEYED):
        return None  # (the verb agreeing with the place: "The Central Highlands are suffering", "Japan was hit")
    if m["now"]:
        return capitalised(f"{day[0]} {place} đang bị {vi}{size}.".lstrip()) if lasting and (day[1] or not day[0]) \
            else None
    if verb in ("has", "have"):
        return capitalised(f"{place} vừa bị {vi}{size}.") if not (lasting or day[0]) else None
    return capitalised(f"{day[0]} {place} bị {vi}{size}.") if day[0] and not day[1] else None


def _erupts_vi(text: str) -> str | None:
    """"The volcano erupted." as "Núi lửa đã phun trào.", "A volcano in Indonesia has just erupted." as "Một ngọn núi
    lửa ở Indonesia vừa phun trào." (_ERUPTS_EN); None for anything else."""
    m = _ERUPTS_EN.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day_vi(m, False)) is None:
        return None
    verb = re.sub(r"^'s (?=erupting)", "is ", re.sub(r"^'s (?!erupting)", "has ", " ".join(m["verb"].split())))
    if m["a"] and (place := _place_vi(m["place"])) is None:
        return None
    volcano = f"một ngọn núi lửa ở {place}" if m["a"] else _THIS_VI[m["det"].lower()]
    if day[0]:
        return capitalised(f"{day[0]} {volcano} phun trào.") if verb == "erupted" else None
    return capitalised(f"{volcano} {_ERUPTED_VI[verb]} phun trào.")


def _active_vi(text: str) -> str | None:
    """"Is this volcano still active?" as "Ngọn núi lửa này còn hoạt động không?", "The volcano is still active." as
    "Núi lửa vẫn còn hoạt động." (_ACTIVE_EN); None for anything else."""
    m = _ACTIVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    volcano = _THIS_VI[(m["det"] or m["det2"]).lower()]
    return capitalised(f"{volcano} còn hoạt động không?" if m["q"] else f"{volcano} vẫn còn hoạt động.")


def _felt_vi(text: str) -> str | None:
    """"Did you feel the earthquake last night?" as "Tối qua bạn có cảm thấy động đất không?", "She didn't feel the
    earthquake." as "Cô ấy không cảm thấy động đất." (_FELT_EN); None for anything else."""
    m = _FELT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (day := _day_vi(m, False)) is None:
        return None
    verb, who_ = keyed(m["verb"]), who_vi(m)[0]
    if (verb == "feel") != bool(m["q"]) or verb == "just felt" and day[0] or m["q"] and who_ in ("tôi", "chúng tôi"):
        return None  # (… and "Did I feel the earthquake?", as Vietnamese is left)
    on = f"{day[0]} " if day[0] else ""
    if m["q"]:
        return capitalised(f"{on}{who_} có cảm thấy động đất không?")
    how = "không " if "not" in verb or "n't" in verb else "vừa " if "just" in verb else "" if day[0] else "đã "
    return capitalised(f"{on}{who_} {how}cảm thấy động đất.")
