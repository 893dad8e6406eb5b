#!/usr/bin/env bash
# What the default GPU round (scripts/gpu_experiments.py, which continues the bundled model) carries, made here:
# the bundled model's back-translations of the general-domain corpora (scripts/bt_data.sh), the training data
# encoded with them and xz-packed as .carry/NAME.tar.xz, and IWSLT'15 tst2013 in .carry/data. On a fresh 2-core
# machine this took about 17 minutes at stop 26 (back-translation 13, encoding and packing 4), 9 at stop 49. Since
# stop 49 .carry/data no longer fits in a device call beside the corpus (scripts/gpu_experiments.py).
#   bash scripts/gpu_carry.sh [NAME]          # NAME: expv8 by default, the corpus the round's runs name
# Then: bash scripts/device_tree.sh slim-ct2, the device call, bash scripts/device_tree.sh restore
# (docs/experiments.md, "The next GPU session").
set -euo pipefail
NAME=${1:-expv8}
D=${MT_DATA_DIR:-../shared/data/vien}
WORK=runs/carry_$NAME
bash "$(dirname "$0")/bt_data.sh" "$WORK"
if [ ! -f ".carry/$NAME.tar.xz" ]; then
    # one training step writes the encoded corpus (OUT/data) exactly as the round's `mt train` reads it
    rm -rf ".carry/$NAME"
    python -m mt train --init-from models/vien-base-hf --prepared "$WORK/prep" --data-dir "$D" --out ".carry/$NAME" \
        --max-steps 1 --max-tokens 2000
    rm -rf ".carry/$NAME/checkpoint" ".carry/$NAME/model"
    tar cf - -C ".carry/$NAME" data | xz -9 -T2 > ".carry/$NAME.tar.xz.partial"
    mv ".carry/$NAME.tar.xz.partial" ".carry/$NAME.tar.xz"
fi
mkdir -p .carry/data/iwslt15 && cp -f "$D"/iwslt15/tst2013.detok.* .carry/data/iwslt15/
ls -l ".carry/$NAME.tar.xz" .carry/data/iwslt15
