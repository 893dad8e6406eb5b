"""Translations with more than the text: alternatives, per-word confidence, glossaries, and where each output
word came from in the source (mt.markup uses that to carry formatting across).

    >>> from mt import Translator, Glossary
    >>> from mt.detailed import translate_detailed
    >>> t = Translator.load("models/vien-base")
    >>> r = translate_detailed(t, ["Tôi dùng Zalo."], "vi", "en", alternatives=3, glossary=Glossary.parse("Zalo"))[0]
    >>> r.text, r.confidence, [a.text for a in r.alternatives], [(w.text, w.prob) for w in r.words]

Texts are split into lines and sentences exactly as Translator.translate splits them, so without a glossary
`r.text` equals `t.translate(...)` for the same decoding options. Confidence is the model's own probability:
a word's is the product of its pieces' probabilities given the source and the words before it; a
translation's is exp(mean log-probability per piece). Low values mark words worth a second look.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import partial

from . import phrasebook
from .finishing import Word, as_words, finish, finish_words, join_words
from .glossary import PLACED, TRANSLATED, Glossary, Job, Match, by_style, hidden, missing
from .text import CLITIC_WORD, normalize
from .translate import (DecodeOptions, Hypothesis, Translator, comma_before, goes_on, in_order, plan_line,
                        sentence_job, source_as_read)

LOW_CONFIDENCE = 0.5  # words below this probability are highlighted for checking
MAX_ALTERNATIVES = 8
GLOSSARY_HYPOTHESES = 4  # n-best searched for one that kept every placeholder
ALIGN_FLOOR = 0.01  # added to each direction's attention before the product (see _agreement)


@dataclass
class Alternative:
    text: str
    confidence: float


@dataclass
class Translation:
    text: str
    confidence: float  # exp(mean log-probability per piece), 0..1
    alternatives: list[Alternative] = field(default_factory=list)  # other candidates, best first
    words: list[Word] = field(default_factory=list)  # "".join(w.before + w.text) == text
    warnings: list[str] = field(default_factory=list)
    read_as: str = ""  # the source as read, when it was typed without marks or capitals, or in chat shorthand

    def low_confidence(self, threshold: float = LOW_CONFIDENCE) -> list[Word]:
        return [w for w in self.words if not w.fixed and w.prob < threshold]


@dataclass
class Candidate:
    """One hypothesis for one sentence, placeholders put back."""

    words: list[Word]
    score: float  # mean log-probability per piece (CTranslate2's normalised score)
    n_pieces: int
    units: list[tuple[list[str], Hypothesis, list[int]]]  # per chunk: source pieces, hypothesis, piece offsets

    @property
    def text(self) -> str:
        return join_words(self.words)


@dataclass
class SentenceResult:
    candidates: list[Candidate]  # best first; at least one
    warnings: list[str] = field(default_factory=list)


def confidence(score: float) -> float:
    return math.exp(min(score, 0.0))


# ---------------------------------------------------------------------------------------------- texts


def translate_detailed(translator: Translator, texts: str | list[str], src: str, tgt: str, *,
                       alternatives: int = 0, glossary: Glossary | None = None, word_scores: bool = True,
                       options: DecodeOptions | None = None) -> list[Translation]:
    """Translate each text, with up to `alternatives` other candidates and per-word confidence."""
    from .errors import InputError

    if isinstance(texts, str):
        texts = [texts]
    if not 0 <= alternatives <= MAX_ALTERNATIVES:
        raise InputError(f"alternatives must be between 0 and {MAX_ALTERNATIVES}")
    translator.check_direction(src, tgt)
    opts = options or DecodeOptions()
    read = [source_as_read(_text(t), src, opts) for t in texts]
    layouts = [[plan_line(line, src, tgt) for line in text.split("\n")] for text in read]
    sentences = list(dict.fromkeys(s for lay in layouts for line in lay for s in line))
    results = dict(zip(sentences, translate_sentences(translator, sentences, src, tgt, glossary=glossary,
                                                       n_best=alternatives + 1, word_scores=word_scores,
                                                       options=options)))
    out = [_assemble(layout, results, alternatives, tgt) for layout in layouts]
    for t, text, result in zip(texts, read, out):
        if text != normalize(t):
            result.read_as = text
    return out


def _text(t) -> str:
    from .errors import InputError

    if not isinstance(t, str):
        raise InputError(f"expected text, got {type(t).__name__}")
    return t


def _assemble(layout: list[list[str]], results: dict[str, SentenceResult], n_alt: int, tgt: str) -> Translation:
    words: list[Word] = []
    warnings: list[str] = []
    breaks = ""
    for i, line in enumerate(layout):
        breaks += "\n" if i else ""
        for k, sentence in enumerate(line):
            res = results[sentence]
            warnings += [w for w in res.warnings if w not in warnings]
            last = len(res.candidates[0].words) - 1
            for j, w in enumerate(res.candidates[0].words):
                w = replace(w)  # a sentence met twice is shared between texts
                if j == 0:
                    w.before = breaks if breaks or not words else " "
                    breaks = ""
                    # a clause after a phrase: its first word in small letters where the word is written so, as in
                    # Translator.translate, unless the word is one kept exactly as written (an address, a kept term)
                    if goes_on(line, k) and w.fixed in ("", "phrase", *TRANSLATED):
                        w.text = phrasebook.continued(w.text, tgt)
                if j == last and comma_before(line, k):  # ... and after a comma, for the model's full stop
                    w.text = phrasebook.comma_ended(w.text)
                words.append(w)
    text = join_words(words)
    best = [results[s].candidates[0] for line in layout for s in line]
    alts: list[Alternative] = []
    seen = {text}
    for k in range(1, n_alt + 1):
        picks = [[_pick(results[s], k) for s in line] for line in layout]
        alt = "\n".join(" ".join(in_order(planned, [c.text for c in line], tgt))
                        for planned, line in zip(layout, picks))
        if alt not in seen:
            seen.add(alt)
            alts.append(Alternative(alt, _mean_confidence([c for line in picks for c in line])))
    return Translation(text, _mean_confidence(best), alts, words, warnings)


def _pick(res: SentenceResult, k: int) -> Candidate:
    return res.candidates[k] if k < len(res.candidates) else res.candidates[0]


def _mean_confidence(cands: list[Candidate]) -> float:
    n = sum(c.n_pieces for c in cands)
    if not n:
        return 1.0
    return confidence(sum(c.score * c.n_pieces for c in cands) / n)


# ------------------------------------------------------------------------------------------ sentences


def translate_sentences(translator: Translator, sentences: list[str], src: str, tgt: str, *,
                        glossary: Glossary | None = None, extra: list[list[Match]] | None = None,
                        n_best: int = 1, attention: bool = False, word_scores: bool = False,
                        options: DecodeOptions | None = None, phrases: bool = True) -> list[SentenceResult]:
    """Translate single sentences (no further splitting, long ones chunked) into n-best candidates.

    `extra[i]` are further stretches of sentence i to pass through as given (inline code, URLs); with the
    glossary's matches they are shielded by placeholders. A sentence whose candidates lost a placeholder is
    retried with the next placeholder style; if every style fails, the best candidate is kept with a warning.
    With `phrases`, an everyday phrase is looked up instead (mt/phrasebook.py; formatted documents turn it off:
    its words have no alignment to carry formatting), unless a glossary term is in it.
    """
    terms = [glossary.matches(s) if glossary else [] for s in sentences]
    listed = [phrasebook.translate(s, src, tgt) if phrases and not t else None for s, t in zip(sentences, terms)]
    todo = [i for i, p in enumerate(listed) if p is None]
    decoded = _decode_sentences(translator, [sentences[i] for i in todo], [terms[i] for i in todo],
                                [extra[i] for i in todo] if extra else None, src, tgt, n_best, attention,
                                word_scores, options or DecodeOptions())
    out = [SentenceResult([_listed(s, p, src, tgt)]) if p else None for s, p in zip(sentences, listed)]
    for i, result in zip(todo, decoded):
        out[i] = result
    return out  # type: ignore[return-value]


def _decode_sentences(translator: Translator, sentences: list[str], terms: list[list[Match]],
                      extra: list[list[Match]] | None, src: str, tgt: str, n_best: int, attention: bool,
                      word_scores: bool, opts: DecodeOptions) -> list[SentenceResult]:
    """translate_sentences for the sentences the model translates: `terms[i]` are sentence i's glossary matches."""
    results: list[SentenceResult | None] = [None] * len(sentences)
    jobs = [sentence_job(s, src, tgt, i, terms[i], extra[i] if extra else None) for i, s in enumerate(sentences)]
    decode = partial(_decode, translator, src=src, tgt=tgt, opts=opts, n_best=n_best, attention=attention)
    for job, cands in by_style(list(jobs), decode, lambda job, cands: not _kept_all(cands, job)):
        good = _kept_all(cands, job)
        if good or not job.slots:
            results[job.index] = SentenceResult(good or cands)
            continue
        # markup, addresses, sums and names a candidate lost are put back by position (mt.finishing)
        lost = missing(cands[0].text, job.slots)
        glossary_lost = sorted({s.match.replacement for s in lost if s.match.source not in PLACED})
        warnings = [f"could not place {', '.join(repr(x) for x in glossary_lost)} in the translation of "
                    f"{job.sentence[:60]!r}"] if glossary_lost else []
        results[job.index] = SentenceResult(cands, warnings)
    best = [r.candidates[0] for r in results]
    if attention:
        _align(translator, best, jobs, src, tgt)
    if word_scores:
        _score_words(translator, best, src, tgt)
    for job, res in zip(jobs, results):  # finished last: words must match pieces until then
        for c in res.candidates:
            c.words = finish_words(c.words, job, src, tgt)
    return results  # type: ignore[return-value]


