#!/usr/bin/env bash
# Build the example stores in examples/ from the seed reports' action trackers, using only kpi
# commands on CSV files in scripts/example-data/ that copy the seeds' rows (their words, refs,
# dates and percentages exactly as printed, quirks included).
#
# Usage (from the package root):
#   scripts/make-example-stores.sh [--force] [NAME...]
#
#   NAME     moray-2020-21, corporate-tracker-2020-21 or orkney-digital-2019-20 (default: all three)
#   --force  delete an existing example store and build it again
#   $KPI     the kpi binary to use (default: .build/release/kpi)
#
# The stores (render each with kpi pack --store examples/NAME):
#   moray-2020-21              seed 000: Moray Council's HR & OD and ICT service plans, 22 actions at
#                              2020/21 Q4 (no officer's status: the rules rate them, and mark the three
#                              overdue ones the report marks), plus the report's two figures (staff
#                              remote logins per day, % of ICT users classed as flexible).
#   corporate-tracker-2020-21  seed 001: a council's corporate tracker, 28 actions at 2020/21 Q3 with
#                              directorate, section, stage, due date, % complete and Green/Amber status.
#   orkney-digital-2019-20     seed 002: Orkney Islands Council's Digital Strategy Delivery Plan, 12
#                              actions at 2019/20 Q4 with BRAG status (Blue = complete) and no dates
#                              or percentages.
# The quirks the CSV import copes with: refs with stray spaces and "&" ("HR&OD20- 22.Strat-4.1" gives
# the id HR-OD20--22.Strat-4.1), refs ending in a full stop ("1.1.1."), dates as "30-Apr- 2021" and
# "30 June 2020", percentages with "%", stages and statuses in any case and with a full stop
# ("In progress", "not started", "Amber."), headers in any case, notes of several paragraphs.
# Orkney's table has no stage column; its two Blue actions are given the stage Completed, which
# their updates state ("Website redesign is completed", "Action complete.") and Blue requires.
# Every line is recorded at the date the report was made (an explicit recorded_at in the CSV) and
# by "Performance team" (the seeds name no officer), so two runs give byte-identical stores.
set -euo pipefail

KPI="${KPI:-.build/release/kpi}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_DIR="$SCRIPT_DIR/example-data"
ALL=(moray-2020-21 corporate-tracker-2020-21 orkney-digital-2019-20)
BY="Performance team"

usage() {
    sed -n '5,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

force=0
names=()
for arg in "$@"; do
    case "$arg" in
        --force) force=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "make-example-stores: unknown option: $arg" >&2; usage >&2; exit 64 ;;
        *)
            if [[ ! " ${ALL[*]} " == *" $arg "* ]]; then
                echo "make-example-stores: expected one of ${ALL[*]}, found '$arg'" >&2
                exit 64
            fi
            names+=("$arg") ;;
    esac
done
[[ ${#names[@]} -gt 0 ]] || names=("${ALL[@]}")

if ! command -v "$KPI" >/dev/null 2>&1; then
    echo "make-example-stores: kpi binary not found: $KPI (build it, or set KPI=/path/to/kpi)" >&2
    exit 66
fi

for name in "${names[@]}"; do
    store="examples/$name"
    data="$DATA_DIR/$name"
    if [[ -e "$store" ]]; then
        if [[ $force -eq 0 ]]; then
            echo "make-example-stores: $store exists; use --force to delete it and build it again" >&2
            exit 73
        fi
        # Only ever delete something that is a kpi store.
        if [[ ! -f "$store/store.conf" ]]; then
            echo "make-example-stores: $store is not a kpi store (no store.conf); not deleting it" >&2
            exit 73
        fi
        rm -rf -- "$store"
    fi
    mkdir -p examples
    "$KPI" init --store "$store" >/dev/null
    case "$name" in
        moray-2020-21)
            "$KPI" import --definitions "$data/indicators.csv" --store "$store" --by "$BY" >/dev/null
            "$KPI" import "$data/figures.csv" --store "$store" --by "$BY" >/dev/null
            ;;
    esac
    for csv in "$data"/actions-*.csv; do
        "$KPI" action import "$csv" --store "$store" --by "$BY" >/dev/null
    done
    "$KPI" check --store "$store" >/dev/null
    echo "make-example-stores: built $store"
done
