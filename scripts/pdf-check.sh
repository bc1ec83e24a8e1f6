#!/usr/bin/env bash
# Checks that the committee pack's PDF is tagged and navigable, reading it with a real parser
# (scripts/pdf-check.py: pikepdf and poppler's pdfinfo):
#   1. the checker's self-test: copies of a good pack.pdf broken on purpose (untagged, no
#      /Lang, a Figure without alternative text, a link to nowhere, no bookmarks, a table
#      without header cells, a footer drawn untagged) must each be caught;
#   2. the sample pack (Series/): tagged, /Lang en-GB, the structure tree, bookmarks for every
#      part and indicator (Human Resources too, whose indicators are all exceptions), links;
#   3. the same for a generated pack of 40 indicators with long and hostile titles;
#   4. the same for the example store of seed 003 (examples/improvement-service-2009): year to
#      date, budgets judged on closeness, forecasts, and the summary's variance and forecast line;
#   5. the packs of the three action example stores (examples/): the Actions part's tables, each
#      action's row headed by its ref, and its bookmark.
# The structure as poppler reads it (pdfinfo -struct-text) is kept in OUT-DIR for a person.
# Usage: scripts/pdf-check.sh [KPI-BINARY] [OUT-DIR]   (defaults: .build/debug/kpi, a temp dir)
# Needs scripts/install-deps.sh --for-tests (poppler-utils and .build-venv/).
# Prints "pdf-check: N passed, M failed" last and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
KPI="${1:-.build/debug/kpi}"
OUT="${2:-$(mktemp -d)}"
PYTHON=.build-venv/bin/python
[[ -x "$PYTHON" ]] || { echo "pdf-check: no checkers' environment; run scripts/install-deps.sh --for-tests" >&2; exit 1; }
command -v pdfinfo >/dev/null || { echo "pdf-check: pdfinfo not installed (scripts/install-deps.sh --for-tests)" >&2; exit 1; }

passed=0; failed=0
check() {  # check NAME CONDITION-EXIT-CODE
    if [[ "$2" -eq 0 ]]; then passed=$((passed + 1)); echo "  ok: $1"; else failed=$((failed + 1)); echo "  FAILED: $1"; fi
}

rm -rf "$OUT/sample" "$OUT/generated" "$OUT/example"
"$KPI" pack --store Series --out "$OUT/sample" --committee "Finance and Resources Overview & Scrutiny Committee" >/dev/null \
    || { echo "pdf-check: kpi pack failed" >&2; exit 1; }
"$PYTHON" scripts/pdf-check.py --self-test "$OUT/sample"; check "the PDF checker catches broken PDFs" $?

"$PYTHON" scripts/pdf-check.py "$OUT/sample" --expect-part "Human Resources" --expect-part "IT and Digital Services"
check "the sample pack's PDF" $?
pdfinfo -struct-text "$OUT/sample/pack.pdf" > "$OUT/sample-structure.txt"

mkdir -p "$OUT/generated"
scripts/make-generated-store.sh "$KPI" "$OUT/generated/Series" \
    && "$KPI" pack --store "$OUT/generated/Series" --out "$OUT/generated/pack" >/dev/null
check "a generated pack of 40 indicators with hostile titles" $?
"$PYTHON" scripts/pdf-check.py "$OUT/generated/pack" --expect-part "Human Resources" --expect-part "Finance" \
    --expect-part "Customer Services" --expect-part "IT and Digital Services"
check "the generated pack's PDF" $?
pdfinfo -struct-text "$OUT/generated/pack/pack.pdf" > "$OUT/generated-structure.txt"

"$KPI" pack --store examples/improvement-service-2009 --out "$OUT/example" >/dev/null
check "the seed 003 example store's pack" $?
"$PYTHON" scripts/pdf-check.py "$OUT/example" --expect-part "Staff" --expect-part "Corporate" --expect-part "Programme" \
    --expect-part "Whole budget"
check "the seed 003 example pack's PDF" $?
pdfinfo -struct-text "$OUT/example/pack.pdf" > "$OUT/example-structure.txt"
echo "  structure trees (pdfinfo -struct-text): $OUT/sample-structure.txt, $OUT/generated-structure.txt, $OUT/example-structure.txt"

# The example stores' packs: actions with indicators (Moray), and actions alone (the other two).
for example in moray-2020-21 corporate-tracker-2020-21 orkney-digital-2019-20; do
    rm -rf "$OUT/$example"
    "$KPI" pack --store "examples/$example" --out "$OUT/$example" >/dev/null \
        && "$PYTHON" scripts/pdf-check.py "$OUT/$example" --expect-part "Actions: progress on the plan"
    check "the example pack examples/$example (actions in tables, tagged)" $?
done

echo "pdf-check: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
