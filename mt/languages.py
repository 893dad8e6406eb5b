"""Which languages someone speaks and how well, both ways, written whole by rule: a little, fluently, like a native,
not at all, how many, learning one and for how long, and whose Vietnamese is good. v8 (with the rules before this
one): "Cô ấy nói tiếng Pháp trôi chảy." → "She says French flows.", "Anh ấy nói tiếng Anh lưu loát." → "He speaks
English noted.", "Anh ấy nói tiếng Anh như người bản xứ." → "He speaks English as a native.", "Bạn nói được bao nhiêu
thứ tiếng?" → "How many hours do you speak?", "Bạn nói được mấy thứ tiếng?" → "What languages do you speak?", "Cô ấy
có nói tiếng Việt không?" → "Did she speak Vietnamese?", "Tôi muốn học tiếng Hàn." → "I want to learn South Korea.",
"Tiếng mẹ đẻ của tôi là tiếng Việt." → "My mother was Vietnamese."; "She speaks French fluently." → "Cô ấy nói tiếng
Pháp một cách dao động." (fluctuating), "My father speaks Russian fluently." → "Cha tôi nói một cách giận dữ của Nga."
(angrily), "He speaks fluent English." → "Anh ấy nói tiếng Anh fluent.", "I speak a little English." → "Tôi nói tiếng
Anh nhỏ." (small), "I don't speak French at all." → "Tôi không nói tiếng Pháp ở tất cả.", "I want to learn Korean."
→ "Tôi muốn học Hàn Quốc." (the country), "Vietnamese is my mother tongue." → "Việt Nam là mẹ của tôi đểngue.".

Taken: who (mt.hobbies.WHO, WHO_EN) speaks a language of mt/skills.py's (or two, "và", "and"), said, denied or asked,
only, a little, fluently, like a native, not at all; how many languages or which ones someone speaks, and that they
speak two to ten; someone learning one, wanting to, just started, how long for (asked, or a span of days at least:
mt.dates); whose (mt.terms.OWNERS) Vietnamese is good or not, and whose native language is which, said or asked.
Left: "biết nói" and "nói được" with nothing more, and how well with "giỏi" ("Bạn nói tiếng Việt giỏi quá.",
mt/skills.py's); "Do you speak English?" and "My English isn't very good." (the phrasebook's); "Tôi học tiếng Việt."
(learning or studying) and "đã học … hai năm" (over or not) to the model; "anh", "chị", "em" alone saying it.
mt.phrasebook.translate tries these after mt/remembering.py.

    >>> translate("Cô ấy nói tiếng Pháp trôi chảy.", "vi", "en"), translate("I speak a little English.", "en", "vi")
    ('She speaks French fluently.', 'Tôi nói được một chút tiếng Anh.')
"""
from __future__ import annotations

import re

from . import dates
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .skills import LANGUAGE_OF, LANGUAGES_VI
from .tense import said_of_one
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# a language as mt/skills.py names it ("tiếng Pháp", "French"), in groups of one's own
_LANG = rf"(?i:tiếng)\s+(?i:{alternatives(k.split(' ', 1)[1] for k in LANGUAGE_OF)})"
_LANG_EN = alternatives(LANGUAGES_VI)
_KEYS = {"vi": lazy(r"(?i:tiếng|ngôn\s+ngữ)"), "en": lazy(rf"(?i:language|tongue)|{_LANG_EN}")}
_FLUENT = {"rất": "very ", "khá": "quite ", None: ""}
_FLUENT_VI = {"very": "rất ", "really": "rất ", "quite": "khá ", None: ""}
# two to ten languages (one is not said so); "mấy", "bao nhiêu" ask how many
_COUNT_VI = {vi: en for vi, en in VI_TO_EN.items() if vi != "một"}
_COUNT_EN = {en: vi for en, vi in EN_TO_VI.items() if en != "one"}
_SPAN_UNITS = {"ngày", "tuần", "tháng", "năm"}  # (not "tiếng": "học tiếng Việt hai tiếng" is two hours a day)

