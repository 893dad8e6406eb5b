"""The sky looked at, both ways, written whole by rule. v8 (with every other rule) reads "sao" as a copy, "bình minh" as
smart, "trăng" as teeth, "sao băng" as an iceberg, "mọc" as grow, and English "sunset" as sunshine, "rainbow" as rain,
"look" as take care: "Tối nay trăng tròn." → "Tonight, rounded Moon.", "Có nhiều sao quá." → "There are many copies
too.", "Tôi thích ngắm bình minh." → "I like to watch the smart.", "Trăng đẹp quá!" → "The beautiful teeth!", "Nhìn
kìa, sao băng!" → "Look at the end of the iceberg!", "Bạn có thấy sao băng không?" → "What do you see bandwidth?",
"Mặt trời mọc rồi." → "The sun grows.", "Hôm nay trời xanh quá." → "The sky is too green today."; "Let's watch the
sunset." → "Chúng ta hãy xem ánh nắng mặt trời.", "There's a full moon tonight." → "Có trăng đầy tối nay.", "Look, a
rainbow!" → "Chăm sóc, một con mưa!", "The sun has set." → "Mặt trời đã bắt đầu.".

Taken: who (mt.hobbies.WHO, WHO_EN) likes, loves, wants to, did, has just or will watch one of WATCHED, said or asked,
and "let's" ("Chúng ta đi ngắm … nhé.", "Đi ngắm … đi!", a day read by mt.free_time.when); a full moon tonight or
tomorrow night; so many stars (tonight, in the sky); "Look at the stars / moon / rainbow / sky!", "Look, (there's) a
rainbow / shooting star!"; whether who saw the shooting star, who saw or has just seen one or a rainbow; the moon bright
or beautiful, the sky blue, clear, beautiful or full of stars, the sunset beautiful (today, tonight; "What a beautiful
sunset!"); the sun setting, about to, has or has just set (rising likewise), what time it sets. Left: "xem sao" (let's
see how it goes), "sao" without the sky (why; a celebrity), "Trời đẹp quá." (the weather: mt/weather.py), photos of
the sunset (mt/photos.py), a verb with no tense ("Tôi ngắm hoàng hôn.": does or did?), "Bạn có thấy cầu vồng không?"
(do or did?), "chưa" and "ever" (mt/ever.py), "anh", "chị", "em" alone saying it (mt.hobbies.who), English whose verb
does not agree with who.
mt.phrasebook.translate tries these after mt/pools.py.

    >>> translate("Tối nay trăng tròn.", "vi", "en"), translate("Look, a rainbow!", "en", "vi")
    ("There's a full moon tonight.", 'Nhìn kìa, cầu vồng!')
"""
from __future__ import annotations

from .free_time import DAY_AFTER, DAY_OPENING, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .photos import SIGHTS
from .rule_keys import agreement_checked
from .text import ASKED_END, alternatives, capitalised, contracted, keyed, stop
from .weather import DEGREE, EN_DEGREE

# what is watched (the first Vietnamese of each is written back); "sao" and "trăng" alone only after "ngắm" ("xem
# sao" is "let's see how it goes")
WATCHED = {vi: en for vi, en in SIGHTS.items() if en in ("the sunset", "the sunrise")} | {
    "mặt trời lặn": "the sunset", "mặt trời mọc": "the sunrise", "sao": "the stars", "những ngôi sao": "the stars",
    "các ngôi sao": "the stars", "các vì sao": "the stars", "trăng": "the moon", "mặt trăng": "the moon"}
WATCHED_VI = {en: vi for vi, en in reversed(WATCHED.items())} | {"sunsets": "hoàng hôn", "sunrises": "bình minh",
                                                                   "stars": "sao"}
# what is looked at, pointed to ("Nhìn … kìa!"), and how it is (the first of each is written back)
_LOOKED = {"những ngôi sao": "the stars", "các ngôi sao": "the stars", "các vì sao": "the stars", "trăng": "the moon",
           "mặt trăng": "the moon", "cầu vồng": "the rainbow", "sao băng": "the shooting star",
           "hoàng hôn": "the sunset", "bình minh": "the sunrise", "bầu trời": "the sky", "trời": "the sky"}
