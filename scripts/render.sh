#!/usr/bin/env bash
# The README's first command: install what is missing, build kpi in release mode, and render
# the sample store's committee pack into Charts/ (then show the status table it is built on).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
swift build -c release --explicit-target-dependency-import-check error
.build/release/kpi pack --store Series --committee "Finance and Resources Overview & Scrutiny Committee"
.build/release/kpi status --store Series
