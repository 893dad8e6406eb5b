"""What writing sums of đồng by rule (mt/amounts.py) does: every training line with such a sum (EVBNews, 26
Vietnamese and 25 English lines) translated with the rule off (the model alone) and on. Counted: lines whose
translation names the currency at all, lines that turn đồng into dollars, and BLEU / chrF++ against the
corpus's own translations, and lines whose every sum has its value (number and "million" or
"tỷ") in the translation. These are training lines, which the model has seen, and EVBNews writes sums loosely
("398.8 tỷ VND", "vnd 58.38 nghìn tỷ"), so the scores favour the model alone; the counts are what the rule is for.

    python scripts/amounts_check.py --data-dir ../shared/data/vien        # a minute on 2 CPU cores
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import sacrebleu

from mt import amounts
from mt.translate import Translator
from rule_off import translated

CURRENCY = {"en": re.compile(r"VND|\bdong\b", re.IGNORECASE), "vi": re.compile(r"đồng|VND|VNĐ")}
DOLLAR = {"en": re.compile(r"dollar|\$|USD", re.IGNORECASE), "vi": re.compile(r"đô[ -]la|dola|\$|USD", re.IGNORECASE)}
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def sums(source: str, src: str, tgt: str) -> list:
    """The source's sums of đồng (mt.amounts also finds quantities with a unit, which are not counted here)."""
    return [m for m in amounts.matches(source, src, tgt) if "VND" in m.replacement or m.replacement.endswith("đồng")]


def sums_right(source: str, translation: str, src: str, tgt: str) -> bool:
    """Whether each sum of the source is in the translation with its value: the number (separators aside) and the
    word for millions or billions, whatever the currency is called."""
    numbers = {n.replace(".", "").replace(",", "") for n in DIGITS.findall(translation)}
    for m in sums(source, src, tgt):
        scale = re.sub(r"^VND[\d.,–-]+ ?|[\d.,–-]+ ?| ?đồng$", "", m.replacement)
        if not all(n.replace(".", "").replace(",", "") in numbers for n in DIGITS.findall(m.replacement)) \
                or scale not in translation:
            return False
    return True


def lines_with_sums(data: Path, src: str, tgt: str) -> tuple[list[str], list[str]]:
    pairs = []
    for corpus in sorted(p for p in data.iterdir() if (p / "train.vi").is_file()):
        read = lambda lang: (corpus / f"train.{lang}").read_text(encoding="utf-8").split("\n")
        pairs += [(a, b) for a, b in zip(read(src), read(tgt)) if sums(a, src, tgt)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def report(name: str, sources: list[str], out: list[str], refs: list[str], src: str, tgt: str) -> str:
    named = sum(bool(CURRENCY[tgt].search(o)) for o in out)
    right = sum(sums_right(s, o, src, tgt) for s, o in zip(sources, out))
    # dollars in the translation of a line that has none: đồng turned into dollars
    dollars = sum(bool(DOLLAR[tgt].search(o)) and not DOLLAR[src].search(s) for s, o in zip(sources, out))
    bleu = sacrebleu.corpus_bleu(out, [refs]).score
    chrf = sacrebleu.corpus_chrf(out, [refs], word_order=2).score
    return (f"{name}: sums right {right}/{len(out)}, currency named {named}, dollars {dollars}, BLEU {bleu:.2f}, "
            f"chrF++ {chrf:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data/vien"))
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    t = Translator.load(args.model, cache_size=0)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        sources, refs = lines_with_sums(args.data_dir, src, tgt)
        off, on = (translated(t, amounts, sources, src, tgt, on) for on in (False, True))
        print(f"{src}->{tgt}, {len(sources)} lines | {report('off', sources, off, refs, src, tgt)} | "
              f"{report('on', sources, on, refs, src, tgt)}", flush=True)


if __name__ == "__main__":
    main()
