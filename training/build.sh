#!/usr/bin/env bash
# Rebuilds the canonical JSONL of the hand-written corpus and held-out v2
# from their `.chat` sources (one file per writer). With --check, rebuilds
# into a temporary folder and fails when a committed file differs.
set -euo pipefail
cd "$(dirname "$0")"
check=0; [ "${1:-}" = --check ] && check=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
build() { # src_dir out_dir
  local src=$1 out=$2
  for w in $(ls "$src" | sed -n 's/^\([a-z][0-9][0-9]\)-.*\.chat$/\1/p' | sort -u); do
    local dest="$out/$w.jsonl"
    [ $check = 1 ] && dest="$tmp/$w.jsonl"
    python3 tools/chatfmt.py "$src"/"$w"-*.chat --writer "$w" --out "$dest" >/dev/null
    if [ $check = 1 ] && ! cmp -s "$dest" "$out/$w.jsonl"; then
      echo "stale: $out/$w.jsonl differs from what $src/$w-*.chat builds (run training/build.sh)" >&2
      status=1
    fi
  done
}
build corpus/handwritten-v2/src corpus/handwritten-v2
build heldout/v2/src heldout/v2
exit $status
