"""Clothes and shoes mended, altered or made, both ways, written whole by rule. v8 reads "cúc" as a puppy, "vá" as
dressing, "may" as luck or a wife, "gấu" as a bear: "Bạn có thể khâu lại cái cúc này không?" → "Can you stitch the
puppy?", "Áo của tôi bị rách." → "My tears were spared.", "Giày của tôi bị mòn." → "My shoes were curious.", "Tôi đi
may áo dài." → "I went to ao dai.", "Thợ may đang may cho tôi một bộ vest." → "The wife may be giving me an
estivator.", "Cô ấy đã vá áo khoác cho tôi." → "She dressed me.", "Tôi cần lên gấu cái quần này." → "I need to bend
this clothes."; "Can you sew this button back on?" → "Bạn có thể lấy cái nút này trở lại không?", "My shirt is
torn." → "Chiếc áo của tôi là áo phông.", "I'm having an ao dai made." → "Tôi có áo dài làm.", "She mended my
jacket." → "Cô ấy đành áo khoác của tôi.", "I need to get these trousers shortened." → "Tôi cần đến những kẻ lừa dối
này.", "Is there a tailor near here?" → "Có một cửa hiệu ở gần đây không?".

Taken: a thing of mt.outfits.OUTFITS, whose (mt.terms.OWNERS, mt.hobbies.SOMEONE) or "này", torn, with a hole, worn
out, a button come off; who (mt.hobbies.WHO, WHO_EN) sewing a button (back) on, mending, repairing shoes, shortening,
taking in ("lên gấu", "bóp eo", "sửa … cho ngắn lại"), "I", "we" or "you" getting it done ("Tôi cần sửa giày.",
"mang … đi sửa"), having a thing made ("đi may", "đặt may", "may đo"), the tailor or someone making someone one ("may
cho tôi"), each with "đã", "vừa", "đang", "sẽ", "cần", "phải", "muốn", or asked "(có thể) … (được) không?"; for
someone, or for oneself after "tôi", "chúng tôi" ("Tôi … cho tôi" → "for myself"); where I can get my shoes repaired
or a thing made; a tailor near here. A thing "của mình" is who's own ("Cô ấy đã vá áo khoác của mình." → "She mended
her jacket."; the speaker's after "tôi" or "bạn", friends' "mình"). Left: "của mình" after a name alone (his or
hers?) or mended for someone (whose?), for who after anyone else ("Anh ấy … cho anh ấy": himself, or another man?),
"cho mình" after anyone but "tôi", or "bạn" asking (oneself, or me?), a verb alone ("Tôi vá áo.": now or a habit),
"Tôi đang may áo dài." and "I" sewing for someone (or having it made?), getting it done now ("I'm getting my suit
altered.": "Tôi đang sửa bộ vest." says I alter it), asked, or by anyone but "I", "we", "you" ("She had her dress
taken in.": "Cô ấy đã sửa váy …" says she did), "anh", "chị", "em" alone saying it (mt.hobbies.who), a thing without
whose ("Giày bị rách."), "sửa" of clothes alone (altered or mended?), a thing torn with "này" and "these"
(mt/returns.py), too big (mt/patterns.py), sizes (mt/sizes.py), ironing (mt/laundry.py), wearing (mt/outfits.py).
mt.phrasebook.translate tries these after mt/work_patterns.py.

    >>> translate("Bạn có thể khâu lại cái cúc này không?", "vi", "en"), translate("My shoes are torn.", "en", "vi")
    ('Can you sew this button back on?', 'Giày của tôi bị rách.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .ever import OBJECTS
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .outfits import OUTFITS, OUTFITS_VI
from .patterns import WORN_IN_PAIRS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_OBJECT, EN_SELF, EN_WHOSE, SOFTENED_END, SOFTENED_QUESTION, alternatives, be,
                   capitalised, contracted, keyed)

_THINGS = {vi: en for vi, en in OUTFITS.items() if en != "outfit"}
_THINGS_VI = {en: vi for en, vi in OUTFITS_VI.items() if en != "outfit"}
_FEET = {"shoes", "sandals", "trainers", "sneakers"}  # repaired, not mended; "đôi giày"
_MANY = WORN_IN_PAIRS | _FEET | {"jeans", "shorts"}  # "these jeans are"
_SEWN = {vi: en for vi, en in _THINGS.items() if en not in _MANY | {"hat"}}  # what is made: "một chiếc áo dài"
_SEWN_VI = {en: vi for en, vi in _THINGS_VI.items() if en not in _MANY | {"hat"}}
_WHOSE_OF_WHOM = {EN_OBJECT[w]: EN_WHOSE[w] for w in EN_OBJECT}  # ("for me": "my shoes")
_KEYS = {"vi": lazy(r"(?i:khâu|đơm|đính|vá|rách|thủng|mòn|sờn|cúc|may|gấu|bóp\s+eo|sửa)"),
         "en": lazy(r"(?i:sew|\bmend|repair|\bfix|torn|\bripped|\bhole|worn\s+out|button|made|make|making|tailor|"
                    r"shorten|lengthen|\btake|\btook|\btaken|\btaking|\blet|alter|cobbler)")}

# who, then "đã", "đang", "cần" … ("can" only asked); and a thing of someone's, or "this" one
_AUXES = {"đã": "past", "vừa mới": "just", "vừa": "just", "mới": "just", "đang": "now", "sẽ": "will", "cần": "need",
          "phải": "must", "muốn": "want", "có thể": "can"}
_AUXES_VI = {key: vi for vi, key in _AUXES.items() if vi not in ("vừa mới", "mới")}
_AUX = rf"(?:(?P<aux>{alternatives(_AUXES)})\s+)?"
_TAIL = rf"(?:\s+(?P<can2>được))?{ASKED_END}"
_OWNED = (rf"(?:(?P<one>(?i:cái|chiếc|đôi))\s+)?(?P<thing>(?i:{alternatives(_THINGS)}))"
          rf"(?:\s+(?P<this>này)|\s+(?:của\s+)?{OWNER})?")
_FOR = rf"(?:\s+cho\s+{WHOM})?"
_BUTTON = lazy(rf"{WHO}\s+{_AUX}(?:khâu|đơm|đính)\s+(?P<back>lại\s+)?(?:(?P<a>một)\s+)?(?:(?:cái|chiếc)\s+)?"
               rf"(?:cúc|khuy|nút)(?:\s+áo)?(?:\s+(?P<this>này))?{_FOR}{_TAIL}")
_WORK = lazy(rf"{WHO}\s+{_AUX}(?P<work>lên\s+gấu|bóp\s+eo|sửa|vá|khâu\s+lại|khâu\s+vá)\s+{_OWNED}"
             rf"(?:\s+cho\s+(?P<how>ngắn|dài|nhỏ|chật|rộng)\s+(?:lại|ra|hơn))?{_FOR}{_TAIL}")
_TAKEN = lazy(rf"{WHO}\s+{_AUX}(?P<take>mang|đem)\s+{_OWNED}\s+đi\s+(?P<work>sửa|vá|lên\s+gấu){_TAIL}")
_STATE = lazy(rf"{_OWNED}\s+(?:đã\s+)?(?:bị\s+)?(?P<state>rách(?P<hole>\s+một\s+lỗ)?|thủng(?:\s+một\s+lỗ)?|mòn|sờn|"
              r"(?:đứt|mất)\s+(?:một\s+)?(?:cái\s+)?(?:cúc|khuy|nút))(?:\s+(?:hết\s+)?rồi)?" + SOFTENED_END)
_A_SEWN = rf"(?:(?P<a>một)\s+)?(?:(?:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(_SEWN)}))(?P<new>\s+mới)?"
_MADE = lazy(rf"{WHO}\s+{_AUX}(?P<go>đi\s+)?(?P<order>đặt\s+)?may(?P<measure>\s+đo)?\s+{_A_SEWN}{_FOR}{_TAIL}")
_MAKER = lazy(rf"(?:(?P<tailor>(?i:thợ\s+may))|{WHO})\s+{_AUX}may\s+(?:cho\s+{WHOM}\s+)?{_A_SEWN}"
              rf"(?:\s+cho\s+(?P<whom2>(?i:{alternatives(OBJECTS)})))?{_TAIL}")
_WHERE = lazy(r"(?:(?P<who>(?i:tôi|chúng\s+tôi|mình))\s+có\s+thể\s+(?P<act>[^?]+?)\s+ở\s+đâu|"
              rf"(?i:ở\s+đâu|chỗ\s+nào)\s+(?:có\s+thể\s+|có\s+|nhận\s+)?(?P<act2>[^?]+?)){SOFTENED_QUESTION}")
_WHERE_ACT = lazy(rf"(?P<shoes>sửa\s+giày(?:\s+dép)?)|(?:đặt\s+)?may(?P<measure>\s+đo)?\s+{_A_SEWN}")
_PLACES = {"thợ may": "tailor", "tiệm may": "tailor's", "tiệm sửa giày": "shoe repair shop", "thợ sửa giày": "cobbler"}
_PLACES_VI = {en: vi for vi, en in _PLACES.items()}
_THERE = lazy(rf"(?i:(?:ở\s+)?(?:gần|quanh)\s+đây)\s+có\s+(?P<place>{alternatives(_PLACES)})\s+(?:nào\s+)?không"
              + SOFTENED_QUESTION)

# ... and in English ("Can you …", "She's just …", "I'd like to …"), a thing ("my shoes", "these trousers")
_AUX_EN = (r"(?P<aux>['’](?:ve|s)\s+just|\s+(?:have|has)\s+just|(?:['’](?:m|re|s)|\s+(?:am|is|are))(?:\s+going\s+to)?|"
           r"['’]ll|\s+will|['’]d\s+like\s+to|\s+would\s+like\s+to|\s+(?:wants?|needs?|ha(?:ve|s))\s+to)?")
_SAID_EN = rf"(?:(?P<can>Can|Could)\s+)?{WHO_EN}{_AUX_EN}\s+"
_END_EN = r"(?:,?\s+please)?\s*(?P<end>[.!?]*)"
_FOR_EN = rf"(?:\s+for\s+{WHOM_EN})?"
_OWNED_EN = (rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<det>(?i:this|these|the))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<thing>(?i:{alternatives(_THINGS_VI)}))")
# ... by the words after who: (what, whose verb it agrees with, which form of the verb follows)
_AUX_KEYS = {"": ("past", None, 1), "'ve just": ("just", "not", 3), "have just": ("just", "not", 3),
             "'s just": ("just", "one", 3), "has just": ("just", "one", 3), "'m": ("now", "I", 2),
             "am": ("now", "I", 2), "'re": ("now", "are", 2), "are": ("now", "are", 2), "'s": ("now", "one", 2),
             "is": ("now", "one", 2), "'ll": ("will", None, 0), "will": ("will", None, 0),
             "'d like to": ("want", None, 0), "would like to": ("want", None, 0), "want to": ("want", "not", 0),
             "wants to": ("want", "one", 0), "need to": ("need", "not", 0), "needs to": ("need", "one", 0),
             "have to": ("must", "not", 0), "has to": ("must", "one", 0)}
_AUX_KEYS |= {f"{be} going to": ("will", _AUX_KEYS[be][1], 0) for be in ("'m", "am", "'re", "are", "'s", "is")}
_FORMS = {v: (v, f"{v}ed", f"{v}ing", f"{v}ed") for v in ("mend", "repair", "fix", "shorten", "lengthen")} | {
    "take": ("take", "took", "taking", "taken"), "let": ("let", "let", "letting", "let"),
    "sew": ("sew", "sewed", "sewing", "sewn"), "make": ("make", "made", "making", "made"),
    "have": ("have", "had", "having", "had"), "get": ("get", "got", "getting", "got")}
_GOT = ("get", "had", "having", "had")  # getting it done, as written ("I need to get …", "I've just had …")
_BUTTON_EN = lazy(rf"{_SAID_EN}(?P<verb>sew|sewed|sewing|sewn)\s+(?P<det>this|the|a)\s+button\s+(?P<back>back\s+)?on"
                  rf"{_FOR_EN}{_END_EN}")
_WORK_EN = lazy(rf"{_SAID_EN}(?P<verb>(?:shorten|lengthen|repair|mend|fix)(?:ed|ing)?|take|took|taking|taken|let|"
                rf"letting)\s+{_OWNED_EN}(?P<part>\s+in\s+at\s+the\s+waist|\s+in|\s+out|\s+up)?{_FOR_EN}{_END_EN}")
_GOT_EN = lazy(rf"{_SAID_EN}(?P<verb>get|got|getting|have|had|having)\s+{_OWNED_EN}\s+(?P<done>shortened|lengthened|"
               rf"taken\s+in\s+at\s+the\s+waist|taken\s+in|taken\s+up|let\s+out|repaired|fixed|altered){_END_EN}")
_STATE_EN = lazy(rf"{_OWNED_EN}(?:(?P<be>\s+is|\s+are|['’]s|['’]re)\s+(?P<state>torn|ripped|worn\s+out)|"
                 r"\s+(?P<has>has|have)(?:\s+got)?\s+a\s+hole\s+in\s+(?P<it>it|them))\s*(?P<end>[.!]*)")
_OFF_EN = lazy(rf"A\s+button\s+(?:has\s+come|came|['’]s\s+come)\s+off\s+{_OWNED_EN}\s*(?P<end>[.!]*)")
_A_SEWN_EN = rf"(?P<a>an?)\s+(?P<thing>(?i:{alternatives(_SEWN_VI)}))"
_MADE_EN = lazy(rf"{_SAID_EN}(?P<verb>have|had|having|get|got|getting)\s+{_A_SEWN_EN}\s+made"
                rf"(?P<measure>\s+to\s+measure)?{_FOR_EN}{_END_EN}")
_MAKER_EN = lazy(rf"(?:(?P<can>Can|Could)\s+)?(?:(?P<tailor>(?i:the\s+tailor))|{WHO_EN}){_AUX_EN}\s+"
                 rf"(?P<verb>make|made|making)\s+(?:{WHOM_EN}\s+)?{_A_SEWN_EN}"
                 rf"(?:\s+for\s+(?P<whom2>me|him|her|us|them|you))?{_END_EN}")
_WHERE_EN = lazy(rf"Where\s+can\s+(?P<who>I|we)\s+(?:get|have)\s+(?:(?:my|our|the)\s+(?P<shoes>shoes)\s+(?:repaired|"
                 rf"fixed|mended)|{_A_SEWN_EN}\s+made(?P<measure>\s+to\s+measure)?)\s*\?+")
_THERE_EN = lazy(rf"Is\s+there\s+an?\s+(?P<place>{alternatives(_PLACES_VI)})\s+(?:near\s+here|nearby|around\s+here)"
                 r"\s*\?+")
# what is done to a thing: the English verb, what follows the thing, as done; and in Vietnamese
_DONE = {"shorten": ("shorten", "", "shortened"), "lengthen": ("lengthen", "", "lengthened"),
         "take in": ("take", " in", "taken in"), "let out": ("let", " out", "let out"),
         "take in at the waist": ("take", " in at the waist", "taken in at the waist"),
         "take up": ("take", " up", "taken up"), "repair": ("repair", "", "repaired"), "mend": ("mend", "", "mended")}
_DONE_VI = {"shorten": "sửa {} cho ngắn lại", "lengthen": "sửa {} cho dài ra", "take in": "sửa {} cho nhỏ lại",
            "let out": "sửa {} cho rộng ra", "take in at the waist": "bóp eo {}", "take up": "lên gấu {}",
            "repair": "sửa {}", "mend": "vá {}", "alter": "sửa {}"}
_HEMMED = {"trousers", "jeans"}  # shortened for someone: "lên gấu quần cho tôi"
_HOW = {"ngắn": "shorten", "dài": "lengthen", "nhỏ": "take in", "chật": "take in", "rộng": "let out"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a thing to wear is torn or worn out, or who mends, alters or makes it
    or has it done, or where; None for any other."""
    if src == "vi":
        return _state(text) or _button(text) or _work(text) or _made(text) or _maker(text) or _where(text)
    return _state_vi(text) or _button_vi(text) or _work_vi(text) or _made_vi(text) or _maker_vi(text) or _where_vi(text)


