"""Checks for the rule modules of mt.phrasebook._RULES while they are written, reviewed or trimmed: the checks the
experiments log cites, kept here so that its commands can be run again on a new machine.

    python scripts/rule_dev.py texts                 # builds runs/rule_texts.json (about a million texts)
    python scripts/rule_dev.py crash MOD ...         # every text, both ways, through each module: exceptions
    python scripts/rule_dev.py pipe MOD ...          # each module's own test pairs through mt.phrasebook.translate
    python scripts/rule_dev.py taken MOD ...         # the test sets' source sentences each module takes
    python scripts/rule_dev.py keyed OUT MOD ...     # each module's output over every text its key finds, to OUT
    python scripts/rule_dev.py allout OUT            # every text, both ways, through mt.phrasebook.translate

The texts are every string written in the tests (the quoted sentences of every module's own pairs), each also with
its end and its opening pronoun changed ("Tôi …?" → "Bạn …?", "I …" → "We …"), and the test sets' source sentences;
a rule that raises, or takes what it should leave, is most often found on such near neighbours of what it was written
for. `keyed` and `allout` write one sorted line per text taken ("src<TAB>text<TAB>translation"): run them before and
after a change and compare the files (`cmp`, `diff`); equal files mean no output changed.
"""
from __future__ import annotations

import argparse
import ast
import importlib
import json
import re
import sys
import time
import traceback
from pathlib import Path

from mt import phrasebook
from mt.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "runs" / "rule_texts.json"
PAIRS = (("vi", "en"), ("en", "vi"))
TESTSETS = ("flores200-dev", "flores200-devtest", "iwslt15-tst2012", "iwslt15-tst2013", "tatoeba-test")
# the opening pronoun swapped, so that a rule meets the same shape said by someone else
_SWAPS = ((re.compile(r"^Tôi\b"), ("Bạn", "Chúng tôi", "Mẹ tôi")), (re.compile(r"^I\b(?!')"), ("We", "You", "She")),
          (re.compile(r"^My\b"), ("Our", "Your")))
_END = re.compile(r"[.?!]*$")


def _strings(path: Path) -> list[str]:
    """The string constants of a test file that look like a sentence (a letter and a space)."""
    return [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value
            and any(c.isalpha() for c in node.value) and len(node.value) < 300 and "\n" not in node.value]


def _mutated(text: str) -> list[str]:
    """`text`, with each other end, and with its opening pronoun swapped (the verb left: "We am late." is a near
    neighbour too, and a rule must not fail on it)."""
    out = [text] + [_END.sub(end, text, count=1) for end in ("", ".", "?", "!")]
    for pattern, others in _SWAPS:
        if pattern.search(text):
            out += [pattern.sub(other, text, count=1) for other in others]
    return list(dict.fromkeys(out))


def _test_sources(data_dir: Path | None) -> list[str]:
    """The source sentences of every test set both ways, split as mt.translate splits them (a set not found is
    skipped, with a note: the copies shipped under eval/data hold FLORES-200 and Tatoeba)."""
    from eval import testsets
    out = []
    for name in TESTSETS:
        for src, tgt in PAIRS:
            try:
                lines, _ = testsets.load(name, src, tgt, data_dir)
            except Exception as e:  # (a missing set: the rest still checks)
                print(f"skipped {name} {src}: {e}", file=sys.stderr)
                continue
            out += [s for line in lines for s in split_sentences(line)]
    return list(dict.fromkeys(out))


def build_texts(data_dir: Path | None) -> dict:
    written = [s for path in sorted((ROOT / "tests").glob("test_*.py")) for s in _strings(path)]
    mutated = list(dict.fromkeys(m for s in dict.fromkeys(written) for m in _mutated(s)))
    sources = _test_sources(data_dir)
    texts = {"texts": list(dict.fromkeys(mutated + sources)), "test_sources": sources}
    TEXTS.parent.mkdir(exist_ok=True)
    tmp = TEXTS.with_suffix(".tmp")
    tmp.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    tmp.replace(TEXTS)  # (whole or not at all)
    print(f"{len(texts['texts']):,} texts ({len(texts['test_sources']):,} test-set sentences) -> {TEXTS}")
    return texts


def load_texts(data_dir: Path | None = None) -> dict:
    if not TEXTS.is_file():
        return build_texts(data_dir)
    return json.loads(TEXTS.read_text(encoding="utf-8"))


def _module(name: str):
    return importlib.import_module(f"mt.{name.removeprefix('mt.').removesuffix('.py').split('/')[-1]}")


def _keyed(module, texts: list[str], src: str) -> list[str]:
    """The texts `module`'s key finds a word in (every text for a module without `_KEYS`)."""
    keys = getattr(module, "_KEYS", None)
    if not isinstance(keys, dict) or src not in keys:
        return texts
    return [t for t in texts if keys[src].search(" ".join(t.split()))]


