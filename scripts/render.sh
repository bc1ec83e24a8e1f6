#!/usr/bin/env bash
# The README's first command: install what is missing, build kpi in release mode, and run
# the main job on the sample store (the status of every indicator for the latest quarter).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
swift build -c release --explicit-target-dependency-import-check error
.build/release/kpi status --store Series
