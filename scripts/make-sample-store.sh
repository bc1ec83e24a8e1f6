#!/usr/bin/env bash
# Build the shipped sample store (Series/) from scratch, using only kpi commands.
#
# Usage (from the package root):
#   scripts/make-sample-store.sh [--force] [DIR]
#
#   DIR      the store to create (default: Series)
#   --force  delete an existing non-empty store at DIR and build it again
#   $KPI     the kpi binary to use (default: .build/release/kpi)
#
# Eight quarters per quarterly indicator, 2019/20 Q3 to 2021/22 Q2; one monthly indicator
# (BEN01, 24 months, Oct 2019 to Sep 2021) and one annual one (SAT01, 2013/14 to 2020/21).
# Figures come from the seed reports where the seeds give them; every other figure is
# illustrative and its note says so. Every command has an explicit --recorded-at, so two
# runs give byte-identical files:
#   - definitions and first targets: early September 2019, before 2019/20 Q3;
#   - each quarter's figures about six weeks after the quarter ends
#     (Q1 -> mid-August, Q2 -> mid-November, Q3 -> mid-February, Q4 -> mid-May);
#   - target changes in March, before the year they apply from;
#   - the revision some weeks after the figure it corrects;
#   - DIG02's title corrected in June 2021 (a redefinition: earlier --as-of views show the
#     old title), and ICT05 retired from 2021/22 Q1 (left out of later status tables and packs);
#   - HR03, year to date, with a profiled year target each March and a year-end forecast;
#   - each month's figure on the 20th of the next month; each year's survey result in June.
# Every line is recorded by "Performance team" (the seeds name no officer).
set -euo pipefail
export KPI_USER="Performance team"

KPI="${KPI:-.build/release/kpi}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_DIR="$SCRIPT_DIR/sample-data"

usage() {
    sed -n '4,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

force=0
target_dir=""
for arg in "$@"; do
    case "$arg" in
        --force) force=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "make-sample-store: unknown option: $arg" >&2; usage >&2; exit 64 ;;
        *)
            if [[ -n "$target_dir" ]]; then
                echo "make-sample-store: expected one DIR, found '$target_dir' and '$arg'" >&2
                exit 64
            fi
            target_dir="$arg" ;;
    esac
done
STORE="${target_dir:-Series}"

if ! command -v "$KPI" >/dev/null 2>&1; then
    echo "make-sample-store: kpi binary not found: $KPI (build it, or set KPI=/path/to/kpi)" >&2
    exit 66
fi

if [[ -e "$STORE" && ! -d "$STORE" ]]; then
    echo "make-sample-store: $STORE exists and is not a directory" >&2
    exit 73
fi
if [[ -d "$STORE" && -n "$(ls -A "$STORE")" ]]; then
    if [[ $force -eq 0 ]]; then
        echo "make-sample-store: $STORE is not empty; use --force to delete it and build it again" >&2
        exit 73
    fi
    # Only ever delete something that is a kpi store, whatever path was given.
    if [[ ! -f "$STORE/store.conf" ]]; then
        echo "make-sample-store: $STORE is not empty and is not a kpi store (no store.conf); not deleting it" >&2
        exit 73
    fi
    rm -rf -- "$STORE"
fi

# kpi SUBCOMMAND ARGS...: run kpi against the store being built, quietly (errors still show).
kpi() {
    local sub="$1"
    shift
    "$KPI" "$sub" --store "$STORE" "$@" >/dev/null
}

# rec ID PERIOD VALUE RECORDED-AT NOTE: record one quarter's figure.
rec() {
    kpi record "$1" "$2" "$3" --recorded-at "$4" --note "$5"
}

ILLUS="Illustrative figure; not from a published report"
DACORUM="Dacorum Borough Council, Performance and Risk report Q2 2021/22, Performance, People & Innovation (Finance and Resources Overview & Scrutiny Committee); earlier quarters illustrative"
MORAY="Moray Council, ICT Performance Report - Service Plan, 2020-21 quarter to March (action ICT20-22.Serv-5.3); other quarters illustrative"

"$KPI" init --store "$STORE" --year-start-month 4 >/dev/null