_LOOKED_VI = {en.removeprefix("the "): vi for vi, en in reversed(_LOOKED.items())}
_SEEN = {"cầu vồng": "a rainbow", "sao băng": "a shooting star", "ngôi sao băng": "a shooting star"}
_HOW = {"sáng": "bright", "đẹp": "beautiful", "xanh": "blue", "trong xanh": "clear", "trong": "clear",
        "quang": "clear", "đầy sao": "full of stars"}
_HOW_VI = {en: vi for vi, en in reversed(_HOW.items())}
_GOES = {"the moon": {"bright", "beautiful"}, "the sky": {"blue", "clear", "beautiful", "full of stars"},
         "the sunset": {"beautiful"}, "the sunrise": {"beautiful"}, "the rainbow": {"beautiful"}}
_NIGHTS = {"hôm nay": "tonight", "tối nay": "tonight", "đêm nay": "tonight", "tối mai": "tomorrow night",
           "đêm mai": "tomorrow night"}  # (the moon and the stars: "hôm nay" is tonight)
_NIGHTS_VI = {"tonight": "tối nay", "tomorrow night": "tối mai", "today": "hôm nay"}
# the sun: what English says of it, by the Vietnamese verb (base, -ing, done)
_SUN = {"lặn": ("set", "setting", "set"), "mọc": ("rise", "rising", "risen"), "lên": ("rise", "rising", "risen")}
_SUN_VI = {"set": "lặn", "setting": "lặn", "going down": "lặn", "go down": "lặn", "gone down": "lặn", "down": "lặn",
           "sunset": "lặn", "rise": "mọc", "rising": "mọc", "risen": "mọc", "coming up": "mọc", "come up": "mọc",
           "up": "mọc", "sunrise": "mọc"}
# English verbs before watching it, and the forms of "watch" each goes with
_LIKES_VI = {"like": "thích", "love": "rất thích", "enjoy": "thích", "want": "muốn"}
_WHEN_VI = {"'d like": "muốn", "would like": "muốn", "will": "sẽ", "'ll": "sẽ", "": "đã", "just": "vừa"}
_FORMS = {"like": ("watching", "to watch"), "love": ("watching", "to watch"), "enjoy": ("watching",),
          "want": ("to watch",), "'d like": ("to watch",), "would like": ("to watch",), "will": ("watch",),
          "'ll": ("watch",), "": ("watched",), "just": ("watched",)}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hoàng\s+hôn|bình\s+minh|trời|trăng|sao|cầu\s+vồng)"),
         "en": lazy(r"(?i:sunset|sunrise|\bsun\b|moon|stars?\b|stargazing|rainbow|\bsky\b)")}

_SIGHT = rf"(?P<sight>(?i:{alternatives(WATCHED)}))"
_NIGHT = r"(?P<night>(?i:(?:tối|đêm)\s+(?:nay|mai)|hôm\s+nay))"
# who likes, wants to, did or will watch it ("Tôi thích ngắm hoàng hôn.", "Bạn có muốn đi ngắm sao không?")
_WATCH = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+|(?P<tense>đã|vừa|mới|sẽ)\s+)?"
              rf"(?:(?P<like>thích|muốn)\s+)?(?:(?P<go>đi)\s+)?(?P<look>ngắm|xem)\s+{_SIGHT}{ASKED_END}")
_LETS = lazy(rf"{DAY_OPENING}(?:(?P<we>(?i:chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình))\s+)?(?:(?P<let>hãy)\s+)?"
             rf"(?:cùng\s+)?(?:(?P<go>(?i:đi))\s+)?(?P<look>(?i:ngắm|xem))\s+{_SIGHT}{DAY_AFTER}"
             r"(?:\s+(?P<ending>nhé|nha|đi|nào))?\s*(?P<end>[.!]*)")
_FULL = lazy(rf"{_NIGHT}\s*,?\s+(?:(?P<will>sẽ)\s+)?(?:(?P<ask>có)\s+|là\s+đêm\s+)?trăng\s+tròn{ASKED_END}")
_MANY = lazy(rf"(?:{_NIGHT}\s*,?\s+)?(?:(?P<sky>(?i:(?:trên\s+)?(?:bầu\s+)?trời))\s+)?(?:(?i:có)\s+)?"
             r"(?P<lot>(?i:rất)\s+)?(?i:nhiều)\s+(?:ngôi\s+|vì\s+)?sao(?:\s+(?P<so>quá|thế|ghê|lắm))?\s*(?P<end>[.!]*)")
