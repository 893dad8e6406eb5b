"""Having one's hair done, both ways, written whole by rule: a haircut, hair cut short or shorter, trimmed, dyed (a
colour), permed, washed or done, going to the hairdresser's or the barber's, asked, wanted or needed, said of who. v8
reads "cắt tóc" as cutting one's own hair, "nhuộm" and "dye" as anything: "Tôi vừa cắt tóc." → "I cut my hair.",
"Bạn mới cắt tóc à?" → "Do you cut your hair?", "Chị ấy mới nhuộm tóc." → "She has hair dye.", "Cô ấy nhuộm tóc màu
nâu." → "She blisters brown hair.", "Anh ấy cần cắt tóc." → "He needs to cut the hair.", "Tôi muốn uốn tóc." → "I want
to bend my hair.", "Bố tôi đi tiệm cắt tóc." → "My father went to cut my hair.", "Chỉ tỉa thôi." → "Only billion.";
"She dyed her hair." → "Cô ấy vỗ tóc của mình." (patted), "She dyed her hair red." → "Cô bé đỏ tóc.", "Did you get a
haircut?" → "Bạn có bị cắt tóc không?" (suffered), "I'd like a perm." → "Tôi muốn một cái perm.", "I'm going to the
hairdresser's." → "Tôi sẽ đi tóc.", "Is there a barber shop near here?" → "Có cửa hàng bán lẻ gần đây không?",
"Just a trim, please." → "Làm ơn, xin vui lòng.".

Taken: who (mt.hobbies.WHO, WHO_EN) has just had it done ("vừa", "mới"), had it done ("đã", a day behind), has it
done already ("rồi"), is going to ("sẽ", "định", a day ahead, "đi" alone: "Tôi đi cắt tóc." is going now), has gone
to ("đi … rồi"), would like or needs it ("muốn", "cần"), asked ("Bạn mới cắt tóc à?", "Bạn có muốn cắt tóc không?");
the day as mt.free_time.when reads it; where a hairdresser's is, whether there is one near, where one can get a
haircut; and what the hairdresser is asked ("Just a trim, please.", "A little shorter, please.", "Not too short,
please."). His or her hair is said only where who says which (not after a name alone). Left: "anh", "chị", "em" alone
saying it (the speaker or "you": mt.hobbies.who), "Bạn cắt tóc à?" and "Bạn đã cắt tóc chưa?" (asked without
"vừa", "mới" or "rồi"), a plain verb ("Tôi cắt tóc."), "hôm nay" and the like with no word for the tense, booking a
haircut and "I just got a haircut." (the phrasebook's), hair long, grey or falling out, and anything else.
mt.phrasebook.translate tries these after mt/returns.py.

    >>> translate("Chị ấy mới nhuộm tóc màu đỏ.", "vi", "en"), translate("I'd like a haircut.", "en", "vi")
    ('She just dyed her hair red.', 'Tôi muốn cắt tóc.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .patterns import COLOURS, COLOURS_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import WHOSE_WORDS, his_her
from .text import EN_WHOSE, SOFTENER, SOFTENER_NHE, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tóc|gội\s+đầu|tỉa|cắt\s+ngắn)"), "en": lazy(r"(?i:hair|trim|perm|barber|short)")}

# what is done to the hair: (the noun English gets, the hair as done, the verb one does it oneself with), and the
# Vietnamese of each (the first written back)
_DONE = {"cut": ("a haircut", "cut", None), "short": (None, "cut short", None), "shorter": (None, "cut shorter", None),
         "trim": ("a trim", "trimmed", None), "dye": (None, "dyed", ("dye", "dyed")),
         "perm": ("a perm", "permed", None), "wash": (None, "washed", ("wash", "washed")), "do": (None, "done", None)}
_DONE_VI = {"cut": "cắt tóc", "short": "cắt tóc ngắn", "shorter": "cắt tóc ngắn hơn", "trim": "tỉa tóc",
            "dye": "nhuộm tóc", "perm": "uốn tóc", "wash": "gội đầu", "do": "làm tóc"}
_ACTS = {"cắt tóc": "cut", "hớt tóc": "cut", "tỉa tóc": "trim", "nhuộm tóc": "dye", "uốn tóc": "perm",
         "gội đầu": "wash", "làm tóc": "do"}
_NOUNS = {"haircut": "cut", "hair cut": "cut", "trim": "trim", "perm": "perm"}
_DONE_EN = {"cut": "cut", "cut short": "short", "cut shorter": "shorter", "trimmed": "trim", "dyed": "dye",
            "permed": "perm", "washed": "wash", "done": "do"}
# a colour the hair is dyed ("nhuộm tóc đỏ", "nhuộm tóc màu đỏ"; yellow hair is blonde)
_COLOURS = {vi.removeprefix("màu "): en for vi, en in COLOURS.items()} | {"vàng": "blonde"}
_COLOURS_VI = {en: vi for en, vi in COLOURS_VI.items() if en != "yellow"} | {"blonde": "màu vàng", "blond": "màu vàng"}
# the shop ("salon" alone may do nails)
PLACES = {"tiệm cắt tóc": "hairdresser's", "hiệu cắt tóc": "hairdresser's", "tiệm làm tóc": "hairdresser's",
          "salon tóc": "hair salon", "tiệm hớt tóc": "barber's", "tiệm cắt tóc nam": "barber's"}
PLACES_VI = {"hairdresser's": "tiệm cắt tóc", "hairdressers": "tiệm cắt tóc", "hairdresser": "tiệm cắt tóc",
             "hair salon": "tiệm cắt tóc", "barber's": "tiệm hớt tóc", "barbers": "tiệm hớt tóc",
             "barber": "tiệm hớt tóc", "barber shop": "tiệm hớt tóc", "barbershop": "tiệm hớt tóc"}

_ACT = (rf"(?:(?P<place>{alternatives(PLACES)})|(?P<cut>(?:cắt|hớt)\s+tóc)(?:\s+(?P<short>ngắn)(?:\s+(?P<more>hơn))?)?|"
        rf"(?P<dye>nhuộm\s+tóc)(?:\s+(?:màu\s+)?(?P<colour>{alternatives(_COLOURS)}))?|(?P<act>tỉa\s+tóc|uốn\s+tóc|"
        r"gội\s+đầu|làm\s+tóc))")
# who has it done, when, wants or needs it, asked ("Tôi vừa cắt tóc.", "Bạn có muốn cắt tóc không?")
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>vừa\s+mới|vừa|mới|đã|sẽ|định)\s+)?"
             rf"(?:(?P<want>muốn|cần)\s+)?(?:(?P<go>đi)\s+(?:(?:đến|tới|ra)\s+)?)?{_ACT}{DAY_AFTER}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<q>không|à|hả|phải\s+không))?{SOFTENER_NHE}\s*(?P<end>[.!?]*)")
# where: a shop near, the nearest, where one can get a haircut or gets one
_THERE = lazy(rf"(?:[Ởở]\s+)?(?P<near>(?i:gần)\s+)?(?i:đây)\s+có\s+(?P<place>{alternatives(PLACES)})"
              rf"(?:\s+nào)?\s+không{SOFTENER}\s*\?+")
_WHERE = lazy(rf"(?P<place>(?i:{alternatives(PLACES)}))(?:\s+(?P<nearest>gần\s+nhất))?\s+ở\s+đâu{SOFTENER}\s*\?+")
_WHERE_WHO = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+|(?P<often>thường)\s+)?(?:đi\s+)?(?:cắt|hớt)\s+tóc\s+ở\s+đâu"
                  rf"{SOFTENER}\s*\?+")
# what the hairdresser is asked
_ASKED = {lazy(r"(?i:làm\s+ơn\s+)?[Cc]ắt\s+ngắn\s+(?:hơn\s+|thêm\s+)?(?:một\s+)?(?:chút|tí|ít)(?:\s+thôi)?"
               r"(?:\s+(?:nhé|nha|ạ))?\s*[.!]*"): "A little shorter, please.",
          # ("chỉ" or "thôi": just)
          lazy(r"(?=[Cc]hỉ\s|.*\sthôi)(?:[Cc]hỉ\s+)?[Tt]ỉa(?:\s+(?:tóc|qua|sơ))?(?:\s+(?:một\s+)?(?:chút|tí))?"
               r"(?:\s+thôi)?(?:\s+(?:nhé|nha|ạ))?\s*[.!]*"): "Just a trim, please.",
          lazy(r"[Đđ]ừng\s+cắt\s+ngắn\s+quá(?:\s+(?:nhé|nha|ạ))?\s*[.!]*"): "Not too short, please."}

# ... in English: the hair done ("a haircut", "my hair cut short", "her hair dyed red", "my hair" after "dye")
_OBJ_EN = (rf"(?:(?P<noun>a\s+(?:{alternatives(_NOUNS)}))|(?P<hw>{WHOSE_WORDS})\s+hair(?:\s+(?P<pp>"
           rf"{alternatives(_DONE_EN)}))?)(?:\s+(?P<colour>{alternatives(_COLOURS_VI)}))?")
_VERBS_EN = r"get|got|gets|have|had|has|dye|dyed|dyes|wash|washed|washes|getting|having"
_DOING_EN = (rf"(?:(?:(?P<v>{_VERBS_EN})\s+)?{_OBJ_EN}|(?P<went>go|went|gone|been)\s+to\s+(?:the|a)\s+"
             rf"(?P<place>(?i:{alternatives(PLACES_VI)})))")
_PLEASE = r"(?:,?\s+please)?\s*(?P<end>[.!?]*)"
_DONE_SAID = lazy(rf"{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)?(?:\s+(?P<just>just|already))?\s+{_DOING_EN}"
                  rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_DONE_ASKED = lazy(rf"(?P<aux>Did|Have|Has)\s+{WHO_EN}(?:\s+(?P<just>just))?\s+{_DOING_EN}\s*\?+")
_GOING = lazy(rf"{WHO_EN}(?P<be>'m|'re|'s|\s+am|\s+is|\s+are)\s+(?:going\s+to\s+(?:{_DOING_EN}|(?:the|a)\s+"
              rf"(?P<at>{alternatives(PLACES_VI)}))|(?P<v2>getting|having)\s+{_OBJ_EN.replace('?P<', '?P<g_')})"
              rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_WANTED = lazy(rf"(?:(?P<aux>Would|Do|Does)\s+)?{WHO_EN}(?P<like>'d\s+like|\s+would\s+like|\s+like|\s+wants?|"
               rf"\s+needs?)\s+(?P<to>to\s+)?{_DOING_EN}{_PLEASE}")
_THERE_EN = lazy(rf"Is\s+there\s+a\s+(?P<place>{alternatives(PLACES_VI)})\s+(?:near\s+here|around\s+here|"
                 r"nearby)\s*\?+")
# ("Where is the hairdresser?" may ask for whom)
_WHERE_EN = lazy(rf"Where(?:'s|\s+is)\s+(?:the|a)\s+(?:(?P<nearest>nearest)\s+)?(?P<place>"
                 rf"{alternatives(set(PLACES_VI) - {'hairdresser', 'barber'})})\s*\?+")
_WHERE_WHO_EN = lazy(rf"Where\s+(?:(?P<can>can)|(?P<do>do|does))\s+{WHO_EN}\s+(?P<often>usually\s+)?"
                     rf"get\s+(?:a\s+haircut|(?P<hw>{WHOSE_WORDS})\s+hair\s+cut)"
                     r"(?:\s+(?P<here>around\s+here|near\s+here|nearby))?\s*\?+")
_ASKED_EN = {lazy(r"(?:Just\s+)?(?:A|a)\s+(?:little|bit)\s+shorter" + _PLEASE): "Cắt ngắn hơn một chút nhé.",
             lazy(r"Just\s+a\s+(?:little\s+)?trim" + _PLEASE): "Chỉ tỉa một chút thôi.",
             lazy(r"Not\s+too\s+short" + _PLEASE): "Đừng cắt ngắn quá nhé."}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says, asks or wants a haircut or the hair done, or asks where a
    hairdresser's is; None for any other."""
    if src == "vi":
        return _said(text) or _where(text) or next((en for p, en in _ASKED.items() if p.fullmatch(text)), None)
    text = text.replace("’", "'")
    return (_done_vi(text) or _going_vi(text) or _wanted_vi(text) or _where_vi(text) or
            next((vi for p, vi in _ASKED_EN.items() if p.fullmatch(text)), None))


