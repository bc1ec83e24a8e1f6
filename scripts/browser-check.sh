#!/usr/bin/env bash
# Checks the committee pack's web page in a real headless browser (Chromium from Debian):
#   1. the page loads and every image decodes (a copy of the page with a small probe script
#      reports image counts in its title; the published page itself has no JavaScript);
#   2. the browser logs no console error and no failed or network request;
#   3. the page names no outside resource (no http(s) src/href, no <link>, no <script>);
#   4. a screenshot is taken (for a person to look at) and is not blank;
#   5. an automated WCAG audit with axe-core (scripts/axe-check.py: tags wcag2a, wcag2aa,
#      wcag21a, wcag21aa, wcag22aa, best-practice) finds no violation on the sample pack's page,
#      on that of a generated pack of 40 indicators with long and hostile titles
#      (scripts/make-generated-store.sh), on the seed 003 example store's (budgets, year to date,
#      forecasts), nor on two example packs with action tables (examples/); its self-test first
#      proves it catches broken pages
#      (an image without alt text, an empty header cell, faint text).
# Usage: scripts/browser-check.sh [KPI-BINARY] [OUT-DIR]   (defaults: .build/debug/kpi, a temp dir)
# Needs scripts/install-deps.sh --for-tests (chromium, chromium-driver and .build-venv/).
# Prints "browser-check: N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
KPI="${1:-.build/debug/kpi}"
OUT="${2:-$(mktemp -d)}"
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
[[ -n "$CHROMIUM" ]] || { echo "browser-check: chromium not installed (scripts/install-deps.sh --for-tests)" >&2; exit 1; }

passed=0; failed=0
check() {  # check NAME CONDITION-EXIT-CODE [DETAIL]
    if [[ "$2" -eq 0 ]]; then passed=$((passed + 1)); echo "  ok: $1"; else failed=$((failed + 1)); echo "  FAILED: $1 ${3:-}"; fi
}

"$KPI" pack --store Series --out "$OUT/pack" --committee "Finance and Resources Overview & Scrutiny Committee" >/dev/null || { echo "browser-check: kpi pack failed" >&2; exit 1; }
PAGE="$OUT/pack/index.html"
images=$(grep -o '<img ' "$PAGE" | wc -l)

# 1. Load with a probe that reports how many images decoded.
PROBE="$OUT/pack/probe.html"
sed 's|</body>|<script>window.addEventListener("load",function(){var i=Array.prototype.slice.call(document.images);var b=i.filter(function(x){return !x.complete\|\|x.naturalWidth===0;}).length;document.title="KPI-CHECK images="+i.length+" broken="+b;});</script></body>|' "$PAGE" > "$PROBE"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --disable-background-networking --hide-scrollbars)
dom=$(timeout 60 "$CHROMIUM" "${flags[@]}" --virtual-time-budget=5000 --enable-logging=stderr --v=0 --dump-dom "file://$PROBE" 2>"$OUT/console.log")
title=$(printf '%s' "$dom" | grep -o 'KPI-CHECK images=[0-9]* broken=[0-9]*' | head -1)
[[ "$title" == "KPI-CHECK images=$images broken=0" ]]; check "page loads and all $images images decode" $? "($title)"

# 2. No console errors, no failed requests.
! grep -E 'CONSOLE.*(Uncaught|Error)|Failed to load resource|net::ERR_' "$OUT/console.log" >/dev/null; check "no console errors or failed requests" $? "(see $OUT/console.log)"

# 3. Nothing from the network, no script, no external stylesheet.
! grep -Eiq '(src|href)="(https?:)?//|<link |<script' "$PAGE"; check "no outside resource and no JavaScript" $?

# 4. A screenshot that is not blank.
timeout 60 "$CHROMIUM" "${flags[@]}" --window-size=1280,2400 --screenshot="$OUT/screenshot.png" "file://$PAGE" >/dev/null 2>&1
[[ -s "$OUT/screenshot.png" && $(stat -c %s "$OUT/screenshot.png") -gt 50000 ]]; check "screenshot taken ($OUT/screenshot.png)" $?

# 5. The WCAG audit with axe-core, after its self-test.
PYTHON=.build-venv/bin/python
if [[ -x "$PYTHON" ]]; then
    "$PYTHON" scripts/axe-check.py --self-test; check "axe-check catches broken pages" $?
    rm -rf "$OUT/generated" && mkdir -p "$OUT/generated"
    scripts/make-generated-store.sh "$KPI" "$OUT/generated/Series" \
        && "$KPI" pack --store "$OUT/generated/Series" --out "$OUT/generated/pack" >/dev/null
    check "a generated pack of 40 indicators with hostile titles" $?
    rm -rf "$OUT/example" && "$KPI" pack --store examples/improvement-service-2009 --out "$OUT/example" >/dev/null
    check "the seed 003 example store's pack" $?
    for example in moray-2020-21 orkney-digital-2019-20; do
        rm -rf "$OUT/$example" && "$KPI" pack --store "examples/$example" --out "$OUT/$example" >/dev/null
        check "the example pack examples/$example (with actions)" $?
    done
    "$PYTHON" scripts/axe-check.py "$PAGE" "$OUT/generated/pack/index.html" "$OUT/example/index.html" \
        "$OUT/moray-2020-21/index.html" "$OUT/orkney-digital-2019-20/index.html"
    check "axe finds no WCAG violation on any page (sample, generated, seed 003, two example packs with actions)" $?
else
    check "axe-check (needs .build-venv: scripts/install-deps.sh --for-tests)" 1
fi

echo "browser-check: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
