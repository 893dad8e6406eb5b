"""Fine-tune a pretrained translation model (NLLB-200, M2M100, OPUS-MT Marian, mBART-50, T5/envit5, or ours) on
Vietnamese<->English pairs from your domain, and know with numbers whether it helped.

    mt finetune --base models/vien-base-hf --data my.tsv --out runs/ft                 # full fine-tuning, both ways
    mt finetune --base facebook/nllb-200-distilled-600M --data corpus/ --lora --out runs/nllb-lora
    mt finetune --base Helsinki-NLP/opus-mt-vi-en --data my --direction vi-en --out runs/opus
    mt finetune --base models/vien-base-hf --data my.tsv bt/my_vien --out runs/ft-bt    # + back-translated pairs
    mt finetune --config ft.toml --out runs/ft                                         # every field of FinetuneConfig
    accelerate launch --multi_gpu --num_processes 8 -m mt finetune --base ... --out runs/big   # DDP, same flags
    mt export runs/ft/model --out models/mine --quantization int8                      # then serve it

Data (--data, --dev, --general): PREFIX (PREFIX.vi + PREFIX.en), a folder with train.vi/train.en, a .tsv
(vi<TAB>en, or a header row naming the columns), a .jsonl ({"vi": ..., "en": ...}), or a named test set
(flores200-dev, ...). Without --dev, the last --dev-size pairs of the data are the dev set (a contiguous tail,
so whole documents stay on one side), and training pairs equal to a dev line are dropped. A synthetic corpus
trains only the direction into its real side: `--one-way SPEC=vi-en`, or nothing for a folder made by
`mt data backtranslate`, whose backtranslation.json names the direction; the dev tail never comes from one-way data.
`--tag-one-way` starts each one-way source with a tag (tagged back-translation; docs/finetune.md), and `--self-train
SPEC` also trains a one-way spec the other way round, from its real side into its machine-made one.

Every evaluation (before training, every --eval-every steps or each epoch, at the end) translates the domain dev
set and a general set (the forgetting guard, FLORES-200 dev by default) in every direction and scores them with
the eval suite's sacreBLEU code. Early stopping keeps the best dev checkpoint (chrF or BLEU) among those that lost
at most --max-forgetting chrF on the general set; the base model itself is the first candidate.

Layout of --out: finetune.toml (the resolved config), train.log (JSON lines), checkpoint/ (resumable, replaced
atomically; run the same command again to continue), best.safetensors (the trainable weights of the best
evaluation), adapter/ (LoRA only, unmerged), model/ (the result: a Hugging Face checkpoint with the adapter merged,
the base's tokenizer files and mt_train.json), manifest.json (a copy of model/mt_train.json).
"""
from .codec import Codec, collate, examples, make_batches
from .config import FinetuneConfig, command_line, config_from, read_toml, to_toml
from .data import load_sets, read_parallel, text_hash
from .trainer import Finetuner, finetune, select

__all__ = ["finetune", "FinetuneConfig", "config_from", "command_line", "read_toml", "to_toml", "read_parallel",
           "load_sets", "text_hash", "Codec", "examples", "make_batches", "collate", "Finetuner", "select"]
