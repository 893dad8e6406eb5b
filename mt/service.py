"""One translation request as a person or a program makes it: limits, language auto-detection, glossary text,
alternatives. The web app, the HTTP API and the CLI all go through `translate_request`.

    >>> from mt.service import translate_request
    >>> r = translate_request(translator, "Tôi dùng Zalo.", "auto", "en", alternatives=2, glossary="Zalo")
    >>> r.src, r.detected, r.translation.text, [a.text for a in r.translation.alternatives]
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from . import verbatim
from .detailed import Translation, translate_detailed
from .errors import InputError
from .glossary import Glossary, parse_glossary
from .langs import LANGUAGES, check_lang, check_pair
from .restore import has_marks, restorer, vietnamese_odds, words
from .text import normalize
from .translate import DecodeOptions, Translator, source_as_read

MAX_CHARS = 5000
AUTO = "auto"
# Text of two words or more without a single marked letter is Vietnamese typed without marks when its likeliest
# reading as such is this much likelier, in log-odds per token, than its likeliest reading as English; it is only
# computed when this share of the words are ones usually written with marks (English: 5% of sentences or fewer).
UNMARKED_ODDS = 1.5
UNMARKED_SHARE = 0.4


@dataclass
class Detection:
    language: str
    confidence: float  # 0..1


@dataclass
class Result:
    translation: Translation
    src: str
    tgt: str
    detected: Detection | None = None


def other(lang: str) -> str:
    """The other of our two languages."""
    return next(code for code in LANGUAGES if code != lang)


def detect_language(text: str) -> Detection:
    """vi or en with a probability; InputError when the text is clearly in a third language."""
    from .langid import identify

    if not text.strip():
        raise InputError("Type or paste some text to detect its language.")
    text = _language_part(text)
    found, unmarked = _vi_or_en(text)
    if unmarked:  # Vietnamese typed without marks: identify() would not know it either
        return found
    best, best_prob = identify(text)
    # Only a long, confidently identified text is refused: short vi/en snippets are often mistaken for others.
    if best not in LANGUAGES and best_prob > 0.98 and len(text.strip()) >= 25:
        raise InputError(f"This text looks like '{best}', not Vietnamese or English; this model translates "
                         "Vietnamese ⇄ English only.")
    return found


def vi_or_en(text: str) -> Detection:
    """Which of the two languages `text` is, with a probability (no third language)."""
    return _vi_or_en(_language_part(text))[0]


def _language_part(text: str) -> str:
    """The text without its addresses, handles and paths (mt/verbatim.py), which are in no language and would
    otherwise decide it ("see https://vnexpress.net/thoi-su/ha-noi" read as Vietnamese); all of it if that is all."""
    rest = verbatim.without(text)
    return rest if any(c.isalpha() for c in rest) else text


def _vi_or_en(text: str) -> tuple[Detection, bool]:
    """py3langid's answer, unless the text reads as Vietnamese typed without marks (then True)."""
    from .langid import detect

    lang, prob = detect(text)
    # The identifier learned marked Vietnamese: typed without marks, it often takes it for English, or is unsure.
    odds = unmarked_odds(text)
    if odds >= UNMARKED_ODDS:
        sure = 1 / (1 + math.exp(-odds * len(words(text))))
        return Detection("vi", max(sure, prob if lang == "vi" else 0.0)), True
    return Detection(lang, prob), False


def unmarked_odds(text: str) -> float:
    """The log-odds per token that a text is Vietnamese typed without marks rather than English (mt.restore); 0 for
    text with a marked letter, under two words, or with few words usually written with marks."""
    text = normalize(text)
    if has_marks(text) or len(words(text)) < 2 or restorer("vi").share(text) < UNMARKED_SHARE:
        return 0.0
    return vietnamese_odds(text)


def check_text(text: str | None, max_chars: int = MAX_CHARS) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InputError("Type or paste some text to translate.")
    if len(text) > max_chars:
        raise InputError(f"The text has {len(text):,} characters; the limit is {max_chars:,}. "
                         "Split it, or translate it as a document.")
    return text


def resolve(text: str, src: str, tgt: str, flip: bool = True) -> tuple[str, str, Detection | None]:
    """Resolve src="auto". When the text already is in the target language, `flip` translates it into the other
    language (what a person means); without it src equals tgt and the caller passes the text through."""
    check_lang(tgt)
    detected = None
    if src == AUTO:
        detected = detect_language(text)
        src = detected.language
        if src == tgt and flip:
            tgt = other(src)
    else:
        check_lang(src)
    return src, tgt, detected


def as_glossary(glossary: str | Glossary | None) -> Glossary | None:
    if glossary is None or isinstance(glossary, Glossary):
        return glossary or None
    return parse_glossary(glossary) or None


def translate_request(translator: Translator, text: str, src: str, tgt: str, *, alternatives: int = 0,
                      glossary: str | Glossary | None = None, max_chars: int = MAX_CHARS,
                      flip: bool = True, detailed: bool = True) -> Result:
    """`detailed=False` is for callers that only want the text (the HTTP API without alternatives): it skips
    word confidence and alignment, and takes Translator's fast path (segment cache, requests batched together)."""
    text = check_text(text, max_chars)
    src, tgt, detected = resolve(text, src, tgt, flip)
    gloss = as_glossary(glossary)
    if detected and src == tgt:  # auto-detected text already in the target language (flip=False): as it is
        return Result(Translation(text, 1.0), src, tgt, detected)
    check_pair(src, tgt)
    if not detailed and not alternatives and gloss is None:
        # read here, once, and translated as read: Translator.translate returns text only, and the caller wants
        # read_as too (what translate_detailed reports)
        read = source_as_read(text, src, DecodeOptions())
        done = translator.translate([read], src, tgt, options=DecodeOptions(restore_input=False))[0]
        return Result(Translation(done, float("nan"), read_as=read if read != normalize(text) else ""), src, tgt,
                      detected)
    result = translate_detailed(translator, [text], src, tgt, alternatives=alternatives, glossary=gloss)[0]
    return Result(result, src, tgt, detected)