def _key(m: re.Match) -> str | None:
    """What a match's "đã", "đang", "cần" … says ("past", "now", "need" …; "can" asked with "có thể" or "được"), ""
    for none said; None where asked and said do not go together ("Tôi có thể vá áo." is not asked)."""
    aux, asked = keyed(m["aux"] or ""), bool(m["asked"])
    if asked != ("?" in m["end"]):
        return None
    if asked:
        return "can" if aux == "có thể" or not aux and m["can2"] else None
    return None if m["can2"] or aux == "có thể" else _AUXES.get(aux, "")


def _said(who_: str, key: str, verb: tuple[str, str, str, str], rest: str) -> str:
    """Who does it as `key` says, in English: "She mended my jacket.", "I've just …", "Can you …?"."""
    base, past, ing, done = verb
    one = be(who_) == "is"
    if key == "can":
        return f"Can {who_} {base} {rest}?"
    if key == "want":
        would = "'d" if who_ in EN_WHOSE else " would"
        return capitalised(f"{who_}{would} like to {base} {rest}.")
    said = {"past": f"{past} {rest}", "just": f"{'has' if one else 'have'} just {done} {rest}",
            "now": f"{be(who_)} {ing} {rest}", "will": f"will {base} {rest}",
            "need": f"need{'s' * one} to {base} {rest}", "must": f"{'has' if one else 'have'} to {base} {rest}"}[key]
    return capitalised(contracted(who_, said)) + "."


