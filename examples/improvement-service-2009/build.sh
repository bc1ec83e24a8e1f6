#!/usr/bin/env bash
# Build the example store that reproduces seed 003: the Improvement Service's Finance and
# Operations Report to 30th September 2009 (Board, 30 November 2009), Appendix 1, "IS Financial
# Position Statement to 30th September 2009".
#
# Usage (from the package root):
#   examples/improvement-service-2009/build.sh [--force]
#
#   --force  delete the store's Series files and build them again
#   $KPI     the kpi binary to use (default: .build/release/kpi)
#
# The store is this directory itself (store.conf and one .kpi file per budget line), so
#   kpi pack --store examples/improvement-service-2009
# draws its committee pack. Every command has an explicit --recorded-at (30 November 2009,
# the Board meeting the figures were published at), so two runs give byte-identical files.
#
# Each expenditure line of Appendix 1, each subtotal and the total is a year-to-date (cumulative)
# `gbp` indicator judged on closeness to plan (--better closer), with:
#   - a year target for 2009/10: the revised budget, profiled so that the 2009/10 Q2 target is
#     exactly the planned spend to date (the Q2 percentage is the shortest that rounds to it);
#     the Q1 and Q3 points of the profile are not published: they are interpolated (half the
#     half-year plan at Q1, halfway from it to the budget at Q3) and only draw the chart;
#   - the actual spend to date as its 2009/10 Q2 value;
#   - the officer's forecast made in 2009/10 Q2: the report's projection to year end;
#   - green within 1% of plan and red beyond 5% (Belfast City Council's published rule, as in
#     the domain notes): the report itself sets no tolerance, so these are illustrative.
# Notes quote the report. Variance is always actual minus planned, computed by kpi; where the
# report prints a different figure (Knowledge Management: (40,301) printed, actual less planned
# is (40,302)) the note quotes the printed one. Subtotals and the total are the printed
# figures, which differ by a pound or two from the sums of their lines: they are never
# "corrected". The income rows (RSG funding, specific grants) have budgets only, no planned or
# actual spend to date, so they are not indicators here.
set -euo pipefail
export KPI_USER="Improvement Service (seed 003)"

KPI="${KPI:-.build/release/kpi}"
STORE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RECORDED="2009-11-30"
PERIOD="2009/10 Q2"
SOURCE="Improvement Service, Finance and Operations Report to 30th September 2009, Appendix 1"

force=0
for arg in "$@"; do
    case "$arg" in
        --force) force=1 ;;
        -h|--help) sed -n '6,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "build.sh: unknown argument: $arg" >&2; exit 64 ;;
    esac
done
if ! command -v "$KPI" >/dev/null 2>&1; then
    echo "build.sh: kpi binary not found: $KPI (build it, or set KPI=/path/to/kpi)" >&2
    exit 66