def _listed(sentence: str, translation: str, src: str, tgt: str) -> Candidate:
    """A phrase's listed translation as a candidate, finished as Translator.translate finishes it: sure, with no
    pieces behind it."""
    words = as_words(finish(sentence, translation, src, tgt))
    return Candidate([replace(w, fixed="phrase") for w in words], 0.0, 1, [])


def _kept_all(cands: list[Candidate], job: Job) -> list[Candidate]:
    """The candidates that kept every placeholder of the job's."""
    return [c for c in cands if not missing(c.text, job.slots)]


def _decode(translator: Translator, jobs: list[Job], src, tgt, opts: DecodeOptions, n_best: int,
            attention: bool) -> list[list[Candidate]]:
    """Encode, chunk and decode every job's shielded sentence; n-best candidates per job."""
    sp = translator.sp_source
    units, owners = [], []
    for j, job in enumerate(jobs):
        pieces = sp.encode(job.shielded, out_type=str)
        offsets = piece_offsets(job.shielded, pieces)
        step = opts.max_input_tokens
        for start in range(0, max(len(pieces), 1), step):
            units.append((pieces[start : start + step], offsets[start : start + step]))
            owners.append(j)
    n = max(n_best, GLOSSARY_HYPOTHESES if any(hidden(job.slots) for job in jobs) else 1)
    hyps = translator.translate_segments([u[0] for u in units], src, tgt, opts, num_hypotheses=n,
                                         attention=attention) if units else []
    per_job: list[list[tuple]] = [[] for _ in jobs]
    for j, unit, h in zip(owners, units, hyps):
        per_job[j].append((unit, h))
    return [_candidates(translator, chunks, tgt) for chunks in per_job]


