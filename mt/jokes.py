"""Joking and laughing, both ways, written whole by rule: who is (only, not) joking or kidding, said or asked, "Just
kidding.", stop joking, stop or don't laugh (at whom), what is so funny, why or at what who is laughing, that being
(not, so) funny, a joke asked for or known, who makes whom laugh, who can't stop laughing. v8 (rules on) reads "đùa"
as done, "buồn cười" as sad, "chuyện cười" as laughter and "funny" as pleased or fun: "Bạn đùa à?" → "Are you
joked?", "Anh ấy đùa đấy." → "He joked.", "Đừng đùa nữa." → "Don't joke.", "Đừng cười tôi nữa." → "Don't laugh me
anymore.", "Điều đó không buồn cười." → "That's not sad.", "Buồn cười quá!" → "The laughter is too!", "Bạn cười gì
vậy?" → "What do you laugh?", "Kể chuyện cười đi." → "Let's talk to.", "Bạn làm tôi cười." → "You laughed me.",
"Tôi không nhịn được cười." → "I can't binary laugh."; "That's not funny." → "Đó không hài lòng.", "That's so
funny!" → "Thật vui vì vậy!", "Stop joking around." → "Dừng đùa quanh.", "Are you kidding me?" → "Bạn đang đùa tôi
không?", "Just kidding." → "Chỉ cần đùa.", "You must be joking." → "Bạn phải đùa.", "What's so funny?" → "Niềm vui
như thế nào?", "Tell me a joke." → "Hãy nói cho tôi một trò đùa.", "Don't laugh at me." → "Đừng cười với tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN) joking with "thôi", "chỉ", "đấy", "đang", or not ("không … đâu"), now or before
("đã", "was"), said; asked with "à", "hả", "sao", "phải không" ("Bạn đùa tôi à?", "Are you kidding me?"); "Đùa
thôi.", "Just kidding."; "You're kidding!", "You must be joking." (as asked: "Bạn đùa à?"); "Đừng đùa nữa.", "Stop
joking (around)."; "Đừng cười (whom) (nữa).", "Don't laugh (at whom).", "Stop laughing (at whom)."; "Có gì buồn cười
vậy?", "What's so funny?"; "Bạn cười gì vậy?", "Sao bạn lại cười?" (who asked); that or this (not, so, really, very)
funny ("buồn cười", "hài hước" with a subject), "How funny!"; "Kể chuyện cười đi.", "Tell me a joke.", "Can you tell
me a joke?", "Do you know any jokes?"; who (always) makes whom laugh; who can't stop laughing. Left: "anh", "chị",
"em" alone saying it (the speaker or the listener), "Anh ấy đùa." alone (a habit or done?), "Đừng đùa." (no way?),
"Bạn có đùa không?", "đùa với" (mess with), people funny ("Bạn hài hước quá.": the phrasebook's; "My friend is very
funny.": mt/traits.py), "Không vui đâu." (fun), "Very funny." (sarcastic), "It was a joke.", "Thật à?", "Really?"
(mt/agreeing.py's), "I'm serious.", and anything else.
mt.phrasebook.translate tries these after mt/hunger.py.

    >>> translate("Bạn đùa tôi à?", "vi", "en"), translate("That's not funny.", "en", "vi")
    ('Are you kidding me?', 'Chuyện đó không buồn cười đâu.')
"""
from __future__ import annotations

from .ever import YOU
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, SOFTENER, be, capitalised, contracted, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đùa|giỡn|cười|hài\s+hước)"),
         "en": lazy(r"(?i:kid|jok|funny|laugh|hilarious)")}

_JOKE = r"(?:nói\s+)?(?:đùa|giỡn)"
_QUESTION = r"(?:\s+(?P<q>à|hả|sao|phải\s+không))?"
# who is joking ("Anh ấy chỉ đùa thôi.", "Tôi không đùa đâu."), or asked ("Bạn đang đùa tôi à?")
_JOKING = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<now>đang)\s+)?(?:(?P<not>không)\s+)?(?:(?P<only>chỉ)\s+)?{_JOKE}"
               rf"(?:\s+(?P<me>tôi))?(?:\s+(?P<tail>thôi(?:\s+mà)?|đấy|đó|mà|đâu))?{_QUESTION}{SOFTENED_END}")
