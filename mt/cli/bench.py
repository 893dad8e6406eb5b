"""mt bench: transformers vs CTranslate2 precisions, side by side."""
from __future__ import annotations

import sys

from .common import print_json


def add(sub) -> None:
    p = sub.add_parser("bench", help="compare serving runtimes and precisions (speed, memory, BLEU)",
                       description="Translate the same sentences with transformers (fp32, bf16) and CTranslate2 "
                                   "(float32, int8; float16 and int8_float16 on a GPU), each in its own process, "
                                   "with the same beam, length penalty and max length. Prints target tokens/s, "
                                   "sentences/s, single-sentence latency p50/p95, peak RSS, size and BLEU.")
    p.add_argument("--model", default=None, help="exported model dir (default: the bundled model)")
    p.add_argument("--hf-model", default=None, help="its Hugging Face checkpoint (default: from mt.json)")
    p.add_argument("--testset", default="flores200-devtest")
    p.add_argument("--src", default="vi")
    p.add_argument("--tgt", default="en")
    p.add_argument("--limit", type=int, default=300, help="first N sentences (default 300; 0 = all)")
    p.add_argument("--beam-size", type=int, default=4)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--latency-samples", type=int, default=50, help="sentences timed one at a time (default 50)")
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--runtime", action="append", dest="runtimes", metavar="NAME",
                   help="only these runtimes (repeatable): hf-fp32 hf-bf16 ct2-float32 ct2-int8 ct2-float16 "
                        "ct2-int8_float16")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..bench import BenchConfig, bench, check, format_table

    cfg = BenchConfig(model=args.model or "", hf_model=args.hf_model or "", testset=args.testset, src=args.src,
                      tgt=args.tgt, limit=args.limit, beam_size=args.beam_size, batch_size=args.batch_size,
                      latency_samples=args.latency_samples, device=args.device,
                      runtimes=tuple(args.runtimes or ()))
    check(cfg)
    result = bench(cfg, log=lambda m: print(m, file=sys.stderr))
    if args.json:
        for row in result["rows"]:
            row.pop("outputs", None)
        print_json(result)
    else:
        print(format_table(result))
    return 0