_LOOK = lazy(rf"(?i:nhìn|ngắm)\s+(?P<up>lên\s+)?(?P<what>{alternatives(_LOOKED)})\s+kìa\s*[.!]*")
_POINT = lazy(rf"(?:(?:(?i:nhìn\s+kìa|kìa)\s*,\s*)(?:(?P<co>có)\s+)?(?P<one>{alternatives(_SEEN)})|"
              rf"(?:(?P<co2>(?i:có))\s+)?(?P<one2>(?i:{alternatives(_SEEN)}))\s+kìa)\s*[.!]*")
# who saw it ("Bạn có thấy sao băng không?", "Tôi vừa nhìn thấy một ngôi sao băng.")
_SAW = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa|mới)\s+|(?P<ask>có)\s+)?(?:nhìn\s+)?thấy\s+(?:(?P<one>một)\s+)?"
            r"(?:(?P<ngoi>ngôi)\s+)?(?P<what>sao\s+băng|cầu\s+vồng)(?:\s+(?P<that>đó|đấy))?(?:\s+rồi)?"
            rf"{ASKED_END}")
# how it is ("Trăng sáng quá!", "Hôm nay bầu trời trong xanh quá.")
_DAYS = r"(?i:hôm\s+nay|tối\s+nay|đêm\s+nay)"
_SO = lazy(rf"(?:(?P<day0>{_DAYS})\s*,?\s+)?(?P<what>(?i:{alternatives(_LOOKED)}))(?:\s+(?P<day>{_DAYS}))?\s+"
           rf"(?:(?P<before>rất)\s+)?(?P<how>{alternatives(_HOW)})(?:\s+(?P<after>quá|lắm|ghê|thế))?\s*(?P<end>[.!]*)")
_SETS = lazy(r"(?:(?P<when>[Mm]ấy\s+giờ)\s+(?:thì\s+)?)?(?i:mặt\s+trời)\s+(?:(?P<t>đang|sắp|đã|vừa|mới)\s+)?"
             rf"(?P<v>lặn|mọc|lên)(?:\s+(?P<at>lúc\s+mấy\s+giờ))?(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_SIGHT_EN = rf"(?P<sight>{alternatives(WATCHED_VI)})"
_WATCH_EN = lazy(rf"(?:(?P<do>Do|Does|Would)\s+)?{WHO_EN}(?P<verb>(?:\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                 r"(?:\s+would\s+like|['’]d\s+like|\s+likes?|\s+loves?|\s+enjoys?|\s+wants?|\s+will|['’]ll|\s+just)?)"
                 r"\s+(?P<doing>(?:to\s+)?(?:go(?:ing)?\s+(?:and\s+|to\s+)?|went\s+to\s+)?(?:watch|watching|watched)"
                 rf"\s+{_SIGHT_EN}|stargazing)\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(rf"Let['’]s\s+(?P<go>go\s+(?:and\s+)?)?watch\s+{_SIGHT_EN}"
                r"(?:\s+(?P<day>tonight|tomorrow(?:\s+(?:morning|night))?))?\s*(?P<end>[.!]*)")
_FULL_EN = lazy(r"(?:(?P<q>Is\s+there|Will\s+there\s+be)|There(?:['’]s|\s+is|(?P<will>['’]ll\s+be|\s+will\s+be))|"
                r"It(?:['’]s|\s+is))\s+a\s+full\s+moon\s+(?P<night>tonight|tomorrow\s+night)\s*(?P<end>[.!?]*)")
_MANY_EN = lazy(r"(?:There\s+are\s+(?P<deg>so\s+many|a\s+lot\s+of|lots\s+of|many)|(?P<deg0>So\s+many))\s+stars"
                r"(?P<sky>\s+in\s+the\s+sky)?(?:\s+(?P<night>tonight))?\s*(?P<end>[.!]*)")
_LOOK_EN = lazy(r"Look\s+(?P<up>up\s+)?at\s+(?P<det>the|that|those)\s+"
                r"(?P<what>stars|moon|rainbow|shooting\s+star|sunset|sunrise|sky)\s*[.!]*")
_POINT_EN = lazy(r"Look\s*[,!]\s*(?P<there>[Tt]here['’]s\s+|[Tt]here\s+is\s+)?a\s+(?P<one>rainbow|shooting\s+star)"
                 r"\s*[.!]*")
_SAW_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?:(?P<just>\s+just)?\s+(?P<verb>saw|see)|"
               r"(?P<have>['’]ve|\s+have|['’]s|\s+has)\s+just\s+seen)\s+(?P<det>a|the|that)\s+"
               r"(?P<what>shooting\s+star|rainbow)\s*(?P<end>[.!?]*)")
