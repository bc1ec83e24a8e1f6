#!/usr/bin/env python3
"""Writes a large synthetic kpi store for timing: INDICATORS x QUARTERS x REVISIONS value lines.

Usage: benchmarks/make-large-store.py DIR [--indicators 1000] [--quarters 40] [--revisions 3]
                                          [--frequency quarterly|monthly|annual]

Each indicator gets a definition, one target line, and for every period one value line followed
by REVISIONS-1 revise lines, all with realistic recorded-at times. The files are written directly
(not through kpi), in exactly the Series format, so building the store takes seconds. With
--frequency monthly or annual the indicators are of that frequency and QUARTERS counts their
periods (months or years) instead, so the same number of lines can be timed for each canonical
period form.
"""
import argparse
import os
import random


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period(index, frequency="quarterly"):
    """The canonical spelling of the index-th period from 2000/01 Q1 (Apr 2000, 2000/01)."""
    if frequency == "monthly":
        month = 3 + index
        return f"{MONTHS[month % 12]} {2000 + month // 12}"
    if frequency == "annual":
        year = 2000 + index
        return f"{year}/{(year + 1) % 100:02d}"
    year = 2000 + index // 4
    return f"{year}/{(year + 1) % 100:02d} Q{index % 4 + 1}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--indicators", type=int, default=1000)
    parser.add_argument("--quarters", type=int, default=40)
    parser.add_argument("--revisions", type=int, default=3)
    parser.add_argument("--frequency", choices=["quarterly", "monthly", "annual"], default="quarterly")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=False)
    with open(os.path.join(args.dir, "store.conf"), "w") as conf:
        conf.write("format 1\nyear-start-month 4\n")
    rng = random.Random(42)
    for n in range(args.indicators):
        higher = n % 2 == 0
        lines = [
            "# kpi series file, format 1 (see docs/series-format.md)",
            f"indicator KPI{n:05d} defined 1999-01-01T00:00:00Z",
            f'title "Synthetic indicator {n} for timing"',
            "unit percent",
            f"better {'higher' if higher else 'lower'}",
        ] + ([] if args.frequency == "quarterly" else [f"frequency {args.frequency}"]) + [
            "decimals 1",
            f"target {period(0, args.frequency)} 80 tolerance 5 recorded 1999-01-01T00:00:00Z",
        ]
        for q in range(args.quarters):
            year = 2000 + q // 4
            month = [8, 11, 2, 5][q % 4]
            cal_year = year + (1 if q % 4 >= 2 else 0)
            for r in range(args.revisions):
                value = round(rng.uniform(60, 100), 1)
                kind = "value" if r == 0 else "revise"
                lines.append(f"{kind} {period(q, args.frequency)} {value} recorded {cal_year}-{month:02d}-1{r}T09:00:00Z note \"Synthetic\"")
        with open(os.path.join(args.dir, f"KPI{n:05d}.kpi"), "w") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