def _candidates(translator: Translator, chunks: list[tuple], tgt: str) -> list[Candidate]:
    """The k-th candidate of a sentence joins the k-th hypothesis of each of its chunks."""
    out = []
    for k in range(max(len(h) for _, h in chunks)):
        words: list[Word] = []
        score = 0.0
        n_pieces = 0
        units = []
        for (pieces, offsets), hyps in chunks:
            hyp: Hypothesis = hyps[min(k, len(hyps) - 1)]
            words += _words(translator, hyp, tgt)
            score += hyp.score * max(len(hyp.pieces), 1)
            n_pieces += max(len(hyp.pieces), 1)
            units.append((pieces, hyp, offsets))
        out.append(Candidate(words, score / n_pieces, n_pieces, units))
    return out


def _groups(pieces: list[str]) -> list[list[int]]:
    """Piece indices of each word: a piece starting with '▁' starts one."""
    groups: list[list[int]] = []
    for i, piece in enumerate(pieces):
        if piece.startswith("▁") or not groups:
            groups.append([])
        groups[-1].append(i)
    return groups


def _words(translator: Translator, hyp: Hypothesis, tgt: str) -> list[Word]:
    words = [Word(translator.sp_target.decode([hyp.pieces[i] for i in g])) for g in _groups(hyp.pieces)]
    if tgt == "en":  # "do n't" -> "don't", as Translator.translate writes it
        for w in words[1:]:
            if CLITIC_WORD.fullmatch(w.text):
                w.before = ""
    return words


