"""The kill loop's oracle: what series_reader.py (which shares no code with kpi) finds in the store,
counted against what each command was told, with kpi's own `check` and `export` as a second opinion.

- Ledger: every attempted row carries a figure no other row has ([-]TOKEN or [-]TOKEN.DD), so each
  line in the store traces back to the command that wrote it. A command that exited 0 must be
  wholly in, a refused one wholly out, a killed one wholly in or wholly out (in when it was killed
  after its journal was committed), and it must stay that way; no line may carry a figure that was
  never attempted, none may appear twice, and each must hold exactly the attempt's period and note.
- classify(): which phase of the write a kill landed in, from what is on disk.
- compare_check() / compare_export(): the reader and kpi must agree on every store.
- self_test(): corrupted stores the oracle must flag, and crash leftovers it must accept.
"""

import csv
import io
import os
import shutil
import subprocess
import tempfile

import series_reader as reader

# The phases of a write command, in order, as a kill can leave them on disk.
PHASES = ("before-journal", "writing-journal", "journal-written", "mid-append", "applied", "finished")
# Where the command's rows must be after recovery, by phase.
LANDS = {"before-journal": "out", "writing-journal": "out", "journal-written": "in", "mid-append": "in",
         "applied": "in", "finished": "in"}
# The phase each named crash point (KPI_CRASH_AT) must leave.
CRASH_PHASE = {"journal-written": "journal-written", "half-appended": "mid-append", "applied": "applied"}
EXPORT_HEADER = ["indicator", "period", "value", "note", "recorded_at", "by"]


def token_of(value):
    """The attempt number carried by a figure written as [-]TOKEN or [-]TOKEN.DD."""
    return int(value.lstrip("-").split(".")[0])


class Attempt:
    def __init__(self, number, kind, rows):
        self.number = number
        self.kind = kind        # "record", "import" or "probe"
        self.rows = rows        # [(indicator, period, value, note or None)]
        self.code = None        # the exit status; -9 when killed
        self.crash_at = None    # the KPI_CRASH_AT point it was asked to die at
        self.phase = None       # where its kill landed (PHASES)
        self.state = None       # "in" or "out" once first seen


class Ledger:
    """What every command attempted and was told."""

    def __init__(self):
        self.attempts = {}
        self.by_token = {}

    def add(self, attempt):
        self.attempts[attempt.number] = attempt
        for row in attempt.rows:
            self.by_token[token_of(row[2])] = (attempt, row)

    def check(self, observations, by=None):
        """Violations of the ledger in these (reader) observations; fixes each attempt's state when first seen."""
        problems, seen = [], {}
        for ident, period, figure, note, _, who, _ in observations:
            found = self.by_token.get(token_of(figure))
            if found is None:
                problems.append(f"{ident} {period} {figure}: a value no command attempted")
                continue
            attempt, row = found
            if (ident, period, figure, note or None) != (row[0], row[1], row[2], row[3] or None):
                problems.append(f"{ident},{period},{figure},{note!r} differs from what attempt {attempt.number} "
                                f"gave: {row}")
            if by is not None and who != by:
                problems.append(f"{ident} {period} {figure}: recorded by {who!r}, expected {by!r}")
            seen[token_of(figure)] = seen.get(token_of(figure), 0) + 1
        for token, count in sorted(seen.items()):
            if count > 1:
                row = self.by_token[token][1]
                problems.append(f"{row[0]} {row[1]} {row[2]} appears {count} times")
        for attempt in self.attempts.values():
            if attempt.code is None:
                continue
            count = sum(1 for row in attempt.rows if token_of(row[2]) in seen)
            whole = "in" if count == len(attempt.rows) else "out" if count == 0 else None
            name = f"attempt {attempt.number} ({attempt.kind}, exit {attempt.code})"
            if whole is None:
                problems.append(f"{name} is partly in: {count} of {len(attempt.rows)} rows")
                continue
            if attempt.code == 0 and whole != "in":
                problems.append(f"{name} exited 0 but its rows are missing")
            if attempt.code not in (0, -9) and whole != "out":
                problems.append(f"{name} was refused but its rows are in")
            if attempt.code == -9 and attempt.phase and whole != LANDS[attempt.phase]:
                problems.append(f"{name} was killed in phase {attempt.phase} but is {whole}, "
                                f"expected {LANDS[attempt.phase]}")
            if attempt.state is None:
                attempt.state = whole
            elif attempt.state != whole:
                problems.append(f"{name} was {attempt.state} and is now {whole}")
        return problems

    def summary(self):
        """Counts of the commands by outcome and where their rows are."""
        ended = [attempt for attempt in self.attempts.values() if attempt.code is not None]

        def count(test):
            return sum(1 for attempt in ended if test(attempt))
        return {"acknowledged": count(lambda a: a.code == 0),
                "acknowledged_in": count(lambda a: a.code == 0 and a.state == "in"),
                "probes": count(lambda a: a.code == 0 and a.kind == "probe"),
                "killed_in": count(lambda a: a.code == -9 and a.state == "in"),
                "killed_out": count(lambda a: a.code == -9 and a.state == "out"),
                "refused": count(lambda a: a.code not in (0, -9)),
                "refused_in": count(lambda a: a.code not in (0, -9) and a.state != "out")}