# ... no one said ("Đùa thôi.": just kidding; "Đùa à?": are you kidding?)
_JUST = lazy(rf"(?i:(?:chỉ\s+)?{_JOKE}\s+(?:(?P<just>thôi|đấy|đó)(?:\s+mà)?|(?P<q>à|hả|sao)))\s*(?P<end>[.!?]*)")
# don't, stop: "Đừng đùa nữa." (stop joking: "Đừng đùa." alone is also "no way"), "Đừng cười tôi nữa."
_STOP = lazy(rf"(?:(?i:thôi)\s*,?\s+)?(?:(?i:{YOU})\s+)?(?i:đừng)\s+(?:(?P<joke>{_JOKE})|(?P<laugh>cười)"
             rf"(?:\s+(?:nhạo\s+)?{WHOM})?)(?:\s+(?P<more>nữa))?(?:\s+(?:mà|đi|nhé|nha))?\s*(?P<end>[.!]*)")
# that (not, so …) funny ("Điều đó không buồn cười.", "Buồn cười quá!"); "hài hước" of a subject only (of a person
# alone it is mt/traits.py's "funny")
_THIS = {"điều này", "chuyện này", "cái này"}
_FUNNY = lazy(r"(?:(?P<that>(?i:(?:điều|chuyện|cái)\s+(?:đó|này|ấy)|thế))\s+)?"
              r"(?:(?P<really>(?i:thật(?:\s+là)?|rất))\s+)?(?:(?P<not>(?i:không|chẳng))\s+)?"
              r"(?P<word>(?i:buồn\s+cười|hài\s+hước))(?:\s+(?P<after>quá|thật|lắm|chút\s+nào|đâu))?"
              r"\s*(?P<end>[.!]*)")
_WHAT_FUNNY = lazy(r"(?i:có\s+gì\s+(?:mà\s+)?buồn\s+cười)(?:\s+(?:thế|vậy|à|hả))?\s*\?+")
# why or at what who is laughing ("Bạn cười gì vậy?", "Sao anh ấy lại cười?"; no one said: you)
_LAUGHING = lazy(rf"(?:(?P<why>(?i:tại\s+sao|sao))\s+)?(?:{WHO}\s+)?(?:lại\s+)?(?:đang\s+)?(?i:cười)"
                 r"(?:\s+(?P<what>(?:cái\s+)?gì))?(?:\s+(?:thế|vậy))?\s*\?+")
# a joke asked for ("Kể cho tôi nghe một chuyện cười đi."), asked whether one can tell it, or knows one
_TOLD = {"tôi": "me", "chúng tôi": "us", "mọi người": "everyone"}
_TOLD_VI = {en: vi for vi, en in _TOLD.items()}
_A_JOKE = r"(?:(?:một|1)\s+)?(?:câu\s+)?(?:chuyện|truyện)\s+cười"
_TO = r"(?:tôi|chúng\s+tôi|mọi\s+người)"
_TELL = lazy(rf"(?:(?i:{YOU})\s+)?(?:(?P<hay>(?i:hãy))\s+)?(?i:kể)\s+(?:cho\s+(?P<whom>{_TO})\s+(?:nghe\s+)?)?"
             rf"{_A_JOKE}(?:\s+cho\s+(?P<whom2>{_TO})\s+nghe)?(?:\s+(?P<go>đi|nào|nhé|nha))?\s*[.!]*")
_CAN_TELL = lazy(rf"{WHO}\s+(?:có\s+thể\s+)?kể\s+cho\s+(?P<whom>{_TO})\s+(?:nghe\s+)?{_A_JOKE}\s+"
                 rf"(?:được\s+)?không{SOFTENER}\s*\?+")
_KNOW = lazy(rf"{WHO}\s+có\s+biết\s+(?:câu\s+)?(?:chuyện|truyện)\s+cười\s+nào(?:\s+(?P<good>hay))?\s+không"
             rf"{SOFTENER}\s*\?+")
