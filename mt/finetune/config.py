"""FinetuneConfig: every setting of `mt finetune`, from defaults, a TOML file and flags; the command line that
reproduces a run."""
from __future__ import annotations

import dataclasses
import json
import shlex
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import langs
from ..errors import InputError, MissingDependency

METRICS = ("chrf", "bleu")
PRECISIONS = ("auto", "no", "bf16", "fp16")
# settings a resumed run must share with the run that wrote the checkpoint
RESUME_KEY = ("base", "data", "one_way", "tag_one_way", "self_train", "dev", "dev_size", "directions", "lora", "lora_r",
              "lora_alpha", "max_tokens", "grad_accum", "max_len", "seed")


@dataclass
class FinetuneConfig:
    base: str = ""  # hub id or local Hugging Face checkpoint directory
    data: list = field(default_factory=list)  # training data specs (see the module docstring)
    # data spec -> the one direction it trains (synthetic corpora: into their real side); `mt data backtranslate`
    # folders need no entry, their provenance file names it
    one_way: dict = field(default_factory=dict)
    # tagged back-translation (Caswell et al., 2019): one-way sources start with a tag that real input never has
    tag_one_way: bool = False
    # one-way specs also trained the other way round, from their real side into their machine-made one
    # (self-training: the model's own output as targets), never tagged
    self_train: list = field(default_factory=list)
    out: str = ""
    dev: list = field(default_factory=list)  # domain dev specs; empty: the tail of the data
    dev_size: int = 200  # pairs taken from the end of the data when --dev is not given
    general: str = "flores200-dev"  # the forgetting guard's general set; "" for none
    general_size: int = 200  # sentences of the general set scored (its first N); 0 = all
    data_dir: str = ""  # where named test sets live (default: MT_DATA_DIR, then eval/data)
    directions: list = field(default_factory=list)  # "vi-en", "en-vi"; empty: what the model does
    # method
    lora: bool = False
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    # optimisation
    lr: float = 0.0  # 0 = 1e-4 for full fine-tuning, 1e-3 for LoRA
    warmup_steps: int = 50
    weight_decay: float = 0.0
    label_smoothing: float = 0.1
    max_tokens: int = 4096  # padded source + target tokens per micro-batch, per process
    grad_accum: int = 1  # micro-batches per optimizer step
    max_len: int = 256  # tokens per side; longer training pairs are skipped
    epochs: float = 3.0
    max_steps: int = 0  # optimizer steps; overrides epochs when > 0
    time_budget: float = 0.0  # seconds of training in all (resumes count); 0 = none
    # evaluation and early stopping
    eval_every: int = 0  # optimizer steps between evaluations; 0 = once per epoch
    metric: str = "chrf"  # chrf | bleu: what early stopping maximises on the dev set
    patience: int = 3  # evaluations without improvement before stopping; 0 = never stop early
    keep: str = "best"  # best: the weights of the best evaluation | last: the final weights
    min_gain: float = 0.0  # dev metric points an evaluation must gain over the best so far to count as better
    max_forgetting: float = 2.0  # chrF points the general set may lose against the base; 0 = report only
    eval_beam: int = 1
    eval_batch: int = 32
    # run
    precision: str = "auto"  # auto (bf16 where the hardware has it) | no | bf16 | fp16
    device: str = "auto"  # auto | cpu | cuda
    threads: int = 0  # CPU threads per process; 0 = torch's default (1 is much faster when other jobs share the cores)
    save_every: float = 600.0  # seconds between checkpoints (one is always written at the end)
    log_every: int = 10
    seed: int = 1
    save_dtype: str = "auto"  # auto (the base checkpoint's) | float32 | float16 | bfloat16

    def __post_init__(self):
        if not self.base:
            raise InputError("give the model to start from: --base HUB_ID_OR_DIR")
        if not self.data:
            raise InputError("give training data: --data FILE_OR_PREFIX")
        if not self.out:
            raise InputError("give an output directory: --out DIR")
        if self.epochs <= 0 and self.max_steps <= 0 and self.time_budget <= 0:
            raise InputError("give a budget: --epochs N, --max-steps N or --time-budget SECONDS")
        for name in ("max_tokens", "grad_accum", "max_len", "lora_r", "eval_beam", "eval_batch", "log_every"):
            if getattr(self, name) <= 0:
                raise InputError(f"{name.replace('_', '-')} must be positive")
        if self.keep not in ("best", "last"):
            raise InputError(f"keep must be best or last, not {self.keep!r}")
        if self.metric not in METRICS:
            raise InputError(f"metric must be one of {', '.join(METRICS)}, not {self.metric!r}")
        if self.precision not in PRECISIONS:
            raise InputError(f"precision must be one of {', '.join(PRECISIONS)}, not {self.precision!r}")
        if self.device not in ("auto", "cpu", "cuda"):
            raise InputError(f"device must be auto, cpu or cuda, not {self.device!r}")
        if self.save_dtype not in ("auto", "float32", "float16", "bfloat16"):
            raise InputError("save-dtype must be auto, float32, float16 or bfloat16")
        for d in self.directions:
            langs.check_pair(*split_direction(d))
        for spec, d in self.one_way.items():
            if spec not in self.data:
                raise InputError(f"--one-way names {spec!r}, which is not one of the --data specs")
            langs.check_pair(*split_direction(d))
        stray = [spec for spec in self.self_train if spec not in self.data]
        if stray:
            raise InputError(f"--self-train names {', '.join(map(repr, stray))}, not among the --data specs")
        if not self.dev and self.dev_size <= 0:
            raise InputError("give a dev set (--dev) or a positive --dev-size")

    def learning_rate(self) -> float:
        return self.lr or (1e-3 if self.lora else 1e-4)