fi
if compgen -G "$STORE/*.kpi" >/dev/null || [[ -e "$STORE/store.conf" ]]; then
    if [[ $force -eq 0 ]]; then
        echo "build.sh: $STORE already holds a store; use --force to build it again" >&2
        exit 73
    fi
    rm -f -- "$STORE"/*.kpi "$STORE/store.conf" "$STORE/.lock"
    rm -rf -- "$STORE/.recovered" "$STORE/.journal"
fi

kpi() {
    local sub="$1"
    shift
    "$KPI" "$sub" --store "$STORE" "$@" --recorded-at "$RECORDED" >/dev/null
}

# commas N: 1234567 -> 1,234,567, as the report prints pounds.
commas() {
    sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta' <<<"$1"
}

# budget_line ID THEME TITLE APPROVED REVISED PROFILE ACTUAL PROJECTION NOTE [FORECAST-NOTE]
#   APPROVED, REVISED, ACTUAL and PROJECTION as printed in Appendix 1 (whole pounds, no commas).
budget_line() {
    local id="$1" theme="$2" title="$3" approved="$4" revised="$5" profile="$6" actual="$7" projection="$8" note="$9"
    local forecast_note="${10:-Appendix 1: projection to year end £$(commas "$projection").}"
    kpi define "$id" --title "$title" --unit gbp --better closer --cumulative --green-tolerance 1 \
        --theme "$theme" --source "$SOURCE" \
        --description "Spend to date against the planned spend to date. Approved budget £$(commas "$approved"); revised budget £$(commas "$revised")."
    kpi target "$id" "$revised" --year 2009/10 --profile "$profile" --tolerance 5
    kpi record "$id" "$PERIOD" "$actual" --note "$note"
    kpi forecast "$id" "$PERIOD" "$projection" --note "$forecast_note"
}

"$KPI" init --store "$STORE" >/dev/null

# Staff
budget_line STAFF1 "Staff" "Staff: Chief Exec & Business Support" 382319 405740 "24.99915,49.9983,74.99915,100" 202311 405740 \
    "Appendix 1: planned to date 202,863, actual to date 202,311, variance (552), (0%)."
budget_line STAFF2 "Staff" "Staff: Organisational Development" 243154 229551 "23.78515,47.5703,73.78515,100" 106202 229551 \
    "Appendix 1: planned to date 109,198, actual to date 106,202, variance (2,996), (3%)."
budget_line STAFF3 "Staff" "Staff: Improving Outcomes" 314836 327995 "24.9995,49.999,74.9995,100" 161967 327995 \
    "Appendix 1: planned to date 163,994, actual to date 161,967, variance (2,027), (1%)."
budget_line STAFF4 "Staff" "Staff: Knowledge Management" 222577 233103 "24.9988,49.9976,74.9988,100" 76244 233103 \
    "Appendix 1: planned to date 116,546, actual to date 76,244; the report prints the variance as (40,301), (35%) (actual less planned is (40,302)). Note 1: \"There is an under-spend in the Knowledge Management staffing budget of £40,301. This is due to an ongoing vacancy within the team. However we are now in the process of recruiting a new member of staff, for which we have struggled twice to find an appropriate candidate. We are now simply moving forward using our framework contract to support the relevant work programmes.\""
budget_line STAFF5 "Staff" "Staff: Shared Services" 213979 217458 "26.75115,53.5023,76.75115,100" 116412 217458 \
    "Appendix 1: planned to date 116,345, actual to date 116,412, variance 67, 0%."
budget_line STAFF6 "Staff" "Staff: Customer First" 485892 519602 "29.74305,59.4861,79.74305,100" 311145 519602 \
    "Appendix 1: planned to date 309,091, actual to date 311,145, variance 2,054, 1%."
budget_line STAFF "Staff" "Staff: subtotal" 1862757 1933449 "26.326915,52.65383,76.326915,100" 974280 1933449 \
    "Appendix 1's printed subtotal: planned to date 1,018,035, actual to date 974,280, variance (43,755), (4%). Its six lines add up to 1,018,037 planned and 974,281 actual; the printed figures are kept."

# Corporate
budget_line CORP1 "Corporate" "Corporate & running costs" 395500 340500 "21.70115,43.4023,71.70115,100" 144293 340500 \
    "Appendix 1: planned to date 147,785, actual to date 144,293, variance (3,492), (2%)."
budget_line CORP2 "Corporate" "Corporate Events & Communication" 40000 40000 "24.995,49.99,74.995,100" 20028 40000 \
    "Appendix 1: planned to date 19,996, actual to date 20,028, variance 32, 0%."
budget_line CORP3 "Corporate" "Corporate: Website KM" 81500 81500 "24.6885,49.377,74.6885,100" 41553 81500 \
    "Appendix 1: planned to date 40,242, actual to date 41,553, variance 1,311, 3%."
budget_line CORP "Corporate" "Corporate: subtotal" 517000 462000 "22.5133,45.0266,72.5133,100" 205875 462000 \
    "Appendix 1's printed subtotal: planned to date 208,023, actual to date 205,875, variance (2,148), (1%). Its three lines add up to 205,874 actual; the printed figure is kept."

# Programme
budget_line PROG1 "Programme" "Programme Development Fund" 105574 105574 "9.472,18.944,59.472,100" 20000 105574 \
    "Appendix 1: planned to date 20,000, actual to date 20,000, variance 0, 0%. Note 2: \"We have committed a further £17,000 to the second phase of the shared election planning and management project. The remaining £68,000 will now be aligned to changing priorities; given the challenges facing Local Government over the coming years. More definite plans will be put in place based on the outcome of a full consultation with our partners and members.\""
budget_line PROG2 "Programme" "Programme: Planning Development" 350561 649058 "34.8593,69.7186,84.8593,100" 453258 649058 \
    "Appendix 1: planned to date 452,514, actual to date 453,258, variance 744, 0%."
budget_line PROG3 "Programme" "Programme: Shared Services" 200000 166593 "19.58965,39.1793,69.58965,100" 65265 166593 \
    "Appendix 1: planned to date 65,270, actual to date 65,265, variance (5), (0%)."
budget_line PROG4 "Programme" "Programme: Workforce Planning" 0 51715 "22.9615,45.923,72.9615,100" 23304 51715 \
    "Appendix 1: planned to date 23,749, actual to date 23,304, variance (445), (2%). The approved budget was 0; the line was added in the revised budget."
budget_line PROG5 "Programme" "Programme: Customer First" 184108 87171 "23.8625,47.725,73.8625,100" 41617 87171 \
    "Appendix 1: planned to date 41,602, actual to date 41,617, variance 15, 0%."
budget_line PROG "Programme" "Programme: subtotal" 840243 1060111 "28.4468,56.8936,78.4468,100" 603444 1060111 \
    "Appendix 1's printed subtotal: planned to date 603,135, actual to date 603,444, variance 309, 0%."

# The contingency line and the total
budget_line CONT1 "Whole budget" "Contingency Reserve Provision" 50000 50000 "50,100,100,100" 50000 50000 \
    "Appendix 1: planned to date 50,000, actual to date 50,000, variance 0, 0%. \"£50,000 is a provision made in the contingency reserve and not actual expenditure.\""
budget_line TOTAL "Whole budget" "Total expenditure" 3270000 3505560 "26.803035,53.60607,76.803035,100" 1833599 3505560 \
    "Appendix 1's printed total: planned to date 1,879,193, actual to date 1,833,599, variance (45,594), (2%). Paragraph 2: \"we have spent £1.834M compared to a planned spend of £1.879M; this means we have under-spent by £45,594 on what we had planned to spend for the first 6 months of the financial year.\"" \
    "Paragraph 2: \"We are forecasting a fully spent Budget to the end of the financial year.\" (Appendix 1 prints no projection on the total row.)"

"$KPI" check --store "$STORE" >/dev/null
echo "Built $STORE: $(ls "$STORE"/*.kpi | wc -l) budget lines as of $RECORDED"