# ---------------------------------------------------------------------------------------
# HR01 Sickness absence. Seed 004 (Dacorum Q2 2021/22) gives no figure, only that Q2 is
# higher than last quarter and than Q2 last year: all figures illustrative, shaped to match.
# The 2021/22 Q1 figure is revised when late absence returns arrive (the sample revision).
kpi define HR01 --title "Sickness absence: days lost per FTE" --unit days --better lower \
    --theme "Human Resources" --source "$DACORUM" \
    --description "Working days lost to sickness absence in the quarter per full-time equivalent employee, short and long term absence together (FirstCare)." \
    --target 2.0 --from "2019/20 Q3" --tolerance 10 --recorded-at 2019-09-02T10:00:00Z
rec HR01 "2019/20 Q3" 2.15 2020-02-12T10:15:00Z "$ILLUS"
rec HR01 "2019/20 Q4" 2.34 2020-05-13T10:15:00Z "$ILLUS"
rec HR01 "2020/21 Q1" 1.52 2020-08-12T10:15:00Z "$ILLUS"
rec HR01 "2020/21 Q2" 1.68 2020-11-11T10:15:00Z "$ILLUS"
rec HR01 "2020/21 Q3" 1.85 2021-02-10T10:15:00Z "$ILLUS"
rec HR01 "2020/21 Q4" 1.79 2021-05-12T10:15:00Z "$ILLUS"
rec HR01 "2021/22 Q1" 1.91 2021-08-11T10:15:00Z "$ILLUS"
kpi record HR01 "2021/22 Q1" 2.04 --revise --recorded-at 2021-09-17T14:40:00Z \
    --note "$ILLUS. Revised: late FirstCare absence returns for June 2021 added (was 1.91)"
rec HR01 "2021/22 Q2" 2.47 2021-11-10T10:15:00Z \
    "$ILLUS. Seed 004 (Dacorum Q2 2021/22): higher than last quarter and higher than Q2 last year; both short and long term absence increased, with more stress/anxiety related absence. The sickness scrutiny group continues to review all cases."

# ---------------------------------------------------------------------------------------
# HR02 Staff turnover. Seed 004 gives no figure, only "higher than previous quarters" and a
# UK average of about 15% a year (3.75% a quarter, used as the amber threshold): illustrative.
kpi define HR02 --title "Staff turnover (% of staff leaving in the quarter)" --unit percent --better lower \
    --decimals 1 --theme "Human Resources" --source "$DACORUM" \
    --description "Leavers in the quarter as a percentage of average headcount. The UK average is around 15% a year, about 3.75% a quarter." \
    --target 3.0 --from "2019/20 Q3" --amber 3.75 --recorded-at 2019-09-02T10:05:00Z
rec HR02 "2019/20 Q3" 2.8 2020-02-12T10:20:00Z "$ILLUS"
rec HR02 "2019/20 Q4" 2.5 2020-05-13T10:20:00Z "$ILLUS"
rec HR02 "2020/21 Q1" 1.4 2020-08-12T10:20:00Z "$ILLUS"
rec HR02 "2020/21 Q2" 1.7 2020-11-11T10:20:00Z "$ILLUS"
rec HR02 "2020/21 Q3" 1.9 2021-02-10T10:20:00Z "$ILLUS"
rec HR02 "2020/21 Q4" 2.2 2021-05-12T10:20:00Z "$ILLUS"
rec HR02 "2021/22 Q1" 2.9 2021-08-11T10:20:00Z "$ILLUS"
rec HR02 "2021/22 Q2" 3.4 2021-11-10T10:20:00Z \
    "$ILLUS. Seed 004 (Dacorum Q2 2021/22): turnover higher than previous quarters; HR will explore exit interviews for concerning trends. UK average turnover is around 15% a year."

# ---------------------------------------------------------------------------------------
# HR03 Sickness absence, year to date: the same illustrative absence as HR01, reported as
# councils often do, cumulatively through the financial year (HR01's quarters added up).
# A year target of 8 days a year, profiled evenly (2.00 days by Q1, 4.00 by Q2, ...), as Hart
# DC profiles its 6.3 days. It is never compared with the previous quarter. The officer's
# year-end forecast is recorded in Q1; none yet in Q2, so the pack shows a projection from
# the profile, named as such.
kpi define HR03 --title "Sickness absence: days lost per FTE, year to date" --unit days --better lower \
    --cumulative --theme "Human Resources" --source "$DACORUM" \
    --description "Working days lost to sickness absence per full-time equivalent employee since 1 April (cumulative): HR01's quarters added up." \
    --recorded-at 2020-03-11T11:20:00Z
