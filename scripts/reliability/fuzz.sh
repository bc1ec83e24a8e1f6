#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets with the Swift toolchain's
# -sanitize=fuzzer,address and runs each for N seconds from its seed corpus in Fuzz/Corpus.
#
#   scripts/reliability/fuzz.sh [--seconds N] [--targets "series action period csv journal"] [--jobs J]
#
# The targets are compiled straight from Sources/KPIText, Sources/KPIModel, Sources/KPISPC, Sources/KPIActions,
# Sources/KPIFiles and Sources/KPIStore with swiftc (not through Package.swift), so the package's normal build never builds them. A
# target is compiled into the module it tests, so it can reach the internal entry points (the
# CSV row checks, the journal) without widening the public API. KPIFiles' one dependency,
# swift-system's SystemPackage, is built by SwiftPM (release, uninstrumented) and linked in.
#
# Prints one line per target: executions, corpus size, and whether it crashed. A crash leaves
# its input in .build-fuzz/crashes/<target>/ (and the libFuzzer report in .build-fuzz/logs/);
# minimise it with `.build-fuzz/fuzz-<target> -minimize_crash=1 -runs=10000 <input>` and add it
# as a regression test. Exits non-zero if any target crashed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds=180
targets="series action period csv journal"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --targets) targets="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "fuzz.sh: unknown option $1" >&2; exit 64 ;;
    esac
done

swiftc_bin="$(command -v swiftc)"
out=.build-fuzz
mkdir -p "$out/logs" "$out/crashes" "$out/corpus"
flags=(-O -sanitize=fuzzer,address -parse-as-library -g)

# KPIText (the escapers KPIModel's messages quote with), KPIModel, and the modules KPIStore imports
# beside it (KPISPC, KPIActions, KPIFiles), as static libraries with their modules, for the targets
# compiled into KPIStore. Rebuilt only when a source changed.
text_sources=(Sources/KPIText/*.swift)
model_sources=(Sources/KPIModel/*.swift)
spc_sources=(Sources/KPISPC/*.swift)
actions_sources=(Sources/KPIActions/*.swift)
files_sources=(Sources/KPIFiles/*.swift)
store_sources=(Sources/KPIStore/*.swift)
stamp="$out/sources.sha"
sum=$(cat "${text_sources[@]}" "${model_sources[@]}" "${spc_sources[@]}" "${actions_sources[@]}" "${files_sources[@]}" Sources/CLinuxFiles/*.c "${store_sources[@]}" \
      Fuzz/Targets/*.swift scripts/reliability/fuzz.sh | sha256sum | cut -d' ' -f1)
# Each step returns on failure by itself: `set -e` does not apply inside a function run as an `if` test.
build_targets() {
    mkdir -p "$out/model"
    "$swiftc_bin" "${flags[@]}" -module-name KPIText -emit-library -static -emit-module \
        -emit-module-path "$out/model/KPIText.swiftmodule" -o "$out/model/libKPIText.a" "${text_sources[@]}" || return 1
    "$swiftc_bin" "${flags[@]}" -module-name KPIModel -emit-library -static -emit-module -I "$out/model" \
        -emit-module-path "$out/model/KPIModel.swiftmodule" -o "$out/model/libKPIModel.a" "${model_sources[@]}" || return 1
    "$swiftc_bin" "${flags[@]}" -module-name KPISPC -emit-library -static -emit-module -I "$out/model" \
        -emit-module-path "$out/model/KPISPC.swiftmodule" -o "$out/model/libKPISPC.a" "${spc_sources[@]}" || return 1
    "$swiftc_bin" "${flags[@]}" -module-name KPIActions -emit-library -static -emit-module -I "$out/model" \
        -emit-module-path "$out/model/KPIActions.swiftmodule" -o "$out/model/libKPIActions.a" "${actions_sources[@]}" || return 1
    # swift-system through SwiftPM, then CLinuxFiles and KPIFiles beside KPIModel.
    swift build -c release --build-path "$out/spm" --target SystemPackage || return 1
    local spm="$out/spm/release" system_include
    system_include="$(find "$out/spm/checkouts" -path '*/Sources/CSystem/include' -type d | head -1)"
    clang -O2 -c Sources/CLinuxFiles/CLinuxFiles.c -I Sources/CLinuxFiles/include -o "$out/model/CLinuxFiles.o" || return 1
    "$swiftc_bin" "${flags[@]}" -module-name KPIFiles -emit-library -static -emit-module \
        -emit-module-path "$out/model/KPIFiles.swiftmodule" -o "$out/model/libKPIFiles.a" \
        -I "$out/model" -I "$spm/Modules" -Xcc -I"$system_include" -Xcc -ISources/CLinuxFiles/include "${files_sources[@]}" || return 1
    link_files=(-lKPIText -lKPISPC -lKPIActions -lKPIFiles "$out/model/CLinuxFiles.o" "$spm"/SystemPackage.build/*.o "$spm"/CSystem.build/*.o
                -I "$spm/Modules" -Xcc -I"$system_include" -Xcc -ISources/CLinuxFiles/include)
    # The period target is compiled into KPIModel itself, the others into KPIStore.
    "$swiftc_bin" "${flags[@]}" -module-name KPIModel -I "$out/model" -L "$out/model" -lKPIText -o "$out/fuzz-period" \
        "${model_sources[@]}" Fuzz/Targets/PeriodFuzz.swift &
    local period_build=$!
    local target file
    for target in series action csv journal; do
        case $target in series) file=SeriesFuzz ;; action) file=ActionFuzz ;; csv) file=CSVFuzz ;; journal) file=JournalFuzz ;; esac
        "$swiftc_bin" "${flags[@]}" -module-name KPIStore -I "$out/model" -L "$out/model" -lKPIModel "${link_files[@]}" \
            -o "$out/fuzz-$target" "${store_sources[@]}" "Fuzz/Targets/$file.swift" || return 1
    done
    wait "$period_build"
}

if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$sum" ]]; then
    echo "fuzz: building the targets with swiftc -sanitize=fuzzer,address (log: $out/logs/build.log)"
    rm -f "$stamp"
    if ! build_targets >"$out/logs/build.log" 2>&1; then
        grep -v 'Cannot export local symbol' "$out/logs/build.log" | tail -30 >&2
        echo "fuzz: build failed" >&2
        exit 1
    fi
    echo "$sum" > "$stamp"
fi

failed=0
for target in $targets; do
    corpus="$out/corpus/$target"          # grows while fuzzing; the committed seeds stay as they are
    mkdir -p "$corpus" "$out/crashes/$target"
    log="$out/logs/$target.log"
    set +e
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 "$out/fuzz-$target" "$corpus" "Fuzz/Corpus/$target" \
        -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/crashes/$target/" -dict=Fuzz/Corpus/$target.dict >"$log" 2>&1
    status=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    size=$(ls "$corpus" | wc -l)
    if [[ $status -eq 0 ]]; then
        echo "fuzz: $target: $runs executions in ${seconds} s, corpus $size, no crash"
    else
        failed=1
        echo "fuzz: $target: CRASH after $runs executions (exit $status); input in $out/crashes/$target/, report in $log"
        grep -m3 -E 'Fatal error|ERROR: |precondition' "$log" | sed 's/^/    /' || true
    fi
done
exit $failed
