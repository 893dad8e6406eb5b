"""A bounded load test against a running `mt serve` (its LibreTranslate-compatible POST /translate).

    mt loadtest                                   # starts `mt serve` on a free port, 16 clients, 320 requests
    mt loadtest --url http://127.0.0.1:7860 --clients 16 --requests 320

Each client sends its share of the requests back to back (one sentence of FLORES-200 devtest each, in order, so
the server's segment cache sees few repeats); the report gives throughput, latency percentiles and errors.
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from .errors import InputError, MTError


def loadtest(url: str | None, clients: int = 16, requests: int = 320, src: str = "vi", tgt: str = "en",
             model: str | None = None, timeout: float = 300.0, ready_timeout: float = 120.0, log=print) -> dict:
    from eval import testsets

    if clients < 1 or requests < 1:
        raise InputError("clients and requests must be >= 1")
    sentences, _ = testsets.load("flores200-devtest", src, tgt)
    server = None
    if not url:
        server, url = _start_server(model, log)
    try:
        _wait_ready(url, timeout=ready_timeout)
        return _run(url, clients, requests, sentences, src, tgt, timeout, log)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


def _run(url, clients, requests, sentences, src, tgt, timeout, log) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))

    def client():
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            body = json.dumps({"q": sentences[i % len(sentences)], "source": src, "target": tgt}).encode()
            req = urllib.request.Request(url.rstrip("/") + "/translate", data=body,
                                         headers={"Content-Type": "application/json"})
            t0 = time.perf_counter()
            try:
                with urllib.request.urlopen(req, timeout=timeout) as resp:
                    ok = "translatedText" in json.loads(resp.read())
                    error = None if ok else "no translatedText in the response"
            except (urllib.error.URLError, OSError, ValueError) as e:
                error = f"{type(e).__name__}: {e}"
            with lock:
                (errors.append(error) if error else latencies.append(time.perf_counter() - t0))

    log(f"{requests} requests from {clients} concurrent clients to {url}")
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for _ in range(clients):
            pool.submit(client)
    wall = time.perf_counter() - start
    lat = sorted(latencies)

    def pct(q):
        return round(lat[min(len(lat) - 1, int(round(q / 100 * (len(lat) - 1))))] * 1000, 1) if lat else None

    return {"url": url, "clients": clients, "requests": requests, "ok": len(lat), "errors": len(errors),
            "error_examples": errors[:3], "seconds": round(wall, 2), "requests_per_s": round(len(lat) / wall, 2),
            "latency_ms": {"p50": pct(50), "p95": pct(95), "p99": pct(99), "max": pct(100)}}


def _start_server(model, log):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "mt", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if model:
        cmd += ["--model", model]
    log("starting: " + " ".join(cmd[2:]))
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), f"http://127.0.0.1:{port}"


def _wait_ready(url: str, timeout: float) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url.rstrip("/") + "/languages", timeout=5):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise MTError(f"no server answered at {url}/languages within {timeout:.0f} s")
