"""How reliably addresses, handles and paths get through translation: FLORES-200 dev sentences (the copy shipped in
eval/data) each get one e-mail or web address, @handle, #hashtag or file path, made up and put in one of three
places ("… (xem X).", "X: …", "Theo X, …"), and we count the sentences whose translation holds it exactly once,
with mt/verbatim.py switched off (the model alone, as before it) and on. "chrF++ of the rest" scores the
translations with the stretch taken out against the references, to see what the placeholders do to the words
around them. Each is run as written and typed the quick way (Vietnamese without marks, English in lower case).

    python scripts/verbatim_check.py --lines 300          # about a minute on 2 CPU cores
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import sacrebleu

from mt import verbatim
from mt.text import strip_marks
from mt.translate import Translator
from rule_off import rule_off

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["an", "minh", "hoa", "lan", "tuan", "thu", "nam", "linh", "hung", "mai"]
SURNAMES = ["nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ngo"]
DOMAINS = ["example.com", "gmail.com", "congty.vn", "mail.org", "uni.edu.vn"]
WORDS = ["tin-tuc", "thoi-su", "du-lich", "bao-cao", "the-gioi", "news", "ha-noi", "san-pham"]
PLACES = {"vi": ["{s} (xem {x}){p}", "{x}: {s}{p}", "Theo {x}, {s}{p}"],
          "en": ["{s} (see {x}){p}", "{x}: {s}{p}", "According to {x}, {s}{p}"]}
TYPED = {"vi": ("without marks", strip_marks), "en": ("in lower case", str.lower)}


def stretch(rng: random.Random) -> str:
    n, s, d, w = rng.choice(NAMES), rng.choice(SURNAMES), rng.choice(DOMAINS), rng.choice(WORDS)
    return rng.choice([f"{n}.{s}@{d}", f"{s}{rng.randint(1, 99)}@{d}", f"https://{d}/{w}/{rng.randint(100, 999)}",
                       f"www.{s}.vn/{w}", f"@{n}_{s}", f"#{w.replace('-', '')}", f"C:\\Users\\{n}\\{w}.docx",
                       f"~/{w}/{s}.txt"])


def with_stretch(sentence: str, lang: str, rng: random.Random) -> tuple[str, str]:
    x = stretch(rng)
    s, p = (sentence[:-1], sentence[-1]) if sentence[-1] in ".!?" else (sentence, ".")
    place = rng.choice(PLACES[lang])
    if place.startswith(("Theo", "According")):
        s = s[0].lower() + s[1:]
    return place.format(s=s, x=x, p=p), x


def run(t: Translator, texts: list[str], stretches: list[str], refs: list[str], src: str, tgt: str,
        on: bool) -> str:
    start = time.time()
    if on:
        out = t.translate(texts, src, tgt)
    else:  # the code before mt/verbatim.py: nothing is found, so nothing is shielded or left alone
        with rule_off(verbatim, "spans", lambda text: []):
            out = t.translate(texts, src, tgt)
    seconds = time.time() - start
    exact = sum(o.count(x) == 1 for o, x in zip(out, stretches))
    rest = sacrebleu.corpus_chrf([o.replace(x, " ") for o, x in zip(out, stretches)], [refs], word_order=2).score
    return f"{exact}/{len(texts)} exact, chrF++ of the rest {rest:.2f}, {seconds:.1f} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=300)
    ap.add_argument("--model", default=None)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    t = Translator.load(args.model, cache_size=0)
    rng = random.Random(args.seed)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        read = lambda lang: (ROOT / "eval/data/flores200" / f"dev.{lang}").read_text(encoding="utf-8").split("\n")
        sources, refs = read(src)[: args.lines], read(tgt)[: args.lines]
        cases = [with_stretch(s, src, rng) for s in sources]
        name, typed = TYPED[src]
        for how, change in (("as written", lambda x: x), (name, typed)):
            texts, stretches = [change(c[0]) for c in cases], [change(c[1]) for c in cases]
            off, on = (run(t, texts, stretches, refs, src, tgt, flag) for flag in (False, True))
            print(f"{src}->{tgt} {how}: off {off} | on {on}", flush=True)


if __name__ == "__main__":
    main()