def _owned(m: re.Match, own: str | None = None, mine: str | None = "my") -> tuple[str, bool] | None:
    """The thing of a match of _OWNED in English with whose it is, and whether it is many: ("my shoes", True),
    ("this shirt", False), `own` for none said, `mine` for "của mình"; None where that is None, or "đôi áo"."""
    en = _THINGS[keyed(m["thing"])]
    many, one = en in _MANY, keyed(m["one"] or "")
    if one and (one == "đôi") != (en in _FEET):
        return None
    if m["this"]:
        whose = "these" if many else "this"
    elif m["owner"] or m["someone"]:
        whose = (mine if keyed(m["owner"]) == "mình" else OWNERS[keyed(m["owner"])]) if m["owner"] else \
            f"{someone(m['someone'], 'vi')}'s"
    else:
        whose = own
    return (f"{whose} {en}", many) if whose else None


def _whom(m: re.Match, lang: str = "vi", who_: str = "", asked: bool = False) -> str | None:
    """" for me" ("cho tôi", after who said `who_` in English, `asked` or not), " cho mẹ tôi" ("for my mother", `lang`
    "en"); "" for none; None for one not known, or not surely who or another (_for_whom)."""
    whom = m["whom"] and (_for_whom(m["whom"], who_, asked) if lang == "vi" else as_whom(m["whom"], lang))
    return None if m["whom"] and not whom else f" {'for' if lang == 'vi' else 'cho'} {whom}" if whom else ""


