"""Keeping mosquitoes off at home, both ways, written whole by rule: a mosquito coil burnt ("đốt hương muỗi", "nhang
muỗi"), spraying for mosquitoes ("xịt muỗi"), the mosquito repellent plugged in ("cắm máy đuổi muỗi"), the electric
swatter ("vợt muỗi") passed, looked for, charged or flat, and coils or spray run out. v8 (rules on) reads "hương muỗi"
as mosquitoes, mud or a flavour, "vợt muỗi" as a wife, and "mosquito coil" as the moon: "Tối nào mẹ tôi cũng đốt
hương muỗi." → "I'm also burned mosquitoes every night.", "Đưa tôi cái vợt muỗi." → "Give me a mosquito.", "Anh ấy
đang xịt muỗi trong phòng." → "He is spraying in the room.", "Nhà hết hương muỗi rồi." → "It's all mud.", "Cái vợt
muỗi đâu rồi?" → "Where is the wife squiring?", "Cắm máy đuổi muỗi đi." → "The pursuit of the munation."; "My mum
burns a mosquito coil every night." → "Món của tôi đốt cháy muỗi vào ban đêm.", "Pass me the mosquito swatter." → "Để
tôi đi bơi muỗi.", "He's spraying for mosquitoes in the bedroom." → "Anh ấy phun nước cho các muỗi trong phòng
ngủ.", "Light a mosquito coil." → "Ánh sáng một mặt trăng.", "We've run out of mosquito coils." → "Chúng tôi đã chạy
ra khỏi mặt trăng.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) lights a coil, sprays for mosquitoes, plugs in or turns on the
repellent, charges the swatter (DOINGS): now ("đang"), done ("rồi"), just, asked ("… chưa?", "có đang … không?"), not
yet, will (tonight, tomorrow), about to, needs or has to, on a day behind ("Tối qua …"), as a habit ("Tối nào … cũng",
"mỗi tối", "hay", "thường" …: "burns a mosquito coil", "burns mosquito coils"), asked ("có hay … không?"); swatting
mosquitoes now or as a habit; told ("… đi", "Nhớ …", "Đừng quên …", "Đừng …", "Để tôi …"), in a room
(mt.tidying.PLACES); the home out of, almost out of, or with any coils or spray left, more to buy; the swatter, the
spray or the coils passed ("Đưa tôi cái vợt muỗi."), asked for, looked for ("… đâu rồi?"); the swatter's battery flat.
Left: a plain verb ("Tôi đốt hương muỗi.", "Bạn có đốt hương muỗi không?": did, does or will?), "đã" alone, "anh",
"chị", "em" alone saying it, "em" asking with "ạ" (the speaker), "I" asked, "thế", "vậy" ending a statement, "yet"
said but not denied ("I've lit a mosquito coil yet."), "phun"/"xịt thuốc diệt muỗi" and English "spray for
mosquitoes" with no room now, done, will or needed (mt/pests.py's), repellent on the skin ("xịt chống muỗi", "Do you
have any mosquito repellent?": mt/outdoors.py's), nets (mt/mosquito_nets.py), bites (mt/bites.py), the coil's smoke
and smell (mt/smells.py), swatting told or done (how many?), "please" told in English ("… đi" does not say it), and
anything else.
mt.phrasebook.translate tries these after mt/hiccups.py.

    >>> translate("Tối nào mẹ tôi cũng đốt hương muỗi.", "vi", "en"), translate("Light a mosquito coil.", "en", "vi")
    ('My mother burns a mosquito coil every night.', 'Đốt hương muỗi đi.')
"""
from __future__ import annotations

from .dates import NEAR_WAY, near_days
from .hobbies import EVERY, HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_agrees, em_speaking, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (ASKED_END, SOFTENED_END, SOFTENER, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   present, stop)
from .tidying import PLACES, PLACES_VI

_KEYS = {"vi": lazy(r"(?i:hương\s+muỗi|nhang\s+muỗi|vợt\s+muỗi|xịt\s+muỗi|thuốc\s+muỗi|đuổi\s+muỗi|đập\s+muỗi)"),
         "en": lazy(r"(?i:mosquito\s+coil|mosquito\s+swatter|mosquito\s+repel|mosquito\s+spray|for\s+mosquitoes|"
                    r"swat\w*\s+(?:the\s+)?mosquitoes)")}

