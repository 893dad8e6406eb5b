#!/usr/bin/env bash
# Steps 1-2 of a back-translation round (scripts/bt_round.sh): the bundled int8 model translates each side of the
# general-domain corpora into RUN/btc (greedy unless $BT_FLAGS says otherwise, e.g. "--sampling-topk 10 --seed 7"
# or "--model DIR"), and `mt data prepare` encodes the training data with them into RUN/prep.
#   bash scripts/bt_data.sh RUN
# Run it from the repository root with the project's environment active. Each step is skipped when its output
# exists, and `mt data backtranslate` resumes from its last saved chunk, so a rerun goes on where a stopped one ended.
set -euo pipefail
RUN=${1:?usage: bt_data.sh RUN}
D=${MT_DATA_DIR:-../shared/data/vien}
BTC=$RUN/btc                        # synthetic corpora
PREP=$RUN/prep                      # the encoded data with them
export PYTHONUNBUFFERED=1

step() { echo "== $(date +%T) $*" >&2; }

# 1. Back-translation of both sides of Tatoeba/manythings and EVBNews.
for pair in tatoeba_manythings:tatoeba evbnews:evbnews; do
    src=${pair%%:*} name=${pair##*:}
    for keep in en vi; do
        dir=vien; [ "$keep" = vi ] && dir=envi
        out=$BTC/bt_${name}_$dir
        [ -d "$out" ] && continue
        step "backtranslate $src --keep $keep ${BT_FLAGS:-}"
        # shellcheck disable=SC2086  # BT_FLAGS holds several words
        mt data backtranslate "$D/$src" --keep "$keep" --out "$out" --chunk 2000 ${BT_FLAGS:-}
    done
done

# 2. Encode the training data with the synthetic corpora added (no dev split taken from them).
[ -d "$PREP" ] || { step prepare; mt data prepare --data-dir "$D" --dev-size 0 --out "$PREP" \
    --add "$BTC/bt_tatoeba_vien" --add "$BTC/bt_tatoeba_envi" \
    --add "$BTC/bt_evbnews_vien" --add "$BTC/bt_evbnews_envi"; }
