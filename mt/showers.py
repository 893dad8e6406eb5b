"""Showers and baths at home or at a hotel, both ways, written whole by rule: asking to have one, who is in the
shower or the bathroom, having one first, later, after dinner or before bed, a shower in the morning or the evening
as a habit, no hot water, the bath blocked, and towels (where they are, borrowing one, having one, needing one). v8
(every rule on) reads "tắm" as showing up and "khăn tắm" as a bath, "shower" as a film and "have" as owning: "Tôi tắm
được không?" → "Can I show up?", "Tôi đi tắm được không?" → "Can I get baths?", "Tôi sẽ tắm sau bữa tối." → "I'll show
up after dinner.", "Tôi sẽ đi tắm trước." → "I'll go to bath before.", "Bạn muốn tắm trước không?" → "Would you like
to show baths?", "Tôi thường tắm vào buổi tối." → "I usually show the evening.", "Khăn tắm ở đâu?" → "Where is the
bath?", "Cho tôi mượn một cái khăn tắm được không?" → "Could I borrow a bath?", "Không có nước nóng à?" → "Do not
have hot water?", "Có nước nóng không?" → "Is hot water?", "Bồn tắm bị tắc." → "The bath was ruled."; "Can I have a
shower?" → "Tôi có thể có một bộ phim không?", "May I have a shower?" → "Tôi có một người tắm không?", "Who's in the
shower?" → "Ai trong bộ phim?", "I'll have a shower first." → "Trước tiên tôi sẽ có một bộ phim.", "I'll have a shower
after dinner." → "Tôi sẽ có một người tắm sau bữa tối.", "You can have a shower first." → "Trước tiên bạn có thể có
máy chiếu.", "Can I borrow a towel?" → "Có thể mượn khăn bằng khăn không?", "Do you have a towel?" → "Bạn có phải khăn
tắm không?", "Is the bathroom free?" → "Nhà vệ sinh có tự do không?".

Taken: who (mt.hobbies.WHO, WHO_EN; one person: "we", "they" and a shower, one each or together, are left) asking
whether they can have a shower or a bath ("có thể … không", "… được không", first or not; "tắm nhờ": use your
shower), having one ("sẽ"; "Tôi … nhé": I'll) or wanting one (said, asked) at a time of _WHEN (first, later, after
dinner, before bed, tonight …), having one in the morning or the evening as a habit ("thường", "luôn", "hay"; asked,
"… hay …": or); and whole sentences of _FIXED: who is in the shower or the bathroom, whether it is free, no hot water,
the bath blocked, towels. "tắm" is "have a shower" ("tắm bồn": a bath), back "tắm" for both. Left: "tắm biển" (a swim
in the sea), "tắm nắng" (sunbathing), "tắm sông", "tắm cho em bé" (bathing the baby) and all else "tắm" is followed
by, to the model; "sau" alone (later, or after someone?), a habit said without "thường" … ("Tôi tắm vào buổi sáng.":
a day told?); a shower just had, had already, now, wanted, going to be had or every evening ("Cô ấy đang tắm.",
"She's in the shower.", "Tôi đi tắm đây.": mt/washing.py's and mt/about_to.py's); the shower or the hot water broken
or not working (mt/broken.py's), hot water at a place ("Phòng có nước nóng không?", "Is there any hot water?":
mt/patterns.py's), more towels asked for ("Cho tôi thêm khăn tắm.": the phrasebook's), "khăn" alone (also a scarf),
the water not hot (no key word; v8 writes it well).
mt.phrasebook.translate tries these after mt/jabs.py.

    >>> translate("Tôi tắm được không?", "vi", "en"), translate("I'll have a shower after dinner.", "en", "vi")
    ('Can I have a shower?', 'Tôi sẽ tắm sau bữa tối.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, be_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import BE_EN, EN_WHOSE, SOFTENED_END, SOFTENED_QUESTION, alternatives, capitalised, contracted, keyed
from .washing import ACTS

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tắm|nước\s+nóng)"),
         "en": lazy(r"(?i:shower|bath|towel|hot\s+water)")}

# a shower or a bath, as mt/washing.py reads them ("tắm": "shower", "tắm bồn": "bath")
_KINDS = {vi: said.removeprefix("a ") for vi, (_, said) in ACTS.items() if vi.startswith("tắm")}
# when it is had (the first Vietnamese of each is written back; "sau" alone is also after someone, "Tôi tắm sau.")
_WHEN = {"trước": "first", "lát nữa": "later", "tí nữa": "later", "sau bữa tối": "after dinner",
         "sau khi ăn tối": "after dinner", "trước bữa tối": "before dinner", "trước khi ăn tối": "before dinner",
         "trước khi đi ngủ": "before bed", "trước khi ngủ": "before bed", "tối nay": "tonight", "bây giờ": "now",
         "sáng mai": "tomorrow morning"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {
    "later": "sau", "before going to bed": "trước khi đi ngủ", "in a bit": "lát nữa", "in a minute": "lát nữa"}
# when in the day, as a habit, and how often (mt/washing.py takes "mỗi tối", every evening)
_PARTS = {"buổi sáng": "in the morning", "buổi tối": "in the evening", "buổi chiều": "in the afternoon",
          "ban đêm": "at night"}
_PARTS_VI = {en: vi for vi, en in _PARTS.items()}
_OFTEN = {"thường": "usually", "luôn": "always", "hay": "often"}
_OFTEN_VI = {en: vi for vi, en in _OFTEN.items()}
_ONE_EACH = {"we", "they"}  # (a shower had by more than one: each, or together?)

_ACT = rf"(?P<act>{alternatives(_KINDS)})"
# asking whether one can ("Tôi tắm được không?", "Tôi có thể đi tắm trước không?", "Tôi tắm nhờ được không?")
_CAN = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?(?:đi\s+)?{_ACT}(?:\s+(?P<nho>nhờ))?(?:\s+(?P<first>trước))?"
            rf"(?:\s+(?P<ok>được))?\s+không{SOFTENED_QUESTION}")
# having one or wanting one at a time ("Tôi sẽ tắm sau bữa tối.", "Bạn có muốn tắm trước không?")
_AHEAD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<will>sẽ)\s+|(?P<want>muốn)\s+)?(?:đi\s+)?{_ACT}\s+"
              rf"(?P<when>{alternatives(_WHEN)})(?:\s+(?P<nhe>nhé))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# as a habit ("Tôi thường tắm vào buổi tối.", "Bạn thường tắm vào buổi sáng hay buổi tối?")
_PART = rf"(?:vào\s+)?(?P<part{{}}>{alternatives(_PARTS)})"
_HABIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<often>{alternatives(_OFTEN)})\s+)?{_ACT}\s+"
              rf"{_PART.format(1)}(?:\s+hay\s+{_PART.format(2)})?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# ... in English: "have a shower", "take a bath", "shower"
_SHOWER_EN = r"(?:(?P<verb>have|take)\s+a\s+(?P<kind>shower|bath)|(?P<showers>shower))"
_CAN_EN = lazy(rf"(?:Can|Could|May)\s+{WHO_EN}\s+{_SHOWER_EN}(?:\s+(?P<first>first))?(?:,?\s+please)?"
               r"\s*\?+")
_AHEAD_EN = lazy(rf"{WHO_EN}(?P<will>['’]ll|\s+will|{BE_EN}\s+going\s+to)\s+{_SHOWER_EN}\s+"
                 rf"(?P<when>{alternatives(_WHEN_VI)})\s*[.!]*")
_WANT_EN = lazy(rf"(?:(?P<aux>Would|Do|Does)\s+)?{WHO_EN}(?P<like>['’]d\s+like|\s+would\s+like|\s+like|"
                rf"\s+wants?)\s+to\s+{_SHOWER_EN}\s+(?P<when>{alternatives(_WHEN_VI)})\s*(?P<end>[.!?]*)")
_PART_EN = rf"(?P<part{{}}>{alternatives(_PARTS_VI)})"
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<often>{alternatives(_OFTEN_VI)}))?\s+"
                 r"(?:(?P<verb>have|has|take|takes)\s+a\s+(?P<kind>shower|bath)|(?P<showers>showers?))\s+"
                 rf"{_PART_EN.format(1)}(?:\s+or\s+{_PART_EN.format(2)})?\s*(?P<end>[.!?]*)")

# whole sentences: a Vietnamese pattern and its English, an English pattern and its Vietnamese (None: left to others)
_S, _Q = r"\s*[.!]*", SOFTENED_QUESTION  # (said, asked)
_THERE_S = r"There(?:['’]s|\s+is)"
_ANYONE = r"Is\s+(?:there\s+)?(?:anyone|anybody|someone|somebody)\s+in\s+the"
_TOWEL = r"(?:(?:một\s+)?(?:cái|chiếc)\s+)?khăn\s+tắm"
_RUN_OUT = r"The\s+hot\s+water(?:['’]s|\s+has)\s+run\s+out|We(?:['’]ve|\s+have)\s+run\s+out\s+of\s+hot\s+water"
_BORROW = rf"(?:Tôi\s+có\s+thể\s+mượn\s+{_TOWEL}\s+(?:được\s+)?|(?:Tôi|Cho\s+tôi)\s+mượn\s+{_TOWEL}\s+được\s+)không{_Q}"
_FIXED = [(rf"Ai\s+đang\s+tắm(?:\s+trong\s+(?:đó|ấy))?{_Q}", "Who's in the shower?",
           r"Who(?:['’]s|\s+is)\s+in\s+the\s+shower\s*\?+", "Ai đang tắm trong đó?"),
          (rf"Ai\s+(?:đang\s+)?(?:ở\s+)?trong\s+(?:phòng|nhà)\s+tắm{_Q}", "Who's in the bathroom?",
           r"Who(?:['’]s|\s+is)\s+in\s+the\s+bathroom\s*\?+", "Ai đang ở trong phòng tắm?"),
          (rf"Có\s+ai\s+đang\s+tắm\s+không{_Q}", "Is anyone in the shower?", rf"{_ANYONE}\s+shower\s*\?+",
           "Có ai đang tắm không?"),
          (rf"(?:Có\s+ai\s+(?:đang\s+)?(?:ở\s+)?trong\s+(?:phòng|nhà)\s+tắm|(?:Phòng|Nhà)\s+tắm\s+có\s+ai)\s+không{_Q}",
           "Is anyone in the bathroom?", rf"{_ANYONE}\s+bathroom\s*\?+", "Có ai trong phòng tắm không?"),
          (rf"(?:Phòng|Nhà)\s+tắm\s+(?:có\s+)?trống\s+không{_Q}", "Is the bathroom free?",
           r"Is\s+the\s+bathroom\s+free\s*\?+", "Phòng tắm có trống không?"),
          (rf"Ai\s+muốn\s+(?:đi\s+)?tắm\s+trước{_Q}", "Who wants to have a shower first?",
           r"Who\s+wants\s+to\s+(?:have\s+a\s+shower|shower)\s+first\s*\?+", "Ai muốn tắm trước?"),
          (rf"(?:Bạn|Anh|Chị|Em|Cậu)\s+(?:cứ\s+)?(?:đi\s+)?tắm\s+trước\s+đi{_S}", "You can have a shower first.",
           rf"You\s+(?:can\s+|go\s+and\s+)?have\s+a\s+shower\s+first{_S}", "Bạn tắm trước đi."),
          (rf"Không\s+có\s+nước\s+nóng{_S}", "There's no hot water.",
           rf"(?:{_THERE_S}\s+no|There\s+(?:isn['’]t|is\s+not)\s+any)\s+hot\s+water{_S}", "Không có nước nóng."),
          (rf"Không\s+có\s+nước\s+nóng\s+(?:à|sao|hả){_Q}", "Is there no hot water?",
           r"Is\s+there\s+no\s+hot\s+water\s*\?+", "Không có nước nóng à?"),
          (rf"Có\s+nước\s+nóng\s+không{_Q}", "Is there any hot water?", None, None),
          (rf"Vẫn\s+(?:không|chưa)\s+có\s+nước\s+nóng(?:\s+nữa)?{_S}", "There's still no hot water.",
           rf"{_THERE_S}\s+still\s+no\s+hot\s+water{_S}", "Vẫn chưa có nước nóng."),
          (rf"(?:Hết\s+nước\s+nóng|Nước\s+nóng\s+hết)\s+rồi{_S}", "The hot water has run out.",
           rf"(?:{_RUN_OUT}){_S}",
           "Hết nước nóng rồi."),
          (rf"Bồn\s+tắm\s+bị\s+(?:tắc|nghẹt)(?:\s+rồi)?{_S}", "The bath is blocked.",
           rf"The\s+bath(?:tub)?(?:['’]s|\s+is)\s+blocked{_S}", "Bồn tắm bị tắc."),
          (rf"Khăn\s+tắm\s+(?:để\s+)?ở\s+đâu{_Q}", "Where are the towels?",
           r"Where\s+are\s+the\s+towels\s*\?+", "Khăn tắm ở đâu?"),
          (rf"(?:Cái|Chiếc)\s+khăn\s+tắm\s+ở\s+đâu{_Q}", "Where's the towel?",
           r"Where(?:['’]s|\s+is)\s+the\s+towel\s*\?+", "Cái khăn tắm ở đâu?"),
          (_BORROW, "Can I borrow a towel?", r"(?:Can|Could|May)\s+I\s+borrow\s+a\s+towel(?:,?\s+please)?\s*\?+",
           "Tôi mượn một cái khăn tắm được không?"),
          (rf"(?:Bạn|Anh|Chị|Em)\s+có\s+khăn\s+tắm\s+không{_Q}", "Do you have a towel?",
           r"Do\s+you\s+have\s+a\s+towel\s*\?+", "Bạn có khăn tắm không?"),
          (rf"(?:Bạn|Anh|Chị|Em)\s+có\s+(?:dư|thừa)\s+{_TOWEL}\s+nào\s+không{_Q}", "Do you have a spare towel?",
           r"Do\s+you\s+have\s+a\s+spare\s+towel\s*\?+", "Bạn có dư cái khăn tắm nào không?"),
          (rf"Tôi\s+cần\s+{_TOWEL}{_S}", "I need a towel.", rf"I\s+need\s+a\s+towel{_S}", "Tôi cần một cái khăn tắm."),
          (rf"Tôi\s+cần\s+thêm\s+khăn\s+tắm{_S}", "I need more towels.", rf"I\s+need\s+more\s+towels{_S}",
           "Tôi cần thêm khăn tắm."),
          (rf"Tôi\s+cần\s+thêm\s+một\s+(?:cái|chiếc)\s+khăn\s+tắm(?:\s+nữa)?{_S}", "I need another towel.",
           rf"I\s+need\s+another\s+towel{_S}", "Tôi cần thêm một cái khăn tắm nữa."),
          (None, None, r"(?:Can|Could|May)\s+I\s+use\s+your\s+shower(?:,?\s+please)?\s*\?+", "Tôi tắm nhờ được không?")]
_FIXED_VI = [(lazy(vi, re.IGNORECASE), en) for vi, en, _, _ in _FIXED if vi]
_FIXED_EN = [(lazy(en, re.IGNORECASE), vi) for _, _, en, vi in _FIXED if en]
# whose towel ("Khăn tắm của tôi ở đâu?", "Where's my towel?")
_WHOSE = lazy(rf"Khăn\s+tắm\s+(?:của\s+)?(?P<whose>{alternatives(OWNERS)})\s+(?:để\s+)?ở\s+đâu{_Q}")
_WHOSE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+(?P<whose>{alternatives(WHOSE_VI)})\s+towel\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks for a shower or a bath, says or asks when one is had, says who is in
    the shower, that there is no hot water, or asks for a towel; None for any other."""
    if src == "vi":
        return _fixed(text, _FIXED_VI) or _whose(text) or _can(text) or _ahead(text) or _habit(text)
    return _fixed(text, _FIXED_EN) or _whose_vi(text) or _can_vi(text) or _ahead_vi(text) or _want_vi(text) or \
        _habit_vi(text)


