#!/usr/bin/env python3
"""Crash and concurrency harnesses for the kpi store (Python 3 standard library only).

    reliability.py kill-loop   [--iterations N] [--seconds S] [--seed X] [--kpi PATH] [--keep]
    reliability.py concurrency [--rounds R] [--writers W] [--seconds S] [--seed X] [--kpi PATH] [--keep]
    reliability.py self-test   [--kpi PATH]

kill-loop: first runs the oracle's self-test (oracle.py: hand-made corrupted stores it must flag,
crash leftovers it must accept, kpi agreeing with the reader on each). Then each iteration starts one
random `kpi record` or `kpi import` (of rows for several indicators at once, with or without
--revise) against a scratch store and kills it: at a named crash point (KPI_CRASH_AT=journal-written,
half-appended or applied), inside the append (KPI_CRASH_AT=slow-append writes it 16 bytes a
millisecond; the loop waits for the committed journal and the first byte appended, then kills
within the append), with SIGKILL at a
random moment, or not at all. Every attempted row carries a value no other row has, so each figure
in the store can be traced to the command that wrote it.

The store is read by series_reader.py, an independent reader written from docs/series-format.md
that shares no code with kpi. After each kill the loop classifies where it landed from the files
on disk (before the journal, writing the journal, journal written, mid-append, applied but the
journal not removed, finished), and checks that:
  - a named crash point left the phase it names; the files hold only bytes the journal wrote;
    a torn line only where a committed journal will finish it;
  - the reader's recovery (a committed journal applied, an uncommitted one dropped) leaves every
    file parseable, and kpi's recovery (by `kpi check`, a reader, after every other kill; by the
    next write, a probe record, after the rest) leaves exactly the same bytes;
  - every command that exited 0 has all its rows in, exactly as given, and recorded by $KPI_USER;
  - every refused command has none; every killed command is wholly in or wholly out (in when it
    was killed after its journal was committed, out before), and stays that way;
  - no figure appears that no command attempted, and none twice; every file only grew;
  - `kpi check` and `kpi export` agree with the reader (the same files flagged, the same lines).
After each command that was not killed the reader's checks run alone. It prints how many kills
landed in each phase, by kind of kill.

concurrency: each round starts W writer processes (records and imports, each command writing
its own periods) and readers (`kpi status --format csv`, `kpi check`, `kpi export`) against one
store at once. Every writer must succeed; afterwards the store, as series_reader.py reads it, must
hold exactly the attempted rows, once each, every file must parse, and `kpi check` and `kpi export`
must agree with the reader. Readers must never fail and never see a torn or partial line: every CSV they
get parses with the right number of fields, and each reader's exports only ever grow. It also
checks that a writer that cannot get the lock in time exits 75 with the documented message.

Both print one summary line (`kill-loop: 400 kills, 0 violations`) and exit 1 on any violation.
The kpi binary is --kpi, else $KPI_BIN, else .build/debug/kpi (or .build/release/kpi).
"""

import argparse
import csv
import fcntl
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True   # no __pycache__ beside the scripts
import oracle  # noqa: E402
import series_reader as reader  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NOTE_ALPHABET = list("abcXYZ 019,;\"'<>&=|*#") + ["\n", "\r\n", "\t", "\x1b", "é", "€", "😀", "\\", "\u2028"]


def find_kpi(given):
    for candidate in [given, os.environ.get("KPI_BIN"),
                      os.path.join(ROOT, ".build/debug/kpi"), os.path.join(ROOT, ".build/release/kpi")]:
        if candidate and os.access(candidate, os.X_OK):
            return os.path.abspath(candidate)
    sys.exit("reliability: no kpi binary; build it (swift build) or pass --kpi PATH")


def period(index):
    """The index-th quarter from 2000/01 Q1, in one of the spellings people type."""
    year, quarter = 2000 + index // 4, index % 4 + 1
    return f"{year}/{(year + 1) % 100:02d} Q{quarter}"


