"""Vietnamese left untranslated in an English translation, and the tokens that could spell it.

The bundled model (v6) leaves a Vietnamese word in about one English line in twenty of FLORES-200 dev ("No one was
in the căn hộ.", "was sa thải after the Grand Prix", "miền bắc Rock" for the source's "Northern Rock"). Translator
decodes such a sentence again with every token that holds a Vietnamese letter forbidden ("No one was in the
house.", "was sacked", "Northern Rock"). A word the output copies from the source and that is not Vietnamese is a
name, not a leak: "Jiménez" and "República" stay, though their letters are Vietnamese ones too.

The other way, v6 copies the English word that opens a sentence into Vietnamese now and then, as if it were a name
("Wait until Monday." → "Wait đến thứ Hai."; "Late on Sunday, ..." → "Late vào Chủ nhật, ..."; "Water is another
example." → "Water là một ví dụ khác."): such a sentence is decoded again, read with that word in small letters and
forbidden to write it (`copied_first_word`); so is one that copied a word from beside a stretch written by rule
("… và ate cao lầu.": `copied_inner_word`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .glossary import STYLES
from .lazy_re import lazy
from .restore import restorer
from .text import TONE_MARKS, VIET_MARKS

_WORD = lazy(r"[^\W\d_]+")
# one Vietnamese syllable, tone taken off: initial consonant(s), one to three vowels, a final consonant or glide
_SYLLABLE = lazy(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}"
                 r"(ch|ng|nh|[cmnpt]|[iyou])?")


@lru_cache(maxsize=4096)
def _vietnamese_letter(ch: str) -> bool:
    """đ, or a vowel with only Vietnamese marks: ă, ơ, ế, ạ, é... but not ñ, ü or Cyrillic й."""
    if ch in "đĐ":
        return True
    base, *marks = unicodedata.normalize("NFD", ch)
    return base in "aeiouyAEIOUY" and bool(marks) and all(m in VIET_MARKS for m in marks)


def has_vietnamese_letter(text: str) -> bool:
    """Whether the text holds a letter written with Vietnamese marks (stricter than mt.restore.has_marks, which
    also takes ñ or й for marked)."""
    return any(map(_vietnamese_letter, text))


def is_vietnamese(word: str) -> bool:
    """A word written with Vietnamese marks that Vietnamese text uses (in the restoration table's counts), or one
    shaped like a Vietnamese syllable ("kền", "vịn": rare words the table left out). "República", "Sámi" and
    "résumé" are neither."""
    if not has_vietnamese_letter(word):
        return False
    table = restorer("vi").cased
    if table.count(word) > 0 or table.count(word.lower()) > 0:
        return True
    return syllable_shaped(word)


def syllable_shaped(word: str) -> bool:
    """Whether the word, tone aside, is shaped like one Vietnamese syllable ("kền", "Minh"; not "Obama")."""
    toneless = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word.lower())
                                                    if c not in TONE_MARKS))
    return _SYLLABLE.fullmatch(toneless) is not None


def leaks(source: str, translation: str) -> bool:
    """Whether an English translation of `source` holds a word with Vietnamese marks that is not a foreign name
    copied from the source: a Vietnamese word, or a piece of one ("lướiley", "dưabouts")."""
    marked = [w for w in _WORD.findall(translation) if has_vietnamese_letter(w)]
    return bool(marked) and not set(marked) <= names(source)


def names(source: str) -> set[str]:
    """The source's words with Vietnamese letters that are not Vietnamese: foreign names the output may copy."""
    return {w for w in _WORD.findall(source) if has_vietnamese_letter(w) and not is_vietnamese(w)}


def marked_tokens(vocabulary: list[str]) -> list[str]:
    """The vocabulary's tokens that hold a letter with a Vietnamese mark: what a retry forbids."""
    return [t for t in vocabulary if has_vietnamese_letter(t)]


def forbidden(source: str, marked: list[str]) -> tuple[str, ...]:
    """What a retry of `source` forbids: the marked tokens, less those that spell part of a foreign name in it, so
    that "República" and "Sámi" are still written right in a sentence that also left a Vietnamese word."""
    keep = names(source)
    return tuple(t for t in marked if not any(t.lstrip("▁") in w for w in keep))


# a placeholder of any of mt.glossary's styles ("{0}", "[1]", "%1$s", "<0>")
_PLACEHOLDER = lazy("|".join(re.sub(r"\d+", lambda _: r"\d+", re.escape(style(7))) for style in STYLES))
_FIRST_WORD = lazy(r"[\s\"'“‘(\[]*([A-Z][a-z]+)(?![\w'’])")
# "I" opening both, or a clause after a comma: v6, shown a term right after it ("I bị ho." for "I have a cough.",
# "Rất tiếc, I không đến được" for "Sorry, I can't make it"), keeps it as a name; a numeral ("World War I") follows
# neither
_I = lazy(r"(?:^|,\s)[\s\"'“‘(\[]*I(?=[\s'’])")
# an English word is common at this many uses in the English table, and a sentence's first word is not a name
# ("Bill", "Rose") when English writes it this many times more often in small letters inside sentences
COMMON, NOT_A_NAME = 50, 10
# Vietnamese borrows a word it uses at least this share as often as English does ("Email", "Video"; the tables
# count about as many words each), and writes a syllable spelt like an English word ("An", "In") that often
BORROWED, A_SYLLABLE = 0.2, 10


def copied_first_word(source: str, translation: str) -> str | None:
    """The first word of `source`, in small letters, if its Vietnamese `translation` copied it and it is a common
    English word, not a name ("Bill"), and not one Vietnamese borrows or spells alike ("Video", "An"). v6 takes
    such a capitalised word for a name now and then ("Wait until Monday." → "Wait đến thứ Hai."). Copies inside a
    sentence are left to `copied_inner_word`: most are words Vietnamese keeps ("100 feet", "quán bar") or its own
    ("in ra"). "I" is
    given as it is: it opens a translation, or a clause after a comma, only as a copy (_I)."""
    if _I.search(source) and _I.search(translation):
        return "I"
    first = _FIRST_WORD.match(source)
    word = first.group(1) if first else ""
    if word not in _WORD.findall(translation):
        return None
    en, vi, small = restorer("en").cased, restorer("vi").cased, word.lower()
    common = en.count(small, inside=True)
    if common < COMMON or common < NOT_A_NAME * en.count(word, inside=True):
        return None
    used = sum(vi.count(v) for v in (small, word, word.upper()))
    if used >= BORROWED * common or (syllable_shaped(small) and used >= A_SYLLABLE):
        return None
    return small


def copied_inner_word(source: str, translation: str) -> str | None:
    """An English word in small letters that `source` has right beside a stretch shown in Vietnamese or hidden
    behind a placeholder (mt.glossary.shield) and that its Vietnamese `translation` copied between two such words,
    if Vietnamese does not borrow it (BORROWED): v6 keeps such a word now and then ("We went to the market and ate
    cao lầu." → "… và ate [1]."; "I ate một đĩa …" → "Tôi ate một đĩa …"). Other copies are left alone: "100 feet"
    and "quán bar" keep theirs."""
    said = _tokens(source)
    beside = {w for i, w in enumerate(said) if w.islower() and w.isascii() and w.isalpha()
              and any(map(_shown, said[max(i - 1, 0): i] + said[i + 1: i + 2]))}
    words = _tokens(translation)
    en, vi = restorer("en").cased, restorer("vi").cased
    for before, word, after in zip(words, words[1:], words[2:]):
        used = sum(vi.count(v) for v in (word, word.capitalize(), word.upper()))
        if word in beside and _shown(before) and _shown(after) and used < BORROWED * en.count(word):
            return word
    return None


def _tokens(text: str) -> list[str]:
    """The text's words and placeholders, without the punctuation around them."""
    return [t.strip(".,;:!?\"'“”‘’()") or t for t in text.split()]


def _shown(token: str) -> bool:
    """A placeholder ("[1]", "{0}", "%1$s", "<0>"), or a word only Vietnamese writes: with a Vietnamese mark, or a
    syllable Vietnamese uses far more than English."""
    if _PLACEHOLDER.fullmatch(token) or has_vietnamese_letter(token):
        return True
    return syllable_shaped(token) and restorer("vi").cased.count(token.lower()) > NOT_A_NAME * max(
        1, restorer("en").cased.count(token.lower(), inside=True))


def first_in_small_letters(source: str) -> str:
    """`source` with its first word in small letters (the same length, so offsets into the text hold): v6
    translates the "wait" or "meet" that it copied as "Wait" or "Meet"."""
    first = _FIRST_WORD.match(source)
    if not first:
        return source
    return source[: first.start(1)] + source[first.start(1)].lower() + source[first.start(1) + 1:]