def classify(raw, sizes_before):
    """The phase a kill landed in, from the store as found (read with pending=True), and any sign
    that the files hold bytes the protocol could not have left."""
    problems, journal = [], raw.journal
    if journal.state == "committed":
        touched = set()
        states = []
        for name, prior, body in journal.appends:
            touched.add(name)
            data = raw.raw.get(name, b"")
            if len(data) < prior or sizes_before.get(name, 0) != prior:
                problems.append(f"{name}: {len(data)} bytes, {sizes_before.get(name, 0)} before the command, "
                                f"but the journal's prior length is {prior}")
            tail = data[prior:]
            states.append("none" if not tail else "all" if tail == body else "part")
            if not body.startswith(tail):
                problems.append(f"{name}: the bytes after its prior length are not the start of the journal's "
                                f"append: {tail[:80]!r}")
        for name, data in raw.raw.items():
            if name not in touched and len(data) != sizes_before.get(name, 0):
                problems.append(f"{name}: changed ({sizes_before.get(name, 0)} -> {len(data)} bytes) "
                                "but not in the journal")
        phase = "journal-written" if set(states) == {"none"} else "applied" if set(states) == {"all"} else "mid-append"
        return phase, problems
    if journal.state in ("uncommitted", "damaged"):
        phase = "writing-journal"
    else:
        phase = "before-journal" if {name: len(data) for name, data in raw.raw.items()} == sizes_before else "finished"
    for name, series in raw.files.items():
        if series.torn is not None:
            problems.append(f"{name}: a torn final line with no committed journal to finish it")
    if journal.state == "damaged":
        problems.append(f"a damaged journal: {journal.problem}")
    return phase, problems


def spreadsheet_cell(text):
    """How `kpi export` writes a note or name (docs/series-format.md, CSV import and export)."""
    return "'" + text if text and text[0] in "=+-@\t\r" else text or ""


def export_rows(view):
    return [[ident, period, figure, spreadsheet_cell(note), recorded, spreadsheet_cell(by)]
            for ident, period, figure, note, recorded, by, _ in view.observations()]