_SO_EN = lazy(r"The\s+(?P<what>moon|sky|sunset|sunrise|rainbow)(?:\s+is|['’]s)\s+(?:(?P<d>so|very|really|too)\s+)?"
              r"(?P<how>bright|beautiful|blue|clear|full\s+of\s+stars)(?:\s+(?P<day>today|tonight))?\s*(?P<end>[.!]*)|"
              r"What\s+a\s+(?P<how0>beautiful|lovely|gorgeous)\s+(?P<what0>moon|sky|sunset|sunrise|rainbow)\s*!*")
_SETS_EN = lazy(r"The\s+sun(?:(?:\s+has|['’]s)\s+(?P<just>just\s+)?(?P<done>set|risen|gone\s+down|come\s+up)|"
                r"(?:\s+is|['’]s)\s+(?:(?P<about>about\s+to)\s+(?P<base>set|rise|go\s+down|come\s+up)|"
                r"(?P<ing>setting|rising|going\s+down|coming\s+up|up|down)))\s*(?P<end>[.!]*)|"
                r"(?:What\s+time|When)\s+(?:does\s+the\s+sun\s+(?P<at>set|rise|go\s+down|come\s+up)|"
                r"is\s+(?P<at2>sunset|sunrise))\s*\?+")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that watches, points to, or says how the sunset, the sunrise, the stars, the
    moon, a rainbow or the sky is; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        if "Bình Minh" in text:  # (a given name, not the sunrise)
            return None
        return (_watch(text) or _lets(text) or _full(text) or _many(text) or _look(text) or _saw(text) or
                _so(text) or _sets(text))
    text = text.replace("’", "'")
    return (_watch_vi(text) or _lets_vi(text) or _full_vi(text) or _many_vi(text) or _look_vi(text) or
            _saw_vi(text) or _so_vi(text) or _sets_vi(text))


def _watch(text: str) -> str | None:
    """"Tôi thích ngắm hoàng hôn." as "I like watching the sunset.", "Chúng tôi đã ngắm bình minh." as "We watched the
    sunrise." (_WATCH); None for anything else, "xem sao", and a verb with no tense ("Tôi ngắm hoàng hôn.")."""
    m = _WATCH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (asked and not (m["ask"] and m["like"])) or \
            keyed(m["look"]) == "xem" and keyed(m["sight"]) in ("sao", "trăng") or (said := who(m, asked)) is None:
        return None
    who_, one = said
    like, sight, go = m["like"], WATCHED[keyed(m["sight"])], bool(m["go"])
    base, ing = f"{'go and ' * go}watch {sight}", f"{'going to ' * go}watching {sight}"
    if asked:
        doing = f"like {ing}" if like == "thích" else f"want to {base}"
        return f"{'Does' if one else 'Do'} {who_} {doing}?"
    if like and not m["tense"] and not m["ask"] and not (m["very"] and like == "muốn"):
        verb = ("love" if m["very"] else "like") if like == "thích" else "want"
        if m["not"]:
            verb = f"{'doesn' if one else 'don'}'t {verb}"
        elif one:
            verb += "s"
        return capitalised(f"{who_} {verb} {ing if like == 'thích' else 'to ' + base}.")
    if like or not m["tense"]:
        return None
    if m["tense"] == "sẽ":
        return capitalised(contracted(who_, f"will {base}."))
    done = f"{'went to ' if go else ''}{'watch' if go else 'watched'} {sight}"
    return capitalised(f"{who_} {'' if m['tense'] == 'đã' else 'just '}{done}.")


