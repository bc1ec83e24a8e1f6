#!/usr/bin/env bash
# Kills kpi writers at random moments and checks after each kill that no figure was lost or
# corrupted (see reliability.py for every invariant checked).
#
#   scripts/reliability/kill-loop.sh [--iterations N] [--seconds S] [--seed X] [--kpi PATH] [--keep]
#
# Uses $KPI_BIN or .build/debug/kpi (built with `swift build --product kpi` if missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source scripts/reliability/kpi-binary.sh
exec python3 scripts/reliability/reliability.py kill-loop "$@"
