"""The last steps of a decoded sentence, word by word: its numbers made to agree with the source's (mt/numbers.py),
a capital where the source opens with one, the stretches written by rule put back in place of their placeholders
(mt.glossary), those the model lost inserted where they stood, and capitals again for a sentence written in them.

Translator.translate and mt.detailed both finish here, so both write the same text: the first from the decoded
text split at its spaces, the second from the model's own words, which keep their probability and the source
offset they came from while the steps edit, split, join and add words around them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from . import articles, ever, names, nations, phrasebook, pronouns, tense, when
from .glossary import (AS_WRITTEN, PLACED, TRANSLATED, Job, Slot, count, final_stop, hidden, stray_brackets,
                       token_pattern)
from .numbers import number_edits
from .text import capitalised, is_shouting, opened_as


# prepositions that a stretch written by rule may open with, or the model write before it; and "arrive", after
# which "to" is "at" (_joined_to)
_PREPOSITIONS = {"to", "at", "in", "for", "near", "on", "into"}
_ARRIVE = {"arrive", "arrived", "arrives", "arriving"}
# terms English says without an article: a country's adjective after "is" and its people ("Norwegians")
_NO_ARTICLE = {said for adjective in nations.NATIONALITIES.values() for said in (adjective, nations.people(adjective))}


@dataclass
class Word:
    text: str
    prob: float = 1.0  # probability the model gave this word (1.0 for glossary terms)
    before: str = " "  # what separates it from the previous word: "", " " or newlines
    fixed: str = ""  # not chosen by the model: the Match.source that put it there ("glossary", "verbatim", ...)
    source: int | None = None  # offset in the source sentence of what the model attended to most


def join_words(words: list[Word]) -> str:
    return "".join((w.before if i else "") + w.text for i, w in enumerate(words))


def as_words(text: str) -> list[Word]:
    """A decoded text's words, split at its spaces."""
    return [Word(w) for w in text.split(" ") if w]


def finish(source: str, translation: str, src: str, tgt: str) -> str:
    """A translation of `source` with nothing hidden from the model (a listed phrase, a rule's sentence) finished.
    Its numbers, tenses and articles are left as the rule wrote them: the mending of those is for the model's
    output ("Tôi cao 1m70." is "I'm 1.70 m tall.", not the source's "I'm 1 m tall."; "Can I go now?" for "Tôi đi được
    chưa?" is not "Have I gone now yet?", nor "Bạn quên mật khẩu rồi à?" "… rồi à chưa?")."""
    return join_words(finish_words(as_words(translation), Job(source, []), src, tgt, numbers=False, mended=False))


def finish_words(words: list[Word], job: Job, src: str, tgt: str, numbers: bool = True,
                 mended: bool = True) -> list[Word]:
    """A decoded sentence's words finished. Numbers and the first capital are settled as decoded, with the stretches
    still hidden, so that they leave the stretches alone; then the stretches are put back, those lost that must come
    back (glossary.PLACED) where they stood, and the final stop a placeholder took with it; tenses and articles are
    mended (`mended`: not those of a sentence written by rule). In a sentence in capitals (decoded in sentence case)
    every word but those kept as written goes back into capitals."""
    source = job.shielded or job.sentence
    if numbers and {src, tgt} == {"vi", "en"}:
        _repair_numbers(words, source, src, tgt)
    if words:
        words[0] = replace(words[0], text=opened_as(source, words[0].text))
    if job.slots:
        words = _after_opening(put_back_words(words, job.slots, len(job.sentence)), job, tgt)
        last = words[-1].text if words else ""
        if stop := final_stop(job.sentence, last)[len(last):]:
            words.append(Word(stop, 1.0, ""))
    words = _joined_to(words)
    if mended:
        words = _articles(_tenses(words, job.sentence, src, tgt), job.sentence, src, tgt)
    if job.sentence.endswith(",") and words and not words[-1].text.endswith((",", ".", "!", "?", ";", ":", "…")):
        words[-1] = replace(words[-1], text=words[-1].text + ",")  # a clause split off at its comma keeps it (the
        # model dropped it: "Whether you drive fast or slow," → "Bạn có lái xe nhanh hay chậm không")
    if is_shouting(job.sentence):
        words = [w if w.fixed in AS_WRITTEN else replace(w, text=w.text.upper()) for w in words]
    return words


