"""Side-by-side serving benchmark: transformers vs CTranslate2 precisions, same sentences, same decoding.

    mt bench                                  # bundled model, FLORES-200 devtest vi->en, first 300 sentences
    mt bench --limit 1012 --json              # the whole test set, one JSON object
    mt bench --device cuda                    # adds float16 / int8_float16 (and bf16 transformers)

Each runtime runs in its own process (`python -m mt.bench worker ...`), so its peak RSS is its own. Every runtime
translates the same sentences with the same beam, length penalty 1.0 and max length (2 x source + 10), batched the
same way (groups of --batch-size sentences, each sorted by length inside the runtime), after one warm-up batch; then single-sentence latency is timed on the first
`--latency-samples` sentences. Target tokens are counted with the model's SentencePiece model on each output, so
tokens/s are comparable across runtimes. The CTranslate2 segment cache is off while measuring.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import config
from .errors import InputError, ModelError
from .manifest import environment

CPU_RUNTIMES = ("hf-fp32", "hf-bf16", "ct2-float32", "ct2-int8")
GPU_RUNTIMES = ("hf-fp32", "hf-bf16", "ct2-float32", "ct2-int8", "ct2-float16", "ct2-int8_float16")
BLEU_TOLERANCE = 0.5


@dataclass
class BenchConfig:
    model: str = ""  # exported model dir (default: bundled); its HF checkpoint is found from mt.json
    hf_model: str = ""  # override the HF checkpoint
    testset: str = "flores200-devtest"
    src: str = "vi"
    tgt: str = "en"
    limit: int = 300
    beam_size: int = 4
    batch_size: int = 32
    latency_samples: int = 50
    device: str = "cpu"
    runtimes: tuple = ()
    cache_dir: str = ""


def bench(cfg: BenchConfig, log=print) -> dict:
    """Run every runtime in its own process and return rows plus the summary the issue asks for."""
    from eval import metrics, testsets

    ct2_dir = Path(cfg.model) if cfg.model else config.bundled_model_dir()
    hf_dir = Path(cfg.hf_model) if cfg.hf_model else find_checkpoint(ct2_dir)
    sources, refs = testsets.load(cfg.testset, cfg.src, cfg.tgt)
    if cfg.limit:
        sources, refs = sources[: cfg.limit], refs[: cfg.limit]
    runtimes = cfg.runtimes or (GPU_RUNTIMES if cfg.device == "cuda" else CPU_RUNTIMES)
    exports = prepare_exports(hf_dir, runtimes, Path(cfg.cache_dir or config.REPO_ROOT / "runs" / "bench-cache"),
                              log)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.json"
        inputs.write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
        for runtime in runtimes:
            log(f"running {runtime} ...")
            model_path = hf_dir if runtime.startswith("hf-") else exports[runtime]
            row = run_worker(runtime, model_path, inputs, cfg, Path(tmp) / f"{runtime}.json")
            if row.get("skipped"):
                log(f"  skipped: {row['skipped']}")
                rows.append(row)
                continue
            row.update(metrics.score(row.pop("outputs"), refs, cfg.tgt))
            row["size_mb"] = round(dir_size(model_path) / 1e6, 1)
            rows.append(row)
            log(f"  {row['tgt_tok_s']:.0f} target tokens/s, BLEU {row['bleu']:.2f}, peak RSS {row['peak_rss_mb']:.0f} MB")
    return summarize(rows, cfg, hf_dir, ct2_dir, len(sources))


def find_checkpoint(ct2_dir: Path) -> Path:
    """The HF checkpoint an export came from (mt.json's source_checkpoint), or a sibling `<name>-hf` directory."""
    from .translate import read_manifest

    manifest = read_manifest(ct2_dir)
    candidates = [Path(manifest.get("source_checkpoint", "")), config.REPO_ROOT / manifest.get("source_checkpoint", ""),
                  ct2_dir.parent / f"{ct2_dir.name}-hf"]
    for c in candidates:
        if c.name and (c / "config.json").is_file():
            return c
    raise ModelError(f"cannot find the Hugging Face checkpoint of {ct2_dir}: pass --hf-model DIR")


def prepare_exports(hf_dir: Path, runtimes, cache: Path, log) -> dict:
    """One CTranslate2 export per precision (quantised at export, as served), cached by checkpoint hash."""
    from .export import export
    from .manifest import sha256_file

    weights = sorted(hf_dir.glob("*.safetensors"))
    key = sha256_file(weights[0])[:16] if weights else hf_dir.name
    out = {}
    for runtime in runtimes:
        if not runtime.startswith("ct2-"):
            continue
        quant = runtime.removeprefix("ct2-")
        path = cache / key / quant
        if not (path / "model.bin").is_file():
            export(hf_dir, path, quantization=quant, force=True, log=log)
        out[runtime] = path
    return out


def run_worker(runtime: str, model: Path, inputs: Path, cfg: BenchConfig, out: Path) -> dict:
    cmd = [sys.executable, "-m", "mt.bench", "worker", runtime, str(model), str(inputs), str(out),
           json.dumps({k: v for k, v in asdict(cfg).items() if k in
                       ("src", "tgt", "beam_size", "batch_size", "latency_samples", "device")})]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise ModelError(f"the {runtime} benchmark failed:\n{tail}")
    return json.loads(out.read_text(encoding="utf-8"))


def dir_size(path: Path) -> int:
    path = Path(path)
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    weights = [p for p in files if p.suffix in (".bin", ".safetensors")]
    return sum(p.stat().st_size for p in weights or files)


def summarize(rows: list[dict], cfg: BenchConfig, hf_dir: Path, ct2_dir: Path, n: int) -> dict:
    done = [r for r in rows if not r.get("skipped")]
    base = next((r for r in done if r["runtime"] == "hf-fp32"), None)
    result = {"rows": rows, "testset": cfg.testset, "src": cfg.src, "tgt": cfg.tgt, "sentences": n,
              "beam_size": cfg.beam_size, "batch_size": cfg.batch_size, "length_penalty": 1.0,
              "max_length": "2 x source tokens + 10", "device": cfg.device, "hardware": hardware(cfg.device),
              "hf_model": str(hf_dir), "model": str(ct2_dir), "environment": environment()}
    if base is None:
        return result
    ok = [r for r in done if r["runtime"].startswith("ct2-") and base["bleu"] - r["bleu"] <= BLEU_TOLERANCE]
    best = max(ok, key=lambda r: r["tgt_tok_s"], default=None)
    result.update({"bleu_hf_fp32": base["bleu"], "best_compute_type": None})
    if best:
        result.update({
            "best_compute_type": best["runtime"].removeprefix("ct2-"),
            "bleu_best": best["bleu"],
            "speedup_best_vs_hf_fp32": round(best["tgt_tok_s"] / base["tgt_tok_s"], 2),
            "rss_ratio_hf_fp32_vs_best": round(base["peak_rss_mb"] / best["peak_rss_mb"], 2),
        })
    return result


def hardware(device: str) -> str:
    if device == "cuda":
        try:
            return subprocess.run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"], capture_output=True,
                                  text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "cuda"
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "cpu") if Path("/proc/cpuinfo").exists() else "cpu"
    return f"{model}, {len(os.sched_getaffinity(0))} cores"