# what is done against them, and English (its first word the verb; the first Vietnamese of each is written back)
DOINGS = {"đốt hương muỗi": "light a mosquito coil", "đốt nhang muỗi": "light a mosquito coil",
          "xịt muỗi": "spray for mosquitoes", "xịt thuốc muỗi": "spray for mosquitoes",
          "cắm máy đuổi muỗi": "plug in the mosquito repellent", "bật máy đuổi muỗi": "turn on the mosquito repellent",
          "sạc vợt muỗi": "charge the mosquito swatter", "đập muỗi": "swat mosquitoes"}
# each verb's "-s", past, participle and "-ing"
_FORMS = {"light": ("lights", "lit", "lit", "lighting"), "burn": ("burns", "burnt", "burnt", "burning"),
          "spray": ("sprays", "sprayed", "sprayed", "spraying"), "plug": ("plugs", "plugged", "plugged", "plugging"),
          "turn": ("turns", "turned", "turned", "turning"), "charge": ("charges", "charged", "charged", "charging"),
          "swat": ("swats", "swatted", "swatted", "swatting")}
_KINDS = ("s", "past", "pp", "ing")
# each form of them, its verb and what it may be ("lit": past or participle)
_FORM_OF = {form: (base, {k for k, f in zip(_KINDS, forms) if f == form}) for base, forms in _FORMS.items()
            for form in forms} | {base: (base, {"base"}) for base in _FORMS} | {"burned": ("burn", {"past", "pp"})}
# ... and back: the verb and what follows it, in English, to the Vietnamese
_COIL = ("a mosquito coil", "the mosquito coil", "mosquito coils")
DOINGS_VI = {("light", o): "đốt hương muỗi" for o in _COIL} | {("burn", o): "đốt hương muỗi" for o in _COIL} | {
    ("spray", "for mosquitoes"): "xịt muỗi", ("charge", "the mosquito swatter"): "sạc vợt muỗi",
    ("charge", "the electric mosquito swatter"): "sạc vợt muỗi", ("swat", "mosquitoes"): "đập muỗi",
    ("swat", "the mosquitoes"): "đập muỗi"} | {
    (verb, f"{part} the mosquito {thing}"): vi for verb, part, vi in (("plug", "in", "cắm máy đuổi muỗi"),
                                                                      ("turn", "on", "bật máy đuổi muỗi"))
    for thing in ("repellent", "repeller")}
_SWAT = {"đập muỗi"}  # (swatting: now or a habit only; "Tôi đập muỗi rồi." is how many?)
# a habit's words before the verb ("hay": often), and the nights of "Tối nào … cũng"
_OFTEN = {vi: en for vi, en in SELDOM.items() if en != "rarely"}
_NIGHTLY = {"tối": "every night", "đêm": "every night", "ngày": "every day"}
_NIGHTLY_VI = {"every night": "Tối", "every day": "Ngày"}
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "hôm nay", "tối nay", "ngày mai", "tối mai")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_WHEN = {"đang": "now", "vừa": "just", "vừa mới": "just", "mới": "just", "chưa": "not yet", "vẫn chưa": "still not",
         "sẽ": "will", "sắp": "about", "cần": "need", "cần phải": "need", "phải": "must", "đã": "past"} | {
    vi: "habit" for vi in _OFTEN}
# the home's supplies of them, and things passed or looked for (English; "the" and "are" for the coils)
SUPPLIES = {"hương muỗi": "mosquito coils", "nhang muỗi": "mosquito coils", "thuốc xịt muỗi": "mosquito spray",
            "bình xịt muỗi": "mosquito spray"}
SUPPLIES_VI = {en: vi for vi, en in reversed(SUPPLIES.items())}
THINGS = {"cái vợt muỗi": "mosquito swatter", "chiếc vợt muỗi": "mosquito swatter", "vợt muỗi": "mosquito swatter",
          "bình xịt muỗi": "mosquito spray", "hộp hương muỗi": "box of mosquito coils", "hương muỗi": "mosquito coils",
          "nhang muỗi": "mosquito coils"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"electric mosquito swatter": "cái vợt muỗi"}