def _for_whom(said: str, who_: str, asked: bool = False) -> str | None:
    """Whom said ("tôi", "mẹ tôi", "mình" of WHOM) in English after who said `who_`: "myself" or "ourselves" where it
    is who, "I" or "we"; "me" for "mình" after "you" `asked`; None for anyone else who, or "mình" after anyone else."""
    whom = as_whom(said, "vi")
    if keyed(said) == "mình":
        return "myself" if who_ == "I" else whom if who_ == "you" and asked else None
    if whom and whom.lower() == EN_OBJECT.get(who_, who_).lower():
        return EN_SELF.get(who_) if who_ in ("I", "we") else None
    return whom


def _state(text: str) -> str | None:
    """"Giày của tôi bị rách." as "My shoes are torn.", "Giày của tôi bị thủng." as "My shoes have a hole in them.",
    "Áo của tôi bị đứt cúc." as "A button has come off my shirt." (_STATE); None without whose ("Giày bị rách.")."""
    m = _STATE.fullmatch(text)
    thing = m and "?" not in m["end"] and _owned(m)
    if not thing:
        return None
    (said, many), state = thing, keyed(m["state"])
    if state.endswith(("cúc", "khuy", "nút")):
        return None if said.endswith(tuple(_FEET)) else f"A button has come off {said}."
    if state.startswith("thủng") or m["hole"]:
        return capitalised(f"{said} {'have' if many else 'has'} a hole in {'them' if many else 'it'}.")
    return capitalised(f"{said} {'are' if many else 'is'} {'torn' if state == 'rách' else 'worn out'}.")