class KPI:
    def __init__(self, binary, store):
        self.binary = binary
        self.store = store
        self.env = dict(os.environ, NO_COLOR="1", KPI_LOCK_TIMEOUT="60")
        self.env.pop("KPI_STORE", None)
        self.env.pop("KPI_CRASH_AT", None)

    def command(self, args):
        return [self.binary] + args + ["--store", self.store] if args[0] != "record" else \
            [self.binary, "record", "--store", self.store] + args[1:]

    def start(self, args, env=None, stdin=None):
        return subprocess.Popen(self.command(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, env=dict(self.env, **(env or {})), cwd=os.path.dirname(self.store))

    def run(self, args, env=None, timeout=120):
        process = self.start(args, env)
        out, err = process.communicate(timeout=timeout)
        return process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")

    def must(self, args):
        code, out, err = self.run(args)
        if code != 0:
            sys.exit(f"reliability: setup failed: kpi {' '.join(args)} exited {code}: {err.strip()}")
        return out


def make_store(kpi, indicators):
    kpi.must(["init"])
    for ident in indicators:
        kpi.must(["define", ident, "--title", f"Indicator {ident} <b>&\"x\"", "--unit", "number", "--better", "higher",
                  "--recorded-at", "2000-01-01"])


class Violations:
    def __init__(self, limit=30):
        self.items = []
        self.limit = limit
        self.lock = threading.Lock()

    def add(self, text):
        with self.lock:
            self.items.append(text)
            if len(self.items) <= self.limit:
                print("VIOLATION: " + text, file=sys.stderr, flush=True)

    def __len__(self):
        return len(self.items)


# ---------------------------------------------------------------------------------------------
# kill loop

KILL_LOOP_USER = 'Kill "loop" \\ é'   # who records every kill-loop line: exercises the quoting of `by`
MODES = ("random", "aimed", "crash-point")


def aim_at_append(process, store, rng):
    """Waits for the journal to be committed and the first file to grow, then kills within the
    slow append (KPI_CRASH_AT=slow-append: 16 bytes a millisecond). False when the command ended first."""
    appends = None
    while process.poll() is None and appends is None:
        try:
            with open(os.path.join(store, reader.JOURNAL), "rb") as handle:
                journal = reader.read_journal(handle.read())
            appends = journal.appends if journal.state == "committed" else None
        except FileNotFoundError:
            pass
        time.sleep(0.0005)
    if appends is None:
        return False
    name, prior, _ = appends[0]
    while process.poll() is None:
        try:
            if os.path.getsize(os.path.join(store, name)) > prior:
                break
        except FileNotFoundError:
            pass
        time.sleep(0.0002)
    time.sleep(rng.uniform(0, 1.1 * sum(len(body) for _, _, body in appends) / 16 * 0.0011))
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    return True


def kill_loop(args):
    rng = random.Random(args.seed)
    binary = find_kpi(args.kpi)
    violations = Violations()
    failures, cases = oracle.self_test(binary)
    for failure in failures:
        violations.add("oracle self-test: " + failure)
    print(f"kill-loop: oracle self-test: {cases} hand-made stores ({cases - 5} corrupted, 5 crash leftovers), "
          f"{len(failures)} failures", flush=True)
    workdir = tempfile.mkdtemp(prefix="kpi-kill-loop-")
    store = os.path.join(workdir, "Series")
    kpi = KPI(binary, store)
    kpi.env["KPI_USER"] = KILL_LOOP_USER
    indicators = ["A01", "A02", "B01", "B02", "C.1", "D_1"]
    make_store(kpi, indicators + ["PROBE"])
    ledger = oracle.Ledger()
    numbers = iter(range(1, 1 << 30))
    probes = [0]

    def probe():
        """A record into PROBE: the first write after a kill, which must succeed."""
        index = probes[0]
        probes[0] += 1
        attempt = oracle.Attempt(next(numbers), "probe", [("PROBE", period(index), str(900_000_000 + index), None)])
        ledger.add(attempt)
        attempt.code, _, err = kpi.run(["record", "PROBE", period(index), str(900_000_000 + index)])
        return attempt.code, err

    # Calibrate: how long one write takes, so random kills land in every phase of it.
    started = time.monotonic()
    for _ in range(3):
        if probe()[0] != 0:
            sys.exit("kill-loop: setup failed: a first record exited non-zero")
    write_time = (time.monotonic() - started) / 3
    durations = {"record": write_time, "import": write_time * 1.2}

    next_token = 1
    stats = dict(iterations=0, kills=0, finished_before_kill=0, unkilled=0, journal_left=0, torn_left=0,
                 succeeded=0, refused=0, rows=0, read_recoveries=0, write_recoveries=0, agreements=0)
    kills = {mode: {phase: 0 for phase in oracle.PHASES} for mode in MODES}
    crash_points = {name: 0 for name in oracle.CRASH_PHASE}
    deadline = time.monotonic() + args.seconds if args.seconds else None
    iterations = args.iterations if args.iterations is not None else (10**9 if args.seconds else 500)
    before = reader.read_store(store, pending=True).raw

    def note():
        if rng.random() < 0.4:
            return None
        text = "".join(rng.choice(NOTE_ALPHABET) for _ in range(rng.randint(1, 12)))
        return "n" + text   # never starts with - (an option) or ' (the export's apostrophe)

    def value(token):
        text = str(token) + rng.choice(["", ".5", ".25", ".125"])
        return "-" + text if rng.random() < 0.2 else text

    def verify(context, with_kpi):
        """The store as the reader finds it against the ledger and the previous state (rule 1,
        append only); with kpi, its check and export must agree with the reader."""
        nonlocal before
        view = reader.read_store(store)
        found = [f"{context}: {text}" for text in view.all_problems() + ledger.check(view.observations(), by=KILL_LOOP_USER)]
        if view.journal.state != "none":
            found.append(f"{context}: a journal is left ({view.journal.state}) after a command that finished")
        for name, data in before.items():
            if not view.raw.get(name, b"").startswith(data):
                found.append(f"{context}: {name} no longer starts with the {len(data)} bytes it held before (append only)")
        if with_kpi:
            code, _, err = kpi.run(["check"])
            disagreements = oracle.compare_check(view, code, err) + oracle.compare_export(view, *kpi.run(["export"]))
            found += [f"{context}: {text}" for text in disagreements]
            stats["agreements"] += not disagreements
        for text in found:
            violations.add(text)
        before = view.raw

    def after_kill(attempt, mode, sizes_before):
        """Classifies where the kill landed, checks what it left, then lets kpi recover: by a
        reader (kpi check) after every other kill, by the next write (a probe) after the rest."""
        raw = reader.read_store(store, pending=True)
        recovered = reader.read_store(store)
        attempt.phase, problems = oracle.classify(raw, sizes_before)
        kills[mode][attempt.phase] += 1
        context = f"after kill {attempt.number} ({mode}, {attempt.phase})"
        if attempt.crash_at and oracle.CRASH_PHASE[attempt.crash_at] != attempt.phase:
            problems.append(f"asked to die at {attempt.crash_at}, which leaves {oracle.CRASH_PHASE[attempt.crash_at]}")
        problems += recovered.all_problems()
        stats["journal_left"] += raw.journal.state != "none"
        stats["torn_left"] += any(series.torn is not None for series in raw.files.values())
        if stats["kills"] % 2 == 0:
            code, _, err = kpi.run(["check"])
            problems += oracle.compare_check(recovered, code, err)
            stats["read_recoveries"] += raw.journal.state != "none"
            expected = recovered.contents
        else:
            stats["write_recoveries"] += raw.journal.state != "none"
            expected = None
        disk = reader.read_store(store, pending=True)
        if expected is not None and (disk.raw != expected or disk.journal.state != "none"):
            differ = sorted(name for name in set(disk.raw) | set(expected) if disk.raw.get(name) != expected.get(name))
            problems.append(f"kpi's recovery left other files than the documented recovery: {differ}, journal {disk.journal.state}")
        code, err = probe()
        if code != 0:
            problems.append(f"the next write (a probe record) exited {code}: {err.strip()[:300]}")
        if expected is None:
            disk = reader.read_store(store, pending=True)
            differ = sorted(name for name in set(disk.raw) | set(recovered.contents)
                            if name != "PROBE.kpi" and disk.raw.get(name) != recovered.contents.get(name))
            if differ or not disk.raw["PROBE.kpi"].startswith(recovered.contents["PROBE.kpi"]):
                problems.append(f"the next write's recovery left other files than the documented recovery: {differ or ['PROBE.kpi']}")
        for text in problems:
            violations.add(f"{context}: {text}")
        verify(context, with_kpi=True)

    number = 0
    while number < iterations and (deadline is None or time.monotonic() < deadline):
        number += 1
        stats["iterations"] += 1
        revise = rng.random() < 0.35
        if rng.random() < 0.4:
            rows = [(rng.choice(indicators), period(rng.randrange(120)), value(next_token), note())]
            next_token += 1
            kind = "record"
            command = ["record", rows[0][0], rows[0][1]]
            if rows[0][3] is not None:
                command += ["--note", rows[0][3]]
            if revise:
                command.append("--revise")
            command += ["--", rows[0][2]]
        else:
            rows = []
            for indicator in rng.sample(indicators, rng.randint(2, 4)):
                for _ in range(rng.randint(1, 3)):
                    rows.append((indicator, period(rng.randrange(120)), value(next_token), note()))
                    next_token += 1
            kind = "import"
            path = os.path.join(workdir, f"import-{number}.csv")
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, lineterminator=rng.choice(["\n", "\r\n"]))
                writer.writerow(["indicator", "period", "value", "note", "recorded_at"])
                for indicator, per, val, nt in rows:
                    writer.writerow([indicator, per, val, nt or "", ""])
            command = ["import", path] + (["--revise"] if revise else [])
        attempt = oracle.Attempt(next(numbers), kind, rows)
        ledger.add(attempt)
        stats["rows"] += len(rows)
        sizes_before = {name: len(data) for name, data in before.items()}

        # 20% at a named crash point; 30% slowed (slow-append) and killed inside the append;
        # 42% killed at a random moment; 8% left to finish.
        roll = rng.random()
        mode = "crash-point" if roll < 0.20 else "aimed" if roll < 0.50 else "random" if roll < 0.92 else None
        env = {}
        if mode == "crash-point":
            attempt.crash_at = env["KPI_CRASH_AT"] = rng.choice(sorted(oracle.CRASH_PHASE))
        elif mode == "aimed":
            env["KPI_CRASH_AT"] = "slow-append"
        launched = time.monotonic()
        process = kpi.start(command, env)
        killed = False
        if mode == "aimed":
            killed = aim_at_append(process, store, rng)
        elif mode == "random":
            # Half the kills anywhere in the first 20 ms (most of it start-up), half near the end
            # of a typical run of this kind of command, where the journal and appends are written.
            if rng.random() < 0.5:
                delay = rng.uniform(0, 0.020)
            else:
                delay = rng.uniform(0.7, 1.05) * durations[kind]
            time.sleep(max(0, delay - (time.monotonic() - launched)))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed = True
        out, err = process.communicate(timeout=120)
        attempt.code = process.returncode
        if attempt.code == 0 and not killed and mode != "aimed":
            durations[kind] = 0.8 * durations[kind] + 0.2 * (time.monotonic() - launched)
        if attempt.code == -9:
            stats["kills"] += 1
            if attempt.crash_at:
                crash_points[attempt.crash_at] += 1
            after_kill(attempt, mode, sizes_before)
            continue
        if killed:
            stats["finished_before_kill"] += 1
        elif mode is None:
            stats["unkilled"] += 1
        stats["succeeded" if attempt.code == 0 else "refused"] += 1
        if attempt.code not in (0, 65):
            violations.add(f"attempt {attempt.number} ({kind}) exited {attempt.code}: {err.decode('utf-8', 'replace').strip()[:300]}")
        if b"Fatal error" in err or b"Swift runtime failure" in err:
            violations.add(f"attempt {attempt.number} crashed: {err.decode('utf-8', 'replace')[:300]}")
        if attempt.crash_at and attempt.code == 0:
            violations.add(f"attempt {attempt.number} asked to die at {attempt.crash_at} but exited 0")
        verify(f"after attempt {attempt.number} (exit {attempt.code})", with_kpi=False)

    verify("at the end", with_kpi=True)
    code, out, err = kpi.run(["status", "--format", "csv"])
    if code != 0:
        violations.add(f"at the end: kpi status exited {code}: {err.strip()[:300]}")
    view = reader.read_store(store)
    lines = view.observations()
    summary = ledger.summary()

    print(f"kill-loop: {stats['iterations']} commands ({stats['rows']} rows); a record takes ~{durations['record'] * 1000:.0f} ms, "
          f"an import ~{durations['import'] * 1000:.0f} ms; random kills at 0-20 ms or 70-105% of that, aimed ones "
          f"inside a slowed append (KPI_CRASH_AT=slow-append), crash points "
          + ", ".join(f"{count} at {name}" for name, count in crash_points.items()), flush=True)
    print(f"kill-loop: {stats['kills']} kills; {stats['finished_before_kill']} finished before their kill, "
          f"{stats['unkilled']} not killed; {stats['succeeded']} exited 0, {stats['refused']} refused", flush=True)
    print("kill-loop: where the kills landed, classified from the store on disk:", flush=True)
    print(f"kill-loop:   {'phase':<16}" + "".join(f"{mode:>12}" for mode in MODES) + f"{'all':>8}", flush=True)
    for phase in oracle.PHASES:
        counts = [kills[mode][phase] for mode in MODES]
        print(f"kill-loop:   {phase:<16}" + "".join(f"{count:>12}" for count in counts) + f"{sum(counts):>8}", flush=True)
    print(f"kill-loop: after kills: {stats['journal_left']} left a journal (finished by kpi check {stats['read_recoveries']} times, "
          f"by the next write {stats['write_recoveries']} times), {stats['torn_left']} left a torn line, "
          f"{view.recovered} torn tails set aside", flush=True)
    print(f"kill-loop: the reader sees {sum(1 for line in lines if line[6] == 'value')} value and "
          f"{sum(1 for line in lines if line[6] == 'revise')} revise lines in {len(view.files)} files; against the ledger: "
          f"{summary['acknowledged_in']} of {summary['acknowledged']} commands that exited 0 wholly in ({summary['probes']} of them probes), "
          f"{summary['killed_in']} killed ones wholly in and {summary['killed_out']} wholly out, "
          f"{summary['refused_in']} of {summary['refused']} refused ones in; kpi check and export agreed with it "
          f"{stats['agreements']} times", flush=True)
    print(f"kill-loop: {stats['kills']} kills, {len(violations)} violations", flush=True)
    if args.keep or violations:
        print(f"kill-loop: store kept in {workdir}", file=sys.stderr)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if violations else 0