_WE = r"(?:(?i:nhà(?:\s+mình)?|chúng\s+ta|chúng\s+tôi|mình)\s+)?"

_DO = rf"(?P<do>(?i:{alternatives(DOINGS)}))"
_PLACE = rf"(?:\s+trong\s+(?P<place>(?i:{alternatives(PLACES)})))?"
# who does it, when ("Anh ấy đang xịt muỗi trong phòng.", "Bạn đốt hương muỗi chưa?", "Tối qua Lan đã đốt …")
_DOING = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<when>"
              rf"{alternatives(_WHEN)})\s+)?{_DO}{_PLACE}(?:\s+(?P<every>{alternatives(EVERY)}))?(?:\s+(?P<done>rồi)|"
              rf"\s+(?P<yet>chưa))?{ASKED_END}")
_NIGHTS = lazy(rf"(?P<night>(?i:{alternatives(_NIGHTLY)}))\s+nào\s+{WHO}\s+cũng\s+{_DO}{_PLACE}{SOFTENED_END}")
_TOLD = lazy(rf"(?:(?P<how>(?i:nhớ|đừng\s+quên|đừng|để\s+tôi|hãy))\s+)?{_DO}{_PLACE}(?:\s+(?P<tail>đi|nhé|nha))?"
             r"\s*(?P<end>[.!]*)")
_ITEM = rf"(?P<item>(?i:{alternatives(SUPPLIES)}))"
_OUT = [lazy(rf"{_WE}(?:(?P<soon>sắp)\s+)?(?i:hết)\s+{_ITEM}(?:\s+rồi)?{SOFTENED_END}"),
        lazy(rf"{_ITEM}\s+(?:(?P<soon>sắp)\s+)?hết(?:\s+rồi)?{SOFTENED_END}")]
_LEFT = lazy(rf"{_WE}(?i:còn)\s+{_ITEM}\s+không{SOFTENER}\s*(?P<end>\?+)")
_BUY = lazy(rf"(?P<we>(?i:chúng\s+ta|chúng\s+tôi|nhà\s+mình))\s+(?P<need>cần|phải)\s+mua\s+thêm\s+{_ITEM}"
            rf"{SOFTENED_END}")
_THING = rf"(?P<thing>(?i:{alternatives(THINGS)}))"
_PASS = [lazy(rf"(?i:đưa)\s+(?:(?P<help>giúp)\s+)?(?:cho\s+)?(?:tôi|mình)\s+{_THING}(?:\s+(?P<ok>được\s+không)|"
              r"\s+(?P<soft>với|nhé|đi))?\s*(?P<end>[.!?]*)"),
         lazy(rf"(?i:đưa)\s+(?:(?P<help>giúp)\s+)?{_THING}\s+cho\s+(?:tôi|mình)(?:\s+(?P<soft>với|nhé|đi))?"
              r"\s*(?P<end>[.!]*)")]
_WHERE = lazy(rf"{_THING}\s+(?:để\s+)?(?:ở\s+)?đâu(?:\s+rồi)?{SOFTENER}\s*\?+")
_FLAT = lazy(r"(?i:(?:cái\s+|chiếc\s+)?vợt\s+muỗi)\s+(?:bị\s+)?hết\s+pin(?:\s+rồi)?\s*(?P<end>[.!]*)")

# ... in English (spaces made one and apostrophes straight first)
_VERB_EN = rf"(?P<verb>{alternatives(_FORM_OF)})"
_BASES = alternatives(_FORMS)
_OBJ_EN = rf"(?P<obj>{alternatives({obj for _, obj in DOINGS_VI})})"
_PLACE_EN = rf"(?: in the (?P<place>{alternatives(PLACES_VI)}))?"
_AUX_EN = (r"(?P<aux> is| am| are|'s|'re|'m| has| have|'ve| hasn't| haven't| has not| have not| will|'ll| needs? to|"
           r" ha(?:s|ve) to|(?: is| are| am|'s|'re|'m) about to| don't| doesn't| do not| does not)?")