def _forms(act: str, whose: str | None, colour: str, go: bool) -> dict[str, str] | None:
    """What is done in English, as each frame says it: "base" ("get a haircut", "dye her hair red"), "past" ("got
    a haircut", "dyed her hair red"), "perfect" ("had a haircut") and "want" ("a haircut", "my hair cut short", "to
    dye my hair"); "get" forms where who goes out for it (`go`: "get my hair dyed"); None where whose hair is needed
    and not known (`whose` None)."""
    noun, done, verb = _DONE[act]
    colour = f" {colour}" if colour else ""
    if (verb and not go or not noun) and whose is None:
        return None
    if verb and not go:
        said = f"{whose} hair{colour}"
        return {"base": f"{verb[0]} {said}", "past": f"{verb[1]} {said}", "perfect": f"{verb[1]} {said}",
                "want": f"to {verb[0]} {said}"}
    said = noun or f"{whose} hair {done}{colour}"
    return {"base": f"get {said}", "past": f"got {said}", "perfect": f"had {said}",
            "want": f"to get {said}" if go else said}


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose hair, in English, of who of a match of WHO (`who_` as mt.hobbies.who says it): "my", "her", "his" for
    "mẹ tôi", "Bác Hùng"; None where Vietnamese does not say which ("Lan", "bạn tôi")."""
    return EN_WHOSE.get(who_) or (his_her_of(m) if m["kin"] or m["title"] else None)


def _said(text: str) -> str | None:
    """"Tôi vừa cắt tóc." as "I just got a haircut.", "Hôm qua mẹ tôi đi nhuộm tóc." as "My mother got her hair
    dyed yesterday.", "Anh ấy đi cắt tóc rồi." as "He's gone to get a haircut.", "Tôi muốn cắt tóc ngắn." as "I'd
    like my hair cut short.", "Bạn mới cắt tóc à?" as "Did you get a haircut?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["q"]) or m["place"] and not m["go"] or (said := who(m, asked)) is None:
        return None
    who_, one = said
    whose = _whose(m, who_)
    tense, q, place = keyed(m["tense"] or ""), keyed(m["q"] or ""), m["place"] and PLACES[keyed(m["place"])]
    if (day := when(m["day0"] or m["day"], "vi", LAST)) is None:
        return None
    if place:
        said = {"base": f"go to the {place}", "past": f"went to the {place}", "perfect": f"been to the {place}",
                "want": f"to go to the {place}"}
    else:
        act = _ACTS[keyed(m["cut"] or m["dye"] or m["act"])]
        act = ("shorter" if m["more"] else "short") if act == "cut" and m["short"] else act
        said = _forms(act, whose, m["colour"] and _COLOURS[keyed(m["colour"])], bool(m["go"]))
    if said is None:
        return None
    if m["want"]:
        if tense or m["done"] or day or bool(m["ask"]) != asked or asked and q != "không":
            return None
        doing = said["want"] if keyed(m["want"]) == "muốn" or not said["want"].startswith("to get ") else \
            said["want"].removeprefix("to get ")  # ("cần đi cắt tóc": "needs a haircut")
        if keyed(m["want"]) == "muốn":
            likes = f"{who_}'d like" if who_ in EN_WHOSE else f"{who_} would like"
            return (None if who_ == "I" else f"Would {who_} like {doing}?") if asked else \
                capitalised(f"{likes} {doing}.")
        return present(who_, one, "need", doing, asked)
    ahead, behind = bool(AHEAD.match(day) or day == "tonight"), bool(BEHIND.match(day))
    going, gone = (f"going {said['base'][3:]}", f"gone {said['base'][3:]}") if place else \
        (f"going to {said['base']}", f"gone to {said['base']}")
    day = f" {day}" if day else ""
    if asked:
        if m["ask"] or q == "không" or day or not (tense in ("vừa", "mới", "vừa mới") or m["done"] and not tense):
            return None
        if m["go"] and m["done"]:
            return f"{'Has' if one else 'Have'} {who_} {gone}?"
        return f"Did {who_} {said['base']}?"
    if m["ask"] or q:
        return None
    has = "has" if one else "have"
    if tense in ("vừa", "mới", "vừa mới") and not ahead:
        return capitalised(f"{who_} just {said['past']}{day}.")
    if tense in ("", "đã") and (tense or behind) and not ahead:
        if m["done"] and not day:
            return capitalised(contracted(who_, f"{has} already {said['perfect']}."))
        return None if m["done"] else capitalised(f"{who_} {said['past']}{day}.")
    if tense in ("", "sẽ", "định") and (tense or ahead or not day and m["go"] and not m["done"]) and not behind:
        return None if m["done"] else capitalised(contracted(who_, f"{be(who_)} {going}{day}."))
    if m["done"] and not tense and not day:
        return capitalised(contracted(who_, f"{has} {gone}." if m["go"] else f"{has} already {said['perfect']}."))
    return None


