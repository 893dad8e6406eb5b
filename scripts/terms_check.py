"""What the glossary that ships (mt/resources/terms.*.txt) does: each term in three made-up sentences, translated
with the list off (the model alone, as before mt/terms.py) and on, counting the sentences whose translation has the
term's listed translation. `--unneeded` prints the terms the model alone got right in all three, which the list
does not need (showing the model the target's words in a source sentence can cost it the words around them).

    python scripts/terms_check.py            # a minute on 2 CPU cores
"""
from __future__ import annotations

import argparse
import re

from mt import terms
from mt.glossary import parse_glossary
from mt.translate import Translator
from rule_off import translated

SENTENCES = {"vi": ["Năm ngoái chúng tôi đã đến {t}.", "Tôi rất thích {t}.", "Bạn đã bao giờ nghe về {t} chưa?"],
             "en": ["Last year we went to {t}.", "I really like {t}.", "Have you ever heard of {t}?"]}


def has(text: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--unneeded", action="store_true", help="list the terms the model alone gets right")
    args = ap.parse_args()
    t = Translator.load(args.model, cache_size=0)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        path = terms.RESOURCES / f"terms.{src}-{tgt}.txt"
        table = {e.source: e.target for e in parse_glossary(path.read_text(encoding="utf-8"), limit=None).entries}
        cases = [(s.format(t=term), target) for term, target in table.items() for s in SENTENCES[src]]
        texts = [c[0] for c in cases]
        off, on = (translated(t, terms, texts, src, tgt, on) for on in (False, True))
        right = lambda out: sum(has(o, target) for o, (_, target) in zip(out, cases))
        print(f"{src}->{tgt}: {len(table)} terms, {len(cases)} sentences with the term's translation: "
              f"off {right(off)}, on {right(on)}", flush=True)
        if args.unneeded:
            for k, (term, target) in enumerate(table.items()):
                if all(has(o, target) for o in off[3 * k : 3 * k + 3]):
                    print(f"  unneeded: {term} = {target}")


if __name__ == "__main__":
    main()
