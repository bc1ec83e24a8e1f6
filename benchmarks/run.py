#!/usr/bin/env python3
"""Runs kpi's benchmarks against its peers and writes BENCHMARKS.md. Called by benchmarks/run.sh.

    run.py [--steps peers,encoders,whole,store,pack,profile|markdown] [--rounds N] [--quick]

Each step saves its measurements as JSON in SCRATCH/bench-results/, and BENCHMARKS.md is written
from every saved step, so one step (e.g. `pack`) can be re-run alone and the file regenerated.

Timing: every peer runs as a server answering `run KIND FORMAT N` with N per-iteration
CLOCK_MONOTONIC times (kpi-bench, the C program, and Python's time.monotonic_ns). Rounds are
interleaved: in every round each cell (chart/tile x format) is asked of every peer in turn, with
the peer order rotated each round, so machine noise lands on all peers alike. The first batch of
each cell per peer is a warm-up and is dropped. Whole-process runs are interleaved the same way;
their peak memory is the child's ru_maxrss from wait4, through benchmarks/measure.c (a child
forked from Python would count Python's own pages until exec).
"""
import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCRATCH = os.path.join(ROOT, os.environ.get("KPI_BENCH_SCRATCH", ".build-bench"))
RESULTS = os.path.join(SCRATCH, "bench-results")
WORK = os.path.join(SCRATCH, "bench-work")
KPI = os.path.join(SCRATCH, "release", "kpi")
BENCH = os.path.join(SCRATCH, "harness", "release", "kpi-bench")
CPEER = os.path.join(SCRATCH, "bench-work", "cairo_chart")
DEFLATE_FLOOR = os.path.join(SCRATCH, "bench-work", "deflate_floor")
MEASURE = os.path.join(SCRATCH, "bench-work", "measure")
PYTHON = sys.executable
STORE = os.path.join(ROOT, "Series")
INDICATOR = "ICT01"

KINDS = ["chart", "tile"]
FORMATS = ["png", "png2", "svg", "pdf"]
FORMAT_NAMES = {"png": "PNG", "png2": "PNG, scale 2", "svg": "SVG", "pdf": "PDF", "png-cairo": "PNG"}
PEERS = ["kpi", "kpi-cairo-writer", "c", "rrdtool", "matplotlib"]
PEER_NAMES = {"kpi": "kpi", "kpi-cairo-writer": "kpi with Cairo's PNG writer", "c": "C + Cairo",
              "rrdtool": "RRDtool", "matplotlib": "matplotlib"}


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values)


def p90(values):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(round(0.9 * len(ordered) + 0.5)) - 1))]


def summary(values):
    return {"median": median(values), "p90": p90(values), "n": len(values)}


