"""Hanging the washing out to dry and bringing it in before the rain, both ways, written whole by rule: the washing
brought in when told (quick, before it rains, as it rains or is going to), forgotten, brought in by whom, thanked for;
hung out on the balcony or in the sun, told to be or put out to dry; still out or drying there; the clothes all wet,
soaked, wet again or rained on; the washing there dry or not, out all day and still not dry. v8 (the rules on) reads
"rút" as money drawn, "phơi" as playing, "mau" as a word of its own and "the washing" as a towel or a wash: "Trời mưa,
mau rút quần áo vào." → "It's raining, mau clothing.", "Tôi quên rút quần áo." → "I forgot to withdraw my clothes.",
"Rút quần áo vào kẻo mưa." → "Take clothes into the rain.", "Con rút quần áo vào chưa?" → "Do you withdraw clothes?",
"Tôi đang phơi quần áo ngoài ban công." → "I'm playing out of the public clothes.", "Phơi quần áo đi." → "Playing
clothes.", "Quần áo vẫn còn phơi ngoài ban công." → "The clothes are still playing outside the public.", "Quần áo bị
ướt hết rồi." → "The wet clothes are all wet.", "Quần áo phơi ngoài ban công khô chưa?" → "Is it a dry rash?"; "I
forgot to bring the washing in." → "Tôi quên mang khăn mặt." (a towel), "Bring the washing in before it rains." →
"Mang khăn mặt trước trời mưa.", "Who brought in the washing?" → "Ai đã giặt vào khăn mặt?", "I hung the washing out
on the balcony." → "Tôi aggressive giặt giặt giặt vào đống bánh.", "Hang out the washing." → "Hãy rửa sạch nhé.", "The
washing is still out on the balcony." → "Việc gội đầu vẫn còn ra ngoài bánh balcony.", "The washing got wet again." →
"Việc gội đầu lại bị ướt.".

Taken: the washing ("quần áo") brought in ("rút", "thu", "cất" … "vào"; "bring", "take" … "in") told with "mau",
"nhanh" (quick), "kẻo mưa", "trước khi trời mưa" (before it rains), or the rain of _RAIN said before or after it; who
(mt.hobbies.WHO, WHO_EN) forgot to bring it in ("quên", "quên không", "lại quên": again), asked "có … không?" (did
… forget?); "con" asked "… rút quần áo vào chưa?" (a child: have you … yet?); "Ai đã rút quần áo vào?" (who brought
it in?); thanks for it. Who hangs it out at a place of _PLACES (on the balcony, in the sun, in the yard, outside):
"đang", "đã", "rồi", "vừa", "sẽ", "phải", "chưa" (not yet), "… chưa?"; told ("Phơi quần áo đi.", "Mang quần áo ra
phơi nắng đi.": put it out to dry), after the sun of _SUN. The washing still out ("vẫn", "còn") or drying ("đang")
at a place or "ngoài kia" (out there), after the rain. The clothes ("quần áo"; "quần áo phơi": the washing) all wet,
soaked, wet again, wet in the rain, rained on ("dính mưa"). The washing at a place dry yet, dry now, not dry yet, out
all day and still not dry. Left: the rest of mt/laundry.py's (the washing brought in or hung out said plainly, "Rút
quần áo vào đi.", "Quần áo khô chưa?", "Quần áo bị ướt rồi."), mt/chores.py's ("Tôi đang phơi quần áo."), clothes
that won't dry (mt/damp.py), one wet in the rain (mt/getting_wet.py); a plain "phơi" with a place ("Tôi phơi quần áo
ngoài ban công.": a habit, or done?), "Ai rút quần áo vào?" (done, or to be done?), "giúp mẹ", "giúp con" (the
speaker, or Mum?), "cất quần áo" without "vào" (put away in the wardrobe?), "con" saying it or with "ạ", "mẹ", "bố"
alone (the speaker?), "anh", "chị", "em" alone saying it, "I" asked, a pet as who, whose clothes ("Quần áo tôi bị
ướt hết rồi.": worn, or washed?), "đồ" (any thing), drying indoors, "on the line", "thế"/"vậy" statements, a "?"
on a statement, the rain said both before and after bringing it in, and English "we", "our", "us" (chúng tôi, or chúng
ta?).
mt.phrasebook.translate tries these after mt/bitten_tongue.py.

    >>> translate("Trời mưa, mau rút quần áo vào.", "vi", "en")
    "It's raining, quick, bring the washing in."
    >>> translate("I forgot to bring the washing in.", "en", "vi")
    'Tôi quên rút quần áo vào.'
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, asked_of, em_speaking, first_agrees, person_of
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, STRESSED_SAID, WE_EN, alternatives, be, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:quần\s+áo)"), "en": lazy(r"(?i:washing|laundry|clothes\s+(?:are|got))")}
# the weather said with it, before or after: rain with the washing brought in or still out, sun with it hung out
# (the first of each English the one written back)
_RAIN = {"trời đang mưa": "it's raining", "trời mưa": "it's raining", "trời mưa rồi": "it's raining",
         "mưa rồi": "it's raining", "trời sắp mưa": "it's going to rain", "trời sắp mưa rồi": "it's going to rain",
         "sắp mưa rồi": "it's going to rain", "trời bắt đầu mưa rồi": "it's starting to rain",
         "trời bắt đầu mưa": "it's starting to rain", "trời có vẻ sắp mưa": "it looks like rain"}
_SUN = {"trời nắng": "it's sunny", "trời nắng rồi": "it's sunny", "hôm nay trời nắng": "it's sunny today",
        "hôm nay nắng": "it's sunny today"}
_WEATHER_VI = {en: vi for vi, en in reversed((_RAIN | _SUN).items())} | {
    "it is raining": "trời đang mưa", "it is going to rain": "trời sắp mưa", "it is starting to rain":
    "trời bắt đầu mưa rồi", "it is sunny": "trời nắng", "it is sunny today": "hôm nay trời nắng"}
_RAIN_EN = alternatives(en for en, vi in _WEATHER_VI.items() if "mưa" in vi)
_SUN_EN = alternatives(en for en, vi in _WEATHER_VI.items() if "nắng" in vi)
# where it is hung (outdoors: "hang out" is said of nowhere else), and "ngoài kia" of the washing still out
_PLACES = {"ngoài ban công": "on the balcony", "trên ban công": "on the balcony", "ngoài sân": "in the yard",
           "ngoài vườn": "in the garden", "ngoài nắng": "in the sun", "ngoài trời": "outside", "ở ngoài": "outside"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())} | {"outdoors": "ngoài trời"}
_TO = {"ra ban công": "on the balcony", "ra sân": "in the yard"}  # ("Phơi quần áo ra ban công đi.")
_THERE = {"ngoài kia": "out there"}
_PLACE = rf"(?P<place>{alternatives(_PLACES)})"
_HUNG_AT = alternatives(en for en in _PLACES_VI if not en.startswith("out"))  # (after "out": not "out outside")
_PLACE_EN = rf"(?P<place>{_HUNG_AT})"

# the washing brought in, told ("Trời mưa, mau rút quần áo vào.", "Rút quần áo vào đi kẻo mưa.")
_BRING = r"(?P<verb>rút|thu|cất)\s+quần\s+áo(?P<into>\s+vào)?"
_TOLD = lazy(rf"(?:(?P<w1>{alternatives(_RAIN)})\s*,\s*)?(?:(?P<quick>mau|nhanh(?:\s+lên)?)\s*,?\s+)?(?:hãy\s+)?"
             rf"{_BRING}(?:\s+(?:đi|nhé|nha))?(?:\s*,?\s+(?P<lest>kẻo\s+(?:trời\s+)?mưa|trước\s+khi\s+(?:trời\s+)?"
             rf"mưa)|\s*,\s*(?P<w2>{alternatives(_RAIN)}))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
# who forgot to ("Tôi quên rút quần áo.", "Bạn có quên rút quần áo vào không?"), "con" asked, who did, thanks
_FORGOT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<again>lại)\s+)?quên(?:\s+(?:không|chưa|"
               rf"mất))?\s+{_BRING}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_WHO_IN = lazy(r"(?:(?P<child>[Cc]on)\s+(?:đã\s+)?rút\s+quần\s+áo\s+vào\s+chưa|[Aa]i\s+đã\s+rút\s+quần\s+áo\s+vào)"
               r"(?:\s+(?:vậy|thế))?\s*\?+")
_THANKS = lazy(r"[Cc]ảm\s+ơn\s+(?:bạn|con|em|anh|chị|cậu)\s+(?:đã\s+)?rút\s+quần\s+áo\s+vào(?:\s+nhé|\s+nha)?"
               r"\s*(?P<end>[.!]*)")
# who hangs it out at a place ("Tôi đang phơi quần áo ngoài ban công.", "Bạn đã phơi quần áo ngoài nắng chưa?")
_HUNG = lazy(rf"{WHO}\s+(?:(?P<aux>đang|đã|vừa|sẽ|phải|chưa)\s+)?phơi\s+quần\s+áo\s+{_PLACE}(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# ... told ("Phơi quần áo ngoài ban công đi.", "Trời nắng, mang quần áo ra phơi đi.": put it out to dry)
_HANG = lazy(rf"(?:(?P<w1>{alternatives(_SUN)})\s*,\s*)?(?:(?P<please>hãy)\s+)?(?:phơi\s+quần\s+áo(?:\s+(?P<place>"
             rf"{alternatives(_PLACES | _TO)}))?|(?P<take>mang|đem)\s+quần\s+áo\s+ra(?:\s+(?P<to>ban\s+công|sân))?"
             r"\s+phơi(?:\s+(?P<sun>nắng))?)(?:\s+(?P<go>đi))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
# still out, or drying ("Quần áo vẫn còn phơi ngoài ban công.", "Mưa rồi, quần áo còn phơi ngoài kia!")
_OUT = lazy(rf"(?:(?P<w1>{alternatives(_RAIN)})(?:\s*,\s*|\s+mà\s+))?quần\s+áo\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?"
            rf"(?:(?P<now>đang)\s+)?phơi\s+(?P<place>{alternatives(_PLACES | _THERE)})\s*(?P<end>[.!]*)")
# wet ("Quần áo bị ướt hết rồi.", "Quần áo lại bị ướt rồi.", "Quần áo phơi bị dính mưa.")
_WET = lazy(r"quần\s+áo(?P<hung>\s+phơi)?\s+(?:(?P<again>lại)\s+)?(?:(?P<bi>bị)\s+)?(?:(?P<rained>dính\s+mưa)|"
            r"(?P<rain>mưa\s+)?ướt(?:\s+(?P<how>hết|sũng))?)(?:\s+rồi)?\s*(?P<end>[.!]*)")
# dry at a place, or out all day ("Quần áo phơi ngoài ban công khô chưa?", "Quần áo phơi cả ngày vẫn chưa khô.")
_DRY = lazy(rf"quần\s+áo\s+phơi(?:\s+{_PLACE})?(?P<day>\s+cả\s+ngày(?:\s+rồi)?(?:\s+mà)?)?(?:\s+(?P<still>vẫn))?"
            rf"(?:\s+(?P<not>chưa)|\s+đã)?\s+khô(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")

# ... and in English ("the washing", brought in or taken in)
_W_EN = r"the\s+(?:washing|laundry)"
_IN_EN = rf"(?:bring|(?P<take>take))\s+(?:in\s+{_W_EN}|{_W_EN}\s+in)"
_TOLD_EN = lazy(rf"(?:(?P<w1>{_RAIN_EN})\s*,\s*)?(?:(?P<quick>quick|hurry(?:\s+up)?)\s*,\s*)?(?:please\s+)?{_IN_EN}"
                rf"(?:\s+(?P<lest>before\s+it\s+rains))?(?:\s*,\s*(?P<w2>{_RAIN_EN}))?\s*(?P<end>[.!]*)")
_FORGOT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}\s+(?P<verb>forgot|forget)\s+to\s+{_IN_EN}(?P<again>\s+again)?"
                  r"\s*(?P<end>[.!?]*)")
_WHO_IN_EN = lazy(rf"who\s+(?:brought|took)\s+(?:in\s+{_W_EN}|{_W_EN}\s+in)\s*\?+")
_THANKS_EN = lazy(rf"(?:thanks|thank\s+you)\s+for\s+bringing\s+(?:in\s+{_W_EN}|{_W_EN}\s+in)\s*(?P<end>[.!]*)")
_OUT_W_EN = rf"(?:out\s+{_W_EN}|{_W_EN}\s+out)"
_HUNG_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>'m|'re|'s|'ve|'ll|\s+(?:am|is|are|will|haven't|hasn't|"
                r"have\s+not|has\s+not|have\s+to|has\s+to|have|has))?(?:\s+(?P<adv>just|already))?\s+"
                rf"(?P<verb>hanging|hung|hang)\s+{_OUT_W_EN}\s+{_PLACE_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_HANG_EN = lazy(rf"(?:(?P<w1>{_SUN_EN})\s*,\s*)?(?:please\s+)?(?:hang\s+{_OUT_W_EN}(?:\s+{_PLACE_EN})?|(?P<put>put)\s+"
                rf"{_W_EN}\s+out(?:\s+(?P<to>on\s+the\s+balcony|in\s+the\s+yard|in\s+the\s+sun))?\s+to\s+dry)"
                rf"(?:\s*,\s*(?P<w2>{_SUN_EN}))?\s*(?P<end>[.!]*)")
_OUT_EN = lazy(rf"(?:(?P<w1>{_RAIN_EN})(?:\s*,)?\s+and\s+)?{_W_EN}(?:\s+is|'s)\s+(?:still\s+(?:out(?:\s+(?P<place>"
               rf"{_HUNG_AT}|there))?|(?P<outside>outside))|(?P<drying>drying)\s+(?P<place2>"
               rf"{alternatives(_PLACES_VI)}|out\s+there))\s*(?P<end>[.!]*)")
_WET_EN = lazy(r"the\s+(?P<what>washing|laundry|clothes)\s+(?:(?P<be>is|are|'s|'re)\s+(?P<state>all\s+wet|soaked)|"
               r"got\s+(?P<got>all\s+wet|wet|soaked|rained\s+on)(?P<rain>\s+in\s+the\s+rain)?)(?P<again>\s+again)?"
               r"\s*(?P<end>[.!]*)")
_DRY_EN = lazy(rf"(?P<q>is\s+)?{_W_EN}(?:\s+{_PLACE_EN})?(?P<be>\s+has\s+been\s+out\s+all\s+day\s+and(?:\s+it)?\s+"
               r"still\s+(?:isn't|is\s+not)|\s+isn't|\s+is\s+not|\s+is|'s)?\s+dry(?P<when>\s+yet|\s+now)?"
               r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the washing brought in before the rain, forgotten, hung out to dry, still
    out, wet, or dry at a place; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        if STRESSED_SAID.search(text):
            return None
        low = text[:1].lower() + text[1:]
        return (_told(low) or _forgot(text) or _who_in(text) or _hung(text) or _hang(low) or _out(low) or _wet(low)
                or _dry(low))
    text = text.replace("’", "'")
    if WE_EN.search(text):  # ("We forgot to bring the washing in.", "Our son …": chúng tôi, or chúng ta?)
        return None
    low = text[:1].lower() + text[1:]
    return (_told_vi(low) or _forgot_vi(text) or _who_in_vi(low) or _hung_vi(text) or _hang_vi(low) or _out_vi(low)
            or _wet_vi(low) or _dry_vi(low))


def _weather(said: str | None, table: dict) -> str | None:
    """The English of weather `said` in Vietnamese, as `table` (_RAIN, _SUN) has it; "" for none."""
    return "" if said is None else table[keyed(said)]


def _told(text: str) -> str | None:
    """"Trời mưa, mau rút quần áo vào." as "It's raining, quick, bring the washing in.", "Rút quần áo vào đi kẻo mưa."
    as "Bring the washing in before it rains." (_TOLD); None for anything else, and a plain "Rút quần áo vào đi."
    (mt/laundry.py's), and the rain said both before and after."""
    m = _TOLD.fullmatch(text)
    if not m or not (m["quick"] or m["lest"] or m["w1"] or m["w2"]) or not m["into"] and m["verb"] != "rút" or (
            m["w1"] and m["w2"]):  # (the rain said twice: "Trời mưa, rút quần áo vào, trời sắp mưa rồi.")
        return None
    said = f"{'quick, ' * bool(m['quick'])}bring the washing in{' before it rains' * bool(m['lest'])}"
    before, after = _weather(m["w1"], _RAIN), _weather(m["w2"], _RAIN)
    return capitalised(f"{before}, {said}" if before else f"{said}, {after}" if after else said) + stop(m["end"])


def _forgot(text: str) -> str | None:
    """"Tôi quên rút quần áo." as "I forgot to bring the washing in.", "Bạn có quên rút quần áo vào không?" as "Did
    you forget to bring the washing in?" (_FORGOT); None for anything else, and "cất quần áo" without "vào" (put
    away)."""
    m = _FORGOT.fullmatch(text)
    asked = m and asked_of(m)
    if not m or asked is None or not m["into"] and m["verb"] != "rút" or em_speaking(m):
        return None
    if (said := person_of(m, asked)) is None or asked and (m["again"] or m["done"]):
        return None
    if asked:
        return f"Did {said[0]} forget to bring the washing in?"
    return capitalised(f"{said[0]} forgot to bring the washing in{' again' * bool(m['again'])}{stop(m['end'])}")


def _who_in(text: str) -> str | None:
    """"Con rút quần áo vào chưa?" as "Have you brought the washing in yet?" (a child asked), "Ai đã rút quần áo
    vào?" as "Who brought the washing in?" (_WHO_IN), "Cảm ơn bạn đã rút quần áo vào." as "Thank you for bringing
    the washing in." (_THANKS); None for anything else."""
    if m := _THANKS.fullmatch(text):
        return f"Thank you for bringing the washing in{stop(m['end'])}"
    if not (m := _WHO_IN.fullmatch(text)):
        return None
    return "Have you brought the washing in yet?" if m["child"] else "Who brought the washing in?"


def _out_at(place: str | None) -> str:
    """Where the washing is hung out, after "out" (" on the balcony"; "" for none, and outside: "out" says it)."""
    at = (_PLACES | _TO)[keyed(place)] if place else "outside"
    return "" if at == "outside" else f" {at}"


# what Vietnamese says of hanging it out (the word before "phơi"; "rồi" or "chưa" after) and how English says it
_HUNG_SAID = {("đang", ""): "{be} hanging", ("đã", "rồi"): "{have} already hung", ("", "rồi"): "{have} already hung",
              ("vừa", ""): "{have} just hung", ("đã", ""): "hung", ("sẽ", ""): "will hang",
              ("phải", ""): "{have} to hang", ("chưa", ""): "{have}n't hung", ("", "chưa"): "{Have} {w} hung",
              ("đã", "chưa"): "{Have} {w} hung"}


def _hung(text: str) -> str | None:
    """"Tôi đang phơi quần áo ngoài ban công." as "I'm hanging the washing out on the balcony.", "Bạn đã phơi quần
    áo ngoài nắng chưa?" as "Have you hung the washing out in the sun yet?" (_HUNG); None for anything else, and a
    plain "phơi" (a habit, or done?)."""
    m = _HUNG.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["done"] and asked or em_speaking(m):
        return None
    shape = _HUNG_SAID.get((keyed(m["aux"] or ""), keyed(m["done"] or m["asked"] or "")))
    if shape is None or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    have = "has" if one else "have"
    verb = shape.format(be=be(who_), have=have, Have=have.capitalize(), w=who_)
    tail = f"the washing out{_out_at(m['place'])}{' yet' * (m['aux'] == 'chưa' or asked)}"
    return f"{verb} {tail}?" if asked else capitalised(contracted(who_, f"{verb} {tail}")) + stop(m["end"])


def _hang(text: str) -> str | None:
    """"Phơi quần áo ngoài ban công đi." as "Hang the washing out on the balcony.", "Trời nắng, mang quần áo ra phơi
    đi." as "It's sunny, put the washing out to dry." (_HANG); None for anything else, and one without "đi" or "hãy"
    ("Phơi quần áo ngoài ban công.": said, or told?)."""
    m = _HANG.fullmatch(text)
    if not m or not (m["go"] or m["please"]) or m["to"] and m["sun"]:
        return None
    if m["take"]:
        to = f" {_TO['ra ' + keyed(m['to'])]}" if m["to"] else " in the sun" if m["sun"] else ""
        said = f"put the washing out{to} to dry"
    else:
        said = f"hang the washing out{_out_at(m['place'])}"
    return capitalised(f"{_weather(m['w1'], _SUN)}, {said}" if m["w1"] else said) + stop(m["end"])


def _out(text: str) -> str | None:
    """"Quần áo vẫn còn phơi ngoài ban công." as "The washing is still out on the balcony.", "Quần áo đang phơi ngoài
    nắng." as "The washing is drying in the sun.", "Mưa rồi, quần áo còn phơi ngoài kia!" as "It's raining, and the
    washing is still out there!" (_OUT); None for anything else, and a plain "phơi" (hung there: by whom?)."""
    m = _OUT.fullmatch(text)
    if not m or not (m["still"] or m["now"]) or m["w1"] and not m["still"]:
        return None
    place = (_PLACES | _THERE)[keyed(m["place"])]
    if m["still"]:
        said = f"still out{' there' if place == 'out there' else _out_at(m['place'])}"
    else:
        said = f"drying {place}"
    before = f"{_weather(m['w1'], _RAIN)}, and " if m["w1"] else ""
    return capitalised(f"{before}the washing is {said}") + stop(m["end"])


def _wet(text: str) -> str | None:
    """"Quần áo bị ướt hết rồi." as "The clothes are all wet.", "Quần áo phơi lại bị ướt rồi." as "The washing got
    wet again.", "Quần áo bị dính mưa." as "The clothes got rained on." (_WET); None for anything else, a plain "bị
    ướt" (mt/laundry.py's), and "mưa", "dính mưa" without "bị"."""
    m = _WET.fullmatch(text)
    if not m or not (m["bi"] or m["how"]) or (m["rain"] or m["rained"]) and not m["bi"]:
        return None
    what, be_ = ("the washing", "is") if m["hung"] else ("the clothes", "are")
    again, how = " again" * bool(m["again"]), keyed(m["how"] or "")
    wet = {"hết": "all wet", "sũng": "soaked", "": "wet"}[how]
    if m["rained"]:
        return capitalised(f"{what} got rained on{again}") + stop(m["end"])
    if m["rain"]:
        return capitalised(f"{what} got {wet} in the rain{again}") + stop(m["end"])
    if not (how or again):
        return None
    return capitalised(f"{what} got {wet}{again}" if again else f"{what} {be_} {wet}") + stop(m["end"])


def _dry(text: str) -> str | None:
    """"Quần áo phơi ngoài ban công khô chưa?" as "Is the washing on the balcony dry yet?", "Quần áo phơi cả ngày rồi
    mà vẫn chưa khô." as "The washing has been out all day and still isn't dry." (_DRY); None for anything else."""
    m = _DRY.fullmatch(text)
    asked, tail = bool(m) and "?" in m["end"], keyed(m and m["tail"] or "")
    if not m or asked != (tail == "chưa") or asked and (m["not"] or m["still"] or m["day"]):
        return None
    what = f"the washing{' ' + _PLACES[keyed(m['place'])] if m['place'] else ''}"
    if asked:
        return f"Is {what} dry yet?"
    if tail:
        return None if m["not"] or m["still"] or m["day"] else capitalised(f"{what} is dry now") + stop(m["end"])
    if not m["not"]:
        return None
    if m["day"]:
        return capitalised(f"{what} has been out all day and still isn't dry") + stop(m["end"])
    return capitalised(f"{what} still isn't dry" if m["still"] else f"{what} isn't dry yet") + stop(m["end"])


def _told_vi(text: str) -> str | None:
    """"It's going to rain, quick, bring the washing in!" as "Trời sắp mưa, mau rút quần áo vào đi!", "Bring the
    washing in before it rains." as "Rút quần áo vào đi kẻo trời mưa." (_TOLD_EN); None for anything else, and a
    plain "Bring the washing in." (mt/laundry.py's; "Take the washing in." is taken here)."""
    m = _TOLD_EN.fullmatch(text)
    if not m or not (m["quick"] or m["lest"] or m["w1"] or m["w2"] or m["take"]) or m["w1"] and m["w2"]:
        return None
    said = f"{'mau ' * bool(m['quick'])}rút quần áo vào đi{' kẻo trời mưa' * bool(m['lest'])}"
    if m["w1"]:
        said = f"{_WEATHER_VI[keyed(m['w1'])]}, {said}"
    elif m["w2"]:
        said = f"{said}, {_WEATHER_VI[keyed(m['w2'])]}"
    return capitalised(said) + stop(m["end"])


def _forgot_vi(text: str) -> str | None:
    """"I forgot to bring the washing in." as "Tôi quên rút quần áo vào.", "Did you forget to bring the washing in?"
    as "Bạn có quên rút quần áo vào không?" (_FORGOT_EN); None for anything else, "I" asked, and a pet."""
    m = _FORGOT_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked != (m["verb"] == "forget") or asked and m["again"]:
        return None
    if (said := person_of(m, asked, "en")) is None:
        return None
    if asked:
        return capitalised(f"{said[0]} có quên rút quần áo vào không?")
    return capitalised(f"{said[0]} {'lại ' * bool(m['again'])}quên rút quần áo vào") + stop(m["end"])


def _who_in_vi(text: str) -> str | None:
    """"Who brought the washing in?" as "Ai đã rút quần áo vào?" (_WHO_IN_EN), "Thanks for bringing the washing in."
    as "Cảm ơn bạn đã rút quần áo vào." (_THANKS_EN); None for anything else."""
    if m := _THANKS_EN.fullmatch(text):
        return f"Cảm ơn bạn đã rút quần áo vào{stop(m['end'])}"
    return "Ai đã rút quần áo vào?" if _WHO_IN_EN.fullmatch(text) else None


# what English says of hanging it out (the question, the auxiliary as one, the verb, the adverb) and how Vietnamese
# says it ("{t}": "quần áo" and the place)
_HUNG_VI = {("", "", "hung", ""): "đã phơi {t}", ("", "", "hung", "just"): "vừa phơi {t}",
            ("", "be", "hanging", ""): "đang phơi {t}", ("", "have", "hung", ""): "đã phơi {t} rồi",
            ("", "have", "hung", "already"): "đã phơi {t} rồi", ("", "have", "hung", "just"): "vừa phơi {t}",
            ("", "will", "hang", ""): "sẽ phơi {t}", ("", "have to", "hang", ""): "phải phơi {t}",
            ("", "have not", "hung", ""): "chưa phơi {t}", ("have", "", "hung", ""): "đã phơi {t} chưa?"}
_AUX_SAME = {"'m": "be", "'re": "be", "am": "be", "is": "be", "are": "be", "'ve": "have", "has": "have", "'ll": "will",
             "haven't": "have not", "hasn't": "have not", "has not": "have not", "has to": "have to"}


def _hung_vi(text: str) -> str | None:
    """"I'm hanging the washing out on the balcony." as "Tôi đang phơi quần áo ngoài ban công.", "Have you hung the
    washing out in the sun yet?" as "Bạn đã phơi quần áo ngoài nắng chưa?" (_HUNG_EN, _HUNG_VI); None for anything
    else, "I" asked, a pet, and where the auxiliary does not agree with who ("She have", "I is")."""
    m = _HUNG_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or (said := person_of(m, asked, "en")) is None:
        return None
    aux = " ".join((m["aux"] or "").split())
    first = (m["q"] or aux.split(" ")[0]).lower().replace("n't", "")
    same = _AUX_SAME.get(aux, aux) if aux != "'s" else "be" if m["verb"] == "hanging" else "have"
    shape = _HUNG_VI.get(((m["q"] or "").lower().replace("has", "have"), same, m["verb"], m["adv"] or ""))
    if shape is None or not first_agrees(first, *said) or m["yet"] and not (asked or same == "have not"):
        return None
    return capitalised(f"{said[0]} {shape.format(t='quần áo ' + _PLACES_VI[keyed(m['place'])])}") + (
        "" if asked else stop(m["end"]))


def _hang_vi(text: str) -> str | None:
    """"Hang out the washing on the balcony." as "Phơi quần áo ngoài ban công đi.", "Put the washing out in the sun to
    dry." as "Mang quần áo ra phơi nắng đi." (_HANG_EN); None for anything else, and the sun said twice."""
    m = _HANG_EN.fullmatch(text)
    if not m or m["w1"] and m["w2"]:
        return None
    if m["put"]:
        to = {"on the balcony": " ban công", "in the yard": " sân"}.get(keyed(m["to"] or ""), "")
        said = f"mang quần áo ra{to} phơi{' nắng' * (keyed(m['to'] or '') == 'in the sun')} đi"
    else:
        said = f"phơi quần áo{' ' + _PLACES_VI[keyed(m['place'])] if m['place'] else ''} đi"
    weather = m["w1"] or m["w2"]
    if weather:
        vi = _WEATHER_VI[keyed(weather)]
        said = f"{vi}, {said}" if m["w1"] else f"{said}, {vi}"
    return capitalised(said) + stop(m["end"])


def _out_vi(text: str) -> str | None:
    """"The washing is still out on the balcony." as "Quần áo vẫn còn phơi ngoài ban công.", "It's raining and the
    washing is still out!" as "Trời đang mưa mà quần áo vẫn còn phơi ngoài trời!" (_OUT_EN); None for anything
    else."""
    m = _OUT_EN.fullmatch(text)
    if not m or m["w1"] and m["drying"]:
        return None
    if m["drying"]:
        place = keyed(m["place2"])
        said = f"quần áo đang phơi {'ngoài kia' if place == 'out there' else _PLACES_VI[place]}"
    else:
        place = keyed(m["place"] or "outside")
        said = f"quần áo vẫn còn phơi {'ngoài kia' if place == 'there' else _PLACES_VI[place]}"
    return capitalised(f"{_WEATHER_VI[keyed(m['w1'])]} mà {said}" if m["w1"] else said) + stop(m["end"])


def _wet_vi(text: str) -> str | None:
    """"The washing is all wet." as "Quần áo bị ướt hết rồi.", "The washing got wet again." as "Quần áo lại bị ướt
    rồi.", "The washing got rained on." as "Quần áo bị dính mưa." (_WET_EN); None for anything else, and where "is"
    or "are" does not agree ("The clothes is")."""
    m = _WET_EN.fullmatch(text)
    if not m or m["be"] and (m["be"] in ("are", "'re")) != (m["what"] == "clothes"):
        return None
    state, again = keyed(m["state"] or m["got"]), "lại " * bool(m["again"])
    if m["rain"]:
        said = {"wet": "bị dính mưa", "all wet": "bị mưa ướt hết", "soaked": "bị mưa ướt sũng"}.get(state)
    else:
        said = {"all wet": "bị ướt hết" + " rồi" * bool(m["be"]), "soaked": "bị ướt sũng", "rained on":
                "bị dính mưa", "wet": "bị ướt" + " rồi" * bool(m["again"])}[state]
    return said and f"Quần áo {again}{said}{stop(m['end'])}"


def _dry_vi(text: str) -> str | None:
    """"Is the washing on the balcony dry yet?" as "Quần áo phơi ngoài ban công khô chưa?", "The washing has been out
    all day and still isn't dry." as "Quần áo phơi cả ngày rồi mà vẫn chưa khô." (_DRY_EN); None for anything else,
    and the washing dry with no place (mt/laundry.py's)."""
    m = _DRY_EN.fullmatch(text)
    asked, be_, when = bool(m and m["q"]), keyed(m and m["be"] or ""), keyed(m and m["when"] or "")
    if not m or asked != ("?" in m["end"]) or asked == bool(be_):
        return None
    what = f"Quần áo phơi{' ' + _PLACES_VI[keyed(m['place'])] if m['place'] else ''}"
    if "all day" in be_:
        return None if when else f"{what} cả ngày rồi mà vẫn chưa khô{stop(m['end'])}"
    if not m["place"]:
        return None
    if asked:
        return f"{what} khô chưa?" if when == "yet" else None
    if be_ in ("isn't", "is not"):
        return f"{what} chưa khô{stop(m['end'])}" if when == "yet" else None
    return f"{what} khô rồi{stop(m['end'])}" if when == "now" else None