def _button(text: str) -> str | None:
    """"Bạn có thể khâu lại cái cúc này không?" as "Can you sew this button back on?", "Mẹ tôi đã đơm cúc cho tôi." as
    "My mother sewed the button on for me." (_BUTTON); None for anything else."""
    m = _BUTTON.fullmatch(text)
    key = m and _key(m)
    said = key and who(m, key == "can")
    whom = said and _whom(m, "vi", said[0], key == "can")
    if whom is None or not said:
        return None
    button = "this button" if m["this"] else "a button" if m["a"] else "the button"
    return _said(said[0], key, _FORMS["sew"], f"{button}{' back' * bool(m['back'])} on{whom}")


def _work(text: str) -> str | None:
    """"Cô ấy đã vá áo khoác của tôi." as "She mended my jacket.", "Tôi cần sửa giày." as "I need to get my shoes
    repaired." (_WORK, _TAKEN: "I" or "we" get it done, but mend it themselves); None for anything else."""
    m = _WORK.fullmatch(text) or _TAKEN.fullmatch(text)
    key = m and _key(m)
    said = key and who(m, key == "can")
    kind = said and _kind(m["work"], m.groupdict().get("how"), _THINGS[keyed(m["thing"])] in _FEET)
    if not kind:
        return None
    who_ = said[0]
    whom = "" if m.re == _TAKEN else _whom(m, "vi", who_, key == "can")
    got = m.re == _TAKEN or kind != "mend" and (who_ in ("I", "we") or who_ == "you" and key != "can")
    mine = "my" if who_ in ("I", "you") else None if whom else whose_own(m, who_)  # "của mình"; None: hers for me?
    thing = _owned(m, EN_WHOSE.get(who_) if got else _WHOSE_OF_WHOM.get((whom or "")[5:]), mine)
    # got done: not for someone, nor now ("Tôi đang sửa giày.": repairing them now, or having it done?)
    if not thing or whom is None or got and (whom or key == "now" and m.re == _WORK):
        return None
    verb, after, done = _DONE[kind]
    if got:
        return _said(who_, key, _GOT, f"{thing[0]} {done}")
    return _said(who_, key, _FORMS[verb], f"{thing[0]}{after}{whom}")


