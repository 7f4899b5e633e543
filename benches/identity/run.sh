#!/usr/bin/env bash
# Byte-identity check for refactors: scans every corpus file with
# `chatrisk scan --quiet` and either records the outputs or compares them
# with a recorded set. Any difference means a change altered a score,
# an explanation or the output format.
#
# Usage: benches/identity/run.sh record DIR     # before a change
#        benches/identity/run.sh compare DIR    # after it; exit 1 on a difference
# CHATRISK=path/to/chatrisk picks the binary (default target/release/chatrisk).
set -euo pipefail

cd "${REPO:-$(dirname "$0")/../..}"
mode="${1:?record or compare}"
dir="${2:?output directory}"
bin="${CHATRISK:-target/release/chatrisk}"

shopt -s nullglob
files=(training/corpus/*/*.jsonl training/heldout/*.jsonl training/heldout/*/*.jsonl)
[ ${#files[@]} -gt 0 ] || { echo "no corpus files found" >&2; exit 2; }

out="$dir"
[ "$mode" = compare ] && out="$(mktemp -d)"
mkdir -p "$out"
for f in "${files[@]}"; do
    name="$(echo "$f" | tr '/' '_')"
    "$bin" scan --quiet "$f" >"$out/$name.out" 2>"$out/$name.err" || echo "exit $?" >>"$out/$name.err"
done

case "$mode" in
record)
    echo "recorded ${#files[@]} files in $dir"
    ;;
compare)
    if diff -r -q "$dir" "$out"; then
        echo "identical: ${#files[@]} files"
        rm -rf "$out"
    else
        echo "DIFFERENT (new outputs in $out)" >&2
        exit 1
    fi
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
