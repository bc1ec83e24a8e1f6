#!/usr/bin/env bash
# Builds a store of 40 generated indicators with long and hostile titles, for the accessibility
# checks of the pack (scripts/browser-check.sh, scripts/pdf-check.sh), using only kpi commands.
#
# Usage: scripts/make-generated-store.sh KPI-BINARY DIR     (DIR must not exist yet)
#
# Every fifth title is hostile (markup, a spreadsheet formula, a right-to-left override) and
# long; the others are long and plain. Four themes; every "Human Resources" indicator is red, so
# that theme has no section of its own and must still be findable from the contents. Some
# indicators have no target, some a missing quarter, some a hostile note. Every line has an
# explicit recorded-at time, so the store (and so its pack) is the same on every run.
set -euo pipefail
KPI="${1:?usage: make-generated-store.sh KPI-BINARY DIR}"
STORE="${2:?usage: make-generated-store.sh KPI-BINARY DIR}"
[[ ! -e "$STORE" ]] || { echo "make-generated-store: $STORE exists already" >&2; exit 73; }

"$KPI" init --store "$STORE" >/dev/null
hostile=$'<script>alert(\'x\')</script> "><svg onload=alert(1)> & =HYPERLINK("http://evil") \u202Egnp.exe'
themes=("Human Resources" "IT and Digital Services" "Finance" "Customer Services")
csv="$STORE/../generated-values.csv"
echo "indicator,period,value,note,recorded_at" > "$csv"
for n in $(seq 0 39); do
    id=$(printf 'GEN%02d' "$n")
    if (( n % 5 == 0 )); then
        title="$hostile and a very long title that goes on to say what the indicator measures in far more words than a tile can hold"
    else
        title="Generated indicator number $n: the percentage of requests from residents completed within the agreed number of working days"
    fi
    theme="${themes[$((n % 4))]}"
    target=()
    (( n % 7 == 3 && n % 4 != 0 )) || target=(--target 50 --tolerance 10 --from "2020/21 Q1")
    "$KPI" define "$id" --store "$STORE" --title "$title" --unit percent --better higher --theme "$theme" \
        "${target[@]}" --recorded-at 2020-01-01 >/dev/null
    for q in $(seq 0 7); do
        (( n % 6 == 1 && q == 5 )) && continue
        year=$((2020 + q / 4))
        period="$year/$(printf '%02d' $(( (year + 1) % 100 ))) Q$((q % 4 + 1))"
        if [[ "$theme" == "Human Resources" ]]; then value=$((20 + q)); else value=$((30 + (n * 7 + q * 11) % 45)); fi
        note=""
        (( n % 5 == 0 && q == 7 )) && note='"=HYPERLINK(""http://evil"",""click"") <img src=x onerror=alert(1)> & more"'
        echo "$id,$period,$value,$note,2022-0$((1 + q % 8))-15T10:00:00Z" >> "$csv"
    done
done
"$KPI" import --store "$STORE" "$csv" >/dev/null
