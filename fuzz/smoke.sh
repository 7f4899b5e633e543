#!/usr/bin/env bash
# A short pass over every fuzz target (8 s each, about 40 s of fuzzing in
# total after the build) so the targets keep building and the seeds keep
# passing. CI calls this.
set -euo pipefail
exec "$(dirname "$0")/run.sh" "${FUZZ_SMOKE_SECONDS:-8}" "$@"
