"""mt loadtest: concurrent clients against mt serve's HTTP API."""
from __future__ import annotations

import sys

from .common import print_json


def add(sub) -> None:
    p = sub.add_parser("loadtest", help="load-test a running (or freshly started) mt serve",
                       description="Send REQUESTS single-sentence translations from CLIENTS concurrent clients to "
                                   "POST /translate and report throughput, latency p50/p95/p99 and errors. Without "
                                   "--url, starts `mt serve` on a free local port first.")
    p.add_argument("--url", default=None, help="server base URL, e.g. http://127.0.0.1:7860")
    p.add_argument("--model", default=None, help="model for the server this command starts")
    p.add_argument("--clients", type=int, default=16)
    p.add_argument("--requests", type=int, default=320)
    p.add_argument("--src", default="vi")
    p.add_argument("--tgt", default="en")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..loadtest import loadtest

    r = loadtest(args.url, args.clients, args.requests, args.src, args.tgt, args.model,
                 log=lambda m: print(m, file=sys.stderr))
    if args.json:
        print_json(r)
    else:
        lat = r["latency_ms"]
        print(f"{r['ok']}/{r['requests']} ok, {r['errors']} errors in {r['seconds']} s with {r['clients']} clients: "
              f"{r['requests_per_s']} requests/s; latency p50 {lat['p50']} ms, p95 {lat['p95']} ms, "
              f"p99 {lat['p99']} ms, max {lat['max']} ms")
        for e in r["error_examples"]:
            print(f"  error: {e}")
    return 0 if r["errors"] == 0 else 1
