"""Understanding each other in conversation, both ways, written whole by rule: asking someone to say it again, to speak
more slowly or louder, or to spell it; not understanding or not catching it; what a word means, how it is said in
English or Vietnamese, how it is spelt or pronounced. v8 (the rules on) reads "nhắc lại" as reconsidering, "đánh vần"
as fighting and "nghĩa là" as "means": "Bạn nhắc lại được không?" → "Could you reconsider?", "Nói to lên!" → "Say up!",
"Bạn đánh vần được không?" → "Can you fight?", "Tên bạn đánh vần thế nào?" → "How's your name beaten?", "'Phở' nghĩa
là gì?" → "What means 'pho'?" (the word lost), "'Cảm ơn' tiếng Anh nói thế nào?" → '"Thank you" what English said?';
"Could you repeat that?" → "Bạn có thể lặp lại điều đó không?", "Could you speak up?" → "Bạn nói được không?", "What
does 'phở' mean?" → "Có nghĩa là 'phở' là gì?", "How do you say 'thank you' in Vietnamese?" → 'Bạn nói "thank em ở
Việt Nam như thế nào?', "How do you spell your name?" → "Bạn đánh dấu tên của mình như thế nào?", "Pardon?" →
"Tiếng P-rô-on?".

Taken: "you" asked or told to say it again (what: _OBJECTS), more slowly, to speak more slowly, louder or up, to spell
it; who does not quite understand what (_OBJECTS, what someone means or says), asked or said; "I" or "we" not catching
a name or what was said; "What did you say?", "What do you mean?", "Pardon?"; what a word means (in English or
Vietnamese), how one says it, what it is or is called in English or Vietnamese, how one spells or pronounces it, the
word quoted (kept as typed), "this", "this word", "your name". Left: the phrases ("Bạn nói lại được không?", "Could
you say that again?", "I didn't catch that.", "Từ này nghĩa là gì?"), "Tôi không hiểu." and "Bạn có hiểu không?"
alone (v8 is right), hearing on the phone (mt/reception.py), speaking a language (mt/skills.py), a word not quoted
(but after "từ"), languages other than English and Vietnamese, "Em/Tôi nói lại nhé" (the speaker saying it again).
mt.phrasebook.translate tries these after mt/shopping.py.

    >>> translate("Bạn nhắc lại được không?", "vi", "en"), translate("Could you repeat that?", "en", "vi")
    ('Could you say that again?', 'Bạn nhắc lại được không?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENER, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lại|chậm|\sto\s|lớn|vần|phát\s+âm|thế\s+nào|nghĩa|là\s+gì|hiểu|kịp|nghe|nói\s+gì|\bý)"),
         "en": lazy(r"(?i:repeat|again|more\s+time|once\s+more|slow|loud|speak\s+up|spell|pronounc|mean|say|"
                    r"call|understand|catch|hear|pardon|what['’]s|what\s+is)")}
# the listener, as a request or a question names them ("Anh nhắc lại được không?": asked, "anh" is "you")
_YOU = r"(?:bạn|anh|chị|em|cô|chú|bác|ông|bà|cậu)"
_LANGS = {"tiếng việt": "Vietnamese", "tiếng anh": "English"}
_LANGS_VI = {en: vi.replace("v", "V").replace("anh", "Anh") for vi, en in _LANGS.items()}
_LANG = r"(?i:tiếng\s+(?:việt|anh))"
_QUOTED = r"(?:'[^'\s][^']*'|\"[^\"\s][^\"]*\"|“[^”]+”|‘[^’]+’|«[^»]+»)"
# what is said again, spelt or not understood (the first Vietnamese of each is written back)
_OBJECTS = {"câu hỏi": "the question", "câu này": "this sentence", "câu đó": "that sentence", "từ này": "this word",
            "từ đó": "that word", "tên bạn": "your name", "tên của bạn": "your name", "địa chỉ": "the address",
            "số điện thoại": "the phone number"}
_OBJECTS_VI = {en: vi for vi, en in reversed(_OBJECTS.items())}
_SORRY = r"(?:(?P<sorry>(?i:xin\s+lỗi)),?\s+)?"
_SORRY_EN = r"(?:(?P<sorry>Sorry|Excuse\s+me),?\s+)?"
_BIT = r"(?:\s+(?P<bit>(?:một\s+)?(?:chút|tí|xíu)))?"
_BITS_EN = [rf"(?P<{name}>a\s+(?:little|bit)\s+)?" for name in ("bit0", "bit", "bit2")]  # (one group name each)

# asked or told to say it again, slower, louder, to spell it ("Bạn nhắc lại được không?", "Nói to lên!")
_DO = (rf"(?:(?P<rep>nhắc\s+lại|lặp\s+lại|nói\s+lại)(?:\s+(?P<obj>{alternatives(_OBJECTS)}))?"
       r"(?P<again>\s+(?:một\s+)?lần\s+nữa)?(?P<slow>\s+chậm\s+(?:hơn|lại|thôi))?|nói\s+(?:(?P<slower>chậm\s+(?:lại|"
       rf"hơn))|(?P<louder>(?:to|lớn)\s+(?P<up>hơn|lên))){_BIT}|(?P<spell>đánh\s+vần)(?:\s+(?P<sobj>tên\s+(?:của\s+)?"
       r"bạn))?)")
_REQUEST = lazy(rf"{_SORRY}(?:(?P<you>(?i:{_YOU}))\s+)?(?:(?P<can>có\s+thể)\s+)?(?:(?P<please>(?i:làm\s+ơn|vui"
                rf"\s+lòng))\s+)?(?i:{_DO})(?P<help>\s+(?:giúp|giùm|hộ)(?:\s+(?:tôi|em|mình|anh|chị|con|cháu))?)?"
                rf"(?:\s+(?P<ok>được\s+không|không|đi))?{SOFTENER}\s*(?P<end>[.!?]*)")
# ... in English ("Could you repeat that?", "Please speak up.", "Can you spell your name, please?")
_DO_EN = (rf"(?:(?P<rep>repeat|say)\s+(?P<obj>that|it|{alternatives(_OBJECTS_VI)})(?P<again>\s+(?:again|one\s+more\s+"
          rf"time|once\s+more))?(?P<slow>\s+(?:{_BITS_EN[0]}more\s+slowly|slowly|slower))?|"
          rf"(?:speak|talk)\s+(?:{_BITS_EN[1]}(?P<slower>more\s+slowly|slower)|(?P<up>up)|{_BITS_EN[2]}(?P<louder>"
          r"louder|more\s+loudly))|(?P<spell>spell)\s+(?:that|it|(?P<sobj>your\s+name)))")
_REQUEST_EN = lazy(rf"{_SORRY_EN}(?:(?P<can>(?i:can|could|would))\s+you\s+(?P<pls>please\s+)?|"
                   rf"(?P<please>Please\s+)?)(?i:{_DO_EN})(?P<pls2>,?\s+please)?\s*(?P<end>[.!?]*)")

# who does not understand ("Tôi không hiểu ý bạn.", "Bạn có hiểu ý tôi không?"), or did not catch it
_WHAT = {"ý bạn": "what you mean", "bạn nói gì": "what you're saying", "bạn đang nói gì": "what you're saying",
         "ý tôi": "what I mean", "tôi nói gì": "what I'm saying", "tôi đang nói gì": "what I'm saying"}
_WHAT_VI = {en.lower(): vi for vi, en in reversed(_WHAT.items())} | {
    "what you are saying": "bạn nói gì", "what you said": "bạn nói gì", "me": "tôi nói gì",
    "what i am saying": "tôi nói gì"}
_UNDERSTOOD = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<ask>có)\s+)?hiểu(?P<quite>\s+(?:rõ\s+)?lắm)?"
                   rf"(?:\s+(?P<what>{alternatives(_WHAT)}|{alternatives(_OBJECTS)}))?(?P<q2>\s+lắm)?"
                   rf"(?:\s+(?P<asked>không))?{SOFTENER}\s*(?P<end>[.!?]*)")
_UNDERSTOOD_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|didn['’]t|do\s+not|does"
                      rf"\s+not|did\s+not)\s+)?(?P<quite>quite\s+)?understand(?P<verb_s>s)?(?:\s+(?P<what>(?i:"
                      rf"{alternatives(_WHAT_VI)}|{alternatives(_OBJECTS_VI)})))?\s*(?P<end>[.!?]*)")
_CAUGHT = lazy(rf"{_SORRY}(?P<i>(?i:tôi|mình|chúng\s+tôi))\s+(?:(?:không|chưa)\s+nghe\s+(?:(?P<in_time>kịp)|rõ)|"
               r"nghe\s+(?:không|chưa)\s+(?:(?P<in_time2>kịp)|rõ))(?:\s+(?P<what>tên\s+(?:của\s+)?bạn|bạn\s+"
               r"(?:vừa\s+)?nói\s+gì))?\s*(?P<end>[.!]*)")
_CAUGHT_EN = lazy(rf"{_SORRY_EN}(?P<i>I|We)\s+(?:didn['’]t|did\s+not)\s+(?P<verb>catch|hear)\s+(?P<what>your\s+"
                  r"name|what\s+you\s+(?:just\s+)?said)\s*(?P<end>[.!]*)")
# "Bạn vừa nói gì?", "Ý bạn là gì?"; "What did you say?", "What do you mean?", "Pardon?"
_SAID = lazy(rf"{_SORRY}(?:(?P<you>(?i:{_YOU}))\s+(?P<just>vừa\s+)?nói\s+gì|(?P<mean>[ÝýYy]\s+(?i:{_YOU})\s+là\s+"
             rf"(?:gì|sao))){SOFTENER}\s*\?+")
_SAID_EN = lazy(rf"{_SORRY_EN}(?:What\s+did\s+you\s+(?P<just>just\s+)?say|(?P<mean>What\s+do\s+you\s+mean(?:"
                r"\s+by\s+that)?)|(?P<pardon>(?:I\s+beg\s+your\s+)?[Pp]ardon(?:\s+me)?))\s*\?+")

# what a word means, how it is said, spelt or pronounced ("'Phở' nghĩa là gì?", "Tên bạn đánh vần thế nào?")
_KINDS = {"từ": "word", "chữ": "word", "câu": "sentence", "cụm từ": "phrase"}
_KINDS_VI = {en: vi for vi, en in reversed(_KINDS.items())}
_THIS = {"này": "this", "đó": "that", "ấy": "that", "kia": "that"}
_BARE = r"(?!(?:tiếng|trong|bằng|có|nghĩa|nói|gọi|là|đánh|phát|viết|đọc|này|đó|ấy|kia)\b)[^\W\d_]+"
_WORD = (rf"(?:(?P<kind>(?i:{alternatives(_KINDS)}))\s+)?(?:(?P<q>{_QUOTED})|(?P<this>này|đó|ấy|kia))|(?P<cai>[Cc]ái)"
         rf"\s+(?P<this2>này|đó|kia)|(?P<name>[Tt]ên\s+(?:của\s+)?bạn)|(?P<bare_kind>[Tt]ừ)\s+(?P<bare>{_BARE}(?:\s+"
         rf"{_BARE}){{0,2}})")
_HOW = (r"(?P<mean>(?:có\s+)?nghĩa\s+là\s+gì)|(?P<say>nói\s+(?:như\s+)?thế\s+nào)|(?P<called>(?:được\s+)?gọi\s+là"
        r"\s+gì)|(?P<what>là\s+gì)|(?P<spell>(?:đánh\s+vần|viết)\s+(?:như\s+)?thế\s+nào)|(?P<pron>(?:phát\s+âm|đọc)"
        r"\s+(?:như\s+)?thế\s+nào)")
_ABOUT = lazy(rf"{_SORRY}(?:(?:[Tt]rong\s+)?(?P<lang0>{_LANG})\s*,?\s+)?(?:{_WORD})(?:\s+(?:trong\s+|bằng\s+)?"
              rf"(?P<lang>{_LANG}))?\s+(?:{_HOW}){SOFTENER}\s*\?+")
_WORD_EN = (rf"(?:the\s+(?P<kind>word|sentence|phrase)\s+)?(?P<q>{_QUOTED})|(?P<this>this|that|it)(?:\s+(?P<kind2>word|"
            r"sentence|phrase))?|(?P<name>your\s+name)")
_IN = r"(?:\s+in\s+(?P<lang>English|Vietnamese))"
_LEAD_EN = {"mean": r"What\s+does", "meaning": r"What(?:['’]s|\s+is)\s+the\s+meaning\s+of",
            "say": r"How\s+(?:do|would|can)\s+(?:you|I|we)\s+say", "what": r"What(?:['’]s|\s+is)",
            "call": r"What\s+do\s+you\s+call", "spell": r"How\s+do\s+you\s+spell",
            "pron": r"How\s+do\s+you\s+pronounce"}
_ABOUT_EN = lazy(rf"{_SORRY_EN}(?:{'|'.join(f'(?P<{k}>{v})' for k, v in _LEAD_EN.items())})\s+(?:{_WORD_EN})"
                 rf"(?P<tail>\s+mean|\s+called)?{_IN}?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence asking someone to say it again, slower, louder or to spell it, saying or asking
    who understands or caught it, or asking what a word means or how it is said, spelt or pronounced; else None."""
    if src == "vi":
        return _request(text) or _understood(text) or _caught(text) or _said(text) or _about(text)
    return _request_vi(text) or _understood_vi(text) or _caught_vi(text) or _said_vi(text) or _about_vi(text)