def format_table(result: dict) -> str:
    head = ("runtime", "tgt tok/s", "sent/s", "p50 ms", "p95 ms", "peak RSS MB", "GPU MB", "size MB", "BLEU")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in result["rows"]:
        if r.get("skipped"):
            lines.append(f"| {r['runtime']} | skipped: {r['skipped']} |" + " |" * (len(head) - 2))
            continue
        gpu = f"{r['gpu_mb']:.0f}" if r.get("gpu_mb") is not None else "-"
        lines.append(f"| {r['runtime']} | {r['tgt_tok_s']:.0f} | {r['sent_s']:.1f} | {r['latency_p50_ms']:.0f} | "
                     f"{r['latency_p95_ms']:.0f} | {r['peak_rss_mb']:.0f} | {gpu} | {r['size_mb']:.1f} | "
                     f"{r['bleu']:.2f} |")
    foot = (f"\n{result['sentences']} sentences of {result['testset']} {result['src']}->{result['tgt']}, beam "
            f"{result['beam_size']}, batch {result['batch_size']}, length penalty 1.0, max length "
            f"{result['max_length']}; {result['hardware']}")
    ct2 = next((r for r in result["rows"] if r["runtime"].startswith("ct2-") and r.get("workers")), None)
    if ct2:
        foot += (f"\nCTranslate2: {ct2['threads'] or 'its default'} core(s) per batch, {ct2['workers']} batch(es) "
                 "at once ($MT_THREADS, $MT_WORKERS)")
    if result.get("best_compute_type"):
        foot += (f"\nbest CTranslate2 precision within {BLEU_TOLERANCE} BLEU of transformers fp32: "
                 f"{result['best_compute_type']} — {result['speedup_best_vs_hf_fp32']}x the target tokens/s, "
                 f"{result['rss_ratio_hf_fp32_vs_best']}x less peak memory, BLEU {result['bleu_best']:.2f} vs "
                 f"{result['bleu_hf_fp32']:.2f}")
    return "\n".join(lines) + foot


