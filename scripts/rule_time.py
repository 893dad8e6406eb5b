"""How long the phrasebook's rules (`mt.phrasebook.translate`, every module of `_RULES`, no model) take a sentence.

Each way is timed twice over the same lines: the first pass pays for compiling the patterns of the modules it reaches
(mt/lazy_re.py compiles on first use; `mt serve` compiles them all in the background when it starts), the second is
what a warm server pays. The modules that take the most once warm are listed, with how often each was
called (a module is called only where its key words are found: mt/rule_keys.py).

    python scripts/rule_time.py --testset flores200-devtest --data-dir ../shared/data/vien
    python scripts/rule_time.py --file sentences.vi --src vi
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from mt import phrasebook, rule_keys

PAIRS = (("vi", "en"), ("en", "vi"))


def timed(lines: list[str], src: str, tgt: str) -> tuple[float, int]:
    """One pass over `lines`: seconds in all, and the lines the rules take."""
    start = time.perf_counter()
    taken = sum(phrasebook.translate(line, src, tgt) is not None for line in lines)
    return time.perf_counter() - start, taken


def by_module(lines: list[str], src: str, tgt: str) -> tuple[Counter, Counter]:
    """Each module's seconds and calls over `lines`, as _first_rule calls them (the sum is a little less than a pass,
    which also looks up the phrase table and the keys)."""
    spent, calls = Counter(), Counter()
    for line in lines:
        low = rule_keys.lowered(line.strip())
        may = -1 if low is None else rule_keys.likely(low, phrasebook._RULES, src)
        for i, (module, key) in enumerate(rule_keys.keys(phrasebook._RULES, src)):
            if may >> i & 1 and (key is None or low is None or key.search(low)):
                t = time.perf_counter()
                module.translate(line, src, tgt)
                spent[module.__name__] += time.perf_counter() - t
                calls[module.__name__] += 1
    return spent, calls


def report(lines: list[str], src: str, tgt: str, slowest: int = 5) -> list[str]:
    """Lines of the report for one way: both passes, then the slowest modules once warm."""
    out = []
    for label in ("first pass", "second pass"):
        total, taken = timed(lines, src, tgt)
        out.append(f"{src}->{tgt} {label}: {len(lines)} lines, {total:.2f} s, {1000 * total / len(lines):.2f} ms a "
                   f"line, {taken} taken")
    spent, calls = by_module(lines, src, tgt)  # (once, warm: the first pass's would include the compiling)
    for name, seconds in spent.most_common(slowest):
        out.append(f"    {name}: {1000 * seconds / len(lines):.3f} ms a line, called {calls[name]} times")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--testset", help="a test set of eval/testsets.py (both ways)")
    parser.add_argument("--data-dir", type=Path, help="where the test sets are (see eval/testsets.py)")
    parser.add_argument("--file", type=Path, help="or a file of sentences, one a line, in --src")
    parser.add_argument("--src", choices=("vi", "en"), help="the language of --file")
    parser.add_argument("--slowest", type=int, default=5, help="modules listed a way (default 5)")
    args = parser.parse_args(argv)
    if bool(args.file) == bool(args.testset) or args.file and not args.src:
        parser.error("give --testset, or --file with --src")
    phrasebook.prepare()  # (the keys' index, as `mt serve` builds it before its first request)
    if args.file:
        lines = [line for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
        ways = [(args.src, "en" if args.src == "vi" else "vi", lines)]
    else:
        from eval.testsets import load

        ways = [(src, tgt, load(args.testset, src, tgt, args.data_dir)[0]) for src, tgt in PAIRS]
    for src, tgt, lines in ways:
        if not lines:
            parser.error(f"no sentences to time ({src}->{tgt})")
        print("\n".join(report(lines, src, tgt, args.slowest)), flush=True)


if __name__ == "__main__":
    main()