class Server:
    """A peer answering `run`/`save` requests on stdin, one reply line each."""

    def __init__(self, name, argv):
        self.name = name
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def ask(self, request):
        self.process.stdin.write(request + "\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline().strip()
        if not reply.startswith("ok"):
            raise RuntimeError(f"{self.name}: {request}: {reply or 'no reply'}")
        words = reply.split()
        return int(words[1]), [int(w) / 1e6 for w in words[2:]]

    def close(self):
        try:
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        self.process.wait(timeout=30)


def data_dir():
    return os.path.join(WORK, "data")


def prepare_data():
    """The chart's commands and data, and the RRD, from the sample store."""
    directory = data_dir()
    os.makedirs(directory, exist_ok=True)
    subprocess.run([BENCH, "dump", STORE, INDICATOR, directory], check=True)
    rrd = os.path.join(directory, "quarters.rrd")
    if os.path.exists(rrd):
        os.remove(rrd)
    subprocess.run([PYTHON, os.path.join(HERE, "peers", "rrd_chart.py"), os.path.join(directory, "data.json"), rrd,
                    "create"], check=True)
    return directory


def servers(directory):
    data = os.path.join(directory, "data.json")
    return {
        "kpi": Server("kpi", [BENCH, "serve", STORE, INDICATOR]),
        "c": Server("c", [CPEER, os.path.join(directory, "chart.cmd"), os.path.join(directory, "tile.cmd"), "serve"]),
        "rrdtool": Server("rrdtool", [PYTHON, os.path.join(HERE, "peers", "rrd_chart.py"), data,
                                      os.path.join(directory, "quarters.rrd"), "serve"]),
        "matplotlib": Server("matplotlib", [PYTHON, os.path.join(HERE, "peers", "mpl_chart.py"), data, "serve"]),
    }


def step_peers(args):
    """In-process ms per chart and tile, every peer, every format, interleaved."""
    directory = prepare_data()
    peers = servers(directory)
    cells = [(kind, fmt) for kind in KINDS for fmt in FORMATS]
    # (peer key, server, format to request)
    def plan(fmt):
        rows = [("kpi", "kpi", fmt), ("c", "c", fmt), ("rrdtool", "rrdtool", fmt), ("matplotlib", "matplotlib", fmt)]
        if fmt.startswith("png"):
            rows.insert(1, ("kpi-cairo-writer", "kpi", "png-cairo" if fmt == "png" else "png2-cairo"))
        return rows
    times = {}
    per_round = {}  # key -> the median of each round's batch, for ratios that one noisy round cannot flip
    sizes = {}
    batch = args.batch
    for round_index in range(args.rounds + 1):
        for kind, fmt in cells:
            rows = plan(fmt)
            shift = round_index % len(rows)
            for key, server, request in rows[shift:] + rows[:shift]:
                n = batch if key not in ("matplotlib",) else max(1, batch // 2)
                size, samples = peers[server].ask(f"run {kind} {request} {n}")
                if round_index == 0:
                    continue  # warm-up
                times.setdefault(f"{key}|{kind}|{fmt}", []).extend(samples)
                per_round.setdefault(f"{key}|{kind}|{fmt}", []).append(median(samples))
                sizes[f"{key}|{kind}|{fmt}"] = size
        for kind in KINDS:
            _, samples = peers["kpi"].ask(f"run {kind} layout {batch}")
            if round_index:
                times.setdefault(f"kpi-layout|{kind}", []).extend(samples)
        log(f"peers: round {round_index}/{args.rounds}")
    # Keep one of each output for a look.
    out = os.path.join(WORK, "outputs")
    os.makedirs(out, exist_ok=True)
    for kind, fmt in cells:
        for key, server, request in plan(fmt):
            extension = "png" if fmt.startswith("png") else fmt
            peers[server].ask(f"save {kind} {request} {os.path.join(out, f'{key}-{kind}-{fmt}.{extension}')}")
    for server in peers.values():
        server.close()
    pixels = {}
    for kind in KINDS:
        for fmt in ["png", "png2"]:
            c_png = os.path.join(out, f"c-{kind}-{fmt}.png")
            for key in ["kpi", "kpi-cairo-writer"]:
                check = compare_pixels(os.path.join(out, f"{key}-{kind}-{fmt}.png"), c_png)
                pixels[f"{key}|{kind}|{fmt}"] = check
                log(f"pixels: {key} {kind} {fmt} against C + Cairo: "
                    + ("identical" if check["identical"] else f"DIFFER ({check['text']})"))
    result = {"times": {k: summary(v) for k, v in times.items()}, "per_round": per_round, "sizes": sizes,
              "pixels": pixels, "rounds": args.rounds, "batch": batch}
    save("peers", result)


def compare_pixels(a, b):
    """Decodes two PNGs (Pillow, which matplotlib brings) and compares straight RGBA pixels."""
    from PIL import Image
    with Image.open(a) as first, Image.open(b) as second:
        if first.size != second.size:
            return {"identical": False, "differing": None, "pixels": None,
                    "text": f"sizes differ: {first.size[0]} x {first.size[1]} and {second.size[0]} x {second.size[1]}"}
        x = first.convert("RGBA").tobytes()
        y = second.convert("RGBA").tobytes()
        count = first.size[0] * first.size[1]
    differing = sum(1 for i in range(0, len(x), 4) if x[i:i + 4] != y[i:i + 4]) if x != y else 0
    return {"identical": differing == 0, "differing": differing, "pixels": count,
            "text": "identical" if differing == 0 else f"{differing:,} of {count:,} pixels differ"}


def round_ratios(per_round, numerator, denominator):
    """The ratio numerator ÷ denominator in each round (each a median of its batch): median, min, max."""
    pairs = list(zip(per_round.get(numerator, []), per_round.get(denominator, [])))
    ratios = [n / d for n, d in pairs if d > 0]
    if not ratios:
        return None
    return {"median": median(ratios), "min": min(ratios), "max": max(ratios), "n": len(ratios)}


ENCODERS = ["cairo", "deflate-1", "deflate-2", "deflate-3", "deflate-6", "1-default-none", "2-default-none", "3-default-none", "6-default-none", "1-default-up",
            "1-default-sub", "1-default-paeth", "1-default-all", "3-default-all", "6-default-all", "9-default-all",
            "1-rle-none", "1-rle-sub", "1-rle-up", "1-rle-all", "1-filtered-all", "6-filtered-all", "1-huffman-sub"]
ENCODE_IMAGES = [("chart", "1"), ("chart", "2"), ("tile", "1")]


def step_encoders(args):
    """PNG encoding alone (same pixels) for each libpng setting and Cairo's writer, interleaved."""
    server = Server("kpi", [BENCH, "serve", STORE, INDICATOR])
    times, sizes = {}, {}
    for round_index in range(args.rounds + 1):
        order = ENCODERS[round_index % len(ENCODERS):] + ENCODERS[:round_index % len(ENCODERS)]
        for kind, scale in ENCODE_IMAGES:
            for encoder in order:
                size, samples = server.ask(f"encode {kind} {scale} {encoder} {max(2, args.batch // 2)}")
                if round_index == 0:
                    continue
                times.setdefault(f"{encoder}|{kind}|{scale}", []).extend(samples)
                sizes[f"{encoder}|{kind}|{scale}"] = size
        log(f"encoders: round {round_index}/{args.rounds}")
    # Deflate alone on the bytes kpi's writer deflates (the floor under any libpng setting).
    floor = {}
    if os.path.exists(DEFLATE_FLOOR):
        directory = os.path.join(WORK, "outputs")
        os.makedirs(directory, exist_ok=True)
        for kind, scale in ENCODE_IMAGES:
            png = os.path.join(directory, f"floor-{kind}-{scale}.png")
            server.ask(f"save {kind} {'png' if scale == '1' else 'png2'} {png}")
            lines = subprocess.run([DEFLATE_FLOOR, png], capture_output=True, text=True, check=True).stdout.splitlines()
            for line in lines:
                library, level, size, median_ms = line.split()
                floor[f"{library}-{level}|{kind}|{scale}"] = {"bytes": int(size), "median": float(median_ms)}
    server.close()
    save("encoders", {"times": {k: summary(v) for k, v in times.items()}, "sizes": sizes, "floor": floor})


def run_process(argv, cwd=None, env=None):
    """Wall seconds and max RSS (KiB) of one child process, run by benchmarks/measure.c (its
    stdout discarded); raises when it fails."""
    process = subprocess.run([MEASURE] + argv, capture_output=True, text=True, cwd=cwd, env=env)
    words = process.stdout.split()
    if process.returncode != 0 or len(words) != 4:
        raise RuntimeError(f"measure {' '.join(argv)}: exit {process.returncode}: {process.stderr[:500]}")
    wall_ns, maxrss, status, _ = (int(w) for w in words)
    if status != 0:
        raise RuntimeError(f"{' '.join(argv)}: exit {status}: {process.stderr[:500]}")
    return wall_ns / 1e9, maxrss


def step_whole(args):
    """Whole-process wall time and peak memory: each tool as a user would run it."""
    directory = prepare_data()
    out = os.path.join(WORK, "whole")
    os.makedirs(out, exist_ok=True)
    data = os.path.join(directory, "data.json")
    rrd = os.path.join(directory, "quarters.rrd")
    sys.path.insert(0, os.path.join(HERE, "peers"))
    import rrd_chart  # noqa: E402

    with open(data) as f:
        chart_data = json.load(f)

    def commands(kind, fmt):
        extension = "png" if fmt.startswith("png") else fmt
        target = lambda key: os.path.join(out, f"{key}-{kind}-{fmt}.{extension}")  # noqa: E731
        kpi = [KPI, kind, INDICATOR, "--store", STORE, "--out", target("kpi")]
        if fmt == "png2":
            kpi += ["--scale", "2"]
        return {
            "kpi": kpi,
            "c": [CPEER, os.path.join(directory, f"{kind}.cmd"), fmt, target("c")],
            "rrdtool": ["rrdtool", "graph"] + rrd_chart.graph_args(chart_data, rrd, kind, fmt, target("rrdtool")),
            "matplotlib": [PYTHON, os.path.join(HERE, "peers", "mpl_chart.py"), data, kind, fmt, target("matplotlib")],
        }

    # kpi's commands that draw nothing, in the same rounds: start-up alone (the runtime and
    # argument parsing, no store), recording one figure (one file read, journalled and appended,
    # fsync included) into a fresh copy of the sample store, and the status table.
    copy = os.path.join(out, "record-store")
    record_period = next_quarter(chart_data["quarters"][-1]["period"])
    plain = {
        "version": [KPI, "--version"],
        "record": [KPI, "record", INDICATOR, record_period, "90", "--store", copy],
        "status": [KPI, "status", "--store", STORE],
    }

    cells = [(kind, fmt) for kind in KINDS for fmt in ["png", "svg", "pdf"]]
    walls, rss = {}, {}
    for round_index in range(args.whole_rounds + 1):
        for name, argv in plain.items():
            if name == "record":
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(STORE, copy)
            wall, maxrss = run_process(argv)
            if round_index:
                walls.setdefault(f"kpi|{name}", []).append(wall * 1000)
                rss.setdefault(f"kpi|{name}", []).append(maxrss)
        for kind, fmt in cells:
            runs = list(commands(kind, fmt).items())
            shift = round_index % len(runs)
            for key, argv in runs[shift:] + runs[:shift]:
                wall, maxrss = run_process(argv)
                if round_index == 0:
                    continue
                walls.setdefault(f"{key}|{kind}|{fmt}", []).append(wall * 1000)
                rss.setdefault(f"{key}|{kind}|{fmt}", []).append(maxrss)
        log(f"whole: round {round_index}/{args.whole_rounds}")
    save("whole", {"times": {k: summary(v) for k, v in walls.items()},
                   "rss": {k: max(v) for k, v in rss.items()}, "rounds": args.whole_rounds,
                   "record": f'kpi record {INDICATOR} "{record_period}" 90'})


def next_quarter(period):
    """The quarter after `2021/22 Q2` (the financial-year form the sample store uses)."""
    year, quarter = period.split(" Q")
    start = int(year.split("/")[0])
    if quarter == "4":
        return f"{start + 1}/{(start + 2) % 100:02d} Q1"
    return f"{year} Q{int(quarter) + 1}"


def make_store(path, indicators, quarters, revisions):
    marker = os.path.join(path, ".complete")
    if os.path.exists(marker):
        return
    if os.path.exists(path):
        shutil.rmtree(path)
    subprocess.run([PYTHON, os.path.join(HERE, "make-large-store.py"), path, "--indicators", str(indicators),
                    "--quarters", str(quarters), "--revisions", str(revisions)], check=True)
    open(marker, "w").close()


STORE_SIZES = [1_000, 10_000, 100_000, 1_000_000]
STORE_QUARTERS, STORE_REVISIONS = 40, 5  # 200 value lines per indicator
# The stores of issue 17's status goal: 1,000 and 10,000 indicators x 40 quarters x 3 value lines.
GOAL_INDICATORS, GOAL_QUARTERS, GOAL_REVISIONS = [1_000, 10_000], 40, 3


def step_store(args):
    """Store load + status: whole `kpi status` and in-process (kpi-bench), 1k to 1M observations."""
    stores = {}
    for size in STORE_SIZES:
        indicators = size // (STORE_QUARTERS * STORE_REVISIONS)
        path = os.path.join(WORK, "stores", f"obs-{size}")
        make_store(path, indicators, STORE_QUARTERS, STORE_REVISIONS)
        stores[size] = (path, indicators, sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)))
    goal_stores = {}
    for indicators in GOAL_INDICATORS:
        path = os.path.join(WORK, "stores", f"goal-{indicators}x{GOAL_QUARTERS}x{GOAL_REVISIONS}")
        make_store(path, indicators, GOAL_QUARTERS, GOAL_REVISIONS)
        goal_stores[indicators] = path
    server = Server("kpi", [BENCH, "serve", STORE, INDICATOR])
    walls, rss, inproc, goal_walls = {}, {}, {}, {}
    rounds = args.store_rounds
    for round_index in range(rounds + 1):
        for size in (STORE_SIZES if round_index % 2 else list(reversed(STORE_SIZES))):
            path = stores[size][0]
            wall, maxrss = run_process([KPI, "status", "--store", path])
            _, samples = server.ask(f"status {path} 1")
            if round_index == 0:
                continue
            walls.setdefault(str(size), []).append(wall * 1000)
            rss.setdefault(str(size), []).append(maxrss)
            inproc.setdefault(str(size), []).extend(samples)
        for indicators in GOAL_INDICATORS:
            # Three runs a round for the goal stores: their medians decide a goal.
            for _ in range(3):
                wall, _ = run_process([KPI, "status", "--store", goal_stores[indicators]])
                if round_index:
                    goal_walls.setdefault(str(indicators), []).append(wall * 1000)
        log(f"store: round {round_index}/{rounds}")
    server.close()
    save("store", {"times": {k: summary(v) for k, v in walls.items()}, "rss": {k: max(v) for k, v in rss.items()},
                   "goal": {k: summary(v) for k, v in goal_walls.items()},
                   "inproc": {k: summary(v) for k, v in inproc.items()},
                   "stores": {str(k): {"indicators": v[1], "bytes": v[2]} for k, v in stores.items()},
                   "quarters": STORE_QUARTERS, "revisions": STORE_REVISIONS})


