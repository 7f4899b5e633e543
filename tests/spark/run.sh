#!/usr/bin/env bash
# Runs examples/spark/chatrisk_job.py in Spark local mode and checks that its
# results are identical, record for record, to `chatrisk scan -` run directly.
#
#   bash tests/spark/run.sh
#
# Needs Java 17 (skips with exit 0 without it) and PyPI access the first time:
# pyspark goes into a venv under target/ (SPARK_TEST_VENV to change), kept
# between runs. CHATRISK_BIN=path uses that binary instead of a cargo build.
# Inputs are generated; work files go to a temporary directory under target/
# (SPARK_TEST_KEEP=1 keeps it). Prints `N passed, M failed`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

if ! command -v java >/dev/null 2>&1 || ! java -version >/dev/null 2>&1; then
    echo "spark test skipped: no working java on PATH (Spark needs Java 17)"
    exit 0
fi
started=$(date +%s)

target=${CARGO_TARGET_DIR:-$root/target}
venv=${SPARK_TEST_VENV:-$target/spark-venv}
pyspark_spec='pyspark==3.5.*'
if ! "$venv/bin/python" -c 'import pyspark' >/dev/null 2>&1; then
    echo "== creating $venv with $pyspark_spec"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "$pyspark_spec"
fi
export PATH="$venv/bin:$PATH"
export PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
export SPARK_LOCAL_IP=127.0.0.1

if [ -n "${CHATRISK_BIN:-}" ]; then
    bin=$CHATRISK_BIN
else
    echo "== building chatrisk (release)"
    cargo build --release --quiet
    bin="$target/release/chatrisk"
fi

mkdir -p "$target/tmp"
work=$(mktemp -d "$target/tmp/spark-test.XXXXXX")
if [ "${SPARK_TEST_KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
else
    echo "== work files kept in $work"
fi

echo "== generating conversations"
python3 "$here/gen_conversations.py" --count 3200 --seed 7 --malformed > "$work/conversations.jsonl"
python3 "$here/gen_conversations.py" --count 1200 --seed 11 > "$work/train.jsonl"
head -n 1600 "$work/conversations.jsonl" > "$work/half-a.jsonl"
tail -n +1601 "$work/conversations.jsonl" > "$work/half-b.jsonl"
echo "   $(wc -l < "$work/conversations.jsonl") input lines"

# A small model trained here, so the job also ships a --model file.
echo "== training a small model"
train_started=$(date +%s)
"$bin" train --data "$work/train.jsonl" --out "$work/model.json" > "$work/train.log" 2>&1 \
    || { cat "$work/train.log"; exit 1; }
model="$work/model.json"
echo "   $(( $(date +%s) - train_started ))s"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { local ms=$(( $(now_ms) - $1 )); printf '%d.%02ds' $((ms / 1000)) $((ms % 1000 / 10)); }

scan_direct() {  # exit code 1 only means "some records were error records"
    local rc=0
    "$bin" scan --quiet --model "$model" - < "$1" > "$2" || rc=$?
    if [ "$rc" -gt 1 ]; then echo "direct scan of $1 failed with $rc"; exit 1; fi
}
echo "== direct scans"
t=$(now_ms)
scan_direct "$work/conversations.jsonl" "$work/direct.jsonl"
direct_time=$(secs "$t")
scan_direct "$work/half-a.jsonl" "$work/direct-a.jsonl"
scan_direct "$work/half-b.jsonl" "$work/direct-b.jsonl"
echo "   $(wc -l < "$work/direct.jsonl") results in $direct_time"

submit=(spark-submit --master 'local[2]' --conf spark.ui.enabled=false)
echo "== spark-submit chatrisk_job.py: jsonl, 4 partitions"
t=$(now_ms)
if ! "${submit[@]}" "$root/examples/spark/chatrisk_job.py" --binary "$bin" --model "$model" \
    --partitions 4 --output-format jsonl "$work/conversations.jsonl" "$work/out-jsonl" \
    > "$work/jsonl.log" 2>&1; then
    echo "spark job failed:"; tail -n 40 "$work/jsonl.log"; exit 1
fi
grep '^chatrisk_job:' "$work/jsonl.log" | sed 's/^/   /'
echo "   wall $(secs "$t")"

echo "== more variants in one Spark application"
t=$(now_ms)
if ! "${submit[@]}" "$here/run_jobs.py" "$root/examples/spark/chatrisk_job.py" "$work" "$bin" \
    "$model" > "$work/variants.log" 2>&1; then
    echo "spark variants failed:"; tail -n 40 "$work/variants.log"; exit 1
fi
grep -E '^(variant|chatrisk_job):' "$work/variants.log" | sed 's/^/   /'
echo "   wall $(secs "$t")"

echo "== comparing"
rc=0
"$venv/bin/python" "$here/compare.py" "$work" 2> "$work/compare.err" || rc=$?
if [ "$rc" -gt 1 ]; then tail -n 20 "$work/compare.err"; echo "0 passed, 1 failed"; fi
echo "whole test: $(( $(date +%s) - started ))s"
exit "$rc"
