# Sourced by the reliability scripts: exports KPI_BIN, the kpi binary to test, building the
# debug one if there is none. Honours an existing $KPI_BIN (or --kpi on the command line).
if [[ -z "${KPI_BIN:-}" ]]; then
    if [[ ! -x .build/debug/kpi ]]; then
        echo "reliability: building kpi (swift build --product kpi)" >&2
        swift build --product kpi >&2
    fi
    KPI_BIN="$PWD/.build/debug/kpi"
fi
export KPI_BIN