def _sorry(m: re.Match, said: str, tgt: str) -> str:
    """What is said, after "Sorry, " or "Xin lỗi, " where the sentence opened with it ("Sorry, could you …")."""
    if not m["sorry"]:
        return capitalised(said)
    return f"{'Sorry' if tgt == 'en' else 'Xin lỗi'}, {said[0].lower() if said[0].isupper() else said[0]}{said[1:]}"


def _request(text: str) -> str | None:
    """"Bạn nhắc lại được không?" as "Could you say that again?", "Nói to lên!" as "Speak up!", "Bạn đánh vần tên bạn
    được không?" as "Could you spell your name?" (_REQUEST); None for anything else, and for one said of the speaker
    or with a kin word not asking ("Em nói lại nhé.": let me say it again)."""
    m = _REQUEST.fullmatch(text)
    if not m:
        return None
    asked, ok = "?" in m["end"], m["ok"] or ""
    if asked != (ok in ("được không", "không") and bool(ok)) or m["can"] and not asked or \
            not asked and m["you"] and not (ok == "đi" or m["please"]) or m["please"] and asked:
        return None
    bit = " a little" if m["bit"] else ""
    if m["rep"]:
        obj = _OBJECTS[keyed(m["obj"])] if m["obj"] else ""
        doing = (f"repeat {obj}" if obj else "say that again") + " more slowly" * bool(m["slow"])
    elif m["slower"]:
        doing = f"speak{bit} more slowly"
    elif m["louder"]:
        doing = f"speak{bit} louder" if bit or keyed(m["up"]) == "hơn" else "speak up"
    else:
        doing = "spell your name" if m["sobj"] else "spell it"
    if asked:
        return _sorry(m, f"Could you {doing}{', please' * bool(m['help'])}?", "en")
    please = m["please"] or m["help"]
    return _sorry(m, f"{'Please ' if please else ''}{doing}{(m['end'] or '.')[:1]}", "en")


