#!/usr/bin/env bash
# Load test of `chatrisk serve` on loopback.
#
# Builds the release binary, starts the server on 127.0.0.1, and drives
# POST /v1/score with a realistic conversation (conversation.json) at 1, 16
# and 64 concurrent clients for 10 s each, then prints a Markdown table of
# requests/s and p50/p99 latency. Exits non-zero if any request failed.
#
# Load generator: oha if installed, else wrk if installed, else
# `cargo install oha --locked`. Force one with LOAD_TOOL=oha|wrk.
#
# Environment (all optional):
#   LOAD_PORT=18080         port on 127.0.0.1
#   LOAD_DURATION=10        seconds per level
#   LOAD_CLIENTS="1 16 64"  concurrency levels
#   LOAD_MODEL=path         model file (default: the embedded model)
#   LOAD_BODY=path          request body (default: conversation.json here)
#   LOAD_QUERY="?timeline"  query string for /v1/score
#   CHATRISK_LOG=warn       server log filter; per-request info lines are
#                           off by default so the log sink is not measured
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${LOAD_PORT:-18080}"
duration="${LOAD_DURATION:-10}"
clients="${LOAD_CLIENTS:-1 16 64}"
body="${LOAD_BODY:-$here/conversation.json}"
query="${LOAD_QUERY:-}"
url="http://127.0.0.1:${port}/v1/score${query}"
export CHATRISK_LOG="${CHATRISK_LOG:-warn}"

work="$(mktemp -d)"
server_pid=""
model_note=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "building release binary..." >&2
(cd "$root" && cargo build --release --quiet --bin chatrisk)
bin="$root/target/release/chatrisk"

tool="${LOAD_TOOL:-}"
if [[ -z "$tool" ]]; then
    if command -v oha >/dev/null; then
        tool=oha
    elif command -v wrk >/dev/null; then
        tool=wrk
    else
        echo "installing oha (cargo install oha --locked)..." >&2
        cargo install oha --locked --quiet
        tool=oha
    fi
fi
command -v "$tool" >/dev/null || { echo "load tool $tool not found" >&2; exit 2; }

if curl -s -o /dev/null "http://127.0.0.1:${port}/healthz"; then
    echo "something already listens on 127.0.0.1:${port}; set LOAD_PORT" >&2
    exit 2
fi

model_args=()
if [[ -n "${LOAD_MODEL:-}" ]]; then
    model_args=(--model "$LOAD_MODEL")
elif ! "$bin" model verify >/dev/null 2>&1; then
    # The shipped weights do not load with this build (e.g. signal tables
    # changed since they were trained): train a smaller stand-in from the
    # repository's corpus. Scoring cost depends on the pipeline, not on the
    # weights, so the figures still hold.
    echo "the embedded model does not load with this build; training a stand-in..." >&2
    printf 'epochs = 4\n[tokenizer]\nvocab_size = 3000\n' \
        >"$work/params.toml"
    "$bin" train --data "$root"/training/corpus/handwritten-v2/*.jsonl \
        "$root"/training/corpus/handwritten/*.jsonl \
        --params "$work/params.toml" --out "$work/model.json" 2>"$work/train.log"
    model_args=(--model "$work/model.json")
    model_note="stand-in model trained from training/corpus (embedded model does not load)"
fi
"$bin" serve --addr "127.0.0.1:${port}" "${model_args[@]}" 2>"$work/server.log" &
server_pid=$!

for _ in $(seq 1 150); do
    if curl -sf -o /dev/null "http://127.0.0.1:${port}/readyz"; then
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "the server exited; its log:" >&2
        cat "$work/server.log" >&2
        echo "(if the embedded model is a placeholder, pass LOAD_MODEL=path/to/model.json)" >&2
        exit 1
    fi
    sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:${port}/readyz" || { echo "server not ready" >&2; exit 1; }

# One request by hand: the body must score before we measure anything.
status="$(curl -s -o "$work/sample.json" -w '%{http_code}' -H 'content-type: application/json' \
    --data-binary "@$body" "$url")"
if [[ "$status" != 200 ]]; then
    echo "sample request failed with $status: $(cat "$work/sample.json")" >&2
    exit 1
fi

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("LOAD_BODY_FILE"), "rb"))
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT %d %.1f %.3f %.3f %d\n",
        summary.requests, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        e.connect + e.read + e.write + e.status + e.timeout))
end
LUA

# Prints "requests rps p50_ms p99_ms errors" for one concurrency level.
measure() {
    local c="$1"
    if [[ "$tool" == wrk ]]; then
        local threads=$(( c < 2 ? c : 2 ))
        LOAD_BODY_FILE="$body" wrk -t "$threads" -c "$c" -d "${duration}s" --timeout 10s \
            -s "$work/post.lua" "$url" >"$work/wrk-$c.txt"
        grep '^RESULT' "$work/wrk-$c.txt" | cut -d' ' -f2-
    else
        local fmt=(-j)
        oha --help | grep -q -- '--output-format' && fmt=(--output-format json)
        oha --no-tui "${fmt[@]}" -z "${duration}s" -c "$c" -m POST -T application/json \
            -D "$body" "$url" >"$work/oha-$c.json"
        python3 - "$work/oha-$c.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
codes = r.get("statusCodeDistribution", {})
ok = codes.get("200", 0)
errors = sum(v for k, v in codes.items() if k != "200") + sum(r.get("errorDistribution", {}).values())
lat = r["latencyPercentiles"]
print(ok + errors, "%.1f" % r["summary"]["requestsPerSec"], "%.3f" % (lat["p50"] * 1000),
      "%.3f" % (lat["p99"] * 1000), errors)
PY
    fi
}

rows=()
failed=0
for c in $clients; do
    echo "measuring $c client(s) for ${duration}s with $tool..." >&2
    read -r requests rps p50 p99 errors < <(measure "$c")
    rows+=("| $c | $requests | $rps | $p50 | $p99 | $errors |")
    (( errors == 0 )) || failed=1
done

# The server's own count of non-200 answers on the route must agree.
bad="$(curl -s "http://127.0.0.1:${port}/metrics" \
    | awk '/^chatrisk_http_requests_total\{route="\/v1\/score",/ && !/status="200"/ {s += $2}
           END {print s + 0}')"

cores="$(nproc 2>/dev/null || echo '?')"
echo
[[ -n "${model_note:-}" ]] && echo "note: $model_note"
echo "POST /v1/score${query}, body $(wc -c <"$body") bytes ($(basename "$body")), ${duration} s per level, $tool, $cores cores, loopback"
echo
echo "| clients | requests | req/s | p50 ms | p99 ms | errors |"
echo "|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "server-side non-200 on /v1/score: $bad"
if (( failed )) || (( bad > 0 )); then
    echo "FAILED: some requests did not succeed" >&2
    exit 1
fi