def _repair_numbers(words: list[Word], source: str, src: str, tgt: str) -> None:
    """mt.numbers.repair_numbers word by word (a number is never more than one word)."""
    starts, end = [], 0
    for i, w in enumerate(words):
        start = end + (len(w.before) if i else 0)
        end = start + len(w.text)
        starts.append(start)
    for start, stop, text in reversed(number_edits(source, join_words(words), src, tgt)):
        k = bisect_right(starts, start) - 1  # the word the number starts in
        w = words[k]
        if stop <= starts[k] + len(w.text):
            words[k] = replace(w, text=w.text[: start - starts[k]] + text + w.text[stop - starts[k]:])


def unshield(output: str, slots: list[Slot]) -> str:
    """A decoded text with the wanted text in place of each placeholder (unshield_words)."""
    return join_words(unshield_words(as_words(output), slots))


def unshield_words(words: list[Word], slots: list[Slot]) -> list[Word]:
    """The words with each placeholder replaced by its text, which counts as the rule's or the glossary's word.
    A translated term that opens the sentence gets a capital letter (kept terms stay exactly as written); one the
    model glued to a word gets its space back ("{0}Lets" -> "Hoa", "Lets": terms only ever match whole words), and
    one it set apart from the punctuation after it loses that space; one that ends with a dot ("9 a.m.") ends the
    sentence with it; a bracket the model wrote again beside a placeholder in brackets goes."""
    slots = hidden(slots)
    if not slots:
        return words
    for s in slots:
        if " " in s.token:  # a sum or a name shown as the target writes it ("VND84 billion"): the model wrote words
            words = _joined(words, s.token)
    words = _without_stray_brackets(words, slots)
    patterns = [(token_pattern(s.token), s) for s in slots]
    pattern = re.compile("(" + "|".join(p.pattern for p, _ in patterns) + ")")

    def slot_of(part: str) -> Slot | None:  # the slot a placeholder the model wrote stands for
        return next((s for p, s in patterns if p.fullmatch(part)), None)

    out: list[Word] = []
    for i, w in enumerate(words):
        parts = [p for p in pattern.split(w.text) if p]
        if len(parts) == 1 and not slot_of(parts[0]):
            out.append(w)
            continue
        for k, part in enumerate(parts):
            slot, left = slot_of(part), slot_of(parts[k - 1]) if k else None
            before = w.before if k == 0 else ""
            if k and (slot or left) and _glued(parts[k - 1], part, left or slot, bool(left)):
                before = " "
            if slot:
                out.append(Word(_written(slot, i == 0 and k == 0), 1.0, before, slot.match.source, slot.match.start))
            else:
                out.append(Word(part, w.prob, before, w.fixed, w.source))
    return _tidy_punctuation(out)


def _written(slot: Slot, at_start: bool) -> str:
    """A slot's text; a translated one opening the sentence with a capital ("ngày 4 tháng 7" -> "Ngày 4 tháng 7")."""
    text = slot.match.replacement
    return capitalised(text) if at_start and slot.match.source in TRANSLATED and text[:1].islower() else text


def _joined(words: list[Word], token: str) -> list[Word]:
    """The words that spell `token` (with spaces in it) made one word, so that it is replaced like the others."""
    starts, pos = [], 0
    for i, w in enumerate(words):
        pos += len(w.before) if i else 0
        starts.append(pos)
        pos += len(w.text)
    found = token_pattern(token).search(join_words(words))
    if not found:
        return words
    first, last = bisect_right(starts, found.start()) - 1, bisect_right(starts, found.end() - 1) - 1
    run = words[first : last + 1]
    one = Word(join_words(run), min(w.prob for w in run), run[0].before, run[0].fixed, run[0].source)
    return words[:first] + [one] + words[last + 1:]


def _without_stray_brackets(words: list[Word], slots: list[Slot]) -> list[Word]:
    """glossary.stray_brackets word by word: "quá", "[", "[1]" → "quá", "[1]"."""
    tokens = [s.token for s in slots if s.token.startswith("[")]
    out: list[Word] = []
    for i, w in enumerate(words):
        after = words[i + 1].text if i + 1 < len(words) else ""
        if w.text == "[" and any(after.startswith(t) for t in tokens):
            continue
        if w.text == "]" and out and any(out[-1].text.endswith(t) for t in tokens):
            continue
        for t in tokens:
            w = replace(w, text=stray_brackets(t).sub("", w.text))
        out.append(w)
    return out