def _request_vi(text: str) -> str | None:
    """"Could you repeat that?" as "Bạn nhắc lại được không?", "Please speak up." as "Làm ơn nói to lên.", "Can you
    spell your name, please?" as "Bạn đánh vần tên bạn giúp tôi được không?" (_REQUEST_EN); None for anything else,
    "say that" without "again" and a question without "Can you"."""
    m = _REQUEST_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["rep"] and m["rep"].lower() == "say" and not (
            m["again"] or m["slow"]) or m["rep"] and m["obj"].lower() not in ("that", "it") and m["again"]:
        return None
    bit = " một chút" if m["bit"] or m["bit2"] or m["bit0"] else ""
    if m["rep"]:
        obj = m["obj"].lower()
        doing = f"nhắc lại {_OBJECTS_VI[obj]}" if obj in _OBJECTS_VI else \
            "nói lại" if m["rep"].lower() == "say" else "nhắc lại"
        doing += " lần nữa" * bool(m["again"] and not m["slow"]) + (f" chậm hơn{bit}" if m["slow"] else "")
    elif m["slower"]:
        doing = f"nói chậm hơn{bit}"
    elif m["louder"] or m["up"]:
        doing = f"nói to hơn{bit}" if m["louder"] else "nói to lên"
    else:
        doing = "đánh vần tên bạn" if m["sobj"] else "đánh vần"
    please = m["pls"] or m["pls2"] or m["please"]
    if m["can"]:
        return _sorry(m, f"Bạn {doing}{' giúp tôi' * bool(please)} được không?", "vi")
    return _sorry(m, f"{'Làm ơn ' if please else ''}{doing}{'' if please else ' đi'}{(m['end'] or '.')[:1]}", "vi")