# who makes whom laugh ("Bạn luôn làm tôi cười."), who can't help it ("Tôi không nhịn được cười.")
_MAKES = lazy(rf"{WHO}\s+(?:(?P<always>luôn(?:\s+luôn)?|lúc\s+nào\s+cũng)\s+)?(?:làm|khiến)\s+(?:cho\s+)?{WHOM}"
              r"\s+(?:bật\s+)?cười(?:\s+(?P<much>quá|nhiều\s+lắm))?\s*(?P<end>[.!]*)")
_CANT = lazy(rf"{WHO}\s+không\s+(?P<can>thể\s+)?nhịn\s+(?P<got>được\s+)?cười{SOFTENED_END}")

# ... and in English
_JOKING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}(?:(?P<must>\s+must\s+be)|(?P<be>\s+is|\s+am|\s+are|"
                  r"\s+was|\s+were|['’]s|['’]m|['’]re)(?P<not>\s+not|n['’]t)?)?\s+(?:(?P<only>just|only)\s+)?"
                  r"(?:joking|kidding)(?:\s+(?P<me>me))?(?:\s+around)?(?P<right>,?\s+right)?\s*(?P<end>[.!?]*)")
_JUST_EN = lazy(r"(?i:(?:just|only)\s+(?:kidding|joking))\s*(?P<end>[.!]*)")
_STOP_EN = lazy(rf"(?:(?i:please)\s+)?(?:(?P<stop>(?i:stop))|(?i:don['’]t|do\s+not))\s+(?P<verb>joking|kidding|"
                rf"laughing|laugh)(?P<around>\s+around)?(?:\s+at\s+{WHOM_EN})?(?:,?\s+please)?\s*(?P<end>[.!]*)")
_FUNNY_EN = lazy(r"(?P<that>(?i:that|this|it))(?:(?:['’]s|\s+is)(?P<not>\s+not)?|\s+is(?P<nt>n['’]t))"
                 r"(?:\s+(?P<how>so|really|very))?\s+(?P<word>funny|hilarious)(?P<all>\s+at\s+all)?"
                 r"\s*(?P<end>[.!]*)|(?i:how|so)\s+funny\s*(?P<end2>!+)")
_WHAT_FUNNY_EN = lazy(r"(?i:what['’]s|what\s+is)\s+(?:so\s+)?funny\s*\?+")
_LAUGHING_EN = lazy(rf"(?:(?P<what>What)|Why)\s+(?P<be0>are|is|am)\s+{WHO_EN}\s+laughing(?P<at>\s+at)?\s*\?+")
_TELL_EN = lazy(r"(?:(?i:please)\s+)?(?P<can>(?:Can|Could|Will|Would)\s+you\s+(?:please\s+)?)?(?i:tell)\s+"
                r"(?P<whom>me|us|everyone)\s+a\s+(?P<good>good\s+|funny\s+)?joke(?:,?\s+please)?"
                r"\s*(?P<end>[.!?]*)")
_KNOW_EN = lazy(rf"(?P<do>Do|Does)\s+{WHO_EN}\s+know\s+any\s+(?P<good>good\s+|funny\s+)?jokes\s*\?+")
_MAKES_EN = lazy(rf"{WHO_EN}(?:\s+(?P<always>always))?\s+(?P<verb>makes?|made)\s+{WHOM_EN}\s+laugh"
                 r"(?P<much>\s+so\s+much|\s+a\s+lot)?\s*(?P<end>[.!]*)")
_CANT_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not|couldn['’]t|could\s+not)\s+(?:stop|help)\s+laughing"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about joking, laughing or something funny; None for any other."""
    if src == "vi":
        return (_joking(text) or _stop(text) or _funny(text) or _laughing(text) or _tell(text) or _makes(text))
    return (_joking_vi(text) or _stop_vi(text) or _funny_vi(text) or _laughing_vi(text) or _tell_vi(text) or
            _makes_vi(text))


def _joking(text: str) -> str | None:
    """"Anh ấy đùa đấy." as "He's joking.", "Tôi chỉ đùa thôi." as "I'm only joking.", "Tôi không đùa đâu." as
    "I'm not joking.", "Bạn đùa tôi à?" as "Are you kidding me?", "Đùa thôi." as "Just kidding." (_JOKING, _JUST);
    None for anything else, and for "Anh ấy đùa." alone (a habit, or done?)."""
    if m := _JUST.fullmatch(text):
        if bool(m["q"]) != ("?" in m["end"]):
            return None
        return "Are you kidding?" if m["q"] else f"Just kidding{stop(m['end'])}"
    m = _JOKING.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    tail = (m["tail"] or "").split(" ")[0]
    if asked:
        if m["not"] or m["only"] or m["did"] or tail in ("thôi", "đâu", "mà") or who_ in ("I", "we"):
            return None
        return f"{be(who_).capitalize()} {who_} kidding{' me' * bool(m['me'])}?"
    if m["me"] or tail == "đâu" and not m["not"] or m["not"] and tail not in ("", "đâu") or m["not"] and m["only"] or \
            not (m["not"] or m["only"] or tail or m["now"]):
        return None
    how = "not " if m["not"] else "only " if m["only"] or tail == "thôi" else ""
    if m["did"]:
        was = "was" if one or who_ == "I" else "were"
        return capitalised(f"{who_} {was}n't joking." if m["not"] else f"{who_} {was} {how}joking.")
    return capitalised(contracted(who_, f"{be(who_)} {how}joking."))


def _stop(text: str) -> str | None:
    """"Đừng đùa nữa." as "Stop joking.", "Đừng cười tôi." as "Don't laugh at me.", "Đừng cười nữa." as "Stop
    laughing." (_STOP); None for anything else, and for "Đừng đùa." ("no way" too)."""
    m = _STOP.fullmatch(text)
    if not m or m["joke"] and not m["more"]:
        return None
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if m["whom"] and not whom:
        return None
    at = f" at {whom}" if whom else ""
    if m["joke"]:
        return f"Stop joking{stop(m['end'])}"
    return f"Stop laughing{at}{stop(m['end'])}" if m["more"] else f"Don't laugh{at}{stop(m['end'])}"


def _funny(text: str) -> str | None:
    """"Điều đó không buồn cười." as "That's not funny.", "Buồn cười quá!" as "That's so funny!", "Chuyện này
    hài hước thật." as "This is really funny.", "Có gì buồn cười vậy?" as "What's so funny?" (_FUNNY,
    _WHAT_FUNNY); None for anything else, and for "hài hước" with no subject (of a person?)."""
    if _WHAT_FUNNY.fullmatch(text):
        return "What's so funny?"
    m = _FUNNY.fullmatch(text)
    if not m or "hài" in m["word"].lower() and not m["that"]:
        return None
    really, after = (m["really"] or "").lower(), m["after"] or ""
    if m["not"]:
        if really or after in ("quá", "thật"):
            return None
        how = "not very " if after == "lắm" else "not "
    elif after in ("đâu", "chút nào") or really and after or not (really or after or m["that"]):
        return None
    else:
        how = "so " if after == "quá" else "very " if "rất" in really or after == "lắm" else \
            "really " if really or after else ""
    that = "This is" if " ".join((m["that"] or "").lower().split()) in _THIS else "That's"
    return f"{that} {how}funny{' at all' * (after == 'chút nào')}{stop(m['end'])}"


def _laughing(text: str) -> str | None:
    """"Bạn cười gì vậy?" as "What are you laughing at?", "Sao anh ấy lại cười?" as "Why is he laughing?"
    (_LAUGHING; no one said: "you"); None for anything else."""
    m = _LAUGHING.fullmatch(text)
    if not m or bool(m["why"]) == bool(m["what"]):
        return None
    said = who(m, True) if any(m[g] for g in ("who", "kin", "titled", "given")) else ("you", False)
    if said is None or said[0] in ("I", "we"):
        return None
    be_ = be(said[0])
    return f"What {be_} {said[0]} laughing at?" if m["what"] else f"Why {be_} {said[0]} laughing?"


def _tell(text: str) -> str | None:
    """"Kể cho tôi nghe một chuyện cười đi." as "Tell me a joke.", "Bạn có thể kể cho tôi một chuyện cười không?"
    as "Can you tell me a joke?", "Bạn có biết chuyện cười nào không?" as "Do you know any jokes?" (_TELL,
    _CAN_TELL, _KNOW); None for anything else."""
    if (m := _TELL.fullmatch(text)) and (m["hay"] or m["go"]) and not (m["whom"] and m["whom2"]):
        whom = " ".join((m["whom"] or m["whom2"] or "chúng tôi").split())
        return f"Tell {_TOLD[whom]} a joke."
    if (m := _CAN_TELL.fullmatch(text)) and (said := who(m, True)) and said[0] == "you":
        return f"Can you tell {_TOLD[' '.join(m['whom'].split())]} a joke?"
    if (m := _KNOW.fullmatch(text)) and (said := who(m, True)):
        return f"{'Does' if said[1] else 'Do'} {said[0]} know any {'good ' * bool(m['good'])}jokes?"
    return None


def _makes(text: str) -> str | None:
    """"Bạn làm tôi cười." as "You make me laugh.", "Cô ấy luôn làm tôi cười." as "She always makes me laugh.",
    "Tôi không nhịn được cười." as "I can't stop laughing." (_MAKES, _CANT); None for anything else."""
    if (m := _CANT.fullmatch(text)) and (m["can"] or m["got"]) and "?" not in m["end"] and (said := who(m, False)):
        return capitalised(f"{said[0]} can't stop laughing{stop(m['end'])}")
    m = _MAKES.fullmatch(text)
    if not m or (said := who(m, False)) is None or (whom := as_whom(m["whom"], "vi")) is None:
        return None
    who_, one = said
    if whom == {"I": "me", "we": "us"}.get(who_, who_):  # ("Tôi làm tôi cười.")
        return None
    much = " so much" if m["much"] else ""
    always = "always " if m["always"] else ""
    return capitalised(f"{who_} {always}{'makes' if one else 'make'} {whom} laugh{much}{stop(m['end'])}")


def _joking_vi(text: str) -> str | None:
    """"He's only joking." as "Anh ấy chỉ đùa thôi.", "I'm not kidding." as "Tôi không đùa đâu.", "Are you kidding
    me?" as "Bạn đùa tôi à?", "You must be joking." as "Bạn đùa à?", "Just kidding." as "Đùa thôi." (_JOKING_EN,
    _JUST_EN); None for anything else, and where "is", "are" … does not agree with who."""
    if m := _JUST_EN.fullmatch(text):
        return f"Đùa thôi{stop(m['end'])}"
    m = _JOKING_EN.fullmatch(text)
    if not m:
        return None
    who_ = who_vi(m)[0]
    me = " tôi" if m["me"] else ""
    asked, you = "?" in m["end"], who_ == "bạn"
    if m["be0"]:
        if not asked or m["be"] or m["must"] or m["only"] or m["right"] or who_ in ("tôi", "chúng tôi") or \
                not be_agrees(m, m["be0"]):
            return None
        return capitalised(f"{who_} đùa{me} à?")
    past = (m["be"] or "").strip() in ("was", "were")
    if not (m["be"] and be_agrees(m, m["be"], past) or m["must"] and you):
        return None
    negated = m["not"]
    if you and not (negated or m["only"] or past):  # ("You're kidding!", "You must be joking.": not believed)
        return f"Bạn đùa{me} à?"
    if m["me"] or asked or m["right"] or m["must"] or you and negated or negated and m["only"]:
        return None  # ("You're not kidding!": how right you are; "He isn't just kidding.": half meant)
    said = "không đùa đâu" if negated else "chỉ đùa thôi" if m["only"] else "đùa đấy"
    return capitalised(f"{who_} {said}{stop(m['end'])}")


def _stop_vi(text: str) -> str | None:
    """"Stop joking around." as "Đừng đùa nữa.", "Don't laugh at me." as "Đừng cười tôi.", "Stop laughing at me." as
    "Đừng cười tôi nữa." (_STOP_EN); None for anything else ("Don't laughing.", "Stop joke.")."""
    m = _STOP_EN.fullmatch(text)
    if not m:
        return None
    verb = m["verb"]
    whom = m["whom"] and as_whom(m["whom"], "en")
    if m["whom"] and not whom or bool(m["stop"]) != verb.endswith("ing") or m["around"] and verb.startswith("laugh"):
        return None
    if verb in ("joking", "kidding"):
        return None if whom else f"Đừng đùa nữa{stop(m['end'])}"
    return f"Đừng cười{' ' + whom if whom else ''}{' nữa' * bool(m['stop'])}{stop(m['end'])}"


def _funny_vi(text: str) -> str | None:
    """"That's not funny." as "Chuyện đó không buồn cười đâu.", "That's so funny!" as "Chuyện đó buồn cười quá!",
    "It's not funny at all." as "Không buồn cười chút nào.", "What's so funny?" as "Có gì buồn cười vậy?"
    (_FUNNY_EN, _WHAT_FUNNY_EN); None for anything else ("It isn't hilarious.")."""
    if _WHAT_FUNNY_EN.fullmatch(text):
        return "Có gì buồn cười vậy?"
    m = _FUNNY_EN.fullmatch(text)
    if not m:
        return None
    if m["end2"]:
        return "Buồn cười quá!"
    that = {"that": "chuyện đó ", "this": "chuyện này ", "it": ""}[m["that"].lower()]
    how, negated = m["how"] or "", m["not"] or m["nt"]
    if negated:
        if m["word"] == "hilarious" or how in ("so", "really"):
            return None
        said = "không buồn cười chút nào" if m["all"] else "không buồn cười lắm" if how else "không buồn cười đâu"
    elif m["all"] or m["word"] == "hilarious" and how:
        return None
    else:
        said = "buồn cười quá" if how == "so" or m["word"] == "hilarious" else \
            "rất buồn cười" if how == "very" else "buồn cười thật"
    return capitalised(f"{that}{said}{stop(m['end'])}")


def _laughing_vi(text: str) -> str | None:
    """"What are you laughing at?" as "Bạn cười gì vậy?", "Why is he laughing?" as "Sao anh ấy lại cười?"
    (_LAUGHING_EN); None for anything else, and where "is", "are" does not agree with who."""
    m = _LAUGHING_EN.fullmatch(text)
    if not m or bool(m["what"]) != bool(m["at"]) or not be_agrees(m, m["be0"]):
        return None
    who_ = who_vi(m)[0]
    if who_ in ("tôi", "chúng tôi"):
        return None
    return capitalised(f"{who_} cười gì vậy?") if m["what"] else f"Sao {who_} lại cười?"


def _tell_vi(text: str) -> str | None:
    """"Tell me a joke." as "Kể cho tôi nghe một chuyện cười đi.", "Can you tell us a joke?" as "Bạn có thể kể cho
    chúng tôi nghe một chuyện cười không?", "Do you know any good jokes?" as "Bạn có biết chuyện cười nào hay
    không?" (_TELL_EN, _KNOW_EN); None for anything else."""
    if m := _TELL_EN.fullmatch(text):
        if bool(m["can"]) != ("?" in m["end"]):
            return None
        told = f"kể cho {_TOLD_VI[m['whom'].lower()]} nghe một chuyện cười{' hay' * ('good' in (m['good'] or ''))}"
        return f"Bạn có thể {told} không?" if m["can"] else f"{capitalised(told)} đi."
    m = _KNOW_EN.fullmatch(text)
    if not m or (m["do"] == "Does") != who_vi(m)[1]:
        return None
    return capitalised(f"{who_vi(m)[0]} có biết chuyện cười nào{' hay' * bool(m['good'])} không?")


def _makes_vi(text: str) -> str | None:
    """"You make me laugh." as "Bạn làm tôi cười.", "She always makes me laugh." as "Cô ấy luôn làm tôi cười.", "I
    can't stop laughing." as "Tôi không nhịn được cười." (_MAKES_EN, _CANT_EN); None for anything else, and where
    "make" does not agree with who ("He make me laugh.")."""
    if m := _CANT_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} không nhịn được cười{stop(m['end'])}")
    m = _MAKES_EN.fullmatch(text)
    if not m or (whom := as_whom(m["whom"], "en")) is None:
        return None
    who_, one = who_vi(m)
    if m["verb"] != "made" and (m["verb"] == "makes") != one or whom == who_:
        return None
    much = " nhiều lắm" if m["much"] else ""
    return capitalised(f"{who_} {'luôn ' * bool(m['always'])}làm {whom} cười{much}{stop(m['end'])}")