PACK_SIZES = [40, 160, 400, 1_000]
PACK_JOBS = 2
PACK_QUARTERS, PACK_REVISIONS = 12, 2


def pack_available():
    if not os.path.exists(KPI):
        return False
    return subprocess.run([KPI, "pack", "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def step_pack(args):
    """`kpi pack --jobs 2` for 40 to 1,000 indicators: wall and peak memory."""
    if not pack_available():
        log("pack: `kpi pack --help` fails in this build; skipping (re-run with --steps pack when it exists)")
        save("pack", {"skipped": "kpi pack was not available in this build"})
        return
    jobs = [PACK_JOBS]
    stores = {}
    for size in PACK_SIZES:
        path = os.path.join(WORK, "stores", f"pack-{size}")
        make_store(path, size, PACK_QUARTERS, PACK_REVISIONS)
        stores[size] = path
    out = os.path.join(WORK, "packs")
    os.makedirs(out, exist_ok=True)
    walls, rss, files, failed = {}, {}, {}, {}
    for round_index in range(args.pack_rounds + 1):
        cells = [(size, j) for size in PACK_SIZES for j in jobs]
        if round_index % 2:
            cells.reverse()
        for size, j in cells:
            target = os.path.join(out, f"pack-{size}-jobs{j}")
            env = dict(os.environ, CI="1")
            key = f"{size}|{j}"
            if key in failed:
                continue
            try:
                wall, maxrss = run_process([KPI, "pack", "--store", stores[size], "--out", target, "--jobs", str(j)], env=env)
            except RuntimeError as error:
                failed[key] = str(error).split(": ", 1)[-1][:300]
                log(f"pack: {size} indicators failed: {failed[key]}")
                continue
            if round_index == 0:
                continue
            walls.setdefault(key, []).append(wall * 1000)
            rss.setdefault(key, []).append(maxrss)
            files[key] = sum(len(f) for _, _, f in os.walk(target))
        log(f"pack: round {round_index}/{args.pack_rounds}")
    save("pack", {"times": {k: summary(v) for k, v in walls.items()}, "rss": {k: max(v) for k, v in rss.items()},
                  "files": files, "failed": failed, "jobs": jobs, "sizes": PACK_SIZES,
                  "quarters": PACK_QUARTERS, "revisions": PACK_REVISIONS})


def step_profile(args):
    """Where kpi's in-process time goes, by library and by function (perf), for each chart format."""
    if not shutil.which("perf"):
        save("profile", {"skipped": "perf is not installed"})
        return
    result = {}
    big_store = os.path.join(WORK, "stores", f"obs-{STORE_SIZES[-1]}")
    targets = [(fmt, f"run chart {fmt} {args.profile_iterations}") for fmt in ["png", "svg", "pdf"]]
    if os.path.exists(os.path.join(big_store, ".complete")):
        targets.append(("status", f"status {big_store} 2"))
    for fmt, request in targets:
        data = os.path.join(WORK, f"perf-{fmt}.data")
        requests = f"{request}\nquit\n"
        recorded = subprocess.run(["perf", "record", "-F", "4999", "-o", data, "--", BENCH, "serve", STORE, INDICATOR],
                                  input=requests, text=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if recorded.returncode != 0:
            save("profile", {"skipped": f"perf record failed: {recorded.stderr.strip()[:300]}"})
            return
        by = {}
        for sort in ["dso", "dso,sym"]:
            report = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", sort, "--stdio",
                                     "--percent-limit", "1.5"], capture_output=True, text=True).stdout
            rows = []
            for line in report.splitlines():
                words = line.split()
                if not words or not words[0].endswith("%") or line.lstrip().startswith("#"):
                    continue
                try:
                    percent = float(words[0].rstrip("%"))
                except ValueError:
                    continue
                name = " ".join(w for w in words[1:] if w != "[.]" and w != "[k]")
                if name.split(" ")[-1].startswith("0x"):
                    continue  # an address in a library without symbols
                rows.append((percent, name))
            rows = rows[:12]
            if sort == "dso,sym" and shutil.which("swift"):
                names = [name.split(" ", 1)[-1] for _, name in rows]
                demangled = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                                           capture_output=True, text=True).stdout.splitlines()
                if len(demangled) == len(rows):
                    rows = [(p, f"{name.split(' ', 1)[0]} {short}") for (p, name), short in zip(rows, demangled)]
            by[sort] = [(p, name[:100]) for p, name in rows]
        result[fmt] = by
        os.remove(data)
    save("profile", result)