def _kind(work: str, how: str | None, feet: bool) -> str | None:
    """What "sửa", "vá", "lên gấu" … does (`feet`: to shoes): "shorten", "repair" …; None for clothes "sửa" alone."""
    work = keyed(work)
    if how:
        return _HOW[keyed(how)] if work == "sửa" and not feet else None
    if work in ("lên gấu", "bóp eo"):
        return None if feet else "shorten" if work == "lên gấu" else "take in at the waist"
    return "repair" if feet else None if work == "sửa" else "mend"


def _sewn(m: re.Match) -> str:
    """The thing of a match of _A_SEWN with "a" or "an": "an ao dai", "a new suit" ("bộ vest mới")."""
    thing = f"{'new ' * bool(m['new'])}{_SEWN[keyed(m['thing'])]}"
    return f"{a_or_an(thing)} {thing}"


def _made(text: str) -> str | None:
    """"Tôi đi may áo dài." as "I'm having an ao dai made.", "Tôi muốn may đo một bộ vest." as "I'd like to have a
    suit made to measure." (_MADE: "đi may", "đặt may", "may đo", or "muốn may" by "I" or "we"); None for others."""
    m = _MADE.fullmatch(text)
    key = m and _key(m)
    said = key is not None and key != "can" and who(m, False)
    whom = said and _whom(m, "vi", said[0])
    if whom is None or not said or not (m["go"] or m["order"] or m["measure"] or key == "want" and said[0] in (
            "I", "we")) or not (key or m["go"]):
        return None
    return _said(said[0], key or "now", _FORMS["have"], f"{_sewn(m)} made{' to measure' * bool(m['measure'])}{whom}")


def _maker(text: str) -> str | None:
    """"Thợ may đang may cho tôi một bộ vest." as "The tailor is making me a suit." (_MAKER: the tailor, or for
    someone; not "I" or "we": having it made?); None for others, and two ("may cho tôi một bộ vest cho anh ấy")."""
    m = _MAKER.fullmatch(text)
    key = m and _key(m)
    said = key in ("past", "just", "now", "will") and (("the tailor", True) if m["tailor"] else who(m, False))
    whom = said and (m["whom"] or m["whom2"]) and _for_whom(m["whom"] or m["whom2"], said[0])
    if not said or said[0] in ("I", "we") or (m["whom"] or m["whom2"]) and not whom or not (whom or m["tailor"]) or (
            m["whom"] and m["whom2"]):
        return None
    return _said(said[0], key, _FORMS["make"], f"{whom + ' ' if whom else ''}{_sewn(m)}")


def _where(text: str) -> str | None:
    """"Tôi có thể sửa giày ở đâu?" as "Where can I get my shoes repaired?", "Ở đâu may áo dài?" as "Where can I get
    an ao dai made?", "Gần đây có thợ may không?" as "Is there a tailor near here?" (_WHERE, _THERE)."""
    if m := _THERE.fullmatch(text):
        return f"Is there a {_PLACES[keyed(m['place'])]} near here?"
    m = _WHERE.fullmatch(text)
    act = m and _WHERE_ACT.fullmatch(" ".join((m["act"] or m["act2"]).split()))
    if not act:
        return None
    who_ = "we" if m["who"] and keyed(m["who"]) == "chúng tôi" else "I"
    if act["shoes"]:
        return f"Where can {who_} get {EN_WHOSE[who_]} shoes repaired?"
    return f"Where can {who_} get {_sewn(act)} made{' to measure' * bool(act['measure'])}?"


