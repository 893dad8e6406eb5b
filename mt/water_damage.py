"""A phone or a laptop and water, both ways, written whole by rule: a device that got wet or got water in it (and won't
turn on, or still works), one that fell in the water or the toilet, who dropped theirs there, who spilled a drink on a
keyboard or a laptop, and a wet phone put in a bag of rice. v8 (every other rule on) reads "bị vào nước" as being in
water, "đánh rơi … xuống" as going down, "để … vào túi gạo" as telephoning, and "dropped" as "bỏ" (put, on purpose):
"Điện thoại tôi bị vào nước." → "My phone was in water.", "Điện thoại bạn có bị vào nước không?" → "Did you get into
the water?", "Tôi đánh rơi điện thoại xuống nước." → "I dropped my phone went down to water.", "Mẹ tôi làm rơi điện
thoại xuống hồ." → "My mother fell the phone down the lake.", "Điện thoại tôi bị rơi vào bồn cầu." → "My phone is
slumped into the toilet.", "Em tôi làm đổ cà phê lên laptop." → "My brother made a cup of coffee on the laptop.",
"Điện thoại tôi bị vào nước, không bật lên được." → "My phone was in water, it was not enabled.", "Để điện thoại vào
túi gạo đi." → "Let's telephone the bag to go."; "My phone got water in it." → "Điện thoại của tôi nhận được nước trong
đó.", "I dropped my phone in the water." → "Tôi bỏ điện thoại của tôi xuống nước.", "I dropped my phone in the
toilet." → "Tôi bỏ điện thoại vào nhà vệ sinh.", "My phone got wet and won't turn on." → "… bị ướt và sẽ không bật.".

Taken: a device of DEVICES with whose after it (mt.hobbies.OWNER; not "chúng tôi", "họ": one, or one each?) that got
water in it ("bị vào nước": "got water in it") or got wet ("bị ướt"), or fell in a place of PLACES ("rơi xuống nước",
"rơi vào bồn cầu"): just, almost (fell), denied, asked ("có … không?"), on a day behind or today (mt.dates.near_days),
and "won't turn on", "won't charge", "doesn't work any more" or "but it still works" after it; who (mt.hobbies.WHO,
WHO_EN; not a pet) dropped their own device (or one whose is said) in a place of PLACES, or spilled a drink of
mt.accidents.LIQUIDS on a device ("làm đổ", "đánh đổ": "the keyboard" where whose is not said), just, almost,
accidentally, denied, asked; a device put in rice or a bag of rice, told ("Để … vào túi gạo đi.", "Put the phone in
rice."), or who should, has to, just did or has. English the same, its verbs agreeing with who. Left: "đổ" alone
("Tôi đổ nước lên bàn phím.": poured, on purpose?), a device dropped with no place ("Tôi đánh rơi điện thoại.":
mt/accidents.py, v8), a drink spilled on a keyboard or a laptop of the spiller's (mt/accidents.py takes it first),
kin or a name of no sex dropping "their" device ("Lan đánh rơi điện thoại xuống nước.": his or hers?), "we", "they"
dropping theirs, "I" asked what I did, a phone that won't turn on with no water said (mt/broken.py), "I put my phone in
rice." (now, or done?), a name with "his", or with "her" where it is not a woman's ("Lan dropped his phone in the
water.": another's? mt.names.woman_named), waterproof phones, and anything else.
mt.phrasebook.translate tries these after mt/wrong_transfers.py.

    >>> translate("Tôi đánh rơi điện thoại vào bồn cầu.", "vi", "en"), translate("My phone got wet.", "en", "vi")
    ('I dropped my phone in the toilet.', 'Điện thoại tôi bị ướt.')
"""
from __future__ import annotations

import re

from .accidents import LIQUIDS, LIQUIDS_VI
from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .names import woman_named
from .phone_storage import DEVICES as STORED, DEVICES_VI as STORED_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