def _where(text: str) -> str | None:
    """"Ở gần đây có tiệm cắt tóc không?" as "Is there a hairdresser's near here?", "Tiệm cắt tóc gần nhất ở đâu?"
    as "Where's the nearest hairdresser's?", "Tôi có thể cắt tóc ở đâu?" as "Where can I get a haircut?", "Bạn
    thường cắt tóc ở đâu?" as "Where do you usually get your hair cut?" (_THERE, _WHERE, _WHERE_WHO); None for
    anything else."""
    if m := _THERE.fullmatch(text):
        place = PLACES[keyed(m["place"])]
        return f"Is there a {place} {'near' if m['near'] else 'around'} here?"
    if m := _WHERE.fullmatch(text):
        return f"Where's the {'nearest ' * bool(m['nearest'])}{PLACES[keyed(m['place'])]}?"
    m = _WHERE_WHO.fullmatch(text)
    if not m or (said := who(m, True)) is None:
        return None
    who_, one = said
    if m["can"]:
        return f"Where can {who_} get a haircut?"
    whose = _whose(m, who_)
    usually = " usually" if m["often"] else ""
    return f"Where {'does' if one else 'do'} {who_}{usually} get {whose} hair cut?" if whose and who_ != "I" else None


def _whose_ok(m: re.Match, whose: str | None) -> bool:
    """Whether the hair said ("my hair", "her hair") is who's own ("She dyed her hair.", not "She dyed my hair.")."""
    if whose is None:
        return True
    if m["who"]:
        return EN_WHOSE.get("I" if m["who"].lower() == "i" else m["who"].lower()) == whose
    kin = m["kin"] and his_her(who_vi(m)[0])
    return whose in ((kin,) if kin else ("his", "her"))