def _key_en(m: re.Match, verb: str, forms: tuple[tuple[str, ...], ...], said: tuple[str, bool] | None = None
            ) -> tuple[str, str] | None:
    """Who in Vietnamese and what a match of _SAID_EN says ("past", "can" …), where who, the words after it and the
    `verb`'s form (of any of `forms`) agree; None where they do not ("She have just", "I are", "Can you mended")."""
    who_, one = said or who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    asked = "?" in m["end"]
    if m["can"]:
        return (who_, "can") if asked and not aux and any(f[0] == verb for f in forms) else None
    key, person, form = _AUX_KEYS[aux]
    is_i = who_ == "tôi" and not said
    if asked or not any(f[form] == verb for f in forms) or person == "I" and not is_i or (
            person == "one") != one and person in ("one", "not", "are") or person == "are" and is_i:
        return None
    return who_, key


def _vi(said: tuple[str, str] | None, doing: str) -> str | None:
    """Who does it and how, in Vietnamese: "Cô ấy đã vá áo khoác của tôi.", "Bạn có thể … không?"."""
    return said and capitalised(f"{said[0]} có thể {doing} không?" if said[1] == "can" else
                                f"{said[0]} {_AUXES_VI[said[1]]} {doing}.")


def _owned_vi(m: re.Match, *own: str) -> tuple[str, bool] | None:
    """The thing of a match of _OWNED_EN in Vietnamese, and whether it is shoes: "cái quần này", "giày của mẹ tôi",
    "giày" for one's `own` ("I … my shoes", "my jacket for me"); None where "this" or "these" does not go with it."""
    en = m["thing"].lower()
    vi, det, feet = _THINGS_VI[en], (m["det"] or "").lower(), en in _FEET
    if det in ("this", "these"):
        if (det == "these") != (en in _MANY):
            return None
        return f"{'' if vi.startswith('bộ') else 'đôi ' if feet else 'cái '}{vi} này", feet
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else m["someone"] and someone(m["someone"], "en")
    if m["someone"] and not whose:
        return None
    return (f"{vi} của {whose}" if whose and whose not in own else vi), feet


def _state_vi(text: str) -> str | None:
    """"My shoes are torn." as "Giày của tôi bị rách.", "A button has come off my shirt." as "Áo của tôi bị đứt cúc."
    (_STATE_EN, _OFF_EN); None where the verb does not agree ("My shoes is torn."), and for "the"."""
    m = _STATE_EN.fullmatch(text) or _OFF_EN.fullmatch(text)
    thing = m and (m["det"] or "").lower() != "the" and _owned_vi(m)
    if not thing:
        return None
    (said, feet), many = thing, m["thing"].lower() in _MANY
    if m.re == _OFF_EN:
        return None if feet else capitalised(f"{said} bị đứt cúc.")
    if m["has"]:
        agrees = (m["has"] == "have") == many == (m["it"] == "them")
        return capitalised(f"{said} bị thủng một lỗ.") if agrees else None
    if (m["be"].strip().replace("’", "'") in ("are", "'re")) != many:
        return None
    state = "rách" if m["state"] in ("torn", "ripped") else "mòn" if feet else "sờn"
    return capitalised(f"{said} bị {state}{' rồi' * (state != 'rách')}.")


def _button_vi(text: str) -> str | None:
    """"Can you sew this button back on?" as "Bạn có thể khâu lại cái cúc này không?" (_BUTTON_EN); None for others."""
    m = _BUTTON_EN.fullmatch(text)
    whom = m and _whom(m, "en")
    if whom is None:
        return None
    button = {"this": "cái cúc này", "the": "cái cúc", "a": "một cái cúc"}[m["det"]]
    return _vi(_key_en(m, m["verb"], (_FORMS["sew"],)), f"{'khâu lại' if m['back'] else 'đơm'} {button}{whom}")


