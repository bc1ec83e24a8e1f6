#!/usr/bin/env python3
"""matplotlib peer for benchmarks/run.py: the same chart and tile as kpi, drawn with matplotlib.

    mpl_chart.py DATA.json serve             requests on stdin: `run KIND FORMAT N`,
                                             `save KIND FORMAT PATH`, `quit`; replies
                                             `ok BYTES NS1 NS2 ...` (time.monotonic_ns, CLOCK_MONOTONIC)
    mpl_chart.py DATA.json KIND FORMAT OUT   one file, for whole-process timing (import included)

DATA.json comes from `kpi-bench dump`: the quarters (value, target, amber threshold, status), the
title, subtitle and footer kpi's layout chose, and the tile's words. The chart has what kpi's has:
white 800x400 px, the amber band and red zone shaded, gridlines, the target as a dashed step line,
the trend line, each quarter's marker shaped and coloured by its status, title, subtitle, quarter
labels and footer. Each timed iteration builds the figure from the data and saves it to memory.
Fonts: DejaVu Sans, as kpi.
"""
import io
import json
import sys
import time

import matplotlib

matplotlib.use("Agg")
matplotlib.rcParams["font.family"] = "DejaVu Sans"
matplotlib.rcParams["svg.hashsalt"] = "kpi"  # deterministic SVG ids
import matplotlib.pyplot as plt  # noqa: E402

COLOURS = {"green": "#0f7a52", "amber": "#b7592a", "red": "#ca3535", "no-target": "#505a5f", "missing": "#505a5f"}
MARKERS = {"green": "o", "amber": "D", "red": "^", "no-target": "o", "missing": "o"}
BAND = {"amber": "#fbefe4", "red": "#f9e6e6"}
INK = "#0b0c0c"
PT = 72 / 100  # kpi's sizes are pixels at scale 1; matplotlib's are points, at 100 dpi here
SECONDARY = "#505a5f"


def chart(data, fmt):
    c = data["chart"]
    q = data["quarters"]
    dpi = 200 if fmt == "png2" else 100
    fig = plt.figure(figsize=(c["width"] / 100, c["height"] / 100), dpi=dpi)
    fig.text(0.0175, 0.955, c["title"], fontsize=15 * PT, fontweight="bold", color=INK, va="top")
    fig.text(0.0175, 0.885, c["subtitle"], fontsize=11 * PT, color=SECONDARY, va="top")
    fig.text(0.0175, 0.02, c["footer"][-1] if c["footer"] else "", fontsize=9 * PT, color=SECONDARY)
    if c["footer"]:
        fig.text(0.9825, 0.02, c["footer"][0], fontsize=9 * PT, color=SECONDARY, ha="right")
    ax = fig.add_axes([0.07, 0.15, 0.83, 0.62])
    xs = list(range(len(q)))
    lo, hi = c["ymin"], c["ymax"]
    higher = data["polarity"] == "higher"
    for i, entry in enumerate(q):
        t, a = entry["target"], entry["amber"]
        if t is None or a is None:
            continue
        if higher:
            ax.fill_between([i - 0.5, i + 0.5], lo, a, color=BAND["red"], linewidth=0)
            ax.fill_between([i - 0.5, i + 0.5], a, t, color=BAND["amber"], linewidth=0)
        else:
            ax.fill_between([i - 0.5, i + 0.5], a, hi, color=BAND["red"], linewidth=0)
            ax.fill_between([i - 0.5, i + 0.5], t, a, color=BAND["amber"], linewidth=0)
    targets = [e["target"] for e in q]
    ax.step([x - 0.5 for x in xs] + [xs[-1] + 0.5], targets + [targets[-1]], where="post", color=INK,
            linestyle=(0, (6, 4)), linewidth=1.5, label="Target")
    values = [e["value"] for e in q]
    ax.plot(xs, values, color=SECONDARY, linewidth=2, solid_capstyle="round", solid_joinstyle="round")
    for i, entry in enumerate(q):
        if entry["value"] is not None:
            ax.plot([i], [entry["value"]], marker=MARKERS[entry["status"]], color=COLOURS[entry["status"]],
                    markersize=9, markeredgecolor="white", markeredgewidth=1.5)
    last = next((e for e in reversed(q) if e["value"] is not None), None)
    if last:
        ax.annotate(f"{last['value']:g}", (len(q) - 1, last["value"]), textcoords="offset points", xytext=(0, 10),
                    ha="center", fontsize=12 * PT, fontweight="bold", color=INK)
    ax.text(1.005, (a + t) / 2 if (a := q[-1]["amber"]) is not None and (t := q[-1]["target"]) is not None else lo,
            "Amber", transform=ax.get_yaxis_transform(), fontsize=10 * PT, color=SECONDARY, va="center")
    ax.set_xlim(-0.5, len(q) - 0.5)
    ax.set_ylim(lo, hi)
    ax.set_xticks(xs, [e["label"] for e in q], fontsize=10 * PT, color=SECONDARY)
    ax.tick_params(axis="y", labelsize=10 * PT, colors=SECONDARY, length=0)
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}%"))
    ax.grid(axis="y", color="#dddddd", linewidth=0.75)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(0, 1.13), ncol=4, frameon=False, fontsize=10 * PT)
    return fig, dpi