def _act_vi(m: re.Match, verbs: str | None, prefix: str = "") -> str | None:
    """What is done of a match of _OBJ_EN (its groups named with `prefix`) in Vietnamese ("cắt tóc", "nhuộm tóc màu
    đỏ"), after one of `verbs` ("get|dye" …: a regex; None where no verb is said: "I'd like a haircut."); None where
    the verb does not go with it ("dye a haircut", "got my hair"), a colour is said of anything but dyeing, or the hair
    is another's ("She dyed my hair.")."""
    g = {k.removeprefix(prefix): v for k, v in m.groupdict().items() if k.startswith(prefix)}
    verb = (m["v2"] if prefix else m["v"]) or ""
    if (verbs is None) != (not verb) or verb and not re.fullmatch(verbs, verb) or g["hw"] and not _whose_ok(m, g["hw"]):
        return None
    getting = not verb or verb[0] in "gh"  # ("get", "had": what someone else does; "dye", "washed": oneself)
    if g["noun"]:
        act = _NOUNS[keyed(g["noun"])[2:]] if getting else None
    elif g["pp"]:
        act = _DONE_EN[keyed(g["pp"])] if getting else None
    else:
        act = None if getting else {"d": "dye", "w": "wash"}[verb[0]]
    if act is None or g["colour"] and act != "dye":
        return None
    return f"{_DONE_VI[act]} {_COLOURS_VI[g['colour'].lower()]}" if g["colour"] else _DONE_VI[act]