def _work_vi(text: str) -> str | None:
    """"She mended my jacket." as "Cô ấy đã vá áo khoác của tôi.", "I need to get these trousers shortened." as "Tôi
    cần sửa cái quần này cho ngắn lại." (_WORK_EN, _GOT_EN); None for any other: clothes repaired, shoes shortened, and
    getting it done by anyone but "I", "we" or "you", now or asked, as _work leaves it."""
    m = _WORK_EN.fullmatch(text) or _GOT_EN.fullmatch(text)
    if not m:
        return None
    if m.re == _GOT_EN:
        said = _key_en(m, m["verb"], (_FORMS["get"], _FORMS["have"], _GOT))
        # got done as _work reads it back: by "I", "we" or "you", not now or asked ("Cô ấy đã sửa váy.": she did it)
        if (m["who"] or "").lower() not in ("i", "we", "you") or said and said[1] in ("now", "can"):
            said = None
        done = " ".join(m["done"].split())
        kind = next((k for k, d in _DONE.items() if d[2] == done), "repair" if done == "fixed" else "alter")
    else:
        base = next(v for v, f in _FORMS.items() if m["verb"] in f)
        said = _key_en(m, m["verb"], (_FORMS[base],))
        kind = " ".join([{"fix": "repair"}.get(base, base), *(m["part"] or "").split()])  # ("take in", "let out")
    whom = _whom(m, "en") if m.re == _WORK_EN else ""
    thing = said and _owned_vi(m, said[0], (whom or "")[5:])
    if whom is None or not thing or kind not in _DONE_VI or (kind in ("repair", "mend")) != thing[1] and (
            thing[1] or kind == "repair"):
        return None
    done = _DONE_VI["repair" if thing[1] else kind]
    if whom and "cho" in done:  # not "sửa quần cho ngắn lại cho tôi": trousers are "lên gấu", the rest left
        if kind != "shorten" or m["thing"].lower() not in _HEMMED:
            return None
        done = _DONE_VI["take up"]
    return _vi(said, done.format(thing[0]) + whom)


def _one_vi(en: str) -> str:
    """A thing sewn, one of it, in Vietnamese: "một chiếc áo dài", "một bộ vest"."""
    vi = _SEWN_VI[en.lower()]
    return f"một {vi}" if vi.startswith("bộ") else f"một chiếc {vi}"


def _made_vi(text: str) -> str | None:
    """"I'm having an ao dai made." as "Tôi đang đặt may một chiếc áo dài." (_MADE_EN); None for anything else."""
    m = _MADE_EN.fullmatch(text)
    whom = m and m["a"] == a_or_an(m["thing"]) and _whom(m, "en")
    if whom is None or whom is False:
        return None
    said = _key_en(m, m["verb"], (_FORMS["have"], _FORMS["get"], _GOT))
    return _vi(said, f"{'may đo' if m['measure'] else 'đặt may'} {_one_vi(m['thing'])}{whom}")


def _maker_vi(text: str) -> str | None:
    """"The tailor is making me a suit." as "Thợ may đang may cho tôi một bộ vest." (_MAKER_EN); None for any other."""
    m = _MAKER_EN.fullmatch(text)
    if not m or m["a"] != a_or_an(m["thing"]) or m["whom"] and m["whom2"]:
        return None
    whom = as_whom(m["whom"] or m["whom2"], "en") if m["whom"] or m["whom2"] else ""
    said = _key_en(m, m["verb"], (_FORMS["make"],), ("thợ may", True) if m["tailor"] else None)
    return whom is not None and _vi(said, f"may {'cho ' + whom + ' ' if whom else ''}{_one_vi(m['thing'])}") or None


def _where_vi(text: str) -> str | None:
    """"Where can I get my shoes repaired?" as "Tôi có thể sửa giày ở đâu?", "Is there a tailor near here?" as "Gần
    đây có thợ may không?" (_WHERE_EN, _THERE_EN); None for anything else."""
    if m := _THERE_EN.fullmatch(text):
        return f"Gần đây có {_PLACES_VI[m['place'].lower()]} không?"
    m = _WHERE_EN.fullmatch(text)
    if not m or not m["shoes"] and m["a"] != a_or_an(m["thing"]):
        return None
    act = "sửa giày" if m["shoes"] else f"{'may đo' if m['measure'] else 'đặt may'} {_one_vi(m['thing'])}"
    return f"{'Tôi' if m['who'] == 'I' else 'Chúng tôi'} có thể {act} ở đâu?"