COMMAND = ["benchmarks/run.sh"]


def save(step, result):
    os.makedirs(RESULTS, exist_ok=True)
    result["command"] = COMMAND[0]
    result["saved"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    result["load"] = os.getloadavg()
    with open(os.path.join(RESULTS, f"{step}.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)


def load(step):
    path = os.path.join(RESULTS, f"{step}.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


# ---------------------------------------------------------------- Markdown

def ms(value):
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def plural(n, noun):
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def size_text(n):
    return f"{n / 1024:.1f} KiB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MiB"


def command_output(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine():
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    def word(text, index):
        words = text.split()
        return words[index] if len(words) > index else ""
    versions = {
        "Swift": word(command_output(["swift", "--version"]).replace("(", " ").replace(")", " "), 2),
        "Cairo": command_output(["pkg-config", "--modversion", "cairo"]),
        "libpng": command_output(["pkg-config", "--modversion", "libpng"]),
        "libdeflate": command_output(["pkg-config", "--modversion", "libdeflate"]),
        "zlib": command_output(["pkg-config", "--modversion", "zlib"]),
        "RRDtool": word(command_output(["rrdtool", "--version"]), 1),
        "matplotlib": command_output([PYTHON, "-c", "import matplotlib; print(matplotlib.__version__)"]),
        "Python": platform.python_version(),
        "gcc": word(command_output(["cc", "-dumpfullversion"]), 0),
    }
    return model, memory, versions


def goal(met):
    return "**met**" if met else "**not met**"


def write_markdown(args):
    peers, encoders, whole, store, pack, profile = (load(s) for s in
                                                    ["peers", "encoders", "whole", "store", "pack", "profile"])
    model, memory, versions = machine()
    lines = []
    add = lines.append
    add("# Benchmarks")
    add("")
    add("kpi against the tools a council would use instead, on the same chart in the same run. "
        "Generated by `benchmarks/run.sh`; do not edit by hand.")
    add("")
    add(f"- **Machine:** {model}, {os.cpu_count()} cores (`nproc`), {memory} RAM, {platform.system()} "
        f"{platform.release()}")
    saved = sorted(r["saved"] for r in (peers, encoders, whole, store, pack, profile) if r and r.get("saved"))
    measured = f"measured {saved[0]} to {saved[-1]}; " if saved else ""
    add(f"- **Date:** {measured}written {time.strftime('%Y-%m-%d %H:%M %Z')}")
    ran = {}
    for name, r in [("peers", peers), ("encoders", encoders), ("whole", whole), ("store", store),
                    ("pack", pack), ("profile", profile)]:
        if r:
            ran.setdefault(r.get("command", args.command), []).append(name)
    if len(ran) <= 1:
        add(f"- **Command:** `{next(iter(ran), args.command)}`")
    else:
        add("- **Commands:** " + "; ".join(f"`{c}` ({', '.join(steps)})" for c, steps in ran.items()))
    step_loads = "; ".join(f"{name} {r['load'][0]:.2f} ({r['saved']})" for name, r in
                           [("peers", peers), ("encoders", encoders), ("whole", whole), ("store", store),
                            ("pack", pack), ("profile", profile)] if r)
    add(f"- **Load average** (1 min) when each step finished: {step_loads}. It counts the benchmark's own "
        "processes: about 1 for the single-threaded steps, up to 2 for `store` (parallel parsing) and `pack` "
        "(`--jobs 2`); more than that is another workload sharing the machine.")
    add("- **Versions:** " + "; ".join(f"{k} {v}" for k, v in versions.items() if v))
    add("- **Build:** kpi in release mode with the Swift runtime linked statically "
        "(`swift build -c release --static-swift-stdlib`, as `scripts/render.sh` builds it), kpi-bench in "
        "release mode; the C programs with `cc -O2`.")
    add("")
    add("The chart is the sample store's ICT01 (8 quarters, target change, amber band, red zone), "
        "800 x 400 points, and its 320 x 180 tile. **kpi** lays the chart out, draws it with Cairo and "
        "encodes it (what `kpi chart` does after loading the store). **C + Cairo** is the same drawing "
        "with plain C + Cairo and Cairo's own PNG writer (`cairo_surface_write_to_png_stream`), SVG and PDF "
        "surfaces: it replays the very drawing commands kpi's layout issues (dumped by `kpi-bench dump`), "
        "so it does no layout of its own. **RRDtool** (`rrdtool graph`, "
        "through librrd's Python binding in-process) draws the closest chart it can: the value line, "
        "the target as a dashed HRULE, the amber band and red zone as stacked areas, a legend; no "
        "per-quarter status markers. **matplotlib** (Agg) draws the chart with the same data, words, "
        "colours and marks. Sources: `benchmarks/peers/`.")
    add("")
    if peers:
        add(f"## In-process time per chart and per tile")
        add("")
        add(f"Median (p90) milliseconds per image, {peers['rounds']} interleaved rounds of {peers['batch']} "
            f"iterations ({max(1, peers['batch'] // 2)} for matplotlib), output to memory. "
            "\"PNG, scale 2\" is 1600 x 800 pixels, as `--scale 2` for print. The first PNG rows are like for "
            "like: kpi and the C program both encode with Cairo's PNG writer, so they compare kpi's layout "
            "and drawing with plain Cairo calls. The rows marked *kpi's writer* are what `kpi chart` does: "
            "kpi's own PNG writer (libdeflate level 2, no row filter; see the encoder table) against the "
            "same C program, still with Cairo's writer; that difference is kpi's gain from its writer.")
        add("")
        pixels = peers.get("pixels") or {}
        if pixels:
            def said(key):
                check = pixels.get(key)
                return check["text"] if check else "not compared"
            add("Pixels, checked in this run (both PNGs decoded with Pillow, straight RGBA compared): chart, kpi's "
                f"writer against C: {said('kpi|chart|png')}; with Cairo's writer: {said('kpi-cairo-writer|chart|png')}; "
                f"scale 2: {said('kpi|chart|png2')}; tile: {said('kpi|tile|png')}; tile at scale 2: "
                f"{said('kpi|tile|png2')}.")
            add("")
        t = peers["times"]
        s = peers["sizes"]
        per_round = peers.get("per_round") or {}
        rows = [("png-cairo", "PNG, Cairo's writer in both", "kpi-cairo-writer", "png"),
                ("png2-cairo", "PNG, scale 2, Cairo's writer in both", "kpi-cairo-writer", "png2"),
                ("png", "PNG, *kpi's writer*", "kpi", "png"),
                ("png2", "PNG, scale 2, *kpi's writer*", "kpi", "png2"),
                ("svg", "SVG", "kpi", "svg"),
                ("pdf", "PDF", "kpi", "pdf")]
        for kind in KINDS:
            title = "Chart (800 x 400)" if kind == "chart" else "Tile (320 x 180)"
            add(f"### {title}")
            add("")
            add("| Format | kpi | C + Cairo | RRDtool | matplotlib | kpi ÷ C + Cairo | kpi ÷ RRDtool | "
                "matplotlib ÷ kpi, median of rounds (range) |")
            add("|---|---:|---:|---:|---:|---:|---:|---:|")
            for _, label, key, fmt in rows:
                def cell(peer):
                    v = t.get(f"{peer}|{kind}|{fmt}")
                    return f"{ms(v['median'])} ({ms(v['p90'])})" if v else "–"

                def med(peer):
                    v = t.get(f"{peer}|{kind}|{fmt}")
                    return v["median"] if v else None
                k, c, r, m = med(key), med("c"), med("rrdtool"), med("matplotlib")
                if k is None:
                    continue
                like = key == "kpi-cairo-writer"
                ratio = round_ratios(per_round, f"matplotlib|{kind}|{fmt}", f"{key}|{kind}|{fmt}")
                versus = (f"{ratio['median']:.0f}x ({ratio['min']:.0f}–{ratio['max']:.0f}x)" if ratio and not like
                          else (f"{m / k:.0f}x" if m and not like else ""))
                add(f"| {label} | {cell(key)} | {cell('c')} | {'' if like else cell('rrdtool')} | "
                    f"{'' if like else cell('matplotlib')} | {k / c:.2f}x | {'' if like or not r else f'{k / r:.2f}x'} | "
                    f"{versus} |")
            layout = t.get(f"kpi-layout|{kind}")
            if layout:
                add("")
                add(f"kpi's layout alone (`ChartLayout.make` / `TileLayout.make`, included in every kpi figure above): "
                    f"{ms(layout['median'])} ({ms(layout['p90'])}) ms.")
            add("")
            add("File sizes:")
            add("")
            add("| Format | kpi | kpi, Cairo's PNG writer | C + Cairo | RRDtool | matplotlib |")
            add("|---|---:|---:|---:|---:|---:|")
            for fmt in FORMATS:
                def sz(key):
                    v = s.get(f"{key}|{kind}|{fmt}")
                    return size_text(v) if v else "–"
                add(f"| {FORMAT_NAMES[fmt]} | {sz('kpi')} | {sz('kpi-cairo-writer')} | {sz('c')} | {sz('rrdtool')} | "
                    f"{sz('matplotlib')} |")
            add("")
    if whole:
        add("## Whole process")
        add("")
        add(f"Median (p90) wall milliseconds and peak memory (the largest max RSS of any run) of one run "
            f"writing one file, {plural(whole['rounds'], 'interleaved round')}, each process started by "
            "`benchmarks/measure.c` (fork, exec, wait4). kpi: `kpi chart|tile ICT01 --store Series --out F` "
            "(loads the store; kpi's own PNG writer); C + Cairo: `cairo_chart chart.cmd FORMAT F` (Cairo's PNG "
            "writer); RRDtool: `rrdtool graph F ...`; matplotlib: `python3 mpl_chart.py data.json chart FORMAT F` "
            "(includes importing matplotlib).")
        add("")
        add("| Image | kpi | C + Cairo | RRDtool | matplotlib | kpi ÷ C + Cairo | kpi ÷ RRDtool |")
        add("|---|---:|---:|---:|---:|---:|---:|")
        for kind in KINDS:
            for fmt in ["png", "svg", "pdf"]:
                def cell(key):
                    v = whole["times"].get(f"{key}|{kind}|{fmt}")
                    r = whole["rss"].get(f"{key}|{kind}|{fmt}")
                    return f"{ms(v['median'])} ({ms(v['p90'])}), {mib(r)}" if v else "–"

                def med(key):
                    return whole["times"][f"{key}|{kind}|{fmt}"]["median"]
                add(f"| {kind} {FORMAT_NAMES[fmt]} | {cell('kpi')} | {cell('c')} | {cell('rrdtool')} | "
                    f"{cell('matplotlib')} | {med('kpi') / med('c'):.2f}x | {med('kpi') / med('rrdtool'):.2f}x |")
        add("")
        add("kpi's commands that draw nothing, in the same rounds:")
        add("")
        add("| Command | wall ms | peak memory |")
        add("|---|---:|---:|")
        for name, text in [("version", "`kpi --version` (start-up alone)"),
                           ("record", f"`{whole.get('record', 'kpi record')}` (one figure into a fresh copy of the sample store, fsync included)"),
                           ("status", "`kpi status --store Series` (8 indicators)")]:
            v = whole["times"].get(f"kpi|{name}")
            if v:
                add(f"| {text} | {ms(v['median'])} ({ms(v['p90'])}) | {mib(whole['rss'][f'kpi|{name}'])} |")
        add("")
    if encoders:
        add("## PNG encoder settings")
        add("")
        add("Encoding alone, on the same pixels (median ms and bytes). `cairo` is "
            "`cairo_surface_write_to_png_stream` (zlib's default level 6, all five filters tried per row); "
            "`libdeflate N none` is kpi's own chunk writer around libdeflate at level N, rows unfiltered; "
            "`libpng` rows are the benchmark harness's libpng writer at the zlib level, strategy and filters "
            "shown. kpi uses "
            "**libdeflate level 2, no filter** (`PNGEncoder.standard`): the fastest setting here and, on "
            "charts, smaller than Cairo's writer; filtering only costs time because chart pixels are long "
            "runs of a few colours, which deflate matches without help, and higher levels buy a few per "
            "cent of size for more time.")
        add("")
        add("| Setting | chart 800 x 400 | chart 1600 x 800 | tile 320 x 180 |")
        add("|---|---:|---:|---:|")
        for encoder in ENCODERS:
            cells = []
            for kind, scale in ENCODE_IMAGES:
                v = encoders["times"].get(f"{encoder}|{kind}|{scale}")
                b = encoders["sizes"].get(f"{encoder}|{kind}|{scale}")
                cells.append(f"{ms(v['median'])} ms, {size_text(b)}" if v else "–")
            if encoder == "cairo":
                name = encoder
            elif encoder.startswith("deflate-"):
                name = "libdeflate " + encoder.split("-")[1] + " none"
            else:
                name = "libpng " + encoder.replace("-", " ")
            if encoder == "deflate-2":
                name = f"**{name} (kpi)**"
            add(f"| {name} | " + " | ".join(cells) + " |")
        add("")
        floor = encoders.get("floor") or {}
        if floor:
            add("Deflate alone (`benchmarks/peers/deflate_floor.c`) on exactly the bytes kpi's writer deflates "
                "(filter byte + RGB per row), median of 31 runs: what no libpng setting can go under.")
            add("")
            add("| Library, level | chart 800 x 400 | chart 1600 x 800 | tile 320 x 180 |")
            add("|---|---:|---:|---:|")
            for library in ["zlib", "libdeflate"]:
                for level in ["1", "2", "3", "6"]:
                    cells = []
                    for kind, scale in ENCODE_IMAGES:
                        v = floor.get(f"{library}-{level}|{kind}|{scale}")
                        cells.append(f"{ms(v['median'])} ms, {size_text(v['bytes'])}" if v else "–")
                    if any(c != "–" for c in cells):
                        add(f"| {library} {level} | " + " | ".join(cells) + " |")
            add("")
    if store:
        add("## Scale: store load and status")
        add("")
        add(f"`kpi status --store DIR` over synthetic stores from `benchmarks/make-large-store.py` "
            f"({store['quarters']} quarters x {store['revisions']} value lines each, i.e. "
            f"{store['quarters'] * store['revisions']} observations per indicator); whole process median "
            f"(p90) and max RSS, and in-process (kpi-bench: open, read and parse every Series file, "
            f"assess, render the table).")
        add("")
        add("| Observations | Indicators | Store size | `kpi status` wall ms | µs per observation | "
            "Peak memory | In-process ms |")
        add("|---:|---:|---:|---:|---:|---:|---:|")
        for size in STORE_SIZES:
            v = store["times"][str(size)]
            i = store["inproc"][str(size)]
            info = store["stores"][str(size)]
            add(f"| {size:,} | {info['indicators']:,} | {size_text(info['bytes'])} | {ms(v['median'])} "
                f"({ms(v['p90'])}) | {v['median'] * 1000 / size:.2f} | {store['rss'][str(size)] / 1024:.0f} MiB | "
                f"{ms(i['median'])} |")
        add("")
        add(linearity_note([(size, store["inproc"][str(size)]["median"]) for size in STORE_SIZES],
                           [(size, store["rss"][str(size)] / 1024) for size in STORE_SIZES], "observations"))
        add("")
        if store.get("goal"):
            add(f"Issue 17's status stores, {GOAL_QUARTERS} quarters x {GOAL_REVISIONS} value lines per indicator, "
                "whole `kpi status` (median of the same rounds, three runs a round):")
            add("")
            add("| Indicators | Observations | `kpi status` wall ms | µs per indicator |")
            add("|---:|---:|---:|---:|")
            for indicators in GOAL_INDICATORS:
                v = store["goal"][str(indicators)]
                add(f"| {indicators:,} | {indicators * GOAL_QUARTERS * GOAL_REVISIONS:,} | {ms(v['median'])} "
                    f"({ms(v['p90'])}) | {v['median'] * 1000 / indicators:.0f} |")
            add("")
    add("## Scale: `kpi pack`")
    add("")
    if not pack or pack.get("skipped"):
        add(f"Not measured: {pack['skipped'] if pack else 'the pack step has not been run'}. "
            "Run `benchmarks/run.sh pack` once `kpi pack` exists.")
    else:
        add(f"`kpi pack --store DIR --out OUT --jobs N` over synthetic stores ({pack['quarters']} quarters, "
            f"{pack['revisions']} value lines each); median (p90) wall ms and peak memory.")
        add("")
        header = "| Indicators | " + " | ".join(f"--jobs {j} wall ms | --jobs {j} ms per indicator | --jobs {j} peak memory"
                                                for j in pack["jobs"]) + " | Files |"
        add(header)
        add("|---:|" + "---:|---:|---:|" * len(pack["jobs"]) + "---:|")
        sizes = pack.get("sizes", PACK_SIZES)
        failed = pack.get("failed") or {}
        for size in sizes:
            cells = []
            for j in pack["jobs"]:
                v = pack["times"].get(f"{size}|{j}")
                if v:
                    cells.append(f"{ms(v['median'])} ({ms(v['p90'])}) | {v['median'] / size:.1f} | "
                                 f"{mib(pack['rss'][f'{size}|{j}'])}")
                else:
                    cells.append(f"failed: {failed.get(f'{size}|{j}', 'not measured')} | – | –")
            file_count = pack["files"].get(f"{size}|{pack['jobs'][-1]}", "–")
            add(f"| {size:,} | " + " | ".join(cells) + f" | {file_count} |")
        add("")
        for j in pack["jobs"]:
            measured = [size for size in sizes if f"{size}|{j}" in pack["times"]]
            if len(measured) >= 2:
                add(f"`--jobs {j}`: " + linearity_note([(size, pack["times"][f"{size}|{j}"]["median"]) for size in measured],
                                                       [(size, pack["rss"][f"{size}|{j}"] / 1024) for size in measured],
                                                       "indicators"))
                add("")
    add("")
    add("## Goals")
    add("")
    add(goals(peers, whole, store, pack))
    add("")
    if profile and not profile.get("skipped"):
        add("## Where kpi's time goes")
        add("")
        add("`perf record` of kpi-bench drawing the chart repeatedly (layout, drawing, encoding) and "
            "loading the largest store, by library and by function (self time, functions over 1.5%; "
            "zlib has no symbols, so its time shows by library only).")
        add("")
        for fmt in ["png", "svg", "pdf", "status"]:
            if fmt not in profile:
                continue
            label = FORMAT_NAMES.get(fmt, f"Load and status, {STORE_SIZES[-1]:,} observations")
            add(f"**{label}:** " + ", ".join(f"{name} {p:.0f}%" for p, name in profile[fmt]["dso"][:7]))
            add("")
            add("Top functions: " + ", ".join(f"`{name.split(' ', 1)[-1]}` {p:.0f}%" for p, name in profile[fmt]["dso,sym"][:8]))
            add("")
    notes = os.path.join(HERE, "NOTES.md")
    if os.path.exists(notes):
        with open(notes) as f:
            add(f.read().strip())
        add("")
    return "\n".join(lines) + "\n"


def linearity_note(points, memory, unit):
    """Says whether cost per unit stays flat between the two largest sizes and overall."""
    (n1, t1), (n2, t2) = points[-2], points[-1]
    growth = (t2 / t1) / (n2 / n1)
    per = [t / n for n, t in points]
    text = (f"From {n1:,} to {n2:,} {unit} ({times(n2 / n1)}) time grew {t2 / t1:.1f}x, "
            f"{growth:.2f}x the linear expectation")
    if growth > 1.3:
        text += " — **worse than linear**"
    elif growth < 0.7:
        text += " — better than linear (fixed costs still dominate)"
    else:
        text += " — linear"
    def cost(ms_per_unit):
        return f"{ms_per_unit:.1f} ms" if ms_per_unit >= 1 else f"{ms_per_unit * 1000:.1f} µs"
    text += (f"; the cost per {unit[:-1]} went from {cost(per[0])} at {points[0][0]:,} to {cost(per[-1])} at "
             f"{points[-1][0]:,}, the smallest sizes carrying the fixed start-up costs")
    (m1, r1), (m2, r2) = memory[-2], memory[-1]
    text += f". Peak memory {r1:.0f} → {r2:.0f} MiB ({r2 / r1:.1f}x for {times(m2 / m1)} the {unit})."
    return text


def times(factor):
    """A size step as printed: 2.5x, 10x (never rounded to a whole number it is not)."""
    return f"{factor:.0f}x" if abs(factor - round(factor)) < 0.05 else f"{factor:.1f}x"


def goals(peers, whole, store, pack):
    rows = ["| Goal | Measured | |", "|---|---|---|"]
    if peers:
        t = peers["times"]
        per_round = peers.get("per_round") or {}

        def med(key, kind, fmt):
            v = t.get(f"{key}|{kind}|{fmt}")
            return v["median"] if v else float("nan")
        for kind in KINDS:
            k, c = med("kpi", kind, "png"), med("c", kind, "png")
            rows.append(f"| {kind} PNG with kpi's writer at most 0.5x C + Cairo with Cairo's PNG writer | "
                        f"{k / c:.2f}x ({ms(k)} vs {ms(c)} ms) | {goal(k / c <= 0.5)} |")
            ratio = round_ratios(per_round, f"matplotlib|{kind}|png", f"kpi|{kind}|png")
            if ratio:
                rows.append(f"| {kind} PNG at least 30x faster than matplotlib in-process (median of {ratio['n']} "
                            f"rounds' ratios) | {ratio['median']:.0f}x (range {ratio['min']:.0f}–{ratio['max']:.0f}x) | "
                            f"{goal(ratio['median'] >= 30)} |")
            for fmt in ["svg", "pdf"]:
                k, c = med("kpi", kind, fmt), med("c", kind, fmt)
                rows.append(f"| {kind} {FORMAT_NAMES[fmt]} at most 1.2x C + Cairo | {k / c:.2f}x ({ms(k)} vs {ms(c)} ms) | {goal(k / c <= 1.2)} |")
            for fmt in ["png", "svg", "pdf"]:
                k, r = med("kpi", kind, fmt), med("rrdtool", kind, fmt)
                rows.append(f"| {kind} {FORMAT_NAMES[fmt]} faster than RRDtool | {ms(k)} vs {ms(r)} ms | {goal(k < r)} |")
    if whole:
        w = whole["times"]
        for name, limit in [("version", 4), ("record", 8)]:
            v = w.get(f"kpi|{name}")
            if v:
                text = "`kpi --version`" if name == "version" else "`kpi record`"
                rows.append(f"| {text} at most {limit} ms (whole process, median) | {ms(v['median'])} ms | {goal(v['median'] <= limit)} |")
        k, c = w.get("kpi|chart|png"), w.get("c|chart|png")
        if k and c:
            rows.append(f"| `kpi chart` PNG at most 0.8x C + Cairo with Cairo's PNG writer (whole process, medians of "
                        f"{k['n']}) | {k['median'] / c['median']:.2f}x ({ms(k['median'])} vs {ms(c['median'])} ms) | "
                        f"{goal(k['median'] / c['median'] <= 0.8)} |")
        r = whole["rss"].get("kpi|chart|png")
        if r:
            rows.append(f"| peak memory for one chart at most 16 MiB | {mib(r)} (C + Cairo {mib(whole['rss']['c|chart|png'])}) | "
                        f"{goal(r <= 16 * 1024)} |")
    if pack and not pack.get("skipped"):
        jobs = pack["jobs"][-1]
        v = pack["times"].get(f"40|{jobs}")
        if v:
            rows.append(f"| 40-indicator pack under 0.5 s wall ({jobs} jobs) | {v['median'] / 1000:.2f} s | {goal(v['median'] < 500)} |")
        big = pack["times"].get(f"1000|{jobs}")
        failure = (pack.get("failed") or {}).get(f"1000|{jobs}")
        if big:
            rows.append(f"| 1,000-indicator pack at most 8 s ({jobs} jobs) | {big['median'] / 1000:.2f} s | {goal(big['median'] <= 8000)} |")
            peak, small = pack["rss"][f"1000|{jobs}"], pack["rss"].get(f"40|{jobs}")
            rows.append(f"| 1,000-indicator pack peak memory at most 200 MiB | {mib(peak)} | {goal(peak <= 200 * 1024)} |")
            if small:
                rows.append(f"| 1,000-indicator pack peak memory at most 1.5x the 40-indicator figure | "
                            f"{peak / small:.1f}x ({mib(peak)} vs {mib(small)}) | {goal(peak / small <= 1.5)} |")
        elif failure:
            rows.append(f"| 1,000-indicator pack at most 8 s ({jobs} jobs) | failed: {failure} | **not met** |")
    else:
        rows.append("| 40-indicator pack under 0.5 s wall | not measured yet | – |")
    if store and store.get("goal"):
        small, large = (store["goal"].get(str(n)) for n in GOAL_INDICATORS)
        if small:
            rows.append(f"| `kpi status`, 1,000 indicators x 40 quarters x 3 revisions, at most 100 ms (whole process) | "
                        f"{ms(small['median'])} ms | {goal(small['median'] <= 100)} |")
        if small and large:
            # Linear: time per indicator at 10,000 no more than 1.25x that at 1,000 (start-up, a fixed
            # cost, only makes the larger store look better).
            ratio = (large["median"] / GOAL_INDICATORS[1]) / (small["median"] / GOAL_INDICATORS[0])
            rows.append(f"| `kpi status` linear to 10,000 indicators (time per indicator at most 1.25x that at 1,000) | "
                        f"{ratio:.2f}x ({ms(large['median'])} ms) | {goal(ratio <= 1.25)} |")
    if store:
        v = store["times"].get(str(1_000_000))
        if v:
            rows.append(f"| status over 1M observations under 1 s (whole process) | {v['median'] / 1000:.2f} s | {goal(v['median'] < 1000)} |")
    return "\n".join(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", default="peers,encoders,whole,store,pack,profile")
    parser.add_argument("--rounds", type=int, default=12, help="interleaved in-process rounds")
    parser.add_argument("--batch", type=int, default=10, help="iterations per peer per round")
    parser.add_argument("--whole-rounds", type=int, default=15)
    parser.add_argument("--store-rounds", type=int, default=5)
    parser.add_argument("--pack-rounds", type=int, default=3)
    parser.add_argument("--profile-iterations", type=int, default=400)
    parser.add_argument("--quick", action="store_true", help="few rounds, to check the harness")
    parser.add_argument("--command", default="benchmarks/run.sh")
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"))
    args = parser.parse_args()
    COMMAND[0] = args.command
    if args.quick:
        args.rounds, args.batch, args.whole_rounds, args.store_rounds, args.pack_rounds = 2, 4, 1, 1, 1
        args.profile_iterations = 100
    os.makedirs(WORK, exist_ok=True)
    steps = {"peers": step_peers, "encoders": step_encoders, "whole": step_whole, "store": step_store,
             "pack": step_pack, "profile": step_profile}
    for step in args.steps.split(","):
        if step == "markdown":
            continue  # only rewrite BENCHMARKS.md from the saved results
        log(f"step {step}")
        steps[step](args)
    markdown = write_markdown(args)
    with open(args.output, "w") as f:
        f.write(markdown)
    log(f"wrote {args.output}")


if __name__ == "__main__":
    main()
