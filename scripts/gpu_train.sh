#!/usr/bin/env bash
# Train the bundled model on a lent GPU machine in one call (how models/vien-base was trained).
#   here:  python -m mt train --out .carry/run --max-steps 1   # only prepares .carry/run/data (then rm checkpoint)
#   there: bash scripts/gpu_train.sh SECONDS [more `mt train` flags]
# The GPU machine gets only the repo and .carry/; results come back through $OUT in pieces of at most 15 MB.
# With the bundled model committed, the repo is over the 64 MiB a call may send: run `scripts/device_tree.sh slim`
# before the call and `scripts/device_tree.sh restore` after it.
set -o pipefail
export PYTHONUNBUFFERED=1
OUT=${OUT:-/tmp/mt-out}
RUN=${RUN:-.carry/run}
BUDGET=${1:?usage: gpu_train.sh SECONDS [mt train flags]}
shift
mkdir -p "$OUT"
nvidia-smi -L 2>/dev/null || echo "no GPU visible"
python3 -m mt train --out "$RUN" --time-budget "$BUDGET" --max-tokens 48000 --lr 1e-3 --warmup-steps 500 \
    --eval-every 500 --log-every 100 --save-every 100000 --save-dtype float16 "$@" 2>&1 \
    | grep --line-buffered -v -i warning | tee "$OUT/train.txt"
status=$?
cp "$RUN/train.log" "$OUT/train.log" 2>/dev/null
[ -d "$RUN/model" ] && tar cf - -C "$RUN" model | split -b 15m - "$OUT/model.tar.part-"
ls -la "$OUT"
exit $status
