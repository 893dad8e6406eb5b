"""Waiting: who is waiting for whom or for what and where, for how long or since when, whether someone has been waiting
long, will wait, can wait or can't wait any longer, queuing, "don't wait for me", "wait!", and (English only) sorry to
keep you waiting and thanks for waiting, both ways, written whole by rule. v8 with every other rule: "Bạn đợi lâu
chưa?" → "Have you waited for long yet?", "Đừng đợi tôi." → "Don't wait me.", "Bạn đang đợi ai?" → "Who's waiting
for?", "Tôi đang xếp hàng." → "I'm packing.", "Chờ đã." → "Thanks.", "Đợi đã." → "Expected.", "Tôi đợi từ sáng." → "I
waited for breakfast.", "Họ đang chờ ở sảnh." → "They're waiting for production.", "Tôi sẽ đợi bạn." → "I'll wait
you.", "Mẹ tôi đang đợi bạn ở ngoài." → "My mother was waiting for you outside."; "Sorry to keep you waiting." → "Rất
tiếc để giữ cho bạn đợi.", "Thanks for waiting for me." → "Nhờ chờ tôi.", "Has she been waiting long?" → "Bé đang đợi
lâu chưa?", "Hold on!" → "Giữ lại!", "I'm waiting at home." → "Tôi đang đợi nhà.", "We're queuing." → "Chúng tôi đang
cãi vã.", "I've been waiting since 7." → "Tôi đã đợi từ khi 7.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) waiting ("đang", still "vẫn"), queuing
("xếp hàng"), having waited long or how long ("rồi": a span of mt.spans, "cả buổi sáng", or since "từ" a time of
mt.dates.clock or a part of the day), asked whether they have waited long ("lâu chưa?"), will wait ("sẽ", or "tôi …
nhé"), can wait ("có thể … không?", "… được không?"), can't wait any longer; for whom (a pronoun of mt.ever.OBJECTS,
someone of mt.hobbies.SOMEONE, "ai" asked) or for a bus, a train, a taxi (RIDES), where (PLACES); "Đừng đợi tôi.",
"Đừng thức đợi tôi." / "Đừng đợi cửa." (don't wait up), "Đợi đã!", "Làm ơn chờ một chút.", "Đợi ở đây nhé."; in
English also sorry to keep you waiting and thanks for waiting. Left: "Mẹ", "Bố" … alone as who (the speaker, to a
child), "tàu" alone (a train or a boat), a wait with no aspect ("Tôi đợi bạn."), "Chờ tôi một chút." and the rest of
the phrasebook's listed phrases, "Xin lỗi đã để bạn phải chờ." and "Cảm ơn bạn đã chờ." (mt.phrasebook's _SORRY,
_THANKED), how long one has to wait ("Chúng ta phải đợi bao lâu?", v8's right), "I can't wait." (looking forward),
"What are you waiting for?" (hurry up), a taxi or its driver waiting (mt/taxis.py).
mt.phrasebook.translate tries these after mt/taxis.py.

    >>> translate("Bạn đợi lâu chưa?", "vi", "en"), translate("Sorry to keep you waiting.", "en", "vi")
    ('Have you been waiting long?', 'Xin lỗi đã để bạn phải chờ.')
"""
from __future__ import annotations

import re