def _glued(left: str, right: str, slot: Slot, slot_left: bool) -> bool:
    """A term the model glued to a word gets its space back (terms match whole words; markup stays glued). `slot` is
    the placeholder's at the seam, on the left when `slot_left`."""
    if slot.match.source == "markup":
        return False
    edge = right[:1] if slot_left else left[-1:]  # the neighbouring word's character at the seam
    return bool(re.match(r"\w", edge))


def _tidy_punctuation(words: list[Word]) -> list[Word]:
    """A written word that ends with a dot ("9 a.m.") ends the sentence with it: the model's full stop after it goes.
    Punctuation the model set apart from a written word ("vào thứ Hai ,") is joined to it."""
    out: list[Word] = []
    for w in words:
        written = out and out[-1].fixed and out[-1].fixed != "markup"
        if written and w.before == " " and w.text[:1] in ",.;:!?":
            w = Word(w.text, w.prob, "", w.fixed, w.source)
        if written and out[-1].text.endswith(".") and not w.before and w.text.startswith("."):
            w = Word(w.text[1:], w.prob, w.before, w.fixed, w.source)
        if w.text:
            out.append(w)
    return out


def put_back(output: str, slots: list[Slot], length: int) -> str:
    """A decoded text as `put_back_words` leaves it."""
    return join_words(put_back_words(as_words(output), slots, length))


def put_back_words(words: list[Word], slots: list[Slot], length: int) -> list[Word]:
    """Decoded words unshielded, with the stretches they lost that must come back (glossary.PLACED) inserted by
    position (_inserted); `length` is the source sentence's."""
    decoded = join_words(words)
    lost = [s for s in hidden(slots) if s.match.source in PLACED and not count(decoded, s.token)]
    return _inserted(unshield_words(words, slots), lost, length)


def _inserted(words: list[Word], lost: list[Slot], length: int) -> list[Word]:
    """The words with each lost slot inserted by position: a stretch that began at a fraction f of the source
    (`length` characters) goes before the word at the fraction f of the translation's words."""
    for s in sorted(lost, key=lambda s: s.match.start, reverse=True):
        at = round(len(words) * s.match.start / max(length, 1))
        words = words[:at] + [Word(s.match.replacement, fixed=s.match.source, source=s.match.start)] + words[at:]
    return words


def _tenses(words: list[Word], source: str, src: str, tgt: str) -> list[Word]:
    """An English sentence that opens with a day behind has the verb after who did it in the past (mt/tense.py):
    "Yesterday, they go Da Lat." → "Yesterday, they went Da Lat."; a question about him, her or them asks about
    them, not "you" (mt/pronouns.py); after a day ahead, "would" is "will"; a verb after
    "will" its base ("I'll flew" → "I'll fly"); "like to swimming" is "like swimming"; a verb of a habit in the
    Vietnamese is in the present ("I went to the market every morning." → "I go …"); "… chưa?" and "bao lâu rồi?" are
    asked with "have" ("Have you finished …", "How long have you been …"); and in Vietnamese "Have you …?" is asked
    with "chưa?"."""
    if (src, tgt) == ("en", "vi"):
        words = _mended(words, lambda tokens: tense.yet_vi(tokens, source))
        words = _mended(words, lambda tokens: tense.how_long_vi(tokens, source))
        words = _mended(words, lambda tokens: when.when_vi(tokens, source))
        return _mended(words, lambda tokens: tense.so_far_vi(tokens, source))
    if tgt != "en":
        return words
    if src == "vi":
        words = _mended(words, lambda tokens: pronouns.kept(tokens, source))
    words = _mended(_mended(_mended(words, tense.mended), tense.will_ahead), tense.after_will)
    words = _mended(words, tense.gerund_after_to)
    if src != "vi":
        return words
    words = _mended(_mended(words, lambda tokens: tense.habitual(tokens, source)), lambda t: tense.so_far(t, source))
    words = _mended(words, lambda tokens: ever.ever(tokens, source))
    words = _mended(words, lambda tokens: when.when(tokens, source))
    words = _mended(words, lambda tokens: nations.agree(tokens, source))
    words = _mended(words, lambda tokens: tense.not_yet(tokens, source))
    return _mended(words, lambda tokens: tense.how_long_so_far(tokens, source))