kpi target HR03 8 --year 2020/21 --profile even --tolerance 10 --recorded-at 2020-03-11T11:20:00Z
rec HR03 "2020/21 Q1" 1.52 2020-08-12T10:25:00Z "$ILLUS"
rec HR03 "2020/21 Q2" 3.20 2020-11-11T10:25:00Z "$ILLUS"
rec HR03 "2020/21 Q3" 5.05 2021-02-10T10:25:00Z "$ILLUS"
kpi target HR03 8 --year 2021/22 --profile even --tolerance 10 --recorded-at 2021-03-10T11:15:00Z
rec HR03 "2020/21 Q4" 6.84 2021-05-12T10:25:00Z "$ILLUS. The whole year 2020/21."
rec HR03 "2021/22 Q1" 1.91 2021-08-11T10:25:00Z "$ILLUS"
kpi forecast HR03 "2021/22 Q1" 8.3 --recorded-at 2021-08-11T10:25:00Z \
    --note "$ILLUS. Forecast: absence returning to its pre-pandemic level over the year."
kpi record HR03 "2021/22 Q1" 2.04 --revise --recorded-at 2021-09-17T14:45:00Z \
    --note "$ILLUS. Revised with HR01: late FirstCare absence returns for June 2021 added (was 1.91)"
rec HR03 "2021/22 Q2" 4.51 2021-11-10T10:25:00Z \
    "$ILLUS. Already above the profiled 4.00 days at the half year; see HR01 for the quarter's commentary."

# ---------------------------------------------------------------------------------------
# ICT01 Incidents resolved in under 2 days. Seed 004: 85%, amber, in 2021/22 Q2; earlier
# quarters illustrative. The target rises from 90% to 92% for 2021/22 (the sample target change).
kpi define ICT01 --title "% of ICT incidents resolved in under 2 days" --unit percent --better higher \
    --theme "IT and Digital Services" --source "$DACORUM" \
    --description "Service desk incidents resolved in less than two working days, as a percentage of all incidents resolved in the quarter. The division's primary performance indicator." \
    --target 90 --from "2019/20 Q3" --amber 80 --recorded-at 2019-09-02T10:10:00Z
rec ICT01 "2019/20 Q3" 91 2020-02-14T09:30:00Z "$ILLUS"
rec ICT01 "2019/20 Q4" 88 2020-05-15T09:30:00Z "$ILLUS"
rec ICT01 "2020/21 Q1" 94 2020-08-14T09:30:00Z "$ILLUS"
rec ICT01 "2020/21 Q2" 93 2020-11-13T09:30:00Z "$ILLUS"
rec ICT01 "2020/21 Q3" 92 2021-02-12T09:30:00Z "$ILLUS"
kpi target ICT01 92 --from "2021/22 Q1" --tolerance 10 --recorded-at 2021-03-10T11:00:00Z
rec ICT01 "2020/21 Q4" 93 2021-05-14T09:30:00Z "$ILLUS"
rec ICT01 "2021/22 Q1" 89 2021-08-13T09:30:00Z "$ILLUS"
rec ICT01 "2021/22 Q2" 85 2021-11-12T09:30:00Z \
    "Seed 004: Dacorum Q2 2021/22 report, amber. The Service Desk has been seriously affected by staff absence and vacancy, reducing staff to 50% of establishment; successful recruitment and sickness management should see staffing return to normal in Q3/4."

# ---------------------------------------------------------------------------------------
# ICT02 IT systems availability. Seed 004: 100% in 2021/22 Q2; earlier quarters illustrative.
kpi define ICT02 --title "IT systems availability" --unit percent --better higher --decimals 1 \
    --theme "IT and Digital Services" --source "$DACORUM" \
    --description "Percentage of core business hours in the quarter in which the Council's key IT systems were available to staff and customers." \
    --target 99.5 --from "2019/20 Q3" --amber 99 --recorded-at 2019-09-02T10:15:00Z
