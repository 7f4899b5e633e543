#!/usr/bin/env bash
# Compares `chatrisk scan --threads 1` with a scikit-learn TF-IDF + logistic
# regression baseline scoring the same file on one core.
#
#   bash benches/baseline/run.sh          # 20 MB of corpus chats (make_real.py)
#   MB=5 bash benches/baseline/run.sh
#
# Creates a virtualenv under target/ and installs scikit-learn on first use.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mb="${MB:-20}"
data="target/bench-data"
venv="target/bench-venv"
bin="target/release/chatrisk"
mkdir -p "$data"

cargo build --release --quiet --bin chatrisk
file="$data/real-${mb}mb.jsonl"
if [ ! -s "$file" ]; then
    python3 benches/scan/make_real.py "$mb" "$file"
fi

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet scikit-learn
fi

cat "$file" >/dev/null
bytes="$(stat -c %s "$file")"
start="$(date +%s.%N)"
taskset -c 0 "$bin" scan --quiet --threads 1 "$file" --out /dev/null
end="$(date +%s.%N)"
ours="$(awk -v s="$start" -v e="$end" -v b="$bytes" 'BEGIN { printf "%.3f", b / (e - s) / 1e6 }')"

theirs_json="$(taskset -c 0 "$venv/bin/python" benches/baseline/sklearn_baseline.py \
    --train training/corpus/*/*.jsonl --scan "$file")"
theirs="$(printf '%s' "$theirs_json" | "$venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["mb_per_s"])')"

echo "file: $file ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
echo "chatrisk scan --threads 1:   $ours MB/s"
echo "scikit-learn (1 core):       $theirs MB/s   $theirs_json"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "ratio: %.1fx\n", a / b }'
