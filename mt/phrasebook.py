"""Everyday phrases translated whole, from a list that ships (`resources/phrases.vi-en.txt`, `phrases.en-vi.txt`,
in the format of a glossary). They are what people try first, and v6 gets many wrong: "Bạn có khỏe không?" →
"Are you healthy?", "Xin lỗi." → "Please error.", "Good night." → "Tối hôm qua." (last night), "Congratulations!"
→ "Những nghi ngờ!" (doubts). A sentence that is one of the phrases, whatever its case, commas and final
punctuation, is not given to the model; its final punctuation is kept where the listed translation has none.

A phrase that opens or closes a longer sentence, set off by a comma, is looked up too: `clauses` splits the sentence
there, and the rest goes to the model alone ("Xin lỗi, nhà ga ở đâu?" gave "Sorry, where does the station?"; "Nhà
ga ở đâu?" alone gives "Where is the station?"). The rest is given to the model with a capital, as a sentence, and
its translation joins the phrase's in small letters where the word is usually written so (`continued`).

    >>> translate("Xin lỗi!", "vi", "en"), translate("bạn có khỏe không", "vi", "en")
    ('Sorry!', 'How are you?')
    >>> clauses("Xin lỗi, nhà ga ở đâu?", "vi", "en")
    ['Xin lỗi,', 'Nhà ga ở đâu?']
"""
from __future__ import annotations

import re
from functools import lru_cache

from .glossary import parse_glossary
from .restore import RESOURCES, restorer

_END = re.compile(r"[.!?…]+$")
_CLAUSE_END = re.compile(r"(?<=,)\s+")
# a phrase, a comma and up to three capitalised words: someone spoken to ("Cảm ơn nhiều, Tom.")
_VOCATIVE = re.compile(r"(?P<phrase>[^,]+),\s+(?P<name>[^\W\d_]+(?:\s[^\W\d_]+){0,2})(?P<end>[.!?…]*)")


def translate(sentence: str, src: str, tgt: str) -> str | None:
    """The listed translation of a sentence that is one of the phrases, with its final punctuation; else None. A
    clause that ends with a comma (see `clauses`) keeps it in place of the translation's own final punctuation."""
    text = sentence.strip()
    target = _table(src, tgt).get(_key(text))
    vocative = _VOCATIVE.fullmatch(text)
    if target is None and vocative and all(w[0].isupper() for w in vocative.group("name").split()):
        listed = translate(vocative.group("phrase") + ",", src, tgt)  # "Happy birthday, Muiriel!": the name as it is
        if listed and listed.endswith(" bạn,"):  # "Hi, George!" is "Chào George!", not "Chào bạn, George!" (you)
            listed = listed[: -len(" bạn,")]
        return f"{listed} {vocative.group('name')}{vocative.group('end')}" if listed else None
    if target is None:
        return None
    if text.endswith(","):
        return _END.sub("", target) + ","
    end = _END.search(text)
    return target if _END.search(target) or end is None else target + end.group()


def clauses(sentence: str, src: str, tgt: str) -> list[str]:
    """The sentence split at each comma that sets off a listed phrase, the other clauses kept together; a part that
    follows a comma starts with a capital letter (the same length: offsets into it still hold). [sentence] when no
    clause is a phrase, or when the sentence is one."""
    table = _table(src, tgt)
    pieces = _CLAUSE_END.split(sentence)
    if len(pieces) < 2 or translate(sentence, src, tgt) is not None:
        return [sentence]
    listed = [_key(p) in table for p in pieces]
    if not any(listed):
        return [sentence]
    parts = [pieces[0]]
    for piece, was, now in zip(pieces[1:], listed, listed[1:]):
        if was or now:
            parts.append(piece[:1].upper() + piece[1:] if len(piece[:1].upper()) == 1 else piece)
        else:
            parts[-1] += " " + piece
    return parts


def continued(translation: str, lang: str) -> str:
    """The translation of a clause that goes on a sentence (after "Xin lỗi,"): its first word in small letters
    where `lang` usually writes it so inside a sentence ("where", "tôi"; not "I" or "Hà")."""
    word = re.match(r"[^\W\d_]+", translation)
    if not word or not word.group()[0].isupper():
        return translation
    table = restorer(lang).cased
    low = word.group()[0].lower() + word.group()[1:]
    keep = table.count(word.group(), inside=True) >= table.count(low, inside=True)  # an unknown word as written
    return translation if keep else low + translation[word.end():]


def _key(text: str) -> str:
    return " ".join(_END.sub("", text).replace(",", " ").lower().split())


@lru_cache(maxsize=None)
def _table(src: str, tgt: str) -> dict[str, str]:
    path = RESOURCES / f"phrases.{src}-{tgt}.txt"
    if not path.is_file():
        return {}
    return {_key(e.source): e.target for e in parse_glossary(path.read_text(encoding="utf-8")).entries}
