#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 120) on its corpus
# in fuzz/corpus/<target>/. Crashes land in fuzz/artifacts/<target>/; add
# each one to tests/regressions.rs once fixed.
#
# Usage: fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail

cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-120}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(import import_limits normalize signals model_file http_body tokenizer)
fi

# cargo-fuzz needs a nightly compiler for the sanitizer flags; use the
# nightly toolchain when there is one, else let stable act as nightly.
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    FUZZ=(cargo +nightly fuzz)
else
    export RUSTC_BOOTSTRAP=1
    FUZZ=(cargo fuzz)
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# Build once, then run the binaries directly: `cargo fuzz run` would rebuild
# before every target whenever the tree changed in between.
"${FUZZ[@]}" build
TRIPLE="$(rustc -vV | sed -n 's/^host: //p')"
BIN="${CARGO_TARGET_DIR:-target}/$TRIPLE/release"
status=0
for t in "${TARGETS[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    echo "== $t (${SECONDS_PER_TARGET}s)"
    # A scratch corpus dir keeps new finds out of the committed seeds; merge
    # the interesting ones with `cargo fuzz cmin` when wanted.
    scratch="$(mktemp -d)"
    if ! "$BIN/$t" "$scratch" "corpus/$t" \
        -artifact_prefix="artifacts/$t/" -max_total_time="$SECONDS_PER_TARGET" \
        -timeout=30 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
        >"artifacts/$t/last-run.log" 2>&1; then
        status=1
        echo "!! $t failed; see fuzz/artifacts/$t/last-run.log"
        grep -m1 -A3 'panicked at' "artifacts/$t/last-run.log" || tail -n 20 "artifacts/$t/last-run.log"
    fi
    grep -E '^(Done|stat::number_of_executed_units)' "artifacts/$t/last-run.log" || true
    rm -rf "$scratch"
done
exit "$status"
