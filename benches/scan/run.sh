#!/usr/bin/env bash
# End-to-end scan, start-up and training benchmarks of the release binary.
#
#   bash benches/scan/run.sh            # everything
#   SIZES="20" bash benches/scan/run.sh # only the 20 MB corpus
#   SKIP_TRAIN=1 bash benches/scan/run.sh
#
# Builds benchmark files from the repository's chats with make_real.py into
# target/bench-data/ (never committed), then runs `chatrisk scan --quiet FILE --out /dev/null`
# on one thread and on all cores under `/usr/bin/time -v` (wall time and
# peak RSS), measures start-up (load the model and score one conversation)
# and `chatrisk train` on 50k labeled conversations.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
data="target/bench-data"
bin="target/release/chatrisk"
sizes="${SIZES:-20 200}"
cores="$(nproc)"
mkdir -p "$data"

cargo build --release --quiet --bin chatrisk

if [ ! -x /usr/bin/time ]; then
    echo "needs /usr/bin/time (Debian: apt-get install -y time)" >&2
    exit 1
fi

# Runs a command under /usr/bin/time -v; prints "seconds peak_rss_kb".
measure() {
    local log
    log="$(mktemp)"
    /usr/bin/time -v "$@" 2>"$log" >/dev/null || {
        cat "$log" >&2
        rm -f "$log"
        return 1
    }
    local wall rss
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")"
    rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
    rm -f "$log"
    # wall is [h:]m:ss.ss
    awk -v w="$wall" -v r="$rss" 'BEGIN {
        n = split(w, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.3f %d\n", s, r
    }'
}

printf '%-34s %9s %9s %10s %9s\n' "scan" "MB/s" "conv/s" "wall s" "peak MB"
for mb in $sizes; do
    file="$data/real-${mb}mb.jsonl"
    if [ ! -s "$file" ]; then
        python3 benches/scan/make_real.py "$mb" "$file"
    fi
    bytes="$(stat -c %s "$file")"
    convs="$(wc -l <"$file")"
    # Warm the page cache so the first run does not measure the disk.
    cat "$file" >/dev/null
    for threads in 1 "$cores"; do
        read -r secs rss < <(measure "$bin" scan --quiet --threads "$threads" "$file" --out /dev/null)
        awk -v n="${mb} MB, --threads $threads" -v b="$bytes" -v c="$convs" -v s="$secs" -v r="$rss" \
            'BEGIN { printf "%-34s %9.1f %9.0f %10.2f %9.1f\n", n, b / s / 1e6, c / s, s, r / 1024 }'
    done
done

# Start-up: load the embedded model, score one conversation.
one="$data/one.jsonl"
head -n 1 "$data/real-$(echo "$sizes" | awk '{print $1}')mb.jsonl" >"$one"
echo
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 3 --runs 20 -N "$bin score $one --json" 2>/dev/null \
        | grep -E 'Time|Range' || hyperfine --warmup 3 --runs 20 "$bin score $one --json"
else
    runs=20
    start="$(date +%s.%N)"
    for _ in $(seq "$runs"); do "$bin" score "$one" --json >/dev/null; done
    end="$(date +%s.%N)"
    awk -v s="$start" -v e="$end" -v n="$runs" \
        'BEGIN { printf "start-up (score one conversation, mean of %d runs): %.1f ms\n", n, (e - s) * 1000 / n }'
fi

if [ -n "${SKIP_TRAIN:-}" ]; then
    exit 0
fi

# Training: 50k labeled conversations (the training corpus repeated, no held-out chats).
train="$data/train-50k.jsonl"
if [ ! -s "$train" ]; then
    python3 benches/scan/make_real.py --chats 50000 --train-only "$train"
fi
echo
read -r secs rss < <(measure "$bin" train --data "$train" --out "$data/bench-model.json")
awk -v s="$secs" -v r="$rss" -v b="$(stat -c %s "$train")" \
    'BEGIN { printf "train on 50000 conversations (%.0f MB): %.1f s, peak RSS %.0f MB\n", b / 1e6, s, r / 1024 }'
