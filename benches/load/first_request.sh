#!/usr/bin/env bash
# First request after start against the requests that follow it.
#
# Starts `chatrisk serve` RUNS times. Each time it polls /readyz until it
# answers 200 (the time this takes is "ready"), then sends POST /v1/score
# with the body once ("first") and AFTER more times ("later"), each timed by
# curl's time_total. Prints one Markdown row per run and a summary row:
# the median first request against the median of every later request.
#
# Environment (all optional):
#   FIRST_PORT=18090   port on 127.0.0.1
#   FIRST_RUNS=10      server starts
#   FIRST_AFTER=50     requests after the first, per start
#   FIRST_BODY=path    request body (default: conversation.json here)
#   FIRST_BIN=path     binary (default: builds the release binary)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${FIRST_PORT:-18090}"
runs="${FIRST_RUNS:-10}"
after="${FIRST_AFTER:-50}"
body="${FIRST_BODY:-$here/conversation.json}"
bin="${FIRST_BIN:-}"
if [[ -z "$bin" ]]; then
    echo "building release binary..." >&2
    (cd "$root" && cargo build --release --quiet --bin chatrisk)
    bin="$root/target/release/chatrisk"
fi
base="http://127.0.0.1:${port}"
export CHATRISK_LOG="${CHATRISK_LOG:-warn}"

server_pid=""
stop() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
trap stop EXIT

ms() { python3 -c 'import sys; print(f"{float(sys.argv[1])*1000:.2f}")' "$1"; }
post() {
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
        -H 'content-type: application/json' --data-binary @"$body" "$base/v1/score"
}

firsts=()
laters=()
echo "| run | ready ms | first ms | later median ms | later p99 ms |"
echo "|---:|---:|---:|---:|---:|"
for run in $(seq 1 "$runs"); do
    t0=$(date +%s.%N)
    "$bin" serve --addr "127.0.0.1:${port}" >/dev/null 2>&1 &
    server_pid=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz" || true)" == 200 ]]; do
        kill -0 "$server_pid" 2>/dev/null || { echo "server exited" >&2; exit 1; }
        sleep 0.005
    done
    t1=$(date +%s.%N)
    read -r code first < <(post)
    [[ "$code" == 200 ]] || { echo "first request answered $code" >&2; exit 1; }
    run_later=()
    for _ in $(seq 1 "$after"); do
        read -r code t < <(post)
        [[ "$code" == 200 ]] || { echo "request answered $code" >&2; exit 1; }
        run_later+=("$t")
    done
    stop
    firsts+=("$first")
    laters+=("${run_later[@]}")
    python3 - "$run" "$t0" "$t1" "$first" "${run_later[@]}" <<'PY'
import sys, statistics
run = sys.argv[1]
t0, t1, first, *later = map(float, sys.argv[2:])
later.sort()
p99 = later[min(len(later) - 1, int(0.99 * len(later)))]
print(f"| {run} | {(t1 - t0) * 1000:.0f} | {first * 1000:.2f} | {statistics.median(later) * 1000:.2f} | {p99 * 1000:.2f} |")
PY
done
python3 - "${#firsts[@]}" "${firsts[@]}" "${laters[@]}" <<'PY'
import sys, statistics
n = int(sys.argv[1])
firsts = sorted(map(float, sys.argv[2:2 + n]))
later = sorted(map(float, sys.argv[2 + n:]))
p99 = later[min(len(later) - 1, int(0.99 * len(later)))]
print(f"| all | | median {statistics.median(firsts) * 1000:.2f}, max {firsts[-1] * 1000:.2f} "
      f"| {statistics.median(later) * 1000:.2f} | {p99 * 1000:.2f} |")
PY