def _understood(text: str) -> str | None:
    """"Tôi không hiểu ý bạn." as "I don't understand what you mean.", "Tôi chưa hiểu lắm." as "I don't quite
    understand.", "Bạn có hiểu ý tôi không?" as "Do you understand what I mean?" (_UNDERSTOOD); None for anything else,
    and "Tôi không hiểu." alone (v8 is right)."""
    m = _UNDERSTOOD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["not"] or m["quite"] or m["q2"]):
        return None
    said = who(m, asked)
    what = m["what"] and (_WHAT.get(keyed(m["what"])) or _OBJECTS[keyed(m["what"])])
    quite = m["quite"] or m["q2"]
    if said is None or not (what or quite) or asked and not what or m["quite"] and m["q2"]:
        return None
    who_, one = said
    if what and who_ in what.split()[1:2]:  # ("Tôi không hiểu ý tôi": what someone else means)
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} understand {what}?"
    if not m["not"]:  # ("Tôi hiểu ý bạn.": what, not how well)
        verb = "understands" if one else "understand"
        return None if quite else capitalised(f"{who_} {verb} {what}{m['end'] or '.'}")
    verb = "doesn't" if one else "don't"
    return capitalised(f"{who_} {verb}{' quite' * bool(quite)} understand{' ' + what if what else ''}{m['end'] or '.'}")


