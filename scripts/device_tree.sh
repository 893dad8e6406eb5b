#!/usr/bin/env bash
# The device tool sends the tracked and the untracked-but-not-ignored files, 64 MiB at most; the bundled model's
# two folders alone are 88 MB. `slim` untracks them in the index only (nothing is committed, the files stay on
# disk) and ignores them in .git/info/exclude, so a device call sends the code and the carried data. `slim-ct2`
# does so for the CTranslate2 folder only, so that models/vien-base-hf (57 MB) travels for a run that continues the
# bundled model. Both also untrack what no device run reads (NOT_THERE: the docs, the tests, the app, the FLORES
# domains): at stop 49 the tree with them and the carried corpus was over the limit, which the tool counts in disk
# blocks (`du`, not `du -b`). `restore` tracks them all again. Do not commit between the two: the commit would
# delete the model.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
exclude=$(git rev-parse --git-path info/exclude)
mkdir -p "$(dirname "$exclude")" && touch "$exclude"
# At stop 54 (more rule modules) the tree was 260 KiB over again: the other scripts, Tatoeba and FLORES devtest stay
# behind too (scripts/gpu_experiments.py skips a test set it does not find, and selects on FLORES dev; the others are
# scored on CPU afterwards).
NOT_THERE="docs tests app README.md models/README.md
           eval/data/flores200/metadata_dev.tsv eval/data/flores200/metadata_devtest.tsv eval/data/tatoeba_test
           eval/data/flores200/devtest.en eval/data/flores200/devtest.vi
           scripts/*_check.py scripts/align_agreement.py scripts/finetune_demo.sh scripts/finetune_table.py
           scripts/rule_off.py"
untrack() {  # untrack and ignore these paths
    git rm -r -q --cached "$@"
    for path in "$@"; do grep -qxF "/$path" "$exclude" || echo "/$path" >> "$exclude"; done
    echo "slim: $* untracked until \`$0 restore\`; do not commit meanwhile"
}
case "${1:-}" in
  slim) untrack models/vien-base models/vien-base-hf $NOT_THERE ;;
  slim-ct2) untrack models/vien-base $NOT_THERE ;;
  restore)
    # (the patterns with a slash at the end, and the last one, are what earlier versions of slim wrote)
    patterns=(-e '/models/vien-base*/')
    for path in models/vien-base models/vien-base-hf $NOT_THERE; do patterns+=(-e "/$path" -e "/$path/"); done
    grep -vxF "${patterns[@]}" "$exclude" > "$exclude.tmp" || true
    mv "$exclude.tmp" "$exclude"
    git reset -q -- models/vien-base models/vien-base-hf $NOT_THERE
    git diff --quiet HEAD -- models $NOT_THERE || { echo "models/ or $NOT_THERE differ from HEAD" >&2; exit 1; }
    echo "restored: models/vien-base* and $NOT_THERE tracked again" ;;
  *)
    echo "usage: $0 slim|slim-ct2|restore" >&2; exit 2 ;;
esac
echo "KiB of disk a device call would send, before carried paths (64 MiB = 65536 KiB in all may travel):"
git ls-files -z --cached --others --exclude-standard | du -c --files0-from=- 2>/dev/null | tail -1