# what gets wet (the first Vietnamese of each is written back; "laptop" as Vietnamese says it)
DEVICES = STORED | {"bàn phím": "keyboard"}
DEVICES_VI = STORED_VI | {"laptop": "laptop", "keyboard": "bàn phím"}
# where it falls (English; Vietnamese "vào" for these, "xuống" for the rest)
PLACES = {"nước": "the water", "bồn cầu": "the toilet", "toilet": "the toilet", "bồn vệ sinh": "the toilet",
          "hồ": "the lake", "sông": "the river", "biển": "the sea", "bể bơi": "the pool", "hồ bơi": "the pool",
          "bồn rửa": "the sink"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"the swimming pool": "bể bơi"}
_INTO = {"bồn cầu", "bồn rửa"}
# what it does after it got wet ("won't turn on"), or still does
DEAD = {"không bật lên được": "won't turn on", "không bật được": "won't turn on", "bật không lên": "won't turn on",
        "không lên nguồn": "won't turn on", "không lên nguồn được": "won't turn on",
        "không dùng được nữa": "doesn't work any more", "không sạc được": "won't charge"}
DEAD_VI = {en: vi for vi, en in reversed(DEAD.items())}
WORKS = {"dùng được": "still works", "dùng bình thường": "still works fine", "chạy bình thường": "still works fine",
         "hoạt động bình thường": "still works fine"}
WORKS_VI = {en: vi for vi, en in reversed(WORKS.items())}
# the days it happened on, and back (the first Vietnamese of each is written back)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "đêm qua", "hôm kia", "tuần trước", "hôm nay", "sáng nay", "chiều nay")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_BARE = {"điện thoại", "máy tính"}  # (whose said after them without "của")
_SHARED = {"chúng tôi", "chúng ta", "họ"}  # (whose device: one, or one each?)
_KEYS = {"vi": lazy(r"(?i:nước|ướt|rơi|đổ|gạo)"), "en": lazy(r"(?i:wet|water|toilet|spil|\brice|fell|fall|drop)")}

_DEV = rf"(?:(?i:cái|chiếc)\s+)?(?P<device>(?i:{alternatives(DEVICES)}))"
_OWNED = rf"{_DEV}\s+(?:của\s+)?{OWNER}"  # ("điện thoại tôi", "laptop của mẹ tôi")
_WHOSE = rf"{_DEV}(?:\s+(?:của\s+)?{OWNER})?"  # (... or the device alone: "làm đổ nước lên bàn phím")
_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(DAYS)})))?"
_AUX = (r"(?:(?P<aux>vừa\s+mới|vừa|mới|đã|suýt(?:\s+nữa)?(?:\s+thì)?|lỡ\s+tay|lỡ|vô\s+tình)\s+|(?P<ask>có)\s+|"
        r"(?P<not>không)\s+)?")
_PLACE = rf"(?:xuống|vào)\s+(?P<place>(?i:{alternatives(PLACES)}))"
_DONE = r"(?P<done>\s+(?:mất\s+)?rồi)?"
_RESULT = (rf"(?:(?:\s*,\s*|\s+nên\s+|\s+và\s+)(?P<dead>{alternatives(DEAD)})|(?:\s*,\s*|\s+)nhưng\s+vẫn\s+"
           rf"(?P<works>{alternatives(WORKS)}))?")
# a device wet ("Điện thoại tôi bị vào nước.", "Laptop của mẹ tôi bị ướt rồi, không bật lên được.")
_WET = lazy(rf"{_DAY}{_OWNED}\s+{_AUX}bị\s+(?:(?P<inside>(?:vào|vô|ngấm)\s+nước)|ướt(?P<all>\s+hết)?){_DONE}{_DAY2}"
            rf"{_RESULT}{ASKED_END}")
# ... or fallen in ("Điện thoại tôi bị rơi vào bồn cầu.")
_FELL = lazy(rf"{_DAY}{_OWNED}\s+{_AUX}(?:bị\s+)?rơi\s+{_PLACE}{_DONE}{_DAY2}{_RESULT}{ASKED_END}")
# who dropped it there ("Tôi đánh rơi điện thoại xuống nước.")
_DROP = lazy(rf"{_DAY}{WHO}\s+{_AUX}(?:đánh|làm)\s+rơi\s+{_WHOSE}\s+{_PLACE}{_DONE}{_DAY2}{ASKED_END}")
# who spilled a drink on it ("Em tôi làm đổ cà phê lên laptop.")
_SPILL = lazy(rf"{_DAY}{WHO}\s+{_AUX}(?:làm|đánh)\s+đổ\s+(?P<liquid>(?i:{alternatives(LIQUIDS)}))\s+(?:lên|vào)\s+"
              rf"{_WHOSE}{_DONE}{_DAY2}{ASKED_END}")