def _understood_vi(text: str) -> str | None:
    """"I don't understand what you mean." as "Tôi không hiểu ý bạn.", "I don't quite understand." as "Tôi không hiểu
    lắm.", "Do you understand what I mean?" as "Bạn có hiểu ý tôi không?" (_UNDERSTOOD_EN); None for anything else,
    "I don't understand." alone (v8 is right) and where "does" does not agree with who."""
    m = _UNDERSTOOD_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["do"]) != asked or m["not"] and asked or not (m["what"] or m["quite"]) or \
            not m["not"] and (m["quite"] or not m["what"]):
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    said_of_one = aux.startswith("does") if aux else bool(m["verb_s"])  # ("does", "doesn't", "understands")
    if aux and m["verb_s"] or not aux.startswith("did") and said_of_one != one:
        return None
    what = m["what"] and " ".join(m["what"].lower().replace("’", "'").split())
    what = what and (_WHAT_VI.get(what) or _OBJECTS_VI.get(what))
    if m["what"] and not what or what and who_ in what.split()[:2]:  # ("I don't understand what I mean")
        return None
    if asked:
        return capitalised(f"{who_} có hiểu {what} không?")
    if not m["not"]:
        return capitalised(f"{who_} hiểu {what}{m['end'] or '.'}")
    return capitalised(f"{who_} không hiểu{' ' + what if what else ''}{' lắm' * bool(m['quite'])}{m['end'] or '.'}")


def _caught(text: str) -> str | None:
    """"Tôi không nghe kịp." as "I didn't catch that.", "Tôi chưa nghe rõ tên bạn." as "I didn't catch your name."
    (_CAUGHT); None for anything else, and hearing alone ("Tôi nghe không rõ.": mt/reception.py's)."""
    m = _CAUGHT.fullmatch(text)
    if not m or not (m["in_time"] or m["in_time2"] or m["what"]):
        return None
    i = "We" if keyed(m["i"]) == "chúng tôi" else "I"
    what = "that" if not m["what"] else "your name" if "tên" in m["what"] else "what you said"
    return _sorry(m, f"{i} didn't catch {what}{m['end'] or '.'}", "en")


def _caught_vi(text: str) -> str | None:
    """"I didn't catch your name." as "Tôi chưa nghe rõ tên bạn.", "I didn't hear what you said." as "Tôi chưa nghe
    rõ bạn nói gì." (_CAUGHT_EN); None for anything else ("I didn't catch that.": the phrasebook's)."""
    m = _CAUGHT_EN.fullmatch(text)
    if not m:
        return None
    what = "tên bạn" if "name" in m["what"] else "bạn nói gì"
    return _sorry(m, f"{'Tôi' if m['i'] == 'I' else 'Chúng tôi'} chưa nghe rõ {what}{m['end'] or '.'}", "vi")


def _said(text: str) -> str | None:
    """"Bạn vừa nói gì?" as "What did you just say?", "Ý bạn là gì?" as "What do you mean?" (_SAID); None for anything
    else."""
    m = _SAID.fullmatch(text)
    if not m:
        return None
    return _sorry(m, "What do you mean?" if m["mean"] else f"What did you {'just ' * bool(m['just'])}say?", "en")


def _said_vi(text: str) -> str | None:
    """"What did you say?" as "Bạn vừa nói gì?", "What do you mean?" as "Ý bạn là gì?", "Pardon?" as "Xin lỗi, bạn
    nói gì cơ?" (_SAID_EN); None for anything else."""
    m = _SAID_EN.fullmatch(text)
    if not m or m["pardon"] and m["sorry"]:
        return None
    if m["pardon"]:
        return "Xin lỗi, bạn nói gì cơ?"
    return _sorry(m, "Ý bạn là gì?" if m["mean"] else "Bạn vừa nói gì?", "vi")