from . import dates, spans
from .dates import WHOLE_SPANS, WHOLE_SPANS_EN
from .ever import OBJECTS, PRONOUNS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (
    BE_EN,
    EN_OBJECT,
    EN_OBJECT_VI,
    EN_WHO_VI,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# what is waited for besides someone (the first Vietnamese of each is written back; "tàu" alone may be a boat)
RIDES = {"xe buýt": "the bus", "xe bus": "the bus", "tàu hỏa": "the train", "xe lửa": "the train", "taxi": "a taxi",
         "tắc xi": "a taxi"}
RIDES_VI = {"the bus": "xe buýt", "the train": "tàu", "a taxi": "taxi", "the taxi": "taxi"}
# where one waits
PLACES = {"ở đây": "here", "ở đó": "there", "ở ngoài": "outside", "bên ngoài": "outside", "ở bên ngoài": "outside",
          "ngoài cửa": "outside", "ở dưới nhà": "downstairs", "dưới nhà": "downstairs", "ở cổng": "at the gate",
          "ở cửa": "at the door", "ở sảnh": "in the lobby", "ở trạm xe buýt": "at the bus stop",
          "ở bến xe buýt": "at the bus stop", "ở nhà ga": "at the station", "ở ga": "at the station",
          "ở nhà": "at home"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"here": "ở đây", "outside": "ở ngoài"}
# since when (besides a time of mt.dates.clock; a whole part of the day is mt.dates.WHOLE_SPANS)
_SINCE = {"sáng": "this morning", "sáng nay": "this morning", "trưa": "noon", "chiều": "this afternoon",
          "chiều nay": "this afternoon", "hôm qua": "yesterday"}
_SINCE_VI = {en: vi for vi, en in reversed(_SINCE.items())} | {"lunchtime": "trưa"}
_ME = {vi: en for vi, en in OBJECTS.items() if en in ("me", "us")}  # ("Đừng đợi tôi.")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đợi|chờ|xếp\s+hàng|khoan\s+đã)"),
         "en": lazy(r"(?i:wait|queu|in\s+line|hold\s+on|hang\s+on)")}

_WAIT = r"(?i:chờ\s+đợi|đợi|chờ)"
_FOR = rf"(?:\s+(?P<x>(?i:{alternatives(OBJECTS)}|{alternatives(RIDES)})|{SOMEONE}|(?P<ai>ai)))?"
_AT = rf"(?:\s+(?P<at>(?i:{alternatives(PLACES)})))?"
_BIT = r"(?P<bit>\s+(?:một\s+)?(?:chút|lát|tí))"
_NHE = r"(?P<nhe>\s+(?:nhé|nha))?"
# asked whether one has waited long ("Bạn đợi lâu chưa?", "Bạn chờ có lâu không?")
_LONG = lazy(rf"{WHO}\s+(?:đã\s+)?{_WAIT}{_FOR}\s+(?:lâu\s+chưa|có\s+lâu\s+không){SOFTENED_END}")
# waited long, how long or since when ("Tôi đợi lâu rồi.", "Tôi đã đợi một tiếng rồi.", "Tôi đợi từ 7 giờ.")
_SO_FAR = lazy(rf"{WHO}\s+(?:đã\s+)?{_WAIT}{_FOR}\s+(?:(?:rất\s+)?(?P<long>lâu)(?:\s+lắm)?\s+rồi|"
               rf"(?P<span>{spans.VI})\s+rồi|(?P<all>{alternatives(WHOLE_SPANS)})\s+rồi|"
               rf"từ\s+(?P<since>[^,.!?]+?)(?:\s+(?:đến|tới)\s+giờ|\s+rồi)?){SOFTENED_END}")