# a device put in rice ("Để điện thoại vào túi gạo đi.", "Bạn nên để điện thoại vào gạo.")
_RICE = lazy(rf"(?:{WHO}\s+(?P<aux>nên|phải|cần|đã|vừa|mới)\s+|(?P<tell>(?i:hãy))\s+)?(?i:để|bỏ|cho)\s+{_WHOSE}\s+"
             r"vào\s+(?:(?P<bag>(?:một\s+)?(?:túi|bao))\s+)?gạo(?P<done>\s+rồi)?(?:\s+(?P<go>đi|nhé|nha))?"
             rf"{SOFTENED_END}")

# ... and in English
_DEV_EN = rf"(?P<device>(?i:{alternatives(DEVICES_VI)}))"
_OWNED_EN = rf"(?:(?P<poss>(?i:my|your|his|her))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_DEV_EN}"
_WHOSE_EN = rf"(?:(?P<owner>(?i:my|your|his|her|our|their|the))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_DEV_EN}"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
_PLACE_EN = rf"in(?:to)?\s+(?P<place>(?i:{alternatives(PLACES_VI)}))"
_RESULT_EN = (r"(?:\s+and\s+(?P<dead>won['’]t\s+turn\s+on|won['’]t\s+charge|doesn['’]t\s+work\s+any\s*more)|"
              r",?\s+but\s+(?:it\s+)?(?P<works>still\s+works(?:\s+fine)?))?")
_WET_EN = lazy(rf"(?:(?P<q>Did)\s+)?{_OWNED_EN}\s+(?:(?P<just>just\s+)?(?P<got>got|get)|(?P<didnt>didn['’]t\s+get|"
               rf"did\s+not\s+get))\s+(?:(?P<inside>water\s+in\s+it)|(?P<wet>wet))(?P<all>\s+all\s+over)?{_DAY_EN}"
               rf"{_RESULT_EN}\s*(?P<end>[.!?]*)")
_FELL_EN = lazy(rf"(?:(?P<q>Did)\s+)?{_OWNED_EN}\s+(?:(?P<adv>just|almost|nearly)\s+)?(?P<verb>fell|fall)\s+"
                rf"{_PLACE_EN}{_DAY_EN}{_RESULT_EN}\s*(?P<end>[.!?]*)")
_ADV_EN = r"(?:\s+(?P<adv>just|almost|nearly|accidentally)|\s+(?P<didnt>didn['’]t|did\s+not))?"
_DROP_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}{_ADV_EN}\s+(?P<verb>dropped|drop)\s+{_WHOSE_EN}\s+{_PLACE_EN}{_DAY_EN}"
                r"\s*(?P<end>[.!?]*)")