def _joined_to(words: list[Word]) -> list[Word]:
    """A stretch written by rule that opens with a preposition (mt.terms: "to the airport", "at the museum") takes the
    place of the model's own right before it, and "to" after "arrive" is "at": shown the stretch, v6 wrote "I went to
    to the convenience store", "I'm waiting for at the museum", "We arrived to the train station". The model's "the"
    before a rank and a name (mt.names.RANKS: "The Pope Francis") or a Vietnamese name of two words or more ("Call
    the Tran Van Minh.") and its article before a country's adjective
    (mt.nations.NATIONALITIES: "She is a Japanese.") and its "the" before a people ("The Australians was …") go."""
    out: list[Word] = []
    for k, w in enumerate(words):
        first = w.text.split(" ", 1)[0]
        after = words[k + 1].text if k + 1 < len(words) else ""
        if out and (w.fixed == "name" and _a_person(w.text, after) and out[-1].text in ("the", "The")
                    or w.fixed == "term" and w.text in _NO_ARTICLE and out[-1].text.lower() in ("a", "an", "the")):
            w = replace(w, before=out.pop().before)
        if w.fixed and first in _PREPOSITIONS and out and not out[-1].fixed:
            if out[-1].text.lower() in _PREPOSITIONS:
                w = replace(w, before=out.pop().before)
            elif first == "to" and out[-1].text.lower() in _ARRIVE:
                w = replace(w, text="at" + w.text[len("to"):])
        out.append(w)
    return out


def _a_person(name: str, after: str) -> bool:
    """Whether a name written by rule takes no "the" before it: a rank and a name ("Pope Francis"), or a Vietnamese
    name of two words or more ("Tran Van Minh": v7 wrote "Call the Tran Van Minh."), unless what follows makes it
    a name of a thing ("the Ho Chi Minh Trail", "the Tran Van Minh family")."""
    first, *rest = name.split(" ")
    if first in names.EN_RANK_WORDS:
        return True
    return (bool(rest) and first in names.FAMILY_BARE and not after[:1].isupper()
            and after.rstrip(".,!?;:").lower() not in _OF_A_NAME)


# what a name before it names, with "the" (_a_person)
_OF_A_NAME = {"family", "families", "dynasty", "clan", "era", "period", "government", "administration"}


def _articles(words: list[Word], source: str, src: str, tgt: str) -> list[Word]:
    """"a" and "an" in an English sentence for the sound of the word after them (mt/articles.py): "a older brother"
    → "an older brother"; no "the" before a game played ("play the football" → "play football"), no "a" before
    what is not counted ending a clause ("I only have a cash."); things liked in general ("I like a cat." → "I like
    cats."); "the" after a word of where before a place on a way ("To roundabout" → "To the roundabout"); "to" after
    "go" before a meal ("Let's go dinner.")."""
    if tgt != "en":
        return words
    if src == "vi":
        words = _mended(words, lambda tokens: articles.liked(tokens, source))
    words = _mended(_mended(words, articles.left_out), articles.the_way)
    return _mended(_mended(words, articles.to_a_meal), articles.mended)


def _mended(words: list[Word], mend) -> list[Word]:
    """The words with the tokens `mend` (tokens -> {place: new token}) says to write otherwise rewritten; a word
    written by rule may hold several tokens ("my sister", a term) and is mended inside."""
    tokens = [(i, token) for i, w in enumerate(words) for token in w.text.split(" ")]
    said = mend([token for _, token in tokens])
    if not said:
        return words
    texts: dict[int, list[str]] = {}
    for k, (i, token) in enumerate(tokens):
        texts.setdefault(i, []).append(said.get(k, token))
    out = []
    for i, w in enumerate(words):
        text = " ".join(t for t in texts[i] if t)  # a token mended to "" is left out ("play the football")
        if text:
            out.append(replace(w, text=text) if text != w.text else w)
    return out


def _after_opening(words: list[Word], job: Job, tgt: str) -> list[Word]:
    """A sentence that opens with a stretch written by rule ending with a comma ("Tonight,", mt.dates) goes on in
    small letters where its next word is usually written so: the model, shown "tonight, bạn đi đâu?", wrote "Tonight,
    Where did you go?" (phrasebook.continued)."""
    lead = next((s.match.replacement for s in job.slots if s.match.start == 0), "")
    if not lead.endswith(",") or len(words) < 2 or words[0].text != capitalised(lead) or words[1].fixed:
        return words
    return [words[0], replace(words[1], text=phrasebook.continued(words[1].text, tgt))] + words[2:]