def _fixed(text: str, table: list) -> str | None:
    """A whole sentence of _FIXED in the other language: "Khăn tắm ở đâu?" as "Where are the towels?", "There's no
    hot water." as "Không có nước nóng."; None for any other."""
    return next((said for p, said in table if p.fullmatch(text)), None)


def _whose(text: str) -> str | None:
    """"Khăn tắm của tôi ở đâu?" as "Where's my towel?" (_WHOSE); None for anything else."""
    m = _WHOSE.fullmatch(text)
    return m and f"Where's {OWNERS[keyed(m['whose'])]} towel?"


def _whose_vi(text: str) -> str | None:
    """"Where's my towel?" as "Khăn tắm của tôi ở đâu?" (_WHOSE_EN); None for anything else."""
    m = _WHOSE_EN.fullmatch(text)
    return m and f"Khăn tắm của {WHOSE_VI[m['whose'].lower()]} ở đâu?"


def _one(said: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """Who of `who` where one person has the shower; None for "we", "they" and a word of kinship alone said."""
    return None if said is None or said[0] in _ONE_EACH else said


def _can(text: str) -> str | None:
    """"Tôi tắm được không?" as "Can I have a shower?", "Tôi có thể tắm bồn trước không?" as "Can I have a bath
    first?", "Tôi tắm nhờ được không?" as "Can I use your shower?" (_CAN); None for anything else, and for "Tôi tắm
    không?" (neither "có thể" nor "được")."""
    m = _CAN.fullmatch(text)
    if not m or not (m["can"] or m["ok"]) or (said := _one(who(m, True))) is None:
        return None
    if said[0] == "you" and keyed(m["who"] or "") != "bạn":
        return None  # ("Em tắm được không?": may I, or can you? A kinship word alone asking leave is often the speaker)
    if m["nho"]:
        return None if said[0] != "I" or m["first"] or m["act"] != "tắm" else "Can I use your shower?"
    return f"Can {said[0]} have a {_KINDS[keyed(m['act'])]}{' first' * bool(m['first'])}?"


def _ahead(text: str) -> str | None:
    """"Tôi sẽ tắm sau bữa tối." as "I'll have a shower after dinner.", "Tôi tắm trước nhé." as "I'll have a shower
    first.", "Bạn có muốn tắm trước không?" as "Would you like to have a shower first?" (_AHEAD); None for anything
    else, "sẽ" asked, and "nhé" said by anyone but the speaker."""
    m = _AHEAD.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["asked"]) > asked or m["ask"] and not (m["want"] and m["asked"]) or m["nhe"] and asked:
        return None
    said = _one(who(m, asked))
    if said is None or asked and not m["want"] or not (m["will"] or m["want"] or m["nhe"]) or \
            m["nhe"] and (m["want"] or said[0] != "I"):
        return None
    shower = f"have a {_KINDS[keyed(m['act'])]} {_WHEN[keyed(m['when'])]}"
    if asked:
        return None if said[0] == "I" else f"Would {said[0]} like to {shower}?"
    if m["want"]:
        return capitalised(f"{said[0]}'d like to {shower}." if said[0] in EN_WHOSE else
                           f"{said[0]} would like to {shower}.")
    return capitalised(f"{contracted(said[0], 'will')} {shower}.")