def split_direction(d: str) -> tuple[str, str]:
    src, _, tgt = str(d).partition("-")
    if not tgt:
        raise InputError(f"a direction is written vi-en or en-vi, not {d!r}")
    return src, tgt


def config_from(values: dict, toml_path: str | None = None) -> FinetuneConfig:
    """Defaults, then the TOML file's values, then `values` (None means 'not given')."""
    merged = {}
    if toml_path:
        merged.update(read_toml(Path(toml_path)))
    merged.update({k: v for k, v in values.items() if v is not None})
    names = {f.name for f in dataclasses.fields(FinetuneConfig)}
    unknown = sorted(set(merged) - names)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)} in {toml_path or 'the arguments'}")
    for key in ("data", "dev", "directions", "self_train"):
        if isinstance(merged.get(key), str):
            merged[key] = [merged[key]]
    if isinstance(merged.get("one_way"), (str, list)):
        merged["one_way"] = parse_one_way(merged["one_way"])
    return FinetuneConfig(**merged)


def parse_one_way(items) -> dict:
    """["SPEC=vi-en", ...] (the flag's form) -> {SPEC: "vi-en"}; a spec may itself contain '='."""
    out = {}
    for item in [items] if isinstance(items, str) else items:
        spec, sep, d = str(item).rpartition("=")
        if not (spec and sep and d):
            raise InputError(f"--one-way takes SPEC=vi-en or SPEC=en-vi, not {item!r}")
        out[spec] = d
    return out


def read_toml(path: Path) -> dict:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            raise MissingDependency("tomli", "train") from None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"cannot read the config file {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path} is not valid TOML: {e}") from None


def to_toml(cfg: FinetuneConfig) -> str:
    # JSON strings, numbers and string arrays are valid TOML values
    return "".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in asdict(cfg).items())


def command_line(cfg: FinetuneConfig, world_size: int = 1) -> str:
    """The command that reproduces this run: every setting that differs from its default, as flags."""
    argv = ["mt", "finetune"]
    defaults = FinetuneConfig(base="x", data=["x"], out="x")
    for f in dataclasses.fields(FinetuneConfig):
        value = getattr(cfg, f.name)
        flag = "--" + {"directions": "direction"}.get(f.name, f.name).replace("_", "-")
        if f.name not in ("base", "data", "out") and value == getattr(defaults, f.name):
            continue
        if isinstance(value, bool):
            argv.append(flag if value else "--no-" + flag[2:])
        elif isinstance(value, list):
            argv += [flag, *map(str, value)]
        elif isinstance(value, dict):
            argv += [flag, *(f"{k}={v}" for k, v in value.items())]
        else:
            argv += [flag, str(value)]
    if world_size > 1:
        argv = ["accelerate", "launch", "--multi_gpu", "--num_processes", str(world_size), "-m", "mt"] + argv[1:]
    return shlex.join(argv)
