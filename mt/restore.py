"""Text typed the quick way, read back as it is written: Vietnamese without its marks ("toi muon di ha noi") and
text in lower case ("i live in london") get their marks and capitals back before they are translated.

The model learned from text written with both. On FLORES-200 dev, v6 scores 2.7 BLEU on Vietnamese typed without
marks (18.4 as written), and lower case costs it 4 BLEU each way, mostly on names: "hà nội" comes out as "pepper".
Each typed word has the written words it could stand for (ban: bạn, bản, bán, bàn, ban; london: london, London), and
Viterbi picks the likeliest sequence under a Witten-Bell-smoothed bigram model learned from one side of the training
data (`mt data restore` writes the tables; `resources/restore_{vi,en}.tsv.gz` ship). Marks and capitals change
letters, never their number, so the restored text has the input's length and every offset into it stays valid
(mt.detailed relies on this).
"""
from __future__ import annotations

import gzip
import math
import re
import threading
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import cached_property
from pathlib import Path

from . import verbatim
from .errors import DataError
from .lazy_re import lazy
from .text import capitalised, sentence_case, strip_marks, titled

RESOURCES = Path(__file__).with_name("resources")
LANGS = ("vi", "en")
FORMAT = "mt-restore 1"
START, NUMBER = "<s>", "<n>"  # a sentence's start (the line's, or after . ! ? …); any run of digits
MAX_CANDIDATES = 20
# Word pairs seen fewer times are left out of the shipped tables: at 3 rather than 2, English capitals come back as
# well (FLORES dev 94.1 against 94.0% of words, IWSLT tst2012 97.8 against 97.9%) from 0.66 MB instead of 0.98;
# Vietnamese marks lose 0.2-0.5 points (93.1 against 93.6% on FLORES dev), so they keep 2.
MIN_PAIR_COUNT = {"vi": 2, "en": 3}
# Vietnamese is read as typed without marks when at least MIN_SHARE of its words are unmarked words usually written
# with marks (99.5% of FLORES dev lines typed without marks; 0-4% of English sentences) and at most MAX_MARKED of
# its words carry marks (some people mark a word here and there). Written Vietnamese has marks on 58% of the words
# or more in 99% of FLORES dev and IWSLT tst2012 lines, and its unmarked words that are usually marked are at most
# 23% and 36% of a line there: it stays as written. At half, two-word lines such as "Mau lên!" (quick!) changed.
MIN_SHARE = 0.5
MAX_MARKED = 0.25
MIN_WORDS_CASE = 2  # a text in lower case gets capitals from this many words on: one word alone gives no context
SENTENCE_END = {".", "!", "?", "…"}

_TOKEN = lazy(r"[^\W\d_]+|\d+|[^\w\s]")


def table_path(lang: str) -> Path:
    return RESOURCES / f"restore_{lang}.tsv.gz"


def has_marks(text: str) -> bool:
    """Whether any letter carries a Vietnamese mark (or is đ)."""
    return strip_marks(text) != text


def has_capitals(text: str) -> bool:
    return any(c.isupper() for c in text)


def words(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t[0].isalpha()]


def _context(token: str) -> str:
    """What a token is to the bigram model: a word as written, a sentence start, a number, or the punctuation mark
    itself (a word after a comma is seldom capitalised, after a colon or a quotation mark often)."""
    if token[0].isalpha():
        return token
    return START if token in SENTENCE_END else NUMBER if token[0].isdigit() else token


def count(lines) -> tuple[Counter, Counter]:
    """Unigram and bigram counts of tokens (_context) over lines of text."""
    uni, bi = Counter(), Counter()
    for line in lines:
        prev = START
        for token in _TOKEN.findall(line):
            word = _context(token)
            uni[word] += 1
            bi[prev, word] += 1
            prev = word
    return uni, bi