def _habit(text: str) -> str | None:
    """"Tôi thường tắm vào buổi tối." as "I usually have a shower in the evening.", "Bạn thường tắm vào buổi sáng hay
    buổi tối?" as "Do you usually have a shower in the morning or in the evening?" (_HABIT); None for anything else,
    and for a statement without "thường", "luôn", "hay" (a day told, or a habit?)."""
    m = _HABIT.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["asked"]) != bool(m["ask"]) or asked != bool(m["asked"] or m["part2"]) or \
            m["asked"] and m["part2"] or not asked and not m["often"]:
        return None
    if (said := _one(who(m, asked))) is None:
        return None
    often = f"{_OFTEN[keyed(m['often'])]} " if m["often"] else ""
    parts = _PARTS[keyed(m["part1"])] + (f" or {_PARTS[keyed(m['part2'])]}" if m["part2"] else "")
    kind = _KINDS[keyed(m["act"])]
    if asked:
        return f"{'Does' if said[1] else 'Do'} {said[0]} {often}have a {kind} {parts}?"
    return capitalised(f"{said[0]} {often}{'has' if said[1] else 'have'} a {kind} {parts}.")


def _shower_vi(m: re.Match) -> str:
    """A shower or a bath of _SHOWER_EN in Vietnamese: "tắm", "tắm bồn"."""
    return "tắm bồn" if m["kind"] == "bath" else "tắm"


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether English says it with "-s"; None for "we", "they"."""
    return None if m["who"] and m["who"].lower() in _ONE_EACH else who_vi(m)


def _can_vi(text: str) -> str | None:
    """"Can I have a shower?" as "Tôi tắm được không?", "May I have a bath first?" as "Tôi tắm bồn trước được
    không?" (_CAN_EN); None for anything else."""
    m = _CAN_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    return capitalised(f"{said[0]} {_shower_vi(m)}{' trước' * bool(m['first'])} được không?")


