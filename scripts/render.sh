#!/usr/bin/env bash
# The README's first command: install what is missing, build kpi in release mode, and render
# the sample store's committee pack into Charts/ (then show the status table it is built on).
# The Swift runtime is linked statically: every command starts about 5 ms sooner
# (benchmarks/startup.md); Cairo and its libraries stay shared.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
swift build -c release --static-swift-stdlib --explicit-target-dependency-import-check error
.build/release/kpi pack --store Series --committee "Finance and Resources Overview & Scrutiny Committee"
.build/release/kpi status --store Series