# waiting or queuing now, said or asked ("Mẹ tôi đang đợi bạn ở ngoài.", "Bạn có đang đợi xe buýt không?")
_NOW = lazy(rf"{WHO}\s+(?P<aux>có\s+đang|(?:vẫn\s+)?(?:còn\s+)?đang|vẫn(?:\s+còn)?)\s+(?:{_WAIT}|(?P<queue>xếp\s+"
            rf"hàng)(?P<qwait>\s+(?:để\s+)?{_WAIT})?){_FOR}{_AT}(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
# will wait ("Tôi sẽ đợi bạn ở đây.", "Tôi đợi bạn ở cổng nhé."), or "Bạn đợi … nhé" asking the listener to
_WILL = lazy(rf"{WHO}\s+(?P<will>sẽ\s+)?{_WAIT}{_FOR}{_AT}{_NHE}\s*(?P<end>[.!]*)")
# can wait ("Bạn có thể đợi tôi không?", "Bạn đợi tôi một chút được không?"), can't any longer
_CAN = lazy(rf"{WHO}\s+(?P<can>có\s+thể\s+)?{_WAIT}{_FOR}{_BIT}?{_AT}\s+(?P<able>được\s+)?không{SOFTENED_END}")
_CANT = lazy(rf"{WHO}\s+không\s+(?P<can>thể\s+)?{_WAIT}(?:\s+thêm)?(?:\s+(?P<able>được|nổi))?\s+nữa"
             rf"{SOFTENED_END}")
# "Đừng đợi tôi.", "Đừng thức đợi tôi.", "Đừng đợi cửa." (don't wait up); "Đợi đã!"; "Làm ơn chờ một chút."
_DONT = lazy(rf"(?:[Bb]ạn\s+)?[Đđ]ừng\s+(?P<up>thức\s+)?{_WAIT}(?:\s+(?P<door>cửa))?"
             rf"(?:\s+(?P<me>(?i:{alternatives(_ME)})))?{_NHE}\s*(?P<end>[.!]*)")
_HOLD = lazy(r"(?i:đợi|chờ|khoan)\s+đã(?:\s+nào)?\s*(?P<end>[.!]*)")
_PLEASE = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng|xin))\s+|(?i:hãy)\s+)?{_WAIT}(?:\s+(?P<me>"
               rf"(?i:{alternatives(_ME)})))?(?:{_BIT}|{_AT}){_NHE}\s*(?P<end>[.!]*)")
# (the phrasebook's: "Chờ tôi một chút.", "Đợi một chút." …)
_LISTED_VI = lazy(rf"{_WAIT}(?:\s+tôi)?\s+(?:một\s+)?(?:chút|tí)\s*[.!]*")

# ... and in English
_FOR_EN = (rf"(?:\s+for\s+(?P<x>(?i:{alternatives(EN_OBJECT_VI)}|{alternatives(RIDES_VI)})|"
           rf"{SOMEONE_EN}))?")
_AT_EN = rf"(?:\s+(?P<at>(?i:{alternatives(PLACES_VI)})))?"
# ("Wait a bit." is left: tests/test_untranslated.py has the model write it)
_BIT_EN = r"(?P<bit>\s+(?:for\s+)?a\s+(?:moment|minute|second|sec))"
_LONG_EN = lazy(rf"(?P<have>Have|Has)\s+{WHO_EN}\s+(?:been\s+waiting|waited){_FOR_EN}\s+"
                r"(?:long|(?:for\s+)?a\s+long\s+time)\s*\?+")
_SO_FAR_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+been\s+waiting{_FOR_EN}\s+"
                  r"(?:(?P<long>(?:for\s+)?(?:a\s+long\s+time|ages|so\s+long))|"
                  rf"for\s+(?P<span>{spans.EN})|(?P<all>{alternatives(WHOLE_SPANS_EN)})|since\s+(?P<since>.+?))"
                  r"\s*(?P<end>[.!]*)")
_QUEUE_EN = r"(?P<queue>queu(?:e?ing)(?:\s+up)?|(?:standing|waiting)\s+in\s+(?:line|the\s+queue|a\s+queue))"
_NOW_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?(?P<still>\s+still)?\s+(?:waiting|{_QUEUE_EN})"
               rf"{_FOR_EN}{_AT_EN}\s*(?P<end>[.!?]*)")
_WHOM_EN = lazy(rf"Who\s+(?P<be0>is|are|am)\s+{WHO_EN}\s+waiting\s+for\s*\?+")
_WILL_EN = lazy(rf"{WHO_EN}(?:['’]ll|\s+will)\s+wait{_FOR_EN}{_AT_EN}\s*(?P<end>[.!]*)")
_CAN_EN = lazy(rf"(?:Can|Could)\s+{WHO_EN}\s+(?:please\s+)?wait{_FOR_EN}{_BIT_EN}?{_AT_EN}(?:,?\s+please)?\s*\?+")
_CANT_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+wait\s+any\s+(?:longer|more)\s*(?P<end>[.!]*)")
_DONT_EN = lazy(r"(?:Please\s+)?[Dd]on['’]t\s+wait(?P<up>\s+up)?(?:\s+for\s+(?P<me>me|us))?(?:,?\s+please)?"
                r"\s*(?P<end>[.!]*)")
