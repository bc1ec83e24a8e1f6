#!/usr/bin/env python3
"""RRDtool peer for benchmarks/run.py: the closest chart and tile `rrdtool graph` can draw.

    rrd_chart.py DATA.json RRD create        writes the round-robin database from DATA.json
    rrd_chart.py DATA.json RRD serve         in-process timing through librrd's Python binding
                                             (python3-rrdtool): requests on stdin `run KIND FORMAT N`,
                                             `save KIND FORMAT PATH`, `quit`; replies
                                             `ok BYTES NS1 NS2 ...` (time.monotonic_ns)
    rrd_chart.py DATA.json RRD args KIND FORMAT OUT
                                             prints the `rrdtool graph` command line (one argument
                                             per line) for whole-process timing

RRDtool keeps fixed-step time series, so each quarter is stored as a daily gauge held for the
quarter. The chart has the trend (LINE2), the red zone and amber band (stacked AREAs from CDEFs
of each quarter's target and amber threshold), the latest target (dashed HRULE), the title, y
range, grid and a legend: what RRDtool can express. It has no per-point status markers. The tile
is a small graph with the same bands and line and the value, status and target as text.
"""
import json
import sys
import time

DAY = 86400


def create(data, path):
    import rrdtool

    q = data["quarters"]
    start = q[0]["start"] - DAY
    rows = (q[-1]["end"] - q[0]["start"]) // DAY + 10
    rrdtool.create(path, "--start", str(start), "--step", str(DAY), "--no-overwrite",
                   f"DS:value:GAUGE:{2 * DAY}:U:U", f"DS:target:GAUGE:{2 * DAY}:U:U",
                   f"DS:amber:GAUGE:{2 * DAY}:U:U", f"RRA:AVERAGE:0:1:{rows}")
    updates = []
    for entry in q:
        for t in range(entry["start"], entry["end"], DAY):
            values = [entry["value"], entry["target"], entry["amber"]]
            updates.append(f"{t}:" + ":".join("U" if v is None else f"{v:g}" for v in values))
    for i in range(0, len(updates), 200):
        rrdtool.update(path, *updates[i:i + 200])


def graph_args(data, rrd, kind, fmt, out):
    q = data["quarters"]
    c = data["chart"]
    tile = kind == "tile"
    width, height = (data["tile"]["width"], data["tile"]["height"]) if tile else (c["width"], c["height"])
    image_format = {"png": "PNG", "png2": "PNG", "svg": "SVG", "pdf": "PDF"}[fmt]
    higher = data["polarity"] == "higher"
    last = q[-1]
    args = [out, "--imgformat", image_format, "--full-size-mode", "--width", str(int(width)),
            "--height", str(int(height)), "--start", str(q[0]["start"]), "--end", str(q[-1]["end"]),
            "--lower-limit", f"{c['ymin']:g}", "--upper-limit", f"{c['ymax']:g}", "--rigid",
            "--font", "DEFAULT:9:DejaVu Sans", "--color", "BACK#ffffff", "--color", "CANVAS#ffffff",
            "--border", "0"]
    if fmt == "png2":
        args += ["--zoom", "2"]
    if tile:
        value = "no data" if last["value"] is None else f"{last['value']:g}"
        args += ["--title", f"{data['id']} {last['period']}: {value} ({last['status']})", "--x-grid", "none",
                 "--y-grid", "none"]
    else:
        args += ["--title", c["title"], "--vertical-label", c["subtitle"][:40],
                 "--x-grid", "MONTH:3:MONTH:3:MONTH:3:0:%b %y"]
    args += [f"DEF:v={rrd}:value:AVERAGE", f"DEF:t={rrd}:target:AVERAGE", f"DEF:a={rrd}:amber:AVERAGE",
             f"CDEF:floor=a,UN,UNKN,{c['ymin']:g},IF", f"CDEF:ceil=a,UN,UNKN,{c['ymax']:g},IF"]
    if higher:
        # Red from the axis to the amber threshold, amber from there to the target.
        args += ["CDEF:red=a,floor,-", "CDEF:amb=t,a,-", "AREA:floor#ffffff", "AREA:red#f9e6e6:Red zone:STACK",
                 "AREA:amb#fbefe4:Amber band:STACK"]
    else:
        args += ["CDEF:amb=a,t,-", "CDEF:red=ceil,a,-", "AREA:t#ffffff", "AREA:amb#fbefe4:Amber band:STACK",
                 "AREA:red#f9e6e6:Red zone:STACK"]
    args += ["LINE2:v#505a5f:Value"]
    if last["target"] is not None:
        args += [f"HRULE:{last['target']:g}#0b0c0c:Target {last['target']:g}:dashes=6,4"]
    if tile:
        target = "none" if last["target"] is None else f"{last['target']:g}"
        args += [f"COMMENT:Target {target}\\n"]
    else:
        args += ["COMMENT:\\n", f"COMMENT:{c['footer'][0] if c['footer'] else ''}\\r"]
    return args


def serve(data, rrd):
    import rrdtool

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
                    size = len(rrdtool.graphv("-", *graph_args(data, rrd, words[1], words[2], "-")[1:])["image"])
                    times.append(time.monotonic_ns() - start)
                reply = f"ok {size} " + " ".join(map(str, times))
            elif words[0] == "save" and len(words) == 4:
                rrdtool.graph(*graph_args(data, rrd, words[1], words[2], words[3]))
                with open(words[3], "rb") as f:
                    reply = f"ok {len(f.read())}"
            else:
                reply = "error unknown request"
        except Exception as error:
            reply = f"error {error!r}"
        print(reply, flush=True)


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    rrd = sys.argv[2]
    command = sys.argv[3] if len(sys.argv) > 3 else ""
    if command == "create" and len(sys.argv) == 4:
        create(data, rrd)
    elif command == "serve" and len(sys.argv) == 4:
        serve(data, rrd)
    elif command == "args" and len(sys.argv) == 7:
        print("\n".join(graph_args(data, rrd, sys.argv[4], sys.argv[5], sys.argv[6])))
    else:
        sys.exit("usage: rrd_chart.py DATA.json RRD create|serve | rrd_chart.py DATA.json RRD args KIND FORMAT OUT")


if __name__ == "__main__":
    main()
