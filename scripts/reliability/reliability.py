#!/usr/bin/env python3
"""Crash and concurrency harnesses for the kpi store (Python 3 standard library only).

    reliability.py kill-loop   [--iterations N] [--seconds S] [--seed X] [--kpi PATH] [--keep]
    reliability.py concurrency [--rounds R] [--writers W] [--seconds S] [--seed X] [--kpi PATH] [--keep]

kill-loop: each iteration starts one random `kpi record` or `kpi import` (of rows for several
indicators at once, with or without --revise) against a scratch store and kills it: with SIGKILL
after a random delay, or by asking it to kill itself at a named point of the write
(KPI_CRASH_AT=journal-written, half-appended or applied), or not at all. Every attempted row carries a value
no other row has, so each figure in the store can be traced to the command that wrote it.
After each kill it checks that:
  - the next write command (a probe record) succeeds by itself, recovering what was left;
  - `kpi check` then passes (no torn line, no waiting journal, no bad line);
  - every command that exited 0 has all its rows in `kpi export`, exactly as given;
  - every command that was refused (any other exit) has none of them;
  - every killed command is wholly in or wholly out (and wholly in when it was killed after
    its journal was committed), and stays that way in every later check;
  - no figure appears that no command attempted, and none appears twice.

concurrency: each round starts W writer processes (records and imports, each command writing
its own periods) and readers (`kpi status --format csv`, `kpi check`, `kpi export`) against one
store at once. Every writer must succeed; afterwards the store must hold exactly the attempted
rows, once each. Readers must never fail and never see a torn or partial line: every CSV they
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


def canonical_note(note):
    """What `kpi export` prints for a note, after undoing its spreadsheet apostrophe."""
    if note.startswith("'") and len(note) > 1 and note[1] in "=+-@\t\r":
        return note[1:]
    return note


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


def parse_export(text):
    """Rows of `kpi export` as (indicator, period, value, note, recorded_at, by); raises on a torn row."""
    if not text.endswith("\r\n"):
        raise ValueError("export does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != ["indicator", "period", "value", "note", "recorded_at", "by"]:
        raise ValueError(f"export header is {rows[:1]}")
    for row in rows[1:]:
        if len(row) != 6:
            raise ValueError(f"export row with {len(row)} fields: {row}")
    return rows[1:]


def token_of(value):
    """The attempt number carried by a figure written as [-]TOKEN or [-]TOKEN.DD."""
    return int(value.lstrip("-").split(".")[0])


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

class Attempt:
    def __init__(self, number, kind, rows, revise):
        self.number = number
        self.kind = kind        # "record" or "import"
        self.rows = rows        # [(indicator, period, value, note)]
        self.revise = revise
        self.code = None
        self.crash_at = None
        self.killed = False     # SIGKILL landed while it ran
        self.state = None       # "in" or "out" once known


def kill_loop(args):
    rng = random.Random(args.seed)
    workdir = tempfile.mkdtemp(prefix="kpi-kill-loop-")
    store = os.path.join(workdir, "Series")
    kpi = KPI(find_kpi(args.kpi), store)
    indicators = ["A01", "A02", "B01", "B02", "C.1", "D_1"]
    make_store(kpi, indicators + ["PROBE"])
    violations = Violations()

    # Calibrate: how long one write takes, so random kills land in every phase of it.
    started = time.monotonic()
    for index in range(3):
        kpi.must(["record", "PROBE", period(index), str(900_000_000 + index)])
    write_time = (time.monotonic() - started) / 3
    durations = {"record": write_time, "import": write_time * 1.2}
    probes = 3

    attempts = {}
    by_token = {}
    next_token = 1
    stats = dict(iterations=0, kills=0, timer_kills=0, **{"crash_journal-written": 0, "crash_half-appended": 0, "crash_applied": 0}, unkilled=0,
                 finished_before_kill=0, journal_left=0, torn_left=0, killed_in=0, killed_out=0,
                 succeeded=0, refused=0, rows=0, recoveries=0, checks=0)
    deadline = time.monotonic() + args.seconds if args.seconds else None
    iterations = args.iterations if args.iterations is not None else (10**9 if args.seconds else 500)

    def note():
        if rng.random() < 0.4:
            return None
        text = "".join(rng.choice(NOTE_ALPHABET) for _ in range(rng.randint(1, 12)))
        return "n" + text   # never starts with - (an option) or ' (the export's apostrophe)

    def value(token):
        text = str(token) + rng.choice(["", ".5", ".25", ".125"])
        return "-" + text if rng.random() < 0.2 else text

    def verify(context):
        """The invariants, checked against `kpi export` and the attempts so far."""
        code, out, err = kpi.run(["export"])
        if code != 0:
            violations.add(f"{context}: kpi export exited {code}: {err.strip()[:300]}")
            return
        try:
            rows = parse_export(out)
        except ValueError as error:
            violations.add(f"{context}: export unreadable: {error}")
            return
        present = {}
        for indicator, per, val, nt, _, _ in rows:
            token = token_of(val)
            if indicator == "PROBE":
                if token < 900_000_000 or token >= 900_000_000 + probes:
                    violations.add(f"{context}: PROBE holds {val}, which no probe recorded")
                present.setdefault(("PROBE", token), 0)
                present[("PROBE", token)] += 1
                continue
            expected = by_token.get(token)
            if expected is None:
                violations.add(f"{context}: {indicator} {per} {val}: a value no command attempted")
                continue
            attempt, row = expected
            if (indicator, per, val, canonical_note(nt)) != (row[0], row[1], row[2], row[3] or ""):
                violations.add(f"{context}: row {indicator},{per},{val},{nt!r} differs from what attempt {attempt.number} gave: {row}")
            present[token] = present.get(token, 0) + 1
        for key, count in present.items():
            if count > 1:
                violations.add(f"{context}: value {key} appears {count} times")
        for index in range(probes):
            if ("PROBE", 900_000_000 + index) not in present:
                violations.add(f"{context}: probe {index} (exit 0) is missing")
        for attempt in attempts.values():
            tokens = [token_of(row[2]) for row in attempt.rows]
            count = sum(1 for token in tokens if token in present)
            whole = "in" if count == len(tokens) else "out" if count == 0 else None
            if whole is None:
                violations.add(f"{context}: attempt {attempt.number} ({attempt.kind}, exit {attempt.code}) is partly in: {count} of {len(tokens)} rows")
                continue
            if attempt.code == 0 and whole != "in":
                violations.add(f"{context}: attempt {attempt.number} ({attempt.kind}) exited 0 but its rows are missing")
            if attempt.code not in (0, -9) and whole != "out":
                violations.add(f"{context}: attempt {attempt.number} ({attempt.kind}) was refused (exit {attempt.code}) but its rows are in")
            if attempt.code == -9 and attempt.crash_at and whole != "in":
                violations.add(f"{context}: attempt {attempt.number} killed at {attempt.crash_at}, after its journal was committed, is not in")
            if attempt.state is None:
                attempt.state = whole
                if attempt.code == -9:
                    stats["killed_in" if whole == "in" else "killed_out"] += 1
            elif attempt.state != whole:
                violations.add(f"{context}: attempt {attempt.number} was {attempt.state} and is now {whole}")

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
        attempt = Attempt(number, kind, rows, revise)
        attempts[number] = attempt
        for row in rows:
            by_token[token_of(row[2])] = (attempt, row)
        stats["rows"] += len(rows)

        mode = rng.random()
        env = {}
        if mode < 0.30:
            attempt.crash_at = env["KPI_CRASH_AT"] = rng.choice(["journal-written", "half-appended", "applied"])
        launched = time.monotonic()
        process = kpi.start(command, env)
        if mode >= 0.30 and mode < 0.92:
            # Half the kills anywhere in the first 20 ms (most of it start-up), half near the end
            # of a typical run of this kind of command, where the journal and appends are written.
            if rng.random() < 0.5:
                delay = rng.uniform(0, 0.020)
            else:
                delay = rng.uniform(0.7, 1.05) * durations[kind]
            time.sleep(max(0, delay - (time.monotonic() - launched)))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                attempt.killed = True
        out, err = process.communicate(timeout=120)
        attempt.code = process.returncode
        if attempt.code == 0 and not attempt.killed:
            durations[kind] = 0.8 * durations[kind] + 0.2 * (time.monotonic() - launched)
        if attempt.code == -9:
            stats["kills"] += 1
            if attempt.crash_at:
                stats["crash_" + attempt.crash_at] += 1
            else:
                stats["timer_kills"] += 1
        else:
            if attempt.killed:
                stats["finished_before_kill"] += 1
            elif mode >= 0.92:
                stats["unkilled"] += 1
            stats["succeeded" if attempt.code == 0 else "refused"] += 1
            if attempt.code not in (0, 65):
                violations.add(f"attempt {number} ({kind}) exited {attempt.code}: {err.decode('utf-8', 'replace').strip()[:300]}")
            if b"Fatal error" in err or b"Swift runtime failure" in err:
                violations.add(f"attempt {number} crashed: {err.decode('utf-8', 'replace')[:300]}")
            if attempt.crash_at and attempt.code == 0:
                violations.add(f"attempt {number} asked to die at {attempt.crash_at} but exited 0")

        if attempt.code != -9:
            continue
        # After a kill: what was left, then the next write must recover by itself.
        if os.path.exists(os.path.join(store, ".journal")):
            stats["journal_left"] += 1
        for name in os.listdir(store):
            if name.endswith(".kpi"):
                with open(os.path.join(store, name), "rb") as handle:
                    data = handle.read()
                if data and not data.endswith(b"\n"):
                    stats["torn_left"] += 1
                    break
        code, _, err = kpi.run(["record", "PROBE", period(probes), str(900_000_000 + probes)])
        if code != 0:
            violations.add(f"after kill {number}: the next write (a probe record) exited {code}: {err.strip()[:300]}")
        else:
            probes += 1
            if "journal" in err:
                stats["recoveries"] += 1
        code, out, err = kpi.run(["check"])
        stats["checks"] += 1
        if code != 0:
            violations.add(f"after kill {number}: kpi check exited {code}: {err.strip()[:500]}")
        verify(f"after kill {number}")

    verify("at the end")
    code, out, err = kpi.run(["status", "--format", "csv"])
    if code != 0:
        violations.add(f"at the end: kpi status exited {code}: {err.strip()[:300]}")
    recovered = os.path.join(store, ".recovered")
    set_aside = len(os.listdir(recovered)) if os.path.isdir(recovered) else 0

    print(f"kill-loop: {stats['iterations']} commands ({stats['rows']} rows); a record takes ~{durations['record'] * 1000:.0f} ms, "
          f"an import ~{durations['import'] * 1000:.0f} ms; timer kills at 0-20 ms or 70-105% of that", flush=True)
    print(f"kill-loop: {stats['timer_kills']} by SIGKILL mid-command, {stats['crash_journal-written']} at journal-written, "
          f"{stats['crash_half-appended']} at half-appended, {stats['crash_applied']} at applied; {stats['finished_before_kill']} finished before their kill, {stats['unkilled']} not killed; "
          f"{stats['succeeded']} exited 0, {stats['refused']} refused", flush=True)
    print(f"kill-loop: after kills: {stats['journal_left']} left a journal, {stats['torn_left']} left a torn line, "
          f"{stats['recoveries']} recovered by the next write, {stats['killed_in']} killed commands wholly in, "
          f"{stats['killed_out']} wholly out, {set_aside} torn tails set aside; {stats['checks']} checks", flush=True)
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
                    if not out.endswith("\r\n") or any(len(row) != 11 for row in rows) or len(rows) != len(indicators) + 1:
                        violations.add(f"round {round_number}: reader {reader}: status CSV torn: {out[:300]!r}")
                elif command[0] == "export":
                    try:
                        now = {tuple(row[:3]) for row in parse_export(out)}
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

        code, out, err = kpi.run(["export"])
        rows = parse_export(out) if code == 0 else []
        got = [tuple(row[:3]) for row in rows]
        if len(got) != len(set(got)):
            violations.add(f"round {round_number}: duplicated rows: {[row for row in set(got) if got.count(row) > 1][:3]}")
        if set(got) != expected:
            violations.add(f"round {round_number}: lost {sorted(expected - set(got))[:3]}, unexpected {sorted(set(got) - expected)[:3]}")
        for indicator in indicators:
            with open(os.path.join(store, indicator + ".kpi"), "rb") as handle:
                data = handle.read()
            lines = data.split(b"\n")
            if lines[-1] != b"" or any(not line or line.split(b" ")[0] not in
                                       (b"#", b"indicator", b"title", b"unit", b"better", b"decimals", b"value", b"target")
                                       for line in lines[:-1]):
                violations.add(f"round {round_number}: {indicator}.kpi holds a partial or interleaved line")
            wanted = sum(1 for row in expected if row[0] == indicator)
            found = data.count(b"\nvalue ")
            if found != wanted:
                violations.add(f"round {round_number}: {indicator}.kpi has {found} value lines, expected {wanted}")
        code, _, err = kpi.run(["check"])
        if code != 0 or os.path.exists(os.path.join(store, ".journal")):
            violations.add(f"round {round_number}: kpi check exited {code}: {err.strip()[:300]}")
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
    kill.add_argument("--iterations", type=int, default=None, help="commands to start (default 500, about 320 kills; unlimited with --seconds)")
    kill.add_argument("--seconds", type=float, default=None, help="stop after this long")
    con = sub.add_parser("concurrency", help="many writers and readers at once")
    con.add_argument("--rounds", type=int, default=20)
    con.add_argument("--writers", type=int, default=8)
    con.add_argument("--readers", type=int, default=2)
    con.add_argument("--commands", type=int, default=4, help="commands per writer per round")
    con.add_argument("--seconds", type=float, default=None, help="stop starting rounds after this long")
    for each in (kill, con):
        each.add_argument("--seed", type=int, default=None)
        each.add_argument("--kpi", default=None, help="the kpi binary")
        each.add_argument("--keep", action="store_true", help="keep the scratch stores")
    args = parser.parse_args()
    if args.seed is None:
        args.seed = random.randrange(1 << 30)
    print(f"{args.command}: seed {args.seed}", flush=True)
    sys.exit(kill_loop(args) if args.command == "kill-loop" else concurrency(args))


if __name__ == "__main__":
    main()
