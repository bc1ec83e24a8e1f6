#!/usr/bin/env bash
# The README's second command (and CI's): install what the tests need, then build with the
# module arrows checked and run the whole test suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh --for-tests
# The code's layout, as .swift-format says (swift-format ships with the Swift toolchain); fix
# with `swift format format -i -r --parallel Sources Tests`.
swift format lint --strict --parallel -r Sources Tests
swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build --explicit-target-dependency-import-check error
# The pack's web page in a real headless browser (Chromium): loads, every image decodes, no
# console error, nothing from the network, no WCAG violation found by axe-core; kept out of
# swift test because it starts a browser.
scripts/browser-check.sh .build/debug/kpi
# The pack's PDF read with a PDF parser: tagged, language, structure, bookmarks, links.
scripts/pdf-check.sh .build/debug/kpi