def parse_export(text):
    """Rows of `kpi export` as (indicator, period, value, note, recorded_at, by); raises on a torn row."""
    if not text.endswith("\r\n"):
        raise ValueError("export does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != EXPORT_HEADER:
        raise ValueError(f"export header is {rows[:1]}")
    for row in rows[1:]:
        if len(row) != 6:
            raise ValueError(f"export row with {len(row)} fields: {row}")
    return rows[1:]


def compare_export(view, code, out, err):
    """The reader's value and revise lines against `kpi export`'s; a list of disagreements."""
    if code != 0:
        return [f"kpi export exited {code}: {err.strip()[:300]}"]
    try:
        theirs = parse_export(out)
    except ValueError as error:
        return [f"kpi export unreadable: {error}"]
    mine = export_rows(view)
    if theirs == mine:
        return []
    at = next((index for index, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))
    return [f"the reader and kpi export disagree from row {at + 1} ({len(mine)} rows against {len(theirs)}):\n"
            f"    reader: {mine[at:at + 2]}\n    kpi:    {theirs[at:at + 2]}"]


def flagged_files(lines):
    return {os.path.basename(line.split(":")[0]) for line in lines}


def compare_check(view, code, err):
    """The reader's problems against `kpi check`'s verdict: the same files flagged, or none by both."""
    mine = view.all_problems()
    theirs = [line for line in err.splitlines()[1:] if line.startswith("/")] if code != 0 else []
    if (code == 0) == (not mine) and flagged_files(mine) == flagged_files(theirs):
        return []
    indent = "\n            "
    return [f"the reader and kpi check disagree: kpi check exited {code}\n    reader: "
            + (indent.join(mine) or "no problems")
            + "\n    kpi:    " + (err.strip().replace("\n", indent) or "no problems")]


# ---------------------------------------------------------------------------------------------
# self-test: the oracle must fail when it should

SETTINGS = "# kpi store settings (see docs/series-format.md)\nformat 1\nyear-start-month 4\n"
A01 = (
    '# kpi series file, format 1 (see docs/series-format.md)\n'
    'indicator A01 defined 2021-04-01T09:00:00Z by "Ann Smith"\n'
    'title "Calls answered \\"first time\\""\n'
    'unit percent\n'
    'better higher\n'
    'theme "Customer Services"\n'
    'target 2020/21 Q1 90 amber 80 recorded 2021-04-01T09:00:00Z by "Ann Smith"\n'
    'value 2020/21 Q1 11 recorded 2020-08-01T10:00:00Z note "Back-filled: known in 2020" by "Ann Smith"\n'
    'value 2020/21 Q2 12.5 recorded 2021-04-02T10:00:00Z note "one\\ntwo\\tthree \\\\ \\u{1b} é 😀" '
    'by "Bob \\"B\\" O\'Neil"\n'
    'revise 2020/21 Q1 13 recorded 2021-04-03T10:00:00Z note "=1+1" by "Ann Smith"\r\n'
    'redefine title "Calls answered first time" theme "" recorded 2021-05-01T09:00:00Z note "Title corrected" '
    'by "Ann Smith"\n'
    '\n'
    '  # a comment, after a blank line\n'
    'target 2021/22 Q1 none recorded 2021-05-01T09:00:00Z by "Ann Smith"\n'
    'retire 2022/23 Q1 recorded 2021-06-01T09:00:00Z note "Service moved" by "Ann Smith"\n'
    'reinstate recorded 2021-07-01T09:00:00Z by "Ann Smith"\n'
    'value 2020/21 Q3 14 recorded 2021-07-02T10:00:00Z by "Ann Smith"\n'
    'value 2019/20 Q4 10 recorded 2019-06-01T00:00:00Z by "Ann Smith"\n'
)
B02 = (
    'indicator B02 defined 2021-04-01T09:00:00Z\n'
    'title "Days to process a claim"\n'
    'unit days\n'
    'better lower\n'
    'decimals 1\n'
    'value 2020/21 Q1 -15 recorded 2021-04-05T10:00:00Z\n'
    'value 2020/21 Q2 16.25 recorded 2021-04-05T10:00:00Z note "\\tTab first"\n'
    'target 2020/21 Q1 20 tolerance 10 recorded 2021-04-01T09:00:00Z\n'
    'revise 2020/21 Q2 17 recorded 2021-04-06T10:00:00Z by "-dash"\n'
)
B02_LAST = B02.splitlines(keepends=True)[-1]


def self_test_ledger():
    """The commands the hand-written store above is the outcome of."""
    ledger = Ledger()
    plan = [(0, "import", [("A01", "2020/21 Q1", "11", "Back-filled: known in 2020"),
                           ("A01", "2020/21 Q2", "12.5", "one\ntwo\tthree \\ \x1b é 😀"),
                           ("B02", "2020/21 Q1", "-15", None)]),
            (0, "record", [("A01", "2020/21 Q1", "13", "=1+1")]),
            (-9, "import", [("A01", "2020/21 Q3", "14", None), ("B02", "2020/21 Q2", "16.25", "\tTab first")]),
            (0, "record", [("B02", "2020/21 Q2", "17", None)]),
            (65, "record", [("A01", "2020/21 Q4", "18", None)]),
            (-9, "import", [("A01", "2020/21 Q4", "19", None), ("B02", "2020/21 Q3", "20", None)]),
            (-9, "record", [("B02", "2020/21 Q4", "21", None)]),
            (0, "record", [("A01", "2019/20 Q4", "10", None)])]
    for number, (code, kind, rows) in enumerate(plan, 1):
        attempt = Attempt(number, kind, rows)
        attempt.code = code
        ledger.add(attempt)
    return ledger


def journal_bytes(appends, committed=True):
    out = b"kpi-journal 1\n"
    for name, prior, body in appends:
        out += b"append %s %d %d\n" % (name.encode(), prior, len(body)) + body + b"\n"
    return out + (b"commit %d\n" % len(appends) if committed else b"")


def self_test_cases():
    """(name, files, the phrase the oracle must report or None for a store it must accept, the
    phase a kill left or None, the file sizes before that command)."""
    pristine = {"store.conf": SETTINGS.encode(), "A01.kpi": A01.encode(), "B02.kpi": B02.encode()}
    a01, b02 = A01.encode(), B02.encode()
    last = B02_LAST.encode()
    cut = len(b02) - len(last)
    before = {"A01.kpi": len(a01), "B02.kpi": cut}   # before attempt 4, whose line B02 ends with
    unchanged = {"A01.kpi": len(a01), "B02.kpi": len(b02)}
    journal = journal_bytes([("B02.kpi", cut, last)])

    def change(name, old, new):
        assert old in pristine[name], old
        return dict(pristine, **{name: pristine[name].replace(old, new, 1)})

    def plus(name, data):
        return dict(pristine, **{name: pristine[name] + data})

    def bad(name, files, phrase):
        return name, files, phrase, None, None

    unattempted = b"value 2020/21 Q4 77 recorded 2021-04-07T10:00:00Z\n"
    return [
        ("pristine store", pristine, None, None, None),
        ("committed journal, append torn half way", dict(pristine, **{"B02.kpi": b02[:cut + 20], ".journal": journal}),
         None, "mid-append", before),
        ("committed journal, nothing appended yet", dict(pristine, **{"B02.kpi": b02[:cut], ".journal": journal}),
         None, "journal-written", before),
        ("committed journal, all appended", dict(pristine, **{".journal": journal}), None, "applied", before),
        ("uncommitted journal (dropped)",
         dict(pristine, **{".journal": journal_bytes([("B02.kpi", len(b02), unattempted)], False)}),
         None, "writing-journal", unchanged),
        bad("torn line", plus("A01.kpi", b"value 2020/21 Q4 19 recorded 2021-0"), "torn final line"),
        bad("duplicate value line", plus("A01.kpi", a01.splitlines(keepends=True)[8]), "appears 2 times"),
        bad("unterminated quote", change("B02.kpi", b'by "-dash"', b'by "-dash'), "unterminated"),
        bad("unknown escape", change("B02.kpi", b'"\\tTab first"', b'"\\qTab first"'), "unknown escape"),
        bad("value for an unattempted token", plus("B02.kpi", unattempted), "no command attempted"),
        bad("acknowledged line missing", dict(pristine, **{"B02.kpi": b02[:cut]}), "exited 0 but its rows are missing"),
        bad("import partly in", change("A01.kpi", b'value 2020/21 Q3 14 recorded 2021-07-02T10:00:00Z by "Ann Smith"\n', b""),
            "partly in"),
        bad("refused command in", plus("A01.kpi", b"value 2020/21 Q4 18 recorded 2021-08-01T10:00:00Z\n"), "was refused"),
        bad("note altered", change("A01.kpi", b"Back-filled: known in 2020", b"Back-filled"), "differs from what attempt"),
        bad("revise with no value", change("B02.kpi", b"value 2020/21 Q1 -15", b"revise 2020/21 Q1 -15"), "no earlier value"),
        ("journal disowns the file's tail",
         dict(pristine, **{"B02.kpi": b02[:cut] + b"value 2020/21 Q4 77", ".journal": journal}),
         "not the start of the journal's append", None, before),
    ]


def run_kpi(binary, store, args):
    env = dict(os.environ, NO_COLOR="1")
    env.pop("KPI_CRASH_AT", None)
    done = subprocess.run([binary] + args + ["--store", store], capture_output=True, env=env, timeout=120)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def self_test(binary):
    """Runs the oracle on hand-made stores: each corrupted one must be flagged with the expected
    phrase, each crash leftover accepted, and kpi (when given) must agree with the reader on every
    one. Returns the failures (an empty list when the oracle works)."""
    failures = []
    workdir = tempfile.mkdtemp(prefix="kpi-oracle-self-test-")
    for number, (name, files, phrase, phase, before) in enumerate(self_test_cases(), 1):
        store = os.path.join(workdir, f"case-{number}")   # no words of its own for a phrase to match
        os.makedirs(store)
        for file, data in files.items():
            with open(os.path.join(store, file), "wb") as handle:
                handle.write(data)
        raw = reader.read_store(store, pending=True)
        view = reader.read_store(store)
        ledger = self_test_ledger()
        ledger.attempts[7].phase = "writing-journal"
        found, problems = classify(raw, before or {n: len(d) for n, d in raw.raw.items()})
        found_problems = problems + view.all_problems() + ledger.check(view.observations())
        if phase and found != phase:
            failures.append(f"{name}: classified as {found}, expected {phase}")
        if phrase is None and found_problems:
            failures.append(f"{name}: the oracle rejected a good store: {found_problems}")
        elif phrase is not None and not any(phrase in problem for problem in found_problems):
            failures.append(f"{name}: not flagged (expected {phrase!r}); "
                            f"the oracle found {found_problems or 'nothing'}")
        if phrase is None and name == "pristine store":
            in_force = {key: line.figure for key, line in view.values_in_force().items()}
            expected = {("A01", "2019/20 Q4"): "10", ("A01", "2020/21 Q1"): "13", ("A01", "2020/21 Q2"): "12.5",
                        ("A01", "2020/21 Q3"): "14",
                        ("B02", "2020/21 Q1"): "-15", ("B02", "2020/21 Q2"): "17"}
            early = {key: line.figure for key, line in view.values_in_force("2021-04-02T23:59:59Z").items()}
            known_early = {("A01", "2019/20 Q4"): "10", ("A01", "2020/21 Q1"): "11", ("A01", "2020/21 Q2"): "12.5"}
            if in_force != expected or early != known_early:
                failures.append(f"pristine store: values in force {in_force}, as of 2021-04-02 {early}")
        if binary is None:
            continue
        code, _, err = run_kpi(binary, store, ["check"])   # finishes a committed journal first
        failures += [f"{name}: {text}" for text in compare_check(view, code, err)]
        if ".journal" in files:
            on_disk = reader.read_store(store, pending=True)
            if on_disk.raw != view.contents or on_disk.journal.state != "none":
                failures.append(f"{name}: after kpi finished the journal the files differ from the reader's recovery")
        if not view.all_problems():
            failures += [f"{name}: {text}" for text in compare_export(view, *run_kpi(binary, store, ["export"]))]
    shutil.rmtree(workdir, ignore_errors=True)
    return failures, len(self_test_cases())
