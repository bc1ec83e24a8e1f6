#!/usr/bin/env bash
# Runs kpi's benchmarks against C + Cairo, RRDtool and matplotlib and writes BENCHMARKS.md.
#
#   benchmarks/run.sh            everything (about 15 minutes on 2 cores)
#   benchmarks/run.sh pack       only the `kpi pack` scale curve, then rewrites BENCHMARKS.md
#                                (likewise peers, encoders, whole, store, profile, several at once;
#                                `markdown` only rewrites BENCHMARKS.md from the saved results)
#   benchmarks/run.sh --quick    a few rounds of everything, to check the harness works
#
# Installs what is missing (apt as root or via sudo: rrdtool, python3-rrdtool, libcairo2-dev,
# libpng-dev, libdeflate-dev, gcc, python3-venv, perf; PyPI: matplotlib, which brings Pillow, into
# a venv in the scratch directory), builds kpi (release, --static-swift-stdlib) and
# benchmarks/harness (kpi-bench, release) and the C programs with cc -O2, then runs
# benchmarks/run.py. Build products, stores and results go to $KPI_BENCH_SCRATCH
# (default .build-bench), never into the normal .build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SCRATCH="${KPI_BENCH_SCRATCH:-.build-bench}"
export KPI_BENCH_SCRATCH="$SCRATCH"
steps=""
extra=()
for argument in "$@"; do
    case "$argument" in
        --quick) extra+=(--quick) ;;
        pack|peers|encoders|whole|store|profile|markdown) steps="${steps:+$steps,}$argument" ;;
        *) echo "usage: benchmarks/run.sh [--quick] [pack|peers|encoders|whole|store|profile|markdown]..." >&2; exit 64 ;;
    esac
done

# Peers and tools.
missing=()
command -v rrdtool >/dev/null || missing+=(rrdtool)
/usr/bin/python3 -c "import rrdtool" 2>/dev/null || missing+=(python3-rrdtool)
pkg-config --exists cairo libpng 2>/dev/null || missing+=(libcairo2-dev libpng-dev pkg-config)
command -v cc >/dev/null || missing+=(gcc)
/usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || missing+=(python3-venv)
command -v perf >/dev/null || missing+=(linux-perf)
[[ -f /usr/include/libdeflate.h ]] || missing+=(libdeflate-dev)
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
venv="$SCRATCH/bench-venv"
if [[ ! -x "$venv/bin/python" ]]; then
    # The system Python, so the venv also sees python3-rrdtool from apt.
    /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
"$venv/bin/python" -c "import matplotlib" 2>/dev/null || "$venv/bin/pip" install -q matplotlib

# Builds: kpi, the harness, the C peer and the launcher that times whole processes.
# kpi as it is shipped (scripts/render.sh): release, Swift runtime linked statically.
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product kpi
# KPI_BENCH_HARNESS: another copy of the harness package (default benchmarks/harness).
# SwiftPM does not notice a file added to or removed from a path dependency (kpi, here), so the
# harness's cached build plan goes stale ("missing inputs") when kpi's Sources change shape:
# drop the plan, keep the compiled objects.
rm -f "$SCRATCH/harness/release.yaml" "$SCRATCH/harness/"*/release/description.json
swift build -c release --package-path "${KPI_BENCH_HARNESS:-benchmarks/harness}" --scratch-path "$SCRATCH/harness"
mkdir -p "$SCRATCH/bench-work"
cc -O2 -Wall -o "$SCRATCH/bench-work/cairo_chart" benchmarks/peers/cairo_chart.c $(pkg-config --cflags --libs cairo)
cc -O2 -Wall -o "$SCRATCH/bench-work/measure" benchmarks/measure.c
cc -O2 -Wall -DWITH_LIBDEFLATE -o "$SCRATCH/bench-work/deflate_floor" benchmarks/peers/deflate_floor.c \
    $(pkg-config --cflags --libs cairo zlib) -ldeflate

steps="${steps:-peers,encoders,whole,store,pack,profile}"
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
command="benchmarks/run.sh${*:+ $*}"
"$venv/bin/python" benchmarks/run.py --steps "$steps" --command "$command" "${extra[@]}"