_DOING_EN = lazy(rf"(?:(?P<q>Is|Are|Have|Has|Do|Does) )?{WHO_EN}{_AUX_EN}(?: (?P<adv>just|already|often|usually|"
                 rf"sometimes|always|never))? {_VERB_EN} {_OBJ_EN}{_PLACE_EN}(?: (?P<day>{alternatives(_DAYS_VI)}|"
                 r"every night|every evening|every day))?(?: (?P<yet>yet))?(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"(?:(?P<how>Remember to|Don't forget to|Don't|Do not|Let me|Please) )?(?P<verb>(?i:{_BASES})) "
                rf"{_OBJ_EN}{_PLACE_EN}(?P<please>,? please)?(?P<end>[.!]*)")
_ITEM_EN = rf"(?P<item>{alternatives(SUPPLIES_VI)})"
_OUT_EN = [lazy(rf"We(?:'ve| have) run out of {_ITEM_EN}(?P<end>[.!]*)"),
           lazy(rf"We(?:'re| are) out of {_ITEM_EN}(?P<end>[.!]*)"),
           lazy(rf"We(?:'re| are) (?P<soon>running out of|running low on|almost out of|nearly out of) {_ITEM_EN}"
                r"(?P<end>[.!]*)")]
_LEFT_EN = lazy(rf"(?:Do we have|Is there|Are there) any {_ITEM_EN} left\?+")
_BUY_EN = lazy(rf"We (?P<need>need to|have to) buy (?:more|some more) {_ITEM_EN}(?P<end>[.!]*)")
_THING_EN = rf"the (?P<thing>{alternatives(THINGS_VI)})"
_PASS_EN = lazy(rf"(?:(?P<can>Can|Could) you (?:please )?|(?P<please0>Please) )?(?i:pass|hand|give) me {_THING_EN}"
                r"(?P<please>,? please)?(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where(?P<be>'s| is| are) {_THING_EN}\?+")
