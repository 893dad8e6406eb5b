#!/usr/bin/env bash
# Low-resource domain adaptation of the bundled model to TED talks, the issue-5 demonstration.
#
#   bash scripts/finetune_demo.sh [OUT [FULL_FLAGS [LORA_FLAGS]]]    # rerun to resume / skip the steps done
#   bash scripts/finetune_demo.sh runs/finetune-demo                                  # the defaults
#   bash scripts/finetune_demo.sh runs/finetune-demo-hi "--lr 5e-4 --epochs 3" "--lr 3e-3 --epochs 3"
#
# Adaptation data: IWSLT'15 tst2012 only (1,553 pairs). `--dev-size 200` keeps its last 200 pairs (the last talks,
# contiguous, so no talk is split between the two parts) as the domain dev set for early stopping; the first 1,353
# are the adaptation set (minus any pair repeating a dev line). FLORES-200 dev (first 100) is the forgetting guard.
# Test: IWSLT'15 tst2013 (TED) and FLORES-200 devtest (forgetting), both directions, each model exported to
# CTranslate2 int8 and scored with `mt eval` (the serving runtime); scripts/finetune_table.py adds paired-bootstrap
# 95% confidence intervals (sacreBLEU, 1,000 resamples) and prints the table.
set -euo pipefail
OUT=${1:-runs/finetune-demo}
read -r -a FULL <<< "${2:-}"   # extra `mt finetune` flags for the full run, and for the LoRA run
read -r -a LORA <<< "${3:-}"
COMMON=(--base models/vien-base-hf --data iwslt15-tst2012 --dev-size 200 --general flores200-dev --general-size 100
        --epochs 2 --warmup-steps 10 --eval-batch 64 --threads 1)

[ -f "$OUT/full/model/mt_train.json" ] || mt finetune "${COMMON[@]}" ${FULL[@]+"${FULL[@]}"} --out "$OUT/full"
[ -f "$OUT/lora/model/mt_train.json" ] || mt finetune "${COMMON[@]}" --lora ${LORA[@]+"${LORA[@]}"} --out "$OUT/lora"

[ -f "$OUT/base/ct2/mt.json" ] || mt export models/vien-base-hf --out "$OUT/base/ct2" --quantization int8
for m in full lora; do
  [ -f "$OUT/$m/ct2/mt.json" ] || mt export "$OUT/$m/model" --out "$OUT/$m/ct2" --quantization int8
done

for m in base full lora; do
  mkdir -p "$OUT/$m/eval"
  for t in iwslt15-tst2013 flores200-devtest; do
    for d in vi-en en-vi; do
      f="$OUT/$m/eval/$t.$d"
      if [ ! -f "$f.json" ]; then
        mt eval --model "$OUT/$m/ct2" --testset "$t" --src "${d%-*}" --tgt "${d#*-}" --json --hyps-out "$f.hyp" \
          > "$f.json.tmp"
        mv "$f.json.tmp" "$f.json"
      fi
    done
  done
done
python scripts/finetune_table.py "$OUT"
