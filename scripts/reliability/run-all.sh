#!/usr/bin/env bash
# The long reliability runs: the kill loop (after the oracle's self-test), the concurrency rounds
# and the fuzzers.
#
#   scripts/reliability/run-all.sh            full runs: 500 commands (~280 kills), 20 rounds, 180 s per fuzz target
#   scripts/reliability/run-all.sh --quick    a short run of each for CI (30 commands, 3 rounds, 20 s per target)
#
# Uses $KPI_BIN or .build/debug/kpi (built if missing). Runs everything, then exits non-zero
# if any part found a violation or a crash.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

iterations=500 rounds=20 fuzz_seconds=180
if [[ "${1:-}" == "--quick" ]]; then
    iterations=30 rounds=3 fuzz_seconds=20
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--quick]" >&2
    exit 64
fi

source scripts/reliability/kpi-binary.sh || exit 1
passed=0 failed=0
for step in "kill-loop.sh --iterations $iterations" "concurrency.sh --rounds $rounds" "fuzz.sh --seconds $fuzz_seconds"; do
    # shellcheck disable=SC2086
    if scripts/reliability/$step; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "reliability: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