rec ICT02 "2019/20 Q3" 99.8 2020-02-14T09:35:00Z "$ILLUS"
rec ICT02 "2019/20 Q4" 99.6 2020-05-15T09:35:00Z "$ILLUS"
rec ICT02 "2020/21 Q1" 99.9 2020-08-14T09:35:00Z "$ILLUS"
rec ICT02 "2020/21 Q2" 99.7 2020-11-13T09:35:00Z "$ILLUS"
rec ICT02 "2020/21 Q3" 98.6 2021-02-12T09:35:00Z "$ILLUS"
rec ICT02 "2020/21 Q4" 99.9 2021-05-14T09:35:00Z "$ILLUS"
rec ICT02 "2021/22 Q1" 99.8 2021-08-13T09:35:00Z "$ILLUS"
rec ICT02 "2021/22 Q2" 100 2021-11-12T09:35:00Z \
    "Seed 004: Dacorum Q2 2021/22 report. Positive within the quarter, demonstrating the fundamental reliability of the Council's technology infrastructure through the pandemic."

# ---------------------------------------------------------------------------------------
# DIG01 Website users. Seed 004: 189,981 in 2021/22 Q1 and 175,776 in 2021/22 Q2. The six
# earlier quarters are illustrative and come in by CSV import (sample-data/), to show import.
kpi define DIG01 --title "Number of website users" --unit count --better higher \
    --theme "IT and Digital Services" --source "$DACORUM" \
    --description "Unique users of the Council's website in the quarter." \
    --target 140000 --from "2019/20 Q3" --tolerance 10 --recorded-at 2019-09-02T10:20:00Z
kpi import "$DATA_DIR/dig01-website-users-2019-2021.csv"
rec DIG01 "2021/22 Q1" 189981 2021-08-13T09:40:00Z \
    "Seed 004: the previous quarter's figure as given in the Dacorum Q2 2021/22 report"
rec DIG01 "2021/22 Q2" 175776 2021-11-12T09:40:00Z \
    "Seed 004: Dacorum Q2 2021/22 report. A drop from the previous quarter's 189,981, which may be a sign that some customers are returning to pre-pandemic forms of interaction with the Council."

# ---------------------------------------------------------------------------------------
# DIG02 Registered MyDacorum users. Seed 004: 7,801 in 2021/22 Q2, +8% on the previous
# quarter (so about 7,223 in Q1); earlier quarters illustrative. Target raised for 2021/22.
kpi define DIG02 --title "MyDacorum registered accounts" --unit count --better higher \
    --theme "IT and Digital Services" --source "$DACORUM" \
    --description "Residents with a registered MyDacorum online account at the end of the quarter (cumulative)." \
    --target 5000 --from "2019/20 Q3" --amber 4500 --recorded-at 2019-09-02T10:25:00Z
rec DIG02 "2019/20 Q3" 4620 2020-02-14T09:45:00Z "$ILLUS"
rec DIG02 "2019/20 Q4" 4910 2020-05-15T09:45:00Z "$ILLUS"
rec DIG02 "2020/21 Q1" 5480 2020-08-14T09:45:00Z "$ILLUS"
rec DIG02 "2020/21 Q2" 5890 2020-11-13T09:45:00Z "$ILLUS"
rec DIG02 "2020/21 Q3" 6210 2021-02-12T09:45:00Z "$ILLUS"
kpi target DIG02 7000 --from "2021/22 Q1" --amber 6500 --recorded-at 2021-03-10T11:05:00Z
kpi redefine DIG02 --title "Number of registered MyDacorum users" --recorded-at 2021-06-01T09:00:00Z \
    --note "Title shortened to match the published report"
rec DIG02 "2020/21 Q4" 6640 2021-05-14T09:45:00Z "$ILLUS"
rec DIG02 "2021/22 Q1" 7223 2021-08-13T09:45:00Z \
    "Derived from seed 004: the Q2 2021/22 figure of 7,801 was an increase of 8% over the previous quarter, so about 7,223 (approximate)"
rec DIG02 "2021/22 Q2" 7801 2021-11-12T09:45:00Z \
    "Seed 004: Dacorum Q2 2021/22 report. Registered MyDacorum users continued to rise, an increase of 8% over the previous quarter."

