#!/usr/bin/env bash
# The device tool sends the tracked and the untracked-but-not-ignored files, 64 MiB at most; the bundled model's
# two folders alone are 88 MB. `slim` untracks them in the index only (nothing is committed, the files stay on
# disk) and ignores them in .git/info/exclude, so a device call sends the code and the carried data. `slim-ct2`
# does so for the CTranslate2 folder only, so that models/vien-base-hf (57 MB) travels for a run that continues the
# bundled model. `restore` tracks them again. Do not commit between the two: the commit would delete the model.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
exclude=$(git rev-parse --git-path info/exclude)
mkdir -p "$(dirname "$exclude")" && touch "$exclude"
untrack() {  # untrack and ignore these model folders
    git rm -r -q --cached "$@"
    for dir in "$@"; do grep -qxF "/$dir/" "$exclude" || echo "/$dir/" >> "$exclude"; done
    echo "slim: $* untracked until \`$0 restore\`; do not commit meanwhile"
}
case "${1:-}" in
  slim) untrack models/vien-base models/vien-base-hf ;;
  slim-ct2) untrack models/vien-base ;;
  restore)
    # (the last pattern is what slim wrote before slim-ct2 existed)
    grep -vxF -e /models/vien-base/ -e /models/vien-base-hf/ -e '/models/vien-base*/' "$exclude" \
        > "$exclude.tmp" || true
    mv "$exclude.tmp" "$exclude"
    git reset -q -- models/vien-base models/vien-base-hf
    git diff --quiet HEAD -- models || { echo "models/ differs from HEAD after restore" >&2; exit 1; }
    echo "restored: models/vien-base* tracked again" ;;
  *)
    echo "usage: $0 slim|slim-ct2|restore" >&2; exit 2 ;;
esac
echo "bytes a device call would send, before carried paths:"
git ls-files -z --cached --others --exclude-standard | du -cb --files0-from=- 2>/dev/null | tail -1