class Bigrams:
    """Counts and Witten-Bell probabilities: a bigram's count mixed with the word's own probability by how many
    different words follow the first one. Words are numbered in sorted order and the pairs kept as two sorted
    arrays (key = first id * words + second id), searched by bisection: 16 bytes a pair, where a dict of string
    tuples took about 200."""

    def __init__(self, words: list[str], counts, after, kinds, keys, values, inside_only: bool = False):
        self.words = words  # sorted
        self.ids = {w: i for i, w in enumerate(words)}
        self.counts = array("q", counts)
        # per word: the bigram count after it and how many different words follow it (before pruning)
        self.after, self.kinds = array("q", after), array("q", kinds)
        self.keys, self.values = array("q", keys), array("q", values)
        if any(x >= y for x, y in zip(self.keys, self.keys[1:])):
            raise DataError("restoration table: word pairs out of order")
        start = self.ids.get(START)
        # Where case matters, a word's own probability counts it inside sentences only: "Nhưng" starts so many
        # sentences that it would otherwise beat "nhưng" wherever the pair before it is unseen.
        self.inside = array("q", (max(c - self.pair(start, i), 0) for i, c in enumerate(self.counts)))
        own = self.inside if inside_only else self.counts
        total = sum(own) + 0.1 * len(words)
        self.p_own = array("d", ((c + 0.1) / total for c in own))
        self.p_unseen = 0.1 / total

    @classmethod
    def from_dicts(cls, unigrams: dict[str, int], successors: dict[str, tuple[int, int]],
                   bigrams: dict[tuple[str, str], int], inside_only: bool = False) -> "Bigrams":
        words = sorted(unigrams)
        ids = {w: i for i, w in enumerate(words)}
        pairs = sorted((ids[v] * len(words) + ids[w], c) for (v, w), c in bigrams.items())
        return cls(words, (unigrams[w] for w in words), (successors.get(w, (0, 0))[0] for w in words),
                   (successors.get(w, (0, 0))[1] for w in words), (k for k, _ in pairs), (c for _, c in pairs),
                   inside_only)

    def pair(self, iv: int | None, iw: int | None) -> int:
        if iv is None or iw is None:
            return 0
        key = iv * len(self.words) + iw
        i = bisect_left(self.keys, key)
        return self.values[i] if i < len(self.keys) and self.keys[i] == key else 0

    def log_p(self, v: str, w: str) -> float:
        iv, iw = self.ids.get(v), self.ids.get(w)
        p_w = self.p_own[iw] if iw is not None else self.p_unseen
        if iv is None or not self.kinds[iv]:
            return math.log(p_w)
        return math.log((self.pair(iv, iw) + self.kinds[iv] * p_w) / (self.after[iv] + self.kinds[iv]))

    def count(self, word: str, inside: bool = False) -> int:
        i = self.ids.get(word)
        return 0 if i is None else (self.inside if inside else self.counts)[i]

    def successors(self) -> dict[str, tuple[int, int]]:
        return {w: (t, k) for w, t, k in zip(self.words, self.after, self.kinds)}

    def bigrams(self) -> dict[tuple[str, str], int]:
        n = len(self.words)
        return {(self.words[key // n], self.words[key % n]): c for key, c in zip(self.keys, self.values)}

    def folded(self) -> "Bigrams":
        """The same counts in lower case (distinct successors summed, so slightly over-counted). START and NUMBER
        are in lower case already."""
        uni, succ, bi = Counter(), defaultdict(lambda: [0, 0]), Counter()
        for w, c, t, k in zip(self.words, self.counts, self.after, self.kinds):
            uni[w.lower()] += c
            succ[w.lower()][0] += t
            succ[w.lower()][1] += k
        for (v, w), c in self.bigrams().items():
            bi[v.lower(), w.lower()] += c
        return Bigrams.from_dicts(uni, {w: (t, k) for w, (t, k) in succ.items()}, bi)


def _index(lm: Bigrams) -> dict[str, list[str]]:
    """Unmarked lower-case key -> the words written so, most frequent first."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for word in lm.words:
        if word[0].isalpha():
            by_key[strip_marks(word.lower())].append(word)
    return {k: sorted(v, key=lambda w: -lm.count(w)) for k, v in by_key.items()}


class Restorer:
    """One language's table (cased, as stored) and the Viterbi search over it."""

    def __init__(self, cased: Bigrams):
        self.cased = cased
        self.cased_forms = _index(cased)

    # Marks are restored, and auto-detection reads text both ways, from the counts in lower case, built on first
    # use (for English only by auto-detection).
    @cached_property
    def lower(self) -> Bigrams:
        return self.cased.folded()

    @cached_property
    def lower_forms(self) -> dict[str, list[str]]:
        return _index(self.lower)

    @cached_property
    def usually_marked(self) -> set[str]:
        """Keys whose marked forms are most of their uses: the words that show a text was typed without marks."""
        return {k for k, forms in self.lower_forms.items()
                if 2 * sum(self.lower.count(w) for w in forms if w != k) > sum(self.lower.count(w) for w in forms)}

    # ---------------------------------------------------------------- building and storing

    @classmethod
    def from_counts(cls, uni: Counter, bi: Counter, min_count: int = 2) -> "Restorer":
        """Bigrams seen fewer than `min_count` times are dropped; the smoothing keeps the totals of all of them."""
        successors: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for (v, _), c in bi.items():
            successors[v][0] += c
            successors[v][1] += 1
        kept = {k: c for k, c in bi.items() if c >= min_count}
        return cls(Bigrams.from_dicts(uni, {v: (t, n) for v, (t, n) in successors.items()}, kept, inside_only=True))

    def write(self, path: Path, note: str = "") -> None:
        from .manifest import write_bytes

        t = self.cased
        rows = [f"# {FORMAT} {note}".rstrip()]
        rows += [f"U\t{w}\t{c}\t{a}\t{k}" for w, c, a, k in zip(t.words, t.counts, t.after, t.kinds)]
        rows += [f"B\t{v}\t{w}\t{c}" for (v, w), c in sorted(t.bigrams().items())]
        # mtime=0: the same table gives the same bytes, so a rebuild shows no change in git
        write_bytes(path, gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), 9, mtime=0))

    @classmethod
    def read(cls, path: Path) -> "Restorer":
        """Streamed: the words (U rows, sorted) come first, then the pairs (B rows) in the order of their keys."""
        words, counts, after, kinds, keys, values = [], array("q"), array("q"), array("q"), array("q"), array("q")
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                if not f.readline().startswith(f"# {FORMAT}"):
                    raise DataError(f"{path} is not a restoration table ({FORMAT}); rebuild it with `mt data restore`")
                ids = None
                for line in f:
                    row = line.rstrip("\n").split("\t")
                    if row[0] == "U":
                        words.append(row[1])
                        counts.append(int(row[2]))
                        after.append(int(row[3]))
                        kinds.append(int(row[4]))
                    else:
                        ids = ids or {w: i for i, w in enumerate(words)}
                        keys.append(ids[row[1]] * len(words) + ids[row[2]])
                        values.append(int(row[3]))
        except (OSError, EOFError, UnicodeDecodeError, ValueError, IndexError, KeyError) as e:
            raise DataError(f"cannot read the restoration table {path}: {e!r}") from e
        return cls(Bigrams(words, counts, after, kinds, keys, values, inside_only=True))

    # ---------------------------------------------------------------- reading typed text

    def share(self, text: str) -> float:
        """The share of the text's words that are usually written with marks (0 when it has no words)."""
        ws = words(text)
        return sum(w.lower() in self.usually_marked for w in ws) / len(ws) if ws else 0.0

    def restore(self, text: str, marks: bool = True, case: bool = False, starts: bool = True) -> str:
        """The likeliest written text, line by line: with marks on every word (`marks`, for text typed without
        them) and capitals where they are usually written (`case`, for text in lower case). A sentence's first
        word keeps a typed small letter unless the word is written with a capital inside sentences too (London,
        I): the model then starts its translation as the text starts, as it does for a lower-case UI string. Without
        `starts`, a word after a full stop is read as any other ("tp. Hồ Chí Minh")."""
        return "\n".join(self._restore_line(line, marks, case, starts) for line in text.split("\n"))

    def _restore_line(self, line: str, marks: bool, case: bool, starts: bool = True) -> str:
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
        tokens = [line[a:b] for a, b in spans]
        lm, forms = (self.cased, self.cased_forms) if case else (self.lower, self.lower_forms)
        options = [self._options(t, forms, marks, case) for t in tokens]
        chosen, _ = _viterbi(lm, options, end=True)
        out, pos, start = [], 0, True
        for (a, b), token, word in zip(spans, tokens, chosen):
            if token[0].isalpha():
                word = self._sentence_start(word) if case and start and starts else word
                out += [line[pos:a], word if case else _cased(token, word)]
                start = False
            else:
                out += [line[pos:a], token]
                start = start or token in SENTENCE_END
            pos = b
        return "".join(out) + line[pos:]

    @staticmethod
    def _options(token: str, forms: dict[str, list[str]], marks: bool, case: bool) -> list[str]:
        if not token[0].isalpha():
            return [_context(token)]
        typed = token if case else token.lower()  # marks only: the case is put back as typed (_cased)
        marks = marks and not has_marks(token)  # a word typed with marks keeps them
        same = (lambda f: strip_marks(f).lower() == typed) if marks and case else \
            (lambda f: strip_marks(f) == typed) if marks else (lambda f: f.lower() == typed)
        # capitals come back as a capital first letter at most: the tables' "SẼ", "USB" or "iPhone" are UI labels
        # and brand names more often than what a person typing in lower case meant
        found = [f for f in forms.get(strip_marks(typed.lower()), [])
                 if len(f) == len(token) and same(f) and (not case or f[1:] == f[1:].lower())]
        return found[:MAX_CANDIDATES] or [typed]

    def log_prob(self, text: str, marks: bool) -> tuple[float, int]:
        """The log-probability of the text's likeliest reading in lower case (with marks put back where `marks`),
        and how many tokens it has."""
        options = [self._options(t, self.lower_forms, marks, False) for t in _TOKEN.findall(text.lower())]
        return _viterbi(self.lower, options)[1], len(options)

    def sure_capitals(self, read: str) -> str:
        """`read` with the capitals restored on a word alone ("20 Kilograms", seen once so after a number) taken back,
        unless the word is more often written with a capital inside sentences (Monday, Smith): a run of two or more
        ("Hồ Chí Minh", "Mr. Brown", "New York") is kept, as names are, though "minh" alone is more often small."""
        words = [m for m in _TOKEN.finditer(read) if m.group()[0].isalpha()]
        capital = [w.group()[0].isupper() for w in words]
        joined = [read[a.end() : b.start()] in (" ", ". ") for a, b in zip(words, words[1:])]  # to the next word
        out = list(read)
        for i, w in enumerate(words):
            in_run = i > 0 and capital[i - 1] and joined[i - 1] or i + 1 < len(words) and capital[i + 1] and joined[i]
            word, small = w.group(), w.group().lower()
            usual = self.cased.count(word, inside=True) > self.cased.count(small, inside=True)
            if capital[i] and not in_run and not usual:
                out[w.start() : w.end()] = small
        return "".join(out)

    def _sentence_start(self, word: str) -> str:
        small = word[0].lower() + word[1:]
        if small == word:
            return word
        return word if self.cased.count(word, inside=True) > self.cased.count(small, inside=True) else small


def _viterbi(lm: Bigrams, options: list[list[str]], end: bool = False) -> tuple[list[str], float]:
    """The likeliest words, one from each list of options, and their log-probability; with `end`, a line that
    does not end a sentence with punctuation ends one anyway, which is how chat lines end ("gui cho toi nhe":
    "nhé" ends sentences, "nhẹ" seldom)."""
    scores = {START: 0.0}  # last word -> best log probability of the words so far
    back = []  # per token: word -> the previous word on its best path
    for words_here in options:
        step, links = {}, {}
        for w in words_here:
            links[w], step[w] = max(((v, s + lm.log_p(v, w)) for v, s in scores.items()), key=lambda x: x[1])
        scores = step
        back.append(links)
    if not options:
        return [], 0.0
    if end and options[-1] != [START]:
        scores = {w: s + lm.log_p(w, START) for w, s in scores.items()}
    word = max(scores, key=scores.get)
    best, path = scores[word], [word]
    for links in reversed(back[1:]):
        word = links[word]
        path.append(word)
    return path[::-1], best


def _cased(typed: str, word: str) -> str:
    """`word` (lower case, marked) in the typed word's case, letter by letter: "HA" + "hà" -> "HÀ"."""
    if len(word) != len(typed) or strip_marks(word) != typed.lower():
        return typed
    return "".join(m.upper() if t.isupper() else m for t, m in zip(typed, word))


_lock = threading.Lock()
_tables: dict[Path, Restorer] = {}


def restorer(lang: str, path: Path | None = None) -> Restorer:
    """The table for `lang` (default: the one that ships), read once per process."""
    path = Path(path or table_path(lang))
    with _lock:
        if path not in _tables:
            _tables[path] = Restorer.read(path)
        return _tables[path]


def vietnamese_odds(text: str) -> float:
    """For text with no marked letter: the log-odds that it is Vietnamese typed without marks rather than English,
    per token, from the likeliest reading of it under each language's table (with marks put back for Vietnamese)."""
    vi, n = restorer("vi").log_prob(text, marks=True)
    en, _ = restorer("en").log_prob(text, marks=False)
    return (vi - en) / n if n else 0.0


def read_as(text: str, lang: str, path: Path | None = None) -> str:
    """`text` (NFC) as the model should read it: Vietnamese typed without marks, or with them on a few words only,
    gets them on the others; text in lower case gets its capitals; anything else is unchanged. Same length either
    way. Web and e-mail addresses, handles and paths (mt/verbatim.py) are left as they are."""
    found = verbatim.spans(text)
    return verbatim.unmasked(_read(verbatim.masked(text, found), lang, path), text, found)


def from_capitals(text: str, lang: str) -> str:
    """A sentence written in capitals as it would be written in small letters: the capitals of names, months and "I"
    put back by the table ("CALL MR. SMITH ON FRIDAY" -> "Call Mr. Smith on Friday"; Restorer.sure_capitals), and
    those of titles (mt.text.titled) and of a Vietnamese name of three (_given_names: "TRẦN VĂN MINH"), the first
    letter a capital; addresses as written. Same length; in another language, or where lower case would change the
    length, mt.text.sentence_case."""
    low = text.lower()
    if lang not in LANGS or len(low) != len(text):
        return sentence_case(text)
    found = verbatim.spans(text)
    table = restorer(lang)
    read = table.sure_capitals(table.restore(verbatim.masked(low, found), marks=False, case=True, starts=False))
    read = _given_names(read) if lang == "vi" else read
    return capitalised(verbatim.unmasked(titled(read), text, found))


# a family name, "Văn" or "Thị" and a given name, which the tables may write in small letters where each is also a
# word ("NGUYỄN VĂN HÙNG" read as "Nguyễn Văn hùng", which v7 wrote "Nguyen Van Haoes"; "TRẦN THỊ LAN" as "trần thị
# Lan": "The land bare")
_MIDDLE = lazy(r"(?<!\w)(?P<family>\w+)\s+(?i:văn|thị)\s+\w+")


def _given_names(read: str) -> str:
    """`read` with each word of a name of three (_MIDDLE) that opens with a family name in capitals."""
    from .names import FAMILY  # (mt.names reads this module's tables: imported here, not above)

    def name(m: re.Match) -> str:
        if capitalised(m["family"]) not in FAMILY:
            return m[0]
        return re.sub(r"\w+", lambda w: w[0][0].upper() + w[0][1:], m[0])

    return _MIDDLE.sub(name, read)


def _read(text: str, lang: str, path: Path | None) -> str:
    ws = words(text)
    if lang not in LANGS or not ws:
        return text
    case = len(ws) >= MIN_WORDS_CASE and not has_capitals(text)
    marks = lang == "vi" and sum(map(has_marks, ws)) <= MAX_MARKED * len(ws)
    if not (marks or case):
        return text
    table = restorer(lang, path)
    marks = marks and table.share(text) >= MIN_SHARE
    return table.restore(text, marks, case) if marks or case else text