# ---------------------------------------------------------------- worker (runs in its own process)


def worker(runtime: str, model: str, inputs: str, out: str, opts: dict) -> None:
    sources = json.loads(Path(inputs).read_text(encoding="utf-8"))
    try:
        translator, count_tokens, gpu_mb = _load_runtime(runtime, Path(model), opts["device"])
    except _Skip as e:
        Path(out).write_text(json.dumps({"runtime": runtime, "skipped": str(e)}), encoding="utf-8")
        return

    def run(texts):
        return translator.translate(texts, opts["src"], opts["tgt"], beam_size=opts["beam_size"])

    run(sources[: opts["batch_size"]])  # warm-up
    start = time.perf_counter()
    outputs = []
    for i in range(0, len(sources), opts["batch_size"]):  # the same batches for every runtime
        outputs += run(sources[i : i + opts["batch_size"]])
    seconds = time.perf_counter() - start
    latencies = []
    for text in sources[: opts["latency_samples"]]:
        t0 = time.perf_counter()
        run([text])
        latencies.append((time.perf_counter() - t0) * 1000)
    tokens = sum(count_tokens(o) for o in outputs)
    row = {"runtime": runtime, "seconds": round(seconds, 2), "sent_s": len(sources) / seconds,
           "tgt_tok_s": tokens / seconds, "target_tokens": tokens,
           "latency_p50_ms": _percentile(latencies, 50), "latency_p95_ms": _percentile(latencies, 95),
           "peak_rss_mb": _peak_rss_mb(), "gpu_mb": gpu_mb(), "outputs": outputs,
           "threads": translator.threads, "workers": translator.workers}
    Path(out).write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")


class _Skip(Exception):
    pass


def _load_runtime(runtime: str, model: Path, device: str):
    if runtime.startswith("hf-"):
        import torch

        from .hf_translate import HFTranslator

        dtype = {"hf-fp32": "float32", "hf-bf16": "bfloat16", "hf-fp16": "float16"}[runtime]
        if dtype == "bfloat16" and device == "cpu":
            from .train import cpu_has_bf16

            if not cpu_has_bf16():
                raise _Skip("this CPU has no native bf16")
        t = HFTranslator.load(model, device=device, dtype=dtype)

        def gpu_mb():
            return torch.cuda.max_memory_allocated() / 1e6 if device == "cuda" else None
        return t, _token_counter(model / "sentencepiece.bpe.model"), gpu_mb
    import ctranslate2

    from .translate import Translator

    quant = runtime.removeprefix("ct2-")
    if quant not in ctranslate2.get_supported_compute_types(device):
        raise _Skip(f"{quant} is not supported on this {device}")
    t = Translator.load(model, device=device, compute_type=quant, cache_size=0)
    return t, lambda text: len(t.sp_target.encode(text)), lambda: None


def _token_counter(spm_path: Path):
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_path))
    return lambda text: len(sp.encode(text))


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    k = (len(s) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def _peak_rss_mb() -> float:
    """VmHWM, this process's own peak RSS. (getrusage's ru_maxrss would also count the parent's memory copied
    at fork, as Linux carries the pre-exec high-water mark over exec.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def check(cfg: BenchConfig) -> None:
    from .langs import check_pair

    check_pair(cfg.src, cfg.tgt)
    if cfg.limit < 0 or cfg.beam_size < 1 or cfg.batch_size < 1 or cfg.latency_samples < 0:
        raise InputError("limit, latency samples must be >= 0; beam and batch size >= 1")
    unknown = set(cfg.runtimes) - set(GPU_RUNTIMES)
    if unknown:
        raise InputError(f"unknown runtime(s) {', '.join(sorted(unknown))}: choose from {', '.join(GPU_RUNTIMES)}")


if __name__ == "__main__" and len(sys.argv) == 7 and sys.argv[1] == "worker":
    worker(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], json.loads(sys.argv[6]))