_HOLD_EN = lazy(rf"(?:(?:Hold|Hang)\s+on|(?P<please>Please\s+)?[Ww]ait(?:\s+for\s+(?P<me>me|us))?{_AT_EN})"
                rf"{_BIT_EN}?\s*(?P<end>[.!]*)")
_SORRY_EN = lazy(r"(?:I['’]m\s+|I\s+am\s+)?(?:(?:so|very|really)\s+)?[Ss]orry\s+(?:to\s+keep|to\s+have\s+kept|"
                 r"for\s+keeping|I\s+kept)\s+you\s+waiting(?P<long>\s+(?:for\s+)?so\s+long)?\s*[.!]*")
_THANKS_EN = lazy(r"(?:Thanks|Thank\s+you)(?P<much>\s+(?:so|very)\s+much)?\s+for\s+waiting"
                  r"(?:\s+for\s+(?P<me>me|us))?\s*[.!]*")
# (the phrasebook's: "Sorry for keeping you waiting.", "Thank you for waiting.", "Wait for me a moment." …)
_LISTED = lazy(r"(?i:sorry\s+for\s+keeping\s+you\s+waiting|thank\s+you\s+for\s+waiting|wait\s+for\s+me|"
               r"wait(?:\s+for\s+me)?\s+a\s+moment)\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about someone waiting, queuing, or asked to wait or not; None for any other."""
    if src == "vi":
        return None if _LISTED_VI.fullmatch(text) else (
            _long(text) or _so_far(text) or _now(text) or _will(text) or _can(text) or _bidden(text))
    return None if _LISTED.fullmatch(text) else (
        _long_vi(text) or _so_far_vi(text) or _now_vi(text) or _will_vi(text) or _bidden_vi(text))


def _for(m: re.Match) -> str | None:
    """For whom or what of a match of _FOR, in English: " for you", " for my mother", " for the bus"; "" for none
    said, None for one not known ("anh" alone may be the speaker)."""
    if not m["x"] or m["ai"]:
        return ""
    said = OBJECTS.get(keyed(m["x"])) or RIDES.get(keyed(m["x"])) or someone(m["x"], "vi")
    if m["who"] and said == EN_OBJECT.get(PRONOUNS[keyed(m["who"])]):  # ("Bạn đang đợi bạn.", "Tôi đợi mình …")
        return None
    return f" for {said}" if said else None


def _at(m: re.Match, table: dict[str, str]) -> str:
    """Where of a match of _AT (`table` PLACES) or _AT_EN (PLACES_VI), in the other language: " outside", " ở ngoài"."""
    return f" {table[keyed(m['at'])]}" if m["at"] else ""


def _long(text: str) -> str | None:
    """"Bạn đợi lâu chưa?" as "Have you been waiting long?", "Mẹ tôi chờ bạn có lâu không?" as "Has my mother been
    waiting for you long?" (_LONG); None for anything else."""
    m = _LONG.fullmatch(text)
    if not m or "?" not in m["end"] or m["ai"] or (said := who(m, True)) is None or (whom := _for(m)) is None:
        return None
    return f"{'Has' if said[1] else 'Have'} {said[0]} been waiting{whom} long?"


def _since(said: str) -> str | None:
    """Since when, in English: "this morning" for "sáng", "7 o'clock" for "7 giờ", "7 a.m." for "7 giờ sáng"."""
    if when := _SINCE.get(keyed(said)):
        return when
    when = dates.clock(said, "vi", "en")
    return f"{when[:-3]} o'clock" if when and when.endswith(":00") else when


def _so_far(text: str) -> str | None:
    """"Tôi đợi lâu rồi." as "I've been waiting for a long time.", "Cô ấy đã đợi bạn hai tiếng rồi." as "She's been
    waiting for you for two hours.", "Tôi đợi từ 7 giờ." as "I've been waiting since 7 o'clock." (_SO_FAR); None for
    anything else."""
    m = _SO_FAR.fullmatch(text)
    if not m or "?" in m["end"] or m["ai"] or (said := who(m, False)) is None or (whom := _for(m)) is None:
        return None
    if m["since"] and (since := _since(m["since"])) is None:
        return None
    how = " for a long time" if m["long"] else f" for {spans.said(m, 'en')}" if m["span"] else \
        f" {WHOLE_SPANS[keyed(m['all'])]}" if m["all"] else f" since {since}"
    how = how if how.endswith(".") else f"{how}."  # ("since 8 a.m.")
    return capitalised(contracted(said[0], f"{'has' if said[1] else 'have'} been waiting{whom}{how}"))


def _now(text: str) -> str | None:
    """"Mẹ tôi đang đợi bạn ở ngoài." as "My mother is waiting for you outside.", "Bạn có đang đợi xe buýt không?" as
    "Are you waiting for the bus?", "Bạn đang đợi ai?" as "Who are you waiting for?", "Tôi đang xếp hàng." as "I'm
    queuing." (_NOW); None for anything else, and for "có đang" said or asked without "không"."""
    m = _NOW.fullmatch(text)
    if not m:
        return None
    asked, aux, ask = "?" in m["end"], keyed(m["aux"]), keyed(m["asked"] or "")
    still = "still " if "vẫn" in aux or "còn" in aux else ""
    if (ask == "không") != aux.startswith("có") or bool(ask) != (asked and not m["ai"]) or m["ai"] and (
            m["queue"] or still or m["at"]) or m["queue"] and m["x"] and not (m["qwait"] and keyed(m["x"]) in RIDES):
        return None
    said, whom = who(m, asked), _for(m)
    if said is None or whom is None or asked and said[0] == "I":
        return None
    doing, at = "queuing" if m["queue"] else "waiting", _at(m, PLACES)
    if m["ai"]:
        return f"Who {be(said[0])} {said[0]} waiting for?"
    if asked:
        return f"{be(said[0]).capitalize()} {said[0]} {still}{doing}{whom}{at}?"
    return capitalised(contracted(said[0], f"{be(said[0])} {still}{doing}{whom}{at}."))


def _will(text: str) -> str | None:
    """"Tôi sẽ đợi bạn ở đây." as "I'll wait for you here.", "Tôi đợi bạn ở cổng nhé." as "I'll wait for you at the
    gate.", "Bạn đợi tôi ở ngoài nhé." as "Wait for me outside." (_WILL); None for anything else, and for a wait
    without "sẽ" or "nhé" ("Tôi đợi bạn." may be now)."""
    m = _WILL.fullmatch(text)
    if not m or m["ai"] or (said := who(m, False)) is None or (whom := _for(m)) is None:
        return None
    end, at = m["end"] or ".", _at(m, PLACES)
    if m["will"] or m["nhe"] and said[0] in ("I", "we"):
        return capitalised(contracted(said[0], f"will wait{whom}{at}{end}"))
    if m["nhe"] and keyed(m["who"] or "") == "bạn" and (whom or at):  # (asking the listener to)
        return f"Wait{whom}{at}{end}"
    return None


def _can(text: str) -> str | None:
    """"Bạn có thể đợi tôi không?" as "Can you wait for me?", "Bạn đợi tôi một chút được không?" as "Can you wait for
    me a moment?" (_CAN); "Tôi không thể đợi được nữa." as "I can't wait any longer." (_CANT); None for anything
    else."""
    m = _CAN.fullmatch(text)
    if m and "?" in m["end"] and (m["can"] or m["able"]) and not m["ai"] and not (m["bit"] and m["at"]):
        said, whom = who(m, True), _for(m)
        return None if said is None or whom is None else \
            f"Can {said[0]} wait{whom}{' a moment' * bool(m['bit'])}{_at(m, PLACES)}?"
    m = _CANT.fullmatch(text)
    if not m or "?" in m["end"] or not (m["can"] or m["able"]) or (said := who(m, False)) is None:
        return None
    return capitalised(f"{said[0]} can't wait any longer{m['end'] or '.'}")


def _bidden(text: str) -> str | None:
    """"Đừng đợi tôi." as "Don't wait for me.", "Đừng đợi cửa." as "Don't wait up." (_DONT); "Đợi đã!" as "Wait!"
    (_HOLD); "Làm ơn chờ một chút." as "Please wait a moment.", "Đợi tôi ở ngoài nhé." as "Wait for me outside."
    (_PLEASE); None for anything else."""
    if m := _DONT.fullmatch(text):
        up, me = m["up"] or m["door"], m["me"] and _ME[keyed(m["me"])]
        return f"Don't wait{' up' * bool(up)}{f' for {me}' if me else ''}{m['end'] or '.'}" if up or me else None
    if m := _HOLD.fullmatch(text):
        return f"Wait{m['end'] or '.'}"
    if (m := _PLEASE.fullmatch(text)) and (m["please"] or m["me"] or m["bit"] or m["at"]):  # (not "Chờ nhé.")
        me = f" for {_ME[keyed(m['me'])]}" if m["me"] else ""
        said = f"wait{me}{' a moment' * bool(m['bit'])}{_at(m, PLACES)}{m['end'] or '.'}"
        return capitalised(f"please {said}" if m["please"] else said)
    return None


def _for_vi(m: re.Match) -> str | None:
    """For whom or what of a match of _FOR_EN, in Vietnamese: " bạn", " mẹ tôi", " xe buýt"; "" for none said."""
    if not m["x"]:
        return ""
    said = EN_OBJECT_VI.get(keyed(m["x"])) or RIDES_VI.get(keyed(m["x"])) or someone(m["x"], "en")
    if m["who"] and said == EN_WHO_VI[m["who"].lower()]:  # ("You're waiting for you.", "I'm waiting for me.")
        return None
    return f" {said}" if said else None


def _long_vi(text: str) -> str | None:
    """"Have you been waiting long?" as "Bạn đợi lâu chưa?", "Has she been waiting for you long?" as "Cô ấy đợi bạn
    lâu chưa?" (_LONG_EN); None for anything else, and where "has" does not agree with who."""
    m = _LONG_EN.fullmatch(text)
    if not m or (m["have"] == "Has") != who_vi(m)[1] or (whom := _for_vi(m)) is None:
        return None
    return capitalised(f"{who_vi(m)[0]} đợi{whom} lâu chưa?")


def _so_far_vi(text: str) -> str | None:
    """"I've been waiting for an hour." as "Tôi đã đợi một tiếng rồi.", "She's been waiting since this morning." as
    "Cô ấy đã đợi từ sáng.", "I've been waiting for a long time." as "Tôi đã đợi lâu rồi." (_SO_FAR_EN); None for
    anything else, and where "has" does not agree with who."""
    m = _SO_FAR_EN.fullmatch(text)
    if not m or (whom := _for_vi(m)) is None:
        return None
    said, one = who_vi(m)
    if (keyed(m["have"]).replace("’", "'") in ("has", "'s")) != one:
        return None
    if m["since"]:
        since = keyed(m["since"]).removesuffix(" o'clock")
        when = _SINCE_VI.get(since) or dates.clock(since, "en", "vi")
        how = when and f" từ {when}"
    else:
        how = " lâu rồi" if m["long"] else f" {spans.said(m, 'vi')} rồi" if m["span"] else \
            f" {WHOLE_SPANS_EN[keyed(m['all'])]} rồi"
    return capitalised(f"{said} đã đợi{whom}{how}.") if how else None


def _now_vi(text: str) -> str | None:
    """"My mother is waiting for you outside." as "Mẹ tôi đang đợi bạn ở ngoài.", "Are you waiting for the bus?" as
    "Bạn có đang đợi xe buýt không?", "Is she still waiting?" as "Cô ấy vẫn đang đợi à?", "We're queuing." as "Chúng
    tôi đang xếp hàng.", "Who are you waiting for?" as "Bạn đang đợi ai?" (_NOW_EN, _WHOM_EN); None for anything
    else, and where "is", "am" or "are" does not agree with who."""
    if m := _WHOM_EN.fullmatch(text):
        said, one = who_vi(m)
        return capitalised(f"{said} đang đợi ai?") if be_of(said, one) == m["be0"] else None
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or (whom := _for_vi(m)) is None:
        return None
    said, one = who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(said, one) or m["queue"] and m["x"] and keyed(m["x"]) not in RIDES_VI:
        return None
    doing = f"xếp hàng{' đợi' * bool(whom)}" if m["queue"] else "đợi"
    asked, still = bool(m["be0"]), bool(m["still"])
    aux = "vẫn đang" if still else "có đang" if asked else "đang"
    end = " à?" if asked and still else " không?" if asked else "."
    return capitalised(f"{said} {aux} {doing}{whom}{_at(m, PLACES_VI)}{end}")


def _will_vi(text: str) -> str | None:
    """"I'll wait for you here." as "Tôi sẽ đợi bạn ở đây." (_WILL_EN), "Can you wait for me a moment?" as "Bạn có thể
    đợi tôi một chút không?" (_CAN_EN), "I can't wait any longer." as "Tôi không thể đợi thêm được nữa." (_CANT_EN);
    None for anything else."""
    if m := _WILL_EN.fullmatch(text):
        whom = _for_vi(m)
        return None if whom is None else capitalised(f"{who_vi(m)[0]} sẽ đợi{whom}{_at(m, PLACES_VI)}.")
    if (m := _CAN_EN.fullmatch(text)) and not (m["bit"] and m["at"]) and (whom := _for_vi(m)) is not None:
        bit = " một chút" * bool(m["bit"])
        return capitalised(f"{who_vi(m)[0]} có thể đợi{whom}{bit}{_at(m, PLACES_VI)} không?")
    if m := _CANT_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} không thể đợi thêm được nữa.")
    return None