def _lets(text: str) -> str | None:
    """"Chúng ta đi ngắm hoàng hôn nhé." as "Let's go and watch the sunset." (_LETS); None for anything else, and for
    what may be told to the listener ("Ngắm hoàng hôn nhé.")."""
    m = _LETS.fullmatch(text)
    if not m or not (m["we"] and (m["ending"] or m["let"]) or m["go"] and m["ending"] in ("đi", "nào")) or \
            keyed(m["look"]) == "xem" and keyed(m["sight"]) in ("sao", "trăng") or m["day0"] and m["day"]:
        return None
    day = when(m["day0"] or m["day"], "vi")
    if day is None or "yesterday" in day or "last" in day:
        return None
    return f"Let's {'go and ' * bool(m['go'])}watch {WATCHED[keyed(m['sight'])]}{' ' * bool(day)}{day}{stop(m['end'])}"


def _full(text: str) -> str | None:
    """"Tối nay trăng tròn." as "There's a full moon tonight." (_FULL); None for anything else."""
    m = _FULL.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and not m["ask"]:
        return None
    night = _NIGHTS[keyed(m["night"])]
    will = bool(m["will"]) or night != "tonight"
    there = ("Will there be" if will else "Is there") if asked else "There will be" if will else "There's"
    return f"{there} a full moon {night}{'?' if asked else '.'}"


def _many(text: str) -> str | None:
    """"Có nhiều sao quá." as "There are so many stars." (_MANY); None for anything else ("Sao nhiều quá?": why)."""
    m = _MANY.fullmatch(text)
    if not m or m["lot"] and m["so"]:
        return None
    night = f" {_NIGHTS[keyed(m['night'])]}" if m["night"] else ""
    sky = " in the sky" if m["sky"] else ""
    return f"There are {'so many' if m['so'] else 'a lot of'} stars{sky}{night}{stop(m['end'])}"


def _look(text: str) -> str | None:
    """"Nhìn những ngôi sao kìa!" as "Look at the stars!" (_LOOK), "Có cầu vồng kìa!" as "Look, there's a rainbow!"
    (_POINT); None for anything else."""
    if m := _LOOK.fullmatch(text):
        what = _LOOKED[keyed(m["what"])]
        return None if m["up"] and what != "the sky" else f"Look {'up ' * bool(m['up'])}at {what}!"
    if m := _POINT.fullmatch(text):
        there = "there's " if m["co"] or m["co2"] else ""
        return f"Look, {there}{_SEEN[keyed(m['one'] or m['one2'])]}!"
    return None