_FLAT_EN = lazy(r"The (?:electric )?mosquito swatter(?:'s battery is (?:dead|flat)|(?:'s| is| has run) out of "
                r"(?:battery|charge))(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a mosquito coil, spray, repellent or swatter, as "Taken" says above; None
    for any other."""
    text = " ".join(text.split())
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Nhà hết hương muỗi rồi vậy.": "thế", "vậy" ending a statement say more)
            return None
        return _doing(text) or _nightly(text) or _told(text) or _supplies(text) or _things(text)
    text = text.replace("’", "'")
    return _doing_vi(text) or _told_vi(text) or _supplies_vi(text) or _things_vi(text)


def _phrase(do: str, place: str | None) -> tuple[str, str, str]:
    """The English verb, what follows it and the room of a doing of DOINGS (`place` of mt.tidying.PLACES): ("light",
    "a mosquito coil", " in the bedroom")."""
    verb, rest = DOINGS[keyed(do)].split(" ", 1)
    return verb, rest, f" in the {PLACES[keyed(place)]}" if place else ""


def _doing(text: str) -> str | None:
    """"Anh ấy đang xịt muỗi trong phòng." as "He's spraying for mosquitoes in the room.", "Tôi đốt hương muỗi rồi."
    as "I've lit a mosquito coil.", "Bạn cắm máy đuổi muỗi chưa?" as "Have you plugged in the mosquito repellent
    yet?", "Tối qua Lan đã đốt hương muỗi." as "Lan lit a mosquito coil last night.", "Bà tôi hay đốt nhang muỗi." as
    "My grandmother often burns mosquito coils." (_DOING); None for anything else, a plain verb (did, does or will?)
    and "đã" alone."""
    m = _DOING.fullmatch(text)
    if not m or animal(m) or em_speaking(m):  # ("Em có đang xịt muỗi không ạ?": the speaker, not "you")
        return None
    word, day, end, every = keyed(m["when"] or ""), keyed(m["day"] or ""), m["end"], m["every"]
    when, way, asked = _WHEN.get(word, ""), NEAR_WAY.get(day, ""), bool(m["asked"] or m["yet"])
    if asked != ("?" in end) or bool(m["ask"]) != bool(m["asked"]) or m["done"] and asked:
        return None
    plain = when in ("", "past") and not (day or every)
    if m["yet"] or m["done"]:
        kind = ("asked done" if m["yet"] else "done") if plain else None
    elif m["asked"]:
        kind = "now" if when == "now" and not (day or every) else "habit" if not day and (
            when == "habit" and not every and word != "không bao giờ" or not when and every) else None
    elif day:
        kind = "past" if when in ("", "past") and way == "behind" else "will" if when == "will" and way in (
            "today", "ahead") else None
        kind = None if every else kind
    elif every:
        kind = None if when else "habit"
    else:
        kind = None if when in ("", "past") else when
    said = kind and who(m, asked)
    if not said or keyed(m["do"]) in _SWAT and kind not in ("now", "habit") or asked and said[0] == "I":
        return None  # ("Anh đốt hương muỗi rồi." may be the speaker; "Tôi đốt hương muỗi chưa?" asks oneself)
    who_, one = said
    verb, rest, place = _phrase(m["do"], m["place"])
    if kind == "habit":
        often = _OFTEN.get(word)
        if verb == "light":  # (a coil every night; coils often)
            verb, rest = "burn", "mosquito coils" if often else "a mosquito coil"
        every = f" {EVERY[keyed(every)]}" if every else ""
        return present(who_, one, verb, f"{rest}{place}{every}", asked, end=end, adverb=f"{often} " if often else "")
    _, past, pp, ing = _FORMS[verb]
    has, does = "has" if one else "have", f"{rest}{place}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {ing} {does}?" if kind == "now" else \
            f"{has.capitalize()} {who_} {pp} {does} yet?"
    said = {"now": f"{be(who_)} {ing} {does}", "done": f"{has} {pp} {does}", "just": f"{has} just {pp} {does}",
            "not yet": f"{has}n't {pp} {does} yet", "still not": f"still {has}n't {pp} {does}",
            "about": f"{be(who_)} about to {verb} {does}", "need": f"{'needs' if one else 'need'} to {verb} {does}",
            "must": f"{has} to {verb} {does}", "will": f"will {verb} {does}", "past": f"{past} {does}"}[kind]
    on = f" {_DAYS[day]}" if day else ""
    return capitalised(contracted(who_, f"{said}{on}") if kind not in ("past", "still not") else
                       f"{who_} {said}{on}") + stop(end)


def _nightly(text: str) -> str | None:
    """"Tối nào mẹ tôi cũng đốt hương muỗi." as "My mother burns a mosquito coil every night.", "Ngày nào bố tôi cũng
    xịt muỗi." as "My father sprays for mosquitoes every day." (_NIGHTS); None for anything else, and asked."""
    m = _NIGHTS.fullmatch(text)
    said = m and "?" not in m["end"] and not animal(m) and who(m, False)
    if not said:
        return None
    verb, rest, place = _phrase(m["do"], m["place"])
    verb = "burn" if verb == "light" else verb
    return present(*said, verb, f"{rest}{place} {_NIGHTLY[keyed(m['night'])]}", end=m["end"])


def _told(text: str) -> str | None:
    """"Đốt hương muỗi đi." as "Light a mosquito coil.", "Nhớ cắm máy đuổi muỗi nhé." as "Remember to plug in the
    mosquito repellent.", "Đừng đốt hương muỗi trong phòng ngủ." as "Don't light a mosquito coil in the bedroom.",
    "Để tôi xịt muỗi." as "Let me spray for mosquitoes." (_TOLD); None for anything else, a plain verb, "nhé" alone
    ("Đốt hương muỗi nhé.": I will, or you?) and swatting."""
    m = _TOLD.fullmatch(text)
    if not m or keyed(m["do"]) in _SWAT:
        return None
    how, tail = keyed(m["how"] or ""), keyed(m["tail"] or "")
    if not how and tail != "đi" or how in ("đừng", "đừng quên", "để tôi", "nhớ") and tail == "đi":
        return None
    verb, rest, place = _phrase(m["do"], m["place"])
    said = {"": "", "hãy": "", "nhớ": "Remember to ", "đừng quên": "Don't forget to ", "đừng": "Don't ",
            "để tôi": "Let me "}[how]
    return capitalised(f"{said}{verb} {rest}{place}") + stop(m["end"])


def _supplies(text: str) -> str | None:
    """"Nhà hết hương muỗi rồi." as "We've run out of mosquito coils.", "Nhà sắp hết thuốc xịt muỗi rồi." as "We're
    running out of mosquito spray.", "Nhà còn hương muỗi không?" as "Do we have any mosquito coils left?", "Chúng ta
    cần mua thêm hương muỗi." as "We need to buy more mosquito coils." (_OUT, _LEFT, _BUY); None for anything else."""
    m = next((m for p in _OUT if (m := p.fullmatch(text))), None)
    if m:
        item = SUPPLIES[keyed(m["item"])]
        if "?" in m["end"]:
            return None
        said = "We're running" if m["soon"] else "We've run"
        return f"{said} out of {item}{stop(m['end'])}"
    if m := _LEFT.fullmatch(text):
        return f"Do we have any {SUPPLIES[keyed(m['item'])]} left?"
    m = _BUY.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    return f"We {'need' if m['need'] == 'cần' else 'have'} to buy more {SUPPLIES[keyed(m['item'])]}{stop(m['end'])}"


def _things(text: str) -> str | None:
    """"Đưa tôi cái vợt muỗi." as "Pass me the mosquito swatter.", "Đưa giúp tôi bình xịt muỗi được không?" as "Can
    you pass me the mosquito spray?", "Cái vợt muỗi đâu rồi?" as "Where's the mosquito swatter?", "Vợt muỗi hết pin
    rồi." as "The mosquito swatter's battery is dead." (_PASS, _WHERE, _FLAT); None for anything else."""
    if m := _FLAT.fullmatch(text):
        return f"The mosquito swatter's battery is dead{stop(m['end'])}"
    if m := _WHERE.fullmatch(text):
        thing = THINGS[keyed(m["thing"])]
        return f"Where are the {thing}?" if thing == "mosquito coils" else f"Where's the {thing}?"
    m = next((m for p in _PASS if (m := p.fullmatch(text))), None)
    if not m or m.groupdict().get("ok") and m["soft"] or bool(m.groupdict().get("ok")) != ("?" in m["end"]):
        return None
    thing = THINGS[keyed(m["thing"])]
    if m.groupdict().get("ok"):
        return f"Can you pass me the {thing}?"
    please = ", please" if m["help"] or m["soft"] in ("với", "nhé") else ""
    return f"Pass me the {thing}{please}{stop(m['end'])}"


def _doing_vi(text: str) -> str | None:
    """"He's spraying for mosquitoes in the bedroom." as "Anh ấy đang xịt muỗi trong phòng ngủ.", "I've lit a
    mosquito coil." as "Tôi đốt hương muỗi rồi.", "Have you plugged in the mosquito repellent?" as "Bạn cắm máy đuổi
    muỗi chưa?", "My mother burns a mosquito coil every night." as "Tối nào mẹ tôi cũng đốt hương muỗi.", "Do you
    often burn mosquito coils?" as "Bạn có hay đốt hương muỗi không?" (_DOING_EN); None for anything else, a verb
    not agreeing with who, and spraying with no room now, done, will or needed (mt/pests.py's)."""
    m = _DOING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]):
        return None
    base, kinds = _FORM_OF[m["verb"]]
    doing = DOINGS_VI.get((base, m["obj"]))
    who_, one = who_vi(m)
    q, aux, adv, day = (m["q"] or "").lower(), (m["aux"] or "").strip(), m["adv"] or "", m["day"] or ""
    first = q or aux.split(" ")[0]
    if first in ("is", "are", "am", "'re", "'m"):
        agrees = be_agrees(m, first)
    elif first in ("has", "'s", "hasn't", "does", "doesn't", "needs", "have", "'ve", "haven't", "do", "don't", "need"):
        agrees = one == (first in ("has", "'s", "hasn't", "does", "doesn't", "needs"))
    else:  # ("will", "'ll", or none: "She lights", "We light", "She lit")
        agrees = bool(first) or "past" in kinds or ("s" in kinds) == one and kinds & {"s", "base"}
    denied = aux.startswith(("hasn't", "haven't", "has not", "have not"))
    if not doing or not agrees or m["yet"] and (day or "pp" not in kinds or not (q or denied)):
        return None  # ("yet" only asked or denied: not "I've lit a mosquito coil yet.")
    does = f"{doing}{' trong ' + PLACES_VI[m['place']] if m['place'] else ''}"
    habit = adv in HABIT_VI and adv != "never" or not adv
    if q in ("is", "are") and "ing" in kinds and not (aux or adv or day):
        said, kind = f"{who_} có đang {does} không?", "now"
    elif q in ("have", "has") and "pp" in kinds and not (aux or adv or day):
        said, kind = f"{who_} {does} chưa?", "done"
    elif q in ("do", "does") and "base" in kinds and not aux and habit and not (adv and day) and (
            not day or day.startswith("every")):
        every = " mỗi ngày" if day == "every day" else " mỗi tối" if day else ""
        said, kind = f"{who_} có {HABIT_VI[adv] + ' ' if adv else ''}{does}{every} không?", "habit"
    elif q:
        return None
    elif aux:
        said, kind = _aux_vi(who_, aux, kinds, adv, day, does)
    elif kinds & {"s", "base"} and not (adv and day) and (not adv or adv in HABIT_VI):
        nightly = _NIGHTLY_VI.get(day)
        said = f"{nightly} nào {who_} cũng {does}." if nightly else f"{who_} {does} mỗi tối." if day == \
            "every evening" else None if day else f"{who_} {HABIT_VI[adv] + ' ' if adv else ''}{does}."
        kind = "habit"
    else:
        said = f"{_DAYS_VI[day]} {who_} đã {does}." if "past" in kinds and not adv and day in _DAYS_VI and \
            NEAR_WAY[_DAYS_VI[day]] == "behind" else None
        kind = "past"
    swat = doing in _SWAT and kind not in ("now", "habit")
    if not said or swat or who_ == "tôi" and said.endswith("?") or doing == "xịt muỗi" and not m["place"] and (
            kind in ("now", "done", "will", "need")):
        return None  # (mt/pests.py's: "We need to spray for mosquitoes.", "He's spraying for mosquitoes.")
    return capitalised(said[:-1] + stop(m["end"]) if said.endswith(".") else said)