_SPILL_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}{_ADV_EN}\s+(?P<verb>spilled|spilt|spill)\s+(?P<liquid>(?i:"
                 rf"{alternatives(LIQUIDS_VI)}))\s+(?:on|onto|all\s+over|over|into)\s+{_WHOSE_EN}{_DAY_EN}"
                 r"\s*(?P<end>[.!?]*)")
_RICE_EN = lazy(rf"(?:{WHO_EN}(?P<aux>\s+(?:should|must|have\s+to|has\s+to|need\s+to|needs\s+to|have|has|just)|"
                rf"['’]ve)\s+)?(?P<put>[Pp]ut)\s+{_WHOSE_EN}\s+in(?:to)?\s+(?P<bag>a\s+bag\s+of\s+)?rice"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a device got wet or fell in the water, who dropped it there or
    spilled a drink on it, or that it is put in rice; None for any other."""
    if src == "vi":
        return _wet(text) or _fell(text) or _dropped(text) or _spilled(text) or _rice(text)
    return _wet_vi(text) or _fell_vi(text) or _dropped_vi(text) or _spilled_vi(text) or _rice_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone, a "?" on a
    statement, both days said, or "rồi" on a question ("Điện thoại bạn có bị vào nước rồi không?")."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day"] and m["day2"] or asked and m["done"]:
        return None
    return asked


def _day(m: re.Match) -> str:
    """The day of a Vietnamese match in English, with a space before it: " yesterday"; "" for none."""
    day = m["day"] or m["day2"]
    return f" {DAYS[keyed(day)]}" if day else ""


def _device(m: re.Match, own: str | None = "the") -> str | None:
    """The device of a Vietnamese match with whose in English ("my phone", "my mother's laptop"), or `own` for one
    of no whose ("the keyboard"); None for "chúng tôi", "họ" (one, or one each?) or own None."""
    dev = DEVICES[keyed(m["device"])]
    if m["owner"]:
        return None if keyed(m["owner"]) in _SHARED else f"{OWNERS[keyed(m['owner'])]} {dev}"
    return f"{someone(m['someone'], 'vi')}'s {dev}" if m["someone"] else own and f"{own} {dev}"


def _how(m: re.Match, asked: bool, base: str, past: str) -> str | None:
    """The verb of a Vietnamese match in English, as its word of tense says it: "dropped", "just dropped", "almost
    dropped", "accidentally dropped", "didn't drop", "drop" (asked); None for one that does not go with a day."""
    aux = keyed(m["aux"] or "")
    if asked or m["not"]:  # (no word of tense with them: _AUX reads one of the three)
        return base if asked else f"didn't {base}"
    if aux in ("vừa", "mới", "vừa mới"):
        return None if m["day"] or m["day2"] else f"just {past}"
    return f"almost {past}" if aux.startswith("suýt") else f"accidentally {past}" if aux in ("lỡ", "lỡ tay",
                                                                                               "vô tình") else past


def _after(m: re.Match, asked: bool) -> str | None:
    """What the device does after it, in English: " and won't turn on", " but it still works"; "" for nothing, None
    for one asked or denied."""
    if not (m["dead"] or m["works"]):
        return ""
    if asked or m["not"] or keyed(m["aux"] or "").startswith("suýt"):
        return None
    return f" and {DEAD[keyed(m['dead'])]}" if m["dead"] else f" but it {WORKS[keyed(m['works'])]}"


def _wet(text: str) -> str | None:
    """"Điện thoại tôi bị vào nước." as "My phone got water in it.", "Điện thoại tôi bị ướt." as "My phone got wet.",
    "Điện thoại bạn có bị vào nước không?" as "Did your phone get water in it?", "… bị vào nước, không bật lên
    được." as "… and won't turn on." (_WET); None for anything else."""
    m = _WET.fullmatch(text)
    asked = None if not m else _asked(m)
    aux = keyed(m["aux"] or "") if m else ""
    if asked is None or aux.startswith(("suýt", "lỡ", "vô")) or (device := _device(m, None)) is None or (
            after := _after(m, asked)) is None:
        return None
    what = "water in it" if m["inside"] else "all wet" if m["all"] else "wet"
    how = _how(m, asked, "get", "got")
    if how is None or m["all"] and (asked or m["not"]):
        return None
    if asked:
        return f"Did {device} get {what}{_day(m)}?"
    return capitalised(f"{device} {how} {what}{_day(m)}{after}.")


def _fell(text: str) -> str | None:
    """"Điện thoại tôi bị rơi vào bồn cầu." as "My phone fell in the toilet.", "Điện thoại tôi suýt rơi xuống nước."
    as "My phone almost fell in the water." (_FELL); None for anything else."""
    m = _FELL.fullmatch(text)
    asked = None if not m else _asked(m)
    if asked is None or keyed(m["aux"] or "").startswith(("lỡ", "vô")) or (device := _device(m, None)) is None or (
            after := _after(m, asked)) is None or (how := _how(m, asked, "fall", "fell")) is None:
        return None
    place = PLACES[keyed(m["place"])]
    if asked:
        return f"Did {device} fall in {place}{_day(m)}?"
    return capitalised(f"{device} {how} in {place}{_day(m)}{after}.")


def _doer(m: re.Match) -> tuple[str, bool] | None:
    """Who of a Vietnamese match of WHO in English, and whether it asks; None for a pet, "I" asked, "anh" saying, or
    asked wrong."""
    asked = _asked(m)
    said = None if asked is None or animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else (said[0], asked)


def _dropped(text: str) -> str | None:
    """"Tôi đánh rơi điện thoại xuống nước." as "I dropped my phone in the water.", "Mẹ tôi làm rơi điện thoại xuống
    hồ." as "My mother dropped her phone in the lake.", "Bạn có đánh rơi điện thoại vào bồn cầu không?" as "Did you
    drop your phone in the toilet?" (_DROP); None for anything else, for "we", "they" and a name alone (his or her
    phone?)."""
    m = _DROP.fullmatch(text)
    said = m and _doer(m)
    if not said:
        return None
    who_, asked = said
    own = None if who_ in ("we", "they") else whose_own(m, who_)
    device, how = _device(m, own), _how(m, asked, "drop", "dropped")
    if device is None or how is None:
        return None
    rest = f"{device} in {PLACES[keyed(m['place'])]}{_day(m)}"
    return f"Did {who_} drop {rest}?" if asked else capitalised(f"{who_} {how} {rest}.")


def _spilled(text: str) -> str | None:
    """"Tôi làm đổ nước lên bàn phím." as "I spilled water on the keyboard.", "Em tôi làm đổ cà phê lên laptop." as
    "My younger sibling spilled coffee on the laptop.", "Bạn có làm đổ nước lên laptop không?" as "Did you spill
    water on the laptop?" (_SPILL); None for anything else."""
    m = _SPILL.fullmatch(text)
    said = m and _doer(m)
    if not said or (device := _device(m)) is None or (how := _how(m, said[1], "spill", "spilled")) is None:
        return None
    rest = f"{LIQUIDS[keyed(m['liquid'])]} on {device}{_day(m)}"
    return f"Did {said[0]} spill {rest}?" if said[1] else capitalised(f"{said[0]} {how} {rest}.")


def _rice(text: str) -> str | None:
    """"Để điện thoại vào túi gạo đi." as "Put the phone in a bag of rice.", "Bạn nên để điện thoại vào gạo." as "You
    should put the phone in rice.", "Tôi đã để điện thoại vào túi gạo rồi." as "I've put the phone in a bag of rice."
    (_RICE), "Tôi đã để điện thoại vào gạo." as "I've put the phone in rice." too; None for anything else, and told
    with no "đi", "nhé" or "hãy" ("Để điện thoại vào túi gạo.")."""
    m = _RICE.fullmatch(text)
    if not m or "?" in m["end"] or (device := _device(m)) is None:
        return None
    rice = "a bag of rice" if m["bag"] else "rice"
    aux = keyed(m["aux"] or "")
    if not aux:  # (told: "hãy" or "đi", "nhé" said; "Để điện thoại vào gạo." may be a heading)
        return f"Put {device} in {rice}." if (m["tell"] or m["go"]) and not m["done"] else None
    said = None if m["go"] or animal(m) else who(m, False)
    if said is None or m["done"] and aux != "đã":
        return None
    who_, one = said
    verb = {"nên": "should put", "phải": "has to put" if one else "have to put", "cần": "needs to put" if one else
            "need to put", "vừa": "just put", "mới": "just put",
            # ("I put", "you put" may be now or a habit: "have put" for them; "he put" is past alone)
            "đã": ("has put" if m["done"] else "put") if one else "have put"}[aux]
    return capitalised(f"{who_} {verb} {device} in {rice}.".replace("I have put", "I've put"))


def _device_vi(m: re.Match) -> str | None:
    """The device of an English match with whose in Vietnamese ("điện thoại tôi", "laptop của mẹ tôi"); None for
    someone not read."""
    dev = DEVICES_VI[m["device"].lower()]
    if m.groupdict().get("poss"):  # ("điện thoại tôi", but "laptop của tôi")
        return f"{dev} {'' if dev in _BARE else 'của '}{WHOSE_VI[m['poss'].lower()]}"
    named = someone(m["someone"], "en")
    return named and f"{dev} của {named}"


def _day_vi(m: re.Match) -> str:
    """The day of an English match in Vietnamese, with a space after it: "hôm qua "; "" for none."""
    return f"{DAYS_VI[m['day']]} " if m["day"] else ""


def _after_vi(m: re.Match) -> str:
    """What the device does after it, in Vietnamese: ", không bật lên được", " nhưng vẫn dùng được"; "" for
    nothing."""
    if m["dead"]:
        dead = " ".join(m["dead"].replace("’", "'").replace("anymore", "any more").split())
        return f", {DEAD_VI[dead]}"
    return f" nhưng vẫn {WORKS_VI[' '.join(m['works'].split())]}" if m["works"] else ""


def _wet_vi(text: str) -> str | None:
    """"My phone got water in it." as "Điện thoại tôi bị vào nước.", "My phone got wet." as "Điện thoại tôi bị
    ướt.", "Did your phone get wet?" as "Điện thoại bạn có bị ướt không?", "My phone got wet and won't turn on." as
    "… bị ướt, không bật lên được." (_WET_EN); None for anything else."""
    m = _WET_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or (m["got"] == "get") != asked or (device := _device_vi(m)) is None:
        return None
    if (m["dead"] or m["works"]) and (asked or m["didnt"]) or m["just"] and (asked or m["day"]) or m["all"] and (
            m["inside"] or asked or m["didnt"]):
        return None
    what = "vào nước" if m["inside"] else "ướt hết" if m["all"] else "ướt"
    how = "có bị" if asked else "không bị" if m["didnt"] else "vừa bị" if m["just"] else "bị"
    end = " không?" if asked else "."
    return capitalised(f"{_day_vi(m)}{device} {how} {what}{_after_vi(m)}{end}")


def _fell_vi(text: str) -> str | None:
    """"My phone fell in the toilet." as "Điện thoại tôi bị rơi vào bồn cầu.", "My phone almost fell in the water."
    as "Điện thoại tôi suýt rơi xuống nước.", "Did your phone fall in the water?" as "Điện thoại bạn có bị rơi xuống
    nước không?" (_FELL_EN); None for anything else."""
    m = _FELL_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or (m["verb"] == "fall") != asked or (device := _device_vi(m)) is None:
        return None
    adv = (m["adv"] or "").lower()
    if adv and (asked or m["day"] and adv == "just") or (m["dead"] or m["works"]) and (asked or adv != "just" and adv):
        return None
    how = {"": "bị rơi", "just": "vừa bị rơi", "almost": "suýt rơi", "nearly": "suýt rơi"}[adv]
    place = PLACES_VI[m["place"].lower()]
    where = f"{'vào' if place in _INTO else 'xuống'} {place}"
    if asked:
        return capitalised(f"{_day_vi(m)}{device} có bị rơi {where} không?")
    return capitalised(f"{_day_vi(m)}{device} {how} {where}{_after_vi(m)}.")


def _other_named(m: re.Match) -> bool:
    """Whether who of an English match of WHO_EN is a name with "his", or with "her" where the name is not most often
    a woman's (mt.names.woman_named): "Lan dropped his phone" is another's phone, and a name alone says no sex."""
    whose = (m["owner"] or "").lower()
    return bool(m["given"]) and whose in ("his", "her") and not (whose == "her" and woman_named(m["given"]))


def _doer_vi(m: re.Match, verb: str) -> tuple[str, str, str] | None:
    """Who of an English match of WHO_EN in Vietnamese, the verb's word before it ("vừa", "suýt", "có", "không", "")
    and the device with whose after it where not who's own ("điện thoại của bạn"); None where the verb does not agree
    with "Did", for a pet, "I" asked, or a device of "his", "her" that may be another's (_other_named too)."""
    q, adv, didnt = bool(m["q"]), (m["adv"] or "").lower(), bool(m["didnt"])
    if q != ("?" in m["end"]) or (m["verb"] == verb) != (q or didnt) or adv and (q or didnt or m["day"] and
                                                                                 adv == "just") or animal(m):
        return None
    who_, one = who_vi(m)
    if q and who_ == "tôi" or _other_named(m):
        return None
    if m["someone"]:
        named = someone(m["someone"], "en")
        device = named and f"{DEVICES_VI[m['device'].lower()]} của {named}"
    else:
        own = own_thing(m, who_, one)
        whose = m["owner"].lower()
        device = None if own is None else DEVICES_VI[m["device"].lower()] if own else \
            f"{DEVICES_VI[m['device'].lower()]} của {WHOSE_VI[whose]}"
    how = "có" if q else "không" if didnt else {"": "", "just": "vừa", "almost": "suýt", "nearly": "suýt",
                                                "accidentally": "lỡ"}[adv]
    return (who_, how, device) if device else None


def _dropped_vi(text: str) -> str | None:
    """"I dropped my phone in the water." as "Tôi đánh rơi điện thoại xuống nước.", "I dropped my phone in the
    toilet." as "Tôi đánh rơi điện thoại vào bồn cầu.", "Did you drop your phone in the lake?" as "Bạn có đánh rơi
    điện thoại xuống hồ không?" (_DROP_EN); None for anything else."""
    m = _DROP_EN.fullmatch(text)
    said = m and _doer_vi(m, "drop")
    if not said:
        return None
    who_, how, device = said
    place = PLACES_VI[m["place"].lower()]
    where = f"{'vào' if place in _INTO else 'xuống'} {place}"
    end = " không?" if how == "có" else "."
    return capitalised(f"{_day_vi(m)}{who_} {how} đánh rơi {device} {where}{end}".replace("  ", " "))


def _spilled_vi(text: str) -> str | None:
    """"I spilled water on the keyboard." as "Tôi làm đổ nước lên bàn phím.", "Did you spill coffee on the laptop?"
    as "Bạn có làm đổ cà phê lên laptop không?" (_SPILL_EN); None for anything else."""
    m = _SPILL_EN.fullmatch(text)
    said = m and _doer_vi(m, "spill")
    if not said:
        return None
    who_, how, device = said
    end = " không?" if how == "có" else "."
    liquid = LIQUIDS_VI[m["liquid"].lower()]
    return capitalised(f"{_day_vi(m)}{who_} {how} làm đổ {liquid} lên {device}{end}".replace("  ", " "))


def _rice_vi(text: str) -> str | None:
    """"Put the phone in a bag of rice." as "Để điện thoại vào túi gạo đi.", "You should put your phone in rice." as
    "Bạn nên để điện thoại vào gạo.", "I've put my phone in a bag of rice." as "Tôi đã để điện thoại vào túi gạo
    rồi." (_RICE_EN); None for anything else, "I put …" (now, or done?), verbs that do not agree with who, and a
    name with "his" (_other_named)."""
    m = _RICE_EN.fullmatch(text)
    if not m or (m["put"] == "Put") == bool(m["aux"]) or m["someone"]:
        return None
    rice = f"vào {'túi ' if m['bag'] else ''}gạo"
    whose = m["owner"].lower()
    if not m["aux"]:  # (told: the phone, or yours)
        return f"Để {DEVICES_VI[m['device'].lower()]} {rice} đi." if whose in ("the", "your") else None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].lower().replace("’", "'").split())
    if not own_thing(m, who_, one) or animal(m) or _other_named(m) or aux in ("has", "has to", "needs to") and (
            not one) or aux in ("have", "'ve", "have to", "need to") and one:
        return None
    how = {"should": "nên", "must": "phải", "have to": "phải", "has to": "phải", "need to": "cần",
           "needs to": "cần", "just": "vừa"}.get(aux, "đã")
    done = " rồi" if how == "đã" else ""
    return capitalised(f"{who_} {how} để {DEVICES_VI[m['device'].lower()]} {rice}{done}.")