def _word_en(m: re.Match) -> str | None:
    """The word of a match of _WORD in English: "'phở'" as typed, "the word 'phở'", "this word", "that", "your
    name"; None for a kind of word after "cái"."""
    if m["q"]:
        return f"the {_KINDS[keyed(m['kind'])]} {m['q']}" if m["kind"] else m["q"]
    if m["bare"]:
        return f"the word '{m['bare']}'"
    if m["name"]:
        return "your name"
    this = _THIS[m["this"] or m["this2"]]
    return f"{this} {_KINDS[keyed(m['kind'])]}" if m["kind"] else this if m["cai"] else None


def _about(text: str) -> str | None:
    """"'Phở' nghĩa là gì?" as "What does 'Phở' mean?", "'Cảm ơn' tiếng Anh nói thế nào?" as "How do you say 'Cảm ơn'
    in English?", "Tên bạn đánh vần thế nào?" as "How do you spell your name?" (_ABOUT); None for anything else: a
    language where none goes or none where one does, two of them, a word not quoted but after "từ"."""
    m = _ABOUT.fullmatch(text)
    if not m or m["lang0"] and m["lang"] or (word := _word_en(m)) is None:
        return None
    lang = m["lang0"] or m["lang"]
    lang = lang and _LANGS[keyed(lang)]
    named = not (m["q"] or m["bare"])  # ("this", "your name": none of them said in another language)
    if m["mean"]:
        said = f"What does {word} mean{f' in {lang}' if lang else ''}?"
    elif m["spell"] or m["pron"]:
        if lang or m["cai"] or m["name"] and m["pron"]:
            return None
        said = f"How do you {'spell' if m['spell'] else 'pronounce'} {word}?"
    elif not lang or m["name"]:
        return None
    elif m["say"]:
        said = f"How do you say {word} in {lang}?"
    else:
        said = f"What is {word} called in {lang}?" if named else f"What's {m['q'] or repr(m['bare'])} in {lang}?"
    return _sorry(m, said, "en")


def _word_vi(m: re.Match) -> str:
    """The word of a match of _WORD_EN in Vietnamese: "Từ 'phở'" (a sentence of four words or more: "Câu '…'"), "Từ
    này", "Cái đó", "Tên bạn"."""
    if m["q"]:
        kind = _KINDS_VI[m["kind"]] if m["kind"] else "câu" if len(m["q"].split()) > 3 else "từ"
        return f"{kind.capitalize()} {m['q']}"
    if m["name"]:
        return "Tên bạn"
    this = {"this": "này"}.get(m["this"].lower(), "đó")
    return f"{_KINDS_VI[m['kind2']].capitalize() if m['kind2'] else 'Từ' if m['this'] == 'it' else 'Cái'} {this}"


def _about_vi(text: str) -> str | None:
    """"What does 'phở' mean?" as "Từ 'phở' nghĩa là gì?", "How do you say 'thank you' in Vietnamese?" as "Từ 'thank
    you' tiếng Việt nói thế nào?", "How do you spell your name?" as "Tên bạn đánh vần thế nào?" (_ABOUT_EN); None for
    anything else: "mean" or "called" where it does not go, a language missing or not wanted, "it" but spelt or
    pronounced."""
    m = _ABOUT_EN.fullmatch(text)
    tail = m and (m["tail"] or "").split()
    if not m or (m["mean"] is not None) != (tail == ["mean"]) or tail == ["called"] and not m["what"] or (
            bool(m["lang"]) != bool(m["say"] or m["what"] or m["call"]) and not (m["mean"] or m["meaning"])) or (
            m["this"] == "it" and not (m["spell"] or m["pron"]) or m["name"] and not m["spell"]):
        return None
    word = _word_vi(m)
    lang = f" {_LANGS_VI[m['lang']]}" if m["lang"] else ""
    if m["mean"] or m["meaning"]:
        said = f"{word}{lang} nghĩa là gì?"
    elif m["spell"] or m["pron"]:
        said = f"{word} {'đánh vần' if m['spell'] else 'phát âm'} thế nào?"
    elif m["say"]:
        said = f"{word}{lang} nói thế nào?"
    else:
        said = f"{word}{lang} {'gọi là' if tail or m['call'] or not m['q'] else 'là'} gì?"
    return _sorry(m, said, "vi")
