#!/usr/bin/env bash
# The device tool sends the tracked and the untracked-but-not-ignored files, 64 MiB at most; the bundled model's
# two folders alone are 88 MB. `slim` untracks them in the index only (nothing is committed, the files stay on
# disk) and ignores them in .git/info/exclude, so a device call sends the code and the carried data. `restore`
# tracks them again. Do not commit between the two: the commit would delete the bundled model.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
exclude=$(git rev-parse --git-path info/exclude)
mkdir -p "$(dirname "$exclude")" && touch "$exclude"
pattern='/models/vien-base*/'
case "${1:-}" in
  slim)
    git rm -r -q --cached models/vien-base models/vien-base-hf
    grep -qxF "$pattern" "$exclude" || echo "$pattern" >> "$exclude"
    echo "slim: models/vien-base* untracked until \`$0 restore\`; do not commit meanwhile" ;;
  restore)
    grep -vxF "$pattern" "$exclude" > "$exclude.tmp" || true
    mv "$exclude.tmp" "$exclude"
    git reset -q -- models/vien-base models/vien-base-hf
    git diff --quiet HEAD -- models || { echo "models/ differs from HEAD after restore" >&2; exit 1; }
    echo "restored: models/vien-base* tracked again" ;;
  *)
    echo "usage: $0 slim|restore" >&2; exit 2 ;;
esac
echo "bytes a device call would send, before carried paths:"
git ls-files -z --cached --others --exclude-standard | du -cb --files0-from=- 2>/dev/null | tail -1