# ---------------------------------------------------------------------------------------
# ICT03 Staff remote logins per day: data only, no target. Seed 000 (Moray, quarter to
# March 2021) gives 30-40 a day before Covid and more than 700 a day after; the quarterly
# figures are illustrative, within those ranges.
kpi define ICT03 --title "Staff remote logins per day" --unit count --better higher \
    --theme "IT and Digital Services" --source "$MORAY" \
    --description "Average number of staff accessing the network remotely each working day in the quarter. Data only: monitored, no target." \
    --recorded-at 2019-09-02T10:30:00Z
PRE="$ILLUS. Seed 000 (Moray): 30-40 staff a day accessed the network remotely before Covid."
POST="$ILLUS. Seed 000 (Moray): more than 700 staff a day access the network remotely since the pandemic."
rec ICT03 "2019/20 Q3" 34 2020-02-14T09:50:00Z "$PRE"
rec ICT03 "2019/20 Q4" 38 2020-05-15T09:50:00Z "$PRE"
rec ICT03 "2020/21 Q1" 712 2020-08-14T09:50:00Z "$POST"
rec ICT03 "2020/21 Q2" 724 2020-11-13T09:50:00Z "$POST"
rec ICT03 "2020/21 Q3" 741 2021-02-12T09:50:00Z "$POST"
rec ICT03 "2020/21 Q4" 736 2021-05-14T09:50:00Z "$POST"
rec ICT03 "2021/22 Q1" 718 2021-08-13T09:50:00Z "$POST"
rec ICT03 "2021/22 Q2" 709 2021-11-12T09:50:00Z "$POST"

# ---------------------------------------------------------------------------------------
# ICT04 Staff set up for flexible working. Seed 000 (Moray): 30% at the end of the earlier
# Designing Better Services programme, 75% at the end of March 2021 (2020/21 Q4); the other
# quarters are illustrative. Target raised to 75% for the "Flexible by Default" rollout.
kpi define ICT04 --title "% of staff set up for flexible working (ICT)" --unit percent --better higher \
    --theme "IT and Digital Services" --source "$MORAY" \
    --description "ICT users classed as flexible workers (a dedicated laptop and remote access) as a percentage of all ICT users, at the end of the quarter." \
    --target 40 --from "2019/20 Q3" --amber 30 --recorded-at 2019-09-02T10:35:00Z
rec ICT04 "2019/20 Q3" 30 2020-02-14T09:55:00Z \
    "Seed 000 (Moray): 30% of ICT users were flexible at the end of the Designing Better Services programme; placing it in this quarter is illustrative"
rec ICT04 "2019/20 Q4" 31 2020-05-15T09:55:00Z "$ILLUS"
kpi target ICT04 75 --from "2020/21 Q1" --amber 60 --recorded-at 2020-03-11T11:00:00Z
rec ICT04 "2020/21 Q1" 52 2020-08-14T09:55:00Z "$ILLUS"
rec ICT04 "2020/21 Q2" 63 2020-11-13T09:55:00Z "$ILLUS"
rec ICT04 "2020/21 Q3" 70 2021-02-12T09:55:00Z "$ILLUS"
rec ICT04 "2020/21 Q4" 75 2021-05-14T09:55:00Z \
    "Seed 000 (Moray, quarter to March 2021): at the end of March 2021, 75% of all ICT users are classed as flexible; 'Flexible by Default' is now the norm with the rollout of dedicated laptops complete."
rec ICT04 "2021/22 Q1" 76 2021-08-13T09:55:00Z "$ILLUS"
rec ICT04 "2021/22 Q2" 77 2021-11-12T09:55:00Z "$ILLUS"

# ---------------------------------------------------------------------------------------
# ICT05 Service desk calls answered within 30 seconds: an illustrative indicator the council
# stopped reporting from 2021/22 Q1 (retired), to show retirement. Its history stays; packs
# for 2021/22 Q1 onwards leave it out, and kpi status --all shows it as retired.
kpi define ICT05 --title "% of ICT service desk calls answered within 30 seconds" --unit percent --better higher \
    --theme "IT and Digital Services" \
    --description "Calls to the ICT service desk answered within 30 seconds, as a percentage of all calls in the quarter. Illustrative indicator, not from a published report." \
    --target 80 --from "2019/20 Q3" --amber 70 --recorded-at 2019-09-02T10:40:00Z