def _aux_vi(who_: str, aux: str, kinds: set[str], adv: str, day: str, does: str) -> tuple[str | None, str]:
    """A doing said with an auxiliary (`aux`: "is", "have", "hasn't", "will", "needs to" …) in Vietnamese, and what
    it is ("now", "done", "will", "need", "not"): "Tôi đang …", "Tôi … rồi", "Tôi vừa …", "Tôi chưa …", "Tối nay
    tôi sẽ …", "Tôi cần …"; None (and "") for anything else."""
    if aux in ("is", "am", "are", "'s", "'re", "'m") and "ing" in kinds and not (adv or day):
        return f"{who_} đang {does}.", "now"
    if aux in ("has", "have", "'ve", "'s") and "pp" in kinds and adv in ("", "just", "already") and not day:
        return (f"{who_} vừa {does}." if adv == "just" else f"{who_} {does} rồi."), "done"
    if aux.startswith(("hasn't", "haven't", "has not", "have not")) and "pp" in kinds and not (adv or day):
        return f"{who_} chưa {does}.", "not"
    if "base" not in kinds or adv:
        return None, ""
    if aux in ("will", "'ll"):
        ahead = day in _DAYS_VI and NEAR_WAY[_DAYS_VI[day]] != "behind"
        return (f"{_DAYS_VI[day]} {who_} sẽ {does}." if ahead else None if day else f"{who_} sẽ {does}."), "will"
    said = {"need to": "cần", "needs to": "cần", "have to": "phải", "has to": "phải", "don't": "không",
            "doesn't": "không", "do not": "không", "does not": "không"}.get(aux) or (
        "sắp" if aux.endswith("about to") else None)
    return (f"{who_} {said} {does}." if said and not day else None), "need" if said in ("cần", "phải") else "not"


