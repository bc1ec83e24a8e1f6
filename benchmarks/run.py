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
their peak memory is the child's ru_maxrss from wait4.
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
PYTHON = sys.executable
STORE = os.path.join(ROOT, "Series")
INDICATOR = "ICT01"

KINDS = ["chart", "tile"]
FORMATS = ["png", "png2", "svg", "pdf"]
FORMAT_NAMES = {"png": "PNG", "png2": "PNG, scale 2", "svg": "SVG", "pdf": "PDF", "png-cairo": "PNG"}
PEERS = ["kpi", "kpi-cairo-writer", "c", "rrdtool", "matplotlib"]
PEER_NAMES = {"kpi": "kpi", "kpi-cairo-writer": "kpi with Cairo's PNG writer", "c": "C + Cairo (floor)",
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
            rows.insert(1, ("kpi-cairo-writer", "kpi", "png-cairo" if fmt == "png" else None))
        return [r for r in rows if r[2]]
    times = {}
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
            if key == "kpi-cairo-writer":
                continue
            extension = "png" if fmt.startswith("png") else fmt
            peers[server].ask(f"save {kind} {request} {os.path.join(out, f'{key}-{kind}-{fmt}.{extension}')}")
    for server in peers.values():
        server.close()
    result = {"times": {k: summary(v) for k, v in times.items()}, "sizes": sizes,
              "rounds": args.rounds, "batch": batch}
    save("peers", result)


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


def run_process(argv, stdout=subprocess.DEVNULL, cwd=None, env=None):
    """Wall seconds and max RSS (KiB) of one child process; raises when it fails."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, cwd=cwd, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read()
    process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)}: exit {process.returncode}: {error.decode(errors='replace')[:500]}")
    return wall, usage.ru_maxrss


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

    cells = [(kind, fmt) for kind in KINDS for fmt in ["png", "svg", "pdf"]]
    walls, rss = {}, {}
    for round_index in range(args.whole_rounds + 1):
        # Start-up alone: the Swift runtime, Foundation and argument parsing, no store.
        wall, maxrss = run_process([KPI, "--help"])
        if round_index:
            walls.setdefault("kpi|startup|help", []).append(wall * 1000)
            rss.setdefault("kpi|startup|help", []).append(maxrss)
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
                   "rss": {k: max(v) for k, v in rss.items()}, "rounds": args.whole_rounds})


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


def step_store(args):
    """Store load + status: whole `kpi status` and in-process (kpi-bench), 1k to 1M observations."""
    stores = {}
    for size in STORE_SIZES:
        indicators = size // (STORE_QUARTERS * STORE_REVISIONS)
        path = os.path.join(WORK, "stores", f"obs-{size}")
        make_store(path, indicators, STORE_QUARTERS, STORE_REVISIONS)
        stores[size] = (path, indicators, sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)))
    server = Server("kpi", [BENCH, "serve", STORE, INDICATOR])
    walls, rss, inproc = {}, {}, {}
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
        log(f"store: round {round_index}/{rounds}")
    server.close()
    save("store", {"times": {k: summary(v) for k, v in walls.items()}, "rss": {k: max(v) for k, v in rss.items()},
                   "inproc": {k: summary(v) for k, v in inproc.items()},
                   "stores": {str(k): {"indicators": v[1], "bytes": v[2]} for k, v in stores.items()},
                   "quarters": STORE_QUARTERS, "revisions": STORE_REVISIONS})


PACK_SIZES = [10, 40, 160, 400]
PACK_QUARTERS, PACK_REVISIONS = 12, 2


def pack_available():
    if not os.path.exists(KPI):
        return False
    return subprocess.run([KPI, "pack", "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def step_pack(args):
    """`kpi pack` for 10 to 400 indicators, --jobs 1 and all cores: wall and peak memory."""
    if not pack_available():
        log("pack: `kpi pack --help` fails in this build; skipping (re-run with --steps pack when it exists)")
        save("pack", {"skipped": "kpi pack was not available in this build"})
        return
    cores = os.cpu_count() or 1
    jobs = sorted({1, cores})
    stores = {}
    for size in PACK_SIZES:
        path = os.path.join(WORK, "stores", f"pack-{size}")
        make_store(path, size, PACK_QUARTERS, PACK_REVISIONS)
        stores[size] = path
    out = os.path.join(WORK, "packs")
    os.makedirs(out, exist_ok=True)
    walls, rss, files = {}, {}, {}
    for round_index in range(args.pack_rounds + 1):
        cells = [(size, j) for size in PACK_SIZES for j in jobs]
        if round_index % 2:
            cells.reverse()
        for size, j in cells:
            target = os.path.join(out, f"pack-{size}-jobs{j}")
            env = dict(os.environ, CI="1")
            wall, maxrss = run_process([KPI, "pack", "--store", stores[size], "--out", target, "--jobs", str(j)], env=env)
            if round_index == 0:
                continue
            key = f"{size}|{j}"
            walls.setdefault(key, []).append(wall * 1000)
            rss.setdefault(key, []).append(maxrss)
            files[key] = sum(len(f) for _, _, f in os.walk(target))
        log(f"pack: round {round_index}/{args.pack_rounds}")
    save("pack", {"times": {k: summary(v) for k, v in walls.items()}, "rss": {k: max(v) for k, v in rss.items()},
                  "files": files, "jobs": jobs, "quarters": PACK_QUARTERS, "revisions": PACK_REVISIONS})


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
    add(f"- **Date:** {time.strftime('%Y-%m-%d %H:%M %Z')}")
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
    add("- **Build:** kpi and kpi-bench in release mode (`swift build -c release`); the C peer with `cc -O2`.")
    add("")
    add("The chart is the sample store's ICT01 (8 quarters, target change, amber band, red zone), "
        "800 x 400 points, and its 320 x 180 tile. **kpi** lays the chart out, draws it with Cairo and "
        "encodes it (what `kpi chart` does after loading the store). **C + Cairo** replays the very "
        "drawing commands kpi's layout issues (dumped by `kpi-bench dump`) with plain Cairo calls and "
        "writes with Cairo's own PNG writer, SVG and PDF surfaces: the floor for Cairo done plainly, "
        "without layout; its PNG pixels are identical to kpi's. **RRDtool** (`rrdtool graph`, "
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
            "\"PNG, scale 2\" is 1600 x 800 pixels, as `--scale 2` for print.")
        add("")
        t = peers["times"]
        s = peers["sizes"]
        for kind in KINDS:
            title = "Chart (800 x 400)" if kind == "chart" else "Tile (320 x 180)"
            add(f"### {title}")
            add("")
            add("| Format | kpi | kpi, Cairo's PNG writer | C + Cairo (floor) | RRDtool | matplotlib | "
                "kpi ÷ C floor | kpi ÷ RRDtool | matplotlib ÷ kpi |")
            add("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
            for fmt in FORMATS:
                def cell(key):
                    v = t.get(f"{key}|{kind}|{fmt}")
                    return f"{ms(v['median'])} ({ms(v['p90'])})" if v else "–"

                def med(key):
                    v = t.get(f"{key}|{kind}|{fmt}")
                    return v["median"] if v else None
                k, c, r, m = med("kpi"), med("c"), med("rrdtool"), med("matplotlib")
                add(f"| {FORMAT_NAMES[fmt]} | {cell('kpi')} | {cell('kpi-cairo-writer')} | {cell('c')} | "
                    f"{cell('rrdtool')} | {cell('matplotlib')} | {k / c:.2f}x | {k / r:.2f}x | {m / k:.0f}x |")
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
        add(f"Median (p90) wall milliseconds and peak memory (max RSS) of one run writing one file, "
            f"{whole['rounds']} interleaved rounds. kpi: `kpi chart|tile ICT01 --store Series --out F` "
            "(loads the store); C: `cairo_chart chart.cmd FORMAT F`; RRDtool: `rrdtool graph F ...`; "
            "matplotlib: `python3 mpl_chart.py data.json chart FORMAT F` (includes importing matplotlib).")
        add("")
        add("| Image | kpi | C + Cairo | RRDtool | matplotlib | kpi ÷ C | kpi ÷ RRDtool |")
        add("|---|---:|---:|---:|---:|---:|---:|")
        for kind in KINDS:
            for fmt in ["png", "svg", "pdf"]:
                def cell(key):
                    v = whole["times"].get(f"{key}|{kind}|{fmt}")
                    r = whole["rss"].get(f"{key}|{kind}|{fmt}")
                    return f"{ms(v['median'])} ({ms(v['p90'])}), {r / 1024:.0f} MiB" if v else "–"

                def med(key):
                    return whole["times"][f"{key}|{kind}|{fmt}"]["median"]
                add(f"| {kind} {FORMAT_NAMES[fmt]} | {cell('kpi')} | {cell('c')} | {cell('rrdtool')} | "
                    f"{cell('matplotlib')} | {med('kpi') / med('c'):.2f}x | {med('kpi') / med('rrdtool'):.2f}x |")
        startup = whole["times"].get("kpi|startup|help")
        if startup:
            add(f"| `kpi --help` (start-up only) | {ms(startup['median'])} ({ms(startup['p90'])}), "
                f"{whole['rss']['kpi|startup|help'] / 1024:.0f} MiB | | | | | |")
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
        for size in PACK_SIZES:
            cells = []
            for j in pack["jobs"]:
                v = pack["times"][f"{size}|{j}"]
                cells.append(f"{ms(v['median'])} ({ms(v['p90'])}) | {v['median'] / size:.1f} | "
                             f"{pack['rss'][f'{size}|{j}'] / 1024:.0f} MiB")
            file_count = pack["files"].get(f"{size}|{pack['jobs'][-1]}", "–")
            add(f"| {size} | " + " | ".join(cells) + f" | {file_count} |")
        add("")
        for j in pack["jobs"]:
            add(f"`--jobs {j}`: " + linearity_note([(size, pack["times"][f"{size}|{j}"]["median"]) for size in PACK_SIZES],
                                                   [(size, pack["rss"][f"{size}|{j}"] / 1024) for size in PACK_SIZES],
                                                   "indicators"))
            add("")
    add("")
    add("## Goals")
    add("")
    add(goals(peers, store, pack))
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
    text = (f"From {n1:,} to {n2:,} {unit} ({n2 / n1:.0f}x) time grew {t2 / t1:.1f}x, "
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
    text += f". Peak memory {r1:.0f} → {r2:.0f} MiB ({r2 / r1:.1f}x for {m2 / m1:.0f}x the {unit})."
    return text


def goals(peers, store, pack):
    rows = ["| Goal | Measured | |", "|---|---|---|"]
    if peers:
        t = peers["times"]

        def med(key, kind, fmt):
            v = t.get(f"{key}|{kind}|{fmt}")
            return v["median"] if v else float("nan")
        for kind in KINDS:
            k, c, m = med("kpi", kind, "png"), med("c", kind, "png"), med("matplotlib", kind, "png")
            rows.append(f"| {kind} PNG at most 0.5x the C + Cairo floor | {k / c:.2f}x ({ms(k)} vs {ms(c)} ms) | {goal(k / c <= 0.5)} |")
            rows.append(f"| {kind} PNG at least 30x faster than matplotlib in-process | {m / k:.0f}x ({ms(m)} vs {ms(k)} ms) | {goal(m / k >= 30)} |")
            for fmt in ["svg", "pdf"]:
                k, c = med("kpi", kind, fmt), med("c", kind, fmt)
                rows.append(f"| {kind} {FORMAT_NAMES[fmt]} at most 1.2x the C floor | {k / c:.2f}x ({ms(k)} vs {ms(c)} ms) | {goal(k / c <= 1.2)} |")
            for fmt in ["png", "svg", "pdf"]:
                k, r = med("kpi", kind, fmt), med("rrdtool", kind, fmt)
                rows.append(f"| {kind} {FORMAT_NAMES[fmt]} faster than RRDtool | {ms(k)} vs {ms(r)} ms | {goal(k < r)} |")
    if pack and not pack.get("skipped"):
        cores = pack["jobs"][-1]
        v = pack["times"].get(f"40|{cores}")
        if v:
            rows.append(f"| 40-indicator pack under 0.5 s wall ({cores} jobs) | {v['median'] / 1000:.2f} s | {goal(v['median'] < 500)} |")
    else:
        rows.append("| 40-indicator pack under 0.5 s wall | not measured yet | – |")
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
    parser.add_argument("--whole-rounds", type=int, default=8)
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