def _align(translator: Translator, cands: list[Candidate], jobs: list[Job], src: str, tgt: str) -> None:
    """Set each word's source offset from attention, symmetrised: the forward attention of the output over the
    source times, when the model also translates tgt->src, the attention of the source (forced) over the output.
    One direction alone often points a word at its neighbour (the first output word at the second source word, say);
    the product asks both to agree, where a sum let one confident direction outvote the other."""
    units = [u for c in cands for u in c.units]
    backward: list = [None] * len(units)
    if (tgt, src) in translator.directions and units:
        backward = translator.forced_attention([u[1].pieces for u in units], [u[0] for u in units], tgt, src)
    back_iter = iter(backward)
    for cand, job in zip(cands, jobs):
        words = iter(cand.words)
        for pieces, hyp, offsets in cand.units:
            back = next(back_iter)
            fwd = [_norm(row) for row in hyp.attention or []]
            bwd = [_norm(row) for row in back] if back else None
            for g in _groups(hyp.pieces):
                w = next(words)
                if w.fixed or not offsets or not fwd:
                    continue
                weights = [_agreement([fwd[i][c] for i in g], [bwd[c][i] for i in g] if bwd else None)
                           for c in range(len(offsets))]
                w.source = _original_offset(offsets[max(range(len(weights)), key=weights.__getitem__)], job)


def _agreement(forward: list[float], backward: list[float] | None) -> float:
    """How strongly a word's pieces and one source piece align in both directions. The floor keeps a pair that one
    direction gives no weight from scoring zero, so a word both directions spread thin still goes to its best."""
    if backward is None:
        return sum(forward)
    return (sum(forward) + ALIGN_FLOOR) * (sum(backward) + ALIGN_FLOOR)


def _norm(row: list[float]) -> list[float]:
    total = sum(row) or 1.0
    return [x / total for x in row]


def piece_offsets(text: str, pieces: list[str]) -> list[int]:
    """Character offset in `text` where each SentencePiece piece starts (approximate where the tokenizer's
    normalisation changed characters)."""
    out, pos = [], 0
    for piece in pieces:
        core = piece.lstrip("▁")
        while pos < len(text) and text[pos] == " " and piece.startswith("▁"):
            pos += 1
        found = text.find(core, pos, pos + len(core) + 3) if core else pos
        if found >= 0:
            pos = found
        out.append(min(pos, max(len(text) - 1, 0)))
        pos += len(core)
    return out


def _original_offset(pos: int, job: Job) -> int:
    """Map an offset in the shielded sentence back to the original sentence."""
    shift = 0
    cursor = 0  # position in the shielded text where the next slot could start
    for s in job.slots:
        start = job.shielded.find(s.token, cursor)
        if start < 0 or pos < start:
            break
        if pos < start + len(s.token):
            return s.match.start
        shift += (s.match.end - s.match.start) - len(s.token)
        cursor = start + len(s.token)
    return pos + shift


def _score_words(translator: Translator, cands: list[Candidate], src: str, tgt: str) -> None:
    """Give each word of each candidate the model's probability (one scoring pass over all chunks)."""
    pairs = [u for c in cands for u in c.units]
    logps = iter(translator.token_log_probs([p[0] for p in pairs], [p[1].pieces for p in pairs], src, tgt))
    for c in cands:
        flat: list[float] = []
        groups: list[int] = []  # pieces per word
        for _, hyp, _ in c.units:
            flat += next(logps)
            groups += [len(g) for g in _groups(hyp.pieces)]
        pos = 0
        for w, size in zip(c.words, groups):
            if not w.fixed:
                w.prob = math.exp(sum(flat[pos : pos + size]))
            pos += size
