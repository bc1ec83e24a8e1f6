#!/usr/bin/env bash
# Kills kpi writers (at random moments, inside a slowed append, at named crash points), prints how
# many kills landed in each phase of the write, and checks the store after each kill with an
# independent reader (series_reader.py) against what every command was told, kpi check and kpi
# export having to agree with it. Runs the oracle's self-test first (see reliability.py for every
# invariant checked; `python3 scripts/reliability/reliability.py self-test` runs the self-test alone).
#
#   scripts/reliability/kill-loop.sh [--iterations N] [--seconds S] [--seed X] [--kpi PATH] [--keep]
#
# Uses $KPI_BIN or .build/debug/kpi (built with `swift build --product kpi` if missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source scripts/reliability/kpi-binary.sh
exec python3 scripts/reliability/reliability.py kill-loop "$@"