# ---------------------------------------------------------------------------------------------
# concurrency

def concurrency(args):
    rng = random.Random(args.seed)
    workdir = tempfile.mkdtemp(prefix="kpi-concurrency-")
    binary = find_kpi(args.kpi)
    violations = Violations()
    stats = dict(rounds=0, writes=0, rows=0, reads=0, busy=0)
    indicators = ["W1", "W2", "W3", "W4"]
    commands_per_writer = args.commands
    deadline = time.monotonic() + args.seconds if args.seconds else None

    # A writer that cannot get the lock in time: exit 75 and the documented first line.
    store = os.path.join(workdir, "busy", "Series")
    os.makedirs(os.path.dirname(store))
    kpi = KPI(binary, store)
    make_store(kpi, ["W1"])
    before = {name: open(os.path.join(store, name), "rb").read() for name in os.listdir(store) if name != ".lock"}
    with open(os.path.join(store, ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for command in (["record", "W1", "2021/22 Q1", "5"], ["status"]):
            code, _, err = kpi.run(command, env={"KPI_LOCK_TIMEOUT": "0.5"})
            expected = f"kpi: error: {store}: store busy: another kpi command has held its lock for 0.5 s; try again when it has finished"
            if code != 75 or err.splitlines()[:1] != [expected]:
                violations.add(f"busy store: kpi {command[0]} exited {code} with {err.strip()[:200]!r}, expected 75 and {expected!r}")
            else:
                stats["busy"] += 1
    after = {name: open(os.path.join(store, name), "rb").read() for name in os.listdir(store) if name != ".lock"}
    if before != after:
        violations.add("busy store: a refused writer changed the store")

    round_number = 0
    while round_number < args.rounds and (deadline is None or time.monotonic() < deadline):
        round_number += 1
        stats["rounds"] += 1
        store = os.path.join(workdir, f"round-{round_number}", "Series")
        os.makedirs(os.path.dirname(store))
        kpi = KPI(binary, store)
        make_store(kpi, indicators)
        kpi.must(["record", "W1", period(0), "1"])
        expected = {("W1", period(0), "1")}
        plans = []
        for writer in range(args.writers):
            plan = []
            for step in range(commands_per_writer):
                base = 1 + (writer * commands_per_writer + step) * 4
                token = 1000 * (writer + 1) + step * 10
                if rng.random() < 0.5:
                    indicator = rng.choice(indicators)
                    row = (indicator, period(base), f"{token}.5")
                    plan.append((["record", indicator, row[1], row[2], "--note", f"writer {writer}, step {step}\nline 2"], [row]))
                else:
                    rows = [(indicator, period(base + offset), f"{token + offset}")
                            for offset, indicator in enumerate(rng.sample(indicators, 3))]
                    path = os.path.join(workdir, f"round-{round_number}", f"w{writer}-s{step}.csv")
                    with open(path, "w", newline="") as handle:
                        out = csv.writer(handle, lineterminator="\r\n")
                        out.writerow(["indicator", "period", "value", "note"])
                        for row in rows:
                            out.writerow(list(row) + [f"import by {writer}, \"quoted\""])
                    plan.append((["import", path], rows))
                expected.update(plan[-1][1])
            plans.append(plan)

        done = threading.Event()

        def write(plan, writer):
            for command, rows in plan:
                code, _, err = kpi.run(command)
                with violations.lock:
                    stats["writes"] += 1
                    stats["rows"] += len(rows)
                if code != 0:
                    violations.add(f"round {round_number}: writer {writer}: kpi {command[0]} exited {code}: {err.strip()[:300]}")

        def read(reader):
            seen = set()
            step = 0
            while True:
                finished = done.is_set()
                command = [["status", "--format", "csv"], ["check"], ["export"]][(step + reader) % 3]
                step += 1
                code, out, err = kpi.run(command)
                with violations.lock:
                    stats["reads"] += 1
                if code != 0:
                    violations.add(f"round {round_number}: reader {reader}: kpi {command[0]} exited {code}: {err.strip()[:300]}")
                elif err.strip():
                    violations.add(f"round {round_number}: reader {reader}: kpi {command[0]} warned: {err.strip()[:300]}")
                elif command[0] == "status":
                    rows = list(csv.reader(io.StringIO(out, newline="")))
                    # Every row as wide as the header (16 columns since the year-end fields).
                    width = len(rows[0]) if rows and rows[0][:2] == ["id", "title"] else -1
                    if not out.endswith("\r\n") or any(len(row) != width for row in rows) or len(rows) != len(indicators) + 1:
                        violations.add(f"round {round_number}: reader {reader}: status CSV torn: {out[:300]!r}")
                elif command[0] == "export":
                    try:
                        now = {tuple(row[:3]) for row in oracle.parse_export(out)}
                    except ValueError as error:
                        violations.add(f"round {round_number}: reader {reader}: export torn: {error}")
                        continue
                    if not now <= expected:
                        violations.add(f"round {round_number}: reader {reader}: export holds rows nobody wrote: {sorted(now - expected)[:3]}")
                    if not seen <= now:
                        violations.add(f"round {round_number}: reader {reader}: rows disappeared between two reads: {sorted(seen - now)[:3]}")
                    seen = now
                if finished:
                    return

        threads = [threading.Thread(target=write, args=(plan, index)) for index, plan in enumerate(plans)]
        readers = [threading.Thread(target=read, args=(index,)) for index in range(args.readers)]
        for thread in readers + threads:
            thread.start()
        for thread in threads:
            thread.join()
        done.set()
        for thread in readers:
            thread.join()

        # The store as the independent reader finds it: every file parses, each attempted row once.
        view = reader.read_store(store)
        got = [(ident, period, figure) for ident, period, figure, *_ in view.observations()]
        for problem in view.all_problems():
            violations.add(f"round {round_number}: {problem}")
        if len(got) != len(set(got)):
            violations.add(f"round {round_number}: duplicated rows: {[row for row in set(got) if got.count(row) > 1][:3]}")
        if set(got) != expected:
            violations.add(f"round {round_number}: lost {sorted(expected - set(got))[:3]}, unexpected {sorted(set(got) - expected)[:3]}")
        code, _, err = kpi.run(["check"])
        for text in oracle.compare_check(view, code, err) + oracle.compare_export(view, *kpi.run(["export"])):
            violations.add(f"round {round_number}: {text}")
        if not violations.items and not args.keep:
            shutil.rmtree(os.path.dirname(store), ignore_errors=True)

    print(f"concurrency: {stats['rounds']} rounds of {args.writers} writers x {commands_per_writer} commands "
          f"and {args.readers} readers: {stats['writes']} writes ({stats['rows']} rows), {stats['reads']} reads; "
          f"busy store refused with 75: {stats['busy']} of 2", flush=True)
    print(f"concurrency: {stats['rounds']} rounds, {len(violations)} violations", flush=True)
    if args.keep or violations:
        print(f"concurrency: stores kept in {workdir}", file=sys.stderr)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if violations else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    kill = sub.add_parser("kill-loop", help="kill writers at random moments and check the store after each kill")
    kill.add_argument("--iterations", type=int, default=None, help="commands to start (default 500, about 280 kills; unlimited with --seconds)")
    kill.add_argument("--seconds", type=float, default=None, help="stop after this long")
    con = sub.add_parser("concurrency", help="many writers and readers at once")
    con.add_argument("--rounds", type=int, default=20)
    con.add_argument("--writers", type=int, default=8)
    con.add_argument("--readers", type=int, default=2)
    con.add_argument("--commands", type=int, default=4, help="commands per writer per round")
    con.add_argument("--seconds", type=float, default=None, help="stop starting rounds after this long")
    test = sub.add_parser("self-test", help="the oracle on hand-made corrupted stores (the kill loop runs it first)")
    test.add_argument("--kpi", default=None, help="the kpi binary that must agree with the reader")
    for each in (kill, con):
        each.add_argument("--seed", type=int, default=None)
        each.add_argument("--kpi", default=None, help="the kpi binary")
        each.add_argument("--keep", action="store_true", help="keep the scratch stores")
    args = parser.parse_args()
    if args.command == "self-test":
        failures, count = oracle.self_test(find_kpi(args.kpi))
        for name, _, phrase, phase, _ in oracle.self_test_cases():
            print(f"self-test: {name}: " + (f"must be flagged ({phrase})" if phrase else f"must be accepted ({phase or 'no journal'})"))
        for failure in failures:
            print(f"self-test: FAILED: {failure}")
        print(f"self-test: {count} stores, {len(failures)} failures", flush=True)
        sys.exit(1 if failures else 0)
    if args.seed is None:
        args.seed = random.randrange(1 << 30)
    print(f"{args.command}: seed {args.seed}", flush=True)
    sys.exit(kill_loop(args) if args.command == "kill-loop" else concurrency(args))


if __name__ == "__main__":
    main()