# "Cô ấy nói tiếng Pháp trôi chảy.", "Tôi chỉ nói được một chút tiếng Việt.", "Tôi không nói được tiếng Pháp chút
# nào.", "Tôi hoàn toàn không biết tiếng Pháp.", "Anh ấy nói tiếng Anh như người bản xứ."
_SPEAKS = lazy(
    rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<wholly>hoàn\s+toàn\s+)?(?:(?P<not>không)\s+)?(?P<only>chỉ\s+)?"
    rf"(?:(?P<know>biết)(?:\s+nói)?|nói(?P<can>\s+được)?)\s+(?P<little>(?:một\s+chút|một\s+ít|chút\s+ít)\s+)?"
    rf"(?P<lang>{_LANG})(?:\s+và\s+(?P<lang2>{_LANG}))?(?:\s+(?:(?P<very>rất|khá)\s+)?"
    rf"(?P<fluent>trôi\s+chảy|lưu\s+loát)|\s+(?P<native>như\s+người\s+bản\s+(?:xứ|ngữ))|\s+(?P<at_all>chút\s+nào))?"
    rf"(?P<just>\s+thôi)?{ASKED_END}")
# "Bạn nói được mấy thứ tiếng?", "Anh ấy nói được ba thứ tiếng.", "Bạn nói được những thứ tiếng nào?"
_HOW_MANY = lazy(
    rf"{WHO}\s+(?:nói|biết)(?:\s+được)?\s+(?:(?P<ask>mấy|bao\s+nhiêu)\s+|(?P<n>\d|{alternatives(_COUNT_VI)})\s+|"
    r"(?P<which>(?:những\s+)?(?:thứ\s+)?tiếng\s+(?:gì|nào)|những\s+ngôn\s+ngữ\s+nào))?"
    r"(?(which)|(?:thứ\s+tiếng|ngôn\s+ngữ))"
    + SOFTENED_END)
# "Tôi đang học tiếng Việt.", "Tôi muốn học tiếng Hàn.", "Bạn học tiếng Việt bao lâu rồi?", "Tôi học tiếng Việt được
# hai năm rồi."
_LEARNING = lazy(
    rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<now>đang)\s+|(?P<want>muốn)\s+|(?P<begun>mới\s+bắt\s+đầu)\s+|đã\s+)?học\s+"
    rf"(?P<lang>{_LANG})(?:\s+(?P<so_far>được))?(?:\s+(?:(?P<how_long>bao\s+lâu)|{dates.SPAN}))?(?:\s+(?P<done>rồi))?"
    + ASKED_END)
# "Tiếng Việt của bạn giỏi quá!", "Tiếng Anh của tôi không tốt lắm."; "Tiếng mẹ đẻ của bạn là gì?"
_WHOSE = rf"của\s+(?P<whose>(?i:{alternatives(OWNERS)}))"
_GOOD = lazy(rf"(?P<lang>{_LANG})\s+{_WHOSE}\s+(?:(?P<not>không)\s+)?(?:(?P<very>rất|khá)\s+)?(?:tốt|giỏi)"
             rf"(?:\s+(?P<much>lắm|quá))?{SOFTENED_END}")
_NATIVE = lazy(rf"(?i:tiếng)\s+mẹ\s+đẻ\s+{_WHOSE}\s+là\s+(?:(?P<what>gì)|(?P<lang>{_LANG})){SOFTENED_END}")

# ... and in English: "She speaks French fluently.", "He speaks fluent English.", "I only speak a little Vietnamese.",
# "I don't speak French at all.", "Does she speak Vietnamese?", "Can you speak Vietnamese?"
_SPEAKS_EN = lazy(
    rf"(?:(?P<do>Do|Does|Can)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not|can['’]t|cannot))?"
    rf"(?:\s+(?P<only>only))?(?:\s+(?P<can>can))?\s+(?P<speak>speaks?)\s+(?P<little>a\s+little\s+)?"
    rf"(?P<fluent0>fluent\s+)?(?P<lang>{_LANG_EN})(?:\s+and\s+(?P<lang2>{_LANG_EN}))?"
    r"(?:\s+(?:(?P<very>very|really|quite)\s+)?(?P<fluent>fluently)|\s+(?P<native>like\s+a\s+native(?:\s+speaker)?)|"
    r"\s+(?P<at_all>at\s+all))?\s*(?P<end>[.!?]*)")