rec ICT05 "2019/20 Q3" 82 2020-02-14T10:00:00Z "$ILLUS"
rec ICT05 "2019/20 Q4" 79 2020-05-15T10:00:00Z "$ILLUS"
rec ICT05 "2020/21 Q1" 71 2020-08-14T10:00:00Z "$ILLUS"
rec ICT05 "2020/21 Q2" 76 2020-11-13T10:00:00Z "$ILLUS"
rec ICT05 "2020/21 Q3" 81 2021-02-12T10:00:00Z "$ILLUS"
rec ICT05 "2020/21 Q4" 84 2021-05-14T10:00:00Z "$ILLUS"
kpi retire ICT05 --from "2021/22 Q1" --recorded-at 2021-03-10T11:10:00Z \
    --note "Illustrative: the new telephony system no longer reports answer times; ICT01 is the division's primary measure"

# ---------------------------------------------------------------------------------------
# BEN01 Housing Benefit new claims: a MONTHLY indicator. The seeds give no monthly figure:
# all 24 months are illustrative, shaped like the national picture (a surge of claims in the
# first lockdown, April 2020). Most months come in by CSV import, written as a spreadsheet
# writes months ("Oct-19"); the last two are recorded with other accepted spellings. The
# quarterly pack for 2021/22 Q2 shows its September figure; `kpi pack "Sep 2021"` makes a
# monthly pack of it alone.
kpi define BEN01 --title "Average days to process new Housing Benefit claims" --unit days --better lower \
    --frequency monthly --decimals 1 --theme "Revenues and Benefits" \
    --description "Calendar days from receiving a new Housing Benefit claim to deciding it, averaged over the claims decided in the month. Illustrative indicator, not from a published report." \
    --target 20 --from "Oct 2019" --amber 24 --recorded-at 2019-09-02T10:45:00Z
kpi import "$DATA_DIR/ben01-benefit-claims-2019-2021.csv"
rec BEN01 "August 2021" 21.2 2021-09-20T09:00:00Z "$ILLUS"
rec BEN01 "2021/22 M06" 22.4 2021-10-20T09:00:00Z \
    "$ILLUS. Processing slowed as two assessors were redeployed to the Test and Trace support payments team."

# ---------------------------------------------------------------------------------------
# SAT01 Resident satisfaction: an ANNUAL indicator, from the residents' survey each year (the
# Local Government Association's question "how satisfied or dissatisfied are you with the way
# your council runs things?"). All eight years are illustrative. A quarterly pack shows the
# latest year ended by the quarter: 2020/21 in the 2021/22 Q2 pack.
kpi define SAT01 --title "% of residents satisfied with the way the council runs things" --unit percent \
    --better higher --frequency annual --theme "Residents and Customers" \
    --description "Residents' survey, asked each year: satisfied or very satisfied with the way the council runs things. Illustrative indicator, not from a published report." \
    --target 70 --from "2013/14" --amber 65 --recorded-at 2013-03-01T10:00:00Z
rec SAT01 "2013/14" 66 2014-06-20T10:00:00Z "$ILLUS"
rec SAT01 "2014/15" 68 2015-06-19T10:00:00Z "$ILLUS"
rec SAT01 "2015/16" 67 2016-06-17T10:00:00Z "$ILLUS"
rec SAT01 "FY 2016/17" 71 2017-06-16T10:00:00Z "$ILLUS"
rec SAT01 "2017/18" 70 2018-06-15T10:00:00Z "$ILLUS"
rec SAT01 "2018/19" 66 2019-06-21T10:00:00Z "$ILLUS"
rec SAT01 "2019/20" 63 2020-06-19T10:00:00Z "$ILLUS. Fieldwork ended in March 2020, as the first lockdown began."
rec SAT01 "2020/21 full year" 67 2021-06-18T10:00:00Z \
    "$ILLUS. Up from 63% last year; residents rated the council's pandemic response highly, but waste collection and planning remain the main complaints."

# Seed 003 (Improvement Service, programme spend against plan, 2009) is another body and
# year: it has a store of its own, examples/improvement-service-2009 (built by its build.sh).

"$KPI" check --store "$STORE"
