#!/usr/bin/env bash
# Soak test of `chatrisk serve` on loopback: 64 normal clients (wrk, POST
# /v1/score with benches/load/conversation.json) while attack.py runs slow
# bodies, slowloris heads, 1,100 idle connects, zip bombs and malformed
# requests at the same time. The server runs with a soft open-file limit of 1,024.
# Bounded: SOAK_SECONDS (default 60) of load, then everything stops.
#
# Prints: normal-client statuses, p50/p99, attacker outcomes, RSS over
# time, server 5xx by status and panics from /metrics. Exits non-zero on a
# panic or an unintended 5xx (anything but 503/504).
#
# Environment: CHATRISK_BIN (default target/debug/chatrisk), SOAK_PORT
# (18090), SOAK_SECONDS (60), SOAK_CLIENTS (64 normal clients), SOAK_ATTACKS (all kinds; see attack.py),
# SOAK_SERVER_ARGS (extra `serve` flags), SOAK_HARD_LIMIT,
# ZIP_MIB (64, what each zip bomb expands to).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${CHATRISK_BIN:-$root/target/debug/chatrisk}"
port="${SOAK_PORT:-18090}"
secs="${SOAK_SECONDS:-60}"
clients="${SOAK_CLIENTS:-64}"
attacks="${SOAK_ATTACKS:-slowbody slowloris idle zipbomb malformed}"
out="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)" >&2; exit 2; }

# A soft open-file limit of 1,024 (the usual default; the server raises it
# towards the hard limit for its connection cap). SOAK_HARD_LIMIT=1 sets the
# hard limit to 1,024 as well, so the cap must come down instead.
if [ -n "${SOAK_HARD_LIMIT:-}" ]; then limit="-n"; else limit="-Sn"; fi
(ulimit $limit 1024; CHATRISK_LOG=warn exec "$bin" serve --addr "127.0.0.1:$port" ${SOAK_SERVER_ARGS:-}) 2>"$out/server.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done

( while kill -0 "$server" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null
    sleep 5
  done ) >"$out/rss" &
sampler=$!

ulimit -n 8192
python3 "$here/attack.py" 127.0.0.1 "$port" "$secs" $attacks >"$out/attack" 2>&1 &
attacker=$!
sleep 3   # let the attackers take their connections first
SOAK_BODY="$root/benches/load/conversation.json" wrk -t2 -c"$clients" -d"$((secs - 3))s" --timeout 10s \
  -s "$here/status.lua" "http://127.0.0.1:$port/v1/score" >"$out/wrk" 2>&1 || true
wait "$attacker" || true
metrics="$(curl -s --max-time 10 "http://127.0.0.1:$port/metrics" || true)"
kill "$sampler" 2>/dev/null || true

echo "normal clients ($clients, wrk):"
grep -E '^(STATUS|P50_MS|P99_MS|REQUESTS)' "$out/wrk" | sed 's/^/  /'
grep -E 'Socket errors' "$out/wrk" | sed 's/^/  /' || true
echo "attackers:"
sed 's/^ATTACK /  /' "$out/attack"
echo "RSS (MiB, every 5 s): $(awk '{printf "%d ", $1/1024}' "$out/rss")"
alive=yes; kill -0 "$server" 2>/dev/null || alive=no
echo "server alive at the end: $alive"
fivexx="$(printf '%s\n' "$metrics" | grep -E '^chatrisk_http_requests_total\{.*status="5' || true)"
echo "server 5xx:"; printf '%s\n' "${fivexx:-  none}" | sed 's/^/  /'
panics="$(printf '%s\n' "$metrics" | awk -F' ' '/^chatrisk_errors_total\{code="panic"\}/ {print $2}')"
echo "panics: ${panics:-unknown}"
grep -c 'connection cap reached' "$out/server.log" | sed 's/^/connection-cap log lines: /' || true
unintended="$(printf '%s\n' "$fivexx" | grep -vE 'status="50[34]"' | grep -c . || true)"
[ "$alive" = yes ] && [ "${panics:-0}" = 0 ] && [ "$unintended" = 0 ]