def _done_vi(text: str) -> str | None:
    """"She dyed her hair red." as "Cô ấy đã nhuộm tóc màu đỏ.", "He's just had a haircut." as "Anh ấy vừa cắt
    tóc.", "I went to the hairdresser's yesterday." as "Hôm qua tôi đã đi tiệm cắt tóc.", "Did you get a haircut?"
    as "Bạn mới cắt tóc à?" (_DONE_SAID, _DONE_ASKED); None for anything else, a day ahead, and where "has" does not
    agree with who."""
    m = _DONE_SAID.fullmatch(text)
    asked = m is None
    if asked and not (m := _DONE_ASKED.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    have = keyed(m["aux"] if asked else m["have"] or "").replace("did", "")
    if have and (have in ("'s", "has")) != one:
        return None
    if m["place"]:
        act = f"đi {PLACES_VI[m['place'].lower()]}" if m["went"] == ("been" if have else "go" if asked else "went") \
            else None
    else:
        act = _act_vi(m, "had|dyed|washed" if have else "get|have|dye|wash" if asked else "got|had|dyed|washed")
    day = "" if asked else when(m["day"], "en", LAST)
    if act is None or day is None or day and (have or AHEAD.match(m["day"])):
        return None
    if asked:
        return capitalised(f"{who_} có {act} không?" if m["place"] else f"{who_} đã {act} chưa?" if have else
                           f"{who_} {'vừa' if m['just'] else 'mới'} {act} à?")
    if m["just"] == "just":
        return placed(f"{who_} vừa {act}", day, m["end"] or ".")
    return placed(f"{who_} đã {act}{' rồi' * bool(have)}", day, m["end"] or ".")


def _going_vi(text: str) -> str | None:
    """"I'm going to get a haircut." as "Tôi sẽ đi cắt tóc.", "She's getting her hair dyed tomorrow." as "Ngày mai
    cô ấy sẽ đi nhuộm tóc.", "I'm going to the barber's." as "Tôi sẽ đi tiệm hớt tóc." (_GOING); None for anything
    else, "getting" with no day, a day behind, and where "is" does not agree with who."""
    m = _GOING.fullmatch(text)
    if not m or (day := when(m["day"], "en", LAST)) is None or BEHIND.match(m["day"] or ""):
        return None
    who_, one = who_vi(m)
    if {"'m": "am", "'re": "are", "'s": "is"}.get(m["be"].strip(), m["be"].strip()) != be_of(who_, one):
        return None
    if m["v2"]:
        act = _act_vi(m, "getting|having", "g_") if day else None
        act = act and f"đi {act}"
    elif m["place"] or m["at"]:
        act = f"đi {PLACES_VI[(m['place'] or m['at']).lower()]}" if m["at"] or m["went"] == "go" else None
    else:
        act = _act_vi(m, "get|have|dye|wash")
        act = act and (f"đi {act}" if m["v"] in ("get", "have") else act)
    return placed(f"{who_} sẽ {act}", day, ".") if act else None


def _wanted_vi(text: str) -> str | None:
    """"I'd like a haircut." as "Tôi muốn cắt tóc.", "He needs his hair cut short." as "Anh ấy cần cắt tóc ngắn.",
    "Would you like to dye your hair?" as "Bạn có muốn nhuộm tóc không?" (_WANTED); None for anything else, and
    where "needs", "wants" or "does" does not agree with who."""
    m = _WANTED.fullmatch(text)
    if not m or bool(m["aux"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    like, aux = " ".join(m["like"].split()), (m["aux"] or "").lower()
    if (aux == "would") != (like == "like") or aux == "would" and who_ == "tôi" or aux in ("do", "does") and (
            like not in ("want", "need") or (aux == "does") != one):
        return None
    if not aux and like in ("want", "wants", "need", "needs") and like.endswith("s") != one:
        return None
    if m["place"]:
        act = f"đi {PLACES_VI[m['place'].lower()]}" if m["to"] and m["went"] == "go" else None
    else:
        act = _act_vi(m, "get|have|dye|wash" if m["to"] else None)
    if act is None:
        return None
    wants = "cần" if like.startswith("need") else "muốn"
    return capitalised(f"{who_} có {wants} {act} không?" if aux else f"{who_} {wants} {act}.")


def _where_vi(text: str) -> str | None:
    """"Is there a barber's near here?" as "Ở gần đây có tiệm hớt tóc không?", "Where's the nearest hairdresser's?"
    as "Tiệm cắt tóc gần nhất ở đâu?", "Where can I get a haircut?" as "Tôi có thể cắt tóc ở đâu?" (_THERE_EN,
    _WHERE_EN, _WHERE_WHO_EN); None for anything else."""
    if m := _THERE_EN.fullmatch(text):
        return f"Ở gần đây có {PLACES_VI[m['place'].lower()]} không?"
    if m := _WHERE_EN.fullmatch(text):
        return capitalised(f"{PLACES_VI[m['place'].lower()]}{' gần nhất' * bool(m['nearest'])} ở đâu?")
    m = _WHERE_WHO_EN.fullmatch(text)
    if not m or bool(m["can"]) == bool(m["hw"]) or m["can"] and m["often"] or m["here"] and not m["can"] or \
            m["hw"] and not _whose_ok(m, m["hw"]):
        return None
    who_, one = who_vi(m)
    if m["do"] and (m["do"] == "does") != one:
        return None
    return capitalised(f"{who_} có thể cắt tóc ở đâu{' gần đây' * bool(m['here'])}?" if m["can"] else
                       f"{who_} {'thường ' * bool(m['often'])}cắt tóc ở đâu?")