def _bidden_vi(text: str) -> str | None:
    """"Don't wait for me." as "Đừng đợi tôi.", "Don't wait up." as "Đừng thức đợi tôi." (_DONT_EN); "Hold on!" as
    "Đợi đã!", "Wait a minute." as "Đợi một chút.", "Please wait here." as "Vui lòng đợi ở đây." (_HOLD_EN); "Sorry to
    keep you waiting." as "Xin lỗi đã để bạn phải chờ." (_SORRY_EN); "Thanks for waiting for me." as "Cảm ơn bạn đã chờ
    tôi." (_THANKS_EN); None for anything else."""
    if m := _DONT_EN.fullmatch(text):
        me = " chúng tôi" if m["me"] == "us" else " tôi" if m["me"] or m["up"] else ""
        return f"Đừng {'thức ' * bool(m['up'])}đợi{me}{m['end'] or '.'}" if me else None
    if m := _HOLD_EN.fullmatch(text):
        me = " chúng tôi" if m["me"] == "us" else " tôi" if m["me"] else ""
        said = f"đợi{me}{' một chút' * bool(m['bit'])}{_at(m, PLACES_VI)}"
        if m["bit"] and m["at"] or said == "đợi" and (m["please"] or not m["end"]):  # ("Please wait.", "wait")
            return None
        return capitalised(f"{'vui lòng ' * bool(m['please'])}{said if said != 'đợi' else 'đợi đã'}{m['end'] or '.'}")
    if m := _SORRY_EN.fullmatch(text):
        return f"Xin lỗi đã để bạn phải chờ{' lâu' * bool(m['long'])}."
    if m := _THANKS_EN.fullmatch(text):
        me = " chúng tôi" if m["me"] == "us" else " tôi" if m["me"] else ""
        return f"Cảm ơn bạn{' rất nhiều vì' * bool(m['much'])} đã chờ{me}."
    return None