def _told_vi(text: str) -> str | None:
    """"Light a mosquito coil." as "Đốt hương muỗi đi.", "Remember to plug in the mosquito repellent." as "Nhớ cắm
    máy đuổi muỗi nhé.", "Don't light a mosquito coil in the bedroom." as "Đừng đốt hương muỗi trong phòng ngủ.",
    "Let me spray for mosquitoes." as "Để tôi xịt muỗi." (_TOLD_EN); None for anything else, swatting, a coil burnt
    but not ("Burn a mosquito coil."), and "please" (not in "… đi")."""
    m = _TOLD_EN.fullmatch(text)
    how = m and m["how"] or ""
    doing = m and DOINGS_VI.get((m["verb"].lower(), m["obj"]))
    if not doing or doing in _SWAT or m["verb"].lower() == "burn" and how not in ("Don't", "Do not") or \
            how == "Please" or m["please"]:
        return None
    does = f"{doing}{' trong ' + PLACES_VI[m['place']] if m['place'] else ''}"
    said = {"": "{} đi", "Remember to": "Nhớ {} nhé", "Don't forget to": "Đừng quên {} nhé", "Don't": "Đừng {}",
            "Do not": "Đừng {}", "Let me": "Để tôi {}"}[how].format(does)
    return f"{capitalised(said)}{stop(m['end'])}"