def tile(data, fmt):
    t = data["tile"]
    q = data["quarters"]
    dpi = 200 if fmt == "png2" else 100
    fig = plt.figure(figsize=(t["width"] / 100, t["height"] / 100), dpi=dpi, facecolor=t["background"])
    fig.patches.append(matplotlib.patches.Rectangle((0, 0), 0.02, 1, transform=fig.transFigure,
                                                    color=COLOURS.get(t["status"], SECONDARY)))
    for label in t["labels"]:
        fig.text(label["x"] / t["width"], 1 - label["y"] / t["height"], label["text"],
                 fontsize=label["size"] * PT, fontweight="bold" if label["bold"] else "normal", color=INK)
    ax = fig.add_axes([0.62, 0.1, 0.34, 0.3])
    values = [e["value"] for e in q]
    ax.plot(range(len(values)), values, color=SECONDARY, linewidth=1.5)
    targets = [e["target"] for e in q]
    ax.plot(range(len(targets)), targets, color=INK, linewidth=1, linestyle=(0, (3, 2)))
    last = len(values) - 1
    if values[last] is not None:
        ax.plot([last], [values[last]], marker=MARKERS[q[-1]["status"]], color=COLOURS[q[-1]["status"]], markersize=6)
    ax.axis("off")
    return fig, dpi


def render(data, kind, fmt):
    fig, dpi = (tile if kind == "tile" else chart)(data, fmt)
    out = io.BytesIO()
    metadata = {"Date": None} if fmt == "pdf" else ({"Date": None} if fmt == "svg" else {"Software": None})
    fig.savefig(out, format="png" if fmt.startswith("png") else fmt, dpi=dpi, metadata=metadata,
                facecolor=fig.get_facecolor())
    plt.close(fig)
    return out.getvalue()


def serve(data):
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            break
        try:
            if words[0] == "run" and len(words) == 4:
                times = []
                size = 0
                for _ in range(int(words[3])):
                    start = time.monotonic_ns()
                    size = len(render(data, words[1], words[2]))
                    times.append(time.monotonic_ns() - start)
                reply = f"ok {size} " + " ".join(map(str, times))
            elif words[0] == "save" and len(words) == 4:
                out = render(data, words[1], words[2])
                with open(words[3], "wb") as f:
                    f.write(out)
                reply = f"ok {len(out)}"
            else:
                reply = "error unknown request"
        except Exception as error:  # reported to the driver, which stops
            reply = f"error {error!r}"
        print(reply, flush=True)


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    if len(sys.argv) == 3 and sys.argv[2] == "serve":
        serve(data)
    elif len(sys.argv) == 5:
        with open(sys.argv[4], "wb") as f:
            f.write(render(data, sys.argv[2], sys.argv[3]))
    else:
        sys.exit("usage: mpl_chart.py DATA.json serve | mpl_chart.py DATA.json KIND FORMAT OUT")


if __name__ == "__main__":
    main()