def _saw(text: str) -> str | None:
    """"Bạn có thấy sao băng không?" as "Did you see the shooting star?", "Tôi vừa thấy sao băng." as "I just saw a
    shooting star." (_SAW); None for anything else, a rainbow asked (do or did you see?), and no tense."""
    m = _SAW.fullmatch(text)
    asked = bool(m and m["asked"])
    what = m and keyed(m["what"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["ngoi"] and what != "sao băng" or \
            asked and (what != "sao băng" or m["one"]) or not (asked or m["tense"]) or (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    thing = _SEEN[what].removeprefix("a ")
    if asked:
        return f"Did {who_} see {'that' if m['that'] else 'the'} {thing}?"
    seen = f"{'that ' + thing if m['that'] else _SEEN[what]}"
    return capitalised(f"{who_} {'' if m['tense'] == 'đã' else 'just '}saw {seen}.")


def _so(text: str) -> str | None:
    """"Trăng sáng quá!" as "The moon is so bright!", "Hôm nay trời xanh quá." as "The sky is so blue today." (_SO);
    None for anything else, and "Trời đẹp quá." (the weather)."""
    m = _SO.fullmatch(text)
    what = m and _LOOKED[keyed(m["what"])]
    how = m and _HOW[m["how"]]
    if not m or how not in _GOES.get(what, ()) or m["day0"] and m["day"] or m["before"] and m["after"] or \
            keyed(m["what"]) == "trời" and how == "beautiful" or how == "full of stars" and (m["before"] or m["after"]):
        return None
    day = keyed(m["day0"] or m["day"] or "")
    day = f" {_NIGHTS[day] if what == 'the moon' else 'today' if day == 'hôm nay' else 'tonight'}" if day else ""
    degree = DEGREE[m["before"] or m["after"]] + " " if m["before"] or m["after"] else ""
    return capitalised(f"{what} is {degree}{how}{day}{stop(m['end'])}")


def _sets(text: str) -> str | None:
    """"Mặt trời lặn rồi." as "The sun has set.", "Mấy giờ mặt trời mọc?" as "What time does the sun rise?" (_SETS);
    None for anything else, and a verb with no tense ("Mặt trời lặn.")."""
    if not (m := _SETS.fullmatch(text)) or m["asked"]:
        return None
    base, ing, done = _SUN[m["v"]]
    asked, t = "?" in m["end"], m["t"]
    if asked:
        return f"What time does the sun {base}?" if (m["when"] or m["at"]) and not (m["when"] and m["at"]) and \
            not t and not m["done"] else None
    if m["when"] or m["at"] or t == "đang" and m["done"] or not t and not m["done"]:
        return None
    said = {"đang": f"is {ing}", "sắp": f"is about to {base}", "vừa": f"has just {done}", "mới": f"has just {done}"}
    return f"The sun {said.get(t, 'has ' + done)}{stop(m['end'])}"


def _watch_vi(text: str) -> str | None:
    """"I like watching the sunset." as "Tôi thích ngắm hoàng hôn.", "We watched the sunrise." as "Chúng tôi đã ngắm
    bình minh." (_WATCH_EN); None for anything else, and a verb that does not agree with who ("She like")."""
    m = _WATCH_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["verb"].lower().replace("do not", "don't").replace("does not", "doesn't").split())
    doing = " ".join(m["doing"].split())
    form, sight = (doing, "sao") if doing == "stargazing" else (
        doing[: -len(m["sight"])].strip(), WATCHED_VI[keyed(m["sight"])])
    form = {"stargazing": "watching", "going to watch": "watching", "to go and watch": "to watch",
            "to go to watch": "to watch", "go and watch": "watch", "went to watch": "watched"}.get(form, form)
    go = "đi " if doing.startswith(("go", "to go", "went")) else ""
    neg, _, base = verb.partition(" ") if verb.startswith(("don't", "doesn't")) else ("", "", verb)
    if m["do"]:
        if neg or m["do"] == "Would" and form != "to watch":
            return None
        base = base if m["do"] == "Would" else f"{base}s" if m["do"] == "Does" else base
        if not base.startswith(("like", "love", "enjoy", "want")) or m["do"] == "Would" and base != "like":
            return None
    plain = base.removesuffix("s") if base in ("likes", "loves", "enjoys", "wants") else base
    person = one == (neg == "doesn't") if neg else (base != plain) == one if plain in _LIKES_VI and m["do"] != "Would" \
        else True
    said = "muốn" if m["do"] == "Would" else _LIKES_VI.get(plain) or _WHEN_VI.get(plain)
    if not person or not said or form not in _FORMS[plain] or neg and plain not in ("like", "want") or \
            bool(m["do"]) != ("?" in m["end"]):
        return None
    if m["do"]:
        return capitalised(f"{who_} có {said.removeprefix('rất ')} {go}ngắm {sight} không?")
    return capitalised(f"{who_} {'không ' * bool(neg)}{said} {go}ngắm {sight}.")


def _lets_vi(text: str) -> str | None:
    """"Let's watch the stars tonight." as "Tối nay chúng ta ngắm sao nhé." (_LETS_EN); None for anything else."""
    if not (m := _LETS_EN.fullmatch(text)):
        return None
    day = when(m["day"], "en")
    said = f"{day} chúng ta {'đi ' * bool(m['go'])}ngắm {WATCHED_VI[keyed(m['sight'])]} nhé{stop(m['end'])}"
    return capitalised(said.strip())


def _full_vi(text: str) -> str | None:
    """"There's a full moon tonight." as "Tối nay có trăng tròn." (_FULL_EN); None for anything else."""
    m = _FULL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    night = _NIGHTS_VI[keyed(m["night"])]
    return f"{capitalised(night)} {'sẽ ' * bool(m['will'])}có trăng tròn{' không?' if m['q'] else '.'}"


def _many_vi(text: str) -> str | None:
    """"There are so many stars tonight." as "Tối nay có nhiều sao quá." (_MANY_EN); None for anything else."""
    if not (m := _MANY_EN.fullmatch(text)):
        return None
    deg = keyed(m["deg"] or m["deg0"])
    stars = "nhiều sao quá" if deg == "so many" else "nhiều sao" if deg == "many" else "rất nhiều sao"
    said = f"{'tối nay ' * bool(m['night'])}{'trên trời ' * bool(m['sky'])}có {stars}"
    return capitalised(f"{said}{stop(m['end'])}")


def _look_vi(text: str) -> str | None:
    """"Look at the stars!" as "Nhìn những ngôi sao kìa!" (_LOOK_EN), "Look, a rainbow!" as "Nhìn kìa, cầu vồng!"
    (_POINT_EN); None for anything else, and "that stars"."""
    if m := _POINT_EN.fullmatch(text):
        return f"Nhìn kìa, {'có ' * bool(m['there'])}{_LOOKED_VI[keyed(m['one'])]}!"
    m = _LOOK_EN.fullmatch(text)
    what = m and keyed(m["what"])
    if not m or (m["det"] == "those") and what != "stars" or m["det"] == "that" and what == "stars" or \
            m["up"] and what != "sky":
        return None
    return f"Nhìn {'lên trời' if m['up'] else _LOOKED_VI[what]} kìa!"


def _saw_vi(text: str) -> str | None:
    """"Did you see the shooting star?" as "Bạn có thấy sao băng không?", "I just saw a shooting star." as "Tôi vừa
    thấy một ngôi sao băng." (_SAW_EN); None for anything else, and "has" or "did" not agreeing."""
    m = _SAW_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or m["did"] and (m["verb"] != "see" or m["just"]) or \
            not m["did"] and m["verb"] == "see":
        return None
    who_, one = who_vi(m)
    if m["have"] and (keyed(m["have"]) in ("'s", "has")) != one:
        return None
    what = _LOOKED_VI[keyed(m["what"])]
    that = f"{'ngôi ' * (what == 'sao băng')}{what} đó" if m["det"] == "that" else what
    if m["did"]:
        return capitalised(f"{who_} có thấy {that} không?")
    what = f"một ngôi {what}" if m["det"] == "a" and what == "sao băng" else that
    return capitalised(f"{who_} {'vừa' if m['just'] or m['have'] else 'đã'} thấy {what}.")


def _so_vi(text: str) -> str | None:
    """"The moon is so bright tonight." as "Tối nay trăng sáng quá.", "What a beautiful sunset!" as "Hoàng hôn đẹp
    quá!" (_SO_EN); None for anything else."""
    if not (m := _SO_EN.fullmatch(text)):
        return None
    what, how = m["what"] or m["what0"], "beautiful" if m["how0"] else " ".join(m["how"].split())
    if how not in _GOES[f"the {what}"] or how == "full of stars" and m["d"] or m["d"] == "too" and how in (
            "blue", "clear", "beautiful"):
        return None  # ("The sky is too blue.": odd English, not "so blue")
    before, after = EN_DEGREE[m["d"]] if m["d"] else ("", "quá" if m["how0"] else "")
    vi = "trăng" if what == "moon" else _LOOKED_VI[what]
    said = " ".join(w for w in (_NIGHTS_VI.get(m["day"] or "", ""), vi, before, _HOW_VI[how], after) if w)
    return capitalised(f"{said}{'!' if m['how0'] else stop(m['end'])}")


def _sets_vi(text: str) -> str | None:
    """"The sun has set." as "Mặt trời lặn rồi.", "What time is sunrise?" as "Mấy giờ mặt trời mọc?" (_SETS_EN); None
    for anything else."""
    if not (m := _SETS_EN.fullmatch(text)):
        return None
    if m["at"] or m["at2"]:
        return f"Mấy giờ mặt trời {_SUN_VI[keyed(m['at'] or m['at2'])]}?"
    end = stop(m["end"])
    if m["done"]:
        verb = _SUN_VI[keyed(m["done"])]
        return f"Mặt trời vừa {verb}{end}" if m["just"] else f"Mặt trời {verb} rồi{end}"
    if m["base"]:
        return f"Mặt trời sắp {_SUN_VI[keyed(m['base'])]} rồi{end}"
    ing = keyed(m["ing"])
    return f"Mặt trời {_SUN_VI[ing]} rồi{end}" if ing in ("up", "down") else f"Mặt trời đang {_SUN_VI[ing]}{end}"