def _supplies_vi(text: str) -> str | None:
    """"We've run out of mosquito coils." as "Nhà hết hương muỗi rồi.", "We're running low on mosquito spray." as
    "Nhà sắp hết thuốc xịt muỗi rồi.", "Do we have any mosquito coils left?" as "Nhà còn hương muỗi không?", "We need
    to buy more mosquito coils." as "Chúng ta cần mua thêm hương muỗi." (_OUT_EN, _LEFT_EN, _BUY_EN); None for
    anything else, and "is there" not agreeing ("Is there any mosquito coils left?")."""
    m = next((m for p in _OUT_EN if (m := p.fullmatch(text))), None)
    if m:
        soon = "sắp " if m.groupdict().get("soon") else ""
        return f"Nhà {soon}hết {SUPPLIES_VI[m['item']]} rồi{stop(m['end'])}"
    if m := _LEFT_EN.fullmatch(text):
        many = m["item"].endswith("coils")
        if text.startswith("Is there") and many or text.startswith("Are there") and not many:
            return None
        return f"Nhà còn {SUPPLIES_VI[m['item']]} không?"
    m = _BUY_EN.fullmatch(text)
    return m and f"Chúng ta {'cần' if m['need'] == 'need to' else 'phải'} mua thêm {SUPPLIES_VI[m['item']]}" \
        f"{stop(m['end'])}"


def _things_vi(text: str) -> str | None:
    """"Pass me the mosquito swatter." as "Đưa tôi cái vợt muỗi.", "Could you pass me the mosquito spray?" as "Đưa
    giúp tôi bình xịt muỗi được không?", "Where's the mosquito swatter?" as "Cái vợt muỗi đâu rồi?", "The mosquito
    swatter's battery is dead." as "Vợt muỗi hết pin rồi." (_PASS_EN, _WHERE_EN, _FLAT_EN); None for anything else,
    and "is" not agreeing ("Where is the mosquito coils?")."""
    if m := _FLAT_EN.fullmatch(text):
        return f"Vợt muỗi hết pin rồi{stop(m['end'])}"
    if m := _WHERE_EN.fullmatch(text):
        many = m["thing"] == "mosquito coils"
        return None if (m["be"] == " are") != many else f"{capitalised(THINGS_VI[m['thing']])} đâu rồi?"
    m = _PASS_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["please0"] and m["please"]:
        return None
    thing = THINGS_VI[m["thing"]]
    if m["can"]:
        return f"Đưa giúp tôi {thing} được không?"
    return f"Đưa giúp tôi {thing} với{stop(m['end'])}" if m["please0"] or m["please"] else \
        f"Đưa tôi {thing}{stop(m['end'])}"