def crash(names: list[str]) -> int:
    texts, failed = load_texts()["texts"], 0
    for name in names:
        module, n = _module(name), 0
        for src, tgt in PAIRS:
            for text in _keyed(module, texts, src):
                try:
                    module.translate(text, src, tgt)
                except Exception as e:
                    n += 1
                    if n <= 5:
                        print(f"  {name} {src}->{tgt} {text!r}: {type(e).__name__}: {e}\n    "
                              + traceback.format_exc().strip().splitlines()[-3].strip())
        print(f"{name}: exceptions {n}, over {len(texts):,} texts both ways")
        failed += n
    return int(failed > 0)


def _pairs(path: Path) -> list[tuple[str, str]]:
    """The (text, translation) pairs of a test file's parametrize lists: tuples whose first two items are strings
    (implicitly joined or added up)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple) and len(node.elts) >= 2:
            try:
                a, b = (eval(compile(ast.Expression(e), str(path), "eval"), {}) for e in node.elts[:2])
            except Exception:  # (a name or a call: not a pair of written strings)
                continue
            if isinstance(a, str) and isinstance(b, str) and " " in a:
                out.append((a, b))
    return out


def _taker(text: str, src: str, tgt: str) -> str:
    """The name of the first module of _RULES that takes `text` (or "-")."""
    for module in phrasebook._RULES:
        try:
            if module.translate(text, src, tgt):
                return module.__name__.removeprefix("mt.")
        except Exception:
            continue
    return "-"


def pipe(names: list[str]) -> int:
    differ = 0
    for name in names:
        module, n, seen = _module(name), 0, 0
        for text, said in _pairs(ROOT / "tests" / f"test_{module.__name__.split('.')[-1]}.py"):
            for src, tgt in PAIRS:
                if module.translate(text, src, tgt) != said:
                    continue  # (a pair the module leaves, or the other way)
                seen += 1
                got = phrasebook.translate(text, src, tgt)
                if got != said:
                    n += 1
                    print(f"  {name} {src}->{tgt} {text!r}\n    own: {said!r}\n    got: {got!r} "
                          f"({_taker(text, src, tgt)})")
        print(f"{name}: {n} of {seen} own pairs differ through mt.phrasebook.translate")
        differ += n
    return int(differ > 0)


def taken(names: list[str]) -> int:
    sources = load_texts()["test_sources"]
    for name in names:
        module, n = _module(name), 0
        for src, tgt in PAIRS:
            for text in _keyed(module, sources, src):
                said = module.translate(text, src, tgt)
                if said:
                    n += 1
                    print(f"  {name} {src}->{tgt} {text!r} -> {said!r}")
        print(f"{name}: takes {n} of {len(sources):,} test-set sentences (tried both ways)")
    return 0


def _write(out: Path, lines: list[str]) -> None:
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text("".join(sorted(lines)), encoding="utf-8")
    tmp.replace(out)
    print(f"{len(lines):,} lines -> {out}")


def keyed(out: Path, names: list[str]) -> int:
    texts, lines = load_texts()["texts"], []
    for name in names:
        module = _module(name)
        for src, tgt in PAIRS:
            for text in _keyed(module, texts, src):
                said = module.translate(text, src, tgt)
                if said:
                    lines.append(f"{name}\t{src}\t{text}\t{said}\n")
    _write(out, lines)
    return 0


def allout(out: Path) -> int:
    texts, lines, start = load_texts()["texts"], [], time.time()
    for i, text in enumerate(texts, 1):
        for src, tgt in PAIRS:
            said = phrasebook.translate(text, src, tgt)
            if said:
                lines.append(f"{src}\t{text}\t{said}\n")
        if i % 50_000 == 0:
            print(f"  {i:,} of {len(texts):,} texts, {time.time() - start:.0f} s", flush=True)
    _write(out, lines)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("texts", "crash", "pipe", "taken", "keyed", "allout"))
    ap.add_argument("args", nargs="*", help="OUT and/or rule module names (e.g. e_scooters)")
    ap.add_argument("--data-dir", type=Path, default=None, help="where the test sets are (default: MT_DATA_DIR)")
    a = ap.parse_args(argv)
    if a.command == "texts":
        build_texts(a.data_dir)
        return 0
    if a.command in ("keyed", "allout") and not a.args:
        ap.error(f"{a.command} needs OUT")
    if a.command == "allout":
        return allout(Path(a.args[0]))
    if a.command == "keyed":
        return keyed(Path(a.args[0]), a.args[1:])
    return {"crash": crash, "pipe": pipe, "taken": taken}[a.command](a.args)


if __name__ == "__main__":
    sys.exit(main())