def _ahead_vi(text: str) -> str | None:
    """"I'll have a shower after dinner." as "Tôi sẽ tắm sau bữa tối.", "She's going to have a bath before bed." as
    "Cô ấy sẽ tắm bồn trước khi đi ngủ." (_AHEAD_EN); None for anything else, and where "is" does not agree."""
    m = _AHEAD_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or m["be"] and not be_agrees(m, m["be"]):
        return None
    return capitalised(f"{said[0]} sẽ {_shower_vi(m)} {_WHEN_VI[keyed(m['when'])]}.")


def _want_vi(text: str) -> str | None:
    """"Would you like to have a shower first?" as "Bạn có muốn tắm trước không?", "I'd like to have a shower first."
    as "Tôi muốn tắm trước." (_WANT_EN); None for anything else, and where "want" does not agree with who."""
    m = _WANT_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    aux, like, asked = (m["aux"] or "").lower(), " ".join(m["like"].split()), "?" in m["end"]
    wants = like.startswith("want") and (like == "wants") == said[1]  # ("I want", "she wants")
    agrees = {"would": like == "like", "do": like == "want" and not said[1], "does": like == "want" and said[1],
              "": like in ("'d like", "’d like", "would like") or wants}
    if not agrees[aux] or bool(aux) != asked or asked and said[0] == "tôi":
        return None
    shower = f"{_shower_vi(m)} {_WHEN_VI[keyed(m['when'])]}"
    return capitalised(f"{said[0]} có muốn {shower} không?" if asked else f"{said[0]} muốn {shower}.")


def _habit_vi(text: str) -> str | None:
    """"I usually have a shower in the morning." as "Tôi thường tắm vào buổi sáng.", "Do you have a shower in the
    morning or in the evening?" as "Bạn tắm vào buổi sáng hay buổi tối?" (_HABIT_EN); None for anything else, and
    where the verb does not agree with who ("She have", "Does she has")."""
    m = _HABIT_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or bool(m["do"]) != ("?" in m["end"]):
        return None
    base = (m["verb"] or m["showers"]).lower() in ("have", "take", "shower")  # ("has", "takes", "showers": one)
    if (not base if m["do"] else base == said[1]) or m["do"] and (m["do"] == "Does") != said[1]:
        return None
    often = f"{_OFTEN_VI[m['often'].lower()]} " if m["often"] else ""
    parts = f"vào {_PARTS_VI[m['part1'].lower()]}" + (f" hay {_PARTS_VI[m['part2'].lower()]}" if m["part2"] else "")
    shower = "tắm bồn" if m["kind"] == "bath" else "tắm"
    if m["do"] and not m["part2"]:
        return capitalised(f"{said[0]} có {often}{shower} {parts} không?")
    return capitalised(f"{said[0]} {often}{shower} {parts}{'?' if m['do'] else '.'}")
