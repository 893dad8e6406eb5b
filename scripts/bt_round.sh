#!/usr/bin/env bash
# One CPU round of back-translation for the bundled model (docs/experiments.md, "Back-translation"):
# the bundled model translates each side of the general-domain corpora, a continuation of it trains on the usual mix
# plus those synthetic pairs (each only into its real side), and the run and its soup with the bundled model are
# measured against the bundled model. Nothing here replaces the bundled model: that is decided on the printed numbers.
#   bash scripts/bt_round.sh RUN SEED SECONDS [TRAIN FLAGS...]     e.g. bash scripts/bt_round.sh runs/bt2 3 6000
# Any further arguments are added to the `mt train` command (e.g. --tag-one-way for tagged back-translation), and
# $BT_FLAGS to each `mt data backtranslate` (e.g. BT_FLAGS="--sampling-topk 10 --seed 7" for
# repeatable sampled back-translation).
# $BT_START names another model to continue from and soup with (default: the bundled model, which stays the
# baseline of the dev losses and the test sets either way).
# Run it from the repository root with the project's environment active (`mt` on PATH).
# Each step is skipped when its output exists, so a rerun goes on where a stopped one ended (`mt train` resumes
# from its checkpoint; `mt data backtranslate` from its last saved chunk).
set -euo pipefail
RUN=${1:?usage: bt_round.sh RUN SEED SECONDS}
SEED=${2:?seed}
BUDGET=${3:?training seconds}
D=${MT_DATA_DIR:-../shared/data/vien}
BASE=models/vien-base-hf            # the bundled model: the baseline
START=${BT_START:-$BASE}            # the continuation's start and soup partner
PREP=$RUN/prep                      # the encoded data with the synthetic corpora (scripts/bt_data.sh)
export PYTHONUNBUFFERED=1

step() { echo "== $(date +%T) $*" >&2; }

# 1-2. Back-translation with the bundled int8 model (greedy unless $BT_FLAGS says otherwise) and the encoded data.
bash "$(dirname "$0")/bt_data.sh" "$RUN"

# 3. The continuation: stop 13's recipe (`short`'s mix, lr 2e-4) plus the synthetic pairs, one way each.
if [ ! -d "$RUN/train/model" ]; then
    step "train ($BUDGET s)"
    mt train --init-from "$START" --prepared "$PREP" --data-dir "$D" --out "$RUN/train" \
        --upsample evbnews=2,tatoeba_manythings=8,bt_tatoeba_vien=4,bt_tatoeba_envi=4 \
        --one-way bt_evbnews_vien=vi-en,bt_evbnews_envi=en-vi,bt_tatoeba_vien=vi-en,bt_tatoeba_envi=en-vi \
        --seed "$SEED" --time-budget "$BUDGET" --lr 2e-4 --warmup-steps 50 --max-tokens 12000 --eval-every 100 \
        --average-last 5 --log-every 10 --save-every 600 --save-dtype float16 "${@:4}"
fi

# 4. The soup with its start.
[ -d "$RUN/soup" ] || { step soup; mt average "$START" "$RUN/train/model" --out "$RUN/soup"; }

# 5. FLORES dev loss of the soup, the bundled model and another start, with the run's own data and code (--lr 0:
# unchanged weights).
scored="soup base"; [ "$START" = "$BASE" ] || scored="$scored start"
for m in $scored; do
    [ -f "$RUN/loss_$m/train.log" ] && continue
    step "dev loss: $m"
    case $m in soup) src=$RUN/soup ;; base) src=$BASE ;; start) src=$START ;; esac
    rm -rf "$RUN/loss_$m" && mkdir -p "$RUN/loss_$m" && cp -r "$RUN/train/data" "$RUN/loss_$m/data"
    mt train --init-from "$src" --prepared "$PREP" --data-dir "$D" --out "$RUN/loss_$m" --lr 0 --max-steps 1 \
        --eval-every 1 --log-every 1 >/dev/null
done
grep -H dev_loss "$RUN"/loss_*/train.log >&2 || true

# 6. int8 exports, the quantisation gate on both, and the test sets against the bundled model.
for m in train soup; do
    src=$RUN/train/model; [ "$m" = soup ] && src=$RUN/soup
    [ -d "$RUN/ct2_$m" ] || { step "export $m"; mt export "$src" --out "$RUN/ct2_$m" --quantization int8; }
    [ -f "$RUN/gate_$m.txt" ] || { step "gate $m"; mt eval --gate --model "$RUN/ct2_$m" --threads 2 > "$RUN/gate_$m.txt" 2>&1 || true; }
done
if [ ! -f "$RUN/eval.md" ]; then
    step eval
    mt eval --testset flores200-dev --testset flores200-devtest --testset iwslt15-tst2013 --testset tatoeba-test \
        --system model --system run=ct2:"$RUN/ct2_train" --system soup=ct2:"$RUN/ct2_soup" --baseline model \
        --threads 2 --results "$RUN/eval.json" > "$RUN/eval.md.partial" && mv "$RUN/eval.md.partial" "$RUN/eval.md"
fi
step done
