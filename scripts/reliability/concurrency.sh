#!/usr/bin/env bash
# 8 kpi writers (records and imports) and readers against one store at once, repeated:
# no lost or duplicated line, no torn line, readers never fail; a blocked writer exits 75.
#
#   scripts/reliability/concurrency.sh [--rounds R] [--writers W] [--seconds S] [--seed X] [--kpi PATH] [--keep]
#
# Uses $KPI_BIN or .build/debug/kpi (built with `swift build --product kpi` if missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source scripts/reliability/kpi-binary.sh
exec python3 scripts/reliability/reliability.py concurrency "$@"