# "How many languages do you speak?", "He speaks three languages.", "What languages does she speak?"
_HOW_MANY_EN = lazy(
    rf"(?:(?P<ask>How\s+many|What|Which)\s+languages\s+(?P<do>do|does|can)\s+)?{WHO_EN}(?:\s+(?P<can>can))?"
    rf"\s+(?P<speak>speaks?)(?(ask)|\s+(?P<n>\d|{alternatives(_COUNT_EN)})\s+languages)\s*(?P<end>[.!?]*)")
# "I'm learning Vietnamese.", "Are you learning Vietnamese?", "She wants to learn Korean."
_LEARNING_EN = lazy(
    rf"(?:(?P<be0>Am|Is|Are)\s+)?{WHO_EN}(?:(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is)|\s+(?P<want>wants?)\s+to)?"
    rf"\s+(?P<verb>learning|learn)\s+(?P<lang>{_LANG_EN})\s*(?P<end>[.!?]*)")
# "How long have you been learning Vietnamese?", "I've been learning Vietnamese for two years.", "He's just started
# learning French."
_HAVE_EN = lazy(
    rf"(?:How\s+long\s+(?P<have0>have|has)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+(?:(?P<just>just\s+"
    rf"started)|been)\s+learning\s+(?P<lang>{_LANG_EN})(?:\s+for\s+(?P<span>[\w\s]+?))?\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?P<whose>(?i:{alternatives(WHOSE_VI)}))"
_GOOD_EN = lazy(rf"{_WHOSE_EN}\s+(?P<lang>{_LANG_EN})(?:\s+is|['’]s)\s+(?:(?P<very>very|really|quite)\s+)?good"
                r"\s*(?P<end>[.!]*)")
_NATIVE_LANGUAGE = r"(?:native\s+language|mother\s+tongue|first\s+language)"
_NATIVE_EN = [lazy(rf"What(?:['’]s|\s+is)\s+{_WHOSE_EN}\s+{_NATIVE_LANGUAGE}\s*(?P<end>\?+)"),
              lazy(rf"{_WHOSE_EN}\s+{_NATIVE_LANGUAGE}\s+is\s+(?P<lang>{_LANG_EN})\s*(?P<end>[.!]*)"),
              lazy(rf"(?P<lang>{_LANG_EN})\s+is\s+{_WHOSE_EN}\s+{_NATIVE_LANGUAGE}\s*(?P<end>[.!]*)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks which languages someone speaks and how well, how many, whether
    they are learning one and how long for, whose Vietnamese is good, or whose native language is which; None for any
    other."""
    if src == "vi":
        return _speaks(text) or _how_many(text) or _learning(text) or _good(text) or _native(text)
    return _speaks_vi(text) or _how_many_vi(text) or _learning_vi(text) or _have_vi(text) or _good_vi(text) or \
        _native_vi(text)


def _lang(said: str) -> str:
    """A language of _LANG in English: "tiếng pháp" as "French"."""
    return LANGUAGE_OF[keyed(said)]


def _does(who_: str, one: bool, verb: str) -> str:
    """Who and the verb, agreeing: "she speaks", "I speak"."""
    return f"{who_} {said_of_one(verb) if one else verb}"


def _speaks(text: str) -> str | None:
    """"Cô ấy nói tiếng Pháp trôi chảy." as "She speaks French fluently.", "Tôi chỉ nói được một chút tiếng Việt." as
    "I only speak a little Vietnamese.", "Tôi không nói được tiếng Pháp chút nào." as "I can't speak French at all."
    (_SPEAKS); None for anything else, and for "biết" and "được" with nothing more (mt/skills.py's)."""
    m = _SPEAKS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["not"] or m["only"] or m["little"]
                                                                                   or m["native"]):
        return None
    denied, only = bool(m["not"] and (m["wholly"] or m["at_all"])), bool(m["only"] or m["just"])  # ("thôi": only)
    if (m["wholly"] or m["at_all"] or m["know"]) and not denied or m["not"] and (m["little"] or only or m["native"]) \
            or (m["lang2"] or only) and (m["fluent"] or m["native"]) or m["lang2"] and m["little"] or \
            m["just"] and asked:
        return None
    if m["can"] and not (only or m["fluent"] or denied) or not (said := who(m, asked)):
        return None  # ("nói được" alone is mt/skills.py's "can speak")
    who_, one = said
    lang = _lang(m["lang"]) + (f" and {_lang(m['lang2'])}" if m["lang2"] else "")
    can = bool(m["can"]) and not only  # ("chỉ nói được một chút": only speaks a little)
    how = f" {_FLUENT[m['very']]}fluently" if m["fluent"] else " like a native speaker" if m["native"] else ""
    if asked:
        return f"{'Can' if can else 'Does' if one else 'Do'} {who_} speak {lang}{how}?"
    end, little = m["end"] or ".", "a little " if m["little"] else ""
    if m["not"]:
        not_ = "can't" if can else "doesn't" if one else "don't"
        return capitalised(f"{who_} {not_} speak {lang}{how}{' at all' if denied else ''}{end}")
    speaks = "can speak" if can else "only " * only + ("speaks" if one else "speak")
    return capitalised(f"{who_} {speaks} {little}{lang}{how}{end}")


def _how_many(text: str) -> str | None:
    """"Bạn nói được mấy thứ tiếng?" as "How many languages do you speak?", "Anh ấy nói được ba thứ tiếng." as "He
    speaks three languages.", "Bạn nói được những thứ tiếng nào?" as "What languages do you speak?" (_HOW_MANY); None
    for anything else."""
    m = _HOW_MANY.fullmatch(text)
    asked = bool(m and (m["ask"] or m["which"]))
    if not m or asked != ("?" in m["end"]) or not (m["n"] or asked) or not (said := who(m, asked)):
        return None
    who_, one = said
    if asked:
        return f"{'How many' if m['ask'] else 'What'} languages {'does' if one else 'do'} {who_} speak?"
    n = _COUNT_VI.get(keyed(m["n"]), m["n"])
    return capitalised(f"{_does(who_, one, 'speak')} {n} languages{m['end'] or '.'}") if n not in ("0", "1") else None


def _learning(text: str) -> str | None:
    """"Tôi đang học tiếng Việt." as "I'm learning Vietnamese.", "Tôi muốn học tiếng Hàn." as "I want to learn
    Korean.", "Bạn học tiếng Việt bao lâu rồi?" as "How long have you been learning Vietnamese?", "Tôi học tiếng Việt
    được hai năm rồi." as "I've been learning Vietnamese for two years." (_LEARNING); None for anything else, and for
    a span with neither "được" nor "rồi" ("đã học … hai năm" may be over)."""
    m = _LEARNING.fullmatch(text)
    asked = bool(m and (m["asked"] or m["how_long"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["how_long"] and m["asked"]:
        return None
    span, aspect = m["how_long"] or m["n"], m["now"] or m["want"] or m["begun"]
    so_far = m["so_far"] or m["done"]  # ("đã học … hai năm" may be over)
    if span and (aspect or not so_far or m["u"] and keyed(m["u"]) not in _SPAN_UNITS) or \
            not span and (so_far or not aspect) or m["begun"] and asked or not (said := who(m, asked)):
        return None
    who_, one = said
    lang, end = _lang(m["lang"]), m["end"] or "."
    have = "has" if one else "have"
    if m["how_long"]:
        return f"How long {have} {who_} been learning {lang}?"
    if span:
        return capitalised(contracted(who_, f"{have} been learning {lang} for {dates.span(m)}{end}"))
    if m["begun"]:
        return capitalised(contracted(who_, f"{have} just started learning {lang}{end}"))
    if m["want"]:
        return f"{'Does' if one else 'Do'} {who_} want to learn {lang}?" if asked else capitalised(
            f"{_does(who_, one, 'want')} to learn {lang}{end}")
    be = {"I": "am", "you": "are", "we": "are", "they": "are"}.get(who_, "is")
    return f"{be.capitalize()} {who_} learning {lang}?" if asked else capitalised(
        contracted(who_, f"{be} learning {lang}{end}"))


def _good(text: str) -> str | None:
    """"Tiếng Việt của bạn giỏi quá!" as "Your Vietnamese is very good!", "Tiếng Anh của tôi không tốt lắm." as "My
    English isn't very good." (_GOOD); None for anything else."""
    m = _GOOD.fullmatch(text)
    if not m or "?" in m["end"] or m["not"] and (m["very"] or m["much"] == "quá"):
        return None
    whose, lang = OWNERS[keyed(m["whose"])], _lang(m["lang"])
    very = "quite " if m["very"] == "khá" else "very " if m["very"] or m["much"] else ""
    is_ = "isn't" if m["not"] else "is"
    return capitalised(f"{whose} {lang} {is_} {very}good{m['end'] or '.'}")


def _native(text: str) -> str | None:
    """"Tiếng mẹ đẻ của bạn là gì?" as "What's your native language?", "Tiếng mẹ đẻ của tôi là tiếng Việt." as "My
    native language is Vietnamese." (_NATIVE); None for anything else."""
    m = _NATIVE.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]):
        return None
    whose = OWNERS[keyed(m["whose"])]
    if m["what"]:
        return f"What's {whose} native language?"
    return capitalised(f"{whose} native language is {_lang(m['lang'])}{m['end'] or '.'}")


def _agrees(m: re.Match, one: bool, verb: str) -> bool:
    """Whether "do", "does", "don't", "can" (groups do, not, can) and the verb agree with who ("Does she speak", "I
    don't speak", "she speaks"; not "Does she speaks", "He speak")."""
    aux = " ".join((m["do"] or m["not"] or "").lower().replace("’", "'").split())
    if aux.startswith(("does", "doesn")):
        return one and verb == "speak"
    if aux.startswith(("do", "don")):
        return not one and verb == "speak"
    return verb == "speak" if aux or m["can"] else (verb == "speaks") == one


def _speaks_vi(text: str) -> str | None:
    """"She speaks French fluently." as "Cô ấy nói tiếng Pháp trôi chảy.", "I only speak a little Vietnamese." as
    "Tôi chỉ nói được một chút tiếng Việt.", "I don't speak French at all." as "Tôi không nói được tiếng Pháp chút
    nào." (_SPEAKS_EN); None for anything else, and where the verb does not agree with who."""
    m = _SPEAKS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["not"] or m["only"] or m["can"] or m["little"]):
        return None
    who_, one = who_vi(m)
    fluent = bool(m["fluent"] or m["fluent0"])
    can = (m["do"] or m["not"] or "").lower().startswith("can") or bool(m["can"])
    if not _agrees(m, one, m["speak"]) or m["fluent"] and m["fluent0"] or m["at_all"] and not m["not"] or m["can"] and \
            m["not"] or m["lang2"] and (m["little"] or fluent or m["native"]) or (fluent or m["native"]) and (
            can or m["little"] or m["only"]) or m["not"] and (m["little"] or m["native"] or m["only"]):
        return None
    lang = LANGUAGES_VI[m["lang"]] + (f" và {LANGUAGES_VI[m['lang2']]}" if m["lang2"] else "")
    how = f" {_FLUENT_VI[m['very']]}trôi chảy" if fluent else " như người bản xứ" if m["native"] else ""
    if m["do"]:
        return capitalised(f"{who_} có nói {'được ' * can}{lang}{how} không?")
    end = m["end"] or "."
    if m["not"]:
        said = f"nói {lang} không trôi chảy" if fluent else f"không nói được {lang}{' chút nào' * bool(m['at_all'])}"
        return capitalised(f"{who_} {said}{end}")
    if how:
        return capitalised(f"{who_} nói {lang}{how}{end}")
    little = "một chút " if m["little"] else ""
    return capitalised(f"{who_} {'chỉ ' * bool(m['only'])}nói được {little}{lang}{end}")


def _how_many_vi(text: str) -> str | None:
    """"How many languages do you speak?" as "Bạn nói được mấy thứ tiếng?", "He speaks three languages." as "Anh ấy
    nói được ba thứ tiếng." (_HOW_MANY_EN); None for anything else, and where the verb does not agree with who."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or m["ask"] and m["can"]:
        return None
    who_, one = who_vi(m)
    do = (m["do"] or "").lower()
    if not (m["speak"] == "speak" and (do != "does" or one) and (do != "do" or not one) if do or m["can"]
            else (m["speak"] == "speaks") == one):
        return None
    if m["ask"]:
        return capitalised(f"{who_} nói được {'mấy' if m['ask'].startswith('How') else 'những'} thứ tiếng"
                           f"{'' if m['ask'].startswith('How') else ' nào'}?")
    n = _COUNT_EN.get(m["n"].lower(), m["n"])
    return capitalised(f"{who_} nói được {n} thứ tiếng{m['end'] or '.'}") if n not in ("0", "1") else None


def _learning_vi(text: str) -> str | None:
    """"I'm learning Vietnamese." as "Tôi đang học tiếng Việt.", "Are you learning Vietnamese?" as "Bạn có đang học
    tiếng Việt không?", "She wants to learn Korean." as "Cô ấy muốn học tiếng Hàn." (_LEARNING_EN); None for
    anything else, and where "is" or "wants" does not agree with who."""
    m = _LEARNING_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or (m["verb"] == "learn") != bool(m["want"]) or m["be0"] and m[
            "be"] or not m["want"] and not (m["be0"] or m["be"]):
        return None
    who_, one = who_vi(m)
    if m["want"]:
        return capitalised(f"{who_} muốn học {LANGUAGES_VI[m['lang']]}{m['end'] or '.'}") if (
            m["want"] == "wants") == one else None
    be = {"'m": "am", "'re": "are", "'s": "is"}.get((m["be0"] or m["be"]).strip().lower().replace("’", "'"))
    be = be or (m["be0"] or m["be"]).strip().lower()
    if be != ("is" if one else "am" if who_ == "tôi" else "are"):
        return None
    if m["be0"]:
        return capitalised(f"{who_} có đang học {LANGUAGES_VI[m['lang']]} không?")
    return capitalised(f"{who_} đang học {LANGUAGES_VI[m['lang']]}{m['end'] or '.'}")


def _have_vi(text: str) -> str | None:
    """"How long have you been learning Vietnamese?" as "Bạn học tiếng Việt được bao lâu rồi?", "I've been learning
    Vietnamese for two years." as "Tôi học tiếng Việt được hai năm rồi.", "He's just started learning French." as
    "Anh ấy mới bắt đầu học tiếng Pháp." (_HAVE_EN); None for anything else, and where "has" does not agree."""
    m = _HAVE_EN.fullmatch(text)
    asked = bool(m and m["have0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["have"]) or asked and (m["just"] or m["span"]) or \
            not asked and bool(m["just"]) == bool(m["span"]):
        return None
    who_, one = who_vi(m)
    lang = LANGUAGES_VI[m["lang"]]
    if (" ".join((m["have0"] or m["have"]).lower().replace("’", "'").split()) in ("has", "'s")) != one:
        return None
    if asked:
        return capitalised(f"{who_} học {lang} được bao lâu rồi?")
    if m["just"]:
        return capitalised(f"{who_} mới bắt đầu học {lang}{m['end'] or '.'}")
    read = dates.whole(f"{' '.join(m['span'].split())} ago", "en", "vi") or ""
    span = read.removeprefix("cách đây ")
    if span == read or span.split()[-1] not in _SPAN_UNITS:
        return None
    return capitalised(f"{who_} học {lang} được {span} rồi{m['end'] or '.'}")


def _good_vi(text: str) -> str | None:
    """"Your Vietnamese is very good." as "Tiếng Việt của bạn rất tốt." (_GOOD_EN); None for anything else."""
    m = _GOOD_EN.fullmatch(text)
    if not m:
        return None
    whose = WHOSE_VI[m["whose"].lower()]
    return capitalised(f"{LANGUAGES_VI[m['lang']]} của {whose} {_FLUENT_VI[m['very']]}tốt{m['end'] or '.'}")


def _native_vi(text: str) -> str | None:
    """"What's your native language?" as "Tiếng mẹ đẻ của bạn là gì?", "Vietnamese is my mother tongue." as "Tiếng
    mẹ đẻ của tôi là tiếng Việt." (_NATIVE_EN); None for anything else."""
    m = next((m for p in _NATIVE_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    whose = WHOSE_VI[m["whose"].lower()]
    what = LANGUAGES_VI[m["lang"]] if m.groupdict().get("lang") else "gì"
    return f"Tiếng mẹ đẻ của {whose} là {what}{m['end'] or '.'}"
